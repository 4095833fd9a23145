"""Whitespace, spacing and punctuation hygiene for Chinese text.

Four independent steps, each its own ``Config`` switch, each a no-op on text that is
already clean (a single precompiled regex search decides that):

* :func:`normalize_whitespace`: invisible and odd whitespace characters, indentation,
  line endings, runs of blank lines;
* :func:`fix_cjk_spacing`: spaces PDF extraction leaves inside Chinese;
* :func:`fix_punctuation_width`: ASCII punctuation inside Chinese to its full-width form;
* :func:`restore_lost_quotes`: "?" that replaced lost book-title marks 《》.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

import regex

from . import _re as re
from ._codepoints import WS_BIT, class_table, codepoints, flags_of, regex_class, unique
from ._util import (
    OCR_SERIAL,
    OCR_YEAR,
    char_class_body,
    check_text,
    lazy,
    read_lexicon,
    splice,
    ungap,
)

# ---------------------------------------------------------------------------
# Character classes (strings to put inside [...])

#: Unambiguously Chinese punctuation: CJK symbols and punctuation, and the full-width
#: forms of ASCII punctuation. Curly quotes are left out: English uses them too.
_CJK_PUNCT = r"\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
#: Han characters and Chinese punctuation: the "Chinese context" of the rules below.
_CJK = r"\p{Han}" + _CJK_PUNCT

#: The blocks holding every character of Unicode's Han script, for the stdlib ``re``
#: patterns of the fast paths (``re`` scans a character set several times faster than
#: ``regex`` does; it has no ``\p{Han}``). A superset of ``\p{Han}`` (tested), so a fast
#: path never misses text a rule would change.
HAN_BLOCKS = (
    r"\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff"
    r"\uf900-\ufaff\U00016fe0-\U00016fff\U00020000-\U0003ffff"
)

# ---------------------------------------------------------------------------
# normalize_whitespace

# Line breaks other than "\n": CR (alone or before LF), VT, FF, NEL, LS, PS.
_BREAKS = "\r\x0b\x0c\x85\u2028\u2029"
# Removed everywhere: C0/C1 controls (not \t \n and the breaks above), soft hyphen,
# zero-width space, word joiner, invisible math operators, deprecated format characters,
# BOM / zero-width no-break space.
_DROP = (
    "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b\u2060-\u2064\u206a-\u206f\ufeff"
)
# Removed only next to Han, ASCII, Chinese punctuation, whitespace or a text edge, where
# they can do nothing: ZWNJ, ZWJ, LRM, RLM, ALM, bidi embeddings/overrides/isolates.
# Between two characters of other scripts (emoji ZWJ sequences, Persian ZWNJ, Arabic
# bidi marks) they are kept.
_JOINERS = "\u200c-\u200f\u061c\u202a-\u202e\u2066-\u2069"
_JOINER_CONTEXT = r"\x00-\x7f\s" + _CJK
# Unicode spaces other than " " (category Zs), turned into " ".
_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# Kangxi radicals, the radicals of the supplement (U+2E80) and the CJK compatibility ideographs
# that stand for a unified one: each becomes that ideograph (NFKC's mapping, the ideographs' is
# canonical; for the supplement's radicals NFKC leaves, data/han_radicals.txt: the class holds
# the whole block, :func:`_han_form_table` folds only those listed). PDF fonts map the
# ideographs they draw to radicals ("⼀、⼯作⽬标", "部⻔"), older encodings keep compatibility
# ideographs for round trips. (Not the supplement at U+2F800: a range past the BMP costs ``re``
# one more test at every character.)
_HAN_FORMS = (
    "\u2e80-\u2ef3\u2f00-\u2fd5\uf900-\ufa0d\ufa10\ufa12\ufa15-\ufa1e\ufa20\ufa22\ufa25\ufa26"
    "\ufa2a-\ufa6d\ufa70-\ufad9"
)


_WS_CLASS = f"{_BREAKS}{_DROP}{_JOINERS}{_SPACES}{_HAN_FORMS}"


@lazy
def _ws_chars() -> re.Pattern[str]:
    return re.compile(f"[{_WS_CLASS}]")


#: From this length on, :func:`_ws_found` looks the code points up in a table (NumPy, one pass
#: in C) instead of scanning with :func:`_ws_chars` (~30 ns a character in ``re``).
_TABLE_MIN = 2048


def _ws_found(text: str) -> set[str]:
    """The characters of :func:`_ws_chars`'s class that *text* holds: from the repair's look-up
    of this very text when it kept its entries, whatever its length (a few NumPy calls on
    entries already made cost less than the scan), else by a table or the pattern."""
    flags = flags_of(text)
    if flags is not None or len(text) >= _TABLE_MIN:
        a = codepoints(text)
        # the repair's look-up of this very text holds the class (one bit), else a look-up
        hits = (flags & WS_BIT) != 0 if flags is not None else class_table(_WS_CLASS).take(a, mode="clip")
        return set(map(chr, unique(a[hits]).tolist())) if hits.any() else set()
    return set(_ws_chars().findall(text))


def _ws_is_clean(text: str) -> bool:
    return "&" not in text and _ws_chars().search(text) is None and _blanks_clean(text)


@lazy
def _ws_blank_at_edge() -> tuple[re.Pattern[str], re.Pattern[str]]:
    # A space before a line break or another space or after a line break, and the same for a
    # tab (but before a tab: a tab inside a line stays). Each led by its blank, a literal that
    # ``re`` skips to fast; a multi-character ``str`` search ("\n " in text) costs a few times
    # more on Chinese text (UCS-2), and there were five of them.
    return re.compile(" (?:[ \n]|(?<=\n ))"), re.compile("\t(?:\n|(?<=\n\t))")


def _blank_edges(text: str) -> bool:
    r"""Whether a line of *text* starts or ends with a space or a tab, or holds two spaces in a
    row (what ``"  " in text or "\n " in text or " \n" in text or "\n\t" in text or "\t\n"
    in text`` or a blank at either end of *text* say).

    >>> _blank_edges("a\n b"), _blank_edges("a\tb c\n\nd"), _blank_edges("a\t\nb"), _blank_edges("a  b")
    (True, False, True, True)
    """
    space, tab = _ws_blank_at_edge()
    return (
        text.startswith((" ", "\t"))
        or text.endswith((" ", "\t"))
        or space.search(text) is not None
        or ("\t" in text and tab.search(text) is not None)
    )


# HTML character references left by extraction: a name or a number, with its semicolon (a
# name without one is ordinary text: "?id=1&copy=2"), after any number of escaped ampersands
# ("&amp;nbsp;" was escaped twice). A chain of escaped ampersands alone is one "&".
_AMP = r"(?:amp|AMP|#0*38|#[xX]0*26);"
_REFERENCE = rf"&(?:{_AMP})*(?:(#[0-9]{{1,7}}|#[xX][0-9a-fA-F]{{1,6}}|[A-Za-z][A-Za-z0-9]{{1,31}});)?"


@lazy
def _ws_references() -> re.Pattern[str]:
    return re.compile(_REFERENCE)


def _writable(value: str) -> bool:
    """Whether a reference's value can be written back: not a letter, a digit or one of ``&#;``
    (decoding "&&num;38;" to "&#38;" would make a new reference, so a second run would change
    the text again), not a control character, not the U+FFFD that an invalid number gives."""
    return not any(
        c in "&#;\ufffd" or c < " " or "\x7f" <= c < "\xa0" or (c.isascii() and c.isalnum())
        for c in value
    )


def _decode_reference(m: re.Match[str]) -> str:
    ref = m.group(1)
    if ref is None:
        return "&"
    written = "&" + ref + ";"
    value = html.unescape(written)  # numbers as HTML reads them (&#150; is cp1252's –)
    return value if value != written and _writable(value) else written


def decode_references(text: str) -> str:
    """Decode the HTML character references extraction left in *text* (``&nbsp;``, ``&ldquo;``,
    ``&#12290;``, ``&amp;amp;``), in one pass; the result has none left to decode.

    >>> decode_references("&ldquo;双减&rdquo;&#12290;R&amp;D, AT&T, ?a=1&copy=2&amp;amp;b")
    '“双减”。R&D, AT&T, ?a=1&copy=2&b'
    """
    if "&" not in text:
        return text
    return _ws_references().sub(_decode_reference, text)


def _blanks_clean(text: str) -> bool:
    return not _blank_edges(text) and _ws_newlines().search(text) is None


@lazy
def _ws_joiners() -> regex.Pattern[str]:
    c = _JOINER_CONTEXT
    return regex.compile(rf"(?<![^{c}])[{_JOINERS}]+|[{_JOINERS}]+(?![^{c}])")


@lazy
def _ws_padding() -> regex.Pattern[str]:
    # The odd blanks (U+3000, NBSP ...; ASCII spaces beside them) between two Han characters
    # that each stand alone: a two-character word padded to the width of three (总\u3000则,
    # 代\u3000县, 韩\u3000正). Alone: at a line's edge, next to punctuation, or across blanks
    # from a word of two Han characters or more; so not in a row of such characters
    # (年\u3000月\u3000日 is a form's blank date) nor next to a letter or digit (2024年\u3000月).
    # A line's indentation and its trailing blanks are its edge too (rule 5 strips them later:
    # \u3000\u3000通\u3000知 is a heading padded like 通\u3000知).
    # (led by the first Han character, kept in group 1, and the blanks taken possessively:
    # each attempt starts at a Han character and scans its blanks once, so the cost is linear)
    b, o = f"[ {_SPACES}]", f"[{_SPACES}]"
    edge = r"\n|[^\s\p{L}\p{N}]"
    return regex.compile(
        rf"(?:(?<=(?:\A|\n){b}*)|(?<={edge})|(?<=\p{{Han}}\p{{Han}}{b}+))(\p{{Han}})(?={b}*{o}){b}++"
        rf"(?=\p{{Han}}(?:{b}*+(?:\Z|\n)|{edge}|{b}++\p{{Han}}\p{{Han}}))"
    )


@lazy
def _ws_padding_gate() -> tuple[re.Pattern[str], str, re.Pattern[str]]:
    # A run of blanks, the blanks as a string, a Han character: _ws_padding() may match at the
    # Han character right before a run of blanks that holds an odd one
    blanks = f"[ {_SPACES}]"
    chars = "".join(re.findall(blanks, "".join(map(chr, range(0x3001)))))
    return re.compile(f"{blanks}*"), chars, re.compile(f"[{HAN_BLOCKS}]")


def _found_at(text: str, chars: Iterable[str]) -> list[int]:
    """Where the characters *chars* stand in *text*, in order (``str.find``: memchr speed)."""
    out = []
    for c in chars:
        i = text.find(c)
        while i >= 0:
            out.append(i)
            i = text.find(c, i + 1)
    return sorted(out)


def _before_blanks(text: str, lo: int, hi: int, chars: str) -> int:
    """``lo + len(text[lo:hi].rstrip(chars)) - 1``: where the last character of ``text[lo:hi]``
    not among *chars* stands (``lo - 1`` when there is none), read backwards in windows growing
    fourfold from :data:`_BLANKS_WINDOW` (the blanks before a run are few: a long line is not
    copied to the run for each of its odd blanks).

    >>> _before_blanks("ab  \u3000c", 0, 5, " \u3000"), _before_blanks("   x", 1, 3, " ")
    (1, 0)
    """
    width = _BLANKS_WINDOW
    while True:
        start = max(lo, hi - width)
        kept = len(text[start:hi].rstrip(chars))
        if kept or start == lo:
            return start + kept - 1
        width *= 4


#: The first window :func:`_before_blanks` reads.
_BLANKS_WINDOW = 16


def _drop_padding(text: str, odd: Iterable[str]) -> str:
    """*text* without the blanks :func:`_ws_padding` finds (tried at each Han character right
    before a run of blanks that holds an odd one, a character of *odd*: every odd blank
    (:data:`_SPACES`) the text holds; each run read once).

    >>> _drop_padding("组\\u3000长：韩\\u00a0正。(a\\u3000b)", "\\u3000\\u00a0")
    '组长：韩正。(a\\u3000b)'
    """
    full = _ws_padding()
    run, chars, han = _ws_padding_gate()
    edits = []
    pos = done = 0  # (done: the end of the last run read)
    for start in _found_at(text, odd):
        if start < done:
            continue  # (in the run just read)
        if start == 0 or text[start - 1] == "\n":  # a line's indentation: no Han character before it
            done = run.match(text, start).end()
            continue
        at = _before_blanks(text, done, start, chars)  # the character before the run
        done = run.match(text, start).end()
        if at < pos or not han.match(text, at):
            continue
        r = full.match(text, at)
        if r is not None:
            edits.append((r.start(1) + 1, r.end(), ""))
            pos = r.end()
    return splice(text, edits) if edits else text


@lazy
def _ws_newlines() -> re.Pattern[str]:
    return re.compile("\n\n\n+")  # a literal prefix: found by a fast search


@lazy
def _ws_line_starts() -> re.Pattern[str]:
    # The blanks after a line break: the pattern starts with the literal "\n", so ``re`` tries
    # it at line breaks only (found at memchr speed), never at the spaces inside a line.
    return re.compile("\n[ \t]+")


@lazy
def _ws_line_ends() -> re.Pattern[str]:
    # A line break after a blank (literal-led too): the run before it is found by rstrip.
    return re.compile("\n(?<=[ \t]\n)")


@lazy
def _ws_line_edge() -> re.Pattern[str]:
    # What either of the two above finds first (literal-led: tried at line breaks only).
    return re.compile("\n(?:[ \t]|(?<=[ \t]\n))")


def _strip_line_edges(text: str) -> str:
    r"""Every line of *text* without its leading and trailing spaces and tabs (what
    ``"\n".join(line.strip(" \t") for line in text.split("\n"))`` gives), the runs found by
    literal-led searches: the cost goes with the line breaks, not with the spaces. The runs
    after a line break go in one substitution (in C: a report indents every paragraph); the
    rarer runs before one are cut line by line. A text whose lines only hold blanks inside
    them (two spaces in a row: what :func:`_blank_edges` often found) is told by one scan.

    >>> _strip_line_edges(" \ta \n  b\t\n \n c ")
    'a\nb\n\nc'
    >>> _strip_line_edges(" a  b\nc  d ")  # (no blank at a line break: the ends only)
    'a  b\nc  d'
    """
    if _ws_line_edge().search(text) is None:  # (one scan, where the two below are two)
        return text.strip(" \t")
    text = _ws_line_starts().sub("\n", text)
    parts = []
    pos = 0
    for m in _ws_line_ends().finditer(text):
        end = m.start()
        start = text.rfind("\n", 0, end) + 1
        parts.append(text[pos : start + len(text[start:end].rstrip(" \t"))])
        pos = end
    if parts:
        parts.append(text[pos:])
        text = "".join(parts)
    return text.strip(" \t")  # (the first line's leading blanks, the last one's trailing)


@lazy
def _ws_inner() -> re.Pattern[str]:
    # Inside a line (once _strip_line_edges() has removed the others): a maximal run of two or
    # more spaces, no tab next to it, replaced by one space (a literal). The pattern starts
    # with the literal "  ", so ``re`` tries it only where two spaces meet; the lookbehind
    # keeps it at a run's first space.
    return re.compile("  (?<![ \t]  ) *(?![ \t])")


#: From this length on, :func:`_collapse_inner` finds the lines holding two spaces in a row from
#: the text's code points ...
_INNER_SCAN_MIN = 8192
#: ... and substitutes in those lines only, when they are at most this many.
_INNER_LINES_MAX = 64


def _collapse_inner(text: str) -> str:
    """``_ws_inner().sub(" ", text)``: each run of two or more spaces inside a line, no tab next
    to it, made one space.

    ``re`` tries the pattern at each space of the text (its literal "  " is found a space at a
    time): a long line of words between single spaces (keyword spam) costs a test a space, a
    few times a scan of the text. On a long text the lines holding two spaces in a row are
    found by one comparison of its code points (in C) and the pattern substitutes in them only:
    a match lies inside a line and its lookarounds read blanks only, and a line break is none,
    as the edge of a line cut out is none to them: each line substituted alone gives what the
    whole text's substitution gives there. *text* itself when no run is found (as ``sub``).

    >>> x = "a  b\\tc\\n" + "字 " * _INNER_SCAN_MIN + "\\nd \\t  e   f"
    >>> _collapse_inner(x) == _ws_inner().sub(" ", x), _collapse_inner(x).endswith("d \\t  e f")
    (True, True)
    """
    inner = _ws_inner()
    if len(text) < _INNER_SCAN_MIN:
        return inner.sub(" ", text)
    import numpy as np

    space = np.frombuffer(np.array(text), dtype="<u4") == 32
    pairs = (space[:-1] & space[1:]).nonzero()[0]  # (where two spaces meet)
    parts, pos, k, changed = [], 0, 0, False
    while k < len(pairs):
        if len(parts) >= 2 * _INNER_LINES_MAX:
            return inner.sub(" ", text)
        p = int(pairs[k])
        start, end = text.rfind("\n", 0, p) + 1, text.find("\n", p)
        end = len(text) if end < 0 else end
        line = text[start:end]
        done = inner.sub(" ", line)
        changed = changed or done is not line
        parts += (text[pos:start], done)
        pos, k = end, int(pairs.searchsorted(end))
    if not changed:
        return text
    parts.append(text[pos:])
    return "".join(parts)


@lazy
def _ws_kinds() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The characters of each class _ws_chars() finds: breaks, removed, joiners, spaces, Han forms."""
    every = "".join(map(chr, range(0x3000 + 1)))  # every class lies below U+3001 ...
    every += "\ufeff" + "".join(map(chr, range(0xF900, 0xFB00)))  # ... but the BOM and ideographs
    kinds = (_BREAKS, f"[{_DROP}]", f"[{_JOINERS}]", f"[{_SPACES}]", f"[{_HAN_FORMS}]")
    return tuple(  # type: ignore[return-value]
        frozenset(k) if not k.startswith("[") else frozenset(re.findall(k, every)) for k in kinds
    )


@lazy
def _han_form_table() -> dict[int, str]:
    """:data:`_HAN_FORMS`' characters that stand for an ideograph, each to that ideograph (a
    ``str.translate`` table): NFKC's mapping, and the supplement's radicals of
    ``data/han_radicals.txt`` (``⻔`` → ``门``)."""
    table = {ord(c): unicodedata.normalize("NFKC", c) for c in _ws_kinds()[4]}
    table = {k: v for k, v in table.items() if v != chr(k)}
    for entry in read_lexicon("han_radicals.txt"):
        radical, ideograph = entry.split()
        table[ord(radical)] = ideograph
    return table


def normalize_whitespace(text: str) -> str:
    """Normalise whitespace and remove invisible characters, in this order:

    0. HTML character references left by extraction are decoded (:func:`decode_references`:
       ``&nbsp;`` becomes NBSP, so a space, ``&ldquo;`` “);
    1. line breaks: ``\\r\\n``, lone ``\\r``, VT, FF, NEL, U+2028 and U+2029 become ``\\n``;
    2. removed everywhere: control characters other than ``\\t`` and ``\\n``, soft hyphen,
       zero-width space (U+200B), word joiner (U+2060), BOM (U+FEFF), invisible
       operators and deprecated format characters; a Kangxi radical or a CJK compatibility
       ideograph becomes the ideograph Unicode maps it to (``⼀、⼯作`` → ``一、工作``: PDF fonts
       leave radicals for the ideographs they draw); variation selectors stay;
    3. ZWNJ, ZWJ and directional marks are removed next to Han, ASCII, Chinese
       punctuation, whitespace or a text edge; between characters of other scripts
       (an emoji ZWJ sequence, Persian, Arabic) they are kept;
    4. U+3000, NBSP and every other Unicode space become an ASCII space; between two Han
       characters that each stand alone (at a line's edge, its indentation aside, next to
       punctuation or across blanks from a longer Chinese word) they are padding and go (``总\u3000则`` → ``总则``,
       a two-character word set to the width of three), but not in a row of single
       characters (``年\u3000月\u3000日``, a form's blank date) nor next to a letter or
       digit; an ASCII space alone between Han characters stays (:func:`fix_cjk_spacing`);
    5. each line loses its leading and trailing spaces and tabs (crawls indent
       paragraphs with spaces or U+3000), and a run of two or more spaces inside a line
       becomes one space (tabs inside a line are kept);
    6. three or more newlines in a row become two (one blank line).

    >>> normalize_whitespace("\\u3000\\u3000教育\\u200b部\\u00a0 印发  \\r\\n\\r\\n\\r\\n\\r\\n通知\\ufeff")
    '教育部 印发\\n\\n通知'
    >>> normalize_whitespace("第一章\\u3000总\\u3000则\\n组\\u3000长：韩\\u00a0正\\n年\\u3000月\\u3000日")
    '第一章 总则\\n组长：韩正\\n年 月 日'
    >>> normalize_whitespace("北京\\t2023\\x07")
    '北京\\t2023'
    >>> normalize_whitespace("👩\\u200d💻 代码\\u200d")
    '👩\\u200d💻 代码'
    """
    return _whitespace_folded(check_text(text, "normalize_whitespace"))[0]


def _whitespace_folded(text: str, decoded: bool = False) -> tuple[str, bool]:
    """:func:`normalize_whitespace`'s output for *text* and whether it folded a Han form
    (:data:`_HAN_FORMS`: the pipeline reads whether the step changed a Han character, its other
    changes being to blanks and invisible characters). *decoded*: its HTML character references
    were decoded already, and :func:`decode_references` leaves none to decode (``&amp;#173;``
    becomes a soft hyphen in its one pass), so they are not read again.

    >>> _whitespace_folded("⼀、⼯作"), _whitespace_folded("一、工作")
    (('一、工作', True), ('一、工作', False))
    """
    if "&" in text and not decoded:
        text = decode_references(text)
    # One scan says which of the character substitutions have anything to do.
    found = _ws_found(text)
    if not found and _blanks_clean(text):
        return text, False
    folded = False
    if found:
        breaks, drop, joiners, spaces, forms = _ws_kinds()
        if not forms.isdisjoint(found):
            for c in sorted(found & forms):
                if ord(c) in _han_form_table():  # (the supplement's component radicals stay)
                    folded = True
                    text = text.replace(c, _han_form_table()[ord(c)])
        # each character found replaced on its own: str.replace runs at memchr speed, where a
        # class substitution tests every character (~30 ns each in ``re``); same result
        if not breaks.isdisjoint(found):
            text = text.replace("\r\n", "\n")
            for c in sorted(found & breaks):
                text = text.replace(c, "\n")
        for c in sorted(found & drop):
            text = text.replace(c, "")
        if not joiners.isdisjoint(found):
            text = _ws_joiners().sub("", text)
        if not spaces.isdisjoint(found):
            text = _drop_padding(text, found & spaces)
        for c in sorted(found & spaces):
            text = text.replace(c, " ")
    if _blank_edges(text):
        text = _strip_line_edges(text)
        text = _collapse_inner(text)
    # (the pattern's literal "\n\n\n": one scan, whether or not it is there; a ``str`` search
    # for it first costs more, measured)
    text = _ws_newlines().sub("\n\n", text)
    return text, folded


# ---------------------------------------------------------------------------
# fix_cjk_spacing

# A number as PDF extraction separates it: 2022, 13.5, 1,234, 2022—2023 (the "%" of 90% is
# not part of it: the percentage rule adds it). Dates and times (2023-01-13, 14:55,
# 2023/1/13) are not: a blank after them separates fields.
# (No possessive quantifiers: the pattern is also matched backwards, in lookbehinds.)
_NUM = r"\d+(?:[.,~～—–]\d+)*"
# Characters that, right before a number, make it part of a Latin or technical token
# (COVID-19, v2, #2, a=1) or show deliberate spacing (a blank before it). A ". , : /"
# counts only after a digit (3.5, 1,234): after Chinese it is punctuation ("推进,19 所").
# Blanks only, not line breaks: a number that starts a line is treated as one that starts
# the text, so every line of a page is fixed alike.
_NUM_GLUE = r"\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000A-Za-z0-9_%+\-—–~～#@&=?*\\"
_BLANK = r"[ \u00a0]"
_QUOTES = "“”‘’"
# Opening brackets and quotes: a blank before one may separate ("第五条 《…》",
# "2013年12月7日 《国务院…》"), so it is kept.
_OPENING = "（《“‘「『【〔〖〈〘〚＂＇［｛｟"
# The dots between the parts of a foreign name (间隔号 and its look-alikes; not "•", a list's
# bullet: "张三 •李四 •王五" is a menu or a list).
_NAME_DOTS = "·・‧"
# The unit symbols Chinese text writes after a number, a character each: full-width percent,
# per mille, degrees Celsius and Fahrenheit, square and cubic metres, km, kg, cm, mm, mg ("增长5
# ％", "30 ℃", "1200 ㎡": PDF spacing, as before 年). Not ASCII "%" nor a Latin unit ("5 %",
# "3 km"): the SI style of Latin text puts a blank there.
_UNIT_SYMBOLS = "％‰℃℉㎡㎥㎞㎏㎝㎜㎎"
# What follows a number: a unit, a measure word or an approximation ("以上", "余", "多").
# A blank before anything else may separate phrases ("跌近3% 银行股"), so it is kept.
_UNIT = (
    rf"(?:[{_UNIT_SYMBOLS}年月日号时点分秒周天旬季代个所人名位次项件条家户元角万亿千百岁倍台辆套座栋幢层"
    r"间只张本册篇部批起例份种类门届期级米吨亩斤克升度楼场架艘枚颗株棵头匹支把根块笔节"
    r"课章段页版轮组队班篮余多以"
    # the same in traditional script
    r"號時點週個萬億歲輛棟層間隻張冊項條戶臺屆級噸畝場顆節課頁組隊餘]"
    r"|学年|學年|小时|小時|美元|港元|港幣|欧元|歐元|公里|公顷|公頃|公斤|平方|立方|毫|厘)"
)
# A number that starts a line is joined only where it and what follows make a date, a time or
# a sum of money. Another word after it is a heading's text ("2 组织机构和职责", "6.3 本标准所称",
# "5.1.3 所有粮食"), its first character a unit only by chance ("4 分类管理", "6 年度计划",
# "1 月度报告", "5 日常监督", "3 时限要求", "2 点位设置", "3 号召"). Each entry: what follows
# the blanks, and what precedes them (_LS: at the start of the text or of a line, or after the
# bullet that starts a line: "● 2026 年工作安排", "• 2026 年", "· 3 月份", the bullet and its
# blanks a list's marker).
_BULLETS = "●○■□◆◇▪▫◦★☆▶►▸•·"
_LS = rf"(?<![^\n])(?:[{_BULLETS}][ \u00a0]*)?"
_MONTH = r"(?:1[0-2]|0?[1-9])"
_MONEY = r"(?:元|美元|港元|欧元|歐元|港幣)"
_LINE_START_UNITS = (
    # a year of four digits (or a range of years): "2022 年", "2022—2023 学年", "2023 年度"
    (r"(?:年|学年|學年)", _LS + r"\d{4}(?:[~～—–-]\d{2,4})?"),
    # a month (1-12), then a day, 份, a part of the month or no Chinese word: "4 月20 日",
    # "3 月份", "10 月底", "1—3 月，"; not "1 月度报告"
    (r"月(?:[ \u00a0]*\d|份|[上中下]旬|[初底末中]|(?!\p{Han}))", _LS + _MONTH + r"(?:[~～—–-]" + _MONTH + ")?"),
    # a day (1-31) on a line whose line before ends with a month: "4 月\n20 日"
    (r"[日号號]", r"月[ \u00a0]*\n(?:[12]?\d|3[01])"),
    # an hour (0-24), then minutes, 整, 半 or no Chinese word: "8 时30 分", "8 点半"
    (r"[时時点點](?:[ \u00a0]*\d|[整半]|(?!\p{Han}))", _LS + r"(?:[01]?\d|2[0-4])"),
    # minutes or seconds as a duration or followed by no Chinese word: "30 分钟", "4 分，"
    (r"(?:分钟|分鐘|秒钟|秒鐘|[分秒](?!\p{Han}))", _LS + r"\d+"),
    # a sum of money: a number (not a dotted section number: one dot at most), then 万元 and the
    # like, or a bare 元 that no Chinese word follows: "3.5 亿元", "1 万元"; not "2 元素"
    (
        rf"(?:[万萬亿億千百]+{_MONEY}|{_MONEY}(?!\p{{Han}}))",
        _LS + r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?",
    ),
)
# What follows a percentage: an approximation ("70% 以上"). A measure word after it starts the
# next phrase of a headline ("超200% 个股"): a percentage takes no unit.
_PCT_UNIT = r"(?:以[上下内內]|左右)"


def _cjk_punct_chars() -> set[str]:
    """The characters of :data:`_CJK_PUNCT` (its ranges expanded, no regex involved)."""
    body = _CJK_PUNCT.encode("ascii").decode("unicode_escape")
    out: set[str] = set()
    for lo, hi in zip(body[::3], body[2::3]):  # the class is ranges only: "a-b" triples
        out.update(map(chr, range(ord(lo), ord(hi) + 1)))
    return out


#: Letter spacing (PDF extraction, or a heading spaced out for display): at least this many Han
#: characters or Chinese punctuation marks in a row, each a word of its own between blanks
#: ("国 务 院 工 作 规 则", "一 、 总 体 要 求": a mark spaced out like a character is no
#: separator of prose).
LETTER_SPACED_MIN = 6
#: ... and at least this share of the pairs they make is a pair the bundled character-pair
#: table counts (:mod:`govtext._charfreq`): prose letter-spaced scores 0.5-0.75 (median 0.73 on
#: real lines), a list of two-character names padded to the same shape (王 伟 李 强) at most 0.3.
LETTER_SPACED_SHARE = 0.4


#: A digit standing alone (no digit or letter beside it): spaced out like a character (:func:`_letter_spaced`,
#: :func:`_spaced_pair`, :func:`_cjk_blank`).
_LONE_DIGIT = r"(?<![0-9A-Za-z])[0-9](?![0-9A-Za-z])"


@lazy
def _letter_spaced() -> re.Pattern[str]:
    # Led by the literal blank (found at memchr speed); the first character, before it, stands
    # alone (no Han or Chinese punctuation before it), as does the last. A digit standing alone
    # is spaced out like a character, and counts as one inside the row (a date spaced digit by
    # digit, "日 期 ： 2 0 2 6 年 3 月"), as it does when the line is joined (:func:`_cjk_blank`).
    h = f"[{HAN_BLOCKS}{_CJK_PUNCT}{_QUOTES}]"
    e = f"(?:{h}|{_LONE_DIGIT})"
    return re.compile(f" (?<=(?<!{h}){h} )(?:{e} ){{{LETTER_SPACED_MIN - 3}}}{e} {h}(?!{h})")


@lazy
def _spaced_pair() -> re.Pattern[str]:
    # two Han characters between blanks, digits standing alone between them passed over (a
    # list "王 伟 1 李 强" pairs 伟李 as "王 伟 李 强" does, not only the names' own pairs)
    h = f"[{HAN_BLOCKS}]"
    return re.compile(f"({h})(?:[ \u00a0]+[0-9](?![0-9A-Za-z]))*[ \u00a0]+(?={h})")


@lazy
def _cjk_blank() -> re.Pattern[str]:
    # Chinese characters here: Han, Chinese punctuation and quotes, the ASCII marks the later
    # steps widen (judged as they will leave them, as the other rules are: "印 发 ?全" is
    # "印发《全"), and a digit standing alone (a number spaced out digit by digit, "1 2 0 0 人").
    c = f"[{HAN_BLOCKS}{_CJK_PUNCT}{_QUOTES},:;?!()]"
    return re.compile(f"(?:(?<={c})|(?<={_LONE_DIGIT}))[ \u00a0]+(?={c}|{_LONE_DIGIT})")


def _join_letter_spaced(text: str) -> str:
    """*text* with the blanks between Chinese characters removed on every line that is letter
    spaced (:data:`LETTER_SPACED_MIN`, :data:`LETTER_SPACED_SHARE`); other lines as they are."""
    from ._charfreq import frequent_pairs

    m = _letter_spaced().search(text)
    edits: list[tuple[int, int, str]] = []
    while m is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        line = text[start:end]
        # (a Kangxi radical or compatibility ideograph counts as the ideograph it stands for)
        pairs = [(p.group(1) + line[p.end()]).translate(_han_form_table()) for p in _spaced_pair().finditer(line)]
        known = sum(map(frequent_pairs().__contains__, pairs))
        if pairs and known >= LETTER_SPACED_SHARE * len(pairs):
            edits.append((start, end, _cjk_blank().sub("", line)))
        m = _letter_spaced().search(text, end)
    return splice(text, edits) if edits else text


#: The blanks the 发文字号 and title joins remove (:data:`_BLANK` is their class; a 发文字号's digits may hold an
#: ideographic one too, :data:`govtext._util.OCR_GAP`, which :func:`govtext._util.ungap` removes with them).
_BLANKS = " \u00a0"


@lazy
def _doc_number() -> re.Pattern[str]:
    # A 发文字号's year in 〔〕, its number and 号, blanks between them; matched at each 〔
    # (:func:`_join_doc_numbers`), which reads the blanks before it (after an agency code only). A scanned
    # page's blank between two digits of the year or the number (〔20 26〕, 〔2026〕1 6号) is inside the token,
    # as the document reader reads it (:data:`govtext._util.OCR_YEAR`, the one notion of those digits).
    b = f"{_BLANK}*+"
    return re.compile(rf"〔{b}(?>{OCR_YEAR}){b}〕{b}(?>{OCR_SERIAL}){b}[号號]")


#: At most this many blanks between a 发文字号's agency code and its bracket are removed.
_DOC_BLANKS_MAX = 4

#: The last character of a word that stands before a cited 发文字号 but is no agency code: a
#: citing verb or preposition (根据, 依据, 按照, 参照, 见), a conjunction (和, 及, 与, 或), 的, 于, and
#: a date's or a number's character (2025年, 第3号). An agency code (国发, 京教发, 国办函, 教基)
#: never ends in one.
_NOT_CODE_END = "据照见和及与或的于年月日号"


@lazy
def _agency_code_end() -> regex.Pattern[str]:
    # The last two characters of a 发文字号's agency code: two Han characters (a code is two to
    # eight of them: 国发, 京教发), the last none of _NOT_CODE_END
    return regex.compile(rf"\p{{Han}}(?![{_NOT_CODE_END}])\p{{Han}}")


def _join_doc_numbers(text: str) -> str:
    """*text* without the blanks inside each 发文字号 (``国发 〔2025〕 3 号`` → ``国发〔2025〕3号``): the
    agency's code (Han characters before the 〔), the year in 〔〕, the number, 号; a blank before
    the 〔 goes only after such a code: at least two Han characters, the last not one of
    :data:`_NOT_CODE_END` (``根据 〔2025〕 3 号`` → ``根据 〔2025〕3号``, as after ``2025年``). (Each
    〔 found by ``str.find``, at memchr speed: most texts hold none. Not other brackets: a search
    for ASCII "[" stops at every 已, 工, 州 and 差, whose UCS-2 code holds its byte 0x5D, and each
    more search costs every text.)"""
    edits: list[tuple[int, int, str]] = []
    i = text.find("〔")
    while i >= 0:
        m = _doc_number().match(text, i)
        if m is not None:
            # (the blanks before the bracket, a few at most: a window keeps the cost linear)
            start = max(0, i - _DOC_BLANKS_MAX)
            start += len(text[start:i].rstrip(_BLANKS))
            if start == i or start < 2 or not _agency_code_end().fullmatch(text, start - 2, start):
                start = i
            token = text[start : m.end()]
            joined = ungap(token)
            if joined != token:
                edits.append((start, m.end(), joined))
        i = text.find("〔", i + 1)
    return splice(text, edits) if edits else text


@lazy
def _spaced_title() -> re.Pattern[str]:
    # A title in 《》 whose every character stands between blanks: "《 教 育 法 》"
    h, b = f"[{HAN_BLOCKS}]", _BLANK
    return re.compile(f"《{b}*+{h}(?:{b}++{h})++{b}*+》")


def _join_spaced_titles(text: str) -> str:
    """*text* with each letter-spaced title in 《》 joined (``《 教 育 法 》`` → ``《教育法》``), however
    short: a title is one word, and its characters set apart one by one are display spacing.
    (Found from each 》 by ``str.find``: the UCS-2 code of 《 shares its byte 0x0A with every line
    break, where a search for it would stop.)"""
    edits: list[tuple[int, int, str]] = []
    done = 0  # (after the last 》: a title holds none, so each search looks back that far only)
    j = text.find("》")
    while j >= 0:
        # (the character before 》, or the one before it, is a blank: else no such title ends here)
        i = text.rfind("《", done, j) if j > 1 and (text[j - 1] in _BLANKS or text[j - 2] in _BLANKS) else -1
        if i >= 0:
            m = _spaced_title().fullmatch(text, i, j + 1)
            if m is not None:
                edits.append((i, j + 1, ungap(m.group())))
        done = j + 1
        j = text.find("》", done)
    return splice(text, edits) if edits else text


def _name_dot_rules(pb: str) -> str:
    """Rule B's alternatives for a blank on one side of a name's middle dot (*pb*: the class
    body of Chinese punctuation), the other side touching Han: before the dot
    ("卡尔 ・马克思"), then after it ("马克· 吐温"). A name has one or two dots, each between
    Han ("阿卜杜勒·拉赫曼 ·某某"): a run of four or more dotted items, or of three whose both
    dots have a blank ("首页 ·新闻 ·通知", a menu spacing each separator alike), is left."""
    b, han, d = _BLANK, r"\p{Han}", f"[{_NAME_DOTS}]"
    # (the other dots of the run: a dot with or without blanks beside it, after or before)
    link_after, link_before = rf"{b}*{d}", rf"{d}{b}*{han}+"
    return (
        # before the dot: no dot before the item left of the blanks, one tight dot at most
        # after the item right of it; or one tight dot before, none after
        rf"|(?={d}{han})(?<=[{han}{pb}{_QUOTES}]{b}++)"
        rf"(?:(?<!{link_before}{b}+)(?!{d}{han}++(?:{d}{han}++)?+{link_after})"
        rf"|(?<={han}{d}{han}+{b}+)(?<!{link_before}{d}{han}+{b}+)(?!{d}{han}++{link_after}))"
        # after the dot: the same on the items either side of it
        rf"|(?=[{han}{pb}])(?<={han}{d}{b}++)"
        rf"(?:(?<!{link_before}{d}{b}+)(?!{han}++(?:{d}{han}++)?+{link_after})"
        rf"|(?<={han}{d}{han}+{d}{b}+)(?<!{link_before}{d}{han}+{d}{b}+)(?!{han}++{link_after}))"
    )


#: The ellipsis Chinese text writes (…… after the words it trails off), punctuation to
#: :func:`fix_cjk_spacing` as the marks of :data:`_CJK_PUNCT` are where it is one or two "…":
#: ``等等 …… 各项`` is one phrase.
_ELLIPSIS = "\u2026"

#: The terms of address that follow a person's name: an ellipsis right before one, a blank each
#: side, is the blank a form leaves for the name (``本人 …… 同志``), and keeps its blanks.
_NAME_TITLES = "同志|同学|先生|女士|老师"

#: A term of address the ellipsis before it leaves a name's blank for (at the term, in
#: :func:`_spacing`): not one a plural follows (``…… 同学们``: a group, no one name) or a greeting
#: (``他说 …… 老师好！``: the term addresses someone, a pause in speech before it; 好 ending
#: the greeting, before a pause, a stop or a blank, not 好久 or 好像: ``张 …… 老师好久不见`` is
#: a form's blank), nor after an enumeration's ``等`` (``等等 …… 先生产``: the ellipsis trails the list off, no form's blank).
_NAME_BLANK_TITLE = rf"(?<!等{_BLANK}{_ELLIPSIS}{{1,2}}{_BLANK})(?:{_NAME_TITLES})(?!们|好(?=[，,。！!：:；\s]|$))"

#: The longest word (its first character aside) whose blanks just inside full-width round
#: brackets :func:`fix_cjk_spacing` removes (``（ 试行 ）``): a bracketed note, not a sentence.
_BRACKET_WORD_MAX = 40


@lazy
def _spacing() -> regex.Pattern[str]:
    # Every rule matches a whole run of blanks (starting at its first blank, so a long
    # run is scanned a bounded number of times) and tests the characters on both sides:
    # the cheap one-character lookahead first, then the lookbehind.
    b = _BLANK
    punct = _cjk_punct_chars()
    # Full-width round brackets are left out: a blank next to one is often deliberate
    # ("（一） 总体要求"), and fix_punctuation_width creates them from ASCII brackets.
    pb = char_class_body(punct - set("（）"))
    close = char_class_body((punct | set("”’")) - set(_OPENING) - set("（）"))
    han = r"\p{Han}"
    num = rf"(?<![{_NUM_GLUE}])(?<!\d[.,:/]){_NUM}"
    word = rf"[^\s（）]{{0,{_BRACKET_WORD_MAX}}}"
    word_end = rf"(?:(?<=[{han}\d])|(?<=\d){b}*[{_UNIT_SYMBOLS}])"
    # an ellipsis of one or two "…", then a blank and Han or Chinese punctuation (no name's blank), or
    # closing punctuation: what rules B'' and C' join a blank before
    ellipsis_on = rf"{_ELLIPSIS}{{1,2}}(?:{b}(?!{_NAME_BLANK_TITLE})[{han}{pb}]|[{close}])"
    return regex.compile(
        rf"(?<!{b}){b}++(?:"
        # A: number not preceded by a blank, then blanks, then a unit or measure word:
        # "2022 年" "推进276 所"; at a line's start a date, a time or a sum of money only
        # (_LINE_START_UNITS), after a percentage an approximation only
        + "".join(rf"(?={unit})(?<={before}{b}++)|" for unit, before in _LINE_START_UNITS)
        + rf"(?={_UNIT})(?<=[^\n]{num}{b}++)"
        rf"|(?={_PCT_UNIT})(?<={num}%{b}++)"
        # B: blanks before closing Chinese punctuation ("执行 。", "“三北 ”") or after
        # Chinese punctuation or a curly quote ("“五育并举” 和", "一、 总体要求"); on one side
        # of a middle dot that touches Han on its other side, between Han: one name's ("卡尔
        # ・马克思", "马克· 吐温"; blanks on both sides may separate menu items: "首页 · 新闻")
        rf"|(?=[{close}])(?<=[{han}{pb}{_QUOTES}]{b}++)"
        rf"|(?=[{han}{pb}])(?<=[{pb}{_QUOTES}]{b}++)"
        + _name_dot_rules(pb)
        # B'': the single blank each side of an ellipsis of one or two "…" with Han or Chinese
        # punctuation beyond both ("等等 …… 各项"), or before one closing punctuation ends
        # ("“好 ……”"); not a longer run (the leaders of a table of contents, "总则 ………… 1"),
        # a digit or letter beyond ("总则 …… 1"), nor a wider gap (a column's: "时间：……  地点")
        # ("本人 …… 同志": a form's blank for a name before a term of address, _NAME_BLANK_TITLE)
        + rf"|(?<=[{han}{pb}]{b})(?={ellipsis_on})"
        rf"|(?=[{han}{pb}])(?<=[{han}{pb}]{b}{_ELLIPSIS}{{1,2}}{b})(?!{_NAME_BLANK_TITLE})"
        # B': just inside full-width round brackets holding one word (no blank inside it, its
        # first character and at most _BRACKET_WORD_MAX more) that starts with a Han character
        # and ends with one, a digit or a unit symbol after a digit (A's blank before it
        # aside): "（ 试行 ）", "（ 第3 ）", "（ 增长5 ％ ）". A blank next to a bracket outside
        # it stays, as do a form's "（  ）" and "（ 盖 章 ）" and a Latin "（ A ）". (Not a word
        # that starts with a digit, "（ 2026年 ）": the gate would have to stop at every blank
        # before a digit.) The cheap side first: the bracket before the blanks, or the one
        # after them.
        + rf"|(?<=（{b}++)(?={han}{word}{word_end}{b}*+）)"
        rf"|(?=）)(?<=（{b}*{han}{word}{word_end}{b}++)"
        # C: blanks around ASCII punctuation that fix_punctuation_width will widen
        # (it follows Chinese), where B will apply once it is wide: "字体: 视力"
        + rf"|(?=[{han}{pb}{close}])(?<=[{_CJK}]{b}*+[,:;?!]+{b}++)"
        rf"|(?=[,:;?!]++{b}*+[{_CJK}])(?<=[{_CJK}][,:;?!]*{b}++)"
        # C': B'' where that punctuation is the ellipsis's left side ("、: …！", "、: …… 各项")
        + rf"|(?={ellipsis_on})(?<=[{_CJK}]{b}*+[,:;?!]+{b})"
        rf"|(?=[{han}{pb}])(?<=[{_CJK}]{b}*+[,:;?!]+{b}{_ELLIPSIS}{{1,2}}{b})(?!{_NAME_BLANK_TITLE})"
        ")"
    )


@lazy
def _spacing_needed() -> re.Pattern[str]:
    # The local context of rules A-C (a superset: the number's left side is not checked).
    # Starts at the first blank of a run so that ``re`` skips quickly to blanks.
    # "(", ")" and "?" count as Chinese punctuation and ASCII quotes as curly ones: the rules
    # judge the text as fix_punctuation_width and restore_lost_quotes will leave it (see
    # _later_view).
    return re.compile("[ \u00a0]" + _spacing_context())


@lazy
def _spacing_led() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """:func:`_spacing_needed` as two patterns, one led by each of its blanks (" ", NBSP): a
    literal first character, which ``re`` finds with a plain character loop, where the class
    costs ~50 instructions a character of the text (see :class:`_FirstHits`)."""
    return re.compile(" " + _spacing_context()), re.compile("\u00a0" + _spacing_context())


def _blank_hits(text: str) -> _FirstHits:
    """The hits of :func:`_spacing_needed` in *text* (its NBSP pattern only when *text* holds one)."""
    led = _spacing_led()
    return _FirstHits(text, led if "\u00a0" in text else led[:1])


class _FirstHits:
    """The first match at or after a position of any of *patterns* in *text* (patterns led by
    one literal character each, together a class-led gate: see :func:`_spacing_led`). Each
    pattern's last match is kept while it lies ahead (a match's place does not depend on where
    the search began), so the searches of one text scan it once, however many hits it has."""

    def __init__(self, text: str, patterns: Sequence[re.Pattern[str]]) -> None:
        self.text = text
        self.patterns = patterns
        self.found: list[tuple[int, re.Match[str] | None]] = [(len(text) + 1, None)] * len(patterns)

    def search(self, pos: int = 0) -> re.Match[str] | None:
        first = None
        for i, pattern in enumerate(self.patterns):
            since, m = self.found[i]
            if since > pos or (m is not None and m.start() < pos):
                m = pattern.search(self.text, pos)
                self.found[i] = (pos, m)
            if m is not None and (first is None or m.start() < first.start()):
                first = m
        return first


@lazy
def _spacing_context() -> str:
    """What :func:`_spacing_needed` asks after its first blank."""
    h, p, q, d = HAN_BLOCKS, _CJK_PUNCT + _ELLIPSIS + r"()?", _QUOTES + "\"'", _NAME_DOTS
    b = "[ \u00a0]"
    return (
        rf"(?:(?<=[\d%]{b}){b}*(?=[{h}{_UNIT_SYMBOLS}）])"
        rf"|(?<=[{h}{p},:;?!]{b}){b}*(?=[,:;?!]+{b}*[{h}{p}])"
        rf"|(?<=[{p}{q}{d}]{b}){b}*(?=[{h}{p}{q}])"
        rf"|(?<=[{h}{p}{q}{_UNIT_SYMBOLS}]{b}){b}*(?=[{p}{q}{d}])"
        rf"|(?<=[,:;?!]{b}){b}*(?=[{h}{p}{q}]))"
    )


def fix_cjk_spacing(text: str) -> str:
    """Remove the spaces PDF extraction leaves inside Chinese; keep deliberate spacing.

    Removed (ASCII space or NBSP, any number of them):

    * after a number that is followed by a unit or measure word (年, 月, 日, 所, 人, 个,
      万, 以上, 学年, ...) or a unit symbol (％ ‰ ℃ ㎡ ...; not ASCII ``%`` nor a Latin unit:
      ``5 %``, ``3 km`` stay), when nothing but Chinese (or a line start) is before the
      number: ``2022 年7 月8 日`` → ``2022年7月8日``, ``推进276 所`` → ``推进276所``.
      Extraction leaves the space on one side only. A number that starts a line (or follows
      the bullet that starts it: ``● 2026 年``) is joined to a date or time unit only (else it
      numbers a heading: ``6.3 本标准所称``, ``2 组织机构``), a percentage to 以上, 以下, 以内 or
      左右 only (``超200% 个股``);
    * before closing Chinese punctuation (``执行 。``, ``“三北 ”``) and after Chinese
      punctuation or a curly quote (``一、 总体要求``, ``“五育并举” 和``), when the other
      side is Chinese (full-width round brackets excepted, see below); so the single blank
      each side of an ellipsis of one or two ``…`` with Chinese beyond both (``等等 …… 各项``),
      not the longer leaders of a table of contents, nor before a digit (``总则 …… 1``) or a
      term of address (a form's blank for a name: ``本人 …… 同志``);
    * around ASCII ``, : ; ? !`` between Chinese characters (``字体: 视力``, ``地点 : 市``),
      which :func:`fix_punctuation_width` then widens;
    * on one side of a middle dot (``· ・ ‧``; ``•`` is a bullet) between Han that touches Han on
      its other side: ``卡尔 ・马克思`` → ``卡尔・马克思`` (blanks on both sides stay: a menu's
      ``首页 · 新闻``; so does a run of four or more dotted items, or of three with a blank at
      each dot: a menu's ``首页 ·新闻 ·通知``; a name has one or two dots);
    * inside a 发文字号, between the agency's code, the year in 〔〕, the number and 号 (``国发 〔2025〕 3 号`` →
      ``国发〔2025〕3号``; an OCR's one blank inside the year or the number too, ``某农〔2026〕1 6号``:
      :data:`govtext._util.OCR_SERIAL`), and inside a title in 《》 whose every character stands between
      blanks (``《 教 育 法 》`` → ``《教育法》``);
    * just inside full-width round brackets holding one word that starts with a Han character
      and ends with one, a digit or a unit symbol after a digit: ``（ 试行 ）`` → ``（试行）``,
      ``（ 增长5 ％ ）`` → ``（增长5％）``.

    Kept:

    * a number spaced on both sides, ``共有 5 个``: that is the deliberate "spacing
      between Chinese and Latin" style, not an artefact; and a number followed by a
      word that is not a unit (``跌近3% 银行股``: a headline's phrase separator);
    * a blank next to a full-width round bracket outside it: list markers use it (``（一）
      总体要求``); inside it, a form's ``（  ）`` and ``（ 盖 章 ）``, and Latin (``（ A ）``);
    * a blank before a number (``第二十二条 25度以上``, ``17死37伤 56辆车受损``): article
      headings and headlines use it as a separator;
    * a blank before an opening bracket or quote (``第五条 《…》``, ``2013年12月7日 《…》``, ``中国 “一带一路”``):
      it often separates a heading or a date from what follows (but the 〔 of a 发文字号, above);
    * anything around Latin words or a number attached to Latin (``Windows 10 系统``,
      ``COVID-19 疫情``, ``使用 Python 编写``), so a line of English is never touched;
    * a space between two Han characters. Bylines pad a two-character name to the width
      of three (``张 利``), but the same shape is a list of names (``编辑：吕晟 赖素麒``)
      or a title before a name (``局长 张利``); joining would corrupt those, so none is
      joined, except on a letter-spaced line: at least :data:`LETTER_SPACED_MIN` Han
      characters or Chinese punctuation marks in a row each between blanks (``国 务 院 工
      作 规 则``, ``一 、 总 体 要 求``; a digit standing alone counts inside the row: ``日 期 ：
      2 0 2 6 年``) whose pairs of Han characters (across such digits) are common ones
      (:data:`LETTER_SPACED_SHARE`; a list of two-character names padded to that shape is
      not), where every blank between Chinese characters goes (a lone digit and the ASCII
      marks the later steps widen count as Chinese there: ``…有 学 生 1 2 人`` → ``…有学生12人``).

    Punctuation is judged as the later steps :func:`restore_lost_quotes` and :func:`fix_punctuation_width`
    will leave it (idempotent pipeline: ``(一) :总体``'s bracket becomes ``）``, its blank goes now).

    >>> fix_cjk_spacing("2022 年7 月8 日，19 所学校，交流教师2032 人")
    '2022年7月8日，19所学校，交流教师2032人'
    >>> fix_cjk_spacing("Windows 10 系统，COVID 19，共有 5 个，局长 张 利")
    'Windows 10 系统，COVID 19，共有 5 个，局长 张 利'
    >>> fix_cjk_spacing("(一) :总体要求")
    '(一):总体要求'
    >>> fix_cjk_spacing("幼 儿 园 应 当 丰 富 教 育 资 源 。")
    '幼儿园应当丰富教育资源。'
    """
    text = check_text(text, "fix_cjk_spacing")
    if " " in text:
        text = _join_letter_spaced(text)
        text = _join_spaced_titles(_join_doc_numbers(text))
    hits = _blank_hits(text)
    m = hits.search()
    if m is None:
        return text
    return splice(text, _blanks_by_line(text, hits, m))


def _blanks_by_line(
    text: str, hits: _FirstHits, m: re.Match[str] | None
) -> list[tuple[int, int, str]]:
    """The blanks :func:`fix_cjk_spacing` removes from *text*, as ``(start, end, "")`` spans in
    order, from the gate's first hit *m* on (*hits*: the gate's matches in *text*).

    Only the lines where the (superset) gate matches run the full rules (``regex``, slower
    than the gate's ``re`` scan), each seeing the text before it as over the whole text (the
    lookbehinds may reach into the line before). Lines with an ASCII bracket or "?" are judged
    as the later steps will leave them (see _later_view: same length, same positions).
    """
    blanks: list[tuple[int, int, str]] = []
    while m is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if end < 0:
            end = len(text)
        if _LATER_MARKS.search(text, start, end) is None:
            m = _fix_hits(hits, m, end, blanks)
        else:
            view = _blank_hits(_later_view(text[start:end]))
            found: list[tuple[int, int, str]] = []
            _fix_hits(view, view.search(), len(view.text), found)
            blanks += [(start + a, start + b, "") for a, b, _ in found]
            m = hits.search(end)
    return blanks


def _fix_hits(
    hits: _FirstHits, m: re.Match[str] | None, end: int, blanks: list[tuple[int, int, str]]
) -> re.Match[str] | None:
    """The rules tried at each hit of the gate (*hits*: its matches in the text) on the line
    ending at *end* (a window around the hit, not the whole line: a page may hold a line of
    100,000 characters), the blanks they remove added to *blanks*; the gate's first hit after
    the line. The gate is a superset of the rules and both start at the first blank of a run,
    so no removal is missed.
    """
    rules = _spacing()
    while m is not None and m.start() < end:
        r = rules.match(hits.text, m.start(), end)
        if r is not None:
            blanks.append((r.start(), r.end(), ""))
        m = hits.search(max(m.end(), r.end() if r is not None else 0))
    return m


_LATER_MARKS = re.compile(r"[()?\"']")


def _later_view(line: str) -> str:
    """*line* as restore_lost_quotes and fix_punctuation_width (later steps of the pipeline)
    will leave it: "(一) :" is "（一） :", whose blank fix_cjk_spacing removes. Both steps
    keep every character in place (and work line by line), so the view has the same length
    and positions. Judging the view keeps the pipeline idempotent: a bracket widened after
    this step cannot make a blank removable on the next pass. *line* itself when it has no
    ASCII bracket or "?" (rule C already reads , : ; ! after Chinese as the full-width
    marks they become).
    """
    if _LATER_MARKS.search(line) is None:
        return line
    return fix_punctuation_width(restore_lost_quotes(line))


# ---------------------------------------------------------------------------
# fix_punctuation_width

_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"})
#: A run of one mark widened (``str.translate`` sets up a table per call: ~3,000 instructions for
#: one character, a dictionary look-up ~100; most runs are one mark).
_WIDE_ONE = {c: c.translate(_FULL) for c in ",:;?!"}
# A URL (its trailing punctuation excluded): never touched.
_URL = r"(?:(?:https?|ftp)://|www\.)[!-~]*(?<=[A-Za-z0-9/#=&_~+%\-])"


@lazy
def _width_needed() -> re.Pattern[str]:
    return re.compile("[,:;?!()]" + _width_context())


@lazy
def _width_led() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """:func:`_width_needed` as one pattern per mark, each led by the mark (a literal: see
    :func:`_spacing_led`)."""
    return tuple((c, re.compile(re.escape(c) + _width_context())) for c in ",:;?!()")


@lazy
def _width_context() -> str:
    """What :func:`_width_needed` asks of a mark: Chinese before or after it."""
    c = HAN_BLOCKS + _CJK_PUNCT
    return rf"(?:(?<=[{c}][,:;?!()])|(?=[{c}]))"


@lazy
def _width_parens() -> regex.Pattern[str]:
    # A bracket pair (at least one side ASCII) on one line, no brackets inside.
    # An ASCII "(" right after a Latin word ("Beijing (北京)") is left alone.
    return regex.compile(
        rf"(?P<url>{_URL})"
        r"|(?<![A-Za-z] ?)\((?=[^()（）\n]{0,200}?\p{Han})(?P<a>[^()（）\n]{0,200})[)）]"
        r"|（(?=[^()（）\n]{0,200}?\p{Han})(?P<b>[^()（）\n]{0,200})\)"
    )


_TITLE_CLOSERS = "》〉」』"  # the closing marks of a title or quotation
_TITLE_OPENERS = "《〈「『"  # and their opening marks
_LATIN_TITLE_MAX = 64  # how far back (characters) a Latin title's opening mark is looked for


def _latin_title_marks(text: str, s: int, e: int) -> bool:
    """Whether the run of marks ``text[s:e]`` ends a Latin title or quotation: a closing
    》〉」』 follows it, an ASCII letter or digit stands before it, and no Han character stands
    between the opening mark before it on its line (at most ``_LATIN_TITLE_MAX`` characters
    back) and the run (``《Hello, World!》``, ``《Python 3!》``, ``「OK?!」``: they stay; not ``「你好,Tom!」``, a Chinese quotation).

    >>> t = "「你好,Tom!」"
    >>> _latin_title_marks("《Hi!!!!》", 3, 7), _latin_title_marks(t, 9, 10)
    (True, False)
    """
    before = text[s - 1 : s]
    if text[e : e + 1] not in _TITLE_CLOSERS or not (before.isascii() and before.isalnum()):
        return False
    # Only a bounded window is searched: a line of many titles stays linear.
    low = max(0, s - _LATIN_TITLE_MAX)
    line_start = max(low, text.rfind("\n", low, s) + 1)
    opened = max(text.rfind(c, line_start, s) for c in _TITLE_OPENERS)
    if opened < 0 or opened < max(text.rfind(c, line_start, s) for c in _TITLE_CLOSERS):
        return False
    return _has_han().search(text, opened + 1, s) is None


@lazy
def _width_runs_pattern() -> str:
    """The runs of marks :func:`fix_punctuation_width` widens: a run after Chinese, or after a
    non-blank and before Chinese.

    A stdlib ``re`` pattern, led by the mark class (``re`` skips to marks from a table where
    ``regex`` tries every position: a third of the cost on a Chinese page) and written to read
    what the ``regex`` pattern with ``\\p{Han}`` and ``\\S`` did (tested): those classes are
    taken from ``regex`` (:func:`govtext._codepoints.regex_class`; ``re``'s ``\\s`` also holds
    U+001C-U+001F), and no possessive quantifier (``re`` has them from Python 3.11 on): a run
    is taken whole, and a run given back ends at a mark, which no Chinese lookahead takes.
    """
    m = "[,:;?!]"
    han, blank = regex_class(r"\p{Han}"), regex_class(r"\s")
    cjk = f"[{han}{_CJK_PUNCT}]"
    # (the marks of a Latin title before its closing mark stay: :func:`_latin_title_marks`, read
    # by :func:`_width_round` on the runs found)
    return (
        f"{m}(?:(?<={cjk}{m}){m}*"
        # (not from a run's third mark on: a match there would start at its second, which a
        # non-blank stands before too; reading the run from every mark was quadratic on it)
        f"|(?<!{m}{{3}})(?<=[^{blank}]{m}){m}*(?={cjk}))"
    )


@lazy
def _width_marks() -> re.Pattern[str]:
    # a URL first (its marks stay as they are: the match makes no edit), then the runs
    return re.compile(rf"(?P<url>{_URL})|{_width_runs_pattern()}")


@lazy
def _width_runs() -> re.Pattern[str]:
    """:func:`_width_marks` without its URL: what it finds in text holding neither "://" nor
    "www." (a URL holds one: the alternative cannot match there), at a third less cost."""
    return re.compile(_width_runs_pattern())


@lazy
def _has_han() -> regex.Pattern[str]:
    return regex.compile(r"\p{Han}")


@lazy
def _cjk_char() -> regex.Pattern[str]:
    return regex.compile(rf"[{_CJK}]")


@lazy
def _full_stop() -> re.Pattern[str]:
    # "." right after a Han character or closing Chinese punctuation, at the end of a line
    # (led by the literal: ``re`` skips to dots at memchr speed)
    return re.compile(rf"\.(?<=[{HAN_BLOCKS}”’》）」』]\.)(?=[”’」』]*(?:\n|\Z))")


@lazy
def _han_or_latin() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(f"[{HAN_BLOCKS}]"), re.compile("[A-Za-z]")


@lazy
def _bare_stop() -> re.Pattern[str]:
    # "." between a Han character (or closing Chinese punctuation) and a Han character (or
    # opening Chinese punctuation), but no list marker (一.总则) and not after a site's name
    # (中国政府网.政务); a Chinese domain name's other shapes: see _domain_dot()
    return re.compile(
        rf"\.(?<=[{HAN_BLOCKS}”’》）」』]\.)(?<![一二三四五六七八九十百网網]\.)"
        rf"(?=[{HAN_BLOCKS}“‘《（「『])"
    )


#: The longest top-level label of a Chinese domain name, in Han characters (示范学校.在线,
#: 某某集团.公司, 中文网 .我爱你): a "." followed by at most this many Han characters ...
DOMAIN_LABEL_MAX = 4


@lazy
def _domain_tail() -> re.Pattern[str]:
    # ... then ("end") the end of the line, a blank or a "/" (a path), or any other end on a
    # line that holds a URL
    h = f"[{HAN_BLOCKS}]"
    return re.compile(rf"{h}{{1,{DOMAIN_LABEL_MAX}}}(?!{h})(?P<end>[\s/]|\Z)?")


@lazy
def _url_on_line() -> re.Pattern[str]:
    return re.compile(r"://|www\.", re.IGNORECASE)


def _domain_dot(text: str, dot: int, end: int, url: bool) -> bool:
    """Whether the "." at *dot*, on a line ending at *end* (holding a URL: *url*), joins a
    Chinese domain name's labels (示范学校.在线): a short Han label after it
    (:data:`DOMAIN_LABEL_MAX`) that ends the line or comes before a blank or a "/", or any
    short label on a line holding a URL. A sentence goes on after its full stop (八年.现在我们):
    the shape tells them apart.
    """
    m = _domain_tail().match(text, dot + 1, end)
    return m is not None and (url or m.group("end") is not None)


@lazy
def _sentence_mark() -> re.Pattern[str]:
    # ASCII ones too, whether or not fix_punctuation_width widens them: the test must not
    # change with that step's result (a second run would see another line)
    return re.compile("[，。；！？,;!?]")


def _full_stops(text: str) -> str:
    """*text* with each :func:`_full_stop` on a line holding more Han characters than Latin
    letters (not an English sentence ending in a Chinese name) made 。, and on such a line
    each :func:`_bare_stop` too (the line writes its full stops as "."). A line that does
    not end in "." has its :func:`_bare_stop` made 。 when it also holds a comma, semicolon,
    stop, question or exclamation mark (a sentence whose punctuation is half converted:
    ``负责.对违反，``).

    >>> _full_stops("依法给予处罚.对于情节轻微的,可以从轻。网址：中国政府网.政务；一.总则")
    '依法给予处罚。对于情节轻微的,可以从轻。网址：中国政府网.政务；一.总则'
    """
    edits = []
    ended = set()  # the lines (their starts) that end in "."
    for m in _full_stop().finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        ended.add(start)
        if _more_han_than_latin(text[start : m.start()]):
            edits += _bare_stops(text, start, m.end())
            edits.append((m.start(), m.end(), "。"))
    done = -1  # (the end of the line of the last stop read: its other stops are skipped unread,
    # each line's start found once; looked for at every stop, a long line's many cost its
    # length each)
    for m in _bare_stop().finditer(text):
        if m.start() < done:
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        done = len(text) if end < 0 else end
        if start in ended:
            continue
        line = text[start:done]
        if _sentence_mark().search(line) and _more_han_than_latin(line):
            edits += _bare_stops(text, start, done)
    return splice(text, sorted(edits)) if edits else text


#: From this length on, :func:`_more_han_than_latin` counts on the line's code points.
_COUNT_SCAN_MIN = 256


def _more_han_than_latin(line: str) -> bool:
    """Whether *line* holds more Han characters than Latin letters (:func:`_han_or_latin`):
    counted by ``findall`` on a short line, on a long one by look-ups of its code points in the
    tables of the same two classes (:func:`govtext._codepoints.class_table`), no string made
    a character (a kept line of a million characters, a flattened PDF, is read four times).

    >>> _more_han_than_latin("通知 abc"), _more_han_than_latin("通知 a" * _COUNT_SCAN_MIN)
    (False, True)
    """
    if len(line) < _COUNT_SCAN_MIN:
        han, latin = _han_or_latin()
        return len(han.findall(line)) > len(latin.findall(line))
    import numpy as np

    a = np.frombuffer(np.array(line), dtype="<u4")
    han, latin = (int(np.count_nonzero(t.take(a, mode="clip"))) for t in _han_or_latin_tables())
    return han > latin


@lazy
def _han_or_latin_tables() -> tuple[Any, Any]:
    """:func:`_han_or_latin`'s classes as tables over the code points (:func:`class_table`)."""
    return tuple(class_table(p.pattern[1:-1]) for p in _han_or_latin())  # type: ignore[return-value]


def _bare_stops(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Each :func:`_bare_stop` of the line ``text[start:end]`` that is no domain name's dot, as
    an edit to 。."""
    stops = list(_bare_stop().finditer(text, start, end))
    url = bool(stops) and _url_on_line().search(text, start, end) is not None  # once a line
    return [(m.start(), m.end(), "。") for m in stops if not _domain_dot(text, m.start(), end, url)]


@lazy
def _quote_parts() -> tuple[re.Pattern[str], ...]:
    """(a pair of ASCII double quotes on a line, the same for single quotes, what may not
    stand before a pair, what may not follow it, what a pair may not hold, Han)."""
    return (
        re.compile(r'"([^"\n]{1,200})"'),
        re.compile(r"'([^'\n]{1,200})'"),
        # a letter or digit (an apostrophe, inches), markup or code (=" \")
        re.compile(r"[A-Za-z0-9=\\]"),
        # a JSON key ("x": 1; the value's quote may be one this step made Chinese: a second
        # run sees “ where the first saw "); after a single quote, a letter too (Xi's)
        re.compile(r'\s*:\s*["“”\[{0-9]|(?<=\')[A-Za-z]'),
        re.compile(r"[<>{}=\\]"),
        # a Han character (not punctuation, which this step may change: a second run would
        # see another context)
        re.compile(f"[{HAN_BLOCKS}]"),
    )


def _quoted_chinese(text: str, m: re.Match[str], start: int, end: int) -> bool:
    """Whether the quote pair *m* on the line ``text[start:end]`` quotes Chinese (see
    :func:`_straight_quotes`)."""
    _, _, before, after, inside, han = _quote_parts()
    a, b = m.start(), m.end()
    if inside.search(m.group(1)) or (a > start and before.match(text, a - 1)) or after.match(text, b, end):
        return False
    return bool(
        _has_han().search(m.group(1))
        or (a > start and han.match(text, a - 1)) or (b < end and han.match(text, b))
    )


def _straight_quotes(text: str) -> str:
    r"""ASCII quotes around Chinese as Chinese quotes: ``"…"`` → ``“…”``, ``'…'`` → ``‘…’``.

    A line's quotes of one kind are converted only all together: their number is even,
    and every pair (first with second, third with fourth ...) holds a Han character or
    touches one outside (``落实"321"机制``), holds no markup, has no letter, digit, ``=``
    or ``\`` before it (inches, an attribute), no letter after a single quote (an
    apostrophe) and is no JSON key. Each quote keeps its place (one character for one).

    >>> _straight_quotes('取消"达标"、"升级"活动，落实"321"机制，他说\'好\'')
    '取消“达标”、“升级”活动，落实“321”机制，他说‘好’'
    >>> _straight_quotes('<a title="通知">、{"标题": "通知"}、5"屏"、Xi\'s 讲话\'')
    '<a title="通知">、{"标题": "通知"}、5"屏"、Xi\'s 讲话\''
    """
    double, single = _quote_parts()[:2]
    edits = []
    for q, pair, marks in (('"', double, "“”"), ("'", single, "‘’")):
        pos = text.find(q)
        while pos >= 0:
            start = text.rfind("\n", 0, pos) + 1
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            pairs = list(pair.finditer(text, start, end))
            if 2 * len(pairs) == text.count(q, start, end) and all(
                _quoted_chinese(text, m, start, end) for m in pairs
            ):
                for m in pairs:
                    edits += [(m.start(), m.start() + 1, marks[0]), (m.end() - 1, m.end(), marks[1])]
            pos = text.find(q, end)
    return splice(text, sorted(edits)) if edits else text


def fix_punctuation_width(text: str) -> str:
    """ASCII ``, : ; ? ! ( )`` inside Chinese to their full-width forms; never the reverse.

    * ``, : ; ? !`` become full width when the character before them is Chinese (a Han
      character or Chinese punctuation), or when the character after them is Chinese
      and the one before is not a blank: ``教育,科技`` → ``教育，科技``, ``时间:2023``
      → ``时间：2023``, ``不低于19,初中`` → ``不低于19，初中``.
    * A bracket pair becomes full width when it holds a Han character and one of its
      ASCII brackets touches a Chinese character: ``(下称通知)`` → ``（下称通知）``,
      ``(2021—2025年)`` → ``（2021—2025年）``. Brackets holding only Latin or digits stay
      ASCII (``北京(China)``, ``(2021)``), and so does ``Beijing (北京)``.
    * Never changed: punctuation between digits or Latin (``14:55:08``, ``1,234.56``,
      ``3:1``), anything inside a URL, and a "?" that may stand for a lost 《 or 》 (see
      :func:`restore_lost_quotes`), which is left for that step, or for a lost character: a
      "?" (or a run of them) right after a pause or stop ``、。，；：`` or ASCII ``, ; :``
      (``二期、?水灌区``), or right before one (``前1?。``), where no question mark stands;
      but before one, a "?" after a question particle or word (吗 呢 么 吧 否 啊 呀 哇 嘛 哪 何
      谁 啥 乎) or after ``? ？ ! ！`` ends a question and is widened (``是否?。`` →
      ``是否？。``, ``为什么??，`` → ``为什么？？，``).
    * A "." ends a Chinese sentence (``。``) right after a Han character or closing Chinese
      punctuation at the end of a line (closing quotes may follow it) holding more Han characters than Latin letters
      (``纳入发展规划.``), and on such a line a "." between Han characters too (``八年.现在``).
      Elsewhere a "." after Han may be part of a name (``中国政府网.政务``, ``通知.pdf``) and
      stays.

    >>> fix_punctuation_width("教育,科技;时间:14:55:08(下称通知)!")
    '教育，科技；时间：14:55:08（下称通知）！'
    >>> fix_punctuation_width("北京(China)和1,234.56元,见http://a.b/c?x=1,(2021)")
    '北京(China)和1,234.56元，见http://a.b/c?x=1,(2021)'
    >>> fix_punctuation_width("见http://a.b/c?x=1,详情")
    '见http://a.b/c?x=1，详情'
    >>> fix_punctuation_width("纳入发展规划.\\nHe was born in 北京.\\n中国政府网.政务")
    '纳入发展规划。\\nHe was born in 北京.\\n中国政府网.政务'
    """
    text = check_text(text, "fix_punctuation_width")
    # quotes first: a full stop is judged by the quotes around it, never the reverse
    if '"' in text or "'" in text:
        text = _straight_quotes(text)
    if "." in text:
        text = _full_stops(text)
    widened = _widen(text)
    # a bracket made full width can end a sentence for the "." after it (``（计）.``): the full
    # stops again until they change nothing (each round converts a "." or ends)
    while widened != text and "." in widened:
        stopped = _full_stops(widened)
        if stopped == widened:
            break
        text, widened = stopped, _widen(stopped)
    return widened


def _widen(text: str) -> str:
    """The width rules of :func:`fix_punctuation_width` (all but the quotes and full stops)."""
    hits = _FirstHits(text, [p for c, p in _width_led() if c in text])
    m = hits.search()
    if m is None:
        return text
    # The rules work line by line, and a line without a hit of the gate has nothing to do
    # (now or after a round): the rounds look at the lines with a hit only.
    lines = []
    while m is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        lines.append((start, end))
        m = hits.search(end)
    # A conversion can give a neighbour its Chinese context (",(" → "，(" makes the
    # bracket touch Chinese), so repeat until nothing changes (two rounds in practice).
    # A round after which no ASCII mark touches Chinese would change nothing: the same
    # gate ends the loop without it.
    needed = _width_needed()
    for _ in range(8):
        new = _width_round(text, lines)
        if new == text:
            break
        text = new
        if not any(needed.search(text, start, end) for start, end in lines):
            break
    return text


def _width_round(text: str, lines: Sequence[tuple[int, int]] = ()) -> str:
    """One round of the rules over the *lines* (start, end) of *text* (all of it by default);
    every mark keeps its place (a conversion is one character for one)."""
    lines = lines or [(0, len(text))]
    if "(" in text or ")" in text:
        # (a line without an ASCII bracket: no pair to widen, its URLs stay as they are)
        text = splice(text, [
            (m.start(), m.end(), _paren_repl(m)) for start, end in _holding(text, lines, "()")
            for m in _paren_matches(text, start, end)
        ])
    keep = set()
    if "?" in text:
        keep = {p for a, b, _ in lost_quote_pairs(text) for p in (a, b)}
        keep.update(p for start, end in _holding(text, lines, "?")
                    for m in _lost_char_q().finditer(text, start, end) for p in range(*m.span()))

    marks, plain = _width_marks(), _width_runs()
    find = text.find
    # the runs of marks to widen: a match of the URL alternative (its only group) stays as it is
    # (no edit); each run is widened whole unless it holds a "?" kept above. A line holding no
    # URL is read without that alternative.
    runs = [
        m for start, end in lines
        for m in (marks if find("://", start, end) >= 0 or find("www.", start, end) >= 0 else plain).finditer(
            text, start, end)
        if m.lastgroup is None
    ]
    if any(c in text for c in _TITLE_CLOSERS):  # a Latin title's marks stay (_latin_title_marks)
        runs = [m for m in runs if text[m.end() : m.end() + 1] not in _TITLE_CLOSERS or not _latin_title_marks(text, *m.span())]
    wide = _WIDE_ONE.get
    if not keep:
        return splice(text, [(*m.span(), wide(m.group()) or m.group().translate(_FULL)) for m in runs])
    edits = []
    for m in runs:
        s, e = m.span()
        run = m.group()
        if s not in keep if e - s == 1 else keep.isdisjoint(range(s, e)):
            edits.append((s, e, wide(run) or run.translate(_FULL)))
        else:
            edits.append((s, e, "".join(c if s + i in keep else c.translate(_FULL) for i, c in enumerate(run))))
    return splice(text, edits)


#: Where a match of :func:`_width_parens` can start: its alternatives' first characters (a
#: URL's scheme or "www.", an ASCII or a full-width opening bracket).
_PAREN_LEADS = ("(", "（", "http", "ftp", "www.")


def _paren_matches(text: str, start: int, end: int) -> list[regex.Match[str]]:
    """``_width_parens().finditer(text, start, end)``, the pattern tried only where a match can
    start (:data:`_PAREN_LEADS`, each found by ``str.find``): the ``regex`` scan tries it at every
    character (~90 instructions each). Its matches are never empty, so the first that matches at
    or after the end of the last is the scan's next one.

    >>> [m.group() for m in _paren_matches("见(附件)和http://a.b/(x)（二)", 0, 24)]
    ['(附件)', 'http://a.b/(x', '（二)']
    """
    starts = []
    for lead in _PAREN_LEADS:
        i = text.find(lead, start, end)
        while i >= 0:
            starts.append(i)
            i = text.find(lead, i + 1, end)
    pattern = _width_parens()
    out = []
    pos = start
    for p in sorted(starts):
        if p >= pos and (m := pattern.match(text, p, end)) is not None:
            out.append(m)
            pos = m.end()
    return out


def _holding(text: str, lines: Sequence[tuple[int, int]], chars: str) -> list[tuple[int, int]]:
    """The *lines* (start, end) of *text* holding one of *chars* (each looked for by ``str.find``,
    memchr speed: a pattern's search set up for a line costs more).

    >>> _holding("a(b\\ncd\\ne)", [(0, 3), (4, 6), (7, 9)], "()")
    [(0, 3), (7, 9)]
    """
    find = text.find
    return [(s, e) for s, e in lines if any(find(c, s, e) >= 0 for c in chars)]


@lazy
def _lost_char_q() -> re.Pattern[str]:
    # A "?" (or a run of them) where a question mark cannot stand: after a pause or a full
    # stop (、? ，? 。?) or before one (?。 ?，): an encoder's stand-in for a character it could
    # not write (加固二期、?水灌区, 进入前1?。). Widened, it would read as a question. Before a
    # pause, a "?" after a question particle or word (是否?。 对吗?， 为什么??，) or after
    # another ending mark (真的吗!?。) ends a question: it is widened. The pauses and stops, in
    # both widths: 、 。 ，, ；; ：:
    # (led by the "?" each match starts with, the character before it tested by lookbehinds
    # after it: ``re`` skips to a "?" fast, where a lookbehind first is tried at every place
    # of the line)
    return re.compile(
        "\\?(?:(?<=[、。，；：,;:]\\?)\\?*|(?<![吗呢么吧否啊呀哇嘛哪何谁啥乎?？!！]\\?)\\?*(?=[、。，；：,;:]))"
    )


def _paren_repl(m: regex.Match[str]) -> str:
    whole = m.group()
    if m.group("url"):
        return whole
    inner = m.group("a") if m.group("a") is not None else m.group("b")
    if _has_han().search(inner) is None:
        return whole
    # An ASCII bracket of the pair must touch Chinese, inside or outside.
    s, e = m.start(), m.end()
    src = m.string
    near = []
    if whole[0] == "(":
        near += [src[s - 1 : s], inner[:1]]
    if whole[-1] == ")":
        near += [inner[-1:], src[e : e + 1]]
    if not any(c and _cjk_char().match(c) for c in near):
        return whole
    return "（" + inner + "）"


# ---------------------------------------------------------------------------
# restore_lost_quotes

# Words that end the title of a document, a law, a plan or a publication.
_TITLE_END = (
    "标准|標準|方案|纲要|綱要|指南|通知|意见|意見|办法|辦法|规定|規定|条例|條例|规划|規劃|"
    "计划|計劃|决定|決定|报告|報告|细则|細則|规则|規則|守则|守則|准则|準則|章程|要点|要點|"
    "目录|目錄|清单|清單|公告|通告|决议|決議|批复|批覆|大纲|大綱|规范|規範|制度|措施|"
    "白皮书|白皮書|公约|公約|协定|協定|条约|條約|宣言|指引|法典|规程|規程|通则|通則|"
    "日报|日報|学报|學報|杂志|雜誌|年鉴|年鑒|丛书|叢書|手册|手冊|"
    "声明|聲明|建议|建議|草案|公报|公報|议定书|議定書|文选|文選|选集|選集|全集|文集|"
    "同胞书|同胞書|倡议书|倡議書|意见书|意見書|建议书|建議書|责任书|責任書|承诺书|承諾書|"
    "说明书|說明書|任务书|任務書|计划书|計劃書|报告书|報告書|"
    # licences, certificates, forms and notices that laws and regulations name
    "许可证|許可證|资格证|資格證|准许证|准許證|合格证|合格證|注册证|註冊證|登记证|登記證|"
    "光荣证|光榮證|驾驶证|駕駛證|执照|執照|证书|證書|证件|證件|登记表|登記表|申请表|申請表|"
    "审批表|審批表|税额表|稅額表|税率表|稅率表|一览表|一覽表|明细表|明細表|通知书|通知書|"
    "决定书|決定書|判决书|判決書|裁定书|裁定書|申请书|申請書|通关单|通關單|修正案|请示|請示|"
    "解释|解釋|文库|文庫|周刊|週刊|月刊|晚报|晚報|时报|時報|周报|週報"
    # A law ("教育法", "宪法", "公司法"), but not 方法, 办法 is above, 做法, 说法, 用法, 语法,
    # 司法 ...
    "|(?<![方办辦做说說想看用手语語书書算违違合非执執立守依写寫])(?<!(?<!公)司)法"
)
# Words right before a lost 《 that take a document as their object, and right after a lost 》
# that name what the title is ("?求是?杂志", "依照?…?"): the pair is a title whatever its end.
_TITLE_BEFORE = "题为|題為|依照|按照|根据|根據|依据|依據|填写|填寫|申领|申領|出版的"
_TITLE_AFTER = "杂志|雜誌|系列|丛书|叢書|栏目|欄目|节目|節目|一书|一書|一文|专栏|專欄|期刊"
# Question words and particles: a clause holding one is a question, its "?" is real.
_INTERROGATIVE = (
    "吗|嗎|呢|什么|什麼|甚么|哪|怎|如何|为何|為何|为什么|為什麼|谁|誰|几|幾|多少|"
    "是否|能否|可否|是不是|有没有|有沒有|还是|還是|难道|難道|岂|豈|何"
)
_QUOTE_LOOKBACK = 80


@lazy
def _title_end() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{_TITLE_END})(?:[(（][^()（）]{{1,16}}[)）])?$")


@lazy
def _title_context() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    return regex.compile(f"(?:{_TITLE_BEFORE})$"), regex.compile(_TITLE_AFTER)


def _is_title(text: str, a: int, b: int, content: str) -> bool:
    """Whether the "?" pair at *a*, *b* around *content* stood for 《》: a title's last word,
    or a word before or after it that names a title (:data:`_TITLE_BEFORE`, :data:`_TITLE_AFTER`)."""
    if _title_end().search(content) is not None:
        return True
    before, after = _title_context()
    return before.search(text, max(0, a - 3), a) is not None or after.match(text, b + 1) is not None


@lazy
def _qmark() -> regex.Pattern[str]:
    return regex.compile(r"\?")


@lazy
def _interrogative() -> regex.Pattern[str]:
    return regex.compile(_INTERROGATIVE)


@lazy
def _pair_content() -> regex.Pattern[str]:
    # What may stand between a lost 《 and 》: no sentence punctuation, no line break.
    return regex.compile(r"[^?？\n，。；！!;,=&]{2,60}")


@lazy
def _clause_start() -> regex.Pattern[str]:
    return regex.compile(r"[\s，。；！？!?;,：:、《》“”]", regex.REVERSE)


def _is_question(text: str, q: int) -> bool:
    """Whether the "?" at *q* ends a question (a question word in its clause) or a URL."""
    window = text[max(0, q - _QUOTE_LOOKBACK) : q]
    word = window.rsplit(None, 1)[-1] if window.strip() else ""
    if "://" in word or "www." in word:
        return True
    last = _clause_start().search(window)  # a REVERSE pattern: the last delimiter
    clause = window[last.end() :] if last is not None else window
    return _interrogative().search(clause) is not None


def lost_quote_pairs(text: str) -> list[tuple[int, int, bool]]:
    """Pairs of "?" that look like a lost 《 》: ``(open, close, sure)`` positions.

    A pair is two "?" on one line with 2-60 characters between them, at least one Han,
    no sentence punctuation and no question word, and no question word in the clause
    before the first "?" (else that "?" ends a real question). It is *sure* when the
    text between ends like a title: 标准, 方案, 纲要, 指南, 通知, 意见, 办法, 规定, 条例,
    法, 规划, 许可证, 登记表, 修正案, ... (optionally followed by a bracketed note such as
    （试行）), or when a word before it takes a document (依照, 根据, 题为, 填写, ...) or a
    word after it names one (杂志, 系列, 丛书, 栏目, ...).

    >>> lost_quote_pairs("落实?义务教育学校管理标准?的要求")
    [(2, 13, True)]
    >>> lost_quote_pairs("有哪些亮点?有哪些推广价值?")
    []
    """
    text = check_text(text, "lost_quote_pairs")
    qs = [m.start() for m in _qmark().finditer(text)]
    out = []
    i = 0
    content = _pair_content()
    while i + 1 < len(qs):
        a, b = qs[i], qs[i + 1]
        m = content.fullmatch(text, a + 1, b)
        if (
            m is not None
            and _has_han().search(m.group()) is not None
            and _interrogative().search(m.group()) is None
            and not _is_question(text, a)
        ):
            out.append((a, b, _is_title(text, a, b, m.group())))
            i += 2
        else:
            i += 1
    return out


def restore_lost_quotes(text: str) -> str:
    """Restore 《》 that an encoding step replaced by "?", where the pairing is sure.

    Only pairs found by :func:`lost_quote_pairs` whose content ends like a document or
    publication title are restored; a "?" ending a real question stays. Not recovered
    (left as they are): a "?" pair around something that is not clearly a title (it
    may have been “” or two real questions), and an opening “ whose closing ” was lost
    (``“五育并举、德育为先落实“十大行动举措``): where the quotation ended cannot be known.

    >>> restore_lost_quotes("全面落实?中小学德育工作指南?和?新时代爱国主义教育实施纲要?,")
    '全面落实《中小学德育工作指南》和《新时代爱国主义教育实施纲要》,'
    >>> restore_lost_quotes("南山区有哪些亮点?有哪些示范意义?")
    '南山区有哪些亮点?有哪些示范意义?'
    """
    text = check_text(text, "restore_lost_quotes")
    if "?" not in text:
        return text
    pairs = [(a, b) for a, b, sure in lost_quote_pairs(text) if sure]
    if not pairs:
        return text
    out = []
    pos = 0
    for a, b in pairs:
        out += [text[pos:a], "《", text[a + 1 : b], "》"]
        pos = b + 1
    out.append(text[pos:])
    return "".join(out)
