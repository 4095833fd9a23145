"""Classes of lines that session 38's held-out pages 677-688 (BHC) showed the rules lost: a text's own
hotline and supervision rows right under its last line (a subject's 热线, a 监督电话), taken for the
footer's contacts before. Each page is our own invented text; the look-alikes stay or go as before."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.boilerplate import _ENQUIRY_ROW
from page_common import keeps

HEAD = ["某学院学生工作处", "首页", "部门概况", "政策文件", "奖助学金", "勤工助学", "下载中心",
        "位置：首页 > 政策文件"]
QA = [
    "家庭经济困难学生认定问答",
    "日期：2027-03-01 浏览次数：812 来源：学生工作处",
    "问：家庭经济困难学生认定每年进行几次？",
    "答：每学年秋季学期开学后集中认定一次，家庭情况发生重大变化的学生可随时申请调整认定档次。",
    "问：认定需要提交哪些材料？",
    "答：学生本人填写认定申请表，并如实说明家庭成员、收入和特殊困难情况，不再要求提供贫困证明。",
]
FOOT = ["上一篇：2027年春季学期助学金发放通知", "下一篇：无", "快速链接", "学生事务中心", "心理健康中心",
        "Copyright © 2027 某学院学生工作处", "某ICP备00000688号-1"]


@pytest.mark.parametrize("rows", [
    ["资助热线：0000-6280173", "监督电话：0000-6280109"],
    ["监督电话：0000-6280109"],
    ["投诉电话：0000-6280108", "办公地点：学生事务中心二楼"],
    ["招生热线：0000-6280100"],
])
def test_a_texts_hotline_and_supervision_rows_under_its_last_line_stay(rows: list[str]) -> None:
    """A hotline of the text's subject (资助热线, 招生热线) or a supervision/complaint phone (监督电话,
    投诉电话) right under the text's last line is the text's own contact, as an enquiry row there is
    (before, the rows went with the run of short chrome after the article)."""
    kept = keeps([*HEAD, *QA, *rows, *FOOT])
    at = len(HEAD) + len(QA)
    assert kept[at: at + len(rows)] == [True] * len(rows)
    assert kept[at + len(rows):] == [False] * len(FOOT)


def test_a_hotline_row_after_the_pages_lists_still_goes() -> None:
    """A hotline row in the footer, after the page's 上一篇 and link lists, is the site's, as before."""
    lines = [*HEAD, *QA, *FOOT[:5], "服务热线：0000-2188065", *FOOT[5:]]
    kept = keeps(lines)
    assert kept[len(HEAD) + len(QA):] == [False] * (len(FOOT) + 1)


@pytest.mark.parametrize("row", ["服务热线：0000-1234567", "举报电话：0000-1234567"])
def test_a_hotline_row_heading_the_footer_under_the_text_still_goes(row: str) -> None:
    """A hotline or 举报 row right under the text that heads the site's footer (版权所有, 主办, ICP over it
    all) is the footer's, as before: the rows under it are the site's and the line rules drop them."""
    foot = [row, "版权所有：某学院学生工作处", "主办单位：某学院", "某ICP备00000688号-1"]
    kept = keeps([*HEAD, *QA, *foot])
    assert kept[len(HEAD) + len(QA):] == [False] * len(foot)


def test_the_enquiry_row_pattern() -> None:
    """Two Han characters before 热线 name the hotline's subject; a site's longer label does not match."""
    for s in ("资助热线：0592-6280173", "监督电话：0592-6280109", "举报电话：0592-12345", "咨询电话：0571-8812340"):
        assert _ENQUIRY_ROW.fullmatch(s), s
    for s in ("电话：0592-6280173", "诉讼服务热线：12368", "热线：12345", "资助热线：请拨打学校电话"):
        assert not _ENQUIRY_ROW.fullmatch(s), s


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="热线电话监督资助：:0123456789- 咨询", max_size=40))
def test_the_enquiry_row_pattern_only_matches_a_labelled_number(s: str) -> None:
    """Whatever the text, a match is a label, a colon and a phone number that starts and ends with a digit."""
    m = _ENQUIRY_ROW.fullmatch(s)
    if m:
        assert s[-1].isdigit() and ("：" in s or ":" in s)
