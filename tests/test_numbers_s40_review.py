"""Review findings on session 40's numbers rules: each class fixed, with inputs of our own."""

from __future__ import annotations

import pytest

from govtext.numbers import find_numbers, numbers_to_digits


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("雨靴每双35元", [("35元", "money")]),
        ("球鞋每双260元起售", [("260元", "money")]),
        ("产量和产值双15%增长", [("15%", "percent")]),
    ],
)
def test_pair_counter_keeps_amounts(text: str, want: list[tuple[str, str]]) -> None:
    """双 after 每/一/两/a numeral counts pairs, and digits before % or 元 are an amount: no name."""
    assert _kinds(text) == want


def test_pair_rewrite_finds_what_the_original_found() -> None:
    text = "袜子每双十五元"
    rewritten = numbers_to_digits(text)
    assert rewritten == "袜子每双15元"
    assert _kinds(rewritten) == [("15元", "money")]


@pytest.mark.parametrize("text", ["双12促销期间", "落实“双30条”措施"])
def test_pair_name_still_no_mention(text: str) -> None:
    assert find_numbers(text) == []
