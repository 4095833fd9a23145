"""govtext.numbers: classes left by session 13 and found in session 14's samples of crawled pages
and government reports (clock times in Chinese numerals, a range's second hour, identifiers,
ratios, durations in two units, outline markers), each with sentences of our own."""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal

from hypothesis import assume, given
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
    late = period == "晚上" and h <= 4  # (晚上一点十分: late at night, 1:10)
    assert m.kind == "time" and m.low == dt.time(h if late else h + 12, mm)


@given(st.integers(0, 23), st.integers(1, 59))
def test_chinese_numeral_hour_and_minutes_with_shi(h: int, mm: int) -> None:
    assume(not (h == 1 and mm == 10))  # 一时十分 is also 一时 (for a while) + 十分 (very): not read
    (m,) = find_numbers(f"列车{_cn(h)}时{'零' if mm < 10 else ''}{_cn(mm)}分发车")
    assert m.kind == "time" and m.low == dt.time(h, mm)


# ---------------------------------------------------------------------------------------------
# ratios


def test_a_ratio_by_its_words_is_no_clock_time() -> None:
    for text in ("全校生师比1:16", "投入比例为1:25:40", "决赛比分3:21", "按20:45的比例分配", "配比为2:30"):
        assert find_numbers(text) == [], text
    assert find_numbers("三者按1:2:3分摊") == []
    # 比 between two Arabic numbers is a ratio's (or a score's) sign too
    assert find_numbers("投资与产出由1.25比1调整为1比1") == []
    assert [m.text for m in find_numbers("2023年比2022年增长，同比3.5%")] == ["2023年", "2022年", "3.5%"]
    # a time after other words, or a ratio's word far before it, stays a time
    assert _read("比赛于19:30开球") == [("19:30", dt.time(19, 30), "time")]
    assert _read("结果对比显示，会议于9:45结束") == [("9:45", dt.time(9, 45), "time")]


@given(st.integers(1, 9), st.integers(10, 59))
def test_teacher_student_ratios_are_no_times(a: int, b: int) -> None:
    assert find_numbers(f"师生比{a}:{b}，") == []


# ---------------------------------------------------------------------------------------------
# identifiers and outline markers


def test_a_number_after_an_identifier_name_is_no_quantity() -> None:
    for text in ("登记编号为73021的车辆", "序号 8", "证号：4402", "工号1187已注销", "股票代码是 600036"):
        assert find_numbers(text) == [], text
    # with a unit after it, or away from the name, the number counts
    assert [m.text for m in find_numbers("编号为3家单位")] == ["3家"]
    assert [m.text for m in find_numbers("按编号整理，共95001件")] == ["95001件"]


@given(st.integers(1, 99999))
def test_numbers_after_bianhao_are_never_read(n: int) -> None:
    assert find_numbers(f"该设备编号为{n}，") == []


def test_an_arabic_outline_marker_without_its_dot() -> None:
    assert find_numbers("目标全部完成。 2健全评价机制") == []
    assert find_numbers("目标全部完成。3健全评价机制") == []
    # a unit, more than two digits, or no sentence's end before it: a quantity
    assert [m.text for m in find_numbers("目标全部完成。 3所学校新建")] == ["3所"]
    assert [m.text for m in find_numbers("全部完成。 120家参与")] == ["120家"]
    assert [m.text for m in find_numbers("共有2种做法，其中2健全")] == ["2种", "2"]


# ---------------------------------------------------------------------------------------------
# spans of time in two units


def test_hours_and_minutes_are_one_span_of_time() -> None:
    got = [(m.text, m.low, m.unit, m.kind) for m in find_numbers("全程耗时3小时45分，比去年少1小时5分钟")]
    assert got == [("3小时45分", 225, "分钟", "duration"), ("1小时5分钟", 65, "分钟", "duration")]
    (m,) = find_numbers("车程约两小时二十分钟")
    assert (m.low, m.unit, m.qualifier) == (140, "分钟", "约")
    assert numbers_to_digits("车程约两小时二十分钟") == "车程约2小时20分钟"
    # 分 starting a word, or minutes apart from the hours, are not joined
    assert [m.text for m in find_numbers("2小时30分别计入")] == ["2小时", "30"]
    assert [m.text for m in find_numbers("每天2小时，另加30分钟")] == ["2小时", "30分钟"]


@given(st.integers(1, 23), st.integers(1, 59))
def test_hours_and_minutes_total(h: int, mm: int) -> None:
    (m,) = find_numbers(f"用时{h}小时{mm}分钟。")
    assert m.kind == "duration" and m.low == h * 60 + mm and m.unit == "分钟"


# ---------------------------------------------------------------------------------------------
# dates


def test_a_month_before_a_range_of_days_is_the_ranges_month() -> None:
    (m,) = find_numbers("论坛定于9月16-18日举办")
    assert (m.text, str(m.low), str(m.high), m.kind) == ("9月16-18日", "--09-16", "--09-18", "range")
    (m,) = find_numbers("2024年3月4至6日")
    assert (m.low, m.high) == (dt.date(2024, 3, 4), dt.date(2024, 3, 6))
    # not right before it: the month and the days stay apart
    assert [m.text for m in find_numbers("9月，16-18日")] == ["9月", "16-18日"]


@given(st.integers(1, 12), st.integers(1, 14), st.integers(15, 28))
def test_month_day_ranges(mo: int, d1: int, d2: int) -> None:
    (m,) = find_numbers(f"于{mo}月{d1}-{d2}日举行")
    assert m.kind == "range" and (m.low.month, m.low.day, m.high.month, m.high.day) == (mo, d1, mo, d2)


# ---------------------------------------------------------------------------------------------
# half a unit more


def test_half_after_the_unit() -> None:
    got = [(m.text, m.low, m.unit) for m in find_numbers("工期两年半，每户分到八斤半，孩子三岁半，历时三天半")]
    assert got == [("两年半", 2.5, "年"), ("八斤半", 8.5, "斤"), ("三岁半", 2.5 + 1, "岁"), ("三天半", 3.5, "天")]
    assert [(m.text, m.low, m.unit) for m in find_numbers("会期一个半月，车程一个半小时")] == [
        ("一个半月", 1.5, "个月"), ("一个半小时", 1.5, "小时")]
    assert [(m.text, m.low) for m in find_numbers("用了一年半时间")] == [("一年半", 1.5)]
    # 半 starting a word, or after a month or a year, is no half
    assert [m.text for m in find_numbers("新建3个半导体项目，运来5吨半成品")] == ["3个", "5吨"]
    assert find_numbers("一个半导体厂") == []
    assert [m.low for m in find_numbers("2019年半数以上")] == [2019]
    assert [m.text for m in find_numbers("三月半")] == ["三月"]


@given(st.integers(2, 30), st.sampled_from(["年", "天", "斤", "倍"]))
def test_half_adds_half_a_unit(n: int, unit: str) -> None:
    (m,) = find_numbers(f"共计{n}{unit}半，")
    assert m.low == n + 0.5 and m.unit == unit


# ---------------------------------------------------------------------------------------------
# qualifiers


def test_yue_you_is_a_qualifier() -> None:
    (m,) = find_numbers("参会代表约有450人")
    assert (m.text, m.low, m.approx, m.qualifier) == ("约有450人", 450, True, "约有")
    (m,) = find_numbers("受益群众大约有两万户")
    assert (m.low, m.qualifier) == (20000, "大约有")
    # 节约 is a word: no qualifier
    (m,) = find_numbers("节约有3成")
    assert not m.approx


def test_bi_compares_a_number_with_a_date_or_amount() -> None:
    # 比 before a year, a month, a quarter or a unit compares: both numbers stay
    assert [m.text for m in find_numbers("上年共接待游客850比2020年多出90")] == ["850", "2020年", "90"]
    assert [m.text for m in find_numbers("每天发车64比5月份增加8班")][:2] == ["64", "5月"]
    assert [m.text for m in find_numbers("得分为98比2季度高出3分")][:2] == ["98", "2季度"]
    # a lone 比 before a clock time and a comparison's word is "than": the time stays
    assert _read("开馆时间比9:30提早了一刻钟")[0] == ("9:30", dt.time(9, 30), "time")
    # two bare numbers around 比 stay a ratio's terms
    assert find_numbers("男女生人数按4比3录取") == []


@given(st.integers(10, 9999), st.integers(1990, 2030))
def test_bi_before_a_year_keeps_both_numbers(n: int, year: int) -> None:
    assert [m.text for m in find_numbers(f"总量{n}比{year}年有所下降")] == [str(n), f"{year}年"]


def test_ge_ban_before_a_unit_that_takes_no_ge_is_half_units() -> None:
    # 天, 日 and 年 are counted without 个: 个半天 is N half-days, not N and a half days
    for text in ("每月安排4个半天集中学习", "分两个半年进行考核", "用五个半日完成"):
        assert all(m.low == m.high and m.low == int(m.low) for m in find_numbers(text)), text
        assert not any(m.unit in ("天", "日", "年") for m in find_numbers(text)), text
    # 个 is the measure word of 月 and 小时: 个半 adds half of it
    assert [(m.low, m.unit) for m in find_numbers("历时五个半月")] == [(Decimal("5.5"), "个月")]
    assert [(m.low, m.unit) for m in find_numbers("排队两个半小时")] == [(Decimal("2.5"), "小时")]


def test_a_range_past_midnight_keeps_no_evening_hour() -> None:
    # the first hour's part of the day is carried only when the second hour stays after the first
    assert [m.low for m in find_numbers("停车场夜间23时至5时免费")] == [dt.time(23, 0), dt.time(5, 0)]
    assert [m.low for m in find_numbers("晚上十一点至两点施工")] == [dt.time(23, 0), dt.time(2, 0)]
    assert all(m.low != dt.time(19, 0) for m in find_numbers("晚上9点至7点禁行"))
    assert [m.low for m in find_numbers("晚上7点至9点开放")] == [dt.time(19, 0), dt.time(21, 0)]


@given(st.integers(8, 11), st.integers(1, 5))
def test_evening_range_into_the_small_hours(h1: int, h2: int) -> None:
    got = [m.low for m in find_numbers(f"每天晚上{h1}时至{h2}时，专人值守")]
    assert got == [dt.time(h1 + 12, 0), dt.time(h2, 0)]


def test_yue_you_after_a_word_ending_in_yue_is_no_qualifier() -> None:
    # 公约, 合约, 规约, 该条约, 制约 + 有: the word's 约, the number exact
    for text in ("这部公约有9个附件", "双方的合约有4份补充协议", "该条约有8项议定书", "行业规约有3章"):
        (m,) = find_numbers(text)
        assert not m.approx and m.qualifier is None, text
    # 条 as a measure word and 编制 before 约有 leave the qualifier
    (m,) = find_numbers("修建一条约有6公里的绿道")
    assert (m.approx, m.qualifier) == (True, "约有")
    (m,) = find_numbers("中心编制约有40人")
    assert (m.approx, m.qualifier) == (True, "约有")


def test_yi_dian_after_a_part_of_the_day_may_be_a_little() -> None:
    # 一点 + 也/都/不/东西 is "a little", N点 + what 点 counts (建议, 意见) is N points: no clock time
    for text in ("今天晚上一点也不热", "忙到下午一点都没休息", "中午一点东西没吃", "上午三点意见如下", "下午两点体会"):
        assert all(m.kind != "time" for m in find_numbers(text)), text
    assert _read("下午一点准时开始")[0] == ("一点", dt.time(13, 0), "time")
    assert _read("上午十点也可以")[0] == ("十点", dt.time(10, 0), "time")


def test_chinese_minutes_after_arabic_hours_are_rewritten() -> None:
    # the minutes' digits are rewritten though the hours were Arabic already
    assert numbers_to_digits("全程约4小时十五分钟") == "全程约4小时15分钟"
    assert numbers_to_digits("用时1小时四十分") == "用时1小时40分"
    assert numbers_to_digits("票价2元五角") == "票价2元5角"  # (jiao after Arabic yuan: the same rule)


@given(st.integers(1, 30), st.integers(11, 59))
def test_arabic_hours_chinese_minutes_rewrite(h: int, mm: int) -> None:
    assert numbers_to_digits(f"耗时{h}小时{_cn(mm)}分钟") == f"耗时{h}小时{mm}分钟"


def test_a_range_of_hours_with_minutes_after_it() -> None:
    # the left end counts hours with the same minutes: (4..5 hours) + 20 minutes
    (m,) = find_numbers("车程4-5小时20分钟")
    assert (m.low, m.high, m.unit) == (260, 320, "分钟")
    (m,) = find_numbers("需要一至两小时十分钟")
    assert (m.low, m.high, m.unit) == (70, 130, "分钟")
    (m,) = find_numbers("等候10-40分钟")  # (minutes alone: unchanged)
    assert (m.low, m.high, m.unit) == (10, 40, "分钟")


def test_a_count_after_a_word_that_may_name_an_identifier() -> None:
    # 账号, 编码, 代码 are also things counted or work done: a bare number right after them counts
    assert [m.low for m in find_numbers("本月开通账号4500")] == [4500]
    assert [m.low for m in find_numbers("累计完成编码 2600")] == [2600]
    # with 为/是/a colon, or written as a code, the number is still the identifier's
    for text in ("登录账号：5120", "物资编码为3300", "基金代码 000725", "证券代码518880"):
        assert find_numbers(text) == [], text


def test_a_month_before_days_that_cannot_be_its_own() -> None:
    # days past the month's end, or running backwards further than over its last days into the
    # next month's first ones, are no range of it
    for text in ("6月10-3日", "4月30-31日", "2025年2月27-29日"):
        assert not any(m.kind == "range" and getattr(m.low, "month", None) is not None
                       for m in find_numbers(text)), text
    (m,) = find_numbers("2028年2月27-29日")
    assert (m.low, m.high) == (dt.date(2028, 2, 27), dt.date(2028, 2, 29))


@given(st.integers(1, 12), st.integers(2, 28))
def test_month_day_ranges_never_run_backwards(mo: int, d: int) -> None:
    # a month's days that run backwards end in the next month, a short span after the first day
    for m in find_numbers(f"于{mo}月{d}-1日举办"):
        if m.kind == "range" and getattr(m.low, "month", None) is not None:
            assert (m.low.month, m.low.day, m.high.month, m.high.day) == (mo, d, mo % 12 + 1, 1)
            assert calendar.monthrange(2000, mo)[1] - d + 2 <= 15  # (days from the first to the 1st)
