"""One reading of a candidate run with its context: unit, qualifiers, prefix, kind, rewrite.

The context-free part (the run's value, its form, whether it is a read-out or an approximation
such as 两三 or 几十) is computed once per distinct run by :func:`read_run` (cached: a page has a
few thousand runs, with a few hundred distinct); :func:`read_atom` adds what the context says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .._util import lazy
from . import _parse as _np
from . import patterns as P
from ._parse import fmt_decimal, render_scaled
from .lexicon import (
    BIGS,
    CN_DIGIT,
    CN_DIGIT_SET,
    CN_SET,
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    DAY_UNITS,
    FORMAL_ONLY,
    HALF_MEASURE_LASTS,
    INDICATOR_CODES,
    LABEL,
    LAW_MARKERS,
    NAME_UNITS,
    ORDINAL_MARKS,
    PCT_PREFIX,
    PCT_UNIT,
    POINTS,
    PRE_QUALIFIERS,
    QUARTER,
    QUARTERS,
    SENT_END,
    SPACE,
    SPACE_SET,
    SPAN_UNITS,
    YEAR_UNITS,
    YUAN,
    ZEROS,
    counted_time_units,
    currencies,
    half_word_at,
    han_word,
    name_heads,
    pre_currencies,
    pre_last,
    pre_window,
    unit_firsts,
    unit_forms,
    units,
)
from .types import Atom, PartialDate

_PARSE_ERRORS = (_np.NumeralError, ArithmeticError, ValueError)
MAX_DAY = 31
HALF = Decimal("0.5")
YEAR_DIGITS = 4
LEVEL = "级"
#: 级 starting the word 级别 (a level, 百年级别的洪水): after 年 no grade's name
_LEVEL_WORD = "级别"
#: the last school grade (十二年级): N年级 with a larger N is a cohort's year (2018年级学生, as 2018级 is)
MAX_GRADE = 12
#: the last characters of the physical measures a class is rated by (30万吨级, 100兆瓦级, 30万千瓦级:
#: 级 after them is part of the unit, 吨级), not measure words of things (三个级别)
_RATED = frozenset("吨瓦伏米克升")
#: the physical measures a rate said in words may follow (立方米每秒, 公里每小时, 吨每小时): those a class
#: is rated by and the miles (公里, 海里, 英里), not measure words of things (3人每小时)
_PER, _PER_MEASURES = "每", _RATED | {"里"}
#: 项 before 目 is the word 项目 (a project: “117项目”), unless 目标 follows (十项目标: ten targets)
_ITEM, _PROJECT, _TARGET = "项", "目", "目标"
#: 台 before 阶 is the word 台阶 (a threshold: 迈上5万亿台阶), no measure word of machines
_STAND, _STEP = "台", "阶"
CENTURY = "世纪"
#: 方, a cubic metre after a scale or Arabic digits (10亿方水, 300方土); never after a plain Chinese
#: numeral (三方协议, 一方面, 四面八方), nor where it starts a word (方面, 方案, 方式 …)
_CUBIC = "方"
_CUBIC_WORDS = frozenset("面案式向针法位略便舟")
#: a slash between two unit words makes a rate (万吨/年)
RATE_SLASHES = frozenset("/／")
SESSION = "届"
MAX_RUN = 64  # longer numeral runs are not numbers (the longest real ones have ~30 characters)
COUNTER_BACK = 8  # how far back a page counter's label (浏览次数：) may start
MAX_CODE_DIGITS = 7  # a bare digit string this long without a unit is a code, not a number
READOUT_MAX = 4  # Chinese digit read-outs shorter than this need a unit (一一, 九五)
READOUT_CODE_DIGITS = 5  # Chinese digit read-outs this long without a unit are codes (a year has four)
READOUT_NAME_DIGITS = 3  # Chinese digit read-outs this long before a unit, no year, are names (七〇二所)
_READOUT_KINDS = frozenset(("count", "duration"))
_KILO_AFTER = frozenset("0123456789０１２３４５６７８９万亿萬億")
_CODE_LAST = frozenset("备证 \u00a0-－")
_PREV_SPECIAL = frozenset(SENT_END + "（(备证\u00a0－")
_NEXT_SPECIAL = frozenset("、.．）)@")
_ENUM_PREV = frozenset(SENT_END + "，,、（(“\"【[")
_ONE_NEXT = P.ONE_NEXT
_MINUS = "-－−"
_UNIT_KIND = {"multiple": "multiple", "points": "percent", "time": "time-unit"}


@dataclass(slots=True)
class RunReading:
    """What a run says on its own (no context): its value(s) and how it is written. Shared by
    the cache of :func:`read_run`, so never changed after it is made (not frozen: a frozen
    dataclass sets each of its fields with a call, and a page reads hundreds of new runs)."""

    low: Decimal
    high: Decimal
    approx: bool  # 两三, 几十: an interval
    exact: bool  # has one digit form (rewritable)
    qual: str | None  # 几 for 几/数 forms
    form: str  # int or decimal
    pct_unit: str | None  # 百分之 -> %, 千分之 -> ‰
    body: str  # the run without 百分之 and blanks
    frac: bool  # N分之M
    arabic_only: bool  # no Chinese numeral in it
    arabic: bool  # digits and separators only
    cn_simple: bool  # Chinese digits with 十百千 only
    short_readout: bool  # 一一, 九五
    long_readout: bool  # 七〇二, 八三四一: three Chinese digits or more, no scale (a name's or a code's)
    last: str  # its last character
    scale_char: str  # a trailing scale (万, 十) a range's left end may share
    has_big: bool  # 万 or 亿 in it
    digits: str  # the rewrite of an exact Chinese numeral (三千万 -> 3000万), else ""
    plain: bool = False  # written as an integer, exact, no trailing scale, no 万/亿: nothing above to copy


def _parse(body: str, ji: int = 0) -> tuple[Decimal, bool]:
    """A plain-numeral parse (value, written as an integer). ASCII integers and decimals (most
    runs), and those followed by 万/亿 (2049万, 5.2万亿: a third of the new runs of a report),
    are read as the parser reads them, without its token loop."""
    if body.isascii():
        if body.isdigit():
            return Decimal(body), True
        if P.ASCII_DECIMAL.fullmatch(body):
            return Decimal(body) + 0, False  # (the parser's sum: the context's precision)
    elif "0" <= body[0] <= "9" and body[-1] in BIGS:
        m = P.ARABIC_SCALED.fullmatch(body)
        got = _scaled(m[1], m[2]) if m is not None else None
        if got is not None:
            return got
    return _np.parse_plain(_np.normalize(body), False, ji)


def _scaled(head: str, scales: str) -> tuple[Decimal, bool] | None:
    """An ASCII number times its scales (one, or 万 then 亿), computed as the parser computes it:
    the number rounded to the context, times each scale in turn (integral: written as an
    integer). None where the parser finds no number (0万, 亿万, 万万): it is left to say so."""
    mults = [_np.BIG[ch] for ch in scales]
    if len(mults) > 1 and mults[0] >= mults[1]:
        return None
    v = Decimal(head) + 0
    if not v:
        return None
    for mult in mults:
        v = v * mult
    return v, v == v.to_integral_value()


def _never(run: str) -> bool:
    """A run that is no mention in any context: a lone 百/千/万/亿 (not a fraction's denominator:
    百万分之五), a lone financial or read-out
    digit, a leading zero, a lone 零, a read-out code starting with 零, two Arabic digits or more
    glued to 十/拾 (2018十大: a year, then 十大; 47417拾荒: a count, then 拾荒)."""
    first, n = run[0], len(run)
    return (
        (first in "百千万亿佰仟萬億" and not run.startswith(PCT_PREFIX) and _FRACTION_OF not in run)  # (百万分之五)
        or (n == 1 and run in FORMAL_ONLY)
        or (first == "0" and n > 1 and run[1].isdigit())
        or (first in ZEROS and (n == 1 or (n > 2 and all(ch in CN_DIGIT_SET for ch in run))))
        or (first.isdigit() and not run.isdigit() and P.DIGITS_THEN_TEN.search(run) is not None)
    )


def _read_ji(body: str) -> tuple[Decimal, Decimal]:
    """几十, 十几, 数百: the interval (几 counts 1 to 9)."""
    b = body.replace("数", "几")
    high, _ = _parse(b, 10)
    lo_s = P.JI_LEAD.sub("一", b).replace("几", "")
    return (_parse(lo_s)[0] if lo_s else Decimal(0)), high


def _read_cn(body: str, arabic_only: bool) -> tuple[Decimal, Decimal, bool, str, bool] | None:
    """A Chinese (or mixed) numeral without 几 or 分之: (low, high, approximate pair, form,
    short read-out); None for a pair that is no interval (三二)."""
    pm = None if (arabic_only or len(body) < 2 or "点" in body) else P.PAIR.search(body)
    if pm and (len(body) == 2 or not all(ch in CN_DIGIT_SET for ch in body)):
        low, _ = _parse(body[: pm.start(2)] + body[pm.end(2) :])
        high, _ = _parse(body[: pm.start(1)] + body[pm.end(1) :])
        return (low, high, True, "int", False) if low < high else None
    short = 1 < len(body) < READOUT_MAX and all(ch in CN_DIGIT_SET for ch in body)
    v, int_form = _parse(body)
    return v, v, False, ("int" if int_form else "decimal"), short


def _strip_percent(run: str) -> tuple[str, str | None]:
    """百分之九十 -> (九十, %): the body and the unit of a percent prefix."""
    first = run[0]
    if first in "百千万" and run.startswith(PCT_PREFIX):
        body = run[3:] if run[3:] != first else "一" + first  # 百分之百: all of it (100%)
        return body, ("%" if first == "百" else "‰" if first == "千" else "‱")
    return run, None


#: a middle dot inside a run is a decimal point (the run pattern takes one only before a percent)
_DOT_AS_POINT = str.maketrans(dict.fromkeys(P.MIDDLE_DOTS, "."))
_DOTS = frozenset(P.MIDDLE_DOTS)


@lru_cache(maxsize=16384)
def read_run(run: str) -> RunReading | None:
    """The context-free reading of a run (cached per distinct run); None when the run is no
    mention in any context or does not parse."""
    if _never(run):
        return None
    arabic = (run.isdigit() and run.isascii()) or P.PLAIN_ARABIC.fullmatch(run) is not None
    cn_simple = not arabic and P.CN_SIMPLE.fullmatch(run) is not None  # (Arabic digits are none of its)
    approx, exact, qual, pct_unit, frac, short = False, True, None, None, False, False
    try:
        if arabic:
            low, int_form = _parse(run)
            high, body, arabic_only, form = low, run, True, ("int" if int_form else "decimal")
        else:
            arabic_only = P.HAS_CN.search(run) is None
            body, pct_unit = _strip_percent(run)
            if "幾" in body:
                body = body.replace("幾", "几")  # (the traditional form)
            if " " in body or "\u3000" in body or "个" in body or "、" in body:
                body = P.CLEAN.sub("", body)  # (and 一、二: the pair 一二)
            if arabic_only and not body.isascii():
                body = body.translate(_DOT_AS_POINT)  # 19·5 (before a percent sign): 19.5
            if not body:
                return None
            frac = "分之" in body
            form = "int"
            if "几" in body or body[0] == "数":
                (low, high), approx, exact, qual = _read_ji(body), True, False, "几"
            elif frac:
                low, form = _np.parse_value(body)
                high = low
            else:
                got = _read_cn(body, arabic_only)
                if got is None:
                    return None
                low, high, approx, form, short = got
                exact = not approx
    except _PARSE_ERRORS:
        return None
    last = body[-1]
    scale_char = last if not arabic and last in "万亿萬億十百千拾佰仟" else ""
    has_big = not arabic and any(ch in body for ch in BIGS)
    digits = render_scaled(run, low) if exact and not arabic_only and not frac and not pct_unit else ""
    plain = form == "int" and not approx and not scale_char and not has_big
    long_readout = (not arabic_only and not approx and len(run) >= READOUT_NAME_DIGITS and not run.strip(CN_DIGIT)
                    and bool(run[1:].strip(ZEROS)))  # 一〇〇, 二〇〇〇: one digit, then zeros: a number  # fmt: skip
    return RunReading(low, high, approx, exact, qual, form, pct_unit, body, frac, arabic_only, arabic,
                      cn_simple, short, long_readout, last, scale_char, has_big, digits, plain)  # fmt: skip


# ---------------------------------------------------------------------------------- context


#: what makes an ordinal (第, 笫)
_ORDINAL_MARKS = ORDINAL_MARKS


_HYPHEN = "-"
_CODE_DASHES = frozenset("-－—–")


def _dash_chain(text: str, s: int, e: int) -> bool:
    """Is the Arabic number at *s*..*e* one of three or more groups of digits joined by hyphens
    (400-6533-789, 010-6523-1234: a telephone number or a code; 3-5 is a range)?"""
    b = P.DASH_CHAIN_BACK.search(text, max(0, s - P.DASH_CHAIN_SPAN), s)
    m = P.DASH_CHAIN.match(text, b.start() if b else s)
    return m is not None and m.end() >= e


_PHONE_JOINS = frozenset("- ")
_EXTENSION = "转"


def _phone_groups(text: str, s: int, e: int) -> bool:
    """Is the Arabic number at *s*..*e* a group of a telephone number written in groups apart after
    its area code (0571-8812 3400, 0571 8812 3400: not the integers 8812 and 3400) or of a mobile
    number in groups (139 8501 2345)?

    >>> _phone_groups("电话：0571-8812 3400", 8, 12), _phone_groups("电话：0571-8812 3400", 13, 17)
    (True, True)
    >>> _phone_groups("手机：139 8501 2345", 3, 6), _phone_groups("共3 400人", 3, 6)
    (True, False)

    A mobile number's groups, or a number after its area code in brackets ((02)7736-5678), need a
    word naming a telephone right before them (:data:`P.MOBILE_CUE_BACK`): a flattened table's row is
    three numbers alike (小学 158 2376 4410).

    >>> _phone_groups("小学 158 2376 4410", 3, 6), _phone_groups("電話：（02）7736-5678", 7, 11)
    (False, True)
    """
    m = P.PHONE_GROUPS.search(text, max(0, s - P.PHONE_GROUPS_SPAN), e + P.PHONE_GROUPS_SPAN + 1)
    if m is None or m.start() > s or m.end() < e:
        return False
    a = m.start()
    return text[a] == "0" or P.MOBILE_CUE_BACK.search(text, max(0, a - P.MOBILE_CUE_SPAN), a) is not None


#: the spoken unit of money a lone 一 counts before when its tenth follows (一块五)
_KUAI = "块"

#: Latin letters typed for the zero 〇 between Chinese digits (二O二五年)
_ZERO_LETTERS = frozenset("Oo")


#: the longest run of O letters read as zeros typed for 〇 (二OOO年 has three)
_ZERO_LETTERS_MAX = 3


def _zero_letter(text: str, i: int) -> bool:
    """Is the letter at *i* the end of a run of O letters typed for 〇 after a Chinese numeral (二O二五年,
    二OO八年: no Latin word before the digits after it)?

    >>> _zero_letter("二OO八年", 2), _zero_letter("GOO八年", 2), _zero_letter("二O二五年", 1)
    (True, False, True)
    """
    if text[i] not in _ZERO_LETTERS:
        return False
    lo = max(0, i - _ZERO_LETTERS_MAX)
    b = lo + len(text[lo : i + 1].rstrip("Oo")) - 1  # the character before the run of O letters
    return b >= 0 and i - b <= _ZERO_LETTERS_MAX and text[b] in CN_SET


def _identifier_prev(text: str, s: int, run: str, prev: str) -> bool:
    """Does the ASCII character *prev* before the run at *s* make it an identifier's number: a Latin letter
    before Arabic digits (v100; a Chinese numeral after letters is read: GDP一万两千美元, unless the letters
    are O typed for 〇: 二O二五年), a blank after a letter (CPC 2), or _ after a letter or digit (9f77_70901,
    PM_2.5: a subscript)? A currency's code is no identifier (RMB 3000元, USD1,200: a prefix, read by :func:`_prefix`),
    nor an economic indicator's abbreviation a blank parts from its value (全市GDP 3500亿元, PMI 50.2%); digits glued to
    it are an identifier's (GDP2023, CPI1: a series' or a table's name), and a verb between reads a value (GDP增长5%)."""
    if prev.isalpha():
        return (run[0] not in CN_SET or _zero_letter(text, s - 1)) and not _currency_code(text, s)
    if prev not in " _" or s < 2 or not text[s - 2].isascii():
        return False
    return (text[s - 2].isalpha() and not (prev == " " and (_currency_code(text, s - 1) or _indicator(text, s - 1)))) or (
        prev == "_" and text[s - 2].isdigit())


def _indicator(text: str, j: int) -> bool:
    """Does an economic indicator's abbreviation (:data:`INDICATOR_CODES`: GDP, CPI, PMI) end at *j*, a word of its own
    (no Latin letter or digit right before it: XGDP 5 is an identifier's)?

    >>> _indicator("全市GDP 3500亿元", 5), _indicator("XGDP 5", 4), _indicator("型号ABC 300", 5)
    (True, False, False)
    """
    i = j - _CODE_LETTERS
    return i >= 0 and text[i:j] in INDICATOR_CODES and not (i and text[i - 1].isascii() and text[i - 1].isalnum())


def _currency_code(text: str, j: int) -> bool:
    """Does a currency's three-letter code (:data:`CURRENCY_CODES`: RMB, USD) end at *j*, a word of its own (no Latin
    letter or digit right before it: XRMB 5 is an identifier's), before an amount: no identifier's name before it
    (:data:`.patterns.ID_BEFORE`: 项目编号CNY 2026-001) and no code's rest after its digits (a dash and a letter or a
    zero-padded number, 系列 or 型: USD1200-B, CNY 300系列)?"""
    i = j - _CODE_LETTERS
    return (i >= 0 and text[i:j] in CURRENCY_CODES and not (i and text[i - 1].isascii() and text[i - 1].isalnum())
            and P.CODE_AMOUNT_ON.match(text, j) is None and P.ID_BEFORE.search(text, max(0, i - P.ID_BACK), i) is None)


_CODE_LETTERS = 3  # (the letters of an ISO 4217 code)


def _rate_code(text: str, i: int) -> bool:
    """Is the currency's code at *i* an exchange rate's (:data:`.patterns.RATE_BEFORE`): a slash joining it
    to another code (USD/CNY 7.1, EUR/USD 1.08) or a rate's word before it (汇率RMB 7.1, 中间价为USD 7.1)?

    >>> _rate_code("USD/CNY 7.1", 4), _rate_code("汇率RMB 7.1", 2), _rate_code("兑换USD 500", 2)
    (True, True, False)
    """
    if (i and text[i - 1] in P.CODE_PAIR) or text[i + _CODE_LETTERS : i + _CODE_LETTERS + 1] in P.CODE_PAIR:
        return True
    return P.RATE_BEFORE.search(text, max(0, i - P.RATE_BACK), i) is not None


def _code_amount(text: str, s: int) -> bool:
    """Is the number before the dash before *s* an amount after a currency's code (RMB3000—5000元, USD 300-500: a range
    of money, no code's number and its part)?"""
    m = P.CODE_DIGITS_BACK.search(text, max(0, s - P.CODE_NUMBER_SPAN), s)
    return m is not None and _currency_code(text, m.start())


def _skipped(text: str, s: int, e: int, run: str) -> bool:
    """Runs the context makes no mention: a lone 一 (一个), outline markers and enumerators (一、,
    （一）, 1. at a line start, 十一是), identifiers (v100, ICP numbers), slash notation (1/3)."""
    nxt = text[e] if e < len(text) else ""
    prev = text[s - 1] if s else ""
    if (nxt == _HYPHEN or prev == _HYPHEN) and _dash_chain(text, s, e):
        return True  # 400-6533-789, 010-6523-1234: a telephone number or a code, no range
    if (nxt in _PHONE_JOINS or prev in _PHONE_JOINS) and _phone_groups(text, s, e):
        return True  # 0571-8812 3400, 0571 8812 3400: a telephone number in groups apart
    if prev in _CODE_DASHES and text[e : e + 1] != _YEAR and P.CODE_NUMBER_BACK.search(
            text, max(0, s - P.CODE_NUMBER_SPAN), s) and not _code_amount(text, s):
        # GB/T 12345-2008, GB 50016—2014: a standard's number and its year (no year, no range); an
        # edition's year is written without 年 (5G 2024-2026年, GDP 2023-2025年: a range of years)
        return True
    if prev == _EXTENSION and s >= 2 and P.EXTENSION_BACK.search(text, max(0, s - P.EXTENSION_SPAN), s - 1):
        return True  # 010-12345678转8001: the extension of the telephone number before 转
    if run == "一" and nxt not in _ONE_NEXT and prev not in _ORDINAL_MARKS and not (prev == "月" and nxt in "日号"):
        # (一季度: the first quarter; 一年零三个月: a count)
        # (一块五: 1.5 元, the spoken tenth after 块 as 三块五; 一块 alone stays the word "together")
        return not (text.startswith("季度", e) or P.one_and_more_re().match(text, e)
                    or (text.startswith(_KUAI, e) and P.SPOKEN_TENTH.match(text, e + 1) is not None))
    if prev < "\x80" or prev in _PREV_SPECIAL or nxt in _NEXT_SPECIAL:
        if nxt == "、" and (not prev or prev in SENT_END) and not (len(run) == YEAR_DIGITS and run.isdigit()):
            return True  # 一、 at a sentence start (１９７９、１９８０两年 is a list of years)
        if prev and nxt and prev in "（(" and nxt in "）)":
            return True
        if nxt and nxt in ".．" and run.isdigit() and (not prev or prev in "\n\r"
                                                       or (prev in SENT_END and han_word(text[e + 1 : e + 2]))):
            return True  # 1. at a line start; 。 2.加快…, 如下：1.推进…: an outline marker after a sentence
        if prev and prev < "\x80" and _identifier_prev(text, s, run, prev):
            return True  # v100, CPC 2, 9f77_70901: identifiers; PM_2.5: a subscript written with _ (PM₂.₅) (GDP一万两千美元 is read)
        if nxt == "@" or (prev in _CODE_LAST and P.CODE_BACK.search(text, max(0, s - 6), s)):
            return True
    if (prev in _ROOM_PREV or nxt in _FLOOR_NEXT or prev in _ROOM_LINKS) and _room_address(text, s, e, run, prev):
        return True  # 2号楼305, 3楼302, A座1208: a room's number and its building's or floor's, an address's parts
    if prev not in _TAB.late_prev and nxt not in _LATE_NEXT:
        return False  # (none of the tests below has anything to look at)
    if nxt == "是" and (not prev or prev in _ENUM_PREV) and P.CN_SIMPLE.fullmatch(run):
        return True  # an enumerator at a clause start: 十一是, 十二是 (一是 … 十是 are words)
    if prev in P.model_head_lasts() and _model_number(text, s):
        return True  # 昇腾384, 鲲鹏 920: a model's number
    if nxt == "型" or nxt in _FORMULA or prev in _FORMULA or text.startswith("运会", e):
        return True  # a type's number (2型糖尿病), a formula's (“3+2”产业体系): part of a name
    if (nxt in _BETWEEN and _numeral_at(text, e + 1)) or (prev in _BETWEEN and s >= 2 and _numeral_at(text, s - 2)):
        return True  # 7×24小时, “4×4”: a formula of numbers
    if (nxt in _RATIO and text[e + 1 : e + 2].isdigit()) or (prev in _RATIO and s >= 2 and text[s - 2].isdigit()) or (
            (nxt == _COMPARE and P.BARE_TERM.match(text, e + 1)) or (prev == _COMPARE and s >= 2 and P.BARE_TERM.match(text, s - 2))):
        return _ratio_terms(text, e, prev, nxt)  # 2.21∶1, 男女比1:1, 1∶2000, 一比十五: a ratio's terms, no quantities
    if prev == _ROAD and s >= 2 and text[s - 2] in _ROAD_CLASSES:
        return True  # 国道318, 省道205: a road's number, a name
    if nxt in _ROAD_CLASSES and text.startswith(_ROAD, e + 1) and run.isascii() and run.isdigit():
        return True  # 318国道, 205省道: the same name with the number first (no count of 省, 县)
    if nxt == _BUS_ROUTE and P.BUS_ROUTE_AFTER.match(text, e):
        return True  # 12路公交车, 十二路汽车: a bus route's number, a label
    if prev in _OPEN_REF and nxt in _CLOSE_REF:
        return True  # a note's number: ［4］, 【2】
    if prev in _NOTE_BLANKS and nxt in _NOTE_BLANKS and s >= 2 and text[s - 2] in _OPEN_REF and _note_number(text, e):
        return True  # a note's number set apart by a blank or line break: [⏎4⏎], ［ 12 ］
    if prev in _DOTS or nxt in _DOTS:
        return True  # “4·11”森林火灾, 5·18国际博物馆日: a day's name (month·day), no quantity
    if nxt == _GENERATION and len(run) == 2 and run.isascii() and run[1] in "05" and run[0] in "0156789":
        return True  # 80后, 90后, 00后, 95后: a generation named by its decade of birth, no quantity
    if prev == _PAIR and run.isascii() and run.isdigit() and _pair_name(text, s, nxt):
        return True  # 双11期间, 双12, “双20条”: a name led by 双 (a day, as 双十一 is; two lists of 20), no quantity
    if nxt == _RANKING and _FRACTION_OF not in run:
        return True  # 世界500强, 全国50强, 前十强: a ranking list named by its size (top N), no quantity
        # (三分之一强: a fraction and a bit more, read as 三分之一弱 is)
    if nxt == _EDITION and run.isascii():
        return True  # 自贸区3.0版, 行动方案（2026版）: a version's or an edition's label
    if prev == "\n" and nxt in "\r\n" and s >= 2 and text[s - 2].isascii() and text[s - 2].isalpha():
        return True  # M⏎2⏎, PM⏎2.5⏎: a subscript set on its own line (M₂, PM₂.₅), part of a name
    if run.isdigit() and run.isascii() and _furniture(text, s, prev, nxt):
        return True  # ⏎2⏎ (a section's number), 浏览次数： 2168 (a page's counter): no quantities
    if len(run) == 1 and run.isascii() and _spaced_digit(text, s, e):
        return True  # digits spaced out (1 9 9 7 年): no reading of one digit is right
    return nxt in RATE_SLASHES or prev in RATE_SLASHES  # 1/3, 1／4: slash notation


#: before a room's digits, the last characters of its building's or floor's part (2号楼305, A座1208, 3栋2单元501); after
#: a building's, a floor's or a stairway unit's number, the first ones (3楼302, 5栋1203, 2单元502)
_ROOM_PREV = frozenset("楼栋幢座元")
_FLOOR_NEXT = frozenset("楼栋幢座单")
#: between two rooms' numbers, a list's or a range's connector (2号楼305-306, 3楼302至305)
_ROOM_LINKS = frozenset("和或至到-—~～")
#: how many Arabic digits a room's number without 室 has (302, 1208)
_ROOM_DIGITS = range(3, 5)
#: how many Arabic digits a building's or floor's number before a room has at most (12楼1203)
_FLOOR_DIGITS = 4


def _room_address(text: str, s: int, e: int, run: str, prev: str) -> bool:
    """Is the Arabic run ``text[s:e]`` a room's number written without 室 after its building's or floor's part
    (:data:`.patterns.ROOM_BACK`), that part's number, or a second room after a connector (2号楼305, 3楼302, A座1208,
    3栋2单元501, 2号楼305-306)? An address's parts, no quantities: the room's digits must end the address
    (:data:`.patterns.ROOM_END`: 新建3栋1200平方米, 新建6栋200-300平方米, 5号楼共有305户 count).

    >>> t = "地址：3楼302，教学楼A座1208。新建3栋1200平方米"
    >>> [t[s:e] for s, e in ((3, 4), (5, 8), (14, 18), (21, 22), (23, 27)) if _room_address(t, s, e, t[s:e], t[s - 1])]
    ['3', '302', '1208']
    >>> t = "2号楼305-306，6栋200-300平方米"
    >>> [t[s:e] for s, e in ((3, 6), (7, 10), (13, 16), (17, 20)) if _room_address(t, s, e, t[s:e], t[s - 1])]
    ['305', '306']
    """
    if not (run.isascii() and run.isdigit()):
        return False
    if prev in _ROOM_LINKS and len(run) in _ROOM_DIGITS and P.ROOM_STOP.match(text, e) is not None:
        return P.ROOM_PAIR_BACK.search(text, max(0, s - P.ROOM_PAIR_SPAN), s) is not None
    if prev in _ROOM_PREV and len(run) in _ROOM_DIGITS and P.ROOM_END.match(text, e) is not None:
        return P.ROOM_BACK.search(text, max(0, s - P.ROOM_BACK_SPAN), s) is not None
    if prev in ORDINAL_MARKS and text.startswith(P.UNIT_OF_STAIRS, e):
        return False  # 第2单元120: a book's or a course's unit, no stairway's
    return len(run) <= _FLOOR_DIGITS and not (prev.isascii() and prev.isalnum()) and P.ROOM_AFTER_FLOOR.match(text, e) is not None


def _kilo(text: str, s: int, e: int) -> int:
    """1亿千瓦, 500千瓦时: a run ending in 千 before a 千-unit ends before that 千, and so does a
    Chinese run whose last scale is 十 or 百, which 千 cannot follow (二十三千米, 一百五十千克: 23 km,
    150 kg); a Chinese run such as 五千瓦 or 一万二千米 stays as read. Returns the run's end.

    >>> _kilo("二十三千米", 0, 4), _kilo("五千米", 0, 2), _kilo("一万二千米", 0, 4)
    (3, 2, 4)
    """
    if e < 2 or text[e - 1] != "千" or not P.kilo_units_re().match(text, e - 1):
        return e
    if text[e - 2] in _KILO_AFTER:
        return e - 1
    head = text[s : e - 1]
    last = max(map(head.rfind, _SCALE_CHARS))
    return e - 1 if last >= 0 and head[last] in _SMALL_SCALES else e


#: scale characters of Chinese numerals, and those 千 cannot follow (二十千, 三百千: no numerals)
_SCALE_CHARS = _np.SMALL_CHARS + _np.BIG_CHARS
_SMALL_SCALES = frozenset(ch for ch, v in _np.SMALL.items() if v < _np.SMALL["千"])


def _english_scale(a: Atom, text: str, e: int) -> int:
    """1.2 million, 3 billion (glued or after a blank): an English scale word after Arabic digits multiplies them
    (USD 1.2 million: 1 200 000 美元; it was 1.2). Returns where the numeral ends, -1 when no such word follows."""
    m = P.EN_SCALE.match(text, e)
    if m is None or not _scale_word_counts(a.run, text, a.ns, m["s"] or m["p"]):
        return -1
    word = (m["s"] or m["p"]).lower()  # (millions: million's)
    mult = P.EN_SCALES[word]
    a.low, a.high = a.low * mult, a.high * mult
    a.exact, a.scale_char = False, P.EN_SCALE_MARKS[word]
    if a.low == int(a.low) and a.high == int(a.high):
        a.form = "int"  # (1.2 million: the integer 1 200 000, as 1.5k is 1500)
    return m.end()


#: how far before its digits (blanks) the currency's sign or code a capitalised scale word needs may stand
_SCALE_CURRENCY_BACK = 2


#: A run of digits an English scale word never follows: a year of the 20th or 21st century (2019 Thousand Talents).
_YEAR_DIGITS, _CENTURY_LEADS = 4, ("19", "20")


def _scale_word_counts(run: str, text: str, ns: int, word: str) -> bool:
    """Does the English scale *word* after the digits *run* (at *ns*) multiply them? Not after a year's four digits (入选2019
    Thousand Talents计划: 2019 is a year, 1.99 billion is no 1990 million), and a capitalised word only after a
    currency's sign or code (USD 3 Million; a name's word: 2019 Thousand Talents, 3 Millions of Us).

    >>> t = "入选2019 Thousand Talents计划，USD 3 Million"
    >>> _scale_word_counts("2019", t, 2, "Thousand"), _scale_word_counts("3", t, 30, "Million")
    (False, True)
    """
    if len(run) == _YEAR_DIGITS and run.startswith(_CENTURY_LEADS) and run.isdigit():
        return False
    if word[0].islower():
        return True
    before = text[max(0, ns - _SCALE_CURRENCY_BACK - _CODE_LETTERS) : ns].rstrip(" \u00a0")
    return before.endswith(_currency_marks())


@lazy
def _currency_marks() -> tuple[str, ...]:
    """The signs and codes of a currency written before its amount (¥, $, US$, RMB)."""
    return tuple(CURRENCY_SIGNS) + tuple(CURRENCY_CODES)


def _letter_scale(a: Atom, text: str, e: int, r: RunReading) -> int:
    """15k, 30w: a k/w scale after Arabic digits, or an English scale word, glued or after a blank (other ASCII letters
    make the run an identifier: -1; a blank and no scale word leave it as it is). Returns where the numeral ends."""
    if text[e] == " ":
        return max(e, _english_scale(a, text, e))  # (USD 1.2 million; 3 人: the blank ends the numeral)
    km = P.KW.match(text, e) if r.last.isdigit() else None
    if km is None:
        return _english_scale(a, text, e) if r.last.isdigit() else -1
    mult = 1000 if km["k"] == "k" else 10000
    a.low, a.high = a.low * mult, a.high * mult
    a.exact = False
    a.scale_char = km["k"]
    a.form = "int"
    return km.end()


def _step(d: Decimal) -> Decimal:
    """Place value of the last non-zero written digit: 450 -> 10, 3000 -> 1000, 1.5 -> 0.1."""
    if d == 0:
        return Decimal(1)
    exp = d.normalize().as_tuple().exponent
    return Decimal(1).scaleb(int(exp))


def _scale(chars: str) -> Decimal:
    return _np.scale(chars)


_ZEROS = "零〇0"


def _approx_tail(a: Atom, r: RunReading, f: str, sc: str) -> None:
    """450余万, 3000多, 七亿七千多万: an interval up to the next step of the last written digit,
    scaled by what follows; 多 right after 万/亿 adds up to one of it (十亿多: 10..11亿). A scale after 多 applies only to the part after the run's last higher
    scale (七亿 + 七千多 × 万 = 770..780 million; 四亿零七百多万: 407..408 million)."""
    mult = _scale(sc)
    head = Decimal(0)
    low = a.low
    body = r.body
    if mult > 1 and r.has_big:
        cut = max((i + 1 for i, ch in enumerate(body) if ch in BIGS and _np.BIG[ch] > mult), default=0)
        if 0 < cut < len(body):
            try:
                head, low = _parse(body[:cut])[0], _parse(body[cut:].lstrip(_ZEROS))[0]  # (四亿零七百多万)
            except _PARSE_ERRORS:
                head, low = Decimal(0), a.low
    step = _step(low) if a.low == a.high else a.high - a.low
    if not sc and a.low == a.high and body and body[-1] in BIGS:
        step = min(step, Decimal(_np.BIG[body[-1]]))  # 十亿多: 多 after 亿 adds up to one 亿
    a.low, a.high = head + low * mult, head + (low + step) * mult
    a.approx, a.exact, a.qual = True, False, f
    if sc:
        a.has_big, a.scale_char = True, sc[-1]


def _jiao(a: Atom, text: str, pos: int) -> int:
    """3元5角, 十元零五分: 角/分 after 元 (the digits added to the value). Returns the end."""
    if text[pos : pos + 1] not in P.JIAO_FIRST:
        return pos  # (nothing of the pattern starts here)
    jm = P.JIAO.match(text, pos)
    if jm is None or jm.end() == pos:
        return pos
    for grp, scale in (("j", Decimal("0.1")), ("f", Decimal("0.01"))):
        if jm[grp]:
            d = _money_digit(a, jm, grp)
            a.low += d * scale
            a.high += d * scale
            a.form = "decimal"
    return jm.end()


def _money_digit(a: Atom, m: re.Match[str], grp: str) -> int:
    """The value of the one digit in group *grp* of *m* (a 角 or 分 of money: 5 or 五); a Chinese
    digit is noted as a piece of *a*'s rewrite."""
    d = _np.DIGITS.get(m[grp])
    if d is None:
        return int(m[grp])
    a.add_piece(m.start(grp), m.end(grp), str(d))
    return d


def _money_unit(a: Atom, text: str, u: str, pos: int) -> tuple[str, int]:
    """The currency of a money mention and where it ends (角/分, a second currency word: 元美元)."""
    cur = currencies()
    unit = cur[u]
    if u in YUAN:
        end = _jiao(a, text, pos)
        pos = _spoken_tenth(a, text, pos) if end == pos and u == _PIECE and _whole(a) else end  # 三块五
    if _unit_first(text, pos) not in _TAB.currency_firsts:
        return unit, pos  # (no second currency word can start here)
    cm = P.tail_re().match(text, pos)
    if cm is None:  # pragma: no cover - the tail pattern matches everywhere (all optional)
        return unit, pos
    cu = cm["u"]
    if cu and not cm["f"] and not cm["sc"] and not cm["pct"] and cu in cur and cu not in YUAN:
        unit, pos = cur[cu], cm.end("u")
    return unit, pos


@lazy
def _tail_firsts() -> frozenset[str]:
    """The characters a tail can start with (余/多, a scale, a percent sign, a blank, a unit)."""
    return frozenset("".join(P.TAIL_APPROX) + BIGS + "%％‰‱" + SPACE) | unit_firsts()


def _code(run: str, r: RunReading) -> bool:
    """Is the run, with no unit after it, a code's digits: seven Arabic digits or more (an identifier, a
    telephone number), or Chinese digits only, read out one by one without a scale (电话：八六一二三四五六,
    邮编三一〇〇一二)? The caller has checked a Chinese run's length (:data:`READOUT_CODE_DIGITS`: a year has four)."""
    if r.arabic_only:
        return len(run) >= MAX_CODE_DIGITS and run.isdigit()
    return not run.strip(CN_DIGIT)


def _latin_at(text: str, i: int) -> bool:
    """Is the character at *i* a Latin letter?"""
    c = text[i : i + 1]
    return c.isascii() and c.isalpha()


def _tail_parts(text: str, e: int) -> tuple[re.Match[str] | None, str | None, str | None, str | None, str | None]:
    """The parts of the tail at *e* (:func:`_read_tail`): the tail pattern's match (None where a
    unit alone, a percent sign or nothing of a tail starts there) and its qualifier, scale,
    percent sign and unit."""
    tab = _TAB
    tsc: str | None
    ch = text[e] if e < len(text) else ""
    if ch in tab.unit_only:  # (a unit's first character, and of nothing else of a tail: the unit alone)
        tm, tf, tsc, tpct, tu = None, None, "", None, None
        for w in tab.units_by_first[ch]:  # (longest first: the word the pattern's trie matches)
            if text.startswith(w, e) and not (ch in P.DEGREE_SIGNS and _latin_at(text, e + len(w))):
                tu = w  # (10°Celsius, 10°CA型号: the degree sign's C starts a word, no ℃)
                break
    elif ch in PCT_UNIT:  # (a percent sign: the tail reading needs only that sign)
        tm, tf, tsc, tpct, tu = None, None, "", ch, None
    elif ch not in tab.tail_firsts or (ch in SPACE and text[e + 1 : e + 2] not in tab.after_blank):
        tm = None  # (nothing of a tail can start here, nor after a blank there)
        tf = tsc = tpct = tu = None
    else:
        tm = tab.tail_re.match(text, e)  # (it matches everywhere: every part is optional)
        tf, tsc, tpct, tu = tm.group("f", "sc", "pct", "u") if tm is not None else (None,) * 4
    return tm, tf, tsc, tpct, tu


def _read_tail(a: Atom, text: str, e: int, r: RunReading) -> tuple[str | None, str | None, int] | None:
    """The tail after the numeral (余/多 + scale, percent sign, unit): (kind, unit, end) with kind
    None for a bare number, time-unit for a time word (decided later); None: no mention."""
    tab = _TAB
    tm, tf, tsc, tpct, tu = _tail_parts(text, e)
    if len(a.run) >= READOUT_CODE_DIGITS and not tu and not tpct and _code(a.run, r):
        return None  # long bare digit strings are codes unless a unit follows (八六一二三四五六 read out too)
    if not (tu or tpct or tf or tsc) and r.arabic and _service_number(text, a.s, a.run):
        return None  # 铁路12306网站, 拨打110, 编号为95001: a service's or a phone number, an identifier
    pos = e
    if tf and tm is not None and not r.pct_unit and not r.frac and (tf != "来" or tu):
        _approx_tail(a, r, tf, tsc or "")
        pos = tm.end("sc")
        u, pct = tu, tpct
    else:  # (a qualifier or scale not read as an approximation: no unit after it)
        u, pct = (None, None) if tf or tsc else (tu, tpct)
    if not u and not pct and pos < len(text) and text[pos] in _FEN_SCALES and not r.pct_unit and not r.frac:
        fen = _fen(a, text, pos, r)
        if fen is not None:
            return fen
    if not u and not pct and not r.pct_unit and (r.short_readout or (r.approx and (r.qual is None or (r.body[0] == "数" and not r.has_big)))):
        # 一一, 九五 (read-outs), 三四 (兰张三四线), 二三 (二三产业), 数百 (指数百强): without a
        # unit these are words or parts of names, not numbers
        return None
    if pct and not r.pct_unit and not r.frac:
        return "percent", PCT_UNIT[pct], (e + 1 if tm is None else tm.end("pct"))
    if r.pct_unit:
        return "percent", r.pct_unit, pos
    if r.frac:
        return "fraction", None, pos
    if not u:
        if text[pos : pos + 1] in _RANGE_TOS and P.GRADE_RANGE_END.match(text, pos) is not None:
            return None  # 3至6年级, 1-2年级: the first of a range of school grades, a grade's name as its last is
        return None, None, pos  # (a bare number)
    us = e if tm is None else tm.start("u")
    if u in _WORD_UNITS and _unit_in_word(text, us, us + len(u), u, r, tsc):
        return None, None, pos  # (对于, 个体, 项目, 台阶, 三方: the unit's character starts a word)
    pos = us + len(u)
    if u in tab.currencies:
        return _currency_tail(a, text, u, pos, r.has_big or bool(tsc and tsc[-1] in _BIG_BEFORE_ONE))
    u = tab.unit_forms.get(u, u)  # 噸 -> 吨: one name per unit
    if u in _RATE_BASES and text[a.ns - 1 : a.ns] == _PER and _rate_base(a):
        return None  # 每十万人口, 每10万人: a rate's base (发病率为每十万人口32.6例), no count of people
    cat = tab.units[u]
    if u == "个" and (word := _time_word(text, pos)) is not None:
        u, cat, pos = word  # 六个工作日, 五个小时: 个 is the measure word of the time unit
    if u == _HOUR and not a.approx and text[pos : pos + 1] in _MINUTE_FIRSTS:
        u, pos = _with_minutes(a, text, pos)  # 2小时30分: one span of time, in minutes
    elif u == _MINUTES and not a.approx and a.low == a.high and text[pos : pos + 1] in _MINUTE_FIRSTS:
        u, pos = _with_seconds(a, text, pos, u)  # 3分钟28秒: one span of time, in seconds
    elif u == _YEAR and text.startswith(LEVEL, pos) and not text.startswith(_LEVEL_WORD, pos) and a.high <= MAX_GRADE:
        return None  # 2年级, 十二年级, 一二年级: a school grade's name (as 三年级 is a word), no span of years
    elif u == _YEAR and text[pos : pos + 1] in _MONTH_FIRSTS and not a.approx and a.low < _MAX_HALF_YEARS:
        u, pos = _with_months(a, text, pos)  # 3年6个月, 一年零九个月: one span of time, in months
    elif u == _SECONDS and r.arabic and r.form == "int" and "0" <= text[pos : pos + 1] <= "9":
        pos = _race_fraction(a, text, pos)  # 10秒5, 9秒83: a race's time, 10.5 and 9.83 seconds
    elif u == _DEGREE and text[pos : pos + 1] in _MINUTE_FIRSTS and _whole(a):
        pos = _degree_parts(a, text, pos)  # 东经120度30分: one angle; 体温三十七度五: 37.5 度
    elif u == _TENTHS and text[pos : pos + 1] in _MINUTE_FIRSTS and _whole(a):
        pos = _spoken_tenth(a, text, pos)  # 九成九: 9.9 成
    if text[pos : pos + 1] in _HALF_OR_MORE:
        u, cat, pos = _half_or_more(a, text, u, cat, pos)  # 六倍半, 两年半, 三年多来, 三个多月, 一个半小时
    if u == LEVEL and (tsc or r.scale_char):
        return None  # 万亿级, 千亿级: a level's name (3个万亿级产业集群), not a count of levels
    if cat == "points":
        if u.endswith(_BASIS) and not _basis_ends(text, pos):
            return ("count", "个", us + 1) if u[0] == "个" else (None, None, us)  # 3个基点学校: sites (基点校)
        return "percent", u.removeprefix("个"), pos  # (个百分点: 百分点; 个千分点, points of ‰: 千分点)
    if cat == "count" and text.startswith(LEVEL, pos) and u[-1] in _RATED and not text.startswith("级别", pos):
        u, pos = u + LEVEL, pos + 1  # 30万吨级泊位, 100兆瓦级: a class rated by a physical measure
    return _with_rate(_UNIT_KIND.get(cat, "count"), text, u, pos)


#: the population a health or a social statistic is counted per (每十万人口, 每10万人, 每1000人: the rate's
#: base, a power of ten from :data:`RATE_BASE_MIN` on); 每十人一组 and 每100人 count people as before
_RATE_BASES = frozenset(("人口", "人"))
RATE_BASE_MIN = 1000


def _rate_base(a: Atom) -> bool:
    """Is the value of *a* exactly a power of ten from :data:`RATE_BASE_MIN` on (10万, 一千, 1000)?

    >>> [_rate_base(Atom(0, 2, v, v)) for v in (100000, 1000, 100, 15000)]
    [True, True, False, False]
    """
    v = a.low
    return not a.approx and v == a.high and v == int(v) >= RATE_BASE_MIN and str(int(v)).rstrip("0") == "1"


def _currency_tail(a: Atom, text: str, u: str, pos: int, big: bool) -> tuple[str, str, int]:
    """(kind, unit, end) of a currency word *u* ending at *pos* after the numeral of *a* (with 万 or 亿
    when *big*): money with its rate (2800元/吨), or a count where 块 counts pieces (二十块展板)."""
    if u == _PIECE and _counts_pieces(text, pos, big, a.s):
        return _with_rate("count", text, u, pos)  # 二十块展板, 17块地块: pieces; 三块五, 3块5毛: money
    unit, pos = _money_unit(a, text, u, pos)
    return ("money", *_rate(text, unit, pos)) if text[pos : pos + 1] in RATE_SLASHES else ("money", unit, pos)


def _with_rate(kind: str, text: str, u: str, pos: int) -> tuple[str, str, int]:
    """(kind, unit, end) of a unit *u* ending at *pos*, with the rate after it: written with a slash
    (1459万吨/年: :func:`_rate`) or said in words after a physical measure (3200立方米每秒: 立方米/秒).

    >>> _with_rate("count", "3200立方米每秒，", "立方米", 7), _with_rate("count", "3人每小时", "人", 2)
    (('count', '立方米/秒', 9), ('count', '人', 2))
    """
    nxt = text[pos : pos + 1]
    if nxt == _PER and u[-1] in _PER_MEASURES and (m := P.SPOKEN_PER.match(text, pos)) is not None:
        return kind, f"{u}/{m['per']}", m.end()
    return (kind, *_rate(text, u, pos)) if nxt in RATE_SLASHES else (kind, u, pos)


#: basis points (下降10个基点) end the word: before another Han character 基点 is a base, a site
#: (3个基点学校, 基点校), as where a word ends after 分 (:data:`.patterns.FEN_END`) or before 的, 了,
#: 至, 到 or 后 (下调25个基点至3.1%)
_BASIS = "基点"
_BASIS_NEXT = frozenset("的了至到后")


def _basis_ends(text: str, pos: int) -> bool:
    """Does the word end after 基点 (ending at *pos*)?"""
    return text[pos : pos + 1] in _BASIS_NEXT or P.FEN_END.match(text, pos) is not None


_DIAL = "拨打"


def _service_number(text: str, s: int, run: str) -> bool:
    """A bare number that is a telephone number or an identifier's (after 编号, 序号, 证号 …: see
    :data:`.patterns.ID_BEFORE`): the five digits of a public service's or a
    company's hotline next to a word of its service (拨打12345, 12306网站, 95588客服), listed after a word of dialling
    one (拨打12345、110或119) or before a word of a service (咨询110、119、120、122四个号码), the list ending in no unit
    (投诉120、119、110件 and 拨打110、120名 count), or any number right after 拨打 (拨打110). Five such digits alone are a
    quantity (达到12500)."""
    if s >= len(_DIAL) and text.startswith(_DIAL, s - len(_DIAL)):
        return True
    m = P.ID_BEFORE.search(text, max(0, s - P.ID_BACK), s)
    if m is not None and (m[0][:2] not in P.WEAK_ID_NAMES or len(m[0].rstrip(SPACE)) > 2  # (为, 是, a colon)
                          or run[0] == "0" or len(run) >= _CODE_LIKE or P.NEXT_GROUP.match(text, s + len(run))):
        # 编号为95001, 序号 8, 证号：4402, 代码600036, 账号6222 0212 …: an identifier's number (not 注册账号3000)
        return True
    if P.SERVICE_NUMBER.fullmatch(run) is None:
        return False
    e = s + len(run)
    if P.SERVICE_AFTER.match(text, e) is not None or P.SERVICE_BEFORE.search(text, max(0, s - P.SERVICE_BACK), s) is not None:
        return True
    joined = text[s - 1 : s] in P.SERVICE_LIST_JOINS
    if not (joined or text[e : e + 1] in P.SERVICE_LIST_JOINS):
        return False
    end = P.SERVICE_LIST_ON.match(text, s).end()  # type: ignore[union-attr]
    if P.unit_word_re().match(text, end) is not None:
        return False  # (a list of counts: 投诉120、119、110件)
    return (joined and P.SERVICE_LIST_BACK.search(text, max(0, s - P.SERVICE_LIST_SPAN), s) is not None) or (
        end > e and P.SERVICE_AFTER.match(text, end) is not None)


_CODE_LIKE = 6  # digits of a bare number that is an identifier's after any identifier's name


#: units whose character may start a word after a number instead (:func:`_unit_in_word`)
_WORD_UNITS = frozenset(("对", "个", "项", "台", "方", "股", "单", "晚", "夜", "度", "字", "包", "所", "编", "分编", "票", "代",
                         "集", "期"))  # fmt: skip
#: 期 before 间 after a decimal starts the word 期间 (during: 2026.3.5—3.8期间, 3.8期间), no count of phases or issues,
#: which are whole (二十一期间 and 第3期间隔 keep their 期)
_TERMS, _DURING = "期", "间"
#: 集 counts episodes (第五集, 三十集电视剧) unless it starts a word: 集团, 集中, 集体 … (第七十二集团军)
_EPISODES, _EPISODE_WORDS = "集", frozenset("团中体合市镇资会聚成约训结装散")
_GROUP = "团"
#: 票 counts votes (45票赞成, 三票反对) unless it starts a word: 票务, 票据, 票房, 票价, and N票制 (两票制: a
#: procurement's invoicing system, a name)
_VOTES, _VOTE_WORDS = "票", frozenset("务据房价面证源种额制")
#: 所 before these is the particle of 所示, 所述, 所列 … (如图三所示, 表3所列: a figure's or a table's
#: number), no measure word of schools (三所学校, 三所以上)
_PLACES = "所"
_SAID = frozenset("示述列载称谓")
#: 编 counts a code's parts after 第 (本法第一编第六章) or where the word ends after it (民法典共七编。,
#: 七编三十章); before another character it starts a word (编辑, 编制, 编码: 1.1 编制目的 is no count)
_PARTS = "编"
#: 分编 counts a code's subdivisions only after 第 (第三编第二分编); else 分 and 编 start words (三分编码)
_SUB_PARTS = "分编"
#: 代 counts generations of people before 人 (一家三代人, 两代人); before anything else it names a
#: product's generation or starts a word (三代核电, 第三代半导体, 两代表)
_GENERATIONS, _PEOPLE = "代", "人"
#: 包 counts packs or a procurement's lots after Arabic digits or 第 (3包, 第一包: the first lot);
#: after a plain Chinese numeral it is a word (三包: a warranty's three guarantees), and so before
#: these (3包括, 第一包含)
_LOT = "包"
_LOT_WORDS = frozenset("括含容装干揽办")
#: 字 counts characters after Arabic digits or 万/亿 (3000字, 5万字, 1.2万字); after a plain Chinese
#: numeral it starts a word or a name (十字路口, 红十字会, 三字经, 八字方针, 二十四字), and before a shape's
#: word it draws a figure (8字形, 8字绕桩)
_CHARACTERS = "字"
_FIGURE_NEXT = frozenset("形型绕头")
_TIMES_DU = "度"
#: one-character numerals that with 度 before a verb count times (两度做客, 三度夺冠: twice, thrice)
_TIMES_DU_NUMERALS = frozenset("两三四五六七八九几")
#: after N度: what keeps 度 a degree's or a kilowatt-hour's (两度电, 三度以上, 五度左右, 三度烧伤,
#: 下降两度后)
_DEGREE_NEXT = frozenset("电以左上下的至到之多余半烧角空每为和与或及后")
_SHARES = "股"
#: after 股: the characters that make it the start of a word (股份, 股东, 股票 …), not shares
_SHARE_WORDS = frozenset("份东权票价市民本息指金利比改骨")
#: units that count only where the word ends after them (1万多单，, 住了3晚。, 4晚5天)
_ENDED_UNITS = frozenset("单晚夜")


def _after_di(text: str, i: int, r: RunReading) -> bool:
    """Does 第 stand before the run *r* whose unit starts at *i* (第一编, 第一包: an ordinal's unit)?"""
    b = i - len(r.body) - 1
    return b >= 0 and text[b] in _ORDINAL_MARKS


def _unit_in_word(text: str, i: int, j: int, u: str, r: RunReading, tsc: str | None) -> bool:
    """Is the unit *u* at ``text[i:j]`` no unit but the start of a word or a preposition?"""
    if u == _PAIR:
        return text[i - 1] in SPACE or text.startswith(_PAIR_PREP, j)  # 6.17　对于, 之二 对行驶中的
    if u == "个":
        return P.GETI.match(text, j) is not None  # 900多万个体工商户: 个 of 个体 (individual)
    if u == _ITEM:
        return text.startswith(_PROJECT, j) and not text.startswith(_TARGET, j)  # “117项目” (十项目标 counts)
    if u == _STAND:
        return text.startswith(_STEP, j)  # 迈上5万亿台阶: a threshold (台阶), no count of 台
    if u in _ENDED_UNITS:
        return P.FEN_END.match(text, j) is None  # 一单制, 四单合一, 晚上, 夜间: words, no orders or nights
    if u == _TIMES_DU:  # 两度做客, 三度夺冠: twice, thrice (两度电, 零下五度, 三十度 are measures)
        nxt = text[j : j + 1]
        return r.body in _TIMES_DU_NUMERALS and han_word(nxt) and nxt not in _DEGREE_NEXT
    if u == _PLACES:
        return text[j : j + 1] in _SAID
    if u == _VOTES:
        return text[j : j + 1] in _VOTE_WORDS
    if u == _PARTS:
        return not _after_di(text, i, r) and P.FEN_END.match(text, j) is None and text[j : j + 1] not in CN_SET
    if u == _SUB_PARTS:
        return not _after_di(text, i, r)
    if u == _GENERATIONS:
        return not text.startswith(_PEOPLE, j)
    if u == _LOT:
        return text[j : j + 1] in _LOT_WORDS or not (r.arabic or _after_di(text, i, r))
    if u == _CHARACTERS:
        return text[j : j + 1] in _FIGURE_NEXT or not (r.arabic or (r.scale_char != "" and r.scale_char in BIGS) or bool(tsc))
    if u == _SHARES:  # 29.9亿股, 100万股, 10股 are shares; 股份, 股东 words; 两股歪风, 三股势力 figurative
        return text[j : j + 1] in _SHARE_WORDS or not (r.arabic or (r.scale_char != "" and r.scale_char in BIGS) or bool(tsc))
    if u == _TERMS:
        return r.form == "decimal" and text[j : j + 1] == _DURING
    if u == _EPISODES:  # after 第 only 集团 is a word (第七十二集团军); 第三集中 is in the third episode
        return text[j : j + 1] == _GROUP if _after_di(text, i, r) else text[j : j + 1] in _EPISODE_WORDS
    return not _cubic(text, i, r, tsc)  # 方 is 立方米 after 万/亿 or digits, not in 三方, 一方面


def _cubic(text: str, i: int, r: RunReading, tsc: str | None) -> bool:
    """Is 方 at *i* a cubic metre: right after a scale (10亿方, 三百多万方) or Arabic digits (300方),
    and starting no word (3方面)?"""
    return (
        (r.arabic or (r.scale_char != "" and r.scale_char in BIGS) or bool(tsc))
        and text[i - 1] not in SPACE
        and text[i + 1 : i + 2] not in _CUBIC_WORDS
    )


#: 分, 角 and 毛 after a number, and what each is of a 元 before 钱 (提高3分钱, 五角钱, 两毛钱)
#: 块 is the spoken word for 元 where money's digits or 钱 follow it (三块五, 3块5毛, 十块零五分, 块钱: a
#: currency word of its own) or it ends a clause after 万 or 亿 (少说也得两万块，: a sum, as pieces by the ten
#: thousand are named with their noun, 两万块砖) or after a word of earning, paying or pay in its clause
#: (一个月能挣三千多块，, 每月工资两千块。: :data:`~govtext.numbers.patterns.PIECE_MONEY_CUE`); else it counts
#: pieces (二十块展板, 17块污染地块, 分前后两块, 展板两千块，)
_PIECE = "块"
_PIECE_MONEY_NEXT = frozenset("0123456789零〇一二两三四五六七八九钱錢")
_CLAUSE_END = frozenset(SENT_END + "，、,")


def _counts_pieces(text: str, pos: int, big: bool, start: int) -> bool:
    """Does 块 (ending at *pos*, after a number from *start*, with 万 or 亿 when *big*) count pieces, no
    money?

    >>> _counts_pieces("二十块展板", 3, False, 0), _counts_pieces("三块五", 2, False, 0), _counts_pieces("两万块，", 3, True, 0)
    (True, False, False)
    >>> _counts_pieces("月工资两千块。", 6, False, 3), _counts_pieces("展板两千块。", 5, False, 2)
    (False, True)
    """
    nxt = text[pos : pos + 1]
    if nxt in _PIECE_MONEY_NEXT:
        return False
    if nxt and nxt not in _CLAUSE_END:
        return True
    return not big and P.PIECE_MONEY_CUE.search(text, max(0, start - P.PIECE_MONEY_BACK), start) is None
_FEN_SCALES = {"分": Decimal("0.01"), "角": Decimal("0.1"), "毛": Decimal("0.1")}
_FEN = "分"
_MONEY_TAIL = frozenset("钱錢")
#: before N分, the marks that make 分 minutes of a time or an angle (3点20分, 2小时30分, 北纬30度15分)
_MINUTE_AFTER = frozenset("时時点點度")
_SECONDS = "秒"


#: the least number that is no clock's hour: a Chinese decimal from it before 分 is a score (九十五点五分), one
#: below it may be a clock's hour and minutes (八点五分: 8:05)
_NO_HOUR = 25


def _fen(a: Atom, text: str, pos: int, r: RunReading) -> tuple[str, str, int] | None:
    """分, 角 or 毛 at *pos* right after the number: (kind, unit, end), or None when it is no unit.
    Before 钱 each is money, in 元 (提高3分钱: 0.03 元; 五角钱, 两毛钱: 0.5, 0.2 元), and so are 角 or
    毛 before a digit and 分 (三角二分: :func:`_jiao_fen`). 分 alone is a
    unit of its own (a score's points or money's fen: 得了95分, 提高3分、5分) where the word ends
    after it (:data:`.patterns.FEN_END`: 分别, 分公司 and 30分钟 go on), unless the number is a
    lone Chinese numeral (入木三分, 三分天下) or minutes (3点20分, 2小时30分, 30度15分, 三点二十分).
    Minutes and seconds are one span of time, in seconds (3分28秒: 208 秒).

    >>> a = Atom(0, 2, Decimal(95), Decimal(95)); a.run = "95"
    >>> _fen(a, "95分以上", 2, read_run("95")), _fen(a, "95分公司", 2, read_run("95"))
    (('count', '分', 3), None)
    """
    ch = text[pos]
    if text[pos + 1 : pos + 2] in _MONEY_TAIL:
        scale = _FEN_SCALES[ch]
        a.low, a.high = a.low * scale, a.high * scale
        a.form = "decimal"
        return "money", *_rate(text, "元", pos + 2)
    if ch != _FEN:
        return _jiao_fen(a, text, pos, r)
    after_mark = a.ns and text[a.ns - 1] in _MINUTE_AFTER
    if after_mark and a.ns >= 2 and (text[a.ns - 2] in CN_SET or "0" <= text[a.ns - 2] <= "9"):
        return None  # (3点20分, 八时五分: a clock's minutes)
    if text[pos + 1 : pos + 2] in _MINUTE_FIRSTS and a.low == a.high and not a.approx:
        sec = P.MINUTE_SECONDS.match(text, pos + 1)  # 3分28秒, 用时三分五秒: one span of time, in seconds
        if sec is not None:
            seconds = int(sec["d"]) if sec["d"] else _np.parse_plain(sec["cn"])[0]
            if not sec["d"]:
                a.add_piece(sec.start("cn"), sec.end("cn"), str(seconds))
            a.low = a.high = a.low * 60 + seconds
            return _UNIT_KIND["time"], _SECONDS, sec.end()
    if after_mark or (not r.arabic_only and (len(a.run) == 1 or (any(p in r.body for p in POINTS) and a.low < _NO_HOUR))):
        return None  # (入木三分; 八点五分 may be 8:05, 九十五点五分 is no clock time: a score)
    if P.FEN_END.match(text, pos + 1) or (r.arabic_only and text.startswith("的", pos + 1)):
        return "count", *_rate(text, _FEN, pos + 1)
    return None


def _jiao_fen(a: Atom, text: str, pos: int, r: RunReading) -> tuple[str, str, int] | None:
    """N角 or N毛 at *pos* and then a digit and 分 where the word ends (or before 钱): an amount of
    money in 元 (三角二分: 0.32 元; 3毛5分钱: 0.35); so is N角 or N毛 alone after Arabic digits where
    the word ends (每斤5角, 降低2毛: it was a bare 5); None for anything else (三角形, 五角星, 5角星).

    >>> a = Atom(0, 1, Decimal(3), Decimal(3)); a.run = "三"
    >>> _jiao_fen(a, "三角二分。", 1, read_run("三")), a.low
    (('money', '元', 4), Decimal('0.32'))
    """
    m = P.JIAO_FEN.match(text, pos + 1)
    if a.approx or a.low != a.high:
        return None
    if m is None:
        if not (r.arabic_only and P.FEN_END.match(text, pos + 1)):
            return None
        a.low = a.high = a.low * _FEN_SCALES[text[pos]]
        a.form = "decimal"
        return "money", *_rate(text, "元", pos + 1)
    if not (m["q"] or P.FEN_END.match(text, m.end())):
        return None
    a.low = a.high = a.low * _FEN_SCALES[text[pos]] + _money_digit(a, m, "f") * _FEN_SCALES[_FEN]
    a.form = "decimal"
    return "money", *_rate(text, "元", m.end())


def _unit_first(text: str, pos: int) -> str:
    """The character a unit word after *pos* would start with (after one blank: the tail pattern
    takes one before its unit); "" at the text's end."""
    ch = text[pos : pos + 1]
    return text[pos + 1 : pos + 2] if ch and ch in SPACE else ch


_HOUR, _MINUTES = "小时", "分钟"
_MINUTE_FIRSTS = frozenset("0123456789零一二三四五六七八九十")


def _with_minutes(a: Atom, text: str, pos: int) -> tuple[str, int]:
    """After N小时 at *pos*: minutes with 分 or 分钟 (2小时30分, 一小时二十分钟) make one span of time,
    in minutes (150, unit 分钟); the unit 小时 and *pos* when none follow."""
    m = P.HOUR_MINUTES.match(text, pos)
    if m is None:
        return _HOUR, pos
    mm = m["d"]
    minutes = int(mm) if mm else _np.parse_plain(m["cn"])[0]
    if not mm:
        a.add_piece(m.start("cn"), m.end("cn"), str(minutes))  # (两小时二十分钟 -> 2小时20分钟)
    a.low, a.high = a.low * 60 + minutes, a.high * 60 + minutes
    if text[m.end() : m.end() + 1] in _MINUTE_FIRSTS:
        return _with_seconds(a, text, m.end(), "分钟")  # 2小时30分15秒: in seconds
    return "分钟", m.end()


def _with_seconds(a: Atom, text: str, pos: int, unit: str) -> tuple[str, int]:
    """After a span of minutes (3分钟, or 2小时30分 read as 150 分钟) at *pos*: seconds with 秒 (3分钟28秒,
    2小时30分15秒) make one span of time, in seconds (208, 9015; unit 秒); *unit* and *pos* when none
    follow."""
    m = P.MINUTE_SECONDS.match(text, pos)
    if m is None:
        return unit, pos
    seconds = int(m["d"]) if m["d"] else _np.parse_plain(m["cn"])[0]
    if not m["d"]:
        a.add_piece(m.start("cn"), m.end("cn"), str(seconds))  # (三分钟二十秒 -> 3分钟20秒)
    a.low, a.high = a.low * 60 + seconds, a.high * 60 + seconds
    return _SECONDS, m.end()


_DEGREE = "度"
_TENTHS = "成"
#: the places of an angle's value in degrees (minutes and seconds of arc are 1/60 and 1/3600 of a degree)
_ARC_PLACES = Decimal("0.000001")
_ARC_SECONDS = 3600


def _whole(a: Atom) -> bool:
    """Is *a* one exact whole number so far (no interval, no fraction: 三十七, 38)?"""
    return a.form == "int" and a.low == a.high and not a.approx


def _degree_parts(a: Atom, text: str, pos: int) -> int:
    """After N度 at *pos*: minutes (and seconds) of arc (东经120度30分, 北纬三十一度二十分十五秒: 120.5 and
    31.3375 度), else one digit, the tenths of a degree (三十七度五, 38度5: 37.5, 38.5); the end."""
    m = P.DEGREE_MINUTES.match(text, pos)
    if m is None:
        return _spoken_tenth(a, text, pos)
    arc = 0
    for part, scale in (("m", 60), ("s", 1)):
        if m[part + "d"]:
            arc += int(m[part + "d"]) * scale
        elif m[part + "cn"]:
            value = int(_np.parse_plain(m[part + "cn"])[0])
            a.add_piece(m.start(part + "cn"), m.end(part + "cn"), str(value))
            arc += value * scale
    frac = (Decimal(arc) / _ARC_SECONDS).quantize(_ARC_PLACES).normalize()
    a.low, a.high = a.low + frac, a.high + frac
    a.form = "decimal" if frac else a.form
    return m.end()


def _spoken_tenth(a: Atom, text: str, pos: int) -> int:
    """After N块 or N度 at *pos*: one digit, the tenths of the unit said without their name (三块五 3.5 元,
    三十七度五 37.5 度: :data:`.patterns.SPOKEN_TENTH`); the end (*pos* when there is none)."""
    m = P.SPOKEN_TENTH.match(text, pos)
    if m is None:
        return pos
    tenth = Decimal(_money_digit(a, m, "d")) / 10
    a.low, a.high = a.low + tenth, a.high + tenth
    a.form = "decimal"
    return m.end()


def _race_fraction(a: Atom, text: str, pos: int) -> int:
    """After N秒 at *pos*: one or two digits that no unit follows are the fraction of a race's time
    (10秒5 is 10.5 秒, 9秒83 9.83 秒: :data:`.patterns.SECOND_FRACTION`); *pos* when none follow (30秒5次:
    5 counts the 次)."""
    m = P.SECOND_FRACTION.match(text, pos)
    if m is None or text[m.end() : m.end() + 1] in _TAB.tail_firsts:
        return pos
    frac = Decimal(m[0]).scaleb(-len(m[0]))
    a.low, a.high = a.low + frac, a.high + frac
    a.form = "decimal"
    return m.end()


_YEAR = "年"
_MONTHS = "个月"
_MONTH_FIRSTS = frozenset("123456789零一二两三四五六七八九十")
_MONTHS_PER_YEAR = 12


def _with_months(a: Atom, text: str, pos: int) -> tuple[str, int]:
    """After N年 at *pos*: months 1-11 with 个月 (3年6个月, 一年零九个月) make one span of time, in
    months (42, 21; unit 个月); the unit 年 and *pos* when none follow."""
    m = P.YEAR_MONTHS.match(text, pos)
    if m is None or a.low != a.high or a.low != a.low.to_integral_value() or (a.s and text[a.s - 1] == "第"):
        return _YEAR, pos  # (第三年六个月: the third year, then six months)
    mm = m["d"]
    months = int(mm) if mm else _np.parse_plain(m["cn"])[0]
    if not mm:
        a.add_piece(m.start("cn"), m.end("cn"), str(months))  # (一年零九个月 -> 1年零9个月)
    a.low = a.high = a.low * _MONTHS_PER_YEAR + months
    return _MONTHS, m.end()


def _time_word(text: str, pos: int) -> tuple[str, str, int] | None:
    """After 个 (六个工作日, 五个小时): a time unit at *pos* that 个 measures
    (:func:`~.lexicon.counted_time_units`), its category and end; None otherwise (两个年产: 年
    alone is not taken; 三个季度 stays 3 个)."""
    if _unit_first(text, pos) not in _TAB.time_firsts:
        return None  # (no such unit starts here)
    m = _TAB.tail_re.match(text, pos)
    if m is None or m.group("f") or m.group("sc") or m.group("pct") or not m.group("u"):
        return None
    u = _TAB.unit_forms.get(m["u"], m["u"])
    return (u, "time", m.end("u")) if u in counted_time_units() else None


def _rate(text: str, unit: str, pos: int) -> tuple[str, int]:
    """A rate unit: *unit* followed by a slash and a unit word (1459万吨/年, 16.9万吨/日, 27克/千克,
    2000元/月) is the rate 吨/年, and so is a unit in Latin letters after it (60km/h, 35μg/m3:
    :data:`~govtext.numbers.patterns.LATIN_PER`); the unit and end are returned unchanged without one."""
    if pos >= len(text) or text[pos] not in RATE_SLASHES:
        return unit, pos
    m = _TAB.unit_re.match(text, pos + 1) or P.LATIN_PER.match(text, pos + 1)
    if m is None:
        return unit, pos
    per = m.group()
    per = _TAB.unit_forms.get(per, per)
    return f"{unit}/{per}", m.end()


#: the categories of the units 个多 may stand before (三个多月, 两个多小时, 2个多百分点)
_COUNTED_MORE = frozenset(("time", "points"))


_HALF_OR_MORE = frozenset("半多")
#: the categories of units 半 may follow (两年半, 三天半, 十三斤半, 两岁半; 六倍半 see below)
_HALF_AFTER = frozenset(("time", "count"))
#: units 半 never follows as half of one: dates' (三月半, 十五日半), and 个 (read with its time unit)
_NO_HALF = frozenset(("月", "日", "号", "个"))
#: the time units counted with 个 (一个月, 两个小时, 一个季度): after 个半 only these make N and a half
#: units (三个半月, 一个半小时); 天, 日, 年 take no 个, so 3个半天 and 两个半年 are N half-days, half-years
_COUNTED_BY_GE = frozenset(("个月", "個月", "小时", "小時", "钟头", "季度", "学期", "學期", "周", "週", "世纪",
                            "个百分点", "個百分點"))
_MAX_HALF_YEARS = 100  # (2019年半 is no 2019.5 years)


def _half_or_more(a: Atom, text: str, u: str, cat: str, pos: int) -> tuple[str, str, int]:
    """半 or 多 at *pos*, after the unit *u* of category *cat*: half a unit more (六倍半 6.5 times;
    两年半, 三天半, 十三斤半 where the word ends after 半: not 3个半导体) or up to one unit more
    (三年多来, 九倍多); after 个, with a time unit or 百分点 after it (一个半小时 1.5 hours, 三个多月,
    2个多百分点). The unit, its category and the end; *a*'s values changed when one is read."""
    half = text[pos] == "半"
    if u == "个":
        time_unit = _more_time_unit(text, pos + 1)
        if time_unit is None or (half and time_unit[0] not in _COUNTED_BY_GE):
            return u, cat, pos  # (3个半天, 两个半年: N half-days, half-years; 天 and 年 take no 个)
        u, cat, pos = time_unit
    elif half and (cat == "multiple" or (cat in _HALF_AFTER and u not in _NO_HALF
                                         and (text[pos + 1 : pos + 2] in _AFTER_MORE or _measure_half(text, pos, u, cat))
                                         and (u != "年" or a.low < _MAX_HALF_YEARS))):
        pos += 1
    elif not half and cat in _MORE_AFTER and text[pos + 1 : pos + 2] in _AFTER_MORE:
        pos += 1
    elif not half and cat == "count" and u[-1] in _MEASURE_LASTS and text[pos + 1 : pos + 2] in _MEASURE_MORE_AFTER:
        pos += 1  # 三米多高, 两公斤多, 一亩多地: up to one unit of a measure more
    else:
        return u, cat, pos
    if half:
        a.low, a.high = a.low + HALF, a.high + HALF
    else:
        a.high, a.approx, a.qual = a.low + 1, True, "多"
    return u, cat, pos


def _measure_half(text: str, pos: int, u: str, cat: str) -> bool:
    """Is the 半 at *pos*, after the physical measure *u*, half of it before what is measured or an adjective of
    its dimension (三斤半猪肉, 两公斤半大米, 三米半高: 3.5 units)? Not where 半 starts a word of its own or is half
    of a unit (三斤半导体, 两吨半成品, 三斤半价, 三斤半信半疑: :func:`.lexicon.half_word_at`), nor after 成 (tenths)."""
    nxt = text[pos + 1 : pos + 2]
    return (cat == "count" and u[-1] in _HALF_MEASURE_LASTS and "\u4e00" <= nxt <= "\u9fff"
            and not half_word_at(text, pos))


def _more_time_unit(text: str, pos: int) -> tuple[str, str, int] | None:
    """After 个多 or 个半 (三个多月, 两个多小时, 2个多百分点, 一个半小时): the time unit or 百分点 at *pos* (个月 when 个 and
    it make one), its category and end; None when no such unit stands there."""
    m = _TAB.tail_re.match(text, pos)
    if m is None or m.group("f") or m.group("sc") or m.group("pct") or not m.group("u"):
        return None
    u = _TAB.unit_forms.get(m["u"], m["u"])
    cat = _TAB.units.get(u)
    if cat not in _COUNTED_MORE:
        return None
    return (f"个{u}" if f"个{u}" in _TAB.units else u), cat, m.end("u")


#: the connectors of a range (3至6年级, 1-2年级)
_RANGE_TOS = frozenset("至到-—–~～〜")
#: the words of a range's connector that may also stand before a value (回落至-3.2%)
_TO = frozenset("至到")
#: range connectors no dash may extend: a dash right after one is a minus sign (-3～-1℃, -5~-2℃)
_TILDES = frozenset("~～〜")


def _minus_sign(text: str, i: int) -> bool:
    """Is the '-' at text[i] a minus sign (气温为-3℃) rather than a range dash (1万-5万)?"""
    pp = text[i - 1] if i else ""
    if not pp or pp.isspace() or pp in _TO or pp in _TILDES:
        return True  # (回落至-3.2%, 降到-1.2%, -3～-1℃: after a connector the dash is no range's)
    if pp.isascii():
        return not pp.isalnum() and pp not in "%)]-~"
    if P.FULL_DIGIT.match(pp):
        return False  # ３－５年, ２０２６．３．５－３．８: a full-width digit before it, the dash of a range as after 3
        # (no other digit: ①-3℃, ²-3℃ a mark and an exponent before a minus)
    if i >= 2 and "0" <= text[i - 2] <= "9":
        return False  # 3点-5点, 1月-3月: a number's word before it, the dash of a range
    if pp in CN_SET or pp in "）】％－—–～〜":
        return False
    if pp not in single_next():
        return True
    return not _counted_before(text, i - 1) and P.SIGNED_VALUE_AFTER.match(text, i + 1) is not None


#: how far before a unit's character a range's first number may stand (3公里-5公里, 三万元-五万元: the unit's other
#: characters between)
UNIT_BACK = 3


def _counted_before(text: str, j: int) -> bool:
    """Is the character at *j*, one a unit or a numeral's tail may start with, preceded by a numeral within
    :data:`UNIT_BACK` characters, only Han characters between (三公里-五公里, 两万元-三万元: a range's first end, the dash
    after it a range's)? Not after a word's characters alone: there the dash is a minus sign before a value with a
    unit, a percent or a range after it (部分地区-3～2℃, 北部-5℃, 全年-3.2%; 附件-2 and 片区-1 are labels' numbers)."""
    for k in range(j - 1, max(-1, j - 1 - UNIT_BACK), -1):
        ch = text[k]
        if ch.isdigit() or ch in CN_SET:
            return True
        if not han_word(ch):
            return False
    return False


def rank_single(text: str, s: int, e: int) -> bool:
    """Is the one-character numeral ``text[s:e]`` after 第 and ending its word (倒数第一，, 排名第二的)?
    Read though no unit follows it: it may be a rank (:func:`_rank`)."""
    return s > 0 and text[s - 1] in _ORDINAL_MARKS and (e >= len(text) or text[e] in P.RANK_END)


@lazy
def single_next() -> frozenset[str]:
    """Characters that may follow a one-character numeral that can still be a mention (and 角/毛:
    五角钱, 两毛钱)."""
    return frozenset("".join(unit_firsts()) + P.SINGLE_NEXT_MORE + SPACE + "角毛")


def _sign(a: Atom, text: str, s: int, r: RunReading) -> int:
    """负十一, -3℃, 零下四摄氏度: a negative sign before the numeral is taken (the values negated), and so is
    零上 (零上五摄氏度: the value kept); ±
    before an Arabic number makes it the interval on both sides of zero (±0.5mm: -0.5 to 0.5).
    Returns its length (0 when there is none)."""
    prev = text[s - 1] if s else ""
    if prev == "下":
        n = 2 if s >= 2 and text[s - 2 : s] == "零下" else 0
    elif prev == "上":  # 零上五摄氏度: above zero, the value kept (二零二零上: no 零上)
        return 2 if s >= 2 and text[s - 2 : s] == "零上" and not _numeral_at(text, s - 3) else 0
    elif prev == _PLUS_MINUS:
        if r.arabic_only:  # ±0.5mm: a tolerance, the interval from -0.5 to 0.5
            a.low = -a.high
        return int(r.arabic_only)
    else:
        n = int((prev == "负" and not r.arabic_only) or (
            r.arabic_only and prev != "" and prev in _MINUS and _minus_sign(text, s - 1)
        ))  # fmt: skip
    if n:
        a.low, a.high = -a.high, -a.low
    return n


#: unit categories 多 may follow (三年多, 九倍多), and what may stand after that 多 (not 多种, 多元)
_MORE_AFTER = frozenset(("time", "multiple"))
_AFTER_MORE = frozenset(("", "来", "、", "，", "。", "；", "：", "的", "时", "了", "前", "后", "以", "里", "中", "间",
                         " ", "\n", ",", ";"))  # fmt: skip
#: the last characters of the physical measures 多 may follow as it follows a time unit (三米多, 两公斤多,
#: 一亩多: up to one more), and an age's 岁 (两岁多, 三周岁多: up to one year more), and what may stand after
#: that 多: the time units' followers, and an adjective of the dimension measured (一米多高, 三吨多重); not 多元,
#: 多种 (3吨多种货物 is 3 tons of many kinds); and tenths, 成 (七成多的受访者: 7 to 8 成)
_MEASURE_LASTS = frozenset(HALF_MEASURE_LASTS + "成")
_MEASURE_MORE_AFTER = _AFTER_MORE | frozenset("高长宽深厚重远粗地")
#: the last characters of the physical measures 半 may follow before the thing measured (三斤半猪肉): those of 多 but 成
_HALF_MEASURE_LASTS = frozenset(HALF_MEASURE_LASTS)
#: qualifiers that compare magnitudes: before a year they compare what the year had (高于一九五三年
#: 的水平, 超过1979年到1997年的总和), the year itself stays exact
_RATE_QUALIFIERS = frozenset(("高于", "低于", "不高于", "不低于", "大于", "小于", "不大于", "不小于", "超过", "超", "多于",
                               "少于"))


def _year_digits(run: str) -> bool:
    """Is the run four digits, Arabic or Chinese (a year when 年 follows)?"""
    return len(run) == YEAR_DIGITS and (run.isdigit() or all(ch in CN_DIGIT_SET for ch in run))


#: 近 before a span of time means "recent" (the last N years), not "nearly", where it starts a
#: clause (近两年，…; 近三年淘汰…), after 特别是/尤其是, or where 来/以来 or a superlative follows
#: the span (近五年来, 为近七年最高, 创近10年新高); elsewhere (经过近二十年的努力) it is "nearly"
_NEAR = "近"
_CLAUSE_START = frozenset("\n\r \u3000，,。；;：:、（(“\"")
_RECENT_BEFORE = ("特别是", "尤其是")
_RECENT_AFTER = ("来", "以来", "最", "新高", "新低")


def _recent(text: str, q: int, pos: int) -> bool:
    """Is the 近 at *q*, before a span of time ending at *pos*, "recent" (see :data:`_NEAR`)?"""
    return (not q or text[q - 1] in _CLAUSE_START or text.startswith(_RECENT_AFTER, pos)
            or text.endswith(_RECENT_BEFORE, 0, q))  # fmt: skip


def _prefix_ends(text: str, start: int) -> bool:
    """May a qualifier or a currency word (and one blank) end at *start*: does a one-character
    word, or the last two characters of a longer one, end there (a test before the prefix
    pattern's search)?"""
    j = start - 1 if text[start - 1] in SPACE else start
    return text[j - 1 : j] in _TAB.pre_ones or text[max(0, j - 2) : j] in _TAB.pre_pairs


def _ordinal_range_first(text: str, pos: int) -> bool:
    """Does a connector and a range's second end follow 第N at *pos* (第3-5名, 第一至三条), where a
    second end with its own 第 counts something (第3至第5名; 第一至第三 and 第一至第三中学 are no range)?"""
    m = P.ORDINAL_RANGE_NEXT.match(text, pos)
    if m is None or not m["t"]:
        return m is not None
    e = P.ORDINAL_SECOND_RUN.match(text, m.end()).end()
    return P.unit_word_re().match(text, e) is not None and not P.name_heads_re().match(text, e)


def _prefix(a: Atom, text: str, start: int, kind: str | None, unit: str | None,
            pos: int) -> tuple[int, str | None, str | None, bool] | None:  # fmt: skip
    """第 (an ordinal), a qualifier (约, 超过) or a currency (人民币) before the mention: (start,
    kind, unit, ordinal); None when 第 makes the run part of a name (第一中学)."""
    prev = text[start - 1] if start else ""
    if prev in _ORDINAL_MARKS:
        heads, firsts = P.name_heads_re(), _TAB.head_firsts  # (a head is tried where its first character stands)
        if kind is None and _ordinal_range_first(text, pos):
            return start - 1, kind, unit, True  # 第3-5名, 第一至三条: a range's first end (merge_ranges)
        if kind is None and _rank(text, start - 1, pos):
            return start - 1, kind, unit, True  # 排名全省第二, 倒数第一: a rank without its unit
        if kind not in ("count", "time-unit") or (text[pos : pos + 1] in firsts and heads.match(text, pos)) or (
            text[a.ne : a.ne + 1] in firsts and heads.match(text, a.ne)
        ):
            return None
        return start - 1, kind, unit, True
    if prev in pre_last():
        pre = P.pre_re().search(text, max(0, start - pre_window()), start)
        if pre:
            if pre["q"] in _RATE_QUALIFIERS and unit in YEAR_UNITS and _year_digits(a.run):
                return start, kind, unit, False  # 高于一九五三年至一九八〇年的速度: 高于 compares rates
            if pre["q"] == _NEAR and kind == "time-unit" and _recent(text, pre.start(), pos):
                return start, kind, unit, False  # 近三年来, 近两年，: the last N years, not nearly N
            if pre["q"]:
                a.qual, a.approx, a.pre_q = pre["q"], True, True
                return pre.start(), kind, unit, False
            b = pre.start() - 1
            if kind in (None, "money") and (b < 0 or not (text[b] in CN_SET or "0" <= text[b] <= "9"
                                                          or _percent_sign_after_digit(text, b)
                                                          or ("A" <= text[b] <= "z" and text[b].isalpha()))):
                # (a currency right after a numeral is that numeral's unit: 二十一日元二十一; after
                # a percent, 百分之十人民币一 as its rewrite 10%人民币一, neither; a sign after a Latin
                # letter is another currency's or a formula's: A$5, HK$, $x$ 2)
                if pre["c"] in CURRENCY_CODES and P.ID_BEFORE.search(text, max(0, pre.start() - P.ID_BACK), pre.start()):
                    return None  # 型号为HK$3000: an identifier's letters and digits, no money (as 型号CNY 300)
                if pre["c"] in CURRENCY_CODES and _rate_code(text, pre.start()):
                    return start, kind, unit, False  # USD/CNY 7.1, 汇率RMB 7.1: a rate, no money
                cur = currencies()
                named = cur.get(pre["c"]) or CURRENCY_CODES.get(pre["c"]) or CURRENCY_SIGNS.get(pre["c"], pre["c"])
                unit = named if unit is None or unit == "元" else unit
                return pre.start(), "money", unit, False
    return start, kind, unit, False


def _rank(text: str, d: int, pos: int) -> bool:
    """Is 第N at *d* (N ending at *pos*, no unit after it) a rank, after a ranking's word and ending
    its word (排名全省第二，, 位居全国第一的, 倒数第一)? 第一方阵, 居全省第一位 and a priority given (把安全排在第一)
    are no such ranks."""
    if pos < len(text) and text[pos] not in P.RANK_END:
        return False
    m = P.RANK_BEFORE.search(text, max(0, d - P.RANK_FIELD - 2), d)
    if m is None:
        return False
    s = m.start()
    return not (text.startswith("排在", s)
                and P.PRIORITY_BEFORE.search(text, max(0, s - P.PRIORITY_WINDOW - 1), s) is not None)


#: the qualifiers after a number that make its value approximate (13%左右), where a comparison
#: before it (低于, 超过) compares another quantity with that approximate value
_ABOUT = frozenset(("左右", "上下"))


def post_qualifier(a: Atom, text: str, pos: int) -> int:
    """Read a qualifier after the mention (以上, 左右, ...) at *pos* into *a*; where the mention
    ends then."""
    if pos < len(text) and text[pos] in P.POST_FIRST:
        qm = P.POST.match(text, pos)
        if qm:
            if a.qual in (None, "几") or not a.approx or (a.qual in _RATE_QUALIFIERS and qm["q"] in _ABOUT):
                a.qual = qm["q"]  # (低于13%左右的目标: the value is about 13%; the mention keeps 低于)
            a.approx = a.post_q = True
            return qm.end()
    return pos


def _day_span(a: Atom, text: str, start: int, prev: str, pos: int) -> bool:
    """Is N日 a span of days rather than a day of the month? Yes after a word of duration (期为,
    之日起, 连续), before 内/后/为限 or a penalty's noun (十日拘留，), with a qualifier (以内, 以上, 约), or beyond 31; never after 月."""
    if prev == "月":
        return False
    if a.approx or not 1 <= a.low <= MAX_DAY:
        return True
    if text.startswith(P.DAY_SPAN_AFTER, pos) or P.DAY_PENALTY_AFTER.match(text, pos) is not None:
        return True
    return P.DAY_SPAN_BEFORE.search(text, max(0, start - 4), start) is not None


_FIRST_OF = "前"  # (前三季度: the first three quarters)
#: Characters before 前 that make it the end of a word (目前, 此前, 提前, 之前, 日前, 会前, 考前 …): the
#: numeral after it counts (目前三条措施, 提前两款车型), where 前两款 and 前三条 in a law (依照前两款规定)
#: are its paragraphs or articles just before, kept as written.
_FIRST_ENDS = frozenset("目此提之以日当事先从空眼面年月周天会节赛考课向生战饭睡门跟胸车台幕")
#: before N年, what makes it a year of the common era or before it, whatever its digits (公元221年,
#: 公元前221年: no span of 221 years)
_AD, _BCE = "公元", "公元前"


#: the years two four-digit years glued together may be (20232025年 is 2023 and 2025)
_GLUED_YEARS = range(1800, 2200)


def _glued_years(run: str) -> bool:
    """Are the eight digits *run* two years glued together, the first not after the second
    (20232025: a range whose dash a crawl lost)?"""
    if len(run) != 2 * DIGIT_YEAR_LENGTH:
        return False  # (a read-out that is no two years: "")
    first, second = int(run[:DIGIT_YEAR_LENGTH]), int(run[DIGIT_YEAR_LENGTH:])
    return first in _GLUED_YEARS and second in _GLUED_YEARS and first <= second


#: how many Arabic digits name a year by its last ones (24年, 98年)
SHORT_YEAR_DIGITS = 2


#: how far before N年 of two digits its word of a point in time (成立于), of a span (扎根乡村) or a range's first end
#: (自24年至) may start
SHORT_YEAR_BACK = 3
SHORT_YEAR_SPAN_BACK = 6
SHORT_YEAR_RANGE_BACK = 5


def _short_year(text: str, start: int, pos: int, run: str) -> bool:
    """Is the Arabic N年 of two digits ``text[start:pos]`` a year named by its last two digits (as 九八年 and 零八年
    are): before a part of that year (24年3月, 25年底, 23年上半年), after a word of a point in time and before no
    word of a span (自24年投入运营以来, 从98年起, 于98年建成; not 自24年前, 少于24年, 对于24年教龄), before a verb of a life's
    event (他16年毕业, 97年出生; not 读了16年毕业), or a range's second end
    after such a year (从24年到26年)? Never after a word of a span (连续15年春季, 扎根乡村24年, 经过24年).

    >>> _short_year("24年3月", 0, 3, "24"), _short_year("自24年起", 1, 4, "24"), _short_year("经过24年", 2, 5, "24")
    (True, True, False)
    >>> _short_year("从24年到26年", 5, 8, "26"), _short_year("连续15年春季", 2, 5, "15")
    (True, False)
    """
    if len(run) != SHORT_YEAR_DIGITS or not run.isdigit():
        return False
    if P.SHORT_YEAR_SPAN_BEFORE.search(text, max(0, start - SHORT_YEAR_SPAN_BACK), start) is not None:
        return False
    if P.SHORT_YEAR_AFTER.match(text, pos) is not None:
        return True
    if P.SHORT_YEAR_EVENT_AFTER.match(text, pos) is not None and text[start - 1 : start] not in P.SHORT_YEAR_EVENT_NOT_BEFORE:
        return P.SHORT_YEAR_EVENT_SPAN_BEFORE.search(text, max(0, start - SHORT_YEAR_BACK), start) is None
    if P.SHORT_YEAR_RANGE_BEFORE.search(text, max(0, start - SHORT_YEAR_RANGE_BACK), start) is not None:
        return True
    if text[pos : pos + 1] in P.SHORT_YEAR_NOT_AFTER:
        return False
    if P.SHORT_YEAR_BEFORE.search(text, max(0, start - SHORT_YEAR_BACK), start) is not None:
        return True
    return P.SHORT_YEAR_ON.search(text, max(0, start - 1), start) is not None and P.SHORT_YEAR_ON_AFTER.match(text, pos) is not None


def _year_digits_of(run: str, a: Atom) -> str:
    """The Arabic digits of a run of digits written one by one (20212025, 二〇二一二〇二五), else ""."""
    if run.isdigit():
        return run
    return str(int(a.low)) if not run.strip(CN_DIGIT) and a.low == a.high and not a.approx else ""


def _time_kind(a: Atom, text: str, span: tuple[int, int], unit: str | None, run: str,
               ordinal: bool) -> tuple[str, str | None]:  # fmt: skip
    """A number before a time word: a year (a four-digit 年), a month or day of a date (3月, 5日,
    5号 after 月), a quarter (一季度), a span of days (五天, 三十日内), else a count (三年).
    *span* is where the mention starts and ends. Returns (kind, unit)."""
    start, pos = span
    exact_int = a.low == a.high and a.form == "int"
    if unit in YEAR_UNITS and exact_int and not a.approx and len(run) == 4 and (
        run.isdigit() or all(ch in CN_DIGIT_SET for ch in run)
    ):
        return "year", unit
    if unit in YEAR_UNITS and exact_int and not a.approx and (text.endswith(_AD, 0, start) or text.startswith(_BCE, start)):
        return "year", unit  # 公元221年, 公元前221年 (a year before the common era: -221)
    if unit in YEAR_UNITS and exact_int and not a.approx and _short_year(text, start, pos, run):
        return LABEL, unit  # 自24年起, 24年3月, 25年底: a year named by its last two digits, no span of 24 years
    if unit in YEAR_UNITS and len(run) == 2 * DIGIT_YEAR_LENGTH and _glued_years(_year_digits_of(run, a)):
        return LABEL, unit  # 20232023年, 二〇二一二〇二五年: two years glued where a crawl lost the dash, no span
    if unit == QUARTER and (ordinal or (exact_int and 1 <= a.low <= QUARTERS and not a.approx and "个" not in text[start:pos]
                                        and text[start - 1 : start] != _FIRST_OF)):
        return "ordinal", unit  # 一季度, 第四季度: a quarter (三个季度, 前三季度: a span of quarters)
    if ordinal:
        return "count", unit
    if unit == CENTURY and exact_int and "个" not in text[start:pos]:
        return "ordinal", unit  # 二十一世纪, 21世纪: the 21st century (两个世纪: a span)
    prev = text[start - 1] if start else ""
    if unit in DAY_UNITS and (unit != "日" or not exact_int or _day_span(a, text, start, prev, pos)):
        return "duration", unit  # 三十日内, 公示期为7日, 五天: a span of days
    if unit in SPAN_UNITS:
        return "duration", unit  # 三年, 五年多, 六个月, 两小时: a span of time
    if not exact_int:
        return _two_months(a, run) if unit == _MONTH else ("count", unit)
    v = a.low
    if unit == _MONTH and 1 <= v <= _MONTHS_PER_YEAR:
        a.date = PartialDate(None, int(v), None)
    elif (unit == "日" or (unit == "号" and prev == "月")) and 1 <= v <= 31:
        a.date = PartialDate(None, None, int(v))
    else:
        return _two_months(a, run) if unit == _MONTH else ("count", unit)
    return "date", None  # a date has no unit


_MONTH = "月"
#: two months in a row written as one numeral whose reading is no pair: 九十月份 (September and October)
_MONTH_PAIR_RUNS = {"九十": (9, 10)}
_TWO_FIRSTS = frozenset("两兩")


def _month_pair(a: Atom, run: str) -> tuple[int, int] | None:
    """The two months in a row a numeral before 月 names (七八月 -> 7 and 8, 十一二月 -> 11 and 12, 九十月 ->
    9 and 10), or None: a pair of numerals that are not two months in a row (三五月, 两三月: 两 names no
    month, first or second: 一两月 is one or two months)."""
    if run in _MONTH_PAIR_RUNS:
        return _MONTH_PAIR_RUNS[run]
    if not a.approx or a.qual is not None or a.form != "int" or not _TWO_FIRSTS.isdisjoint(run):
        return None
    lo, hi = int(a.low), int(a.high)
    return (lo, hi) if 1 <= lo and hi == lo + 1 <= _MONTHS_PER_YEAR else None


def _two_months(a: Atom, run: str) -> tuple[str, str | None]:
    """A numeral before 月 that is no month: the range of the two months in a row it names (七八月份,
    九十月份), kept as written (78月 is no month); else a count of 月."""
    pair = _month_pair(a, run)
    if pair is None:
        return "count", _MONTH
    a.low, a.high = PartialDate(None, pair[0], None), PartialDate(None, pair[1], None)
    a.form, a.approx, a.exact, a.kept = "date", False, False, True
    return "range", None


def _pieces(a: Atom, text: str, s: int, e: int, r: RunReading, run_low: Decimal, neg: int) -> None:
    """The rewrite's digit pieces of an exact Chinese numeral (none for Arabic runs, approximate
    forms, a numeral next to a 点 it does not own: 二十一点十分 stays as written)."""
    if not a.exact or r.arabic_only:
        if a.pieces:  # (an Arabic run keeps its minutes' pieces after it: 2小时十分钟 -> 2小时10分钟)
            a.pieces = [p for p in a.pieces if p[0] >= e] if a.exact else ()
        return
    nxt = text[e] if e < len(text) else ""
    if nxt in POINTS or (s and text[s - 1] in POINTS):
        if a.pieces:
            a.pieces = ()
        return
    run = a.run
    if r.pct_unit and run.startswith(PCT_PREFIX):
        a.add_piece(s, e, fmt_decimal(a.low) + r.pct_unit)
    elif r.frac:
        den_s, _, num_s = r.body.partition("分之")
        try:
            den = _np.denominator(den_s)
            num = _np.parse_value(num_s)[0]
        except _PARSE_ERRORS:
            return
        a.add_piece(s, e, f"{fmt_decimal(num)}/{fmt_decimal(den)}")
    else:
        if neg == 1 and text[s - 1] == "负":
            a.add_piece(s - 1, s, "-")  # (零下 stays: 零下4摄氏度)
        a.add_piece(s, e, r.digits if run_low is r.low else render_scaled(run, run_low))


#: signs of a formula a number stands in: “3+2”产业体系
_FORMULA = frozenset("+＋")
#: a times sign between two numbers makes a formula too (7×24小时: service hours, “4×4”产业体系);
#: a product of a word and a number (天数×8小时) keeps the number
_TIMES = "×"
#: 对 between two numbers makes a formula too (1对1帮扶, 三对三: one on one, three on three)
_PAIR = "对"
_BETWEEN = frozenset((_TIMES, _PAIR))
#: the ratio signs between two Arabic numbers (2.21∶1, 3:7, 2：1; a clock time, 8:30, is read before)
_RATIO = frozenset("∶:：比")
_COMPARE = "比"
#: the ratio signs whose terms must both be bare numbers (比 compares a number with an amount too; ：
#: ends a label: 表1：2020年)
_BARE_TERMS = frozenset((_COMPARE, "："))
#: a ratio's second term may end in 万, 千 or 亿 (a map's scale: 比例尺1：10万, 1：5千)
_SCALE_TERM = frozenset("万千亿萬億")
#: 对 before 于 (or after a blank) is the preposition: 6.17　对于…, 第一百三十三条之二 对行驶中的…
_PAIR_PREP = "于"


#: after a ratio's second term: a unit's, a date's or a time's first character (1200比2019年, 100比3月份,
#: 105比1季度, 1200比8:30: 比 compares the number with a date, a time or an amount, no ratio)
_NO_TERM_TIME = frozenset(":：时点分秒")


@lazy
def _no_term_end() -> frozenset[str]:
    return _NO_TERM_TIME | (_tail_firsts() - SPACE_SET)


def _ratio_terms(text: str, e: int, prev: str, nxt: str) -> bool:
    """Are the Arabic number ending at ``e`` and the one on the other side of its ∶, : or 比 a ratio's
    terms? With 比 or the full-width ： both must be bare numbers (no unit, date or time after the
    second: 表1：2020年 is a label's number and a year)."""
    m = P.BARE_TERM.match(text, e + 1) if nxt in _BARE_TERMS else None
    if m is not None:
        k = m.end() + (text[m.end() : m.end() + 1] in _SCALE_TERM)  # 1：10万: a scale's terms
        return text[k : k + 1] not in _no_term_end()
    return prev not in _BARE_TERMS or nxt in _RATIO or nxt not in _no_term_end()


#: before 双N: 双 is a counter of pairs (每双20元, 一双, 两双), the digits an amount
_PAIR_COUNTERS = frozenset("每一两兩")
#: after 双N: the digits are an amount (双10%增长, 每双20元, 双20万元, 双1个百分点, a multiple: 双20倍, a size:
#: 双11码), no name (not 条: “双20条” names a policy; nor 成, 折: 双11成交额, 双11折扣)
_PAIR_AMOUNT_NEXT = frozenset(PCT_UNIT) | frozenset(YUAN) | frozenset(BIGS) | frozenset("个倍码")


def _pair_name(text: str, s: int, nxt: str) -> bool:
    """Digits after 双 at text[s - 1]: a name (双11, “双20条”) unless 双 counts pairs (每双20元, 一双, 3双)
    or the digits carry a percent, an amount of money or a counter (双10%增长, 双20元, 双20倍, 双11码)."""
    before = text[s - 2 : s - 1]
    if before in _PAIR_COUNTERS or (before and _numeral_at(text, s - 2)):
        return False
    return nxt not in _PAIR_AMOUNT_NEXT


def _numeral_at(text: str, i: int) -> bool:
    """Is text[i] a digit or a Chinese digit (the other side of 1对1, 三对三, 7×24)?"""
    ch = text[i : i + 1]
    return ch.isdigit() or ch in CN_DIGIT_SET
#: after N年, 制 or 一贯制 names a school system (九年制义务教育, 三年制高职, 五年一贯制高职): a label,
#: kept as written
_SYSTEM = ("制", "一贯制")
_EDITION = "版"
#: after a numeral, 强 names a ranking list by its size (500强, 十强: the top 500, the top ten); not
#: after a fraction (三分之一强: a third and a bit more)
_RANKING = "强"
_FRACTION_OF = "分之"
#: after two Arabic digits (a decade of birth), 后 names a generation (90后, 00后)
_GENERATION = "后"
#: before Arabic digits, 双 leads a name: a day by its doubled number (双11, 双12: a shopping festival's date) or a pair
#: of lists (“双20条”: two sets of 20 measures, no count of 20)
_PAIR = "双"
#: the kind of a decade (五十年代): its numerals are rewritten (50年代) but it is no mention
DECADE = "decade"
#: the kind of the day's end, 二十四时 after a date's 日 (12月31日二十四时): rewritten (24时) but no mention, no clock
#: time (as 24:00 is none) and no bare 24
DAY_END = "day_end"
#: after N年: 代 makes a decade (五十年代, 90年代: the fifties, no fifty years), unless it starts 代表
_DECADE = "代"
#: 国道/省道/县道 before or after Arabic digits: the road they name (国道318, 318国道)
_ROAD = "道"
_ROAD_CLASSES = frozenset("国省县")
#: 路 after a number and before a bus's word: the route it names (:data:`.patterns.BUS_ROUTE_AFTER`)
_BUS_ROUTE = "路"
_OPEN_REF = frozenset("[［【〔")
_CLOSE_REF = frozenset("]］】〕")


#: what may stand between a note's number and its brackets ([⏎4⏎]: each on its own line)
_NOTE_BLANKS = frozenset(" \u3000\r\n")


def _note_number(text: str, e: int) -> bool:
    """After a number that follows an opening bracket and a blank or line break, does a closing
    bracket follow the blank or line break at *e* ([⏎4⏎], ［ 4 ］; \r\n counts as one)?"""
    j = e + 2 if text.startswith("\r\n", e) else e + 1
    return text[j : j + 1] in _CLOSE_REF


def _furniture(text: str, s: int, prev: str, nxt: str) -> bool:
    """Bare Arabic digits that are page furniture, not a quantity of the text: a section's number
    on a line of its own between paragraphs (the line before ends a sentence; 总计⏎35 is a table's
    label and value) or a page's view counter after its label (浏览次数：, 阅读量:)."""
    if nxt in ("", "\n", "\r") and (
        (prev == "\n" and s >= 2 and text[s - 2] in _PARAGRAPH_END) or (not prev and nxt)):
        return True
    return (prev != "" and prev in _COUNTER_LAST and nxt in _COUNTER_NEXT
            and P.COUNTER_BEFORE.search(text, max(0, s - COUNTER_BACK), s) is not None)  # fmt: skip


_COUNTER_LAST = " \u3000:：\n"
_PARAGRAPH_END = frozenset("。！？!?”\"』」）)…")
_COUNTER_NEXT = frozenset(("", " ", "\u3000", "\n", "\r", "|", "｜"))  # the counter's number ends there


def _model_number(text: str, s: int) -> bool:
    """Does a model name's head (昇腾, 鲲鹏; maybe with a blank) end right before *s*?"""
    b = s - 1 if s and text[s - 1] == " " else s
    heads = P.model_heads()
    return text[max(0, b - 2) : b] in heads or text[max(0, b - 3) : b] in heads


def _spaced_digit(text: str, s: int, e: int) -> bool:
    """A digit with a blank and another digit on one side (1 9 9 7 年)."""
    if s >= 2 and text[s - 1] in ".．" and text[s - 2] == " ":
        return True  # (0 ．8 ％)
    return (s >= 2 and text[s - 1] == " " and text[s - 2] in _SPACED) or (
        text[e : e + 1] == " " and text[e + 1 : e + 2] in _SPACED
    )


_SPACED = frozenset("0123456789０１２３４５６７８９.．")


#: the characters after a run that the later tests of :func:`_skipped` look at (是, a formula's,
#: a ratio's or a rate's sign, a blank or line break of a note or a subscript …); before it, the
#: same signs, a note's opening bracket, a road's 道 and the ends of page furniture
#: (:func:`_furniture`: a counter's label, a number alone on its line); a model name's last
#: character is added when the tables load (``_Tables.late_prev``)
_LATE_SIGNS = frozenset(_FORMULA | _BETWEEN | _RATIO | _DOTS | RATE_SLASHES)
_LATE_NEXT = (_LATE_SIGNS | _NOTE_BLANKS | _COUNTER_NEXT | _ROAD_CLASSES
              | {"是", "型", "运", _RANKING, _EDITION, _GENERATION, _BUS_ROUTE})
_LATE_PREV = _LATE_SIGNS | _OPEN_REF | set(_COUNTER_LAST) | {_ROAD, _PAIR, ".", "．"}
#: around a run, the characters that give :func:`_skipped` anything to check: the later tests'
#: and the first block's (enumerators, outline markers, identifiers, closing brackets)
_PREV_GATE = _LATE_PREV | _PREV_SPECIAL | _CODE_DASHES | _ROOM_PREV | _ROOM_LINKS | {_EXTENSION}
_NEXT_GATE = _LATE_NEXT | _NEXT_SPECIAL | _CLOSE_REF | _FLOOR_NEXT | {_HYPHEN}  # (热线400-820-5566: a chain's first group)
_PLUS_MINUS = "±"
_SIGNS = frozenset("负下上" + _MINUS + _PLUS_MINUS)


@lazy
def _gates() -> tuple[frozenset[str], frozenset[str]]:
    """The characters before and after a run that give :func:`_skipped` something to check."""
    return _PREV_GATE | P.model_head_lasts(), _NEXT_GATE


class _Tables:
    """The lexicon's tables that the reading of every run consults, fetched from their lazy
    getters once (a getter costs a call, and a page has thousands of runs)."""

    __slots__ = ("after_blank", "currencies", "currency_firsts", "head_firsts", "late_prev", "law_next", "pre_last", "pre_ones", "pre_pairs", "prev_gate", "ready", "tail_firsts", "tail_re", "time_firsts",
                 "unit_forms", "unit_only", "unit_re", "units", "units_by_first")  # fmt: skip

    def __init__(self) -> None:
        self.ready = False
        self.currencies: dict[str, str] = {}
        self.units: dict[str, str] = {}
        self.unit_forms: dict[str, str] = {}
        self.pre_last: frozenset[str] = frozenset()
        self.prev_gate: frozenset[str] = frozenset()
        self.tail_firsts: frozenset[str] = frozenset()
        self.time_firsts: frozenset[str] = frozenset()
        self.late_prev: frozenset[str] = frozenset()
        self.head_firsts: frozenset[str] = frozenset()
        self.law_next: frozenset[str] = frozenset()
        self.after_blank: frozenset[str] = frozenset()
        self.units_by_first: dict[str, tuple[str, ...]] = {}
        self.unit_only: frozenset[str] = frozenset()
        self.pre_ones: frozenset[str] = frozenset()
        self.pre_pairs: frozenset[str] = frozenset()
        self.currency_firsts: frozenset[str] = frozenset()
        self.tail_re = self.unit_re = P.KW  # (any pattern until loaded)

    def load(self) -> None:
        """Fetch the tables (each built on its first use)."""
        self.currencies, self.units, self.unit_forms = currencies(), units(), unit_forms()
        self.pre_last, self.prev_gate = pre_last(), _gates()[0]
        self.tail_firsts, self.tail_re = _tail_firsts(), P.tail_re()
        P.one_and_more_re()  # (built with the tables, as the other patterns: a first text pays for all)
        self.late_prev = _LATE_PREV | P.model_head_lasts()
        self.head_firsts = frozenset(w[0] for w in name_heads() if w)
        self.after_blank = self.tail_firsts - SPACE_SET
        longest = sorted({*self.units, *self.currencies}, key=len, reverse=True)
        self.units_by_first = {c: tuple(w for w in longest if w[0] == c) for c in unit_firsts()}
        self.unit_only = frozenset(unit_firsts()) - frozenset("".join(P.TAIL_APPROX) + BIGS + "%％‰‱" + SPACE)
        words = (*PRE_QUALIFIERS, *pre_currencies())
        self.pre_ones = frozenset(w for w in words if len(w) == 1)
        self.pre_pairs = frozenset(w[-2:] for w in words if len(w) > 1)
        self.unit_re = P.unit_word_re()
        self.time_firsts = _unit_firsts_of(counted_time_units())
        self.currency_firsts = frozenset(c[0] for c in self.currencies if c not in YUAN)
        self.law_next = _law_next(self)
        self.ready = True


_TAB = _Tables()


def _law_next(tab: _Tables) -> frozenset[str]:
    """The structure markers of laws (条, 章, 款 …) :func:`_law_marker` reads after 第: those the
    tail reads as a count's unit by itself (no longer unit word starts with it, no word test, no
    other form) and that give :func:`_skipped` nothing to check, as 第 and 笫 do not. Empty (the
    general reading for all) when 第 or 笫 is a character a test before a run looks at."""
    marks_seen = tab.prev_gate | tab.late_prev | tab.pre_last | _PREV_SPECIAL | _SIGNS
    if _ORDINAL_MARKS & marks_seen:
        return frozenset()
    return frozenset(
        m for m in LAW_MARKERS
        if m in tab.unit_only and tab.units_by_first.get(m) == (m,) and tab.units.get(m) == "count"
        and tab.unit_forms.get(m, m) == m and m not in tab.currencies and m not in _WORD_UNITS
        and m not in _NEXT_GATE and m not in RATE_SLASHES
    )  # fmt: skip


def _unit_firsts_of(names: frozenset[str]) -> frozenset[str]:
    """The first characters of the unit and currency words (any form: 個) that name one of *names*
    (a unit word the tail pattern can match at a place starts with one of them)."""
    forms = unit_forms()
    return frozenset(w[0] for w in (*units(), *currencies()) if forms.get(w, w) in names)


#: characters a run is read without when they lead it (a lone 零 is "and": 一年零三个月)
_LEADERS = frozenset(ZEROS + "参參幺")


_ZERO = RunReading(Decimal(0), Decimal(0), False, True, None, "int", None, "零", False, False, False, True,
                   False, False, "零", "", False, "0", True)  # fmt: skip


def _zero_date_part(text: str, e: int) -> bool:
    """A lone 零 before 年 or 月 with a numeral after that (零年零月肆拾日, 零年貳月): a zero."""
    return text[e : e + 1] in ("年", "月") and e + 1 < len(text) and (text[e + 1] in CN_SET or text[e + 1].isdigit())


def _zero_range_start(text: str, e: int) -> bool:
    """A lone 零 before 至 or 到 and a numeral with a unit (零至三岁婴幼儿, 零到六岁, 零至二十摄氏度): a range's first
    end, 0 (as 0至3岁 is); not 从零到一 (no unit after the numeral)."""
    m = P.ZERO_RANGE_NEXT.match(text, e)
    return m is not None and text[m.end() : m.end() + 1] in _TAB.units_by_first


_DATE_BEFORE_PADDED = frozenset("年月")
_DATE_PADDED = frozenset("月日号")


def _padded_date_part(text: str, s: int, e: int, run: str) -> bool:
    """A month or day of a date written with a leading zero (年03月, 月05日): 0 and one digit
    between 年/月 and 月/日/号."""
    return (len(run) == 2 and run[0] == "0" and "1" <= run[1] <= "9" and s > 0 and text[s - 1] in _DATE_BEFORE_PADDED
            and text[e : e + 1] in _DATE_PADDED)  # fmt: skip


#: the ends of a sentence an outline marker without its dot follows (。 2构建…, ⏎3推进…)
_MARKER_END = frozenset("。！？；!?;\n")
_MARKER_PREV = _MARKER_END | frozenset(" \u3000")


#: the days named by their month and day read out (三八 妇女节, 五一, 五四, 六一, 七一 the party's day, 八一, 十一
#: National Day) and the words of the days around such a day after them (七一前夕, 十一前后, 六一期间, 八一当天,
#: 十一过后): the day's name, no number (七一期间 was a count of 71 期, 十一前后 the integer 11, rewritten 11前后)
_NAMED_DAYS = frozenset(("三八", "五一", "五四", "六一", "七一", "八一", "十一"))
_AROUND_DAY = ("期间", "前夕", "前后", "当天", "当日", "之际", "过后", "之后", "以后", "之前", "以前", "以来", "来临", "到来",
               "假期", "长假", "小长假", "放假", "假日")  # fmt: skip
#: the hour of the day's end, 24时 (no clock time: 24:00 is none either) and the 时 after it
_DAY_END = frozenset(("24", "２４", "二十四"))
_DAY_END_MARK = "时"
#: before 24时, the date's 日 whose end it is (12月31日24时, 当日24时) or a range's first hour (0时至24时); after it,
#: what makes it a deadline (24时前, 24时止)
_DAY_END_BEFORE = "日"
_DAY_END_FROM = ("时至", "时到", "时-", "时—", "时～", "时~")
_DAY_END_AFTER = ("前", "止", "以前")
#: what follows a year written with its last two digits (零八年, 〇三年)
_SHORT_YEAR_END = "年"


#: after 年: a decade (三零年代: the thirties, read as before)
_DECADE_END = "年代"


def _zero_led_year(text: str, e: int, run: str) -> bool:
    """Is *run*, ending at *e*, a year's last two digits said as digit characters with a zero before 年: a zero
    and a digit (零八年, 〇三年: 2008 and 2003, as 九八年 names 1998) or a digit and a zero (一零年, 二〇年: 2010
    and 2020; ten years are 十年)? 一年零八个月, 三百零八年, 十年 and the decade 三零年代 are no such run.

    >>> _zero_led_year("零八年奥运会", 2, "零八"), _zero_led_year("一年零八个月", 4, "零八")
    (True, False)
    >>> _zero_led_year("到一零年", 3, "一零"), _zero_led_year("三零年代", 2, "三零")
    (True, False)
    """
    if len(run) != 2 or not text.startswith(_SHORT_YEAR_END, e) or text.startswith(_DECADE_END, e):
        return False
    if run[0] in ZEROS:
        return run[1] in CN_DIGIT_SET
    return run[1] in ZEROS and run[0] in CN_DIGIT_SET


def _bare_marker(text: str, s: int, e: int, r: RunReading) -> bool:
    """Is the bare number ``text[s:e]`` (one or two Arabic digits, no unit) an outline marker
    written without its dot: after a sentence's end or a line break (maybe with a blank between)
    and right before a word (。 2构建体系, ⏎3推进…)?"""
    if not (r.arabic_only and text[s:e].isdigit() and han_word(text[e : e + 1])):
        return False
    prev = text[s - 1]
    return prev in _MARKER_END or (s >= 2 and text[s - 2] in _MARKER_END)


#: after a unit, the characters the tail reads on from (a rate's slash, 半, 多)
_AFTER_UNIT = RATE_SLASHES | _HALF_OR_MORE


def _law_marker(text: str, s: int, e: int, run: str, r: RunReading) -> Atom | None:
    """第十条, 第三章, 第二款: the run ``text[s:e]`` between 第 and a structure marker of
    :data:`_Tables.law_next` read as :func:`read_atom` reads it (a count of the marker's unit,
    made an ordinal by 第, kept as written; a law has hundreds), without the tests that find
    nothing there; None when 第N starts a name (第一中学) as :func:`_prefix` says."""
    pos = e + 1
    if text[pos : pos + 1] in _AFTER_UNIT:
        return read_atom(text, s, e, False)  # (a rate, 半 or 多 after the unit: the general reading)
    firsts = _TAB.head_firsts
    if (text[pos : pos + 1] in firsts or text[e] in firsts) and (
        (text[pos : pos + 1] in firsts and P.name_heads_re().match(text, pos))
        or (text[e] in firsts and P.name_heads_re().match(text, e))
    ):
        return None
    a = _run_atom(s, e, run, r)
    if pos < len(text) and text[pos] in P.POST_FIRST and (text[pos] not in SPACE or text[pos + 1 : pos + 2] in P.POST_AFTER_BLANK):
        pos = post_qualifier(a, text, pos)
    return _law_marker_atom(a, s - 1, pos, text[e])


def _law_marker_atom(a: Atom, start: int, end: int, marker: str) -> Atom:
    """*a* made the structure marker *marker* of a law spanning ``text[start:end]``: an ordinal,
    found and never rewritten."""
    a.exact = False
    a.kept = True
    a.kind, a.unit = "ordinal", marker
    a.s, a.e = start, end
    return a


def bracketed_items(text: str) -> list[Atom]:
    """第（三）项, 第(二)款: a law's structure marker whose number is written in brackets, as the
    item is numbered in the law (its outline marker （三）), found like 第三项 (an ordinal, never
    rewritten); the bracketed numeral alone stays an outline marker.

    >>> [(a.s, a.e, a.low, a.unit, a.kind) for a in bracketed_items("依照第一款第（三）项、第(12)项")]
    [(5, 10, Decimal('3'), '项', 'ordinal'), (11, 17, Decimal('12'), '项', 'ordinal')]
    """
    out = []
    for m in P.BRACKETED_ITEM.finditer(text):
        r = read_run(m["n"])
        if r is not None and r.low == r.high:
            out.append(_law_marker_atom(_run_atom(m.start("n"), m.end("n"), m["n"], r), m.start(), m.end(), m["m"]))
    return out


#: 之 after an article's 条 starts the sub-number of an article inserted by an amendment
#: (第三十条之二, 第一百二十条之三十: articles 30-2 and 120-30), no count or number of its own
_SUB_MARK = "之"
_SUB_OF = frozenset("条條")

#: after an institution's name head, what makes the head a kind of person (中学生, 小学生: 三十五中学生
#: counts students)
_STUDENT = "生"


def _named_institution(text: str, e: int) -> bool:
    """Is a bare number ending at *e* right before an institution's name head (中学, 小学, 医院 …:
    ``numbers_name_heads.txt``) the name's number (十一中学, 二十五中学: No. 11 school, as 第十一中学
    is; a count says 十一所中学), not before a kind of person (三十五中学生)? A school's short name, 中
    or 小 where the word ends (市十一中, 北京十一小、), is one too."""
    m = P.name_heads_re().match(text, e)
    return (m is not None and text[m.end() : m.end() + 1] != _STUDENT) or P.SHORT_SCHOOL.match(text, e) is not None


_ONE = "一"
#: the scales a lone 一 after which, before a unit, counts the unit (3万一夜: 30000 a night)
_BIG_BEFORE_ONE = frozenset("万亿萬億")


def _run_read(text: str, s: int, e: int, run: str) -> tuple[RunReading | None, bool] | None:
    """The reading of the run ``text[s:e]`` for :func:`read_atom` and whether it is a lone scale
    (千余家); a run no reading takes stays None when a leader (零, 第 …) may start a run after it;
    None: no mention."""
    r = read_run(run)
    lone = False
    if r is None:
        if run in ZEROS and (_zero_date_part(text, e) or _zero_range_start(text, e)):
            r = _ZERO
        elif _padded_date_part(text, s, e, run):
            r = read_run(run[1])  # 2019年11月03日, 2019年03月: a month or day written with two digits
        elif run[0] in _LONE_SCALES and (r := _lone_scale(text, s, e, run)) is not None:
            lone = True  # 千余家, 超千亿元: a lone scale counted by 余 or a qualifier before a unit
        elif run[0] not in _LEADERS or _never(run):
            return None
    return r, lone


def read_atom(text: str, s: int, e: int, marks: bool = True) -> Atom | None:
    """Read the run ``text[s:e]`` with its unit, qualifiers and prefix; None when it is no mention."""
    tab = _TAB
    if not tab.ready:
        tab.load()
    if text[e - 1] == "千":
        e = _kilo(text, s, e)
    elif text[e - 1] == _ONE and e - s > 2 and text[e - 2] in _BIG_BEFORE_ONE and text[e : e + 1] in _TAB.unit_only:
        e -= 1  # 3万一夜, 两万一个: 一 counts the unit after it (三万一 alone is 31000, 三万一千人 too)
    run = text[s:e]
    got = _run_read(text, s, e, run)
    if got is None:
        return None
    r, lone = got
    prev = text[s - 1] if s else ""
    nxt = text[e : e + 1]
    if run in _NAMED_DAYS and text.startswith(_AROUND_DAY, e) and prev not in _ORDINAL_MARKS:
        return None  # 七一前夕, 十一前后, 六一期间: a day named by its month and day (no 71 期, no 11)
    if prev == _SUB_MARK and s >= 2 and text[s - 2] in _SUB_OF:
        return None  # 第三十条之二所称: an article's sub-number (article 30-2), part of its name
    if marks and nxt in tab.law_next and prev in _ORDINAL_MARKS and r is not None and run[0] not in _LEADERS and " " not in run and not (r.pct_unit or r.frac):
        return _law_marker(text, s, e, run, r)  # 第十条, 第三章: a law's structure marker
    if (run == "一" or prev < "\x80" or prev in tab.prev_gate or nxt in _NEXT_GATE
            or (prev == "）" and nxt in _PHONE_JOINS)) and _skipped(text, s, e, run):  # (（02）7736-5678)
        return None
    if _zero_led_year(text, e, run):
        return None  # 零八年, 〇三年, 一零年: a year's two digits (2008, 2003, 2010), as 九八年 is 1998: no span
    day_end = nxt == _DAY_END_MARK and run in _DAY_END and _day_end(text, s, e)
    if day_end and run.isdigit():
        return None  # 12月31日24时, 当日24时前: the day's end (as 24:00 is), no clock time and no bare 24
    if run[0] in _LEADERS and len(run) > 1 and (r is None or run[0] in ZEROS) and run[1] not in POINTS:
        # 一年零三个月: 零 is "and" here; 参三百: a verb's 参 before a numeral
        return read_atom(text, s + 1, e)
    if r is None:
        return None
    a = _run_atom(s, e, run, r)
    if lone:
        a.exact = False  # (千余家, 超千亿元: found, kept as written)
    spaced = " " in run and P.TYPESET_BLANK.search(run) is not None
    if spaced:
        a.run = r.body  # 1 9 9 7 年: read as its digits (a year's four)
    ne = e
    if (nxt.isascii() and nxt.isalpha() and not P.LATIN_UNIT.match(text, e)) or (
            nxt == " " and text[e + 1 : e + 2] in P.EN_SCALE_FIRSTS and r.last.isdigit()):
        ne = _letter_scale(a, text, e, r)  # (200MB, 30mg: a unit, read by the tail; USD 1.2 million)
        if ne < 0:
            return None
    run_low = a.low  # the run's own value (角/分 and signs are added below)
    tail = _read_tail(a, text, ne, r)
    if tail is None:
        return None
    kind, unit, pos = tail
    if _no_mention_after_tail(a, text, (s, e, pos), kind, unit, r, lone, spaced):
        return None
    neg = _sign(a, text, s, r) if prev in _SIGNS else 0
    if prev == _BCE[-1] and unit in YEAR_UNITS and text.endswith(_BCE, 0, s):
        a.low, a.high = -a.high, -a.low  # 公元前221年: the year -221, 公元前 part of the mention
        neg = len(_BCE)
    if neg and unit in _FLOORS and prev not in "下上":
        return None  # 负二层, -1楼: a floor below ground, an address's part (no count of -2 层)
    start = s - neg - (0 if neg else _blank_after_di(text, s, kind, unit, pos))  # (第 3 名: 第 typeset apart)
    before = text[start - 1] if start else ""
    ordinal = False
    if before in _ORDINAL_MARKS or (before in tab.pre_last and _prefix_ends(text, start)):
        got = _prefix(a, text, start, kind, unit, pos)
        if got is None:
            return None
        start, kind, unit, ordinal = got
    if pos < len(text) and text[pos] in P.POST_FIRST and (text[pos] not in SPACE or text[pos + 1 : pos + 2] in P.POST_AFTER_BLANK):
        pos = post_qualifier(a, text, pos)  # (第一条 国家…: a blank, and no qualifier after it)
    if day_end:
        kind = DAY_END  # 12月31日二十四时: rewritten 24时, as 12月31日24时 is no mention
    return _finish(a, text, (start, pos, neg), kind, unit, ordinal, r, run_low)


def _no_mention_after_tail(a: Atom, text: str, bounds: tuple[int, int, int], kind: str | None, unit: str | None,
                           r: RunReading, lone: bool, spaced: bool) -> bool:
    """Is the run at ``text[s:e]`` (*bounds*: s, e and the end of its unit *pos*), read with its unit, no mention: a
    lone 万 or 千 with no unit or bound after it, an outline's marker, a school named by its number or spaced digits
    (a table's cells)? Split from :func:`read_atom`."""
    s, e, pos = bounds
    prev = text[s - 1] if s else ""
    if lone and (unit is None or not (_lone_counted(text, s, e) or text.startswith(P.LONE_BOUNDS, pos))):
        return True  # (万余, 超千万: with no unit after them, words: 数以万计, 千万不要; 亿元以上: a bound's)
    if kind is None and pos == e and e - s <= 2 and prev in _MARKER_PREV and _bare_marker(text, s, e, r):
        return True  # 。 2构建…: an outline marker written without its dot
    if kind is None and pos == e and text[e : e + 1] in _TAB.head_firsts and not (r.arabic_only and e - s >= YEAR_DIGITS) and _named_institution(text, e):
        return True  # 十一中学, 二十五中学, 一百零一中学: a school or a hospital named by its number (2025中心工作: a year)
    return spaced and kind is None and not a.has_big  # digits spaced out with no unit, 万/亿 or percent sign (a table's cells)


#: the designation's and the document number's 号 (第 N 号 typeset apart stays as it was read)
_NUMBER_MARK = "号"


def _blank_after_di(text: str, s: int, kind: str | None, unit: str | None, pos: int) -> int:
    """1 where one blank stands between 第 and the run at *s* (第 3 名, 第 12 届, 〔2026〕第 9 期: typeset apart, the ordinal
    第3名 is; no count of 3 名), else 0: not before 号 (公告第 8 号, 第 5 号台风: a document's or a designation's number, no
    mention, as it was read), for a number with no unit that starts no range (次第 3; 第 3-5 名 is one), nor after a word
    第 ends (:data:`~.patterns.DI_WORD_END`: 历史宅第 3 处, 进士及第 3 人 count)."""
    if s < 2 or text[s - 1] not in SPACE_SET or text[s - 2] not in _ORDINAL_MARKS or unit == _NUMBER_MARK:
        return 0
    if P.DI_WORD_END.search(text, max(0, s - 2 - P.DI_WORD_BACK), s - 2) is not None:
        return 0
    return 1 if kind is not None or _ordinal_range_first(text, pos) else 0


def _day_end(text: str, s: int, e: int) -> bool:
    """Is 24时 at ``text[s:e]`` (时 after it) the day's end: after a date's 日 or a range's first hour, or before 前,
    止 or 以前 (12月31日24时, 当日24时, 0时至24时, 24时前; not 接报后24时内, 全天24时在线, 7×24时服务: spans of 24 hours)?

    >>> _day_end("当日24时", 2, 4), _day_end("截止24时前", 2, 4), _day_end("全天24时在线", 2, 4)
    (True, True, False)
    """
    return text[s - 1 : s] == _DAY_END_BEFORE or text.startswith(_DAY_END_AFTER, e + 1) or text.endswith(_DAY_END_FROM, 0, s)


_FOLD = "倍"
_INCH = "寸"  # (二寸照片: a photo's size)
_TIER = "本"  # (三本院校: a tier of admission)
#: after a span of days or hours, 工作制 names a working-time system (五天工作制, 八小时工作制): a label
_WORK_SYSTEM = "工作制"
#: a half unit before it (五天半工作制: five and a half days a week)
_HALF_DAY = "半"
#: the measure words of a building's floors: after a negative sign they name a floor below ground
_FLOORS = frozenset("层楼")
#: the scales a run may be made of alone (千, 万, 千万, 百亿 …): never a number by itself (百姓,
#: 千年, 万人), a number where 余 counts it (千余家, 万余人次, 百余所) or a qualifier before it
#: (超千亿元, 近千个, 逾千万人次), each before a unit (checked after the tail: 万余 alone is no number)
_LONE_SCALES = frozenset("百千万亿")
_LONE_MAX = 2  # (千万, 百亿, 万亿: a scale written alone has at most two characters)
#: the qualifiers that count a lone scale (超千亿元: more than; 近千个: nearly)
_LONE_QUALIFIERS = frozenset(("超", "超过", "近", "将近", "接近", "逾", "突破", "约", "多达"))


def _lone_scale(text: str, s: int, e: int, run: str) -> RunReading | None:
    """The reading of a run of scales alone (千, 千万) counted by 余 after it or by a qualifier
    before it (千余家, 超千亿元, 逾千万人次), or maybe by a bound after its unit (亿元以上, 万人以上: the
    caller checks the unit), as if led by 一; None elsewhere (百姓, 千年, 千万不要, 成千上万, 上万人)."""
    if len(run) > _LONE_MAX or not all(ch in _LONE_SCALES for ch in run):
        return None
    if not _lone_counted(text, s, e) and not (
        P.LONE_BOUND.match(text, e) and text[s - 1 : s] not in _LONE_NOT_AFTER
    ):
        return None
    return read_run("一" + run)


#: what makes a lone scale before it no count even before a bound (上万人以上, 成千上万: words)
_LONE_NOT_AFTER = frozenset("上成数几好")


def _lone_counted(text: str, s: int, e: int) -> bool:
    """Is the lone scale ``text[s:e]`` counted by 余 after it or a qualifier before it (千余家,
    超千亿元)?"""
    if text[e : e + 1] in TAIL_LONE:
        return True
    if not s or text[s - 1] not in _TAB.pre_last:
        return False
    pre = P.pre_re().search(text, max(0, s - pre_window()), s)
    return pre is not None and pre["q"] in _LONE_QUALIFIERS


TAIL_LONE = frozenset("余餘")


def _run_atom(s: int, e: int, run: str, r: RunReading) -> Atom:
    """The atom of the run ``text[s:e]`` (*run*) read as *r*, before its unit and qualifiers
    (only what differs from Atom's defaults is set)."""
    a = Atom(s, e, r.low, r.high)
    a.run = run
    if not r.plain:
        a.form = r.form
        if r.approx:
            a.approx, a.exact, a.qual = True, r.exact, r.qual
        a.scale_char, a.has_big = r.scale_char, r.has_big
    return a



#: measure words after which a lone 二 (not 两, the count's form) is an ordinal or a class: 二轮
#: (the second round), 二类水 (class II water), 二次创业, 二号线, 二度 (a second time: LPR迎来二度报价),
#: 二本 (the second tier of university admission: 二本线, 二本院校; books are counted 两本), 二批次 (the
#: second batch of admission, as 二批)
ORDINAL_TWO_UNITS = frozenset(("轮", "批", "批次", "次", "类", "代", "档", "等", "号", "线", "度", "本"))
#: after a numeral, words that make it part of a name: 西湖十景, 宁夏二十一景 (numbered lists)
NAME_NEXT = ("景",)
#: the length of a year written digit by digit (一九九八年); three or more digits of another length
#: before 年 (二三五年, a slip for 二〇三五年) are left as written
DIGIT_YEAR_LENGTH = 4


def _percent_sign_after_digit(text: str, i: int) -> bool:
    """Is text[i] a percent sign after a digit (21%两年)? What 百分之二十一 before a glued 两 is
    written as: 两 kept there too, so the rewrite of 百分之二十一两年 (21%两年) reads the same again."""
    return text[i] in "%％‰‱" and i > 0 and text[i - 1].isdigit()


def _and_zero(text: str, i: int) -> bool:
    """Is text[i] a 零 meaning "and" (一年零两个月: after a unit, not after a numeral)?"""
    return text[i] in ZEROS and i > 0 and text[i - 1] not in CN_SET and not text[i - 1].isdigit()


def _admission_tier(run: str, text: str, pos: int) -> bool:
    """Is N本 before *pos* a tier of university admission (二本线, 三本院校; not 两本院校, 三本录取通知书)?"""
    return run in P.ADMISSION_TIERS and P.ADMISSION_TIER_AFTER.match(text, pos) is not None


def _kept_as_written(a: Atom, text: str, pos: int, kind: str | None, unit: str | None, ordinal: bool) -> bool:
    """Is the numeral part of a name or a numbering, found but kept as written? 第一章/第十条
    (laws), 二期/一季度/第十二届/三级医院, 第四次全国农业普查 and 第十次党代会 (events), 三号机组 and
    二号线 (designations), 二轮/二类 (ordinals), 十景 (numbered lists). A decimal names nothing
    (四点二级地震: a magnitude, rewritten)."""
    run = a.run
    if kind == LABEL or (unit in NAME_UNITS and (kind != "duration" or _quarters_named(a, text, unit)) and a.form != "decimal") or (ordinal and (unit in LAW_MARKERS or (unit == "次" and P.EVENT_NAME.match(text, pos)))):
        return True
    if unit in LAW_MARKERS and a.s and text[a.s - 1] == _FIRST_OF and not ordinal and text[a.s - 2 : a.s - 1] not in _FIRST_ENDS:
        return True  # 前两款, 前三条: the paragraphs or articles just before, a law's structure (as 前三季度)
    if ordinal and unit in _TERM_UNITS:
        return True  # 第一学期, 第二学年: a school year's terms are named as quarters are (第3学期 stays too)
    if unit == "个" and pos < len(text) and "0" <= text[pos] <= "9":
        return True  # 三个1亿人, 四个1: a count glued to digits is a formula's name
    if ordinal and unit == _PLACE and run == "一" and (text.startswith("的", pos) or text.endswith(_PUT_AT, 0, a.ns - 1)):
        return True  # 作为第一位的工作任务, 放在第一位: the first priority, said so (世界第一位: a rank, rewritten)
    if unit in YEAR_UNITS and (kind == LABEL or text.startswith(_SYSTEM, pos)):
        return True  # 九年制义务教育, 五年制高职, 三年行动: a school system's, a programme's name
    if unit == _YEAR_UNIT and text.startswith(_TERM_OF, pos) and text[pos + 1 : pos + 2] not in _TERM_NOT:
        return True  # 五年期以上, 十年期国债: a loan's or a bond's term, named as 一年期 is (三年期间 counts)
    if unit == _TIER and _admission_tier(run, text, pos):
        return True  # 三本院校, 二本线: a tier of admission (三本书 counts books)
    if unit == "号" and kind != "date":
        return True  # 三号机组, 中国环流三号: a designation (月五号 is a date)
    if unit in _VILLAGE_GROUPS and a.ns and text[a.ns - 1] == _VILLAGE:
        return True  # 东风村二组: a village's group named by its number (三组村民 alone counts)
    if (run == "二" or (kind == "ordinal" and unit == _CLASS_UNIT)) and not ordinal and unit in ORDINAL_TWO_UNITS:
        return True  # (二类, 二轮: the second; 三类 in a list of classes after 二类: the third, kept as 二类 is)
    if unit in YEAR_UNITS and 2 < len(run) != DIGIT_YEAR_LENGTH and all(ch in CN_DIGIT_SET for ch in run):
        return True
    return unit is None and text.startswith(NAME_NEXT, pos)


def _quarters_named(a: Atom, text: str, unit: str) -> bool:
    """Is the span of quarters *a* written as the quarters are, the numeral right before 季度
    (前三季度, 前两季度: kept as written, as 一季度 and 三季度 are, so a text never writes 前3季度
    beside 一季度; 三个季度 counts with 个 and is rewritten like 三个月)?"""
    return unit == QUARTER and text.startswith(QUARTER, a.ne)


#: N年期 names a loan's, a deposit's or a bond's term (一年期, 五年期以上, 十年期国债): kept as written, as
#: 一年期 (a lone 一) is, so a text never writes 5年期 beside 一年期; before these 期 starts another word
#: (三年期间, 五年期满, 三年期限: counts of years, rewritten)
_YEAR_UNIT, _TERM_OF = "年", "期"
_TERM_NOT = frozenset("间内满限")
#: 第一位 before 的 or after a verb of putting (第一位的工作任务, 把人民利益放在第一位): the first
#: priority, an idiom kept as written; 世界第一位, 第三位 are ranks, rewritten as ordinals are
_PLACE = "位"
_PUT_AT = ("放在", "摆在", "放到", "摆到", "置于", "列在")  # (排在第一位 ranks)
#: the numerals a run that starts with 两 may be glued to (一九八二两年, 二十两年, 三百两年: the run
#: before it ends there, so 两 is written so, no digit of it: 3002年 would read as a year); after
#: 万 and 亿 a count starts (5万亿两个台阶 -> 5万亿2个台阶)
_GLUE_BEFORE_TWO = CN_DIGIT_SET | frozenset("十拾廿卅卌百佰千仟")
#: the terms and years of a course of study: an ordinal before them (第一学期, 第二个学期, 第三学年)
#: names one, kept as written like 第四季度 (三个学期, 两个学年 count and are rewritten)
_TERM_UNITS = frozenset(("学期", "学年", "学年度"))
#: a village's production groups, numbered right after its name (东风村二组, 红旗村三社: labels)
_VILLAGE = "村"
_VILLAGE_GROUPS = frozenset(("组", "社"))
#: the units :func:`_kept_as_written` looks at (with another unit it keeps only a label or an ordinal)
_KEPT_UNITS = NAME_UNITS | YEAR_UNITS | ORDINAL_TWO_UNITS | _TERM_UNITS | _VILLAGE_GROUPS | LAW_MARKERS | {"个", "号"}
#: sequences a lone 二 (not the counting 两) names a place in, as 第二 does: 二轮延包 (the second
#: round), 二批 and 二批次 (the second batch, 本科二批次: of admission), 二类水 (class II); 分二批 counts
#: (:data:`_COUNT_BEFORE`)
_SECOND_UNITS = frozenset(("轮", "批", "批次", "类"))
_ROUND = "轮"
#: after N轮, what makes it a vehicle's class by its wheels (三轮车, 二轮摩托车, 四轮驱动): a label
_WHEELED = ("车", "摩托", "汽车", "电动", "驱动", "机动")
#: before N类 or N批, the words that make it a count (分为二类, 分成二批: divided into two)
_DIVIDED_INTO = ("分为", "分成", "分作")
#: the units after which a numeral may name (:func:`_name_kind`)
_LABELLED = frozenset((SESSION, "号", "期", LEVEL)) | _SECOND_UNITS
#: the numbers of a project's phases (二期, 三期: a lone digit; 两 counts: 分两期)
_PHASE_DIGITS = frozenset("二三四五六七八九")
#: before N期, what makes it a count of sessions or issues (举办三期, 出了三期, 分三期, 每三期)
_COUNT_BEFORE = frozenset("办了出分共每")


#: the units after which a year names a cohort (2026级: entering in 2026; 2025届: graduating in 2025)
_COHORT_UNITS = frozenset((LEVEL, SESSION))
#: the years a four-digit number that names something is read as (a cohort's 2026级; a name's
#: 2025全球工业互联网大会: :func:`.scanner._glued_label`)
NAMED_YEAR_MIN, NAMED_YEAR_MAX = 1900, 2099


#: after N级, the steps it counts (1999级台阶, 2000级石阶: a count, however like a year the number is)
_STEPS = ("台阶", "石阶", "阶梯", "踏步", "阶")


def _cohort_year(a: Atom, run: str) -> bool:
    """Is *run* a year written digit by digit (four Arabic or Chinese digits, 1900-2099: 2026,
    二〇二六), the shape of a cohort's name before 级 or 届?"""
    return (
        len(run) == DIGIT_YEAR_LENGTH
        and (run.isdigit() or all(ch in CN_DIGIT_SET for ch in run))
        and a.low == a.high
        and NAMED_YEAR_MIN <= a.low <= NAMED_YEAR_MAX
    )


#: a list of classes, each a lone numeral before 类 (一类、二类、三类地区, 三类和四类, Ⅱ类、三类): the items after its joiners
_CLASS_UNIT = "类"
_LIST_JOINERS = frozenset("、和及与或")
#: the lone numerals a class is named by (一 … 九, and the Roman Ⅰ … Ⅻ of a grade), and those that make the numeral no
#: lone one before it (十三类: thirteen)
_CLASS_NUMERALS = frozenset("一二三四五六七八九") | frozenset(chr(P.ROMAN_FIRST + i) for i in range(P.ROMAN_COUNT))
_NUMERAL_BEFORE = CN_SET | frozenset("0123456789")


def _class_rank(ch: str) -> int:
    """The number of a class's lone numeral (三 and Ⅲ: 3)."""
    return "一二三四五六七八九".index(ch) + 1 if ch in "一二三四五六七八九" else ord(ch) - P.ROMAN_FIRST + 1


def _lone_class_at(text: str, i: int) -> bool:
    """Is text[i] a lone numeral naming a class, no digit of a longer numeral before it?"""
    return 0 <= i < len(text) and text[i] in _CLASS_NUMERALS and (i == 0 or text[i - 1] not in _NUMERAL_BEFORE)


def _class_list_item(run: str, text: str, start: int, pos: int, unit: str) -> bool:
    """Is the lone numeral *run* before 类 (at *start*, 类 ending at *pos*) an item of a list of classes: another lone
    numeral and 类 right before it across a joiner, or right after it (二类、三类地区, 一类、二类、三类, Ⅱ类和三类, 三类、四类:
    the third class, as 二类 is the second; a count of classes is not listed so), or an item of a list whose items carry
    a quantity, the class before it or after it of the same word (:func:`_class_item_beside`: 一类课程十二门、二类课程二十门、
    三类课程三十五门, 三类课程十二门、四类课程二十门)? Not 十三类、十四类 (no lone numerals), 三类和四个 (another unit), 分为三类、四类
    nor 这三类、四类 (counts, the first after a word of dividing or a demonstrative: these three kinds) nor 三类人群、四类场所
    (kinds of two words)."""
    if unit != _CLASS_UNIT or len(run) != 1 or run not in _CLASS_NUMERALS:
        return False
    k = start - 1 - len(unit)
    if start and text[start - 1] in _LIST_JOINERS:
        if text.startswith(unit, k) and _lone_class_at(text, k - 1):
            return not _list_counted(text, k - 1)  # (分为三类、四类, 这三类、四类)
        if _class_item_beside(text, start, pos, before=True):
            return True
    if _list_counted(text, start):
        return False
    if text[pos : pos + 1] in _LIST_JOINERS and _lone_class_at(text, pos + 1) and text.startswith(unit, pos + 2):
        return True
    return _class_item_beside(text, start, pos, before=False)


#: the demonstratives before a count of kinds (这三类, 那两类, 此三类, 该四类: these three kinds)
_DEMONSTRATIVES = frozenset("这那此该")


def _list_counted(text: str, i: int) -> bool:
    """Does a list's first numeral at *i* count (after 共, 分, a word of dividing or a demonstrative: 分为三类、四类,
    这三类和四类)?"""
    return i > 0 and (text[i - 1] in _COUNT_BEFORE or text[i - 1] in _DEMONSTRATIVES or text.endswith(_DIVIDED_INTO, 0, i))


def _class_item_beside(text: str, start: int, pos: int, before: bool) -> bool:
    """Does an item of a list of classes carrying a quantity stand right before the class at *start* (its 类 ending at
    *pos*; *before*) or right after it, the class before or after it in rank, of the same word (the noun up to the
    item's number: 一类区三个、二类区五个, 二类地区补助四百元、三类地区补助三百元; :data:`~.patterns.CLASS_ITEM_BEFORE`)?"""
    word = P.CLASS_WORD.match(text, pos)
    if word is None:
        return False
    if before:
        m = P.CLASS_ITEM_BEFORE.search(text, max(0, start - P.CLASS_ITEM_BACK), start)
        return m is not None and m["w"] == word[0] and _class_rank(m["n"]) + 1 == _class_rank(text[start])
    m = P.CLASS_ITEM_AFTER.match(text, pos)
    if m is None or _class_rank(m["n"]) != _class_rank(text[start]) + 1:
        return False
    other = P.CLASS_WORD.match(text, m.end())
    return other is not None and other[0] == word[0]


def _name_kind(a: Atom, text: str, start: int, pos: int, unit: str, r: RunReading) -> str:
    """The kind of a count of 届, 号, 期 or 级 that may name: a session named by its number in
    Chinese numerals before its body (五届人大, 十届三中全会, 省委八届历次全会: a name, as the
    protected 十一届 … 二十届 are; 3届商博会 counts), a designation (2号线, 三号机组, 598号决议: a
    label), a project's phase (机场三期, 二期工程: an ordinal, as 第二期 is) and a grade (三级医院,
    二级标准, 二级以上: an ordinal; 省市县三级 counts levels) are no counts; nor are a lone 二 before
    轮, 批 or 类 (二轮延包, 二类水: the second, an ordinal; 两轮 counts) and a vehicle named by its
    wheels (三轮车, 二轮摩托车: a label). A year before 级 or 届 names a school's cohort (2026级新生,
    2025届毕业生, 二〇二六级: kind year, kept as written), no count of grades or sessions, except
    where steps follow 级 (1999级台阶: a count)."""
    run = a.run
    if unit in _COHORT_UNITS and _cohort_year(a, run) and not (unit == LEVEL and text.startswith(_STEPS, pos)):
        return "year"  # (1999级台阶 counts steps)
    if unit in _SECOND_UNITS:
        if unit == _ROUND and text.startswith(_WHEELED, pos):
            return LABEL
        counted = (start > 0 and text[start - 1] in _COUNT_BEFORE) or text.endswith(_DIVIDED_INTO, 0, start)
        return "ordinal" if (run == "二" or _class_list_item(run, text, start, pos, unit)) and not counted else "count"
    if unit == LEVEL:
        grade = not r.arabic_only and run[0] not in "两兩" and (
            P.GRADE_HEAD.match(text, a.ne + 1) or P.GRADE_LIST_HEAD.match(text, a.ne + 1))
        return "ordinal" if grade else "count"  # (县、社两级医院: 两 counts levels)
    if unit == "号":
        return LABEL  # (月五号 is a date, 第3号 an ordinal: neither comes here; 令第708号 is protected)
    if unit == SESSION:
        return LABEL if not r.arabic_only and P.SESSION_BODY.match(text, pos) else "count"
    if run in _PHASE_DIGITS and (not start or text[start - 1] not in _COUNT_BEFORE):
        return "ordinal"
    return "count"


def _programme(text: str, start: int, pos: int) -> bool:
    """Is N年 (at *start*, 年 ending at *pos*) the label of a programme named by its span (三年行动,
    十年规划)? Not the last item of a list of years (一九八一和一九八二两年计划: two annual plans).

    >>> _programme("实施三年行动", 2, 4), _programme("一九八二两年计划", 4, 6)
    (True, False)
    """
    if start and (text[start - 1] in CN_DIGIT_SET or text[start - 1].isdigit()):
        return False
    return P.PROGRAMME_HEAD.match(text, pos) is not None


#: a version's number: one digit, then ".0" (2.0, 4.0), glued to a name's text on both sides
_VERSION_LEN, _VERSION_TAIL = 3, ".0"
#: before or after such a number, the words of a measured value, not a name: a copula or a verb
#: (为2.0, 达到5.0), 的 or a range's 至 after it (a qualifier, 5.0以上, makes it a value too)
_NO_VERSION_BEFORE = frozenset("为是达到至于约近比和或及与均超过升降长")
_NO_VERSION_AFTER = frozenset("的之至到")
#: the punctuation that may end a version's name (首发经济3.0、商业品牌)
_VERSION_END = frozenset("、，。；”》")


def _version(text: str, start: int, pos: int) -> bool:
    """Is the bare number N.0 at ``text[start:pos]`` a version's label: glued to a name's Han text
    before and after it (开放2.0任务, 政府2.0建设; 工业4.0 after a letter is an identifier already)?"""
    if not start:
        return False
    prev, nxt = text[start - 1], text[pos : pos + 1] or "。"  # (the text's end ends the name)
    return (
        han_word(prev)
        and prev not in _NO_VERSION_BEFORE
        and (han_word(nxt) or nxt in _VERSION_END)
        and nxt not in _NO_VERSION_AFTER
    )


_FOLK_DAY_STOPS = frozenset(P.FOLK_DAY_STOPS)
#: a unit after a month and a day that counts no number of its own there: a count of months right
#: after a month's name is never meant (八月十五月饼: the day, then 月饼)
_NO_COUNT_AFTER_MONTH = frozenset(("月",))


#: a school's class, and the grades whose classes are named by a number right after them (二年级三班,
#: 七年级2班, 高三三班, 初二五班, 大一三班)
_CLASS = "班"
_GRADE_LEVELS = frozenset("高初大")
_GRADE_NUMBERS = frozenset("一二三四")


def _after_grade(text: str, start: int) -> bool:
    """Does a grade's name end at *start* (年级, 高一 … 高三, 初一 … 初三, 大一 … 大四)?"""
    return text.endswith("年级", 0, start) or (
        start >= 2 and text[start - 2] in _GRADE_LEVELS and text[start - 1] in _GRADE_NUMBERS
    )


def _folk_day_end(text: str, e: int) -> bool:
    """Does a day in Chinese numerals after a month, ending at *e*, end a day named without 日
    (八月十五, 九月九重阳节, 八月十五月饼)? Not before 日/号, a connector, a numeral or a unit
    that counts it (九月九日, 三月五至七日, 一月三次: a date's day or a count)."""
    if text[e : e + 1] in _FOLK_DAY_STOPS:
        return False
    u = P.unit_word_re().match(text, e) if text[e : e + 1] in unit_firsts() else None
    return u is None or u.group() in _NO_COUNT_AFTER_MONTH


def _finish(a: Atom, text: str, span: tuple[int, int, int], kind: str | None, unit: str | None,
            ordinal: bool, r: RunReading, run_low: Decimal) -> Atom | None:  # fmt: skip
    """Decide the kind of the atom (a time word's reading, an ordinal, a bare number) and its
    rewrite pieces."""
    run = a.run
    start, pos, neg = span
    if kind == "time-unit":
        kind, unit = _time_kind(a, text, (start, pos), unit, run, ordinal)
        if unit in YEAR_UNITS and text.startswith(_DECADE, pos) and not text.startswith("代表", pos):
            kind = DECADE  # 五十年代, 90年代: a decade's name (rewritten, never found)
    if kind == "date" and unit is None and not r.arabic and a.date is not None and a.date.day is None and not (
            text[start - 1 : start] == _YEAR and start >= 2 and _numeral_at(text, start - 2)):
        # (一九八二年八月二十一: a calendar date cut short; 今年八月一 is a day named without 日)
        folk = P.FOLK_DAY.match(text, pos)
        day = int(_np.parse_value(folk["n"])[0]) if folk is not None else 0
        if 0 < day <= MAX_DAY and _folk_day_end(text, folk.end()):  # type: ignore[union-attr]
            a.date = PartialDate(None, a.date.month, day)  # 八月十五, 九月九: a date kept as written (the
            pos, a.exact, a.kept = folk.end(), False, True  # calendar, lunar or not, is not said)
    if ordinal:
        kind = "ordinal"  # 第三届, 第二期
    elif unit in _LABELLED and kind == "count":
        kind = _name_kind(a, text, start, pos, unit, r)
    elif unit == _CLASS and kind == "count" and text[start] != "两" and _after_grade(text, start):
        kind = LABEL  # 二年级三班, 高三三班: a class of a grade, named by its number (no count of classes;
        # 两 names none: 一年级两班学生 counts two)
    elif unit == _INCH and P.PHOTO_AFTER.match(text, pos):
        kind = LABEL  # 二寸免冠照片, 1寸彩照: a photo's standard size (2.5 by 3.5 cm for 一寸), no length
    elif unit in YEAR_UNITS and text.startswith(_SYSTEM, pos):
        kind = LABEL  # 九年制义务教育, 五年制高职, 五年一贯制: a school system's name, no span of years
    elif kind == "duration" and text.startswith(_WORK_SYSTEM, pos + text.startswith(_HALF_DAY, pos)):
        kind = LABEL  # 五天工作制, 八小时工作制, 五天半工作制: a working-time system's name, no span of days or hours
    elif r.long_readout and kind in _READOUT_KINDS:
        kind = LABEL  # 七〇二所, 八三四一部队, 五六七年级: a name or a list read out digit by digit (七百零二 counts)
    elif unit == _TIER and kind == "count" and _admission_tier(run, text, pos):
        kind = "ordinal"  # 二本线, 三本院校: a tier of admission (the second, the third), no count of books
    elif kind == "duration" and unit == "年" and _programme(text, start, pos):
        kind = LABEL  # 治本攻坚三年行动, 十年规划纲要: a programme's name, no span of years
    if (
        text.startswith(NAME_NEXT, pos)
        if unit is None and not ordinal  # (a bare number: the one test of _kept_as_written that applies)
        else (ordinal or kind == LABEL or unit in _KEPT_UNITS) and _kept_as_written(a, text, pos, kind, unit, ordinal)
    ):
        a.exact = False
        a.kept = True  # (the numerals beside it are kept too: scanner.one_writing)
    elif run[0] in "两兩" and start and (text[start - 1] in _GLUE_BEFORE_TWO or text[start - 1].isdigit()
                                        or _percent_sign_after_digit(text, start - 1)) and not _and_zero(text, start - 1):
        a.exact = False  # 一九八二两年, 二十两年: 两 glued to a numeral is written so (1982两年, not 19822年)
    if kind is None:
        if r.arabic and len(run) == _VERSION_LEN and run[1:] == _VERSION_TAIL and not a.approx and _version(text, start, pos):
            kind = LABEL  # 数字政府2.0建设, 扩大开放3.0方案: a version's label (as 3.0版), no decimal
    if kind is None:
        a.weak = len(run) == 1 and not r.arabic_only  # (a single Chinese numeral)
        if a.form == "int" and a.low is not r.low and a.low != a.low.to_integral_value():
            a.form = "decimal"
        kind = "integer" if a.form == "int" else "decimal"
    elif run == "一" and kind in ("count", "duration") and not text.startswith("零", pos) and a.low is run_low and a.qual != _MORE:
        return None  # (一年零三个月: a count, read with the count after it; 一年半 is 1.5 years, 一年多 1 to 2)
    elif run == "一" and unit == _FOLD and a.low is run_low:
        a.exact, a.kept = False, True  # 一倍以上五倍以下, 增长一倍: once (no article), kept as written
    elif run == "一" and kind == "money" and text[pos - 1] in _MONEY_TAIL and text[a.ne] in _FEN_SCALES:
        a.exact, a.kept = False, True  # 一角钱, 一毛钱: money, kept as written like 一倍
    a.kind, a.unit = kind, unit
    a.s, a.e = start, pos
    if not r.arabic_only or a.pieces:  # (an Arabic run has none)
        _pieces(a, text, a.ns, a.ne, r, run_low, neg)
    return a


def cache_clear() -> None:
    """Forget the cached run readings (tests)."""
    read_run.cache_clear()


#: the time units of a half unit written alone, as the finder names them (半个小时: 小时; 半个多月:
#: 个月)
_HALF_UNITS = {"年": "年", "个月": "个月", "个小时": "小时", "小时": "小时", "天": "天", "月": "个月"}
#: the qualifier 多 after a half unit (半年多, 半个多月: more than half, less than the whole unit)
_MORE = "多"
#: what before 半 makes it part of something else: a period of the calendar (上半年, 下半年, 前半年,
#: 后半年), most of a unit (大半年, 多半天), or half after a number and its unit (一年半年, 一个半小时)
_NOT_BEFORE_HALF = frozenset("上下前后大多个年月日天时点分") | CN_SET | frozenset("0123456789")
#: the words of duration before a half unit that make it a span whatever follows (每半年进行一次,
#: 为期半年, 提前半年以书面形式, 可以延长半年)
_HALF_SPAN_BEFORE = ("每", "为期", "期为", "期限为", "延长", "提前", "历时", "长达", "用了", "满")


def half_spans(text: str) -> list[Atom]:
    """Half a unit of time written alone, a span with no numeral to rewrite (kind duration, kept as
    written): 为期半年 (0.5 年), 半个月内, 不少于半小时, 每半年. A word of duration or a qualifier
    before it, or what ends a span after it (内, 以上, 后, 来, 时间, a clause's end), says it is one;
    上半年 and 下半年 (periods of the calendar), 大半年, 半个月亮, 半年度 and 半小时生活圈 are none.
    多 after the half (半年多, 半个多月) makes it an interval up to the whole unit (0.5 to 1).

    >>> [(a.s, a.e, str(a.low), a.unit, a.qual) for a in half_spans("为期半年，上半年，不少于半小时的培训")]
    [(2, 4, '0.5', '年', None), (9, 15, '0.5', '小时', '不少于')]
    >>> [(a.s, a.e, str(a.low), a.high, a.unit, a.qual) for a in half_spans("历时半年多，半个多月后")]
    [(2, 5, '0.5', 1, '年', '多'), (6, 10, '0.5', 1, '个月', '多')]
    """
    out = []
    for m in P.HALF_SPAN.finditer(text):
        s, e = m.span()
        more = m["more2"] or (m["more"] and not P.unit_word_re().match(text, e))
        if m["more"] and not more:
            e -= 1  # 每半年多次检查: 多 counts the checks
        if s and text[s - 1] in _NOT_BEFORE_HALF and not text.endswith(_HALF_SPAN_BEFORE, 0, s):
            continue  # (提前半年, 历时半年: a word of duration that ends in 前 or 时)
        pre = P.pre_re().search(text, max(0, s - pre_window()), s) if s else None
        qual = pre["q"] if pre is not None and pre["q"] else None
        if qual == _NEAR and _recent(text, pre.start(), e):  # type: ignore[union-attr]
            qual = None  # 近半年来: the last half year
        if not (qual or text.endswith(_HALF_SPAN_BEFORE, 0, s) or P.HALF_SPAN_AFTER.match(text, e)):
            continue
        a = Atom(s, e, HALF, HALF)
        a.kind, a.form, a.unit, a.exact, a.kept = "duration", "decimal", _HALF_UNITS[m["u"] or m["u2"]], False, True
        if more:
            a.high, a.qual, a.approx = 1, _MORE, True  # 半年多: from half the unit to the whole one
        if qual:
            a.s, a.qual, a.approx, a.pre_q = pre.start(), qual, True, True  # type: ignore[union-attr]
        a.e = post_qualifier(a, text, e)
        out.append(a)
    return out


#: after 翻N番, 多 before a clause's end or a word's start (:data:`_AFTER_MORE`) makes it more than that factor
_MORE = "多"


def doublings(text: str) -> list[Atom]:
    """Doubling written as 翻N番 (翻一番: doubled, 翻两番: quadrupled; 翻了一番): a multiple whose value is
    the factor 2**N (unit 倍, as 是去年的两倍 is 2), kept as written (翻1番 is no way to write it).

    >>> [(a.s, a.e, a.low, a.unit) for a in doublings("比2020年翻一番，产值翻了两番")]
    [(6, 9, 2, '倍'), (12, 16, 4, '倍')]
    >>> [(a.e, a.qual) for a in doublings("力争翻两番以上，翻了近一番")]
    [(7, '以上'), (13, '近')]
    """
    out = []
    for m in P.DOUBLING.finditer(text):
        factor = 2 ** _np.DIGITS[m["n"]]  # (the times 翻N番 doubles: 一 to 五)
        a = Atom(m.start(), m.end(), factor, factor)
        a.kind, a.unit, a.exact, a.kept = "multiple", "倍", False, True
        if m["q"]:
            a.qual, a.approx = m["q"], True  # 翻了近两番: nearly quadrupled
        elif text.startswith(_MORE, m.end()) and text[m.end() + 1 : m.end() + 2] in _AFTER_MORE:
            a.high, a.qual, a.approx = factor + 1, _MORE, True  # 翻了一番多: 2 to 3 倍, as 两倍多 is
            a.e = m.end() + 1
            out.append(a)
            continue
        a.e = post_qualifier(a, text, m.end())  # (翻两番以上, 翻一番左右)
        out.append(a)
    return out
