"""Session 40's hygiene class (MJ40): an ellipsis that stands for a name to fill in a form keeps
its blanks (a leftover of s39's ellipsis rule)."""

from __future__ import annotations

import pytest

from govtext import fix_cjk_spacing, normalize


@pytest.mark.parametrize(
    "text",
    [
        "本人 …… 同志",
        "兹有我校 …… 同学参加比赛",
        "经研究，同意 … 老师调入",
        "特邀 …… 先生出席",
    ],
)
def test_a_name_to_fill_keeps_its_blanks(text: str) -> None:
    assert fix_cjk_spacing(text) == text


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("等等 …… 各项工作", "等等……各项工作"),
        ("各位同志 …… 大家好", "各位同志……大家好"),  # the address before the ellipsis
        ("他说 …… 同意", "他说……同意"),  # 同 alone, no address term
    ],
)
def test_other_ellipses_between_chinese_still_join(text: str, fixed: str) -> None:
    assert fix_cjk_spacing(text) == fixed


def test_a_name_to_fill_in_normalize_is_idempotent() -> None:
    once = normalize("兹证明 …… 同志系我单位职工。")
    assert once == "兹证明 …… 同志系我单位职工。"
    assert normalize(once) == once


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("等等 …… 先生产后销售", "等等……先生产后销售"),  # an enumeration's 等 before: no form
        ("学生、家长等等 …… 同学们要注意", "学生、家长等等……同学们要注意"),
        ("请大家注意 …… 老师们辛苦了", "请大家注意……老师们辛苦了"),  # a plural: a group, no name
    ],
)
def test_a_term_of_address_no_name_blank_is_before_joins(text: str, fixed: str) -> None:
    assert fix_cjk_spacing(text) == fixed


@pytest.mark.parametrize("text", ["证明 …… 女士，", "兹介绍 … 同学前来", "本人等 …… 同志们"])
def test_probes_of_the_name_blank_rule(text: str) -> None:
    # a term of address after a blank that no 等 precedes, no plural after: the blanks stay; after
    # 等 and before a plural both, joined
    joined = text.replace(" …… ", "……").replace(" … ", "…")
    assert fix_cjk_spacing(text) == (joined if "等" in text else text)


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        ("、: …！", "、:…！"),  # found by hypothesis: normalize gave "、： …！", then "、：…！"
        ("甲: …… 乙", "甲:……乙"),
        ("附表、: …… 各项", "附表、:……各项"),
    ],
)
def test_an_ascii_mark_the_width_step_widens_is_the_ellipsis_left_side(text: str, spaced: str) -> None:
    # the blanks of an ellipsis after ASCII , : ; ? ! that follows Chinese go as they go once the mark
    # is wide (rule C of fix_cjk_spacing), so normalize reaches its fixed point in one pass
    assert fix_cjk_spacing(text) == spaced
    once = normalize(text)
    assert normalize(once) == once


@pytest.mark.parametrize("text", ["本人: …… 同志", "a: … b", "总则: ……1"])
def test_an_ascii_marks_ellipsis_keeps_what_the_wide_mark_keeps(text: str) -> None:
    assert fix_cjk_spacing(text) == text
    once = normalize(text)
    assert normalize(once) == once
