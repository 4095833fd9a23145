"""Session 37's exact shortcuts of drop_spam's whole-text work (speed, issue 21): each gives what
the scan it replaces gives, on every input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govtext import spam

#: Pieces of pages with an accordion: toggles, their 全部, line breaks, words holding 展开.
_TOGGLE_PIECES = ["展开", "收起", "全部", "全", "部", "\n", "\n", "面", "x", " ", "展", "开"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_TOGGLE_PIECES), max_size=160).map("".join), st.integers(1, 5))
def test_toggle_lines_counted_as_the_pattern_counts_them(text: str, n: int) -> None:
    """The walk over the occurrences of 展开 and 收起 (and the pattern past
    ``_HOLDS_WALK`` of them: lists long enough to hold more) says what the pattern's count over
    the text behind a line break says."""
    expected = len(spam._TOGGLE_LINE.findall("\n" + text)) >= n
    assert spam._toggle_lines_at_least(text, n) == expected


def test_toggle_lines_of_a_long_line() -> None:
    """A toggle line under a long line of keywords holding 展开 as a word, and the first line a
    toggle: counted, as the pattern counts them."""
    text = "全部展开\n" + "全面展开 关键词 " * 20_000 + "\n收起\n答\n展开全部"
    assert spam._toggle_lines_at_least(text, 3) and not spam._toggle_lines_at_least(text, 4)
    many = "\n".join(["展开", "问"] * 40)  # (more toggles than the walk reads)
    assert spam._toggle_lines_at_least(many, 40) and not spam._toggle_lines_at_least(many, 41)
