"""Session 40's exact shortcut of drop_spam's whole-text gates (speed, issue 21): the trigger words
of a pass that open with one character are looked for in one walk of their character's places
(:func:`govtext.spam._holds` given a tuple), which says what a search for each of them says."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govtext import spam
from govtext.spam import KEEP, PageReading

#: Words opening with one character, and pieces of text holding that character often (more times
#: than ``_HOLDS_WALK``, so that the search past the walk is taken too), the words' other characters
#: apart, and the words themselves.
_WORDS = ("请文明", "请理性", "请输入")
_PIECES = ["请", "请", "请", "文", "明", "理", "性", "输", "入", "\n", " ", "x", "评", *_WORDS]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=200).map("".join),
       st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3, unique=True))
def test_a_walk_for_words_of_one_first_character_is_a_search_for_each(text: str, words: list[str]) -> None:
    """_holds over a tuple of words opening with one character is ``any(w in text)``; over one
    word, ``word in text``."""
    assert spam._holds(text, tuple(words)) == any(w in text for w in words)
    assert spam._holds(text, words[0]) == (words[0] in text)


def test_a_walk_past_its_reach_on_a_long_line() -> None:
    """The second word, past many of the first character on a long line (the walk's reach
    passed), is found; on the same line without it, neither is."""
    line = "请参阅 " * 5_000
    assert spam._holds(line + "请理性发言", ("请文明", "请理性"))
    assert not spam._holds(line, ("请文明", "请理性"))


@given(st.lists(st.sampled_from(["评论", "回复", "跟帖", "跟贴", "留言", "请文明", "请理性"]), unique=True))
def test_words_grouped_by_first_character(words: list[str]) -> None:
    """_by_first keeps every word once, in order within its group, a group's words opening
    with one character, no two groups with the same one."""
    groups = [(g,) if isinstance(g, str) else g for g in spam._by_first(words)]
    assert sorted(w for g in groups for w in g) == sorted(words)
    assert all(len({w[0] for w in g}) == 1 for g in groups)
    assert len({g[0][0] for g in groups}) == len(groups)
    assert all(len(g) > 1 for g in spam._by_first(words) if not isinstance(g, str))


#: A comment opener holding each comment word (invented lines): each still opens the comments.
_OPENER_OF = {"评论": "网友评论", "回复": "共3条回复", "跟帖": "网友跟帖", "跟贴": "网友跟贴", "留言": "全部留言"}


def test_each_comment_word_still_opens_the_comments() -> None:
    """A page whose opener holds any one of ``_COMMENT_WORDS`` (the second of 跟帖 / 跟贴 too)
    has it found under the article; a page with none has none."""
    assert set(_OPENER_OF) == set(spam._COMMENT_WORDS)
    reading = PageReading((0, 0), (), (), ((2, ("page_chrome", "y")),))
    for opener in [*_OPENER_OF.values(), "上一篇"]:
        page = ["本次活动共有两百余名志愿者参加。", "", opener]
        found = spam._comment_openers("\n".join(page), page, {}, reading, [], "\n".join(page))
        assert found == ([] if opener == "上一篇" else [2]), opener


def test_each_call_for_civil_comments_still_makes_a_form() -> None:
    """A comment form's notice opening with either call (请文明…, 请理性…) is dropped; a line of
    请 and no call is not."""
    assert spam._COMMENT_FORM_CALLS == ("请文明", "请理性")
    for notice, dropped in (("请文明发言", True), ("请理性评论", True), ("请勿转载", False)):
        lines = ["学校组织师生开展读书分享活动。", notice]
        verdicts = [KEEP, KEEP]
        assert spam._comment_forms("\n".join(lines), lines, verdicts) == ([1] if dropped else []), notice
