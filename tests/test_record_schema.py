"""The record ``govtext clean`` writes has one shape, described by docs/record-schema.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given

from govtext import Config, clean
from govtext.cli import example_path

from strategies import mixed_text

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "record-schema.json").read_text(encoding="utf-8"))
CONFIGS = [None, Config(outline=False, find_numbers=False, document=False, drop_spam=False),
           Config(numbers_to_digits=True, lossy="mark")]


def check(d: dict) -> None:  # type: ignore[type-arg]
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(json.loads(json.dumps(d, ensure_ascii=False)), SCHEMA)
    assert set(d) == set(SCHEMA["properties"])  # every key, always; no undocumented one


def test_example_crawl_records_match_the_schema() -> None:
    with open(example_path(), encoding="utf-8") as f:
        for line in f:
            for c in CONFIGS:
                check(clean(json.loads(line)["text"], c).to_dict())


@pytest.mark.parametrize("text", ["", " ", "\n\n", "x", "一、总则\n第一条"])
def test_degenerate_texts_match_the_schema(text: str) -> None:
    for c in CONFIGS:
        check(clean(text, c).to_dict())


@given(mixed_text)
def test_any_text_matches_the_schema(text: str) -> None:
    check(clean(text).to_dict())


@pytest.mark.corpus
def test_corpus_records_match_the_schema(shared: Path) -> None:
    path = shared / "corpus" / "china-provincial-gov-reports-2026" / "provincial_gov_reports_2026.jsonl"
    with open(path, encoding="utf-8") as f:
        for line in list(f)[:5]:
            rec = json.loads(line)
            check(clean(next(v for v in rec.values() if isinstance(v, str) and len(v) > 200)).to_dict())
