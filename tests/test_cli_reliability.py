"""Failure paths of the command line: nothing is lost without a trace and without a non-zero exit.

Each test runs ``govtext`` as a subprocess, as a user would, on a broken input (truncated or
corrupt compressed data, an unreadable file, a wrong ``--field`` ...) and checks the exit status,
the message and that no suspect record is written as good output.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govtext
from govtext.io import Shard, dumps
from govtext.parallel import make_batches, process_batch

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"


def cli(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    e = {**os.environ, "PYTHONPATH": str(SRC), **(env or {})}
    p = subprocess.run([sys.executable, "-m", "govtext", *args], input=stdin, capture_output=True,
                       env=e, cwd=cwd, timeout=300)
    return subprocess.CompletedProcess(p.args, p.returncode, p.stdout.decode(), p.stderr.decode())


def records(n: int, field: str = "text") -> list[dict[str, Any]]:
    return [{"id": i, field: f"第{i}條 學校應當加強管理。\n各校要把安全工作放在首位{i}。"} for i in range(n)]


def jsonl(recs: list[dict[str, Any]]) -> bytes:
    return b"".join(dumps(r).encode() + b"\n" for r in recs)


def ids(path: Path) -> list[Any]:
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    return [json.loads(x)["id"] for x in data.splitlines()]


def no_trace(out: Path) -> None:
    """Neither an output, its rejects, a temporary file nor a completion marker."""
    assert not out.exists()
    assert not list(out.parent.glob(f"*{out.name}*")), list(out.parent.iterdir())


# --- a shard is complete only when its whole input was read -----------------------------------


def test_truncated_gzip_fails_and_resume_redoes_it(tmp_path: Path) -> None:
    whole = gzip.compress(jsonl(records(3000)))
    src = tmp_path / "in" / "a.jsonl.gz"
    src.parent.mkdir()
    src.write_bytes(whole[: len(whole) // 2])
    (tmp_path / "in" / "b.jsonl").write_bytes(jsonl(records(5)))
    out = tmp_path / "out"
    p = cli("clean", str(tmp_path / "in"), "-o", str(out), "-q")
    assert p.returncode == 4, p.stderr
    assert "a.jsonl.gz: read error" in p.stderr and "EOFError" in p.stderr
    assert "1 failed" in p.stderr and "Traceback" not in p.stderr
    no_trace(out / "a.jsonl.gz")
    assert ids(out / "b.jsonl") == list(range(5))
    # the whole file in its place: --resume redoes the failed shard, and only it
    src.write_bytes(whole)
    p = cli("clean", str(tmp_path / "in"), "-o", str(out), "-q", "--resume")
    assert p.returncode == 0, p.stderr
    assert "shards: 1 written, 1 skipped" in p.stderr
    assert ids(out / "a.jsonl.gz") == list(range(3000))


def test_truncated_zst_fails(tmp_path: Path) -> None:
    zstandard = pytest.importorskip("zstandard")
    data = zstandard.ZstdCompressor().compress(jsonl(records(5000)))
    src = tmp_path / "a.jsonl.zst"
    src.write_bytes(data[: len(data) // 2])
    out = tmp_path / "o.jsonl"
    p = cli("clean", str(src), "-o", str(out), "-q")
    assert p.returncode == 4, p.stderr
    assert "truncated" in p.stderr and "Traceback" not in p.stderr
    no_trace(out)
    # several frames one after another are read whole
    src.write_bytes(data + zstandard.ZstdCompressor().compress(jsonl(records(3))))
    p = cli("clean", str(src), "-o", str(out), "-q")
    assert p.returncode == 0, p.stderr
    assert ids(out) == [*range(5000), 0, 1, 2]


def test_bit_flipped_gzip_writes_no_suspect_record(tmp_path: Path) -> None:
    data = bytearray(gzip.compress(jsonl(records(2000)), compresslevel=1))
    data[-6] ^= 0x01  # the CRC32: every block decodes, the check at the end fails
    src = tmp_path / "a.jsonl.gz"
    src.write_bytes(bytes(data))
    out = tmp_path / "o.jsonl"
    p = cli("clean", str(src), "-o", str(out), "-q")
    assert p.returncode == 4, p.stderr
    assert "CRC" in p.stderr
    no_trace(out)


def test_bit_flipped_gzip_to_stdout_writes_no_suspect_record(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    data = bytearray(gzip.compress(jsonl(records(2000)), compresslevel=1))
    data[-6] ^= 0x01
    (d / "a.jsonl.gz").write_bytes(bytes(data))
    (d / "b.jsonl.gz").write_bytes(gzip.compress(jsonl(records(3))))
    p = cli("clean", str(d), "-q", cwd=tmp_path)
    assert p.returncode == 4, p.stderr
    # the corrupt shard's records are held back and dropped; the good shard's are written
    assert [json.loads(x)["id"] for x in p.stdout.splitlines()] == [0, 1, 2]
    assert "finished with 1 failed shard(s): 3 documents" in p.stderr
    assert "nothing of it was written" in p.stderr


def test_unreadable_input_fails(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.jsonl").write_bytes(jsonl(records(3)))
    (d / "gone.jsonl").symlink_to(tmp_path / "nowhere.jsonl")  # listed, cannot be opened
    p = cli("clean", str(d), "-o", str(tmp_path / "out"), "-q")
    assert p.returncode == 4, p.stderr
    assert "gone.jsonl" in p.stderr and "FileNotFoundError" in p.stderr
    assert ids(tmp_path / "out" / "a.jsonl") == [0, 1, 2]
    no_trace(tmp_path / "out" / "gone.jsonl")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads every file")
def test_permission_denied_input_fails(tmp_path: Path) -> None:  # pragma: no cover - not as root
    src = tmp_path / "a.jsonl"
    src.write_bytes(jsonl(records(3)))
    src.chmod(0)
    p = cli("clean", str(src), "-o", str(tmp_path / "o.jsonl"), "-q")
    assert p.returncode == 4 and "PermissionError" in p.stderr, p.stderr
    no_trace(tmp_path / "o.jsonl")


def test_missing_zstandard_is_an_error_before_any_output(tmp_path: Path) -> None:
    fake = tmp_path / "fake"
    (fake / "zstandard").mkdir(parents=True)
    (fake / "zstandard" / "__init__.py").write_text("raise ImportError('no zstandard here')\n")
    env = {"PYTHONPATH": f"{fake}{os.pathsep}{SRC}"}
    (tmp_path / "a.jsonl.zst").write_bytes(b"\x28\xb5\x2f\xfd")
    (tmp_path / "b.jsonl").write_bytes(jsonl(records(2)))
    for args in ([str(tmp_path / "a.jsonl.zst"), "-o", str(tmp_path / "o.jsonl")],
                 [str(tmp_path / "b.jsonl"), "-o", str(tmp_path / "o.jsonl.zst")]):
        p = cli("clean", *args, "-q", env=env)
        assert p.returncode == 1 and "Traceback" not in p.stderr, p.stderr
        assert "zstandard" in p.stderr and "govtext[zstd]" in p.stderr
        assert not list(tmp_path.glob("*o.jsonl*"))


# --- --resume trusts only what it finished ----------------------------------------------------


def test_resume_does_not_trust_a_foreign_file(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_bytes(jsonl(records(4)))
    out = tmp_path / "o.jsonl"
    out.write_text("precious\n")
    p = cli("clean", str(src), "-o", str(out), "-q", "--resume")
    assert p.returncode == 0, p.stderr
    assert ids(out) == [0, 1, 2, 3]
    p = cli("clean", str(src), "-o", str(out), "-q", "--resume")
    assert p.returncode == 0 and "1 skipped" in p.stderr


# --- rejects: a wrong field, plain text, a threshold ------------------------------------------


def test_wrong_field_fails_and_names_the_fields(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_bytes(jsonl(records(20, field="content")))
    p = cli("clean", str(src), "-o", str(tmp_path / "o.jsonl"), "-q")
    assert p.returncode == 3, p.stderr
    assert "20 of 20 records rejected" in p.stderr
    assert "missing field 'text' (the record has: id, content)" in p.stderr
    assert "--field" in p.stderr
    # even with any rate allowed: nothing cleaned at all is a failure
    p = cli("clean", str(src), "-o", str(tmp_path / "o.jsonl"), "-q", "--max-reject-rate", "1")
    assert p.returncode == 3
    p = cli("stats", str(src))
    assert p.returncode == 3 and "--field" in p.stderr


def test_plain_text_on_stdin_fails_with_a_hint(tmp_path: Path) -> None:
    p = cli("clean", "-", "-q", stdin="各校要把安全工作放在首位。\n第二行\n".encode(), cwd=tmp_path)
    assert p.returncode == 3, p.stderr
    assert "does not look like JSON lines" in p.stderr and ".txt" in p.stderr


def test_reject_rate_threshold(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_bytes(jsonl(records(19)) + b"{broken\n")
    assert cli("clean", str(src), "-o", str(tmp_path / "o.jsonl"), "-q").returncode == 0  # 5%
    p = cli("clean", str(src), "-o", str(tmp_path / "o.jsonl"), "-q", "--max-reject-rate", "0.01")
    assert p.returncode == 3 and "more than --max-reject-rate 0.01" in p.stderr


def test_stdout_rejects_are_named_per_run(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_bytes(jsonl(records(19)) + b"{broken\n")
    for _ in range(2):
        p = cli("clean", str(src), "-q", cwd=tmp_path)
        assert p.returncode == 0, p.stderr
    rej = sorted(tmp_path.glob("*.rejects.jsonl"))
    assert len(rej) == 2  # the second run did not overwrite the first one's rejects
    assert all(json.loads(r.read_text())["line"] == 20 for r in rej)


# --- a bad record is a reject, never a crash --------------------------------------------------


def test_lone_surrogate_is_a_reject_and_the_run_goes_on(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    good = jsonl(records(30))
    (d / "a.jsonl").write_bytes(good[:200].rsplit(b"\n", 1)[0] + b"\n"
                                + b'{"id": "s1", "text": "x\\ud800y"}\n'
                                + b'{"id": "s2\\udfff", "text": "ok"}\n' + good)
    (d / "b.jsonl").write_bytes(jsonl(records(3)))
    out = tmp_path / "out"
    p = cli("clean", str(d), "-o", str(out), "-q")
    assert p.returncode == 0, p.stderr
    assert "Traceback" not in p.stderr
    written = ids(out / "a.jsonl")
    assert "s1" not in written and len(written) == len([i for i in written if isinstance(i, int)])
    rej = [json.loads(x) for x in (out / "a.jsonl.rejects.jsonl").read_text().splitlines()]
    assert [r["raw"][:11] for r in rej] == ['{"id": "s1"', '{"id": "s2\\']
    assert all("cannot be written as UTF-8" in r["error"] for r in rej)
    assert ids(out / "b.jsonl") == [0, 1, 2]  # the next shard was done too


def test_bom_and_blank_lines_are_accounted_for(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_bytes(b"\xef\xbb\xbf" + jsonl(records(2)) + b"\n  \n" + jsonl(records(1)) + b"\n")
    out = tmp_path / "o.jsonl"
    p = cli("clean", str(src), "-o", str(out), "-q")
    assert p.returncode == 0, p.stderr
    assert ids(out) == [0, 1, 0]
    assert not (tmp_path / "o.jsonl.rejects.jsonl").exists()
    assert "3 documents, 0 rejected, 3 blank lines" in p.stderr


def test_oversized_record_is_rejected_unread(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    big = dumps({"id": "big", "text": "教" * 1_000_000}).encode()
    src.write_bytes(jsonl(records(30)) + big + b"\n" + jsonl(records(2)))
    out = tmp_path / "o.jsonl"
    p = cli("clean", str(src), "-o", str(out), "-q", "--max-record-mb", "1")
    assert p.returncode == 0, p.stderr
    assert ids(out) == [*range(30), 0, 1]
    rej = json.loads((tmp_path / "o.jsonl.rejects.jsonl").read_text())
    assert rej["line"] == 31 and rej["error"].startswith(f"record of {len(big) + 1} bytes is larger")
    assert "--max-record-mb 1" in rej["error"] and rej["raw"].startswith('{"id":"big"')


# --- errors a person understands --------------------------------------------------------------


def test_clear_errors_without_tracebacks(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(jsonl(records(3)))
    (tmp_path / "page.txt").write_text("x")
    cases = [
        (["explain", str(tmp_path)], "is a directory"),
        (["clean", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "page.txt" / "out.jsonl")],
         "page.txt is a file, not a directory"),
        (["clean", str(tmp_path / "a.jsonl"), "-o", "/proc/govtext-no/out.jsonl"], "cannot create"),
    ]
    for args, msg in cases:
        p = cli(*args, "-q") if args[0] == "clean" else cli(*args)
        assert p.returncode == 1, (args, p.stderr)
        assert msg in p.stderr and "Traceback" not in p.stderr, p.stderr
        assert len(p.stderr.strip().splitlines()) == 1, p.stderr
        assert "--resume" not in p.stderr


def test_bare_command_prints_help() -> None:
    p = cli()
    assert p.returncode == 0
    assert "clean" in p.stdout and "explain" in p.stdout and "required" not in p.stderr


def test_broken_pipe_exits_quietly(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_bytes(jsonl(records(3000)))
    for cmd in ("clean -q", "stats"):
        proc = subprocess.run(
            f"{sys.executable} -m govtext {cmd} {src} 2>err.txt | head -c 10 >/dev/null; "
            "echo ${PIPESTATUS[0]}",
            shell=True, executable="/bin/bash", capture_output=True, text=True, cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(SRC)}, timeout=300,
        )
        err = (tmp_path / "err.txt").read_text()
        assert "Traceback" not in err and "BrokenPipe" not in err, err
        assert proc.stdout.strip() in ("0", "141")  # stats prints at the end: head may read all


def test_lossy_option(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_bytes(jsonl([{"id": 1, "text": "教育锟斤拷锟斤拷局"}]))
    p = cli("clean", str(src), "-q", "--lossy", "drop", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["text"] == govtext.normalize("教育锟斤拷锟斤拷局", govtext.Config(lossy="drop"))
    assert "锟" not in json.loads(p.stdout)["text"]
    # lossy markers are counted, per document and in the summary
    assert json.loads(p.stdout)["govtext"]["signals"]["lossy_runs"] == 1
    assert "lossy markers" in p.stderr and "1 runs in 1 documents" in p.stderr
    s = cli("stats", str(src))
    assert json.loads(s.stdout)["lossy_runs"] == 1


# --- every input line is accounted for --------------------------------------------------------

LINE = st.one_of(
    st.just(b""), st.just(b"   "), st.just(b"{broken"), st.just(b'{"id": 1}'),
    st.builds(lambda t: dumps({"text": t}).encode(), st.text(max_size=30)),
    st.just(b'{"text": "x\\ud800"}'), st.just(b'{"text": "\xff"}'),
)


@settings(max_examples=60)
@given(st.lists(LINE, max_size=25), st.booleans(), st.integers(1, 7))
def test_every_input_line_is_written_rejected_or_blank(lines: list[bytes], bom: bool, per_batch: int) -> None:
    import tempfile

    data = (b"\xef\xbb\xbf" if bom else b"") + b"\n".join(lines) + (b"\n" if lines else b"")
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "a.jsonl"
        p.write_bytes(data)
        written = rejected = blank = 0
        for b in make_batches([Shard(p, "jsonl", Path("a.jsonl"))], max_records=per_batch):
            assert b.error is None
            r = process_batch(b.items, "text", govtext.Config(), "jsonl", "a.jsonl")
            written, rejected, blank = written + len(r.lines), rejected + len(r.rejects), blank + r.blank
            assert r.docs == len(r.lines)
    n_lines = data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)
    assert written + rejected + blank == n_lines


# --- outputs for real use ---------------------------------------------------------------------


def test_text_output_of_the_example_is_the_cleaned_text_alone(tmp_path: Path) -> None:
    from govtext.cli import example_path

    texts = [json.loads(x)["text"] for x in example_path().read_text(encoding="utf-8").splitlines()]
    expected = "".join(govtext.normalize(t) + "\n\n\n" for t in texts)
    p = cli("clean", "--example", "-o", str(tmp_path / "ex.txt"), "-q")
    assert p.returncode == 0, p.stderr
    assert (tmp_path / "ex.txt").read_text(encoding="utf-8") == expected
    # compressed, or to standard output, with the format named
    p = cli("clean", "--example", "-o", str(tmp_path / "ex.txt.gz"), "-q")
    assert gzip.decompress((tmp_path / "ex.txt.gz").read_bytes()).decode() == expected
    p = cli("clean", "--example", "--output-format", "text", "-q", cwd=tmp_path)
    assert p.stdout == expected
    # documents can be told apart: no document holds two blank lines in a row
    assert [d for d in expected.split("\n\n\n") if d] == [govtext.normalize(t) for t in texts]


def test_fields_choose_the_govtext_parts(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_bytes(jsonl(records(3)))
    p = cli("clean", str(src), "-q", "--fields", "text", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    assert [sorted(json.loads(x)) for x in p.stdout.splitlines()] == [["id", "text"]] * 3
    p = cli("clean", str(src), "-q", "--fields", "meta,dropped", cwd=tmp_path)
    assert [sorted(json.loads(x)["govtext"]) for x in p.stdout.splitlines()] == [["dropped", "meta", "schema"]] * 3
    p = cli("clean", str(src), "-q", "--fields", "meta,bogus", cwd=tmp_path)
    assert p.returncode == 2 and "bogus" in p.stderr and "parts are:" in p.stderr
    # a directory written as text mirrors the shards under .txt names
    d = tmp_path / "in"
    d.mkdir()
    (d / "b.jsonl.gz").write_bytes(gzip.compress(jsonl(records(2))))
    p = cli("clean", str(d), "-o", str(tmp_path / "out"), "--output-format", "text", "-q")
    assert p.returncode == 0, p.stderr
    assert gzip.decompress((tmp_path / "out" / "b.txt.gz").read_bytes()).decode().count("\n\n\n") == 2


def test_nested_field(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_bytes(jsonl([{"id": 1, "data": {"text": "教育質量", "lang": "zh"}}, {"id": 2, "data": 5}]))
    p = cli("clean", str(src), "-q", "--field", "data.text", "--max-reject-rate", "0.5", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    rec = json.loads(p.stdout)
    assert rec["data"] == {"text": "教育质量", "lang": "zh"} and rec["govtext"]["schema"] == 1
    assert "missing field 'data.text' (the record has: id, data)" in p.stderr
