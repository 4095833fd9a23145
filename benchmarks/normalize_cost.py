"""What :func:`govtext.normalize` costs on the real page sets, and what a fresh process pays
before its first result (issue 21).

Sets (read in place from the shared folder, never copied): the news extractor's 27 test pages,
the 27 labelled crawl pages, the government reports (the 2026 provincial reports, the State
Council's and the Party congress reports: 6.1 MB), and a crawl mix of about 1 MB (the seed
pages, the bundled example, the news pages, two reports and laws up to 1 MB).

For each set, one call per document, CPU time (``time.process_time``: a loaded machine
stretches wall time, CPU time much less), in interleaved rounds (``normalize``, the floor, the
chain, then again), medians:

* ``normalize`` in MB/s and CPU seconds per MB;
* "× scan": its time over one regex scan of the same text (``regex`` ``[\\u4e00-\\u9fff]+``,
  every match consumed: :func:`benchmarks.peers.floor_scan`);
* "× faster than the chain": the time of ``ftfy.fix_text`` → OpenCC's binding (t2s) →
  ``cn2an.transform`` per document, the chain a user would write, over ours (when those
  are installed).

Start-up: a fresh ``python`` process imports govtext and normalises one news page; CPU and
wall of the whole process (``getrusage``, interpreter start included) and the import plus first
call measured inside it, with the table cache (:mod:`govtext._diskcache`) warm and cold, and the
bytecode compiled (as installed; the first run, not counted, writes it).

With ``--instructions`` (valgrind installed; slow): instructions per pass of ``normalize`` and
of the scan over each set (callgrind, a process with one pass minus one without), the measure
that does not drift with the machine's load.

Run alone: ``python -m benchmarks.normalize_cost [--shared DIR] [--runs R] [--instructions]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

MB = 1e6
ROOT = Path(__file__).resolve().parent.parent


def _jsonl(path: Path, field: str) -> list[str]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)[field] for line in fh if line.strip()]


def _txt(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))] if folder.is_dir() else []


def page_sets(shared: Path) -> dict[str, list[str]]:
    """The real page sets of the shared folder (empty ones left out)."""
    c = shared / "corpus"
    news = _txt(c / "generalnewsextractor-testpages" / "text")
    reports = (
        _jsonl(c / "china-provincial-gov-reports-2026" / "provincial_gov_reports_2026.jsonl", "full_text")
        + _jsonl(c / "chinese-political-corpora" / "government_work_reports.jsonl", "content")
        + _jsonl(c / "chinese-political-corpora" / "cpc_congress_reports.jsonl", "content")
    )
    mix = _txt(shared / "seeds") + _jsonl(ROOT / "src" / "govtext" / "examples" / "crawl.jsonl", "text")
    mix += news + reports[:2]
    size = sum(len(t.encode()) for t in mix)
    for law in sorted((c / "lawrefbook-laws").rglob("*.md")) if (c / "lawrefbook-laws").is_dir() else []:
        if size > MB:
            break
        text = law.read_text(encoding="utf-8")
        mix.append(text)
        size += len(text.encode())
    sets = {"news pages": news, "labelled pages": _txt(c / "real-pages-labelled"),
            "crawl mix": mix, "government reports": reports}
    return {k: [t for t in v if t.strip()] for k, v in sets.items() if v}


def _chain() -> Callable[[str], object] | None:
    """ftfy.fix_text -> OpenCC's binding (t2s) -> cn2an.transform, or None when not installed."""
    try:
        import cn2an
        import ftfy
        import opencc
    except ImportError:
        return None
    cc = opencc.OpenCC("t2s")

    def chain(text: str) -> object:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return cn2an.transform(cc.convert(ftfy.fix_text(text)), "cn2an")

    return chain


def _pass(fn: Callable[[str], object], docs: list[str]) -> float:
    c = time.process_time()
    for d in docs:
        fn(d)
    return time.process_time() - c


def bench_set(docs: list[str], runs: int) -> dict[str, Any]:
    """Median CPU seconds per pass of normalize, the scan and the chain, interleaved."""
    import govtext
    from benchmarks.peers import floor_scan

    funcs: dict[str, Callable[[str], object]] = {"normalize": govtext.normalize, "scan": floor_scan()}
    chain = _chain()
    if chain is not None:
        funcs["chain"] = chain
    for fn in funcs.values():  # warm-up: lazy tables
        _pass(fn, docs[: max(1, len(docs) // 20)])
    times: dict[str, list[float]] = {k: [] for k in funcs}
    for _ in range(runs):
        for k, fn in funcs.items():
            times[k].append(_pass(fn, docs))
    med = {k: statistics.median(v) for k, v in times.items()}
    mb = sum(len(d.encode()) for d in docs) / MB
    row: dict[str, Any] = {
        "docs": len(docs), "mb": round(mb, 3), "runs": runs,
        "normalize_s": med["normalize"], "normalize_mb_s": mb / med["normalize"],
        "cpu_s_per_mb": med["normalize"] / mb, "scan_s": med["scan"],
        "x_scan": med["normalize"] / med["scan"],
    }
    if "chain" in med:
        row["chain_s"] = med["chain"]
        row["x_faster_than_chain"] = med["chain"] / med["normalize"]
    return row


_STARTUP = """
import time, sys
c0 = time.process_time()
import govtext
c1 = time.process_time()
govtext.normalize(open(sys.argv[1], encoding="utf-8").read())
c2 = time.process_time()
print(c1 - c0, c2 - c1)
"""


def _cpu_children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def bench_startup(page: Path, runs: int) -> dict[str, Any]:
    """A fresh process: import + first normalize of *page*, table cache warm and cold."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONHASHSEED"] = "0"  # set and dict layouts, so the counts, the same each run
    # the compiled-pattern cache off: both processes compile every pattern in their warm-up pass, so the
    # difference is the pass alone (with the shared cache on, whether a process found its patterns there,
    # which other processes rewrite, moved the difference by several percent)
    env["GOVTEXT_CACHE_DIR"] = ""
    out: dict[str, Any] = {"page": page.name, "runs": runs}
    with tempfile.TemporaryDirectory() as tmp:
        # compiled bytecode kept, as an installed package has it (the first run writes it)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        for mode in ("warm", "cold"):
            rows = []
            for i in range(runs + (mode == "warm")):
                cache = Path(tmp) / (mode if mode == "warm" else f"cold{i}")
                env["GOVTEXT_CACHE_DIR"] = str(cache)
                c0, t0 = _cpu_children(), time.perf_counter()
                res = subprocess.run([sys.executable, "-c", _STARTUP, str(page)], env=env,
                                     check=True, capture_output=True, text=True)
                cpu, wall = _cpu_children() - c0, time.perf_counter() - t0
                imp, first = map(float, res.stdout.split())
                if mode == "warm" and i == 0:
                    continue  # the run that fills the cache
                rows.append((cpu, wall, imp, first))
            med = [statistics.median(col) for col in zip(*rows)]
            out[mode] = {"process_cpu_s": med[0], "process_wall_s": med[1], "import_cpu_s": med[2],
                         "first_normalize_cpu_s": med[3], "import_plus_first_cpu_s": med[2] + med[3]}
    return out


_ICOUNT = """
import sys, json
docs = json.load(open(sys.argv[1], encoding="utf-8"))
if sys.argv[2] == "normalize":
    import govtext
    fn = govtext.normalize
else:
    sys.path.insert(0, sys.argv[4])
    from benchmarks.peers import floor_scan
    fn = floor_scan()
for d in docs:
    fn(d)
for _ in range(int(sys.argv[3])):
    for d in docs:
        fn(d)
"""


def instructions(docs: list[str], what: str) -> int | None:
    """Instructions of one pass of *what* (``normalize`` or ``scan``) over *docs* (callgrind)."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONHASHSEED"] = "0"  # set and dict layouts, so the counts, the same each run
    # the compiled-pattern cache off: both processes compile every pattern in their warm-up pass, so the
    # difference is the pass alone (with the shared cache on, whether a process found its patterns there,
    # which other processes rewrite, moved the difference by several percent)
    env["GOVTEXT_CACHE_DIR"] = ""
    counts = []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "docs.json"
        data.write_text(json.dumps(docs, ensure_ascii=False), encoding="utf-8")
        for n in (0, 1):
            res = subprocess.run(
                [valgrind, "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.{n}", sys.executable,
                 "-c", _ICOUNT, str(data), what, str(n), str(ROOT)],
                env=env, capture_output=True, text=True, check=True,
            )
            line = next(x for x in res.stderr.splitlines() if "Collected" in x)
            counts.append(int(line.split()[-1]))
    return counts[1] - counts[0]


def bench_normalize_cost(shared: Path, runs: int = 5, log: Callable[[str], None] = print,
                         with_instructions: bool = False) -> dict[str, Any]:
    """Every figure of this module (see the module docstring)."""
    sets = page_sets(shared)
    out: dict[str, Any] = {"load": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
                           "sets": {}}
    for name, docs in sets.items():
        log(f"   normalize cost: {name} ({len(docs)} documents)")
        row = bench_set(docs, runs)
        if with_instructions:
            n, s = instructions(docs, "normalize"), instructions(docs, "scan")
            row["instructions"] = n
            row["scan_instructions"] = s
            row["x_scan_instructions"] = n / s if n and s else None
        out["sets"][name] = row
    page = shared / "corpus" / "generalnewsextractor-testpages" / "text" / "163__8.txt"
    if page.exists():
        log("   start-up: fresh processes")
        out["startup"] = bench_startup(page, max(3, runs))
    return out


def markdown(d: dict[str, Any]) -> list[str]:
    """The report's section."""
    load = f", machine load {d['load']:.1f}" if d.get("load") is not None else ""
    L = [f"## `normalize` on the real page sets (CPU time, medians{load})", "",
         "| set | docs | MB | MB/s | CPU s/MB | × scan | × faster than the chain | instructions/pass | × scan (instructions) |",
         "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, r in d["sets"].items():
        chain = f"{r['x_faster_than_chain']:.1f}×" if "x_faster_than_chain" in r else "–"
        ins = f"{r['instructions'] / 1e6:.0f}M" if r.get("instructions") else "–"
        xi = f"{r['x_scan_instructions']:.1f}" if r.get("x_scan_instructions") else "–"
        L.append(f"| {name} | {r['docs']} | {r['mb']:.2f} | {r['normalize_mb_s']:.2f} | "
                 f"{r['cpu_s_per_mb']:.3f} | {r['x_scan']:.1f} | {chain} | {ins} | {xi} |")
    s = d.get("startup")
    if s:
        L += ["", f"Start-up (a fresh process normalising `{s['page']}`, medians of {s['runs']}):", "",
              "| table cache | import + first `normalize`, CPU s | whole process CPU s | whole process wall s |",
              "|---|---:|---:|---:|"]
        for mode in ("warm", "cold"):
            m = s[mode]
            L.append(f"| {mode} | {m['import_plus_first_cpu_s']:.3f} | {m['process_cpu_s']:.3f} | "
                     f"{m['process_wall_s']:.3f} |")
    L.append("")
    return L


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.normalize_cost",
                                 description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("GOVTEXT_SHARED", ROOT.parent / "shared")))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--instructions", action="store_true", help="also count instructions (valgrind; slow)")
    ap.add_argument("--json", type=Path, help="write the figures to this file")
    args = ap.parse_args(argv)
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    res = bench_normalize_cost(args.shared, args.runs, lambda m: print(m, file=sys.stderr),
                               args.instructions)
    if args.json:
        args.json.write_text(json.dumps(res, indent=1), encoding="utf-8")
    print("\n".join(markdown(res)))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
