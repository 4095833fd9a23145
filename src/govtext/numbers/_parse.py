"""Parse one numeral string into a number (the engine behind :func:`govtext.numbers.parse_number`).

Kept apart from the finder: everything here works on one short candidate string, so a small
token loop per candidate is fine. Values are computed exactly with :class:`decimal.Decimal` and
converted at the end by :func:`to_python`.
"""

from __future__ import annotations

from decimal import Decimal, localcontext

from .. import _re as re

# Chinese digits (incl. financial and traditional forms; 〇/○ as zero, 幺 as one in read-out codes).
DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3, "参": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip
SMALL: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
MAX_LEN = 100  # no numeral is longer; bounds the work on adversarial input
TENS = {"廿": "二十", "卅": "三十", "卌": "四十"}

#: The numeral alphabet, shared with the finder (``lexicon`` derives its character classes from
#: these tables, never from a copy): digits, small units, scales, the 廿/卅/卌 tens, full-width digits.
DIGIT_CHARS = "".join(DIGITS)
SMALL_CHARS = "".join(SMALL)
#: the scales a fraction's denominator may be written with alone (百万分之五: 5 per million)
_DEN_SCALES = frozenset("百佰千仟万萬亿億")
BIG_CHARS = "".join(BIG)
TENS_CHARS = "".join(TENS)
FULLWIDTH_DIGITS = "０１２３４５６７８９"

_FULLWIDTH = str.maketrans(FULLWIDTH_DIGITS + "．－＋％", "0123456789.-+%")
_GROUPS = re.compile(r"(?<=[0-9])[,，](?=[0-9]{3}(?![0-9]))")
_TOKEN = re.compile(
    rf"(?P<A>[0-9]+(?:\.[0-9]+)?)|(?P<D>[{DIGIT_CHARS}])"
    rf"|(?P<S>[{SMALL_CHARS}])|(?P<B>[{BIG_CHARS}])|(?P<P>[点點])|(?P<J>几)"
)


class NumeralError(ValueError):
    """Raised for anything that is not one well-formed numeral."""


def normalize(text: str) -> str:
    """Full-width digits to ASCII, digit-group separators removed, 廿/卅/卌 expanded."""
    s = text.translate(_FULLWIDTH)
    if "," in s or "，" in s:
        s = _GROUPS.sub("", s)
    for k, v in TENS.items():
        if k in s:
            s = s.replace(k, v)
    return s


def _tokens(s: str) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    pos = 0
    for m in _TOKEN.finditer(s):
        if m.start() != pos:
            raise NumeralError(s)
        pos = m.end()
        kind = m.lastgroup
        t = m.group()
        if kind == "A":
            out.append(("A", Decimal(t)))
        elif kind == "D":
            out.append(("D", DIGITS[t]))
        elif kind == "S":
            out.append(("S", SMALL[t]))
        elif kind == "B":
            out.append(("B", BIG[t]))
        elif kind == "J":
            out.append(("J", None))
        else:
            out.append(("P", None))
    if pos != len(s) or not out:
        raise NumeralError(s)
    return out


def _units(toks: list[tuple[str, object]], strict: bool, ji: int) -> tuple[Decimal, bool]:
    """Value of an integer part with units (十百千万亿). Returns (value, scaled_by_big_unit)."""
    stack: list[tuple[int, Decimal]] = []  # (multiplier, absolute value) of closed 万/亿 groups
    section = Decimal(0)
    cur: Decimal | None = None
    cur_kind = ""
    cur_dec = False
    last_small: int | None = None
    prev = ""  # previous token kind
    prev_unit = 0
    zero = False
    frozen = False  # after a decimal multiplicand only bigger units may follow
    scaled = False
    for kind, val in toks:
        if frozen and kind != "B":
            raise NumeralError("tokens after a scaled decimal")
        if kind == "J":
            kind, val = "D", ji
        if kind == "D":
            if val == 0:
                if cur is not None or (prev in ("", "Z") and strict):
                    raise NumeralError("misplaced zero")
                if prev == "":
                    raise NumeralError("leading zero")
                zero = True
                prev = "Z"
                continue
            if cur is not None:
                raise NumeralError("two digits in a row")
            cur, cur_kind, cur_dec = Decimal(val), "D", False  # type: ignore[arg-type]
        elif kind == "A":
            if strict:
                raise NumeralError("Arabic digits in strict mode")
            if cur is not None:
                raise NumeralError("two numbers in a row")
            cur, cur_kind = val, "A"  # type: ignore[assignment]
            cur_dec = "." in str(val)
        elif kind == "S":
            unit = int(val)  # type: ignore[call-overload]
            if cur is None:
                bare_ok = (prev == "" and unit == 10) or prev == "Z"
                if not strict and unit == 10 and prev in ("S", "B"):
                    bare_ok = True
                if not bare_ok:
                    raise NumeralError("unit without a digit")
                n = Decimal(1)
            else:
                n = cur
            if last_small is not None and unit >= last_small:
                raise NumeralError("units out of order")
            section += n * unit
            last_small, cur, zero, prev_unit = unit, None, False, unit
        elif kind == "B":
            mult = int(val)  # type: ignore[call-overload]
            lower = Decimal(0)
            while stack and stack[-1][0] < mult:
                lower += stack.pop()[1]
            v = section + (cur or 0) + lower
            if v == 0:
                raise NumeralError("scale without a number")
            if stack and stack[-1][0] == mult:
                raise NumeralError("repeated scale")
            if cur is not None and cur_dec:
                frozen = True
            stack.append((mult, v * mult))
            section, cur, last_small, zero, prev_unit = Decimal(0), None, None, False, mult
            scaled = True
        else:
            raise NumeralError("point")
        prev = kind
    if prev == "Z":
        raise NumeralError("trailing zero")
    total = sum((v for _, v in stack), Decimal(0)) + section
    if cur is not None:
        abbreviated = cur_kind == "D" and prev_unit > 10 and not zero and prev == "D"
        total += _last_digit(cur, prev_unit if abbreviated else 0, strict)
    return total, scaled


def _last_digit(cur: Decimal, prev_unit: int, strict: bool) -> Decimal:
    """The value of a numeral's last digit: itself, or for an abbreviated tail (三万五 = 35000,
    一百二 = 120: *prev_unit* the unit before it) a tenth of that unit."""
    if not prev_unit:
        return cur
    if strict:
        raise NumeralError("abbreviated numeral in strict mode")
    return cur * (prev_unit // 10)


def parse_plain(s: str, strict: bool = False, ji: int = 0) -> tuple[Decimal, bool]:
    """Parse an unsigned numeral without %, 分之 or currency. Returns (value, is_integer_form).

    ``ji`` is the value given to 几 (approximate numerals; 0 when not wanted).
    """
    toks = _tokens(s)
    kinds = "".join([k for k, _ in toks])  # one letter per token (A, D, S, B, P, J)
    if "J" in kinds and not ji:
        raise NumeralError("几 is not a number")
    # split off a decimal part: int_part 点 digits [big units]
    frac = ""
    after: list[tuple[str, object]] = []
    if "P" in kinds:
        i = kinds.index("P")
        head, rest = toks[:i], toks[i + 1 :]
        if not head or not rest:
            raise NumeralError("point without digits")
        j = 0
        while j < len(rest) and (rest[j][0] == "D" or (rest[j][0] == "A" and "." not in str(rest[j][1]))):
            if rest[j][0] == "A" and strict:
                raise NumeralError("Arabic digits in strict mode")
            frac += str(rest[j][1])
            j += 1
        after = rest[j:]
        if not frac or any(k != "B" for k, _ in after):
            raise NumeralError("bad decimal part")
        toks, kinds = head, kinds[:i]
    int_form = not frac
    if not kinds.strip("D"):  # (digits only)
        if len(toks) == 1:
            ival = Decimal(toks[0][1])  # type: ignore[arg-type]
        else:
            if strict:
                raise NumeralError("digit sequence in strict mode")
            ival = Decimal("".join(str(v) for _, v in toks))
        scaled = False
    elif kinds == "A":
        ival, scaled = toks[0][1], False  # type: ignore[assignment]
        if strict:
            raise NumeralError("Arabic digits in strict mode")
        int_form = int_form and "." not in str(ival)
    else:
        ival, scaled = _units(toks, strict, ji)
        if "A" in kinds and any(k == "A" and "." in str(v) for k, v in toks):
            int_form = False
    value = ival + (Decimal("0." + frac) if frac else 0)
    for _, mult in after:
        value *= mult  # type: ignore[operator]
        scaled = True
    if scaled and value == value.to_integral_value():
        int_form = True
    return value, int_form


_MONEY = re.compile(
    r"(?P<y>.+?)[元圆圓块塊](?:(?P<j>[^角毛分]+)[角毛])?(?:(?P<f>[^分]+)分)?(?:钱)?[整正]?"
)
_DIG1 = {**{str(i): i for i in range(10)}, **DIGITS}


def parse_value(text: str, strict: bool = False, _ratio: bool = True) -> tuple[Decimal, str]:
    """Parse one numeral; returns (value, form) with form in int/decimal/ratio.

    Percent and permille forms return the plain value (百分之九十 -> 0.9).
    """
    if len(text) > MAX_LEN:
        raise NumeralError("too long for a numeral")
    s = normalize(text.strip())
    if not s:
        raise NumeralError("empty")
    neg = False
    if s[0] in "负-−":
        neg, s = True, s[1:]
    elif s[0] == "+" and not strict:
        s = s[1:]
    value, form = _parse_unsigned(s, strict, _ratio)
    return (-value if neg else value), form


def denominator(den_s: str, strict: bool = False) -> Decimal:
    """The denominator written before 分之: a plain numeral (十万分之一), or scales alone, read as led by
    一 (百万分之五, 千万分之三: per million, per ten million).

    >>> denominator("十万"), denominator("百万")
    (Decimal('100000'), Decimal('1000000'))
    """
    if den_s and all(ch in _DEN_SCALES for ch in den_s):
        den_s = "一" + den_s
    return parse_plain(den_s, strict)[0]


def _parse_unsigned(s: str, strict: bool, ratio: bool = True) -> tuple[Decimal, str]:
    if not s:
        raise NumeralError("empty")
    if ratio:
        for prefix, div in (("百分之", 100), ("千分之", 1000), ("万分之", 10000)):
            if s.startswith(prefix):
                rest = s[len(prefix) :]
                v = Decimal(div) if rest == prefix[0] else parse_value(rest, strict, False)[0]  # (百分之百: all)
                return v / div, "ratio"
        for suffix, div in (("%", 100), ("‰", 1000), ("‱", 10000)):
            if s.endswith(suffix) and len(s) > 1:
                v, _ = parse_value(s[: -len(suffix)], strict, False)
                return v / div, "ratio"
    if "分之" in s:
        if not ratio:
            raise NumeralError("nested ratio")
        den_s, _, num_s = s.partition("分之")
        den = denominator(den_s, strict)
        num, _ = parse_value(num_s, strict, False)
        if den == 0:
            raise NumeralError("zero denominator")
        with localcontext() as ctx:
            ctx.prec = 17
            return num / den, "ratio"
    if "/" in s and not strict:
        a, _, b = s.partition("/")
        if a.isdigit() and b.isdigit() and int(b):
            return Decimal(a) / Decimal(b), "ratio"
        raise NumeralError("bad fraction")
    m = _MONEY.fullmatch(s)
    if m:
        yuan, _ = parse_plain(m["y"], strict)
        value = yuan
        for part, scale in ((m["j"], Decimal("0.1")), (m["f"], Decimal("0.01"))):
            if part is not None:
                if part not in _DIG1:
                    raise NumeralError("bad 角/分 digit")
                value += _DIG1[part] * scale
        form = "int" if value == value.to_integral_value() else "decimal"
        return value, form
    v, int_form = parse_plain(s, strict)
    return v, ("int" if int_form else "decimal")


def to_python(value: Decimal, form: str = "decimal") -> int | float | Decimal:
    """int for integer forms, float for ratios and when 15 significant digits hold the value, else Decimal."""
    if form == "int" and value == value.to_integral_value():
        return int(value)
    if form == "ratio":
        return float(value)
    if value == 0:
        return 0.0
    digits = value.normalize().as_tuple().digits
    if len(digits) <= 15:
        return float(value)
    return value


def scale(chars: str) -> Decimal:
    """The product of the scales *chars* (万亿 -> 10**12)."""
    mult = Decimal(1)
    for ch in chars:
        mult *= BIG[ch]
    return mult


def fmt_decimal(d: Decimal) -> str:
    """Plain decimal string: no exponent, no trailing zeros."""
    if d == d.to_integral_value():
        return str(int(d))
    s = format(d.normalize(), "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def render_scaled(run: str, value: Decimal) -> str:
    """Arabic rendering of a Chinese numeral run that keeps a trailing 万/亿 scale.

    三千万 -> 3000万, 十四亿 -> 14亿, 四百二十七亿四千万 -> 427.4亿 (the largest scale that gives at
    most four decimals); runs not ending in a scale are written out in full.
    """
    if run[-1] not in BIG_CHARS:
        return fmt_decimal(value)
    i = len(run)
    while i > 0 and run[i - 1] in BIG_CHARS:
        i -= 1
    tail = run[i:].replace("萬", "万").replace("億", "亿")
    scales = [tail]
    if ("亿" in run or "億" in run) and "亿" not in tail:
        scales.insert(0, "亿")
    traditional = "萬" in run or "億" in run  # (三萬 -> 3萬: the scale keeps its script)
    for sc in scales:
        q = value / scale(sc)
        if q == q.quantize(Decimal("0.0001")):
            return fmt_decimal(q) + (sc.replace("万", "萬").replace("亿", "億") if traditional else sc)
    return fmt_decimal(value)
