"""Crawl scale: many input formats, mirrored atomic shards, --resume, Ctrl-C and kill -9."""

from __future__ import annotations

import gzip
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govtext
from cli_common import main
from govtext.io import (
    TMP_SUFFIX,
    AtomicWriter,
    InputError,
    Shard,
    complete_killed,
    dumps,
    expand_inputs,
    is_done,
    iter_items,
    parse_line,
    write_part,
)
from govtext.parallel import (
    CLEANING_PARTS,
    PARTS,
    BatchResult,
    default_jobs,
    make_batches,
    process_batch,
    run,
)

from strategies import load_gen_crawl

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"


gen = load_gen_crawl()


def cli(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    e = {**os.environ, "PYTHONPATH": str(SRC), **(env or {})}
    p = subprocess.run([sys.executable, "-m", "govtext", *args], input=stdin, capture_output=True,
                       env=e, cwd=cwd, timeout=300)
    return subprocess.CompletedProcess(p.args, p.returncode, p.stdout.decode(), p.stderr.decode())


def popen(*args: str) -> subprocess.Popen[bytes]:
    e = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.Popen([sys.executable, "-m", "govtext", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=e)


def expected_line(doc: dict[str, Any], field: str = "text",
                  parts: tuple[str, ...] = CLEANING_PARTS) -> dict[str, Any]:
    """The record the CLI must write (by default: the cleaning record; *parts* ``PARTS``: that of
    ``--fields all``), built from the pipeline alone."""
    r = govtext.clean(doc[field])
    info = {k: v for k, v in r.to_dict().items() if k == "schema" or k in parts}
    return {**doc, field: r.text, "govtext": json.loads(json.dumps(info, ensure_ascii=False))}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    opener = gzip.open if path.name.endswith(".gz") else open
    if path.name.endswith(".zst"):
        import zstandard

        data = zstandard.ZstdDecompressor().stream_reader(path.open("rb")).read().decode()
    else:
        with opener(path, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
            data = fh.read()
    return [json.loads(x) for x in data.splitlines()]


def docs_of(path: Path, size: int, seed: int) -> list[dict[str, Any]]:
    gen.write_jsonl(path, size, seed, 0.0)
    return read_jsonl(path)


# --- inputs -----------------------------------------------------------------------------------


def test_directory_of_every_format_is_mirrored(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pytest.importorskip("zstandard")
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    src = tmp_path / "crawl"
    (src / "sub").mkdir(parents=True)
    a = docs_of(src / "a.jsonl", 40_000, 1)
    b = docs_of(src / "sub" / "b.jsonl.gz", 40_000, 2)
    c = docs_of(src / "c.jsonl.zst", 30_000, 3)
    d = [{"id": i, "text": f"第{i}條 學校應當加強管理", "when": None} for i in range(5)]
    pq.write_table(pa.Table.from_pylist(d), src / "d.parquet")
    (src / "e.txt").write_text("您當(dāng)前的位置", encoding="utf-8")
    (src / ".hidden.jsonl").write_text("not read\n")
    (src / "notes.csv").write_text("not read\n")
    out = tmp_path / "out"
    p = main(capsys, "clean", str(src), "-o", str(out), "-j", "2", "-q")
    assert p.returncode == 0, p.stderr
    assert sorted(x.relative_to(out).as_posix() for x in out.rglob("*") if not x.name.startswith(".")) == [
        "a.jsonl", "c.jsonl.zst", "d.jsonl", "e.jsonl", "sub", "sub/b.jsonl.gz"]
    # each complete shard has its hidden completion marker (input fingerprint, counts)
    assert sorted(x.relative_to(out).as_posix() for x in out.rglob(".*")) == [
        ".a.jsonl.govtext-done", ".c.jsonl.zst.govtext-done", ".d.jsonl.govtext-done",
        ".e.jsonl.govtext-done", "sub/.b.jsonl.gz.govtext-done"]
    marker = json.loads((out / ".a.jsonl.govtext-done").read_text())
    assert marker["written"] == len(a) and marker["rejected"] == 0 and marker["input"]["size"] > 0
    assert read_jsonl(out / "a.jsonl") == [expected_line(x) for x in a]
    assert read_jsonl(out / "sub" / "b.jsonl.gz") == [expected_line(x) for x in b]
    assert read_jsonl(out / "c.jsonl.zst") == [expected_line(x) for x in c]
    assert read_jsonl(out / "d.jsonl") == [expected_line(x) for x in d]
    assert read_jsonl(out / "e.jsonl") == [expected_line({"id": "e.txt", "text": "您當(dāng)前的位置"})]
    assert "shards: 5 written, 0 skipped" in p.stderr
    # stats reads the same inputs, with workers, and counts the same documents
    s = main(capsys, "stats", str(src), "-j", "2")
    assert s.returncode == 0, s.stderr
    stats = json.loads(s.stdout)
    assert stats["documents"] == len(a) + len(b) + len(c) + len(d) + 1 and stats["shards"] == 5


def test_glob_and_several_inputs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for i in range(3):
        gen.write_jsonl(tmp_path / "in" / f"p{i}.jsonl", 5_000, i, 0.0)
    p = main(capsys, "clean", str(tmp_path / "in" / "p[01].jsonl"), "-o", str(tmp_path / "g"), "-q", "-j", "1")
    assert p.returncode == 0, p.stderr
    assert sorted(x.name for x in (tmp_path / "g").glob("[!.]*")) == ["p0.jsonl", "p1.jsonl"]
    p = main(capsys, "clean", str(tmp_path / "in" / "p0.jsonl"), str(tmp_path / "in" / "p2.jsonl"),
            "-o", str(tmp_path / "m"), "-q")
    assert p.returncode == 0, p.stderr
    assert sorted(x.name for x in (tmp_path / "m").glob("[!.]*")) == ["p0.jsonl", "p2.jsonl"]
    # no -o: one stream on stdout, in input order
    p = main(capsys, "clean", str(tmp_path / "in"), "-q", "--rejects", str(tmp_path / "r.jsonl"))
    ids = [json.loads(x)["id"] for x in p.stdout.splitlines()]
    assert ids == [d["id"] for i in range(3) for d in read_jsonl(tmp_path / "in" / f"p{i}.jsonl")]


def test_stdin_plain_and_gzip(tmp_path: Path) -> None:
    docs = docs_of(tmp_path / "a.jsonl", 20_000, 5)
    raw = (tmp_path / "a.jsonl").read_bytes()
    for data in (raw, gzip.compress(raw)):
        p = cli("clean", "-", "-q", stdin=data, cwd=tmp_path)
        assert p.returncode == 0, p.stderr
        assert [json.loads(x) for x in p.stdout.splitlines()] == [expected_line(d) for d in docs]
    p = cli("clean", "-", "-o", str(tmp_path / "o.jsonl"), "-q", stdin=raw)
    assert p.returncode == 0 and len(read_jsonl(tmp_path / "o.jsonl")) == len(docs)


def test_order_kept_across_many_batches_with_workers(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(dumps({"id": i, "text": "學校" * (i % 7 + 1)}) + "\n" for i in range(700)),
                   encoding="utf-8")
    p = main(capsys, "clean", str(src), "-o", str(tmp_path / "o.jsonl"), "-j", "2", "-q")
    assert p.returncode == 0, p.stderr
    out = read_jsonl(tmp_path / "o.jsonl")
    assert [d["id"] for d in out] == list(range(700))
    assert all(d["text"] == "学校" * (d["id"] % 7 + 1) for d in out)


def test_rejects_per_shard_and_read_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.jsonl").write_bytes(b'{"id": 1, "text": "\xe5\xad\xb8"}\n{"id": 2\n{"id": 3, "body": "x"}\n')
    good = gzip.compress(b"".join(dumps({"id": i, "text": "教育"}).encode() + b"\n" for i in range(50)))
    (src / "b.jsonl.gz").write_bytes(good[: len(good) // 2])  # truncated gzip
    (src / "c.jsonl").write_text('{"id": 9, "text": "學"}\n', encoding="utf-8")
    p = main(capsys, "clean", str(src), "-o", str(tmp_path / "o"), "-q", "--max-reject-rate", "1")
    # the truncated shard failed: the run says so with its own exit status, the others are done
    assert p.returncode == 4, p.stderr
    o = tmp_path / "o"
    ra = read_jsonl(o / "a.jsonl.rejects.jsonl")
    assert [(r["line"], r["error"].split(":")[0]) for r in ra] == [(2, "invalid JSON"), (3, "missing field 'text' (the record has")]
    assert ra[0]["file"].endswith("a.jsonl")
    assert not (o / "b.jsonl.gz").exists() and not (o / "b.jsonl.gz.rejects.jsonl").exists()
    assert not list(o.glob(".b.*"))  # neither a temporary file nor a completion marker
    assert not (o / "c.jsonl.rejects.jsonl").exists()
    assert [d["text"] for d in read_jsonl(o / "a.jsonl")] == ["学"]
    assert "rejected records: 2" in p.stderr and "a.jsonl: line 2: invalid JSON" in p.stderr
    assert "shards: 2 written, 0 skipped (already complete), 1 failed" in p.stderr
    assert "b.jsonl.gz: read error" in p.stderr and "EOFError" in p.stderr


def test_parquet_without_pyarrow_is_a_clear_error(tmp_path: Path) -> None:
    fake = tmp_path / "fake"
    (fake / "pyarrow").mkdir(parents=True)
    (fake / "pyarrow" / "__init__.py").write_text("raise ImportError('no pyarrow here')\n")
    (tmp_path / "a.parquet").write_bytes(b"PAR1")
    p = cli("clean", str(tmp_path / "a.parquet"), env={"PYTHONPATH": f"{fake}{os.pathsep}{SRC}"})
    assert p.returncode != 0 and "Traceback" not in p.stderr
    assert "pyarrow" in p.stderr and "govtext[parquet]" in p.stderr


@pytest.mark.parametrize("args,msg", [
    (["--resume"], "--resume needs -o"),
    (["-o", "{d}/a.jsonl"], "overwrite its input"),
    (["{d}/a.jsonl", "{d}/a.parquet", "-o", "{d}/out"], "would both be written"),
    (["{d}/*.csv", "-o", "{d}/out"], "no input file matches"),
])
def test_bad_invocations(capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], msg: str) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n')
    (tmp_path / "a.parquet").write_bytes(b"PAR1")
    first = [] if args[0].startswith("{d}") else [str(tmp_path / "a.jsonl")]
    p = main(capsys, "clean", *first, *[a.format(d=tmp_path) for a in args])
    assert p.returncode != 0 and msg in p.stderr and "Traceback" not in p.stderr


def test_output_inside_input_is_not_reread(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "學"}\n', encoding="utf-8")
    for _ in range(2):
        p = main(capsys, "clean", str(tmp_path), "-o", str(tmp_path / "clean"), "-q")
        assert p.returncode == 0, p.stderr
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.jsonl")) == [
        "a.jsonl", "clean/a.jsonl"]


def test_resume_skips_complete_shards(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        gen.write_jsonl(src / f"p{i}.jsonl", 4_000, i, 0.0)
    out = tmp_path / "out"
    assert main(capsys, "clean", str(src), "-o", str(out), "-q").returncode == 0
    (out / "p1.jsonl").unlink()
    p = main(capsys, "clean", str(src), "-o", str(out), "-q", "--resume")
    assert p.returncode == 0, p.stderr
    assert "shards: 1 written, 2 skipped" in p.stderr
    assert read_jsonl(out / "p1.jsonl") == [expected_line(d) for d in read_jsonl(src / "p1.jsonl")]
    # a file govtext did not finish is never trusted: changed after the run, or a foreign file
    (out / "p0.jsonl").write_text("precious\n")
    (out / ".p1.jsonl.govtext-done").unlink()
    p = main(capsys, "clean", str(src), "-o", str(out), "-q", "--resume")
    assert p.returncode == 0 and "shards: 2 written, 1 skipped" in p.stderr, p.stderr
    assert read_jsonl(out / "p0.jsonl") == [expected_line(d) for d in read_jsonl(src / "p0.jsonl")]
    # a changed input, or other options, redo the shard
    gen.write_jsonl(src / "p2.jsonl", 3_000, 9, 0.0)
    p = main(capsys, "clean", str(src), "-o", str(out), "-q", "--resume")
    assert p.returncode == 0 and "shards: 1 written, 2 skipped" in p.stderr, p.stderr
    assert read_jsonl(out / "p2.jsonl") == [expected_line(d) for d in read_jsonl(src / "p2.jsonl")]
    p = main(capsys, "clean", str(src), "-o", str(out), "-q", "--resume", "--disable", "drop_spam")
    assert p.returncode == 0 and "shards: 3 written, 0 skipped" in p.stderr, p.stderr
    # (the outline is no part of the default record: switching it off changes nothing written)
    p = main(capsys, "clean", str(src), "-o", str(out), "-q", "--resume", "--disable", "drop_spam",
             "--disable", "outline")
    assert p.returncode == 0 and "shards: 0 written, 3 skipped" in p.stderr, p.stderr
    # single file output resumes too
    single = tmp_path / "one.jsonl"
    assert main(capsys, "clean", str(src / "p2.jsonl"), "-o", str(single), "-q").returncode == 0
    p = main(capsys, "clean", str(src / "p2.jsonl"), "-o", str(single), "-q", "--resume")
    assert p.returncode == 0 and "1 skipped" in p.stderr


# --- interruption -----------------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    """Child process ids (Linux /proc; empty elsewhere)."""
    out: list[int] = []
    for f in Path(f"/proc/{pid}/task").glob("*/children"):
        out += [int(x) for x in f.read_text().split()]
    return out


def _check_complete(out: Path, counts: dict[str, int]) -> list[str]:
    """Every file under its final name is a complete shard; returns their names."""
    done = []
    for f in sorted(out.glob("*.jsonl")):
        lines = f.read_text(encoding="utf-8").splitlines()
        assert len(lines) == counts[f.name], f"{f.name} is truncated"
        assert all(json.loads(x)["govtext"] is not None for x in lines)
        done.append(f.name)
    return done


def _short_records(path: Path, n: int, seed: int, broken: float = 0.0) -> int:
    """*n* records of the crawl generator with their text cut to 200 characters: cheap to clean,
    and many batches (a batch holds at most 256 records), so that a run spends most of its time
    inside a shard, between its checkpoints. Returns *n*."""
    import itertools

    with path.open("wb") as fh:
        for line in itertools.islice(gen.records(seed, broken), n):
            try:
                doc = json.loads(line)
            except ValueError:  # a broken record stays broken
                fh.write(line + b"\n")
                continue
            if isinstance(doc.get("text"), str):
                doc["text"] = doc["text"][:200]
            fh.write(dumps(doc).encode("utf-8") + b"\n")
    return n


def _stopped(proc: subprocess.Popen[bytes]) -> bool:
    """Stop the run (SIGSTOP) and wait until it is stopped: what it wrote stays as it is until
    it is continued or killed. False if the run had ended."""
    os.kill(proc.pid, signal.SIGSTOP)
    info = os.waitid(os.P_PID, proc.pid, os.WSTOPPED | os.WEXITED | os.WNOWAIT)  # not reaped
    return info is not None and info.si_code == os.CLD_STOPPED


def _stop_when(pred: Any, proc: subprocess.Popen[bytes], timeout: float = 300) -> None:
    """Return with the run stopped (SIGSTOP) in the first state where *pred* holds: *pred* is
    checked while the run is stopped, so only progress decides when, never a wait, however fast
    the machine. If the run ends first or the time runs out, the run is killed."""
    end = time.monotonic() + timeout
    try:
        while True:
            assert _stopped(proc), "the run ended before it could be interrupted"
            if pred():
                return
            os.kill(proc.pid, signal.SIGCONT)
            assert time.monotonic() < end, "timed out"
            time.sleep(0.005)
    except BaseException:
        proc.kill()
        proc.wait(timeout=60)
        raise


def _kill_9_when(pred: Any, proc: subprocess.Popen[bytes], timeout: float = 300) -> None:
    """Kill the run (SIGKILL) in the first state where *pred* holds."""
    try:
        _stop_when(pred, proc, timeout)
    finally:
        proc.kill()
        proc.wait(timeout=60)


def _signal_when(pred: Any, proc: subprocess.Popen[bytes], sig: int, timeout: float = 300) -> None:
    """Send *sig* in the first state where *pred* holds; the signal is sent before the run is
    continued (SIGCONT), so that it meets the state *pred* saw."""
    _stop_when(pred, proc, timeout)
    os.kill(proc.pid, sig)
    os.kill(proc.pid, signal.SIGCONT)


@pytest.fixture
def terminal_sigint() -> Any:
    """SIGINT handled as in a terminal (KeyboardInterrupt, and the default in a child process)
    while the test runs: a test run started in the background (a shell's &, as CI may start it)
    inherits SIGINT ignored, and the CLI then rightly leaves it alone."""
    old = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, old)


@pytest.mark.slow
def test_sigint_stops_cleanly_with_summary(tmp_path: Path, terminal_sigint: None) -> None:
    src = tmp_path / "in"
    src.mkdir()
    # shards of four batches each, a checkpoint after the second: a shard is in progress for
    # most of the run, with or without a checkpoint
    counts = {f"p{i}.jsonl": _short_records(src / f"p{i}.jsonl", 1024, 100 + i) for i in range(3)}
    args = ["-j", "2", "-q", "--checkpoint-mb", "0.25"]
    ref = tmp_path / "ref"
    assert cli("clean", str(src), "-o", str(ref), *args).returncode == 0
    out = tmp_path / "out"
    proc = popen("clean", str(src), "-o", str(out), *args)
    seen: list[str] = []

    def mid_run() -> bool:
        seen[:] = [f.name for f in out.glob("*.jsonl")]
        return 1 <= len(seen) < len(counts) - 1 and any(out.glob("*" + TMP_SUFFIX))

    # Ctrl-C while one shard is complete, the next is in progress and the last not started:
    # SIGINT is sent while the run is stopped, so it acts on the state mid_run saw
    _signal_when(mid_run, proc, signal.SIGINT)
    _, err_b = proc.communicate(timeout=120)
    err = err_b.decode()
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    done = _check_complete(out, counts)
    # the shard in progress may be finished (it was being put in place), nothing after it
    assert set(seen) <= set(done) and len(done) <= len(seen) + 1 < len(counts), (seen, done)
    assert "rerun with --resume" in err
    # the complete shards are marked complete; the one in progress left its last checkpoint
    # (hidden), which --resume continues, or nothing
    kept = _left_after_ctrl_c(out, sorted(counts), err)
    p = cli("clean", str(src), "-o", str(out), "--resume", *args)
    assert p.returncode == 0, p.stderr
    assert f"{len(counts) - len(done)} written, {len(done)} skipped" in p.stderr
    again = re.search(r"done: (\d+) documents", p.stderr)
    assert again is not None and int(again.group(1)) == sum(counts.values()) - kept, p.stderr
    assert sorted(x.name for x in out.iterdir()) == sorted(x.name for x in ref.iterdir())
    for f in ref.glob("*.jsonl"):
        assert (out / f.name).read_bytes() == f.read_bytes(), f.name


@pytest.mark.slow
def test_kill_9_leaves_no_truncated_shard(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    # shards of four batches each: a shard is in progress for most of the run
    counts = {f"p{i}.jsonl": _short_records(src / f"p{i}.jsonl", 1024, 100 + i) for i in range(3)}
    out = tmp_path / "out"
    proc = popen("clean", str(src), "-o", str(out), "-j", "2", "-q")
    children: list[int] = []

    def mid_write() -> bool:
        children[:] = _children(proc.pid) or children
        return (out / "p0.jsonl").exists() and any(out.glob("*" + TMP_SUFFIX))

    # kill while one shard is complete and the next is half written
    _kill_9_when(mid_write, proc)
    # orphaned workers notice and exit, they do not wait for work forever
    end = time.monotonic() + 30
    while any(Path(f"/proc/{c}").exists() for c in children) and time.monotonic() < end:
        time.sleep(0.1)
    assert not [c for c in children if Path(f"/proc/{c}").exists()]
    partial = list(out.glob("*" + TMP_SUFFIX))
    assert partial, "a shard was being written"
    done = _check_complete(out, counts)
    assert 1 <= len(done) < len(counts)
    p = cli("clean", str(src), "-o", str(out), "-q", "--resume", "-j", "2")
    assert p.returncode == 0, p.stderr
    assert f"shards: {len(counts) - len(done)} written, {len(done)} skipped" in p.stderr
    assert _check_complete(out, counts) == sorted(counts)
    assert not list(out.glob("*" + TMP_SUFFIX))


def _part(out: Path) -> dict[str, Any]:
    try:
        return dict(json.loads((out.parent / f".{out.name}.govtext-part").read_text()))
    except (OSError, ValueError):
        return {}


def _part_line(out: Path) -> int:
    return int(_part(out).get("line", 0))


@pytest.mark.slow
@pytest.mark.parametrize("name", ["out.jsonl", "out.jsonl.gz"])
def test_kill_9_inside_a_file_resumes_where_it_stopped(tmp_path: Path, name: str) -> None:
    src = tmp_path / "big.jsonl"
    # twelve batches (256 records each), a checkpoint every second one (--checkpoint-mb 0.2)
    n = _short_records(src, 3000, 11, 0.01)  # 1% broken records: rejects resume too
    ref = tmp_path / "ref" / name
    args = ["-q", "-j", "2", "--max-reject-rate", "1", "--checkpoint-mb", "0.2"]
    p = cli("clean", str(src), "-o", str(ref), *args)
    assert p.returncode == 0, p.stderr
    want = read_jsonl(ref)
    out = tmp_path / "out" / name
    resumed_from = []
    for _ in range(4):  # killed four times, each after a checkpoint of its own, maybe mid-write
        last = resumed_from[-1] if resumed_from else 0
        proc = popen("clean", str(src), "-o", str(out), "--resume", *args)
        _kill_9_when(lambda last=last: _part_line(out) > last, proc)
        assert not out.exists()  # the name appears only complete
        resumed_from.append(_part_line(out))
    assert resumed_from == sorted(set(resumed_from)) and resumed_from[-1] < n
    kept = int(_part(out)["written"])
    p = cli("clean", str(src), "-o", str(out), "--resume", *args)
    assert p.returncode == 0, p.stderr
    got = read_jsonl(out)
    # it continued from the last checkpoint: it cleaned only the documents after it
    last_run = re.search(r"done: (\d+) documents", p.stderr)
    assert last_run is not None and int(last_run.group(1)) == len(want) - kept, p.stderr
    assert f"and {kept} documents written before the checkpoints" in p.stderr
    assert got == want  # every id exactly once, in order: the same output as one whole run
    assert len({d["id"] for d in got}) == len(got)
    rej = (out.parent / (name + ".rejects.jsonl")).read_text()
    assert rej == (ref.parent / (name + ".rejects.jsonl")).read_text()
    marker = json.loads((out.parent / f".{name}.govtext-done").read_text())
    assert marker["written"] == len(want) and marker["written"] + marker["rejected"] == n
    assert not list(out.parent.glob(".*govtext-part")) and not list(out.parent.glob(".*govtext-tmp"))


# A CLI run that kills itself (SIGKILL) just before its N-th step that changes what a kill leaves
# on disk: an fsync, or a rename or removal in the output directory.
_KILL_AT_STEP = """
import os, signal, sys
n, out_dir, argv = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
steps = 0

def hook(real, counted):
    def call(*a, **k):
        global steps
        if counted(a[0]):
            steps += 1
            if steps == n:
                os.kill(os.getpid(), signal.SIGKILL)
        return real(*a, **k)
    return call

def inside(p):
    return os.path.abspath(p).startswith(out_dir)

os.replace, os.unlink = hook(os.replace, inside), hook(os.unlink, inside)
os.fsync = hook(os.fsync, lambda fd: True)
from govtext.cli import main
sys.exit(main(argv))
"""


def _kill_at_step(n: int, out_dir: Path, *args: str) -> int:
    e = {**os.environ, "PYTHONPATH": str(SRC)}
    p = subprocess.run([sys.executable, "-c", _KILL_AT_STEP, str(n), str(out_dir), *args],
                       capture_output=True, env=e, timeout=300)
    return p.returncode


@pytest.mark.slow
@pytest.mark.parametrize("name", ["out.jsonl", "out.jsonl.gz"])
def test_kill_9_at_every_step_never_redoes_a_checkpoint(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                        name: str) -> None:
    """Killed before each step of its checkpoints and of putting the finished shard in place,
    a run is resumed: the resumed run cleans only what the last durable state left undone (a
    shard killed while being renamed into place is completed, not cleaned again)."""
    src = tmp_path / "in.jsonl"
    lines = [dumps({"id": i, "text": f"第{i}條 學校應當加強管理"}) for i in range(700)]
    for i in range(3, 700, 97):
        lines[i] = f'{{"id": {i}, "text": '  # broken: rejects are continued too
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = ["-q", "-j", "1", "--max-reject-rate", "1", "--checkpoint-mb", "0.001"]
    ref = tmp_path / "ref" / name
    assert main(capsys, "clean", str(src), "-o", str(ref), *args).returncode == 0
    want = read_jsonl(ref)
    want_rej = (ref.parent / (name + ".rejects.jsonl")).read_text()
    killed = []
    for n in range(1, 100):
        d = tmp_path / f"k{n}"
        out = d / name
        code = _kill_at_step(n, d, "clean", str(src), "-o", str(out), "--resume", *args)
        if code == 0:
            break
        assert code == -signal.SIGKILL
        killed.append(n)
        part = d / f".{name}.govtext-part"
        kept = int(json.loads(part.read_text())["written"]) if part.exists() else 0
        kept = len(want) if (d / f".{name}.govtext-done").exists() else kept
        p = main(capsys, "clean", str(src), "-o", str(out), "--resume", *args)
        assert p.returncode == 0, p.stderr
        again = re.search(r"done: (\d+) documents", p.stderr)
        assert again is not None and int(again.group(1)) == len(want) - kept, (n, p.stderr)
        assert read_jsonl(out) == want
        assert (d / (name + ".rejects.jsonl")).read_text() == want_rej
        assert sorted(x.name for x in d.iterdir()) == sorted([name, name + ".rejects.jsonl", f".{name}.govtext-done"])
    # two checkpoints (input lines 256 and 512) and the end: each step of them was a kill
    assert len(killed) >= 12


# --- the building blocks ----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["a.jsonl", "a.jsonl.gz", "a.jsonl.zst"])
def test_atomic_writer_checkpoint_and_resume(tmp_path: Path, name: str) -> None:
    if name.endswith(".zst"):
        pytest.importorskip("zstandard")
    w = AtomicWriter(tmp_path / name)
    w.write('{"n":1}\n')
    size = w.checkpoint()
    w.write('{"n":"lost"}\n')  # written after the checkpoint, then the process dies
    w.suspend()
    assert w.tmp.exists() and not (tmp_path / name).exists()
    w = AtomicWriter(tmp_path / name, resume_at=size)
    w.write('{"n":2}\n')
    w.checkpoint()
    w.write('{"n":3}\n')
    w.commit()
    assert read_jsonl(tmp_path / name) == [{"n": 1}, {"n": 2}, {"n": 3}]


def test_ctrl_c_right_after_the_rename_counts_the_shard(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         terminal_sigint: None) -> None:
    """Ctrl-C just after a shard's output was renamed into place: the shard is finished (marker,
    no checkpoint left) and the summary counts it."""
    src = tmp_path / "in"
    src.mkdir()
    for i in range(2):
        (src / f"p{i}.jsonl").write_text("".join(dumps({"id": j, "text": "學校"}) + "\n" for j in range(3)))
    out = tmp_path / "out"
    real = os.replace

    def replace(a: Any, b: Any) -> None:
        real(a, b)
        if Path(b) == out / "p0.jsonl":
            signal.raise_signal(signal.SIGINT)  # Ctrl-C, as the terminal sends it

    monkeypatch.setattr(os, "replace", replace)
    p = main(capsys, "clean", str(src), "-o", str(out), "-j", "1")
    assert p.returncode == 130, p.stderr
    assert "3 documents written in 1 complete shard(s)" in p.stderr
    assert sorted(x.name for x in out.iterdir()) == [".p0.jsonl.govtext-done", "p0.jsonl"]


def _interrupt_after_step(monkeypatch: pytest.MonkeyPatch, n: int, out_dir: Path) -> list[str]:
    """Ctrl-C (SIGINT raised in this process) just after the *n*-th step that changes what is on
    disk in *out_dir*: a file opened for writing, an fsync, a rename, a removal. Returns the
    step, once it was taken."""
    import builtins
    import io

    taken: list[str] = []
    count = [0]

    def inside(p: Any, *_: Any, **__: Any) -> bool:
        return isinstance(p, (str, os.PathLike)) and os.path.abspath(p).startswith(str(out_dir))

    def writing(p: Any, mode: str = "r", *_: Any, **__: Any) -> bool:
        return inside(p) and any(c in mode for c in "wa+")

    def hook(real: Any, counted: Any) -> Any:
        def call(*a: Any, **k: Any) -> Any:
            r = real(*a, **k)
            if counted(*a, **k):
                count[0] += 1
                if count[0] == n:
                    taken.append(f"{real.__name__} {os.path.basename(str(a[0]))}")
                    signal.raise_signal(signal.SIGINT)
            return r
        return call

    monkeypatch.setattr(os, "replace", hook(os.replace, inside))
    monkeypatch.setattr(os, "unlink", hook(os.unlink, inside))
    monkeypatch.setattr(os, "fsync", hook(os.fsync, lambda fd: True))
    opener = hook(io.open, writing)
    monkeypatch.setattr(io, "open", opener)
    monkeypatch.setattr(builtins, "open", opener)
    return taken


def _left_after_ctrl_c(out: Path, names: list[str], err: str) -> int:
    """Check what an interrupted run left in *out*: each shard is complete (output, marker, nothing
    else), or has a checkpoint that --resume continues (its temporary files, only those, and the
    summary says so), or left nothing; no other temporary file. Returns the documents kept."""
    kept, complete = 0, 0
    assert not [x.name for x in out.glob(".*.tmp")] if out.exists() else True
    for name in names:
        o, tmp, rej_tmp = out / name, out / f".{name}{TMP_SUFFIX}", out / f".{name}.rejects.jsonl{TMP_SUFFIX}"
        part = _part(o)
        if o.exists():
            assert not part and not tmp.exists() and not rej_tmp.exists(), name
            kept += json.loads((out / f".{name}.govtext-done").read_text())["written"]
            complete += 1
        elif part:
            assert not part.get("complete"), "a finished shard is put in place before the run stops"
            assert tmp.stat().st_size >= part["out_size"], name
            assert rej_tmp.exists() == bool(part["rejects"]), (name, part)
            assert f"{o} was in progress: done up to input line {part['line']}" in err, err
            kept += part["written"]
        else:
            assert not tmp.exists() and not rej_tmp.exists(), f"{name}: a temporary file with no checkpoint"
    assert f"in {complete} complete shard(s)" in err, err
    return kept


@pytest.mark.slow
def test_ctrl_c_at_every_step_leaves_a_checkpoint_or_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             terminal_sigint: None) -> None:
    """Ctrl-C just after each step that changes the output directory (a shard's temporary files
    opened, its checkpoints, putting it in place): the run stops with a summary that matches
    what it left (see _left_after_ctrl_c), and --resume then writes what one whole run writes,
    cleaning only what was not kept."""
    src = tmp_path / "in"
    src.mkdir()
    names = ["p0.jsonl", "p1.jsonl"]
    for k, name in enumerate(names):
        # two batches a shard (256 records at most), a checkpoint after the first
        lines = [dumps({"id": i, "text": f"第{i}條 學校應當加強管理"}) for i in range(300)]
        # broken records (rejects): p0 from its first batch, p1 only after its checkpoint
        for i in range(3 + 257 * k, 300, 97):
            lines[i] = f'{{"id": {i}, "text": '
        (src / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = ["-q", "-j", "1", "--max-reject-rate", "1", "--checkpoint-mb", "0.001"]
    ref = tmp_path / "ref"
    assert main(capsys, "clean", str(src), "-o", str(ref), *args).returncode == 0
    total = sum(json.loads((ref / f".{n}.govtext-done").read_text())["written"] for n in names)
    interrupted, late = [], []
    for n in range(1, 200):
        out = tmp_path / f"c{n}"
        with monkeypatch.context() as m:
            taken = _interrupt_after_step(m, n, out)
            p = main(capsys, "clean", str(src), "-o", str(out), *args)
        if not taken:
            assert p.returncode == 0, p.stderr
            break
        interrupted.append(taken[0])
        assert "Traceback" not in p.stderr, (taken, p.stderr)
        if p.returncode == 0:  # the Ctrl-C waited for the last shard's finish: nothing was left
            assert "came after the last shard was finished: the run is complete" in p.stderr, p.stderr
            late.append(taken[0])
            kept = total
        else:
            assert p.returncode == 130, (taken, p.stderr)
            kept = _left_after_ctrl_c(out, names, p.stderr)
        p = main(capsys, "clean", str(src), "-o", str(out), "--resume", *args)
        assert p.returncode == 0, p.stderr
        again = re.search(r"done: (\d+) documents", p.stderr)
        assert again is not None and int(again.group(1)) == total - kept, (taken, p.stderr)
        assert sorted(x.name for x in out.iterdir()) == sorted(x.name for x in ref.iterdir()), taken
        for f in ref.glob("*.jsonl"):
            assert (out / f.name).read_bytes() == f.read_bytes(), (taken, f.name)
    # each shard: its two files opened, a checkpoint, put in place (fsyncs, renames, its marker);
    # those of the last shard's finish end a complete run
    assert len(interrupted) >= 30, interrupted
    assert 3 <= len(late) < len(interrupted) // 2, (late, interrupted)


def test_complete_killed_finishes_only_its_own_final_checkpoint(tmp_path: Path) -> None:
    out, rej = tmp_path / "a.jsonl.gz", tmp_path / "a.jsonl.gz.rejects.jsonl"
    info = {"input": {"input": "in.jsonl", "size": 9, "mtime_ns": 1}, "options": "k"}
    w, r = AtomicWriter(out), AtomicWriter(rej)
    w.write('{"n":1}\n')
    r.write('{"line":2}\n')
    done = {"version": 1, **info, "written": 1, "rejected": 1, "blank_lines": 0}
    part = {**info, "line": 2, "out_size": w.finish(), "rejects": str(rej), "rej_size": r.finish(),
            "written": 1, "rejected": 1, "blank_lines": 0, "complete": done}
    write_part(out, part)
    os.replace(r.tmp, rej)  # killed between the two renames
    # a checkpoint of other options, or one that is not final, is not completed
    assert not complete_killed(out, {**info, "options": "other"})
    write_part(out, {**part, "complete": None})
    assert not complete_killed(out, info)
    assert not out.exists() and w.tmp.exists()
    # a file that is not what the checkpoint recorded: nothing more is touched
    write_part(out, part)
    rej.write_text("changed since\n")
    assert not complete_killed(out, info)
    assert not out.exists() and w.tmp.exists()
    rej.write_text('{"line":2}\n')
    assert complete_killed(out, info)
    assert read_jsonl(out) == [{"n": 1}] and is_done(out, info) is not None
    assert sorted(x.name for x in tmp_path.iterdir()) == [".a.jsonl.gz.govtext-done", out.name, rej.name]


def test_make_batches_skips_to_a_checkpoint(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text("".join(f'{{"text": "{i}"}}\n' for i in range(10)))
    shard = Shard(tmp_path / "a.jsonl", "jsonl", Path("a.jsonl"))
    bs = list(make_batches([shard], max_records=4, skip={0: 6}))
    assert [[n for n, _ in b.items] for b in bs] == [[7, 8, 9, 10]]
    assert [(b.end_line, b.last) for b in bs] == [(10, True)]
    bs = list(make_batches([shard], max_records=4, skip={0: 10}))
    assert [(b.items, b.end_line, b.last) for b in bs] == [([], 10, True)]


def test_atomic_writer_commit_abort_and_compression(tmp_path: Path) -> None:
    for name in ("a.jsonl", "b.jsonl.gz", "c.jsonl.zst"):
        if name.endswith(".zst"):
            pytest.importorskip("zstandard")
        w = AtomicWriter(tmp_path / name)
        w.write('{"text":"学"}\n')
        assert not (tmp_path / name).exists() and w.tmp.exists()
        w.commit()
        assert read_jsonl(tmp_path / name) == [{"text": "学"}] and not w.tmp.exists()
    w = AtomicWriter(tmp_path / "a.jsonl")
    w.write("half")
    w.abort()
    assert read_jsonl(tmp_path / "a.jsonl") == [{"text": "学"}]  # the old complete file stays
    assert not w.tmp.exists()


def test_expand_inputs(tmp_path: Path) -> None:
    (tmp_path / "d" / "x").mkdir(parents=True)
    for n in ("d/a.jsonl", "d/x/b.ndjson.gz", "d/a.jsonl.rejects.jsonl", "d/.a.jsonl.govtext-tmp", "d/r.md"):
        (tmp_path / n).write_text("")
    shards, many = expand_inputs([str(tmp_path / "d")])
    assert many and [s.rel.as_posix() for s in shards] == ["a.jsonl", "x/b.ndjson.gz"]
    shards, many = expand_inputs([str(tmp_path / "d" / "r.md")])
    assert not many and shards[0].kind == "txt"  # an explicit file of unknown type: one document
    shards, many = expand_inputs(["-"])
    assert not many and shards[0].path is None
    with pytest.raises(InputError, match="no such file"):
        expand_inputs([str(tmp_path / "nope.jsonl")])


def test_make_batches_marks_shard_ends(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text("".join(f'{{"text": "{i}"}}\n' for i in range(10)))
    (tmp_path / "empty.jsonl").write_text("")
    shards = [Shard(tmp_path / "a.jsonl", "jsonl", Path("a.jsonl")),
              Shard(tmp_path / "empty.jsonl", "jsonl", Path("empty.jsonl"))]
    bs = list(make_batches(shards, max_records=4))
    assert [(b.shard, len(b.items), b.last) for b in bs] == [(0, 4, False), (0, 4, False), (0, 2, True), (1, 0, True)]


@given(st.lists(st.integers(0, 30), min_size=1, max_size=4), st.integers(1, 7), st.integers(1, 300))
def test_make_batches_property(sizes: list[int], max_records: int, max_bytes: int) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        shards = []
        for i, n in enumerate(sizes):
            p = Path(d) / f"s{i}.jsonl"
            p.write_text("".join(dumps({"text": "字" * (j % 5)}) + "\n" for j in range(n)), encoding="utf-8")
            shards.append(Shard(p, "jsonl", Path(p.name)))
        bs = list(make_batches(shards, max_records=max_records, max_bytes=max_bytes))
        for i, s in enumerate(shards):  # no item lost or reordered, one end per shard
            mine = [b for b in bs if b.shard == i]
            assert [it for b in mine for it in b.items] == list(iter_items(s))
            assert [b.last for b in mine] == [False] * (len(mine) - 1) + [True]
            assert all(len(b.items) <= max_records for b in mine)
        assert [b.shard for b in bs] == sorted(b.shard for b in bs)


@given(st.text(max_size=200))
def test_process_batch_is_the_pipeline(text: str) -> None:
    raw = dumps({"id": 1, "text": text}).encode()
    b = process_batch([(1, raw)], "text", govtext.Config())  # (the library's default: every part)
    assert [json.loads(x) for x in b.lines] == [expected_line({"id": 1, "text": text}, parts=PARTS)]
    assert parse_line(1, raw, "text").doc == {"id": 1, "text": text}


def test_run_with_a_pool_keeps_order_and_bounds(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text("".join(dumps({"id": i, "text": "學" * (i % 3)}) + "\n" for i in range(40)), encoding="utf-8")
    shard = Shard(p, "jsonl", Path("a.jsonl"))
    total = BatchResult()
    ids = []
    for batch, res in run(make_batches([shard], max_records=3), "text", govtext.Config(), jobs=2,
                          max_in_flight=2):
        assert batch.items == []  # items are not kept once submitted
        total.add(res)
        ids += [json.loads(x)["id"] for x in res.lines]
    assert ids == list(range(40)) and total.docs == 40
    assert default_jobs() >= 1


def test_adversarial_record_passes(tmp_path: Path) -> None:
    # one 200 KB line of one repeated character, and one of markers without a newline
    for text in ("當" * 200_000, "(dāng)" * 30_000 + "�" * 30_000):
        b = process_batch([(1, dumps({"text": text}).encode())], "text", govtext.Config())
        assert b.docs == 1 and not b.rejects
        assert json.loads(b.lines[0])["text"] == govtext.normalize(text)
