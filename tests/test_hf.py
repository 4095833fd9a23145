"""govtext.hf on real datasets.Dataset objects, with num_proc=2: the rows equal clean()'s."""

from __future__ import annotations

import doctest
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govtext
from govtext import frame

datasets = pytest.importorskip("datasets", reason="needs datasets: pip install 'govtext[hf]'")

from govtext import hf  # noqa: E402

from adapters_common import decoded, example_records, expected_row  # noqa: E402

ALL = tuple(frame.FIELDS)
datasets.disable_progress_bars()


def rows(ds: Any) -> list[dict[str, Any]]:
    return [dict(r) for r in ds]


def test_doctests() -> None:
    res = doctest.testmod(hf, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert res.attempted > 0 and res.failed == 0


def test_map_with_two_processes_equals_clean(tmp_path: Path) -> None:
    recs = example_records()
    ds = datasets.Dataset.from_list([{"id": r["id"], "text": r["text"]} for r in recs])
    out = hf.clean_dataset(ds, fields=ALL, num_proc=2, batch_size=3,
                           cache_file_name=str(tmp_path / "c.arrow"))
    assert out.column_names == ["id", "text", *("govtext_" + f for f in ALL)]
    assert out.features["govtext_dropped"] == datasets.Value("int64")
    assert out.features["govtext_pseudo_original"] == datasets.Value("float64")
    assert len(out) == len(recs)
    for row, rec in zip(rows(out), recs):
        assert row["id"] == rec["id"] and row["text"] == rec["text"]
        got = decoded({k: v for k, v in row.items() if k.startswith("govtext_")})
        assert got == expected_row(rec["text"])


def test_schema_is_fixed_when_a_shard_has_only_null_texts(tmp_path: Path) -> None:
    """Without fixed features, the shard of null texts would be typed `null` and not match."""
    texts: list[str | None] = [None] * 6 + [r["text"] for r in example_records()[:6]]
    ds = datasets.Dataset.from_dict({"text": texts}, features=datasets.Features(
        {"text": datasets.Value("string")}))
    out = hf.clean_dataset(ds, fields=["text", "dropped", "pseudo_original", "meta"], num_proc=2,
                           batch_size=2, cache_file_name=str(tmp_path / "c.arrow"))
    assert out.features == hf.features(["text", "dropped", "pseudo_original", "meta"],
                                       base=ds.features)
    got = out.to_dict()
    assert got["govtext_dropped"][:6] == [None] * 6
    assert got["govtext_text"][6:] == [govtext.normalize(t) for t in texts[6:]]


def _with_process(batch: dict[str, list[Any]]) -> dict[str, list[Any]]:
    from govtext import _t2s

    out = hf.CleanBatch("text", ("text",))(batch)
    n = len(batch["text"])
    out["pid"] = [os.getpid()] * n
    out["built"] = [_t2s.engine.cache_info().misses] * n
    return out


def test_each_worker_builds_its_converter_once(tmp_path: Path) -> None:
    ds = datasets.Dataset.from_list([{"text": f"第{i}號通知\n學校工作"} for i in range(40)])
    out = ds.map(_with_process, batched=True, batch_size=2, num_proc=2,
                 cache_file_name=str(tmp_path / "c.arrow")).to_dict()
    assert len(set(out["pid"])) == 2  # two worker processes, ten batches each
    for pid in set(out["pid"]):
        built = {b for p, b in zip(out["pid"], out["built"]) if p == pid}
        # one OpenCC engine, built on the first batch, then reused: the count a worker inherits
        # from its parent depends on what ran before in that process, so only its growth counts
        assert len(built) == 1, built
    assert out["govtext_text"][3] == "第3号通知\n学校工作"


def test_plain_map_and_iterable_dataset() -> None:
    recs = example_records()[:5]
    fn = hf.CleanBatch("text", ("text", "dropped_lines"), govtext.Config(drop_spam=False))
    ds = datasets.Dataset.from_list(recs)
    a = ds.map(fn, batched=True, batch_size=2, features=fn.features(ds.features)).to_dict()
    it = datasets.IterableDataset.from_generator(lambda: iter(recs), features=ds.features)
    b = hf.clean_dataset(it, fields=["text", "dropped_lines"], config=govtext.Config(drop_spam=False))
    b_rows = list(b)
    assert a["govtext_text"] == [govtext.normalize(r["text"], govtext.Config(drop_spam=False)) for r in recs]
    assert [r["govtext_text"] for r in b_rows] == a["govtext_text"]
    assert set(a["govtext_dropped_lines"]) == {"[]"}


@given(st.lists(st.one_of(st.none(), st.text(max_size=200)), max_size=6))
def test_clean_batch_on_any_texts(texts: list[str | None]) -> None:
    out = hf.CleanBatch("t", ("text", "dropped", "info"))({"t": texts, "other": [1] * len(texts)})
    assert list(out) == ["govtext_text", "govtext_dropped", "govtext_info"]
    assert out["govtext_text"] == [None if t is None else govtext.normalize(t) for t in texts]
    assert [x is None for x in out["govtext_info"]] == [t is None for t in texts]


def test_bad_arguments() -> None:
    ds = datasets.Dataset.from_dict({"body": ["x"]})
    with pytest.raises(ValueError, match="column 'text'"):
        hf.clean_dataset(ds)
    with pytest.raises(TypeError, match=r"datasets\.Dataset"):
        hf.clean_dataset([{"text": "x"}])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown field"):
        hf.CleanBatch(fields=("txt",))
    with pytest.raises(ValueError, match="already has"):
        hf.clean_dataset(datasets.Dataset.from_dict({"text": ["x"], "govtext_text": ["y"]}))
    with pytest.raises(ValueError, match="column 'text' is not in the batch"):
        hf.CleanBatch()({"body": ["x"]})
    with pytest.raises(TypeError, match="not a str"):
        hf.clean_dataset(datasets.Dataset.from_dict({"text": [1]}))


@pytest.mark.corpus
def testcorpus_pages_equal_clean(shared: Path, tmp_path: Path) -> None:
    from adapters_common import corpus_pages

    pages = corpus_pages(shared)
    ds = datasets.Dataset.from_dict({"text": pages})
    fields = ("text", "dropped", "info", "pseudo_original")
    out = hf.clean_dataset(ds, fields=fields, num_proc=2, batch_size=4,
                           cache_file_name=str(tmp_path / "c.arrow"))
    for row, page in zip(rows(out), pages):
        want = expected_row(page)
        assert decoded({k: v for k, v in row.items() if k != "text"}) == {f: want[f] for f in fields}
