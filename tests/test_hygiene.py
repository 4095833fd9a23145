"""Hygiene steps: whitespace, CJK spacing, punctuation width, lost quotes."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from govtext import normalize, ruby
from govtext.hygiene import (
    HAN_BLOCKS,
    decode_references,
    fix_cjk_spacing,
    fix_punctuation_width,
    lost_quote_pairs,
    normalize_whitespace,
    restore_lost_quotes,
)

from strategies import COMMON_HAN

FUNCS: list[Callable[[str], str]] = [
    ruby.strip_ruby,
    normalize_whitespace,
    fix_cjk_spacing,
    fix_punctuation_width,
    restore_lost_quotes,
]


def pipeline_order(text: str) -> str:
    for f in FUNCS:
        text = f(text)
    return text


# --- normalize_whitespace -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u3000\u3000第一条 为了规范管理", "第一条 为了规范管理"),
        ("    教育部印发通知    ", "教育部印发通知"),
        ("教育\u00a0\u00a0部", "教育 部"),
        ("2023-01-12 14:55:08\u00a0 \u00a0来源", "2023-01-12 14:55:08 来源"),
        ("教\u200b育\ufeff部\u2060", "教育部"),
        ("\ufeff通知", "通知"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("页一\x0c页二", "页一\n页二"),
        ("行一\u2028行二", "行一\n行二"),
        ("控制\x00字\x07符\x1b\x7f\x9b", "控制字符"),
        ("软\u00ad连字符", "软连字符"),
        ("a\n\n\n\nb", "a\n\nb"),
        ("a\n \n\u3000\n\t\nb", "a\n\nb"),
        ("名称\t数量", "名称\t数量"),
        ("中\u200d文\u200c", "中文"),
        ("\u200f教育\u202a部\u202c", "教育部"),
        ("两  个   空格", "两 个 空格"),
        ("ok", "ok"),
        ("", ""),
    ],
)
def test_normalize_whitespace(text: str, expected: str) -> None:
    assert normalize_whitespace(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a two-character word padded to the width of three with U+3000 or NBSP
        ("第一章\u3000总\u3000则", "第一章 总则"),
        ("组\u3000长：韩\u3000正\u3000\u3000国务院副总理", "组长：韩正 国务院副总理"),
        ("行情\n数\u3000据\n港股", "行情\n数据\n港股"),
        ("要\u00a0\u00a0闻", "要闻"),
        ("目\u3000\u3000录", "目录"),
        ("（代\u3000县）", "（代县）"),
        ("编辑：张\u00a0 利", "编辑：张利"),
        # after a line's indentation, before its trailing blanks: the line's edge
        ("\u3000\u3000通\u3000知\n正文", "通知\n正文"),
        ("正文\n  主\u3000任：张明", "正文\n主任：张明"),
        ("总\u3000则\u3000\u3000\n第一条", "总则\n第一条"),
    ],
)
def test_padding_between_lone_han_removed(text: str, expected: str) -> None:
    assert normalize_whitespace(text) == expected
    assert normalize_whitespace(expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("年\u3000月\u3000日", "年 月 日"),  # a form's blank date: a row of single characters
        ("\u3000\u3000年\u3000月\u3000日", "年 月 日"),  # (indented alike)
        ("\u3000\u3000我\u3000们是", "我 们是"),  # a word on the other side
        ("2024年\u3000\u3000月\u3000\u3000日", "2024年 月 日"),
        ("王\u3000李\u3000张\u3000赵", "王 李 张 赵"),
        ("加紧备战\u00a0美国欲将", "加紧备战 美国欲将"),  # a headline's separator
        ("审核：蔡金花\u00a0刘文玲", "审核：蔡金花 刘文玲"),  # a list of names
        ("国务院办公厅\u3000中央军委办公厅", "国务院办公厅 中央军委办公厅"),
        ("省长\u3000王某某", "省长 王某某"),
        ("局长 张 利", "局长 张 利"),  # ASCII spaces only: fix_cjk_spacing's business, kept
        ("A\u3000级\u3000好", "A 级 好"),
        ("Windows\u00a010 系统，3\u00a0km，第1\u3000章", "Windows 10 系统，3 km，第1 章"),
    ],
)
def test_blanks_between_han_words_kept(text: str, expected: str) -> None:
    assert normalize_whitespace(text) == expected



def test_joiners_kept_where_needed() -> None:
    family = "👨\u200d👩\u200d👧"
    assert normalize_whitespace(f"家庭 {family}") == f"家庭 {family}"
    persian = "می\u200cخواهم"
    assert normalize_whitespace(persian) == persian


# --- fix_cjk_spacing --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022 年7 月8 日", "2022年7月8日"),
        ("深入推进,19 所公办学校", "深入推进,19所公办学校"),
        ("交流教师2032 人", "交流教师2032人"),
        ("推进276 所学校", "推进276所学校"),
        ("2022—2023 学年度", "2022—2023学年度"),
        ("合格率93.5 %以上", "合格率93.5 %以上"),
        ("合格率93.5% 以上", "合格率93.5%以上"),
        ("（2021—2025 年）", "（2021—2025年）"),
        ("。, ”", "。,”"),
        ("。:: ”", "。::”"),
        ("中 ::中", "中::中"),
        ("。: :。", "。::。"),
        ("）, 中", "）,中"),
        ("教育 ，科技 。", "教育，科技。"),
        ("“五育并举” 和 “十大行动”", "“五育并举”和 “十大行动”"),
        ("通知 》", "通知》"),
        ("时间\u00a0：", "时间："),
        ("第1.2 节", "第1.2节"),
        ("字体: 视力保护色:", "字体:视力保护色:"),
        ("教育 ,科技", "教育,科技"),
        ("中国 “一带一路” 倡议", "中国 “一带一路”倡议"),
        ("继续抓好“三北 ”工程", "继续抓好“三北”工程"),
        ("依法执行 。", "依法执行。"),
        ("一、 总体要求", "一、总体要求"),
        ("提高到70% 以上", "提高到70%以上"),
        ("2022—2023 学年度", "2022—2023学年度"),
        ("占比15% 左右", "占比15%左右"),
        ("3 月5 日召开", "3月5日召开"),  # a line's first number: joined to a date unit
        ("这次\n2024 年的会议", "这次\n2024年的会议"),
    ],
)
def test_cjk_spacing_fixed(text: str, expected: str) -> None:
    assert fix_cjk_spacing(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "COVID 19",
        "COVID-19 疫情",
        "Windows 10 系统",
        "使用 Python 编写",
        "共有 5 个学校",
        "局长 张 利",
        "编辑：吕晟 赖素麒 罗悦媛",
        "2023-01-12 14:55:08 来源",
        "时间：2023-01-13 来源：新华社",
        "截至2023/1/13 全市",
        "We have 3 schools and 2 teachers.",
        "v2 版本",
        "  2022 年",
        "2022 Beijing",
        "He said “yes” and “no”.",
        "第五条 《集会游行示威法》第二条",
        "2013年12月7日 《国务院关于修改部分行政法规的决定》",
        "创业板指跌近3% 银行股逆市走强",
        "市场1 三帧",
        "共有教师 2032人",
        "第二十二条 25度以上的坡地",
        "车祸已致17死37伤 56辆车受损",
        "大邱 ＂新天地＂",
        "（一） 总体要求",
        # just inside full-width round brackets: a form's empty brackets, Latin inside
        "选择题（  ）",
        "答案（ A ）",
        # a blank before ASCII "%" or a Latin unit: the SI style
        "增长5 %",
        "全长3 km的道路",
        # a number spaced on both sides, before a unit symbol too
        "共有 5 ％",
        # a word that starts with a digit (see fix_cjk_spacing)
        "通知（ 2026年 ）",
        # a percentage takes no unit: a measure word after it starts the next phrase
        "利润率超150% 个股纷纷上涨",
        "增幅达30% 家长普遍认可",
        # a number that starts a line and no date unit after it: a heading's number
        "4.2 本办法所称的学校",
        "3 组织实施",
        "2.1.4 所属单位的职责",
        "前言\n7 条保障措施",
    ],
)
def test_cjk_spacing_kept(text: str) -> None:
    assert fix_cjk_spacing(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number before a unit symbol Chinese text uses, as before a Han unit
        ("同比增长5 ％，", "同比增长5％，"),
        ("最高气温30 ℃", "最高气温30℃"),
        ("建筑面积1200 ㎡的楼", "建筑面积1200㎡的楼"),
        ("千分之三即3 ‰", "千分之三即3‰"),
        # blanks just inside full-width round brackets around Han or digits
        ("（ 下称 ）", "（下称）"),
        ("管理办法（ 试行 ）", "管理办法（试行）"),
        ("（ 一 ）总体要求", "（一）总体要求"),
        ("附件（ 第3 ）", "附件（第3）"),
        # ... or a word ending with a unit symbol after a digit (A's blank before it too)
        ("同比（ 增长5 ％ ）", "同比（增长5％）"),
        ("（ 约30℃ ）", "（约30℃）"),
        ("（ 5 ％ ）", "（ 5 ％ ）"),  # (a word starting with a digit)
        ("（ 单位㎡ ）", "（ 单位㎡ ）"),  # (a unit symbol after no number)
    ],
)
def test_cjk_spacing_units_brackets_doc_numbers(text: str, expected: str) -> None:
    assert fix_cjk_spacing(text) == expected
    assert fix_cjk_spacing(expected) == expected


@pytest.mark.parametrize(
    "heading",
    # a line-start section number before a heading whose first character happens to be a
    # date or time unit (分 年 月 日 号 时 点 秒) or 元: not a date, a time or a sum
    ["4 分组讨论", "3 分配原则", "2 时效管理", "6 年终总结", "1 月度计划", "5 日程安排",
     "2 点评意见", "3 号码管理", "7 秒表计时", "2 元素分析", "8 时代特征", "5.1 万物互联"],
)
def test_cjk_spacing_line_start_heading_kept(heading: str) -> None:
    assert fix_cjk_spacing(heading) == heading
    assert fix_cjk_spacing("正文。\n" + heading) == "正文。\n" + heading


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a line-start number that makes a date, a time or a sum of money is joined
        ("2024 年9 月1 日开学", "2024年9月1日开学"),
        ("2024 年度工作", "2024年度工作"),
        ("2019—2020 学年", "2019—2020学年"),
        ("11 月份以来", "11月份以来"),
        ("6 月下旬", "6月下旬"),
        ("9 月3 日", "9月3日"),
        ("7 时15 分", "7时15分"),
        ("9 点半开会", "9点半开会"),
        ("45 分钟内", "45分钟内"),
        ("发文于2024年5月\n16 日起施行", "发文于2024年5月\n16日起施行"),
        ("2.8 亿元", "2.8亿元"),
        ("6 万元", "6万元"),
        ("1,500 万元", "1,500万元"),
        # a percentage takes an approximation, not 多 or 余 (多数, 余额 start the next phrase)
        ("30% 左右", "30%左右"),
        ("增长30% 多数地区", "增长30% 多数地区"),
        # not a month, an hour or a year: kept
        ("13 月", "13 月"),
        ("25 时", "25 时"),
        ("202 年", "202 年"),
        ("5.1.3 万元", "5.1.3 万元"),
    ],
)
def test_cjk_spacing_line_start_date_time_money(text: str, expected: str) -> None:
    assert fix_cjk_spacing(text) == expected


# --- fix_punctuation_width ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("教育,科技", "教育，科技"),
        ("时间:2023-01-13", "时间：2023-01-13"),
        ("一是;二是", "一是；二是"),
        ("高质量发展!深圳", "高质量发展！深圳"),
        ("有哪些亮点?有哪些价值?", "有哪些亮点？有哪些价值？"),
        ("(下称通知)", "（下称通知）"),
        ("计划(2021—2025年)", "计划（2021—2025年）"),
        ("县(市、区)", "县（市、区）"),
        ("(下稱《通知》),", "（下稱《通知》），"),
        ("不低于19,初中", "不低于19，初中"),
        ("“南山特色”,示范", "“南山特色”，示范"),
        ("来源:https://mp.weixin.qq.com/s/x?a=1,b", "来源：https://mp.weixin.qq.com/s/x?a=1,b"),
        ("新(改扩)建", "新（改扩）建"),
        ("（下称通知)", "（下称通知）"),
        ("Python,编程", "Python，编程"),
    ],
)
def test_width_fixed(text: str, expected: str) -> None:
    assert fix_punctuation_width(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "14:55:08",
        "1,234.56",
        "时间14:55:08",
        "比例为3:1",
        "http://a.b/c?x=1",
        "见http://a.b/c?x=1&y=2",
        "北京(China)",
        "编号(2021)",
        "条件(a)",
        "Beijing (北京)",
        'He said “yes” and “no”.',
        "Hello, world! Is it ok? Yes: fine; (really).",
        "教育，科技：（一）",
        "?",
        ",",
        "落实?义务教育学校管理标准?的要求",
        "全面落实?中小学德育工作指南?和?新时代爱国主义教育实施纲要?",
        # a "?" standing for a character the encoder could not write, not a question
        "新建、?江大桥通车",
        "排名前5?。下一步",
        "位于?，交通便利",
        "达到九成，?山等地",
    ],
)
def test_width_kept(text: str) -> None:
    assert fix_punctuation_width(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before a pause or stop, a "?" after a question particle or word, or after another
        # ending mark, ends a real question: widened (every mark of the run alike)
        ("可以吗?。", "可以吗？。"),
        ("走不走呢?，我问", "走不走呢？，我问"),
        ("是不是啊?、", "是不是啊？、"),
        ("这是谁?。", "这是谁？。"),
        ("该如何??，", "该如何？？，"),
        ("竟然这样!?。", "竟然这样！？。"),
        ("完成了吗?;下面", "完成了吗？；下面"),
        # the pauses in both widths behave alike
        ("行吗?:", "行吗？："),
        ("行吗?：", "行吗？："),
        ("的第3?:下", "的第3?：下"),
        ("的第3?：下", "的第3?：下"),
        # a run of "?" standing for lost characters stays ASCII as a whole
        ("排在第2??。", "排在第2??。"),
    ],
)
def test_width_question_before_pause(text: str, expected: str) -> None:
    assert fix_punctuation_width(text) == expected


# --- restore_lost_quotes ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("落实?义务教育学校管理标准?的要求", "落实《义务教育学校管理标准》的要求"),
        (
            "全面落实?中小学德育工作指南?和?新时代爱国主义教育实施纲要?，制定",
            "全面落实《中小学德育工作指南》和《新时代爱国主义教育实施纲要》，制定",
        ),
        ("制定出台?xx区中小学德育工作三年行动方案?，", "制定出台《xx区中小学德育工作三年行动方案》，"),
        ("到达?江苏省中小学教育技术装备标准?要求", "到达《江苏省中小学教育技术装备标准》要求"),
        ("依据?中华人民共和国教育法?", "依据《中华人民共和国教育法》"),
        ("发表?告台湾同胞书?", "发表《告台湾同胞书》"),
        ("审议?纲要（草案）?", "审议《纲要（草案）》"),
        ("印发?关于推进集团化办学的意见(试行)?的通知", "印发《关于推进集团化办学的意见(试行)》的通知"),
        # a law whose name ends in 公司法 (司法 alone is not a title)
        ("不得违反?中华人民共和国公司法?的规定", "不得违反《中华人民共和国公司法》的规定"),
        ("申领?民办学校办学许可证?后", "申领《民办学校办学许可证》后"),
        ("如实填写?学生资助申请表?并签字", "如实填写《学生资助申请表》并签字"),
        # a word before or after names a title, whatever its last word
        ("近日出版的?教育研究?杂志刊发了", "近日出版的《教育研究》杂志刊发了"),
        ("按照?县域义务教育优质均衡发展督导评估?执行", "按照《县域义务教育优质均衡发展督导评估》执行"),
    ],
)
def test_quotes_restored(text: str, expected: str) -> None:
    assert restore_lost_quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "南山区的创新发展有哪些亮点?有哪些示范意义和推广应用价值?",
        "这是新的方案?还是旧的方案?",
        "是否修订标准?能否提高标准?",
        "你好?我很好?",
        "学习?好的方法?",
        "坚持“五育并举、德育为先落实“十大行动举措",
        "落实?五育并举?",
        "问题一?\n制定标准?",
        "http://a.b/c?x=1&y=方案?",
        "??",
        "真的要延期吗?按照规定?不行",
        "司法?公正司法?",
        "报名截止了?没有截止?",
    ],
)
def test_quotes_kept(text: str) -> None:
    assert restore_lost_quotes(text) == text


def test_lost_quote_pairs_marks_unsure() -> None:
    assert lost_quote_pairs("落实?五育并举?要求") == [(2, 7, False)]


def test_width_then_quotes_pipeline_order() -> None:
    text = "落实?义务教育学校管理标准?的要求,有哪些亮点?"
    out = restore_lost_quotes(fix_punctuation_width(text))
    assert out == "落实《义务教育学校管理标准》的要求，有哪些亮点？"


@pytest.mark.parametrize("func", FUNCS)
def test_type_error(func: Callable[[str], str]) -> None:
    with pytest.raises(TypeError):
        func(b"x")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        func(None)  # type: ignore[arg-type]


# --- properties ----------------------------------------------------------------

# Clean text: Chinese runs (Han, Chinese punctuation, digits glued to Han) and Latin runs
# (words separated by single spaces, ASCII punctuation attached to words), joined by
# single spaces; parentheticals that are not annotations; no blanks at line edges.
ZH_RUN = st.text(
    alphabet=st.sampled_from(COMMON_HAN + "，。、；：？！“”《》（）—…0123456789"),
    min_size=1,
    max_size=40,
)
WORD = st.sampled_from(
    ["China", "COVID", "Windows", "GDP", "a", "an", "me", "man", "data", "v2", "x", "Python"]
)
NUMBER = st.sampled_from(["10", "19", "2022", "3.5", "1,234.56", "14:55:08"])
LATIN_RUN = st.lists(
    st.tuples(st.one_of(WORD, NUMBER), st.sampled_from(["", ",", ".", ":", ";", "?", "!"])),
    min_size=1,
    max_size=5,
).filter(lambda ws: not ws[0][0][0].isdigit()).map(lambda ws: " ".join(w + p for w, p in ws))
PAREN = st.sampled_from(["(China)", "(2021)", "(a)", "(an)", "(me)", "(Běijīng)", "(COVID-19)"])


@st.composite
def clean_text(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 5))):
        parts = []
        for i in range(draw(st.integers(1, 6))):
            if i % 2 == 0:
                zh = draw(ZH_RUN)
                if draw(st.booleans()):
                    zh += draw(PAREN)
                parts.append(zh)
            else:
                parts.append(draw(LATIN_RUN))
        lines.append(" ".join(parts))
    sep = draw(st.sampled_from(["\n", "\n\n"]))
    return sep.join(lines)


@given(clean_text())
def test_clean_text_unchanged_by_every_function(text: str) -> None:
    for f in FUNCS:
        assert f(text) == text, f.__name__


MESSY = st.text(
    alphabet=st.sampled_from(
        COMMON_HAN[:30]
        + "0123456789 aZ%.-—,:;?!()（）《》“”，。：？\"'\n\r\t\u3000\u00a0\u200b\u200d\ufeff\x07👩é"
    ),
    max_size=200,
)


@pytest.mark.parametrize("func", [*FUNCS, pipeline_order])
@given(text=MESSY)
def test_idempotent(func: Callable[[str], str], text: str) -> None:
    once = func(text)
    assert func(once) == once


@given(MESSY)
def test_spacing_only_removes_blanks(text: str) -> None:
    out = fix_cjk_spacing(text)
    assert out.replace(" ", "").replace("\u00a0", "") == text.replace(" ", "").replace(
        "\u00a0", ""
    )


@given(MESSY)
def test_width_and_quotes_keep_length_and_letters(text: str) -> None:
    for f in (fix_punctuation_width, restore_lost_quotes):
        out = f(text)
        assert len(out) == len(text)
        for a, b in zip(text, out):
            assert a == b or (a in ",:;?!()" and b in "，：；？！（）《》") or (a, b) == (".", "。") or (
                (a == '"' and b in "“”") or (a == "'" and b in "‘’")
            )


_BLANKS = " \u00a0\u3000\u2002\u2003"


def _alone(line: str, i: int, step: int) -> bool:
    """Whether the Han character at *i* stands alone on the side *step* (-1 left, 1 right): the
    line's edge, punctuation, or blanks then two Han characters."""
    j = i + step
    if not 0 <= j < len(line):
        return True
    c = line[j]
    if not (c.isspace() or c.isalnum()):
        return True
    if c not in _BLANKS:
        return False
    while 0 <= j < len(line) and line[j] in _BLANKS:
        j += step
    if not 0 <= j < len(line):
        return True  # a line's indentation or trailing blanks: its edge
    return all(0 <= k < len(line) and regex.match(r"\p{Han}", line[k]) for k in (j, j + step))


def reference_padding(line: str) -> str:
    """A slow statement of normalize_whitespace's padding rule: odd blanks between two Han
    characters that each stand alone go."""
    out = []
    i = 0
    while i < len(line):
        j = i
        while j < len(line) and line[j] in _BLANKS:
            j += 1
        if j > i and 0 < i and j < len(line) and line[i:j].strip(" ") and all(
            regex.match(r"\p{Han}", line[k]) for k in (i - 1, j)
        ) and _alone(line, i - 1, -1) and _alone(line, j, 1):
            i = j
            continue
        out.append(line[i:j] if j > i else line[i])
        i = max(j, i + 1)
    return "".join(out)


def reference_whitespace(text: str) -> str:
    """A slow, line-by-line statement of normalize_whitespace, for texts without joiners."""
    for br in ("\r\n", "\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029"):
        text = text.replace(br, "\n")
    drop = {chr(c) for c in [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0x85)]}
    drop |= {chr(c) for c in range(0x86, 0xA0)} | set("\u00ad\u200b\u2060\ufeff")
    text = "".join(c for c in text if c not in drop)
    text = "\n".join(map(reference_padding, text.split("\n")))
    text = "".join(" " if c in "\u00a0\u3000\u2002\u2003" else c for c in text)
    lines = []
    for line in text.split("\n"):
        line = line.strip(" \t")
        while "  " in line:
            line = line.replace("  ", " ")
        lines.append(line)
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text


@given(
    st.text(
        alphabet=st.sampled_from(
            COMMON_HAN[:10] + "ab1 \t\n\r\x0b\x0c\x00\x1f\x7f\x90\u00a0\u3000\u2002\u200b\ufeff\u00ad"
        ),
        max_size=200,
    )
)
def test_whitespace_agrees_with_reference(text: str) -> None:
    # (tabs inside a line: the reference collapses only pure space runs, as does the code)
    if "\t" in text:
        text = text.replace("\t", "")
    assert normalize_whitespace(text) == reference_whitespace(text)


ADVERSARIAL = [
    "教" * 200_000,
    " " * 200_000,
    "教" + " \t" * 100_000 + "育",
    "\n" * 200_000,
    "\u3000" * 200_000,
    "\u200d" * 200_000,
    "1" * 200_000 + " 年",
    "1 " * 100_000 + "年",
    "年 " * 100_000,
    "," * 200_000,
    "教," * 100_000,
    "(" * 100_000 + "教" + ")" * 100_000,
    "(教" * 100_000,
    "?" * 200_000,
    "?教" * 100_000,
    "?标准" * 60_000,
    "落实" + "教" * 200_000 + "?",
    "http://" + "," * 200_000,
    "http://" * 30_000,
    "1." * 100_000 + " 年",
    "&amp;" * 40_000,
    "&" * 200_000,
    "&#" * 100_000 + "12290;",
    "&amp" * 50_000,
    "教 " * 100_000,
    "王 伟 " * 50_000,
    "教 育 部 印 发 通 知\n" * 20_000,
    '"教' * 100_000,
    '"' * 200_000,
    "'教'" * 60_000 + "'",
    '"' + "教" * 200_000,
    '"教" ' * 50_000,
    "教.教，" * 50_000,
    "教." * 100_000 + "，",
    "教\u3000" * 100_000,
    "教育\u3000" * 70_000,
    "教育\u3000教" + "\u3000 " * 100_000 + "育",
    "：教" + "\u3000" * 200_000 + "育：",
]


@pytest.mark.parametrize("func", FUNCS)
@pytest.mark.parametrize("index", range(len(ADVERSARIAL)))
def test_adversarial_inputs_finish(func: Callable[[str], str], index: int) -> None:
    text = ADVERSARIAL[index]
    out = func(text)
    assert isinstance(out, str)
    assert len(out) <= len(text)


def test_han_blocks_cover_han_script() -> None:
    blocks = re.compile(f"[{HAN_BLOCKS}]")
    han = regex.compile(r"\p{Han}")
    missing = [
        hex(cp)
        for cp in range(0x2E80, 0x40000)
        if not 0xD800 <= cp <= 0xDFFF and han.match(chr(cp)) and not blocks.match(chr(cp))
    ]
    assert missing == []
    assert not any(han.match(chr(cp)) for cp in range(0x2E80))


INVISIBLE = re.compile(
    "[\\s\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\x00-\x1f\x7f-\x9f]"
)


@given(MESSY)
def test_whitespace_keeps_every_visible_character(text: str) -> None:
    out = normalize_whitespace(text)
    assert INVISIBLE.sub("", out) == INVISIBLE.sub("", text)


@given(MESSY)
def test_spacing_fast_path_misses_nothing(text: str) -> None:
    from govtext import hygiene

    if hygiene._spacing_needed().search(text) is None:
        assert hygiene._spacing().sub("", text) == text


@given(MESSY)
def test_spacing_fast_path_misses_nothing_in_the_later_view(text: str) -> None:
    # fix_cjk_spacing judges lines with ASCII brackets or "?" as the later steps leave them
    from govtext import hygiene

    if hygiene._spacing_needed().search(text) is None:
        for line in text.split("\n"):
            assert hygiene._spacing().search(hygiene._later_view(line)) is None


@given(MESSY)
def test_width_fast_path_misses_nothing(text: str) -> None:
    from govtext import hygiene

    if hygiene._width_needed().search(text) is None:
        assert hygiene._width_round(text) == text


@given(MESSY)
def test_whitespace_fast_path_misses_nothing(text: str) -> None:
    from govtext import hygiene

    if hygiene._ws_is_clean(text):
        # a tab inside a line stays, with the spaces touching it (the step collapses only runs with
        # no tab next to them): each such run stands for one letter in the reference (0 \t 0 is
        # clean; removing its tab alone would make a run of two spaces)
        tabless = re.sub(" *\t[ \t]*", "x", text)
        assert reference_whitespace(tabless) == tabless


def test_cjk_spacing_same_on_a_line_whatever_else_the_page_holds() -> None:
    # each line is judged with the text before it, on pages with or without ASCII brackets
    for head in ("投入4000余万元\n4 月20日召开大会", "力争到2 0 2 \n7 年基本形成", "新建 276 所学校"):
        alone = fix_cjk_spacing(head)
        assert fix_cjk_spacing(head + "\n(附件) 名单").startswith(alone + "\n")
        assert fix_cjk_spacing(head + "\n是否? 是").startswith(alone + "\n")


@pytest.mark.parametrize(
    "line",
    ["2022 年7 月8 日", "19 所学校，交流教师2032 人", "一、 总体要求", "字体: 视力", "共有 5 个"],
)
def test_cjk_spacing_first_and_tenth_line_alike(line: str) -> None:
    alone = fix_cjk_spacing(line)
    page = "\n".join(["标题"] * 9 + [line] + ["正文。"])
    assert fix_cjk_spacing(page).split("\n")[9] == alone
    assert fix_cjk_spacing(line + "\n正文。").split("\n")[0] == alone


PAGE_LINE = st.one_of(
    MESSY.map(lambda t: t.replace("\n", "")),
    st.lists(
        st.sampled_from(["2022 ", "7 ", "3.5 ", "年", "月", "所", "人", "教育", "、 ", "，", ": ", "”", "a", "("]),
        max_size=8,
    ).map("".join),
)


@given(st.lists(PAGE_LINE, max_size=12), st.randoms())
def test_cjk_spacing_commutes_with_shuffling_lines(lines: list[str], rnd: random.Random) -> None:
    # every line is fixed as if it stood alone, so shuffling a page's lines commutes with the fix
    fixed = [fix_cjk_spacing(line) for line in lines]
    order = list(range(len(lines)))
    rnd.shuffle(order)
    assert fix_cjk_spacing("\n".join(lines[i] for i in order)) == "\n".join(fixed[i] for i in order)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("&nbsp;&nbsp;为进一步做好招生工作", "为进一步做好招生工作"),
        ("&ldquo;双减&rdquo;政策&mdash;&mdash;落实", "“双减”政策——落实"),
        ("第一条&#12288;为了规范&#x5B66;校管理", "第一条 为了规范学校管理"),
        ("研究与开发（R&amp;amp;D）经费", "研究与开发（R&D）经费"),
        ("上一篇&amp;nbsp;下一篇", "上一篇 下一篇"),
        ("&lt;&lt;教育法&gt;&gt;", "<<教育法>>"),
    ],
)
def test_html_references_decoded(text: str, expected: str) -> None:
    assert normalize_whitespace(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "index.php?id=3&type=1&copy=2",  # no semicolon: ordinary text
        "AT&T 与 R&D 部门",
        "&unknownname; 与 &#0; 与 &#xD800; 与 &#1114112;",  # nothing writable: kept
        "&#38;#38; 读作 &#65;",  # would make a new reference or a letter: kept
    ],
)
def test_html_references_kept(text: str) -> None:
    out = decode_references(text)
    assert decode_references(out) == out
    if "#38;#38;" not in text:
        assert out == text


REFERENCE_PIECES = st.lists(
    st.sampled_from(["&", "#", ";", "amp", "AMP", "x", "26", "38", "35", "num", "lt", "nbsp", "12290", "教", " "]),
    max_size=40,
).map("".join)


@given(REFERENCE_PIECES)
def test_html_references_idempotent(text: str) -> None:
    once = decode_references(text)
    assert decode_references(once) == once
    assert normalize_whitespace(normalize_whitespace(text)) == normalize_whitespace(text)
    assert len(once) <= len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("教 育 部 关 于 做 好 招 生 工 作 的 通 知", "教育部关于做好招生工作的通知"),
        ("学 校 应 当 建 立 健 全 安 全 制 度 ， 定 期 开 展 演 练 。", "学校应当建立健全安全制度，定期开展演练。"),
        # only the letter-spaced line; the line after keeps its deliberate blank
        ("市 政 府 办 公 室 关 于 印 发 方 案 的 通 知\n局长 张 利", "市政府办公室关于印发方案的通知\n局长 张 利"),
        # a blank before a number is not between Chinese characters: kept, as elsewhere
        ("本 办 法 自 发 布 之 日 起 施 行 ， 有 效 期 至 2026年12月31日 。", "本办法自发布之日起施行，有效期至 2026年12月31日。"),
    ],
)
def test_letter_spaced_lines_joined(text: str, expected: str) -> None:
    assert fix_cjk_spacing(text) == expected
    assert fix_cjk_spacing(expected) == expected


@pytest.mark.parametrize(
    "text",
    [
        "王 伟 李 强 赵 敏 孙 洋 周 杰",  # two-character names padded alike: rare pairs, kept
        "编辑：吕晟 赖素麒 审核：张 利",
        "年 月 日",  # too short to tell
        "第 三 十 四 条 银行业监督管理",  # five characters alone: not enough
    ],
)
def test_letter_spaced_lookalikes_kept(text: str) -> None:
    assert fix_cjk_spacing(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # runs of fewer than six Han characters, split by spaced Chinese punctuation
        ("办 学 理 念 ， 师 资 队 伍 ， 招 生 信 息", "办学理念，师资队伍，招生信息"),
        ("二 、 工 作 目 标", "二、工作目标"),
        ("（ 三 ） 保 障 措 施", "（三）保障措施"),
        ("“ 五 育 ” 并 举", "“五育”并举"),
        ("单 位 ： 城 南 中 学 （ 西 校 区 ）", "单位：城南中学（西校区）"),
    ],
)
def test_letter_spaced_runs_across_chinese_punctuation(text: str, expected: str) -> None:
    """A Chinese mark spaced out like a character is no separator of prose: it belongs to the
    letter-spaced run, which before counted Han characters alone (so "一 、 总 体 要 求" lost
    only the blanks next to 、 and kept the rest)."""
    assert fix_cjk_spacing(text) == expected
    assert fix_cjk_spacing(expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本 校 共 有 教 职 工 3 6 8 人", "本校共有教职工368人"),
        ("第 4 章 学 生 管 理 规 定", "第4章学生管理规定"),
        # the later steps' marks are judged as they will be: "?" is the lost 《 here
        ("教 育 局 关 于 转 发 ?校 园 安 全 管 理 办 法? 的 通 知", "教育局关于转发?校园安全管理办法?的通知"),
        # a number of several digits or a Latin word keeps its blanks
        ("截 至 本 月 底 共 有 2026 名 学 生", "截至本月底共有 2026 名学生"),
        ("关 于 推 广 VR 实 验 课 的 通 知", "关于推广 VR 实验课的通知"),
    ],
)
def test_letter_spaced_lone_digits_and_later_marks(text: str, expected: str) -> None:
    """On a letter-spaced line a digit standing alone and an ASCII mark the later steps widen
    are joined like its Chinese characters."""
    assert fix_cjk_spacing(text) == expected
    assert fix_cjk_spacing(expected) == expected
    if "?" in text:
        assert normalize(text) == "教育局关于转发《校园安全管理办法》的通知"


@pytest.mark.parametrize(
    "text",
    [
        "（ 盖 章 ） 年 月 日",  # a form's blanks: rare pairs, kept
        "序号 1 2 3 4 5 6",  # digits on a line that is not letter spaced
    ],
)
def test_letter_spaced_punctuation_lookalikes_kept(text: str) -> None:
    assert fix_cjk_spacing(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("成 立 时 间 ： 1 9 5 6 年 9 月", "成立时间：1956年9月"),
        ("截 止 ： 8 月 3 1 日 下 午", "截止：8月31日下午"),
        ("第 3 届 艺 术 节", "第3届艺术节"),
    ],
)
def test_letter_spaced_runs_across_lone_digits(text: str, expected: str) -> None:
    """A digit spaced out like a character belongs to the letter-spaced run, as it does when
    the line is joined: a row of six Chinese characters broken by a date spaced digit by
    digit is letter spaced (before, only rows without a digit counted, and these lines kept
    every blank)."""
    assert fix_cjk_spacing(text) == expected
    assert fix_cjk_spacing(expected) == expected


@pytest.mark.parametrize("text", ["1 王 伟 2 李 强 3 赵 敏 4 孙 洋", "张 伟 1 刘 洋 2 陈 静", "年 1 月 2 日 3 时"])
def test_letter_spaced_lone_digits_lookalikes_kept(text: str) -> None:
    """Digits in the row do not make a list of names or a form's blanks letter spaced: the
    pairs of Han characters are counted across them (伟刘, not only 张伟 and 刘洋)."""
    assert fix_cjk_spacing(text) == text


def test_letter_spaced_runs_are_linear() -> None:
    from linear_common import assert_linear

    for unit in ("一 、 ", "学 ， ", "教 1 ", "1 2 学 "):
        assert_linear(fix_cjk_spacing, unit * 20_000, unit * 80_000, label=unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("各校要按时上报统计数据.", "各校要按时上报统计数据。"),
        ("会议指出,要压实责任.各地要抓好落实.", "会议指出，要压实责任。各地要抓好落实。"),
        ("他强调:“要把好事办好.”", "他强调：“要把好事办好。”"),
        ("第一行没有句号\n第二行写了半角句号.", "第一行没有句号\n第二行写了半角句号。"),
        ("详见第3.2节.\n", "详见第3.2节。\n"),  # the dot of a number stays
        # the bracket made full width in the same call ends the sentence
        ("按规定执行(见附件).", "按规定执行（见附件）。"),
    ],
)
def test_full_stop_widened(text: str, expected: str) -> None:
    assert fix_punctuation_width(text) == expected
    assert fix_punctuation_width(expected) == expected


@pytest.mark.parametrize(
    "text",
    [
        "中文域名：中国政府网.政务",  # a Chinese domain name, not at a line end
        "附件：招生计划表.xlsx",
        "He was born in 北京.",  # an English sentence ending in a Chinese name
        "以下略...",
        "各校要按时上报 .",  # a blank before it: left to the spacing rules
        "请访问中国政府网.政务了解详情，谢谢",
        "一.总则，二.目标",  # list markers written with "."
        "版本说明.下载地址",  # no Chinese comma or stop on the line
        # Chinese domain names: a short last label before a blank, a "/" or the line's end, or
        # on a line holding a URL
        "网站域名：示范中学.在线 联系电话：0000，工作日接听",
        "请访问示范学校.在线/index 了解，谢谢",
        "中文域名：某某集团.公司，英文域名：https://www.example.cn",
        "域名注册：示范中学.中国 已备案",
    ],
)
def test_full_stop_kept(text: str) -> None:
    assert fix_punctuation_width(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a line whose stops were half converted: "." between Han characters, a comma on the line
        ("申请人应当如实填写.材料不全的，不予受理", "申请人应当如实填写。材料不全的，不予受理"),
        ("先行试点.总结经验后,逐步推开。", "先行试点。总结经验后，逐步推开。"),
        ("完成“三项任务”.下一步，继续推进", "完成“三项任务”。下一步，继续推进"),
        # a word that can be a domain's last label, but the sentence goes on after it
        ("今年新增企业两千家.公司数量持续增长，", "今年新增企业两千家。公司数量持续增长，"),
        ("加快建设通信基站.网络覆盖率达到95%，", "加快建设通信基站。网络覆盖率达到95%，"),
        ("我们热爱祖国.中国人民勤劳勇敢，", "我们热爱祖国。中国人民勤劳勇敢，"),
    ],
)
def test_bare_full_stop_widened(text: str, expected: str) -> None:
    assert fix_punctuation_width(text) == expected
    assert fix_punctuation_width(expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('开展"双减"督导', "开展“双减”督导"),
        ('落实"1+3"机制，推进"三个一"工程', "落实“1+3”机制，推进“三个一”工程"),
        ("所谓'最后一公里'问题", "所谓‘最后一公里’问题"),
        ('“他说这是"新常态"的要求”', "“他说这是“新常态”的要求”"),
        ('下载"学习强国"App', "下载“学习强国”App"),
    ],
)
def test_straight_quotes_widened(text: str, expected: str) -> None:
    assert fix_punctuation_width(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '<img alt="校园风景" src="a.jpg">',  # markup
        '{"标题": "通知", "日期": 2024}',  # JSON
        '找不到"健康',  # an odd number: no pairing is sure
        "Xi's 讲话 and Li's 讲话",  # apostrophes
        '采购27"和32"显示器',  # inches
        'He said "hello" to me',  # no Chinese in or around the pair
    ],
)
def test_straight_quotes_kept(text: str) -> None:
    assert fix_punctuation_width(text) == text


def test_single_quoted_key_before_a_quoted_value_stays_a_key() -> None:
    """A single-quoted key before a colon and a quoted value is a key, whether the value's
    quotes are ASCII or this step made them Chinese: a second run sees “ where the first saw
    " (found soaking test_step_chains_idempotent: '"一':" came out '“一':”, and ‘“一’:” from
    a second run)."""
    for text, once in (("{'标题': \"通知\"}", "{'标题': “通知”}"), ("'\"一':\"", "'“一':”")):
        assert fix_punctuation_width(text) == once
        assert fix_punctuation_width(once) == once


def test_punctuation_width_is_linear_on_mark_runs() -> None:
    """A run of ASCII marks before Chinese was read from every one of its marks (each reading
    the run to its end): a line of 100,000 ``!`` took fix_punctuation_width 17 s. A run after
    a blank keeps its first mark, the rest widened, as before."""
    import time

    start = time.process_time()
    for text in ("中文,好 " + "!" * 100_000 + "a", "!" * 100_000, "好 " + "?" * 100_000):
        assert fix_punctuation_width(text).endswith(text[-3:])
    assert time.process_time() - start < 1.0
    assert fix_punctuation_width("好 !!!中") == "好 !！！中"
    assert fix_punctuation_width("!!!中文") == "!！！中文"
    assert fix_punctuation_width("a!!中") == "a！！中"
    assert fix_punctuation_width("好!!!a") == "好！！！a"
    assert fix_punctuation_width("好 !!!a") == "好 !!!a"


def test_kangxi_radicals_and_compatibility_ideographs_become_the_ideograph() -> None:
    """A PDF font leaves Kangxi radicals for the ideographs it draws (⼀、⼯作⽬标), an old
    encoding compatibility ideographs (U+F90A for 金): normalize_whitespace gives the ideograph
    Unicode maps each to; variation selectors, a unified ideograph of the compatibility block
    (﨑) and a radical that is a component only (⺅) stay."""
    assert normalize_whitespace("⼀、⼯作⽬标") == "一、工作目标"
    assert normalize_whitespace("\uf90a融知识\u3000进校园") == "金融知识 进校园"
    assert normalize_whitespace("⾨诊⼤楼" + "教育" * 1500) == "門诊大楼" + "教育" * 1500  # (table path)
    for kept in ("葛\U000e0100饰区", "我爱学校❤\ufe0f", "长\ufa11县", "部首：⺅", "部首：丨"):
        assert normalize_whitespace(kept) == kept


def test_supplement_radicals_for_a_simplified_character_become_it() -> None:
    """PDF fonts draw simplified characters with the CJK Radicals Supplement (⻔ for 门), which NFKC
    leaves: those that stand for one ideograph are folded like the Kangxi radicals, on the short
    and the long (table) path and by the pipeline (the mojibake gate and the script plan re-read);
    a component radical (⺅, ⻌) stays."""
    assert normalize_whitespace("各级教育⾏政部⻔要加强领导") == "各级教育行政部门要加强领导"
    assert normalize_whitespace("⻓⻅⻋⻢⻛⻚⻩⻬⻘⻝⻜⻆") == "长见车马风页黄齐青食飞角"
    assert normalize_whitespace("⻄部⻓城" + "教育" * 1500) == "西部长城" + "教育" * 1500
    assert normalize_whitespace("偏旁⺅和⻌") == "偏旁⺅和⻌"
    assert normalize("⻑期⾨診：⻔诊部") == "长期门诊：门诊部"


def test_supplement_radical_table_agrees_with_the_radical_names() -> None:
    """Each entry of data/han_radicals.txt is a supplement radical NFKC leaves, and its ideograph
    is that of the Kangxi radical of the same name (or its simplified form); CIVILIAN, TIGER,
    WEST and BLUE, which have no Kangxi radical of their own ideograph, are checked by reading."""
    import unicodedata

    from govtext import to_simplified
    from govtext._util import read_lexicon

    kangxi = {
        unicodedata.name(chr(c))[len("KANGXI RADICAL ") :]: unicodedata.normalize("NFKC", chr(c))
        for c in range(0x2F00, 0x2FD6)
    }
    read = {"CIVILIAN": "民", "TIGER": "虎", "WEST": "西", "BLUE": "青"}
    entries = [e.split() for e in read_lexicon("han_radicals.txt")]
    assert len(entries) >= 30
    for radical, ideograph in entries:
        assert 0x2E80 <= ord(radical) <= 0x2EF3 and unicodedata.normalize("NFKC", radical) == radical
        word = re.sub(r"^CJK RADICAL (?:C-)?(?:SIMPLIFIED )?| (?:ONE|TWO|THREE)$", "", unicodedata.name(radical))
        want = read.get(word) or kangxi[word]
        assert ideograph in (want, to_simplified(want)), (radical, ideograph, word)


def test_folded_forms_are_read_by_the_later_steps() -> None:
    """The ideograph a radical stood for is converted by to_simplified like any other, also on a
    page whose plan the pipeline read off the repair's look-up (no traditional-only character
    there before the fold), and a letter-spaced line counts a radical's pairs as the ideograph's."""
    assert normalize("⾨診時間：週⼀至週五") == "门诊时间：周一至周五"
    page = "学校发展规划与教育质量提升工作方案。\n" * 400 + "\uf9d0别：⾨诊"
    assert normalize(page).endswith("类别：门诊")
    assert fix_cjk_spacing("⾦ 融 知 识 进 校 园 活 动") == "⾦融知识进校园活动"


@given(st.lists(st.sampled_from(["⼀", "⼯", "\uf90a", "﨑", "\u3000", " ", "\n", "教育", "a", "\u200b"]), max_size=20).map("".join))
def test_normalize_whitespace_leaves_no_han_form(s: str) -> None:
    out = normalize_whitespace(s)
    assert not re.search("[\u2f00-\u2fd5\uf900-\ufa0d]", out)
    assert normalize_whitespace(out) == out


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("国发 〔2025〕 3 号", "国发〔2025〕3号"),
        ("根据京教发 〔2025〕 7 号文件精神", "根据京教发〔2025〕7号文件精神"),
        ("国办发〔2024〕 5号", "国办发〔2024〕5号"),
        ("教基 [2026] 12 号", None),  # (〔〕 only: see _join_doc_numbers)
        ("市教发［2023］ 8 號", None),  # (〔〕 only: see _join_doc_numbers)
        ("见 〔2025〕 36 项", None),  # no 号: no 发文字号
        ("2025 〔2025〕 3 号", "2025 〔2025〕3号"),  # no agency code before: that blank stays
        ("根据 〔2025〕 3 号", "根据 〔2025〕3号"),  # a citing word is no agency code
        ("2025年 〔2025〕 3 号", "2025年 〔2025〕3号"),  # nor a date
        ("请参照 〔2024〕 9 号执行", "请参照 〔2024〕9号执行"),
        ("国办函 〔2024〕 9 号", "国办函〔2024〕9号"),  # an agency code of three characters
        ("根据教基 〔2026〕 2 号", "根据教基〔2026〕2号"),  # of two, after a citing word
        ("据 〔2026〕 2 号", "据 〔2026〕2号"),  # one Han character is no code
        ("第 〔1998〕", None),
    ],
)
def test_blanks_inside_a_document_number_go(text: str, want: str | None) -> None:
    """A 发文字号 is one token: the blanks PDF extraction leaves inside it go, before its bracket
    too after the agency's code (two Han characters or more, not a citing word or a date); a
    bracketed year without a number and 号 is left alone."""
    assert fix_cjk_spacing(text) == (text if want is None else want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("根据《 教 育 法 》 第五条", "根据《教育法》第五条"),
        ("学习《 教 师 法 》", "学习《教师法》"),
        ("《 刑 法 》", "《刑法》"),
        ("《中国 教育》", None),  # words, not characters set apart one by one
        ("学习《 中 国 教育 》", "学习《中 国 教育》"),  # (the blanks at the marks only)
    ],
)
def test_letter_spaced_title_in_book_marks_is_joined(text: str, want: str | None) -> None:
    """A title in 《》 whose every character stands between blanks is letter spaced whatever its
    length (fewer than LETTER_SPACED_MIN characters): joined."""
    assert fix_cjk_spacing(text) == (text if want is None else want)


def test_document_numbers_and_spaced_titles_are_linear() -> None:
    import time

    start = time.process_time()
    for text in ("《 " + "中 " * 50_000, "〔 2025 〕 " * 20_000, "国发 [" * 30_000 + "2025] 3 号"):
        fix_cjk_spacing(text)
    assert time.process_time() - start < 2.0


def test_document_numbers_and_spaced_titles_are_linear_on_bracket_runs() -> None:
    import time

    start = time.process_time()
    for text in ("》 " * 100_000, "教 " + " " * 100_000 + "〔" * 100_000, "《 中 " * 50_000 + "》"):
        fix_cjk_spacing(text)
    assert time.process_time() - start < 2.0


def test_the_fold_of_a_han_form_is_told_by_the_call_that_made_it() -> None:
    """Whether normalize_whitespace folded a Han form (which the pipeline reads) belongs to that
    call alone: a later call on its clean output, which returns that very text, folded none."""
    from govtext.hygiene import _whitespace_folded

    out, folded = _whitespace_folded("⼀、⼯作")
    assert (out, folded) == ("一、工作", True)
    again = _whitespace_folded(out)
    assert again[0] is out and again[1] is False
    assert _whitespace_folded("教育\u3000部")[1] is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blanks on both sides of an ASCII mark between Chinese
        ("地点 : 市教育局", "地点:市教育局"),
        ("语文 , 数学 , 英语", "语文,数学,英语"),
        ("要求  ;  按时到校", "要求;按时到校"),
        ("时间 : 2026年", None),  # a digit after the mark: not between Chinese
        ("Note : 学校", None),
        # a blank on one side of a name's middle dot
        ("卡尔 ・马克思", "卡尔・马克思"),
        ("马克· 吐温", "马克·吐温"),
        ("阿卜杜勒·拉赫曼 ·某某", "阿卜杜勒·拉赫曼·某某"),  # a name has one or two dots
        ("阿卜杜勒 ·拉赫曼·某某", "阿卜杜勒·拉赫曼·某某"),
        ("阿卜杜勒· 拉赫曼·某某", "阿卜杜勒·拉赫曼·某某"),
        ("马克 · 吐温", None),  # blanks on both sides: a menu's separator too
        ("首页 · 新闻动态 · 通知公告", None),
        ("首页 ·新闻 ·通知", None),  # a blank at each dot: a menu's items
        ("首页· 新闻· 通知", None),
        ("甲·乙·丙 ·丁", None),  # four items: no name
        ("·新闻 ·通知", None),
        ("马克 ·Twain", None),
        ("居里 •夫人", None),  # "•" is a bullet, no name's dot
        ("张三 •李四 •王五", None),
        ("网站首页 •新闻中心 •政务公开", None),
        ("• 报名须知", None),
        # a bullet starts a line
        ("● 2026 年工作安排", "● 2026年工作安排"),
        ("◆ 3 月份安排", "◆ 3月份安排"),
        ("• 2026 年计划", "• 2026年计划"),
        ("· 3 月份安排", "· 3月份安排"),
        ("标题\n■ 8 时30 分集合", "标题\n■ 8时30分集合"),
        ("● 12 人参加", None),  # a line's start joins a date or a time only
        ("● 2 组织机构", None),
        ("各 ● 2026 年", None),  # not at a line's start
    ],
)
def test_cjk_spacing_ascii_marks_name_dots_and_bullets(text: str, expected: str | None) -> None:
    assert fix_cjk_spacing(text) == (text if expected is None else expected)
