"""Every regex of the finder, built from the lexicon (compiled once, lazily).

The passes use the standard library ``re`` engine: for these patterns (each starting with a
character class or a literal) its first-character scan is several times faster than ``regex``.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from typing import Any

from .. import _re as re
from .._util import lazy, read_lexicon
from .lexicon import (
    AD,
    BIGS,
    CN,
    CN_DIGIT,
    CN_NUM_CLASS,
    CONN_CHARS,
    DASHES,
    PAIR_FIRST,
    PAIR_SECOND,
    POST_QUAL_WORDS,
    PRE_QUALIFIERS,
    QUALIFIER_WORD_HEADS,
    SPACE,
    YUE_YOU_HEADS,
    YUE_YOU_PAIR_HEADS,
    ZEROS,
    currencies,
    era_names,
    half_measures,
    half_words,
    name_heads,
    nonquantity,
    pre_currencies,
    unit_firsts,
    units,
)


def term_regex(terms: Iterable[tuple[str, str]], lead: str = "") -> str:
    """A trie-shaped alternation (fast in a backtracking engine) of (word, forbidden-next), the
    second a pattern the text after the word may not match ("" for none).

    The alternatives of a node start with distinct characters, so their order never changes a
    match; the engine tries them in turn, so the characters of *lead* come first (in its order),
    then the others by code point.

    >>> term_regex([("十一", ""), ("七一", ""), ("中央", "")], lead="十")
    '(?:十一|七一|中央)'
    """
    rank = {ch: i for i, ch in enumerate(lead)}
    trie: dict[str, Any] = {}
    for word, neg in terms:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = neg

    def build(node: dict[str, Any]) -> str:
        keys = sorted((ch for ch in node if ch), key=lambda ch: (rank.get(ch, len(rank)), ch))
        alts = [re.escape(ch) + build(node[ch]) for ch in keys]
        if "" in node:
            neg = node[""]
            alts.append(f"(?!{neg})" if neg else "")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return build(trie) if trie else "(?!)"


#: the first characters of the commonest measure words and units of official text (个, 年, 元,
#: 人 …): the unit pattern tries them first (a hint for speed; any order gives the same match)
COMMON_UNIT_FIRSTS = "个年元家人项届条月日次亩"
#: the degree sign and its look-alikes (°C, ºC, ˚C): a unit written with one ends before another Latin letter
#: (10°Celsius, 10°CA型号: a word or a model's name, no ℃)
DEGREE_SIGNS = "°º˚"
LATIN_LETTER = "[A-Za-z]"


@lazy
def unit_pattern() -> str:
    """A unit or currency word (the trie alternation, led by a class of their first characters)."""
    words = {*units(), *currencies()}
    firsts = "".join(sorted(unit_firsts()))
    terms = ((u, LATIN_LETTER if u[0] in DEGREE_SIGNS else "") for u in words)
    return f"(?=[{re.escape(firsts)}]){term_regex(terms, lead=COMMON_UNIT_FIRSTS)}"


@lazy
def unit_word_re() -> re.Pattern[str]:
    """A unit or currency word."""
    return re.compile(unit_pattern())


#: after a lone Chinese numeral (besides a unit's first character) a run candidate may still go on
SINGLE_NEXT_MORE = "至到-—–~～〜余餘多来%％‰‱(（"
#: what may follow a numeral's run: the approximating 余/多/来, a scale, a percent sign, a unit
TAIL_APPROX = ("余", "餘", "多", "来")


@lazy
def tail_re() -> re.Pattern[str]:
    """What follows a run: 余/多/来, a scale, a percent sign, a unit (each maybe after a blank:
    3 0 0 多个, 1 1 ％)."""
    return re.compile(
        rf"(?:[{SPACE}]?(?P<f>{'|'.join(TAIL_APPROX)}))?(?P<sc>[{BIGS}]*)(?:[{SPACE}]?(?P<pct>[%％‰‱]))?(?:[{SPACE}]?(?P<u>{unit_pattern()}))?"
    )


_RUN_NEXT = f"{CN}{AD}几幾点點分个{SPACE}"  # characters that may continue a run
#: 钱 after 分, 角 or 毛 makes them money (提高3分钱, 五角钱, 两毛钱)
MONEY_TAIL = "[钱錢]"
#: after a lone 一: a time word and 零 (一年零三个月: one year and three months, a count), a unit
#: and months after it (一年六个月: one span with them, as 一年零六个月), half of it (一年半, 一天半, 一倍半 where the word ends; 一个半小时, 一个半月)
#: and more of it where the word ends (一年多, 一个多月, 一个多小时, 一个多钟头: 1 to 2, as 两年多 is 2 to 3; 一年多次 counts 次), or 角 or 毛
#: before 钱 (一角钱, 一毛钱: money, kept as written like 一倍; 每一分钱都用在刀刃上 says every cent: no
#: amount); a measure's half also before the thing measured (一斤半猪肉, 一公顷半耕地: not 一斤半价, see
#: :func:`.lexicon.half_word_at`); the measures are :func:`.lexicon.half_measures`, as the reader's
_ONE_AND_MORE = (
    "(?:(?:年|个月|天|小时)零|年(?=(?:1[01]|[1-9]|十一?|[一二两三四五六七八九])个月)|[年天倍岁周]半(?=[的后来内以时前了，。、；：,;\\s]|\\Z)"
    "|(?:(?:年|天|周|岁|小时)多|个多(?:月|小时|钟头))(?=[的后来内以时前了，。、；：,;\\s]|\\Z)"
    "|{m}[多半](?=[的后来内以时前了高长宽深厚重远粗地，。、；：,;\\s]|\\Z)|{m}半(?=[\u4e00-\u9fff])(?!{w}|[\u4e00-\u9fff]半)"
    "|个半(?:月|小时|钟头|百分点)|[角毛][钱錢])"
)


@lazy
def one_and_more() -> str:
    """:data:`_ONE_AND_MORE` with its measures and the words 半 starts (as the lexicon lists them)."""
    m = term_regex((u, "") for u in half_measures())
    w = term_regex((word[1:], "") for word in half_words())
    return _ONE_AND_MORE.format(m=m, w=w)


@lazy
def one_and_more_re() -> re.Pattern[str]:
    """:func:`one_and_more`, compiled (what a lone 一 may stand before)."""
    return re.compile(one_and_more())


ONE_NEXT = "月至到-—–~～〜元倍"  # a lone 一 only counts before these (一月, 一至三年, 一元, 一倍)
_ONE_NEXT = ONE_NEXT.replace("-", "\\-")  # (in a character class)
#: formal digits that never follow an Arabic digit in a run (13005参数 is 13005, then a word)
_NOT_AFTER_ARABIC = "参參幺"
_CN_CONT = "".join(ch for ch in CN if ch not in "两兩" + _NOT_AFTER_ARABIC)
#: middle dots: between Arabic numbers they name a day (“4·11”森林火灾, 5·18国际博物馆日: an event
#: or a day named by its month and day, no quantity); before one or two digits and a percent sign
#: one stands for a decimal point (增长19·5％, as some reports are typeset)
MIDDLE_DOTS = "·・•‧∙⋅･"
#: two neighbouring digits joined by 、 are an approximate pair like 两三 (一、二年, 五、六个人,
#: 二、三百亿度: one or two years …) when the first is a lone digit that starts no outline item
#: and the second ends no list and names no month, quarter, grade, class or article (三、四月,
#: 一、二季度, 二、三级医院, 一、二、三类 and 第一、二款 are lists)
_PAIR_NEXT = "一二三四五六七八九"
_PAIR_JOINT = (
    "、(?:" + "|".join(f"(?<={a}、){b}" for a, b in pairwise(_PAIR_NEXT))
    + ")(?![、〇○零一二三四五六七八九两兩月日号季级类期届款项条章节编等档轮批代]|年级)"
)
_PAIR_START = rf"(?<![{CN}{AD}第\n\r\t \u3000。；;：:！!？?（(“\"【\[].)(?={_PAIR_JOINT})"
#: the characters a run's next character may be (what each alternative of :data:`_RUN_CONT` takes
#: first): tested once before the alternatives, it ends a run at one failed test
_RUN_CONT_FIRST = f"[{_CN_CONT}{AD}{_NOT_AFTER_ARABIC}两兩几幾.．,，{MIDDLE_DOTS} 点點分个{SPACE}、]"
_RUN_CONT = (
    # 两 after a scale continues a run only before another unit (三万两千), not before a measure
    # word (5万亿两个台阶: 5万亿, then 两个), never after an Arabic digit (1979、1980两年: a year,
    # then 两年), a ten (二十两: 22 is 二十二; 黄金二十两 is 20 taels) or a decimal's or a
    # fraction's digit (二十一点五两年, 五分之一两年); a full-width comma between digits only before a
    # group of three (3，860，000; 2014，2018年 and 12，15人 are lists of two numbers, while an ASCII
    # comma also joins a code's arguments, rgba(0,0,0,.5): no numbers); 个 only before 亿 (两个亿; 两个万亿元大关 and
    # 三个万亿级 count thresholds); a lone digit after 万/亿 before 个 is a count (9万亿三个台阶)
    rf"(?:(?={_RUN_CONT_FIRST})(?!(?<=[万亿萬億])[{CN_DIGIT}]个)(?:[{_CN_CONT}{AD}]|(?<![{AD}])[{_NOT_AFTER_ARABIC}]|(?<![万亿萬億千百仟佰十拾廿卅卌{AD}])(?<![{CN}点點之][{CN_DIGIT}])[两兩]|[两兩](?=[十百千万亿萬億])|[几幾]|(?<=[{AD}])(?:[.．,](?=[{AD}])|，(?=[{AD}]{{3}}(?![{AD}])))|[{MIDDLE_DOTS}](?<=[{AD}].)(?=[{AD}]{{1,2}}[%％])"
    # a number typeset with a blank after each digit (1 9 9 7 年, 7 0 ．8岁): a blank after a
    # single digit, before a single digit or a decimal point, and that point after such a blank
    # (each alternative led by its character: a run's end is found by one failed test each)
    rf"| (?<![{AD}][{AD}] )(?<=[{AD}] )(?=[{AD}](?![{AD}])|[.．][{AD}])|[.．](?<=[{AD}] .)(?=[{AD}])"
    rf"|[点點](?=[{CN_DIGIT}{AD}])|分之(?=[{CN}{AD}])|个(?=亿(?!级))|[{SPACE}](?=[{BIGS}])|(?=、)(?<=[{_PAIR_NEXT}])(?<![{CN}{AD}第].)(?={_PAIR_JOINT})、))*"
)


@lazy
def run_re() -> re.Pattern[str]:
    """The candidate runs: numeral characters, where a lone Chinese numeral must be followed by a
    unit's first character (or a connector, 余/多, a percent sign, a bracket).

    It starts with one plain character class (the engine then scans for candidates at C speed);
    the conditions on that first character are lookbehinds placed after it (an Arabic digit's
    first, then 一's under one test of it: the engine tries them in turn, and their order
    changes no match).
    """
    sn = re.escape("".join(sorted(unit_firsts())) + SINGLE_NEXT_MORE)
    rank = re.escape("".join(sorted(RANK_END)))  # (第N ending its word: maybe a rank, 排名第二，)
    cn_but_one = CN.replace("一", "")
    return re.compile(
        rf"[数几幾{AD}{CN}]"
        rf"(?:(?<=[{AD}])|(?<=一)(?:(?=[{_RUN_NEXT}{_ONE_NEXT}])|(?<=第一)(?=[{sn}{rank}]|\Z)|(?<=月一)(?=[日号])|(?=块{_JIAO_DIGIT})|(?=季度|{one_and_more()}))"
        rf"|(?<=[{cn_but_one}])(?=[{_RUN_NEXT}{sn}]|[角毛](?:{MONEY_TAIL}|{_JIAO_DIGIT}分)|(?<=第.)(?:[{rank}]|\Z))|(?<=[数几幾])(?=[十百千万亿萬億])|(?=、)(?<=[{_PAIR_NEXT}]){_PAIR_START}){_RUN_CONT}"
    )


@lazy
def quick_re() -> re.Pattern[str]:
    """Any numeral character, or 半 (half a unit of time written alone: 为期半年); texts without
    one have no mention."""
    return re.compile(f"[{CN}{AD}半{ROMAN_CHARS}]")


#: Roman numerals written as one character each (Ⅰ … Ⅻ) name a class or a grade before these (Ⅲ类水质,
#: Ⅳ级响应, 第Ⅲ阶段, Ⅲ期临床试验, Ⅱ度烧伤; not before 型: 银河Ⅱ型 is a model); in ASCII capitals (IV级) they
#: are left alone (letters: a code's as often)
ROMAN_FIRST, ROMAN_COUNT = 0x2160, 12
ROMAN_CHARS = f"{chr(ROMAN_FIRST)}-{chr(ROMAN_FIRST + ROMAN_COUNT - 1)}"
#: a list of classes whose items carry a quantity (一类课程十二门、二类课程二十门, 二类地区补助四百元、三类地区补助三百元): an item
#: is a lone numeral (``n``) and 类, its word (``w``: the noun up to the item's number, none of a clause's marks, a
#: joiner or a numeral's characters), maybe a quantity (a numeral, then its unit and qualifiers) and a joiner.
#: ``CLASS_WORD_MAX``: the longest word compared (区, 课程, 地区补助, 义务教育学校); ``CLASS_QUANTITY_MAX``: the longest
#: quantity with its unit (三十五门, 百分之十五, 一千二百元以上); the item before a class is searched in the
#: ``CLASS_ITEM_BACK`` characters before it: its numeral, 类, the word, the quantity and the joiner
CLASS_WORD_MAX, CLASS_QUANTITY_MAX = 8, 8
CLASS_ITEM_BACK = 2 + CLASS_WORD_MAX + CLASS_QUANTITY_MAX + 1
_CLASS_MARKS = r"、，,。；;：:\s"
_CLASS_JOINERS = "、和及与或"
_CLASS_NUMERAL = f"[一二三四五六七八九{ROMAN_CHARS}]"
_ITEM_NUMERAL = f"{CN_DIGIT}十百千万亿两兩廿{AD}"
_CLASS_WORD = rf"[^{_CLASS_MARKS}{_CLASS_JOINERS}{_ITEM_NUMERAL}]{{1,{CLASS_WORD_MAX}}}"
_CLASS_QUANTITY = rf"(?:[{_ITEM_NUMERAL}][^{_CLASS_MARKS}{_CLASS_JOINERS}]{{0,{CLASS_QUANTITY_MAX - 1}}})?"
#: the word after an item's 类, whole (no word character after it)
CLASS_WORD = re.compile(rf"{_CLASS_WORD}(?![^{_CLASS_MARKS}{_CLASS_JOINERS}{_ITEM_NUMERAL}])")
#: the item before the next one's numeral, led by a clause's or a list's mark (or the text's start), to be searched
#: with the next numeral's position as its end
CLASS_ITEM_BEFORE = re.compile(
    rf"(?:^|(?<=[{_CLASS_MARKS}（(]))(?P<n>{_CLASS_NUMERAL})类(?P<w>{_CLASS_WORD}){_CLASS_QUANTITY}[{_CLASS_JOINERS}]\Z")
#: after an item's 类: its word and quantity, the joiner and the next item's numeral and 类
CLASS_ITEM_AFTER = re.compile(
    rf"(?P<w>{_CLASS_WORD}){_CLASS_QUANTITY}[{_CLASS_JOINERS}](?P<n>{_CLASS_NUMERAL})类")
ROMAN_UNITS = "类|级|期|阶段|度"
_ROMAN = f"[{ROMAN_CHARS}]"
#: a grade or a range of them in Roman numerals with its unit (Ⅳ类, Ⅰ～Ⅲ类, Ⅰ—Ⅲ类)
ROMAN_GRADE = re.compile(
    f"(?P<a>{_ROMAN})(?:[ \u3000]?[—–\\-－~～〜至到][ \u3000]?(?P<b>{_ROMAN}))?(?P<u>{ROMAN_UNITS})"
)


@lazy
def pre_re() -> re.Pattern[str]:
    """A prefix right before a number: a qualifier (q: 约, 超过) or a currency (c: 人民币)."""
    # (the look-behind after the qualifier's first character: a literal-led branch keeps the
    # pattern's first-character scan)
    quals = [f"{q[0]}(?<![{QUALIFIER_WORD_HEADS[q[0]]}]{q[0]}){q[1:]}" if q[0] in QUALIFIER_WORD_HEADS else q
             for q in PRE_QUALIFIERS]  # fmt: skip
    pair_heads = "".join(f"(?<!(?<![{before}]){head}约)" for head, before in YUE_YOU_PAIR_HEADS.items())
    quals[PRE_QUALIFIERS.index("约有")] = f"约(?<![{QUALIFIER_WORD_HEADS['约']}{YUE_YOU_HEADS}]约){pair_heads}有"
    return re.compile(
        f"(?:(?P<q>{'|'.join(quals)})|(?P<c>{'|'.join(map(re.escape, pre_currencies()))}))[{SPACE}]?\\Z"
    )


@lazy
def name_heads_re() -> re.Pattern[str]:
    """A name head (中学, 人民医院) after 第N: the ordinal is part of a name."""
    return re.compile("|".join(re.escape(w) for w in name_heads()))


#: a school's short name after its number, 中 (a middle school) or 小 (a primary school), where the word
#: ends (市十一中, 二十五中的学生, 北京十一小、: No. 11 school, as 十一中学 is; 二十中队, 十二中心 and 二十小时
#: are other words)
SHORT_SCHOOL = re.compile("[中小](?=[，。；、：！？,;:!?\\s）)”的和与及等]|\\Z)")


@lazy
def kilo_units_re() -> re.Pattern[str]:
    """Units beginning with 千 (千瓦, 千米, 千克): after a number, that 千 is not a numeral."""
    words = sorted((u for u in units() if u[0] == "千"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@lazy
def words_re() -> re.Pattern[str]:
    """Ordinary words containing numerals (they only block runs that start inside them). A word
    ending with a unit of money (三元, 二元, 三角) is no word before the rest of an amount: 钱 or
    整, or a digit and 角, 毛 or 分 (三元五角, 二元零五分, 三角二分 are amounts).

    >>> [bool(words_re().match(t)) for t in ("三角形", "三角二分", "三元里", "三元五角", "三元钱")]
    [True, False, True, False, False]
    """
    terms = []
    for word, neg in nonquantity():
        alts = [f"[{re.escape(neg)}]"] if neg else []
        if word[-1] in _MONEY_WORD_ENDS:
            alts.append(f"[钱錢整正]|零?{_JIAO_DIGIT}[角毛分]")
        terms.append((word, "|".join(alts)))
    return re.compile(term_regex(terms))


#: units of money a word of numerals may end with (三元, 三角)
_MONEY_WORD_ENDS = frozenset("元角毛")


#: after N分 (a score's points, money's fen: 得了95分, 提高3分、5分和1毛钱): the word ends there, so
#: 分 starts no word (分别, 分公司, 分局, 分钟): a punctuation mark, a blank or the text's end, a
#: conjunction, a qualifier (以上, 左右, 之间, 多 but not 多钟: 3分多钟), a rate's slash (5分/千瓦时),
#: or Arabic digits that are no seconds (38分35秒 is a time), 至 or 到 before another number of 分 (60分至80分,
#: 八十分到九十分: a range of scores; 3分至5分钟 and 每户分到三亩 go on), or 为 (60分为及格: is; 分为两类 divides)
FEN_END = re.compile(
    r"[\s，,。.．、；;：:！!？?）)”’」』》〉…—\-－~～/／]|[和或与及]|为(?![0-9０-９零〇一二两三四五六七八九十几若])|以[上下内]|之[间間内]|左右|上下|多(?![钟鐘])"
    r"|[0-9０-９]+(?![0-9０-９秒])|[至到](?=[0-9０-９.．零〇一二两三四五六七八九十百点]{1,12}分(?![钟鐘钱錢]))|\Z"
)
#: a law's structure marker with its number in brackets (第（三）项, 第(12)款: the number as the
#: law's outline marker writes it)
BRACKETED_ITEM = re.compile(r"第[（(](?P<n>[一二三四五六七八九十]{1,4}|[0-9]{1,3})[）)](?P<m>[编章节条款项])")
#: a unit in Latin letters after a number: a data size (200MB, 2GB, 500KB, 10TB) or an SI unit as
#: labels and technical notices write it (30mg, 5kg, 3km, 120mmHg, 100MW: units of
#: numbers_units.txt); other Latin letters glued to a number make it an identifier or a name (5G,
#: 4K, A4), and so do the letters of a credit code's run of digits and letters (91330100MB1234567X)
#: after a lone 零, a range's connector and the numeral of its other end (零至三岁: read with the unit after it)
ZERO_RANGE_NEXT = re.compile(f"[至到][{CN}0-9]{{1,8}}")
#: a range's connector and its last school grade (3至6年级, 1-2年级, 一到三年级): the first end is a grade too,
#: no bare number (年级 names a grade, :func:`.reader._read_tail`); not 年级别 (百年级别: a level)
GRADE_RANGE_END = re.compile(f"[至到\\-—–~～〜](?:[0-9]{{1,2}}|[{CN}]{{1,3}})年级(?!别)")
LATIN_UNIT = re.compile(r"(?:[KMGT]B|mmHg|[mk]g|μg|[kcm]m|m[lL]|kWh?|[MG]W|kV)(?![A-Za-z0-9])")
#: what a rate's slash may be followed by in Latin letters (60km/h, 35μg/m3, 20mg/L, 5t/d): an hour,
#: a second, a day, a litre, a cubic or square metre, a kilogram, a tonne; read only after a unit's slash
LATIN_PER = re.compile(r"(?:h|s|d|[lL]|m[23²³]|kg|t)(?![A-Za-z0-9])")
#: a rate said in words after a physical unit (3200立方米每秒, 120公里每小时: 立方米/秒, 公里/小时, as
#: the slash writes them): 每 and a second, a minute or an hour where the word ends (3000吨每小时的,
#: 5吨每小时; 500米每天 and 30毫升每次 say how much each day or time, no rate of the unit)
SPOKEN_PER = re.compile("每(?P<per>秒|分钟|小时)钟?(?=[^\u4e00-\u9fff]|的|\\Z)")
KW = re.compile(r"(?P<k>[kw])(?=左右|上下|元|以上|以下|[~～\-到至]|[，。；、\s)）]|\Z)")
#: an English scale word after Arabic digits, glued or after one blank (USD 1.2 million, $3 billion, 5thousand; 1.2
#: millions and 3 billions as pages write them too), and what it multiplies by
EN_SCALE = re.compile(r" ?(?:(?P<s>[Tt]housand|[Tt]rillion)|(?P<p>[Mm]illion|[Bb]illion)s?)(?![A-Za-z])")
EN_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
EN_SCALE_FIRSTS = frozenset("TtMmBb")  # (the first letters of the scale words: a blank before others is no test)
#: the mark each leaves on its number as the scale a range's left end shares (3-5 million: 3 million to 5 million; k
#: is 1.5k's), and what each mark multiplies by
EN_SCALE_MARKS = {"thousand": "k", "million": "M", "billion": "B", "trillion": "T"}
EN_MARK_SCALES = {"M": 10**6, "B": 10**9, "T": 10**12}
_JIAO_DIGIT = f"[0-9{CN_DIGIT.translate({ord(z): None for z in ZEROS})}]"
#: 角/分 after 元 (3元5角, 五元二角三分钱), a 零 standing for a missing unit before them (十元零五分)
JIAO = re.compile(rf"(?:零(?={_JIAO_DIGIT}[角毛分]))?(?:(?P<j>{_JIAO_DIGIT})[角毛])?(?:(?P<f>{_JIAO_DIGIT})分)?(?P<q>钱)?(?P<z>整|正)?")
#: a digit and 分 after N角 or N毛, maybe before 钱 (三角二分, 3毛5分钱: an amount of money)
JIAO_FEN = re.compile(rf"(?P<f>{_JIAO_DIGIT})分(?P<q>[钱錢])?")
#: the characters a non-empty match of JIAO starts with
JIAO_FIRST = frozenset("0123456789" + CN_DIGIT.translate({ord(z): None for z in ZEROS}) + "钱整正零")
# a qualifier after a number (以上, 左右), maybe after a blank, （含） or an alternative measure word
# in brackets (1万台（套）以上)
_QUAL_HEAD = r"[ \u3000]?(?:（含）|\(含\)|[（(][\u4e00-\u9fff][）)])?"
# (及以上, 及以下: 60岁及以上, 18周岁及以下, the bound included, said with 及; the qualifier is 以上)
POST = re.compile(f"{_QUAL_HEAD}(?:及(?=以[上下]))?(?P<q>{'|'.join(POST_QUAL_WORDS)})")
POST_FIRST = frozenset(" \u3000（(左上以之有及")
#: after a lone scale (亿, 万, 千万), a unit of up to three characters and a bound (亿元以上, 万人以上,
#: 千元以下, 百万元及以上: a hundred million yuan and more); the caller checks the unit it reads ends
#: where the bound starts (see :data:`LONE_BOUNDS`)
LONE_BOUND = re.compile("[\u4e00-\u9fff]{1,3}?(?:及)?以[上下内]")
#: a ranking's word before 第N written without a unit (排名全省第二, 位居全国第一, 居全省第一, 倒数第一: a rank), maybe
#: with the field ranked in between (up to RANK_FIELD characters: 全省, 全国同类城市), ending where 第 stands
RANK_FIELD = 6
#: (居全 and 居世界 not where 居 ends a dwelling's noun, 邻居, 民居; 列全 only starting a word, not ending
#: 系列, 序列, 所列: 一系列全新举措第一; no 的 in the field: 排名靠后的单位第一 enumerates)
RANK_BEFORE = re.compile(
    "(?:排名|排行|名列|位列|位居|跃居|稳居|居于|(?<![邻民故旧新家定寓移聚同蜗安起隐散独群幽侨])居(?:全|世界)"
    f"|(?<![\u4e00-\u9fff])列全|排在|倒数|并列)(?:(?!的)[\u4e00-\u9fff]){{0,{RANK_FIELD}}}\\Z"
)
#: before 排在, what makes it a priority given, not a rank held (把安全排在第一, 将质量排在第一; 将排在 is "will
#: rank"): 把 or 将 up to PRIORITY_WINDOW characters back in the same clause
PRIORITY_WINDOW = 10
PRIORITY_BEFORE = re.compile(f"(?:把|将(?=.))[^，,。；;：:！!？?\n\r]{{0,{PRIORITY_WINDOW}}}\\Z")
#: what ends a rank written without a unit (排名全省第二，, 倒数第一的单位, 位居第一。; not 、: 排名第一、第二 lists
#: ranks the first of which alone follows the ranking's word, kept whole as written)
RANK_END = frozenset("，,。；;：:！!？?）)”’」』\n\r的")
#: the bounds that count a lone scale before them, after its unit
LONE_BOUNDS = ("以上", "以下", "以内", "及以上", "及以下")
#: what POST can go on with after a blank it starts with
POST_AFTER_BLANK = POST_FIRST - frozenset(" \u3000")
CONN = re.compile(
    r"[ \u3000]?(?:（含）|\(含\))?(?P<w>[（(](?:星期|周|礼拜)[一二三四五六日天][）)])?[ \u3000]?"
    r"(?:—{1,2}|–|-{1,2}|－|~|～|〜|至|到)[ \u3000]?(?:第|(?P<n>次年|翌年))?"
)  # (w: a date's day of the week: 1月1日（星期四）至3日; n: the next year before a range's second date, 11月1日至次年3月31日)
CONN_FIRST = frozenset(SPACE + "（(" + CONN_CHARS)  # the characters CONN can start with
#: what joins the items of a list: 一九八一和一九八二两年, 1981、1982年
LIST_JOIN = frozenset("和与及、")
#: before N日: words that make it a span of days (公示期为7日, 之日起三十日内, 连续5日), and the
#: penalties and measures a term of days is given for (拘留十五日, 折抵管制二日), and the days named
#: one by one that a count of them sums up (昨今两日, 今明两日, 明后两日: rewrite.NAMED_DAYS); not 预计
#: or 估计 (预计七日夜间: expected on the 7th)
DAY_SPAN_BEFORE = re.compile(
    r"(?:期|限|起|满|续|历时|用时|长达|累计|共|(?<![预估])计|需|需要|每|前|后|延长|缩短|提前"
    r"|管制|拘役|拘留|徒刑|羁押|留置|禁闭|折抵|昨今|今明)为?[ \u3000]?\Z"
)
#: before a month written alone, the other months of its list: 一、二月份, 十一、十二月 (the month
#: before 、), 一二两月份, 一、二两月份 (two months before 两月, the count of the list); no numeral,
#: 第 or line break before the list (三、 starting a line is an outline marker)
_MONTH_NUM = "(十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9])"
MONTH_LIST_BEFORE = re.compile(f"(?<![一二三四五六七八九十〇零两百千第0-9\n\r]){_MONTH_NUM}、\\Z")
MONTH_PAIR_BEFORE = re.compile(f"(?<![一二三四五六七八九十〇零两百千第0-9\n\r]){_MONTH_NUM}、?{_MONTH_NUM}\\Z")
MONTH_LIST_BACK = 6  # how far before the month its list may start
#: after N日: 内, 后, 为限 (三十日内, 十五日后)
DAY_SPAN_AFTER = ("内", "后", "为限", "期间")
#: after N年 of two Arabic digits: a part of that year (a month, its end, start or half, a quarter, a season:
#: 24年3月, 25年底, 23年上半年, 24年一季度, 26年春季), so N年 names a year by its last two digits, no span (24年3个月,
#: 24年初中教龄 and 24年初心 go on)
SHORT_YEAR_AFTER = re.compile(
    r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})月|[底末]|初(?![中级期心])|[上下]半年|第?[一二三四1-4]季度|[春夏秋冬]季"
)
#: before N年 of two Arabic digits: a word of a point in time (自24年起, 从98年开始, 截至23年, 建于98年, 成立于98年); a
#: bare 于 only with a verb of a point in time after the year (于98年建成: :data:`SHORT_YEAR_ON`); not before what
#: makes it a span (自24年前, 从24年的经验中)
SHORT_YEAR_BEFORE = re.compile(r"(?:自|从|截至|截止|(?:[建始生设办]|成立)于)\Z")
SHORT_YEAR_NOT_AFTER = frozenset("前后来内间里的多余")
#: 于 of a point in time, not of a comparison, a place or a likeness (少于, 高于, 对于, 由于, 等于, 相当于, 位于, 处于, 属于)
_ON_POINT = r"(?<![少多低高大小长短对关由等当位处属])于"
#: 于 before N年, then a verb of a point in time after it (该校于98年建成, 于24年投入使用; 对于24年教龄, 少于24年 and
#: 长于15年 are spans)
SHORT_YEAR_ON = re.compile(rf"{_ON_POINT}\Z")
SHORT_YEAR_ON_AFTER = re.compile(r"建成|成立|开始|启动|投入|开工|竣工|设立|创办|开通|建立|落成|起")
#: after N年 of two Arabic digits: a verb of an event of a life, which happens in a year (他16年毕业, 97年出生的, 98年入党):
#: N年 names that year, unless a word of a span stands right before it (读了16年毕业, 用16年考入, 工作16年退休: the years it
#: took)
#: the event word then a noun it begins (16年毕业生人数, 20年出生人口, 入学率, 退休人员, 退休金) names no event: the
#: years before it are a span (近16年毕业生)
SHORT_YEAR_EVENT_AFTER = re.compile(r"(?:毕业|入学|出生|入党|入伍|参军|参加工作|退休|考入|结婚)(?![生率数人金])")
SHORT_YEAR_EVENT_NOT_BEFORE = frozenset("了过用花读学作教")
#: a word of a span right before N年 and its event (近16年毕业, 这16年, 过去20年出生, 工龄满30年退休, 任职20年退休, 最长10年毕业,
#: 历时3年, 入职16年退休, 累计16年入学, 共有16年毕业, 相差16年出生): the years it took, no year
SHORT_YEAR_EVENT_SPAN_BEFORE = re.compile(
    r"(?:近|这|那|过去|满|最长|最短|最多|任职|任期|历时|用时|耗时|长达|整整|仅|才|入职|累计|共|共有|已|相差)\Z"
)
#: a word of a span of years before N年, at most two characters between (连续15年春季, 扎根乡村24年, 坚守12年底线):
#: a span even before a part of a year
SHORT_YEAR_SPAN_BEFORE = re.compile(r"(?:连续|历经|扎根|坚守|长达|服役)[\u4e00-\u9fff]{0,2}\Z")
#: the second end of a range of years whose first is named by two digits after a word of a point in time
#: (从24年到26年, 自24年至26年): a year too, as the first
SHORT_YEAR_RANGE_BEFORE = re.compile(r"(?:自|从)[0-9]{2}年[到至\-—–～~]\Z")
#: after N日: the penalty a term of days is given for, named after it as laws write it, the noun ending
#: its clause or joined to another penalty (处十五日拘留，, 处五到十日拘留或者罚款, 十日行政拘留并处: as
#: 拘留十五日 before it); the verb with an object or 了 after it is news of the day (于15日拘留了两人)
DAY_PENALTY_AFTER = re.compile(r"(?:行政|司法)?(?:拘留|拘役|禁闭)(?=[，。；、,;）)]|或|并|的|\Z)")
#: after a 百分之 percent: a connector and a bare Chinese numeral, the range's other end
#: (百分之八至九, 百分之七点五到八点五), not followed by a unit or another numeral
PCT_RANGE_END = re.compile(
    rf"[ \u3000]?(?:至|到|—{{1,2}}|－|~|～)[ \u3000]?(?P<n>[{CN_DIGIT}十]+(?:[点點][{CN_DIGIT}]+)?)(?![{CN}{AD}点點百千万亿])"
)
#: after 个: the rest of 个体 (individual: 个体工商户, 个体户, 个体经济), so that 个 is no unit
GETI = re.compile("体(?:工商户|户|经济|经营|劳动者|私营|企业)")
JI_LEAD = re.compile(r"(?<![十百千万亿拾佰仟萬億])几(?=[十百千万亿拾佰仟萬億])")
CLEAN = re.compile(r"[ \u3000、]|个(?=[万亿])")
PAIR = re.compile(f"([{PAIR_FIRST}])([{PAIR_SECOND}])")
SCALED_ARABIC = re.compile(r"[0-9][0-9.,]*[万亿]{1,2}")
#: a list of ordinals under one 第, its items joined by 、 (第一、二款, 第三、四条, 第1、2批, 第一、二、五项,
#: 第二、第三季度): the last item holds the unit the list shares
_ORDINAL_NUMBER = f"[{CN_DIGIT}十百0-9]+"
ORDINAL_LIST = re.compile(f"第{_ORDINAL_NUMBER}(?:、第?{_ORDINAL_NUMBER})+")
ORDINAL_ITEM = re.compile(f"第?{_ORDINAL_NUMBER}")
CN_SIMPLE = re.compile(f"[{CN_DIGIT}十百千拾佰仟廿卅卌]+")
#: two Arabic digits or more, then 十 or 拾 (never one number: 2018十大经济人物, 47417拾荒老人)
DIGITS_THEN_TEN = re.compile("[0-9０-９]{2}[十拾]")
CN_DIGITS_ONLY = re.compile(f"[{CN_DIGIT}]+")
ASCII_DECIMAL = re.compile(r"[0-9]+\.[0-9]+")
#: an ASCII integer or decimal, then one or two of the scales 万/亿 (2049万, 5.2万亿)
ARABIC_SCALED = re.compile(f"([0-9]+(?:\\.[0-9]+)?)([{BIGS}]{{1,2}})")
#: a blank between two digits, or a digit and a decimal point, of one run (1 9 9 7, 7 0 ．8)
TYPESET_BLANK = re.compile(f"[{AD}] [{AD}.．]")
PLAIN_ARABIC = re.compile(f"[{AD}][{AD}.．,，]*")
HAS_CN = re.compile(f"[{CN_DIGIT}十百千拾佰仟廿卅卌点點几幾数]")
CODE_BACK = re.compile(r"(?:ICP[备证]|公网安备\s?|号[-－])\Z")
#: before a number after a dash: a code's number (letters, maybe a blank, digits with dots), so the
#: number is that code's year or part (GB/T 12345-2008, GB 50016—2014, GB/T 1.1-2020: a standard's
#: number and its edition, one identifier; no year, no range), or a code's group of Latin letters
#: (ZFCG-2026-0315, HT-2026-08, COVID-19: a project's, a contract's or a name's code, its number
#: no quantity); an English scale word is no code's letters (2 million-3 million美元: a range)
CODE_NUMBER_BACK = re.compile(
    r"(?:[A-Za-z][ \u00a0\u3000]?[0-9]+(?:[.．][0-9]+)*"
    r"|(?<![A-Za-z0-9])(?!(?i:thousand|million|billion|trillion)s?[-－—–])[A-Za-z][A-Za-z0-9]*)[-－—–]\Z")
CODE_NUMBER_SPAN = 16
#: the number before such a dash with the blank before it, if any: where it starts is where the letters before it end
#: (RMB3000—5000元, USD 300-500: a currency's code there makes a range of money, no code's number)
CODE_DIGITS_BACK = re.compile(r"[ \u00a0\u3000]?[0-9]+(?:[.．][0-9]+)*[-－—–]\Z")

# ISO dates and clock times are found from their separator (a literal: the engine then skips to
# it with a fast string search, where a pattern starting with [0-9] tests every character): a date
# is 4 digits + separator + month + the same separator + day, a time 1-2 digits + : + minutes.
_TIME_TAIL = r"(?:[ T]|\s{1,3})(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?![0-9])"
#: a two-digit day glued to a two-digit hour, as crawls join a page's date and time (2019-09-3008:14)
_GLUED_TIME = r"(?:0[1-9]|[12][0-9]|3[01])(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?![0-9])"
#: with the dot, the same scan finds a year and its month alone before one of a point in time's ends (the group
#: ``ym``: :data:`YEAR_MONTH_BEFORE`)
_YEAR_MONTH_END = r"(?P<ym>(?=[起以开至前后底初止到—～~\-，。；、,;）)\s]|\Z))"
ISO_AT = {
    sep: re.compile(
        rf"{re.escape(sep)}(?<=[0-9]{{4}}{re.escape(sep)})(?:0?[1-9]|1[0-2])(?:{re.escape(sep)}"
        rf"(?:{_GLUED_TIME}|(?:0?[1-9]|[12][0-9]|3[01])(?![0-9])(?:{_TIME_TAIL})?){'|' + _YEAR_MONTH_END if sep == '.' else ''})"
    )
    for sep in "-/."
}
#: a year and its month joined by a dot between a word of a point in time and one of its ends (自2026.3起, 截至2025.12，,
#: 于2026.3前): the month (no decimal is said so); found by the dot's :data:`ISO_AT`, the word checked back from the
#: year; not before a unit or more digits (自2000.5元起, 高于2000.5万元 are numbers, 2026.3.5 a full date), and a second
#: one after it and a range's connector (从2026.3到2026.6: the second is a month too)
YEAR_MONTH_LINKS = frozenset("至到—～~-")
#: after a year and its month, a range's connector and a dotted number of a year's digits: the first a month only when
#: the second is one too (从2026.3到2026.6元: a range of 元, no months)
YEAR_MONTH_LINKED = re.compile(r"[至到—～~\-][0-9]{4}\.[0-9]")
#: a full date written with dots (2026.3.5), the left end of a range whose right end is a month and a day written so, or
#: a day alone (2026.3.5-3.8, 2026.4.1至4.7, 2026.3.5-8: the first date's year, and its month for a day alone)
DOTTED_DATE = re.compile(r"[0-9０-９]{4}[.．][0-9０-９]{1,2}[.．][0-9０-９]{1,2}")
#: that right end, a bare number as read: a month and its day joined by a dot (3.8, 04.07), or a day (8)
DOTTED_MONTH_DAY = re.compile(r"(?P<m>[0-9０-９]{1,2})[.．](?P<d>[0-9０-９]{1,2})|(?P<day>[0-9０-９]{1,2})")
YEAR_MONTH_BEFORE = re.compile(rf"(?:自|从|{_ON_POINT}|截至|截止)\Z")
YEAR_MONTH_BACK = 2
#: a word naming a period (周期为, 实施时间：, 任期, 起止时段) before a year and its month joined by a dot, a range's
#: connector and a second one (实施周期为2025.9—2026.6: a range of months, as 从2026.3到2026.6 is; no range of decimals
#: is said so)
YEAR_MONTH_PERIOD = re.compile(r"(?:期|时间|时段|期限)(?:为|是)?[：:]?[ \u3000]?\Z")
YEAR_MONTH_PERIOD_BACK = 5
TIME_AT = re.compile(r":(?<=[0-9]:)[0-5][0-9](?::[0-5][0-9])?(?![0-9:])")
#: the same with the full-width ： (上午9：30; the caller tells a ratio's terms, 比分3：21, apart); a
#: pattern of its own so that each starts with a literal (a class costs a test on every character)
FULL_TIME_AT = re.compile(r"：(?<=[0-9]：)[0-5][0-9](?:：[0-5][0-9])?(?![0-9:：])")
#: a range's first hour written bare right before the second's (下午2-4点: 2; searched back from
#: the second hour's 时 or 点, at most ``BARE_FIRST_BACK`` characters)
BARE_FIRST_HOUR = re.compile(r"(?<![0-9])([0-9]{1,2})(?:—{1,2}|-{1,2}|[－–~～〜至到])[0-9]{1,2}\Z")
BARE_FIRST_BACK = 6
#: a media player's display at rest, its position and the length after a slash (00:00 / 01:16,
#: 00:00:00/00:45:12): no clock times; ``at``: the position, then the length; matched from the
#: position's start (``PLAYER_AFTER``) or searched back from the length's start (``PLAYER_BEFORE``)
PLAYER_AFTER = re.compile(r"(?:00:)?00:00[ \t]*/[ \t]*[0-9]{1,2}:[0-5][0-9]")
PLAYER_BEFORE = re.compile(r"(?<![0-9:])(?:00:)?00:00[ \t]*/[ \t]*\Z")
#: how far back a player's position may start before its length
PLAYER_BACK = 12
#: a clock time written with 时/点 and 分 in Arabic digits (12时55分, 8点30分, 14时14分05秒), found
#: from 时 or 点 after a digit (the caller takes the hour's digits before it)
CLOCK_AT = {
    w: re.compile(rf"{w}(?<=[0-9]{w})[0-5]?[0-9]分(?:[0-5]?[0-9]秒)?(?![0-9])")
    for w in "时点"
}
#: the minutes after 点 with no 分 (晚上8点30, 晚上8点5), taken only after a word for a part of the day
MINUTES = re.compile(r"[0-5]?[0-9](?![0-9])")
#: an hour 0-23 in Chinese numerals right before 时 or 点 (八时, 下午三点, 二十三时; not 三十时)
CN_HOUR_BEFORE = re.compile(r"(?<![零〇一二两三四五六七八九十百千万亿0-9０-９])(?:二十[一二三]?|十[一二三四五六七八九]?|[零〇一二两三四五六七八九])\Z")
#: the minutes in Chinese numerals after such an hour's 时 or 点 (八时三十分, 九点零五分, 八时五分;
#: 晚上九点零九: ``fen`` missing); ``tens``: written with 十 or 零 (a lone 十分 is also "very": 这一点十分重要);
#: ``q``: a quarter (三点一刻, 八点三刻; not 一刻钟, a quarter of an hour)
CN_MINUTES_AT = re.compile(
    r"[时点](?:(?P<q>[一三]刻)(?!钟)|(?P<m>(?P<tens>零[一二三四五六七八九]|[二三四五]?十[一二三四五六七八九]?)"
    r"|[一二三四五六七八九])(?:(?P<fen>分)(?![钟之别])|(?![分零一二三四五六七八九十百千万亿])))"
)
#: the numbers of a clock time in Chinese numerals (八时三十分: 八, 三十; 九点零五分: 九, 零五)
CN_CLOCK_PARTS = re.compile(r"[零〇一二两三四五六七八九十]+")
#: after an hour's 点 in Chinese numerals: what makes 点 a word's (一点点, 一点儿, 一点滴: a little)
NOT_OCLOCK = frozenset("点儿滴")
#: after 一点 (no minutes): what makes it "a little" (一点也不冷, 一点都不累, 一点东西都没吃, 一点不差)
A_LITTLE_AFTER = re.compile(r"[也都不没还]|东西")
#: after N点: the things 点 counts (两点建议, 三点意见, 一点体会: points, no clock time)
POINT_NOUNS = re.compile(
    r"建议|意见|要求|看法|体会|启示|经验|做法|措施|想法|原因|理由|希望|共识|问题|不足|收获|心得|思考|认识|"
    r"内容|说明|考虑|打算|感受|感想|结论|原则|理解|期望|主张|变化|优势|特点"
)
#: the words after an Arabic hour's 点 (its 半 or minutes between) that make it a clock time with no word
#: for the part of the day (会议9点召开, 9点整, 9点钟, 9点前报送, 8点半开始, 8点起); 3点建议 counts points
_WHOLE = "整(?![体个合改治理齐顿套装洁数形])"  # 9点整 (not 整体, 整改: this one point ...)
_OCLOCK_WORDS = (
    rf"(?:半|[0-5][0-9](?![0-9]))?(?:钟|{_WHOLE}|[前后](?![0-9一二三四五六七八九十])|起(?![草来码])|[以之][前后]|开始|"
    "召开|举行|举办|出发|截止|结束|开幕|闭幕|开门|关门|开放|营业|到达|抵达|报到|集合|上班|下班|发车|起飞|准时|左右)"
)
OCLOCK_AFTER = re.compile(_OCLOCK_WORDS)
#: after an hour in Chinese numerals and 点 (no word for the part of the day): what makes it a clock
#: time (九点钟, 十二点整; 三点意见 counts points, 这一点整体 is a point)
CN_OCLOCK_AFTER = re.compile(f"钟|{_WHOLE}")
#: the same words after a range's second hour (9点至11点召开, 9-11点开放: both hours are times)
#: a connector between a range's two clock times: one character, or a doubled dash (晚上8点——9点)
CLOCK_CONN = re.compile(r"—{1,2}|-{1,2}|[–－~～〜至到]")
OCLOCK_RANGE_AFTER = re.compile(rf"(?:—{{1,2}}|-{{1,2}}|[{re.escape(CONN_CHARS)}])[0-9]{{1,2}}点{_OCLOCK_WORDS}")
#: after N时: the characters that make 时 the start of a word (时期, 时代, 时间, 时速 …), not an
#: hour of the day (10时期间 is 10时 and 期间)
_NOT_HOUR = r"(?!期间)[期代间候段刻节尚光常任速效事政令针空差装机局值价评报长髦辰]"
#: after an hour's 点 or 时: a connector and a second hour with its own 点 or 时 (8点——9点, 22点-6点,
#: 八点至九点, 八时至十时: both ends written as hours, a range of clock times; a range of points is
#: written 3-5点), not before the things 点 counts (:data:`POINT_NOUNS`) or a word 时 starts (时期)
HOUR_PAIR_AFTER = re.compile(
    rf"(?:—{{1,2}}|-{{1,2}}|[{re.escape(CONN_CHARS)}])(?:[0-9]{{1,2}}|二十[一二三]?|十[一二三四五六七八九]?|[零〇一二两三四五六七八九])"
    rf"(?P<m>点(?![点儿滴])|时(?!{_NOT_HOUR}))"
)
#: the words right before such an hour that make it a clock time (每天9点, 明天8点, 于9点, 10月1日9点,
#: 周五8点; not 在3点 or 到3点: 3点 may be points there)
OCLOCK_BEFORE = re.compile(
    r"(?:[每今明昨当前后][天日]|[次翌]日|(?<=[0-9零〇一二三四五六七八九十])日|于|周[一二三四五六日末]|星期[一二三四五六日天])\Z"
)
#: a label of time right before a clock time written with a colon (时间：1：30, 开始时间 1:10)
TIME_LABEL_BEFORE = re.compile(r"(?:时间|时刻|时)[:：]?[ \u3000]?\Z")
TIME_LABEL_BACK = 4
OCLOCK_BACK = 3  # how far back OCLOCK_BEFORE is looked for
#: a day in Chinese numerals right after a month in Chinese numerals, without 日 or 号: a day of the
#: lunar calendar named as the festivals are (八月十五, 九月九, 五月五), unless what follows makes it a
#: date's or a count's (``FOLK_DAY_STOPS`` and a unit that counts it); 初 leads the first ten days of a
#: lunar month (九月初九, 正月初一)
FOLK_DAY = re.compile("初?(?P<n>[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九])")
#: a lunar month named by a word (正月 the first, 冬月 the eleventh, 腊月 the twelfth) and its day in
#: Chinese numerals (正月十五, 腊月廿三, 正月初一, 冬月初十日): a date kept as written
LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12, "臘": 12}
#: (its first ten days are written with 初: a bare 一 to 十 after the month is no day, 正月一过,
#: 腊月三天, 正月十里长街)
_LUNAR_DAY = "[二三]十[一二三四五六七八九]?|十[一二三四五六七八九]|廿[一二三四五六七八九]?"
#: 大年 before 初 names the first month's first days (大年初一, the lunar new year: 正月初一; 大年三十 is the
#: year's last day, 29 or 30: a saying)
LUNAR_NEW_YEAR = "大年"
LUNAR_DATE = re.compile(
    f"(?:(?P<m>[{''.join(LUNAR_MONTHS)}])月|{LUNAR_NEW_YEAR}(?=初))(?P<d>初[一二三四五六七八九十]|{_LUNAR_DAY})(?![〇零一二两三四五六七八九十百千万亿])[日号]?"
)
#: 元月, January, named by a word: after a year's 年 (2026年元月) or before a day (元月15日, 元月一日);
#: not after a number or a word 元 ends (5000元月收入, 单元月考, 公元)
YUAN_MONTH = re.compile(
    "(?<=年)元月|(?<![0-9０-９〇零一二三四五六七八九十百千万亿两兩单公纪美日欧港台韩])元月"
    "(?=[0-9一二三四五六七八九十廿]{1,3}[日号])"
)
#: after such a date, a connector and the last day of a range of days in that month, written as the
#: first day is or with 日 (正月初一至初六, 正月初一至十五, 正月初八至十二日, 正月初三至五日: a range kept as
#: written); not before 期 (十五期间 names a five-year plan's years: the protected term stands), nor
#: before 时 or 点 (正月十五至十六时: the day's last hour, a clock)
LUNAR_RANGE_TAIL = re.compile(
    f"(?:[至到~～]|—{{1,2}}|-)(?P<d>初[一二三四五六七八九十]|{_LUNAR_DAY}|[一二三四五六七八九](?=[日号]))"
    "(?![〇零一二两三四五六七八九十百千万亿期时点])[日号]?"
)
#: two days of a lunar month listed without their month, the first led by 初, the second not (初一、十五,
#: 初一和十五: the days of the new and the full moon; the second past the tenth, which 初 would lead:
#: 初一、三班 is a grade and a class); 初一 alone, and 初一、初二, also name school grades, so they are
#: read only in such a list
LUNAR_DAY_PAIR = re.compile(
    f"(?P<a>初[一二三四五六七八九十])[、和与及或](?P<b>{_LUNAR_DAY})"
    "(?![〇零一二两三四五六七八九十百千万亿年级月日号个])"
)
#: half a unit of time written alone (为期半年, 半个月内, 不少于半小时): 半 and the unit (read by
#: :func:`.reader.half_spans`), and 多 where it says more than that half (半年多, 半个多月, 半个多小时)
HALF_SPAN = re.compile("半(?:(?P<u>个月|个小时|小时|年|天)(?P<more>多)?|个(?P<more2>多)(?P<u2>月|小时))")
#: after such a half unit, what ends it as a span of time (半年内, 半年以上, 半年后, 半小时的时间, a
#: clause's end): not 半个月亮, 半年度, 半年报, 半小时生活圈
HALF_SPAN_AFTER = re.compile("(?:以?内|之内|以上|以下|左右|以?来|[之以]?后|的?时间|[，。；、）)\\s]|\\Z)")
#: after a one-character numeral, 等 and what it ranks: the class of a prize, an honour, a seat or a
#: product (一等奖, 二等功, 三等座, 一等品), a name, no numeral of a count's phrase
CLASS_NAMED = re.compile("等[奖功座舱品]")
#: before a number and a 块 that ends its clause, in that clause: a word of earning, spending or pay that
#: makes 块 the spoken 元 (挣了两千块, 一个月能赚三千多块, 每月工资也就两千块, 花了五百块, 补贴八百块), at
#: most PIECE_MONEY_BACK characters back, the last of them right before the number or a few words before it
#: (not across 分: 工资分成两块 divides into parts)
PIECE_MONEY_CUE = re.compile(
    "(?:挣|赚|花了|花费|工资|薪水|月薪|年薪|收入|补贴|补助|奖金|罚款|罚了|赔了|赔偿|卖了)[^，。；！？,;：:分\\s\\d]{0,4}\\Z"
)
PIECE_MONEY_BACK = 8
#: the ordinary word 四周 (all around) that is also four weeks (周: a week)
FOUR_WEEKS = "四周"
#: before 四周, what makes it four weeks or the fourth week, no word: 第 or a word of a span of time (第四周,
#: 每四周, 前四周, 为期四周, 连续四周, 长达四周), 近 only where it starts a clause or after 最 (近四周来, 最近四周;
#: not a word of place: 附近四周, 靠近四周, 贴近四周), or a numeral and a range's connector (三至四周, 三到四周);
#: a qualifier before it does too (:func:`pre_re`: 不少于四周, 约四周), but one ending in 近 (接近, 近) only
#: with FOUR_WEEKS_AFTER or a clause's end after it (接近四周墙壁处 is of place)
FOUR_WEEKS_BEFORE = re.compile(
    "(?:第|每|前|头|(?:(?<=最)|(?<![^，。；：、！？,;:\\s]))近|为期|历时|持续|连续|长达|用了|延长|提前|[0-9一二两三][至到~～—－-])\\Z"
)
#: the end of a qualifier before 四周 that is also a word of place (接近, 近: 接近四周墙壁处, 贴近四周)
FOUR_WEEKS_NEAR = "近"
#: the qualifier ending in 近 that is of time only (将近四周)
FOUR_WEEKS_NEARLY = "将近"
#: a clause's end right after 四周 (or the text's end)
FOUR_WEEKS_END = re.compile("[，。；：、！？,;:!?）)\\s]|\\Z")
#: how far back such a word may start
FOUR_WEEKS_BACK = 2
#: after 四周, what ends a span of time (四周内, 四周后, 四周左右, 四周的时间; not 四周内侧, 四周后面), with
#: 时间 and 以上/以下 only where the clause ends or 时间 is followed by 里/内/中 (四周的时间里, 四周以上。; not
#: 广场四周的时间显示屏, 院子四周以上都是: of place), or the rest of the units 周岁 and 周年 (四周岁, 四周年;
#: not 四周年轻人)
FOUR_WEEKS_AFTER = re.compile(
    "(?:[以之]?内(?![侧部外])|(?:以[上下]|的?时间[里内中]?)(?=[，。；：、！？,;:!?）)\\s]|\\Z)|左右|[之以]?后(?![面方边侧])|岁|年(?!轻))"
)
#: doubling N times (翻一番: doubled, 翻两番: quadrupled, 翻了一番): a multiple, the factor 2**N
#: (a qualifier may stand before the count: 翻了近两番, nearly quadrupled)
DOUBLING = re.compile("翻了?(?P<q>将?近|约|超过|逾)?(?P<n>[一两二三四五])番")
FOLK_DAY_STOPS = "日号至到、和与或及—–-－~～〜零〇一二三四五六七八九十百千万亿两廿多余几来"
#: three or more groups of digits joined by hyphens: a telephone number or a code (400-6533-789);
#: found from the chain's start, searched back from a number at most ``DASH_CHAIN_SPAN`` characters
DASH_CHAIN = re.compile(r"(?<![0-9-])[0-9]{1,6}(?:-[0-9]{1,6}){2,}(?![0-9-])")
DASH_CHAIN_BACK = re.compile(r"(?<![0-9-])[0-9-]+\Z")
DASH_CHAIN_SPAN = 24
#: a telephone number with its area code, in groups apart (0571-8812 3400, 0571 8812 3400), a
#: mobile number in groups of 3, 4 and 4 digits (139 8501 2345), or a number after its area code
#: in brackets ((02)7736-5678, （0571）8812-3400, (852) 2891-0088): found from its first group,
#: searched from at most ``PHONE_GROUPS_SPAN`` characters before a number to as many after it (and
#: the character that ends the number)
PHONE_GROUPS = re.compile(
    r"(?<![0-9-])(?:0[0-9]{2,3}[- ][0-9]{3,4}|1[3-9][0-9][- ][0-9]{4}|[(（](?:0[0-9]{1,3}|852|853|886)[)）] ?[0-9]{3,4})"
    r"[- ][0-9]{4}(?![0-9-])"
)
PHONE_GROUPS_SPAN = 13
#: the digits of a telephone number right before 转 and its extension (010-12345678转8001), searched
#: for in the ``EXTENSION_SPAN`` characters before the number (转 the last of them)
EXTENSION_BACK = re.compile(r"(?<![0-9])[0-9]{7,8}\Z")
EXTENSION_SPAN = 10
#: what names a mobile number in groups, or one after an area code in brackets, right before it
#: (手机：139 8501 2345, 联系电话 139…, 拨打…, 電話：（02）7736-5678): without it three such groups are a
#: flattened table's row (小学 158 2376 4410: schools, classes, teachers), and (01) 2024-2025 an item's
#: range of years
MOBILE_CUE_BACK = re.compile(
    r"(?:电话|電話|手机|手機|传真|傳真|总机|總機|联系|聯絡|联络|热线|咨询|致电|拨打|号码|[Tt]el|TEL|[Ff]ax|FAX|☎)[^0-9\n]{0,10}\Z"
)
MOBILE_CUE_SPAN = 14
#: the words of an event right after an hour in Chinese numerals and its 点 or 时 (maybe 半) that make it
#: a clock time with no word for the part of the day (三点召开, 九时开幕, 八点半集合); narrower than
#: the Arabic hour's words (三点前提, 两点以后 may count points)
CN_OCLOCK_EVENT = re.compile(
    "半?(?:召开|举行|举办|出发|截止|结束|开幕|闭幕|开门|关门|开放|营业|到达|抵达|报到|集合|上班|下班|发车|起飞|准时)"
)
#: after such an hour with a day before it (:data:`CN_OCLOCK_BEFORE`): 开始, a range's connector or
#: the clause's end too (明天三点开始, 9日零时至16日, 周末九点。; 今日三点要闻 is no clock time), and 起, 止,
#: 前 or 后 (1月1日零时起施行, 当日九时前: from, until, before or after that hour)
CN_OCLOCK_DAY_AFTER = re.compile(r"半?(?:开始|[起止前后至到—–\-~～，。；、！？,.;!?\s）)]|\Z)")
#: the words right before such an hour that make it a clock time: a day (明天三点, 每天八点, 10月1日九时),
#: or 于 after 定, 将 or 拟 (定于三点; 在于三点, 基于三点 may count points)
CN_OCLOCK_BEFORE = re.compile(
    r"(?:[每今明昨当][天日]|[次翌]日|(?<=[0-9零〇一二三四五六七八九十])日|(?<=[定将拟])于|周[一二三四五六日末]"
    r"|星期[一二三四五六日天])\Z"
)
INTS = re.compile(r"[0-9]+")
#: a word 第 ends (宅第: a residence; 进士及第, 状元及第: passing the examination), no ordinal's 第 before a number
#: typeset apart from it (修缮历史宅第 3 处, 进士及第 3 人: counts; 以及第 3 名, 本次第 3 期, 住宅第 3 栋 and 王府第 3 进 are
#: ordinals: 以及, 本次, 住宅 and 王府 end before the 第); ``DI_WORD_BACK``: the longest word's characters before 第
DI_WORD_END = re.compile(r"(?:(?<![住民])宅|(?:进士|状元|榜眼|探花|科举)及)\Z")
DI_WORD_BACK = 4
#: a full-width digit (:func:`.scanner.iso_folded`)
FULL_DIGIT = re.compile("[０-９]")
#: after 第 and a bare number: a connector and the range's second number, maybe with its own 第
#: (第3-5名, 第一至三条, 第3至第5名)
ORDINAL_RANGE_NEXT = re.compile(rf"[{re.escape(DASHES)}至到](?P<t>第)?[{CN_DIGIT}十{AD}]")
#: the numeral of such a second end (its measure word after it)
ORDINAL_SECOND_RUN = re.compile(rf"[{CN_DIGIT}十百千{AD}]*")
#: minutes after N小时 (2小时30分, 1小时5分钟, 两小时二十分钟): one span of time with the hours
#: after N年: months 1-11 with 个月 that make one span with the years (3年6个月, 一年零九个月; not
#: 3年12个月, 两年零十几个月)
YEAR_MONTHS = re.compile(r"零?(?:(?P<d>1[01]|[1-9])|(?P<cn>十一?|[一二两三四五六七八九]))个月")
#: seconds after N分 (3分28秒, 两分零五秒): one span of time with the minutes
MINUTE_SECONDS = re.compile(
    r"零?(?:(?P<d>[0-5]?[0-9])|(?P<cn>[一二三四五六七八九]|[二三四五]?十[一二三四五六七八九]?))秒"
)
#: a race's time after N秒: hundredths or tenths of a second in one or two Arabic digits (10秒5, 9秒83,
#: 43秒21), no number going on after them (the caller checks that no unit follows: 30秒5次 is 30 秒
#: and 5次)
SECOND_FRACTION = re.compile(r"[0-9]{1,2}(?![0-9０-９.．:：])")
#: after N块 or N度: one digit, the tenths of the unit said without their name (三块五, 两块五的车票: 3.5 and 2.5 元;
#: 体温三十七度五, 38度5: 37.5 and 38.5 度), where the word ends after it or 一 and a word follow (三块五一斤: 3.5 元 a
#: 斤; 三块五十一 and 三块五毛 are none of it), or a range's 至/到 or a change's 涨到/降到 follow (三十七度五到三十八度,
#: 十三块五涨到十五块)
SPOKEN_TENTH = re.compile(
    rf"(?P<d>{_JIAO_DIGIT})(?=[\s，,。．、；;：:！!？?）)”’」』》…—~～/／]|[的和或与及至到]|[涨降升跌][到至]|左右|以[上下]|上下"
    r"|一(?![0-9零〇一二两三四五六七八九十百千万亿点])[\u4e00-\u9fff]|\Z)"
)
_ARC_PART = r"(?:(?P<{0}d>[0-5]?[0-9])|(?P<{0}cn>零?[一二三四五六七八九]|[二三四五]?十[一二三四五六七八九]?))"
#: after N度: minutes of arc with 分, maybe seconds with 秒, where the word ends (东经120度30分, 北纬三十一度二十分十五秒:
#: one angle with the degrees; 三十度十分炎热 is very hot)
DEGREE_MINUTES = re.compile(
    _ARC_PART.format("m") + "分" + rf"(?:{_ARC_PART.format('s')}秒)?" + r"(?=[^\u4e00-\u9fff]|[的和或与及]|\Z)"
)
#: (2小时30分15秒: the seconds after the minutes are read with them, :data:`MINUTE_SECONDS`)
HOUR_MINUTES = re.compile(
    r"(?:(?P<d>[0-5]?[0-9])|(?P<cn>零?[一二三四五六七八九]|[二三四五]?十[一二三四五六七八九]?))分钟?(?![之别])(?![0-9](?![0-9]?秒))"
)
#: a ratio's word before an N:MM that is no clock time (师生比1:15, 比例为1:20:30, 比分2:15, 比例尺为1:10, and
#: after a bound: 师生比不低于1:12, 生师比控制在18:1以内) or after it (按10:30的比例)
RATIO_BEFORE = re.compile(
    r"(?:(?P<lone>(?<=[\u4e00-\u9fff])比)|比例尺?|比值|比分|之比|配比)"
    r"(?P<verb>为|是|达|达到|约|约为|保持在|降至|降为|提高到|调整为|由|从|不低于|不高于|不超过|不少于|不大于|不小于|低于|高于|控制在)?[:：]?[ \u3000]?\Z"
)
#: after the number of a lone 比 (no verb between): a comparison's word, so 比 is "than" and the
#: number a clock time (比8:30提前了半小时, 时间比9:00晚)
COMPARED_AFTER = re.compile(r"(?:提前|提早|推迟|延迟|延后|早|晚|迟|快|慢|多|少|高|低|增|减|上升|下降)")
#: a bare number (a ratio's term after 比: 1比15, 一比十五, 一比一点二)
BARE_TERM = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?")
RATIO_BACK = 9  # how far before the number RATIO_BEFORE is looked for
RATIO_AFTER = re.compile(r"的?(?:比例|比值|配比|之比)")
#: a page's view or click counter's label right before a number (浏览次数： 2168, 阅读量:, 浏览：⏎33)
COUNTER_BEFORE = re.compile(r"(?:浏览|阅读|点击|访问)(?:次数|人次|量|数)?[:：][ \u3000\n]*\Z")
#: the hotline numbers of public services and companies (12306, 12315, 12345, 95588, 96110):
#: five digits from 12, 95 or 96, and the emergency numbers (110 police, 119 fire, 120 ambulance, 122
#: traffic accidents), a hotline only next to a word of its service (:data:`SERVICE_BEFORE`,
#: :data:`SERVICE_AFTER`: 向110报警, 120急救车) or in a list of them led by a word of dialling or
#: followed by a service's word (:data:`SERVICE_LIST_BACK`, :data:`SERVICE_LIST_ON`: 拨打12345、110或119);
#: alone they are quantities (达到12500, 共120)
_SERVICE_NUMBER = r"(?:(?:12|9[56])[0-9]{3}|11[09]|12[02])"
SERVICE_NUMBER = re.compile(_SERVICE_NUMBER)
#: a service's words right before its number (拨打12345, 铁路12306, 热线：96110, 客服“95588”)
_SERVICE_WORDS = r"(?:拨打|致电|电话|热线|客服|举报|投诉|咨询|短信|发送|铁路|服务)[:：]?[ “\"「（(]?"
SERVICE_BEFORE = re.compile(rf"{_SERVICE_WORDS}\Z")
SERVICE_BACK = 6  # how far before the number SERVICE_BEFORE is looked for
#: a list of such numbers after a word of dialling one: each item is one (拨打12345、110或119, 拨打110或120, 致电12345、
#: 12315); after a word of a service only, the list may count (分别服务110、119、120家企业, 投诉120、119、110件), and so
#: may any list that ends in a unit (拨打110、120名: the reader looks at the list's end, :data:`SERVICE_LIST_ON`)
SERVICE_LIST_JOINS = frozenset("、或和及/")
_DIAL_WORDS = r"(?:拨打|致电|电话|热线)[:：]?[ “\"「（(]?"
SERVICE_LIST_ITEMS = 6  # the most items of such a list before the one read (拨打12345、119、120、122、110、12306)
SERVICE_LIST_BACK = re.compile(
    rf"{_DIAL_WORDS}{_SERVICE_NUMBER}(?:[、或和及/]{_SERVICE_NUMBER}){{0,{SERVICE_LIST_ITEMS - 1}}}[、或和及/]\Z")
SERVICE_LIST_SPAN = 4 + 6 * SERVICE_LIST_ITEMS  # how far before the item SERVICE_LIST_BACK is looked for
#: the rest of such a list from an item on, up to the end where a unit would stand (as many items as before it at most:
#: read from each item, an unbounded rest would cost a long list's length squared)
SERVICE_LIST_ON = re.compile(rf"{_SERVICE_NUMBER}(?:[、或和及/]{_SERVICE_NUMBER}){{0,{SERVICE_LIST_ITEMS}}}")
#: an identifier's name right before a bare number (编号为95001, 证号：3021, 序号 12, 学号2019): the
#: number names a thing, no quantity. The names that are also things counted or an activity
#: (weak: 注册账号3000, 完成编码 1200, 新增代码300行) need 为, 是 or a colon, or a code-like number
#: (reader: a leading 0 or six digits and more)
ID_BEFORE = re.compile(
    r"(?:编号|编码|代码|代号|序号|证号|账号|帐号|工号|学号|批号|文号|案号|卡号|单号|房号|牌号|邮编|型号|号码)"
    r"(?:为|是)?[:：]?[ \u3000]?\Z"
)  # (no groups: they cost the search its literal prefix scan)
WEAK_ID_NAMES = frozenset(("编码", "代码", "账号", "帐号", "号码"))
#: a number that goes on in a group of four digits after a blank: written in groups as an account's or
#: a card's number is (账号6222 0212 3456 7890), code-like after even a weak identifier's name
NEXT_GROUP = re.compile("[ \u3000][0-9]{4}(?![0-9])")
ID_BACK = 6  # how far before the number ID_BEFORE is looked for
#: after a currency's code, a number that goes on as a code's does (a dash and a letter or a zero-padded number, 系列
#: or 型: USD1200-B, CNY 2026-001, CNY 300系列): an identifier's, no amount
CODE_AMOUNT_ON = re.compile(r"[ \u00a0\u3000]?[0-9][0-9,.]*(?:[-－—–](?:[A-Za-z]|0[0-9])|系列|型)")
#: a currency's code in an exchange rate, no amount's: one side of a pair (USD/CNY 7.1, EUR/USD 1.08: a slash
#: joins it to the other code) or after a rate's word, up to RATE_GAP characters of no stop between
#: (人民币对美元汇率RMB 7.1, 中间价为USD 7.1; not 兑换USD 500, money exchanged)
CODE_PAIR = frozenset("/／")
RATE_GAP = 4
RATE_BEFORE = re.compile(rf"(?:汇率|兑(?!换)|中间价)[^，。；;,\n0-9]{{0,{RATE_GAP}}}\Z")
RATE_BACK = RATE_GAP + 3  # how far before the code RATE_BEFORE is looked for
#: the names of a hotline: a number from 1 a few characters before one is a service's (12345热线,
#: 12355青少年服务台: :data:`HOTLINE_WORDS`)
HOTLINE_NAMES = ("热线", "专线", "服务台", "服务平台")
#: a service's words after its number, up to four characters of its name between (12345热线,
#: 12306网站, “12306”账号, 95588客服电话, 12339举报受理电话, 12315投诉, 12338妇联维权服务中心): the hotline's
#: names and more
SERVICE_WORDS = (*HOTLINE_NAMES, "服务", "客服", "平台", "网站", "官网", "账号", "帐号", "APP", "App", "app", "短信",
                 "电话", "号码", "政务", "举报", "投诉", "报警", "急救", "救护", "火警", "消防", "指挥中心")  # fmt: skip
SERVICE_AFTER = re.compile(
    r"[”\"」）)]?[^\s\d，。；、,;：:]{0,4}?(?:" + "|".join(SERVICE_WORDS) + ")"
)
#: (:data:`_NOT_HOUR`)
NOT_HOUR = re.compile(_NOT_HOUR)
#: brands named by a count of animals or plants (三只松鼠, 七匹狼, 三棵树, 九头鸟): the name right
#: before a word about a company (三只松鼠股份有限公司, 三只松鼠:IPO仍在排队; not 上市, which is also
#: 'comes to market': 五头牛上市); found from the measure word after a numeral
#: (the caller finds the measure words with str.find and takes the numerals before); the name may also
#: be an item of a list of names that ends in 等 and such a word (三只松鼠、良品铺子等品牌, 三只松鼠等企业: at most
#: BRAND_LIST_MAX more items of at most BRAND_ITEM_MAX characters each)
BRAND_WORDS = ("公司", "企业", "商家", "集团", "股份", "品牌", "旗舰店", "控股", "IPO", "创始人", "董事长", "财报", "股价", "市值")
BRAND_LIST_MAX, BRAND_ITEM_MAX = 4, 6
_BRAND_LIST = f"(?:(?:[、和与及][^，。；、\\s]{{1,{BRAND_ITEM_MAX}}}?){{0,{BRAND_LIST_MAX}}}等)?"
BRAND_AT = {
    w: re.compile(f"{w}[\u4e00-\u9fff]{{1,2}}?(?=[:：  ]?{_BRAND_LIST}(?:{'|'.join(BRAND_WORDS)}))") for w in "只匹棵头颗"
}
#: an address's parts in Arabic digits, ending in a room's number or a stairway's unit: 3栋2单元501室,
#: 2号楼1205室, A座1203室, 5楼502室, 1单元302室, a room alone written with three or four digits
#: (1205室), and 3栋2单元: labels, no counts of 栋, 单元 or 室 (新建3栋, 3室1厅 count), also a range of rooms sharing
#: 室 (1单元101至103室, 2号楼1201-1203室, 101至103室); found backwards from 室 or 单元, the digits of its first part not
#: glued to more digits or letters
#: a building's number or letter (2号楼, A座), shared by :data:`ADDRESS_BACK` and :data:`ROOM_BACK`
_BUILDING_NUMBER = r"(?:[0-9]{1,4}|[A-Z])"
_BUILDING = rf"{_BUILDING_NUMBER}(?:栋|幢|座|号楼|楼|层)"
_FIRST_ROOM = r"(?:[0-9]{3,4}[至到\-－—–~～])?"  # (the first room of a range: 101至103室)
#: a range of rooms sharing 室 with no building's part: two rooms' numbers on one floor (the digits before the last two
#: the same, the last two no 00: 101至103室, 1201-1203室) after no word of counting or building (新建100至300室,
#: 共建成120-150室, 用房200—300室 count rooms)
_COUNT_LASTS = "建成共有计达增设约近超逾余房"
_LONE_ROOMS = rf"(?<![{_COUNT_LASTS}])(?P<fl>[0-9]{{1,2}})(?!00)[0-9]{{2}}[至到\-－—–~～](?P=fl)(?!00)[0-9]{{2}}"
ADDRESS_BACK = re.compile(
    rf"(?<![0-9A-Za-z])(?:(?:{_BUILDING}(?:[0-9]{{1,2}}单元)?|[0-9]{{1,2}}单元)(?:{_FIRST_ROOM}[0-9]{{2,4}})"
    rf"|{_LONE_ROOMS}|(?<![至到\-－—–~～])[0-9]{{3,4}})室\Z"
    rf"|(?<![0-9A-Za-z]){_BUILDING}[0-9]{{1,2}}单元\Z"
)
#: after a dash that follows a word's character: a value with a unit that may be negative after it (a temperature,
#: a percent, money, a length: 部分地区-3℃, 全区-3.5%), or a range's connector before a second value with one
#: (部分地区-3～2℃), signed; a bare number there, or one before another unit, is a label's (附件-2, 片区-1地块, C区-12栋)
_SIGNED_UNIT = r"(?:[%％‰℃°度]|摄氏度|[万亿]?元|[千厘毫]?米|公里)"
_SIGNED_NUMBER = r"[0-9]+(?:\.[0-9]+)?"
SIGNED_VALUE_AFTER = re.compile(rf"{_SIGNED_NUMBER}(?={_SIGNED_UNIT}|[～~〜至到—–]{_SIGNED_NUMBER}{_SIGNED_UNIT})")
#: a weekday's look-alike (周三) after 每 or 一 and before a unit of what a week holds counts it (每周三天, 一周四课时,
#: 每周五个工作日); 天 must end a word there: 天气, 天然气, 天台, 个人 and other words start no unit (每周五天气, 每周五天然气,
#: 每周二天台), and a part of the day after 天 keeps the weekday (每周三天下午: 周三's daytime), as 晚 does (每周三晚)
WEEK = "周"
PER_WEEK_BEFORE = frozenset("每一")
WEEK_COUNT_AFTER = re.compile(r"天(?![气然台安津地空文桥堂河井窗线]|[上下]午|中午|早上|晚上)|小时|课时|学时|个(?![人别])")
#: a room's number written without 室 after its building's or floor's number (2号楼305, 3楼302, A座1208,
#: 3栋2单元501, 4楼403会议室): three or four digits that end the address: a clause's end, a word for a room, or a
#: list's or a range's connector before another room's bare three or four digits that end it too (2号楼305-306,
#: 3楼302至305); a unit or 年 after the next number makes the pair a range of quantities or years (新建6栋200-300平方米,
#: 3号楼2023至2025年, 5号楼共有305户 count); the building's part is found backwards from the room's digits, and
#: forwards from its own number (3楼302: no 3 either)
_ROOM_STOP = r"(?:[\s，。；、,;：:）)】\]]|会议室|办公室|教室|房间|\Z)"
_ROOM_END = rf"(?:{_ROOM_STOP}|[和或至到\-—~～][0-9]{{3,4}}{_ROOM_STOP})"
ROOM_END = re.compile(_ROOM_END)
ROOM_STOP = re.compile(_ROOM_STOP)
#: a building's part before a room's digits (2号楼, 3栋2单元, A座), or a stairway's unit alone (2单元502, as 2单元502室;
#: not after 第: 第2单元120 is a book's or a course's unit and a number)
_ROOM_BUILDING = (
    rf"(?<![0-9A-Za-z])(?:{_BUILDING_NUMBER}(?:栋|幢|座|号楼|楼)(?:[0-9]{{1,2}}单元)?|(?<![第笫])[0-9]{{1,2}}单元)"
)
#: before a second room's number, the first one after its building's part and the connector (2号楼305-306)
ROOM_PAIR_BACK = re.compile(rf"{_ROOM_BUILDING}[0-9]{{3,4}}[和或至到\-—~～]\Z")
#: how far back from a second room's digits its building's part may start (12号楼3单元1203-)
ROOM_PAIR_SPAN = 15
ROOM_BACK = re.compile(rf"{_ROOM_BUILDING}\Z")
ROOM_AFTER_FLOOR = re.compile(rf"(?:(?:栋|幢|座|楼)(?:[0-9]{{1,2}}单元)?|单元)[0-9]{{3,4}}(?={_ROOM_END})")
#: how far back from a room's digits its building's part may start (12号楼3单元)
ROOM_BACK_SPAN = 10
#: after N路, what makes it a bus route's number (12路公交车, 十二路汽车, 1路、2路公交: a label, no count
#: of 路; 兵分3路 is none of these)
BUS_ROUTE_AFTER = re.compile(r"路(?:公交|车|汽车|电车|巴士|专线|夜班|[、和及或至到\-—～~][0-9一二三四五六七八九十]{1,4}路)")
ADDRESS_BACK_SPAN = 20  # how far before 室 or 单元's end an address may start (12号楼3单元1201至1203室)
#: after N室, the characters that make 室 the start of a word (2010室内设计: a year, then 室内)
ROOM_WORDS = frozenset("内外温友主")
ROOM, UNIT_OF_STAIRS = "室", "单元"


#: a document's serial number after its year in brackets: 国发〔2020〕5号, 法释〔2001〕19号,
#: 京政发[2019]12号 (an identifier, no count), found from the closing bracket after 4 digits
DOC_SERIAL = {
    c: re.compile(rf"{re.escape(c)}(?<=[0-9]{{4}}{re.escape(c)})[ \u3000]?([0-9]{{1,5}}|[{CN_NUM_CLASS}]{{1,6}})号")
    for c in "〕]］】"
}
#: a document's number after 第, right before 号: an order's, an announcement's or a case's
#: (国务院令第708号, 主席令第七十三号, 公告第8号, 指导案例第680号; the word may end a line before
#: 第), or before 令/建议/提案 (公安部第69号令, 第7240号建议): an identifier, no ordinal. Searched
#: before each 号 that follows a numeral, in a window of DOC_NUMBER_BACK characters
DOC_NUMBER_BEFORE = re.compile(
    f"(?:(?:令|公告|通告|案例|文件)[ \u3000]?(?:\r?\n)?)?第([0-9０-９]{{1,5}}|[{CN_NUM_CLASS}零〇]{{1,6}})\\Z"
)
DOC_NUMBER_AFTER = ("令", "建议", "提案", "议案")
DOC_NUMBER_BACK = 12

# identifiers (protected like terms)
URL = re.compile(r"(?:https?://|www\.)[\x21-\x7e]+")
AT = re.compile(r"@[A-Za-z0-9.-]{1,255}")
EMAIL_LOCAL = re.compile(r"[A-Za-z0-9._%+-]{1,64}\Z")

# a slogan or name in 「」/『』 that starts with a Chinese numeral (see QUOTED_PHRASE for “”)
QUOTED_NAME_CJK = re.compile(f"[「『]([{CN_NUM_CLASS}][^」』\n，。；：、,.;:0-9０-９]{{0,9}}?)[」』]")
# plenary sessions: 十一届八次全会, 三届七次、八次全会 (found from their literal part, then the
# numerals before it are taken); two literal-led patterns, each found with a fast string search
SESSION = re.compile("次(?:全体会议|全会)")
SESSION_OF = re.compile(f"届[{CN_NUM_CLASS}]+次")
#: after N届 (no 第): the body whose session it numbers (七届全国人大, 八届十二中全会, 省委八届历次全会):
#: a session's name (see ``reader._name_kind``)
SESSION_BODY = re.compile(f"全国|人大|中央|政协|党代|代表|扩大|历次|[{CN_NUM_CLASS}]+[中次]")
#: after 第N次: the name of the event it numbers (第四次全国农业普查, 第二次亚非会议, 第十次党代会,
#: 第十次外长会; any meeting in 会, not 机会 or the verbs 会见/会同/会商/会谈; 第二次世界大战;
#: 第四次中日民间贸易协定; after one blank or line break too: 第二次 全国污染源普查, a title cut by its wrap)
EVENT_NAME = re.compile(r"(?:[ \u3000]|\r?\n)?[^，。；、：\s]{0,14}?(?:(?<!机)会(?![见同商谈])|普查|调查|科考|论坛|大战|战争|革命|起义|路线斗争|协定|协议|条约)")
#: after N级 (a Chinese numeral), what makes it a grade, no count of levels: 三级医院, 三级公立医院,
#: 二级标准, 二级航道, 三级公路, 二级公司, 二级指标, 二级以上, 二级及以上, and the level of an alert
#: (四级应急响应, 二级响应, 三级预警, 一级警报), a rank or a professional title (二级巡视员, 四级调研员,
#: 三级主任科员, 二级警督, 三级消防长, 二级教授, 一级建造师, 二级注册建筑师) and what a law grades for
#: protection (二级文物, 一级保护区, 二级保护动物), and the level of an exam, a certificate or a qualification
#: (英语六级考试, 二级证书, 三级资质, 二级心理咨询师, 四级口译) (省市县三级, 两级财政, 三级养老服务网络 count)
_GRADE_HEADS = (
    "及?以[上下]|医院|公立|综合医院|中医|甲等|乙等|标准|航道|公路|子?公司|指标|支流|达标|批发|应急响应|响应|预警|警报"
    "|巡视员|调研员|主任科员|科员|警[司督监长]|消防[长士]|指挥[员长]|关务|教授|建造师|建筑师|注册|工程师|教师|法官|检察官"
    "|律师|作曲家|演员|运动员|裁判|文物|保护区|保护动物|保护植物|保护野生"
    "|考试|证书|资质|资格|心理咨询师|咨询师|技师|厨师|口译|笔译|翻译"
)
GRADE_HEAD = re.compile(_GRADE_HEADS)
#: after N级, the other grades of a list that ends in such a word: 三级、四级医院, 三级和四级警报,
#: 二级、三级、四级预警 (each item is a grade, as the last one is); at most GRADE_LIST_MAX items after
#: the first (a bound: every item's look ahead stays short on any text)
GRADE_LIST_MAX = 5
GRADE_LIST_HEAD = re.compile(f"(?:(?:、|和|或|及|与)[{CN_DIGIT}十]{{1,3}}级){{1,{GRADE_LIST_MAX}}}(?:{_GRADE_HEADS})")
#: after N年, what makes the span of years a programme's name (治本攻坚三年行动, 三年行动计划,
#: 十年规划纲要, 三年攻坚行动: the plan's label; 五年攻坚克难 is a span, and so is 八年计划建设), maybe
#: after a two-character word that says what the action does (三年提质行动, 三年倍增行动; not 三年时间,
#: 三年以来, 三年内外: words of the span itself)
#: and a school system named by its years, as 九年制义务教育 is (十二年义务教育 was rewritten 12年义务教育)
PROGRAMME_HEAD = re.compile("(?:(?![来内间以后前中里时的多余半之左上])[\u4e00-\u9fff]{2})?(?:行动|攻坚(?!克难)|规划|义务教育)")
#: after N本, what makes it a tier of university admission (三本院校, 一本线, 二本批次, 二本上线率, 三本达线,
#: 二本录取; not 三本录取通知书, 两本录取证: books), no count of books; the tiers are 一, 二 and 三 only
#: (ADMISSION_TIERS: 两本院校 counts)
ADMISSION_TIER_AFTER = re.compile("(?:院校|线(?!装)|批次|高校|招生|上线|达线|录取(?!通知|证))")
ADMISSION_TIERS = frozenset(("一", "二", "三", "1", "2", "3"))
#: a numbered formula: 四项原则, 三项公报, 三大纪律八项注意, 六项政治标准, 接班人五项条件, 十六字方针,
#: 三个有利于 (the numeral is part of the name): per measure word, a pattern matching it before one
#: of its heads (``numbers_formula_heads.txt``); found from the literal measure word, the numerals
#: before it taken by the caller


#: what qualifies a set's head that names a set only so qualified (五项正义要求, 四项基本权利: a set
#: of demands or rights named by what they are; 三项要求 is a count)
FORMULA_QUALIFIERS = "正义|正義|正当|正當|合理|合法|基本|根本|政治|民主"


@lazy
def _formula_heads() -> dict[str, tuple[list[str], list[str]]]:
    """``numbers_formula_heads.txt`` read once: per measure word, its plain heads and the heads
    that name a set only when qualified (:data:`FORMULA_QUALIFIERS`)."""
    heads: dict[str, tuple[list[str], list[str]]] = {}
    for line in read_lexicon("numbers_formula_heads.txt"):
        head, measures, *flag = line.split("\t")
        for w in measures.strip():
            heads.setdefault(w, ([], []))[bool(flag and flag[0].strip() == "qualified")].append(head.strip())
    return heads


@lazy
def formula_names() -> dict[str, re.Pattern[str]]:
    """The numbered-formula patterns, one per measure word (项, 條, 字 …): the measure word right
    after a Chinese numeral (the lookbehind after the literal keeps the pattern literal-led, found
    with a fast string search) and before a head."""
    out = {}
    for w, (plain, qualified) in _formula_heads().items():
        alts = [f"(?:基本|政治)?{term_regex((h, '') for h in plain)}"] if plain else []
        if qualified:
            alts.append(f"(?:{FORMULA_QUALIFIERS}){term_regex((h, '') for h in qualified)}")
        out[w] = re.compile(f"{re.escape(w)}(?<=[{CN_NUM_CLASS}]{re.escape(w)})(?={'|'.join(alts)})")
    return out


@lazy
def formula_next() -> dict[str, frozenset[str]]:
    """For each measure word of :func:`formula_names`, the characters its pattern may match
    before (a head's first, or a qualifier's): where another character follows the measure
    word (第十条规定), the pattern is not tried."""
    out = {}
    for w, (plain, qualified) in _formula_heads().items():
        leads = ("基本|政治" if plain else "") + ("|" + FORMULA_QUALIFIERS if qualified else "")
        out[w] = frozenset(h[:1] for h in (*plain, *qualified, *leads.split("|")) if h)
    return out


#: the joint communiqués (中美三个联合公报, 三个公报), the N-point agreements (十七条协议) and outlines
#: (四十条纲要): numbered formulas, found from 个 before 公报 and 条 before 协议 or 纲要
COMMUNIQUES = re.compile("个(?=(?:联合)?公报)|条(?=协议|纲要)")
#: a short quoted phrase holding a Chinese numeral anywhere: “新九条”, “探索三号”, “宁夏二十一景”,
#: “四化同步、城乡融合、五区共兴” (a slogan or name: its Chinese numerals are part of it)
QUOTED_PHRASE = re.compile(f"“([^”“\n，。；：！？,;:!?]{{0,24}}?[{CN_NUM_CLASS}〇][^”“\n，。；：！？,;:!?]{{0,24}}?)”")
@lazy
def echo_risk_re() -> re.Pattern[str]:
    """In a quoted name, a numeral a run could start from (another numeral or a unit's first
    character after it: 四人帮, 十件民生实事): only such names are looked for unquoted (四化同步
    holds no run wherever it stands)."""
    firsts = re.escape("".join(sorted(unit_firsts())))
    return re.compile(f"[{CN_NUM_CLASS}](?:[{CN_NUM_CLASS}]|[{firsts}])")


#: the first Arabic digit of a quoted phrase (the Chinese part before it is the name: “三个80%”)
ARABIC_DIGIT = re.compile(f"[{AD}]")
#: a term a report's notes explain, after the note's number and before its colon:
#: ［10］两个基地、两个枢纽：… (the term is a name; the note starts a line or follows a blank or 。)
#: (one pattern per opening bracket: a literal-led pattern is found with a fast string search)
GLOSSARY_TERM = {
    o: re.compile(re.escape(o) + r"[0-9]{1,3}[］\]】〕][ \u3000]?([^：:\n。，；]{1,30}?)[：:]") for o in "［[【〔"
}
#: a festival named by its month and day: 五一节, 三八国际妇女节, 八一建军节, 六一儿童节 (found from
#: 节, the words before it matched backwards: the month and day end where this match starts). October
#: names a holiday by its first day only (十一节假日); 十四节, 第十二节 and 十二节课 count knots, sections
#: and lessons, and after 第 no month and day start (第三节)
FESTIVAL_AT = re.compile("节")
FESTIVAL_BEFORE = re.compile(
    "(?<![第一二三四五六七八九十])(?:[一二三四五六七八九][一二三四五六七八九]|十一)"
    "(?:国际)?(?:劳动|青年|妇女|儿童|建军)?\\Z"
)
#: a title in book-title marks, up to :data:`TITLE_MAX` characters, also across the line breaks a
#: crawl puts inside it (《⏎…二〇三五年远景目标的建议⏎》): a document's or a work's name, which
#: ``numbers_to_digits`` keeps as written (its years are still found)
TITLE_MAX = 120
TITLE = re.compile(f"《[^《》]{{1,{TITLE_MAX}}}》")
#: a short title in book-title marks with a Chinese numeral: 《十六条》, 《五一节》 (a document's or
#: a work's name; long titles such as 《一九七八—一九八五年规划纲要》 are read,
#: and kept as written by the rewrite: :data:`TITLE`)
SHORT_TITLE = re.compile("《([^《》\\n，。；：]{1,8})》")  # (the caller checks for a numeral)
#: a revolution, uprising or movement named by its month: 十月社会主义革命, 上海一月革命风暴,
#: 二月革命, 十月起义 (found from 月 + the event word by MONTH_EVENT_AT, a literal-led pattern the
#: engine finds with a fast string search; MONTH_EVENT then reads the month's numerals before it)
_MONTH_EVENT_NAME = "(?:社会主义)?(?:革命|起义|暴动|事变|政变|风暴|惨案|运动(?![员会场]))"
MONTH_EVENT = re.compile(f"(?:十[一二]?|[一二三四五六七八九])(?=月{_MONTH_EVENT_NAME})")
MONTH_EVENT_AT = re.compile(f"月(?={_MONTH_EVENT_NAME})")
#: a slogan after 口号 (口号是苦战三年，…: up to the clause's end) and before 的口号 (提出了苦干三年
#: 改变面貌的口号: back to the clause's start or the verb that raises it)
SLOGAN_AFTER = re.compile("口号(?:就是|是|为)?[：:]?[ \u3000]?([^，。；！？：:\n“”「」]{2,20})")
SLOGAN_BEFORE = re.compile("的口号")
SLOGAN_CLAUSE = re.compile("[^，。；！？：:\\n“”「」]{2,20}\\Z")
SLOGAN_BACK = 20  # how far before 的口号 a slogan may start
SLOGAN_VERB = re.compile("(?:提出|喊出|发出|响应|高举|树立|贯彻|实现)了?")
#: a launch vehicle's serial after its model: 长征二号F遥十三, 长征五号遥五 (found from the literal 遥;
#: the caller checks that 号 and up to two letters stand before it)
FLIGHT_SERIAL = re.compile(f"遥([{CN_NUM_CLASS}]{{1,4}})")
FLIGHT_MODEL = re.compile("号[A-Z]{0,2}\\Z")
#: groups named by the count of their members: 四人帮, 三人小组, 两校大批判组 (the head, found from
#: its literal; the caller takes the member word and the numerals before it). 帮 and 组 as verbs
#: or in other words (帮助, 组成, 组织, 组长) are no head
GANG_HEAD = re.compile("帮(?<=人帮)(?![助忙扶带教衬])")  # (matched where str.find finds 人帮)
GROUP_HEAD = re.compile("组(?![成织建合装件团队员长])")
#: the members a group is named by (人, 校 …) and the kinds of group between them and 组 (三人小组,
#: 三人领导小组, 两校大批判组), longest first: a clause (三人分组, 二十人参加小组讨论) is no name
GROUP_MEMBERS = frozenset("人校方部省市国")
GROUP_KINDS = tuple(sorted(
    ("", "小", "领导小", "工作", "工作小", "协调小", "专案", "调查", "专家", "写作", "批判", "大批判", "督导",
     "巡视", "评审", "考察", "联合工作"), key=len, reverse=True))  # fmt: skip
#: a label after a document's part: 附件三, 附录二, 附表一, 附件2 (the annex's name: 附件三所列 is no
#: 3 所)
PART_LABEL = re.compile(f"附(?:件|录|表)([{CN_NUM_CLASS}0-9０-９]{{1,3}})")
#: after N寸, what makes it a photo's standard size (二寸免冠彩色照片, 一寸蓝底证件照, 2寸彩照): no length
PHOTO_AFTER = re.compile("(?:近期|免冠|彩色|蓝底|白底|红底|正面|半身|电子|证件|标准|的)*(?:照(?![明射料顾耀])|相片|彩照)")
#: a region named by a direction and a count: 北三县, 东三省, 西北五省区
REGION_NAME = {d: re.compile(f"{d}([{CN_NUM_CLASS}]{{1,2}})(?=[县省市区州盟旗])") for d in "东西南北"}


@lazy
def era_years() -> dict[str, re.Pattern[str]]:
    """Years of an era calendar, one pattern per era name's last character: the name and the year's
    Chinese numerals before 年 (光绪二十六年, 民国十八年: the numerals, group 1, are part of the name;
    no year of the common era and no span). Each pattern is matched where its name starts, one
    character before the last (:func:`.spans.name_spans`).

    >>> era_years()["绪"].match("光绪二十六年")[1], era_years()["国"].match("全国三年") is None
    ('二十六', True)
    """
    heads: dict[str, list[str]] = {}
    for name in era_names():
        heads.setdefault(name[1], []).append(name[0])
    return {c: re.compile(f"[{''.join(h)}]{re.escape(c)}([{CN_NUM_CLASS}]{{1,4}})(?=年)") for c, h in heads.items()}


#: a quoted name of a numeral, 个 and a number without a unit: “四个1”活动, “3个100万”, “3个100”
#: (“两个100%” holds a quantity, 100%; a phrase led by an Arabic number is a name: QUOTED_NUMBER_NAME)
QUOTED_COUNT_NAME = re.compile(f"“([{CN_NUM_CLASS}0-9０-９]+个[0-9０-９]{{1,3}}[万亿]?)”")
#: a short quoted phrase or title around a place: its start before it, its end after it (an
#: Arabic number without a unit glued to the name's text is its label: “科创100”, 《中国制造2025》)
NAME_OPEN = re.compile(r"[“《][^“”《》\n。，；：！？]{0,12}\Z")
NAME_CLOSE = re.compile(r"[^“”《》\n。，；：！？]{0,12}[”》]")
#: a quoted code or formula of digits: “2152”龙头工程, “1+10+N”体系 (a name)
QUOTED_CODE = re.compile("“([0-9０-９A-Za-z+＋]{1,12})”")
#: a short quoted phrase that ends with a number of articles names a policy package by it
#: (“民营经济32条”, “金融16条”, “稳经济33条”): a name, the number no count of the text's own
QUOTED_ARTICLES_NAME = re.compile("“([^“”\n，。；：！？,;:!?0-9０-９]{2,12}[0-9０-９]{1,3}条)”")
#: a short quoted phrase that starts with an Arabic number names a programme, a policy or a
#: concept by it (“15分钟生活圈”, “1小时经济圈”, “13条政策”, “80条”, “240小时过境免签”): a name
QUOTED_NUMBER_NAME = re.compile("“([0-9０-９][^”“\n，。；：！？,;:!?]{0,20})”")
# five-year plans: 第六个五年计划, 第一个五年内 and 第一個五年計劃 (found from 个五年), 七五计划, “十五”期间 (found from 五 + the head
# word, the numerals before it taken by the caller)
PLAN_ORDINAL = re.compile(f"第[{CN_NUM_CLASS}]{{1,3}}[个個]五年")  # (第一个五年内: the plan, its name cut short)
PLAN_SHORT = re.compile("五(?=[计計][划劃]|[规規][划劃]|期[间間]|[时時]期)")
PLAN_SHORT_NEXT = frozenset("计計规規期时時")  # (what may follow its 五: tried only there)
#: service numbers: 12345热线, 12355青少年服务台 (a 3-5 digit number starting with 1 before 热线,
#: 专线 or 服务台/服务平台 within a few characters); the words, grouped by first character (each
#: group found from the places of that character, in the order of the groups)
HOTLINE_WORDS = tuple(tuple(w for w in HOTLINE_NAMES if w[0] == c) for c in dict.fromkeys(w[0] for w in HOTLINE_NAMES))
HOTLINE_NUMBER = re.compile(r"(?<![0-9])1[0-9]{2,4}(?![0-9.])(?=[^\n，。；、,;0-9]{0,10}\Z)")
HOTLINE_BACK = 16  # how far before 热线 its number may stand


@lazy
def model_heads() -> frozenset[str]:
    """The heads of product and model names (``numbers_model_names.txt``): 昇腾384, 鲲鹏 920."""
    return frozenset(read_lexicon("numbers_model_names.txt"))


@lazy
def model_head_lasts() -> frozenset[str]:
    """The last characters of the model heads, and a blank."""
    return frozenset({h[-1] for h in model_heads()} | {" "})
