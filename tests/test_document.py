"""Tests for govtext.document: the elements of an official document (公文)."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from govtext import clean, document
from govtext.document import DocDate, DocNumber, Element, Secrecy, element_lines, parse_document

from strategies import any_text, mixed_text

FULL = (
    "000123\n机密★1年\n特急\n"
    "江西省人民政府文件\n"
    "赣府发〔2023〕12号　　　　签发人：张明\n"
    "江西省人民政府关于做好\n2023年春耕生产工作的通知\n"
    "各市、县人民政府，省政府各部门：\n"
    "为做好春耕生产，现通知如下。\n一、提高认识\n要高度重视。\n二、加强保障\n落实资金。\n"
    "附件：1．春耕生产任务分解表\n　　　2．有关情况说明\n"
    "　　　　江西省人民政府\n　　　　2023年2月1日\n（此件公开发布）\n"
    "抄送：省委各部门，省人大常委会办公厅。\n"
    "江西省人民政府办公厅　　　2023年2月2日印发\n"
)


def cut(text: str, e: Element) -> str:
    assert e.start is not None and e.end is not None
    return text[e.start : e.end]


def test_every_element_of_a_full_gb9704_layout():
    d = parse_document(FULL)
    assert d.issuer_mark.text == "江西省人民政府文件"
    assert isinstance(d.doc_number, DocNumber)
    assert (d.doc_number.text, d.doc_number.issuer_code, d.doc_number.year, d.doc_number.serial) == (
        "赣府发〔2023〕12号", "赣府发", 2023, 12)
    assert d.signer.text == "张明"
    assert d.title.text == "江西省人民政府关于做好2023年春耕生产工作的通知"
    assert d.title.lines == (6, 7)
    assert d.addressees.text == "各市、县人民政府，省政府各部门"
    assert [a.text for a in d.attachments] == ["春耕生产任务分解表", "有关情况说明"]
    assert d.signature.text == "江西省人民政府" and d.signature.lines == (16,)
    assert isinstance(d.date, DocDate) and d.date.iso == "2023-02-01"
    assert [n.text for n in d.notes] == ["（此件公开发布）"]
    assert d.cc.text == "省委各部门，省人大常委会办公厅"
    assert d.printed_by.text == "江西省人民政府办公厅" and d.print_date.iso == "2023-02-02"
    assert d.issuers == ["江西省人民政府"]
    assert [s.marker for s in d.body.walk()] == ["一、", "二、"]
    # every span cuts out what the element says (the title is joined over its lines)
    for e in (d.issuer_mark, d.doc_number, d.signer, d.addressees, d.signature, d.date, d.cc,
              d.printed_by, d.print_date, *d.attachments, *d.notes):
        assert cut(FULL, e) == e.text
    assert cut(FULL, d.title).replace("\n", "") == d.title.text


@pytest.mark.parametrize(
    ("line", "code", "year", "serial"),
    [
        ("国发〔2019〕5号", "国发", 2019, 5),
        ("国办发明电〔2018〕15号", "国办发明电", 2018, 15),
        ("教基[2020]3号", "教基", 2020, 3),
        ("京政发（2021）第7号", "京政发", 2021, 7),
        ("粤府函【2022】108号", "粤府函", 2022, 108),
        ("国令第707号", "国令", None, 707),
        ("〔2024〕6号", None, 2024, 6),  # a 纪要's number: no code
        ("某某总局公告2023年第11号", "某某总局公告", 2023, 11),  # numbered by year
    ],
)
def test_doc_number_bracket_variants(line, code, year, serial):
    d = parse_document(f"关于加强管理的通知\n{line}\n各单位：\n内容。\n")
    assert (d.doc_number.issuer_code, d.doc_number.year, d.doc_number.serial) == (code, year, serial)
    assert d.title.text == "关于加强管理的通知"
    assert d.addressees.text == "各单位"


def test_decree_title_is_the_regulation_under_the_signature():
    t = ("中华人民共和国国务院令\n第707号\n现公布修订后的《实施条例》，自2019年1月1日起施行。\n"
         "总理　　李克强\n2018年12月18日\n中华人民共和国个人所得税法实施条例\n第一条　为了规范。\n")
    d = parse_document(t)
    assert d.issuer_mark.text == "中华人民共和国国务院令"
    assert (d.doc_number.issuer_code, d.doc_number.serial) == (None, 707)
    assert d.addressees is None
    assert d.signature.text == "总理　　李克强"
    assert d.date.iso == "2018-12-18"
    assert d.title.text == "中华人民共和国个人所得税法实施条例" and d.title.lines == (6,)
    assert d.issuers == ["国务院"]


def test_chinese_dates_and_joint_signatures():
    t = ("国务院办公厅、中央军委办公厅关于加强管理工作的通知\n国办发〔1996〕25号\n北京市人民政府：\n"
         "请认真执行。\n国务院办公厅　中央军委办公厅\n一九九六年六月二十九日\n")
    d = parse_document(t)
    assert d.date.iso == "1996-06-29" and d.date.text == "一九九六年六月二十九日"
    assert d.issuers == ["国务院办公厅", "中央军委办公厅"]
    t2 = t.replace("二〇", "").replace("一九九六年六月二十九日", "二〇〇四年十一月四日")
    assert parse_document(t2).date.iso == "2004-11-04"


def test_portal_table_key_value_and_one_cell_per_line():
    body = "国务院关于加强监管的意见\n国发〔2019〕5号\n各省人民政府：\n正文。\n国务院\n2019年1月27日\n"
    inline = ("索引号：000014349/2019-00007　主题分类：市场监管\n发文机关：国务院　成文日期：2019年01月27日\n"
              "发布日期：2019年02月15日\n")
    cells = "索引号：\n000014349/2019-00007\n主题分类：\n市场监管\n发布日期：\n2019年02月15日\n"
    for head in (inline, cells):
        t = head + body
        d = parse_document(t)
        assert d.portal["index_number"].text == "000014349/2019-00007"
        assert cut(t, d.portal["index_number"]) == "000014349/2019-00007"
        assert d.portal["subject"].text == "市场监管"
        assert d.portal["publish_date"].iso == "2019-02-15"
        assert d.title.text == "国务院关于加强监管的意见"  # the table is not taken for the title
        assert d.date.iso == "2019-01-27"


def test_clean_reports_portal_fields_that_drop_spam_removed():
    t = ("索引号：000014349/2019-00007\n成文日期：2019年01月27日\n发布日期：2019年02月15日\n"
         "国务院关于加强监管的意见\n国发〔2019〕5号\n各省人民政府：\n正文要认真落实。\n国务院\n2019年1月27日\n")
    r = clean(t)
    assert r.document is not None
    assert r.document.portal["publish_date"].iso == "2019-02-15"
    assert r.document.portal["index_number"].text == "000014349/2019-00007"
    assert r.document.doc_number.text == "国发〔2019〕5号"
    assert r.to_dict()["document"]["date"]["iso"] == "2019-01-27"
    from govtext import Config
    assert clean(t, Config(document=False)).document is None


@pytest.mark.parametrize(
    "text",
    [
        "各位代表：\n现在，我代表国务院，向大会报告政府工作。\n",
        "字号: [大] [中] [小] [打印]\n2012年6月24日\n新闻正文。\n",
        "2026年政府工作报告\n您的位置：首页\n",
        "第十二届全国人民代表大会第四次会议听取和审议了国务院总理所作的\n政府工作报告\n。会议高度评价。\n",
        "",
    ],
)
def test_nothing_is_guessed_on_pages_that_are_not_official_documents(text):
    d = parse_document(text)
    assert (d.doc_number, d.addressees, d.signature, d.date) == (None,) * 4
    assert d.title is None or d.title.text == "2026年政府工作报告"  # a report's own title


def test_bad_input():
    with pytest.raises(TypeError):
        parse_document(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_document(b"abc")  # type: ignore[arg-type]


def _elements(d):
    singles = [d.title, d.doc_number, d.issuer_mark, d.signer, d.addressees, d.signature, d.date,
               d.cc, d.printed_by, d.print_date, *d.portal.values()]
    return [e for e in singles if e is not None] + d.attachments + d.notes


@given(st.one_of(any_text, mixed_text, st.builds(lambda a, b: a + FULL + b, mixed_text, mixed_text)))
def test_spans_lie_inside_the_text_and_hold_the_value(text):
    d = parse_document(text)
    assert d.body is not None and d.body.to_text() == text
    for e in _elements(d):
        assert e.start is not None and 0 <= e.start <= e.end <= len(text)
        span = "".join(line.strip(" \t\r\u3000\xa0\ufeff\u200b#") for line in text[e.start : e.end].split("\n"))
        assert e.text.replace("\n", "") in span or e is d.title
        assert all(1 <= n <= text.count("\n") + 1 for n in e.lines)
    assert parse_document(text).to_dict() == d.to_dict()  # deterministic


@given(mixed_text)
def test_full_document_survives_noise_after_it(tail):
    d = parse_document(FULL + tail)
    assert d.doc_number.text == "赣府发〔2023〕12号"
    assert d.title.text.endswith("通知")


def test_breadcrumbs_and_page_titles_are_not_titles():
    assert parse_document("首页 > 通知公告\n一、总则\n").title is None
    t = "在线视频_最新网址\n您当前的位置：首页 > 正文\n市教育局关于做好安全工作的通知\n各校：\n请落实。\n市教育局\n2024年7月5日\n"
    d = parse_document(t)
    assert d.title.text == "市教育局关于做好安全工作的通知" and d.title.lines == (3,)


def test_element_lines_only_for_clear_official_documents():
    from govtext.document import element_lines

    assert element_lines(FULL) >= {3, 4, 5, 6, 7, 15, 16, 17}
    assert element_lines("首页 > 通知公告\n一、总则\n") == set()
    assert element_lines("关于放假的通知\n正文。\n") == set()  # a title alone is not enough


def test_signature_and_date_on_one_line_and_bracketed_title_suffix():
    t = ("教育部关于印发《中小学管理办法（试行）》的通知\n教基〔2020〕3号\n各省教育厅：\n请遵照执行。\n"
         "附件：中小学管理办法（试行）\n教育部　　2020年3月1日\n（此件公开发布）\n")
    d = parse_document(t)
    assert d.title.text == "教育部关于印发《中小学管理办法（试行）》的通知"
    assert d.signature.text == "教育部" and cut(t, d.signature) == "教育部"
    assert d.date.iso == "2020-03-01" and cut(t, d.date) == "2020年3月1日"
    assert [a.text for a in d.attachments] == ["中小学管理办法（试行）"]
    assert [n.text for n in d.notes] == ["（此件公开发布）"]
    assert parse_document("中小学管理办法（试行）\n第一条 为了规范。\n").title.text == "中小学管理办法（试行）"


_PIECES = [
    "", "", "　", "#", "签发人：张三", "国务院文件", "国发〔2019〕5号", "关于做好工作的通知", "各省：",
    "索引号：000014349/2019-00012", "发布日期：2019年1月28日", "主题分类", "财政", "正文一段。",
    "国务院", "2019年1月27日", "2019年1月27日　#", "国务院办公厅　2019年1月27日", "（此件公开发布）", "抄送：各部委。",
    "国务院办公厅　2019年1月28日印发", "附件：1.表", "2.说明", "第一条　为了规范。", "一、总体要求",
    "关于做好工作的通知（国发〔2019〕5号）", "关于做好工作的通知　国发〔2019〕5号", "〔2019〕4号", "某部令", "2019年第3号",
    "四川省某某厅", "发文字号：", "某某总局公告", "某 某 厅　　某 某 局", "各市（州）人民政府，省政府各部门、各直属",
    "机构：", "2019-01-27", "2019.1.27　#", "某某新闻 2019-01-27", "国务院　2019-01-27", "某某新闻2019年1月27日", "近日",
    "某某市人民政府令　第三十一号", "某某市人民政府令", "第三十一号", "某某市物业管理办法",
]


def _read_whole(text: str) -> tuple[dict, set[int]]:
    """parse_document and element_lines with every line read and the tail always looked at."""
    import re

    from govtext import document

    saved = document._HEAD_LINES, document._PORTAL_LINES, document._has_date_end, document._portal_line_re
    try:
        document._HEAD_LINES = document._PORTAL_LINES = 10**6
        document._has_date_end = lambda text: True  # always on
        document._portal_line_re = lambda: re.compile("")
        return parse_document(text).to_dict(), document.element_lines(text)
    finally:
        document._HEAD_LINES, document._PORTAL_LINES, document._has_date_end, document._portal_line_re = saved


@given(st.lists(st.sampled_from(_PIECES), max_size=300), st.integers(0, 60))
@example(["某某市人民政府令　第三十一号", "某某市物业管理办法"], 0)
@example(["某某市人民政府令", "第三十一号", "近日"], 0)
def test_reading_the_head_only_reads_as_the_whole_text(pieces, k):
    """The elements read from the first lines (the tail only where a line is a date, or a
    signature and a date: :func:`govtext.document._has_date_end`) are those read from every
    line with the tail always read."""
    from govtext.document import element_lines

    text = "\n".join(["签发人：张三"] * k + pieces)
    assert _read_whole(text) == (parse_document(text).to_dict(), element_lines(text))


#: Dates as 公文 and pages write them, well formed or not (the gates must read each as the tail does).
_GATE_DATES = [
    "2019年1月27日", "二〇一九年一月二十七日", "二○一九年一月二十七日", "二零一九年一月二十七日", "2019-01-27", "2019.1.27",
    "2019/1/27", "2019年01月07日", "２０１９年１月２７日", "2 0 1 9 年 1 月 2 7 日", "二 〇 一 九 年 一 月 二 十 七 日",
    "2019 年 1 月 27 日", "（2019年1月27日）", "2019年1月27日印发", "2019年1月", "2019-1-27", "1999年12月31日",
    "2019年1月27日（星期日）", "2019年13月27日", "2019-13-45", "2019年1月27号", "二〇一九年元月二十七日",
]
_GATE_ORGANS = ["国务院", "国务院办公厅", "某某市人民政府", "某某市教育局", "某某大学", "某某省财政厅　某某省教育厅"]
_GATE_LINES = [
    "国务院文件", "某某市人民政府令", "某某市财政局　某某市教育局　文件", "某某市人民政府令　第31号", "某某市人民政府令　第三十一号",
    "第三十一号", "第 31 号", "国发〔2019〕5号", "国发[2019]5号", "国发（2019）5号", "国发【2019】5号", "国发〔2019〕第5号",
    "国发〔2〇19〕5号", "〔2019〕4号", "国发﹝2019﹞5号", "国家税务总局公告2019年第5号", "交通运输部令第5号", "签发人：张三",
    "特急", "关于做好工作的通知", "某某市物业管理办法", "某某会议纪要", "关于某事的请示", "各省：", "正文一段。", "第一条　为了规范。",
    "会议时间：2019年1月27日", "特此通知。", "附件：1.表", "市长　张三", "（此件公开发布）", "抄送：各部委。", "抄送：",
    "某某办公室　　2019年1月28日印发", "— 3 —", "索引号：000014349/2019-00012", "发布日期：2019年1月28日", "某某新闻 2019-01-27",
    "会议于2019年1月27日召开。", "相关阅读", "", "#", "某某县人民政府公告", "关于某某路段封闭施工的通告", "第5号", "第五号",
    "2019年第5号", "联系人：陈晓", "联系电话：0571-12345678", "经县人民政府研究，决定：",
]
_GATE_NUMBERS = ["国发〔2019〕5号", "〔2019〕4号", "国发〔2019〕第5号", "第5号", "第 5 号", "第五号", "2019年第5号", "某某部令第5号",
                 "某某总局公告2019年第5号", "国发[2019]5号"]
_GATE_NUMBER_BEFORE = ["", "", "某某公报 > ", "关于做好工作的通知", "关于做好工作的通知（", "关于做好工作的通知　", "某某市人民政府令　",
                       "000086　机密★1年　", "2005年1月10日　", "某某新闻 ", "签发人：张三　", "（", "某某县人民政府公告"]
_GATE_NUMBER_AFTER = ["", "", "）", "　签发人：张三", "签发人：张三", "公布", "　发布", "红通", " 国务院", "　#", "印发"]
_gate_line = st.one_of(
    st.sampled_from(_GATE_DATES),
    st.sampled_from(_GATE_LINES + _GATE_ORGANS),
    st.builds("".join, st.tuples(st.sampled_from(_GATE_ORGANS), st.sampled_from(["", " ", "　", "　　"]),
                                 st.sampled_from(_GATE_DATES))),
    st.builds("".join, st.tuples(st.sampled_from(["现予公布，自", "会议于", "近日"]), st.sampled_from(_GATE_DATES),
                                 st.sampled_from(["", "起施行。", "召开", "印发"]))),
    # doc numbers and serials where a line may or may not read as one (:func:`_doc_number_line`)
    st.builds("".join, st.tuples(st.sampled_from(_GATE_NUMBER_BEFORE), st.sampled_from(_GATE_NUMBERS),
                                 st.sampled_from(_GATE_NUMBER_AFTER))),
)
_gate_blank = st.sampled_from(["", "", "", " ", "\t", "\u3000", "\xa0", "\r", "#", "\ufeff", "\u200b"])


@given(st.lists(st.builds("".join, st.tuples(_gate_blank, _gate_line, _gate_blank)), max_size=40),
       st.integers(0, 45), st.sampled_from(["", "\n"]))
@example(["某某市人民政府令　第三十一号", "某某市物业管理办法"], 0, "")
def test_element_lines_gates_skip_no_text_with_elements(lines, k, end):
    """element_lines' cheap tests (a doc number's serial, :func:`govtext.document._has_date_end`)
    and the tail's read the same as with the date test off: dates in every form, alone on a
    line, after an organ, inside a sentence; blanks around the lines; past the head's lines."""
    from govtext import document

    text = "\n".join(["签发人：张三"] * k + lines) + end
    gated = parse_document(text).to_dict(), element_lines(text)
    saved = document._has_date_end
    try:
        document._has_date_end = lambda text: True
        assert gated == (parse_document(text).to_dict(), element_lines(text))
    finally:
        document._has_date_end = saved


def test_a_serial_where_no_doc_number_is_read_does_not_open_the_document_reading():
    """A page's serial in a headline's bracket, a link or keyword spam (第一号, 第92号, 2007年第23号
    after a breadcrumb's arrow) is no doc number: with no date line either, element_lines reads the
    page no further; a doc number with its signer, a decree's record line, a title's bracketed
    number are read (the same as with the gates off)."""
    from govtext.document import _may_hold_elements, element_lines

    for page in ("某某学会关于举办学术沙龙的通知（第一号）\n正文。\n", "首页 > 某某公报 > 2007年第23号\n字号：默认\n",
                 "热词：邓某潜逃 第92号红通自首 某某影院\n"):
        assert not _may_hold_elements(page) and element_lines(page) == set()
        assert _read_whole(page) == (parse_document(page).to_dict(), set())
    for page, rows in (("某某厅文件\n某发〔2019〕5号　签发人：张三\n关于做好工作的通知\n各市：\n正文。\n", {0, 1, 2, 3}),
                       ("关于做好工作的通知（某发〔2019〕5号）\n各市：\n正文。\n", {0, 1}),
                       ("某某条例\n2005年1月10日　某某部令第5号公布\n第一条　为了规范。\n", {0, 1})):
        assert _may_hold_elements(page) and element_lines(page) == rows == _read_whole(page)[1]


def test_a_date_in_digits_alone_dates_a_signature_one_ending_a_list_entry_does_not():
    from govtext.document import _may_hold_elements, element_lines

    head = "关于做好工作的通知\n各校：\n请落实。\n"
    for sig in ("某某市教育局\n2024-07-05\n", "某某市教育局\n　2024.7.5　\n附件：1.表"):
        assert element_lines(head + sig) == {0, 1, 3, 4}
        assert _read_whole(head + sig) == (parse_document(head + sig).to_dict(), element_lines(head + sig))
    # (a news list's entries end with their dates: no line is a date alone, no signature's date)
    page = head + "某某新闻 2024-07-05\n某某市教育局 2024-07-05\n"
    assert not _may_hold_elements(page) and element_lines(page) == set()
    assert _read_whole(page) == (parse_document(page).to_dict(), set())


def test_a_decree_numbered_in_chinese_numerals_is_read_with_no_date_line():
    """A 令's number in numerals (第三十一号, what ``_ORDER_NUMBER`` reads under its mark) passes
    element_lines' cheap test as a number in digits does: the text needs no date line."""
    for text, rows in (("某某市人民政府令　第三十一号\n某某市物业管理办法\n第一条　为了规范。\n", {0, 1}),
                       ("某某市人民政府令\n第三十一号\n某某市物业管理办法\n", {0, 1, 2})):
        assert parse_document(text).doc_number.serial == 31
        assert element_lines(text) == rows
        assert _read_whole(text) == (parse_document(text).to_dict(), element_lines(text))


def test_head_only_reading_at_its_limits():
    from govtext.document import element_lines

    tail = "\n国务院\n2019年1月27日\n抄送：各部委。\n"
    texts = [
        "\n".join(["签发人：张三"] * n) + "\n关于做好工作的通知\n各省：\n正文。" + tail for n in (30, 39, 40, 41, 60, 200)
    ] + [
        "\n\n".join(["正文一段。"] * n) + "\n索引号：0001\n主题分类\n财政\n" + FULL for n in (30, 59, 77, 78, 79, 119, 200)
    ] + ["\n" * 1000 + FULL, FULL.replace("\n", "\n\n\n\n\n")]
    for text in texts:
        assert _read_whole(text) == (parse_document(text).to_dict(), element_lines(text)), text[:80]


def test_portal_fields_among_many_dropped_lines():
    # the 80th dropped line is a key alone, its value the 81st: both are read
    meta = ["首页"] * 78 + ["索引号：000014349", "主题分类", "财政", *(["更多"] * 500)]
    d = parse_document("关于做好工作的通知\n正文。\n", metadata_lines=meta)
    assert {k: v.text for k, v in d.portal.items()} == {"index_number": "000014349", "subject": "财政"}
    assert parse_document("正文。", metadata_lines=["首页"] * 80 + ["索引号：1", "主题分类：财政"]).portal == {}


def test_headline_printed_twice_is_read_once():
    # the whole headline again (on one line or split), or only its last words
    body = "各区教育局：\n请做好准备。\n市教育局\n2024年8月20日\n"
    for copy in ("市教育局关于秋季开学工作的通知\n", "市教育局关于秋季\n开学工作的通知\n"):
        t = "市教育局关于秋季开学工作的通知\n" + copy + body
        d = parse_document(t)
        assert d.title.text == "市教育局关于秋季开学工作的通知"
        assert d.title.lines == tuple(range(2, 2 + copy.count("\n")))  # the copy over the body
        assert d.addressees.text == "各区教育局" and d.date.iso == "2024-08-20"
    d = parse_document("2025年某市政府工作报告\n政府工作报告\n各位代表：\n现在报告工作。\n")
    assert d.title.text == "2025年某市政府工作报告" and d.title.lines == (1,)
    d = parse_document("市统计局关于调查工作的通知\n统发〔2024〕3号\n市统计局关于调查工作的通知\n各县：\n正文。\n")
    assert d.title.lines == (3,) and d.addressees.text == "各县"


def test_head_printed_again_under_a_portal_copy():
    # what clean() leaves of a policy page: the table's 标题 and 发文字号 cells (their keys
    # dropped), the publication date, then the document's own head
    t = ("省政府关于促进就业的意见\n省发〔2022〕7号\n2022年05月10日\n省政府关于\n促进就业的意见\n"
         "省发〔2022〕7号\n各市人民政府：\n正文。\n省政府\n2022年5月6日\n")
    d = parse_document(t)
    assert d.title.text == "省政府关于促进就业的意见" and d.title.lines == (4, 5)
    assert d.doc_number.lines == (6,) and d.addressees.text == "各市人民政府"
    assert d.signature.text == "省政府" and d.date.iso == "2022-05-06"


def test_lines_above_an_issuer_mark_with_its_number():
    t = ("某某管理条例\n2020年3月2日\n中华人民共和国国务院令\n第9号\n现公布条例。\n总理　王某\n2020年2月28日\n"
         "某某管理条例\n第一条　为了管理。\n")
    d = parse_document(t)
    assert d.issuer_mark.text == "中华人民共和国国务院令" and d.doc_number.serial == 9
    assert d.title.text == "某某管理条例" and d.title.lines == (8,) and d.issuers == ["国务院"]


def test_title_over_lines_cut_inside_a_word_and_title_just_above_the_number():
    d = parse_document("政府工作报\n告\n——在某市人民代表大会上\n各位代表：\n")
    assert d.title.text == "政府工作报告" and d.title.lines == (1, 2)
    t = ("# 某法院关于审理某类案件若干问题的解释\n2023年6月1日 施行\n某法院关于审理某类\n案件若干问题的解释\n"
         "法释〔2023〕9号\n第一条　为了审理。\n")
    d = parse_document(t)
    assert d.title.text == "某法院关于审理某类案件若干问题的解释" and d.title.lines == (3, 4)
    assert d.doc_number.text == "法释〔2023〕9号"


@pytest.mark.parametrize("title", ["某某法修正案（三）", "某单位执勤工作规范", "某法院关于两地相互执行判决的安排",
                                   "某某民法典", "某行业从业人员行为准则"])
def test_more_kinds_of_document(title):
    assert parse_document(f"{title}\n第一条　内容。\n").title.text == title


def test_portal_value_ends_at_another_label_and_date_cells_hold_dates():
    d = parse_document("正文。", metadata_lines=["发布日期：2021-06-01 浏览次数： 来源：本站", "索引号：0001"])
    assert d.portal["publish_date"].text == "2021-06-01"
    # a date key whose next dropped line is not a date: no value (the lines dropped around a
    # table are not always neighbours)
    d = parse_document("正文。", metadata_lines=["发布日期：", "扫码在手机上查看", "索引号：0001"])
    assert "publish_date" not in d.portal
    d = parse_document("正文。", metadata_lines=["发文字号：", "国办函〔2021〕3号", "索引号：0001"])
    assert d.portal["doc_number"].text == "国办函〔2021〕3号"


def test_addressees_wrapped_after_a_separator_and_signature_date_on_one_line_first():
    t = ("某省人民政府关于加强管理的通知\n某府发〔2021〕2号\n各市、县人民政府，\n省政府各部门：\n请执行。\n"
         "某省人民政府　　2021年3月4日\n（此件公开发布）\n附件\n某厅关于有关情况的报告\n某省人民政府：\n报告正文。\n"
         "某厅\n2021年2月1日\n")
    d = parse_document(t)
    assert d.addressees.text == "各市、县人民政府，省政府各部门" and d.addressees.lines == (3, 4)
    assert cut(t, d.addressees).replace("\n", "") == d.addressees.text
    # the first signature block is the document's own, on one line here (the report's comes later)
    assert d.signature.text == "某省人民政府" and d.date.iso == "2021-03-04"
    assert [n.text for n in d.notes] == ["（此件公开发布）"]
    assert parse_document("关于放假的通知\n各单位、\n正文很长的一句话。\n").addressees is None


def test_photo_caption_above_the_title_is_page_furniture():
    t = "会场全景。本报记者 王某 摄\n政府工作报告\n——在某省人民代表大会上\n各位代表：\n"
    d = parse_document(t)
    assert d.title.text == "政府工作报告" and d.title.lines == (2,)


def test_date_under_the_last_sentence_without_a_signature_is_the_documents():
    # the 署名 is missing (printed in a seal image, say): the date under the body is still the
    # document's, and a printed report's signature block below is not taken for it
    t = ("某市关于报送材料的通知\n各区：\n请按时报送。\n2022年4月6日\n某局关于有关情况的报告\n某市：\n报告正文。\n"
         "某局\n2022年3月30日\n")
    d = parse_document(t)
    assert d.signature is None and d.date.iso == "2022-04-06" and d.date.lines == (4,)


def test_sentence_announcing_the_provisions_is_no_addressee():
    """A first paragraph that ends 作如下规定： (or 规定如下：) under the title announces the
    text, as 解释如下： does: no 主送机关; a list of bodies ending with ： still is one."""
    t = ("# 某某工作管理暂行规定\n\n为了加强和改进对某项工作的宏观指导和管理，扩大有关单位的管理权限，"
         "现就有关部门的管理职责作如下规定：\n\n一、某部门在上级的领导下，主管全省有关工作。\n")
    assert parse_document(t).addressees is None
    assert parse_document(t.replace("作如下规定：", "规定如下：")).addressees is None
    d = parse_document("关于某某问题的通知\n各市、县人民政府，省政府各部门：\n现就有关事项通知如下：\n")
    assert d.addressees is not None and d.addressees.text == "各市、县人民政府，省政府各部门"


def test_doc_number_under_a_laws_record_lines():
    # a law site's layout: the title, the record of adoption and effect (long lines), then the
    # document's own head, printed with the two courts side by side, and its number
    t = ("# 最高人民法院、最高人民检察院关于办理盗窃文物案件适用法律若干问题的解释\n\n"
         "2021年3月8日 最高人民法院审判委员会第1800次会议、2021年5月9日最高人民检察院第十三届检察委员会第六十次会议通过\n\n"
         "2021年7月1日 施行\n\n"
         "最高人民法院 最高人民检察院\n关于办理盗窃文物案件\n适用法律若干问题的解释\n\n法释〔2021〕9号\n\n"
         "为依法惩治盗窃文物犯罪，根据刑法的有关规定，现就有关问题解释如下：\n\n"
         "第一条 盗窃文物的，依照刑法处罚。\n")
    d = parse_document(t)
    assert d.doc_number is not None and d.doc_number.text == "法释〔2021〕9号"
    assert (d.doc_number.year, d.doc_number.serial) == (2021, 9)
    assert d.title is not None and d.title.text == "最高人民法院最高人民检察院关于办理盗窃文物案件适用法律若干问题的解释"
    assert d.title.lines == (7, 8, 9)
    assert d.issuers == ["最高人民法院", "最高人民检察院"]
    assert d.addressees is None  # (…解释如下： announces the text)
    # a long line that is no such record still ends the search
    t2 = t.replace("2021年7月1日 施行", "这是一段很长的说明文字，" * 6)
    assert parse_document(t2).doc_number is None


def test_order_number_in_a_record_line_of_promulgation():
    # a regulation on a law site: its record says which order promulgated it
    t = ("# 城市绿化养护条例\n\n2010年3月1日 国务院第50次常务会议通过\n\n"
         "2010年3月20日 中华人民共和国国务院令第580号公布\n\n"
         "2015年6月1日 中华人民共和国国务院令第666号《国务院关于修改部分行政法规的决定》修订\n\n"
         "## 第一章 总则\n\n第一条 为了加强城市绿化养护，制定本条例。\n")
    d = parse_document(t)
    assert d.doc_number is not None and d.doc_number.text == "中华人民共和国国务院令第580号"
    assert (d.doc_number.issuer_code, d.doc_number.serial, d.doc_number.lines) == ("中华人民共和国国务院令", 580, (5,))
    assert cut(t, d.doc_number) == d.doc_number.text
    assert d.title is not None and d.title.text == "城市绿化养护条例" and d.title.lines == (1,)
    # a record line of adoption or amendment holds no doc number
    assert parse_document(t.replace("令第580号公布", "令第580号修订")).doc_number is None


def test_issuers_an_office_printed_apart_from_its_organ_is_one_name():
    # a blank before 办公室 separates no two organs: the office belongs to the organ before it
    body = "\n\n各乡镇人民政府，县直各单位：\n现将方案印发给你们，请认真贯彻执行。\n"
    d = parse_document("某某县人民政府 办公室关于印发春耕备耕工作方案的通知" + body)
    assert d.title is not None and d.issuers == ["某某县人民政府办公室"]
    # two organs' offices printed with blanks: two names, not four
    d = parse_document("某某县人民政府 办公室 某某县农业农村局 办公室关于开展春耕检查的通知" + body)
    assert d.issuers == ["某某县人民政府办公室", "某某县农业农村局办公室"]
    # two organs apart are still two names
    d = parse_document("某某县人民政府 某某县人民武装部关于做好征兵工作的通知" + body)
    assert d.issuers == ["某某县人民政府", "某某县人民武装部"]


def test_order_numbered_by_year_under_its_mark():
    d = parse_document("中华人民共和国某某部令\n2024年第9号\n现予公布，自公布之日起施行。\n部长　赵某\n"
                       "2024年6月3日\n某某管理办法\n第一条　为了规范管理，制定本办法。\n")
    n = d.doc_number
    assert (n.text, n.issuer_code, n.year, n.serial) == ("2024年第9号", None, 2024, 9)
    assert d.title.text == "某某管理办法" and d.issuers == ["某某部"] and d.signature.text == "部长　赵某"
    # without a mark above it, a bare 2024年第9号 is no doc number
    assert parse_document("关于做好工作的通知\n2024年第9号\n各单位：\n内容。\n").doc_number is None


@pytest.mark.parametrize("sep", ["（{}）", "({})", "　{}", " {}"])
def test_title_line_ending_with_its_doc_number(sep):
    head = "某某厅关于做好秋季防汛\n工作的通知" + sep.format("某办函〔2024〕31号")
    text = head + "\n各市（州）水利局：\n请认真落实。\n某某厅\n2024年7月2日\n"
    d = parse_document(text)
    assert d.title.text == "某某厅关于做好秋季防汛工作的通知" and d.title.lines == (1, 2)
    assert text[d.doc_number.start : d.doc_number.end] == "某办函〔2024〕31号" and d.doc_number.lines == (2,)
    assert d.addressees.text == "各市（州）水利局" and d.signature.text == "某某厅" and d.date.iso == "2024-07-02"
    # a sentence that ends with a cited number is not a title
    assert parse_document("请按照通知要求办理（某办函〔2024〕31号）\n内容。\n").doc_number is None


@pytest.mark.parametrize("organ", ["四川省某某厅", "三明市人民政府", "十堰市人民政府", "九江市教育局"])
def test_signature_of_an_organ_that_starts_with_a_numeral(organ):
    d = parse_document(f"{organ}关于做好工作的通知\n各单位：\n请认真落实。\n{organ}\n2024年3月1日\n附件1\n名单\n")
    assert d.signature.text == organ and d.date.iso == "2024-03-01" and d.issuers == [organ]
    # a numbered heading above a date is no signature
    d = parse_document("关于做好工作的通知\n各单位：\n一、总体要求\n2024年3月1日\n")
    assert d.signature is None


def test_portal_key_left_alone_after_its_table_was_dropped():
    # drop_spam took most of the table: a key left on its line with an orphan cell under it is
    # neither the addressees nor part of the head, and a dropped title key takes no doc number
    meta = ["索引号：", "0001/2024-00002", "标题：", "某办发〔2024〕2号", "发布日期："]
    text = ("某某办关于加强值班的通知\n发文字号：\n2024年05月06日\n某某办关于加强值班的通知\n某办发〔2024〕2号\n"
            "各处室：\n请落实。\n某某办\n2024年5月1日\n")
    d = parse_document(text, metadata_lines=meta)
    assert d.doc_number.text == "某办发〔2024〕2号" and d.addressees.text == "各处室"
    assert d.title.lines == (4,) and d.signature.text == "某某办"
    assert {k: v.text for k, v in d.portal.items()} == {"index_number": "0001/2024-00002"}


def test_joint_issuers_stacked_one_a_line():
    d = parse_document("甲部　乙部　丙委关于做好工作的通知\n甲发〔2024〕3号\n各省有关部门：\n请落实。\n"
                       "甲部\n乙部\n丙委\n2024年5月8日\n")
    assert d.issuers == ["甲部", "乙部", "丙委"] and d.signature.lines == (5, 6, 7)
    # the last sentence of the body is not one of them
    d = parse_document("关于做好工作的通知\n各省：\n请落实。\n甲部\n2024年5月8日\n")
    assert d.issuers == ["甲部"]


def test_letter_spaced_signature_names_whole_organs():
    tail = "\n2024 年 5 月 20 日\n"
    d = parse_document("某市人民政府办公厅关于做好工作的通知\n各区：\n请落实。\n某 市 人 民 政 府 办 公 厅" + tail)
    assert d.issuers == ["某市人民政府办公厅"] and d.date.iso == "2024-05-20"
    d = parse_document("关于做好工作的通知\n各区：\n请落实。\n某 市 财 政 局　　某 市 教 育 局" + tail)
    assert d.issuers == ["某市财政局", "某市教育局"]


def test_addressees_cut_inside_a_name_at_the_line_width():
    d = parse_document("某厅关于做好工作的通知\n某发〔2024〕3号\n各市（州）人民政府，省政府各部门、各直属\n机构：\n请落实。\n")
    assert d.addressees.text == "各市（州）人民政府，省政府各部门、各直属机构" and d.addressees.lines == (3, 4)
    # a sentence cut before its colon is no addressee list
    d = parse_document("某厅关于做好工作的通知\n某发〔2024〕3号\n根据《某某条例》有关规定，现将有关事项作\n出说明：\n")
    assert d.addressees is None


def test_notice_mark_with_its_number_under_it():
    d = parse_document("某某总局公告\n2024年第7号\n某某总局关于调整某事项的公告\n现公告如下：\n一、某事。\n"
                       "特此公告。\n某某总局\n2024年2月1日\n")
    assert d.issuer_mark.text == "某某总局公告" and d.title.text == "某某总局关于调整某事项的公告"
    assert (d.doc_number.text, d.doc_number.year, d.doc_number.serial) == ("2024年第7号", 2024, 7)
    assert d.issuers == ["某某总局"]
    # a title that is a 公告 with no number under it is the title
    d = parse_document("某某总局公告\n现公告如下：\n一、某事。\n某某总局\n2024年2月1日\n")
    assert d.issuer_mark is None and d.title.text == "某某总局公告"


@pytest.mark.parametrize("head", ["采购公告\n2026年第4号", "出让公告\n（2026）第8号", "网站通知公告\n2026年第1号",
                                  "限电通告\n2026年第15号"])
def test_a_kind_of_notice_over_a_number_is_no_issuer_mark(head):
    # the words before 公告/通告 name what the notice is about, not who issues it
    d = parse_document(head + "\n某某地块现予公开，有意者请来电咨询。\n")
    assert d.issuer_mark is None and d.issuers is None
    assert d.title is not None and d.title.text == head.split("\n")[0]


def test_organs_listed_under_a_colon_are_no_joint_issuers():
    t = ("关于组织某项检查的通知\n各县区：\n检查组由下列部门组成：\n市应急管理局\n市公安局\n市住房和城乡建设局\n"
         "某某市安全生产委员会办公室\n2026年4月9日\n")
    d = parse_document(t)
    assert d.issuers == ["某某市安全生产委员会办公室"] and d.signature.text == "某某市安全生产委员会办公室"


def test_a_long_stack_of_joint_issuers_is_read_whole():
    organs = ["某县教育局", "某县财政局", "某县民政局", "某县卫生健康局", "某县人力资源和社会保障局",
              "某县农业农村局", "某县乡村振兴局", "某县医疗保障局"]
    t = "关于做好某项补助工作的通知\n各乡镇：\n请抓好落实。\n特此通知。\n" + "\n".join(organs) + "\n2026年5月6日\n"
    assert parse_document(t).issuers == organs
    # far more organ lines than any signature block: only the one above the date signs
    many = [f"某县第{c}工作组办公室" for c in "一二三四五六七八九十"] + organs
    d = parse_document(t.replace("\n".join(organs), "\n".join(many)))
    assert d.issuers == [organs[-1]]


def test_cc_wrapped_over_lines_and_a_page_number_above_the_notes():
    t = ("某省人民政府关于做好工作的通知\n某政发〔2024〕2号\n各市人民政府：\n请落实。\n某省人民政府\n2024年2月14日\n"
         "— 3 —\n（此件公开发布）\n抄送：省委各部门，省人大常委会办公厅，省政协办公厅，\n　　　省法院，省检察院。\n"
         "某省人民政府办公厅　　2024年2月15日印发\n")
    d = parse_document(t)
    assert [n.text for n in d.notes] == ["（此件公开发布）"]
    assert d.cc.text == "省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院" and d.cc.lines == (9, 10)
    assert t[d.cc.start : d.cc.end].endswith("省检察院") and d.printed_by.text == "某省人民政府办公厅"


@pytest.mark.parametrize("head", ["某政〔2024〕2号　　签发人：张三\n　　　　　　　　　李四\n",
                                  "签发人：张三\n李　四\n某政〔2024〕2号\n", "签发人：张三\n某政〔2024〕2号\n"])
def test_signers_stacked_or_above_the_number(head):
    d = parse_document("某市人民政府文件\n" + head + "某市人民政府关于申请专项资金的请示\n省人民政府：\n妥否，请批示。\n"
                       "某市人民政府\n2024年5月8日\n")
    assert d.title.text == "某市人民政府关于申请专项资金的请示" and d.addressees.text == "省人民政府"
    assert d.signer.text.split("\n")[0] == "张三" and d.doc_number.serial == 2
    assert len(d.signer.lines) == 1 + ("四" in head)


def test_organ_and_date_under_the_head_are_no_signature():
    # a 纪要's compiling office and date: no signature block follows, so its date is the document's
    d = parse_document("某县人民政府常务会议纪要\n〔2024〕6号\n某县人民政府办公室　　　2024年3月6日\n"
                       "会议研究了有关事项。纪要如下：\n一、关于某事\n会议同意。\n"
                       "抄送：县委办公室。\n某县人民政府办公室　　　2024年3月6日印发\n")
    assert d.signature is None and d.issuers is None and d.date.iso == "2024-03-06" and d.date.lines == (3,)
    assert d.cc.text == "县委办公室" and d.print_date.iso == "2024-03-06"
    # a byline under a notice's title: the signature block after the body is the document's
    d = parse_document("某局关于做好防汛工作的通知\n某局办公室　2024年6月1日\n各科室：\n请落实。\n某局\n2024年5月30日\n")
    assert d.signature.text == "某局" and d.date.iso == "2024-05-30"


@pytest.mark.parametrize("after", ["附件：某某情况登记表", "抄送：县财政局，县审计局。", "（联系人：王某，电话：1234567）"])
def test_organ_and_date_under_the_head_sign_a_notice_with_no_body(after):
    d = parse_document("关于暂停办理某项业务的通知\n某某县行政审批局　2026年2月3日\n" + after + "\n")
    assert d.signature.text == "某某县行政审批局" and d.issuers == ["某某县行政审批局"]
    assert d.date.iso == "2026-02-03"


def test_organ_above_a_number_is_no_letter_mark_without_a_title_under_it():
    d = parse_document("某某省财政厅\n某财预〔2026〕7号\n政策解读图文\n一图读懂本次调整的主要内容。\n2026年3月2日\n")
    assert d.issuer_mark is None and d.issuers is None


def test_a_headline_reporting_a_document_keeps_its_title_and_takes_no_number():
    head = "省政府办公厅印发《某某行动计划》（某政办发〔2026〕11号）"
    d = parse_document(head + "\n本报讯 近日，省政府办公厅印发行动计划，对有关工作作出安排。\n")
    assert d.doc_number is None and (d.title is None or d.title.text == head)


def test_cc_ending_in_a_comma_does_not_run_into_a_sentence():
    t = ("某县人民政府关于做好秋收工作的通知\n各乡镇人民政府：\n请抓好落实。\n某县人民政府\n2026年9月1日\n"
         "抄送：县委办公室，县政协办公室，\n各地要及早谋划，做到颗粒归仓。\n")
    cc = parse_document(t).cc
    assert cc.text.rstrip("，") == "县委办公室，县政协办公室" and cc.lines == (6,)
    # a wrapped list of organs still goes on
    t = t.replace("各地要及早谋划，做到颗粒归仓。", "县法院，各人民团体。")
    assert parse_document(t).cc.text == "县委办公室，县政协办公室，县法院，各人民团体"


def test_an_item_cut_before_an_organ_is_no_signature():
    t = "关于做好某项工作的通知\n各部门：\n一是加强领导。二是压实责任。\n三是某某区人民政府办公室\n2026年7月1日\n"
    d = parse_document(t)
    assert d.signature is None and d.issuers is None


def test_letter_format_organ_above_the_number_and_title_under_it():
    # 信函格式: the organ's name alone as the mark, the doc number, then the title
    d = parse_document("某某部办公厅\n某办函〔2024〕40号\n某某部办公厅关于某事项的复函\n某省某厅：\n经研究，函复如下。\n"
                       "某某部办公厅\n2024年6月3日\n")
    assert d.issuer_mark.text == "某某部办公厅" and d.title.text == "某某部办公厅关于某事项的复函"
    assert d.addressees.text == "某省某厅" and d.issuers == ["某某部办公厅"] and d.date.iso == "2024-06-03"
    # a title above the number (as portals print it) stays the title, with no mark
    d = parse_document("某某部办公厅关于某事项的复函\n某办函〔2024〕40号\n某省某厅：\n经研究。\n")
    assert d.issuer_mark is None and d.title.lines == (1,)


def test_letter_format_of_a_school_or_university():
    # (OD18, held-out 172) a university's or school's name alone above its number is its 函式版头
    for organ in ("某某大学", "某某市第一中学", "某某县实验小学"):
        t = (f"{organ}\n某大函〔2026〕17号\n{organ}关于商请支持某项工作的函\n某某市人民政府：\n现商请如下。\n"
             f"此致\n敬礼！\n{organ}\n2026年5月26日\n")
        d = parse_document(t)
        assert d.issuer_mark.text == organ and d.title.text == f"{organ}关于商请支持某项工作的函", organ
        assert d.addressees.text == "某某市人民政府" and d.signature.text == organ and d.date.iso == "2026-05-26"
    # a line above the number that gives no title (an organ the rules do not know ends so: 气象站, 林场)
    # does not hide the title and the addressees under the number
    for organ in ("某某县气象站", "某某林场"):
        t = f"{organ}\n某气函〔2026〕3号\n关于商请协助某项工作的函\n某某县应急管理局：\n现函商如下。\n{organ}\n2026年5月3日\n"
        d = parse_document(t)
        assert d.title.text == "关于商请协助某项工作的函" and d.addressees.text == "某某县应急管理局", organ
        assert d.issuers == [organ] and d.date.iso == "2026-05-03"
    # a line ending in 学 that names no school is no mark
    assert parse_document("加强科学\n某大函〔2026〕17号\n关于某事的函\n某局：\n现函告。\n").issuer_mark is None


def test_issuers_a_department_printed_apart_from_its_government_is_one_name():
    # a bureau printed without its place after its government is that government's bureau, in
    # a title's head, a signature and a mark alike; a bureau that names its place is an organ
    body = "\n\n各乡镇人民政府，县直各单位：\n现将方案印发给你们，请认真贯彻执行。\n"
    d = parse_document("某某县人民政府 卫生健康局关于做好防疫工作的通知" + body)
    assert d.title is not None and d.issuers == ["某某县人民政府卫生健康局"]
    d = parse_document("关于做好防疫工作的通知" + body + "\n某某县人民政府 卫生健康局\n2024年3月1日\n")
    assert d.signature is not None and d.issuers == ["某某县人民政府卫生健康局"]
    d = parse_document("某某县人民政府 卫生健康局文件\n某卫〔2024〕3号\n关于做好防疫工作的通知" + body)
    assert d.issuer_mark is not None and d.issuers == ["某某县人民政府卫生健康局"]
    # two organs, each with its place or a national one: joint issuance, two names
    for head, names in (("某某县人民政府 某某县卫生健康局", ["某某县人民政府", "某某县卫生健康局"]),
                        ("某某省人民政府 国家统计局", ["某某省人民政府", "国家统计局"]),
                        ("某某省人民政府 某某市城市管理局", ["某某省人民政府", "某某市城市管理局"]),
                        ("卫生健康委员会 财政局", ["卫生健康委员会", "财政局"]),
                        ("教育部 财政部", ["教育部", "财政部"])):
        assert parse_document(head + "关于做好防疫工作的通知" + body).issuers == names


def test_copy_marks_are_read_from_the_head():
    d = parse_document(FULL)
    assert d.copy_number.text == "000123" and d.copy_number.lines == (1,)
    assert d.secrecy == Secrecy("机密★1年", 7, 12, (2,), level="机密", term="1年")
    assert d.urgency.text == "特急" and FULL[d.urgency.start : d.urgency.end] == "特急"
    # all three on one line, letter-spaced, above a title (no mark); a period in months
    d = parse_document("秘 密★6个月　加 急\n某市教育局关于开展检查的通知\n各学校：\n请做好准备。\n某市教育局\n2024年5月2日\n")
    assert d.copy_number is None and (d.secrecy.level, d.secrecy.term) == ("秘密", "6个月")
    assert d.urgency.text == "加急" and d.title.text == "某市教育局关于开展检查的通知"
    # a 密级 without a period
    d = parse_document("绝密\n某部文件\n某发〔2024〕9号\n某部关于某事的决定\n各单位：\n现决定。\n某部\n2024年1月5日\n")
    assert d.secrecy.text == "绝密" and d.secrecy.term is None and d.urgency is None
    assert d.to_dict()["secrecy"]["level"] == "绝密"


def test_copy_marks_are_never_read_from_the_body():
    # the body speaks of 秘密, 加急 and a six-digit code: no field is set
    d = parse_document("某县人民政府关于做好保密工作的通知\n各乡镇：\n涉及秘密的文件须加急报送。\n"
                       "联系电话：\n123456\n特急\n某县人民政府\n2024年2月1日\n")
    assert d.title is not None and (d.copy_number, d.secrecy, d.urgency) == (None, None, None)
    # marks above a text that is no official document (no title, number or mark) set nothing
    d = parse_document("特急\n今天下午开会，请大家准时参加。\n")
    assert (d.copy_number, d.secrecy, d.urgency) == (None, None, None)


def test_copy_marks_kept_by_clean():
    d = clean(FULL).document
    assert (d.copy_number.text, d.secrecy.text, d.urgency.text) == ("000123", "机密★1年", "特急")


@given(st.builds(lambda a, b: a + "\n" + FULL + b, mixed_text, mixed_text))
def test_copy_marks_only_from_lines_of_marks_only(text: str) -> None:
    d = parse_document(text)
    for e in (d.copy_number, d.secrecy, d.urgency):
        if e is not None:  # a span of the text, on a line of copy marks only, above the head
            assert text[e.start : e.end].replace(" ", "").replace("\u3000", "") == e.text
            assert d.title is not None or d.doc_number is not None or d.issuer_mark is not None
            head = [x for x in (d.issuer_mark, d.doc_number, d.title) if x is not None]
            assert all(e.lines[0] < h.lines[0] for h in head)


@pytest.mark.parametrize("printed", ["2025-07-01", "2025.7.1", "2025/07/01"])
def test_a_date_in_digits_under_the_signature_is_the_date(printed: str) -> None:
    d = parse_document("某县教育局关于开展安全检查的通知\n各学校：\n请认真落实。\n某县教育局\n" + printed + "\n（此件公开发布）\n")
    assert d.signature.text == "某县教育局" and d.date.iso == "2025-07-01" and d.date.text == printed
    assert [n.text for n in d.notes] == ["（此件公开发布）"]


def test_a_date_in_digits_elsewhere_is_no_date() -> None:
    # under a sentence (no organ above it), mixed separators, or not a real month: no date read
    for tail in ("请于下列日期前报送。\n2025-07-01\n", "某县教育局\n2025-07/01\n", "某县教育局\n2025-13-01\n"):
        d = parse_document("某县教育局关于开展安全检查的通知\n各学校：\n" + tail)
        assert d.date is None and d.signature is None, tail


@pytest.mark.parametrize("mark", ["某某院\n某某委\n令", "某某院\n某某委令"])
def test_a_joint_order_mark_stacked_over_lines(mark: str) -> None:
    d = parse_document("000001\n" + mark + "\n第12号\n现公布某某条例，自公布之日起施行。\n某某院院长　甲乙\n某某委主任　丙丁\n"
                       "2024年12月1日\n某某条例\n第一条　为了。\n")
    assert d.issuer_mark.text == mark and d.issuer_mark.lines == tuple(range(2, 2 + mark.count("\n") + 1))
    assert d.doc_number.serial == 12 and d.title.text == "某某条例" and d.issuers == ["某某院", "某某委"]
    assert d.copy_number.text == "000001"
    # a page header naming the organ above its own mark is no joint mark
    d = parse_document("某某院\n中华人民共和国某某院令\n第12号\n现公布某某条例。\n总理　甲乙\n2024年12月1日\n某某条例\n")
    assert d.issuer_mark.text == "中华人民共和国某某院令" and d.issuers == ["某某院"]


# --------------------------------------------------------------------------- session 16 (OD3)

_CN_DIGITS = "〇一二三四五六七八九"


def _cn_year(y: int) -> str:
    return "".join(_CN_DIGITS[int(c)] for c in str(y))


def _cn_small(n: int) -> str:
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")) + (_CN_DIGITS[ones] if ones else "")


@given(st.integers(1990, 2039), st.integers(1, 12), st.integers(1, 28), st.sampled_from([" ", "\u3000", ""]))
def test_letter_spaced_chinese_date_under_a_signature(y, m, d, gap):
    date = gap.join(_cn_year(y) + "年" + _cn_small(m) + "月" + _cn_small(d) + "日")
    d_ = parse_document(f"某某区人民政府关于修缮道路的报告\n区委：\n道路修缮已完成。\n某某区人民政府\n{date}\n")
    assert d_.signature.text == "某某区人民政府" and d_.date.iso == f"{y:04d}-{m:02d}-{d:02d}"
    assert d_.date.text == date


def test_presidential_order_numbered_in_chinese_numerals():
    t = ("中华人民共和国主席令\n第一百零五号\n《某某促进法》已通过，现予公布。\n中华人民共和国主席　李某某\n"
         "2025年6月1日\n中华人民共和国某某促进法\n第一条　为了促进某某，制定本法。\n")
    d = parse_document(t)
    assert d.doc_number.text == "第一百零五号" and d.doc_number.serial == 105 and d.doc_number.year is None
    assert d.issuers == ["中华人民共和国主席"] and d.title.text == "中华人民共和国某某促进法"
    # an order of an organ still names the organ without the country's name
    d = parse_document("中华人民共和国某某部令\n第12号\n现公布规定。\n部长　王某\n2025年1月2日\n某某规定\n第一条　为了。\n")
    assert d.issuers == ["某某部"] and d.doc_number.serial == 12


def test_cc_list_cut_inside_a_name_at_the_line_width():
    t = ("某市人民政府关于做好防汛工作的通知\n某政发〔2025〕3号\n各区人民政府：\n请做好防汛。\n某市人民政府\n"
         "2025年6月1日\n抄送：市委办公室，市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察\n院。\n"
         "某市人民政府办公室　　2025年6月2日印发\n")
    d = parse_document(t)
    assert d.cc.text == "市委办公室，市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察院"
    assert d.cc.lines == (7, 8) and d.printed_by.text == "某市人民政府办公室"
    # a whole list that ends with its full stop takes no next line
    d = parse_document(t.replace("市人民检察\n院。", "市人民检察院。\n另附。"))
    assert d.cc.text.endswith("检察院") and d.cc.lines == (7,)


def test_attachments_printed_one_a_line_with_their_numbers():
    t = ("某县人民政府办公室关于开展安全检查的通知\n某政办发〔2025〕8号\n各乡镇：\n请开展检查。\n"
         "附件1：检查重点单位名单\n附件2：检查情况统计表\n某县人民政府办公室\n2025年3月2日\n")
    d = parse_document(t)
    assert [a.text for a in d.attachments] == ["检查重点单位名单", "检查情况统计表"]
    assert [a.lines for a in d.attachments] == [(5,), (6,)]
    assert not [s for s in d.body.walk() if s.family == "annex"]
    # numbered out of order, they are no list
    assert parse_document(t.replace("附件2：", "附件3：")).attachments == []


def test_minutes_numbered_by_issue_with_their_own_title():
    t = ("某市人民政府专题会议纪要\n第7期\n某市人民政府办公室　　　2025年5月9日\n关于推进老旧小区改造的会议纪要\n"
         "5月6日，副市长主持召开专题会议。现纪要如下：\n一、关于改造计划\n会议同意计划。\n"
         "出席：张某　李某\n抄送：市委办公室。\n")
    d = parse_document(t)
    assert d.issuer_mark.text == "某市人民政府专题会议纪要" and d.title.text == "关于推进老旧小区改造的会议纪要"
    assert (d.doc_number.text, d.doc_number.year, d.doc_number.serial) == ("第7期", None, 7)
    assert d.date.iso == "2025-05-09" and d.date.lines == (3,) and d.signature is None and d.issuers is None
    assert d.cc.text == "市委办公室"
    # without a title of its own the mark is the title, and 2025年第7期 carries its year
    t2 = t.replace("第7期", "2025年第7期").replace("关于推进老旧小区改造的会议纪要\n", "")
    d = parse_document(t2)
    assert d.title.text == "某市人民政府专题会议纪要" and d.issuer_mark is None
    assert (d.doc_number.year, d.doc_number.serial, d.date.iso) == (2025, 7, "2025-05-09")


def test_portal_cells_kept_while_their_keys_were_dropped():
    # drop_spam took the keys and some cells; the title and publish date cells stayed on top
    meta = ["索引号：", "11-22/2025-3", "发文机关：", "某某厅", "标题：", "发文字号：", "某厅发〔2025〕4号", "发布日期："]
    text = ("某某厅关于开展普查的通知\n2025年03月05日\n某某厅关于开展普查的通知\n某厅发〔2025〕4号\n"
            "各市：\n请开展普查。\n某某厅\n2025年3月1日\n")
    d = parse_document(text, metadata_lines=meta)
    assert {k: getattr(v, "iso", None) or v.text for k, v in d.portal.items()} == {
        "title": "某某厅关于开展普查的通知", "publish_date": "2025-03-05", "index_number": "11-22/2025-3",
        "issuer": "某某厅", "doc_number": "某厅发〔2025〕4号"}
    assert d.portal["title"].lines == (1,) and d.title.lines == (3,) and d.addressees.text == "各市"
    # a title printed once is the document's own, never a cell
    d = parse_document(text.split("\n", 2)[2], metadata_lines=meta)
    assert "title" not in d.portal and d.title.lines == (1,)


@pytest.mark.parametrize("first", ["000086　机密★1年　特急　某某省人民政府文件", "No.000086　某某省人民政府文件",
                                   "No. 000086\n某某省人民政府文件"])
def test_copy_marks_on_the_mark_line_and_no_before_the_number(first):
    t = f"{first}\n某府报〔2025〕2号\n某某省人民政府关于某事的报告\n国务院：\n现报告如下。\n某某省人民政府\n2025年1月3日\n"
    d = parse_document(t)
    assert d.copy_number.text == "000086" and t[d.copy_number.start : d.copy_number.end] == "000086"
    assert d.issuer_mark.text == "某某省人民政府文件" and d.doc_number.serial == 2
    assert (d.secrecy is not None) == ("机密" in first) and (d.urgency is not None) == ("特急" in first)


def test_issuers_of_a_document_signed_by_office_holders():
    # a 议案 or 命令 signed by the heads of the organs: the organs come from the title, not the names
    d = parse_document("国务院关于提请审议《某某法（草案）》的议案\n国函〔2025〕8号\n全国人民代表大会常务委员会：\n"
                       "现提请审议。\n国务院总理　王某某\n2025年4月1日\n")
    assert d.signature.text == "国务院总理　王某某" and d.issuers == ["国务院"]
    d = parse_document("国务院　中央军委\n关于授予某部荣誉称号的命令\n国发〔2025〕2号\n授予荣誉称号。\n"
                       "国务院总理　王某某　　中央军委主席　赵某某\n2025年8月1日\n")
    assert d.issuers == ["国务院", "中央军委"]
    # from the mark when the title names no organ; an organ's signature is still read as printed
    d = parse_document("某某省人民政府文件\n某府发〔2025〕1号\n关于某事的决定\n各市：\n决定如下。\n省长　钱某\n2025年1月2日\n")
    assert d.issuers == ["某某省人民政府"]
    d = parse_document("某某市人民政府关于某事的通知\n各区：\n请落实。\n某某市人民政府\n2025年1月2日\n")
    assert d.issuers == ["某某市人民政府"]


def test_a_stacked_signature_of_long_names_is_read_in_linear_time():
    # names that run into the next post without a blank (部长　某某某某某某某部长) once let a stack of
    # signature lines split many ways: 9 lines took seconds, 12 hours. Both must end at once.
    from govtext.document import _post_signed_re

    line = "部长　某某某某某某某部长　某某某某某某局"
    for n in (9, 12, 40):
        d = parse_document("某某市人民政府关于某事的通知\n各单位：\n　　现通知如下。\n"
                           + "\n".join([line] * n + ["某某某某某某局"]) + "\n2026年3月1日\n")
        assert d.date.text == "2026年3月1日" and d.issuers is not None and d.issuers[-1] == "某某某某某某局"
        assert _post_signed_re().fullmatch("\n".join([line] * n)) is None
    # office-holders stacked one a line are still read as signers
    assert _post_signed_re().fullmatch("\n".join(["国务院总理　王某某", "部长　赵某"] * 20)) is not None
    assert _post_signed_re().fullmatch("国务院总理　王某某　　中央军委主席　赵某某") is not None


def test_an_empty_portal_field_never_takes_the_title():
    # 索引号：, 主题分类：, 主题词： left empty: the first line below is the document's title, which
    # fits none of them (an index number has its shape; a subject or keywords never end like a title)
    body = ("某某省人民政府关于做好春季防火工作的通知\n某政发〔2026〕3号\n各市人民政府：\n"
            "　　现就有关事项通知如下。\n某某省人民政府\n2026年3月1日\n")
    for meta in (["发布日期：2026-03-05", "索引号："], ["发布日期：2026-03-05", "主题分类："],
                 ["成文日期：2026年03月01日", "主题词："]):
        d = parse_document(body, metadata_lines=meta)
        assert d.title.text == "某某省人民政府关于做好春季防火工作的通知"
        assert set(d.portal) == {"publish_date" if meta[0].startswith("发布") else "written_date"}
    page = "索引号：\n000013610/2026-00012\n主题分类：\n发布日期：\n2026-03-05\n" + body
    d = clean(page).document
    assert d.title.text == "某某省人民政府关于做好春季防火工作的通知" and "subject" not in d.portal
    # the values such fields do hold still fit
    d = parse_document("索引号：\n11361024MB1703852X/2026-00042\n主题分类：\n城乡建设、环境保护\n" + body)
    assert d.portal["index_number"].text == "11361024MB1703852X/2026-00042"
    assert d.portal["subject"].text == "城乡建设、环境保护"


def test_a_cc_line_ending_in_a_whole_name_does_not_take_the_next_line():
    # a long 抄送 line whose last name is whole (…办公室, …监委) ends the list: the line under it is
    # the printing office or a second document's issuer; a name cut at the line's width still joins
    head = "某某县水利局关于做好汛期值守的通知\n各乡镇水利站：\n　　请做好汛期值守。\n某某县水利局\n2026年5月6日\n"
    for last, below in (("县政协办公室", "某某县水利局办公室\n2026年5月6日印发\n"),
                        ("县纪委监委", "某某县人民政府\n关于做好防汛工作的通知\n各乡镇：\n　　请落实。\n")):
        d = parse_document(head + f"抄送：县委办公室，县人大常委会办公室，{last}\n" + below)
        assert d.cc.text == f"县委办公室，县人大常委会办公室，{last}"
    d = parse_document(head + "抄送：县委办公室，县人大常委会办公室，县政协办公室，县检察\n院。\n")
    assert d.cc.text == "县委办公室，县人大常委会办公室，县政协办公室，县检察院"


def test_a_date_in_brackets_under_the_title_is_the_date():
    # a 党委/政府 document as the press prints it: the 成文日期 in brackets under the title, no
    # signature at the end; a signature block below still gives the date
    head = "中共某某省委　某某省人民政府\n关于加快建设农业强省的实施意见\n（2025年2月18日）\n"
    d = parse_document(head + "　　现提出如下实施意见。\n　　一、稳定粮食生产\n　　内容。\n")
    assert d.date.iso == "2025-02-18" and d.date.text == "2025年2月18日" and d.date.lines == (3,)
    assert d.signature is None and d.title.text == "中共某某省委某某省人民政府关于加快建设农业强省的实施意见"
    assert d.issuers == ["中共某某省委", "某某省人民政府"]
    t = head + "各市：\n　　现提出如下意见。\n某某省人民政府\n2025年2月20日\n"
    assert parse_document(t).date.iso == "2025-02-20" and parse_document(t).addressees.text == "各市"
    # a record of adoption by a meeting (one date, …会议通过) dates it too (会议通过的日期 is its 成文日期);
    # a dated line under a page's headline is no date
    d = parse_document(head.replace("（2025年2月18日）", "（2025年2月18日省委常委会会议通过）") + "　　内容。\n")
    assert d.date.iso == "2025-02-18" and d.date.text == "2025年2月18日"
    assert parse_document("全省工作会议在某市召开\n（2025年2月18日）\n　　会议指出，要抓好落实。\n").date is None
    # (a speech is a document since session 33: the day under its title is the day it was given)
    assert parse_document("在全省工作会议上的讲话\n（2025年2月18日）\n　　同志们：\n").date.iso == "2025-02-18"


def test_portal_pairs_two_a_line_with_the_catalogue_labels():
    # 政府信息公开目录 labels (信息索引号, 信息名称) and two fields a line; dates in digits read as dates
    page = ("信息索引号：11010500-2025-00236　　主题分类：城乡建设、环境保护\n"
            "发布机构：某某区人民政府办公室　　文号：某政办发〔2025〕12号\n成文日期：2025-07-10　　发布日期：2025-07-14\n"
            "信息名称：某某区人民政府办公室关于印发某某方案的通知\n某某区人民政府办公室关于印发某某方案的通知\n"
            "某政办发〔2025〕12号\n各街道办事处：\n　　现印发给你们。\n某某区人民政府办公室\n2025年7月10日\n")
    d = parse_document(page)
    assert {k: getattr(v, "iso", None) or v.text for k, v in d.portal.items()} == {
        "index_number": "11010500-2025-00236", "subject": "城乡建设、环境保护", "issuer": "某某区人民政府办公室",
        "doc_number": "某政办发〔2025〕12号", "written_date": "2025-07-10", "publish_date": "2025-07-14",
        "title": "某某区人民政府办公室关于印发某某方案的通知"}
    assert d.portal["publish_date"].text == "2025-07-14" and d.title.lines == (5,) and d.date.iso == "2025-07-10"


def test_a_page_byline_between_title_and_number_is_no_part_of_the_head():
    # a crawled page (Markdown) prints 发布时间：… 来源：… under its headline, above the doc number
    t = ("# 关于做好冬季校园安全工作的通知\n\n发布时间：2025-11-12　　来源：某某市教育局\n\n某教发〔2025〕88号\n\n"
         "各区县教育局：\n\n现就有关事项通知如下：\n\n**一、加强排查**\n\n内容。\n\n某某市教育局\n\n2025年11月10日\n")
    d = parse_document(t)
    assert d.title.text == "关于做好冬季校园安全工作的通知" and d.doc_number.serial == 88
    assert d.portal["publish_date"].iso == "2025-11-12" and d.addressees.text == "各区县教育局"
    assert clean(t).document.portal["publish_date"].iso == "2025-11-12"
    d = parse_document(t.replace("2025-11-12", "2025-11-12 10:30:15"))
    assert d.title.text == "关于做好冬季校园安全工作的通知" and d.portal["publish_date"].iso == "2025-11-12"
    # one label alone on a body line is still no table
    assert parse_document("关于某事的通知\n各单位：\n发布时间：另行通知。\n某某局\n2025年1月2日\n").portal == {}


@pytest.mark.parametrize("date", ["2025年12月10日", "二〇二五年十二月十日", "二 〇 二 五 年 十 二 月 十 日",
                                  "2 0 2 5 年 1 2 月 1 0 日"])
@pytest.mark.parametrize("above", ["　　经研究，定于下列日期召开工作会议。", "　　会议时间", "　　一、会议时间",
                                   "报到日期"])
def test_a_date_in_the_body_is_no_date_of_the_document(above, date):
    # a date alone on a body line (会议时间 + the date, a sentence + the date), the body going on
    # under it, then the signature block: the document's date is the one under its signature
    t = (f"关于召开工作会议的通知\n各单位：\n{above}\n{date}\n　　请各单位准时参加。\n"
         "某某市教育局\n2025年11月28日\n")
    d = parse_document(t)
    assert d.signature.text == "某某市教育局" and d.date.iso == "2025-11-28"
    # a date under the last sentence with nothing of the body after it is still the date
    d = parse_document("关于放假的通知\n各单位：\n　　放假一天。\n2025年1月2日\n（此件公开发布）\n")
    assert d.date.iso == "2025-01-02" and d.signature is None


def test_table_rows_under_labels_the_table_does_not_know():
    # 生成日期, 有效性 … among (or right under) the table's rows are the table's, not the head's: the
    # title below is read; no field is made of them
    for rows in ("生成日期：2025-03-20\n", "", "有效性：有效\n生成日期：2025-03-20\n"):
        page = ("信息索引号：000014349/2025-00045\n" + rows + "信息名称：某某市人民政府关于某事的通知\n有效性：有效\n"
                "某某市人民政府关于某事的通知\n各区：\n　　请落实。\n某某市人民政府\n2025年3月20日\n")
        d = parse_document(page)
        assert d.title.text == "某某市人民政府关于某事的通知" and d.addressees.text == "各区", rows
        assert set(d.portal) == {"index_number", "title"}


def test_a_byline_and_a_body_row_far_below_are_no_table():
    # a procurement page: its byline (发布时间：… 来源：…) at the top, the winner's 名称：… in the body
    # a few points below: rows of one table stand together, so the body's row is no portal title
    page = ("某区教育局多媒体设备采购项目中标结果公告\n发布时间：2025-03-12　来源：区采购中心\n"
            "一、项目编号：QJ-2025-031\n二、项目名称：某区教育局多媒体设备采购项目\n三、中标信息\n"
            "供应商名称：某某科技有限公司\n名称：某某科技有限公司\n地址：某市某区学府路18号\n")
    assert set(parse_document(page).portal) == {"publish_date"}
    # a table printed one cell a line, its rows together, is still read whole
    d = parse_document("索引号\n000014349/2025-00012\n发文机关\n某某市人民政府\n发布时间：2025-03-12\n"
                       "名称：某某市人民政府关于某事的通知\n某某市人民政府关于某事的通知\n各区：\n请落实。\n")
    assert set(d.portal) == {"index_number", "issuer", "publish_date", "title"}


def test_a_value_after_a_long_run_of_blanks_is_read_in_linear_time():
    # the label after a field's value (来源：) was looked for from every blank of a run: quadratic
    import time

    t0 = time.perf_counter()
    d = parse_document("发布日期：2025-01-01" + " " * 40000 + "1:00\n索引号：1/2025-1\n")
    assert time.perf_counter() - t0 < 2.0 and d.portal["publish_date"].iso == "2025-01-01"


def test_a_signature_the_title_names_is_no_body_date():
    # a university's notice (大学 ends like no organ word), the attached rules after its date with their
    # own signature block: the notice's signature is the one the title names, not the attachment's
    t = ("某某大学关于开展2025年暑期社会实践的通知\n各学院：\n　　现将有关事项通知如下，请遵照执行。\n"
         "某某大学\n2025年6月3日\n相关附件：\n某某大学学生社会实践管理办法\n"
         "第一条　为规范学生社会实践活动，制定本办法。\n某某大学学生工作部\n2024年9月1日\n")
    d = parse_document(t)
    assert d.signature.text == "某某大学" and d.date.iso == "2025-06-03"


# --------------------------------------------------------------------------- session 18 (OD5)


@pytest.mark.parametrize("sep", [" ", "\u3000", ""])
def test_letter_spaced_digit_dates_under_the_signature_and_in_the_record(sep):
    # PDF text spaces out every character of a date in digits (2 0 2 5 年 3 月 1 8 日), as it does
    # Chinese numerals; the 版记 between rules (━━━) and after a page number is read too
    date, printed, rule = sep.join("2025年3月18日"), sep.join("2025年3月19日"), "━" * 20
    t = (f"某某县人民政府关于同意某事的批复\n某街道办事处：\n　　同意。\n　　此复。\n某某县人民政府\n{date}\n"
         f"（此件公开发布）\n— 2 —\n{rule}\n抄送：县委办公室，\n　　　县财政局。\n{rule}\n某某县人民政府办公室　　　{printed}印发\n")
    d = parse_document(t)
    assert d.signature.text == "某某县人民政府" and d.date.iso == "2025-03-18" and d.date.text == date
    assert [n.text for n in d.notes] == ["（此件公开发布）"] and d.cc.text == "县委办公室，县财政局"
    assert d.printed_by.text == "某某县人民政府办公室" and d.print_date.iso == "2025-03-19"


def test_a_record_of_adoption_under_the_title_dates_a_decision():
    # a 决定 adopted by a plenary session, as the press prints it: no signature, the meeting's date in
    # the record under the title is the 成文日期
    t = ("中共某某市委关于深入推进城乡融合发展的决定\n（2025年12月20日中国共产党某某市第九届委员会第十次全体会议通过）\n"
         "　　作出如下决定。\n　　一、总体要求\n　　（1）重大意义。内容。\n")
    d = parse_document(t)
    assert d.date.iso == "2025-12-20" and d.date.text == "2025年12月20日" and d.date.lines == (2,)
    assert d.signature is None and d.issuers == ["中共某某市委"]
    # a record of several dates (adopted, then amended or approved) names no one date
    for more in ("　2026年3月1日某某会议修正）", "　2026年1月5日某某省人民代表大会常务委员会会议批准）"):
        assert parse_document(t.replace("全体会议通过）", "全体会议通过" + more)).date is None
    # nor does a record of publication (…发布), nor a record that is no adoption by a meeting
    assert parse_document(t.replace("中国共产党某某市第九届委员会第十次全体会议通过", "发布")).date is None


def test_an_orders_title_stops_before_its_first_book_or_chapter():
    # the promulgated 规定 in 编/章/条: 第一编　总则 and 第一章　一般规定 (ending like a kind of document,
    # 规定) are headings, no lines of its title
    t = ("中华人民共和国某某部令\n第58号\n　　《某某安全管理规定》已审议通过，现予公布。\n部长　　李某某\n2025年10月28日\n"
         "某某安全管理规定\n第一编　总　　则\n第一章　一般规定\n　　第一条　为了加强管理，制定本规定。\n")
    d = parse_document(t)
    assert d.title.text == "某某安全管理规定" and d.title.lines == (6,)
    assert [s.marker for s in d.body.walk()][:3] == ["第一编", "第一章", "第一条"]


def test_a_standing_committee_announcement_promulgating_a_regulation():
    # a 设区的市's regulation promulgated by its 人大常委会's 公告 (第12号), signed and dated: the title is
    # the regulation's, printed after the date (as a 令's)
    t = ("某某市人民代表大会常务委员会公告\n第12号\n　　《某某市城市绿化条例》已经某某市人民代表大会常务委员会会议通过，"
         "现予公布，自2026年1月1日起施行。\n某某市人民代表大会常务委员会\n2025年10月9日\n某某市城市绿化条例\n"
         "（2025年8月27日某某市第九届人民代表大会常务委员会第二十五次会议通过　2025年9月26日某某省第十四届人民代表大会常务"
         "委员会第十九次会议批准）\n第一章　总　　则\n　　第一条　为了促进城市绿化，制定本条例。\n")
    d = parse_document(t)
    assert d.issuer_mark.text == "某某市人民代表大会常务委员会公告" and d.doc_number.serial == 12
    assert d.title.text == "某某市城市绿化条例" and d.date.iso == "2025-10-09" and d.addressees is None
    assert d.issuers == ["某某市人民代表大会常务委员会"]
    # an announcement with its own title keeps it
    d = parse_document("某某总局关于某事的公告\n某某总局公告2025年第5号\n　　现公告如下。\n某某总局\n2025年2月14日\n某某办法\n")
    assert d.title.text == "某某总局关于某事的公告"


def test_a_byline_with_another_label_before_its_date():
    # a crawled page's byline may name the source first (来源：…　　发布时间：…): still a byline, not the head
    t = ("# 关于做好冬季校园安全工作的通知\n\n来源：某某市教育局　　发布时间：2025-09-03 16:20\n\n某教发〔2025〕19号\n\n"
         "各县区教育局：\n\n现就有关事项通知如下：\n\n某某市教育局\n\n2025年8月29日\n")
    d = parse_document(t)
    assert d.title.text == "关于做好冬季校园安全工作的通知" and d.doc_number.serial == 19
    assert set(d.portal) == {"publish_date"} and d.portal["publish_date"].iso == "2025-09-03"
    assert d.addressees.text == "各县区教育局" and d.date.iso == "2025-08-29"
    # a label before a date key that holds no date is no byline
    t2 = t.replace("发布时间：2025-09-03 16:20", "发布时间：另行通知")
    assert parse_document(t2).portal == {}
    # fields parted by bars (来源: | 发布时间: 2025-09-03 | 浏览次数: 2168): the date without the bar
    t3 = t.replace("来源：某某市教育局　　发布时间：2025-09-03 16:20", "来源: | 发布时间: 2025-09-03 | 浏览次数: 2168")
    d = parse_document(t3)
    assert d.portal["publish_date"].text == "2025-09-03" and d.portal["publish_date"].iso == "2025-09-03"
    assert d.title.text == "关于做好冬季校园安全工作的通知"


def test_a_date_in_full_width_digits_is_read_not_raised_on():
    # ２０２５年３月１日 (full-width digits, as some Word documents print them) matched the date pattern
    # (its \d takes any decimal digit) but its value was looked up as Chinese numerals: KeyError
    t = "某某局关于某事的通知\n各单位：\n　　内容。\n某某局\n２０２５年３月１日\n某某局办公室　　２０２５年３月２日印发\n"
    d = parse_document(t)
    assert d.date.iso == "2025-03-01" and d.date.text == "２０２５年３月１日" and d.print_date.iso == "2025-03-02"


# --------------------------------------------------------------------------- session 18 review (RV9)


@pytest.mark.parametrize("record", ["市人民政府第10次常务会议审议通过", "中共某某市委常委会会议讨论通过",
                                    "某某市第十七届人民代表大会第五次会议表决通过", "市委全会通过"])
def test_a_record_of_adoption_by_a_meeting_in_other_words_dates_the_document(record):
    # a meeting's adoption is also 审议通过, 讨论通过, 表决通过, by a 全会
    t = f"某某市关于推进城乡融合发展的决定\n（2025年12月20日{record}）\n　　作出如下决定。\n　　一、总体要求\n"
    assert parse_document(t).date.iso == "2025-12-20"
    assert parse_document(t.replace(record, record + "　2026年3月1日修正")).date is None


def test_letter_spaced_full_width_digit_date_under_the_signature():
    t = "某某县人民政府关于同意某事的批复\n某街道办事处：\n　　同意。\n某某县人民政府\n２ ０ ２ ５ 年 ３ 月 １ ８ 日\n"
    d = parse_document(t)
    assert d.signature.text == "某某县人民政府" and d.date.iso == "2025-03-18"


@pytest.mark.parametrize("end", ["作如下补充通知：", "现就有关问题作如下解释和说明："])
def test_a_sentence_announcing_more_than_two_characters_is_no_addressee(end):
    t = f"# 某某管理暂行规定\n\n为了加强对某项工作的宏观指导，现就有关部门的管理职责{end}\n\n一、某部门主管全省有关工作。\n"
    assert parse_document(t).addressees is None


def test_an_announcement_takes_only_the_title_of_the_regulation_it_names():
    # a 公告 with no title of its own: the line after its date is its title only when the body names
    # it (《…》已经…通过，现予公布); a resignation's announcement names no regulation (since session 40 its
    # mark's line over its number is its title then, as ``…公告（第12号）`` on one line or ``（第12号）`` under it)
    t = ("某某市人民代表大会常务委员会公告\n第12号\n　　某某会议决定，接受张某辞去职务的请求。\n　　特此公告。\n"
         "某某市人民代表大会常务委员会\n2025年10月9日\n关于某某事项的决定说明\n内容。\n")
    assert parse_document(t).title.text == "某某市人民代表大会常务委员会公告"


# --------------------------------------------------------------------------- session 19 (OD6: held-out 51-60)


@pytest.mark.parametrize("name", ["2025届高校毕业生名单加密说明", "2025年度先进集体和先进个人名单",
                                  "12345热线办件情况统计表"])
def test_a_single_attachment_whose_name_starts_with_a_figure_keeps_it(name):
    # digits run on into the name (a year, a hotline number): no item number of the list
    t = f"某某局关于某事的通知\n各单位：\n　　请落实。\n　　附件：{name}\n某某局\n2025年12月8日\n"
    assert [a.text for a in parse_document(t).attachments] == [name]


def test_numbered_attachments_are_still_cut_from_their_numbers():
    t = ("某某局关于某事的通知\n各单位：\n　　请落实。\n　　附件：1．2025年工作要点\n　　　　　2 任务分工表\n"
         "　　　　　3、10个重点项目清单\n某某局\n2025年12月8日\n")
    assert [a.text for a in parse_document(t).attachments] == ["2025年工作要点", "任务分工表", "10个重点项目清单"]


@pytest.mark.parametrize("line", ["联系人：赵　磊　　联系电话：0571-88008123", "联系人：赵磊，电话：13805710000",
                                  "联系电话：0571-88008123", "联系人及电话：王芳　0571-88008123",
                                  "联系人：王　芳；联系电话：0571-88008123，13900001111。"])
def test_a_contact_line_under_the_date_is_a_note(line):
    # a letter's contact printed without brackets where the 附注 stands (under the date)
    t = f"某某厅办公室关于某事的函\n某某厅办公室：\n　　请支持。\n某某厅办公室\n2025年12月8日\n{line}\n"
    d = parse_document(t)
    assert [n.text for n in d.notes] == [line]
    assert element_lines(t) >= {5}


def test_a_contact_sentence_under_the_date_is_no_note():
    t = ("某某厅办公室关于某事的函\n某某厅办公室：\n　　请支持。\n某某厅办公室\n2025年12月8日\n"
         "联系人要在三日内将电话0571-88008123报送我厅。\n")
    assert parse_document(t).notes == []


def test_a_minutes_distribution_line_is_its_cc():
    # a 纪要's 版记 names its distribution 分送 (over two lines when a line ends with a separator)
    t = ("某某区人民政府常务会议纪要\n第36期\n某某区人民政府办公室　　2025年8月15日\n　　会议纪要如下：\n"
         "　　一、关于某事\n　　会议同意。\n出席：张三　李四\n分送：区委常委，区人大常委会、\n区政府各部门。\n"
         "某某区人民政府办公室　　2025年8月15日印发\n")
    d = parse_document(t)
    assert d.cc.text == "区委常委，区人大常委会、区政府各部门"
    assert d.printed_by.text == "某某区人民政府办公室"


def test_a_portal_table_converted_to_a_markdown_pipe_table():
    t = ("| 索引号 | 11440300/2025-00456 | 主题分类 | 教育 |\n|---|---|---|---|\n"
         "| 发文机关 | 某某市教育局 | 成文日期 | 2025-09-18 |\n| 发文字号 | 某教〔2025〕210号 | 发布日期 | 2025-09-22 |\n"
         "| 标题 | 某某市教育局关于做好课后服务工作的通知 | | |\n\n"
         "# 某某市教育局关于做好课后服务工作的通知\n\n某教〔2025〕210号\n\n各区教育局：\n\n请落实。\n\n"
         "某某市教育局\n\n2025年9月18日\n")
    d = parse_document(t)
    got = {k: getattr(v, "iso", None) or v.text for k, v in d.portal.items()}
    assert got == {"index_number": "11440300/2025-00456", "subject": "教育", "issuer": "某某市教育局",
                   "written_date": "2025-09-18", "doc_number": "某教〔2025〕210号", "publish_date": "2025-09-22",
                   "title": "某某市教育局关于做好课后服务工作的通知"}
    assert t[d.portal["issuer"].start:d.portal["issuer"].end] == "某某市教育局"
    assert d.title.text == "某某市教育局关于做好课后服务工作的通知" and d.doc_number.serial == 210


def test_a_markdown_table_in_the_body_is_no_portal_table():
    t = ("某某局关于某事的通知\n各单位：\n　　情况如下：\n| 序号 | 名称 | 文号 |\n|---|---|---|\n"
         "| 1 | 甲项目 | 某〔2025〕1号 |\n某某局\n2025年12月8日\n")
    assert parse_document(t).portal == {}


@given(st.text(alphabet="0123456789٣-./\n \t\u3000#日年月x", max_size=40))
def test_date_lines_found_from_their_ends_are_the_lines_read_one_by_one(text):
    """``_has_date_end`` finds the lines ending in 日 with one scan and a line that is a digit
    date alone from the line break before it (literals the engine finds fast): the same test
    as reading every line (a date line or a signature and a date: 日 ends them) and the
    line-anchored digit pattern."""
    import re as std_re

    from govtext import document

    blank = std_re.escape(document._BLANK)
    alone = std_re.compile(rf"^[{blank}]*(?:19|20)\d\d[-./]\d{{1,2}}[-./]\d{{1,2}}[{blank}]*$", std_re.M)
    lines = [ln.strip(document._BLANK) for ln in text.split("\n")]
    dated = any(document._date_line_re().fullmatch(s) or document._sig_date_line_re().fullmatch(s) for s in lines)
    assert document._has_date_end(text) == bool(dated or alone.search(text))


@given(st.lists(st.sampled_from(["国务院关于加强监管的意见", "国发〔2019〕5号", "各省：", "正文。", "国务院",
                                 "2019年1月27日", "相关阅读", "某县召开会议 2019-01-02", "", "2024-05-01"]),
                max_size=12), st.data())
def test_element_lines_blank_is_the_text_with_those_lines_blank(lines, data):
    """``element_lines(text, blank=rows)`` (its cheap test read before the rows are blanked: a
    blank line makes no doc number nor date line) is ``element_lines`` of the text with them blank."""
    from govtext.document import element_lines

    rows = data.draw(st.sets(st.integers(0, max(len(lines) - 1, 0)))) if lines else set()
    blanked = ["" if i in rows else s for i, s in enumerate(lines)]
    assert element_lines("\n".join(lines), blank=iter(sorted(rows))) == element_lines("\n".join(blanked))


# --------------------------------------------------------------------------- session 20 (OD7)


def test_a_joint_mark_of_three_organs_stacked_over_its_file_line() -> None:
    t = ("甲市农业局\n甲市水利局\n甲市自然资源局\n文件\n甲农联〔2026〕2号\n甲市农业局　甲市水利局\n甲市自然资源局关于做好春灌的通知\n"
         "各县农业局：\n请做好春灌。\n甲市农业局\n甲市水利局\n甲市自然资源局\n2026年2月1日\n")
    d = parse_document(t)
    assert d.issuer_mark.text == "甲市农业局\n甲市水利局\n甲市自然资源局\n文件" and d.issuer_mark.lines == (1, 2, 3, 4)
    assert d.doc_number.serial == 2 and d.issuers == ["甲市农业局", "甲市水利局", "甲市自然资源局"]


def test_printed_by_and_print_date_as_two_cells() -> None:
    t = ("乙县教育局关于做好招生工作的通知\n乙教〔2026〕4号\n各学校：\n请做好招生。\n乙县教育局\n2026年3月2日\n"
         "抄送：县政府办公室。\n乙县教育局办公室\n2026年3月3日印发\n")
    d = parse_document(t)
    assert d.printed_by.text == "乙县教育局办公室" and d.printed_by.lines == (8,) and d.print_date.iso == "2026-03-03"
    assert d.cc.text == "县政府办公室"
    # a sentence above the date line, or a date line with more than 印发: no printed-by read
    for above in ("请各单位认真落实。", "抄送：县政府办公室"):
        t2 = t.replace("抄送：县政府办公室。\n乙县教育局办公室\n", above + "\n")
        assert parse_document(t2).printed_by is None, above


@pytest.mark.parametrize("gap", ["　", "　　", " "])
def test_an_orders_mark_and_number_on_one_line(gap: str) -> None:
    t = (f"丙市停车管理办法\n丙市人民政府令{gap}第31号\n《丙市停车管理办法》已经市政府常务会议通过，现予公布。\n市长　　某某某\n"
         "2026年1月19日\n丙市停车管理办法\n第一条　为了规范停车管理，制定本办法。\n")
    d = parse_document(t)
    assert d.issuer_mark.text == "丙市人民政府令" and cut(t, d.issuer_mark) == "丙市人民政府令"
    assert d.doc_number.text == "第31号" and cut(t, d.doc_number) == "第31号" and d.doc_number.serial == 31
    assert d.title.text == "丙市停车管理办法" and d.issuers == ["丙市人民政府"] and d.signature.text == "市长　　某某某"


def test_a_row_of_page_tools_between_the_title_and_the_number() -> None:
    t = ("首页 > 通知公告\n丁区民政局关于开展冬季救助的通知\n【字体：大 中 小】　【打印】　【关闭】\n丁民〔2026〕3号\n"
         "各街道：\n请做好救助。\n丁区民政局\n2026年1月5日\n")
    d = parse_document(t)
    assert d.title.text == "丁区民政局关于开展冬季救助的通知" and d.doc_number.serial == 3
    assert d.addressees.text == "各街道"


def test_a_telegrams_form_cells_above_its_number() -> None:
    t = ("戊市人民政府办公室明传电报\n发电单位　　戊市人民政府办公室\n签发人　　王某某\n等级　　特急·明电\n"
         "戊政办明电〔2026〕5号\n戊市人民政府办公室\n关于做好防汛工作的紧急通知\n各县人民政府：\n请做好防汛。\n"
         "戊市人民政府办公室\n2026年7月2日\n")
    d = parse_document(t)
    assert d.issuer_mark.text == "戊市人民政府办公室明传电报" and d.signer.text == "王某某"
    assert d.urgency.text == "特急" and cut(t, d.urgency) == "特急" and d.doc_number.serial == 5
    assert d.title.text == "戊市人民政府办公室关于做好防汛工作的紧急通知" and d.addressees.text == "各县人民政府"
    assert d.issuers == ["戊市人民政府办公室"]
    # a body line naming a signer in a sentence is no 签发人 cell
    assert parse_document("某局关于某事的通知\n各单位：\n请签发人 审核后报送。\n某局\n2026年1月1日\n").signer is None


def test_a_telegrams_grade_cell_on_its_numbers_line() -> None:
    # (OD18, held-out 179) the form's fields on one line: 等级 cell, number, 签发人
    t = ("己县人民政府办公室明传电报\n等级：特急·明电　　　己政办明电〔2026〕7号　　　签发人：某某某\n"
         "己县人民政府办公室\n关于做好防台工作的紧急通知\n各乡镇人民政府：\n请做好防台。\n"
         "己县人民政府办公室\n2026年8月6日\n")
    d = parse_document(t)
    assert cut(t, d.doc_number) == "己政办明电〔2026〕7号" and (d.doc_number.year, d.doc_number.serial) == (2026, 7)
    assert d.urgency.text == "特急" and cut(t, d.urgency) == "特急" and d.signer.text == "某某某"
    assert d.title.text == "己县人民政府办公室关于做好防台工作的紧急通知" and d.addressees.text == "各乡镇人民政府"
    # after the cell the number must fill the rest of the line (a sentence citing one is none)
    t = "某局文件\n等级：特急　　按某政办明电〔2026〕7号办理\n关于某事的通知\n各单位：\n请办理。\n"
    assert parse_document(t).doc_number is None


def test_an_orders_mark_line_with_a_long_run_of_blanks_is_read_in_linear_time() -> None:
    # (review RVA) the number after a 令's mark on its line (某市人民政府令　第31号) was looked for from
    # every blank of a run: 40,000 blanks took 30 s
    import time

    for tail in (" " * 40000 + "x号", " 第" + "\u3000" * 40000 + "x号"):
        t0 = time.perf_counter()
        d = parse_document("丙市人民政府令" + tail + "\n丙市停车管理办法\n")
        assert time.perf_counter() - t0 < 2.0 and d.doc_number is None
    d = parse_document("丙市人民政府令" + " " * 40000 + "第31号\n丙市停车管理办法\n")
    assert d.issuer_mark.text == "丙市人民政府令" and d.doc_number.text == "第31号"


def test_a_body_line_of_grades_is_no_telegrams_form_cell() -> None:
    # (review RVA) without a doc number the telegram form's cells were looked for in every line of
    # the document (the block above a number that is not there): a body line 等级：特急… gave urgency
    t = ("某局关于规范办件时限的通知\n各单位：\n现将办件时限规定如下：\n等级：特急件当日办结，加急件三日内办结。\n"
         "某局\n2026年1月1日\n")
    d = parse_document(t)
    assert d.urgency is None and d.title.text == "某局关于规范办件时限的通知" and d.date.iso == "2026-01-01"


# --------------------------------------------------------------------------- session 21 (OD8)


def test_an_ocr_zero_read_as_ling_in_the_numbers_year() -> None:
    # a scanned page's OCR reads the year's 0 as 〇 and puts a blank before 号
    t = "己县教育局文件\n己教发〔2〇26〕9 号\n己县教育局关于做好春季开学工作的通知\n各学校：\n请做好开学。\n己县教育局\n2026年2月1日\n"
    d = parse_document(t)
    assert d.doc_number is not None and (d.doc_number.year, d.doc_number.serial) == (2026, 9)
    assert d.title.text == "己县教育局关于做好春季开学工作的通知" and d.addressees.text == "各学校"
    # a year of 〇 only, or a first figure that is no year's, is no number
    for bad in ("〔〇〇〇〇〕9号", "〔3〇26〕9号"):
        assert parse_document(t.replace("〔2〇26〕9 号", bad)).doc_number is None, bad


@pytest.mark.parametrize("chrome", ["某某教育发布\n关注\n", "某省人民政府公报　　　　2026年第4期\n"])
def test_page_chrome_above_a_titles_about_line_is_no_part_of_the_title(chrome: str) -> None:
    # a WeChat account's name and its follow button, a gazette's running head: above the line of
    # 关于, and not an organ's name (the title's own first line when it names the issuers)
    t = chrome + "庚市教育局关于做好2026年\n小学招生工作的通知\n庚教〔2026〕15号\n各区教育局：\n请做好招生。\n庚市教育局\n2026年3月4日\n"
    d = parse_document(t)
    assert d.title.text == "庚市教育局关于做好2026年小学招生工作的通知" and d.doc_number.serial == 15
    # organs on the line above 关于 stay the title's, so does a 转发 line
    for first, title in (("庚市教育局　庚市财政局\n关于", "庚市教育局庚市财政局关于"),
                         ("庚市人民政府办公室转发市教育局\n关于", "庚市人民政府办公室转发市教育局关于")):
        t2 = chrome + first + "做好招生工作的通知\n庚教〔2026〕15号\n各区教育局：\n请做好招生。\n庚市教育局\n2026年3月4日\n"
        assert parse_document(t2).title.text == title + "做好招生工作的通知", first


@pytest.mark.parametrize("organ", ["庚县公安局交通警察大队", "中华人民共和国庚州海关", "庚县教育局等五部门",
                                   "庚县国有林场", "庚县高新技术产业园"])
def test_an_organs_line_above_the_about_line_ending_in_no_office_word_stays_the_titles(organ: str) -> None:
    # the issuer's name on the line above 关于 ends in 队, 关, 门, 场 or 园: no page chrome
    t = organ + "\n关于做好春节期间安全工作的通知\n庚安〔2026〕2号\n各单位：\n请做好安全工作。\n" + organ + "\n2026年2月1日\n"
    d = parse_document(t)
    assert d.title is not None and d.title.text == organ + "关于做好春节期间安全工作的通知"
    assert 0 in element_lines(t)
    # (a site's name there is still no part of the title: 某某门户网站)
    site = "庚县人民政府门户网站\n" + t[len(organ) + 1 :]
    assert parse_document(site).title.text == "关于做好春节期间安全工作的通知"


def test_a_joint_mark_set_as_a_table_has_its_file_cell_between_the_organs() -> None:
    # a Word table: 文件 in a cell spanning both organs' rows comes out between them
    t = ("辛县教育局\n文件\n辛县财政局\n辛教〔2026〕8号　　签发人：许某某　曹某某\n辛县教育局　辛县财政局\n"
         "关于提高公用经费标准的请示\n县人民政府：\n妥否，请批示。\n辛县教育局　　辛县财政局\n2026年3月20日\n")
    d = parse_document(t)
    assert d.issuer_mark is not None and d.issuer_mark.lines == (1, 2, 3)
    assert d.issuer_mark.text.replace("\n", "") == "辛县教育局辛县财政局文件"
    assert d.title.text == "辛县教育局辛县财政局关于提高公用经费标准的请示" and d.addressees.text == "县人民政府"
    assert d.doc_number.serial == 8 and d.issuers == ["辛县教育局", "辛县财政局"]
    # one organ over 文件 over a sentence: no mark of this shape
    t2 = t.replace("辛县财政局\n辛教", "请各单位认真落实。\n辛教", 1)
    assert parse_document(t2).issuer_mark is None or "落实" not in parse_document(t2).issuer_mark.text


def test_a_cc_label_alone_on_its_line_with_the_organs_under_it() -> None:
    t = ("壬大学关于印发管理办法的通知\n壬大发〔2026〕12号\n各学院：\n现予印发。\n壬大学\n2026年3月9日\n"
         "抄送：\n校党委各部门，校工会，校团委。\n壬大学党政办公室\n2026年3月10日印发\n")
    d = parse_document(t)
    assert d.cc.text == "校党委各部门，校工会，校团委" and d.cc.lines == (8,) and cut(t, d.cc) == d.cc.text
    assert d.printed_by.text == "壬大学党政办公室" and d.print_date.iso == "2026-03-10"
    # a sentence under the label is no cc
    assert parse_document(t.replace("校党委各部门，校工会，校团委。", "请各单位认真落实。")).cc is None
    # an empty label over the 印发机关 and its date line: no cc
    t3 = t.replace("校党委各部门，校工会，校团委。\n", "")
    d3 = parse_document(t3)
    assert d3.cc is None and d3.printed_by.text == "壬大学党政办公室"


def test_an_announcements_number_alone_under_its_title() -> None:
    t = ("癸市人民政府关于调整部分路段停车收费标准的公告\n第12号\n为规范停车秩序，现公告如下：\n"
         "一、调整范围。主城区道路停车泊位。\n特此公告。\n癸市人民政府\n2026年4月2日\n")
    d = parse_document(t)
    assert d.doc_number.text == "第12号" and (d.doc_number.year, d.doc_number.serial) == (None, 12)
    assert cut(t, d.doc_number) == "第12号" and d.title.text.endswith("公告")
    assert parse_document(t.replace("第12号", "2026年第12号")).doc_number.year == 2026
    # under a notice's title a line 第12号 is no number of its own
    assert parse_document(t.replace("的公告\n", "的通知\n")).doc_number is None


def test_a_decision_announced_by_its_lead_line_has_no_addressees() -> None:
    t = ("子县人民政府关于张三等同志职务任免的决定\n子政任〔2026〕4号\n经县人民政府研究，决定：\n"
         "任命张三为县财政局局长；\n免去李四的县财政局局长职务。\n子县人民政府\n2026年3月9日\n")
    d = parse_document(t)
    assert d.addressees is None and d.signature.text == "子县人民政府"
    d2 = parse_document(t.replace("经县人民政府研究，决定：", "各乡镇人民政府，县政府各部门：\n经县人民政府研究，决定："))
    assert d2.addressees.text == "各乡镇人民政府，县政府各部门"


def test_the_date_printed_above_the_signature() -> None:
    t = ("丑省教育厅关于专项检查情况的通报\n丑教督〔2026〕5号\n各市教育局：\n现将检查情况通报如下。\n"
         "附件：2026年度专项检查发现问题\n　　　清单\n2026年2月3日\n丑省教育厅\n（此件主动公开）\n")
    d = parse_document(t)
    assert d.signature.text == "丑省教育厅" and d.signature.lines == (8,) and d.date.iso == "2026-02-03"
    assert [a.text for a in d.attachments] == ["2026年度专项检查发现问题清单"]
    assert [n.text for n in d.notes] == ["（此件主动公开）"] and d.issuers == ["丑省教育厅"]
    # an organ the title does not start with under the date is not moved above it
    d2 = parse_document(t.replace("2026年2月3日\n丑省教育厅\n", "丑省教育厅\n2026年2月3日\n寅市教育局\n"))
    assert d2.signature.text == "丑省教育厅"


def test_a_contact_name_over_its_phone_line_under_the_date() -> None:
    t = ("卯省生态环境厅关于评价意见的复函\n卯环函〔2026〕8号\n辰市生态环境局：\n此复。\n卯省生态环境厅\n2026年2月5日\n"
         "联系人：王　芳\n联系电话：0571-88001234\n")
    d = parse_document(t)
    assert [n.text for n in d.notes] == ["联系人：王　芳", "联系电话：0571-88001234"]
    # a name alone with no phone line under it is no note
    assert parse_document(t.replace("联系电话：0571-88001234\n", "")).notes == []


def test_a_cc_label_with_only_a_stop_names_nobody() -> None:
    t = "寅局关于某事的通知\n寅〔2026〕2号\n各单位：\n正文。\n寅局\n2026年1月1日\n抄送：。\n请各单位认真落实\n"
    assert parse_document(t).cc is None  # (was an IndexError on the empty value)
    d = parse_document(t.replace("请各单位认真落实", "甲局，乙局。"))
    assert d.cc.text == "甲局，乙局"


def test_a_cc_label_alone_over_a_line_of_stops_names_nobody() -> None:
    # (抄送： alone over 。 was an IndexError in _cc_wrapped, over 、 a cc of 、: no organ is named)
    t = "寅局关于某事的通知\n寅〔2026〕2号\n各单位：\n正文。\n寅局\n2026年1月1日\n抄送：\n。\n"
    assert parse_document(t).cc is None
    assert parse_document(t.replace("\n。\n", "\n、\n")).cc is None
    assert parse_document(t.replace("\n。\n", "\n甲局，乙局。\n")).cc.text == "甲局，乙局"


def test_a_table_row_one_cell_a_line_under_a_label_the_table_does_not_know() -> None:
    # (session 22, OD10) a table crawled one cell a line: a label it does not know alone on its line
    # (letter-spaced too) with its short cell under it, among or right under the rows, is the table's
    # row, not the head's: the title and everything under it are read
    head = ("巳省人民政府关于加强乡村道路养护的通知\n巳政发〔2026〕11号\n各市人民政府：\n　　请认真落实。\n"
            "巳省人民政府\n2026年4月2日\n")
    for row in ("公开方式：\n主动公开\n", "时　　效：\n现行有效\n", "公 开 方 式：主动公开\n"):
        for at in ("top", "end"):
            rows = ["索 引 号：\n11350000003591037M/2026-00107\n", "发布日期：\n2026-04-08\n"]
            rows.insert(1 if at == "top" else 2, row)
            d = parse_document("".join(rows) + head)
            assert d.title.text == "巳省人民政府关于加强乡村道路养护的通知", (row, at)
            assert d.doc_number.text == "巳政发〔2026〕11号" and d.date.iso == "2026-04-02", (row, at)
            assert set(d.portal) == {"index_number", "publish_date"}, (row, at)
    # a label left alone (its cell empty) over the title: the title's first line, or its organ's
    # name over a line of 关于, is no cell
    for title in ("巳省人民政府关于加强\n乡村道路养护的通知\n", "巳省人民政府办公厅\n关于加强乡村道路养护的通知\n"):
        d = parse_document("索 引 号：\n11350000003591037M/2026-00107\n发布日期：\n2026-04-08\n有 效 性：\n" + title
                           + "巳政办发〔2026〕3号\n各市人民政府：\n　　请认真落实。\n巳省人民政府办公厅\n2026年4月2日\n")
        assert d.title.text == title.replace("\n", ""), title


def test_a_kept_title_cell_is_the_title_printed_below_over_two_lines() -> None:
    # (session 22, OD10) drop_spam took the table's keys and cells but the title's cell: that cell is
    # the portal's title when the document prints the same title below, over one line or two
    page = ("巳省人民政府关于加强乡村道路养护的通知\n巳省人民政府关于加强\n乡村道路养护的通知\n巳政发〔2026〕11号\n"
            "各市人民政府：\n　　请认真落实。\n巳省人民政府\n2026年4月2日\n")
    dropped = ["索 引 号：", "11350000003591037M/2026-00107", "标　　题：", "发布日期：", "2026-04-08"]
    d = parse_document(page, metadata_lines=dropped)
    assert d.portal["title"].text == "巳省人民政府关于加强乡村道路养护的通知" and d.portal["title"].lines == (1,)
    assert d.title.text == "巳省人民政府关于加强乡村道路养护的通知" and d.title.lines == (2, 3)
    # a first line that only starts like the cell is no copy of it
    other = page.replace("乡村道路养护的通知\n巳政发", "乡村道路养护工作的通知\n巳政发")
    assert "title" not in parse_document(other, metadata_lines=dropped).portal


def test_a_wrapped_cc_line_naming_places_that_share_the_organ_after_them() -> None:
    # (session 23, OD11) the 抄送 list's next line names places before the organ they share
    # (``甲省乙市、丙市人民政府``: 乙市人民政府 and 丙市人民政府): it is the list's, not a sentence
    t = ("辰省人民政府关于同意设立某某示范区的批复\n辰政函〔2026〕5号\n某某市人民政府：\n　　同意设立。\n"
         "辰省人民政府\n2026年4月8日\n抄送：省发展改革委、省财政厅、\n　　　辰省午市、未市人民政府，各省、自治区、直辖市人民政府。\n"
         "辰省人民政府办公厅　　2026年4月9日印发\n")
    d = parse_document(t)
    assert d.cc.text == "省发展改革委、省财政厅、辰省午市、未市人民政府，各省、自治区、直辖市人民政府"
    assert d.cc.lines == (7, 8) and d.printed_by.text == "辰省人民政府办公厅"
    # places with no organ after them are no list of organs (a sentence of the body after the 版记)
    assert parse_document(t.replace("辰省午市、未市人民政府，各省、自治区、直辖市人民政府。", "午市、未市")).cc.lines == (7,)


def test_a_portal_table_printed_without_colons() -> None:
    # (session 23, OD11) a page's table as text with its labels and values apart by blanks, two pairs a
    # line (``索 引 号  …  主题分类  …``; one blank each after clean()): its rows are the portal's, not the
    # title's lines
    table = ("索 引 号  11330000002482870P/2026-00031      主题分类  城乡建设、环境保护\\住房保障\n"
             "发文机关  戌省人民政府                    成文日期  2026年03月10日\n"
             "标    题  戌省人民政府关于推进保障性住房建设的意见\n"
             "发文字号  戌政发〔2026〕7号               发布日期  2026年03月16日\n\n")
    doc = ("戌省人民政府关于推进保障性住房建设的意见\n戌政发〔2026〕7号\n各市人民政府：\n　　现提出如下意见。\n"
           "戌省人民政府\n2026年3月10日\n")
    for page in (table + doc, re.sub(" +", " ", table) + doc):
        d = parse_document(page)
        assert d.title.text == "戌省人民政府关于推进保障性住房建设的意见" and d.title.lines == (6,)
        assert {k: v.text for k, v in d.portal.items()} == {
            "index_number": "11330000002482870P/2026-00031", "subject": "城乡建设、环境保护\\住房保障",
            "issuer": "戌省人民政府", "written_date": "2026年03月10日",
            "title": "戌省人民政府关于推进保障性住房建设的意见", "doc_number": "戌政发〔2026〕7号",
            "publish_date": "2026年03月16日"}
        assert d.portal["publish_date"].iso == "2026-03-16" and d.doc_number.text == "戌政发〔2026〕7号"
    # rows dropped before (drop_spam's metadata) count with those kept: three fields between them
    kept = "信息索引号　11330000002482870P/2026-00031\n发布机构　戌省人民政府\n"
    for dropped in (["发布时间　2026-03-16 09:30"], ["发布时间 2026-03-16 09:30", "名称 戌省人民政府关于推进保障性住房建设的意见"]):
        d = parse_document(kept + doc, metadata_lines=dropped)
        assert d.title.text == "戌省人民政府关于推进保障性住房建设的意见" and d.title.lines == (3,), dropped
        assert d.portal["issuer"].text == "戌省人民政府" and d.portal["publish_date"].iso == "2026-03-16", dropped
    d = parse_document(doc, metadata_lines=[*kept.split("\n"), "发布时间 2026-03-16"])
    assert d.portal["issuer"].text == "戌省人民政府" and d.portal["publish_date"].start is None
    # a body line or two starting with a key's word and a blank is no table (a form's rows, under the head)
    form = doc + "附件\n名称  住房保障项目\n文号  （由审批部门填写）\n"
    assert parse_document(form).portal == {}
    # nor is a row whose value does not fit its key (a date key over no date)
    assert parse_document("发布日期  待定\n发文机关  戌省人民政府\n标题  某某\n" + doc).portal == {}


def test_an_order_promulgating_a_decision_with_its_attachments_list() -> None:
    # (session 23, OD11) a 令 prints the 决定 it promulgates whole: the 决定's name is the title, and its
    # 附件说明, with the attachments printed after it, the document's attachments
    head = ("亥省人民政府令\n第61号\n　　《亥省人民政府关于修改部分省政府规章的决定》已经省政府常务会议通过，现予公布。\n"
            "　　　　省长　　周启明\n　　　　2026年6月1日\n\n亥省人民政府关于修改部分省政府规章的决定\n\n"
            "　　省人民政府决定：\n　　一、对2件规章予以修改。（附件1）\n　　二、对1件规章予以废止。（附件2）\n\n")
    listing = "　　附件：1.省人民政府决定修改的规章\n　　　　　2.省人民政府决定废止的规章\n\n"
    annexes = "附件1\n\n省人民政府决定修改的规章\n　　一、删去《某某办法》第五条。\n附件2\n\n省人民政府决定废止的规章\n　　1.《某某规定》\n"
    d = parse_document(head + listing + annexes)
    assert d.title.text == "亥省人民政府关于修改部分省政府规章的决定" and d.signature.text == "省长　　周启明"
    assert [a.text for a in d.attachments] == ["省人民政府决定修改的规章", "省人民政府决定废止的规章"]
    assert d.attachments[0].lines == (13,)
    # a list whose attachments are not printed after it, or none at all: no attachments read there
    assert parse_document(head + listing).attachments == []
    assert parse_document(head + annexes).attachments == []


def test_an_order_promulgating_a_decision_with_its_tables_list() -> None:
    # (session 38, FXD) as with 附件, a 附表： list with the tables printed after it under their markers (附表1)
    head = ("亥省人民政府令\n第61号\n　　《亥省人民政府关于修改部分省政府规章的决定》已经省政府常务会议通过，现予公布。\n"
            "　　　　省长　　周启明\n　　　　2026年6月1日\n\n亥省人民政府关于修改部分省政府规章的决定\n\n"
            "　　省人民政府决定：\n　　一、对2件规章予以修改。\n　　二、对1件规章予以废止。\n\n")
    listing = "　　附表：1.决定修改的规章目录\n　　　　　2.决定废止的规章目录\n\n"
    annexes = "附表1\n\n决定修改的规章目录\n　　一、删去《某某办法》第五条。\n附表2\n\n决定废止的规章目录\n　　1.《某某规定》\n"
    d = parse_document(head + listing + annexes)
    assert [a.text for a in d.attachments] == ["决定修改的规章目录", "决定废止的规章目录"]
    assert parse_document(head + listing).attachments == []


def test_a_public_notice_is_a_kind_of_document() -> None:
    # (session 25, OD12) a 公示 (拟推荐对象的公示) has no number nor addressees: its title ends with 公示, and the
    # organ over the date signs it
    t = ("关于2026年度某区“最美家庭”拟推荐对象的公示\n　　经审核，拟推荐以下家庭。现予以公示。\n"
         "序号\t街道\t家庭代表\n1\t某街道\t王某某\n　　公示时间：2026年5月11日至5月17日。\n某区妇女联合会\n2026年5月10日\n")
    d = parse_document(t)
    assert d.title.text == "关于2026年度某区“最美家庭”拟推荐对象的公示"
    assert (d.signature.text, d.date.iso, d.issuers) == ("某区妇女联合会", "2026-05-10", ["某区妇女联合会"])
    # its lead announcing the list (…予以公示：) addresses nobody
    d = parse_document(t.replace("拟推荐以下家庭。现予以公示。", "现将拟推荐家庭予以公示："))
    assert d.addressees is None and d.title is not None


def test_a_bracketed_note_wrapped_over_two_lines_under_the_date() -> None:
    # (session 25, OD12) a letter's contact note in brackets over two lines (name and phone, then the
    # e-mail): one note, both lines
    t = ("某省文化和旅游厅关于商请支持某项工作的函\n某文旅函〔2026〕27号\n省发展改革委：\n　　特此函商。\n"
         "某省文化和旅游厅\n2026年3月27日\n（联系人及电话：资源开发处　郑某某　0571-86829013；\n电子邮箱：a@b.example.cn）\n")
    d = parse_document(t)
    assert [(n.text, n.lines) for n in d.notes] == [
        ("（联系人及电话：资源开发处　郑某某　0571-86829013；电子邮箱：a@b.example.cn）", (7, 8))]
    # a bracket left open (a line of the body after the date) is no note
    assert parse_document(t.replace("example.cn）", "example.cn")).notes == []


def test_a_bulletin_numbered_by_issue_with_its_own_title() -> None:
    # (session 25, OD12) a 简报-style head: the bulletin's letter-spaced mark, 第4期, the compiling office
    # and the date on one line, then the issue's title: the mark, the number, the date, no signature
    t = ("督　查　通　报\n第4期\n某省人民政府督查室　　　　　　2026年6月12日\n关于2026年第一批重点工作督查情况的通报\n"
         "　　现将有关情况通报如下：\n　　一、总体情况\n　　推进有力。\n报：省委书记、副书记。\n发：各市人民政府。\n")
    d = parse_document(t)
    assert (d.issuer_mark.text, d.doc_number.text, d.doc_number.serial) == ("督　查　通　报", "第4期", 4)
    assert d.title.text == "关于2026年第一批重点工作督查情况的通报" and d.date.iso == "2026-06-12"
    assert (d.signature, d.issuers) == (None, None)
    # without a title of a kind of document under it, a mark over an issue number is not read so
    assert parse_document(t.replace("关于2026年第一批重点工作督查情况的通报\n", "")).doc_number is None


def test_a_commendation_order_is_titled_by_the_organ_over_its_kind() -> None:
    # (session 25, OD12) a 嘉奖令: the organ on the first line, ``嘉　奖　令`` under it, the number, the
    # addressees, the governor signs; the two lines are the title (嘉奖 names no organ: no mark)
    t = ("某省人民政府\n嘉　奖　令\n某政令〔2026〕2号\n省消防救援总队，各市人民政府：\n　　省人民政府决定给予通令嘉奖。\n"
         "省长　　何某某\n2026年7月6日\n")
    d = parse_document(t)
    assert (d.issuer_mark, d.title.text, d.doc_number.serial) == (None, "某省人民政府嘉奖令", 2)
    assert d.addressees.text == "省消防救援总队，各市人民政府"
    assert (d.signature.text, d.issuers) == ("省长　　何某某", ["某省人民政府"])
    # a mark of an organ stacked over 令 is still one (国务院 + 中央军委令)
    d = parse_document("国务院\n中央军委令\n第9号\n现公布条例。\n总理　　李某\n2026年1月1日\n某某条例\n第一条　为了。\n")
    assert d.issuer_mark.text == "国务院\n中央军委令" and d.title.text == "某某条例"


def test_a_report_is_dated_by_the_day_it_was_given() -> None:
    # (session 25, OD12) a 政府工作报告: under its title ``——2026年1月20日在…会议上`` names the day it was given
    # (its date); the speaker's line and 各位代表： are no signature nor addressees
    t = ("政府工作报告\n——2026年1月20日在某市第十七届人民代表大会第五次会议上\n某市市长　周某某\n各位代表：\n"
         "　　现在，我代表市人民政府，向大会报告政府工作。\n　　一、2025年工作回顾\n　　过去一年成效明显。\n")
    d = parse_document(t)
    assert (d.title.text, d.date.iso, d.date.lines) == ("政府工作报告", "2026-01-20", (2,))
    assert (d.addressees, d.signature) == (None, None)
    assert d.date.text == "2026年1月20日" and t[d.date.start : d.date.end] == d.date.text
    # a span of days is no such line
    assert parse_document(t.replace("日在某市", "日至22日在某市")).date is None


def test_a_page_printing_its_number_only_in_the_portal_table() -> None:
    # (session 25, OD12) the 文号 cell of the page's table, the body printing no number: the document's number
    table = "索引号：\t002589671/2026-03318\t主题分类：\t民政\n发布机构：\t某市民政局\t文号：\t某民〔2026〕19号\n"
    doc = "某市民政局关于做好救助工作的通知\n各区民政局：\n　　现通知如下。\n某市民政局\n2026年4月15日\n"
    d = parse_document(table + doc)
    assert (d.doc_number.text, d.doc_number.year, d.doc_number.serial, d.doc_number.lines) == ("某民〔2026〕19号", 2026, 19, (2,))
    assert 1 not in element_lines(table + doc)  # (the table's row is no element of the head)
    # a number printed in the body is the one read
    assert parse_document(table + doc.replace("\n各区", "\n某民〔2026〕20号\n各区")).doc_number.serial == 20
    # the row dropped before (drop_spam's metadata): the number without a place in the text
    d = parse_document(doc, metadata_lines=table.split("\n"))
    assert (d.doc_number.serial, d.doc_number.start) == (19, None)


# --------------------------------------------------------------------------- session 26 (OD13: held-out 121-130)


def test_portal_keys_in_lenticular_brackets() -> None:
    # (session 26, OD13) a 信息公开 page printing its labels in 【】, pairs a line; an unknown label in
    # brackets (【有效性】) ends the value before it
    table = ("【索引号】11330100MB1234567X/2026-00042　　【主题分类】城乡建设\n"
             "【发布机构】某市住房和城乡建设局　　【成文日期】2026-05-12\n"
             "【文号】某建发〔2026〕27号　　【发布日期】2026-05-14　　【有效性】有效\n")
    doc = "某市住房和城乡建设局关于开展检查的通知\n某建发〔2026〕27号\n各区住房和城乡建设局：\n　　现通知如下。\n"
    p = parse_document(table + doc).portal
    assert {k: v.text for k, v in p.items()} == {
        "index_number": "11330100MB1234567X/2026-00042", "subject": "城乡建设", "issuer": "某市住房和城乡建设局",
        "written_date": "2026-05-12", "doc_number": "某建发〔2026〕27号", "publish_date": "2026-05-14"}
    assert p["publish_date"].iso == "2026-05-14" and (table + doc)[p["subject"].start : p["subject"].end] == "城乡建设"
    # a bracketed word that is no key starts no row (【打印本页】 under the date)
    assert parse_document(doc + "【打印本页】　　【关闭窗口】\n").portal == {}


def test_a_bylines_date_stops_before_a_tool_row() -> None:
    # (session 26, OD13) a tool row after the byline's date (【字体：大 中 小】) is no part of the date
    t = "某市关于做好防汛工作的通知\n发布时间：2026-11-17 16:00 【字体：大 中 小】 【打印】\n各区人民政府：\n　　现通知如下。\n"
    d = parse_document(t).portal["publish_date"]
    assert (d.text, d.iso) == ("2026-11-17 16:00", "2026-11-17")


def test_a_joint_order_is_signed_by_each_minister() -> None:
    # (session 26, OD13) a joint 部令: two signer lines, a post and a name each, are the signature; the
    # issuers the organs of the stacked mark, each without the state's name (as a single mark's)
    t = ("中华人民共和国甲部\n中华人民共和国乙部\n令\n第16号\n　　《某某管理办法》已经审议通过，现予公布。\n"
         "甲部部长　　方某某\n乙部部长　　韩某某\n2026年3月25日\n某某管理办法\n第一条　为了规范管理，制定本办法。\n")
    d = parse_document(t)
    assert d.signature.text == "甲部部长　　方某某\n乙部部长　　韩某某" and d.signature.lines == (6, 7)
    assert (d.issuers, d.title.text, d.date.iso) == (["甲部", "乙部"], "某某管理办法", "2026-03-25")
    # a single minister signs alone (the decision's sentence above is no signer)
    d = parse_document(t.replace("甲部部长　　方某某\n", ""))
    assert d.signature.text == "乙部部长　　韩某某"


def test_attachments_numbered_in_chinese_one_a_line() -> None:
    # (session 26, OD13) ``附件一：…`` ``附件二：…`` one a line above the signature: the 附件说明
    t = ("某市人民政府关于推进养老服务的意见\n某政发〔2026〕9号\n各区人民政府：\n　　现提出如下意见。\n"
         "　　附件一：某市试点工作指引\n　　附件二：某市试点评价指标\n某市人民政府\n2026年3月16日\n")
    d = parse_document(t)
    assert [a.text for a in d.attachments] == ["某市试点工作指引", "某市试点评价指标"]
    assert d.attachments[1].lines == (6,) and t[d.attachments[0].start : d.attachments[0].end] == "某市试点工作指引"
    # numbered out of order they are no list
    assert parse_document(t.replace("附件一", "附件三")).attachments == []


def test_a_publicity_note_above_the_record_after_the_annex() -> None:
    # (session 26, OD13) a notice printing a 方案 after its date, the note ``（此件公开发布）`` right above the
    # 版记 after the annex: the notice's 附注
    t = ("某县人民政府办公室\n关于印发某某实施方案的通知\n某政办发〔2026〕12号\n各乡镇人民政府：\n　　现印发给你们。\n"
         "某县人民政府办公室\n2026年2月26日\n某某实施方案\n　　一、工作目标\n　　到2028年底完成。\n"
         "（此件公开发布）\n抄送：县委办公室。\n某县人民政府办公室　　2026年2月27日印发\n")
    d = parse_document(t)
    assert [n.text for n in d.notes] == ["（此件公开发布）"] and d.notes[0].lines == (11,)
    assert d.cc.text == "县委办公室" and d.print_date.iso == "2026-02-27"
    # another bracketed line there is no note (a table's last cell, a remark)
    assert parse_document(t.replace("（此件公开发布）", "（单位：万元）")).notes == []
    # a note under the date stays the only one read
    d = parse_document(t.replace("2026年2月26日\n", "2026年2月26日\n（此件不公开）\n"))
    assert [n.text for n in d.notes] == ["（此件不公开）"]


def test_a_sheet_kind_ends_a_title() -> None:
    # (session 27, OD14) a 文书's kind (决定书, 答复书) under the organ's line, a 政策解读, a 部门预算 or
    # 决算: the title; a plain noun ending in 书 is no kind (秘书, 图书)
    t = "某市市场监督管理局\n行政处罚决定书\n某市监处罚〔2026〕58号\n当事人：某某公司\n　　经查明，当事人违法。\n某市市场监督管理局\n2026年4月8日\n"
    d = parse_document(t)
    assert d.title.text == "某市市场监督管理局行政处罚决定书" and d.title.lines == (1, 2)
    assert d.doc_number.serial == 58 and d.date.iso == "2026-04-08"
    assert parse_document(t.replace("行政处罚决定书", "政府信息公开申请答复书")).title.text.endswith("答复书")
    for title in ("《某某若干措施》政策解读", "某局2026年部门预算", "某局2025年度部门决算"):
        assert parse_document(f"{title}\n一、基本情况\n略。\n").title.text == title
    assert parse_document("某某区图书\n一、基本情况\n略。\n").title is None


def test_a_title_broken_inside_the_name_it_cites() -> None:
    # (session 27, OD14) ``…征求《某某条例`` + ``（草案征求意见稿）》意见的公告``: a 《 open at the line's end
    # continues the title on a line starting with a bracket; a kind inside the open 《》 ends nothing
    t = "某局关于公开征求《某市养犬管理条例\n（草案征求意见稿）》意见的公告\n　　现公开征求意见。\n某局\n2026年6月15日\n"
    d = parse_document(t)
    assert d.title.text == "某局关于公开征求《某市养犬管理条例（草案征求意见稿）》意见的公告" and d.title.lines == (1, 2)
    # a draft's qualifier alone under its title is the title's; a date in brackets there is not
    d = parse_document("某市养犬管理条例\n（草案征求意见稿）\n第一条　为了规范养犬，制定本条例。\n")
    assert d.title.text == "某市养犬管理条例（草案征求意见稿）"
    d = parse_document("某某意见\n（2026年2月18日）\n一、总体要求\n略。\n")
    assert d.title.text == "某某意见" and d.date.iso == "2026-02-18"


def test_a_table_of_contents_under_the_title_is_no_part_of_it() -> None:
    # (session 27, OD14) a ``目　　录`` under a title (目录 is a kind: spaced out or not, after 要点 or 预算)
    for title in ("某局2026年工作要点", "某局2026年部门预算"):
        for toc in ("目　　录", "目录"):
            d = parse_document(f"{title}\n{toc}\n第一部分　概况\n第一部分　概况\n　　一、主要职责\n略。\n")
            assert d.title.text == title and d.title.lines == (1,)


def test_a_class_mark_above_a_proposal_reply() -> None:
    # (session 27, OD14) ``A类`` alone above a reply to a proposal: no title line, the head reads under it
    t = ("A类\n某市教育局\n某教提函〔2026〕15号　　签发人：周某某\n某市教育局关于市政协某次会议\n第0312号提案的答复函\n"
         "林某某委员：\n　　您的提案收悉。现答复如下。\n某市教育局\n2026年6月15日\n")
    d = parse_document(t)
    assert d.title.text == "某市教育局关于市政协某次会议第0312号提案的答复函"
    assert (d.issuer_mark.text, d.signer.text, d.addressees.text) == ("某市教育局", "周某某", "林某某委员")
    # a letter with a word is no class mark
    assert parse_document(t.replace("A类\n", "A级景区\n")).issuer_mark is None


def test_issuers_from_the_organ_before_the_year_of_an_unsigned_title() -> None:
    # (session 27, OD14) ``某市教育局2026年部门预算``, no signature: the organ before the year issues it;
    # a place before the year is no organ (某市2026年…)
    for title in ("某市教育局2026年工作要点", "某市教育局2026年部门预算"):
        assert parse_document(f"{title}\n一、主要职责\n略。\n").issuers == ["某市教育局"]
    assert parse_document("某市2026年国民经济和社会发展计划\n一、主要目标\n略。\n").issuers is None
    # a signature still names the issuers
    t = "某市教育局2026年公开招聘教师公告\n　　现公告如下。\n甲局　　乙局\n2026年5月12日\n"
    assert parse_document(t).issuers == ["甲局", "乙局"]


def test_an_announcements_number_in_brackets_under_its_title() -> None:
    # (session 28, OD15) a presidium's or standing committee's 公告 numbers itself ``（第3号）`` under the
    # title: the number without its brackets; the sentence dating the election under it addresses nobody
    t = ("某市第十七届人民代表大会第四次会议主席团公告\n（第3号）\n"
         "　　某市第十七届人民代表大会第四次会议于2026年1月14日选举：\n　　张某某为某市监察委员会主任。\n"
         "　　现予公告。\n某市第十七届人民代表大会第四次会议主席团\n2026年1月14日\n")
    d = parse_document(t)
    assert (d.doc_number.text, d.doc_number.year, d.doc_number.serial) == ("第3号", None, 3)
    assert t[d.doc_number.start : d.doc_number.end] == "第3号" and d.doc_number.lines == (2,)
    assert d.addressees is None and d.date.iso == "2026-01-14"
    assert parse_document(t.replace("（第3号）", "（第3次）")).doc_number is None
    # the head's lines are kept from drop_spam also where no date line is (the number alone shows it)
    assert element_lines("某局公告\n（第3号）\n正文。\n") >= {0, 1}


def test_a_lead_announcing_a_list_with_a_remark_addresses_nobody() -> None:
    # (session 28, OD15) ``…名单公告如下（按姓氏笔画为序）：`` announces the list, as ``…如下：`` does
    t = "某村村民选举委员会公告\n第4号\n　　现将候选人名单公告如下（按姓氏笔画为序）：\n　　王某某\n某村村民选举委员会\n2026年11月18日\n"
    d = parse_document(t)
    assert d.doc_number.serial == 4 and d.addressees is None
    assert parse_document(t.replace("　　现将候选人名单公告如下（按姓氏笔画为序）：", "各村民小组：")).addressees.text == "各村民小组"


def test_open_letters_lists_and_press_answers_end_a_title() -> None:
    # (session 28, OD15) 一封信, 倡议书, a 名单, 答记者问 are kinds of document; a Q&A site's name (某某问答) is none
    for title in ("致全市中小学生家长的一封信", "文明祭扫倡议书", "某市人民代表大会常务委员会任免名单",
                  "某局负责人就《某市若干措施》答记者问"):
        d = parse_document(f"{title}\n　　现将有关事项说明如下。\n某局\n2026年7月6日\n")
        assert d.title is not None and d.title.text == title, title
    assert parse_document("某某知识问答\n　　请问如何办理？\n匿名用户\n2025-11-05\n").title is None


def test_a_kind_letter_spaced_under_the_organ_and_a_case_number() -> None:
    # (session 28, OD15) a court's 公告: the organ over ``公　　告``, its case number ``（2026）某0105民初2318号``
    t = ("某市某区人民法院\n公　　告\n（2026）某0105民初2318号\n某某商贸有限公司：\n　　本院受理原告诉你公司合同纠纷一案。\n"
         "　　特此公告。\n某市某区人民法院\n二〇二六年五月十二日\n")
    d = parse_document(t)
    assert d.title.text == "某市某区人民法院公告" and d.title.lines == (1, 2)
    n = d.doc_number
    assert (n.text, n.issuer_code, n.year, n.serial) == ("（2026）某0105民初2318号", "某0105民初", 2026, 2318)
    assert d.addressees.text == "某某商贸有限公司" and d.issuers == ["某市某区人民法院"]
    assert parse_document("某某法院\n（2022）最高法民终12号\n正文。\n某某法院\n2022年3月1日\n").doc_number.serial == 12


def test_judges_signing_a_judgment_are_no_issuers() -> None:
    # (session 28, OD15) the judges one a line above the date (post letter-spaced) are the signature, office-holders
    t = ("某市中级人民法院\n民 事 判 决 书\n（2026）某07民终2318号\n上诉人：某某公司。\n　　本案现已审理终结。\n"
         "审　判　长　　周　明\n审　判　员　　方丽君\n二〇二六年十月二十日\n")
    d = parse_document(t)
    assert d.signature.lines == (6, 7) and d.date.iso == "2026-10-20" and d.issuers is None


def test_a_record_of_approval_dates_the_text() -> None:
    # (session 28, OD15) a charter's ``（2026年3月10日某省教育厅核准）`` under its title dates it, as a record of
    # adoption does; a record of two dates still names none
    t = "某某大学章程\n（2026年3月10日某省教育厅核准）\n第一章　总　　则\n第一条　为规范办学，制定本章程。\n"
    assert parse_document(t).date.iso == "2026-03-10"
    two = t.replace("某省教育厅核准", "某会议通过　2026年5月1日某省教育厅核准")
    assert parse_document(two).date is None


def test_issuers_from_the_organ_before_its_own_kind() -> None:
    # (session 28, OD15) an unsigned one-line title: the organ before what it issues in its own name
    # (任免名单, 公告); a law or rule is named by its subject (某某组织法, 某某条例), a guide by its matter
    assert parse_document("某市人民代表大会常务委员会任免名单\n一、任命：\n王某为某局局长。\n").issuers == [
        "某市人民代表大会常务委员会"]
    for title in ("中华人民共和国人民法院组织法", "某市中小学校学生伤害事故处理条例", "个体工商户设立登记办事指南",
                  "政府工作报告"):
        assert parse_document(f"{title}\n一、总则\n略。\n").issuers is None, title


def test_a_lone_name_row_in_the_body_is_no_portal_row() -> None:
    # (session 28, OD15) the byline dropped by drop_spam, a ``名　　称：…`` row of a procurement notice's contact
    # block far below is the document's, not the rest of the table; in the first lines it is the table's
    body = "".join(f"{k}、第{k}项\n　　略。\n" for k in "一二三四五")
    t = f"某医院设备采购公开招标公告\n{body}　　1.采购人信息\n　　名　　称：某某医院\n　　地　　址：某路1号\n"
    d = parse_document(t, metadata_lines=["发布时间：2026-05-08 16:30　　来源：某中心"])
    assert d.portal["publish_date"].iso == "2026-05-08" and "title" not in d.portal
    d = parse_document("标题：某局关于某事的通知\n某局关于某事的通知\n正文。\n", metadata_lines=["发布日期：2026-01-02"])
    assert d.portal["title"].text == "某局关于某事的通知"


def test_a_line_of_specks_is_no_title_line() -> None:
    # (session 28, OD15) a scanned page's specks (``, 、 ’``) above a 纪要's letter-spaced mark: no line of a
    # title (``会 议 纪 要`` ends like one, spacing aside), and the head reads under them
    t = (", 、 ’\n会 议 纪 要\n〔2026〕第 9 期\n某镇人民政府办公室 2026年11月20日\n关于研究某某工作的会议纪要\n"
         "　　2026年11月18日，召开专题会议。\n一、会议要求\n略。\n")
    d = parse_document(t)
    assert d.title.text == "关于研究某某工作的会议纪要" and d.doc_number.serial == 9
    assert d.issuer_mark.lines == (2,) and d.date.iso == "2026-11-20"
    assert clean(t).document.title.text == "关于研究某某工作的会议纪要"


def test_case_numbers_judges_and_leads_are_read_in_linear_time() -> None:
    # (session 28, OD15) case numbers run together with 号 between (the serial's look-behind at each 号), a
    # stack of judges' lines over the date, a lead of 如下（ again and again: each line read once
    from govtext.document import _docnum_re, _serial_re
    from linear_common import assert_linear

    def text(n: int) -> str:
        return ("某某人民法院\n公　　告\n（2026）某0105民初2318号\n" + "（2026）某民初1号" * n + "\n"
                + "如下（" * n + "：\n" + "审　判　员　　高　远\n" * n + "二〇二六年五月十二日\n")

    def read(t: str) -> object:
        return parse_document(t), sum(1 for _ in _serial_re().finditer(t)), _docnum_re().search(t)

    assert_linear(read, text(300), text(1200), repeat=3)


def test_a_home_link_is_no_title_line() -> None:
    """A small notice page's menu (the site's name, 首页, the channel 通知公告) joined ends in 公告, but a
    link home is never a line of a title: the menu is no title, so ``clean()`` keeps none of it as the
    document's, and reads the notice's own title, addressees, signature and date."""
    page = "\n".join([
        "某县教育局", "首页", "通知公告", "政策文件", "相关链接", "某县人民政府", "某市教育局", "当前位置：首页 > 通知公告",
        "关于做好2026年寒假安全工作的通知", "发布时间：2026-01-10", "各中小学校：",
        "寒假将至，为确保学生度过一个安全、愉快的假期，现将有关事项通知如下。",
        "一、加强安全教育。各校要在放假前开展一次安全教育活动。", "某县教育局", "2026年1月10日", "版权所有：某县教育局"])
    doc = parse_document(page)
    assert doc.title is None or "首页" not in doc.title.text
    result = clean(page)
    assert result.text.split("\n")[0] == "关于做好2026年寒假安全工作的通知"
    assert result.document is not None and result.document.title is not None
    assert result.document.title.text == "关于做好2026年寒假安全工作的通知"


def test_a_channel_named_by_kinds_of_document_is_no_title_line() -> None:
    """A channel over its list (通知公告, 公示名单: two kinds of document and nothing else) is the site's
    menu: no title's line (the site's name over 通知公告 joined ends in 公告, and ``clean()`` kept both
    over the notice as its title; 公示名单 over a list's own title made one title of both), and the head
    starts under it."""
    page = "\n".join([
        "某县教育局", "通知公告", "当前位置：首页 > 通知公告", "关于做好2026年寒假安全工作的通知", "各中小学校：",
        "寒假将至，为确保学生度过一个安全、愉快的假期，现将有关事项通知如下。", "某县教育局", "2026年1月10日"])
    result = clean(page)
    assert result.text.split("\n")[0] == "关于做好2026年寒假安全工作的通知"
    assert result.document is not None and result.document.title is not None
    assert result.document.title.text == "关于做好2026年寒假安全工作的通知"
    listing = "\n".join(["公示名单", "2026年度某市中小学高级教师职称评审通过人员名单", "序号 姓名 工作单位", "1 某某 某市第二中学"])
    doc = parse_document(listing)
    assert doc.title is not None and doc.title.text == "2026年度某市中小学高级教师职称评审通过人员名单"
    title = parse_document("关于开展安全检查的\n通知\n各单位：").title
    assert title is not None and title.text == "关于开展安全检查的通知"  # (one kind alone ends a title)


def test_a_pages_switches_are_no_title_lines() -> None:
    """A page's switches over its notice (English, 繁体, 无障碍: interface words of two characters or
    more only) are no title's lines: the title starts under them (it was English繁体…)."""
    page = "\n".join(["English", "繁体 无障碍", "关于做好2026年寒假安全工作的通知", "各中小学校：",
                      "寒假将至，为确保学生度过一个安全、愉快的假期，现将有关事项通知如下。", "某县教育局", "2026年1月10日"])
    doc = parse_document(page)
    assert doc.title is not None and doc.title.text == "关于做好2026年寒假安全工作的通知"


def test_a_doc_number_in_brackets_under_the_title_is_read_without_them() -> None:
    """A gazette prints a document's number in brackets under its title (``（某政发〔2026〕14号）``): that is
    its number (it was none, and the addressees under it were lost); an announcement's ``（第3号）`` is read
    only under a 公告's title, as before."""
    text = ("某某市人民政府关于加快发展\n银发经济的实施意见\n（某政发〔2026〕14号）\n各区人民政府，市政府各部门：\n"
            "为培育银发经济，提出如下意见。\n某某市人民政府\n2026年3月27日\n")
    d = parse_document(text)
    assert d.doc_number is not None and d.doc_number.text == "某政发〔2026〕14号"
    assert cut(text, d.doc_number) == d.doc_number.text and d.doc_number.lines == (3,)
    assert (d.doc_number.year, d.doc_number.serial) == (2026, 14)
    assert d.title is not None and d.title.text == "某某市人民政府关于加快发展银发经济的实施意见"
    assert d.addressees is not None and d.addressees.text == "各区人民政府，市政府各部门"
    assert parse_document(text.replace("（某政发〔2026〕14号）", "（第3号）")).doc_number is None


def test_a_doc_number_printed_before_its_bracketed_title() -> None:
    """A customs announcement prints its number first and its title in brackets after it on one line
    (``某某总署公告2026年第42号（关于…的公告）``): the number, then the title (it was one title of both)."""
    from govtext.document import _doc_number_line

    line = "某某总署公告2026年第42号（关于公布《某某事项清单》的公告）"
    text = line + "\n为优化管理，现将有关事项公告如下：\n一、按清单办理。\n特此公告。\n某某总署\n2026年5月18日\n"
    d = parse_document(text)
    assert d.doc_number is not None and d.doc_number.text == "某某总署公告2026年第42号"
    assert (d.doc_number.year, d.doc_number.serial) == (2026, 42) and cut(text, d.doc_number) == d.doc_number.text
    assert d.title is not None and d.title.text == "关于公布《某某事项清单》的公告" and cut(text, d.title) == d.title.text
    assert _doc_number_line(line)  # (the gate reads the line as the head does)
    # a number with a remark in brackets is no such line (no title of 关于 in them): not split
    assert parse_document("某某总署公告2026年第42号（以下简称本公告）\n正文。\n").doc_number is None


def test_a_record_of_promulgation_in_brackets_under_a_regulation_title() -> None:
    """A 规章 printed without its 令, its record under the title (``（2026年4月2日某某省人民政府令第12号公布
    自2026年6月1日起施行）``): the order's number is the doc number, the day it was promulgated the date
    (not the day it takes effect), the order's organ the issuer (all were none)."""
    text = ("某某省电动自行车安全管理办法\n（2026年4月2日某某省人民政府令第12号公布　自2026年6月1日起施行）\n"
            "第一条　为了加强电动自行车安全管理，制定本办法。\n第二条　本办法自2026年6月1日起施行。\n")
    d = parse_document(text)
    assert d.doc_number is not None and d.doc_number.text == "某某省人民政府令第12号" and d.doc_number.serial == 12
    assert cut(text, d.doc_number) == d.doc_number.text
    assert d.date is not None and d.date.iso == "2026-04-02" and cut(text, d.date) == "2026年4月2日"
    assert d.title is not None and d.title.text == "某某省电动自行车安全管理办法"
    assert d.issuers == ["某某省人民政府"] and d.signature is None
    # a record of publication without an order gives neither; a short code names no organ
    plain = parse_document(text.replace("某某省人民政府令第12号公布", "发布"))
    assert plain.doc_number is None and plain.date is None
    short = parse_document(text.replace("某某省人民政府令", "某政令"))
    assert short.doc_number is not None and short.issuers is None


def test_a_line_above_the_line_of_about_that_names_no_organ_is_no_title_line() -> None:
    """A mobile page's account name over a title of 关于 (``某某发布``: no organ's name) is page chrome, no
    title's line, where the title is read under no number too (it was ``某某发布关于…``); an organ's name
    there is the title's."""
    page = ("返回\n某某发布\n关于2026某某马拉松赛期间\n对部分道路实行交通管制的通告\n为保障赛事顺利进行，现通告如下：\n"
            "特此通告。\n某某市公安局交通警察支队\n2026年4月22日\n")
    d = parse_document(page)
    assert d.title is not None and d.title.text == "关于2026某某马拉松赛期间对部分道路实行交通管制的通告"
    assert d.title.lines == (3, 4)
    organ = parse_document(page.replace("某某发布", "某某市公安局交通警察支队"))
    assert organ.title is not None and organ.title.text.startswith("某某市公安局交通警察支队关于")


def test_the_portal_table_dates_a_document_printed_without_its_seal_block() -> None:
    """A portal prints a 批复 without its 落款 (the signature and date are the seal's image): the table's
    成文日期 is its date and the publicity note after the body its note (both were none); a date the
    text prints is the date still."""
    page = ("索引号：000000000/2026-00457\n发布机构：某某市人民政府\n成文日期：2026-05-06\n发布日期：2026-05-09\n"
            "某某市人民政府关于同意调整某镇总体规划的批复\n某政复〔2026〕18号\n某县人民政府：\n"
            "你县的请示收悉。经研究，同意调整。\n此复。\n（此件公开发布）\n【打印本页】　【关闭窗口】\n")
    d = parse_document(page)
    assert d.date is not None and d.date.iso == "2026-05-06" and d.date.lines == (3,)
    assert [n.text for n in d.notes] == ["（此件公开发布）"] and d.notes[0].lines == (10,)
    assert d.signature is None and d.issuers == ["某某市人民政府"]
    signed = parse_document(page.replace("此复。\n", "此复。\n某某市人民政府\n2026年5月7日\n"))
    assert signed.date is not None and signed.date.iso == "2026-05-07"
    r = clean(page)  # (the table's rows dropped by drop_spam date it too)
    assert r.document is not None and r.document.date is not None and r.document.date.iso == "2026-05-06"


def test_numbers_before_titles_records_and_closing_notes_are_read_in_linear_time() -> None:
    # (session 29, OD16) a line of numbers each followed by a bracketed 关于 (the serial's look-ahead at each
    # 号), a record of promulgation run on, publicity notes one a line under a table's 成文日期 (no date line)
    from govtext.document import _doc_number_line
    from linear_common import assert_linear

    def text(n: int) -> str:
        return ("成文日期：2026-05-06\n发布日期：2026-05-09\n" + "某某总署公告2026年第42号（关于" * n + "的公告）\n"
                + "（2026年4月2日某某省人民政府令第12号公布" * n + "）\n" + "（此件公开发布）\n" * n)

    def read(t: str) -> object:
        return parse_document(t), _doc_number_line(t)

    assert_linear(read, text(300), text(1200), repeat=3)


@pytest.mark.parametrize("organ", ["辛县气象站", "辛县农业技术推广站", "辛县化工厂", "辛省女子监狱", "辛县煤矿",
                                   "辛县第一中学保卫科"])
def test_a_station_factory_mine_prison_or_section_above_the_about_line_heads_the_title(organ: str) -> None:
    # no doc number: the title read from its first line still keeps an organ's line over 关于
    # when the organ is a station, a factory or a prison (a site's 网站 there is the page's)
    t = organ + "\n关于做好2026年汛期安全工作的通知\n各单位：\n现将有关事项通知如下。\n一、加强值守。\n" + organ + "\n2026年5月6日\n"
    assert parse_document(t).title.text == organ + "关于做好2026年汛期安全工作的通知"
    site = "辛县人民政府门户网站\n" + t[len(organ) + 1 :]
    assert parse_document(site).title.text == "关于做好2026年汛期安全工作的通知"


def test_the_first_of_two_numbers_on_one_line_is_the_doc_number() -> None:
    """(session 30, OD17) A joint notice printing each organ's number on one line (``甲财教〔2026〕15号　　甲教发〔2026〕22号``)
    is numbered by the first, the lead organ's (nothing at all was read: no number, so no head); a sentence citing
    two numbers is no number line."""
    text = ("甲市财政局\n甲市教育局\n文件\n甲财教〔2026〕15号　　甲教发〔2026〕22号\n甲市财政局　甲市教育局关于\n"
            "下达2026年某项资金的通知\n各县财政局、教育局：\n现将资金下达给你们。\n甲市财政局　　　　甲市教育局\n2026年4月15日\n")
    d = parse_document(text)
    assert d.doc_number is not None and (d.doc_number.text, d.doc_number.year, d.doc_number.serial) == ("甲财教〔2026〕15号", 2026, 15)
    assert text[d.doc_number.start : d.doc_number.end] == "甲财教〔2026〕15号" and d.doc_number.lines == (4,)
    assert d.title is not None and d.title.text == "甲市财政局甲市教育局关于下达2026年某项资金的通知"
    assert d.addressees is not None and d.date is not None and d.issuers == ["甲市财政局", "甲市教育局"]
    cited = parse_document(text.replace("甲财教〔2026〕15号　　甲教发〔2026〕22号", "依据甲财教〔2026〕15号和甲教发〔2026〕22号"))
    assert cited.doc_number is None


def test_addressees_wrapped_over_three_and_four_lines() -> None:
    """(session 30, OD17) A 主送机关 wrapped over three or four lines, each but the last ending with a separator
    (a 党委's list of 党委, 党组 and 团体), is read whole (two lines were the most: none was read); a list past
    the limit, or a wrapped sentence leading the text, is none."""
    head = "中共某某市委员会文件\n某委发〔2026〕6号\n中共某某市委关于加强某项工作的意见\n"
    lists = ["各县（市、区）委，市委各部委，", "市级国家机关各部门党组（党委），", "各人民团体党组，", "各高等院校党委："]
    for n in (3, 4):
        d = parse_document(head + "\n".join(lists[-n:]) + "\n现提出如下意见。\n中共某某市委\n2026年3月2日\n")
        assert d.addressees is not None and d.addressees.text == "".join(lists[-n:])[:-1]
        assert d.addressees.lines == tuple(range(4, 4 + n))
    six = ["各县委，", "各区委，", "各部委，", "各党组，", "各团体，", "各院校党委："]
    assert parse_document(head + "\n".join(six) + "\n正文。\n中共某某市委\n2026年3月2日\n").addressees is None
    lead = ["为推动某项工作，", "进一步提升组织力，", "现就有关事项通知如下："]
    assert parse_document(head + "\n".join(lead) + "\n正文。\n中共某某市委\n2026年3月2日\n").addressees is None


def test_a_command_titled_under_its_mark_has_addressees() -> None:
    """(session 30, OD17) A 令 that gives its own title under its mark and number (``某某指挥部令`` / ``第2号`` /
    ``关于…的命令``) promulgates nothing: it is addressed to organs as a notice is (none was read under a 令 mark);
    a 令 without a title of its own there still has none."""
    text = ("某某市防汛抗旱指挥部令\n第2号\n关于全力做好台风防御工作的命令\n各县人民政府、防汛抗旱指挥部，市防汛抗旱指挥部各成员单位：\n"
            "现命令如下：\n一、立即进入临战状态。\n总指挥　　某某某\n2026年7月28日\n")
    d = parse_document(text)
    assert d.issuer_mark is not None and d.title is not None and d.title.text == "关于全力做好台风防御工作的命令"
    assert d.addressees is not None and d.addressees.text == "各县人民政府、防汛抗旱指挥部，市防汛抗旱指挥部各成员单位"
    assert d.issuers == ["某某市防汛抗旱指挥部"]
    untitled = parse_document(text.replace("关于全力做好台风防御工作的命令\n", ""))
    assert untitled.issuer_mark is not None and untitled.addressees is None


def test_a_title_whose_last_line_starts_with_its_bracketed_years() -> None:
    """(session 30, OD17) A title's last line starting with the bracketed years of the name before it, then 的
    and the kind (``…三年行动方案`` + ``（2026—2028年）的通知``), is the title's (it was cut before the bracket);
    a bracketed note or date under a title is not."""
    text = ("某某省人民政府办公厅文件\n某政办发〔2026〕24号\n某某省人民政府办公厅关于印发某某省\n推进某项建设三年行动方案\n"
            "（2026—2028年）的通知\n各市人民政府：\n现印发给你们。\n某某省人民政府办公厅\n2026年2月27日\n")
    d = parse_document(text)
    assert d.title is not None and d.title.lines == (3, 4, 5)
    assert d.title.text == "某某省人民政府办公厅关于印发某某省推进某项建设三年行动方案（2026—2028年）的通知"
    assert d.addressees is not None and d.addressees.text == "各市人民政府"
    note = parse_document(text.replace("（2026—2028年）的通知", "（此件公开发布）"))
    assert note.title is not None and note.title.text.endswith("三年行动方案")


@pytest.mark.parametrize("kind", ["贺　　信", "感谢信", "表扬信", "贺电", "慰问电"])
def test_a_letter_of_greeting_or_thanks_is_titled_by_its_kind(kind: str) -> None:
    """(session 30, OD17) An organ's 贺信, 感谢信, 表扬信, 贺电 or 慰问电 (the kind alone, maybe letter-spaced) is a
    document titled so, addressed to whom it greets, signed and dated (nothing was read)."""
    d = parse_document(kind + "\n某某学院：\n欣闻贵院建校七十周年，谨致热烈祝贺！\n中共某某市委　　　　某某市人民政府\n2026年10月16日\n")
    assert d.title is not None and d.title.text == kind.replace("　", "")
    assert d.addressees is not None and d.addressees.text == "某某学院"
    assert d.date is not None and d.date.iso == "2026-10-16" and d.issuers == ["中共某某市委", "某某市人民政府"]


def test_a_cc_list_naming_armed_forces_units_goes_on_over_its_lines() -> None:
    """(session 30, OD17) A 抄送 wrapped over three lines naming the armed forces' organs (``省军区``, ``武警某省总队``)
    is read whole (it was cut after its first line: those names did not end like organs)."""
    text = ("某某省人民政府办公厅文件\n某政办发〔2026〕24号\n某某省人民政府办公厅关于做好某项工作的通知\n各市人民政府：\n正文。\n"
            "某某省人民政府办公厅\n2026年2月27日\n抄送：省委各部门，省人大常委会办公厅，\n　　　省法院，省检察院，省军区，武警某某省总队，\n"
            "　　　各市委。\n某某省人民政府办公厅　　2026年2月28日印发\n")
    d = parse_document(text)
    assert d.cc is not None and d.cc.lines == (8, 9, 10)
    assert d.cc.text == "省委各部门，省人大常委会办公厅，省法院，省检察院，省军区，武警某某省总队，各市委"


def test_numbers_addressees_and_titles_of_session_30_in_linear_time() -> None:
    # (session 30, OD17) a line of numbers apart by blanks, addressee lines ending with separators, a title's
    # bracketed last lines
    from govtext.document import _doc_number_line
    from linear_common import assert_linear

    def text(n: int) -> str:
        return ("甲财〔2026〕15号　" * n + "\n某某关于某事的通知\n" + "各县委，\n" * n + "（2026年）的通知" * n + "\n"
                + "甲财〔2026〕15号" * n + "\n正文。\n某某局\n2026年1月2日\n")

    def read(t: str) -> object:
        return parse_document(t), _doc_number_line(t)

    assert_linear(read, text(300), text(1200), repeat=3)


@given(st.lists(st.sampled_from(["", "", " ", "\u3000", "国务院文件", "国发〔2019〕5号", "各省：", "正文。",
                                 "国务院", "2019年1月27日"]), max_size=400),
       st.integers(0, 130), st.lists(st.integers(0, 399), max_size=8))
def test_lines_read_from_the_callers_split_as_from_the_text(rows, limit, blank):
    """The document read from the lines a caller split (the pipeline's classifier) is the one
    read from the text: ``_lines`` with a limit that cuts the text's pieces or not (the head of a
    text of many blank lines is read whole again), and element_lines with blanked lines."""
    from govtext import document

    text = "\n".join(rows)
    assert document._lines(text, limit, text.split("\n")) == document._lines(text, limit)
    blank = [i for i in blank if i < len(rows)]
    assert document._element_lines(text, blank, text.split("\n")) == element_lines(text, blank)


_SEALED = ("平江县教育局关于做好寒假安全工作的通知\n各中小学校：\n　　寒假将至，现就学生安全有关事项通知如下。\n"
           "　　一、加强安全教育。\n{sig}\n2026年1月10日")


@pytest.mark.parametrize("sig", ["平江县教育局（盖章）", "平江县教育局\n（盖章）", "平江县教育局(公章)", "平江县教育局　（单位盖章）"])
def test_a_seals_mark_is_no_part_of_the_signature(sig: str) -> None:
    """A seal's place printed after the signature or on a line of its own (（盖章）, (公章)) is no part
    of the organ's name, and stands not between the signature and its date."""
    doc = parse_document(_SEALED.format(sig=sig))
    assert doc.signature is not None and doc.signature.text == "平江县教育局"
    assert doc.issuers == ["平江县教育局"] and doc.date is not None and doc.date.iso == "2026-01-10"



def test_a_joint_signature_set_as_a_table_of_cells() -> None:
    """Four organs signing in a table two cells a row (the cells apart by tabs, as a Word table's text
    comes out) are the signature over the date, each organ an issuer, and the tail under the date is read."""
    text = ("甲市教育局文件\n甲教发〔2026〕7号\n甲市教育局　甲市财政局\n甲市民政局　甲市卫生健康委员会\n关于做好某项工作的通知\n"
            "各县（市、区）教育局：\n　　现就有关事项通知如下。\n甲市教育局\t\t甲市财政局\n甲市民政局\t\t甲市卫生健康委员会\n"
            "二〇二六年四月一日\n（此件主动公开）\n抄送：省教育厅。\n甲市教育局办公室　　2026年4月2日印发\n")
    doc = parse_document(text)
    assert doc.signature is not None and doc.signature.lines == (8, 9)
    assert doc.issuers == ["甲市教育局", "甲市财政局", "甲市民政局", "甲市卫生健康委员会"]
    assert doc.date is not None and doc.date.iso == "2026-04-01"
    assert [n.text for n in doc.notes] == ["（此件主动公开）"] and doc.cc is not None and doc.cc.text == "省教育厅"
    assert doc.print_date is not None and doc.print_date.iso == "2026-04-02"


@pytest.mark.parametrize(("year", "iso"), [("二O二六", "2026"), ("二〇二O", "2020"), ("二0二六", "2026"), ("二ＯＯ九", "2009")])
def test_a_years_zero_typed_as_a_letter_or_a_digit(year: str, iso: str) -> None:
    """A date line whose year types its zero as a letter O or a digit 0 among the Chinese numerals (as
    crawled pages often print 二O二六年) is the 成文日期, its signature and note read over and under it."""
    text = f"某县人民政府办公室文件\n某政办发〔2026〕5号\n某县人民政府办公室关于某事的通知\n各乡镇：\n　　现通知如下。\n某县人民政府办公室\n{year}年三月八日\n（此件公开发布）\n"
    doc = parse_document(text)
    assert doc.date is not None and doc.date.iso == f"{iso}-03-08"
    assert doc.signature is not None and doc.signature.text == "某县人民政府办公室"
    assert [n.text for n in doc.notes] == ["（此件公开发布）"]


@pytest.mark.parametrize(("number", "code"), [("某石公（刑）悬字〔2026〕3号", "某石公（刑）悬字"), ("某人社(职)〔2026〕12号", "某人社(职)")])
def test_a_doc_numbers_code_holding_a_bracketed_word(number: str, code: str) -> None:
    """A doc number whose code holds a short word in brackets (the office's line of work: （刑）, （职）)
    is read whole, with its year and serial; a title in brackets is no code."""
    doc = parse_document(f"某某分局\n悬赏通告\n{number}\n　　现将有关事项通告如下。\n　　特此通告。\n某某分局\n2026年4月2日\n")
    assert doc.doc_number is not None and doc.doc_number.text == number
    assert (doc.doc_number.issuer_code, doc.doc_number.year) == (code, 2026)
    assert parse_document("某某局（关于某事的通知）〔2026〕3号\n正文。\n").doc_number is None


@pytest.mark.parametrize("lead", ["办理结果：A\n公开属性：主动公开\n", "答复类型：B\n", "公开方式：依申请公开\n"])
def test_a_replys_class_and_publicity_lines_above_its_letter_head(lead: str) -> None:
    """A reply's class (``办理结果：A``) and its line of publicity (``公开属性：主动公开``) above the 函式版头
    are no field: the organ alone above the number is still the mark, the title under it read."""
    doc = parse_document(lead + "某市教育局\n某教建复〔2026〕9号\n某市教育局关于市人大某次会议第0101号建议的答复\n"
                         "王某某代表：\n　　您的建议收悉。现答复如下。\n某市教育局\n2026年6月1日\n")
    assert doc.issuer_mark is not None and doc.issuer_mark.text == "某市教育局"
    assert doc.title is not None and doc.title.text.endswith("建议的答复") and doc.addressees is not None


@pytest.mark.parametrize("mark", ["某市人民政府\n市长办公会议纪要", "某市人民政府专题会议纪要"])
def test_minutes_numbered_as_a_document_with_their_own_title(mark: str) -> None:
    """A 纪要 numbered as a document (``〔2026〕9号``) under its mark (one line, or the organ over the meeting's
    kind), the office and date, then its own title: the mark is the issuer mark, the title its own."""
    doc = parse_document(f"{mark}\n〔2026〕9号\n某市人民政府办公室　　　　2026年3月27日\n关于研究某项工作的会议纪要\n"
                         "　　3月24日，市长主持召开会议。现纪要如下：\n　　一、关于某事\n　　会议同意。\n"
                         "　　（责任单位：市某局；完成时限：2026年6月底前）\n出席：张某　李某\n分送：各区政府。\n")
    assert doc.title is not None and doc.title.text == "关于研究某项工作的会议纪要"
    assert doc.issuer_mark is not None and doc.issuer_mark.text == mark
    assert doc.doc_number is not None and (doc.doc_number.year, doc.doc_number.serial) == (2026, 9)
    assert doc.date is not None and doc.date.iso == "2026-03-27" and doc.signature is None and doc.issuers is None
    assert doc.notes == [] and doc.cc is not None


@pytest.mark.parametrize("title", ["某市农业农村局2025年工作总结\n和2026年工作思路", "某县教育局2025年工作总结及2026年工作打算"])
def test_an_organs_annual_summary_is_a_titled_document(title: str) -> None:
    """An organ's account of its year and plans (``…工作总结和…工作思路``, ``…工作打算``) is a document: its
    title (over two lines too), its issuer the organ before the year, its signature and date read."""
    organ = title[: title.index("2025")]
    doc = parse_document(f"{title}\n　　2025年，我局较好完成了年度目标任务。\n　　一、主要工作\n　　做了许多工作。\n"
                         f"{organ}\n2026年1月9日\n")
    assert doc.title is not None and doc.title.text == title.replace("\n", "")
    assert doc.issuers == [organ] and doc.signature is not None and doc.date is not None and doc.date.iso == "2026-01-09"


def test_a_sessions_communique_is_issued_by_the_organ_whose_session_it_is() -> None:
    """A 公报 (or 决议) of an organ's numbered session (``…委员会第七次全体会议公报``) is issued by the organ,
    not the meeting; a place's organ or the party's central one."""
    for organ in ("中国共产党某市第十届委员会", "中国共产党第二十届中央委员会"):
        doc = parse_document(f"{organ}\n第七次全体会议公报\n（2026年7月16日{organ}第七次全体会议通过）\n　　全会认为，形势很好。\n")
        assert doc.issuers == [organ] and doc.date is not None and doc.date.iso == "2026-07-16"
    assert parse_document("关于某某第三次全体会议公报的说明\n正文。\n").issuers is None


@pytest.mark.parametrize(("title", "organ"), [
    ("某某市市场监督管理局\n关于假冒我局名义开展活动的\n严正声明", "某某市市场监督管理局"),
    ("某某市2026年民生实事项目征集启事", None),
    ("某某省中小学校园食品安全\n管理工作指引（试行）", None),
    ("某某县某某镇某某村村规民约", None),
    ("某某市律师行业自律公约", None),
])
def test_a_statement_call_guide_or_pact_is_a_titled_document(title: str, organ: str | None) -> None:
    """(session 33, OD20) An organ's 声明 and 启事, a 指引 printed alone and rules a village or trade sets itself
    (村规民约, 自律公约) are documents titled by their kind: their signature, date and issuers read (nothing was)."""
    doc = parse_document(f"{title}\n　　现将有关事项说明如下：\n　　一、第一项。\n　　二、第二项。\n某某办公室\n2026年5月14日\n")
    assert doc.title is not None and doc.title.text == title.replace("\n", "")
    assert doc.signature is not None and doc.signature.text == "某某办公室" and doc.issuers == ["某某办公室"]
    assert doc.date is not None and doc.date.iso == "2026-05-14"
    assert organ is None or doc.title.text.startswith(organ)


@pytest.mark.parametrize("speaker", ["某某市人民政府市长　许某某", "市教育局党组书记、局长 林某某", "某某厅厅长　王　敏"])
def test_a_speech_is_dated_by_the_day_under_its_speaker(speaker: str) -> None:
    """(session 33, OD20) A speech printed alone (``在…会议上的讲话``) is titled so, and dated by the bracketed day
    under its speaker's line (it was read only right under the title); the speaker signs nothing."""
    doc = parse_document(f"在全市某项工作会议上的讲话\n{speaker}\n（2026年3月2日）\n同志们：\n　　一、认清形势\n　　正文。\n")
    assert doc.title is not None and doc.title.text == "在全市某项工作会议上的讲话"
    assert doc.date is not None and doc.date.iso == "2026-03-02" and doc.date.lines == (3,)
    assert doc.signature is None and doc.issuers is None and doc.addressees is None
    assert parse_document("在全市某项工作会议上的讲话\n某某市人民政府办公室\n（2026年3月2日）\n正文。\n").date is None


def test_an_english_title_between_the_title_and_the_number() -> None:
    """(session 33, OD20) A bilingual notice's English title under its own, above the number: no line of the
    title, and the number under it is read (the search stopped at it)."""
    doc = parse_document("某某市公安局\n关于实行交通管制的通告\nNotice on Traffic Control during the 2026 City Marathon in Jichuan\n"
                         "某公通〔2026〕9号\n　　现将有关事项通告如下：\n　　一、管制时间。\n　　特此通告。\n某某市公安局\n2026年4月2日\n")
    assert doc.doc_number is not None and doc.doc_number.text == "某公通〔2026〕9号"
    assert doc.title is not None and doc.title.text == "某某市公安局关于实行交通管制的通告"
    assert doc.date is not None and doc.issuers == ["某某市公安局"]


def test_an_announcement_promulgating_the_numbered_text_printed_after_its_date() -> None:
    """(session 33, OD20) An organ's 公告 without a number under it that promulgates a text (``《…的解释》已于…通过，
    现予公布``) printed after its signature and date, the text's own number over its title: the 公告's line is the
    issuer mark, the text's number and title the document's, the 公告's signature and date its own."""
    text = ("某某法院公告\n　　《某某法院关于审理某类案件适用法律若干问题的解释》已于2026年3月16日通过，现予公布，自2026年5月1日起施行。\n"
            "某某法院\n2026年4月8日\n法释〔2026〕5号\n某某法院关于审理某类案件\n适用法律若干问题的解释\n"
            "（2026年3月16日某某法院审判委员会第1912次会议通过，自2026年5月1日起施行）\n　　第一条　正文。\n　　第二条　正文。\n")
    doc = parse_document(text)
    assert doc.issuer_mark is not None and doc.issuer_mark.text == "某某法院公告"
    assert doc.title is not None and doc.title.text == "某某法院关于审理某类案件适用法律若干问题的解释"
    assert doc.doc_number is not None and (doc.doc_number.text, doc.doc_number.serial) == ("法释〔2026〕5号", 5)
    assert doc.date is not None and doc.date.iso == "2026-04-08" and doc.issuers == ["某某法院"]
    other = parse_document(text.replace("《某某法院关于审理某类案件适用法律若干问题的解释》", "《某某规定》"))
    assert other.title is not None and other.title.text == "某某法院公告" and other.doc_number is None


def test_a_report_printing_a_document_whole_gives_its_title_and_issuers() -> None:
    """(session 33, OD20) A newspaper's report printing a document whole (headline ``…印发《关于…的意见》``, the lead
    naming who issued it, ``《…》全文如下。``): the title is the document's own under that line, its issuers the
    organs the lead names (the headline was read as the title, no issuers)."""
    doc = parse_document("省委办公厅　省政府办公厅印发\n《关于加强某项工作的实施意见》\n"
                         "　　本报讯　近日，中共某某省委办公厅、某某省人民政府办公厅印发了《关于加强某项工作的实施意见》，并发出通知。\n"
                         "　　《关于加强某项工作的实施意见》全文如下。\n关于加强某项工作的实施意见\n　　一、总体要求\n　　正文。\n")
    assert doc.title is not None and doc.title.text == "关于加强某项工作的实施意见" and doc.title.lines == (5,)
    assert doc.issuers == ["中共某某省委办公厅", "某某省人民政府办公厅"]
    assert [s.marker for s in doc.body.walk()] == ["一、"] if doc.body is not None else False


def test_speakers_translations_and_printed_texts_of_session_33_in_linear_time() -> None:
    # (session 33, OD20) a speaker-like line of posts, a long line of Latin letters among the head's lines, many
    # lines announcing a text printed whole, a lead naming many organs
    from linear_common import assert_linear

    def text(n: int) -> str:
        return ("在某会议上的讲话\n" + "局长、" * n + "局长　某某\n（2026年3月2日）\n" + "Notice " * n + "\n某发〔2026〕1号\n"
                + "《关于甲的意见》全文如下。\n" * n + "近日，" + "某厅、" * n + "某局印发了《关于甲的意见》。\n关于甲的意见\n正文。\n")

    assert_linear(parse_document, text(300), text(1200), repeat=3)


@pytest.mark.parametrize("proxy", ["某某县委宣传部代章", "代章", "某某县人民政府办公室代章"])
def test_a_signature_sealed_by_proxy(proxy: str) -> None:
    """(session 34, OD21) A 领导小组办公室 without a seal of its own signs over a bracketed line naming the organ
    whose seal stands for it (``（某某县委宣传部代章）``): a seal's mark, no line of the 落款; the office signs, the
    date under it is read (nothing of the 落款 was read)."""
    doc = parse_document(f"某某县某项工作领导小组办公室\n关于开展某项检查的通知\n各乡镇：\n　　正文。\n"
                         f"某某县某项工作领导小组办公室\n（{proxy}）\n2026年5月28日\n（联系人：某某，电话：0571-85123466）\n")
    assert doc.signature is not None and doc.signature.text == "某某县某项工作领导小组办公室"
    assert doc.date is not None and doc.date.iso == "2026-05-28" and len(doc.notes) == 1
    assert doc.issuers == ["某某县某项工作领导小组办公室"]
    one = parse_document(f"关于开展某项检查的通知\n各乡镇：\n　　正文。\n某某县某项工作领导小组办公室（{proxy}）\n2026年5月28日\n")
    assert one.signature is not None and one.signature.text == "某某县某项工作领导小组办公室"
    # (a bracketed instruction ending in 代章 names no organ before it: a line of the text)
    kept = parse_document("关于报送材料的通知\n各乡镇：\n　　正文。\n（以上材料须加盖公章或代章）\n某某县教育局\n2026年5月28日\n")
    assert kept.signature is not None and kept.signature.text == "某某县教育局"


@pytest.mark.parametrize(("title", "issuers"), [
    ("某某县人民政府关于2026年上半年安全生产工作情况的汇报", ["某某县人民政府"]),
    ("某某市教育局2025年工作大事记", ["某某市教育局"]),
    ("某某市人民政府任免工作人员", ["某某市人民政府"]),
    ("某某省人民政府任免国家工作人员", ["某某省人民政府"]),
])
def test_kinds_of_session_34_end_a_title(title: str, issuers: list[str]) -> None:
    """(session 34, OD21) ``汇报`` (a report to a superior or an inspection team), ``大事记`` (an organ's record of its
    year) and ``任免（国家）工作人员`` (a government's appointments as portals print them) end a title; unsigned, the
    organ before them issues it (no title was read, and so nothing else)."""
    doc = parse_document(f"{title}\n　　经研究决定：\n　　任命某某为某某局副局长。\n")
    assert doc.title is not None and doc.title.text == title
    assert doc.issuers == issuers
    # (no kind at the end: no title; a news headline's bare 汇报 neither: review)
    for line in ("某某市公开招聘工作人员", "某某局工作人员", "某某县工作汇报会", "市领导听取防汛工作汇报"):
        assert parse_document(f"{line}\n　　正文。\n").title is None


def test_a_briefing_is_signed_and_dated() -> None:
    """(session 34, OD21) A 汇报 over two lines without a number or addressees: its title read, so its signature and
    date are too (none was)."""
    doc = parse_document("某某县人民政府\n关于某项工作情况的汇报\n　　现将有关情况汇报如下：\n　　一、主要工作\n　　正文。\n"
                         "某某县人民政府\n2026年7月6日\n")
    assert doc.title is not None and doc.title.text == "某某县人民政府关于某项工作情况的汇报"
    assert doc.signature is not None and doc.signature.text == "某某县人民政府"
    assert doc.date is not None and doc.date.iso == "2026-07-06"


@pytest.mark.parametrize("tag", ["【通知】", "【重要通知】", "【通知公告】　"])
def test_a_channel_tag_before_the_headline(tag: str) -> None:
    """(session 34, OD21) A site's channel tag in 【】 before the headline (``【通知】关于…的通知``) is no part of
    the title (it was read into it); the number under it and the rest are read as before."""
    doc = parse_document(f"{tag}关于做好某项工作的通知\n某教〔2026〕21号\n各学校：\n　　正文。\n某某市教育局\n2026年5月8日\n")
    assert doc.title is not None and doc.title.text == "关于做好某项工作的通知"
    assert doc.title.start == len(tag) and doc.doc_number is not None and doc.issuers == ["某某市教育局"]
    # (brackets that are no channel's tag stay: a bracketed word of the title itself)
    kept = parse_document("【某某路】关于做好某项工作的通知\n某教〔2026〕21号\n各学校：\n　　正文。\n某某市教育局\n2026年5月8日\n")
    assert kept.title is not None and kept.title.text == "【某某路】关于做好某项工作的通知"


def test_attachments_numbered_on_one_line() -> None:
    """(session 34, OD21) The 附件说明's names run together on one line (``附件：1．甲表　2．乙表``) are two
    attachments (one was read); a number inside a name that is not the next one stays the name's."""
    text = "关于某事的通知\n各学校：\n　　正文。\n　　附件：1．2026年某某计划表　2．2026年某某日程表　3. 某某名单\n某某局\n2026年5月8日\n"
    doc = parse_document(text)
    assert [a.text for a in doc.attachments] == ["2026年某某计划表", "2026年某某日程表", "某某名单"]
    assert [text[a.start : a.end] for a in doc.attachments] == ["2026年某某计划表", "2026年某某日程表", "某某名单"]
    one = parse_document(text.replace("　2．2026年某某日程表　3. 某某名单", "　第5号"))
    assert [a.text for a in one.attachments] == ["2026年某某计划表　第5号"]


def test_a_fax_header_above_the_head() -> None:
    """(session 34, OD21) A fax copy's page header (the day and time, the sender, ``第1页/共2页``) on its first
    line is page chrome: the copy marks, the 函式版头 and the number under it are read (none was)."""
    doc = parse_document("2026-06-15 14:22　　发自：0579-86120356　　某某市防汛办公室　　第1页/共2页\n特急\n某某市防汛办公室\n"
                         "某汛办〔2026〕17号\n关于做好防范工作的紧急通知\n各县（市、区）：\n　　正文。\n某某市防汛办公室\n2026年6月15日\n")
    assert doc.urgency is not None and doc.urgency.text == "特急"
    assert doc.issuer_mark is not None and doc.issuer_mark.text == "某某市防汛办公室"
    assert doc.doc_number is not None and doc.title is not None and doc.title.text == "关于做好防范工作的紧急通知"
    # (a date and a time alone, or with no page count, is no fax header)
    other = parse_document("2026-06-15 14:22\n特急\n某某市防汛办公室\n某汛办〔2026〕17号\n关于做好防范工作的紧急通知\n")
    assert other.urgency is None


def test_tags_seals_and_fax_headers_in_linear_time() -> None:
    # (session 34, OD21) a long bracket before a headline, a long seal line, a fax header without its page count,
    # a line of attachments' numbers
    from linear_common import assert_linear

    def text(n: int) -> str:
        return ("2026-06-15 14:22" + "　发自" * n + "\n【" + "通知" * n + "】关于甲的通知\n某发〔2026〕1号\n各单位：\n正文。\n"
                + "附件：1．甲" + "　1．乙" * n + "\n某局\n（" + "某" * n + "局代章）\n2026年5月8日\n")

    assert_linear(parse_document, text(300), text(1200), repeat=3)


def test_a_decimal_after_a_blank_is_no_attachment_number() -> None:
    """(review of session 34) ``附件：1. 项目表（预算 2.5 亿元）``: 2.5 is the name's decimal, not the next item."""
    doc = parse_document("关于印发项目的通知\n各单位：\n　　现印发给你们。\n附件：1. 项目表（预算 2.5 亿元）\n"
                         "某市发展改革委\n2026年3月1日\n")
    assert [a.text for a in doc.attachments] == ["项目表（预算 2.5 亿元）"]


def test_a_news_headline_ending_in_huibao_is_no_title() -> None:
    """(review of session 34) 市领导听取防汛工作汇报 over a number and a notice's title: the notice's is the title."""
    doc = parse_document("市领导听取防汛工作汇报\n某政办发〔2026〕3号\n关于做好防汛工作的通知\n各单位：\n　　正文。\n")
    assert doc.title is not None and doc.title.text == "关于做好防汛工作的通知"
    assert doc.addressees is not None


@pytest.mark.parametrize(("text", "title"), [
    # (session 35, OD22) kinds an organ issues beside the 公文: an agreement with a company, two bureaus'
    # record of a consultation, a law's commentary, a supervision office's form, a policy Q&A under a number
    ("甲市人民政府\n乙能源有限公司\n新能源产业合作框架协议\n甲方：甲市人民政府\n第一条　合作内容\n双方共建基地。\n",
     "甲市人民政府乙能源有限公司新能源产业合作框架协议"),
    ("甲局　乙局\n关于共享登记数据的会商备忘录\n　　双方商定如下：\n一、按月交换数据。\n甲局　　乙局\n2026年3月2日\n",
     "甲局乙局关于共享登记数据的会商备忘录"),
    ("某省水资源条例释义（节选）\n第一条　为了节约用水，制定本条例。\n【释义】\n　　本条是关于立法目的的规定。\n",
     "某省水资源条例释义（节选）"),
    ("某县人民政府督查室\n督办通知单\n承办单位：某县水利局\n办结时限：2026年6月1日前\n某县人民政府督查室\n2026年5月6日\n",
     "某县人民政府督查室督办通知单"),
    ("某市医疗保障局\n某医保函〔2026〕8号\n门诊慢特病待遇政策问答\n各县医保局：\n　　现印发给你们。\n",
     "门诊慢特病待遇政策问答"),
])
def test_agreements_memoranda_commentaries_forms_and_policy_qa_are_titled(text: str, title: str) -> None:
    doc = parse_document(text)
    assert doc.title is not None and doc.title.text.replace("\n", "").replace("　", "") == title


@pytest.mark.parametrize("text", [
    # the news of a signing is no agreement's title, nor a Q&A site's name a policy Q&A's
    "某市与某集团签署战略合作协议\n　　本报讯　昨日，双方在某市签署协议。\n记者　王某\n2026年3月1日\n",
    "两部门签署合作备忘录\n　　本报讯　近日，两部门签署备忘录。\n",
    "某某问答\n1．问：社保怎么交？\n答：按月缴纳。\n",
])
def test_a_signing_news_headline_or_a_qa_sites_name_is_no_title(text: str) -> None:
    assert parse_document(text).title is None


@pytest.mark.parametrize("text", [
    # (review) a word of signing (签署, 签订, 签约, 与…签) before an agreement's kind makes a news headline,
    # though the kind is one a title ends with (框架协议, 会商备忘录): no title, and no issuers from its byline
    "甲市政府与乙公司签署新能源合作框架协议\n　　5月8日，双方签署协议。\n甲市融媒体中心\n2026年5月8日\n",
    "两区签订生态补偿会商备忘录\n　　近日，两区签订备忘录。\n2026年5月8日\n",
    "甲县与乙集团签合作框架协议\n　　本报讯　昨日双方签约。\n",
])
def test_a_signing_before_an_agreements_kind_is_a_headline(text: str) -> None:
    doc = parse_document(text)
    assert doc.title is None and doc.issuers is None


def test_a_signing_after_guanyu_is_an_agreements_subject() -> None:
    # a word of signing after 关于 is the subject of an agreement's title, no headline's
    doc = parse_document("关于签订区域合作的框架协议\n　　甲乙双方经协商，达成如下协议：\n一、合作内容\n")
    assert doc.title is not None and doc.title.text == "关于签订区域合作的框架协议"


def test_a_line_of_hand_signing_places_under_the_signature() -> None:
    # (session 35, OD22) two bureaus sign on one line, the places of their representatives' hands in
    # brackets on the line under it, then the date: no line of the 落款
    text = ("甲局　乙局\n关于共享数据的会商备忘录\n　　双方商定如下：\n一、按月交换数据。\n"
            "甲局　　　　乙局\n（代表签字：王某）　　　　（代表签字：李某）\n2026年3月2日\n")
    doc = parse_document(text)
    assert doc.signature is not None and doc.signature.text == "甲局　　　　乙局"
    assert doc.date is not None and doc.date.iso == "2026-03-02" and doc.issuers == ["甲局", "乙局"]
    # a bracketed line that is no place to sign stays a line (a note under the date)
    doc2 = parse_document(text.replace("（代表签字：王某）　　　　（代表签字：李某）\n2026年3月2日\n",
                                       "2026年3月2日\n（此件公开发布）\n"))
    assert [n.text for n in doc2.notes] == ["（此件公开发布）"]


def test_a_seals_ring_and_star_read_by_ocr_above_the_signature() -> None:
    # (session 35, OD22) a scan's OCR reads the seal as its ring's text (the organ's name) over its star,
    # above the printed name: one signer, and no part of the attachment's name above
    text = ("某县林业局文件\n某林发〔2026〕4号\n某县林业局关于下达造林任务的通知\n各乡镇：\n　　现将任务下达给你们。\n"
            "　　附件：2026年造林任务分解表\n某县林业局\n★\n某县林业局\n2026年3月9日\n")
    doc = parse_document(text)
    assert [a.text for a in doc.attachments] == ["2026年造林任务分解表"]
    assert doc.signature is not None and doc.signature.text == "某县林业局" and doc.issuers == ["某县林业局"]
    assert doc.signature.lines == (9,)
    # two organs stacked (a joint signature) stay two signers
    joint = parse_document(text.replace("某县林业局\n★\n某县林业局\n", "某县林业局\n某县财政局\n"))
    assert joint.signature is not None and joint.signature.text == "某县林业局\n某县财政局"


def test_a_forms_labelled_number() -> None:
    # (session 35, OD22) a 督办通知单's ``督办编号：`` field holds the document's number
    text = ("某县人民政府督查室\n督办通知单\n督办编号：某府督〔2026〕第7号\n承办单位：某县水利局\n"
            "某县人民政府督查室\n2026年5月6日\n")
    doc = parse_document(text)
    assert doc.doc_number is not None and (doc.doc_number.year, doc.doc_number.serial) == (2026, 7)
    assert doc.doc_number.text == "某府督〔2026〕第7号"
    # a number that a label of another field leads is none (a reference in a field of the form)
    other = parse_document(text.replace("督办编号：", "来文编号说明："))
    assert other.doc_number is None


def test_a_listed_licences_number_is_no_doc_number() -> None:
    # (session 35, OD22) a publicity list's row ``许可证书编号：某〔2026〕第3号`` numbers a licence, not the page
    doc = parse_document("行政许可公示\n行政相对人名称：某建材有限公司\n许可证书编号：某城管核〔2026〕第3号\n"
                         "许可机关：某市综合行政执法局\n")
    assert doc.doc_number is None


def test_an_agreements_parties_and_their_signing_day() -> None:
    # (session 35, OD22) the parties one a line over the agreement's name are its issuers; their block
    # side by side, each dated the same day on one line, dates it (no organ's 落款: no signature)
    text = ("甲县人民政府\n乙环保科技有限公司\n污水处理合作框架协议\n甲方：甲县人民政府\n乙方：乙环保科技有限公司\n"
            "第一条　合作内容\n　　乙方建设污水处理厂。\n甲方（盖章）：甲县人民政府　　　　乙方（盖章）：乙环保科技有限公司\n"
            "代表（签字）：　　　　代表（签字）：\n2026年5月20日　　　　2026年5月20日\n")
    doc = parse_document(text)
    assert doc.issuers == ["甲县人民政府", "乙环保科技有限公司"]
    assert doc.date is not None and doc.date.iso == "2026-05-20" and doc.date.text == "2026年5月20日"
    assert doc.signature is None
    # two different days on a line are no signing day; a title over a kind that names no parties has none
    other = parse_document(text.replace("2026年5月20日　　　　2026年5月20日", "2026年5月20日　　　　2026年6月1日"))
    assert other.date is None
    plain = parse_document(text.replace("污水处理合作框架协议", "污水处理工作方案"))
    assert plain.issuers is None


def test_a_standards_cover() -> None:
    # (session 35, OD22) a standard's cover: its name under its number is the title (its English name
    # passed over), the day it was issued the date, the organs over 发布 the issuers; the code no number
    text = ("ICS 13.020\nCCS Z 05\n某省地方标准\nDB66/T 1024—2026\n河湖岸线保护规范\nSpecification for lakeshore protection\n"
            "2026-05-10发布　　　　2026-07-01实施\n某省市场监督管理局\n某省水利厅　　发布\n前　　言\n　　本文件由某省水利厅提出。\n"
            "1　范围\n　　本文件规定了岸线保护的要求。\n")
    doc = parse_document(text)
    assert doc.title is not None and doc.title.text == "河湖岸线保护规范" and doc.title.lines == (5,)
    assert doc.date is not None and (doc.date.iso, doc.date.text) == ("2026-05-10", "2026-05-10")
    assert doc.issuers == ["某省市场监督管理局", "某省水利厅"] and doc.doc_number is None and doc.signature is None
    # a standard's number cited in a document's head is no cover (no 发布 line under a name)
    notice = parse_document("某省水利厅关于实施DB66/T 1024—2026的通知\n某水发〔2026〕3号\n各市水利局：\n　　现予实施。\n")
    assert notice.title is not None and notice.title.text.endswith("的通知") and notice.doc_number is not None
    # without the organs' 发布 line the cover is not read as one (no day issued, no organs)
    bare = parse_document(text.replace("某省水利厅　　发布", "某省水利厅"))
    assert bare.date is None and bare.issuers is None


def test_a_white_papers_head_of_title_organ_and_month() -> None:
    # (session 35, OD22) a white paper names no kind: its title, the office publishing it alone under
    # it, the month alone under that; the month is no date
    text = ("某省的乡村振兴\n某省人民政府新闻办公室\n2026年9月\n前　　言\n　　某省地处东南沿海。\n"
            "一、产业兴旺\n　　（一）发展特色农业。全省建成基地300个。\n")
    doc = parse_document(text)
    assert doc.title is not None and doc.title.text == "某省的乡村振兴" and doc.issuers == ["某省人民政府新闻办公室"]
    assert doc.date is None
    # a line that is no organ's name between them (a byline), or a sentence as the first line: no head
    assert parse_document(text.replace("某省人民政府新闻办公室", "来源：本网")).title is None
    assert parse_document(text.replace("某省的乡村振兴", "某省推进乡村振兴，成效明显。")).title is None


def test_a_headline_over_a_bureau_and_a_month_is_no_white_papers_head() -> None:
    # (review) a news headline over its bureau and the month, text under them: no head (its title and
    # issuer were read); a bureau's white paper is one with its 前言 or 目录 next, a government's office alone
    text = "全区召开外贸形势座谈会\n区商务局\n2026年7月\n　　7月，全区召开座谈会。\n"
    doc = parse_document(text)
    assert doc.title is None and doc.issuers is None
    paper = parse_document(text.replace("　　7月，", "目　　录\n　　7月，"))
    assert paper.title is not None and paper.title.text == "全区召开外贸形势座谈会" and paper.issuers == ["区商务局"]
    office = parse_document(text.replace("区商务局", "某区人民政府新闻办公室"))
    assert office.issuers == ["某区人民政府新闻办公室"]


def test_a_brochure_and_a_pledge_end_a_title() -> None:
    # (session 36, OD36) a school's 招生简章 and a 目标责任书 (or 承诺书) are kinds of document: the title
    # printed alone on the first line is read, and the signing school is the issuer
    text = ("某某学院2026年春季招生简章\n　　现将有关事项公布如下：\n一、招生计划\n　　招生300名。\n"
            "二、报名方式\n　　网上报名。\n某某学院\n2026年3月2日\n")
    doc = parse_document(text)
    assert doc.title is not None and doc.title.text == "某某学院2026年春季招生简章"
    assert doc.issuers == ["某某学院"] and doc.date is not None and doc.date.iso == "2026-03-02"
    for kind in ("森林防火目标责任书", "安全生产承诺书"):
        pledge = parse_document(text.replace("2026年春季招生简章", kind))
        assert pledge.title is not None and pledge.title.text == "某某学院" + kind
    # a news headline telling of the signing of one is no title; 简章 or 责任书 inside a line is no kind
    assert parse_document(text.replace("某某学院2026年春季招生简章", "全县签订森林防火目标责任书")).title is None
    assert parse_document(text.replace("招生简章", "招生简章发布会召开")).title is None


def test_a_headline_issuing_or_handing_in_a_brochure_or_pledge_is_no_title() -> None:
    # (session 36, FXD36) a subject, a verb of issuing or handing in (发布, 递交, 提交, 公开), then the 简章,
    # 承诺书 or 责任书: a news headline, no document's title (and so no signature under it)
    text = "{}\n　　本报讯　近日，{}，各方反响良好。\n某某市教育局\n2026年12月1日\n"
    for head in ("某某大学发布2027年招生简章", "我市500家企业递交安全生产承诺书", "某某公司公开服务承诺书",
                 "各乡镇向县政府提交森林防火目标责任书"):
        doc = parse_document(text.format(head, head))
        assert doc.title is None and doc.signature is None, head
    # 公开 qualifying the verb after it (公开招聘) or in the kind's name (公开承诺书), or a subject after 关于: titles
    for head in ("某某县2027年公开招聘教师简章", "某县公开选调工作人员简章", "某某局领导班子公开承诺书",
                 "关于公开发布企业服务承诺书", "某某中学2027年招生简章"):
        doc = parse_document(text.format(head, "有关工作顺利推进"))
        assert doc.title is not None and doc.title.text == head and doc.signature is not None, head


def test_the_bodys_first_heading_never_joins_the_title() -> None:
    # (session 36, FXD36) a 简章 whose first heading (一、招生计划) ends like a kind follows its title at once:
    # the heading is the body's, no line of the title; a title's line starting with a numeral word still joins
    doc = parse_document("某某中学2027年招生简章\n一、招生计划\n　　招生300名。\n二、报名方式\n　　网上报名。\n")
    assert doc.title is not None and doc.title.text == "某某中学2027年招生简章"
    cut = parse_document("关于做好\n一季度安全生产工作的通知\n各单位：\n　　请做好有关工作。\n")
    assert cut.title is not None and cut.title.text == "关于做好一季度安全生产工作的通知"


def test_a_persons_signature_led_by_the_role_label() -> None:
    # (session 36, OD36) a person's report signed under a label naming the role (述职人：某某, 报告人：某　某)
    # over the date: that line is the signature and the date under it the document's; a person is no issuer
    text = ("2026年度个人述职报告\n　　现将本人履职情况报告如下。\n一、履职情况\n　　完成各项任务。\n"
            "　　以上报告，请予评议。\n述职人：林　木\n2027年1月8日\n")
    doc = parse_document(text)
    assert doc.signature is not None and doc.signature.text == "述职人：林　木" and doc.signature.lines == (6,)
    assert doc.date is not None and doc.date.iso == "2027-01-08" and doc.issuers is None
    assert parse_document(text.replace("述职人", "报告人")).signature is not None
    # a label that names no signer (联系人, 审核人), or a sentence after the label: no signature, no date
    for line in ("联系人：林　木", "述职人：林木同志已经调离"):
        other = parse_document(text.replace("述职人：林　木", line))
        assert other.signature is None and other.date is None


def test_the_parties_signing_block_over_one_date() -> None:
    # (session 36, OD36) a pledge between two parties signed side by side (甲方：某某（盖章）　乙方：某某（盖章）),
    # the persons answering for each under them, one date below: the date is the document's, the parties
    # its issuers, no organ's 落款 (no signature)
    text = ("某县2027年度森林防火目标责任书\n　　某县人民政府（以下简称甲方）与某镇人民政府（以下简称乙方）签订本责任书。\n"
            "一、责任目标\n　　不发生重大森林火灾。\n甲方：某县人民政府（盖章）　　　　乙方：某镇人民政府（盖章）\n"
            "责任人：县长　林　木　　　　责任人：镇长　山　石\n2027年3月1日\n")
    doc = parse_document(text)
    assert doc.date is not None and doc.date.iso == "2027-03-01"
    assert doc.issuers == ["某县人民政府", "某镇人民政府"] and doc.signature is None
    stacked = parse_document(text.replace("（盖章）　　　　乙方", "（盖章）\n乙方").replace("　　　　责任人", "\n责任人"))
    assert stacked.date is not None and stacked.issuers == ["某县人民政府", "某镇人民政府"]
    spaced = parse_document(text.replace("　　　　", " "))  # (as clean() leaves the blanks between the cells)
    assert spaced.date is not None and spaced.issuers == ["某县人民政府", "某镇人民政府"]
    # one party alone, or a body line naming 甲方 over the date, is no parties' block
    alone = parse_document(text.replace("　　　　乙方：某镇人民政府（盖章）", "").replace("　　　　责任人：镇长　山　石", ""))
    assert alone.date is None and alone.issuers is None
    said = parse_document(text.replace("甲方：某县人民政府（盖章）　　　　乙方：某镇人民政府（盖章）\n", "甲方：负责考核，乙方：负责落实\n"))
    assert said.issuers is None


def test_a_parties_block_in_the_body_is_no_signing_block() -> None:
    # (session 36, FXD36) 甲方：… 乙方：… over a date inside a notice's body (the agreement it quotes): the
    # notice's own signature and date below are its; a pledge's block with its body going on under it is none
    text = ("关于签订合作协议的通知\n各单位：\n　　现将合作协议文本印发给你们。\n甲方：某县人民政府　　乙方：某镇人民政府\n"
            "2026年1月10日\n　　请各单位认真落实。\n某县人民政府办公室\n2026年1月12日\n")
    doc = parse_document(text)
    assert doc.signature is not None and doc.signature.text == "某县人民政府办公室"
    assert doc.date is not None and doc.date.iso == "2026-01-12" and doc.issuers == ["某县人民政府办公室"]
    pledge = ("某县2027年度森林防火目标责任书\n　　某县人民政府与某镇人民政府签订本责任书。\n"
              "甲方：某县人民政府　　乙方：某镇人民政府\n2027年1月10日\n二、责任目标\n　　不发生重大森林火灾。\n"
              "甲方：某县人民政府（盖章）　　乙方：某镇人民政府（盖章）\n2027年3月1日\n附件：考核细则\n")
    signed = parse_document(pledge)
    assert signed.date is not None and signed.date.iso == "2027-03-01"
    assert signed.issuers == ["某县人民政府", "某镇人民政府"]


def test_a_menu_row_led_by_its_home_link_is_no_line_of_a_title() -> None:
    """A row of the site's menu led by 首页 (``首页 政务公开 乡情概况 公示公告``) ends like a kind of document
    (公告) but is no line of a title: it was joined under the site's name (and a spam line over it)
    into a title, kept back by drop_spam's element keep, and dropped when the output was read again."""
    from govtext import normalize

    page = "\n".join([
        "网贷秒批,黑户可贷,当天放款,身份证贷款",
        "某某乡人民政府",
        "首页 政务公开 乡情概况 公示公告",
        "当前位置：首页 > 公示公告",
        "关于2026年度农村低保对象名单的公示",
        "发布者：乡政府办 时间：2026-05-10",
        "经村民评议、乡审核，拟将以下8户纳入农村低保对象。现予以公示。",
        "公示时间：2026年5月10日至5月16日。",
        "某某乡人民政府",
        "2026年5月10日",
    ])
    doc = parse_document(page)
    assert doc.title is None or "首页" not in doc.title.text
    once = normalize(page)
    assert normalize(once) == once
    assert "首页 政务公开" not in once
    # a title that mentions the home page stays one
    from govtext import document

    assert document._site_menu_line("首页改版情况的通报") is False


def test_a_power_of_attorney_a_letter_of_introduction_and_an_agenda_are_titles() -> None:
    """(session 37, OD37) 授权委托书 (授权书), 介绍信 and a meeting's 议程 end a title (not a news headline's
    ``提上议程``); an agenda's day under its title names the part of the day (``（2026年5月8日下午）``)."""
    letter = parse_document("介　绍　信\n某某区档案馆：\n　　兹介绍我局两位同志前往你馆查阅资料，请予接洽。\n"
                            "某某区财政局\n2027年3月1日\n（有效期七天）\n")
    assert letter.title is not None and letter.title.text == "介绍信"
    assert letter.addressees is not None and letter.addressees.text == "某某区档案馆"
    assert letter.date is not None and letter.date.iso == "2027-03-01" and letter.issuers == ["某某区财政局"]
    power = parse_document("授权书\n　　本单位授权某某同志办理有关事项。\n某某区财政局\n2027年3月2日\n")
    assert power.title is not None and power.title.text == "授权书"
    agenda = parse_document("某市2027年安全生产工作会议议程\n（2027年5月8日下午）\n一、14:30—14:40　宣布开会\n")
    assert agenda.title is not None and agenda.date is not None and agenda.date.iso == "2027-05-08"
    assert parse_document("某市2027年安全生产工作会议议程\n（2027年5月8日下午三时）\n一、宣布开会\n").date is None
    assert parse_document("乡村振兴工作提上议程\n　　记者从会上获悉。\n某某\n2027年5月8日\n").title is None
    congress = parse_document("某市第十次党代会议程\n一、听取和审议工作报告\n二、选举新一届委员会\n")
    assert congress.title is not None and congress.title.text == "某市第十次党代会议程"


def test_a_power_of_attorneys_principal_signing_alone_dates_it_and_issues_it() -> None:
    """(session 37, OD37) a 委托书's principal signs alone over the date (``委托人：某局（盖章）`` over an empty
    ``法定代表人（签字）：``): its date is the document's and the principal its issuer, no signature (a party's
    block, as an agreement's); one 甲方 alone gives none, nor a principal's block under another kind."""
    text = ("授权委托书\n委托人：某某区税务局\n受托人：某某　　职务：科长\n　　现委托上述受托人代为参加诉讼。\n"
            "　　一、代为陈述事实；\n　　二、代为签收法律文书。\n委托人：某某区税务局（盖章）\n法定代表人（签字）：\n2027年4月1日\n")
    doc = parse_document(text)
    assert doc.date is not None and doc.date.iso == "2027-04-01"
    assert doc.issuers == ["某某区税务局"] and doc.signature is None
    other = parse_document(text.replace("授权委托书", "某某区税务局工作方案"))
    assert other.issuers is None and other.date is None
    one = parse_document(text.replace("委托人：某某区税务局（盖章）", "甲方：某某区税务局（盖章）"))
    assert one.issuers is None
    # the agent signing beside the principal, or under it, is no party (a person)
    for agent in ("委托人：某某区税务局（盖章）　　受托人：某　某（签字）", "委托人：某某区税务局（盖章）\n受托人：某　某（签字）"):
        beside = parse_document(text.replace("委托人：某某区税务局（盖章）\n法定代表人（签字）：", agent))
        assert beside.issuers == ["某某区税务局"] and beside.date is not None, agent


def test_a_salutation_to_people_at_large_is_no_addressee() -> None:
    """(session 37, OD37) a call's or a letter's salutation led by 广大 (全市广大…) or 亲爱的 addresses people,
    not organs: no 主送机关; an organ's list still is one."""
    call = "关于节约用水的倡议书\n{}\n　　水是生命之源。\n某市节约用水办公室\n2027年3月22日\n"
    for salutation in ("广大市民朋友、各用水单位：", "全市广大青少年朋友：", "亲爱的同学们：", "尊敬的广大市民朋友们：",
                       "市民朋友们："):
        doc = parse_document(call.format(salutation))
        assert doc.addressees is None and doc.date is not None, salutation
    organs = parse_document(call.format("各区人民政府，市各有关单位："))
    assert organs.addressees is not None and organs.addressees.text == "各区人民政府，市各有关单位"


def test_an_organ_alone_under_an_unsigned_title_is_its_author() -> None:
    """(session 37, OD37) a report printed with its author alone on the line under the title (``某县政协
    某委员会调研组``), no 落款: the author is its issuer; not a person's line (a speaker), nor with a signature."""
    text = ("关于全县农村供水情况的调研报告\n某县政协农业和农村委员会调研组\n　　今年5月，调研组走访了6个乡镇。\n"
            "　　一、基本情况\n　　全县农村自来水普及率达到96%。\n")
    assert parse_document(text).issuers == ["某县政协农业和农村委员会调研组"]
    speech = text.replace("某县政协农业和农村委员会调研组", "某县县长　某某")
    assert parse_document(speech).issuers is None
    signed = parse_document(text + "某县水利局\n2027年6月1日\n")
    assert signed.issuers == ["某县水利局"]


def test_a_police_units_name_ending_in_dui_stacks_in_a_joint_signature() -> None:
    """(session 37, OD37) two organs signing one a line, the last a police unit (``某市公安局交通警察支队``,
    ending in 队 as armed forces' do): both sign, not the last alone; a sentence above stays out."""
    text = ("关于文明出行的倡议书\n各单位：\n　　文明出行，从我做起。\n某市文明办\n某市公安局交通警察支队\n2027年4月1日\n")
    doc = parse_document(text)
    assert doc.issuers == ["某市文明办", "某市公安局交通警察支队"]
    alone = parse_document(text.replace("某市文明办\n", ""))
    assert alone.issuers == ["某市公安局交通警察支队"]
    first = parse_document(text.replace("某市文明办\n某市公安局交通警察支队", "某市消防救援支队\n某市应急管理局"))
    assert first.issuers == ["某市消防救援支队", "某市应急管理局"]


def test_a_contact_line_under_the_attachment_list_is_no_attachments_name() -> None:
    """(session 37, OD37) a 请示's contact line between its 附件说明 and the signature (``联系人：某某　　联系电话：…``)
    is not joined to the last attachment's name as a wrapped line; a name wrapped onto the next line still is."""
    text = ("关于申请专项资金的请示\n县人民政府：\n　　恳请安排资金。\n　　妥否，请批示。\n　　附件：1．项目清单\n"
            "　　　　　2．资金测算表\n　　{}\n某县教育局\n2027年3月20日\n")
    for contact in ("联系人：林涛　　联系电话：0587-6123456", "联系人：林　涛"):
        doc = parse_document(text.format(contact))
        assert [a.text for a in doc.attachments] == ["项目清单", "资金测算表"], contact
    wrapped = parse_document(text.format("（样表）"))
    assert [a.text for a in wrapped.attachments] == ["项目清单", "资金测算表（样表）"]


def test_a_party_kind_with_a_bracketed_qualifier_still_reads_the_parties_block() -> None:
    """(session 37, OD37) a title ending with a party kind and a qualifier in brackets (``法人授权委托书（样本）``,
    ``…目标责任书（乡镇）``) reads its signing block as the bare kind does; another kind with one does not."""
    power = ("法人授权委托书（样本）\n　　我单位授权下列人员办理事项。\n委托单位：某市某某中心（盖章）\n"
             "法定代表人（签字）：\n2027年6月1日\n")
    doc = parse_document(power)
    assert doc.issuers == ["某市某某中心"] and doc.date is not None and doc.date.iso == "2027-06-01"
    pledge = ("某县2027年度安全生产目标责任书（乡镇）\n　　为落实责任，签订本责任书。\n"
              "甲方：某县人民政府（盖章）　　乙方：某镇人民政府（盖章）\n2027年2月1日\n")
    assert parse_document(pledge).issuers == ["某县人民政府", "某镇人民政府"]
    plan = parse_document(pledge.replace("安全生产目标责任书（乡镇）", "安全生产工作方案（试行）"))
    assert plan.issuers is None and plan.date is None


def test_an_agenda_title_names_its_meeting_and_no_headline_verb_puts_a_matter_on_it() -> None:
    """(session 37, FXD) ``议程`` ends a title after a meeting's name (``…第十二次常务会议议程``, ``…党代会议程``), not
    after a news headline's verb putting a matter on an agenda (``列入…常委会议程``, ``提上会议议程``) nor a bare
    ``会议议程``."""
    body = "\n　　本报讯 记者从有关方面获悉，该事项将在会上审议。\n"
    for headline in ("某某事项列入市人大常委会议程", "乡村振兴提上会议议程", "两项议案纳入大会议程", "会议议程"):
        assert parse_document(headline + body).title is None, headline
    for title in ("某市人民政府第十二次常务会议议程", "中共某县第三次党代会议程", "某区2027年职工代表大会议程（草案）"):
        doc = parse_document(title + "\n（2027年5月8日上午）\n一、宣布开会\n二、审议报告\n")
        assert doc.title is not None and doc.title.text == title, title


def test_addressees_printed_without_their_colon_are_no_author_under_the_title() -> None:
    """(session 37, FXD) the line under an unsigned title naming the organs it is sent to without its colon
    (``各乡镇人民政府``, ``市政府各部门``, ``县直各单位``) is no author; an organ's own name there still is."""
    text = "关于印发某某办法的通知\n{}\n　　现将办法印发给你们，请认真贯彻执行。\n"
    for line in ("各乡镇人民政府", "市政府各部门", "县直各单位", "全县各乡镇人民政府"):
        assert parse_document(text.format(line)).issuers is None, line
    report = "关于某某情况的调研报告\n{}\n　　今年4月，调研组走访了8个乡镇。\n"
    for author in ("某县政协调研组", "全国人大常委会法工委调研组"):
        assert parse_document(report.format(author)).issuers == [author], author


def test_a_team_of_the_body_ending_in_dui_does_not_stack_into_the_signature() -> None:
    """(session 37, FXD) only a unit's name ending in 队 (``…支队``, ``…大队``, ``…调查队``) stacks in a joint
    signature one organ a line; a team the body names (``某某村治安巡逻队``, ``某某社区志愿服务队``) on the line above
    the signature does not."""
    text = "关于开展巡逻的通知\n各村：\n　　各村要成立巡逻队。\n{}\n某某镇人民政府\n2026年3月1日\n"
    for team in ("某某村治安巡逻队", "某某社区志愿服务队"):
        doc = parse_document(text.format(team))
        assert doc.issuers == ["某某镇人民政府"] and doc.signature is not None, team
        assert doc.signature.text == "某某镇人民政府", team
    for unit in ("某县公安局交通警察大队", "国家统计局某某调查队", "某市消防救援支队"):
        assert parse_document(text.format(unit)).issuers == [unit, "某某镇人民政府"], unit


def test_a_day_with_its_part_under_the_title_dates_an_agenda_only() -> None:
    """(session 37, FXD) ``（2026年4月23日下午）`` under the title dates a meeting's agenda (``…议程``, ``…议程（草案）``);
    under a notice's or another kind's title it is no date (a plain date there still is)."""
    under = "{}\n（2026年4月23日下午）\n　　各单位要做好工作。\n"
    for title in ("关于甲的通知", "某某学院章程", "某县2026年工作要点"):
        assert parse_document(under.format(title)).date is None, title
    plain = parse_document("关于甲的通知\n（2026年4月23日）\n　　各单位要做好工作。\n").date
    assert plain is not None and plain.iso == "2026-04-23"
    for title in ("某市2026年职业教育工作会议议程", "某区2026年职工代表大会议程（草案）"):
        doc = parse_document(under.format(title))
        assert doc.date is not None and doc.date.iso == "2026-04-23", title


def test_the_salutation_pattern_is_compiled_once() -> None:
    """(session 37, FXD) :func:`_addressee_like`'s salutation to people at large is one lazily compiled pattern
    (not an f-string formatted and looked up on every line), and still tells a salutation from organs."""
    from govtext import document

    pattern = document._salutation_re()
    assert pattern is document._salutation_re()
    assert [bool(pattern.fullmatch(s)) for s in ("全市广大离退休老同志：", "亲爱的同学们：", "市民朋友们：", "各乡镇人民政府：")] == [
        True, True, True, False]
    assert [document._addressee_like(s) for s in ("尊敬的广大市民朋友们：", "各乡镇人民政府：")] == [False, True]


def test_a_certificate_and_an_enforcing_organs_demand_or_notice_end_a_title() -> None:
    """(session 38, OD38) ``证明`` (letter-spaced too, ``证明书``), ``…催告书`` and ``…告知书`` end a title, under the
    organ's line as a 文书's kind does; ``催告`` and ``告知`` without 书 are verbs, no kind."""
    cert = parse_document("证　　明\n某某市公积金中心：\n　　兹证明某某同志在我局工作。\n　　特此证明。\n"
                          "某某市统计局\n2027年3月8日\n")
    assert cert.title is not None and cert.title.text == "证明"
    assert cert.addressees is not None and cert.addressees.text == "某某市公积金中心"
    assert cert.signature is not None and cert.signature.text == "某某市统计局"
    assert cert.date is not None and cert.date.iso == "2027-03-08"
    book = parse_document("收入证明书\n　　兹证明某某同志年收入约十万元。\n某某学校\n2027年3月8日\n")
    assert book.title is not None and book.title.text == "收入证明书"
    writ = "某某区市场监督管理局\n{}\n某市监〔2027〕5号\n某某有限公司：\n　　本局依法作出决定。\n某某区市场监督管理局\n2027年4月1日\n"
    for kind in ("履行行政决定催告书", "行政处罚事先告知书", "行政处罚听证告知书"):
        doc = parse_document(writ.format(kind))
        assert doc.title is not None and doc.title.text == "某某区市场监督管理局" + kind, kind
    for verb in ("依法催告", "行政处罚事先告知"):
        assert parse_document(writ.format(verb)).title is None, verb


def test_a_sentence_ending_in_zhengming_is_no_certificates_title() -> None:
    """(session 38, FXD) ``证明`` ends a title alone, as ``…证明书``, as ``关于…的证明`` or after a noun of what is
    certified (``在职证明``, ``无犯罪记录证明``); a sentence's verb or noun is no kind (``实践证明``,
    ``时间是最好的证明``, ``不再需要开具证明``), nor a portal line joined onto one."""
    body = "\n　　只有坚持改革开放，才能发展中国。\n某某市委宣传部\n2026年3月1日\n"
    for line in ("实践证明", "大量研究证明", "历史和实践充分证明", "用实干证明", "时间是最好的证明", "不再需要开具证明"):
        assert parse_document(line + body).title is None, line
    assert parse_document("某某市人民政府门户网站\n事实胜于雄辩　数据证明" + body).title is None
    for line in ("在职证明", "无犯罪记录证明", "婚姻状况证明", "关于某某同志工作经历的证明", "证　明"):
        doc = parse_document(line + body)
        assert doc.title is not None and doc.title.text == line.replace("　", ""), line


def test_a_groups_leader_signing_over_the_date_signs_for_the_group() -> None:
    """(session 38, OD38) a group's leader under the role's label over the date (``评审组组长：某某``,
    ``验收专家组组长：某某``) signs an expert group's opinion: the signature and the date, no issuer (a person);
    a bare ``组长：`` or a contact's line there signs nothing."""
    text = ("某某工程初步设计专家评审意见\n　　2027年3月2日，评审组审阅了设计文本。\n"
            "　　一、同意该设计通过评审。\n{}\n2027年3月2日\n")
    for line in ("评审组组长：谢明远", "验收专家组组长：傅　宁"):
        doc = parse_document(text.format(line))
        assert doc.signature is not None and doc.signature.text == line, line
        assert doc.date is not None and doc.date.iso == "2027-03-02" and doc.issuers is None, line
    for line in ("组长：谢明远", "联系人：谢明远"):
        assert parse_document(text.format(line)).signature is None, line


def test_a_members_list_over_the_date_signs_nothing() -> None:
    """(session 38, FXD) only a group that reviews, accepts or inspects signs its findings by its leader
    (``督导组组长：某某``); a notice listing a 领导小组's members over the date (``领导小组组长：某某``,
    ``副组长：某某``) is signed by none of them."""
    text = ("关于成立某某学校安全工作领导小组的通知\n各处室：\n　　经研究，决定成立安全工作领导小组。\n"
            "{}\n2027年3月2日\n")
    for line in ("领导小组组长：张三\n副组长：李四", "组长：张三\n副组长：李四", "领导小组组长：张三"):
        assert parse_document(text.format(line)).signature is None, line
    doc = parse_document(text.format("督导组组长：王　五"))
    assert doc.signature is not None and doc.signature.text == "督导组组长：王　五"


def test_an_attachment_named_with_its_number_in_brackets_keeps_them() -> None:
    """(session 38, OD38) a short notice's 附件说明 naming the document it forwards with that document's number in
    brackets (``附件：某局关于…的通知（某发〔2027〕9号）``) is no title line ending with its number: the name is
    read whole; a title line so ending is still read as the title and the number."""
    text = "关于转发某局文件的通知\n各学校：\n　　现转发给你们。\n　　附件：{}\n某某县教育局\n2027年4月3日\n"
    for name in ("某市教育局关于开展宣传月活动的通知（某教发〔2027〕9号）", "某市关于乙的复函（某函〔2027〕18号）"):
        doc = parse_document(text.format(name))
        assert [a.text for a in doc.attachments] == [name], name
        assert doc.doc_number is None and doc.title is not None and doc.title.text == "关于转发某局文件的通知", name
    titled = parse_document("某某县教育局关于甲的复函（某教函〔2027〕5号）\n某校：\n　　此复。\n某某县教育局\n2027年4月3日\n")
    assert titled.title is not None and titled.title.text == "某某县教育局关于甲的复函"
    assert titled.doc_number is not None and titled.doc_number.text == "某教函〔2027〕5号"


def test_an_attachments_page_reads_the_document_it_prints_under_its_label() -> None:
    """(session 38, FXD) a text whose first line is an attachment's label then a document's title and number
    (``附件：某局关于甲的通知（某发〔2027〕12号）``: an attachment's page printing it whole): that title and
    number, and its addressees, signature and date; a 附件说明 under a title stays the attachment's name."""
    text = ("附件：某某县教育局关于甲的通知（某县教发〔2027〕12号）\n各学校：\n　　现将有关事项通知如下，请遵照执行。\n"
            "某某县教育局\n2027年3月5日\n")
    doc = parse_document(text)
    assert doc.title is not None and doc.title.text == "某某县教育局关于甲的通知"
    assert doc.doc_number is not None and doc.doc_number.text == "某县教发〔2027〕12号"
    assert doc.addressees is not None and doc.addressees.text == "各学校"
    assert doc.signature is not None and doc.signature.text == "某某县教育局"
    assert doc.date is not None and doc.date.iso == "2027-03-05" and doc.attachments == []


def test_a_body_sentence_led_by_fubiao_lists_no_table() -> None:
    """(session 38, FXD) a body's sentence led by ``附表：`` (``附表：某某统计表，请各校如实填写，…。``) with the
    outline going on under it is no 附件说明; nor is a heading under a table's name a wrapped part of it."""
    text = ("关于开展校园安全检查的通知\n各学校：\n　　现就有关事项通知如下。\n　　一、检查内容\n　　全面排查校舍。\n"
            "　　附表：{}\n　　二、工作要求\n　　各校要高度重视，落实责任。\n某某县教育局\n2027年4月20日\n")
    assert parse_document(text.format("安全检查情况统计表，请各校如实填写，于5月10日前报送。")).attachments == []
    doc = parse_document(text.format("安全检查情况统计表"))
    assert [a.text for a in doc.attachments] == ["安全检查情况统计表"]


def test_numbered_attachments_named_with_their_numbers_keep_them() -> None:
    """(session 38, FXD) two numbered attachments each named with its number in brackets: the second (under the
    ``附件：`` line, led by its item number) is no title line either; both names are read whole."""
    names = ("某某县教育局关于甲的通知（某县教发〔2027〕9号）", "某市财政局关于乙的通知（某财〔2027〕3号）")
    text = ("关于转发某局文件的通知\n各学校：\n　　现转发给你们，请遵照执行。\n"
            f"附件：1．{names[0]}\n　　　2．{names[1]}\n某某县教育局\n2027年3月5日\n")
    doc = parse_document(text)
    assert [a.text for a in doc.attachments] == list(names)
    assert doc.doc_number is None and doc.title is not None and doc.title.text == "关于转发某局文件的通知"


def test_a_list_of_annexed_tables_under_futable_is_the_attachments() -> None:
    """(session 38, OD38) ``附表：1．…`` and ``2．…`` above the signature list the tables attached (an annexed table
    is an attachment), as ``附件：`` does; a ``附表`` named inside a sentence lists nothing."""
    text = ("关于甲情况的通报\n各单位：\n　　现将情况通报如下。\n　　{}\n某某县人民政府办公室\n2027年4月13日\n")
    doc = parse_document(text.format("附表：1．各乡镇评价情况表\n　　　　　2．县直部门差评情况表"))
    assert [a.text for a in doc.attachments] == ["各乡镇评价情况表", "县直部门差评情况表"]
    one = parse_document(text.format("附表：各乡镇评价情况表"))
    assert [a.text for a in one.attachments] == ["各乡镇评价情况表"]
    assert parse_document(text.format("请按附表填报，附表：见下。")).attachments == []


def test_an_announcement_numbered_on_its_title_line() -> None:
    """(session 39, OD39) a 公告 or 通告 titled by its organ and kind with its own number on the same line, in brackets
    or after a blank (``某某市人民政府公告（2027年第4号）``, ``某某县公安局通告　第2号``): the title and the number; a
    notice's bracketed ``（第一号）`` or a 公告's ``（第二批）`` is no number."""
    text = "{}\n　　根据有关规定，现将有关事项公告如下：\n　　一、甲。\n　　特此公告。\n{}\n2027年5月11日\n"
    for line, org, title, number, year in (
            ("某某市人民政府公告（2027年第4号）", "某某市人民政府", "某某市人民政府公告", "2027年第4号", 2027),
            ("某某县公安局通告　第2号", "某某县公安局", "某某县公安局通告", "第2号", None),
            ("某某区人民政府关于征收甲地块的公告（第5号）", "某某区人民政府", "某某区人民政府关于征收甲地块的公告", "第5号", None)):
        doc = parse_document(text.format(line, org))
        assert doc.title is not None and doc.title.text == title, line
        assert doc.doc_number is not None and doc.doc_number.text == number, line
        assert (doc.doc_number.year, doc.doc_number.serial) == (year, int(number[-2])), line
        assert doc.signature is not None and doc.date is not None and doc.date.iso == "2027-05-11", line
    for line in ("关于召开甲会议的通知（第一号）", "某某市人民政府公告（第二批）", "关于召开甲会议的通知（第3号）"):
        assert parse_document(text.format(line, "某某市人民政府")).doc_number is None, line


def test_a_result_class_under_the_date_does_not_end_the_notes() -> None:
    """(session 39, OD39) a reply's class line under its date (``办理结果类别：A类``, ``答复类别：B``,
    ``公开属性：主动公开``) is no note, and the contact lines under it are still the notes; a sentence there ends
    them as before."""
    text = ("某某市交通运输局关于第0128号建议的答复\n某某代表：\n　　现答复如下。\n某某市交通运输局\n2027年6月18日\n"
            "{}\n联系人：李　娜\n联系电话：0571-88236517\n抄送：市政府督查室。\n")
    for tag in ("办理结果类别：A类", "答复类别：B", "公开属性：主动公开", "办理结果：A"):
        doc = parse_document(text.format(tag))
        assert [n.text for n in doc.notes] == ["联系人：李　娜", "联系电话：0571-88236517"], tag
        assert doc.cc is not None and doc.cc.text == "市政府督查室", tag
    assert parse_document(text.format("请各单位认真抓好落实。")).notes == []


def test_addressees_printed_in_the_colophon() -> None:
    """(session 39, OD39) a 主送 moved to the 版记 (GB/T 9704: a long list of addressees is printed there, above 抄送),
    maybe over two lines: the addressees; a 主送 above the body stays the addressees, and a ``主送：`` line of a
    printed annex away from the 版记 is none."""
    head = "某某省人民政府办公厅关于做好防汛工作的通知\n{}　　现将有关事项通知如下：\n　　一、压实责任。\n某某省人民政府办公厅\n2027年6月9日\n"
    record = "抄送：省委办公厅，省人大常委会办公厅。\n某某省人民政府办公厅秘书处　　2027年6月9日印发\n"
    organs = "各设区市人民政府，省政府各部门、各直属机构"
    for sent in (f"主送：{organs}。\n", "主送：各设区市人民政府，\n　　　省政府各部门、各直属机构。\n"):
        doc = parse_document(head.format("") + sent + record)
        assert doc.addressees is not None and doc.addressees.text.replace("\n", "").replace("　", "") == organs, sent
        assert doc.cc is not None and doc.cc.text == "省委办公厅，省人大常委会办公厅", sent
        assert doc.printed_by is not None and doc.printed_by.text == "某某省人民政府办公厅秘书处", sent
    above = parse_document(head.format("各市人民政府：\n") + f"主送：{organs}。\n" + record)
    assert above.addressees is not None and above.addressees.text == "各市人民政府"
    annex = head.format("") + "附件\n甲局关于乙的通知\n主送：某某市甲局\n　　现将有关事项通知如下。\n" + record
    assert parse_document(annex).addressees is None


def test_a_text_opening_with_its_addressees_reads_its_tail() -> None:
    """(session 39, OD39; a known miss of session 38) a 公文 whose title the crawl lost, opening with its 主送 (``各学校：``,
    ``某某县各乡镇人民政府，县直各单位：``): the addressees, the 附件说明 (names ending with their numbers too), the signature
    and the date; a text opening with a line that names no organ before its colon (``记者从某局获悉：``, a salutation)
    reads nothing."""
    names = ("某市教育局关于甲的通知（某教发〔2027〕9号）", "某市教育局关于乙的通知（某教发〔2027〕10号）")
    body = ("\n　　现将有关文件转发给你们，请遵照执行。\n"
            f"　　附件：1．{names[0]}\n　　　　　2．{names[1]}\n某某县教育局\n2027年3月5日\n")
    for sent in ("各学校", "某某县各乡镇人民政府，县直各单位", "某某县教育局"):
        doc = parse_document(sent + "：" + body)
        assert doc.addressees is not None and doc.addressees.text == sent, sent
        assert [a.text for a in doc.attachments] == list(names), sent
        assert doc.signature is not None and doc.signature.text == "某某县教育局", sent
        assert doc.date is not None and doc.date.iso == "2027-03-05" and doc.title is None, sent
    for first in ("记者从某某县教育局获悉：", "尊敬的各位家长：", "广大市民朋友：", "问：某某县教育局："):
        doc = parse_document(first + body)
        assert doc.addressees is None and doc.signature is None and doc.attachments == [], first

@example(parts=["2025", "-", "7", ".", "1", " ", "\n", "正文"])
@given(st.lists(st.sampled_from(["2025", "19", "1", "07", "-", ".", "/", " ", "\u3000", "#", "\r", "\n", "正文", "日"]),
                max_size=24))
def test_has_date_end_reads_the_first_line_as_a_line(parts: list[str]) -> None:
    # the first line read by the pattern without its line break, the others by its search: what
    # the search of the text after a line break (the form it replaced) finds
    text = "".join(parts)
    want = document._digit_date_alone_re().search("\n" + text) is not None
    got = document._digit_date_alone_at().match(text) is not None or document._digit_date_alone_re().search(text) is not None
    assert got == want
    if want:
        assert document._has_date_end(text)


def test_a_text_opening_with_people_or_a_sentence_names_no_addressees() -> None:
    """(session 39, FXD39) a text opening with a speech's salutation (``各位代表、各位来宾：``), a sentence before
    its colon (``各乡要：``, ``据某某通讯社：``, ``在推广过程中：``, ``会上，…的推进会：``) names no organs: no 主送, and its
    tail is not read as a document's (a speaker's ``校长　某某`` no issuers); organs, a place led by 各 and a 中心 still are."""
    tail = "\n　　今天我们在这里召开推进会，下面讲几点意见。\n　　谢谢大家！\n{}\n2027年4月2日\n"
    for first in ("各位代表、各位来宾、同志们", "各位老师，同学们", "尊敬的家长朋友", "各乡要", "据某某通讯社",
                  "在推广过程中", "会上，副县长某某强调，今年召开的推进会"):
        for sig in ("某某县农业农村局", "校长　某某"):
            doc = parse_document(first + "：" + tail.format(sig))
            assert doc.addressees is None and doc.signature is None and doc.issuers is None, (first, sig)
    for sent in ("各县（市、区）农业农村局，市直有关部门", "各乡镇、街道", "某某县政务服务中心", "各村（社区）", "各有关企业"):
        doc = parse_document(sent + "：" + tail.format("某某县农业农村局"))
        assert doc.addressees is not None and doc.addressees.text == sent, sent
        assert doc.issuers == ["某某县农业农村局"], sent


def test_a_bare_addressee_line_without_a_signed_date_is_none() -> None:
    """(session 39, FXD39) a text opening with an organ's name and a colon is a document only when a signature
    and a date close it: a news item (``某某区卫生健康局：`` then a story and a dated source line) or a message
    board's reply (``回复单位：某某局``) keeps no addressees and no date."""
    news = "某某区卫生健康局：\n　　近日开展义诊活动，居民纷纷点赞。\n来源：某某晚报\n{}\n"
    for day in ("2027-05-06", "2027年5月6日", ""):
        doc = parse_document(news.format(day))
        assert doc.addressees is None and doc.date is None and doc.signature is None, day
    reply = "某某区住建局：\n　　您好！您反映的小区路灯问题已转交处理。\n回复单位：某某区住建局\n回复时间：2027年5月6日\n"
    doc = parse_document(reply)
    assert doc.addressees is None and doc.date is None
    signed = parse_document(news.format("某某区卫生健康局\n2027年5月6日"))
    assert signed.addressees is not None and signed.date is not None and signed.date.iso == "2027-05-06"


def test_an_annexed_forms_addressee_field_is_not_the_documents() -> None:
    """(session 39, FXD39) a ``主送：`` field of a form printed as an annex (``附件`` / ``…处理单`` above it) is the
    form's: not the document's addressees; a 主送 right under the date (a note or a page number between) still is."""
    head = "某某县财政局关于报送预算的通知\n某财发〔2027〕4号\n　　请按时报送。\n某某县财政局\n2027年3月9日\n"
    record = "抄送：县政府办公室。\n某某县财政局办公室　　2027年3月9日印发\n"
    for annex in ("附件\n公文处理单\n", "附件：\n某某县财政局发文稿纸\n", "附件\n"):
        doc = parse_document(head + annex + "主送：某某县审计局\n" + record)
        assert doc.addressees is None, annex
        assert doc.cc is not None and doc.cc.text == "县政府办公室", annex
    for between in ("", "（此件公开发布）\n", "— 2 —\n"):
        doc = parse_document(head + between + "主送：各乡镇财政所\n" + record)
        assert doc.addressees is not None and doc.addressees.text == "各乡镇财政所", between


def test_a_replys_class_with_its_explanation_is_no_note() -> None:
    """(session 39, FXD39) a reply's class line printed with its meaning in brackets under the date
    (``办理结果类别：B类（正在解决或列入计划解决）``) is passed over: the contact note under it is read; a bracketed
    sentence after a class is none of it."""
    text = ("关于某某提案的答复\n某农复〔2027〕8号\n某某委员：\n　　现答复如下。\n某某县农业农村局\n2027年7月1日\n"
            "{}\n（联系人：某某　　联系电话：0571-86001234）\n")
    for tag in ("办理结果类别：B类（正在解决或列入计划解决）", "A类（已解决或采纳）", "答复类别：C（留作参考）"):
        doc = parse_document(text.format(tag))
        assert [n.text for n in doc.notes] == ["（联系人：某某　　联系电话：0571-86001234）"], tag
    assert parse_document(text.format("A类（详见本单位于今年三月印发的有关工作的实施方案全文）")).notes == []


def test_a_signer_on_its_own_line_under_the_number() -> None:
    """(session 40, OD40) a 上行文's 签发人 cell crawled onto the line under its number (``某交〔2027〕9号`` /
    ``签发人：某某``) is its signer, names stacked under it too; the title under it is still the title."""
    tail = "某某县人民政府：\n　　特此请示。\n某某县交通运输局\n2027年4月7日\n"
    for signers, want in (("签发人：沈国梁\n", "沈国梁"), ("签发人：沈国梁\n　　　　王　立\n", "沈国梁\n王　立"),
                          ("签发人　　沈国梁\n", "沈国梁")):
        doc = parse_document("某某县交通运输局文件\n某交〔2027〕9号\n" + signers + "某某县交通运输局关于申请补助资金的请示\n" + tail)
        assert doc.signer is not None and doc.signer.text == want, signers
        assert doc.title is not None and doc.title.text == "某某县交通运输局关于申请补助资金的请示", signers
        assert doc.doc_number is not None and doc.doc_number.serial == 9
    doc = parse_document("某某县交通运输局文件\n某交〔2027〕9号\n某某县交通运输局关于申请补助资金的请示\n" + tail)
    assert doc.signer is None


def test_attachment_names_one_a_line_without_numbers() -> None:
    """(session 40, OD40) names one a line under ``附件：`` alone without numbers (a page's list whose numbers were
    markup) are apart where a name ends like a document's or a form's; a name wrapped over two lines (cut before
    its kind, or its number in brackets under it) stays one, and numbered names are read as before."""
    tail = "某某市科学技术局\n2027年3月16日\n"
    head = "某某市科学技术局关于申报项目的通知\n某科发〔2027〕8号\n各有关单位：\n　　请按时申报。\n附件：\n"
    for names, want in (
            ("　　2027年度项目申报指南\n　　2027年度项目申报书（模板）\n", ["2027年度项目申报指南", "2027年度项目申报书（模板）"]),
            ("项目经费预算表\n项目信用承诺书\n专家推荐意见\n", ["项目经费预算表", "项目信用承诺书", "专家推荐意见"]),
            ("关于加强项目经费管理的\n实施意见\n", ["关于加强项目经费管理的实施意见"]),
            ("某某市科学技术局关于印发项目管理办法\n的通知\n", ["某某市科学技术局关于印发项目管理办法的通知"]),
            ("某某市科学技术局关于印发项目管理办法的通知\n（某科发〔2026〕3号）\n",
             ["某某市科学技术局关于印发项目管理办法的通知（某科发〔2026〕3号）"]),
            ("1．项目申报指南\n2．项目申报书\n", ["项目申报指南", "项目申报书"])):
        doc = parse_document(head + names + tail)
        assert [a.text for a in doc.attachments] == want, names


def test_addressees_under_their_label_in_the_head() -> None:
    """(session 40, OD40) a 主送 printed under its label in the head (``主送：各区县人社局，市直有关单位``, an office
    system's export; wrapped after a separator, or ending with a colon) is the addressees without the label; a
    sentence after the label is none."""
    head = "某某市人社局关于做好见习工作的通知\n某人社发〔2027〕21号\n"
    tail = "　　请认真落实。\n某某市人社局\n2027年5月8日\n"
    for sent, want in (("主送：各区县人社局，市直有关单位\n", "各区县人社局，市直有关单位"),
                       ("主　送：各区县人社局，\n市直有关单位\n", "各区县人社局，市直有关单位"),
                       ("主送：各区县人社局：\n", "各区县人社局"), ("主送机关：各区县人社局\n", "各区县人社局")):
        doc = parse_document(head + sent + tail)
        assert doc.addressees is not None and doc.addressees.text == want, sent
        assert doc.date is not None and doc.date.iso == "2027-05-08"
    assert parse_document(head + "主送：请各单位认真落实。\n" + tail).addressees is None


def test_attachments_listed_under_the_date() -> None:
    """(session 40, OD40) a 附件说明 printed under the date (a page listing the annexes after the 落款) is the
    attachments, the note under it still a note; ``附件：`` alone under the date (an annex's marker, its body
    printed under it) lists none."""
    head = "某某省农业农村厅办公室\n某农办函〔2027〕23号\n某某省农业农村厅办公室关于报送进展情况的通知\n各市农业农村局：\n　　请按时报送。\n"
    sig = "某某省农业农村厅办公室\n2027年3月2日\n"
    for listed, want in (("附件：1．进展情况统计表\n　　　2．典型经验材料提纲\n", ["进展情况统计表", "典型经验材料提纲"]),
                         ("附件：进展情况统计表\n", ["进展情况统计表"]),
                         ("附件：1．进展情况统计表　2．典型经验材料提纲\n", ["进展情况统计表", "典型经验材料提纲"])):
        doc = parse_document(head + sig + listed + "（此件主动公开）\n")
        assert [a.text for a in doc.attachments] == want, listed
        assert [n.text for n in doc.notes] == ["（此件主动公开）"], listed
    doc = parse_document(head + sig + "（此件主动公开）\n附件：1．进展情况统计表\n")
    assert [a.text for a in doc.attachments] == ["进展情况统计表"]
    doc = parse_document(head + sig + "附件：\n进展情况统计表\n一、填报范围\n各市均需填报。\n")
    assert doc.attachments == []


def test_copies_to_superiors_are_the_cc() -> None:
    """(session 40, OD40) the 版记's ``抄报：`` (GB/T 9704-1999's copy to superior organs) is the cc, and with a
    ``抄送：`` under it both lists are."""
    text = "某某县教育局文件\n某教〔2027〕17号\n关于开展安全教育的通知\n各学校：\n　　请认真落实。\n某某县教育局\n2027年5月26日\n"
    printed = "某某县教育局办公室　　2027年5月26日印发\n"
    doc = parse_document(text + "抄报：县人民政府办公室，市教育局。\n" + printed)
    assert doc.cc is not None and doc.cc.text == "县人民政府办公室，市教育局"
    assert doc.printed_by is not None and doc.printed_by.text == "某某县教育局办公室"
    doc = parse_document(text + "抄报：县人民政府办公室。\n抄送：县直各单位。\n" + printed)
    assert doc.cc is not None and doc.cc.text == "县人民政府办公室，县直各单位"
    doc = parse_document(text + "抄送：县直各单位。\n" + printed)
    assert doc.cc is not None and doc.cc.text == "县直各单位"


def test_attachment_names_as_markdown_items_and_download_links() -> None:
    """(session 40, OD40) names under ``附件：`` as a Markdown list's items (``- 1.甲标准``) are read without their
    bullets; a file's name under the date (``附件：某某岗位表.xlsx``, a download link) is no 附件说明."""
    head = "某某省教育厅关于开展展示活动的通知\n某教函〔2027〕5号\n各市教育局：\n　　请按时推荐。\n"
    doc = parse_document(head + "附件：\n- 1.展示活动评分标准\n- 2.推荐汇总表\n某某省教育厅办公室\n2027年11月3日\n")
    assert [a.text for a in doc.attachments] == ["展示活动评分标准", "推荐汇总表"]
    for link in ("附件：某某县教师岗位表.xlsx", "附件：勘测定界图.JPG", "附件：1．岗位表.docx"):
        doc = parse_document(head + "某某县教育局\n2027年12月3日\n" + link + "\n")
        assert doc.attachments == [], link


def test_an_announcements_mark_and_number_without_a_title() -> None:
    """(session 40, OD40; a known miss of session 39) a 公告's or 通告's line over its number with no title of 关于
    under them (``某某市税务局公告`` / ``2027年第5号`` / the text) gives the title and the number, as on one line
    (``…通告第2号`` run on, no blank, too); a title of 关于 under them keeps the line the issuer mark, and a notice's
    ``…的通知第2号`` is no announcement's number."""
    body = "　　根据有关规定，现将有关事项公告如下：\n　　一、自2027年1月1日起执行。\n特此公告。\n某某市税务局\n2027年1月3日\n"
    for head, num in (("某某市税务局公告\n2027年第5号\n", "2027年第5号"), ("某某市税务局公告\n第5号\n", "第5号"),
                      ("某某市税务局公告第5号\n", "第5号"), ("某某市税务局公告　第5号\n", "第5号")):
        doc = parse_document(head + body)
        assert doc.title is not None and doc.title.text == "某某市税务局公告", head
        assert doc.issuer_mark is None and doc.doc_number is not None and doc.doc_number.text == num, head
        assert doc.date is not None and doc.date.iso == "2027-01-03", head
    doc = parse_document("某某市税务局公告\n2027年第5号\n关于调整征收事项的公告\n" + body)
    assert doc.issuer_mark is not None and doc.issuer_mark.text == "某某市税务局公告"
    assert doc.title is not None and doc.title.text == "关于调整征收事项的公告"
    assert parse_document("关于开会的通知第2号\n各单位：\n　　开会。\n某某局\n2027年3月1日\n").doc_number is None


def test_a_citizens_letter_to_an_organ_is_no_document() -> None:
    """(session 40, OD40; a known miss of session 39) a letter opening with an organ's name and a colon but signed
    by people (``某某小区居民``, ``市民　王某``) is no document: no addressees, signature or date; signed by an
    organ or a school it still is (a 公文 whose title the crawl lost)."""
    letter = "某某区住建局：\n　　我们小区门口道路破损严重，雨天积水，希望尽快维修，谢谢！\n{}\n2027年3月1日\n"
    for who in ("某某小区居民", "市民　王某", "王某某", "某某小区全体业主"):
        doc = parse_document(letter.format(who))
        assert doc.addressees is None and doc.signature is None and doc.date is None, who
    for who in ("某某街道办事处", "某某社区居民委员会", "某某中学"):
        doc = parse_document(letter.format(who))
        assert doc.addressees is not None and doc.signature is not None and doc.signature.text == who, who


def test_an_organs_letter_is_kept_whatever_its_names_end_with() -> None:
    """(session 40, FXO40 #1) a letter whose title the crawl lost is a citizen's only when its signature names
    people; organs whose names do not end like an organ's (a kindergarten, a station, a farm, a prison, names
    spaced out) still sign a document: addressees, signature, date and issuers."""
    letter = "某某区水务局：\n　　按照年度安排，现将有关工作函告如下，请予配合。\n{}\n2028年5月6日\n"
    for who in ("某某县第二幼儿园", "某某县水文站", "某某林场", "某某看守所", "某某乡农技推广站",
                "某某乡中心学校　某某乡中心幼儿园", "某 某 区 财 政 局"):
        doc = parse_document(letter.format(who))
        assert doc.addressees is not None and doc.addressees.text == "某某区水务局", who
        assert doc.signature is not None and doc.signature.text == who and doc.date is not None, who
        assert doc.issuers == [n.replace(" ", "") for n in who.split("　")], who
    for who in ("某某村村民代表", "广大群众", "业主　李某"):
        doc = parse_document(letter.format(who))
        assert doc.addressees is None and doc.signature is None and doc.date is None, who


_FXO_HEAD = "某某区卫生健康局关于做好某某工作的通知\n某卫发〔2028〕9号\n各街道卫生院：\n　　现将有关事项通知如下。\n"
_FXO_TAIL = "某某区卫生健康局\n2028年5月6日\n"


def test_a_contact_line_under_a_lone_attachment_name_is_no_attachment() -> None:
    """(session 40, FXO40 #2) under ``附件：`` alone, the contact line after the one name ends the list before the
    names are split (it was read as a second attachment)."""
    for contact in ("联系人：李某　　联系电话：0571-86001234", "联系人：赵某某"):
        doc = parse_document(_FXO_HEAD + f"附件：\n某某物资登记表\n{contact}\n" + _FXO_TAIL)
        assert [a.text for a in doc.attachments] == ["某某物资登记表"], contact
        assert doc.signature is not None and doc.signature.text == "某某区卫生健康局", contact


def test_a_wrapped_attachment_name_is_not_split_at_a_form_end() -> None:
    """(session 40, FXO40 #3) a long name wrapped right after 表 or 书 stays one name when the line below cannot
    stand alone (a 的通知 tail, what is done with the form) or the line holds 关于/印发 without a kind; two names
    one a line are still apart."""
    for first, second in (("某某区卫生健康局关于印发某某监测数据汇总表", "使用说明的通知"),
                          ("某某区2028年基本公共卫生服务目标责任书", "签订情况汇总表"),
                          ("某某区2028年家庭医生签约服务登记表", "填写说明")):
        doc = parse_document(_FXO_HEAD + f"附件：\n{first}\n{second}\n" + _FXO_TAIL)
        assert [a.text for a in doc.attachments] == [first + second], first
    doc = parse_document(_FXO_HEAD + "附件：\n某某区2028年项目实施指南\n某某申请书（样表）\n" + _FXO_TAIL)
    assert [a.text for a in doc.attachments] == ["某某区2028年项目实施指南", "某某申请书（样表）"]


def test_names_after_the_attachment_label_split_as_under_a_lone_label() -> None:
    """(session 40, FXO40 #7) ``附件：甲表`` over ``乙表`` gives two names as ``附件：`` over both does; a name
    wrapped after 的 stays one."""
    for label in ("附件：", "附件：\n"):
        doc = parse_document(_FXO_HEAD + f"{label}某某疫苗接种统计表\n某某人员花名册\n" + _FXO_TAIL)
        assert [a.text for a in doc.attachments] == ["某某疫苗接种统计表", "某某人员花名册"], label
        doc = parse_document(_FXO_HEAD + f"{label}关于进一步规范某某服务的\n实施意见\n" + _FXO_TAIL)
        assert [a.text for a in doc.attachments] == ["关于进一步规范某某服务的实施意见"], label


def test_a_labelled_addressee_list_joins_only_a_line_of_organs() -> None:
    """(session 40, FXO40 #4, #5) a labelled 主送 ending in a separator joins the next line only while it lists
    organs (not the body's first sentence); its value must name organs (a final 。 left out): a sentence after the
    label addresses nobody."""
    head = "关于开展2028年某某检查的通知\n某卫发〔2028〕9号\n"
    body = "　　请认真组织实施。\n某某区卫生健康局\n2028年5月6日\n"
    for sent, want in (("主送：各街道卫生院，\n为切实做好某某检查工作，现将有关事项通知如下：", "各街道卫生院"),
                       ("主送：各街道卫生院，\n区直各医疗单位", "各街道卫生院，区直各医疗单位"),
                       ("主送机关：各街道卫生院。", "各街道卫生院"),
                       ("主送单位：请各单位于5月20日前将自查报告报送区卫生健康局，逾期视为未报", None)):
        doc = parse_document(head + sent + "\n" + body)
        assert (doc.addressees.text if doc.addressees is not None else None) == want, sent
        assert doc.title is not None and doc.date is not None and doc.date.iso == "2028-05-06", sent


def test_a_sentence_after_the_attachment_label_under_the_date_lists_nothing() -> None:
    """(session 40, FXO40 #6) under the date, ``附件：`` with a sentence after it is no 附件说明, and a numbered
    sentence under numbered names ends the list; names (a title holding a comma, a form's name) still are."""
    text = "关于开展某某排查的通知\n各社区卫生服务中心：\n　　请认真排查。\n某某区卫生健康局\n2028年5月6日\n{}\n"
    for tail, want in (("附件：请各中心于5月20日前登录系统下载并如实填报。", []),
                       ("附件：1．某某排查台账\n2．请于5月20日前报送，联系电话：0571-86001234。", ["某某排查台账"]),
                       ("附件：1．某某排查台账\n2．某某整改清单", ["某某排查台账", "某某整改清单"]),
                       ("附件：关于强化某某管理，提升某某水平的意见", ["关于强化某某管理，提升某某水平的意见"])):
        doc = parse_document(text.format(tail))
        assert [a.text for a in doc.attachments] == want, tail
        assert doc.date is not None and doc.date.iso == "2028-05-06", tail


def test_the_addressees_label_may_name_its_field() -> None:
    """(session 40, OD40) ``主送机关：`` and ``主送单位：`` label the 主送 as ``主送：`` does, in the 版记 too."""
    text = ("某某县财政局关于报送预算的通知\n某财发〔2027〕4号\n　　请按时报送。\n某某县财政局\n2027年3月9日\n"
            "{}各乡镇财政所\n抄送：县政府办公室。\n某某县财政局办公室　　2027年3月9日印发\n")
    for label in ("主送机关：", "主送单位：", "主送："):
        doc = parse_document(text.format(label))
        assert doc.addressees is not None and doc.addressees.text == "各乡镇财政所", label


def test_a_short_organs_name_signing_is_no_person() -> None:
    """(session 40, FXD40 #1) a short organ's name signing a bare 主送's document (县人大, 市政协, 区妇联, 张庄村,
    城关镇) is no person's: the document keeps its signature, date and 主送; a person's short name (a surname
    first) still makes the letter a citizen's."""
    text = "各乡镇人民政府：\n　　现将有关安排通知如下。\n{}\n2028年4月2日\n"
    for who in ("县人大", "市政协", "县科协", "区妇联", "县残联", "市文联", "市侨联", "张庄村", "城关镇", "某街道"):
        doc = parse_document(text.format(who))
        assert doc.signature is not None and doc.signature.text == who and doc.date is not None, who
        assert doc.addressees is not None and doc.addressees.text == "各乡镇人民政府", who
    for who in ("王某某", "李明", "赵某"):
        doc = parse_document(text.format(who))
        assert doc.signature is None and doc.date is None and doc.addressees is None, who


def test_a_second_copy_list_is_read_as_the_first() -> None:
    """(session 40, FXD40 #2, #3) a second copy list under the cc (抄报： over 抄送：) is read as the first: its
    organs on the line under a label alone, its names wrapped over lines, no final separator kept; an empty
    label over the 印发 lines joins nothing."""
    text = "各乡镇人民政府：\n　　请按时报送。\n某某县财政局\n2027年5月6日\n抄报：县委办公室。\n{}某某县财政局办公室　　2027年5月6日印发\n"
    for second in ("抄送：\n县审计局，县统计局。\n", "抄送：县审计局，\n县统计局。\n", "抄送：县审计局、\n县统计局\n",
                   "抄送：县审计局，县统计局。\n"):
        doc = parse_document(text.format(second))
        want = "县委办公室，县审计局、县统计局" if "、" in second else "县委办公室，县审计局，县统计局"
        assert doc.cc is not None and doc.cc.text == want, second
        assert doc.printed_by is not None and doc.printed_by.text == "某某县财政局办公室", second
    doc = parse_document(text.format("抄送：县审计局，\n"))
    assert doc.cc is not None and doc.cc.text == "县委办公室，县审计局", doc.cc
    doc = parse_document(text.format("抄送：\n").replace("某某县财政局办公室　　", "某某县财政局办公室\n"))
    assert doc.cc is not None and doc.cc.text == "县委办公室" and doc.printed_by is not None, doc.cc


def test_many_copy_lines_under_the_cc_are_read_in_linear_time() -> None:
    # (session 40, FXD40 #4) a run of 抄… lines under the cc: the text of the cc is not rebuilt line by line
    from linear_common import assert_linear

    def text(n: int) -> str:
        return "各乡镇人民政府：\n　　请报送。\n某某县财政局\n2027年5月6日\n" + "抄报：甲局。\n" * n

    assert_linear(parse_document, text(4000), text(16000))


def test_an_instruction_under_the_date_is_no_attachments_name() -> None:
    """(session 40, FXD40 #5) a line under the date labelled 附件： or numbered under it that gives an instruction
    (请…, …前报送), no comma nor stop in it, names no attachment; a form's or a document's name holding 请 still
    does."""
    text = "各乡镇人民政府：\n　　请按时报送。\n某某县财政局\n2027年5月6日\n{}\n"
    for under, names in (("附件：1．请各村于6月2日前报送", []), ("附件：各村于6月2日前上报", []),
                         ("附件：1．甲统计表\n2．请于6月2日前报送", ["甲统计表"]),
                         ("附件：1．请示事项汇总表\n2．乙表", ["请示事项汇总表", "乙表"]),
                         ("附件：1．关于请求拨付经费的请示", ["关于请求拨付经费的请示"])):
        doc = parse_document(text.format(under))
        assert [a.text for a in doc.attachments] == names, under


def test_sub_numbered_attachment_names_lose_their_numbers() -> None:
    """(session 41, OD41) an attachment of an attachment listed under it with its parent's number (``1-1．…``,
    ``1－2、…``) is a name without its number, as ``2．…`` is; a name that starts with a range of months keeps it."""
    text = "关于申报的通知\n各单位：\n　　请申报。\n　　附件：1．某某申报指南\n{}　　　　　2．某某联系表\n某某局\n2027年4月3日\n"
    doc = parse_document(text.format("　　　　　1-1．某某申报书（样表）\n　　　　　1－2、某某预算表\n"))
    assert [a.text for a in doc.attachments] == ["某某申报指南", "某某申报书（样表）", "某某预算表", "某某联系表"]
    doc = parse_document(text.replace("1．某某申报指南", "1-3月某某统计表").format(""))
    assert [a.text for a in doc.attachments] == ["1-3月某某统计表", "某某联系表"]


def test_a_publicity_note_on_the_dates_line_is_a_note() -> None:
    """(session 41, OD41) a publicity note run onto the date's line (``2027年9月8日（此件公开发布）``, as a page
    that lost the line break prints it; after a signature on the same line too) is the 附注, the date the
    成文日期, the 版记 read under them; a weekday in brackets after a date in the body is no note."""
    text = "某某局文件\n某发〔2027〕3号\n关于甲的通知\n各单位：\n　　请落实。\n{}\n抄送：某某办公室。\n某某局办公室　　2027年9月9日印发\n"
    for tail in ("某某局\n2027年9月8日（此件公开发布）", "某某局\n2027年9月8日　（此件主动公开）", "某某局　　2027年9月8日（此件公开发布）"):
        doc = parse_document(text.format(tail))
        assert doc.signature is not None and doc.signature.text == "某某局", tail
        assert doc.date is not None and doc.date.iso == "2027-09-08" and doc.date.text == "2027年9月8日", tail
        assert [n.text for n in doc.notes] == [tail[tail.index("（") :]], tail
        assert cut(text.format(tail), doc.notes[0]) == doc.notes[0].text and cut(text.format(tail), doc.date) == doc.date.text
        assert doc.cc is not None and doc.printed_by is not None, tail
        assert sorted(element_lines(text.format(tail))) == [0, 1, 2, 3, *range(5, 5 + tail.count("\n") + 1)], tail
    body = "关于开会的通知\n各单位：\n　　一、会议时间\n　　2027年9月8日（星期二）\n　　二、会议地点\n　　某某宾馆。\n某某局\n2027年9月1日\n"
    doc = parse_document(body)
    assert doc.date is not None and doc.date.iso == "2027-09-01" and doc.notes == []


def test_a_long_publicity_note_on_the_dates_line_is_read_once_and_fast() -> None:
    """(session 41, review of OD41) a publicity note opening with 此件 or 本件 is a note up to one named most of characters
    (``_PUBLICITY_NOTE_MAX``), on the date's line as under it (``（此件公开发布，联系人：…，联系电话：…）``), far longer not;
    ``_note_on_date`` gives the date's end and the note's start (``_lines`` reads them once); a line of ``日（`` repeated
    costs the date-end scan no more than a line of ``日`` (no retry of the note's characters at every 日)."""
    import sys

    from linear_common import cpu_time

    text = "关于做好防汛工作的通知\n各乡镇：\n　　请做好防汛工作。\n某县人民政府\n2026年6月1日{}\n"
    note = "（此件公开发布，联系人：某某，联系电话：0571-88008123）"
    for on_line in ("", "\n"):
        doc = parse_document(text.format(on_line + note))
        assert doc.date is not None and doc.date.text == "2026年6月1日" and [n.text for n in doc.notes] == [note], on_line
    assert parse_document(text.format("（此件公开发布" + "，" * 60 + "）")).notes == []
    line = "某县人民政府　2026年6月1日　（此件主动公开）"
    on_date = document._note_on_date
    assert on_date(line) == (line.index("　（"), line.index("（")) and on_date("2026年6月1日（星期一）") == (0, 0)
    n = 200_000
    bracketed, plain = cpu_time(document._has_date_end, "日（" * n, 3), cpu_time(document._has_date_end, "日日" * n, 3)
    assert bracketed < 2 * plain + 0.01, (bracketed, plain, sys.version)


def test_a_proclamation_is_a_document() -> None:
    """(session 41, OD41) a 布告 (an organ's proclamation, closing 此布 or 特此布告, maybe signed by the mayor) is a
    kind of document: its title under its organ's line, the signature and the date read; a line ending in a word
    that holds it (``…布告栏``) is no title."""
    text = "某某市人民政府\n关于加强甲区域管理的布告\n　　为加强管理，特布告如下：\n　　一、禁止甲。\n　　二、本布告自发布之日起施行。\n　　此布\n市长　　某某某\n2027年6月1日\n"
    doc = parse_document(text)
    assert doc.title is not None and doc.title.text == "某某市人民政府关于加强甲区域管理的布告"
    assert doc.signature is not None and doc.signature.text == "市长　　某某某" and doc.issuers == ["某某市人民政府"]
    assert doc.date is not None and doc.date.iso == "2027-06-01"
    assert parse_document("某某小区布告栏\n　　内容如下。\n某某\n2027年6月1日\n").title is None


def test_a_verb_before_the_proclamation_kind_is_no_title() -> None:
    """(session 41, review of OD41) a line of two or three characters before 布告 (``张贴布告``, ``发布布告``: a verb and
    the kind, a news page's headline) is no title; an organ's name before it (``县政府布告``), four characters or more
    (``某某法院布告``), or the kind alone under the organ's line (``布　告``) still are."""
    for head in ("张贴布告", "发布布告"):
        assert parse_document(f"首页 > 新闻\n{head}\n　　村干部在村口{head}。\n").title is None, head
    for head, title in (("县政府布告", "县政府布告"), ("某某法院布告", "某某法院布告"),
                        ("某某县人民政府\n布　告", "某某县人民政府布告")):
        doc = parse_document(f"{head}\n　　为加强管理，特布告如下：\n　　此布\n某某县人民政府\n2027年6月1日\n")
        assert doc.title is not None and re.sub(r"\s", "", doc.title.text) == title, head


def test_a_congress_session_heads_the_title_of_its_resolution() -> None:
    """(session 41, OD41) the session of a congress or committee on the line over the title of 关于 it adopted
    (``某市第十七届人民代表大会第五次会议`` + ``关于…的决议``) is the title's, as an organ's line is, its organ the issuer; a
    line naming a meeting without its term and number (a news page's ``市政府常务会议``) stays page chrome."""
    for session in ("某某市第十七届人民代表大会第五次会议", "政协某某市第十三届委员会第四次会议"):
        text = f"{session}\n关于某某市人民政府工作报告的决议\n（2027年1月21日{session}通过）\n　　会议同意这个报告。\n"
        doc = parse_document(text)
        assert doc.title is not None and doc.title.text == session + "关于某某市人民政府工作报告的决议", session
        organ = session.removesuffix(session[session.rindex("第") :])
        assert doc.issuers == [organ] and doc.date is not None and doc.date.iso == "2027-01-21", session
    doc = parse_document("市政府常务会议\n关于某某市人民政府工作报告的决议\n（2027年1月21日通过）\n　　会议同意。\n")
    assert doc.title is not None and doc.title.text == "关于某某市人民政府工作报告的决议"


def test_a_congress_session_heads_only_what_it_adopts() -> None:
    """(session 41, review of OD41) the session's line over a title of 关于 joins it only when the title ends in a kind a
    session adopts (决议, 决定…) and opens with 关于: a report given at the session (``关于…预算执行情况的报告`` over
    ``（…在…会议上）``), a decision read at it, a deputy's ``关于…的建议`` stay their own titles with no congress as
    their issuer; ``主席团关于…的报告`` keeps its issuer 主席团."""
    session = "某某市第十七届人民代表大会第五次会议"
    given = f"（2026年1月18日在{session}上）\n某某市财政局局长　某某\n各位代表：\n　　现将报告如下。\n"
    for title, under in (("关于某某市2025年预算执行情况的报告", given), ("关于某某工作的决定", given),
                         ("关于加快某某建设的建议", "代表：某某\n　　建议如下。\n")):
        doc = parse_document(f"{session}\n{title}\n{under}")
        assert doc.title is not None and doc.title.text == title, title
        assert doc.issuers != ["某某市第十七届人民代表大会"], title
    doc = parse_document(f"{session}\n主席团关于代表资格的报告\n　　现将审查情况报告如下。\n")
    assert doc.title is not None and doc.title.text == "主席团关于代表资格的报告" and doc.issuers == ["主席团"]
    doc = parse_document(f"{session}\n关于某某工作的决定\n（2026年1月20日{session}通过）\n　　会议决定。\n")
    assert doc.title is not None and doc.title.text == session + "关于某某工作的决定"
    assert doc.issuers == ["某某市第十七届人民代表大会"]


def test_a_congress_session_over_a_title_another_organ_signs_is_chrome() -> None:
    """(session 41, final read) the session's line over a decision signed by another organ (``某某市人民政府``,
    ``中共某某市委``) is page chrome, no part of its title (it was joined: ``某某市第十七届人民代表大会第五次会议关于…``
    issued by the government); signed by the congress's 主席团, its standing committee or the 政协 committee (the
    term's 第N届 left out) the session still heads the title. A publicity note alone on a line is no date's note."""
    body = "关于表彰先进集体的决定\n各区县人民政府：\n　　为表彰先进，决定如下。\n{sig}\n2026年1月20日\n"
    congress, committee = "某某市第十七届人民代表大会第五次会议", "政协某某市第十二届委员会第三次会议"
    for session, sig in ((congress, "某某市人民政府"), (committee, "中共某某市委")):
        doc = parse_document(f"{session}\n" + body.format(sig=sig))
        assert doc.title is not None and doc.title.text == "关于表彰先进集体的决定", sig
        assert doc.issuers == [sig], sig
    for session, sig in ((congress, "某某市第十七届人民代表大会主席团"), (committee, "政协某某市委员会"),
                         ("某某市第十七届人民代表大会常务委员会第二十次会议", "某某市人民代表大会常务委员会")):
        doc = parse_document(f"{session}\n" + body.format(sig=sig))
        assert doc.title is not None and doc.title.text == session + "关于表彰先进集体的决定", sig
    assert document._note_on_date(" （此件公开）") == (0, 0)


def test_schools_by_their_level_open_a_text_as_its_addressees() -> None:
    """(session 41, known miss of session 39) a text opening with a 主送 of schools named by their level (``各中小学：``,
    ``各小学、幼儿园：``, ``各高校：``) reads its addressees and its tail, as ``各学校：`` does; people addressed by the same
    words (``各位同学：``) open no document."""
    for head in ("各中小学", "各小学、幼儿园", "各中学，各大学", "各高校"):
        doc = parse_document(f"{head}：\n　　请做好暑期安全工作。\n某某县教育局\n2027年7月1日\n")
        assert doc.addressees is not None and doc.addressees.text == head, head
        assert doc.signature is not None and doc.date is not None, head
    assert parse_document("各位同学：\n　　请注意安全。\n某某县教育局\n2027年7月1日\n").addressees is None


def test_a_lead_in_naming_schools_or_units_opens_no_document() -> None:
    """(session 41, review of OD41) schools by their level address a text opening with them only led by 各 (``各中小学``,
    ``各幼儿园、中小学``); a lead-in to a list naming them (``全市共有中小学：``, ``入选的大学：``) or describing units by a
    clause (``本次获奖的学校：``, ``入选的单位：``) is no 主送; a clause then 各 (``参加培训的各单位``) and a school's
    name (``某某市实验学校``) still are."""
    text = "{}：\n　　一中、二中、三中。\n某某县教育局\n2027年7月1日\n"
    for lead in ("全市共有中小学", "本次获奖的中学", "入选的大学", "开学的幼儿园", "本次获奖的学校", "入选的单位"):
        assert parse_document(text.format(lead)).addressees is None, lead
    for head in ("各幼儿园、中小学", "参加培训的各单位", "某某市实验学校", "县直各学校"):
        doc = parse_document(text.format(head))
        assert doc.addressees is not None and doc.addressees.text == head, head


def test_copy_lists_end_without_a_separator_and_a_third_joins() -> None:
    """(session 41, known misses of session 40) a copy list whose last line ends with a separator (a PDF's
    ``县审计局，``) keeps none at its end, also where a second list joins it (no ``，，``); a third copy list right
    under the second joins the cc too; a fourth, or a list after a line between, does not."""
    text = "各乡镇人民政府：\n　　请按时报送。\n某某县财政局\n2027年5月6日\n{}某某县财政局办公室　　2027年5月6日印发\n"
    for lists, want in (("抄送：县委办公室，县人大办，\n抄报：市财政局。\n", "县委办公室，县人大办，市财政局"),
                        ("抄报：市财政局，\n抄送：县审计局。\n", "市财政局，县审计局"),
                        ("抄送：县审计局，\n县统计局，\n", "县审计局，县统计局"),
                        ("抄报：市财政局。\n抄送：县审计局。\n抄送：县统计局。\n", "市财政局，县审计局，县统计局"),
                        ("抄报：甲局。\n抄送：乙局。\n抄送：丙局。\n抄送：丁局。\n", "甲局，乙局，丙局")):
        doc = parse_document(text.format(lists))
        assert doc.cc is not None and doc.cc.text == want, lists
        assert doc.printed_by is not None and doc.printed_by.text == "某某县财政局办公室", lists


def test_a_notice_mark_and_its_number_on_one_line_over_no_title_split() -> None:
    """(session 41, known miss of session 39) a 公告's or 通告's mark run onto its number on one line, glued or apart by
    a blank (``某某市人民政府公告2027年第4号``), over the text with no title of 关于 under it, gives the mark as the
    title and the rest as the number, as the two lines do; over a title of 关于 the line stays the number whole."""
    body = "　　现将有关事项公告如下：\n　　一、甲。\n　　特此公告。\n某某市人民政府\n2027年3月1日\n"
    for head in ("某某市人民政府公告2027年第4号", "某某市人民政府公告　2027年第4号", "某某市公安局通告第2号"):
        doc = parse_document(head + "\n" + body)
        mark = head[: head.index("告") + 1]
        assert doc.title is not None and doc.title.text == mark and cut(head, doc.title) == mark, head
        assert doc.doc_number is not None and doc.doc_number.text == head[len(mark) :].strip("\u3000"), head
        assert doc.doc_number.serial == int(head[-2]) and cut(head, doc.doc_number) == doc.doc_number.text, head
    doc = parse_document("某某总局公告2027年第4号\n关于甲的公告\n" + body)
    assert doc.title is not None and doc.title.text == "关于甲的公告" and doc.doc_number.text == "某某总局公告2027年第4号"


def test_a_bracketed_instruction_after_an_attachments_name_is_no_part_of_it() -> None:
    """(session 41, known miss of session 40) an instruction in brackets after an attachment's name (``（请于5月10日前
    报送）``, ``（5月10日前报县局）``) is no part of the name; a remark on the form (``（样表）``) or a request's name in
    brackets (``（请示）``) stays."""
    t = "关于报名的通知\n各单位：\n　　请报名。\n　　附件：{}\n某某局\n2027年4月3日\n"
    for listed, names in (("1．某某报名表（请于5月10日前报送）\n　　　　　2．某某汇总表（5月10日前报县局）", ["某某报名表", "某某汇总表"]),
                          ("某某报名表（请各校填写后报送）", ["某某报名表"]), ("某某报名表（样表）", ["某某报名表（样表）"]),
                          ("关于某某的报告（请示）", ["关于某某的报告（请示）"])):
        text = t.format(listed)
        doc = parse_document(text)
        assert [a.text for a in doc.attachments] == names, listed
        assert all(cut(text, a) == a.text for a in doc.attachments), listed


def test_only_an_instructions_shape_leaves_an_attachments_name() -> None:
    """(session 41, review of OD41) a bracket after an attachment's name is an instruction only in an instruction's
    shape: 请 and what to do, how or when (``请于…``, ``请各校…``, ``请按…``; not 请假, 请示, 请柬: ``（请假人填写）`` stays), or a
    day before 前报送 (``5月10日前报县局``; ``（前报送情况）`` stays); the names one a line (``附件1：…`` + ``附件2：…``) lose an
    instruction as a list's do."""
    t = "关于报名的通知\n各单位：\n　　请报名。\n{}\n某某局\n2027年4月3日\n"
    for listed, names in (("　　附件：1．教职工请假审批表（请假人填写）\n　　　　　2．某某统计表（前报送情况）",
                           ["教职工请假审批表（请假人填写）", "某某统计表（前报送情况）"]),
                          ("　　附件：1．某某邀请名单（请柬样式）\n　　　　　2．某某表（请按样式填写）", ["某某邀请名单（请柬样式）", "某某表"]),
                          ("附件1：某某登记表（请于5月10日前报送）\n附件2：某某统计表（月底前报送）", ["某某登记表", "某某统计表"]),
                          ("附件1：某某登记表（请假人填写）\n附件2：某某统计表", ["某某登记表（请假人填写）", "某某统计表"])):
        text = t.format(listed)
        doc = parse_document(text)
        assert [a.text for a in doc.attachments] == names, listed
        assert all(cut(text, a) == a.text for a in doc.attachments), listed
