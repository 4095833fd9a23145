"""The between-process table cache: same tables with or without it, safe when it fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext import _diskcache, mojibake, script


@pytest.fixture
def cache_at(tmp_path, monkeypatch):
    monkeypatch.setenv("GOVTEXT_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_built_once_then_read(cache_at):
    calls = []

    def build():
        calls.append(1)
        return {"a": ("b", "c"), "d": frozenset("ef")}

    first = _diskcache.cached("t", ("k",), build)
    second = _diskcache.cached("t", ("k",), build)
    assert first == second == {"a": ("b", "c"), "d": frozenset("ef")}
    assert calls == [1]
    assert len(list(cache_at.glob("t-*.marshal"))) == 1


def test_new_key_new_entry(cache_at):
    assert _diskcache.cached("t", ("k1",), lambda: 1) == 1
    assert _diskcache.cached("t", ("k2",), lambda: 2) == 2
    assert _diskcache.cached("t", ("k1",), lambda: 3) == 1


def test_empty_key_part_is_not_cached(cache_at):
    assert _diskcache.cached("t", ("",), lambda: 1) == 1
    assert _diskcache.cached("t", ("",), lambda: 2) == 2
    assert not list(cache_at.iterdir())


def test_damaged_entry_is_rebuilt(cache_at):
    _diskcache.cached("t", ("k",), lambda: [1, 2])
    (entry,) = cache_at.glob("t-*.marshal")
    entry.write_bytes(b"\xff\x00garbage")
    assert _diskcache.cached("t", ("k",), lambda: [3]) == [3]
    assert _diskcache.cached("t", ("k",), lambda: [4]) == [3]  # the rebuilt entry was stored


def test_unwritable_directory_falls_back(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("GOVTEXT_CACHE_DIR", str(blocker / "sub"))  # cannot be created
    assert _diskcache.cached("t", ("k",), lambda: "built") == "built"


def test_switched_off(monkeypatch, tmp_path):
    monkeypatch.setenv("GOVTEXT_CACHE_DIR", "")
    assert _diskcache.cache_dir() is None
    calls = []
    for _ in range(2):
        _diskcache.cached("t", ("k",), lambda: calls.append(1))
    assert calls == [1, 1]


def test_source_key_follows_the_file(tmp_path):
    f = tmp_path / "m.py"
    f.write_text("a = 1\n")
    k1 = _diskcache.source_key(str(f))
    f.write_text("a = 2\n")
    assert _diskcache.source_key(str(f)) not in ("", k1)
    assert _diskcache.source_key(str(tmp_path / "absent.py")) == ""
    assert _diskcache.source_key(None) == ""


@settings(max_examples=30, deadline=None)
@given(st.dictionaries(st.text(max_size=5), st.tuples(st.text(max_size=5), st.integers())))
def test_any_plain_table_round_trips(tmp_path_factory, table):
    folder = tmp_path_factory.mktemp("c")
    old = os.environ.get("GOVTEXT_CACHE_DIR")
    os.environ["GOVTEXT_CACHE_DIR"] = str(folder)
    try:
        _diskcache.cached("t", ("k",), lambda: table)
        assert _diskcache.cached("t", ("k",), lambda: None) == table
    finally:
        if old is None:
            del os.environ["GOVTEXT_CACHE_DIR"]
        else:
            os.environ["GOVTEXT_CACHE_DIR"] = old


def test_cached_tables_equal_the_built_ones(cache_at):
    """The tables the library caches, read back, are the ones it builds."""
    assert script._simplified_chars() == script.simplified_chars()
    assert script._traditional_chars() == script.traditional_chars()
    for codec, euro in (("gb18030", True), ("cp950", False)):
        key = (_diskcache.source_key(mojibake.__file__),)
        built = mojibake._codec_classes(codec, euro)
        _diskcache.cached(f"codec-{codec}-{euro}", key, lambda b=built: b)
        assert _diskcache.cached(f"codec-{codec}-{euro}", key, lambda: None) == built


def test_fresh_process_with_cache_gives_the_same_text(tmp_path):
    """A process that builds the tables and one that reads them normalise alike."""
    text = "教育質量提升，鍥栭檯2022 年\u3000\u3000發展"
    code = "import sys, govtext; sys.stdout.write(govtext.normalize(sys.argv[1]))"
    env = {**os.environ, "GOVTEXT_CACHE_DIR": str(tmp_path / "cache")}
    src = str(Path(__file__).resolve().parents[1] / "src")
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    runs = [
        subprocess.run([sys.executable, "-c", code, text], env=env, capture_output=True,
                       text=True, check=True).stdout
        for _ in range(2)
    ]
    env["GOVTEXT_CACHE_DIR"] = ""
    off = subprocess.run([sys.executable, "-c", code, text], env=env, capture_output=True,
                         text=True, check=True).stdout
    assert runs[0] == runs[1] == off
    assert list((tmp_path / "cache").glob("*.marshal"))


def test_fresh_process_imports_ftfy_only_for_latin_mojibake(tmp_path):
    """With the tables cached, a page without Latin mojibake never imports ftfy; one with it
    is still repaired (ftfy imported then)."""
    code = (
        "import sys, govtext; out = govtext.normalize(sys.argv[1]); "
        "sys.stdout.write(out + '|' + str('ftfy' in sys.modules))"
    )
    env = {**os.environ, "GOVTEXT_CACHE_DIR": str(tmp_path / "cache")}
    src = str(Path(__file__).resolve().parents[1] / "src")
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")

    def run(text: str) -> str:
        return subprocess.run([sys.executable, "-c", code, text], env=env, capture_output=True,
                              text=True, check=True).stdout

    run("预热 café")  # builds the cache
    assert run("教育部印发通知，2022 年启动。Windows 10") == "教育部印发通知，2022年启动。Windows 10|False"
    assert run("Ã©tudiant d’Ã©cole") == "étudiant d’école|True"
