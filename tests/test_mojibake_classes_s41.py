"""Session 41's mojibake classes (MJ41): markers beside digits keep the digits (a GB18030
four-byte character read as GBK has the shape of markers a repair wrote beside real digits, so
s39's #24-#27, s40's #34, #35, s41's #30, #32 stay misses). A UTF-8-as-Latin
reading of a few Latin-1 letters that are the head or tail of a longer run it cannot read is no
repair: the run is another codec's damage (s41's LOSSY #3, where Ñ§ became the Cyrillic ѧ). GBK
read as Latin-1 or windows-1252 and then NFKC-normalized reads back where a fold no Latin-1 text
leaves shows it (s38's #33, s40's #3, s41's #26, #27)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext import normalize
from govtext.mojibake import MARKER, _gbk_nfkc_edits, fix_mojibake
from linear_common import assert_linear


@pytest.mark.parametrize(
    "text",
    [
        "于3月5日召开会议".encode().decode("gbk", errors="replace"),  # a repair marks 于 and 月
        "电话\ufffd1\ufffd2号码",
        "第\ufffd3\ufffd5期",
        "陈\ufffd1\ufffd9老师",  # (or a four-byte name read as GBK: its digits stay too)
        "指导教师：黄𪚥".encode("gb18030").decode("gbk", errors="replace"),
    ],
)
def test_markers_beside_digits_never_take_the_digits(text: str) -> None:
    # a marker, a digit, a marker, a digit is also what a GB18030 four-byte character read as
    # GBK leaves, but the digits may be real: they are never deleted, and a second pass
    # changes nothing (review FXM41: the four-byte rule was removed)
    once = normalize(text)
    assert normalize(once) == once
    digits = [ch for ch in text if ch.isdigit()]
    assert [ch for ch in once if ch.isdigit()] == digits
    assert [ch for ch in fix_mojibake(text) if ch.isdigit()] == digits


@pytest.mark.parametrize(
    "text",
    [
        "2026\ufffd3\ufffd5\ufffd召开",  # a date whose characters were marked
        "第\ufffd12\ufffd3",  # digits of more than one
        "\ufffd\ufffd3\ufffd\ufffd5",  # markers in pairs (GBK read as UTF-8)
        "编号\ufffd1\ufffd23",  # a digit right after
    ],
)
def test_other_markers_beside_digits_stay(text: str) -> None:
    assert fix_mojibake(text) == text


def test_markers_a_repair_wrote_beside_digits_stay() -> None:
    # 于3月5日 read from UTF-8 as GBK with 于's and 月's last bytes lost: the repair marks them,
    # which has the four-byte shape; the digits are the original's
    damaged = "于3月5日前报名".encode().decode("gbk", errors="replace")
    assert fix_mojibake(damaged) == f"{MARKER}3{MARKER}5日前报名"


@pytest.mark.parametrize(
    ("original", "lost_at"),
    [
        ("学校体育工作", 3),  # Ñ§ is also the UTF-8 of ѧ
        ("学习计划安排", 5),
        ("学期总结", 3),  # Ñ§ and Ü½ read, Æ× left between them
        ("学生会主席", 3),
    ],
)
def test_gbk_as_latin_that_lost_a_byte_is_not_read_as_utf8(original: str, lost_at: int) -> None:
    data = original.encode("gbk")
    damaged = (data[:lost_at] + data[lost_at + 1 :]).decode("latin-1")
    out = fix_mojibake(damaged)
    assert not [ch for ch in out if ch not in original and ch not in damaged and ch != MARKER], out


@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        ("cafÃ© and MÃ¼ller", "café and Müller"),
        ("Ð\x9fÑ\x80Ð¸Ð²ÐµÑ\x82 means hello", "Привет means hello"),
        ("ÐºÐ½Ð¸Ð³Ð° 书", "книга 书"),
        ("dÃ©Ã§u, Ã¦Ã¸", "déçu, æø"),
    ],
)
def test_utf8_as_latin_whole_runs_still_read(damaged: str, fixed: str) -> None:
    assert fix_mojibake(damaged) == fixed


@pytest.mark.parametrize(
    "original",
    [
        "大学英语教学大纲",  # 大 B4F3: ´ folds to a blank and a combining acute
        "本校教职工九十人",  # 本 B1BE: ¾ folds to 3⁄4
        "通知：请各学校于3月5日前报送材料。",  # digits of the text between the damage
        "2026年度课程计划",  # a year before the damage
        "关于做好学生资助工作的通知",  # 关 B9D8: ¹ folds to 1, at the run's start
    ],
)
@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_gbk_as_latin_then_nfkc_reads_back(original: str, codec: str) -> None:
    damaged = unicodedata.normalize("NFKC", original.encode("gbk").decode(codec))
    assert damaged != original.encode("gbk").decode(codec)  # a fold happened
    assert fix_mojibake(damaged) == original


@pytest.mark.parametrize(
    "text",
    [
        "Café à 1⁄2 prix, 5 μm",
        "Ñandú 1⁄2 kg, São Paulo 1⁄4",
        "temperatura 25o, 1⁄2 hora",
        "x2 + y3 = 1⁄2",
        "剂量为5 μg,约1⁄4片",
    ],
)
def test_folds_in_latin_text_stay(text: str) -> None:
    assert unicodedata.normalize("NFKC", text) == text
    assert fix_mojibake(text) == text


@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        # a run read by a sure fold: the line's other runs are Latin text, not folds
        ("Ñ§Éú×ÛoÏËØÖÊÆÀ1⁄4Û (São Paulo, ±°C)", "学生综合素质评价 (São Paulo, ±°C)"),
        ("1⁄2ÌÓý3⁄4Ö：Müller·Zoë", "教育局：Müller·Zoë"),
        # joined to the repaired run by Chinese punctuation or digits only: read with it
        ("ÑÐ：1⁄2ÌÓý3⁄4Ö", "研：教育局"),
        ("1⁄2ÌÓý3⁄4Ö：ÑÐ", "教育局：研"),
    ],
)
def test_runs_without_a_fold_read_only_beside_the_repair(damaged: str, fixed: str) -> None:
    assert fix_mojibake(damaged) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "规格为1°±μm。",
        "规格为1μ·é。",
        "规格为0.5××μ·m。",
        "Zoë·μ",
        "的Zoë·ñμ·m检°C0.5",
        "温度JoséMüller1⁄21⁄2Ñandú",
    ],
)
def test_units_and_signs_beside_latin_letters_stay(text: str) -> None:
    # a fold no Latin-1 text leaves counts only right beside a Latin-1 letter (not ° ± × ·),
    # in a run no ASCII letter touches, read as three characters where a μ alone reads it
    assert fix_mojibake(text) == text


_UNIT_TOKENS = ["μm", "μg", "µm", "μ", "µ", "°C", "°", "±", "×", "·", "²", "³", "½", "⁄", "m²", "10³"]
_UNIT_TOKENS += ["0.5", "25", "1", "μ·m", "é", "ñ", "Zoë", "Müller", "São"]


@given(
    st.lists(
        st.tuples(
            st.sampled_from("规格为温度误差约学生检测。，：（）的是 "),
            st.lists(st.sampled_from(_UNIT_TOKENS), min_size=1, max_size=4),
        ),
        min_size=1,
        max_size=4,
    )
)
@settings(max_examples=300, deadline=None)
def test_chinese_with_units_and_latin_letters_is_no_nfkc_damage(parts: list[tuple[str, list[str]]]) -> None:
    # Chinese with units, signs and accented letters (° ± × · µ μ ² ³ ½ ⁄, digits, ASCII and
    # Latin-1 letters run together): the NFKC-folded GBK reading reads none of it
    text = "".join(han + "".join(tokens) for han, tokens in parts)
    assert _gbk_nfkc_edits(text) == []


@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        ("Ñúâ€”", "Ñú—"),  # cp1252 punctuation beside a clean Latin-1 pair: ftfy's own repair
        ("â€œ«»", "“«»"),
        ("â‚¬±°", "€±°"),
    ],
)
def test_utf8_as_latin_signs_beside_latin1_pairs_still_read(damaged: str, fixed: str) -> None:
    # only a reading into letters beyond Latin-1 (Ñ§ as ѧ) is another codec's damage
    assert fix_mojibake(damaged) == fixed


def _gn(text: str) -> str:
    return unicodedata.normalize("NFKC", text.encode("gbk").decode("latin-1"))


@pytest.mark.parametrize(
    ("original", "damaged_part"),
    [
        ('3月"学生综合素质评价"', "3月"),  # 月 (ÔÂ) has no fold: read as the line's GBK damage too
        ("高中部：学生综合素质评价", "高中部"),
        ("学生综合素质评价，年度", "年度"),
    ],
)
def test_runs_beside_the_nfkc_reading_read_as_gbk_too(original: str, damaged_part: str) -> None:
    assert damaged_part in normalize(_gn(original))
    assert normalize(_gn(original)) == normalize(original)


def test_nfkc_gbk_joining_is_linear() -> None:
    # many runs without a fold, each joined over a digit to the next: one sweep each way
    def run(n: int) -> object:
        return _gbk_nfkc_edits("ÓÚ5" * n + _gn("学生综合素质评价"))

    assert [ed[2] for ed in _gbk_nfkc_edits("ÓÚ5ÓÚ5" + _gn("学生综合素质评价"))] == ["于", "于", "学生综合素质评价"]
    assert_linear(run, 100, 400)


@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        ("Å‚Ã³dÅºéé", "łódźéé"),  # ł is C5 82: no GB2312 pair's bytes, UTF-8's own damage
        ("ééÅžÃ¶ÄŸ", "ééŞöğ"),
        ("ééÅ¼Ã³Å‚w", "ééżółw"),
        ("Ð¿Ñ€Ð¸Ð²ÐµÑ‚éé", "приветéé"),  # р is D1 80: no GB2312 trail byte
    ],
)
def test_utf8_as_latin_letters_no_gbk_pair_makes_still_read_beside_latin1_pairs(damaged: str, fixed: str) -> None:
    assert fix_mojibake(damaged) == fixed
