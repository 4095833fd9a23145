"""Session 41's speed work on drop_spam's context (issue 21): :meth:`govtext.spam.Context.of` finds
the page's blank lines by the lengths the joined lines' bounds hold (or the lines' own lengths
when the folding made no joined lines), and each line's nearest earlier non-blank line is what
a walk up the lines says."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govtext import spam

#: Pieces of lines: blank ones, ones the folding strips to nothing or leaves with blanks at their
#: edges (then the folding makes no joined lines), a zero-width space (taken out by the folding),
#: and plain text.
_LINES = ["", "", " ", "\u3000", "\u200b", "正文。", " 标题 ", "a", "（一）", "\t", "链接"]


def _walked(lines: list[str]) -> list[int]:
    """The nearest earlier non-blank line of each line, -1 for none, by a walk up the lines."""
    out = []
    for i in range(len(lines)):
        j = i - 1
        while j >= 0 and not lines[j]:
            j -= 1
        out.append(j)
    return out


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=40))
def test_the_nearest_earlier_nonblank_line_is_the_walked_one(lines: list[str]) -> None:
    ctx = spam.Context.of("\n".join(lines))
    assert [ctx.prev(i) for i in range(len(ctx.lines))] == _walked(ctx.lines)


def test_both_ways_of_finding_blank_lines_are_taken() -> None:
    """A page the folding joins (no line with blanks at its edges) and one it does not."""
    joined = spam.Context.of("标题\n\n\n正文。\n\n尾")
    assert joined.joined is not None
    assert [joined.prev(i) for i in range(6)] == [-1, 0, 0, 0, 3, 3]
    split = spam.Context.of("\n 标题 \n\n正文。\n")
    assert split.joined is None
    assert [split.prev(i) for i in range(5)] == [-1, -1, 1, 1, 3]
