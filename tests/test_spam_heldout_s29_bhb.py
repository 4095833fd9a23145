"""Classes of lines that session 29's held-out pages 449-460 (BHB: crawled pages whose content is in
short lines and whose chrome is in full sentences) showed the rules missed or lost: an enquiry row
under a release's last paragraph, comments under a count header or taken for a related block's
link titles, the site's sentences on itself (its content for reference only, its call for
corrections, a privacy policy's label, a reprint's takedown offer giving the copyright to the
author), a bare share bar of platforms, a Taiwan page's Minguo date in its date field, and a short
headline the title names under a breadcrumb ending with it, over a song's lines. Each page is our
own invented text; the rules' look-alikes in a document's own lines stay kept."""

from __future__ import annotations

from govtext.spam import classify_lines
from page_common import keeps

#: A paragraph of a news item (two sentences).
BODY = "本届活动共收到来自全市各中小学的参赛作品一千二百余件，经过初评和复评，共评出各类奖项八十六个。主办方表示，将把优秀作品结集出版。"
HEAD = ["某市图书馆", "首页 馆情介绍 读者服务 数字资源 活动预告 联系我们", "首页 > 最新消息"]


def _dropped(lines: list[str]) -> list[str]:
    return [s for s, k in zip(lines, keeps(lines)) if not k]


def test_an_enquiry_row_under_the_last_paragraph_stays() -> None:
    """A release ends with its enquiry line (查询：, a phone number in two groups) right under its last
    paragraph, the page's share bar and footer under it: the line is the release's, kept; the
    share bar (分享 and the platforms' names, bare) goes."""
    page = [*HEAD, "第五届青少年读书征文比赛结果公布", "发布日期：2026年11月20日", BODY, BODY, "查询：2718 4406",
            "分享 Facebook WhatsApp 电邮", "列印本页", "版权所有 © 2026 某市图书馆"]
    dropped = _dropped(page)
    assert "查询：2718 4406" not in dropped
    assert "分享 Facebook WhatsApp 电邮" in dropped


def test_a_bare_share_bar_is_the_platforms_names_only() -> None:
    """分享 bare before the platforms' names (Facebook WhatsApp 电邮, 微信 微博) goes; 分享 before other
    words is a heading or a phrase."""
    lines = "分享 Facebook WhatsApp 电邮\n分享 微信 微博 LinkedIn\n分享 经验 交流"
    assert [v.keep for v in classify_lines(lines, page=False)] == [False, False, True]


def test_comments_under_a_count_header_go() -> None:
    """Comments quoting the article under 网友评论（3） (a header with its count, which the related
    block above took as a link title) go with it."""
    page = [*HEAD, "我市举办第五届青少年读书征文颁奖活动", "发布日期：2026-11-20", BODY, BODY,
            "相关阅读", "我市开展全民阅读进社区活动", "市图书馆少儿分馆正式开放", "网友评论（3）",
            "读者甲：“共评出各类奖项八十六个”，孩子也拿了一个，很开心。",
            "一位家长：希望明年能办得更大，让更多学校参加进来。",
            "游客：作品集出版了在哪里能借到？",
            "Copyright © 2026 某市图书馆"]
    assert _dropped(page)[-4:] == page[-4:]


def test_comments_a_related_block_took_the_first_of_go_all() -> None:
    """网友评论 heads a related block to the line rules, whose first comment (a short one) it takes
    as a link title: the comments under it go all the same, up to the next header (热点新闻)."""
    page = [*HEAD, "我市举办第五届青少年读书征文颁奖活动", "发布日期：2026-11-20", BODY, BODY,
            "网友评论", "已有4条评论", "读者甲：办得好！", "回复 读者甲：同感，孩子很喜欢这个活动。",
            "读者乙：“共评出各类奖项八十六个”，比去年多了不少，点赞！", "读者丙：希望作品集能在各分馆借阅。",
            "热点新闻", "1 我市图书馆新馆明年开放", "2 寒假少儿阅读营开始报名"]
    assert _dropped(page)[-9:] == page[-9:]


def test_the_sites_sentences_on_its_content_go() -> None:
    """The site's note that its content is for reference only (本网站的内容只供参考之用, 本站发布的…仅供…使用),
    its call for corrections (网站纠错：如您发现本网站…有错误…), a takedown offer giving the copyright to the
    text's author (版权归原作者所有), a privacy policy's label opening a line (私隐政策：, 隐私政策：)."""
    notes = [
        "本网站的内容只供参考之用，本馆不会就使用本网站内容而引致的任何损失负上责任。",
        "温馨提示：本站发布的宣传标语仅供各单位宣传使用，制作户外广告请按规定办理审批手续。",
        "网站纠错：如您发现本网站信息有错误或链接无法访问，请向我们反馈，我们将及时核实处理。",
        "本文来源于某某教育网，版权归原作者所有，如有侵权请联系我们删除。",
        "私隐政策：本馆致力保障浏览者的个人资料私隐，在收集及处理个人资料时遵从有关条例的规定。",
        "隐私政策：我们仅在您登录时收集您的借阅证号，用于提供借阅服务。",
    ]
    assert [v.keep for v in classify_lines("\n".join(notes))] == [False] * len(notes)


def test_a_documents_sentences_on_a_station_or_policy_stay() -> None:
    """A station's own notice (本站 with no word of a website), a document's sentence on privacy
    policies, a maintenance notice of the site (本网站将于…暂停服务) and a score notice's call for
    reviews (本站公布的成绩如有错误，请…: no 如您发现 before the site) are text."""
    lines = [
        "本站提供的轮椅仅供有需要的旅客免费使用，请到服务台登记。",
        "隐私政策应当以清晰易懂的语言向用户说明收集个人信息的目的和范围。",
        "本网站将于12月5日22时至24时进行系统维护，届时暂停服务。",
        "本站公布的成绩如有错误，请考生于成绩公布之日起3日内提出复核申请。",
    ]
    assert all(v.keep for v in classify_lines("\n".join(lines)))


def test_a_minguo_date_in_a_date_field_is_the_pages_metadata() -> None:
    """A Taiwan page's 發布日期 holds a Minguo date (115-09-10): the line is the page's record, its
    date read in the common era."""
    v = classify_lines("发布单位：民政课 发布日期：115-09-10 点阅次数：538")[0]
    assert not v.keep and ("date", "2026-09-10") in v.meta
    # (a number field of the same shape is no date: the line is a record's row, left as it was)
    assert classify_lines("项目编号：115-09-10")[0].keep


def test_a_short_headline_under_a_breadcrumb_ending_with_it_is_the_headline() -> None:
    """A 校歌 page: the title names the page 校歌 (a side menu entry too), the breadcrumb ends with it,
    the lyrics stand in short lines under it, then a paragraph on the song. 校歌 under the
    breadcrumb is the headline: the site's name at the top goes with the menu."""
    lyrics = ["某某工业大学校歌", "作词：甲乙 作曲：丙丁", "江水长 岭云苍", "百年弦歌绕书堂", "求真务实 敢为人先",
              "工学并进 志在四方", "啊 母校 母校", "我们青春的摇篮", "梦想启航的地方"]
    page = ["校歌-校园文化-某某工业大学", "某某工业大学", "首页 学校概况 机构设置 教育教学 校园文化",
            "校园文化", "校训", "校徽", "校歌", "校史馆", "当前位置：首页 > 校园文化 > 校歌", "校歌", *lyrics,
            "校歌创作于1986年建校三十周年之际，歌词由中文系教师撰写，经学校党委常委会审定为校歌。",
            "版权所有 © 某某工业大学"]
    kept = keeps(page)
    assert not kept[1] and kept[9] and all(kept[10:10 + len(lyrics)])
