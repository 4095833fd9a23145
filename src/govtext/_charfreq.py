"""How likely a character is between two others, from bundled character and pair counts.

Used by the lossy mojibake repair to choose among the characters that fit the surviving bytes
of a character that lost one byte. The table (``data/char_bigrams.txt``, made by
``scripts/make_char_bigrams.py``; sources in ``data/README.md``) holds the rounded base-2
logarithm of each count, and is read on first use only.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from ._util import data_text, lazy

#: How much likelier (natural logarithm) the best candidate must be than the second when it is
#: a Han character: e**6, about four hundred times. Below that the character stays a mark.
#: Measured on real sentences (reports, laws, 公文, news) damaged by real decoders: at e**3, 1.5%
#: of these guesses were wrong (a wrong character is invented text: 李珊 for the name 李珺, whose
#: rare 珺 is no candidate), at e**6 0.17%, as rarely as when one common character fits alone.
MARGIN = 6.0
#: The same for a punctuation mark or symbol (。 at the end of a line, 、 between two words): e**3,
#: about twenty times; measured, none of about 1,200 such guesses was wrong at e**3.
MARK_MARGIN = 3.0
_EOL = "\u23ce"  # how the table writes a line break
# the table counts every digit as 0 (ASCII or full width)
_DIGITS = str.maketrans("123456789０１２３４５６７８９", "000000000" * 2 + "0")
_K = 5.0  # weight of a character's own frequency in the pair estimates (additive smoothing)
_WB = 10.0  # times the number of different characters seen after it (chosen on reports and laws)


@dataclass(frozen=True)
class _Table:
    chars: dict[str, float]
    pairs: dict[str, float]
    total: float
    #: for each character, how many different characters follow it in the pairs (Witten-Bell)
    kinds: dict[str, int]


@lazy
def _table() -> _Table:
    chars: dict[str, float] = {}
    pairs: dict[str, float] = {}
    text = data_text("char_bigrams.txt")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        head, _, keys = line.partition("\t")
        count = 2.0 ** int(head[1:])
        keys = keys.replace(_EOL, "\n")
        if head[0] == "C":
            chars.update(dict.fromkeys(keys, count))
        else:
            pairs.update(dict.fromkeys((keys[i : i + 2] for i in range(0, len(keys), 2)), count))
    kinds: dict[str, int] = {}
    for pair in pairs:
        kinds[pair[0]] = kinds.get(pair[0], 0) + 1
    return _Table(chars, pairs, sum(chars.values()), kinds)


def frequent() -> dict[str, float]:
    """The characters the table counts (others are too rare to be chosen), with their counts."""
    return _table().chars


def frequent_pairs() -> dict[str, float]:
    """The character pairs the table counts, with their counts."""
    return _table().pairs


def association(a: str, b: str) -> float:
    """How much likelier the pair *ab* is than its characters side by side by chance (base-2
    pointwise mutual information of the bundled counts; ``-inf`` for a pair the table never saw).
    A word's two characters score high (全国, 美国), a word's end and the next word's start low.

    >>> association("全", "国") > 2 > association("新", "国")
    True
    """
    t = _table()
    pair = t.pairs.get(a + b, 0.0)
    if not pair:
        return -math.inf
    return math.log2(pair * t.total / (t.chars.get(a, 1.0) * t.chars.get(b, 1.0)))


def _given(t: _Table, prev: str, c: str, pc: float) -> float:
    """P(c | prev): the pair's count, backed off to P(c) = *pc* with the weight of the number
    of different characters seen after *prev* (Witten-Bell smoothing)."""
    w = _K + _WB * t.kinds.get(prev, 0)
    return (t.pairs.get(prev + c, 0.0) + w * pc) / (t.chars.get(prev, 0.0) + w)


def _log_score(t: _Table, left: str, c: str, right: str) -> float:
    """log P(c | left) + log P(right | c) / P(right) (P(c) without a left neighbour), smoothed
    as :func:`_given` does, written out: it runs for every candidate."""
    chars = t.chars
    n = t.total + 4000.0
    left, right = left.translate(_DIGITS), right.translate(_DIGITS)
    pc = (chars.get(c, 0.0) + 0.5) / n
    if left:
        w = _K + _WB * t.kinds.get(left, 0)
        s = (t.pairs.get(left + c, 0.0) + w * pc) / (chars.get(left, 0.0) + w)
    else:
        s = pc
    if right:
        pr = (chars.get(right, 0.0) + 0.5) / n
        w = _K + _WB * t.kinds.get(c, 0)
        s *= (t.pairs.get(c + right, 0.0) + w * pr) / (chars.get(c, 0.0) + w) / pr
    return math.log(s)


def chain_score(text: str) -> float:
    """The log-likelihood of *text* as a chain of characters, each given the one before it
    (U+FFFD, a lost character, gives no context to the next one and costs nothing).

    >>> chain_score("宾馆") > chain_score("倾领")
    True
    """
    t = _table()
    n = t.total + 4000.0
    s = 0.0
    prev = ""
    for c in text.translate(_DIGITS):
        if c == "\ufffd":
            prev = ""
            continue
        pc = (t.chars.get(c, 0.0) + 0.5) / n
        if prev:
            s += math.log(_given(t, prev, c, pc))
        else:
            s += math.log(pc)
        prev = c
    return s


def likeliest(options: Iterable[tuple[str, str, str]]) -> int | None:
    """The index of the option ``(left, character, right)`` whose character is clearly the
    likeliest between its neighbours (single characters, or "" where a neighbour is unknown),
    or None when none is :func:`margin` above the others.

    >>> likeliest([("", c, "路") for c in "兝兡公兟兣"])
    2
    >>> likeliest([("", "的", ""), ("", "地", "")]) is None  # no context: not 400 times likelier
    True
    """
    t = _table()
    options = list(options)
    scored = sorted(((_log_score(t, *o), i) for i, o in enumerate(options)), reverse=True)
    if not scored or not guessable(best := options[scored[0][1]][1]):
        return None
    if len(scored) == 1 or scored[0][0] - scored[1][0] >= margin(best):
        return scored[0][1]
    return None


def margin(c: str) -> float:
    """How much likelier (natural logarithm) the candidate *c* must be than every other one to
    be chosen: :data:`MARGIN` for a Han character, :data:`MARK_MARGIN` for a mark or symbol.

    >>> margin("中"), margin("。")
    (6.0, 3.0)
    """
    return MARGIN if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" or c >= "\U00020000" else MARK_MARGIN


def guessable(c: str) -> bool:
    """Whether *c* may be chosen by its neighbours: not a full-width form (，；：！？（） follow
    almost any character, and at the end of a line ； is as likely as 。: the counts tell them
    apart poorly; measured, choosing them gave a third of the wrong choices and few right ones).

    >>> guessable("，"), guessable("。"), guessable("中")
    (False, True, True)
    """
    return not "\uff00" <= c <= "\uffef"
