"""What ``govtext clean`` costs next to the pipeline it runs (issue 21): CPU seconds per MB.

Each command runs in its own process on the same JSONL file, its CPU time (user + system,
worker processes included) read with ``resource.getrusage(RUSAGE_CHILDREN)``, with the wall
time beside it. CPU time is what a shared machine cannot fake: wall time there depends on
what else runs, CPU time much less. Compared:

* ``normalize`` loop: ``json.loads`` + :func:`govtext.normalize` per line, in one process;
* ``clean`` loop: ``json.loads`` + :func:`govtext.clean` (what the CLI computes per record:
  the text, number mentions, outline, document elements, signals);
* ``govtext clean FILE -o OUT --jobs 1`` (JSON lines, the default record: the cleaning record,
  ``meta``, ``dropped``, ``steps``, ``signals``; no mention, outline or document is computed);
* the same with ``--fields all`` (every part of the record: the analyses too);
* the same with ``--output-format text`` (only the cleaned text);
* ``--jobs N`` (CPU and wall, next to ``--jobs 1``; the default record).

Every figure is a whole process, start-up (import, tables) included, as a user pays it.

With ``--breakdown``, also what the parts of the record cost in one process (CPU time,
interleaved rounds, medians, start-up excluded), each next to ``normalize`` on the same texts:
``clean`` whole, then its parts: ``find_numbers``, ``split_outline``, ``parse_document`` (the
outline given, as ``clean`` does), the signals, ``Result.to_dict`` and the JSON line.

Run alone: ``python -m benchmarks.cli_cost FILE.jsonl [--jobs N] [--runs R] [--breakdown]
[--out benchmarks/results/cli_cost]``.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

MB = 1e6

# the loop a user would write: one process, json.loads + the function per line (a line that is
# no record with a string text is skipped, as the CLI rejects it)
LOOP = """
import json, sys
import govtext
fn = getattr(govtext, sys.argv[2])
with open(sys.argv[1], "rb") as fh:
    for line in fh:
        try:
            text = json.loads(line)[sys.argv[3]]
        except (ValueError, KeyError, TypeError):
            continue
        if isinstance(text, str):
            fn(text)
"""


def _cpu_children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def measure(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """CPU seconds (the process and its children) and wall seconds of one command."""
    c0, t0 = _cpu_children(), time.perf_counter()
    p = subprocess.run(cmd, env=env, capture_output=True)
    if p.returncode not in (0, 3):  # 3: records rejected (counted, not a failure of the measure)
        raise RuntimeError(f"{' '.join(cmd[:6])}: exit status {p.returncode}: {p.stderr.decode()[-500:]}")
    return _cpu_children() - c0, time.perf_counter() - t0


def commands(path: Path, field: str, jobs: int, out: Path) -> dict[str, list[str]]:
    py = sys.executable
    cli = [py, "-m", "govtext", "clean", str(path), "--field", field, "-q"]
    cmds = {
        "normalize loop": [py, "-c", LOOP, str(path), "normalize", field],
        "clean loop": [py, "-c", LOOP, str(path), "clean", field],
        "CLI --jobs 1": [*cli, "-o", str(out / "o.jsonl"), "--jobs", "1"],
        "CLI --jobs 1 --fields all": [*cli, "-o", str(out / "o.jsonl"), "--jobs", "1", "--fields", "all"],
        "CLI --jobs 1, text output": [*cli, "-o", str(out / "o.txt"), "--jobs", "1"],
    }
    if jobs > 1:
        cmds[f"CLI --jobs {jobs}"] = [*cli, "-o", str(out / "o.jsonl"), "--jobs", str(jobs)]
    return cmds


def bench_cli_cost(path: Path, field: str = "text", jobs: int = 2, runs: int = 3,
                   log: Any = print) -> dict[str, Any]:
    """Median CPU and wall seconds of each command (interleaved runs), per MB, and the ratios."""
    import govtext

    env = dict(os.environ)
    src = str(Path(govtext.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    mb = path.stat().st_size / MB
    rows: dict[str, dict[str, list[float]]] = {}
    with tempfile.TemporaryDirectory(prefix="govtext-cli-cost-") as tmp:
        cmds = commands(path, field, jobs, Path(tmp))
        for _ in range(max(1, runs)):
            for name, cmd in cmds.items():
                cpu, wall = measure(cmd, env)
                r = rows.setdefault(name, {"cpu": [], "wall": []})
                r["cpu"].append(cpu)
                r["wall"].append(wall)
    out: dict[str, Any] = {"file": path.name, "mb": mb, "runs": runs, "load": list(os.getloadavg()), "rows": []}
    med = {k: (statistics.median(v["cpu"]), statistics.median(v["wall"])) for k, v in rows.items()}
    norm = med["normalize loop"][0]
    clean = med["clean loop"][0]
    for name, (cpu, wall) in med.items():
        out["rows"].append({"what": name, "cpu_s": cpu, "wall_s": wall, "cpu_s_per_mb": cpu / mb,
                            "x_normalize_loop": cpu / norm, "x_clean_loop": cpu / clean,
                            "cpu_all": rows[name]["cpu"], "wall_all": rows[name]["wall"]})
        log(f"   {name}: {cpu:.2f} s CPU ({cpu / mb:.3f} s/MB, {cpu / norm:.2f}x normalize loop, "
            f"{cpu / clean:.2f}x clean loop), {wall:.2f} s wall")
    return out


def breakdown(path: Path, field: str = "text", runs: int = 3) -> dict[str, Any]:
    """CPU seconds of ``clean`` and of each part of the record on the texts of *path*."""
    import govtext
    from govtext import document, numbers, outline, pipeline
    from govtext.io import dumps_bytes

    texts = []
    with open(path, "rb") as fh:
        for line in fh:
            with contextlib.suppress(ValueError, KeyError, TypeError):
                if isinstance(t := json.loads(line)[field], str):
                    texts.append(t)
    cfg = pipeline.Config()
    results = [govtext.clean(t) for t in texts]  # warm-up, and the parts' inputs
    records = [r.to_dict() for r in results]
    pairs = list(zip(texts, results, strict=True))
    parts: dict[str, Callable[[], Any]] = {
        "normalize": lambda: [govtext.normalize(t) for t in texts],
        "clean": lambda: [govtext.clean(t) for t in texts],
        "find_numbers": lambda: [numbers.find_numbers(r.text, protect=cfg.protected_terms) for r in results],
        "split_outline": lambda: [outline.split_outline(r.text) for r in results],
        "parse_document": lambda: [document.parse_document(
            r.text, metadata_lines=[d.text for d in r.dropped], outline=r.outline) for r in results],
        "signals": lambda: [pipeline._signals(t, r.text, r) for t, r in pairs],
        "to_dict": lambda: [r.to_dict() for r in results],
        "json": lambda: [dumps_bytes(d) for d in records],
    }
    gc.collect()
    gc.freeze()  # the texts and results kept for the parts are not scanned by every collection
    times: dict[str, list[float]] = {k: [] for k in parts}
    for _ in range(max(1, runs)):
        for name, fn in parts.items():
            t0 = time.process_time()
            fn()
            times[name].append(time.process_time() - t0)
    gc.unfreeze()
    med = {k: statistics.median(v) for k, v in times.items()}
    mb = sum(len(t.encode("utf-8")) for t in texts) / MB
    return {"file": path.name, "mb": mb, "docs": len(texts), "runs": runs, "load": list(os.getloadavg()),
            "rows": [{"what": k, "cpu_s": v, "cpu_s_per_mb": v / mb, "x_normalize": v / med["normalize"],
                      "cpu_all": times[k]} for k, v in med.items()]}


def breakdown_markdown(b: dict[str, Any]) -> list[str]:
    L = [f"## The record's parts ({b['mb']:.2f} MB, {b['docs']} texts of {b['file']}, CPU time in one "
         f"process, median of {b['runs']}; load {b['load'][0]:.1f})", "",
         "| part | CPU s | CPU s per MB | × normalize |", "|---|---:|---:|---:|"]
    L += [f"| {r['what']} | {r['cpu_s']:.2f} | {r['cpu_s_per_mb']:.3f} | {r['x_normalize']:.2f}× |"
          for r in b["rows"]]
    return [*L, ""]


def markdown(c: dict[str, Any]) -> list[str]:
    """The report's section."""
    L = [f"## Command line at the pipeline's cost ({c['mb']:.2f} MB JSONL, {c['file']}, CPU time, "
         f"median of {c['runs']}; load {c['load'][0]:.1f})", "",
         "Whole processes (start-up included); CPU time counts the worker processes too. `CLI`: "
         "the default record (meta, dropped, steps, signals); `--fields all`: every part (number "
         "mentions, outline, document too).", "",
         "| command | CPU s | CPU s per MB | × normalize loop | × clean loop | wall s |",
         "|---|---:|---:|---:|---:|---:|"]
    for r in c["rows"]:
        L.append(f"| {r['what']} | {r['cpu_s']:.2f} | {r['cpu_s_per_mb']:.3f} | {r['x_normalize_loop']:.2f}× | "
                 f"{r['x_clean_loop']:.2f}× | {r['wall_s']:.2f} |")
    return [*L, ""]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.cli_cost", description=__doc__.split("\n")[0])
    ap.add_argument("input", type=Path, help="a JSONL file")
    ap.add_argument("--field", default="text")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--breakdown", action="store_true", help="also time the parts of the record in one process")
    ap.add_argument("--out", type=Path, help="also write OUT.json and OUT.md")
    args = ap.parse_args(argv)
    res = bench_cli_cost(args.input, args.field, args.jobs, args.runs)
    lines = markdown(res)
    if args.breakdown:
        res["breakdown"] = breakdown(args.input, args.field, args.runs)
        lines += breakdown_markdown(res["breakdown"])
    md = "\n".join(lines)
    print(md)
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.with_suffix(".json").write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
        args.out.with_suffix(".md").write_text(md.replace("## ", "# ", 1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
