"""The ``govtext`` command line: ``clean``, ``explain``, ``stats``."""

from __future__ import annotations

import argparse
import codecs
import gc
import math
import os
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import BrokenExecutor
from contextlib import ExitStack, closing, contextmanager, suppress
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path
from typing import IO

from . import __version__
from .io import (
    MAX_RECORD_BYTES,
    REJECTS_SUFFIX,
    STDIN,
    TMP_SUFFIX,
    AtomicWriter,
    InputError,
    Shard,
    complete_killed,
    complete_output,
    done_path,
    dumps,
    expand_inputs,
    get_field,
    is_done,
    iter_records,
    part_path,
    read_part,
    require_parquet,
    require_zstd,
    tmp_path,
    write_part,
)
from .parallel import (
    CLEANING_PARTS,
    FORMATS,
    PARTS,
    Batch,
    BatchResult,
    OutputSpec,
    SiteTemplates,
    default_jobs,
    end_abandoned,
    learn_templates,
    make_batches,
    reap_abandoned,
    run,
    summary_dict,
)
from .parquet_output import ParquetSink
from .pipeline import STEPS, Config, clean
from .script import CONFIGS

EXAMPLE = "crawl.jsonl"
#: What ``--disable`` switches off: the steps, and the parts of ``clean()`` after them.
_SWITCHABLE = (*STEPS, "find_numbers", "outline")
#: The largest ``--max-record-mb`` (a record must fit in memory: about 1 TB).
MAX_RECORD_MB = 1e6


def example_path() -> Path:
    """Path of the bundled example crawl."""
    return Path(str(resources.files("govtext").joinpath("examples", EXAMPLE)))


def _config_from_args(args: argparse.Namespace) -> Config:
    changes: dict[str, object] = {}
    for step in args.disable or []:  # (the parser checked the names: _step)
        changes[step] = False
    if args.digits:
        changes["numbers_to_digits"] = True
    if args.t2s_config:
        changes["t2s_config"] = args.t2s_config
    if getattr(args, "lossy", None):
        changes["lossy"] = args.lossy
    if getattr(args, "chunks", 0):
        changes["chunk_chars"] = args.chunks
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
    if p.is_dir():
        raise SystemExit(f"govtext: {p} is a directory; explain reads one document: give a file in it")
    if not os.access(p, os.R_OK):
        raise SystemExit(f"govtext: {p}: permission denied (cannot read this file)")
    if p.name.lower().endswith(".zst"):
        try:
            require_zstd(p)
        except InputError as e:
            raise SystemExit(f"govtext: {e}") from e
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


#: ``--jobs`` is capped at this many worker processes per CPU this process may use: more only
#: share the CPUs, each paying its start-up and memory (``-j 100000`` would fork 100,000).
JOBS_PER_CPU = 4
#: The most worker processes Windows' process pool can wait on.
_WINDOWS_MAX_JOBS = 61


def _jobs(args: argparse.Namespace) -> int:
    """``--jobs`` (default: the CPUs), capped at :data:`JOBS_PER_CPU` per CPU with a warning."""
    cpus = default_jobs()
    cap = JOBS_PER_CPU * cpus
    if sys.platform == "win32":
        cap = min(cap, _WINDOWS_MAX_JOBS)
    if args.jobs is None:
        return min(cpus, cap)
    if args.jobs > cap:
        sys.stderr.write(f"govtext: warning: --jobs {args.jobs} is more than {JOBS_PER_CPU} per CPU "
                         f"({cpus} CPU(s) here): using {cap} worker processes\n")
        return cap
    return int(args.jobs)


def _record_bytes(args: argparse.Namespace) -> int:
    """``--max-record-mb`` in bytes (at least one)."""
    return max(1, int(args.max_record_mb * (1 << 20)))


def _progress(shards: list[Shard], quiet: bool):  # type: ignore[no-untyped-def]
    from tqdm import tqdm

    sizes = [s.size() for s in shards]
    plain = all(
        n is not None and s.kind != "parquet" and not s.rel.name.endswith((".gz", ".zst"))
        for s, n in zip(shards, sizes)
    )
    class _Bar(tqdm):  # type: ignore[misc,type-arg]
        monitor_interval = 0  # no monitor thread: workers can be forked from this process

    return _Bar(
        total=sum(n or 0 for n in sizes) if plain else None, unit="B", unit_scale=True,
        desc="govtext", file=sys.stderr, delay=1.0, disable=quiet, mininterval=0.5,
    )


class _Interrupted(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C."""


class _Signals:
    """Ctrl-C (SIGINT) and SIGTERM during ``clean``: they raise KeyboardInterrupt, except inside a
    held section (:meth:`held`), where the output files and what the run knows of them change
    together (a writer opened and kept, a checkpoint, a shard put in place); there the signal
    waits for the section's end. So an interrupt never comes between a file and its record.
    Once the run has ended (:meth:`ended`), a signal no longer interrupts anything: the first is
    only recorded (``late``), so that the summary is printed whole; a second raises at once."""

    def __init__(self) -> None:
        self.depth = 0
        self.pending: int | None = None
        self.after_run = False
        self.late: int | None = None  # a signal that came after the run ended
        self._old: dict[int, object] = {}

    def _handler(self, signum: int, frame: object) -> None:
        if self.after_run and self.late is None:
            self.late = signum
            return
        if self.depth and not self.after_run:
            self.pending = signum
            return
        raise _Interrupted() if signum == signal.SIGTERM else KeyboardInterrupt()

    def install(self) -> None:
        """Handle SIGTERM, and SIGINT unless it is ignored (``nohup``); not from another thread."""
        for sig in (signal.SIGINT, signal.SIGTERM):
            if sig == signal.SIGINT and signal.getsignal(sig) is not signal.default_int_handler:
                continue
            try:
                self._old[sig] = signal.signal(sig, self._handler)
            except (ValueError, TypeError):  # not the main thread: leave signals alone
                return

    def restore(self) -> None:
        for sig, old in self._old.items():
            signal.signal(sig, old)  # type: ignore[arg-type]
        self._old.clear()

    @contextmanager
    def installed(self) -> Iterator[None]:
        """The signals handled from here to the end of the block (the summary included)."""
        self.install()
        try:
            yield
        finally:
            self.restore()

    def ended(self) -> None:
        """The run is over (its files in place or put away): what is left is to report it."""
        self.after_run = True

    @contextmanager
    def held(self) -> Iterator[None]:
        """A section no signal interrupts: one that came during it is raised at its end."""
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
        if not self.depth and self.pending is not None:
            signum, self.pending = self.pending, None
            self._handler(signum, None)  # (outside any held section now: raises)


@dataclass
class _Target:
    shard: Shard
    out: Path | None  # None: standard output
    rejects: Path | None  # None: the run's single rejects file


#: Exit statuses of ``govtext clean`` (and ``stats``), documented in docs/cli.md.
EXIT_OK = 0
EXIT_ERROR = 1  # bad invocation, or an error that stopped the run (unwritable output, full disk)
EXIT_REJECTS = 3  # more records rejected than --max-reject-rate allows
EXIT_FAILED = 4  # a shard could not be read to its end (truncated/corrupt/unreadable input)
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141


@dataclass
class _Run:
    total: BatchResult = field(default_factory=BatchResult)
    nbytes: int = 0
    n_rejects: int = 0
    first_rejects: list[dict] = field(default_factory=list)  # type: ignore[type-arg]
    reasons: Counter[str] = field(default_factory=Counter)
    written: list[Path] = field(default_factory=list)
    written_docs: int = 0
    skipped: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (shard, why)
    in_progress: Path | None = None
    interrupted: bool = False
    ended: int = 0  # shards of this run done with (written or failed)
    late_signal: bool = False  # a Ctrl-C or SIGTERM came when every shard was done with
    resumable: bool = True  # False: rerunning cannot help until the user fixes something
    error: str | None = None
    # the shard being written
    out: AtomicWriter | None = None
    rej: AtomicWriter | None = None
    run_rej: AtomicWriter | None = None
    shard: BatchResult = field(default_factory=BatchResult)
    shard_rejects: int = 0
    # checkpoints inside a shard (--checkpoint-mb), and where --resume continues each shard
    checkpoint_bytes: int = 0
    since_checkpoint: int = 0
    # the shard in progress's last checkpoint as recorded (input line, sizes, whether it holds a
    # rejects file), None: none yet
    last_checkpoint: dict | None = None  # type: ignore[type-arg]
    shard_resumed: int = 0  # documents of the shard in progress written before its checkpoint
    from_checkpoints: int = 0  # documents of the shards completed, written by an earlier run
    resume: dict[int, dict] = field(default_factory=dict)  # type: ignore[type-arg]
    spool: IO[bytes] | None = None  # standard output: a compressed shard's records, held back
    spool_docs: int = 0
    parquet: frozenset[str] | None = None  # --output-format parquet: the govtext parts (None: not Parquet)
    not_written: int = 0  # standard output: documents of failed (spooled) shards, discarded
    prior_docs: int = 0  # in the shards --resume skipped
    prior_rejects: int = 0
    signals: _Signals = field(default_factory=_Signals)

    def counts(self) -> tuple[int, int]:
        """Documents written and records rejected, by this run and the shards it skipped."""
        return self.total.docs + self.prior_docs, self.n_rejects + self.prior_rejects


class _OutputError(Exception):
    """The output cannot be created at all: rerunning will not help until it is fixed."""


def _reason(err: str) -> str:
    """The kind of a reject, to count them: the error up to its detail."""
    return err[:160] if err.startswith("missing field") else err.split(": ")[0][:80]


def _output_spec(args: argparse.Namespace) -> OutputSpec:
    """``--output-format`` (default: ``text`` for an output named ``*.txt[.gz|.zst]``, ``parquet``
    for ``*.parquet``) and ``--fields`` (default: the cleaning record, :data:`CLEANING_PARTS`)."""
    fmt = args.output_format
    if fmt is None:
        name = (args.output or "").lower()
        for ext in (".gz", ".zst"):
            name = name.removesuffix(ext)
        fmt = "text" if name.endswith(".txt") else "parquet" if name.endswith(".parquet") else "jsonl"
    return OutputSpec(fmt, frozenset(CLEANING_PARTS) if args.fields is None else _parts(args.fields))


#: The words ``--fields`` takes besides the parts.
_FIELD_WORDS = ("all", "text", "none")


def _parts(text: str) -> frozenset[str] | None:
    """The parts of the ``govtext`` object ``--fields`` names: a list of parts; ``+a,b``: the
    default parts (:data:`CLEANING_PARTS`) and *a*, *b*; ``all``: every part (None); ``text``
    alone: none. Raises ``ValueError`` naming an unknown part.

    >>> sorted(_parts("text,meta, outline")), _parts("text"), _parts("all")
    (['meta', 'outline'], frozenset(), None)
    >>> sorted(_parts("+numbers,outline"))
    ['dropped', 'meta', 'numbers', 'outline', 'signals', 'steps']
    >>> _parts("meta,title")
    Traceback (most recent call last):
    ...
    ValueError: unknown govtext part(s) title; parts are: meta, dropped, steps, numbers, signals, outline, document (or all, text, +PART,...)
    """
    text = text.strip()
    add = text.startswith("+")
    names = {x.strip() for x in text.removeprefix("+").split(",") if x.strip()}
    bad = sorted(names - set(PARTS) - set(_FIELD_WORDS))
    if bad:
        raise ValueError(f"unknown govtext part(s) {', '.join(bad)}; parts are: {', '.join(PARTS)} "
                         "(or all, text, +PART,...)")
    if "all" in names:
        return None
    if add:
        return frozenset(CLEANING_PARTS).union(names - set(_FIELD_WORDS))
    return frozenset() if names <= {"text", "none"} else frozenset(names - {"text"})


def _fields_type(text: str) -> str:
    """An argparse type: ``--fields`` naming only known parts (else a usage error)."""
    try:
        _parts(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from e
    return text


def _text_rel(rel: Path, ext: str = ".txt") -> Path:
    """The mirrored name of a shard written as text: ``a.jsonl.gz`` -> ``a.txt.gz``; as Parquet
    (*ext* ``.parquet``, compressed inside): ``a.jsonl.gz`` -> ``a.parquet``.

    >>> _text_rel(Path("x/a.jsonl.gz")).as_posix(), _text_rel(Path("a.jsonl.gz"), ".parquet").as_posix()
    ('x/a.txt.gz', 'a.parquet')
    """
    name = rel.name
    comp = next((c for c in (".gz", ".zst") if name.lower().endswith(c)), "")
    base = name[: len(name) - len(comp)]
    for known in (".jsonl", ".ndjson", ".json", ".parquet", ".txt"):
        if base.lower().endswith(known):
            base = base[: -len(known)]
            break
    return rel.with_name(base + ext + ("" if ext == ".parquet" else comp))


def _options_key(args: argparse.Namespace, config: Config) -> str:
    """What the output depends on besides the input, stable across processes (for --resume)."""
    import json

    cfg = {f.name: (sorted(v) if isinstance(v, (set, frozenset)) else v)
           for f in fields(config) for v in [getattr(config, f.name)]}
    import hashlib

    spec = _output_spec(args)
    tmpl = ([args.site_field, args.template_min_pages] if getattr(args, "templates", False) else None)
    key = json.dumps({"field": args.field, "config": cfg, "max_record_mb": args.max_record_mb,
                      # (None: every part; the text output holds none of them)
                      "format": spec.format,
                      "parts": None if spec.parts is None or spec.format == "text" else sorted(spec.parts),
                      "templates": tmpl},
                     sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def _stdout_write(data: bytes, decoder: codecs.IncrementalDecoder | None = None) -> None:
    """Write *data* (UTF-8) to standard output and flush it, so that a full disk fails the write
    of these documents (not a later one: they are counted as written when this returns); a text
    stream gets it decoded, by *decoder* when the data is one of a series of chunks that may cut
    a character."""
    buf = getattr(sys.stdout, "buffer", None)
    try:
        if buf is None:  # a text stream (tests, redirect_stdout)
            sys.stdout.write(data.decode("utf-8") if decoder is None else decoder.decode(data))
            sys.stdout.flush()
        else:
            _write_all(buf, data)
    except BrokenPipeError:
        raise
    except OSError as e:  # a full disk ...: name the stream
        raise OSError(e.errno, e.strerror, "<standard output>") from e


def _write_all(buf: IO[bytes], data: bytes) -> None:
    """Write *data* to the byte stream *buf* to its end or raise: to its file descriptor when it
    has one (a buffered write cut short by a full disk could return without error, its bytes
    lost: they were counted as written)."""
    try:
        fd = buf.fileno()
    except (OSError, ValueError):  # io.UnsupportedOperation: an in-memory stream (tests)
        buf.write(data)
        buf.flush()
        return
    buf.flush()
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _check_output(mode: str, targets: list[_Target], output: str | None) -> None:
    """Fail before any work when the output cannot be written (one clear line)."""
    if mode == "stdout":
        return
    for t in targets[:1] if mode == "file" else targets:
        parent = t.out.parent if t.out is not None else Path(".")
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            bad = next((p for p in [parent, *parent.parents] if p.exists() and not p.is_dir()), parent)
            raise SystemExit(f"govtext: -o {output}: {bad} is a file, not a directory") from None
        except OSError as e:
            raise SystemExit(f"govtext: -o {output}: cannot create {parent}: {e.strerror}") from None
        if not os.access(parent, os.W_OK | os.X_OK):
            raise SystemExit(f"govtext: -o {output}: {parent} is not writable: choose another output")
        if mode == "file":
            return


def _need_zstd(mode: str, targets: list[_Target]) -> None:
    names = [t.shard.name for t in targets if t.shard.path is not None]
    names += [str(t.out) for t in targets if t.out is not None]
    zst = [n for n in names if n.lower().endswith(".zst")]
    if zst:
        try:
            require_zstd(zst[0])
        except InputError as e:
            raise SystemExit(f"govtext: {e}") from e


def _todo(args: argparse.Namespace, targets: list[_Target], st: _Run, options: str) -> list[_Target]:
    todo: list[_Target] = []
    for t in targets:
        fp = t.shard.fingerprint() if t.shard.path is not None and t.shard.path.exists() else None
        done = None
        if args.resume and t.out and fp:
            # a run killed while putting the finished shard in place: its last steps are done now
            complete_killed(t.out, {"input": fp, "options": options}, t.rejects)
            done = is_done(t.out, {"input": fp, "options": options})
        if done is not None:
            st.skipped.append(t.out)  # type: ignore[arg-type]
            # the reject rate is the whole run's, shards done earlier included
            st.prior_docs += int(done.get("written") or 0)
            st.prior_rejects += int(done.get("rejected") or 0)
        else:
            todo.append(t)
    return todo


def _plan(args: argparse.Namespace, shards: list[Shard], many: bool) -> tuple[str, list[_Target], Path | None]:
    """Output mode ("stdout", "file", "dir"), one target per shard, and the run-level rejects file."""
    out = args.output
    if out is None or out == "-":
        if _output_spec(args).format == "parquet":
            raise SystemExit("govtext: Parquet output needs a file or directory: -o OUTPUT.parquet or -o DIR")
        if args.resume:
            raise SystemExit("govtext: --resume needs -o OUTPUT (a file or a directory)")
        rej = Path(args.rejects) if args.rejects else _run_rejects_name()
        _regular_or_new(rej, "--rejects")
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
        fmt = _output_spec(args).format
        for s in shards:
            rel = _text_rel(s.output_rel(), "." + ("txt" if fmt == "text" else fmt)) if fmt != "jsonl" else s.output_rel()
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
        _regular_or_new(t.out, "-o")
        _regular_or_new(t.rejects, "--rejects" if args.rejects else "its rejects file")
    return mode, targets, None


def _regular_or_new(path: Path | None, what: str) -> None:
    """Refuse an output that exists and is not a regular file (``/dev/null``, a pipe, a
    directory): the output is renamed into place, which would replace it (as root, even a
    device node)."""
    if path is not None and path.exists() and not path.is_file():
        raise SystemExit(f"govtext: {what} {path}: not a regular file (a device, a pipe or a directory); "
                         "govtext writes a file beside it and renames it into place, which would replace it: "
                         "name a file, or write to standard output (no -o) and redirect that")


def _run_rejects_name() -> Path:
    """The rejects file of a run to standard output: named after the run, never an older one's."""
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    path = Path(f"govtext-{stamp}{REJECTS_SUFFIX}")
    n = 1
    while path.exists() or tmp_path(path).exists():
        n += 1
        path = Path(f"govtext-{stamp}-{n}{REJECTS_SUFFIX}")
    return path


def _resume_points(st: _Run, todo: list[_Target], options: str) -> None:
    """The shards a killed or interrupted run checkpointed: --resume continues them."""
    if st.parquet is not None:  # a Parquet file cannot be continued: a shard is redone whole
        return
    for i, t in enumerate(todo):
        if t.out is None or t.shard.path is None or not t.shard.path.exists():
            continue
        part = read_part(t.out, {"input": t.shard.fingerprint(), "options": options})
        if part is not None:
            st.resume[i] = part
            st.prior_docs += int(part["written"])
            st.prior_rejects += int(part["rejected"])


def cmd_clean(args: argparse.Namespace) -> int:
    spec = _output_spec(args)
    config = spec.config_for(_config_from_args(args))
    _check_parquet(spec, config)
    jobs = _jobs(args)
    shards, many = _shards(args)
    mode, targets, run_rejects = _plan(args, shards, many)
    _need_zstd(mode, targets)
    _check_output(mode, targets, args.output)
    options = _options_key(args, config)
    templates = _learn(args, shards, config, jobs)
    st = _Run()
    todo = _todo(args, targets, st, options)
    st.checkpoint_bytes = int(args.checkpoint_mb * (1 << 20)) if spec.format != "parquet" else 0
    st.parquet = (spec.parts if spec.parts is not None else frozenset(PARTS)) if spec.format == "parquet" else None
    if args.resume:
        _resume_points(st, todo, options)
    with st.signals.installed():
        bar = _progress([t.shard for t in todo], args.quiet)
        t0 = time.perf_counter()
        n_batches = 0
        stack = ExitStack()  # closes the pool: cancels queued batches, waits for running ones
        try:
            batches = make_batches([t.shard for t in todo], args.field,
                                   max_record_bytes=_record_bytes(args),
                                   skip={i: int(p["line"]) for i, p in st.resume.items()})
            results = stack.enter_context(closing(run(batches, args.field, config, jobs=jobs,
                                                      emit=_output_spec(args), templates=templates)))
            for batch, b in results:
                n_batches += 1
                if n_batches == 1:
                    # govtext's tables are built now: the collector need not scan them again
                    gc.freeze()
                _on_batch(st, todo[batch.shard], batch, b, run_rejects, options)
                bar.update(batch.nbytes)
            if mode == "stdout":
                sys.stdout.flush()
        except KeyboardInterrupt:
            st.interrupted = True
        except BrokenPipeError:  # e.g. `govtext clean x.jsonl | head`
            _quiet_stdout()
            st.error = "broken pipe"
        except _OutputError as e:
            st.interrupted, st.resumable = True, False
            st.error = str(e)
        except (OSError, BrokenExecutor, InputError) as e:  # disk full, a worker killed ...
            st.interrupted = True
            st.error = _os_error(e)
        finally:
            try:
                _put_away(st)  # before waiting for the workers, which a second Ctrl-C may cut short
                stack.close()
            except KeyboardInterrupt:  # a second Ctrl-C while the workers end: run() stopped them
                st.interrupted = True
            finally:
                st.signals.ended()  # a signal from here on waits for the summary
                bar.close()
        # run() cleans a single batch in this process, without a pool
        status = _report(st, args, mode, targets, run_rejects, min(jobs, n_batches) if n_batches > 1 else 1,
                         len(todo), time.perf_counter() - t0)
    return _late_signal(st.signals, status)


def _check_parquet(spec: OutputSpec, config: Config) -> None:
    if spec.format == "parquet":
        if config.chunk_chars:
            raise SystemExit("govtext: --chunks writes JSON lines: leave out --output-format parquet")
        try:
            require_parquet()
        except InputError as e:
            raise SystemExit(f"govtext: Parquet output: {e}") from e


def _report(st: _Run, args: argparse.Namespace, mode: str, targets: list[_Target], run_rejects: Path | None,
            jobs: int, n_todo: int, seconds: float) -> int:
    """The summary of a run that has ended, and its exit status."""
    if st.interrupted and st.error is None and st.ended == n_todo:
        # the signal came when nothing was left to do (the last shard was being put in place)
        st.interrupted, st.late_signal = False, True
        if mode == "stdout":
            sys.stdout.flush()
    if st.error == "broken pipe":
        return EXIT_BROKEN_PIPE
    if mode == "stdout":
        st.written_docs = st.total.docs - st.not_written - st.spool_docs
    s = summary_dict(st.total, st.nbytes, seconds, st.n_rejects)
    rej_dest = _rejects_dest(mode, targets, st, run_rejects)
    _print_summary(s, st, mode, args.output, rej_dest, jobs, n_todo)
    return _exit_status(st, args)


def _late_signal(signals: _Signals, status: int) -> int:
    """The status of a run that a Ctrl-C or SIGTERM reached only after it had ended (while its
    summary was printed): the run's own, the summary complete, with a line saying so."""
    if signals.late is not None:
        sys.stderr.write("govtext: a Ctrl-C (or SIGTERM) came after the run had ended, while its summary "
                         "was printed: nothing was left to stop\n")
    return status


def _put_away(st: _Run) -> None:
    """The end of a run: the shard in progress keeps its temporary files if it has a checkpoint
    (--resume continues it), else they are removed; a Ctrl-C meanwhile waits for that."""
    try:
        with st.signals.held():
            for w in (st.out, st.rej):
                if w is not None:
                    # a temporary file a checkpoint records is kept for --resume
                    cp = st.last_checkpoint
                    kept = cp is not None and (w is st.out or bool(cp.get("rejects")))
                    w.suspend() if kept else w.abort()
            _close_run_rejects(st)
            if st.spool is not None:  # interrupted inside a held-back shard: it was not written
                st.spool.close()
    except KeyboardInterrupt:  # a second Ctrl-C: the run stops anyway
        st.interrupted = True


def _rejects_dest(mode: str, targets: list[_Target], st: _Run, run_rejects: Path | None) -> str:
    """Where the summary says the rejected records went."""
    if mode == "dir":
        return f"SHARD{REJECTS_SUFFIX} next to each output shard"
    if mode == "file":
        return str(targets[0].rejects) if st.written else "(discarded with the unfinished output)"
    return str(run_rejects)


def _os_error(e: BaseException) -> str:
    """One line for an error of the run, naming the final file rather than its temporary name."""
    if isinstance(e, OSError) and e.filename:
        name = Path(str(e.filename))
        if name.name.endswith(TMP_SUFFIX) and name.name.startswith("."):
            name = name.with_name(name.name[1 : -len(TMP_SUFFIX)])
        return f"cannot write {name}: {e.strerror or e}" if e.errno else f"{name}: {e}"
    if isinstance(e, OSError) and e.strerror:
        return f"{e.strerror} (errno {e.errno})"
    return f"{type(e).__name__}: {e}"


def _quiet_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (tests)
        pass


def _close_run_rejects(st: _Run) -> None:
    """Commit the rejects of a standard-output run, unless writing them failed."""
    if st.run_rej is None:
        return
    if st.error:
        st.run_rej.abort()
        st.error += " (the rejects file was not kept)"
        return
    try:
        st.run_rej.commit()
    except OSError as e:
        st.run_rej.abort()
        st.error = f"cannot write the rejects file {st.run_rej.path}: {e}"


def _on_batch(st: _Run, t: _Target, batch: Batch, b: BatchResult, run_rejects: Path | None,
              options: str) -> None:
    """Write one batch's output and rejects; finish (or fail) the shard at its last batch."""
    import json

    if t.out is not None and st.out is None:
        with st.signals.held():
            _start_shard(st, t, st.resume.get(batch.shard))
    if b.table and st.out is not None:
        st.out.write_table(b.table)  # type: ignore[attr-defined]
    if b.lines:
        data = b"\n".join(b.lines) + b"\n"
        if st.out is not None:
            st.out.write_bytes(data)
        elif _spooled(t):
            st.spool = st.spool or tempfile.TemporaryFile(prefix="govtext-")
            st.spool.write(data)
            st.spool_docs += b.docs
        else:
            _stdout_write(data)
    rejects = list(b.rejects)
    if batch.last and batch.error and t.out is None:
        # standard output: the records are out already; the failure goes to the rejects too
        rejects.append(dumps({"line": None, "error": batch.error, "file": t.shard.name, "raw": ""}).encode())
    if rejects:
        with st.signals.held():  # a writer is kept as soon as its file exists
            if t.rejects is None:
                st.run_rej = st.run_rej or AtomicWriter(run_rejects)  # type: ignore[arg-type]
                w = st.run_rej
            else:
                st.rej = st.rej or AtomicWriter(t.rejects)
                w = st.rej
        w.write_bytes(b"\n".join(rejects) + b"\n")
        for r in b.rejects:
            d = json.loads(r)
            st.reasons[_reason(str(d.get("error")))] += 1
            if len(st.first_rejects) < 5:
                st.first_rejects.append(d)
    st.n_rejects += len(b.rejects)
    st.shard_rejects += len(b.rejects)
    st.total.add(b)
    st.shard.add(b)
    st.nbytes += batch.nbytes
    if batch.last and t.out is None and st.spool is not None:
        _unspool(st, keep=not batch.error)  # (counted in st.total first: see _unspool)
    if batch.last:
        with st.signals.held():
            if batch.error:
                _fail_shard(st, t, batch.error)
            elif t.out is not None and st.out is not None:
                _finish_shard(st, t, options, batch.end_line)
            st.ended += 1
    elif st.out is not None and t.out is not None and t.shard.path is not None and st.checkpoint_bytes:
        st.since_checkpoint += batch.nbytes
        if st.since_checkpoint >= st.checkpoint_bytes:
            with st.signals.held():
                _checkpoint(st, t, batch.end_line, options)


def _start_shard(st: _Run, t: _Target, part: dict | None) -> None:  # type: ignore[type-arg]
    """Open the shard's output: afresh, or where its checkpoint left it (``--resume``)."""
    assert t.out is not None
    st.shard, st.shard_rejects, st.since_checkpoint, st.last_checkpoint = BatchResult(), 0, 0, None
    st.shard_resumed = 0
    try:
        if st.parquet is not None:  # a Parquet file cannot be continued: the shard is redone whole
            part_path(t.out).unlink(missing_ok=True)
            st.out = ParquetSink(t.out, st.parquet)  # type: ignore[assignment]
        elif part is None:
            part_path(t.out).unlink(missing_ok=True)  # an older run's, for another temporary file
            st.out = AtomicWriter(t.out)
        else:
            st.out = AtomicWriter(t.out, resume_at=int(part["out_size"]))
            if t.rejects is not None and part.get("rejects"):
                st.rej = AtomicWriter(t.rejects, resume_at=int(part["rej_size"]))
            elif t.rejects is not None:
                tmp_path(t.rejects).unlink(missing_ok=True)
            st.shard.docs, st.shard.blank = int(part["written"]), int(part["blank_lines"])
            st.shard_resumed = st.shard.docs
            st.shard_rejects = int(part["rejected"])
            st.last_checkpoint = part
    except OSError as e:
        raise _OutputError(f"cannot write {t.out}: {e.strerror or e}") from e
    st.in_progress = t.out


def _part_info(st: _Run, t: _Target, line: int, options: str, final: bool) -> dict:  # type: ignore[type-arg]
    """The shard's checkpoint up to input *line*, its output and rejects made durable first (by
    a checkpoint of the writers, or, *final*, by ending them: the shard's final checkpoint)."""
    assert st.out is not None
    out_size = st.out.finish() if final else st.out.checkpoint()
    rej_size = None if st.rej is None else st.rej.finish() if final else st.rej.checkpoint()
    return {"input": t.shard.fingerprint(), "options": options, "line": line, "out_size": out_size,
            "rejects": str(t.rejects) if st.rej is not None else None, "rej_size": rej_size,
            "written": st.shard.docs, "rejected": st.shard_rejects, "blank_lines": st.shard.blank}


def _checkpoint(st: _Run, t: _Target, line: int, options: str) -> None:
    """Make the shard's output durable up to input *line*, so that --resume continues there."""
    assert t.out is not None
    info = _part_info(st, t, line, options, final=False)
    write_part(t.out, info)
    st.since_checkpoint = 0
    st.last_checkpoint = info


def _spooled(t: _Target) -> bool:
    """Standard output and a compressed shard: its records are held back (in a temporary
    file) until the stream passed its integrity check (gzip CRC, whole zstd frames)."""
    return t.out is None and t.shard.path is not None and t.shard.path.name.lower().endswith((".gz", ".zst"))


_SPOOL_CHUNK = 1 << 20  # bytes of a held-back shard copied to standard output at a time


def _unspool(st: _Run, keep: bool) -> None:
    """Copy a held-back shard to standard output (or discard it, the shard failed)."""
    assert st.spool is not None
    spool, st.spool = st.spool, None
    docs, st.spool_docs = st.spool_docs, 0
    if not keep:
        st.not_written += docs
    with spool:
        if keep:
            spool.seek(0)
            sys.stdout.flush()
            decoder = codecs.getincrementaldecoder("utf-8")()  # a chunk may end inside a character
            try:
                while chunk := spool.read(_SPOOL_CHUNK):
                    _stdout_write(chunk, decoder)
                decoder.decode(b"", final=True)
            except OSError:  # a full disk ...: how much of the shard got out is not known
                st.not_written += docs
                raise


def _fail_shard(st: _Run, t: _Target, error: str) -> None:
    """A shard that could not be read whole: nothing of it is kept as good output."""
    for w in (st.out, st.rej):
        if w is not None:
            w.abort()
    st.out = st.rej = None
    st.in_progress = None
    if t.out is not None:
        part_path(t.out).unlink(missing_ok=True)
        done_path(t.out).unlink(missing_ok=True)  # an older complete output is not trusted any more
    st.failed.append((t.shard.name, error))


def _finish_shard(st: _Run, t: _Target, options: str, line: int) -> None:
    """Make the shard's output and rejects durable, record that in a final checkpoint, then put
    them in place (rejects first: a shard whose output exists is complete, rejects included).
    A kill in between leaves a state --resume completes (``complete_killed``), not redoes."""
    assert t.out is not None and st.out is not None
    part = _part_info(st, t, line, options, final=True)
    fp = part["input"]
    part["complete"] = None if fp is None else {
        "version": 1, "input": fp, "options": options, "written": st.shard.docs,
        "rejected": st.shard_rejects, "blank_lines": st.shard.blank}
    if fp is not None:
        write_part(t.out, part)
        st.last_checkpoint = part
    # (called in a held section: a Ctrl-C or SIGTERM meanwhile stops the run once the shard is
    # in place, so that the summary and the markers agree with the files)
    if not complete_output(t.out, part, t.rejects):
        raise OSError(f"{t.out}: the finished output was moved or changed before it was renamed")
    _shard_written(st, t)


def _shard_written(st: _Run, t: _Target) -> None:
    assert t.out is not None
    st.out = st.rej = None
    st.written.append(t.out)
    st.written_docs += st.shard.docs - st.shard_resumed
    st.from_checkpoints += st.shard_resumed
    st.in_progress = None


def _exit_status(st: _Run, args: argparse.Namespace) -> int:
    """The run's exit status; when it failed on its rejects, why and what to do (on stderr)."""
    status = _status(st, args)
    if status == EXIT_REJECTS:
        sys.stderr.write("".join(line + "\n" for line in _reject_advice(st, args)))
    return status


def _status(st: _Run, args: argparse.Namespace) -> int:
    if st.error:
        return EXIT_ERROR
    if st.interrupted:
        return EXIT_INTERRUPTED
    if st.failed:
        return EXIT_FAILED
    docs, rejects = st.counts()
    if rejects and (docs == 0 or rejects / (docs + rejects) > args.max_reject_rate):
        return EXIT_REJECTS
    return EXIT_OK


def _reject_advice(st: _Run, args: argparse.Namespace) -> list[str]:
    """Why the run failed on its rejects, and what to do."""
    docs, rejects = st.counts()
    records = docs + rejects
    if not rejects or (docs and rejects / records <= args.max_reject_rate):
        return []
    out = [f"govtext: error: {rejects} of {records} records rejected ({rejects / records:.0%}), "
           f"more than --max-reject-rate {args.max_reject_rate:g} allows"]
    for reason, n in st.reasons.most_common(3):
        out.append(f"  {n} x {reason}")
    if st.prior_rejects:
        out.append(f"  ({st.prior_rejects} of them in shards done by an earlier run: see their rejects files)")
    top, n_top = st.reasons.most_common(1)[0] if st.reasons else ("", 0)
    if n_top * 2 < records:
        pass
    elif top.startswith("missing field"):
        out.append("  choose the field holding the text with --field NAME")
    elif top.startswith("invalid JSON") and any(d.get("raw", "").strip() in ("[", "{") for d in st.first_rejects):
        out.append("  the input is one JSON document laid out over many lines (an array?), not JSON lines "
                   "(one record per line): convert it first, e.g. jq -c '.[]' FILE > FILE.jsonl")
    elif top.startswith("invalid JSON"):
        out.append("  the input does not look like JSON lines; plain text goes in .txt files "
                   "(one document per file)")
    return out


def _print_summary(s: dict, st: _Run, mode: str, output: str | None, rej_dest: str,  # type: ignore[type-arg]
                   jobs: int, n_todo: int) -> None:
    w = sys.stderr.write
    where = f" -> {output}" if mode != "stdout" else ""
    if st.error:
        w(f"govtext: error: {st.error}\n")
    if st.interrupted:
        w(f"govtext: {'stopped' if st.error else 'interrupted'} after {s['seconds']:.2f} s: {st.written_docs} documents written"
          f" in {len(st.written)} complete shard(s){where}\n")
        if st.in_progress is not None and st.last_checkpoint is not None:
            w(f"  {st.in_progress} was in progress: done up to input line {st.last_checkpoint['line']} (a hidden "
              "checkpoint, nothing under its name); --resume continues from there\n")
        elif st.in_progress is not None:
            w(f"  {st.in_progress} was in progress: discarded, no partial file left under its name\n")
        left = n_todo - len(st.written) - len(st.failed)
        if mode != "stdout" and left:
            w(f"  {left} shard(s) not finished"
              + (": rerun with --resume to do only those\n" if st.resumable else "\n"))
    else:
        head = "done" if not st.failed else f"finished with {len(st.failed)} failed shard(s)"
        # documents of a failed shard were cleaned but not kept (-o): not counted as written
        w(f"govtext: {head}: {st.written_docs} documents, {s['rejected']} rejected, {s['blank_lines']} blank lines,"
          f" {s['mb']:.2f} MB in {s['seconds']:.2f} s"
          f" ({s['mb_per_s'] or 0:.2f} MB/s, {f'{jobs} worker processes' if jobs > 1 else 'in this process'}){where}\n")
        if st.from_checkpoints:
            w(f"  and {st.from_checkpoints} documents written before the checkpoints --resume continued from\n")
        if st.late_signal:
            w("  a Ctrl-C (or SIGTERM) came after the last shard was finished: the run is complete\n")
    if mode == "dir" or st.skipped or st.failed:
        # (standard output: a shard read to its end was written, it has no file of its own)
        written = len(st.written) if mode != "stdout" else st.ended - len(st.failed)
        w(f"shards: {written} written, {len(st.skipped)} skipped (already complete), {len(st.failed)} failed\n")
    if s["lossy_runs"]:
        w(f"lossy markers (bytes lost before govtext: U+FFFD, 锟斤拷 ...): {s['lossy_runs']} runs in "
          f"{s['documents_with_lossy_runs']} documents (--lossy keep|mark|drop)\n")
    if s["dropped_by_rule"]:
        w("lines dropped by rule: " + ", ".join(f"{k} {v}" for k, v in s["dropped_by_rule"].items()) + "\n")
    if s["lines_changed_by_step"]:
        w("lines changed by step: " + ", ".join(f"{k} {v}" for k, v in s["lines_changed_by_step"].items()) + "\n")
    if s.get("lossy_marks"):
        w(f"lossy marks: {s['lossy_marks']} (characters lost to a wrong decoding, marked U+FFFD after repair)\n")
    if st.n_rejects:
        w(f"rejected records: {s['rejected']} -> {rej_dest}\n")
        for d in st.first_rejects:
            src = f"{d['file']}: " if mode == "dir" and "file" in d else ""
            w(f"  {src}line {d['line']}: {d['error']}\n")
    for name, why in st.failed:
        kept = ("nothing of it was written" if mode != "stdout" or name.lower().endswith((".gz", ".zst"))
                else "its records before the error went to standard output")
        w(f"govtext: error: {name}: {why}\n  the shard failed ({kept}); fix or replace the file, then rerun"
          f"{' with --resume' if mode != 'stdout' else ''}\n")


def cmd_stats(args: argparse.Namespace) -> int:
    import json

    # the summary counts what the cleaning does: the analyses (mentions, outline, document) are not run
    config = OutputSpec("text").config_for(_config_from_args(args))
    jobs = _jobs(args)
    shards, _many = _shards(args)
    _need_zstd("stdout", [_Target(sh, None, None) for sh in shards])
    st = _Run()
    t0 = time.perf_counter()
    with st.signals.installed():  # (Ctrl-C and SIGTERM stop the run; the summary is printed whole)
        try:
            batches = make_batches(shards, args.field, max_record_bytes=_record_bytes(args))
            results = run(batches, args.field, config, jobs=jobs, emit=False)
            with closing(results):
                for batch, b in results:
                    st.total.add(b)
                    st.n_rejects += len(b.rejects)
                    for r in b.rejects:
                        st.reasons[_reason(str(json.loads(r).get("error")))] += 1
                    st.nbytes += batch.nbytes
                    if batch.last and batch.error:
                        st.failed.append((batch.name, batch.error))
        except KeyboardInterrupt:
            st.interrupted = True
        finally:
            st.signals.ended()
        s = summary_dict(st.total, st.nbytes, time.perf_counter() - t0, st.n_rejects)
        s["shards"] = len(shards)
        if st.failed:
            s["failed_shards"] = [{"file": n, "error": e} for n, e in st.failed]
        if st.interrupted:
            s["interrupted"] = True
        print(json.dumps(s, ensure_ascii=False, indent=2))
        sys.stdout.flush()
        for name, why in st.failed:
            sys.stderr.write(f"govtext: error: {name}: {why}\n")
        status = _exit_status(st, args)
    return _late_signal(st.signals, status)


def cmd_explain(args: argparse.Namespace) -> int:
    path = _explain_input(args)
    config = _config_from_args(args)
    recs = iter_records(path, args.field)
    rec = None
    try:
        for i, r in enumerate(recs):
            if i == args.record:
                rec = r
                break
    except (OSError, EOFError, ValueError) as e:
        raise SystemExit(f"govtext: {path}: cannot be read to record {args.record}: {type(e).__name__}: {e}") from e
    if rec is None:
        raise SystemExit(f"govtext: {path}: no record {args.record}")
    if rec.error or rec.doc is None:
        raise SystemExit(f"govtext: {path}: record at line {rec.line_no} is broken: {rec.error}")
    result = clean(get_field(rec.doc, args.field), config, explain=True)
    print(explain_text(result))
    return 0


def explain_text(result) -> str:  # type: ignore[no-untyped-def]
    """Human-readable account of what each step did (``govtext explain``)."""
    out: list[str] = []
    for s in result.steps:
        if s.step == "drop_spam":
            out.append(f"== drop_spam: {len(result.dropped)} lines dropped")
            for d in result.dropped:
                out.append(f"  L{d.line_no} [{d.rule}] {d.reason}: {d.text[:80]}")
            continue
        out.append(f"== {s.step}: {s.lines_changed} lines, {s.chars_changed} characters changed")
        for i, before, after in s.changes:
            out.append(f"  L{i} - {before[:120]}")
            out.append(f"  L{i} + {after[:120]}")
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


def _number(low: float, high: float = float("inf"), above: bool = False) -> Callable[[str], float]:
    """An argparse type: a finite number from *low* (above it, with *above*) to *high*.

    >>> _number(0, above=True)("0.5"), _number(0, 1)("1")
    (0.5, 1.0)
    >>> _number(0, above=True)("nan")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: must be a number above 0, not 'nan'
    >>> _number(0, 8, above=True)("9")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: must be a number above 0 and at most 8, not '9'
    """
    def parse(text: str) -> float:
        try:
            v = float(text)
        except ValueError:
            v = float("nan")
        if not (low < v if above else low <= v) or not v <= high or not math.isfinite(v):
            span = f"above {low:.15g}" if above else f"from {low:.15g}" if math.isfinite(high) else f"of {low:.15g} or more"
            span += (" and at most" if above else " to") + f" {high:.15g}" if math.isfinite(high) else ""
            raise argparse.ArgumentTypeError(f"must be a number {span}, not {text!r}")
        return v

    return parse


def _integer(low: int) -> Callable[[str], int]:
    """An argparse type: a whole number of *low* or more (else a usage error, status 2).

    >>> _integer(1)("3")
    3
    >>> _integer(1)("0")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: must be a whole number of 1 or more, not '0'
    """
    def parse(text: str) -> int:
        try:
            v = int(text)
        except ValueError:
            v = low - 1
        if v < low:
            raise argparse.ArgumentTypeError(f"must be a whole number of {low} or more, not {text!r}")
        return v

    return parse


def _choice(what: str, names: Sequence[str]) -> Callable[[str], str]:
    """An argparse type: one of *names* (a usage error names them all)."""
    def parse(text: str) -> str:
        if text not in names:
            raise argparse.ArgumentTypeError(f"unknown {what} {text!r}; {what}s are: {', '.join(names)}")
        return text

    return parse


def _options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--example", action="store_true", help="use the bundled example crawl as INPUT")
    p.add_argument("--field", default="text", help="JSON field holding the text (default: text)")
    p.add_argument("--disable", action="append", metavar="STEP", type=_choice("step", _SWITCHABLE),
                   help="switch a step off (repeatable)")
    p.add_argument("--digits", action="store_true", help="rewrite Chinese numerals as digits")
    p.add_argument("--t2s-config", type=_choice("OpenCC config", CONFIGS), metavar="CONFIG",
                   help=f"OpenCC config: {', '.join(CONFIGS)}")
    p.add_argument("--lossy", choices=("keep", "mark", "drop"), default=None,
                   help="lossy markers (U+FFFD, 锟斤拷): keep them (default), mark each run with one U+FFFD, or drop them")
    p.add_argument("--max-record-mb", type=_number(0, MAX_RECORD_MB, above=True), default=MAX_RECORD_BYTES / (1 << 20), metavar="MB",
                   help="records larger than this are rejected unread, so memory stays bounded "
                        f"(default: {MAX_RECORD_BYTES >> 20})")
    p.add_argument("--debug", action="store_true", help="show the Python traceback of an unexpected error")


def _reject_rate_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--max-reject-rate", type=_number(0, 1), default=0.1, metavar="SHARE",
                   help="exit with status 3 when more than this share of the records is rejected "
                        "(default: 0.1; a run whose records are all rejected always fails). A file "
                        "that ends inside a record (no final newline, JSON cut short) is truncated "
                        "input, not a rejected record: its shard fails (status 4) at any rate")


def _jobs_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("-j", "--jobs", type=_integer(1), default=None, metavar="N",
                   help=f"worker processes (default: all CPUs this process may use, here {default_jobs()}; "
                        f"at most {JOBS_PER_CPU} per CPU: a larger N is capped, with a warning)")


def _template_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--templates", action="store_true",
                   help="learn each site's template (lines on many of its pages) in a first pass over "
                        "all INPUT, and drop those lines (rule 'template') in the second")
    p.add_argument("--site-field", default="url", metavar="FIELD",
                   help="the field whose host names a record's site (default: url); records without it "
                        "belong to their input shard")
    p.add_argument("--template-min-pages", type=_integer(2), default=3, metavar="N",
                   help="pages of a site a line must stand on to be template (default: 3)")


def _learn(args: argparse.Namespace, shards: list[Shard], config: Config, jobs: int) -> SiteTemplates | None:
    """The first pass of --templates: the template lines of each site of the whole input."""
    if not getattr(args, "templates", False):
        return None
    if any(s.path is None for s in shards):
        raise SystemExit("govtext: --templates reads the input twice: give files, not - (standard input)")
    batches = make_batches(shards, args.field, max_record_bytes=_record_bytes(args))
    t0 = time.perf_counter()
    learned = learn_templates(batches, args.field, config, args.site_field, args.template_min_pages, jobs)
    if not args.quiet:
        info = learned.summary()
        sys.stderr.write(
            f"govtext: templates: {info['template_lines']} lines on {info['min_pages']}+ pages of their "
            f"site, {info['sites']} sites, {info['pages']} pages ({time.perf_counter() - t0:.1f} s)\n"
        )
    return SiteTemplates(learned, args.site_field)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="govtext", description="Clean Chinese government and education web text.")
    ap.add_argument("--version", action="version", version=f"govtext {__version__}")
    sub = ap.add_subparsers(dest="cmd")
    c = sub.add_parser(
        "clean", help="clean files into JSON lines",
        description="Clean INPUT into JSON lines: the cleaned text plus what govtext did (field 'govtext': "
        "by default the cleaning record; --fields all adds number mentions, outline and document). "
        "One input and -o FILE writes FILE; several inputs, a directory or a glob with -o DIR mirror "
        "each input shard under DIR (same relative path; .parquet and .txt become .jsonl). Each output "
        "file appears under its name only when complete (written to a hidden temporary file, then "
        "renamed), so --resume can skip the shards already done after a crash or Ctrl-C.",
    )
    c.add_argument("input", nargs="*", help=INPUT_HELP)
    _options(c)
    c.add_argument("-o", "--output", help="output file, or directory for several inputs (default: standard output)")
    c.add_argument("--rejects", help="where broken records go (default: OUTPUT.rejects.jsonl)")
    c.add_argument("--output-format", choices=FORMATS, default=None,
                   help="jsonl: each record with a 'govtext' object (default); text: the cleaned text "
                        "alone, each document followed by two blank lines (default for -o *.txt); "
                        "parquet: typed columns text, record, govtext (default for -o *.parquet; "
                        "needs pyarrow)")
    c.add_argument("--fields", metavar="PARTS", type=_fields_type,
                   help="comma-separated parts of the 'govtext' object to write: "
                        f"{', '.join(PARTS)}; default: {','.join(CLEANING_PARTS)} (the cleaning "
                        "record; numbers, outline and document are computed only when written); "
                        "'all': every part; '+numbers,outline': the default and these; 'text' alone: "
                        "no 'govtext' object")
    c.add_argument("--chunks", nargs="?", type=_integer(1), const=800, default=0, metavar="CHARS",
                   help="write one record per chunk (a section, or a piece of a long one, of at most "
                        "CHARS characters, default 800) with its heading path, instead of one per document")
    c.add_argument("--resume", action="store_true",
                   help="skip shards completed by an earlier run (same input, same options), continue a "
                        "shard it stopped in from its last checkpoint; redo the others")
    c.add_argument("--checkpoint-mb", type=_number(0), default=16, metavar="MB",
                   help="make the output durable every MB of input, so that --resume continues a "
                        "shard where it stopped (default: 16; 0: only whole shards)")
    _reject_rate_option(c)
    _jobs_option(c)
    _template_options(c)
    c.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    c.set_defaults(func=cmd_clean)
    s = sub.add_parser("stats", help="what clean would do, without writing")
    s.add_argument("input", nargs="*", help=INPUT_HELP)
    _options(s)
    _reject_rate_option(s)
    _jobs_option(s)
    s.set_defaults(func=cmd_stats)
    e = sub.add_parser("explain", help="what each step did to one document")
    e.add_argument("input", nargs="?", help="a .txt, .jsonl[.gz|.zst] or .parquet file")
    _options(e)
    e.add_argument("--record", type=_integer(0), default=0, metavar="N", help="which record of a .jsonl (0-based)")
    e.set_defaults(func=cmd_explain)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``govtext`` command.

    Errors are one line on standard error (``--debug`` shows the traceback); a closed
    standard output (``govtext stats ... | head``) ends the run quietly. Called with *argv*
    in a caller's own process, it returns leaving no worker process behind, even after a
    second Ctrl-C.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.cmd is None:
        parser.print_help()
        return EXIT_OK
    status = _run_command(args)
    if argv is None:  # the command's own process (not a caller's): end workers a second Ctrl-C left
        end_abandoned(status)
        _status_decided()
    else:  # a caller's process: leave it no worker processes
        with suppress(KeyboardInterrupt):
            reap_abandoned()
    return status


def _status_decided() -> None:
    """In the command's own process, once its status is decided: a Ctrl-C or SIGTERM from here to
    the process's end leaves it. (The interpreter's exit restores the signals' default actions: a
    second Ctrl-C coming then, just after the summary of an interrupted run, ended the process
    killed by the signal, status -2, instead of 130; a test saw it about once in 20 runs.)"""
    for sig in (signal.SIGINT, signal.SIGTERM):
        with suppress(ValueError, OSError):  # (not the main thread)
            signal.signal(sig, signal.SIG_IGN)


def _run_command(args: argparse.Namespace) -> int:
    try:
        return int(args.func(args))
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        sys.stderr.write("govtext: interrupted\n")
        return EXIT_INTERRUPTED
    except (OSError, InputError) as e:
        if args.debug:
            raise
        where = f"{e.filename}: " if isinstance(e, OSError) and e.filename else ""
        why = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        sys.stderr.write(f"govtext: error: {where}{why}\n")
        return EXIT_ERROR
    except Exception as e:
        if args.debug:
            raise
        sys.stderr.write(f"govtext: internal error: {type(e).__name__}: {e} (rerun with --debug for the "
                         "traceback, and report it)\n")
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
