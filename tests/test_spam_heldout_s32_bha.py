"""Classes of lines that session 32's held-out pages 509-520 (BHA) showed the rules and the page
reading lost or missed. Each page is our own invented text; the look-alikes go or stay as before."""

from __future__ import annotations

from functools import partial

from govtext.spam import classify_lines
from page_common import keeps, rows_lost

HEAD = ["某某练习册 八年级_某某书城", "某某书城", "首页 图书 童书 教辅 文创", "搜索", "图书 > 教辅 > 初中"]
FOOT = ["商品评价", "好评(120) 中评(3) 差评(1)", "查看全部评论", "购买了该商品的顾客还购买了", "某某阅读训练 八年级",
        "某某语法专项 八年级", "Copyright (C) 某某书城 2010-2026, All Rights Reserved"]

#: The document's lines (all but HEAD and FOOT) the rules and the page reading drop.
lost = partial(rows_lost, HEAD, FOOT, ())

BOOK = ["某某练习册 八年级", "一课一练，分层训练，附详细解析", "作者：某某某 主编 出版社：某某出版社 出版时间：2026年05月",
        "书城价 ¥ 28.00 定价 ¥ 39.00", "数量 - 1 + 加入购物车", "商品详情", "开 本：16开", "包 装：平装", "编辑推荐", "本书按八年级教材的章节编排，每节分为基础、提升和拓展三层练习，适合学生课后自主使用。",
        "内容简介", "全书共六章，每节先讲一道例题的思路，再给出由易到难的练习题，书末附有全部习题的解答和常见错误分析。",
        "目录", "第一章 三角形", "第二章 全等三角形", "第三章 轴对称", "第四章 整式的乘法", "第五章 分式", "第六章 二次根式"]


def test_a_related_header_over_a_paragraph_heads_a_section_of_the_text() -> None:
    """编辑推荐 over a paragraph (not over titles) is the heading of the page's own section: the text
    goes on under it (before, the related box it was taken for ended the article, and the book's
    目录 of chapters under 内容简介 went as a run of short lines after it)."""
    assert not {"第一章 三角形", "第六章 二次根式"} & set(lost(BOOK))


def test_a_related_header_over_titles_goes_as_before() -> None:
    """The same header over a list of titles is a box of related articles: it and its titles go."""
    page = ["某县教育局召开年度工作会议", "会议总结了一年来的教育工作，部署了明年的重点任务，要求各校抓好教学质量和安全管理。",
            "编辑推荐", "某县举行中小学生运动会", "某县新建三所幼儿园投入使用", "某县开展教师培训活动"]
    assert keeps(page) == [True, True, False, False, False, False]


TV_HEAD = ["某县综合频道节目单_某县融媒", "某县融媒", "首页 新闻 直播 点播 节目单 专题", "综合频道 公共频道 某县广播",
           "周一 周二 周三 周四 周五 周六 周日", "3月2日 星期一"]
TV_FOOT = ["正在直播 ▶ 早间新闻", "热门点播", "下载“某县融媒”客户端，随时随地看直播", "主办：某县融媒体中心 某ICP备00000003号-1"]
SCHEDULE = ["综合频道 3月2日 节目单", "06:00 开始曲", "06:10 某县新闻（重播）", "06:40 健康讲堂", "07:20 早间新闻",
            "08:00 电视剧：河边的村庄（9、10）", "09:40 法治在线", "10:20 电视剧：河边的村庄（11、12）", "12:00 午间新闻",
            "18:30 某县新闻", "19:35 百姓话题", "22:00 某县新闻（重播）", "节目如有变动，以当日播出为准。"]


def test_a_schedule_of_rising_times_above_the_region_stays() -> None:
    """Rows each opening with a time of day, the times rising into the region's, are the schedule's
    first rows, and the line over them naming the day its heading (before, the rows above the line
    the region grew back to went as a run of short lines before the article)."""
    assert rows_lost(TV_HEAD, TV_FOOT, (), SCHEDULE) == []


def test_times_falling_above_the_region_go_as_before() -> None:
    """Rows whose times fall (a list of latest items, newest first) make no schedule: those over
    the region's rows go as page chrome, as before."""
    rows = ["综合频道 3月2日 节目单", "07:20 早间新闻", "06:40 健康讲堂", "06:10 某县新闻（重播）", *SCHEDULE[5:]]
    assert {"07:20 早间新闻", "06:40 健康讲堂"} <= set(rows_lost(TV_HEAD, TV_FOOT, (), rows))


def test_a_qa_communitys_counters_and_ip_stamps_go() -> None:
    """The votes an answer won, the answers to see, the question's views and followers, an answer's
    action row with its votes, a post's stamp with its IP's region: counters (before, kept)."""
    rows = ["2,341 人赞同了该回答", "查看全部 38 个回答", "被浏览 86,413 关注者 215", "赞同 2341 添加评论 分享 收藏 喜欢 收起",
            "赞同 189 12 条评论 分享 收藏 喜欢", "编辑于 2026-07-12 20:41 · IP 属地江苏", "IP属地：广东"]
    assert keeps(rows) == [False] * len(rows)


def test_sentences_naming_votes_or_an_ip_region_stay() -> None:
    """A sentence that names votes, answers or where an IP address is stays text."""
    rows = ["会议以全票赞同通过了该回答意见。", "经核查，该账号的IP属地显示为广东。", "全部38个回答问题的考生均已通过面试。"]
    assert keeps(rows) == [True] * len(rows)


def test_a_reading_sites_chapter_links_go() -> None:
    """上一章 / 下一章 are a reading site's links to the previous and next chapter, as 上一篇 / 下一篇 an
    article's (before, kept: the rows under the chapter and the books under them too)."""
    assert keeps(["上一章 目录 下一章 加入书架", "上一章：第十一章 河边的风", "下一章"]) == [False, False, False]


def test_a_sentence_naming_the_last_chapter_stays() -> None:
    """A sentence that opens with 上一章 is the text's."""
    assert keeps(["上一章 我们学习了三角形的性质。", "下一章将介绍全等三角形。"]) == [True, True]


BLOG_HEAD = ["用表格统计各班成绩_某某的博客-某某社区", "某某社区", "博客 下载 学习 社区 会员中心", "搜索", "登录 注册"]
BLOG_FOOT = ["关注 关注", "相关推荐", "表格分组统计的几种写法", "© 2026 某某社区 某ICP备00000004号"]
POST = ["用表格统计各班成绩", "某某 已于 2026-05-12 20:10:45 修改 阅读量1.5k 收藏 21 点赞数 9",
        "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。",
        "每次月考结束，统计各班各分数段的人数都要花掉大半天。下面的办法一次算出每个班的平均分和各分数段人数。",
        "第一步，把成绩表按班级排序，第二步，用分类汇总求出各班的人数和平均分。"]


def test_a_posts_licence_notice_under_its_headline_ends_no_article() -> None:
    """A notice on the post itself (本文…) between its headline and its text is dropped and ends no
    article: the headline stays (before, the notice was a stop, the headline went with the menu
    as a run of short lines); the byline ending in counters goes."""
    assert rows_lost(BLOG_HEAD, BLOG_FOOT, (), POST) == POST[1:3]


def test_the_sites_line_above_the_text_still_ends_what_stands_over_it() -> None:
    """A footer line above the text that does not speak of the text (the site's record, a
    breadcrumb the footer rule took) stays a stop; the post's notice on itself does not."""
    from govtext.spam import _footers_above_the_text

    page = ["某某学会", "版权所有：某某学会 某ICP备00000005号", "某某学会年会在某市举行",
            "版权声明：本文为博主原创文章，转载请附上原文出处链接和本声明。",
            "5月10日至12日，某某学会年会在某市举行，会议由学会专业委员会主办，三百余人参会。"]
    verdicts = classify_lines("\n".join(page), page=False)
    assert _footers_above_the_text(page, verdicts, [1, 3]) == [3]


RECORD_HEAD = ["一种可调节课桌 - 专利详情 - 某某专利检索", "某某专利检索", "首页 专利检索 法律状态 数据服务", "当前位置：首页 > 专利详情"]
RECORD_FOOT = ["引证文献（2）", "一种学生用升降课桌", "相似专利", "一种课桌高度调节装置", "版权所有 © 2026 某某专利检索 某ICP备00000006号"]
PATENT = ["一种可调节课桌", "申请号：CN202520000001.2", "申请日：2025-03-14", "申请（专利权）人：某市第一中学", "摘要",
          "本实用新型公开了一种可调节课桌，桌腿内设有升降套管和定位销，能适应不同身高学生的使用需求，有利于保持正确坐姿。",
          "法律状态", "法律状态公告日 法律状态 法律状态信息", "2026-01-20 授权 授权", "2025-04-02 受理 实用新型专利申请受理"]


def test_a_tables_header_whose_cells_extend_one_word_stays() -> None:
    """A header row whose cells extend one word (法律状态 …) over a row of as many cells with a digit
    is the table's header, not search terms: it and its rows stay (before, the header went as a
    search phrase with its variants and the rows as a run of short lines after the article)."""
    assert rows_lost(RECORD_HEAD, RECORD_FOOT, (), PATENT) == []


def test_search_terms_over_a_paragraph_go_as_before() -> None:
    """The same kind of line over a paragraph is the page's search terms."""
    page = ["某县教育局", "个税专项 个税专项标准 个税专项怎么填", "某县教育局召开会议",
            "会议总结了一年来的教育工作，部署了明年的重点任务，要求各校抓好教学质量和安全管理。"]
    assert keeps(page)[1] is False


def test_a_schedule_read_again_keeps_its_rows_under_the_region() -> None:
    """drop_spam's output of a schedule page read again: the rows under the region, the times going
    on rising, are the schedule's too (before, the region ended inside the schedule and its later
    rows went as a run after the article: the output was not stable)."""
    from govtext.spam import drop_spam_lines

    page = "\n".join([*TV_HEAD, *SCHEDULE, *TV_FOOT])
    once = drop_spam_lines(page)
    assert drop_spam_lines(once) == once
    assert "22:00 某县新闻（重播）" in once.split("\n")


def test_headlines_with_rising_times_right_under_a_news_item_go_as_before() -> None:
    """A list of headlines with their times, rising, right under a news item's last paragraph and
    no row of the article's own opening with a time: no schedule of the text's (the lead's probe:
    the rows under the region were kept as the schedule's going on; dropped before)."""
    head = ["某某新闻网", "首页 | 时政 | 社会 | 教育", "当前位置：首页 > 教育"]
    item = ["市教育局召开中小学安全工作会议", "12月5日，市教育局召开全市中小学安全工作会议，部署冬季校园安全工作。",
            "会议要求各校加强消防、交通和食品安全管理，落实值班制度。"]
    times = ["15:02 全省今冬首场寒潮来袭", "15:40 市区多条公交线路调整", "16:30 教育局发布寒假安排", "17:45 高速公路部分路段封闭"]
    assert set(rows_lost(head, ["版权所有 某某新闻网"], (), [*item, *times])) == set(times)


def test_a_players_now_playing_line_goes_a_live_headline_stays() -> None:
    """正在直播 ▶ and the programme is a player's line; a headline on a live event has no play mark."""
    assert keeps(["正在直播 ▶ 早间新闻", "正在直播：某市2026年新闻发布会"]) == [False, True]


def test_a_reviews_header_with_stars_and_its_time_goes() -> None:
    """A reviewer's name, the review's five stars and its date-time to the minute head a review (a
    widget's row); stars alone or with a day only (a class's week) stay."""
    rows = ["木子 评论 某某随笔集 ★★★★☆ 2026-09-14 21:07:33 江苏", "某某酒店 ★★★★★", "三年级二班 ★★★★☆ 2026-05-06"]
    assert keeps(rows) == [False, True, True]


def test_a_category_row_under_a_posts_tags_goes() -> None:
    """分类： under a post's 标签： row is the post's header, as under its date line (before, kept);
    alone it may be a record's field and stays."""
    assert keeps(["标签： 教育 语文 习作", "分类： 教学随笔"]) == [False, False]
    assert keeps(["分类： 教学随笔"]) == [True]
