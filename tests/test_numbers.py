"""govtext.numbers: parse_number, find_numbers, numbers_to_digits (unit tables + properties)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import cn2an
import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from govtext._util import read_lexicon
from govtext.numbers import (
    DEFAULT_PROTECTED,
    NumberMention,
    PartialDate,
    find_numbers,
    numbers_to_digits,
    parse_number,
)
from govtext.numbers.lexicon import POST_QUAL_WORDS
from govtext.numbers.spans import inside_word

from strategies import any_text, chinese_text, mixed_text

# ---------------------------------------------------------------------------------------------
# a reference renderer of our own: integer -> canonical Chinese numeral

_D = "零一二三四五六七八九"


def _section(n: int) -> str:
    """0 < n < 10000 -> 一千零五 style (no leading 一 dropped)."""
    out, zero = [], False
    for unit, ch in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // unit % 10
        if d:
            if zero and out:
                out.append("零")
            out.append(_D[d] + ch)
            zero = False
        else:
            zero = True
    return "".join(out)


def _render(n: int) -> str:
    if n < 10**4:
        return _section(n)
    big, unit = (10**8, "亿") if n >= 10**8 else (10**4, "万")
    hi, lo = divmod(n, big)
    out = _render(hi) + unit
    if lo:
        out += ("零" if lo < big // 10 else "") + _render(lo)
    return out


def render_cn(n: int) -> str:
    """Canonical Chinese rendering of a non-negative integer (万/亿 groups, 零 for gaps)."""
    if n == 0:
        return "零"
    s = _render(n)
    return s[1:] if s.startswith("一十") else s


def test_renderer_itself() -> None:
    assert [render_cn(n) for n in (0, 10, 15, 105, 1010, 10001, 100000, 20230000, 10**12 + 10**8)] == [
        "零", "十", "十五", "一百零五", "一千零一十", "一万零一", "十万", "二千零二十三万", "一万零一亿",
    ]  # fmt: skip


# ---------------------------------------------------------------------------------------------
# parse_number

PARSE_TABLE = [
    ("十一", 11), ("一百零五", 105), ("两千", 2000), ("廿", 20), ("廿三", 23), ("卅", 30),
    ("〇", 0), ("零", 0), ("壹贰叁", 123), ("壹佰贰拾叁", 123), ("肆佰叁拾萬", 4300000),
    ("伍仟元整", 5000), ("壹拾壹元壹角壹分", 11.11), ("10.1万", 101000), ("16.4亿", 1640000000),
    ("200亿零四千230", 20000004230), ("１２３", 123), ("３．５", 3.5), ("负十一", -11),
    ("-10.1万", -101000), ("三点一四", 3.14), ("百分之九十", 0.9), ("三分之一", 1 / 3),
    ("千分之五", 0.005), ("5‰", 0.005), ("12%", 0.12), ("1,234.56", 1234.56),
    ("三万五", 35000), ("一百二", 120), ("二〇二三", 2023), ("十万零一", 100001),
    ("一亿五千万零六千三百五十五", 150006355), ("3千万亿", 3 * 10**15), ("1/4", 0.25),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), PARSE_TABLE)
def test_parse_number_table(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_parse_number_types() -> None:
    assert type(parse_number("一百零五")) is int
    assert type(parse_number("10.1万")) is int
    assert type(parse_number("三点一四")) is float
    assert type(parse_number("百分之九十")) is float
    big = parse_number("12345678901234567.89")
    assert big == Decimal("12345678901234567.89") and isinstance(big, Decimal)


@pytest.mark.parametrize(
    "bad",
    ["", " ", "元整", "圆", "负", "零点", "点零", "点一", "零点点", "零点零大", "十一十二",
     "十七十八", "10..1万", "10.1万零100", "一些", "百分之", "三分之", "万", "亿元", "abc",
     "5%%", "第一", "1/0", "百十一"],
)  # fmt: skip
def test_parse_number_rejects(bad: str) -> None:
    with pytest.raises(ValueError, match="not a well-formed number"):
        parse_number(bad)


@pytest.mark.parametrize("text", ["一一", "壹壹", "三万五", "一百二", "100", "一七二零"])
def test_parse_number_strict(text: str) -> None:
    parse_number(text)  # fine by default
    with pytest.raises(ValueError):
        parse_number(text, strict=True)


def test_parse_number_type_error() -> None:
    with pytest.raises(TypeError, match="expects str"):
        parse_number(b"1")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_number(12)  # type: ignore[arg-type]


@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_chinese_rendering_parses_back(n: int) -> None:
    assert parse_number(render_cn(n)) == n
    assert parse_number(render_cn(n), strict=True) == n


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_cn2an_rendering_parses_back(n: int) -> None:
    assert parse_number(cn2an.an2cn(n)) == n
    assert parse_number(cn2an.an2cn(n, "up")) == n  # financial forms


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=10**6))
def test_decimal_rendering_parses_back(i: int, frac: int) -> None:
    text = f"{i}.{frac}"
    cn = render_cn(i) + "点" + "".join(_D[int(c)] for c in str(frac))
    # exact: float when 15 significant digits hold the value, Decimal beyond
    assert Decimal(str(parse_number(cn))) == Decimal(text)
    assert Decimal(str(parse_number(text))) == Decimal(text)


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=9999))
def test_mixed_scale_parses(a: int, b: int) -> None:
    assert parse_number(f"{a}万") == a * 10**4
    assert parse_number(f"{a}亿{render_cn(b)}万") == a * 10**8 + b * 10**4


# ---------------------------------------------------------------------------------------------
# find_numbers


def _m(text: str) -> list[tuple]:
    return [(m.text, m.low, m.high, m.unit, m.approx, m.kind) for m in find_numbers(text)]


FIND_TABLE = [
    ("全区新建幼儿园21所", [("21所", 21, 21, "所", False, "count")]),
    ("行动计划（2021—2025年）", [("2021—2025年", 2021, 2025, "年", False, "range")]),
    ("实施方案（2021年-2025年）", [("2021年-2025年", 2021, 2025, "年", False, "range")]),
    ("2022—2023学年第一学期", [("2022—2023学年", 2022, 2023, "学年", False, "range"),
                               ("第一学期", 1, 1, "学期", False, "ordinal")]),
    ("力争三至五年内完成", [("三至五年", 3, 5, "年", False, "range")]),
    ("比例提高10%~15%", [("10%~15%", 10, 15, "%", False, "range")]),
    ("每校补助5万到8万元", [("5万到8万元", 50000, 80000, "元", False, "range")]),
    ("每校补助5到8万元", [("5到8万元", 50000, 80000, "元", False, "range")]),
    ("年度预算3.5亿元", [("3.5亿元", 350000000, 350000000, "元", False, "money")]),
    ("每年拨付450余万元", [("450余万元", 4500000, 4600000, "元", True, "money")]),
    ("合计人民币1,234.56元", [("人民币1,234.56元", Decimal("1234.56"), Decimal("1234.56"), "元", False, "money")]),
    ("收取伍仟元整", [("伍仟元整", 5000, 5000, "元", False, "money")]),
    ("约4.2亿美元", [("约4.2亿美元", 420000000, 420000000, "美元", True, "money")]),
    ("覆盖率达到百分之九十", [("百分之九十", 90, 90, "%", False, "percent")]),
    ("不良率控制在千分之五", [("千分之五", 5, 5, "‰", False, "percent")]),
    ("三分之一的学校", [("三分之一", 1 / 3, 1 / 3, None, False, "fraction")]),
    ("新建学校两三个", [("两三个", 2, 3, "个", True, "count")]),
    ("投入十几万元", [("十几万元", 100000, 200000, "元", True, "money")]),
    ("共三四十人参加", [("三四十人", 30, 40, "人", True, "count")]),
    ("共有二十多个项目", [("二十多个", 20, 30, "个", True, "count")]),
    ("第一批试点校", [("第一批", 1, 1, "批", False, "ordinal")]),
    ("是去年的3倍", [("3倍", 3, 3, "倍", False, "multiple")]),
    ("下降0.3个百分点", [("0.3个百分点", 0.3, 0.3, "百分点", False, "percent")]),
    ("受益学生超过2万人", [("超过2万人", 20000, 20000, "人", True, "count")]),
    ("达标率93%以上", [("93%以上", 93, 93, "%", True, "percent")]),
    ("一百零五所学校", [("一百零五所", 105, 105, "所", False, "count")]),
    ("二〇二三年", [("二〇二三年", 2023, 2023, "年", False, "year")]),
    ("2023年工作要点", [("2023年", 2023, 2023, "年", False, "year")]),
    ("创建10个集团", [("10个", 10, 10, "个", False, "count")]),
    ("每天锻炼1小时", [("1小时", 1, 1, "小时", False, "duration")]),
    # a 千 that starts the unit (千瓦, 千瓦时, 千米) is not a numeral
    ("新能源装机超1.7亿千瓦", [("超1.7亿千瓦", 170000000, 170000000, "千瓦", True, "count")]),
    ("新增1000万千瓦", [("1000万千瓦", 10000000, 10000000, "千瓦", False, "count")]),
    ("年发电500千瓦时", [("500千瓦时", 500, 500, "千瓦时", False, "count")]),
    ("全长3千米", [("3千米", 3, 3, "千米", False, "count")]),
    ("新建1000千伏输电线路", [("1000千伏", 1000, 1000, "千伏", False, "count")]),
    ("组网卫星增至144颗", [("144颗", 144, 144, "颗", False, "count")]),
    ("医疗机构97%门诊量", [("97%", 97, 97, "%", False, "percent")]),  # 门 is no unit after a %
    ("；十一是下足功夫；十二是加快转型", []),  # enumerators past 十是
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FIND_TABLE)
def test_find_numbers_table(text: str, expected: list[tuple]) -> None:
    assert _m(text) == expected


def test_dates() -> None:
    ms = find_numbers("2023年1月12日印发，1月11日召开，二〇二三年三月五日，2023年9月前")
    assert [(m.text, m.low, m.kind) for m in ms] == [
        ("2023年1月12日", dt.date(2023, 1, 12), "date"),
        ("1月11日", PartialDate(None, 1, 11), "date"),
        ("二〇二三年三月五日", dt.date(2023, 3, 5), "date"),
        ("2023年9月", PartialDate(2023, 9, None), "date"),
    ]
    m = find_numbers("2022 年8 月26 日至28 日举行")[0]
    assert (m.low, m.high, m.kind, m.value_kind) == (dt.date(2022, 8, 26), dt.date(2022, 8, 28), "range", "date")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("1-2月", PartialDate(None, 1, None), PartialDate(None, 2, None)),
     ("3月至5月", PartialDate(None, 3, None), PartialDate(None, 5, None)),
     ("8月26日—28日", PartialDate(None, 8, 26), PartialDate(None, 8, 28)),
     ("2023年9月至12月", PartialDate(2023, 9, None), PartialDate(2023, 12, None))],
)  # fmt: skip
def test_date_ranges(text: str, low: PartialDate, high: PartialDate) -> None:
    (m,) = find_numbers(text)
    assert (m.text, m.low, m.high, m.kind, m.value_kind) == (text, low, high, "range", "date")


def test_negatives() -> None:
    assert _m("气温为-3℃") == [("-3℃", -3, -3, "℃", False, "count")]
    assert _m("增长-2.5%") == [("-2.5%", -2.5, -2.5, "%", False, "percent")]
    assert _m("1万-5万元") == [("1万-5万元", 10000, 50000, "元", False, "range")]
    assert numbers_to_digits("负零点五") == "-0.5"


def test_iso_dates_and_times() -> None:
    ms = find_numbers("发布时间：2023-01-12 14:55:08，截止2024/3/5，上午8:30开会")
    assert [(m.low, m.kind) for m in ms] == [
        (dt.datetime(2023, 1, 12, 14, 55, 8), "date"),
        (dt.date(2024, 3, 5), "date"),
        (dt.time(8, 30), "time"),
    ]


def test_partial_date_is_small_immutable_value() -> None:
    import copy
    import pickle

    p = PartialDate(None, 1, 11)
    assert p == PartialDate(None, 1, 11) and p != PartialDate(2023, 1, 11)
    assert hash(p) == hash(PartialDate(None, 1, 11))
    assert pickle.loads(pickle.dumps(p)) == p and copy.deepcopy(p) == p
    with pytest.raises(AttributeError):
        p.year = 2023  # type: ignore[misc]
    ms = find_numbers("1月11日，投入3.5亿元，2023年1月12日")
    assert pickle.loads(pickle.dumps(ms)) == ms  # mentions cross process boundaries (parallel.py)


def test_pipeline_serialises_mentions() -> None:
    import json

    import govtext

    d = govtext.clean("1月11日召开，投入人民币1,234.56元，2023年1月12日").to_dict()
    got = [(m["text"], m["low"], m["kind"]) for m in d["numbers"]]
    assert got == [("1月11日", "--01-11", "date"), ("人民币1,234.56元", "1234.56", "money"),
                   ("2023年1月12日", "2023-01-12", "date")]  # fmt: skip
    json.dumps(d, ensure_ascii=False)


def test_partial_date_str() -> None:
    assert str(PartialDate(None, 1, 11)) == "--01-11"
    assert str(PartialDate(2023, 9, None)) == "2023-09"
    assert str(PartialDate(None, None, 5)) == "---05"
    assert str(PartialDate(None, 3, None)) == "--03"
    assert str(PartialDate(2023, None, None)) == "2023"


@pytest.mark.parametrize(
    "text",
    [
        "联系邮箱5855973@qq.com",
        "沪ICP备2022005074号-20",
        "川公网安备 51140202000112号",
        "咨询电话0311-12345678",
        "网址 http://www.example.gov.cn/2023/01/12/a123.html",
        "文档编号547921607",
        "采用5G网络和STEM2课程",
    ],
)
def test_identifiers_are_not_quantities(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    "text",
    ["党的二十大胜利召开", "十四五规划", "一带一路", "一国两制", "第一书记", "一把手", "三农工作",
     "百年大计", "五星红旗", "一是加强领导", "二是完善机制", "其一", "一些地方", "统一零售价",
     "一律执行", "一起推进", "万一发生", "一体化发展", "一流大学", "唯一标准", "七上八下",
     "进一步加强", "十分重要", "千万不要", "一个方案", "一批学校", "一所学校", "五大工程",
     "第一实验学校", "第二中学"],
)  # fmt: skip
def test_non_quantities(text: str) -> None:
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text


@pytest.mark.parametrize(
    ("idiom", "quantity", "digits", "mention"),
    [("三天两头", "三天后", "3天后", "三天"), ("三年五载", "三年内", "3年内", "三年"),
     ("佳丽三千", "三千人", "3000人", "三千人"), ("二十四节气", "二十四个项目", "24个项目", "二十四个"),
     ("十八般武艺", "十八个班", "18个班", "十八个"), ("一千零一夜", "一千零一个", "1001个", "一千零一个"),
     ("十之八九", "八九个", "八九个", "八九个")],
)  # fmt: skip
def test_figurative_numerals_left_but_quantities_read(idiom: str, quantity: str, digits: str, mention: str) -> None:
    text = f"他们{idiom}，{quantity}"
    assert numbers_to_digits(text) == f"他们{idiom}，{digits}"
    assert [m.text for m in find_numbers(text)] == [mention]


def test_law_structure_markers_found_not_rewritten() -> None:
    text = "第一章 总则\n第十条 依照本法第二十三条第二款的规定，处三年以下有期徒刑"
    assert numbers_to_digits(text) == text.replace("三年", "3年")
    assert [(m.text, m.low, m.kind) for m in find_numbers(text)][:4] == [
        ("第一章", 1, "ordinal"), ("第十条", 10, "ordinal"), ("第二十三条", 23, "ordinal"), ("第二款", 2, "ordinal"),
    ]  # fmt: skip


def test_outline_markers() -> None:
    text = "一、总体要求\n（一）工作目标\n(二)主要任务\n1.加强领导\n二、保障措施"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text


def test_value_kind_and_qualifier() -> None:
    m = find_numbers("财政每年拨付450余万元")[0]
    assert (m.value_kind, m.qualifier) == ("money", "余")
    m = find_numbers("投资5万到8万元")[0]
    assert (m.kind, m.value_kind) == ("range", "money")
    m = find_numbers("近7万随迁子女")[0]
    assert (m.low, m.approx, m.qualifier) == (70000, True, "近")


def test_mention_is_frozen_dataclass() -> None:
    m = find_numbers("共5所")[0]
    assert isinstance(m, NumberMention)
    assert m == NumberMention(1, 3, "5所", 5, 5, "所", False, "count", "count", None)
    assert hash(m) == hash(NumberMention(1, 3, "5所", 5, 5, "所", False, "count", "count", None))
    with pytest.raises(AttributeError):
        m.low = 6  # type: ignore[misc]


@given(any_text)
def test_any_unicode(text: str) -> None:
    for m in find_numbers(text):
        assert text[m.start : m.end] == m.text
    once = numbers_to_digits(text)
    assert numbers_to_digits(once) == once


@given(mixed_text)
def test_mention_spans(text: str) -> None:
    for m in find_numbers(text):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text


_FRAGMENTS = st.sampled_from(
    ["二十一", "k", "左右", "−", "℃", "零", "〇", "三百", "两", "一", "十", "第", "5", "2023", "—", "至", "到", "年", "月", "日", "个",
     "所", "万", "亿", "元", "%", "余", "多", "约", "以上", "百分之", "分之", "点", "〇", "、", "（",
     "）", "\n", "统一", "二十大", "一是", "学校", "人", "，", "几", "两三", "-", "1,234", ".5"]
)  # fmt: skip
number_text = st.lists(_FRAGMENTS, max_size=25).map("".join)



def test_number_next_to_clock_time_is_no_range() -> None:
    # a dash between a number and a clock time: two mentions, no range (this used to raise)
    assert [(m.text, m.kind) for m in find_numbers("3.5-1:12")] == [("3.5", "decimal"), ("1:12", "time")]
    # 1:12.5 is a ratio of decimals (its minutes a decimal's first digits): no time, and still no range
    assert [(m.text, m.kind) for m in find_numbers("3.5-1:12.5")] == [("3.5", "decimal")]
    assert [m.kind for m in find_numbers("温度5-1:30")] == ["integer", "time"]


def test_range_left_end_shares_the_scale_after_a_dash() -> None:
    # the right end 三百 read by the fast path keeps its scale for the left end (两 -> 200)
    assert [(m.low, m.high) for m in find_numbers("两—三百℃")] == [(200, 300)]


@pytest.mark.parametrize(
    "text",
    ["1月以内13日", "年份 2010 - 2016", "1 月 9 日", "1月约两日", "3.5亿元元整", "两—三百℃", "2023年3月5日",
     "2023年 3月", "增长8.5%左右，", "v100 和 mp3", "3000万元，", "2万人以上", "5个百分点", "3倍", "3.5亿亿元",
     "10%~15%", "第3位", "约 5个", "公网安备 110号", "2021—2025年", "2020年以上", "1-2月",
     # a prefix, 第, 至 or 到 before the run (read by the common-shape branch)
     "提高到85%", "3人到5人", "3人 到 5人", "5到8万元", "不到5人", "达到2025年", "多达300人", "超过2020年",
     "约5月", "人民币300元", "港币300元", "美元300", "人民币300万", "超200亿元", "第1中学", "第2名左右", "第3倍", "第5", "1—第3名", "2023年约5月",
     "超过5人以上", "近3年来", "低于5%", "合计为35个", "截至2025年底", "8月2日至3日", "3个以上超过5个",
     # plain Chinese numerals with a unit (read by the common-shape branch for Chinese numerals)
     "新建三所学校", "\n五年来", "落实十四五年度计划", "三县两区", "统一三年", "一年", "一百人", "两千人",
     "三百两个", "三五年", "十二月五日", "十二月 五日", "二〇二三年三月", "三年以上", "三天左右", "三个以上至五个",
     "三至五年", "负三度", "A三年", "3三年", "五大工程", "四个百分点", "两倍", "三千瓦", "五千瓦时", "零三年",
     "九点三十分", "陈十四岁", "共十三个", "十三是", "三月份", "三十二日", "十三月", "二十一世纪", "三年级",
     "第二批", "依据第三十二条", "第一书记", "第一中学", "第三年", "第三月", "第一次", "第二个以上", "第三天左右",
     "第五倍", "次第三个", "第十条规定", "3个第二批", "第一", "第二十一届", "第一批实验学校", "第三所中学",
     # a lone Chinese numeral with no unit after it
     "，六大高地", "犬八公", "在六 年", "在十年 以上", "在十年—", "在六左右", "在六至八", "在六点", "在六k", "在六%", "在六余",
     "，六大类", "，五（含）", "，三 —五", "在六年，", "在六年以上", "在六万",
     # dates in digits (read whole by the date branches)
     "于2023年4月12日", "2023年4月份", "2023年4月底", "，4月12日至15日", "，4月12日 至15日", "，2023年4月12日以前",
     "，2023年4月12日左右", "，2023年4月。", "，2023年4月 12日", "，2023年04月12日", "，2023年4月03日",
     "见http://a.cn/2023年4月12日", "，2023年4月12日10:30", "，2023年4月12:30", "至2023年4月12日", "约2023年4月",
     "，2023年2月30日", "，23年4月12日", "，4月12号", "，2023年4月12日上午", "，12023年4月1日", "，2023年13月1日",
     "自3月5日至9月1日", "，5月20日-31日", "见http://a.cn/?d=2023年4月12日", "，2023年4月12日 至 15日", "“2023年4月12日”", "2023年4月12日"],
)  # fmt: skip
def test_tricky_neighbours_give_well_formed_mentions(text: str) -> None:
    # (these once compared a shortcut reader with the general one; one reader is left)
    for m in find_numbers(text):
        assert text[m.start : m.end] == m.text
        if isinstance(m.low, (int, float, Decimal)):
            assert m.low <= m.high
    out = numbers_to_digits(text)
    assert numbers_to_digits(out) == out


def test_prefix_words_before_a_number() -> None:
    found = [(m.text, m.low, m.approx, m.qualifier, m.kind) for m in find_numbers("超过200人，提高到85%，第3名，多达1.5亿元")]
    assert found == [
        ("超过200人", 200, True, "超过", "count"), ("85%", 85, False, None, "percent"),
        ("第3名", 3, False, None, "ordinal"), ("多达1.5亿元", 150_000_000, True, "多达", "money"),
    ]  # fmt: skip
    # 到 as a range connector, and a currency before the number
    assert [(m.text, m.low, m.high, m.unit) for m in find_numbers("3人到5人，港币300元")] == [
        ("3人到5人", 3, 5, "人"), ("港币300元", 300, 300, "港元"),
    ]  # fmt: skip


def test_mentions_give_way_to_protected_terms_over_their_unit() -> None:
    # a term over the unit (人一组), a URL over the digits: no mention
    protect = DEFAULT_PROTECTED | {"人一组"}
    for text, prot in (("每5人一组，共30人", protect), ("见www.example.cn?n=5人", DEFAULT_PROTECTED)):
        assert [m.text for m in find_numbers(text, protect=prot)] == (["30人"] if "30" in text else [])


def test_lone_day_and_month_have_no_unit() -> None:
    # the same whether the fast path (after a plain character) or the general one (after a blank)
    # reads them
    assert [(m.text, m.unit, m.kind) for m in find_numbers("于18日召开\n25日闭幕 3月启动")] == [
        ("18日", None, "date"), ("25日", None, "date"), ("3月", None, "date"),
    ]  # fmt: skip


@given(number_text)
def test_mention_spans_on_number_soup(text: str) -> None:
    ms = find_numbers(text)
    last = 0
    for m in ms:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.start >= last  # sorted, non-overlapping
        last = m.end


# ---------------------------------------------------------------------------------------------
# numbers_to_digits

DIGITS_TABLE = [
    ("二〇二三年一月十二日召开", "2023年1月12日召开"),
    ("。十一是强化保障，十二是加强组织", "。十一是强化保障，十二是加强组织"),
    ("总量迈上5万亿两个台阶", "总量迈上5万亿2个台阶"),  # 两 after 亿 starts 两个, not 5万亿零二
    ("新增三万两千人", "新增32000人"),
    # names with numerals: quoted slogans, plenary sessions, numbered series
    ("践行“五个认同”，守住“两条底线”，新建三所学校", "践行“五个认同”，守住“两条底线”，新建3所学校"),
    ("“十一”黄金周期间", "“十一”黄金周期间"),
    ("党委十一届八次全会，三届七次、八次全会", "党委十一届八次全会，三届七次、八次全会"),
    ("神舟九号与天宫一号对接，长征五号发射两次", "神舟九号与天宫一号对接，长征五号发射2次"),
    ("他说：“五年来，我们新建了三所学校。”", "他说：“5年来，我们新建了3所学校。”"),
    ("总数为十一，是去年的两倍", "总数为11，是去年的2倍"),
    ("新建二十一所学校", "新建21所学校"),
    ("占比百分之九十", "占比90%"),
    ("三分之一的学生", "1/3的学生"),
    ("力争三至五年内完成", "力争3至5年内完成"),
    ("第十六批试点", "第16批试点"),
    ("党的十四届三中全会", "党的十四届三中全会"),
    ("投入三千万元", "投入3000万元"),
    ("共十四亿人", "共14亿人"),
    ("约三十人参加", "约30人参加"),
    ("十分钟", "10分钟"),
    ("两个方面", "2个方面"),
    ("一个方面", "一个方面"),
    ("两三个", "两三个"),
    ("十几万元", "十几万元"),
    ("二十多个", "二十多个"),
    ("三名教师", "3名教师"),
    ("一百二十万三", "1203000"),
    ("六十四万零一百四十三元一角七分", "640143元1角7分"),
    ("党的二十大报告", "党的二十大报告"),
    ("晚上二十一点十分", "晚上二十一点十分"),  # a clock hour, not a decimal (kept: idempotence)
    ("三点五亿元", "3.5亿元"),
    ("两—二十一分之二十一", "两—21/21"),  # found by hypothesis: must stay idempotent
    ("十四五规划明确了二十项任务", "十四五规划明确了20项任务"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DIGITS_TABLE)
def test_numbers_to_digits_table(text: str, expected: str) -> None:
    assert numbers_to_digits(text) == expected


def test_protect_extension() -> None:
    assert numbers_to_digits("落实三个重点") == "落实3个重点"
    assert numbers_to_digits("落实三个重点", protect=DEFAULT_PROTECTED | {"三个重点"}) == "落实三个重点"
    assert find_numbers("落实三个重点", protect=DEFAULT_PROTECTED | {"三个重点"}) == []
    # without the default lexicon set phrases are read as numbers, ordinary words still are not
    assert numbers_to_digits("二十大精神，统一部署", protect=frozenset()) == "20大精神，统一部署"
    assert numbers_to_digits("两个规定", protect={"两个规定"}) == "两个规定"  # a plain set works


def test_name_protection_goes_with_the_protect_set() -> None:
    # protect=frozenset() switches off every protection, the name patterns included
    assert numbers_to_digits("践行“五个认同”", protect=frozenset()) == "践行“5个认同”"
    assert numbers_to_digits("践行“五个认同”") == "践行“五个认同”"


@pytest.mark.parametrize("bad", ["十四五", 3, ["ok", 1], None])
def test_protect_validation(bad: object) -> None:
    with pytest.raises(ValueError, match="protect"):
        numbers_to_digits("三个", protect=bad)  # type: ignore[arg-type]


def test_numbers_to_digits_type_error() -> None:
    with pytest.raises(TypeError, match="expects str"):
        numbers_to_digits(b"x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="expects str"):
        find_numbers(None)  # type: ignore[arg-type]


def test_fast_path_returns_same_object() -> None:
    text = "没有任何数字的句子。"
    assert numbers_to_digits(text) is text
    assert find_numbers(text) == []


@given(chinese_text)
def test_idempotent_chinese(text: str) -> None:
    once = numbers_to_digits(text)
    assert numbers_to_digits(once) == once


@given(number_text)
@example("百分之二十一两℃")  # (a random seed's find: 21%两℃, then 21%2℃)
def test_idempotent_number_soup(text: str) -> None:
    once = numbers_to_digits(text)
    assert numbers_to_digits(once) == once


@pytest.mark.xfail(strict=True, reason="两 after an ordinal's 万/亿 kept as written is rewritten (see docstring)")
def test_idempotent_on_two_after_an_ordinal_ten_thousand() -> None:
    """Known, not fixed (found by NL10, session 22; fails at the session start 3b9030b too; the
    time soup above can draw it): 第一万 with no measure word after it is no mention and is kept as
    written, while 两 + a measure word after 万/亿 is rewritten (5万亿两个台阶 -> 5万亿2个台阶): 第一万2年. On
    a second pass the digit glues to the kept numeral: 第10002年. A fix needs the scanner to see that
    the numeral 两 is glued to was kept as written."""
    for text in ("第一万两年", "第五万两人", "第一亿两年"):
        once = numbers_to_digits(text)
        assert numbers_to_digits(once) == once, text


@pytest.mark.xfail(strict=True, reason="a numeral rewritten before .5 becomes a decimal on the second pass (see docstring)")
def test_idempotent_on_a_numeral_glued_to_a_decimal_quarter() -> None:
    """Known, not fixed (SOAK3, session 22: test_idempotent_time_soup's strategy drew
    天20232026至三百.5季度三百来每, 1 in 20,000 examples; fails at the session start 3b9030b too): 三百.5季度三百
    reads 三百, 5季度 and 三百; the first 三百 is rewritten (300) and the last kept beside the quarter:
    300.5季度三百. On a second pass 300.5季度 is one mention and the 三百 after it is rewritten."""
    once = numbers_to_digits("三百.5季度三百")
    assert numbers_to_digits(once) == once


def test_two_glued_to_a_percent_is_kept_as_after_its_numeral() -> None:
    """两 glued to a numeral stays as written (1982两年); a percent's numeral written in digits
    (百分之二十一 -> 21%) leaves it glued to the sign: kept there too, so the rewrite is a fixed point."""
    for text, once in (("百分之二十一两年", "21%两年"), ("21%两年", "21%两年"), ("百分之二十一两℃", "21%两℃")):
        assert numbers_to_digits(text) == once and numbers_to_digits(once) == once
    assert numbers_to_digits("增长21%，两年来") == "增长21%，2年来"


@given(mixed_text)
def test_idempotent_mixed(text: str) -> None:
    once = numbers_to_digits(text)
    assert numbers_to_digits(once) == once


#: The soup above with the readings of half units (为期半年, 半个月内), doublings (翻一番), a
#: cohort's year (2026级新生) and quarters (前三季度, 一至三季度) and what stands around them.
_TIME_FRAGMENTS = st.sampled_from(
    ["二十一", "左右", "℃", "零", "〇", "三百", "两", "一", "十", "第", "5", "2023", "—", "至", "到", "年", "月", "日", "个",
     "所", "万", "元", "%", "余", "多", "约", "以上", "百分之", "点", "、", "（", "）", "\n", "统一", "人", "，", "两三", "-", ".5",
     "半", "半年", "半个月", "半小时", "个小时", "小时", "天", "翻", "番", "翻一番", "了", "季度", "前", "级", "届", "上", "下",
     "内", "之内", "后", "每", "为期", "延长", "提前", "大", "度", "的时间", "不少于", "近", "来", "2026", "二〇二六", "1900",
     "2099", "三", "四", "五", "。", " ", "新生", "毕业生", "时间"]
)  # fmt: skip


@given(st.lists(_TIME_FRAGMENTS, max_size=25).map("".join))
def test_idempotent_time_soup(text: str) -> None:
    """(soaked: 50,000 examples, seeds 77 and 99)"""
    for m in find_numbers(text):
        assert text[m.start : m.end] == m.text
    once = numbers_to_digits(text)
    assert numbers_to_digits(once) == once


@given(mixed_text)
def test_only_numerals_change(text: str) -> None:
    """Characters outside numerals are kept in order (no text lost)."""
    out = numbers_to_digits(text)
    numeral = set("〇○零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟廿卅点分之负%‰/-.")
    keep = "".join(ch for ch in text if not ch.isdigit() and ch not in numeral)
    rest = "".join(ch for ch in out if not ch.isdigit() and ch not in numeral)
    assert keep == rest


PROTECTED = sorted(DEFAULT_PROTECTED)
NONQUANTITY = sorted({w.split(" !")[0] for w in read_lexicon("numbers_nonquantity.txt")})


def _overlapping_term(text: str, a: int) -> bool:
    """Does another protected term start before *a* and end past it (the two share characters:
    the earlier is read, as a reader of the text would)?"""
    return any(s + len(p) > a and text.startswith(p, s) for s in range(max(0, a - 8), a) for p in PROTECTED)


def test_overlapping_terms_the_earlier_is_read() -> None:
    """Two protected terms sharing a character: the earlier stands, the later is not a term there."""
    assert _overlapping_term("两三农业四十条", 2) and not _overlapping_term("落实农业四十条", 2)
    assert "三农" in numbers_to_digits("两三农业四十条")


@given(st.sampled_from(PROTECTED), number_text, number_text)
@example("十八届", "第", "以上")
@example("十八届", "第", " 以上")
def test_protected_terms_survive_any_context(term: str, left: str, right: str) -> None:
    text = left + term + right
    assume(not inside_word(text, len(left)))  # (全国五条: the term's 国 ends a word, no policy name)
    assume(not _overlapping_term(text, len(left)))  # (三农业四十条: 三农 and 农业四十条 share 农)
    assert term in numbers_to_digits(text)
    for m in find_numbers(text):  # no mention touches the protected term
        di = len(left.rstrip("一二两三四五六七八九十百千")) - 1  # (a 第 before the numerals glued to the term)
        if di >= 0 and left[di] == "第" and term.endswith(("届", "次会议")) and m.start == di:
            # (第十七届, 第二十一届, 第一次会议: a session's ordinal, found, never rewritten)
            meeting = term.endswith("次会议")
            end = len(text) - len(right) - 2 * meeting
            tail = text[end : m.end]  # its qualifier too: 第十八届以上, 第十八届（含）以上
            assert (m.kind, m.unit) == ("ordinal", "次" if meeting else "届")
            assert m.end == end or (not meeting and m.end > end and tail.endswith(POST_QUAL_WORDS)), (m, tail)
            continue
        assert m.end <= len(left) or m.start >= len(left) + len(term), (m, term)


@given(st.sampled_from([*PROTECTED, "三名工程", "两个确保"]), chinese_text, chinese_text)
def test_custom_protected_terms_survive(term: str, left: str, right: str) -> None:
    text = left + term + right
    assume(not inside_word(text, len(left)))  # (各国九条: see test_protected_terms_survive_any_context)
    assert term in numbers_to_digits(text, protect=DEFAULT_PROTECTED | {"三名工程", "两个确保"})


@pytest.mark.parametrize("word", NONQUANTITY)
def test_nonquantity_words_survive(word: str) -> None:
    for text in (f"我们要{word}。", f"{word}", f"，{word}推进工作"):
        out = numbers_to_digits(text)
        assert word in out, (word, out)


def test_every_protected_term_survives_in_sentences() -> None:
    for term in PROTECTED:
        for text in (f"深入学习{term}精神，共建设21所学校", f"{term}", f"2023年{term}实施3年"):
            assert term in numbers_to_digits(text), term
            assert all(term not in m.text for m in find_numbers(text)), term


# ---------------------------------------------------------------------------------------------
# adversarial inputs: linear time, no catastrophic backtracking (structure asserted, not speed)

ADVERSARIAL = [
    "一" * 200_000,
    "1" * 200_000,
    "万" * 200_000,
    "一万" * 100_000,
    "1." * 100_000,
    "1,000," * 30_000,
    "二十大" * 60_000,
    "1-" * 50_000,
    "第" * 200_000,
    "十几" * 100_000,
    "a1" * 50_000,
    "2023年" * 20_000,
    "百分之" * 60_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:6]))
def test_adversarial_inputs_finish(text: str) -> None:
    ms = find_numbers(text)
    out = numbers_to_digits(text)
    assert isinstance(out, str)
    for m in ms[:1000]:
        assert text[m.start : m.end] == m.text


def test_long_runs_structure() -> None:
    assert find_numbers("1" * 200_000) == []  # a 200k-digit string is an identifier, not a number
    assert numbers_to_digits("万" * 1000) == "万" * 1000
    ms = find_numbers("2023年" * 1000)
    assert len(ms) == 1000 and all(m.low == 2023 for m in ms)


@pytest.mark.parametrize(
    "text, digits, low",
    [
        ("自二〇二四年九月一日起施行", "自2024年9月1日起施行", "2024-09-01"),
        ("十一月一号开学", "11月1号开学", "--11-01"),
    ],
)
def test_day_one_of_a_date(text: str, digits: str, low: str) -> None:
    # A lone 一 is normally left alone (一日三餐), but after 月 it is the day of a date.
    assert numbers_to_digits(text) == digits
    assert [str(m.low) for m in find_numbers(text) if m.kind == "date"] == [low]
    assert numbers_to_digits("一日三餐，统一日程") == "一日三餐，统一日程"


# ---------------------------------------------------------------------------------------------
# the NumPy bigram filter finds exactly the terms the regexes find

_TERM_PIECES = st.sampled_from([*PROTECTED[:40], *NONQUANTITY[:60], "一", "十", "二十", "统", "的", "\U0001F600", "\ud800",
                                "十四五", "一一一", "统一一些", "2023年", "\n",
                                *(t[:k] for t in (*PROTECTED[:40], *NONQUANTITY[:60]) for k in (2, 3) if len(t) > k)])  # fmt: skip
# (the first two or three characters of a longer term: the trigram test tells them from the term)


@given(st.lists(_TERM_PIECES, min_size=1, max_size=60), st.integers(0, 3),
       st.sampled_from([DEFAULT_PROTECTED, frozenset(), frozenset({"三名工程"}), DEFAULT_PROTECTED | {"三"}]))  # fmt: skip
def test_term_spans_match_the_regex_passes(pieces: list[str], pad: int, protect: frozenset[str]) -> None:
    from govtext.numbers import patterns
    from govtext.numbers import spans as n

    text = "".join(pieces) + "文" * (pad * 700)  # long enough for the NumPy path from pad 3 on
    prot, words = n.term_spans(text, protect)
    assert prot == ([m.span() for m in n.protect_re(protect).finditer(text)] if protect else [])
    assert words == [m.span() for m in patterns.words_re().finditer(text)]


@given(st.text(alphabet="一二三带路老小a", min_size=0, max_size=40), st.integers(0, 3),
       st.sets(st.text(alphabet="一二三带路老小a", min_size=2, max_size=5), min_size=1, max_size=8))  # fmt: skip
def test_name_echoes_from_code_units_match_a_search_per_name(body: str, pad: int, names: set[str]) -> None:
    from govtext.numbers import spans as n

    text = body + "文" * (pad * 400) + body  # long enough for the code units from pad 3 on
    want = []
    for name in names:
        i = text.find(name)
        while i >= 0:
            want.append((i, i + len(name)))
            i = text.find(name, i + len(name))
    assert sorted(n._echoes(text, names)) == sorted(want)


def test_term_spans_use_the_bigram_filter_on_long_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from govtext.numbers import spans as n

    calls = []
    monkeypatch.setattr(n, "chain", lambda rx, text, starts: calls.append(starts) or [])
    n.term_spans("统一部署，十四五规划" + "文" * 3000, DEFAULT_PROTECTED)
    assert calls == [[5], [0]]  # 十四五 (protected) and 统一 (word) are the only candidates
    calls.clear()
    n.term_spans("统一部署" * 10, DEFAULT_PROTECTED)  # short: the regexes scan it
    assert calls == []
    assert n.term_index(frozenset({"三"})) is None  # a one-character term: the regexes are used
