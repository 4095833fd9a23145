"""Corpus checks of to_simplified against the official OpenCC binding (needs ../shared)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from govtext.script import CONFIGS, is_traditional, script_stats, to_simplified

from strategies import check_opencc_cases

opencc = pytest.importorskip("opencc", reason="the official OpenCC binding is the reference")
OPENCC = {c: opencc.OpenCC(c) for c in CONFIGS}

pytestmark = pytest.mark.corpus


@pytest.mark.parametrize("name", ["testcases.original.json", "testcases.strict.json"])
def test_opencc_testcases(shared: Path, name: str) -> None:
    raw = (shared / "corpus/opencc" / name).read_text(encoding="utf-8")
    assert check_opencc_cases(raw) >= 150


@pytest.mark.parametrize("name", ["pairs_all.tsv", "pairs_to_simplified.tsv"])
def test_opencc_pairs(shared: Path, name: str) -> None:
    with open(shared / "corpus/opencc" / name, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE) if r["config"] in CONFIGS]
    assert len(rows) >= 150
    for r in rows:
        assert to_simplified(r["input"], r["config"]) == r["expected"], r["id"]


def test_opencc_golden(shared: Path) -> None:
    golden = shared / "corpus/opencc/golden"
    simplified = (golden / "us_constitution_zhs.input.txt").read_text(encoding="utf-8")
    for variant in ("s2t", "s2tw", "s2hk"):
        trad = (golden / f"us_constitution_zhs.{variant}.txt").read_text(encoding="utf-8")
        for config in CONFIGS:
            assert to_simplified(trad, config) == OPENCC[config].convert(trad), (variant, config)
    assert to_simplified((golden / "us_constitution_zhs.s2t.txt").read_text(encoding="utf-8")) == simplified


def test_seeds(seeds: dict[str, str]) -> None:
    assert seeds
    for name, text in seeds.items():
        for config in CONFIGS:
            assert to_simplified(text, config) == OPENCC[config].convert(text), (name, config)


@pytest.fixture(scope="module")
def reports(shared: Path) -> str:
    lines = (shared / "corpus/china-provincial-gov-reports-2026/provincial_gov_reports_2026.jsonl").read_text(encoding="utf-8").splitlines()
    return "\n".join(json.loads(line)["full_text"] for line in lines[:12])


@pytest.mark.parametrize("variant", ["s2t", "s2tw", "s2hk", "s2twp"])
def test_reports_round_trip(reports: str, variant: str) -> None:
    text = reports
    trad = opencc.OpenCC(variant).convert(text)
    assert is_traditional(trad) and not is_traditional(text)
    assert script_stats(trad).traditional_share > 0.1
    for config in CONFIGS:
        assert to_simplified(trad, config) == OPENCC[config].convert(trad), (variant, config)
        assert to_simplified(text, config) == OPENCC[config].convert(text), ("simplified", config)


# -- simplify_traditional / the pipeline's script step (Config.script="auto") -----------------


def _simplified_documents(shared: Path) -> list[tuple[str, str]]:
    """The simplified official documents: 2026 provincial reports, laws, State Council documents."""
    corpus = shared / "corpus"
    lines = (corpus / "china-provincial-gov-reports-2026/provincial_gov_reports_2026.jsonl").read_text(encoding="utf-8").splitlines()
    docs = [(json.loads(line)["title"], json.loads(line)["full_text"]) for line in lines]
    docs += [(p.name, p.read_text(encoding="utf-8")) for p in sorted((corpus / "lawrefbook-laws").rglob("*.md"))]
    docs += [(p.name, p.read_text(encoding="utf-8")) for p in sorted((corpus / "official-docs").glob("*.txt"))]
    return docs


def test_script_step_keeps_simplified_documents(shared: Path) -> None:
    from govtext.pipeline import Config, normalize

    docs = _simplified_documents(shared)
    assert len(docs) >= 600
    off = Config(to_simplified=False)
    damaged = 0
    for name, text in docs:
        assert normalize(text) == normalize(text, off), name
        damaged += to_simplified(text) != text
    assert damaged >= 1  # OpenCC itself changes some of them (破坏 → 破坯, 乾县 → 干县, ...)


def test_simplify_traditional_on_traditional_documents(reports: str) -> None:
    from govtext.script import simplify_traditional

    text = reports
    for variant in ("s2t", "s2tw", "s2hk", "s2twp"):
        trad = opencc.OpenCC(variant).convert(text)
        for config in CONFIGS:
            assert simplify_traditional(trad, config) == OPENCC[config].convert(trad), (variant, config)
        assert simplify_traditional(text) == text


def test_simplify_traditional_on_seeds(seeds: dict[str, str]) -> None:
    from govtext.script import plan_script, simplify_traditional

    for name, text in seeds.items():
        plan = plan_script(text)
        for config in CONFIGS:
            out = simplify_traditional(text, config)
            if plan.converted:  # the traditional pages: as OpenCC converts them
                assert out == OPENCC[config].convert(text), (name, config)
            else:  # the simplified ones: unchanged
                assert out == text, (name, config)
