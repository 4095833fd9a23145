"""govtext.numbers: 分/角/毛 after a number, 二 before a round or a batch, and formulas of the
commune system (issue 19, session 12: classes a reading sample of the reports found), with
sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from govtext.numbers import find_numbers, numbers_to_digits


def _read(text: str) -> list[tuple[object, ...]]:
    return [(m.text, m.low, m.unit, m.kind) for m in find_numbers(text)]


# ---------------------------------------------------------------------------------------------
# 分 (a score's points, money's fen), 角 and 毛 after a number


def test_fen_where_the_word_ends_is_the_unit() -> None:
    got = _read("蔬菜每公斤分别下调2分、4分和6分。")
    assert got == [("2分", 2, "分", "count"), ("4分", 4, "分", "count"), ("6分", 6, "分", "count")]
    assert _read("面试成绩为88.5分") == [("88.5分", 88.5, "分", "count")]
    assert _read("总成绩在75分以上的考生") == [("75分以上", 75, "分", "count")]
    assert _read("扣满十二分，") == [("十二分", 12, "分", "count")]
    assert _read("积分达到60分的申请人") == [("60分", 60, "分", "count")]
    got = [(m.text, m.low, m.high, m.unit, m.kind) for m in find_numbers("评分在70至85分之间")]
    assert got == [("70至85分", 70, 85, "分", "range")]
    assert _read("电费每千瓦时降低3分/千瓦时") == [("3分/千瓦时", 3, "分/千瓦时", "count")]


def test_fen_jiao_and_mao_before_qian_are_money_in_yuan() -> None:
    got = [(m.text, m.low, m.unit, m.kind) for m in find_numbers("每斤涨了7分钱，鸡蛋便宜了五角钱，车费两毛钱")]
    assert got == [("7分钱", Decimal("0.07"), "元", "money"), ("五角钱", Decimal("0.5"), "元", "money"),
                   ("两毛钱", Decimal("0.2"), "元", "money")]  # fmt: skip
    # the digits of the numeral are rewritten, the words kept
    assert numbers_to_digits("票价降低五角钱，两毛钱也不多收") == "票价降低5角钱，2毛钱也不多收"
    # 元 first: 角 and 分 add to it as before
    assert _read("单价3元4角") == [("3元4角", Decimal("3.4"), "元", "money")]


def test_fen_that_starts_a_word_or_counts_minutes_is_no_unit() -> None:
    # words that begin with 分: the number before them stays what it was
    for text in ("设立3分公司", "第2分局", "本法第一分编", "分3批推进", "全部12分类完成"):
        assert all(m.unit != "分" for m in find_numbers(text)), text
    assert _read("用时30分钟") == [("30分钟", 30, "分钟", "duration")]
    assert [m.unit for m in find_numbers("排队3分多钟")] == [None]
    # minutes of a clock time, a span of hours or an angle; a fraction
    assert [m.kind for m in find_numbers("上午9时40分到达")] == ["time"]
    for text in ("全程2小时15分，", "北纬31度20分，", "三点二十分出发", "长达25分38秒"):
        assert all(m.unit != "分" for m in find_numbers(text)), text
    assert _read("占三分之二") == [("三分之二", 2 / 3, None, "fraction")]


def test_a_lone_chinese_numeral_before_fen_stays_a_word() -> None:
    """入木三分, 七分成绩，三分错误: a lone Chinese numeral before 分 is part of a saying."""
    for text in ("说得入木三分。", "成绩是七分，错误是三分。", "三分天下"):
        assert find_numbers(text) == [], text
        assert numbers_to_digits(text) == text
    # and 角/毛 after one without 钱 are shapes and names
    for text in ("长三角、珠三角", "五角星", "三毛的散文", "八角茴香"):
        assert find_numbers(text) == [], text
        assert numbers_to_digits(text) == text


@given(st.integers(1, 999), st.sampled_from(["，", "。", "、", "和", "或", "以上", "左右", ""]))
def test_an_arabic_score_keeps_its_unit(n: int, after: str) -> None:
    (m,) = find_numbers(f"本次考核得了{n}分{after}")
    assert (m.low, m.unit, m.kind) == (n, "分", "count")


@given(st.integers(1, 99), st.sampled_from(["别", "公司", "局", "钟", "析", "类"]))
def test_a_word_after_fen_takes_no_unit(n: int, word: str) -> None:
    assert all(m.unit != "分" for m in find_numbers(f"共有{n}分{word}"))


# ---------------------------------------------------------------------------------------------
# a lone 二 before 轮, 批 or 类 names the second of a sequence, as 第二 does


def test_er_before_a_round_batch_or_class_is_an_ordinal() -> None:
    got = [(m.text, m.kind) for m in find_numbers("推进二轮承包到期后延包，公布二批名录，河段水质达到二类")]
    assert got == [("二轮", "ordinal"), ("二批", "ordinal"), ("二类", "ordinal")]
    # kept as written, as 二期工程 is
    assert numbers_to_digits("开展二轮延包试点") == "开展二轮延包试点"
    # 第二轮 was an ordinal already; 两轮 and 三轮 count rounds; 分二批, 分为二类 count
    got = [(m.text, m.kind) for m in find_numbers("第二轮督察后又开展两轮谈判和三轮评审，分二批实施，分为二类管理")]
    assert got == [("第二轮", "ordinal"), ("两轮", "count"), ("三轮", "count"), ("二批", "count"),
                   ("二类", "count")]  # fmt: skip
    # a list of ordinals under one 第: each item (第一 and 二轮) is an ordinal with the unit (session 32)
    assert [(m.text, m.kind, m.unit) for m in find_numbers("第一、二轮巡视")] == [("第一", "ordinal", "轮"), ("二轮", "ordinal", "轮")]


def test_a_vehicle_named_by_its_wheels_is_no_count() -> None:
    text = "整治电动三轮车和普通二轮摩托车，四轮驱动的越野车，三四轮车辆"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text


@given(st.sampled_from(["轮", "批", "类"]), st.sampled_from(["试点", "名单", "项目", "，", ""]))
def test_er_and_liang_differ_before_a_sequence_word(unit: str, after: str) -> None:
    (second,) = find_numbers(f"启动二{unit}{after}")
    (two,) = find_numbers(f"启动两{unit}{after}")
    assert (second.kind, second.low, two.kind, two.low) == ("ordinal", 2, "count", 2)


# ---------------------------------------------------------------------------------------------
# 三级所有，队为基础: the formula of the commune system


def test_the_commune_systems_formula_is_kept_whole() -> None:
    for text in ("巩固三级所有、队为基础的体制", "实行三级所有，队为基础", "坚持三级所有制不变",
                 "实行三級所有，隊為基礎"):  # fmt: skip
        assert find_numbers(text) == [], text
        assert numbers_to_digits(text) == text
    # levels of government counted before 所有 are still a count
    assert [(m.text, m.kind) for m in find_numbers("市县乡三级所有干部")] == [("三级", "count")]


# ---------------------------------------------------------------------------------------------
# measure word + 次: a count of passages or visits is one unit (人次, 架次, 辆次)


def test_a_count_of_times_keeps_its_whole_unit() -> None:
    for unit in ("人次", "架次", "车次", "辆次", "艘次"):
        (m,) = find_numbers(f"全年累计检查12万{unit}，同比增长")
        assert (m.text, m.low, m.unit) == (f"12万{unit}", 120000, unit)
