"""Chinese numerals, amounts, ranges and dates as structured mentions.

Three public functions share one finder:

* :func:`parse_number` reads one numeral (Chinese, Arabic, mixed, financial, percent, fraction).
* :func:`find_numbers` returns :class:`NumberMention` objects for the quantities, amounts, ranges,
  percents, years and dates of a text.
* :func:`numbers_to_digits` rewrites the Chinese numerals of those mentions to Arabic digits.

How the finder works: a few linear passes with precompiled ``re`` patterns, each starting with a
plain character class so the engine skips non-candidates at C speed: runs of numeral characters
(Chinese numerals incl. financial forms and 廿/卅, Arabic and full-width digits, separators, 点,
分之); a trie-shaped alternation of the protected terms; another of the ordinary words that contain
numerals (on long texts only tried where a term's first two characters stand, found with one
NumPy lookup); ISO dates/times; URLs and e-mail addresses when the text has any. The run pattern
reads the commonest mentions whole (an Arabic number after a plain character with a percent sign,
a unit, a qualifier or nothing after it, where no prefix, range or date can join it), and those
skip the rule walk; tests check that the walk gives them the same reading. The spans are merged
in one walk: a protected term cuts any run that overlaps it (so 二十大 and 十四五 survive in every
context), an ordinary word blocks a run that starts inside it (统一零售价 never yields 一零, but
三万一千 is not 万一). Each remaining run is parsed on its own with its unit, its qualifiers (约,
近, 余, 多, 左右, 以上, ...) and its neighbours (ranges, dates). Work per candidate is bounded
(runs longer than 64 characters are skipped), so every function is linear in the input.

Rules (documented decisions):

* A numeral written with one Chinese character is a mention only with a unit or measure word after
  it (三所学校, 两个方面, 十个); a lone 一 before a measure word (一个, 一批, 一所) is the article-like
  "a/one" of ordinary prose and is neither a mention nor rewritten. Lone 百/千/万/亿 (百姓, 千年,
  万人) are never numbers, nor is a lone 零 (零部件). Multi-character numerals (二十, 一百零五) are
  mentions with or without a unit, except short digit read-outs without a unit (一一落实, 九五).
  Arabic numbers are always mentions, except identifiers (7+ digits with no unit, a leading zero,
  digits glued to ASCII letters, URLs, e-mails, ICP/phone numbers), numbers in slash notation
  (1/3, 3/4; ISO dates such as 2024/3/5 are dates) and outline markers.
* Outline markers (一、 at a line or sentence start, （一）, (1), 1. at line start) and enumerators
  (一是, 其一, and 十一是 at a clause start) are skipped.
* Names are protected like the lexicon's terms (with any non-empty ``protect``): a quoted slogan
  or name that starts with a Chinese numeral (“五个认同”, “两条底线”, “十一”黄金周), plenary
  sessions (十一届八次全会, 八次全会) and numbered series (神舟九号, 长征五号; heads in
  ``numbers_serial_names.txt``).
* Ordinals (第一批, 第3天, 第十六次) are mentions only when a measure word follows; 第一实验学校,
  第二中学 (names) and 第一， (enumeration) are left alone. The structure markers of laws (第一章,
  第十条, 第二款, 第三项) are found (kind ``ordinal``) but never rewritten.
* Approximate values: 约/近/左右/以上/... set ``approx`` and ``qualifier`` but keep low == high == the
  stated number. 多/余/几/两三 denote an interval and give it: 450余万元 -> low 4 500 000, high
  4 600 000 (the next step of the last written digit); 3000多 -> 3000..4000; 十几 -> 10..20;
  几十万 -> 100 000..1 000 000; 两三个 -> 2..3. These are never rewritten (no exact digit form).
* Percents are in percent points with ``unit="%"`` (百分之九十 -> 90); 千分之/‰ give ``unit="‰"``.
* Money is scaled to its base unit (3.5亿元 -> 350 000 000, ``unit="元"``; foreign currencies keep
  their canonical name, e.g. ``"美元"``).
* A full date is a :class:`datetime.date` (a :class:`datetime.datetime` when an ISO time follows);
  a date with unknown parts is a :class:`PartialDate`; a year alone is an ``int`` (kind ``year``);
  a 4-digit number before 年 is a year, any other number before 年 a duration (kind ``count``).
  Clock times (8:30, 14:55:08) are :class:`datetime.time` (kind ``time``).
* Ranges (— – - ~ ～ 至 到) give ``kind="range"`` with ``value_kind`` telling what the ends are
  (``"money"``, ``"year"``, ``"percent"``, ...). A unit on the right end only is shared by the left
  end, and so is a trailing scale when that keeps the range increasing (两到三万 -> 20 000..30 000;
  8500到3万 stays 8 500..30 000).

Extending the protected lexicon::

    from govtext.numbers import DEFAULT_PROTECTED, numbers_to_digits
    numbers_to_digits(text, protect=DEFAULT_PROTECTED | {"三名工程"})

The lexicons live in ``govtext/data/``: ``protected_terms.txt`` (the default ``protect`` set),
``numbers_nonquantity.txt`` (always active), ``numbers_units.txt``, ``numbers_currencies.txt``,
``numbers_name_heads.txt`` and ``numbers_serial_names.txt``.
"""

from __future__ import annotations

import datetime as _dt
import re
import string
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from operator import attrgetter
from typing import Any

from . import _numparse as _np
from ._util import check_text, lazy, may_be_astral, read_data, read_lexicon, splice

try:
    import numpy as _numpy
except ImportError:  # pragma: no cover - numpy is a dependency; the regex passes are the fallback
    _numpy = None

__all__ = [
    "DEFAULT_PROTECTED",
    "NumberMention",
    "PartialDate",
    "find_numbers",
    "numbers_to_digits",
    "parse_number",
]

DEFAULT_PROTECTED: frozenset[str] = frozenset(read_lexicon("protected_terms.txt"))
"""Set phrases and proper names never read as numbers (``data/protected_terms.txt``).

Extend it with ``DEFAULT_PROTECTED | {"my term"}``; pass ``frozenset()`` to disable it (the
built-in list of ordinary words containing numerals, such as 统一 and 一些, stays active).
"""


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
    time, range, money, count, multiple; ``value_kind`` is the kind of the value(s) themselves
    (for a range: the kind of its ends; otherwise equal to ``kind``). ``qualifier`` is the
    approximating word (约, 余, 以上, ...) when there is one.
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
    #: integer, decimal, percent, fraction, ordinal, year, date, time, range, money, count or multiple.
    kind: str
    #: The kind of the value(s) themselves (of a range's ends; else ``kind``).
    value_kind: str = ""
    #: The approximating word (约, 余, 以上 ...), or None.
    qualifier: str | None = None


# ----------------------------------------------------------------------------------------------
# tables

_CN_DIGIT = "〇○零一二两三四五六七八九壹贰叁肆伍陆柒捌玖兩貳陸"
_CN_UNIT = "十百千万亿拾佰仟萬億廿卅"
_CN = _CN_DIGIT + _CN_UNIT
_AD = "0-9０-９"
_BIGS = "万亿萬億"
_SPACE = " \u3000"
_DASHES = "—–-－~～〜"
_CONN_CHARS = _DASHES + "至到"  # a range's connectors (see _CONN)
_SENT_END = "\n\r\t \u3000。；;：:！!？?"


def _term_regex(terms: Iterable[tuple[str, str]]) -> str:
    """A trie-shaped alternation (fast in a backtracking engine) of (word, forbidden-next-chars)."""
    trie: dict[str, Any] = {}
    for word, neg in terms:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = neg

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            neg = node[""]
            alts.append(f"(?![{re.escape(neg)}])" if neg else "")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return build(trie) if trie else "(?!)"


@lazy
def _nonquantity() -> tuple[tuple[str, str], ...]:
    out = []
    for line in read_lexicon("numbers_nonquantity.txt"):
        word, _, neg = line.partition(" !")
        out.append((word.strip(), neg.strip()))
    return tuple(out)


def _tsv(name: str) -> dict[str, str]:
    out = {}
    for line in read_data(name).splitlines():
        line = line.split("#", 1)[0].rstrip()
        if "\t" in line:
            k, v = line.split("\t", 1)
            out[k.strip()] = v.strip()
    return out


@lazy
def _unit_words() -> tuple[dict[str, str], dict[str, str], str, str]:
    """The unit and currency tables (data files), the trie alternation of all their words and
    the characters those words start with."""
    units = _tsv("numbers_units.txt")
    cur = _tsv("numbers_currencies.txt")
    every = {*units, *cur}
    return units, cur, _term_regex((u, "") for u in every), "".join(sorted({u[0] for u in every}))


def _unit_pattern() -> str:
    """A unit or currency word (the trie alternation, led by a class of their first characters)."""
    _, _, alt, first_chars = _unit_words()
    return f"(?=[{re.escape(first_chars)}]){alt}"


def _unit_group(g: str) -> str:
    """The longest unit word at this place, in group *g*, as the tail regex reads it: the atomic
    lookahead keeps what follows from backtracking into a shorter unit."""
    return f"(?=(?P<{g}>{_unit_pattern()}))(?P={g})"


# after a lone Chinese numeral (besides a unit's first character) a run candidate may still go on
_SINGLE_NEXT_MORE = "至到-—–~～〜余多来%％‰‱(（"


@lazy
def _units() -> tuple[dict[str, str], dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """Unit and currency tables, the tail regex (余/多 + scale + %/unit) and the run regex."""
    units, cur, _, firsts = _unit_words()
    tail = rf"(?P<f>余|多|来)?(?P<sc>[{_BIGS}]*)(?P<pct>[%％‰‱])?(?:[{_SPACE}]?(?P<u>{_unit_pattern()}))?"
    run = _run_regex(firsts + _SINGLE_NEXT_MORE)
    return units, cur, re.compile(tail), re.compile(run)


@lazy
def _scan_re() -> re.Pattern[str]:
    """The run regex with a second branch that reads the commonest mentions whole.

    That branch (groups ``x``; ``p`` a percent sign, ``u`` the unit, ``q``/``q2`` a qualifier
    after the unit or the bare number) takes an ASCII number of 1 to 6 digits, maybe with
    decimals, after a character that no sign, identifier or connector other than 至/到 ends with
    (a prefix's last character, 第, 至 and 到 are read by :func:`_simple_mention`), and
    checks in lookaheads (after one blank too, when no prefix can end before it) that nothing
    continues the run and what follows: a percent sign or a
    unit (the longest there, as the tail regex takes it: an atomic lookahead) and then a
    qualifier (以上, 左右) or no connector, qualifier or blank; or, for a bare number, a qualifier
    or nothing that changes the reading. :func:`_simple_mention` turns the match into the
    mention (a year or month that a month or day follows: the whole date in digits, with
    :func:`_simple_date`), or declines (a unit other than a measure or time word, a currency
    prefix, a range that 至/到 ends): then the general path reads the run. Such a mention is
    final: no prefix, range or date joins it, and protected terms and ordinary words never hold
    ASCII digits (a term over its unit drops it, as it drops the atom). Both branches match the
    same runs (the match is always just the run).
    """
    first_chars = _unit_words()[3]
    post = re.escape("".join(sorted(_POST_FIRST)))
    conn = re.escape(_CONN_CHARS)
    # (after 年 or 月 a number is mostly a date's month or day: left to the general path)
    # (nor after a qualifier's last character: 1月以内13日 is one date)
    # (the last characters of prefixes, 第, 至 and 到 may come before: _simple_mention reads them)
    prev_not = (
        re.escape("".join(sorted((_FAST_PREV_NOT | _CODE_LAST | set("/年月右下上内余")) - _SIMPLE_PREV)))
        + re.escape(_DASHES)
        + "A-Za-z0-9"
    )
    # after one blank, when the character before it cannot end a prefix (约 5, 公网安备 1) or a blank
    # (nor a connector, a bracket of （含）, 年 or 月: a range's or a date's second part)
    pre_end = re.escape("".join(sorted(_PRE_LAST | set("备年月）)右下上内余")))) + _SPACE + conn
    cont = (  # what may continue a run after an ASCII digit (see _RUN_CONT)
        f"[{_CN}{_AD}几]|[.．,，][{_AD}]|[点點][{_CN_DIGIT}{_AD}]|分之[{_CN}{_AD}]|个[万亿]|[{_SPACE}][{_BIGS}]"
    )
    firsts = re.escape(first_chars)
    unit = f"[{_SPACE}]?{_unit_group('u')}"
    # a bare number: none of these next, and no unit after a blank
    bare_not = re.escape("余多来%％‰‱/:" + "".join(sorted(_NEXT_SPECIAL))) + "A-Za-z" + re.escape(
        "".join(sorted(_POST_FIRST - set(_SPACE)))) + firsts + conn
    qual = _QUAL
    simple = (
        rf"(?P<x>(?<=[1-9])(?:(?<=[^{prev_not}].)|(?<=[^{pre_end}][{_SPACE}].))[0-9]{{0,5}}(?:\.[0-9]{{1,5}})?(?P<b>[万亿]{{1,2}})?(?!{cont})"
        rf"(?=(?:(?P<p>[%％‰‱])|{unit})(?:(?P<q>{qual})|(?![{post}{conn}]))"
        rf"|(?P<q2>{qual})|(?![{bare_not}])(?![{_SPACE}][{firsts}{conn}（({_SPACE}])))"
    )
    # an ASCII run after an ASCII letter is no mention (v100, mp3): marked, and skipped
    letter = rf"(?P<z>(?<=[A-Za-z][0-9])[0-9]*(?:[.．,，][0-9]+)*(?!{cont}))"
    first, rest = _run_regex(first_chars + _SINGLE_NEXT_MORE, split=True)
    rx = re.compile(f"{first}(?:{simple}|{letter}|{rest})")
    # (_simple_mention reads the groups by position)
    assert tuple(rx.groupindex.items()) == (("x", 1), ("b", 2), ("p", 3), ("u", 4), ("q", 5), ("q2", 6), ("z", 7))
    return rx


@lazy
def _cn_unit_re() -> re.Pattern[str]:
    """For :func:`_simple_cn`: a unit right after the run (the longest unit word there, as the
    tail regex takes it; group u), then a qualifier (group q) or no connector, qualifier or blank."""
    post = re.escape("".join(sorted(_POST_FIRST)))
    return re.compile(rf"{_unit_group('u')}(?:(?P<q>{_QUAL})|(?![{post}{re.escape(_CONN_CHARS)}]))")


@lazy
def _unit_word_re() -> re.Pattern[str]:
    """A unit or currency word."""
    return re.compile(_unit_pattern())


@lazy
def _date_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """For :func:`_simple_date`: a date in digits that starts with the year (year 年 month 月, maybe
    day 日) and one that starts with the month (month 月 day 日), with no blank and no leading
    zero; each unit as the tail regex reads it (the longest unit word there, in groups uy, um and
    ud: the caller checks they are 年, 月 and 日)."""
    month = rf"(?P<mo>1[0-2]|[1-9])(?=月){_unit_group('um')}"
    day = rf"(?P<dd>3[01]|[12][0-9]|[1-9])(?=日){_unit_group('ud')}"
    return re.compile(rf"[1-9][0-9]{{3}}(?=年){_unit_group('uy')}{month}(?:{day})?"), re.compile(month + day)


@lazy
def _name_heads() -> re.Pattern[str]:
    words = sorted(read_lexicon("numbers_name_heads.txt"), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


# The passes use the standard library ``re`` engine: for these patterns (each starting with a
# character class) its first-character scan is several times faster than ``regex``; a single
# combined alternation was ~10x slower than separate passes, so the passes are merged in Python.
_TIME_TAIL = r"(?:[ T]|\s{1,3})(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?![0-9])"
# ISO dates and clock times are found from their separator (a literal: the engine then skips to
# it with a fast string search, where a pattern starting with [0-9] tests every character): a date
# is 4 digits + separator + month + the same separator + day, a time 1-2 digits + : + minutes.
_ISO_AT = {
    sep: re.compile(
        rf"{re.escape(sep)}(?<=[0-9]{{4}}{re.escape(sep)})(?:0?[1-9]|1[0-2]){re.escape(sep)}"
        rf"(?:0?[1-9]|[12][0-9]|3[01])(?![0-9])(?:{_TIME_TAIL})?"
    )
    for sep in "-/."
}
_TIME_AT = re.compile(r":(?<=[0-9]:)[0-5][0-9](?::[0-5][0-9])?(?![0-9:])")
_INTS = re.compile(r"[0-9]+")
_RUN_CONT = (
    # 两 after a scale continues a run only before another unit (三万两千), not before a measure
    # word (5万亿两个台阶: 5万亿, then 两个)
    rf"(?:[{_CN.replace('两', '')}{_AD}]|(?<![万亿萬億千百])两|两(?=[十百千万亿萬億])|几|(?<=[{_AD}])[.．,，](?=[{_AD}])|[点點](?=[{_CN_DIGIT}{_AD}])"
    rf"|分之(?=[{_CN}{_AD}])|个(?=[万亿])|[{_SPACE}](?=[{_BIGS}]))*"
)
_RUN_NEXT = f"{_CN}{_AD}几点點分个{_SPACE}"  # characters that may continue a run
_ONE_NEXT = "月至到\\-—–~～〜元"  # a lone 一 only counts before these (一月, 一至三年, 一元)
def _run_regex(single_next: str, split: bool = False) -> Any:
    """The run pattern, where a lone Chinese numeral must be followed by a unit's first char.

    It starts with one plain character class (the engine then scans for candidates at C speed);
    the conditions on that first character are lookbehinds placed after it.
    """
    sn = re.escape(single_next)
    cn_but_one = _CN.replace("一", "")
    first = rf"[数几{_AD}{_CN}]"
    rest = (
        rf"(?:(?<=[数几])(?=[十百千万亿])|(?<=[{_AD}])|(?<=一)(?=[{_RUN_NEXT}{_ONE_NEXT}])"
        rf"|(?<=第一)(?=[{sn}])|(?<=月一)(?=[日号])|(?<=[{cn_but_one}])(?=[{_RUN_NEXT}{sn}])){_RUN_CONT}"
    )
    return (first, rest) if split else first + rest


# identifiers checked around a run (only when ASCII punctuation or letters touch it)
_URL = re.compile(r"(?:https?://|www\.)[\x21-\x7e]+")
_AT = re.compile(r"@[A-Za-z0-9.-]{1,255}")
_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9._%+-]{1,64}\Z")


def _identifiers(text: str) -> list[tuple[int, int]]:
    """Spans of URLs and e-mail addresses (each e-mail found from its @, at bounded cost)."""
    spans = [m.span() for m in _URL.finditer(text)] if ("://" in text or "www." in text) else []
    if "@" in text:
        for m in _AT.finditer(text):
            i = m.start()
            local = _EMAIL_LOCAL.search(text, max(0, i - 64), i)
            if local:
                spans.append((local.start(), m.end()))
    return spans
_START = attrgetter("start")
_MAX_RUN = 64  # longer numeral runs are not numbers (the longest real ones have ~30 characters)
_CODE_BACK = re.compile(r"(?:ICP[备证]|公网安备\s?|号[-－])\Z")
_PHONE = re.compile(r"0[0-9]{2,3}-[0-9]{7,8}(?![0-9])")


@lru_cache(maxsize=16)
def _protect_re(protect: frozenset[str]) -> re.Pattern[str]:
    """The protected terms (absolute: they cut any run that overlaps them), with the numbered
    series names (神舟九号) when there are any."""
    terms = protect | _serial_terms() if protect else frozenset()
    return re.compile(_term_regex((t, "") for t in terms if t))


_CN_NUM_CLASS = "一二两三四五六七八九十百千"
_CN_NUM_SET = frozenset(_CN_NUM_CLASS)
# a slogan or name in quotes that starts with a Chinese numeral: “五个认同” “两条底线” “十一”黄金周
# (not with Arabic digits inside: “两个10亿元” keeps its amount)
_QUOTED_NAME = re.compile(f"“([{_CN_NUM_CLASS}][^”“\n，。；：、,.;:0-9０-９]{{0,9}}?)”")
_QUOTED_NAME_CJK = re.compile(f"[「『]([{_CN_NUM_CLASS}][^」』\n，。；：、,.;:0-9０-９]{{0,9}}?)[」』]")
# plenary sessions: 十一届八次全会, 三届七次、八次全会 (found from their literal part, then the
# numerals before it are taken)
_SESSION = re.compile("次(?:全体会议|全会)")  # two literal-led patterns: each is found with a fast
_SESSION_OF = re.compile(f"届[{_CN_NUM_CLASS}]+次")  # string search (one [次届] class is 6x slower)


@lazy
def _serial_terms() -> frozenset[str]:
    """Series names with a number, as literal terms: 神舟九号, 长征五号 (heads in
    ``numbers_serial_names.txt``, numbers 一 to 三十)."""
    nums = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    nums += ["十" + n for n in nums[:9]] + ["二十"] + ["二十" + n for n in nums[:9]] + ["三十"]
    return frozenset(f"{head}{n}号" for head in read_lexicon("numbers_serial_names.txt") for n in nums)


def _name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted slogans and plenary sessions (protected like the lexicon's terms)."""
    spans: list[tuple[int, int]] = []
    if "“" in text:
        spans += [m.span(1) for m in _QUOTED_NAME.finditer(text)]
    if "「" in text or "『" in text:
        spans += [m.span(1) for m in _QUOTED_NAME_CJK.finditer(text)]
    if "次" in text and ("全会" in text or "届" in text or "全体会议" in text):
        # as one left-to-right pass would: a 次全会 whose 次 ends a 届…次 match is that match
        found = list(_SESSION_OF.finditer(text))
        ends = {m.end() for m in found}
        found += [m for m in _SESSION.finditer(text) if m.start() + 1 not in ends]
        for m in sorted(found, key=lambda m: m.start()):
            i = m.start()
            while i > 0 and text[i - 1] in _CN_NUM_SET and m.start() - i < 8:
                i -= 1
            if i < m.start():
                spans.append((i, m.end()))
    return spans


_TERM_SCAN = 1024  # texts this long find lexicon terms from a NumPy bigram filter (see _term_spans)


@lru_cache(maxsize=16)
def _term_index(protect: frozenset[str]) -> tuple[Any, Any, Any, Any] | None:
    """For :func:`_term_spans`: a table giving each character that starts a protected term or an
    ordinary word a small number, one giving each character that comes second in one a small
    number, the base of the bigram numbers, and a table of bigram numbers (bit 1: a protected
    term starts so, bit 2: a word). None when the terms do not fit (a one-character term, an
    astral character, 255+ distinct first or second characters)."""
    if _numpy is None:
        return None  # pragma: no cover
    prot = protect | _serial_terms() if protect else frozenset()
    words = [w for w, _ in _nonquantity() if w]
    terms = [*prot, *words]
    if any(len(t) < 2 for t in terms):
        return None
    tables = []
    for i in (0, 1):
        chars = sorted({t[i] for t in terms})
        if len(chars) >= 255 or chars[-1] > "\uffff":
            return None
        ids = _numpy.zeros(0x10000, _numpy.uint8)
        ids[[ord(c) for c in chars]] = _numpy.arange(1, len(chars) + 1, dtype=_numpy.uint8)
        tables.append((ids, len(chars) + 1))
    (first, _), (second, k) = tables
    lut = _numpy.zeros(256 * k, _numpy.uint8)
    for bit, group in ((1, prot), (2, words)):
        for t in group:
            lut[int(first[ord(t[0])]) * k + int(second[ord(t[1])])] |= bit
    return first, second, _numpy.uint16(k), lut


def _chain(rx: re.Pattern[str], text: str, starts: list[int]) -> list[tuple[int, int]]:
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


def _term_spans(text: str, protect: frozenset[str]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of the protected terms and of the ordinary words, each left to right without overlap
    (as ``finditer`` finds them).

    On long texts the regexes are only tried where a term's first two characters stand: one
    NumPy lookup per character finds those places (a pattern led by a character class makes the
    engine test every character, which costs more than the lookup).
    """
    prot_rx = _protect_re(protect) if protect else None
    words_rx = _words_re()
    idx = None
    if len(text) >= _TERM_SCAN and not may_be_astral(text):
        idx = _term_index(protect)
    if idx is None:
        prot = [m.span() for m in prot_rx.finditer(text)] if prot_rx is not None else []
        return prot, [m.span() for m in words_rx.finditer(text)]
    first, second, k, lut = idx
    units = _numpy.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype="<u2")
    a = _numpy.take(first, units[:-1])
    nz = _numpy.flatnonzero(a)  # where a term's first character stands (a few % of a page)
    hits = _numpy.take(lut, a[nz].astype(_numpy.uint16) * k + _numpy.take(second, units[nz + 1]))
    sel = hits != 0
    at, kinds = nz[sel], hits[sel]
    prot = _chain(prot_rx, text, at[(kinds & 1) != 0].tolist()) if prot_rx is not None else []
    return prot, _chain(words_rx, text, at[(kinds & 2) != 0].tolist())


@lazy
def _words_re() -> re.Pattern[str]:
    """Ordinary words containing numerals (they only block runs that start inside them)."""
    return re.compile(_term_regex(_nonquantity()))


_PRE_QUALIFIERS = ("大约", "约为", "约合", "约", "将近", "接近", "近", "超过", "超", "逾", "不到", "不足",
                   "不少于", "不低于", "不超过", "不高于", "低于", "高于", "小于", "大于", "少于", "多于",
                   "至少", "最多", "多达")  # fmt: skip
_PRE_CURRENCIES = ("人民币", "美元", "港币", "港元", "新台币", "台币", "欧元", "日元", "英镑")
_PRE = re.compile(
    f"(?:(?P<q>{'|'.join(_PRE_QUALIFIERS)})|(?P<c>{'|'.join(_PRE_CURRENCIES)}))[ \u3000]?\\Z"
)
_KW = re.compile(r"(?P<k>[kw])(?=左右|上下|元|以上|以下|[~～\-到至]|[，。；、\s)）]|\Z)")
_JIAO = re.compile(
    r"(?:(?P<j>[0-9一二三四五六七八九两壹贰叁肆伍陆柒捌玖])[角毛])?(?:(?P<f>[0-9一二三四五六七八九两壹贰叁肆伍陆柒捌玖])分)?"
    r"(?P<q>钱)?(?P<z>整|正)?"
)
# a qualifier after a number (以上, 左右), maybe after a blank or （含）
_QUAL_HEAD = r"[ \u3000]?(?:（含）|\(含\))?"
_QUAL_WORDS = "左右|上下|以上|以下|以内|之内|有余"
_QUAL = f"{_QUAL_HEAD}(?:{_QUAL_WORDS})"
_POST = re.compile(f"{_QUAL_HEAD}(?P<q>{_QUAL_WORDS})")
_CONN = re.compile(
    r"[ \u3000]?(?:（含）|\(含\))?[ \u3000]?(?:—{1,2}|–|-{1,2}|－|~|～|〜|至|到)[ \u3000]?(?:第)?"
)
_CONN_FIRST = frozenset(_SPACE + "（(" + _CONN_CHARS)  # the characters _CONN can start with
_JI_LEAD = re.compile(r"(?<![十百千万亿拾佰仟萬億])几(?=[十百千万亿拾佰仟萬億])")
_CLEAN = re.compile(r"[ \u3000]|个(?=[万亿])")
_POST_FIRST = frozenset(" \u3000（(左上以之有")
_PAIR = re.compile(r"([一二三四五六七八九两])([二三四五六七八九两])")
_POINTS = frozenset("点點")
_SCALED_ARABIC = re.compile(r"[0-9][0-9.,]*[万亿]{1,2}")
# after a currency: 角/分 digits, a second currency word, or a qualifier need the general path
_MONEY_TAIL_FIRST = frozenset("0123456789零一二两三四五六七八九壹贰叁肆伍陆柒捌玖钱整正元圆块人美港日欧英澳加卢泰韩新台瑞 \u3000（(左上以之有")
_CN_SIMPLE = re.compile(f"[{_CN_DIGIT}十百千拾佰仟廿卅]+")
_CN_DIGITS_ONLY = re.compile(f"[{_CN_DIGIT}]+")
_ENUM_PREV = frozenset(_SENT_END + "，,、（(“\"【[")
_KILO_AFTER = frozenset("0123456789０１２３４５６７８９万亿萬億")
_LAW_MARKERS = frozenset(("编", "章", "节", "条", "款", "项"))
_YEAR_UNITS = {"年", "年度", "学年", "学年度"}
_CN_DIGIT_SET = frozenset(_CN_DIGIT)
_CN_SET = frozenset(_CN)


# ----------------------------------------------------------------------------------------------
# parse_number


def parse_number(text: str, *, strict: bool = False) -> int | float | Decimal:
    """Parse one numeral into a number; ``ValueError`` on anything else.

    Accepts Chinese numerals (十一, 一百零五, 两千, 廿二, 〇, financial 壹贰叁, 壹拾壹元整), Arabic with
    Chinese scales (10.1万, 16.4亿, 200亿零四千230), full-width digits, digit groups (1,234.56),
    negatives (负, -), decimals (三点一四), digit read-outs (一七二零, 二〇二三), abbreviations
    (三万五 = 35000), fractions and percents as plain values (三分之一 -> 0.333..., 百分之九十 ->
    0.9, 5‰ -> 0.005). Returns ``int`` for integers, ``float`` for other values that 15 significant
    digits hold (and for fractions and percents), ``Decimal`` beyond that.

    ``strict=True`` accepts only canonical Chinese numerals (no Arabic digits, read-outs such as
    一一 or abbreviations such as 一百二), like ``cn2an``'s strict mode.

    >>> parse_number("一百零五"), parse_number("两千"), parse_number("廿二")
    (105, 2000, 22)
    >>> parse_number("16.4亿"), parse_number("三点一四"), parse_number("百分之九十")
    (1640000000, 3.14, 0.9)
    >>> parse_number("壹仟玖佰圆整"), parse_number("负十一")
    (1900, -11)
    >>> parse_number("12345678901234567.89")
    Decimal('12345678901234567.89')
    >>> parse_number("一一", strict=True)
    Traceback (most recent call last):
    ...
    ValueError: not a well-formed number: '一一'
    """
    text = check_text(text, "parse_number")
    try:
        value, form = _np.parse_value(text, strict)
    except (_np.NumeralError, ArithmeticError, ValueError) as e:
        raise ValueError(f"not a well-formed number: {text!r}") from e
    return _np.to_python(value, form)


# ----------------------------------------------------------------------------------------------
# the finder


class _Atom:
    """One numeral with its unit and qualifiers (internal, mutable while merging)."""

    s = e = ns = ne = 0
    run = ""
    low: Any = None
    high: Any = None
    kind = ""
    pieces: Any = ()
    weak = False
    qual: str | None = None
    pre_q = post_q = approx = False
    unit: str | None = None
    date: PartialDate | None = None
    exact = True
    form = "int"
    scale_char = ""
    has_big = False


def _value_atom(run: str, s: int, e: int, ne: int) -> tuple[_Atom, bool] | None:
    """An atom for *run* (``text[s:ne]``, mention ending at *e*) with its value; None when the
    run does not parse. Also returns whether the value was written as an integer."""
    try:
        v, int_form = _parse(run)
    except (_np.NumeralError, ArithmeticError, ValueError):
        return None
    a = _Atom()
    a.s, a.e, a.ns, a.ne, a.run = s, e, s, ne, run
    a.low = a.high = v
    return a, int_form


def _fmt(d: Decimal) -> str:
    """Plain decimal string: no exponent, no trailing zeros."""
    if d == d.to_integral_value():
        return str(int(d))
    s = format(d.normalize(), "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def _step(d: Decimal) -> Decimal:
    """Place value of the last non-zero written digit: 450 -> 10, 3000 -> 1000, 1.5 -> 0.1."""
    if d == 0:
        return Decimal(1)
    exp = d.normalize().as_tuple().exponent
    return Decimal(1).scaleb(int(exp))


def _render_run(run: str, value: Decimal) -> str:
    """Arabic rendering of a Chinese numeral run that keeps a trailing 万/亿 scale.

    三千万 -> 3000万, 十四亿 -> 14亿, 四百二十七亿四千万 -> 427.4亿 (the largest scale that gives at
    most four decimals); runs not ending in a scale are written out in full.
    """
    if run[-1] not in _BIGS:
        return _fmt(value)
    i = len(run)
    while i > 0 and run[i - 1] in _BIGS:
        i -= 1
    tail = run[i:].replace("萬", "万").replace("億", "亿")
    scales = [tail]
    if "亿" in run and "亿" not in tail:
        scales.insert(0, "亿")
    for sc in scales:
        scale = Decimal(1)
        for ch in sc:
            scale *= _np.BIG[ch]
        q = value / scale
        if q == q.quantize(Decimal("0.0001")):
            return _fmt(q) + sc
    return _fmt(value)


@lru_cache(maxsize=8192)
def _parse(body: str, ji: int = 0) -> tuple[Decimal, bool]:
    """Cached plain-numeral parse (numerals repeat a lot within and across pages)."""
    if body.isascii() and body.isdigit():
        return Decimal(body), True
    return _np.parse_plain(_np.normalize(body), False, ji)


_PCT_UNIT = {"%": "%", "％": "%", "‰": "‰", "‱": "‱"}
_PCT_PREFIX = ("百分之", "千分之", "万分之")
_YUAN = ("元", "圆", "块")
_PRE_LAST = frozenset("约为合近过超逾到足于少多达币元镑 \u3000")
_CODE_LAST = frozenset("备证 \u00a0-－")
_PREV_SPECIAL = frozenset(_SENT_END + "（(备证\u00a0－")
_NEXT_SPECIAL = frozenset("、.．）)@")
_PLAIN_ARABIC = re.compile(r"[0-9０-９][0-9０-９.．,，]*")
_PREV_ANY = frozenset(_PREV_SPECIAL | _PRE_LAST | _CODE_LAST | set("负第"))
_HAS_CN = re.compile(f"[{_CN_DIGIT}十百千拾佰仟廿卅点點几数]")


@lazy
def _kilo_units() -> re.Pattern[str]:
    """Units beginning with 千 (千瓦, 千米, 千克): after a number, that 千 is not a numeral."""
    units = sorted((u for u in _units()[0] if u[0] == "千"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, units)))


@lru_cache(maxsize=16384)
def _run_facts(run: str) -> tuple[Any, ...]:
    """What the finder needs to know of a run that does not depend on its context, computed once
    per distinct run (runs repeat: a page has a few thousand, with a few hundred distinct).

    Returns ``(never, arabic, cn_simple, fast_cn, scaled, value)``: *never* when the run is no
    mention in any context (lone 百/千/万/亿, a lone financial numeral, a leading zero, a lone 零,
    a read-out code starting with 零); *arabic* for digits with separators only; *cn_simple* for
    Chinese digits with 十百千; *fast_cn* when such a numeral may take the fast path; *scaled* for
    an Arabic number with a 万/亿 scale; *value* the general path's reading of the run (see
    :func:`_read_run`).
    """
    first = run[0]
    n = len(run)
    never = (
        (first in "百千万亿佰仟萬億" and not run.startswith(_PCT_PREFIX))
        or (n == 1 and run in "壹贰叁肆伍陆柒捌玖拾佰仟")
        or (first == "0" and n > 1 and run[1].isdigit())
        or (first in "零〇○" and (n == 1 or (n > 2 and all(ch in _CN_DIGIT_SET for ch in run))))
    )
    arabic = (run.isdigit() and run.isascii()) or _PLAIN_ARABIC.fullmatch(run) is not None
    cn_simple = _CN_SIMPLE.fullmatch(run) is not None
    fast_cn = (
        cn_simple
        and (n == 1 or (_PAIR.search(run) is None and not _CN_DIGITS_ONLY.fullmatch(run)))
        and first not in "零〇○"
    )
    scaled = not arabic and _SCALED_ARABIC.fullmatch(run) is not None
    return never, arabic, cn_simple, fast_cn, scaled, None if never else _read_run(run, arabic)


def _read_run(run: str, arabic: bool) -> tuple[Any, ...] | None:
    """The general path's reading of a run on its own: ``(low, high, approx, exact, qual, form,
    pct_unit, body, frac, arabic_only, short_readout, last, scale_char, has_big)``, or None when
    it does not parse."""
    approx, exact, qual = False, True, None
    pct_unit = None
    form = "int"
    short_readout = False
    scale_char = ""
    has_big = False
    if arabic:
        arabic_only = True
        body = run
        try:
            v, int_form = _parse(run)
        except (_np.NumeralError, ArithmeticError, ValueError):
            return None
        low = high = v
        if not int_form:
            form = "decimal"
        frac = False
        last = run[-1]
    else:
        first = run[0]
        arabic_only = _HAS_CN.search(run) is None
        body = run
        if first in "百千万" and run.startswith(_PCT_PREFIX):
            pct_unit = "%" if first == "百" else ("‰" if first == "千" else "‱")
            body = run[3:]
        if " " in body or "\u3000" in body or "个" in body:
            body = _CLEAN.sub("", body)
        if not body:
            return None
        frac = "分之" in body
        try:
            if "几" in body or body[0] == "数":
                b = body.replace("数", "几")
                high, _ = _parse(b, 10)
                lo_s = _JI_LEAD.sub("一", b).replace("几", "")
                low = _parse(lo_s)[0] if lo_s else Decimal(0)
                approx, exact, qual = True, False, "几"
            elif frac:
                v, form = _np.parse_value(body)
                low = high = v
            else:
                pm = None if (arabic_only or len(body) < 2 or "点" in body) else _PAIR.search(body)
                if pm and (len(body) == 2 or not all(ch in _CN_DIGIT_SET for ch in body)):
                    low, _ = _parse(body[: pm.start(2)] + body[pm.end(2) :])
                    high, _ = _parse(body[: pm.start(1)] + body[pm.end(1) :])
                    if low >= high:
                        return None
                    approx, exact = True, False
                else:
                    short_readout = 1 < len(body) < 4 and all(ch in _CN_DIGIT_SET for ch in body)
                    v, int_form = _parse(body)
                    low = high = v
                    if not int_form:
                        form = "decimal"
        except (_np.NumeralError, ArithmeticError, ValueError):
            return None
        last = body[-1]
        if last in "万亿萬億十百千拾佰仟":
            scale_char = last
        has_big = "万" in body or "亿" in body or "萬" in body or "億" in body
    return (low, high, approx, exact, qual, form, pct_unit, body, frac, arabic_only, short_readout, last,
            scale_char, has_big)


_FAST_PATH = True  # tests switch it off to compare the fast paths (here and in _scan) with the general one
# a character before the run that the general path reads: a prefix's last character (约, 超过,
# 人民币, a blank before one), a sign, 第
_FAST_PREV_NOT = frozenset(_PRE_LAST | set("负第-－−"))
_SPACE_SET = frozenset(_SPACE)
# before a plain Chinese numeral that _simple_cn reads: none of these (a prefix, a sign, a
# connector, a clock hour's 点, a blank, an identifier, 年/月 or a qualifier before a date's part,
# or the end of another run); 第 may come before it
_CN_PREV_NOT = frozenset(
    (_FAST_PREV_NOT - {"第"}) | _CODE_LAST | _POINTS
    | set(_CN + _SPACE + _CONN_CHARS + "/年月右下上内余几数之分个" + string.ascii_letters + string.digits + "０１２３４５６７８９")
)
# characters before a run that the common-shape branch takes and _simple_mention reads: a prefix's
# last character (not a blank), 第, and the connectors 至/到 (then no range may join on the left)
_SIMPLE_PREV = frozenset(_PRE_LAST - set(_SPACE) | set("第至到"))


def _post_qualifier(a: _Atom, text: str, pos: int) -> int:
    """Read a qualifier after the mention (以上, 左右, ...) at *pos* into *a*; where the mention
    ends then."""
    if pos < len(text) and text[pos] in _POST_FIRST:
        qm = _POST.match(text, pos)
        if qm:
            if a.qual in (None, "几") or not a.approx:
                a.qual = qm["q"]
            a.approx = a.post_q = True
            return qm.end()
    return pos


_NO_KIND = (None, None)
# the readings of a unit that 第 makes an ordinal (第3名, 第五年; not money, multiples, points)
_ORDINAL_READINGS = ("count", "time", "year", "date")


def _month_or_day(unit: str, v: Any) -> PartialDate | None:
    """A lone month (unit 月, 1-12) or day (日, 1-31) as a date, else None."""
    if unit == "月":
        return PartialDate(None, int(v), None) if 1 <= v <= 12 else None
    return PartialDate(None, None, int(v)) if 1 <= v <= 31 else None
# after a year or month: a month or day (or the prefix of one: 约, 第, 人民币 …) may follow
_DATE_NEXT = frozenset(
    _CN + "0123456789０１２３４５６７８９数几" + _SPACE + "第负-－−"
    + "".join(w[0] for w in (*_PRE_QUALIFIERS, *_PRE_CURRENCIES))
)


@lazy
def _simple_units() -> dict[str, tuple[str, str | None]]:
    """For :func:`_simple_mention`: each unit's (reading, unit of the mention)."""
    units, cur = _units()[:2]
    out: dict[str, tuple[str, str | None]] = {}
    for u, cat in units.items():
        if cat == "count" or cat == "multiple":
            out[u] = (cat, u)
        elif cat == "points":
            out[u] = ("percent", "百分点")
        elif cat == "time" and u != "号":
            out[u] = ("date" if u in ("月", "日") else "year" if u in _YEAR_UNITS else "time", u)
    for u, c in cur.items():
        out[u] = ("money", c)
    return out


def _simple_mention(
    text: str, s: int, e: int, m: re.Match[str], kinds: dict[str, Any], last_end: int
) -> NumberMention | None:
    """The mention of a run the scan regex read whole (see :func:`_scan_re`): what the fast path
    and :func:`_to_mention` give it; None when the general path must read it. *kinds* is
    :func:`_simple_units`; *last_end* where the last atom or mention found so far ends."""
    _, big, pct, u, q, q2, _ = m.groups()  # (the order _scan_re checks)
    run = text[s:e]
    start = s
    pre_q = None
    ordinal = False
    prev = text[s - 1] if s else ""
    if prev in _SIMPLE_PREV:
        # what the general path reads before the run: 第, a prefix qualifier (超过, 约, 多达); no
        # currency prefix (人民币), and no range whose connector (至, 到) ends here
        if prev == "第":
            ordinal = True
            start = s - 1
        else:
            pre = _PRE.search(text, max(0, s - 4), s) if prev in _PRE_LAST else None
            if pre is not None:
                pre_q = pre["q"]
                if pre_q is None:
                    return None  # a currency: 人民币1,234.56元
                start = pre.start()
            elif 0 < s - last_end <= 8 and _CONN.fullmatch(text, last_end, s):
                return None  # the right end of a range (5到8万元)
        if start < last_end:
            return None
    if u is None:
        if ordinal:
            return None  # (第 before a bare number or a percent: no mention)
        if pct is None:
            kind, unit, end, q = "integer", None, e, q2
        elif big is not None:
            return None
        else:
            kind, unit, end = "percent", _PCT_UNIT[pct], e + 1
    else:
        kind, unit = kinds.get(u, _NO_KIND)
        end = m.end(4)
        if ordinal:
            # 第3名, 第5年 (not 第1中学: a name follows)
            if kind not in _ORDINAL_READINGS or _name_heads().match(text, end):
                return None
            kind = "ordinal"
        elif kind == "money":
            # 300元, 3.5亿元, 5.67万亿美元 (not with 角/分, 整, a second currency or a qualifier)
            if q is not None or (end < len(text) and text[end] in _MONEY_TAIL_FIRST):
                return None
            try:
                v = _value(_parse(run)[0], "money")
            except (_np.NumeralError, ArithmeticError, ValueError):
                return None  # (亿亿: the general path decides)
            return _mention(start, end, text[start:end], v, v, unit, pre_q is not None, "money", "money", pre_q)
        elif kind is None:
            return None
        elif kind == "time" or kind == "year" or kind == "date":
            if big is not None or not run.isdigit():
                return None
            if kind == "time":
                kind = "count"
            elif end < len(text) and text[end] in _DATE_NEXT:
                # 2023年1月, 3月5日: a date, read whole here when nothing before it can join it
                if prev not in _SIMPLE_PREV and prev not in _SPACE_SET and (u == "月" or e - s == 4):
                    return _simple_date(text, s, e, u == "月")
                return None
            elif kind == "year":
                # a four-digit year, unless a qualifier makes it a duration (2020年以上, 超过2020年)
                kind = "year" if e - s == 4 and q is None and pre_q is None else "count"
            elif q is not None or pre_q is not None:
                return None
            else:
                # a month or day on its own (the scan regex leaves out runs after 年 and 月)
                date = _month_or_day(u, int(run))
                if date is not None:
                    return _mention(s, end, text[s:end], date, date, None, False, "date", "date", None)
                kind = "count"
    if big is None:
        if run.isdigit():
            v = int(run)
        else:
            # digits and one point (the scan regex's shape): float() reads it as to_python does
            f = float(run)
            if kind == "integer":
                kind = "decimal"
            v = int(f) if f.is_integer() else f
    else:
        try:
            v, int_form = _parse(run)
        except (_np.NumeralError, ArithmeticError, ValueError):
            return None
        if int_form:
            v = int(v)
        else:
            if kind == "integer":
                kind = "decimal"
            v = _value(v, kind)
    if q is not None:
        end = m.end(5 if q2 is None else 6)
        return _mention(start, end, text[start:end], v, v, unit, True, kind, kind, pre_q or q[-2:])
    if pre_q is not None:
        return _mention(start, end, text[start:end], v, v, unit, True, kind, kind, pre_q)
    return _mention(start, end, text[start:end], v, v, unit, False, kind, kind, None)


def _simple_date(text: str, s: int, e: int, month_first: bool) -> NumberMention | None:
    """The date in digits at *s* (the run ``text[s:e]`` being its year, or its month with
    *month_first*), as the merged atoms give it; None when the general path must read it (no
    such date there, a unit other than 年, 月, 日, a month alone with its day maybe after it, a
    connector or qualifier after the date). The caller checks that nothing before it can join it."""
    m = _date_res()[1 if month_first else 0].match(text, s)
    if m is None or m.end("mo" if month_first else 0) < e:
        return None
    g = m.groupdict()
    mo, dd = g["mo"], g["dd"]
    if g.get("uy", "年") != "年" or g["um"] != "月" or (dd is not None and g["ud"] != "日"):
        return None
    end = m.end()
    if end < len(text):
        nxt = text[end]
        if dd is None and nxt in _DATE_NEXT:
            return None  # (the day of this month may follow)
        if (nxt in _POST_FIRST and _POST.match(text, end)) or (nxt in _CONN_FIRST and _CONN.match(text, end)):
            return None  # (a qualifier, or a range)
    pd = PartialDate(None if month_first else int(text[s:e]), int(mo), None if dd is None else int(dd))
    v = _date_value(pd)
    return _mention(s, end, text[s:end], v, v, None, False, "date", "date", None)


# what _simple_cn says of a lone Chinese numeral with no unit, qualifier or connector next to it:
# the general path reads it as a weak integer, which is dropped (only a range may take one)
_WEAK = (None, None)
# (what may follow a numeral and make the general path read more than a weak integer: no unit
# word starts with one of these; a test checks it)
_WEAK_NEXT_NOT = frozenset(_CONN_FIRST | _POST_FIRST | set("余多来%％‰‱" + _BIGS + string.ascii_letters))


def _simple_cn(
    text: str, s: int, e: int, kinds: dict[str, Any]
) -> tuple[NumberMention, Decimal | None] | tuple[None, None] | None:
    """The mention of a plain Chinese numeral ``text[s:e]`` with a unit right after it (三所,
    二十一个, 五年, 第二批), as the fast path and :func:`_to_mention` give it, with the value the
    rewrite writes in digits (None for a law's structure marker: 第三十二条); None when the general
    path must read it; :data:`_WEAK` for a lone numeral the general path drops. The caller checks
    the character before it (:data:`_CN_PREV_NOT`), protected terms and ordinary words."""
    run = text[s:e]
    ordinal = text[s - 1] == "第"
    facts = _run_facts(run)
    if facts[0] or not facts[3] or (run == "一" and not ordinal):
        return None  # (a lone 一 (一月), a 两三-style pair, a read-out such as 二三, ...: the general path)
    m = _cn_unit_re().match(text, e)
    if m is None:
        if e - s == 1 and not _unit_word_re().match(text, e):
            # 六大, 八公: a unit word's first character but no unit word, so no connector,
            # qualifier, 余/多, scale or percent sign either (none starts a unit word)
            return _WEAK
        return None
    u, q = m.group("u", "q")
    kind, unit = kinds.get(u, _NO_KIND)
    end = m.end("u")
    try:
        v, _ = _parse(run)
    except (_np.NumeralError, ArithmeticError, ValueError):
        return None
    digits: Decimal | None = v
    start = s
    if ordinal:
        # 第二批, 第三年 (not 第一中学: a name follows)
        if kind not in _ORDINAL_READINGS or (q is not None and kind != "count") or _name_heads().match(text, end):
            return None
        kind, start = "ordinal", s - 1
        if u in _LAW_MARKERS:
            digits = None  # 第一章, 第十条: structure markers of laws stay as written
    elif kind == "time" or kind == "year" or kind == "date":
        # 三年, 五天, 十二月 (a qualifier after a time word, or a date that may go on: general path)
        if q is not None or (kind != "time" and end < len(text) and text[end] in _DATE_NEXT):
            return None
        date = _month_or_day(u, v) if kind == "date" else None
        if date is not None:
            return _mention(s, end, text[s:end], date, date, None, False, "date", "date", None), digits
        kind = "count"
    elif kind != "count":
        return None  # money, multiples, percentage points: the general path
    if q is not None:
        end = m.end("q")
        return _mention(start, end, text[start:end], int(v), int(v), unit, True, kind, kind, q[-2:]), digits
    return _mention(start, end, text[start:end], int(v), int(v), unit, False, kind, kind, None), digits


def _mention(s: int, e: int, text: str, low: Any, high: Any, unit: str | None, approx: bool, kind: str,
             value_kind: str, qualifier: str | None) -> NumberMention:  # fmt: skip
    """A :class:`NumberMention`, built without the frozen dataclass's per-field
    ``object.__setattr__`` calls (5x faster; the instance is identical: same ``__dict__``,
    equality, hash and repr)."""
    mention = object.__new__(NumberMention)
    d = mention.__dict__
    d["start"] = s
    d["end"] = e
    d["text"] = text
    d["low"] = low
    d["high"] = high
    d["unit"] = unit
    d["approx"] = approx
    d["kind"] = kind
    d["value_kind"] = value_kind
    d["qualifier"] = qualifier
    return mention


def _make_atom(text: str, s: int, e: int, tables: Any = None) -> _Atom | None:
    """Read the run text[s:e] with its unit, qualifiers and prefix; None when it is no mention."""
    run = text[s:e]
    if run[-1] == "千" and len(run) > 1 and run[-2] in _KILO_AFTER and _kilo_units().match(text, e - 1):
        # 1亿千瓦, 500千瓦时: the 千 starts the unit (a Chinese run such as 五千瓦 stays as read)
        e -= 1
        run = run[:-1]
    never, arabic, cn_simple, fast_cn, scaled, value = _run_facts(run)
    if never:
        return None  # (the reasons are listed in _run_facts; each is also checked below)
    first = run[0]
    nxt = text[e] if e < len(text) else ""
    prev = text[s - 1] if s else ""
    if (
        run == "一"
        and (not nxt or nxt not in "月至到-—–~～〜元")
        and prev != "第"
        and not (prev == "月" and nxt in "日号")  # the day of a date: 九月一日
    ):
        return None
    if prev < "\x80" or prev in _PREV_SPECIAL or nxt in _NEXT_SPECIAL:
        # outline markers and enumerators: 一、 at a line/sentence start, （一）, 1. at a line start
        if nxt == "、" and (not prev or prev in _SENT_END):
            return None
        if prev and nxt and prev in "（(" and nxt in "）)":
            return None
        if nxt and nxt in ".．" and (not prev or prev in "\n\r") and run.isdigit():
            return None
        # identifiers: digits glued to ASCII letters, in URLs/e-mails, ICP numbers, phone numbers
        if prev and prev < "\x80" and prev.isalpha():
            return None
        if nxt == "@" or (prev in _CODE_LAST and _CODE_BACK.search(text, max(0, s - 6), s)):
            return None
    if nxt == "是" and (not prev or prev in _ENUM_PREV) and cn_simple:
        return None  # an enumerator at a clause start: 十一是, 十二是 (一是 … 十是 are words)
    if nxt == "/" or prev == "/":
        return None  # 1/3, 21/21: slash notation (what 三分之一 is rewritten to) is left alone
    if first in "零〇○" and run[1] not in "点點":
        # (a lone 零 (零部件, 零售) and a read-out code with a leading zero (零一二) are never
        # mentions, see _run_facts)
        return _make_atom(text, s + 1, e)  # 一年零三个月: 零 is "and" here
    units, currencies, tail_re, _ = tables or _units()
    tm = None  # the tail after the run (余/多, scale, %, unit), once read
    if _FAST_PATH and prev not in _FAST_PREV_NOT and len(run) < 7:
        # fast path for the most common shapes: an Arabic number, or a plain Chinese one (digits
        # and 十百千 only, no 两三-style pair, no short read-out), bare or followed by a measure
        # word or %, maybe with a qualifier after it (以上, 左右), with no prefix (a character
        # that may end one is not *prev*) and no 余/多. Everything else takes the general path,
        # which gives these shapes the same atom (tests compare the two paths).
        if scaled:
            # Arabic number with a 万/亿 scale and a currency: 3.5亿元, 5.67万亿元
            tm = tail_re.match(text, e)
            tf, tsc, tpct, tu = tm.groups()
            pos = tm.end()
            if (
                tu in currencies and not (tf or tsc or tpct)
                and (pos >= len(text) or text[pos] not in _MONEY_TAIL_FIRST)
            ):
                made = _value_atom(run, s, pos, e)
                if made is None:
                    return None
                a, _ = made
                v = a.low
                a.kind, a.unit = "money", currencies[tu]
                a.scale_char, a.has_big = run[-1], True
                if v != v.to_integral_value():
                    a.form = "decimal"
                return a
        if arabic or (fast_cn and prev not in _POINTS):
            tm = tail_re.match(text, e)
            tf, tsc, tpct, tu = tm.groups()
            if arabic and not (tf or tsc or tpct or tu) and not (nxt.isascii() and nxt.isalpha()):
                # a bare Arabic number (跟贴78104, 不低于19 takes the general path for 不低于)
                made = _value_atom(run, s, e, e)
                if made is None:
                    return None
                a, int_form = made
                if int_form:
                    a.kind = "integer"
                else:
                    a.kind = a.form = "decimal"
                a.e = _post_qualifier(a, text, e)
                return a
            elif not tf and not tsc and not tpct and tu and units.get(tu) == "time" and tu != "号":
                pos = tm.end()
                if (pos >= len(text) or text[pos] not in _POST_FIRST) and (not arabic or run.isdigit()):
                    made = _value_atom(run, s, pos, e)
                    if made is None:
                        return None
                    a, _ = made
                    v = a.low
                    a.unit = tu
                    if not arabic:
                        a.pieces = [(s, e, _fmt(v))]
                        a.scale_char = value[12]  # 三百: a range's left end may share it (两—三百℃)
                    if tu in _YEAR_UNITS:
                        a.kind = "year" if arabic and len(run) == 4 else "count"
                    elif (tu == "月" or tu == "日") and (date := _month_or_day(tu, v)) is not None:
                        a.kind, a.unit = "date", None
                        a.date = a.low = a.high = date
                    else:
                        a.kind = "count"
                    return a
            elif not tf and not tsc and (tpct or (tu and units.get(tu) == "count")):
                pos = tm.end("pct") if tpct else tm.end()  # 97%门诊量: no unit after a percent
                made = _value_atom(run, s, pos, e)
                if made is None:
                    return None
                a, int_form = made
                v = a.low
                if not int_form:
                    a.form = "decimal"
                if tpct:
                    a.kind, a.unit = "percent", _PCT_UNIT[tpct]
                else:
                    a.kind, a.unit = "count", tu
                if not arabic:
                    a.pieces = [(s, e, _fmt(v))]
                    a.scale_char = value[12]
                a.e = _post_qualifier(a, text, pos)
                return a
    if value is None:
        return None
    (low, high, approx, exact, qual, form, pct_unit, body, frac, arabic_only, short_readout, last,
     scale_char, has_big) = value  # fmt: skip
    a = _Atom()
    a.s, a.e, a.ns, a.ne, a.run = s, e, s, e, run
    a.low, a.high = low, high
    if approx:
        a.approx, a.exact, a.qual = approx, exact, qual
    if scale_char:
        a.scale_char = scale_char
    if has_big:
        a.has_big = True
    # --- k/w after Arabic digits (15k, 30w); other ASCII letters make it an identifier
    if nxt.isascii() and nxt.isalpha():
        km = _KW.match(text, e) if last.isdigit() else None
        if km is None:
            return None
        mult = 1000 if km["k"] == "k" else 10000
        a.low, a.high = a.low * mult, a.high * mult
        e = km.end()
        a.exact = False
        a.scale_char = km["k"]
        form = "int"
    if tm is None or tm.start() != e:
        tm = tail_re.match(text, e)
    run_low = a.low  # the run's own value (角/分 and signs are added below)
    tf, tsc, tpct, tu = tm.group("f", "sc", "pct", "u")
    if arabic_only and len(run) >= 7 and run.isdigit() and not tu and not tpct:
        return None  # long bare digit strings are codes unless a unit follows
    pos = e
    # --- 余/多/来 (+ scale): an interval up to the next step of the last written digit
    if tf and not pct_unit and not frac and (tf != "来" or tu):
        step = _step(a.low) if a.low == a.high else a.high - a.low
        mult = Decimal(1)
        for ch in tsc:
            mult *= _np.BIG[ch]
        a.low, a.high = a.low * mult, (a.low + step) * mult
        a.approx, a.exact, a.qual = True, False, tf
        if tsc:
            a.has_big, a.scale_char = True, tsc[-1]
        pos = tm.end("sc")
        u = tu
        pct = tpct
        upos = tm.end("u") if u else pos
    elif tf or tsc:
        u = pct = None
        upos = pos
    else:
        u, pct = tu, tpct
        upos = tm.end("u") if u else pos
    if short_readout and not u and not pct:
        return None  # 一一, 九五: short read-outs without a unit are words, not numbers
    kind = None
    unit = None
    if pct and not pct_unit and not frac:
        pct_unit = _PCT_UNIT[pct]
        pos = tm.end("pct")
        u = None
    if pct_unit:
        kind, unit = "percent", pct_unit
    elif frac:
        kind = "fraction"
    elif u:
        pos = upos
        if u in currencies:
            kind, unit = "money", currencies[u]
            if u in _YUAN:
                jm = _JIAO.match(text, pos)
                if jm.end() > pos:
                    for grp, scale in (("j", Decimal("0.1")), ("f", Decimal("0.01"))):
                        if jm[grp]:
                            d = _np.DIGITS.get(jm[grp])
                            d = int(jm[grp]) if d is None else d
                            a.low += d * scale
                            a.high += d * scale
                            form = "decimal"
                            if jm[grp] in _CN_DIGIT_SET:
                                a.pieces = [*a.pieces, (jm.start(grp), jm.end(grp), str(d))]
                    pos = jm.end()
            cm = tail_re.match(text, pos)
            if cm["u"] and not cm["f"] and not cm["sc"] and not cm["pct"] and cm["u"] in currencies and cm["u"] not in _YUAN:
                unit = currencies[cm["u"]]
                pos = cm.end("u")
        else:
            cat = units[u]
            unit = u
            kind = {"multiple": "multiple", "points": "percent", "time": "time-unit"}.get(cat, "count")
            if cat == "points":
                unit = "百分点"
    # --- prefix: 负, 第, qualifiers, currency
    start = s
    neg = (prev == "负" and not arabic_only) or (
        arabic_only and prev and prev in "-－−" and _minus_sign(text, s - 1)
    )
    if neg:
        a.low, a.high = -a.high, -a.low
        start = s - 1
        prev = text[start - 1] if start else ""
    ordinal = prev == "第"
    if ordinal:
        if kind not in ("count", "time-unit") or _name_heads().match(text, pos):
            return None
        start -= 1
    elif prev in _PRE_LAST:
        pre = _PRE.search(text, max(0, start - 4), start)
        if pre:
            if pre["q"]:
                a.qual, a.approx, a.pre_q = pre["q"], True, True
                start = pre.start()
            elif kind in (None, "money"):
                kind = "money"
                if unit is None or unit == "元":
                    unit = currencies.get(pre["c"], pre["c"])
                start = pre.start()
    # --- suffix qualifiers
    pos = _post_qualifier(a, text, pos)
    # --- decide the kind
    if kind == "time-unit":
        exact_int = a.low == a.high and form == "int"
        if unit in _YEAR_UNITS and exact_int and not a.approx and len(run) == 4 and (
            run.isdigit() or all(ch in _CN_DIGIT_SET for ch in run)
        ):
            kind = "year"
        elif unit == "月" and exact_int and 1 <= a.low <= 12 and not ordinal:
            kind = "date"
            a.date = PartialDate(None, int(a.low), None)
            unit = None  # a date has no unit (as from the fast path and merged dates)
        elif unit == "日" and exact_int and 1 <= a.low <= 31 and not ordinal:
            kind = "date"
            a.date = PartialDate(None, None, int(a.low))
            unit = None  # a date has no unit (as from the fast path and merged dates)
        elif unit == "号" and exact_int and 1 <= a.low <= 31 and not ordinal and prev == "月":
            kind = "date"
            a.date = PartialDate(None, None, int(a.low))
            unit = None  # a date has no unit (as from the fast path and merged dates)
        else:
            kind = "count"
    if ordinal:
        kind = "ordinal"
        if unit in _LAW_MARKERS:
            a.exact = False  # 第一章/第十条: structure markers of laws stay as written
    single_char = len(run) == 1 and not arabic_only
    if kind is None:
        a.weak = single_char
        if form == "int" and a.low != a.low.to_integral_value():
            form = "decimal"
        kind = "integer" if form == "int" else "decimal"
    elif single_char and run == "一" and kind == "count":
        return None
    a.kind, a.unit, a.form = kind, unit, form
    a.s, a.e = start, pos
    # --- rewrite pieces (numbers_to_digits): exact Chinese numerals only
    if a.exact and not arabic_only and nxt not in _POINTS and (not s or text[s - 1] not in _POINTS):
        # (a numeral next to a 点 it does not own is a clock hour: 二十一点十分 stays as written)
        if pct_unit and run.startswith(_PCT_PREFIX):
            a.pieces = [*a.pieces, (s, e, _fmt(a.low) + pct_unit)]
        elif frac:
            den_s, _, num_s = body.partition("分之")
            try:
                den = _np.parse_value(den_s)[0]
                num = _np.parse_value(num_s)[0]
            except (_np.NumeralError, ArithmeticError, ValueError):
                return a
            a.pieces = [*a.pieces, (s, e, f"{_fmt(num)}/{_fmt(den)}")]
        else:
            if neg:
                a.pieces = [*a.pieces, (s - 1, s, "-"), (s, e, _render_run(run, run_low))]
            else:
                a.pieces = [*a.pieces, (s, e, _render_run(run, run_low))]
    else:
        a.pieces = ()
    return a


def _merge_dates(atoms: list[_Atom], text: str) -> list[_Atom]:
    """year 年 + month 月 + day 日 written next to each other become one date mention."""
    out: list[_Atom] = []
    i = 0
    n = len(atoms)
    while i < n:
        a = atoms[i]
        kind = a.kind
        if kind != "year" and kind != "date":
            out.append(a)
            i += 1
            continue
        y = m = d = None
        j = i
        if kind == "year" and a.unit == "年":
            y = int(a.low)
            j = i + 1
        if j < n and _only(atoms[j].date, "month"):
            if j == i or _adjacent(text, atoms[j - 1].e, atoms[j].s):
                m = atoms[j].date.month
                j += 1
        if m is not None and j < n and _only(atoms[j].date, "day"):
            if _adjacent(text, atoms[j - 1].e, atoms[j].s):
                d = atoms[j].date.day
                j += 1
        if m is None:
            out.append(a)
            i += 1
            continue
        first, last = atoms[i], atoms[j - 1]
        merged = _Atom()
        merged.s, merged.e = first.s, last.e
        pd = PartialDate(y, m, d)
        merged.date = pd
        merged.low = merged.high = _date_value(pd)
        merged.kind = "date"
        merged.unit = None
        merged.pieces = [p for k in range(i, j) for p in atoms[k].pieces]
        merged.approx = any(atoms[k].approx for k in range(i, j))
        merged.qual = next((atoms[k].qual for k in range(i, j) if atoms[k].qual), None)
        merged.pre_q, merged.post_q = first.pre_q, last.post_q
        out.append(merged)
        i = j
    for a in out:
        if a.kind == "date" and a.date is not None and type(a.low) is Decimal:
            a.low = a.high = _date_value(a.date)
    return out


def _only(pd: PartialDate | None, part: str) -> bool:
    """True for a one-part date atom (1月 or 11日) produced by the run parser."""
    if pd is None:
        return False
    y, m, d = pd.year, pd.month, pd.day
    if part == "month":
        return m is not None and y is None and d is None
    if part == "day":
        return d is not None and y is None and m is None
    return y is not None and m is None and d is None


def _adjacent(text: str, e: int, s: int) -> bool:
    return s - e <= 1 and (s == e or text[e] in _SPACE)


def _date_value(pd: PartialDate) -> _dt.date | PartialDate:
    if pd.year is not None and pd.month is not None and pd.day is not None:
        try:
            return _dt.date(pd.year, pd.month, pd.day)
        except ValueError:
            return pd
    return pd


def _merge_ranges(atoms: list[_Atom], text: str) -> list[_Atom]:
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms):
            b = atoms[i + 1]
            cm = _CONN.fullmatch(text, a.e, b.s) if 0 < b.s - a.e <= 8 and text[a.e] in _CONN_FIRST else None
            r = _try_range(a, b, text) if cm and not a.post_q and not b.pre_q else None
            if r is not None:
                out.append(r)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _date_range(a: _Atom, b: _Atom) -> _Atom | None:
    """8月26日至28日, 3月至5月, 1-2月: the right end takes the parts it lacks from the left."""
    db = b.date
    if b.kind != "date" or db is None:
        return None
    if a.kind == "date" and a.date is not None:
        da = a.date
    elif a.kind == "integer" and a.unit is None and a.low == a.high and a.form == "int" and not a.approx:
        v = int(a.low)
        if db.year is None and db.month is None and db.day is not None and 1 <= v <= 31:
            da = PartialDate(None, None, v)
        elif db.year is None and db.month is not None and db.day is None and 1 <= v <= 12:
            da = PartialDate(None, v, None)
        else:
            return None
    else:
        return None
    year = db.year if db.year is not None else da.year
    month = db.month if db.month is not None else (da.month if db.day is not None else None)
    db = PartialDate(year, month, db.day)
    return _range_atom(a, b, _date_value(da), _date_value(db), None, "date")


def _minus_sign(text: str, i: int) -> bool:
    """Is the '-' at text[i] a minus sign (气温为-3℃) rather than a range dash (1万-5万)?"""
    pp = text[i - 1] if i else ""
    if not pp or pp.isspace():
        return True
    if pp.isascii():
        return not pp.isalnum() and pp not in "%)]-~"
    return pp not in _CN_SET and pp not in _single_next() and pp not in "）】％－—–～〜"


def _try_range(a: _Atom, b: _Atom, text: str) -> _Atom | None:
    if a.kind == "date" or b.kind == "date":
        return _date_range(a, b)
    if a.kind == "time" or b.kind == "time":
        return None  # clock times are not range ends (3.5-1:12 crashed comparing 3.5 with 1:12)
    if a.kind in ("ordinal", "fraction") or b.kind in ("ordinal", "fraction"):
        return None
    kind_b = b.kind
    unit = b.unit
    alow, ahigh = a.low, a.high
    pieces_a = list(a.pieces)
    if a.unit is None:
        # share the right end's trailing scale (两到三万 = 2万..3万)
        if (
            b.scale_char
            and not a.has_big
            and a.kind not in ("money",)
            and (b.scale_char in _BIGS or b.scale_char in "kw" or len(a.run) == 1)
        ):
            mult = _scale_of(b.scale_char)
            if alow * mult <= b.low:
                alow, ahigh = alow * mult, ahigh * mult
                if pieces_a and a.exact:
                    base = _fmt(a.low)
                    if b.scale_char in _BIGS:
                        pieces_a = [(a.ns, a.ne, base)]
                    else:
                        pieces_a = [(a.ns, a.ne, _fmt(alow))]
        if a.kind in ("integer", "decimal", "money") or a.weak:
            pass
        else:
            return None
    elif b.unit is None:
        unit, kind_b = a.unit, a.kind
    elif a.unit != b.unit:
        return None
    if alow > b.high:
        return None
    if kind_b in ("year", "count") and unit in _YEAR_UNITS:
        # 2021—2025年: both ends four-digit years -> a year range
        if (
            alow == alow.to_integral_value()
            and 1000 <= alow <= 2199
            and b.kind == "year"
        ):
            kind_b = "year"
            return _range_atom(a, b, int(alow), int(b.high), unit, kind_b, pieces_a)
        kind_b = "count"
    return _range_atom(a, b, alow, b.high, unit, kind_b, pieces_a)


def _scale_of(ch: str) -> Decimal:
    if ch in _np.BIG:
        return Decimal(_np.BIG[ch])
    if ch in _np.SMALL:
        return Decimal(_np.SMALL[ch])
    return Decimal(1000 if ch == "k" else 10000)


def _range_atom(
    a: _Atom, b: _Atom, lo: Any, hi: Any, unit: str | None, kind: str,
    pieces_a: list[tuple[int, int, str]] | None = None,
) -> _Atom:  # fmt: skip
    r = _Atom()
    r.s, r.e = a.s, b.e
    r.low, r.high = lo, hi
    r.unit = unit
    r.kind = "range"
    r.form = kind
    r.approx = a.approx or b.approx
    r.qual = a.qual or b.qual
    r.pieces = [*(a.pieces if pieces_a is None else pieces_a), *b.pieces]
    r.pre_q, r.post_q = a.pre_q, b.post_q
    return r


def _value(v: Any, form: str) -> Any:
    if type(v) is Decimal:
        i = int(v)
        if i == v:
            return i
        if form == "money":
            return v
        return _np.to_python(v, "decimal")
    return v


def _special_atoms(text: str) -> list[_Atom]:
    """ISO dates (with an optional time) and clock times, left to right without overlaps."""
    found = []  # (start, end, is_date)
    for sep, rx in _ISO_AT.items():
        if sep in text:
            found += [(m.start() - 4, m.end(), True) for m in rx.finditer(text)]
    if ":" in text:
        for m in _TIME_AT.finditer(text):
            i = m.start()
            found.append((i - 2 if i >= 2 and "0" <= text[i - 2] <= "9" else i - 1, m.end(), False))
    if not found:
        return []
    found.sort()
    out: list[_Atom] = []
    taken = 0
    for s, e, iso in found:
        if s < taken:
            continue
        taken = e
        if s and (text[s - 1].isdigit() or (text[s - 1] == ":" and not iso)):
            continue
        a = _Atom()
        a.s, a.e = s, e
        nums = [int(x) for x in _INTS.findall(text, s, e)]
        try:
            if iso:
                y, mo, d = nums[:3]
                if not 1800 <= y <= 2199:
                    continue
                if len(nums) > 3:
                    v: Any = _dt.datetime(y, mo, d, *nums[3:])
                else:
                    v = _dt.date(y, mo, d)
                a.kind = "date"
                a.date = PartialDate(y, mo, d)
            else:
                v = _dt.time(*nums)
                a.kind = "time"
        except (ValueError, TypeError):
            continue
        a.low = a.high = v
        out.append(a)
    return out


@lazy
def _unit_firsts() -> frozenset[str]:
    """The characters unit and currency words start with."""
    return frozenset(_unit_words()[3])


@lazy
def _single_next() -> frozenset[str]:
    """Characters that may follow a one-character numeral that can still be a mention."""
    return frozenset(_unit_words()[3] + _SINGLE_NEXT_MORE + _SPACE)


def _scan(
    text: str, protect: frozenset[str], pieces: list[tuple[int, int, str]] | None = None
) -> tuple[list[_Atom], list[NumberMention]]:
    """The atoms of *text* (merged into dates and ranges) and the mentions read whole by the scan
    regex's common-shape branches, each list in text order. The rewrite pieces of the latter (of
    Chinese numerals) go to *pieces* when it is given."""
    mention_re = _units()[3]
    runs = (_scan_re() if _FAST_PATH else mention_re).finditer(text)  # (the text has a numeral)
    # separate passes: a word match must never hide a protected term (百分之一中全会: 之一 vs 一中全会)
    prot, words = _term_spans(text, protect)
    if protect:
        names = _name_spans(text)
        if names:
            prot = sorted(prot + names)
    if "@" in text or "://" in text or "www." in text:
        # URLs and e-mail addresses are handled like protected terms
        prot = sorted(prot + _identifiers(text))
    special = _special_atoms(text) if (":" in text or "-" in text or "/" in text or "." in text) else []
    single_next = _single_next()
    n = len(text)
    atoms: list[_Atom] = []
    done: list[NumberMention] = []
    pi = wi = si = 0
    last_end = 0
    np_, nw_, ns_ = len(prot), len(words), len(special)
    tables = _units()
    z_group = _scan_re().groupindex["z"]
    simple_kinds = _simple_units()
    unit_firsts = _unit_firsts()
    fast = _FAST_PATH
    for m0 in runs:
        s, e = m0.span()
        if s < last_end or e - s >= 7 or not (si >= ns_ or special[si].s >= e):
            pass  # (the general path: what it says of runs inside a mention, long runs, specials)
        elif m0.lastindex:
            if m0.lastindex == z_group:
                continue  # digits glued to an ASCII letter (what _make_atom says of them)
            mention = _simple_mention(text, s, e, m0, simple_kinds, last_end)
            if mention is not None:
                me = mention.end
                if mention.kind == "date":
                    # (a date the general path would cut: a URL or a name over part of it, or a
                    # clock time inside it)
                    while pi < np_ and prot[pi][1] <= s:
                        pi += 1
                    if (pi < np_ and prot[pi][0] < me) or (si < ns_ and special[si].s < me):
                        mention = None
                if mention is not None:
                    done.append(mention)
                    last_end = me
                    continue
        elif fast and s and e < n and text[e] in unit_firsts and text[s - 1] not in _CN_PREV_NOT and text[s] in _CN_SET:
            # (no protected term, name or ordinary word may touch it, 第 included: 八项规定,
            # “两个维护”, 第一书记)
            while pi < np_ and prot[pi][1] < s:
                pi += 1
            while wi < nw_ and words[wi][1] < s:
                wi += 1
            got = None
            if (pi >= np_ or prot[pi][0] > e) and (wi >= nw_ or words[wi][0] > e):
                got = _simple_cn(text, s, e, simple_kinds)
            if got is _WEAK:
                last_end = e
                continue
            if got is not None:
                mention, v = got
                me = mention.end
                if (
                    mention.start >= last_end
                    and (pi >= np_ or prot[pi][0] >= me)
                    and (wi >= nw_ or words[wi][0] >= me)
                ):
                    done.append(mention)
                    last_end = me
                    if pieces is not None and v is not None:
                        pieces.append((s, e, _fmt(v)))
                    continue
        if e - s > _MAX_RUN:
            continue
        m: re.Match[str] | None = m0
        while m is not None:
            if m is not m0:
                s, e = m.span()
            rest = None
            while si < ns_ and special[si].s < e:
                sp = special[si]
                si += 1
                if sp.s >= last_end:
                    atoms.append(sp)
                    last_end = sp.e
            if s < last_end:
                break
            # protected terms cut the run: the parts before and after are read on their own
            while pi < np_ and prot[pi][1] <= s:
                pi += 1
            if pi < np_ and prot[pi][0] < e:
                ps, pe = prot[pi]
                if pe < e:
                    rest = mention_re.match(text, pe)
                m = mention_re.match(text, s, ps) if ps > s else None
                if m is None:
                    m = rest
                    continue
                s, e = m.span()
            # ordinary words (统一, 一些) block a run that starts inside them
            while wi < nw_ and words[wi][1] <= s:
                wi += 1
            if wi < nw_ and words[wi][0] <= s < words[wi][1] and e - words[wi][1] < 3:
                # (a run going on for 3+ numerals after the word is a number: 同一九八〇年)
                we = words[wi][1]
                m = mention_re.match(text, we) if we < e else None
                if m is not None and rest is not None and m.start() >= rest.start():
                    m = rest
                continue
            if e - s == 1 and text[s] in _CN_SET and (e >= n or text[e] not in single_next):
                m = rest
                continue
            a = _make_atom(text, s, e, tables)
            if a is not None:
                atoms.append(a)
                last_end = a.e
            m = rest
    for sp in special[si:]:
        if sp.s >= last_end:
            atoms.append(sp)
            last_end = sp.e
    if prot and done:
        done = _drop_touching(done, prot)
    if not atoms:
        return atoms, done
    # (no atom joins a mention in *done*, and the text between two atoms around one holds its
    # digits, so the merges see the same neighbours as with it in the list)
    if any(a.kind == "date" for a in atoms):
        atoms = _merge_dates(atoms, text)
    atoms = _merge_ranges(atoms, text)
    out = [a for a in atoms if not a.weak or a.kind == "range"]
    if prot:
        out = _drop_overlapping(out, prot)
    return out, done


def _drop_overlapping(atoms: list[_Atom], spans: list[tuple[int, int]]) -> list[_Atom]:
    """Atoms whose span, unit and qualifiers included, touches a protected term are dropped
    (*atoms* and *spans* in order of their starts)."""
    out = []
    j, ns = 0, len(spans)
    for a in atoms:
        s, e = a.s, a.e
        while j < ns and spans[j][1] <= s:
            j += 1
        if j < ns and spans[j][0] < e:
            continue
        out.append(a)
    return out


_END = attrgetter("end")


def _drop_touching(mentions: list[NumberMention], spans: list[tuple[int, int]]) -> list[NumberMention]:
    """The same for the mentions the scan read whole. These never overlap one another (so their
    ends are in order too) and are many, the spans few: each span finds the first mention ending
    after it starts by bisection, and only the mentions it touches are looked at."""
    drop = set()
    n = len(mentions)
    for ps, pe in spans:
        i = bisect_right(mentions, ps, key=_END)
        while i < n and mentions[i].start < pe:
            drop.add(i)
            i += 1
    if not drop:
        return mentions
    return [m for i, m in enumerate(mentions) if i not in drop]


def _to_mention(text: str, a: _Atom) -> NumberMention:
    kind = a.kind
    if kind == "range":
        value_kind = a.form
        if value_kind == "int":
            value_kind = "integer"
    else:
        value_kind = kind
    lo = a.low
    hi = a.high
    same = hi is lo
    if same and a.form == "int" and kind != "range" and type(lo) is Decimal:
        lo = hi = int(lo)  # integral by construction (the parser said so)
    elif value_kind == "fraction":
        lo, hi = float(lo), float(hi)
    else:
        if type(lo) is Decimal:
            lo = _value(lo, value_kind)
        if same:
            hi = lo
        elif type(hi) is Decimal:
            hi = _value(hi, value_kind)
    if kind == "integer" and type(lo) is float:
        kind = value_kind = "decimal"
    return _mention(a.s, a.e, text[a.s : a.e], lo, hi, a.unit, a.approx, kind, value_kind, a.qual)


def _check_protect(protect: object) -> frozenset[str]:
    if isinstance(protect, frozenset):
        return protect
    if isinstance(protect, (set, list, tuple)) and all(isinstance(t, str) for t in protect):
        return frozenset(protect)
    raise ValueError("protect must be a set of strings (e.g. DEFAULT_PROTECTED | {'三名工程'})")


@lazy
def _quick() -> re.Pattern[str]:
    return re.compile(f"[{_CN}{_AD}]")


def find_numbers(text: str, *, protect: frozenset[str] = DEFAULT_PROTECTED) -> list[NumberMention]:
    """Find numbers, amounts, percents, ranges and dates; see the module docstring for the rules.

    >>> [(m.text, m.low, m.unit, m.kind) for m in find_numbers("共建成5所学校，投入3.5亿元")]
    [('5所', 5, '所', 'count'), ('3.5亿元', 350000000, '元', 'money')]
    >>> m = find_numbers("财政每年拨付450余万元")[0]
    >>> m.low, m.high, m.approx, m.qualifier
    (4500000, 4600000, True, '余')
    >>> [(m.text, m.low, m.high, m.kind, m.value_kind) for m in find_numbers("行动计划(2021—2025年)")]
    [('2021—2025年', 2021, 2025, 'range', 'year')]
    >>> [(m.text, str(m.low), m.kind) for m in find_numbers("1月11日召开，2023年1月12日发布")]
    [('1月11日', '--01-11', 'date'), ('2023年1月12日', '2023-01-12', 'date')]
    >>> [m.text for m in find_numbers("党的二十大统一部署，一是落实，一带一路")]
    []
    """
    text = check_text(text, "find_numbers")
    prot = _check_protect(protect)
    if not _quick().search(text):
        return []
    atoms, done = _scan(text, prot)
    found = [_to_mention(text, a) for a in atoms]
    if done:
        found += done
        found.sort(key=_START)
    return found


def numbers_to_digits(text: str, *, protect: frozenset[str] = DEFAULT_PROTECTED) -> str:
    """Rewrite Chinese numerals of quantities, dates, percents and ranks to Arabic digits.

    Only the numerals change (units, qualifiers and everything else stay). Left alone: protected
    terms (``protect``, default :data:`DEFAULT_PROTECTED`), words containing numerals (统一, 一些),
    outline markers (一、, （一）), enumerators (一是, 其一), lone 一 before a measure word (一个),
    single numerals without a unit (五大工程), ordinals in names (第一实验学校) and approximate forms
    without an exact digit form (两三个, 十几, 三百余). Idempotent.

    >>> numbers_to_digits("二〇二三年一月十二日，新建二十一所学校，占比百分之九十")
    '2023年1月12日，新建21所学校，占比90%'
    >>> numbers_to_digits("一、学习二十大精神，统一部署一个方案，落实十四五规划")
    '一、学习二十大精神，统一部署一个方案，落实十四五规划'
    >>> numbers_to_digits("践行三名工程", protect=DEFAULT_PROTECTED | {"三名工程"})
    '践行三名工程'
    """
    text = check_text(text, "numbers_to_digits")
    prot = _check_protect(protect)
    if not _quick().search(text):
        return text
    pieces: list[tuple[int, int, str]] = []
    atoms = _scan(text, prot, pieces)[0]
    pieces += [p for a in atoms for p in a.pieces]
    pieces.sort()
    return splice(text, pieces) if pieces else text
