"""Process a stream of records with N worker processes, order kept, memory bounded.

The executor is apart from the steps: a worker receives a batch of raw input
lines, parses and cleans them with :func:`govtext.clean`, and sends back output
lines. At most ``2 * jobs`` batches are in flight, so memory does not depend on
the size of the input.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from .io import Record, dumps, parse_line, reject_dict
from .pipeline import Config, clean


@dataclass
class BatchResult:
    """Output lines of one batch, rejects, and counters."""

    lines: list[str] = field(default_factory=list)
    rejects: list[str] = field(default_factory=list)
    docs: int = 0
    chars: int = 0
    dropped_by_rule: Counter[str] = field(default_factory=Counter)
    steps: Counter[str] = field(default_factory=Counter)


def process_record(rec: Record, field_name: str, config: Config, out: BatchResult) -> None:
    """Clean one parsed record into *out* (or record why it was rejected)."""
    if rec.error is not None or rec.doc is None:
        out.rejects.append(dumps(reject_dict(rec)))
        return
    doc = rec.doc
    text = doc[field_name]
    try:
        result = clean(text, config)
    except Exception as e:  # a bug must not lose the record: reject it with the reason
        rec.error = f"clean() failed: {type(e).__name__}: {e}"
        out.rejects.append(dumps(reject_dict(rec)))
        return
    info = result.to_dict()
    info.pop("text")
    doc = dict(doc)
    doc[field_name] = result.text
    doc["govtext"] = info
    out.lines.append(dumps(doc))
    out.docs += 1
    out.chars += len(text)
    out.dropped_by_rule.update(d.rule for d in result.dropped)
    for s in result.steps:
        if s.lines_changed:
            out.steps[s.step] += s.lines_changed


def process_batch(batch: list[tuple[int, bytes]], field_name: str, config: Config) -> BatchResult:
    """Parse and clean a batch of raw JSON lines."""
    out = BatchResult()
    for line_no, raw in batch:
        process_record(parse_line(line_no, raw, field_name), field_name, config, out)
    return out


def process_records(records: Iterable[Record], field_name: str, config: Config) -> BatchResult:
    """Clean already-parsed records (used for .txt input)."""
    out = BatchResult()
    for rec in records:
        process_record(rec, field_name, config, out)
    return out


def batched(items: Iterable[tuple[int, bytes]], size: int) -> Iterator[list[tuple[int, bytes]]]:
    """Group items into lists of at most *size*."""
    batch: list[tuple[int, bytes]] = []
    for it in items:
        batch.append(it)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(
    raw_lines: Iterable[tuple[int, bytes]],
    field_name: str,
    config: Config,
    jobs: int = 1,
    batch_size: int = 64,
) -> Iterator[tuple[int, BatchResult]]:
    """Yield ``(raw bytes consumed, BatchResult)`` per batch, in input order."""
    batches = batched(raw_lines, batch_size)
    if jobs <= 1:
        for b in batches:
            yield sum(len(r) + 1 for _, r in b), process_batch(b, field_name, config)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[tuple[int, Future[BatchResult]]] = deque()
        for b in batches:
            pending.append((sum(len(r) + 1 for _, r in b), pool.submit(process_batch, b, field_name, config)))
            while len(pending) >= 2 * jobs:
                n, fut = pending.popleft()
                yield n, fut.result()
        while pending:
            n, fut = pending.popleft()
            yield n, fut.result()


def summary_dict(total: BatchResult, nbytes: int, seconds: float, rejects: int) -> dict[str, Any]:
    """The run summary as a dict."""
    mb = nbytes / 1e6
    return {
        "documents": total.docs,
        "rejected": rejects,
        "mb": round(mb, 3),
        "seconds": round(seconds, 3),
        "mb_per_s": round(mb / seconds, 3) if seconds > 0 else None,
        "dropped_by_rule": dict(total.dropped_by_rule.most_common()),
        "lines_changed_by_step": dict(total.steps.most_common()),
    }
