"""Clock times by part of the day, Chinese minutes after an Arabic hour, day ranges over a month's
end and years with months (sentences of our own)."""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from govtext.numbers import find_numbers, numbers_to_digits
from govtext.numbers.lexicon import DAY_PERIODS

_CN = "零一二三四五六七八九十"


def _cn(n: int) -> str:
    """1..59 in Chinese numerals (as a clock's minutes are said)."""
    tens, ones = divmod(n, 10)
    if not tens:
        return _CN[ones]
    return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "")


def _times(text: str) -> list[tuple[str, dt.time]]:
    return [(m.text, m.low) for m in find_numbers(text) if m.kind == "time"]


def test_late_night_hours_after_an_evening_word() -> None:
    # 1 to 4 o'clock "in the evening" is past midnight; from 5 on the evening's own hours
    assert _times("他晚上一点才下班") == [("一点", dt.time(1))]
    assert _times("今晚2点发布结果") == [("2点", dt.time(2))]
    assert _times("当晚3时许赶到现场") == [("3时", dt.time(3))]
    assert _times("晚上五点吃饭") == [("五点", dt.time(17))]
    assert _times("晚上9点熄灯") == [("9点", dt.time(21))]
    assert _times("晚上十二点关门") == [("十二点", dt.time(0))]


def test_midnight_at_dawn_and_noon_in_the_morning() -> None:
    assert _times("凌晨12点停电") == [("12点", dt.time(0))]
    assert _times("凌晨1点停电") == [("1点", dt.time(1))]
    assert _times("上午12点集合") == [("12点", dt.time(12))]
    assert _times("傍晚6点收工") == [("6点", dt.time(18))]


@given(st.sampled_from(sorted(DAY_PERIODS)), st.integers(1, 12))
def test_every_part_of_the_day_gives_a_clock_hour(period: str, h: int) -> None:
    # each word gives one hour of the day; a word of the evening or night keeps 1-4 as said
    (m,) = find_numbers(f"定于{period}{h}点整出发")
    assert m.kind == "time" and 0 <= m.low.hour <= 23 and m.low.hour % 12 == h % 12
    if DAY_PERIODS[period] in ("evening", "night", "dawn", "am") and h <= 4:
        assert m.low.hour == h


def test_chinese_minutes_after_an_arabic_hour() -> None:
    assert _times("下午3点十分开会") == [("3点十分", dt.time(15, 10))]
    assert _times("上午9点二十五分报到") == [("9点二十五分", dt.time(9, 25))]
    assert _times("8时三十分起飞") == [("8时三十分", dt.time(8, 30))]
    # the rewrite writes the minutes as the hour is written
    assert numbers_to_digits("下午3点十分开会") == "下午3点10分开会"
    assert numbers_to_digits("8时三十分起飞") == "8时30分起飞"


def test_chinese_minutes_that_are_no_minutes() -> None:
    # "very", "together": no minutes after the hour
    assert _times("这3点十分重要") == []
    assert _times("晚上8点一起吃饭") == [("8点", dt.time(20))]
    assert _times("晚上八点一起吃饭") == [("八点", dt.time(20))]
    assert numbers_to_digits("晚上8点一起吃饭") == "晚上8点一起吃饭"


def test_quarter_hours() -> None:
    assert _times("下午三点一刻见") == [("三点一刻", dt.time(15, 15))]
    assert _times("每天早上7点三刻出门") == [("7点三刻", dt.time(7, 45))]
    assert _times("休息一刻钟") == []
    assert numbers_to_digits("下午三点一刻见") == "下午三点一刻见"


@given(st.integers(0, 23), st.integers(10, 59))
def test_arabic_hour_with_chinese_minutes_and_fen(h: int, mm: int) -> None:
    text = f"列车{h}时{_cn(mm)}分到站"
    assert _times(text) == [(f"{h}时{_cn(mm)}分", dt.time(h, mm))]
    assert numbers_to_digits(text) == f"列车{h}时{mm}分到站"


def test_a_morning_range_that_runs_past_noon() -> None:
    assert _times("上午10点至2点办理") == [("10点", dt.time(10)), ("2点", dt.time(14))]
    assert _times("上午11点到1点午休") == [("11点", dt.time(11)), ("1点", dt.time(13))]
    assert _times("上午九点到十一点") == [("九点", dt.time(9)), ("十一点", dt.time(11))]
    # 凌晨's hours do not run into the afternoon
    assert _times("凌晨5点至2点")[1:] == []


def test_day_ranges_over_a_month_end() -> None:
    (m,) = find_numbers("展会于5月30-2日举办")
    assert (m.text, str(m.low), str(m.high)) == ("5月30-2日", "--05-30", "--06-02")
    (m,) = find_numbers("2030年12月29至3日放假")
    assert (m.low, m.high) == (dt.date(2030, 12, 29), dt.date(2031, 1, 3))
    (m,) = find_numbers("培训定于8月31日至2日")
    assert (str(m.low), str(m.high)) == ("--08-31", "--09-02")
    # a long backwards span is no range of the month
    assert not any(m.kind == "range" and getattr(m.low, "month", None) for m in find_numbers("于7月9-2日"))


@given(st.integers(1, 12), st.integers(1, 31), st.integers(1, 31))
def test_month_day_ranges_end_after_they_start(mo: int, d1: int, d2: int) -> None:
    for m in find_numbers(f"会议{mo}月{d1}-{d2}日召开"):
        if m.kind == "range" and getattr(m.low, "month", None) is not None:
            lo, hi = m.low, m.high
            assert lo.month == mo and lo.day == d1 and hi.day == d2
            days = calendar.monthrange(2000, mo)[1]
            if d2 < d1:
                assert hi.month == mo % 12 + 1 and days - d1 + d2 + 1 <= 15
            else:
                assert hi.month == mo and d2 <= days


def test_years_and_months_are_one_span() -> None:
    def read(text: str) -> list[tuple[str, str, object, object, str | None]]:
        return [(m.text, m.kind, m.low, m.high, m.unit) for m in find_numbers(text)]

    assert read("刑期为3年6个月") == [("3年6个月", "duration", 42, 42, "个月")]
    assert read("试用两年零十个月") == [("两年零十个月", "duration", 34, 34, "个月")]
    assert numbers_to_digits("试用两年零十个月") == "试用2年零10个月"
    assert read("期限3至5年6个月") == [("3至5年6个月", "range", 42, 66, "个月")]
    # a year of the calendar, an ordinal year and twelve months stay apart
    assert [m.text for m in find_numbers("2030年3个月内")] == ["2030年", "3个月"]
    assert [m.text for m in find_numbers("第二年五个月后")] == ["第二年", "五个月"]
    assert [m.text for m in find_numbers("用了2年12个月")] == ["2年", "12个月"]


@given(st.integers(1, 60), st.integers(1, 11))
def test_arabic_years_and_months(y: int, mo: int) -> None:
    (m,) = find_numbers(f"服务期{y}年{mo}个月")
    assert (m.kind, m.low, m.unit) == ("duration", y * 12 + mo, "个月")


def test_a_player_display_at_rest_has_no_clock_times() -> None:
    # a video player's position and length (not started: 00:00), scraped with the page
    assert _times("暂停 下一集 00:00 / 03:25 弹幕 高清") == []
    assert _times("播放 00:00:00/01:02:45") == []
    # clock times around a slash, or a start at midnight, stay times
    assert _times("开放时间8:00/18:00") == [("8:00", dt.time(8)), ("18:00", dt.time(18))]
    assert _times("00:00开始，01:16结束") == [("00:00", dt.time(0)), ("01:16", dt.time(1, 16))]


@given(st.integers(0, 59), st.integers(0, 59))
def test_player_lengths_of_any_size(mm: int, ss: int) -> None:
    assert _times(f"下一集 00:00 / {mm:02d}:{ss:02d} 直播") == []


def test_colon_times_of_a_range_share_the_part_of_the_day() -> None:
    assert _times("下午1:30-3:00在礼堂") == [("1:30", dt.time(13, 30)), ("3:00", dt.time(15))]
    assert _times("晚上9:00至11:30值班") == [("9:00", dt.time(21)), ("11:30", dt.time(23, 30))]
    # an own word, or no word at all, is left as it was
    assert _times("晚上10:00至次日6:00") == [("10:00", dt.time(22)), ("6:00", dt.time(6))]
    assert _times("9:00-5:00") == [("9:00", dt.time(9)), ("5:00", dt.time(5))]


def test_a_bare_first_hour_of_a_range() -> None:
    assert _times("咨询时间：下午2-4点") == [("2", dt.time(14)), ("4点", dt.time(16))]
    assert _times("上午9至11时受理") == [("9", dt.time(9)), ("11时", dt.time(11))]
    assert _times("晚上11-1点施工") == [("11", dt.time(23)), ("1点", dt.time(1))]
    # without a word for the part of the day the numbers stay a range of numbers
    (m,) = find_numbers("每年3-5点")
    assert m.kind == "range"


@given(st.sampled_from(["上午", "下午", "晚上"]), st.integers(1, 11), st.integers(1, 11), st.sampled_from("-至到~"))
def test_bare_and_full_hours_agree(period: str, h1: int, h2: int, conn: str) -> None:
    # 下午2-4点 reads as 下午2点-4点 does
    bare = [m.low for m in find_numbers(f"定于{period}{h1}{conn}{h2}点") if m.kind == "time"]
    full = [m.low for m in find_numbers(f"定于{period}{h1}点{conn}{h2}点") if m.kind == "time"]
    assert bare == full


def test_more_than_after_a_zero_under_a_higher_scale() -> None:
    # 四亿零七百多万: 4亿 and 700多万, the 万 not scaling the 亿
    (m,) = find_numbers("全年产粮四亿零七百多万吨")
    assert (m.low, m.high, m.unit) == (407_000_000, 408_000_000, "吨")
    (m,) = find_numbers("人口达1亿零50余万人")
    assert (m.low, m.high) == (100_500_000, 100_600_000)


@given(st.integers(1, 9), st.integers(1, 9), st.sampled_from("多余"))
def test_zero_before_more_keeps_the_higher_scale(y: int, h: int, more: str) -> None:
    (m,) = find_numbers(f"共计{y}亿零{h}百{more}万元")
    assert (m.low, m.high) == (y * 10**8 + h * 10**6, y * 10**8 + (h + 1) * 10**6)


def test_a_quoted_package_named_by_its_articles() -> None:
    # “民营经济32条”: the package's name; unquoted, or with the count spelled out, a count
    assert find_numbers("修订“金融16条”并抓好落实") == []
    assert [m.text for m in find_numbers("出台金融支持政策16条")] == ["16条"]
    (m,) = find_numbers("“减负10条”共惠及企业3200家")
    assert (m.text, m.low) == ("3200家", 3200)


def test_one_character_morning_and_evening() -> None:
    assert _times("营业时间早8点到晚6点") == [("8点", dt.time(8)), ("6点", dt.time(18))]
    assert _times("每晚7时30分开演") == [("7时30分", dt.time(19, 30))]
    assert _times("限于早六时至晚十时") == [("六时", dt.time(6)), ("十时", dt.time(22))]
    assert _times("晨6点出发") == [("6点", dt.time(6))]
    # after a word of degree 早/晚 are "earlier/later": no part of the day
    assert _times("比计划稍晚2点") == []


def test_minutes_and_seconds_are_one_span() -> None:
    def read(text: str) -> list[tuple[str, str, object, str | None]]:
        return [(m.text, m.kind, m.low, m.unit) for m in find_numbers(text)]

    assert read("全程用时3分28秒") == [("3分28秒", "duration", 208, "秒")]
    assert read("间隔两分零五秒") == [("两分零五秒", "duration", 125, "秒")]
    assert numbers_to_digits("间隔两分零五秒") == "间隔2分零5秒"
    # a clock's minutes and seconds stay a time; a score stays a score
    assert read("于3点20分15秒发出") == [("3点20分15秒", "time", dt.time(3, 20, 15), None)]
    assert read("考了95分") == [("95分", "count", 95, "分")]


@given(st.integers(1, 59), st.integers(0, 59))
def test_arabic_minutes_and_seconds(mm: int, ss: int) -> None:
    (m,) = find_numbers(f"成绩{mm}分{ss:02d}秒")
    assert (m.kind, m.low, m.unit) == ("duration", mm * 60 + ss, "秒")


def test_hours_of_the_next_day_and_of_a_24_hour_clock() -> None:
    # 二十二时 needs no word for the part of the day; 次日 before a range's second hour keeps it as said
    assert _times("每日二十二时至次日八时停止服务") == [("二十二时", dt.time(22)), ("八时", dt.time(8))]
    assert _times("晚上10点至次日6点施工") == [("10点", dt.time(22)), ("6点", dt.time(6))]
    assert _times("十八时三十分集合") == [("十八时三十分", dt.time(18, 30))]
    # kept as written, both ends alike; 二十二时期 is no hour
    assert numbers_to_digits("每日二十二时至次日八时") == "每日二十二时至次日八时"
    assert _times("二十二时期") == []


def test_the_first_quarters_and_a_range_of_quarters() -> None:
    def read(text: str) -> list[tuple[str, str, str, object, object]]:
        return [(m.text, m.kind, m.value_kind, m.low, m.high) for m in find_numbers(text)]

    # 前三季度: the first three quarters, a span (as 前三个季度); 三季度 alone is the third quarter
    assert read("前三季度增长5%")[0] == ("三季度", "duration", "duration", 3, 3)
    assert read("三季度增长5%")[0] == ("三季度", "ordinal", "ordinal", 3, 3)
    assert read("1-3季度累计")[0] == ("1-3季度", "range", "ordinal", 1, 3)
    # an end that is no quarter before it, or a range running backwards, stays apart
    assert [m.text for m in find_numbers("3-1季度")] == ["3", "1季度"]
