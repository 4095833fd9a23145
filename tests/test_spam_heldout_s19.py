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
