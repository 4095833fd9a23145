"""A second set of printed documents' text layers (held-out 329–340: pdftotext with and without
``-layout``, PyMuPDF, pdfminer, Tika): running lines fused with their page's number, a chapter's
name as running head, heads printed twice, a field's colon in a head, a slide deck's footer; and the
document's own lines that looked like chrome (a small table after its caption, a form's rows between
bars, a paper's English abstract). Invented text."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from govtext.spam import classify_lines
from linear_common import assert_linear
from page_common import keeps as _keeps

PARA = [
    "全市各级各类学校要把安全教育纳入日常教学计划，每学期开展不少于两次的应急疏散演练，确保师生掌握基本的避险技能。",
    "县级教育行政部门要会同应急管理、消防救援等部门，对辖区内学校的消防设施开展一次全面检查，建立问题清单并限期整改。",
    "各校要落实校长负责制，明确分管领导和具体责任人，把安全责任分解到每一个岗位、每一名教职工，做到人人肩上有责任。",
    "对检查中发现的重大隐患，要立即停止使用相关场所，并在二十四小时内向县级教育行政部门书面报告整改方案和完成时限。",
]


def test_running_lines_fused_with_the_page_number_go() -> None:
    """``pdftotext -layout`` prints the page's number and its running line on one line: the even
    pages' head (14 …公报 2026年第11期) the same line but the number, the odd pages' naming the
    section (2026年第11期 市政府文件 15) with the issue in it; both go (held-out 329; kept on main)."""
    lines, chrome = [], set()
    for n in range(14, 20):
        chrome.add(len(lines))
        lines.append(f"{n} 某市人民政府公报 2026年第9期" if n % 2 == 0 else f"2026年第9期 {'市政府文件' if n < 17 else '人事任免'} {n}")
        lines += PARA[n % 4: n % 4 + 2] or PARA[:2]
    keeps = _keeps(lines)
    assert [i for i, k in enumerate(keeps) if not k] == sorted(chrome)


def test_a_chapters_name_as_running_head_goes_its_heading_stays() -> None:
    """A 规划 through PyMuPDF: each page opens with its chapter's name under the page's number; on
    the chapter's first page the heading itself follows (held-out 334; kept on main)."""
    lines = ["某市教育事业发展规划", PARA[0], "- 1 -", "第一章 发展基础", "第一章 发展基础", *PARA[:2], "- 2 -",
             "第一章 发展基础", *PARA[2:], "- 3 -", "第二章 主要任务", "第二章 主要任务", *PARA[1:3], "- 4 -",
             "第二章 主要任务", PARA[3], "- 5 -"]
    keeps = _keeps(lines)
    dropped = [lines[i] for i, k in enumerate(keeps) if not k]
    assert dropped.count("第一章 发展基础") == 2 and dropped.count("第二章 主要任务") == 2
    assert keeps[4] and keeps[15], "the headings stay"


def test_heads_printed_on_every_other_page_go() -> None:
    """A 统计年鉴 prints its Chinese head on the even pages and its English one on the odd ones:
    each stands twice beside numbers printed as page numbers (· 84 ·), and goes (held-out 340)."""
    lines = ["·84·", "某州统计年鉴—2026", *PARA[:2], "某州 STATISTICAL YEARBOOK—2026", "·85·", *PARA[2:],
             "·86·", "某州统计年鉴—2026", *PARA[:2], "某州 STATISTICAL YEARBOOK—2026", "·87·"]
    lines = ["四、人口", PARA[3], *lines]
    keeps = _keeps(lines)
    assert not any(k for i, k in enumerate(keeps) if "YEARBOOK" in lines[i] or "年鉴" in lines[i])
    assert all(k for i, k in enumerate(keeps) if lines[i] in PARA)


def test_two_copies_of_a_heading_beside_page_numbers_stay() -> None:
    """The 目录's entry over the page's number and the heading it names under the next one: two
    copies beside page numbers, but a heading's (第三部分 …), not a running line."""
    lines = ["某区教育局2025年度部门决算", "目录", "第一部分 部门概况", "第二部分 情况说明", "第 1 页", "第一部分 部门概况",
             *PARA[:3], "第 2 页", PARA[3], "第 3 页", "第二部分 情况说明", *PARA[:2], "第 4 页"]
    keeps = _keeps(lines)
    assert keeps[5] and keeps[12]


def test_a_running_head_with_a_fields_colon_goes() -> None:
    """A 招标文件's head names the agency and the project's number (…有限公司 项目编号：ZB-2026-118)
    on each page, under the page's number: it goes; the body's own 项目编号 field stays (held-out 336)."""
    head = "某某招标代理有限公司 项目编号：ZB-2026-118"
    lines = ["某医院设备采购项目招标文件", head, "第一章 招标公告", "项目编号：ZB-2026-118", *PARA, "1", head,
             *PARA, "2", head, *PARA, "3", head, PARA[3], "4"]
    keeps = _keeps(lines)
    assert not any(keeps[i] for i in (8, 9, 14, 15, 20, 21))
    assert keeps[3] and all(k for i, k in enumerate(keeps) if lines[i] in PARA)


def test_a_slide_decks_footer_over_each_number_goes() -> None:
    """A PPT exported to PDF: each slide a few short points, the deck's footer and the slide's
    number under them; a contents slide is shorter (held-out 338; kept on main)."""
    slides = [
        ["校园安全管理工作要点", "主讲人：某某", "2026年12月"],
        ["目录", "一、形势", "二、任务"],
        ["一、形势", "全市共有中小学校421所，在校生38.6万人", "学生意外伤害事件同比下降12.4%", "溺水、交通仍是学生非正常死亡的主要原因"],
        ["二、任务", "开展冬季安全隐患大排查", "落实“护学岗”常态化工作机制", "完成一键报警装置全覆盖", "每学期至少组织两次应急疏散演练"],
        ["三、责任", "校长是学校安全工作第一责任人", "分管副校长是直接责任人", "班主任是班级安全工作责任人", "一岗双责，失职追责"],
    ]
    lines, chrome = [], set()
    for n, slide in enumerate(slides, 1):
        lines += slide
        chrome.update((len(lines), len(lines) + 1))
        lines += ["某市教育局 | 校长培训班", str(n)]
    keeps = _keeps(lines)
    assert [i for i, k in enumerate(keeps) if not k] == sorted(chrome)


def test_the_last_pages_number_goes() -> None:
    """The text's last line, a bare number counting on from the page number before it (which
    stands beside the running head), is the last page's number: no next page's head beside it
    (held-out 336, 301, 302; kept on main). A table cell by cell ending in a small total stays."""
    head = "某某招标代理有限公司 某医院设备采购项目"
    lines = ["某医院设备采购项目招标文件", *PARA, "1", head, *PARA, "2", head, *PARA, "3", head, PARA[0], "联系电话：0736-8267133", "4"]
    keeps = _keeps(lines)
    assert not keeps[-1] and keeps[-2]
    table = ["岗位", "人数", "语文教师", "3", "数学教师", "2", "合计", "5"]
    lines = ["某校招聘公告", *PARA, "1", head, *PARA, "2", head, *PARA, "3", head, PARA[0], "招聘计划如下：", *table[:-1], "4"]
    assert _keeps(lines)[-1]


def test_a_small_table_after_its_caption_stays() -> None:
    """A quality report (held-out 331, our own text): its last table, two rows cell by cell after
    its caption (表3 …) and header, then a heading and a paragraph; the article region, grown from
    the 目录, ended at the header: the rows were a run of six short lines after the article (lost
    on main). The caption makes them its table's rows."""
    from pathlib import Path

    import govtext
    from test_heldout_pages import PRE, read_page

    path = next((Path(__file__).parent / "data" / "heldout_pages").glob("331_*.txt"))
    _, lines = read_page(path)
    text = govtext.normalize("\n".join(lines), PRE)
    out = text.split("\n")
    rows = range(out.index("类别"), out.index("97.83") + 1)
    keeps = [v.keep for v in classify_lines(text)]
    assert all(keeps[i] for i in rows)


def test_a_forms_rows_between_bars_stay() -> None:
    """An OCR'd 排查表: rows between bars whose cells list things (门窗、屋面、围墙) and end in an empty
    cell under a header of four: a form's rows, no link lists (held-out 332; lost on main)."""
    lines = ["关于开展校园安全排查的通知", *PARA[:2], "附件", "学校安全隐患排查表", "学校名称（盖章）： 排查时间： 年 月 日",
             "排查项目 | 排查内容 | 存在问题 | 整改措施", "校舍 | 门窗、屋面、围墙 | 口有 口无 |",
             "用电 | 线路、插座、电热器具 | 口有 口无 |", "食堂 | 燃气、食材储存 | 口有 口无 |", "排查人签字： 校长签字："]
    keeps = _keeps(lines)
    assert all(keeps[6:10])


def test_a_menu_of_bars_still_goes() -> None:
    """A menu's rows between bars hold names, no list of things: still link lists."""
    lines = ["首页 | 机构设置 | 政务公开 | 办事服务", "互动交流 | 专题专栏 | 人事、机构 | 关于我们", "某县召开安全工作会议",
             *PARA[:2], "网站地图 | 联系我们 | 隐私声明"]
    keeps = _keeps(lines)
    assert not keeps[0] and not keeps[-1]


def test_a_papers_english_abstract_after_its_references_stays() -> None:
    """A Chinese journal's paper ends with its English title, authors, affiliations, abstract and
    key words after the references: no Han in them, but the paper's (held-out 337; lost on main)."""
    lines = ["县域高中教师流动研究", "摘要：" + PARA[0], "一、问题提出", *PARA[1:3], "参考文献：",
             "[1] 某某．乡村教师流失问题研究[J]．教师教育研究，2021（4）：33-39．",
             "A Study on Teacher Mobility in County High Schools", "LI Ming1, WANG Fang2",
             "(1. School of Education, Some Normal University, Changsha 410081, China)",
             "Abstract: Based on a survey of 3120 teachers in county high schools, this paper analyzes their mobility intention and its causes.",
             "Key words: county high school; teacher mobility; influencing factors", "（责任编辑：某某）"]
    keeps = _keeps(lines)
    assert all(keeps[:-1]) and not keeps[-1]


def test_document_lines_like_the_new_shapes_stay() -> None:
    """Probes: document pages whose own lines resemble the new shapes keep every line: a table of
    numbered rows (1 项目 类别 地区) a page apart from nothing; a law whose chapters open pages after
    a 目录; a notice listing items with 、 in a table without bars; a list of numbered headings with
    paragraphs between (1 总则, 2 范围, 3 术语); English lines that are no abstract after an article."""
    rows = [f"{k} 某某技艺{k} 传统技艺 北湖区" for k in range(1, 12)]
    assert all(_keeps(["第五批非遗代表性项目名录", PARA[0], "序号 项目名称 类别 申报地区", *rows, PARA[1]]))
    law = ["某省条例", "目录", "第一章 总则", "第二章 管理", "第一章 总则", *PARA[:2], "— 1 —", "第二章 管理", *PARA[2:],
           "— 2 —", "第三章 附则", PARA[0], "— 3 —"]
    keeps = _keeps(law)
    assert all(k for i, k in enumerate(keeps) if law[i] in PARA or (law[i].startswith("第") and i > 3))
    headings = ["某地方标准", PARA[0], *(x for k, h in enumerate(["总则", "适用范围", "术语和定义", "基本要求"], 1)
                                         for x in (f"{k} {h}", PARA[k % 4], PARA[(k + 1) % 4]))]
    assert all(_keeps(headings))
    english = ["某校举办国际交流周活动", *PARA[:2], "Welcome to the International Week", "Contact: office@some.edu.cn"]
    assert _keeps(english)[:3] == [True, True, True]


def test_probe_pages_of_the_new_running_shapes_keep_their_lines() -> None:
    """Probes written after the rules: a 公报 of two notices by one office signed the same day, each
    right over a printed page number (the signature and date twice beside numbers); a summary whose
    unit sections open pages with the same heading (主要做法); a table cell by cell whose last column
    repeats (本科) right over a page number; a table's caption over its rows on two pages; a
    numbered list of one item's text a page apart. Only the page numbers go."""
    def numbers_only(lines: list[str]) -> None:
        keeps = _keeps(lines)
        assert all(k for i, k in enumerate(keeps) if lines[i][:1] not in "—-·"), lines

    numbers_only(["某市人民政府办公室关于印发甲办法的通知", *PARA, "某市人民政府办公室", "2026年10月9日", "— 3 —",
                  "某市人民政府办公室关于印发乙方案的通知", *PARA, *PARA, "某市人民政府办公室", "2026年10月9日", "— 7 —",
                  "某市人民政府办公室关于丙事项的通知", *PARA, "— 8 —"])
    numbers_only(["某县2026年工作总结", "一、教育局", "主要做法", *PARA, "- 1 -", "主要做法", *PARA[:2], "二、卫健局", "主要做法",
                  *PARA, "- 2 -", "存在问题", *PARA[2:], "- 3 -", "主要做法", *PARA, "- 4 -"])
    rows = [x for k in range(1, 6) for x in (str(k), f"某某学校{k}号教学楼改造项目", "本科")]
    numbers_only(["某县教育局2026年项目表", PARA[0], "序号", "项目名称", "学历", *rows, "— 2 —", PARA[1], "— 3 —"])
    numbers_only(["四、人口", PARA[0], "·84·", "表4-1 历年户籍人口", *PARA, "·85·", "表4-1 历年户籍人口", *PARA[:3], "·86·"])
    assert all(_keeps(["某校工作安排", *(x for k in range(1, 5) for x in (f"{k} 本周工作安排如下", *PARA[:3]))]))


def test_the_new_patterns_are_linear() -> None:
    """The new patterns over long adversarial text."""
    from govtext.boilerplate import _ABSTRACT, _KEY_WORDS, _TABLE_CAPTION
    from govtext.spam import (
        _FUSED_LAST,
        _LISTING_CELL,
        _PRINTED_PAGE,
        _RUNNING_HEADING,
        _RUNNING_SENTENCE,
    )

    assert_linear(lambda s: _LISTING_CELL.search(s), "一二" * 3000 + "、", "一二" * 12000 + "、", repeat=3, label="listing")
    assert_linear(lambda s: list(_FUSED_LAST.finditer(s)), "文 1" * 4000, "文 1" * 16000, repeat=3, label="fused last")
    assert_linear(lambda s: list(_PRINTED_PAGE.finditer(s)), "\n1 " * 4000, "\n1 " * 16000, repeat=3, label="fused")
    for pat in (_RUNNING_HEADING, _RUNNING_SENTENCE, _TABLE_CAPTION, _ABSTRACT, _KEY_WORDS):
        assert_linear(lambda s, p=pat: p.match(s), " " * 4000 + "x", " " * 16000 + "x", repeat=3, label=str(pat))


def test_many_fused_lines_are_read_in_linear_time() -> None:
    """Many distinct running lines fused with numbers, and many number-last lines in turn."""

    def page(n: int) -> None:
        lines = []
        for k in range(n):
            lines += [f"{k % 900 + 1} 某市政府公报 第{k // 3}期", PARA[k % 4], f"第{k // 3}期 文件{k} {k % 900 + 2}", PARA[(k + 1) % 4]]
        classify_lines("\n".join(lines))

    assert_linear(page, 300, 1200, repeat=2)


_LINE = st.lists(st.sampled_from([" ", "1", "23", "456", "a", "某", "公报", "  ", "7890", "年第11期"]), max_size=40)


@given(st.lists(_LINE.map("".join), max_size=6))
@example(["a 1", "某市政府公报 2026年第11期 人事任免 14", "正文" * 40 + " 15"])
def test_fused_last_reads_the_lines_ending_in_a_number_as_the_page_scan(lines: list[str]) -> None:
    """``_fused_last`` searches only the lines that end in a space and a number (RVH): the matches
    of a scan of the whole text from every character, which can only end such a line."""
    from govtext.spam import _FUSED_LAST, _fused_last

    text = "\n".join(lines)
    assert [m.span() for m in _fused_last(text)] == [m.span() for m in _FUSED_LAST.finditer(text)]
