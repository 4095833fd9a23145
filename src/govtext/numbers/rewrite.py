"""``numbers_to_digits``: the Chinese numerals of the final mentions rewritten to Arabic digits.

Each atom carries the edits (start, end, digits) of its exact Chinese numerals; merged dates and
ranges keep their parts' edits. Only those edits are applied, so units, qualifiers and all other
text stay as written.
"""

from __future__ import annotations

from .. import _re as re
from .._charfreq import association
from .._util import lazy, splice
from .lexicon import CN_NUM_SET, han_word, nonquantity, unit_firsts
from .spans import WORD_PAIR_ASSOCIATION
from .types import Atom

Edit = tuple[int, int, str]


#: the months' numerals a list of months may hold before 、 (三、四月, 十一、十二月)
_MONTHS = {n: str(i) for i, n in enumerate("一二三四五六七八九十", 1)} | {"十一": "11", "十二": "12"}
#: what may not stand before a list of months: a numeral, 第 (第一、二月), a line break (三、 starting a
#: line is read as an outline marker: such a list stays as written)
_CN_MONTH_CHARS = frozenset("一二三四五六七八九十〇零两百千第\n\r\u2028")


def month_list(a: Atom, text: str) -> list[Edit]:
    """The edits of the months listed before a month written alone (三、四月 -> 3、4月: both months,
    as a year's list is rewritten whole); none when what stands before 、 is no list of months or
    the list starts the text or a line."""
    out: list[Edit] = []
    s = a.s
    while s >= 2 and text[s - 1] == "、":
        for k in (2, 1):
            j = s - 1 - k
            if j > 0 and text[j:s - 1] in _MONTHS and text[j - 1] not in _CN_MONTH_CHARS:
                out.append((j, s - 1, _MONTHS[text[j:s - 1]]))
                s = j
                break
        else:
            return []
    return out


#: units a lone 一 stands before unread (一年, 一天, 一倍, 一人): a count in that unit right after it
#: would leave the phrase half rewritten (page tabs 一天 三天 一周, 一年或者三年)
_LONE_ONE_UNITS = frozenset(("年", "日", "天", "倍", "人", "个月", "周", "次", "名", "家", "岁", "亩", "元", "米", "公里"))
#: what may stand between that lone 一 and the count: blanks, joining and comparing words
#: (一年或者三年, 超过一亩但不超过二亩)
_LONE_ONE_GAP = re.compile("(?:以上|以下|或者|或|和|与|至|到|但|而|不足|不满|未满|不超过|超过|低于|高于|不少于|少于|多于|[ \u3000\t\r\n])*")
#: the two sides of one threshold or exchange, the first a lone 一 (the pair is never half
#: rewritten): a threshold, what it counts and an alternative (一人以上死亡或者三人以上重伤), an
#: exchange verb and what the second side counts (留置一日折抵管制二日); no numeral or clause mark
#: between
_PAIR_OBJECT = "[^\\W\\d一二两三四五六七八九十百千万亿，。；：、]"
_LONE_ONE_PAIR_GAP = re.compile(
    f"(?:以上|以下){_PAIR_OBJECT}{{1,4}}?(?:或者|或|以及|及|和|并且)|(?:折抵|折合|折算|相当于|抵){_PAIR_OBJECT}{{0,4}}"
)
#: how far before the count that lone 一 may stand
LONE_ONE_BACK = 10
#: what, before 一, makes it part of a word (统一, 同一, 每一, 第一) or of a larger numeral (the last
#: digit of a year written digit by digit: 一七一一年七年 is a year and a span, no lone 一年), or a
#: date's day (三月一日 is the first of a month, rewritten 3月1日: no lone 一日 either)
_ONE_WORD_BEFORE = frozenset("统同唯单专逐之其不划整合归进第每这那任万十百千零〇一两二三四五六七八九月")


def lone_one_before(a: Atom, text: str) -> bool:
    """Does a lone 一 of the same unit stand right before *a*, across blanks or joining and
    comparing words (page tabs 一天 三天 一周, 一年或者三年, 超过一亩但不超过二亩), or as the other side
    of one threshold or exchange (一人以上死亡或者三人以上重伤, 一日折抵管制二日)? Then *a* keeps its
    writing with it.

    >>> from govtext.numbers import numbers_to_digits
    >>> numbers_to_digits("致一人以上死亡或者三人以上重伤"), numbers_to_digits("一人死亡，三人以上受伤")
    ('致一人以上死亡或者三人以上重伤', '一人死亡，3人以上受伤')
    """
    u = a.unit
    if u not in _LONE_ONE_UNITS:
        return False
    probe = f"一{u}"
    lo = max(0, a.s - LONE_ONE_BACK - len(probe))
    j = text.rfind(probe, lo, a.s)
    while j >= 0:
        g = j + len(probe)
        if (_LONE_ONE_GAP.fullmatch(text, g, a.s) or _LONE_ONE_PAIR_GAP.fullmatch(text, g, a.s)) and (
            j == 0 or text[j - 1] not in _ONE_WORD_BEFORE
        ):
            return True
        j = text.rfind(probe, lo, j)
    return False


#: how many characters of a word may stand between a count and the lone 一 of its unit after it
#: (四张清单一张网: 清单)
LONE_ONE_AHEAD = 4
_LONE_ONE_AHEAD_GAP = re.compile(f"{_PAIR_OBJECT}{{1,{LONE_ONE_AHEAD}}}")
#: before such a 一: what makes it an ordinal's or a determiner's (第一个, 每一张, 这一项), no lone 一 (a word's
#: last character, 清单一张网, 中心一个, is the word the count counts)
_ORDINAL_BEFORE_ONE = frozenset("第每这那其零〇")
#: after such 一 and its measure word, what makes it a distributive or a negated whole (一个比一个严重,
#: 一个不少, 一个也没来, 一个都不能少, 一个接一个), no slogan's word: the count before it is rewritten
_DISTRIBUTIVE_AFTER_ONE = frozenset("比不也都接")


def lone_one_after(a: Atom, text: str) -> bool:
    """Does a lone 一 of the same measure word follow the count *a* right after the word it counts
    (四张清单一张网, 三个中心一个平台: a slogan's numbered words, the second led by a lone 一 that is never
    rewritten)? Then *a* keeps its writing with it (4张清单一张网 would half rewrite the phrase).

    >>> from govtext.numbers import numbers_to_digits
    >>> numbers_to_digits("四张清单一张网，三个中心一个平台，三张清单，一张网")
    '四张清单一张网，三个中心一个平台，3张清单，一张网'
    """
    u = a.unit
    if a.kind != "count" or not u or a.e - a.s != 1 + len(u):
        return False
    j = text.find(f"一{u}", a.e + 1, a.e + LONE_ONE_AHEAD + 1 + len(u))
    k = j + 1 + len(u)
    return (j > a.e and text[j - 1] not in _ORDINAL_BEFORE_ONE and text[k:k + 1] not in _DISTRIBUTIVE_AFTER_ONE
            and _LONE_ONE_AHEAD_GAP.fullmatch(text, a.e, j) is not None)


#: one-character numerals that lead a numbered word of a slogan (一城两区, 两降两升, 一轴两带三区)
_SLOGAN_NUMERALS = frozenset("一二两三四五六七八九十")
#: after such a numeral, position and function words: no slogan's word (五一前三天, 第一批后两年)
_SLOGAN_NOT = frozenset("前后内外上中下里间以来的是有和与或及等在了至到为每第共并")
#: the units that name a part of a spatial layout, the words such slogans number (一城两区, 一核两带,
#: 一轴三线); a measure word after a word of one (一式两份, 一行八人, 一连三天) counts copies, people, days
_LAYOUT_UNITS = frozenset("区园线带圈廊片轴城镇村")


@lazy
def _numeral_words() -> frozenset[str]:
    """The ordinary words of two characters with a numeral (一般, 一直, 一方: no slogan's word)."""
    return frozenset(w for w, _ in nonquantity() if len(w) == 2)


def slogan_pair_before(a: Atom, text: str) -> bool:
    """Is *a*, a one-character numeral and a unit naming a part of a layout (两区: see
    :data:`_LAYOUT_UNITS`), the next of a slogan's numbered words glued before it (一城两区, 一轴两带三区: a
    lone numeral and a word's character that is no unit)? The slogan then keeps its writing whole
    (一城2区 would half rewrite it; a numbered word after *a* keeps it already: 三区两线). Not after a
    rate's unit (一县两区: 县 is a unit), an ordinary word (一般两区), a position word (五一前三区) or a
    longer numeral (十一城), nor a count of other units (一式两份, 一行八人, 一日两次).

    >>> from govtext.numbers import numbers_to_digits
    >>> numbers_to_digits("推进一城两区建设，一轴两带三区，一式两份，一日两次，一般两区")
    '推进一城两区建设，一轴两带三区，一式2份，一日2次，一般2区'
    """
    s = a.s
    if s < 2 or a.e - s != 2 or a.unit not in _LAYOUT_UNITS or text[s] not in _SLOGAN_NUMERALS or text[s - 2] not in _SLOGAN_NUMERALS:
        return False
    x = text[s - 1]
    if not han_word(x) or x in _SLOGAN_NOT or x in unit_firsts() or (s >= 3 and text[s - 3] in CN_NUM_SET):
        return False
    return text[s - 2 : s] not in _numeral_words()


#: how far after a count led by 每 the lone 一 of its ratio may stand (每五所学校至少一名)
RATIO_SPAN = 10
_RATIO_GAP = re.compile(f"{_PAIR_OBJECT}*")


def ratio_with_lone_one(a: Atom, text: str) -> bool:
    """Is *a* one side of a ratio whose other side is a lone 一 before a measure word (每五所学校
    至少一名: per five schools, one inspector; 每五年一次)? The lone 一 is never rewritten, so *a*
    keeps its writing with it (a ratio is never half rewritten). Only a count led by 每, with the
    一 in the same clause, no other numeral between.

    >>> from govtext.numbers import numbers_to_digits
    >>> numbers_to_digits("每五所学校至少一名督学"), numbers_to_digits("每五所学校，一名督学")
    ('每五所学校至少一名督学', '每5所学校，一名督学')
    """
    s, e = a.s, a.e
    if not s or text[s - 1] != "每":
        return False
    i = text.find("一", e, e + RATIO_SPAN)
    return (
        i > 0
        and i + 1 < len(text)
        and text[i + 1] in unit_firsts()
        and text[i - 1] not in _ONE_WORD_BEFORE
        and _RATIO_GAP.fullmatch(text, e, i) is not None
    )


#: the words naming days or years one by one (today and tomorrow, this year and the next ...) that
#: a count right after them sums up: 今明两天, 今明两年, 明后两天, 昨今两日, 今明后三天
NAMED_DAYS = ("昨今", "今明", "明后")
#: the units such a count is in
_NAMED_DAY_UNITS = frozenset(("年", "天", "日"))


def sums_named_days(a: Atom, text: str) -> bool:
    """Is *a* a count of days or years that sums up the days or years named right before it
    (今明两年: this year and the next, two years)? It restates them, as a set phrase does, and keeps
    its writing (今明2年 would break the phrase); a span after other words is rewritten, and so is
    one after a word ending in the first named day (查明后三日内: after ascertaining, three days; the
    bundled character pairs tell such a word, as :func:`.spans.inside_word` reads them).

    >>> from govtext.numbers import numbers_to_digits
    >>> numbers_to_digits("今明两年完成，预计明后两天有雨"), numbers_to_digits("今后两年，查明后三日内")
    ('今明两年完成，预计明后两天有雨', '今后2年，查明后3日内')
    """
    if a.unit not in _NAMED_DAY_UNITS:
        return False
    for w in NAMED_DAYS:
        if text.endswith(w, 0, a.s):
            j = a.s - len(w)
            return not j or association(text[j - 1], text[j]) < WORD_PAIR_ASSOCIATION
    return False


def edits(atoms: list[Atom]) -> list[Edit]:
    """The rewrite's edits of the final atoms, in text order."""
    out = [p for a in atoms for p in a.pieces]
    out.sort()
    return out


def apply(text: str, atoms: list[Atom]) -> str:
    """*text* with the numerals of *atoms* written in digits."""
    pieces = edits(atoms)
    return splice(text, pieces) if pieces else text
