"""The repair's gate lines of a stretch of a text read in place (speed, issue 21): the lines
``_repairable_lines(text, None, pos, endpos)`` finds are those of ``text[pos:endpos]``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govtext import mojibake

#: Lines of clean text and of damage (gate characters), blank lines among them.
_LINES = ["好", "教育部", "caf\u00c3\u00a9", "\u00c3", "鏁欒偛", "", "a b", "浣犲ソ"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=12), st.data())
def test_gate_lines_of_a_stretch_in_place(lines: list[str], data: st.DataObject) -> None:
    text = "\n".join(lines)
    # a stretch of whole lines: from a line's start to a line's end
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    ends = [i for i, c in enumerate(text) if c == "\n"] + [len(text)]
    a = data.draw(st.integers(0, len(lines) - 1))
    b = data.draw(st.integers(a, len(lines) - 1))
    pos, endpos = starts[a], ends[b]
    assert mojibake._repairable_lines(text, None, pos, endpos) == mojibake._repairable_lines(text[pos:endpos])
    spans = list(mojibake._gate_line_spans(text, pos, endpos))
    assert [text[s:e] for s, e in spans] == [text[pos:endpos][s:e] for s, e in mojibake._gate_line_spans(text[pos:endpos])]
