"""Classes of lines that session 39's held-out pages 713-724 (BHC) showed the rules lost or missed, on news and
政务 pages as other crawlers and CMSs emit them: another article's preview under 上一篇 cut short with 查看全文 (kept), a player's load-failure
line and a service guide's download button (kept). (A 专题's dated items: ``tests/test_boilerplate.py``.) Each
page is our own invented text; the look-alikes stay or go as before."""

from __future__ import annotations

import pytest

from govtext.spam import classify_lines
from page_common import keeps

HEAD = ["某市人民政府", "首页", "政务公开", "政务服务", "互动交流", "当前位置：首页 > 新闻中心 > 部门动态"]
FOOT = ["网站地图 | 联系我们", "主办单位：某市人民政府办公室", "某ICP备00000713号-1"]
BODY = [
    "某市图书馆少儿阅读季开幕",
    "发布时间：2031-04-02 来源：市图书馆",
    "4月1日，市图书馆少儿阅读季在一楼少儿阅览室开幕，三百余名小读者和家长参加了开幕活动。",
    "本届阅读季为期两个月，将举办绘本共读、小小讲解员、亲子手工等活动四十余场，全部免费参加。",
]


def _kept(body: list[str], head: list[str] = HEAD, foot: list[str] = FOOT) -> list[bool]:
    """Whether each line of *body* is kept between the page's *head* and *foot*; the chrome must go."""
    kept = keeps([*head, *body, *foot])
    assert kept[len(head) + len(body):] == [False] * len(foot)
    return kept[len(head):len(head) + len(body)]


PREVIEW = ["上一篇", "某市文化馆举办少儿书画展", "2031-03-28 来源：市文化馆",
           "3月27日，市文化馆少儿书画展开幕，展出全市中小学生书法和绘画作品一百八十件。",
           "展览为期十天，免费向市民开放，文化馆还将安排书画老师在周末进行现场指导。",
           "查看全文>>", "下一篇", "暂无"]


def test_a_previous_articles_preview_cut_short_with_a_read_more_link_goes() -> None:
    """Another article's paragraphs under 上一篇, its headline and date, cut short with 查看全文>>, are an excerpt,
    not the article's: they go with the link (before, two paragraphs together were no island and stayed)."""
    kept = _kept([*BODY, "【打印】 【关闭】", *PREVIEW])
    assert kept[:len(BODY)] == [True, False, True, True]
    assert kept[len(BODY):] == [False] * (len(PREVIEW) + 1), kept


def test_the_articles_own_paragraphs_over_a_read_more_link_stay() -> None:
    """Paragraphs of the article itself over a read-more link (a page that folds its text) are the region's:
    they stay."""
    kept = _kept([*BODY, "阅读全文", "【打印】 【关闭】"])
    assert kept[:len(BODY)] == [True, False, True, True], kept


@pytest.mark.parametrize("line", ["视频加载失败，请刷新重试", "图片加载失败", "网络异常，刷新重试"])
def test_a_load_failure_prompt_goes(line: str) -> None:
    """A player's or a picture's load-failure line (加载失败, 刷新重试) is a reader prompt, as 加载中 is."""
    v = classify_lines(BODY[2] + "\n" + line, page=False)[1]
    assert (v.keep, v.rule) == (False, "prompt"), line


@pytest.mark.parametrize("line", ["若页面加载失败，请刷新重试。", "页面显示加载失败怎么办？"])
def test_a_guides_sentence_on_load_failures_stays(line: str) -> None:
    """A guide's sentence or question about a page failing to load, words of its own around it, stays."""
    assert classify_lines(BODY[2] + "\n" + line, page=False)[1].keep, line


@pytest.mark.parametrize("line", ["办事指南下载", "在线办理 办事指南下载", "下载办事指南"])
def test_a_service_guides_download_button_goes(line: str) -> None:
    """A 事项 page's button to download its guide, alone or beside its other buttons, is interface words."""
    v = classify_lines(BODY[2] + "\n" + line, page=False)[1]
    assert (v.keep, v.rule) == (False, "chrome"), line


def test_a_guides_download_label_over_its_file_stays() -> None:
    """The label with the file's name after it (a notice's attachment) stays."""
    assert classify_lines(BODY[2] + "\n办事指南下载：某某事项办事指南.docx", page=False)[1].keep
