"""Streaming readers and atomic writers for crawl shards.

Inputs (see :func:`expand_inputs`): a file, a directory (searched recursively),
a glob, or ``-`` for standard input, holding ``.jsonl`` / ``.ndjson`` (optionally
``.gz`` or ``.zst``), ``.parquet`` (needs ``pyarrow``) or ``.txt`` (one document
per file).

Readers yield one item at a time, so memory does not grow with the input. A
record that cannot be read (invalid JSON, missing or non-string field,
undecodable bytes, larger than the record limit) becomes a :class:`Record` with
``error`` set instead of being dropped: the caller counts it and writes it to a
rejects file. A stream that cannot be read to its end (truncated or corrupt
gzip/zstd data, a JSON-lines file ending inside a record, an I/O error) raises:
the caller fails the whole shard.

Writers (:class:`AtomicWriter`) write to a hidden temporary file next to the
target and rename it into place only when the shard is complete, so a killed
run never leaves a truncated file under the final name.
"""

from __future__ import annotations

import contextlib
import functools
import glob
import gzip
import io
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ._util import lazy

#: Name of standard input on the command line.
STDIN = "-"

_COMPRESSED = (".gz", ".zst")
_JSONL = (".jsonl", ".ndjson", ".json")
_GLOB_CHARS = frozenset("*?[")
TMP_SUFFIX = ".govtext-tmp"
REJECTS_SUFFIX = ".rejects.jsonl"


#: Default limit of one record's bytes (``--max-record-mb``).
MAX_RECORD_BYTES = 16 << 20

_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class Oversized:
    """An input line (or ``.txt`` file) larger than the record limit, read past, not kept."""

    size: int
    head: bytes
    limit: int

    @property
    def error(self) -> str:
        """The reason written to the rejects file."""
        return (f"record of {self.size} bytes is larger than the limit of {self.limit} bytes "
                f"(--max-record-mb {self.limit / (1 << 20):g})")


@dataclass
class Record:
    """One input record: its 1-based line number, its raw bytes, and the parsed object."""

    line_no: int
    raw: bytes
    doc: dict[str, Any] | None = None
    error: str | None = None


# --- opening --------------------------------------------------------------------------------


def require_zstd(what: object = ".zst") -> None:
    """Raise :class:`InputError` naming the extra when ``zstandard`` is missing."""
    try:
        import zstandard  # noqa: F401
    except ImportError as e:
        raise InputError(
            f"{what}: .zst needs the 'zstandard' package: pip install 'govtext[zstd]'"
        ) from e


class _ZstdStream(io.RawIOBase):
    """zstd frames, decompressed one after another; input that ends inside a frame
    (a truncated file) raises ``EOFError`` instead of reading as a short stream."""

    def __init__(self, fh: IO[bytes], name: object) -> None:
        import zstandard

        self._zstd = zstandard
        self._fh = fh
        self._name = name
        self._dobj: Any = None
        self._buf = b""
        self._pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        while self._pos >= len(self._buf):
            chunk = self._fh.read(1 << 17)
            if not chunk:
                if self._dobj is not None and not self._dobj.eof:
                    raise EOFError(f"{self._name}: zstd data ends inside a frame (truncated file)")
                return 0
            self._feed(chunk)
        n = min(len(b), len(self._buf) - self._pos)
        b[:n] = self._buf[self._pos : self._pos + n]
        self._pos += n
        return n

    def _feed(self, data: bytes) -> None:
        out = []
        while data:
            if self._dobj is None or self._dobj.eof:
                self._dobj = self._zstd.ZstdDecompressor().decompressobj()
            out.append(self._dobj.decompress(data))
            data = self._dobj.unused_data if self._dobj.eof else b""
        self._buf, self._pos = b"".join(out), 0

    def close(self) -> None:
        try:
            self._fh.close()
        finally:
            super().close()


def _zstd_reader(fh: IO[bytes], name: object) -> IO[bytes]:
    try:
        require_zstd(name)
    except InputError:
        fh.close()
        raise
    return io.BufferedReader(_ZstdStream(fh, name), buffer_size=1 << 16)


def open_binary(path: str | os.PathLike[str]) -> IO[bytes]:
    """Open *path* for reading bytes, decompressing ``.gz`` and ``.zst`` on the fly.

    ``-`` is standard input; gzip or zstd data there is recognised by its magic bytes.
    """
    if os.fspath(path) == STDIN:
        stdin = sys.stdin.buffer
        head = stdin.peek(4)[:4] if hasattr(stdin, "peek") else b""
        if head[:2] == b"\x1f\x8b":
            return gzip.open(stdin, "rb")  # type: ignore[return-value]
        if head == b"\x28\xb5\x2f\xfd":
            return _zstd_reader(stdin, "<stdin>")
        return stdin
    p = Path(path)
    if p.suffix == ".gz":
        return gzip.open(p, "rb")  # type: ignore[return-value]
    if p.suffix == ".zst":
        return _zstd_reader(p.open("rb"), p)
    return p.open("rb")


def _base_name(name: str) -> str:
    name = name.lower()
    for ext in _COMPRESSED:
        if name.endswith(ext):
            return name[: -len(ext)]
    return name


def is_jsonl(path: str | os.PathLike[str]) -> bool:
    """True for ``.jsonl``/``.ndjson``/``.json`` files, compressed or not, and for ``-``.

    >>> is_jsonl("crawl/part-0001.jsonl.zst"), is_jsonl("page.txt")
    (True, False)
    """
    if os.fspath(path) == STDIN:
        return True
    return _base_name(Path(path).name).endswith(_JSONL)


def input_kind(path: str | os.PathLike[str]) -> str | None:
    """``"jsonl"``, ``"parquet"``, ``"txt"``, or None for a file govtext does not read.

    >>> [input_kind(p) for p in ["a.jsonl.gz", "b.parquet", "c.txt", "d.csv", "-"]]
    ['jsonl', 'parquet', 'txt', None, 'jsonl']
    """
    if is_jsonl(path):
        return "jsonl"
    name = Path(path).name.lower()
    if name.endswith(".parquet"):
        return "parquet"
    if _base_name(name).endswith(".txt"):
        return "txt"
    return None


# --- finding inputs ---------------------------------------------------------------------------


class InputError(ValueError):
    """An input that cannot be used (missing file, nothing matched, missing optional package)."""


@dataclass(frozen=True)
class Shard:
    """One input file (or standard input) and the relative path its output mirrors."""

    path: Path | None  # None: standard input
    kind: str
    rel: Path

    @property
    def name(self) -> str:
        """How the shard is named in messages."""
        return "<stdin>" if self.path is None else str(self.path)

    def size(self) -> int | None:
        """Bytes on disk, or None for standard input (or a file that cannot be read)."""
        if self.path is None:
            return None
        try:
            return self.path.stat().st_size
        except OSError:
            return None

    def fingerprint(self) -> dict[str, Any] | None:
        """Size and modification time of the input, to tell a changed input on ``--resume``."""
        if self.path is None:
            return None
        st = self.path.stat()
        return {"input": str(self.path), "size": st.st_size, "mtime_ns": st.st_mtime_ns}

    def output_rel(self) -> Path:
        """The relative output path: same name, and ``.jsonl`` for ``.parquet``/``.txt``.

        >>> Shard(Path("in/a.jsonl.gz"), "jsonl", Path("a.jsonl.gz")).output_rel().as_posix()
        'a.jsonl.gz'
        >>> Shard(Path("in/x/b.parquet"), "parquet", Path("x/b.parquet")).output_rel().as_posix()
        'x/b.jsonl'
        """
        if self.kind == "jsonl":
            return self.rel
        name = self.rel.name
        for ext in (".parquet", ".txt.gz", ".txt.zst", ".txt"):
            if name.lower().endswith(ext):
                name = name[: -len(ext)]
                break
        return self.rel.with_name(name + ".jsonl")


def _hidden(parts: Sequence[str]) -> bool:
    return any(p.startswith(".") for p in parts)


def _is_shard_file(path: Path, base: Path) -> bool:
    name = path.name
    if name.endswith((REJECTS_SUFFIX, TMP_SUFFIX, DONE_SUFFIX, PART_SUFFIX)):
        return False
    if _hidden(path.relative_to(base).parts):
        return False
    return input_kind(path) is not None


def _glob_base(pattern: str) -> Path:
    parts = Path(pattern).parts
    base: list[str] = []
    for part in parts:
        if _GLOB_CHARS & set(part):
            break
        base.append(part)
    return Path(*base) if base else Path(".")


def expand_inputs(specs: Sequence[str]) -> tuple[list[Shard], bool]:
    """Shards for the command-line inputs, and whether output should mirror them in a directory.

    Each spec is ``-`` (standard input, JSON lines), a file (any name: a file whose
    type is unknown is read as one ``.txt`` document), a directory (every
    ``.jsonl[.gz|.zst]``, ``.ndjson``, ``.parquet`` and ``.txt`` below it, hidden
    files and ``*.rejects.jsonl`` skipped) or a glob (``"crawl/**/*.jsonl.gz"``).
    Shards are sorted by path within a spec. Raises :class:`InputError` when a
    spec matches nothing.
    """
    shards: list[Shard] = []
    many = len(specs) > 1
    for spec in specs:
        if spec == STDIN:
            shards.append(Shard(None, "jsonl", Path("stdin.jsonl")))
            continue
        p = Path(spec)
        if p.is_dir():
            many = True
            found = sorted(
                (Path(root) / f for root, _dirs, files in os.walk(p) for f in files),
                key=lambda x: x.as_posix(),
            )
            found = [f for f in found if _is_shard_file(f, p)]
            if not found:
                raise InputError(f"{spec}: no .jsonl, .jsonl.gz, .jsonl.zst, .parquet or .txt files in this directory")
            shards.extend(Shard(f, input_kind(f) or "txt", f.relative_to(p)) for f in found)
        elif p.is_file():
            shards.append(Shard(p, input_kind(p) or "txt", Path(p.name)))
        elif _GLOB_CHARS & set(spec):
            many = True
            base = _glob_base(spec)
            found = sorted(Path(m) for m in glob.glob(spec, recursive=True) if Path(m).is_file())
            found = [f for f in found if _is_shard_file(f, base)]
            if not found:
                raise InputError(f"{spec}: no input file matches this pattern")
            shards.extend(Shard(f, input_kind(f) or "txt", f.relative_to(base)) for f in found)
        else:
            raise InputError(f"{spec}: no such file or directory")
    if len(specs) > 1:  # several explicit files: mirror them relative to their common parent
        files = [s for s in shards if s.path is not None and s.rel == Path(s.path.name)]
        if len(files) > 1:
            common = Path(os.path.commonpath([s.path.resolve().parent for s in files if s.path]))
            shards = [
                Shard(s.path, s.kind, s.path.resolve().relative_to(common)) if s in files and s.path else s
                for s in shards
            ]
    return shards, many


def require_parquet() -> None:
    """Raise :class:`InputError` naming the extra when ``pyarrow`` is missing."""
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError as e:
        raise InputError(
            "reading .parquet needs the 'pyarrow' package: pip install 'govtext[parquet]'"
        ) from e


# --- reading ----------------------------------------------------------------------------------


def parse_line(line_no: int, raw: bytes, field: str) -> Record:
    """Parse one JSON line; never raises, sets ``error`` instead.

    >>> parse_line(3, b'{"text": 1}', "text").error
    "field 'text' is int, not a string"
    """
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        cut = _CUT if _cut_short(raw) else ""
        return Record(line_no, raw, None, f"undecodable bytes: {e}{cut}")
    try:
        doc = json.loads(s)
    except ValueError as e:
        return Record(line_no, raw, None, f"invalid JSON: {e}{_CUT if _ends_inside(s, e) else ''}")
    except RecursionError:
        return Record(line_no, raw, None, _TOO_DEEP)
    return check_doc(line_no, raw, doc, field)


#: The reject reason of a line nested deeper than Python's ``json`` reads (``RecursionError``).
_TOO_DEEP = ("JSON nested too deeply: arrays and objects inside each other more levels deep "
             "than Python's json module reads (about 1,000)")


_CUT = " (the line ends inside the record: a truncated file, or a record broken over lines)"
_JSON_SPACE = " \t\n\r"
_LITERAL_STARTS = frozenset(w[:k] for w in ("true", "false", "null", "NaN", "Infinity", "-Infinity")
                            for k in range(1, len(w)))


@lazy
def _number_cut_re() -> re.Pattern[str]:
    return re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.|(?:\.[0-9]+)?[eE][-+]?)")


@lazy
def _escape_cut_re() -> re.Pattern[str]:
    return re.compile(r"u[0-9a-fA-F]{0,4}")  # (the C scanner wants a character after the 4)


def _ends_inside(s: str, e: ValueError) -> bool:
    """Whether the JSON error *e* of the line *s* comes from the line's end: the text is the start
    of a valid JSON document, cut short (a string, object or array left open; a literal, number
    or ``\\u`` escape cut inside). A document followed by anything (``Extra data``) or a
    wrong character before the end is not cut: it is malformed.

    >>> parse_line(9, b'{"id": 9, "text": "the file ends he', "text").error
    'invalid JSON: Unterminated string starting at: line 1 column 19 (char 18) (the line ends inside the record: a truncated file, or a record broken over lines)'
    >>> [_ends_inside(t, _json_error(t)) for t in ('{"a": [1, ', '{"a": tr', '{"a": 1.5e-', '{"a": "\\\\u0')]
    [True, True, True, True]
    >>> [_ends_inside(t, _json_error(t)) for t in ('{"a": 1}}', '{"a": 1} {', '{"a": 1}\\x1a', '{"a": 1.5.')]
    [False, False, False, False]
    """
    if not isinstance(e, json.JSONDecodeError):  # (RecursionError is no ValueError)
        return False
    if e.msg.startswith("Unterminated string"):  # (only raised when the text ends in the string)
        return True
    end = len(s.rstrip(_JSON_SPACE))
    if e.pos >= end:
        return True
    tail = s[e.pos:end]
    if e.msg == "Expecting value":
        return tail in _LITERAL_STARTS
    if e.msg.startswith("Invalid \\uXXXX"):
        return _escape_cut_re().fullmatch(tail) is not None
    if e.msg == "Expecting ',' delimiter" and len(tail) <= 2:  # after a number: "1." "1e" "1e-"
        start = len(s[:e.pos].rstrip("0123456789.eE+-"))
        return _number_cut_re().fullmatch(s, start, end) is not None
    return False


def _json_error(s: str) -> ValueError:
    """The error :func:`json.loads` raises on *s* (for the doctests)."""
    try:
        json.loads(s)
    except ValueError as e:
        return e
    raise AssertionError(s)


def _cut_short(raw: bytes) -> str | None:
    """Why the line *raw* (no newline in it) is a JSON document cut short at its end, or None.

    A UTF-8 character cut at the very end is read as one replaced character, and the JSON test
    decides: inside a string it is a cut; after a whole object it is junk after the record.

    >>> _cut_short(b'{"text": "\\xe6\\x95'), _cut_short(b'{"text": "\\xe6\\x95"}')
    ('undecodable bytes: unexpected end of data at byte 10', None)
    """
    bad = None
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        s = raw.decode("utf-8", "replace")
        if e.reason == "unexpected end of data" and e.end == len(raw):
            bad = f"undecodable bytes: {e.reason} at byte {e.start}"
    try:
        json.loads(s)
    except ValueError as e:
        if _ends_inside(s, e):
            return bad or f"invalid JSON: {e}"
    except RecursionError:  # too deep to read: cut when it does not end with the } closing it
        if not s.rstrip(_JSON_SPACE).endswith("}"):
            return bad or f"{_TOO_DEEP}, and its last character is not the }} that would close it"
    return None


def field_path(doc: dict[str, Any], name: str) -> tuple[dict[str, Any] | None, str]:
    """The object holding the field *name* and its key: ``"data.text"`` is
    ``doc["data"]["text"]``, unless *doc* has a key ``"data.text"`` itself.

    >>> field_path({"data": {"text": "x"}}, "data.text")
    ({'text': 'x'}, 'text')
    >>> field_path({"data": 1}, "data.text")
    (None, 'text')
    """
    if name in doc or "." not in name:
        return doc, name
    *parents, last = name.split(".")
    holder: Any = doc
    for key in parents:
        holder = holder.get(key) if isinstance(holder, dict) else None
    return (holder, last) if isinstance(holder, dict) else (None, last)


def get_field(doc: dict[str, Any], name: str) -> Any:
    """The value of the field *name* (``a.b`` for a nested field), or None."""
    holder, key = field_path(doc, name)
    return None if holder is None else holder.get(key)


def with_field(doc: dict[str, Any], name: str, value: Any) -> dict[str, Any]:
    """A copy of *doc* with the field *name* (``a.b`` nested) set to *value*; the objects on
    the way are copied, the others shared.

    >>> d = {"id": 1, "data": {"text": "x", "n": 2}}
    >>> with_field(d, "data.text", "y"), d["data"]["text"]
    ({'id': 1, 'data': {'text': 'y', 'n': 2}}, 'x')
    """
    if name in doc or "." not in name:
        return {**doc, name: value}
    head, rest = name.split(".", 1)
    inner = doc.get(head)
    if not isinstance(inner, dict):
        return {**doc, name: value}
    return {**doc, head: with_field(inner, rest, value)}


def check_doc(line_no: int, raw: bytes, doc: Any, field: str) -> Record:
    """A :class:`Record` for an already-parsed object, with ``error`` if it lacks a text *field*.

    A missing field's error names the fields the record has (for ``--field``):

    >>> check_doc(1, b"", {"id": 1, "body": "x"}, "text").error
    "missing field 'text' (the record has: id, body)"
    """
    if not isinstance(doc, dict):
        return Record(line_no, raw, None, f"not a JSON object: {type(doc).__name__}")
    holder, key = field_path(doc, field)
    if holder is None or key not in holder:
        where = doc if holder is None else holder
        keys = [str(k) for k in list(where)[:12]]
        more = ", ..." if len(where) > 12 else ""
        has = f" (the record has: {', '.join(keys)}{more})" if keys else " (the record is {})"
        return Record(line_no, raw, None, f"missing field {field!r}{has}")
    value = holder[key]
    if not isinstance(value, str):
        return Record(line_no, raw, None, f"field {field!r} is {type(value).__name__}, not a string")
    return Record(line_no, raw, doc)


def parse_txt(raw: bytes, name: str, field: str) -> Record:
    """The single document of a ``.txt`` file, with the file name as ``id``."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return Record(1, raw, None, f"undecodable bytes: {e}")
    return Record(1, raw, {"id": Path(name).name, field: text})


def parse_item(line_no: int, payload: bytes | dict[str, Any] | Oversized, field: str, kind: str,
               name: str) -> Record:
    """Turn an item from :func:`iter_items` into a :class:`Record` (never raises)."""
    if isinstance(payload, Oversized):
        return Record(line_no, payload.head, None, payload.error)
    if isinstance(payload, dict):
        return check_doc(line_no, dumps(payload).encode("utf-8", "backslashreplace"), payload, field)
    if kind == "txt":
        return parse_txt(payload, name, field)
    return parse_line(line_no, payload, field)


class TruncatedInput(EOFError):
    """A JSON-lines stream that ends inside a record: its last line has no newline after it,
    opens an object (``{``) and is JSON cut short at its end (a string, object or array left
    open, a value cut inside, a UTF-8 character cut at the end of a string; for a line larger
    than the record limit, or nested too deeply for Python's ``json`` to read: its last non-blank
    byte is not ``}``). The file was cut short (a
    download or copy that stopped, a file still being written): the stream failed, like a
    truncated ``.gz``, whatever ``--max-reject-rate`` allows. A malformed record elsewhere, a
    last record that is whole without a final newline, or one whole and followed by junk
    (``\x1a``, a NUL, an extra ``}``) or with bad UTF-8 inside it, is not this: a reject."""


def _check_last(line_no: int, raw: bytes) -> None:
    """Raise :class:`TruncatedInput` if *raw*, a stream's last line with no newline after it,
    is a record cut short.

    >>> _check_last(3, b'{"id": 3, "text": "whole"}'), _check_last(3, b"]")
    (None, None)
    >>> _check_last(3, b'{"id": 3, "text": "cut he')
    Traceback (most recent call last):
    ...
    govtext.io.TruncatedInput: truncated input: the file ends inside the record at line 3 (no newline after it, and invalid JSON: Unterminated string starting at: line 1 column 19 (char 18))
    """
    if not raw.lstrip().startswith(b"{"):
        return
    why = _cut_short(raw)
    if why is None:
        return
    raise TruncatedInput(f"truncated input: the file ends inside the record at line {line_no} "
                         f"(no newline after it, and {why})")


def _skip_line(fh: IO[bytes], head: bytes) -> tuple[int, bool]:
    """Read past the rest of a line that starts with *head*, without keeping it; return the
    line's total bytes and whether it is a record cut short by the end of the stream: no
    newline after it, it opens an object (``{``) and its last non-blank byte is not the ``}``
    that would close it (too large to parse: a cheap test)."""
    n = len(head)
    last = head.rstrip()[-1:]
    while True:
        chunk = fh.readline(1 << 20)
        n += len(chunk)
        if chunk.endswith(b"\n"):
            return n, False
        if not chunk:
            return n, head.lstrip().startswith(b"{") and last != b"}"
        last = chunk.rstrip()[-1:] or last


def iter_raw(path: str | os.PathLike[str], max_bytes: int | None = None,
             blank: bool = False) -> Iterator[tuple[int, bytes | Oversized]]:
    """``(line number, raw line)`` of a JSON-lines file (``-``: stdin), 1-based.

    A UTF-8 byte order mark before the first line is skipped. Blank lines are
    skipped, or yielded as ``b""`` with *blank* (so that a caller can count them).
    A line longer than *max_bytes* is read past in pieces and yielded as
    :class:`Oversized` (memory stays bounded by *max_bytes*). A stream that ends inside a
    record raises :class:`TruncatedInput` instead of yielding its last line.
    """
    limit = -1 if max_bytes is None else max_bytes + 1
    with open_binary(path) as fh:
        i = 0
        while True:
            raw = fh.readline(limit)
            if not raw:
                return
            i += 1
            if i == 1 and raw.startswith(_BOM):
                raw = raw[3:]
            if max_bytes is not None and len(raw) > max_bytes and not raw.endswith(b"\n"):
                size, cut = _skip_line(fh, raw)
                if cut:
                    raise TruncatedInput(
                        f"truncated input: the file ends inside the record at line {i} (no newline "
                        f"after it, and the record of {size} bytes, larger than the limit, does "
                        f"not end with '}}')")
                yield i, Oversized(size, raw[:200], max_bytes)
                continue
            if not raw.endswith(b"\n"):  # (the stream's last line)
                _check_last(i, raw.rstrip(b"\r"))
            raw = raw.rstrip(b"\r\n")
            if raw.strip():
                yield i, raw
            elif blank:
                yield i, b""


def iter_parquet(path: str | os.PathLike[str], batch_rows: int = 1024) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(row number, row as dict)`` of a Parquet file, read a row group slice at a time."""
    require_parquet()
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    n = 0
    for batch in pf.iter_batches(batch_size=batch_rows):
        for row in batch.to_pylist():
            n += 1
            yield n, row


def iter_items(shard: Shard, max_bytes: int | None = None,
               blank: bool = False) -> Iterator[tuple[int, bytes | dict[str, Any] | Oversized]]:
    """Raw items of a shard: JSON lines as bytes, Parquet rows as dicts, a whole ``.txt`` as bytes.

    *max_bytes* and *blank* as in :func:`iter_raw` (a ``.txt`` larger than
    *max_bytes* is one :class:`Oversized` item).
    """
    src: str | Path = STDIN if shard.path is None else shard.path
    if shard.kind == "jsonl":
        yield from iter_raw(src, max_bytes, blank)
    elif shard.kind == "parquet":
        yield from iter_parquet(src)
    else:
        with open_binary(src) as fh:
            data = fh.read(-1 if max_bytes is None else max_bytes + 1)
            if max_bytes is not None and len(data) > max_bytes:
                n = len(data)
                while chunk := fh.read(1 << 20):
                    n += len(chunk)
                yield 1, Oversized(n, data[:200], max_bytes)
            else:
                yield 1, data


def iter_records(path: str | os.PathLike[str], field: str = "text") -> Iterator[Record]:
    """Records of a ``.jsonl``/``.parquet`` file, or the single document of a ``.txt`` file."""
    kind = input_kind(path) or "txt"
    shard = Shard(None if os.fspath(path) == STDIN else Path(path), kind, Path(Path(path).name))
    for line_no, payload in iter_items(shard):
        yield parse_item(line_no, payload, field, kind, Path(path).name)


# --- writing ----------------------------------------------------------------------------------


def _json_default(o: Any) -> Any:
    if isinstance(o, (bytes, bytearray)):
        return o.decode("utf-8", "backslashreplace")
    return str(o)  # dates, decimals ... from Parquet


def dumps(obj: Any) -> str:
    """One JSON line, UTF-8 kept readable; values JSON lacks (dates, bytes) become strings.

    >>> dumps({"text": "教育", "n": 1})
    '{"text":"教育","n":1}'
    """
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=_json_default)


@functools.lru_cache(maxsize=1)
def _orjson() -> tuple[Any, int] | None:
    try:
        import orjson
    except ImportError:
        return None
    # dates, dataclasses and subclasses go to _json_default as with json.dumps, not orjson's forms
    return orjson, orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


def dumps_bytes(obj: Any) -> bytes:
    """:func:`dumps` encoded as UTF-8, with ``orjson`` when it is installed (6-7x faster).

    The same JSON: only floats below 1e-4 or from 1e16 are spelled differently (``1e16``,
    not ``1e+16``) and NaN is ``null``. What orjson refuses (a lone surrogate, an integer
    beyond 64 bits, a key that is not a string) goes through :func:`dumps`, so a lone
    surrogate raises ``UnicodeEncodeError`` either way.

    >>> dumps_bytes({"text": "教育", "n": 1}) == dumps({"text": "教育", "n": 1}).encode()
    True
    """
    fast = _orjson()
    if fast is not None:
        try:
            return fast[0].dumps(obj, default=_json_default, option=fast[1])  # type: ignore[no-any-return]
        except TypeError:  # orjson.JSONEncodeError: surrogates, big ints, other keys, deep nesting
            pass
    return dumps(obj).encode("utf-8")


def reject_dict(rec: Record, source: str | None = None) -> dict[str, Any]:
    """What the rejects file keeps of a broken record: where, why, and its raw text."""
    out: dict[str, Any] = {"line": rec.line_no, "error": rec.error}
    if source is not None:
        out["file"] = source
    out["raw"] = rec.raw.decode("utf-8", "backslashreplace")
    return out


def tmp_path(path: Path) -> Path:
    """The hidden temporary name a shard is written under before it is complete.

    >>> tmp_path(Path("out/part-1.jsonl.gz")).as_posix()
    'out/.part-1.jsonl.gz.govtext-tmp'
    """
    return path.with_name("." + path.name + TMP_SUFFIX)


class AtomicWriter:
    """Text written to a hidden temporary file, renamed to *path* by :meth:`commit`.

    Compression follows the final name (``.gz``, ``.zst``). Until :meth:`commit`
    nothing exists under *path*; :meth:`abort` removes the temporary file. A
    process killed in between leaves only the hidden ``.NAME.govtext-tmp``, which
    the next run overwrites, or continues: :meth:`checkpoint` makes what was written
    so far durable and returns its size, and ``AtomicWriter(path, resume_at=size)``
    reopens the temporary file cut back to that size (a compressed file goes on with
    a new gzip member or zstd frame, which readers join).

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> w = AtomicWriter(d / "out.jsonl")
    >>> w.write('{"a":1}\\n')
    >>> (d / "out.jsonl").exists()
    False
    >>> w.commit()
    >>> (d / "out.jsonl").read_text()
    '{"a":1}\\n'
    """

    def __init__(self, path: str | os.PathLike[str], resume_at: int | None = None) -> None:
        self.path = Path(path)
        name = self.path.name.lower()
        if name.endswith(".zst"):
            require_zstd(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = tmp_path(self.path)
        if resume_at is None:
            self._raw = self.tmp.open("wb")
        else:
            self._raw = self.tmp.open("r+b")
            self._raw.truncate(resume_at)
            self._raw.seek(resume_at)
        self._kind = "gz" if name.endswith(".gz") else "zst" if name.endswith(".zst") else ""
        self._inner: IO[bytes] | None = None
        self._start()
        self.closed = False
        self._size = 0

    def _start(self) -> None:
        if self._kind == "gz":
            self._inner = gzip.GzipFile(filename="", fileobj=self._raw, mode="wb", compresslevel=6, mtime=0)  # type: ignore[assignment]
        elif self._kind == "zst":
            import zstandard

            self._inner = zstandard.ZstdCompressor(level=3).stream_writer(self._raw, closefd=False)  # type: ignore[assignment]
        self._out: IO[bytes] = self._inner or self._raw

    @contextlib.contextmanager
    def _named(self) -> Iterator[None]:
        """An ``OSError`` of a write (a full disk) names the file (buffered writes do not)."""
        try:
            yield
        except OSError as e:
            if e.filename is not None or not e.errno:
                raise
            raise OSError(e.errno, e.strerror, str(self.path)) from e

    def checkpoint(self) -> int:
        """Make everything written so far durable (a compressed stream ends its gzip member or
        zstd frame and starts another); return the temporary file's size."""
        with self._named():
            if self._inner is not None:
                self._inner.close()
            self._raw.flush()
            os.fsync(self._raw.fileno())
            size = self._raw.tell()
            if self._inner is not None:
                self._start()  # the next member's header comes after the recorded size
        return size

    def write(self, s: str) -> None:
        """Append text (UTF-8)."""
        self.write_bytes(s.encode("utf-8"))

    def write_bytes(self, b: bytes) -> None:
        """Append bytes, already UTF-8."""
        with self._named():
            self._out.write(b)

    def _close(self) -> None:
        if self.closed:
            return
        self.closed = True
        if self._inner is not None:
            self._inner.close()
        self._raw.flush()

    def finish(self) -> int:
        """End the stream and make the temporary file durable, still under its hidden name;
        return its size (:meth:`commit` then only renames it)."""
        with self._named():
            self._close()
            if not self._raw.closed:
                os.fsync(self._raw.fileno())
                self._size = self._raw.tell()
                self._raw.close()
        return self._size

    def commit(self) -> None:
        """Finish the file and rename it to its final name (atomic on POSIX and Windows)."""
        self.finish()
        os.replace(self.tmp, self.path)

    def suspend(self) -> None:
        """Close the temporary file and keep it (after a :meth:`checkpoint`, for resuming)."""
        with contextlib.suppress(OSError, ValueError):
            self._raw.close()
        self.closed = True

    def abort(self) -> None:
        """Discard everything written: the final name is left untouched (never raises an
        ``OSError``: it also runs after a failed write, e.g. on a full disk)."""
        with contextlib.suppress(OSError, ValueError):
            self._close()
        with contextlib.suppress(OSError, ValueError):
            self._raw.close()
        with contextlib.suppress(OSError):
            self.tmp.unlink(missing_ok=True)


# --- completion markers -----------------------------------------------------------------------

DONE_SUFFIX = ".govtext-done"
PART_SUFFIX = ".govtext-part"


def part_path(path: Path) -> Path:
    """The hidden checkpoint of the output *path* being written (how far its input was done).

    >>> part_path(Path("out/part-1.jsonl.gz")).as_posix()
    'out/.part-1.jsonl.gz.govtext-part'
    """
    return path.with_name("." + path.name + PART_SUFFIX)


def _write_marker(marker: Path, data: dict[str, Any]) -> None:
    """Write a small JSON file atomically and durably, as the outputs are: its contents made
    durable (fsync) under a temporary name, then renamed into place."""
    tmp = marker.with_name(marker.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(json.dumps(data, ensure_ascii=False) + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, marker)


def write_part(path: Path, info: dict[str, Any]) -> None:
    """Record a checkpoint of *path* (written atomically)."""
    _write_marker(part_path(path), info)


def _load_part(path: Path, info: dict[str, Any]) -> dict[str, Any] | None:
    """The checkpoint of *path* as written, if it holds every field of *info* as given; else None."""
    try:
        data = json.loads(part_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or any(data.get(k) != v for k, v in info.items()):
        return None
    return data


def read_part(path: Path, info: dict[str, Any]) -> dict[str, Any] | None:
    """The checkpoint of *path* if it was made from the same input with the same options and
    its temporary files still hold what it recorded; else None."""
    data = _load_part(path, info)
    if data is None:
        return None
    try:
        if tmp_path(path).stat().st_size < int(data["out_size"]):
            return None
        rej = data.get("rejects")
        if rej and tmp_path(Path(rej)).stat().st_size < int(data["rej_size"]):
            return None
    except (OSError, KeyError, TypeError, ValueError):
        return None
    return data


def complete_output(path: Path, part: dict[str, Any], rejects: Path | None = None) -> bool:
    """Put a finished output in place: its rejects file, then the output itself, renamed from
    their temporary names, then its completion marker; the checkpoint goes last.

    *part* is the final checkpoint, written once both temporary files were made durable: their
    sizes, and ``complete``, the marker's fields (None: no marker, the input is not a file). Every
    step can be done again, so a run killed between two of them leaves a state that this
    function, called by ``--resume``, completes without cleaning the shard again. *rejects* is
    the shard's rejects file when it has none this time (a stale one is removed). Returns False,
    touching nothing more, when a file is not where or what *part* says.
    """
    rej = Path(part["rejects"]) if part.get("rejects") else None
    out_size = int(part["out_size"])
    steps = [(rej, int(part["rej_size"]))] if rej is not None else []
    if rej is None and rejects is not None:
        rejects.unlink(missing_ok=True)  # stale, from an earlier run
    for final, size in [*steps, (path, out_size)]:
        tmp = tmp_path(final)
        with contextlib.suppress(FileNotFoundError):
            if tmp.stat().st_size == size:
                os.replace(tmp, final)
        try:
            if final.stat().st_size != size:
                return False
        except FileNotFoundError:
            return False
    if part.get("complete") is not None:
        write_done(path, part["complete"])
    part_path(path).unlink(missing_ok=True)
    return True


def complete_killed(path: Path, info: dict[str, Any], rejects: Path | None = None) -> bool:
    """Complete an output that a killed run had finished but not yet put in place (see
    :func:`complete_output`), if its final checkpoint is of the same input and options."""
    data = _load_part(path, info)
    if data is None or not data.get("complete"):
        return False
    try:
        return complete_output(path, data, rejects)
    except (OSError, KeyError, TypeError, ValueError):  # then the shard is continued or redone
        return False


def done_path(path: Path) -> Path:
    """The hidden marker saying that the output *path* was written whole by govtext.

    >>> done_path(Path("out/part-1.jsonl.gz")).as_posix()
    'out/.part-1.jsonl.gz.govtext-done'
    """
    return path.with_name("." + path.name + DONE_SUFFIX)


def write_done(path: Path, info: dict[str, Any]) -> None:
    """Record that *path* is complete: *info* (input fingerprint, options, counts) and the
    output's size, written atomically and durably next to it (before the checkpoint it
    replaces is removed: see :func:`complete_output`)."""
    _write_marker(done_path(path), {**info, "output": str(path), "output_size": path.stat().st_size})


def is_done(path: Path, info: dict[str, Any]) -> dict[str, Any] | None:
    """The marker of *path* (its counts) when *path* was completed by govtext from the same
    input (same size and modification time) with the same options and has not changed
    since; else None.

    A file govtext did not finish (no marker, or a marker of another input or of
    other options) is never trusted.
    """
    try:
        data = json.loads(done_path(path).read_text(encoding="utf-8"))
        size = path.stat().st_size
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("output_size") != size:
        return None
    if all(data.get(k) == v for k, v in info.items() if k in ("input", "options")):
        return data
    return None
