"""Session 35's exact gates of the line rules of drop_spam (speed, issue 21): each gate answers
as the full test it stands in front of does, on every input that test would act on."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govtext import spam
from govtext.spam import Context, Navigation

#: Pieces of breadcrumbs and of the lines under them: separators, leads, home links, segments.
_NAV_PIECES = [">", "→", "-", "->", "-->", "位置", "位", "置", "当前", "您的", "首页", "网站", "主页", "home", "HOME",
               "教育", "正文", "新闻", " ", ":", ",", "。", "a", "1"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_NAV_PIECES), min_size=1, max_size=12).map("".join))
def test_navigation_needs_a_separator_or_lead_after_a_segment(line: str) -> None:
    """Under a breadcrumb that ended with a segment or whole (its state not "sep"), a line of
    more than four characters without ">", "→" or 位置 is one no pattern of the rule's takes:
    the early return in :meth:`Navigation.check` keeps only lines the rule keeps."""
    s = spam.fold(line)
    if len(s) <= 4 or ">" in s or "→" in s or "位置" in s:
        return
    nav = Navigation()
    assert nav._lone_sep.fullmatch(s) is None
    assert nav._one_seg.fullmatch(s) is None
    assert nav._lead.match(s) is None
    assert nav._home.fullmatch(s) is None
    for state in ("seg", "done"):
        ctx = Context.of(f"首页 > 教育\n{s}")
        ctx.tags[0] = ("nav", ("首页", "教育"), state)
        assert nav.check(ctx, 1) is None


def test_navigation_after_a_separator_still_takes_a_segment() -> None:
    nav = Navigation()
    ctx = Context.of("首页 >\n教育频道新闻")
    ctx.tags[0] = ("nav", ("首页",), "sep")
    v = nav.check(ctx, 1)
    assert v is not None and not v.keep and v.rule == "navigation"
    ctx.tags[0] = ("nav", ("首页",), "seg")
    assert nav.check(ctx, 1) is None


def test_after_a_control_only_punctuation_is_live() -> None:
    """After a control line (no tag), a line no rule drops alone is read by PunctuationOnly
    only, at every length: :func:`govtext.spam._gated_rules` keeps such a line past its
    leftover length without walking it."""
    plan, gate = spam._default_plan(), spam._gate()
    live = {r.name for r in spam.RULES if r.context_live(None, True)}
    assert live == {spam.PunctuationOnly.name}
    for n in range(1, 151):
        checks = plan.checks(False, plan.key_of[n], 0, None, True, gate.bits)
        assert [c.__self__.name for c in checks] in ([], [spam.PunctuationOnly.name])


#: Pieces of lines after a control: stray marks, dashes, brackets, glyph codes, words, blanks.
_LEFTOVER_PIECES = [",", ".", "!", "|", "*", "<", "<!--", "-->", "—", "－", "-", "(", "(cid:3)", ")", "[", "]", "3",
                    "12", "页", "分享", "正文", "a", " ", ":", "。", "、", "“", "》", "#"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_LEFTOVER_PIECES), min_size=1, max_size=14).map("".join))
def test_punctuation_drops_no_long_line_without_its_bit(line: str) -> None:
    """A line longer than ``leftover_max`` whose marks lack the punctuation bit (no stray mark,
    page number's dash or glyph code opening it) is kept by PunctuationOnly, after a control too."""
    gate = spam._gate()
    ctx = Context.of(f"分享到\n{line}")
    s = ctx.lines[1]  # (folded, stripped: as the rules read it)
    if len(s) <= spam.PunctuationOnly.leftover_max or len(s) > 150:
        return
    (marked,) = gate.marked([s])
    if marked & gate.bits["punctuation"]:
        return
    ctx.verdicts[0] = spam._drop("share_bar", "share bar")
    assert spam.PunctuationOnly().check(ctx, 1) is None
