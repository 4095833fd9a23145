"""Inputs for the micro-benchmarks: generated pages (seeded), never the shared corpus."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
for p in (ROOT, ROOT / "src"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

SIZE = 200_000  # bytes of page text per input: big enough to time, small enough to be quick


@pytest.fixture(scope="session")
def crawl_text() -> str:
    from benchmarks.corpus import make_docs

    return "\n".join(make_docs(SIZE, seed=11, kind="crawl"))


@pytest.fixture(scope="session")
def clean_text() -> str:
    from benchmarks.corpus import make_docs

    return "\n".join(make_docs(SIZE, seed=11, kind="clean"))


@pytest.fixture(scope="session")
def traditional_text() -> str:
    from benchmarks.corpus import make_docs

    return "\n".join(make_docs(SIZE, seed=11, kind="traditional"))


@pytest.fixture(scope="session")
def damaged_text() -> str:
    from benchmarks.corpus import make_docs

    return "\n".join(make_docs(SIZE, seed=11, kind="damaged"))
