"""normalize_whitespace's padding read back from an odd blank without a copy of the line before
it (speed, issue 21): :func:`_before_blanks` is the ``rstrip`` of the whole stretch."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govtext import hygiene

_BLANKS = " \u3000\u00a0\u2006"


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["字", "a", " ", "\u3000", "\u00a0", "\u2006", " " * 20, "\u3000" * 70]), max_size=40)
       .map("".join), st.data())
def test_before_blanks_is_the_rstrip_of_the_stretch(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    chars = data.draw(st.sampled_from([_BLANKS, " ", "\u3000\u00a0"]))
    assert hygiene._before_blanks(text, lo, hi, chars) == lo + len(text[lo:hi].rstrip(chars)) - 1
