"""Tests for govtext.outline: unit cases, generated outlines, adversarial inputs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtext.chunks import chunk_sections
from govtext.outline import Outline, Section, split_outline

from strategies import any_text, chinese_text, mixed_text


def tree(o: Outline) -> list[tuple[int, str, int, str]]:
    return [(s.level, s.marker, s.number, s.title.strip()) for s in o.walk()]


def markers(text: str) -> list[str]:
    return [s.marker for s in split_outline(text).walk()]


def check_offsets(text: str, o: Outline) -> None:
    assert o.to_text() == text
    for s in o.walk():
        assert text[s.start : s.end] == s.to_text() == s.text
        assert text.startswith(s.marker, s.start)
        # a title never starts or ends with whitespace; the blanks before it are the gap (and the
        # Markdown emphasis around the marker or the title: **一、**总则, 一、**总则**)
        assert s.title == s.title.strip() and not s.gap.strip(" \t\u3000\r\n*")
        assert s.title or not s.gap
        for c in s.children:
            assert s.start < c.start and c.end <= s.end


# --------------------------------------------------------------------------- families, levels


def test_gb_hierarchy_levels_titles_preamble():
    t = (
        "关于加强校园安全工作的通知\n各学校：\n"
        "一、总体要求\n（一）指导思想。坚持安全第一。\n1. 明确责任。各校校长负总责。\n"
        "（1）建立台账；\n（2）定期检查。\n①每月一次\n②每季一次\n2．强化督查\n（二）工作目标\n"
        "二、保障措施\n加强领导。\n"
    )
    o = split_outline(t)
    check_offsets(t, o)
    assert o.preamble == "关于加强校园安全工作的通知\n各学校：\n"
    assert tree(o) == [
        (1, "一、", 1, "总体要求"),
        (2, "（一）", 1, "指导思想"),
        (3, "1.", 1, "明确责任"),
        (4, "（1）", 1, "建立台账"),
        (4, "（2）", 2, "定期检查"),
        (5, "①", 1, "每月一次"),
        (5, "②", 2, "每季一次"),
        (3, "2．", 2, "强化督查"),
        (2, "（二）", 2, "工作目标"),
        (1, "二、", 2, "保障措施"),
    ]
    assert [len(s.children) for s in o.sections] == [2, 0]
    assert o.sections[1].body == "\n加强领导。\n"


def test_ascii_brackets_and_number_forms_are_one_family():
    t = "一、任务\n(一)安全\n1、巡查\n2.整改\n3．复查\n(二)卫生\n(1)清扫\n(2)消毒\n"
    assert tree(split_outline(t)) == [
        (1, "一、", 1, "任务"), (2, "(一)", 1, "安全"), (3, "1、", 1, "巡查"), (3, "2.", 2, "整改"),
        (3, "3．", 3, "复查"), (2, "(二)", 2, "卫生"), (4, "(1)", 1, "清扫"), (4, "(2)", 2, "消毒"),
    ]


def test_skipped_level_nests_under_nearest_senior():
    t = "一、目标\n1. 提高质量\n2. 扩大覆盖\n二、措施\n1. 加大投入\n"
    o = split_outline(t)
    assert tree(o) == [
        (1, "一、", 1, "目标"), (2, "1.", 1, "提高质量"), (2, "2.", 2, "扩大覆盖"),
        (1, "二、", 2, "措施"), (2, "1.", 1, "加大投入"),
    ]
    assert [c.marker for c in o.sections[1].children] == ["1."]


def test_levels_follow_order_of_first_appearance():
    # a document that uses （一） as its top level and 1. below it
    t = "（一）总体安排\n1. 时间\n2. 地点\n（二）工作要求\n1. 纪律\n"
    o = split_outline(t)
    assert [(s.level, s.marker) for s in o.walk()] == [
        (1, "（一）"), (2, "1."), (2, "2."), (1, "（二）"), (2, "1."),
    ]
    assert [s.family for s in o.sections] == ["cn_paren", "cn_paren"]


def test_sequence_continuity():
    # 三、 does not continue 一、; 二、 restarting inside 二、 is not a heading
    t = "一、第一部分\n内容。\n三、错号标题\n二、第二部分\n（一）甲\n（三）乙\n（二）丙\n"
    assert tree(split_outline(t)) == [
        (1, "一、", 1, "第一部分"), (1, "二、", 2, "第二部分"), (2, "（一）", 1, "甲"), (2, "（二）", 2, "丙"),
    ]


def test_restarted_nested_list_does_not_continue_open_list():
    # an appendix list 一、二、三、四、 after the top level 一、二、三、: its 四、 is not a heading
    t = (
        "一、回顾\n正文。\n二、目标\n正文。\n三、安排\n附：十件实事\n"
        "一、提高救助水平。\n二、建设养老服务。\n三、改善办学条件。\n四、推进污水治理。\n"
    )
    o = split_outline(t)
    assert [s.marker for s in o.sections] == ["一、", "二、", "三、"]
    assert o.sections[2].body.endswith("四、推进污水治理。\n")


# --------------------------------------------------------------------------- laws


def test_law_chapters_sections_articles_items():
    t = (
        "# 某某条例\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n第一条 为了规范管理，制定本条例。\n\n"
        "第二条 本条例适用于本市。\n\n本市另有规定的，从其规定。\n\n## 第二章 管理\n\n### 第一节 一般规定\n\n"
        "第三条 主管部门履行下列职责：\n\n（一）制定规划；\n\n（二）监督检查。\n\n"
        "### 第二节 特别规定\n\n第四条 依照本条例第三条规定执行。\n\n第四条之一 新增条款。\n\n第五条 附则。\n"
    )
    o = split_outline(t)
    check_offsets(t, o)
    assert tree(o) == [
        (1, "第一章", 1, "总则"),
        (3, "第一条", 1, ""),
        (3, "第二条", 2, ""),
        (1, "第二章", 2, "管理"),
        (2, "第一节", 1, "一般规定"),
        (3, "第三条", 3, ""),
        (4, "（一）", 1, "制定规划"),
        (4, "（二）", 2, "监督检查"),
        (2, "第二节", 2, "特别规定"),
        (3, "第四条", 4, ""),
        (3, "第四条之一", 4, ""),
        (3, "第五条", 5, ""),
    ]
    art2 = o.find("第二条")
    assert art2 is not None and "从其规定" in art2.body  # 款 stay in the article's body
    assert o.find("第四条之一").sub == 1
    assert o.preamble.startswith("# 某某条例") and o.preamble.endswith("## ")


def test_law_books_and_article_title_brackets():
    t = "第一编 总则\n第一章 基本规定\n第一条【立法目的】为了保护权益。\n第二条【适用范围】本法适用。\n第二编 分则\n第一章 一般规定\n第三条 略。\n"
    o = split_outline(t)
    assert [(s.level, s.marker, s.title.strip()) for s in o.walk()] == [
        (1, "第一编", "总则"), (2, "第一章", "基本规定"), (3, "第一条", "【立法目的】"),
        (3, "第二条", "【适用范围】"), (1, "第二编", "分则"), (2, "第一章", "一般规定"), (3, "第三条", ""),
    ]


def test_amendment_articles_may_start_above_one_and_skip_repealed():
    t = "第十八条 修改为新的内容。\n第十九条 增加一款。\n第二十一条 删去该条。\n"
    assert markers(t) == ["第十八条", "第十九条", "第二十一条"]


def test_law_references_inside_sentences_are_not_articles():
    t = "第一条 为了规范管理，制定本办法。\n第二条 依照本办法第五条 规定，作为第二条之一：处理。违反第三章规定的，处罚款。\n"
    assert markers(t) == ["第一条", "第二条"]


# --------------------------------------------------------------------------- distractors


@pytest.mark.parametrize(
    "text",
    [
        "一是加强组织领导。二是完善工作机制。三是强化督促检查。",
        "一是加强组织领导。\n二是完善工作机制。\n三是强化督促检查。\n",
        "市第一实验学校和第二实验学校举行开学典礼。",
        "1月11日召开会议。\n2月12日完成部署。",
        "3年来，全市新建学校20所。\n1年内完成。",
        "全年增长1.5倍，达到2.3万人。",
        "三、四月份开展集中检查。",
        "一方面加强监管，另一方面优化服务。\n一年来成效明显。",
        "这是一、二年级的课程。",
        "二〇二三年一月，全市召开会议。",
        "一、二等奖获得者名单如下。",
        "一、二年级学生参加。",
    ],
)
def test_distractors_are_not_headings(text):
    o = split_outline(text)
    assert list(o.walk()) == []
    assert o.preamble == text


@pytest.mark.parametrize(
    "text",
    [
        # dates, versions and clock times at a line start
        "新规如下。\n2025.1.1起执行新的收费标准。\n2025.7.1起全面推开。\n",
        "平台升级。\n2.0版本上线后，原有账号继续有效。\n",
        "日程安排：\n9.30 报到\n10.00 开幕式\n",
        # a numbered item cited inside a sentence
        "各校应当对照（1）项所列条件自查，并在（2）项规定期限内整改。\n",
        # an article, chapter or part named at the start of a line: a reference, not a heading
        "说明如下。\n第一条所称学校，是指全日制中小学和幼儿园。\n",
        "说明如下。\n第一条规定的情形，不适用本细则。\n",
        "说明如下。\n第一章规定的程序同样适用于复核。\n",
        "说明如下。\n第一条至第三条的规定适用于民办学校。\n",
        "说明如下。\n第一编所列事项应当向社会公开。\n",
        "课程安排如下。\n第一节课由班主任组织晨读。\n第二节课为体育活动。\n",
        # rows of a table whose first cell starts with a list marker
        "| 一、人员经费 | 120 | 35 |\n| 二、公用经费 | 80 | 20 |\n",
        "支出明细\n一、人员经费 | 120 | 35\n二、公用经费 | 80 | 20\n",
        "支出明细\n一、人员经费\t120\t35\n二、公用经费\t80\t20\n",
    ],
)
def test_heading_shaped_lines_that_are_not_headings(text):
    o = split_outline(text)
    assert [s.marker for s in o.walk()] == []
    assert o.preamble == text


def test_glued_law_markers_and_separated_titles_still_head():
    # a chapter or article glued to its text (no blank after the marker) is still one
    t = "第一章总则\n第一条为了规范管理，制定本办法。\n第二条本办法适用于全市。\n第二章附则\n第三条本办法自公布之日起施行。\n"
    assert markers(t) == ["第一章", "第一条", "第二条", "第二章", "第三条"]
    # a tab between the marker and its title is a layout, not a table
    assert [(s.marker, s.title) for s in split_outline("一、\t总体要求\n正文。\n二、\t主要任务\n正文。\n").walk()] == [
        ("一、", "总体要求"), ("二、", "主要任务")]


def test_table_of_contents_is_not_parsed_twice():
    t = (
        "某某发展规划\n目录\n一、发展基础\n二、总体要求\n三、主要任务\n\n"
        "一、发展基础\n过去五年成效显著。\n二、总体要求\n坚持稳中求进。\n三、主要任务\n加快建设。\n"
    )
    o = split_outline(t)
    assert [s.marker for s in o.sections] == ["一、", "二、", "三、"]
    assert o.preamble.startswith("某某发展规划\n目录\n一、发展基础\n")
    assert o.sections[0].body == "\n过去五年成效显著。\n"


# --------------------------------------------------------------------------- crawled text


def test_run_together_headings_with_lost_brackets():
    more = "各地要结合实际制定具体方案，明确责任分工，加强督促检查，确保各项任务落到实处。"
    t = (
        "一、总体目标 到明年全面完成。 二、主要措施 一实施育人工程，落实根本任务 1强化德育工作，构建德育体系。"
        f"{more} 2构建评价体系，完善考核制度。{more} 二实施保障工程，加大投入力度 1.完善经费保障。 2.加强队伍建设。"
    )
    o = split_outline(t)
    check_offsets(t, o)
    assert tree(o) == [
        (1, "一、", 1, "总体目标"),
        (1, "二、", 2, "主要措施"),
        (2, "一", 1, "实施育人工程，落实根本任务"),
        (3, "1", 1, "强化德育工作，构建德育体系"),
        (3, "2", 2, "构建评价体系，完善考核制度"),
        (2, "二", 2, "实施保障工程，加大投入力度"),
        (3, "1.", 1, "完善经费保障"),
        (3, "2.", 2, "加强队伍建设"),
    ]


def test_bare_marker_alone_is_not_a_heading():
    # a single bare "一…" (no 二… follows) is text, not a lost-bracket heading
    t = "一、概况\n 一流学科建设成效明显。\n 一体推进教育改革和发展，成效显著。\n"
    assert markers(t) == ["一、"]
    t2 = "一、概况\n 一批重点项目落地见效。\n"
    assert markers(t2) == ["一、"]


def test_page_chunks_are_not_headings():
    t = (
        "某区教育行动方案.doc\n\n"
        "1、为进一步推进教育发展，结合实际制定本方案。 一、指导思想 坚持立德树人，全面推进素质教育，加快推进教育现代化进\n\n"
        "2、程，努力办好人民满意的教育。 二、工作目标 到年底全区教育主要指标全面提升，群众满意度持续提高，教育\n\n"
        "3、质量稳步提升。 三、主要措施 一实施育人工程，引领教育发展 1强化德育工作。完善德育体系，推进全员育人，建立\n\n"
        "4、长效机制，形成全员、全程、全方位育人格局。 2构建评价体系。优化评价方式，改进结果评价，强化过程评价，探索\n\n"
        "5、增值评价，健全综合评价。 二实施保障工程，加大投入力度 1\n\n"
        "6、.完善经费保障。建立经费稳定增长机制。 2.加强队伍建设。"
    )
    o = split_outline(t)
    check_offsets(t, o)
    got = [(s.level, s.marker.replace("\n", "/"), s.title.strip()) for s in o.walk()]
    assert got == [
        (1, "一、", "指导思想"),
        (1, "二、", "工作目标"),
        (1, "三、", "主要措施"),
        (2, "一", "实施育人工程，引领教育发展"),
        (3, "1", "强化德育工作"),
        (3, "2", "构建评价体系"),
        (2, "二", "实施保障工程，加大投入力度"),
        (3, "1//6、.", "完善经费保障"),
        (3, "2.", "加强队伍建设"),
    ]
    assert o.preamble.endswith("1、为进一步推进教育发展，结合实际制定本方案。 ")


def test_real_numbered_list_with_dunhao_is_not_mistaken_for_page_chunks():
    t = "一、工作要求\n1、提高认识。各地要高度重视。\n2、加强领导。成立工作专班。\n3、狠抓落实。\n"
    assert markers(t) == ["一、", "1、", "2、", "3、"]


def test_crlf_and_full_width_indent():
    t = "\u3000\u3000一、总则\r\n\u3000\u3000（一）目的\r\n正文。\r\n\u3000\u3000二、附则\r\n"
    o = split_outline(t)
    check_offsets(t, o)
    assert tree(o) == [(1, "一、", 1, "总则"), (2, "（一）", 1, "目的"), (1, "二、", 2, "附则")]


# --------------------------------------------------------------------------- API


def test_api_helpers():
    o = split_outline("前言\n一、总则\n（一）目的\n二、附则\n")
    assert isinstance(o.sections[0], Section)
    assert o.find("目的").marker == "（一）"
    assert o.find("二、").title == "附则"
    assert o.find("不存在") is None
    d = o.to_dict()
    assert d["preamble"] == "前言\n"
    assert d["sections"][0]["children"][0]["title"] == "目的"
    assert [s.marker for s in o.sections[0].walk()] == ["一、", "（一）"]


def test_empty_and_no_outline():
    assert split_outline("").to_text() == ""
    o = split_outline("没有编号的正文。")
    assert o.sections == [] and o.preamble == "没有编号的正文。"


@pytest.mark.parametrize("bad", [None, b"bytes", 1, ["a"]])
def test_non_str_raises_type_error(bad):
    with pytest.raises(TypeError, match="split_outline"):
        split_outline(bad)


# --------------------------------------------------------------------------- properties

_TITLES = ["总体要求", "主要任务", "保障措施", "加强组织领导", "完善工作机制", "强化督促检查", "推进素质教育",
           "优化资源配置", "提升教学质量", "深化综合改革", "健全评价体系"]
_SENTENCES = ["各地要高度重视。", "一是加强领导，二是完善制度。", "在1月11日前完成。", "3年来成效明显。",
              "市第一实验学校参加。", "投入增长1.5倍。", "三、四月份开展检查。", "一方面抓落实。",
              "依照本办法第五条规定执行。", "确保按期完成任务。"]
_CN = "一二三四五六七八九十"


def _cn(n: int) -> str:
    if n <= 10:
        return _CN[n - 1]
    return ("" if n < 20 else _CN[n // 10 - 1]) + "十" + (_CN[n % 10 - 1] if n % 10 else "")


_FAMILIES = {
    "cn": [lambda n: _cn(n) + "、", lambda n: _cn(n) + "．"],
    "cn_paren": [lambda n: f"（{_cn(n)}）", lambda n: f"({_cn(n)})"],
    "arabic": [lambda n: f"{n}.", lambda n: f"{n}、", lambda n: f"{n}．"],
    "ar_paren": [lambda n: f"（{n}）", lambda n: f"({n})"],
    "circled": [lambda n: "①②③④⑤⑥⑦⑧⑨⑩"[n - 1]],
}
_ORDER = ["cn", "cn_paren", "arabic", "ar_paren", "circled"]


_LONG = "各地要结合实际制定具体方案，明确责任分工，加强督促检查，确保各项任务落到实处。"


@st.composite
def outlines(draw):
    """A document generated from a random tree; returns (text, expected walk).

    Families are a random ordered subset of the GB/T 9704 families (so levels are skipped);
    below the top level, （一） and 1. may lose their brackets/punctuation as in crawls
    (一实施…, 1强化…); distractor sentences sit between headings.
    """
    fams = [f for f in _ORDER if draw(st.booleans())] or ["cn"]
    forms = [draw(st.sampled_from(_FAMILIES[f])) for f in fams]
    lost = draw(st.booleans())
    for i, f in enumerate(fams):
        if lost and i > 0 and f == "cn_paren":
            forms[i] = _cn
        elif lost and i > 0 and f == "arabic":
            forms[i] = str
    bare = [lost and i > 0 and f in ("cn_paren", "arabic") for i, f in enumerate(fams)]
    sep = draw(st.sampled_from(["\n", "\r\n", "\n\n"]))
    indent = draw(st.sampled_from(["", "\u3000\u3000", "  "]))
    parts = [draw(st.sampled_from(["", "某某通知" + sep, "各单位：" + sep + "现将有关事项通知如下。" + sep]))]
    expected = []

    def node(depth: int, n: int) -> None:
        title = draw(st.sampled_from(_TITLES))
        marker = forms[depth](n)
        end = draw(st.sampled_from(["", "。"]))
        parts.append(indent + marker + title + end + sep)
        expected.append((depth + 1, marker, n, title))
        if bare[depth]:  # a lost-bracket heading has text under it
            parts.append(_LONG + sep)
        for _ in range(draw(st.integers(0, 2))):
            parts.append(draw(st.sampled_from(_SENTENCES)) + sep)
        if depth + 1 < len(fams):
            k = draw(st.integers(0, 3 if depth < 2 else 2))
            if k == 1 and bare[depth + 1]:
                k = 2  # a single lost-bracket item is (rightly) not taken for a heading
            for i in range(k):
                node(depth + 1, i + 1)

    for k in range(draw(st.integers(1, 4))):
        node(0, k + 1)
    return "".join(parts), expected


@given(outlines())
def test_generated_outline_comes_back_as_its_tree(doc):
    text, expected = doc
    o = split_outline(text)
    check_offsets(text, o)
    assert tree(o) == expected


@given(outlines())
def test_generated_outline_run_together_on_one_line(doc):
    # the same outline with every line break turned into a space (crawled run-together text)
    text, expected = doc
    flat = text.replace("\r\n", " ").replace("\n", " ")
    o = split_outline(flat)
    check_offsets(flat, o)
    assert [(lv, m, n) for lv, m, n, _ in tree(o)] == [(lv, m, n) for lv, m, n, _ in expected]


@given(st.one_of(any_text, mixed_text, chinese_text, st.text(alphabet="一二三四五十、．.（）()1234567890第章节条编①②是年月 \n。，目录", max_size=300)))
def test_round_trip_is_exact_on_any_text(text):
    o = split_outline(text)
    check_offsets(text, o)


@given(st.text(alphabet="一二三四、．.（）()123第章条①。 \n甲乙", max_size=200))
def test_idempotent_on_own_output(text):
    a = split_outline(text)
    b = split_outline(a.to_text())
    assert tree(a) == tree(b) and a.preamble == b.preamble


# --------------------------------------------------------------------------- adversarial


@pytest.mark.parametrize(
    "text",
    [
        "一、" * 100_000,
        "1." * 100_000,
        "1、\n" * 70_000,
        "（一）" * 60_000,
        "一 " * 100_000,
        "第一条" * 60_000,
        "目录\n" * 70_000,
        "一、甲乙丙 " * 40_000,
        "".join(f"{i % 50 + 1}. 甲乙丙 " for i in range(25_000)),
        "字" * 1_000_000,
        " 一实施甲乙丙丁。" * 20_000,
        "".join(f"{i + 1}、{'甲乙丙丁戊己庚辛壬癸' * 3}\n\n" for i in range(6_000)),
        "目录 1　总则 " * 40_000,
        "目录 1　总则甲 2.1　乙 " * 30_000,
        "".join(f"第{i % 9000 + 1}条 改为：“甲\n”\n（一）甲\n改为：“乙\n”\n" for i in range(12_000)),
        "第一条 甲\n" + "甲 一、乙 （一）丙 改为：“\n”\n" * 12_000,
        "一、甲乙丙 " * 40_000 + "|",
        "一、甲\t乙 " * 40_000,
    ],
    ids=["cn-dun", "digit-dot", "chunk-lines", "paren", "cn-space", "law", "toc", "cn-title", "dot-seq",
         "one-char", "bare-restart", "page-chunks", "flat-toc", "flat-toc-unique", "amendments",
         "amendment-lines", "cells-bar", "cells-tab"],
)
def test_adversarial_inputs_finish_with_sane_structure(text):
    o = split_outline(text)
    assert o.to_text() == text
    n = sum(1 for _ in o.walk())
    assert n <= 60_000
    if text.startswith(("一、一", "1.1", "（一）（", "字", " 一实施", "1、甲")):
        assert n <= 1
    if "|" in text or "\t" in text:  # (one line of cells: a table's row)
        assert n == 0


@pytest.mark.parametrize(
    "text",
    [
        "热点推荐\n1开发区启动重点项目调研\n2新城片区征拆工作推进\n3市财政局开展会计准则培训\n4老城区召开棚改推进会\n",
        "相关搜索 三维地图导航 四季酒店价格 五金批发市场 六角螺母规格 七彩童年摄影",
        "猜你喜欢\n一天内完成审批\n二维码扫码缴费指南\n",
    ],
    ids=["ranked-links", "keyword-line", "link-list"],
)
def test_link_lists_with_leading_numerals_are_not_headings(text):
    assert markers(text) == []


def test_table_of_contents_with_crlf_and_blank_lines():
    t = "目录\r\n\r\n一、总则\r\n二、附则\r\n\r\n一、总则\r\n适用于全市。\r\n二、附则\r\n自发布之日起施行。\r\n"
    o = split_outline(t)
    assert [s.marker for s in o.sections] == ["一、", "二、"]
    assert o.sections[0].start == t.index("一、总则\r\n适用")


def test_contents_link_without_listing_does_not_hide_headings():
    t = "首页\n目录\n一、总则\n本办法适用于全市。\n二、附则\n本办法自发布之日起施行。\n"
    assert markers(t) == ["一、", "二、"]


def test_law_table_of_contents_with_spacing_and_page_numbers():
    t = (
        "目　录\n第一章　总　　则……1\n第二章　管　　理……3\n\n"
        "第一章 总则\n第一条 为了规范管理，制定本条例。\n第二章 管理\n第二条 主管部门负责管理。\n"
    )
    o = split_outline(t)
    assert [s.marker for s in o.walk()] == ["第一章", "第一条", "第二章", "第二条"]
    assert o.preamble.startswith("目　录\n第一章")


def test_bom_and_markdown_bold_headings():
    t = "\ufeff一、总则\n正文。\n**二、附则**\n正文。\n"
    assert markers(t) == ["一、", "二、"]


def _cn_big(n: int) -> str:
    if n < 100:
        return _cn(n)
    rest = n % 100
    head = _cn(n // 100) + "百"
    if rest == 0:
        return head
    return head + ("零" + _cn(rest) if rest < 10 else ("一" + _cn(rest) if rest < 20 else _cn(rest)))


@st.composite
def laws(draw):
    """A law generated from random chapters, optional sections, articles and items."""
    sep = draw(st.sampled_from(["\n", "\n\n"]))
    head = draw(st.sampled_from(["## ", "", "\u3000\u3000"]))
    space = draw(st.sampled_from([" ", "\u3000"]))
    parts = ["# 某某条例" + sep]
    nodes = []  # (family, marker, number)
    article = 0
    item_words = ["制定规划；", "组织实施；", "监督检查；", "其他职责。"]
    for ch in range(1, draw(st.integers(1, 4)) + 1):
        marker = f"第{_cn(ch)}章"
        parts.append(f"{head}{marker}{space}{draw(st.sampled_from(_TITLES))}{sep}")
        nodes.append(("zhang", marker, ch))
        n_sections = draw(st.sampled_from([0, 0, 2, 3]))
        for sec in range(1, max(n_sections, 1) + 1):
            if n_sections:
                marker = f"第{_cn(sec)}节"
                parts.append(f"{head}{marker}{space}{draw(st.sampled_from(_TITLES))}{sep}")
                nodes.append(("jie", marker, sec))
            for _ in range(draw(st.integers(1, 4))):
                article += 1
                marker = f"第{_cn_big(article)}条"
                parts.append(f"{marker}{space}{draw(st.sampled_from(_SENTENCES))}{sep}")
                nodes.append(("tiao", marker, article))
                for k in range(1, draw(st.integers(0, 3)) + 1):
                    parts.append(f"（{_cn(k)}）{item_words[k - 1]}{sep}")
                    nodes.append(("cn_paren", f"（{_cn(k)}）", k))
                if draw(st.booleans()):
                    parts.append(draw(st.sampled_from(_SENTENCES)) + sep)  # a second 款
    return "".join(parts), nodes


@given(laws())
def test_generated_law_comes_back_as_its_structure(doc):
    text, nodes = doc
    o = split_outline(text)
    check_offsets(text, o)
    assert [(s.family, s.marker, s.number) for s in o.walk()] == nodes
    used = [f for f in ("zhang", "jie", "tiao", "cn_paren") if any(n[0] == f for n in nodes)]
    for s in o.walk():
        assert s.level == used.index(s.family) + 1
        for c in s.children:
            assert used.index(c.family) > used.index(s.family)


def test_law_markers_with_arabic_numbers():
    t = "第1章 总则\n第1条 为了规范管理。\n第2条 本办法适用于本市。\n第2章 附则\n第3条 自发布之日起施行。\n"
    o = split_outline(t)
    assert [(s.level, s.marker, s.number) for s in o.walk()] == [
        (1, "第1章", 1), (2, "第1条", 1), (2, "第2条", 2), (1, "第2章", 2), (2, "第3条", 3),
    ]


def test_run_together_without_spaces_after_sentence_ends():
    more = "各地要结合实际制定具体方案，明确责任分工，加强督促检查，确保各项任务落到实处。"
    t = f"一、总体目标。全面完成。二、主要措施。一实施育人工程。{more}二实施保障工程。{more}三、组织保障。{more}"
    o = split_outline(t)
    check_offsets(t, o)
    assert [(s.level, s.marker, s.title) for s in o.walk()] == [
        (1, "一、", "总体目标"), (1, "二、", "主要措施"), (2, "一", "实施育人工程"), (2, "二", "实施保障工程"),
        (1, "三、", "组织保障"),
    ]


def test_headings_whose_title_starts_with_a_numeral():
    t = "一、一年来工作回顾\n成效明显。\n二、二〇二四年主要任务\n稳中求进。\n三、三农工作\n全面推进。\n"
    assert markers(t) == ["一、", "二、", "三、"]


def test_title_stops_at_sentence_end_semicolon_or_colon():
    t = "一、名词解释\n1.“四上”企业：指规模以上企业。\n2.重点项目；另行公布。\n3.主要目标。到年底完成。\n"
    o = split_outline(t)
    assert [s.title for s in o.walk()] == ["名词解释", "“四上”企业", "重点项目", "主要目标"]
    assert o.find("主要目标").body == "。到年底完成。\n"


# --------------------------------------------------------------------------- report families (#20)


def test_di_family_heads_paragraphs_not_sentences():
    t = ("一、今年的工作\n着重抓好以下工作：\n第一，进一步稳定农业\n农业是基础。\n第二，\n深化企业改革。\n"
         "二、外交\n我们认为，第一，要维护和平。第二，要促进发展。\n")
    o = split_outline(t)
    check_offsets(t, o)
    assert [(s.level, s.family, s.marker, s.number) for s in o.walk()] == [
        (1, "cn", "一、", 1), (2, "di", "第一，", 1), (2, "di", "第二，", 2), (1, "cn", "二、", 2),
    ]
    assert o.find("进一步稳定农业") is not None


def test_appendix_is_a_top_branch_with_its_own_numbering():
    t = ("一、回顾\n正文。\n二、目标\n正文。\n三、安排\n（一）就业。\n（十四）自身建设。\n"
         "附件1\n2026年十件民生实事\n一、提高救助水平。\n正文。\n二、建设养老服务。\n"
         "附件2 名词解释\n1.“四上”企业：规模以上单位。\n2.“双高计划”：高职建设计划。\n")
    o = split_outline(t)
    check_offsets(t, o)
    assert [(s.family, s.marker.strip()) for s in o.sections] == [
        ("cn", "一、"), ("cn", "二、"), ("cn", "三、"), ("annex", "附件1"), ("annex", "附件2")]
    a1, a2 = o.sections[3], o.sections[4]
    assert a1.level == a2.level == 0
    assert a1.title.strip() == "2026年十件民生实事" and a2.title.strip() == "名词解释"
    assert [c.marker for c in a1.children] == ["一、", "二、"]
    assert [c.number for c in a2.children] == [1, 2]
    assert o.sections[2].children[-1].children == []  # glossary not under （十四）


def test_annex_markers_that_are_not_appendix_headings():
    # the attachments list of a notice, a reference in a sentence
    t = "一、总则\n附件：1.实施细则\n2.申报表\n详见附件1所列。\n"
    assert [s.family for s in split_outline(t).walk()] == ["cn"]


def test_glossary_heading_without_appendix_number():
    t = "一、工作\n正文。\n名词解释\n1.“两重”：重大战略。\n2.“两新”：设备更新。\n"
    o = split_outline(t)
    assert [(s.family, s.level) for s in o.sections] == [("cn", 1), ("annex", 0)]
    assert len(o.sections[1].children) == 2


def test_report_notes_heading_is_an_appendix():
    """注释 alone on a line (its colon too) heads a report's notes, as 名词解释 does: they are
    no part of the last section (their chunks' path is 注释); 注释 inside a line is no heading."""
    t = ("一、回顾\n主导产业［1］比重提高。\n二、安排\n（一）扩大内需\n推进两新［2］政策。\n"
         "注释\n［1］主导产业：\n旅游业、现代服务业。\n［2］两新：\n设备更新和以旧换新。\n")
    o = split_outline(t)
    check_offsets(t, o)
    assert [(s.family, s.level) for s in o.sections] == [("cn", 1), ("cn", 1), ("annex", 0)]
    assert o.sections[2].marker == "注释" and "以旧换新" in o.sections[2].body
    assert chunk_sections(t, min_chars=0)[-1].heading_path == "注释"
    assert split_outline("一、回顾\n注释：\n本表数据截至年底。\n").sections[1].family == "annex"
    for t2 in ("一、回顾\n注释本表数据截至年底。\n", "一、回顾\n请关注\n注册\n"):
        assert [s.family for s in split_outline(t2).walk()] == ["cn"], t2


def test_inline_list_inside_a_paragraph_is_not_headings():
    t = ("（八）保障民生\n继续办好“十件实事”。（1）做好就业；（2）改善办学条件。（3）提升养老服务。\n"
         "（九）防范风险\n")
    o = split_outline(t)
    check_offsets(t, o)
    assert not [s for s in o.walk() if s.family == "ar_paren"]
    t2 = "（一）保障民生\n办好实事。（1）做好就业。（2）改善办学条件。\n（二）防范风险\n"
    assert [s.marker for s in split_outline(t2).walk()] == ["（一）", "（二）"]
    # items on lines of their own stay headings
    t3 = "（一）保障民生\n（1）做好就业。\n（2）改善办学条件。\n"
    assert [s.marker for s in split_outline(t3).walk()] == ["（一）", "（1）", "（2）"]


def test_numbering_that_runs_on_across_parents():
    t = "一、总体要求\n二、任务\n（一）甲。\n（二）乙。\n三、保障\n（三）丙。\n（四）丁。\n"
    o = split_outline(t)
    assert [(s.level, s.marker) for s in o.walk()] == [
        (1, "一、"), (1, "二、"), (2, "（一）"), (2, "（二）"), (1, "三、"), (2, "（三）"), (2, "（四）")]
    assert [c.marker for c in o.sections[2].children] == ["（三）", "（四）"]


def test_bracket_cut_by_a_line_break():
    t = "（一）经济运行稳中有进。\n正文。\n（\n二）改革开放持续深化。\n"
    o = split_outline(t)
    check_offsets(t, o)
    assert [s.number for s in o.walk()] == [1, 2]
    assert o.sections[1].marker == "（\n二）"


def test_law_sub_books_second_item_list_and_footnote():
    t = ("# 第三编 合同\n## 第一分编 通则\n## 第一章 一般规定\n第一条 为了规范。\n"
         "## 第二分编 典型合同\n## 第二章 买卖合同\n第二条 有下列情形之一的，应当减刑：\n"
         "（一）阻止他人犯罪的；\n（二）检举犯罪的。\n减刑以后实际执行的刑期不能少于下列期限：\n"
         "（一）判处管制的，不能少于二分之一；\n（二）判处无期徒刑的，不能少于十三年。\n"
         "第三条 本法自公布之日起施行。\n"
         "① 本法、历次修正案的施行日期，分别依据各法律所规定的施行日期确定。\n")
    o = split_outline(t)
    check_offsets(t, o)
    fams = [(s.level, s.family) for s in o.walk() if s.family in ("bian", "fenbian", "zhang")]
    assert fams == [(1, "bian"), (2, "fenbian"), (3, "zhang"), (2, "fenbian"), (3, "zhang")]
    art2 = next(s for s in o.walk() if s.family == "tiao" and s.number == 2)
    assert [c.marker for c in art2.children] == ["（一）", "（二）", "（一）", "（二）"]
    assert not [s for s in o.walk() if s.family == "circled"]
    assert [s.number for s in o.walk() if s.family == "tiao"] == [1, 2, 3]


def test_circled_list_still_headings():
    t = "一、要求\n①每月一次检查\n②每季一次评估\n"
    assert [s.marker for s in split_outline(t).walk()] == ["一、", "①", "②"]


def test_decimal_numbering_of_plans():
    t = ("1　总则\n1.1　编制目的\n为了应对。\n1.2　等级划分\n1.2.1　国家级：两个以上省份出现应急状态。\n"
         "1.2.2　省级：一个省份出现应急状态。\n1.3　工作原则\n（1）统一领导。\n（2）分级负责。\n"
         "2　组织机构\n2.1　指挥部\n")
    o = split_outline(t)
    check_offsets(t, o)
    assert [(s.level, s.marker, s.number) for s in o.walk()] == [
        (1, "1", 1), (2, "1.1", 1), (2, "1.2", 2), (3, "1.2.1", 1), (3, "1.2.2", 2), (2, "1.3", 3),
        (4, "（1）", 1), (4, "（2）", 2), (1, "2", 2), (2, "2.1", 1)]
    # a lone "1 总则" line with no 1.x below is not a decimal heading
    assert split_outline("1　总则\n正文。\n").sections == []


def test_di_runs_restart_and_items_before_a_digit():
    t = "第一，\n要团结。\n第二，\n要努力。\n中间一段话。\n第一，\n要节约。\n第二，\n要创新。\n"
    assert [s.number for s in split_outline(t).walk()] == [1, 2, 1, 2]
    t2 = "一、工作\n正文。\n名词解释\n1.“两重”：战略。\n2.“两新”：更新。\n3.5+2就业之家：就业平台。\n4.“三张图”：治安图。\n"
    o = split_outline(t2)
    assert [c.number for c in o.sections[-1].children] == [1, 2, 3, 4]
    assert o.sections[-1].children[2].marker == "3."
    # a line starting with a decimal number never opens a list
    assert split_outline("1.5亿元的投入。\n2.5亿元的投入。\n").sections == []


def test_nested_restarted_lists_do_not_steal_the_top_level():
    # 二、 holds a list 一、二、三、 (items with titles); item 二 holds a list 一、 … 二、 with the
    # marker alone on its line; the outer list's 三、 is not the top level's 三、
    t = ("一、回顾\n正文。\n二、任务\n考虑了以下问题。\n一、确定增长率\n正文。\n二、规定投资规模\n方向是：\n"
         "一、\n增加基础设施。\n二、\n控制非生产性投资。\n三、坚持科技进步\n正文。\n"
         "三、经济体制改革\n正文。\n一、\n甲。\n二、\n乙。\n四、外交政策\n正文。\n")
    o = split_outline(t)
    check_offsets(t, o)
    assert [(s.marker, s.title.strip()) for s in o.sections] == [
        ("一、", "回顾"), ("二、", "任务"), ("三、", "经济体制改革"), ("四、", "外交政策")]


def test_a_list_of_markers_alone_nests_in_a_list_of_titled_markers():
    t = ("一、总任务\n正文。\n二、若干问题\n（一）基本建设问题\n第一，规模问题。\n理由如下：\n"
         "一、\n推翻了帝国主义。\n二、\n推翻了封建主义。\n第二，比重问题。\n正文。\n三、奋斗\n正文。\n")
    o = split_outline(t)
    check_offsets(t, o)
    assert [(s.level, s.family, s.marker) for s in o.walk()] == [
        (1, "cn", "一、"), (1, "cn", "二、"), (2, "cn_paren", "（一）"), (3, "di", "第一，"),
        (4, "cn", "一、"), (4, "cn", "二、"), (3, "di", "第二，"), (1, "cn", "三、")]


def test_decimal_heading_whose_space_was_removed():
    t = "1 总则\n1.1 目的\n为了应对。\n2组织机构和职责\n2.1 指挥部\n"
    assert [(s.level, s.marker) for s in split_outline(t).walk()] == [
        (1, "1"), (2, "1.1"), (1, "2"), (2, "2.1")]


@pytest.mark.parametrize("text", ["第\U00010d40条 规定\n", "\U00010d40\U00010d41. 标题\n", "（\U00010d41）标题\n"])
def test_digits_python_cannot_read_are_no_marker_numbers(text):
    # digits of Unicode versions newer than Python's tables (here Garay) are no decimal
    # digits to int(): split_outline used to raise KeyError / ValueError on them
    o = split_outline(text)
    assert o.to_text() == text
    assert not any(max(s.marker) > "\uffff" for s in o.walk())


_GATE_CHARS = " \n\t\u3000\x1c\x85\u2028。！？!?*#>\ufeff第（(①⑳一十0９附名x中\U00010000\ud800"


@given(st.text(alphabet=st.sampled_from(list(_GATE_CHARS)), min_size=2, max_size=60))
def test_gate_tables_find_the_class_scans_positions(text):
    # the table path (long texts) and the class scan (short texts) find the same positions
    from govtext import outline

    scan = [0, *(g.end() for g in outline._gate_re().finditer(text))]
    old = outline._GATE_TABLE_MIN
    outline._GATE_TABLE_MIN = 0
    try:
        assert list(outline._gate_positions(text)) == scan
    finally:
        outline._GATE_TABLE_MIN = old


def test_counted_points_with_a_law_word_are_not_articles():
    # 第一条，… counts the points of an argument (条 as a counter), it opens no article
    t = "对此有两条意见：\n第一条，要支持；第二条，要落实。\n第一条　本办法适用于全市。\n"
    o = split_outline(t)
    assert [(s.marker, s.start) for s in o.walk()] == [("第一条", t.index("第一条　"))]
    assert [s.marker for s in split_outline("第二章，见上文。\n").walk()] == []


def test_notes_under_a_notes_line_are_not_headings():
    t = ("一、总体要求\n要坚持标准。①再按计划推进。\n二、保障措施\n加强领导。\n"
         "注：\n① 见某部门的文件，第3页。\n② 见某期刊，第12页。\n")
    o = split_outline(t)
    assert [s.marker for s in o.walk()] == ["一、", "二、"]
    assert o.sections[1].to_text().endswith("第12页。\n")  # the notes stay in the last section's text
    # a 注： inside a line is no notes heading; a list that is not 1, 2, ... is left alone
    o = split_outline("一、要求\n本表注：见下。\n1.第一项\n2.第二项\n")
    assert [s.marker for s in o.walk()] == ["一、", "1.", "2."]


def test_circled_mark_glued_to_a_sentence_is_a_note_mark():
    o = split_outline("一、目标\n任务很重。①此后继续。\n二、措施\n")
    assert [s.marker for s in o.walk()] == ["一、", "二、"]
    # a circled heading after a blank inside run-together text stays
    o = split_outline("一、目标 ①提高质量 ②扩大规模")
    assert [s.marker for s in o.walk()] == ["一、", "①", "②"]


def test_numbering_across_parents_in_run_together_text():
    # （一）（二） under 一、, then （三）（四） under 二、: as laid out, and with every line run together
    laid = "一、目标\n（一）提高质量\n（二）扩大规模\n二、措施\n（三）加强领导\n（四）落实经费\n"
    for text in (laid, laid.replace("\n", " ")):
        o = split_outline(text)
        assert [(s.level, s.marker.strip(), s.number) for s in o.walk()] == [
            (1, "一、", 1), (2, "（一）", 1), (2, "（二）", 2), (1, "二、", 2), (2, "（三）", 3), (2, "（四）", 4)]
    # in laid-out text a continuation inside a line is still not a heading
    o = split_outline("一、目标\n（一）提高质量\n二、措施\n要求如下。（二）另行通知。\n")
    assert [s.marker for s in o.walk()] == ["一、", "（一）", "二、"]


def test_marker_alone_on_its_line_takes_the_next_line_as_title():
    # an old layout: the marker on a line of its own, the point's text on the next line
    t = ("政策的要点如下：\n\n第一、\n坚持自力更生\n各地照此办理。\n\n　　\n第二、\n扩大对外交往\n加强合作。\n"
         "具体办法：\n一、\n修建水渠\n正文。\n二、\n\n推广良种\n")
    o = split_outline(t)
    check_offsets(t, o)
    assert tree(o) == [(1, "第一、", 1, "坚持自力更生"), (1, "第二、", 2, "扩大对外交往"),
                       (2, "一、", 1, "修建水渠"), (2, "二、", 2, "推广良种")]
    # a marker alone at the end of the text, or right before the next heading, has no title
    assert tree(split_outline("一、\n二、\n")) == [(1, "一、", 1, ""), (1, "二、", 2, "")]


def test_line_broken_after_an_opening_quote_is_no_heading():
    # a crawl broke a quoted sentence at its opening quote: 一、两年 counts years there
    t = "一、总体要求\n正文。他说：“\n二、三年内见到成效\n”。\n二、重点任务\n"
    o = split_outline(t)
    check_offsets(t, o)
    assert [(s.marker, s.title.strip()) for s in o.walk()] == [("一、", "总体要求"), ("二、", "重点任务")]


def test_title_cut_inside_a_title_mark_goes_on_to_the_close():
    # a crawl that puts each link on its own line cuts a heading inside 《…》
    t = ("一、关于《\n农村公路发展规划（草案）\n》的说明\n正文。\n（一）规划《\n纲要》的编制过程\n正文。\n"
         "二、学习《\n条例》\n三、其他《\n")
    o = split_outline(t)
    check_offsets(t, o)
    assert ["".join(s.title.split()) for s in o.walk()] == [
        "关于《农村公路发展规划（草案）》的说明", "规划《纲要》的编制过程", "学习《条例》", "其他《"]


def test_lists_under_an_appendix_number_their_levels_afresh():
    # the body goes three levels deep; the first appendix only has a numbered list, the second
    # goes two levels deep with the body's top family
    t = ("一、目标\n（一）质量\n1.范围\n正文。\n附件1\n术语说明\n1.“双减”：减轻负担。\n2.“三通”：宽带网络。\n"
         "附件2\n一、申报\n（一）材料\n")
    o = split_outline(t)
    check_offsets(t, o)
    assert [(s.level, s.marker) for s in o.walk()] == [
        (1, "一、"), (2, "（一）"), (3, "1."), (0, "附件1"), (1, "1."), (1, "2."), (0, "附件2"), (1, "一、"), (2, "（一）")]


def test_an_appendix_announced_by_fu_alone_on_its_line():
    # 附： alone on a line, the appendix's name on the next one, its own list under it
    t = "第一条 为了规范。\n第二条 本法施行。\n\n附：\n\n税目税额表\n\n（一）乘用车\n（二）商用车\n"
    o = split_outline(t)
    check_offsets(t, o)
    assert [(s.level, s.family, s.marker, s.title.strip()) for s in o.walk()] == [
        (1, "tiao", "第一条", ""), (1, "tiao", "第二条", ""), (0, "annex", "附：", "税目税额表"),
        (1, "cn_paren", "（一）", "乘用车"), (1, "cn_paren", "（二）", "商用车")]
    # 附： followed by the attachments on its line is no appendix heading
    assert [s.family for s in split_outline("一、总则\n附：1.申报表 2.说明\n").walk()] == ["cn"]


def test_spaced_numbers_in_one_line_text_are_no_decimal_headings():
    # a one-paragraph record with spaced numbers (1 家 … 1.5 万) is no run-together outline:
    # 1.5 is not the first number under 1 (1.1 is), 2.3 not the first under 2
    for t in ("全市 1 季度完成投资 1.2 亿元。", "报告期内 1 家企业停产， 1.5 万人受影响。",
              "新开工项目 1 个， 1.3 万平方米， 2 个 2.3 万平方米。"):
        assert [s.marker for s in split_outline(t).walk()] == []
    t = "一、总体情况 今年全市 1 家企业停产， 1.5 万人受影响。二、下一步 加强监管。"
    assert [s.marker for s in split_outline(t).walk()] == ["一、", "二、"]


def test_decimal_outline_with_contents_run_together_on_one_line():
    # a plan whose lines were all joined: its contents list, then the sections numbered 1 / 1.1 / 1.1.1
    t = ("某市防汛应急预案 目　录 1　总则 1.1　目的 1.2　范围 2　组织 2.1　指挥部 "
         "1　总则 1.1　目的 为了做好防汛工作。 1.2　范围 本预案适用于全市。 1.2.1　一级：全市受灾。 "
         "1.2.2　二级：部分区县受灾。 2　组织 2.1　指挥部 市政府设立指挥部。 2.2　办公室 设在水务局。")
    o = split_outline(t)
    check_offsets(t, o)
    assert [(s.level, s.marker) for s in o.walk()] == [
        (1, "1"), (2, "1.1"), (2, "1.2"), (3, "1.2.1"), (3, "1.2.2"), (1, "2"), (2, "2.1"), (2, "2.2")]
    assert o.preamble.startswith("某市防汛应急预案 目　录 1　总则 1.1　目的")  # (the contents stay text)
    # decimal numbers of a sentence are no headings, and a 1.x outside its 1 is none either
    assert markers("今年增长 1.3 倍，达到 2.1 万家。 1 家企业 获奖。") == []
    assert markers("总体 1　总则 1.1　目的 为了规范。 3.2　范围 适用于全市。") == ["1", "1.1"]


def test_marker_alone_on_its_line_reads_its_next_line_as_its_own():
    # the line under a lone marker gives the title the marker's own line would give: a title
    # line whole, a paragraph's lead up to its first sentence end (never an empty title)
    lead = "完善农村道路和桥梁的日常养护管理制度并在今后三年内逐步推广到全部乡镇的各个行政村庄以及周边地区"
    t = ("一、\n各地务必抓紧秋季播种，切实做好准备。具体安排另行通知。\n二、\n加强水利建设\n正文从这里开始。\n"
         "三、\n本项工作由各县负责。\n四、\n" + lead + "\n")
    o = split_outline(t)
    check_offsets(t, o)
    assert [(s.marker, s.gap, s.title) for s in o.walk()] == [
        ("一、", "\n", "各地务必抓紧秋季播种，切实做好准备"), ("二、", "\n", "加强水利建设"),
        ("三、", "\n", "本项工作由各县负责"), ("四、", "\n", lead)]
    assert o.sections[0].body.startswith("。具体安排另行通知。")
    one_line = split_outline(t.replace("、\n", "、"))
    assert [s.title for s in one_line.walk()] == [s.title for s in o.walk()]


def test_titles_never_start_or_end_with_whitespace():
    # the blanks between marker and title are the gap, the blanks after a title start the body
    t = "第一章  总则　\n第一条 为了规范。\n一、 目标 \n（一）\u3000质量\n1.\n\n  范围\n二、\u3000\n"
    o = split_outline(t)
    check_offsets(t, o)
    assert [(s.marker, s.gap, s.title) for s in o.walk()] == [
        ("第一章", "  ", "总则"), ("第一条", "", ""), ("一、", " ", "目标"), ("（一）", "\u3000", "质量"),
        ("1.", "\n\n  ", "范围"), ("二、", "", "")]
    assert o.sections[0].body == "　\n" and o.sections[0].children[0].body == " 为了规范。\n"


def test_fu_alone_inside_the_body_opens_no_appendix():
    # 附： under a point, then the body's next point: the point's attachment list, not an appendix
    t = "一、时间\n五月开始。\n二、报名\n  附：\n  1.报名表\n  2.承诺书\n三、其他\n另行通知。\n"
    o = split_outline(t)
    check_offsets(t, o)
    assert [(s.level, s.marker) for s in o.walk()] == [
        (1, "一、"), (1, "二、"), (2, "1."), (2, "2."), (1, "三、")]
    assert [s.marker for s in o.sections] == ["一、", "二、", "三、"]
    # at the end, with nothing of the body after it, 附： is still an appendix heading
    t2 = "一、时间\n五月开始。\n二、报名\n按时报名。\n附：\n报名须知\n1.材料\n2.地点\n"
    assert [(s.level, s.marker) for s in split_outline(t2).walk()] == [
        (1, "一、"), (1, "二、"), (0, "附："), (1, "1."), (1, "2.")]


def test_attachment_list_items_are_not_headings():
    # 附件说明 (GB/T 9704 §7.3.5): its items are names, even where they continue the body's list
    body = "一、工作安排\n1.制定方案。\n2.组织实施。\n"
    for att in ("附件：1.名额表\n　　　2.日程安排\n　　　3.回执\n", "附件：\n1.名额表\n2.日程安排\n3.回执\n",
                "附件：（1）名额表\n（2）日程安排\n"):
        t = body + att + "某某厅\n2024年5月6日\n"
        o = split_outline(t)
        assert [s.marker for s in o.walk()] == ["一、", "1.", "2."], att
        assert o.to_text() == t
    # a numbered list after a 附件 heading (an attachment's own body) is an outline
    t = body + "附件\n名额分配办法\n1.分配原则。\n2.分配方法。\n"
    assert [s.marker for s in split_outline(t).walk()][-2:] == ["1.", "2."]


def test_an_amendments_new_wording_gives_no_headings():
    # the wording an amendment puts into another law numbers that law, not the amendment: items
    # of a quotation whose lines lost their opening marks, articles printed without quotation marks
    t = ("一、将某法第十条修改为：“有下列情形之一的，处以罚款：\n（一）未经批准擅自施工的；\n（二）拒不整改的。\n"
         "“单位有前款行为的，依照前款处罚。”\n二、将某法第十二条修改为：“第十二条 本法自公布之日起施行。”\n"
         "三、本决定自公布之日起施行。\n")
    o = split_outline(t)
    check_offsets(t, o)
    assert [(s.level, s.marker) for s in o.walk()] == [(1, "一、"), (1, "二、"), (1, "三、")]
    t = ("第五条 某法第二章中增加一节，作为第三节；增加两条，分别作为第二十条、第二十一条。内容如下：\n"
         "第三节 监督\n第二十条 国家实行监督制度。\n第二十一条 监督机关独立行使职权。\n"
         "第六条 某法第三十条修改为：\n第三十条 本法由常务委员会解释。\n第七条 本修正案自公布之日起施行。\n")
    o = split_outline(t)
    check_offsets(t, o)
    assert [s.marker for s in o.walk()] == ["第五条", "第六条", "第七条"]
    # an article's own list after its colon stays its list
    t = "第五条 有下列情形之一的，予以改正：\n（一）未经批准的；\n（二）拒不整改的。\n第六条 本法施行。\n"
    assert [s.marker for s in split_outline(t).walk()] == ["第五条", "（一）", "（二）", "第六条"]


def test_decimal_clauses_under_a_parent_whose_heading_lost_its_number():
    # a standard whose part headings lost their numbers (## 附则 for 6): 6.1 after 5.2.1 is the
    # first clause of the next part, at 5.x's level, not a list restarting inside 5.2
    t = ("## 分级\n### 5.1 头部\n#### 5.1.1 一级\n甲。\n#### 5.1.2 二级\n乙。\n### 5.2 面部\n#### 5.2.1 一级\n丙。\n"
         "## 附则\n6.1 伤后死亡的，比照鉴定。\n6.2 未列入的，比照鉴定。\n")
    o = split_outline(t)
    check_offsets(t, o)
    assert [(s.level, s.marker) for s in o.walk()] == [
        (1, "5.1"), (2, "5.1.1"), (2, "5.1.2"), (1, "5.2"), (2, "5.2.1"), (1, "6.1"), (1, "6.2")]
    # a list that restarts with the same parent stays text
    t = "### 5.1 头部\n#### 5.1.1 一级\n甲。\n#### 5.1.2 二级\n乙。\n#### 5.1.1 再次\n丙。\n"
    assert [s.marker for s in split_outline(t).walk()] == ["5.1", "5.1.1", "5.1.2"]


@pytest.mark.parametrize("colon", ["：", ":", "：　"])
def test_numbered_annex_with_its_title_after_a_colon(colon: str) -> None:
    # 附件N：title on one line opens an appendix like 附件N + blank + title; its lists number afresh
    text = (f"某局关于开展评估的通知\n一、目标\n（一）范围\n覆盖全部单位。\n（二）时间\n年底前完成。\n"
            f"附件1{colon}评估指标表\n一、基础指标\n1.人员配备\n2.经费保障\n二、发展指标\n"
            f"附件2{colon}填报说明\n一、报送方式\n")
    got = [(s.level, s.marker.rstrip("：:　"), s.number, s.title) for s in split_outline(text).walk()]
    assert got[3:] == [(0, "附件1", 1, "评估指标表"), (1, "一、", 1, "基础指标"), (2, "1.", 1, "人员配备"),
                       (2, "2.", 2, "经费保障"), (1, "二、", 2, "发展指标"), (0, "附件2", 2, "填报说明"),
                       (1, "一、", 1, "报送方式")]
    # the 附件说明 list (附件： and numbered names) stays no heading; 附： inside the body opens none
    o = split_outline("某局关于评估的通知\n一、目标\n请落实。\n附件：1.评估指标表\n2.填报说明\n")
    assert [s.marker for s in o.walk()] == ["一、"]


def test_a_lone_attachment_label_inside_the_body_keeps_the_items_under_it():
    # the body's 一、 list goes on with 二、 after the items: they were the body's, not 附件说明
    t = "一、工作目标\n（一）总体目标。\n附件：\n1.摸清底数\n2.建立台账\n二、工作步骤\n"
    got = [(s.level, s.marker) for s in split_outline(t).walk()]
    assert got == [(1, "一、"), (2, "（一）"), (3, "1."), (3, "2."), (1, "二、")]


def test_appendix_lists_rank_by_their_order_there():
    # in the body （一） stands under 第一条; the appendix opens 一、 and puts （一） under it
    t = ("第一条　为了规范，制定本办法。\n（一）甲项；\n（二）乙项。\n第二条　本办法自公布之日起施行。\n"
         "附件1：操作规程\n一、准备工作\n（一）检查装备\n（二）设置标志\n二、现场处置\n")
    o = split_outline(t)
    got = [(s.level, s.marker) for s in o.walk()]
    assert got == [(1, "第一条"), (2, "（一）"), (2, "（二）"), (1, "第二条"),
                   (0, "附件1："), (1, "一、"), (2, "（一）"), (2, "（二）"), (1, "二、")]
    annex = o.sections[-1]
    assert [(s.marker, [c.marker for c in s.children]) for s in annex.children] == [
        ("一、", ["（一）", "（二）"]), ("二、", [])]
    assert [s.level for s in annex.children[0].children] == [2, 2]


def test_attachment_names_one_a_line_are_no_appendices():
    t = "一、要求\n请落实。\n附件1：名单\n附件2：统计表\n某局\n2025年1月1日\n"
    assert [s.marker for s in split_outline(t).walk()] == ["一、"]
    # an appendix with its body under it stays one, and so does the next
    t = "一、要求\n请落实。\n附件1：名单\n张三\n附件2：统计表\n合计\n"
    assert [s.marker for s in split_outline(t).walk()] == ["一、", "附件1：", "附件2："]


def test_a_titled_appendix_line_with_a_body_stays_a_heading():
    # 附件1：甲 + 附件2：乙 one a line after the date name the attachments, unless a list opens
    # right under the last of them: that one is an appendix with its body
    from govtext.document import parse_document

    head = ("某某区文化馆关于举办书画展的通知\n各街道文化站：\n　　一、展期\n　　2026年6月1日起。\n"
            "　　二、报送\n　　请填写附件表格。\n某某区文化馆\n2026年5月2日\n")
    for tail, body in (("附件1：报送表\n附件2：布展要求\n　　1.作品须装裱。\n　　2.每人限两件。\n",
                        ["附件1：", "附件2：", "1.", "2."]),
                       ("附件1：报送表\n附件2：评选办法\n附件3：布展要求\n　　一、作品须装裱。\n　　二、每人限两件。\n",
                        ["附件3：", "一、", "二、"])):
        d = parse_document(head + tail)
        walk = [(s.level, s.marker) for s in d.body.walk()]
        assert walk[:2] == [(1, "一、"), (1, "二、")] and [m for _, m in walk[2:]] == body
        assert walk[-3][0] < walk[-1][0]  # the list is the appendix's, under its heading
    # a run of attachment names followed by the signature is still a list, not headings
    d = parse_document(head.replace("某某区文化馆\n2026年5月2日\n", "")
                       + "附件1：报送表\n附件2：布展要求\n某某区文化馆\n2026年5月2日\n")
    assert [s.marker for s in d.body.walk()] == ["一、", "二、"]


def test_an_appendix_ranks_its_lists_by_where_they_first_run():
    # a lone note (（一）本表满分…, 1.本表一式两份) above the appendix's 一、 … （一）（二） … 二、 does
    # not put the whole appendix under it: 一、 runs first (its 1 then its 2), so it is level 1
    body = "某某事项的通知\n一、范围\n（一）甲类。\n（二）乙类。\n二、程序\n（一）申报。\n（二）审核。\n附件\n考核细则\n"
    for note, level in (("（一）本表满分100分\n", 2), ("1.本表一式两份。\n", 3)):
        o = split_outline(body + note + "一、基本条件\n（一）场地达标\n（二）人员到位\n二、日常管理\n（一）台账齐全\n（二）制度健全\n")
        walk = [(s.level, s.marker) for s in o.walk()]
        k = walk.index((0, "附件"))
        assert walk[k + 1][0] == level
        assert walk[k + 2 :] == [(1, "一、"), (2, "（一）"), (2, "（二）"), (1, "二、"), (2, "（一）"), (2, "（二）")]


def test_parts_numbered_di_n_bufen_are_the_top_level():
    # 第一部分 / 第二部分 (an 意见 or 规划 in parts): the outermost heading, its title the rest of the
    # line; 一、 numbers on across parts (三、 under 第二部分), （一） under 一、
    t = ("某某厅关于推进劳动教育的实施意见\n各市：\n　　现提出如下意见。\n第一部分　总体要求\n　　一、指导思想\n"
         "　　坚持育人导向。\n　　二、基本原则\n　　（一）坚持育人导向。融合推进。\n第二部分：主要任务\n"
         "　　三、开齐课程\n　　每周不少于1课时。\n第三部分\n保障措施\n　　四、加强师资\n　　配齐教师。\n")
    o = split_outline(t)
    check_offsets(t, o)
    assert [(s.level, s.marker, s.title) for s in o.walk()] == [
        (1, "第一部分", "总体要求"), (2, "一、", "指导思想"), (2, "二、", "基本原则"), (3, "（一）", "坚持育人导向"),
        (1, "第二部分：", "主要任务"), (2, "三、", "开齐课程"), (1, "第三部分", "保障措施"), (2, "四、", "加强师资")]
    assert [s.family for s in o.sections] == ["bufen"] * 3
    # a part named inside a sentence, or a sentence that starts with it, is no heading
    for line in ("　　报告第一部分 回顾了过去一年的工作。", "第一部分是对过去工作的回顾，第二部分是任务。",
                 "第一部分内容较多，请认真阅读。"):
        assert markers(f"前言\n{line}\n一、总体要求\n") == ["一、"], line


def test_markdown_bold_around_a_heading_is_not_its_title():
    # a page converted to Markdown bolds its headings (**一、总体要求**): the closing ** is no part of
    # the title; a bold lead (**（一）规范用电。**正文) ends its title at the sentence end as before
    t = ("**一、加强隐患排查**\n\n各学校要开展排查。\n\n**二、严防取暖事故**\n\n**（一）规范用电用气。**严禁使用大功率电器。\n\n"
         "**（二）预防中毒**\n\n## 三、做好安全教育\n\n放假前开展教育。\n\n**第一部分　组织保障**\n")
    o = split_outline(t)
    check_offsets(t, o)
    assert [(s.marker, s.title) for s in o.walk()][:5] == [
        ("一、", "加强隐患排查"), ("二、", "严防取暖事故"), ("（一）", "规范用电用气"), ("（二）", "预防中毒"),
        ("三、", "做好安全教育")]
    assert o.sections[0].body.startswith("**\n")
    # a part's mark bold on its own (**第一部分**): a part with no title, the marks its body
    t = "**第一部分**\n组织保障。\n**一、**\n"
    o = split_outline(t)
    check_offsets(t, o)
    assert [(s.marker, s.title, s.body) for s in o.walk()] == [("第一部分", "", "**\n组织保障。\n**"), ("一、", "", "**\n")]
    # a title's own asterisk (a footnote mark) stays when the line has no bold mark before the marker
    assert split_outline("一、总体要求*\n正文。\n").sections[0].title == "总体要求*"


def test_families_that_never_nest_in_each_other_share_a_level():
    # 1. under 一、 and, later, （一） under 二、: both are one level below 一、, whichever came first;
    # where 1. stands under （一） somewhere it stays a level below it everywhere
    t = "一、基本情况\n1.甲事故。经过。\n2.乙事故。经过。\n二、主要问题\n（一）责任不落实。内容。\n（二）监管有漏洞。内容。\n"
    assert [(s.level, s.marker) for s in split_outline(t).walk()] == [
        (1, "一、"), (2, "1."), (2, "2."), (1, "二、"), (2, "（一）"), (2, "（二）")]
    # 1. under 一、, then （一） under 二、 with 1. under it: the 1. nests in （一） (the standard's
    # order, no longer the order first met), and keeps one level throughout
    t3 = t + "三、工作要求\n（一）吸取教训\n1.开展警示教育。\n2.排查隐患。\n（二）严肃问责。内容。\n"
    o = split_outline(t3)
    assert [(s.level, s.marker) for s in o.sections[2].walk()] == [
        (1, "三、"), (2, "（一）"), (3, "1."), (3, "2."), (2, "（二）")]
    assert [(s.level, s.marker) for s in o.sections[0].walk()] == [(1, "一、"), (3, "1."), (3, "2.")]
    # a family that does stand under the other somewhere stays below it: the order is confirmed
    t2 = "一、基本情况\n1.甲事故\n（一）经过。内容。\n（二）原因。内容。\n二、主要问题\n（一）责任不落实。内容。\n"
    assert [(s.level, s.marker) for s in split_outline(t2).walk()] == [
        (1, "一、"), (2, "1."), (3, "（一）"), (3, "（二）"), (1, "二、"), (3, "（一）")]


def test_a_document_printed_after_a_signature_block_numbers_its_lists_afresh():
    # a 转发 notice with its own 一、二、三、, signed and dated, then the forwarded document with
    # its own head and 一、（一）…: its headings are headings (not a list restarting inside 三、)
    notice = ("某某省人民政府关于转发《国务院关于稳就业的意见》的通知\n各市人民政府：\n　　现转发给你们，请一并贯彻落实。\n"
              "　　一、压实责任。内容。\n　　二、加大落实力度。内容。\n　　三、加强监测。内容。\n")
    forwarded = ("国务院关于稳就业的意见\n国发〔2025〕14号\n各省人民政府：\n　　现提出如下意见。\n"
                 "　　一、支持企业稳岗\n　　（一）加大支持。内容。\n　　二、拓宽渠道\n　　内容。\n国务院\n2025年7月20日\n")
    t = notice + "某某省人民政府\n2025年8月4日\n（此件公开发布）\n" + forwarded
    walk = [(s.level, s.marker, s.title) for s in split_outline(t).walk()]
    assert walk == [(1, "一、", "压实责任"), (1, "二、", "加大落实力度"), (1, "三、", "加强监测"),
                    (1, "一、", "支持企业稳岗"), (2, "（一）", "加大支持"), (1, "二、", "拓宽渠道")]
    # without a signature block between them, a list that restarts is still text of the open list
    assert markers(notice + forwarded).count("一、") == 1


def test_a_star_ending_a_title_is_kept_unless_its_line_opens_with_emphasis():
    # only a line that opens with ** (a Markdown heading) loses the closing ** of its title; a * far
    # above (a form's 带*号为必填 note) is no emphasis of a heading whose line does not start with one
    for t in ("*为必填项\n" + "　" * 14 + "一、姓名*\n二、单位*\n",
              "注*\n一、总则\n为了规范管理，特制定本办法，具体如下。二、适用范围*\n三、附则\n"):
        titles = [s.title for s in split_outline(t).walk()]
        assert any(x.endswith("*") for x in titles[:2]), titles


def test_pian_parts_of_a_plan_rank_above_its_chapters():
    # a 规划纲要 in 篇, 章 and 节 (第一篇　开启新征程): 篇 is the top level, above 章 (and 编)
    t = ("某县第十五个五年规划纲要\n第一篇　开启新征程\n第一章　发展基础\n成效显著。\n第二章　总体要求\n第一节　指导思想\n"
         "坚持稳中求进。\n第二篇　产业体系\n第三章　先进制造业\n做强集群。\n")
    o = split_outline(t)
    check_offsets(t, o)
    assert [(s.level, s.family, s.marker, s.title) for s in o.walk()] == [
        (1, "pian", "第一篇", "开启新征程"), (2, "zhang", "第一章", "发展基础"), (2, "zhang", "第二章", "总体要求"),
        (3, "jie", "第一节", "指导思想"), (1, "pian", "第二篇", "产业体系"), (2, "zhang", "第三章", "先进制造业")]
    # 篇 also counts texts (第一篇文章): a heading only with a blank or the line's end after it
    assert markers("第一篇文章发表于2020年。\n第二篇论文获奖。\n") == []
    assert markers("第一篇\n总体要求\n第二篇\n产业体系\n") == ["第一篇", "第二篇"]


def test_markdown_bold_marker_alone_before_its_title():
    # a page converted to Markdown that bolds only the number (**一、**总体要求): the closing ** is the
    # gap between marker and title, no part of the title
    t = "**一、**总体要求\n\n坚持原则。\n\n**二、**主要任务\n\n**（一）**设计课程。各学校要设计。\n\n**（二）** 规范组织\n"
    o = split_outline(t)
    check_offsets(t, o)
    assert [(s.marker, s.gap, s.title) for s in o.walk()] == [
        ("一、", "**", "总体要求"), ("二、", "**", "主要任务"), ("（一）", "**", "设计课程"), ("（二）", "** ", "规范组织")]
    from govtext.chunks import chunk_sections

    paths = {c.heading_path for c in chunk_sections(t, min_chars=0)}
    assert {"一、总体要求", "二、主要任务 > （一）设计课程", "二、主要任务 > （二） 规范组织"} <= paths
    # a bold marker alone on its line has its title on the next, as the plain marker has (一、⏎正文。)
    for t in ("**一、**\n正文。\n", "一、\n正文。\n"):
        assert [(s.title, s.body) for s in split_outline(t).walk()] == [("正文", "。\n")]


def test_pian_heads_its_line_with_a_short_title_and_may_have_it_below():
    # a list of papers (第一篇 论文题目，作者某某。) is no plan's parts; a part alone on its line has its
    # title on the next, as 第一部分 does
    assert markers("获奖名单\n第一篇 论文题目甲，作者张某。\n第二篇 论文题目乙，作者李某。\n") == []
    o = split_outline("第一篇\n开启新征程\n第一章　发展环境\n内容。\n第二篇\n坚持创新\n第二章　强化科技\n内容。\n")
    assert [(s.level, s.marker, s.title) for s in o.walk()] == [
        (1, "第一篇", "开启新征程"), (2, "第一章", "发展环境"), (1, "第二篇", "坚持创新"), (2, "第二章", "强化科技")]


def test_markdown_emphasis_variants_around_a_heading():
    # the title on the next line under a bold marker (**一、**⏎总体要求), the title bold too after a
    # blank (**一、** **总体要求**), and the title alone bold after a plain marker (一、**总体要求**):
    # the emphasis marks are the gap and the body's start, never the title's
    for t, gap in (("**一、**\n总体要求\n内容。\n**二、**\n主要任务\n内容。\n", "**\n"),
                   ("**一、** **总体要求**\n内容。\n**二、** **主要任务**\n内容。\n", "** **"),
                   ("一、**总体要求**\n内容。\n二、**主要任务**\n内容。\n", "**")):
        o = split_outline(t)
        check_offsets(t, o)
        assert [(s.gap, s.title) for s in o.walk()] == [(gap, "总体要求"), (gap, "主要任务")], t
    assert [s.title for s in split_outline("一、*总体*要求\n内容\n二、*主要*任务\n").walk()] == ["*总体*要求", "*主要*任务"]


def test_a_letter_spaced_short_title_is_one_title() -> None:
    # (session 20, OD7) 一、综　　合: the title fills its line, one character between blanks
    t = "一、综　　合\n全年增长5%。\n二、农　　业\n粮食增产。\n三、工业和建筑业\n增长6%。\n"
    o = split_outline(t)
    assert [s.title for s in o.walk()] == ["综\u3000\u3000合", "农\u3000\u3000业", "工业和建筑业"]
    assert o.to_text() == t
    # run-together text: the title still ends at the blank before the next heading
    assert [s.title for s in split_outline("一、综 合 二、农 业\n").walk()] == ["综", "农 业"]


def test_ocr_blanks_inside_a_marker_at_a_line_start() -> None:
    # (session 21, OD8) a scanned page's OCR puts a blank inside a marker: 一 、 （ 二） 1 .
    t = ("一 、排查时间\n3月16日至4月15日。\n二、排查内容\n（一）校舍安全。查校舍。\n（ 二）消防安全。查设施。\n"
         "（三 ）食品安全。查食堂。\n三、工作要求\n1 .成立工作小组。\n2.建立台账。\n")
    o = split_outline(t)
    assert [(s.level, s.number, s.title) for s in o.walk()] == [
        (1, 1, "排查时间"), (1, 2, "排查内容"), (2, 1, "校舍安全"), (2, 2, "消防安全"), (2, 3, "食品安全"),
        (1, 3, "工作要求"), (3, 1, "成立工作小组"), (3, 2, "建立台账")]
    assert o.to_text() == t
    # inside a line the blank keeps its meaning: no marker
    assert [s.marker for s in split_outline("一、总体要求\n分为一 、二两类，共 1 .5万人。\n").walk()] == ["一、"]


def test_an_appendix_title_wrapped_over_two_lines() -> None:
    # (session 21, OD8) the attached document's title over two lines, the second ending like a kind of document
    t = "正文。\n附件\n某区人民政府关于申请设立\n农业科技园区的请示\n某市人民政府：\n一、基本情况\n略。\n"
    o = split_outline(t)
    annex = next(o.walk())
    assert annex.level == 0 and annex.title == "某区人民政府关于申请设立\n农业科技园区的请示"
    assert o.to_text() == t
    # a first line that is a whole title, or a second line that is a sentence: the first line only
    for t2 in ("正文。\n附件\n报名表\n填表说明的通知\n", "正文。\n附件\n某区申请设立\n园区情况如下，请审阅。\n"):
        assert next(split_outline(t2).walk()).title == t2.split("\n")[2], t2


def test_table_row_labels_one_cell_a_line_are_no_headings() -> None:
    # (session 21, OD8) a table crawled one cell a line: a row's label numbered like a heading,
    # then its figures, one a line
    t = ("一、总体情况\n全年公开326条。\n二、收到和处理申请情况\n申请人情况\n自然人\n法人\n一、本年新收申请数量\n13\n2\n"
         "二、本年度办理结果\n（一）予以公开\n8\n1\n（二）部分公开\n2\n0\n"
         "（三）不予公开\n1.属于国家秘密\n0\n0\n2.其他情形\n1\n0\n三、行政复议情况\n未发生行政复议。\n")
    o = split_outline(t)
    assert [s.marker for s in o.walk()] == ["一、", "二、", "三、"]
    assert o.to_text() == t
    # a heading over one page number is a heading
    t2 = "一、总体要求\n（一）指导思想\n12\n坚持原则。\n（二）工作目标\n到2027年完成。\n"
    assert [s.marker for s in split_outline(t2).walk()] == ["一、", "（一）", "（二）"]


def test_an_appendix_title_wrapped_before_its_body() -> None:
    # (session 22, OD10) the appendix's title over two lines, the second not ending like a kind of
    # document, then the appendix's body (after a blank line, a numbered point, a sentence): one title
    for body in ("\n一、甲厅负责总体协调。\n二、乙厅负责经费保障。\n", "一、甲厅负责总体协调。\n二、乙厅负责经费保障。\n",
                 "　　为做好普查工作，各部门分工如下，请认真落实。\n", ""):
        t = "正文。\n附件\n\n第一次全省湿地资源普查\n主要任务分工\n" + body
        o = split_outline(t)
        annex = next(o.walk())
        assert annex.level == 0 and annex.title == "第一次全省湿地资源普查\n主要任务分工", body
        assert o.to_text() == t
    # a table's next cell under the second line, or a second line of cells (blanks inside): the first
    # line only
    for t2 in ("正文。\n附件\n2026年度重点项目\n序号\n项目名称\n责任单位\n",
               "正文。\n附件\n联系方式\n张　明　　0571-88001234\n\n"):
        assert next(split_outline(t2).walk()).title == t2.split("\n")[2], t2


def test_a_two_item_list_run_into_one_paragraph_is_text() -> None:
    # (session 22, OD10) a paragraph (a table's cell crawled as a line) that starts with 1. and holds
    # its 2. after a sentence end, the list going on nowhere: an inline list, no headings
    t = ("附件1\n取消的事项目录\n序号\n事项名称\n监管措施\n1\n某某资格认定\n1.制定检验工作规范，向社会公开。2.通过随机抽查"
         "加强监管，发现违法行为依法查处。\n2\n某某资质审批\n加强事中事后监管。\n附件2\n调整的事项目录\n")
    o = split_outline(t)
    assert [s.marker for s in o.walk()] == ["附件1", "附件2"]
    assert o.to_text() == t
    # the same two items where the list goes on at the next line's 3. are headings run together
    t2 = ("一、主要任务\n1.制定检验工作规范，向社会公开。2.通过随机抽查加强监管，发现违法行为依法查处。\n"
          "3.公开监管结果，接受社会监督。\n二、保障措施\n")
    assert [s.marker for s in split_outline(t2).walk()] == ["一、", "1.", "2.", "3.", "二、"]


def test_the_items_of_a_box_and_a_forms_notes_are_no_headings() -> None:
    # (session 25, OD12) a plan's 专栏 box under its mark (专栏1　title), its items 1. 2. 3. one a line,
    # and a form's 填表说明： over its numbered notes: no part of the outline, whose levels stay
    t = ("第一部分　总体要求\n一、主要目标\n到2030年基本建成。\n专栏1　主要指标\n　　1.铁路营业里程：8500公里。\n"
         "　　2.高速公路：12000公里。\n第二部分　重点任务\n二、完善通道\n（一）加快建设。推进项目。\n"
         "附件\n情况汇总表\n序号\n学校名称\n填表说明：\n1.栋数按单体统计。\n2.本表以Excel格式报送。\n")
    o = split_outline(t)
    assert [(s.level, s.marker) for s in o.walk()] == [
        (1, "第一部分"), (2, "一、"), (1, "第二部分"), (2, "二、"), (3, "（一）"), (0, "附件")]
    assert o.to_text() == t
    # the same items with no box or notes line above them are headings (the 1. under 一、)
    t2 = t.replace("专栏1　主要指标\n", "").replace("填表说明：\n", "")
    assert [s.marker for s in split_outline(t2).walk()].count("1.") == 2


def test_an_annex_title_with_its_qualifier_on_the_next_line() -> None:
    # (session 27, OD14) ``附件`` + ``某市养犬管理条例`` + ``（草案征求意见稿）``: the qualifier alone in
    # brackets under a title ending like a kind is the title's; a date there is not
    t = "一、方式\n略。\n附件\n某市养犬管理条例\n（草案征求意见稿）\n第一章　总则\n第一条　为了规范养犬，制定本条例。\n"
    annex = [s for s in split_outline(t).walk() if s.family == "annex"]
    assert [(s.title, s.level) for s in annex] == [("某市养犬管理条例\n（草案征求意见稿）", 0)]
    t2 = t.replace("（草案征求意见稿）", "（2026年6月15日）")
    assert [s.title for s in split_outline(t2).walk() if s.family == "annex"] == ["某市养犬管理条例"]


def test_a_standards_undivided_clauses_in_a_run_are_headings() -> None:
    # (session 35, OD22) a standard's clauses 1, 2 with no 1.x under them, 3 over 3.1: the run numbered
    # on one by one holds a divided clause, so each of its clauses is a heading, levels by depth
    t = ("1　适用范围\n本规程适用于全县水库。\n2　引用文件\n下列文件适用于本规程。\n3　巡查要求\n"
         "3.1　巡查频次\n汛期每日一次。\n3.1.1　雨后应加密巡查。\n4　记录\n巡查结果应当日录入。\n")
    o = split_outline(t)
    assert [(s.level, s.marker) for s in o.walk()] == [
        (1, "1"), (1, "2"), (1, "3"), (2, "3.1"), (3, "3.1.1"), (1, "4")]
    assert o.to_text() == t
    # a run with no divided clause stays text (a list of one-line items), and a line out of the run too
    assert [s.marker for s in split_outline("1　甲乡水库\n2　乙乡水库\n3　丙乡水库\n").walk()] == []
    t2 = "1　总则\n1.1　目的\n略。\n3　附加说明\n略。\n"
    assert [s.marker for s in split_outline(t2).walk()] == ["1", "1.1"]


def test_a_code_and_its_number_do_not_end_a_title() -> None:
    # (session 35, OD22) ``6.1　应按DB59/T 0251开展评价。``: the blank between a code's letters and its
    # number is no end of the title; a blank between two words still ends a run-together one
    t = "1　评价\n1.1　应按DB59/T 0251开展评价，结果每月公布。\n1.2　差评应回访。\n"
    assert {s.marker: s.title for s in split_outline(t).walk()}["1.1"] == "应按DB59/T 0251开展评价，结果每月公布"
    assert [s.title for s in split_outline("一、目标 略。 二、措施 详见下文。").walk()] == ["目标", "措施"]


def test_a_lettered_appendix_with_its_nature_line() -> None:
    # (session 35, OD22) ``附录A`` + ``（资料性）`` + the appendix's name: an appendix (level 0) titled by the
    # name; the nature line is the gap between marker and title
    t = "1　范围\n1.1　略\n附录A\n（规范性）\n检验记录表\n项目\t结果\n附录B\n抽样方法\n按批抽取。\n"
    o = split_outline(t)
    annex = [s for s in o.walk() if s.family == "annex"]
    assert [(s.marker, s.number, s.title, s.level) for s in annex] == [("附录A", 1, "检验记录表", 0), ("附录B", 2, "抽样方法", 0)]
    assert annex[0].gap == "\n（规范性）\n" and o.to_text() == t
    # a bracketed line that is no nature (a date) is not passed over; a letter after 附件 is no appendix number
    t2 = t.replace("（规范性）", "（2026年）")
    assert next(s.title for s in split_outline(t2).walk() if s.family == "annex").startswith("（2026年）")
    assert [s.marker for s in split_outline("一、甲\n附件A\n略。\n").walk()] == ["一、"]


def test_a_lettered_appendix_with_blanks_before_its_letter() -> None:
    # (review) ``附录 B``, ``附录　A``: blanks between 附录 and its letter keep the letter the appendix's number
    # (it was marker 附录 titled B); after 附件 a letter stays no number
    t = "1　范围\n附录　A\n（规范性）\n检验记录表\n附录  B\n抽样方法\n按批抽取。\n"
    o = split_outline(t)
    assert [(s.marker, s.number, s.title) for s in o.walk() if s.family == "annex"] == [
        ("附录　A", 1, "检验记录表"), ("附录  B", 2, "抽样方法")]
    assert o.to_text() == t
    assert [(s.marker, s.title) for s in split_outline("一、甲\n附件 A\n略。\n").walk()] == [("一、", "甲"), ("附件", "A")]


def test_a_numbered_question_is_titled_by_the_question() -> None:
    # (session 35, OD22) ``1．问：…？`` of a policy Q&A: the question is the title (not ``问`` cut at its
    # colon); a line holding more than the question keeps the title ``问``
    t = "一、补贴\n1．问：企业可以享受哪些补贴？\n答：按人数发放。\n2．问：向哪里申请？\n答：窗口。\n"
    assert [s.title for s in split_outline(t).walk()] == ["补贴", "问：企业可以享受哪些补贴？", "问：向哪里申请？"]
    t2 = "一、补贴\n1．问：哪些企业？答：全部企业。\n2．问：向哪里申请？\n"
    assert [s.title for s in split_outline(t2).walk()][1] == "问"


def test_an_agreements_article_titled_by_a_phrase_alone_on_its_line() -> None:
    # (session 35, OD22) ``第一条　合作目标`` over its indented text: the phrase is the article's title; a
    # law's article cut by a PDF line inside its sentence (the rest unindented), or a repealed one, has none
    t = "第一条　合作目标\n　　双方共建平台。\n第二条　合作内容\n　　（一）共建数据底座。\n第三条　删除\n第四条　其他\n　　本协议一式四份。\n"
    o = split_outline(t)
    assert [(s.marker, s.title) for s in o.walk() if s.family == "tiao"] == [
        ("第一条", "合作目标"), ("第二条", "合作内容"), ("第三条", ""), ("第四条", "其他")]
    assert o.to_text() == t
    law = "第一章　总则\n第一条　为了规范管理\n制定本办法。\n第二条　本办法适用于本省。\n"
    assert [s.title for s in split_outline(law).walk() if s.family == "tiao"] == ["", ""]


def test_an_articles_phrase_over_a_list_leads_the_list() -> None:
    # (review) ``第一条　禁止下列行为`` over an indented list (（一）, 1.) where no article is titled by a
    # phrase over plain text: the phrase is the sentence leading the list, no title (it was one); in an
    # agreement that titles its articles so, a phrase over a list stays a title (the test above)
    law = "第一条　禁止下列行为\n　　（一）向河道倾倒垃圾；\n　　（二）擅自取水。\n第二条　本规定自发布之日起施行。\n"
    o = split_outline(law)
    assert [(s.marker, s.title) for s in o.walk()] == [
        ("第一条", ""), ("（一）", "向河道倾倒垃圾"), ("（二）", "擅自取水"), ("第二条", "")]
    assert o.to_text() == law
    numbered = law.replace("（一）", "1. ").replace("（二）", "2. ")
    assert [s.title for s in split_outline(numbered).walk() if s.family == "tiao"] == ["", ""]


def test_a_text_under_its_own_title_after_a_laws_articles_numbers_its_levels_afresh() -> None:
    # (session 36, OD36) a draft's articles, then its drafting note under its own title (关于《…》的起草说明,
    # no signature between): the note's 一、 and （一） are its levels 1 and 2, not under the last article
    t = ("第一条　为了规范管理，制定本办法。\n第二条　新建设施应当符合下列要求：\n　　（一）布局合理；\n　　（二）设施齐全。\n"
         "第三条　本办法自公布之日起施行。\n关于《某市管理办法\n（征求意见稿）》的起草说明\n一、起草背景\n　　现有设施不足。\n"
         "二、主要内容\n　　（一）明确职责。第二条规定了要求。\n　　（二）规范标准。\n")
    o = split_outline(t)
    assert [(s.level, s.marker) for s in o.walk()] == [
        (1, "第一条"), (1, "第二条"), (2, "（一）"), (2, "（二）"), (1, "第三条"),
        (1, "一、"), (1, "二、"), (2, "（一）"), (2, "（二）")]
    assert [s.marker for s in o.sections] == ["第一条", "第二条", "第三条", "一、", "二、"]
    assert o.to_text() == t
    # the last article over two paragraphs, blank lines around the note's title (as a page prints it): the same
    paged = t.replace("施行。\n关于", "施行。\n　　本办法由某局负责解释。\n\n关于").replace("的起草说明\n", "的起草说明\n\n")
    assert [(s.level, s.marker) for s in split_outline(paged).walk()][5:7] == [(1, "一、"), (1, "二、")]
    # a sentence above the 一、 (the article's own list, led by a colon), no title: the list is the article's
    inner = t.replace("关于《某市管理办法\n（征求意见稿）》的起草说明\n", "第四条　申请应当提交下列材料：\n")
    assert [(s.level, s.marker) for s in split_outline(inner).walk()][5:7] == [(1, "第四条"), (2, "一、")]


def test_a_note_title_between_articles_does_not_restart_the_levels() -> None:
    # (session 36, FXD36) a line that reads as a note's title (《…》的有关说明) between an article and its
    # 一、二、, another article after them: the list is the article's, the next article at level 1 still
    t = ("第一条　为了规范服务，制定本规范。\n第二条　服务应当符合下列要求：\n《服务规范》的有关说明\n"
         "一、服务应当及时。\n二、服务应当规范。\n第三条　本规范自发布之日起施行。\n")
    o = split_outline(t)
    assert [(s.level, s.marker) for s in o.walk()] == [
        (1, "第一条"), (1, "第二条"), (2, "一、"), (2, "二、"), (1, "第三条")]
    assert [s.marker for s in o.sections] == ["第一条", "第二条", "第三条"]
    # a chapter after them: the same; nothing of the law after them: the note's own levels
    chapter = t.replace("第三条　本规范自发布之日起施行。", "第二章　附则")
    assert [c.marker for c in split_outline(chapter).sections[1].children] == ["一、", "二、"]
    last = t.replace("第三条　本规范自发布之日起施行。\n", "")
    assert [(s.level, s.marker) for s in split_outline(last).walk()][2:] == [(1, "一、"), (1, "二、")]


def test_a_clock_time_does_not_end_a_headings_title() -> None:
    # (session 37, OD37) an agenda's items led by their hours (一、9:00—9:10　宣布开会): neither the blank after
    # the time nor a full-width colon inside it (9：10) ends the title; a blank after other words still does
    t = "一、9:00—9:10　宣布会议开始\n二、9：10－9：40　通报情况\n三、总体要求　坚持问题导向。\n四、会议时间　　\n"
    assert [s.title for s in split_outline(t).walk()] == [
        "9:00—9:10\u3000宣布会议开始", "9：10－9：40\u3000通报情况", "总体要求", "会议时间"]


def test_a_colon_inside_closed_brackets_does_not_end_a_run_in_title() -> None:
    # (session 38, OD38) a parenthesis holding a colon (（电话：…）, （详见附件：…）) is part of a run-in title up to
    # 。; a colon outside brackets, or a bracket not closed on its line, still ends it (one holding a blank or a
    # ；: session 39, below)
    t = ("一、重大险情须电话报告县防指办公室（电话：0575-12345678）。其余书面报告。\n"
         "二、材料按要求报送（详见附件：报送清单）。\n三、目标：到2030年建成。\n四、报名（截至6月：十日内\n")
    assert [s.title for s in split_outline(t).walk()] == [
        "重大险情须电话报告县防指办公室（电话：0575-12345678）", "材料按要求报送（详见附件：报送清单）", "目标",
        "报名（截至6月"]


def test_a_bracket_holding_a_semicolon_or_a_blank_is_part_of_a_run_in_title() -> None:
    # (session 39, OD39) a parenthesis closed on the line that holds a ； or a blank (a lead unit and its partners,
    # 牵头：…；配合：…; a time and a place) is the title's, its colons too; a ； or a blank outside brackets, or
    # inside one not closed on its line, still ends the title
    t = ("一、加强领导（牵头：县发改局；配合：县财政局）\n二、会议安排（时间：6月1日　地点：某地）\n"
         "（一）压实责任（县级统筹；乡镇落实）；其他事项另行通知。\n三、报名（截至：6月；逾期不候\n"
         "四、总体要求；坚持问题导向。\n五、会议时间　（上午）\n")
    assert [s.title for s in split_outline(t).walk()] == [
        "加强领导（牵头：县发改局；配合：县财政局）", "会议安排（时间：6月1日\u3000地点：某地）", "压实责任（县级统筹；乡镇落实）",
        "报名（截至", "总体要求", "会议时间"]


def test_a_colon_inside_a_closed_book_title_or_quote_does_not_end_a_run_in_title() -> None:
    # (session 38, FXD) as in closed round brackets, a colon inside a closed 《》, “” or 【】 is the title's; one
    # not closed on its line still ends it
    t = ("一、认真学习《数字中国建设：整体布局规划》。其余略。\n二、落实“放管服：改革”要求。\n"
         "三、【重要：提示】请按时报送。\n四、学习《某某：甲\n")
    assert [s.title for s in split_outline(t).walk()] == [
        "认真学习《数字中国建设：整体布局规划》", "落实“放管服：改革”要求", "【重要：提示】请按时报送", "学习《某某"]


@given(st.text(alphabet="（）(《》“”【】：:；。a　一、", max_size=80))
def test_bracketed_titles_are_read_on_any_text(s: str) -> None:
    # (session 38, OD38) any mix of brackets, colons and sentence ends: each title is read from its heading's
    # own line, never past it
    text = "一、" + s + "\n二、乙\n"
    for sec in split_outline(text).walk():
        line = text[sec.start : text.find("\n", sec.start)]
        assert sec.title.strip() in line


def test_an_appendix_printing_a_document_whole_is_titled_by_its_title() -> None:
    # (session 38, OD38) under an appendix's marker alone, the head of the document it prints whole (its issuer
    # mark maybe, 某某市教育局文件, and its number alone on a line, 某教发〔2027〕9号) is passed over (the section's
    # gap): the title is the document's (over two lines too); a line that is no such number still titles it
    notice = "关于转发的通知\n一、甲。\n二、乙。\n某局\n2027年4月3日\n"
    t = notice + "附件\n某某市教育局文件\n某教发〔2027〕9号\n某某市教育局关于开展甲活动的\n通知\n各学校：\n一、活动时间\n"
    secs = list(split_outline(t).walk())
    assert [(s.level, s.marker) for s in secs] == [(1, "一、"), (1, "二、"), (0, "附件"), (1, "一、")]
    assert secs[2].title.replace("\n", "") == "某某市教育局关于开展甲活动的通知"
    assert secs[2].gap.split() == ["某某市教育局文件", "某教发〔2027〕9号"]
    bare = list(split_outline(notice + "附件\n某教发〔2027〕9号\n关于甲的通知\n一、时间\n").walk())
    assert bare[2].title == "关于甲的通知"
    for line in ("2027年度某某名单", "某某县各校情况表"):
        assert list(split_outline(notice + f"附件\n{line}\n序号\t单位\n").walk())[2].title == line


def test_an_appendix_printing_a_signed_document_whole_is_titled_by_its_title() -> None:
    # (session 38, FXD) the head of a document an appendix prints whole may carry its signer (签发人：某某) under
    # its number or on the number's line: passed over with the head, the title is the document's
    notice = "关于转发的通知\n一、甲。\n二、乙。\n某局\n2027年4月3日\n"
    for head in ("某某市教育局文件\n某教发〔2027〕9号\n签发人：张三\n", "某教发〔2027〕9号　　签发人：李　四\n"):
        t = notice + "附件\n" + head + "某某市教育局关于开展甲活动的\n通知\n各学校：\n一、活动时间\n"
        secs = list(split_outline(t).walk())
        assert secs[2].title.replace("\n", "") == "某某市教育局关于开展甲活动的通知", head
        assert "签发人" in secs[2].gap, head


def test_a_sub_numbered_appendix_is_an_appendix() -> None:
    # (session 41, OD41) an attachment of an attachment numbered under its parent's number (附件1-1, 附件2－3), alone
    # on its line over its title or with its title on the line, is an appendix at level 0 as 附件1 is
    notice = "关于申报的通知\n一、甲。\n二、乙。\n某局\n2027年4月3日\n附件1\n某某申报指南\n一、方向\n二、要求\n"
    for sub, title in (("附件1-1\n某某申报书\n项目名称：\n", "某某申报书"), ("附件1－2　某某预算表\n序号\t科目\n", "某某预算表")):
        secs = list(split_outline(notice + sub + "附件2\n某某联系表\n").walk())
        assert [(s.level, s.marker) for s in secs][-2:] == [(0, sub[:5]), (0, "附件2")], sub
        assert secs[-2].title == title, sub
    # (a range in a sentence or a name is no marker: 附件1-3所列…, 附件1-3月统计表)
    for line in ("附件1-3所列单位要按时报送。\n", "附件1-3月统计表\n"):
        assert [s.marker for s in split_outline(notice + line).walk()][-1] == "二、", line


def test_a_sub_numbered_appendix_keeps_its_second_number() -> None:
    # (session 41, review of OD41) 附件1-1 and 附件1-2 are told apart by their second number (``sub``), their ``number``
    # the parent's; an appendix numbered once has none
    text = "一、总体要求\n内容。\n附件1\n实施方案\n附件1-1\n任务分工表\n附件1－2：进度表\n附件2\n联系表\n"
    assert [(s.marker, s.number, s.sub, s.title) for s in split_outline(text).walk()][1:] == [
        ("附件1", 1, 0, "实施方案"), ("附件1-1", 1, 1, "任务分工表"), ("附件1－2：", 1, 2, "进度表"), ("附件2", 2, 0, "联系表")]


def test_parenthesized_and_stopped_digit_characters_are_list_markers() -> None:
    # (session 41, OD41) the enclosed digits a word processor gives a list (⑴ ⑵ for （1）（2）, ⒈ ⒉ for 1. 2.) are
    # markers of those families, at those families' levels (1. stays under （一） when one right under 一、)
    text = ("一、重点任务\n（一）建设\n1．集中村庄。要求如下：\n⑴规模按人口确定；\n⑵出水达标；\n2．分散村庄。推广小型设备。\n"
            "二、保障措施\n⒈加强领导。县局牵头。\n⒉强化资金。财政保障。\n")
    assert [(s.level, s.marker, s.title) for s in split_outline(text).walk()] == [
        (1, "一、", "重点任务"), (2, "（一）", "建设"), (3, "1．", "集中村庄"), (4, "⑴", "规模按人口确定"),
        (4, "⑵", "出水达标"), (3, "2．", "分散村庄"), (1, "二、", "保障措施"), (3, "⒈", "加强领导"), (3, "⒉", "强化资金")]
    # (one inside a sentence, after no blank nor sentence end, is no heading)
    assert markers("一、任务\n按照要求⑴做好准备。\n") == ["一、"]
