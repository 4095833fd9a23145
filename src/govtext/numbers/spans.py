"""Spans no numeral is read in: protected terms, names (quoted slogans, plenary sessions,
numbered institutions), URLs and e-mail addresses; and the ordinary words that contain numerals.

A protected span cuts any run that overlaps it (so 二十大 and 十四五 survive in every context); an
ordinary word blocks a run that starts inside it (统一零售价 never yields 一零, but 三万一千 is
not 万一).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import repeat
from typing import Any

from .._util import may_be_astral
from . import patterns as P
from .lexicon import CN_NUM_SET, nonquantity, serial_terms
from .types import Atom

_numpy: Any
try:
    import numpy as _numpy
except ImportError:  # pragma: no cover - numpy is a dependency; the regex passes are the fallback
    _numpy = None

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


def _session_spans(text: str) -> list[Span]:
    """Plenary sessions: 十一届八次全会, 八次全会 (as one left-to-right pass would find them: a
    次全会 whose 次 ends a 届…次 match is that match)."""
    spans: list[Span] = []
    found = list(P.SESSION_OF.finditer(text))
    ends = {m.end() for m in found}
    found += [m for m in P.SESSION.finditer(text) if m.start() + 1 not in ends]
    for m in sorted(found, key=lambda m: m.start()):
        i = m.start()
        while i > 0 and text[i - 1] in CN_NUM_SET and m.start() - i < SESSION_BACK:
            i -= 1
        if i < m.start():
            spans.append((i, m.end()))
    return spans


def name_spans(text: str, units: Any = None) -> list[Span]:
    """Spans of names (protected like the lexicon's terms): quoted slogans, plenary sessions,
    groups named by their members' count, documents' serial numbers (国发〔2020〕5号) …
    *units*: the text's :func:`code_units` when the caller has them."""
    spans: list[Span] = []
    if "“" in text:
        spans += _quoted_spans(text, units)
    spans += _glossary_spans(text)
    if "节" in text:
        spans += _festival_spans(text)
    if "《" in text:
        spans += _title_spans(text, units)
    spans += _month_event_spans(text)
    if "口号" in text:
        spans += _slogan_spans(text)
    if "附" in text:
        spans += [m.span(1) for m in P.PART_LABEL.finditer(text)]
    if "组" in text or "人帮" in text:
        spans += _group_spans(text)
    spans += _brand_spans(text)
    if "号" in text:
        for c, rx in P.DOC_SERIAL.items():
            if c in text:
                spans += [m.span(1) for m in map(rx.match, repeat(text), find_all(text, c)) if m is not None]
    if "遥" in text:
        spans += [
            m.span(1)
            for m in P.FLIGHT_SERIAL.finditer(text)
            if P.FLIGHT_MODEL.search(text, max(0, m.start() - 3), m.start())
        ]
    for rx in P.REGION_NAME.values():  # (literal-led: a gate would read the text once more)
        spans += [m.span(1) for m in rx.finditer(text)]
    formulas = [rx for w, rx in P.formula_names().items() if w in text]
    if "公报" in text or "条协议" in text or "条纲要" in text:
        formulas.append(P.COMMUNIQUES)
    for rx in formulas:
        for m in rx.finditer(text):
            j = _numerals_before(text, m.start())
            if j < m.start():
                spans.append((j, m.end()))
    if "「" in text or "『" in text:
        spans += [m.span(1) for m in P.QUOTED_NAME_CJK.finditer(text)]
    if "次" in text and ("全会" in text or "届" in text or "全体会议" in text):
        spans += _session_spans(text)
    if "五" in text:
        spans += _plan_spans(text)
    spans += _hotline_spans(text)
    return spans


#: how many characters a month's numerals take before 月 at most (十一, 十二)
MONTH_BACK = 2


def _month_event_spans(text: str) -> list[Span]:
    """Revolutions, uprisings and movements named by their month: 十月革命, 一月风暴, 十月起义 (the
    month and 月), found from 月 before the event's word (as ``MONTH_EVENT.finditer`` finds them:
    the longest month ending at that 月)."""
    spans = []
    for m in P.MONTH_EVENT_AT.finditer(text):
        i = m.start()
        for k in range(max(0, i - MONTH_BACK), i):
            n = P.MONTH_EVENT.match(text, k)
            if n is not None and n.end() == i:
                spans.append((k, i + 1))
                break
    return spans


def _quoted_spans(text: str, units: Any = None) -> list[Span]:
    """Quoted names and slogans: a short quoted phrase with a Chinese numeral (up to its first
    Arabic digit: “两个10亿元” keeps 两个 as written, 10亿元 is an amount) and, from 3 characters
    on, its unquoted occurrences elsewhere in the text (“四人帮”, then 四人帮), quoted codes
    (“2152”) and “四个1”."""
    spans = []
    names = set()
    for m in P.QUOTED_PHRASE.finditer(text):
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
    spans += [m.span(1) for m in P.QUOTED_CODE.finditer(text)]
    spans += [m.span(1) for m in P.QUOTED_COUNT_NAME.finditer(text)]
    return spans


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


def _title_spans(text: str, units: Any = None) -> list[Span]:
    """Short titles in book-title marks holding a Chinese numeral (《十六条》, 《五一节》), and
    their unmarked occurrences elsewhere in the text (3 characters or more: 二十三条)."""
    found = [m for m in P.SHORT_TITLE.finditer(text) if P.HAS_CN.search(m[1])]
    spans = [m.span(1) for m in found]
    names = {m[1] for m in found if len(m[1]) >= NAME_ECHO_MIN}
    return spans + _echoes(text, names, units) if names else spans


def _group_spans(text: str) -> list[Span]:
    """Groups named by the count of their members: 四人帮, 三人小组, 两校大批判组 (a numeral, the
    members' word of :data:`.patterns.GROUP_MEMBERS`, a kind of group of
    :data:`.patterns.GROUP_KINDS` and 组, or 人帮). 三人分组, 三人一组 and 五人组成 are no names.

    >>> t = "三人领导小组，四人帮，三人分组"
    >>> [t[a:b] for a, b in _group_spans(t)]
    ['三人领导小组', '四人帮']
    """
    spans = []
    for h in find_all(text, "组") if "组" in text else ():
        if P.GROUP_HEAD.match(text, h) is None:
            continue
        for kind in P.GROUP_KINDS:
            k = h - len(kind) - 1
            if k > 0 and text.startswith(kind, k + 1) and text[k] in P.GROUP_MEMBERS and text[k - 1] in CN_NUM_SET:
                spans.append((_numerals_before(text, k), h + 1))
                break
    if "人帮" in text:
        for k in find_all(text, "人帮"):
            if k and text[k - 1] in CN_NUM_SET and P.GANG_HEAD.match(text, k + 1):
                spans.append((_numerals_before(text, k), k + 2))
    return sorted(spans)


def _brand_spans(text: str) -> list[Span]:
    """Brands named by a count of animals or plants (三只松鼠, 七匹狼), right before a word about a
    company (三只松鼠股份有限公司, 三只松鼠:IPO): the numerals are the brand's.

    >>> t = "三只松鼠:IPO仍在排队，两只松鼠跑了"
    >>> [t[a:b] for a, b in _brand_spans(t)]
    ['三只松鼠']
    """
    spans = []
    for w, rx in P.BRAND_AT.items():
        if w in text:
            for i in find_all(text, w):
                if i and text[i - 1] in CN_NUM_SET:
                    m = rx.match(text, i)
                    if m is not None:
                        spans.append((_numerals_before(text, i), m.end()))
    return spans


def _slogan_spans(text: str) -> list[Span]:
    """Slogans named as such: 口号是苦战三年 (to the clause's end), 提出了苦干三年的口号 (from the
    clause's start or after the verb that raises it)."""
    spans = [m.span(1) for m in P.SLOGAN_AFTER.finditer(text)]
    for m in P.SLOGAN_BEFORE.finditer(text):
        c = P.SLOGAN_CLAUSE.search(text, max(0, m.start() - P.SLOGAN_BACK), m.start())
        if c is None:
            continue
        s, e = c.span()
        verbs = list(P.SLOGAN_VERB.finditer(text, s, e))
        spans.append((verbs[-1].end() if verbs else s, e))
    return spans


#: what stands before a note that explains a term (a line start, a blank, a full stop)
_NOTE_BEFORE = frozenset("\n\r\t \u3000。")


def _glossary_spans(text: str) -> list[Span]:
    """The terms a report's notes explain: ［10］两个基地、两个枢纽：… (with a Chinese numeral)."""
    return [
        m.span(1)
        for o, rx in P.GLOSSARY_TERM.items()
        if o in text
        for m in rx.finditer(text)
        if (m.start() == 0 or text[m.start() - 1] in _NOTE_BEFORE) and P.HAS_CN.search(m[1])
    ]


#: how far before 节 a festival's month and day may start (三八国际妇女节)
FESTIVAL_BACK = 6


def _festival_spans(text: str) -> list[Span]:
    """Festivals named by month and day: 五一节, 八一建军节 (the month and day are the name)."""
    spans = []
    for m in P.FESTIVAL_AT.finditer(text):
        i = m.start()
        b = P.FESTIVAL_BEFORE.search(text, max(0, i - FESTIVAL_BACK), i)
        if b is not None:
            spans.append((b.start(), b.start() + 2))
    return spans


def _hotline_spans(text: str) -> list[Span]:
    """Service numbers: 12345 a few characters before 热线, 专线, 服务台 or 服务平台 (in the order
    of the words, then of the text: the caller sorts the spans)."""
    spans = []
    for rx in P.HOTLINE:
        for m in rx.finditer(text):
            i = m.start()
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


def _plan_spans(text: str) -> list[Span]:
    """Five-year plans: 第六个五年计划, 第一个五年内, 七五计划, 十五期间 (the numerals are part of
    the name)."""
    spans = [m.span() for m in P.PLAN_ORDINAL.finditer(text)] if "个五年" in text or "個五年" in text else []
    for m in P.PLAN_SHORT.finditer(text):
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


@lru_cache(maxsize=16)
def term_index(protect: frozenset[str]) -> tuple[Any, Any, Any, Any] | None:
    """For :func:`term_spans`: a table giving each character that starts a protected term or an
    ordinary word a small number, one giving each character that comes second in one a small
    number, the base of the bigram numbers, and a table of bigram numbers (bit 1: a protected
    term starts so, bit 2: a word). None when the terms do not fit (a one-character term, an
    astral character, 255+ distinct first or second characters)."""
    if _numpy is None:
        return None  # pragma: no cover
    prot = protect | serial_terms() if protect else frozenset()
    words = [w for w, _ in nonquantity() if w]
    terms = [*prot, *words]
    if any(len(t) < 2 for t in terms):
        return None
    firsts = _char_table(sorted({t[0] for t in terms}))
    seconds = _char_table(sorted({t[1] for t in terms}))
    if firsts is None or seconds is None:
        return None
    (first, _), (second, k) = firsts, seconds
    lut = _numpy.zeros(256 * k, _numpy.uint8)
    for bit, group in ((1, prot), (2, words)):
        for t in group:
            lut[int(first[ord(t[0])]) * k + int(second[ord(t[1])])] |= bit
    return first, second, _numpy.uint16(k), lut


def chain(rx: re.Pattern[str], text: str, starts: list[int]) -> list[Span]:
    """The spans ``rx.finditer(text)`` gives, knowing that no match starts outside *starts*."""
    out = []
    end = 0
    for i in starts:
        if i >= end:
            m = rx.match(text, i)
            if m is not None:
                out.append(m.span())
                end = m.end()
    return out


def code_units(text: str) -> Any:
    """The UTF-16 code units of *text* (a NumPy array) when NumPy look-ups pay off: a text of
    :data:`TERM_SCAN` characters or more, with no astral character; else None."""
    if len(text) < TERM_SCAN or _numpy is None or may_be_astral(text):
        return None
    return _numpy.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype="<u2")


def term_spans(text: str, protect: frozenset[str], units: Any = None) -> tuple[list[Span], list[Span]]:
    """Spans of the protected terms and of the ordinary words, each left to right without overlap
    (as ``finditer`` finds them).

    On long texts the regexes are only tried where a term's first two characters stand: one
    NumPy lookup per character finds those places (a pattern led by a character class makes the
    engine test every character, which costs more than the lookup). *units*: the text's
    :func:`code_units` when the caller has them.
    """
    prot_rx = protect_re(protect) if protect else None
    words_rx = P.words_re()
    if units is None:
        units = code_units(text)
    idx = term_index(protect) if units is not None else None
    if idx is None:
        prot = [m.span() for m in prot_rx.finditer(text)] if prot_rx is not None else []
        return prot, [m.span() for m in words_rx.finditer(text)]
    first, second, k, lut = idx
    a = _numpy.take(first, units[:-1])
    nz = _numpy.flatnonzero(a)  # where a term's first character stands (a few % of a page)
    hits = _numpy.take(lut, a[nz].astype(_numpy.uint16) * k + _numpy.take(second, units[nz + 1]))
    sel = hits != 0
    at, kinds = nz[sel], hits[sel]
    prot = chain(prot_rx, text, at[(kinds & 1) != 0].tolist()) if prot_rx is not None else []
    return prot, chain(words_rx, text, at[(kinds & 2) != 0].tolist())


def protected_spans(text: str, protect: frozenset[str]) -> tuple[list[Span], list[Span]]:
    """The protected spans (terms, names, identifiers; in order of their starts) and the ordinary
    words of *text*."""
    units = code_units(text)  # (once: the terms and the names' echoes both look them up)
    prot, words = term_spans(text, protect, units)
    if prot and "第" in text:
        # 第十二届: an ordinal (found, not rewritten), where 十二届 alone is protected
        prot = [(a, b) for a, b in prot if not (a and text[a - 1] == "第" and text[b - 1] == "届")]
    if protect:
        names = name_spans(text, units)
        if names:
            prot = sorted(prot + names)
    if "@" in text or "://" in text or "www." in text:
        prot = sorted(prot + identifiers(text))  # URLs and e-mail addresses
    return prot, words


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

