"""The finder's shortcuts give what the plain forms give (issue 19, speed): the binary search of
``drop_overlapping``, the ASCII fast path of the reader's parse (with 万/亿 after the digits too), the merges that look only at
candidate atoms, and find_numbers without the rewrite's last pass."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

import pytest
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


def _parser_and_reader(body: str) -> tuple[tuple[Decimal, bool] | str, tuple[Decimal, bool] | str]:
    """The parser's reading of *body* and the reader's (``"error"`` for an error)."""
    try:
        want: tuple[Decimal, bool] | str = np.parse_plain(np.normalize(body), False, 0)
    except (np.NumeralError, ArithmeticError, ValueError):
        want = "error"
    try:
        got: tuple[Decimal, bool] | str = _parse(body)
    except (np.NumeralError, ArithmeticError, ValueError):
        got = "error"
    return want, got


@settings(max_examples=400, deadline=None)
@given(st.text("0123456789.", min_size=1, max_size=40))
def test_ascii_runs_read_as_the_parser_reads_them(body: str) -> None:
    want, got = _parser_and_reader(body)
    if body.isdigit():
        return  # (plain integers were read directly before; Decimal(body) is the parser's value)
    assert got == want and str(got) == str(want)  # same value and the same Decimal exponent


@settings(max_examples=600, deadline=None)
@given(
    st.text("0123456789", min_size=1, max_size=40),
    st.one_of(st.just(""), st.text("0123456789", min_size=1, max_size=30).map(lambda d: "." + d)),
    st.text("万萬亿億", min_size=1, max_size=2),
)
def test_arabic_runs_with_scales_read_as_the_parser_reads_them(digits: str, fraction: str, scales: str) -> None:
    """2049万, 5.2万亿, 0万 and 亿万 (errors), 40-digit numbers (the context's rounding): the
    reader's shortcut gives the parser's value, exponent and form, or its error."""
    body = digits + fraction + scales
    want, got = _parser_and_reader(body)
    assert got == want and str(got) == str(want)


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


_NAME_PIECES = st.sampled_from(["“四个1”", "“五个认同”", "“2152”", "［10］两个基地：", "五一节", "《十六条》", "十六条", "十月革命",
                                "口号是苦战三年，", "提出了苦干三年的口号", "附件三", "四人帮", "三人领导小组", "三只松鼠股份",
                                "国发〔2020〕5号", "长征二号F遥十三", "北三县", "四项基本原则", "中美三个联合公报", "十七条协议",
                                "「三个代表」", "十一届八次全会", "第六个五年计划", "七五计划", "12345热线", "12355青少年服务台",
                                "，", "文", "个", "五", "次", "届", "组", "帮", "节", "号", "“", "”", "三", "\n"])  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_NAME_PIECES, min_size=1, max_size=30))
def test_name_rules_found_from_code_units_as_from_str_find(pieces: list[str]) -> None:
    """On a long text the name rules' first characters come from the NumPy lookup shared with
    the protected terms; each rule then finds what it finds from str.find's places."""
    from govtext.numbers import DEFAULT_PROTECTED
    from govtext.numbers import spans as n

    body = "".join(pieces)
    text = body + "文" * 1100 + body
    units = n.code_units(text)
    idx = n.term_index(DEFAULT_PROTECTED)
    leads = n.lead_places(idx[0], units)
    shared, own, found = n.Places(text, n.trigger_places(units, idx, leads)), n.Places(text, n.trigger_places(units)), n.Places(text, None)
    for c in n.table_chars():
        assert shared(c) == own(c) == found(c) == n.find_all(text, c)
    assert sorted(n.name_spans(text, units, shared)) == sorted(n.name_spans(text))
    for rx in (n.P.QUOTED_PHRASE, n.P.SESSION, n.P.PLAN_SHORT):
        assert [m.span() for m in n.matches_at(rx, text, n.find_all(text, rx.pattern[0]))] == [m.span() for m in rx.finditer(text)]


_LAW_PIECES = st.sampled_from(["第", "笫", "十", "一", "二十", "三百", "两", "3", "零", "参", "几", "百分之五", "三分之一", "条", "章",
                               "款", "节", "编", "项", "次", "目", "中学", "人民医院", "规定", "之二", " ", "\u3000", "以上", "左右",
                               "（", "/", "半", "多", "年", "，", "、", "至", "\n", "1"])  # fmt: skip


def _law_markers_read(text: str, direct: bool) -> tuple[list[object], str]:
    from govtext.numbers import reader

    find_numbers("第一条")  # (the reader's tables loaded)
    saved = reader._TAB.law_next
    if not direct:
        reader._TAB.law_next = frozenset()
    try:
        return [tuple(vars(m).values()) for m in find_numbers(text)], numbers_to_digits(text)
    finally:
        reader._TAB.law_next = saved


@settings(max_examples=400, deadline=None)
@given(st.lists(_LAW_PIECES, max_size=14))
def test_law_markers_read_directly_as_in_general(parts: list[str]) -> None:
    """第十条, 第三章 … read by the reader's shortcut give what the general reading gives."""
    text = "".join(parts)
    assert _law_markers_read(text, True) == _law_markers_read(text, False)


def test_law_markers_take_the_shortcut(monkeypatch: pytest.MonkeyPatch) -> None:
    from govtext.numbers import reader

    find_numbers("第一条")
    assert {"条", "章", "款", "节"} <= reader._TAB.law_next
    seen = []
    real = reader._law_marker
    monkeypatch.setattr(reader, "_law_marker", lambda *a: seen.append(a[3]) or real(*a))
    got = [(m.text, m.kind, m.unit) for m in find_numbers("第十条规定，第二款以上，第一中学")]
    assert got == [("第十条", "ordinal", "条"), ("第二款以上", "ordinal", "款")]
    assert seen == ["十", "二"]


def test_clock_times_beside_half_units_and_lunar_dates_are_read_in_linear_time() -> None:
    """special_atoms dropped the clock times a lunar date, a half unit or a doubling overlaps by
    comparing each time with every one of them: 16,000 of ``8:30为期半年，`` took 8.7 s (now one
    binary search a time, ``spans.drop_overlapping``)."""
    import time

    from govtext.numbers.scanner import special_atoms

    start = time.process_time()
    for unit in ("8:30为期半年，", "正月十五8:30，"):
        atoms = special_atoms(unit * 16000)
        assert len(atoms) == 32000 and [a.s for a in atoms] == sorted(a.s for a in atoms)
    assert time.process_time() - start < 2.0
    assert [(a.s, a.e) for a in special_atoms("正月十五8:30，为期半年")] == [(0, 4), (4, 8), (11, 13)]
