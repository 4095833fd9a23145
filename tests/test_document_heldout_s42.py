"""parse_document: the classes behind the misses of held-out documents 281-290 (session 42, OD42).

Each fix has tests of its class (invented variants) and of look-alikes that must stay as they were.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtext.document import parse_document
from govtext.hygiene import fix_cjk_spacing
from govtext.spam import drop_spam_lines
from linear_common import assert_linear

NOTICE = "某某县农业农村局文件\n{num}\n某某县农业农村局关于做好春耕工作的通知\n各乡镇：\n　　请做好春耕。\n某某县农业农村局\n2026年3月18日\n"


@pytest.mark.parametrize(("num", "year", "serial"), [
    ("某农〔2026〕1 6号", 2026, 16),  # a blank inside the serial
    ("某农〔2026〕1\u30006号", 2026, 16),  # an ideographic one
    ("某农〔2026〕12 5号", 2026, 125),
    ("某教发〔20 26〕9号", 2026, 9),  # inside the year
    ("某农〔2026〕1 6 号", 2026, 16),  # and one before 号 too
    ("某农[2026]4 1号", 2026, 41),
])
def test_a_scanned_number_with_a_blank_between_its_digits(num: str, year: int, serial: int) -> None:
    """(session 42, OD42) an OCR'd page may read one blank between two digits of a number's year or serial
    (``某农〔2026〕1 6号``): the number is read as printed, its year and serial without the blank."""
    doc = parse_document(NOTICE.format(num=num))
    assert doc.doc_number is not None and doc.doc_number.text == num
    assert (doc.doc_number.year, doc.doc_number.serial) == (year, serial)
    assert doc.title is not None and doc.title.text == "某某县农业农村局关于做好春耕工作的通知"


def test_numbers_without_blanks_and_two_numbers_on_a_line_stay() -> None:
    """Look-alikes: a number without blanks, and the lead organ's of two on one line (now with blanks in both)."""
    doc = parse_document(NOTICE.format(num="某农〔2026〕16号　签发人：王某"))
    assert doc.doc_number.text == "某农〔2026〕16号" and doc.signer.text == "王某"
    doc = parse_document(NOTICE.format(num="甲财〔2026〕1 5号　　乙教〔2026〕2 2号"))
    assert (doc.doc_number.text, doc.doc_number.serial) == ("甲财〔2026〕1 5号", 15)
    doc = parse_document(NOTICE.format(num="甲财〔2026〕15号　　乙教〔2026〕22号"))
    assert (doc.doc_number.text, doc.doc_number.serial) == ("甲财〔2026〕15号", 15)


@pytest.mark.parametrize("num", ["某农〔2026〕1  6号", "某农〔2026〕1\u3000\u30006号", "某教发〔20  26〕9号"])
def test_two_blanks_between_digits_are_no_ocr_gap_a_documented_limit(num: str) -> None:
    """A documented limit (the module docstring's doc_number row): one blank between two digits is an OCR gap,
    two are not read as one (no number read, as before the gap was read) -- the rule stays narrow rather than
    join two numbers a line sets apart."""
    assert parse_document(NOTICE.format(num=num)).doc_number is None


@given(st.integers(min_value=10, max_value=99999), st.data())
def test_a_blank_anywhere_inside_a_serial_reads_the_same_serial(serial: int, data: st.DataObject) -> None:
    digits = str(serial)
    cut = data.draw(st.integers(min_value=1, max_value=len(digits) - 1))
    blank = data.draw(st.sampled_from(" \u3000"))
    num = f"某府〔2026〕{digits[:cut]}{blank}{digits[cut:]}号"
    doc = parse_document(NOTICE.format(num=num))
    assert doc.doc_number is not None and (doc.doc_number.year, doc.doc_number.serial) == (2026, serial)


MINUTES = ("某县人民政府县长办公会议纪要\n{num}\n某县人民政府办公室　　　　2026年3月12日\n{att}"
           "　　3月10日，县长主持召开办公会议。纪要如下：\n　　一、关于某事\n　　会议同意。\n抄送：县委办公室。\n")
ATTENDANCE = "出席：王某　李某\n列席：县财政局负责人\n请假：张某（出差）\n"


@pytest.mark.parametrize(("num", "text", "year", "serial"), [
    ("第5期（总第128期）", "第5期", None, 5),
    ("第5期(总第128期)", "第5期", None, 5),
    ("2026年第5期　总第128期", "2026年第5期", 2026, 5),
    ("〔2026〕第5期（总第12期）", "〔2026〕第5期", 2026, 5),
    ("第十二期（总第一百零三期）", "第十二期", None, 12),
])
@pytest.mark.parametrize("att", ["", ATTENDANCE])
def test_an_issue_number_with_its_running_total(num: str, text: str, year: int | None, serial: int, att: str) -> None:
    """(session 42, OD42) a 纪要's issue number may carry the publication's running total (``第5期（总第128期）``,
    in brackets or after a blank): the number without it; the office and date under it are the head's (no
    signature, no issuers), the attendance lines in the head too."""
    doc = parse_document(MINUTES.format(num=num, att=att))
    assert doc.doc_number is not None and (doc.doc_number.text, doc.doc_number.year, doc.doc_number.serial) == (
        text, year, serial)
    assert doc.title is not None and doc.title.text == "某县人民政府县长办公会议纪要"
    assert doc.signature is None and doc.issuers is None and doc.date is not None and doc.date.iso == "2026-03-12"
    assert doc.cc is not None and doc.cc.text == "县委办公室"


@pytest.mark.parametrize(("num", "text", "year", "serial"), [
    ("第5期（增刊）", "第5期", None, 5),  # a supplement's mark
    ("第5期【总第128期】", "第5期", None, 5),  # a total in other brackets
    ("第5期（总第128号）", "第5期", None, 5),
    ("第5期（总128期）", "第5期", None, 5),
    ("第5期　总第128期　内部资料", "第5期", None, 5),  # two notes after blanks
    ("第5期（总第128期）（内部资料）", "第5期", None, 5),  # two in brackets
    ("第5期（总第128期）　内部资料", "第5期", None, 5),
    ("（总第128期）第5期", "第5期", None, 5),  # one before it
    ("〔2026〕第5期【增刊】", "〔2026〕第5期", 2026, 5),
    ("（增刊）2026年第5期", "2026年第5期", 2026, 5),
    ("第十二期［ 总第一百零三期 ］", "第十二期", None, 12),
])
def test_an_issue_number_with_short_notes_beside_it(num: str, text: str, year: int | None, serial: int) -> None:
    """(session 42, FXO42) the class of the running total: one or two short notes after the issue number, in
    brackets or after a blank, or one in brackets before it (whatever they say): the number without them, the
    head a 纪要's (no signature, no issuers from the office line)."""
    doc = parse_document(MINUTES.format(num=num, att=""))
    assert doc.doc_number is not None and (doc.doc_number.text, doc.doc_number.year, doc.doc_number.serial) == (
        text, year, serial)
    source = MINUTES.format(num=num, att="")
    assert source[doc.doc_number.start : doc.doc_number.end] == text
    assert doc.signature is None and doc.issuers is None and doc.date is not None and doc.date.iso == "2026-03-12"


@pytest.mark.parametrize("num", [
    "第5期（总第128期",  # a bracket not closed
    "第5期（总第128期，内部资料）",  # a sentence's mark inside the note
    "第5期　总第128期　内部资料　急件",  # three notes after it
    "第5期（本期刊载县长办公会议的全部议定事项）",  # a note longer than a note
    "第5期增刊",  # no blank nor bracket before it
    "（增刊）（内部）第5期",  # two before it
])
def test_an_issue_line_holding_more_than_short_notes_is_no_issue_number(num: str) -> None:
    """Look-alikes: a line holding more than the issue number and short notes stays no issue number (as before:
    the office line the signature)."""
    doc = parse_document(MINUTES.format(num=num, att=""))
    assert doc.doc_number is None and doc.signature is not None and doc.signature.text == "某县人民政府办公室"


def test_a_year_in_brackets_before_the_issue_number_stays_its_year() -> None:
    """A year in brackets before 第N期 is the number's own (``〔2026〕第5期``), not a note left out."""
    for num in ("〔2026〕第5期", "（2026）第5期（增刊）", "[2026]第5期"):
        doc = parse_document(MINUTES.format(num=num, att=""))
        assert doc.doc_number is not None and doc.doc_number.year == 2026 and doc.doc_number.text.endswith("第5期")


def test_an_issue_line_with_notes_in_an_article_is_no_head() -> None:
    """A line shaped like an issue number and its note under an article's headline (no 纪要, no title of a
    kind of document under it) is no head: nothing read as a number, no sentence lost."""
    text = "县图书馆举办读书月活动\n第5期（增刊）\n县图书馆　　2026年4月2日\n　　4月1日，读书月活动开幕。\n"
    doc = parse_document(text)
    assert (doc.doc_number, doc.title, doc.signature, doc.date) == (None, None, None, None)
    assert doc.body is not None and doc.body.preamble == text


@given(st.integers(min_value=1, max_value=999), st.text(alphabet="总第增刊内部资料一二三四五六七八九十期号0123456789",
                                                       min_size=1, max_size=10),
       st.sampled_from(["（{}）", "({})", "【{}】", "〔{}〕", "［{}］", "　{}"]))
def test_any_short_note_after_an_issue_number_is_left_out(n: int, note: str, shape: str) -> None:
    num = f"第{n}期" + shape.format(note)
    doc = parse_document(MINUTES.format(num=num, att=""))
    assert doc.doc_number is not None and (doc.doc_number.text, doc.doc_number.serial) == (f"第{n}期", n)
    assert doc.signature is None


def test_a_plain_issue_number_stays() -> None:
    doc = parse_document(MINUTES.format(num="第5期", att=ATTENDANCE))
    assert (doc.doc_number.text, doc.doc_number.serial, doc.signature) == ("第5期", 5, None)


def test_a_bulletins_issue_number_with_its_running_total() -> None:
    """A bulletin under its letter-spaced mark (``督　查　通　报``) numbered with its running total keeps its own title."""
    doc = parse_document("督　查　通　报\n第4期（总第56期）\n某省政府督查室　　2026年6月12日\n关于重点工作督查情况的通报\n　　正文。\n")
    assert doc.issuer_mark is not None and doc.issuer_mark.text == "督　查　通　报"
    assert doc.title is not None and doc.title.text == "关于重点工作督查情况的通报"
    assert (doc.doc_number.text, doc.doc_number.serial, doc.signature) == ("第4期", 4, None)


# (session 42, FXO42) the OCR gap in a doc number, one notion for the reader, clean() and drop_spam


@pytest.mark.parametrize(("text", "want"), [
    ("某农〔2026〕1 6号", "某农〔2026〕16号"),  # inside the serial
    ("某教发 〔20 26〕 9 号", "某教发〔2026〕9号"),  # inside the year, blanks around it too
    ("某农〔2026〕12 5号", "某农〔2026〕125号"),
    ("根据某农〔2026〕1 6号文件", "根据某农〔2026〕16号文件"),
])
def test_clean_joins_a_blank_between_two_digits_of_a_doc_number(text: str, want: str) -> None:
    """clean()'s spacing step joins what parse_document reads: a scanned page's one blank between two digits of
    a 发文字号's year or serial (as it joined ``〔2026〕3 号`` before)."""
    assert fix_cjk_spacing(text) == want


@pytest.mark.parametrize("text", [
    "某农〔2026〕1  6号",  # two blanks: no OCR gap
    "某农〔2026〕1 2 3 4 5 6号",  # more digits than a serial
    "某农〔3026〕1 6号",  # no year
    "某农〔2026〕1 6",  # no 号
    "2026年1 6号楼",  # no year in brackets
    "第〔2026〕1 6期",
    "共有 1 6 人",
])
def test_digits_apart_outside_a_doc_number_stay(text: str) -> None:
    """Look-alikes: digits set apart anywhere but between the year in 〔〕 and 号 stay apart."""
    assert fix_cjk_spacing(text) == text


@given(st.integers(min_value=10, max_value=99999), st.data())
def test_clean_and_the_reader_agree_on_a_gap_in_a_serial(serial: int, data: st.DataObject) -> None:
    digits = str(serial)
    cut = data.draw(st.integers(min_value=1, max_value=len(digits) - 1))
    num = f"某府〔2026〕{digits[:cut]} {digits[cut:]}号"
    assert fix_cjk_spacing(num) == f"某府〔2026〕{serial}号"
    assert fix_cjk_spacing(fix_cjk_spacing(num)) == fix_cjk_spacing(num)
    doc = parse_document(NOTICE.format(num=num))
    assert doc.doc_number is not None and doc.doc_number.serial == serial


@pytest.mark.parametrize(("num", "kept"), [
    ("某政发〔2024〕1 3号", True),
    ("某政发〔20 24〕3号", True),
    ("某政发〔2024〕13号", True),
    ("某政发〔2024〕1  3号", False),  # look-alikes: two blanks, no 号
    ("某政发〔2024〕1 3", False),
])
def test_drop_spam_keeps_a_doc_number_line_with_an_ocr_gap(num: str, kept: bool) -> None:
    """A doc number over its title above the page's menu is kept as a 发文字号 line (the OCR gap too)."""
    text = "\n".join([num, "某市人民政府关于做好学校安全工作的通知", "首页", "新闻", "教育", "体育", "财经", "科技",
                      "本市今年新建和改扩建中小学校十二所，新增学位一万余个，有效缓解了城区入学压力。",
                      "市教育局有关负责人介绍，新建学校全部按照省级标准化学校建设，配齐了实验室和图书馆。"])
    assert (num in drop_spam_lines(text).split("\n")) is kept


@pytest.mark.parametrize("unit", ["（总第1期）", "　总第1期", "（", "　", "1 ", "第5期（"])
def test_an_issue_line_and_a_doc_number_are_read_in_linear_time(unit: str) -> None:
    """Adversarial issue lines and doc numbers (runs of notes, brackets, blanks, gapped digits) under a 纪要's mark
    and a document's: linear."""
    def minutes(n: int) -> str:
        return MINUTES.format(num="第5期" + unit * n, att="")

    def notice(n: int) -> str:
        return NOTICE.format(num="某农〔2026〕" + unit * n + "号")

    assert_linear(parse_document, minutes(2000), minutes(8000), repeat=3, label=unit)
    assert_linear(parse_document, notice(2000), notice(8000), repeat=3, label=unit)
    assert_linear(fix_cjk_spacing, "〔2026〕" + unit * 2000, "〔2026〕" + unit * 8000, repeat=3, label=unit)


# (session 42, FXR2) a field the head reads elsewhere is no note beside an issue number


@pytest.mark.parametrize(("num", "signer"), [
    ("第5期　　　　　　　　　　签发人　张三", "张三"),  # a form's cell after the number
    ("第5期　签发人：张三", "张三"),
    ("第5期　总第128期　签发人：李四", "李四"),  # after a note
    ("第12期（增刊）　　签发人　王某某", "王某某"),
    ("第5期　　签发人　张三　李四", "张三　李四"),
])
def test_a_signer_after_an_issue_number_is_the_signer_no_note(num: str, signer: str) -> None:
    """(session 42, FXR2) a 签发人 after a 纪要's issue number is read as the signer (as the head reads one after a
    doc number), not left out as two short notes; the number is read without it."""
    doc = parse_document(MINUTES.format(num=num, att=""))
    assert doc.signer is not None and doc.signer.text == signer
    assert doc.doc_number is not None and doc.doc_number.text.endswith("期") and "签" not in doc.doc_number.text
    assert doc.signature is None and doc.date is not None and doc.date.iso == "2026-03-12"


@pytest.mark.parametrize(("num", "secrecy", "urgency", "copy"), [
    ("第5期　　　秘密★1年", "秘密★1年", None, None),
    ("第5期　　　特急", None, "特急", None),
    ("第5期　总第128期　机密★6个月　加急", "机密★6个月", "加急", None),
    ("第5期（增刊）　绝密", "绝密", None, None),
    ("第5期　总第128期　000123", None, None, "000123"),
    ("第5期　特　急", None, "特急", None),  # letter-spaced
])
def test_copy_marks_after_an_issue_number_are_read_no_notes(num: str, secrecy: str | None, urgency: str | None,
                                                            copy: str | None) -> None:
    """(session 42, FXR2) copy marks after a 纪要's issue number (密级, 紧急程度, 份号) are read as the head reads
    them above it, each at its place in the text, not left out as notes."""
    source = MINUTES.format(num=num, att="")
    doc = parse_document(source)
    assert doc.doc_number is not None and doc.doc_number.serial == 5
    for el, want in ((doc.secrecy, secrecy), (doc.urgency, urgency), (doc.copy_number, copy)):
        assert (el.text if el is not None else None) == want
        if el is not None:
            assert source[el.start : el.end].replace("　", "") == want


@pytest.mark.parametrize(("num", "text", "year"), [
    ("（2026年）第5期", "（2026年）第5期", 2026),
    ("〔 2025 〕第5期", "〔 2025 〕第5期", 2025),  # blanks inside the bracket
    ("（ 2026 年 ）第5期（增刊）", "（ 2026 年 ）第5期", 2026),
    ("【2024】第5期", "【2024】第5期", 2024),
])
def test_a_year_in_brackets_before_an_issue_number_gives_its_year(num: str, text: str, year: int) -> None:
    """(session 42, FXR2) a year in brackets before 第N期 (with 年, with blanks inside) is the number's year, as
    ``2026年第5期``'s is, not a note left out."""
    doc = parse_document(MINUTES.format(num=num, att=""))
    assert doc.doc_number is not None and (doc.doc_number.text, doc.doc_number.year, doc.doc_number.serial) == (
        text, year, 5)


@pytest.mark.parametrize("num", [
    "第5期　　签批人　张三",  # a signer's label the head does not read: no issue number, as before
    "第5期　特急文件　内部资料　急件",  # three notes (特急文件 a note, no copy mark)
])
def test_an_issue_line_with_a_label_or_too_many_notes_stays_no_issue_number(num: str) -> None:
    doc = parse_document(MINUTES.format(num=num, att=""))
    assert doc.doc_number is None and doc.signature is not None and doc.signature.text == "某县人民政府办公室"


def test_notes_that_look_like_copy_marks_but_are_words_stay_notes() -> None:
    """Look-alikes: a note starting like a copy mark but longer (``特急件``, ``秘密文件``) is a note, left out."""
    for num in ("第5期　特急件", "第5期　秘密文件", "第5期　总第128期　加急版"):
        doc = parse_document(MINUTES.format(num=num, att=""))
        assert doc.doc_number is not None and doc.doc_number.text == "第5期"
        assert (doc.secrecy, doc.urgency) == (None, None)


# (session 42, FXR2) one notion of the OCR gap (govtext._util): one gap at most in a year and in a serial


@pytest.mark.parametrize("num", [
    "某政发〔2026〕1 2 3 4 5号",  # a gap between each two digits: no serial
    "某政发〔2026〕1 23 4号",  # two gaps
    "某政发〔2 0 2 6〕5号",  # two gaps in the year
    "某政发〔20 2 6〕5号",
    "某政发〔2026〕1\u00a02 3号",
])
def test_two_gaps_in_a_year_or_a_serial_are_no_number(num: str) -> None:
    """(session 42, FXR2) one blank at most between two digits of a year and of a serial (``某政发〔2026〕1 2 3 4 5号``
    was read as serial 12345): the reader, clean()'s spacing step and drop_spam agree (no number, no join)."""
    assert parse_document(NOTICE.format(num=num)).doc_number is None
    assert fix_cjk_spacing(num) == num


@pytest.mark.parametrize(("num", "year", "serial"), [
    ("某政发〔2026〕123 45号", 2026, 12345),  # five digits, one gap
    ("某政发〔20 26〕1 2号", 2026, 12),  # one in each
    ("某政发〔2026〕1\u00a06号", 2026, 16),  # a no-break space as the gap
    ("某政发〔2026〕1\u30006号", 2026, 16),
    ("某政发〔2〇2 6〕3号", 2026, 3),  # the scan's 〇 with a gap
])
def test_one_gap_in_a_year_and_in_a_serial_is_read(num: str, year: int, serial: int) -> None:
    doc = parse_document(NOTICE.format(num=num))
    assert doc.doc_number is not None and (doc.doc_number.year, doc.doc_number.serial) == (year, serial)


@pytest.mark.parametrize(("text", "want"), [
    ("某政发〔2026〕123 45号", "某政发〔2026〕12345号"),
    ("某政发 〔20 26〕 1 2 号", "某政发〔2026〕12号"),
    ("某政发〔2〇2 6〕3号", "某政发〔2〇26〕3号"),  # the year's 〇 as the reader reads it (no blanks else)
    ("某政发〔2026〕1 6号，某政发〔2026〕1\u00a07号", "某政发〔2026〕16号，某政发〔2026〕17号"),
])
def test_clean_joins_the_gap_the_reader_reads(text: str, want: str) -> None:
    assert fix_cjk_spacing(text) == want


@pytest.mark.parametrize(("num", "kept"), [
    ("某政发〔2024〕123 45号", True),  # five digits (the keep test read four at most)
    ("某政发〔2024〕1\u00a03号", True),
    ("某政发〔2024〕1 2 3号", False),  # two gaps
])
def test_drop_spam_reads_the_same_gap(num: str, kept: bool) -> None:
    text = "\n".join([num, "某市人民政府关于做好学校安全工作的通知", "首页", "新闻", "教育", "体育", "财经", "科技",
                      "本市今年新建和改扩建中小学校十二所，新增学位一万余个，有效缓解了城区入学压力。",
                      "市教育局有关负责人介绍，新建学校全部按照省级标准化学校建设，配齐了实验室和图书馆。"])
    assert (num in drop_spam_lines(text).split("\n")) is kept


@given(st.integers(min_value=100, max_value=99999), st.data())
def test_two_gaps_anywhere_in_a_serial_are_no_number(serial: int, data: st.DataObject) -> None:
    digits = str(serial)
    a = data.draw(st.integers(min_value=1, max_value=len(digits) - 2))
    b = data.draw(st.integers(min_value=a + 1, max_value=len(digits) - 1))
    num = f"某府〔2026〕{digits[:a]} {digits[a:b]} {digits[b:]}号"
    assert parse_document(NOTICE.format(num=num)).doc_number is None
    assert fix_cjk_spacing(num) == num


# (session 42, FXF42) blanks after a year in brackets before an issue number, and a letter-spaced line's blanks


@pytest.mark.parametrize("blank", [" ", "\u3000", " \u3000"])
@pytest.mark.parametrize(("head", "tail"), [("（2026", "x第5期"), ("（2026年", "x第5期"), ("（ 2026", "年x第5期"),
                                            ("〔2026", "〕x"), ("【2026", "")])
def test_blanks_after_a_bracketed_year_are_read_in_linear_time(blank: str, head: str, tail: str) -> None:
    """A run of blanks after an opening bracket's year (with 年 or not, no closing bracket after it): the issue
    number's pattern, on the line alone and as a 纪要's issue line under its mark, reads it in linear time (two blank
    runs side by side around an optional 年 made it quadratic, and letter-spacing's join ASCII spaces)."""
    from govtext.document import _issue_number_re

    pattern = _issue_number_re()

    def both(s: str) -> object:
        return pattern.fullmatch(s), pattern.search(s)

    def line(n: int) -> str:
        return head + blank * n + tail

    assert_linear(both, line(2000), line(8000), repeat=3, label=(head, blank))
    assert_linear(parse_document, MINUTES.format(num=line(2000), att=""), MINUTES.format(num=line(8000), att=""),
                  repeat=3, label=(head, blank))


@pytest.mark.parametrize("blank", [" ", "\u3000"])
def test_a_letter_spaced_line_of_long_blank_runs_is_joined_in_linear_time(blank: str) -> None:
    """Letter-spacing joined (_strip_spacing) on ASCII text with a long run of blanks between: linear."""
    from govtext.document import _strip_spacing

    assert_linear(_strip_spacing, "ab" + blank * 2000 + "cd", "ab" + blank * 8000 + "cd", repeat=3, label=blank)


def _strip_spacing_reference(s: str) -> str:
    """Letter-spacing joined, written plainly: a blank goes when the character before it is no ASCII one, or when a
    character outside ASCII follows its run up to a later blank or the run's end (the rule's first reading)."""
    import re

    return re.sub(r"(?<=[^\x00-\x7f])[ \u3000]+|[ \u3000]+(?=[^\x00-\x7f])", "", s)


@given(st.text(alphabet="ab 中文\u3000", max_size=14))
def test_letter_spacing_is_joined_as_before(s: str) -> None:
    """The linear pattern joins letter-spacing as the first, quadratic one did, on any mix of ASCII and Han
    characters, ASCII spaces and U+3000."""
    from govtext.document import _strip_spacing

    assert _strip_spacing(s) == _strip_spacing_reference(s)


@pytest.mark.parametrize(("num", "year"), [("（2026 年）第5期", 2026), ("（2026　年　）第5期", 2026), ("〔 2025 〕第5期", 2025),
                                           ("（2026 ）第5期", 2026)])
def test_a_bracketed_year_with_blanks_around_its_nian_is_still_read(num: str, year: int) -> None:
    """Look-alikes: blanks before 年, after it or both, or no 年: the year is read as before the restructuring."""
    doc = parse_document(MINUTES.format(num=num, att=""))
    assert doc.doc_number is not None and (doc.doc_number.year, doc.doc_number.serial) == (year, 5)


def test_letter_spaced_titles_join_as_before() -> None:
    """Han letter-spacing goes, Latin words' spaces stay."""
    from govtext.document import _strip_spacing

    assert _strip_spacing("几 个 问 题") == "几个问题"
    assert _strip_spacing("督　查　通　报") == "督查通报"
    assert _strip_spacing("关于 PM2.5 and NO2 的 通报") == "关于PM2.5 and NO2的通报"
