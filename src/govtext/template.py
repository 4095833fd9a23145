"""Cross-document templates: lines that repeat on many pages of one site are its page chrome.

CCNet and Gopher drop lines that repeat across the documents of a crawl shard. govtext does the
same per site, in two passes over a crawl: the first counts, for every line as the ``drop_spam``
step sees it, on how many pages of its site it stands (:class:`TemplateCounter`, fed by
:func:`page_keys`); the second passes each page its site's counts (:meth:`Templates.for_site`)
and :func:`govtext.clean` drops the lines seen on ``min_pages`` or more pages, with rule
``template`` and the count as reason.

What is kept whatever the counts say: lines that read as sentences (10+ Han characters ending in
。！？ or holding ；), so the same notice reposted on several pages of a site keeps its article;
document headings (第一章, 一、); the headline, with a subtitle, and a 公文's closing block with
its date, as the page reading finds them (:mod:`govtext.boilerplate`). Other repeated lines
count there as page chrome when it looks for the article.

Memory is bounded: lines are kept as 64-bit hashes, never as text, and when the counter holds
more than ``max_keys`` hashes it forgets those seen on one page only (lossy counting), so a
template line, which comes back on page after page, keeps its count.

>>> counter = TemplateCounter(min_pages=2)
>>> for page in ["首页\\n新闻\\n第一篇正文。", "首页\\n新闻\\n第二篇正文。", "首页\\n体育\\n第三篇。"]:
...     counter.add("example.gov.cn", page_keys(page))
>>> templates = counter.build()
>>> sorted(templates.for_site("example.gov.cn").values()), templates.pages["example.gov.cn"]
([2, 3], 3)
>>> templates.for_site("other.cn")
{}
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ._util import check_text

__all__ = ["TemplateCounter", "Templates", "line_key", "page_keys", "site_of"]


def line_key(folded: str) -> int:
    """A stable 64-bit hash of a line as the spam rules see it (:func:`govtext.spam.fold`),
    its whitespace removed; 0 for a blank line. The same in every process (unlike ``hash``).

    >>> line_key("关于我们 | 联系我们") == line_key("关于我们|联系我们")
    True
    >>> line_key("")
    0
    """
    s = "".join(folded.split())
    if not s:
        return 0
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


def page_keys(text: str, config: Any = None) -> set[int]:
    """The keys of a page's lines as the ``drop_spam`` step of :func:`govtext.clean` sees them
    (after the steps before it, with *config*), each once.

    >>> page_keys("首页\\n\\n首页") == {line_key("首页")}
    True
    """
    from . import pipeline, spam  # the pipeline imports spam, which imports this module

    text = check_text(text, "page_keys")
    lines = pipeline.lines_before_drop_spam(text, config)
    keys = {line_key(spam.fold(x)) for x in lines}
    keys.discard(0)
    return keys


def site_of(record: Mapping[str, Any], field_name: str | None = "url", default: str = "") -> str:
    """The site a record belongs to: the host of its *field_name* (a URL, or a bare host),
    lower-cased and without ``www.``; *default* when the record has no such field.

    >>> site_of({"url": "https://WWW.Example.gov.cn/a/b.html"})
    'example.gov.cn'
    >>> site_of({"id": 1}, default="shard-3.jsonl")
    'shard-3.jsonl'
    """
    value = record.get(field_name) if field_name else None
    if not isinstance(value, str) or not value.strip():
        return default
    value = value.strip()
    host = urlsplit(value if "//" in value else "//" + value).hostname or ""
    host = host.lower()
    return (host[4:] if host.startswith("www.") else host) or default


@dataclass(frozen=True)
class Templates:
    """What the first pass learned: per site, the hashes of lines seen on ``min_pages`` pages
    or more with their page counts, and how many pages each site had."""

    sites: dict[str, dict[int, int]] = field(default_factory=dict)
    pages: dict[str, int] = field(default_factory=dict)
    min_pages: int = 3

    def for_site(self, site: str) -> dict[int, int]:
        """The template lines of *site* (hash -> pages); empty for a site never seen."""
        return self.sites.get(site, {})

    def summary(self) -> dict[str, Any]:
        """Sites, pages and template lines learned, for a run's report."""
        return {
            "sites": len(self.pages),
            "pages": sum(self.pages.values()),
            "template_lines": sum(len(v) for v in self.sites.values()),
            "min_pages": self.min_pages,
        }


@dataclass
class TemplateCounter:
    """Counts, per site, on how many pages each line stands (first pass).

    ``min_pages``: pages a line must stand on to be template (at least 2). ``max_keys``: hashes
    held at most, over all sites, before those seen on one page are forgotten.
    """

    min_pages: int = 3
    max_keys: int = 2_000_000
    counts: dict[str, Counter[int]] = field(default_factory=dict)
    pages: Counter[str] = field(default_factory=Counter)
    _size: int = 0

    def __post_init__(self) -> None:
        if not isinstance(self.min_pages, int) or isinstance(self.min_pages, bool) or self.min_pages < 2:
            raise ValueError(f"TemplateCounter.min_pages must be an int >= 2, got {self.min_pages!r}")
        if not isinstance(self.max_keys, int) or isinstance(self.max_keys, bool) or self.max_keys < 1:
            raise ValueError(f"TemplateCounter.max_keys must be a positive int, got {self.max_keys!r}")

    def add(self, site: str, keys: Iterable[int]) -> None:
        """Count one page of *site* holding the lines *keys* (each counted once)."""
        c = self.counts.setdefault(site, Counter())
        before = len(c)
        c.update(set(keys))
        self.pages[site] += 1
        self._size += len(c) - before
        if self._size > self.max_keys:
            self._forget_singles()

    def merge(self, other: TemplateCounter) -> None:
        """Add the counts of another counter (a worker's, a partition's)."""
        for site, c in other.counts.items():
            mine = self.counts.setdefault(site, Counter())
            before = len(mine)
            mine.update(c)
            self._size += len(mine) - before
        self.pages.update(other.pages)
        if self._size > self.max_keys:
            self._forget_singles()

    def _forget_singles(self) -> None:
        for site, c in self.counts.items():
            self.counts[site] = Counter({k: n for k, n in c.items() if n > 1})
        self._size = sum(len(c) for c in self.counts.values())

    def build(self) -> Templates:
        """The template lines: those on ``min_pages`` pages or more of their site."""
        sites = {}
        for site, c in self.counts.items():
            kept = {k: n for k, n in c.items() if n >= self.min_pages}
            if kept:
                sites[site] = kept
        return Templates(sites, dict(self.pages), self.min_pages)
