"""Classes of lines that session 42's held-out pages 809-820 (BHC42, ordinary pages with their sites' everyday
chrome) showed the page reading got wrong: a headline broken onto two lines whose first line is shorter than a
headline (a 政策图解's ``一图读懂`` over ``《某某措施》``, the page title holding them joined), the first line read as
a short line of the chrome run over the article; and a 信息公开 page's record table crawled a cell a line, its 文号
cell alone with no colon over the table's 发文字号, which the 公文 reading kept as a document's number with its
title over it. Each line is our own invented text; the look-alikes stay as before."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.boilerplate import DEFAULT_PARAMS
from page_common import keeps

_HEAD = ["某市人民政府", "首页", "走进某市", "政务公开", "政务服务", "互动交流", "首页 > 政务公开 > 政策解读 > 政策图解"]
_META = "发布日期：2027-02-10 来源：市发展改革委 字号：[ 大 中 小 ]"
_BODY = ["出台背景", "为进一步激发市场活力，稳定社会预期，制定本措施。", "主要内容", "01 降低企业用地成本",
         "对新供工业用地按土地出让底价的七成确定出让起始价。", "02 减轻企业用电负担", "对年用电量较大的制造业企业给予每千瓦时三分钱补贴。"]
_TAIL = ["【打印】 【关闭】", "相关解读", "【图解】某市稳就业十条措施", "网站地图 联系我们", "主办：某市人民政府办公室", "某ICP备00000018号"]


def _graphic_page(title: str, kicker: str, name: str) -> tuple[list[str], list[bool]]:
    """A 政策图解 page: its title, the site's head, the headline and the metadata line, *kicker* over *name* (the
    picture's headline as its text shows it, broken onto two lines), the picture's points and the site's foot."""
    lines = [title, *_HEAD, kicker + name, _META, kicker, name, *_BODY, *_TAIL]
    return lines, keeps(lines)


@pytest.mark.parametrize(("title", "kicker", "name"), [
    ("【图解】一图读懂《某市降低实体经济企业成本若干措施》_政策图解_某市人民政府", "一图读懂", "《某市降低实体经济企业成本若干措施》"),
    ("一图看懂2027年某市政府工作报告_政策图解_某市人民政府", "一图看懂", "2027年某市政府工作报告"),
    ("图说两会：政府工作报告里的民生账_政策图解_某市人民政府", "图说两会", "政府工作报告里的民生账"),
    ("【图解】一图读懂某区2027年十件民生实事 - 某区人民政府", "【图解】一图读懂", "某区2027年十件民生实事"),
])
def test_a_headline_broken_after_a_short_first_line_stays_whole(title: str, kicker: str, name: str) -> None:
    """The picture's headline under the metadata line, broken after a first line shorter than a headline (一图读懂,
    图说两会), the page title's first segment holding the two joined: both lines are the headline, kept with the
    points under them (before, the first went as a short line of the chrome run over the article)."""
    lines, kept = _graphic_page(title, kicker, name)
    at = lines.index(name, len(_HEAD) + 3)
    assert kept[at - 1] and kept[at] and all(kept[at + 1:at + 1 + len(_BODY)]), lines[at - 1]
    assert not any(kept[1:1 + len(_HEAD)])


@pytest.mark.parametrize(("title", "above"), [
    ("政策图解｜某市降低实体经济企业成本若干措施_某市人民政府", ["政策图解"]),  # (the channel's segment, not the headline's)
    ("某市降低实体经济企业成本若干措施_一图读懂_某市人民政府", ["一图读懂"]),  # (the channel's name after the headline)
    ("某市降低实体经济企业成本若干措施_某市人民政府", ["一图读懂"]),  # (the title holds no such line)
    ("一图读懂某市降低实体经济企业成本若干措施_某市人民政府", ["一图读懂", "图片"]),  # (a line between: no copy goes on)
])
def test_a_short_line_over_the_headline_no_broken_copy_still_goes(title: str, above: list[str]) -> None:
    """A short line over the headline that does not go on with it into a copy of the title's first segment (the
    channel's name in another segment, a line the title lacks, another line between them): the site's, dropped as
    before."""
    name = "某市降低实体经济企业成本若干措施"
    lines = [title, *_HEAD, _META, *above, name, *_BODY, *_TAIL]
    kept = keeps(lines)
    at = lines.index(name)
    assert kept[at] and not any(kept[at - len(above):at])


def test_a_short_first_line_is_read_from_headline_min_first_characters() -> None:
    """The shortest first line of a broken headline is a named parameter, shorter than a headline's own minimum: a
    channel's word of two or three characters (新闻, 公告) opens many lines."""
    assert 2 < DEFAULT_PARAMS.headline_min_first < DEFAULT_PARAMS.headline_min_chars


_DOC_TITLE = "某县人民政府办公室关于印发某县农村人居环境整治提升行动方案的通知"
_NUMBER = "某政办发〔2027〕7号"
_TEXT = [_DOC_TITLE, _NUMBER, "各乡镇人民政府，县政府各部门：",
         "《某县农村人居环境整治提升行动方案》已经县政府同意，现印发给你们，请认真贯彻执行。", "某县人民政府办公室", "2027年1月12日"]
_GONGKAI_FOOT = ["扫一扫在手机打开当前页", "【打印本页】 【关闭窗口】", "某县人民政府办公室主办", "网站标识码：3311220009 某ICP备00000021号"]


def _gongkai_page(label: str) -> tuple[list[str], list[bool], int]:
    """A 信息公开 entry page: its directory, the record table a cell a line (each label over its value, *label* over
    the 文号), then the 公文 with its own head. Returns the lines, what is kept and where the table's 文号 stands."""
    head = [_DOC_TITLE, "某县人民政府信息公开", "信息公开指南", "信息公开制度", "法定主动公开内容", "政策文件", "县政府办文件",
            "当前位置：政府信息公开 > 政策文件 > 县政府办文件", "索引号", "11331122002658110X/2027-00031", "发布机构",
            "某县人民政府办公室", "成文日期", "2027-01-12", label, _NUMBER, "发布日期", "2027-01-14", "有效性", "有效"]
    lines = [*head, *_TEXT, *_GONGKAI_FOOT]
    return lines, keeps(lines), head.index(label)


@pytest.mark.parametrize("label", ["文号", "发文字号", "文　号", "文 号", "主题分类"])
def test_a_record_tables_number_cell_under_its_bare_label_goes(label: str) -> None:
    """The record table crawled a cell a line: a key of the table alone, no colon (文号, 发文字号, letter-spaced 文　号),
    over the 发文字号 is the table's label and value, dropped with the table's other cells as an empty label's value
    (发文字号：) is; the 公文 under them keeps its title, its own 文号, text, signature and date (before, the label and
    the number stayed, read as a document's head)."""
    lines, kept, at = _gongkai_page(label)
    assert not kept[at] and not kept[at + 1]
    assert kept[len(lines) - len(_GONGKAI_FOOT) - len(_TEXT):len(lines) - len(_GONGKAI_FOOT)] == [True] * len(_TEXT)


def test_an_empty_labels_number_goes_as_before() -> None:
    """The label with its colon and no value (发文字号：) over the number: the table's, dropped as before."""
    _, kept, at = _gongkai_page("发文字号：")
    assert not kept[at] and not kept[at + 1]


@pytest.mark.parametrize("over", [_DOC_TITLE, "关于印发某县农村人居环境整治提升行动方案的通知", "某县人民政府办公室文件"])
def test_a_documents_number_under_its_title_or_mark_stays(over: str) -> None:
    """A 公文's 发文字号 under its title (or under its issuer's mark, 某某文件) outside the region, on a page with no
    record table: the document's head, kept with the line over it."""
    head = ["某县人民政府", "首页 政务公开 政策文件 政务服务", "当前位置：首页 > 政策文件"]
    lines = [*head, over, _NUMBER, *_TEXT[2:], *_GONGKAI_FOOT]
    kept = keeps(lines)
    assert kept[len(head)] and kept[len(head) + 1]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["文号", "发文字号"]), st.sampled_from(["", " ", "　", "  "]))
def test_a_spaced_key_over_the_number_goes(key: str, gap: str) -> None:
    """However the key's characters are set apart (文号, 文 号, 文　号, 发 文字号), the cell and the number under it go."""
    label = key[:1] + gap + key[1:]
    _, kept, at = _gongkai_page(label)
    assert not kept[at] and not kept[at + 1]
