"""Classes of lines that session 27's held-out pages 389-400 (BHA) showed the page reading lost:
a 事业单位法人年度报告书's fields one a line (label over value, under the national form's names), a
notice that goes on past its table crawled cell by cell, a paragraph and its contact rows to its
signature over the date. Each page is our own invented text; the look-alikes (a run of the
page's links after an article, a line a rule dropped between) go as before."""

from __future__ import annotations

from functools import partial

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
    rule drops as the page's) between cells: the date is a cell, the notice goes on over it."""
    rows = ["关于受理建设项目环境影响评价文件的公示",
            "现对我局受理的建设项目环境影响评价文件进行公示，公示期为10个工作日。",
            "项目名称", "建设地点", "建设单位", "受理日期", "某污水处理厂三期扩建工程", "某街道滨湖路以南",
            "某水务集团有限公司", "2026-11-27", "年产5000吨涂料项目", "某开发区纬三路18号", "某新材料有限公司",
            "2026-11-27", "公示期间，公众可通过信函、传真、电子邮件等方式反映意见和建议。",
            "联系电话：0578-2130000", "电子邮箱：hp@example.cn", "某市生态环境局", "2026年11月27日"]
    # (a date right above a paragraph is no cell between two: the metadata rule's, as before)
    assert lost(rows) == ["2026-11-27"]


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
