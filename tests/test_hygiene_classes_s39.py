"""Session 39's hygiene class (MJ39), found by its blind set: blanks around a Chinese ellipsis."""

from __future__ import annotations

import pytest

from govtext import fix_cjk_spacing, normalize


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("等等 …… 各项工作", "等等……各项工作"),
        ("他停了一下 … 又说", "他停了一下…又说"),
        ("“好 ……” 他说", "“好……”他说"),
    ],
)
def test_blanks_around_an_ellipsis_between_chinese_go(text: str, fixed: str) -> None:
    assert fix_cjk_spacing(text) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "第一章 总则 ………… 1",  # the leaders of a table of contents
        "让每一所学校都有好老师 ……………… 林某（1）",
        "总则 ……… 附则",
        "Wait … ok",  # Latin on both sides
        "共 5 … 8 人",
        # a digit beyond (a table of contents' page), one side's blank only, a column's gap
        "第一章 总则 …… 1",
        "原创 … 2026年",
        "等等 ……各项",
        "…的通…    教育厅",
        "时间：……  地点：……",
        "语文、数学 ……  英语",
    ],
)
def test_leaders_and_latin_ellipses_keep_their_blanks(text: str) -> None:
    assert fix_cjk_spacing(text) == text


def test_ellipsis_spacing_in_normalize_is_idempotent() -> None:
    once = normalize("各学校要做好安全、卫生 …… 等工作。\n第一章 总则 ………… 1")
    assert once == "各学校要做好安全、卫生……等工作。\n第一章 总则 ………… 1"
    assert normalize(once) == once
