"""What ``govtext clean`` writes by default: the cleaning record (``meta``, ``dropped``, ``steps``,
``signals``); the analyses (``numbers``, ``outline``, ``document``) are written, and computed,
only on request (``--fields all``, ``--fields +PART``). Also the ``--jobs`` cap and JSON lines
nested too deeply to read."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest

import govtext
from cli_common import main
from govtext import cli
from govtext.cli import example_path
from govtext.io import dumps
from govtext.parallel import CLEANING_PARTS, PARTS, OutputSpec

DEFAULT_KEYS = sorted(["schema", *CLEANING_PARTS])
ANALYSES = ("numbers", "outline", "document")


def _records(out: str | Path) -> list[dict[str, Any]]:
    text = out.read_text(encoding="utf-8") if isinstance(out, Path) else out
    return [json.loads(x) for x in text.splitlines()]


@pytest.fixture
def no_analyses(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every analysis of a text raises: a record that computes one is rejected ("clean() failed").
    (The record of a document not read is built once from ``parse_document("")``.)"""
    for module, name in ((govtext.numbers, "find_numbers"), (govtext.outline, "split_outline"),
                         (govtext.document, "parse_document")):
        monkeypatch.setattr(module, name, _raising(getattr(module, name)))


def _raising(real: Any) -> Any:
    def boom(text: str, *args: Any, **kwargs: Any) -> Any:
        if text:
            raise RuntimeError(f"an analysis was computed: {real.__name__}")
        return real(text, *args, **kwargs)

    return boom


def test_default_record_is_the_cleaning_record_and_computes_no_analysis(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, no_analyses: None) -> None:
    out = tmp_path / "o.jsonl"
    p = main(capsys, "clean", "--example", "-o", str(out), "-q", "-j", "1")
    assert p.returncode == 0, p.stderr
    assert "rejected records" not in p.stderr and not (tmp_path / "o.jsonl.rejects.jsonl").exists()
    recs = _records(out)
    assert len(recs) == sum(1 for _ in example_path().open(encoding="utf-8"))
    assert {tuple(sorted(r["govtext"])) for r in recs} == {tuple(DEFAULT_KEYS)}
    # the patched analyses are really in the path of --fields all: every record rejected
    p = main(capsys, "clean", "--example", "-o", str(tmp_path / "all.jsonl"), "-q", "-j", "1",
             "--fields", "all")
    assert p.returncode == 3 and "an analysis was computed" in p.stderr, p.stderr


def test_stats_computes_no_analysis(capsys: pytest.CaptureFixture[str], no_analyses: None) -> None:
    p = main(capsys, "stats", "--example", "-j", "1")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["rejected"] == 0


def test_fields_all_is_the_whole_record_as_clean_gives_it(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """``--fields all`` writes, byte for byte, what the default wrote before the analyses became
    opt-in: each record with ``clean()``'s whole ``Result.to_dict()`` (checked against main at
    3036875 too: identical bytes on the bundled example)."""
    out = tmp_path / "all.jsonl"
    p = main(capsys, "clean", "--example", "-o", str(out), "-q", "-j", "1", "--fields", "all")
    assert p.returncode == 0, p.stderr
    want = []
    with example_path().open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            want.append(OutputSpec("jsonl").encode(doc, "text", govtext.clean(doc["text"])) + b"\n")
    assert out.read_bytes() == b"".join(want)
    recs = _records(out)
    assert {tuple(sorted(r["govtext"])) for r in recs} == {tuple(sorted(["schema", *PARTS]))}
    assert any(r["govtext"]["numbers"] for r in recs) and any(r["govtext"]["outline"] for r in recs)
    # the default record is the same text and the same cleaning parts
    p = main(capsys, "clean", "--example", "-o", str(tmp_path / "d.jsonl"), "-q", "-j", "1")
    assert p.returncode == 0, p.stderr
    for d, a in zip(_records(tmp_path / "d.jsonl"), recs, strict=True):
        assert d["text"] == a["text"]
        assert d["govtext"] == {k: a["govtext"][k] for k in DEFAULT_KEYS}


def test_plus_adds_parts_to_the_default(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("the outline was computed")

    monkeypatch.setattr(govtext.outline, "split_outline", boom)
    out = tmp_path / "o.jsonl"
    p = main(capsys, "clean", "--example", "-o", str(out), "-q", "-j", "1", "--fields", "+numbers")
    assert p.returncode == 0, p.stderr
    recs = _records(out)
    assert {tuple(sorted(r["govtext"])) for r in recs} == {tuple(sorted([*DEFAULT_KEYS, "numbers"]))}
    assert any(r["govtext"]["numbers"] for r in recs)


@pytest.mark.parametrize(("fields", "says"), [
    ("+bogus", "unknown govtext part(s) bogus"),
    ("all,bogus", "unknown govtext part(s) bogus"),
    ("+numbers, title", "unknown govtext part(s) title"),
])
def test_bad_fields_are_usage_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                     fields: str, says: str) -> None:
    p = main(capsys, "clean", "--example", "-o", str(tmp_path / "o.jsonl"), "--fields", fields)
    assert p.returncode == 2 and says in p.stderr and "usage: govtext clean" in p.stderr, p.stderr
    assert not (tmp_path / "o.jsonl").exists()


def test_resume_redoes_a_shard_written_with_other_fields(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(2):
        (src / f"p{i}.jsonl").write_text(dumps({"id": i, "text": "一、总则\n增长百分之十五。"}) + "\n",
                                         encoding="utf-8")
    out = tmp_path / "out"
    assert main(capsys, "clean", str(src), "-o", str(out), "-q", "-j", "1").returncode == 0
    p = main(capsys, "clean", str(src), "-o", str(out), "-q", "-j", "1", "--resume", "--fields", "all")
    assert p.returncode == 0 and "0 skipped" in p.stderr, p.stderr
    assert [sorted(r["govtext"]) for r in _records(out / "p0.jsonl")] == [sorted(["schema", *PARTS])]
    # the same fields again: skipped; the default again: redone
    p = main(capsys, "clean", str(src), "-o", str(out), "-q", "-j", "1", "--resume", "--fields", "all")
    assert "2 skipped" in p.stderr, p.stderr
    p = main(capsys, "clean", str(src), "-o", str(out), "-q", "-j", "1", "--resume")
    assert "0 skipped" in p.stderr, p.stderr
    assert [sorted(r["govtext"]) for r in _records(out / "p1.jsonl")] == [DEFAULT_KEYS]


# --- --jobs is capped ---------------------------------------------------------------------------


def test_jobs_above_the_cap_are_capped_with_a_warning(capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "default_jobs", lambda: 2)
    cap = cli.JOBS_PER_CPU * 2
    assert cli._jobs(argparse.Namespace(jobs=None)) == 2
    assert cli._jobs(argparse.Namespace(jobs=cap)) == cap
    assert capsys.readouterr().err == ""
    assert cli._jobs(argparse.Namespace(jobs=100_000)) == cap
    assert f"--jobs 100000 is more than {cli.JOBS_PER_CPU} per CPU" in capsys.readouterr().err


def test_a_huge_jobs_starts_at_most_the_cap(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "default_jobs", lambda: 1)
    src = tmp_path / "in"
    src.mkdir()
    for i in range(cli.JOBS_PER_CPU + 2):  # one batch per shard: more batches than the cap
        (src / f"p{i}.jsonl").write_text(dumps({"id": i, "text": "學校"}) + "\n", encoding="utf-8")
    p = main(capsys, "clean", str(src), "-o", str(tmp_path / "out"), "-j", "100000")
    assert p.returncode == 0, p.stderr
    assert "warning: --jobs 100000" in p.stderr
    assert f"{cli.JOBS_PER_CPU} worker processes" in p.stderr, p.stderr


# --- JSON nested too deeply -------------------------------------------------------------------


def _deep(depth: int) -> str:
    return '{"text": "学校", "x": ' + "[" * depth + "]" * depth + "}"


def test_a_line_nested_too_deeply_is_a_reject_and_the_run_goes_on(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    lines = [dumps({"id": 1, "text": "學校"}), _deep(100_000), dumps({"id": 3, "text": "教育"})]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    p = main(capsys, "clean", str(src), "-o", str(out), "-q", "--max-reject-rate", "0.5")
    assert p.returncode == 0, p.stderr
    assert [r["id"] for r in _records(out)] == [1, 3]
    rej = _records(tmp_path / "o.jsonl.rejects.jsonl")
    assert [r["line"] for r in rej] == [2] and rej[0]["error"].startswith("JSON nested too deeply")
    assert "internal error" not in p.stderr and "RecursionError" not in p.stderr


def test_a_deep_last_line_is_a_reject_when_whole_and_truncated_input_when_cut(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    whole = tmp_path / "whole.jsonl"
    whole.write_text(dumps({"id": 1, "text": "學校"}) + "\n" + _deep(100_000), encoding="utf-8")
    p = main(capsys, "clean", str(whole), "-o", str(tmp_path / "w.jsonl"), "-q", "--max-reject-rate", "0.5")
    assert p.returncode == 0 and "JSON nested too deeply" in p.stderr, p.stderr
    cut = tmp_path / "cut.jsonl"
    cut.write_text(dumps({"id": 1, "text": "學校"}) + "\n" + _deep(100_000)[:-50_000], encoding="utf-8")
    p = main(capsys, "clean", str(cut), "-o", str(tmp_path / "c.jsonl"), "-q")
    assert p.returncode == 4 and "truncated input" in p.stderr, p.stderr
    assert "RecursionError" not in p.stderr
