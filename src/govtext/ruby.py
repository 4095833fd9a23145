"""Remove pinyin annotations left after Han characters ("當(dāng)前" -> "當前").

Some sites print a reading after every rare or polyphonic character, and crawls keep
it inline: ``教育質(zhì)量``, ``來(lái)源``. :func:`strip_ruby` removes exactly those
annotations and nothing else.

What counts as an annotation
----------------------------
A bracket pair, ASCII ``( )`` or full-width ``（ ）`` (mixed pairs too), directly after a
Han character (any CJK ideograph), holding exactly one lower-case pinyin syllable:

* the syllable, once its tone is removed, must be in the real inventory of 411 toneless
  Hanyu Pinyin syllables (``data/pinyin_syllables.txt``); ``v`` is read as ``ü``;
* the tone is a tone mark (``dāng``; precomposed or combining), a tone number
  (``dang1``), or absent (``dang``). At most one tone mark.

A word's reading is an annotation too: after *n* Han characters, a bracket holding 2 to *n*
lower-case syllables (at most 6), written apart (``政府(zhèng fǔ)``, ``(zheng4 fu3)``) or
together (``治安(zhì'ān)``, ``(zhìān)``), each a real syllable with at most one tone, at least
half of them toned (a neutral ``de`` or ``zi`` goes without one).

Everything else is a real parenthetical and stays: ``北京(China)``, ``北京(Běijīng)``
(capitalised: a romanised name), ``李(Lǐ)``, ``(zheng fu)`` (no tone), ``(2021—2025年)``,
``(资料图)``, ``(个)``, ``(市、区)``.

The context rule for syllables without a tone
---------------------------------------------
A tone mark or tone number is strong evidence, so a toned syllable after a Han character
is always removed. A toneless one ("(an)", "(me)", "(dang)") may be an English word or a
list marker, so it is removed only when the text itself shows it is pinyin-annotated:

1. the text also has at least one toned annotation, and the syllable is not also a
   common English word (``data/pinyin_english.txt``: "an", "man", "pin", ...) unless it
   is a neutral-tone particle, which annotations write without a tone (de, le, me,
   men, ma, la, ya); or
2. the text has at least three toneless annotations and at least two *different*
   syllables among them that are not also common English words; then all of them go.

The one-letter syllables ``a``, ``e``, ``o`` are never removed without a tone mark: after a
character they are almost always list markers (``条件(a)``).

Not handled: an annotation whose base character was destroyed (by mojibake, say) is not
after a Han character and stays; run :func:`govtext.fix_mojibake` first, as the pipeline
does. Alternatives for a polyphonic character (``长(cháng/zhǎng)``) are not removed.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from . import _re as re
from ._util import check_text, lazy, read_lexicon
from .hygiene import HAN_BLOCKS

# Precomposed tone-marked letters -> (base letter, tone number).
_TONE_LETTERS = {
    **{c: ("a", i + 1) for i, c in enumerate("āáǎà")},
    **{c: ("e", i + 1) for i, c in enumerate("ēéěè")},
    **{c: ("i", i + 1) for i, c in enumerate("īíǐì")},
    **{c: ("o", i + 1) for i, c in enumerate("ōóǒò")},
    **{c: ("u", i + 1) for i, c in enumerate("ūúǔù")},
    **{c: ("ü", i + 1) for i, c in enumerate("ǖǘǚǜ")},
}
_TONE_MARKS = "\u0304\u0301\u030c\u0300"  # combining macron, acute, caron, grave
# Neutral-tone particles that are also English words: toneless in annotated text.
_NEUTRAL = frozenset({"de", "le", "me", "men", "ma", "la", "ya"})
_STRIP_TONES = str.maketrans({c: b for c, (b, _) in _TONE_LETTERS.items()})
_LETTER = "[A-Za-z\u00c0-\u024f\u0300-\u036f]"
#: The most syllables one word's reading may hold.
WORD_SYLLABLES = 6
_MARKED = {ord(c): "1" for c in _TONE_LETTERS}


@lazy
def _syllables() -> frozenset[str]:
    return frozenset(read_lexicon("pinyin_syllables.txt"))


@lazy
def _english() -> frozenset[str]:
    return frozenset(read_lexicon("pinyin_english.txt"))


@lazy
def _candidates() -> re.Pattern[str]:
    # Starts with the bracket, so the stdlib engine skips quickly from bracket to bracket. The
    # group is one syllable or a word's reading (letters, tone digits, blanks, apostrophes),
    # maybe with a blank at its end (read stripped). Its repeat is greedy: the class holds no
    # bracket, so a match ends at the first closing bracket after the run whichever way the
    # run is read, and a greedy run is taken whole once where a lazy one tries the bracket
    # after each character (tested against the lazy pattern).
    return re.compile(
        rf"[(（](?<=[{HAN_BLOCKS}][(（]) ?({_LETTER}[{_LETTER[1:-1]}1-5' ’]{{0,47}}) ?[)）]"
    )


@lazy
def _candidates_from(bracket: str) -> re.Pattern[str]:
    """:func:`_candidates` starting with one opening bracket: a literal first character, which
    ``re`` finds at memchr speed (a class of two is tested character by character)."""
    return re.compile(re.escape(bracket) + _candidates().pattern[len("[(（]"):])


def _candidate_matches(text: str) -> list[re.Match[str]]:
    """``_candidates().finditer(text)``, as two literal-led scans merged. A match holds no
    opening bracket but its first character, so none starts inside another: the merge of the
    two is what the one pattern finds."""
    found = [_matches_from(text, b) for b in "(（" if b in text]
    if len(found) == 1:
        return found[0]
    return sorted(found[0] + found[1], key=lambda m: m.start())


#: :func:`_matches_from` tries the pattern at this many brackets found by ``str.find`` ...
_FIND_WALK = 16
#: ... and at one more every this many characters of the text read: where brackets stand closer
#: (a page annotated character by character), ``re`` scans the rest.
_FIND_GAP = 256


def _matches_from(text: str, bracket: str) -> list[re.Match[str]]:
    """``list(_candidates_from(bracket).finditer(text))``, the pattern tried at each *bracket*
    found by ``str.find`` (memchr speed, where ``re`` tests every character of the text for its
    literal first character: ~5 instructions each). A match starts at a *bracket* and holds no
    other (its class holds none), so the first match at a bracket at or after the end of the
    last is the scan's next one; the pattern's lookbehind reads the text before the place it is
    tried at, as in the scan. Past :data:`_FIND_WALK` brackets and one every :data:`_FIND_GAP`
    characters, the scan finds the rest (a step of Python a bracket costs more than ``re``'s
    scan of a few dozen characters).

    >>> [m.span() for m in _matches_from("中(zhōng)国(guó)(x)", "(")]
    [(1, 8), (9, 14)]
    """
    pattern = _candidates_from(bracket)
    found: list[re.Match[str]] = []
    i = text.find(bracket)
    steps = 0
    while i >= 0:
        steps += 1
        if steps > _FIND_WALK + i // _FIND_GAP:
            found.extend(pattern.finditer(text, i))
            break
        m = pattern.match(text, i)
        if m is not None:
            found.append(m)
        i = text.find(bracket, i + 1 if m is None else m.end())
    return found


@lru_cache(maxsize=4096)
def syllable_of(annotation: str) -> tuple[str, int] | None:
    """The toneless syllable and tone (0 = none given) of a one-syllable pinyin annotation.

    Returns ``None`` when *annotation* is not exactly one lower-case pinyin syllable.

    >>> syllable_of("dāng")
    ('dang', 1)
    >>> syllable_of("lǜ"), syllable_of("lv4"), syllable_of("de")
    (('lü', 4), ('lü', 4), ('de', 0))
    >>> syllable_of("Běijīng") is None, syllable_of("China") is None, syllable_of("Lǐ") is None
    (True, True, True)
    """
    s = annotation
    if any(c in _TONE_MARKS or c == "\u0308" for c in s):
        s = unicodedata.normalize("NFC", s)
    tone = 0
    if s[-1:].isdigit():
        tone = int(s[-1])
        s = s[:-1]
        if not 1 <= tone <= 5:
            return None
    marks = [c for c in s if c in _TONE_LETTERS]
    if any(c in _TONE_MARKS for c in s) or len(marks) > 1 or (marks and tone):
        return None
    if marks:
        tone = _TONE_LETTERS[marks[0]][1]
    base = s.translate(_STRIP_TONES)
    if base != base.lower():
        return None
    if "v" in base:
        base = base.replace("v", "ü")
    if base not in _syllables():
        return None
    return base, tone



@lazy
def _word_parts() -> re.Pattern[str]:
    # pieces of a reading: split at blanks and apostrophes and after a tone digit
    return re.compile(r"[ '’]+|(?<=[1-5])")


@lazy
def _han_run() -> re.Pattern[str]:
    return re.compile(f"[{HAN_BLOCKS}]+")


def _segment(piece: str) -> list[str] | None:
    """*piece* cut into pinyin syllables with at most one tone mark each (the fewest), or None.

    >>> _segment("zhìān"), _segment("xīān"), _segment("xian"), _segment("zhèng")
    (['zhì', 'ān'], ['xī', 'ān'], ['xian'], ['zhèng'])
    """
    base = piece.translate(_STRIP_TONES).replace("v", "ü")
    marks = piece.translate(_MARKED)
    n = len(base)
    if n > 6 * WORD_SYLLABLES:
        return None
    syllables = _syllables()
    # best[i]: the fewest syllables covering base[:i] (pieces are short: <= 36 letters)
    best: list[list[int] | None] = [[]] + [None] * n
    for i in range(n):
        cuts = best[i]
        if cuts is None:
            continue
        for j in range(i + 1, min(n, i + 6) + 1):
            old = best[j]
            if (base[i:j] in syllables and marks.count("1", i, j) <= 1
                    and (old is None or len(old) > len(cuts) + 1)):
                best[j] = [*cuts, j]
    ends = best[n]
    if ends is None:
        return None
    return [piece[a:b] for a, b in zip([0, *ends], ends)]


@lru_cache(maxsize=4096)
def word_reading(annotation: str) -> tuple[str, ...] | None:
    """The toneless syllables of a several-syllable reading (``zhèng fǔ``, ``zheng4fu3``,
    ``zhì'ān``), or None when *annotation* is not one: fewer than 2 or more than
    :data:`WORD_SYLLABLES` syllables, an upper-case letter, a piece that is no syllable, a
    syllable with two tones, or fewer than half of them toned.

    >>> word_reading("zhèng fǔ"), word_reading("gong1zuo4"), word_reading("duì xìng de")
    (('zheng', 'fu'), ('gong', 'zuo'), ('dui', 'xing', 'de'))
    >>> word_reading("zheng fu") is None, word_reading("Běi jīng") is None
    (True, True)
    """
    s = unicodedata.normalize("NFC", annotation)
    if s != s.lower():
        return None
    syllables: list[str] = []
    for piece in filter(None, _word_parts().split(s)):
        cut = _segment(piece.rstrip("12345"))
        if not cut:  # (a piece of tone digits alone, "1" in "dāng 1": no syllable)
            return None
        if piece[-1].isdigit():
            cut[-1] += piece[-1]
        syllables += cut
    if not 2 <= len(syllables) <= WORD_SYLLABLES:
        return None
    found = [syllable_of(x) for x in syllables]
    if any(f is None for f in found):
        return None
    tones = sum(1 for f in found if f and f[1])
    if 2 * tones < len(found):
        return None
    return tuple(f[0] for f in found if f)


def _plain_run_is_pinyin(plain: list[str]) -> bool:
    """Rule 2 of the module docstring, on the toneless candidates' syllables."""
    if len(plain) < 3:
        return False
    english = _english()
    return len({s for s in plain if s not in english}) >= 2


def find_ruby(text: str) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, syllable)`` of the annotations :func:`strip_ruby` removes.

    >>> find_ruby("您當(dāng)前的位置")
    [(2, 8, 'dang')]
    >>> find_ruby("北京(China)和(个)")
    []
    """
    text = check_text(text, "find_ruby")
    if "(" not in text and "（" not in text:
        return []
    toned: list[tuple[int, int, str]] = []
    plain: list[tuple[int, int, str]] = []
    for m in _candidate_matches(text):
        group = m.group(1).strip()
        found = syllable_of(group)
        if found is None:
            word = word_reading(group)
            # a word's reading follows at least as many Han characters as it has syllables
            at = m.start() - len(word or ())
            if word and at >= 0 and _han_run().fullmatch(text, at, m.start()):
                toned.append((m.start(), m.end(), " ".join(word)))
            continue
        span = (m.start(), m.end(), found[0])
        (toned if found[1] else plain).append(span)
    if plain:
        plain = [p for p in plain if p[2] not in ("a", "e", "o")]
        if not _plain_run_is_pinyin([p[2] for p in plain]):
            if toned:
                english = _english()
                plain = [p for p in plain if p[2] not in english or p[2] in _NEUTRAL]
            else:
                plain = []
        if plain:
            return sorted(toned + plain)
    return toned


def strip_ruby(text: str) -> str:
    """Remove pinyin annotations after Han characters; keep real parentheticals.

    See the module docstring for exactly what counts as an annotation.

    >>> strip_ruby("您當(dāng)前的位置")
    '您當前的位置'
    >>> strip_ruby("教育質（zhì）量提升，來(lai2)源")
    '教育質量提升，來源'
    >>> strip_ruby("北京(China)、北京(Běijīng)、计划(2021—2025年)(资料图)")
    '北京(China)、北京(Běijīng)、计划(2021—2025年)(资料图)'

    A toneless syllable needs context: one alone may be English ...

    >>> strip_ruby("选项(an)")
    '选项(an)'

    ... but not on a page that also has toned annotations:

    >>> strip_ruby("的(de)確(què)，选项(an)")
    '的確，选项(an)'
    """
    text = check_text(text, "strip_ruby")
    spans = find_ruby(text)
    if not spans:
        return text
    out = []
    pos = 0
    for start, end, _ in spans:
        out.append(text[pos:start])
        pos = end
    out.append(text[pos:])
    return "".join(out)
