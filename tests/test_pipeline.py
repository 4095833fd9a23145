"""The pipeline contract: types, config validation, clean() == normalize(), reports."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given

import govtext
from govtext import Config, clean, normalize

from strategies import any_text, chinese_text, mixed_text

PUBLIC = [
    "normalize", "clean", "Config", "Result", "fix_mojibake", "strip_ruby", "to_simplified",
    "find_numbers", "parse_number", "numbers_to_digits", "split_outline", "classify_lines",
    "drop_spam_lines",
]


@pytest.mark.parametrize("name", PUBLIC)
def test_public_names_import(name: str) -> None:
    assert hasattr(govtext, name)


def test_version() -> None:
    assert isinstance(govtext.__version__, str) and govtext.__version__.count(".") == 2


@pytest.mark.parametrize("bad", [None, b"\xe4\xb8\xad", 3, ["a"]])
def test_non_str_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="expects str"):
        normalize(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="expects str"):
        clean(bad)  # type: ignore[arg-type]


def test_empty() -> None:
    assert normalize("") == ""
    r = clean("")
    assert r.text == "" and r.dropped == []


def test_non_chinese_passes_through() -> None:
    s = "The quick brown fox, 2024-01-01: 3.5% (approx)!\nSecond line?"
    assert normalize(s) == s


def test_latin1_mojibake_repaired_in_non_chinese() -> None:
    assert normalize("cafÃ© au lait") == "café au lait"


def test_config_is_frozen() -> None:
    c = Config()
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.strip_ruby = False  # type: ignore[misc]


@pytest.mark.parametrize(
    "kwargs, field",
    [({"strip_ruby": "yes"}, "strip_ruby"), ({"lossy": "fix"}, "lossy"), ({"t2s_config": "s2t"}, "t2s_config")],
)
def test_config_invalid_values_name_the_field(kwargs: dict, field: str) -> None:
    with pytest.raises(ValueError, match=f"Config.{field}"):
        Config(**kwargs)


def test_config_wrong_type() -> None:
    with pytest.raises(TypeError):
        normalize("x", config={"strip_ruby": False})  # type: ignore[arg-type]


def test_steps_can_be_switched_off() -> None:
    s = "您當(dāng)前的位置"
    assert normalize(s, Config(to_simplified=False)) == "您當前的位置"
    assert normalize(s, Config(strip_ruby=False, to_simplified=False)) == s


def test_every_step_is_a_config_field() -> None:
    names = {f.name for f in dataclasses.fields(Config)}
    assert set(govtext.STEPS) <= names


def test_clean_reports_steps_and_drops() -> None:
    text = "市教委發(fā)布通知\n版權(quán)所有 京ICP备00000000号"
    r = clean(text)
    assert "发布通知" in r.text
    assert r.dropped and r.dropped[0].rule
    assert r.dropped_by_rule
    changed = {s.step: s for s in r.steps}
    assert changed["strip_ruby"].chars_changed >= 5
    assert changed["to_simplified"].lines_changed >= 1
    d = r.to_dict()
    assert d["text"] == r.text and d["dropped"][0]["rule"] == r.dropped[0].rule


def test_explain_lists_changed_lines() -> None:
    r = clean("第一行\n教育質量", explain=True)
    t2s = next(s for s in r.steps if s.step == "to_simplified")
    assert t2s.changes == ((1, "教育質量", "教育质量"),)


@given(mixed_text)
def test_normalize_idempotent(s: str) -> None:
    once = normalize(s)
    assert normalize(once) == once


@given(any_text)
def test_never_raises_on_any_str(s: str) -> None:
    assert isinstance(normalize(s), str)


@given(mixed_text)
def test_clean_text_equals_normalize(s: str) -> None:
    assert clean(s).text == normalize(s)


@given(chinese_text)
def test_clean_simplified_chinese_kept(s: str) -> None:
    # Clean simplified prose with full-width punctuation: no step may change it.
    out = normalize(s, Config(drop_spam=False))
    assert out == s
