"""Arabic hours with 点 made clock times by their context, ordinal ranges after 第, spans of hours,
minutes and seconds read as one, and the full-width colon between numbers (sentences of our own)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from govtext.numbers import find_numbers, numbers_to_digits


def _times(text: str) -> list[tuple[str, dt.time]]:
    return [(m.text, m.low) for m in find_numbers(text) if m.kind == "time"]


def _read(text: str) -> list[tuple[str, str, object, object, str | None]]:
    return [(m.text, m.kind, m.low, m.high, m.unit) for m in find_numbers(text)]


def test_an_arabic_hour_with_a_word_of_time_after_it_is_a_clock_time() -> None:
    assert _times("座谈会9点召开") == [("9点", dt.time(9))]
    assert _times("文艺演出8点开始") == [("8点", dt.time(8))]
    assert _times("请于明早7点整到场") == [("7点", dt.time(7))]
    assert _times("材料须在10点前报送") == [("10点", dt.time(10))]
    assert _times("8点半开始检票") == [("8点半", dt.time(8, 30))]
    assert _times("大巴12点出发") == [("12点", dt.time(12))]


def test_a_day_before_an_arabic_hour_makes_it_a_clock_time() -> None:
    assert _times("每天9点更新") == [("9点", dt.time(9))]
    assert _times("明天10点见") == [("10点", dt.time(10))]
    assert _times("截至6月3日18点") == [("18点", dt.time(18))]
    assert _times("周六8点集合") == [("8点", dt.time(8))]


def test_both_hours_of_a_range_with_a_word_of_time() -> None:
    assert _times("展厅9点至17点开放") == [("9点", dt.time(9)), ("17点", dt.time(17))]
    assert _times("每天9-17点受理") == [("9", dt.time(9)), ("17点", dt.time(17))]


def test_counted_points_stay_numbers() -> None:
    # 点 counting points (suggestions, demands) has no time around it
    for text in ("提出3点建议", "强调4点要求", "谈了以下5点：", "他讲了两点意见", "这一点整体看"):
        assert _times(text) == [], text
    assert [(m.text, m.kind) for m in find_numbers("提出3点建议")] == [("3", "integer")]
    assert _times("九点钟集合") == [("九点", dt.time(9))]


@given(st.integers(0, 23), st.sampled_from(["召开", "开始", "整", "前", "出发", "截止"]))
def test_every_hour_before_a_word_of_time_is_that_hour(h: int, word: str) -> None:
    (m,) = find_numbers(f"活动{h}点{word}")
    assert m.kind == "time" and m.low == dt.time(h)
    assert numbers_to_digits(f"活动{h}点{word}") == f"活动{h}点{word}"


@given(st.integers(1, 9), st.sampled_from(["建议", "意见", "要求", "体会"]))
def test_a_count_of_points_is_no_time(n: int, noun: str) -> None:
    assert all(m.kind != "time" for m in find_numbers(f"提出{n}点{noun}"))


def test_an_ordinal_range_after_di() -> None:
    assert _read("比赛获得第3-5名") == [("第3-5名", "range", 3, 5, "名")]
    assert _read("参见第679—680页") == [("第679—680页", "range", 679, 680, "页")]
    (m,) = find_numbers("排在第二至四位")
    assert (m.kind, m.value_kind, m.low, m.high, m.unit) == ("range", "ordinal", 2, 4, "位")
    # a law's structure markers stay as written, as 第十条 does
    assert numbers_to_digits("依照第一至三条处理") == "依照第一至三条处理"
    assert numbers_to_digits("获得第二至五名") == "获得第2至5名"


@given(st.integers(1, 50), st.integers(1, 50))
def test_ordinal_ranges_keep_both_ends(a: int, b: int) -> None:
    lo, hi = sorted((a, b))
    if lo == hi:
        hi += 1
    (m,) = find_numbers(f"名列第{lo}-{hi}名")
    assert (m.kind, m.value_kind, m.low, m.high, m.text) == ("range", "ordinal", lo, hi, f"第{lo}-{hi}名")


def test_hours_minutes_and_seconds_are_one_span() -> None:
    assert _read("全程用时2小时30分15秒") == [("2小时30分15秒", "duration", 9015, 9015, "秒")]
    assert _read("成绩为3分钟28秒") == [("3分钟28秒", "duration", 208, 208, "秒")]
    (m,) = find_numbers("约三分钟二十秒")
    assert (m.kind, m.low, m.unit, m.qualifier) == ("duration", 200, "秒", "约")
    assert numbers_to_digits("用时三分钟二十秒") == "用时3分钟20秒"
    assert _read("等候3-5分钟30秒") == [("3-5分钟30秒", "range", 210, 330, "秒")]
    assert _read("需要2-3小时30分15秒") == [("2-3小时30分15秒", "range", 9015, 12615, "秒")]
    # digits that are no seconds are not taken
    assert next(m.text for m in find_numbers("2小时30分150")) == "2小时"


@given(st.integers(0, 9), st.integers(0, 59), st.integers(0, 59))
def test_every_hours_minutes_seconds_span_is_its_seconds(h: int, mi: int, s: int) -> None:
    (m,) = find_numbers(f"历时{h + 1}小时{mi}分{s}秒")
    assert (m.kind, m.low, m.unit) == ("duration", ((h + 1) * 60 + mi) * 60 + s, "秒")
    (m,) = find_numbers(f"历时{mi + 1}分钟{s}秒")
    assert (m.kind, m.low, m.unit) == ("duration", (mi + 1) * 60 + s, "秒")


def test_the_full_width_colon_between_numbers() -> None:
    # a ratio's terms (no quantities), as with ∶ and :
    assert find_numbers("两地收入比缩小到2：1以内") == []
    assert find_numbers("男女比例接近1：1") == []
    assert find_numbers("比分定格在3：21") == []
    # a clock time after a word for the part of the day, with a word of time, or not after a Han word
    assert _times("上午9：30报到") == [("9：30", dt.time(9, 30))]
    assert _times("大会于9：30开幕") == [("9：30", dt.time(9, 30))]
    assert _times("时间：10：15") == [("10：15", dt.time(10, 15))]
    assert _times("下午2：00-5：00办理") == [("2：00", dt.time(14)), ("5：00", dt.time(17))]
    # a label's colon before an amount or a year is no ratio
    assert [m.text for m in find_numbers("附表1：2024年收支情况")][-1] == "2024年"
    assert [m.text for m in find_numbers("附件2：15个试点城市")][-1] == "15个"


def test_two_years_glued_are_no_span_of_years() -> None:
    # a crawl that lost the dash of （2024—2026年） leaves eight digits: no reading of them is sure
    assert find_numbers("实施方案（20242026年）印发") == []
    assert numbers_to_digits("实施方案（20242026年）印发") == "实施方案（20242026年）印发"
    # a large number of years stays a span
    assert [(m.kind, m.low) for m in find_numbers("已有10000年历史")] == [("duration", 10000)]


def test_a_month_without_a_year_after_a_change_is_a_month() -> None:
    # decision: 延长至12月 names the month (December), as 延长至12月底 does; a span says 12个月
    for text in ("期限延长至12月", "期限延长至12月底"):
        (m,) = find_numbers(text)
        assert (m.kind, str(m.low)) == ("date", "--12"), text
    (m,) = find_numbers("期限延长至12个月")
    assert (m.kind, m.low, m.unit) == ("duration", 12, "个月")


def test_an_evening_range_that_starts_before_five() -> None:
    # 晚上4点 alone stays the small hours (4:00); a range on into the evening starts in the afternoon
    assert _times("晚上4点收摊") == [("4点", dt.time(4))]
    assert _times("晚上4点至8点营业") == [("4点", dt.time(16)), ("8点", dt.time(20))]
    assert _times("晚上4:00-8:00营业") == [("4:00", dt.time(16)), ("8:00", dt.time(20))]
    # a range within the night stays there
    assert _times("晚上11点至1点施工") == [("11点", dt.time(23)), ("1点", dt.time(1))]
    assert _times("晚上1点至3点施工") == [("1点", dt.time(1)), ("3点", dt.time(3))]


@given(st.integers(1, 4), st.integers(5, 11))
def test_every_evening_range_runs_forward(first: int, second: int) -> None:
    (a, b) = [m.low for m in find_numbers(f"晚上{first}点至{second}点开放") if m.kind == "time"]
    assert a == dt.time(first + 12) and b == dt.time(second + 12) and a < b
