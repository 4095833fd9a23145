"""The finder's shortcuts give what the plain forms give (issue 19, speed): the binary search of
``drop_overlapping``, the ASCII fast path of the reader's parse, the merges that look only at
candidate atoms, and find_numbers without the rewrite's last pass."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.numbers import _parse as np
from govtext.numbers import find_numbers, numbers_to_digits
from govtext.numbers.reader import _parse
from govtext.numbers.spans import drop_overlapping
from govtext.numbers.types import Atom


@st.composite
def _atoms_and_spans(draw: st.DrawFn) -> tuple[list[Atom], list[tuple[int, int]]]:
    """Atoms in text order without overlaps (as the walk makes them) and spans in order of their
    starts (they may overlap each other and nest)."""
    gaps = draw(st.lists(st.tuples(st.integers(0, 4), st.integers(1, 6)), max_size=12))
    atoms, pos = [], 0
    for gap, length in gaps:
        pos += gap
        atoms.append(Atom(pos, pos + length))
        pos += length
    spans = draw(st.lists(st.tuples(st.integers(0, pos + 3), st.integers(1, 8)), max_size=8))
    return atoms, sorted((s, s + n) for s, n in spans)


@settings(max_examples=400, deadline=None)
@given(_atoms_and_spans())
def test_drop_overlapping_is_the_overlap_filter(case: tuple[list[Atom], list[tuple[int, int]]]) -> None:
    atoms, spans = case
    kept = drop_overlapping(atoms, spans)
    assert kept == [a for a in atoms if not any(s < a.e and e > a.s for s, e in spans)]


@settings(max_examples=400, deadline=None)
@given(st.text("0123456789.", min_size=1, max_size=40))
def test_ascii_runs_read_as_the_parser_reads_them(body: str) -> None:
    try:
        want: tuple[Decimal, bool] | str = np.parse_plain(np.normalize(body), False, 0)
    except (np.NumeralError, ArithmeticError, ValueError):
        want = "error"
    try:
        got: tuple[Decimal, bool] | str = _parse(body)
    except (np.NumeralError, ArithmeticError, ValueError):
        got = "error"
    if body.isdigit():
        return  # (plain integers were read directly before; Decimal(body) is the parser's value)
    assert got == want and str(got) == str(want)  # same value and the same Decimal exponent


_SAMPLES = (
    "2023年1月12日至15日，投入3.5亿元，增长百分之七点五至八点五，两到三万人，一九八一和一九八二两年。",
    "第一、二轮检查；1美元300；约5至10公里；2021—2025年；十四五规划；统一部署一个方案。",
    "3月至5月，8月26日至28日，12345热线，百分之八至九，450余万元，七亿七千多万吨。",
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from((*_SAMPLES, "，", "至", "—", "\n", "以上", "第", "约")), max_size=12))
def test_mentions_in_text_order(parts: list[str]) -> None:
    """What the binary search of drop_overlapping relies on: the mentions (and the atoms before
    them) have increasing starts and increasing ends (a prefix may reach into the mention before:
    1美元300 gives 1美元 and 美元300, as it always did); the rewrite keeps the text before them."""
    text = "".join(parts)
    mentions = find_numbers(text)
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert all(a.start < b.start and a.end < b.end for a, b in pairwise(mentions))
    out = numbers_to_digits(text)
    assert out.startswith(text[: mentions[0].start] if mentions else text)
