"""The ``govtext`` command line: ``clean``, ``explain``, ``stats``."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from collections.abc import Sequence
from concurrent.futures import BrokenExecutor
from contextlib import ExitStack, closing
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from . import __version__
from .io import (
    REJECTS_SUFFIX,
    STDIN,
    AtomicWriter,
    InputError,
    Shard,
    expand_inputs,
    iter_records,
    require_parquet,
)
from .parallel import BatchResult, default_jobs, make_batches, run, summary_dict
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


def _explain_input(args: argparse.Namespace) -> Path:
    if args.example:
        return example_path()
    if not args.input:
        raise SystemExit("govtext: give an INPUT file (or --example)")
    p = Path(args.input)
    if not p.exists():
        raise SystemExit(f"govtext: {p}: no such file")
    return p


def _shards(args: argparse.Namespace) -> tuple[list[Shard], bool]:
    if args.example:
        if args.input:
            raise SystemExit("govtext: give either INPUT or --example, not both")
        return [Shard(example_path(), "jsonl", Path(EXAMPLE))], False
    if not args.input:
        raise SystemExit("govtext: give an INPUT (a file, a directory, a glob, or - for stdin), or --example")
    if args.input.count(STDIN) and len(args.input) > 1:
        raise SystemExit("govtext: - (standard input) cannot be mixed with other inputs")
    try:
        shards, many = expand_inputs(args.input)
        if any(s.kind == "parquet" for s in shards):
            require_parquet()
    except InputError as e:
        raise SystemExit(f"govtext: {e}") from e
    return shards, many


def _jobs(args: argparse.Namespace) -> int:
    jobs = default_jobs() if args.jobs is None else args.jobs
    if jobs < 1:
        raise SystemExit("govtext: --jobs must be at least 1")
    return jobs


def _progress(shards: list[Shard], quiet: bool):  # type: ignore[no-untyped-def]
    from tqdm import tqdm

    sizes = [s.size() for s in shards]
    plain = all(
        n is not None and s.kind != "parquet" and not s.rel.name.endswith((".gz", ".zst"))
        for s, n in zip(shards, sizes)
    )
    return tqdm(
        total=sum(n or 0 for n in sizes) if plain else None, unit="B", unit_scale=True,
        desc="govtext", file=sys.stderr, delay=1.0, disable=quiet, mininterval=0.5,
    )


class _Interrupted(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise _Interrupted()


def _set_sigterm(handler: object) -> object:
    try:
        return signal.signal(signal.SIGTERM, handler)  # type: ignore[arg-type]
    except (ValueError, TypeError):  # not the main thread: leave signals alone
        return None


@dataclass
class _Target:
    shard: Shard
    out: Path | None  # None: standard output
    rejects: Path | None  # None: the run's single rejects file


@dataclass
class _Run:
    total: BatchResult = field(default_factory=BatchResult)
    nbytes: int = 0
    n_rejects: int = 0
    first_rejects: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    written_docs: int = 0
    skipped: list[Path] = field(default_factory=list)
    in_progress: Path | None = None
    interrupted: bool = False
    error: str | None = None


def _plan(args: argparse.Namespace, shards: list[Shard], many: bool) -> tuple[str, list[_Target], Path | None]:
    """Output mode ("stdout", "file", "dir"), one target per shard, and the run-level rejects file."""
    out = args.output
    if out is None or out == "-":
        if args.resume:
            raise SystemExit("govtext: --resume needs -o OUTPUT (a file or a directory)")
        rej = Path(args.rejects or "govtext.rejects.jsonl")
        return "stdout", [_Target(s, None, None) for s in shards], rej
    out_p = Path(out)
    if many or out_p.is_dir() or out.endswith(("/", os.sep)):
        if out_p.exists() and not out_p.is_dir():
            raise SystemExit(f"govtext: -o {out}: several inputs need an output directory, and this is a file")
        if args.rejects:
            raise SystemExit("govtext: --rejects names one file; with an output directory each shard's "
                             "rejects go next to it (SHARD.rejects.jsonl)")
        root = out_p.resolve()
        # a rerun must not read its own earlier output as input
        shards = [s for s in shards if s.path is None or root not in s.path.resolve().parents]
        if not shards:
            raise SystemExit(f"govtext: every input is inside the output directory {out}")
        targets, seen = [], {}
        for s in shards:
            rel = s.output_rel()
            if rel in seen:
                raise SystemExit(f"govtext: {seen[rel].name} and {s.name} would both be written to {out_p / rel}")
            seen[rel] = s
            path = out_p / rel
            targets.append(_Target(s, path, path.with_name(path.name + REJECTS_SUFFIX)))
        mode = "dir"
    else:
        rej = Path(args.rejects) if args.rejects else out_p.with_name(out_p.name + REJECTS_SUFFIX)
        targets = [_Target(shards[0], out_p, rej)]
        mode = "file"
    for t in targets:
        if t.out is not None and t.shard.path is not None and t.out.resolve() == t.shard.path.resolve():
            raise SystemExit(f"govtext: {t.out}: the output would overwrite its input")
    return mode, targets, None


def cmd_clean(args: argparse.Namespace) -> int:
    config = _config_from_args(args)
    jobs = _jobs(args)
    shards, many = _shards(args)
    mode, targets, run_rejects = _plan(args, shards, many)
    st = _Run()
    todo: list[_Target] = []
    for t in targets:
        if args.resume and t.out is not None and t.out.exists():
            st.skipped.append(t.out)
        else:
            todo.append(t)
    old_term = _set_sigterm(_on_sigterm)
    bar = _progress([t.shard for t in todo], args.quiet)
    t0 = time.perf_counter()
    out: AtomicWriter | None = None
    rej: AtomicWriter | None = None
    run_rej: AtomicWriter | None = None
    shard_docs = 0
    n_batches = 0
    stack = ExitStack()  # closes the pool: cancels queued batches, waits for running ones
    try:
        batches = make_batches([t.shard for t in todo], args.field)
        results = stack.enter_context(closing(run(batches, args.field, config, jobs=jobs)))
        for batch, b in results:
            n_batches += 1
            t = todo[batch.shard]
            if t.out is not None and out is None:
                out = AtomicWriter(t.out)
                st.in_progress = t.out
                shard_docs = 0
            if b.lines:
                text = "\n".join(b.lines) + "\n"
                if out is not None:
                    out.write(text)
                else:
                    sys.stdout.write(text)
            if b.rejects:
                if t.rejects is None:
                    run_rej = run_rej or AtomicWriter(run_rejects)  # type: ignore[arg-type]
                    w = run_rej
                else:
                    rej = rej or AtomicWriter(t.rejects)
                    w = rej
                w.write("\n".join(b.rejects) + "\n")
                st.n_rejects += len(b.rejects)
                for r in b.rejects[: max(0, 5 - len(st.first_rejects))]:
                    st.first_rejects.append(r)
            st.total.add(b)
            shard_docs += b.docs
            st.nbytes += batch.nbytes
            bar.update(batch.nbytes)
            if batch.last and t.out is not None and out is not None:
                # rejects first: a shard whose output exists is complete, rejects included
                if rej is not None:
                    rej.commit()
                    rej = None
                elif t.rejects is not None:
                    t.rejects.unlink(missing_ok=True)  # stale, from an earlier run
                out.commit()
                out = None
                st.written.append(t.out)
                st.written_docs += shard_docs
                st.in_progress = None
        if mode == "stdout":
            sys.stdout.flush()
            st.written_docs = st.total.docs
    except KeyboardInterrupt:
        st.interrupted = True
        if mode == "stdout":
            st.written_docs = st.total.docs
    except BrokenPipeError:  # e.g. `govtext clean x.jsonl | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except (OSError, BrokenExecutor, InputError) as e:  # disk full, a worker killed ...
        st.interrupted = True
        st.error = f"{type(e).__name__}: {e}"
    finally:
        stack.close()
        _set_sigterm(old_term)
        bar.close()
        for w in (out, rej):
            if w is not None:
                w.abort()
        if run_rej is not None:
            run_rej.commit()
    seconds = time.perf_counter() - t0
    s = summary_dict(st.total, st.nbytes, seconds, st.n_rejects)
    if mode == "dir":
        rej_dest = f"SHARD{REJECTS_SUFFIX} next to each output shard"
    elif mode == "file":
        rej_dest = str(targets[0].rejects) if st.written else "(discarded with the unfinished output)"
    else:
        rej_dest = str(run_rejects)
    # run() cleans a single batch in this process, without a pool
    _print_summary(s, st, mode, args.output, rej_dest, min(jobs, n_batches) if n_batches > 1 else 1, len(todo))
    if st.error:
        return 1
    return 130 if st.interrupted else 0


def _print_summary(s: dict, st: _Run, mode: str, output: str | None, rej_dest: str,  # type: ignore[type-arg]
                   jobs: int, n_todo: int) -> None:
    import json

    w = sys.stderr.write
    where = f" -> {output}" if mode != "stdout" else ""
    if st.interrupted:
        if st.error:
            w(f"govtext: error: {st.error}\n")
        w(f"govtext: {'stopped' if st.error else 'interrupted'} after {s['seconds']:.2f} s: {st.written_docs} documents written"
          f" in {len(st.written)} complete shard(s){where}\n")
        if st.in_progress is not None:
            w(f"  {st.in_progress} was in progress: discarded, no partial file left under its name\n")
        left = n_todo - len(st.written)
        if mode != "stdout" and left:
            w(f"  {left} shard(s) not finished: rerun with --resume to do only those\n")
    else:
        w(f"govtext: done: {s['documents']} documents, {s['mb']:.2f} MB in {s['seconds']:.2f} s"
          f" ({s['mb_per_s'] or 0:.2f} MB/s, {f'{jobs} worker processes' if jobs > 1 else 'in this process'}){where}\n")
    if mode == "dir" or st.skipped:
        w(f"shards: {len(st.written)} written, {len(st.skipped)} skipped (already complete)\n")
    if s["dropped_by_rule"]:
        w("lines dropped by rule: " + ", ".join(f"{k} {v}" for k, v in s["dropped_by_rule"].items()) + "\n")
    if s["lines_changed_by_step"]:
        w("lines changed by step: " + ", ".join(f"{k} {v}" for k, v in s["lines_changed_by_step"].items()) + "\n")
    if st.n_rejects:
        w(f"rejected records: {s['rejected']} -> {rej_dest}\n")
        for r in st.first_rejects:
            d = json.loads(r)
            src = f"{d['file']}: " if mode == "dir" and "file" in d else ""
            w(f"  {src}line {d['line']}: {d['error']}\n")


def cmd_stats(args: argparse.Namespace) -> int:
    import json

    config = _config_from_args(args)
    jobs = _jobs(args)
    shards, _many = _shards(args)
    total = BatchResult()
    nbytes = 0
    n_rejects = 0
    interrupted = False
    t0 = time.perf_counter()
    try:
        results = run(make_batches(shards, args.field), args.field, config, jobs=jobs, emit=False)
        with closing(results):
            for batch, b in results:
                total.add(b)
                n_rejects += len(b.rejects)
                nbytes += batch.nbytes
    except KeyboardInterrupt:
        interrupted = True
    s = summary_dict(total, nbytes, time.perf_counter() - t0, n_rejects)
    s["shards"] = len(shards)
    if interrupted:
        s["interrupted"] = True
    print(json.dumps(s, ensure_ascii=False, indent=2))
    return 130 if interrupted else 0


def cmd_explain(args: argparse.Namespace) -> int:
    path = _explain_input(args)
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


INPUT_HELP = (
    "a file, a directory, a quoted glob ('crawl/*.jsonl.gz') or - for stdin: .jsonl, .ndjson, "
    ".jsonl.gz, .jsonl.zst, .parquet (needs pyarrow), .txt (one document per file)"
)


def _options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--example", action="store_true", help="use the bundled example crawl as INPUT")
    p.add_argument("--field", default="text", help="JSON field holding the text (default: text)")
    p.add_argument("--disable", action="append", metavar="STEP", help="switch a step off (repeatable)")
    p.add_argument("--digits", action="store_true", help="rewrite Chinese numerals as digits")
    p.add_argument("--t2s-config", help="OpenCC config: t2s, tw2s, tw2sp, hk2s, hk2sp")


def _jobs_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("-j", "--jobs", type=int, default=None,
                   help=f"worker processes (default: all CPUs this process may use, here {default_jobs()})")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="govtext", description="Clean Chinese government and education web text.")
    ap.add_argument("--version", action="version", version=f"govtext {__version__}")
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser(
        "clean", help="clean files into JSON lines",
        description="Clean INPUT into JSON lines: the cleaned text plus what govtext did (field 'govtext'). "
        "One input and -o FILE writes FILE; several inputs, a directory or a glob with -o DIR mirror "
        "each input shard under DIR (same relative path; .parquet and .txt become .jsonl). Each output "
        "file appears under its name only when complete (written to a hidden temporary file, then "
        "renamed), so --resume can skip the shards already done after a crash or Ctrl-C.",
    )
    c.add_argument("input", nargs="*", help=INPUT_HELP)
    _options(c)
    c.add_argument("-o", "--output", help="output file, or directory for several inputs (default: standard output)")
    c.add_argument("--rejects", help="where broken records go (default: OUTPUT.rejects.jsonl)")
    c.add_argument("--resume", action="store_true", help="skip shards whose output already exists (complete)")
    _jobs_option(c)
    c.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    c.set_defaults(func=cmd_clean)
    s = sub.add_parser("stats", help="what clean would do, without writing")
    s.add_argument("input", nargs="*", help=INPUT_HELP)
    _options(s)
    _jobs_option(s)
    s.set_defaults(func=cmd_stats)
    e = sub.add_parser("explain", help="what each step did to one document")
    e.add_argument("input", nargs="?", help="a .txt, .jsonl[.gz|.zst] or .parquet file")
    _options(e)
    e.add_argument("--record", type=int, default=0, help="which record of a .jsonl (0-based)")
    e.set_defaults(func=cmd_explain)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``govtext`` command."""
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
