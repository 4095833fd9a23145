"""Outline of numbered sections of official documents (first level)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from ._util import check_text


@dataclass
class Section:
    """A numbered section: ``marker`` + ``title`` + ``body``, then its children."""

    level: int
    marker: str
    number: int
    title: str
    body: str
    start: int
    end: int
    children: list[Section] = field(default_factory=list)

    def to_text(self) -> str:
        return self.marker + self.title + self.body + "".join(c.to_text() for c in self.children)


@dataclass
class Outline:
    """The preamble before the first heading, then the top-level sections."""

    preamble: str
    sections: list[Section]

    def walk(self) -> Iterator[Section]:
        stack = list(reversed(self.sections))
        while stack:
            s = stack.pop()
            yield s
            stack.extend(reversed(s.children))

    def to_text(self) -> str:
        return self.preamble + "".join(s.to_text() for s in self.sections)


_CN = "一二三四五六七八九十"


def split_outline(text: str) -> Outline:
    """Split ``一、`` headings at line starts.

    >>> [s.marker for s in split_outline("一、总则\\n内容\\n二、措施\\n").sections]
    ['一、', '二、']
    """
    text = check_text(text, "split_outline")
    secs: list[Section] = []
    starts = [m for m in regex.finditer(rf"(?m)^([{_CN}])、", text)]
    expected = 1
    heads = []
    for m in starts:
        if _CN.index(m.group(1)) + 1 == expected:
            heads.append(m)
            expected += 1
    pre_end = heads[0].start() if heads else len(text)
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        line_end = text.find("\n", m.end(), end)
        line_end = end if line_end < 0 else line_end
        secs.append(Section(1, m.group(), i + 1, text[m.end():line_end], text[line_end:end], m.start(), end))
    return Outline(text[:pre_end], secs)
