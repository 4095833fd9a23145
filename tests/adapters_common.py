"""Helpers shared by the adapter tests (test_frame, test_hf, test_datatrove, test_spark): the
bundled example, real corpus pages, and every tabular field computed from clean() directly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import govtext
from govtext import Config, frame
from govtext.cli import example_path


def example_texts() -> list[str]:
    with open(example_path(), encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def expected_row(text: str, config: Config | None = None) -> dict[str, Any]:
    """Every field computed here from clean() directly, not through govtext.frame."""
    r = govtext.clean(text, config)
    d = r.to_dict()
    del d["text"]
    rules: dict[str, int] = {}
    for x in r.dropped:
        rules[x.rule] = rules.get(x.rule, 0) + 1
    return {
        "text": r.text, "dropped": len(r.dropped), "dropped_by_rule": rules,
        "lines_changed": {k: v["lines"] for k, v in d["steps"].items() if v["lines"]},
        "meta": r.meta, "info": d, "dropped_lines": d["dropped"], "steps": d["steps"],
        "numbers": d["numbers"], "signals": d["signals"], "outline": d["outline"],
        "document": d["document"], "dropped_share": r.signals["dropped_share"],
        "traditional_share": r.signals["traditional_share"],
        "pseudo_original": r.signals["pseudo_original"],
    }


def decoded(row: dict[str, Any], prefix: str = "govtext_") -> dict[str, Any]:
    out = {}
    for col, v in row.items():
        f = col[len(prefix):]
        out[f] = json.loads(v) if frame.FIELDS[f] == "json" and v is not None else v
    return out


def corpus_pages(shared: Path, n: int = 10) -> list[str]:
    pages = []
    for d in ("real-pages-labelled", "generalnewsextractor-testpages/text", "official-docs"):
        pages += [p.read_text(encoding="utf-8") for p in sorted((shared / "corpus" / d).glob("*.txt"))[:n]]
    return pages


def example_records() -> list[dict[str, Any]]:
    with open(example_path(), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]
