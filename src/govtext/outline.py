"""Outline of official documents and laws: numbered headings as a tree.

:func:`split_outline` finds the numbered headings of a Chinese official document or law and
returns an :class:`Outline`: the text before the first heading (``preamble``) and a tree of
:class:`Section` objects. Joining every part in order gives back the input exactly
(``split_outline(t).to_text() == t`` for every string ``t``).

Marker families (GB/T 9704-2012 §7.3.3 for documents, the usual 编/章/节/条 for laws):

| family | forms | degraded forms recovered |
| --- | --- | --- |
| `bian` `fenbian` `zhang` `jie` `tiao` | 第一编, 第一分编, 第一章, 第一节, 第一条 (第一条之一) | - |
| `pian` | 第一篇 (a 规划纲要's parts, above its 章; line start only, a blank or the line's end after it, the rest of the line a short title) | - |
| `cn` | 一、 一． 一. | - |
| `bufen` | 第一部分 (line start only; a blank, a colon or the line's end after it, the rest of the line a short title) | - |
| `di` | 第一， 第一、 (line start only) | - |
| `cn_paren` | （一） (一), full-width or ASCII brackets | 一实施 (brackets lost) |
| `arabic` | 1. 1、 1． ⒈ | 1强化 (punctuation lost) |
| `ar_paren` | （1） (1) ⑴ | - |
| `circled` | ① … ⑳ | - |
| `dec1`…`dec4` | 1　总则, 1.1, 1.2.1 (line start only; 1 needs a 1.x below, or to be one of a run 1, 2, 3 … one of which has one: a standard's undivided clauses) | in text run together on one line: after a blank, inside its parent (1.2.1 under 1.2) |
| `annex` | 附件 / 附件1 / 附件二 / 附录 / 附录A (a standard's, its nature ``（资料性）`` alone under it passed over for its name; the head of a document printed whole under it, ``某某市教育局文件`` + ``某教发〔2026〕9号``, passed over for its title) / 附表 / 名词解释 alone on a line (or with a short title; 附件1：甲表 with a colon too), 附： alone (when no top-level heading of the body follows it), 注释 alone (a report's notes); a title under a marker alone may wrap onto a second line (ending like a kind of document, or with the appendix's body under it) | - |

Levels come from the order in which the families first appear in the document (so a document
that goes 一、 → 1. without （一） nests 1. right under 一、); the law families keep their own
order 篇 > 编 > 分编 > 章 > 节 > 条 among themselves even when 节 first appears after some 条, and the
decimal depths theirs. A family of GB/T 9704's order (一、 > （一） > 1. > （1） > ①) met after one
the standard puts below it that is not open ranks above that one (1. under 一、, closed by 二、,
then （一）: a 1. under that （一） nests in it); two such families that never stand one under
the other share a level (1. under 一、 and （一） under 二、: both 2). ``level`` is 1 for the
outermost family actually used; an appendix
(``annex``) has level 0: it closes every open list and the lists under it number afresh, levels
included (the outermost family used under an appendix is level 1 there).

A marker opens a section only if

* it stands at a heading position: the start of a line (after indentation or Markdown ``#``),
  or, inside run-together text, after whitespace or a sentence end (。！？); law markers in the
  middle of a line must also be followed by whitespace, so references like 依照本法第十条 are
  never headings;
* it continues the sequence of its family: ``n + 1`` after ``n`` while that family is open,
  or ``1`` when the family is not open (at the start, or after a higher level moved on), or at a
  line start (anywhere in run-together text, which has no line starts) the number after the
  last one of its family a higher heading closed (（四） under 三、 after （一）…（三） under
  二、). A ``1`` inside a 条 whose list is open starts a second list of that article, and a
  第一， after 第一，第二，… starts a new run. At a line start, ``21.``
  before a digit (``21.5+2就业之家``) may continue an open list 1. … 20. (it never opens one); the
  first decimal under the next parent (6.1 after 5.12) continues its level when the parent's own
  heading is missing (a standard's ``## 附则`` that lost its number). Law
  markers at a line start may also start above one (amendments, the books of the Civil Code)
  and skip up to two numbers (repealed articles); 第十条之一 follows 第十条;
* it is not a distractor: 一是/二是, 一方面, 第一实验学校, 1月11日, 3年来, 三、四月份, 1.5 …

Crawled text is handled as follows (what is recovered and what is not):

* headings run together on one long line are found mid-line after whitespace or a sentence
  end; their title then ends at the next whitespace;
* lost brackets or punctuation (``一实施`` for ``（一）实施``, ``1强化`` for ``1．强化``) are
  accepted only at a line start or after whitespace that follows a sentence end or the title
  of the heading before; only before a Han character that does not make a word (一是, 一年,
  3年, 5所 are not markers); only when they continue a list of bare markers (a bare 三 never
  continues （一）（二）); and only if the list has at least two items with text under them
  (a ranked list of one-line links "1开发区… 2新城…" is not an outline);
* document-site page chunks (lines starting ``1、 2、 3、`` that continue the sentence of the
  previous line) are recognised as a series and are never headings; a heading marker cut by a
  page chunk (``1`` + new line + ``12、`` + ``.强化``) is joined and its ``marker`` holds the
  whole literal span;
* a table of contents (a 目录 line, then short lines listing headings that appear again
  below; in run-together text 目录 and the headings up to the first one printed again) stays in
  the text before the real headings and is not parsed;
* a list that restarts inside an open list of the same family (an appendix 一、二、三、四、
  after the top level 一、二、三、) is text, and its numbers are followed so that its 四、 is
  not taken for the open list's next heading; after a signature block (an organ's name over a
  date line), a restart of the outermost family begins the lists of the document printed there
  (a 转发 notice's own 一、二、三、, then the forwarded 意见's 一、（一）…); a note on a law's articles printed
  after them under its own title (``关于《…办法（征求意见稿）》的起草说明``, ``《…》解读``) begins a text of
  its own too: its lists are no article's, their levels counted afresh (its 一、 level 1);
* Markdown emphasis around a heading (``**一、总体要求**``) is no part of its title;
* an article whose line is a short phrase over its indented text (``第一条　合作目标``, an agreement's)
  is titled by the phrase (a law's article is a sentence: no title);
* a numbered question (``1．问：…？``, a policy Q&A) is titled by the whole question, not ``问``;
  a blank between a code's letters and its number (``DB59/T 0251``) does not end a title;
* an inline list (two or more （1） 1. ① items after sentence ends on one line that has no
  marker of another family, in a text whose headings start lines; or a line that starts with its 1
  and holds the rest of its list, which goes on at no later line's start) is text; a lone ① on a line
  that is a long sentence is a footnote, not a heading;
* the new wording an amendment gives (…修改为：“…, …改为：, …作为第一百二十三条至第一百二十七条。内容如下：
  + the articles printed without quotation marks) belongs to the amended text: its markers are
  no headings, up to the line where the quotation closes or the amendment's next heading (七、
  after 六、); an article's own list after 改为： is taken for such wording too;
* a list of 一、 whose markers stand alone on their lines (一、 + new line) inside a list of
  一、 with titles (or the other way round) is a nested list, one level below the deepest open
  heading;
* not recovered: a heading whose marker was lost entirely, a heading merged into the previous
  line without a space, two nested lists of the same family in the same layout, titles that contain spaces
  in run-together text (cut at the first space).

``title`` is the heading text: for 编/章/节 the rest of the line; for 条 only a bracketed
title (【…】) if there is one, else ``""``; for the other families the text after the marker up
to the first 。！？；： or line end, or the first whitespace after the title has begun (a ： inside
brackets closed on the line, ``（电话：…）``, is the title's, as is a clock time's ``9：10``). The
terminator is not part of the title; it starts ``body``. A title never starts or ends with
whitespace: the blanks between marker and title are the section's ``gap``, those after it start
the body. A marker alone on its line (``第一、`` + new line + text) takes its title from the next
line, read as if it stood on the marker's line (a title line whole; a paragraph's lead up to
its first 。！？；：, as ``第一、这次改革…。`` on one line gives), so the layout does not change it; a title
cut at a line end inside a title mark (``关于《`` + new line + name + new line + ``》的说明``, a
crawl's links on lines of their own) goes on to the mark's close. A marker (not a law's) at a line start is no heading when the line before ends with an
opening quote or title mark (the line break is inside a sentence).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import regex

from . import _re as re
from ._codepoints import class_table, codepoints
from ._util import check_text, lazy

__all__ = ["Outline", "Section", "split_outline"]


@dataclass
class Section:
    """A numbered section: ``marker`` + ``title`` + ``body``, then its ``children``.

    ``start``/``end`` are offsets into the input; ``text[start:end] == section.to_text()``,
    which is ``marker + gap + title + body`` and the children's text.
    """

    #: Depth in the outline: 1 for a top heading, 2 below it ...; 0 for an appendix.
    level: int
    #: The numbering as written (``一、``, ``（二）``, ``第三条``, ``1.``).
    marker: str
    #: The number the marker stands for (``（二）`` -> 2).
    number: int
    #: The heading's text after the marker (on its line, or the next line for a marker alone
    #: on its line); it never starts or ends with whitespace (``""``: no title).
    title: str
    #: The text after the heading line, up to the first child or the next section.
    body: str
    #: Offset of the section (its marker) in the input.
    start: int
    #: End offset of the section, children included (exclusive).
    end: int
    #: The sections one level below, in order.
    children: list[Section] = field(default_factory=list)
    #: Marker family: ``pian`` (第一篇), ``bian``, ``zhang``, ``jie``, ``tiao``, ``bufen`` (第一部分), ``cn``,
    #: ``cn_paren``, ``arabic``, ``ar_paren`` or ``circled`` (see the module docstring).
    family: str = ""
    #: The ``之N`` of an inserted article (第十条之一 -> 1), or an attachment's own numbered under its number (附件1-2 -> 2,
    #: its ``number`` 1), else 0.
    sub: int = 0
    #: The blanks or line break between the marker and the title (``一、 总则``: ``" "``;
    #: ``**一、**总则``, the marker bold on its own: ``"**"``; the title bold: ``一、**总则**``:
    #: ``"**"``, ``**一、** **总则**``: ``"** **"``, the closing mark the body's start;
    #: ``第一、`` + new line + title: ``"\\n"``); ``""`` when the title follows the marker
    #: directly or there is no title.
    gap: str = ""

    @property
    def text(self) -> str:
        """The section's whole text, children included (same as :meth:`to_text`)."""
        return self.to_text()

    def to_text(self) -> str:
        """Join marker, title, body and children back into the original text.

        >>> s = split_outline("一、总则\\n内容\\n").sections[0]
        >>> s.to_text()
        '一、总则\\n内容\\n'
        """
        return self.marker + self.gap + self.title + self.body + "".join(c.to_text() for c in self.children)

    def walk(self) -> Iterator[Section]:
        """This section, then its descendants, depth first."""
        stack = [self]
        while stack:
            s = stack.pop()
            yield s
            stack.extend(reversed(s.children))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable tree (title stripped, no body).

        >>> split_outline("一、总则\\n（一）目的\\n").sections[0].to_dict()["children"][0]["marker"]
        '（一）'
        """
        return {
            "level": self.level,
            "marker": self.marker,
            "number": self.number,
            "title": self.title.strip(),
            "family": self.family,
            "start": self.start,
            "end": self.end,
            "children": [c.to_dict() for c in self.children],
        }


@dataclass
class Outline:
    """The preamble before the first heading, then the top-level sections."""

    #: The text before the first heading.
    preamble: str
    #: The top-level sections, in order.
    sections: list[Section]

    def walk(self) -> Iterator[Section]:
        """Every section, depth first, in text order.

        >>> [s.marker for s in split_outline("一、甲\\n（一）乙\\n二、丙\\n").walk()]
        ['一、', '（一）', '二、']
        """
        stack = self.sections[::-1]  # (one stack for the whole tree: no generator per section)
        while stack:
            s = stack.pop()
            yield s
            if s.children:
                stack.extend(reversed(s.children))

    def to_text(self) -> str:
        """The input text, exactly.

        >>> t = "前言\\n一、总则\\n二、附则\\n"
        >>> split_outline(t).to_text() == t
        True
        """
        return self.preamble + "".join(s.to_text() for s in self.sections)

    def find(self, query: str) -> Section | None:
        """The first section (depth first) whose marker or stripped title equals *query*.

        >>> split_outline("一、总则\\n二、附则\\n").find("附则").marker
        '二、'
        >>> split_outline("一、总则\\n").find("第一条") is None
        True
        """
        for s in self.walk():
            if s.marker == query or s.title.strip() == query:
                return s
        return None

    def chunks(
        self,
        max_chars: int = 800,
        overlap: int = 0,
        min_chars: int | None = None,
        doc_title: str | None = None,
        doc_number: str | None = None,
    ) -> list[Any]:
        """The document cut into :class:`~govtext.chunks.Chunk` objects for retrieval, each with
        its heading path (:func:`govtext.chunks.chunk_sections`).

        >>> [c.heading_path for c in split_outline("一、总则\\n（一）目的\\n为了。\\n").chunks(min_chars=0)]
        ['一、总则', '一、总则 > （一）目的']
        """
        from .chunks import chunk_sections

        return chunk_sections(self.to_text(), max_chars=max_chars, overlap=overlap, min_chars=min_chars,
                              outline=self, doc_title=doc_title, doc_number=doc_number)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable tree.

        >>> split_outline("前言\\n一、总则\\n").to_dict()["sections"][0]["title"]
        '总则'
        """
        return {"preamble": self.preamble, "sections": [s.to_dict() for s in self.sections]}


# --------------------------------------------------------------------------- tables

_CN_NUM = "一二三四五六七八九十"
# A well-formed Chinese numeral 1-99 (十四五 is not one).
_CN_RE = "(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_LAW_NUM = "零〇一二三四五六七八九十百千两"
_LAW_FAMILIES = ("pian", "bian", "fenbian", "zhang", "jie", "tiao")
_LAW_SET = frozenset(_LAW_FAMILIES)
_LAW_KIND = {"篇": "pian", "编": "bian", "分编": "fenbian", "章": "zhang", "节": "jie", "条": "tiao"}
# Families of the deeper levels whose runs inside one paragraph are inline lists.
_INLINE_FAMILIES = frozenset({"arabic", "ar_paren", "circled"})
_INLINE_KINDS = frozenset((f,) for f in _INLINE_FAMILIES)  # (as a candidate's families)
# An appendix heading outranks every family of the body.
_ANNEX_RANK = -1.0
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
#: The code point before ⑴ (U+2474): ⑴…⒇ are （1）…（20）, the next twenty, ⒈…⒛, are 1. … 20.
_PAREN_DIGIT_ZERO = 0x2473

# After a bare (punctuation-lost) Chinese numeral these make a word, not a heading:
# 一是, 一些, 一年, 三农, 四川, 一方面 ... (counters, time words, common compounds).
_CN_BARE_STOP = "[是些直般定起切样同致度次个项批步道手心律再旦经贯味举等级类期年月日天周时分秒人名位家所条件张份本种只台辆场届轮代层成倍百千万亿元角号米公亩里则来点带体线流向并齐连如若边侧头口下上中半大小多遍番声套对双组环网片席部季审读产农险金废通好要川曰说]|方面|系列"
# After a bare Arabic number these are units, counters or dates, not a heading.
_AR_BARE_STOP = "[年月日号时分秒个人名位家所条件张份本种只台辆次届轮层倍百千万亿元角米斤公亩里天周岁项批座栋间户套吨度期类级点成部支股门篇句字页章节款编季方平立克升毫厘寸尺小多余来型路楼室幢排列班组队床道例课场块颗首集卷册艘架棵株头匹口处星]"
_HAN = r"\u3400-\u9fff"
# A heading position: string start, after whitespace, or after a sentence end.
# (The whitespace is spelled out, exactly what str.isspace() accepts: an explicit class
# scans about twice as fast as \s.)
_SPACE = " \t\n\r\f\v\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_BOUND = _SPACE + "。！？!?*#>\ufeff"
_FIRST = f"第（(①-⑳⑴-⒛{_CN_NUM}0-9０-９附名注"


@lazy
def _gate_re() -> re.Pattern[str]:
    """Where a marker may start: a heading-position character followed by a marker's first
    character (stdlib ``re`` scans for the leading character class fast)."""
    return re.compile(f"[{_BOUND}](?=[{_FIRST}])")


#: From this length on, :func:`_gate_positions` looks the code points up in tables (NumPy, one
#: pass in C) instead of scanning with :func:`_gate_re` (~70 instructions a character in ``re``).
_GATE_TABLE_MIN = 2048


def _gate_positions(text: str) -> Iterable[int]:
    """Where a marker may start: 0, then each position after a heading-position character that
    a marker's first character follows (:func:`_gate_re`'s match ends).

    >>> list(_gate_positions("前言 一、总则。1. 细则"))
    [0, 3, 8]
    """
    if len(text) >= _GATE_TABLE_MIN:
        import numpy as np

        k = _gate_table().take(codepoints(text), mode="clip")  # one look-up a code point for both classes
        hit = k[:-1] & 1
        hit &= k[1:] >> 1  # (0 or 1: read as bools, which NumPy scans for non-zero faster)
        return [0, *(np.flatnonzero(hit.view(bool)) + 1).tolist()]
    return itertools.chain((0,), (g.end() for g in _gate_re().finditer(text)))


@functools.cache
def _gate_table() -> Any:
    """A byte per code point: bit 1 a heading-position character (``_BOUND``), bit 2 a marker's
    first character (``_FIRST``); 0 past the last member (look-ups clip to it)."""
    import numpy as np

    bound, first = class_table(_BOUND), class_table(_FIRST)
    table = np.zeros(max(len(bound), len(first)), dtype=np.uint8)
    table[: len(bound)] |= bound
    table[: len(first)] |= first.astype(np.uint8) << 1
    return table


#: An attachment's own attachment numbered under its number (附件1-1: the second number after a hyphen).
_ANNEX_SUB = r"(?:(?<=\d)[-－](?P<annexsub>\d{1,2}))?"

#: A standard's appendix letter after 附录, up to two blanks between (附录A, 附录 B); after 附件 or 附表 a
#: letter is no number.
_APPENDIX_LETTER = r"(?:(?<=录)|(?<=录[ \t\u3000])|(?<=录[ \t\u3000]{2}))[A-Z]"


# What ``regex`` calls whitespace (``re``'s \s also takes \x1c-\x1f): the candidates pattern
# moved from ``regex`` to ``re`` (2.4x faster a match) keeps its meaning.
_WS = "\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"


@lazy
def _candidates_re() -> re.Pattern[str]:
    """One marker of any family, matched at a position the gate found (``re``: its ``\\d`` are
    the digits ``int()`` reads; ``regex`` also takes digits of newer Unicode versions)."""
    return re.compile(
        r"(?:"
        + rf"(?P<law>第(?P<lawn>[{_LAW_NUM}]{{1,8}}|\d{{1,4}})(?P<lawk>分编|[篇编章节条])(?:之(?P<lawsub>[{_CN_NUM}]{{1,3}}))?"
        # glued to a word that makes it a reference in a sentence (第一条所称…, 第一章规定的…,
        # 第一条至第三条…, 第十条之规定) or a class period (第一节课): no heading
        + r"(?!规定|所[称列述指说规]|的|之规定|至第|(?<=节)课))"
        + rf"|(?P<di>第(?P<din>{_CN_RE})[，、,](?=[{_HAN}“「《]|[ \t\u3000]*\r?\n))"
        # 第一部分 (an 意见 or 规划 in parts): a blank, a colon (the marker's) or the line's end after it
        + rf"|(?P<part>第(?P<partn>{_CN_RE}|\d{{1,2}})部分(?:[ \t\u3000]*[：:]|(?=[ \t\u3000*]|\r?\n|\Z)))"
        # (a standard's appendices are lettered: 附录A, 附录B)
        + r"|(?P<annex>(?:附[ \t\u3000]*[件录表][ \t\u3000]*(?P<annexn>\d{1,2}|[一二三四五六七八九十]{1,3}|" + _APPENDIX_LETTER + ")?"
        # (an attachment's own attachment numbered under it: 附件1-1, 附件2－3)
        + _ANNEX_SUB
        # 附件1：甲表: a numbered marker's colon is the marker's, its title after it
        + r"(?:(?<=[\d一二三四五六七八九十])[ \t\u3000]*[：:])?|名词解释"
        # a report's notes, 注释 alone on its line (its colon too)
        + r"|注[ \t\u3000]?释(?:[ \t\u3000]*[：:])?(?=[ \t\u3000]*(?:\r?\n|\Z))"
        + r"|附[ \t\u3000]*[：:](?=[ \t\u3000]*(?:\r?\n|\Z)))"
        + rf"(?=[ \t\u3000]*(?:\r?\n|\Z)|[ \t\u3000]+[^{_WS}：:]|(?<=[\d一二三四五六七八九十][：:])[ \t\u3000]*[^{_WS}：:]))"
        # (a blank inside a marker, 一 、 （ 二） 1 ., is a scanned page's OCR: kept at a line start only)
        + rf"|(?P<cnp>[（(](?:[ \t]*\r?\n[ \t\u3000]*| )?(?P<cnpn>{_CN_RE}) ?[)）])"
        + r"|(?P<arp>[（(] ?(?P<arpn>\d{1,2}) ?[)）])"
        # (a word processor's enclosed digits: ⑴…⒇ for （1）…（20）, ⒈…⒛ for 1. … 20.)
        + r"|(?P<enc>[⑴-⒛])"
        + rf"|(?P<circ>[{_CIRCLED}])"
        + rf"|(?P<cn>(?P<cnn>{_CN_RE})(?:(?P<cnpu> ?[、．.])(?![{_CN_NUM}](?:[、，,和及或至到～~—-]|[月日号等级类季]|年级))"
        + rf"|(?=[{_HAN}])(?![{_CN_NUM}〇零两]|{_CN_BARE_STOP})(?=[{_HAN}]{{3}})))"
        + r"|(?P<ar>(?P<arn>\d{1,3})(?:(?P<arpu> ?[、．.])(?![\d０-９])"
        + rf"|(?<!\d\d\d)(?=[{_HAN}])(?!{_AR_BARE_STOP})(?=[{_HAN}]{{3}})))"
        + rf"|(?P<dec>\d{{1,2}}(?:[.．]\d{{1,2}}){{0,3}})(?=[ \t\u3000]*[{_HAN}“（(])"
        + r"|(?P<arw>(?P<arwn>\d{1,3})[.．](?=\d))"
        + r")"
    )


@lazy
def _toc_re() -> re.Pattern[str]:
    # 目录 alone on its line (checked around each hit: a literal first character scans fast)
    return re.compile("目[ \t\u3000]*录(?=[ \t\u3000\r]*(?:\n|\\Z))")


def _toc_lines(text: str) -> Iterator[re.Match[str]]:
    for m in _toc_re().finditer(text):
        lo = max(0, m.start() - 8)
        nl = text.rfind("\n", lo, m.start())
        if (nl >= 0 or lo == 0) and all(c in _INDENT for c in text[nl + 1 : m.start()]):
            yield m


@lazy
def _title_re() -> re.Pattern[str]:
    # Leading blanks, then the heading text up to a sentence end, line end or blank.
    # (a space inside a number spaced out by a crawl, 1 9 9 8 年, does not end it; nor one between a
    # code's letters and its number, a standard's DB59/T 0251, GB/T 1.1, ISO 9001). A run of
    # title characters is one greedy repeat, not one group iteration per character; nothing
    # follows the repeats, so they never backtrack (greedy ends = possessive ends, linear).
    # ``re``, not ``regex``: about a third of the instructions a match (``re``'s ``\d`` are the
    # digits of Python's Unicode version; ``regex`` may know digits of a newer one).
    # (nor does a clock time's colon, 9：00, nor the blanks after a time, an agenda's item led by its
    # hours: 一、9:00—9:10　宣布会议开始; nor a colon, a ； or a blank inside brackets closed before a sentence
    # end, a parenthesis of the title: 四、…报告县防指办公室（电话：0575-…）。, 六、加强领导（牵头：某局；配合：某局）;
    # nor a colon inside a book's title,
    # quotes or lenticular brackets closed so: 一、认真学习《某某建设：整体布局规划》。 Each bracket is tried
    # once, its inside never holding another: linear)
    return re.compile(r"[ \t\u3000]*(?:[^。！？!?；;：\r\n \t\u3000（(《“【]+|[（(][^。！？!?\r\n（）()]*[）)]"
                      r"|《[^。！？!?；;\r\n \t\u3000《》]*》|“[^。！？!?；;\r\n \t\u3000“”]*”|【[^。！？!?；;\r\n \t\u3000【】]*】|[（(《“【]"
                      r"|(?<=\d) (?=[\d年月日%％])|(?<=[A-Za-z]) (?=\d)"
                      r"|(?<=\d)：(?=\d\d(?!\d))|(?<=\d[:：]\d\d)[ \t\u3000]+(?=[^\s。！？!?；;：]))*")


@lazy
def _line_re() -> re.Pattern[str]:
    return re.compile(r"[^\r\n]*")


#: The most characters of a phrase that titles an article alone on its line (``第一条　合作目标``).
_ARTICLE_PHRASE_MAX = 10


@lazy
def _article_phrase_re() -> re.Pattern[str]:
    # after a blank, a phrase of Han characters only, then the line's end and the article's text
    # indented on the next lines: an agreement's or a charter's article title (a law's article is a
    # sentence; a PDF's line cut inside one goes on unindented: 第一条　为了规范管理 + 制定本办法。)
    return re.compile(rf"[ \t\u3000]+[{_HAN}]{{2,{_ARTICLE_PHRASE_MAX}}}(?=[ \t\u3000]*\r?\n[ \t\u3000])")


@lazy
def _list_next_re() -> re.Pattern[str]:
    # the next line starts a list's item: （一）, (1), 1., 1、, 一、
    return re.compile(r"[ \t\u3000]*\r?\n[ \t\u3000]*(?:[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、)")


def _plain_phrase_titles(text: str, accepted: list[tuple[_Cand, str, int]], starts: list[int]) -> bool:
    """Does an article carry a phrase alone on its line over indented text that is no list (``第一条　合作目标``
    + ``　　双方共建平台。``)? Then the text titles its articles so, and a phrase over a list is a title too
    (``第二条　合作内容`` + ``　　（一）…``); else such a phrase is the sentence leading the list
    (``第一条　禁止下列行为`` + ``　　（一）…``)."""
    phrase, listed = _article_phrase_re(), _list_next_re()
    for i, (c, fam, _) in enumerate(accepted):
        if fam == "tiao":
            tm = phrase.match(text, c.end, starts[i + 1])
            if tm is not None and listed.match(text, tm.end()) is None:
                return True
    return False


@lazy
def _law_title_re() -> re.Pattern[str]:
    return re.compile(r"[ \t\u3000]*【[^】\r\n]{1,40}】")


_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
           "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}


@functools.lru_cache(maxsize=4096)
def _cn_int(s: str) -> int:
    """Value of a Chinese numeral of up to four digits (一百三十三 -> 133, 十二 -> 12)."""
    digits, units = _DIGITS, _UNITS
    total = 0
    cur = -1
    plain = all(c in digits for c in s)
    if plain:  # 一〇一 style
        v = 0
        for c in s:
            v = v * 10 + digits[c]
        return v
    for c in s:
        if c in digits:
            cur = digits[c]
        else:
            total += (cur if cur >= 0 else 1) * units[c]
            cur = -1
    if cur > 0:
        total += cur
    return total


# --------------------------------------------------------------------------- candidates

_LINE_START, _AFTER_SPACE, _AFTER_STOP = 0, 1, 2
# After a law marker these make it a point of an enumeration, not an article or chapter.
_ENUM_PUNCT = frozenset("，、,；;")
_INDENT = frozenset(" \t\u3000#*>-\r\ufeff")


@dataclass(slots=True)
class _Cand:
    """A marker found in the text."""

    start: int
    end: int
    ctx: int
    families: tuple[str, ...]
    n: int
    sub: int
    bare: bool
    follow_ws: bool
    #: ``21.5+2就业之家``: a number that may be an item ``21.`` before a digit; it can only
    #: continue an open list at a line start, never open one
    weak: bool = False
    #: a decimal number's parent (6 for 6.1, 1 for 5.1.1); -1 for the other families
    parent: int = -1


def _context(text: str, start: int) -> int:
    """Line start (after indentation / Markdown marks), after whitespace, or after 。！？."""
    if not start or text[start - 1] == "\n":
        return _LINE_START
    lo = max(0, start - 12)
    nl = text.rfind("\n", lo, start)
    if nl >= 0 or lo == 0:
        prefix = text[nl + 1 : start]
        if all(c in _INDENT for c in prefix):
            return _LINE_START
    if start and text[start - 1].isspace():
        return _AFTER_SPACE
    return _AFTER_STOP


_LAW_FAMILY = {k: (f,) for k, f in _LAW_KIND.items()}


_OPENERS = frozenset("“‘《〈「『")
# What stands two characters before a line-start marker when the line before may end with an
# opener: the opener, or the blanks of an indented line or a line ending (\r, blanks; after an
# empty line the line before holds no sentence)
_QUOTE_NEAR = _OPENERS | frozenset(" \t\u3000\r#*>-\ufeff")


def _inside_quote(text: str, start: int) -> bool:
    """The line before the line starting at *start* ends with an opening quote or title mark:
    the line break is inside a sentence (a crawl broke the line at a link), not before a
    heading."""
    nl = text.rfind("\n", 0, start)
    if nl <= 0:
        return False
    prev = text[max(0, nl - 2) : nl].rstrip("\r \t\u3000")
    return prev[-1:] in _OPENERS


def _find_candidates(text: str) -> list[_Cand]:
    out: list[_Cand] = []
    matcher = _candidates_re()
    decimal = False  # a decimal heading was found (only then are they confirmed)
    one_line = "\n" not in text  # (every line run together: decimal headings inside the line)
    cells = [-1, -1, -1] if "|" in text or "\t" in text else None  # (a table's rows: lines of cells)
    for start in _gate_positions(text):
        m = matcher.match(text, start)
        if m is None:
            continue
        end = m.end()
        if cells is not None and _table_row(text, end, cells):
            continue
        ctx = _LINE_START if not start or text[start - 1] == "\n" else _context(text, start)
        nxt = text[end : end + 1]
        follow_ws = nxt == "" or nxt.isspace()
        kind = m.lastgroup  # the outermost named group of the alternative that matched
        if kind != "law" and ctx == _LINE_START and start > 1 and text[start - 2] in _QUOTE_NEAR and (
                _inside_quote(text, start)):
            continue  # (a sentence broken after its opening quote: “⏎一、两年之内…)
        if kind == "law":  # (the two most frequent kinds first, here)
            if (ctx != _LINE_START and not follow_ws) or nxt in _ENUM_PUNCT:
                continue  # (第一条，…；第二条，… counts points: no article)
            kind, num, sub_s = m.group("lawk", "lawn", "lawsub")
            if kind == "篇" and not (follow_ws and ctx == _LINE_START and _part_line_ok(text, end)):
                continue  # (第一篇文章, 第一篇 论文甲，作者某某。 count texts: a plan's part heads its line, a short title after a blank)
            fam = _LAW_FAMILY[kind]
            sub = _cn_int(sub_s) if sub_s else 0
            if sub and fam != ("tiao",):
                continue
            n = int(num) if num.isdigit() else _cn_int(num)
            out.append(_Cand(start, end, ctx, fam, n, sub, False, follow_ws))
        elif kind == "cnp":
            if ctx != _LINE_START and " " in m.group() and "\n" not in m.group():
                continue  # (a blank inside the marker: OCR's, at a line start only)
            out.append(_Cand(start, end, ctx, ("cn_paren",), _cn_int(m.group("cnpn")), 0, False, follow_ws))
        else:
            c = _other_marker(text, m, kind, ctx, follow_ws, one_line and ctx != _LINE_START)
            if c is not None:
                out.append(c)
                decimal = decimal or kind == "dec"
    if decimal and one_line:
        out = _decimal_paths(text, out)
    return _decimal_confirmed(text, out) if decimal else out


def _table_row(text: str, end: int, line: list[int]) -> bool:
    """The line goes on after the marker ending at *end* with cells (``一、人员经费 | 120 | 35``,
    or split by tabs): a table's row, not a heading. (Blanks or a tab right after the marker
    are the layout of a title.) *line* caches, for the line of the last call, its end, its last
    ``|`` and its last tab before non-blank text, so that many markers on one long line cost one
    scan of it."""
    if end > line[0]:
        stop = text.find("\n", end)
        stop = len(text) if stop < 0 else stop
        last = end + len(text[end:stop].rstrip())  # (after the last non-blank character)
        line[:] = [stop, text.rfind("|", end, stop), text.rfind("\t", end, last - 1)]
    if line[1] >= end:
        return True
    if line[2] < end:
        return False
    first = _blanks_re().match(text, end).end()  # (the title's first character)
    return first < line[2]


@lazy
def _blanks_re() -> re.Pattern[str]:
    return re.compile("[ \t\u3000\r]*")


def _decimal_paths(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Run-together text: keep a decimal marker below the top depth (1.2, 1.2.1) only right
    inside the one it numbers and next in its count (1.1 first under 1, then 1.2; 1.2.1 first
    under 1.2), as a decimal outline reads; a decimal number that is no
    heading (增长 1.3 倍, 1 家 … 1.5 万人) rarely fits that path."""
    last: list[str] = ["", "", "", "", ""]  # the last decimal kept at each depth
    out = []
    for c in cands:
        if c.families[0] in _DEC_FAMILIES:
            path = text[c.start : c.end].replace("．", ".")
            depth = path.count(".") + 1
            if depth > 1:
                parent, _, n = path.rpartition(".")
                before = f"{parent}.{int(n) - 1}" if n.isdigit() and int(n) > 1 else ""
                if last[depth - 1] != parent or last[depth] != before:
                    continue
            last[depth] = path
            last[depth + 1 :] = [""] * (4 - depth)
        out.append(c)
    return out


def _other_marker(
    text: str, m: re.Match[str], kind: str | None, ctx: int, follow_ws: bool, one_line: bool = False,
) -> _Cand | None:
    """:func:`_find_candidates` for the markers other than 第N条 and （N）. *one_line*: a decimal
    marker inside a text that is one line (every line run together), where it may stand after a
    blank or a sentence end when a blank follows it (``总则 1.1　编制目的``)."""
    start, end = m.span()
    if ctx != _LINE_START and kind in ("cn", "ar", "arp") and " " in m.group():
        return None  # (a blank inside the marker: OCR's, at a line start only)
    fields: tuple[tuple[str, ...], int, bool, bool, bool] | None = None  # families, n, bare, follow_ws, weak
    sub = 0
    if kind == "di":
        if ctx == _LINE_START:
            fields = ("di",), _cn_int(m.group("din")), False, follow_ws, False
    elif kind == "part":
        if ctx == _LINE_START and _part_line_ok(text, end):
            num = m.group("partn")
            fields = ("bufen",), int(num) if num.isdigit() else _cn_int(num), False, follow_ws, False
    elif kind == "annex":
        if ctx == _LINE_START and _annex_line_ok(text, end) and not _after_annex_line(text, start):
            num = m.group("annexn")
            n = (int(num) if num.isdigit() else ord(num) - 64 if "A" <= num <= "Z" else _cn_int(num)) if num else 0
            fields = ("annex",), n, False, follow_ws, False
            sub = int(m.group("annexsub") or 0)  # (附件1-2: the attachment's own second, its number 1)
    elif kind == "arp":
        fields = ("ar_paren",), int(m.group("arpn")), False, follow_ws, False
    elif kind == "circ":
        fields = ("circled",), _CIRCLED.index(m.group("circ")) + 1, False, follow_ws, False
    elif kind == "enc":
        n = ord(m.group("enc")) - _PAREN_DIGIT_ZERO
        fields = (("ar_paren",), n, False, follow_ws, False) if n <= 20 else (("arabic",), n - 20, False, follow_ws, False)
    elif kind == "cn":
        n = _cn_int(m.group("cnn"))
        fields = (("cn",), n, False, follow_ws, False) if m.group("cnpu") else (("cn_paren", "cn"), n, True, False, False)
    elif kind == "ar":
        n = int(m.group("arn"))
        if m.group("arpu"):
            fields = ("arabic",), n, False, follow_ws, False
        elif n < 100:
            fields = ("arabic",), n, True, False, False
    elif kind == "arw":
        if ctx == _LINE_START:
            fields = ("arabic",), int(m.group("arwn")), False, False, True
    elif kind == "dec":
        parts = re.split("[.．]", m.group("dec"))
        if len(parts) <= 4 and ((ctx == _LINE_START and (len(parts) > 1 or _heading_line(text, end)))
                                or (one_line and follow_ws)):
            parent = int(parts[-2]) if len(parts) > 1 else -1
            return _Cand(start, end, ctx, (f"dec{len(parts)}",), int(parts[-1]), 0, False, follow_ws, False, parent)
    else:  # pragma: no cover - every alternative is named
        raise AssertionError(kind)
    if fields is None:
        return None
    families, n, bare, fws, weak = fields
    return _Cand(start, end, ctx, families, n, sub, bare, fws, weak)


def _part_line_ok(text: str, end: int) -> bool:
    """A part's heading line (``第一部分　总体要求``, or ``第一部分`` alone with its title below): the
    rest of the line is empty or a short title, no sentence (``第一部分 回顾了…。``)."""
    rest = _line_re().match(text, end, end + 62).group().strip(" \t\u3000\r*")
    return len(rest) <= 40 and not any(c in rest for c in "。！？!?；;，,：:")


def _decimal_confirmed(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Keep decimal headings (1 / 1.1 / 1.2.1) only where the next depth confirms them: a
    ``1　总则`` line counts only if some ``1.x`` heading follows it, and so on; or if it is one of
    a run of such lines numbered on one by one (``1　范围``, ``2　规范性引用文件``, ``3　术语和定义``
    over ``3.1``: a standard's clauses, not all of them divided) that a confirmed one is in."""
    prefixes = set()
    for c in cands:
        if c.families[0] in ("dec2", "dec3", "dec4"):
            num = re.split("[.．]", text[c.start : c.end])
            prefixes.update(".".join(num[:k]) for k in range(1, len(num)))
    if not prefixes:
        return cands if not any(c.families[0] == "dec1" for c in cands) else [
            c for c in cands if c.families[0] != "dec1"]
    kept = _decimal_runs(text, [c for c in cands if c.families[0] == "dec1"], prefixes)
    out = []
    for c in cands:
        if c.families[0] == "dec1" and c.start not in kept:
            continue
        if (c.bare and c.families == ("arabic",) and c.ctx == _LINE_START and str(c.n) in prefixes
                and _heading_line(text, c.end)):
            # ``2组织机构和职责``: a decimal heading whose space a spacing fix took away
            c = _Cand(c.start, c.end, c.ctx, ("dec1",), c.n, 0, False, False)
        out.append(c)
    return out


def _decimal_runs(text: str, tops: list[_Cand], prefixes: set[str]) -> set[int]:
    """Starts of the top-level decimal headings (*tops*, in order) kept: those a ``x.y`` heading
    confirms (its number in *prefixes*), and the others of a run numbered on by one (each the
    number after the one before it) that holds a confirmed one."""
    kept: set[int] = set()
    run: list[_Cand] = []
    for c in [*tops, None]:
        if c is not None and (not run or c.n == run[-1].n + 1):
            run.append(c)
            continue
        if any(text[r.start : r.end] in prefixes for r in run):
            kept.update(r.start for r in run)
        run = [c] if c is not None else []
    return kept


def _heading_line(text: str, end: int) -> bool:
    """The rest of the line is a heading: 2 to 40 characters, no sentence end inside it."""
    rest = _line_re().match(text, end, end + 80).group().strip()
    return 2 <= len(rest) <= 40 and not any(c in rest[:-1] for c in "。！？；：")


@lazy
def _annex_nature_re() -> re.Pattern[str]:
    # a standard's appendix's nature in brackets alone on the line under its marker (附录A + （资料性）),
    # the line's break after it (the appendix's name comes next)
    return re.compile(r"[ \t\u3000]*\r?\n[ \t\u3000]*[（(](?:资料性|规范性|参考性|补充性)(?:附录)?[）)][ \t\u3000]*(?=\r?\n)")


#: The bounds of a document's head an appendix prints whole (:func:`_annex_head_re`): the most characters of
#: its issuer mark before ``文件`` (``某某市教育局文件``), of what stands before its number's year
#: (``某教发``), of the number's serial (``9号``), and of the signer's names after ``签发人：``.
_ANNEX_MARK_MAX = 40
_ANNEX_CODE_MAX = 20
_ANNEX_SERIAL_MAX = 5
_ANNEX_SIGNER_MAX = 20


@lazy
def _annex_head_re() -> re.Pattern[str]:
    # the head of a document an appendix prints whole (a 转发 notice's 附件 is the notice it forwards), on the
    # lines under its marker alone: its issuer mark maybe (某某市教育局文件), then its number alone on a line
    # (某教发〔2026〕9号, a year in brackets, 第 maybe), its signer maybe (签发人：某某, on the number's line or
    # under it), the line's break after it (its title comes next)
    b = r"[ \t\u3000]"
    signer = rf"签{b}*发{b}*人{b}*[：:][^\r\n]{{1,{_ANNEX_SIGNER_MAX}}}?"
    return re.compile(rf"(?:{b}*\r?\n{b}*[^\r\n。，；：:]{{2,{_ANNEX_MARK_MAX}}}?文{b}*件)?"
                      rf"{b}*\r?\n{b}*[^\s。，；：:]{{1,{_ANNEX_CODE_MAX}}}?[〔\[［（(]{b}*\d{{4}}{b}*[〕\]］）)]"
                      rf"{b}*第?{b}*\d{{1,{_ANNEX_SERIAL_MAX}}}{b}*号(?:{b}+{signer})?"
                      rf"(?:{b}*\r?\n{b}*{signer})?{b}*(?=\r?\n)")


def _annex_title_start(text: str, end: int, limit: int) -> int:
    """Where an appendix's title is looked for: after the line of its nature (``（资料性）``,
    ``（规范性）``) when that line stands under the marker alone (``附录A``), or after the head of a
    document printed whole (its issuer mark maybe, ``某某市教育局文件``, its number, ``某教发〔2026〕9号``, and
    its signer maybe, ``签发人：某某``: :func:`_annex_head_re`), else at *end*."""
    m = _annex_nature_re().match(text, end, limit) or _annex_head_re().match(text, end, limit)
    return m.end() if m is not None else end


def _annex_title_end(text: str, end: int, limit: int) -> int:
    """End of an appendix title: the rest of its line, or the next line when the marker stands
    alone (``附件2`` + new line + ``名词解释``) and that line is a short title."""
    line_end = _line_re().match(text, end, limit).end()
    if text[end:line_end].strip():
        return line_end
    nxt = _next_line_re().match(text, line_end, limit)
    title = nxt.group(1).strip()
    cand = _candidates_re().match(title) if title else None
    if title and len(title) <= 40 and not any(c in title for c in "。；;：:") and (
            cand is None or cand.lastgroup == "annex"):
        return _annex_title_wrapped(text, title, nxt.end(1), limit)
    return line_end


@lazy
def _kind_end_re() -> re.Pattern[str]:
    # what ends the title of an attached document or table: a kind (通知, 请示, 办法（试行）, 汇总表);
    # not all of document._KINDS: 规范, 安排, 建议, 法 also end a title's first line cut in a
    # phrase (关于进一步规范 + 某某工作的通知), which would then not be joined to the next
    kinds = ("通知|意见|决定|批复|复函|函|报告|请示|通报|公告|通告|纪要|办法|规定|条例|方案|规划|细则|规则|指南|预案|"
             "决议|纲要|章程|制度|计划|要点|措施|说明|清单|名单|目录|标准|表|书")
    return re.compile(rf"(?:{kinds})[）)》]?(?:[（(][^（）()\r\n]{{1,12}}[）)])?$")


@lazy
def _qualifier_re() -> re.Pattern[str]:
    """A title's qualifier printed alone in brackets on the line under it: a draft's or a trial
    version's (``（草案征求意见稿）``, ``（试行）``, ``（2026年修订）``), never a date (``（2026年1月22日）``).

    >>> [bool(_qualifier_re().fullmatch(s)) for s in ("（草案征求意见稿）", "(试行)", "（2026年1月22日）")]
    [True, True, False]
    """
    return re.compile(rf"[（(][^（）()\r\n日]{{0,{_QUALIFIER_MAX - 2}}}(?:{_QUALIFIER_ENDS})[）)]")


#: How a title's qualifier in brackets ends (a draft, a trial, a revision), and its longest text.
_QUALIFIER_ENDS = "稿|草案|试行|暂行|修订|修正"
_QUALIFIER_MAX = 12


def _annex_title_wrapped(text: str, title: str, end: int, limit: int) -> int:
    """End of an appendix title read from the line under its marker (*title*, ending at *end*):
    that line and a qualifier alone in brackets under it when it ends like a kind of document
    (``某某条例`` + ``（草案征求意见稿）``: :func:`_qualifier_re`); that line and the next when the title
    wraps (``某区人民政府关于申请设立`` + ``农业科技园区的请示``):
    the first does not end like a kind of document, the second is short, no sentence, no
    marker, and ends like one; or, a line of one phrase (no blank inside), the appendix's body
    starts under it (``第一次全国某某普查`` + ``主要任务分工`` + a blank line, a numbered point or a
    sentence: :func:`_body_under`), where a table's next cell would stand."""
    nxt = _next_line_re().match(text, end, limit)
    second = nxt.group(1).strip()
    if _kind_end_re().search(title):
        if nxt.group().count("\n") == 1 and _qualifier_re().fullmatch(second):  # 某某条例 + （草案征求意见稿）
            return nxt.start(1) + len(nxt.group(1).rstrip())
        return end
    if (0 < len(second) <= 40 and nxt.group().count("\n") == 1 and not any(c in second for c in "。；;：:，,")
            and _candidates_re().match(second) is None and (_kind_end_re().search(second) or (
                not any(c in second for c in " \t\u3000") and _body_under(text, nxt.end(1), limit)))):
        return nxt.start(1) + len(nxt.group(1).rstrip())
    return end


def _body_under(text: str, pos: int, limit: int) -> bool:
    """Does an appendix's body start under the line ending at *pos*: a blank line (or the end), a
    line that starts with a heading's marker, or a sentence (not a table's next cell)?"""
    nxt = _next_line_re().match(text, pos, limit)
    line = nxt.group(1).strip(" \t\u3000*#")
    if nxt.group().count("\n") != 1 or not line:
        return True
    return _candidates_re().match(line) is not None or any(c in line for c in "。，")


def _after_annex_line(text: str, start: int) -> bool:
    """The line before is an appendix marker alone (``附件2`` + new line + ``名词解释``)."""
    prev = text[max(0, start - 16) : start].rstrip()
    prev = prev[prev.rfind("\n") + 1 :].strip()
    return bool(prev) and _annex_alone_re().fullmatch(prev) is not None


@lazy
def _annex_alone_re() -> re.Pattern[str]:
    return re.compile(r"[#*]*[ \t\u3000]*附[ \t\u3000]*(?:[件录表][ \t\u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|" + _APPENDIX_LETTER + ")?"
                      + _ANNEX_SUB + "|[：:])")


def _annex_line_ok(text: str, end: int) -> bool:
    """An appendix heading line: 附件N alone, or with a short title (not a sentence)."""
    nl = text.find("\n", end, end + 62)
    rest = text[end : nl if nl >= 0 else end + 62].strip()
    if nl < 0 and end + 62 < len(text):
        return False
    return not rest or not any(c in rest for c in "。；;，,")


_TERMINAL = frozenset("。！？!?；;：:…”’」』）)】]")


def _page_chunks(text: str, cands: list[_Cand]) -> tuple[set[int], list[_Cand]]:
    """Starts of page-chunk numbers (``N、`` lines that continue the previous sentence).

    Also returns markers cut in two by a page chunk (``1`` + chunk + ``.强化``), joined.
    """
    heads = [
        c for c in cands
        if c.families == ("arabic",) and not c.bare and c.ctx == _LINE_START
        and text[c.end - 1] == "、"
    ]
    if len(heads) < 3:
        return set(), []
    # Greedy chains 1, 2, 3, ... through the line-start "N、" markers.
    chains: list[list[_Cand]] = []
    by_next: dict[int, list[_Cand]] = {}
    for c in heads:
        ch = by_next.pop(c.n, None)
        if ch is None:
            ch = []
            chains.append(ch)
        ch.append(c)
        by_next[c.n + 1] = ch
    out: set[int] = set()
    joined: list[_Cand] = []
    cut = _cut_marker_re()
    for ch in chains:
        if len(ch) < 3:
            continue
        like = 0
        for c in ch:
            before = text[max(0, c.start - 400) : c.start].rstrip()
            last_nl = before.rfind("\n")
            prev_line = before[last_nl + 1 :]
            if len(prev_line) >= 30 and prev_line[-1] not in _TERMINAL:
                like += 1
        if like * 2 < len(ch):
            continue
        for c in ch:
            out.add(c.start)
            if text[c.end : c.end + 1] in (".", "．", "、"):
                m = cut.search(text, max(0, c.start - 12), c.start)
                if m:
                    s = m.start("d")
                    ctx = _context(text, s)
                    joined.append(_Cand(s, c.end + 1, ctx, ("arabic",), int(m.group("d")), 0, False, False))
    return out, joined


@lazy
def _cut_marker_re() -> re.Pattern[str]:
    return re.compile(rf"(?:^|(?<=[{_WS}]))(?P<d>\d{{1,2}})[ \t]*(?:\r?\n[ \t]*)+\Z")


def _toc_spans(text: str) -> list[tuple[int, int]]:
    """Regions holding a table of contents: a 目录 line, then short lines listing headings.

    The listing ends where a line repeats one already listed (the headings proper begin).
    Without such a repetition there is no table of contents (a bare 目录 link, say).
    """
    spans = []
    lines, tail = _next_line_re(), _toc_tail_re()
    scanned = 0
    for m in _toc_lines(text):
        if m.start() < scanned:
            continue
        pos = m.end()
        seen: set[str] = set()
        end = pos
        repeated = False
        for _ in range(400):
            lm = lines.match(text, pos)
            nxt = lm.end()
            if nxt == pos:  # end of text
                break
            line = lm.group(1).strip(" \t\u3000#*>")
            if not line:
                pos = nxt
                continue
            if len(line) > 60:
                break
            key = tail.sub("", line)
            if key in seen:
                repeated = True
                break
            seen.add(key)
            end = pos = nxt
        scanned = max(pos, m.end())
        if repeated and len(seen) > 1:
            spans.append((m.start(), end))
    return spans


@lazy
def _amending_re() -> re.Pattern[str]:
    # an amendment's instruction that gives new wording: 修改为：/改为：, or 作为第…条 (款, 项, 节 …)
    # and a colon soon after it (…作为第一百二十三条至第一百二十七条。内容如下：), then the rest of
    # its line
    return re.compile(r"(?:改为|作为第[^，。；：\n]{1,12}?[编章节条款项目][^：\n]{0,40}?)：(?P<rest>[^\n]*)")


def _quote_close(text: str, begin: int) -> int:
    """End of the first line after *begin*'s whose last quotation mark closes (the last line of a
    quotation), else the text's end: each ” looked at once, from ``str.find`` (C)."""
    p = text.find("”", begin + 1)  # (*begin* ends the instruction's line)
    while p >= 0:
        le = text.find("\n", p)
        le = len(text) if le < 0 else le
        q = text.rfind("”", p, le)
        if text.find("“", q, le) < 0:
            return le
        p = text.find("”", le)
    return len(text)


def _instructions(text: str) -> list[re.Match[str]]:
    """An amendment's instructions (:func:`_amending_re`), in text order, one a line: found
    from where 改为： or 作为第 occurs (``str.find``, two scans in C; a regex scan over the whole
    text costs several times that on every document)."""
    found = []
    for needle in ("改为：", "作为第"):
        i = text.find(needle)
        while i >= 0:
            found.append(i)
            i = text.find(needle, i + 1)
    out: list[re.Match[str]] = []
    line_end = -1
    pattern = _amending_re()
    for i in sorted(found):
        m = pattern.match(text, i) if i >= line_end else None
        if m is not None:
            out.append(m)
            line_end = m.end()
    return out


def _quoted_spans(text: str, cands: list[_Cand]) -> list[tuple[int, int]]:
    """Spans of the new wording an amendment gives (将第十条修改为：“第十条 …”; 增加五条，分别作为
    第一百二十三条至第一百二十七条。内容如下： + the articles): their markers number the amended
    text, not the amending document. A span starts after the instruction's colon when a
    quotation opens there (and stays open at the line's end) or the line ends; it ends with the
    line where the quotation closes, and in any case at the amending document's next heading
    (the marker after the one the instruction stands under: 第五十三条 after 第五十二条, 七、 after
    六、), else at the text's end."""
    spans: list[tuple[int, int]] = []
    instructions = _instructions(text)
    if not instructions:
        return spans
    starts = [c.start for c in cands]
    close = -1  # the last quotation's close found (a later instruction before it shares it)
    heads = [i for i, c in enumerate(cands) if c.ctx == _LINE_START]  # (indices into cands)
    head_starts = [cands[i].start for i in heads]
    for m in instructions:
        rest = m.group("rest")
        quoted = rest.rfind("“") > rest.rfind("”")
        begin = m.end()
        if (rest.strip() and not quoted) or (spans and begin < spans[-1][1]):
            continue
        end = len(text)
        if quoted:
            if close <= begin:  # (no close lies between the last instruction and its close)
                close = _quote_close(text, begin)
            end = close
        k = bisect.bisect_left(head_starts, m.start()) - 1
        while k >= 0 and spans and spans[-1][0] <= head_starts[k] < spans[-1][1]:
            k -= 1  # (a marker of the wording quoted before)
        if k >= 0:  # the heading the instruction stands under: its next marker ends the span
            own = cands[heads[k]]
            for j in range(bisect.bisect_left(starts, begin), len(cands)):
                c = cands[j]
                if c.start >= end:
                    break
                if c.ctx == _LINE_START and c.families == own.families and c.n == own.n + 1:
                    end = c.start
                    break
        spans.append((begin, end))
    return spans


def _flat_toc_spans(text: str, cands: list[_Cand]) -> list[tuple[int, int]]:
    """A table of contents in run-together text: 目录, then headings up to where the first of
    them is printed again (the document's own first heading)."""
    starts = [c.start for c in cands]
    spans = []
    for m in _flat_toc_re().finditer(text):
        i = bisect.bisect_left(starts, m.end())
        if i == len(cands) or cands[i].start > m.end() + 8:
            continue
        title_end = _title_re().match(text, cands[i].end).end()
        key = text[cands[i].start : title_end]
        again = text.find(key, title_end, title_end + 8000) if title_end - cands[i].end >= 2 else -1
        if again > 0 and (not spans or spans[-1][1] <= m.start()):
            spans.append((m.start(), again))
    return spans


@lazy
def _flat_toc_re() -> re.Pattern[str]:
    return re.compile("目[ \t\u3000]*录[ \t\u3000]")


@lazy
def _next_line_re() -> re.Pattern[str]:
    # the line breaks left over, then the next line
    return re.compile(r"[\r\n]*([^\r\n]*)")


@lazy
def _toc_tail_re() -> regex.Pattern[str]:
    # blanks anywhere, and the leader dots and page number at the end of a listing line
    return regex.compile(r"[\s\u3000]+|[.…·．_\-—]+\d*$|\d+$")


# --------------------------------------------------------------------------- assembly


@dataclass(slots=True)
class _Open:
    family: str
    n: int
    sub: int
    rank: float
    node: int  # index into accepted
    bare: bool
    alone: bool = False  # the marker stands alone on its line (一、 + new line)


_DEC_FAMILIES = ("dec1", "dec2", "dec3", "dec4")


def _law_rank(family: str, ranks: dict[str, float]) -> float | None:
    """Rank for a law family placed among law families already ranked (编 > 章 > 节 > 条);
    decimal depths likewise (1 > 1.1 > 1.1.1)."""
    order = _LAW_FAMILIES if family in _LAW_FAMILIES else _DEC_FAMILIES
    i = order.index(family)
    senior = [ranks[f] for f in order[:i] if f in ranks]
    junior = [ranks[f] for f in order[i + 1 :] if f in ranks]
    if not junior:
        return None
    hi = min(junior)
    lo = max(senior) if senior else hi - 1.0
    # Place just above the junior family, below everything ranked between.
    between = [r for r in ranks.values() if lo < r < hi]
    lo = max(between) if between else lo
    return (lo + hi) / 2


_SENTENCE_END = frozenset("。！？；：!?;:")


def _bare_position(text: str, start: int, title_from: int) -> bool:
    """A bare marker must follow a sentence end or the title of the heading before it (whose
    marker ends at *title_from*; -1: none)."""
    before = text[max(0, start - 200) : start]
    stripped = before.rstrip()
    if not stripped:
        return True
    if stripped[-1] in _SENTENCE_END:
        return True
    title_end = _title_re().match(text, title_from).end() if title_from >= 0 else -1
    return title_end == start - (len(before) - len(stripped))


def _find_open(fams: list[str], family: str) -> int:
    """Position of *family* on the stack whose families are *fams* (-1: not open). A family
    is open at most once: a marker that opens it again replaces it."""
    return fams.index(family) if family in fams else -1


def _bare_choice(c: _Cand, stack: list[_Open], fams: list[str]) -> tuple[str, int] | None:
    """Family and stack position for a bare marker: it continues an open list of bare markers
    (一实施 … 二实施) or, as 1, opens a list of its first family when that family is not open."""
    for fam in c.families:
        pos = _find_open(fams, fam)
        if pos >= 0 and stack[pos].bare and c.n == stack[pos].n + 1:
            return fam, pos
    if c.n == 1 and c.families[0] not in fams:
        return c.families[0], -1
    return None


def _family_choice(
    c: _Cand, stack: list[_Open], fams: list[str], shadow: dict[str, list[tuple[int, bool]]],
    closed: dict[str, int], accepted: list[tuple[_Cand, str, int]], flat: bool = False,
) -> tuple[str, int] | None:
    """Family and stack position for a marker that is not bare (or ``None``: not a heading).

    *shadow* follows lists that restart inside an open list of their family: a stack per family
    of (number, marker alone on its line); a restart in the other layout (``一、`` alone under
    ``一、确定…`` items) nests, in the same layout it replaces the list before; *closed* holds
    the last number of lists a higher heading closed, so that （四） under 三、 may continue
    （一）…（三） under 二、 (numbering that runs on across parents, as many documents print):
    at a line start, or anywhere when the text is *flat* (run together: no line starts).
    *fams* are the families of *stack*, in order. Only a list of 一、 nests in its own family
    (as ``cn~``).
    """
    for fam in c.families:
        if fam == "annex":
            return fam, -1
        if fam == "cn" and "cn~" in fams:
            nested = fams.index("cn~")
            if c.n == stack[nested].n + 1 and c.follow_ws == stack[nested].alone:
                return "cn~", nested
        pos = fams.index(fam) if fam in fams else -1
        if c.weak:
            return (fam, pos) if pos >= 0 and c.n == stack[pos].n + 1 and fam not in shadow else None
        law_strong = fam in _LAW_SET and c.ctx == _LINE_START and c.follow_ws
        if pos >= 0:
            o = stack[pos]
            if fam in shadow and c.sub == 0:
                levels = shadow[fam]
                js = [j for j in range(len(levels) - 1, -1, -1) if c.n == levels[j][0] + 1]
                same = [j for j in js if levels[j][1] == c.follow_ws]  # the list in its layout
                j = (same or js or [-1])[0]
                if j >= 0:
                    del levels[j + 1 :]
                    levels[j] = (c.n, c.follow_ws)
                    return None
            if (c.sub == 0 and c.n == o.n + 1) or (c.n == o.n and c.sub == o.sub + 1) or (
                law_strong and c.sub == 0 and o.n + 1 < c.n <= o.n + 3
            ) or (law_strong and c.sub == 1 and o.n < c.n <= o.n + 3):
                return fam, pos
            if c.n == 1 and c.sub == 0:
                if (pos > 0 and stack[pos - 1].family == "tiao" and c.ctx == _LINE_START) or fam == "di" or (
                        c.parent >= 1 and c.parent == accepted[o.node][0].parent + 1):
                    # a second list inside one article; a new 第一，… run; the first decimal
                    # under the next parent whose own heading is missing (6.1 after 5.12)
                    return fam, pos
                if (fam == "cn" and c.ctx == _LINE_START and c.follow_ws != o.alone and fam not in shadow
                        and "cn~" not in fams):
                    return fam + "~", -1  # a list of 一、 in another layout nested in the 一、 list
                levels = shadow.setdefault(fam, [])
                if levels and levels[-1][1] == c.follow_ws:
                    levels.pop()  # a list after the one before, not inside it
                levels.append((1, c.follow_ws))
                return None
        elif (c.n == 1 and c.sub == 0) or law_strong or (
            (c.ctx == _LINE_START or (flat and fam not in _LAW_SET)) and c.sub == 0
            and c.n == closed.get(fam, -9) + 1
        ):  # (articles number on across chapters: 第三条 glued to its text after 第二章 too)
            return fam, -1
    return None


#: Families whose next marker at the top of the stack :func:`_assemble` accepts directly (not
#: ``cn``, which may continue a nested ``cn~`` list, nor ``annex``, which always starts afresh).
_RUN_ON = frozenset({*_LAW_FAMILIES, *_DEC_FAMILIES, "di", "cn_paren", "arabic", "ar_paren", "circled"})


def _assemble(text: str, cands: list[_Cand]) -> tuple[list[tuple[_Cand, str, int]], dict[str, float]]:
    """Run the sequence machine: (candidate, family, parent index) for accepted markers."""
    ranks: dict[str, float] = {}
    next_rank = 0.0
    stack: list[_Open] = []
    accepted: list[tuple[_Cand, str, int]] = []
    # A list that restarts (一、 while 一、… is open) is nested text, not headings; follow its
    # numbers so that its 四、 is not taken for the open list's next item.
    shadow: dict[str, list[tuple[int, bool]]] = {}
    closed: dict[str, int] = {}
    title_from = -1  # where the title of the last accepted heading starts
    # run-together text: fewer than two line starts (looked for until the second is found)
    line_starts = (c for c in cands if c.ctx == _LINE_START)
    flat = next(line_starts, None) is None or next(line_starts, None) is None
    fams: list[str] = []  # the families of the stack
    part: dict[str, float] | None = None  # inside an appendix: its lists' ranks (_part_rank)
    signed: list[int] | None = None  # ends of the signature blocks (_signature_blocks), when needed
    laws: list[int] | None = None  # indexes of the law's headings at line starts (_law_heads), when needed
    for ci, c in enumerate(cands):
        top = stack[-1] if stack else None
        if (top is not None and c.n == top.n + 1 and not c.sub and not c.bare and not c.weak
                and c.families[0] == top.family and len(c.families) == 1 and top.family in _RUN_ON
                and top.family not in shadow):
            # the next marker of the innermost open list (第二条 after 第一条: most markers):
            # what _family_choice and the steps below do, the list's entry updated in place
            top.n, top.sub, top.bare, top.alone = c.n, 0, False, c.follow_ws
            top.node = len(accepted)
            accepted.append((c, top.family, stack[-2].node if len(stack) > 1 else -1))
            title_from = c.end
            continue
        if (c.n == 1 and stack and stack[0].family in c.families and c.ctx == _LINE_START and not c.sub
                and not c.bare):  # the outermost list restarts: another document after a signature?
            signed = _signature_blocks(text) if signed is None else signed
            k = bisect.bisect_left(signed, accepted[-1][0].end)
            if k < len(signed) and signed[k] <= c.start:  # a document printed after the signature block
                _start_afresh(stack, fams, closed, shadow)
        if (c.n == 1 and stack and stack[0].family in _LAW_SET and c.ctx == _LINE_START and not c.sub and not c.bare
                and c.families[0] not in _LAW_SET and _titled_text_at(text, accepted[-1][0].end, c.start)):
            # a text under its own title after a law's articles (a draft's 起草说明), none of them after it
            laws = _law_heads(cands) if laws is None else laws
            if bisect.bisect_right(laws, ci) == len(laws):
                _start_afresh(stack, fams, closed, shadow)
        if c.bare:
            if not _bare_position(text, c.start, title_from):
                continue
            choice = _bare_choice(c, stack, fams)
        else:
            choice = _family_choice(c, stack, fams, shadow, closed, accepted, flat)
        if choice is None:
            continue
        fam, pos = choice
        rank = ranks.get(fam)
        if rank is None:
            rank, next_rank = _new_rank(fam, ranks, fams, next_rank)
            ranks[fam] = rank
        if part is not None and fam != "annex":
            rank = _part_rank(fam, ranks, part)
        if fam == "annex":  # an appendix numbers its lists afresh
            closed.clear()
            shadow.clear()
            part = _part_order(_part_items(cands, ci + 1))
        cut = pos if pos >= 0 else len(stack)
        while pos < 0 and cut and stack[cut - 1].rank >= rank:
            cut -= 1
        if cut < len(stack):
            for o in stack[cut:]:
                closed[o.family] = o.n
            del stack[cut:], fams[cut:]
        accepted.append((c, fam, stack[-1].node if stack else -1))
        stack.append(_Open(fam, c.n, c.sub, rank, len(accepted) - 1, c.bare, c.follow_ws))
        fams.append(fam)
        if closed:
            closed.pop(fam, None)
        title_from = c.end
        if shadow:
            shadow.pop(fam, None)
            for f in [f for f in shadow if f not in fams]:
                del shadow[f]
    return accepted, ranks


def _start_afresh(stack: list[_Open], fams: list[str], closed: dict[str, int], shadow: dict[str, list[tuple[int, bool]]]) -> None:
    """Close every open list of :func:`_assemble` (*stack*, *fams*) and forget their numbers (*closed*, *shadow*):
    the lists that follow start afresh."""
    for o in stack:
        closed.pop(o.family, None)
    del stack[:], fams[:]
    shadow.clear()


def _law_heads(cands: list[_Cand]) -> list[int]:
    """Indexes in *cands* of the headings of a law's structure at line starts (第三条, 第二章, 第一节), in order."""
    return [i for i, c in enumerate(cands) if c.ctx == _LINE_START and c.families[0] in _LAW_SET]


#: The longest title of a text printed after a law's articles (:func:`_titled_text_at`), and how many lines
#: above its first heading it is looked for in (two lines of title, blank lines around them).
_TEXT_TITLE_MAX, _TEXT_TITLE_LINES = 60, 5


@lazy
def _text_title_re() -> re.Pattern[str]:
    # the title of a note on the articles above it: no sentence (no 。，；：！？), naming them (关于 or a title
    # mark) and ending with its kind (…的起草说明, …的说明, 《…》解读)
    return re.compile(rf"(?=关于|[^\n]*《)[^\n。，；：:！？]{{2,{_TEXT_TITLE_MAX}}}(?<=说明|解读)[ \t\u3000\r]*")


def _titled_texts(text: str, accepted: list[tuple[_Cand, str, int]]) -> list[int]:
    """Indexes in *accepted* of the first headings of texts printed under their own titles after a law's
    articles (:func:`_titled_text_at`; :func:`_assemble` closed the articles there)."""
    out = []
    law = False
    for i, (c, fam, parent) in enumerate(accepted):
        if parent < 0 and fam in _LAW_SET:
            law = True
        elif (law and parent < 0 and fam != "annex" and c.n == 1 and c.ctx == _LINE_START
              and _titled_text_at(text, accepted[i - 1][0].end, c.start)):
            out.append(i)
            law = False
    return out


def _titled_text_at(text: str, after: int, start: int) -> bool:
    """Does a note's title stand alone on the lines right above the marker at *start* (below the line of the
    heading ending at *after*)? A note on a law's articles printed after them under its own title (a draft's
    ``关于《…办法`` + ``（征求意见稿）》的起草说明``, ``《…》解读``) begins there: its lists are its own, not the
    last article's. Its title may wrap over two lines inside a title mark.

    >>> t = "第一条　正文\\n　　第二款。\\n\\n关于《某办法》的说明\\n\\n一、背景"
    >>> _titled_text_at(t, 3, t.index("一、")), _titled_text_at(t.replace("的说明", "另行规定"), 3, t.index("一、"))
    (True, False)
    """
    # (the last lines between the heading's line and the marker's, at most _TEXT_TITLE_LINES back: a title
    # and the blank lines around it; blank ones left out)
    top = start
    for _ in range(_TEXT_TITLE_LINES + 1):
        nl = text.rfind("\n", after, top)
        if nl < 0:
            break
        top = nl
    lines = [ln for ln in (x.strip(" \t\u3000\r") for x in text[top:start].split("\n")[1:-1]) if ln]
    if not lines:
        return False
    title = _text_title_re()
    if title.fullmatch(lines[-1]) is not None:
        return True
    return len(lines) > 1 and _book_title_open(lines[-2]) and title.fullmatch(lines[-2] + lines[-1]) is not None


#: The digits of a year written in Chinese numerals.
_CN_DIGIT = "〇○零一二三四五六七八九"
#: A year's zero typed as a letter O or a digit 0 among its Chinese numerals (``二O二五年``, ``二0二五年``), as
#: pages often print it: read as 〇 after the year's first numeral.
_ZERO_TYPED = "OoＯ0０"
#: A date; its numerals may be letter-spaced, one blank between two (二 〇 二 五 年 十 一 月, and
#: in digits 2 0 2 5 年 1 1 月 or ２ ０ ２ ５ 年, as PDF text prints them). The one date pattern of the outline and
#: of :mod:`govtext.document` (成文日期).
_DATE = (
    rf"(?P<y>\d{{4}}|\d(?:[ \u3000]\d){{3}}|[{_CN_DIGIT}](?:[ \u3000]?[{_CN_DIGIT}{_ZERO_TYPED}]){{3}})[ \u3000]*年[ \u3000]*"
    r"(?P<m>\d{1,2}|\d[ \u3000]\d|[一二三四五六七八九十](?:[ \u3000]?[一二三四五六七八九十]){0,2})[ \u3000]*月[ \u3000]*"
    r"(?P<d>\d{1,2}|\d[ \u3000]\d|[一二三四五六七八九十](?:[ \u3000]?[一二三四五六七八九十]){0,2})[ \u3000]*日"
)


@lazy
def _signature_block_re() -> re.Pattern[str]:
    # a short line that is no sentence and no numbered item (an organ's name), then a line that
    # is a date only (成文日期: 2025年8月4日, 二〇二五年八月四日, letter-spaced too)
    return re.compile(
        rf"\n[ \t\u3000]*(?![（(\d第附]|[{_CN_NUM}]{{1,3}}[、.．])[^\s。！？；：:，,、][^\n。！？；：:，,]{{1,39}}\r?\n"
        rf"[ \t\u3000]*{_DATE}[ \t\u3000\r]*(?=\n|\Z)")


def _signature_blocks(text: str) -> list[int]:
    """Ends of the signature blocks of *text* (an organ's name over a date line, the end of a
    document), in order: a list of the outermost family that restarts after one belongs to a
    document printed after it (a 转发 notice's own points, then the forwarded 意见's), not to
    the list before."""
    return [m.end() for m in _signature_block_re().finditer(text)]


def _new_rank(fam: str, ranks: dict[str, float], fams: list[str], next_rank: float) -> tuple[float, float]:
    """Rank of a family met for the first time (and the next free rank): an appendix above all,
    a law or decimal family among its own (:func:`_law_rank`), else after the families ranked
    (the order of first appearance); but above a family that the standard's order (GB/T 9704:
    一、 > （一） > 1. > （1） > ①) puts below it and that is not open (1. under 一、, closed by 二、,
    then （一）: a 1. under that （一） nests in it). Under an open family it ranks below it as
    met: a heading of one family under another's is the document's own order."""
    if fam == "annex":
        return _ANNEX_RANK, next_rank
    if fam in _LAW_FAMILIES or fam in _DEC_FAMILIES:
        rank = _law_rank(fam, ranks)
        if rank is not None:
            return rank, next_rank
    std = _STANDARD.get(fam)
    juniors = [] if std is None else [r for g, r in ranks.items() if _STANDARD.get(g, -1) > std and g not in fams]
    if not juniors:
        return next_rank, next_rank + 1.0
    hi = min(juniors)
    lo = max((r for r in ranks.values() if r < hi), default=hi - 1.0)
    return (lo + hi) / 2, next_rank


#: Where an appendix's lists rank: below every law and decimal family (ranks count from 0 up).
_PART_BASE = 1e6


def _part_items(cands: list[_Cand], lo: int) -> list[tuple[str, int]]:
    """(family, number) of the line-start markers of one family from *lo* to the next appendix."""
    out = []
    for k in range(lo, len(cands)):
        c = cands[k]
        if "annex" in c.families:
            break
        if c.ctx == _LINE_START and len(c.families) == 1 and not c.sub:
            out.append((c.families[0], c.n))
    return out


def _part_order(items: list[tuple[str, int]]) -> dict[str, float]:
    """Ranks of an appendix's list families (*items*: family and number, in order) by where each
    list first runs: its 1 last seen before its first 2, so a lone （一） note above 一、 …（一）（二）
    二、 ranks below 一、; a family that never reaches 2 ranks after those that do."""
    last_one: dict[str, int] = {}
    start: dict[str, int] = {}
    for i, (fam, n) in enumerate(items):
        if n == 1 and fam not in start:
            last_one[fam] = i
        elif n == 2 and fam not in start and fam in last_one:
            start[fam] = last_one[fam]
    order = sorted(last_one, key=lambda f: (f not in start, start.get(f, last_one[f])))
    return {f: _PART_BASE + k for k, f in enumerate(order)}


def _part_rank(fam: str, ranks: dict[str, float], part: dict[str, float]) -> float:
    """Rank of *fam* inside an appendix: a law or decimal family keeps its rank; a list family
    ranks by the order the lists first appear in the appendix (*part*, filled here), below the
    law families, whatever its rank in the body (a law's （一） under its articles, 一、 then
    （一） in its appendix)."""
    if fam in _LAW_SET or fam in _DEC_FAMILIES:
        return ranks[fam]
    return part.setdefault(fam, _PART_BASE + len(part))


_BARE_MIN_GAP = 40


def _inline_lists(text: str, cands: list[_Cand]) -> set[int]:
    """Starts of the items of inline lists: a line where items of one deeper family (（1） 1.
    ①) follow each other inside the text and no other family has a marker
    (``…十件民生实事。（1）做好就业…；（2）…``); or a paragraph that starts with its 1 and holds all
    its list (``1.制定规范。2.加强监管。``, a table's cell: :func:`_whole_list`). Run-together text,
    where a whole outline stands on one line, has markers of several families on its lines and is
    left alone."""
    if not any(c.ctx != _LINE_START and c.families[0] in _INLINE_FAMILIES for c in cands):
        return set()  # no item inside a line: no inline list
    by_line: dict[int, list[_Cand]] = {}
    last_at: dict[int, int] = {}  # a line's last item: its index in cands
    key, prev = -1, 0
    for i, c in enumerate(cands):  # in text order: each stretch of text is searched once
        nl = text.rfind("\n", prev, c.start)
        if nl >= 0:
            key = nl
        prev = c.start
        by_line.setdefault(key, []).append(c)
        last_at[key] = i
    laid_out = {k for k, items in by_line.items() if any(c.ctx == _LINE_START for c in items)}
    out: set[int] = set()
    for key, items in by_line.items():
        fam = items[0].families[0]
        if fam not in _INLINE_FAMILIES or len(laid_out) <= (key in laid_out):
            continue  # (no heading starts another line: run-together text)
        if len({c.families for c in items}) != 1 or any(c.bare for c in items):
            continue
        end = text.find("\n", items[-1].end)
        line = text[key + 1 : end if end >= 0 else len(text)]
        mid = [c for c in items if c.ctx != _LINE_START]
        if len(mid) >= 2 or (mid and _next_marker_in(line, fam, mid[0].n)) or (
                mid and _whole_list(items, cands, last_at[key])):
            out.update(c.start for c in items)
    return out


def _whole_list(items: list[_Cand], cands: list[_Cand], last: int) -> bool:
    """Do a line's *items* (one family) make a whole list: its 1 at the line's start, the others
    after it in order inside the line, and the family's next marker after the line (from
    ``cands[last + 1]`` on) no continuation (a list going on at the next line's start is headings
    run together, not a paragraph's enumeration)?"""
    if items[0].ctx != _LINE_START or any(c.n != k for k, c in enumerate(items, 1)):
        return False
    fams = items[0].families
    for j in range(last + 1, len(cands)):  # (up to the family's next marker: the lines' stretches never overlap)
        if cands[j].families == fams:
            return cands[j].n != len(items) + 1
    return True


def _next_marker_in(line: str, fam: str, n: int) -> bool:
    """The marker after number *n* of *fam* occurs in *line* (behind a ；, say)."""
    if fam == "ar_paren":
        return f"（{n + 1}）" in line or f"({n + 1})" in line
    if fam == "circled":
        return n < len(_CIRCLED) and _CIRCLED[n] in line
    return any(f"{n + 1}{p}" in line for p in ("．", "、"))


def _footnote(text: str, end: int) -> bool:
    """A lone ① whose line is a long sentence (``① 刑法、历次刑法修正案…，分别依据…确定。``), not
    lines run together (blanks inside: a heading's title, then text)."""
    line = _line_re().match(text, end, end + 400).group().strip()
    return len(line) > 30 and "，" in line and line.endswith("。") and re.search(r"\s", line) is None


def _unconfirmed(text: str, accepted: list[tuple[_Cand, str, int]]) -> set[int]:
    """Starts of bare markers not confirmed as headings, and of lone circled footnotes.

    A bare marker (一实施, 1强化) is kept only in a list of at least two items, all bare, with
    (median) at least ``_BARE_MIN_GAP`` characters from one item to the next.
    """
    groups: dict[tuple[int, str], list[_Cand]] = {}
    fam_of = {c.start: fam for c, fam, _ in accepted}
    for c, fam, parent in accepted:
        groups.setdefault((parent, fam), []).append(c)
    bad: set[int] = set()
    for members in groups.values():
        if fam_of.get(members[0].start) == "circled" and len(members) == 1:
            ctx = members[0].ctx
            if ctx == _AFTER_STOP or (ctx == _LINE_START and _footnote(text, members[0].end)):
                bad.add(members[0].start)  # a footnote, or a note's mark glued to a sentence
            continue
        if not members[-1].bare:
            continue
        if len(members) == 1:
            bad.add(members[0].start)
            continue
        bare = [m for m in members if m.bare]
        if len(bare) < len(members):
            continue
        # Headings have text under them; a ranked list of one-line links ("1开福区…",
        # "2城西…") does not: its items follow each other within a few dozen characters.
        gaps = sorted(b.start - a.start for a, b in itertools.pairwise(bare))
        if gaps[len(gaps) // 2] < _BARE_MIN_GAP:
            bad.update(m.start for m in bare)
    return bad


@lazy
def _notes_re() -> re.Pattern[str]:
    # what a list of notes or a box's items stands under, alone on its line: 注：, 注释：, 说明：,
    # 填表说明： (a form's notes), or a box's mark with its title (专栏1　主要指标, 专栏二); the
    # literal first characters scan fast
    blank = "[ \t\u3000]"
    return re.compile(f"(?:注{blank}*释?|(?:填表)?说{blank}*明){blank}*[：:]{blank}*\r?(?=\n|\\Z)"
                      f"|专栏{blank}*(?:\\d{{1,2}}|[一二三四五六七八九十]{{1,3}})(?:{blank}[^\n]*)?(?=\n|\\Z)")


def _note_items(text: str, cands: list[_Cand]) -> set[int]:
    """Starts of the numbered notes under a ``注：`` line (``① 见…`` ``② 见…``), a form's ``填表说明：``
    or ``说明：``, and of the numbered items inside a box under its mark (``专栏1　重大工程`` +
    ``1.高速铁路：…`` ``2.高速公路：…``: a box beside the text, no part of its outline): notes and
    items, not headings. They are the markers of one family that start the lines right after it
    and number on from 1 (markers inside a note's line are left to the other rules).

    >>> t = "一、目标\\n到2030年建成。\\n专栏1　主要指标\\n1.铁路：8500公里。\\n2.公路：1.2万公里。\\n二、任务\\n"
    >>> [s.marker for s in split_outline(t).walk()]
    ['一、', '二、']
    """
    out: set[int] = set()
    starts = [c.start for c in cands]
    for m in _notes_re().finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start : m.start()].strip(" \t\u3000#*"):
            continue  # 注： inside a line
        fam: tuple[str, ...] | None = None
        n = 0
        for c in cands[bisect.bisect_left(starts, m.end()) :]:
            if c.ctx != _LINE_START:
                continue
            if c.n != n + 1 or (fam is not None and c.families != fam) or (
                    fam is None and text[m.end() : c.start].strip()):
                break
            fam, n = c.families, c.n
            out.add(c.start)
    return out


@lazy
def _attach_list_re() -> re.Pattern[str]:
    # 附件： and the first item's number on its line, or nothing more (the list starts below)
    return re.compile(r"附[ \t\u3000]*件[ \t\u3000]*[：:][ \t\u3000]*(?:(?P<br>[（(])?1[)）.．、]|(?=\r?\n))")


def _attach_items(text: str, cands: list[_Cand]) -> set[int]:
    """Starts of the items of the 附件说明 list (``附件：1.…`` then ``2.…`` ``3.…`` on the lines
    under it, GB/T 9704 §7.3.5): names of attachments, not headings, even where they continue an
    open list of the body (1. 2. under 三、, then the list's 3.). They are the markers that start
    the next lines and number on (1 first when 附件： stands alone)."""
    out: set[int] = set()
    starts = [c.start for c in cands]
    for m in _attach_list_re().finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start : m.start()].strip(" \t\u3000#*"):
            continue  # 附件： inside a line
        n = 1 if m.group(0)[-1] in ")）.．、" else 0  # the first item read on the 附件： line
        fam = ("ar_paren" if m.group("br") else "arabic") if n else None
        prev, items = m.end(), []
        at = bisect.bisect_left(starts, m.end())
        for c in cands[at:]:
            if (c.ctx != _LINE_START or c.n != n + 1 or text.count("\n", prev, c.start) > 2
                    or c.families[0] != (fam or c.families[0]) or c.families[0] not in ("arabic", "ar_paren")):
                break
            fam, n, prev = c.families[0], c.n, c.start
            items.append(c.start)
        if not _list_goes_on(cands[: bisect.bisect_left(starts, m.start())], cands[at + len(items) :]):
            out.update(items)
    return out


def _annex_list(text: str, cands: list[_Cand]) -> set[int]:
    """Starts of ``附件1：甲`` lines printed one attachment a line (``附件1：甲`` + ``附件2：乙``,
    a 附件说明 in that layout): two or more appendix markers with their names on their lines,
    numbered on from 1 on consecutive lines, no text of their own between them. They name the
    attachments; an appendix heading has its body under it: the run's last line stays a heading
    when a list opens on the next line (``附件2：安全须知`` + ``1.…`` + ``2.…``)."""
    out: set[int] = set()
    run: list[int] = []
    line_end = -1
    starts = [c.start for c in cands]

    def close() -> None:
        k = bisect.bisect_right(starts, line_end)
        nxt = cands[k] if k < len(cands) else None
        if (run and nxt is not None and nxt.ctx == _LINE_START and nxt.families[0] != "annex" and nxt.n == 1
                and not text[line_end : nxt.start].strip() and text.count("\n", line_end, nxt.start) <= 2):
            run.pop()  # its body follows: an appendix's heading
        if len(run) >= 2:
            out.update(run)

    for c in cands:
        if c.families != ("annex",):
            continue
        eol = text.find("\n", c.end)
        eol = len(text) if eol < 0 else eol
        titled = c.ctx == _LINE_START and bool(text[c.end : eol].strip())
        follows = (bool(run) and titled and c.n == len(run) + 1 and not text[line_end : c.start].strip()
                   and text.count("\n", line_end, c.start) <= 2)
        if not follows:
            close()
            run = [c.start] if titled and c.n == 1 else []
        else:
            run.append(c.start)
        line_end = eol
    close()
    return out


#: A line that holds one figure (a table's cell crawled one a line: ``8``, ``12.5%``, ``-3``).
_FIGURE_LINE = r"[ \t\u3000]*[-+]?\d[\d.,，%％]*[ \t\u3000\r]*"


@lazy
def _figures_below_re() -> re.Pattern[str]:
    # the line's end, then two lines that each hold one figure
    return re.compile(rf"[ \t\u3000\r]*\n{_FIGURE_LINE}\n{_FIGURE_LINE}(?:\n|\Z)")


@lazy
def _figure_line_re() -> re.Pattern[str]:
    return re.compile(_FIGURE_LINE)


#: Longest text after a table row's numbered label (``（一）予以公开``) on its line.
_ROW_LABEL_MAX = 30


def _row_labels(text: str, cands: list[_Cand]) -> set[int]:
    """Starts of the markers that label a table's rows crawled one cell a line (``（一）予以公开``
    + ``8`` + ``1``): a short label, no sentence, with two lines of one figure each under it; or a
    label over such a row's label with a figure above it (``2`` + ``（三）不予公开`` + ``1.属于…``,
    the rows of a group). A heading over a page number alone is a heading."""
    out: set[int] = set()
    below = -1  # start of the line under the candidate checked last (from the end), when it is a label
    for c in reversed(cands):
        eol = text.find("\n", c.end) if c.ctx == _LINE_START else -1  # (one search a line: linear)
        if eol < 0:
            below = -1
            continue
        line_start = text.rfind("\n", 0, c.start) + 1
        rest = text[c.end : eol].strip()
        if len(rest) <= _ROW_LABEL_MAX and not any(ch in rest for ch in "。！？；;：:，,"):
            if _figures_below_re().match(text, eol) is not None:
                out.add(c.start)
            elif below == eol + 1 and line_start > 0 and _figure_line_re().fullmatch(
                    text, text.rfind("\n", 0, line_start - 1) + 1, line_start - 1) is not None:
                out.add(c.start)
        below = line_start if c.start in out else -1
    return out


def _list_goes_on(before: list[_Cand], after: list[_Cand]) -> bool:
    """Whether the first line-start marker *after* a 附件： list numbers on a list of the body
    *before* it (一、 … 附件：1. 2. … 二、): then 附件： was a line of the body, its items the body's."""
    nxt = next((c for c in after if c.ctx == _LINE_START), None)
    if nxt is None:
        return False
    last = next((c for c in reversed(before) if c.ctx == _LINE_START and c.families[0] == nxt.families[0]), None)
    return last is not None and last.n == nxt.n - 1


def split_outline(text: str) -> Outline:
    """Split a document into its preamble and a tree of numbered sections.

    >>> o = split_outline("通知\\n一、总体要求\\n（一）指导思想\\n1.坚持原则。\\n二、主要任务\\n")
    >>> [(s.level, s.marker, s.number, s.title) for s in o.walk()]
    [(1, '一、', 1, '总体要求'), (2, '（一）', 1, '指导思想'), (3, '1.', 1, '坚持原则'), (1, '二、', 2, '主要任务')]
    >>> o.preamble
    '通知\\n'
    >>> [s.marker for s in split_outline("第一章 总则\\n第一条 为了规范。\\n第二条 本法适用。\\n").walk()]
    ['第一章', '第一条', '第二条']
    >>> [s.marker for s in split_outline("一是加强领导。二是完善制度。\\n在1月11日召开。").walk()]
    []
    >>> body = "全面落实各项任务，" * 5 + "确保取得实效。"
    >>> t = "一、目标 略。 二、措施 一实施育人工程 1强化德育。" + body + " 2构建评价体系。" + body
    >>> t += " 二实施保障工程 加大投入。" + body
    >>> [(s.level, s.marker, s.title) for s in split_outline(t).walk()][1:]
    [(1, '二、', '措施'), (2, '一', '实施育人工程'), (3, '1', '强化德育'), (3, '2', '构建评价体系'), (2, '二', '实施保障工程')]
    """
    text = check_text(text, "split_outline")
    cands = _find_candidates(text)
    if not cands:
        return Outline(text, [])
    # the families found (one pass in C): the steps below that look for one family only run
    # when it is there
    kinds = set(map(operator.attrgetter("families"), cands))
    chunk_starts, joined = _page_chunks(text, cands) if ("arabic",) in kinds else (set(), [])
    toc = (_toc_spans(text) if "\n" in text else _flat_toc_spans(text, cands)) if "录" in text else []
    if chunk_starts or toc or joined:
        toc_starts = [a for a, _ in toc]

        def keep(c: _Cand) -> bool:
            if c.start in chunk_starts:
                return False
            i = bisect.bisect_right(toc_starts, c.start) - 1
            return i < 0 or c.start >= toc[i][1]

        cands = [c for c in cands if keep(c)]
        if joined:
            cut_at = {j.start for j in joined}
            cands = sorted([c for c in cands if c.start not in cut_at] + joined, key=lambda c: c.start)
    quoted = _quoted_spans(text, cands)
    if quoted:  # (the spans are disjoint, in text order)
        begins = [a for a, _ in quoted]
        cands = [c for c in cands if c.start >= quoted[max(0, bisect.bisect_right(begins, c.start) - 1)][1]
                 or c.start < begins[0]]
    if not chunk_starts and not joined and not kinds.isdisjoint(_INLINE_KINDS):
        inline = _inline_lists(text, cands)
        if inline:
            cands = [c for c in cands if c.start not in inline]
    if "注" in text or "说" in text or "专栏" in text:
        notes = _note_items(text, cands)
        if notes:
            cands = [c for c in cands if c.start not in notes]
    if "\n" in text:
        cells = _row_labels(text, cands)
        if cells:
            cands = [c for c in cands if c.start not in cells]
    if "附" in text:
        items = _attach_items(text, cands) | _annex_list(text, cands)
        if items:
            cands = [c for c in cands if c.start not in items]
    accepted, ranks = _assemble(text, cands)
    if "annex" in ranks:
        inside = _fu_inside(text, accepted)
        if inside:
            cands = [c for c in cands if c.start not in inside]
            accepted, ranks = _assemble(text, cands)
    # (bare markers are 一实施 and 1强化: none of these families, none to confirm)
    unsure = ("cn_paren", "cn") in kinds or ("arabic",) in kinds
    for attempt in range(5):  # drop unconfirmed bare markers until none is left
        bad = _unconfirmed(text, accepted) if unsure or "circled" in ranks else set()
        if not bad:
            break
        if attempt == 4:  # still unsettled (adversarial input): no bare marker at all
            bad = {c.start for c in cands if c.bare}
        cands = [c for c in cands if c.start not in bad]
        accepted, ranks = _assemble(text, cands)
    return _build(text, accepted, ranks)


def _fu_inside(text: str, accepted: list[tuple[_Cand, str, int]]) -> set[int]:
    """Starts of the ``附：`` headings (附： alone on its line) that a heading of the body's
    outer families follows (``二、报名`` + ``附：`` + ``1.报名表`` + ``三、其他``): such a 附： lists
    what a point attaches, inside the body, and opens no appendix; only a 附： that no top-level
    family of the body comes after (a law's 附： + 国旗制法说明 at its end) is an appendix."""
    last = {fam: i for i, (_, fam, _) in enumerate(accepted)}
    outer: set[str] = set()
    out: set[int] = set()
    for i, (c, fam, parent) in enumerate(accepted):
        if fam != "annex":
            if parent < 0:
                outer.add(fam)
        elif text[c.end - 1] in "：:" and not c.n and any(last[f] > i for f in outer):  # (not 附件1：)
            out.add(c.start)
    return out


@lazy
def _below_re() -> re.Pattern[str]:
    # the end of the marker's line, then up to three blank lines
    return re.compile(r"(?:\r?\n[ \t\u3000]*){1,4}")


def _title_below(text: str, end: int, limit: int) -> int:
    """End of the title of a marker alone on its line (``第一、`` + new line + 坚持解放思想):
    the next line that holds text is read as the marker's own line would be, so the layout
    does not change the title: a title line whole, a paragraph up to its first 。！？；："""
    m = _below_re().match(text, end, limit)
    if m is None or m.end() >= limit:
        return end
    return _title_re().match(text, m.end(), limit).end()


@lazy
def _closing_re() -> re.Pattern[str]:
    # the line break, a name of up to 80 characters (perhaps a line of its own), then 》
    return re.compile(r"\r?\n[^\r\n《》]{0,80}(?:\r?\n[ \t\u3000]*)?》")


def _book_title_open(s: str) -> bool:
    """Is a 《 left open in *s* (a title broken inside the name it cites)?

    >>> _book_title_open("关于征求《某某条例"), _book_title_open("关于《某某条例》的说明")
    (True, False)
    """
    return s.count("《") > s.count("》")


def _title_closed(text: str, start: int, end: int, limit: int) -> int:
    """End of a title that a line break cut inside a title mark (``关于《`` + new line + name
    + new line + ``》的说明``, the layout of a crawl that put each link on its own line): the
    title goes on past the mark's close, as far as a title goes."""
    if not _book_title_open(text[start:end]):
        return end
    close = _closing_re().match(text, end, limit)
    return _title_re().match(text, close.end(), limit).end() if close else end


def _part_levels(accepted: list[tuple[_Cand, str, int]], ranks: dict[str, float], texts: Iterable[int] = ()) -> list[int]:
    """Levels in a text with appendices: each part (the body before the first appendix, each
    appendix; each text under its own title after a law's articles, *texts*: :func:`_titled_texts`) numbers
    its levels from the families used in it, so a list under ``附件1`` is
    level 1 there whatever depth its family has in the body (in an appendix, lists rank in the
    order they first appear there: :func:`_part_rank`); an appendix itself is level 0."""
    out = [0] * len(accepted)
    bounds = sorted({i for i, (_, fam, _) in enumerate(accepted) if fam == "annex"}.union(texts))
    for lo, hi in zip([0, *bounds], [*bounds, len(accepted)]):
        fams = [fam for _, fam, _ in accepted[lo:hi] if fam != "annex"]
        part = _part_order([(fam, c.n) for c, fam, _ in accepted[lo:hi] if fam != "annex" and not c.sub])
        rank = {f: _part_rank(f, ranks, part) if lo else ranks[f] for f in fams}  # (the body: as ranked)
        level_of = _family_levels(accepted, lo, hi, rank)
        for k in range(lo, hi):
            fam = accepted[k][1]
            if fam != "annex":
                out[k] = level_of[fam]
    return out


def _family_levels(accepted: list[tuple[_Cand, str, int]], lo: int, hi: int, rank: dict[str, float]) -> dict[str, int]:
    """Level of each family used in ``accepted[lo:hi]`` (*rank*: the families' ranks there): one
    below every family ranked above it, but of two families of the standard's order (GB/T 9704:
    一、 > （一） > 1. > （1） > ①) one is below the other only where the document shows it: a heading
    of it stands under the other, or the other was met first and the standard ranks it higher.
    Families met against the standard's order that never nest share a level (1. under 一、, then
    （一） under 二、: both 2). A family keeps one level throughout (1. under （一） somewhere is
    level 3 everywhere, under 一、 too)."""
    above: dict[str, set[str]] = {}  # (in order of first appearance)
    for k in range(lo, hi):
        _, fam, parent = accepted[k]
        if fam != "annex":
            above.setdefault(fam, set()).add(accepted[parent][1] if parent >= 0 else "annex")
    # the order the families were met: in the body, as first printed (a family may rank above
    # one met before it: _new_rank); in an appendix, as ranked (where its lists first run)
    first = {fam: k for k, fam in enumerate(above)} if lo == 0 else rank
    order = sorted(above, key=rank.__getitem__)
    out: dict[str, int] = {}
    for i, fam in enumerate(order):
        std = _STANDARD.get(fam)
        seniors = [g for g in order[:i] if g in above[fam] or std is None or _STANDARD.get(g) is None
                   or (_STANDARD[g] < std and first[g] < first[fam])]
        out[fam] = 1 + max((out[g] for g in seniors), default=0)
    return out


#: The standard's order of the document families (GB/T 9704-2012 §7.3.3, then the deeper ones).
_STANDARD = {"cn": 0, "cn_paren": 1, "arabic": 2, "ar_paren": 3, "circled": 4}



def _question_end(text: str, colon: int, limit: int) -> int:
    """End of a numbered question's title (``1．问：企业可以享受哪些补贴？``) whose ``问`` ends at
    *colon*: the line's end when the line is the one question (it ends with ？, no other sentence
    end before), else *colon* (the title is ``问``)."""
    line_end = _line_re().match(text, colon, limit).end()
    q = text[colon + 1 : line_end].rstrip(" \t\u3000\r")
    if q[-1:] in ("？", "?") and not any(c in q[:-1] for c in "。！？!?；;"):
        return colon + 1 + len(q)
    return colon


def _title_gap(text: str, start: int, end: int, t_end: int) -> tuple[str, str, int]:
    """The title of the marker from *start* to *end* (its text running to *t_end*), the gap before
    it and where it ends. Blanks around it are no title: those before it are the gap, those after
    it start the body; so is the Markdown emphasis closing a heading whose line starts with one
    (``**一、总则**``: the closing ``**`` starts the body), or closing its marker alone
    (``**一、**总则``: the ``**`` is the gap); the emphasis around a title after a plain marker
    is the gap and the body's start (``一、**总则**``)."""
    if text[t_end - 1 : t_end] == "*" and t_end > end:
        if _bold_before(text, start):
            t_end = end + len(text[end:t_end].rstrip("*"))
        elif (w := _BOLD_TITLE.fullmatch(text, end, t_end)) is not None:  # (一、**总则**: the title bold)
            return w["t"], w["gap"], w.end("t")
    title = text[end:t_end]
    if title[:1] == "*" and _bold_before(text, start):  # (**一、**总则: the marker bold on its own)
        gap = _BOLD_GAP_BELOW.match(title).group()
        stripped = title[len(gap) :].strip()
        if stripped:
            return stripped, gap, end + len(gap) + len(stripped)
    stripped = title.strip()
    if stripped is title:
        return title, "", t_end
    gap = title[: title.find(stripped)] if stripped else ""
    return stripped, gap, end + len(gap) + len(stripped)


#: After a marker bold on its own (``**一、**``): the emphasis closing it, blanks, and the emphasis
#: opening its title (``**一、** **总则**``), all of them the gap; with a line break too when the
#: title is on the next line (``**一、**`` alone on its line).
_BOLD_GAP = re.compile(r"\*{1,3}[ \t\u3000]*\**")
_BOLD_GAP_BELOW = re.compile(r"\*{1,3}\s*\**")
#: A title in Markdown emphasis after its marker (``一、**总则**``): the gap, its opening mark.
_BOLD_TITLE = re.compile(r"(?P<gap>[ \t\u3000]*(?P<s>\*{1,3}))(?P<t>[^*\s](?:[^*\n]*[^*\s])?)(?P=s)[ \t\u3000]*")


def _bold_before(text: str, start: int) -> bool:
    """The marker at *start* stands after a Markdown emphasis mark at its line's start (``**一、``)."""
    lo = max(0, start - 12)
    nl = text.rfind("\n", lo, start)
    if nl < 0 and lo > 0:  # (the line starts farther back: no ** of a heading before the marker)
        return False
    return "*" in text[nl + 1 : start]


#: The most characters of a short heading title printed letter-spaced (``一、综　　合``).
_SPACED_TITLE_MAX = 8


@lazy
def _spaced_rest_re() -> re.Pattern[str]:
    # the rest of a letter-spaced title's line after its first character: blanks and one Han
    # character, up to _SPACED_TITLE_MAX - 1 times, then blanks and the line's end
    return re.compile(rf"(?:[ \t\u3000]+[{_HAN}]){{1,{_SPACED_TITLE_MAX - 1}}}(?=[ \t\u3000]*(?:[\r\n]|\Z))")


def _spaced_title_end(text: str, end: int, limit: int) -> int:
    """End of a heading's title whose first character (ending at *end*) starts a letter-spaced
    title filling the rest of its line (``一、综　　合``, ``二、农　　业``: one Han character
    each, blanks between), else *end* (run-together text: its title ends at the blank)."""
    # (matched past *limit*: the line's end must be there, not a heading run on after a blank)
    m = _spaced_rest_re().match(text, end)
    return end if m is None or m.end() > limit else m.end()


# Families whose title is the rest of the marker's line.
_LINE_TITLED = frozenset({"pian", "bian", "fenbian", "zhang", "jie", "bufen"})
# Families of those whose marker may stand alone on its line, its title on the next.
_TITLE_BELOW = frozenset({"pian", "bufen"})


def _build(text: str, accepted: list[tuple[_Cand, str, int]], ranks: dict[str, float]) -> Outline:
    if not accepted:
        return Outline(text, [])
    texts = _titled_texts(text, accepted) if "tiao" in ranks and len(ranks) > 1 else []
    level_of = _family_levels(accepted, 0, len(accepted), ranks) if "annex" not in ranks and not texts else {}
    level_of["annex"] = 0  # appendices sit above the body's levels
    starts = [c.start for c, _, _ in accepted] + [len(text)]
    # end of a section: start of the next section that is not its descendant
    n = len(accepted)
    ends = [len(text)] * n
    open_stack: list[int] = []
    for i, (_, _, parent) in enumerate(accepted):
        while open_stack and open_stack[-1] != parent:
            ends[open_stack.pop()] = starts[i]
        open_stack.append(i)
    nodes: list[Section] = []
    roots: list[Section] = []
    title_re, line_re, law_title_re = _title_re(), _line_re(), _law_title_re()
    law_titles = "【" in text  # (else no 条 has a bracketed title)
    named = {fam: (level_of.get(fam, 0), fam.rstrip("~")) for fam in ranks}
    part_levels = _part_levels(accepted, ranks, texts) if "annex" in ranks or texts else None
    plain_phrases: bool | None = None  # (:func:`_plain_phrase_titles`, read once when needed)
    for i, (c, fam, parent) in enumerate(accepted):
        limit = starts[i + 1]
        if fam == "tiao":
            tm = law_title_re.match(text, c.end, limit) if law_titles else None
            if tm is None:  # (第一条　合作目标: an agreement's article titled by a phrase alone on its line)
                tm = _article_phrase_re().match(text, c.end, limit)
                if tm is not None and not text[tm.end() : ends[i]].strip():
                    tm = None  # (第五条　删除: the article's whole text, no title)
                elif tm is not None and _list_next_re().match(text, tm.end()):
                    if plain_phrases is None:
                        plain_phrases = _plain_phrase_titles(text, accepted, starts)
                    tm = tm if plain_phrases else None  # (第一条　禁止下列行为 + （一）…: the list's lead)
            t_end = tm.end() if tm else c.end
        elif fam in _LINE_TITLED:
            t_end = line_re.match(text, c.end, limit).end()
            if fam in _TITLE_BELOW and not text[c.end : t_end].strip():
                t_end = _title_below(text, t_end, limit)  # (第三部分, 第二篇 alone, its title below)
        elif fam == "annex":
            t_from = _annex_title_start(text, c.end, limit)
            t_end = _annex_title_end(text, t_from, limit)
        else:
            t_from = c.end
            if text[t_from : t_from + 1] == "*" and _bold_before(text, c.start):  # (**一、** 总则)
                t_from = _BOLD_GAP.match(text, t_from, limit).end()
            t_end = title_re.match(text, t_from, limit).end()
            if t_end < limit and text[t_end] in "：:" and text[t_from:t_end] == "问":
                t_end = _question_end(text, t_end, limit)  # (1．问：…？ the question is the title)
            if t_end - t_from == 1 and t_end < limit and text[t_end] in " \t\u3000" and "\u3400" <= text[t_from] <= "\u9fff":
                t_end = _spaced_title_end(text, t_end, limit)  # (一、综　　合: letter-spaced)
            if t_end < limit and text[t_end] in "\r\n":  # (a title ends in a blank only when empty)
                if t_end == t_from or text[t_end - 1] in " \t\u3000":
                    t_end = _title_below(text, t_end, limit)  # (第一、 or **一、** alone on its line)
                if t_end < limit and text[t_end] in "\r\n" and text.find("《", c.end, t_end) >= 0:
                    t_end = _title_closed(text, c.end, t_end, limit)
        level, name = named[fam]
        if part_levels is not None:
            level = part_levels[i]
        if fam != "annex" or t_from == c.end:
            title, gap, t_end = _title_gap(text, c.start, c.end, t_end)
        else:  # (附录A + （资料性） + its name: the nature line is no title)
            title, gap, t_end = _title_gap(text, c.start, t_from, t_end)
            gap = text[c.end : t_from] + gap
        sec = Section(
            level, text[c.start : c.end], c.n, title, text[t_end:limit],
            c.start, ends[i], [], name, c.sub, gap,
        )
        nodes.append(sec)
        if parent < 0:
            roots.append(sec)
        else:
            nodes[parent].children.append(sec)
    return Outline(text[: starts[0]], roots)
