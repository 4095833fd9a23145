"""Classes of lines that session 36's held-out pages 605-616 (BHA) showed the rules lost or missed.
Each page is our own invented text; the look-alikes go or stay as before."""

from __future__ import annotations

import pytest

from govtext.spam import classify_lines
from page_common import rows_lost

HEAD = ["某市体育局", "首页", "体育新闻", "群众体育", "赛事活动", "首页 > 群众体育 > 赛事活动", "某某半程马拉松报名须知",
        "发布时间：2027-08-02 来源：本站"]
FOOT = ["上一篇：全民健身日系列活动启动", "热点推荐", "某市体育彩票公益金使用情况公告", "版权所有：某市体育局",
        "某ICP备00000036号-1"]


def _notice(period: str) -> list[str]:
    return ["某某半程马拉松将于11月7日7:30在市民广场鸣枪开跑，现将报名有关事项公布如下。", "一、报名时间", period,
            "报名人数超过规模时，以抽签方式确定参赛资格，抽签结果于8月30日公布，请报名者留意短信通知。",
            "二、报名费", "半程马拉松：每人120元。", "某市体育局", "2027年8月2日"]


@pytest.mark.parametrize("period", [
    "2027年8月8日10:00至8月22日18:00",
    "2027年8月8日 10:00—8月22日 18:00",
    "2027年8月8日10:00到8月22日18:00止",
    "2027-08-08 10:00 至8月底",
    "2027年8月8日 10:00至次日18:00",
    "2027年8月8日10:00起至8月22日",
])
def test_a_date_time_running_on_to_the_end_of_a_period_stays(period: str) -> None:
    """A date and time of day, then 至 / 到 / a dash and another date or time: the period a notice's
    heading (报名时间) announces, no date-time and byline (before, the words 至…月…日 read as the
    byline beside the page's publication time and the line went)."""
    assert rows_lost(HEAD, FOOT, ("发布时间",), _notice(period)) == []


@pytest.mark.parametrize("line", ["2027-08-08 10:00 某某日报", "2027年8月8日10:00 某某市气象局", "2027-08-08 10:00 · 某某新闻"])
def test_a_date_time_and_its_byline_still_go(line: str) -> None:
    """A date-time beside a source's name is the page's byline, dropped as before."""
    v = classify_lines("\n".join([*HEAD[:-1], line, *_notice("2027年8月8日至8月22日"), *FOOT]))[len(HEAD) - 1]
    assert not v.keep and v.rule == "metadata" and v.reason == "date-time and byline"


SCIENCE_HEAD = ["冬天为什么容易感冒？-某某科普网", "某某科普网", "首页", "科普资讯", "健康生活", "科学辟谣",
                "首页 > 健康生活 > 正文", "冬天为什么容易感冒？", "2026-12-14 09:20 来源：某某市疾控中心"]
SCIENCE_BODY = ["冬季气温低，呼吸道黏膜血管收缩，局部抵抗力下降，病毒更容易侵入。门窗紧闭时室内空气流通差，病毒传播的机会增多。",
                "预防感冒要注意保暖，保持室内通风，勤洗手，适当锻炼，增强体质。"]
SCIENCE_FOOT = ["点赞 12", "收藏", "相关科普", "流感和感冒有什么区别？", "主办：某某市科学技术协会", "某ICP备00000360号"]


@pytest.mark.parametrize(("line", "key", "value"), [
    ("本文审核专家：某某市疾控中心 主任医师 林某某", "reviewer", "某某市疾控中心 主任医师 林某某"),
    ("审核专家：某某大学 教授 王某 责任编辑：李某", "reviewer", "某某大学 教授 王某"),
    ("本文作者：张某某", "author", "张某某"),
    ("本文编辑：李某", "editor", "李某"),
])
def test_an_articles_own_credit_labels_are_metadata(line: str, key: str, value: str) -> None:
    """A credit's label under 本文 (本文作者：, 本文编辑：, 本文审核专家：) is the article's credit, as the label
    alone is; a popular-science article's 审核专家： beside another credit's label names its reviewing
    expert: both go as metadata, the value kept in meta (before, the line stayed)."""
    verdicts = classify_lines("\n".join([*SCIENCE_HEAD, *SCIENCE_BODY, line, *SCIENCE_FOOT]))
    v = verdicts[len(SCIENCE_HEAD) + len(SCIENCE_BODY)]
    assert not v.keep and v.rule == "metadata" and (key, value) in v.meta
    assert all(v.keep for v in verdicts[len(SCIENCE_HEAD): len(SCIENCE_HEAD) + len(SCIENCE_BODY)])


@pytest.mark.parametrize("line", ["审核专家：张某某、李某某、王某某", "审核专家：3名", "审核专家：由市卫健委从专家库中随机抽取"])
def test_a_bare_reviewing_experts_label_in_the_text_stays(line: str) -> None:
    """审核专家： alone on its line, no 本文 before it nor another credit's label beside it, is the text's
    own field (a notice naming the experts it appoints, their number, how they are chosen): it
    stays, and so does the paragraph after it (before, it went as a credit and took that paragraph
    with it as an island)."""
    rows = ["经研究，拟聘请以下人员为本次评审的专家组成员：", line, "公示期为5个工作日，如有异议，请于公示期内向市卫健委反映。",
            "某市卫生健康委员会", "2027年8月2日"]
    assert rows_lost(HEAD, FOOT, ("发布时间",), rows) == []


@pytest.mark.parametrize("line", ["本文介绍了冬季感冒的成因和预防方法", "本文观点：感冒多由病毒引起，抗生素无效。"])
def test_lines_opening_with_benwen_but_no_credit_label_stay(line: str) -> None:
    """本文 before anything but a credit's label (本文介绍了…, 本文观点：…) is the text's own line: it stays."""
    rows = [SCIENCE_BODY[0], line, SCIENCE_BODY[1]]
    assert rows_lost(SCIENCE_HEAD, SCIENCE_FOOT, (), rows) == []


LIST_HEAD = ["2027年度优秀志愿者拟表彰名单公示_某区文明办", "某区文明网", "首页", "文明创建", "志愿服务", "道德模范",
             "首页 > 志愿服务", "2027年度优秀志愿者拟表彰名单公示", "发布时间：2027-12-01 来源：区文明办"]
NAME_TABLE = ["序号", "姓名", "服务单位", "1", "王某某", "某某街道社区志愿服务站", "2", "李某", "某区图书馆志愿服务队",
              "3", "赵某某", "某区人民医院志愿服务队",
              "公示期为2027年12月1日至12月7日，如有异议，请向区文明办反映。", "某区文明办", "2027年12月1日"]
LIST_FOOT = ["上一篇：关于开展志愿服务月活动的通知", "版权所有 某区文明办", "某ICP备00000036号"]


def test_a_numbered_table_right_under_the_headlines_metadata_stays_whole() -> None:
    """A table crawled a cell a line right under the headline's metadata, no paragraph over it: its
    first long cell opens the region, and its header (序号 / 姓名 / 服务单位) and first row's number
    and name stand above it; the rows numbered 2, 3 in the region count with the one above, and the
    whole table stays (before, the header and the first row's cells went as a run of short lines
    before the article)."""
    assert rows_lost(LIST_HEAD, LIST_FOOT, (), NAME_TABLE) == []


def test_short_lines_and_a_one_over_the_article_with_no_numbered_rows_still_go() -> None:
    """Three words and a lone 1 between the headline's metadata and a paragraph, no rows numbered 2,
    3 under them: no table, they go as before."""
    rows = ["专题", "视频", "图片", "1", NAME_TABLE[12], "经评审，现将结果公示如下，欢迎社会各界监督。", *NAME_TABLE[13:]]
    lost = rows_lost(LIST_HEAD, LIST_FOOT, (), rows)
    assert lost == rows[:4]


CLINIC_HEAD = ["家庭医生签约服务包目录_某社区卫生服务中心", "某社区卫生服务中心", "首页", "中心简介", "公共卫生", "健康教育",
               "首页 > 公共卫生", "家庭医生签约服务包目录", "发布时间：2027-03-01"]
PACKAGES = ["为方便居民选择，现将我中心家庭医生签约服务包公布如下：",
            "服务包名称", "服务对象", "主要服务内容", "收费标准",
            "基础包", "全体居民", "健康档案、健康咨询、预约转诊", "免费",
            "老年人包", "65岁及以上老年人", "年度体检、季度随访、上门服务1次", "20元/年",
            "慢病包", "高血压、糖尿病患者", "每月监测、用药指导、长处方", "30元/年",
            "咨询电话：0000-5551234"]
CLINIC_FOOT = ["【打印】【关闭】", "版权所有 某社区卫生服务中心", "某ICP备00000361号"]


def test_a_table_of_text_cells_under_the_paragraph_introducing_it_stays() -> None:
    """A paragraph introducing a table (…公布如下：), then its cells one a line, words and phrases with no
    number column nor values (服务包名称 / 服务对象 / … / 基础包 / 全体居民 / 健康档案、健康咨询、预约转诊 / 免费):
    the region grows over the header's cells as fragments of the text, and the rows under them are
    the table the paragraph introduced, to the page's chrome (before, the rows went as short chrome
    runs after the article and the longer cells as islands among them)."""
    assert rows_lost(CLINIC_HEAD, CLINIC_FOOT, ("发布时间",), PACKAGES) == []


def test_fields_under_a_paragraph_pointing_at_them_take_no_box_label_after_them() -> None:
    """Contact fields (联系人：…, 电话：…) under 请按以下方式联系： are a list of fields, no table's cells: an
    empty label after them (附件：, the page's box) goes as before."""
    rows = [PACKAGES[0].replace("现将", "经研究，现将"), *PACKAGES[1:9], "如有疑问，请按以下方式联系：", "联系人：王某",
            "电话：0000-5551234", "某社区卫生服务中心", "2027年3月1日"]
    lines = [*CLINIC_HEAD, *rows, "附件：", "相关通知", "关于开展义诊活动的通知", *CLINIC_FOOT[1:]]
    verdicts = classify_lines("\n".join(lines))
    assert not verdicts[len(CLINIC_HEAD) + len(rows)].keep


FEST_HEAD = ["2027年中秋赏月活动安排_某市文化和旅游局", "某市文化和旅游局", "首页", "文旅资讯", "节庆活动", "公共服务",
             "首页 > 节庆活动", "2027年中秋赏月活动安排", "2027-09-10 来源：市文旅局 浏览量：2210"]
PROGRAMME = ["时间", "活动", "地点",
             "9月14日 19:00", "“月满江城”中秋诗会", "市文化馆剧场",
             "9月15日 14:00", "非遗月饼制作体验", "滨江公园",
             "9月15日 19:30", "水上灯光秀", "滨江公园亲水平台",
             "活动免费开放，部分活动需提前在“某某文旅”公众号预约。"]
FEST_FOOT = ["责任编辑：某某", "相关阅读", "国庆假期全市A级景区开放情况", "版权所有 某市文化和旅游局", "某ICP备00000362号"]


def test_a_programmes_header_over_rows_keyed_by_day_and_time_stays() -> None:
    """A programme crawled a cell a line right under the headline's metadata, each row opening with
    its day and time of day (9月14日 19:00): the key cells alike make it a table, and its header
    (时间 / 活动 / 地点) and first key above the region stay (before, they went as a run of short lines
    before the article)."""
    assert rows_lost(FEST_HEAD, FEST_FOOT, (), PROGRAMME) == []


def test_days_alone_over_a_list_of_titles_are_no_key_cells() -> None:
    """A day without its time of day keys no row (a dated list of titles reads 9月14日 / title): only a
    day and a time of day do; a menu over such a list still goes."""
    rows = ["热点", "专题", "视频", "9月14日", "“月满江城”中秋诗会举行", "市文化馆剧场",
            "9月15日", "非遗月饼制作体验活动开展", "滨江公园", "9月16日", "水上灯光秀精彩上演", "滨江公园亲水平台",
            PROGRAMME[-1]]
    lost = rows_lost(FEST_HEAD, FEST_FOOT, (), rows)
    assert rows[:3] == lost[:3]


ROSTER_NAV = ["首页", "机构概况", "新闻中心", "当前位置：首页 > 新闻中心 > 通知公告", "某区表彰年度志愿服务先进个人"]
ROSTER_TEXT = ["12月1日，某区召开志愿服务总结会，表彰一批先进个人。", "会议要求，各单位要做好志愿服务常态化工作。"]
ROSTER_FOOT = ["上一篇：关于开展志愿服务月活动的通知", "版权所有 某区文明办", "某ICP备00000363号"]


@pytest.mark.parametrize("meta", [[], ["发布时间：2027-12-01 来源：区文明办"]])
def test_a_numbered_table_under_the_headline_reads_the_same_on_a_second_pass(meta: list[str]) -> None:
    """A numbered table right under the headline (and maybe its metadata), its header (序号 / 姓名 /
    单位) kept on a first pass, is kept on a second pass too, when the menu above the headline is gone
    and the table's reading reaches the page's first line (before, a table opening there read as none
    and its header went as a run of short lines before the article)."""
    from govtext import drop_spam_lines

    table = ["序号", "姓名", "单位", "1", "王某", "某街道社区服务站", "2", "李某", "某区图书馆", "3", "赵某", "某区人民医院",
             "4", "钱某", "某区实验中学"]
    once = drop_spam_lines("\n".join([*ROSTER_NAV, *meta, *table, *ROSTER_TEXT, *ROSTER_FOOT]))
    assert "序号" in once.split("\n")
    assert drop_spam_lines(once) == once


def test_a_ranked_list_of_articles_with_their_hits_keeps_no_header() -> None:
    """序号 / 标题 / 点击 over numbered titles and their hits between the metadata and the text is the
    site's hot list, no table of the text's: its header goes (before, it was kept as a table's on a
    first pass and went on a second)."""
    from govtext import drop_spam_lines

    hot = ["序号", "标题", "点击", "1", "某区开展冬季消防安全检查", "1203", "2", "某区召开理论学习中心组会议", "988",
           "3", "某区部署年底各项工作", "876"]
    once = drop_spam_lines("\n".join([*ROSTER_NAV, "发布时间：2027-12-01", *hot, *ROSTER_TEXT, *ROSTER_FOOT]))
    assert not {"序号", "标题", "点击"} & set(once.split("\n"))
    assert drop_spam_lines(once) == once
