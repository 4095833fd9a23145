"""govtext.numbers: error classes found on crawled news and government web pages (session 13),
each with sentences of our own."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from govtext.numbers import find_numbers, numbers_to_digits


def _read(text: str) -> list[tuple[object, ...]]:
    return [(m.text, m.low, m.unit, m.kind) for m in find_numbers(text)]


# ---------------------------------------------------------------------------------------------
# dates and times as pages print them


def test_a_zero_padded_month_or_day_is_part_of_the_date() -> None:
    assert _read("稿件于2021年08月06日刊发") == [("2021年08月06日", dt.date(2021, 8, 6), None, "date")]
    assert [(m.text, str(m.low), m.kind) for m in find_numbers("截至2020年05月，共有")] == [("2020年05月", "2020-05", "date")]
    # a padded number outside a date stays no number
    assert _read("编号07日志") == []


@given(st.integers(2000, 2030), st.integers(1, 12), st.integers(1, 28))
def test_padded_dates_read_like_plain_ones(y: int, mo: int, d: int) -> None:
    (m,) = find_numbers(f"发布于{y}年{mo:02d}月{d:02d}日。")
    assert m.kind == "date" and m.low == dt.date(y, mo, d)


def test_a_date_glued_to_its_time_is_one_timestamp() -> None:
    (m,) = find_numbers("更新于2022-03-1709:05\n正文")
    assert m.text == "2022-03-1709:05" and m.low == dt.datetime(2022, 3, 17, 9, 5)
    # no hour after the day: the digits are no timestamp
    assert all(m.kind != "date" for m in find_numbers("2022-03-1799:05"))


@given(st.integers(1, 12), st.integers(10, 28), st.integers(0, 23), st.integers(0, 59))
def test_glued_timestamps(mo: int, d: int, h: int, mi: int) -> None:
    (m,) = find_numbers(f"时间：2023-{mo:02d}-{d}{h:02d}:{mi:02d} 来源")
    assert m.low == dt.datetime(2023, mo, d, h, mi)


def test_an_hour_with_shi_alone_is_a_time_of_day() -> None:
    got = [(m.text, m.low, m.kind) for m in find_numbers("会议定于下午3时开始，17时许结束")]
    assert got == [("3时", dt.time(15), "time"), ("17时", dt.time(17), "time")]  # 下午: 15:00
    # 时 starting a word is no hour: 期间 after 8时 is its own word, 时代 is
    got = [(m.text, m.kind) for m in find_numbers("每日8时期间不得停车，进入5时代")]
    assert got[0] == ("8时", "time") and ("5时", "time") not in got
    # minutes still make one clock time; an hour beyond 23 is none
    assert [m.text for m in find_numbers("于8时30分出发")] == ["8时30分"]
    assert all(m.kind != "time" for m in find_numbers("延至25时"))


# ---------------------------------------------------------------------------------------------
# names, identifiers and outline markers are no quantities


def test_a_newspaper_named_by_a_century_is_a_name() -> None:
    assert find_numbers("据《21世纪经济报道》消息") == []
    assert _read("进入21世纪以来") == [("21世纪", 21, "世纪", "ordinal")]


def test_hotlines_and_dialled_numbers_are_no_quantities() -> None:
    assert find_numbers("可拨打12345政务服务热线，或登录12306网站") == []
    assert find_numbers("遇到险情请拨打119") == []
    assert find_numbers("请致电客服“95588”咨询，或拨打市场监管12315投诉举报电话") == []
    assert find_numbers("联系区妇联12338维权服务中心") == []
    # with a unit the same digits count
    assert _read("共受理12345件") == [("12345件", 12345, "件", "count")]


def test_five_digits_like_a_hotline_alone_are_a_quantity() -> None:
    # a hotline's digits are known by a word of its service next to them, not by their shape
    assert _read("全年接待游客达到12500，较上年增长") == [("12500", 12500, None, "integer")]
    assert _read("营收96800，利润300") == [("96800", 96800, None, "integer"), ("300", 300, None, "integer")]


def test_digits_after_an_underscore_in_an_identifier_are_no_number() -> None:
    assert find_numbers("日志 a9c3e7_4512 已上传") == []


def test_an_arabic_outline_marker_after_a_sentence_is_no_number() -> None:
    assert find_numbers("要加强统筹。 2.完善机制。3.强化保障") == []
    assert find_numbers("主要措施如下：1.扩大投入") == []
    # a decimal stays a decimal
    assert _read("增长了2.5%。 3.5亿元") == [("2.5%", 2.5, "%", "percent"), ("3.5亿元", 350_000_000, "元", "money")]


def test_gross_tonnage_is_a_unit() -> None:
    assert _read("可停靠15万总吨的邮轮") == [("15万总吨", 150_000, "总吨", "count")]


def test_page_fixes_leave_the_digits_text_alone() -> None:
    text = "2021年08月06日下午3时，拨打12345反映，2022-03-1709:05更新"
    assert numbers_to_digits(text) == text


def test_shares_orders_and_nights_are_units() -> None:
    assert _read("拟划转3.2亿股，另减持50万股") == [("3.2亿股", 320_000_000, "股", "count"), ("50万股", 500_000, "股", "count")]
    assert _read("当天成交2万多单，") == [("2万多单", 20_000, "单", "count")]
    assert _read("行程共6晚7天。") == [("6晚", 6, "晚", "duration"), ("7天", 7, "天", "duration")]
    # words that start with the unit's character, and figurative counts, are no such units
    assert _read("持有300万股份") == [("300万", 3_000_000, None, "integer")]
    assert find_numbers("推行一单制改革，防范三股势力，周五晚上") == []


@given(st.integers(2, 9999), st.sampled_from(["股东", "股票", "单位", "单元", "晚会", "夜间"]))
def test_a_word_after_the_number_is_no_unit(n: int, word: str) -> None:
    (m,) = find_numbers(f"新增{n}万{word}")
    assert m.unit is None


def test_page_furniture_numbers_are_no_quantities() -> None:
    # a number that is a line of its own between paragraphs: a section's number
    assert _read("第一段结束。\n2\n第二段开始，共有7人") == [("7人", 7, "人", "count")]
    # a view counter after its label
    assert [m.kind for m in find_numbers("发布日期：2024-01-02 | 阅读次数： 517 | 来源")] == ["date"]
    # the same with the number right after the colon, after an ideographic blank, at the text's end
    assert find_numbers("阅读次数：517") == []
    assert find_numbers("来源：本站\u3000浏览次数：\u30002168") == []
    assert find_numbers("第一段结束。\n2") == []
    # with a unit, or a whole text of one number, it is still read
    assert _read("网站访问量：86000次") == [("86000次", 86000, "次", "count")]
    assert _read("408") == [("408", 408, None, "integer")]
    # under a label that ends no sentence it is a table's value
    assert _read("合计\n408\n") == [("408", 408, None, "integer")]


def test_a_ratio_of_decimals_holds_no_clock_times() -> None:
    assert find_numbers("三次产业结构由2.4:41.7:55.9调整为2.1:40.3:57.6") == []
    assert [m.text for m in find_numbers("下午2:45开始")] == ["2:45"]


@given(st.integers(0, 9), st.integers(10, 59), st.integers(0, 9), st.integers(10, 59), st.integers(0, 9))
def test_decimal_ratios_never_read_as_times(a: int, b: int, c: int, d: int, f: int) -> None:
    text = f"结构比为{a}.{c}:{b}.{f}:{d}.{c}，"
    assert all(m.kind != "time" for m in find_numbers(text))
