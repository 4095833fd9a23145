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

from .. import _re as re
from . import patterns as P
from ._parse import parse_value
from .lexicon import (
    CLOCK,
    CN_SET,
    CONN_CHARS,
    DAY_PERIODS,
    LABEL,
    NOON,
    PCT_PREFIX,
    SHORT_PERIODS,
    SMALL_HOURS,
    day_period_hour,
    han_word,
)
from .merge import (
    mark_year_lists,
    merge_dates,
    merge_ranges,
    month_lists,
    ordinal_lists,
    range_atom,
    share_points,
)
from .reader import (
    DAY_END,
    DECADE,
    MAX_RUN,
    NAMED_YEAR_MAX,
    NAMED_YEAR_MIN,
    bracketed_items,
    doublings,
    half_spans,
    rank_single,
    read_atom,
    single_next,
)
from .rewrite import (
    lone_one_after,
    lone_one_before,
    month_list,
    ratio_with_lone_one,
    slogan_pair_before,
    sums_named_days,
)
from .spans import Span, code_units, drop_overlapping, find_all, protected_spans
from .types import Atom, PartialDate

ISO_YEAR_MIN, ISO_YEAR_MAX = 1800, 2199  # ISO dates outside these years are no dates
ISO_YEAR_DIGITS = 4
ISO_PARTS = 3  # year, month, day
GLUED_DAY_HOUR = 4  # the digits of a day and an hour glued together (3008 of 2019-09-3008:14)
MAX_HOUR = 23  # the last hour of a clock time (12时55分)
#: kinds of mention a kept neighbour does not keep (see :func:`keep_neighbours`)
_OWN_PHRASE = frozenset(("year", "date", "time"))


#: full-width digits and an ISO date's full-width separators folded to ASCII, one character for one (２０２６－０３－０５,
#: ２０２６．３．５ and ２０２６／３／５ are dates as 2026-03-05 is: the spans found in the folded text are the text's own)
_ISO_FOLD = str.maketrans("０１２３４５６７８９－／．", "0123456789-/.")
_FULL_ISO_SEPS = ("－", "／", "．")


def iso_folded(text: str) -> str:
    """*text* with full-width digits and ISO separators folded (:data:`_ISO_FOLD`) where it holds both, else itself.

    >>> iso_folded("日期：２０２６－０３－０５"), iso_folded("３月５日")
    ('日期：2026-03-05', '３月５日')
    """
    if any(sep in text for sep in _FULL_ISO_SEPS) and P.FULL_DIGIT.search(text) is not None:
        return text.translate(_ISO_FOLD)
    return text


def _special_spans(text: str, iso_text: str | None = None) -> list[tuple[int, int, bool, str]]:
    """(start, end, is_date, period) of the ISO dates and clock times of *text*, in order
    (*period*: see :func:`_clock_spans`; *iso_text*: the text the ISO dates are found in, :func:`iso_folded`)."""
    found = []
    iso_text = text if iso_text is None else iso_text
    for sep, rx in P.ISO_AT.items():
        if sep in iso_text:
            found += _iso_spans(iso_text, rx)
    if ":" in text or _FULL_COLON in text:
        found += _colon_spans(text)
    if "时" in text or "点" in text:
        found += _clock_spans(text)
    found.sort()
    return found


#: the *period* of a span that is a year and its month (:func:`_iso_spans`), and the group of the pattern that finds it
_YEAR_MONTH = "month"
_YEAR_MONTH_GROUP = "ym"


def _iso_spans(text: str, rx: re.Pattern[str]) -> list[tuple[int, int, bool, str]]:
    """The spans of the ISO dates found by *rx* (:data:`.patterns.ISO_AT`), and of the years and months joined by a dot
    after a word of a point in time (自2026.3起: the group ``ym``) or after such a span and a range's connector
    (从2026.3到2026.6), or before a range's connector and a second one after a word naming a period (周期为2025.9—2026.6),
    as :func:`_special_spans` gives them."""
    out: list[tuple[int, int, bool, str]] = []
    last = -1  # the end of the last year and month
    months = _YEAR_MONTH_GROUP in rx.groupindex
    for m in rx.finditer(text):
        s = m.start() - ISO_YEAR_DIGITS
        if not months or m[_YEAR_MONTH_GROUP] is None:
            out.append((s, m.end(), True, ""))
        elif not (s and text[s - 1].isdigit()) and (
                (last == s - 1 and text[s - 1] in P.YEAR_MONTH_LINKS)
                or P.YEAR_MONTH_BEFORE.search(text, max(0, s - P.YEAR_MONTH_BACK), s)
                or (P.YEAR_MONTH_LINKED.match(text, m.end()) is not None
                    and P.YEAR_MONTH_PERIOD.search(text, max(0, s - P.YEAR_MONTH_PERIOD_BACK), s))):  # fmt: skip
            out.append((s, m.end(), True, _YEAR_MONTH))
            last = m.end()
    if last < 0:
        return out
    starts = {sp[0] for sp in out if sp[3] == _YEAR_MONTH}
    return [sp for sp in out
            if sp[3] != _YEAR_MONTH or sp[1] + 1 in starts or P.YEAR_MONTH_LINKED.match(text, sp[1]) is None]


#: the parts of the day a range's hours may run past midnight from (晚上11点至1点)
_LATE_PERIODS = frozenset(("evening", "night"))
_SMALL_HOURS = "night"  # (its class keeps the hours 1-5 and makes 12 midnight)
_MORNING, _AFTERNOON = "am", "pm"
#: the first characters of an hour 13-23 in Chinese numerals (十三时, 二十二时)
_LATE_TENS = frozenset("十二")
#: the words for the next day between a range's connector and its second hour (至次日6时)
_NEXT_DAY = frozenset(("次日", "翌日"))


def _period_before(text: str, i: int) -> str | None:
    """The class of the word for a part of the day right before *i* (下午3时, 晚8点, 每晚8点: the
    one-character 早 and 晚 too, but not after a word of degree; :data:`.lexicon.DAY_PERIODS`), or
    None."""
    period = DAY_PERIODS.get(text[i - 2 : i]) if i >= 2 else None
    if period is not None or not i or (i >= 2 and text[i - 2] in _DEGREE_WORDS):
        return period  # (更晚2点, 稍早3点: earlier or later, no part of the day)
    return SHORT_PERIODS.get(text[i - 1])


#: before a one-character 早 or 晚, what makes it "earlier/later" (比…晚, 更早, 稍晚)
_DEGREE_WORDS = frozenset("比较更还稍略太很过得再")


_FULL_COLON = "："
#: the patterns of clock times written with a colon, and the colon each needs in the text
_COLON_TIMES = ((P.TIME_AT, ":"), (P.FULL_TIME_AT, _FULL_COLON))


def _full_colon_ratio(text: str, s: int, e: int) -> bool:
    """Is the N：MM at *s*..*e*, written with the full-width colon after a Han character, a ratio's
    terms: no word for the part of the day before it and no clock context around it (按1：10配套;
    下午2：30, 于9：30召开 and 每天8：00 are clock times)?"""
    return _period_before(text, s) is None and not _oclock_context(text, s, e - 1)


#: what makes the N:MM before it a scale's terms (1：10万地形图, 1:50万: no clock time)
_SCALE_AFTER = frozenset("万千亿萬億")
#: the only first term a ratio written with the full-width colon has alone (（1：10）, 1：10比例尺;
#: the time 1:10 is said with a part of the day: 凌晨1：10)
_RATIO_ONE = "1"


def _colon_ratio(text: str, i: int, s: int, e: int) -> bool:
    """Is the N:MM at *s*..*e* (its colon at *i*), said with no part of the day, a ratio's or a
    scale's terms: a scale's 万/千/亿 after it (1：10万, 1:50万), or the full-width colon after a Han
    character with no clock context around it (按1：10配套), or after no Han character with 1 before
    it and no word of time (（1：10）; 时间：1：30 and 于1：30召开 are clock times)?"""
    if text[e : e + 1] in _SCALE_AFTER:
        return True
    if text[i] != _FULL_COLON:
        return False
    if s and han_word(text[s - 1]):
        return _full_colon_ratio(text, s, e)
    return text[s:i] == _RATIO_ONE and _full_colon_ratio(text, s, e) and P.TIME_LABEL_BEFORE.search(
        text, max(0, s - P.TIME_LABEL_BACK), s) is None


def _colon_spans(text: str) -> list[tuple[int, int, bool, str]]:
    """(start, end, False, period) of the clock times written with a colon (8:30, 14:05:30):
    *period* "" but for a range's second time, which takes the first one's part of the day as
    :func:`_clock_spans` does (下午2:00-5:00: 17:00)."""
    out: list[tuple[int, int, bool, str]] = []
    carry = -1, "", 0
    found = [m for rx, sign in _COLON_TIMES if sign in text for m in rx.finditer(text)]
    if len(found) > 1 and _FULL_COLON in text and ":" in text:
        found.sort(key=re.Match.start)
    for m in found:
        i, e = m.start(), m.end()
        s = i - 2 if i >= 2 and "0" <= text[i - 2] <= "9" else i - 1
        period = (_second_period(carry, _hour_at(text, s, e)) or "") if carry[0] == s else ""
        if not period and _colon_ratio(text, i, s, e):
            continue  # 收入比2：1, 比分3：21, 1：10万: a ratio's terms (上午9：30, 时间：10：13, 于9：30召开 are clock times)
        if carry[0] == s and out and _afternoon_first(text, carry, (s, e, False, period)):
            out[-1] = (*out[-1][:3], _AFTERNOON)  # 晚上4:00-8:00: 16:00 to 20:00
        out.append((s, e, False, period))
        if text[e : e + 1] in CONN_CHARS:
            first = period or _period_before(text, s) or ""
            if first:
                carry = _range_carry(text, s, e, first)
    return out


def _range_carry(text: str, s: int, e: int, period: str) -> tuple[int, str, int]:
    """What a range's second hour takes from a first one at *s*..*e* said in *period*: where the
    second starts (after the connector: one character, or a doubled dash as in 晚上8点——9点), the
    period and the first's 24-hour value (晚上12点: 0, taken as after 23)."""
    hour = _hour_at(text, s, e)
    first = day_period_hour(period, hour)
    conn = P.CLOCK_CONN.match(text, e)
    return e + (len(conn.group()) if conn else 1), period, first if first >= hour else first + 24


def _bare_first(text: str, j: int) -> tuple[int, int, bool, str] | None:
    """The first hour of a range written bare before the Arabic hour that ends at the 时 or 点 at
    *j*, after a word for a part of the day (下午2-4点: 2 is 14:00, 上午9至11时), as a clock span;
    None when there is none."""
    m = P.BARE_FIRST_HOUR.search(text, max(0, j - P.BARE_FIRST_BACK), j)
    if m is None or int(m[1]) > MAX_HOUR:
        return None
    s = m.start()
    period = _period_before(text, s)
    if period is None and text[j] == "点" and _oclock_context(text, s, j):
        period = CLOCK  # 每天9-17点, 9-11点开放
    return None if period is None else (s, m.end(1), False, period)


def _oclock_context(text: str, i: int, j: int) -> bool:
    """Is the Arabic hour from *i* to its 点 at *j*, with no word for the part of the day before it,
    a clock time by its context: a word of time after the 点 (会议9点召开, 9点整, 9点前, 8点半开始) or
    after a range's second hour (9点至11点召开), or a day before the hour (每天9点, 10月1日9点, 于9点)?
    (2点要求, 三点意见: points.)"""
    if P.OCLOCK_AFTER.match(text, j + 1) or (text[j + 1 : j + 2] in CONN_CHARS and (
            P.OCLOCK_RANGE_AFTER.match(text, j + 1) or _hour_pair(text, i, j))):
        return True
    if _half_hour(text, j) and not (i and text[i - 1] in _POINTS_BEFORE):
        return True  # 3点半到校
    return i > 0 and P.OCLOCK_BEFORE.search(text, max(0, i - P.OCLOCK_BACK), i) is not None


def _hour_pair(text: str, i: int, j: int) -> bool:
    """Is the hour from *i* to its 点 or 时 at *j* the first of a range whose second hour has its own
    点 or 时, the same (8点——9点, 22点-6点, 八点至九点, 八时至十时: clock times with no other word),
    not points counted (第3点-5点, 3点—5点意见)?"""
    if i and text[i - 1] in _POINTS_BEFORE:
        return False
    m = P.HOUR_PAIR_AFTER.match(text, j + 1)
    return m is not None and m["m"][0] == text[j] and P.POINT_NOUNS.match(text, m.end()) is None


def _clock_spans(text: str) -> list[tuple[int, int, bool, str]]:
    """(start, end, False, period) of the clock times written with 时 or 点, in text order: one
    walk over both characters (:func:`_clock_at`). *period* is the class of the day-period word
    that sets the hour's 24-hour value (:data:`.lexicon.DAY_PERIODS`): the word right before the
    hour, or the first hour's across a range's connector (下午3时至5时: both hours in the
    afternoon; 上午9点到11点: 11点 a time too; after a first time with none, :data:`.lexicon.CLOCK`:
    8点30分至10点, 10点 kept as said); "" for none."""
    marks = find_all(text, "时") + find_all(text, "点") if "时" in text and "点" in text else find_all(
        text, "时" if "时" in text else "点")
    marks.sort()
    out: list[tuple[int, int, bool, str]] = []
    carry = -1, "", 0  # (where a range's second hour would start, the first hour's period and 24-hour value)
    for j in marks:
        if j > 2 and "0" <= text[j - 1] <= "9" and text[j - 2] in _BARE_AFTER:
            first = _bare_first(text, j)  # 下午2-4点
            if first is not None:
                out.append(first)
                carry = _range_carry(text, first[0], first[1], first[3])
        got = _clock_at(text, j, carry)
        if got is not None:
            if got[0] == carry[0] and _afternoon_first(text, carry, got):
                out[-1] = (*out[-1][:3], _AFTERNOON)  # 晚上4点至8点: 16:00 to 20:00
            out.append(got)
            e, period = got[1], got[3]
            if text[e : e + 1] in CONN_CHARS:  # (a first time without a part of the day: as written)
                carry = _range_carry(text, got[0], e, period or CLOCK)
    return out


#: the first evening hour: an evening range's first hour said before it (晚上4点至8点) is the afternoon's
_EVENING_FROM = 17


def _afternoon_first(text: str, carry: tuple[int, str, int], second: tuple[int, int, bool, str]) -> bool:
    """Is a range's first hour, said after an evening word and read as the small hours (晚上4点: 4:00),
    the afternoon's, its second hour being in the evening (晚上4点至8点: 16:00 to 20:00; 晚上11点至1点
    and 晚上1点至3点 stay in the night)?"""
    if carry[1] != "evening" or not 1 <= carry[2] < SMALL_HOURS or not second[3]:
        return False
    return day_period_hour(second[3], _hour_at(text, second[0], second[1])) >= _EVENING_FROM


#: what stands before a range's second hour (or its last digit) when the first is written bare
_BARE_AFTER = frozenset(CONN_CHARS + "0123456789")


def _second_period(carry: tuple[int, str, int], hour: int) -> str | None:
    """The period of a range's second *hour* after a first one of *carry*: the first's part of the day
    (下午3时至5时 17:00) unless that makes it earlier than the first; then the afternoon after a
    morning (上午10点至2点 14:00: the range runs past noon), the small hours after an evening or a
    night (晚上11点至1点 1:00, 晚上十点至十二点 0:00); None otherwise (夜间22时至6时: 6时 6:00, not
    18:00)."""
    if day_period_hour(carry[1], hour) >= carry[2] or carry[1] == CLOCK:
        return carry[1]  # (22点-6点: hours with no part of the day, as written)
    if carry[1] == _MORNING and 1 <= hour < NOON:
        return _AFTERNOON
    if carry[1] in _LATE_PERIODS and day_period_hour(_SMALL_HOURS, hour) <= SMALL_HOURS:
        return _SMALL_HOURS
    return None


def _hour_at(text: str, i: int, e: int) -> int:
    """The hour (as written) of the clock time starting at *i* and ending by *e*."""
    m = P.INTS.match(text, i, e)
    return int(m.group()) if m is not None else _cn_clock(text, i, e)[0]


def _clock_at(text: str, j: int, carry: tuple[int, str, int]) -> tuple[int, int, bool, str] | None:
    """The clock time whose hour ends before the 时 or 点 at *j* (12时55分, 8点30分, 上午9时,
    下午3点半, 晚上8点5, 八时三十分, 下午三点), or None. An hour with no minutes needs 时 starting no
    word (10时期间 is 10时 and 期间; 5时代 no hour); N点 without minutes, N点半, N时半 and minutes
    without 分 need a day-period word (三点建议, 2点要求)."""
    w = text[j]
    arabic = j and "0" <= text[j - 1] <= "9"
    if arabic:
        i = j - (2 if j >= 2 and "0" <= text[j - 2] <= "9" else 1)
        if (i and "0" <= text[i - 1] <= "9") or int(text[i:j]) > MAX_HOUR:
            return None
    else:
        h = P.CN_HOUR_BEFORE.search(text, max(0, j - 3), j) if j and text[j - 1] in CN_SET else None
        if h is None:
            return None
        i = h.start()
    period = _period_before(text, i)
    if period is not None and w == "点" and text[i:j] == _NOT_CN_HOUR and text[i - 2 : i] not in DAY_PERIODS:
        return None  # 早一点开始, 晚一点出发: a little earlier or later (晚上一点 is 1:00)
    if period is None and carry[0] == i:
        period = _second_period(carry, _hour_at(text, i, j))
    elif period is None and carry[0] == i - 2 and text[i - 2 : i] in _NEXT_DAY:
        period = _MORNING  # 晚上10点至次日6点, 二十二时至次日八时: the next day's hour as said
    if period is None and (w == "点" or (not arabic and text[i:j] != _NOT_CN_HOUR)) and (
            _oclock_context(text, i, j) if arabic else P.CN_OCLOCK_AFTER.match(text, j + 1)):
        period = CLOCK  # 会议9点召开, 每天9点, 九点钟, 九时整: a time with no word for the part of the day (一时整 no)
    elif period is None and not arabic and _cn_oclock_context(text, i, j):
        period = CLOCK  # 会议定于三点召开, 每天八点, 九时开幕
    if period is None and w == "时" and j - i > 1 and text[i] in _LATE_TENS and _cn_clock(text, i, j)[0] > NOON:
        period = _AFTERNOON  # 二十二时: an hour of the 24-hour clock needs no word for the part of the day
    c = (P.CLOCK_AT[w] if arabic else P.CN_MINUTES_AT).match(text, j)
    cn_minutes = c is None and arabic and text[j + 1 : j + 2] in CN_SET
    if cn_minutes:
        c = P.CN_MINUTES_AT.match(text, j)  # 下午3点十分, 8时三十分: Chinese minutes after an Arabic hour
    if c is not None and ((arabic and not cn_minutes) or _cn_minutes(c, w, text[i:j], period)):
        return i, c.end(), False, period or ""  # 12时55分, 八时五分, 八点三十分, 下午三点五分
    if period is None and (w == "点" or not arabic):
        return None  # (三点建议, 2点要求, 一时难以: no part of the day, no minutes)
    if w == "时" and P.NOT_HOUR.match(text, j + 1):
        return None  # 5时代, 10时期
    if w == "点" and "0" <= text[j + 1 : j + 2] <= "9":  # 晚上8点30, 晚上8点5: minutes without 分
        m = P.MINUTES.match(text, j + 1) if arabic else None
        return None if m is None else (i, m.end(), False, period or "")
    if w == "点" and (text[j + 1 : j + 2] in P.NOT_OCLOCK or (not arabic and P.POINT_NOUNS.match(text, j + 1)) or (
            text[i:j] == "一" and P.A_LITTLE_AFTER.match(text, j + 1))):
        return None  # 晚上一点点, 晚上一点也不冷: a little; 上午两点建议: two points
    half = period is not None and text.startswith("半", j + 1)
    return i, j + 2 if half else j + 1, False, period or ""


#: an hour in Chinese numerals that context alone never makes a clock time (一时: "for a while",
#: 一点: "a little", 早一点开始, 今天一点进展)
_NOT_CN_HOUR = "一"
#: before such an hour: what makes it points counted (这三点开始落实, 以上两点, 第三点)
_POINTS_BEFORE = frozenset("这那此第几上下述列")


def _cn_oclock_context(text: str, i: int, j: int) -> bool:
    """Is the hour in Chinese numerals from *i* to its 时 or 点 at *j*, with no word for the part of
    the day, a clock time by its context: a word of an event after it (三点召开, 九时开幕) or a day
    before it and 开始 or the clause's end after it (明天三点开始, 周末九点。, 定于九时，)? (三点意见,
    一时难以, 在于三点, 这三点开始落实, 今日三点要闻: no clock time.)"""
    if i and text[i - 1] in _POINTS_BEFORE:
        return False
    if _half_hour(text, j):
        return True  # 三点半开会, 会议于一点半开始 (一点半点 is "a little", 一时半会 "a while")
    if text[i:j] == _NOT_CN_HOUR:
        return False
    if P.CN_OCLOCK_EVENT.match(text, j + 1) or (text[j + 1 : j + 2] in CONN_CHARS and _hour_pair(text, i, j)):
        return True
    if P.CN_OCLOCK_DAY_AFTER.match(text, j + 1) is None:
        return False
    # 二十三点开始, 至二十二点，: an hour of the 24-hour clock needs no day before it
    return (text[i] in _LATE_TENS and j - i > 1 and _cn_clock(text, i, j)[0] > NOON) or (
        i > 0 and P.CN_OCLOCK_BEFORE.search(text, max(0, i - P.OCLOCK_BACK), i) is not None)


#: after an hour's 半: what makes it "a little" or "a while" (一点半点, 一时半会, 一时半刻), or half of
#: what follows (两点半个), no half hour
_NOT_HALF_HOUR_AFTER = frozenset("点会刻个")


def _half_hour(text: str, j: int) -> bool:
    """Is the 时 or 点 at *j* followed by 半 of a half hour (三点半, 8点半: a clock time by itself)?"""
    return text[j + 1 : j + 2] == "半" and text[j + 2 : j + 3] not in _NOT_HALF_HOUR_AFTER


def _cn_minutes(c: re.Match[str], w: str, hour: str, period: str | None) -> bool:
    """Are the minutes *c* after an *hour* and its 时 or 点 (*w*), written in Chinese numerals, a
    clock time's? A quarter (下午三点一刻) always; after a day-period word, with 分 or written with
    十 or 零 (晚上九点零九, 晚上八点三十, as 晚上8点5; 晚上八点一起 is "together", no minute).
    Without one they need 分; after 点 only minutes written with 十 or 零 are (八点三十分; 一点五分 is
    1.5 points), and a lone 十分 may be "very" (这一点十分重要, 他一时十分紧张), so it counts only after
    时 and an hour other than 一 (八时十分)."""
    if c["q"] is not None:
        return True
    if period is not None:
        return c["fen"] is not None or c["tens"] is not None
    if c["fen"] is None:
        return False
    if c["m"] == "十":
        return w == "时" and hour != "一"
    return w == "时" or c["tens"] is not None


def _special_atom(text: str, s: int, e: int, iso: bool, period: str) -> Atom | None:
    """The atom of an ISO date (maybe with a time) or a clock time; None when it does not exist.
    *period*: the class of the day-period word that sets the hour (:func:`_clock_spans`; "": the
    word right before *s*, if any)."""
    a = Atom(s, e)
    if "0" <= text[s] <= "9":
        parts = P.INTS.findall(text, s, e)
        if iso and len(parts) > ISO_PARTS and len(parts[2]) == GLUED_DAY_HOUR:
            parts[2:3] = parts[2][:2], parts[2][2:]  # 2019-09-3008:14: the day and the hour glued
        nums = [int(x) for x in parts]
        if not iso and len(nums) == 1 and text[e - 1] in _CN_MINUTE_ENDS:
            nums += _arabic_hour_minutes(a, text, s + len(parts[0]) + 1, e)  # 下午3点十分, 8时三十分
    else:
        nums = _cn_clock(text, s, e)  # 八时三十分, 下午三点
    v: Any
    try:
        if iso and period == _YEAR_MONTH:  # 自2026.3起: the month of that year
            if not ISO_YEAR_MIN <= nums[0] <= ISO_YEAR_MAX:
                return None
            a.kind, a.date = "date", PartialDate(nums[0], nums[1], None)
            v = a.date
        elif iso:
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
            elif text[e - 1] == _QUARTER:
                hms[1] *= _QUARTER_MINUTES  # 下午三点一刻
            period = period or _period_before(text, s) or ""
            if period:  # 下午3时: the hour on the 24-hour clock (15:00)
                hms[0] = day_period_hour(period, hms[0])
            v = _dt.time(hms[0], hms[1], hms[2])
            a.kind = "time"
    except (ValueError, TypeError):
        return None
    a.low = a.high = v
    return a


#: the values of the Chinese digits a clock time is written with (八时三十分, 下午两点, 零时)
_CN_CLOCK_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


def _cn_clock(text: str, s: int, e: int) -> list[int]:
    """The hour and the minutes of a clock time in Chinese numerals (八时三十分 -> [8, 30],
    下午三点半 -> [3]; 半 is read by the caller)."""
    out = []
    for part in P.CN_CLOCK_PARTS.findall(text, s, e):
        tens, ten, ones = part.partition("十")
        if not ten:
            out.append(_CN_CLOCK_DIGITS[part[-1]])  # (三, 零五)
            continue
        out.append((_CN_CLOCK_DIGITS[tens] if tens else 1) * 10 + (_CN_CLOCK_DIGITS[ones] if ones else 0))
    return out


#: the last characters of a clock time that ends in Chinese minutes (3点十分, 下午3点三十, 三点一刻)
_CN_MINUTE_ENDS = frozenset("分零一二三四五六七八九十刻")
_QUARTER, _QUARTER_MINUTES = "刻", 15


def _arabic_hour_minutes(a: Atom, text: str, s: int, e: int) -> list[int]:
    """The minutes written in Chinese numerals between *s* and *e* after an Arabic hour (下午3点十分:
    10), with the rewrite's digits for them (下午3点10分, as the hour is written)."""
    m = P.CN_CLOCK_PARTS.search(text, s, e)
    if m is None:  # pragma: no cover - the clock pattern matched a numeral here
        return []
    minutes = _cn_clock(text, m.start(), m.end())
    if text[e - 1] != _QUARTER:
        a.add_piece(m.start(), m.end(), str(minutes[0]))
    return minutes


def special_atoms(text: str, units: Any = None) -> list[Atom]:
    """ISO dates (with an optional time), clock times (8:30, 12时55分), the dates of lunar months,
    half units of time or doublings written alone (半年, 翻一番) and grades in Roman numerals (Ⅲ类),
    left to right without overlaps (*units*: the text's code units when the caller has them)."""
    lunar = _lunar_dates(text) if "月" in text or "初" in text else []
    if "半" in text or "番" in text:
        # (为期半年, 半个月内, 翻一番: no numeral to rewrite; no clock time holds them)
        more = (half_spans(text) if "半" in text else []) + (doublings(text) if "番" in text else [])
        lunar = sorted(lunar + more, key=lambda a: a.s) if lunar or len(more) > 1 else more
    if "第（" in text or "第(" in text:
        lunar = sorted(lunar + bracketed_items(text), key=lambda a: a.s)  # (第（三）项: a law's marker)
    grades = roman_grades(text, units)
    if grades:  # (Ⅲ类, Ⅳ级: no Chinese or Arabic numeral in them, no clock time holds them)
        lunar = sorted(lunar + grades, key=lambda a: a.s)
    iso_text = iso_folded(text)
    if not (":" in text or _FULL_COLON in text or "-" in iso_text or "/" in iso_text or "." in iso_text or "分" in text or "时" in text or "点" in text):
        return lunar
    out: list[Atom] = []
    taken = 0
    for s, e, iso, period in _special_spans(text, iso_text):
        if s < taken:
            continue
        taken = e
        if s and (text[s - 1].isdigit() or (text[s - 1] == ":" and not iso)):
            continue
        if not iso and (_decimal_ratio(text, s, e) or (text[e - 1].isdigit() and (
                _worded_ratio(text, s, e) or _player_display(text, s)))):
            continue
        a = _special_atom(iso_text if iso else text, s, e, iso, period)
        if a is not None:
            out.append(a)
    if lunar:  # (one binary search a clock time: a text of many times and 半年 is read in linear time)
        out = drop_overlapping(out, sorted((b.s, b.e) for b in lunar))
        out = sorted(out + lunar, key=lambda a: a.s)
    return out


#: the values of the Roman numerals of a grade (Ⅰ … Ⅻ; ASCII capitals, IV级, are left alone)
_ROMAN_VALUES = {chr(P.ROMAN_FIRST + i): i + 1 for i in range(P.ROMAN_COUNT)}
_ASCII_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def _has_roman(text: str, units: Any) -> bool:
    """Does *text* hold a Roman numeral (Ⅰ … Ⅻ)? Asked of its code *units* when the caller has them
    (one NumPy comparison; a regex scan for the class cost 4% of the finder's instructions), else of
    the text itself (a short one)."""
    if units is not None:
        return bool(((units - P.ROMAN_FIRST) < P.ROMAN_COUNT).any())  # (unsigned: below Ⅰ wraps round)
    return any(ch in text for ch in _ROMAN_VALUES)


def roman_grades(text: str, units: Any = None) -> list[Atom]:
    """The classes and grades of *text* written in Roman numerals before their unit (Ⅳ类, 第Ⅲ阶段:
    ordinals, and Ⅰ～Ⅲ类 a range of them), written as they are (a count beside one is rewritten: Ⅰ级四个等级
    -> Ⅰ级4个等级); not after an ASCII letter or digit (AⅤ类) and not a range that does not rise (Ⅲ～Ⅰ类).
    *units*: the text's code units when the caller has them (:func:`.spans.code_units`).

    >>> [(a.s, a.e, a.kind, a.low, a.high, a.unit) for a in roman_grades("由Ⅳ类升至Ⅰ～Ⅲ类，第Ⅲ阶段，CⅣ级")]
    [(1, 3, 'ordinal', 4, 4, '类'), (5, 9, 'range', 1, 3, '类'), (10, 14, 'ordinal', 3, 3, '阶段')]
    """
    if not _has_roman(text, units):
        return []
    out = []
    for m in P.ROMAN_GRADE.finditer(text):
        s = m.start()
        if s and text[s - 1] in _ASCII_WORD:
            continue
        lo = _ROMAN_VALUES[m["a"]]  # (the pattern's numerals are the table's keys)
        hi = _ROMAN_VALUES[m["b"]] if m["b"] else lo
        if m["b"] and hi <= lo:
            continue
        a = Atom(s - 1 if s and text[s - 1] == "第" else s, m.end(), lo, hi)
        a.kind, a.form = ("range", "ordinal") if m["b"] else ("ordinal", "int")
        a.unit, a.exact = m["u"], False  # (nothing to rewrite, and no Chinese numeral for a neighbour to keep)
        out.append(a)
    return out


def _lunar_dates(text: str) -> list[Atom]:
    """The dates of *text* named by a lunar month's word and a day in Chinese numerals (正月十五,
    腊月廿三, 正月初一, 大年初一: kept as written, kind date), and 元月 (January: 2026年元月, 元月15日)."""
    out = []
    chu = "初" in text  # (大年初一 is looked for only where 初 stands: a page seldom holds 大年)
    if any(m in text for m in _LUNAR_MONTH_WORDS) or (chu and P.LUNAR_NEW_YEAR in text):
        out += [_lunar_date_or_range(text, m) for m in P.LUNAR_DATE.finditer(text)]
    if "元月" in text:
        out += [_january(m.start()) for m in P.YUAN_MONTH.finditer(text)]
    if chu:
        months = [(a.s, a.e) for a in out]
        for m in P.LUNAR_DAY_PAIR.finditer(text):
            for g in ("a", "b"):  # (正月初一、十五: the first day is the month's date already)
                if not any(s <= m.start(g) < e for s, e in months):
                    out.append(_kept_date(*m.span(g), None, m[g]))
    return sorted(out, key=lambda a: a.s) if len(out) > 1 else out


def _lunar_date_or_range(text: str, m: Any) -> Atom:
    """The lunar date *m* matched (正月十五), or the range of days it starts in its month (正月初一至初六,
    正月初八至十二日: kind range, kept as written: the rewrite of 正月初八至12日 was half a phrase)."""
    month = P.LUNAR_MONTHS[m["m"]] if m["m"] else 1  # (大年初一: the first month)
    first = _kept_date(m.start(), m.end(), month, m["d"])
    t = P.LUNAR_RANGE_TAIL.match(text, m.end())
    if t is None:
        return first
    last = _kept_date(t.start("d"), t.end(), month, t["d"])
    if last.low.day <= first.low.day:  # type: ignore[union-attr]
        return first
    r = range_atom(first, last, first.low, last.low, None, "date")
    r.pieces, r.exact, r.kept = [], False, True
    return r


def _january(s: int) -> Atom:
    """元月 at *s*: the month January (a date's month, merged with its year and day: 2026年元月,
    元月15日; nothing of it is rewritten)."""
    a = Atom(s, s + 2)
    a.kind = "date"
    a.date = a.low = a.high = PartialDate(None, 1, None)
    return a


def _kept_date(s: int, e: int, month: int | None, day: str) -> Atom:
    """A date of a lunar month from *s* to *e*, its *day* in Chinese numerals (maybe led by 初), kept
    as written."""
    a = Atom(s, e)
    a.kind, a.exact, a.kept = "date", False, True
    a.date = a.low = a.high = PartialDate(None, month, int(parse_value(day.lstrip("初"))[0]))
    return a


_LUNAR_MONTH_WORDS = tuple(f"{c}月" for c in P.LUNAR_MONTHS)


def _worded_ratio(text: str, s: int, e: int) -> bool:
    """Is the N:MM at ``text[s:e]`` a ratio by its words, no clock time (师生比1:15, 比例为1:20:30,
    比分2:15, 按10:30的比例)?"""
    m = P.RATIO_BEFORE.search(text, max(0, s - P.RATIO_BACK), s)
    if m is not None:
        return not (m.group("lone") and not m.group("verb") and P.COMPARED_AFTER.match(text, e))
    return P.RATIO_AFTER.match(text, e) is not None


def _player_display(text: str, s: int) -> bool:
    """Is the N:MM at *s* part of a media player's display at rest (00:00 / 01:16: its position
    and the video's length), no clock time?"""
    if text.startswith("00:", s) and P.PLAYER_AFTER.match(text, s) is not None:
        return True
    return text[s - 1 : s] in _PLAYER_SEPARATORS and P.PLAYER_BEFORE.search(text, max(0, s - P.PLAYER_BACK), s) is not None


_PLAYER_SEPARATORS = frozenset("/ \t")


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
            # 3+ numerals after the word is a number: 同一九八〇年, but not a percent's 百分之 after
            # it: 统一百分之五 is 统一 and 5%), unless a mention read before holds the word's start
            # (一七一三年两年: 三 is the year's, so no word 三年两年)
            while self.wi < len(words) and words[self.wi][1] <= s:
                self.wi += 1
            if self.wi < len(words) and self.last_end <= words[self.wi][0] <= s < words[self.wi][1] and (
                    e - words[self.wi][1] < 3 or text.startswith(PCT_PREFIX, words[self.wi][1])):
                we = words[self.wi][1]
                m = run_re.match(text, we) if we < e else None
                if m is not None and rest is not None and m.start() >= rest.start():
                    m = rest
                if m is None:
                    return
                continue
            if not (e - s == 1 and text[s] in CN_SET and (e >= len(text) or text[e] not in single_next())
                    and not rank_single(text, s, e)):
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


def _walk(text: str, prot: list[Span], words: list[Span], units: Any = None) -> list[Atom]:
    """The atoms of the runs of *text*, in text order (before merging; *units*: its code units
    when the caller has them)."""
    walk = _Walk(text, prot, words, special_atoms(text, units))
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
        elif s >= last_end and (e - s > 1 or text[s] not in CN_SET or (e < n and text[e] in lone_next)
                                or rank_single(text, s, e)):
            a = read_atom(text, s, e)
            if a is not None:
                atoms.append(a)
                last_end = a.e
    walk.last_end = last_end
    walk.flush_special(n + 1)
    return atoms


#: kinds of atoms that are rewritten or kept as written, but never found (五十年代, 2号线, 12月31日二十四时)
_NOT_FOUND = frozenset((DAY_END, DECADE, LABEL))
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
        and NAMED_YEAR_MIN <= a.low <= NAMED_YEAR_MAX
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
    units = code_units(text)  # (once: the protected terms, the names and the Roman grades look them up)
    prot, words = protected_spans(text, protect, units)
    atoms = _walk(text, prot, words, units)
    if not atoms:
        return atoms
    dates = any(a.kind == "date" for a in atoms)
    if dates:
        atoms = merge_dates(atoms, text)
    atoms = merge_ranges(mark_year_lists(atoms, text), text)
    if "分点" in text or "基点" in text:  # (百分点, 千分点, 基点)
        atoms = share_points(atoms, text)
    if "、" in text and "第" in text:  # (第一、二款, 第三、四条: a list of ordinals)
        atoms = ordinal_lists(atoms, text)
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


#: the kinds of a quantity that may end a list's item before the next item's class (十二门, 四百元, 百分之五, 三年)
_ITEM_END_KINDS = frozenset(("count", "money", "percent", "duration"))


def _other_items(a: Atom, b: Atom) -> bool:
    """Are *a* and *b*, joined by 、 or 和, items of a list of other things: a quantity with its unit (a count, an amount, a
    percentage or a span: :data:`_ITEM_END_KINDS`), then a class named by its numeral before another unit
    (一类课程十二门、二类课程二十门, 二类地区补助四百元、三类地区, 二类补贴百分之五、三类补贴: the quantity ends one item, the class
    starts the next, no numeral of one phrase; 一年和五年 and 二期、三期 share their unit: one phrase)?"""
    return (a.kind in _ITEM_END_KINDS and b.kind == "ordinal" and a.unit is not None and b.unit is not None
            and a.unit != b.unit)


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
        return _as_written(prev, text) and not _other_items(prev, a)
    k = s - j
    u = a.unit or ""
    if u and text.startswith(u, k - len(u)):
        k -= len(u)
    return k >= 1 and text[k - 1] in _KEPT_NUMERALS


def _kept_item_after(a: Atom, text: str, nxt: Atom | None) -> bool:
    """Does a numeral kept as written stand right after *a*, glued or across a joiner (五年百部,
    三个一号, 二十年或五十年一遇)? A numeral naming a class before 等 (二等奖, 三等功) is no numeral of the
    phrase: 一等奖两项、二等奖三项 lists counts of prizes, each rewritten.

    >>> from govtext.numbers import numbers_to_digits
    >>> numbers_to_digits("一等奖两项、二等奖三项，五年百部")
    '一等奖2项、二等奖3项，五年百部'
    """
    e = a.e
    joined = e < len(text) and text[e] in _JOINERS
    if joined:
        e += 1
    if nxt is not None and nxt.s == e:
        return (nxt.kept and not nxt.pieces) if not joined else _as_written(nxt, text) and not _other_items(a, nxt)
    return e < len(text) and text[e] in _KEPT_NUMERALS and not P.CLASS_NAMED.match(text, e + 1)


def one_writing(atoms: list[Atom], text: str) -> None:
    """A phrase is never half rewritten: a numeral beside one kept as written, glued to it or
    joined by 和/与/或/及/、/到/至, is kept too (四级三类, 二期三号机组, 五年百部, 三个一号, 一年和五年,
    第一、二轮). The rule spreads along the phrase; years, dates and times are no part of it
    (二〇二五年一季度 is a year, then a quarter; 一九八三年六月第六届 a date, then a session).
    Each mention is read once, and again when a neighbour comes to be kept (only the neighbours'
    tests change then): linear in the mentions (a pass over all of them per step spread was quadratic
    on a long phrase: 三块五二三块五二…)."""
    n = len(atoms)
    todo = list(range(n - 1, -1, -1))  # (a stack: the mentions in order, then the neighbours to read again)
    queued = [True] * n
    while todo:
        i = todo.pop()
        queued[i] = False
        a = atoms[i]
        if not a.pieces or a.kind == "time" or (a.kind in _OWN_PHRASE and text[a.s - 1 : a.s] != "、"):
            continue  # (a year or a date is kept only as a list's item: 三、四月份 is rewritten whole by month_list, 一九七三、一九七四年)
        prev = atoms[i - 1] if i else None
        nxt = atoms[i + 1] if i + 1 < n else None
        if (
            _kept_item_before(a, text, prev)
            or _kept_item_after(a, text, nxt)
            or lone_one_before(a, text)
            or lone_one_after(a, text)
            or ratio_with_lone_one(a, text)
            or sums_named_days(a, text)
            or slogan_pair_before(a, text)
        ):
            months = month_list(a, text) if a.kind == "date" and a.unit is None else []
            if months:  # 三、四月: the list of months rewritten whole (once)
                a.pieces = [*months, *a.pieces] if months[0] not in a.pieces else a.pieces
                continue
            a.pieces, a.kept = (), True
            for j in (i + 1, i - 1):  # (the one before is read next)
                if 0 <= j < n and not queued[j]:
                    queued[j] = True
                    todo.append(j)
