"""govtext in Hugging Face ``datasets``: a batched function for ``Dataset.map``.

Needs the ``hf`` extra (``pip install 'govtext[hf]'``: datasets); ``datasets`` is imported only
when :func:`features` or :func:`clean_dataset` is called.

:class:`CleanBatch` cleans the text column of each batch and returns new columns, the fields of
:mod:`govtext.frame` (``govtext_text``, ``govtext_dropped`` ... as chosen), typed by
:func:`features`: the schema is fixed by the fields chosen, whatever the batch holds (a batch of
null texts still gives an ``int64`` ``govtext_dropped``), so the shards of ``num_proc`` workers
concatenate. :func:`clean_dataset` calls ``map`` with those features::

    from datasets import load_dataset
    from govtext.hf import clean_dataset

    ds = load_dataset("json", data_files="crawl.jsonl", split="train")
    ds = clean_dataset(ds, fields=["text", "dropped", "pseudo_original"], num_proc=8)
    ds = ds.filter(lambda r: r["govtext_pseudo_original"] < 0.5)

or, with ``map`` itself::

    clean = CleanBatch("text", fields=["text", "info"])
    ds = ds.map(clean, batched=True, batch_size=256, num_proc=8,
                features=clean.features(ds.features))

Each worker process builds govtext's tables (OpenCC converters, regexes, lexicons) once, on its
first batch, and reuses them for every later batch.

>>> from datasets import Dataset
>>> ds = Dataset.from_dict({"id": [1, 2], "text": ["教育質量\\n京ICP备00000000号", None]})
>>> out = clean_dataset(ds, fields=["text", "dropped"])
>>> out.column_names
['id', 'text', 'govtext_text', 'govtext_dropped']
>>> out.select_columns(["govtext_text", "govtext_dropped"]).to_dict()
{'govtext_text': ['教育质量', None], 'govtext_dropped': [1, None]}
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .frame import check_fields, clean_columns, schema
from .pipeline import Config

if TYPE_CHECKING:  # pragma: no cover
    import datasets


def _datasets() -> Any:
    try:
        import datasets
    except ImportError as e:
        raise ImportError("govtext.hf needs 'datasets': pip install 'govtext[hf]'") from e
    return datasets


def features(fields: Iterable[str] | None = None, prefix: str = "govtext_",
             base: datasets.Features | None = None) -> datasets.Features:
    """The ``datasets.Features`` of the chosen *fields* (after the columns of *base*, the
    dataset's own features, when given): what to pass as ``map(..., features=...)``.

    >>> features(["text", "dropped", "pseudo_original"])
    {'govtext_text': Value('string'), 'govtext_dropped': Value('int64'), 'govtext_pseudo_original': Value('float64')}
    """
    ds = _datasets()
    new = {c: ds.Value(t) for c, t in schema(fields, prefix, "arrow").items()}
    if base is not None:
        taken = [c for c in new if c in base]
        if taken:
            raise ValueError(f"prefix {prefix!r}: the dataset already has column(s) {taken}")
        return ds.Features({**base, **new})
    return ds.Features(new)


@dataclass(frozen=True)
class CleanBatch:
    """The function for ``Dataset.map(CleanBatch(...), batched=True)``: a batch (a dict of
    lists) -> the new columns (a dict of lists), see :func:`govtext.frame.clean_columns`.

    >>> CleanBatch("body", ["text", "dropped"])({"body": ["教育質量", None], "id": [1, 2]})
    {'govtext_text': ['教育质量', None], 'govtext_dropped': [0, None]}
    """

    #: The column holding the texts.
    column: str = "text"
    #: The fields to write (:data:`govtext.frame.FIELDS`); None: :data:`govtext.frame.DEFAULT_FIELDS`.
    fields: tuple[str, ...] | None = None
    #: What :func:`govtext.clean` does (None: the defaults).
    config: Config | None = None
    #: Prefix of the new columns.
    prefix: str = "govtext_"

    def __post_init__(self) -> None:
        if not isinstance(self.column, str):
            raise TypeError(f"column must be a str, got {type(self.column).__name__}")
        object.__setattr__(self, "fields", check_fields(self.fields, self.prefix))
        if self.config is not None and not isinstance(self.config, Config):
            raise TypeError(f"config must be a govtext.Config, got {type(self.config).__name__}")

    def __call__(self, batch: dict[str, list[Any]]) -> dict[str, list[Any]]:
        if self.column not in batch:
            raise ValueError(f"column {self.column!r} is not in the batch (columns: {list(batch)})")
        return clean_columns(batch[self.column], self.fields, self.config, self.prefix)

    def features(self, base: datasets.Features | None = None) -> datasets.Features:
        """:func:`features` of this function's fields (after *base*'s columns)."""
        return features(self.fields, self.prefix, base)


def clean_dataset(ds: datasets.Dataset, column: str = "text", fields: Iterable[str] | None = None,
                  config: Config | None = None, prefix: str = "govtext_", batch_size: int = 256,
                  num_proc: int | None = None, **map_kwargs: Any) -> datasets.Dataset:
    """A dataset with govtext's columns added: ``ds.map(CleanBatch(...), batched=True)`` with
    the fixed :func:`features`. *num_proc* runs that many worker processes; other keyword
    arguments go to ``map`` (``desc``, ``load_from_cache_file`` ...). An ``IterableDataset``
    works too (without *num_proc*).
    """
    dsm = _datasets()
    if not isinstance(ds, (dsm.Dataset, dsm.IterableDataset)):
        raise TypeError(f"clean_dataset() expects a datasets.Dataset, got {type(ds).__name__}")
    fn = CleanBatch(column, tuple(fields) if fields is not None else None, config, prefix)
    base = ds.features
    if base is not None and column not in base:
        raise ValueError(f"column {column!r} is not in the dataset (columns: {list(base)})")
    feats = fn.features(base) if base is not None else None
    if isinstance(ds, dsm.IterableDataset):
        if num_proc is not None:
            raise ValueError("num_proc: an IterableDataset is mapped in this process")
        return ds.map(fn, batched=True, batch_size=batch_size, features=feats, **map_kwargs)
    return ds.map(fn, batched=True, batch_size=batch_size, features=feats, num_proc=num_proc,
                  **map_kwargs)


__all__ = ["CleanBatch", "clean_dataset", "features"]
