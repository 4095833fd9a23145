"""Pages as HTML→Markdown converters crawl them (html2text, markdownify, reader services): the line
rules read a Markdown line's visible text (its links' and images' text, no bullets, ``#`` or bold
marks), while the verdicts stay those of the lines as written and kept lines stay whole. Invented
lines in the style of real pages."""

from __future__ import annotations

import pytest

from govtext.spam import _markdown_view, classify_lines, drop_spam_lines
from linear_common import assert_linear

PAGE = "\n".join([
    "* [首页](http://www.example.gov.cn/)",
    "* [新闻中心](http://www.example.gov.cn/xwzx/)",
    "* [通知公告](http://www.example.gov.cn/tzgg/)",
    "当前位置：[首页](/) > [通知公告](/tzgg/)",
    "# 关于公布2026年市级示范家长学校名单的通知",
    "**发布时间：**2026-11-30 **来源：**基础教育处",
    "各区县教育局：",
    "经学校申报、区县推荐、专家评审，确定以下学校为2026年市级示范家长学校：",
    "- [市第一实验小学](http://www.syxx.example.cn/)",
    "- [东城区育才中学](http://www.ycz.example.cn/)",
    "请各校进一步发挥示范引领作用，详情见[评审细则](/files/xz.pdf)。",
    "附件：[2026年市级示范家长学校名单.pdf](/files/md.pdf)",
    "市教育局",
    "2026年11月30日",
    "[【打印】](javascript:window.print()) [【关闭】](javascript:window.close())",
    "## 相关新闻",
    "- [市教育局召开家庭教育工作会议](/xwzx/1.html) 2026-11-20",
    "- [家长学校建设经验交流会举行](/xwzx/2.html) 2026-11-12",
    "![](/images/qr.png)",
    "Copyright © 2026 某市教育局 [浙ICP备12345678号][9]",
    "[9]: https://beian.miit.gov.cn/",
])


def test_markdown_chrome_is_read_as_its_text() -> None:
    """A related heading in Markdown (``## 相关新闻``) heads its dated link items, a share bar of
    links is a bar, a reference definition goes: on main c1d4525 ``## 相关新闻`` and the
    definition were kept."""
    lines = PAGE.split("\n")
    kept = [line for line, v in zip(lines, classify_lines(PAGE)) if v.keep]
    assert kept == lines[4:5] + lines[6:14]
    rules = {line: v.rule for line, v in zip(lines, classify_lines(PAGE))}
    assert rules["## 相关新闻"] == "related"
    assert rules["[9]: https://beian.miit.gov.cn/"] == "link_list"


def test_a_reference_definition_is_dropped_without_the_page() -> None:
    """Without the page reading (fails on main c1d4525: the definition was kept)."""
    text = "正文第一段。\n[1]: http://www.example.gov.cn/\n[logo]: /images/logo.png \"标志\""
    assert [v.keep for v in classify_lines(text, page=False)] == [True, False, False]


def test_kept_markdown_lines_stay_whole() -> None:
    """drop_spam keeps lines whole: the Markdown of a kept line is not rewritten."""
    out = drop_spam_lines(PAGE).split("\n")
    assert "请各校进一步发挥示范引领作用，详情见[评审细则](/files/xz.pdf)。" in out
    assert "附件：[2026年市级示范家长学校名单.pdf](/files/md.pdf)" in out
    assert "# 关于公布2026年市级示范家长学校名单的通知" in out


DOCUMENTS = [
    # a law text with anchors, a table of contents and a body line of links
    "\n".join([
        "# 某省中小学校安全管理条例", "**目录**", "* [第一章 总则](#c1)", "* [第二章 安全责任](#c2)",
        "## 第一章 总则",
        "[第一条](#a1) 为了加强中小学校安全管理，保障师生人身安全，结合本省实际，制定本条例。",
        "[第二条](#a2) 本条例适用于本省行政区域内的中小学校。",
        "**第三条** 教育行政部门应当会同[公安机关](http://gat.example.gov.cn/)、[消防救援机构](http://xf.example.gov.cn/)定期开展检查。",
        "[第四条](#a4)", "学校应当建立健全门卫值守制度。",
    ]),
    # a page of attachments and a document's table whose cells read like chrome and metadata
    "\n".join([
        "# 2026年度科研项目结题材料下载", "以下材料供各课题组下载使用：",
        "* [结题报告模板](/dl/jtbg.docx)", "* [经费决算表](/dl/jsb.xls)", "* [鉴定意见书](/dl/jdyj.pdf)",
        "| 材料名称 | 份数 | 提交时间 |", "|---|---|---|", "| 结题报告 | 3 | 2027年1月10日前 |",
        "| 发布日期 | 2026-12-01 | 备注 |", "| 首页 | 新闻 | 通知 |",
        "如有疑问，请联系科研处 [张老师](tel:021-6543210)。", "**科研处**", "**2026年12月1日**",
    ]),
    # a notice with many inline links, numbered attachments and a bare link
    "\n".join([
        "## 关于做好2027年度省级教改项目申报工作的通知", "各高等学校：",
        "根据《[省教育厅关于深化本科教育教学改革的意见](http://jyt.example.gov.cn/zcwj/01.html)》，现就申报工作通知如下。",
        "一、各校通过[省教改项目管理平台](https://jg.example.edu.cn/)在线填报，",
        "[点击此处](https://jg.example.edu.cn/help)查看填报说明。",
        "二、考生可登录 <https://cx.example.edu.cn/> 查询。",
        "附件：", "1. [2027年度省级教改项目申报指南.pdf](/files/2027/zn.pdf)",
        "2. [项目申报书.docx](/files/2027/sbs.docx)", "[附件3：专家推荐意见表.doc](/files/2027/tjb.doc)",
        "省教育厅办公室", "2026年12月1日",
    ]),
    # a Q&A reading in bold turns
    "\n".join([
        "# 2027年中考政策十问十答", "**问：今年中考总分是多少？**",
        "**答：**总分为750分，具体见[考试说明](http://jyj.example.gov.cn/kssm.html)。",
        "**问：在哪里查询成绩？**", "- 查询时间：6月28日起", "- 查询方式：网站、公众号",
    ]),
]


def test_markdown_documents_keep_every_line() -> None:
    """Invented documents in Markdown whose own lines look like the chrome the view reads (link
    lines, anchors, attachment lists, a table with 首页 and 发布日期 cells): every line kept."""
    for doc in DOCUMENTS:
        dropped = [line for line, v in zip(doc.split("\n"), classify_lines(doc)) if not v.keep]
        assert dropped == [], dropped


def test_the_view_keeps_lines_and_reads_their_text() -> None:
    view, definitions = _markdown_view([
        "* [首页](/)", "[\\[打印\\]](javascript:window.print())", "![Image 2: 获奖团队合影](a.jpg)",
        "[![](/logo.png)](/)", "| 索引号： | 123 |", "|---|:-:|", "[2]: http://a.cn/", "1\\. 第一项",
    ])
    assert view == ["首页", "[打印]", "获奖团队合影", "图片", "索引号：  123", "", "", "1. 第一项"]
    assert definitions == [6]


def test_the_view_is_linear() -> None:
    """Brackets never closed, targets never ended, escapes and bars: no square time."""
    for unit in ("[", "![", "[a](", "[a](b", "![](", "[a][", "\\", "|", "**", "[a]: ", "<http://", "[x]((("):
        small, big = "[a](b) " + unit * 4000, "[a](b) " + unit * 16000
        assert_linear(lambda s: _markdown_view([s, s[:-1] + "|"]), small, big, repeat=3, label=unit)


def test_a_search_pages_results_are_its_text() -> None:
    """A site search page: each result's title, its summary and its address line (a web address
    and a date, which the metadata rule drops). The address lines are no ends of the text: the
    summaries after the first are no islands (fails on main d3a3df9: the second summary went)."""
    lines = [
        "首页 | 政务公开 | 教育动态 | 办事服务",
        "某市2026年秋季学期普通高中国家助学金发放公示",
        "根据国家和省有关学生资助政策规定，经学生申请、学校评审，现将拟发放名单予以公示……",
        "https://www.example.gov.cn/zwgk/tzgg/202611/t20261110_1102.html 2026-11-10",
        "关于做好家庭经济困难学生认定工作的通知",
        "各区县教育局、市直各学校：为精准做好家庭经济困难学生认定工作，确保资助及时足额发放到学生手中……",
        "https://www.example.gov.cn/zwgk/tzgg/202609/t20260902_1045.html 2026-09-02",
        "上一页 1 2 3 下一页",
        "某市教育局 版权所有 湘ICP备09011223号",
    ]
    verdicts = classify_lines("\n".join(lines))
    assert [v.keep for v in verdicts] == [False, True, True, False, True, True, False, False, False]


def test_the_result_address_pattern_is_linear() -> None:
    from govtext.spam import _RESULT_ADDRESS

    for unit in ("1", " 2026-1", "http://a ", "/ 2026-11-10 1"):
        small, big = "https://a.cn/" + unit * 4000, "https://a.cn/" + unit * 16000
        assert_linear(lambda s: _RESULT_ADDRESS.fullmatch(s), small, big, repeat=3, label=unit)


RECORD = [
    "* [首页](/)",
    "您当前所在位置：[首页](/) > [信息公开](/xxgk/) > [规范性文件](/xxgk/gfxwj/)",
    "| 索引号： | 11330300MB1A00000X/2026-00011 | 发布机构： | 某市教育局 |",
    "| --- | --- | --- | --- |",
    "| 文号： | 某教规〔2026〕1号 | 成文日期： | 2026-03-02 |",
    "| 发布日期： | 2026-03-08 | 有效性： | 有效 |",
    "| 主题分类： | 教育 | 统一编号： | ABCD01-2026-0001 |",
    "# 某市教育局关于印发《某市中小学研学实践管理办法》的通知",
    "各县（市、区）教育局：",
    "现将《某市中小学研学实践管理办法》印发给你们，请认真贯彻执行。",
    "| 项目 | 标准 | 备注 |",
    "| --- | --- | --- |",
    "| 报名日期： | 2026-03-10 | 网上报名 |",
    "某市教育局",
    "2026年3月2日",
]


def test_a_record_table_over_the_text_is_the_pages_metadata() -> None:
    """A 信息公开 page's 索引号 table as a pipe table over the document: every row label：value pairs,
    two rows dropped (one by the metadata rule): its 索引号 and 主题分类 rows and the delimiter go too
    (fails on main 679f51e: they were kept). The document's own table stays."""
    verdicts = classify_lines("\n".join(RECORD))
    assert [i for i, v in enumerate(verdicts) if not v.keep] == [0, 1, 2, 3, 4, 5, 6]
    assert verdicts[2].rule == "metadata"


@pytest.mark.xfail(strict=True, reason=(
    "the page reading reads a table's rows right under a short text as a run of short lines after the "
    "article (on main e511ad6 already with a link on the page; without one the rows were read as written "
    "until SOAK4 read a page with a delimiter row as Markdown); plain-text tables fare the same (c1d4525)"))
def test_a_record_table_in_the_text_is_left_alone() -> None:
    """The same table under the document's first sentence is the document's (a 公示 of fields), on a
    page with a link (a menu) or none."""
    own = RECORD[7:10] + RECORD[2:7] + RECORD[13:]
    for lines in (RECORD[:1] + own, own):
        verdicts = classify_lines("\n".join(lines))[len(lines) - len(own):]
        assert all(v.keep for v in verdicts[3:8] if v.rule != "metadata") and verdicts[4].keep, lines[0]


def test_hot_information_heads_a_sidebar_list() -> None:
    """热点信息 over numbered link titles is a hot list, as 热点新闻 is (fails on main e511ad6); a
    section of a report on hot topics is not one."""
    page = "某县教育局召开会议，部署冬季安全工作。\n### 热点信息\n1. [区教育局民生实事进展](/a.html)\n2. [区中小学教师招聘面试成绩公布](/b.html)"
    assert [v.keep for v in classify_lines(page)] == [True, False, False, False]
    report = "某县教育局召开会议，部署冬季安全工作。\n三、热点信息\n一季度共收集热点信息120条，已全部办结。"
    assert all(v.keep for v in classify_lines(report))


def test_a_table_page_is_read_as_markdown_without_its_links() -> None:
    """A pipe table's delimiter row makes a page Markdown to the rules as its links do (SOAK4): a
    notice whose links were all chrome kept its table on the first pass, then lost its rows,
    signature and date on the second, its links gone (read as written, ``| 一中 | 450 |`` was a row
    of marks and figures); an empty row ``| |`` read as blank beside a link was dropped once the
    link had gone."""
    notice = ["[首页](/) | [新闻中心](/xw/) | [通知公告](/tz/) | [政务公开](/gk/)",
              "当前位置：[首页](/) > [通知公告](/tz/)", "# 关于公布2026年招生计划的通知", "发布时间：2026-03-01",
              "各学校：现将2026年招生计划公布如下，请认真做好招生工作。", "| 学校 | 计划数 |", "|---|---|",
              "| 第一中学 | 450 |", "| 第二中学 | 400 |", "某市教育局", "2026年3月1日",
              "【[打印本页](javascript:print())】【[关闭窗口](javascript:close())】",
              "版权所有：某市教育局 [京ICP备12345678号](https://beian.miit.gov.cn)"]
    once = drop_spam_lines("\n".join(notice))
    assert once.split("\n") == notice[2:3] + notice[4:11]
    assert drop_spam_lines(once) == once
    for links in ("[首页](/tz/index.html) [下一页](/tz/index_1.html) [尾页](/tz/index_28.html)",
                  "[浙ICP备13015520号](https://beian.miit.gov.cn/)"):
        once = drop_spam_lines("| |\n" + links)
        assert drop_spam_lines(once) == once, links


def test_a_pipe_row_is_read_as_cells_only_beside_a_delimiter_row() -> None:
    assert _markdown_view(["[a](b)", "| 甲 | 乙 |", "| |"])[0] == ["a", "| 甲 | 乙 |", "| |"]
    assert _markdown_view(["| 甲 | 乙 |", "| :-- | --: |", "| |"])[0] == ["甲  乙", "", ""]
    assert _markdown_view(["| 甲 | 乙 |", "| |"]) is None


# Pages not idempotent by the page reading's known mechanism (its reading is decided before the
# line rules' drops are taken out), fed by the Markdown view: found by SOAK4's page soak (random pages
# mixed from the held-out pages' lines, seeds 41, 42 and 61); each holds on c1d4525, where the Markdown
# lines were read as written. (A third, a dropped ``### 友情链接`` over a hot list, holds with the
# bracketed-section fix.)
_MD_KNOWN = {
    "a dropped ',' decides where the article ends over a bullet link": [
        "**二、重点任务**", "3. 经专家评审的优秀论文将推荐至合作期刊发表。", ",", "三、加强资金管理", "意见内容：",
        "Jiangcheng Education Society", "权威发布", "*   [媒体交大](https://news.xnjtu.edu.cn/mtjd.htm)", "综合新闻"],
    "a dropped 下一篇 link decides the run after the article": [
        "大三下学期（次年1月至6月）：完成雅思首考，整理成绩单和实习材料。", "关于2026年道路运输企业年度质量信誉考核结果的公示",
        "平均办理时间（单位：天）", "1", "* [下一篇：关于开展全省高校实验室安全检查的通知](/zwgk/tzgg/202605/t20260515_301140.html)",
        "理由说明", "**国办发〔2026〕9号**"],
}


@pytest.mark.parametrize("lines", [
    pytest.param(lines, id=name[:40], marks=pytest.mark.xfail(strict=True, reason=name)) for name, lines in _MD_KNOWN.items()
])
def test_dropping_is_idempotent_on_soaked_markdown_pages(lines: list[str]) -> None:
    once = drop_spam_lines("\n".join(lines))
    assert drop_spam_lines(once) == once


#: Soaked pages of ``_MD_KNOWN`` that hold now: the run before the article no longer moves once the
#: chrome before it is gone (BH27, session 24: a thin text with no rule's line above it and its first
#: line a headline's shape keeps the short lines above it, on either reading).
_MD_FIXED = {
    "the run before the article moves once the chrome before it is gone (an image's alt as a headline)": [
        "中文 | English", "地址：北京市东城区东长安街12号 邮编：100006", "。", "临川市教育局", "地方新闻", "。",
        "順景書院 Shun King College", "拨打宁川电器有限公司服务热线：400-812-3300（工作日8:30—17:30）。", "我校获奖团队在终审现场合影",
        "![一图读懂泉州市义务教育阶段学校招生入学工作方案（一）](https://www.qzedu.gov.cn/zcjd/tj/202604/W020260422001.png)",
        "主辦：江州市政協文化文史和學習委員會", "3. [区中小学教师招聘面试成绩公布](/zsks/202609/t20260925_54850.html)", "a"],
}


@pytest.mark.parametrize("lines", [pytest.param(lines, id=name[:40]) for name, lines in _MD_FIXED.items()])
def test_dropping_is_idempotent_on_soaked_markdown_pages_fixed(lines: list[str]) -> None:
    once = drop_spam_lines("\n".join(lines))
    assert drop_spam_lines(once) == once


def test_a_printed_page_number_is_no_bullet() -> None:
    """A printed page's number between dashes (``- 2 -``) on a Markdown page is a page number, as on
    any page, not a list item ``2 -`` (SOAK4: on main 6700f58 it was kept beside a link, and dropped
    on a second pass once the link was gone); a list item stays one."""
    lines = ["# 某市教育局关于做好2027年寒假工作的通知", "各区县教育局：",
             "寒假即将来临，为确保广大师生度过一个安全、健康、快乐的假期，现将有关事项通知如下。", "- 2 -",
             "一、加强安全教育。各校要在放假前开展一次安全教育活动，提醒学生注意交通、防溺水和消防安全。",
             "二、做好值班工作。附件：[寒假值班安排表](/files/zbb.xlsx)", "某市教育局", "2027年1月10日"]
    assert [v.keep for v in classify_lines("\n".join(lines))] == [True] * 3 + [False] + [True] * 4
    for page in ("![](/images/banner.jpg)\n- 2 -", "- 5 -\n[![Logo](/img/logo.svg)](/)"):
        once = drop_spam_lines(page)
        assert once == "" and drop_spam_lines(once) == once, page
    assert _markdown_view(["[首页](/)", "- 2 -", "- 第二项"])[0] == ["首页", "- 2 -", "第二项"]
