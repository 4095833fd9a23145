"""govtext on columns of texts: pandas and Polars Series, Polars expressions, and the columns
every tabular adapter writes (Dask DataFrames, Hugging Face datasets, Spark).

Needs ``pandas`` (``pip install 'govtext[pandas]'``) or ``polars`` (``pip install
'govtext[polars]'``); neither is imported until a function here uses it.

A text becomes one row of flat columns, named ``prefix + field`` (``govtext_`` by default).
The fields are the tabular form of the record ``govtext clean`` writes (the ``govtext`` object
of docs/record-schema.json, :meth:`govtext.Result.to_dict`); :data:`FIELDS` gives each one's
type, and the types are the same in every framework:

* ``text`` (string): the cleaned text;
* ``dropped`` (int): how many lines spam/boilerplate rules dropped;
* ``dropped_by_rule``, ``lines_changed`` (JSON objects): lines dropped per rule, lines changed
  per step;
* ``meta``, ``dropped_lines``, ``steps``, ``numbers``, ``signals``, ``outline``, ``document``
  (JSON): the record's part of that name (``dropped_lines`` is its ``dropped`` list);
* ``info`` (JSON): the whole record, every part;
* ``dropped_share``, ``traditional_share``, ``pseudo_original`` (float): those signals, to
  filter on without parsing JSON.

JSON columns hold strings, so a frame writes to Parquet or CSV as it is; ``json.loads`` reads
one back. A null text (None, NaN, pandas' NA) gives nulls in every column; any other value
that is not a ``str`` raises ``TypeError``.

>>> cols = clean_columns(["教育質量\\n京ICP备00000000号", None])
>>> cols["govtext_text"], cols["govtext_dropped"], cols["govtext_dropped_by_rule"]
(['教育质量', None], [1, None], ['{"footer": 1}', None])

govtext's tables (OpenCC converters, regexes, lexicons) are module-level and built on first use,
so each process builds them once and every later row, batch or partition reuses them.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .pipeline import Config, Result, clean

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    import polars

    from .template import Templates


def _info(r: Result) -> dict[str, Any]:
    d = r.to_dict()
    d.pop("text")
    return d


def _part(name: str) -> Callable[[Result, dict[str, Any]], Any]:
    return lambda r, d: d[name]


def _signal(name: str) -> Callable[[Result, dict[str, Any]], Any]:
    return lambda r, d: r.signals[name]


#: Each field: its type (``string``, ``int``, ``float`` or ``json``).
FIELDS: dict[str, str] = {
    "text": "string",
    "dropped": "int",
    "dropped_by_rule": "json",
    "lines_changed": "json",
    "meta": "json",
    "info": "json",
    "dropped_lines": "json",
    "steps": "json",
    "numbers": "json",
    "signals": "json",
    "outline": "json",
    "document": "json",
    "dropped_share": "float",
    "traditional_share": "float",
    "pseudo_original": "float",
}

#: The fields written when none are chosen (the columns of :func:`govtext.dask.clean_dataframe`).
DEFAULT_FIELDS: tuple[str, ...] = ("text", "dropped", "dropped_by_rule", "lines_changed", "meta")

# field -> value from the Result and its record (to_dict() without text, built only when needed)
_VALUES: dict[str, Callable[[Result, dict[str, Any]], Any]] = {
    "text": lambda r, d: r.text,
    "dropped": lambda r, d: len(r.dropped),
    "dropped_by_rule": lambda r, d: r.dropped_by_rule,
    "lines_changed": lambda r, d: {s.step: s.lines_changed for s in r.steps if s.lines_changed},
    "meta": lambda r, d: r.meta,
    "info": lambda r, d: d,
    "dropped_lines": _part("dropped"),
    **{p: _part(p) for p in ("steps", "numbers", "signals", "outline", "document")},
    **{s: _signal(s) for s in ("dropped_share", "traditional_share", "pseudo_original")},
}
_NEEDS_RECORD = frozenset({"info", "dropped_lines", "steps", "numbers", "signals", "outline",
                           "document"})

#: The type of each kind of field in pandas, Polars (by name), Arrow / Hugging Face and Spark.
TYPES: dict[str, dict[str, str]] = {
    "pandas": {"string": "string", "json": "string", "int": "Int64", "float": "Float64"},
    "polars": {"string": "String", "json": "String", "int": "Int64", "float": "Float64"},
    "arrow": {"string": "string", "json": "string", "int": "int64", "float": "float64"},
    "spark": {"string": "STRING", "json": "STRING", "int": "BIGINT", "float": "DOUBLE"},
}


def check_fields(fields: Iterable[str] | None, prefix: str = "govtext_") -> tuple[str, ...]:
    """The chosen fields, validated (:data:`DEFAULT_FIELDS` for None), in the order given.

    >>> check_fields(["text", "pseudo_original"])
    ('text', 'pseudo_original')
    >>> check_fields(["txt"])
    Traceback (most recent call last):
    ...
    ValueError: unknown field(s) ['txt']; choose among: text, dropped, dropped_by_rule, lines_changed, meta, info, dropped_lines, steps, numbers, signals, outline, document, dropped_share, traditional_share, pseudo_original
    """
    if not isinstance(prefix, str):
        raise TypeError(f"prefix must be a str, got {type(prefix).__name__}")
    if fields is None:
        return DEFAULT_FIELDS
    if isinstance(fields, str):
        fields = [fields]
    chosen = tuple(dict.fromkeys(fields))
    unknown = [f for f in chosen if f not in FIELDS]
    if unknown:
        raise ValueError(f"unknown field(s) {unknown}; choose among: {', '.join(FIELDS)}")
    if not chosen:
        raise ValueError("fields: choose at least one")
    return chosen


def schema(fields: Iterable[str] | None = None, prefix: str = "govtext_",
           framework: str = "arrow") -> dict[str, str]:
    """Column name -> type name in *framework* (a key of :data:`TYPES`), for the chosen fields.

    >>> schema(["text", "dropped", "pseudo_original"], framework="spark")
    {'govtext_text': 'STRING', 'govtext_dropped': 'BIGINT', 'govtext_pseudo_original': 'DOUBLE'}
    """
    if framework not in TYPES:
        raise ValueError(f"framework must be one of {tuple(TYPES)}, got {framework!r}")
    return {prefix + f: TYPES[framework][FIELDS[f]] for f in check_fields(fields, prefix)}


def is_null(v: Any) -> bool:
    """Whether *v* is a missing value of some framework (None, NaN, pandas' NA or NaT).

    >>> is_null(None), is_null(float("nan")), is_null("")
    (True, True, False)
    """
    return v is None or (isinstance(v, float) and math.isnan(v)) or type(v).__name__ in ("NAType", "NaTType")


def _row(r: Result, fields: tuple[str, ...]) -> list[Any]:
    d = _info(r) if _NEEDS_RECORD.intersection(fields) else {}
    out = []
    for f in fields:
        v = _VALUES[f](r, d)
        out.append(json.dumps(v, ensure_ascii=False) if FIELDS[f] == "json" else v)
    return out


def clean_columns(texts: Iterable[Any], fields: Iterable[str] | None = None,
                  config: Config | None = None, prefix: str = "govtext_",
                  templates: Templates | None = None,
                  sites: Iterable[str] | None = None) -> dict[str, list[Any]]:
    """Clean each text with :func:`govtext.clean`; return the chosen *fields* as columns
    (plain lists named ``prefix + field``), the core of every tabular adapter.

    A null text (see :func:`is_null`) gives None in every column. With *templates*
    (:func:`govtext.dask.learn_bag_templates` ...), *sites* gives each text's site.

    >>> clean_columns(["您當(dāng)前的位置"], ["text", "steps"], prefix="")
    {'text': ['您当前的位置'], 'steps': ['{"strip_ruby": {"lines": 1, "chars": 6}, "to_simplified": {"lines": 1, "chars": 1}}']}
    """
    chosen = check_fields(fields, prefix)
    if config is not None and not isinstance(config, Config):
        raise TypeError(f"config must be a govtext.Config, got {type(config).__name__}")
    names = [prefix + f for f in chosen]
    cols: list[list[Any]] = [[] for _ in names]
    site_iter = iter(sites) if sites is not None else None
    for v in texts:
        site = next(site_iter, "") if site_iter is not None else ""
        if is_null(v):
            for c in cols:
                c.append(None)
            continue
        if not isinstance(v, str):
            raise TypeError(f"govtext: a text is a {type(v).__name__}, not a str: {str(v)[:60]!r}")
        template = templates.for_site(site) if templates is not None else None
        for c, x in zip(cols, _row(clean(v, config, template=template), chosen)):
            c.append(x)
    return dict(zip(names, cols))


def _typed(build: Callable[[], Any], texts: list[Any]) -> Any:
    """The frame *build* makes; a text Arrow cannot store (a lone surrogate, as from bytes
    decoded with ``surrogateescape``) is named in a ``ValueError`` instead of failing deep
    inside Arrow.

    >>> _typed(lambda: chr(0xD800).encode(), ["ok", "a" + chr(0xD800)])
    Traceback (most recent call last):
    ...
    ValueError: govtext: text 1 holds a lone surrogate '\\ud800' at character 1, which an Arrow string column cannot store: decode its bytes with errors='replace' (or drop it) first
    """
    try:
        return build()
    except UnicodeEncodeError as e:
        for i, v in enumerate(texts):
            if isinstance(v, str):
                try:
                    v.encode("utf-8")
                except UnicodeEncodeError as bad:
                    raise ValueError(
                        f"govtext: text {i} holds a lone surrogate {v[bad.start]!r} at character "
                        f"{bad.start}, which an Arrow string column cannot store: decode its bytes "
                        "with errors='replace' (or drop it) first") from e
        raise


def _require(module: str, extra: str) -> Any:
    try:
        return __import__(module)
    except ImportError as e:
        raise ImportError(f"govtext.frame needs {module!r}: pip install 'govtext[{extra}]'") from e


def clean_pandas(texts: pandas.Series, fields: Iterable[str] | None = None,
                 config: Config | None = None, prefix: str = "govtext_") -> pandas.DataFrame:
    """A pandas Series of texts -> a DataFrame of the chosen *fields* (same index), typed
    ``string``, ``Int64`` and ``Float64`` (nullable). Join it to the frame the texts came from.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"id": [1, 2], "text": ["教育質量\\n京ICP备00000000号", None]})
    >>> out = df.join(clean_pandas(df["text"], ["text", "dropped", "pseudo_original"]))
    >>> out["govtext_text"].tolist(), out["govtext_dropped"].isna().tolist()
    (['教育质量', <NA>], [False, True])
    >>> out.dtypes["govtext_pseudo_original"]
    Float64Dtype()
    """
    pd = _require("pandas", "pandas")
    if not isinstance(texts, pd.Series):
        raise TypeError(f"clean_pandas() expects a pandas.Series, got {type(texts).__name__}")
    values = texts.tolist()
    cols = clean_columns(values, fields, config, prefix)
    types = schema(fields, prefix, "pandas")
    return _typed(lambda: pd.DataFrame({c: pd.Series(v, index=texts.index, dtype=types[c])
                                        for c, v in cols.items()}, index=texts.index), values)


def clean_pandas_batches(batches: Iterable[pandas.DataFrame], column: str = "text",
                         fields: Iterable[str] | None = None, config: Config | None = None,
                         prefix: str = "govtext_") -> Iterator[pandas.DataFrame]:
    """Each pandas frame of *batches* with the chosen *fields* of its *column* added: the
    function of Spark's ``DataFrame.mapInPandas`` (with :func:`spark_schema`), usable on any
    stream of frames.

    >>> import pandas as pd
    >>> out = clean_pandas_batches([pd.DataFrame({"text": ["教育質量"]})], fields=["text"])
    >>> next(out).to_dict("list")
    {'text': ['教育質量'], 'govtext_text': ['教育质量']}
    """
    chosen = check_fields(fields, prefix)
    for pdf in batches:
        if column not in pdf.columns:
            raise ValueError(f"column {column!r} is not in the frame (columns: {list(pdf.columns)})")
        yield pdf.join(clean_pandas(pdf[column], chosen, config, prefix))


def spark_schema(base: Any = None, fields: Iterable[str] | None = None,
                 prefix: str = "govtext_") -> str:
    """A Spark DDL schema: the fields of *base* (a ``pyspark.sql.types.StructType``, e.g. a
    DataFrame's ``.schema``; None for none) followed by the chosen *fields*. Pass it as the
    schema of ``mapInPandas`` or, without *base*, wrapped as ``struct<...>`` to a pandas UDF.

    >>> spark_schema(None, ["text", "dropped"])
    '`govtext_text` STRING, `govtext_dropped` BIGINT'
    """
    cols = [(f.name, f.dataType.simpleString()) for f in base.fields] if base is not None else []
    new = schema(fields, prefix, "spark")
    taken = [c for c, _ in cols if c in new]
    if taken:
        raise ValueError(f"prefix {prefix!r}: the schema already has column(s) {taken}")
    cols += list(new.items())
    return ", ".join("`{}` {}".format(name.replace("`", "``"), t) for name, t in cols)


def _polars_dtypes(pl: Any, fields: Iterable[str] | None, prefix: str) -> dict[str, Any]:
    return {c: getattr(pl, t) for c, t in schema(fields, prefix, "polars").items()}


def clean_polars(texts: polars.Series, fields: Iterable[str] | None = None,
                 config: Config | None = None, prefix: str = "govtext_") -> polars.DataFrame:
    """A Polars Series of texts -> a DataFrame of the chosen *fields*, one row per text
    (``String``, ``Int64``, ``Float64``); ``df.hstack(clean_polars(df["text"]))`` adds them.

    >>> import polars as pl
    >>> clean_polars(pl.Series(["教育質量", None]), ["text", "dropped"]).rows()
    [('教育质量', 0), (None, None)]
    """
    pl = _require("polars", "polars")
    if not isinstance(texts, pl.Series):
        raise TypeError(f"clean_polars() expects a polars.Series, got {type(texts).__name__}")
    if texts.dtype not in (pl.String, pl.Null):
        raise TypeError(f"clean_polars() expects a Series of strings, got dtype {texts.dtype}")
    return pl.DataFrame(clean_columns(texts.to_list(), fields, config, prefix),
                        schema=_polars_dtypes(pl, fields, prefix))


def polars_expr(texts: polars.Expr | str = "text", fields: Iterable[str] | None = None,
                config: Config | None = None, prefix: str = "govtext_") -> polars.Expr:
    """A Polars expression of a struct of the chosen *fields*, computed from the texts of
    *texts* (an expression, or a column name); ``unnest`` it to get the columns.

    >>> import polars as pl
    >>> df = pl.DataFrame({"id": [1, 2], "text": ["教育質量", "您當(dāng)前的位置"]})
    >>> df.with_columns(polars_expr("text", ["text"]).alias("g")).unnest("g").rows()
    [(1, '教育質量', '教育质量'), (2, '您當(dāng)前的位置', '您当前的位置')]
    """
    pl = _require("polars", "polars")
    chosen = check_fields(fields, prefix)
    if config is not None and not isinstance(config, Config):
        raise TypeError(f"config must be a govtext.Config, got {type(config).__name__}")
    expr = pl.col(texts) if isinstance(texts, str) else texts
    dtype = pl.Struct(_polars_dtypes(pl, chosen, prefix))

    def batch(s: polars.Series) -> polars.Series:
        return clean_polars(s, chosen, config, prefix).to_struct(s.name)

    return expr.map_batches(batch, return_dtype=dtype, is_elementwise=True)


def columns_of(record: Mapping[str, Any], fields: Iterable[str] | None = None,
               prefix: str = "govtext_") -> dict[str, Any]:
    """The chosen *fields* read back from a record ``govtext clean`` wrote (its cleaned text
    and ``govtext`` object), as :func:`clean_columns` gives them: one schema for both.

    >>> from govtext.parallel import cleaned_doc
    >>> rec = cleaned_doc({"text": "教育質量"}, "text", clean("教育質量"))
    >>> columns_of(rec, ["text", "lines_changed", "pseudo_original"]) == {
    ...     k: v[0] for k, v in clean_columns(["教育質量"], ["text", "lines_changed", "pseudo_original"]).items()}
    True
    """
    chosen = check_fields(fields, prefix)
    info, text = record["govtext"], record["text"]
    dropped = info["dropped"]
    rules: dict[str, int] = {}
    for d in dropped:
        rules[d["rule"]] = rules.get(d["rule"], 0) + 1
    value = {
        "text": text, "dropped": len(dropped), "dropped_by_rule": rules,
        "lines_changed": {k: s["lines"] for k, s in info["steps"].items() if s["lines"]},
        "info": info, "dropped_lines": dropped,
        **{k: info[k] for k in ("meta", "steps", "numbers", "signals", "outline", "document")},
        **{k: info["signals"][k] for k in ("dropped_share", "traditional_share", "pseudo_original")},
    }
    return {prefix + f: json.dumps(value[f], ensure_ascii=False) if FIELDS[f] == "json" else value[f]
            for f in chosen}


__all__ = ["DEFAULT_FIELDS", "FIELDS", "TYPES", "check_fields", "clean_columns", "clean_pandas",
           "clean_pandas_batches", "clean_polars", "columns_of", "is_null", "polars_expr", "schema",
           "spark_schema"]

