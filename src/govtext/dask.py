"""Run govtext on a Dask cluster: :func:`clean_bag` and :func:`clean_dataframe`.

Needs the ``dask`` extra (``pip install 'govtext[dask]'``: dask, distributed,
pandas). Dask is imported only when one of these functions is called.

Each worker process builds govtext's tables (OpenCC converters, regexes,
lexicons) once, on its first document, and reuses them for every later task;
``client.run(govtext.parallel.warm_up)`` builds them up front.

Example on a local cluster of two worker processes:

>>> import json
>>> import dask.bag as db
>>> from distributed import Client, LocalCluster
>>> from govtext.dask import clean_bag
>>> cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
...                        dashboard_address=":0")
>>> client = Client(cluster)
>>> pages = [{"id": i, "text": f"第{i}項學校工作\\n版权所有 某市教育局 京ICP备00000000号"}
...          for i in range(4)]
>>> lines = [json.dumps(p, ensure_ascii=False) for p in pages]   # as read from a shard
>>> bag = db.from_sequence(lines, npartitions=2).map(json.loads)
>>> out = clean_bag(bag).compute()
>>> [(d["id"], d["text"], d["govtext"]["dropped"][0]["rule"]) for d in out]
[(0, '第0项学校工作', 'footer'), (1, '第1项学校工作', 'footer'), (2, '第2项学校工作', 'footer'), (3, '第3项学校工作', 'footer')]
>>> client.close(); cluster.close()

What changes on a real cluster:

* connect to the scheduler instead of starting one: ``client = Client("tcp://scheduler:8786")``
  (every worker needs the same govtext version installed);
* read the shards from object storage, one partition per compressed file
  (needs ``s3fs``/``gcsfs``)::

      bag = db.read_text("s3://bucket/crawl/*.jsonl.gz", blocksize=None).map(json.loads)
      clean_bag(bag).map(json.dumps, ensure_ascii=False).to_textfiles("s3://bucket/clean/*.jsonl.gz")

  or, for Parquet::

      ddf = dask.dataframe.read_parquet("s3://bucket/crawl/")
      clean_dataframe(ddf).to_parquet("s3://bucket/clean/")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .frame import DEFAULT_FIELDS, clean_columns, is_null, schema
from .io import check_doc
from .parallel import cleaned_doc
from .pipeline import Config, clean
from .template import TemplateCounter, Templates, page_keys, site_of

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe
    import pandas

ERRORS = ("mark", "raise")


def _require(module: str) -> None:
    try:
        __import__(module)
    except ImportError as e:
        raise ImportError(
            f"govtext.dask needs {module.split('.')[0]!r}: pip install 'govtext[dask]'"
        ) from e


def clean_record(record: dict[str, Any], field: str = "text", config: Config | None = None,
                 errors: str = "mark", templates: Templates | None = None,
                 site_field: str | None = "url") -> dict[str, Any]:
    """Clean one record like ``govtext clean --fields all`` does (the function :func:`clean_bag`
    maps; the command line's default record leaves the analyses out, this computes what
    :func:`govtext.clean` does with *config*).

    Returns a new dict: *field* holds the cleaned text and ``"govtext"`` what govtext
    did (``Result.to_dict()`` without the text). A record without a string *field*
    is returned unchanged with ``"govtext": {"error": ...}`` (``errors="mark"``), so
    nothing disappears, or raises ``ValueError`` (``errors="raise"``). With *templates*
    (:func:`learn_bag_templates`), the template lines of the record's site (the host of its
    *site_field*) are dropped too.

    >>> clean_record({"id": 1, "text": "教育質量"})["text"]
    '教育质量'
    >>> clean_record({"id": 2})["govtext"]
    {'error': "missing field 'text' (the record has: id)"}
    """
    if errors not in ERRORS:
        raise ValueError(f"errors must be one of {ERRORS}, got {errors!r}")
    rec = check_doc(0, b"", record, field)
    if rec.error is not None:
        if errors == "raise":
            raise ValueError(f"govtext: record {str(record)[:80]}: {rec.error}")
        out = dict(record) if isinstance(record, dict) else {"value": record}
        out["govtext"] = {"error": rec.error}
        return out
    template = templates.for_site(site_of(record, site_field)) if templates is not None else None
    return cleaned_doc(record, field, clean(record[field], config, template=template))


def _clean_partition(records: Any, field: str, config: Config | None, errors: str,
                     templates: Templates | None, site_field: str | None) -> list[dict[str, Any]]:
    return [clean_record(r, field, config, errors, templates, site_field) for r in records]


def _count_partition(records: Any, field: str, config: Config | None, site_field: str | None,
                     min_pages: int, max_keys: int) -> list[TemplateCounter]:
    counter = TemplateCounter(min_pages, max_keys)
    for r in records:
        text = r.get(field) if isinstance(r, dict) else None
        if isinstance(text, str) and text:
            counter.add(site_of(r, site_field), page_keys(text, config))
    return [counter]


def learn_bag_templates(bag: dask.bag.Bag, field: str = "text", config: Config | None = None,
                        site_field: str | None = "url", min_pages: int = 3,
                        max_keys: int = 2_000_000) -> Templates:
    """The first pass over a crawl in a bag of dicts: each site's template lines (lines on
    *min_pages* pages or more of the site named by the host of *site_field*; records without
    it form one site, ``""``). Each partition counts line hashes (at most *max_keys*), the
    client merges them; pass the result to ``clean_bag(bag, templates=...)``.
    """
    _require("dask.bag")
    total = TemplateCounter(min_pages, max_keys)
    for counter in bag.map_partitions(_count_partition, field, config, site_field, min_pages,
                                      max_keys).compute():
        total.merge(counter)
    return total.build()


def clean_bag(bag: dask.bag.Bag, field: str = "text", config: Config | None = None,
              errors: str = "mark", templates: Templates | None = None,
              site_field: str | None = "url") -> dask.bag.Bag:
    """A bag of dicts -> a bag of cleaned dicts, the records ``govtext clean`` writes.

    See :func:`clean_record` for each record, and the module docstring for a
    runnable example on ``distributed.LocalCluster``. *templates* (from
    :func:`learn_bag_templates`) drops each site's template lines too.
    """
    _require("dask.bag")
    import dask.bag as db

    if not isinstance(bag, db.Bag):
        raise TypeError(f"clean_bag() expects a dask.bag.Bag, got {type(bag).__name__}")
    if not isinstance(field, str):
        raise ValueError(f"field must be a str, got {type(field).__name__}")
    if errors not in ERRORS:
        raise ValueError(f"errors must be one of {ERRORS}, got {errors!r}")
    if config is not None and not isinstance(config, Config):
        raise TypeError(f"config must be a govtext.Config, got {type(config).__name__}")
    if templates is not None and not isinstance(templates, Templates):
        raise TypeError(f"templates must be govtext.template.Templates, got {type(templates).__name__}")
    return bag.map_partitions(_clean_partition, field, config, errors, templates, site_field)


def _fields(info: bool) -> tuple[str, ...]:
    return DEFAULT_FIELDS + (("info",) if info else ())


def clean_frame(pdf: pandas.DataFrame, column: str = "text", config: Config | None = None,
                prefix: str = "govtext_", info: bool = False, templates: Templates | None = None,
                site_column: str | None = "url") -> pandas.DataFrame:
    """The pandas function :func:`clean_dataframe` maps over partitions (usable on its own).

    The new columns are :func:`govtext.frame.clean_columns`' (the same in every adapter).

    >>> import pandas as pd
    >>> df = clean_frame(pd.DataFrame({"text": ["教育質量\\n京ICP备00000000号", None]}))
    >>> df["govtext_text"].tolist(), df["govtext_dropped"].tolist()
    (['教育质量', <NA>], [1, <NA>])
    >>> import json
    >>> json.loads(df["govtext_dropped_by_rule"][0])
    {'footer': 1}
    """
    import pandas as pd

    fields = _fields(info)
    types = schema(fields, prefix, "pandas")
    taken = [c for c in types if c in pdf.columns]
    if taken:
        raise ValueError(f"prefix {prefix!r}: the frame already has column(s) {taken}")
    if column not in pdf.columns:
        raise ValueError(f"column {column!r} is not in the frame (columns: {list(pdf.columns)})")
    texts = pdf[column].tolist()
    bad = next((v for v in texts if not isinstance(v, str) and not is_null(v)), None)
    if bad is not None:
        raise TypeError(f"column {column!r} holds {type(bad).__name__}, not str")
    sites = _sites(pdf, site_column) if templates is not None else None
    values = clean_columns(texts, fields, config, prefix, templates, sites)
    new = {c: pd.Series(v, index=pdf.index, dtype=types[c]) for c, v in values.items()}
    return pdf.assign(**new)


def _sites(pdf: pandas.DataFrame, site_column: str | None) -> list[str]:
    if site_column is None or site_column not in pdf.columns:
        return [""] * len(pdf)
    return [site_of({"u": v}, "u") if isinstance(v, str) else "" for v in pdf[site_column].tolist()]


def _count_frame(pdf: pandas.DataFrame, column: str, config: Config | None, site_column: str | None,
                 min_pages: int, max_keys: int) -> list[TemplateCounter]:
    counter = TemplateCounter(min_pages, max_keys)
    for v, site in zip(pdf[column].tolist(), _sites(pdf, site_column)):
        if isinstance(v, str) and v:
            counter.add(site, page_keys(v, config))
    return [counter]


def learn_frame_templates(ddf: dask.dataframe.DataFrame, column: str = "text",
                          config: Config | None = None, site_column: str | None = "url",
                          min_pages: int = 3, max_keys: int = 2_000_000) -> Templates:
    """:func:`learn_bag_templates` for a Dask DataFrame: the site of a row is the host of its
    *site_column*; pass the result to ``clean_dataframe(ddf, templates=...)``."""
    _require("dask.dataframe")
    import dask

    parts = [dask.delayed(_count_frame)(p, column, config, site_column, min_pages, max_keys)
             for p in ddf.to_delayed()]
    total = TemplateCounter(min_pages, max_keys)
    for counters in dask.compute(*parts):
        for counter in counters:
            total.merge(counter)
    return total.build()


def clean_dataframe(ddf: dask.dataframe.DataFrame, column: str = "text", config: Config | None = None,
                    prefix: str = "govtext_", info: bool = False, templates: Templates | None = None,
                    site_column: str | None = "url") -> dask.dataframe.DataFrame:
    """Add govtext's columns to a Dask DataFrame; *column* itself is left as it is.

    New columns (``prefix`` = ``"govtext_"`` by default):

    * ``govtext_text`` (string): the cleaned text;
    * ``govtext_dropped`` (Int64): how many lines spam/boilerplate rules dropped;
    * ``govtext_dropped_by_rule`` (string, JSON object): lines dropped per rule;
    * ``govtext_lines_changed`` (string, JSON object): lines changed per step;
    * ``govtext_meta`` (string, JSON object): metadata found in dropped lines (date, source ...);
    * ``govtext_info`` (string, JSON, only with ``info=True``): the whole ``govtext`` record
      ``govtext clean --fields all`` writes (dropped lines with reasons, numbers, outline,
      signals, document).

    With *templates* (:func:`learn_frame_templates`) each site's template lines are dropped
    too, the site of a row being the host of its *site_column*.

    JSON strings keep the columns flat, so the frame writes to Parquet/CSV as is; read them
    back with ``json.loads``. A null in *column* gives nulls in every new column. To replace
    the text: ``out = clean_dataframe(ddf).assign(text=lambda d: d.govtext_text)``.

    >>> import dask.dataframe as dd, pandas as pd
    >>> ddf = dd.from_pandas(pd.DataFrame({"text": ["教育質量", "您當(dāng)前的位置"]}), npartitions=2)
    >>> clean_dataframe(ddf).compute()["govtext_text"].tolist()
    ['教育质量', '您当前的位置']
    """
    _require("dask.dataframe")
    import dask.dataframe as dd

    if not isinstance(ddf, dd.DataFrame):
        raise TypeError(f"clean_dataframe() expects a dask.dataframe.DataFrame, got {type(ddf).__name__}")
    if config is not None and not isinstance(config, Config):
        raise TypeError(f"config must be a govtext.Config, got {type(config).__name__}")
    meta = clean_frame(ddf._meta, column, config, prefix, info)  # validates column and prefix
    return ddf.map_partitions(clean_frame, column, config, prefix, info, templates, site_column,
                              meta=meta)
