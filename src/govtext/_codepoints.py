"""Character classes as tables over code points (NumPy): one look-up per character in C,
where ``re`` tests a large class at ~30 ns a character.

Both return None when NumPy is missing; callers then use their pattern.
"""

from __future__ import annotations

import functools
from typing import Any

from . import _diskcache
from . import _re as re

#: The last text :func:`codepoints` read, its array, and the entries of mojibake's table
#: :func:`remember_flags` kept for it (None until then): the pipeline's steps read the same
#: text object one after the other while none changes it (the mojibake gate, the whitespace
#: scan, the script's evidence), and encoding costs ~8 instructions a character. One entry,
#: replaced whole: the arrays of a text go when the next text is read.
_LAST: list[tuple[str, Any, Any] | None] = [None]


def codepoints(text: str) -> Any:
    """The code points of *text* as a NumPy ``uint32`` array (lone surrogates included), read
    only (the same array is handed out again for the same text object).

    >>> codepoints("a中\\ud800").tolist(), codepoints("\\x00").tolist(), codepoints("").tolist()
    ([97, 20013, 55296], [0], [])
    """
    last = _LAST[0]
    if last is not None and last[0] is text:
        return last[1]
    import numpy as np

    # (the last text's arrays are let go first: the allocator hands their memory to this one)
    _LAST[0] = None
    # NumPy widens the string to 4-byte code points in C (lone surrogates too): ~5 instructions
    # a character, where the "utf-32-le" encoder costs ~8 and makes a bytes object on the way.
    # An empty string would be one NUL (NumPy has no string dtype of length 0).
    a = np.frombuffer(np.array(text), dtype="<u4") if text else np.zeros(0, dtype="<u4")
    a.flags.writeable = False
    _LAST[0] = (text, a, None)
    return a


def decoded(cps: Any) -> str:
    """The string of the code points *cps* (a contiguous ``uint32`` array, lone surrogates
    included), :func:`codepoints` the other way, read as one NumPy string: NumPy hands its code
    points to ``str`` as they stand (~5 instructions a character, where the "utf-32-le" decoder
    tests each: ~12). A NumPy string ends at its last code point that is not NUL: those after
    it are put back.

    >>> import numpy as np
    >>> decoded(np.array([0x4E2D, 0xD800, 0x61, 0, 0], np.uint32)), decoded(np.zeros(0, np.uint32))
    ('中\\ud800a\\x00\\x00', '')
    """
    n = len(cps)
    text: str = cps.view(f"U{n}").item() if n else ""
    return text if len(text) == n else text + "\0" * (n - len(text))


#: The bit of :func:`govtext.mojibake._first_table`'s entries that marks the whitespace class
#: of :func:`govtext.normalize_whitespace` (``hygiene._WS_CLASS``): below mojibake's gate bit,
#: the highest (its characters are the entries at or above it: one comparison).
WS_BIT = 1 << 14

#: Where :func:`govtext.mojibake._first_table`'s entries hold the script's evidence code of
#: the code point (``govtext.script._evidence_table``: 1 traditional-only, 2 simplified-only, 4
#: a passage end, 8 an IDS operator): ``(entry >> EVIDENCE_SHIFT) & 15`` (bits 10-13). The
#: to_simplified step reads them from the repair's look-up of the same text object.
EVIDENCE_SHIFT = 10

#: :func:`lookup` reads a longer array in pieces of this many code points.
_PIECE = 8192
#: The number of code points (U+0000 to U+10FFFF): a table this long holds every one.
_CODE_POINTS = 0x110000


def lookup(table: Any, a: Any, out: Any = None) -> Any:
    """``table.take(a, mode="clip")``: the entries of *table* at the code points *a* (written to
    *out*, an array of their number, when given).

    ``take`` first copies its indices to 8-byte integers. For a long text that copy is a block
    of a megabyte or more, which the allocator takes from the system page by page (a page
    fault every 4 KiB, ~1.7 µs each: several times the look-up itself). Read in pieces, the
    copy is a small block handed out again for each piece. A table over every code point is
    read with ``mode="wrap"``: no index is past its end, and ``take`` then moves none, where
    ``"clip"`` compares each with both ends (an eighth of the look-up's instructions).

    >>> import numpy as np
    >>> t = np.array([0, 1, 2, 0], dtype=np.uint8)
    >>> lookup(t, np.array([1, 2, 3, 9] * 5000, dtype=np.uint32)).tolist() == [1, 2, 0, 0] * 5000
    True
    """
    n = len(a)
    mode = "wrap" if len(table) >= _CODE_POINTS else "clip"
    if n <= _PIECE:
        return table.take(a, out=out, mode=mode)
    import numpy as np

    if out is None:
        out = np.empty(n, dtype=table.dtype)
    for i in range(0, n, _PIECE):
        table.take(a[i : i + _PIECE], out=out[i : i + _PIECE], mode=mode)
    return out


def remember_flags(text: str, flags: Any) -> None:
    """Keep *flags*, the entries of *text*'s code points in mojibake's table (see :data:`WS_BIT`),
    with *text*'s array (:func:`codepoints` of this very *text* was the last one read): the
    pipeline's whitespace step reads the same text object next when the repair and the ruby
    step changed nothing, and takes its class from these instead of a look-up of its own. A
    text of :data:`SPLICE_MIN` characters or more is also kept for :func:`spliced_flags`."""
    last = _LAST[0]
    if last is not None and last[0] is text:
        _LAST[0] = (text, last[1], flags)
        if len(text) >= SPLICE_MIN:
            _FLAGGED[0] = (text, last[1], flags)


#: The last text of :data:`SPLICE_MIN` characters or more :func:`remember_flags` kept entries
#: for, with its code points and those entries (kept past :data:`_LAST`: steps read other
#: texts between the repair and its re-check).
_FLAGGED: list[tuple[str, Any, Any] | None] = [None]
#: From this length on, :func:`spliced_flags` looks for the last flagged text's arrays.
SPLICE_MIN = 8192
#: :func:`spliced_flags` splices when at most this share of the text is read afresh ...
SPLICE_SHARE = 0.25
#: ... and it differs from the last flagged text in at most this many stretches.
SPLICE_STRETCHES = 64
#: After a difference, :func:`_same_runs` looks for the next common stretch from each of the
#: next this many characters of the new text, as an anchor of :data:`_ANCHOR` characters in
#: the old text's next ``_ANCHOR + _RESYNC`` characters (a replacement, insertion or deletion
#: of up to this many characters is stepped over).
_RESYNC = 16
_ANCHOR = 16


def spliced_flags(text: str, table: Any) -> tuple[Any, Any] | None:
    """The code points of *text* and their entries in *table* (mojibake's, whose entries
    :func:`remember_flags` keeps) when *text* is the last text kept (:data:`_FLAGGED`) with a
    few stretches changed (:func:`_same_runs`): the arrays of the stretches both hold are that
    text's (the same characters: the same code points, the same entries), the others are read
    and looked up; else None. The pipeline's re-check of a text after the whitespace step (a
    page's line of 170,000 characters where two spaces changed) reads the few characters that
    changed, not the text. The arrays are then the last read (:func:`codepoints`,
    :func:`flags_of`).

    >>> import numpy as np
    >>> t = np.arange(0x10000, dtype=np.uint16)
    >>> x = "好\\u00a0" + "是" * SPLICE_MIN + "\\u3000a"
    >>> a = codepoints(x); remember_flags(x, lookup(t, a))
    >>> y = " " + x[:9] + "\\u2006" + x[10:-2] + " a\\x00"
    >>> a, f = spliced_flags(y, t)
    >>> b = np.frombuffer(np.array(y), dtype="<u4")  # (read afresh)
    >>> a.tolist() == b.tolist() and f.tolist() == lookup(t, b).tolist() and flags_of(y) is f
    True
    """
    last = _FLAGGED[0]
    if last is None or len(text) < SPLICE_MIN or last[0] is text:
        return None
    old, a0, f0 = last
    runs = _same_runs(text, old)
    if runs is None:
        return None
    import numpy as np

    fresh, at, pos = [], [], 0  # (the stretches read afresh, and where each starts in them)
    for start, end, _ in (*runs, (len(text), len(text), 0)):
        at.append(sum(map(len, fresh)) if pos < start else -1)
        if pos < start:
            fresh.append(text[pos:start])
        pos = end
    ca = codepoints("".join(fresh))
    cf = lookup(table, ca)
    parts_a, parts_f = [], []
    pos = 0
    for (start, end, o), k in zip((*runs, (len(text), len(text), 0)), at):
        if k >= 0:
            parts_a.append(ca[k : k + start - pos])
            parts_f.append(cf[k : k + start - pos])
        parts_a.append(a0[o : o + end - start])
        parts_f.append(f0[o : o + end - start])
        pos = end
    a = np.concatenate(parts_a)
    a.flags.writeable = False
    flags = np.concatenate(parts_f)
    _LAST[0] = (text, a, flags)
    _FLAGGED[0] = (text, a, flags)
    return a, flags


def _run_length(new: str, i: int, old: str, j: int, limit: int) -> int:
    """Length of the common prefix of ``new[i:]`` and ``old[j:]``, at most *limit*: spans growing
    fourfold from :data:`_FIRST_SPAN` to :data:`_SPAN_MAX` while they match, then halving inside
    the span that differs; each test one ``old.startswith`` of a slice of *new* at its place
    (in C; no slice of *old* is made), no loop over the characters.

    >>> _run_length("xab", 1, "ac", 0, 2), _run_length("教育质量", 0, "教育質量", 0, 4)
    (1, 2)
    """
    lo, step = 0, _FIRST_SPAN
    while lo < limit:
        hi = min(limit, lo + step)
        if old.startswith(new[i + lo : i + hi], j + lo):
            lo, step = hi, min(4 * step, _SPAN_MAX)
            continue
        hi -= 1  # (a character of the span differs)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if old.startswith(new[i + lo : i + mid], j + lo):
                lo = mid
            else:
                hi = mid - 1
        break
    return lo


#: The first and the longest span :func:`_run_length` compares (the longest bounds what the
#: halving inside a span that differs slices again).
_FIRST_SPAN = 64
_SPAN_MAX = 8192


def _same_runs(new: str, old: str) -> list[tuple[int, int, int]] | None:
    """The stretches of *new* that are stretches of *old*, read side by side, as (start, end,
    start in *old*), in order: each found by a slice comparison (:func:`_run_length`), and
    after a difference the next by an anchor (:data:`_ANCHOR`, :data:`_RESYNC`) found with
    ``str.find``. Whatever stretches are found, each is equal in both texts (compared). None
    when more than :data:`SPLICE_STRETCHES` differ, when the anchor is not found, or when
    more than :data:`SPLICE_SHARE` of *new* is outside the runs.

    >>> _same_runs("ab\\u3000cdefghijklmnopqrstuvwxyz", "ab cdefghijklmnopqrstuvwxyz")
    [(0, 2, 0), (3, 27, 3)]
    """
    runs: list[tuple[int, int, int]] = []
    i = j = fresh = 0
    n, m = len(new), len(old)
    while i < n and j < m:
        k = _run_length(new, i, old, j, min(n - i, m - j))
        if k:
            runs.append((i, i + k, j))
            i, j = i + k, j + k
        if n - i <= _ANCHOR or j >= m or len(runs) > SPLICE_STRETCHES:
            break
        for a in range(i, min(i + _RESYNC, n - _ANCHOR)):
            f = old.find(new[a : a + _ANCHOR], j, j + _ANCHOR + _RESYNC)
            if f >= 0:
                break
        else:
            return None
        fresh += a - i
        i, j = a, f
    fresh += n - i
    return runs if fresh <= SPLICE_SHARE * n and len(runs) <= SPLICE_STRETCHES else None


def flags_of(text: str) -> Any:
    """The entries :func:`remember_flags` kept for this very *text* object, else None."""
    last = _LAST[0]
    return last[2] if last is not None and last[0] is text else None


def unique(a: Any) -> Any:
    """``np.unique(a)`` for a 1-D array: its distinct values, sorted. ``np.unique`` first asks
    ``numpy.ma`` whether *a* is masked, which imports it (8 ms of a fresh process's first call).

    >>> import numpy as np
    >>> unique(np.array([3, 1, 3, 2])).tolist(), unique(np.array([], dtype=np.int64)).tolist()
    ([1, 2, 3], [])
    """
    import numpy as np

    s = np.sort(a)
    keep = np.empty(s.shape, dtype=bool)
    keep[:1] = True
    np.not_equal(s[1:], s[:-1], out=keep[1:])
    return s[keep]


@functools.cache
def regex_ranges(prop: str) -> tuple[tuple[int, int], ...]:
    """The code points the ``regex`` module's one-character pattern *prop* (``\\p{Han}``, ``\\s``)
    matches, as ranges ``(first, end)``, end excluded, in order: what a table or a stdlib ``re``
    class that must read exactly what the ``regex`` pattern reads is built from (kept by
    :mod:`govtext._diskcache`, ``regex``'s version in the key: its Unicode data).

    >>> regex_ranges(r"\\s")[:2], (0x4E00, 0x4E01) < regex_ranges(r"\\p{Han}")[-1]
    (((9, 14), (32, 33)), True)
    """
    import regex

    key = (_diskcache.source_key(__file__), regex.__version__)
    found = _diskcache.cached(f"regex-ranges {prop}", key, lambda: _find_ranges(prop))
    return tuple((a, b) for a, b in found)


def _find_ranges(prop: str) -> list[tuple[int, int]]:
    import regex

    return [m.span() for m in regex.finditer(f"{prop}+", every_code_point())]


def every_code_point() -> str:
    """Every code point from U+0000 to U+10FFFF, in order (lone surrogates too), as one string:
    what a class's members are read from when a table is built. Decoded from an array: a join of
    1.1M ``chr`` calls costs ten times as much (~0.15 s of a first run's table building each).

    >>> s = every_code_point()
    >>> len(s), s[0x4E2D], s[0xD800] == "\\ud800"
    (1114112, '中', True)
    """
    import numpy as np

    return np.arange(0x110000, dtype="<u4").tobytes().decode("utf-32-le", "surrogatepass")


def regex_class(prop: str) -> str:
    """The body of a stdlib ``re`` character class holding the code points of
    :func:`regex_ranges` (each written ``\\U`` and eight hex digits).

    >>> from govtext import _re as re
    >>> blank = regex_class(r"\\s")
    >>> re.findall(f"[{blank}]", "a b\\u3000c\\u200bd\\x1c")
    [' ', '\\u3000']
    """
    return "".join(
        f"\\U{a:08x}-\\U{b - 1:08x}" if b - a > 1 else f"\\U{a:08x}" for a, b in regex_ranges(prop)
    )


@functools.cache
def class_table(body: str) -> Any:
    """A boolean per code point: is it in the class ``[body]``.

    >>> t = class_table("a-c\\-\\U0001f600")
    >>> [chr(c) for c in t.nonzero()[0]], len(t) == 0x1F602
    (['-', 'a', 'b', 'c', '😀'], True)
    """
    import hashlib

    import numpy as np

    # built once per class and kept by govtext._diskcache (bits, packed)
    key = (hashlib.blake2b(body.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest(),)
    packed, size = _diskcache.cached("class-table", key, lambda: _packed_table(body))
    return np.unpackbits(np.frombuffer(packed, dtype=np.uint8), count=size).view(bool)


def _packed_table(body: str) -> tuple[bytes, int]:
    """:func:`class_table`'s table, its bits packed, and its length."""
    import numpy as np

    table = _build_table(body)
    return np.packbits(table).tobytes(), len(table)


def _build_table(body: str) -> Any:
    import numpy as np

    spans = _class_spans(body)
    if not spans:  # not char_class_body's plain syntax: ask the pattern (slower)
        table = np.zeros(0x110000, dtype=bool)
        cls = re.compile(f"[{body}]")
        table[[ord(c) for c in cls.findall(every_code_point())]] = True
        return table
    lo, hi = np.array(spans, dtype=np.int64).T
    # +1 at each range's start, -1 after its end: the running sum is > 0 inside a range. The
    # table ends with a False past the last member (look-ups clip to it: mode="clip").
    edges = np.zeros(int(hi.max()) + 2, dtype=np.int32)
    np.add.at(edges, lo, 1)
    np.add.at(edges, hi + 1, -1)
    return edges.cumsum() > 0


_CLASS_ITEM = re.compile(r"\\U([0-9a-fA-F]{8})|\\([\\\]^\-\[])|(\\)|(.)", re.S)


def _class_spans(body: str) -> list[tuple[int, int]] | None:
    """The code point ranges of a class body written as :func:`char_class_body` writes them
    (characters, ``\\`` before one of ``\\]^-[``, ``\\U`` and 8 hex digits, ``a-b``
    ranges); None for any other escape.

    >>> _class_spans("a-cx\\-y-")
    [(97, 99), (120, 120), (45, 45), (121, 121), (45, 45)]
    """
    items: list[int] = []  # code points; -1 for a range's dash
    for m in _CLASS_ITEM.finditer(body):
        hexa, esc, other, char = m.groups()
        if other:
            return None
        items.append(int(hexa, 16) if hexa else ord(esc) if esc else -1 if char == "-" else ord(char))
    spans = []
    i = 0
    while i < len(items):
        c = items[i]
        if c >= 0 and i + 2 < len(items) and items[i + 1] == -1 and items[i + 2] >= 0:
            spans.append((c, items[i + 2]))
            i += 3
        else:
            c = ord("-") if c < 0 else c
            spans.append((c, c))
            i += 1
    return spans
