"""govtext.numbers: the error classes of issue 19, each with sentences in the style of the reports."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govtext.numbers import find_numbers, numbers_to_digits, parse_number


def _read(text: str) -> list[tuple[object, ...]]:
    return [(m.text, m.low, m.high, m.unit, m.kind) for m in find_numbers(text)]


# ---------------------------------------------------------------------------------------------
# 多/余 after a higher scale: the scale after 多 applies to the part after the last higher scale


def test_more_than_after_a_higher_scale() -> None:
    assert _read("全年粮食产量达到六亿三千多万吨。") == [("六亿三千多万吨", 630_000_000, 640_000_000, "吨", "count")]
    assert _read("参保人数增加1亿3千多万。") == [("1亿3千多万", 130_000_000, 140_000_000, None, "integer")]
    assert _read("财政收入二十一億四千余萬元") == [("二十一億四千余萬元", 2_140_000_000, 2_150_000_000, "元", "money")]
    # a plain 多万 and a 多 with no scale after it keep their reading
    assert _read("新增就业一千多万人") == [("一千多万人", 10_000_000, 20_000_000, "人", "count")]
    assert _read("修建公路三亿四千多公里")[0][1:3] == (300_004_000, 300_005_000)


@given(st.integers(1, 99), st.integers(1, 9))
def test_more_than_after_yi_is_below_the_next_step(yi: int, qian: int) -> None:
    text = f"共计{yi}亿{qian}千多万元"
    (m,) = find_numbers(text)
    assert m.low == yi * 10**8 + qian * 10**7 and m.high == m.low + 10**7


# ---------------------------------------------------------------------------------------------
# one numeral alphabet for the parser and the finder


def test_finder_reads_the_parsers_alphabet() -> None:
    for word, value in (("參萬", 30000), ("叁萬", 30000), ("贰拾", 20), ("廿", 20), ("卅", 30), ("卌", 40)):
        assert parse_number(word) == value
        text = f"共{word}元"
        assert [(m.text, m.low) for m in find_numbers(text)] == [(f"{word}元", value)], word
    assert [(m.text, m.low) for m in find_numbers("编号２０２３号，拨款３５万元")][-1] == ("３５万元", 350000)
    assert parse_number("幺幺零") == 110


def test_formal_digit_leading_a_word_is_not_a_numeral() -> None:
    # 参 of 参加/参天 or before a numeral is a word; the numeral after it is read on its own
    assert find_numbers("积极参加三项活动") == find_numbers("积极参与三项活动")
    assert [m.text for m in find_numbers("参天古树十二棵")] == ["十二棵"]
    assert [m.text for m in find_numbers("编号13005参数")] == ["13005"]
    assert numbers_to_digits("参加三项活动") == "参加3项活动"
