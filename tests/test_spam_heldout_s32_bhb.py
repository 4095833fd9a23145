"""Classes of lines that session 32's held-out pages 521-532 (BHB) showed the rules and the page
reading lost or missed: a reading list of books (a title and its author) closing the text right
before a related box of titles, a photo gallery's 上一张/下一张 around each caption, a journal's
description and keywords that write its name without its bracketed qualifier or in 《》, a paper's
counts of abstract views and PDF downloads, the site's name on top of a page whose text it signs.
Each page is our own invented text; the look-alikes go or stay as before."""

from __future__ import annotations

from functools import partial

from govtext.spam import classify_lines
from page_common import keeps, rows_lost

HEAD = ["寒假推荐书目_阅读推广_某市图书馆", "某市图书馆", "首页 本馆概况 读者服务 阅读推广", "当前位置：首页 > 阅读推广"]
BOX = ["猜你喜欢", "《某星的邮局》", "《山里的书角》", "《木船》", "某市图书馆 版权所有", "某ICP备00000001号"]

#: The document's lines (all but HEAD and BOX) the rules and the page reading drop.
lost = partial(rows_lost, HEAD, BOX, ())

INTRO = ["寒假推荐书目", "为引导学生利用寒假多读书、读好书，本馆请专家选出以下图书，均可在少儿借阅区借到。"]


def test_a_reading_list_right_before_a_related_box_stays() -> None:
    """Books one a line, each its title and its author (《…》 某某 著, 编著), under the groups' headings,
    with the enquiry row under them, closing the text right before a 猜你喜欢 box: the text's list,
    not short lines of the box's (before, all went as a run of short lines after the article)."""
    rows = [*INTRO, "小学", "《月亮灯》 林某某 著", "《石头会唱歌》 周某 著", "初中", "《河与少年》 宋某某 著",
            "《星图》 杭某 编著", "借阅咨询电话：0000-3512208"]
    assert lost(rows) == []


def test_titles_alone_before_the_box_still_go() -> None:
    """Titles with no author under them are no reading list the text closes with: the last group,
    right over the box, goes as before (a box's entries, or links)."""
    rows = [*INTRO, "小学", "《月亮灯》", "《石头会唱歌》", "初中", "《河与少年》", "《星图》"]
    assert {"初中", "《河与少年》", "《星图》"} <= set(lost(rows))


def test_books_under_a_related_header_still_go() -> None:
    """Book entries under a related block's header of their own (相关图书, 推荐阅读) after the text
    are the box's, not the text's reading list: they go with the header (the lead's probe: the
    reading list rule kept a 相关图书 box under a news item)."""
    news = ["本馆于4月23日举办读书月启动仪式，副馆长出席并讲话，号召读者多读书、读好书。"]
    for header in ("相关图书", "推荐阅读：", "【相关书籍】"):
        rows = [*news, header, "《月亮灯》 林某某 著", "《石头会唱歌》 周某 著", "《河与少年》 宋某某 著"]
        assert {header, "《月亮灯》 林某某 著", "《河与少年》 宋某某 著"} <= set(lost(rows)), header


def test_a_list_headed_by_the_texts_own_heading_stays() -> None:
    """A heading of the text's own that opens with a header's word (推荐阅读书目) is no related
    block's header: the list under it stays."""
    rows = [*INTRO, "推荐阅读书目", "《月亮灯》 林某某 著", "《石头会唱歌》 周某 著", "《河与少年》 宋某某 著"]
    assert lost(rows) == []


GALLERY_HEAD = ["【组图】运动会精彩瞬间_图片新闻_某中学", "某中学", "首页 学校概况 新闻中心 校园风采", "当前位置：首页 > 图片新闻",
                "【组图】运动会精彩瞬间", "发布时间：2026-10-22 浏览次数：631",
                "10月20日至21日，学校第二十六届秋季田径运动会在田径场举行，全校师生参加。以下是摄影社记录的瞬间。"]
CAPTIONS = ["开幕式上，高一年级方阵步伐整齐地走过主席台。", "男子100米决赛，选手们奋力冲刺。", "跳高比赛现场",
            "班主任为长跑归来的学生递上温水。"]
GALLERY_FOOT = ["上一篇：学校举行读书节启动仪式", "下一篇：高三年级召开质量分析会", "某中学 版权所有", "某ICP备00000002号"]


def test_gallery_buttons_go_and_the_captions_between_them_stay() -> None:
    """上一张 over each picture's counter and caption and 下一张 under it are the gallery's buttons: they
    go, and to the page reading they are blank lines, so the captions between them stay (before,
    the buttons stayed as short lines; dropped as page chrome, they cut each caption off)."""
    rows: list[str] = []
    for k, caption in enumerate(CAPTIONS, 1):
        rows += ["上一张", f"{k}/{len(CAPTIONS)}", caption, "下一张"]
    kept = keeps([*GALLERY_HEAD, *rows, *GALLERY_FOOT])[len(GALLERY_HEAD):len(GALLERY_HEAD) + len(rows)]
    assert [line for line, k in zip(rows, kept) if k] == CAPTIONS


def test_gallery_buttons_alone_go() -> None:
    """The buttons on a line alone, or together, go wherever they stand; a sentence naming them stays."""
    lines = ["上一张", "下一张", "上一张 下一张", "点击上一张或下一张可以切换图片。"]
    assert [v.keep for v in classify_lines("\n".join(lines), page=False)] == [False, False, False, True]


JOURNAL = ["基于多源数据的学校布局优化研究_某某师范学院学报（社会科学版）",
           "某某师范学院学报,学报,社会科学版,期刊,投稿,在线阅读,过刊浏览",
           "《某某师范学院学报（社会科学版）》创刊于1985年，是某某师范学院主办的综合性学术期刊，欢迎广大作者投稿。",
           "首页 期刊简介 编委会 投稿指南 过刊浏览", "首页 > 过刊浏览 > 2026年第5期", "基于多源数据的学校布局优化研究",
           "摘要：县域义务教育学校布局面临城挤乡空的矛盾。本文以西南某县为例，测算各校服务半径和就学可达性，提出分类调整方案。",
           "关键词：义务教育；学校布局；可达性",
           "学校布局是义务教育资源配置的基础。近十年来，学龄人口持续向县城集中，部分村小在校生不足五十人。",
           "版权所有：某某师范学院学报编辑部"]


def test_a_journals_keywords_and_description_go_its_papers_keywords_stay() -> None:
    """The journal's keywords line opening with its name without the bracketed qualifier the title
    adds (某某学报, for 某某学报（社会科学版）) and its description opening with the name in 《》 are its
    ``<meta>`` lines above the menu: they go; the paper's own 关键词 line stays (before, both stayed)."""
    kept = keeps(JOURNAL)
    assert kept[1:3] == [False, False]
    assert all(kept[5:9])


def test_a_description_not_opening_with_the_sites_name_stays() -> None:
    """A line above the headline opening with another periodical's name in 《》 is no description of
    the site: the rule leaves it as before."""
    page = [*JOURNAL[:2], "《另一刊物》创刊于1990年，是一份面向中小学教师的教学研究刊物，欢迎投稿。", *JOURNAL[3:]]
    assert keeps(page)[2] == keeps([*JOURNAL[:2], page[2], *JOURNAL[3:]])[2]
    assert classify_lines("\n".join(page))[2].rule != "site_banner"


def test_a_papers_counts_go() -> None:
    """A paper's counts of abstract views and PDF or full-text downloads beside its downloads or
    citations are a journal page's counters (before, the row stayed); one alone is no widget to the
    rule, and a sentence about them stays."""
    lines = ["摘要浏览：318  PDF下载：96  被引次数：0", "全文下载量：52 被引频次：4", "摘要浏览：12",
             "本刊论文的摘要浏览量较上年增长两成，全文下载量也有所上升。"]
    assert [v.keep for v in classify_lines("\n".join(lines), page=False)] == [False, False, True, True]


def test_the_sites_name_on_top_goes_when_it_signs_the_text() -> None:
    """A title of a short headline and the site's name (“光盘行动”倡议书_通知公告_某区机关事务管理局), the
    name standing on top of the page and again as the text's signature: the headline's copy under the
    menu is the headline, so the name on top goes and the signature stays (before, the name's two
    copies were taken for the headline, and the one on top stayed)."""
    page = ["“光盘行动”倡议书_通知公告_某区机关事务管理局", "某区机关事务管理局", "首页 机构概况 通知公告 公共机构节能",
            "您现在的位置：首页 > 通知公告", "“光盘行动”倡议书", "发布时间：2026-11-10 阅读：208",
            "全区各机关单位干部职工：", "节约粮食是中华民族的传统美德。我们向全区干部职工发出如下倡议：", "按需取餐，不多拿",
            "小份适量，不剩菜", "剩饭剩菜，打包带走", "让我们行动起来，从每一餐做起，争做节约粮食的宣传者和实践者。",
            "某区机关事务管理局", "2026年11月10日", "版权所有：某区机关事务管理局"]
    kept = keeps(page)
    assert not kept[1]
    assert all(kept[4:5]) and all(kept[6:14])


DIRECTORY = ["县政府办公室机关科室联系方式", "发布日期：2026-09-01 字号：[ 大 中 小 ]", "科室 办公电话 办公地点",
             "秘书科 0000-5521001 行政楼302室", "综合科 0000-5521003 行政楼305室", "督查科 0000-5521006 行政楼306室",
             "传真：0000-5521000", "办公地址：某县城关镇和平路9号", "【打印】【关闭】", "主办：某县人民政府办公室 联系电话：0000-5520000"]


def test_a_directory_pages_headline_naming_its_body_under_the_crumb() -> None:
    """A page with no sentence (an office's directory of phones) whose headline puts the body's name
    before the title's lead (机关科室联系方式-某县人民政府 over 县政府办公室机关科室联系方式), right under the
    breadcrumb: the site's name and menu over the breadcrumb go, the directory stays (before, no
    headline was found, and the name and menu stayed)."""
    page = ["机关科室联系方式-某县人民政府", "某县人民政府", "首页 政府信息公开 政务服务 政民互动",
            "当前位置：首页 > 政府信息公开 > 机构职能", *DIRECTORY]
    kept = keeps(page)
    assert kept[1:3] == [False, False]
    assert all(kept[4:5]) and all(kept[6:12])


def test_a_line_ending_with_the_lead_not_under_the_crumb_is_no_headline() -> None:
    """With no breadcrumb over the line that ends with the title's lead, nothing is read as its
    headline: the lines over it stay to the line rules, as before."""
    page = ["机关科室联系方式-某县人民政府", "某县人民政府", "首页 政府信息公开 政务服务 政民互动", *DIRECTORY]
    assert keeps(page)[1:3] == [True, True]


def test_reading_lists_and_galleries_read_in_linear_time() -> None:
    """Pages of many book entries under short headings between paragraphs and chrome, and of many
    gallery buttons around captions, are read in time linear in their length."""
    from linear_common import assert_linear

    def page(n: int) -> str:
        block = ["本馆推荐以下图书，均可借阅。", "小学", "《月亮灯》 林某 著", "《石头》 周某 著", "《河》 宋某 编著", "猜你喜欢",
                 "上一张", "1/2", "开幕式上，方阵走过主席台。", "下一张", "上一张", "2/2", "跳高比赛现场", "下一张"]
        return "\n".join([*HEAD, *INTRO, *block * n, *BOX])

    assert_linear(classify_lines, page(60), page(240))
