"""Streaming readers and atomic writers for crawl shards.

Inputs (see :func:`expand_inputs`): a file, a directory (searched recursively),
a glob, or ``-`` for standard input, holding ``.jsonl`` / ``.ndjson`` (optionally
``.gz`` or ``.zst``), ``.parquet`` (needs ``pyarrow``) or ``.txt`` (one document
per file).

Readers yield one item at a time, so memory does not grow with the input. A
record that cannot be read (invalid JSON, missing or non-string field,
undecodable bytes) becomes a :class:`Record` with ``error`` set instead of being
dropped: the caller counts it and writes it to a rejects file.

Writers (:class:`AtomicWriter`) write to a hidden temporary file next to the
target and rename it into place only when the shard is complete, so a killed
run never leaves a truncated file under the final name.
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

#: Name of standard input on the command line.
STDIN = "-"

_COMPRESSED = (".gz", ".zst")
_JSONL = (".jsonl", ".ndjson", ".json")
_GLOB_CHARS = frozenset("*?[")
TMP_SUFFIX = ".govtext-tmp"
REJECTS_SUFFIX = ".rejects.jsonl"


@dataclass
class Record:
    """One input record: its 1-based line number, its raw bytes, and the parsed object."""

    line_no: int
    raw: bytes
    doc: dict[str, Any] | None = None
    error: str | None = None


# --- opening --------------------------------------------------------------------------------


def _zstd_reader(fh: IO[bytes], name: object) -> IO[bytes]:
    try:
        import zstandard
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise InputError(
            f"{name}: reading .zst needs the 'zstandard' package (pip install 'govtext[zstd]')"
        ) from e
    return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(fh, closefd=True))  # type: ignore[arg-type]


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
        """Bytes on disk, or None for standard input."""
        return None if self.path is None else self.path.stat().st_size

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
    if name.endswith((REJECTS_SUFFIX, TMP_SUFFIX)):
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
        return Record(line_no, raw, None, f"undecodable bytes: {e}")
    try:
        doc = json.loads(s)
    except ValueError as e:
        return Record(line_no, raw, None, f"invalid JSON: {e}")
    return check_doc(line_no, raw, doc, field)


def check_doc(line_no: int, raw: bytes, doc: Any, field: str) -> Record:
    """A :class:`Record` for an already-parsed object, with ``error`` if it lacks a text *field*."""
    if not isinstance(doc, dict):
        return Record(line_no, raw, None, f"not a JSON object: {type(doc).__name__}")
    if field not in doc:
        return Record(line_no, raw, None, f"missing field {field!r}")
    if not isinstance(doc[field], str):
        return Record(line_no, raw, None, f"field {field!r} is {type(doc[field]).__name__}, not a string")
    return Record(line_no, raw, doc)


def parse_txt(raw: bytes, name: str, field: str) -> Record:
    """The single document of a ``.txt`` file, with the file name as ``id``."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return Record(1, raw, None, f"undecodable bytes: {e}")
    return Record(1, raw, {"id": Path(name).name, field: text})


def parse_item(line_no: int, payload: bytes | dict[str, Any], field: str, kind: str, name: str) -> Record:
    """Turn an item from :func:`iter_items` into a :class:`Record` (never raises)."""
    if isinstance(payload, dict):
        return check_doc(line_no, dumps(payload).encode("utf-8"), payload, field)
    if kind == "txt":
        return parse_txt(payload, name, field)
    return parse_line(line_no, payload, field)


def iter_raw(path: str | os.PathLike[str]) -> Iterator[tuple[int, bytes]]:
    """``(line number, raw line)`` of a JSON-lines file (``-``: stdin), blank lines skipped."""
    with open_binary(path) as fh:
        for i, raw in enumerate(fh, 1):
            raw = raw.rstrip(b"\r\n")
            if raw.strip():
                yield i, raw


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


def iter_items(shard: Shard) -> Iterator[tuple[int, bytes | dict[str, Any]]]:
    """Raw items of a shard: JSON lines as bytes, Parquet rows as dicts, a whole ``.txt`` as bytes."""
    src: str | Path = STDIN if shard.path is None else shard.path
    if shard.kind == "jsonl":
        yield from iter_raw(src)
    elif shard.kind == "parquet":
        yield from iter_parquet(src)
    else:
        with open_binary(src) as fh:
            yield 1, fh.read()


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
    the next run overwrites.

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

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = tmp_path(self.path)
        self._raw = self.tmp.open("wb")
        self._inner: IO[bytes] | None = None
        name = self.path.name.lower()
        if name.endswith(".gz"):
            self._inner = gzip.GzipFile(filename="", fileobj=self._raw, mode="wb", compresslevel=6, mtime=0)  # type: ignore[assignment]
        elif name.endswith(".zst"):
            try:
                import zstandard
            except ImportError as e:  # pragma: no cover - depends on the environment
                self._raw.close()
                self.tmp.unlink(missing_ok=True)
                raise InputError(f"{path}: writing .zst needs 'zstandard' (pip install 'govtext[zstd]')") from e
            self._inner = zstandard.ZstdCompressor(level=3).stream_writer(self._raw, closefd=False)  # type: ignore[assignment]
        self._fh = io.TextIOWrapper(self._inner or self._raw, encoding="utf-8", newline="\n", write_through=False)
        self.closed = False

    def write(self, s: str) -> None:
        """Append text."""
        self._fh.write(s)

    def _close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self._fh.flush()
        if self._inner is not None:
            self._fh.detach()
            self._inner.close()
        else:
            self._fh.detach()
        self._raw.flush()

    def commit(self) -> None:
        """Finish the file and rename it to its final name (atomic on POSIX and Windows)."""
        self._close()
        os.fsync(self._raw.fileno())
        self._raw.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        """Discard everything written: the final name is left untouched."""
        try:
            self._close()
        finally:
            self._raw.close()
            self.tmp.unlink(missing_ok=True)
