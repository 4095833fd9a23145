"""govtext.dask on a real distributed.LocalCluster, compared record by record with the
single-process pipeline and with the CLI."""

from __future__ import annotations

import doctest
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govtext
from govtext import Config

pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

import govtext.dask as gd  # noqa: E402

from strategies import load_gen_crawl  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent




def dataset(n: int = 300, seed: int = 11) -> list[dict[str, Any]]:
    """Generated crawl pages (see scripts/gen_crawl.py), a few without text."""
    recs = []
    for i, line in enumerate(load_gen_crawl().records(seed, 0.0)):
        if i >= n:
            break
        recs.append(json.loads(line))
    recs[17] = {"id": "no-text", "url": "x"}
    recs[42] = {"id": "int-text", "text": 5}
    return recs


def expected(doc: dict[str, Any], config: Config | None = None) -> dict[str, Any]:
    """The single-process pipeline's record, built here without govtext.parallel."""
    r = govtext.clean(doc["text"], config)
    info = r.to_dict()
    del info["text"]
    return {**doc, "text": r.text, "govtext": info}


@pytest.fixture(scope="module")
def client() -> Any:
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                      dashboard_address=":0") as cluster, Client(cluster) as c:
        yield c


@pytest.mark.slow
def test_clean_bag_on_local_cluster_matches_pipeline(client: Any, tmp_path: Path) -> None:
    recs = dataset()
    lines = [json.dumps(r, ensure_ascii=False) for r in recs]
    bag = db.from_sequence(lines, npartitions=6).map(json.loads)
    out = clean_bag_on_cluster(client, bag)
    assert len(out) == len(recs)
    # it really ran on the two worker processes
    assert len(client.scheduler_info()["workers"]) == 2
    for got, rec in zip(out, recs):
        if rec["id"] in ("no-text", "int-text"):
            assert "error" in got["govtext"] and got["id"] == rec["id"]
        else:
            assert got == expected(rec)
    # the same records as `govtext clean --fields all` writes
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "govtext", "clean", str(src), "-o", str(tmp_path / "o.jsonl"),
                        "-q", "-j", "1", "--fields", "all"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    cli = [json.loads(x) for x in (tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()]
    assert cli == [d for d in out if "error" not in d["govtext"]]


def clean_bag_on_cluster(client: Any, bag: Any) -> list[dict[str, Any]]:
    fut = client.compute(gd.clean_bag(bag, config=Config(numbers_to_digits=False)))
    return list(fut.result())


@pytest.mark.slow
def test_clean_dataframe_on_local_cluster_matches_pipeline(client: Any) -> None:
    recs = [r for r in dataset(200, seed=12) if isinstance(r.get("text"), str)]
    texts: list[str | None] = [r["text"] for r in recs]
    texts[3] = None
    pdf = pd.DataFrame({"id": [str(r["id"]) for r in recs], "text": texts})
    ddf = dd.from_pandas(pdf, npartitions=5)
    cfg = Config(numbers_to_digits=True)
    out_dd = gd.clean_dataframe(ddf, config=cfg, info=True)
    assert list(out_dd.columns) == ["id", "text", "govtext_text", "govtext_dropped",
                                    "govtext_dropped_by_rule", "govtext_lines_changed",
                                    "govtext_meta", "govtext_info"]
    out = client.compute(out_dd).result()
    # declared meta matches what the partitions produce
    assert dict(out.dtypes) == dict(out_dd.dtypes)
    assert out["text"].tolist()[:3] == texts[:3]  # input column untouched
    for i, (row, text) in enumerate(zip(out.itertuples(index=False), texts)):
        if text is None:
            assert i == 3 and pd.isna(row.govtext_text) and pd.isna(row.govtext_dropped)
            continue
        r = govtext.clean(text, cfg)
        assert row.govtext_text == r.text
        assert row.govtext_dropped == len(r.dropped)
        assert json.loads(row.govtext_dropped_by_rule) == r.dropped_by_rule
        assert json.loads(row.govtext_lines_changed) == {s.step: s.lines_changed for s in r.steps if s.lines_changed}
        assert json.loads(row.govtext_meta) == r.meta
        assert json.loads(row.govtext_info) == expected({"text": text}, cfg)["govtext"]


@pytest.mark.slow
def test_module_docstring_example_runs_on_local_cluster() -> None:
    res = doctest.testmod(gd, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert res.attempted >= 10 and res.failed == 0


# --- without a cluster ---------------------------------------------------------------------


@given(st.text(max_size=300), st.dictionaries(st.sampled_from(["id", "url", "lang"]), st.integers()))
def test_clean_record_is_the_pipeline(text: str, extra: dict[str, int]) -> None:
    rec = {**extra, "text": text}
    out = gd.clean_record(rec)
    assert out == expected(rec)
    assert rec == {**extra, "text": text}  # input not modified
    assert gd.clean_record({**out, "text": out["text"]})["text"] == out["text"]  # idempotent


@given(st.lists(st.one_of(st.none(), st.text(max_size=200)), max_size=8))
def test_clean_frame_agrees_with_normalize(texts: list[str | None]) -> None:
    df = gd.clean_frame(pd.DataFrame({"text": pd.Series(texts, dtype=object)}))
    assert len(df) == len(texts)
    for got, t in zip(df["govtext_text"].tolist(), texts):
        assert (pd.isna(got) if t is None else got == govtext.normalize(t))


def test_bad_arguments() -> None:
    bag = db.from_sequence([{"text": "x"}])
    with pytest.raises(TypeError, match=r"dask\.bag\.Bag"):
        gd.clean_bag([{"text": "x"}])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="errors"):
        gd.clean_bag(bag, errors="ignore")
    with pytest.raises(TypeError, match="config"):
        gd.clean_bag(bag, config={"drop_spam": False})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="missing field"):
        gd.clean_record({"id": 1}, errors="raise")
    ddf = dd.from_pandas(pd.DataFrame({"body": ["x"]}), npartitions=1)
    with pytest.raises(ValueError, match="column 'text'"):
        gd.clean_dataframe(ddf)
    clash = dd.from_pandas(pd.DataFrame({"text": ["x"], "govtext_meta": ["{}"]}), npartitions=1)
    with pytest.raises(ValueError, match="prefix 'govtext_'"):
        gd.clean_dataframe(clash)
    assert "g2_meta" in gd.clean_dataframe(clash, prefix="g2_").columns
    with pytest.raises(TypeError, match="holds int"):
        gd.clean_frame(pd.DataFrame({"text": [1]}))


def test_missing_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ImportError, match=r"govtext\[dask\]"):
        gd.clean_bag(object())  # type: ignore[arg-type]
