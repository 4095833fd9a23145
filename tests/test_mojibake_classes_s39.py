"""Session 39's classes of mojibake (MJ39), each found by its blind set:

* a run of UTF-8 read as GBK that ends inside a cut character before an ASCII byte no GBK or
  Big5 lead pairs with (a digit, a blank, "<" of a tag, ASCII punctuation), or starts inside
  one after a tag's ">": judged as at the line's end or start (the cut character marked, the
  rest repaired); a stop widened after such a run is read as its ASCII form;
* (not a class: a GB18030 four-byte character read by a GBK decoder, ``�4�5``, stays: a date
  our repair marked, ``2026�3�5�``, has that shape);
* Big5 read as Latin-1 whose UTF-8 was read as Latin-1 again: the UTF-8 layer first, then Big5,
  never GBK of the UTF-8 bytes.
"""

from __future__ import annotations

import pytest

from blind import mojibake_damage, mojibake_score
from govtext import fix_mojibake, fix_punctuation_width
from govtext.mojibake import MARKER


def _cut(text: str, after: str) -> str:
    """*text* in UTF-8 without its last byte, read as GBK, then *after*."""
    return text.encode()[:-1].decode("gbk", "ignore") + after


@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        # 数 cut before an HTML tag: the tag's "<" ends the run
        (_cut("学生人数", "</td>"), "学生人" + MARKER + "</td>"),
        # dashes and 一 with a lost byte inside, 文 cut before ".", "<", a digit, a blank
        ("鈥斺斾竴鈥斾竴鈥旀.", "—" + MARKER + "一—一—" + MARKER + "."),
        ("鈥斺斾竴鈥斾竴鈥旀<br>", "—" + MARKER + "一—一—" + MARKER + "<br>"),
        ("鈥斺斾竴鈥斾竴鈥旀2026", "—" + MARKER + "一—一—" + MARKER + "2026"),
        ("鈥斺斾竴鈥斾竴鈥旀 好", "—" + MARKER + "一—一—" + MARKER + " 好"),
    ],
)
def test_cut_run_before_an_ascii_byte_is_read_as_at_the_line_end(damaged: str, fixed: str) -> None:
    assert fix_mojibake(damaged) == fixed
    assert fix_punctuation_width(fixed) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "我们在2026年开会",  # clean text before digits
        "涓浗2026",  # too short a run to read
        "浣犲 好",  # 你 and a cut 好: one character is no evidence
        "骉龘1",
        "涓涓细流.",
        "你好.",
    ],
)
def test_clean_or_short_runs_before_an_ascii_byte_stay(text: str) -> None:
    assert fix_mojibake(text) == text


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("鈥斺斾竴鈥斾竴鈥旀,好", "—" + MARKER + "一—一—" + MARKER + ",好"),
        # a stray byte (94) before the damage: the widened "。" is no end of 塣 (E5 A1 A3)
        ("\ufffd斾竴鈥斾竴鈥斿.", "\ufffd斾竴—一—" + MARKER + "."),
    ],
)
def test_widened_stop_after_a_cut_run_reads_as_its_ascii_form(text: str, fixed: str) -> None:
    # widened first (，。: two continuation bytes in GBK), the run before the mark is read as
    # with the ASCII mark after it: the cut character marked, the mark kept
    widened = fix_punctuation_width(text)
    assert widened != text
    assert fix_mojibake(text) == fixed
    assert fix_mojibake(widened) == fixed.translate(str.maketrans(",.", "，。"))


@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        # 学校新闻动态 in UTF-8 without 学's first two bytes, read as GBK after a tag's ">" (态
        # lost bytes to the decoder too): the tail of 学 joins 校's lead byte in ︽
        ("<li>︽牎鏂伴椈鍔ㄦ\ufffd\ufffd</li>", "<li>" + MARKER + "校新闻动" + MARKER + "</li>"),
    ],
)
def test_run_starting_inside_a_character_after_a_tag(damaged: str, fixed: str) -> None:
    assert fix_mojibake(damaged) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # what a date cut by UTF-8-as-GBK damage leaves once its characters are marked, and
        # the shape a GBK decoder gives a GB18030 four-byte character (𠮷: �4�5): one marks
        # lost characters between digits, so neither is read as the other
        "2026\ufffd3\ufffd5\ufffd",
        "获奖学生：王\ufffd4\ufffd5",
        "第\ufffd3名",
        "祝贺?9?5获奖",
    ],
)
def test_lost_bytes_between_digits_stay(text: str) -> None:
    assert fix_mojibake(text) == text
    assert fix_mojibake(fix_mojibake(text)) == text


@pytest.mark.parametrize("original", ["國立臺灣大學", "臺北市教育局", "國民中學教務處"])
@pytest.mark.parametrize("second", ["latin-1", "w1252"])
def test_big5_as_latin_damaged_again_is_not_read_as_gbk(original: str, second: str) -> None:
    # Big5 read as Latin-1, its UTF-8 read as Latin-1 or windows-1252 again ("Â°ÃªÂ¥"): the
    # UTF-8 layer first, then Big5, never GBK's 掳锚楼 of the UTF-8 bytes
    twice = mojibake_damage(original, f"big5>latin-1|utf-8>{second}")
    assert fix_mojibake(twice) == original


@pytest.mark.parametrize(
    "original",
    [
        "民族学校：ᠮᠣᠩᠭᠣᠯ",  # Mongolian
        "维吾尔文ئۇيغۇر与汉文对照",  # Uyghur, in Arabic letters
        "藏文བོད་ཡིག课程",  # Tibetan
        "蒙古语授课ᠮᠣᠩᠭᠣᠯ学校",
    ],
)
@pytest.mark.parametrize("mech", ["utf-8>gbk/ignore", "utf-8>gbk"])
def test_minority_script_words_read_whole_from_utf8_beside_han(original: str, mech: str) -> None:
    # a word of Mongolian, Uyghur or Tibetan read whole from UTF-8 is judged like kana and
    # Hangul: on the reading's other characters (where bytes were lost, marks)
    damaged = mojibake_damage(original, mech)
    assert mojibake_score(fix_mojibake(damaged), original) == (True, 0)


@pytest.mark.parametrize(
    "text",
    [
        "蒙古文校名：ᠰᠤᠷᠭᠠᠭᠤᠯᠢ（学校）",
        "维吾尔文：مەكتەپ（学校）",
        "藏文：སློབ་གྲྭ（学校）",
        # rare characters of GB2312 level 2 (leads D8-DB: the bytes of Arabic letters in UTF-8)
        "亍丌兀丐廿卅丕亘丞鬲孬噩丨禺丿匕乇夭爻卮氐囟胤馗毓睾鼗丶亟鼐乜乩亓芈孛啬嘏仄厍厝厣厥厮",
    ],
)
def test_minority_script_words_and_rare_characters_stay(text: str) -> None:
    assert fix_mojibake(text) == text


@pytest.mark.parametrize(
    ("original", "fixed"),
    [
        # ± (C2 B1, GBK's 卤) after a character that lost a byte, × (C3 97, 脳) between digits
        ("误差±0.5，面积3×4米", MARKER * 2 + "±0.5，面积3×4" + MARKER),
        ("面积3×4米的教室", "面积3×4米的教" + MARKER),
    ],
)
def test_latin1_sign_beside_a_mark_or_between_digits_in_a_damaged_line(original: str, fixed: str) -> None:
    assert fix_mojibake(mojibake_damage(original, "utf-8>gbk")) == fixed


@pytest.mark.parametrize("text", ["乘坐3路4站到达", "面积3脳4米", "乘坐3 路 4站"])
def test_gbk_characters_between_digits_in_a_clean_line_stay(text: str) -> None:
    assert fix_mojibake(text) == text


@pytest.mark.parametrize(
    "original", ["1. 陆路贸易发展情况报告", "忙忙碌碌的一年又过去了", "中国与东盟 陆路贸易额增长", "陆路娄底段施工通知"]
)
def test_gbk_as_latin_with_c2_c3_leads_is_not_read_as_damaged_twice(original: str) -> None:
    # GBK read as Latin-1 once, three characters leading with C2/C3 in a row ("Â½Â·Ã³": 陆路贸):
    # its bytes are not UTF-8 throughout, so its GBK reading in the same round
    damaged = original.encode("gbk").decode("latin-1")
    assert fix_mojibake(damaged) == original


def _gbk_read(text: str) -> str:
    return text.encode("utf-8").decode("gbk", errors="replace")


@pytest.mark.parametrize(
    ("damaged", "clean"),
    [
        # 路 (·'s GBK reading) after a lost-byte mark is a word: 中山北路 with 北 lost
        (_gbk_read("学校地址："), "中山" + MARKER + "路5号"),
        (_gbk_read("学校地址："), "人民" + MARKER + "路12号院"),
        # 路 between two digits is a route, not ·: only ± and × are signs there
        (_gbk_read("学校地址："), "乘坐3路4路公交车"),
        (_gbk_read("关于印发"), "1路2路3路"),
        ("鍏充簬鍗板彂", "乘坐3路4路公交车到达"),
    ],
)
def test_lu_beside_a_lost_byte_or_between_digits_in_a_damaged_line_stays(damaged: str, clean: str) -> None:
    out = fix_mojibake(damaged + clean)
    assert out.endswith(clean)
