"""``govtext clean --output-format parquet``: the cleaned records as Parquet, with a typed schema.

One row per record, three columns:

* ``text`` (string): the cleaned text;
* ``record`` (string): the rest of the input record, as JSON (the text field left out; a
  nested ``--field data.text`` is set to null where it stands), so that no input field is
  lost whatever its shape;
* ``govtext`` (struct, left out by ``--fields text``): the parts of the record schema
  (:data:`govtext.pipeline.SCHEMA_VERSION`) that ``--fields`` chose, typed:
  ``schema`` int16, ``meta`` map<string, string>, ``dropped`` list<struct<line, rule,
  reason, text>>, ``steps`` map<string, struct<lines, chars>>, ``numbers``
  list<struct<start, end, text, low, high, low_text, high_text, unit, approx, kind,
  value_kind, qualifier>>, ``outline`` list<struct<level, family, marker, number, title>>;
  ``signals`` and ``document`` are JSON strings (their inner shape is richer than a fixed
  struct). A number's value is in ``low``/``high`` (float64) when it is a number, in
  ``low_text``/``high_text`` when it is not (a date ``2024-09``, a time).

A worker turns its batch into an Arrow IPC stream (:func:`batch_table`), the parent appends
it to the shard's file (:class:`ParquetSink`, written under a hidden name and renamed when
the shard is complete, like every output). Needs ``pyarrow`` (``pip install 'govtext[parquet]'``).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from .io import dumps, require_parquet, tmp_path, with_field

#: The parts of the ``govtext`` struct, in order (``schema`` is always there).
PARTS = ("meta", "dropped", "steps", "numbers", "signals", "outline", "document")


def schema(parts: frozenset[str] | None = None) -> Any:
    """The Arrow schema of the rows: ``text``, ``record`` and, unless *parts* is empty, the
    ``govtext`` struct with *parts* (None: all of them).

    >>> schema(frozenset({"meta"})).field("govtext").type
    StructType(struct<schema: int16, meta: map<string, string>>)
    >>> schema(frozenset()).names
    ['text', 'record']
    """
    require_parquet()
    import pyarrow as pa

    s, i64 = pa.string(), pa.int64()
    types: dict[str, Any] = {
        "meta": pa.map_(s, s),
        "dropped": pa.list_(pa.struct([("line", i64), ("rule", s), ("reason", s), ("text", s)])),
        "steps": pa.map_(s, pa.struct([("lines", i64), ("chars", i64)])),
        "numbers": pa.list_(pa.struct([
            ("start", i64), ("end", i64), ("text", s), ("low", pa.float64()), ("high", pa.float64()),
            ("low_text", s), ("high_text", s), ("unit", s), ("approx", pa.bool_()), ("kind", s),
            ("value_kind", s), ("qualifier", s),
        ])),
        "signals": s,
        "outline": pa.list_(pa.struct([("level", i64), ("family", s), ("marker", s), ("number", i64),
                                       ("title", s)])),
        "document": s,
    }
    fields = [pa.field("text", s), pa.field("record", s)]
    if parts is None or parts:
        chosen = [p for p in PARTS if parts is None or p in parts]
        fields.append(pa.field("govtext", pa.struct([("schema", pa.int16())] + [(p, types[p]) for p in chosen])))
    return pa.schema(fields)


def _number(v: Any) -> tuple[float | None, str | None]:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v), None
    return None, None if v is None else str(v)


def row(doc: dict[str, Any], field_name: str, text: str, info: dict[str, Any] | None) -> dict[str, Any]:
    """The Parquet row of one cleaned record: its cleaned *text*, and *info* the chosen parts
    of ``Result.to_dict()`` with ``schema`` (changed in place), or None for no ``govtext`` column.

    >>> from govtext import clean
    >>> info = clean("增长百分之十五").to_dict()
    >>> r = row({"id": 7, "text": "x"}, "text", info["text"], {k: info[k] for k in ("schema", "numbers")})
    >>> r["text"], r["record"], r["govtext"]["numbers"][0]["low"]
    ('增长百分之十五', '{"id":7}', 15.0)
    """
    rest = {k: v for k, v in doc.items() if k != field_name} if field_name in doc else with_field(doc, field_name, None)
    out: dict[str, Any] = {"text": text, "record": dumps(rest)}
    if info is None:
        return out
    nums = info.get("numbers")
    if nums is not None:
        info["numbers"] = [_typed_number(m) for m in nums]
    for k in ("signals", "document"):
        if k in info:
            info[k] = dumps(info[k])
    out["govtext"] = info
    return out


def _typed_number(m: dict[str, Any]) -> dict[str, Any]:
    m = dict(m)
    m["low"], m["low_text"] = _number(m.get("low"))
    m["high"], m["high_text"] = _number(m.get("high"))
    return m


def batch_table(rows: list[dict[str, Any]], parts: frozenset[str] | None) -> tuple[bytes, list[int]]:
    """The rows as one Arrow IPC stream, and the indexes of the rows that could not be
    converted (a lone surrogate in a string): those are left out, for the caller to reject."""
    import pyarrow as pa

    sch = schema(parts)
    bad: list[int] = []
    try:
        table = pa.Table.from_pylist(rows, schema=sch)
    except (UnicodeEncodeError, pa.ArrowException, TypeError, ValueError, OverflowError):
        good = []
        for i, r in enumerate(rows):
            try:
                pa.Table.from_pylist([r], schema=sch)
            except (UnicodeEncodeError, pa.ArrowException, TypeError, ValueError, OverflowError):
                bad.append(i)
            else:
                good.append(r)
        table = pa.Table.from_pylist(good, schema=sch)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, sch) as w:
        w.write_table(table)
    return sink.getvalue().to_pybytes(), bad


class ParquetSink:
    """A Parquet output written under a hidden temporary name: :meth:`finish` ends it there, and
    the caller renames it into place with its rejects and marker (``govtext.io.complete_output``,
    as for an :class:`govtext.io.AtomicWriter`; a Parquet file cannot be continued after a kill,
    so a shard in progress is redone whole by ``--resume``)."""

    def __init__(self, path: str | os.PathLike[str], parts: frozenset[str] | None) -> None:
        require_parquet()
        import pyarrow.parquet as pq

        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = tmp_path(self.path)
        self._w = pq.ParquetWriter(str(self.tmp), schema(parts), compression="zstd")
        self.closed = False

    def write_table(self, blob: bytes) -> None:
        """Append the rows of one batch (an Arrow IPC stream from :func:`batch_table`)."""
        import pyarrow as pa

        table = pa.ipc.open_stream(blob).read_all()
        if table.num_rows:
            self._w.write_table(table)

    def finish(self) -> int:
        """Write the footer and make the file durable, still under its hidden name; return its
        size."""
        if not self.closed:
            self._w.close()
            self.closed = True
            with open(self.tmp, "rb") as f:
                os.fsync(f.fileno())
        return self.tmp.stat().st_size

    def abort(self) -> None:
        """Discard the file (never raises an ``OSError``)."""
        if not self.closed:
            self.closed = True
            with contextlib.suppress(Exception):
                self._w.close()
        with contextlib.suppress(OSError):
            self.tmp.unlink(missing_ok=True)

    suspend = abort
