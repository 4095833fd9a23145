"""govtext.numbers: classes left by session 13 and found in session 14's samples of crawled pages
and government reports (clock times in Chinese numerals, a range's second hour, identifiers,
ratios, durations in two units, outline markers), each with sentences of our own."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from govtext.numbers import find_numbers, numbers_to_digits

_CN = "零一二三四五六七八九"


def _cn(n: int) -> str:
    """0-59 in Chinese numerals as a clock is read (十五, 二十, 三十八)."""
    if n < 10:
        return _CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "")


def _read(text: str) -> list[tuple[object, ...]]:
    return [(m.text, m.low, m.kind) for m in find_numbers(text)]


# ---------------------------------------------------------------------------------------------
# clock times


def test_second_hour_of_a_range_keeps_the_part_of_the_day() -> None:
    assert _read("展厅下午2时至4时暂停开放") == [("2时", dt.time(14), "time"), ("4时", dt.time(16), "time")]
    assert _read("晚上7点到9点直播") == [("7点", dt.time(19), "time"), ("9点", dt.time(21), "time")]
    # without 点 after it, a bare number after the range's connector stays a number
    assert [m.kind for m in find_numbers("上午9点到11个窗口办理")] == ["time", "count"]
    # a second end with its own word keeps its own; a 24-hour value never changes
    assert _read("上午8时至下午5时") == [("8时", dt.time(8), "time"), ("5时", dt.time(17), "time")]
    assert _read("下午1时至18时") == [("1时", dt.time(13), "time"), ("18时", dt.time(18), "time")]
    # no word before the first hour: nothing to carry
    assert _read("9时至11时") == [("9时", dt.time(9), "time"), ("11时", dt.time(11), "time")]


def test_clock_times_in_chinese_numerals() -> None:
    assert _read("于下午三点召开") == [("三点", dt.time(15), "time")]
    assert _read("活动八时三十分开始") == [("八时三十分", dt.time(8, 30), "time")]
    assert _read("早上九点半集合") == [("九点半", dt.time(9, 30), "time")]
    assert _read("凌晨零时起施行") == [("零时", dt.time(0), "time")]
    assert _read("二十三时十五分关闭") == [("二十三时十五分", dt.time(23, 15), "time")]
    assert _read("晚上十点至十一点半") == [("十点", dt.time(22), "time"), ("十一点半", dt.time(23, 30), "time")]
    # found, but kept as written by the rewrite (as the Arabic ones are)
    assert numbers_to_digits("下午三点开会") == "下午三点开会"


def test_chinese_numeral_hours_that_are_no_times() -> None:
    # 一点/一时 and 十分 are also words ("a bit", "for a moment", "very"); 点 needs a part of the day
    assert find_numbers("这一点十分要紧") == []
    assert find_numbers("她一时十分为难") == []
    assert _read("八时十分发车") == [("八时十分", dt.time(8, 10), "time")]
    assert find_numbers("晚上一点点声音") == []
    assert find_numbers("提出三点意见") == []
    # 30 is no hour; a score of 1.5 stays a decimal
    assert [m.kind for m in find_numbers("考核加一点五分")] == ["decimal"]


def test_minutes_of_one_digit_after_a_part_of_the_day() -> None:
    assert _read("晚上8点5到家") == [("8点5", dt.time(20, 5), "time")]
    assert numbers_to_digits("晚上8点5到家") == "晚上8点5到家"


@given(st.integers(1, 11), st.integers(10, 59), st.sampled_from(["下午", "晚上"]))
def test_chinese_numeral_afternoon_times(h: int, mm: int, period: str) -> None:
    (m,) = find_numbers(f"定于{period}{_cn(h)}点{_cn(mm)}分出发")
    assert m.kind == "time" and m.low == dt.time(h + 12, mm)


@given(st.integers(0, 23), st.integers(1, 59))
def test_chinese_numeral_hour_and_minutes_with_shi(h: int, mm: int) -> None:
    (m,) = find_numbers(f"列车{_cn(h)}时{'零' if mm < 10 else ''}{_cn(mm)}分发车")
    assert m.kind == "time" and m.low == dt.time(h, mm)
