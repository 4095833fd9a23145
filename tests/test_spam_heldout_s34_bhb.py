"""Classes of lines that session 34's held-out pages 569-580 (BHB) showed the rules and the page
reading lost or missed: a help page's or a FAQ's text on the browsers to use under its numbered
heading or its question, a font-size switch of letters apart by bars (字号：T | T), the boxes of a
site's header above the breadcrumb (a 滚动公告's sentence, a 今日关注 box's headline and summary) and the
site's 关于我们 box under the text. Each page is our own invented text; the look-alikes go or stay as
before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govtext.spam import Navigation, classify_lines, drop_spam_lines
from page_common import keeps

HELP = ["网站使用说明-某市人民政府门户网站", "某市人民政府门户网站", "首页 政务公开 政务服务 互动交流",
        "当前位置：首页 > 网站使用说明", "网站使用说明", "发布时间：2026-05-11 来源：市政府办公室",
        "为方便用户使用本网站，现将常用功能的使用方法介绍如下。",
        "一、信息检索", "在首页顶部的检索框输入关键词，可按标题、正文和发布日期查找信息。",
        "二、浏览器要求", "推荐使用谷歌浏览器或Edge浏览器的最新版本访问本网站，分辨率1920×1080时显示效果最佳。",
        "如在使用中遇到问题，请拨打运维电话0000-5512037或在“意见反馈”中留言。",
        "【打印本页】 【关闭窗口】", "网站地图 | 联系我们", "主办：某市人民政府办公室 某ICP备00000011号",
        "推荐使用谷歌浏览器或Edge浏览器的最新版本访问本网站，分辨率1920×1080时显示效果最佳。"]


def test_a_help_pages_section_on_browsers_stays() -> None:
    """Browser advice right under a numbered heading of the text (二、浏览器要求) is that section of a
    help page, and the line under it stays with it; the same advice in the footer goes (before, the
    section's advice went as the site's notice and the line under it as an island)."""
    kept = keeps(HELP)
    assert all(kept[6:12]) and kept[4]
    assert not any(kept[12:])


def test_a_faqs_answer_on_browsers_stays() -> None:
    """Under a question (用什么浏览器访问本网站效果最好？) the advice is its answer, and a site's note on
    itself under a numbered heading (本网站已完成无障碍改造…) a section's text; with a sentence or a
    menu above, or alone, each goes as before."""
    advice = "建议使用谷歌浏览器、火狐浏览器访问本网站，以获得最佳浏览效果。"
    note = "本网站已完成适老化和无障碍改造，支持读屏软件和键盘操作。"
    assert [v.keep for v in classify_lines(f"用什么浏览器访问本网站效果最好？\n{advice}", page=False)] == [True, True]
    assert classify_lines(f"（三）无障碍服务\n{note}", page=False)[1].keep
    assert classify_lines(f"3. 适老化服务\n{note}", page=False)[1].keep
    for above in ("本网站于2026年5月改版上线，欢迎各界提出意见建议。", "网站地图 联系我们 网站声明", ""):
        assert [v.rule for v in classify_lines(f"{above}\n{advice}\n{above}\n{note}", page=False)][1::2] \
            == ["site_notice", "site_notice"], above


def test_the_footers_advice_under_a_login_boxs_question_goes() -> None:
    """A login box's question (还没有账号？, 找回用户名？, 忘记登录密码？) is a link of the box, no FAQ's
    question: the site's browser advice or note on itself under it goes, as alone."""
    advice = "推荐使用谷歌浏览器或360极速模式浏览本网站，分辨率1920×1080为佳。"
    note = "本网站已完成适老化和无障碍改造，支持读屏软件和键盘操作。"
    for question in ("还没有账号？", "找回用户名？", "忘记登录密码？"):
        assert [v.rule for v in classify_lines(f"{question}\n{advice}\n{question}\n{note}", page=False)][1::2] \
            == ["site_notice", "site_notice"], question


def test_a_stray_question_mark_is_no_question_over_the_sites_note() -> None:
    """A line of a stray ? (a mark the punctuation rule drops) is no FAQ's question: the site's browser
    advice under it goes, as alone, and reading the output again drops nothing more (hypothesis found
    the note kept under the ? and dropped once the ? was gone)."""
    advice = "当前浏览器版本过低，可能会有安全风险且无法正常显示。"
    for mark in ("?", "？", "??", "? ?"):
        assert [v.rule for v in classify_lines(f"{mark}\n{advice}", page=False)] == ["punctuation", "site_notice"], mark
        once = drop_spam_lines(f"{mark}\n{advice}")
        assert once == "" and drop_spam_lines(once) == once
    assert classify_lines(f"浏览器版本低怎么办？\n{advice}", page=False)[1].keep  # (a question stays one)


def test_the_footers_advice_under_a_box_of_questions_or_titles_still_goes() -> None:
    """The footer's browser advice under the last of a box's questions (热门问题) or of a ranking's
    numbered titles stands under a list, not under a section's heading or a FAQ's question: it goes,
    and the box with it, as before."""
    advice = "建议使用IE9以上浏览器或谷歌浏览器浏览本站，最佳分辨率1366×768。"
    ranking = f"排行榜\n1. 某县召开防汛工作会议\n2. 某镇开展健康义诊活动\n{advice}"
    assert classify_lines(ranking, page=False)[-1].rule == "site_notice"
    page = ["居住证办理指南-某市公安局", "某市公安局", "首页 警务公开 办事服务 互动交流", "当前位置：首页 > 办事服务",
            "居住证办理指南", "发布时间：2026-04-01",
            "在本市居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的，可以申领居住证。",
            "申领居住证应当向居住地派出所提交居民身份证、本人近期照片以及居住地住址、就业、就读等证明材料。",
            "热门问题", "居住证有效期是多久？", "居住证到期怎么续签？", "居住证丢失了怎么补办？", advice,
            "主办：某市公安局 某ICP备00000013号"]
    kept = keeps(page)
    assert all(kept[6:8]) and not any(kept[8:])


def test_a_font_switch_apart_by_bars_goes() -> None:
    """A font-size switch of letters apart by bars or slashes (字号：T | T, 字体：A+ | A | A-) goes as the
    switch apart by blanks does; a field whose value is a word, or one letter and a word, stays."""
    lines = ["字号：T | T", "字体：A+ | A | A-", "字号：T/T/T", "字号：T|恤", "字号：TA | 乙", "字号：T | T 打印", "字体：宋体 | 黑体"]
    assert [v.keep for v in classify_lines("\n".join(lines), page=False)] == [False, False, False, True, True, True, True]


TICKER = "滚动通知：全市2026年度城乡居民养老保险缴费工作已经开始，请参保人员在年底前通过银行网点或手机银行完成缴费，以免影响待遇领取。"
TEASER = ["头条关注", "市政府常务会议研究部署冬季供暖保障工作",
          "12月2日，市政府召开常务会议，听取全市供暖准备情况汇报，研究部署今冬供暖保障工作，要求各供热企业确保群众温暖过冬。"]
TOP = ["某街道开展独居老人冬季走访活动-某市某区人民政府", "某市某区人民政府", "今天是：2026年12月3日 星期四", TICKER,
       "首页 新闻中心 政务公开 办事服务 互动交流", *TEASER]
CRUMB = "当前位置：首页 > 新闻中心 > 街镇动态"
ARTICLE = ["某街道开展独居老人冬季走访活动", "发布时间：2026-12-03 来源：某街道办事处",
           "入冬以来，某街道组织社区工作者和志愿者对辖区86名独居老人开展上门走访。",
           "走访中，工作人员检查老人家中的取暖设备和燃气管道，为行动不便的老人代购生活用品。",
           "街道还为每位独居老人确定一名结对联系人，每周至少电话问候一次。",
           "【打印】 【关闭】", "版权所有：某市某区人民政府办公室 某ICP备00000012号"]


def test_a_header_box_above_the_breadcrumb_goes() -> None:
    """Sentences above the page's breadcrumb, itself above the headline the title names, are boxes of
    the site's header (a ticker's notice, a 头条 box's summary under its headline): they go, the
    article stays (before, both stayed as long prose above the article: 40 Han characters or more,
    a page's introduction)."""
    kept = keeps([*TOP, CRUMB, *ARTICLE])
    assert not any(kept[:len(TOP) + 1])
    assert kept[len(TOP) + 1] and all(kept[len(TOP) + 3:len(TOP) + 6])


def test_a_header_box_above_any_breadcrumb_the_rules_drop_goes() -> None:
    """The header's boxes go above every breadcrumb the breadcrumb rule drops, its lead 您的位置： or its
    path from home with another separator (首页 -> 新闻中心, 首页→新闻中心), not only above 当前位置：."""
    for crumb in ("您的位置：首页 > 新闻中心 > 街镇动态", "首页 -> 新闻中心 -> 街镇动态", "首页→新闻中心→街镇动态"):
        kept = keeps([*TOP, crumb, *ARTICLE])
        assert not any(kept[:len(TOP) + 1]), crumb
        assert kept[len(TOP) + 1] and all(kept[len(TOP) + 3:len(TOP) + 6]), crumb


@given(st.text(min_size=1, max_size=30))
def test_a_path_from_home_is_a_crumb_and_a_line_without_home_or_lead_is_not(tail: str) -> None:
    """Navigation.crumb: the site's home then a separator opens a breadcrumb whatever follows; a line
    with no home link, no 位置 and no separator in it opens none."""
    assert Navigation.crumb("首页 > " + tail) and Navigation.crumb("首页->" + tail)
    plain = "".join(c for c in tail if c not in ">→-位首主页Hh")
    assert not Navigation.crumb(plain)


def test_a_paragraph_under_the_breadcrumb_or_without_one_stays() -> None:
    """A paragraph above the headline but under the breadcrumb (a page's introduction, under the path
    to the page), or a ticker's sentence above a headline with no breadcrumb over it, is long prose
    above the article and stays as before."""
    under = keeps([*TOP[:3], TOP[4], CRUMB, TICKER, *ARTICLE])
    assert under[5] and under[6]
    bare = keeps([*TOP, *ARTICLE])
    assert bare[3]


ABOUT = "某区人民政府门户网站是某区人民政府主办的政务网站，设有新闻中心、政务公开、办事服务、互动交流等栏目，是政府信息发布和网上服务的重要窗口。"
LAST = "下一步，街道将把走访结果录入台账，对有需要的老人落实助餐、助洁等上门服务，让独居老人安心过冬。"


def test_the_sites_about_box_under_the_text_goes() -> None:
    """The site's box on itself right under the article's last paragraph, its label 关于我们 over its
    paragraph, ends the article: the label and the paragraph go (before, the footer label between two
    paragraphs was read as a floating box inside the text and the region grew over it)."""
    page = [*TOP[:3], TOP[4], CRUMB, *ARTICLE[:5], "关于我们", ABOUT, *ARTICLE[5:]]
    kept = keeps(page)
    assert all(kept[7:10]) and not any(kept[10:])


def test_a_floating_record_box_or_link_between_paragraphs_stays_inside() -> None:
    """A floating box of the site's record (网站标识码 …, ICP备…) or a link of its bar (联系我们) between
    two paragraphs of the text still stands inside it: the paragraph under it stays, as before."""
    for box in ("网站标识码：3700000000 某ICP备00000017号", "联系我们"):
        page = [*TOP[:3], TOP[4], CRUMB, *ARTICLE[:5], box, LAST, *ARTICLE[5:]]
        kept = keeps(page)
        assert all(kept[7:10]) and not kept[10] and kept[11], box


def test_header_boxes_and_font_switches_read_in_linear_time() -> None:
    """Pages of many header boxes above a breadcrumb, and a font switch with a long run of blanks,
    are read in time linear in their length."""
    from linear_common import assert_linear

    def boxes(n: int) -> str:
        return "\n".join([*TOP[:3], *([TICKER, TOP[4], *TEASER] * n), CRUMB, *ARTICLE])

    assert_linear(lambda n: classify_lines(boxes(n)), 20, 80)
    assert_linear(lambda n: classify_lines("字号：T" + " " * n + "x", page=False), 5000, 20000, repeat=20)


def test_a_floating_about_link_over_the_texts_next_paragraph_ends_nothing() -> None:
    """A floating 关于我们 link between two paragraphs of the text, the paragraph under it no word of the
    site on itself, stands inside the text as other links of the bar do: the paragraph under it stays."""
    page = [*TOP[:3], TOP[4], CRUMB, *ARTICLE[:5], "关于我们", LAST, *ARTICLE[5:]]
    kept = keeps(page)
    assert all(kept[7:10]) and not kept[10] and kept[11]
