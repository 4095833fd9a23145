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

