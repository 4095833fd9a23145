"""Classes of lines that session 29's held-out pages 437-448 (BHA) showed the page reading misread:
a table crawled one cell a line with no digit in it (a clinic's schedule of doctors, titles,
sessions and rooms) lost but for the one row that made the article; a table's header over rows
keyed by weekdays (a kindergarten's 食谱) cut off above the rows; the rows naming a body's office
holders under its profile (实验室主任：某某 教授) dropped with the sidebar under them. Each page is our
own invented text; the look-alikes (a menu after the article, the site's own rows) read as before."""

from __future__ import annotations

from govtext.spam import classify_lines
from linear_common import assert_linear
from page_common import keeps, rows_lost

HOSPITAL = ["眼科专家出诊时间表_出诊信息_某市中心医院", "某市中心医院", "预约挂号", "首页", "医院概况", "科室导航",
            "专家介绍", "就医指南", "出诊信息", "门诊排班", "停诊通知", "当前位置：首页 > 就医指南 > 出诊信息",
            "眼科专家出诊时间表", "发布时间：2026-10-09 浏览次数：1318"]
CLINIC = ["专家", "职称", "出诊时间", "出诊地点",
          "林某华", "主任医师", "周一上午、周三下午", "门诊楼二楼东区",
          "许某", "主任医师", "周二全天", "门诊楼二楼东区",
          "何某平", "副主任医师", "周四上午、周五上午", "门诊楼二楼西区",
          "蔡某婷", "主治医师", "周六上午", "门诊楼二楼西区",
          "专家停诊以医院公众号和门诊大厅电子屏发布为准，预约挂号请拨打服务电话。"]
HOSPITAL_FOOT = ["微信预约", "电话预约", "互联网医院", "下载“某市中心医院”APP，在线挂号、查看报告", "上一篇：耳鼻喉科专家出诊时间表", "下一篇：口腔科专家出诊时间表",
                 "医院地址：某市健康路1号", "Copyright © 某市中心医院"]


def test_a_table_of_doctors_one_cell_a_line_with_no_digit_stays() -> None:
    """A clinic's schedule crawled one cell a line right under its headline: its header, then rows
    each opening with a doctor's name (a column of people's names every four lines), no digit in
    any cell. The table is the article: its header and every row stay (before, the first row's
    sessions, 周一上午、周三下午, were read as the article and the rest as runs of short lines)."""
    assert rows_lost(HOSPITAL, HOSPITAL_FOOT, (), CLINIC) == []
    kept = keeps([*HOSPITAL, *CLINIC, *HOSPITAL_FOOT])
    assert not any(kept[len(HOSPITAL) + len(CLINIC):]), "the booking buttons and footer still go"
    assert not any(kept[1: len(HOSPITAL) - 2])


KINDERGARTEN = ["第八周食谱（10月26日—10月30日）_膳食营养_某市实验幼儿园", "某市实验幼儿园", "首页", "园所概况", "膳食营养", "家园共育", "膳食营养",
                "每周食谱", "营养知识", "食品安全", "当前位置：首页 > 膳食营养 > 每周食谱", "第八周食谱（10月26日—10月30日）",
                "发布人：保健室 发布时间：2026-10-24 浏览次数：515"]
MENU_TABLE = ["星期", "早餐", "午餐", "午点",
              "星期一", "南瓜粥、鸡蛋", "青椒肉丝、炒菠菜、冬瓜汤、米饭", "苹果、牛奶",
              "星期二", "豆浆、花卷", "清蒸鱼、炒豆芽、番茄蛋汤、米饭", "香蕉、饼干",
              "星期三", "牛奶、馒头", "土豆炖牛肉、炒青菜、紫菜汤、二米饭", "梨、酸奶",
              "本周食谱如遇食材供应变化将作调整，请家长晚餐注意荤素搭配。", "某市实验幼儿园保健室"]
KINDERGARTEN_FOOT = ["上一篇：第七周食谱", "下一篇：秋季幼儿常见病预防", "园址：某市芙蓉路1号", "某市实验幼儿园 版权所有"]


def test_a_tables_header_over_rows_keyed_by_weekdays_stays() -> None:
    """A weekly menu crawled one cell a line: the region opens on its rows (星期一 … every four
    lines); the four short cells right above the first weekday are the table's header, not a run
    of the page's chrome (before, 星期 早餐 午餐 午点 went)."""
    assert rows_lost(KINDERGARTEN, KINDERGARTEN_FOOT, (), MENU_TABLE) == []
    kept = keeps([*KINDERGARTEN, *MENU_TABLE, *KINDERGARTEN_FOOT])
    assert not any(kept[1: len(KINDERGARTEN) - 2]), "the menus over the headline still go"


LAB = ["实验室简介-某省流域生态重点实验室", "某省流域生态重点实验室", "English", "首页", "实验室概况", "研究队伍", "科学研究",
       "开放交流", "实验室概况", "实验室简介", "学术委员会", "联系我们", "您的位置：首页 > 实验室概况 > 实验室简介", "实验室简介"]
PROFILE = ["某省流域生态重点实验室依托某大学建设，2014年经省科技厅批准立项，2017年通过验收。",
           "实验室现有固定研究人员38人，其中教授15人、副教授12人，实验室用房面积2600平方米。",
           "近五年来，实验室承担国家和省部级项目90余项，发表学术论文300余篇，获省部级科技奖励4项。",
           "实验室主任：郑某川 教授", "学术委员会主任：梁某 研究员"]
SIDEBAR = ["新闻动态", "实验室召开2026年度学术委员会会议", "2026-11-20", "通知公告", "2027年度开放课题申请指南",
           "仪器平台预约使用须知", "友情链接", "某大学", "电话：0000-83960000", "Copyright © 2026 某省流域生态重点实验室"]


def test_rows_naming_the_bodys_office_holders_under_its_profile_stay() -> None:
    """A lab's profile ends with the rows naming its director and its committee's chair (a post, a
    colon, a person's name and a title): they are the profile's, not the first lines of the
    sidebar under them (before, both went with its run of short lines); the sidebar still goes."""
    assert rows_lost(LAB, SIDEBAR, (), PROFILE) == []
    kept = keeps([*LAB, *PROFILE, *SIDEBAR])
    assert not any(kept[len(LAB) + len(PROFILE):])


def test_a_sites_own_post_row_after_the_text_still_goes() -> None:
    """A row naming the web site's own post (网站负责人：…) after the text is the site's, as its contact
    rows are: it goes with the chrome under it."""
    rows = ["网站负责人：王某", "新闻动态", "实验室召开学术委员会会议", "通知公告", "开放课题申请指南"]
    kept = keeps([*LAB, *PROFILE[:3], *rows, "Copyright © 2026 某省流域生态重点实验室"])
    assert not any(kept[len(LAB) + 3:])


def test_a_menu_after_the_text_whose_items_open_with_surnames_still_goes() -> None:
    """A menu after the text whose items open with characters that are surnames too (高中部, 马上办,
    周末课堂) is no table keyed by people's names: it goes as before."""
    head = ["某校举行读书节_校园新闻_某市第一中学", "某市第一中学", "首页", "学校概况", "校园新闻", "某校举行读书节"]
    text = ["11月5日，某校举行第十届读书节开幕式，全校师生参加。", "读书节期间，学校将开展好书推荐、征文比赛等活动。"]
    menu = ["高中部", "初中部", "国际部", "马上办", "周末课堂", "家长学校", "高考专栏", "招生信息", "联系我们",
            "版权所有 某市第一中学"]
    kept = keeps([*head, *text, *menu])
    assert kept[len(head): len(head) + 2] == [True, True]
    assert not any(kept[len(head) + 2:])


SUB_SITE = ["机构职能-某某街道办事处-某市某区人民政府", "某市某区人民政府", "首页", "政务公开", "政务服务", "互动交流",
            "某某街道", "街道概况", "机构职能", "领导分工", "社区风采", "工作动态", "当前位置：首页 > 镇街频道 > 某某街道 > 机构职能",
            "某某街道机构职能", "更新时间：2026-10-14 浏览量：512"]
DUTIES = ["某某街道办事处是区人民政府的派出机关，在区委、区政府领导下开展工作。", "主要职能：",
          "（一）加强党的建设，统筹辖区发展，推进社区治理。", "（二）组织实施辖区公共服务，做好民政、社会保障等工作。"]


def test_a_headline_naming_the_body_before_the_titles_lead_outranks_the_menus_copy() -> None:
    """A sub-site's page titled 机构职能-某某街道办事处-… whose menu holds the lead alone (机构职能) and whose
    headline names the body first (某某街道机构职能): the headline is that line, and the menu's copy of
    the lead goes with the menu (before, the menu's copy was taken for the headline and kept)."""
    kept = keeps([*SUB_SITE, *DUTIES, "版权所有：某市某区人民政府"])
    assert not kept[SUB_SITE.index("机构职能")]
    assert kept[len(SUB_SITE) - 2] and all(kept[len(SUB_SITE): len(SUB_SITE) + len(DUTIES)])


def test_the_leads_copy_alone_over_its_text_is_still_the_headline() -> None:
    """With no line naming the body before the lead, the lead's copy over the text is the headline
    as before (a bio page: the person's name over the résumé)."""
    page = ["机构职能-某某街道办事处-某市某区人民政府", "首页", "政务公开", "某某街道", "街道概况", "领导分工", "社区风采",
            "当前位置：首页 > 某某街道 > 机构职能", "机构职能", *DUTIES, "版权所有：某市某区人民政府"]
    kept = keeps(page)
    assert kept[8] and all(kept[9: 9 + len(DUTIES)])


ROSTER = ["姓名", "性别", "工作单位", "拟任职务",
          "王某明", "男", "某市第一中学", "校长",
          "李某", "女", "某市实验小学", "副校长",
          "张某华", "男", "某区教育局", "科长",
          "陈某", "女", "某市第二中学", "教研组长"]
ROSTER_TEXT = "以上人员名单已经局党组研究同意，现予以公示。公示期间如有异议，请向局组织人事科反映。"


def test_a_table_of_people_before_the_only_sentence_stays() -> None:
    """A 公示's table of people crawled one cell a line between its headline and its one sentence,
    its rows keyed by the names in a column (one every four lines; no digit, no punctuated cell):
    the whole table stays, its header too (before, all of it went as runs of short lines before
    the article, the sentence). With the names in the second column (a clinic's 科室 first), so
    too."""
    assert rows_lost(HOSPITAL, HOSPITAL_FOOT, (), [*ROSTER, ROSTER_TEXT]) == []
    by_unit = ["科室", "专家", "职称", "出诊时间", "心内科", "林某华", "主任医师", "周一上午", "心内科", "许某", "副主任医师",
               "周二全天", "神经内科", "何某平", "主任医师", "周四上午", "神经内科", "蔡某婷", "主治医师", "周六上午", CLINIC[-1]]
    assert rows_lost(HOSPITAL, HOSPITAL_FOOT, (), by_unit) == []
    kept = keeps([*HOSPITAL, *ROSTER, ROSTER_TEXT, *HOSPITAL_FOOT])
    assert not any(kept[1: len(HOSPITAL) - 2]) and not any(kept[len(HOSPITAL) + len(ROSTER) + 1:])


def test_a_headline_with_the_span_of_days_its_title_leaves_off_is_found() -> None:
    """The page titled 第八周食谱_… whose headline adds the span of days it covers (第八周食谱（10月26日—
    10月30日）): that line is the headline, and the menu table under it stays (before, no headline was
    found, and the headline and the table's first rows, cells of dishes read as a related list, went
    as a run before the one row the reading took for the article)."""
    page = ["第八周食谱_膳食营养_某市实验幼儿园", *KINDERGARTEN[1:], *MENU_TABLE, *KINDERGARTEN_FOOT]
    kept = keeps(page)
    assert kept[len(KINDERGARTEN) - 2] and all(kept[len(KINDERGARTEN): len(KINDERGARTEN) + len(MENU_TABLE)])
    assert not any(kept[1: len(KINDERGARTEN) - 2])


def test_tables_keyed_by_names_and_office_holders_are_read_in_linear_time() -> None:
    """A roster of n rows before and after the text, n rows of office holders after it, and n rows
    of names and sentences in turn: four times the page costs about four times the time."""
    def make(n: int) -> str:
        rows = ROSTER[4:] * n
        turns = ["王某明", "李某", "某市第一中学", ROSTER_TEXT] * n
        return "\n".join([*HOSPITAL, *ROSTER[:4], *rows, ROSTER_TEXT, *rows, *PROFILE[3:] * n, *turns, *HOSPITAL_FOOT])

    assert_linear(classify_lines, make(100), make(400), label="names")
