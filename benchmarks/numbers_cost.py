"""What ``find_numbers`` and ``numbers_to_digits`` cost next to ``cn2an.transform`` (issue 19),
counted in CPU instructions with callgrind: a figure a shared machine cannot move, where the
suite's MB/s depend on what else runs.

Each figure is one pass over the real pages of the suite (:func:`benchmarks.run.real_pages`:
the 2026 provincial reports, the news extractor's test pages, the seeds), one call per document,
less the same process without that pass (start-up, imports and reading the pages cancel out):

* cold: after the suite's warm-up (:func:`benchmarks.peer_worker.time_round_robin`: one call on
  each of the first 5 % of the pages), so the tables are built and the cache of run readings holds
  only those pages' runs: every other distinct run is parsed in the pass. This is the suite's
  first timed pass;
* warm: after one whole pass as well (the suite's later timed passes, whose median it reports).
  ``cn2an`` keeps no cache, so its one pass is counted once (cold) and stands for both.

Run alone: ``python -m benchmarks.numbers_cost [--jobs 2] [--out benchmarks/results/numbers_cost]``
(needs ``valgrind``; takes minutes: cn2an under callgrind is slow).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FUNCS = ("find_numbers", "numbers_to_digits", "cn2an.transform")
MODES = ("cold", "warm")


def _function(name: str) -> Callable[[str], object]:
    if name == "cn2an.transform":
        import warnings

        import cn2an

        warnings.simplefilter("ignore")
        return lambda d: cn2an.transform(d, "cn2an")
    import govtext.numbers as n

    f: Callable[[str], object] = getattr(n, name)
    return f


def warm_up(docs: list[str]) -> list[str]:
    """The pages the suite warms up on before timing (its first 5 %, at least one)."""
    return docs[: max(1, len(docs) // 20)]


def child(name: str, mode: str, measured: bool, shared: Path) -> None:
    """One process: read the pages, warm up, then (when *measured*) one pass."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.run import real_pages

    docs = real_pages(shared)
    f = _function(name)
    for d in warm_up(docs):
        f(d)
    if mode == "warm":
        for d in docs:
            f(d)
    if measured:
        for d in docs:
            f(d)


def _instructions(name: str, mode: str, measured: bool, shared: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        cmd = ["valgrind", "--tool=callgrind", "--dump-instr=no", f"--callgrind-out-file={tmp}/cg.out",
               sys.executable, "-m", "benchmarks.numbers_cost", "--child", name, mode,
               "1" if measured else "0", "--shared", str(shared)]  # fmt: skip
        # a fixed hash seed: set and dict layouts (and so the instructions) are the same each run
        env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}", "PYTHONHASHSEED": "0"}
        out = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    m = re.search(r"Collected : ([0-9,]+)", out.stderr)
    if m is None:
        raise RuntimeError(f"no instruction count from callgrind:\n{out.stderr[-2000:]}")
    return int(m.group(1).replace(",", ""))


def measure(shared: Path, jobs: int, funcs: tuple[str, ...] = FUNCS) -> dict[str, dict[str, float]]:
    """Millions of instructions per function and mode (measured run less its baseline)."""
    def modes(f: str) -> tuple[str, ...]:
        return ("cold",) if f == "cn2an.transform" else MODES  # (cn2an keeps no cache)

    runs = [(f, m, x) for f in funcs for m in modes(f) for x in (True, False)]
    runs.sort(key=lambda r: r[0] != "cn2an.transform")  # (the slowest first)
    with ThreadPoolExecutor(jobs) as pool:
        counts = list(pool.map(lambda r: _instructions(r[0], r[1], r[2], shared), runs))
    got = dict(zip(runs, counts))
    res = {f: {m: (got[(f, m, True)] - got[(f, m, False)]) / 1e6 for m in modes(f)} for f in funcs}
    if "cn2an.transform" in res:
        res["cn2an.transform"]["warm"] = res["cn2an.transform"]["cold"]
    return res


def render(res: dict[str, dict[str, float]], meta: dict[str, object]) -> str:
    peer = res["cn2an.transform"]
    lines = [
        f"# find_numbers and numbers_to_digits next to cn2an.transform, in instructions ({meta['date']})",
        "",
        f"Real pages of the suite: {meta['docs']} documents, {meta['mb']:.2f} MB; commit {meta['commit']}; "
        f"Python {meta['python']}; callgrind (`--dump-instr=no`), one pass less the same process "
        f"without it. Machine load while measuring: {meta['load']} (instructions do not depend on it).",
        "",
        "| function | cold pass, M instructions | × fewer than cn2an | warm pass, M instructions | × fewer than cn2an |",
        "|---|---:|---:|---:|---:|",
    ]
    for f in FUNCS:
        c, w = res[f]["cold"], res[f]["warm"]
        lines.append(f"| {f} | {c:,.1f} | {peer['cold'] / c:.2f}× | {w:,.1f} | {peer['warm'] / w:.2f}× |")
    lines += ["", "Cold: after the suite's warm-up (one call on each of the first 5 % of the pages), as the "
              "suite's first timed pass; warm: after one whole pass as well, as its later timed passes "
              "(cn2an keeps no cache: its one pass stands for both). "
              "Run: `python -m benchmarks.numbers_cost`."]  # fmt: skip
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--child", nargs=3, metavar=("FUNC", "MODE", "MEASURED"), help=argparse.SUPPRESS)
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("GOVTEXT_SHARED", ROOT.parent / "shared")))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--funcs", default=",".join(FUNCS), help="functions to count (default: all three)")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "numbers_cost")
    args = ap.parse_args(argv)
    if args.child:
        name, mode, measured = args.child
        child(name, mode, measured == "1", args.shared)
        return 0
    if shutil.which("valgrind") is None:
        print("numbers_cost: valgrind is not installed", file=sys.stderr)
        return 1
    sys.path.insert(0, str(ROOT))
    from benchmarks.run import nbytes, real_pages

    docs = real_pages(args.shared)
    if not docs:
        print("numbers_cost: no real pages (is ../shared there?)", file=sys.stderr)
        return 1
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    res = measure(args.shared, args.jobs, tuple(args.funcs.split(",")))
    if "cn2an.transform" not in res:
        print(json.dumps(res, indent=1))
        return 0
    meta = {"date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "docs": len(docs),
            "mb": nbytes(docs) / 1e6, "commit": commit, "python": sys.version.split()[0], "load": load}  # fmt: skip
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(json.dumps({"meta": meta, "millions": res}, indent=1) + "\n")
    args.out.with_suffix(".md").write_text(render(res, meta), encoding="utf-8")
    print(render(res, meta))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
