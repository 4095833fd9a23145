"""parse_document: the classes behind the misses of held-out documents 281-290 (session 42, OD42).

Each fix has tests of its class (invented variants) and of look-alikes that must stay as they were.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtext.document import parse_document

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
    """Look-alikes: a number without blanks, and the lead organ's of two on one line (now with blanks in both);
    two blanks between digits are no OCR gap (no number read, as before)."""
    doc = parse_document(NOTICE.format(num="某农〔2026〕16号　签发人：王某"))
    assert doc.doc_number.text == "某农〔2026〕16号" and doc.signer.text == "王某"
    doc = parse_document(NOTICE.format(num="甲财〔2026〕1 5号　　乙教〔2026〕2 2号"))
    assert (doc.doc_number.text, doc.doc_number.serial) == ("甲财〔2026〕1 5号", 15)
    doc = parse_document(NOTICE.format(num="甲财〔2026〕15号　　乙教〔2026〕22号"))
    assert (doc.doc_number.text, doc.doc_number.serial) == ("甲财〔2026〕15号", 15)
    assert parse_document(NOTICE.format(num="某农〔2026〕1  6号")).doc_number is None


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


@pytest.mark.parametrize("num", ["第5期（增刊）", "第5期（总第128期", "第5期（总128期）"])
def test_an_issue_line_with_other_brackets_is_no_issue_number(num: str) -> None:
    """Look-alikes: a supplement's bracket, an unclosed total and a total without 第 are no issue number (as before)."""
    assert parse_document(MINUTES.format(num=num, att="")).doc_number is None


def test_a_plain_issue_number_stays() -> None:
    doc = parse_document(MINUTES.format(num="第5期", att=ATTENDANCE))
    assert (doc.doc_number.text, doc.doc_number.serial, doc.signature) == ("第5期", 5, None)


def test_a_bulletins_issue_number_with_its_running_total() -> None:
    """A bulletin under its letter-spaced mark (``督　查　通　报``) numbered with its running total keeps its own title."""
    doc = parse_document("督　查　通　报\n第4期（总第56期）\n某省政府督查室　　2026年6月12日\n关于重点工作督查情况的通报\n　　正文。\n")
    assert doc.issuer_mark is not None and doc.issuer_mark.text == "督　查　通　报"
    assert doc.title is not None and doc.title.text == "关于重点工作督查情况的通报"
    assert (doc.doc_number.text, doc.doc_number.serial, doc.signature) == ("第4期", 4, None)
