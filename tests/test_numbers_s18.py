"""Shapes left from session 17 and found in session 18's blind read (sentences of our own): an
hour with 半 and no word for the part of the day, an hour of the 24-hour clock with 点, a month
and a day named without 日 before a word that starts like a unit, lunar months (正月, 腊月,
初九), a bare range of two clock hours, a standard's number with its year (GB/T 12345-2008) and
the left edge of a set phrase led by one character (国五条 after 全国, 美国)."""

from __future__ import annotations

import datetime as dt

from govtext.numbers import PartialDate, find_numbers, numbers_to_digits


def _read(text: str) -> list[tuple[str, str, object]]:
    return [(m.text, m.kind, m.low) for m in find_numbers(text)]


def _times(text: str) -> list[tuple[str, dt.time]]:
    return [(m.text, m.low) for m in find_numbers(text) if m.kind == "time"]


# --- an hour and a half hour (N点半) is a clock time without a word for the part of the day


def test_an_hour_and_a_half_is_a_clock_time() -> None:
    assert _read("会议于一点半开始。") == [("一点半", "time", dt.time(1, 30))]
    assert _read("大家三点半开会") == [("三点半", "time", dt.time(3, 30))]
    assert _times("每天十一点半午休") == [("十一点半", dt.time(11, 30))]
    assert numbers_to_digits("会议于一点半开始。") == "会议于一点半开始。"


def test_half_a_little_and_a_short_while_are_no_clock_time() -> None:
    for text in ("一点半点进步都没有", "一时半会儿解决不了", "一时半刻说不清"):
        assert _times(text) == [], text


# --- an hour 13-23 with 点 is on the 24-hour clock


def test_a_late_hour_with_dian_is_a_clock_time_by_its_context() -> None:
    assert _read("二十三点开始施工") == [("二十三点", "time", dt.time(23))]
    assert _times("十三点召开座谈会") == [("十三点", dt.time(13))]
    assert _times("管制至二十二点，") == [("二十二点", dt.time(22))]


def test_a_late_count_of_points_stays_no_time() -> None:
    assert _times("以下二十三点意见") == []
    assert _times("这十三点开始落实") == []


# --- a month and a day named without 日 are read whole


def test_a_folk_day_before_a_word_that_starts_like_a_unit() -> None:
    for text, month, day in (("九月九重阳节登高", 9, 9), ("八月十五月饼飘香", 8, 15)):
        got = find_numbers(text)
        assert [(m.kind, m.low) for m in got] == [("date", PartialDate(None, month, day))], text
        assert numbers_to_digits(text) == text


def test_a_unit_after_a_folk_day_still_counts() -> None:
    assert numbers_to_digits("九月九个项目") == "9月9个项目"
    assert _read("九月九日登高") == [("九月九日", "date", PartialDate(None, 9, 9))]


def test_lunar_months_and_days() -> None:
    for text, month, day in (
        ("农历九月初九登高", 9, 9),
        ("正月十五闹元宵", 1, 15),
        ("腊月二十三过小年", 12, 23),
        ("正月初一拜年", 1, 1),
        ("冬月初十", 11, 10),
    ):
        assert [(m.kind, m.low) for m in find_numbers(text)] == [("date", PartialDate(None, month, day))], text
        assert numbers_to_digits(text) == text


def test_yuanxiao_and_yuandan_are_no_money() -> None:
    assert numbers_to_digits("正月十五元宵节") == "正月十五元宵节"
    assert _read("每人发放十五元补贴") == [("十五元", "money", 15)]


# --- a bare range of two clock hours


def test_a_bare_range_of_two_clock_hours() -> None:
    for text in ("开放时间8点——9点", "8点—9点", "8点-9点", "8点~9点", "8点至9点"):
        assert _times(text) == [("8点", dt.time(8)), ("9点", dt.time(9))], text
        assert [m.kind for m in find_numbers(text)] == ["time", "time"], text
    assert _times("每天八点至九点开放") == [("八点", dt.time(8)), ("九点", dt.time(9))]
    assert _times("22点-6点禁止施工") == [("22点", dt.time(22)), ("6点", dt.time(6))]


def test_a_range_of_points_is_no_clock_range() -> None:
    assert _times("第3点-5点") == []
    assert [m.low for m in find_numbers("第3点-5点")] == [5]  # (a connector, no minus sign)


# --- a standard's number: code, number and year are one identifier


def test_a_standards_number_gives_no_year_and_no_range() -> None:
    for text in (
        "执行GB/T 12345-2008标准",
        "符合GB 3838-88标准",
        "按照JGJ/T 123-2019执行",
        "依据GB/T 1.1-2020起草",
        "参照DB11/T 1234—2015",
        "按GB50016-2014设计",
        "Q/GDW 1234-2014规定",
    ):
        assert _read(text) == [], text
        assert numbers_to_digits(text) == text
    assert _read("执行GB/T 12345-2008标准，投资三千万元") == [("三千万元", "money", 30000000)]


def test_a_year_range_after_letters_and_a_blank_is_still_a_range() -> None:
    assert [(m.text, m.kind) for m in find_numbers("“十四五”规划（2021-2025年）")] == [("2021-2025年", "range")]
    assert [(m.text, m.kind) for m in find_numbers("PM2.5浓度下降5%")] == [("5%", "percent")]


# --- the left edge of a set phrase led by one character


def test_a_set_phrase_led_by_one_character_after_a_word_ending_in_it() -> None:
    for text in ("美国五条航线", "德国八条建议", "英国十条措施", "全国五条高速公路", "我国五条干线",
                 "中国十条", "本国五条", "两国五条", "该国五条"):
        assert find_numbers(text) != [], text
        assert numbers_to_digits(text) != text, text


def test_a_set_phrase_led_by_one_character_keeps_its_protection() -> None:
    for text in ("新国五条细则出台", "楼市国六条落地", "出台国五条", "落实国五条", "国五条和国六条",
                 "《国五条》", "国五条出台后", "执行国十条"):
        assert numbers_to_digits(text) == text, text
        assert find_numbers(text) == [], text
    assert numbers_to_digits("党中央八项规定精神") == "党中央八项规定精神"


# --- the blind read's misses (session 18)


def test_a_ratio_in_chinese_numerals_is_no_quantity() -> None:
    for text in ("该校师生比为一比十五。", "比分为二十一比十九", "男女比例为一比一点二"):
        assert _read(text) == [], text
        assert numbers_to_digits(text) == text
    assert numbers_to_digits("今年比去年多十五个") == "今年比去年多15个"
    assert _read("一千二比二〇一九年") == [("一千二", "integer", 1200), ("二〇一九年", "year", 2019)]


def test_all_of_it_in_percent() -> None:
    assert _read("抽检合格率为百分之百。") == [("百分之百", "percent", 100)]
    assert numbers_to_digits("抽检合格率为百分之百。") == "抽检合格率为100%。"


def test_expected_on_a_day_is_no_span_of_days() -> None:
    assert [(m.text, m.kind) for m in find_numbers("预计七日夜间至八日白天有雨")] == [("七日", "date"), ("八日", "date")]
    assert _read("共计七日") == [("七日", "duration", 7)]


def test_a_decimal_before_ji_is_a_measure() -> None:
    assert numbers_to_digits("震级为四点二级") == "震级为4.2级"
    assert numbers_to_digits("三级医院") == "三级医院"


def test_two_lunar_days_listed_without_their_month() -> None:
    got = [(m.text, m.kind, m.low) for m in find_numbers("每逢农历初一、十五")]
    assert got == [("初一", "date", PartialDate(None, None, 1)), ("十五", "date", PartialDate(None, None, 15))]
    assert numbers_to_digits("正月初一、十五") == "正月初一、十五"
    for text in ("初一学生", "初一、初二年级", "初一至初三学生"):
        assert _read(text) == [], text


# --- the real-text read's misses (three provincial reports and five news pages, session 18)


def test_the_first_place_of_a_priority_keeps_its_writing() -> None:
    for text in ("把维护稳定作为第一位的工作任务", "始终把人民放在第一位。"):
        assert numbers_to_digits(text) == text
        assert [(m.text, m.kind) for m in find_numbers(text)] == [("第一位", "ordinal")]
    assert numbers_to_digits("第一位获奖者是") == "第1位获奖者是"


def test_a_programme_named_by_its_span_and_what_it_does() -> None:
    text = "落实统筹制度三年提质行动"
    assert numbers_to_digits(text) == text
    assert _read(text) == []
    assert numbers_to_digits("用三年时间行动起来") == "用3年时间行动起来"


def test_a_generation_named_by_its_decade_of_birth() -> None:
    for text in ('"90后"插画师', "80后、90后", "95后大学生"):
        assert _read(text) == [], text
    assert _read("90天后") == [("90天", "duration", 90)]


# --- review (RV9): variants of the session's rules


def test_a_lunar_months_first_ten_days_are_written_with_chu() -> None:
    # 正月一过 (once the first month is over), 腊月三天, 正月十里长街: a bare 一 to 十 after a lunar
    # month's word is no day of it (the first ten days are 初一 … 初十)
    assert _read("正月一过，大家就外出打工了。") == []
    assert _read("正月一直下雪。") == []
    assert _read("正月十里长街灯火通明。") == []
    assert _read("腊月三天没出门。") == [("三天", "duration", 3)]
    assert _read("正月初五开工，腊月二十八放假") == [
        ("正月初五", "date", PartialDate(None, 1, 5)), ("腊月二十八", "date", PartialDate(None, 12, 28))]


def test_a_grade_and_a_class_are_no_lunar_days() -> None:
    # 初一、三班: a grade (初一) and a class; a lunar pair's second day is past the tenth (初一、十五)
    for text in ("初一和二班的同学参加比赛。", "初一、三班获得团体奖。"):
        assert all(m.kind != "date" for m in find_numbers(text)), text
    assert [m.text for m in find_numbers("每逢初一、十五")] == ["初一", "十五"]


def test_a_range_after_letters_and_a_blank_is_no_standards_year() -> None:
    # a standard's edition year is written without 年; 5G 2024-2026年, GDP 2023-2025年 are ranges of years (GDP, an
    # economic indicator's abbreviation, makes no identifier of the digits after it since session 42: the range whole)
    assert _read("推进5G 2024-2026年行动计划") == [("2026年", "year", 2026)]
    assert _read("GDP 2023-2025年年均增长") == [("2023-2025年", "range", 2023)]
    assert _read("执行GB/T 12345-2008标准") == []


def test_ranked_first_is_a_rank() -> None:
    # 排在第一位 ranks (as 排在全省第一位 does); 放在第一位 says the first priority
    assert numbers_to_digits("增速排在第一位。") == numbers_to_digits("增速排在全省第一位。").replace("全省", "")
    assert numbers_to_digits("把安全放在第一位。") == "把安全放在第一位。"
