"""strip_ruby and the hygiene steps on the crawled seed pages (../shared/seeds)."""

from __future__ import annotations

import re
import unicodedata

import pytest

from govtext.hygiene import (
    fix_cjk_spacing,
    fix_punctuation_width,
    normalize_whitespace,
    restore_lost_quotes,
)
from govtext.ruby import strip_ruby

pytestmark = pytest.mark.corpus

pypinyin = pytest.importorskip("pypinyin")

# Any bracket after a Han character, with up to 12 characters inside (plain `re`).
BRACKET_AFTER_HAN = re.compile(r"(?<=[\u3400-\u9fff\uf900-\ufaff])[(（]([^()（）\n]{1,12})[)）]")
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
TONED_BRACKET = re.compile(rf"(.)[(（][a-zü]*[{TONED}][a-zü]*[)）]")


def independent_strip(text: str) -> tuple[str, int]:
    """Delete every bracket after a Han character that holds one of its readings.

    The readings come from pypinyin's dictionary, not from govtext's syllable table.
    """
    out = []
    pos = 0
    n = 0
    for m in BRACKET_AFTER_HAN.finditer(text):
        char = text[m.start() - 1]
        reading = unicodedata.normalize("NFC", m.group(1))
        heteronyms = pypinyin.pinyin(char, style=pypinyin.Style.TONE, heteronym=True)[0]
        if reading in heteronyms:
            out.append(text[pos : m.start()])
            pos = m.end()
            n += 1
    out.append(text[pos:])
    return "".join(out), n


def test_seed_annotations_removed_and_nothing_else(seeds: dict[str, str]) -> None:
    removed = {}
    for name, text in seeds.items():
        expected, n = independent_strip(text)
        assert strip_ruby(text) == expected, name
        removed[name] = n
    # The three pinyin-annotated pages really had annotations; the others had none.
    annotated = {k for k, v in removed.items() if v}
    assert len(annotated) == 3
    assert all(removed[k] > 100 for k in annotated)


def test_no_toned_annotation_left_after_han(seeds: dict[str, str]) -> None:
    for name, text in seeds.items():
        out = strip_ruby(text)
        for m in TONED_BRACKET.finditer(out):
            # Only annotations whose base character was destroyed by mojibake remain
            # (fix_mojibake runs before strip_ruby in the pipeline).
            assert not re.match(r"[\u3400-\u9fff]", m.group(1)), (name, m.group())


def _hygiene(text: str) -> str:
    text = normalize_whitespace(strip_ruby(text))
    text = fix_cjk_spacing(text)
    text = fix_punctuation_width(text)
    return restore_lost_quotes(text)


def test_hygiene_on_seeds_is_idempotent(seeds: dict[str, str]) -> None:
    for name, text in seeds.items():
        once = _hygiene(text)
        assert _hygiene(once) == once, name


def test_spacing_on_seeds_removes_only_blanks(seeds: dict[str, str]) -> None:
    joined = 0
    for text in seeds.values():
        text = normalize_whitespace(strip_ruby(text))
        out = fix_cjk_spacing(text)
        assert out.replace(" ", "") == text.replace(" ", "")
        joined += len(text) - len(out)
        # No number left with a blank on one side only before a Han character.
        assert not re.search(r"(?<![\sA-Za-z0-9\-.,:/])\d[\d.,:/—-]* [\u4e00-\u9fff]", out)
    assert joined > 20


def test_lost_quotes_on_seeds(seeds: dict[str, str]) -> None:
    restored = 0
    for text in seeds.values():
        before = fix_punctuation_width(normalize_whitespace(strip_ruby(text)))
        after = restore_lost_quotes(before)
        assert len(after) == len(before)
        restored += after.count("《") - before.count("《")
        # Every restored pair closes on the same line.
        for old, new in zip(before.split("\n"), after.split("\n")):
            assert new.count("《") - old.count("《") == new.count("》") - old.count("》")
    assert restored >= 5
