"""Classes of lines that session 42's held-out pages 809-820 (BHC42, ordinary pages with their sites' everyday
chrome) showed the page reading got wrong: a headline broken onto two lines whose first line is shorter than a
headline (a 政策图解's ``一图读懂`` over ``《某某措施》``, the page title holding them joined), the first line read as
a short line of the chrome run over the article; and a 信息公开 page's record table crawled a cell a line, its 文号
cell alone with no colon over the table's 发文字号, which the 公文 reading kept as a document's number with its
title over it. Each line is our own invented text; the look-alikes stay as before."""

from __future__ import annotations

import dataclasses

import pytest

from govtext.boilerplate import DEFAULT_PARAMS
from govtext.spam import classify_lines
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


@pytest.mark.parametrize(("kicker", "name"), [("看图说", "政府工作报告里的民生账"), ("图解读", "某区2027年十件民生实事")])
def test_a_short_first_line_is_read_from_headline_min_first_characters(kicker: str, name: str) -> None:
    """A first line shorter than ``headline_min_first`` (3 characters to its 4) opens no broken headline: it goes
    as a short line over the article, as before (a channel's word that short, 新闻, 公告, opens many lines); read
    with a minimum of 3 it is the headline's first line, kept."""
    lines = [kicker + name + "_政策图解_某市人民政府", *_HEAD, _META, kicker, name, *_BODY, *_TAIL]
    at = lines.index(kicker)
    assert len(kicker) < DEFAULT_PARAMS.headline_min_first
    assert not keeps(lines)[at]
    page = dataclasses.replace(DEFAULT_PARAMS, headline_min_first=len(kicker))
    assert [v.keep for v in classify_lines("\n".join(lines), page=page)][at:at + 2] == [True, True]


_SCHOOL = ["某某中学", "首页", "学校概况", "校园新闻", "教学科研", "德育天地", "首页 > 校园新闻"]
_SCHOOL_META = "发布时间：2027-04-12 作者：校办 浏览次数：312"
_SCHOOL_FOOT = ["上一篇：我校开展防溺水安全教育", "下一篇：无", "版权所有：某某中学 地址：某市某路8号", "某ICP备12345678号"]
#: (headline, the article: a first paragraph, two short subheadings whose joined text is a part of the headline,
#: more paragraphs)
_PAIRS_IN_BODY = [
    ("某市出台促进消费若干措施", ["近日，某市出台促进消费若干措施，从四个方面提出十二条具体举措。", "促进消费", "若干措施",
                            "措施明确，对新能源汽车消费给予每辆3000元补贴。", "市商务局相关负责人表示，将抓好政策落实。"]),
    ("我校举行2027年春季田径运动会开幕式", ["4月10日上午，我校在田径场隆重举行2027年春季田径运动会开幕式，全体师生参加。", "春季田径",
                                  "运动会开幕式", "开幕式上，各班代表队依次入场，步伐整齐，口号响亮。", "校长王某某致开幕辞，勉励运动员赛出风格。"]),
    ("某区召开2027年安全生产工作会议", ["3月2日，区政府召开2027年安全生产工作会议，总结去年工作，部署今年任务。", "安全生产", "工作会议",
                                "会议指出，要压紧压实安全生产责任。", "会议要求，各部门要开展隐患排查整治。"]),
    ("某县启动2027年农村饮水安全巩固提升工程", ["近日，某县启动农村饮水安全巩固提升工程，计划投资1.2亿元。", "饮水安全", "巩固提升工程",
                                      "工程将新建水厂2座，改造管网180公里。", "项目预计年底前完工。"]),
    ("某镇开展2027年春季植树造林活动", ["3月12日，某镇组织干部群众300余人开展春季植树造林活动。", "植树造林", "活动",
                                "此次活动共栽植苗木2000余株。", "下一步，该镇将做好苗木管护工作。"]),
]


@pytest.mark.parametrize(("headline", "body"), _PAIRS_IN_BODY)
def test_two_short_subheadings_inside_the_body_are_no_headline(headline: str, body: list[str]) -> None:
    """Two short lines inside the article, under its first paragraph, whose joined text is a part of the title's
    first segment (促进消费 / 若干措施 in 某市出台促进消费若干措施): no broken headline (a short first line opens one
    only above the article's first prose line, copying most of the segment); the page title, the headline, stays
    with every line of the body (before the fix, the title went as a page title, the pair taken for its copy)."""
    lines = [headline, *_SCHOOL, _SCHOOL_META, *body, *_SCHOOL_FOOT]
    kept = keeps(lines)
    start = 2 + len(_SCHOOL)
    assert kept[0] and kept[start:start + len(body)] == [True] * len(body)


@pytest.mark.parametrize(("headline", "body"), _PAIRS_IN_BODY)
def test_the_headlines_copy_over_a_pair_in_the_body_stays(headline: str, body: list[str]) -> None:
    """Look-alike: the headline's own line under the breadcrumb, a site's name in the title: that line is the
    headline, kept with the body and the pair in it."""
    lines = [headline + "_校园新闻_某某中学", *_SCHOOL, headline, _SCHOOL_META, *body, *_SCHOOL_FOOT]
    kept = keeps(lines)
    start = 3 + len(_SCHOOL)
    assert not kept[0] and kept[start - 2] and kept[start:start + len(body)] == [True] * len(body)


@pytest.mark.parametrize(("title", "pair"), [
    ("我校举行2027年春季田径运动会开幕式", ["春季田径", "运动会开幕式"]),  # (the segment's end, half of it)
    ("某市出台促进消费若干措施", ["某市出台", "促进消费"]),  # (its start, two thirds of it)
])
def test_a_pair_over_the_article_copying_part_of_the_title_is_no_headline(title: str, pair: list[str]) -> None:
    """Two short lines right over the article's first paragraph copying only a part of the title's first segment
    (less than ``headline_short_min_share`` of it): no broken headline; the page title, the headline, stays."""
    body = ["本次活动于4月10日上午举行，全体师生参加，气氛热烈。", "活动共设32个项目，历时两天，800余名学生参赛。"]
    lines = [title, *_SCHOOL, _SCHOOL_META, *pair, *body, *_SCHOOL_FOOT]
    kept = keeps(lines)
    assert kept[0] and all(kept[-len(_SCHOOL_FOOT) - len(body):-len(_SCHOOL_FOOT)])


_PORTAL = "某市人民政府"
_NEWS_META = "发布日期：2027-02-10 来源：市商务局"
_NEWS_BODY = ["为进一步激发消费潜力，市政府近日出台促进消费若干措施。", "措施提出，对新能源汽车消费给予每辆3000元补贴。",
              "市商务局相关负责人表示，将抓好政策落实。"]
_NEWS_FOOT = ["【打印】 【关闭】", "网站地图 联系我们", "主办：某市人民政府办公室", "某ICP备00000018号"]
_NAME = "某市促进消费若干措施"


@pytest.mark.parametrize("channel", ["政策解读", "部门动态", "政策问答"])
@pytest.mark.parametrize("form", ["【{}】{}_某市人民政府", "{} {}_某市人民政府", "{}{}_某市人民政府", "[{}]{}"])
def test_a_menus_last_item_over_the_headline_is_chrome(channel: str, form: str) -> None:
    """A menu crawled a word a line ending with the channel's name right over the headline, the title opening with
    the channel's name (in brackets, apart, joined): the name is the menu's item, dropped with it, not the
    headline's first line; the headline stays."""
    menu = ["首页", "政务公开", "政策文件", channel]
    lines = [form.format(channel, _NAME), _PORTAL, *menu, _NAME, _NEWS_META, *_NEWS_BODY, *_NEWS_FOOT]
    kept = keeps(lines)
    at = lines.index(_NAME)
    assert not kept[at - 1] and kept[at] and all(kept[at + 2:at + 2 + len(_NEWS_BODY)])


@pytest.mark.parametrize("channel", ["政策解读", "部门动态", "政策问答"])
@pytest.mark.parametrize("form", ["【{}】{}_某市人民政府", "{}{}_某市人民政府"])
def test_a_breadcrumbs_item_or_the_titles_tag_over_the_headline_is_chrome(channel: str, form: str) -> None:
    """The channel's name over the headline under the breadcrumb ending with it, or under the metadata line, the
    title opening with it in brackets or the breadcrumb naming it: the channel's, dropped; the headline stays."""
    crumb = f"当前位置：首页 > 政务公开 > {channel}"
    for lines in ([form.format(channel, _NAME), _PORTAL, "首页 政务公开 政务服务 互动交流", crumb, channel, _NAME,
                   _NEWS_META, *_NEWS_BODY, *_NEWS_FOOT],
                  [form.format(channel, _NAME), _PORTAL, "首页 政务公开 政务服务 互动交流", crumb, _NAME, _NEWS_META,
                   channel, _NAME, *_NEWS_BODY, *_NEWS_FOOT]):
        kept = keeps(lines)
        at = lines.index(channel, 4)
        assert not kept[at] and kept[at + 1], lines[at]


@pytest.mark.parametrize(("item", "short"), [
    ("政策 解读", "政策解读"), ("政策解读", "政策 解读"), ("“政策解读”", "政策解读"), ("部门 动态", "部门动态"),
    ("政策问答(12)", "政策问答（12）"),
])
def test_a_breadcrumbs_item_over_the_headline_matches_spaced_or_quoted(item: str, short: str) -> None:
    """The breadcrumb's item and the short line over the headline compared normalised on both sides (blanks and
    punctuation apart: FXR1, review of int42 #4: a spaced or quoted item was no menu's item, the channel's name kept
    as the headline's first line); the title joins the name and the headline, no tag; the headline stays."""
    lines = [f"{_joined(short)}{_NAME}_某市人民政府", _PORTAL, "首页 政务公开 政务服务 互动交流",
             f"当前位置：首页 > 政务公开 > {item}", short, _NAME, _NEWS_META, *_NEWS_BODY, *_NEWS_FOOT]
    kept = keeps(lines)
    assert kept[3:6] == [False, False, True]


def _joined(s: str) -> str:
    """*s* as the title joins it: blanks and brackets out."""
    return "".join(c for c in s if c.isalnum())


@pytest.mark.parametrize("title", ["一图读懂 某市2027年十件民生实事_政策图解_某市人民政府",
                                   "【图解】一图读懂某市2027年十件民生实事_政策图解_某市人民政府"])
def test_a_kicker_that_is_no_channels_name_stays(title: str) -> None:
    """Look-alike: the picture's own first line (一图读懂) under the metadata line, the title holding it apart by a
    blank or after another tag (【图解】), no menu or breadcrumb naming it: the headline's, kept."""
    lines = [title, *_HEAD, _META, "一图读懂", "某市2027年十件民生实事", *_BODY, *_TAIL]
    kept = keeps(lines)
    at = lines.index("一图读懂")
    assert kept[at] and kept[at + 1]


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


@pytest.mark.parametrize("label", ["文号", "发文字号", "文　号", "文 号"])
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


@pytest.mark.parametrize("key", ["文号", "发文字号"])
@pytest.mark.parametrize("gap", ["", " ", "　", "  "])
def test_a_spaced_key_over_the_number_goes(key: str, gap: str) -> None:
    """However the key's characters are set apart (文号, 文 号, 文　号, 发 文字号), the cell and the number under it go."""
    label = key[:1] + gap + key[1:]
    _, kept, at = _gongkai_page(label)
    assert not kept[at] and not kept[at + 1]


@pytest.mark.parametrize("key", ["名称", "标题", "主题分类"])
def test_another_key_alone_over_a_number_is_no_number_label(key: str) -> None:
    """Look-alike: a key of the record table that names no 发文字号 (名称 or 标题, which also head a repeal table's
    column over its numbers; 主题分类) over a number makes it no table's value: the number and the line over it are
    read as before the number keys were (a 公文's head, kept)."""
    _, kept, at = _gongkai_page(key)
    assert kept[at] and kept[at + 1]
