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


@pytest.mark.parametrize(
    "text",
    [
        "近12年毕业生就业率稳定",
        "过去15年出生人口逐年减少",
        "教龄满25年退休的教师",
        "她任教多年，任职18年退休",
        "培养期最长12年毕业",
        "这30年入学人数翻了一番",
    ],
)
def test_short_year_before_event_after_a_span_word(text: str) -> None:
    """A span word before N年, or the event word beginning a noun (毕业生, 出生人口), leaves N年 a duration."""
    spans = [(m.text, m.kind) for m in find_numbers(text) if m.text.endswith("年")]
    assert spans and all(kind == "duration" for _, kind in spans)


@pytest.mark.parametrize("text", ["她12年毕业后回乡", "我们是98年入伍的老兵"])
def test_short_year_before_event_still_a_year(text: str) -> None:
    assert not [m for m in find_numbers(text) if m.text.endswith("年")]


@pytest.mark.parametrize("text", ["6月10日至31日报名", "2月5日—30日开放", "2027年2月3日至29日试运行"])
def test_range_right_end_past_the_month_is_no_range(text: str) -> None:
    """The right end of a range of days, given the left end's month, must be a day of that month."""
    assert not [m for m in find_numbers(text) if m.kind == "range"]


@pytest.mark.parametrize("text", ["6月10日至30日报名", "2028年2月3日至29日试运行"])
def test_range_right_end_within_the_month_stays(text: str) -> None:
    assert [m.kind for m in find_numbers(text)] == ["range"]


def test_dotted_range_with_a_unit_is_no_year_month() -> None:
    """从2027.1到2027.5元: the second end carries 元, so neither end is a year and its month."""
    ms = find_numbers("报价从2027.1到2027.5元之间")
    assert [(m.kind, m.unit) for m in ms] == [("range", "元")]


def test_dotted_range_of_year_months_stays() -> None:
    ms = find_numbers("项目从2027.1到2027.5，分两期实施")
    assert ms[0].kind == "range" and ms[0].value_kind == "date"


@pytest.mark.parametrize("text", ["庙会定于二月三十日举行", "二月十日至三十日闭馆", "正月十五至二月三十日"])
def test_lunar_only_date_rewrite_finds_what_the_original_found(text: str) -> None:
    """A date in Chinese numerals past its solar month's end (a lunar day) is kept as written, so the rewrite
    reads what the original reads."""
    rewritten = numbers_to_digits(text)
    assert [(m.kind, m.low, m.high) for m in find_numbers(rewritten)] == [
        (m.kind, m.low, m.high) for m in find_numbers(text)
    ]


def test_range_of_days_without_month_is_read() -> None:
    """A range of days with no month of its own (初一至三十日 after 六月) has no month's end to check."""
    assert [m.kind for m in find_numbers("三日至三十日")] == ["range"]
    assert find_numbers("六月初一至三十日闭馆")


@pytest.mark.parametrize("text", ["指数相当于2024.8，略有回升", "读数处于2023.6，保持平稳", "该值属于2025.1，无需调整"])
def test_dotted_number_after_yu_of_likeness_or_place_is_a_decimal(text: str) -> None:
    """相当于/处于/属于/位于 are no word of a point in time: the dotted number after them stays a decimal."""
    assert [m.kind for m in find_numbers(text)] == ["decimal"]


def test_dotted_year_month_after_yu_of_time_stays() -> None:
    assert [m.kind for m in find_numbers("工程于2025.9，全面完工")] == ["date"]


def test_ordinal_unit_before_a_number_is_no_address() -> None:
    """第N单元 numbers a book's or a course's unit: the digits after it are a quantity, no room."""
    ms = find_numbers("词汇表第4单元105，第5单元130。")
    assert [m.text for m in ms if m.kind == "integer"] == ["105", "130"]


def test_stairway_unit_before_a_room_stays_an_address() -> None:
    assert find_numbers("住在5单元601") == []


@pytest.mark.parametrize("text", ["2027年2月30日至3月5日闭馆", "2027年4月31日-5月2日施工", "2月30日至3月2日停课"])
def test_range_from_an_impossible_date_is_no_mention(text: str) -> None:
    """(FXD40 #6) a range whose first end is past its month's end is none: its second end is no date without
    the first's year."""
    assert find_numbers(text) == []


def test_range_from_a_possible_date_stays() -> None:
    assert [m.kind for m in find_numbers("2027年2月3日至3月5日闭馆")] == ["range"]


@pytest.mark.parametrize(("text", "want"), [("产量增长双20倍以上", "20倍以上"), ("鞋子双11码偏小", "11")])
def test_pair_digits_before_a_counter_are_an_amount(text: str, want: str) -> None:
    """(FXD40 #7) digits after 双 carrying a counter (倍, 码) are an amount, no name."""
    assert [m.text for m in find_numbers(text)] == [want]


@pytest.mark.parametrize("text", ["双11成交额创新高", "双11折扣力度大"])
def test_pair_name_before_a_word_stays_no_mention(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize("text", ["她入职16年退休", "累计16年入学", "兄妹相差16年出生", "共有16年毕业", "已16年毕业"])
def test_short_year_before_event_after_more_span_words(text: str) -> None:
    """(FXD40 #8) 入职, 累计, 共, 共有, 已, 相差 before N年 and its event make N年 a span."""
    assert [(m.text, m.kind) for m in find_numbers(text)] == [("16年", "duration")]
