"""Classes of lines that session 33's held-out pages 545-556 (BHB) showed the rules and the page
reading lost or missed: a news report whose sentences speak of reprints (转载, 复制, 授权) in a
reporter's voice, a table of the text's under a box of related links the crawl put between the
text's first paragraph and the table, a poem's title over its byline row and a first line too short
to grow over, a pager's 跳转到, a yearbook's 上一卷/下一卷, a description holding the headline and a
keywords line opening with short phrases above the headline. Each page is our own invented text;
the look-alikes go or stay as before."""

from __future__ import annotations

from functools import partial

from govtext.spam import classify_lines
from page_common import keeps, rows_lost

HEAD = ["网络转载须守版权底线_工作动态_某市版权局", "某市版权局", "首页 机构概况 新闻动态 政策法规 版权登记",
        "您现在的位置：首页 > 新闻动态 > 工作动态", "网络转载须守版权底线", "发布时间：2026-11-18 09:30 浏览次数：417"]
FOOT = ["【打印本页】 【关闭窗口】", "相关新闻", "某市开展版权宣传周活动", "某市版权局 版权所有 地址：某市人民路1号",
        "备案号：某ICP备00000001号-2"]

#: The document's lines (all but HEAD and FOOT) the rules and the page reading drop.
lost = partial(rows_lost, HEAD, FOOT, ())


def test_a_report_on_reprints_stays() -> None:
    """Sentences reporting what someone said or did of reprints (执法人员指出…, 负责人表示…未经许可…复制,
    某中心介绍了…转载授权台账) are the text's, not the site's reprint terms (before, each went as the
    terms, and the paragraph under them as going on from a site's notice)."""
    rows = ["近日，市版权局召开网络版权保护座谈会，全市二十余家网站和新媒体平台负责人参加会议。",
            "会上通报了一起案件：一家生活号未经授权转载报社原创稿件30篇。执法人员指出，文末的声明不能免除转载者的责任。",
            "市版权局负责人表示，把他人作品全文复制后重新发布，即使注明出处，也须事先取得著作权人许可。",
            "座谈会上，市融媒体中心介绍了建立转载授权台账的做法，对每篇转载稿件登记来源和授权期限。",
            "下一步，市版权局将开展网络转载专项整治，重点检查未经许可转载、删改署名等行为。"]
    assert lost(rows) == []


def test_the_sites_reprint_terms_still_go() -> None:
    """The site's own terms, a reporting word nowhere in them, go as before; so does the site
    thanking the reader (本站表示感谢 reports nothing) or speaking of itself (本网强调 reports no one); 称 and 说 inside a word
    (职称, 小说) report nothing."""
    lines = ["本网原创稿件，未经授权不得转载。", "转载请注明出处，本站表示感谢，未经授权禁止复制。",
             "负责人表示，未经授权不得转载本网原创稿件。", "未经本网书面授权，不得转载、复制本网作品，本网强调违者必究。",
             "欢迎转载，转载时请注明来源及作者职称，违者必究。", "本站小说均来自网友上传，未经授权禁止转载，违者必究。"]
    assert [v.keep for v in classify_lines("\n".join(lines), page=False)] == [False, False, True, False, False, False]


PUBLICITY = ["拟表彰人选公示_通知公告_某市教育局", "某市教育局", "首页 教育要闻 通知公告 政务公开", "当前位置：首页 > 通知公告",
             "拟表彰人选公示", "发布时间：2026-11-20 浏览：356次",
             "经学校推荐、县区审核和市级评审，拟表彰马某某等5名同志为优秀家庭教育指导教师，现予以公示。"]
BOX = ["相关链接", "关于评选优秀家庭教育指导教师的通知", "去年优秀家庭教育指导教师表彰名单", "市教育局开展家庭教育宣传周活动"]
TABLE = ["序号 姓名 单位", "1 马某某 某市第一实验小学", "2 杜某 某市第三中学", "3 龚某某 某市城东小学", "4 钟某某 某市实验幼儿园",
         "5 范某 某县第二中学", "公示期为2026年11月20日至11月26日。如有异议，请在公示期内以书面形式向市教育局反映。",
         "联系电话：0000-8823061", "某市教育局", "2026年11月20日"]
PAGE_FOOT = ["【打印此页】【关闭窗口】", "某市教育局 主办 地址：某市文昌路27号", "某ICP备00000002号"]


def test_a_table_under_a_related_box_stays() -> None:
    """A table's header row (序号 姓名 单位, cells of letters only over a row of as many with a digit)
    ends a box of link titles, and a box right under the text's paragraph and over such a table is
    crawled inside the text: the table, the paragraph under it and the signature stay, the box goes
    (before, the rows went as the box's titles, the rest as an island and a run)."""
    page = [*PUBLICITY, *BOX, *TABLE, *PAGE_FOOT]
    kept = keeps(page)
    a, b = len(PUBLICITY), len(PUBLICITY) + len(BOX)
    assert not any(kept[a:b])
    assert all(kept[b:b + len(TABLE)])
    assert not any(kept[b + len(TABLE):])


def test_a_box_over_other_lines_still_goes_whole() -> None:
    """A box of link titles whose next line is no table's header (a headline's words apart, a row of
    sites' names over the footer's fields 主办:… 地址:… 邮编:…) goes on over it as before."""
    lines = ["相关链接", "关于评选的通知", "某县 召开 会议", "某县教育动态", "友情链接", "教育部 教育厅 教育局",
             "主办:某局 地址:某路1号 邮编:215000"]
    verdicts = classify_lines("\n".join(lines), page=False)
    assert [v.rule for v in verdicts[:6]] == ["related"] * 6


POEM = ["冬日的操场_诗歌_校园文学_某中学", "某中学", "学校首页 学校概况 德育天地 校园文学", "当前位置：首页 > 校园文学 > 诗歌",
        "冬日的操场", "作者：初二（5）班 何某某 指导教师：苏某 发布时间：2026-12-03 点击：86", "清晨的风", "把跑道吹得很长",
        "我们呼出的白气", "一朵一朵", "挂在口号上", "篮球架站着不动", "像一位守门的老人", "它记得夏天", "也记得每一个",
        "没有投进的球", "下课铃响了", "操场把我们",
        "一个一个", "还给教室",
        "【教师点评】这首小诗写的是最平常的冬日操场，却用新鲜的句子让人看见校园生活的温度，节奏短促，和跑步时的呼吸相合。",
        "上一篇：我的外婆", "下一篇：雪后的银杏", "Copyright © 2026 某中学 版权所有"]


def test_a_poems_title_over_its_byline_row_stays() -> None:
    """A poem's title named by the page title, its author and date row under it and a first line
    too short to grow the region over: the title is the poem's headline and stays with the poem
    (before, it went as a short line of the run before the article)."""
    kept = keeps(POEM)
    assert kept[4] and all(kept[6:21])
    assert not any(kept[1:4]) and not kept[5] and not any(kept[21:])


def test_a_pagers_jump_to_and_a_yearbooks_volume_links_go() -> None:
    """A list's pager with 跳转到 (as 跳转至) and a serial's previous/next volume links (上一卷：…,
    下一卷：…) go; a sentence naming the next volume stays."""
    lines = ["共86条 每页10条 首页 上一页 1 2 3 4 5 下一页 尾页 跳转到 页", "上一卷：某县年鉴（2025）", "下一卷：暂无",
             "下一卷将于明年出版，收录全县各部门的年度工作资料。"]
    assert [v.keep for v in classify_lines("\n".join(lines), page=False)] == [False, False, False, True]


EXAM = ["县教育考试中心发布中考报名工作安排_考试动态_某县教育考试中心",
        "某县中考,某县中考报名,中考报名时间,中考报名需要什么材料,随迁子女能报名吗？可以，符合条件的可在我县报名。",
        "某县教育考试中心发布中考报名工作安排，报名时间为3月1日至3月10日，考生由就读学校统一组织网上报名。",
        "某县教育考试中心", "首页 考试动态 中考 高考 成绩查询", "首页 > 考试动态", "县教育考试中心发布中考报名工作安排",
        "发布日期：2027-01-08 信息来源：县教育考试中心",
        "1月8日，县教育考试中心发布中考报名工作安排。今年报名时间为3月1日至3月10日，考生由就读学校统一组织网上报名。",
        "符合条件的随迁子女，凭父母的居住证和社保缴纳证明，可在我县报名参加中考，享受同等录取政策。",
        "【打印】【关闭】", "主办：某县教育考试中心 某ICP备00000003号"]


def test_a_description_holding_the_headline_and_a_keywords_line_go() -> None:
    """Above the headline, a paragraph holding it whole (the page's description: the headline, then
    its summary) and one opening with four short phrases apart by commas (its keywords, with
    questions and answers after them) go; the text stays (before, both stayed)."""
    kept = keeps(EXAM)
    assert kept[1:3] == [False, False]
    assert kept[6] and all(kept[8:10])


def test_a_paragraph_above_the_headline_that_is_neither_stays() -> None:
    """A paragraph above the headline that neither holds it nor opens with four short phrases (a
    banner's sentence) is left to the other rules as before."""
    banner = "奋力谱写教育考试工作新篇章，为广大考生提供公平、公正、便捷的考试服务。"
    page = [EXAM[0], banner, *EXAM[3:]]
    assert classify_lines("\n".join(page))[1].rule != "site_banner"


def test_boxes_over_tables_and_descriptions_read_in_linear_time() -> None:
    """Pages of many related boxes each over a table, and of many description lines above the
    headline, are read in time linear in their length."""
    from linear_common import assert_linear

    def boxes(n: int) -> str:
        return "\n".join([*PUBLICITY, *(BOX + TABLE) * n, *PAGE_FOOT])

    def descriptions(n: int) -> str:
        return "\n".join([EXAM[0], *EXAM[1:3] * n, *EXAM[3:]])

    assert_linear(lambda n: classify_lines(boxes(n)), 20, 80)
    assert_linear(lambda n: classify_lines(descriptions(n)), 20, 80)
