"""Sections for retrieval: an outline cut into pieces that know where they sit.

:func:`chunk_sections` cuts a document along its outline (:func:`~govtext.outline.split_outline`)
into :class:`Chunk` objects of at most ``max_chars`` characters. Each chunk carries its heading
path (``二、主要任务 > （三）深化课程改革``), the level, marker and number of its section, its
``start``/``end`` span in the text, and the document's title and doc number.

* A chunk never crosses a section boundary, except that a section too short to stand alone (under
  ``min_chars``, a heading with a line under it, say) is joined to what follows it, as long as
  the chunk stays within ``max_chars``. Its path is then the deepest path the joined pieces share
  (the parent's heading joined to its first child's text gets the child's path). A last
  subsection under ``min_chars // 4`` that cannot join what follows joins the chunk before it
  when both lie under the same parent heading (an article's last item ``（六）其他情形。``); top-level
  sections never join backwards.
* A heading's chunk starts at its line's start when only blanks or Markdown marks (``## ``) are
  before the marker there.
* A long section is split at sentence ends (。！？；!?; and line breaks), never inside a sentence;
  a single sentence longer than ``max_chars`` stays whole. When the last piece is shorter than a
  quarter of ``max_chars``, the last two pieces are cut again at the sentence end nearest their
  middle that keeps both within ``max_chars``; when there is none (the piece before is a single
  sentence, as one longer than ``max_chars``), the short remainder is left alone.
* The spans cover the text exactly once, in order: ``"".join(text[c.start:c.end] for c in
  chunks) == text``. With ``overlap`` > 0 each chunk's ``text`` also starts with up to ``overlap``
  characters of whole sentences before it in the same section (``text_start`` says where), so a
  search hit keeps some context; the spans still do not overlap.

>>> doc = "关于做好工作的通知\\n一、总体要求\\n坚持稳中求进。\\n二、主要任务\\n（一）扩大内需\\n促进消费。\\n（二）深化改革\\n推进改革。\\n"
>>> for c in chunk_sections(doc, max_chars=40, min_chars=10):
...     print(repr(c.heading_path), repr(c.text))
'' '关于做好工作的通知\\n'
'一、总体要求' '一、总体要求\\n坚持稳中求进。\\n'
'二、主要任务 > （一）扩大内需' '二、主要任务\\n（一）扩大内需\\n促进消费。\\n'
'二、主要任务 > （二）深化改革' '（二）深化改革\\n推进改革。\\n'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import _re as re
from ._util import check_text, lazy
from .outline import Outline, Section, split_outline

__all__ = ["Chunk", "chunk_sections"]


@dataclass(frozen=True)
class Chunk:
    """One piece of a document for retrieval.

    ``text`` is ``source[text_start:end]``; ``start``/``end`` is the chunk's own span (without
    the overlap), and the own spans of all chunks cover the source exactly once, in order.
    ``path`` holds the headings from the top (``("二、主要任务", "（三）深化课程改革")``; empty
    for the text before the first heading); ``level``, ``marker``, ``number`` and ``family``
    are those of the last heading of the path (``level`` 0 and the rest ``None`` before the
    first heading).
    """

    text: str
    start: int
    end: int
    text_start: int
    path: tuple[str, ...]
    level: int
    marker: str | None
    number: int | None
    family: str | None
    doc_title: str | None = None
    doc_number: str | None = None

    @property
    def heading_path(self) -> str:
        """The path joined with `` > ``."""
        return " > ".join(self.path)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict (``path`` as a list, plus ``heading_path``)."""
        d = {k: (list(v) if isinstance(v, tuple) else v) for k, v in vars(self).items()}
        d["heading_path"] = self.heading_path
        return d


@dataclass
class _Unit:
    start: int
    end: int
    path: tuple[str, ...]
    sec: Section | None
    whole: bool  # a section's own text in one piece (not a piece of a split section)


def _label(s: Section) -> str:
    """``二、主要任务``, ``第一章 总则``, ``附件2 名词解释``: marker and title, blanks folded; a line
    break inside a title joins its lines (``关于《`` + new line + ``条例》`` -> ``关于《条例》``), and
    after a marker that ends in punctuation (``第一、`` alone on its line) adds no blank."""
    title = " ".join(_inner_break_re().sub("", s.title).split())
    marker = " ".join(s.marker.split())
    lead = s.gap.strip("*")  # (**一、**总则: the emphasis closing the marker is no blank)
    sep = " " if lead and title and not ("\n" in lead and marker[-1:] in "、，,．.）)：:") else ""
    return marker + sep + title


@lazy
def _inner_break_re() -> re.Pattern[str]:
    # (read from a run's first blank: tried from every blank of a run, it was quadratic on one)
    return re.compile(r"(?<![ \t\u3000\r])[ \t\u3000\r]*\n\s*")


def _units(text: str, outline: Outline) -> list[_Unit]:
    """The preamble, then each section's own text (marker, title, body; no children). A section
    begins at its line's start when only markup is before its marker there (``## 第一章``, an
    indent): that prefix goes with the heading, not with the end of the text before it."""
    units = [_Unit(0, len(outline.preamble), (), None, True)]
    stack: list[tuple[Section, tuple[str, ...]]] = [(s, (_label(s),)) for s in reversed(outline.sections)]
    while stack:
        s, path = stack.pop()
        own = len(s.marker) + len(s.gap) + len(s.title) + len(s.body)
        start = s.start
        if start and text[start - 1] != "\n":
            line = text.rfind("\n", 0, start) + 1
            if not text[line:start].strip(_LEAD):
                start = units[-1].end = line
        units.append(_Unit(start, s.start + own, path, s, True))
        stack.extend((c, (*path, _label(c))) for c in reversed(s.children))
    return units


# What may stand before a heading's marker on its line: blanks, Markdown heading, quote and bold
# marks.
_LEAD = " \t\u3000#>*"


def _cut(u: _Unit, at: int) -> list[_Unit]:
    """*u* cut at *at* when it falls inside it; the part after has no heading path."""
    if not u.start < at < u.end:
        return [u]
    return [_Unit(u.start, at, u.path, u.sec, True), _Unit(at, u.end, (), None, True)]


@lazy
def _sentence_re() -> re.Pattern[str]:
    # a sentence with its closing quotes and brackets, or a run of line breaks
    return re.compile(r"[^。！？；!?;\n]*(?:[。！？；!?;]+[”’」』）)\]】]*|\n+|$)")


def _split(text: str, u: _Unit, max_chars: int) -> list[_Unit]:
    """A long unit cut at sentence ends into pieces of at most *max_chars* (a longer single
    sentence stays whole)."""
    if u.end - u.start <= max_chars:
        return [u]
    out: list[_Unit] = []
    cur = u.start
    pos = u.start
    for m in _sentence_re().finditer(text, u.start, u.end):
        if m.end() == m.start():
            continue
        if m.end() - cur > max_chars and pos > cur:
            out.append(_Unit(cur, pos, u.path, u.sec, False))
            cur = pos
        pos = m.end()
    out.append(_Unit(cur, u.end, u.path, u.sec, False))
    if u.end - cur < max_chars // 4 and len(out) > 1:
        out[-2:] = _rebalance(text, out[-2], u.end, max_chars)
    return out


def _rebalance(text: str, prev: _Unit, end: int, max_chars: int) -> list[_Unit]:
    """The last two pieces of a split section (*prev*, then a short rest up to *end*: a sentence
    or two left over) cut again at the sentence end nearest their middle, both within
    *max_chars*."""
    mid = (prev.start + end) // 2
    best = prev.end
    for m in _sentence_re().finditer(text, max(prev.start, prev.end - max_chars // 2), end):
        p = m.end()
        if prev.start < p < end and p - prev.start <= max_chars and end - p <= max_chars and (
                abs(p - mid) < abs(best - mid)):
            best = p
    return [_Unit(prev.start, best, prev.path, prev.sec, False), _Unit(best, end, prev.path, prev.sec, False)]


def _related(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two paths under one top-level heading."""
    return bool(a) and bool(b) and a[0] == b[0]


def _common(paths: list[tuple[str, ...]]) -> int:
    """Index of the path every other is a prefix of, else -1."""
    last = max(range(len(paths)), key=lambda i: len(paths[i]))
    full = paths[last]
    return last if all(full[: len(p)] == p for p in paths) else -1


def chunk_sections(
    text: str,
    *,
    max_chars: int = 800,
    overlap: int = 0,
    min_chars: int | None = None,
    outline: Outline | None = None,
    doc_title: str | None = None,
    doc_number: str | None = None,
    back_matter: int | None = None,
) -> list[Chunk]:
    """Cut *text* along its outline into chunks for retrieval (see the module docstring).

    *outline* is ``split_outline(text)`` when not given. *min_chars* (default ``max_chars //
    4``) is the size under which a section is too short to stand alone. *doc_title* and
    *doc_number* are copied into every chunk (:meth:`govtext.Result.chunks` fills them from the
    parsed document). *back_matter* is the offset where the signature block starts: the text
    from there to the end of its section is not that section's (its path is empty).

    >>> cs = chunk_sections("一、目标\\n" + "加快发展。" * 30, max_chars=60)
    >>> [len(c.text) for c in cs], {c.heading_path for c in cs}
    ([60, 60, 35], {'一、目标'})
    >>> chunk_sections("")
    []
    """
    text = check_text(text, "chunk_sections")
    if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1:
        raise ValueError(f"max_chars must be a positive int, got {max_chars!r}")
    if isinstance(overlap, bool) or not isinstance(overlap, int) or overlap < 0:
        raise ValueError(f"overlap must be an int >= 0, got {overlap!r}")
    if min_chars is None:
        min_chars = max_chars // 4
    if outline is None:
        outline = split_outline(text)
    elif outline.to_text() != text:
        raise ValueError("outline is not split_outline(text)")
    units = list(_units(text, outline))
    if back_matter is not None:
        units = [v for u in units for v in _cut(u, back_matter)]
    by_path = {u.path: u.sec for u in reversed(units)}  # the first section of a path
    pieces = [p for u in units if u.end > u.start for p in _split(text, u, max_chars)]
    groups = _group(text, pieces, min_chars, max_chars)
    return [_chunk(text, g, overlap, by_path, (doc_title, doc_number)) for g in groups]


def _group(text: str, pieces: list[_Unit], min_chars: int, max_chars: int) -> list[list[_Unit]]:
    """The pieces gathered into chunks: a whole section too short to stand alone joins what
    follows, a tiny last subsection the chunk before it, a short end the chunk before it."""
    groups: list[list[_Unit]] = []
    for p in pieces:
        g = groups[-1] if groups else None
        size = (g[-1].end - g[0].start) if g else 0
        # a whole section too short to stand alone joins what follows (the last piece of a
        # split section does not: it would cross into the next section)
        # (and only within one top-level section: a preamble or a last subsection does not
        # join the next part of the document)
        short = g is not None and (
            (size < min_chars and all(u.whole for u in g) and _related(g[0].path, p.path))
            or not text[g[0].start : g[-1].end].strip()
        )
        if g is not None and short and size + p.end - p.start <= max_chars:
            g.append(p)
        else:
            groups.append([p])
    groups = _join_tails(text, groups, min_chars // 4, max_chars)
    if len(groups) > 1 and groups[-1][-1].end - groups[-1][0].start < min_chars:
        last = groups[-1]
        fits = (last[-1].end - groups[-2][0].start <= max_chars and _related(groups[-2][0].path, last[0].path)
                and all(u.whole for u in groups[-2]))
        if fits or not text[last[0].start :].strip():  # (back matter stays out of a section)
            groups[-2].extend(groups.pop())
    return groups


def _join_tails(text: str, groups: list[list[_Unit]], tail: int, max_chars: int) -> list[list[_Unit]]:
    """A last subsection too short to be worth a chunk of its own (under *tail* characters, such
    as an article's last item ``（六）法律规定的其他情形。``), which could not join what follows
    (the next part of the document, or a section too long to take it), joins the chunk before
    it when that chunk sits under the same parent heading and both fit in *max_chars*: the
    joined chunk never crosses the parent's boundary."""
    out = groups[:1]
    for g in groups[1:]:
        prev, parent = out[-1], g[0].path[:-1]
        n = len(parent)
        if (n and g[-1].end - g[0].start < tail and g[-1].sec is not None and not g[-1].sec.children
                and g[-1].end - prev[0].start <= max_chars and text[g[0].start : g[-1].end].strip()
                and all(u.whole and u.path[:n] == parent for u in (*prev, *g))):
            prev.extend(g)
        else:
            out.append(g)
    return out


def _chunk(text: str, g: list[_Unit], overlap: int, by_path: dict[tuple[str, ...], Section | None],
           doc: tuple[str | None, str | None]) -> Chunk:
    i = _common([u.path for u in g])
    if i < 0:  # siblings joined: the path they share
        path = g[0].path
        for u in g[1:]:
            k = 0
            while k < min(len(path), len(u.path)) and path[k] == u.path[k]:
                k += 1
            path = path[:k]
        sec = by_path.get(path)
    else:
        path, sec = g[i].path, g[i].sec
    start, end = g[0].start, g[-1].end
    text_start = start
    if overlap and not g[0].whole and g[0].sec is not None:
        lo = max(g[0].sec.start, start - overlap)
        head = [m.end() for m in _sentence_re().finditer(text, lo, start) if m.end() > m.start()]
        # start at a sentence start within the overlap window
        starts = [lo] if lo == g[0].sec.start else []
        starts += [e for e in head if e < start]
        text_start = starts[0] if starts else start
    if sec is None or len(path) == 0:
        level, marker, num, fam = 0, None, None, None
    else:
        level, marker, num, fam = sec.level, sec.marker, sec.number, sec.family
    return Chunk(text[text_start:end], start, end, text_start, path, level, marker, num, fam, *doc)
