"""Session 41's hygiene classes (MJ41): the marks of a Latin title or quotation inside Chinese
title marks are the title's (s41's blind #20, #21)."""

from __future__ import annotations

import pytest

from govtext import fix_punctuation_width, normalize


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
