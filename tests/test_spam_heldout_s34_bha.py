"""Classes of lines that session 34's held-out pages 557-568 (BHA) showed the rules and the page
reading lost or missed. Each page is our own invented text; the look-alikes go or stay as before."""

from __future__ import annotations

from govtext.spam import classify_lines
from page_common import keeps, rows_lost

HEAD = ["某县统计局关于2025年度统计执法检查结果的公告-公告公示-某县统计局", "某县统计局", "首页", "机构概况", "统计数据",
        "统计公告", "政务公开", "你的位置：首页 >> 统计公告"]
FOOT = ["上一篇：某县统计局关于2024年度统计执法检查结果的公告", "下一篇：没有了", "热门文章",
        "县统计局召开第三季度统计工作推进会", "版权所有：某县统计局 地址：某县滨河路1号", "某ICP备00000001号-1"]
NOTICE = ["某县统计局关于2025年度统计执法检查结果的公告", "（2026年第2号）", "作者：县统计局 发布时间：2026-10-16 点击数：210",
          "根据《中华人民共和国统计法》的规定，县统计局对全县32家企业的统计数据质量进行了执法检查。现将检查结果公告如下：",
          "一、检查发现的主要问题", "部分企业统计台账不健全，原始记录与报表数据不一致。", "某县统计局", "2026年10月16日"]


def test_an_announcements_number_by_year_in_brackets_under_its_headline_stays() -> None:
    """（2026年第2号） under the headline, over the metadata line, is the announcement's number, read as
    a 发文字号 in brackets is (before, a short line cut off from the article by the metadata line)."""
    assert rows_lost(HEAD, FOOT, ("作者",), NOTICE) == []


def test_a_bracketed_phrase_under_the_headline_is_no_number() -> None:
    """A phrase in brackets with no 年第…号 (（供参考）) is no number: it goes as before."""
    rows = [NOTICE[0], "（供参考）", *NOTICE[2:]]
    assert rows_lost(HEAD, FOOT, ("作者",), rows) == ["（供参考）"]


WATER_HEAD = ["12月6日8时全县主要河流水情-水情信息-某县水文站", "某县水文站", "首页", "水文要闻", "水情信息", "水资源",
              "实时水情", "实时雨情", "当前位置：首页 > 水情信息"]
LEVELS = ["12月6日8时全县主要河流水情", "发布时间：2026-12-06 08:35 发布单位：县水文站 浏览次数：61",
          "近日我县以晴好天气为主，各主要河流水位平稳回落，均在警戒水位以下。12月5日8时至6日8时，全县无明显降水。",
          "站名", "河名", "水位（米）", "警戒水位（米）", "城关", "南溪", "8.42", "11.50", "石桥", "北河", "9.17", "12.00",
          "青溪", "西河", "7.65", "10.80", "注：水位为吴淞高程。", "预计未来三天全县以晴到多云天气为主，各站水位继续缓慢回落。"]


def test_a_data_update_time_line_after_the_table_goes() -> None:
    """数据更新时间：… under a data page's table is the page's metadata, as 更新时间：… is."""
    lines = [*WATER_HEAD, *LEVELS, "数据更新时间：2026-12-06 08:00", *FOOT]
    kept = keeps(lines)
    assert not kept[len(WATER_HEAD) + len(LEVELS)]
    assert all(kept[len(WATER_HEAD) + 2: len(WATER_HEAD) + len(LEVELS)])


def test_a_sentence_on_when_data_are_updated_stays() -> None:
    """A sentence saying when the data are updated is the text's: it stays."""
    rows = [*LEVELS, "数据更新时间为每日8时，遇汛期加密为每2小时一次。"]
    assert rows_lost(WATER_HEAD, FOOT, ("发布时间",), rows) == []


CALCULATOR = ["住房公积金贷款计算器", "贷款金额（万元）：", "贷款期限（年）：", "还款方式：", "等额本息 等额本金", "开始计算 重新填写",
              "计算结果", "月均还款（元）：", "现行个人住房公积金贷款利率", "五年以下（含五年）", "2.35%", "五年以上", "2.85%",
              "说明：", "1.本计算器的计算结果仅供参考，实际贷款额度、月还款额以借款合同为准。",
              "2.等额本金还款法每月所还本金相同，月还款额逐月递减，总利息较少。"]
TOOL_HEAD = ["住房公积金贷款计算器-便民工具-某市住房公积金管理中心", "首页", "中心概况", "政策法规", "业务指南", "信息公开", "便民工具",
             "当前位置：首页 > 便民工具 > 贷款计算器"]


def test_an_online_tools_buttons_go_and_its_title_above_them_stays() -> None:
    """开始计算 重新填写 between a calculator's form and its results are the tool's buttons: they go,
    and as an item's buttons they are blank lines to the page reading, so the tool's title over the
    form stays with the rate table and notes under it."""
    lines = [*TOOL_HEAD, *CALCULATOR, *FOOT]
    kept = dict(zip(CALCULATOR, keeps(lines)[len(TOOL_HEAD):]))
    assert not kept["开始计算 重新填写"]
    assert kept["住房公积金贷款计算器"] and kept["说明："] and kept["2.85%"]


CLOSING = ["某县机关事务服务中心", "2026年11月20日"]
LEASE = ["某县机关事务服务中心国有房产招租公告", "【信息时间：2026-11-20】【阅读次数：403】",
         "经县国有资产管理部门批准，某县机关事务服务中心将所属部分闲置房产进行公开招租，现将有关事项公告如下：",
         "租赁期限为三年，租金每年一付。承租房屋不得用于餐饮及易燃易爆物品经营。", "联系人：马女士 联系电话：0000-0000000", *CLOSING]


def test_a_bare_attachment_label_under_the_closing_date_over_files_goes() -> None:
    """附件： right under the notice's signature date, over files' names and nothing else up to the
    page's chrome, is the page's download box, as 附件下载： is: it goes (and the files' names under it)."""
    lines = [*HEAD, *LEASE, "附件：", "某县国有房产租赁合同（样本）.doc", *FOOT]
    kept = keeps(lines)[len(HEAD):len(HEAD) + len(LEASE) + 2]
    assert kept[-2:] == [False, False]
    assert all(kept[2:-2])


def test_an_attachment_label_over_its_own_text_or_over_the_signature_stays() -> None:
    """附件 under the date over the attachment's own text (its title, its list) is the notice's; 附件：
    over files' names above the signature is the notice's list of attachments: both stay."""
    own = [*LEASE, "附件：", "某县国有房产招租标的清单", "1. 新华路31号一楼门面，86.4平方米", "2. 新华路31号二楼，212.0平方米"]
    assert rows_lost(HEAD, FOOT, ("【信息时间",), own) == []
    listed = [*LEASE[:-2], "附件：", "某县国有房产租赁合同（样本）.doc", *CLOSING]
    assert rows_lost(HEAD, FOOT, ("【信息时间",), listed) == []


def test_the_attachment_labels_verdicts_read_the_page_once() -> None:
    """The verdicts of one page are the same when read twice (the passes keep no state)."""
    text = "\n".join([*HEAD, *LEASE, "附件：", "某县国有房产租赁合同（样本）.doc", *FOOT])
    assert [v.keep for v in classify_lines(text)] == [v.keep for v in classify_lines(text)]


GUIDE_HEAD = ["投稿须知-某师范学院学报", "某师范学院学报", "首页", "期刊简介", "编委会", "投稿须知", "过刊浏览", "在线投稿",
              "当前位置：首页 > 投稿须知"]
GUIDE = ["投稿须知", "时间：2026-03-02 点击：1832",
         "本刊为某师范学院主办的学术期刊，主要刊发教育学、文学、历史学等领域的研究论文。请作者投稿时注意以下事项：",
         "一、来稿须为未公开发表的原创论文，严禁一稿多投。", "二、本刊不收取任何审稿费、版面费。",
         "投稿方式：请登录本刊网站在线投稿系统投稿，本刊不接受纸质投稿。",
         "编辑部地址：某市学院路1号行政楼412室", "邮编：000000", "电话：0000-0000000", "《某师范学院学报》编辑部"]
GUIDE_FOOT = ["期刊信息", "主管单位：某省教育厅", "主办单位：某师范学院", "出版周期：双月刊", "最新录用", "乡村教师队伍建设的困境与出路",
              "版权所有 © 某师范学院学报编辑部 某ICP备00000003号"]


def test_a_body_signing_a_contact_block_with_no_date_stays() -> None:
    """《某学报》编辑部 under the article's contact rows (地址, 邮编, 电话), with no date under it, is the body
    that signs them: it stays with them (before, the first short line of the run of the journal's box)."""
    assert rows_lost(GUIDE_HEAD, GUIDE_FOOT, ("时间",), GUIDE) == []


def test_a_sidebar_heading_under_a_contact_block_is_no_signature() -> None:
    """A box's heading under the contact rows names no body (期刊信息): it goes, as before."""
    rows = GUIDE[:-1]
    lines = [*GUIDE_HEAD, *rows, *GUIDE_FOOT]
    assert not keeps(lines)[len(GUIDE_HEAD) + len(rows)]


def test_a_footers_name_over_its_address_under_a_contact_block_is_no_signature() -> None:
    """A body's name under the contact rows with a field of its own under it (某市教育局办公室 over 地址：…)
    opens the site's footer: it goes with the footer, as before."""
    foot = ["某市教育局办公室", "地址：某市人民路1号 邮编：000000", "版权所有 © 某师范学院学报编辑部 某ICP备00000003号"]
    lines = [*GUIDE_HEAD, *GUIDE[:-1], *foot]
    assert keeps(lines)[len(GUIDE_HEAD) + len(GUIDE) - 1:] == [False] * 3


PORTAL_HEAD = ["中小学校基本信息-数据目录-某市公共数据开放平台", "某市公共数据开放平台", "首页", "数据目录", "接口服务", "数据应用",
               "开发者中心", "登录", "注册", "首页 > 数据目录 > 详情"]
DATASET = ["中小学校基本信息", "数据提供方：某市教育局 更新时间：2026-10-12",
           "本数据集包括全市中小学校的学校名称、学段、办学性质、地址和联系电话等信息，每学期更新一次。",
           "数据格式：CSV、XLSX、JSON", "开放方式：无条件开放"]


def test_the_sites_name_on_top_beside_the_headline_the_title_names_goes() -> None:
    """The page title names the headline (its first segment) and the site (its last): the site's name
    on top of the page, over the menu, is no headline beside the headline's own line under the
    breadcrumb (before, both were headlines and the site's name stayed)."""
    lines = [*PORTAL_HEAD, *DATASET, *FOOT]
    kept = keeps(lines)
    assert not kept[1]
    assert all(kept[len(PORTAL_HEAD) + 2: len(PORTAL_HEAD) + len(DATASET)]) and kept[len(PORTAL_HEAD)]


TWO_ROWS = [s for s in LEVELS if s not in ("青溪", "西河", "7.65", "10.80")]


def test_a_table_of_two_rows_between_two_paragraphs_stays() -> None:
    """A table of two rows crawled one cell a line (four values) with the text going on under it, a
    paragraph ending a sentence, is the article's (before, fewer values than a table after the
    article needs: it went as a run of short lines after it)."""
    assert rows_lost(WATER_HEAD, FOOT, ("发布时间",), TWO_ROWS) == []


def test_a_table_of_two_rows_ending_the_page_text_is_read_as_before() -> None:
    """With no paragraph under it, the same table is read as before (a run after the article)."""
    rows = TWO_ROWS[:-2]
    assert "8.42" in rows_lost(WATER_HEAD, FOOT, ("发布时间",), rows)


FLOOD = ["某镇防汛抗旱指挥部关于开展汛前隐患排查的通知", "【信息时间：2026-04-02】【阅读次数：97】",
         "各村（社区）、镇直各单位：为做好今年防汛准备工作，现就汛前隐患排查有关事项通知如下：",
         "各单位要对辖区内山塘、河堤逐一排查，建立问题台账，整改到位后销号。", "某镇防汛抗旱指挥部", "2026年4月2日"]


def test_a_notices_numbered_attachments_under_its_date_stay() -> None:
    """附件： under the notice's date over numbered files' names (1.… 2.…) is the notice's own list of
    attachments, not the page's download box: it stays with the names."""
    lines = [*HEAD, *FLOOD, "附件：", "1.隐患排查登记表.xlsx", "2.防汛值班表.docx", *FOOT]
    assert all(keeps(lines)[len(HEAD):len(HEAD) + len(FLOOD) + 3])



def test_a_single_numbered_attachment_under_the_date_stays_and_a_bare_name_goes() -> None:
    """One numbered file's name (1.…) under 附件： below the date is the notice's list too: it stays; the
    same name bare, nothing numbered, is the page's download box and goes with its label, as before."""
    lines = [*HEAD, *FLOOD, "附件：", "1.隐患排查登记表.xlsx", *FOOT]
    assert all(keeps(lines)[len(HEAD):len(HEAD) + len(FLOOD) + 2])
    plain = [*HEAD, *FLOOD, "附件：", "隐患排查登记表.xlsx", *FOOT]
    assert keeps(plain)[len(HEAD) + len(FLOOD):len(HEAD) + len(FLOOD) + 2] == [False, False]


def test_a_menus_first_link_under_a_contact_block_is_no_signature() -> None:
    """A body's name under the contact rows with another body's name under it (区委办公室 over 区政府办公室,
    区人大常委会, 相关链接) is the first link of a menu, not the body that signs the rows: it goes with
    the menu; at the page's end (or over a box's heading, 期刊信息) it stays the signature, as before."""
    menu = ["区委办公室", "区政府办公室", "区人大常委会", "相关链接"]
    lines = [*GUIDE_HEAD, *GUIDE[:-1], *menu]
    assert not keeps(lines)[len(GUIDE_HEAD) + len(GUIDE) - 1]
    ends = [*GUIDE_HEAD, *GUIDE]
    assert keeps(ends)[-1]
