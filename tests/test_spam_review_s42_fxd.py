"""Classes of content loss a review of session 42's held-out pages 821-832 found (the same before them): a
download box the page put between a notice's text and its closing (相关附件 over a file's name) read as a related
block that ran on over the signature and its date; a paragraph under a byline row with an empty view counter and
its count inside the text cut off as an island; a notice's own attachments under a plain 附件： right under its date
dropped as page chrome when their names carry a size or a download count. Each line is our own invented text;
the look-alikes stay as before."""

from __future__ import annotations

import pytest

from govtext.spam import classify_lines
from page_common import keeps

HEAD = ["关于做好冬季防火工作的通知-某县教育局", "某县教育局", "首页", "机构概况", "政务公开", "通知公告", "办事服务",
        "当前位置：首页 > 通知公告", "关于做好冬季防火工作的通知", "发布时间：2026-12-03 点击数：118"]
BODY = ["各乡镇中心学校，县直各学校：", "冬季天干物燥，为切实做好校园防火工作，现将有关事项通知如下。",
        "各校于2027年1月8日前将自查情况报送县教育局安全股。"]
FOOT = ["网站地图 | 联系我们", "主办：某县教育局 备案号：黔ICP备08012345号-1"]
SIGNS = [["某县教育局", "2026年12月3日"], ["某某县人民政府办公室", "2026年11月28日"], ["某市第一中学", "二〇二六年十二月一日"]]


def _verdicts(lines: list[str]) -> list[tuple[str | None, bool]]:
    return [(v.rule, v.keep) for v in classify_lines("\n".join(lines), page=False)]


@pytest.mark.parametrize("header", ["相关附件：", "相关附件", "相关下载：", "【相关附件】"])
@pytest.mark.parametrize("files", [
    ["冬季防火安全自查表.xlsx（下载次数：387）"],
    ["冬季防火安全自查表.xlsx（18 KB）", "致家长的一封信.docx（22 KB）"],
    ["自查表.doc"],
])
@pytest.mark.parametrize("sign", SIGNS)
def test_a_download_box_over_the_signature_leaves_the_closing(header: str, files: list[str], sign: list[str]) -> None:
    """A download box between the notice's text and its signature over its date is the notice's own list of
    attachments: the box, its files, the signature and the date stay (before, all of them went as a related
    block's link titles); the footer goes."""
    lines = [*HEAD, *BODY, header, *files, *sign, *FOOT]
    kept = keeps(lines)
    assert all(kept[len(HEAD):len(lines) - len(FOOT)]), lines
    assert not any(kept[-len(FOOT):])


@pytest.mark.parametrize("sign", SIGNS)
@pytest.mark.parametrize("links", [["某县召开安全工作会议"], ["某县开展消防演练活动", "某校举办防火知识讲座"]])
def test_a_related_block_ends_at_a_signature_over_its_date(sign: list[str], links: list[str]) -> None:
    """Read line by line, a related block over a signature and its date ends at the signature: a name over a
    date alone is no link title (the links above it go)."""
    v = _verdicts([*BODY, "相关链接：", *links, *sign])
    assert [k for _, k in v[len(BODY):len(BODY) + 1 + len(links)]] == [False] * (1 + len(links))
    assert v[-2:] == [(None, True), (None, True)]


@pytest.mark.parametrize("dates", [
    ["2026年12月1日", "2026年11月28日"],
    ["2026年12月01日", "2026年11月20日"],
])
def test_a_related_list_of_dated_headlines_still_goes(dates: list[str]) -> None:
    """A related list of headlines each over its date alone is no signature: the block runs on over all of it."""
    items = ["某县召开教育工作会", dates[0], "某校举办新年音乐会", dates[1]]
    v = _verdicts([*BODY, "相关阅读", *items])
    assert not any(k for _, k in v[len(BODY):]), v
    kept = keeps([*HEAD, *BODY, "相关阅读", *items, *FOOT])
    assert all(kept[len(HEAD):len(HEAD) + len(BODY)]) and not any(kept[len(HEAD) + len(BODY):])


@pytest.mark.parametrize("box", [
    ["相关附件：", "冬季防火安全自查表.xlsx（下载次数：387）"],
    ["相关阅读", "某县开展消防演练活动", "某校举办防火知识讲座"],
    ["相关下载：", "自查表.doc", "致家长的一封信.docx"],
])
@pytest.mark.parametrize("sign", SIGNS)
def test_a_box_under_the_signature_still_goes(box: list[str], sign: list[str]) -> None:
    """A related or download box under the notice's date is the page's: it goes; the notice stays whole."""
    lines = [*HEAD, *BODY, *sign, *box, *FOOT]
    kept = keeps(lines)
    n = len(HEAD) + len(BODY) + len(sign)
    assert all(kept[len(HEAD):n]) and not any(kept[n:]), lines


@pytest.mark.parametrize("under", [["网站地图", "2026年12月3日"], ["某县召开安全工作会议", "2026-12-03"]])
def test_a_download_box_over_no_signature_still_goes(under: list[str]) -> None:
    """A download box over no name over a date alone (a footer's line, a headline over a date in figures) is a
    related block as before."""
    v = _verdicts([*BODY, "相关附件：", "自查表.doc", *under])
    assert v[len(BODY)] == ("related", False) and v[len(BODY) + 1] == ("related", False)


NEWS = ["某校读书月活动圆满结束-某市实验中学", "某市实验中学", "首页", "学校概况", "校园新闻", "教学科研", "招生信息",
        "当前位置：首页 > 校园新闻", "某校读书月活动圆满结束"]
LEDE = "11月，我校开展了以“书香校园”为主题的读书月活动，各班级通过晨读、读书分享会等形式推进阅读。"
MORE = "本次活动历时一个月，全校师生踊跃参与，共收到读书笔记1200余份。"
CLOSE = ["活动期间共评选出读书之星36名。", "学校将把读书月的好做法固定下来，让阅读成为师生的习惯。",
         "下一步，各年级将继续组织好每周一次的班级读书会。"]
BYLINES = [
    ["作者：初二（3）班 阅读人次：", "1,208"],
    ["来源：校团委 浏览次数：", "386"],
    ["作者：初一年级组 点击数：57"],
    ["来源：教务处"],
    ["撰稿：语文组 审核：某某"],
]


BYLINES_WIDGET = [["作者：初二（3）班", "阅读人次：1,208"], ["来源：校团委", "浏览次数 386"]]  # the counter the widget rule's
EXCLAIM = ["同学们在阅读中收获了知识，也收获了快乐！", "你今天读书了吗？"]


@pytest.mark.parametrize("byline", BYLINES + BYLINES_WIDGET)
@pytest.mark.parametrize("close", [CLOSE[:2], CLOSE[1:], [CLOSE[0], EXCLAIM[0]], EXCLAIM])
def test_a_paragraph_under_a_byline_inside_the_text_stays(byline: list[str], close: list[str]) -> None:
    """A byline row (with its count under it, or none) between paragraphs of the text, the text going on under it
    (two sentences, 。 or ！？), is the page's metadata, but the paragraphs under it are the article's: they stay
    (before, they went as an island: the rows split the region)."""
    lines = [*NEWS, "发布时间：2026-12-04", LEDE, MORE, *byline, *close, *FOOT]
    kept = keeps(lines)
    text = [i for i, s in enumerate(lines) if s in (LEDE, MORE, *close)]
    assert all(kept[i] for i in text), lines
    assert not any(kept[i] for i, s in enumerate(lines) if s in byline)


@pytest.mark.parametrize("byline", [*(b for b in BYLINES if b != ["来源：教务处"]), ["责任编辑：王某"], ["编辑：李某 来源：校办"],
                                    ["来源：校办 责任编辑：张某"]])
@pytest.mark.parametrize("under", [
    ["温馨提示：本网站部分信息来源于网络，如有侵权请联系我们，我们将及时处理。"],
    ["上期回顾：上周，我校举行了秋季田径运动会，全校20个班级参加了比赛。", "查看更多"],
    ["这次活动办得真好，孩子回家天天读书。", "网友评论"],
    ["欢迎广大师生踊跃投稿！", "友情链接"],
])
def test_one_sentence_under_a_byline_over_chrome_still_goes(byline: list[str], under: list[str]) -> None:
    """A byline under the text's last paragraph over one sentence and chrome (a site's notice, a teaser over its
    more link, a reader's comment over its box): the text does not go on under the byline, the sentence is no
    article's and goes as before the bylines inside the text (session 42). (A lone source row, 来源：教务处, is a
    source note the page reading grew over before them: not this class.)"""
    lines = [*NEWS, "发布时间：2026-12-04", LEDE, MORE, *byline, *under, *FOOT]
    kept = keeps(lines)
    assert kept[lines.index(LEDE)] and kept[lines.index(MORE)], lines
    assert not kept[lines.index(under[0])], lines


@pytest.mark.parametrize("editor", ["责任编辑：王某", "编辑：李某", "来源：校办 责任编辑：张某"])
def test_an_editor_row_is_no_byline_inside(editor: str) -> None:
    """An editor's row ends an article: even with the text's sentences under it, it is not read inside."""
    assert _inside([MORE, editor, *CLOSE[:2]]) == []


@pytest.mark.parametrize("byline", BYLINES)
def test_a_paragraph_above_a_byline_inside_the_text_stays(byline: list[str]) -> None:
    """The first paragraph under the date row, above a byline that stands over the rest of the text, stays too,
    on a page whose title names no headline (before, with the row and its count, the side of the split the
    region did not hold went as an island)."""
    lines = [*HEAD[:8], "某校读书月活动总结", "发布时间：2026-12-04", LEDE, *byline, CLOSE[0], MORE, *FOOT]
    kept = keeps(lines)
    assert all(kept[i] for i, s in enumerate(lines) if s in (LEDE, MORE, CLOSE[0])), lines


@pytest.mark.parametrize("byline", BYLINES[:2])
@pytest.mark.parametrize("after", [
    ["相关阅读", "某校举办新年音乐会", "某校开展消防演练活动"],
    ["上一篇：某校召开家长会", "下一篇：某校举行冬季运动会"],
])
def test_what_follows_a_byline_under_the_text_still_goes(byline: list[str], after: list[str]) -> None:
    """A byline under the text's last paragraph, then a related box or the previous/next links: those go as
    before; the text stays."""
    lines = [*NEWS, "发布时间：2026-12-04", LEDE, MORE, *byline, *after, *FOOT]
    kept = keeps(lines)
    n = len(NEWS) + 3
    assert kept[n - 2] and kept[n - 1] and not any(kept[n:]), lines


def _inside(lines: list[str]) -> list[int]:
    from govtext.spam import _bylines_inside

    verdicts = classify_lines("\n".join(lines), page=False)
    return _bylines_inside(lines, verdicts, [i for i, v in enumerate(verdicts) if v.rule == "metadata"])


@pytest.mark.parametrize("byline", BYLINES + BYLINES_WIDGET)
def test_a_byline_between_sentences_is_inside(byline: list[str]) -> None:
    assert _inside([MORE, *byline, *CLOSE[:2]]) == list(range(1, 1 + len(byline)))


@pytest.mark.parametrize("lines", [
    [MORE, "发布时间：2026-12-04 作者：某某", CLOSE[0]],               # a dated row may head another item
    [MORE, "作者：初二（3）班 阅读人次：", "1,208", "来源：校团委", CLOSE[0]],  # more rows than a byline's
    [MORE, "作者：初二（3）班 阅读人次：", "1,208", "某校举办新年音乐会"],        # no sentence under it
    ["某校举办新年音乐会", "来源：校团委", *CLOSE[:2]],                      # no sentence over it
    [MORE, "来源：校团委", CLOSE[0], "查看更多"],                             # one sentence under it, then chrome
    [MORE, "来源：校团委", CLOSE[0]],                                       # one sentence under it, then nothing
])
def test_other_rows_are_not_read_inside(lines: list[str]) -> None:
    assert _inside(lines) == []


REFERS = [
    "请各校认真填写统计表（见附件），于2027年1月8日前报送县教育局安全股。",
    "具体要求详见附件。",
]
FILES = [
    ["冬季防火安全自查表.xlsx（下载次数：387）"],
    ["冬季防火安全自查表.xlsx（18 KB）", "致家长的一封信.docx（22 KB）"],
    ["冬季防火安全自查表.xlsx"],
]


@pytest.mark.parametrize("body", [BODY, [*BODY[:2], REFERS[0]], [*BODY[:2], REFERS[1]]])
@pytest.mark.parametrize("files", FILES)
@pytest.mark.parametrize("sign", SIGNS[:2])
def test_unnumbered_files_under_a_bare_label_under_the_date_go_alike(body: list[str], files: list[str], sign: list[str]) -> None:
    """附件： right under the notice's date over unnumbered files' names up to the page's chrome is the page's
    download box (session 34's class), whether the names are bare or carry a size or a download count, and
    whether the text names its attachments (见附件) or not: the labelled held-out page of the kind (a 公示 whose text
    says 完整名单见附件) marks the label page chrome and the file either. The size or the count changes nothing
    (the review read them as the cause); the notice stays whole."""
    lines = [*HEAD, *body, *sign, "附件：", *files, *FOOT]
    kept = keeps(lines)
    n = len(HEAD) + len(body) + len(sign)
    assert all(kept[len(HEAD):n]) and not any(kept[n:]), lines


@pytest.mark.parametrize("files", [
    ["1.冬季防火安全自查表.xlsx（下载次数：387）"],
    ["1.冬季防火安全自查表.xlsx（18 KB）", "2.致家长的一封信.docx（22 KB）"],
])
def test_numbered_files_under_a_bare_label_under_the_date_stay(files: list[str]) -> None:
    """Numbered, the files under 附件： below the date are the notice's own list: they stay with its label."""
    lines = [*HEAD, *BODY, *SIGNS[0], "附件：", *files, *FOOT]
    kept = keeps(lines)
    assert all(kept[len(HEAD):len(lines) - len(FOOT)]) and not any(kept[-len(FOOT):]), lines


# Review of FXD42's fixes (FXE42): the page reading keeps a notice's closing under a box after its text; wider
# signatures; a box under the notice's own closing stays the page's.

TEXT = ["各区县教育局，市直各学校：", "寒假将至，为确保师生度过一个安全祥和的假期，现就有关事项通知如下。",
        "请各校于12月20日前完成安全隐患排查，并将情况统计表报市教育局。"]
BOXES = [
    ["相关链接：", "某县召开安全工作会议"],
    ["相关链接", "某县召开安全工作会议", "某市部署冬季校园安全工作"],
    ["相关文件：", "寒假安全工作情况统计表.xlsx（下载次数：387）"],
    ["相关文档", "寒假安全工作情况统计表.docx"],
    ["相关附件：", "寒假安全工作情况统计表"],
]
CLOSINGS = [
    ["某某县人民政府办公室", "2026年11月28日"],
    ["某市第14中学", "2026年12月4日"],
    ["某县教育体育局（印）", "2026年12月4日"],
    ["某市教育局 办公室", "2026年12月4日"],
    ["某市教育局", "某市财政局", "2026年12月4日"],
]


@pytest.mark.parametrize("box", BOXES)
@pytest.mark.parametrize("closing", CLOSINGS)
def test_the_closing_under_a_box_after_the_text_stays_on_a_page(box: list[str], closing: list[str]) -> None:
    """On a whole page, a related or download box between the notice's text and its closing: the text and the
    closing (a signature, or two joint bodies', over its date) stay, the header and its links or files' names go
    unless they are files over the closing (the notice's attachments); the footer goes. Before, the signature and
    the date went as a run of short lines after the article."""
    lines = [*HEAD, *TEXT, *box, *closing, *FOOT]
    kept = keeps(lines)
    n = len(HEAD)
    assert all(kept[n:n + len(TEXT)]), lines
    assert all(kept[len(lines) - len(FOOT) - len(closing):len(lines) - len(FOOT)]), lines
    assert not any(kept[len(lines) - len(FOOT):]), lines
    if "." not in box[1]:
        assert not kept[n + len(TEXT)] and not kept[n + len(TEXT) + 1], lines


@pytest.mark.parametrize("closing", CLOSINGS)
def test_wider_signatures_end_a_box(closing: list[str]) -> None:
    """A digit, a seal's mark, one blank inside, two joint bodies over one date: a signature the box ends at."""
    from govtext.spam import Related

    lines = ["相关链接：", "某县召开安全工作会议", *closing, "网站地图"]
    assert Related.closing(lines, 2) == list(range(2, 2 + len(closing)))


@pytest.mark.parametrize("lines", [
    ["相关链接：", "某县召开安全工作会议", "2026年12月1日", "某县教育局", "2026年11月28日"],  # dated titles: a list
    ["相关链接：", "某县教育局", "某县财政局", "某县民政局", "2026年11月28日"],                # three bodies: not read
    ["相关链接：", "网站地图", "2026年11月28日"],                                       # no body's name
    ["相关链接：", "某县教育局。", "2026年11月28日"],                                    # a sentence's mark
    ["相关链接：", "某县  教育  局", "2026年11月28日"],                                   # blanks, not one
])
def test_other_lines_over_a_date_are_no_closing(lines: list[str]) -> None:
    from govtext.spam import Related

    assert Related.closing(lines, 1) == [] and Related.closing(lines, 2) == []


@pytest.mark.parametrize("box", [["相关下载", "报名表.doc"], ["相关链接：", "某县召开安全工作会议"]])
@pytest.mark.parametrize("other", [["某市教育局", "2026年12月1日"], ["某市第14中学", "2026年11月30日"]])
def test_a_box_under_the_notices_own_closing_still_goes(box: list[str], other: list[str]) -> None:
    """A box under the notice's own closing is the page's, even when it ends on another signature over its date:
    the notice's closing stays, the box and what it ends on go with the sidebar under it."""
    lines = [*HEAD, *BODY, "某县教育局", "2026年12月3日", *box, *other, "热点新闻", "我县举办教师培训班", "某校开展防火演练", *FOOT]
    kept = keeps(lines)
    n = len(HEAD) + len(BODY)
    assert all(kept[len(HEAD):n + 2]), lines
    assert not any(kept[n + 2:]), lines


def test_a_box_of_more_files_than_a_notices_list_still_goes() -> None:
    """More files than ``closing_files_max`` under the box: a site's download list, not read as the notice's
    attachments; the page reading leaves it as before (its closing under it too: not read)."""
    from govtext.spam import Related

    files = [f"统计表{i}.xlsx（18 KB）" for i in range(Related.closing_files_max + 1)]
    lines = [*HEAD, *TEXT, "相关附件：", *files, "某市教育局", "2026年12月4日", *FOOT]
    kept = keeps(lines)
    assert all(kept[len(HEAD):len(HEAD) + len(TEXT)]) and not any(kept[len(HEAD) + len(TEXT):]), lines
