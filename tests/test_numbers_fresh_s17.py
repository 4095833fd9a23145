"""Shapes from the fresh samples of session 17 (pages, reports, laws, and the rewrite's changed
lines): clock ranges with a doubled dash, a scale's or a ratio's colon, hours in Chinese numerals
made clock times by their context, a little earlier or later (早一点), telephone numbers written
as dash-joined groups, 两度 as "twice", a month and a day named without 日 (八月十五), 一 after
万 counting the unit after it (3万一夜) and policy names (sentences of our own)."""

from __future__ import annotations

import datetime as dt

from govtext.numbers import PartialDate, find_numbers, numbers_to_digits
from linear_common import assert_linear


def _read(text: str) -> list[tuple[str, str, object]]:
    return [(m.text, m.kind, m.low) for m in find_numbers(text)]


def _times(text: str) -> list[tuple[str, dt.time]]:
    return [(m.text, m.low) for m in find_numbers(text) if m.kind == "time"]


# --- a range's second clock time after a doubled dash takes the first's part of the day


def test_a_doubled_dash_between_two_clock_times_carries_the_part_of_the_day() -> None:
    assert _times("答疑时间为晚上8点——9点") == [("8点", dt.time(20)), ("9点", dt.time(21))]
    assert _times("晚上7点--9点在线直播") == [("7点", dt.time(19)), ("9点", dt.time(21))]
    assert _times("下午2——4点办理") == [("2", dt.time(14)), ("4点", dt.time(16))]
    assert _times("晚上8:00——9:30开放") == [("8:00", dt.time(20)), ("9:30", dt.time(21, 30))]
    assert numbers_to_digits("晚上8点——9点") == "晚上8点——9点"


def test_a_dash_after_a_clock_time_without_a_second_hour_changes_nothing() -> None:
    assert _times("晚上8点——大家准时到场") == [("8点", dt.time(20))]
    assert _read("比分2——1") == [("2", "integer", 2), ("1", "integer", 1)]


# --- a scale's or a ratio's colon is no clock time


def test_a_scale_or_a_lone_ratio_is_no_clock_time() -> None:
    for text in ("采用1：10万地形图", "比例尺1：5万", "按1:50万编制", "模型（1：10）", "1：10比例尺", "比例尺为1:10"):
        assert _times(text) == [], text
        assert numbers_to_digits(text) == text


def test_clock_times_with_a_colon_and_a_word_of_time_stay() -> None:
    assert _times("凌晨1：10发生") == [("1：10", dt.time(1, 10))]
    assert _times("开始时间：1：30") == [("1：30", dt.time(1, 30))]
    assert _times("定于1：30召开") == [("1：30", dt.time(1, 30))]
    assert _times("下午1：10开始") == [("1：10", dt.time(13, 10))]
    assert _times("（2：30）") == [("2：30", dt.time(2, 30))]
    assert _read("见表1：10万元以下的项目") == [("1", "integer", 1), ("10万元以下", "money", 100000)]


# --- an hour in Chinese numerals with a word of an event after it or a day before it


def test_a_chinese_hour_with_an_event_or_a_day_is_a_clock_time() -> None:
    assert _times("座谈会定于三点召开") == [("三点", dt.time(3))]
    assert _times("展馆每天八点开门") == [("八点", dt.time(8))]
    assert _times("明天九点半集合") == [("九点半", dt.time(9, 30))]
    assert _times("大会于九时开幕") == [("九时", dt.time(9))]
    assert _times("周末十点") == [("十点", dt.time(10))]
    assert numbers_to_digits("座谈会定于三点召开") == "座谈会定于三点召开"


def test_points_counted_and_a_while_stay_no_clock_time() -> None:
    for text in ("这三点开始落实", "关键在于三点", "他一时开始紧张", "提出三点意见", "以上两点开始推行", "今天一点进展也没有",
                 "问题有三点开始显现", "今日三点要闻"):
        assert _times(text) == [], text
    assert _times("明天三点开始") == [("三点", dt.time(3))]
    assert _times("自3月9日零时至3月16日") == [("零时", dt.time(0))]


def test_a_little_earlier_or_later_is_no_clock_time() -> None:
    assert _times("请大家早一点出发") == []
    assert _times("晚一点开始也行") == []
    assert _times("晚上一点熄灯") == [("一点", dt.time(1))]
    assert _times("晚8点开始") == [("8点", dt.time(20))]


# --- telephone numbers and codes written as dash-joined groups of digits


def test_three_dash_joined_groups_of_digits_are_no_numbers() -> None:
    for text in ("服务热线：400-6533-789", "咨询电话 010-6523-1234", "报料：4009-20-4009"):
        assert _read(text) == [], text
        assert numbers_to_digits(text) == text


def test_a_telephone_number_in_groups_apart_is_no_numbers() -> None:
    """Review RV14: a contact row's number spaced in groups after its area code (电话：0571-8812 3400,
    kept in the text since BH19's contact rows) was read as the integers 8812 and 3400."""
    for text in ("电话：0000-8812 3400", "传真：010 6655 4433", "热线：0898-2712 3456。"):
        assert find_numbers(text) == [], text
        assert numbers_to_digits(text) == text
    assert [m.text for m in find_numbers("电话：0000-8812 3400，到会3 400人")] == ["400人"]
    assert [m.text for m in find_numbers("共计1200 3400人")] == ["1200", "3400人"]
    assert_linear(find_numbers, "电话：" + "0571-8812 " * 5000, "电话：" + "0571-8812 " * 20000)


def test_two_groups_stay_ranges_and_dates() -> None:
    assert _read("工期3-5年") == [("3-5年", "range", 3)]
    assert _read("规划期2021-2025年") == [("2021-2025年", "range", 2021)]
    assert [m.kind for m in find_numbers("发布于2019-05-17")] == ["date"]


# --- 两度 before a verb: twice


def test_twice_is_kept_as_written() -> None:
    for text in ("局长两度做客直播间", "他两度访欧", "球队三度夺冠"):
        assert numbers_to_digits(text) == text
        assert _read(text) == [], text


def test_degrees_and_kilowatt_hours_stay_measures() -> None:
    assert numbers_to_digits("节约两度电") == "节约2度电"
    assert numbers_to_digits("气温升高两度左右") == "气温升高2度左右"
    assert numbers_to_digits("夜间零下五度") == "夜间零下5度"
    assert _read("坡度五度以上的耕地") == [("五度以上", "count", 5)]


# --- a month and a day in Chinese numerals without 日: a date named as the festivals are


def test_a_month_and_a_day_without_ri_is_a_date_kept_as_written() -> None:
    assert _read("八月十五中秋团圆") == [("八月十五", "date", PartialDate(None, 8, 15))]
    assert _read("九月九登高") == [("九月九", "date", PartialDate(None, 9, 9))]
    for text in ("八月十五中秋团圆", "九月九登高", "三月三歌会", "九月九商城开业"):
        assert numbers_to_digits(text) == text


def test_dates_with_ri_and_counts_after_a_month_are_unchanged() -> None:
    assert numbers_to_digits("九月九日召开") == "9月9日召开"
    assert numbers_to_digits("三月五至七日举办") == "3月5至7日举办"
    assert numbers_to_digits("一月三次") == "1月3次"
    assert numbers_to_digits("一九八二年八月二十一") == "1982年8月21"
    assert numbers_to_digits("六月二十多天") == "6月二十多天"
    assert _read("三月二十几号") == [("三月", "date", PartialDate(None, 3, None))]
    assert numbers_to_digits("今年八月一建军节") == "今年八月一建军节"


# --- 一 after 万 or 亿 before a unit counts that unit


def test_yi_after_wan_before_a_unit_is_no_abbreviation() -> None:
    assert _read("房价3万一平") == [("3万", "integer", 30000)]
    assert _read("报价两万一套") == [("两万", "integer", 20000)]
    assert numbers_to_digits("房价3万一平") == "房价3万一平"


def test_abbreviations_and_full_numerals_after_wan_stay() -> None:
    assert _read("月薪三万一") == [("三万一", "integer", 31000)]
    assert _read("三万一千人参加") == [("三万一千人", "count", 31000)]
    assert numbers_to_digits("三万一千人参加") == "31000人参加"


# --- names of policy packages and classics


def test_policy_packages_and_titles_keep_their_numerals() -> None:
    text = "新国五条细则出台；重读天龙八部；落实残疾人两项补贴"
    assert numbers_to_digits(text) == text
    assert _read(text) == []
    assert numbers_to_digits("落实两项补贴政策") == "落实2项补贴政策"


def test_a_count_after_the_guo_of_a_word_is_no_policy_package() -> None:
    # 全国/我国/各国 end in the 国 that 国五条 starts with: a count follows, no policy name
    assert numbers_to_digits("全国五条高速公路同时开工") == "全国5条高速公路同时开工"
    assert _read("我国五条铁路干线") == [("五条", "count", 5)]
    assert numbers_to_digits("各国八条意见") == "各国8条意见"
    text = "国五条出台后房价回落，楼市国六条落地"
    assert numbers_to_digits(text) == text
    # the long texts' lookup path reads the same
    pad = "本市各项工作有序推进。" * 100
    assert numbers_to_digits(pad + "全国五条高速公路；新国五条出台") == pad + "全国5条高速公路；新国五条出台"


def test_degrees_before_hou_stay_measures() -> None:
    # 下降两度后: after two degrees of fall (后 is no verb of 两度 "twice")
    assert numbers_to_digits("气温下降两度后回升") == "气温下降2度后回升"
    assert _read("下降三度后趋稳") == [("三度", "count", 3)]
    assert numbers_to_digits("他两度出现在现场") == "他两度出现在现场"


def test_points_on_one_line_are_a_set_phrase() -> None:
    for text in ("过着两点一线的生活", "三点一线布局"):
        assert numbers_to_digits(text) == text
        assert _read(text) == []
    assert numbers_to_digits("增长三点一个百分点") == "增长3.1个百分点"
