"""Mentions made of several atoms: dates (2023年1月12日) and ranges (3至5年, 2021—2025年, 两到三万)."""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal
from typing import Any

from . import _parse as _np
from . import patterns as P
from ._parse import fmt_decimal
from .lexicon import (
    BIGS,
    LABEL,
    LAW_MARKERS,
    PCT_PREFIX,
    QUARTER,
    SPACE,
    YEAR_UNITS,
    counted_time_units,
)
from .reader import MAX_DAY
from .types import Atom, PartialDate, date_value

YEAR_DIGITS = 4
_YEAR_COUNTS = frozenset("两兩二三四五六七八九十")
MAX_GAP = 8  # a connector between two range ends (with blanks and （含）) is at most this long
YEAR_MIN, YEAR_MAX = 1000, 2199  # four-digit numbers read as years at both ends of a range
_NO_RANGE_END = ("ordinal", "fraction", LABEL)
#: the unit of a designation (2号线, 36号: a label); a bare number joined to one by a connector is the
#: first of a range of them (建设街2—36号, 3-5号楼, 1至3号线: street numbers, buildings, lines)
DESIGNATION = "号"
_MONTH = "月"
_YEAR = "年"  # (a year before a range of months: 2026年1-6月; not 2026年度)
#: the kinds of a range's second end after 第 and its first (第3-5名: a count's reading, 第1-3季度;
#: 第1—18周, 第3-5天: a span's reading, the weeks or days counted from the first)
_ORDINAL_ENDS = ("count", "ordinal", "integer", "duration")


def _only(pd: PartialDate | None, part: str) -> bool:
    """True for a one-part date atom (1月 or 11日)."""
    if pd is None:
        return False
    y, m, d = pd.year, pd.month, pd.day
    if part == "month":
        return m is not None and y is None and d is None
    return d is not None and y is None and m is None


def _adjacent(text: str, e: int, s: int) -> bool:
    return s - e <= 1 and (s == e or text[e] in SPACE)


def _date_at(atoms: list[Atom], i: int, text: str) -> tuple[int, PartialDate] | None:
    """The date that starts at atom *i* (year, month, day next to each other): (the index after
    its last atom, the date); None when atom *i* starts none."""
    a, n = atoms[i], len(atoms)
    y = m = d = None
    j = i
    if a.kind == "year" and a.unit == "年":
        y, j = int(a.low), i + 1
    if j < n and _only(atoms[j].date, "month") and (j == i or _adjacent(text, atoms[j - 1].e, atoms[j].s)):
        m = atoms[j].date.month  # type: ignore[union-attr]
        j += 1
    if m is None:
        return None
    if j < n and _only(atoms[j].date, "day") and _adjacent(text, atoms[j - 1].e, atoms[j].s):
        d = atoms[j].date.day  # type: ignore[union-attr]
        j += 1
    return j, PartialDate(y, m, d)


_DATE_KINDS = frozenset(("year", "date"))


def merge_dates(atoms: list[Atom], text: str) -> list[Atom]:
    """year 年 + month 月 + day 日 written next to each other become one date mention (only the
    years and dates are looked at; the atoms between them are copied by slices)."""
    out: list[Atom] = []
    done = 0  # atoms[:done] are in out or merged
    for i in [k for k, a in enumerate(atoms) if a.kind in _DATE_KINDS]:
        if i < done:
            continue
        got = _date_at(atoms, i, text)
        if got is None:
            a = atoms[i]
            if a.kind == "date" and a.date is not None and type(a.low) is Decimal:
                a.low = a.high = date_value(a.date)
            continue
        j, pd = got
        out += atoms[done:i]
        if _possible(pd, text, atoms[j - 1].s):
            out.append(_lunar_kept(_merged_date(atoms, i, j, pd), pd))
        else:
            j = _past_range_end(atoms, j, text)
        done = j  # (an impossible date, 2月30日, is no mention: no reading of it is right, nor of its range)
    out += atoms[done:]
    return out


def _past_range_end(atoms: list[Atom], j: int, text: str) -> int:
    """Past the date a range's connector joins to an impossible date ending at atom *j* (2026年2月30日至3月5日: the
    range is none, and 3月5日 without its year no date of it); *j* when no date follows so."""
    if j >= len(atoms) or atoms[j].kind not in _DATE_KINDS:
        return j
    e, s = atoms[j - 1].e, atoms[j].s
    if not 0 < s - e <= MAX_GAP or text[e] not in P.CONN_FIRST or P.CONN.fullmatch(text, e, s) is None:
        return j  # (2026年2月30日 至 3月2日: a connector with blanks joins them as 至 alone does)
    got = _date_at(atoms, j, text)
    return j if got is None else got[0]


#: the most days a month of the lunar calendar has (农历二月三十 is a day: a date in Chinese numerals without its year
#: may be a lunar one)
_LUNAR_MONTH_DAYS = 30
_SHORTEST_MONTH = 28  # (a day up to it is in every month: no calendar asked)


def _possible(pd: PartialDate, text: str, last: int) -> bool:
    """Can the date *pd*, whose last part starts at *last*, be a day of the calendar? Not 2月30日, 4月31日 or
    2026年2月29日 (a day past its month's end); a day in Chinese numerals without a year may be a lunar month's
    (二月三十日: the lunar months have up to 30 days), and a date without a day is always possible."""
    if pd.day is None or pd.day <= _SHORTEST_MONTH or pd.day <= _month_days(pd.year, pd.month):  # type: ignore[arg-type]
        return True
    return pd.year is None and pd.day <= _LUNAR_MONTH_DAYS and not text[last].isdigit()


def _lunar_kept(a: Atom, pd: PartialDate) -> Atom:
    """*a*, kept as written when its date *pd* is past its month's end of the solar calendar, a lunar month's day only
    (二月三十日: rewritten 2月30日 it would be no date, as Arabic digits are taken for the solar calendar)."""
    if pd.day is not None and pd.month is not None and pd.day > _month_days(pd.year, pd.month):
        a.pieces, a.exact, a.kept = [], False, True
    return a


def _merged_date(atoms: list[Atom], i: int, j: int, pd: PartialDate) -> Atom:
    """The date mention made of ``atoms[i:j]``."""
    first, last = atoms[i], atoms[j - 1]
    merged = Atom(first.s, last.e)
    merged.date = pd
    merged.low = merged.high = date_value(pd)
    merged.kind = "date"
    merged.pieces = [p for k in range(i, j) for p in atoms[k].pieces]
    merged.approx = any(atoms[k].approx for k in range(i, j))
    merged.qual = next((atoms[k].qual for k in range(i, j) if atoms[k].qual), None)
    merged.pre_q, merged.post_q = first.pre_q, last.post_q
    return merged


def _four_digit_year(a: Atom) -> bool:
    """A bare four-digit integer in the years' range (一九八一, 1981)."""
    return (a.kind == "integer" and a.unit is None and not a.approx and len(a.run) == YEAR_DIGITS
            and YEAR_MIN <= a.low <= YEAR_MAX)  # fmt: skip


def _years_follow(text: str, e: int) -> bool:
    """年 or a count of years (两年, 三年, 两个年度) right after a list's last item (一九八二两年,
    一九八一和一九八二两个年度计划)."""
    if text[e : e + 1] == "年":
        return True
    if text[e : e + 1] not in _YEAR_COUNTS:
        return False
    k = e + 2 if text[e + 1 : e + 2] == "个" else e + 1
    return text[k : k + 1] == "年"


def _joined(text: str, a: Atom, b: Atom | None) -> bool:
    """*a* and *b* are items of one list (one joining character between them)."""
    return b is not None and b.s - a.e == 1 and text[a.e] in P.LIST_JOIN


def mark_year_lists(atoms: list[Atom], text: str) -> list[Atom]:
    """Lists of years: in 一九八一和一九八二两年, 1981、1982年 each item is a year (kind year).

    An item is a year when the item after it is one; the last item when a count of years
    follows it (两年) and another item comes before it."""
    for i in reversed([k for k, a in enumerate(atoms) if a.kind == "integer"]):
        a = atoms[i]
        if not _four_digit_year(a):
            continue
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        if _joined(text, a, nxt) and nxt is not None and nxt.kind == "year":
            a.kind = "year"
        elif i and _years_follow(text, a.e) and _four_digit_year(atoms[i - 1]) and _joined(text, atoms[i - 1], a):
            a.kind = "year"
    return atoms


#: the units of changes in points (个百分点 of a percent, 个千分点 of a per mille, 个基点: basis points)
_POINTS = frozenset(("百分点", "千分点", "基点"))
#: the joiners of a list whose items share the last item's 个百分点 (0.3、0.1个百分点, 1.2个和0.8个百分点)
_POINT_LIST_JOINS = frozenset("、和与及")


def share_points(atoms: list[Atom], text: str) -> list[Atom]:
    """A list of changes in percentage points written with the unit on its last item only (加快0.3、
    0.1个百分点; 分别下降1.2个和0.8个百分点; 0.3、0.1个千分点): each item before it is points too (the
    first was a bare decimal, or a count of 个)."""
    for i in range(len(atoms) - 2, -1, -1):
        a, b = atoms[i], atoms[i + 1]
        if b.kind != "percent" or b.unit not in _POINTS or b.s - a.e != 1 or text[a.e] not in _POINT_LIST_JOINS or a.weak:
            continue
        if (a.kind in ("integer", "decimal") and a.unit is None) or (a.kind == "count" and a.unit == "个"):
            a.kind, a.unit = "percent", b.unit
    return atoms


#: the kinds of a list's last item that an ordinal list turns into an ordinal (第1、2批: 2批 counted
#: batches, 第三、四条 four articles)
_LISTED_KINDS = frozenset(("count", "ordinal"))


def ordinal_lists(atoms: list[Atom], text: str) -> list[Atom]:
    """A list of ordinals under one 第 with the unit on its last item only (第一、二款, 第三、四条, 第1、2批,
    第一、二、五项): each item is an ordinal with that unit, kept as written (the last item was a count
    of the unit: 二款 two paragraphs; the others were nothing). A list whose last item has no unit
    (第一、第二、第三产业) is left alone.

    >>> b = Atom(3, 5, 2, 2)
    >>> b.kind, b.unit = "count", "款"
    >>> [(a.s, a.e, a.kind, int(a.low), a.unit, a.kept) for a in ordinal_lists([b], "第一、二款")]
    [(0, 2, 'ordinal', 1, '款', True), (3, 5, 'ordinal', 2, '款', True)]
    """
    starts: dict[int, int] = {}
    added: list[Atom] = []
    for m in P.ORDINAL_LIST.finditer(text):
        starts = starts or {a.s: i for i, a in enumerate(atoms)}  # (built at the first list: most texts have none)
        items = [it.span() for it in P.ORDINAL_ITEM.finditer(text, m.start(), m.end())]
        last = starts.get(items[-1][0])
        if last is None or atoms[last].kind not in _LISTED_KINDS or atoms[last].unit is None:
            continue
        b = atoms[last]
        b.kind, b.form, b.pieces, b.exact, b.kept = "ordinal", "int", [], False, True
        for s, e in items[:-1]:
            try:
                v = _np.parse_value(text[s:e].lstrip("第"))[0]
            except (_np.NumeralError, ArithmeticError, ValueError):
                continue
            a = Atom(s, e, v, v)
            a.kind, a.unit, a.exact, a.kept = "ordinal", b.unit, False, True
            added.append(a)
    if not added:
        return atoms
    taken = [(a.s, a.e) for a in added]
    rest = [a for a in atoms if not any(s < a.e and a.s < e for s, e in taken)]
    return sorted(rest + added, key=lambda a: a.s)


def _percent_end(a: Atom, text: str, nxt: Atom | None) -> Atom | None:
    """百分之八至九: the bare numeral after a 百分之 percent and a connector is the range's other
    end, a percent too (its rewrite gets the percent sign: 8%至9%). None when there is none."""
    m = P.PCT_RANGE_END.match(text, a.e)
    if m is None or (nxt is not None and nxt.s < m.end()):
        return None
    try:
        v = _np.parse_value(m["n"])[0]
    except (_np.NumeralError, ArithmeticError, ValueError):
        return None
    b = Atom(m.start("n"), m.end(), v, v)
    b.kind, b.unit = a.kind, a.unit
    b.pieces = [(m.start("n"), m.end("n"), fmt_decimal(v) + str(a.unit))] if a.pieces else []
    return b


def merge_ranges(atoms: list[Atom], text: str) -> list[Atom]:
    """Two atoms joined by a connector (至, 到, —, ~) become a range when their kinds agree (only
    the atoms a connector follows are looked at; the others are copied by slices)."""
    n, conn_first = len(text), P.CONN_FIRST
    out: list[Atom] = []
    done = 0  # atoms[:done] are in out or merged
    for i in [
        k for k, a in enumerate(atoms)
        if a.e < n and text[a.e] in conn_first and (text[a.e] not in SPACE or text[a.e + 1 : a.e + 2] in conn_first)
    ]:  # (a blank alone, 第一条 国家…, joins nothing)  # fmt: skip
        if i < done:
            continue
        got = _range_at(atoms, i, text)
        if got is None:
            continue
        r, j = got
        out += atoms[done:i]
        with_month = (_month_before(out[-1], r) or _year_before(out[-1], r)) if out and out[-1].e == r.s and r.form == "date" else None
        if with_month is not None:
            out[-1] = with_month
        else:
            out.append(r)
        done = j
    out += atoms[done:]
    return out


_LEAP_YEAR = 2000  # (a month without its year has the most days it can have: 2月29日)
_MAX_YEAR = 9999


def _month_days(year: int | None, month: int) -> int:
    """The days of *month* (of *year*, or of a leap year when unknown)."""
    return calendar.monthrange(year if year is not None and 1 <= year <= _MAX_YEAR else _LEAP_YEAR, month)[1]


#: the most days a range of days written after one month (5月30-2日) may run, when it runs into
#: the next month
_MAX_CROSSING_DAYS = 15
_DECEMBER = 12


def _days_end(year: int | None, month: int, first: int, last: int) -> PartialDate | None:
    """The date of the day *last* that ends a range of days from the day *first* of *month* (of
    *year*): in that month, or in the next one when the days run backwards over the month's end, a
    short span (30-2日 after 5月: June 2); None when there is no such day (2月28-30日) or span."""
    if last >= first:
        return PartialDate(year, month, last) if last <= _month_days(year, month) else None
    if _month_days(year, month) - first + last + 1 > _MAX_CROSSING_DAYS:
        return None
    if month == _DECEMBER:
        return PartialDate(year + 1 if year is not None else None, 1, last)
    return PartialDate(year, month + 1, last)


def _month_before(m: Atom, r: Atom) -> Atom | None:
    """5月10-12日, 2019年5月10至12日: a month (maybe with its year) right before a range of days is
    the range's month; the range with it, or None. Days that run backwards over the month's end
    into the next month's first days, a short span (5月30-2日: May 30 to June 2, 2024年12月30至2日:
    into 2025), run into that month."""
    dm, lo, hi = m.date, r.low, r.high
    if m.kind != "date" or dm is None or dm.month is None or dm.day is not None:
        return None
    if not (isinstance(lo, PartialDate) and isinstance(hi, PartialDate)) or lo.month is not None or hi.month is not None:
        return None
    if lo.day is None or hi.day is None or not lo.day <= _month_days(dm.year, dm.month):
        return None  # (2月30-31日 has no 30th: no range of this month)
    end = _days_end(dm.year, dm.month, lo.day, hi.day)
    if end is None:
        return None  # (5月10-2日: no short span over the month's end; 2月28-30日: no 30th)
    merged = range_atom(m, r, date_value(PartialDate(dm.year, dm.month, lo.day)), date_value(end), None, "date")
    merged.pre_q = m.pre_q
    return merged


def _year_before(y: Atom, r: Atom) -> Atom | None:
    """2026年1-6月, 2026年1至6月, 二〇二六年一至六月: a year right before a range of months is the range's year, as a month
    right before a range of days is its month (2026-01 to 2026-06, one mention; they were the year, then the months of no
    year); the range with it, or None (a range of months that runs backwards, 2026年10-3月, is left as it was)."""
    lo, hi = r.low, r.high
    if y.kind != "year" or y.unit != _YEAR or y.low != y.high or y.low != int(y.low):
        return None
    if not (isinstance(lo, PartialDate) and isinstance(hi, PartialDate)) or lo.year is not None or hi.year is not None:
        return None
    if lo.month is None or hi.month is None or lo.day is not None or hi.day is not None or hi.month < lo.month:
        return None
    year = int(y.low)
    merged = range_atom(y, r, PartialDate(year, lo.month, None), PartialDate(year, hi.month, None), None, "date")
    merged.pre_q = y.pre_q
    return merged


def _range_at(atoms: list[Atom], i: int, text: str) -> tuple[Atom, int] | None:
    """The range that starts at atom *i* (a connector follows it) and the index after its last
    atom; None when there is none."""
    a = atoms[i]
    nxt = atoms[i + 1] if i + 1 < len(atoms) else None
    if a.run.startswith(PCT_PREFIX):
        b = _percent_end(a, text, nxt)
        if b is not None:
            return range_atom(a, b, a.low, b.high, a.unit, a.kind), i + 1
    if nxt is not None:
        gap = nxt.s - a.e
        cm = P.CONN.fullmatch(text, a.e, nxt.s) if 0 < gap <= MAX_GAP and text[a.e] in P.CONN_FIRST else None
        if cm and cm["w"] and (a.date is None or a.date.day is None):
            cm = None  # (a day of the week follows a date's day only: 1月1日（星期四）至3日)
        next_year = cm is not None and cm["n"] is not None
        if next_year and (a.date is None or nxt.date is None or nxt.date.year is not None):
            cm = None  # (次年 joins two dates, the second without its year: 11月1日至次年3月31日)
        r = (_designations(a, nxt, text) or _try_range(a, _dotted_end(a, nxt, text))) if cm and not a.post_q and not nxt.pre_q else None
        if r is not None and next_year:
            r = _into_next_year(r, a)
        if r is not None and isinstance(r.high, PartialDate) and r.high.month is not None:
            # 2月1日至30日: the right end, given the left end's month, is no day, an impossible date as 2月30日 is: no
            # mention (the left end stands alone); 二月一日至三十日 may be lunar, kept as written
            if not _possible(r.high, text, nxt.s):
                return a, i + 2
            r = _lunar_kept(r, r.high)
        if r is not None:
            return r, i + 2
    return None


def _dotted_end(a: Atom, b: Atom, text: str) -> Atom:
    """The right end *b* of a range after a full date written with dots (2026.3.5-3.8, 2026.4.1至4.7, 2026.3.5-8): a bare
    number that is a month and its day joined by a dot, or a day alone, is that date without its year (the range's
    reading gives it the first date's year, and a day alone its month too); *b* itself for any other end (3.8元, 3.8%
    and 13.8 are no such dates; 2026年3月5日-3.8 is no dotted date)."""
    if a.kind != "date" or b.kind not in _BARE_ENDS or b.unit is not None or b.approx or b.pre_q or b.post_q:
        return b
    if P.DOTTED_DATE.fullmatch(text, a.s, a.e) is None:
        return b
    m = P.DOTTED_MONTH_DAY.fullmatch(text, b.s, b.e)
    if m is None:
        return b
    month, day = (None, int(m["day"])) if m["day"] else (int(m["m"]), int(m["d"]))
    if not 1 <= day <= MAX_DAY:
        return b
    if month is not None:
        if not 1 <= month <= _DECEMBER or day > _month_days(None, month):
            return b  # (2026.3.5-13.8: no month; 2026.3.5-4.31: no day of April)
        if month == a.date.month and day <= a.date.day:  # type: ignore[union-attr,operator]
            return b  # (2026.3.25-3.8 runs backwards)
    pd = PartialDate(None, month, day)
    end = Atom(b.s, b.e, pd, pd)
    end.kind, end.date = "date", pd
    return end


#: the kinds of a bare number that may end a range of dotted dates (:func:`_dotted_end`)
_BARE_ENDS = frozenset(("decimal", "integer"))


def _into_next_year(r: Atom, a: Atom) -> Atom | None:
    """The range of dates *r* whose second date follows 次年 (2026年11月1日至次年3月31日, 2026年3月至次年5月): that date in
    the year after the first date's, where the first has one and the second is not there yet; None where that day is no
    day of the next year (2027年2月29日)."""
    hi, year = r.high, a.date.year if a.date is not None else None
    if year is None or not isinstance(hi, (PartialDate, dt.date)) or hi.year != year:
        return r
    if hi.day is not None and hi.day > _month_days(year + 1, hi.month):  # type: ignore[arg-type]
        return None
    r.high = date_value(PartialDate(year + 1, hi.month, hi.day))
    return r


def _designations(a: Atom, b: Atom, text: str) -> Atom | None:
    """建设街2—36号, 3-5号楼, 1至3号线: a bare number joined to a designation (:data:`DESIGNATION`)
    is the first of a range of them, a label at both ends (no count; the number was a bare
    integer); not after 月 (5月1-3号 names days). None for other ends."""
    if not (b.kind == LABEL and b.unit == DESIGNATION and a.kind == "integer" and a.unit is None
            and a.low == a.high < b.low and (a.s == 0 or text[a.s - 1] != _MONTH)):
        return None
    r = range_atom(a, b, a.low, b.high, b.unit, LABEL)
    r.kind, r.pieces, r.exact, r.kept = LABEL, [], False, True
    return r


def _date_range(a: Atom, b: Atom) -> Atom | None:
    """8月26日至28日, 3月至5月, 1-2月: the right end takes the parts it lacks from the left."""
    db = b.date
    if b.kind != "date" or db is None:
        return None
    if a.kind == "date" and a.date is not None:
        da = a.date
    elif a.kind == "integer" and a.unit is None and a.low == a.high and a.form == "int" and not a.approx:
        v = int(a.low)
        if db.year is None and db.month is None and db.day is not None and 1 <= v <= MAX_DAY:
            da = PartialDate(None, None, v)
        elif db.year is None and db.month is not None and db.day is None and 1 <= v <= _DECEMBER:
            da = PartialDate(None, v, None)
        else:
            return None
    else:
        return None
    if db.month is None and db.day is not None and da.month is not None and da.day is not None and db.day < da.day:
        end = _days_end(da.year, da.month, da.day, db.day)  # 4月30日至2日: into May
        return None if end is None else range_atom(a, b, date_value(da), date_value(end), None, "date")
    year = db.year if db.year is not None else da.year
    if db.year is None and year is not None and db.month is not None and da.month is not None and db.month < da.month:
        year += 1  # 2026年12月30日至1月2日, 2026年10月至3月: the second date, earlier in the year, is in the next one
    month = db.month if db.month is not None else (da.month if db.day is not None else None)
    db = PartialDate(year, month, db.day)
    return range_atom(a, b, date_value(da), date_value(db), None, "date")


def _scale_of(ch: str) -> Decimal:
    if ch in _np.BIG:
        return Decimal(_np.BIG[ch])
    if ch in _np.SMALL:
        return Decimal(_np.SMALL[ch])
    if ch in P.EN_MARK_SCALES:
        return Decimal(P.EN_MARK_SCALES[ch])  # (3-5 million)
    return Decimal(1000 if ch == "k" else 10000)


def _shared_scale(a: Atom, b: Atom) -> tuple[Any, Any, list[tuple[int, int, str]]] | None:
    """两到三万: the left end without a unit shares the right end's trailing scale when that keeps
    the range increasing; never below zero (零下五至零下十度: -10 to -5, no -50 shared from 十). A left end that is
    money only by its currency's prefix shares it too ($3-5 million, ¥3-5万元: 3 million, 3万; not 3元-5万元).
    Returns (low, high, left pieces), None when no scale is shared."""
    if not (b.scale_char and not a.has_big and (a.kind != "money" or (a.s < a.ns and a.e == a.ne)) and a.low >= 0
            and (b.scale_char in BIGS or b.scale_char in "kw" or b.scale_char in P.EN_MARK_SCALES or len(a.run) == 1)):  # fmt: skip
        return None
    mult = _scale_of(b.scale_char)
    inner = _inner_scale(a, b)
    if a.low * mult * inner > b.low:
        return None
    pieces = list(a.pieces)
    if a.exact and (pieces or b.pieces):
        left = a.low * inner if b.scale_char in BIGS else a.low * mult  # (两到三万: 2, the 万 shared)
        if pieces or left != a.low:  # 3到5千人 -> 3000到5000人, as the right end is rewritten (no 3到5000人)
            pieces = [(a.ns, a.ne, fmt_decimal(left))]
    return a.low * mult * inner, a.high * mult * inner, pieces


#: the scales a right end's single digit may carry before its 万 or 亿 that a one-digit left end shares too
#: (两到三千万: 2000万 to 3000万, 三至五百万 300万 to 500万; 十 is the number's own: 一至二十万 is 1万 to 20万)
_INNER_SCALES = frozenset("百千佰仟")
_INNER_RUN = 3  # a digit, the inner scale and 万 or 亿 (三千万, 2千万)


def _inner_scale(a: Atom, b: Atom) -> Decimal:
    """The scale between the right end's single digit and its last big scale that a left end of one digit shares
    (两到三千万, 1至2千万: 千), else 1."""
    r = b.run
    if len(r) == _INNER_RUN and r[1] in _INNER_SCALES and r[2] in BIGS and len(a.run) == 1:
        return Decimal(_np.SMALL[r[1]])
    return Decimal(1)


def _try_range(a: Atom, b: Atom) -> Atom | None:
    if a.kind == "date" or b.kind == "date":
        return _date_range(a, b)
    if a.kind == "time" or b.kind == "time":
        return None  # clock times are not range ends (3.5-1:12 crashed comparing 3.5 with 1:12)
    if b.kind == "ordinal" and b.unit == QUARTER and a.kind == "integer" and a.unit is None and a.low == a.high and (
            1 <= a.low < b.low):
        r = range_atom(a, b, a.low, b.high, QUARTER, "ordinal")  # 1-3季度: the first to the third quarter
        if b.kept:
            r.pieces, r.exact, r.kept = [], False, True  # 一至三季度: the quarters keep their writing, both ends
        return r
    if a.kind == "ordinal" and a.low == a.high and a.low < b.low and (
            (a.unit is None and b.kind in _ORDINAL_ENDS) or (b.kind == "ordinal" and a.unit == b.unit)):
        # 第3-5名, 第一至三条, 第3至第5名: the third to the fifth; 第1名至第3名, 第十一条至第十五条: both
        # ends with their unit
        r = range_atom(a, b, a.low, b.high, b.unit, "ordinal")
        if a.kept or b.kept or b.unit in LAW_MARKERS:
            r.pieces, r.exact, r.kept = [], False, True  # 第一至三条: a law's structure markers stay as written
        return r
    if a.kind in _NO_RANGE_END or b.kind in _NO_RANGE_END:
        return None
    kind_b, unit = b.kind, b.unit
    alow, pieces_a = a.low, list(a.pieces)
    if a.kind == "money" and b.unit in (None, a.unit) and (shared := _shared_scale(a, b)) is not None:
        alow, _, pieces_a = shared  # $3-5 million, ¥3-5万元: money by its currency's prefix alone shares the scale
    if a.unit is None:
        shared = _shared_scale(a, b)
        if shared is not None:
            alow, _, pieces_a = shared
        whole = _whole_of(b)
        if whole is not None and a.low == a.high:  # 2-3小时30分钟: 2 hours and the minutes, 150 to 210
            alow = (a.low - whole[0]) * whole[1] + b.low
        if not (a.kind in ("integer", "decimal", "money") or a.weak):
            return None
    elif b.unit is None:
        unit, kind_b = a.unit, a.kind
        if b.pieces and a.pieces and a.run.startswith(PCT_PREFIX) and not b.has_big:
            *rest, (s, e, d) = b.pieces  # 百分之七点五至八点五: 7.5%至8.5%
            b.pieces = [*rest, (s, e, d + str(a.unit))]
    elif a.unit != b.unit and not (a.unit == "个" and b.unit in counted_time_units()):
        return None  # (二个至五个工作日: one unit, 工作日)
    if alow > b.high:
        if not (a.low < 0 and b.high < 0 and a.low == a.high and b.low == b.high):
            return None
        # 零下五至零下十度: a range below zero from its warmer end, -10 to -5 (low the smaller end, as 零下十至零下五度)
        return range_atom(a, b, b.low, alow, unit, kind_b, pieces_a)
    if kind_b in ("year", "duration") and unit in YEAR_UNITS:
        # 2021—2025年: both ends four-digit years -> a year range (else a span: 3—5年)
        if alow == alow.to_integral_value() and YEAR_MIN <= alow <= YEAR_MAX and b.kind == "year":
            return range_atom(a, b, int(alow), int(b.high), unit, "year", pieces_a)
        kind_b = "duration"
    return range_atom(a, b, alow, b.high, unit, kind_b, pieces_a)


#: the units of a span read in its smaller unit (2小时30分: 150 分钟, 3年6个月: 42 个月, 5分钟30秒: 330
#: 秒, 2小时30分15秒: 9015 秒) and how many of them may make one of the larger unit
_PER_WHOLE = {"分钟": (60,), "个月": (12,), "秒": (60, 3600)}


def _whole_of(b: Atom) -> tuple[Decimal, int] | None:
    """The larger units of an atom read as a span in two units (3小时30分: 3 hours of 210 分钟, 3年6个月:
    3 years of 42 个月, 5分钟30秒: 5 minutes of 330 秒) and how many of the smaller make one (the one
    that puts the span between the whole and the next); None for any other atom (30分钟: its run is
    the minutes)."""
    pers = _PER_WHOLE.get(b.unit or "")
    if pers is None or b.low != b.high:
        return None
    try:
        whole = _np.parse_value(b.run)[0]
    except (ArithmeticError, ValueError):
        return None
    return next(((whole, per) for per in pers if whole >= 1 and whole * per <= b.low < (whole + 1) * per), None)


def _kept_chinese(a: Atom) -> bool:
    """Is *a* a Chinese numeral kept as written (五级, 六届; not an Arabic end, 5级)?"""
    return a.kept and not a.pieces and P.HAS_CN.search(a.run) is not None


def range_atom(a: Atom, b: Atom, lo: Any, hi: Any, unit: str | None, kind: str,
               pieces_a: list[tuple[int, int, str]] | None = None) -> Atom:  # fmt: skip
    """The range from *a* to *b* (its ends' kind in ``form``). An end kept as written keeps the other
    end's writing too (风力四到五级, 五到六届: 级 and 届 keep their numerals, and a range is never half
    rewritten: it was 4到五级)."""
    r = Atom(a.s, b.e, lo, hi)
    r.unit = unit
    r.kind = "range"
    r.form = kind
    r.approx = a.approx or b.approx
    r.qual = a.qual or b.qual
    r.pieces = [*(a.pieces if pieces_a is None else pieces_a), *b.pieces]
    if r.pieces and (_kept_chinese(a) or _kept_chinese(b)):
        r.pieces, r.exact, r.kept = [], False, True
    r.pre_q, r.post_q = a.pre_q, b.post_q
    return r


#: the month numerals of a list (一二两月份, 十一、十二月)
_MONTH_VALUES = {n: i for i, n in enumerate("一二三四五六七八九十", 1)} | {"十一": 11, "十二": 12}
_TWO = frozenset("两兩")
#: what ends a list of months before its last month (、 or the month before 两月)
_LIST_LAST = frozenset("、一二三四五六七八九十0123456789")


def _month_number(s: str) -> int:
    return _MONTH_VALUES[s] if s in _MONTH_VALUES else int(s)


def month_lists(atoms: list[Atom], text: str) -> list[Atom]:
    """Lists of two months in a row, read as the span of them (the finder's reading; the rewrite
    has its own, ``rewrite.month_list``): 一、二月份 and 十一、十二月 (the month before 、 was left
    out: 二月 alone), 一二两月份 and 一、二两月份 (两月 was read as February) are ranges of months."""
    lists = [
        (i, r) for i, a in enumerate(atoms)
        if a.kind == "date" and a.s and text[a.s - 1] in _LIST_LAST and a.unit is None and _only(a.date, "month")
        and (r := _month_list(a, text)) is not None
    ]  # fmt: skip
    if not lists:
        return atoms
    out: list[Atom] = []
    done = 0  # atoms[:done] are in out
    for i, r in lists:
        out += atoms[done:i]
        while out and out[-1].e > r.s:
            out.pop()  # (an item of the list read on its own)
        out.append(r)
        done = i + 1
    out += atoms[done:]
    return out


def _month_list(a: Atom, text: str) -> Atom | None:
    """The range of months a list before the month atom *a* makes with it; None when there is no
    list of two months in a row."""
    assert a.date is not None and a.date.month is not None
    back = max(0, a.s - P.MONTH_LIST_BACK)
    if text[a.s] in _TWO:
        m = P.MONTH_PAIR_BEFORE.search(text, back, a.s)
        if m is None:
            return None
        lo, hi = _month_number(m[1]), _month_number(m[2])
    else:
        m = P.MONTH_LIST_BEFORE.search(text, back, a.s)
        if m is None:
            return None
        lo, hi = _month_number(m[1]), a.date.month
    if hi != lo + 1 or not m.start():
        return None  # (三、五月: no span; 一、二月 starting the text: 一、 may be an outline marker)
    r = Atom(m.start(), a.e, PartialDate(None, lo, None), PartialDate(None, hi, None))
    r.kind, r.form = "range", "date"
    return r
