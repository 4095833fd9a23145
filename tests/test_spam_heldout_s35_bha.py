"""Classes of lines that session 35's held-out pages 581-592 (BHA) showed the rules and the page
reading lost or missed. Each page is our own invented text; the look-alikes go or stay as before."""

from __future__ import annotations

import govtext
from govtext.spam import CHANNEL_BOX_REASON, classify_lines, classify_page, drop_spam_lines
from page_common import keeps, rows_lost

HEAD = ["冬季防火安全提示-安全教育-某县消防救援大队", "某县消防救援大队", "首页", "队伍简介", "消防动态", "安全教育", "办事指南",
        "当前位置：首页 > 安全教育"]
FOOT = ["上一篇：某县消防救援大队开展119宣传月活动", "下一篇：没有了", "版权所有：某县消防救援大队 地址：某县新华路20号",
        "某ICP备00000035号-1"]
TIPS = ["冬季防火安全提示", "发布时间：2026-11-20 来源：防火监督科 浏览次数：95",
        "冬季天干物燥，用火用电增多，火灾风险明显上升，请广大居民做好家庭防火。",
        "家中常备消防器材", "灭火器", "灭火毯", "逃生绳", "烟感报警器",
        "使用方法：灭火器放在取用方便处，定期查看压力表。",
        "严禁室内充电的物品", "电动车", "电池包", "平衡车",
        "使用要求：电动车不得在楼道和室内充电。",
        "外出前检查电器电源", "提示：人走断电，关好燃气阀门。",
        "火警电话：119"]


def test_item_words_under_a_heading_with_the_text_going_on_stay() -> None:
    """A heading of the text over words one a line (灭火器 / 灭火毯 / 逃生绳), then a paragraph and more
    text under it, is the article's list: the region grows over it (before, the words went as a run
    of short chrome lines after the article and the paragraphs under them as islands)."""
    assert rows_lost(HEAD, FOOT, ("发布时间",), TIPS) == []


def test_a_box_of_menu_words_over_the_sites_note_still_goes() -> None:
    """A box's label and its channel words, then one paragraph over the footer (a note on the site),
    is no list of the text: it goes as before."""
    box = ["消防专题专栏", "火灾案例", "科普视频", "法规解读", "本网站信息仅供参考，转载请注明出处并保留原文链接。"]
    lines = [*HEAD, *TIPS[:3], TIPS[-1], *box, *FOOT[2:]]
    kept = keeps(lines)
    at = len(HEAD) + 4
    assert not any(kept[at + 1: at + len(box)]) and kept[len(HEAD) + 3]


def test_words_under_a_heading_over_a_last_paragraph_go_as_before() -> None:
    """Words under a heading then one last paragraph right over the page's chrome: a menu over a box's
    sentence reads the same, so the words go as before (the list is taken only with the text going
    on under its paragraph)."""
    rows = [*TIPS[2:8], TIPS[8]]
    lost = rows_lost(HEAD, FOOT, (), rows)
    assert "灭火器" in lost and TIPS[2] not in lost


CENTRE_HEAD = ["法律援助申请-某市某区法律援助中心官方网站", "某市某区法律援助中心官方网站", "首页", "中心概况", "法律援助",
               "法治宣传", "案例评析", "普法知识", "办事指南", "您的位置：首页 > 法律援助 > 申请须知"]
GUIDE = ["法律援助申请须知", "发布时间：2026-08-12 来源：某区法律援助中心",
         "经济困难的公民因劳动报酬、工伤赔偿等事项需要法律帮助的，可以向本中心申请法律援助。",
         "申请时请携带身份证件、经济困难状况说明表和与案件有关的材料。", "接待时间：工作日上午9:00至12:00，下午14:00至17:30。"]
CENTRE_FOOT = ["普法知识", "劳动合同到期不续签有补偿吗？", "交通事故责任认定后怎样索赔", "邻里漏水纠纷如何处理",
               "地址：某区政务中心二楼 电话：010-00000035", "版权所有 © 某市某区法律援助中心"]


def test_a_cut_titles_headline_under_the_path_beats_the_sites_name_on_top() -> None:
    """Title = the headline's start (法律援助申请, the title cut 须知) and the site's name; the site's name
    stands on top over the menu, the headline right under the breadcrumb starts with the title's
    lead: it is the headline, and the site's name on top goes with the menu (before, the site's name
    was taken for the headline and stayed)."""
    text = "\n".join([*CENTRE_HEAD, *GUIDE, *CENTRE_FOOT])
    verdicts, reading = classify_page(text)
    assert reading is not None and reading.headlines == (len(CENTRE_HEAD),)
    assert not verdicts[1].keep
    assert all(v.keep for v in verdicts[len(CENTRE_HEAD): len(CENTRE_HEAD) + len(GUIDE)] if v.rule != "metadata")


def test_a_channels_titles_under_its_menu_items_copy_after_the_article_go() -> None:
    """A copy of a menu item (普法知识) after the article's last line, over three titles and the page's
    footer, is the box of that channel's titles: it goes (before, the region grew over the label to the
    question and the titles under it)."""
    lines = [*CENTRE_HEAD, *GUIDE, *CENTRE_FOOT]
    kept = keeps(lines)
    at = len(CENTRE_HEAD) + len(GUIDE)
    assert not any(kept[at: at + 4]) and kept[at - 1]


def test_a_last_section_named_as_a_channel_over_its_sentences_stays() -> None:
    """A last section named as a menu item (普法知识) over short sentences of the text (each ending in
    。) is the text's, no box of titles: it stays."""
    rows = [*GUIDE, "普法知识", "劳动争议可以先向仲裁委员会申请仲裁。", "工伤认定申请应在一年内提出。", "法律援助不收取任何费用。"]
    assert rows_lost(CENTRE_HEAD, ["版权所有 © 某市某区法律援助中心"], ("发布时间",), rows) == []


def test_the_titles_lead_over_a_path_ending_with_it_is_the_channels_menu_item() -> None:
    """The title's lead (献血须知) among the menu's items over a breadcrumb ending with it is the channel
    the page is filed under, no headline: it goes with the menu, and the headline is the line under
    the path (before, the menu's copy was the headline and stayed)."""
    head = ["献血须知_某市血液中心", "某市血液中心", "首页", "中心简介", "献血须知", "献血点", "新闻中心", "当前位置：首页 > 献血须知"]
    body = ["参加无偿献血前您需要了解的事项", "更新时间：2026-06-01",
            "献血前一晚请保证睡眠充足，献血当天请吃清淡早餐，不要空腹献血。", "献血后请按压针眼十分钟，当天避免剧烈运动。"]
    kept = keeps([*head, *body, "版权所有：某市血液中心"])
    assert not kept[4] and kept[len(head)] and all(kept[len(head) + 2: len(head) + 4])


GONGKAI_HEAD = ["某县民政局关于公布第三批标准地名的公告_某县人民政府", "某县人民政府", "首页", "政务公开", "政务服务",
                "索引号：000000035/2026-00088", "发布机构：县民政局", "生成日期：2026-09-18"]
NAMES = ["某县民政局关于公布第三批标准地名的公告", "根据地名管理的有关规定，经县人民政府批准，现公布第三批标准地名。",
         "一、桂香路", "北起环城路，南至滨湖大道，全长一点二公里。", "某县民政局", "2026年9月18日"]


def test_one_field_rows_between_the_metadata_rows_and_the_headline_go() -> None:
    """Rows of one field each (主题分类：…, 文号：…) right under the record rows the metadata rule dropped
    and right over the headline are the last rows of the page's record table: they go (before, their
    labels, which no lexicon holds, kept them)."""
    fields = ["主题分类：民政、地名", "文号：某民〔2026〕35号"]
    lines = [*GONGKAI_HEAD, *fields, *NAMES, "版权所有：某县人民政府"]
    kept = keeps(lines)
    at = len(GONGKAI_HEAD)
    assert kept[at: at + 2] == [False, False] and all(kept[at + 2: at + 2 + len(NAMES)])


def test_a_field_over_the_headline_with_no_metadata_row_above_stays_as_before() -> None:
    """A field row over the headline with no metadata row above it is left as it was read before."""
    head = [*GONGKAI_HEAD[:5], "主题分类：民政、地名"]
    text = "\n".join([*head, *NAMES, "版权所有：某县人民政府"])
    verdicts = classify_lines(text)
    assert verdicts[len(head) - 1].rule != "metadata"


def test_the_pages_drop_twice_drops_nothing_more() -> None:
    """drop_spam on its own output drops nothing more on each of these pages."""
    pages = [[*HEAD, *TIPS, *FOOT], [*CENTRE_HEAD, *GUIDE, *CENTRE_FOOT],
             [*GONGKAI_HEAD, "主题分类：民政、地名", "文号：某民〔2026〕35号", *NAMES, "版权所有：某县人民政府"]]
    pre = govtext.Config(drop_spam=False, fix_cjk_spacing=False, fix_punctuation_width=False, restore_lost_quotes=False)
    for lines in pages:
        once = drop_spam_lines(govtext.normalize("\n".join(lines), pre))
        assert drop_spam_lines(once) == once


def test_a_sidebar_box_of_words_over_the_sites_description_after_the_article_goes() -> None:
    """A sidebar after the article: its label, menu words one a line, the site's description, then a
    short label over its address and the footer. No second group of words stands under or over it
    (a guide's sections): it goes, and the article's paragraphs stay."""
    box = ["学校概况导航", "学校简介", "历史沿革", "现任领导", "机构设置",
           "学校创办于1962年，现有教职工二百余人，在校学生三千余人。", "联系方式",
           "地址在某县某镇某路八号，邮编三一零零零零，欢迎来访。"]
    lines = [*HEAD, *TIPS[:3], *box, *FOOT[2:]]
    kept = keeps(lines)
    at = len(HEAD) + 3
    assert not any(kept[at + 1: at + len(box)]) and kept[at - 1]


def test_an_articles_last_section_of_steps_named_as_a_menu_item_stays() -> None:
    """The article's last section named like a menu item (办事指南) over its steps, verbs of what to do or
    numbered (登录… / 选择… / 填写…并提交), is no box of the channel's titles: the heading and the steps the
    region grew over stay, while the channel's titles under the item's copy still go (the test above)."""
    for steps in (["登录区政务服务网，在线提交申请", "选择法律援助事项及所在街道", "填写申请人基本信息并上传材料"],
                  ["1. 在线提交法律援助申请，填写申请表", "2. 等待中心工作人员电话审核", "3. 按约定时间到中心签署材料"]):
        lines = [*CENTRE_HEAD, *GUIDE, "办事指南", *steps, *CENTRE_FOOT[-2:]]
        at = len(CENTRE_HEAD) + len(GUIDE)
        verdicts = classify_lines("\n".join(lines))
        assert all(v.keep for v in verdicts[at: at + 2]), steps
        assert not any(v.reason == CHANNEL_BOX_REASON for v in verdicts), steps
