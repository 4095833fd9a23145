"""Throughput of govtext's adapters, each against a plain ``clean()`` loop in the same run.

    python benchmarks/adapters.py [--mb 2] [--runs 3] [--shared ../shared] [--skip spark,...]

The texts are real pages (``corpus/generalnewsextractor-testpages/text``, ``official-docs`` and
the provincial government work reports of ../shared), repeated if needed to make ``--mb`` MB of
UTF-8. Each adapter cleans all of them with the default fields; the adapters take turns, one pass
each per round, for ``--runs`` rounds (so a busy spell of a shared machine falls on all of them),
and each figure is an adapter's best pass, in MB/s of input, and its ratio to the loop's. Worker processes (HF
``num_proc=2``, datatrove with 2 tasks, Spark ``local[2]``) build their tables in the timed pass,
as they would on a cluster. A framework that is not installed is reported as skipped.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if os.environ.get("GOVTEXT_BENCH_INSTALLED") != "1":
    sys.path.insert(0, str(ROOT / "src"))
    # worker processes (datatrove, Spark) import the checkout's govtext too
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))

import govtext  # noqa: E402
from govtext import frame  # noqa: E402
from govtext.parallel import warm_up  # noqa: E402

DIRS = ("generalnewsextractor-testpages/text", "official-docs")
REPORTS = "china-provincial-gov-reports-2026/provincial_gov_reports_2026.jsonl"


def load_texts(shared: Path, mb: float) -> list[str]:
    pages = [p.read_text(encoding="utf-8") for d in DIRS
             for p in sorted((shared / "corpus" / d).glob("*.txt"))]
    if (shared / "corpus" / REPORTS).is_file():
        with open(shared / "corpus" / REPORTS, encoding="utf-8") as f:
            pages += [json.loads(line)["full_text"] for line in f if line.strip()]
    if not pages:
        raise SystemExit(f"no pages under {shared}/corpus")
    out, size, i = [], 0, 0
    while size < mb * 1e6:
        t = pages[i % len(pages)]
        out.append(t)
        size += len(t.encode("utf-8"))
        i += 1
    return out


def plain_loop(texts: list[str]) -> None:
    for t in texts:
        govtext.clean(t)


def pandas_run(texts: list[str]) -> None:
    import pandas as pd

    frame.clean_pandas(pd.Series(texts))


def polars_run(texts: list[str]) -> None:
    import polars as pl

    pl.DataFrame({"text": texts}).select(frame.polars_expr("text").struct.unnest())


def hf_run(texts: list[str], num_proc: int | None) -> None:
    import datasets

    from govtext.hf import clean_dataset

    datasets.disable_progress_bars()
    with tempfile.TemporaryDirectory() as d:
        ds = datasets.Dataset.from_dict({"text": texts})
        clean_dataset(ds, num_proc=num_proc, cache_file_name=f"{d}/c.arrow")


def datatrove_run(texts: list[str], tasks: int) -> None:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from loguru import logger

    from govtext.datatrove import GovtextCleaner

    logger.remove()
    with tempfile.TemporaryDirectory() as d:
        os.mkdir(f"{d}/in")
        for k in range(tasks):
            with open(f"{d}/in/{k}.jsonl", "w", encoding="utf-8") as f:
                for i, t in enumerate(texts[k::tasks]):
                    f.write(json.dumps({"id": f"{k}-{i}", "text": t}, ensure_ascii=False) + "\n")
        LocalPipelineExecutor([JsonlReader(f"{d}/in"), GovtextCleaner(),
                               JsonlWriter(f"{d}/out", compression=None)],
                              tasks=tasks, workers=tasks, logging_dir=f"{d}/logs").run()


@functools.cache
def _spark():  # type: ignore[no-untyped-def]
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    s = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
         .config("spark.sql.execution.arrow.pyspark.enabled", "true").getOrCreate())
    s.sparkContext.setLogLevel("ERROR")
    return s


def spark_run(texts: list[str]) -> None:
    spark = _spark()
    sdf = spark.createDataFrame([(t,) for t in texts], "text STRING").repartition(2)
    fn = functools.partial(frame.clean_pandas_batches, column="text")
    sdf.mapInPandas(fn, schema=frame.spark_schema(sdf.schema)).write.format("noop").mode("overwrite").save()


RUNS: dict[str, Callable[[list[str]], None]] = {
    "clean() loop": plain_loop,
    "pandas clean_pandas": pandas_run,
    "polars polars_expr": polars_run,
    "hf clean_dataset": functools.partial(hf_run, num_proc=None),
    "hf clean_dataset num_proc=2": functools.partial(hf_run, num_proc=2),
    "datatrove 1 task": functools.partial(datatrove_run, tasks=1),
    "datatrove 2 tasks, 2 workers": functools.partial(datatrove_run, tasks=2),
    "spark mapInPandas local[2]": spark_run,
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("GOVTEXT_SHARED", ROOT.parent / "shared")))
    ap.add_argument("--skip", default="", help="comma-separated words: a run whose name has one is left out")
    args = ap.parse_args()
    texts = load_texts(args.shared, args.mb)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    warm_up()
    skip = [w for w in args.skip.split(",") if w]
    print(f"{len(texts)} pages, {mb:.2f} MB; best of {args.runs} rounds; {os.cpu_count()} CPUs")
    runs = {k: v for k, v in RUNS.items() if not any(w in k for w in skip)}
    best: dict[str, float] = {}
    for _ in range(args.runs):
        for name, fn in list(runs.items()):
            try:
                best[name] = min(best.get(name, float("inf")), _timed(fn, texts))
            except ImportError as e:
                print(f"{name:32s} skipped: {e}")
                del runs[name]
    base = mb / best["clean() loop"]
    print("| run | seconds | MB/s | × the loop |\n|---|---:|---:|---:|")
    for name, secs in best.items():
        print(f"| {name} | {secs:.2f} | {mb / secs:.3f} | {mb / secs / base:.2f} |")


def _timed(fn: Callable[[list[str]], None], texts: list[str]) -> float:
    t0 = time.perf_counter()
    fn(texts)
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()
