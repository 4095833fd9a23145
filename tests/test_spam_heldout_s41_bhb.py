"""Classes of lines that session 41's held-out pages 761-772 (BHB41, grassroots bodies, mass organisations and a
newspaper's page of classified notices) showed the rules missed: a digital edition's links to its previous and
next page (上一版 / 下一版) and the label of the page shown (A11版：分类广告), a button to download the page as a PDF
file, the font-size switch of letters with other buttons after it (字体：A+ A A- 收藏), and, for the page reading,
the site's date in its header (2028年4月12日 星期三) and the site's name the title ends with, which were taken for the
headline of a page whose title has no copy. Each page is our own invented text; the look-alikes stay as before."""

from __future__ import annotations

import pytest

from govtext.spam import PAPER_PAGE_REASON, classify_lines
from page_common import keeps


def _rules(lines: list[str]) -> list[str | None]:
    """The rule of each line read alone (no page reading): None where it stays."""
    return [v.rule for v in classify_lines("\n".join(lines), page=False)]


@pytest.mark.parametrize("link", ["上一版 下一版", "[上一版] | [下一版]", "[下一版]", "下一版", "上一版：", "上一版 下一版 返回目录"])
def test_a_digital_editions_previous_and_next_page_links_go(link: str) -> None:
    """A link to a digital edition's previous or next page is a previous/next link as 上一页 is (before, it
    stayed)."""
    assert _rules(["正文。", link]) == [None, "related"]


@pytest.mark.parametrize("line", ["与上一版相比，新版教材增加了两个单元。", "上一版教材删去了这一章", "下一版将于明年印发"])
def test_edition_words_in_text_stay(line: str) -> None:
    """The words in a sentence, or not alone as a link's label, stay."""
    assert _rules([line]) == [None]


@pytest.mark.parametrize("label", ["B05版：文化周刊", "第A03版：城事", "第2版: 要闻", "第12版：理论"])
def test_a_digital_editions_page_label_goes(label: str) -> None:
    """The label of the page shown, its number and name alone on the line, is the edition's navigation (before,
    it stayed)."""
    assert _rules(["正文。", label]) == [None, "navigation"]


@pytest.mark.parametrize("line", ["第2版：修订了第三章，增加了附录。", "本报第3版：刊登了全文", "出版：某某出版社",
                                  "第2版：要闻 本版共刊发稿件六篇"])
def test_edition_numbers_in_text_stay(line: str) -> None:
    """An edition named in a sentence, or a name longer than a page's, or another label: they stay."""
    assert _rules([line]) == [None]


@pytest.mark.parametrize("bar", ["返回目录 PDF下载", "下载PDF", "PDF下载 | 打印"])
def test_a_pdf_download_button_goes(bar: str) -> None:
    """A button to download the page as a PDF file, alone or among interface words, is one (before, it
    stayed)."""
    assert _rules(["正文。", bar]) == [None, "chrome"]


@pytest.mark.parametrize("bar", ["字体：A+ A A- 收藏", "字号：T T T 打印 关闭", "字号：T T T 收藏 纠错"])
def test_a_letter_switch_with_buttons_after_it_goes(bar: str) -> None:
    """The font-size switch of letters with other buttons after it on its line is the share bar, as it is
    alone (before, only alone)."""
    assert _rules(["正文。", bar]) == [None, "share_bar"]


@pytest.mark.parametrize("line", ["字体：A+ A A- 宋体", "字体：A A A 本文字体为宋体", "字号：T T 正文四号"])
def test_a_letter_switch_with_words_after_it_stays(line: str) -> None:
    """Letters after a 字体 label with words of text after them are no switch's: they stay."""
    assert _rules([line]) == [None]


EDITION_HEAD = ["法治专版 2029年3月6日 第B05版 - 青州法制报数字报", "青州法制报数字报", "2029年3月6日 星期二",
                "首页 往期回顾 版面导航 标题导航"]
EDITION_TEXT = [
    "更正声明",
    "本报2029年3月2日第B05版刊发的《某区开展普法进社区活动》一文中，“参加群众300余人”应为“参加群众500余人”，特此更正。",
    "公告送达",
    "某某商贸有限公司：本院受理原告某某建材有限公司诉你公司买卖合同纠纷一案，现依法向你公司公告送达起诉状副本及开庭传票。自公告之日起经过30日即视为送达。",
    "寻人启事",
    "某某，男，72岁，身高约1.65米，于2029年2月27日上午在青州市东门菜场附近走失，走失时身穿灰色棉衣。如有知情者请拨打13900001234，必有重谢。",
]
EDITION_FOOT = ["本版广告热线：0000-86611234", "版权所有 青州日报社 未经授权不得转载"]


def test_an_editions_page_of_notices_loses_its_head() -> None:
    """A digital edition's page of short notices, its title no headline's copy: the site's name and date in
    the header go with the menu and the page's label (before, the date was read as the headline, with the
    name over it), the notices under their headings stay. (With no navigation under the site's name, the
    name stays the headline, the date under it with it, as a site's name over its text did: left.)"""
    for bars in (["B05版：法治专版"], ["上一版 下一版", "B05版：法治专版", "返回目录 PDF下载"]):
        kept = keeps([*EDITION_HEAD, *bars, *EDITION_TEXT, *EDITION_FOOT])
        n = len(EDITION_HEAD) + len(bars)
        assert not any(kept[:n]), kept[:n]
        assert all(kept[n:n + len(EDITION_TEXT)])
        assert not any(kept[n + len(EDITION_TEXT):])


def test_a_sites_date_opening_the_page_goes() -> None:
    """The site's date with its weekday opening a page (no title line over it) goes with the short lines under
    it, before the article (before, it was read as the headline)."""
    page = ["2029年3月6日 星期二", "2", "综合新闻", "责任编辑：某甲 校对：某乙",
            "某县冬小麦春季田管全面展开",
            "本报讯 连日来，某县组织农技人员深入田间地头，指导农户开展镇压划锄、化学除草和追肥浇水，全县80万亩冬小麦长势良好。",
            "县农业农村局负责人介绍，今年全县将推广节水灌溉面积12万亩，确保夏粮丰产丰收。",
            "本版广告热线：0000-86611234", "版权所有 某县融媒体中心"]
    assert keeps(page) == [False] * 4 + [True] * 3 + [False] * 2


def test_a_documents_date_with_its_weekday_in_brackets_stays() -> None:
    """A date dating a press release, its weekday in brackets under its headline, stays (no site's date)."""
    page = ["某区召开春季防火工作会议_某区政府网", "首页 新闻中心 政务公开 办事服务", "当前位置：首页 > 新闻中心",
            "某区召开春季防火工作会议", "2029年3月6日（星期二）",
            "3月5日，某区召开春季防火工作会议，部署全区森林防火和城乡消防安全工作，要求各镇街落实网格责任。",
            "会议强调，要加强野外火源管控，严格落实领导带班和二十四小时值班制度。"]
    assert keeps(page)[3:] == [True, True, True, True]


# Review of BHB41 (FXB41): 版 is an edition too, and a page label stands in an article's text.

EDU_HEAD = ["{}_某市教育局", "首页 机构概况 政务公开 通知公告 办事服务", "当前位置：首页 > 通知公告"]
EDU_FOOT = ["主办单位：某市教育局 地址：某市某路1号", "备案号：京ICP备12345678号"]


def _page_keeps(headline: str, text: list[str]) -> list[bool]:
    """Whether each line of *text* under *headline* stays on a site's page (its head and foot go)."""
    head = [EDU_HEAD[0].format(headline), *EDU_HEAD[1:], headline]
    kept = keeps([*head, *text, *EDU_FOOT])
    assert not any(kept[:len(head) - 1]) and not any(kept[len(head) + len(text):]), kept
    return kept[len(head):len(head) + len(text)]


@pytest.mark.parametrize("line", ["上一版：DB11/T 1234-2019", "上一版 第三章 已删除", "下一版 预计2028年发布",
                                  "上一版：2019年出版", "[上一版] 已废止", "上一版：第B02版"])
def test_an_edition_label_with_a_value_or_words_after_it_stays(line: str) -> None:
    """上一版 / 下一版 with a colon and a value or with words after it names an edition of a standard, a syllabus
    or a book: no button (before, the line went as a previous/next link). (Bare, alone, as a pair or in brackets,
    the labels go: :func:`test_a_digital_editions_previous_and_next_page_links_go`.)"""
    assert _rules(["正文。", line]) == [None, None]


def test_a_standards_previous_edition_and_the_line_under_it_stay() -> None:
    """A notice on a revised standard names its previous edition under its number: both stay, and so does the
    date under them (before, the edition went as a link and the date as a stray line the link cut off)."""
    text = ["近日，《餐饮服务食品安全操作规范》地方标准完成修订并正式发布。", "标准编号：DB11/T 1234-2026",
            "上一版：DB11/T 1234-2019", "实施日期：2026年6月1日",
            "本次修订主要调整了原料采购、贮存和加工制作环节的技术要求。", "各相关单位应认真组织学习，做好标准实施工作。"]
    assert all(_page_keeps("某地方标准修订发布", text))


@pytest.mark.parametrize("text", [
    ["9月18日，《人民日报》第2版刊发文章，报道了我市推进义务教育优质均衡发展的做法。", "第2版：要闻", "原文如下：",
     "近年来，某市坚持教育优先发展，持续加大投入。"],
    ["今日本报共16版，主要内容如下：", "第01版：要闻", "第02版：综合", "A11版：分类广告", "第16版：文体", "欢迎广大读者订阅。"],
    ["本教材自2015年首次出版以来，已修订两次。各版主要变化如下：", "第1版：初版", "第2版：增订", "第3版：全面修订",
     "本次修订主要增加了实践活动内容，删减了部分难度较大的习题。"],
])
def test_page_labels_among_an_articles_lines_stay(text: list[str]) -> None:
    """A page label between an article's sentences (the page it cites), a list of an edition's pages under the
    line leading to it, a book's list of its editions: the article's lines, all kept (before, the labels went as
    an edition's navigation, and the lines after them as strays and islands among dropped lines)."""
    assert all(_page_keeps("本报今日导读", text))


@pytest.mark.parametrize("text", [
    ["某规程", "本规程由某某研究院负责解释，自发布之日起施行。", "修订记录", "第1版：初版", "第2版：增订", "第3版：全面修订"],
    ["今日导读", "第01版：要闻", "第02版：综合", "第16版：文体"],
    ["修订说明", "第1版：初版", "第2版：增订", "第3版：全面修订", "本规程按照统一格式起草。本规程代替2019年版。"],
])
def test_a_run_of_page_labels_with_no_control_beside_it_stays(text: list[str]) -> None:
    """Two or more labels one under another, under a heading with no colon, are the text's list of editions or
    pages when no control of an edition (上一版 下一版, PDF下载, 返回目录) stands right beside them (before, they
    went unless a line ending in a colon stood above)."""
    assert all(v.keep for v in classify_lines("\n".join(text)))


@pytest.mark.parametrize("bars", [["第01版：要闻", "第02版：综合", "版面导航"], ["返回目录", "第01版：要闻", "第02版：综合"],
                                  ["第01版：要闻", "", "第02版：综合", "上一版 下一版"]])
def test_a_run_of_page_labels_beside_a_control_goes(bars: list[str]) -> None:
    """The same run with the edition's control right under it (or over it) is the edition's list of pages."""
    text = ["本报讯 我市秋粮收获进度已过八成。", *bars, "目前，全市已收获秋粮300万亩。", "下一步将抓好秋种。"]
    verdicts = classify_lines("\n".join(text))
    assert [v.reason for s, v in zip(text, verdicts) if "版：" in s] == [PAPER_PAGE_REASON] * 2


def test_page_labels_above_the_text_or_beside_the_editions_controls_go() -> None:
    """A page label above the article's text goes, as does one between sentences beside the edition's buttons
    (上一版 下一版, PDF下载); the sentences stay."""
    text = ["来源：某日报 2026年9月18日", "第03版：城事", "本报讯 近年来，我市深入推进新时代文明实践中心建设。",
            "目前，全市已建成实践所站2000余个。"]
    assert _page_keeps("新时代文明实践走深走实", text) == [False, False, True, True]
    text = ["本报讯 近年来，我市深入推进新时代文明实践中心建设。", "上一版 下一版", "第03版：城事", "第04版：民生",
            "PDF下载", "目前，全市已建成实践所站2000余个。", "下一步，我市将继续完善志愿服务体系，推动文明实践常态化开展。"]
    assert _page_keeps("新时代文明实践走深走实", text) == [True, False, False, False, False, True, True]


def test_a_dated_line_with_a_long_run_of_blanks_is_read_in_linear_time() -> None:
    """The site's date pattern read a run of blanks between the date and its weekday on either side of its
    optional marks: n² (2026年1月1日, 20000 tabs, 周: 22 s). The page reading and drop_spam ask one helper now,
    which reads no line longer than a site's date (DATE_LINE_MAX_LEN) and none without a weekday's word."""
    from govtext.boilerplate import DATE_LINE_MAX_LEN, _is_site_date
    from linear_common import assert_linear

    def page(n: int) -> str:
        return "\n".join(["某县召开会议_某县人民政府", "某县人民政府", "2026年1月1日" + "\t" * n + "周",
                          "首页 政务公开 新闻中心 办事服务 互动交流", "当前位置：首页 > 新闻中心",
                          "9月18日上午，某县召开全县秋季农业生产工作推进会，部署下一步任务。", "会议强调，各乡镇要抓好秋收秋种。"])

    assert_linear(classify_lines, page(2_000), page(8_000), repeat=2)
    assert _is_site_date("2026年1月1日" + " " * (DATE_LINE_MAX_LEN - 11) + "周四")
    assert not _is_site_date("2026年1月1日" + " " * (DATE_LINE_MAX_LEN - 10) + "周四")


COUNTY_NAV = ["首页 政务公开 新闻中心 办事服务 互动交流", "当前位置：首页 > 新闻中心 > 本县要闻"]
COUNTY_BODY = ["9月18日上午，某县召开全县秋季农业生产工作推进会，总结前一阶段工作，部署下一步任务。",
               "会议强调，各乡镇要抓好秋收秋种，确保粮食生产稳定。", "县领导张某某出席会议并讲话。"]
COUNTY_FOOT = ["主办单位：某县人民政府 地址：某县某路1号", "备案号：京ICP备12345678号"]


@pytest.mark.parametrize("header", [["某县人民政府", "2026年9月18日 星期五"], ["某县人民政府"],
                                    ["某县人民政府", "2026年9月18日"]])
def test_the_title_stays_when_it_holds_the_only_headline(header: list[str]) -> None:
    """A page whose title is the one copy of its headline, the site's name (and date) over its menu and path, its
    text right under them: the site's name the reading took for the headline goes, the title stays as the
    headline (before, it went as the headline plus the site's name, and the page kept no headline)."""
    page = ["全县秋季农业生产推进会召开_某县人民政府", *header, *COUNTY_NAV, *COUNTY_BODY, *COUNTY_FOOT]
    n = 1 + len(header) + len(COUNTY_NAV)
    assert keeps(page) == [True] + [False] * (n - 1) + [True] * len(COUNTY_BODY) + [False] * len(COUNTY_FOOT)


@pytest.mark.parametrize("heading", [["全县秋季农业生产推进会召开"], ["某县人民法院", "公告"]])
def test_the_title_goes_when_a_heading_opens_the_text(heading: list[str]) -> None:
    """With a headline (or a notice's heading) under the path, the title over the site's name still goes: the
    page has a headline of its own."""
    page = ["县政府召开会议_某县人民政府", "某县人民政府", *COUNTY_NAV, *heading, *COUNTY_BODY, *COUNTY_FOOT]
    n = 2 + len(COUNTY_NAV)
    assert keeps(page)[:n + len(heading)] == [False] * n + [True] * len(heading)


@pytest.mark.parametrize(("line", "rule"), [
    ("字体 A A A 打印", None), ("字号 T T T", None), ("字体 A+ A A-", None),
    ("字体:A A A 打印", "share_bar"), ("字体：A+ A A-", "share_bar"), ("字型 A A A 打印", "share_bar"),
    ("字体大小：A A A 打印", "share_bar"), ("字号大小：T T T", "share_bar"), ("字型大小： A A A", "share_bar"),
])
def test_the_letter_switch_reads_its_colon_as_the_gate_does(line: str, rule: str | None) -> None:
    """The switch of letters alone and with buttons after it is one pattern, read as the rules' gate reads the
    line: after 字体 and 字号 (大小) with their colon only (字体 A A A 打印 is a line of text: the rule alone read it
    as a bar, the gate never let it through), after Hong Kong's 字型 with or without; 字体大小： is let through
    now (before, the gate stopped it and the bar stayed)."""
    from govtext.spam import Context, ShareBar

    verdict = ShareBar().check(Context.of(line), 0)
    assert (verdict.rule if verdict else None) == rule
    assert _rules([line]) == [rule]
