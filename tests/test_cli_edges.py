"""The command line at its edges: a Ctrl-C at the end of a run, and inputs a careful user would
try to break it with (bytes, None, lone surrogates, NUL, huge lines, truncated streams, full
disks, unwritable directories)."""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cli_common import main
from govtext.io import dumps


@pytest.fixture
def terminal_sigint() -> Any:
    """SIGINT raising KeyboardInterrupt, as in a terminal (see tests/test_scale.py)."""
    old = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, old)


def _shards(src: Path, n: int, records: int) -> None:
    src.mkdir()
    for i in range(n):
        (src / f"p{i}.jsonl").write_text(
            "".join(dumps({"id": j, "text": f"第{j}條 學校應當加強管理"}) + "\n" for j in range(records)),
            encoding="utf-8")


# --- Ctrl-C at the end of a run -------------------------------------------------------------


@pytest.mark.parametrize("mode", ["dir", "file"])
def test_ctrl_c_while_the_last_shard_is_put_in_place_reports_a_complete_run(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        terminal_sigint: None, mode: str) -> None:
    """The run's last shard is being renamed into place when Ctrl-C comes: the signal waits for
    the rename, and then there is nothing left to do: the run is complete, exit 0, and the
    summary says so (and that the Ctrl-C came too late to stop anything)."""
    src = tmp_path / "in"
    _shards(src, 2, 3)
    out = tmp_path / "out"
    last = out / "p1.jsonl"
    real = os.replace

    def replace(a: Any, b: Any) -> None:
        if Path(b) == last:
            signal.raise_signal(signal.SIGINT)  # Ctrl-C during the last shard's finish
        real(a, b)

    monkeypatch.setattr(os, "replace", replace)
    if mode == "file":
        out.mkdir()
        p = main(capsys, "clean", str(src / "p1.jsonl"), "-o", str(last), "-j", "1")
    else:
        p = main(capsys, "clean", str(src), "-o", str(out), "-j", "1")
    assert p.returncode == 0, p.stderr
    assert "govtext: done: " in p.stderr and "interrupted" not in p.stderr, p.stderr
    assert "Ctrl-C (or SIGTERM) came after the last shard was finished" in p.stderr, p.stderr
    assert last.exists() and (out / ".p1.jsonl.govtext-done").exists()
    assert not list(out.glob(".*.govtext-part"))


def test_ctrl_c_before_the_last_shard_is_finished_still_interrupts(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        terminal_sigint: None) -> None:
    """A Ctrl-C while the last shard is still being cleaned stops the run as before (130)."""
    src = tmp_path / "in"
    _shards(src, 2, 300)  # two batches a shard
    out = tmp_path / "out"
    import govtext.cli as cli

    real = cli._on_batch
    seen = []

    def on_batch(st: Any, t: Any, batch: Any, *a: Any) -> None:
        real(st, t, batch, *a)
        seen.append(batch.last)
        if len(seen) == 3:  # the first batch of the last shard
            signal.raise_signal(signal.SIGINT)

    monkeypatch.setattr(cli, "_on_batch", on_batch)
    p = main(capsys, "clean", str(src), "-o", str(out), "-j", "1", "--checkpoint-mb", "0")
    assert p.returncode == 130, p.stderr
    assert "interrupted after" in p.stderr and "1 shard(s) not finished" in p.stderr, p.stderr


def test_second_ctrl_c_during_the_pool_shutdown_keeps_the_summary(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        terminal_sigint: None) -> None:
    """Ctrl-C stops the run; a second one while the workers finish their batches does not wait
    for them and the run's summary is still printed, exit 130. Called in-process, main() lets
    the workers finish their batch and end before it returns (the command's own process ends
    them at once: see the subprocess test below)."""
    import govtext.cli as cli
    import govtext.parallel as parallel

    src = tmp_path / "in"
    _shards(src, 3, 600)
    out = tmp_path / "out"
    real_on_batch = cli._on_batch
    real_shutdown = parallel.ProcessPoolExecutor.shutdown
    calls: list[str] = []

    def on_batch(*a: Any) -> None:
        real_on_batch(*a)
        if not calls:
            calls.append("first")
            signal.raise_signal(signal.SIGINT)

    def shutdown(self: Any, *a: Any, **k: Any) -> None:
        if len(calls) == 1:
            calls.append("second")
            signal.raise_signal(signal.SIGINT)  # the second Ctrl-C, while waiting for the workers
        real_shutdown(self, *a, **k)

    monkeypatch.setattr(cli, "_on_batch", on_batch)
    monkeypatch.setattr(parallel.ProcessPoolExecutor, "shutdown", shutdown)
    p = main(capsys, "clean", str(src), "-o", str(out), "-j", "2", "--checkpoint-mb", "0")
    assert calls == ["first", "second"]
    assert p.returncode == 130, p.stderr
    assert "interrupted after" in p.stderr and "rerun with --resume" in p.stderr, p.stderr
    assert "Traceback" not in p.stderr
    # main() called in this process leaves no worker behind (they were still there: ended only
    # by the command's own exit)
    assert multiprocessing.active_children() == [] and parallel._ABANDONED == []
    # what the run left is what its summary says: no shard complete, no temporary file
    assert not list(out.glob("*.jsonl")) and not list(out.glob(".*"))
    monkeypatch.undo()
    p = main(capsys, "clean", str(src), "-o", str(out), "-j", "1", "--resume")
    assert p.returncode == 0, p.stderr
    assert "done: 1800 documents" in p.stderr, p.stderr


class _SignalOnWrite:
    """A stream that raises SIGINT at its *at*-th writes (as a Ctrl-C would come then)."""

    def __init__(self, stream: Any, at: set[int]) -> None:
        self.stream, self.at, self.n = stream, at, 0

    def write(self, text: str) -> int:
        self.n += 1
        if self.n in self.at:
            signal.raise_signal(signal.SIGINT)
        return int(self.stream.write(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


@pytest.mark.parametrize("cmd", ["clean", "stats"])
def test_ctrl_c_while_the_summary_is_printed_lets_it_finish(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        terminal_sigint: None, cmd: str) -> None:
    """A Ctrl-C after the run has ended, while its summary is printed: the summary is printed
    whole, a line says the signal came too late to stop anything, and the status is the run's
    (it cut the summary after its first line: "govtext: interrupted", 130). A second Ctrl-C
    then stops the command at once (130, no traceback)."""
    src = tmp_path / "in"
    _shards(src, 1, 30)
    out = ["-o", str(tmp_path / "o.jsonl")] if cmd == "clean" else []
    p = main(capsys, cmd, str(src / "p0.jsonl"), *out, "-j", "1")
    assert p.returncode == 0, p.stderr
    whole = p.stderr if cmd == "clean" else p.stdout
    assert len(whole.splitlines()) >= 2
    stream, at = ("stderr", 2) if cmd == "clean" else ("stdout", 1)  # (stats: one write of the JSON)
    monkeypatch.setattr(sys, stream, _SignalOnWrite(getattr(sys, stream), {at}))
    p = main(capsys, cmd, str(src / "p0.jsonl"), *out, "-j", "1")
    monkeypatch.undo()
    assert p.returncode == 0, p.stderr
    if cmd == "clean":  # every line of the summary (the first names the seconds taken)
        assert p.stderr.startswith("govtext: done: 30 documents, 0 rejected"), p.stderr
        assert p.stderr.splitlines()[1:-1] == whole.splitlines()[1:], p.stderr
    else:
        timeless = ("seconds", "mb_per_s")
        assert ({k: v for k, v in json.loads(p.stdout).items() if k not in timeless}
                == {k: v for k, v in json.loads(whole).items() if k not in timeless})
    assert "interrupted" not in p.stderr and "Traceback" not in p.stderr
    assert p.stderr.splitlines()[-1] == ("govtext: a Ctrl-C (or SIGTERM) came after the run had ended, while "
                                         "its summary was printed: nothing was left to stop"), p.stderr
    monkeypatch.setattr(sys, stream, _SignalOnWrite(getattr(sys, stream), {at, at + 1}))
    p = main(capsys, cmd, str(src / "p0.jsonl"), *out, "-j", "1")
    monkeypatch.undo()
    assert p.returncode == 130 and "govtext: interrupted" in p.stderr, p.stderr
    assert "Traceback" not in p.stderr


# --- bad input, bad options, bad outputs ----------------------------------------------------


_TEXT_FUNCTIONS = sorted(
    n for n in __import__("govtext").__all__
    if n not in ("parse_number",) and callable(getattr(__import__("govtext"), n))
    and not isinstance(getattr(__import__("govtext"), n), type)
)


@pytest.mark.parametrize("name", _TEXT_FUNCTIONS)
def test_every_public_function_names_itself_on_a_text_that_is_not_a_str(name: str) -> None:
    """bytes, None and numbers are a TypeError naming the function called (not one it calls);
    a str holding NUL characters or a lone surrogate is text, and goes through."""
    import govtext

    f = getattr(govtext, name)
    for bad in (b"\xe6\x95\x99", None, 7, 1.5):
        with pytest.raises(TypeError, match=rf"^{name}\(\) expects str, got {type(bad).__name__}"):
            f(bad)
    for odd in ("第一條\x00學校\n", "教\ud800育\n", ""):
        f(odd)


def test_an_output_that_is_not_a_regular_file_is_refused(capsys: pytest.CaptureFixture[str],
                                                         tmp_path: Path) -> None:
    """-o or --rejects naming a device, a pipe or a directory is refused before any work: the
    output is renamed into place, which would replace it (as root, /dev/null itself)."""
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "學校"}\n', encoding="utf-8")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "in.jsonl").mkdir()  # where a directory run would put its shard
    for args in (["-o", str(fifo)], ["-o", str(tmp_path / "o.jsonl"), "--rejects", str(fifo)],
                 ["--rejects", str(fifo)], ["-o", str(tmp_path / "out") + "/"]):
        p = main(capsys, "clean", str(src), *args)
        assert p.returncode == 1 and "not a regular file" in p.stderr, (args, p.stderr)
        assert fifo.is_fifo() and not list(tmp_path.glob(".*")), args
        assert not (tmp_path / "o.jsonl").exists() and (tmp_path / "out" / "in.jsonl").is_dir()


@pytest.mark.parametrize("option, value", [
    ("--max-record-mb", "nan"), ("--max-record-mb", "inf"), ("--max-record-mb", "0"),
    ("--max-record-mb", "-1"), ("--checkpoint-mb", "nan"), ("--checkpoint-mb", "-5"),
    ("--max-reject-rate", "nan"), ("--max-reject-rate", "1.5"), ("--max-reject-rate", "-0.1"),
])
def test_invalid_numeric_options_are_usage_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                  option: str, value: str) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "學校"}\n', encoding="utf-8")
    p = main(capsys, "clean", str(src), "-o", str(tmp_path / "o.jsonl"), option, value)
    assert p.returncode == 2, p.stderr
    assert f"argument {option}: must be a number" in p.stderr and repr(value) in p.stderr, p.stderr
    assert "internal error" not in p.stderr and not (tmp_path / "o.jsonl").exists()


@pytest.mark.parametrize("cmd, option, value, says", [
    ("clean", "-j", "0", "argument -j/--jobs: must be a whole number of 1 or more, not '0'"),
    ("clean", "--jobs", "-3", "argument -j/--jobs: must be a whole number of 1 or more, not '-3'"),
    ("clean", "-j", "2.5", "argument -j/--jobs: must be a whole number of 1 or more, not '2.5'"),
    ("stats", "-j", "0", "argument -j/--jobs: must be a whole number of 1 or more"),
    ("clean", "--chunks", "-5", "argument --chunks: must be a whole number of 1 or more, not '-5'"),
    ("clean", "--chunks", "0", "argument --chunks: must be a whole number of 1 or more, not '0'"),
    ("clean", "--template-min-pages", "1", "argument --template-min-pages: must be a whole number of 2 or more"),
    ("explain", "--record", "-1", "argument --record: must be a whole number of 0 or more, not '-1'"),
    ("clean", "--max-record-mb", "1e300", "argument --max-record-mb: must be a number above 0 and at most 1000000"),
    ("stats", "--max-record-mb", "0", "argument --max-record-mb: must be a number above 0"),
    ("explain", "--max-record-mb", "-1", "argument --max-record-mb: must be a number above 0"),
    ("clean", "--disable", "spam", "argument --disable: unknown step 'spam'; steps are: fix_mojibake"),
    ("explain", "--t2s-config", "s2t", "argument --t2s-config: unknown OpenCC config 's2t'"),
    ("clean", "--fields", "meta,title", "argument --fields: unknown govtext part(s) title"),
])
def test_every_bad_option_value_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                 cmd: str, option: str, value: str, says: str) -> None:
    """A value an option cannot take, numeric or a name, in any subcommand: exit 2 with the
    usage line and one message naming the option and the value (they exited 1, or, for
    --max-record-mb 1e300, failed the shard with an OverflowError)."""
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "學校"}\n', encoding="utf-8")
    out = ["-o", str(tmp_path / "o.jsonl")] if cmd == "clean" else []
    p = main(capsys, cmd, str(src), *out, f"{option}={value}" if value.startswith("-") else option,
             *([] if value.startswith("-") else [value]))
    assert p.returncode == 2, p.stderr
    assert f"usage: govtext {cmd}" in p.stderr and says in p.stderr, p.stderr
    assert "Traceback" not in p.stderr and not (tmp_path / "o.jsonl").exists()


def test_a_tiny_record_limit_is_one_byte_not_zero(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "學校"}\n', encoding="utf-8")
    p = main(capsys, "clean", str(src), "-o", str(tmp_path / "o.jsonl"), "--max-record-mb", "1e-12")
    assert p.returncode == 3 and "larger than the limit of 1 bytes" in p.stderr, p.stderr


def _limited(limit: int) -> Any:
    def pre() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return pre


def _run(args: list[str], stdout: Any = subprocess.PIPE, limit: int | None = None,
         cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    src = Path(__file__).resolve().parent.parent / "src"
    p = subprocess.run([sys.executable, "-m", "govtext", *args], stdout=stdout, stderr=subprocess.PIPE,
                       env={**os.environ, "PYTHONPATH": str(src)}, timeout=300, cwd=cwd,
                       preexec_fn=None if limit is None else _limited(limit))
    return subprocess.CompletedProcess(p.args, p.returncode, "", p.stderr.decode())


def _records(path: Path, n: int) -> None:
    path.write_text("".join(dumps({"id": i, "text": f"第{i}條 學校應當加強管理。"}) + "\n" for i in range(n)),
                    encoding="utf-8")


@pytest.mark.parametrize("name", ["o.jsonl", "o.jsonl.gz"])
def test_a_full_disk_names_the_output_and_leaves_no_file(tmp_path: Path, name: str) -> None:
    """Writes failing (a file size limit stands in for a full disk): one line naming the
    output by its final name, exit 1, nothing under that name, no temporary file left."""
    src = tmp_path / "in.jsonl"
    _records(src, 3000)
    out = tmp_path / "out" / name
    p = _run(["clean", str(src), "-o", str(out), "-q", "-j", "1", "--checkpoint-mb", "0"], limit=20_000)
    assert p.returncode == 1, p.stderr
    assert f"govtext: error: cannot write {out}: File too large" in p.stderr, p.stderr
    assert "0 documents written in 0 complete shard(s)" in p.stderr and "Traceback" not in p.stderr
    assert list(out.parent.iterdir()) == []


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("name", ["in.jsonl", "in.jsonl.gz"])
def test_standard_output_on_a_full_disk(tmp_path: Path, name: str) -> None:
    """Standard output that cannot be written: named, exit 1, and no document counted as
    written (a compressed shard is held back, then copied out: that copy fails too)."""
    import gzip

    src = tmp_path / name
    _records(tmp_path / "in.jsonl", 400)
    if name.endswith(".gz"):
        src.write_bytes(gzip.compress((tmp_path / "in.jsonl").read_bytes()))
    with open("/dev/full", "wb") as full:
        p = _run(["clean", str(src), "-q", "-j", "1"], stdout=full, cwd=tmp_path)
    assert p.returncode == 1, p.stderr
    assert "govtext: error: cannot write <standard output>: No space left on device" in p.stderr, p.stderr
    assert "stopped after" in p.stderr and ": 0 documents written" in p.stderr, p.stderr


@pytest.mark.parametrize("cut", ["in a character", "after a character", "after a key"])
@pytest.mark.parametrize("gz", [False, True])
def test_a_jsonl_file_cut_inside_its_last_record_is_truncated_input(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, cut: str, gz: bool) -> None:
    """A file that ends inside a record (no final newline, the last line not valid JSON) is a
    broken file, not one bad record: its shard fails with status 4 and the summary says the
    input is truncated, however many rejects --max-reject-rate allows (it was one reject: exit
    0 at the default rate). Compressed or not."""
    import gzip

    plain = tmp_path / "full.jsonl"
    _records(plain, 20)
    data = plain.read_bytes()
    ends = {"in a character": data.rindex("學校".encode()) + 1,
            "after a character": data.rindex("學校".encode()) + 3,
            "after a key": data.rindex(b'"text"') + 6}
    cut_data = data[: ends[cut]]
    src = tmp_path / ("in.jsonl.gz" if gz else "in.jsonl")
    src.write_bytes(gzip.compress(cut_data) if gz else cut_data)
    for rate in ("0.1", "1"):
        p = main(capsys, "clean", str(src), "-o", str(tmp_path / "o.jsonl"), "--max-reject-rate", rate)
        assert p.returncode == 4, p.stderr
        assert f"{src.name}: truncated input: the file ends inside the record at line 20" in p.stderr, p.stderr
        assert "the shard failed" in p.stderr and "Traceback" not in p.stderr
        assert not list(tmp_path.glob("o.jsonl*")) and not list(tmp_path.glob(".o.jsonl*"))
    p = main(capsys, "stats", str(src), "--max-reject-rate", "1")
    assert p.returncode == 4 and "truncated input" in p.stdout, p.stderr
    # to standard output the run fails too: a plain file's records before the cut are out, a
    # compressed shard's are held back and discarded
    p = main(capsys, "clean", str(src), "--max-reject-rate", "1", "--rejects", str(tmp_path / "r.jsonl"))
    assert p.returncode == 4 and "truncated input" in p.stderr, p.stderr
    assert [json.loads(x)["id"] for x in p.stdout.splitlines()] == ([] if gz else list(range(19)))


def test_a_whole_last_record_or_a_bad_record_inside_the_file_is_not_truncation(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """No final newline after a whole record is fine; a record cut on a line of its own (a line
    break inside it), or a last line that opens no object (a pretty-printed array's ``]``), is
    a reject, governed by --max-reject-rate."""
    src = tmp_path / "in.jsonl"
    _records(src, 20)
    src.write_bytes(src.read_bytes().rstrip(b"\n"))
    p = main(capsys, "clean", str(src), "-o", str(tmp_path / "a.jsonl"))
    assert p.returncode == 0 and "done: 20 documents, 0 rejected" in p.stderr, p.stderr
    lines = src.read_bytes().split(b"\n")
    lines[5] = lines[5][:30]  # cut, with a newline after it
    src.write_bytes(b"\n".join(lines))
    p = main(capsys, "clean", str(src), "-o", str(tmp_path / "b.jsonl"))
    assert p.returncode == 0 and "19 documents, 1 rejected" in p.stderr, p.stderr
    assert "line 6: invalid JSON: " in p.stderr and "the line ends inside the record" in p.stderr, p.stderr
    p = main(capsys, "clean", str(src), "-o", str(tmp_path / "c.jsonl"), "--max-reject-rate", "0")
    assert p.returncode == 3, p.stderr
    src.write_bytes(b"\n".join(lines[:-1]) + b"\n]")
    p = main(capsys, "clean", str(src), "-o", str(tmp_path / "d.jsonl"))
    assert p.returncode == 0 and "line 20: invalid JSON: " in p.stderr, p.stderr



@pytest.mark.parametrize("last", [
    b'{"id": 90, "text": "done"}\x1a',  # a DOS end-of-file mark
    b'{"id": 90, "text": "done"}\x00',
    b'{"id": 90, "text": "done"}}',
    b'{"id": 90, "text": "done"} // the end',
    b'{"id": 90, "text": "done"} {',
    b'{"id": 90, "text": "half a \xe6\x95 character inside"}',
    b'{"id": 90, "text": "done"}\xe6\x95',
    b'{"id": 90, "text": "done", "n": 1.5.}',
])
def test_a_whole_last_record_with_junk_after_or_inside_it_is_a_reject(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, last: bytes) -> None:
    """A last line without a newline that holds a complete object followed by junk, or whose
    error is not at its end (bad UTF-8 inside a closed string), is malformed, not cut short: one
    ordinary reject within --max-reject-rate, the other records written (this failed the shard:
    "the file ends inside the record")."""
    src = tmp_path / "in.jsonl"
    _records(src, 20)
    src.write_bytes(src.read_bytes() + last)
    p = main(capsys, "clean", str(src), "-o", str(tmp_path / "o.jsonl"))
    assert p.returncode == 0 and "20 documents, 1 rejected" in p.stderr, p.stderr
    assert "line 21: " in p.stderr and "truncated input" not in p.stderr, p.stderr
    assert "the line ends inside the record" not in p.stderr, p.stderr


@pytest.mark.parametrize("cut", [b'"n": tr', b'"n": -', b'"n": 12e-', b'"n": [1, {"k"',
                                 b'"text": "\\u5b', b'"text": "\xe6\x95'])
def test_a_last_record_cut_inside_a_value_is_truncated_input(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, cut: bytes) -> None:
    """A cut inside a literal, a number, a nested value, an escape or a character (the JSON
    error then points before the end of the line) is still truncated input."""
    src = tmp_path / "in.jsonl"
    _records(src, 20)
    src.write_bytes(src.read_bytes() + b'{"id": 90, ' + cut)
    p = main(capsys, "clean", str(src), "-o", str(tmp_path / "o.jsonl"), "--max-reject-rate", "1")
    assert p.returncode == 4, p.stderr
    assert "truncated input: the file ends inside the record at line 21" in p.stderr, p.stderr


@pytest.mark.parametrize("gz", [False, True])
def test_a_cut_last_record_larger_than_the_record_limit_is_truncated_input(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, gz: bool) -> None:
    """A last record cut short and larger than --max-record-mb (too large to parse: it does
    not end with '}') is truncated input, not a "too large" reject that let the file pass.
    A whole record too large, without a newline (trailing blanks too), is still a reject."""
    import gzip

    src = tmp_path / ("in.jsonl.gz" if gz else "in.jsonl")
    head = b'{"text": "ok"}\n{"id": 1, "text": "' + b"0123456789" * 5
    for tail, rc in ((b"", 4), (b'"}', 0), (b'"} \t\r', 0), (b'"}\n', 0)):
        src.write_bytes(gzip.compress(head + tail) if gz else head + tail)
        p = main(capsys, "clean", str(src), "-o", str(tmp_path / "o.jsonl"), "--max-reject-rate", "1",
                 "--max-record-mb", "0.00002")
        assert p.returncode == rc, (tail, p.stderr)
        if rc:
            assert "truncated input: the file ends inside the record at line 2" in p.stderr, p.stderr
            assert "larger than the limit, does not end with '}'" in p.stderr, p.stderr
        else:
            assert "1 documents, 1 rejected" in p.stderr and "is larger than the limit" in p.stderr
            (tmp_path / "o.jsonl").unlink()


def test_iter_raw_reads_a_large_cut_record_to_its_end(tmp_path: Path) -> None:
    """Over several reads of the oversized line (1 MiB each), the cut test looks at the last
    non-blank byte of the line, wherever it is."""
    from govtext.io import Oversized, TruncatedInput, iter_raw

    body = b'{"id": 1, "text": "' + b"x" * (3 << 20)
    path = tmp_path / "big.jsonl"
    for tail, cut in ((b"", True), (b"}", True), (b'"}', False), (b'"}' + b" " * (2 << 20), False),
                      (b'"' + b" " * (2 << 20), True)):
        path.write_bytes(body + tail)
        if cut:
            if tail == b"}":  # the cheap test cannot see that "}" sits inside the string
                assert isinstance(next(iter_raw(path, 1 << 20))[1], Oversized)
                continue
            with pytest.raises(TruncatedInput, match="does not end with '}'"):
                list(iter_raw(path, 1 << 20))
        else:
            [(n, item)] = list(iter_raw(path, 1 << 20))
            assert n == 1 and isinstance(item, Oversized) and item.size == len(body + tail)


_VALUES = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=6),
                    st.lists(st.integers(-99, 99), max_size=3))


@settings(max_examples=80)
@given(st.lists(_VALUES, min_size=1, max_size=3), st.data())
def test_iter_raw_finds_a_cut_at_any_byte_of_a_last_record(values: list[Any], data: st.DataObject) -> None:
    """A last record cut at any byte inside it (in a literal, a number, a list, an escape, a
    character) is truncated input; a whole one followed by junk that JSON cannot continue is a
    line read on (a reject later)."""
    import tempfile

    from govtext.io import TruncatedInput, iter_raw

    record = json.dumps({f"k{i}": v for i, v in enumerate(values)}, ensure_ascii=data.draw(st.booleans()))
    raw = record.encode()
    k = data.draw(st.integers(1, len(raw) - 1))
    junk = data.draw(st.sampled_from([b"\x1a", b"\x00", b"}", b"]", b" {", b" x", b"\xe6\x95", b",", b"\""]))
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "x.jsonl"
        path.write_bytes(b'{"a": 1}\n' + raw[:k])
        with pytest.raises(TruncatedInput, match="the file ends inside the record at line 2"):
            list(iter_raw(path))
        path.write_bytes(b'{"a": 1}\n' + raw + junk)
        assert [n for n, _ in iter_raw(path)] == [1, 2]

def test_clean_pandas_names_a_text_arrow_cannot_store() -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    from govtext.frame import clean_pandas

    texts = pd.Series(["學校", "教\ud800育"], dtype=object)
    try:
        out = clean_pandas(texts, ["text"])
    except ValueError as e:
        assert str(e).startswith("govtext: text 1 holds a lone surrogate '\\ud800' at character 1"), e
    else:  # a pandas whose strings are not Arrow's keeps it: passed through
        assert out["govtext_text"].tolist() == ["学校", "教\ud800育"]


def test_standard_output_counts_the_shards_it_wrote(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard output and a failed shard: the shards read whole are counted as written (the
    line said "0 written" whatever went out)."""
    import gzip

    monkeypatch.chdir(tmp_path)  # the run's rejects file (the failure) goes to the current directory

    _records(tmp_path / "a.jsonl", 5)
    data = gzip.compress((tmp_path / "a.jsonl").read_bytes())
    (tmp_path / "b.jsonl.gz").write_bytes(data[: len(data) // 2])
    p = main(capsys, "clean", str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl.gz"), "-q", "-j", "1")
    assert p.returncode == 4, p.stderr
    assert "shards: 1 written, 0 skipped (already complete), 1 failed" in p.stderr, p.stderr
    assert len(p.stdout.splitlines()) == 5


def test_a_pretty_printed_json_array_is_told_apart_from_plain_text(capsys: pytest.CaptureFixture[str],
                                                                   tmp_path: Path) -> None:
    src = tmp_path / "crawl.json"
    src.write_text(json.dumps([{"id": i, "text": "學校"} for i in range(3)], ensure_ascii=False, indent=2))
    p = main(capsys, "clean", str(src), "-o", str(tmp_path / "o.jsonl"))
    assert p.returncode == 3, p.stderr
    assert "one JSON document laid out over many lines" in p.stderr and "jq -c" in p.stderr, p.stderr
    (tmp_path / "page.json").write_text("学校的通知\n第二行\n", encoding="utf-8")
    p = main(capsys, "clean", str(tmp_path / "page.json"), "-o", str(tmp_path / "p.jsonl"))
    assert p.returncode == 3 and "plain text goes in .txt files" in p.stderr, p.stderr


def test_a_held_back_shard_copied_to_a_text_stream_in_chunks_that_cut_characters(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A compressed shard to standard output is copied out in chunks; a text stream (no
    .buffer: redirect_stdout) gets them decoded across chunk ends (a chunk cut a 3-byte character:
    internal error UnicodeDecodeError, exit 1)."""
    import contextlib
    import gzip
    import io

    import govtext.cli as cli
    from govtext.cli import main as govtext_main

    monkeypatch.chdir(tmp_path)
    _records(tmp_path / "a.jsonl", 40)
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress((tmp_path / "a.jsonl").read_bytes()))
    monkeypatch.setattr(cli, "_SPOOL_CHUNK", 7)  # 1 MiB in a run: the same cut, on less data
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = govtext_main(["clean", "b.jsonl.gz", "-q", "-j", "1"])
    assert code == 0, err.getvalue()
    data = out.getvalue().encode("utf-8")
    assert len(data) > 3000 and any(data[i] & 0xC0 == 0x80 for i in range(7, len(data), 7))
    assert [json.loads(x)["id"] for x in out.getvalue().splitlines()] == list(range(40))


@pytest.mark.parametrize("gap", [0.05, 0.3])
def test_a_second_ctrl_c_ends_the_command_and_its_workers(
        tmp_path: Path, gap: float, terminal_sigint: None) -> None:
    """Ctrl-C to the command's process group, then another *gap* seconds later (the workers
    ignore it): the summary is printed and the command ends with 130 without waiting for its
    workers, which are ended too (its interpreter's exit waited forever for workers waiting for
    work)."""
    import time

    src = tmp_path / "big.jsonl"
    _records(src, 6000)
    out = tmp_path / "p2.jsonl"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "govtext", "clean", str(src), "-o", str(out),
                             "--checkpoint-mb", "0.3", "-j", "2"], stderr=subprocess.PIPE,
                            env=env, start_new_session=True)  # (SIGINT not ignored: terminal_sigint)
    deadline = time.monotonic() + 120
    while not list(tmp_path.glob(".p2.jsonl*")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)  # the run is under way: its checkpoint or temporary output exists
    os.killpg(proc.pid, signal.SIGINT)
    time.sleep(gap)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail("the command did not end after the second Ctrl-C")
    text = err.decode()
    # 130; or, when the first stop was over before the second Ctrl-C came and that one found the
    # interpreter already exiting (its handlers reset), ended by SIGINT itself: a shell sees 130
    assert proc.returncode in (130, -signal.SIGINT), text
    assert "interrupted after" in text and "Traceback" not in text, text
    for _ in range(500):  # its workers end too (reparented: gone once ended and reaped)
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.01)
    else:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("worker processes left running")


def test_a_signal_after_the_status_is_decided_leaves_it(tmp_path: Path) -> None:
    """The command's own process (``main()`` without arguments) ignores Ctrl-C and SIGTERM once
    its status is decided: the interpreter's exit restores their default actions, and a second
    Ctrl-C coming then ended it killed by the signal (status -2, not 130); a caller's process
    (``main([...])``) keeps its handlers."""
    code = ("import signal, sys\n"
            "from govtext.cli import main\n"
            f"sys.argv = ['govtext', 'clean', '--example', '-q', '-o', {str(tmp_path / 'o.jsonl')!r}]\n"
            "status = main()\n"
            "print(status, signal.getsignal(signal.SIGINT) is signal.SIG_IGN,\n"
            "      signal.getsignal(signal.SIGTERM) is signal.SIG_IGN)\n"
            f"main(['clean', '--example', '-q', '-o', {str(tmp_path / 'p.jsonl')!r}])\n")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent / "src")}
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert p.returncode == 0 and p.stdout.split() == ["0", "True", "True"], p.stderr
    assert signal.getsignal(signal.SIGTERM) is not signal.SIG_IGN
    assert main_in_process_keeps_handlers(tmp_path)


def main_in_process_keeps_handlers(tmp_path: Path) -> bool:
    from govtext.cli import main as govtext_main

    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    assert govtext_main(["clean", "--example", "-q", "-o", str(tmp_path / "q.jsonl")]) == 0
    return (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == before


@pytest.mark.parametrize("limit", [20_000, 50_001])
def test_standard_output_cut_by_a_full_disk_counts_only_whole_documents(tmp_path: Path, limit: int) -> None:
    """Standard output to a file the disk cuts short (a file size limit): the summary counts
    the documents whose lines are in the file whole, not those of a batch cut short or held in
    the stream's buffer (it said 1280 written of 1203 lines)."""
    import re

    src = tmp_path / "in.jsonl"
    _records(src, 3000)
    with open(tmp_path / "lim.out", "wb") as f:
        p = _run(["clean", str(src), "-q", "-j", "1"], stdout=f, limit=limit, cwd=tmp_path)
    assert p.returncode == 1, p.stderr
    m = re.search(r"stopped after [0-9.]+ s: (\d+) documents written", p.stderr)
    assert m is not None, p.stderr
    data = (tmp_path / "lim.out").read_bytes()
    whole = data.count(b"\n")
    assert 0 < whole < 3000 and int(m.group(1)) <= whole, (m.group(1), whole)


@settings(max_examples=60)
@given(st.lists(st.text(max_size=8), min_size=1, max_size=5), st.data())
def test_iter_raw_tells_a_cut_record_from_whole_ones(texts: list[str], data: st.DataObject) -> None:
    """A JSON-lines stream cut at any byte: the whole lines are read; a last line cut inside its
    record raises TruncatedInput; a cut at a line's end (a record whole, newline or not) reads on."""
    import tempfile

    from govtext.io import TruncatedInput, iter_raw

    lines = [dumps({"id": i, "text": t}).encode() for i, t in enumerate(texts)]
    blob = b"\n".join(lines) + b"\n"
    k = data.draw(st.integers(1, len(blob)))
    cut = blob[:k]
    whole = cut.endswith(b"\n") or any(cut == blob[: blob.index(x) + len(x)] for x in lines)
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "x.jsonl"
        path.write_bytes(cut)
        if whole:
            assert [raw for _, raw in iter_raw(path)] == lines[: cut.rstrip(b"\n").count(b"\n") + 1]
        else:
            with pytest.raises(TruncatedInput, match="the file ends inside the record at line"):
                list(iter_raw(path))
