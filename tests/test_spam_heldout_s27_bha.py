"""Classes of lines that session 27's held-out pages 389-400 (BHA) showed the page reading lost:
a 事业单位法人年度报告书's fields one a line (label over value, under the national form's names), a
notice that goes on past its table crawled cell by cell, a paragraph and its contact rows to its
signature over the date. Each page is our own invented text; the look-alikes (a run of the
page's links after an article, a line a rule dropped between) go as before."""

from __future__ import annotations

from functools import partial

from govtext.spam import drop_spam_lines
from page_common import keeps, rows_lost

HEAD = ["某市实验中学2026学年秋季学期收费公示-通知公告-某市实验中学", "某市实验中学", "网站首页", "学校概况", "德育园地", "教学教研", "当前位置：网站首页 > 通知公告"]
FOOT = ["上一条：关于新生报到的通知", "版权所有 © 某市实验中学 地址：某市学府路1号"]

#: The document's lines (all but HEAD and FOOT) the rules and the page reading drop.
lost = partial(rows_lost, HEAD, FOOT, ())

FEES = ["某市实验中学2026学年秋季学期收费公示",
        "根据省市有关规定及市发展改革局核定的标准，现将我校本学期收费项目及标准公示如下：",
        "收费项目", "收费标准", "收费依据", "备注", "住宿费", "600元/生·学期", "某发改价〔2024〕17号", "自愿住宿学生收取",
        "作业本费", "45元/生·学期", "某教财〔2025〕9号", "代收费，学期末多退少补", "校服费", "260元/套", "某教发〔2023〕31号",
        "自愿购买，不得强制", "伙食费", "按实际就餐天数结算", "学校膳食委员会议定", "自愿就餐",
        "除以上项目外，学校不向学生收取任何其他费用，欢迎家长和社会各界监督。",
        "监督举报电话：", "学校总务处：0578-2260000", "市教育局监督电话：0578-2110000"]


def test_a_notice_goes_on_over_its_table_to_its_signature() -> None:
    """A 收费公示's fee table crawled cell by cell (more cells than the region grows over), a
    paragraph and its contact rows, then the school's signature over the date: every line between
    the text and the signature was kept by the rules, so the notice goes on to its signature
    (before, the cells after the region, the paragraph and the rows were dropped as a run of short
    lines and an island)."""
    assert lost([*FEES, "某市实验中学", "2026年8月26日"]) == []


def test_a_table_with_a_date_column_goes_on_to_the_signature() -> None:
    """A 受理公示's table whose last column is a date (a date alone on its line, which the metadata
    rule drops as the page's) between cells: the date is a cell, the notice goes on over it; the
    table's last date too (the last cell of its column, a paragraph under it)."""
    rows = ["关于受理建设项目环境影响评价文件的公示",
            "现对我局受理的建设项目环境影响评价文件进行公示，公示期为10个工作日。",
            "项目名称", "建设地点", "建设单位", "受理日期", "某污水处理厂三期扩建工程", "某街道滨湖路以南",
            "某水务集团有限公司", "2026-11-27", "年产5000吨涂料项目", "某开发区纬三路18号", "某新材料有限公司",
            "2026-11-27", "公示期间，公众可通过信函、传真、电子邮件等方式反映意见和建议。",
            "联系电话：0578-2130000", "电子邮箱：hp@example.cn", "某市生态环境局", "2026年11月27日"]
    # (the date right above the paragraph is no cell between two, but the last of its column, a
    # date kept as a cell one row above: session 30, before which it went as the page's date)
    assert lost(rows) == []


def test_a_run_after_the_article_with_a_dropped_line_before_a_date_goes() -> None:
    """The same lines with a line a rule dropped between them and the signature (上一条：…, which
    ends an article): the run after the text is the page's, as before; and a signature that stands
    within the few lines right under the text is the closing block's (unchanged)."""
    gone = lost([*FEES[:14], "上一条：关于新生报到的通知", "伙食费", "按实际就餐天数结算", "某市实验中学", "2026年8月26日"])
    assert "伙食费" in gone


def test_an_institutions_annual_report_fields_stay() -> None:
    """A 事业单位法人年度报告书 on a registration authority's site: the national form's fields one
    a line, each label (宗旨和业务范围, 开办资金, 举办单位, 网上名称, 从业人数 …) over its value, a
    paragraph for the year's work among them: the form is the page's text (before, the fields after
    the first paragraph were dropped as a run of short lines)."""
    head = ["某市机构编制网", "首页", "机构概况", "事业单位登记", "年度报告公示", "当前位置：首页 > 年度报告公示"]
    rows = ["某市档案服务中心2025年度事业单位法人年度报告书",
            "宗旨和业务范围", "为档案管理提供服务保障。档案的接收、整理、保管和利用；档案信息化建设。",
            "住所", "某市人民路18号", "法定代表人", "王某某", "开办资金", "120万元", "经费来源", "财政补助",
            "举办单位", "某市档案局", "网上名称", "某市档案服务中心.公益", "从业人数", "23",
            "开展业务活动情况及取得的社会效益",
            "2025年，中心接收进馆档案1.2万卷，接待查档群众8600人次，完成馆藏档案数字化扫描36万页。",
            "接受捐赠资助及其使用情况", "无"]
    assert rows_lost(head, ["【打印本页】 【关闭窗口】", "主办单位：某市机构编制委员会办公室"], (), rows) == []


def test_a_contact_row_of_two_numbers_stays_with_the_fields_above() -> None:
    """A 招商项目's field rows end with its contact person, then a telephone row of a landline and a
    mobile apart (联系电话：0578-2200000 13900000000) and a mail row: the rows are the project's (before,
    the two numbers were no contact row, and the run after the article took them)."""
    head = ["某开发区新能源装备产业园项目_招商项目_某市商务局", "某市商务局", "投资某市", "首页", "商务动态", "投资环境",
            "招商项目", "优惠政策", "首页 > 招商项目 > 工业项目"]
    rows = ["某开发区新能源装备产业园项目", "项目名称：某开发区新能源装备产业园项目", "项目类别：先进制造业",
            "建设地点：某开发区东区",
            "项目概况：项目规划用地约800亩，拟建设储能电池、光伏组件等生产线及配套研发中心、检测中心。",
            "投资估算：总投资约35亿元。", "合作方式：独资、合资、合作均可。",
            "联系单位：某开发区投资促进局", "联系人：汪某某", "联系电话：0578-2200000 13900000000", "电子邮箱：tc@example.cn"]
    foot = ["分享到：", "收藏本页 打印本页 关闭窗口", "其他招商项目", "某市冷链物流园项目 2026-09-28",
            "某市商业综合体项目 2026-09-15", "某市康养度假区项目 2026-08-30", "投资热线：0578-2201800",
            "某市商务局 版权所有 地址：某市府前路8号", "浙ICP备00000000号-1"]
    assert rows_lost(head, foot, ("发布日期",), [rows[0], "发布日期：2026-10-09 浏览次数：512", *rows[1:]]) == []


def test_a_caption_right_after_the_article_stays() -> None:
    """A photo's caption (图为…, ending in its credit) right under the article's last line, the
    page's links under it (上一个：…, 相关项目 and its items, the footer): the caption is the
    article's (before, a short line of the run after it); the links go as before."""
    head = ["某县竹编技艺-省级非遗项目-某县文化广电旅游局", "某县文化广电旅游局", "首页", "文化遗产", "非遗名录",
            "首页 > 文化遗产 > 非遗名录", "国家级", "省级", "市级", "县级"]
    rows = ["某县竹编技艺", "项目简介",
            "某县竹编以本地水竹为原料，经选竹、破篾、劈丝、编织等二十余道工序制作而成，相传已有三百余年。",
            "近年来，县里建成竹编传习所2处，竹编产品年产值超过3000万元。",
            "图为传承人在传习所演示劈丝技法（某县文化馆 供图）"]
    links = ["上一个：某县采茶戏", "下一个：某县龙灯", "相关项目", "某县木雕", "某县剪纸"]
    foot = ["主办：某县文化广电旅游局 地址：某县文化路12号", "赣ICP备00000000号-7 技术支持：某县融媒体中心"]
    assert rows_lost(head, foot, (), rows + links) == links


def test_a_caption_needs_its_shape() -> None:
    """The same line with no caption's words (a phrase with a bracket, 图为 and the credit left out)
    is a short line of the run after the article, as before."""
    head = ["某县竹编技艺-省级非遗项目-某县文化广电旅游局", "某县文化广电旅游局", "首页", "文化遗产", "非遗名录",
            "首页 > 文化遗产 > 非遗名录", "国家级", "省级", "市级", "县级"]
    rows = ["某县竹编技艺", "项目简介",
            "某县竹编以本地水竹为原料，经选竹、破篾、劈丝、编织等二十余道工序制作而成，相传已有三百余年。",
            "近年来，县里建成竹编传习所2处，竹编产品年产值超过3000万元。"]
    other = ["传承人在传习所演示劈丝技法（某县文化馆）", "上一个：某县采茶戏", "下一个：某县龙灯"]
    foot = ["主办：某县文化广电旅游局 地址：某县文化路12号", "赣ICP备00000000号-7 技术支持：某县融媒体中心"]
    assert rows_lost(head, foot, (), rows + other) == other


def test_previous_and_next_item_links_go() -> None:
    """上一个：… / 下一个：… (an item page's links to the list's neighbours: a 名录's items) are
    previous/next links as 上一篇：… are; a sentence naming 下一个 stays."""
    page = ["某县竹编技艺", "某县竹编以本地水竹为原料，经选竹、破篾、劈丝、编织等二十余道工序制作而成。",
            "下一个阶段，县里将建设竹编传习所。", "上一个：某县采茶戏", "下一个： 某县龙灯"]
    assert keeps(page) == [True, True, True, False, False]


def test_short_tips_over_the_editors_line_stay() -> None:
    """A 健康科普 article's last box of short tips (小贴士 / 勤洗手 / 常通风 / 少聚集) right above its
    editor's line: the text ends above the editor's line, the tips are its (before, a run of short
    lines after the article); a credit or a link above the editor's line (图文：某某, 查看版面>>) is
    the page's as before."""
    head = ["冬季流感高发，这份防护指南请收好_健康科普_某市疾病预防控制中心", "某市疾病预防控制中心", "首页",
            "健康科普", "预防接种", "当前位置：首页 > 健康科普"]
    rows = ["冬季流感高发，这份防护指南请收好", "进入冬季，流感进入季节性流行期，人群普遍易感，下面几个问题帮你科学应对。",
            "出现症状后怎么办？", "应居家休息，多饮水，外出佩戴口罩；高热不退者及时到医院就诊。",
            "小贴士", "勤洗手", "常通风", "少聚集"]
    foot = ["责任编辑：刘某", "推荐阅读", "接种流感疫苗的五个常见误区", "某市疾病预防控制中心 版权所有"]
    assert rows_lost(head, foot, (), rows) == []
    # (上一篇：… ends an article as the editor's line does)
    assert rows_lost(head, ["上一篇：诺如病毒感染高发季如何预防", "下一篇：冬季用电安全提示", *foot[1:]], (), rows) == []
    # (drop_spam's output, the editor's line gone, ends on the tips: read again, they stay)
    once = drop_spam_lines("\n".join([*head, *rows, *foot]))
    assert once.split("\n")[-4:] == rows[-4:] and drop_spam_lines(once) == once
    # (a signed text over a credit and a closing mark, then the editor's line: they are the page's)
    signed = ["2027年春季招生简章", "我园2027年春季学期招收小班幼儿30名，请符合条件的家长于4月25日前到园报名。",
              "报名时间：4月20日至25日", "咨询电话：0571-86010000", "某某幼儿园", "2027年4月18日"]
    tail = ["— END —", "图文：王老师"]
    assert rows_lost(["2027年春季招生简章_某某幼儿园", "某某幼儿园", "首页", "园所概况", "招生信息"],
                     ["编辑：李老师", "审核：张园长", "长按二维码关注我们"], (), signed + tail) == tail


def test_a_headline_copy_under_a_side_menus_heading_goes() -> None:
    """A side menu whose heading the rules drop (走进某县, a channel label repeating the breadcrumb)
    and whose first item is the page's headline (县情概况) over the other items: the item goes as a
    menu's; the headline over the text stays."""
    page = ["县情概况_走进某县_某县人民政府", "某县人民政府", "首页", "走进某县", "政务公开", "政务服务",
            "当前位置：首页 > 走进某县 > 县情概况", "走进某县", "县情概况", "历史沿革", "行政区划", "自然地理",
            "县情概况", "更新时间：2026-05-20 来源：县地方志研究室",
            "某县位于省境中部偏西，地处两江交汇之地，县城距省城128公里，沪昆高速在境内交会。",
            "全县总面积2316平方公里，辖9个镇、6个乡、2个街道，县人民政府驻清溪街道。", "网站地图 | 联系我们"]
    kept = keeps(page)
    assert not kept[8] and kept[12]


REPORT_HEAD = ["某市不动产登记服务中心2025年度事业单位法人年度报告书_年度报告公示_某市机构编制网", "某市机构编制网",
               "设为首页 | 加入收藏", "首页", "机构概况", "编制动态", "事业单位登记", "年度报告公示",
               "当前位置：首页 > 事业单位登记 > 年度报告公示"]


def test_the_name_field_under_the_reports_headline_is_no_headline() -> None:
    """The report's 名称 field holds the institution's name, which the headline (and the page title)
    opens with: under the whole headline that one-line copy of its start is the field's value, not
    a second headline the article would start after; the fields above it stay (before, 统一社会信用代码,
    its value and 名称 were dropped as a run before the article)."""
    rows = ["某市不动产登记服务中心2025年度事业单位法人年度报告书", "发布时间：2026-04-18 浏览次数：236",
            "统一社会信用代码", "12330000MB1C00000X", "名称", "某市不动产登记服务中心", "宗旨和业务范围",
            "为不动产登记提供服务保障。不动产登记的受理、审核、登簿和发证；登记资料的查询与保管。",
            "住所", "某市滨江路188号", "法定代表人", "陈某某", "开办资金", "320万元", "经费来源", "财政补助",
            "举办单位", "某市自然资源和规划局", "从业人数", "46"]
    foot = ["【打印本页】 【关闭窗口】", "主办单位：某市机构编制委员会办公室", "浙ICP备00000000号-2"]
    assert rows_lost(REPORT_HEAD, foot, ("发布时间",), rows) == []


def test_a_headline_broken_onto_two_lines_under_a_whole_copy_stays_a_headline() -> None:
    """A one-line copy that goes on to the next line (a headline broken onto two) is a headline's
    first line, kept as before."""
    from govtext.boilerplate import _partial_copies

    norms = {3: "某中心2025年度报告书", 9: "某中心", 10: "2025年度报告书"}
    assert _partial_copies({3, 9, 10}, norms, norms[3]) == {3, 9, 10}
    assert _partial_copies({3, 9}, norms, norms[3]) == {3}


def test_the_new_reads_are_linear_on_adversarial_pages() -> None:
    """A long run of short kept lines after the article with no signature, and one of bare dates
    between short cells: both read in time linear in their length."""
    from linear_common import assert_linear

    def cells(n: int) -> None:
        keeps([*HEAD, "某校收费公示", "现将收费标准公示如下，欢迎社会各界监督。", *["住宿费"] * n, *FOOT])

    def dates(n: int) -> None:
        rows = [c for _ in range(n) for c in ("某工程", "2026-11-27")]
        keeps([*HEAD, "某局受理公示", "现对受理的文件进行公示，公示期为10个工作日。", *rows, "某局", "2026年11月27日", *FOOT])

    assert_linear(cells, 2_000, 8_000, repeat=2)
    assert_linear(dates, 1_000, 4_000, repeat=2)
