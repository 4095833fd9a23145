"""Tables derived from data (codec tables, OpenCC character sets) kept between processes.

Some tables cost a tenth of a second or more to derive (every byte pair decoded with a codec,
every OpenCC dictionary read), which a fresh process would pay on its first call. They are
derived once and kept in the user's cache directory as a ``marshal`` file (plain data only:
strings, numbers, tuples, sets, dicts; nothing is executed on loading), under a key made of
everything they derive from: the Python version (codecs), the source of the module that
builds them, and the versions of the data packages they read. A changed input is a new key.

Where the cache cannot be read or written (read-only home, a damaged file), the table is
built in memory as before: the cache only ever saves time, it never changes a result.

Compiled ``re`` patterns are kept the same way (:func:`compile_pattern`): a large character
class or alternation costs ``re`` milliseconds to parse and optimise in Python, which a fresh
process would pay again for every pattern its first call compiles (a tenth of a second in all).
What is kept is what ``re`` hands to its C engine (the pattern's code, flags and group names),
in one file per Python version, behind a digest of its contents; the engine checks the code
again when it takes it. A pattern is looked up by its exact text and flags, so a kept entry is
never used for another pattern, whatever changed in between.

The directory is ``$GOVTEXT_CACHE_DIR`` when set (an empty value switches the cache off),
else ``$XDG_CACHE_HOME/govtext``, else ``~/.cache/govtext``.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
import threading
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

#: Bumped when the file layout changes.
FORMAT = 1


def cache_dir() -> Path | None:
    """Where the tables are kept, or None when the cache is switched off.

    >>> import os
    >>> os.environ["GOVTEXT_CACHE_DIR"] = ""
    >>> cache_dir() is None
    True
    >>> del os.environ["GOVTEXT_CACHE_DIR"]
    """
    env = os.environ.get("GOVTEXT_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "govtext"


def source_key(module_file: str | None) -> str:
    """A digest of a module's source (its ``__file__``), or "" when it cannot be read."""
    if not module_file:
        return ""
    try:
        return hashlib.blake2b(Path(module_file).read_bytes(), digest_size=16).hexdigest()
    except OSError:
        return ""


def cached(name: str, key: tuple[str, ...], build: Callable[[], T]) -> T:
    """``build()``, read from the cache when an entry for *name* and *key* exists there.

    *key* must name everything the table derives from (a source digest from
    :func:`source_key`, data package versions); an empty part disables the cache for this
    table, since the table could not be told apart from an older one. *build* must return
    plain data that ``marshal`` keeps (str, int, tuple, list, set, frozenset, dict).
    """
    folder = cache_dir()
    if folder is None or not all(key):
        return build()
    parts = (str(FORMAT), sys.version, name, *key)
    digest = hashlib.blake2b("\0".join(parts).encode("utf-8"), digest_size=16).hexdigest()
    path = folder / f"{name}-{digest}.marshal"
    try:
        value: Any = marshal.loads(path.read_bytes())
        return value  # type: ignore[no-any-return]
    except (OSError, ValueError, EOFError, TypeError):
        pass  # absent or unreadable: build it
    value = build()
    _store(path, value)
    return value


def _store(path: Path, value: Any) -> None:
    """Write *value* to *path* atomically (a complete file or none); errors are ignored."""
    try:
        _write(path, marshal.dumps(value))
    except (OSError, ValueError):
        pass  # read-only or full: the table stays in memory only


def _write(path: Path, data: bytes) -> None:
    """Write *data* to *path* atomically (a complete file or none)."""
    import tempfile  # only when something is written (a process with a warm cache writes nothing)

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


# --- compiled patterns ---------------------------------------------------------------------

#: Bumped when the layout of the pattern file changes.
PATTERN_FORMAT = 1
#: The pattern file keeps at most this many entries; past it, a process that adds one writes
#: back only the patterns it used (patterns of older code or data are dropped).
MAX_PATTERNS = 2000
#: Compiled patterns kept in memory (as ``re`` keeps 512); a pattern compiled again after it
#: left is read from the file's entries again.
MEMO_SIZE = 1024
_DIGEST = 16

try:  # CPython's compiler (3.11+), whose output ``_sre.compile`` takes
    import _sre
    from re import _compiler as _re_compiler
    from re import _parser as _re_parser
except ImportError:  # pragma: no cover - another Python: patterns compiled as usual
    _sre = _re_compiler = _re_parser = None  # type: ignore[assignment]

_RE_DEBUG = int(re.DEBUG)  # a plain int: ``flags & re.DEBUG`` runs enum code in Python
_lock = threading.Lock()
_memo: dict[tuple[Any, int], re.Pattern[Any]] = {}
#: state of the pattern file: its path (None: no cache), its entries, the keys this process
#: used, the entries it added; None until the first pattern is compiled.
_kept: dict[str, Any] | None = None


def compile_pattern(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
    r"""``re.compile(pattern, flags)``, the compiled code read from the cache when it is there.

    The pattern is the one ``re.compile`` makes (equal to it: same pattern, flags and code);
    only the parsing and optimising in Python is skipped for a pattern seen before, in this
    process or an earlier one. Patterns other than ``str``/``bytes``, the DEBUG flag, or a
    Python whose compiler does not behave as expected go to ``re.compile`` itself.

    >>> compile_pattern(r"(?P<y>\d{4})年").match("2024年").group("y")
    '2024'
    >>> compile_pattern("[a-c]+", re.I) == re.compile("[a-c]+", re.I)
    True
    """
    flags = int(flags)
    key = (pattern, flags)
    try:
        return _memo[key]
    except (KeyError, TypeError):
        pass
    if type(pattern) not in (str, bytes) or flags & _RE_DEBUG or _state()["path"] is None:
        return re.compile(pattern, flags)
    compiled = _from_kept(pattern, flags)
    with _lock:
        if len(_memo) >= MEMO_SIZE:
            _memo.pop(next(iter(_memo)), None)
        _memo[key] = compiled
    return compiled


def _entry(pattern: Any, flags: int) -> tuple[Any, ...]:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` after the pattern, as plain data
    (the code as the bytes of an ``array("I")``: read 4x faster than a list of ints)."""
    p = _re_parser.parse(pattern, flags)
    code = array("I", _re_compiler._code(p, flags)).tobytes()
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup))


def _made(pattern: Any, entry: tuple[Any, ...]) -> re.Pattern[Any]:
    """The pattern object of *pattern* from its :func:`_entry` (``_sre`` checks the code)."""
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, array("I", code).tolist(), groups, groupindex, indexgroup)  # type: ignore[no-any-return]


def _from_kept(pattern: Any, flags: int) -> re.Pattern[Any]:
    """The pattern from its kept entry, or compiled (and its entry kept)."""
    state = _state()
    key = (pattern, flags)
    entry = state["entries"].get(key)
    if entry is not None:
        try:
            compiled = _made(pattern, entry)
        except Exception:  # a bad entry: compile the pattern afresh
            pass
        else:
            state["used"].add(key)
            return compiled
    try:
        entry = _entry(pattern, flags)
    except OverflowError:  # pragma: no cover - a code word beyond 32 bits: not kept
        return re.compile(pattern, flags)
    compiled = _made(pattern, entry)
    with _lock:
        if len(state["new"]) < MAX_PATTERNS:
            if not state["new"]:
                atexit.register(_save_patterns)
            state["new"][key] = entry
    return compiled


def _state() -> dict[str, Any]:
    """The pattern file's state (read on first use)."""
    global _kept
    if _kept is None:
        with _lock:
            if _kept is None:
                _kept = _read_patterns()
    return _kept


def _pattern_path() -> Path | None:
    """The pattern file of this Python, or None when patterns are compiled as usual."""
    folder = cache_dir()
    if folder is None or _sre is None or not _compiler_agrees():
        return None
    parts = (str(PATTERN_FORMAT), sys.version, sys.implementation.cache_tag or "", sys.byteorder,
             str(array("I").itemsize))
    digest = hashlib.blake2b("\0".join(parts).encode("utf-8"), digest_size=16).hexdigest()
    return folder / f"patterns-{digest}.marshal"


def _compiler_agrees() -> bool:
    """Whether a pattern made from :func:`_entry` equals the one ``re.compile`` makes (the
    check that this Python's compiler has the shape :func:`_entry` reads)."""
    sample = r"(?P<a>[^\d\s]{2,}?)|\b[a-z中]+(?=x)|(b)\2"
    try:
        return bool(_made(sample, _entry(sample, re.I)) == re.compile(sample, re.I))
    except Exception:  # any difference: patterns compiled as usual
        return False


def _read_patterns() -> dict[str, Any]:
    """The pattern file's entries (none when it is absent, damaged or of another layout)."""
    path = _pattern_path()
    entries: dict[Any, Any] = {}
    if path is not None:
        try:
            data = path.read_bytes()
            body = data[_DIGEST:]
            if hashlib.blake2b(body, digest_size=_DIGEST).digest() == data[:_DIGEST]:
                loaded = marshal.loads(body)
                if isinstance(loaded, dict):
                    entries = loaded
        except (OSError, ValueError, EOFError, TypeError):
            pass  # absent or unreadable: patterns are compiled and the file written again
    return {"path": path, "entries": entries, "used": set(), "new": {}}


def _save_patterns() -> None:
    """Write the pattern file back with the entries this process added (at exit)."""
    state = _kept
    if state is None or state["path"] is None or not state["new"]:
        return
    entries = {**state["entries"], **state["new"]}
    if len(entries) > MAX_PATTERNS:
        entries = {k: v for k, v in entries.items() if k in state["used"] or k in state["new"]}
    try:
        body = marshal.dumps(entries)
        _write(state["path"], hashlib.blake2b(body, digest_size=_DIGEST).digest() + body)
        state["entries"], state["new"] = entries, {}
    except (OSError, ValueError):
        pass  # read-only or full: compiled again next time
