"""The records of the finder: the public :class:`NumberMention` and :class:`PartialDate`, and the
internal :class:`Atom` (one numeral with its unit and qualifiers while mentions are merged)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ._parse import to_python


class PartialDate:
    """A calendar date with unknown parts (``None``), e.g. 1月11日 -> ``PartialDate(None, 1, 11)``.

    Immutable and hashable; compares equal by its parts. ``str()`` gives an ISO-8601-like form
    with ``--`` for an unknown year (what ``Result.to_dict()`` writes).

    >>> PartialDate(None, 1, 11).month
    1
    >>> str(PartialDate(None, 1, 11)), str(PartialDate(2023, 9, None))
    ('--01-11', '2023-09')
    """

    __slots__ = ("day", "month", "year")
    year: int | None
    month: int | None
    day: int | None

    def __init__(self, year: int | None, month: int | None, day: int | None) -> None:
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "month", month)
        object.__setattr__(self, "day", day)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("PartialDate is immutable")

    def __reduce__(self) -> tuple[type[PartialDate], tuple[int | None, int | None, int | None]]:
        return PartialDate, (self.year, self.month, self.day)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return (self.year, self.month, self.day) == (other.year, other.month, other.day)

    def __hash__(self) -> int:
        return hash((PartialDate, self.year, self.month, self.day))

    def __repr__(self) -> str:
        return f"PartialDate(year={self.year!r}, month={self.month!r}, day={self.day!r})"

    def __str__(self) -> str:
        y, m, d = self.year, self.month, self.day
        mm = f"{m:02d}" if m is not None else "??"
        dd = f"-{d:02d}" if d is not None else ""
        if y is None:
            return f"--{mm}{dd}" if m is not None else f"---{d:02d}" if d is not None else "--"
        if m is None and d is None:
            return f"{y:04d}"
        return f"{y:04d}-{mm}{dd}"


@dataclass(frozen=True)
class NumberMention:
    """A number found in text; ``text == source[start:end]``.

    ``low``/``high`` are equal for a single value and bound the interval for ranges and for
    多/余/几 forms. ``kind`` is one of integer, decimal, percent, fraction, ordinal, year, date,
    time, duration, range, money, count, multiple; ``value_kind`` is the kind of the value(s)
    themselves (for a range: the kind of its ends; otherwise equal to ``kind``). ``qualifier`` is
    the approximating word (约, 余, 以上, ...) when there is one.
    """

    #: Offset of the mention in the text (``text == source[start:end]``).
    start: int
    #: End offset (exclusive).
    end: int
    #: The mention as written.
    text: str
    #: The value, or the low end of a range or of an approximate (多/余/几) value.
    low: Any
    #: The high end (equal to ``low`` for a single value).
    high: Any
    #: The unit or measure word after the number (万元, 所, %, 年 ...), or None.
    unit: str | None
    #: True for approximate values (约, 多, 余, 左右 ...).
    approx: bool
    #: integer, decimal, percent, fraction, ordinal, year, date, time, duration, range, money,
    #: count or multiple.
    kind: str
    #: The kind of the value(s) themselves (of a range's ends; else ``kind``).
    value_kind: str = ""
    #: The approximating word (约, 余, 以上 ...), or None.
    qualifier: str | None = None


_new_object = object.__new__


class Atom:
    """One numeral with its unit and qualifiers (internal, mutable while merging).

    ``s``/``e`` bound the mention (prefix, unit and qualifiers included), ``ns``/``ne`` the
    numeral's run; ``pieces`` are the rewrite's (start, end, digits) edits; ``form`` is int or
    decimal (for a range: the kind of its ends). Slotted, every field set at creation (thousands
    are made per page: a slot is read and written without a dictionary lookup, where a default
    kept on the class costs a lookup in the instance and then in the class).
    """

    __slots__ = ("approx", "date", "e", "exact", "form", "has_big", "high", "kept", "kind", "low", "ne", "ns",
                 "pieces", "post_q", "pre_q", "qual", "run", "s", "scale_char", "unit", "weak")  # fmt: skip
    s: int
    e: int
    ns: int
    ne: int
    run: str
    low: Any
    high: Any
    kind: str
    pieces: Sequence[tuple[int, int, str]]  # replaced, never mutated in place (see add_piece)
    weak: bool
    qual: str | None
    pre_q: bool
    post_q: bool
    approx: bool
    unit: str | None
    date: PartialDate | None
    exact: bool
    kept: bool  # found but kept as written (a name or a numbering: 二期, 三号机组)
    form: str
    scale_char: str
    has_big: bool

    def __init__(self, s: int = 0, e: int = 0, low: Any = None, high: Any = None) -> None:
        self.s = self.ns = s
        self.e = self.ne = e
        self.low = low
        self.high = high
        self.run = self.kind = self.scale_char = ""
        self.form = "int"
        self.pieces = ()
        self.weak = self.pre_q = self.post_q = self.approx = self.kept = self.has_big = False
        self.exact = True
        self.qual = self.unit = None
        self.date = None

    def add_piece(self, s: int, e: int, digits: str) -> None:
        """Add a rewrite edit."""
        self.pieces = [*self.pieces, (s, e, digits)]


def date_value(pd: PartialDate) -> _dt.date | PartialDate:
    """A full date as a :class:`datetime.date` (when it exists), else the partial date."""
    if pd.year is not None and pd.month is not None and pd.day is not None:
        try:
            return _dt.date(pd.year, pd.month, pd.day)
        except ValueError:
            return pd
    return pd


def plain_value(v: Any, form: str) -> Any:
    """A Decimal as the finder reports it: int when integral, Decimal for money, else float
    (Decimal beyond 15 significant digits)."""
    if type(v) is Decimal:
        i = int(v)
        if i == v:
            return i
        if form == "money":
            return v
        return to_python(v, "decimal")
    return v


def to_mentions(text: str, atoms: list[Atom]) -> list[NumberMention]:
    """The public mentions of the final atoms (one loop: a page has thousands of mentions, and a
    call per mention costs as much as building it)."""
    out: list[NumberMention] = []
    append, new, cls, dec = out.append, _new_object, NumberMention, Decimal
    for a in atoms:
        kind = a.kind
        value_kind = kind
        if kind == "range":
            value_kind = "integer" if a.form == "int" else a.form
        lo, hi = a.low, a.high
        same = hi is lo
        if same and a.form == "int" and kind != "range" and type(lo) is dec:
            lo = hi = int(lo)  # integral by construction (the parser said so)
        elif value_kind == "fraction":
            lo, hi = float(lo), float(hi)
        else:
            if type(lo) is dec:
                lo = plain_value(lo, value_kind)
            if same:
                hi = lo
            elif type(hi) is dec:
                hi = plain_value(hi, value_kind)
        if kind == "integer" and type(lo) is float:
            kind = value_kind = "decimal"
        s, e = a.s, a.e  # (each field stored in __dict__: no frozen __setattr__)
        mention = new(cls)
        d = mention.__dict__
        d["start"] = s
        d["end"] = e
        d["text"] = text[s:e]
        d["low"] = lo
        d["high"] = hi
        d["unit"] = a.unit
        d["approx"] = a.approx
        d["kind"] = kind
        d["value_kind"] = value_kind
        d["qualifier"] = a.qual
        append(mention)
    return out
