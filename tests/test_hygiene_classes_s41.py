"""Session 41's hygiene classes (MJ41): the marks of a Latin title or quotation inside Chinese
title marks are the title's (s41's blind #20, #21); an ellipsis before a term of address and a
greeting is a pause in speech, not a form's blank for a name (s40's leftover)."""

from __future__ import annotations

import pytest

from govtext import fix_cjk_spacing, fix_punctuation_width, normalize


@pytest.mark.parametrize(
    "text",
    [
        "推荐阅读《Gone with the Wind!》一书",
        "他写了《Why Study?》这篇文章",
        "「Good luck!」是她的口头禅",
        "影片《Run, Lola, Run!?》上映",
        "节目『Happy New Year!』播出",
    ],
)
def test_a_latin_titles_marks_stay(text: str) -> None:
    assert fix_punctuation_width(text) == text
    assert normalize(text) == text


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("学校《章程》!", "学校《章程》！"),  # after the title: Chinese context
        ("学会使用Excel!然后", "学会使用Excel！然后"),  # no closing mark after it
        ("请阅读《课程标准:语文》", "请阅读《课程标准：语文》"),  # a Chinese title's own colon
        ("会议「Notice」!请", "会议「Notice」！请"),
    ],
)
def test_marks_outside_a_latin_title_widen(text: str, fixed: str) -> None:
    assert fix_punctuation_width(text) == fixed


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("他说 …… 老师好", "他说……老师好"),
        ("大家 …… 同学好！", "大家……同学好！"),
        ("嗯 … 先生好", "嗯…先生好"),
    ],
)
def test_an_ellipsis_before_a_greeting_is_joined(text: str, fixed: str) -> None:
    assert fix_cjk_spacing(text) == fixed


@pytest.mark.parametrize("text", ["本人 …… 同志", "特邀 …… 先生出席", "兹有 …… 老师参加培训"])
def test_a_forms_blank_for_a_name_keeps_its_blanks(text: str) -> None:
    assert fix_cjk_spacing(text) == text


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # a Chinese quotation holding a Latin word: its marks are Chinese text's (review FXM41)
        ("「你好,Tom!」他说。", "「你好，Tom！」他说。"),
        ("《你好,World!》一书", "《你好，World！》一书"),
        ("《A》x!》中", "《A》x！》中"),  # the title closed before the marks
    ],
)
def test_marks_after_han_inside_title_marks_widen(text: str, fixed: str) -> None:
    assert fix_punctuation_width(text) == fixed


@pytest.mark.parametrize("text", ["《Python 3!》一书", "《Hi!!!!》一书", "《Hi!!!》一书", "「OK?!」他说"])
def test_a_latin_titles_marks_stay_after_digits_and_many_marks(text: str) -> None:
    # no Han between the opening mark and the marks: the title's, however many
    assert fix_punctuation_width(text) == text


@pytest.mark.parametrize("text", ["张 …… 老师好久不见。", "各位 …… 先生好坏不分。", "他说 …… 同学好像没来"])
def test_a_name_blank_before_a_word_with_hao_keeps_its_blanks(text: str) -> None:
    # 好 is a greeting only where the greeting ends (好！, 好，), not in 好久, 好像, 好坏
    assert fix_cjk_spacing(text) == text


@pytest.mark.parametrize(("text", "fixed"), [("《:》", "《：》"), ("通知「!」", "通知「！」")])
def test_marks_alone_inside_title_marks_widen(text: str, fixed: str) -> None:
    # no Latin letter or digit before them: Chinese punctuation's marks
    assert fix_punctuation_width(text) == fixed


def test_latin_title_marks_on_one_long_line_stay_linear() -> None:
    # Each run of marks looked back to the line's start for an opening mark: quadratic.
    from linear_common import assert_linear

    piece = "《中a!》"
    assert_linear(lambda n: fix_punctuation_width(piece * n), 5000, 20000, label=piece)


def test_a_latin_titles_opening_mark_is_looked_for_nearby() -> None:
    # The marks of a short Latin title stay after a long line; a title mark far back does not count.
    assert fix_punctuation_width("中" * 300 + "《Hello, World!》") == "中" * 300 + "《Hello, World!》"
    assert fix_punctuation_width("「" + "a" * 100 + "!」中") == "「" + "a" * 100 + "！」中"
