"""The Spark recipe (mapInPandas, and a pandas UDF) on a local Spark session: rows equal clean()'s.

Needs the ``spark`` extra (pyspark) and a Java runtime; skipped otherwise, with the reason.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from govtext import frame

pytest.importorskip("pyspark", reason="needs pyspark: pip install 'govtext[spark]'")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")
if shutil.which("java") is None or subprocess.run(["java", "-version"], capture_output=True).returncode:
    pytest.skip("Spark needs a Java runtime (java not found)", allow_module_level=True)

from pyspark.sql import SparkSession  # noqa: E402
from pyspark.sql.functions import pandas_udf  # noqa: E402

from adapters_common import corpus_pages, decoded, example_records, expected_row  # noqa: E402

FIELDS = ("text", "dropped", "dropped_by_rule", "info", "pseudo_original")


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers import this govtext
    s = (SparkSession.builder.master("local[2]").appName("govtext-test")
         .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
         .config("spark.sql.execution.arrow.pyspark.enabled", "true").getOrCreate())
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


def check_rows(rows: list[Any], texts: dict[Any, str]) -> None:
    assert len(rows) == len(texts)
    for row in rows:
        d = row.asDict()
        got = decoded({k: d[k] for k in d if k.startswith("govtext_")})
        want = expected_row(texts[d["id"]])
        assert got == {f: want[f] for f in FIELDS}


def test_map_in_pandas(spark: Any) -> None:
    recs = example_records()
    sdf = spark.createDataFrame([(r["id"], r["text"]) for r in recs], "id STRING, text STRING")
    sdf = sdf.repartition(2)
    fn = functools.partial(frame.clean_pandas_batches, column="text", fields=FIELDS)
    out = sdf.mapInPandas(fn, schema=frame.spark_schema(sdf.schema, FIELDS))
    assert out.schema["govtext_dropped"].dataType.simpleString() == "bigint"
    assert out.schema["govtext_pseudo_original"].dataType.simpleString() == "double"
    check_rows(out.collect(), {r["id"]: r["text"] for r in recs})


def test_pandas_udf(spark: Any) -> None:
    recs = example_records()[:8]

    @pandas_udf(f"struct<{frame.spark_schema(None, FIELDS)}>")  # type: ignore[call-overload]
    def govtext_udf(texts: pd.Series) -> pd.DataFrame:
        return frame.clean_pandas(texts, FIELDS)

    sdf = spark.createDataFrame([(r["id"], r["text"]) for r in recs], "id STRING, text STRING")
    out = sdf.withColumn("g", govtext_udf("text")).select("id", "g.*")
    check_rows(out.collect(), {r["id"]: r["text"] for r in recs})


@pytest.mark.corpus
def test_corpus_pages(spark: Any, shared: Path) -> None:
    pages = corpus_pages(shared)
    sdf = spark.createDataFrame(list(enumerate(pages)), "id BIGINT, text STRING").repartition(2)
    fn = functools.partial(frame.clean_pandas_batches, fields=FIELDS)
    out = sdf.mapInPandas(fn, schema=frame.spark_schema(sdf.schema, FIELDS))
    check_rows(out.collect(), dict(enumerate(pages)))
