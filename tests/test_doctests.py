"""Every docstring example in the package runs (so the API docs cannot drift)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import govtext

SKIP = {"govtext.__main__", "govtext.dask", "govtext.frame", "govtext.hf",
        "govtext.datatrove"}  # optional frameworks: their own tests
MODULES = sorted(
    m.name for m in pkgutil.walk_packages(govtext.__path__, "govtext.") if m.name not in SKIP
)


@pytest.mark.parametrize("name", ["govtext", *MODULES])
def test_docstring_examples(name: str) -> None:
    mod = importlib.import_module(name)
    res = doctest.testmod(mod, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert res.failed == 0, f"{res.failed} doctest failures in {name}"
