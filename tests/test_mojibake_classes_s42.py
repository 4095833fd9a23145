"""The classes session 42's blind set (``tests/test_mojibake_blind_s42.py``, MJ42) found, with
their look-alikes: a number's unit read alone from GBK as Latin-1 (#26), and a character cut
before U+FFFD that belongs to the other script than the rest of its line (#29: one t2s always
converts, in a simplified line; a character simplified text writes as it is stays, FXM42)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.mojibake import MARKER, _codecs, _common, _profiles, explain_mojibake, fix_mojibake
from govtext.numbers.lexicon import unit_chars
from govtext.script import unambiguous_chars


def _gbk_latin(text: str) -> str:
    return text.encode("gbk").decode("latin-1")


def _utf8_gbk(text: str) -> str:
    return text.encode("utf-8").decode("gbk", errors="replace")


# ---------------------------------------------------------------- a number's unit, GBK as Latin-1


@pytest.mark.parametrize(
    ("clean", "unit"),
    [
        ("发布时间：2026{}5月20日", "年"),
        ("共有在校学生1200{}", "人"),
        ("报名费100{}，当场缴纳", "元"),
        ("第3{}运动会闭幕", "届"),
        ("截至2026{}底", "年"),
        ("全市新增就业岗位3{}个", "万"),
        ("本次共抽查样品25{}，合格率96%", "批"),
        ("GDP增长5{}", "点"),  # capitals alone: an acronym Chinese text writes
    ],
)
def test_a_numbers_unit_alone_reads_back(clean: str, unit: str) -> None:
    damaged = clean.format(_gbk_latin(unit))
    fixed, repairs = explain_mojibake(damaged)
    assert fixed == clean.format(unit)
    assert [r.kind for r in repairs] == ["gbk-as-latin"]


@pytest.mark.parametrize(
    "clean",
    ["2026年5月20日", "2026年5月", "3届120人"],
)
def test_a_line_of_numbers_and_units_alone_reads_back(clean: str) -> None:
    """No other Han on the line: two units read at least (a date field crawled alone)."""
    damaged = "".join(c if c.isascii() else _gbk_latin(c) for c in clean)
    assert fix_mojibake(damaged) == clean


@pytest.mark.parametrize(
    "text",
    [
        "2026" + _gbk_latin("年"),  # one unit, nothing else on the line to say Chinese
        "型号3" + _gbk_latin("能"),  # 能 is no unit of a number
        "尺寸5" + _gbk_latin("飞") + "米",
        "共有5" + _gbk_latin("辆") + "，",  # Á¾: a sign after a letter's lead, UTF-8's shape
    ],
)
def test_units_out_of_reach_stay(text: str) -> None:
    assert fix_mojibake(text) == text


def _utf8_reading(pair: str) -> str | None:
    try:
        return pair.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


@pytest.mark.parametrize("unit", ["位", "千", "台", "亩"])
def test_a_unit_whose_gbk_is_a_letters_utf8_is_read_as_that_letter(unit: str) -> None:
    """Out of reach (documented): 位 is Î», the UTF-8 of λ; the UTF-8 reading is kept, as before."""
    pair = _gbk_latin(unit)
    assert fix_mojibake(f"共有5{pair}，") == f"共有5{_utf8_reading(pair)}，"


@pytest.mark.parametrize(
    "text",
    [
        "2026년 5월 20일".encode("euc-kr").decode("latin-1"),
        "2026년 5월 20일 10시 30분".encode("euc-kr").decode("latin-1"),
        "5월 20일".encode("euc-kr").decode("latin-1"),
        "2026年5月20日".encode("shift_jis").decode("cp1252", "replace"),
        "Température 25°É",
        "Coordinates 45°Ñ",
        "Sesión 2ºÁ, sala",
        "Fig 5·É",
        "Lot 3ÀÉ",
        "x 10²É",
        "Prix 100Ôª, Straße 12ÈË",  # unit reads in a European line: no Chinese context
        "Lot 3ÀÉ，备注",  # Han, but a European word in the line
        "Sesión 2Äê",
    ],
)
def test_non_chinese_lines_keep_their_latin1_after_digits(text: str) -> None:
    assert fix_mojibake(text) == text


def test_euc_jp_dates_units_are_not_read() -> None:
    """EUC-JP's 月 and 日 (·î, Æü) read as GBK are 奉 and 泣, no units; (年 Ç¯ is the UTF-8 of
    ǯ, read so before this session)."""
    damaged = "2026年5月20日".encode("euc-jp").decode("latin-1")
    assert fix_mojibake(damaged) == damaged.replace("Ç¯", "ǯ")


@pytest.mark.xfail(
    strict=True,
    reason="known, not fixed (at d358943 too): Korean or Japanese text in EUC-KR / EUC-JP read as Latin-1, a"
    " line of several runs, is read whole as GBK read as Latin-1 (학생 → 切积); telling them apart needs the"
    " line reading weighed against EUC-KR's and EUC-JP's",
)
def test_euc_kr_text_line_is_no_gbk() -> None:
    damaged = "학생 1200명, 3개 학교".encode("euc-kr").decode("latin-1")
    assert fix_mojibake(damaged) == damaged


@given(
    st.sampled_from(sorted(unit_chars())),
    st.sampled_from(["截至2026年底，全省共有{}", "本项目{}，另行通知", "{}"]),
    st.integers(min_value=1, max_value=99999),
)
@settings(max_examples=300, deadline=None)
def test_a_unit_read_alone_is_its_unit_or_left(unit: str, frame: str, number: int) -> None:
    """Whatever unit of the number reader's table: the damaged line reads back or is left
    as it was (a unit out of reach), never another character."""
    try:
        damaged_unit = _gbk_latin(unit)
    except UnicodeEncodeError:
        return  # (a unit GBK lacks)
    if min(damaged_unit) < "\u00a1":
        return  # (a traditional form, GBK's extension: no Latin-1 letter pair of the rule's shape)
    clean = frame.format(f"{number}{unit}")
    damaged = frame.format(f"{number}{damaged_unit}")
    utf8 = _utf8_reading(damaged_unit)  # (a European letter's UTF-8 read first: 位 is λ)
    assert fix_mojibake(damaged) in (clean, damaged, frame.format(f"{number}{utf8}"))


_EUROPEAN_AROUND = ["Température {}", "Salle {}, bâtiment B", "Lot {} Straße", "Sesión {}, sala", "Fig {}"]


@given(
    st.sampled_from(_EUROPEAN_AROUND),
    st.integers(min_value=0, max_value=9999),
    st.characters(min_codepoint=0xA1, max_codepoint=0xFE),
    st.characters(min_codepoint=0xA1, max_codepoint=0xFE),
)
@settings(max_examples=400, deadline=None)
def test_latin1_after_digits_in_european_lines_stays(frame: str, number: int, a: str, b: str) -> None:
    """No Han is read into a European line (a UTF-8 reading of the pair, as before this rule, may
    be: 0×¡ is 0ס)."""
    text = frame.format(f"{number}{a}{b}")
    out = fix_mojibake(text)
    assert not re.search("[\u3400-\u9fff]", out), out


@pytest.mark.parametrize(
    "text",
    [
        "误差30°±2℃",  # signs alone (°± is GBK's 啊)
        "5ème étage",  # a Latin word after a digit
        "1ª edição",
        "Sección 3ª",
        "Ä0Å1ÆÇ",  # digits between Latin-1 letters
        "3×4÷2=6",
        "v2.0Äê",  # after a version, not a number of Chinese text
        "H2Óé",  # after an ASCII letter's digits
        "Müller 12éè",  # (É/è pairs beyond GB2312 level 1)
    ],
)
def test_latin1_after_digits_look_alikes_stay(text: str) -> None:
    assert fix_mojibake(text) == text


@pytest.mark.parametrize(
    ("damaged", "want"),
    [
        ("长5Ð¼，宽3Ð¼", "长5м，宽3м"),  # UTF-8 of a Cyrillic letter read as Latin-1: no GBK 屑
        ("温度30Â°，面积25Â²", "温度30°，面积25²"),  # UTF-8 of a Latin-1 sign: no GBK 掳
        ("编号3Ã©", "编号3é"),
    ],
)
def test_utf8_of_european_letters_after_digits_is_no_unit(damaged: str, want: str) -> None:
    assert fix_mojibake(damaged) == want


# ---------------------------------------------------------------- a cut character of the other script


@pytest.mark.parametrize(
    ("clean", "at"),
    [
        ("请各校于本周五前报送材料", "周"),  # 鍛 (E5 91)
        ("我们的日常工作要抓实", "日"),  # 鏃 (E6 97)
        ("请于月底前报送", "月"),  # 鏈 (E6 9C)
    ],
)
def test_a_character_cut_in_the_other_script_is_marked(clean: str, at: str) -> None:
    damaged = clean.replace(at, _utf8_gbk(at), 1)
    assert MARKER in damaged and damaged != clean
    out = fix_mojibake(damaged)
    # the cut character marked (or restored), nothing else changed, nothing invented
    assert out in (clean, clean.replace(at, MARKER, 1)), out


@pytest.mark.parametrize(
    "text",
    [
        "本廠鍛\ufffd造零件",  # a traditional line: 鍛 is its own
        "於本鍛\ufffd造廠",
        "学校鍛\ufffd造廠",  # both scripts in the line: no decision
        "鍛\ufffd",  # nothing else to tell the script
        "鍛造\ufffd",  # 鍛 not before the mark
        # a character simplified text writes as it is (t2s keeps it), rarer in it than in
        # traditional text: the same bytes as 要 (瑕, E8 A6) or 周 cut, but no evidence of damage
        "各单位瑕\ufffd认真落实",
        "经研究决定，任命张睿\ufffd为校长助理",
        "获奖学生：李昊\ufffd、王睿\ufffd同学",
        "联系人：陈瑾\ufffd老师，电话12345678",
        "我校学生刘宸\ufffd获得一等奖",
        "杨瀚\ufffd同学荣获省级三好学生称号",
        "学校於\ufffd年底前整改",  # 於: several t2s readings (a surname in simplified text)
        "欢迎来岐\ufffd山县参观",
        "濮\ufffd阳市教育局关于开展检查的通知",
    ],
)
def test_cut_character_look_alikes_stay(text: str) -> None:
    assert fix_mojibake(text) == text


def test_a_genuine_name_before_a_mark_in_a_document_stays() -> None:
    doc = "关于表彰优秀学生的通知\n各学院：\n经评审，决定授予王睿\ufffd等同学优秀学生称号。\n教务处\n2026年5月20日"
    assert fix_mojibake(doc) == doc


def _cut_shaped(keep: bool) -> list[str]:
    """The GBK characters made of a UTF-8 lead and continuation byte (the shape :func:`_cut_gbk`
    finds) that are common in traditional text and not in simplified text's common set: those
    t2s does not always convert to one other character (*keep*: 睿, 昊, 於, 霑), or those it does
    (鍛 → 锻)."""
    simp = _profiles()[0]
    always = unambiguous_chars()
    chars = sorted(c for c in _codecs()[0].strong & _common() if c not in simp)
    return [c for c in chars if (c not in always) == keep]


_SIMPLIFIED_AROUND = [
    ("经研究决定，任命张", "为校长助理"),
    ("获奖学生：李", "、王伟同学"),
    ("联系人：陈", "老师，电话12345678"),
    ("", "这项工作要认真落实"),
    ("请各单位于本月底前报送", ""),
]


def test_the_sets_of_cut_shaped_characters_are_not_empty() -> None:
    kept, cut = _cut_shaped(True), _cut_shaped(False)
    assert len(kept) > 150 and {"睿", "昊", "瑾", "於"} <= set(kept)
    assert len(cut) > 50 and {"鍛", "鏈", "鏃"} <= set(cut)


@given(st.sampled_from(_cut_shaped(True)), st.sampled_from(_SIMPLIFIED_AROUND))
@settings(max_examples=300, deadline=None)
def test_a_character_simplified_text_keeps_stays_before_a_mark(char: str, around: tuple[str, str]) -> None:
    text = around[0] + char + "\ufffd" + around[1]
    assert fix_mojibake(text) == text


@given(st.sampled_from(_cut_shaped(False)), st.sampled_from(_SIMPLIFIED_AROUND))
@settings(max_examples=200, deadline=None)
def test_a_character_t2s_always_converts_is_damage_before_a_mark(char: str, around: tuple[str, str]) -> None:
    """The class itself: in a simplified line such a character cut before U+FFFD is marked or
    restored, never kept, and nothing else of the line changes."""
    text = around[0] + char + "\ufffd" + around[1]
    out = fix_mojibake(text)
    assert char not in out
    assert out.startswith(around[0]) and out.endswith(around[1])
    assert len(out) == len(text) - 1  # the two characters become one (MARKER or the character)


_SENTENCES = [
    "请各校于本周五前报送材料",
    "我们的日常工作要抓实",
    "会议时间地点另行通知",
    "各单位要认真落实安全责任",
    "本学期共开设选修课程十二门",
    "關於舉辦校園開放日的通知",
]


@pytest.mark.parametrize("clean", _SENTENCES)
def test_one_cut_character_never_invents(clean: str) -> None:
    """Each character in turn of a clean line read from UTF-8 as GBK with its last byte lost:
    the repair gives the original with that character marked or restored, or leaves it."""
    for k in range(len(clean)):
        damaged = clean[:k] + _utf8_gbk(clean[k]) + clean[k + 1 :]
        out = fix_mojibake(damaged)
        assert out == damaged or out in (clean, clean[:k] + MARKER + clean[k + 1 :]), (damaged, out)


@pytest.mark.xfail(
    strict=True,
    reason="known, not fixed (found in session 42, at d358943 too): a short simplified line with a UTF-8"
    " character cut before U+FFFD (浜 of 于) whose bytes happen to be Big5 text is read whole as Big5 read"
    " as GBK; telling them apart needs the cut character's UTF-8 shape weighed in the Big5 line stage",
)
def test_short_line_with_a_cut_character_is_no_big5() -> None:
    assert fix_mojibake("前浜\ufffd们们") in ("前于们们", "前\ufffd们们", "前浜\ufffd们们")


# ---------------------------------------------------------------- (FXR2) a European word, not any Latin letter


@pytest.mark.parametrize(
    "clean",
    [
        "2026年5月印发，面积5m²",  # a unit abbreviation
        "2026年5月，x轴",  # one lowercase letter
        "PM2.5为35μg/m³，2026年5月",
        "2026年5月，全长12km",
        "2026年5月，直径10cm",
        "2026年5月，重5kg",
        "2026年5月，血压120mmHg",
        "2026年5月，详见www.gov.cn",
        "2026年5月，GDP增长",  # capitals alone, as before
        "2026年5月，Wi-Fi全覆盖",
    ],
)
def test_a_unit_is_read_on_a_chinese_line_with_latin_abbreviations(clean: str) -> None:
    """(session 42, FXR2) units, abbreviations, one letter and a domain on a Chinese line are no European
    word: the year's unit read as GBK read as Latin-1 reads back (it stayed whenever one lowercase letter was
    on the line)."""
    damaged = clean.replace("年", _gbk_latin("年"))
    assert fix_mojibake(damaged) == clean


@pytest.mark.parametrize(
    "text",
    [
        "2026" + _gbk_latin("年") + "5月，see the report",  # an ASCII word of four lowercase letters
        "2026" + _gbk_latin("年") + "5月，Report",
        "2026" + _gbk_latin("年") + "5月，Température",  # a Latin-1 letter
        "2026" + _gbk_latin("年") + "5月，ÉTÉ",
        "Lot 3" + _gbk_latin("人") + "，Sesión",
    ],
)
def test_a_line_with_a_european_word_keeps_its_latin1(text: str) -> None:
    """Look-alikes: a word of four lowercase letters or a Latin-1 letter on the line marks it European."""
    assert fix_mojibake(text) == text


@given(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=8),
    st.sampled_from(["2026{u}5月，{w}", "{w}：2026{u}5月", "2026{u}5月，全长12{w}"]),
)
@settings(max_examples=300, deadline=None)
def test_a_latin_word_marks_a_european_line_by_its_lowercase_letters(word: str, frame: str) -> None:
    """(FXR2) whatever ASCII word on a Chinese line: the line is European (its Latin-1 kept) exactly when
    the word holds four lowercase letters or more."""
    damaged = frame.format(u=_gbk_latin("年"), w=word)
    clean = frame.format(u="年", w=word)
    want = damaged if sum(c.islower() for c in word) >= 4 else clean
    assert fix_mojibake(damaged) == want


def test_the_european_word_check_is_linear() -> None:
    from linear_common import assert_linear

    def line(n: int) -> str:
        return "2026" + _gbk_latin("年") + "5月，" + "Ab " * n + "A" * n

    assert_linear(fix_mojibake, line(2000), line(8000), repeat=3, label="latin words")
