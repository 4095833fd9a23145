"""What ``govtext clean`` writes: the same records whatever the serialiser and the workers,
Parquet output with a typed schema, and no work spent on parts the output does not hold."""

from __future__ import annotations

import dataclasses
import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govtext
from govtext import Config, clean, find_numbers
from govtext.io import dumps, dumps_bytes
from govtext.parallel import OutputSpec
from govtext.pipeline import _jsonable, _mention_dict, _mention_dicts

from strategies import COMMON_HAN, mixed_text

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


def cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    e = {**os.environ, "PYTHONPATH": str(SRC), **(env or {})}
    p = subprocess.run([sys.executable, "-m", "govtext", *args], capture_output=True, env=e, cwd=cwd,
                       timeout=300)
    return subprocess.CompletedProcess(p.args, p.returncode, p.stdout.decode(), p.stderr.decode())


TEXTS = [
    "首頁 > 通知公告\n一、總體要求\n（一）全區新建學校三所，投入經費一千二百萬元，增長百分之十五。\n"
    "2024年9月1日起施行，覆蓋率達到90%。\n版权所有 某市教育局",
    "关于做好工作的通知\n国发〔2019〕5号\n各省：\n一、总体要求\n坚持稳中求进，约3至5所。\n国务院\n2019年3月1日\n",
    "",
    "第一条 为了规范管理，制定本办法。\n第二条 本办法自2024年1月起施行。",
]


def write_jsonl(path: Path, recs: list[dict[str, Any]]) -> Path:
    path.write_bytes(b"".join(dumps(r).encode() + b"\n" for r in recs))
    return path


def old_mention_dict(m: Any) -> dict[str, Any]:
    return {k: _jsonable(v) for k, v in dataclasses.asdict(m).items()}


# --- the serialisation: same dicts, same JSON -------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("〇一二两三四五六七八九十百千万亿0123456789.%年月日时分号元所个至到多余约负点第"
                                        + COMMON_HAN[:40]), max_size=60))
def test_mention_dict_equals_dataclasses_asdict(text: str) -> None:
    ms = find_numbers(text)
    for m, whole in zip(ms, _mention_dicts(ms), strict=True):  # also as the record copies them
        new, old = _mention_dict(m), old_mention_dict(m)
        assert new == old == whole and list(new) == list(old) == list(whole)
        assert json.dumps(new, ensure_ascii=False) == json.dumps(old, ensure_ascii=False) == json.dumps(
            whole, ensure_ascii=False)
        assert whole is not m.__dict__  # a copy: the record never shares the mention's state
    # the command line's lines (serialised at once) may use the mentions' own dicts: the same JSON
    # (dates and decimals left as they are: the serialiser writes them as str(), as the copies hold)
    shared = _mention_dicts(ms, copy=False)
    assert dumps_bytes(shared) == dumps_bytes(_mention_dicts(ms)) == dumps(_mention_dicts(ms)).encode()
    assert dumps(shared) == dumps(_mention_dicts(ms))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.text()
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=500, deadline=None)
@given(json_values)
def test_dumps_bytes_is_the_same_json(obj: Any) -> None:
    try:
        slow = dumps(obj).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: the fast path refuses it the same way
        with pytest.raises(UnicodeEncodeError):
            dumps_bytes(obj)
        return
    fast = dumps_bytes(obj)
    assert json.loads(fast) == json.loads(slow)
    if "e" not in slow.decode("utf-8", "replace").lower() or not _has_float(obj):
        assert fast == slow  # byte for byte, unless a float is written with an exponent


def _has_float(obj: Any) -> bool:
    if isinstance(obj, float):
        return True
    if isinstance(obj, list):
        return any(_has_float(x) for x in obj)
    if isinstance(obj, dict):
        return any(_has_float(x) for x in obj.values())
    return False


def test_dumps_bytes_keeps_what_json_dumps_does_with_other_values() -> None:
    import datetime
    import decimal

    obj = {"d": datetime.date(2024, 9, 1), "t": datetime.datetime(2024, 9, 1, 8, 0), "x": decimal.Decimal("1.50"),
           "b": b"\xe6\x95\x99", "big": 2**80, 3: "int key"}
    assert dumps_bytes(obj) == dumps(obj).encode("utf-8")
    with pytest.raises(UnicodeEncodeError):
        dumps_bytes({"text": "x\ud800y"})


def test_records_are_identical_with_one_or_two_workers(tmp_path: Path) -> None:
    recs = [{"id": i, "text": t * (1 + i % 3)} for i, t in enumerate(TEXTS * 40)]
    src = write_jsonl(tmp_path / "a.jsonl", recs)
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"o{jobs}.jsonl"
        # small batches, so that two workers get work
        p = cli("clean", str(src), "-o", str(out), "--jobs", jobs, "-q", "--checkpoint-mb", "0.001",
                "--fields", "all")
        assert p.returncode == 0, p.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    got = [json.loads(x) for x in outs[0].splitlines()]
    assert [r["id"] for r in got] == list(range(len(recs)))
    assert [r["govtext"] for r in got[:6]] == [
        json.loads(dumps({k: v for k, v in clean(r["text"]).to_dict().items() if k != "text"})) for r in recs[:6]
    ]


# --- no work on what is not written -----------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(mixed_text)
def test_parts_not_written_do_not_change_the_text(text: str) -> None:
    off = OutputSpec("text").config_for(Config())
    r = clean(text, off)
    assert r.text == clean(text).text == govtext.normalize(text)
    assert r.numbers == [] and r.outline is None and r.document is None
    # what is written is computed as before
    spec = OutputSpec("jsonl", frozenset({"numbers", "meta"}))
    assert clean(text, spec.config_for(Config())).numbers == clean(text).numbers


def test_unwritten_off_keeps_what_chunks_need() -> None:
    cfg = Config(chunk_chars=800)
    assert OutputSpec("jsonl", frozenset()).config_for(cfg) is cfg


# --- Parquet ----------------------------------------------------------------------------------


def test_parquet_output_has_a_typed_schema_and_the_same_records(tmp_path: Path) -> None:
    recs = [{"id": i, "url": f"http://x.example/{i}", "text": t} for i, t in enumerate(TEXTS)]
    src = write_jsonl(tmp_path / "a.jsonl", recs)
    p = cli("clean", str(src), "-o", str(tmp_path / "o.parquet"), "-q", "--fields", "all")
    assert p.returncode == 0, p.stderr
    assert cli("clean", str(src), "-o", str(tmp_path / "o.jsonl"), "-q", "--fields", "all").returncode == 0
    table = pq.read_table(tmp_path / "o.parquet")
    assert table.schema.names == ["text", "record", "govtext"]
    g = table.schema.field("govtext").type
    assert pa.types.is_struct(g)
    assert [g.field(i).name for i in range(g.num_fields)] == [
        "schema", "meta", "dropped", "steps", "numbers", "signals", "outline", "document"]
    num = g.field("numbers").type.value_type
    assert num.field("low").type == pa.float64() and num.field("approx").type == pa.bool_()
    assert g.field("dropped").type.value_type.field("line").type == pa.int64()
    rows = table.to_pylist()
    lines = [json.loads(x) for x in (tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(lines) == len(recs)
    for row, line, rec in zip(rows, lines, recs):
        assert row["text"] == line["text"]
        assert json.loads(row["record"]) == {"id": rec["id"], "url": rec["url"]}
        info = line["govtext"]
        assert row["govtext"]["schema"] == info["schema"]
        assert dict(row["govtext"]["meta"]) == info["meta"]
        assert row["govtext"]["dropped"] == info["dropped"]
        assert {k: v for k, v in row["govtext"]["steps"]} == info["steps"]
        assert json.loads(row["govtext"]["signals"]) == info["signals"]
        assert json.loads(row["govtext"]["document"]) == info["document"]
        assert row["govtext"]["outline"] == info["outline"]
        assert len(row["govtext"]["numbers"]) == len(info["numbers"])
        for a, b in zip(row["govtext"]["numbers"], info["numbers"]):
            for end in ("low", "high"):
                v = b[end]
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    assert math.isclose(a[end], v) and a[end + "_text"] is None
                else:
                    assert a[end] is None and a[end + "_text"] == v
    assert any(row["govtext"]["numbers"] for row in rows)
    # by default the struct is the cleaning record's
    assert cli("clean", str(src), "-o", str(tmp_path / "d.parquet"), "-q").returncode == 0
    g = pq.read_table(tmp_path / "d.parquet").schema.field("govtext").type
    assert [g.field(i).name for i in range(g.num_fields)] == ["schema", "meta", "dropped", "steps", "signals"]


def test_parquet_fields_directory_and_resume(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    write_jsonl(d / "a.jsonl", [{"id": 1, "text": TEXTS[0]}])
    write_jsonl(d / "b.jsonl", [{"id": 2, "text": TEXTS[1]}, {"id": 3, "text": TEXTS[3]}])
    out = tmp_path / "out"
    p = cli("clean", str(d), "-o", str(out), "--output-format", "parquet", "--fields", "meta,numbers", "-q")
    assert p.returncode == 0, p.stderr
    assert sorted(x.name for x in out.iterdir() if not x.name.startswith(".")) == ["a.parquet", "b.parquet"]
    t = pq.read_table(out / "b.parquet")
    assert t.num_rows == 2
    g = t.schema.field("govtext").type
    assert [g.field(i).name for i in range(g.num_fields)] == ["schema", "meta", "numbers"]
    p = cli("clean", str(d), "-o", str(out), "--output-format", "parquet", "--fields", "meta,numbers", "-q",
            "--resume")
    assert p.returncode == 0 and "2 skipped" in p.stderr, p.stderr
    # text only: no govtext column
    p = cli("clean", str(d / "a.jsonl"), "-o", str(tmp_path / "t.parquet"), "--fields", "text", "-q")
    assert p.returncode == 0, p.stderr
    assert pq.read_table(tmp_path / "t.parquet").schema.names == ["text", "record"]


def test_parquet_rejects_a_surrogate_record_and_keeps_the_others(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_bytes(b'{"id":1,"text":"\\u6559\\u80b2"}\n{"id":2,"text":"x\\ud800y"}\n{"id":3,"text":"ok"}\n')
    p = cli("clean", str(src), "-o", str(tmp_path / "o.parquet"), "-q", "--max-reject-rate", "0.5")
    assert p.returncode == 0, p.stderr
    rows = pq.read_table(tmp_path / "o.parquet").to_pylist()
    assert [json.loads(r["record"])["id"] for r in rows] == [1, 3]
    rej = (tmp_path / "o.parquet.rejects.jsonl").read_text().splitlines()
    assert len(rej) == 1 and "surrogates" in json.loads(rej[0])["error"]


def test_parquet_needs_an_output_file_and_pyarrow(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", [{"id": 1, "text": "x"}])
    p = cli("clean", str(src), "--output-format", "parquet", "-q", cwd=tmp_path)
    assert p.returncode == 1 and "Traceback" not in p.stderr and "-o OUTPUT.parquet" in p.stderr
    fake = tmp_path / "fake"
    (fake / "pyarrow").mkdir(parents=True)
    (fake / "pyarrow" / "__init__.py").write_text("raise ImportError('no pyarrow here')\n")
    p = cli("clean", str(src), "-o", str(tmp_path / "o.parquet"), "-q",
            env={"PYTHONPATH": f"{fake}{os.pathsep}{SRC}"})
    assert p.returncode == 1 and "Traceback" not in p.stderr and "govtext[parquet]" in p.stderr, p.stderr
    assert not list(tmp_path.glob("*o.parquet*"))
    p = cli("clean", str(src), "-o", str(tmp_path / "o.parquet"), "--chunks", "-q")
    assert p.returncode == 1 and "--chunks" in p.stderr


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.text(max_size=6).filter(lambda k: k != "text"),
                       st.none() | st.integers(-(2**60), 2**60) | st.text(max_size=10), max_size=4),
       st.text(max_size=50))
def test_parquet_rows_keep_the_record_and_the_text(rest: dict[str, Any], text: str) -> None:
    from govtext.parquet_output import batch_table, row

    doc = {**rest, "text": "raw"}
    r = row(doc, "text", text, None)
    blob, bad = batch_table([r], frozenset())
    try:
        text.encode("utf-8")
        dumps(rest).encode("utf-8")
    except UnicodeEncodeError:
        assert bad == [0]
        return
    assert bad == []
    got = pa.ipc.open_stream(blob).read_all().to_pylist()
    assert got[0]["text"] == text and json.loads(got[0]["record"]) == rest


def test_parquet_with_two_workers_keeps_every_record_in_order(tmp_path: Path) -> None:
    # 300 records: two batches, so a pool of two workers runs (spawned: Arrow is loaded)
    recs = [{"id": i, "text": TEXTS[i % 4]} for i in range(300)]
    src = write_jsonl(tmp_path / "a.jsonl", recs)
    p = cli("clean", str(src), "-o", str(tmp_path / "o.parquet"), "--jobs", "2", "-q")
    assert p.returncode == 0, p.stderr
    rows = pq.read_table(tmp_path / "o.parquet").to_pylist()
    assert [json.loads(r["record"])["id"] for r in rows] == list(range(300))
    assert [r["text"] for r in rows[:4]] == [clean(t).text for t in TEXTS]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["2019-9-5 9:38:01", "1月11日", "2023年9月", "3.5亿元", "百分之十五",
                                 "约3至5所", "第二十条", "9:30", "0.1234567", "二〇二四年", "，", "\n", "通知"]),
                max_size=12).map("".join))
def test_output_line_with_shared_mention_dicts_is_the_record(text: str) -> None:
    """The command line's line (the mentions' own dicts serialised) is cleaned_doc's JSON."""
    from govtext.parallel import OutputSpec, cleaned_doc

    r = clean(text)
    doc = {"id": 1, "text": text}
    assert OutputSpec().encode(doc, "text", r) == dumps_bytes(cleaned_doc(doc, "text", r))
    assert r.to_dict() == clean(text).to_dict()  # serialising left the result as it was
