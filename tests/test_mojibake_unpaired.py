"""The exact shortcut of :func:`govtext.mojibake._unpaired`: a line it passes is one
:func:`govtext.mojibake._fix_line` gives back as it is, with no repair."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext import mojibake as M


def _hits(line: str) -> set[str]:
    return set(M._fast_gate().findall(line))


def _alphabet() -> list[str]:
    strong = sorted(set().union(*(spec.strong for spec in M._codecs())))
    follow = sorted(set(M._codecs()[0].gate_classes[1][:40]) | set(M._codecs()[1].gate_classes[1][:40]))
    return strong[::37] + follow + list("的是一在中国年月日，。、（）“”?? a1\u3000\ufffd锟斤拷") + ["é", "Ã", "ä¸"]


ALPHABET = _alphabet()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), min_size=1, max_size=24).map("".join))
def test_unpaired_lines_come_back_unchanged(line: str) -> None:
    hits = _hits(line)
    if hits and M._unpaired(line, hits):
        for lossy in M.LOSSY_MODES:
            assert M._fix_line(line, lossy, M._first_stages(hits)) == (line, [])


@pytest.mark.parametrize("line", ["城市鸟瞰图", "浏览次数"])
def test_rare_han_without_pair_is_unpaired(line: str) -> None:
    # a rare Han character of the gate, the character after it no continuation of a pair
    hits = _hits(line)
    assert hits and M._unpaired(line, hits)
    assert M.fix_mojibake(line) == line


def test_rare_han_with_pair_goes_to_the_stage() -> None:
    # 港 after 岘 makes a gate pair: the stage reads the run (and keeps it)
    assert not M._unpaired("岘港", _hits("岘港"))
    assert M.fix_mojibake("岘港") == "岘港"


def test_damage_is_not_unpaired() -> None:
    # a real UTF-8-as-GBK run holds a gate pair: the shortcut leaves it to the repair
    line = "鏁欒偛閮ㄥ嵃鍙戦€氱煡"
    assert not M._unpaired(line, _hits(line))
    assert M.fix_mojibake(line) == "教育部印发通知"
    # a lossy marker is never passed over
    assert not M._unpaired("经费锟斤拷万元", _hits("经费锟斤拷万元"))


def test_gate_pairs_start_at_gate_characters() -> None:
    # what makes _holds_pair exact: every first character of a codec's gate pair is a
    # character of the fast gate (so one of a line's hits), and the first class is spec.strong
    gate = M._fast_gate()
    for spec in M._codecs():
        first = M.re.compile(f"[{spec.gate_classes[0]}]")
        assert all(gate.fullmatch(c) for c in spec.strong)
        assert all(first.fullmatch(c) for c in spec.strong)
        assert not any(first.fullmatch(chr(cp)) for cp in range(0x10000) if chr(cp) not in spec.strong)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), min_size=0, max_size=60).map("".join), st.integers(0, 20))
def test_holds_pair_is_the_gate_patterns(line: str, repeat: int) -> None:
    # (repeated: more places of the hits than _holds_pair reads one by one)
    for text in (line, line * repeat):
        want = any(spec.gate.search(text) is not None for spec in M._codecs())
        assert M._holds_pair(text, _hits(text)) is want
