"""Classes of lines that session 41's held-out pages 773-784 (BHC41, ordinary pages with their sites' everyday
chrome) showed the rules missed: an article's own sign-off fields right under its last paragraph with no
heading over them (解读机关：… / 解读人：… 联系电话：…), read as short lines of the chrome after the article, and a
metadata or editor line opened by a button's label in brackets (【纠错】 责任编辑：…), which the metadata rule and
the page reading did not read past. Each page is our own invented text; the look-alikes stay as before."""

from __future__ import annotations

import pytest

from govtext.spam import classify_lines
from page_common import keeps


def _rules(lines: list[str]) -> list[str | None]:
    """The rule of each line read alone (no page reading): None where it stays."""
    return [v.rule for v in classify_lines("\n".join(lines), page=False)]


HEAD = ["关于《青川市扶持小微企业十条措施》的解读_政策解读_青川市人民政府", "首页 | 政务公开 | 政务服务 | 互动交流",
        "首页 > 政务公开 > 政策解读", "关于《青川市扶持小微企业十条措施》的解读",
        "发布时间：2027-03-02 来源：市工信局 浏览次数：312"]
TEXT = ["一、制定背景",
        "为进一步减轻小微企业负担，稳定就业岗位，市工信局会同市财政局研究起草了本措施，广泛征求了有关部门和企业的意见。",
        "二、主要内容",
        "对年度营业收入增长超过百分之二十的小微企业，给予一次性奖励五万元，所需资金由市级财政承担。"]
FOOT = ["打印本页 关闭窗口", "网站地图 | 联系我们", "青川市人民政府办公室主办 青川市大数据中心承办",
        "网站标识码：1234567890 青ICP备00000000号"]


@pytest.mark.parametrize("sign_off", [
    ["解读单位：青川市工业和信息化局", "解读人：林小燕 联系电话：0000-12345678"],
    ["解读机关：青川市财政局", "解读人：财政局 周明"],
    ["起草单位：青川市工信局中小企业科", "联系人：吴海 电话：0000-7654321", "电子邮箱：zxqy@example.cn"],
])
def test_an_articles_sign_off_fields_under_its_text_stay(sign_off: list[str]) -> None:
    """The rows of the reading's own sign-off (who read or drafted it, how to reach them) right under its last
    paragraph, no heading over them, are the article's (before, short lines of the chrome after it)."""
    kept = keeps([*HEAD, *TEXT, *sign_off, *FOOT])
    assert kept[len(HEAD):len(HEAD) + len(TEXT) + len(sign_off)] == [True] * (len(TEXT) + len(sign_off))
    assert not any(kept[len(HEAD) + len(TEXT) + len(sign_off):])


@pytest.mark.parametrize("rows", [
    ["地址：青川市人民路8号 电话：0000-1234567"],
    ["来源：青川市工信局 浏览次数：88", "责任编辑：王某"],
    ["联系电话：0000-1234567 传真：0000-1234568"],
])
def test_site_fields_under_the_text_still_go(rows: list[str]) -> None:
    """A footer's address and phone, the page's source and editor lines, or a phone row first (no body or
    person named over it) under the text are no sign-off: they go as before."""
    kept = keeps([*HEAD, *TEXT, *rows, *FOOT])
    assert not any(kept[len(HEAD) + len(TEXT):])


def test_a_sites_contact_footer_goes() -> None:
    """Contact rows of the site's footer, under its chrome, are no sign-off of the article: they go."""
    foot = ["网站地图 | 联系我们", "联系人：王某 联系电话：0000-1234567", "青川市人民政府办公室主办 青川市大数据中心承办"]
    kept = keeps([*HEAD, *TEXT, *foot])
    assert not any(kept[len(HEAD) + len(TEXT):])


@pytest.mark.parametrize(("line", "label"), [
    ("【纠错】 责任编辑：孙某某", "责任编辑"),
    ("【打印】来源：青川日报", "来源"),
    ("【收藏】【关闭】 编辑：李某 审核：张某", "编辑/审核"),
])
def test_a_metadata_line_opened_by_a_buttons_label_goes(line: str, label: str) -> None:
    """One or two interface words in brackets before a metadata line's label are its buttons: the line goes as
    the metadata it is without them (before, it stayed, or went as a share bar with two buttons)."""
    vs = classify_lines("\n".join(["正文。", line]), page=False)
    assert (vs[1].rule, vs[1].reason) == ("metadata", f"metadata fields {label}")


@pytest.mark.parametrize("line", ["【通知】 时间：明天上午九时", "【纠错】 请留言说明问题", "【重要】 来源：青川日报"])
def test_other_bracketed_words_before_a_label_stay(line: str) -> None:
    """A bracketed word no interface word (a notice's tag), or a button's label with no fields after it, opens
    no metadata line: it stays."""
    assert _rules([line]) == [None]


@pytest.mark.parametrize("editor", ["【纠错】 责任编辑：王某", "【纠错】【打印】 责任编辑：王某"])
def test_lines_over_an_editor_line_opened_by_a_button_stay(editor: str) -> None:
    """The page reading reads an editor line opened by buttons' labels as the one that ends the article: the
    short lines between the text and it stay, as over a bare 责任编辑：… (before, dropped as chrome)."""
    tail = ["上一篇：青川市召开工作会议", "相关阅读", "青川市开展宣传活动", "青川市举办培训班"]
    lines = [*HEAD, *TEXT, "市工信局供稿", "青川市融媒体中心通讯员", editor, *tail, *FOOT[1:]]
    bare = [*HEAD, *TEXT, "市工信局供稿", "青川市融媒体中心通讯员", "责任编辑：王某", *tail, *FOOT[1:]]
    assert keeps(lines) == keeps(bare)
    assert keeps(lines)[len(HEAD) + len(TEXT):len(HEAD) + len(TEXT) + 3] == [True, True, False]
