"""Classes of lines that session 42's held-out pages 821-832 (BHD42, ordinary pages of a typical crawl) showed the
rules missed: a view counter's label left empty at the end of a metadata line in a spelling the metadata lexicon
lacks (``来源：某中心 阅读次数：``, its count printed on the next line by the page's script), and a file's name followed
by the downloads a download box counts (``表.xlsx（下载次数：387）``), which the attachment reading did not take for a
file's name, so a site's download box under a notice's signature and date stayed. Each line is our own invented
text; the look-alikes stay as before."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govtext
from govtext.boilerplate import _FILE_NAME
from govtext.spam import classify_lines
from page_common import keeps

PARAGRAPH = "12月1日下午，某校学生资助诚信教育主题活动在图书馆报告厅举行，300余名受助学生代表参加。"


def _verdicts(lines: list[str]) -> list[tuple[str | None, str]]:
    """The rule and reason of each line read alone (no page reading)."""
    return [(v.rule, v.reason) for v in classify_lines("\n".join(lines), page=False)]


@pytest.mark.parametrize("row", [
    "发布时间：2026年12月02日 10:37 来源：资助管理中心 阅读次数：",
    "发布日期：2026-11-28 作者：学工部 访问次数：",
    "来源：县融媒体中心 播放量：",
    "发布时间：2026-10-09 16:20 来源：校团委 浏览人次：",
    "信息来源：行政审批科 阅读数 ：",
])
@pytest.mark.parametrize("count", ["386", "1,208", "12次"])
def test_an_empty_view_counter_ending_a_metadata_row_takes_the_count_under_it(row: str, count: str) -> None:
    """A view counter's label the lexicon lacks, left empty at the end of a metadata row, waits for its count on
    the next line as 浏览次数： does: the row and the bare count go, the paragraph stays (before, the count stood
    over the text and the label was read as a part of the last field's value)."""
    v = _verdicts([row, count, PARAGRAPH])
    assert v[0][0] == "metadata" and v[1] == ("metadata", "value of the views label above") and v[2][0] is None


def test_the_last_value_holds_no_empty_counter() -> None:
    """The source's value is the source's name, not the counter's label after it (before: 资助管理中心 阅读次数:)."""
    lines = ["某校举办资助诚信教育主题活动", "发布时间：2026-12-02 来源：资助管理中心 阅读次数：", "386", PARAGRAPH]
    assert govtext.clean("\n".join(lines)).meta.get("source") == "资助管理中心"


@pytest.mark.parametrize(("row", "under"), [
    ("发布时间：2026-12-02 来源：资助管理中心", "386"),              # no counter's label left open
    ("发布时间：2026-12-02 来源：资助管理中心 阅读次数：", "共计二十余次"),  # no count under it
    ("发布时间：2026-12-02 来源：资助管理中心 阅读次数：", PARAGRAPH),   # the text under it
    ("发布时间：2026-12-02 来源：资助管理中心 联系电话：", "386"),        # a field no counter
    ("发布时间：2026-12-02 来源：资助管理中心 参与人数：", "386"),        # people counted, no views
])
def test_lines_under_a_row_with_no_empty_view_counter_stay(row: str, under: str) -> None:
    """Under a metadata row whose last label is no view counter left empty, or under an empty counter, a line
    that is no bare count is read as any other line: it stays."""
    assert _verdicts([row, under])[1] == (None, "")


@pytest.mark.parametrize("line", ["专栏本月阅读次数：", "截至11月底，平台累计访问量：", "阅读次数："])
def test_a_counter_label_with_no_metadata_field_before_it_is_no_row(line: str) -> None:
    """A counter's label ending a line that opens with no metadata field (a table's caption, a sentence cut at its
    colon, the label alone) is not read by this class: the count under it stays as before."""
    assert _verdicts([line, "386"])[1] == (None, "")


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=9_999_999), st.sampled_from(["阅读次数", "访问次数", "播放量", "点击人次"]))
def test_any_count_under_an_empty_view_counter_goes(n: int, label: str) -> None:
    v = _verdicts([f"发布时间：2026-12-02 来源：某中心 {label}：", str(n), PARAGRAPH])
    assert v[1][0] == "metadata" and v[2][0] is None


HEAD = ["关于做好寒假安全工作的通知-某市教育局", "某市教育局", "首页", "机构概况", "政务公开", "通知公告", "办事服务",
        "当前位置：首页 > 通知公告", "关于做好寒假安全工作的通知", "发布时间：2026-12-04 点击数：231",
        "各区县教育局，市直属各学校：", "寒假即将来临。为切实保障中小学生假期安全，现将有关事项通知如下。",
        "一、各校要在放假前组织一次专题安全教育课，并组织一次应急疏散演练。",
        "二、各单位于2027年1月12日前将统计表报送市教育局安全稳定科。"]
SIGN = ["某市教育局", "2026年12月4日"]
TAIL = ["【打印此页】 【关闭窗口】", "上一篇：关于开展体质健康监测的通知", "版权所有：某市教育局 备案号：蜀ICP备09011626号-2"]


@pytest.mark.parametrize("name", [
    "统计表.xlsx（下载次数：387）", "致家长的一封信.docx(已下载36次)", "报名表.doc （下载量 7）", "实施方案.pdf（下载：1208次）",
])
def test_a_file_name_with_its_downloads_is_a_file_name(name: str) -> None:
    assert _FILE_NAME.search(name) is not None


@pytest.mark.parametrize("line", ["报名表.docx（请于12月10日前提交）", "统计表.xlsx（下载后填写）", "下载次数：387",
                                  "实施方案（下载次数：12）"])
def test_other_brackets_after_a_name_are_no_downloads(line: str) -> None:
    assert _FILE_NAME.search(line) is None


@pytest.mark.parametrize("files", [
    ["致家长的一封信.docx（下载次数：412）", "寒假安全工作情况统计表.xlsx（下载次数：387）"],
    ["统计表.xlsx(已下载36次)"],
    ["致家长的一封信.docx（下载量 7）", "统计表.xlsx（下载量 12）"],
])
def test_a_download_box_of_counted_files_under_the_date_goes(files: list[str]) -> None:
    """The site's download box under the notice's signature and date (附件下载： over files' names, each with its
    downloads) is the page's: it goes with the chrome after it; the notice stays whole (before, the box stood,
    its files not read as files' names)."""
    lines = [*HEAD, *SIGN, "附件下载：", *files, *TAIL]
    kept = keeps(lines)
    assert kept[8] and all(kept[10:len(HEAD) + len(SIGN)]), lines
    assert not any(kept[len(HEAD) + len(SIGN):]), lines


def test_the_notices_own_counted_attachments_stay() -> None:
    """The notice's own numbered attachments, with their downloads after each, over its signature or right under
    its date, stay with the notice (as files with their sizes do)."""
    own = ["附件：", "1.致家长的一封信.docx（下载次数：412）", "2.统计表.xlsx（下载次数：387）"]
    for lines in ([*HEAD, *own, *SIGN, *TAIL], [*HEAD, *SIGN, *own, *TAIL]):
        kept = keeps(lines)
        assert kept[8] and all(kept[10:len(lines) - len(TAIL)]) and not any(kept[-len(TAIL):]), lines


def test_a_download_box_inside_the_text_stays() -> None:
    """附件下载： over a counted file between the text and the signature is the notice's list: it stays."""
    lines = [*HEAD, "附件下载：", "致家长的一封信.docx(下载量 7)", *SIGN, *TAIL]
    kept = keeps(lines)
    assert kept[8] and all(kept[10:len(lines) - len(TAIL)])
