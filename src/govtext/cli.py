"""The ``govtext`` command line: ``clean``, ``explain``, ``stats``."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import IO

from . import __version__
from .io import is_jsonl, iter_raw, iter_records
from .parallel import BatchResult, process_records, run, summary_dict
from .pipeline import STEPS, Config, clean

EXAMPLE = "crawl.jsonl"


def example_path() -> Path:
    """Path of the bundled example crawl."""
    return Path(str(resources.files("govtext").joinpath("examples", EXAMPLE)))


def _config_from_args(args: argparse.Namespace) -> Config:
    changes: dict[str, object] = {}
    for step in args.disable or []:
        if step not in STEPS and step not in ("find_numbers", "outline"):
            raise SystemExit(f"govtext: --disable: unknown step {step!r}; steps are: {', '.join(STEPS)}")
        changes[step] = False
    if args.digits:
        changes["numbers_to_digits"] = True
    if args.t2s_config:
        changes["t2s_config"] = args.t2s_config
    try:
        return Config(**changes)  # type: ignore[arg-type]
    except ValueError as e:
        raise SystemExit(f"govtext: {e}") from e


def _input(args: argparse.Namespace) -> Path:
    if args.example:
        return example_path()
    if not args.input:
        raise SystemExit("govtext: give an INPUT file (or --example)")
    p = Path(args.input)
    if not p.exists():
        raise SystemExit(f"govtext: {p}: no such file")
    return p


def _batches(path: Path, field: str, config: Config, jobs: int) -> Iterator[tuple[int, BatchResult]]:
    if is_jsonl(path):
        yield from run(iter_raw(path), field, config, jobs=jobs)
    else:
        yield path.stat().st_size, process_records(iter_records(path, field), field, config)


def _progress(path: Path, quiet: bool):  # type: ignore[no-untyped-def]
    from tqdm import tqdm

    total = path.stat().st_size if path.suffix not in (".gz", ".zst") else None
    return tqdm(
        total=total, unit="B", unit_scale=True, desc="govtext", file=sys.stderr,
        delay=1.0, disable=quiet, mininterval=0.5,
    )


def cmd_clean(args: argparse.Namespace) -> int:
    path = _input(args)
    config = _config_from_args(args)
    out_path = Path(args.output) if args.output and args.output != "-" else None
    rej_path = Path(args.rejects) if args.rejects else (
        out_path.with_name(out_path.name + ".rejects.jsonl") if out_path else Path("govtext.rejects.jsonl")
    )
    tmp = out_path.with_name(out_path.name + ".tmp") if out_path else None
    out: IO[str] = tmp.open("w", encoding="utf-8") if tmp else sys.stdout
    total = BatchResult()
    nbytes = 0
    rejects: list[str] = []
    n_rejects = 0
    rej_fh: IO[str] | None = None
    t0 = time.perf_counter()
    bar = _progress(path, args.quiet)
    interrupted = False
    try:
        for n, b in _batches(path, args.field, config, args.jobs):
            for line in b.lines:
                out.write(line)
                out.write("\n")
            if b.rejects:
                if rej_fh is None:
                    rej_fh = rej_path.open("w", encoding="utf-8")
                for r in b.rejects:
                    rej_fh.write(r + "\n")
                n_rejects += len(b.rejects)
                rejects.extend(b.rejects[: max(0, 5 - len(rejects))])
            total.docs += b.docs
            total.chars += b.chars
            total.dropped_by_rule.update(b.dropped_by_rule)
            total.steps.update(b.steps)
            nbytes += n
            bar.update(n)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        bar.close()
        if rej_fh:
            rej_fh.close()
        if tmp:
            out.close()
    if tmp and out_path and not interrupted:
        os.replace(tmp, out_path)
    seconds = time.perf_counter() - t0
    s = summary_dict(total, nbytes, seconds, n_rejects)
    _print_summary(s, out_path, rej_path if n_rejects else None, rejects, interrupted)
    return 130 if interrupted else 0


def _print_summary(s: dict, out_path: Path | None, rej_path: Path | None, first_rejects: list[str], interrupted: bool) -> None:  # type: ignore[type-arg]
    import json

    w = sys.stderr.write
    head = "interrupted" if interrupted else "done"
    w(f"govtext: {head}: {s['documents']} documents, {s['mb']:.2f} MB in {s['seconds']:.2f} s"
      f" ({s['mb_per_s'] or 0:.2f} MB/s)")
    w(f" -> {out_path}\n" if out_path else "\n")
    if s["dropped_by_rule"]:
        w("lines dropped by rule: " + ", ".join(f"{k} {v}" for k, v in s["dropped_by_rule"].items()) + "\n")
    if s["lines_changed_by_step"]:
        w("lines changed by step: " + ", ".join(f"{k} {v}" for k, v in s["lines_changed_by_step"].items()) + "\n")
    if rej_path:
        w(f"rejected records: {s['rejected']} -> {rej_path}\n")
        for r in first_rejects:
            d = json.loads(r)
            w(f"  line {d['line']}: {d['error']}\n")


def cmd_stats(args: argparse.Namespace) -> int:
    import json

    path = _input(args)
    config = _config_from_args(args)
    total = BatchResult()
    nbytes = 0
    n_rejects = 0
    t0 = time.perf_counter()
    for n, b in _batches(path, args.field, config, args.jobs):
        total.docs += b.docs
        total.dropped_by_rule.update(b.dropped_by_rule)
        total.steps.update(b.steps)
        n_rejects += len(b.rejects)
        nbytes += n
    s = summary_dict(total, nbytes, time.perf_counter() - t0, n_rejects)
    print(json.dumps(s, ensure_ascii=False, indent=2))
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    path = _input(args)
    config = _config_from_args(args)
    recs = iter_records(path, args.field)
    rec = None
    for i, r in enumerate(recs):
        if i == args.record:
            rec = r
            break
    if rec is None:
        raise SystemExit(f"govtext: {path}: no record {args.record}")
    if rec.error or rec.doc is None:
        raise SystemExit(f"govtext: {path}: record at line {rec.line_no} is broken: {rec.error}")
    result = clean(rec.doc[args.field], config, explain=True)
    print(explain_text(result))
    return 0


def explain_text(result) -> str:  # type: ignore[no-untyped-def]
    """Human-readable account of what each step did (``govtext explain``)."""
    out: list[str] = []
    for s in result.steps:
        if s.step == "drop_spam":
            out.append(f"== drop_spam: {len(result.dropped)} lines dropped")
            for d in result.dropped:
                out.append(f"  L{d.line_no + 1} [{d.rule}] {d.reason}: {d.text[:80]}")
            continue
        out.append(f"== {s.step}: {s.lines_changed} lines, {s.chars_changed} characters changed")
        for i, before, after in s.changes:
            out.append(f"  L{i + 1} - {before[:120]}")
            out.append(f"  L{i + 1} + {after[:120]}")
    if result.meta:
        out.append("== meta: " + ", ".join(f"{k}={v}" for k, v in result.meta.items()))
    if result.outline is not None:
        heads = list(result.outline.walk())
        out.append(f"== outline: {len(heads)} sections")
        for sec in heads:
            out.append("  " * sec.level + f"{sec.marker}{sec.title.strip()[:60]}")
    out.append(f"== numbers: {len(result.numbers)} mentions")
    out.append("== signals: " + ", ".join(f"{k}={v}" for k, v in result.signals.items()))
    return "\n".join(out)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("input", nargs="?", help="a .txt, .jsonl, .jsonl.gz or .jsonl.zst file")
    p.add_argument("--example", action="store_true", help="use the bundled example crawl as INPUT")
    p.add_argument("--field", default="text", help="JSON field holding the text (default: text)")
    p.add_argument("--disable", action="append", metavar="STEP", help="switch a step off (repeatable)")
    p.add_argument("--digits", action="store_true", help="rewrite Chinese numerals as digits")
    p.add_argument("--t2s-config", help="OpenCC config: t2s, tw2s, tw2sp, hk2s, hk2sp")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="govtext", description="Clean Chinese government and education web text.")
    ap.add_argument("--version", action="version", version=f"govtext {__version__}")
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("clean", help="clean a file into JSON lines")
    _common(c)
    c.add_argument("-o", "--output", help="output .jsonl (default: standard output)")
    c.add_argument("--rejects", help="where broken records go (default: OUTPUT.rejects.jsonl)")
    c.add_argument("--jobs", type=int, default=1, help="worker processes (default: 1)")
    c.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    c.set_defaults(func=cmd_clean)
    s = sub.add_parser("stats", help="what clean would do, without writing")
    _common(s)
    s.add_argument("--jobs", type=int, default=1, help="worker processes (default: 1)")
    s.set_defaults(func=cmd_stats)
    e = sub.add_parser("explain", help="what each step did to one document")
    _common(e)
    e.add_argument("--record", type=int, default=0, help="which record of a .jsonl (0-based)")
    e.set_defaults(func=cmd_explain)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``govtext`` command."""
    args = build_parser().parse_args(argv)
    if getattr(args, "jobs", 1) < 1:
        raise SystemExit("govtext: --jobs must be at least 1")
    return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
