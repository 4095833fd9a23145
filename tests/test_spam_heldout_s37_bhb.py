"""Classes of lines that session 37's held-out pages 641-652 (BHB) showed the rules and the page
reading lost or missed: a list of works (an award list, a reading list) whose titles in 《》 stand each over
an author row; a page's own numbered labels (关键词1, 关键词2 …) going on under the text after its last
paragraph; an advert's line of phrases ending in its call button; a video's play count under its player.
Each page is our own invented text; the look-alikes stay or go as before."""

from __future__ import annotations

import pytest

from govtext.spam import classify_lines
from page_common import keeps

NEWS_HEAD = ["关于公布某年度优秀作品评选结果的通知-某某学院新闻网", "某某学院新闻网", "首页", "学院要闻", "综合新闻",
             "校园文化", "您现在的位置：首页 > 综合新闻", "关于公布某年度优秀作品评选结果的通知",
             "作者：宣传部 来源：宣传部 发布时间：2026-05-10 点击数："]
NEWS_FOOT = ["编辑：某某 审核：某某", "上一篇：学院召开宣传工作会议", "下一篇：学院举行教工运动会", "热点新闻",
             "《学院新增一个省级实验教学中心》", "《某某附属学校揭牌》", "版权所有：某某学院", "某ICP备00000031号"]
WORKS = ["各单位：", "经推荐和评审，共评出一等奖2篇、二等奖3篇，现将名单公布如下：", "一等奖",
         "《山路上的读书声》", "作者：甲某某 所在单位：文学院", "《一盏亮到深夜的台灯》", "作者：乙某 丙某 所在单位：物理学院",
         "二等奖", "《操场边的梧桐》", "作者：丁某 所在单位：外语学院", "《食堂阿姨的笔记本》", "作者：戊某某 所在单位：学生记者团",
         "《第一次站上讲台》", "作者：己某 所在单位：教育学院", "希望获奖作者再接再厉。", "宣传部", "2026年5月10日"]


def test_a_list_of_works_with_their_author_rows_stays() -> None:
    """Titles in 《》 each over an 作者：… row are the text's list of works: the author rows stay, and the
    list with them (before, the rows went as bylines and the titles after the first as a run of short
    lines); the page's own byline under the headline and the hot list's titles still go."""
    kept = keeps([*NEWS_HEAD, *WORKS, *NEWS_FOOT])
    assert kept[len(NEWS_HEAD) - 2] and not kept[len(NEWS_HEAD) - 1]
    assert all(kept[len(NEWS_HEAD):len(NEWS_HEAD) + len(WORKS)])
    assert not any(kept[len(NEWS_HEAD) + len(WORKS):])


def test_an_author_row_under_no_work_title_goes() -> None:
    """作者：… under a headline, or under a line that is no title in 《》, is a byline: it goes as before;
    so do a related box's titles and author rows."""
    assert [v.keep for v in classify_lines("学院召开教学工作会议\n作者：某某", page=False)] == [True, False]
    assert [v.keep for v in classify_lines("山路上的读书声\n作者：某某", page=False)] == [True, False]
    related = ["相关阅读", "《校园里的春天》", "作者：某某", "《秋天的操场》", "作者：某某"]
    assert not any(v.keep for v in classify_lines("\n".join(related), page=False))


REVIEW_HEAD = ["五个词，回看某县教育这一年_某某教育网", "某某教育网", "登录 | 注册", "首页", "教育新闻", "政策法规", "家庭教育",
               "首页 > 教育新闻 > 深度", "五个词，回看某县教育这一年", "2026-12-20 09:00 某某教育网 阅读 2.1万"]
REVIEW_TEXT = ["年终岁末，本网梳理出五个年度关键词，和读者一起回望这一年。", "关键词1", "课后服务",
               "全县学校课后服务全覆盖，开设社团课程三百余门。", "关键词2", "科学教育", "新建科学实验室四十间，配齐科技副校长。",
               "关键词3", "家校共育", "关键词4", "县中振兴", "关键词5", "教师减负", "这三个词背后的故事，下期再讲。"]
REVIEW_FOOT = ["（编辑：某某）", "标签：", "年度盘点", "课后服务", "热门标签", "双减", "中考",
               "关于我们 | 联系我们", "Copyright©2026 某某教育网 某ICP备00000046号"]


def test_numbered_labels_going_on_under_the_text_stay() -> None:
    """The text's numbered labels (关键词1, 关键词2 in it) going on under its last paragraph (关键词3 …), each
    over its word, and the sentence under them stay (before, they went as a run of short lines after the
    article, the sentence as an island); the tags and hot tags under the editor's line still go."""
    kept = keeps([*REVIEW_HEAD, *REVIEW_TEXT, *REVIEW_FOOT])
    assert all(kept[len(REVIEW_HEAD):len(REVIEW_HEAD) + len(REVIEW_TEXT)])
    assert not any(kept[len(REVIEW_HEAD) + len(REVIEW_TEXT):])


HOT_BOX = ["热门文章", "某县举办中小学生运动会", "某县开展新任教师培训", "关于我们 | 联系我们"]


def test_numbered_labels_ending_right_over_page_chrome_stay() -> None:
    """The text's numbered labels going on under its last paragraph stay when the page's box of hot
    articles stands right under the last label's word, no sentence between (before, the region was cut
    back to the paragraph over them and they went as a run of short lines after the article)."""
    text = REVIEW_TEXT[:9]  # (… 关键词3 / 家校共育)
    kept = keeps([*REVIEW_HEAD, *text, *HOT_BOX])
    assert all(kept[len(REVIEW_HEAD):len(REVIEW_HEAD) + len(text)])
    assert not any(kept[len(REVIEW_HEAD) + len(text):])


def test_sidebar_words_under_the_last_labels_word_go() -> None:
    """Short words under the last label's word where a sentence stood under the label before it (the
    sidebar's tags, 年度盘点, crawled under 关键词3 / 家校共育) are no lines of that label: they go, the
    labels stay (before, the first stayed with the labels)."""
    text, tags = REVIEW_TEXT[:9], ["年度盘点", "专题专栏", "教育新闻"]
    kept = keeps([*REVIEW_HEAD, *text, *tags, *HOT_BOX])
    assert all(kept[len(REVIEW_HEAD):len(REVIEW_HEAD) + len(text)])
    assert not any(kept[len(REVIEW_HEAD) + len(text):])


def test_labels_the_text_did_not_number_go() -> None:
    """Under a text holding one label only (关键词1), or under its labels a run of another name (热词3 after
    关键词1, 关键词2), the short lines after it go as before: one label is no run the text began, another
    name no label of its run."""
    words = ["家校共育", "县中振兴", "教师减负", "校园安全"]
    end = ["这些词背后的故事，下期再讲。"]
    for text, name in ((REVIEW_TEXT[:4], "关键词"), (REVIEW_TEXT[:7], "热词")):
        first = 2 if name == "关键词" else 3
        run = [x for k, w in enumerate(words, first) for x in (f"{name}{k}", w)] + end
        kept = keeps([*REVIEW_HEAD, *text, *run, *REVIEW_FOOT])
        assert all(kept[len(REVIEW_HEAD):len(REVIEW_HEAD) + len(text)])
        assert not any(kept[len(REVIEW_HEAD) + len(text):]), name


EXPO_HEAD = ["某某博览会展商名录_某某会展网", "某某会展网", "首页", "展会概况", "展商服务", "新闻中心", "首页 > 新闻中心 > 展会动态",
             "某某博览会展商名录（部分）", "发布时间：2026-09-01 10:00 来源：组委会 浏览：812"]
EXPO_TEXT = ["本届博览会将于10月在某市会展中心举办，现将部分展商名录发布如下。", "一号馆", "A101 某某科技有限公司",
             "展品：录播教室系统", "A102 某某教育设备有限公司", "展品：交互式智能平板", "以上名录按展位号排序，以现场为准。"]
EXPO_FOOT = ["展商推荐", "某某教育 智能平板 限时特惠 立即咨询", "录播系统 年终特价", "我要参展", "我要参观", "分享到：微信 微博",
             "主办单位：某某会展协会", "电话：0000-6620198", "Copyright © 2026 某某会展网 某ICP备00000049号"]


def test_an_advert_ending_in_its_button_and_its_box_go() -> None:
    """A line of phrases ending in the advert's button (… 限时特惠 立即咨询) is an advert, and the header right
    over it is its box's (before, both stayed with the line under them); the text stays whole."""
    kept = keeps([*EXPO_HEAD, *EXPO_TEXT, *EXPO_FOOT])
    assert all(kept[len(EXPO_HEAD):len(EXPO_HEAD) + len(EXPO_TEXT)])
    assert not any(kept[len(EXPO_HEAD) + len(EXPO_TEXT):])
    verdicts = classify_lines("某某课程 马上抢购\n已有1.6万次播放\n共有3000次观看", page=False)
    assert [v.rule for v in verdicts] == ["widget"] * 3


def test_calls_in_sentences_and_rows_of_where_to_collect_stay() -> None:
    """A sentence's call (请大家马上报名。), a row of where to collect (各社区服务站 免费领取), a field with its
    call after a colon and a count of plays told in a sentence stay, alone or under a text."""
    rows = ["请符合条件的同学马上报名。", "各社区服务站 免费领取", "报名时间：即日起 立即报名", "该片上线一周已有1.6万次播放。"]
    assert all(v.keep for v in classify_lines("\n".join(rows), page=False))
    kept = keeps([*EXPO_HEAD, *EXPO_TEXT, "领取地点", "各社区服务站 免费领取", *EXPO_FOOT[3:]])
    assert all(kept[len(EXPO_HEAD):len(EXPO_HEAD) + len(EXPO_TEXT)])


# A notice of six lines (title, addressee, three sentences, signing organ and date) the fixes' inputs follow.
NOTICE = ["关于做好今年暑期学生安全工作的通知", "各乡镇中心学校、县直各学校：", "暑期将至，学生假期安全问题不容忽视。",
          "请各校高度重视，切实做好放假前的安全教育。", "各校要落实家校联系制度，及时掌握学生动态。", "某县教育局 2026年6月20日"]


def test_a_call_in_a_row_of_events_or_a_booking_line_stays() -> None:
    """A call (马上报名, 立即预约) ending a row of events with its date and place, a booking line or an
    entry's line with no word of a sale (限时特惠, 8折, 抢购) is the text's (before, each went as an advert
    ending in its button, and the table's head with the rows); a line of phrases with a sale's word and
    its call, saying neither when nor where, is still an advert."""
    events = ["2026年市民读书节活动安排", "活动名称 时间 地点", "古籍修复展 6月1日 市图书馆 马上报名",
              "亲子共读会 6月2日 少儿馆 立即报名", "以上活动均免费参加。"]
    assert all(v.keep for v in classify_lines("\n".join(events), page=False))
    assert all(keeps([*NOTICE, *events]))
    vaccine = ["关于开展秋季流感疫苗接种的通知", "各位居民：", "今年流感疫苗已经到货，请符合条件的居民预约接种。",
               "预约方式 健康某县公众号 立即预约", "接种地点：各社区卫生服务中心。", "某县卫生健康局", "2026年10月8日"]
    assert all(keeps(vaccine))
    assert all(keeps([*NOTICE, "报名入口 扫描下方二维码 立即报名"]))
    ads = ["某某驾校 学车优惠 立即预约", "暑期编程课 8折 马上报名", "某某教育 学习平板 限时特惠 立即咨询"]
    assert [v.rule for v in classify_lines("\n".join(ads), page=False)] == ["widget"] * 3


@pytest.mark.parametrize("closing", ["特此通知", "欢迎广大市民踊跃参加", "以上信息仅供参考", "谢谢合作"])
def test_a_closing_line_right_over_an_advert_is_no_box_header(closing: str) -> None:
    """A text's closing formula or sentence right over an advert ending in its button names no box: it
    stays (before, it went as the advert box's header); the advert goes, and a header naming its box
    (精选好物 right over it) with it."""
    ad = "某某园艺 花卉苗木 限时特惠 立即咨询"
    assert keeps([*NOTICE[:5], closing, ad]) == [True] * 6 + [False]
    assert keeps([*NOTICE[:5], closing, "精选好物", ad])[-2:] == [False, False]


def test_a_tables_cells_of_plays_stay() -> None:
    """A bare count of plays or views (12万次播放, 8.3万次观看) is a table's cell under each video's name: it
    stays (before, it went as a header's counter); said as a total so far (已有…, 共有…) it is the
    player's counter, which goes."""
    table = ["视频名称 播放量", "防溺水安全动画", "12万次播放", "交通安全微课", "8.3万次观看", "三、其他事项另行通知。"]
    assert all(keeps([*NOTICE, *table]))
    assert all(v.keep for v in classify_lines("\n".join(table[1:5]), page=False))
    assert [v.rule for v in classify_lines("已有12万次播放\n共有8.3万次观看", page=False)] == ["widget"] * 2


def test_a_pages_byline_under_its_title_in_quotes_goes() -> None:
    """作者：… under one title in 《》 with no other work and its author row near, or over a source's field
    (来源：某报), is the page's byline: it goes (before, it stayed as a work's author row)."""
    notice = ["《关于做好暑期学生安全教育的通知》", "作者：某某", "为切实做好暑期学生安全教育工作，现将有关事项通知如下。",
              "一、加强宣传教育。", "二、落实安全责任。"]
    assert keeps(notice) == [True, False, True, True, True]
    story = ["首页 > 新闻 > 正文", "《深夜的图书馆》", "作者：某某", "来源：某某报",
             "深夜十一点，图书馆里依然坐满了备考的学生。管理员每晚最后一个离开。"]
    assert keeps(story) == [False, True, False, False, True]
    works = ["《深夜的图书馆》", "作者：某某", "来源：某某报", "《秋天的操场》", "作者：某某", "来源：某某报"]
    assert not any(v.keep for v in classify_lines("\n".join(works), page=False)[1::3])


def test_a_list_of_works_over_its_source_reads_the_same_twice() -> None:
    """A reading list whose last author row has the list's source under it: that row is a byline's and
    goes, and no other entry counts it as its list's (review s37: a second reading, that row gone, dropped
    the author over it too)."""
    for works in (["《平凡的世界》", "作者：某甲", "《白鹿原》", "作者：某乙", "来源：市图书馆"],
                  ["《平凡的世界》", "作者：某甲", "《白鹿原》", "作者：某乙", "《围城》", "作者：某丙", "来源：市图书馆"]):
        once = [s for s, v in zip(works, classify_lines("\n".join(works), page=False)) if v.keep]
        assert all(v.keep for v in classify_lines("\n".join(once), page=False)), once
