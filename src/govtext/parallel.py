"""Process a stream of shards with N worker processes, order kept, memory bounded.

The executor is apart from the steps: :func:`make_batches` cuts the input into
batches of raw items (at most ``max_records`` records or ``max_bytes`` bytes),
a worker parses and cleans a batch with :func:`govtext.clean` and sends back
output lines, and :func:`run` yields the results in input order. At most
``2 * jobs`` batches are in flight, so memory does not depend on the size of the
input. Each worker builds govtext's tables once, in its initializer
(:func:`warm_up`), not per document; workers ignore SIGINT so that Ctrl-C is
handled by the parent alone, which stops cleanly.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from .io import (
    Oversized,
    Record,
    Shard,
    TruncatedInput,
    dumps,
    dumps_bytes,
    get_field,
    iter_items,
    parse_item,
    reject_dict,
    with_field,
)
from .pipeline import Config, Result, clean
from .template import TemplateCounter, Templates, page_keys, site_of

#: Default batch limits: records per batch, and raw input bytes per batch.
MAX_RECORDS = 256
MAX_BYTES = 1 << 20

# Invented text touching every step, so that a worker compiles every table before real work.
WARMUP_TEXT = (
    "首頁 > 通知公告\n"
    "您當(dāng)前的位置：學(xué)校概況\n"
    "一、總體要求\n"
    "（一）全區新建學校三所，投入經費一千二百萬元，增長百分之十五。\n"
    "1. 2024 年9 月1 日起施行,\"課後服務\"覆蓋率達到90%。\n"
    "浼氳鎬荤粨\n"
    "版权所有 某市教育局 京ICP备00000000号"
)


def default_jobs() -> int:
    """Worker processes to use by default: the CPUs this process may run on.

    >>> default_jobs() >= 1
    True
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, os.cpu_count() or 1)


def warm_up(config: Config | None = None) -> None:
    """Build every lazily compiled table (converters, regexes, lexicons) in this process.

    >>> warm_up()
    """
    clean(WARMUP_TEXT, config)


@dataclass
class BatchResult:
    """Output lines of one batch (UTF-8 JSON lines), rejects (likewise), and counters."""

    lines: list[bytes] = field(default_factory=list)
    rejects: list[bytes] = field(default_factory=list)
    docs: int = 0
    chars: int = 0
    #: Blank input lines (JSON lines only): counted, not records.
    blank: int = 0
    #: Runs of lossy markers in the input texts, and documents holding any.
    lossy_runs: int = 0
    lossy_docs: int = 0
    dropped_by_rule: Counter[str] = field(default_factory=Counter)
    steps: Counter[str] = field(default_factory=Counter)
    #: Marks left by mojibake repair for characters that could not be known (U+FFFD).
    lossy_marks: int = 0
    #: ``--output-format parquet``: the batch's rows as an Arrow IPC stream (``lines`` is empty).
    table: bytes = b""
    #: ``--output-format parquet``: the rows until the batch ends (not sent between processes).
    rows: list[tuple[Record, dict[str, Any]]] = field(default_factory=list)

    def add(self, other: BatchResult) -> None:
        """Add *other*'s counters to this one (lines are not kept)."""
        self.docs += other.docs
        self.lossy_marks += other.lossy_marks
        self.chars += other.chars
        self.blank += other.blank
        self.lossy_runs += other.lossy_runs
        self.lossy_docs += other.lossy_docs
        self.dropped_by_rule.update(other.dropped_by_rule)
        self.steps.update(other.steps)


@dataclass
class Batch:
    """A slice of one shard: raw items, their input bytes, and whether the shard ends with it.

    ``error`` (on the last batch of a shard only) says why the shard could not be read to
    its end (truncated or corrupt compressed data, an I/O error): the shard failed.
    """

    shard: int
    kind: str
    name: str
    items: list[tuple[int, Any]]
    nbytes: int
    last: bool
    error: str | None = None
    #: The input line (or row) number of the batch's last item: the shard is done up to it.
    end_line: int = 0


#: The parts of the ``govtext`` object ``--fields`` chooses from (``schema`` is always kept).
PARTS = ("meta", "dropped", "steps", "numbers", "signals", "outline", "document")
#: The parts ``govtext clean`` writes by default: the cleaning record. The analyses (``numbers``,
#: ``outline``, ``document``) are opt-in (``--fields all``, ``--fields +numbers``): a run that
#: does not write them does not compute them.
CLEANING_PARTS = ("meta", "dropped", "steps", "signals")
FORMATS = ("jsonl", "text", "parquet")


@dataclass(frozen=True)
class OutputSpec:
    """What is written per record.

    ``format`` ``"jsonl"``: the record with its text cleaned and a ``govtext`` object
    holding the *parts* of ``Result.to_dict()`` (None: all of them; empty: no ``govtext``
    object); ``"text"``: the cleaned text alone, each document followed by two blank lines
    (``normalize_whitespace`` leaves at most one blank line inside a document, so the
    documents can be told apart); ``"parquet"``: rows of :mod:`govtext.parquet_output`.
    """

    format: str = "jsonl"
    parts: frozenset[str] | None = None

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise ValueError(f"output format must be one of {FORMATS}, got {self.format!r}")
        bad = sorted(set(self.parts or ()) - set(PARTS))
        if bad:
            raise ValueError(f"unknown govtext part(s) {', '.join(bad)}; parts are: {', '.join(PARTS)}")

    def config_for(self, config: Config) -> Config:
        """*config* with the analyses of ``clean()`` this output does not write switched off
        (the number mentions, the outline, the document): a run does not compute what it does
        not write. The cleaned text is the same.

        >>> c = OutputSpec("text").config_for(Config())
        >>> c.find_numbers, c.outline, c.document
        (False, False, False)
        >>> c = OutputSpec("jsonl", frozenset({"document"})).config_for(Config())
        >>> c.find_numbers, c.outline, c.document
        (False, True, True)
        """
        if config.chunk_chars:  # chunks read the outline and the document
            return config
        wanted = frozenset() if self.format == "text" else frozenset(PARTS) if self.parts is None else self.parts
        changes = {}
        if "numbers" not in wanted and config.find_numbers:
            changes["find_numbers"] = False
        if not {"outline", "document"} & wanted and config.outline:  # the document reads the outline
            changes["outline"] = False
        if "document" not in wanted and config.document:
            changes["document"] = False
        return config.replace(**changes) if changes else config

    def row(self, doc: dict[str, Any], field_name: str, result: Result) -> dict[str, Any]:
        """The Parquet row of one record (see :mod:`govtext.parquet_output`)."""
        from .parquet_output import row

        info = None
        if self.parts is None or self.parts:
            info = result.to_dict()
            del info["text"]
            if self.parts is not None:
                info = {k: v for k, v in info.items() if k == "schema" or k in self.parts}
        return row(doc, field_name, result.text, info)

    def encode(self, doc: dict[str, Any], field_name: str, result: Result) -> bytes:
        """The output line of one record, UTF-8 (raises ``UnicodeEncodeError`` on a lone surrogate)."""
        if self.format == "text":
            return result.text.encode("utf-8") + b"\n\n"
        # serialised at once: the record may hold the number mentions' own dicts
        return dumps_bytes(_record(doc, field_name, result, self.parts, copy=False))


def cleaned_doc(doc: dict[str, Any], field_name: str, result: Result,
                parts: frozenset[str] | None = None) -> dict[str, Any]:
    """The output record: *doc* with its text replaced and ``govtext`` holding ``Result.to_dict()``
    (only its *parts*, with ``schema``, when given; no ``govtext`` key when *parts* is empty).

    This is what ``govtext clean`` writes per record and what :func:`govtext.dask.clean_bag`
    returns. A nested *field_name* (``data.text``) is replaced where it stands.

    >>> from govtext import clean
    >>> d = cleaned_doc({"id": 7, "text": "教育質量"}, "text", clean("教育質量"))
    >>> d["id"], d["text"], d["govtext"]["steps"]["to_simplified"]
    (7, '教育质量', {'lines': 1, 'chars': 1})
    >>> cleaned_doc({"id": 7, "text": "教育質量"}, "text", clean("教育質量"), frozenset({"meta"}))
    {'id': 7, 'text': '教育质量', 'govtext': {'schema': 1, 'meta': {}}}
    """
    return _record(doc, field_name, result, parts, copy=True)


def _record(doc: dict[str, Any], field_name: str, result: Result, parts: frozenset[str] | None,
            copy: bool) -> dict[str, Any]:
    out = with_field(doc, field_name, result.text)
    if parts is not None and not parts:
        return out
    info = result._record(copy=copy)
    info.pop("text")
    if parts is not None:
        info = {k: v for k, v in info.items() if k == "schema" or k in parts}
    out["govtext"] = info
    return out


def chunk_docs(doc: dict[str, Any], field_name: str, result: Result, max_chars: int) -> list[dict[str, Any]]:
    """The output records of ``govtext clean --chunks``: one per chunk of the cleaned text, each
    *doc* with *field_name* holding the chunk's text and ``govtext`` the chunk's place.

    >>> from govtext import clean
    >>> ds = chunk_docs({"id": 7, "text": "x"}, "text", clean("一、总则\\n为了规范。\\n"), 800)
    >>> ds[0]["id"], ds[0]["text"], ds[0]["govtext"]["chunk"]["heading_path"], ds[0]["govtext"]["chunks"]
    (7, '一、总则\\n为了规范。\\n', '一、总则', 1)
    """
    chunks = result.chunks(max_chars=max_chars)
    out = []
    for i, c in enumerate(chunks):
        info = c.to_dict()
        info.pop("text")
        d = with_field(doc, field_name, c.text)
        d["govtext"] = {"chunk": info, "chunk_index": i, "chunks": len(chunks)}
        out.append(d)
    return out


def reject_line(rec: Record, source: str | None = None) -> bytes:
    """The rejects-file line of *rec*, as UTF-8 (what cannot be encoded is escaped)."""
    return dumps(reject_dict(rec, source)).encode("utf-8", "backslashreplace")


def process_record(rec: Record, field_name: str, config: Config, out: BatchResult,
                   emit: bool | OutputSpec = True, source: str | None = None,
                   templates: SiteTemplates | None = None) -> None:
    """Clean one parsed record into *out* (or record why it was rejected); *emit* False
    counts without output lines, an :class:`OutputSpec` chooses the output.

    A record that cannot be cleaned (a step raising on it) or written (a lone
    surrogate, ``"\\ud800"`` in the JSON, cannot be encoded as UTF-8) is rejected
    with the reason; the run goes on.
    """
    if rec.error is not None or rec.doc is None:
        out.rejects.append(reject_line(rec, source))
        return
    doc = rec.doc
    text = get_field(doc, field_name)
    spec = emit if isinstance(emit, OutputSpec) else _DEFAULT_SPEC
    try:
        template = templates.for_record(doc, source or "") if templates is not None else None
        result = clean(text, config, template=template)
        if spec.format == "parquet" and emit:
            row = spec.row(doc, field_name, result)
            # what cannot be encoded raises here, as in a JSON line (the rest derives from these)
            text.encode("utf-8"), row["record"].encode("utf-8")
            out.rows.append((rec, row))
            line = b""
        elif config.chunk_chars:
            line = b"\n".join(dumps_bytes(d) for d in chunk_docs(doc, field_name, result,
                                                                           config.chunk_chars))
        else:
            line = spec.encode(doc, field_name, result)
    except UnicodeEncodeError as e:
        bad = e.object[e.start : e.end] if isinstance(e.object, str) else ""
        rec.error = f"cannot be written as UTF-8: {bad!r} at character {e.start} ({e.reason})"
        out.rejects.append(reject_line(rec, source))
        return
    except Exception as e:  # a bug must not lose the record: reject it with the reason
        rec.error = f"clean() failed: {type(e).__name__}: {e!r}"
        out.rejects.append(reject_line(rec, source))
        return
    if emit and line:  # (a document with no text has no chunks)
        out.lines.append(line)
    out.docs += 1
    out.chars += len(text)
    lossy = result.signals.get("lossy_runs", 0)
    out.lossy_runs += lossy
    out.lossy_docs += lossy > 0
    out.dropped_by_rule.update(d.rule for d in result.dropped)
    out.lossy_marks += result.signals.get("lossy_marks", 0)
    for s in result.steps:
        if s.lines_changed:
            out.steps[s.step] += s.lines_changed


_DEFAULT_SPEC = OutputSpec()


def process_batch(items: Iterable[tuple[int, Any]], field_name: str, config: Config,
                  kind: str = "jsonl", name: str = "", emit: bool | OutputSpec = True,
                  templates: SiteTemplates | None = None) -> BatchResult:
    """Parse and clean a batch of raw items (JSON lines, Parquet rows or one ``.txt``)."""
    out = BatchResult()
    for line_no, payload in items:
        if payload == b"" and kind == "jsonl":
            out.blank += 1
            continue
        rec = parse_item(line_no, payload, field_name, kind, name)
        process_record(rec, field_name, config, out, emit, name or None, templates)
    if isinstance(emit, OutputSpec) and emit.format == "parquet":
        _parquet_batch(out, emit, name)
    return out


def _parquet_batch(out: BatchResult, spec: OutputSpec, name: str) -> None:
    """Turn the batch's rows into an Arrow IPC stream; a row Arrow cannot take (a lone
    surrogate) is rejected, as a JSON line with one would be."""
    from .parquet_output import batch_table

    out.table, bad = batch_table([r for _, r in out.rows], spec.parts)
    for i in bad:
        rec = out.rows[i][0]
        rec.error = "cannot be written as Parquet: a value Arrow cannot take"
        out.rejects.append(reject_line(rec, name or None))
        out.docs -= 1
    out.rows = []


@dataclass(frozen=True)
class SiteTemplates:
    """The template lines learned from a crawl (:class:`govtext.template.Templates`) and how a
    record names its site: the host of its *site_field* (a URL), else its input shard."""

    templates: Templates
    site_field: str | None = "url"

    def for_record(self, doc: Any, shard: str = "") -> dict[int, int]:
        site = site_of(doc, self.site_field, shard) if isinstance(doc, dict) else shard
        return self.templates.for_site(site)


def count_batch(items: Iterable[tuple[int, Any]], field_name: str, config: Config,
                kind: str, name: str, site_field: str | None, counter: TemplateCounter) -> None:
    """First pass of a template run: count the lines of each record of a batch for its site
    (broken records are left to the second pass, which reports them)."""
    for line_no, payload in items:
        if payload == b"" and kind == "jsonl":
            continue
        rec = parse_item(line_no, payload, field_name, kind, name)
        if rec.error is not None or rec.doc is None:
            continue
        text = get_field(rec.doc, field_name)
        if isinstance(text, str) and text:
            counter.add(site_of(rec.doc, site_field, name), page_keys(text, config))


def _count_work(items: list[tuple[int, Any]], kind: str, name: str) -> TemplateCounter:
    counter = TemplateCounter(_WORKER["min_pages"])
    count_batch(items, _WORKER["field"], _WORKER["config"], kind, name, _WORKER["site_field"],
                counter)
    return counter


def learn_templates(batches: Iterable[Batch], field_name: str, config: Config,
                    site_field: str | None = "url", min_pages: int = 3, jobs: int = 1,
                    max_keys: int = 2_000_000) -> Templates:
    """The first pass over a crawl: the template lines of each site (lines on *min_pages*
    pages or more of it), counted as 64-bit hashes (at most *max_keys*, see
    :class:`govtext.template.TemplateCounter`), in *jobs* processes."""
    total = TemplateCounter(min_pages, max_keys)
    if jobs <= 1:
        for b in batches:
            count_batch(b.items, field_name, config, b.kind, b.name, site_field, total)
        return total.build()
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=_context(config), initializer=init_worker,
        initargs=(field_name, config, False, None, site_field, min_pages),
    )
    pending: deque[Future[TemplateCounter]] = deque()
    try:
        for b in batches:
            pending.append(pool.submit(_count_work, b.items, b.kind, b.name))
            while len(pending) >= 2 * jobs:
                total.merge(pending.popleft().result())
        while pending:
            total.merge(pending.popleft().result())
    finally:
        _shutdown(pool)
    return total.build()


def process_records(records: Iterable[Record], field_name: str, config: Config) -> BatchResult:
    """Clean already-parsed records."""
    out = BatchResult()
    for rec in records:
        process_record(rec, field_name, config, out)
    return out


def _item_bytes(payload: Any, field_name: str) -> int:
    if isinstance(payload, bytes):
        return len(payload) + 1
    if isinstance(payload, Oversized):
        return payload.size
    if isinstance(payload, dict):
        v = payload.get(field_name)
        return len(v.encode("utf-8", "surrogatepass")) if isinstance(v, str) else 0
    return 0


def make_batches(shards: Iterable[Shard], field_name: str = "text",
                 max_records: int = MAX_RECORDS, max_bytes: int = MAX_BYTES,
                 max_record_bytes: int | None = None,
                 skip: dict[int, int] | None = None) -> Iterator[Batch]:
    """Cut shards into batches, in order; the last batch of each shard has ``last=True``.

    Every shard yields at least one batch (an empty shard yields one empty batch),
    so a consumer sees each shard end. Blank lines are items (``b""``, counted by
    :func:`process_batch`). A read error (unreadable file, truncated or corrupt
    gzip/zstd data, a JSON-lines file ending inside a record, bad Parquet) ends its
    shard: its last batch carries the ``error``, and the consumer must treat the shard
    as failed.

    *skip* maps a shard's index to a line number: the items up to that line are read
    past, not batched (``--resume`` inside a file).
    """
    for i, shard in enumerate(shards):
        start = (skip or {}).get(i, 0)
        name = shard.name
        prev: Batch | None = None
        items: list[tuple[int, Any]] = []
        nbytes = 0
        line_no = 0
        error = None
        try:
            for line_no, payload in iter_items(shard, max_record_bytes, blank=True):
                if line_no <= start:
                    continue
                items.append((line_no, payload))
                nbytes += _item_bytes(payload, field_name)
                if len(items) >= max_records or nbytes >= max_bytes:
                    if prev is not None:
                        yield prev
                    prev = Batch(i, shard.kind, name, items, nbytes, False, end_line=line_no)
                    items, nbytes = [], 0
        except TruncatedInput as e:  # a file cut inside its last record
            error = str(e)
        except Exception as e:  # truncated/corrupt compressed data, I/O error, bad Parquet
            error = f"read error after line {line_no}: {type(e).__name__}: {e}"
        if items or prev is None:
            if prev is not None:
                yield prev
            yield Batch(i, shard.kind, name, items, nbytes, True, error, max(line_no, start))
        else:
            prev.last = True
            prev.error = error
            yield prev


# --- the pool ---------------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _exit_with_parent(parent: int) -> None:
    # A worker of a parent killed with SIGKILL would wait for work forever (its queue's pipe
    # stays open in the worker itself): leave when the parent is gone.
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(1)


def init_worker(field_name: str, config: Config, emit: bool | OutputSpec,
                templates: SiteTemplates | None = None, site_field: str | None = None,
                min_pages: int = 3) -> None:
    """Pool initializer: ignore SIGINT (the parent handles it), keep settings, warm up once.

    The worker also exits on its own if the parent process dies (``kill -9``).
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker inherits the parent's handler
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    _WORKER.update(field=field_name, config=config, emit=emit, templates=templates,
                   site_field=site_field, min_pages=min_pages)
    warm_up(config)
    gc.freeze()  # the tables just built are not scanned by every collection of the worker


def _work(items: list[tuple[int, Any]], kind: str, name: str) -> BatchResult:
    return process_batch(items, _WORKER["field"], _WORKER["config"], kind, name, _WORKER["emit"],
                         _WORKER["templates"])


def _context(config: Config | None = None) -> Any:
    """How workers start: forked from this process after it built govtext's tables once
    (Linux, when this process runs no other Python thread and has not loaded Arrow, whose
    thread pools a fork would copy mid-work: Parquet input or output), else spawned (each
    worker imports govtext and builds its tables: ~1-2 s of CPU per worker).

    Either way the workers are this process's direct children, so their CPU time is counted in
    its own (``/usr/bin/time``). Buffered standard streams are flushed first, so a forked worker
    holds no copy of pending output.
    """
    if sys.platform.startswith("linux") and threading.active_count() == 1 and "pyarrow" not in sys.modules:
        warm_up(config)
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def run(
    batches: Iterable[Batch],
    field_name: str,
    config: Config,
    jobs: int = 1,
    emit: bool | OutputSpec = True,
    max_in_flight: int | None = None,
    templates: SiteTemplates | None = None,
) -> Iterator[tuple[Batch, BatchResult]]:
    """Yield ``(batch, result)`` in input order; the batch's ``items`` are emptied.

    With ``jobs > 1`` a process pool is started only when there is more than one
    batch (a tiny input is cleaned in this process). At most *max_in_flight*
    (default ``2 * jobs``) batches are submitted and not yet consumed. Closing
    the generator (or an exception in the consumer, e.g. KeyboardInterrupt)
    cancels the batches not yet started and waits for the running ones.
    """
    it = iter(batches)
    if jobs > 1:
        first = next(it, None)
        second = next(it, None) if first is not None else None
        if second is None:
            jobs = 1
        it = _chain(first, second, it)
    if jobs <= 1:
        for b in it:
            items, b.items = b.items, []
            yield b, process_batch(items, field_name, config, b.kind, b.name, emit, templates)
        return
    limit = max_in_flight or 2 * jobs
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=_context(config), initializer=init_worker,
        initargs=(field_name, config, emit, templates),
    )
    pending: deque[tuple[Batch, Future[BatchResult]]] = deque()
    try:
        for b in it:
            items, b.items = b.items, []
            pending.append((b, pool.submit(_work, items, b.kind, b.name)))
            while len(pending) >= limit:
                done, fut = pending.popleft()
                yield done, fut.result()
        while pending:
            done, fut = pending.popleft()
            yield done, fut.result()
    finally:
        _shutdown(pool)


_ABANDONED: list[Any] = []  # the worker processes of pools left by a second Ctrl-C
_ABANDONED_MANAGERS: list[threading.Thread] = []  # and those pools' manager threads


def _shutdown(pool: ProcessPoolExecutor) -> None:
    """Cancel the batches not started and wait for the running ones. A second Ctrl-C meanwhile
    is raised at once; the workers are not killed here (one killed while it sends a result
    leaves the pool's reader waiting forever for the rest of the message) but kept in
    ``_ABANDONED``: the command ends them and itself with ``end_abandoned`` (its interpreter's
    exit would wait for them, and they may wait forever for work that never comes)."""
    processes = list((pool._processes or {}).values())  # type: ignore[attr-defined]
    manager = pool._executor_manager_thread  # type: ignore[attr-defined]
    try:
        pool.shutdown(wait=True, cancel_futures=True)
    except KeyboardInterrupt:
        _ABANDONED.extend(processes)
        if manager is not None:
            _ABANDONED_MANAGERS.append(manager)
        pool.shutdown(wait=False, cancel_futures=True)
        raise


def end_abandoned(status: int) -> None:
    """After a second Ctrl-C left worker processes (the run's files and summary are written):
    end them and this process, with *status*, without the interpreter's exit waiting for them.
    Does nothing when no pool was left."""
    if not _ABANDONED:
        return
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    for proc in _ABANDONED:
        proc.terminate()
    for proc in _ABANDONED:
        proc.join(timeout=5)
    os._exit(status)


def reap_abandoned(timeout: float = 30.0) -> None:
    """In a caller's own process (``govtext.cli.main([...])``), after a second Ctrl-C left
    worker processes (:func:`_shutdown`): let them finish the batch they were cleaning and exit
    as their pool shuts down (at most *timeout* seconds in all), then end those still there
    (idle: a worker is not ended while it may be sending a result, which could leave the pool's
    reader waiting forever for the rest). A Ctrl-C meanwhile ends them at once. Does nothing
    when no pool was left. The pools' manager threads are joined last: they reap the workers
    too, and until one has recorded a worker's exit the process still counts as running."""
    procs, _ABANDONED[:] = list(_ABANDONED), []
    managers, _ABANDONED_MANAGERS[:] = list(_ABANDONED_MANAGERS), []
    deadline = time.monotonic() + timeout
    try:
        for proc in procs:
            proc.join(max(0.0, deadline - time.monotonic()))
    finally:
        for proc in procs:
            if proc.is_alive():
                proc.terminate()
        for proc in procs:
            proc.join(timeout=5)
        for thread in managers:
            thread.join(timeout=5)


def _chain(first: Batch | None, second: Batch | None, rest: Iterator[Batch]) -> Iterator[Batch]:
    if first is not None:
        yield first
    if second is not None:
        yield second
        yield from rest


def summary_dict(total: BatchResult, nbytes: int, seconds: float, rejects: int) -> dict[str, Any]:
    """The run summary as a dict."""
    mb = nbytes / 1e6
    return {
        "documents": total.docs,
        "rejected": rejects,
        "blank_lines": total.blank,
        "lossy_runs": total.lossy_runs,
        "documents_with_lossy_runs": total.lossy_docs,
        "mb": round(mb, 3),
        "seconds": round(seconds, 3),
        "mb_per_s": round(mb / seconds, 3) if seconds > 0 else None,
        "dropped_by_rule": dict(total.dropped_by_rule.most_common()),
        "lines_changed_by_step": dict(total.steps.most_common()),
        "lossy_marks": total.lossy_marks,
    }
