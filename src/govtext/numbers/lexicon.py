"""The finder's lexicon: the numeral alphabet, units, currencies, qualifiers, ordinary words that
contain numerals, name heads and numbered series.

The numeral alphabet is derived from the parser's tables (:mod:`._parse`), never copied, so
:func:`~govtext.numbers.parse_number` and :func:`~govtext.numbers.find_numbers` read the same
characters. The word lists live in ``govtext/data/`` and are loaded on first use.
"""

from __future__ import annotations

from .._util import lazy, read_data, read_lexicon
from . import _parse as _p

DEFAULT_PROTECTED: frozenset[str] = frozenset(read_lexicon("protected_terms.txt"))
"""Set phrases and proper names never read as numbers (``data/protected_terms.txt``).

Extend it with ``DEFAULT_PROTECTED | {"my term"}``; pass ``frozenset()`` to disable it (the
built-in list of ordinary words containing numerals, such as 统一 and 一些, stays active).
"""

# ---------------------------------------------------------------------------------- alphabet
CN_DIGIT = _p.DIGIT_CHARS  # Chinese digits, financial and traditional forms, 〇/○, 幺
CN_UNIT = _p.SMALL_CHARS + _p.BIG_CHARS + _p.TENS_CHARS  # 十百千, 万亿, 廿卅卌
CN = CN_DIGIT + CN_UNIT
AD = "0-9" + _p.FULLWIDTH_DIGITS[0] + "-" + _p.FULLWIDTH_DIGITS[-1]  # a regex class body
FULLWIDTH_DIGITS = _p.FULLWIDTH_DIGITS
BIGS = _p.BIG_CHARS
SMALLS = _p.SMALL_CHARS
ZEROS = "".join(ch for ch, v in _p.DIGITS.items() if v == 0)
#: digits that are read-out or financial forms only: alone they are never a mention (参天, 幺)
FORMAL_ONLY = "壹贰叁參参肆伍陆柒捌玖拾佰仟幺"
CN_DIGIT_SET = frozenset(CN_DIGIT)
CN_SET = frozenset(CN)
#: what makes an ordinal: 第, and 笫 (its common misprint: 笫五十四条 is an article's heading)
ORDINAL_MARKS = frozenset("第笫")


def han_word(ch: str) -> bool:
    """A Han character that is no numeral (a name's or a word's character beside a number).

    >>> han_word("政"), han_word("二"), han_word("2")
    (True, False, False)
    """
    return "\u4e00" <= ch <= "\u9fff" and ch not in CN_SET
#: the plain digits that make two-digit approximations (两三个, 七八十)
PAIR_FIRST = "一二三四五六七八九两兩"
PAIR_SECOND = "二三四五六七八九两兩"
#: characters a quoted slogan or plenary session's numeral is written with
CN_NUM_CLASS = "一二两兩三四五六七八九十百千"
CN_NUM_SET = frozenset(CN_NUM_CLASS)

SPACE = " \u3000"
SPACE_SET = frozenset(SPACE)
DASHES = "—–-－~～〜"
CONN_CHARS = DASHES + "至到"  # a range's connectors
SENT_END = "\n\r\t \u3000。；;：:！!？?"
POINTS = frozenset("点點")

# ---------------------------------------------------------------------------------- qualifiers
PRE_QUALIFIERS = ("大约有", "大约", "约为", "约合", "约有", "约", "将近", "接近", "近", "超过", "突破", "超", "逾", "不到", "不足",
                  "不少于", "不低于", "不超过", "不高于", "不小于", "不大于", "不多于", "低于", "高于", "小于", "大于", "少于", "多于",
                  "至少", "最多", "多达", "未满", "不满", "≥", "≤", "≧", "≦")  # fmt: skip
#: (未满十八周岁, 不满十四周岁: less than; the signs ≥ ≤ as a table's or a notice's comparison:
#: 体温≥37.3℃. The signs > and < are left out: breadcrumbs use them as arrows, 首页 > 2026年…)
#: characters that make a one-character qualifier the end of a word, no qualifier: 节约, 签约,
#: 预约, 违约 (节约10%: saves 10%, not about 10%); 最近, 附近 (最近三年: the last three years);
#: 新突破, 重大突破 (the noun: 新突破三年行动 is a campaign's name, not more than three years).
#: Only heads that end no other word before 约/近 (not 失: 损失约46亿元; not 条: 一条约5公里的路)
QUALIFIER_WORD_HEADS = {"约": "节签预履违缔契纽", "近": "最附邻靠临就亲", "突": "新大"}
#: more heads before 约有 only (该条约有5项条款, 公约有12条, 合约有, 规约有, 特约有: a word ending in 约
#: then 有), and two heads that are such a word's only when no other word ends there: 条 unless a
#: numeral or a demonstrative is before it (一条约有5公里长: 条 a measure word, 约有 about), 制
#: unless it ends 编制, 体制, 控制... (编制约有50人: about 50)
YUE_YOU_HEADS = "公合规特简婚誓租盟毁续俭邀"
YUE_YOU_PAIR_HEADS = {"条": "一二两三四五六七八九十几每这那", "制": "编体机控限研专管"}
POST_QUAL_WORDS = ("左右", "上下", "以上", "以下", "以内", "之内", "有余")
#: what 零下 and 负 make of the number after them
NEGATIVE_PREFIXES = ("零下", "负")
PCT_PREFIX = ("百分之", "千分之", "万分之")
PCT_UNIT = {"%": "%", "％": "%", "‰": "‰", "‱": "‱"}
YUAN = ("元", "圆", "块")
LAW_MARKERS = frozenset(("编", "分编", "章", "节", "条", "款", "项"))
YEAR_UNITS = frozenset(("年", "年度", "学年", "学年度"))
DAY_UNITS = frozenset(("日", "天", "工作日", "日历日"))
#: time units whose number (not a year, a month or a day of a date, a quarter) is a span of time:
#: kind ``duration`` like a number of days (三年, 六个月, 两周, 五个小时, 十五分钟, 两个世纪)
SPAN_UNITS = frozenset(("年", "年度", "学年", "学年度", "个月", "周", "小时", "钟头", "分钟", "秒", "季度", "学期", "世纪", "晚",
                        "夜"))
#: names of phases, quarters and sessions: a numeral before them is found, never rewritten
#: (一期/二期工程, 一季度/四季度, 第十二届), so a text never writes 2季度 beside 一季度
NAME_UNITS = frozenset(("期", "季度", "届", "级"))
QUARTERS = 4
QUARTER = "季度"
#: the words for a part of the day right before an hour (下午3时, 晚上8点), by how they turn a
#: 12-hour clock's hour into the 24-hour value (see :func:`day_period_hour`): "am" keeps it
#: (上午9时 9:00, 上午12点 12:00), "dawn" keeps 1-11 and makes 12 midnight (凌晨1点 1:00, 凌晨12点
#: 0:00), "noon" adds 12 to 1-5 (中午12点 12:00, 中午1点 13:00), "pm" adds 12 to 1-11 (下午3点
#: 15:00, 傍晚6点 18:00), "evening" keeps the late-night hours 1-4, adds 12 to 5-11 and makes 12
#: midnight (晚上一点 1:00, 晚上8点 20:00, 晚上12点 0:00), "night" keeps the small hours 1-5
#: (深夜2点 2:00), adds 12 to 6-11 and makes 12 midnight. Hours 0 and 13-23 are never changed
#: (下午15时 is 15:00).
DAY_PERIODS = {
    **dict.fromkeys(("早上", "早晨", "清晨", "上午", "早间"), "am"),
    "凌晨": "dawn",
    "中午": "noon",
    **dict.fromkeys(("午后", "下午", "傍晚"), "pm"),
    **dict.fromkeys(("晚上", "晚间", "夜晚", "当晚", "今晚"), "evening"),
    **dict.fromkeys(("夜里", "夜间", "深夜", "半夜", "午夜"), "night"),
}
#: the one-character words for a morning or an evening before an hour (早8点到晚6点, 晨6点, 每晚8点,
#: 昨晚11点), classed as :data:`DAY_PERIODS` (a two-character word there is looked up first: 傍晚)
SHORT_PERIODS = {"早": "am", "晨": "am", "晚": "evening"}
NOON, SMALL_HOURS = 12, 5
#: the class of an Arabic hour with 点 that its context makes a clock time without a word for the part
#: of the day (会议9点召开, 每天9点): the hour is kept as said
CLOCK = "clock"
#: each class of :data:`DAY_PERIODS`: (is 12 midnight, the last hour kept as said, the last hour
#: that gains 12); the hours between the two gain 12, those after both are kept
_PERIOD_HOURS = {
    "am": (False, 11, 11),
    "dawn": (True, 11, 11),
    "noon": (False, 0, SMALL_HOURS),
    "pm": (False, 0, 11),
    "evening": (True, 4, 11),
    "night": (True, SMALL_HOURS, 11),
    CLOCK: (False, 11, 11),
}


def day_period_hour(period: str, hour: int) -> int:
    """The 24-hour value of *hour* said after a day-period word of class *period*
    (:data:`DAY_PERIODS`).

    >>> [day_period_hour(p, h) for p, h in (("pm", 3), ("noon", 12), ("noon", 1), ("evening", 12))]
    [15, 12, 13, 0]
    >>> [day_period_hour(p, h) for p, h in (("night", 2), ("night", 11), ("am", 9), ("pm", 15))]
    [2, 23, 9, 15]
    >>> [day_period_hour(p, h) for p, h in (("evening", 1), ("evening", 5), ("dawn", 12), ("am", 12))]
    [1, 17, 0, 12]
    """
    midnight, kept, gains = _PERIOD_HOURS[period]
    if hour == NOON:
        return 0 if midnight else hour
    if not 1 <= hour < NOON:
        return hour
    return hour + NOON if kept < hour <= gains else hour


#: the kind of a numeral that is a name's label, no quantity (五届人大, 2号线, “科创100”): kept as
#: written, never found (like a decade)
LABEL = "label"


def _tsv(name: str) -> dict[str, str]:
    out = {}
    for line in read_data(name).splitlines():
        line = line.split("#", 1)[0].rstrip()
        if "\t" in line:
            k, v = line.split("\t", 1)
            out[k.strip()] = v.strip()
    return out


@lazy
def units() -> dict[str, str]:
    """Unit words and their category: count, time, multiple, points (``numbers_units.txt``), with
    their traditional-script and older forms (``numbers_units_traditional.txt``: 噸, 個, 公尺)."""
    table = _tsv("numbers_units.txt")
    for form, unit in unit_forms().items():
        table.setdefault(form, table[unit])
    return table


@lazy
def unit_chars() -> frozenset[str]:
    """The characters that are a number's unit word on their own: the one-character words of the
    unit and currency tables (年, 月, 日, 人, 个, 元, 届; 個, 噸), the numeral scales (十, 百, 千, 万,
    亿 and their other forms) and 点 (of a clock or a score).

    >>> sorted(c for c in "年月日人元个万亿点届时分的中" if c in unit_chars())
    ['万', '个', '人', '亿', '元', '届', '年', '日', '月', '点']
    """
    words = (*units(), *currencies())
    return frozenset({w for w in words if len(w) == 1} | CN_SET - CN_DIGIT_SET | POINTS)


@lazy
def counted_time_units() -> frozenset[str]:
    """Time units 个 may stand before as their measure word (六个工作日, 五个小时, 两个年度, 三个季度: a
    span of quarters, where 三季度 is the third): two characters or more, no other name's word and
    no 个-word of the table (个月)."""
    table = units()
    return frozenset(u for u, c in table.items() if c == "time" and len(u) > 1 and (u not in NAME_UNITS or u == QUARTER)
                     and not u.startswith("个") and f"个{u}" not in table)  # fmt: skip


@lazy
def unit_forms() -> dict[str, str]:
    """Other forms of unit words and the unit each is (噸 -> 吨, 個 -> 个, 公尺 -> 米): a mention
    reports the unit as ``numbers_units.txt`` writes it."""
    return _tsv("numbers_units_traditional.txt")


@lazy
def currencies() -> dict[str, str]:
    """Currency words and the canonical unit of the mention (``numbers_currencies.txt``)."""
    return _tsv("numbers_currencies.txt")


#: the signs of a currency written before an amount (¥1,200.00, ￥300元: yuan; $25.50: US dollars, €
#: euros, £ pounds) and the currency each names; they are no unit after a number
CURRENCY_SIGNS = {"¥": "元", "￥": "元", "$": "美元", "＄": "美元", "€": "欧元", "£": "英镑"}
#: a currency's ISO code or a dollar sign led by its country's letters, written before an amount (RMB 3000元,
#: CNY 300, USD 1,200, US$500,000, HK$3,000, A$50), and the currency each names; a word of its own (no Latin
#: letter or digit right before it)
CURRENCY_CODES = {"RMB": "元", "CNY": "元", "USD": "美元", "US$": "美元", "HKD": "港元", "HK$": "港元", "EUR": "欧元",
                  "GBP": "英镑", "JPY": "日元", "AUD": "澳元", "A$": "澳元"}  # fmt: skip
#: the abbreviations of economic indicators a statistics bulletin writes before their value (全市GDP 3500亿元, 人均GDP
#: 1.2万美元, PMI 50.2%, CPI 102.1): a word of their own, no identifier's letters (v100, CPC 2, 型号ABC 300 are)
INDICATOR_CODES = frozenset(("GDP", "GNP", "GNI", "CPI", "PPI", "PMI"))


@lazy
def pre_currencies() -> tuple[str, ...]:
    """Currency words that may stand before a number (人民币1000元, 美元300): the multi-character
    words of the currency table that name a currency rather than a counting word (块钱, 元整), and
    the codes and signs of :data:`CURRENCY_CODES` and :data:`CURRENCY_SIGNS` (RMB 3000元, ¥1,200.00)."""
    cur = currencies()
    words = [w for w, c in cur.items() if len(w) > 1 and (c != "元" or w.startswith("人民币"))]
    return tuple(sorted(words, key=len, reverse=True)) + tuple(CURRENCY_CODES) + tuple(CURRENCY_SIGNS)


@lazy
def pre_last() -> frozenset[str]:
    """The last characters of a prefix (a qualifier or currency before a number), and blanks."""
    return frozenset({w[-1] for w in (*PRE_QUALIFIERS, *pre_currencies())} | SPACE_SET)


@lazy
def pre_window() -> int:
    """How far back a prefix (and one blank) can reach."""
    return max(len(w) for w in (*PRE_QUALIFIERS, *pre_currencies())) + 1


@lazy
def unit_firsts() -> frozenset[str]:
    """The characters unit and currency words start with."""
    return frozenset(w[0] for w in (*units(), *currencies()))


@lazy
def nonquantity() -> tuple[tuple[str, str], ...]:
    """Ordinary words that contain numerals, each with the characters that may not follow it."""
    out = []
    for line in read_lexicon("numbers_nonquantity.txt"):
        word, _, neg = line.partition(" !")
        out.append((word.strip(), neg.strip()))
    return tuple(out)


@lazy
def name_heads() -> tuple[str, ...]:
    """Words that make 第N before them part of a name (第一中学, 第三人民医院)."""
    return tuple(sorted(read_lexicon("numbers_name_heads.txt"), key=len, reverse=True))


@lazy
def serial_terms() -> frozenset[str]:
    """Series names with a number, as literal terms: 神舟九号, 长征五号 (heads in
    ``numbers_serial_names.txt``, numbers 一 to 三十)."""
    nums = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    nums += ["十" + n for n in nums[:9]] + ["二十"] + ["二十" + n for n in nums[:9]] + ["三十"]
    return frozenset(f"{head}{n}号" for head in read_lexicon("numbers_serial_names.txt") for n in nums)


#: the last characters of the physical measures (and ages) whose 半 is half of one before what is measured as
#: where the word ends (三斤半猪肉, 一公顷半耕地, 一平方米半, 两岁半孩子): tons, watts, volts, metres, grams, litres,
#: li, jin, mu, hectares and years of age (the reader's and the lone 一's one list)
HALF_MEASURE_LASTS = "吨瓦伏米克升里斤亩顷岁"


@lazy
def half_measures() -> tuple[str, ...]:
    """The count units (and their other forms) ending in one of :data:`HALF_MEASURE_LASTS` (斤, 公斤, 公顷, 平方米,
    噸, 岁): 半 or 多 after one is half a unit or up to one more (一升半水, 一公顷多)."""
    forms, table = unit_forms(), units()
    return tuple(u for u, c in table.items() if c == "count" and forms.get(u, u)[-1] in HALF_MEASURE_LASTS)


@lazy
def half_words() -> frozenset[str]:
    """Words starting with 半 (半导体, 半成品, 半价) and halves of a unit or a container (半斤, 半袋):
    ``numbers_half_words.txt``, two or three characters each."""
    return frozenset(read_lexicon("numbers_half_words.txt"))


def half_word_at(text: str, pos: int) -> bool:
    """Does a word start at the 半 at *pos*: one of :func:`half_words` (三斤半导体, 两吨半成品, 三斤半袋) or 半X半Y
    (三斤半信半疑, 一斤半肥半瘦)? After a measure, 半 before anything else is half of it (两亩半山地: 2.5 亩).

    >>> half_word_at("三斤半导体", 2), half_word_at("三斤半肥半瘦", 2), half_word_at("两亩半山地", 2)
    (True, True, False)
    """
    words = half_words()
    return text[pos : pos + 2] in words or text[pos : pos + 3] in words or text[pos + 2 : pos + 3] == "半"


@lazy
def era_names() -> tuple[str, ...]:
    """The era names a year's numerals follow (光绪, 民国: ``numbers_era_names.txt``), two characters
    each."""
    names = tuple(read_lexicon("numbers_era_names.txt"))
    if any(len(n) != 2 for n in names):  # pragma: no cover - the bundled list's own check
        raise ValueError("numbers_era_names.txt: era names have two characters")
    return names
