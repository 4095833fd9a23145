"""Classes of lines that session 41's held-out pages 761-772 (BHB41, grassroots bodies, mass organisations and a
newspaper's page of classified notices) showed the rules missed: a digital edition's links to its previous and
next page (上一版 / 下一版) and the label of the page shown (A11版：分类广告), a button to download the page as a PDF
file, the font-size switch of letters with other buttons after it (字体：A+ A A- 收藏), and, for the page reading,
the site's date in its header (2028年4月12日 星期三) and the site's name the title ends with, which were taken for the
headline of a page whose title has no copy. Each page is our own invented text; the look-alikes stay as before."""

from __future__ import annotations

import pytest

from govtext.spam import classify_lines
from page_common import keeps


def _rules(lines: list[str]) -> list[str | None]:
    """The rule of each line read alone (no page reading): None where it stays."""
    return [v.rule for v in classify_lines("\n".join(lines), page=False)]


@pytest.mark.parametrize("link", ["上一版 下一版", "上一版：第B02版", "[下一版]", "下一版"])
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
