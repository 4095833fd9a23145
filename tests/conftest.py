"""Shared fixtures. Tests marked ``corpus`` read ../shared and skip when it is absent.

Hypothesis profiles: ``default`` (100 examples, random seed), ``ci`` (200 examples, derandomized;
chosen when ``CI`` is set) and ``fuzz``, local only, to look for the counterexamples a random CI
seed may find one day: ``GOVTEXT_HYPOTHESIS_PROFILE=fuzz`` gives 2000 examples per test (or
``GOVTEXT_FUZZ_EXAMPLES``; a test's own smaller ``@settings(max_examples=N)`` is raised to it too),
no deadline and no example database, so each seed is a fresh search. One file at a time, e.g.
``GOVTEXT_HYPOTHESIS_PROFILE=fuzz PYTHONPATH=src python -m pytest tests/test_idempotence.py
--hypothesis-seed=3`` (minutes per file at 2000 examples).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("GOVTEXT_SHARED", ROOT.parent / "shared"))

# Worker processes started by the frameworks under test (Spark's Python workers, datatrove's
# forkserver) may run in another directory: a relative PYTHONPATH (PYTHONPATH=src) must not make
# them import another govtext than this one.
if os.environ.get("PYTHONPATH"):
    os.environ["PYTHONPATH"] = os.pathsep.join(
        os.path.abspath(p) for p in os.environ["PYTHONPATH"].split(os.pathsep) if p
    )

settings.register_profile(
    "default", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=100
)
settings.register_profile(
    "ci", deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow], max_examples=200
)
settings.register_profile(
    "fuzz",
    deadline=None,
    suppress_health_check=list(HealthCheck),
    max_examples=int(os.environ.get("GOVTEXT_FUZZ_EXAMPLES", "2000")),
    database=None,
)
settings.load_profile(
    os.environ.get("GOVTEXT_HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "default")
)


def _fuzz_explicit_settings(items: list[pytest.Item]) -> None:
    """Under the fuzz profile, a test's own ``@settings(max_examples=...)`` is raised to the
    profile's count too (hypothesis reads the settings it stores on the test when it runs)."""
    fuzz = settings.get_profile("fuzz").max_examples
    for item in items:
        test = getattr(getattr(item, "obj", None), "hypothesis", None)
        inner = getattr(test, "inner_test", None)
        own = getattr(item.obj, "_hypothesis_internal_use_settings", None) if inner else None
        if own is not None and own.max_examples < fuzz:
            item.obj._hypothesis_internal_use_settings = settings(own, max_examples=fuzz)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("GOVTEXT_HYPOTHESIS_PROFILE") == "fuzz":
        _fuzz_explicit_settings(items)
    if SHARED.is_dir():
        return
    skip = pytest.mark.skip(reason=f"corpus not found at {SHARED} (set GOVTEXT_SHARED)")
    for item in items:
        if "corpus" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def shared() -> Path:
    """Path of ../shared (seeds and corpus)."""
    return SHARED


@pytest.fixture(scope="session")
def seeds(shared: Path) -> dict[str, str]:
    """The five crawled seed pages, by file name."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((shared / "seeds").glob("*.txt"))}
