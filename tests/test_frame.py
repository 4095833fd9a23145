"""govtext.frame: pandas and Polars helpers give clean()'s output in the one tabular schema,
which is also the CLI's record read as columns."""

from __future__ import annotations

import doctest
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govtext
from govtext import Config, frame

pd = pytest.importorskip("pandas", reason="needs pandas: pip install 'govtext[pandas]'")
pl = pytest.importorskip("polars", reason="needs polars: pip install 'govtext[polars]'")

from adapters_common import corpus_pages, decoded, example_texts, expected_row  # noqa: E402

ALL = tuple(frame.FIELDS)


def test_doctests() -> None:
    res = doctest.testmod(frame, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert res.attempted > 0 and res.failed == 0


def test_pandas_equals_clean_on_the_example() -> None:
    texts = example_texts()
    df = pd.DataFrame({"text": texts}, index=[f"r{i}" for i in range(len(texts))])
    out = frame.clean_pandas(df["text"], ALL)
    assert list(out.index) == list(df.index)
    assert list(out.columns) == ["govtext_" + f for f in ALL]
    for (_, row), t in zip(out.iterrows(), texts):
        got = decoded({c: (None if pd.isna(v) else v) for c, v in row.items()})
        assert got == expected_row(t)
    assert str(out.dtypes["govtext_dropped"]) == "Int64"
    assert str(out.dtypes["govtext_pseudo_original"]) == "Float64"
    assert str(out.dtypes["govtext_info"]) == "string"


def test_polars_series_and_expr_equal_clean_on_the_example() -> None:
    texts = example_texts()
    df = pl.DataFrame({"id": list(range(len(texts))), "text": texts})
    by_series = frame.clean_polars(df["text"], ALL)
    by_expr = df.with_columns(frame.polars_expr("text", ALL).alias("g")).unnest("g")
    assert by_expr.columns == ["id", "text", *("govtext_" + f for f in ALL)]
    assert by_series.schema == by_expr.drop("id", "text").schema
    assert by_series.schema["govtext_dropped"] == pl.Int64
    assert by_series.rows(named=True) == by_expr.drop("id", "text").rows(named=True)
    for row, t in zip(by_series.iter_rows(named=True), texts):
        assert decoded(row) == expected_row(t)


def test_polars_expr_in_a_lazy_query_with_a_config() -> None:
    cfg = Config(drop_spam=False, numbers_to_digits=True)
    texts = example_texts()[:6]
    lf = pl.LazyFrame({"text": texts}).select(
        frame.polars_expr(pl.col("text"), ["text", "dropped"], cfg, prefix="g_").struct.unnest()
    )
    got = lf.collect()
    assert got["g_text"].to_list() == [govtext.normalize(t, cfg) for t in texts]
    assert got["g_dropped"].to_list() == [0] * len(texts)


def test_one_schema_with_the_cli_record(tmp_path: Path) -> None:
    """The CLI's record (every part: ``--fields all``), read as columns, is what the frame
    helpers compute."""
    out = tmp_path / "out.jsonl"
    from govtext import cli

    assert cli.main(["clean", "--example", "-o", str(out), "-q", "--jobs", "1", "--fields", "all"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    texts = example_texts()
    assert len(records) == len(texts)
    cols = frame.clean_columns(texts, ALL)
    for i, rec in enumerate(records):
        assert frame.columns_of(rec, ALL) == {c: v[i] for c, v in cols.items()}


def test_dask_clean_frame_has_the_same_columns() -> None:
    gd = pytest.importorskip("govtext.dask")
    pytest.importorskip("dask")
    texts = example_texts()[:5]
    a = gd.clean_frame(pd.DataFrame({"text": texts}), info=True)
    b = frame.clean_pandas(pd.Series(texts), (*frame.DEFAULT_FIELDS, "info"))
    pd.testing.assert_frame_equal(a.drop(columns="text"), b)


@given(st.lists(st.one_of(st.none(), st.text(max_size=200)), max_size=6))
def test_no_row_lost_and_text_is_normalize(texts: list[str | None]) -> None:
    cols = frame.clean_columns(texts, ["text", "dropped", "info"], prefix="")
    assert all(len(v) == len(texts) for v in cols.values())
    for got, info, t in zip(cols["text"], cols["info"], texts):
        if t is None:
            assert got is None and info is None
        else:
            assert got == govtext.normalize(t)
            assert frame.clean_columns([got], ["text"], prefix="")["text"] == [got]  # idempotent
            assert json.loads(info)["schema"] == 1
    s = frame.clean_polars(pl.Series(texts, dtype=pl.String), ["text"])
    assert s["govtext_text"].to_list() == cols["text"]


def test_nulls_of_every_kind() -> None:
    s = pd.Series(["教育質量", None, float("nan"), pd.NA], dtype=object)
    out = frame.clean_pandas(s, ["text", "dropped", "pseudo_original"])
    assert out["govtext_text"].tolist()[0] == "教育质量"
    assert out.iloc[1:].isna().all().all()
    assert frame.clean_polars(pl.Series([None, None]), ["text"]).rows() == [(None,), (None,)]


def test_bad_input() -> None:
    with pytest.raises(TypeError, match="not a str"):
        frame.clean_pandas(pd.Series(["ok", b"x"]))
    with pytest.raises(TypeError, match="not a str"):
        frame.clean_columns([5])
    with pytest.raises(TypeError, match=r"pandas\.Series"):
        frame.clean_pandas(["x"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Series of strings"):
        frame.clean_polars(pl.Series([1, 2]))
    with pytest.raises(ValueError, match="unknown field"):
        frame.clean_columns(["x"], ["txt"])
    with pytest.raises(ValueError, match="at least one"):
        frame.clean_columns(["x"], [])
    with pytest.raises(TypeError, match="config"):
        frame.clean_columns(["x"], config={"drop_spam": False})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="framework"):
        frame.schema(framework="excel")


def test_converters_are_built_once_per_process() -> None:
    from govtext import _t2s

    texts = example_texts()
    frame.clean_columns(texts)
    built = _t2s.engine.cache_info().misses
    assert built >= 1  # the OpenCC engine of t2s
    frame.clean_pandas(pd.Series(texts * 3))
    frame.clean_polars(pl.Series(texts * 3))
    assert _t2s.engine.cache_info().misses == built


def test_missing_framework_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "polars", None)
    with pytest.raises(ImportError, match=r"govtext\[polars\]"):
        frame.clean_polars(object())  # type: ignore[arg-type]


def test_importing_govtext_imports_no_framework() -> None:
    code = ("import sys, govtext, govtext.frame, govtext.hf; "
            "print(sorted(m for m in ('pandas', 'polars', 'datasets', 'datatrove', 'pyspark', "
            "'pyarrow', 'dask') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(Path(govtext.__file__).parent.parent)})
    assert out.stdout.strip() == "[]"


@pytest.mark.corpus
def testcorpus_pages_equal_clean(shared: Path) -> None:
    pages = corpus_pages(shared)
    assert len(pages) >= 20
    fields = ("text", "dropped", "info", "pseudo_original")
    pdf = frame.clean_pandas(pd.Series(pages), fields)
    pldf = frame.clean_polars(pl.Series(pages), fields)
    for i, page in enumerate(pages):
        want = expected_row(page)
        row = pdf.iloc[i].to_dict()
        assert decoded(row) == {f: want[f] for f in fields}
        assert pldf.row(i, named=True) == row
