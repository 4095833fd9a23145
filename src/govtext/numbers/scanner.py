"""The candidate runs of a text, cut by the protected spans, read into atoms and merged.

A few linear passes with precompiled ``re`` patterns, each starting with a plain character class
or a literal so the engine skips non-candidates at C speed: runs of numeral characters, the
protected terms and ordinary words (:mod:`.spans`), ISO dates and clock times. The spans are
merged in one walk; each remaining run is read once (:func:`.reader.read_atom`). Work per
candidate is bounded (runs longer than :data:`.reader.MAX_RUN` are skipped), so the scan is
linear in the input.
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_right
from typing import Any

from . import patterns as P
from .lexicon import CN_SET, CONN_CHARS, DAY_PERIODS, LABEL, day_period_hour, han_word
from .merge import mark_year_lists, merge_dates, merge_ranges, month_lists
from .reader import DECADE, MAX_RUN, read_atom, single_next
from .rewrite import lone_one_before, month_list, ratio_with_lone_one
from .spans import Span, drop_overlapping, find_all, protected_spans
from .types import Atom, PartialDate

ISO_YEAR_MIN, ISO_YEAR_MAX = 1800, 2199  # ISO dates outside these years are no dates
ISO_YEAR_DIGITS = 4
ISO_PARTS = 3  # year, month, day
GLUED_DAY_HOUR = 4  # the digits of a day and an hour glued together (3008 of 2019-09-3008:14)
MAX_HOUR = 23  # the last hour of a clock time (12时55分)
#: kinds of mention a kept neighbour does not keep (see :func:`keep_neighbours`)
_OWN_PHRASE = frozenset(("year", "date", "time"))


def _special_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_date) of the ISO dates and clock times of *text*, in order."""
    found = []
    for sep, rx in P.ISO_AT.items():
        if sep in text:
            found += [(m.start() - ISO_YEAR_DIGITS, m.end(), True) for m in rx.finditer(text)]
    if ":" in text:
        for m in P.TIME_AT.finditer(text):
            i = m.start()
            found.append((i - 2 if i >= 2 and "0" <= text[i - 2] <= "9" else i - 1, m.end(), False))
    for w, rx in P.CLOCK_AT.items():  # 12时55分, 8点30分: an hour 0-23 before 时/点
        if w in text and "分" in text:
            for j in find_all(text, w):
                c = rx.match(text, j) if j and "0" <= text[j - 1] <= "9" else None
                if c is not None:
                    i = j - (2 if j >= 2 and "0" <= text[j - 2] <= "9" else 1)
                    if int(text[i:j]) <= MAX_HOUR:
                        found.append((i, c.end(), False))
    if "时" in text:
        found += _hours(text)
    if "点" in text:
        found += _period_hours(text)
    found.sort()
    return found


def _hours(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, False) of the hours of the day written with Arabic digits and 时 alone (上午9时,
    21时起), where 时 starts no word (10时期间 is 10时 and 期间; 5时代 is not an hour) and no
    minutes follow (12时55分 is a clock time of :data:`.patterns.CLOCK_AT`)."""
    out = []
    clock = P.CLOCK_AT["时"]
    for j in find_all(text, "时"):
        if not j or not "0" <= text[j - 1] <= "9" or P.NOT_HOUR.match(text, j + 1) or clock.match(text, j):
            continue
        i = j - (2 if j >= 2 and "0" <= text[j - 2] <= "9" else 1)
        if (i and "0" <= text[i - 1] <= "9") or int(text[i:j]) > MAX_HOUR:
            continue
        half = text.startswith("半", j + 1) and text[i - 2 : i] in DAY_PERIODS
        out.append((i, j + 2 if half else j + 1, False))
    return out


def _period_hours(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, False) of the hours written with Arabic digits and 点 (or 点半) right after a
    word for a part of the day (晚上8点, 下午3点半: :data:`.lexicon.DAY_PERIODS`); without it N点
    stays a number (三点建议, 2点要求). A digit after 点 is no hour's (8点30分 is a clock time of
    :data:`.patterns.CLOCK_AT`)."""
    out = []
    clock = P.CLOCK_AT["点"]
    for j in find_all(text, "点"):
        if j < 3 or not "0" <= text[j - 1] <= "9" or clock.match(text, j):
            continue
        i = j - (2 if "0" <= text[j - 2] <= "9" else 1)
        if text[i - 2 : i] not in DAY_PERIODS or int(text[i:j]) > MAX_HOUR:
            continue
        if "0" <= text[j + 1 : j + 2] <= "9":  # 晚上8点30: minutes without 分 (not 8.3)
            m = P.MINUTES.match(text, j + 1)
            if m is not None:
                out.append((i, m.end(), False))
            continue
        out.append((i, j + 2 if text.startswith("半", j + 1) else j + 1, False))
    return out


def _special_atom(text: str, s: int, e: int, iso: bool) -> Atom | None:
    """The atom of an ISO date (maybe with a time) or a clock time; None when it does not exist."""
    parts = P.INTS.findall(text, s, e)
    if iso and len(parts) > ISO_PARTS and len(parts[2]) == GLUED_DAY_HOUR:
        parts[2:3] = parts[2][:2], parts[2][2:]  # 2019-09-3008:14: the day and the hour glued
    nums = [int(x) for x in parts]
    a = Atom(s, e)
    v: Any
    try:
        if iso:
            y, mo, d = nums[:3]
            if not ISO_YEAR_MIN <= y <= ISO_YEAR_MAX:
                return None
            hms = [*nums[3:], 0, 0][:3]
            v = _dt.datetime(y, mo, d, hms[0], hms[1], hms[2]) if len(nums) > 3 else _dt.date(y, mo, d)
            a.kind, a.date = "date", PartialDate(y, mo, d)
        else:
            hms = [*nums, 0, 0][:3]
            if text[e - 1] == "半":
                hms[1] = 30  # 下午3点半
            period = DAY_PERIODS.get(text[s - 2 : s]) if s > 1 else None
            if period is not None:  # 下午3时: the hour on the 24-hour clock (15:00)
                hms[0] = day_period_hour(period, hms[0])
            v = _dt.time(hms[0], hms[1], hms[2])
            a.kind = "time"
    except (ValueError, TypeError):
        return None
    a.low = a.high = v
    return a


def special_atoms(text: str) -> list[Atom]:
    """ISO dates (with an optional time) and clock times (8:30, 12时55分), left to right without
    overlaps."""
    if not (":" in text or "-" in text or "/" in text or "." in text or "分" in text or "时" in text or "点" in text):
        return []
    out: list[Atom] = []
    taken = 0
    for s, e, iso in _special_spans(text):
        if s < taken:
            continue
        taken = e
        if s and (text[s - 1].isdigit() or (text[s - 1] == ":" and not iso)):
            continue
        if not iso and _decimal_ratio(text, s, e):
            continue
        a = _special_atom(text, s, e, iso)
        if a is not None:
            out.append(a)
    return out


def _decimal_ratio(text: str, s: int, e: int) -> bool:
    """Is the clock time ``text[s:e]`` part of a ratio of decimals (1.1:50.3:48.6), its hour a
    decimal's last digits or its minutes a decimal's first?"""
    return (s >= 2 and text[s - 1] in ".．" and text[s - 2].isdigit()) or (
        text[e : e + 1] in (".", "．") and text[e + 1 : e + 2].isdigit())


class _Walk:
    """The state of the walk over runs, protected spans, ordinary words and special atoms."""

    __slots__ = ("atoms", "last_end", "pi", "prot", "si", "special", "text", "wi", "words")

    def __init__(self, text: str, prot: list[Span], words: list[Span], special: list[Atom]) -> None:
        self.text = text
        self.prot, self.words, self.special = prot, words, special
        self.pi = self.wi = self.si = 0
        self.last_end = 0
        self.atoms: list[Atom] = []

    def flush_special(self, e: int) -> None:
        """Take the special atoms that start before *e*."""
        special, n = self.special, len(self.special)
        while self.si < n and special[self.si].s < e:
            sp = special[self.si]
            self.si += 1
            if sp.s >= self.last_end:
                self.atoms.append(sp)
                self.last_end = sp.e

    def read(self, s: int, e: int) -> None:
        """Read the run ``text[s:e]``: the parts a protected span leaves, unless an ordinary word
        holds its start."""
        text, prot, words = self.text, self.prot, self.words
        run_re = P.run_re()
        m = None
        while True:
            if m is not None:
                s, e = m.span()
            rest = None
            self.flush_special(e)
            if s < self.last_end:
                return
            # protected spans cut the run: the parts before and after are read on their own
            while self.pi < len(prot) and prot[self.pi][1] <= s:
                self.pi += 1
            if self.pi < len(prot) and prot[self.pi][0] < e:
                ps, pe = prot[self.pi]
                rest = run_re.match(text, pe) if pe < e else None
                m = run_re.match(text, s, ps) if ps > s else None
                if m is None:
                    if rest is None:
                        return
                    m = rest
                    continue
                s, e = m.span()
            # ordinary words (统一, 一些) block a run that starts inside them (a run going on for
            # 3+ numerals after the word is a number: 同一九八〇年)
            while self.wi < len(words) and words[self.wi][1] <= s:
                self.wi += 1
            if self.wi < len(words) and words[self.wi][0] <= s < words[self.wi][1] and e - words[self.wi][1] < 3:
                we = words[self.wi][1]
                m = run_re.match(text, we) if we < e else None
                if m is not None and rest is not None and m.start() >= rest.start():
                    m = rest
                if m is None:
                    return
                continue
            if not (e - s == 1 and text[s] in CN_SET and (e >= len(text) or text[e] not in single_next())):
                a = read_atom(text, s, e)
                if a is not None:
                    self.atoms.append(a)
                    self.last_end = a.e
            if rest is None:
                return
            m = rest


def _hazards(prot: list[Span], words: list[Span]) -> tuple[list[int], list[int]]:
    """The starts and ends of the protected spans and ordinary words, ordered by start (a run
    that none of them touches is read without the walk's checks)."""
    spans = sorted(prot + words)
    return [a for a, _ in spans], [b for _, b in spans]


def _walk(text: str, prot: list[Span], words: list[Span]) -> list[Atom]:
    """The atoms of the runs of *text*, in text order (before merging)."""
    walk = _Walk(text, prot, words, special_atoms(text))
    starts, ends = _hazards(prot, words)
    special, hi = walk.special, 0
    atoms, n, lone_next = walk.atoms, len(text), single_next()
    starts.append(n + 1)  # (a last hazard past the end: no bound checks in the loop)
    ends.append(n + 2)
    # where the next protected span, word or special atom starts (a run before it is read
    # without the walk's checks) and where the last atom ends, kept in locals between reads
    next_special = special[0].s if special else n + 1
    last_end = 0
    for m in P.run_re().finditer(text):
        s, e = m.span()
        if e - s > MAX_RUN:
            continue
        while ends[hi] <= s:
            hi += 1
        if starts[hi] < e or next_special < e:
            walk.last_end = last_end
            walk.read(s, e)  # (a protected span, a word or an ISO date near: the walk's checks)
            last_end = walk.last_end
            next_special = special[walk.si].s if walk.si < len(special) else n + 1
        elif s >= last_end and (e - s > 1 or text[s] not in CN_SET or (e < n and text[e] in lone_next)):
            a = read_atom(text, s, e)
            if a is not None:
                atoms.append(a)
                last_end = a.e
    walk.last_end = last_end
    walk.flush_special(n + 1)
    return atoms


#: kinds of atoms that are rewritten or kept as written, but never found (五十年代, 2号线)
_NOT_FOUND = frozenset((DECADE, LABEL))
#: the years a bare four-digit number glued to a name's text is read as
_LABEL_YEAR_MIN, _LABEL_YEAR_MAX = 1900, 2099
#: after such a number, what makes it a term of a range, a list or a product, no year's label
_NOT_AFTER_YEAR = frozenset(CONN_CHARS + "".join(P.LIST_JOIN) + "或×\u3000")


def _glued_label(a: Atom, text: str) -> bool:
    """Is *a*, a bare Arabic number, glued to a name's text (a Han character on one side)? Such a
    number inside a short quoted phrase or title is the name's label (“科创100”, “2030先锋工程”,
    《中国制造2025》, “3个100”: its mention dropped); elsewhere a four-digit one in the years'
    range is a year's label (2025全球工业互联网大会, 透过2025回望: kind year)."""
    s, e = a.s, a.e
    after = text[e] if e < len(text) else ""
    if not ((s and han_word(text[s - 1])) or (after and han_word(after))):
        return False
    if P.NAME_OPEN.search(text, max(0, s - 13), s) and P.NAME_CLOSE.match(text, e):
        return True
    if (
        len(a.run) == ISO_YEAR_DIGITS
        and a.form == "int"
        and _LABEL_YEAR_MIN <= a.low <= _LABEL_YEAR_MAX
        and after > "\x7f"
        and after not in _NOT_AFTER_YEAR
    ):
        a.kind = "year"  # (not before a connector, a blank or ASCII: 1∶2000至1∶500, 1920 x 1080)
    return False


def found(atoms: list[Atom], text: str) -> list[Atom]:
    """The atoms the finder reports: no decade or label (:data:`_NOT_FOUND`), no bare Arabic
    number that labels a quoted name (:func:`_glued_label`)."""
    return [
        a for a in atoms
        if a.kind not in _NOT_FOUND
        and not (a.kind == "integer" and not a.approx and a.run[:1].isdigit() and _glued_label(a, text))
    ]  # fmt: skip


def scan(text: str, protect: frozenset[str], rewrite: bool = True) -> list[Atom]:
    """The atoms of *text*, merged into dates and ranges, in text order (*text* has a numeral).
    With ``rewrite=False`` (the finder) the rewrite's last pass, :func:`one_writing`, which only
    decides which numerals keep their writing, is left out."""
    prot, words = protected_spans(text, protect)
    atoms = _walk(text, prot, words)
    if not atoms:
        return atoms
    dates = any(a.kind == "date" for a in atoms)
    if dates:
        atoms = merge_dates(atoms, text)
    atoms = merge_ranges(mark_year_lists(atoms, text), text)
    out = [a for a in atoms if not a.weak or a.kind == "range"]
    if not rewrite:
        out = found(month_lists(out, text) if dates else out, text)
    out = drop_overlapping(out, prot) if prot else out
    if rewrite and any(a.pieces for a in out):
        if "《" in text:
            keep_titles(out, text)
        one_writing(out, text)
    return out


def keep_titles(atoms: list[Atom], text: str) -> None:
    """Numerals inside a 《》 title are kept as written by the rewrite: the title is a document's
    name (《…二〇三五年远景目标的建议》, 《一九七八—一九八五年规划纲要》); the finder still reports them."""
    titles = [m.span() for m in P.TITLE.finditer(text)]
    if not titles:
        return
    starts = [s for s, _ in titles]
    for a in atoms:
        k = bisect_right(starts, a.s) - 1
        if a.pieces and k >= 0 and a.e <= titles[k][1]:
            a.pieces, a.kept = (), True


#: what joins two numerals of one phrase: 一年和五年, 二十年或五十年, 三、四月份, 一年到两年
_JOINERS = frozenset("和与或及、到至")
#: a range's lower bound before its upper one (一年以上五年以下, 一倍以上五倍以下: one phrase)
_ABOVE = "以上"
#: Chinese numerals that, standing beside a rewritten one, make the phrase half rewritten
_KEPT_NUMERALS = frozenset("一二两兩三四五六七八九十百千")


def _as_written(x: Atom, text: str) -> bool:
    """Is the mention a Chinese numeral kept as written (a name, a numbering, an approximate
    form), not one rewritten or one in Arabic digits?"""
    return not x.pieces and x.kind not in _OWN_PHRASE and (x.kept or P.HAS_CN.search(text, x.s, x.e) is not None)


def _kept_item_before(a: Atom, text: str, prev: Atom | None) -> bool:
    """Does a numeral kept as written stand right before *a*, glued or across a joiner (四级三类,
    一年和五年, 一年以上五年以下; a lone 一年 is no mention)?"""
    s = a.s
    if prev is not None and prev.e == s:
        return prev.kept and not prev.pieces
    j = 1 if s >= 2 and text[s - 1] in _JOINERS else len(_ABOVE) if text.startswith(_ABOVE, s - len(_ABOVE)) else 0
    if not j:
        return False
    if prev is not None and prev.e == s - j:
        return _as_written(prev, text)
    k = s - j
    u = a.unit or ""
    if u and text.startswith(u, k - len(u)):
        k -= len(u)
    return k >= 1 and text[k - 1] in _KEPT_NUMERALS


def _kept_item_after(a: Atom, text: str, nxt: Atom | None) -> bool:
    """Does a numeral kept as written stand right after *a*, glued or across a joiner (五年百部,
    三个一号, 二十年或五十年一遇)?"""
    e = a.e
    joined = e < len(text) and text[e] in _JOINERS
    if joined:
        e += 1
    if nxt is not None and nxt.s == e:
        return (nxt.kept and not nxt.pieces) if not joined else _as_written(nxt, text)
    return e < len(text) and text[e] in _KEPT_NUMERALS


def one_writing(atoms: list[Atom], text: str) -> None:
    """A phrase is never half rewritten: a numeral beside one kept as written, glued to it or
    joined by 和/与/或/及/、/到/至, is kept too (四级三类, 二期三号机组, 五年百部, 三个一号, 一年和五年,
    第一、二轮). The rule spreads along the phrase; years, dates and times are no part of it
    (二〇二五年一季度 is a year, then a quarter; 一九八三年六月第六届 a date, then a session)."""
    n = len(atoms)
    changed = True
    while changed:
        changed = False
        for i, a in enumerate(atoms):
            if not a.pieces or a.kind == "time" or (a.kind in _OWN_PHRASE and text[a.s - 1 : a.s] != "、"):
                continue  # (a year or a date is kept only as a list's item: 三、四月份 is rewritten whole by month_list, 一九七三、一九七四年)
            prev = atoms[i - 1] if i else None
            nxt = atoms[i + 1] if i + 1 < n else None
            if (
                _kept_item_before(a, text, prev)
                or _kept_item_after(a, text, nxt)
                or lone_one_before(a, text)
                or ratio_with_lone_one(a, text)
            ):
                months = month_list(a, text) if a.kind == "date" and a.unit is None else []
                if months:  # 三、四月: the list of months rewritten whole (once)
                    a.pieces = [*months, *a.pieces] if months[0] not in a.pieces else a.pieces
                    continue
                a.pieces, a.kept = (), True
                changed = True
