"""Classes of lines that session 30's held-out pages 461-472 (BHA) showed the rules and the page
reading lost or missed: the last cell of a table's column of dates with a paragraph under it, a
政务公开 page's record table crawled a row a line (a row of fields no lexicon labels beside a
dropped metadata row), a headline that is the title's lead over a copy of the title's second
segment further down (a job posting's company card), a row of facts between bars, a countdown. Each page is our own invented text; the
look-alikes go or stay as before."""

from __future__ import annotations

from functools import partial

from govtext.spam import classify_lines
from linear_common import assert_linear
from page_common import keeps, rows_lost

HEAD = ["关于督促机动车所有人办理检验手续的公告_警方公告_某市交警支队", "某市交警支队", "网站首页", "警务公开",
        "警方公告", "违法处理", "当前位置：网站首页 > 警方公告"]
FOOT = ["【打印】【关闭】", "上一条：关于调整部分路段限行措施的通告", "版权所有：某市交警支队 某ICP备00000001号"]

#: The document's lines (all but HEAD and FOOT) the rules and the page reading drop.
lost = partial(rows_lost, HEAD, FOOT, ())

PLATES = ["关于督促机动车所有人办理检验手续的公告",
          "经查，下列机动车已超过检验有效期三个周期未参加安全技术检验，请所有人自本公告发布之日起30日内办理检验手续。",
          "号牌号码", "号牌种类", "所有人", "检验有效期止", "某A12K3D", "小型汽车", "孙**", "2022-06-30",
          "某A8D051", "小型汽车", "某市顺达物流有限公司", "2022-08-31", "某AR7U18", "轻便摩托车", "王**", "2023-03-31"]


def test_a_date_columns_last_cell_over_a_paragraph_stays() -> None:
    """A table crawled one cell a line whose last column is a date: the last row's date, with the
    notice's paragraph right under it, is the last cell of its column (a date kept as a cell four
    lines above, cells between), not the page's date (before, the metadata rule dropped it)."""
    rows = [*PLATES, "逾期未办理的，公安机关交通管理部门将依法注销机动车登记。", "某市公安局交通警察支队", "2026年11月18日"]
    assert lost(rows) == []


def test_a_bare_date_over_a_paragraph_with_no_column_above_goes() -> None:
    """A bare date right under the headline with the paragraph under it is the page's date, as
    before: no date kept as a cell stands a row above it."""
    rows = ["关于督促机动车所有人办理检验手续的公告", "2026-11-18",
            "经查，下列机动车已超过检验有效期三个周期未参加安全技术检验，请所有人自本公告发布之日起30日内办理检验手续。",
            "逾期未办理的，公安机关交通管理部门将依法注销机动车登记。", "某市公安局交通警察支队", "2026年11月18日"]
    assert lost(rows) == ["2026-11-18"]


GONGKAI = ["某区市场监管局2026年第三批抽查结果公示_双随机一公开_某区人民政府", "某区人民政府", "简体版", "繁體版",
           "无障碍", "首页", "政务公开", "政务服务", "互动交流", "数据开放", "请输入关键字", "搜索",
           "当前位置：首页 > 政务公开 > 部门信息公开 > 双随机一公开",
           "索引号：113301/2026-00318 发布机构：区市场监管局 生成日期：2026-11-20",
           "主题分类：市场监管、安全生产监管 体裁分类：公示 公开方式：主动公开",
           "某区市场监管局2026年第三批抽查结果公示",
           "根据年度抽查计划，我局于2026年9月至10月对辖区内食品经营者、特种设备使用单位开展了随机抽查，现将结果公示如下。",
           "本次共抽查市场主体五家，其中四家未发现问题，一家已责令限期整改，并将抽查结果记于其名下向社会公示。",
           "某区市场监督管理局", "2026年11月20日", "网站地图 | 联系我们", "版权所有：某区人民政府"]


def test_a_record_row_beside_a_dropped_metadata_row_over_the_headline_goes() -> None:
    """A 政务公开 page's record table crawled a row a line: the row of fields no lexicon labels
    (主题分类, 体裁分类, 公开方式) right under the row the metadata rule dropped, over the headline,
    is the same table's (before, it was kept over the headline)."""
    verdicts = classify_lines("\n".join(GONGKAI))
    assert verdicts[14].rule == "metadata" and verdicts[14].reason == "record row beside the metadata rows"
    assert all(v.keep for v in verdicts[15:20])


def test_a_record_row_ending_the_text_over_an_editor_row_stays() -> None:
    """A row of three fields ending the text, the editor row the metadata rule drops under it: the
    document's own record of the case, as before (no headline under the dropped row)."""
    row = "当事人：某某餐饮管理有限公司 案由：未按规定公示 处理结果：责令整改"
    page = [*GONGKAI[:13], *GONGKAI[15:18], row, "责任编辑：某某 审核：某某", *GONGKAI[20:]]
    assert keeps(page)[page.index(row)]


POSTING = ["仓储管理员-某市恒通供应链有限公司-某市公共就业服务网", "某市公共就业服务网", "个人登录", "单位登录", "首页",
           "找工作", "招人才", "就业政策", "职业培训", "当前位置：首页 > 找工作 > 职位详情", "仓储管理员",
           "4000-6000元/月", "更新于 2026-11-30", "浏览 392次", "立即申请", "收藏", "举报", "岗位职责：",
           "1.负责仓库货物的入库验收、出库复核和日常盘点；", "2.使用仓储系统录入库存数据，确保账实相符；",
           "3.做好库区管理和消防安全检查。", "任职要求：", "1.高中或中专及以上学历，能熟练使用电脑；", "2.有叉车证者优先。",
           "联系人：卢女士", "联系电话：0000-82876513", "公司信息", "某市恒通供应链有限公司",
           "公司成立于2012年，主要为电商和制造企业提供仓储、分拣和城市配送服务，在两个区设有物流中心。",
           "相似职位", "仓库理货员", "3500-5000元/月", "主办：某市人力资源和社会保障局"]


def test_the_titles_lead_over_a_lower_copy_of_its_second_segment_is_the_headline() -> None:
    """A job posting titled 职位-公司-网站: the posting's title (the title's lead) stands under the
    menu, the company's name (the title's second segment) far below in its card. The lower copy is
    no site's name on top of the page: the lead's copy is the headline and the duties under it the
    article (before, the company's name was taken for the headline, the lead went with the menu)."""
    kept = keeps(POSTING)
    assert kept[10] and all(kept[17:26])
    assert not any(kept[1:10])


def test_the_site_name_on_top_over_the_lead_still_goes() -> None:
    """The title's second segment on top of the page (the site's name over the menu) and the lead
    under the menu: the lead's copy is the headline and the site's name goes, as before."""
    page = ["某某活动通知-某市教育网", "某市教育网", "首页", "新闻", "通知", "公告", "某某活动通知",
            "为丰富校园文化生活，市教育局定于下月举办中小学生书画比赛，请各校认真组织学生参加。",
            "参赛作品请于十二月十日前报送市教育局基础教育科，逾期不再受理。", "版权所有：某市教育局"]
    kept = keeps(page)
    assert kept[6:9] == [True, True, True] and not kept[1]


def test_a_channels_name_in_the_menu_over_the_signatures_copy_is_no_headline() -> None:
    """A title of the channel's name, the office and the site (通知公告-某局-某区政府): the channel's
    name is an item of the menu over the breadcrumb, the office's name the notice's signature far
    under it. The menu's item is no headline (it is not right under the breadcrumb): it goes with
    the menu, the notice's own headline stays, as before."""
    page = ["通知公告-某区市场监督管理局-某区人民政府", "某区人民政府", "首页", "政务公开", "通知公告", "政务服务",
            "互动交流", "当前位置：首页 > 政务公开 > 通知公告", "关于开展冬季燃气安全检查的通知",
            "发布时间：2026-11-20 浏览次数：87",
            "为防范燃气安全事故，我局决定于12月在全区开展冬季燃气安全检查，请各经营单位做好自查。",
            "检查重点为餐饮场所燃气管道、报警装置和安全制度落实情况，发现问题的将依法责令整改。",
            "某区市场监督管理局", "2026年11月20日", "上一篇：关于公布抽查结果的公示", "版权所有：某区人民政府"]
    kept = keeps(page)
    assert not kept[4] and all(kept[10:14]) and kept[8]


def test_a_row_of_facts_between_bars_stays() -> None:
    """A job posting's requirements and its company's row, cells between bars naming quantities
    with their units (a range, 1-3年经验, 100-499人; or two counts): facts, not a row of links
    (before, the link-list rule dropped both, and the company card under its heading went with
    them as short lines round an island)."""
    kept = keeps([*POSTING[:12], "某市某区 | 1-3年经验 | 高中及以上 | 招聘3人", *POSTING[12:27],
                  "交通运输/仓储物流 | 100-499人 | 民营企业", *POSTING[27:]])
    assert kept[12] and kept[28]
    assert all(kept[27:31])


def test_a_row_of_links_with_a_year_or_a_hotline_goes() -> None:
    """A menu's row whose links hold a year's span or a hotline's number (no unit of a quantity)
    is a row of links, as before."""
    verdicts = classify_lines("\n".join(["首页 | 2021-2025年规划 | 12345热线 | 联系我们",
                                         "网站地图 | 2026 | 办事服务 | 互动交流"]), page=False)
    assert [v.rule for v in verdicts] == ["link_list", "link_list"]


def test_a_countdown_alone_on_its_line_goes() -> None:
    """A countdown widget (距 an event, 还有 or 仅剩, the time left in days, hours, minutes or
    seconds) is the page's; a sentence saying the same, or a distance, is the text's."""
    rules = [v.rule for v in classify_lines("\n".join([
        "距投票结束还有：3天 06时 21分", "距2027年高考还有 186 天", "距离开幕仅剩 02时 15分 30秒",
        "距报名截止还有3天，请抓紧报名。", "距离学校还有3公里", "距今还有"]), page=False)]
    assert rules == ["widget", "widget", "widget", None, None, None]


def test_a_headline_counting_the_days_left_stays() -> None:
    """A count of days run in with its words (距中考还有100天) is also a school news item's headline:
    with no colon, blank or second unit of a widget's display it stays, on its page and alone."""
    page = ["距中考还有100天_校园新闻_某某中学", "首页 学校概况 校园新闻 教育教学", "当前位置：首页 > 校园新闻", "距中考还有100天",
            "发布时间：2026-03-10 作者：初三年级组", "3月9日，我校举行中考百日誓师大会，全体初三师生参加。",
            "校长在讲话中勉励同学们珍惜最后一百天，科学备考，以最好的状态迎接中考。", "【打印】【关闭】"]
    assert keeps(page)[3]
    assert classify_lines("距中考还有100天", page=False)[0].keep


def test_countdown_and_fact_rows_are_linear() -> None:
    """The countdown's and the fact row's patterns on long lines that nearly match (a run of
    characters after 距 and no 还有, digits and blanks with no unit; rows of bars)."""
    def make(n: int) -> str:
        return "\n".join(["距" + "投票" * n + "还" + " 3" * n, "距还有" + " 1" * n + "天" * n,
                          " | ".join(["1-3" * n, "招聘" + "3" * n, "某区"]), "距" * (4 * n)])

    assert_linear(classify_lines, make(500), make(2000), label="countdown, fact rows")
