"""Small shared helpers: input checking, lazy loading of data files, applying edits."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache
from typing import Any, TypeVar

T = TypeVar("T")


def check_text(text: object, func: str = "govtext") -> str:
    """Return *text* if it is a ``str``; raise a clear ``TypeError`` otherwise.

    >>> check_text("中文")
    '中文'
    >>> check_text(b"x", "normalize")
    Traceback (most recent call last):
    ...
    TypeError: normalize() expects str, got bytes; decode it first (e.g. data.decode('utf-8', 'replace'))
    """
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{func}() expects str, got {type(text).__name__}; "
            "decode it first (e.g. data.decode('utf-8', 'replace'))"
        )
    raise TypeError(f"{func}() expects str, got {type(text).__name__}")


_DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def data_text(name: str) -> str:
    """A bundled data file (``govtext/data/<name>``) as text: read from the package's folder,
    or through :mod:`importlib.resources` when the package is not a folder (a zip archive;
    that module costs a fresh process 7 ms to import, so it is imported only then).

    >>> data_text("protected_terms.txt").startswith("#")
    True
    """
    try:
        with open(os.path.join(_DATA, name), encoding="utf-8") as fh:
            return fh.read()
    except OSError:
        from importlib import resources

        return resources.files("govtext").joinpath("data", name).read_text(encoding="utf-8")


@cache
def read_data(name: str) -> str:
    """Read a bundled data file (``govtext/data/<name>``) once, as text (:func:`data_text`)."""
    return data_text(name)


def read_lexicon(name: str) -> list[str]:
    """Entries of a bundled lexicon: one per line, ``#`` starts a comment, blanks skipped."""
    out = []
    for line in read_data(name).splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def _class_char(cp: int) -> str:
    c = chr(cp)
    return f"\\{c}" if c in "\\]^-[" else c if c.isprintable() else f"\\U{cp:08x}"


def char_class_body(chars: Iterable[str]) -> str:
    """The body of a regex character class for *chars*, consecutive code points merged.

    Works for both ``re`` and ``regex``; wrap it in ``[...]`` (or ``[^...]``) yourself.

    >>> char_class_body("cabxy")
    'a-cxy'
    """
    cps = sorted({ord(c) for c in chars})
    parts = []
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        lo, hi = _class_char(cps[i]), _class_char(cps[j])
        parts.append(lo if i == j else f"{lo}{hi}" if j == i + 1 else f"{lo}-{hi}")
        i = j + 1
    return "".join(parts)


#: The blanks a scanned page's OCR may read between two digits of a doc number's year or serial (``〔20 26〕``,
#: ``〔2026〕1 6号``; a no-break space or an ideographic one as a page's text layer keeps them): one notion for
#: :mod:`govtext.document` (reads the number), :mod:`govtext.hygiene` (joins it) and :mod:`govtext.boilerplate`
#: (keeps its line).
OCR_GAP = " \u00a0\u3000"
_OCR_GAP_CLASS = f"[{OCR_GAP}]"
_UNGAP = str.maketrans("", "", OCR_GAP)


def gapped_digits(least: int, most: int, lead: str = r"\d", digit: str = r"\d") -> str:
    """A regex of *least* to *most* digits (the first *lead*, the others *digit*) with at most one blank of
    :data:`OCR_GAP` between two of them: a doc number's year or serial as a scanned page's OCR may read it
    (``〔20 26〕``, ``〔2026〕1 6号``; ``1 2 3 4 5`` is no serial). No blank first or last; each alternative
    bounded (*most* is small): linear. The alternatives with the blank come first: in an atomic group
    (:mod:`govtext.hygiene`'s) the first that matches is the longest there is (digits with no blank cannot go on
    where one with it stops).

    >>> import re
    >>> p = re.compile(gapped_digits(1, 5))
    >>> [bool(p.fullmatch(s)) for s in ("16", "1 6", "1\u30002345", "1 2 3", "1  6", " 16", "123456", "12 3456")]
    [True, True, True, False, False, False, False, False]
    """
    whole = f"{lead}{digit}{{{least - 1},{most - 1}}}"
    cut = [f"{lead}{digit}{{{i - 1}}}{_OCR_GAP_CLASS}{digit}{{{max(1, least - i)},{most - i}}}" for i in range(1, most)]
    return "(?:" + "|".join([*cut, whole]) + ")"


#: A doc number's year (its first digit a 1 or a 2; a scan's 0 read as 〇: ``〔2〇26〕``) and serial (one to
#: five digits), each with one OCR gap at most (:func:`gapped_digits`).
OCR_YEAR = gapped_digits(4, 4, lead="[12]", digit=r"[\d〇]")
OCR_SERIAL = gapped_digits(1, 5)


def ungap(s: str) -> str:
    """*s* without the blanks of :data:`OCR_GAP` (``1 6`` -> ``16``).

    >>> ungap("〔20 26〕1\u30006号")
    '〔2026〕16号'
    """
    return s.translate(_UNGAP)


def lazy(factory: Callable[[], T]) -> Callable[[], T]:
    """Decorator: build an expensive object (table, regex) on first use, then reuse it."""
    return lru_cache(maxsize=None)(factory)


@lazy
def interface_words() -> frozenset[str]:
    """The page-chrome words of ``spam_chrome.txt``, lower-cased: interface labels that stand
    alone on crawled pages (打印, 返回首页, 繁体, English ...), read by the line rules and by the
    document reader (none is a line of a title).

    >>> "english" in interface_words(), "通知" in interface_words()
    (True, False)
    """
    return frozenset(w.lower() for w in read_lexicon("spam_chrome.txt"))


def splice(text: str, edits: Iterable[Sequence[Any]]) -> str:
    """*text* with each edit ``(start, end, replacement, ...)`` applied; *edits* are sorted by
    start, and one that starts inside the previous one is skipped.

    >>> splice("2023年一月", [(5, 6, "1"), (5, 6, "x")])
    '2023年1月'
    """
    out = []
    pos = 0
    for ed in edits:
        start = ed[0]
        if start < pos:
            continue
        out.append(text[pos:start])
        out.append(ed[2])
        pos = ed[1]
    out.append(text[pos:])
    return "".join(out)


def _str_header() -> int | None:
    """CPython's size of a compact non-ASCII ``str`` without its data, if sizes behave as expected."""
    try:
        h = sys.getsizeof("\U00010000") - 8  # one 4-byte code point and the terminator
        ok = sys.getsizeof("\u4e00\U00010000") == h + 12 and sys.getsizeof("\u4e00" * 3) == h + 8
    except TypeError:  # pragma: no cover - no getsizeof (e.g. PyPy)
        return None
    return h if ok else None  # pragma: no branch


_STR_HEADER = _str_header()
_getsizeof = sys.getsizeof


def may_be_astral(text: str) -> bool:
    """False only when *text* surely has no character beyond U+FFFF, in O(1).

    CPython stores a string with 1, 2 or 4 bytes per code point, 4 only when one is astral;
    the storage size tells which. Elsewhere (or for a ``str`` subclass) this answers True.
    A string whose UTF-8 form a C extension asked for (``PyUnicode_AsUTF8``: orjson, pyarrow,
    a C API caller) keeps that copy and counts it in its size: the size then only grows, so
    the test is "at least the 4-byte size" (a 2-byte string with its UTF-8 copy may then answer
    True: a slower path, never a wrong one).
    """
    if _STR_HEADER is None or type(text) is not str:
        return True
    return _getsizeof(text) >= _STR_HEADER + 4 * (len(text) + 1)
