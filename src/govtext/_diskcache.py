"""Tables derived from data (codec tables, OpenCC character sets) kept between processes.

Some tables cost a tenth of a second or more to derive (every byte pair decoded with a codec,
every OpenCC dictionary read), which a fresh process would pay on its first call. They are
derived once and kept in the user's cache directory as a ``marshal`` file (plain data only:
strings, numbers, tuples, sets, dicts; nothing is executed on loading), under a key made of
everything they derive from: the Python version (codecs), the source of the module that
builds them, and the versions of the data packages they read. A changed input is a new key.

Where the cache cannot be read or written (read-only home, a damaged file), the table is
built in memory as before: the cache only ever saves time, it never changes a result.

The directory is ``$GOVTEXT_CACHE_DIR`` when set (an empty value switches the cache off),
else ``$XDG_CACHE_HOME/govtext``, else ``~/.cache/govtext``.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
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
        data = marshal.dumps(value)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):
        pass  # read-only or full: the table stays in memory only
