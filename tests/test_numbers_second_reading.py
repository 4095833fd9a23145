"""govtext.numbers: classes found by a second reading of the reports (issue 19, session 11), each
with sentences in the style of the reports (none copied from them)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govtext.numbers import find_numbers, numbers_to_digits


def _read(text: str) -> list[tuple[object, ...]]:
    return [(m.text, m.low, m.high, m.unit, m.kind) for m in find_numbers(text)]


# ---------------------------------------------------------------------------------------------
# measure words of official statistics: the unit is kept, never a bare integer


def test_more_measure_words_of_statistics_are_units() -> None:
    for text, unit, low in (("本市友好城市增至85对", "对", 85), ("港口吞吐量1200万标准箱", "标准箱", 12_000_000),
                            ("压减平板玻璃产能900万重量箱", "重量箱", 9_000_000), ("建成双向六车道公路", "车道", 6),
                            ("拖拉机四十五马力", "马力", 45), ("全年出版图书三十亿印张", "印张", 3_000_000_000),
                            ("新增船舶二十万载重吨", "载重吨", 200_000), ("冬春完成五亿土方", "土方", 500_000_000),
                            ("热值5000大卡以上的煤", "大卡", 5000), ("量产4.5微米铜箔", "微米", 4.5),
                            ("布匹增加三百万尺", "尺", 3_000_000), ("实现粮食产量12连增", "连增", 12),
                            ("水质实现9连优", "连优", 9), ("拖拉机增至1200标准台", "标准台", 1200),
                            ("收支分为两部分", "部分", 2), ("五部门联合发文", "部门", 5)):  # fmt: skip
        (m,) = find_numbers(text)
        assert (m.unit, m.low, m.kind) == (unit, low, "count"), text


def test_older_metric_names_report_the_modern_unit() -> None:
    for text, unit, low in (("八百公厘的轧钢机", "毫米", 800), ("完成土方九十万公方", "立方米", 900_000),
                            ("功率为5,000瓩的机组", "千瓦", 5000), ("离城三十哩", "英里", 30)):  # fmt: skip
        (m,) = find_numbers(text)
        assert (m.unit, m.low) == (unit, low), text


def test_a_century_is_an_ordinal_and_centuries_are_counted() -> None:
    assert _read("迈向21世纪") == [("21世纪", 21, 21, "世纪", "ordinal")]
    assert _read("在二十世纪末") == [("二十世纪", 20, 20, "世纪", "ordinal")]
    assert _read("历经两个世纪") == [("两个世纪", 2, 2, "世纪", "duration")]
    assert numbers_to_digits("迈向二十一世纪") == "迈向21世纪"


def test_a_ranking_named_by_its_size_is_no_quantity() -> None:
    for text in ("跻身世界500强", "进入全国50强行列", "稳居全国前十强", "位列中国民营企业五百强"):
        assert find_numbers(text) == [], text
        assert numbers_to_digits(text) == text
    # 强 starting another word after a lone numeral stays no mention (开一备三强度)
    assert find_numbers("保持开一备三强度") == []
    # a count before another word is still found
    assert [m.text for m in find_numbers("500家企业强强联合")] == ["500家"]


@given(st.integers(2, 999))
def test_pairs_of_cities_are_counted(n: int) -> None:
    (m,) = find_numbers(f"国际友好城市达到{n}对。")
    assert (m.low, m.unit, m.kind) == (n, "对", "count")


# ---------------------------------------------------------------------------------------------
# N个多百分点: percentage points, up to one point more (as 三个多月 is up to one month more)


def test_more_than_n_percentage_points() -> None:
    assert _read("比上年提高3个多百分点") == [("3个多百分点", 3, 4, "百分点", "percent")]
    (m,) = find_numbers("占比下降两个多百分点以上")
    assert (m.low, m.high, m.approx, m.qualifier) == (2, 3, True, "多")
    assert _read("提高4个百分点") == [("4个百分点", 4, 4, "百分点", "percent")]


@given(st.integers(1, 60))
def test_points_with_more_are_an_interval_of_one_point(n: int) -> None:
    (m,) = find_numbers(f"份额提高{n}个多百分点。")
    assert (m.kind, m.unit, m.low, m.high) == ("percent", "百分点", n, n + 1)


# ---------------------------------------------------------------------------------------------
# notes' numbers between brackets are no quantities, also on lines of their own


def test_note_numbers_set_apart_from_their_brackets() -> None:
    for text in ("上次会议\n[\n3\n]\n以来的工作", "这项制度［ 12 ］已经推开", "会议〔\n7\n〕召开"):
        assert find_numbers(text) == [], text
        assert numbers_to_digits(text) == text
    # a bracket farther away, or a number with a unit, leaves the number alone
    assert [m.text for m in find_numbers("[注]\n\n\n 建成 5 所学校")] == ["5 所"]
    assert [m.text for m in find_numbers("［1］ 50家")] == ["50家"]


# ---------------------------------------------------------------------------------------------
# 第N次会议 is an ordinal (found, kept as written) like 第十二届; N次会议 alone stays a session's name


def test_numbered_meetings_with_di_are_ordinals() -> None:
    text = "在全市第九届人民代表大会第三次会议上"
    assert [(m.text, m.kind, m.low) for m in find_numbers(text)] == [("第九届", "ordinal", 9), ("第三次", "ordinal", 3)]
    assert numbers_to_digits(text) == text
    assert [(m.text, m.low) for m in find_numbers("常委会第二十六次会议审议")] == [("第二十六次", 26)]
    # without 第, a session's name stays protected, as a plenum's (三中全会) does
    for text in ("十四届全国人大三次会议", "党的二十届四中全会", "省十三届人大五次会议"):
        assert find_numbers(text) == [], text
        assert numbers_to_digits(text) == text


# ---------------------------------------------------------------------------------------------
# 近 before a span of time: "recent" at a clause's start, after 特别是, before 来 or a superlative


def test_jin_meaning_recent_is_no_qualifier() -> None:
    for text, span in (("近三年，全省新建了一批学校", "三年"), ("近五年来农民收入稳步增长", "五年"),
                       ("出口增速为近6年最高", "6年"), ("产量创近十年新高", "十年"),
                       ("特别是近两年的实践证明", "两年"), ("近3个月来物价平稳", "3个月")):  # fmt: skip
        (m,) = find_numbers(text)
        assert (m.text, m.approx, m.qualifier) == (span, False, None), text
    # after a verb or a preposition 近 is "nearly"
    for text in ("经过近二十年的建设", "工期用了近两年", "保持近三年的水平"):
        (m,) = find_numbers(text)
        assert (m.approx, m.qualifier) == (True, "近"), text
        assert m.text.startswith("近")
    # a quantity that is no span of time keeps 近 as "nearly" anywhere
    (m,) = find_numbers("近三万人参加")
    assert (m.text, m.qualifier) == ("近三万人", "近")


# ---------------------------------------------------------------------------------------------
# N年制 names a school system: no mention (as 2型 names a type), kept as written


def test_a_school_system_by_its_years_is_no_mention() -> None:
    for text in ("全面普及九年制义务教育", "由四年制改为五年制", "开办3年制高职班"):
        assert find_numbers(text) == [], text
        assert numbers_to_digits(text) == text
    assert _read("学制三年") == [("三年", 3, 3, "年", "duration")]


def test_part_and_department_keep_their_whole_word() -> None:
    assert [(m.text, m.kind, m.unit) for m in find_numbers("报告的第三部分")] == [("第三部分", "ordinal", "部分")]
    assert [(m.text, m.unit) for m in find_numbers("出版图书6部")] == [("6部", "部")]


def test_a_population_keeps_its_noun() -> None:
    assert _read("一个有九亿多人口的国家") == [("九亿多人口", 900_000_000, 1_000_000_000, "人口", "count")]
    assert _read("覆盖30万人口以上的县")[0][0] == "30万人口以上"
    assert _read("凝聚八亿人民的力量") == [("八亿人民", 800_000_000, 800_000_000, "人民", "count")]
    assert _read("新增就业50万人") == [("50万人", 500_000, 500_000, "人", "count")]
    # 第N + 人民医院 stays a hospital's name
    assert find_numbers("市第一人民医院") == []


def test_exceeding_a_year_compares_and_leaves_the_year_exact() -> None:
    assert [(m.text, m.qualifier) for m in find_numbers("利用外资超过2001年到2010年的总和")] == [("2001年到2010年", None)]
    assert [(m.text, m.approx) for m in find_numbers("产量超过一九五七年的水平")] == [("一九五七年", False)]
    # before an amount 超过 stays a qualifier
    assert [(m.text, m.qualifier) for m in find_numbers("投资超过300亿元")] == [("超过300亿元", "超过")]


def test_a_full_width_slash_is_slash_notation() -> None:
    assert find_numbers("机构精简1／4") == find_numbers("机构精简1/4") == []


def test_dui_between_numbers_or_as_a_preposition_is_no_unit() -> None:
    for text in ("开展1对1帮扶", "举办三对三篮球赛"):
        assert find_numbers(text) == [], text
    # the preposition after a blank or before 于
    assert [m.text for m in find_numbers("之二 对违法行为")] == []
    assert [m.unit for m in find_numbers("共3 对于此事")] == [None]
    assert [(m.text, m.unit) for m in find_numbers("结成12对友好城市")] == [("12对", "对")]
