"""Timing worker run inside a peer's own venv (stdlib + the peer only; never imports govtext).

``python peer_worker.py FUNC DOCS.jsonl RUNS`` prints one JSON object:
``{"func", "times": [seconds per run], "docs", "peak_mb", "versions"}``.

The docs file holds one ``{"text": ...}`` per line. The first 5 % of the documents
(at least one) are processed once as a warm-up before the timed runs.

FUNC is one of: ``opencc_reimpl_t2s`` (opencc-python-reimplemented, which installs the
module name ``opencc``), ``naive_chain`` (ftfy.fix_text -> opencc-python-reimplemented t2s
-> cn2an.transform, the chain a user would write today), ``jionlp_clean_text``.
"""

from __future__ import annotations

import gc
import json
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable, Sequence
from importlib import metadata

# The timing method, shared with benchmarks/run.py (which imports it from here: this module
# needs only the standard library, so it also runs inside the peers' venvs).


def largest(docs: Sequence[str], share: float = 0.05, least: int = 5) -> list[str]:
    """The largest documents (memory per call is set by the biggest inputs)."""
    k = min(len(docs), max(least, int(len(docs) * share)))
    return sorted(docs, key=len, reverse=True)[:k]


def peak_python_heap(fn: Callable[[str], object], docs: Sequence[str]) -> float:
    """tracemalloc's peak (MB) while *fn* runs once over *docs* (Python allocations only)."""
    gc.collect()
    tracemalloc.start()
    try:
        for d in docs:
            fn(d)
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def time_fn(
    fn: Callable[[str], object], docs: Sequence[str], runs: int, min_time: float = 0.0, max_runs: int = 100
) -> tuple[list[float], float]:
    """Warm up on the first 5 %, then *runs* timed passes, more (up to *max_runs*) until the passes
    add up to *min_time* seconds; then the peak Python heap of one untimed pass over the largest
    5 % of the documents. (A fast function's few passes would otherwise fall in a second or
    two, where one slow spell of a shared machine moves its median; a slow peer's passes spread
    over many seconds.)"""
    for d in docs[: max(1, len(docs) // 20)]:
        fn(d)
    times: list[float] = []
    while len(times) < runs or (sum(times) < min_time and len(times) < max_runs):
        gc.collect()
        t0 = time.perf_counter()
        for d in docs:
            fn(d)
        times.append(time.perf_counter() - t0)
    return times, peak_python_heap(fn, largest(docs))


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def build(func: str):  # type: ignore[no-untyped-def]
    warnings.simplefilter("ignore")  # cn2an warns on every numeral it cannot parse
    if func == "opencc_reimpl_t2s":
        import opencc

        cc = opencc.OpenCC("t2s")
        return cc.convert, ["opencc-python-reimplemented"]
    if func == "naive_chain":
        import cn2an
        import ftfy
        import opencc

        cc = opencc.OpenCC("t2s")

        def chain(text: str) -> str:
            return str(cn2an.transform(cc.convert(ftfy.fix_text(text)), "cn2an"))

        return chain, ["ftfy", "opencc-python-reimplemented", "cn2an"]
    if func == "jionlp_clean_text":
        import jionlp

        return jionlp.clean_text, ["jionlp"]
    raise SystemExit(f"peer_worker: unknown function {func!r}")


def main(argv: list[str]) -> int:
    func, path, runs_s = argv[1], argv[2], argv[3]
    runs = int(runs_s)
    with open(path, encoding="utf-8") as fh:
        docs = [json.loads(line)["text"] for line in fh]
    fn, dists = build(func)
    times, peak = time_fn(fn, docs, runs)
    print(json.dumps({
        "func": func,
        "times": times,
        "docs": len(docs),
        "peak_mb": peak,
        "versions": {d: _version(d) for d in dists},
        "python": sys.version.split()[0],
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
