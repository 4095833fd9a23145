"""Spans no numeral is read in: protected terms, names (quoted slogans, plenary sessions,
numbered institutions), URLs and e-mail addresses; and the ordinary words that contain numerals.

A protected span cuts any run that overlaps it (so 二十大 and 十四五 survive in every context); an
ordinary word blocks a run that starts inside it (统一零售价 never yields 一零, but 三万一千 is
not 万一).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Any

import numpy as _numpy

from .. import _re as re
from .._charfreq import association
from .._util import lazy, may_be_astral
from . import patterns as P
from .lexicon import CN_NUM_SET, ORDINAL_MARKS, nonquantity, pre_window, serial_terms, units
from .types import Atom

Span = tuple[int, int]
#: texts this long find lexicon terms from a NumPy bigram filter (see :func:`term_spans`)
TERM_SCAN = 1024
#: how many numeral characters a plenary session's numbers take before 届/次 at most
SESSION_BACK = 8
#: the numbers of a bigram table (one byte per first or second character)
_MAX_CHARS = 255


def find_all(text: str, lit: str) -> list[int]:
    """Where *lit* starts in *text*, overlaps included (``str.find`` is far faster than a regex scan
    led by a non-ASCII literal, which tests every character).

    >>> find_all("组织三人小组", "组")
    [0, 5]
    """
    out = []
    i = text.find(lit)
    while i >= 0:
        out.append(i)
        i = text.find(lit, i + 1)
    return out


def identifiers(text: str) -> list[Span]:
    """Spans of URLs and e-mail addresses (each e-mail found from its @, at bounded cost)."""
    spans = [m.span() for m in P.URL.finditer(text)] if ("://" in text or "www." in text) else []
    if "@" in text:
        for m in P.AT.finditer(text):
            i = m.start()
            local = P.EMAIL_LOCAL.search(text, max(0, i - 64), i)
            if local:
                spans.append((local.start(), m.end()))
    return spans


@lru_cache(maxsize=16)
def protect_re(protect: frozenset[str]) -> re.Pattern[str]:
    """The protected terms (absolute: they cut any run that overlaps them), with the numbered
    series names (神舟九号) when there are any."""
    terms = protect | serial_terms() if protect else frozenset()
    return re.compile(P.term_regex((t, "") for t in terms if t))


def _session_spans(text: str, at: Places) -> list[Span]:
    """Plenary sessions: 十一届八次全会, 八次全会 (as one left-to-right pass would find them: a
    次全会 whose 次 ends a 届…次 match is that match). 第 before the numerals of a 次全体会议 or 次全会
    makes them an ordinal of the event, as 第五次会议 is (第二次全体会议: found, kept as written)."""
    spans: list[Span] = []
    found = matches_at(P.SESSION_OF, text, at("届"))
    ends = {m.end() for m in found}
    found += [m for m in matches_at(P.SESSION, text, at("次")) if m.start() + 1 not in ends]
    for m in sorted(found, key=lambda m: m.start()):
        i = m.start()
        while i > 0 and text[i - 1] in CN_NUM_SET and m.start() - i < SESSION_BACK:
            i -= 1
        if i < m.start() and not (i and text[i - 1] in ORDINAL_MARKS and m.re is P.SESSION):
            spans.append((i, m.end()))
    return spans


class Places:
    """Where the characters the name rules start from stand in a text (:func:`table_chars`; each
    one's places in order). On a long text the NumPy lookup over its code units that finds the
    protected terms' first characters finds them too (:func:`trigger_places`; a regex scan led
    by a literal, or an ``in`` test, reads the whole text once per rule); on a short one
    ``str.find`` finds each character when it is asked for.

    >>> at = Places("组织三人小组", None)
    >>> at("组"), at("五")
    ([0, 5], [])
    """

    __slots__ = ("_bounds", "_found", "_places", "_text")

    def __init__(self, text: str, found: Leads | None) -> None:
        """*found*: :func:`trigger_places` (None: each character is looked for with str.find)."""
        self._text = text
        self._found: dict[str, list[int]] = {}
        self._places: list[int] | None = None
        if found is not None:
            at, ids = found
            order = _numpy.argsort(ids, kind="stable")
            self._bounds: list[int] = _numpy.searchsorted(ids[order], _numpy.arange(1, len(table_chars()) + 2)).tolist()
            self._places = at[order].tolist()

    def __call__(self, ch: str) -> list[int]:
        """The places of *ch* (one of :data:`_TRIGGERS`), in order."""
        if self._places is None:
            got = self._found.get(ch)
            if got is None:
                got = self._found[ch] = find_all(self._text, ch)
            return got
        k = _trigger_table()[1][ch]
        return self._places[self._bounds[k] : self._bounds[k + 1]]

    def between_numeral(self, ch: str, nexts: frozenset[str]) -> list[int]:
        """The places of *ch* right after a Chinese numeral and before one of *nexts*."""
        text = self._text
        return [i for i in self(ch) if i and text[i - 1] in CN_NUM_SET and text[i + 1 : i + 2] in nexts]

    def before_numeral(self, ch: str) -> list[int]:
        """The places of *ch* right before a Chinese numeral."""
        text, n = self._text, len(self._text) - 1
        return [i for i in self(ch) if i < n and text[i + 1] in CN_NUM_SET]

    def word(self, w: str | tuple[str, ...]) -> list[int]:
        """The places of the word *w* (found from its first character), in order; or of any of
        the words *w* (a tuple of words with one first character: its places read once)."""
        text = self._text
        return [i for i in self(w[0][0]) if text.startswith(w, i)]


#: the characters the name rules start from, besides the keys of the rules' tables (帮 of 人帮
#: and 口 of 的口号 stand for a frequent first character; 室 and 单 end an address's parts)
_TRIGGERS = "“「『《节月口附组帮号遥次届五个個条热专服室单"


@lazy
def table_chars() -> str:
    """Every character :class:`Places` finds."""
    keys = (P.GLOSSARY_TERM, P.DOC_SERIAL, P.REGION_NAME, P.BRAND_AT, P.formula_names(), P.era_years())
    return "".join(sorted(set(_TRIGGERS).union(*keys)))


@lazy
def _trigger_table() -> tuple[Any, dict[str, int]]:
    """A table giving each of :func:`table_chars` its number (1…), and each one's index."""
    chars = table_chars()
    ids = _numpy.zeros(0x10000, _numpy.uint8)
    ids[[ord(c) for c in chars]] = _numpy.arange(1, len(chars) + 1, dtype=_numpy.uint8)
    return ids, {c: k for k, c in enumerate(chars)}


#: where characters of a table stand in a text and their numbers in it (NumPy arrays)
Leads = tuple[Any, Any]


def lead_places(table: Any, units: Any) -> Leads:
    """Where a character *table* numbers stands in the code *units* (all but the last) and its
    number."""
    a = _numpy.take(table, units[:-1])
    at = _numpy.flatnonzero(a)  # (a few % of a page)
    return at, a[at]


def trigger_places(units: Any, idx: Any = None, leads: Leads | None = None) -> Leads | None:
    """Where each character of :func:`table_chars` stands in the code *units* and its number
    (1…), in order of place: from the *leads* of the protected terms' :func:`term_index` *idx*
    when there are some, else by a lookup of their own. None without *units*."""
    if units is None:
        return None
    table = _trigger_table()[0]
    if idx is not None and leads is not None:
        at, firsts = leads
        ids = _numpy.take(idx[4], firsts)
        sel = _numpy.flatnonzero(ids)
        at, ids = at[sel], ids[sel]
    else:
        at, ids = lead_places(table, units)
    last = table[units[-1]]  # (the leads end before the last unit)
    if last:
        at, ids = _numpy.append(at, len(units) - 1), _numpy.append(ids, last)
    return at, ids


def matches_at(rx: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """The matches ``rx.finditer(text)`` gives, knowing that none starts outside *starts* (in
    order; *rx* never matches the empty string)."""
    out = []
    end = 0
    for i in starts:
        if i >= end:
            m = rx.match(text, i)
            if m is not None:
                out.append(m)
                end = m.end()
    return out


def name_spans(text: str, units: Any = None, at: Places | None = None) -> list[Span]:
    """Spans of names (protected like the lexicon's terms): quoted slogans, plenary sessions,
    groups named by their members' count, documents' serial numbers (国发〔2020〕5号) …
    *units*: the text's :func:`code_units` when the caller has them; *at*: the places of the
    rules' first characters, when the caller has them (each rule is only tried there)."""
    at = at or Places(text, trigger_places(units))
    spans: list[Span] = []
    if at("“"):
        spans += _quoted_spans(text, at, units)
    spans += _glossary_spans(text, at)
    spans += _festival_spans(text, at)
    if at("《"):
        spans += _title_spans(text, at("《"), units)
    spans += _month_event_spans(text, at)
    spans += _slogan_spans(text, at)
    spans += [m.span(1) for m in matches_at(P.PART_LABEL, text, at("附"))]
    spans += _group_spans(text, at)
    spans += _brand_spans(text, at)
    if at("号"):
        for c, rx in P.DOC_SERIAL.items():
            spans += [m.span(1) for m in matches_at(rx, text, at(c))]
        spans += _doc_number_spans(text, at("号"))
    spans += [
        m.span(1)
        for m in matches_at(P.FLIGHT_SERIAL, text, at("遥"))
        if P.FLIGHT_MODEL.search(text, max(0, m.start() - 3), m.start())
    ]
    for d, rx in P.REGION_NAME.items():
        spans += [m.span(1) for m in matches_at(rx, text, at.before_numeral(d))]
    for c, rx in P.era_years().items():  # 光绪二十六年, 民国十八年: a year of an era calendar
        spans += [m.span(1) for m in matches_at(rx, text, [i - 1 for i in at.before_numeral(c) if i])]
    spans += _formula_spans(text, at)
    quoted = at("「") + at("『")
    if quoted:
        spans += [m.span(1) for m in matches_at(P.QUOTED_NAME_CJK, text, sorted(quoted))]
    if at("次"):
        spans += _session_spans(text, at)
    if at("五"):
        spans += _plan_spans(text, at)
    spans += _hotline_spans(text, at)
    spans += _address_spans(text, at)
    return spans


def _address_spans(text: str, at: Places) -> list[Span]:
    """An address's parts before a room's number or a stairway's unit (3栋2单元501室, 2号楼1205室,
    1205室: see :data:`.patterns.ADDRESS_BACK`), found backwards from each 室 (ending the word) and
    单元 right after a digit.

    >>> t = "和平小区3栋2单元501室，新建3栋，3室1厅，2010室内，1号楼3单元"
    >>> [t[a:b] for a, b in _address_spans(t, Places(t, None))]
    ['3栋2单元501室', '1号楼3单元']
    """
    spans = []
    ends = [i + 1 for i in at(P.ROOM) if i and text[i - 1].isdigit() and text[i + 1 : i + 2] not in P.ROOM_WORDS]
    ends += [i + 2 for i in at(P.UNIT_OF_STAIRS[0]) if i and text[i - 1].isdigit() and text.startswith(P.UNIT_OF_STAIRS, i)]
    for end in sorted(ends, reverse=True):  # (from the last: a stairway's unit inside a room's address is its part)
        m = P.ADDRESS_BACK.search(text, max(0, end - P.ADDRESS_BACK_SPAN), end)
        if m is not None and not (spans and spans[-1][0] <= m.start()):
            spans.append(m.span())
    return spans[::-1]


def _doc_number_spans(text: str, places: list[int]) -> list[Span]:
    """The numbers of documents written 第N号 (国务院令第708号, 指导案例第680号, 第7240号建议: see
    :data:`.patterns.DOC_NUMBER_BEFORE`), found from the places of 号."""
    spans: list[Span] = []
    for i in places:
        prev = text[i - 1] if i else ""
        if not (prev.isdigit() or prev in CN_NUM_SET):
            continue
        m = P.DOC_NUMBER_BEFORE.search(text, max(0, i - P.DOC_NUMBER_BACK), i)
        if m is not None and (m.start(1) - m.start() > 1 or text.startswith(P.DOC_NUMBER_AFTER, i + 1)):
            spans.append(m.span(1))
    return spans


def _formula_spans(text: str, at: Places) -> list[Span]:
    """Numbered formulas (四项基本原则, 三大纪律八项注意, 中美三个联合公报, 十七条协议): the
    numerals before a measure word and its head."""
    nexts = P.formula_next()
    found = [m for w, rx in P.formula_names().items() for m in matches_at(rx, text, at.between_numeral(w, nexts[w]))]
    communiques = at.word(("个公报", "个联合公报")) + at.word(("条协议", "条纲要"))
    found += matches_at(P.COMMUNIQUES, text, sorted(communiques))
    spans = []
    for m in found:
        j = _numerals_before(text, m.start())
        if j < m.start():
            spans.append((j, m.end()))
    return spans


#: how many characters a month's numerals take before 月 at most (十一, 十二)
MONTH_BACK = 2


def _month_event_spans(text: str, at: Places) -> list[Span]:
    """Revolutions, uprisings and movements named by their month: 十月革命, 一月风暴, 十月起义 (the
    month and 月), found from 月 before the event's word (as ``MONTH_EVENT.finditer`` finds them:
    the longest month ending at that 月)."""
    spans = []
    for m in matches_at(P.MONTH_EVENT_AT, text, at("月")):
        i = m.start()
        for k in range(max(0, i - MONTH_BACK), i):
            n = P.MONTH_EVENT.match(text, k)
            if n is not None and n.end() == i:
                spans.append((k, i + 1))
                break
    return spans


def _quoted_spans(text: str, at: Places, units: Any = None) -> list[Span]:
    """Quoted names and slogans: a short quoted phrase with a Chinese numeral (up to its first
    Arabic digit: “两个10亿元” keeps 两个 as written, 10亿元 is an amount) and, from 3 characters
    on, its unquoted occurrences elsewhere in the text (“四人帮”, then 四人帮), quoted codes
    (“2152”), “四个1” and policy packages named by their articles (“金融16条”)."""
    spans = []
    names = set()
    quotes = at("“")
    for m in matches_at(P.QUOTED_PHRASE, text, quotes):
        s, e = m.span(1)
        d = P.ARABIC_DIGIT.search(text, s, e)
        if d is not None:
            e = d.start()
        if P.HAS_CN.search(text, s, e):
            spans.append((s, e))
            if d is None and e - s >= NAME_ECHO_MIN and P.echo_risk_re().search(m[1]):
                names.add(m[1])  # “四人帮”: the name also where the text writes it unquoted
    if names:
        spans += _echoes(text, names, units)
    led = [i for i in quotes if text[i + 1 : i + 2] in _QUOTE_LEADS]  # (where the three rules below can match)
    if led:
        spans += [m.span(1) for m in matches_at(P.QUOTED_CODE, text, led)]
        spans += [m.span(1) for m in matches_at(P.QUOTED_NUMBER_NAME, text, led)]
        spans += [m.span(1) for m in matches_at(P.QUOTED_COUNT_NAME, text, led)]
    if quotes:  # (matched at the quotes only: a test of the whole text for 条” costs more)
        spans += [m.span(1) for m in matches_at(P.QUOTED_ARTICLES_NAME, text, quotes)]
    return spans


#: the characters a quoted code, a quoted name led by a number or a quoted count's name starts
#: with after its opening quote (:data:`.patterns.QUOTED_CODE`, ``QUOTED_NUMBER_NAME``,
#: ``QUOTED_COUNT_NAME``)
_QUOTE_LEADS = frozenset(
    "0123456789０１２３４５６７８９ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+＋"
) | CN_NUM_SET


#: how long a name must be for its other, unmarked occurrences in the text to be the name too
NAME_ECHO_MIN = 3


def _echoes(text: str, names: set[str], units: Any = None) -> list[Span]:
    """Every occurrence of *names* (names a text marks once, 《十六条》, and then writes without
    the marks: 十六条 is the document there too): each name's occurrences left to right without
    overlap (as a ``str.find`` per name finds them; an alternation of the names is faster warm, but
    its compilation for each new text costs more in a page's first pass).

    On a long text the names are looked for only where one's first two characters stand, which a
    few NumPy comparisons over the text's code units find (a search per name reads the whole text
    once per name). *units*: the text's :func:`code_units` when the caller has them.
    """
    if min(map(len, names)) < 2:
        units = None
    elif units is None:
        units = code_units(text)
    if units is not None:
        return _echoes_at(text, names, _name_starts(units, names))
    spans = []
    for name in names:
        i = text.find(name)
        while i >= 0:
            spans.append((i, i + len(name)))
            i = text.find(name, i + len(name))
    return spans


def _name_starts(units: Any, names: set[str]) -> list[int]:
    """Where the first two characters of one of *names* stand, given the text's code *units*
    (every name at least two characters long), in order."""
    lead = units[:-1]
    firsts = sorted({ord(n[0]) for n in names})  # (a few: compared whole, with no index array)
    mask = lead == firsts[0]
    for c in firsts[1:]:
        mask |= lead == c
    at = _numpy.flatnonzero(mask)  # (a few % of a page)
    pairs = (units[at].astype(_numpy.uint32) << 16) | units[at + 1]
    heads = _numpy.array(sorted({(ord(n[0]) << 16) | ord(n[1]) for n in names}), dtype=_numpy.uint32)
    i = _numpy.minimum(_numpy.searchsorted(heads, pairs), len(heads) - 1)
    starts: list[int] = at[heads[i] == pairs].tolist()
    return starts


def _echoes_at(text: str, names: set[str], starts: list[int]) -> list[Span]:
    """The occurrences of *names* at *starts* (each name's left to right without overlap)."""
    by_head: dict[str, list[str]] = {}
    for name in names:
        by_head.setdefault(name[:2], []).append(name)
    free = dict.fromkeys(names, 0)  # where each name's next occurrence may start
    spans = []
    for i in starts:
        for name in by_head.get(text[i : i + 2], ()):
            if i >= free[name] and text.startswith(name, i):
                free[name] = i + len(name)
                spans.append((i, free[name]))
    return spans


def _title_spans(text: str, marks: list[int], units: Any = None) -> list[Span]:
    """Short titles in book-title marks holding a Chinese numeral (《十六条》, 《五一节》), and
    their unmarked occurrences elsewhere in the text (3 characters or more: 二十三条). *marks*:
    where 《 stands."""
    found = [m for m in matches_at(P.SHORT_TITLE, text, marks) if P.HAS_CN.search(m[1])]
    spans = [m.span(1) for m in found]
    names = {m[1] for m in found if len(m[1]) >= NAME_ECHO_MIN}
    return spans + _echoes(text, names, units) if names else spans


def _group_spans(text: str, at: Places | None = None) -> list[Span]:
    """Groups named by the count of their members: 四人帮, 三人小组, 两校大批判组 (a numeral, the
    members' word of :data:`.patterns.GROUP_MEMBERS`, a kind of group of
    :data:`.patterns.GROUP_KINDS` and 组, or 人帮). 三人分组, 三人一组 and 五人组成 are no names.

    >>> t = "三人领导小组，四人帮，三人分组"
    >>> [t[a:b] for a, b in _group_spans(t)]
    ['三人领导小组', '四人帮']
    """
    at = at or Places(text, None)
    spans = []
    for h in at("组"):
        if P.GROUP_HEAD.match(text, h) is None:
            continue
        for kind in P.GROUP_KINDS:
            k = h - len(kind) - 1
            if k > 0 and text.startswith(kind, k + 1) and text[k] in P.GROUP_MEMBERS and text[k - 1] in CN_NUM_SET:
                spans.append((_numerals_before(text, k), h + 1))
                break
    for j in at("帮"):
        k = j - 1
        if k > 0 and text[k] == "人" and text[k - 1] in CN_NUM_SET and P.GANG_HEAD.match(text, j):
            spans.append((_numerals_before(text, k), k + 2))
    return sorted(spans)


def _brand_spans(text: str, at: Places | None = None) -> list[Span]:
    """Brands named by a count of animals or plants (三只松鼠, 七匹狼), right before a word about a
    company (三只松鼠股份有限公司, 三只松鼠:IPO) or in a list of names that ends in 等 and such a word
    (三只松鼠、七匹狼等品牌): the numerals are the brand's.

    >>> t = "三只松鼠:IPO仍在排队，两只松鼠跑了，三只松鼠、良品铺子等品牌，养了三只羊、两头牛等"
    >>> [t[a:b] for a, b in _brand_spans(t)]
    ['三只松鼠', '三只松鼠']
    """
    at = at or Places(text, None)
    spans = []
    for w, rx in P.BRAND_AT.items():
        for i in at(w):
            if i and text[i - 1] in CN_NUM_SET:
                m = rx.match(text, i)
                if m is not None:
                    spans.append((_numerals_before(text, i), m.end()))
    return spans


def _slogan_spans(text: str, at: Places) -> list[Span]:
    """Slogans named as such: 口号是苦战三年 (to the clause's end), 提出了苦干三年的口号 (from the
    clause's start or after the verb that raises it)."""
    found = at.word("口号")
    if not found:
        return []
    spans = [m.span(1) for m in matches_at(P.SLOGAN_AFTER, text, found)]
    for m in matches_at(P.SLOGAN_BEFORE, text, [i - 1 for i in found if i and text[i - 1] == "的"]):
        c = P.SLOGAN_CLAUSE.search(text, max(0, m.start() - P.SLOGAN_BACK), m.start())
        if c is None:
            continue
        s, e = c.span()
        verbs = list(P.SLOGAN_VERB.finditer(text, s, e))
        spans.append((verbs[-1].end() if verbs else s, e))
    return spans


#: what stands before a note that explains a term (a line start, a blank, a full stop)
_NOTE_BEFORE = frozenset("\n\r\t \u3000。")


def _glossary_spans(text: str, at: Places) -> list[Span]:
    """The terms a report's notes explain: ［10］两个基地、两个枢纽：… (with a Chinese numeral)."""
    return [
        m.span(1)
        for o, rx in P.GLOSSARY_TERM.items()
        for m in matches_at(rx, text, at(o))
        if (m.start() == 0 or text[m.start() - 1] in _NOTE_BEFORE) and P.HAS_CN.search(m[1])
    ]


#: how far before 节 a festival's month and day may start (三八国际妇女节)
FESTIVAL_BACK = 6


def _festival_spans(text: str, at: Places) -> list[Span]:
    """Festivals named by month and day: 五一节, 八一建军节 (the month and day are the name)."""
    spans = []
    for i in at("节"):
        b = P.FESTIVAL_BEFORE.search(text, max(0, i - FESTIVAL_BACK), i)
        if b is not None:
            spans.append((b.start(), b.start() + 2))
    return spans


def _hotline_spans(text: str, at: Places) -> list[Span]:
    """Service numbers: 12345 a few characters before 热线, 专线, 服务台 or 服务平台 (in the order
    of the words, then of the text: the caller sorts the spans)."""
    spans = []
    for words in P.HOTLINE_WORDS:
        for i in at.word(words):  # (a word never overlaps itself: its places are its matches)
            n = P.HOTLINE_NUMBER.search(text, max(0, i - P.HOTLINE_BACK), i)
            if n is not None:
                spans.append(n.span())
    return spans


def _numerals_before(text: str, i: int) -> int:
    """Where the Chinese numerals right before *i* start (at most 8 of them)."""
    j = i
    while j > 0 and text[j - 1] in CN_NUM_SET and i - j < SESSION_BACK:
        j -= 1
    return j


#: the numbers of the five-year plans in their short form (一五 … 十六五)
_PLAN_NUMBERS = frozenset(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
                           "十一", "十二", "十三", "十四", "十五", "十六"])  # fmt: skip


def _plan_spans(text: str, at: Places) -> list[Span]:
    """Five-year plans: 第六个五年计划, 第一个五年内, 七五计划, 十五期间 (the numerals are part of
    the name)."""
    ordinal = at.word("个五年") or at.word("個五年")
    spans = [m.span() for m in P.PLAN_ORDINAL.finditer(text)] if ordinal else []
    fives = [i for i in at("五") if text[i + 1 : i + 2] in P.PLAN_SHORT_NEXT]  # (the pattern's next character)
    for m in matches_at(P.PLAN_SHORT, text, fives):
        i = m.start()
        for k in (2, 1):
            head = text[max(0, i - k) : i]
            before = text[i - k - 1] if i - k - 1 >= 0 else ""
            if len(head) == k and head in _PLAN_NUMBERS and before not in CN_NUM_SET:
                spans.append((i - k, m.end()))
                break
    return spans


def _char_table(chars: list[str]) -> tuple[Any, int] | None:
    """A table giving each of *chars* a small number (1..len), with its size; None when they do
    not fit in a byte or one is astral."""
    if len(chars) >= _MAX_CHARS or chars[-1] > "\uffff":
        return None
    ids = _numpy.zeros(0x10000, _numpy.uint8)
    ids[[ord(c) for c in chars]] = _numpy.arange(1, len(chars) + 1, dtype=_numpy.uint8)
    return ids, len(chars) + 1


def _trigrams(terms: list[str]) -> Any:
    """The first three characters of each term of three or more, as sorted 48-bit numbers (one
    16-bit code unit each: :func:`_trigram_codes`)."""
    codes = {(ord(t[0]) << 32) | (ord(t[1]) << 16) | ord(t[2]) for t in terms if len(t) > 2}
    return _numpy.array(sorted(codes), dtype=_numpy.uint64)


def _trigram_codes(units: Any, at: Any) -> Any:
    """The numbers of the three code units at each place *at* (the last place's unit stands in
    for the missing ones at the end: only a two-character term can match there)."""
    u = units.astype(_numpy.uint64)
    last = len(units) - 1
    return (u[at] << 32) | (u[_numpy.minimum(at + 1, last)] << 16) | u[_numpy.minimum(at + 2, last)]


def _has(table: Any, codes: Any) -> Any:
    """Which of *codes* the sorted *table* holds (a bool array)."""
    if not len(table):
        return _numpy.zeros(len(codes), bool)
    i = _numpy.minimum(_numpy.searchsorted(table, codes), len(table) - 1)
    return table[i] == codes


@lru_cache(maxsize=16)
def term_index(protect: frozenset[str]) -> tuple[Any, Any, Any, Any, Any, Any, Any] | None:
    """For :func:`term_spans`: a table giving each character that starts a protected term or an
    ordinary word, or that a name rule starts from (:func:`table_chars`), a small number, one
    giving each character that comes second in a term or word a small number, the base of the
    bigram numbers, a table of bigram numbers (bit 1: a protected term of two characters starts
    so, bit 2: a word of two, bit 4: a longer term, bit 8: a longer word), one giving each small
    number of the first table its number in :func:`table_chars` (0: none), and the
    :func:`_trigrams` of the terms and of the words. None when the terms do not fit (a one-character term, an astral character, 255+
    distinct first or second characters)."""
    prot = protect | serial_terms() if protect else frozenset()
    words = [w for w, _ in nonquantity() if w]
    terms = [*prot, *words]
    if any(len(t) < 2 for t in terms):
        return None
    firsts = _char_table(sorted({t[0] for t in terms}.union(table_chars())))
    seconds = _char_table(sorted({t[1] for t in terms}))
    if firsts is None or seconds is None:
        return None
    (first, _), (second, k) = firsts, seconds
    lut = _numpy.zeros(256 * k, _numpy.uint8)
    for bit, group in ((1, prot), (2, words)):
        for t in group:
            lut[int(first[ord(t[0])]) * k + int(second[ord(t[1])])] |= bit if len(t) == 2 else bit << 2
    names = _numpy.zeros(256, _numpy.uint8)
    for c, number in zip(table_chars(), range(1, _MAX_CHARS)):
        names[first[ord(c)]] = number
    return first, second, _numpy.uint16(k), lut, names, _trigrams(list(prot)), _trigrams(words)


def chain(rx: re.Pattern[str], text: str, starts: list[int]) -> list[Span]:
    """The spans ``rx.finditer(text)`` gives, knowing that no match starts outside *starts*."""
    return [m.span() for m in matches_at(rx, text, starts)]


def code_units(text: str) -> Any:
    """The UTF-16 code units of *text* (a NumPy array) when NumPy look-ups pay off: a text of
    :data:`TERM_SCAN` characters or more, with no astral character; else None."""
    if len(text) < TERM_SCAN or may_be_astral(text):
        return None
    return _numpy.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype="<u2")


def term_spans(
    text: str, protect: frozenset[str], units: Any = None, leads: Leads | None = None
) -> tuple[list[Span], list[Span]]:
    """Spans of the protected terms and of the ordinary words, each left to right without overlap
    (as ``finditer`` finds them).

    On long texts the regexes are only tried where a term's first two characters stand: one
    NumPy lookup per character finds those places (a pattern led by a character class makes the
    engine test every character, which costs more than the lookup). *units*: the text's
    :func:`code_units` when the caller has them, *leads*: its :func:`lead_places` for the first
    table of :func:`term_index`.
    """
    prot_rx = protect_re(protect) if protect else None
    words_rx = P.words_re()
    if units is None:
        units = code_units(text)
    idx = term_index(protect) if units is not None else None
    if idx is None:
        prot = [m.span() for m in prot_rx.finditer(text)] if prot_rx is not None else []
        return prot, [m.span() for m in words_rx.finditer(text)]
    first, second, k, lut, _, prot_tri, word_tri = idx
    nz, firsts = leads if leads is not None else lead_places(first, units)  # (a term's first character)
    hits = _numpy.take(lut, firsts.astype(_numpy.uint16) * k + _numpy.take(second, units[nz + 1]))
    sel = _numpy.flatnonzero(hits)
    at, kinds = nz[sel], hits[sel]
    # where only a longer term or word starts with the two characters, its third must follow too
    # (第二十条: 第二 and 二十 start terms, 第二十 and 二十条 none)
    codes = _trigram_codes(units, at)
    prot_at = ((kinds & 1) != 0) | (((kinds & 4) != 0) & _has(prot_tri, codes))
    word_at = ((kinds & 2) != 0) | (((kinds & 8) != 0) & _has(word_tri, codes))
    prot = chain(prot_rx, text, at[prot_at].tolist()) if prot_rx is not None else []
    return prot, chain(words_rx, text, at[word_at].tolist())


#: the ends of the protected terms that 第 before them makes an ordinal (第十二届, 第五次会议)
_SESSION_END, _MEETING_END = "届", "次会议"


_SESSION_BEFORE = CN_NUM_SET | {"第"}


def _numbered_session(text: str, b: int) -> bool:
    """Does the protected term ending at *b* end in 届 or 次会议 (十二届, 五次会议)?"""
    return text[b - 1] == _SESSION_END or text.startswith(_MEETING_END, b - len(_MEETING_END))


def _sessions_whole(text: str, prot: list[Span]) -> list[Span]:
    """The protected spans with the sessions' names read whole: 第十二届, 第五次会议 and
    第二十六次会议 are ordinals (found, not rewritten), where 十二届 and 五次会议 alone (a session's
    name, like 三中全会) are protected; a term that ends a longer numeral (二十六次会议, 二十一届)
    protects all of it (never 二十 cut from it)."""
    out: list[Span] = []
    end = 0
    for a, b in prot:
        if a and text[a - 1] in _SESSION_BEFORE and _numbered_session(text, b):
            i = a
            while i > end and text[i - 1] in CN_NUM_SET:
                i -= 1
            if i and text[i - 1] == "第":
                continue
            a = i
        out.append((a, b))
        end = b
    return out


#: a protected term led by one character and then a numeral (国五条: a policy package's name) is
#: none where that character ends a word with the one before it (全国五条高速, 美国五条航线, 本国五条:
#: counts of roads, lines, points): the one before is a determiner or a numeral before a character
#: that is no measure word (本国, 该国, 两国), or
#: the bundled character pairs count the two as a word (:func:`.._charfreq.association` of at least
#: :data:`WORD_PAIR_ASSOCIATION`: 全国, 我国, 美国; not 新国, 市国, 实国, 和国: 新国五条, 楼市国六条,
#: 落实国五条, 国五条和国六条 stay names)
WORD_PAIR_ASSOCIATION = 2.0
_DETERMINERS = frozenset("本该此这那某每各")
#: the first characters of a term that never end a word before it: a numeral, an ordinal's 第
_NOT_WORD_ENDS = CN_NUM_SET | frozenset("第笫")


def inside_word(text: str, a: int) -> bool:
    """Does the protected term starting at *a*, one character and then a numeral (国五条), start with
    the last character of a word before it (全国, 美国, 两国, 本国)?

    >>> inside_word("全国五条高速", 1), inside_word("美国五条航线", 1), inside_word("新国五条出台", 1)
    (True, True, False)
    """
    if not a or text[a + 1 : a + 2] not in CN_NUM_SET or text[a] in _NOT_WORD_ENDS:
        return False  # (第三支柱: 第 starts an ordinal, it ends no word before it)
    prev = text[a - 1]
    if prev in _DETERMINERS or (prev in CN_NUM_SET and text[a] not in units()):
        return True  # (五人一组: the numeral counts with a measure word, the term over its unit stays)
    return "\u4e00" <= prev <= "\u9fff" and association(prev, text[a]) >= WORD_PAIR_ASSOCIATION


#: what lists a name's number before a protected name that shares its head (985、211院校, 985和211高校)
_NAME_LIST_JOINS = frozenset("、和与及或/／")
#: how many characters a listed name's number takes at most (985, 十八)
LISTED_NUMBER_MAX = 4


def _numeral_char(ch: str) -> bool:
    return ch in CN_NUM_SET or "0" <= ch <= "9"


def _listed_names(text: str, prot: list[Span], protect: frozenset[str]) -> list[Span]:
    """The numbers listed right before a protected name that shares their head: 985、211院校 and
    985和211高校 (985院校, 985高校 are names as 211院校 is: the list names both programmes), 十八、十九届;
    not 新建3、211院校 (3院校 is no name).

    >>> t = "到985、211院校深造，3和211高校"
    >>> [t[a:b] for a, b in _listed_names(t, [(5, 10), (17, 22)], frozenset(["985院校", "211院校", "211高校"]))]
    ['985']
    """
    out = []
    for a, b in prot:
        if a < 2 or text[a - 1] not in _NAME_LIST_JOINS or not _numeral_char(text[a]):
            continue
        k = a
        while k < b and _numeral_char(text[k]):
            k += 1
        j = a - 1
        while j > 0 and a - 1 - j < LISTED_NUMBER_MAX and _numeral_char(text[j - 1]):
            j -= 1
        if k < b and j < a - 1 and text[j : a - 1] + text[k:b] in protect:
            out.append((j, a - 1))
    return out


def protected_spans(text: str, protect: frozenset[str], units: Any = None) -> tuple[list[Span], list[Span]]:
    """The protected spans (terms, names, identifiers; in order of their starts) and the ordinary
    words of *text* (*units*: its :func:`code_units`, when the caller has them)."""
    if units is None:
        units = code_units(text)  # (once: the terms, the names and their echoes all look them up)
    idx = term_index(protect) if units is not None else None
    leads = lead_places(idx[0], units) if idx is not None else None
    prot, words = term_spans(text, protect, units, leads)
    if words:  # (a look at each word's first character: cheaper than a search of the text for 四周)
        first = P.FOUR_WEEKS[0]
        words = [
            w
            for w in words
            if (text[w[0]] != first or not _four_weeks(text, w))
            and (text[w[0]] not in GRADE_HEADS or not _grade_ends_word(text, w))
            and (text[w[0]] != P.WEEK or not _counted_per_week(text, w))
        ]
    if prot:
        prot = _sessions_whole(text, [t for t in prot if not inside_word(text, t[0])])
        listed = _listed_names(text, prot, protect)
        if listed:
            prot = sorted(prot + listed)
    if protect:
        names = name_spans(text, units, Places(text, trigger_places(units, idx, leads)))
        if names:
            prot = sorted(prot + names)
    if "@" in text or "://" in text or "www." in text:
        prot = sorted(prot + identifiers(text))  # URLs and e-mail addresses
    return prot, words


#: the first characters of the school grades among the ordinary words (高三, 初二, 大一: a year of senior, junior
#: or university school)
GRADE_HEADS = frozenset("高初大")


def _grade_ends_word(text: str, w: Span) -> bool:
    """Is the ordinary word at *w* a school grade's look-alike, its first character the end of a word with the one
    before it (提高三个百分点, 扩大一倍, 最初三个月, 年初三个月: the bundled character pairs count 提高, 扩大, 最初 and 年初
    words, as :func:`inside_word` reads them)? The numeral after it is then read as any other (高三学生, 升入高三 and
    大一新生 stay the grades).

    >>> t = "提高三个百分点，扩大一倍，升入高三，全体高三学生"
    >>> [t[s:e] for s, e in term_spans(t, frozenset())[1] if _grade_ends_word(t, (s, e))]
    ['高三', '大一']
    """
    s, e = w
    return e - s == 2 and s > 0 and association(text[s - 1], text[s]) >= WORD_PAIR_ASSOCIATION


def _counted_per_week(text: str, w: Span) -> bool:
    """Is the ordinary word at *w* a weekday's look-alike (周三, 周五) after 每 or 一 and before a unit it counts
    (每周三天, 每周五天工作制, 一周三天, 每周四课时, 每周六小时, 每周五个工作日: so many a week, as 每周三次 is)? The
    numeral is then read (每周三下午, 每周五天气 and 本周三 stay the weekdays).

    >>> t = "每周三天，一周四课时，每周五下午，每周五天气，本周三天"
    >>> [t[s:e] for s, e in term_spans(t, frozenset())[1] if _counted_per_week(t, (s, e))]
    ['周三', '周四']
    """
    s, e = w
    return e - s == 2 and s > 0 and text[s - 1] in P.PER_WEEK_BEFORE and P.WEEK_COUNT_AFTER.match(text, e) is not None


def _four_weeks(text: str, w: Span) -> bool:
    """Is the ordinary word at *w* 四周 said of four weeks, no word (all around): 第, 每, 前, 为期, 连续, a
    qualifier or a range's connector before it, or what ends a span of time after it, or 岁 or 年 (第四周,
    为期四周, 不少于四周, 三至四周, 四周以内, 四周后复查, 四周岁, 四周年; 环顾四周, 校园四周, 四周环山 stay the
    word)? The run is then read as a span of weeks (or an ordinal: 第四周, or an age: 四周岁), as 三周, 第三周
    and 三周岁 are.

    >>> t = "第四周复习，环顾四周，不少于四周，四周以内"
    >>> [t[s:e] for s, e in term_spans(t, frozenset())[1] if _four_weeks(t, (s, e))]
    ['四周', '四周', '四周']
    """
    s, e = w
    if e - s != len(P.FOUR_WEEKS) or not text.startswith(P.FOUR_WEEKS, s):
        return False
    if P.FOUR_WEEKS_BEFORE.search(text, max(0, s - P.FOUR_WEEKS_BACK), s) or P.FOUR_WEEKS_AFTER.match(text, e):
        return True
    pre = P.pre_re().search(text, max(0, s - pre_window()), s) if s else None
    if pre is None or pre["q"] is None:
        return False
    # (接近四周墙壁处, 贴近四周: a qualifier that is also a word of place; 近 alone reads time only where
    # FOUR_WEEKS_BEFORE takes it, 接近 at a clause's end)
    q = pre["q"]
    if not q.endswith(P.FOUR_WEEKS_NEAR) or q == P.FOUR_WEEKS_NEARLY:
        return True
    return q != P.FOUR_WEEKS_NEAR and P.FOUR_WEEKS_END.match(text, e) is not None


def drop_overlapping(atoms: list[Atom], spans: list[Span]) -> list[Atom]:
    """Atoms whose span, unit and qualifiers included, touches a protected span are dropped
    (*atoms* with increasing starts and increasing ends, as the walk makes them: a prefix holds
    no numeral, so it may reach into the atom before, never before its start; *spans* in order
    of their starts). Each span finds the atoms it touches by a binary search on their ends."""
    ends = [a.e for a in atoms]
    n = len(atoms)
    drop = set()
    for ps, pe in spans:
        i = bisect_right(ends, ps)
        while i < n and atoms[i].s < pe:
            drop.add(i)
            i += 1
    if not drop:
        return atoms
    return [a for i, a in enumerate(atoms) if i not in drop]

