"""Streaming readers and writers: ``.txt``, ``.jsonl``, ``.jsonl.gz``, ``.jsonl.zst``.

Readers yield :class:`Record` objects one at a time, so memory does not grow with
the input. A record that cannot be read (invalid JSON, missing or non-string
field, undecodable bytes) is yielded with ``error`` set instead of being dropped:
the caller counts it and writes it to a rejects file.
"""

from __future__ import annotations

import gzip
import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any


@dataclass
class Record:
    """One input record: its 1-based line number, its raw bytes, and the parsed object."""

    line_no: int
    raw: bytes
    doc: dict[str, Any] | None = None
    error: str | None = None


def _zstd_reader(path: Path) -> IO[bytes]:
    try:
        import zstandard
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise RuntimeError(
            f"{path}: reading .zst needs the 'zstandard' package (pip install 'govtext[zstd]')"
        ) from e
    fh = path.open("rb")
    return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(fh, closefd=True))  # type: ignore[arg-type]


def open_binary(path: str | os.PathLike[str]) -> IO[bytes]:
    """Open *path* for reading bytes, decompressing ``.gz`` and ``.zst`` on the fly."""
    p = Path(path)
    if p.suffix == ".gz":
        return gzip.open(p, "rb")  # type: ignore[return-value]
    if p.suffix == ".zst":
        return _zstd_reader(p)
    return p.open("rb")


def is_jsonl(path: str | os.PathLike[str]) -> bool:
    """True for ``.jsonl``/``.ndjson`` files, compressed or not."""
    name = Path(path).name.lower()
    for ext in (".gz", ".zst"):
        if name.endswith(ext):
            name = name[: -len(ext)]
    return name.endswith((".jsonl", ".ndjson", ".json"))


def parse_line(line_no: int, raw: bytes, field: str) -> Record:
    """Parse one JSON line; never raises, sets ``error`` instead."""
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return Record(line_no, raw, None, f"undecodable bytes: {e}")
    try:
        doc = json.loads(s)
    except ValueError as e:
        return Record(line_no, raw, None, f"invalid JSON: {e}")
    if not isinstance(doc, dict):
        return Record(line_no, raw, None, f"not a JSON object: {type(doc).__name__}")
    if field not in doc:
        return Record(line_no, raw, None, f"missing field {field!r}")
    if not isinstance(doc[field], str):
        return Record(line_no, raw, None, f"field {field!r} is {type(doc[field]).__name__}, not a string")
    return Record(line_no, raw, doc)


def iter_raw(path: str | os.PathLike[str]) -> Iterator[tuple[int, bytes]]:
    """``(line number, raw line)`` of a JSON-lines file, blank lines skipped."""
    with open_binary(path) as fh:
        for i, raw in enumerate(fh, 1):
            raw = raw.rstrip(b"\r\n")
            if raw.strip():
                yield i, raw


def iter_records(path: str | os.PathLike[str], field: str = "text") -> Iterator[Record]:
    """Records of a ``.jsonl`` file, or the single document of a ``.txt`` file."""
    if is_jsonl(path):
        for i, raw in iter_raw(path):
            yield parse_line(i, raw, field)
        return
    with open_binary(path) as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        yield Record(1, raw, None, f"undecodable bytes: {e}")
        return
    yield Record(1, raw, {"id": Path(path).name, field: text})


def dumps(obj: Any) -> str:
    """One JSON line, UTF-8 kept readable."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def reject_dict(rec: Record) -> dict[str, Any]:
    """What the rejects file keeps of a broken record: where, why, and its raw text."""
    return {"line": rec.line_no, "error": rec.error, "raw": rec.raw.decode("utf-8", "backslashreplace")}
