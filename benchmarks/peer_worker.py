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
import math
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


def time_round_robin(
    fns: dict[str, Callable[[str], object]], docs: Sequence[str], runs: int, min_time: float = 0.0,
    max_runs: int = 100,
) -> dict[str, tuple[list[float], float] | BaseException]:
    """Time several functions on the same documents in *runs* rounds; in each round every
    function makes its passes in turn, so that a slow spell of the machine falls on all of them
    alike (timed one after the other, a fast function's passes take a second or two, and one
    slow spell can move its median while a slow peer's passes spread over many seconds). A
    function makes enough passes a round (at least one, at most *max_runs* in all) for its passes
    to add up to *min_time* seconds, after a warm-up on the first 5 % of the documents. Each gets
    ``(times, peak)``: its pass times and tracemalloc's peak (MB) over one untimed pass on the
    largest 5 % of the documents; or the exception it raised (it is then left out of the later
    rounds)."""
    out: dict[str, tuple[list[float], float] | BaseException] = {}
    times: dict[str, list[float]] = {}
    live: dict[str, Callable[[str], object]] = {}
    for name, fn in fns.items():
        try:
            for d in docs[: max(1, len(docs) // 20)]:
                fn(d)
        except Exception as e:
            out[name] = e
            continue
        live[name] = fn
        times[name] = []
    reps: dict[str, int] = {}
    for _ in range(runs):
        for name, fn in list(live.items()):
            try:
                while True:
                    gc.collect()
                    t0 = time.perf_counter()
                    for d in docs:
                        fn(d)
                    times[name].append(time.perf_counter() - t0)
                    if name not in reps:  # (the first pass says how many a round takes)
                        per_pass = max(times[name][0], 1e-9)
                        reps[name] = max(1, min(max_runs // runs, math.ceil(min_time / runs / per_pass)))
                    if len(times[name]) % reps[name] == 0:
                        break
            except Exception as e:
                out[name] = e
                del live[name]
    for name, fn in live.items():
        out[name] = (times[name], peak_python_heap(fn, largest(docs)))
    return {name: out[name] for name in fns}


def time_fn(fn: Callable[[str], object], docs: Sequence[str], runs: int) -> tuple[list[float], float]:
    """One function alone (the peers' venv worker): warm up on the first 5 %, then *runs* timed
    passes; then the peak Python heap of one untimed pass over the largest 5 % of the documents."""
    res = time_round_robin({"fn": fn}, docs, runs)["fn"]
    if isinstance(res, BaseException):
        raise res
    return res


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
