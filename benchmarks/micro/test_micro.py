"""Micro-benchmarks of the hot functions, one call on ~200 KB of generated text each.

Run: ``PYTHONPATH=src python -m pytest benchmarks/micro -m benchmark`` (add
``--benchmark-json=out.json`` to save). They are marked ``benchmark`` and live outside
``tests/``, so the default test run never collects them. The regex scan is the floor to
compare against; the suite's ratios are in ``python -m benchmarks``.
"""

from __future__ import annotations

import collections
import re

import pytest
import regex

import govtext

pytest.importorskip("pytest_benchmark")
pytestmark = pytest.mark.benchmark

FUNCS = (
    "fix_mojibake", "strip_ruby", "normalize_whitespace", "fix_cjk_spacing",
    "fix_punctuation_width", "restore_lost_quotes", "to_simplified", "find_numbers",
    "numbers_to_digits", "split_outline", "classify_lines", "normalize", "clean",
)


def _floor(text: str) -> None:
    collections.deque(regex.finditer(r"[\u4e00-\u9fff]+", text), maxlen=0)


@pytest.mark.parametrize("name", FUNCS)
def test_crawl(benchmark, crawl_text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    fn = getattr(govtext, name)
    fn(crawl_text[:2000])  # compile lazy tables outside the timing
    benchmark.group = "crawl pages"
    benchmark(fn, crawl_text)


def test_crawl_floor(benchmark, crawl_text: str) -> None:  # type: ignore[no-untyped-def]
    benchmark.group = "crawl pages"
    benchmark(_floor, crawl_text)


@pytest.mark.parametrize("name", ("fix_mojibake", "to_simplified", "normalize"))
def test_clean_fast_paths(benchmark, clean_text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    fn = getattr(govtext, name)
    fn(clean_text[:2000])
    benchmark.group = "clean pages (fast paths)"
    assert fn(clean_text) is not None
    benchmark(fn, clean_text)


def test_clean_floor(benchmark, clean_text: str) -> None:  # type: ignore[no-untyped-def]
    benchmark.group = "clean pages (fast paths)"
    benchmark(_floor, clean_text)


def test_clean_search_nothing(benchmark, clean_text: str) -> None:  # type: ignore[no-untyped-def]
    pat = re.compile(r"[\ue000-\uf8ff]")
    benchmark.group = "clean pages (fast paths)"
    assert benchmark(pat.search, clean_text) is None


def test_traditional_t2s(benchmark, traditional_text: str) -> None:  # type: ignore[no-untyped-def]
    govtext.to_simplified(traditional_text[:2000])
    benchmark.group = "traditional text"
    benchmark(govtext.to_simplified, traditional_text)


def test_traditional_opencc_binding(benchmark, traditional_text: str) -> None:  # type: ignore[no-untyped-def]
    opencc = pytest.importorskip("opencc")
    cc = opencc.OpenCC("t2s")
    benchmark.group = "traditional text"
    benchmark(cc.convert, traditional_text)


def test_damaged_mojibake(benchmark, damaged_text: str) -> None:  # type: ignore[no-untyped-def]
    govtext.fix_mojibake(damaged_text[:2000])
    benchmark.group = "damaged pages"
    benchmark(govtext.fix_mojibake, damaged_text)


def test_damaged_ftfy(benchmark, damaged_text: str) -> None:  # type: ignore[no-untyped-def]
    ftfy = pytest.importorskip("ftfy")
    benchmark.group = "damaged pages"
    benchmark(ftfy.fix_text, damaged_text)
