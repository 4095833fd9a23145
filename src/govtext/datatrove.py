"""govtext in a datatrove pipeline: :class:`GovtextCleaner` and :class:`GovtextFilter`.

Needs the ``datatrove`` extra (``pip install 'govtext[datatrove]'``: datatrove, orjson for its
JSONL reader and writer). Importing this module imports datatrove; ``import govtext`` does not.

* :class:`GovtextCleaner` cleans each ``Document.text`` in place with :func:`govtext.clean` and
  puts what govtext did into ``Document.metadata["govtext"]``: the record ``govtext clean`` writes
  (docs/record-schema.json; by default its ``meta``, ``dropped``, ``steps``, ``signals`` and
  ``document`` parts, ``outline`` and ``numbers`` on request), so a ``JsonlWriter`` writes the
  same ``govtext`` object as the command line with the same ``--fields`` (the command line's
  default leaves ``document`` out too). It counts documents, lines dropped by rule and
  characters removed in datatrove's stats.
* :class:`GovtextFilter` drops whole documents by govtext's signals: empty after cleaning, too
  many SEO-spam lines, a high pseudo-original (synonym-swapped) score. It is a datatrove
  ``BaseFilter``: each drop is counted (``dropped``, ``dropped_govtext_empty`` ...) and, with an
  ``exclusion_writer``, written with its ``filter_reason``, so nothing is lost unseen.

A pipeline (run it with ``LocalPipelineExecutor``, ``SlurmPipelineExecutor`` ...)::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from govtext.datatrove import GovtextCleaner, GovtextFilter

    LocalPipelineExecutor(pipeline=[
        JsonlReader("crawl/"),
        GovtextCleaner(),
        GovtextFilter(exclusion_writer=JsonlWriter("removed/")),
        JsonlWriter("clean/"),
    ], tasks=8, workers=8, logging_dir="logs/").run()

govtext's tables (OpenCC converters, regexes, lexicons) are built once per worker process, on
its first document, and reused by every later document and task of that process.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.filters.base_filter import BaseFilter
from datatrove.pipeline.writers.disk_base import DiskWriter
from datatrove.utils.typeshelper import StatHints

from .parallel import PARTS, OutputSpec, cleaned_doc
from .pipeline import Config, Result, clean

#: The parts of the record :class:`GovtextCleaner` writes by default (``outline`` and
#: ``numbers`` on request: ``parts=PARTS``).
DEFAULT_PARTS: tuple[str, ...] = ("meta", "dropped", "steps", "signals", "document")

#: The metadata key of the ``govtext`` record.
METADATA_KEY = "govtext"


def _check_config(config: Config | None) -> Config | None:
    if config is not None and not isinstance(config, Config):
        raise TypeError(f"config must be a govtext.Config, got {type(config).__name__}")
    return config


def _check_parts(parts: Iterable[str]) -> frozenset[str]:
    chosen = frozenset([parts] if isinstance(parts, str) else parts)
    bad = sorted(chosen - set(PARTS))
    if bad:
        raise ValueError(f"unknown govtext part(s) {', '.join(bad)}; parts are: {', '.join(PARTS)}")
    if not chosen:
        raise ValueError("parts: choose at least one")
    return chosen


def _clean(doc: Document, config: Config | None) -> Result:
    if not isinstance(doc.text, str):
        raise TypeError(f"govtext: document {doc.id!r} has a {type(doc.text).__name__} text, not a str")
    return clean(doc.text, config)


class GovtextCleaner(PipelineStep):
    """Clean ``Document.text`` in place; the ``govtext`` record goes into ``Document.metadata``.

    The record is ``Result.to_dict()`` without the text (only the chosen *parts*, with
    ``schema``): what ``govtext clean`` writes in each record's ``govtext`` object. Stats:
    ``total``, ``lines_dropped`` and ``lines_dropped_<rule>`` (lines), ``chars_removed``
    (characters of input minus characters of output), ``doc_len`` of the cleaned text.

    >>> from datatrove.data import Document
    >>> doc = Document(text="教育質量\\n京ICP备00000000号", id="1")
    >>> [d.text for d in GovtextCleaner(parts=["dropped"]).run([doc])]
    ['教育质量']
    >>> doc.metadata["govtext"]["dropped"][0]["rule"]
    'footer'
    """

    name = "🧹 govtext clean"
    type = "✂️ - FORMAT"

    def __init__(self, config: Config | None = None, parts: Iterable[str] = DEFAULT_PARTS,
                 metadata_key: str = METADATA_KEY) -> None:
        super().__init__()
        self.parts = _check_parts(parts)
        # what the record does not hold is not computed (numbers: only with parts=[..., "numbers"])
        self.config = OutputSpec("jsonl", self.parts).config_for(_check_config(config) or Config())
        self.metadata_key = metadata_key

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                before = len(doc.text) if isinstance(doc.text, str) else 0
                result = _clean(doc, self.config)
                doc.text = result.text
                doc.metadata[self.metadata_key] = cleaned_doc({}, "text", result, self.parts)["govtext"]
            if result.dropped:
                self.stat_update("lines_dropped", value=len(result.dropped))
                for rule, n in result.dropped_by_rule.items():
                    self.stat_update(f"lines_dropped_{rule}", value=n)
            self.stat_update("chars_removed", value=before - len(result.text))
            self.update_doc_stats(doc)
            yield doc


class GovtextFilter(BaseFilter):
    """Drop whole documents by govtext's signals (datatrove's ``BaseFilter``: stats and
    ``exclusion_writer``). A document is dropped, with the reason given, when:

    * ``govtext_empty``: its cleaned text is blank (*drop_empty*);
    * ``govtext_spam_share``: more than *max_spam_share* of its input lines were dropped by the
      *spam_rules* (``signals.dropped_share_by_rule``; default ``seo_spam``);
    * ``govtext_pseudo_original``: ``signals.pseudo_original`` is above *max_pseudo_original*.

    None switches a threshold off. The signals are read from the ``govtext`` record a
    :class:`GovtextCleaner` put in the metadata before this step; without one, the filter
    cleans a copy of the text to read them (the document is left as it is).

    >>> from datatrove.data import Document
    >>> docs = [Document(text="京ICP备00000000号", id="a"), Document(text="学校工作", id="b")]
    >>> f = GovtextFilter()
    >>> [d.id for d in f.run(docs)], f.stats["dropped_govtext_empty"].total
    (['b'], 1)
    """

    name = "🧹 govtext filter"

    def __init__(self, drop_empty: bool = True, max_spam_share: float | None = 0.5,
                 max_pseudo_original: float | None = 0.5, spam_rules: Iterable[str] = ("seo_spam",),
                 config: Config | None = None, metadata_key: str = METADATA_KEY,
                 exclusion_writer: DiskWriter | None = None) -> None:
        super().__init__(exclusion_writer)
        for name, v in (("max_spam_share", max_spam_share), ("max_pseudo_original", max_pseudo_original)):
            if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float)) or not 0 <= v <= 1):
                raise ValueError(f"{name} must be a number in [0, 1] or None, got {v!r}")
        self.drop_empty = bool(drop_empty)
        self.max_spam_share = max_spam_share
        self.max_pseudo_original = max_pseudo_original
        self.spam_rules = (spam_rules,) if isinstance(spam_rules, str) else tuple(spam_rules)
        self.config = _check_config(config)
        self.metadata_key = metadata_key

    def _signals(self, doc: Document) -> tuple[str, dict[str, Any]]:
        record = doc.metadata.get(self.metadata_key)
        if isinstance(record, dict) and isinstance(record.get("signals"), dict):
            return doc.text, record["signals"]
        result = _clean(doc, self.config)
        return result.text, result.signals

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        """True to keep *doc*, or ``(False, reason)``."""
        text, signals = self._signals(doc)
        if self.drop_empty and not text.strip():
            return False, "govtext_empty"
        if self.max_spam_share is not None:
            by_rule = signals.get("dropped_share_by_rule", {})
            if sum(by_rule.get(r, 0.0) for r in self.spam_rules) > self.max_spam_share:
                return False, "govtext_spam_share"
        if self.max_pseudo_original is not None and signals.get("pseudo_original", 0.0) > self.max_pseudo_original:
            return False, "govtext_pseudo_original"
        return True


__all__ = ["DEFAULT_PARTS", "METADATA_KEY", "PARTS", "GovtextCleaner", "GovtextFilter"]
