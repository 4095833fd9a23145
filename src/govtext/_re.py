"""The :mod:`re` module as govtext's modules use it (``from . import _re as re``).

``compile`` and the module-level functions that take a pattern (``search``, ``sub`` ...) get
their compiled patterns from :func:`govtext._diskcache.compile_pattern`, so a fresh process
reads the compiled code of the patterns an earlier one built instead of parsing and
optimising them again; they return what :mod:`re`'s own functions return. Everything else
(flags, ``escape``, ``Pattern``, ``Match``, ``error``) is :mod:`re`'s.

>>> from govtext import _re as re
>>> re.sub(r"\\s+", " ", "a \\t b"), re.fullmatch("[一-龥]+", "中文") is not None
('a b', True)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from re import (
    ASCII,
    DEBUG,
    DOTALL,
    IGNORECASE,
    LOCALE,
    MULTILINE,
    UNICODE,
    VERBOSE,
    A,
    I,
    L,
    M,
    Match,
    Pattern,
    RegexFlag,
    S,
    U,
    X,
    error,
    escape,
    purge,
)
from typing import Any

from ._diskcache import compile_pattern as compile

__all__ = [
    "ASCII", "DEBUG", "DOTALL", "IGNORECASE", "LOCALE", "MULTILINE", "UNICODE", "VERBOSE",
    "A", "I", "L", "M", "Match", "Pattern", "RegexFlag", "S", "U", "X",
    "compile", "error", "escape", "findall", "finditer", "fullmatch", "match", "purge",
    "search", "split", "sub", "subn",
]


def match(pattern: Any, string: Any, flags: int = 0) -> Match[Any] | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: Any, string: Any, flags: int = 0) -> Match[Any] | None:
    return compile(pattern, flags).fullmatch(string)


def search(pattern: Any, string: Any, flags: int = 0) -> Match[Any] | None:
    return compile(pattern, flags).search(string)


def sub(pattern: Any, repl: str | Callable[[Match[Any]], Any], string: Any, count: int = 0,
        flags: int = 0) -> Any:
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern: Any, repl: str | Callable[[Match[Any]], Any], string: Any, count: int = 0,
         flags: int = 0) -> tuple[Any, int]:
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern: Any, string: Any, maxsplit: int = 0, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern: Any, string: Any, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).findall(string)


def finditer(pattern: Any, string: Any, flags: int = 0) -> Iterator[Match[Any]]:
    return compile(pattern, flags).finditer(string)
