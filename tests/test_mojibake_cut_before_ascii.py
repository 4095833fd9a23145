"""A run of UTF-8 read as GBK whose last character was cut, followed by an ASCII byte that no GBK
or Big5 lead byte pairs with (a digit, a blank, "<", ASCII punctuation): that byte ends the run
as the end of the line does, so the cut character is judged as at the line's end (marked, the
rest repaired), and a stop widened after it reads the same way (session 39)."""

from __future__ import annotations

import pytest

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
