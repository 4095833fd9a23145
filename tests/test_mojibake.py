"""Mojibake repair: unit cases, round trips of generated damage, properties, adversarial input."""

from __future__ import annotations

import codecs
import difflib
import functools
import itertools
import random
import re

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from blind import mojibake_score, w1252
from govtext.mojibake import MARKER, Repair, explain_mojibake, fix_mojibake

from strategies import COMMON_HAN, PUNCT, any_text, chinese_text, mixed_text

# Three-byte characters of ordinary simplified text (Han and CJK punctuation).
_CJK3 = COMMON_HAN + "，。、；：？！“”《》（）"
# What cp1252 writes for the bytes 0x80-0x9F (€ ‚ … “ ” — ...).
_CP1252_HIGH = set(bytes(range(0x80, 0xA0)).decode("cp1252", "ignore"))
# Clean context around a damaged span: Chinese text, digits, ASCII punctuation, no letters.
_context = st.text(alphabet=st.sampled_from(COMMON_HAN + PUNCT + "0123456789 ,.%"), max_size=40)
_even_cjk = st.integers(1, 30).flatmap(
    lambda n: st.text(alphabet=st.sampled_from(_CJK3), min_size=2 * n, max_size=2 * n)
)


def _euro(err: UnicodeError) -> tuple[str, int]:
    # cp936 (Windows "GBK") decodes a lone byte 0x80 as the euro sign
    assert isinstance(err, UnicodeDecodeError)
    if err.object[err.start] == 0x80:
        return "€", err.start + 1
    raise err


codecs.register_error("test_mojibake.euro", _euro)


def as_cp936(text: str) -> str:
    """UTF-8 bytes of *text* read as a Windows GBK decoder reads them."""
    return text.encode("utf-8").decode("gb18030", "test_mojibake.euro")


def try_cp936(text: str) -> str | None:
    """:func:`as_cp936`, or None when the bytes do not decode to the end without loss."""
    try:
        return as_cp936(text)
    except UnicodeDecodeError:
        return None


def _apply(text: str, repairs: list[Repair]) -> str:
    out, pos = [], 0
    for r in repairs:
        out.append(text[pos : r.start])
        out.append(r.after)
        pos = r.end
    out.append(text[pos:])
    return "".join(out)


def _check_explain(text: str, lossy: str = "keep") -> str:
    fixed, repairs = explain_mojibake(text, lossy=lossy)
    assert fixed == fix_mojibake(text, lossy=lossy)
    last = 0
    for r in repairs:
        assert last <= r.start <= r.end <= len(text)
        assert text[r.start : r.end] == r.before
        last = r.end
    assert _apply(text, repairs) == fixed
    return fixed


# ---------------------------------------------------------------- unit cases


@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        ("鏁欒偛閮ㄥ嵃鍙戦€氱煡", "教育部印发通知"),  # UTF-8 read as cp936 (0x80 as €)
        ("关于：鏁欒偛閮ㄥ嵃鍙戦€氱煡。", "关于：教育部印发通知。"),  # a span inside clean text
        ("第3条 " + "第一条：总体要求".encode().decode("gb18030"), "第3条 第一条：总体要求"),
        ("ÖÐ¹úÈËÃñ", "中国人民"),  # GBK read as Latin-1
        ("Ö÷ÒªÈÎÎñ£º", "主要任务："),
        ("caf\u00c3\u00a9 au lait", "café au lait"),  # UTF-8 read as Latin-1 (ftfy)
        ("ä¸\u00adå›½", "中国"),  # Chinese UTF-8 read as cp1252 (ftfy)
        ("数据：ä¸\u00adå›½ 2024", "数据：中国 2024"),
    ],
)
def test_repairs(damaged: str, fixed: str) -> None:
    assert fix_mojibake(damaged) == fixed
    assert _check_explain(damaged) == fixed


def test_one_bad_line_in_a_page() -> None:
    good = "一、总体要求\n（一）指导思想。坚持立德树人。\n二、主要任务\n"
    bad_line = "各地要落实“双减”要求，切实减轻学生负担"
    page = good + as_cp936(bad_line) + "\n" + good
    fixed, repairs = explain_mojibake(page)
    assert fixed == good + bad_line + "\n" + good
    assert len(repairs) == 1 and repairs[0].kind == "utf8-as-gbk"


def test_truncated_character_is_marked_not_invented() -> None:
    # 界 (E7 95 8C) lost its last byte: what decodes is repaired, the rest is one marker
    assert fix_mojibake("浣犲ソ锛屼笘鐣") == "你好，世" + MARKER
    assert fix_mojibake("浣犲ソ锛屼笘鐣", lossy="drop") == "你好，世"
    _fixed, repairs = explain_mojibake("浣犲ソ锛屼笘鐣")
    assert repairs[0].kind == "utf8-as-gbk+lossy" and repairs[0].lost == 1


def test_line_cut_inside_a_character() -> None:
    # A stream cut into byte blocks starts a line inside a character. Its last byte and the
    # next character's lead byte make the first GBK character (勯: 84 E9, rare): the tail is
    # one marker, every whole character after it comes back. Its last two bytes are a GBK
    # character of their own (悇: 90 84, 叏: 85 A8): rare, but so is a clean character of the
    # text (溈: 9C BF) that may stand there; it stays, and the damage after it is repaired
    for text in ("各项工作顺利完成", "全年目标任务圆满完成"):
        damaged = text.encode()[2:].decode("gbk", "replace")  # one byte of the first left
        assert fix_mojibake(damaged) == MARKER + text[1:]
        damaged = text.encode()[1:].decode("gbk", "replace")  # two bytes left
        assert fix_mojibake(damaged) == damaged[0] + text[1:]
    # a common character (间 is BC E4: a continuation byte, then a lead byte), a full-width
    # mark or dashes (continuation bytes too) before damage at a line's start are text
    for head in ("间", "啊", "：", "——"):
        assert fix_mojibake(head + as_cp936("各项工作顺利完成")) == head + "各项工作顺利完成"


def test_utf8_read_as_gbk_twice() -> None:
    # A page misread as GBK, saved as UTF-8 and misread again: the first misreading lost bytes
    # (U+FFFD) and the second lost more. Read twice, every character whose bytes survived
    # both comes back; the others are marks, none guessed (the neighbours of a lost byte in
    # the first reading are mojibake, no guide to it)
    for original, right in (
        ("全市中小学今年新建校舍面积增加了一成", 12),
        ("2023年全省普通高中招生计划", 13),
    ):
        damaged = original.encode().decode("gbk", "replace").encode().decode("gbk", "replace")
        out = fix_mojibake(damaged)
        assert _aligned(original, out)
        assert _checked(original, out) == (right, 0)
        assert fix_mojibake(out) == out


def test_utf8_read_as_latin_twice_is_not_gbk() -> None:
    # 年 read as cp1252 twice is Ã¥Â¹Â´, whose bytes read as GBK are 氓鹿麓 (common
    # characters): read as UTF-8 it is å¹´, mojibake again, so it is ftfy's repair, not GBK's
    damaged = "2018年6月28日".encode().decode("cp1252").encode().decode("cp1252")
    assert fix_mojibake(damaged) == "2018年6月28日"
    damaged = "［一］总则".encode().decode("cp1252").encode().decode("cp1252")
    assert fix_mojibake(damaged) == "［一］总则"


def test_lost_byte_in_the_middle() -> None:
    # Python's gbk decoder turns byte 0x80 into U+FFFD: 通 (E9 80 9A) keeps E9 and 9A. The
    # decoder drops 0x80 or A1-A7 before 9A: 通 or 题 among common characters, and only 通
    # makes a word with 知 or 发, so 通 comes back
    damaged = "教育部印发通知".encode().decode("gbk", "replace")
    assert "\ufffd" in damaged
    assert fix_mojibake(damaged) == "教育部印发通知"
    # 公 (E5 85 AC) lost AC before E8: 八, 公, 六 fit; 路 (E8 B7 AF) lost AF: 跪, 路 fit.
    # 路 before 规划 is far likelier than 跪; 公路, 八路, 六路 are all words: 公 stays a mark
    damaged = "公路规划".encode().decode("gbk", "replace")
    assert damaged == "鍏\ufffd璺\ufffd瑙勫垝"
    assert fix_mojibake(damaged) == MARKER + "路规划"


def test_euro_sign_before_lost_bytes() -> None:
    # GB18030 decodes A2 E3 as €: 面 (E9 9D A2) then 、 (E3 80 81) is 闈 € and U+FFFD for the
    # lone 80. The € is A2 E3 when a cut character follows it, lost bytes included; read as
    # cp936's 0x80 only, 靀 and the rest were refused and the damage left as it was
    damaged = "面、好".encode().decode("gb18030", "replace")
    assert damaged == "闈€\ufffd佸ソ"
    assert fix_mojibake(damaged) == "面、好"
    assert fix_mojibake("据悉：" + damaged) == "据悉：面、好"
    assert fix_mojibake("面、".encode().decode("gb18030", "replace")) == "面" + MARKER


def _one_byte_apart(a: str, b: str) -> bool:
    """Whether *b* is a character whose UTF-8 bytes differ from *a*'s in exactly one place
    (a candidate that fits what survived of *a*: *a* lost that byte)."""
    x, y = a.encode(), b.encode()
    return len(x) == len(y) == 3 and sum(i != j for i, j in zip(x, y)) == 1


def _checked(original: str, out: str) -> tuple[int, int]:
    """(characters right, characters wrong) of a lossy repair *out* of *original*, by difflib's
    alignment: every other character of *out* is a mark. (Figures only: the property is
    :func:`_aligned`.)"""
    sm = difflib.SequenceMatcher(None, original, out, autojunk=False)
    right = wrong = 0
    for op, _a, _b, c, e in sm.get_opcodes():
        if op == "equal":
            right += e - c
        else:
            wrong += sum(ch != MARKER for ch in out[c:e])
    return right, wrong


def _aligned(original: str, out: str) -> bool:
    """Whether each character of *out* stands at the place of characters of *original* that
    explain it: the character itself, a guess that fits the bytes that survived of it (differs
    from it in one byte: :func:`_one_byte_apart`), or a mark for one or more characters in a
    row; in order, none left out, none added. Every alignment is tried: difflib's single one
    pairs equal characters first, so two guesses that trade places read to it as an insertion
    (个一 lost their last bytes, and 一个 fits the bytes just as well)."""

    @functools.cache
    def fits(i: int, j: int, in_mark: bool) -> bool:  # original[i:] and out[j:]
        if i == len(original):
            return j == len(out)
        if in_mark and fits(i + 1, j, True):  # the mark before also stands for original[i]
            return True
        if j == len(out):
            return False
        o, c = original[i], out[j]
        if c == MARKER:
            return fits(i + 1, j + 1, True)
        return (c == o or _one_byte_apart(o, c)) and fits(i + 1, j + 1, False)

    return fits(0, 0, False)


def test_lossy_gbk_repaired_up_to_the_loss() -> None:
    # the sentence of issue #18: every character whose bytes survived comes back, and of the
    # lost ones those the context tells (路 before 规划, 贯 in 贯彻, 要 in 要求). 公 (八路,
    # 六路) and the final 。 (two of its bytes lost) stay marks, and so does 中 between 规划 and
    # 贯彻 (一贯 is likelier to a model of character pairs, but not four hundred times)
    s = "公路规划中贯彻国防要求，统筹推进交通强国建设。"
    damaged = s.encode().decode("gbk", "replace")
    out = fix_mojibake(damaged)
    assert out == MARKER + "路规划" + MARKER + "贯彻国防要求，统筹推进交通强国建设" + MARKER
    assert _aligned(s, out)
    assert _checked(s, out) == (len(s) - 3, 0)
    assert fix_mojibake(out) == out
    # between digits: 年 comes back (0年0 is far likelier than any other candidate); 月 does
    # not (0月0 is about 65 times likelier than 0有0, short of 400: between digits 日 is also
    # read for 时, 12日55 for 12时55); 日 (two of its bytes lost at the end) stays a mark
    damaged = "2018年12月6日".encode().decode("gbk", "replace")
    assert fix_mojibake(damaged) == "2018年12\ufffd6\ufffd"
    # a lost character whose only known neighbour is the line break is not guessed: 届 after
    # a lost 八 could be 展 as well
    damaged = "1993年3月29日 第八届".encode().decode("gbk", "replace")
    assert fix_mojibake(damaged).endswith("第\ufffd\ufffd")
    # a lost middle byte with one common candidate comes back: 、 (E3 80 81) keeps E3 and 81;
    # then two neighbours that both lost a byte, weighed together: 宾馆; and the 。 that lost
    # its last byte at the end of the line (。 ends lines, 、 does not)
    s = "推动住宿、家政、宾馆、交通等发展。"
    assert fix_mojibake(s.encode().decode("gbk", "replace")) == s


def test_lossy_full_width_marks_are_not_guessed() -> None:
    # ； (EF BC 9B) that lost its last byte at the end of a line could be ；, ，, ：, ！ …: the
    # neighbours tell them apart poorly, so it stays a mark (别 before it, E5 88 ?? before
    # EF, is told by 识别); so does ） at the end of a line
    s = "影响海上搜救的身份识别；"
    assert fix_mojibake(s.encode().decode("gbk", "replace")) == s[:-1] + MARKER
    s = "（负责部门：中医药局）"
    assert fix_mojibake(s.encode().decode("gbk", "replace")) == s[:-1] + MARKER


_lossy_text = st.text(alphabet=st.sampled_from(COMMON_HAN + "，。、：“”（）0123456789"), min_size=12, max_size=60)


def _lost(original: str, codec: str) -> list[tuple[str, bool]]:
    """Each character of *original* and whether *codec*'s decoder took any of its UTF-8 bytes
    into a U+FFFD."""
    data = original.encode("utf-8")
    spans: list[tuple[int, int]] = []

    def record(err: UnicodeError) -> tuple[str, int]:
        assert isinstance(err, UnicodeDecodeError)
        spans.append((err.start, err.end))
        return "\ufffd", err.end

    codecs.register_error("test-record-lost", record)
    data.decode(codec, "test-record-lost")
    lost = {i for a, b in spans for i in range(a, b)}
    out, pos = [], 0
    for c in original:
        n = len(c.encode())
        out.append((c, not lost.isdisjoint(range(pos, pos + n))))
        pos += n
    return out


_ASCII_RUN = re.compile("([\\x00-\\x7f]+)")


def _seen(original: str, codec: str) -> str:
    """*original* without the ASCII characters that *codec*'s decoder took into a U+FFFD along
    with a lost byte: Python's GB18030 decoder reads a lead byte and a digit as the start of a
    four-byte sequence and, when the data ends there, leaves one U+FFFD for both and for the
    byte after the digit ("文0" -> E6 96 87 30 -> "鏂\ufffd"). No repair can see
    or mark those characters: the text it works on no longer holds them."""
    return "".join(c for c, lost in _lost(original, codec) if not (c.isascii() and lost))


@given(_lossy_text, st.sampled_from(["gbk", "gb18030"]))
@example("00000000“里文0", "gb18030")  # the 0 goes into the U+FFFD of 文's lost last byte
@example("00000000000一", "gbk")  # 涓 + U+FFFD after digits alone: kept
@example("000000000000年、", "gbk")  # 骞淬 + two U+FFFD alone (年 whole, 、 cut): kept
# 问个一 lost their last bytes: 一个 fits them as well as 个一 (and reads better), a guess per
# place that difflib's alignment took for an inserted 个 (see _aligned)
@example("000000问个一““0", "gbk")
# 面、好 under GB18030: 闈, € (A2 E3), U+FFFD (、 lost 80), 佸ソ; was left as it was, the €
# read as 0x80 only (see test_euro_sign_before_lost_bytes)
@example("0000000000面、好", "gb18030")
# 就处 between digits (处 cut) left as it is, 品 with a lost byte before them marked
@example("384204品11588就处7", "gbk")
def test_lossy_gbk_never_invents(original: str, codec: str) -> None:
    # UTF-8 read as GBK with losses: what comes back is the original, a mark, or a character
    # that fits the surviving bytes (a choice by context that can be wrong), never another one,
    # each at its place; compared with what the decoder left of the original (see _seen).
    # ASCII characters are kept, and the repair judges the damage between them stretch by
    # stretch: a stretch may be left as it is when fewer than two of its characters came
    # through whole, too little to tell damage from text (涓 and U+FFFD of 一 or 中; 骞淬 and
    # two U+FFFD of 年、)
    damaged = original.encode("utf-8").decode(codec, "replace")
    out = fix_mojibake(damaged)
    seen = [(c, lost) for c, lost in _lost(original, codec) if not (c.isascii() and lost)]
    parts = _ASCII_RUN.split("".join(c for c, _lost_bytes in seen))
    outs, damaged_parts = _ASCII_RUN.split(out), _ASCII_RUN.split(damaged)
    assert outs[1::2] == damaged_parts[1::2] == parts[1::2], (damaged, out)
    pos = 0
    for k, part in enumerate(parts):
        whole = sum(not lost for _c, lost in seen[pos : pos + len(part)])
        pos += len(part)
        if k % 2 or (outs[k] == damaged_parts[k] and whole < 2):
            continue
        assert _aligned(part, outs[k]), (damaged, out)


def test_gb18030_decoder_takes_a_digit_with_a_lost_byte() -> None:
    # why test_lossy_gbk_never_invents compares with _seen: 文's lost last byte took the 0
    # with it under GB18030 (not under GBK); the repair sees "里" + 鏂 + U+FFFD at the end and
    # may choose a character that fits E6 96 ?? (斯 after 里), as it may for any lost byte
    original = "00000000“里文0"
    assert _seen(original, "gb18030") == original[:-1]
    assert _seen(original, "gbk") == original
    assert original.encode().decode("gb18030", "replace").endswith("鏂\ufffd")
    # only at the end of the data (an unfinished four-byte sequence); before more bytes the
    # decoder gives the digit and what follows back
    assert _seen("文0a", "gb18030") == "文"
    assert _seen("文0a中", "gb18030") == "文0a中"


@given(_lossy_text)
def test_lossy_gbk_marks_one_per_lost_character(original: str) -> None:
    damaged = original.encode("utf-8").decode("gbk", "replace")
    out = fix_mojibake(damaged)
    if len(out) == len(original):  # aligned: each position the original, a mark or a fit
        assert all(c in (o, MARKER) or _one_byte_apart(o, c) for c, o in zip(out, original))
    assert out.count(MARKER) <= damaged.count("\ufffd")


def test_utf8_as_big5() -> None:
    words = "表彰大会议通知学校教育部门工作报告国家发展改革委员会"
    done = 0
    for a, b in itertools.permutations(words, 2):
        try:
            damaged = (a + b).encode().decode("cp950")
        except UnicodeDecodeError:
            continue  # most UTF-8 is not valid Big5: that damage is lossy
        assert fix_mojibake("据悉：" + damaged + "。") == "据悉：" + a + b + "。"
        assert explain_mojibake(damaged)[1][0].kind == "utf8-as-big5"
        done += 1
    assert done > 10


@pytest.mark.parametrize("word", ["校”（鄉", "院”（區"])
def test_gbk_read_one_byte_late(word: str) -> None:
    # GBK bytes read one byte late after a lost byte ("?"), back in step at an ASCII byte; a
    # full-width sign read out of step may have been folded to ASCII afterwards (！ -> !)
    late = word.encode("gbk")[1:].decode("gbk")
    for damaged in (late, late.replace("！", "!")):
        text = "据悉，?" + damaged + "(注)。"
        fixed, repairs = explain_mojibake(text)
        assert fixed == "据悉，" + MARKER + word[1:] + "(注)。"
        assert repairs[0].kind == "gbk-shifted+lossy"
        assert fix_mojibake(text, lossy="drop") == "据悉，" + word[1:] + "(注)。"


def test_pinyin_in_a_utf8_as_gbk_line() -> None:
    line = "中國(guó)人民銀行衡水市"
    damaged = try_cp936(line)
    assert damaged is not None and "贸" in damaged
    assert fix_mojibake(damaged) == line
    assert fix_mojibake("茅台酒厂贸易公司") == "茅台酒厂贸易公司"  # no damage, no change


@pytest.mark.parametrize("line", ["© 2026 市教育局", "室温25°C", "学院 ® 2026"])
def test_latin1_sign_in_a_utf8_as_gbk_line(line: str) -> None:
    # © ° ® as GBK (漏 掳 庐) between ASCII and the line's edge in a damaged line
    assert fix_mojibake(line.encode().decode("gbk")) == line


@pytest.mark.parametrize("line", [
    "鏁欒偛閮ㄥ嵃鍙戦€氱煡 漏洞 CVE 已修复", "中山路 88号 鏁欒偛閮ㄥ嵃鍙戦€氱煡",
    # (a count's 路 after a digit, at the line's end or before a mark: found by hypothesis, “…一 then 0路)
    "鏁欒偛閮ㄥ嵃鍙戦€氱煡 乘10路", "鏁欒偛閮ㄥ嵃鍙戦€氱煡 乘K8路,10路",
    # (blanks around a count's 路, and around 漏 among Han text: review)
    "乘坐 36 路 或 58 路 公交车，鍦ㄦ煇鏌愮珯涓嬭溅", "鍒版煇鏌愮珯涓嬭溅 漏 ",
    # (路 opening a line before a digit: hypothesis, 路0 before “…一 read as GBK)
    "路0鏁欒偛閮ㄥ嵃鍙戦€氱煡",
])
def test_han_sign_lookalikes_kept_in_a_damaged_line(line: str) -> None:
    # 漏 and 路 beside a Han character are real, even in a damaged line
    fixed = fix_mojibake(line)
    assert "·" not in fixed and "©" not in fixed
    assert "路" in fixed or "漏" in fixed


@pytest.mark.parametrize(
    "clean",
    [
        "（一）总体要求：“双减”工作",
        "骉骉龘龘，涓涓细流，鏁",
        "Müller, Ångström, café, naïve, Gödel; São Paulo",
        "测量温度为 25°C ± 0.5°C，×× 号文件",
        "Běijīng (北京), dāng qián",
        "甯采、瑕疵、羁押、矸石、锂电、恪尽职守",
        "於一九四九年設立，須經國務院批准，電影、鎮、陸續",
        "——“一带一路”……《通知》",
        "a\u00a0b\u3000c",
    ],
)
def test_clean_text_unchanged(clean: str) -> None:
    assert fix_mojibake(clean) == clean
    assert explain_mojibake(clean)[1] == []


def test_lossy_modes() -> None:
    text = "经费锟斤拷锟斤拷万元，\ufffd\ufffd其中烫烫烫烫部分"
    assert fix_mojibake(text) == text
    assert fix_mojibake(text, lossy="mark") == f"经费{MARKER}万元，{MARKER}其中{MARKER}部分"
    assert fix_mojibake(text, lossy="drop") == "经费万元，其中部分"
    for mode in ("keep", "mark", "drop"):
        _fixed, repairs = explain_mojibake(text, lossy=mode)
        assert [r.kind for r in repairs] == ["lossy"] * 3
        assert sum(r.lost for r in repairs) == 3
    assert fix_mojibake("烫伤、屯兵") == "烫伤、屯兵"  # single real characters are not markers


def test_bad_arguments() -> None:
    with pytest.raises(TypeError):
        fix_mojibake(b"abc")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="lossy"):
        fix_mojibake("中文", lossy="fix")
    with pytest.raises(ValueError, match="lossy"):
        explain_mojibake("中文", lossy="")


# ---------------------------------------------------------------- properties


@given(chinese_text)
def test_clean_chinese_unchanged(text: str) -> None:
    assert fix_mojibake(text) == text


@given(mixed_text)
def test_clean_mixed_unchanged(text: str) -> None:
    assert fix_mojibake(text) == text
    assert explain_mojibake(text)[1] == []


@given(_context, _even_cjk, _context)
def test_utf8_as_gbk_round_trip(before: str, original: str, after: str) -> None:
    damaged = try_cp936(original)
    assume(damaged is not None)
    text = before + damaged + after
    assert fix_mojibake(text) == before + original + after
    assert _check_explain(text) == before + original + after


@pytest.mark.xfail(strict=True, reason=(
    "known, not fixed (found by the random profile in session 41; at 3d91489 too): a clean 路 (GBK C2 B7, the UTF-8 "
    "bytes of ·) between a digit and a full stop, on a line whose UTF-8-as-GBK run is cut at its end, is read as part "
    "of the damage and becomes ·; telling it from real damage needs the run's edge read per character class"))
def test_clean_lu_before_a_cut_run_stays() -> None:
    damaged = ("“一" * 23 + "“").encode("utf-8").decode("gb18030", "replace")
    assert fix_mojibake(".路0" + damaged + "\n").startswith(".路0")


@given(_context, _even_cjk.filter(lambda s: len(s) > 2).map(lambda s: s[:-1]), _context)
@example("间级", "“一“一“一“一“一“一“", "")  # 间 (BC E4) at the start is not a cut tail
def test_utf8_as_gbk_truncated(before: str, original: str, after: str) -> None:
    # an odd number of characters leaves one byte that the decoder could not place
    damaged = original.encode("utf-8").decode("gb18030", "replace")
    assume(damaged.count("\ufffd") == 1 and damaged.endswith("\ufffd"))
    text = before + damaged + "\n" + after
    out = fix_mojibake(text)
    # the last character: a mark, or the one its neighbour and the line end tell (one that fits)
    head, tail = before + original[:-1], "\n" + after
    assert out.startswith(head) and out.endswith(tail) and len(out) == len(head) + 1 + len(tail)
    c = out[len(head)]
    assert c in (MARKER, original[-1]) or _one_byte_apart(original[-1], c)


@given(_context, st.text(alphabet=st.sampled_from(_CJK3), min_size=1, max_size=30), _context)
def test_utf8_as_latin_round_trip(before: str, original: str, after: str) -> None:
    for codec in ("latin-1", "sloppy-windows-1252"):
        damaged = original.encode("utf-8").decode(codec)
        text = f"{before} {damaged} {after}"
        assert fix_mojibake(text) == f"{before} {original} {after}"


def _reads_as_utf8(data: bytes) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeDecodeError:
        return False
    return True


@given(_context, st.text(alphabet=st.sampled_from(COMMON_HAN + "，。：“”"), min_size=2, max_size=30), _context)
# (a quote closing the line after the damage is the text's own, not half a character: CI, s22)
@example(before="", original="“一", after="“")
def test_gbk_as_latin_round_trip(before: str, original: str, after: str) -> None:
    assume(any(c in COMMON_HAN for c in original))
    damaged = original.encode("gbk").decode("latin-1")
    # a run of two distinct symbols ("µ½µ½" from 到到, like "°±°±") is left alone on purpose
    assume(len(set(damaged)) >= 3)
    # GBK bytes that are UTF-8 too (一业 D2BB D2B5 is UTF-8 "һҵ") are as much UTF-8 read as
    # Latin-1, which fix_mojibake leaves to ftfy: not this repair's input
    assume(not _reads_as_utf8(original.encode("gbk")))
    # Two characters that cp1252 writes for bytes 0x80-0x9F ("““" 93 93, "——" 97 97) touching
    # the damage are a GBK character read as cp1252 as well ("Ò»““" is 一摀 as much as 一““):
    # the text does not tell where the damage ends, so no round trip is owed there
    assume(not (set(before[-2:]) <= _CP1252_HIGH and len(before) >= 2))
    assume(not (set(after[:2]) <= _CP1252_HIGH and len(after) >= 2))
    text = before + damaged + after
    assert fix_mojibake(text) == before + original + after


@given(st.one_of(any_text, mixed_text, _even_cjk.map(try_cp936).filter(bool), _even_cjk.map(lambda s: s[1:].encode().decode("gb18030", "replace"))))
def test_idempotent_and_explained(text: str) -> None:
    for mode in ("keep", "mark", "drop"):
        once = _check_explain(text, mode)
        assert fix_mojibake(once, lossy=mode) == once


@given(st.text(alphabet=st.sampled_from(COMMON_HAN), min_size=1, max_size=50))
def test_no_text_lost_on_clean_lines(text: str) -> None:
    page = f"{text}\n{text}锟斤拷{text}\n"
    assert fix_mojibake(page, lossy="drop") == f"{text}\n{text}{text}\n"


# ---------------------------------------------------------------- adversarial input

N = 200_000


@pytest.mark.parametrize(
    "text",
    [
        "鏁" * N,
        "é" * N,
        "Ã" * N,
        "ÖÐ" * (N // 2),
        "锟斤拷" * (N // 3),
        "\ufffd" * N,
        ("教育部印发通知" * (N // 21)).encode().decode("gb18030", "replace"),
        ("中国" * (N // 4)).encode("gbk").decode("latin-1"),
        ("臺北市" * (N // 6)).encode("big5").decode("latin-1"),
        ("骞1鏈" + "学校安全工作".encode().decode("gbk")) * (N // 12),
        ("全市共有中小学326所，星期一）。" * (N // 22)).encode().decode("gbk", "ignore"),
        ("本校學生申請獎學金須知" * (N // 11)).encode("big5").decode("gbk", "replace"),
        "ひらがな\ufffd" * (N // 5),
        "\ufffdA" * (N // 2) + "丂",  # no Big5 reading (丂 is 81 40): found in one pass
    ],
    ids=[
        "rare-han", "e-acute", "a-tilde", "gbk-latin", "kunjinkao", "fffd", "gbk-run", "latin-run",
        "big5-latin-run", "cut-beside-repairs", "ignore-breaks", "big5-gbk-line", "kana-fffd",
        "big5-gbk-fails-late",
    ],
)
def test_adversarial_inputs_finish(text: str) -> None:
    fixed, repairs = explain_mojibake(text, lossy="mark")
    assert _apply(text, repairs) == fixed
    assert len(fixed) <= len(text)


def test_long_runs_are_repaired() -> None:
    original = "学校要加强管理，" * 5000
    assert fix_mojibake(as_cp936(original)) == original
    original = "中国人民" * 10000
    assert fix_mojibake(original.encode("gbk").decode("latin-1")) == original
    assert fix_mojibake("锟斤拷" * 30000, lossy="mark") == MARKER


_option = st.tuples(
    st.sampled_from(["", "规", "的", "1"]), st.sampled_from(COMMON_HAN), st.sampled_from(["", "路", "。"])
)


@given(st.lists(_option, min_size=1, max_size=8), st.randoms())
def test_likeliest_ignores_order_and_needs_a_margin(options: list, rnd) -> None:
    # the choice among candidates does not depend on their order; a candidate listed twice
    # (equally likely) is never chosen over its twin
    from govtext._charfreq import likeliest

    k = likeliest(options)
    shuffled = options[:]
    rnd.shuffle(shuffled)
    k2 = likeliest(shuffled)
    assert (k is None) == (k2 is None)
    if k is not None:
        assert options[k] == shuffled[k2]
    assert likeliest([*options, options[0]]) in (None, *[i for i, o in enumerate(options) if o != options[0]])


def test_lossy_big5_repaired_up_to_the_loss() -> None:
    # UTF-8 read as Big5 with losses (Big5 drops about half of the continuation bytes): each
    # character whose three bytes survived comes back, one that lost a byte comes back when
    # the bytes left and its neighbours tell it, any other is one mark (lossy="keep": the
    # output is aligned with the original). Before: the damage stayed around 中贯彻国防
    # ("��祈楝…"), and 各地区各部门 stayed mojibake.
    total = 0
    for s in [
        "公路规划中贯彻国防要求。",
        "各地区各部门要认真贯彻落实。",
        "我们要把生态文明建设放在突出位置，推进绿色发展。",
        "市政府办公厅关于做好防汛工作的通知",
        "认真做好各项服务。",  # 务 and 。 meet in A1 E3: ∼ in Big5, ～ in cp950
    ]:
        out = fix_mojibake(s.encode().decode("big5", "replace"), lossy="keep")
        assert len(out) == len(s), (s, out)
        assert all(c in (o, MARKER) for c, o in zip(out, s)), (s, out)
        total += sum(c == o for c, o in zip(out, s))
        assert fix_mojibake(out, lossy="keep") == out
    assert total >= 15
    assert fix_mojibake("公路规划中贯彻国防要求。".encode().decode("big5", "replace"), lossy="mark") == (
        "\ufffd路\ufffd中贯彻国防\ufffd"
    )


def test_lossy_big5_leaves_traditional_text_with_lost_bytes() -> None:
    # real Big5-range characters next to a lost byte are not read as bytes of UTF-8
    for t in [
        "在三十日內如果還\ufffd\ufffd未執行完畢，也應當將執行情況函告委託人民法院。",
        "對方提供\ufffd適當擔保的，應當恢\ufffd\ufffd復履行。",
        "（三）辦\ufffd理船舶、集裝箱以及貨物的報關手\ufffd續；",
    ]:
        assert fix_mojibake(t) == t


@given(_lossy_text)
def test_lossy_big5_never_invents_much(original: str) -> None:
    # what comes back is aligned with the original where it has its length; the repair is a
    # fixed point and adds no mark beyond one per lost byte
    damaged = original.encode("utf-8").decode("big5", "replace")
    out = fix_mojibake(damaged, lossy="keep")
    assert fix_mojibake(out, lossy="keep") == out
    assert out.count(MARKER) <= damaged.count("\ufffd")


def _rare_continuation_chars() -> list[str]:
    """GBK characters whose two bytes are both UTF-8 continuation bytes (0x80-0xBF) and that
    are not common: the shape of the tail of a character cut at a line start."""
    from govtext.mojibake import _common

    chars = []
    for lead in range(0x81, 0xC0):
        for trail in range(0x80, 0xC0):
            try:
                c = bytes((lead, trail)).decode("gbk")
            except UnicodeDecodeError:
                continue
            if len(c) == 1 and c not in _common():
                chars.append(c)
    return chars


def test_rare_clean_char_before_line_start_damage_is_kept() -> None:
    # a whole character before the damage may be a rare character of the text: never eaten
    rng = random.Random(9017)
    damage = "县里开会研究水利工程".encode().decode("gbk", "replace")
    for c in rng.sample(_rare_continuation_chars(), 60):
        out = fix_mojibake(c + damage)
        assert out.startswith(c), (c, out)


# --- UTF-8 read as cp1252 by a decoder that drops the bytes cp1252 lacks ----------------------


def _cp1252_dropping(text: str) -> str:
    return text.encode().decode("cp1252", "ignore")


def test_cp1252_dropped_bytes_are_marked_not_guessed() -> None:
    # 十 (E5 8D 81) loses both continuation bytes, 条 (E6 9D A1), 各 (E5 90 84) and 理
    # (E7 90 86) one: each becomes one marker
    original = "第十条 本市各级学校应当建立安全管理制度"
    out = fix_mojibake(_cp1252_dropping(original))
    assert out == "第\ufffd\ufffd 本市\ufffd级学校应当建立安全管\ufffd制度"


def test_cp1252_dropped_marks_are_not_read_as_big5_lost_bytes() -> None:
    # the marks of the cut repair (one per lost character) next to a whole character are not a
    # long run of Big5 damage: lost bytes fit any byte shape. Before: 做到十十品面 became two
    # marks (到 lost too), read as UTF-8 in Big5 with lost bytes
    out = fix_mojibake(_cp1252_dropping("一一一，动做到十十品面"))
    assert out == "一一一，动\ufffd到\ufffd\ufffd\ufffd\ufffd"
    assert fix_mojibake(out) == out


_NO_DROPPED_BYTE = "".join(
    c for c in COMMON_HAN if not set(c.encode()[1:]) & {0x81, 0x8D, 0x8F, 0x90, 0x9D}
)


@given(
    st.text(alphabet=st.sampled_from(_NO_DROPPED_BYTE), min_size=3, max_size=30),
    st.text(alphabet=st.sampled_from(COMMON_HAN + "，。"), min_size=1, max_size=30),
)
@example(whole="一一一", rest="不不流面")
@example(whole="一一一", rest="。做十十品面")
@example(whole="一一一", rest="动做到十十品面")
@example(whole="一一一", rest="不。。式面面面面")
@example(whole="一一一", rest="不不动面面面")
def test_cp1252_dropped_bytes_never_invent(whole: str, rest: str) -> None:
    # whatever comes back is the original with each character kept, marked, or left as the
    # damage had it: nothing invented, nothing lost. (A cut stretch needs more whole characters
    # on its line than it has cut ones, "一一一" against "不不流面": with less it is left as it
    # came, never guessed; the repair rate is measured on real sentences elsewhere.)
    original = whole + "，" + rest
    out = fix_mojibake(_cp1252_dropping(original))
    assert fix_mojibake(out) == out
    each = "".join(f"(?:{re.escape(c)}|{MARKER}|{re.escape(_cp1252_dropping(c))})" for c in original)
    assert re.fullmatch(each, out), (original, out)


def test_cp1252_refused_stretch_is_not_read_in_part() -> None:
    # five whole characters for five cut ones: the cut stage leaves the stretch as it came, and
    # so do ftfy and the CJK-as-Latin stage (ftfy read the "Š¨" of 动 after 不's lost byte as Ѝ)
    damaged = _cp1252_dropping("一一一，不不动面面面")
    assert fix_mojibake(damaged) == damaged
    # cut characters only (十九条 lost four bytes): no evidence to mark them, and ftfy's reading
    # of ä¹æ as 乿 is a character invented
    damaged = _cp1252_dropping("十九条 ")
    assert fix_mojibake(damaged) == damaged
    # where no Chinese is read, ftfy's reading of a cut-looking run stands (… for parlé\x85)
    assert fix_mojibake("parlé\x85 Tu sais") == "parlé… Tu sais"


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        # whole characters in runs without a cut one are evidence too (was left: 74å·)
        ("国办函〔2018〕74号", "国办函〔2018〕74\ufffd"),
        # the symbols of Chinese text (Ⅲ ①) are whole characters of a run: 量持 was read as 釿Œ
        ("本县空气质量持续改善，水质达到Ⅲ类", "本县空气质\ufffd\ufffd续改善，水质达到Ⅲ类"),
        ("第①项 经费支持", "第①项 \ufffd费支\ufffd"),
    ],
)
def test_cp1252_dropped_bytes_marked_with_the_whole_line_as_evidence(original: str, expected: str) -> None:
    out = fix_mojibake(_cp1252_dropping(original))
    assert out == expected
    assert fix_mojibake(out) == out


@pytest.mark.parametrize(
    "text",
    ["très bien, naïve café, àè", "Zhōngguó dàxué, lüè", "prix: 3 € — à‘bientôt’", "Ã©tÃ© à€"],
)
def test_cp1252_cut_stage_leaves_latin_text(text: str) -> None:
    assert "\ufffd" not in fix_mojibake(text)


# --- UTF-8 read as Latin-1, its C1 controls then removed by a filter ---------------------------


def _latin1_c1_dropped(text: str) -> str:
    return re.sub("[\x80-\x9f]", "", text.encode().decode("latin-1"))


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        # 核 (E6 A0 B8) alone keeps its bytes; each other character lost one or two: one mark each
        ("通过考核的教师名单", "\ufffd\ufffd\ufffd核\ufffd\ufffd\ufffd\ufffd\ufffd"),
        ("教师资格认定公告", "\ufffd\ufffd\ufffd格认\ufffd\ufffd\ufffd"),
        # digits between the runs: 年 whole, 月 (E6 9C 88) lost both bytes (a run of one
        # character: no evidence of its own, left), 日 (E6 97 A5) one
        ("2026年3月1日 通知", "2026年3æ1\ufffd \ufffd\ufffd"),
    ],
)
def test_latin1_c1_dropped_bytes_are_marked(original: str, expected: str) -> None:
    damaged = _latin1_c1_dropped(original)
    out = fix_mojibake(damaged)
    assert out == expected
    assert fix_mojibake(out) == out


@given(st.text(alphabet=st.sampled_from(COMMON_HAN + "，。"), min_size=1, max_size=30))
@example("通过考核的教师名单")
def test_latin1_c1_dropped_bytes_never_invent(original: str) -> None:
    # each character comes back, marked, or as the damage left it: nothing invented
    out = fix_mojibake(_latin1_c1_dropped(original))
    assert fix_mojibake(out) == out
    each = "".join(f"(?:{re.escape(c)}|{MARKER}|{re.escape(_latin1_c1_dropped(c))})" for c in original)
    assert re.fullmatch(each, out), (original, out)


@pytest.mark.parametrize(
    "text",
    [
        "àèìòù, São Paulo, ção, Müller",  # leads alone: no character reads whole
        "àè 中文",  # too few characters for the shape
        "àèìò æ\xa0¸ – ",  # a cp1252 letter (–): not what a Latin-1 reader and a C1 filter leave
    ],
)
def test_latin1_c1_dropped_shape_leaves_latin_text(text: str) -> None:
    assert MARKER not in fix_mojibake(text)


# --- a field damaged alone (UTF-8 read as GBK), its last byte lost before clean text ----------


def _field_as_gbk(before: str, field: str, after: str) -> str:
    return before + field.encode().decode("gbk", "replace") + after


@pytest.mark.parametrize(
    ("before", "field", "after", "expected"),
    [
        # 靖 (E9 9D 96) lost its last byte: 老 (C0 CF) after it was never beside that byte,
        # and the byte GBK cannot pair with C0 made 靦 (E9 9D A6)
        ("联系人：", "郭靖", "老师", "联系人：郭\ufffd老师"),
        # 、 (E3 80 81): the byte 80 (U+3000) was read from 数's bytes
        ("语文", "、", "数学", "语文\ufffd数学"),
        # 数 (E6 95 B0) before 也 (D2 B2, no Chinese UTF-8): read as 敬; 员 before 为 (CE AA:
        # not a Greek letter) as 呀
        ("内容：", "招生计划数", "也其他", "内容：招生计划\ufffd也其他"),
        ("内容：", "安全管理员", "为其他", "内容：安全管理\ufffd为其他"),
    ],
)
def test_field_cut_before_clean_text_is_marked(before: str, field: str, after: str, expected: str) -> None:
    out = fix_mojibake(_field_as_gbk(before, field, after))
    assert out == expected
    assert fix_mojibake(out) == out


@pytest.mark.parametrize(
    ("before", "field", "after", "expected"),
    [
        # 被 (E8 A2 AB) lost its last byte; the clean ： before the field (A3 BA, two
        # continuation bytes) was swallowed with it as a cut character's remains: 姓名�告人
        ("姓名：", "被告人", "", "姓名：被告人"),
        ("内容：", "被告人", "出庭", "内容：被告人出庭"),
        ("理由：", "被评为", "先进", "理由：被评为先进"),
        # the mark starting the line (or after a line break) is punctuation too, not the
        # remains of a character cut by the stream
        ("。", "被告人", "", "。被告人"),
        ("上一行\n，", "被评为", "先进", "上一行\n，被评为先进"),
    ],
)
def test_field_after_a_stop_mark_keeps_the_mark(before: str, field: str, after: str, expected: str) -> None:
    out = fix_mojibake(_field_as_gbk(before, field, after))
    assert out == expected
    assert fix_mojibake(out) == out


def test_cut_before_damage_still_restored() -> None:
    # the bytes after a lost one that are damage themselves still tell it: 郭 (E9 83 AD) before
    # 闈 (E9 9D, the next character's UTF-8 lead and continuation), and 年 between digits
    assert fix_mojibake(_field_as_gbk("联系人：", "郭靖", "")) == "联系人：郭\ufffd"
    assert fix_mojibake(_field_as_gbk("", "2026年3月1日发布", "")) == "2026年3\ufffd1日发\ufffd"


@pytest.mark.parametrize(
    ("data", "clean"),
    [
        ("c0cf", True),  # 老: C0 starts no UTF-8 character
        ("d2b2", True),  # 也: Ҳ, Cyrillic
        ("cafd", True),  # 数: a lead before a byte that continues nothing
        ("e4b8ad", False),  # 中
        ("c397", False),  # ×
        ("c7ce", True),  # 是 (C7 CE): a lead before a byte that continues nothing
        ("c79a", False),  # ǚ: a pinyin letter
        ("ceb1", False),  # α
        ("e9ff", False),  # a lost byte after the lead: not told
        ("c2", False),  # the end of the reading: not told
    ],
)
def test_clean_from(data: str, clean: bool) -> None:
    from govtext.mojibake import _clean_from

    assert _clean_from(bytes.fromhex(data), 0) is clean


@pytest.mark.parametrize("punct", ["——", "““", "……", "”“", "‘’"])
def test_chinese_punctuation_apart_from_gbk_damage_kept(punct: str) -> None:
    # a line with GBK-as-Latin damage is repaired everywhere, but a run of cp1252 characters
    # that Chinese text writes as themselves, apart from the damage, is the clean text's own
    damaged = "“通知”发布".encode("gbk").decode("cp1252")
    assert fix_mojibake(f"{damaged}，{punct}2024") == f"“通知”发布，{punct}2024"


@pytest.mark.parametrize(
    ("clean", "damaged"),
    [
        # Chinese punctuation that cp1252 has ("——" 97 97, "“" 93 ...) touching the damage: the
        # joined reading made a rare traditional character of it (棗 摀) or garbage (敺⒉)
        ("时间：——年", "Ê±¼ä£º——Äê"),
        ("通知——2024年", "Í¨Öª——2024Äê"),
        ("参加会议——年度总结", "²Î¼Ó»áÒé——Äê¶È×Ü½á"),
        ("“通知”发布", "“Í¨Öª”·¢²¼"),
        ("通知“发布”", "Í¨Öª“·¢²¼”"),
        ("关于“通知”", "¹ØÓÚ“Í¨Öª”"),
        ("关于做好教育工作的通知……", "¹ØÓÚ×öºÃ½ÌÓý¹¤×÷µÄÍ¨Öª……"),
    ],
)
def test_chinese_punctuation_touching_gbk_damage_kept(clean: str, damaged: str) -> None:
    assert fix_mojibake(damaged) == clean
    assert fix_mojibake(clean) == clean


@pytest.mark.parametrize(
    "original",
    [
        # traditional text in GBK whose characters hold those bytes: 時 95 72, 條 97 6C, 參 85 A2,
        # 憲 91 97, 懲 91 CD: the pair is a character, the text reads as traditional
        "時間：二〇二四年",
        "各州不得締結任何條約、結盟或組織邦聯；",
        "本憲法所授予的全部立法權均屬於由參議院和衆議院組成的國會。",
        "界定和懲罰海盜罪和在公海上所犯的重罪；",
    ],
)
def test_gbk_bytes_that_look_like_punctuation_still_repaired(original: str) -> None:
    assert fix_mojibake(original.encode("gbk").decode("cp1252")) == original


@given(
    st.text(alphabet=st.sampled_from(COMMON_HAN + "，。："), min_size=2, max_size=30),
    st.sampled_from(["——", "“", "”", "…", "……", "‘", "’", "•", "“”"]),
    st.text(alphabet=st.sampled_from(COMMON_HAN + "，。："), min_size=2, max_size=30),
)
# (组工 in GBK, D7 E9 B9 A4, holds 鹤 in UTF-8, E9 B9 A4: twice, with 设电法 after it, the line
# read as UTF-8 cut short; see test_gbk_latin_holding_utf8_shapes_is_repaired_as_gbk)
@example(left="组工", punct="——", right="组工设电法")
# (面。组‘间面。: "×é‘¼ä" around the ‘ reads as UTF-8 read as cp1252, 鑼 E9 91 BC and a cut
# character; the GBK reading on both sides of the ‘ takes it: found by hypothesis)
@example(left="面。组", punct="‘", right="间面。")
def test_gbk_damage_around_clean_punctuation_round_trip(left: str, punct: str, right: str) -> None:
    assume(any(c in COMMON_HAN for c in left) and any(c in COMMON_HAN for c in right))
    for part in (left, right):
        damaged = part.encode("gbk").decode("latin-1")
        assume(len(set(damaged)) >= 3 and not _reads_as_utf8(part.encode("gbk")))
    text = left.encode("gbk").decode("latin-1") + punct + right.encode("gbk").decode("latin-1")
    assert fix_mojibake(text) == left + punct + right


@pytest.mark.parametrize("original", ["组工组工设电法", "组工——组工设电法", "组工“组工设电法"])
def test_gbk_latin_holding_utf8_shapes_is_repaired_as_gbk(original: str) -> None:
    """GBK read as Latin-1 whose bytes hold UTF-8's shapes (组工 D7 E9 B9 A4 holds 鹤 E9 B9 A4,
    设电法 C9 E8 B5 E7 B7 A8 a cut character and 編): the GBK reading takes the line; the
    reader of UTF-8 cut short marked a lost byte in it ("组工组工É\ufffd編")."""
    damaged = "".join(c if c in "——“" else c.encode("gbk").decode("latin-1") for c in original)
    assert fix_mojibake(damaged) == original


def test_a_text_whose_only_repairs_are_lossy_markers_kept_comes_back_itself() -> None:
    # explain_mojibake reports the lossy markers it keeps, and hands back the text itself (the
    # steps after it read its code points and the gate's lines again by identity)
    from govtext import mojibake

    text = "经费锟斤拷锟斤拷万元\n版权所有 © 2024\n通知"
    fixed, repairs = mojibake.explain_mojibake(text)
    assert fixed is text and [r.kind for r in repairs] == ["lossy"]
    assert mojibake._gate_lines_of(text) == ("经费锟斤拷锟斤拷万元", "版权所有 © 2024")
    assert mojibake._gate_chars(text) == frozenset("锟©")
    marked = mojibake.fix_mojibake(text, lossy="mark")
    assert marked == "经费\ufffd万元\n版权所有 © 2024\n通知" and mojibake._gate_lines_of(marked) is None


@pytest.mark.parametrize("codec", ["latin-1", "w1252"])
@pytest.mark.parametrize(
    "original",
    [
        "教务处通知：请孙㐂同学到办公室领取证书",
        "王𠀾、赵㒸两位同学获得一等奖学金",
        "本学期由陈䎃老师担任班主任",
        "获奖学生：王㛃",
        "刘𠀾",
    ],
)
def test_gb18030_four_byte_character_read_as_latin(original: str, codec: str) -> None:
    """GB18030 text read as Latin-1 or windows-1252: a character outside GBK (CJK extensions
    A and B, rare in names) is four bytes, lead, digit, lead, digit, which no GBK pair is: the
    run read as GBK goes on through it and the line is read as GB18030 there, judged on its
    other characters (the shape of its bytes tells the four-byte one: a short record with a
    rare name reads as well as without it)."""
    data = original.encode("gb18030")
    damaged = w1252(data) if codec == "w1252" else data.decode(codec)
    assert fix_mojibake(damaged) == original


@pytest.mark.parametrize("codec", ["latin-1", "w1252"])
@pytest.mark.parametrize("original", ["姓名：王䶮", "学生李䶮同学获奖", "䲟鱼养殖基地"])
def test_gb18030_two_byte_character_gbk_lacks_read_as_latin(original: str, codec: str) -> None:
    """GB18030 gave GBK's last row characters of extension A (䶮 is FE 9F, 䲟 FE 93) that GBK
    decoders leave undefined: the run is read as GB18030 there, judged on its other characters."""
    data = original.encode("gb18030")
    damaged = w1252(data) if codec == "w1252" else data.decode(codec)
    assert fix_mojibake(damaged) == original


@pytest.mark.parametrize("original", ["获奖学生：吉𠮷祥", "关于做好𠮷学", "获奖学生：王𠀾同学", "关于做好𠀾年"])
@pytest.mark.parametrize("cut", [1, 2])
def test_cut_after_a_character_that_lost_a_byte(original: str, cut: int) -> None:
    """UTF-8 read as GBK, the record cut inside its last character right after one whose bytes
    the decoder split by a lost byte (𠮷: F0 A0, lost AE, B7): the bytes after the lost one end
    that character, the cut one is marked; never a GBK character of both (风 of B7 E7)."""
    damaged = original.encode()[:-cut].decode("gbk", "replace")
    assert mojibake_score(fix_mojibake(damaged), original) == (True, 0)


@pytest.mark.parametrize("text", ["þV¡@²âÊÔ", "价格¢ã元"])
def test_gb18030_two_byte_private_use_not_read(text: str) -> None:
    # what GB18030 reads there as a private-use character (FE 56 is 㑇 but A1 40 private) stays
    assert fix_mojibake(text) == text


@pytest.mark.parametrize(
    "original",
    ["繁體字對照：學校、國家、會議", "繁體字", "·名单：王明、李华", "“繁體”與“简体”"],
)
def test_gbk_as_cp1252_starting_with_a_lead_byte_that_reads_as_a_mark(original: str) -> None:
    """GBK read as windows-1252 whose first character's lead byte reads as a mark the clean text
    writes (繁 is B7 B1: ``·±``): the run read from the next character stops well before the
    run read from this one, so this one is the reading (before, ``·`` was left out and the run
    read one byte late: ``·斌w``)."""
    damaged = w1252(original.encode("gbk"))
    assert fix_mojibake(damaged) == original


@pytest.mark.parametrize("text", ["Ä0Å1ÆÇ", "ÀÏ 2026", "Müller 1é2 café", "价格:Ô0Ê1元"])
def test_latin_digits_between_letters_are_not_gb18030(text: str) -> None:
    assert fix_mojibake(text) == text


@pytest.mark.parametrize(
    "original",
    [
        "交流学校：大阪府立みなみ高校",
        "动漫社团观看《となりのトトロ》",
        "访问团参观了东京スカイツリー和浅草寺",
        "日语课：こんにちは、ありがとう",
    ],
)
def test_utf8_as_gbk_with_japanese_kana(original: str) -> None:
    """UTF-8 read as GBK around kana a Chinese text quotes: whole in the UTF-8 reading, the
    kana are Japanese words, not the signs of mojibake they are in a GBK reading; the reading
    is judged on its other characters (before, a line with kana was left, or repaired only up
    to them)."""
    damaged = original.encode().decode("gbk", "replace")
    out = fix_mojibake(damaged)
    assert mojibake_score(out, original) == (True, 0), out
    assert 2 * out.count(MARKER) < len(original), out


@pytest.mark.parametrize(
    "original",
    [
        "韩国友好学校：서울고등학교",
        "韩国代表：김민수 교수，中方代表：王明",
        "韩国姐妹校부산중학교师生来访",
    ],
)
def test_utf8_as_gbk_with_korean_hangul(original: str) -> None:
    """UTF-8 read as GBK around Hangul a Chinese text quotes: no GBK reading makes a Hangul
    syllable, so whole in the UTF-8 reading they are Korean words, judged like kana (before,
    the line was left: its Hangul cost as rare characters, over the share a repair may hold).
    (A run of Hangul alone between blanks is judged alone, as kana are: not read.)"""
    damaged = original.encode().decode("gbk", "replace")
    out = fix_mojibake(damaged)
    assert mojibake_score(out, original) == (True, 0), out
    assert 2 * out.count(MARKER) < len(original), out


# rare GBK characters of rows EA-ED, whose bytes with a common character after them read whole
# as one Hangul syllable in a UTF-8 reading (炜 EC BF + 鸿 BA: 쿺)
_RARE_GBK = "".join(
    ch
    for lead in range(0xEA, 0xEE)
    for trail in range(0xA1, 0xFF)
    for ch in [bytes([lead, trail]).decode("gbk", "replace")]
    if ch != MARKER
)


@pytest.mark.parametrize(
    "text", ["语文名师王炜鸿工作室开展研讨活动", "孙飒鸿工作室成员名单", "刘歆鸿工作认真负责"]
)
def test_clean_name_with_rare_gbk_character_kept(text: str) -> None:
    """A lone Hangul syllable beside Han in a UTF-8 reading of clean text is chance (王炜鸿工
    -> 王쿺蹤): it is judged like any other character, not set aside as a quoted Korean word."""
    assert fix_mojibake(text) == text


@given(
    st.text(alphabet=st.sampled_from(COMMON_HAN), min_size=1, max_size=3),
    st.sampled_from(_RARE_GBK),
    st.text(alphabet=st.sampled_from(COMMON_HAN), min_size=2, max_size=8),
)
@example("王", "炜", "鸿工作室开展研讨活动")
def test_clean_han_with_rare_gbk_characters_kept(head: str, rare: str, tail: str) -> None:
    """Clean Han text with a rare GBK character (rows EA-ED) is left unchanged."""
    text = head + rare + tail
    assert fix_mojibake(text) == text


@pytest.mark.parametrize("text", ["ひらがなとカタカナの練習", "「学びの保障」に関する通知", "ヨ鏉銆"])
def test_kana_in_clean_text_kept(text: str) -> None:
    assert fix_mojibake(text) == text


@pytest.mark.parametrize(
    "original",
    ["✅报名成功 ❌资料不全", "⚠️注意：明日有暴雨", "★重要通知★期末考试安排"],
)
def test_utf8_as_gbk_with_symbols_used_as_emoji(original: str) -> None:
    """UTF-8 read as GBK around the symbols of the older blocks (U+2600-U+27BF) that pages use
    as emoji (✅ ❌ ⚠ ☀): they cost what an emoji costs, a rare Han character, where they cost
    twice that and a short title with two was left."""
    damaged = original.encode().decode("gbk", "replace")
    assert mojibake_score(fix_mojibake(damaged), original) == (True, 0)


@pytest.mark.parametrize("text", ["✅已完成 ❌未完成", "¡Hola! ¿Qué tal? ½ ¼", "☆★♀♂ 星级评定"])
def test_symbols_used_as_emoji_in_clean_text_kept(text: str) -> None:
    assert fix_mojibake(text) == text


@pytest.mark.parametrize(
    ("original", "span"),
    [
        ("会议要求，坚持问题导向，抓好整改落实。", (5, 9)),  # 坚持 (9D, 81 lost), 问题
        ("各校要把安全放在首位，压实主体责任。", (0, 6)),  # 校 (8F lost)
        ("会上，各地区各部门要认真贯彻落实。", (3, 10)),  # 各 各 要 (8F, 8F, 81 lost)
    ],
)
def test_utf8_as_cp1252_with_holes_in_a_clean_line(original: str, span: tuple[int, int]) -> None:
    """Characters of a clean line read as cp1252 by a decoder that wrote U+FFFD for the five
    bytes cp1252 lacks (81 8D 8F 90 9D: UTF-8 continuation bytes): a character with such a hole
    is whole in shape and one mark, the others come back; before, a line with U+FFFD was left
    to the stages that weigh what a marked byte was, and none read this one."""
    a, b = span
    damaged = original[:a] + original[a:b].encode().decode("cp1252", "replace") + original[b:]
    assert MARKER in damaged
    out = fix_mojibake(damaged)
    assert mojibake_score(out, original) == (True, 0), out
    assert out.count(MARKER) == damaged.count(MARKER), out


@pytest.mark.parametrize("text", ["Café\ufffd au lait", "naïve\ufffd résumé", "â€\ufffd双减â€\ufffd"])
def test_cp1252_holes_without_a_han_character_left(text: str) -> None:
    """A U+FFFD after a Latin-1 letter with no Chinese read whole on the line is no evidence."""
    assert fix_mojibake(text) == text


@pytest.mark.parametrize("original", ["主持人：张晓 王喆", "联络员：何平 孙喆"])
def test_a_two_character_name_with_a_rare_one_in_a_damaged_line(original: str) -> None:
    """UTF-8 read as GBK: a name of two characters, one of them rare (喆), alone after a blank
    in a line whose other damage was repaired, reads as a repair too; before, a reading with
    a rare character in every four was refused however damaged the line."""
    out = fix_mojibake(original.encode().decode("gbk", "replace"))
    assert out == original


def test_rare_clean_words_in_a_damaged_line_stay() -> None:
    """The damaged line's looser share of rare characters reads runs of damage, not clean rare
    words beside them."""
    text = "通知".encode().decode("gbk") + " 犇羴鱻 骉龘 涓涓"
    assert fix_mojibake(text) == "通知 犇羴鱻 骉龘 涓涓"


@pytest.mark.parametrize("errors", ["replace", "ignore"])
@pytest.mark.parametrize("original", ["欢迎新同学", "请准时参加", "新同学"])
def test_a_record_cut_inside_its_last_character(original: str, errors: str) -> None:
    """UTF-8 read as GBK after the record lost the last byte of its last character, which
    leaves no U+FFFD (its two bytes are a GBK character): the characters before it come back
    and it is one mark; before, the mark's cost outweighed what a short record gained, and the
    record was left as mojibake."""
    damaged = original.encode()[:-1].decode("gbk", errors)
    assert MARKER not in damaged
    assert fix_mojibake(damaged) == original[:-1] + MARKER


@pytest.mark.parametrize("original", ["欢迎光临！", "报名截止！请抓紧", "会议要求坚持问题导向"])
def test_utf8_as_latin1_then_cp1252_with_holes(original: str) -> None:
    """UTF-8 read as Latin-1, that text's UTF-8 read as cp1252 by a decoder that wrote U+FFFD
    for the bytes cp1252 lacks: ftfy reads both layers and leaves a character of the inner
    one that lost such a byte as its Latin letters and the hole (ï¼ and U+FFFD for ！); when
    nothing else of the line is left as Latin, each such character is one mark. Before, the
    letters stayed."""
    damaged = original.encode().decode("latin-1").encode().decode("cp1252", "replace")
    assert MARKER in damaged
    out = fix_mojibake(damaged)
    assert mojibake_score(out, original) == (True, 0), out


@pytest.mark.parametrize(
    ("original", "want"),
    [
        ("获奖学生：李𫓧", "获奖学生：李𫓧"),
        ("李𫓧获奖", "李𫓧获\ufffd"),  # (奖's last byte lost to the decoder: marked)
        ("李𫓧同学获奖", "李𫓧同学获\ufffd"),
        ("获奖：𬳵同学", "获奖：𬳵同\ufffd"),
    ],
)
def test_a_character_past_the_bmp_read_whole_is_repaired(original: str, want: str) -> None:
    """UTF-8 read as GBK where a character of the supplementary planes (a name's 𫓧, U+2B4E7)
    kept its four bytes: the reading was refused, its one rare character over the share a
    short repair may hold; four UTF-8 bytes of the right shape are no accident, so such a
    character is out of that share (still counted as rare in the comparison)."""
    damaged = original.encode().decode("gbk", "replace")
    assert fix_mojibake(damaged) == want


@pytest.mark.parametrize("text", ["皤摟", "馃憤", "学校皤啊工作", "他说皤啊很好。"])
def test_four_byte_shapes_alone_or_in_clean_text_stay(text: str) -> None:
    """Two GBK characters whose bytes are a four-byte UTF-8 sequence, alone (𫓧 or 👍 read as
    GBK with nothing around) or in clean text, stay: no gain clear enough."""
    assert fix_mojibake(text) == text


@pytest.mark.parametrize(
    "original",
    ["✓ 已完成报名", "德国Straße小学", "• 报名须知", "报名—须知™", "外籍教师：Señor García"],
)
def test_gb18030_four_byte_letters_and_symbols_read_as_latin1(original: str) -> None:
    # a letter or symbol GBK lacks is four GB18030 bytes: read in a GBK-damaged line, or alone
    # where it starts with the C1 control 0x81
    damaged = original.encode("gb18030").decode("latin-1")
    assert fix_mojibake(damaged) == original


@pytest.mark.parametrize("text", ["Größe 3Ä4Ö5 mm", "Ä1Ö2 test", "\x816¦1", "a\x816¦1b"])
def test_four_byte_shapes_in_latin_text_stay(text: str) -> None:
    assert fix_mojibake(text) == text


@pytest.mark.parametrize("original", ["沙田區學校嘅活動", "香港中文大學與深水埗區學校合作", "屯門區中學：㗎啲學生"])
@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_big5_hkscs_read_as_latin1(original: str, codec: str) -> None:
    data = original.encode("big5hkscs")
    damaged = w1252(data) if codec == "cp1252" else data.decode(codec)
    assert fix_mojibake(damaged) == original


@pytest.mark.parametrize("text", ["!Y75™¥À×”http://a.cn/x_y", "»¥À×”h", "•³ª©\xa0½"])
def test_latin1_symbols_are_no_big5_hkscs_run(text: str) -> None:
    # a few Latin-1 symbols with a C1 lead byte (™ is 0x99 in cp1252) decode as two Big5 characters and
    # a Hong Kong one, taking the next ASCII letter as a trail byte: too few Big5 characters to judge
    assert fix_mojibake(text) == text


@pytest.mark.parametrize("original", ["教育局通知", "附件：课程安排表", "中国", "臺北市學校"])
@pytest.mark.parametrize("outer", ["latin-1", "cp1252"])
def test_gbk_or_big5_as_latin1_then_utf8_as_latin1_again(original: str, outer: str) -> None:
    # the outer UTF-8 layer is undone first, not read as GBK itself
    inner = "big5" if "臺" in original else "gbk"
    once = original.encode(inner).decode("latin-1")
    damaged = w1252(once.encode()) if outer == "cp1252" else once.encode().decode("latin-1")
    assert fix_mojibake(damaged) == original
