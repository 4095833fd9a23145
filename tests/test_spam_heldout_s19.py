"""Classes of failure found on held-out pages 89-100 (session 19, BH8), each on our own page
text: a list of records whose rows repeat the article's fields, a table whose cells are ranges,
a page crawled footer first, an article folded behind an app prompt."""

from __future__ import annotations

from govtext.spam import classify_lines

MENU = ["首页", "工作动态", "通知公告", "政策文件", "办事服务", "互动交流"]
FOOT = ["主办单位：某市某局 技术支持：某市信息中心", "某ICP备10000001号-1"]


def kept(text: str) -> dict[str, bool]:
    return {line: v.keep for line, v in zip(text.split("\n"), classify_lines(text))}


def record(name: str, kind: str, no: str, body: str, organ: str, day: str) -> list[str]:
    return [
        f"单位名称：{name}", f"决定文书名称：{kind}", f"证书编号：{no}",
        f"许可事项：{body}", f"决定机关：{organ}", f"许可决定日期：{day}",
    ]


def test_records_after_the_region_repeating_its_fields_are_kept() -> None:
    """A publicity list: the records' rows after the article's last sentence repeat its fields
    (单位名称：… 决定机关：…) up to the pager: the list's, not short lines of the page's chrome."""
    first = record("某市甲乙商贸有限公司", "道路运输经营许可", "交运〔2026〕第118号",
                   "同意开展普通货物道路运输，有效期至2030年6月1日", "某市交通运输局", "2026-11-02")
    second = record("某市丙丁幼儿园", "民办学校办学许可", "教民1103001号",
                    "学前教育，办学地址：某区某路8号、某路10号", "某市教育局", "2026-11-03")
    third = record("某市戊己餐饮店", "食品经营许可", "JY2110300021", "热食类食品制售", "某市市场监督管理局", "2026-11-03")
    text = "\n".join([
        "行政许可公示_某市信用网", *MENU, "首页>双公示>行政许可", "行政许可公示", "决定机关：", "全部", "搜索",
        "共 386 条记录", "某市甲乙商贸有限公司", *first, "某市丙丁幼儿园", *second, "某市戊己餐饮店", *third,
        "首页", "上一页", "1", "2", "下一页", "尾页", *FOOT,
    ])
    got = kept(text)
    assert all(got[x] for x in first + second + third), [x for x in first + second + third if not got[x]]
    assert not got["共 386 条记录"] and not got["尾页"]


def test_table_whose_cells_are_ranges_after_the_article_is_kept() -> None:
    """A forecast's table after its text: a row of column names, then rows whose last cell is a
    range of numbers (3~9, -2~6): a column of numbers as much as 12, 208, 6.5 are."""
    cells = ["站点", "天气", "风力", "气温（℃）", "东城", "多云转晴", "北风2-3级", "3~9",
             "西山", "晴", "北风3级", "-2~6", "南湾", "多云", "东北风3-4级", "4~10"]
    text = "\n".join([
        "12月8日城市天气预报_某市气象台", *MENU, "12月8日城市天气预报", "发布时间：2026-12-08 06:00 来源：某市气象台",
        "某市气象台2026年12月8日06时发布：",
        "今天多云转晴，北风2到3级，最高气温9℃；今天夜里到明天晴，最低气温-2℃，山区有霜冻。",
        "受冷空气影响，未来三天我市气温偏低，请注意防寒保暖，做好设施农业防冻工作。",
        "各站点预报", *cells, "生活指数", "穿衣", "寒冷", "晾晒", "适宜", "相关链接", "某省气象局", *FOOT,
    ])
    got = kept(text)
    assert all(got[x] for x in cells), [x for x in cells if not got[x]]


def test_page_crawled_footer_first_keeps_its_headline() -> None:
    """The footer block above the title line (a crawl that put the page's bottom first): its
    lines with no footer word of their own (主办：… 承办：…, 地址：…) are the footer's, and the title
    line below still names the headline."""
    head = "某市人大常委会关于《某市养老服务条例（草案）》公开征求意见的公告"
    text = "\n".join([
        "网站地图 | 联系我们 | 使用帮助", "主办：某市人大常委会办公厅 承办：某市人大信息中心",
        "地址：某市中山路1号 邮编：100001", "某ICP备05000001号-1 网站标识码：1100000001",
        f"{head}_立法征求意见_某市人大网", "某市人大网", *MENU, "请输入关键词", "搜索", "您的位置：首页 > 立法工作 > 立法征求意见",
        head, "发布时间：2026-12-01 来源：法制工作委员会 浏览量：806", "【字体：大 中 小】 【打印】 【关闭】",
        "《某市养老服务条例（草案）》已经市人大常委会第十九次会议审议，现将草案全文公布，征求社会各界意见。",
        "社会各界人士可以在2027年1月5日前，通过信函或者电子邮件提出意见。",
        "某市人大常委会办公厅", "2026年12月1日", "某市养老服务条例（草案）", "第一章 总则",
        "第一条 为了规范养老服务，保障老年人合法权益，根据有关法律、行政法规，结合本市实际，制定本条例。",
        "第二条 本市行政区域内的养老服务及其监督管理活动，适用本条例。",
        "相关文章", "市人大常委会召开立法协商座谈会",
    ])
    got = kept(text)
    assert got[head]
    assert not got["主办：某市人大常委会办公厅 承办：某市人大信息中心"]



def test_page_that_is_only_its_footer_block_keeps_the_lines_inside_it() -> None:
    """Footer-first reading needs an article after the block: a page of nothing but two footer
    lines and what stands between them (a title and its issuer) keeps them, the page's only text."""
    foot = "版权所有 某市教育局 某ICP备00000000号"
    text = "\n".join([foot, "关于做好教育质量监测工作的通知", "某市教育局", foot])
    got = kept(text)
    assert got["关于做好教育质量监测工作的通知"] and got["某市教育局"] and not got[foot]


BODY = [
    "连日来，某县各乡镇抢抓晴好天气开展秋播，田间地头一派繁忙景象。",
    "在某镇农机合作社，十余台播种机整齐排列，社员正在进行出库前的检修，合作社负责人说今年的订单比往年多了两成。",
    "据了解，某县已在12个乡镇建立农机服务点，整合各类农机具300余台，今年秋播累计作业面积达6万亩。",
]


def test_article_folded_behind_an_open_the_app_prompt_goes_on_after_it() -> None:
    """A mobile page folds its article behind a call to open the app and read on (打开某某APP
    阅读全文); the crawl holds the rest of the text under it: the region grows over the call as
    over a picture, and the paragraph after it is the article's, not an island."""
    last = "县农业农村局有关负责人表示，下一步将继续完善农机服务平台，推动农机服务向烘干、仓储等环节延伸。"
    fold = ["打开看某县APP 阅读全文", "本文来自看某县客户端", last]
    text = "\n".join([
        "某县：农机服务让秋播跑出加速度-某县融媒", "某县融媒", *MENU, "当前位置：首页 > 乡镇",
        "某县：农机服务让秋播跑出加速度", "2026-11-20 09:30:00 来源：某县融媒体中心", *BODY, *fold,
        "编辑：某某 审核：某某", "下载某县APP", "推荐阅读", "某县召开冬季安全生产工作会议", "某镇开展反诈宣传进社区活动", *FOOT,
    ])
    got = kept(text)
    assert got[last] and not got[fold[0]] and not got[fold[1]]
    assert not got["下载某县APP"]


def test_contact_row_above_the_articles_attribution_in_brackets_is_kept() -> None:
    """The article ends with a contact row and its attribution in brackets ((某某处 某某), as a
    news item credits its writer), then the print bar: both are the article's, as a closing
    attribution after a dash is (——某某)."""
    contact = "咨询电话：0100-12345678（工作日8:30—12:00，14:30—17:30）"
    credit = "（普招处 某某某）"
    text = "\n".join([
        "我市2027年中考报名工作12月15日开始-某市教育考试院", "某市教育考试院", *MENU, "首页 >> 新闻动态 >> 考试院动态",
        "我市2027年中考报名工作12月15日开始", "来源：普招处 日期：2026-12-05 点击：1,208",
        "记者从市教育考试院获悉，我市2027年初中学业水平考试报名将于12月15日开始，12月25日截止，逾期不再补报。",
        "考生须在规定时间内登录市教育考试院网站报名系统，如实填写报名信息，上传本人近期免冠正面证件照。",
        "市教育考试院提醒，考生及家长要通过官方渠道获取招生考试信息，切勿轻信虚假宣传，谨防上当受骗。",
        contact, credit, "打印本页 | 关闭窗口", "考生服务", "成绩查询", "录取查询", "准考证打印", *FOOT,
    ])
    got = kept(text)
    assert got[contact] and got[credit]
    assert not got["成绩查询"]


def test_paragraph_after_a_second_interleaved_sidebar_block_is_the_articles() -> None:
    """A crawl that interleaves a sidebar's blocks (热点关注 and its links, 图片新闻 and its
    caption) with the article: once its text went on past one block (two paragraphs there), a
    paragraph after the next block is the article's too, not an island among dropped lines."""
    last = "市教育考试院提醒，考生及家长要通过官方渠道获取招生考试信息，切勿轻信所谓“内部指标”等虚假宣传，谨防上当受骗。"
    text = "\n".join([
        "我市2027年中考报名工作12月15日开始-某市教育考试院", "某市教育考试院", *MENU, "首页 >> 新闻动态 >> 考试院动态",
        "我市2027年中考报名工作12月15日开始", "来源：普招处 日期：2026-12-05 点击：1,208",
        "记者从市教育考试院获悉，我市2027年初中学业水平考试报名将于12月15日开始，12月25日截止，逾期不再补报。",
        "今年报名继续实行网上报名与现场确认相结合的方式，报名系统将在报名期间每天8:00至22:00开放。",
        "热点关注", "2027年全国硕士研究生招生考试网上确认公告", "关于2026年下半年自学考试成绩发布的公告",
        "考生须在规定时间内登录市教育考试院网站报名系统，如实填写报名信息，上传本人近期免冠正面证件照。",
        "网上报名结束后，考生须于12月28日前持本人居民身份证到所在区招生考试机构进行现场确认，采集指纹和照片信息。",
        "图片新闻", "市教育考试院召开2027年中考报名工作视频会议", last,
        "打印本页 | 关闭窗口", "考生服务", "成绩查询", "录取查询", "准考证打印", *FOOT,
    ])
    got = kept(text)
    assert got[last]
    assert not got["市教育考试院召开2027年中考报名工作视频会议"]


def test_metadata_line_opening_with_a_field_no_lexicon_holds() -> None:
    """A 政务公开 page's record on one line: a field the metadata lexicon does not hold (索引号,
    a 公文 portal's label that parse_document reads) before known fields with the date: the
    page's metadata all the same. One unknown field alone, or known fields with no date, stay."""
    row = "索引号：11000000MB0000000X/2026-00123 发布机构：某市某局 发布日期：2026-12-02"
    v = classify_lines(row, page=False)[0]
    assert not v.keep and v.rule == "metadata" and ("date", "2026-12-02") in v.meta
    assert classify_lines("索引号：11000000MB0000000X/2026-00123", page=False)[0].keep
    assert classify_lines("报名时间：2026年12月1日 报名地点：某区政务服务中心", page=False)[0].keep


def test_row_of_code_fields_under_the_headline_is_no_subtitle() -> None:
    """Under a service guide's headline, a row of two fields whose values are codes (事项编码：…
    版本号：…) is the page's record, not a subtitle kept with the headline."""
    head = "城乡居民基本医疗保险参保登记"
    codes = "事项编码：330100012000 版本号：3"
    text = "\n".join([
        f"{head}办事指南-某省政务服务网", "某省政务服务网", *MENU, "当前位置：首页 > 个人办事 > 医疗保障", head, codes,
        "收藏", "在线办理", "预约办理", "办事指南", "常见问题", "一、基本信息", "事项类型：公共服务",
        "实施机构：某市医疗保障事务中心", "二、受理条件",
        "未参加职工基本医疗保险的城乡居民，可在户籍地或居住证所在地申请参加城乡居民基本医疗保险。",
        "三、办理流程", "申请人提交身份证件，经办机构当场审核，符合条件的当场办结，并告知缴费方式和待遇享受时间。", *FOOT,
    ])
    got = kept(text)
    assert got[head] and got["一、基本信息"] and got["事项类型：公共服务"]
    assert not got[codes]
