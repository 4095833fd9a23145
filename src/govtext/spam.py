"""Spam and boilerplate lines: named rules that drop page furniture, with reasons.

A crawled page is its document (title, body) plus furniture: keyword-stuffed spam headers,
breadcrumbs, share bars, publication metadata, footers, related-article blocks, the chrome of
document-sharing sites. :func:`classify_lines` gives every line of a text one :class:`Verdict`:
kept, or dropped by a named :class:`Rule` with a human-readable reason. Metadata lines
(发布时间, 来源, 责任编辑 ...) are dropped too, but their values come back in
:attr:`Verdict.meta` so :func:`govtext.clean` can keep them in ``Result.meta``.

Rules are small objects in the public, ordered list :data:`RULES` (the first rule that drops a
line names it). Each sees the line and what the rules decided about the lines before it, so a
block of short link titles after 猜你喜欢, or an editor's name on the line after 责任编辑：, is
handled as one unit. Context only ever adds reasons to drop, never reasons to keep, which makes
:func:`drop_spam_lines` idempotent. Precision comes first: a line that reads as a sentence of
the document is left alone by every rule except the few whose markers cannot occur in one
(licence numbers, 免责声明 at the start of a line, 由会员分享).

Lexicons are data files (``govtext/data/spam_*.txt``), compiled once, lazily, into one regex
alternation each. Lines are matched after folding full-width punctuation to ASCII and stripping,
so the rules work on raw crawl text as well as on :func:`govtext.normalize`'s output.
"""

from __future__ import annotations

import functools
import itertools
import operator
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

import numpy as np
import regex

from . import _re as re
from ._codepoints import class_table, codepoints, decoded, lookup
from ._util import check_text, interface_words, lazy, read_lexicon
from .boilerplate import (
    _CLAUSE_COMMA_RE,
    _CONTACT_FIELD,
    _CRUMB_LAST,
    _CRUMB_SEP,
    _DATE_LINE,
    _DIGIT,
    _DIGITS,
    _DOC_NUMBER,
    _FILE_NAME,
    _FORWARD,
    _HAN_CLASS,
    _HAN_RANGES,
    _ISO_DAY,
    _LINE,
    _MENU_SEP,
    _NORM,
    _NUMBER_FIRST,
    _ROW_LABEL,
    _SENTENCE_LAST,
    _TITLE_SEP,
    _TITLE_SEPS,
    _VALUE_CELL,
    _VALUE_DATE,
    DEFAULT_PARAMS,
    Joined,
    PageParams,
    PageReading,
    _const,
    _is_site_date,
    _past_buttons,
    attribution,
    is_title,
    read_page,
    record_list,
)
from .boilerplate import (
    _record_fields as _page_record_row,
)
from .document import _LABEL as _DOC_LABEL
from .document import _PAGE_DASHES, _PORTAL_KEYS, HOME_LINK, _page_number_re, _title_end_re
from .template import line_key


class _LazyRegex:
    """A ``regex`` pattern (or one on ``re``: :func:`_sx`) compiled on first use. After that the
    compiled pattern's methods sit on the instance, so a call costs no more than on the compiled
    pattern itself."""

    _METHODS = ("search", "match", "fullmatch", "findall", "finditer", "split", "sub")
    #: The pattern as written, for one :func:`_sx` runs on ``re`` with ``regex``'s spaces.
    source: str | None = None

    def __init__(self, pattern: str, flags: int = 0, compile: Any = regex.compile) -> None:
        self._args = (pattern, flags)
        self._compile = compile

    def __getattr__(self, name: str) -> Any:
        if name not in self._METHODS:
            raise AttributeError(name)
        compiled = self._compile(*self._args)
        for m in self._METHODS:
            setattr(self, m, getattr(compiled, m))
        return getattr(compiled, name)


def _rx(pattern: str, flags: int = 0) -> Any:
    return _LazyRegex(pattern, flags)


#: ``regex``'s ``\s`` (the White_Space property) as the body of a character class: ``re``'s
#: ``\s`` also takes U+001C..U+001F.
_S = r"\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
#: The digits ``regex`` reads as ``\d`` besides ``re``'s (those of scripts a newer Unicode
#: added), as the body of a character class: ``re``'s ``\d`` and these are ``regex``'s.
_D_NEWER = (
    "\U00010d40-\U00010d49\U000116d0-\U000116e3\U00011bf0-\U00011bf9\U00011de0-\U00011de9"
    "\U00011f50-\U00011f59\U00016130-\U00016139\U00016d70-\U00016d79\U0001ccf0-\U0001ccf9"
    "\U0001e4f0-\U0001e4f9\U0001e5f1-\U0001e5fa"
)
#: What a pattern :func:`_sx` runs on ``re`` may not hold: classes that ``regex`` reads from a
#: newer Unicode (``\w``, ``\b``, properties; ``\d`` is written out, :data:`_D_NEWER`),
#: ``regex``'s own syntax (a nested set: ``[[``, not an escaped ``\\[`` before a class).
_REGEX_ONLY = re.compile(r"\\[wWbBpPXNGKLmMV]|\(\?[>|(]|\(\?[a-zA-Z-]*i|[*+?}]\+|(?:^|[^\\])(?:\\\\)*\[\[")


def _re_spaces(pattern: str) -> str:
    """*pattern* (``regex`` syntax) with each ``\\s`` and ``\\S`` written as the class of
    ``regex``'s spaces (:data:`_S`), and each ``\\d`` and ``\\D`` as that of its digits
    (``re``'s and :data:`_D_NEWER`), for ``re``.

    >>> _re_spaces(r"a\\s*[^\\s:]") == "a[" + _S + "]*[^" + _S + ":]"
    True
    >>> _re_spaces(r"\\d[^\\d.]") == "[\\\\d" + _D_NEWER + "][^\\\\d" + _D_NEWER + ".]"
    True
    """
    out = []
    in_class = False
    k = 0
    while k < len(pattern):
        c = pattern[k]
        if c == "\\":
            esc = pattern[k : k + 2]
            assert not (in_class and esc in ("\\S", "\\D")), pattern
            body = _S if esc in ("\\s", "\\S") else "\\d" + _D_NEWER if esc in ("\\d", "\\D") else None
            if body is None:
                out.append(esc)
            elif in_class:
                out.append(body)
            else:
                out.append(f"[^{body}]" if esc[1].isupper() else f"[{body}]")
            k += 2
            continue
        if c == "[" and not in_class:
            in_class = True
            assert pattern[k + 1 : k + 2] != "]" and pattern[k + 1 : k + 3] != "^]", pattern
        elif c == "]" and in_class:
            in_class = False
        out.append(c)
        k += 1
    return "".join(out)


def _sx(pattern: str, flags: int = 0) -> Any:
    """A rule's pattern in ``regex`` syntax that needs nothing of ``regex`` (:data:`_REGEX_ONLY`;
    no ``i`` ignoring case, which ``re`` also reads as the dotless ı), compiled on ``re`` on
    first use with ``regex``'s spaces (:func:`_re_spaces`): it matches the same strings, and a
    call costs a fraction of one on ``regex`` (which sets up more state for each).

    >>> _sx(r"\\s*(?:>|→)\\s*").fullmatch(" > \\x1c") is None
    True
    """
    assert _REGEX_ONLY.search(pattern) is None, pattern
    assert not (flags & re.IGNORECASE and "i" in pattern.lower()), pattern
    lazy = _LazyRegex(_re_spaces(pattern), flags, re.compile)
    lazy.source = pattern  # (as written: the tests compare it on ``regex``)
    return lazy

__all__ = [
    "RULES",
    "Context",
    "Rule",
    "Verdict",
    "classify_lines",
    "classify_page",
    "drop_spam_lines",
    "fold",
    "rule_names",
]


@dataclass(frozen=True)
class Verdict:
    """Keep or drop one line, with the rule and reason.

    ``meta`` holds ``(key, value)`` pairs read from a dropped metadata line (keys such as
    ``"date"``, ``"source"``, ``"editor"``, ``"author"``, ``"reviewer"``, ``"url"``).

    >>> Verdict(True)
    Verdict(keep=True, rule=None, reason='', meta=())
    """

    keep: bool
    rule: str | None = None
    reason: str = ""
    meta: tuple[tuple[str, str], ...] = ()


KEEP = Verdict(True)


def _by_rule(verdicts: list[Verdict], rows: list[int]) -> defaultdict[str | None, list[int]]:
    """The *rows* by the rule of their verdicts, each rule's in order (one pass over them, where
    picking each rule's would be one pass a rule).

    >>> by = _by_rule([KEEP, _drop("footer", "x"), _drop("image", "y"), _drop("footer", "z")], [1, 2, 3])
    >>> by["footer"], by["image"], by["related"]
    ([1, 3], [2], [])
    """
    by: defaultdict[str | None, list[int]] = defaultdict(list)
    for i in rows:
        by[verdicts[i].rule].append(i)
    return by


def _region_stops(by: Mapping[str | None, list[int]], inside: set[int]) -> list[int]:
    """The lines the article region never crosses: those of the rules of :data:`_REGION_STOPS` in
    *by* (:func:`_by_rule`), in order, but the widgets that stand inside articles (*inside*).

    >>> _region_stops(_by_rule([_drop("footer", "x"), _drop("image", "y"), _drop("widget", "z")], [0, 1, 2]), {2})
    [0]
    """
    stops = _of_rules(by, _REGION_STOPS)
    return [i for i in stops if i not in inside] if inside else stops


def _of_rules(by: Mapping[str | None, list[int]], rules: Iterable[str]) -> list[int]:
    """The rows of :func:`_by_rule`'s *by* whose rule is one of *rules*, in order (a new list).
    (A loop over the few rules: a page's passes ask for a handful of rules' rows, most of
    them none, where a chain of a generator's lists sorted costs several times as much.)

    >>> _of_rules(_by_rule([_drop("footer", "x"), _drop("image", "y"), _drop("footer", "z")], [0, 1, 2]), ("footer", "image"))
    [0, 1, 2]
    """
    out: list[int] = []
    for r in rules:
        rows = by.get(r)
        if rows:
            out += rows
    out.sort()
    return out


# --------------------------------------------------------------------------------------------
# Matching helpers
# --------------------------------------------------------------------------------------------

#: Full-width and look-alike punctuation folded to ASCII before matching (C-speed translate).
_FOLD = str.maketrans(
    {
        "：": ":", "，": ",", "；": ";", "！": "!", "？": "?", "｜": "|", "丨": "|", "│": "|",
        "¦": "|", "＞": ">", "›": ">", "»": ">", "（": "(", "）": ")", "【": "[", "】": "]",
        "［": "[", "］": "]", "〔": "[", "〕": "]", "\u3000": " ", "\xa0": " ", "\u2002": " ",
        "\u2003": " ", "\u2009": " ", "\u200b": None, "\u200c": None, "\u200d": None,
        "\ufeff": None, "／": "/", "＿": "_", "．": ".", "＠": "@", "＃": "#",
        "\t": " ",
    }
)


def fold(line: str) -> str:
    """A line as the rules see it: punctuation folded to ASCII, zero-width removed, stripped.

    >>> fold("　【字体：大 中 小】 ")
    '[字体:大 中 小]'
    """
    return line.translate(_FOLD).strip()


#: The characters the folding changes, and those it removes (zero-width: :func:`_fold_table`
#: reads each as the first, ``str.replace`` takes them out).
_FOLD_SOURCES = tuple(map(chr, _FOLD))
_FOLD_REMOVED = tuple(chr(k) for k, v in _FOLD.items() if v is None)


@lazy
def _fold_table() -> Any:
    """Code point -> the code point it folds to (itself for a character the folding leaves; for
    those it removes, :data:`_FOLD_REMOVED`, the first of them: one ``str.replace`` takes them
    all out)."""
    table = np.arange(0x110000, dtype=np.uint32)
    for k, v in _FOLD.items():
        table[k] = ord(_FOLD_REMOVED[0]) if v is None else ord(v)
    return table


def _fold_lines(text: str) -> list[str]:
    """``[fold(x) for x in text.split("\\n")]``, folding the whole text at once (no source or
    target of the folding is a newline): one table look-up a code point (the text's array is
    usually at hand: the step before read it) and one decoding give the folded text, where a
    ``str.replace`` a source would scan and copy the text once each; the zero-width characters
    it removes (rare: found at ``memchr`` speed) are replaced out.

    >>> _fold_lines("\\u3000标题：某县 \\n\\u200b（一）丨 a")
    ['标题:某县', '(一)| a']
    """
    return _folded(text)[0]


def _folded(text: str) -> tuple[list[str], Joined | None]:
    """:func:`_fold_lines`, and the folded lines joined (:class:`~govtext.boilerplate.Joined`)
    when the folding made them: no zero-width character taken out, no blank stripped off a
    line's edge (``str.strip`` hands back the very line it leaves alone, so the lists compare by
    identity). The line rules' marks and the page reading read their code points from it
    (:class:`Context`)."""
    cps = codepoints(text)
    padded = np.empty(len(cps) + 2, np.uint32)  # (the folded code points between two line breaks)
    padded[0] = padded[-1] = 10
    lookup(_fold_table(), cps, out=padded[1:-1])  # (a code point is below 0x110000)
    text = decoded(padded[1:-1])
    whole = True
    if _FOLD_REMOVED[0] in text:  # (each of them reads as the first)
        text, whole = text.replace(_FOLD_REMOVED[0], ""), False
    split = text.split("\n")
    lines = list(map(str.strip, split))
    return lines, (Joined(text, padded) if whole and lines == split else None)


def _alternation(words: Iterable[str]) -> str:
    """One regex alternation of literal words, longest first; pure-ASCII-letter words only
    match between non-letters."""
    parts = []
    for w in sorted(set(words), key=lambda x: (-len(x), x)):
        esc = re.escape(w)
        if re.fullmatch(r"[A-Za-z ]+", w):
            esc = rf"(?<![A-Za-z]){esc}(?![A-Za-z])"
        parts.append(esc)
    return "|".join(parts)


def _alternation_by_head(words: Iterable[str]) -> str:
    """:func:`_alternation` with its words grouped by their first character (``来(?:源于|源|自)``),
    each group's in the same order: two words of different first characters never match at one
    place, so the same word matches, but ``re`` tries the words of one group at a place, not
    every word. (A group of ASCII-letter words has their test of the letter before them once.)

    >>> _alternation_by_head(["来源", "来源于", "作者", "Author"])
    '(?<![A-Za-z])A(?:uthor(?![A-Za-z]))|来(?:源于|源)|作(?:者)'
    """
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words), key=lambda x: (-len(x), x)):
        groups.setdefault(w[0], []).append(w)
    parts = []
    for head, ws in groups.items():
        if all(re.fullmatch(r"[A-Za-z ]+", w) for w in ws):
            tails = "|".join(rf"{re.escape(w[1:])}(?![A-Za-z])" for w in ws)
            parts.append(rf"(?<![A-Za-z]){re.escape(head)}(?:{tails})")
        elif any(re.fullmatch(r"[A-Za-z ]+", w) for w in ws):
            parts.append(_alternation(ws))
        else:
            parts.append(f"{re.escape(head)}(?:{'|'.join(re.escape(w[1:]) for w in ws)})")
    return "|".join(parts)


def _words_re(words: Iterable[str]) -> re.Pattern[str]:
    """Compile a word list into one case-insensitive alternation behind a lookahead on the
    words' first characters (the stdlib engine then skips most positions at C speed)."""
    words = list(words)
    first = {c for w in words for c in (w[0].lower(), w[0].upper())}
    look = "[" + "".join(re.escape(c) for c in sorted(first)) + "]"
    return re.compile(f"(?={look})(?:{_alternation(words)})", re.IGNORECASE)


@lazy
def _lex(name: str) -> re.Pattern[str]:
    return _words_re(read_lexicon(name))


# CJK unified ideographs (basic, extension A, compatibility): enough to weigh a line.
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: Punctuation that makes the words after a date no byline (a comma between digits grouping
#: thousands, a view count's 9,846, is none).
#: (A sentence end in a line is tested as ``"。" in s or ";" in s``: two scans at memchr speed,
#: where ``re`` tries a character class at every character.)
_BYLINE_PUNCT = re.compile(r"[!?;]|" + _CLAUSE_COMMA_RE)
_DATE = _sx(
    r"(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)
#: A year, month and day (2026-11-29, 2026年11月29日, 2026/11/29), nothing around them.
_YMD_BARE = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
#: :data:`_DATE`'s date and time of day without its groups, for the metadata rule's line shapes.
_YMD = rf"(?<!\d){_YMD_BARE}\s*日?"
_HM = r"\d{1,2}:\d{2}(?::\d{2})?"
#: ``{_YMD}\s*{_HM}``, a date and its time of day, with the blanks between them one run (around
#: 日 or not: ``\s*日?\s*`` split a run of blanks every way).
_YMD_HM = rf"(?<!\d){_YMD_BARE}\s*(?:日\s*)?{_HM}"
_ISO_DATE = _sx(r"(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)")
_URL = _rx(r"(?:https?://|www\.)[\w\-.~:/?#@!$&'*+,;=%]+", regex.IGNORECASE)


def _web_address(value: str) -> bool:
    """Whether *value* is one web address, nothing else (:data:`_URL`: http…, www.…).

    >>> _web_address("https://www.gov.cn/zhengce/2026-01/01/content_1.htm"), _web_address("点击查看")
    (True, False)
    """
    return value[:1] in "hHwW" and _URL.fullmatch(value) is not None


def _han(s: str) -> int:
    return len(_HAN.findall(s))


def _line_end(text: str, i: int) -> int:
    """The end of the line of *text* holding index *i* (its newline, or the text's end)."""
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def _prose(s: str) -> bool:
    """Reads as a sentence of a document: sentence punctuation, or long and comma-joined."""
    if ("。" in s or ";" in s):
        return True
    n = _han(s) if len(s) < 400 else 400
    return n >= 80 or (n >= 20 and s.count(",") >= 2)


def _two_of(s: str, chars: str) -> bool:
    """Does *s* hold two or more of the characters *chars* (``sum(map(s.count, chars)) >= 2``,
    found with ``str.find``, which skips to a candidate at ``memchr`` speed, and stopping at the
    second: a 174,000-character line of keywords is not counted through four times)?

    >>> _two_of("甲|乙", "|,"), _two_of("甲|乙,丙", "|,")
    (False, True)
    """
    found = 0
    for c in chars:
        k = s.find(c)
        while k >= 0:
            found += 1
            if found == 2:
                return True
            k = s.find(c, k + 1)
    return False


def _rest_han(s: str, pattern: re.Pattern[str]) -> int:
    """Han characters left in *s* once every match of *pattern* is removed."""
    return _han(pattern.sub("", s))


def _two(n: str) -> str:
    """A date's number *n* in two digits: ASCII digits padded as they are, another script's
    converted by ``int``; as written when ``int`` does not know them (``regex`` matches digits of
    Unicode versions newer than this Python's: ``0\U00016131``).

    >>> _two("3"), _two("０３"), _two("0\U00016131") == "0\U00016131"
    ('03', '03', True)
    """
    if n.isascii():
        return n.zfill(2)
    try:
        return f"{int(n):02d}"
    except ValueError:
        return n


#: A date of the Minguo calendar that Taiwan's sites print in their date fields (發布日期：115-09-10,
#: 115年9月10日): a year of two or three digits (the calendar's year 1 is 1912), the month and the day;
#: read as a date only as a date field's whole value.
_ROC_DATE = _sx(r"(1\d\d|[1-9]\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
#: A template's placeholder left unfilled where a value should stand, the whole value: the
#: variable of a page template (``${pubDate}``, ``$!{info.source}``, ``{{ article.hits }}``,
#: ``#{title}``, ``{$source}``), a DedeCMS tag (``{dede:field.pubdate/}``), an EmpireCMS one
#: (``[!--newstime--]``). A field holding one is a field with no value: a publishing system
#: failed to fill it.
_UNFILLED = _sx(
    r"(?:(?:\$!?|#)\{[^{}\n]{1,60}\}|\{\{[^{}\n]{1,60}\}\}|\{(?:\$|dede:)[^{}\n]{1,60}\}|\[!--[^\]\n]{1,40}--\])"
    r"(?:\s{0,3}(?:(?:\$!?|#)\{[^{}\n]{1,60}\}|\{\{[^{}\n]{1,60}\}\}|\{(?:\$|dede:)[^{}\n]{1,60}\}|\[!--[^\]\n]{1,40}--\]))*"
)
#: The Minguo calendar's year 1 in the common era's years, less one.
ROC_YEAR_OFFSET = 1911


def _roc_date_value(m: re.Match[str]) -> str:
    """A Minguo date's value in the common era (:data:`_ROC_DATE`).

    >>> _roc_date_value(_ROC_DATE.fullmatch("115-09-10"))
    '2026-09-10'
    """
    y, mo, d = m.groups()
    return f"{int(y) + ROC_YEAR_OFFSET}-{_two(mo)}-{_two(d)}"


def _date_value(m: regex.Match[str]) -> str:
    y, mo, d, hh, mm, ss = m.groups()
    out = f"{y}-{_two(mo)}-{_two(d)}"
    if hh is not None:
        out += f" {_two(hh)}:{mm}"
        if ss is not None:
            out += f":{ss}"
    return out



def _date_meta(text: str) -> list[tuple[str, str]]:
    """The date metadata of the first date in *text* (none without one)."""
    d = _DATE.search(text)
    return [("date", _date_value(d))] if d else []


#: Verdicts without metadata already made, by rule and reason (a verdict is immutable, so one
#: object serves every line it applies to; making one costs more than finding it). Emptied when
#: it holds :data:`_DROPS_MAX` (reasons may quote the line).
_DROPS: dict[tuple[str, str], Verdict] = {}
_DROPS_MAX = 4096
_new = object.__new__


def _drop(rule: str, reason: str, meta: Sequence[tuple[str, str]] = ()) -> Verdict:
    if meta:
        # (``Verdict(False, rule, reason, tuple(meta))`` with its fields set in its ``__dict__`` at
        # once: a frozen dataclass's ``__init__`` sets each through ``object.__setattr__``)
        v = _new(Verdict)
        fields = v.__dict__
        fields["keep"], fields["rule"], fields["reason"], fields["meta"] = False, rule, reason, tuple(meta)
        return v
    v = _DROPS.get((rule, reason))
    if v is None:
        if len(_DROPS) >= _DROPS_MAX:
            _DROPS.clear()
        v = _DROPS[(rule, reason)] = Verdict(False, rule, reason)
    return v


# --------------------------------------------------------------------------------------------
# Context and the rule protocol
# --------------------------------------------------------------------------------------------


#: A Markdown page's links, images and marks, as a converter (html2text, markdownify, a reader's
#: Markdown output) writes them around the text a crawler would have kept: the line rules read
#: the text a browser shows (:func:`_markdown_view`). Lengths are bounded (a link's text 300, its
#: target 1,000 characters): a ``[`` with no closing ``](…)`` costs at most that much.
_MD_TEXT = r"((?:[^\[\]\n\\]|\\.){0,300})"
_MD_TARGET = r"\((?:[^()\s]|\([^()\s]{0,200}\)){0,1000}(?:[ \t]{1,9}\"[^\"\n]{0,200}\")?\)"
_MD_IMAGE = _sx(r"!\[" + _MD_TEXT + r"\]" + _MD_TARGET)
_MD_LINK = _sx(r"\[" + _MD_TEXT + r"\]" + _MD_TARGET)
#: The same, or in reference style (``[首页][2]``, ``![][12]``): on a page with reference
#: definitions only (``[甲][乙]`` elsewhere is two bracketed words, no link).
_MD_IMAGE_REF = _sx(r"!\[" + _MD_TEXT + r"\](?:" + _MD_TARGET + r"|\[[^\[\]\n]{0,50}\])")
_MD_LINK_REF = _sx(r"\[" + _MD_TEXT + r"\](?:" + _MD_TARGET + r"|\[[^\[\]\n]{0,50}\])")
#: A reference definition (``[1]: http://…``, ``[logo]: /images/a.png``): a link's target alone.
_MD_DEFINITION = _sx(
    r"[ \t]{0,3}\[[^\[\]\n]{1,50}\]:[ \t]*<?(?:[a-z][a-z0-9+.-]{1,20}:|/|\.|#|www\.)[^\s]{0,1000}"
    r"(?:[ \t]+(?:\"[^\"\n]{0,200}\"|'[^'\n]{0,200}'|\([^()\n]{0,200}\)))?[ \t]*"
)
#: A bare link (``<https://…>``), a backslash escape (``\*``, ``1\.``), bold marks (two underscores
#: alone: three or more are a form's blank to fill in, 联系电话：________), and a line's bullet or ATX
#: heading marks.
_MD_MARKS = _sx(
    r"<((?:https?|ftp)://[^<>\s]{1,1000}|mailto:[^<>\s]{1,200})>|\\([!-/:-@\[-`{-~])|\*\*|(?<!_)__(?!_)"
    r"|^[ \t]{0,12}(?:[-+*][ \t]+(?=[^\s+*-])|#{1,6}[ \t]+)",
    re.MULTILINE,
)
#: The alt text a reader writes for an image with none (``Image 2``, ``Image 2: …``).
_MD_ALT_NUMBER = _sx(r"Image[ \t]{1,3}[0-9]{1,4}:?[ \t]*")
#: What the line rules read for a line of images and empty links only (a logo, the icons of a
#: share bar): an image placeholder (:class:`Image`).
MD_IMAGE_LINE = "图片"
MD_DEFINITION_REASON = "Markdown link reference definition"


#: The characters of the Markdown the view reads: a line without any reads as it stands.
_MD_CHARS = frozenset("[\\*_#<-+|")


def _md_alt(m: Any) -> str:
    return _MD_ALT_NUMBER.sub("", m.group(1), count=1) if m.group(1).startswith("Image") else m.group(1)


def _md_mark(m: Any) -> str:
    return m.group(1) or m.group(2) or ""


#: A pipe table's delimiter row (``|---|:--:|``): a page with one has a Markdown table. It reads as
#: a blank line and so stays: a page that holds one is read as Markdown again once its links
#: (often all in the dropped chrome) and reference definitions are gone.
_MD_DELIMITER_ROW = _sx(r"\|(?:[ \t]*:?-+:?[ \t]*\|)+")
#: Where a delimiter row may start (|-, |:-, | -, | :-): a page without one has no Markdown table.
_MD_DELIMITER_START = _sx(r"\| ?:?-")
#: Where an inline link's target or a reference definition may start (``](``, ``]:``): one scan
#: led by the bracket, where two substring searches of a page for its two ends scan it twice
#: (and ``in`` for two characters costs several times a scan for one).
_MD_LINK_START = _sx(r"\][(:]")
#: The zero-width characters the folding takes out (:data:`_FOLD_REMOVED`).
_MD_ZERO_WIDTH = str.maketrans(dict.fromkeys(_FOLD_REMOVED))


def _md_core(line: str) -> str:
    """A line as the view reads it: no blank at its edges, no zero-width character (a line's
    indentation is no part of its marks, as it is no part of its verdict)."""
    return line.translate(_MD_ZERO_WIDTH).strip()


def _md_row(row: str) -> str:
    """A pipe table's row as a crawler reads a table's row: its cells apart (a delimiter row
    ``|---|:--:|`` reads as a blank line)."""
    if _MD_DELIMITER_ROW.fullmatch(row):
        return ""
    return "  ".join(c.strip() for c in row[1:-1].split("|"))


def _printed_page_number(line: str) -> bool:
    """A printed page's number between dashes (``- 2 -``), which reads as it stands, not as a
    bullet (``2 -``): :class:`Punctuation` drops it on a Markdown page as on another."""
    s = line.strip()
    return s[:1] in _PAGE_DASHES and _page_number_re().fullmatch(s) is not None


def _markdown_view(raw: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines of a Markdown page as the rules read them, and its reference definitions'
    rows; None for a page with no Markdown link, no reference definition and no table's
    delimiter row (its lines are read as they stand). A link
    reads as its text, an image as its alt text, ``<url>`` as the url; escapes, bold marks,
    bullets and ``#`` heading marks go; a line of images and empty links only reads as an image
    placeholder (:data:`MD_IMAGE_LINE`), a reference definition as a blank line; on a page with a
    delimiter row (``|---|---|``, itself a blank line) a pipe row reads as its cells. The verdicts
    stay those of the lines as written: this is what the rules read, not what is kept.

    >>> _markdown_view(["* [首页](/)", "**发布时间：**2026-03-08", "[![](/logo.png)](/)", "[1]: http://a.cn/"])
    (['首页', '发布时间：2026-03-08', '图片', ''], [3])
    >>> _markdown_view(["第一条 为了规范管理，制定本办法。"]) is None, _markdown_view(["[甲][乙] 丙"]) is None
    (True, True)
    >>> _markdown_view(["| 学校 | 人数 |", "| --- | ---: |", "| 一中 | 450 |", "| |"])[0]
    ['学校  人数', '', '一中  450', '']
    >>> _markdown_view(["[首页](/)", "- 2 -", "- 第二项"])[0]
    ['首页', '- 2 -', '第二项']
    """
    definitions = [i for i, x in enumerate(raw) if "]:" in x and _MD_DEFINITION.fullmatch(_md_core(x))]
    table = any("|" in x and _MD_DELIMITER_ROW.fullmatch(_md_core(x)) for x in raw)
    if not definitions and not table and not any("](" in x for x in raw):
        return None
    image, link = (_MD_IMAGE_REF, _MD_LINK_REF) if definitions else (_MD_IMAGE, _MD_LINK)
    out = []
    for line in raw:
        core = _md_core(line) if _MD_CHARS.intersection(line) else ""
        if not core or _printed_page_number(core):
            out.append(line)
            continue
        view = core
        if "![" in view:
            view = image.sub(_md_alt, view)
        if "](" in view or "][" in view:
            view = link.sub(r"\1", view)
        view = _MD_MARKS.sub(_md_mark, view)
        if not view.strip():
            view = MD_IMAGE_LINE
        elif table and view.startswith("|") and view.endswith("|") and len(view) > 2:
            view = _md_row(view)
        out.append(view)
    for i in definitions:
        out[i] = ""
    return out, definitions


@dataclass
class Context:
    """What a rule sees: every line (raw and folded) and the decisions made so far.

    ``tags[i]`` is a marker a rule left on a dropped line for the lines after it (a related
    block is open, a metadata label waits for its value on the next line, a breadcrumb's
    segments). :meth:`prev` is the nearest earlier non-blank line.

    >>> ctx = Context.of(" 猜你喜欢\\n\\n某县新闻")
    >>> ctx.lines, ctx.prev(2), ctx.prev(0)
    (['猜你喜欢', '', '某县新闻'], 0, -1)
    """

    raw: list[str]
    lines: list[str]
    verdicts: list[Verdict | None] = field(default_factory=list)
    tags: list[object] = field(default_factory=list)
    _prev: list[int] = field(default_factory=list)
    #: The folded *lines* joined, when the folding made them (:func:`_folded`): the gate's marks
    #: (:meth:`_Gate.marked`) and :func:`~govtext.boilerplate.read_page` read their code points
    #: and line bounds from it instead of joining and encoding the lines again.
    joined: Joined | None = None
    #: Set when :class:`SeoSpam` dropped a line (then :func:`_spam_adverts` reads the page).
    seo_spam: bool = False
    #: The labels over a machine-made summary :class:`SiteNotice` dropped (AI导读: then
    #: :func:`_machine_summary` drops the summary under each).
    machine_labels: list[int] = field(default_factory=list)
    #: The credits lines :class:`Metadata` kept between two of the page's sentences (then
    #: :func:`_credits_left_at_the_edge` reads them again against the sentences the page keeps).
    credits_kept: list[int] = field(default_factory=list)
    #: The rows of one field :class:`Metadata` dropped that a publication's masthead holds too (主编：某某,
    #: 编辑：某某, 校对：某某): then :func:`_mastheads` reads them against a masthead's heading above.
    masthead_rows: list[int] = field(default_factory=list)
    #: The advert labels alone on their line :class:`ChromeWords` dropped (广告, 【广告】): then
    #: :func:`_labelled_adverts` reads the line under each.
    ad_labels: list[int] = field(default_factory=list)
    #: The related boxes of one line :class:`Related` dropped (相关阅读：某某, a header with its links on
    #: its line): then :func:`_boxes_between_paragraphs` reads them against the paragraphs around.
    boxes: list[int] = field(default_factory=list)
    #: :meth:`sentence_rows` once read.
    _sentence_rows: tuple[int, int] | None = None
    #: A Markdown page's reference definitions (``[1]: http://…``: :func:`_markdown_view`), blank
    #: lines to the rules and the page reading, dropped after them.
    definitions: list[int] = field(default_factory=list)
    #: The page is read through :func:`_markdown_view` (then :func:`_record_tables` reads its tables).
    markdown: bool = False
    #: Table header rows that ended a box of related links (:meth:`Related.link_title`): then
    #: :func:`_boxes_over_tables` reads the box above each.
    box_tables: list[int] = field(default_factory=list)
    #: A printed page's running lines and page numbers (:func:`_running_heads`), whichever rule
    #: dropped them: blank lines to the page reading.
    printed: list[int] = field(default_factory=list)
    #: Set by a rule whose verdict on the line it read depends on where the line stands, not only
    #: on its text, tag and control (a credits line between sentences or at their edge) or that
    #: notes the line in the context (a machine summary's label): :func:`_gated_rules` then reads
    #: the page's other copies of the line again instead of giving them this verdict.
    positional: bool = False

    @classmethod
    def of(cls, text: str) -> Context:
        raw = text.split("\n")
        # (a link's or a definition's start, ](, ]:, and a delimiter row's, |- |:- | - | :-, each
        # tried at its bracket or bar, found at memchr speed: substring scans of a long page for
        # each cost as much as folding it, a search led by the character a few instructions each)
        markdown = _holds_match(text, "]", _MD_LINK_START) or _holds_match(text, "|", _MD_DELIMITER_START)
        view = _markdown_view(raw) if markdown else None
        folded, joined = _folded(text if view is None else "\n".join(view[0]))
        # prev[k], the nearest non-blank line above line k (-1 at the top): k - 1, unless line k - 1
        # is blank, then the line above that one's. The blank lines are found by their length 0 in
        # numpy (from the joined lines' bounds, which the gate's marks read too), one Python step each.
        n = len(folded)
        prev = list(range(-1, n - 1))
        lens = joined.bounds()[1] if joined is not None else np.fromiter(map(len, folded), np.intp, n)
        for k in (lens[:-1] == 0).nonzero()[0].tolist():
            prev[k + 1] = prev[k]
        ctx = cls(raw, folded, [None] * len(raw), [None] * len(raw), prev, joined)
        if view is not None:
            ctx.definitions, ctx.markdown = view[1], True
        return ctx

    def sentence_rows(self) -> tuple[int, int]:
        """The first and the last of the (folded) lines holding a sentence (a 。 on a line with
        Han text), or ``(len(lines), -1)`` when none does: a fact of the page, read once (searches
        of the joined lines) for the line rules that ask where a line stands among the sentences.
        A stray 。 alone (or among marks) on its line is no sentence: the page drops it, and a
        line read against it would be read otherwise once it is gone.

        >>> Context.of("标题\\n甲。\\n乙\\n丙。丁。\\n").sentence_rows(), Context.of("标题\\n乙").sentence_rows()
        ((1, 3), (2, -1))
        >>> Context.of("。\\n甲。\\n乙\\n,。").sentence_rows()
        (1, 1)
        """
        if self._sentence_rows is None:
            text = self.joined.text if self.joined is not None else "\n".join(self.lines)
            a = text.find("。")
            while a >= 0 and not _HAN.search(text, text.rfind("\n", 0, a) + 1, _line_end(text, a)):
                a = text.find("。", _line_end(text, a))
            b = text.rfind("。") if a >= 0 else -1
            while b > a and not _HAN.search(text, text.rfind("\n", 0, b) + 1, _line_end(text, b)):
                b = text.rfind("。", 0, text.rfind("\n", 0, b) + 1)
            self._sentence_rows = (len(self.lines), -1) if a < 0 else (text.count("\n", 0, a), text.count("\n", 0, b))
        return self._sentence_rows

    def prev(self, i: int) -> int:
        """Index of the nearest earlier non-blank line, or -1."""
        return self._prev[i]

    def prev_tag(self, i: int) -> object:
        """The tag left on the nearest earlier non-blank line (None if it was kept)."""
        j = self._prev[i]
        return self.tags[j] if j >= 0 else None


class Rule:
    """A named line rule. Subclasses set ``name`` and ``description`` and implement
    :meth:`check`, returning a dropping :class:`Verdict` or ``None`` (no opinion).

    ``check(ctx, i)`` sees ``ctx.lines[i]`` (folded, stripped), its neighbours, and the
    verdicts/tags of earlier lines. A rule may set ``ctx.tags[i]`` when it drops line ``i``.
    To keep :func:`drop_spam_lines` idempotent, let context only add reasons to drop: look
    back (never ahead), and tag only lines you drop.

    >>> class NoTodo(Rule):
    ...     name = "todo"
    ...     description = "lines that start with TODO"
    ...     def check(self, ctx, i):
    ...         if ctx.lines[i].startswith("TODO"):
    ...             return Verdict(False, self.name, "TODO note")
    ...         return None
    >>> [v.rule for v in classify_lines("TODO fix\\n正文。", rules=[*RULES, NoTodo()])]
    ['todo', None]
    """

    name: str = "rule"
    description: str = ""
    #: False when the rule never drops a sentence (a line of 20+ characters with 。 or ；):
    #: :func:`classify_lines` then skips it on such lines (the fast path for body text).
    #: Leave it True for rules of your own unless you are sure.
    drops_sentences: bool = True
    #: False when the rule reads nothing of the context (only ``ctx.lines[i]``): after a
    #: dropped line, :func:`classify_lines` then skips it on lines no rule could drop alone.
    #: Leave it True for rules of your own unless you are sure.
    uses_context: bool = True
    #: The longest line (folded, stripped) the rule drops, in any context (None: no limit).
    #: :func:`classify_lines` skips a built-in rule on longer lines without calling it; the
    #: rule's own checks read the same figure.
    max_len: int | None = None

    def context_live(self, tag: object, after_control: bool) -> bool:
        """Whether the context can make this rule drop a line that it keeps after a kept line:
        *tag* is the tag on the line before (:meth:`Context.prev_tag`), *after_control* whether
        that line was dropped as a control (a share bar, a chrome word). The default,
        :attr:`uses_context`, is always safe; the built-in rules say which tags they read, and
        :func:`classify_lines` skips them after any other.

        >>> Metadata().context_live("related", False), Metadata().context_live("meta-open:editor", False)
        (False, True)
        """
        return self.uses_context

    def check(self, ctx: Context, i: int) -> Verdict | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def __call__(self, ctx: Context, i: int) -> Verdict | None:
        return self.check(ctx, i)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


# --------------------------------------------------------------------------------------------
# The rules
# --------------------------------------------------------------------------------------------


#: The first character of a line :attr:`PunctuationOnly._re` matches (the same class).
_PUNCT_START = _sx(r"[,.!?;:~^`|*\s]")


#: The HTML elements a page's markup crawled as text is made of (:attr:`PunctuationOnly._markup`),
#: with Word's ``o:p``: a closed list, so a title in angle brackets is no tag (nor are elements
#: named by an English word a book may be: ``<Code>``, ``<Title>``, ``<Source>``).
_HTML_TAGS = (
    "a", "b", "i", "u", "s", "p", "br", "hr", "em", "strong", "font", "span", "div", "img", "table", "tbody", "thead",
    "tfoot", "tr", "td", "th", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "center",
    "sub", "sup", "blockquote", "pre", "iframe", "script", "style", "link", "meta", "html", "head", "body", "wbr",
    "nobr", "o:p",
)
#: :data:`_HTML_TAGS` as an alternation matching either case of each letter, longest names first
#: (a name is followed by a blank, ``/`` or ``>``).
_HTML_TAG_NAMES = "|".join(
    "".join(f"[{c.upper()}{c}]" if c.isalpha() else c for c in t) for t in sorted(_HTML_TAGS, key=lambda t: (-len(t), t))
)


class PunctuationOnly(Rule):
    """A line of stray punctuation only (",", "!", "?", "|"), or of a markup comment only
    (``<!-- … -->``, which Markdown and HTML sources hold and nobody reads): left over from
    markup; or a printed page's number between dashes (— 3 —, －3－: the text of a PDF shown on
    a page, its page numbers left between the lines of the document); or a PDF's glyph codes only
    (:data:`_GLYPH_CODES`; a line with text around them, a bullet's ``(cid:190)`` before an item,
    stays).

    >>> [v.rule for v in classify_lines("关于评聘工作的通知\\n(cid:3)(cid:3)(cid:3)\\n(cid:190)近三年考核合格。\\n(cid:21)")]
    [None, 'punctuation', None, 'punctuation']
    """

    name = "punctuation"
    description = "line of stray punctuation, a markup comment or a page number only"
    # Stray marks only: a line of 。 、 “ ” 《 》 [ ] is a fragment of a sentence split around a
    # link or footnote, and Markdown structure (#, ---, ***) is kept.
    _re = _sx(r"[,.!?;:~^`|*\s]+")

    _any = _rx(r"[\p{P}\p{S}\s]{1,5}")
    _controls = frozenset({"share_bar", "chrome"})
    _MARKS = ",.!?;:~^`|*<"  # _PUNCT_START but whitespace, and the < of a markup comment
    #: One or more markup comments, nothing else.
    _comment = _sx(r"(?:<!--(?:(?!-->).)*-->\s*)+")
    COMMENT_REASON = "markup comment"
    #: Tags and character entities only, no text between them (``<br/>``, ``<p>&nbsp;</p>``,
    #: ``<img src="…" alt="" />``): a page's markup crawled as its text, nothing a reader sees.
    #: A tag is one of the names pages are made of (:data:`_HTML_TAGS`, either case), maybe
    #: closing, its attributes each with a value, or a declaration (``<!DOCTYPE html>``,
    #: ``<![endif]>``); ``<p>某某</p>`` holds text and stays, as a title in angle brackets does
    #: (``<C Programming Language>``, ``<a Tale of Two Cities>``: no tag's name, or words no attributes).
    _markup = _sx(
        rf"(?:</?(?:{_HTML_TAG_NAMES})(?:\s{{1,3}}[A-Za-z][A-Za-z0-9:_-]{{0,30}}\s?=\s?"
        r"""(?:"[^"<>]{0,300}"|'[^'<>]{0,300}'|[^\s"'<>]{1,300})){0,30}\s{0,3}/?>"""
        r"|<!(?:DOCTYPE|doctype|\[)[^<>]{0,300}>|&(?:[A-Za-z]{2,8}|#[0-9]{2,6});|\s)+"
    )
    MARKUP_REASON = "markup only"
    #: What a web server printed where its page failed, the whole line: a server-side include's
    #: error (``[an error occurred while processing this directive]``), a PHP error with the file
    #: and line it stopped at (``Warning: … in /path/x.php on line 58``): a path (a slash or backslash) or a
    #: script's file (.php, .inc, .asp, .jsp) before ``on line``, no place (in Shanghai on line 2).
    _server_error = _sx(
        r"\[an error occurred while processing th(?:is|e) directive\]"
        r"|(?:PHP )?(?:Warning|Notice|Fatal error|Parse error|Deprecated):\s[^\n]{1,200}?\sin\s"
        r"(?:[^\s/\\]{0,200}[/\\]\S{0,200}|\S{1,200}\.(?:php|inc|asp|jsp|PHP|INC|ASP|JSP))\son line \d{1,6}\.?"
    )
    SERVER_ERROR_REASON = "web server's error message"
    #: What :attr:`_server_error` opens with, a line's first two characters (the gate's edges).
    ERROR_STARTS = ("[a", "Wa", "No", "Fa", "Pa", "De", "PH")
    #: The first characters of a server's error or a JSON object's member (:meth:`_debris`).
    _DEBRIS_FIRSTS = '"[WNFPD'
    #: The first characters :meth:`check` reads on: a stray mark, a markup comment's, a debris line's.
    _FIRSTS = _MARKS + _DEBRIS_FIRSTS
    #: A member of a JSON object crawled as a line (``"headline": "…",``, ``"keywords": "…"``,
    #: ``"@type": "NewsArticle",``): a quoted key of letters, its colon and one value (a string, a
    #: number, a literal, or an array or object opening), maybe its comma. A quotation opens with
    #: words and spaces, never a key and a colon. The page's own (its JSON-LD) only when its key is
    #: one of :attr:`PAGE_KEYS` or a member of the page's stands right above it (:meth:`_page_member`).
    _json_member = _sx(
        r'"(?P<key>[@A-Za-z][A-Za-z0-9_@:.-]{0,40})"\s?:\s?'
        r'(?:"(?:[^"\\\n]|\\.){0,400}"|-?[0-9][0-9.eE+-]{0,30}|true|false|null|[\[{][^\n]{0,400})\s?,?'
    )
    JSON_REASON = "member of a page's JSON object"
    #: The keys of a page's description of itself: schema.org's for an article (its JSON-LD) and
    #: Open Graph's. A setting's key (``"server"``, ``"timeout"``) or a motto's is none.
    PAGE_KEYS = frozenset({
        "@context", "@type", "@id", "@graph", "headline", "alternativeHeadline", "description", "keywords",
        "articleBody", "articleSection", "wordCount", "datePublished", "dateModified", "dateCreated", "author",
        "creator", "publisher", "image", "thumbnailUrl", "url", "mainEntityOfPage", "inLanguage", "isPartOf",
        "copyrightHolder", "copyrightYear", "sameAs", "potentialAction", "og:title", "og:type", "og:url", "og:image",
        "og:description", "og:site_name", "og:locale", "twitter:card", "twitter:title", "twitter:description",
        "twitter:image",
    })
    #: The keys that make a run of members the page's description of itself wherever it stands: schema.org's
    #: context and type, and Open Graph's and Twitter's prefixes (:meth:`_page_member`).
    LEAK_KEYS = frozenset({"@context", "@type"})
    LEAK_PREFIXES = ("og:", "twitter:")
    #: Lines over a member read back for the run of members it stands in (:meth:`_page_member`).
    member_reach = 40
    #: A line of an object's or array's brackets only (``{``, ``},``, ``]``), inside a run of members.
    _brackets = _sx(r"[\[\]{},\s]{1,8}")
    #: The dashes a page number's line opens with (:func:`govtext.document._page_number_re`).
    PAGE_DASHES = _PAGE_DASHES
    PAGE_NUMBER_REASON = "page number of a printed page"
    max_len = 200
    #: Longest leftover of a control (a bracket, a colon) dropped with it (``_any`` reads as many).
    leftover_max = 5

    def context_live(self, tag: object, after_control: bool) -> bool:
        return after_control  # (the leftover of a control)

    def _page_member(self, ctx: Context, i: int, key: str) -> bool:
        """Whether the JSON member on line *i*, of *key*, is the page's own: the verdict on the member
        right above it (over its brackets) if there is one; else its run of members (and brackets) read as
        one, not under a line ending with a colon (请按以下格式填写：, a guide's quoted example, stays), is
        the page's leaked description of itself if it holds a key of one (:attr:`LEAK_KEYS`, :attr:`LEAK_PREFIXES`),
        or one of :attr:`PAGE_KEYS` and it stands outside the article's sentences (:meth:`Context.sentence_rows`,
        as :meth:`Navigation._page_label` reads them): an API's documented example between them stays. A
        verdict of where the line stands (its copies are read where they are).

        >>> [v.keep for v in classify_lines('"@type": "NewsArticle",\\n"timeout": 30', page=False)]
        [False, False]
        >>> [v.keep for v in classify_lines('示例：\\n"@type": "NewsArticle",\\n"timeout": 30', page=False)]
        [True, True, True]
        >>> [v.keep for v in classify_lines('接口返回字段如下。\\n"url": "x"\\n各字段均为必填。', page=False)]
        [True, True, True]
        """
        ctx.positional = True
        lines, verdicts, j, a = ctx.lines, ctx.verdicts, ctx.prev(i), i
        for _ in range(self.member_reach):
            if j < 0:
                break
            t = lines[j]
            if t[:1] == '"' and self._json_member.fullmatch(t):
                v = verdicts[j]
                return v is not None and v.reason == self.JSON_REASON  # (its run's verdict)
            if not self._brackets.fullmatch(t):
                if t.endswith(":"):
                    return False  # (a list its line above leads to)
                break
            a, j = j, ctx.prev(j)
        keys, b = self._run_keys(ctx, i, key)
        if any(k in self.LEAK_KEYS or k.startswith(self.LEAK_PREFIXES) for k in keys):
            return True
        first, last = ctx.sentence_rows()
        return not (first < a and b < last) and any(k in self.PAGE_KEYS for k in keys)

    def _run_keys(self, ctx: Context, i: int, key: str) -> tuple[list[str], int]:
        """The keys of the members on line *i* (of *key*) and under it (over brackets and blanks, up to
        :attr:`member_reach` lines), and the last line of the run."""
        keys, b, n = [key], i, len(ctx.lines)
        k = i + 1
        while k < n and k - i <= self.member_reach:
            t = ctx.lines[k]
            if t[:1] == '"' and (m := self._json_member.fullmatch(t)):
                keys.append(m["key"])
            elif t and not self._brackets.fullmatch(t):
                break
            b, k = (k if t else b), k + 1
        return keys, b

    def _debris(self, ctx: Context, i: int, s: str, c: str) -> Verdict | None:
        """The verdict on *s*, line *i*, opening with *c*, one of :attr:`_DEBRIS_FIRSTS`: a server's
        error message or a member of the page's JSON object, or kept."""
        if c == '"':
            m = self._json_member.fullmatch(s)
            return _drop(self.name, self.JSON_REASON) if m and self._page_member(ctx, i, m["key"]) else None
        if s[:2] in self.ERROR_STARTS and self._server_error.fullmatch(s):
            return _drop(self.name, self.SERVER_ERROR_REASON)
        return None

    def check(self, ctx: Context, i: int) -> Verdict | None:
        s = ctx.lines[i]
        if len(s) <= self.leftover_max:
            j = ctx.prev(i)
            prev = ctx.verdicts[j] if j >= 0 else None
            if prev is not None and prev.rule in self._controls and self._any.fullmatch(s):
                return _drop(self.name, f"leftover {s!r} of the control above")
        c = s[:1]  # _re needs its first character too (_PUNCT_START; its \s within isspace)
        if c and c in self.PAGE_DASHES and _page_number_re().fullmatch(s):
            return _drop(self.name, self.PAGE_NUMBER_REASON)
        if c == "(" and s.startswith("(cid:") and _GLYPH_CODES.fullmatch(s):
            return _drop(self.name, GLYPH_REASON)
        if not c or (c not in self._FIRSTS and not (c.isspace() and _PUNCT_START.match(s))):
            return None
        if c in self._DEBRIS_FIRSTS:
            return self._debris(ctx, i, s, c)
        if c == "<":
            if self._comment.fullmatch(s):
                return _drop(self.name, self.COMMENT_REASON)
            return _drop(self.name, self.MARKUP_REASON) if self._markup.fullmatch(s) else None
        if len(s) > self.max_len or not self._re.fullmatch(s) or s.strip("*") == "":
            return None
        return _drop(self.name, f"only punctuation {s[:10]!r}")


class SeoSpam(Rule):
    """Keyword-stuffed spam: short phrases joined by , | _ 、 with porn/gambling/SEO words
    (``spam_seo.txt``) in a good share of them."""

    name = "seo_spam"
    uses_context = False
    description = "keyword-stuffed porn/gambling/SEO line"
    #: What separates its phrases (one of them, ``[,|_、]``).
    SEPARATORS = ",|_、"
    #: Longest line of fewer than three phrases that can be spam (a title stuffed with words).
    short_max = 60
    #: Spam words a line needs (distinct ones, on a line of fewer than three phrases).
    min_hits, min_distinct = 2, 3
    #: A list of phrases: at most this many characters a phrase on average, and a spam word
    #: for every this many phrases.
    phrase_max_mean, phrases_per_hit = 30, 4

    def check(self, ctx: Context, i: int) -> Verdict | None:
        s = ctx.lines[i]
        if "。" in s or (len(s) > self.short_max and not _two_of(s, self.SEPARATORS)):
            return None  # a sentence; or under three phrases, too long
        segs = self.phrases(s)  # (first: a long line of long phrases needs no search of the lexicon)
        n = len(segs)
        if (sum(map(len, segs)) / n > self.phrase_max_mean) if n >= 3 else len(s) > self.short_max:
            return None
        hits = _lex("spam_seo.txt").findall(s)
        if len(hits) < self.min_hits:
            return None
        if len(hits) * self.phrases_per_hit < n if n >= 3 else len({h.lower() for h in hits}) < self.min_distinct:
            return None
        shown = ", ".join(dict.fromkeys(h.lower() for h in hits[:8]))
        ctx.seo_spam = True
        return _drop(self.name, f"{len(hits)} spam words in {n} phrases: {shown}")

    @staticmethod
    def phrases(s: str) -> list[str]:
        """The phrases of *s* between its :attr:`SEPARATORS`, blank ones left out (the four
        replaced by one, then split: at C speed).

        >>> SeoSpam.phrases("甲_乙 | 丙、, 丁")
        ['甲', '乙 ', ' 丙', ' 丁']
        """
        return [x for x in s.replace("|", ",").replace("_", ",").replace("、", ",").split(",") if x.strip()]


#: Characters at most of a short title a serial's issue label (上一期 / 下一期) names (:meth:`Related._issue_links`).
ISSUE_TITLE_MAX = 20
#: The label of a link to the previous or next article, page or chapter (a reading site's 上一章 / 下一章),
#: or volume or issue of a serial (a yearbook's 上一卷 / 下一卷, a bulletin's or a draw's 上一期 / 下一期), or
#: page of a newspaper's digital edition (上一版 / 下一版).
_PREV_NEXT = "(?:上一篇|下一篇|上一条|下一条|上篇|下篇|上一页|下一页|上一个|下一个|上一章|下一章|上一卷|下一卷|上一期|下一期|上一版|下一版)"
#: A digital edition's link to its previous or next page as a bare button: its label alone (its colon after it
#: or not) or in brackets (上一版, [下一版]); 版 is an edition too, and with a value or words after it the label is
#: the text's (上一版：DB11/T 1234-2019, 下一版 预计2028年发布).
_EDITION_BUTTON = r"(?:\[\s*[上下]一版\s*\]|[上下]一版(?:\s*:)?)"
#: A counter's label (阅读, 浏览次数, 评论数, 参与人数, a video's 播放次数 ...) and a view count's value
#: (33, 1.2万, 3万+, 45次, 8,713); one field of them (阅读(15878), 点击:1.2万次): the widget rule's
#: counters and its trigger, the metadata rule's date with a view count; a byline ending in counters
#: holds one of the words (tested before its pattern is tried).
_COUNTER_WORDS = ("阅读", "浏览", "点击", "访问", "评论", "跟贴", "跟帖", "点赞", "收藏", "参与", "围观", "播放")
_COUNTER = rf"(?:{'|'.join(_COUNTER_WORDS)})(?:数|量|次数|人数|人次)?"
_COUNT = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*[万wW]?\+?\s*次?"
#: A count after its label: a colon or an opening bracket, the count, a closing bracket.
_COUNT_VALUE = rf"\s*[:(\[]?\s*{_COUNT}\s*[)\]]?"
_COUNTER_FIELD = rf"{_COUNTER}{_COUNT_VALUE}"
#: The reason a related-article header is dropped with, before the header in quotes (相关阅读, 编辑推荐;
#: with its links or its one link after it when they stand on its line): a paragraph the rules keep
#: under a header alone on its line makes it the text's section heading (:func:`_section_headers`).
RELATED_HEADER_REASON = "related-article header"
#: a related-article header where the site or its editors recommend (本站推荐, 小编为您推荐)
_RECOMMEND = r"(?:本频道|本栏目|本站|本网|小编|编辑|主编)[^\s:,>|]{0,4}推荐"


#: The last words of a body's name signing a document (:attr:`Related._signer`): an organ, an office, a school.
_SIGNER_ENDS = "局|委|厅|办|院|部|处|所|室|会|组|中心|政府|学|校|园|站|馆|社|队|团|司|行|庭"
#: The last characters a signature can end with (:data:`_SIGNER_ENDS`' last characters, a seal mark's bracket):
#: the cheap test before :meth:`Related._signature` on each link title.
_SIGNER_LAST = frozenset(w[-1] for w in _SIGNER_ENDS.split("|")) | {")", "）"}


class Related(Rule):
    """Related-article blocks: a header from ``spam_related.txt`` (相关阅读, 猜你喜欢, 为你推荐 ...)
    or the site's or its editors' recommendation (本站推荐, 小编为您推荐), then every short
    link-title line after it until a content line; and lines of previous/next links (上一篇：甲,
    【上一篇】甲【下一篇】乙, 上一条 甲), never a sentence that only names them."""

    name = "related"
    description = "related-article header, its link titles, previous/next links"
    drops_sentences = False
    _tail = _sx(
        r"\]?[:>\s]*(?:(?:更多|more)[>\s]*)?|[:\s]*(?:您?阅读以下文章|以下文章)[:\s]*", re.IGNORECASE
    )
    #: A numbered or bulleted list item (1. 标题, 2·标题, · 标题).
    _item = _sx(r"\s*(?:\d{1,3}\s*[.、·]|[·•●◆■▪])")
    #: What ``_item`` needs of the line's first character besides a digit or a space (:meth:`link_title`).
    _ITEM_FIRST = "·•●◆■▪"
    #: A document's section heading, which ends a block of link titles (a related box stands
    #: between an article's sections: 二、中游治理 after it is the article's): a numeral and 、
    #: (二、), a numeral in brackets ((三)), a 第…章/节/编; no headline opens so.
    _outline = _sx(
        r"(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)"
        r"|第[一二三四五六七八九十百零〇两\d]{1,4}[编章节])\s*\S"
    )
    #: The headers (of ``spam_related.txt``) of a paginated article's list of its pages (本文导航 over
    #: 第1页：背景 / 第2页：…), and a link to one of them.
    _PAGES = frozenset({"本文导航", "文章导航"})
    _page_link = _sx(r"第\s?(\d{1,2})\s?页\s?:\s?[^\s:;。]{1,40}")
    #: The site, a channel or its editors recommending: who, up to four more characters, 推荐.
    _recommend = _rx(_RECOMMEND)
    #: A previous/next link's label: with its colon or >, in brackets ([上一篇] 标题), or
    #: opening the line before a space or alone (上一条 标题; 上篇/下篇 alone are also a book's
    #: part headings, so they need the colon or brackets).
    _prevnext = _sx(
        rf"{_PREV_NEXT}\s*[:>]|\[\s*{_PREV_NEXT}\s*\]|\A\s*(?:上一|下一)(?:篇|条|页|章|期|版)(?:\s|\Z)"
    )
    #: A serial's issue label (上一期, [下一期], 下一期：) opening the line or after a blank or a bracket (not inside
    #: words: 比上一期, 线上一期), which splits a line into what each label names.
    _issue_label = _sx(r"(?:\[\s*|(?<![^\s\[\]()]))[上下]一期\s*[\]:>]?\s*")
    #: An issue's reference (第12期, 2027年第4期, 27030期): a link to the previous or next issue names it.
    _issue_ref = _sx(r"(?:\d{4}\s?年\s?)?第\s?[\d一二三四五六七八九十百零〇]{1,6}\s?期|\d{1,6}\s?期")
    #: A list's or a clause's mark: what an issue label names holds none (下一期：我们将公示…，敬请关注).
    _issue_marks = _sx(r"[,，、]")
    #: What an issue label names besides a reference: a number (27030), or, under a bracketed label or one of
    #: several on the line, a short title of no figures ([下一期] 专题预告); a statement says more (已建成住宅1200套).
    _issue_number = _sx(r"\d{1,8}")
    _issue_title = _sx(rf"[^\d]{{1,{ISSUE_TITLE_MAX}}}")
    #: A digital edition's buttons to its previous and next page, alone or as a pair (上一版 下一版, [上一版]|[下一版]).
    _edition_buttons = _sx(rf"{_EDITION_BUTTON}(?:\s*(?:[|/·]\s*)?{_EDITION_BUTTON})?")

    #: Longest line: a header with its links on the same line (友情链接：甲 | 乙 | 丙 …).
    max_len = 400
    #: Longest header line (相关阅读 更多>>), link title in a block, previous/next link (a line
    #: with both links, [上一篇] 甲 [下一篇] 乙, may be twice as long).
    header_max, title_max, prevnext_max = 50, 40, 100
    #: A header with its links on its line: at least this many links, none longer than this.
    inline_min_links, inline_link_max = 3, 20
    #: The verdict on a link title in a block (made once: most lines this rule drops are one).
    _LINK_TITLE = Verdict(False, name, "link title in a related-article block")

    def context_live(self, tag: object, after_control: bool) -> bool:
        return tag in _RELATED  # (a link title in an open block)

    @classmethod
    def _edition_links(cls, s: str) -> bool:
        """Whether a digital edition's page labels on previous/next line *s* (上一版, 下一版) are bare buttons
        (:attr:`_edition_buttons`), alone or with other buttons after them (:func:`_chrome_words`: 上一版 下一版 返回目录):
        with a value or words after them they are the text's, an edition's (上一版：2019年出版). Lines of other labels
        (上一篇：…) pass.

        >>> Related._edition_links("上一版 下一版"), Related._edition_links("[下一版]"), Related._edition_links("上一篇：某某")
        (True, True, True)
        >>> Related._edition_links("上一版 下一版 返回目录"), Related._edition_links("上一版：DB11/T 1234-2019")
        (True, False)
        >>> Related._edition_links("下一版 预计2028年发布"), Related._edition_links("上一版 第三章 已删除")
        (False, False)
        """
        if "一版" not in s or cls._edition_buttons.fullmatch(s):
            return True
        m = cls._edition_buttons.match(s)
        if m is not None:
            words = [w.strip("[]:") for w in ChromeWords._split.split(s[m.end():].lower()) if w]
            if _chrome_words().issuperset(words):
                return True  # (the edition's buttons, then others: a bar of them)
        return any("版" not in x for x in cls._prevnext.findall(s))

    @classmethod
    def _issue_links(cls, s: str) -> bool:
        """Whether each serial's issue label on previous/next line *s* (上一期, 下一期) names an issue, as a
        link does: its reference (:attr:`_issue_ref`, 第12期工作简报, 2027年第4期), a number, a short title
        (:attr:`_issue_title`) under a bracketed label or one of several on the line, or nothing, with no list or
        clause mark (:attr:`_issue_marks`); a statement under the label (上一期：我们聊了…，本期继续) or a bare
        phrase under a lone label (下一期：我们将走进社区) is the text's. Lines of other labels (上一篇：…) pass.

        >>> Related._issue_links("上一期 第27030期"), Related._issue_links("上一期:已建成住宅1200套")
        (True, False)
        >>> Related._issue_links("下一期：走进社区"), Related._issue_links("[下一期] 走进社区")
        (False, True)
        """
        if "一期" not in s:
            return True
        labels = list(cls._issue_label.finditer(s))
        for k, m in enumerate(labels):
            rest = s[m.end():labels[k + 1].start() if k + 1 < len(labels) else len(s)].strip()
            if not rest:
                continue
            if cls._issue_marks.search(rest):
                return False
            titled = (len(labels) > 1 or "[" in m.group()) and cls._issue_title.fullmatch(rest) is not None
            if not (titled or cls._issue_ref.search(rest) or cls._issue_number.fullmatch(rest)):
                return False
        return True

    def check(self, ctx: Context, i: int) -> Verdict | None:
        s = ctx.lines[i]
        sentence = "。" in s or ";" in s
        if len(s) <= self.header_max and not sentence:
            j = ctx._prev[i]
            tag = ctx.tags[j] if j >= 0 else None  # (ctx.prev_tag(i), without its call: most lines read here are a block's)
            if tag in _RELATED and len(s) <= self.title_max and (took := self.link_title(ctx, i, tag)):
                ctx.tags[i] = took
                return self._LINK_TITLE
        m = self._header(s)
        if m and len(s) <= self.header_max and not sentence and self._tail.fullmatch(s, m.end()):
            if m.group() in self._PAGES:
                ctx.tags[i] = _PAGE_TAGS[0]  # (its links only, 第1页：… counting up: the article's first heading ends it)
                return _drop(self.name, f"paginated article's page list {m.group()!r}")
            if ("附件" in m.group() or "下载" in m.group()) and self._files_over_closing(ctx.lines, i):
                return None  # (the notice's own attachments over its signature and date: 相关附件： over a file)
            ctx.tags[i] = "related"
            return _drop(self.name, f"{RELATED_HEADER_REASON} {m.group()!r}")
        if len(s) <= 2 * self.prevnext_max and not sentence and ("上" in s or "下" in s) and self._prevnext.search(s) \
                and (len(s) <= self.prevnext_max or len(self._prevnext.findall(s)) >= 2) and self._issue_links(s) \
                and self._edition_links(s):
            return _drop(self.name, "previous/next article link")
        if m and self._inline(s, m.end()):
            ctx.boxes.append(i)  # (a box of one line: :func:`_boxes_between_paragraphs` reads it)
            ctx.positional = True
            return _drop(self.name, f"{RELATED_HEADER_REASON} {m.group()!r} with its links")
        if m and not sentence and self._single(s, m):
            ctx.boxes.append(i)
            ctx.positional = True
            return _drop(self.name, f"{RELATED_HEADER_REASON} {m.group()!r} with its one link")
        return None

    @classmethod
    def link_title(cls, ctx: Context, i: int, tag: object) -> str | None:
        """The tag line *i* leaves as a link title of the block open above it (*tag*, one of
        ``_RELATED``; the line no longer than ``title_max``, no sentence): ``related#`` for a
        numbered item, ``related`` for another, ``pages<n>`` for a link to page n of the
        article under its 本文导航 (its only items, counting up from 1), None where the block ends. A numbered list ends
        at its first line without a number (the article's headline), any list at the page's
        own title (the headline under a channel's list header).

        >>> ctx = Context.of("相关阅读\\n1. 某县召开会议\\n某县教育动态")
        >>> Related.link_title(ctx, 1, "related"), Related.link_title(ctx, 2, "related#"), Related.link_title(ctx, 2, "related")
        ('related#', None, 'related')
        """
        s = ctx.lines[i]
        c = s[:1]
        if c in _OUTLINE_FIRST and cls._outline.match(s):  # (_OUTLINE_FIRST: what it needs of the first character)
            return None  # (the document's next section heading under a box inside it: 二、…)
        if ("位置" in s or ">" in s) and Navigation.current_position(s):
            return None  # (a breadcrumb: the page's own path, under which its article starts)
        if s[-1:] in _SIGNER_LAST and cls._signature(ctx.lines, i):
            return None  # (a document's signature over its date: the box stood over its closing, 相关附件 over a file)
        if " " in s and cls.table_header(ctx.lines, i):
            ctx.box_tables.append(i)  # (the text's table under a box crawled between its paragraphs: 序号 姓名 单位)
            return None
        if (last := _PAGE_NUMBER.get(tag)) is not None:  # (a paginated article's list of its pages: its links only)
            m = cls._page_link.fullmatch(s) if c == "第" else None
            n = int(m.group(1)) if m else -1
            return _PAGE_TAGS[n] if n == last + 1 and n < len(_PAGE_TAGS) else None  # (1, 2, 3 …)
        # a list item (``_item``, tried only after a first character it can start with: its \s a
        # space to ``str.isspace``, its \d a digit to ``str.isdigit`` or past the BMP, where
        # ``regex`` may know newer ones)
        numbered = bool(c) and (c.isdigit() or c in cls._ITEM_FIRST or c.isspace() or c > "\uffff") \
            and cls._item.match(s) is not None
        # (a line without a Han character, a date or a count, is never the headline; nor one
        # the page's title does not hold, the cheap test before :func:`is_title`)
        title = ctx.lines[0] if i else ""
        headline = s in title and is_title(s, title) and _HAN.search(s) is not None
        if (numbered or tag != "related#") and not headline:
            return "related#" if numbered else "related"
        return None

    #: Longest name (characters) of a signature over its date that ends a block (:meth:`_signature`).
    signer_max = 28
    #: A signature's name: Han characters, brackets and digits, one blank at most inside, ending in a body's word,
    #: a seal's mark after it or none (某市教育局, 某某县人民政府办公室, 某市第14中学, 某市教育局 办公室,
    #: 某县教育体育局（印）; no 网站地图, no mark of a sentence).
    _signer = _sx(rf"(?:[{_HAN_CLASS}()（）0-9０-９]{{1,{signer_max}}}[ \u3000])?[{_HAN_CLASS}()（）0-9０-９]{{1,{signer_max}}}"
                  rf"(?:{_SIGNER_ENDS})(?:[(（]印[)）])?")

    @classmethod
    def closing(cls, lines: list[str], i: int) -> list[int]:
        """The lines of a document's closing opening at line *i*: a signature (a name, :attr:`_signer`; or two joint
        bodies' names, one a line) over its date alone (:data:`_DATE_LINE`, 2026年12月4日), not in a list of titles
        so dated (no date alone right above it, none in the ``closing_list_reach`` lines under its date), no body's name right
        above it (more bodies than two over one date: not read, a list of names); [] when none stands there.

        >>> Related.closing(["相关附件：", "统计表.xlsx", "某市教育局", "2026年12月4日", "网站地图"], 2)
        [2, 3]
        >>> Related.closing(["相关链接：", "某某", "某县教育局", "某县财政局", "2026年12月4日"], 2)
        [2, 3, 4]
        >>> Related.closing(["某县召开会议", "2026年12月1日", "某县举办培训会", "2026年11月28日"], 2)
        []
        """
        j = _nonblank(lines, i, 1)  # (a cheap gate first: a date ends one of the two lines under it)
        if j is None or (lines[j][-1:] not in "日)）" and ((k := _nonblank(lines, j, 1)) is None
                                                         or lines[k][-1:] not in "日)）")):
            return []
        if cls._signer.fullmatch(lines[i]) is None:
            return []
        rows = [i]
        if j is not None and cls._signer.fullmatch(lines[j]) is not None:
            rows, j = [i, j], _nonblank(lines, j, 1)  # (two joint bodies over one date)
        if j is None or lines[j][-1:] not in "日)）" or not _DATE_LINE.fullmatch(lines[j]):
            return []
        above = _nonblank(lines, i, -1)
        if any(_DATE_LINE.fullmatch(lines[x]) for x in cls._around(lines, i, j)):
            return []
        return [] if above is not None and cls._signer.fullmatch(lines[above]) else [*rows, j]

    #: How far a list of dated items is looked for around a closing (:meth:`closing`): the non-blank lines
    #: right above its signature and up to this many under its date (an item of a title, its source and its
    #: date puts the next date three lines under this one).
    closing_list_reach = 3

    @classmethod
    def _around(cls, lines: list[str], i: int, j: int) -> list[int]:
        """The non-blank line right above line *i* and up to ``closing_list_reach`` under line *j*.

        >>> Related._around(["a", "", "b", "c", "d", "e", "f", "g"], 2, 3)
        [0, 4, 5, 6]
        """
        out, k = [], _nonblank(lines, i, -1)
        if k is not None:
            out.append(k)
        k = j
        for _ in range(cls.closing_list_reach):
            k = _nonblank(lines, k, 1)
            if k is None:
                break
            out.append(k)
        return out

    @classmethod
    def _signature(cls, lines: list[str], i: int) -> bool:
        """Whether line *i* opens a document's closing, a signature over its date (:meth:`closing`). A box the page
        put between a notice's text and its closing (相关附件： over a file's name) ends there: its signature and
        date are no link titles. A related list of headlines, each over its date, goes on.

        >>> Related._signature(["相关附件：", "统计表.xlsx", "某市教育局", "2026年12月4日", "网站地图"], 2)
        True
        >>> Related._signature(["某县召开会议", "2026年12月1日", "某县举办培训会", "2026年11月28日"], 2)
        False
        >>> Related._signature(["某县召开会议", "2026年12月1日", "某县举办培训会", "2026年11月28日"], 0)
        False
        """
        return bool(cls.closing(lines, i))

    #: Most files' names under a download box's header read as a notice's attachments over its closing.
    closing_files_max = 10

    @classmethod
    def _files_over_closing(cls, lines: list[str], i: int) -> bool:
        """Whether the download box headed at line *i* (相关附件, 相关下载) lists files' names (:data:`_FILE_NAME`:
        表.xlsx, 表.xlsx（18 KB）, 表.xlsx（下载次数：387）), ``closing_files_max`` at most, right over a document's
        signature and its date (:meth:`_signature`): the box stands between the notice's text and its closing, its
        attachments, as 附件下载： does there; a box of files under the date, or of links, is the page's, and so is
        one under a signature over its date (the notice's first closing), whatever closing ends it. More files
        than ``closing_files_max``: not read (a site's download list).

        >>> Related._files_over_closing(["相关附件", "统计表.xlsx（下载次数：387）", "某市教育局", "2026年12月4日"], 0)
        True
        >>> Related._files_over_closing(["相关附件", "某市教育局", "2026年12月4日"], 0)
        False
        >>> Related._files_over_closing(["相关附件", "统计表.xlsx", "网站地图", "2026年12月4日"], 0)
        False
        >>> Related._files_over_closing(["某县教育局", "2026年12月3日", "相关下载", "表.doc", "某市教育局", "2026年12月1日"], 2)
        False
        """
        if (up := _nonblank(lines, i, -1)) is not None and _DATE_LINE.fullmatch(lines[up]) \
                and (sign := _nonblank(lines, up, -1)) is not None and cls._signer.fullmatch(lines[sign]):
            return False  # (the box under the notice's own closing: the page's, whatever closing it ends on)
        j, n = _nonblank(lines, i, 1), 0
        while j is not None and n < cls.closing_files_max and _FILE_NAME.search(lines[j]):
            j, n = _nonblank(lines, j, 1), n + 1
        return n > 0 and j is not None and cls._signature(lines, j)

    #: A table's header row: this many cells apart or more, each of ``header_cell_max`` characters
    #: at most (:meth:`table_header`).
    header_min_cells, header_cell_max = 3, 6

    @classmethod
    def table_header(cls, lines: list[str], i: int) -> bool:
        """Is line *i* a table's header row: ``header_min_cells`` words apart or more, short, of
        letters only (no digit, no mark), over a row of as many cells with a digit and no label's
        colon (:func:`_header_over_row`)? A box of link titles ends at it: the rows under it are a
        table of the text's (a 公示's names under a 相关链接 box the crawl put between the text's
        first paragraph and its table). A box of sites' names over a footer's fields (主办:某局
        地址:… 邮编:…) goes on.

        >>> Related.table_header(["序号 姓名 单位", "1 马某 某市第一中学"], 0), Related.table_header(["某县 召开 会议", "某县教育动态"], 0)
        (True, False)
        >>> Related.table_header(["教育部 教育厅 教育局", "主办:某局 地址:某路1号 邮编:215000"], 0)
        False
        """
        words = lines[i].split()
        if len(words) < cls.header_min_cells or max(map(len, words)) > cls.header_cell_max \
                or not all(map(str.isalpha, words)):
            return False
        j = _nonblank(lines, i, 1)
        return j is not None and ":" not in lines[j] and _header_over_row(lines, i, len(words))

    @classmethod
    def _header(cls, s: str) -> regex.Match[str] | re.Match[str] | None:
        """A header at the start of *s*: a word of ``spam_related.txt`` (bare or in brackets, folded:
        [相关法规]), or the site or its editors recommending (本站推荐, 小编为您推荐, 本频道主编还推荐)."""
        m = _lex("spam_related.txt").match(s, 1 if s[:1] == "[" else 0)  # (in brackets too: 【相关阅读】)
        return cls._recommend.match(s) if m is None and "推荐" in s else m

    @classmethod
    def _single(cls, s: str, m: regex.Match[str] | re.Match[str]) -> bool:
        """A 相关… header (相关解读, 相关链接; or 延伸阅读, 扩展阅读: ``_ONE_LINK``), its colon and
        one link title of ``title_max`` characters at most, no sentence, no space or | between
        titles (相关解读：某月份我市CPI涨幅回落). Not 推荐阅读：《书名》 (a school's reading list), nor
        a book's name alone after any of them (延伸阅读：《红岩》 in the same list), nor 相关内容 (no box
        of links: a label of the text's own) or 相关附件 (the document's attachment named above its
        signature: 相关附件：报名表), nor the other headers (最新动态：…)."""
        if not m.group().startswith(cls._ONE_LINK) or m.group().startswith(cls._OWN_LABELS):
            return False  # (相关内容：补贴标准 labels the document's own lines under it: no link's)
        rest = s[m.end():].lstrip()
        if not rest.startswith(":"):
            return False
        title = rest[1:].strip()
        if title[:1] == "《" and title[-1:] == "》" and title.count("《") == 1:
            return False  # (a book's name alone: a reading list's entry)
        return 2 <= len(title) <= cls.title_max and not _BYLINE_PUNCT.search(title) \
            and " " not in title and "|" not in title

    #: The headers :meth:`_single` reads with one link on their line.
    _ONE_LINK = ("相关", "延伸阅读", "扩展阅读")
    #: The 相关… headers that label the document's own lines (:meth:`_single`).
    _OWN_LABELS = ("相关内容", "相关附件")

    @classmethod
    def _inline(cls, s: str, end: int) -> bool:
        """After a header and its colon, links only: 3+ names apart, none a sentence."""
        rest = s[end:].lstrip()
        if not rest.startswith(":") or ("。" in rest or ";" in rest) or _BYLINE_PUNCT.search(rest):
            return False
        names = rest[1:].replace("|", " ").split()
        return len(names) >= cls.inline_min_links and max(map(len, names)) <= cls.inline_link_max




#: The reason of :class:`DocSite`'s page counters (第1页 / 共8页, 共8页).
PAGE_COUNTER_REASON = "page counter"
#: The reason of a search page's count of its results (:attr:`DocSite._hits`).
SEARCH_HITS_REASON = "search result count"


class DocSite(Rule):
    """Chrome of document-sharing sites: upload details, ``xxx.doc_第1页``, ``第1页 / 共8页``,
    展开阅读全文, 资源描述, "由会员分享，可在线阅读" (``spam_doc_site.txt``); and a page counter whose
    numbers a Word or spreadsheet file's text left out (``第   页  共   页``, ``第 &P 页，共 &N 页``:
    its footer's fields unrendered)."""

    name = "doc_site"
    uses_context = False
    description = "document-sharing site chrome"
    _page = _rx(
        r".{0,200}\.(?:docx?|pdf|pptx?|xlsx?|wps|txt)_第\d+页"
        r"|第\s*\d+\s*页\s*[/,，]?\s*共\s*\d+\s*页|共\s*\d+\s*页|还剩\s*\d+\s*页未读.{0,20}"
        # a list's counts over its pager: its pages and its records (共1页 5条记录, 共12条 共2页)
        r"|共\s*\d+\s*页\s*(?:[,，]\s*)?(?:共\s*)?\d+\s*条(?:记录|信息|数据)?"
        # a paginated article's count of its pages and the page shown (本文共3页 当前第2页); its
        # continuation notes alone on their line ((接上页), (转下页))
        r"|(?:本文|全文)共\s*\d+\s*页\s*(?:[,，]\s*)?当前(?:第\s*)?\d+\s*页"
        r"|[(\[]\s*(?:接上页|续上页|转下页)\s*[)\]]"
        r"|共\s*\d+\s*条(?:记录|信息|数据)?\s*(?:[,，]\s*)?共\s*\d+\s*页"
        # a list's page shown over its pages after a slash (第1/3页, 当前第2/47页), its records' count and
        # the page's size before it or not (共2条记录 第1/1页, 共 286 条 每页 10 条 第 1/29 页)
        r"|(?:共\s*\d+\s*条(?:记录|信息|数据)?\s*(?:[,，]\s*)?(?:每页\s*\d+\s*条\s*(?:[,，]\s*)?)?)?"
        r"(?:当前)?第\s*\d+\s*/\s*\d+\s*页"
        r"|第\s*(?:&[PN]\s*)?页\s*[/,，]?\s*共\s*(?:&[PN]\s*)?页",
        regex.IGNORECASE,
    )
    _strong = _sx(r"由会员分享|由用户分享|请在.{1,12}上搜索")
    #: A search page's count of its results, the whole line (为您找到相关结果 23 个, 共找到 37 条结果, 找到相关结果约
    #: 46 条，用时 0.12 秒, 检索到 5 条记录): the finding verb, the count and its measure word, nothing else.
    _hits = _sx(
        r"(?:已?为您)?共?(?:找到|搜索到|检索到)\s?(?:相关)?(?P<a>结果|信息|记录|内容|文章|网页)?\s?(?:约|共)?\s?\d[\d,]*\s?"
        r"(?:条|个|篇|项)(?:相关)?(?P<b>结果|信息|记录|内容|文章|网页)?(?:\s?,\s?用时\s?\d+(?:\.\d+)?\s?秒)?"
    )
    #: A search page's chrome beside such a count (:meth:`_search_beside`): its search box or button (搜索,
    #: 全站检索), a sort or time-range bar (按相关度 按时间, 时间不限 一周内): no digit, no full stop.
    _search_chrome = _sx(r"[^。\d]{0,12}(?:搜索|检索|按相关度|按相关性|按时间|时间不限)[^。\d]{0,12}")
    #: Non-blank lines above such a count its search page's chrome is looked for in (the box, the query,
    #: the button, the tabs); the one under it too.
    search_reach = 4
    #: The site's note opening a line that the document was uploaded by a user, then its terms
    #: (本文档由用户上传，如有侵权请联系删除; 版权归作者所有; 仅供学习交流) or nothing: a rule's article on
    #: uploads goes on otherwise (本资料由用户上传的，…; 本资料由用户上传后，经审核方可发布).
    _uploaded = _sx(
        r"(?:本|该|此)(?:文档|资料|文件)由(?:会员|用户|网友)上传(?:[,.。!\s]*$"
        r"|\s*[,.。]\s*(?:如有侵权|若有侵权|如涉及侵权|版权归|仅供|不代表))"
    )
    #: A download's price in the site's points, the whole line (2 积分 下载, 5金币 立即下载).
    _price = _rx(r"\s*\d+(?:\.\d+)?\s*(?:积分|金币|下载券)\s*(?:立即)?下载\s*")
    #: A list's pager: only page links, page numbers and counts (共2条 首页 上一页 下一页 尾页).
    _pager = _rx(
        r"(?:(?:共\s*+\d++\s*+[条页封篇件]|每页\s*+\d++\s*+条|当前第?\s*+\d++\s*+/\s*+\d++\s*+页"
        r"|首页|上一页|下一页|尾页|末页|\d++|\.{2,}+|…++|跳转[至到]?|页|GO)(?:\s++|\Z))++"
    )
    _pager_links = _rx(r"首页|上一页|下一页|尾页|末页")
    #: Distinct page links (首页, 上一页, 下一页, 尾页, 末页) a pager line holds at least.
    pager_links_min = 2
    #: Longest line dropped for a page counter or a sharing notice, and for chrome words.
    max_len, words_max_len = 400, 120
    #: Han characters besides the one chrome word a line may hold (上传人：某某).
    rest_max_han = 2

    def check(self, ctx: Context, i: int) -> Verdict | None:
        s = ctx.lines[i]
        if len(s) > self.max_len:
            return None
        if "页" in s and self._page.fullmatch(s):
            return _drop(self.name, PAGE_COUNTER_REASON)
        if "一页" in s and len(set(self._pager_links.findall(s))) >= self.pager_links_min and self._pager.fullmatch(s):
            return _drop(self.name, "pager")
        if (("分享" in s or "搜索" in s) and self._strong.search(s)) or ("上传" in s and self._uploaded.match(s)):
            return _drop(self.name, "document-site sharing notice")
        if "下载" in s and self._price.fullmatch(s):
            return _drop(self.name, "document-site download price")
        if "到" in s and (m := self._hits.fullmatch(s)) and (m.group("a") or m.group("b")) and self._search_beside(ctx, i):
            return _drop(self.name, SEARCH_HITS_REASON)  # (what was found named: 找到 3 个 alone counts anything)
        if len(s) > self.words_max_len or ("。" in s or ";" in s):
            return None  # what follows never drops prose (_prose)
        lex = _lex("spam_doc_site.txt")
        found = lex.findall(s)
        if not found or _prose(s) or (len(found) < 2 and _rest_han(s, lex) > self.rest_max_han):
            return None
        m = lex.search(s)
        assert m is not None
        meta = []
        if "上传" in s and (d := _DATE.search(s)):
            meta.append(("uploaded", _date_value(d)))
        return _drop(self.name, f"document-site chrome {m.group()!r}", meta)

    def _search_beside(self, ctx: Context, i: int) -> bool:
        """Whether a search page's chrome stands beside line *i* (a count of results): among the
        ``search_reach`` non-blank lines above it or the one under it, a short line holding a search box's
        word or a sort bar's (:attr:`_search_chrome`) or another count. A report's sentence counting what
        its search found (共检索到相关文章356篇) has prose around it."""
        near = _near_lines(ctx, i, self.search_reach)
        return any(self._search_chrome.fullmatch(x) or ("到" in x and self._hits.fullmatch(x)) for x in near)


#: The reason :class:`Navigation` gives for a digital edition's page label it drops.
PAPER_PAGE_REASON = "digital edition's page label"


class Navigation(Rule):
    """Breadcrumbs (首页 > 教育 > 正文) and "you are here" lines (您的当前位置：, 当前位置：),
    also when a page puts each segment and each ">" on a line of its own."""

    name = "navigation"
    description = "breadcrumb / current-position line"
    drops_sentences = False
    _lead = _sx(
        r"(?:您的当前位置|您当前的位置|您现在的位置|您当前位置|您所在的位置|您的位置|当前位置|所在位置|当前的位置|现在位置)"
        r"\s*[:>]"
    )
    _sep = _sx(r"\s*(?:>|→|-->|->)\s*")
    _lone_sep = _sx(r"(?:>|→|-->|->)+")
    _home = _sx(HOME_LINK, re.IGNORECASE)
    _segment = _sx(r"[^,.;:!?()\[\]\s]{1,12}")
    _one_seg = _sx(r"([^,.;:!?()\[\]\s>]{1,12})\s*(?:>|→)+")
    #: A site's menu from its home link, its items between middle dots (首页·新闻中心·通知公告):
    #: two items or more after the home link, each a short phrase (a breadcrumb's segment length at most).
    _dotted_menu = _sx(r"(?:(?:网站)?首页|主页)(?:\s*[·•・‧]\s*[^,.;:!?()\[\]\s·•・‧]{1,12}){2,}")
    #: A newspaper's digital edition: the label of the page shown, its number (a letter of its section
    #: before it or not) and name (第A03版：城事, A11版:分类广告, 第2版: 要闻), alone on its line.
    _paper_page = _sx(r"第?\s?[A-Za-z]{0,2}\d{1,3}\s?版:\s?[\u4e00-\u9fff]{2,8}")
    #: A digital edition's controls beside its page label besides its buttons to the previous and next page
    #: (:attr:`Related._edition_buttons`): 返回目录, PDF下载, 版面导航.
    _edition_controls = _sx(r"返回目录|版面导航|pdf\s?下载|下载\s?pdf", re.IGNORECASE)
    max_len = 150
    #: Longest breadcrumb segment, and longest line that goes on with a breadcrumb (> 政策解读).
    segment_max, continuation_max = 30, 30
    #: Longest last segment of a breadcrumb from home with ">" (the article's title there).
    last_segment_max = 80
    #: Lines after a breadcrumb searched for the headline its long last segment repeats.
    title_reach = 6

    @classmethod
    def home(cls, seg: str) -> bool:
        """Whether the breadcrumb segment *seg* is the site's home (首页, 主页, Home).

        >>> Navigation.home("首页"), Navigation.home("学会动态")
        (True, False)
        """
        return cls._home.fullmatch(seg) is not None

    @classmethod
    def current_position(cls, s: str) -> bool:
        """Whether *s* opens as the page's own path: a "you are here" lead (当前位置：), or the
        site's home and a ">" (首页 > 展览 > 正在展出). A related box in a side menu ends there
        (:meth:`Related.link_title`): the article is under it. (*s* folded, as the rules read it:
        its colon half-width.)

        >>> Navigation.current_position("当前位置:首页 > 展览"), Navigation.current_position("首页 > 展览")
        (True, True)
        >>> Navigation.current_position("某县召开会议"), Navigation.current_position("展览 > 正在展出")
        (False, False)
        """
        if cls._lead.match(s):
            return True
        head, sep, _ = s.partition(">")
        return bool(sep) and cls._home.fullmatch(head.strip()) is not None

    @classmethod
    def crumb(cls, s: str) -> bool:
        """Whether *s* (folded) opens as a breadcrumb the rule drops: a "you are here" lead (您的位置:),
        or the site's home before any of its separators (首页 > 要闻, 首页 -> 要闻, 首页→要闻).

        >>> Navigation.crumb("您的位置:首页 > 要闻"), Navigation.crumb("首页 -> 要闻"), Navigation.crumb("申请→受理")
        (True, True, False)
        """
        if cls._lead.match(s):
            return True
        head = cls._sep.split(s, maxsplit=1)
        return len(head) == 2 and cls._home.fullmatch(head[0].strip()) is not None

    @staticmethod
    def _tag(ctx: Context, i: int, segs: Sequence[str], state: str) -> None:
        # state "sep": a separator or lead ended the line, so the next short line is a segment;
        # "seg": a segment ended it, so only a separator line continues the breadcrumb.
        ctx.tags[i] = ("nav", tuple(segs), state)

    def context_live(self, tag: object, after_control: bool) -> bool:
        return isinstance(tag, tuple) and tag[0] == "nav"  # (a breadcrumb's next segment)

    def _title_like(self, ctx: Context, i: int, seg: str) -> bool:
        """Whether *seg*, a breadcrumb's long last segment, reads as the article's title: no
        sentence punctuation (a title's 「!」 and 「:」 are fine; a sentence goes on after 「,」), or
        the start of one of the next lines (the headline, which it repeats or cuts short)."""
        if "," not in seg:
            return True
        seg = seg.rstrip(".…")
        return any(line.startswith(seg) for line in ctx.lines[i + 1 : i + 1 + self.title_reach])

    def _page_label(self, ctx: Context, i: int) -> Verdict | None:
        """The verdict on a digital edition's page label *i* (:attr:`_paper_page`, 第2版：要闻), with the labels
        right under it (a list of the edition's pages) read as one: the edition's above the page's first
        sentence or under its last, or beside another of its controls (:attr:`_edition_controls`); a run of
        two or more with no control beside it, between the article's sentences, or under a line of its own
        that leads to a list (今日本报共16版，主要内容如下：), the text's (an article citing a page, an edition's
        list of its pages, a book's list of its editions).

        >>> label = Navigation()._page_label
        >>> label(Context.of("某报数字报\\n第2版：要闻\\n本报讯 某地召开会议。"), 1).reason
        "digital edition's page label"
        >>> label(Context.of("报道指出，成效明显。\\n第2版：要闻\\n原文如下。"), 1) is None
        True
        """
        ctx.positional = True  # (each copy of the label read where it stands)
        j = ctx.prev(i)
        if j >= 0 and self._paper_page.fullmatch(ctx.lines[j]):
            return None if ctx.verdicts[j].keep else _drop(self.name, PAPER_PAGE_REASON)  # type: ignore[union-attr]
        k = i + 1
        while k < len(ctx.lines) and (not ctx.lines[k] or self._paper_page.fullmatch(ctx.lines[k])):
            k += 1
        if any(0 <= x < len(ctx.lines) and (self._edition_controls.search(ctx.lines[x])
                                            or Related._edition_buttons.fullmatch(ctx.lines[x])) for x in (j, k)):
            return _drop(self.name, PAPER_PAGE_REASON)
        if any(ctx.lines[x] for x in range(i + 1, k)):
            return None  # (a run of labels with no control beside it: the text's list, of pages or editions)
        if j >= 0 and ctx.lines[j].endswith(":") and ctx.verdicts[j].keep:  # type: ignore[union-attr]
            return None  # (a list its line above leads to)
        first, last = ctx.sentence_rows()
        return None if first < i < last else _drop(self.name, PAPER_PAGE_REASON)

    def check(self, ctx: Context, i: int) -> Verdict | None:
        s = ctx.lines[i]
        if len(s) > self.max_len or ("。" in s or ";" in s):
            return None
        prev = ctx.prev_tag(i)
        in_nav = isinstance(prev, tuple) and prev[0] == "nav"
        # (a breadcrumb's next segment alone on its line, the one test here that needs none of
        # these, follows a separator only: after a segment or a whole breadcrumb, a line without
        # them is kept as anywhere else)
        if (not in_nav or prev[2] != "sep") and len(s) > 4 and ">" not in s and "→" not in s and "位置" not in s:  # type: ignore[index]
            if self._dotted_menu.fullmatch(s):
                return _drop(self.name, "menu from the home link between middle dots")
            if "版" in s and self._paper_page.fullmatch(s):
                return self._page_label(ctx, i)
            return None  # no separator, no 位置 (every lead), too long for a lone home link
        if in_nav and self._lone_sep.fullmatch(s):
            self._tag(ctx, i, prev[1], "sep")  # type: ignore[index]
            return _drop(self.name, "breadcrumb separator")
        if in_nav and prev[2] == "sep" and self._segment.fullmatch(s):  # type: ignore[index]
            self._tag(ctx, i, (*prev[1], s), "seg")  # type: ignore[index]
            return _drop(self.name, f"breadcrumb segment {s!r}")
        one = self._one_seg.fullmatch(s)
        if one and (in_nav or self._home.fullmatch(one.group(1))):
            # a breadcrumb laid out one "segment >" a line
            self._tag(ctx, i, (*prev[1], one.group(1)) if in_nav else (one.group(1),), "sep")  # type: ignore[index]
            return _drop(self.name, f"breadcrumb segment {one.group(1)!r}")
        lead = self._lead.match(s)
        if ">" not in s and "→" not in s:
            if lead:
                rest = s[lead.end():].strip()
                self._tag(ctx, i, (rest,) if rest else (), "seg" if rest else "sep")
                return _drop(self.name, f"current-position line {lead.group().strip(':> ')!r}")
            if self._home.fullmatch(s):
                self._tag(ctx, i, (s,), "seg")
                return _drop(self.name, "home link")
            return None
        segs = [x for x in self._sep.split(s[lead.end():] if lead else s) if x]
        state = "done"  # a one-line breadcrumb is complete: the title after it is never eaten
        if lead:
            self._tag(ctx, i, segs, state)
            return _drop(self.name, f"current-position line {lead.group().strip(':> ')!r}")
        home = len(segs) >= 2 and bool(
            self._home.fullmatch(segs[0]) or (segs[0].endswith("网") and ">" in s and "," not in s)
        )
        # (from home on, the last segment may be the article's title: 首页 > 要闻 > 标题)
        last_max = self.last_segment_max if home and ">" in s else self.segment_max
        if any(len(x) > self.segment_max for x in segs[:-1]) or (segs and len(segs[-1]) > last_max):
            return None
        if segs and len(segs[-1]) > self.segment_max and not self._title_like(ctx, i, segs[-1]):
            return None
        if s.startswith(">") and in_nav and len(s) <= self.continuation_max:
            self._tag(ctx, i, (*prev[1], *segs), state)  # type: ignore[index]
            return _drop(self.name, "breadcrumb continuation")
        # "→" also draws process flows (申请→受理→发证): only a breadcrumb when it starts at home
        # (without home, a segment going on after a comma is a guide's step: 登录某某网 > 选择… > 填写…，提交…)
        n_sep = (0 if "," in s else s.count(">")) if not home else 2
        if (n_sep >= 2 and len(segs) >= 2) or home:
            self._tag(ctx, i, segs, state)
            return _drop(self.name, f"breadcrumb of {len(segs)} segments")
        return None


class CategoryLabel(Rule):
    """A lone short label right after a breadcrumb that repeats one of its inner segments
    (the channel name shown again above the title, e.g. 教育头条)."""

    name = "category_label"
    description = "channel label repeating a breadcrumb segment"
    drops_sentences = False
    _channel = ("头条", "首页", "正文", "列表", "要闻", "动态", "新闻", "资讯")
    max_len = 12

    def context_live(self, tag: object, after_control: bool) -> bool:
        return isinstance(tag, tuple) and tag[0] == "nav"

    def check(self, ctx: Context, i: int) -> Verdict | None:
        s = ctx.lines[i]
        tag = ctx.prev_tag(i)
        if len(s) > self.max_len or not isinstance(tag, tuple) or tag[0] != "nav":
            return None
        segs = tag[1]
        if s in segs[:-1] or (s in segs and s.endswith(self._channel)):
            return _drop(self.name, f"channel label {s!r} repeats the breadcrumb")
        return None


class _Labels:
    """Metadata labels compiled from ``spam_meta_labels.txt``."""

    #: The keys whose values are names (not a date, a count or page chrome).
    NAMED = frozenset({"source", "author", "editor", "reviewer", "proofreader", "issuer", "publisher"})
    #: A label's English gloss between it and its colon, as a bilingual page prints its fields
    #: (发布时间 Date: 2026-03-20 来源 Source: 某某 浏览 Views: 967): up to three words, the first
    #: capitalised.
    GLOSS = r"(?:\s+[A-Z][a-z]+(?:\s[A-Za-z][a-z]*){0,2})?"

    def __init__(self) -> None:
        self.key: dict[str, str] = {}
        self.weak: set[str] = set()
        self.after: set[str] = set()  # (weak labels that count alone under a metadata line)
        for entry in read_lexicon("spam_meta_labels.txt"):
            parts = entry.split("\t") if "\t" in entry else entry.split()
            label, key = parts[0].strip(), parts[1].strip()
            self.key[label] = key
            tier = parts[2].strip() if len(parts) > 2 else ""
            if tier in ("weak", "after"):
                self.weak.add(label)
            if tier == "after":
                self.after.add(label)
        #: The lexicon's labels (the gate's words for the metadata rule: a line holding a label under
        #: 本文 below holds the label, and so its marks).
        self.words = list(self.key)
        # a credit's label under 本文, the article's own (本文作者：, 本文审核专家：): its label's key
        for label, key in list(self.key.items()):
            if key in self.NAMED and label not in self.weak and _han(label) == len(label):
                self.key.setdefault("本文" + label, key)
        alt = _alternation_by_head(self.key)
        # A label heads a field: at the start, after a space or a bracket, or right after the
        # colon of an empty field (发布者：发布时间：2020-05-14).
        first = "".join(sorted({re.escape(w[0]) for w in self.key}))
        # a strong label of two or more Han characters whose value is a name (a source, an
        # author, an editor ...) and its colon also head a field glued to the value before it
        # (来源：某某网作者：某某)
        glued_words = [
            w for w, key in self.key.items()
            if key in self.NAMED and w not in self.weak and len(w) > 1 and _han(w) == len(w)
        ]
        glued, glued_first = _alternation(glued_words), "".join(sorted({w[0] for w in glued_words}))
        # label: value, or label|value as some pages print it (编辑|王明). (A label's first
        # character is looked at before anything else, and a glued one's before its words: the
        # stdlib engine tries the pattern at every position of a search, and each word of an
        # alternation one after the other.)
        self.field = re.compile(
            rf"(?=[{first}])(?:(?:^|(?<=[\s\[(|/:]))|(?<=[^\s\[(|/:])(?=[{glued_first}])(?=(?:{glued})\s*:))"
            rf"({alt}){self.GLOSS}\s*(?::|\|(?=\s*[^\s|]))"
        )
        self.start = re.compile(rf"[\[(]?\s*({alt})\s*:")


@lazy
def _labels() -> _Labels:
    return _Labels()


#: The reason of a journal issue line (河北教育(综合版) 2022年12期): :func:`_titled_issue` keeps back the
#: one the page's title opens with.
JOURNAL_REASON = "journal issue line"


class Metadata(Rule):
    """Publication metadata: lines of ``label: value`` fields (发布时间, 来源, 作者, 责任编辑,
    编辑, 审核, 浏览次数 ...; weak labels such as 时间 and 浏览 with a strong one, or a date with a
    view count: 时间：2019年10月31日 浏览：33), a bare date-time line, a date-time followed by a short byline,
    a journal issue line (河北教育(综合版) 2022年12期), a name on the line after a bare
    责任编辑：, and a source's name alone under a bare date and time of day. Values go to
    :attr:`Verdict.meta`."""

    name = "metadata"
    description = "publication metadata (values extracted into meta)"
    #: The reason of a name before a date-time.
    BYLINE_REASON = "byline and date-time"
    #: The reason of a line of a date (and its time of day) alone.
    DATE_LINE_REASON = "date-time line"
    drops_sentences = False
    #: The date (and time of day) opening a line's metadata, after any URL (``_prefix``).
    _DATE_LEAD = (
        rf"(?:(?<!\d)\d{{4}}\s*[-/.]\s*\d{{1,2}}\s*[-/.]\s*\d{{1,2}}(?:\s+{_HM})?\s*"
        # 2020年02月18日 09:15: with its time only (a date alone is a 公文's 成文日期)
        rf"|(?<!\d)\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*{_HM}\s*)?"
    )
    _prefix = _sx(r"(?:(?:https?://|www\.)\S+\s*)?" + _DATE_LEAD)
    #: What runs a date-time on to the end of a period (至8月22日18:00, —18:00, 到8月底, 起至8月22日,
    #: 至次日18:00): no byline.
    _range_on = _sx(r"\s*(?:起?(?:至|到)(?:\s*次日)?|[-~～—–－])\s*\d")
    #: A short byline, then a date and time of day ending the line (央视财经 | 2020年08月03日 07:16,
    #: 湖北日报客户端 2024-03-12 15:35:47; a commenter's 某某[北京网友]… is a widget), or followed
    #: by the province an app shows the post was made from (某某新闻 2024-04-25 19:06 浙江: a
    #: source's byline only, ``_source_ends`` or a reporter, as a timetable's row ends with a city;
    #: a WeChat article's 原创 某作者 某公众号 2024-07-20 08:30 发表于福建 says it is a post, and so
    #: does its 原创 mark opening the byline when the app prints the province bare: 原创 某作者
    #: 某公众号 2024年07月20日 08:30 福建). (The blanks before the date are one run unless a bar
    #: parts them: ``\s*[|]?\s*`` split a run of blanks every way, for each length of the name.)
    _dated_byline = _sx(
        rf"([^\s\[][^\[\]]{{0,28}}?)\s*(?:[|｜]\s*)?({_YMD_HM})"
        r"(?:(\s+|\s*发表于\s*)(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南"
        r"|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门))?"
    )
    _journal = _sx(
        r"([^\s,:;!?]{2,20}?|[^\s,:;!?](?: [^\s,:;!?]){1,19})\s*\(?\s*(\d{4})\s*年\s*(?:第\s*)?(\d{1,3})\s*期\s*\)?"
        r"\s*(?:\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)?"
    )
    #: A date, a byline of a few words (source, channel) and the page's counters after it, bare
    #: numbers ending the line (2019年09月11日 某某传媒 时政新闻 1665 0: views, comments).
    _dated_counts = _sx(
        rf"({_YMD}(?:\s*{_HM})?)((?:\s+[^\s\d,!?;:。]+){{1,4}})(?:\s+\d+){{1,2}}"
    )
    #: A date, bare or after a short label of its own (信息时间：, 公示日期：), then a count of the
    #: page's views (阅读次数：211, 浏览 96, 播放 8,713) and any other counters: a view count beside
    #: a date is the page's record, whatever its date's label (a notice's 开标时间 has no view
    #: count; 截止时间 … 参与人数：300 counts people, not views).
    _VIEWS = ("阅读", "浏览", "点击", "访问", "播放")
    _views = re.compile("|".join(_VIEWS))  # (one of them: their first characters found at C speed)
    _dated_views = _rx(
        rf"(?:\p{{Han}}{{1,8}}\s*:\s*)?({_YMD}(?:\s*{_HM})?)"
        rf"\s*(?:{'|'.join(_VIEWS)})(?:数|量|次数|人次)?{_COUNT_VALUE}"
        rf"(?:\s*{_COUNTER_FIELD})*"
    )
    #: A word that names a source or a channel (某某传媒, 某市晚报, 时政新闻, 某某网, 某某发布):
    #: the byline of ``_dated_counts`` needs one, and that of ``_dated_byline`` before a province;
    #: a table row's cells (新增本土确诊病例, 空气质量优良,
    #: 星级饭店) name what is counted.
    _source_ends = (
        "网", "报", "台", "发布", "中心", "办", "新闻", "传媒", "频道", "社", "在线", "资讯", "客户端", "融媒体",
    )
    #: A blog post's line of its date and author, as a blog theme prints it (发表于 2026年10月23日 由 某某,
    #: 发布于 2026-10-23 10:05 作者 某某): the verb, the date (its time of day or not), the author after
    #: 由 or 作者 (or none), nothing else; its first words (``_POSTED``) tested first.
    _POSTED = ("发表于", "发布于", "更新于", "写于")
    _posted = _sx(
        rf"(?:{'|'.join(_POSTED)})\s*({_YMD}(?:\s*{_HM})?)(?:\s*(?:由|作者\s*:?)\s*([\u4e00-\u9fffA-Za-z0-9_·]{{1,20}}))?"
    )
    #: The mark a WeChat post's byline opens with when the post is the account's own (原创 某作者).
    _POST_MARK = "原创 "
    _ago = re.compile(r"(?:\d{1,3}\s*(?:秒|分钟|小时|天)前|刚刚|昨天\s*\d{1,2}:\d{2})")
    #: A web page's month-day and time of day (12-27 18:40, printed 12-2718:40 too).
    _month_day = re.compile(r"\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}")
    #: A line opening with a digit read at once: a relative time (group 1) or a month-day and time
    #: (group 2) the whole line, else the date that opens it (``_prefix``'s: no URL opens with a digit).
    _digit_lead = re.compile(rf"({_ago.pattern})\Z|({_month_day.pattern})\Z|{_re_spaces(_DATE_LEAD)}")
    #: Where a field's value ends before the next field: a wide gap (\s{2,}), a [, a run of blanks
    #: before 分享 or a | (\s*\|), written to open with the class of their first characters (then
    #: ``re`` scans for those at C speed; only where a match starts is read).
    _value_cut = _sx(r"[\s\[|](?:(?<=[\[|])|\s|(?<=\S\s)\s*(?=分享)|\s*\|)")
    _name = _rx(r"[\p{Han}A-Za-z0-9_·.\s、]{1,20}")
    _open_keys = frozenset({"editor", "source", "author", "reviewer", "reporter", "proofreader"})
    #: A view counter's label left empty at the end of the line's last value, whatever its spelling the
    #: lexicon may lack (来源：某中心 阅读次数：, 作者：某某 访问次数：): the page's script prints its count
    #: on the next line. (Tried from the first blank of a run only: linear.)
    _open_counter = _sx(rf"(?<=\S)\s+(?:{'|'.join(_VIEWS)})(?:数|量|次数|人次)?\s*:\Z")
    #: Something every dropping path past the colon test needs: a date or journal year (four
    #: digits, as ``_DATE`` and ``_journal`` see them) or a relative time (``_ago``).
    #: (Written to open with the class of its first characters: ``re`` scans for those at C speed.)
    _needs = _sx(r"[\d前刚昨](?:(?<=\d)\d{3}|(?<=前)|(?<=刚)刚|(?<=昨)天)")
    #: A time of day's colon and minutes: a byline's date-time (``_dated_byline``) needs them.
    _clock = _sx(r":\d\d")
    #: A view count's value (33, 1.2万, 3万+, 45次).
    _count = _sx(_COUNT)
    #: Longest line: one holding a web address (``://``); of fields' words only, ``words_max_len``.
    max_len, words_max_len = 360, 200
    #: Longest value of a field (and of a name on the line after a bare label: ``_name``).
    value_max = 40
    #: Longest value of a field that is one web address (原文链接：https://…): an address has no length
    #: of a field's words.
    url_value_max = 300
    #: Longest byline after a date and time of day (2024-03-12 15:35 某某日报).
    byline_max = 40
    #: A first field no lexicon holds, its label a few Han characters (索引号：11000000MB…/2026-00123),
    #: before known fields; and the known fields (one a date) that make the line metadata then.
    _lead = _rx(r"\p{Han}{2,6}\s*:\s*[^\s:]{1,60}\s+")
    led_min_fields = 2
    #: Longest source's name alone on the line under a bare date-time line (某某时报网).
    dateline_source_max = 12
    #: Longest name alone on the line under a bare label whose value it is (责任编辑： / 某某).
    label_value_max = 20
    #: Han characters of the words between a date and the counters ending its line (a source
    #: and a channel; a table row's date and a region's name, 湖北 570 45, has fewer).
    counted_byline_min_han = 4

    #: Editorial roles a page credits without colons, each before its names (编辑 陈某 校对 刘某某):
    #: two or more such pairs make the line the page's credits (one is a signatory's line too:
    #: 审核 王某 under a form); their keys in the metadata.
    _CREDIT_ROLES: ClassVar[dict[str, str]] = {
        "责任编辑": "editor", "编辑": "editor", "责编": "editor", "美编": "editor", "校对": "proofreader",
        "审核": "reviewer", "审校": "reviewer", "核稿": "reviewer", "终审": "reviewer", "复审": "reviewer",
        "初审": "reviewer",
    }
    _CREDIT_FIRST = frozenset(w[0] for w in _CREDIT_ROLES)
    #: (a name is no review's outcome: 初审 通过 复审 合格 is a row of a review's results)
    _CREDIT_NAME = r"(?!通过|合格|不|同意|完成|待|未|已)[\u4e00-\u9fff·]{2,4}"
    _credits = _sx(
        rf"(?:{'|'.join(_CREDIT_ROLES)})\s+{_CREDIT_NAME}(?:、{_CREDIT_NAME}){{0,3}}"
        rf"(?:\s+(?:{'|'.join(_CREDIT_ROLES)})\s+{_CREDIT_NAME}(?:、{_CREDIT_NAME}){{0,3}}){{1,5}}"
    )
    #: Longest credits line.
    credits_max = 80

    @staticmethod
    def _credits_at_edge(ctx: Context, i: int) -> bool:
        """Whether the credits line *i* stands where a page prints its credits: above the article's
        first sentence (under its byline) or under its last, no sentence (。) on one side of it. A
        line of roles and names between sentences is the text's (an award's list of its makers:
        《某某》（通讯） / 编辑 陈某 审核 赵某, then a paragraph). (Credits lines are few: the scan
        is rare; where the page's sentences stand is read once a page: :meth:`Context.sentence_rows`.)

        >>> Metadata._credits_at_edge(Context.of("某地召开会议\\n编辑 陈某 校对 刘某\\n会议指出，要抓好落实。"), 1)
        True
        >>> Metadata._credits_at_edge(Context.of("会上通报了获奖名单。\\n编辑 陈某 审核 赵某\\n会议要求抓好落实。"), 1)
        False
        """
        first, last = ctx.sentence_rows()
        return first >= i or last <= i  # (no sentence above *i*, or none under it)

    def _credits_line(self, ctx: Context, i: int) -> Verdict | None:
        """The verdict on the credits line *i*: the page's credits at the edge of its sentences;
        between two of them the text's own, kept (and noted in ``ctx.credits_kept``)."""
        ctx.positional = True  # (each copy of the line read where it stands)
        if self._credits_at_edge(ctx, i):
            return _drop(self.name, CREDITS_REASON, self._credit_meta(ctx.lines[i]))
        ctx.credits_kept.append(i)
        return None

    @classmethod
    def _credit_meta(cls, s: str) -> list[tuple[str, str]]:
        """The (key, names) of a credits line's pairs.

        >>> Metadata._credit_meta("编辑 陈某 校对 刘某某")
        [('editor', '陈某'), ('proofreader', '刘某某')]
        """
        words = s.split()
        return [(cls._CREDIT_ROLES[r], n) for r, n in zip(words[::2], words[1::2])]

    def _source_byline(self, byline: str) -> bool:
        """Whether *byline* names a source or a channel (a word of it ends as ``_source_ends``
        do) or a reporter (记者 某某)."""
        return "记者" in byline or any(w.endswith(self._source_ends) for w in byline.split())

    def context_live(self, tag: object, after_control: bool) -> bool:
        # a label waiting for its value; inside a related block (the only other tag it
        # reads) it drops less, never more
        return isinstance(tag, str) and tag.startswith("meta-open:")

    def _under_label(self, s: str, key: str) -> Verdict | None:
        """The verdict on the line *s* under a line that left its label's value open (tag
        ``meta-open:`` *key*: 浏览次数：, 责任编辑：, a bare date-time line), None to read it as
        any other line."""
        if key == "views":  # (a counter the page's script fills in, printed on a line of its own)
            if self._count.fullmatch(s):
                return _drop(self.name, "value of the views label above")
        elif key == "dateline":  # (a source's name on the line under a bare date-time line)
            # (the cheap tests first: most lines there are a headline or a page's chrome)
            if len(s) <= self.dateline_source_max and " " not in s.strip() and self._source_byline(s) \
                    and self._name.fullmatch(s) and _han(s) >= 2:
                return _drop(self.name, "source named under the date-time line", [("source", s)])
        elif len(s) <= self.label_value_max and self._name.fullmatch(s) and not _labels().start.match(s):
            return _drop(self.name, f"value of the {key} label above", [(key, s)])
        return None

    def check(self, ctx: Context, i: int) -> Verdict | None:
        s = ctx.lines[i]
        j = ctx._prev[i]
        tag = ctx.tags[j] if j >= 0 else None  # (ctx.prev_tag(i), without its call)
        if isinstance(tag, str) and tag.startswith("meta-open:") \
                and (v := self._under_label(s, tag.split(":", 1)[1])) is not None:
            return v
        if (len(s) > self.words_max_len and (len(s) > self.max_len or "://" not in s)) or ("。" in s or ";" in s):
            return None  # (a line longer than a field's words holds a long address, or is none)
        if ":" not in s and "|" not in s and not self._needs.search(s):
            if s[:1] in self._CREDIT_FIRST and len(s) <= self.credits_max and self._credits.fullmatch(s):
                return self._credits_line(ctx, i)
            return None  # no label (a colon or |), no date (four digits), no relative time
        body = s[1:-1].strip() if s.endswith(("]", ")")) and s[:1] + s[-1:] in ("[]", "()") else s
        if body[:1] == "[" and (cut := _past_buttons(body)) is not body and _labels().field.match(cut):
            body = cut  # ([纠错] 责任编辑:某某: a button's label before the fields)
        if not body:
            return None
        # (each pattern below is tried only where it can match: a prefix, a month-day, a
        # count of time ago open with a digit, a URL with http or www.)
        lead, end = body[:1], 0
        if lead.isdigit():
            m = self._digit_lead.match(body)
            if m.lastindex == 1:
                return _drop(self.name, "relative publication time")
            if m.lastindex == 2:
                return _drop(self.name, "month-day and time line")
            end = m.end()
        elif lead in "刚昨":
            if self._ago.fullmatch(body):
                return _drop(self.name, "relative publication time")
        elif body.startswith(("http", "www.")):
            end = self._prefix.match(body).end()
        if end:
            return self._prefixed(ctx, i, body, end, tag)
        if (first := _labels().field.match(body)) is None:  # (the first of the fields must open the line)
            return self._unlabelled(ctx, i, body, "", [], None, tag)
        return self._fields(ctx, i, body, [first], [], False)

    def _prefixed(self, ctx: Context, i: int, body: str, end: int, tag: object) -> Verdict | None:
        """The verdict on the line *body* opening with a URL or a date (``_prefix``: up to *end*),
        whose values open the metadata."""
        prefix, rest = body[:end], body[end:]
        meta: list[tuple[str, str]] = []
        url = _URL.match(prefix) if prefix[0] in "hw" else None  # (a URL opens with h or w)
        if url:
            meta.append(("url", url.group().rstrip(".,")))
        date = _DATE.search(prefix, url.end() if url else 0) if prefix else None
        if date:
            meta.append(("date", _date_value(date)))
        if not rest:
            if date and not self._in_block(ctx, i, tag):
                if date.group(4):  # (with its time of day: a web page's, never a signature's date)
                    ctx.tags[i] = "meta-open:dateline"
                return _drop(self.name, self.DATE_LINE_REASON, meta)
            return None
        if (first := _labels().field.match(rest)) is None:  # (the first of the fields must open the rest)
            return self._unlabelled(ctx, i, body, prefix, meta, date, tag)
        return self._fields(ctx, i, rest, [first], meta, date is not None)

    @staticmethod
    def _in_block(ctx: Context, i: int, tag: object) -> bool:
        """Whether line *i* is a link title of the related-article block open above it (*tag*).

        Bare dates and journal lines inside a related-article block belong to its links; a line
        Related does not take (longer than a link title, or where the block ends: the article's
        headline) is read as anywhere else: dropped here or not, it must be dropped the same
        once the block's lines above are gone."""
        return tag in _RELATED and len(ctx.lines[i]) <= Related.title_max and Related.link_title(ctx, i, tag) is not None

    def _unlabelled(self, ctx: Context, i: int, body: str, prefix: str, meta: list[tuple[str, str]],
                    date: re.Match[str] | None, tag: object) -> Verdict | None:
        """The verdict on the line *body* whose rest past its *prefix* (URL and date: their
        values in *meta*, the date's match *date*) opens with no label: its fields after a first
        one no lexicon holds, a byline beside its date, a date and its counters, a journal issue."""
        if self._in_block(ctx, i, tag):
            return None
        if body.startswith(self._POSTED) and (m := self._posted.fullmatch(body)):
            meta = _date_meta(m.group(1))
            return _drop(self.name, "post's date and author", [*meta, ("author", m.group(2))] if m.group(2) else meta)
        rest = body[len(prefix):]
        if not prefix and rest.count(":") > self.led_min_fields and (lead := self._lead.match(rest)) \
                and _labels().field.match(rest, lead.end()) \
                and (v := self._led(ctx, i, rest[lead.end():], list(meta))) is not None:
            return v
        if date and (date.group(4) or rest[0] in "·|") and len(rest) <= self.byline_max \
                and not _BYLINE_PUNCT.search(rest) and _han(rest) >= 2 and not self._range_on.match(rest):
            # (a date without its time of day needs a dot or bar before the byline: a
            # 公文's date alone, or a table's date and its cells, is no byline; nor is a period
            # running on to another date or time: 报名时间's 2027年8月8日10:00至8月22日18:00)
            return _drop(self.name, "date-time and byline", meta)
        # (a byline's date-time has its time of day, a colon and two digits; where no name and
        # date-time open the line, none ends it either)
        at = self._dated_byline.match(body) if not prefix and ":" in body and self._clock.search(body) else None
        if at and (b := self._dated_byline.fullmatch(body)) and _han(b.group(1)) >= 2 \
                and not _BYLINE_PUNCT.search(b.group(1)) and not b.group(1).endswith(":") \
                and (not b.group(3) or "发表于" in b.group(3) or b.group(1).startswith(self._POST_MARK)
                     or self._source_byline(b.group(1))):
            # (a name before the date, not a field of a notice: 开标时间：2024年12月18日14:30)
            return _drop(self.name, self.BYLINE_REASON, _date_meta(b.group(2)))
        if at and (v := self._sourced_fields(ctx, i, body, at)) is not None:
            return v
        # (counters end the line with a digit: re's, or one of a newer Unicode, astral)
        if body[:1].isdigit() and (body[-1].isdigit() or body[-1] > "\uffff") and (c := self._dated_counts.fullmatch(body)) \
                and _han(c.group(2)) >= self.counted_byline_min_han and self._source_byline(c.group(2)):
            return _drop(self.name, "date, byline and counters", _date_meta(c.group(1)))
        if self._views.search(body) and (v := self._dated_views.fullmatch(body)) is not None:
            return _drop(self.name, "date and view count", _date_meta(v.group(1)))
        if not prefix and "期" in body and (j := self._journal.fullmatch(body)):
            src = f"{j.group(1).replace(' ', '')} {j.group(2)}年{j.group(3)}期"  # (a PDF's header letter-spaced: 教 育 研 究)
            return _drop(self.name, JOURNAL_REASON, [("source", src)])
        return None

    def _fields(self, ctx: Context, i: int, rest: str, fields: list[re.Match[str]], meta: list[tuple[str, str]],
                dated: bool) -> Verdict | None:
        """The verdict on *rest*, a line's label fields (after any date or URL before them:
        *dated* when there was a date; *fields*: the first field's match, the others are added);
        their values go to *meta*."""
        labels = _labels()
        e = fields[0].end()
        if rest.find(":", e) >= 0 or rest.find("|", e) >= 0:  # (a field ends with a colon or a bar)
            fields += labels.field.finditer(rest, e)
        n = len(fields)
        names, keys, values = [], [], []
        unfilled = -1  # (the last field a placeholder emptied: closed, no label open for the next line)
        counter_open = False  # (a view counter no lexicon holds left empty at the line's end)
        for k, f in enumerate(fields):
            # the value: up to the next field, cut at a wide gap, [, 分享 or | (a cut needs a blank,
            # a [ or a |: none in a value of letters and digits only)
            value = rest[f.end():fields[k + 1].start() if k + 1 < n else len(rest)].strip()
            if k == n - 1 and value.endswith(":") and (c := self._open_counter.search(value)):
                value, counter_open = value[: c.start()], True  # (its count on the next line, as 浏览次数：'s)
            if not value.isalnum():
                cut = self._value_cut.search(value)
                value = (value[: cut.start()] if cut else value).strip(" ]")
                if ("{" in value or "[!" in value) and _UNFILLED.fullmatch(value):
                    value, unfilled = "", k  # (a placeholder left unfilled: no value)
            if len(value) > self.value_max and not (len(value) <= self.url_value_max and _web_address(value)):
                return None
            values.append(value)
            names.append(label := f.group(1))
            keys.append(labels.key[label])
        if n == 1 and keys[0] == "author" and self._work_author(ctx, i):
            return None
        # weak labels alone (时间, 浏览, 文) are field names of documents too, unless the line
        # also has a strong one, or pairs a date with a view count (时间:2019年10月31日 浏览:33)
        strong = not labels.weak.issuperset(names) or self._dated_count(keys, values, dated) \
            or (labels.after.issuperset(names) and self._under_metadata(ctx, i))
        open_key = None
        for k, (label, key, value) in enumerate(zip(names, keys, values)):
            if key == "views" and not value and k == n - 1 != unfilled:
                open_key = key  # (its count on the next line: 点击数： then 247)
            if key in ("chrome", "views") and n > 1:
                continue  # layout, and counters that also label related-article lists
            if label in labels.weak and not strong and not _ISO_DATE.search(value):
                return None
            if key in ("chrome", "views"):
                continue
            if key == "date":
                d = _DATE.search(value)
                if d:
                    meta.append(("date", _date_value(d)))
                elif (roc := _ROC_DATE.fullmatch(value)) is not None:  # (a Taiwan page's 115-09-10)
                    meta.append(("date", _roc_date_value(roc)))
                elif value:
                    return None
                continue
            if value:
                if _web_address(value):
                    meta.append(("url", value))
                elif key != "url":  # (原文链接：点击查看 names no address: the label's chrome, no field)
                    meta.append((key, value))
            elif k == n - 1 != unfilled and key in self._open_keys:
                open_key = key
        if counter_open:
            open_key = "views"
        if open_key is not None:
            ctx.tags[i] = f"meta-open:{open_key}"
        if n == 1 and names[0] in _MASTHEAD_ROLES:
            ctx.masthead_rows.append(i)  # (a row a masthead may hold: :func:`_mastheads` reads it)
            ctx.positional = True
        return _drop(self.name, _FIELDS_REASON + (names[0] if n == 1 else "/".join(dict.fromkeys(names))), meta)

    #: Non-blank lines either way of a work's title and author row searched for another work's
    #: (:meth:`_work_author`): a list's entries stand a heading apart (一等奖 then 二等奖), or a record's
    #: few field rows and its summary (出版社, 索书号, 简介 under a library's new book).
    work_reach = 8

    @classmethod
    def _work_author(cls, ctx: Context, i: int) -> bool:
        """Whether the author field alone on line *i* (作者：某某 所在单位：某学院) stands right under a
        work's title alone on its line (《某某》, :data:`_WORK_TITLE`) in a list of works: another
        title within :attr:`work_reach` lines over its own author row (an award list, a reading list),
        and no source's or date's field under it (来源：某报, a byline's). Then it is the work's author, not
        the page's byline under its title in 《》 (a verdict of where the line stands: its copies
        elsewhere are read again).

        >>> [v.keep for v in classify_lines("《凌晨的实验楼》\\n作者：某某 所在单位：化学院\\n《秋天的操场》\\n作者：某某", page=False)]
        [True, True, True, True]
        >>> [v.keep for v in classify_lines("《凌晨的实验楼》\\n作者：某某\\n凌晨两点，实验楼里依然灯火通明。", page=False)]
        [True, False, True]
        >>> [v.keep for v in classify_lines("《平凡的世界》\\n作者：某甲\\n《白鹿原》\\n作者：某乙\\n来源：市图书馆", page=False)][:4]
        [True, False, True, False]
        """
        ctx.positional = True
        lines, j = ctx.lines, ctx._prev[i]
        if j < 0 or _WORK_TITLE.fullmatch(lines[j]) is None:
            return False
        if cls._bylined(lines, i):
            return False  # (a byline's rows: 作者：某某 over 来源：某报)
        return cls._work_near(lines, j, -1) or cls._work_near(lines, i, 1)

    @classmethod
    def _bylined(cls, lines: list[str], i: int) -> bool:
        """Whether the author row *i* has a source's or a date's field right under it (a byline's rows)."""
        k = _nonblank(lines, i, 1)
        return k is not None and cls._field_key(lines[k]) in ("source", "date")

    @classmethod
    def _work_near(cls, lines: list[str], r: int, step: int) -> bool:
        """Whether a work's title over its own author row stands within :attr:`work_reach` non-blank
        lines from line *r* (not counted) in direction *step* (:meth:`_work_author`), its author row no
        byline's (:meth:`_bylined`): a row the rule drops is no entry of a list, or the list's last author
        over the list's source would keep its others on a first reading only."""
        for _ in range(cls.work_reach):
            if (r := _nonblank(lines, r, step)) is None:
                return False
            if _WORK_TITLE.fullmatch(lines[r]) and (n := _nonblank(lines, r, 1)) is not None \
                    and cls._field_key(lines[n]) == "author" and not cls._bylined(lines, n):
                return True
        return False

    @staticmethod
    def _field_key(s: str) -> str | None:
        """The metadata key of the label field opening *s* (作者： author, 来源： source), or None."""
        m = _labels().start.match(s)
        return _labels().key.get(m.group(1)) if m else None

    def _under_metadata(self, ctx: Context, i: int) -> bool:
        """Whether the nearest non-blank line above line *i* was dropped as metadata or as a post's
        tags (标签：教育 语文 over 分类：教学随笔: a blog post's header rows; a verdict of where the line
        stands: its copies elsewhere are read again).

        >>> ctx = Context.of("发布时间：2026-10-23 作者：某某\\n分类：校园新闻")
        >>> ctx.verdicts[0] = Metadata().check(ctx, 0)
        >>> Metadata()._under_metadata(ctx, 1)
        True
        >>> [v.rule for v in classify_lines("标签： 教育 语文 习作\\n分类： 教学随笔", page=False)]
        ['keywords', 'metadata']
        """
        ctx.positional = True
        j = ctx._prev[i]
        return j >= 0 and ctx.verdicts[j].rule in (self.name, "keywords")

    def _sourced_fields(self, ctx: Context, i: int, body: str, b: re.Match[str]) -> Verdict | None:
        """The verdict on a line opening with a source's name and a date-time (*b*: their match,
        ``_dated_byline``'s), label fields after them (某某网 2026-11-25 20:46 作者：某某): the
        fields read as on any metadata line, the date with them. The name one word that names a
        source (``_source_byline``: 某某网, 某某日报), not a notice's field (开标时间：…)."""
        if b.group(3) is not None or b.end() == len(body):
            return None
        name = b.group(1).strip()
        if " " in name or _han(name) < 2 or name.endswith(":") or _BYLINE_PUNCT.search(name) \
                or not self._source_byline(name):
            return None
        rest = body[b.end():].lstrip()
        if (first := _labels().field.match(rest)) is None:
            return None
        return self._fields(ctx, i, rest, [first], list(_date_meta(b.group(2))), True)

    def _led(self, ctx: Context, i: int, rest: str, meta: list[tuple[str, str]]) -> Verdict | None:
        """The verdict on the known fields *rest* after a first field no lexicon holds (索引号：…
        发布机构：… 发布日期：…, a portal's record on one line): the page's metadata when
        ``led_min_fields`` or more of them follow and a date is among their values."""
        fields = list(_labels().field.finditer(rest))
        if len(fields) < self.led_min_fields:
            return None
        tag = ctx.tags[i]
        v = self._fields(ctx, i, rest, fields[:1], meta, False)
        if v is None or not any(key == "date" for key, _ in v.meta):
            ctx.tags[i] = tag
            return None
        return v

    def _dated_count(self, keys: list[str], values: list[str], dated: bool) -> bool:
        """A date (*dated*: before the fields, or a date field's value) and a view count, or
        a views label ending the line with its count on the next (时间：… 浏览： then 33); *keys*:
        the fields' keys, *values* their values."""
        if not (dated or any(key == "date" and _DATE.search(v) for key, v in zip(keys, values))):
            return False
        if keys[-1] == "views" and not values[-1]:
            return True
        return any(key == "views" and self._count.fullmatch(v) for key, v in zip(keys, values))


#: The platforms and ways a share bar names (微信, 微博, QQ空间, Facebook, WhatsApp, 电邮 …).
_SHARE_TO = (
    r"(?:微信|微博|朋友圈|qq空间|qq|豆瓣|facebook|twitter|whatsapp|line|telegram|linkedin|weibo|wechat|电邮|邮件"
    r"|email|e-mail)"
)


def _letter_switch(sizes: str) -> str:
    """The font-size switch of letters drawn in three sizes (字号：T T T, 字体：A+ A A-; apart by bars or slashes,
    字号：T | T), *sizes* (a quantifier's bounds) letters after the first, in brackets or not: after 字体 and 字号 (大小)
    their colon, as the share bar's gate reads them (:class:`_Gate`: 字体 A A A 打印 is no bar), after Hong Kong's
    字型 (大小) a colon or not. (One run of blanks where no colon parts them: ``\\s*:?\\s*`` backtracks in a square.)"""
    return (r"\[?\s*字(?:[体号](?:大小)?\s*:\s*|型(?:大小)?\s*(?::\s*)?)[ta][+\-]?"
            rf"(?:(?:\s*[|/]\s*|\s+)[ta][+\-]?){{{sizes}}}\s*\]?")


class ShareBar(Rule):
    """Share bars and font/print controls: 分享到, 【字体：大 中 小】 (【大 中 小】 bare, 字号：T T T in
    letters, 字号：T | T apart by bars; Taiwan's 字级设定：小 中 大, Hong Kong's 字型大小：A A A; 字号：默认 大 超大, the default size
    first), 视力保护色, 打印本页."""

    name = "share_bar"
    uses_context = False
    description = "share bar / font size / print controls"
    drops_sentences = False
    _re = _rx(
        r"(?:^|\s)分享(?:到|至)?\s*(?::|$)|分享(?:到|至)\s*(?:微博|微信|qq|朋友圈|好友|空间|豆瓣|人人|腾讯|"
        r"新浪|搜狐|网易|facebook|twitter|x$)|^一键分享|视力保护色|护眼模式|\[\s*字[体号]\s*:|字[体号级](?:\s*(?:设定|设置))?\s*:\s*\[?\s*(?:大|小\s+中\s+大|(?:默认|标准)\s+大)|"
        r"打印本页|打印此页|关闭窗口|关闭本页|\[\s*打印\s*\]|\[\s*关闭\s*\]|\[\s*收藏\s*\]"
        # the font-size switch bare in its brackets ([大 中 小], after a date and publisher)
        r"|\[\s?大 中 小\s?\]"
        # the switch of letters (字号：T T T, 字体：A+ A A-, 字号：T | T) alone on its line
        rf"|^{_letter_switch('1,3')}$"
        r"|(?:^|\s)share\s+(?:to|on)\s*:"
        # (分享 bare before the platforms' names only, alone on its line: 分享 微信 微博, 分享 Facebook WhatsApp 电邮)
        rf"|^分享(?:\s+{_SHARE_TO})+$",
        regex.IGNORECASE,
    )
    #: The switch of letters (as in :attr:`_re`) opening its line, other buttons after it (字体：A+ A A- 收藏,
    #: 字号：T T T 打印 关闭): the bar goes on with interface words only (:func:`_chrome_words`). Its three sizes
    #: at least: two letters and a word after them (字号：T | T 打印) stay, as a field's value may.
    _letters = _rx(_letter_switch("2,3") + r"\s", regex.IGNORECASE)
    max_len = 100

    def check(self, ctx: Context, i: int) -> Verdict | None:
        s = ctx.lines[i]
        if len(s) > self.max_len or ("。" in s or ";" in s):
            return None
        m = self._re.search(s)
        if m is None:
            return self._letters_then_buttons(s)
        return _drop(self.name, f"share/print control {m.group().strip()!r}")

    def _letters_then_buttons(self, s: str) -> Verdict | None:
        """The switch of letters with interface words after it on its line (字体：A+ A A- 收藏), or None."""
        m = self._letters.match(s)
        if m is None:
            return None
        rest = [w for w in ChromeWords._split.split(s[m.end():].lower()) if w]
        if not rest or not _chrome_words().issuperset(w.strip("[]") for w in rest):
            return None
        return _drop(self.name, f"share/print control {m.group().strip()!r}")


class Keywords(Rule):
    """Keyword lines (关键词：..., 标签：...) and the "watch these words" box
    (请留意以下词汇：) with the word list after it."""

    name = "keywords"
    description = "keyword/tag line"
    drops_sentences = False
    #: The label, with a word naming whose tags they are (本文标签, 相关标签, 文章关键词, 热门标签):
    #: 食品标签: or 价格标签: name a thing and are a field of a document.
    _label = _rx(r"(?:本文|文章|相关|热门|本页)?(?:关键词|关键字|标签|tags?|keywords?)\s*:", regex.IGNORECASE)
    #: The label and its words with spaces only (关键词 个税 社保 发票): two words or more, none
    #: with a mark in it, none longer than ``word_max`` * 2.
    _spaced = _sx(r"(?:关键词|关键字|标签)\s+([^\s,;.!?:>|、。]{1,20}(?:\s+[^\s,;.!?:>|、。]{1,20})+)")
    #: A tag box's header alone, no colon: the label with the word naming whose tags (热门标签, 本文标签); a
    #: bare 关键词 or 标签 heads a paper's or a document's own section.
    _header = _sx(r"[\[【]?(?:本文|文章|相关|热门|本页)(?:关键词|关键字|标签)[\]】]?")
    #: A line that announces a list of words to watch: (… 留意 …) 以下词汇/关键词/关键字, at its end.
    _box = _sx(r"(?:^|(?:留意|注意|关注|出现的)[^,;。]{0,12}?)以下(?:词汇|关键词|关键字)\s*:?$")
    _split = _sx(r"[,、\s]+")
    max_len = 150
    #: Longest word of the word list under a keyword box.
    word_max = 10

    def context_live(self, tag: object, after_control: bool) -> bool:
        return tag == "keywords-open"

    def check(self, ctx: Context, i: int) -> Verdict | None:
        s = ctx.lines[i]
        if len(s) > self.max_len or ("。" in s or ";" in s):
            return None
        if ctx.prev_tag(i) == "keywords-open":
            words = [w for w in self._split.split(s) if w]
            if len(words) >= 2 and all(len(w) <= self.word_max for w in words):
                return _drop(self.name, f"word list of {len(words)} words")
        if self._box.search(s):
            ctx.tags[i] = "keywords-open"
            return _drop(self.name, "keyword box header")
        if (w := self._spaced.fullmatch(s)) is not None:
            return _drop(self.name, "keyword line", [("keywords", w.group(1))])
        if self._header.fullmatch(s):
            return _drop(self.name, "tag box header")
        m = self._label.match(s)
        if m:
            value = s[m.end():].strip()
            meta = [("keywords", value)] if value else []
            if not value:
                ctx.tags[i] = "keywords-open"
            return _drop(self.name, "keyword line", meta)
        return None


class Footer(Rule):
    """Site footers: licence (ICP备) and public-security (公网安备) numbers, 版权所有,
    免责声明, reprint notices, contact mail (``spam_footer.txt``)."""

    name = "footer"
    uses_context = False
    description = "site footer (copyright, licence numbers, disclaimers)"
    _strong = _rx(
        r"ICP\s*[备证]\s*[\d\-]|ICP\s*[备证]\s*\S{0,4}\d|公网安备|网安备\s*\d|"
        r"^\[?(?:(?:本站|本网|网站)?(?:免责|版权|特别|郑重|平台|法律|隐私|个人(?:资料|信息)(?:收集|保护|处理)?)|本站|本网|网站)"
        r"声明(?:\]|\s*:)|如需转载|转载请注明|请勿转载|©|\(c\)\s*\d{4}"
        # (a privacy statement's label opening the line: 个人资料收集声明：, 隐私声明：, the site's note on
        # the data a form takes)
        # a 声明: (bare, or a site note's: 广告声明, 作者声明, 内容声明, 投资声明, 风险声明; not 联合声明,
        # 中方声明) that disclaims (for reference only, no advice, the author's views only, a
        # reprint's: not endorsed, the copyright the author's, removed on complaint), not in the
        # first person (作者声明：本人承诺…如有侵权…: an entrant's pledge a contest's notice prints);
        # a 风险提示: that disclaims advice, or risk of what the text says (本文…风险自负: a financial
        # page's note; 风险提示：凡是…风险自担却… is an anti-fraud notice's own point)
        r"|^\[?(?:广告|作者|内容|投资|风险)?声明\s*[:\]](?!\s*(?:本人|我们?|本单位))(?=[^:]{0,80}?(?:仅供参考"
        r"|不构成[^,。]{0,8}?建议|风险自担|仅代表作者|不代表本(?:站|网|平台)|不意味着赞同|版权归原作者|如有侵权))"
        r"|^\[?风险提示\s*[:\]](?=[^:]{0,80}?(?:不构成[^,。]{0,8}?建议"
        r"|(?:本文|以上|上述|文中|本栏目|本站|本网|观点|据此)[^:]{0,40}?(?:风险自[担负]|投资需谨慎)))"
        # a note in brackets that gives no investment advice, naming the text it is about ((本栏目内容…
        # 不构成投资建议); (以下案例均为化名,不构成投资建议…) is a document's note on what follows), and
        # the markets' warning opening a line, alone or before a sentence that disclaims (股市有风险,
        # 投资需谨慎。本站不提供…; in a sentence it is a quote: 警方提醒,投资有风险…; 投资有风险,入市需谨慎。
        # 这句话… opens a paragraph)
        r"|^\((?=[^()]{0,40}?(?:本文|本栏目|本报告|本站|本网|本平台|以上|上述|文中|文章)[^()]{0,60}?"
        r"不构成[^,。()]{0,8}?投资建议)"
        r"|^(?:股市|投资|市场|理财|基金|期市|入市)有风险\s*,\s*(?:投资|入市|选择|理财|购买|操作)[需须]谨慎"
        r"(?=\s*[。.!]?\s*$|\s*[。.!]\s*[^。]{0,40}?(?:本站|本网|本文|本平台|本栏目|不构成|不提供|仅供参考))",
        regex.IGNORECASE,
    )
    #: A line that only says the text is its author's view (（本文仅代表作者个人观点）, 文章观点只代表作者
    #:本人,不代表本站立场。): a column's disclaimer under it, in brackets or bare, nothing else.
    _views_only = _sx(
        r"[\[(]?(?:本文|文章|此文|该文|以上内容)?(?:观点)?[仅只]代表作者(?:本人|个人)?的?(?:观点|看法|立场)?"
        r"(?:\s?,\s?(?:并)?不代表本(?:站|网|报|刊|平台|号)的?(?:观点|立场)?)?[。.]?[\])]?"
    )
    #: Longest line a licence number or a public-security record drops; longest line other
    #: markers drop (a sentence may quote 版权声明); longest author's-view disclaimer.
    max_len, short_max, views_max = 400, 120, 40
    #: Han characters a numbered item must hold past its number, the footer's words and fields left out,
    #: to be a notice's clause (2. 网站须设置联系我们、网站地图栏目, 并保持链接有效), not a footer's links
    #: numbered ((三)联系我们, 网站地图).
    clause_min_han = 4
    #: A notice's own sentence on the use of what it lists, opening with the notice (本公示所列个人信息
    #: 仅用于本次公示，请勿转载…; 以上名单…): a 公示 of people's names asks that they not be spread. A
    #: site's reprint note names the site or its text (本网原创，请勿转载), never a 公示 or a 名单.
    _own_use = _rx(r"(?:本|以上|上述)(?:公示|公告|名单|通知)(?:所列|中的|涉及|内容|信息|名单)?")
    #: A privacy policy's label opening the line (隐私政策：, 私隐政策：, 隐私权政策：, 隐私保护政策：): the
    #: site's statement on the data it takes, as 隐私声明： is (``_strong``); its first two characters.
    _privacy = _sx(r"(?:隐私|私隐)权?(?:保护)?政策\s?:")
    _PRIVACY_FIRST = ("隐私", "私隐")
    #: A visitor counter alone on its line (您是本站第 0236915 位访客, 您是第 3,408,112 位访问者; a
    #: greeting before it): the site's footer counts its visits; a report's 第100万位游客 is a visitor of
    #: a place, and a headline's 迎来第1万位访客 no counter (it names who comes).
    _visitors = _sx(
        r"(?:欢迎(?:光临|访问)[^\s,!:]{0,12}[,!]?\s?)?(?:您|你)是?(?:本站|本网站|本网|本系统)?的?"
        r"第\s?\d{1,3}(?:,?\d{3}){0,4}\s?位(?:访客|访问者|来访者|浏览者)[!.。]?"
    )
    #: Longest visitor counter line.
    visitors_max = 60
    #: The reprint markers such a sentence may hold.
    _REPRINT_MARKERS = ("请勿转载", "如需转载", "转载请注明")

    def check(self, ctx: Context, i: int) -> Verdict | None:
        s = ctx.lines[i]
        if len(s) > self.max_len:
            return None
        if len(s) <= self.visitors_max and "位" in s and self._visitors.fullmatch(s):
            return _drop(self.name, "footer marker: visitor counter")
        if s[:2] in self._PRIVACY_FIRST and self._privacy.match(s):
            return _drop(self.name, f"footer marker {s[:s.index(':')]!r}")
        if len(s) <= self.views_max and "代表作者" in s and self._views_only.fullmatch(s):
            return _drop(self.name, "disclaimer: the author's views only")
        # every alternative of _strong holds one of these (ICP, 安备, 声明, 转载, ©, (c), 风险, 建议)
        m = (
            self._strong.search(s)
            if "备" in s or "声明" in s or "转载" in s or "©" in s
            or "p" in s or "P" in s or "c" in s or "C" in s or "风险" in s or "建议" in s
            else None
        )
        if m and m.group() in self._REPRINT_MARKERS and "。" in s and self._own_use.match(s):
            return None  # (a notice's own sentence on its names' use)
        if m and (len(s) <= self.short_max or m.start() == 0 or "ICP" in m.group().upper() or "安备" in m.group()):
            return _drop(self.name, f"footer marker {m.group().strip()!r}")
        if len(s) > self.short_max or "。" in s or not _footer_any().search(s):
            return None  # the rest needs a word of the footer lexicon
        strong, link, weak = _footer_lex()
        m = strong.search(s)
        if m is not None:
            return _drop(self.name, f"footer marker {m.group()!r}")
        if "," in s and ":" not in s and (item := SiteNotice._item.match(s)) \
                and _rest_han(s[item.end():], _footer_any()) >= self.clause_min_han:
            return None  # (a numbered item going on past a comma is a notice's clause: 2. 申请网站须已取得ICP备案，
            # 并在页面底部标明主办单位和备案号; a footer numbers none of its rows, and its fields and links
            # numbered are no clause: 1. 主办单位：某局, 承办单位：…, (三)联系我们, 网站地图)
        links = link.findall(s)
        found = weak.findall(s) + links
        if len(found) >= 2 or (links and _rest_han(s, link) <= 1):
            return _drop(self.name, f"footer markers {', '.join(found[:3])}")
        return None


@lazy
def _footer_lex() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    tiers: dict[str, list[str]] = {"": [], "link": [], "weak": []}
    for entry in read_lexicon("spam_footer.txt"):
        word, _, tier = entry.partition("\t")
        tiers[tier.strip()].append(word.strip())
    strong, link, weak = (_words_re(tiers[k]) for k in ("", "link", "weak"))
    return strong, link, weak


@lazy
def _footer_any() -> re.Pattern[str]:
    """Any word of the footer lexicon, whatever its tier (one search instead of three)."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in _footer_lex()), re.IGNORECASE)


#: A quantity as a range with its unit (1-3年, 100-499人, 4000-6000元; the numbers short: a year's
#: span, 2021-2025年, names a plan in a menu's link too).
_RANGE_QUANTITY = _sx(
    r"(?<!\d)(?:\d{1,2}\s?[-~～至]\s?\d{1,2}\s?(?:年|个月)|\d{1,5}\s?[-~～至]\s?\d{1,5}\s?(?:人|天|岁|万|元|小时))"
)
#: A count with its unit (招聘3人, 5年以上): two in a row of links make it a row of facts.
_COUNT_QUANTITY = _sx(r"(?<!\d)\d{1,4}\s?(?:人|年以上|个月|天|岁|元)")
#: A cell that is a telephone number alone, its area code and dash before it (0731-8452016), a
#: mobile's eleven digits or a 400 number: with another cell holding a digit (a count, a house number)
#: the row is a directory's entry (名称 | 性质 | 床位 | 地址 | 电话), not links (a link names no phone).
_PHONE_CELL = _sx(r"\d{3,4}-\d{7,8}|1[3-9]\d{9}|400-?\d{3}-?\d{4}")


class LinkList(Rule):
    """A row of short links separated by | (关于我们 | 客服中心 | 广告服务 ...), not a table's row of
    values between bars (甲县 | 18.4 | +7.2%), nor a row of facts naming quantities with their units
    (某区 | 1-3年经验 | 高中及以上 | 招聘3人, a job posting's requirements: one range or two counts),
    nor a formula's absolute values (y=|x|: a link holds no equals sign).

    >>> [v.rule for v in classify_lines("某区 | 1-3年经验 | 高中及以上 | 招聘3人\\n首页 | 新闻中心 | 2026 | 办事服务", page=False)]
    [None, 'link_list']
    """

    name = "link_list"
    uses_context = False
    description = "row of |-separated short links"
    drops_sentences = False
    #: Longest link of a row; a row of only three links holds none longer than ``short_link``.
    link_max, short_link = 30, 10

    def check(self, ctx: Context, i: int) -> Verdict | None:
        s = ctx.lines[i]
        if not _two_of(s, "|") or ("。" in s or ";" in s or "=" in s):
            return None
        if s.startswith("|") and s.endswith("|") and len(s) > 2:
            return None  # a Markdown table row
        segs = [x.strip() for x in s.split("|")]
        segs = [x for x in segs if x]
        if len(segs) < 3 or any(len(x) > self.link_max for x in segs):
            return None
        if len(segs) == 3 and any(len(x) > self.short_link for x in segs):
            return None
        if self.values_row(segs):
            return None  # a table's row, its cells between bars (甲县 | 18.4 | +7.2%): links are words
        if any(map(_RANGE_QUANTITY.search, segs)) or sum(bool(_COUNT_QUANTITY.search(x)) for x in segs) >= 2:
            return None  # a row of facts (某区 | 1-3年经验 | 本科 | 招聘3人): a link names no quantity
        if self.directory_row(segs):
            return None
        return _drop(self.name, f"{len(segs)} |-separated links")

    @staticmethod
    def directory_row(segs: list[str]) -> bool:
        """Are the cells *segs* (stripped) a directory's entry: one a telephone number alone
        (:data:`_PHONE_CELL`) and another a bare count or an address with its number
        (:meth:`directory_value`: 某院 | 民办 | 120 | 某路12号 | 0731-8451877), no cell a link of the
        site's bar (:meth:`bar_link`)? A bar of links with a hotline has no such cell (首页 | 登录 |
        400-800-1234), or a year or a hotline's name among its links (2024年工作动态, 12345热线), or its
        home (首页 | 2026 | 联系我们 | 0731-8452016).

        >>> LinkList.directory_row(["某院", "民办", "120", "0731-8451877"]), LinkList.directory_row(["首页", "0731-8451877"])
        (True, False)
        >>> LinkList.directory_row(["首页", "12345热线", "局长信箱", "0731-12345678"])
        False
        """
        phones = [x for x in segs if x[:1].isdigit() and _PHONE_CELL.fullmatch(x)]
        return bool(phones) and any(LinkList.directory_value(x) for x in segs if x not in phones) \
            and not any(map(LinkList.bar_link, segs))

    @staticmethod
    def directory_value(cell: str) -> bool:
        """Is the cell a directory entry's value beside its phone: a bare count (120, 1,684) or an
        address with its number (某区东风路12号, 向阳街8号)? A link's year or number (2024年工作动态,
        12345热线) is neither.

        >>> [LinkList.directory_value(x) for x in ("120", "某区东风路12号", "2024年工作动态", "12345热线")]
        [True, True, False, False]
        """
        if cell.replace(",", "").isdecimal():
            return True
        return ("号" in cell or "路" in cell or "街" in cell) and _DIGIT.search(cell) is not None

    @staticmethod
    def bar_link(cell: str) -> bool:
        """Is the cell a link of the site's bar: its home (:meth:`Navigation.home`: 首页) or an interface
        word (联系我们, 网站地图, 返回首页: :func:`~govtext._util.interface_words`)?

        >>> LinkList.bar_link("首页"), LinkList.bar_link("网站地图"), LinkList.bar_link("某区东风路12号")
        (True, True, False)
        """
        return Navigation.home(cell) or cell.lower() in _chrome_words()

    @staticmethod
    def values_row(segs: list[str]) -> bool:
        """Are the cells *segs* (stripped) a table's row of values: two value cells
        (:data:`~govtext.boilerplate._VALUE_CELL`), or one that is not a bare whole number (18.4,
        +7.2%, 1,208; a year among links is no table)?

        >>> LinkList.values_row(["甲县", "18.4", "+7.2%"]), LinkList.values_row(["首页", "2026", "联系我们"])
        (True, False)
        """
        values = [x for x in segs if x[:1] in _NUMBER_FIRST and _VALUE_CELL.fullmatch(x)]
        return len(values) >= 2 or any(not x.isdigit() for x in values)


#: A table's cell listing things (门窗、屋面、围墙; 燃气、食材储存): two words joined by 、, the first
#: no numeral (一、 and 十一、 open a heading): a menu's link is a name (:func:`_listing_rows`).
_LISTING_CELL = _sx(r"(?:(?![一二三四五六七八九十百零〇])[\u4e00-\u9fff]){2}、[\u4e00-\u9fff]")


_chrome_words = interface_words


#: Interface words only after another (Contact us, About us): alone, US is a country; 邮件 (a
#: toolbar's mail-to button: 打印 邮件, 评论 邮件 纠错) alone is a contact table's cell; a player's
#: switch (字幕 开 关) alone is a word of text.
_CHROME_PAIRED = {"us": ("contact", "about"), "邮件": ("打印", "评论", "分享", "收藏", "纠错", "字号", "转发"),
                  "开": ("字幕",), "关": ("开", "字幕")}
#: A player's quality and subtitle menus (清晰度 标清 高清, 字幕 开 关): interface words only on a line with
#: ``PLAYER_MENU_BESIDE`` more interface words (any of the lexicon's: 标清 高清), or 字幕 over its switch
#: (:func:`_player_menu`); alone or
#: beside one grade (清晰度 / 超清, 字幕 in a spec table) they are a table's cells.
_PLAYER_MENUS = frozenset({"清晰度", "字幕"})
#: Interface words a line holds besides a word of :data:`_PLAYER_MENUS` for it to be the player's menu.
PLAYER_MENU_BESIDE = 2


def _player_menu(words: list[str], k: int, vocab: frozenset[str]) -> bool:
    """Is *words*' word *k* (one of :data:`_PLAYER_MENUS`) a player's menu: 字幕 followed by its switch (开,
    关), or beside ``PLAYER_MENU_BESIDE`` interface words of *vocab* on the line (清晰度 标清 高清)?

    >>> _player_menu(["字幕", "开"], 0, frozenset()), _player_menu(["清晰度", "超清"], 0, frozenset({"超清"}))
    (True, False)
    """
    if words[k] == "字幕" and k + 1 < len(words) and words[k + 1] in ("开", "关"):
        return True
    return sum(w in vocab for w in words) >= PLAYER_MENU_BESIDE


#: Chinese interface words that are plain words too (编辑, a credits label, a table's cell): alone
#: on a line they are a button only beside the page's interface words (播报 / 编辑 under a heading).
_PLAIN_BUTTONS = frozenset({"编辑"})
#: A login box's words that name a guide's step too (忘记密码 over how to reset it), and a search
#: form's button that names a notice's section too (查询: whom to ask): interface words beside
#: another one (记住我 忘记密码?, 自动登录 | 忘记密码, 查询 重置), alone on a line a heading's.
_CHROME_NOT_ALONE = frozenset({"忘记密码", "忘记密码?", "记住密码", "自动登录", "查询"})
#: A search page's sort and time-range bars (按相关度 按时间, 时间不限 一周内 一月内 一年内) and a login
#: form's field names (用户名/手机号, 账号 密码): interface words only on a line of two or more of them with
#: an interface word proper (登录, 搜索, 忘记密码) on it or on a line of such words beside it
#: (:func:`_interface_beside`); else 一年内 is a table's cell, 账号 密码 a guide's fields and 按相关度 按时间
#: an article's words (no word of :func:`~govtext._util.interface_words`, which the document reader reads too).
_CHROME_BESIDE = frozenset({"按相关度", "按相关性", "按时间", "时间不限", "一天内", "一周内", "一月内", "一个月内", "一年内",
                            "用户名", "手机号", "账号", "密码"})
#: Non-blank lines above a line of such words its interface word proper is looked for on (a search box,
#: its query and button, the tabs over the bars); the one under it too.
CHROME_BESIDE_REACH = 4


def _near_lines(ctx: Context, i: int, reach: int) -> list[str]:
    """The *reach* non-blank lines above line *i* (nearest first) and the first non-blank one of the two
    under it: the lines a search count or a bar of interface words is read beside."""
    lines, j, near = ctx.lines, i, []
    for _ in range(reach):
        j = ctx.prev(j)
        if j < 0:
            break
        near.append(lines[j])
    k = next((k for k in range(i + 1, min(len(lines), i + 3)) if lines[k]), None)
    if k is not None:
        near.append(lines[k])
    return near


def _interface_beside(ctx: Context, i: int) -> bool:
    """Whether a line of interface words with an interface word proper (搜索, 登录 注册, 忘记密码, not bar words
    alone) stands among the ``CHROME_BESIDE_REACH`` non-blank lines above line *i* or the one under it."""
    vocab = _chrome_words()
    for x in _near_lines(ctx, i, CHROME_BESIDE_REACH):
        if len(x) > ChromeWords.max_len or _chrome_line().fullmatch(low := x.lower()) is None:
            continue
        words = [w.strip("[(<:])>") for w in ChromeWords._split.split(low)]
        words = [w for w in words if w]
        if words and all(w in vocab or w in _CHROME_NOT_ALONE for w in words if w not in _CHROME_BESIDE) \
                and not _CHROME_BESIDE.issuperset(words):
            return True
    return False
#: English interface words that are plain words too: alone on a line they are a button only
#: beside the page's menu (:func:`_lone_chrome_words`).
_ENGLISH_PLAIN = frozenset({"home", "search", "print", "close", "share", "contact", "login"})


@lazy
def _chrome_chars() -> frozenset[str]:
    """Every character a lowered line of interface words may hold: the words' characters, the
    separators and brackets :class:`ChromeWords` splits on or trims (whitespace apart)."""
    return frozenset("".join(_chrome_words()) + "".join(_CHROME_PAIRED) + "".join(_CHROME_BESIDE) + "".join(_PLAYER_MENUS) + "|/·•," + "[(<:])>")


@lazy
def _chrome_line() -> Any:
    """Could a lowered line be interface words only (its ``fullmatch``: all its characters are
    chrome characters or whitespace)?

    >>> _chrome_line().fullmatch("返回 | 打印") is not None, _chrome_line().fullmatch("某县新闻") is not None
    (True, False)
    """
    return re.compile(_re_spaces("[" + "".join(re.escape(c) for c in sorted(_chrome_chars())) + r"\s]*"))


#: A service guide's buttons that head a guide's section too (在线办理 over how to apply online):
#: dropped as buttons only beside another line a rule dropped (:func:`_lone_buttons`).
_GUIDE_BUTTONS = frozenset({"在线办理", "网上办理", "预约办理", "在线预约"})
#: Interface words of a button under each item of a document (an exercise's 查看答案, 纠错 收藏
#: 组卷 under each question; an accordion's 展开 or 收起 between a FAQ's question and its answer):
#: they stand between its items, and the page reading sees them as blank lines
#: (:func:`_seen_lines`), not as page chrome ending the text.
_EXERCISE_BUTTONS = frozenset({"查看答案", "查看解析", "查看答案解析", "查看答案和解析", "组卷", "试题篮", "加入试题篮"})
#: A photo gallery's buttons around each picture's caption (上一张 over it, 下一张 under it): an item's
#: buttons as :data:`_EXERCISE_BUTTONS` are, blank lines to the page reading between the captions.
_GALLERY_BUTTONS = frozenset({"上一张", "下一张"})
#: An online tool's buttons between its form and its results (a loan calculator's 开始计算 重新填写):
#: blank lines to the page reading as :data:`_EXERCISE_BUTTONS` are, the tool's title above them and
#: its notes under them one text.
_FORM_BUTTONS = frozenset({"开始计算", "立即计算", "重新填写"})
_ITEM_BUTTONS = _EXERCISE_BUTTONS | _GALLERY_BUTTONS | _FORM_BUTTONS
#: An accordion's toggles, each alone on its line between a question and its answer (a FAQ's 展开
#: and 收起, 全部展开 over them): a button only where the page shows an accordion, the toggles
#: standing ``ACCORDION_MIN_TOGGLES`` times or more (:func:`_accordion_toggles`); once, 收起 under
#: a feed's headline is no sign of one.
_ACCORDION = frozenset({"展开", "收起", "全部展开", "全部收起", "展开全部", "收起全部"})
ACCORDION_MIN_TOGGLES = 3
#: A toggle alone on its line, searched in the page's text first (展开 is a word of text too: 全面展开),
#: after a newline (the text's own first, in ``"\n" + text``): a newline is a literal the
#: search skips to (a line's start is tried at every character).
_TOGGLE_LINE = re.compile(r"\n(?:全部)?(?:展开|收起)(?:全部)?$", re.MULTILINE)
#: :data:`_TOGGLE_LINE` without its newline: a toggle line matched at its start.
_TOGGLE_BODY = re.compile(_TOGGLE_LINE.pattern[2:], re.MULTILINE)
ITEM_BUTTONS_REASON = "an item's buttons"


class ChromeWords(Rule):
    """A line made only of interface words (返回 下载 相关 举报; 打印; 更多; 简体|繁体)."""

    name = "chrome"
    uses_context = False
    description = "interface words only (buttons, toolbars)"
    drops_sentences = False
    _split = _sx(r"[\s|/·•,]+")
    #: Brackets and colons trimmed off each word, at its start and at its end.
    _open, _close = "[(<:", "])>:"
    #: Longest line, and most words, of a toolbar (the gate's chrome bit reads ``max_len`` too).
    max_len, max_words = 60, 15

    def check(self, ctx: Context, i: int) -> Verdict | None:
        s = ctx.lines[i]
        if len(s) > self.max_len or _chrome_line().fullmatch(low := s.lower()) is None:
            return None
        # (the lowered line's words: all its characters are chrome characters, none of them a
        # sigma, the one letter whose lower case depends on its neighbours, so lowering the
        # line lowers each word as it stands; no character lowers to a separator or a bracket)
        op, cl = self._open, self._close
        words = [w for x in self._split.split(low) if (w := x.lstrip(op).rstrip(cl))]  # (trimmed, blank ones left out)
        if not words or len(words) > self.max_words:
            return None
        if len(words) == 1 and (words[0] in _ENGLISH_PLAIN or words[0] in _CHROME_NOT_ALONE):
            return None  # (Search, Contact, 忘记密码 alone: a heading, a word of text; Home | Search is a bar)
        vocab = _chrome_words()
        if vocab.issuperset(words) or (
                all(w in vocab or (w in _CHROME_PAIRED and k and words[k - 1] in _CHROME_PAIRED[w])
                    or (w in _CHROME_BESIDE and len(words) > 1) or (w in _PLAYER_MENUS and _player_menu(words, k, vocab))
                    for k, w in enumerate(words))
                and (not _CHROME_BESIDE.issuperset(words) or _interface_beside(ctx, i))):
            if len(words) == 1 and words[0] in _AD_WORDS:
                ctx.ad_labels.append(i)  # (an advert's label: :func:`_labelled_adverts` reads the line under it)
                ctx.positional = True
            if _ITEM_BUTTONS.isdisjoint(words):
                return _drop(self.name, f"interface words {' '.join(words[:6])!r}")
            return _drop(self.name, f"{ITEM_BUTTONS_REASON} {' '.join(words[:6])!r}")
        return None


class Image(Rule):
    """Image placeholders and logos: 图片, (资料图), [图片], xxxlogo, 图片来源：..., and the picture
    placeholders of a Word file's text as an extractor writes it (antiword's ``[pic]``)."""

    name = "image"
    uses_context = False
    description = "image placeholder / logo"
    drops_sentences = False
    _re = _sx(
        r"[\[(]?\s*(?:图片|图|组图|图集|配图|视频|资料图|资料图片|示意图|图片来源\s*:.{0,30}|"
        r"图片\s*/\s*.{0,20})\s*[\])]?"
        r"|.{0,15}(?:logo|LOGO|Logo)|\[(?:pic|image)\]",
    )
    max_len = 40

    def check(self, ctx: Context, i: int) -> Verdict | None:
        s = ctx.lines[i]
        if len(s) > self.max_len or ("。" in s or ";" in s) or not self._re.fullmatch(s):
            return None
        return _drop(self.name, f"image placeholder {s!r}")


#: Browsers an English site's advice names (Best viewed with Chrome), and the small words
#: around them (or later, at a resolution of, screen).
_BROWSER_NAME = (
    r"(?:internet\s+explorer|microsoft\s+edge|google\s+chrome|mozilla\s+firefox|ie|chrome|firefox"
    r"|edge|safari|opera|netscape|360)"
)
_BROWSER_WORD = (
    r"(?:browsers?|versions?|or|and|later|above|higher|newer|latest|screen|resolution|of|a|an|the"
    r"|at|with|in|using|on|pixels?|px|mode|display|monitor|set|to)"
)
#: Cannot open, view or show (无法正常打开, 无法查看): the words of a site's advice on the software its
#: files need (:attr:`SiteNotice._software`), and of the gates that let such a line through to it.
_CANNOT_OPEN = r"无法(?:正常)?(?:打开|查看|显示|阅读|浏览)"
#: Its first three characters, each way it opens (the gate's marks and the sentence marks read them).
_CANNOT_OPEN_MARKS = ("无法打", "无法正", "无法查", "无法显", "无法阅", "无法浏")
#: Who a site's own note names as itself: the site, its account, its editors.
_SITE_SELF = r"(?:本站|本网站?|本平台|本号|本公众号|本微信公众号|本账号|我们|我方|我站|我司|小编|管理员|客服)"
#: The reason of a takedown offer's verdict: a one-line note, nothing below it goes on from it.
TAKEDOWN_REASON = "takedown offer"
#: The reason of a browser-advice notice (a line of its own, like the takedown offer: the lines
#: under it are not its text).
BROWSER_REASON = "browser advice"
#: The reason of a site's advice on the software its files need (如无法打开附件，请下载安装WPS…: a
#: line of its own, like the browser advice: the attachments under it are not its text).
SOFTWARE_REASON = "advice on the software to open the site's files"
#: The reason of a site's note on itself (its privacy, accessibility, content's standing).
SELF_NOTE_REASON = "the site's note on itself"
#: The reason of a site's note that a text it carries does not speak for it (a line of its own, like
#: the takedown offer).
DISOWNS_REASON = "the site disowns the text's views"
#: The reason of the site's call for contributions (投稿须知：本网…欢迎…投稿).
CONTRIBUTE_REASON = "the site's call for contributions"
#: The reason of a dialog's note that the reader is leaving the site (a line of its own).
LEAVING_REASON = "leaving-the-site note"
#: The reason of a page's countdown to a redirect (:class:`Widget`).
REDIRECT_REASON = "redirect countdown"
#: The reason of a newsletter's note as an e-mail (read it online, why sent, unsubscribe).
MAIL_NOTE_REASON = "the e-mail's note on itself"
#: The reason :class:`SiteNotice` gives a page's note for browsers that run no script (a
#: ``<noscript>`` block's text, which a crawl of all visible text keeps).
NOSCRIPT_REASON = "no-script note"
#: The reason a note on machine-made content is dropped with: it stands inside an article too
#: (under a summary box over the text), which the page reading's region grows over.
MACHINE_REASON = "machine-made content note"


class SiteNotice(Rule):
    """A site's standing notices in the page, not the document: its reprint terms (本网原创内容，
    未经授权不得转载; 刊用本网站稿件，务经书面授权; 违者必究), browser advice (当前浏览器版本过低;
    使用IE9以上浏览器获得最佳浏览效果, 最佳解析度 1920x1080), its notes on itself (本网站已完成无障碍改造…,
    本网站对您的个人信息保护高度重视…), notes on machine-made content (以上内容由AI生成，仅供参考) and
    its word that a text it carries does not speak for it (…并不代表本网赞同其观点). A reprint word alone is not enough: the line must also name
    the site or its own content and a permission, or threaten (违者必究), and report no one's words
    or deeds (执法人员指出…, 负责人表示…: a news report on reprints). A journal's licence of its
    text to a database (本刊已许可某数据库以数字化方式复制、汇编、发行本刊全文) is one such term."""

    name = "site_notice"
    description = "site notice: reprint terms, browser advice"
    uses_context = False
    _reprint = _sx(
        r"(?=.*(?:本站|本网|本报|本刊|网站|原创|稿件|本平台))(?=.*(?:不得|禁止|请勿|未经|授权|许可|务经|务请|注明))"
        r".*?(转载|复制|摘编|镜像|刊用)"
    )
    _threat = _sx(r"违者(?:必究|将?依法追究)")
    #: A content farm's closing line in its editor's voice: 以上就是小编为大家整理的…, 以上便是本站
    #: 为您带来的…: 以上就是/便是, the site's own editor (小编, 本站, 本网) within a few characters
    #: and what it did for the reader (整理, 带来, 分享 ...). A document sums up as 以上就是本次
    #: 会议的主要内容, naming no such editor.
    _outro = _sx(
        r"以上(?:就是|便是)[^。!?]{0,12}?(?:小编|本站|本网)(?:为|给|帮)?(?:大家|您|你们|各位)?"
        r"(?:精心|特意)?(?:整理|带来|分享|介绍|收集|汇总|推荐|准备)"
    )
    #: Longest content farm's closing line.
    outro_max = 120
    #: A reposting site's takedown offer: 如有侵权请联系本站删除, 若涉及侵权，请告知我们删除.
    #: The offer is conditional (如有/若涉及: a law's 侵权…通知…删除 states a right), addressed
    #: to the site itself or to no one (请联系删除), never to a third party (联系平台删除,
    #: 联系市版权局处理), and the line ends with it: a rule's sentence goes on after 删除.
    _takedown = _rx(
        r"(?:如|若)(?:有|涉及|发现)?[^。,;]{0,4}?侵权[^。,;]{0,4}?,?\s*(?:请|敬请|烦请)?(?:及时|第一时间)?"
        rf"(?:(?:与|和)?{_SITE_SELF}?(?:联系|告知|通知){_SITE_SELF}?)\s*,?\s*"
        rf"(?:{_SITE_SELF}?(?:将|会))?(?:及时|立即|尽快|第一时间)?(?:予以|进行)?删除"
        r"(?:处理)?\s*[.。!]?\s*(?:谢谢|感谢)?[^\w]{0,2}$"
    )
    #: A takedown note's clause limiting the text's use (仅供学习交流使用, 仅供参考) or giving the
    #: copyright to the text's author (版权归原作者所有): not counted among the Han characters of the
    #: line besides its offer.
    _only = _rx(r"仅供[^,。;]{0,8}(?:参考|使用|交流|学习|欣赏|阅读)|版权归原(?:作者|出处|作者及原出处)所?有?")
    #: A word reporting what someone says or did before the offer (不少网站声称…如有侵权请联系客服删除, 对方称…),
    #: or anywhere in a line of reprint words (执法人员指出…, 负责人表示…, 某中心介绍了…转载授权台账的做法): a
    #: text quoting or reporting a site's note or its terms, no note of the page's own (the site thanking
    #: the reader, 本站表示感谢, reports nothing; nor does the site speaking of itself, 本网强调…, 本站声称…).
    _reported = _sx(r"(?<!本站)(?<!本网)(?<!本刊)(?:声称|宣称|自称|号称|据称|(?<![名简昵])称|表示(?!感谢|谢意)|说(?!明)|指出|强调|介绍)")
    #: The reporting words read anywhere in a line of reprint words: two-character verbs only (称 and
    #: 说 alone stand in 职称, 著称, 小说, words a site's own terms hold: 注明来源及作者职称).
    _reporting = _sx(r"(?<!本站)(?<!本网)(?<!本刊)(?:声称|宣称|据称|表示(?!感谢|谢意)|指出|强调|介绍)")
    #: A numbered item (一、 / 2. / (三)): a rule's or a notice's own text, never a site note.
    _item = _rx(r"\s*(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、|\(\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*\))")
    #: An article of a rule opening the line (第五条 …, 第12条 …): the rule's own text (an 办法 on the site's
    #: publishing speaks of 转载 and 注明出处), never the site's reprint terms, which no article number opens.
    _article = _rx(r"\s*第[一二三四五六七八九十百零〇两\d]{1,4}条")
    #: A note that the text above or below was made by a machine (以上内容由AI生成，仅供参考;
    #: 本文摘要由人工智能生成; 图片由AI生成): the site's word on its own summary box or picture, the
    #: whole line. Without 由/系/经 (AI生成内容) it may be a heading of a text on such content.
    _machine = _rx(
        r"[(\[]?(?:以上|本文|本|该|此)?(?:内容|摘要|总结|文章|文本|文字|音频|语音|概要|视频|图片|配图)?"
        r"(?:由|系|经)\s?(?:ai|人工智能)\s?(?:辅助|智能)?(?:生成|合成)(?:的?(?:内容|摘要|总结))?"
        r"\s?(?:,\s?(?:内容)?(?:仅供参考|请注意甄别|请谨慎甄别|请仔细甄别|请以原文为准))?[.。!]?[)\]]?",
        regex.IGNORECASE,
    )
    #: Longest machine-made content note.
    machine_max = 40
    #: The words of a label over a summary the site's machine wrote, after AI (AI导读, 智能摘要): the
    #: label's pattern and the gate's trigger and marks for it (:class:`_Gate`) are made from them.
    _MACHINE_SUMMARY = ("导读", "摘要", "总结", "速览", "速读", "概要", "划重点")
    #: A label over a summary the site's machine wrote, the whole line (AI导读, 【AI摘要】, 智能摘要：).
    _machine_label = _rx(
        rf"[\[(]?\s?(?:ai|人工智能|智能)\s?(?:{'|'.join(_MACHINE_SUMMARY)})\s?[\])]?\s?:?", regex.IGNORECASE
    )
    #: Longest such label.
    label_max = 16
    _browser = _sx(
        r"浏览器.{0,30}?(?:版本过低|最佳|升级|以上)|(?:最佳|更好的?)浏览效果|(?:升级|更换).{0,10}?浏览器"
        # (the screen resolution advised for browsing, 最佳解析度 1920x1080, a line with 浏览: a
        # spec's 分辨率 2400×1080 advises nothing)
        r"|(?:最佳|建议|推荐)[^。]{0,20}?(?:分辨率|解析度)\D{0,6}\d{3,4}\s?[x×*]\s?\d{3,4}"
        r"|(?:最佳|建议|推荐)[^。]{0,30}?\d{3,4}\s?[x×*]\s?\d{3,4}\s?(?:的)?(?:分辨率|解析度)"
        # (the site advising a browser for itself: 本网站建议您使用谷歌浏览器…; …使用某浏览器浏览本站. A
        # notice's own 建议使用谷歌浏览器登录报名系统 names no site: its instruction stays)
        r"|本(?:网站|站|网)[^。]{0,12}?(?:建议|推荐)[^。]{0,12}?(?:使用|采用)[^。]{0,30}?浏览器"
        r"|(?:建议|推荐)[^。]{0,12}?(?:使用|采用)[^。]{0,30}?浏览器[^。]{0,30}?(?:浏览|访问)(?:本站|本网站|本网)"
    )
    #: The site's note on itself, opening the line (after a 温馨提示：, or 网站纠错： and the condition 如您发现):
    #: what it does with visitors' personal data (本网站对您的个人信息保护高度重视…), its accessibility
    #: (本网站已完成适老化和无障碍改造…, 已通过无障碍网站检测), the standing of its content (本网站内容如有更新，
    #: 以…为准; 本站发布的信息仅供参考, 本网站的内容只供参考之用) or errors in it (如您发现本网站信息有错误…,
    #: the site's call for corrections), a few clauses
    #: on: a sentence of the site's chrome. (本站讯… opens a report; 本网站将于…暂停服务 is a notice's
    #: text, naming none of these.) A bare 本站 is also a station's own word (本站将为老年旅客提供无障碍
    #: 通道, 本站对乘客个人信息严格保密, …以车站现场公告为准): it counts only with a word of a website
    #: or of its content's standing in the clause (浏览, 访问, 用户, 网页, 所载, 转载, 仅供参考 …); the
    #: licence of its content (除非另有声明，本网站内容采用知识共享…许可协议授权) is such a note too.
    _self_note = _rx(
        r"(?:(?:温馨)?提示\s?:\s?|除非另有(?:声明|说明|注明)\s?,\s?)?"
        r"本(?:网站|站(?=[^。!?]{0,40}?(?:仅供参考|浏览|访问|用户|网友|访客|网页|页面|cookie|所载|转载|发布的)))"
        r"[^。!?]{0,40}?(?:无障碍|适老化|个人信息|个人资料|隐私|cookie|(?<=以[^。]{1,12})为准|[仅只]供|许可协议|知识共享)"
        # (the site's call for corrections, its condition first: 网站纠错：如您发现本网站信息有错误…; a
        # notice's 本站公布的成绩如有错误，请… asks for a review of what it lists)
        # (纠错 labelled for the site, its information or its pages: 信息纠错：如您发现本网页面内容有错误…;
        # 本网 with its pages, information or content named: 本网公布的名单 is a notice's list; with its
        # information or content only, :meth:`_own_review` asks for more)
        r"|(?:(?:网站|信息|内容|页面)?纠错\s?:\s?)?如(?:您|你|果)?发现本(?:网站|站|网(?=页|信息|内容))[^。!?]{0,20}?(?:错误|有误|错漏|无法访问|失效)",
        regex.IGNORECASE,
    )
    #: Longest line a site's note on itself drops.
    self_note_max = 100
    #: The site's standing call for contributions under its label (投稿须知：本网“校园新闻”栏目欢迎全校师生
    #: 踊跃投稿。来稿应…): the label, the site by its own name, its welcome to contributions. A 征文
    #: notice's text has no such label before it; a journal's rules name 本刊, not a website.
    _contribute = _sx(
        r"(?:投稿(?:须知|说明|指南|方式|邮箱)?|征稿(?:启事)?|来稿须知)\s?:\s?本(?:网站?|站)[^。!?]{0,30}?"
        r"欢迎[^。!?]{0,20}?(?:投稿|来稿|赐稿)"
    )
    #: Longest line the call for contributions drops (a paragraph of its terms).
    contribute_max = 160
    #: A dialog's note that the reader is leaving the site for another (您即将离开某某网站，进入的页面由
    #: 第三方网站提供…), opening the line: a line of its own, as the browser advice.
    _leaving = _sx(r"(?:(?:温馨)?提示\s?:\s?)?您即将离开[^。!?,]{0,30}?(?:网站|本站)")
    #: Longest line the leaving note drops.
    leaving_max = 150
    #: The site's word that a text it carries does not speak for it (转载目的在于传递更多信息，并不代表
    #: 本网赞同其观点…; 观点仅代表作者本人，不代表本站立场): 不代表, the site by its own name for itself,
    #: then its view or its endorsement. A reprint's note under the text, however long the clauses
    #: around it (the takedown offer after it names no 侵权: 如涉及作品内容、版权…请与本网联系). A
    #: spokesman's 不代表本部立场 names no site.
    _disowns = _rx(
        r"不代表(?:本网站?|本站|本平台|本(?:微信)?公众号|本号|本报|本刊)(?:的)?(?:赞同|同意|支持|证实)?(?:其|该|此)?"
        r"(?:观点|立场|看法)"
    )
    #: Longest line such a note drops (a reprint's note is a paragraph of three or four clauses).
    disowns_max = 200
    #: A newsletter's note as an e-mail on itself (the web version of one is crawled with it): where to
    #: read it if it shows badly (如果邮件无法正常显示，请点击这里), why the reader got it (您收到此邮件是因为…),
    #: how to stop it (如不希望再收到此类邮件，请点击退订). A notice on e-mail (请勿点击陌生邮件中的链接)
    #: says none of these of itself.
    _mail_note = _sx(
        r"(?:本|此|该)?(?:封)?(?:电子)?邮件(?:内容)?(?:无法|不能)正常显示"
        r"|(?:您|你)(?:之所以)?(?:会)?收到(?:此|这|本|该)(?:封)?(?:电子)?邮件"
        r"|不(?:希望|想|愿意?)(?:再)?(?:收到|接收)[^。!?]{0,8}?邮件"
    )
    #: A page's note for browsers that run no script, the text of its ``<noscript>`` block, opening
    #: the line: 您的浏览器不支持JavaScript，请开启后继续浏览本站。, 请开启JavaScript以获得最佳浏览体验,
    #: 对不起，您的浏览器禁用了脚本; You need to enable JavaScript to run this app., JavaScript is
    #: disabled: the reader's browser (您的浏览器, 当前浏览器) not running scripts, or a call to turn
    #: JavaScript on. (A document's sentence on scripts, 禁用脚本会影响…, 网站在浏览器禁用JavaScript时…,
    #: addresses no reader; nor does a help page's clause of condition, 您的浏览器不支持JavaScript时，…,
    #: …禁用了脚本的，….) A line of its own, like the browser advice: nothing goes on from it.
    _noscript = _rx(
        # (each run of blanks is one quantifier's: an optional mark or word between two runs takes
        # the second run with it, so that a run is never split two ways)
        r"\W*(?:(?:对不起|抱歉|提示|温馨提示|注意)\s*(?:[,:!]\s*)?)?(?:(?:您|你)的|当前(?:的)?)浏览器"
        r"[^,.。;:!?]{0,4}?(?:不支持|禁用了?|已被?禁用|未(?:开启|启用|打开)|没有(?:开启|启用|打开)|关闭了)"
        r"\s*(?:javascript|脚本)(?!\s*(?:时|的话|的情况下|情况下|的\s*[,，]))"
        r"|\W*(?:(?:对不起|抱歉|提示|温馨提示|注意)\s*(?:[,:!]\s*)?)?请(?:先)?(?:开启|启用|打开|允许)\s*(?:浏览器的?\s*)?javascript"
        # (what the call is for, or its end: 请开启JavaScript调试工具 is a step of a guide)
        r"(?:\s*(?:功能|支持|设置|选项))?(?=\s*(?:$|[,.。!;)]|后|以|再|才|来|否则|继续|访问|浏览|获得|运行|使用))"
        r"|\W*(?:(?:sorry|note|warning)\W+)?(?:(?:you\s+(?:need|have|must)\s+to\s+|please\s+)?(?:enable|turn\s+on|activate|allow)\s+javascript"
        r"|(?:this\s+(?:site|page|website|app|application)\s+)?requires?\s+javascript"
        r"|javascript\s+(?:is\s+)?(?:disabled|required|not\s+enabled|must\s+be\s+enabled)"
        r"|your\s+browser\s+(?:does\s+not|doesn't)\s+support\s+javascript)",
        regex.IGNORECASE,
    )
    #: Longest line a no-script note drops.
    noscript_max = 80
    #: A site's advice on the software its files need, opening the line (after a label: 提示：, 注：):
    #: the condition, the site's own file (附件, 文件, 文档: 如无法打开附件, 若您无法查看PDF文件,
    #: 如果附件无法正常打开) or none named (如无法打开，), the reader (您) its only subject, then to
    #: download or install a reader or an office suite (请下载安装WPS, 可安装Adobe Reader). A report
    #: saying someone could not open a file opens with no condition; a guide's step names who
    #: (考生, 纳税人) or what else (申报页面, 查验平台, 电子发票) cannot be opened: the text's. The whole
    #: line, at most a closing mark after the software's name: a sentence after the advice is the text's.
    _software = _sx(
        r"(?:[^。,:;]{1,6}:\s?)?(?:如|若|如果|倘若)\s?"
        r"(?:(?:您|你)?\s?" + _CANNOT_OPEN + r"\s?(?:(?:本站|本网|本页|页面|网站|上述|以上|下列|相关|该|此)的?)?"
        r"(?:[A-Za-z]{2,5}\s?(?:格式的?)?)?(?:附件|文件|文档)?"
        r"|(?:[A-Za-z]{2,5}\s?)?(?:附件|文件|文档)(?:内容)?\s?" + _CANNOT_OPEN + ")"
        r"\s?(?:时|的话)?\s?,?\s?(?:请|可|需)[^。!?;]{0,8}?(?:下载|安装)[^。!?;]{0,30}?"
        r"(?:阅读器|办公软件|插件|WPS|wps|Office|office|Reader|reader|Acrobat|acrobat)"
        r"(?:等?软件)?(?:后?(?:打开|查看|阅读))?[。.!)]?"  # (the whole line: no sentence after the advice)
    )
    #: Longest line :attr:`_software` reads.
    software_max = 120
    #: The note a page prints in a ``<video>`` or ``<audio>`` tag for browsers that cannot play it
    #: (您的浏览器不支持 video 标签。, 您的浏览器不支持HTML5视频播放): the whole line, the reader's
    #: browser and the media it cannot play. (A guide's
    #: clause of condition goes on: 如您的浏览器不支持视频播放，请下载附件观看.)
    _nomedia = _rx(
        r"\W*(?:(?:对不起|抱歉|提示)\s?[,:!]?\s?)?(?:您|你)的浏览器(?:暂|暂时|目前)?不(?:支持|能播放)\s?(?:html5\s?)?"
        r"(?:<?(?:video|audio)>?|视频|音频)\s?(?:标签|元素|播放|格式|功能)?[\s。.!]*",
        regex.IGNORECASE,
    )
    #: English browser advice, the whole line: "Best viewed with Chrome or Edge at 1920*1080",
    #: "This site is best viewed in IE 8.0+, Firefox" (browser names, versions, a resolution and
    #: their small words, naming a browser or a resolution). A sentence (The shower is best
    #: viewed at around 2 am; …1920x1080, the online map shows…) has other words.
    _browser_en = _rx(
        r"\W*(?:(?:this\s+)?(?:web\s*)?(?:site|page|portal)\s+(?:is\s+)?)?best\s+viewed\s+(?:with|in|using|at|on|under)"
        rf"(?=.*?(?:{_BROWSER_NAME}|\d{{3,4}}\s*[x×*]\s*\d{{3,4}}|\bbrowser|\bresolution))"
        rf"(?>[\s,/+&|()\-.:;!]*(?:{_BROWSER_NAME}|{_BROWSER_WORD}|\d{{3,4}}\s*[x×*]\s*\d{{3,4}}|\d+(?:\.\d+)*\+?)\b\+?)*+"
        r"[\s.!]*",
        regex.IGNORECASE,
    )
    #: Longest line English browser advice drops.
    browser_en_max = 100
    #: Longest line read as a section's heading or a question over a site's note (:meth:`_answers`).
    heading_max = 30
    max_len = 300
    #: Longest line a takedown offer drops (a site's note; a law on infringement is longer).
    takedown_max = 60
    #: Han characters a takedown line may hold besides its offer (本文来源于网络: where the text
    #: came from); more is a sentence of prose.
    takedown_rest_han = 16

    def _opens(self, ctx: Context, j: int) -> bool:
        """Whether line *j* (-1: none) is a numbered heading or a question (:meth:`_answers`)."""
        if j < 0:
            return False
        h = ctx.lines[j]
        if len(h) > self.heading_max or "。" in h:
            return False
        # (a line of stray marks, ? alone, is no question: the punctuation rule drops it, and the
        # note read again without it would go)
        return (h[-1] in "?？" and self._login_question.fullmatch(h) is None and PunctuationOnly._re.fullmatch(h) is None) \
            or self._item.match(h) is not None

    #: A login box's question (忘记密码?, 还没有账号?, 找回用户名?): a link of the box, no FAQ's question.
    _login_question = _sx(r"(?:忘记|找回|还?没有|尚未|还未)[^?]{0,6}?(?:密码|账号|帐号|用户名|注册|登录)[了呢]?[?？]")

    def _answers(self, ctx: Context, i: int) -> bool:
        """Whether the site's note on line *i* (its browser advice, its note on itself) stands
        right under a numbered heading (六、推荐使用的浏览器, (二) 无障碍服务) or a question (用什么浏览器
        访问本网站效果最好?): a help page's section or a FAQ's answer, the page's text about the site,
        not the site's note in its chrome, which no heading or question opens (a login box's 忘记密码?
        is no question of a FAQ: :attr:`_login_question`). Not the last of a
        list of such lines (a 热门问题 box's questions, a ranking's numbered titles over the footer's
        note). (A verdict of where the line stands: each copy of it is read where it is.)"""
        ctx.positional = True
        j = ctx.prev(i)
        return self._opens(ctx, j) and not self._opens(ctx, ctx.prev(j))

    @staticmethod
    def _own_review(s: str, note: str) -> bool:
        """Whether a call for corrections (*note*, :attr:`_self_note`'s match on line *s*) naming only
        本网's information or content (如发现本网信息…有误) is a notice's own request to review what it
        lists: no 纠错 label over it and no website named on the line (如发现本网信息公布的成绩有误，请于
        5日内向学院反映; not 信息纠错：如您发现本网信息有误…, 如发现本网内容有误，请与网站管理员联系)."""
        return ("发现本网信息" in note or "发现本网内容" in note) and "纠错" not in note \
            and "网站" not in s and "本站" not in s

    def check(self, ctx: Context, i: int) -> Verdict | None:
        s = ctx.lines[i]
        if len(s) > self.max_len:
            return None
        if len(s) <= self.noscript_max and ("脚本" in s or "script" in s.lower()) and self._noscript.match(s):
            return _drop(self.name, NOSCRIPT_REASON)
        if len(s) <= self.noscript_max and "浏览器" in s and self._nomedia.fullmatch(s):
            return _drop(self.name, NOSCRIPT_REASON)
        if "浏览" in s and (m := self._browser.search(s)) and not self._answers(ctx, i):
            return _drop(self.name, f"{BROWSER_REASON} {m.group()[:12]!r}")
        if len(s) <= self.self_note_max and "本" in s and (m := self._self_note.match(s)) and not self._own_review(s, m.group()) \
                and not self._answers(ctx, i):
            return _drop(self.name, SELF_NOTE_REASON)
        if len(s) <= self.contribute_max and "稿" in s and self._contribute.match(s):
            return _drop(self.name, CONTRIBUTE_REASON)
        if len(s) <= self.leaving_max and "离开" in s and self._leaving.match(s):
            return _drop(self.name, LEAVING_REASON)
        if "无法" in s and len(s) <= self.software_max and self._software.fullmatch(s):
            return _drop(self.name, SOFTWARE_REASON)
        if len(s) <= self.disowns_max and "不代表本" in s and self._disowns.search(s) and self._item.match(s) is None:
            return _drop(self.name, DISOWNS_REASON)  # (not a numbered item: a site's own statement lists it)
        if len(s) <= self.self_note_max and "邮件" in s and self._mail_note.search(s):
            return _drop(self.name, MAIL_NOTE_REASON)
        if len(s) <= self.machine_max and ("生成" in s or "合成" in s) and self._machine.fullmatch(s):
            return _drop(self.name, MACHINE_REASON)
        if len(s) <= self.label_max and self._machine_label.fullmatch(s) \
                and ("ai" in s or "AI" in s or "Ai" in s or s[-1] == ":" or s[0] in "[("):
            # (not the words bare without AI, a colon or brackets: 人工智能概要, 智能导读 head a text on
            # them; under a sentence the rules keep it heads a section, _machine_summary keeps it)
            ctx.machine_labels.append(i)  # (the summary under it goes too: _machine_summary)
            ctx.positional = True  # (each copy of the label noted)
            return _drop(self.name, f"{MACHINE_REASON} (a machine summary's label)")
        if len(s) <= self.browser_en_max and ("b" in s or "B" in s) and self._browser_en.fullmatch(s):
            return _drop(self.name, f"{BROWSER_REASON} {s[:12]!r}")
        if len(s) <= self.outro_max and s.startswith("以上") and self._outro.match(s):
            return _drop(self.name, "content farm's closing line")
        if "侵权" in s and len(s) <= self.takedown_max and (m := self._takedown.search(s)):
            rest = _han(s[: m.start()])
            if rest > self.takedown_rest_han and ("仅供" in s or "版权归" in s):  # (a study-only or an
                rest -= sum(map(_han, self._only.findall(s, 0, m.start())))  # owner's clause is the note's own)
            if self._item.match(s) is None and rest <= self.takedown_rest_han \
                    and self._reported.search(s, 0, m.start()) is None:
                return _drop(self.name, TAKEDOWN_REASON)
        if not any(w in s for w in ("转载", "复制", "摘编", "镜像", "刊用")):
            return None  # (严禁野外用火，违者必究 is a notice's own sentence)
        m = self._threat.search(s) if "违者" in s else None
        if m is None:
            m = self._reprint.match(s)
        if m is None or self._reporting.search(s) is not None or (s[:1] == "第" and self._article.match(s)):
            return None  # (a news report on reprints: 负责人表示，把他人作品全文复制后重新发布…须事先取得许可)
        return _drop(self.name, f"reprint terms {m.group(m.lastindex or 0)[-8:]!r}")


class Teaser(Rule):
    """A summary of another article ending in its read-more link ([详细], 【全文】, 详情>>,
    ...阅读全文). (A title cut short with "..." is left to the page reading: a headline may be
    cut that way too.)"""

    name = "teaser"
    description = "summary with a read-more link"
    uses_context = False
    _re = _sx(
        r"(?:\[\s*(?:详细|全文|详情|更多|阅读全文|查看全文)\s*\]"
        r"|(?:详细|详情|更多|全文)\s*>{1,3}|(?:\.{3}|…)\s*(?:阅读全文|查看全文))\s*$"
    )
    max_len = 300

    def check(self, ctx: Context, i: int) -> Verdict | None:
        s = ctx.lines[i]
        if len(s) > self.max_len or not s.endswith(("]", ">", "文")):
            return None
        m = self._re.search(s)
        if m is None or m.start() == 0:
            return None
        return _drop(self.name, f"summary ending in a read-more link {m.group().strip()!r}")


#: The kinds of account a call to follow names (公众号, 视频号 …: :attr:`Prompt._scan_follow`).
_ACCOUNT_KIND = "(?:公众号|视频号|抖音号|订阅号|服务号|微博|账号)"


class Prompt(Rule):
    """Reader prompts: (下滑查看更多), 点击上方蓝字关注, 长按二维码, 阅读原文, 加载中
    (``spam_prompts.txt``), calls to download or open the site's app, also as a bracketed note
    after a credit, and a link's call to click through (点击进入“某某专栏”>>)."""

    name = "prompt"
    uses_context = False
    description = "reader prompt (scroll, follow, QR code, app)"
    drops_sentences = False

    #: A call to install the site's app (下载某某新闻APP客户端，随时随地看新闻！, 扫一扫下载客户端), or to open it to
    #: read on (打开某某客户端，查看更多): at the start of the line, a verb and the app's name.
    #: (下载附件 names no app; a sentence about an app has its 。 and is longer.)
    _app = _sx(
        r"(?:点击|扫码|扫一扫[\s,]?|立即|马上)?(?:下载|安装)[^\s,:;!?]{0,12}?(?:app|客户端)(?:\s?客户端)?"
        r"|(?:点击|立即|马上)?打开[^\s,:;!?]{0,12}?(?:app|客户端)\s*,?\s*[内中]?(?:阅读|查看|观看|看|体验|参与)",
        re.IGNORECASE,
    )
    #: Han characters an app prompt may hold after its call (，随时随地看新闻！); a guide's
    #: step names what to do there (…APP，查看办理进度并在线提交材料).
    app_rest_han = 8
    #: The site's name, then more to read there, and nothing else (打开某某新闻，查看更多精彩内容);
    #: a guide's step goes on (打开“某某”小程序，查看更多服务事项并在线预约办理).
    _open_more = _sx(
        r"(?:点击|立即|马上)?打开[^\s,:;!?]{2,12}?\s*,\s*(?:阅读|查看|观看|看)更多"
        r"(?:精彩)?(?:内容|资讯|新闻|信息|报道|视频|精彩)?\s*[!.>]*\s*"
    )
    #: A QR code's prompt to read the page on a phone (扫一扫 手机看, 扫码在手机上查看当前页面,
    #: 手机扫一扫): the scan, then the phone and a reading verb within a few characters.
    _qr = _sx(
        r"(?:扫一扫|扫码|扫描二维码)\s*(?:在|用)?\s*手机(?:上|端)?\s*(?:看|打开|浏览|阅读|查看)"
        # (手机扫一扫 beside the code, or before a reading verb; 手机扫码缴费 is a way to pay)
        r"|手机扫(?:一扫|码)\s*(?:,\s*)?(?:看|打开|浏览|阅读|查看|访问|分享|$)"
    )
    #: The same call as a note in brackets after a credit: (本文来自某报，更多资讯请下载“某报”APP);
    #: and the stamp of the app the article came from, a line by itself (本文来自某某客户端).
    _app_note = _sx(
        r"[(\[][^()\[\]]{0,24}?(?:下载|安装|打开)[^\s,:;!?()\[\]]{0,14}?(?:app|客户端)[^()\[\]]{0,8}[)\]]"
        r"|本文来自[^\s,:;!?。]{1,12}?(?:app|客户端)",
        re.IGNORECASE,
    )
    #: A link that is only a call to click through, with the name of where it leads and its
    #: arrows (点击进入“某某专栏”>>, 》》点击图片进入专题《《); a guide's step goes on after it.
    _click = _sx(
        r"[>》\s]*点击(?:图片|这里|此处)?进入\s*(?:[“\"《][^”\"》]{1,20}[”\"》]\s*[>》《<]*"
        r"|[^\s,.!?:;。《》<>“”\"]{1,8}\s*[>》《<]+|[>》《<]*"  # (a bare name needs its arrows)
        # (or a label, its colon and the name: 点击进入专题：某某>>)
        r"|[^\s,.!?:;。《》<>“”\"]{1,4}\s?:\s?[^\s,.!?:;。《》<>“”\"]{1,16}\s*[>》《<]+)"
    )
    #: A WeChat article's call to tap its 在看 button, opening the line or a short clause's comma
    #: after it (觉得不错，请…), maybe after a word asking: a tap, then the button, maybe where it
    #: is (点个“在看”, 点击右下角“在看”), or the buttons listed (分享、点赞、在看). A document's
    #: sentence tells of it (不少读者点个“在看”表示支持。: no call opens it); 为他们点赞 names no
    #: button. The button bare ends the call (a comma, the line's end, 吧, or the call goes on: 再走,
    #: 支持一下): run on into a word (点在看台东侧, 点在看得见的地方: 点 a point or place; 在看数, 在看最多)
    #: it is no button; quoted, anything follows. A question (…点“在看”后好友能看到吗？) asks, not calls.
    _like = _sx(
        r"(?:[^,!?。]{1,8}[,!]\s?)?(?:请|记得|欢迎|别忘了|别忘记)?\s?"
        r"(?:(?:点个|点一下|点一点|点下|点亮|点击|顺手点|点|戳|来个|给个)\s?(?:右下角|文末|下方|底部)?\s?的?\s?{button}"
        r"|(?:(?:点赞|分享|转发|收藏)\s?[、,/+和与及]\s?){1,3}{button})".replace(
            "{button}", rf"(?:[“\"「『【[]在看|在看(?!(?!再|支持|鼓励|走一)[{_HAN_CLASS}](?<![吧呀哦啊呗嘛啦了呢])))"
        )
    )
    #: Han characters besides the call a line may hold (觉得不错，请…吧; ，让更多人看到).
    like_rest_han = 10
    max_len = 40
    #: Han characters besides the prompt a line may hold (长按二维码识别关注).
    rest_max_han = 4
    #: More Han characters a QR code's prompt may hold (扫一扫在手机上查看当前页面).
    qr_extra_han = 2

    #: Words of the prompts' list that open an account's call to follow it, whatever its name and
    #: promise after them (点击上方蓝字“某某”关注我们，每天一篇干货).
    _FOLLOW = frozenset({"点击上方蓝字", "点击蓝字关注", "点击蓝字"})
    #: The call itself: the blue words, maybe the account's name in quotes, then 关注 (点击上方蓝字
    #: “某某”关注我们); a guide's step goes on otherwise (点击蓝字“预约挂号”，选择科室…).
    _follow = _sx(r"点击(?:上方)?蓝字\s?(?:“[^”]{1,20}”|\"[^\"]{1,20}\"|「[^」]{1,20}」)?\s?,?\s?(?:一键|免费|即可)?关注")
    #: A call to scan and follow an account, the whole line: 扫码关注, the account's name (in quotes or
    #: bare) and its kind (公众号, 视频号 …; none after a name in quotes: 扫码关注“某某发布”), maybe what
    #: following brings after a comma (扫码关注“某某发布”微信公众号，获取更多本地新闻). A guide's step goes on
    #: to what to do there (…公众号，进入“服务大厅”办理).
    _scan_follow = _sx(
        r"扫码关注\s?(?:(?:“[^”]{1,20}”|\"[^\"]{1,20}\"|「[^」]{1,20}」)(?:\s?(?:官方)?(?:微信)?" + _ACCOUNT_KIND + ")?"
        r"|[\u4e00-\u9fff]{2,16}?\s?(?:官方)?(?:微信)?" + _ACCOUNT_KIND + ")"
        r"(?:\s?,\s?(?:获取|了解|第一时间|查看|阅读|掌握)(?:更多|最新)[^,。;!?]{0,16})?\s?[。!]?"
    )
    #: The kind of account a call to scan and follow names (its name in quotes alone names none).
    _kind = _sx(_ACCOUNT_KIND)
    #: A guide's next step opening its line, maybe numbered (进入首页后点击…, 2.选择…, 然后填写…): under
    #: 扫码关注“某某” alone on its line, the scan is a step too (:meth:`_quoted_only`).
    _step = _sx(
        r"(?:\d{1,2}\s?[.、]\s?|第[一二三四五六七八九十]步\s?[,:]?\s?)?"
        r"(?:进入|点击|选择|登录|搜索|打开|填写|上传|提交|按提示|按照|根据提示|依次|然后|再)"
    )

    @classmethod
    def _quoted_only(cls, s: str) -> bool:
        """Whether the call to scan and follow *s* names its account by a name in quotes alone,
        no kind of account after it (扫码关注“某某政务服务”, not 扫码关注“某某”公众号).

        >>> Prompt._quoted_only("扫码关注“某某政务服务”"), Prompt._quoted_only("扫码关注“某某发布”公众号")
        (True, False)
        """
        return cls._kind.search(s) is None

    #: Words of the prompts' list that ask the reader to wait: a prompt alone or beside a loading
    #: word (视频加载中,请稍候..., 正在加载,请稍等), a guide's step beside other words (点击提交,请稍候).
    _WAIT = frozenset({"请稍候", "请稍等"})
    #: A loading word beside them (正在加载, 缓冲中); alone on its line they are a prompt too.
    _loading = _sx(r"加载|载入|缓冲")
    #: What opens a call to open the app and read on there (打开某某APP 阅读全文).
    _open = _sx(r"(?:点击|立即|马上)?打开")

    @classmethod
    def folds(cls, s: str) -> bool:
        """Is the prompt line *s* (one this rule dropped) a call to open the app and read on (打开
        某某APP 阅读全文, 打开某某，查看更多), or the app's stamp under it (本文来自某某客户端)? A
        mobile page folds its article there and the crawl holds the rest of the text under it: to
        the page reading it stands inside the article, as a picture does.

        >>> Prompt.folds("打开某某APP 阅读全文"), Prompt.folds("本文来自某某客户端"), Prompt.folds("下载某某APP")
        (True, True, False)
        """
        return cls._open.match(s) is not None or s.startswith("本文来自")

    @classmethod
    def stands_inside(cls, s: str) -> bool:
        """Is the prompt line *s* (one this rule dropped) one the page reading grows over, as over a
        picture: a fold (:meth:`folds`), a banner's call to click through (点击进入专题：某某>>) or a
        player's loading line (正在加载), which a crawl leaves between an article's paragraphs?

        >>> Prompt.stands_inside("点击进入专题：某某>>"), Prompt.stands_inside("正在加载"), Prompt.stands_inside("下载某某APP")
        (True, True, False)
        """
        return cls.folds(s) or ("进入" in s and cls._click.fullmatch(s) is not None) or cls._loading.search(s) is not None

    def check(self, ctx: Context, i: int) -> Verdict | None:
        s = ctx.lines[i]
        if len(s) > self.max_len:
            return None
        if "在看" in s and (m := self._like.match(s)) and "。" not in s.rstrip("。") \
                and _rest_han(s, self._like) <= self.like_rest_han and s.rstrip()[-1:] not in "?？":
            return _drop(self.name, f"call to tap 在看 {m.group()!r}")
        if "。" in s or ";" in s:
            return None
        if (m := self._app.match(s)) and _han(s[m.end():]) <= self.app_rest_han:
            return _drop(self.name, f"app download prompt {m.group()!r}")
        if (m := self._app_note.fullmatch(s)) or (m := self._open_more.fullmatch(s)):
            return _drop(self.name, f"app download prompt {m.group()!r}")
        if "进入" in s and self._click.fullmatch(s):
            return _drop(self.name, "call to click through a link")
        if "扫" in s and (m := self._qr.search(s)) and _rest_han(s, self._qr) <= self.rest_max_han + self.qr_extra_han:
            return _drop(self.name, f"QR code prompt {m.group()!r}")
        lex = _lex("spam_prompts.txt")
        m = lex.search(s)
        if m is not None and m.start() == 0 and m.group() in self._FOLLOW and self._follow.match(s):
            # (an account's call to follow it opening the line, its name and its promise after:
            # 点击上方蓝字“某某”关注我们，每天一篇干货; no sentence of a document opens so. Not
            # without the call to follow right there: 点击蓝字部分可查看… tells the reader where to
            # click, 点击蓝字“预约挂号”，选择科室… is a guide's step)
            return _drop(self.name, f"reader prompt {m.group()!r}")
        if m is not None and m.start() == 0 and m.group() == "扫码关注" and self._scan_follow.fullmatch(s):
            if self._quoted_only(s) and (j := _nonblank(ctx.lines, i, 1)) is not None and self._step.match(ctx.lines[j]) \
                    and ctx.lines[j].endswith(("。", ";")):
                return None  # (扫码关注“某某” a guide's step: the next line goes on with the steps)
            return _drop(self.name, f"reader prompt {m.group()!r} (an account's name after it)")
        if m is None or _rest_han(s, lex) > self.rest_max_han:
            return None
        if m.group() in self._WAIT and _han(s) > len(m.group()) and not self._loading.search(s) \
                and all(w in self._WAIT for w in lex.findall(s)):
            return None  # (a guide's step says so too: 点击提交,请稍候)
        return _drop(self.name, f"reader prompt {m.group()!r}")


#: The reason a vote bar is dropped with: the page reading's region grows over it (a message
#: above it, the reply under it).
VOTE_REASON = "vote buttons"
#: The reason a header's counter is dropped with (a count of people taking part, a paper's
#: downloads and citations): it stands among the fields above the text, and the page reading's
#: region grows over it as over a picture (it ends no article, as a comment widget does).
HEADER_COUNT_REASON = "header counter"
#: The reason an attachment's row of its size and downloads is dropped with (文件大小：86.5KB 下载次数：57
#: 下载): it stands under the file's name in the article's list of attachments, inside the article
#: as a header's counters are (:data:`_INLINE_WIDGETS`).
FILE_ROW_REASON = "attachment's size and download count"
#: The reason a counter or a comment widget is dropped with (阅读 539, 0条评论, 顶(3)): after the
#: article it ends it; right under the article's dated metadata line it is a header's counter
#: (:func:`_header_counters`).
COUNTER_REASON = "counter or comment widget"
#: The reason an advert tagged in brackets is dropped with (【广告】某某建材节 全场满3000减500): it
#: stands between an article's paragraphs, and the page reading's region grows over it.
AD_REASON = "tagged advert"
#: The reason an advert's line ending in its button is dropped with (某某教育 智能平板 限时特惠 立即咨询): untagged,
#: it ends the article as a counter does (a box of them stands after the text, in a sidebar).
BUTTON_AD_REASON = "advert ending in its button"
#: A paper's or a file's downloads and citations (下载次数, 被引频次; the suffix needed: 下载 alone
#: is a button, 引用 a word of text).
_CITED = r"(?:下载|被引|引用)(?:数|量|次数|频次)"
#: On a journal's page, the views or downloads of a paper's abstract, full text or PDF, beside its
#: downloads or citations (摘要浏览：318 PDF下载：96 被引次数：0; the part read named: 浏览 alone is
#: the page's counter). Never alone: the gate's trigger is :data:`_CITED`.
_PAPER_COUNT = r"(?:摘要|全文|PDF|pdf|HTML|html)(?:浏览|下载|阅读)(?:数|量|次数|频次)?"
#: A promotion link's call to take its offer, with the link's arrows (免费领取>>, 0元领取申论素材>>:
#: what it offers may stand between): the tagged promotion rule's end and its gate trigger.
#: (Its words but 0元, and what follows them: the gate's trigger reads 0元 from the 元, after a digit.)
_PROMO_WHO, _PROMO_TAIL = "立即|免费|马上|零元", r"(?:领取|报名|咨询|试听|获取|下载|预约|购买|抢购)[^\[\]。;>》]{0,12}?\s*(?:>>|》》)"
_PROMO_CALL = rf"(?:{_PROMO_WHO}|0元){_PROMO_TAIL}"
#: What an advert's button calls the reader to do after 立即 or 马上 (:attr:`Widget._ad_call`).
_AD_CALLS = "领取|报名|咨询|试听|获取|下载|预约|购买|抢购"
#: What a page's visitors do on it, one click each, that its widget tallies so far (已有 26418 人献花, 已有 903
#: 人签名): a memorial's flowers and candles, a pledge's signatures, a poll's votes, a check-in.
_TALLY_ACTS = "献花|点烛|祭奠|签名|投票|打卡"
#: What a participation page's item is (an interview, a survey, a consultation, a vote, a live show, an
#: event's sign-up): the word its status field's label may open with (访谈状态, 征集状态).
_ITEM_KINDS = "访谈|调查|问卷|征集|投票|直播|活动|报名"
#: The stage such an item's page shows it at, the field's whole value (进行中, 已结束, 预告): a record's own
#: state (有效, 存续, 已办结) is a field of the record, none of these.
_ITEM_STAGES = "进行中|已结束|未开始|已截止|预告|征集中|直播中|报名中|投票中"
#: A date of such an item's period (2026-11-01, 2026年11月1日).
_ITEM_DATE = r"\d{4}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}\s?日?"
#: A participation item's date or period field (调查时间：2026-11-01 至 2026-12-31, 访谈时间：2026年12月3日 15:00): the label
#: bare or naming the item (:data:`_ITEM_KINDS`), a date, its time of day or not, a second after 至 or not. Alone on its
#: line (:data:`_ITEM_PERIOD`) or before the item's stage on it (:attr:`Widget._stage`).
_ITEM_PERIOD_FIELD = (
    rf"(?:{_ITEM_KINDS})?(?:时间|日期)\s?[:：]\s?{_ITEM_DATE}(?:\s?{_HM})?(?:\s?(?:至|到|-|~|—)\s?{_ITEM_DATE}(?:\s?{_HM})?)?"
)
#: The reason of a participation item's status field (:attr:`Widget._stage`): it stands among the fields
#: under the item's title, and the page reading's region grows over it as over a header's counter; after the
#: reading, one among the text's lines is kept again (:func:`_item_header`).
STAGE_REASON = "participation item's stage"


#: The reason of a mobile page's fold (剩余75%未读, :attr:`Widget._fold`): the crawl holds the rest of the text
#: under it, and the page reading's region grows over it, as over a picture.
FOLD_REASON = "a fold's share unread"
#: The reason of a countdown widget's line (:attr:`Widget._countdown`).
COUNTDOWN_REASON = "countdown"
#: Units of time at least (天, 时, 分, 秒) a countdown's time left shows to be a widget's display (3天 06时).
COUNTDOWN_UNITS_MIN = 2


def _counts_units(left: str) -> bool:
    """Whether a countdown's time left *left* shows ``COUNTDOWN_UNITS_MIN`` units of time or more.

    >>> _counts_units("6天19时37分"), _counts_units("3天")
    (True, False)
    """
    return sum(map(left.count, "天时分秒")) >= COUNTDOWN_UNITS_MIN


#: The time a countdown shows left, in days, hours, minutes or seconds (3天 06时 21分, 186 天).
_TIME_LEFT = r"(?=\d)(?:\d{1,4}\s?天)?\s?(?:\d{1,2}\s?(?:小时|时))?\s?(?:\d{1,2}\s?分钟?)?\s?(?:\d{1,2}\s?秒)?"


class Widget(Rule):
    """Counters and comment widgets: vote buttons (+1顶71, 踩(0), 支持(86) 反对(2)),
    reading/comment counters (阅读 539, 阅读数(15878), 点击:1.2万次, 19 跟贴, 2819人参与), a commenter's name line
    (某某[北京网友]2019-05-17 20:33:49, 某某 评论道:); a video player's advert controls
    (广告剩余 15秒, 3秒后播放, VIP可关闭广告); an advert tagged 【广告】 inside the article; a
    header's counters (已有 14382 人参加, 下载次数：268 被引次数：3), which end no article; a
    countdown (距投票结束还有：3天 06时 21分); a form's consent box (我已阅读并同意《用户协议》).

    >>> [v.rule for v in classify_lines("距2027年高考还有 186 天\\n距报名截止还有3天，请抓紧报名。", page=False)]
    ['widget', None]
    """

    name = "widget"
    uses_context = False
    description = "counter, comment widget, video advert controls"
    drops_sentences = False
    _re = _sx(
        r"[|+\s]*(?:\+1\s*)?[顶踩赞]\s*[(\[]?\s*\d+\s*[)\]]?"
        rf"|{_COUNTER_FIELD}(?:\s+{_COUNTER_FIELD})*"
        r"|\d+\s*(?:人参与|条评论|条留言|人评论|跟贴|跟帖|人阅读|次阅读|次浏览|人收藏|人点赞)(?:\s*评论)?"
        # a question's count of answers (3个回答, 12条回答)
        r"|\d+\s*[个条]回答"
        # a thread's header (3 条评论 针对这篇 “标题”) and a commenter's line (某某 评论道:)
        r"|\d+\s*条(?:评论|回复|留言)\s*(?:针对|关于|对)[^。]{0,40}"
        r"|[^\s。,]{1,20}\s*(?:评论道|回复道|留言道)\s*:?"
        r"|人参与\s*评论"
        # a thread's header with its count, whose replies it is maybe named (家长回复(4), 全部留言(12));
        # a notice's read receipt on an office or a school's platform (已读 218 / 未读 13)
        r"|[\u4e00-\u9fff]{0,4}(?:回复|留言|评论|跟帖|跟贴)\s*[(\[]\s*\d+\s*[)\]]"
        r"|已读\s*(?::\s*)?\d+\s*(?:人\s*)?(?:[/|]\s*)?未读\s*(?::\s*)?\d+\s*人?"
        # a thread's header and a post's counter: 《标题》已有1件评论, (本文…, 已被阅读178次)
        r"|[^。]{0,40}(?:已有|共有|共)\s*\d+\s*[条件个篇]?\s*(?:评论|回复|跟帖|跟贴)"
        r"|[^。]{0,40}(?:已被|被)(?:阅读|浏览|点击)\s*\d+\s*次\s*[)）]?"
        # an attachment's download counter, its number often left for a script (已下载 次)
        # (a label and its count alone: 截至6月底，汇编已被下载12000次 is a report's clause)
        r"|(?:附件\s?:?\s?)?(?:【[^】]{1,60}】|\[[^\]]{1,60}\]|[^\s。,;:!?]{1,60}?\.[a-zA-Z]{2,4})?"
        r"\s{0,3}已(?:被)?下载\s{0,3}\d{0,9}\s{0,3}次"
        # (its label needs its colon or its count: 下载次数 alone heads a document's own text)
        r"|下载(?:数|量|次数)(?:\s{0,3}[:(\[]\s{0,3}\d{0,9}|\s{0,3}\d{1,9})\s{0,3}次?\s{0,3}[)\]]?"
        # a rating widget: a label, three or more stars and a score or a count of raters
        # (服务评价：★★★★☆ 4.5分, ★★★★ 1268人评价); stars alone grade a hotel, a student
        r"|(?:[^\s。:]{1,8}\s?:\s?)?[★☆]{3,10}\s{0,3}"
        r"(?:\d(?:\.\d{1,2})?\s?分|[(\[]?\d{1,7}\s?人(?:评价|评分|打分|点评)[)\]]?)"
        r"|(?:评分|得分|评价)\s?:?\s?\d(?:\.\d{1,2})?\s?分?\s{0,3}[★☆]{3,10}"
        r"|\S{1,20}\[[^\]\s]{0,16}网友\]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    )
    #: A video player's advert controls: its countdown (广告剩余 15秒, 3秒后播放) or the member's
    #: way out (VIP可关闭广告); a word of its own, 广告 alone, is a law's or a report's too.
    _player_ad = _rx(
        r"广告\s*(?:剩余|倒计时|还剩)\s*:?\s*\d{1,3}\s*秒|(?<!\d)\d{1,3}\s*秒后(?:播放|跳过|关闭)"
        r"|(?:vip|会员)\s*可\s*(?:关闭|跳过|免)广告",
        regex.IGNORECASE,
    )
    #: A page's countdown to where it sends the reader (an error page's 页面将在 5 秒后自动跳转到首页,
    #: 3秒后自动返回上一页): a count of seconds, then going there by itself, a few words about and no
    #: sentence.
    _redirect = _sx(
        r"[^。;!]{0,12}?(?<!\d)\d{1,2}\s?秒钟?\s?(?:后|之后)\s?(?:将|会)?\s?自动\s?(?:跳转|返回|转到|转入|进入)[^。;]{0,16}"
    )
    #: A mobile page's fold: the share of the text left unread under it (剩余75%未读), maybe its button after
    #: it (，展开全文), the whole line; a report's share (剩余部分占75%) names no reading.
    _fold = _sx(r"剩余\s?\d{1,3}(?:\.\d)?\s?%\s?未读(?:\s?,?\s?(?:点击)?(?:展开全文|展开阅读全文|继续阅读))?")
    #: Longest line a redirect countdown drops.
    redirect_max = 50
    #: A video player's bar as a crawl prints it before the video plays: its position at zero over
    #: the video's length (00:00 / 02:47; a timetable's pair of times starts anywhere but zero), or
    #: its menu of playback speeds (0.5x 1.0x 1.25x 2.0x, two or more).
    _player_bar = _sx(
        r"0{1,2}:00(?::00)?\s?/\s?\d{1,2}:\d{2}(?::\d{2})?"
        r"|(?:倍速\s?:?\s?)?\d(?:\.\d{1,2})?[x×](?:\s{1,3}\d(?:\.\d{1,2})?[x×]){1,7}",
        re.IGNORECASE,
    )
    #: A tagged promotion link: a short tag in brackets, the offer, and a call to take it ending in
    #: the link's arrows (【备考资料】某某考点精讲 免费领取>>, 【2026省考备考】… 0元领取申论素材>>, folded to
    #: [ ]); a notice's sentence has no arrows.
    _promo = _sx(rf"\[[^\[\]]{{2,10}}\][^\[\]。;]{{1,30}}?{_PROMO_CALL}[>》]?")
    #: An advert's line: phrases apart (a brand, the product, the offer) ending in its button, a call to
    #: take it now (某某教育 智能平板 限时特惠 立即咨询, 某某课程 马上抢购); a notice's sentence has no
    #: phrases apart before such a call, and a bare 免费领取 ends a list's row of where to collect.
    _ad_call = _sx(rf"(?:[^\s。,;:!?]{{1,12}}\s{{1,3}}){{1,4}}(?:立即|马上)(?:{_AD_CALLS})")
    #: What makes such a line an advert: a word of a sale in it (限时特惠, 优惠, 特价, 8折, 马上抢购); a
    #: notice's row of what to sign up for or book (预约方式 某某公众号 立即预约) names none.
    _ad_sale = _sx(r"特惠|限时|优惠|特价|促销|折扣|打折|秒杀|抢购|钜惠|低至|直降|包邮|买一送一|团购|[\d一二三四五六七八九]折")
    #: A cell of such a line that says when or where (非遗展演 6月1日 市图书馆 马上报名: a date, a time of
    #: day, a hall, a street or a house number): the row of a notice's table of events, not an advert.
    _ad_when_where = _sx(r"\d\s?[月日]|\d{4}\s?年|\d:\d{2}|(?:馆|厅|室|广场|路|街|\d号)(?=\s)")
    #: An advert's tag in brackets opening its line (【广告】, [广告]); 广告 bare or in round brackets
    #: heads a law's article or a budget's item.
    _tagged_ad = _rx(r"[【\[]\s?广告\s?[】\]]")
    #: A message's vote buttons with their counts in brackets (支持(86) 反对(2); 有用 12 没用 3 bare
    #: too: a meeting's vote, 同意 35 反对 2, is a record's line): they stand between a message and
    #: its reply, as a picture stands inside an article (:data:`VOTE_REASON`).
    _votes = _sx(
        r"(?:支持|赞成|同意|有用)\s*[(\[]\s*\d+\s*[)\]]\s*(?:反对|不支持|不同意|没用|无用)\s*[(\[]\s*\d+\s*[)\]]"
        r"|有用\s*[(\[]?\s*\d+\s*[)\]]?\s*(?:没用|无用)\s*[(\[]?\s*\d+\s*[)\]]?"
    )
    #: A header's counters: a count of people taking part (已有 14382 人参加, 已有 1362 人参与, 9.6万人学习) or of a video's
    #: plays under its player, said as a total so far (已有1.6万次播放; a bare 12万次播放 is a table's cell
    #: of plays, under each video's name), a widget's tally of its clicks so far (已有 26418 人献花,
    #: :data:`_TALLY_ACTS`; 3人投票 bare is a record's), the time
    #: the article takes to read (阅读时长约2分钟) or a line of counter fields with a paper's
    #: downloads or citations among them (下载次数：268 被引次数：3).
    _header_counts = _sx(
        r"(?:已有|共有)?\s*\d+(?:\.\d+)?\s*[万wW]?\s*人(?:参加|参与|报名|学习|在学|观看)"
        r"|(?:已有|共有)\s*\d+(?:\.\d+)?\s*[万wW]?\s*次(?:播放|观看)"
        rf"|已有\s*(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)\s*[万wW]?\s*人次?\s?(?:{_TALLY_ACTS})"
        # the time it takes to read the article, its word count before it (阅读时长约2分钟,
        # 全文共968字,预计阅读3分钟): an estimate (预计, 约), 时长 or the word count; a bare
        # 阅读时间:10分钟 (a reading contest's rules) or 阅读30分钟 (a homework table's cell) is none
        r"|(?:(?:全文|本文)(?:共|约|共约)?\s{0,3}\d{1,6}\s{0,3}字\s{0,3}[,|]?\s{0,3}(?:预计|大约)?阅读(?:时长|时间|用时)?"
        r"|(?:预计|大约)阅读(?:时长|时间|用时)?|阅读时长)"
        r"\s{0,3}:?\s{0,3}(?:约|大约|需|约需|需要|预计)?\s{0,3}\d{1,3}(?:\.\d)?\s{0,3}分钟"
        r"|阅读(?:时间|用时)?\s{0,3}:?\s{0,3}(?:约|大约|需|约需|需要|预计)\s{0,3}\d{1,3}(?:\.\d)?\s{0,3}分钟"
        rf"|(?:(?:{_COUNTER}|{_CITED}|{_PAPER_COUNT}){_COUNT_VALUE}\s+)*{_CITED}{_COUNT_VALUE}"
        rf"(?:\s+(?:{_COUNTER}|{_CITED}|{_PAPER_COUNT}){_COUNT_VALUE})*"
        # an attachment's row under its name: its size, its downloads, maybe its button (文件大小：86.5KB
        # 下载次数：57 下载, 附件大小：2.3MB 下载次数：128; the size bare, 文件大小：2MB, is a field): inside
        # the list, it ends no article (its own reason: the group *file*)
        rf"|(?P<file>(?:文件|附件)?大小\s{{0,3}}:\s{{0,3}}\d{{1,6}}(?:\.\d{{1,3}})?\s{{0,2}}[KMGkmg]?[Bb]\s{{1,3}}{_CITED}{_COUNT_VALUE}"
        r"(?:\s{1,3}下载)?)"
    )
    #: A participation item's status field, its whole line (状态：进行中, 访谈状态：已结束, 征集状态：已截止): the
    #: bare label or the item's kind before it (:data:`_ITEM_KINDS`), a stage (:data:`_ITEM_STAGES`) for its
    #: value; the item's period before it on the line or not (:data:`_ITEM_PERIOD_FIELD`: 征集时间：2026-05-06 至
    #: 2026-06-05 征集状态：已结束). A record's state (登记状态：存续, 效力状态：有效) and a period alone stay.
    _stage = _sx(rf"(?:{_ITEM_PERIOD_FIELD}\s{{1,3}})?(?:{_ITEM_KINDS})?状态\s?:\s?(?:{_ITEM_STAGES})")
    #: A countdown alone on its line: 距 (距离) an event's end or start, 还有 or 仅剩, and the time left
    #: in days, hours, minutes or seconds (距投票结束还有：3天 06时 21分, 距2027年高考还有 186 天); a
    #: sentence saying it goes on (距报名截止还有3天，请抓紧报名。) is the text's. The time left (*left*)
    #: is a widget's display when it holds a colon or blanks or two units or more; one count run in
    #: with the words (距中考还有100天) is also a news item's headline, which stays.
    _countdown = _sx(
        r"距离?[^\s。，,；;:：]{1,20}?(?:还有|还剩|仅剩|剩余)(?P<left>\s?[:：]?\s?"
        rf"{_TIME_LEFT})"
    )
    #: A countdown under its bare label and colon (剩余时间：6天19时37分, 报名倒计时：2天 03时 15分; a few
    #: words of what it counts to before the label): the time left in two units or more, a widget's
    #: display (剩余时间：3天 bare is also a table's field, which stays).
    _timer = _sx(rf"[^\s。，,；;:：]{{0,8}}?(?:剩余时间|倒计时)\s?[:：]\s?(?P<left>{_TIME_LEFT})")
    #: A Q&A community's counters around an answer: the votes it won (2,341 人赞同了该回答), the
    #: question's answers to see (查看全部 38 个回答), its views and followers (被浏览 86,413 关注者 215),
    #: an answer's action row with its votes (赞同 189 12 条评论 分享 收藏 喜欢); read where the line
    #: holds 赞同, 回答 or 被浏览.
    _answer_counts = _sx(
        r"[\d,]{1,9}\s?人赞同了(?:该|这个|此)?回答"
        r"|(?:查看)?(?:全部|更多|其他)\s?[\d,]{1,9}\s?[个条]\s?回答"
        r"|(?:被浏览|浏览量)\s?[\d,.]{1,9}[万wW]?\s{0,3}关注者?\s?[\d,.]{1,9}[万wW]?"
        r"|(?:关注者?\s?[\d,.]{1,9}[万wW]?\s{0,3})(?:被浏览|浏览量)\s?[\d,.]{1,9}[万wW]?"
        r"|(?:已)?赞同\s?[\d,.]{0,9}[万kK]?\s{1,3}(?:添加评论|[\d,]{1,9}\s?条评论)"
        r"(?:\s{1,3}(?:分享|收藏|喜欢|收起|举报|感谢|设置|申请转载))*"
    )
    #: A post's byline ending in its counters, after its date (南溪老许 已于 2026-06-28 21:14:03 修改
    #: 阅读量1.2k 收藏 36 点赞数 18): two or more counter fields, a count in thousands (1.2k) too.
    _dated_counters = _sx(
        r"[^。;]{0,30}?\d{4}-\d{1,2}-\d{1,2}[^。;]{0,30}?"
        rf"(?:\s{{1,3}}{_COUNTER}\s?:?\s?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?[万wWkK]?\+?){{2,}}"
    )
    #: A player's now-playing line: its status and the play mark, then the programme (正在直播 ▶
    #: 早安南溪, 正在播出 ► 午间新闻); a headline on a live event has no play mark.
    _now_playing = _sx(r"(?:正在直播|正在播出|正在播放|直播中|现在播出)\s?[▶►]\s?\S.{0,30}")
    #: A review's header: the reviewer's name, the review's star rating (five stars, full and empty)
    #: and its date-time to the minute, maybe the reviewer's region (青檀 评论 某书 ★★★★☆ 2026-09-14
    #: 21:07:33 江苏); stars alone grade a hotel, stars and a day a class's week.
    _review_stars = _sx(
        r"[^\s★☆]{1,12}\s.{0,24}?[★☆]{5}\s{1,3}\d{4}-\d{1,2}-\d{1,2}\s\d{1,2}:\d{2}(?::\d{2})?(?:\s[^\s\d]{1,8})?"
    )
    #: A post's stamp with where its poster's IP address is (编辑于 2026-07-12 20:41 · IP 属地江苏, IP属地：
    #: 广东): platforms print it under each post and comment; read where the line holds 属地.
    _ip_stamp = _sx(
        r"(?:(?:编辑|发布|发表|修改)于\s?)?(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}|昨天|今天|前天)?\s?(?:\d{1,2}:\d{2})?"
        r"\s?[·|]?\s?IP\s?属地\s?:?\s?[\u4e00-\u9fff]{2,8}"
    )
    #: A form's consent box, the whole line: the reader's word that they have read and accept the terms
    #: the site names in 《》 (我已阅读并同意《用户注册服务协议》, □ 已阅读并同意《用户协议》和《隐私政策》), a
    #: check box before it or not. A guide's step quotes it among its words (勾选“我已阅读并同意…”后点击提交);
    #: a 承诺书's own sentence (本人已认真阅读并知晓《…考生须知》) is no box: the box's words only.
    _consent = _rx(
        r"[□☐☑✓√]?\s?我?已阅读并同意\s?《[^《》]{1,30}》"
        r"(?:\s?(?:和|及|与|、|,)\s?《[^《》]{1,30}》){0,3}"
    )
    #: Longest counter or comment widget line (an attachment's name and its download count too).
    max_len = 60

    def check(self, ctx: Context, i: int) -> Verdict | None:
        s = ctx.lines[i]
        if len(s) > self.max_len:
            return None
        if self._votes.fullmatch(s):
            return _drop(self.name, f"{VOTE_REASON} {s[:20]!r}")
        if "阅读并" in s and self._consent.fullmatch(s):
            return _drop(self.name, "a form's consent box")
        if self._re.fullmatch(s):
            return _drop(self.name, f"{COUNTER_REASON} {s[:20]!r}")
        if m := self._header_counts.fullmatch(s):
            return _drop(self.name, f"{FILE_ROW_REASON if m['file'] else HEADER_COUNT_REASON} {s[:20]!r}")
        if "状态" in s and self._stage.fullmatch(s):
            return _drop(self.name, f"{STAGE_REASON} {s[:20]!r}")
        if s[:1] in "0123456789倍" and self._player_bar.fullmatch(s):
            return _drop(self.name, f"video player's bar {s[:20]!r}")
        if s[:1] == "距" and s[-1] in "天时分秒钟" and (m := self._countdown.fullmatch(s)) \
                and (not m["left"].isalnum() or _counts_units(m["left"])):
            return _drop(self.name, f"{COUNTDOWN_REASON} {s[:20]!r}")
        if s[-1] in "天时分秒钟" and ("剩余时间" in s or "倒计时" in s) and (m := self._timer.fullmatch(s)) \
                and _counts_units(m["left"]):
            return _drop(self.name, f"{COUNTDOWN_REASON} {s[:20]!r}")
        if "广告" in s and (m := self._tagged_ad.match(s)) and "广告" not in s[m.end():]:
            # (the words after the tag naming 广告 again are about adverts: 【广告】某某诊所发布违法广告案,
            # a market regulator's case under its category tag, is no advert)
            return _drop(self.name, f"{AD_REASON} {s[:20]!r}")
        if (">>" in s or "》》" in s) and self._promo.fullmatch(s):
            return _drop(self.name, f"{AD_REASON} (a tagged promotion link) {s[:20]!r}")
        if s[-4:-2] in ("立即", "马上") and self._ad_call.fullmatch(s) and self._ad_sale.search(s) \
                and not self._ad_when_where.search(s):
            return _drop(self.name, f"{BUTTON_AD_REASON} {s[:20]!r}")
        if "未读" in s and self._fold.fullmatch(s):
            return _drop(self.name, f"{FOLD_REASON} {s[:20]!r}")
        if "秒" in s and len(s) <= self.redirect_max and self._redirect.fullmatch(s):
            return _drop(self.name, f"{REDIRECT_REASON} {s[:20]!r}")
        if ("赞同" in s or "回答" in s or "被浏览" in s) and self._answer_counts.fullmatch(s):
            return _drop(self.name, f"{COUNTER_REASON} (a Q&A community's) {s[:20]!r}")
        if "-" in s and any(map(s.__contains__, _COUNTER_WORDS)) and self._dated_counters.fullmatch(s):
            return _drop(self.name, f"{COUNTER_REASON} (a byline's) {s[:20]!r}")
        if ("★" in s or "☆" in s) and self._review_stars.fullmatch(s):
            return _drop(self.name, f"a review's star rating {s[:20]!r}")
        if ("▶" in s or "►" in s) and self._now_playing.fullmatch(s):
            return _drop(self.name, f"a player's now-playing line {s[:20]!r}")
        if "属地" in s and self._ip_stamp.fullmatch(s):
            return _drop(self.name, f"post stamp with its IP's region {s[:20]!r}")
        if ("。" in s or ";" in s) or not ("秒" in s or "广告" in s) or (m := self._player_ad.search(s)) is None:
            return None
        return _drop(self.name, f"video advert controls {m.group()!r}")


class SiteBanner(Rule):
    """A site's name and slogan as a header line (某某网→权威的门户网站, 欢迎访问某某网)."""

    name = "site_banner"
    uses_context = False
    description = "site name / slogan banner"
    drops_sentences = False
    _re = _rx(
        r"[\p{Han}\w]{1,12}网\s*(?:→|->|——|--)\s*[^,.;:!?]{0,20}(?:门户|网站|平台|官网|首选|权威|领先)[^,.;:!?]{0,10}"
        r"|欢迎(?:访问|来到|光临)[^,;:!?]{0,20}(?:网|网站|平台|门户)[!]?"
    )
    max_len = 50

    def check(self, ctx: Context, i: int) -> Verdict | None:
        s = ctx.lines[i]
        if len(s) > self.max_len or ("。" in s or ";" in s) or not self._re.fullmatch(s):
            return None
        return _drop(self.name, "site name and slogan")


#: The rules, in order; the first that drops a line names it. Users may edit a copy and pass
#: it as ``classify_lines(text, rules=...)``.
RULES: list[Rule] = [
    PunctuationOnly(),
    SeoSpam(),
    Footer(),
    Metadata(),
    ShareBar(),
    ChromeWords(),
    Related(),
    DocSite(),
    Navigation(),
    CategoryLabel(),
    Keywords(),
    LinkList(),
    Image(),
    Prompt(),
    SiteBanner(),
    Widget(),
    Teaser(),
    SiteNotice(),
]


#: The built-in rule objects (their length limits, :attr:`Rule.max_len`, apply to these only,
#: not to subclasses or rules of a user's own).
_BUILTIN_IDS = frozenset(id(r) for r in RULES)
_KEEP_ALIVE = tuple(RULES)


class _Plan:
    """The checks to run on a line, by its length and whether it reads as a sentence: the rules
    in order, less those that cannot drop such a line (``lists[sentence][key]``, where *key*
    counts the length limits the line exceeds: ``key_of[len]``, or ``len(cuts)`` past them)."""

    def __init__(self, rules: Sequence[Any]) -> None:
        checks = [(r.check if isinstance(r, Rule) else r) for r in rules]
        sentence_ok = [getattr(r, "drops_sentences", True) for r in rules]
        # (a built-in rule's own limit; a rule of a user's own, a subclass too, is always run)
        limits = [r.max_len if id(r) in _BUILTIN_IDS else None for r in rules]
        cuts = sorted({x for x in limits if x is not None})
        self.top = len(cuts)
        self.key_of = [bisect_left(cuts, n) for n in range(cuts[-1] + 1)] if cuts else []
        self.lists = [
            [
                [
                    c
                    for c, s_ok, lim in zip(checks, sentence_ok, limits)
                    if (lim is None or lim in cuts[key:]) and (s_ok or not sentence)
                ]
                for key in range(len(cuts) + 1)
            ]
            for sentence in (False, True)
        ]
        self._rules = {id(c): r for c, r in zip(checks, rules)}
        #: :meth:`checks`' lists by its arguments (but *bits*), for a caller to look up first.
        self.cached: dict[tuple[bool, int, int, object, bool], list[Any]] = {}

    @staticmethod
    def kind(tag: object) -> object:
        """What :meth:`checks` reads of a tag: a breadcrumb's by its kind only (the rules read
        nothing else of it to decide), any other whole."""
        return (tag[0],) if isinstance(tag, tuple) else tag

    def checks(self, sentence: bool, key: int, mask: int, kind: object, after_control: bool,
               bits: Mapping[str, int]) -> list[Any]:
        """The checks for a line that holds the marks of the rules in *mask* (:meth:`_Gate.marked`,
        or fewer: those whose searches match it; *bits*: the rules with marks), after a line
        with a tag of *kind* (:meth:`kind`; a control if *after_control*): the rules without
        marks, those whose marks it holds (taken without context, a rule keeps a line that
        holds none of its marks) and those whose :meth:`Rule.context_live` says this context
        can make them drop it. Cached per mask and context kind (:attr:`cached`)."""
        got = self.cached.get((sentence, key, mask, kind, after_control))
        if got is None:
            got = []
            for c in self.lists[sentence][key]:
                r = self._rules[id(c)]
                bit = bits.get(getattr(r, "name", None))  # type: ignore[arg-type]
                if bit is None or mask & bit or not isinstance(r, Rule) or r.context_live(kind, after_control):
                    got.append(c)
            self.cached[(sentence, key, mask, kind, after_control)] = got
        return got


#: A digit as ``regex`` sees one (``re``'s ``\d`` and the astral planes, where the digits are
#: that ``regex`` knows and ``re`` does not): the gate runs on ``re``, most rules on ``regex``.
_D = r"[\d\U00010000-\U0010ffff]"
#: A blank (``re``'s ``\s``), in a trigger's heads (:meth:`_Gate._compile`): the character after a
#: run of digits that a trigger reads from (:attr:`_Gate.TRIGGERS`).
_BLANK = r"[\s]"


def _grouped(words: Iterable[str], after: str = "") -> str:
    """An alternation of literal *words*, each followed by the pattern *after*, grouped by first
    character (``a(?:b|c)|d``): ``re`` skips a group whose first character fails with one
    comparison, and a search of an alternation whose groups all start with an uncased character
    scans for those characters at C speed (``re``'s charset prefix) before trying any group."""
    tails: dict[str, set[str]] = {}
    for w in words:
        if w:
            tails.setdefault(w[0], set()).add(w[1:])
    parts = []
    for head, rest in sorted(tails.items()):
        if "" in rest and not after:
            parts.append(re.escape(head))  # the one-character word covers the longer ones
        else:
            alts = "|".join(map(re.escape, sorted(rest, key=lambda t: (-len(t), t))))
            parts.append(f"{re.escape(head)}(?:{alts}){after}")
    return "|".join(parts)


def _cased(ch: str) -> bool:
    """Has the character another case (``re`` then reads it, ignoring case, as a class)?"""
    return ch.lower() != ch or ch.upper() != ch


#: The pairs every match of the privacy label's trigger holds (私 and the character after it: 私政策：, 私隐政策：, 私权政策：, 私保护政策：).
_PRIVACY_MARKS = ("私政", "私隐", "私权", "私保")


class _Gate:
    """A test that proves a line cannot be dropped by any built-in rule, for lines whose
    previous non-blank line leaves the rules no context (no tag, not a control line).

    Taken without context, every rule needs something in the line, and :attr:`TRIGGERS` holds,
    for each rule, a pattern that matches wherever the rule could drop (it only has to hold
    whenever the rule drops, so it may be looser than the rule): a word of one of its lexicons,
    a label and its colon, a date, its marker words, a leading stray mark, or interface words
    only. A line's marks (:meth:`marked`: one table look-up per character over the page) tell
    which rules' searches can match it; those searches (per rule, :meth:`_searches`: a flat
    alternation of its words, its trigger pattern), the stray-mark test and the interface-word
    test replace every rule on most lines.
    """

    #: Per rule: the characters its triggers can start with (``_D``: a digit) and the triggers.
    #: The lexicon words (seo_spam, doc_site, related, prompt, footer) and the metadata labels
    #: are added in ``__init__``.
    TRIGGERS: ClassVar[dict[str, tuple[str, str]]] = {
        # ICP备/证, 公网安备, 网安备, 转载, ©, (c) 2024, [免责声明] / 本站声明:, 风险提示:,
        # 不构成投资建议, 股市有风险
        "footer": (
            "i安转©(声风仅只投有私位",
            r"(?i:icp)|安备|转载|©|(?i:\(c\))|声明(?:\]|\s*:)|风险提示|[仅只]代表作者|投资建议|有风险"
            r"|位(?:访客|访问者|来访者|浏览者)"  # (a visitor counter, from its 位)
            # (a privacy policy's label, from its 私: 隐私政策：, 私隐政策：, 隐私权政策：; 隐 opens 隐患)
            r"|私(?:政|隐权?(?:保护)?政|权(?:保护)?政|保护政)策\s*:",
        ),
        # a date at the start (_prefix, _dated_counts), journal issues (_journal), relative times (_ago);
        # label fields need a label and a colon or | (the labels are added in __init__). What follows
        # a digit is no digit in any of them (四 digits and 年, 3 and 秒前, 12-): they are read from the
        # character after a run of digits, behind it (most lines searched are full of digits: a
        # telephone number, a year; and few of those characters)
        "metadata": (
            "刚昨" + "".join(sorted(Metadata._CREDIT_FIRST)) + "-/.年秒分小天" + _BLANK,
            rf"(?<={_D})(?:(?<={_D}{{4}})\s*(?:[-/.]\s*{_D}{{1,2}}\s*[-/.]|年\s*(?:(?:第\s*)?{_D}{{1,3}}\s*期"
            rf"|{_D}{{1,2}}\s*月\s*{_D}{{1,2}}\s*日\s*(?:{_D}{{1,2}}:|\s[^\s\d])))"
            rf"|\s*(?:秒前|分钟前|小时前|天前)|-{_D}{{1,2}}\s*{_D}{{1,2}}:)|刚刚|昨天"
            # (credits without colons: 编辑 陈某 校对 刘某某, a role and a space)
            rf"|(?:{_alternation(Metadata._CREDIT_ROLES)})\s",
        ),
        "share_bar": (
            "分视护打关[字sS",
            r"分享|视力保护色|护眼模式|打印[本此]页|关闭(?:窗口|本页)|\[\s*(?:打印|关闭|收藏)"
            r"|字[体号](?:大小|\s*设[定置])?\s*:|字[级型]|(?i:share\s+(?:to|on)\s*:)|\[\s?大 中 小",
        ),
        "related": (
            "上下本小编主",
            rf"{_PREV_NEXT}\s*(?:[:>\]]|\s|\Z)"
            rf"|{_RECOMMEND}",
        ),  # + headers
        # page counters (第1页, 共8页, .doc_第1页, 还剩3页未读), sharing notices
        "doc_site": ("分搜上下由共&找检接续转" + _D, rf"{_D}\s*页|分享|搜索|[上下]一页|由(?:会员|用户|网友)上传"
                     r"|\d\s*(?:积分|金币|下载券)|(?:共|&[PN])\s*页|找到|检索到|(?:接上|续上|转下)页"),
        # separators, position leads, a lone home link, a digital edition's page label (A11版:)
        "navigation": (">→位首主h版", r">|→|位置|首页|主页|(?i:home)|版:"),
        "keywords": ("关标tk以", r"(?:关键词|关键字|标签|(?i:tags?|keywords?))\s*:|(?:关键词|关键字|标签)(?:\s|\Z)|以下词汇|以下关键"),
        "link_list": ("|", r"\|.*\|"),
        "image": (
            "[(图组配视资示l",
            r"\A(?:[\[(]\s*)?(?:图片|图|组图|图集|配图|视频|资料图|资料图片|示意图)\s*[\])]?\Z"  # stripped
            r"|图片来源|图片\s*/|(?i:logo)|\[(?:pic|image)\]",
        ),
        # (+ its lexicon) the app prompt: a verb, then the app within a few characters
        # (+ a link's call to click through: 点击进入, 点击图片进入; a QR code's prompt; the 在看 button)
        "prompt": (
            "下安打点扫手本在",
            r"(?:下载|安装|打开)\S{0,14}?(?:(?i:app)|客户端)|点击\S{0,4}?进入|本文来自"
            r"|打开\S{2,14}?(?:阅读|查看|观看|看)更多|扫(?:一扫|码|描二维码)|手机扫|在看",
        ),
        "site_banner": ("网欢", r"网\s*(?:→|->|——|--)|欢迎(?:访问|来到|光临)"),
        # reprint terms (a reprint word and 违者), browser advice, the site disowning a text's views
        "site_notice": (
            "转复摘镜刊违浏侵bB由系经以aA人智jJ脚本不邮投您无",
            r"转载|复制|摘编|镜像|刊用|违者|浏览|侵权|(?i:best\s+viewed)|以上(?:就是|便是)|(?i:javascript)|脚本|本(?:网站|站)|不代表本"
            r"|邮件"  # (an e-mail's note on itself)
            r"|本网(?:页|信息|内容)|投稿|您即将离开"  # (a call for corrections on 本网's pages or contributions, a leaving-the-site note)
            f"|{_CANNOT_OPEN}"  # (advice on the software to open the site's files)
            r"|(?:由|系|经)\s?(?i:ai|人工智能)\s?(?:辅助|智能)?(?:生成|合成)"
            rf"|(?:(?i:ai)|人工智能|智能)\s?(?:{'|'.join(SiteNotice._MACHINE_SUMMARY)})",  # (a machine summary's label)
        ),
        "widget": (
            "顶踩赞阅浏点访评跟收参围人回留广可下被引★☆支同有播网立免马零已距剩倒I▶►状" + "秒万wW条件个篇次:x×元" + _BLANK,
            # (an optional mark between two runs of blanks takes the second run with it, so a run
            # is never split between two quantifiers: linear on long blank runs)
            rf"[顶踩赞]\s*(?:[(\[]\s*)?{_D}|(?:支持|赞成|同意|有用)\s*(?:[(\[]\s*)?{_D}"
            rf"|{_COUNTER}\s*(?:[:(\[]\s*)?{_D}"
            rf"|广告\s*(?:剩余|倒计时|还剩)|可\s*(?:关闭|跳过|免)广告"  # (a video advert's controls)
            r"|广告\s?[】\]]"  # (an advert's tag, 【广告】)
            rf"|(?:{_PROMO_WHO}){_PROMO_TAIL}"  # (a tagged promotion link's call, _PROMO_CALL; 0元: below)
            rf"|(?:立即|马上)(?:{_AD_CALLS})\Z"  # (an advert's button ending its line)
            rf"|{_CITED}"  # (a header's counters)
            # (reading time; a form's consent box, 阅读并同意)
            rf"|阅读(?:并(?:同意|接受|知晓)|(?:时长|时间|用时)?\s{{0,3}}:?\s{{0,3}}(?:约|大约|需|约需|需要|预计)?\s{{0,3}}{_D})"
            r"|人参与|评论道|回复道|留言道|已有\s{0,3}\d"  # (已有: a widget's tally, _TALLY_ACTS)
            r"|距[^\s。，,；;:：]{1,21}?(?:还有|还剩|仅剩|剩余)|剩余时间|倒计时"  # (a countdown)
            r"|状态\s?:"  # (a participation item's stage, Widget._stage)
            rf"|剩余\s?{_D}"  # (a folded text's share left unread)
            rf"|下载\s{{0,3}}{_D}{{0,9}}\s{{0,3}}次|下载(?:数|量|次数)|[★☆]{{3}}"  # (download counters, ratings)
            rf"|网友\]\s*{_D}{{4}}-"  # (a commenter's line: 某某[北京网友]2019-05-17 20:33)
            rf"|(?:回复|留言)\s*[(\[]\s*{_D}|已读"  # (a thread's count, 家长回复(4); a read receipt)
            # (a Q&A community's counters, a post's IP stamp, a player's now-playing line from its play
            # mark: one branch behind a class of their first characters, tried once where a head is)
            r"|(?=[赞回被I▶►])(?:赞同|回答|被浏览|IP\s?属地|[▶►])"
            # after a digit (read from the character after a run of digits, as the metadata's): a
            # video advert's countdown, a header's counters, a video player's bar (00:00 / 02:47,
            # 1.0x 1.5x), a promotion's 0元
            rf"|(?<={_D})(?:\s*(?:秒后|(?:[万wW]\s*)?(?:人(?:参加|报名|学习|在学|观看)|次(?:播放|观看))"
            r"|人参与|条评论|人评论|跟贴|跟帖|人阅读|次阅读|次浏览|人收藏|人点赞"
            rf"|(?:[条件个篇]\s*)?(?:评论|回复|跟帖|跟贴|留言|回答))|:00\s?/|[x×]|(?<=0)元{_PROMO_TAIL})",
        ),
    }
    #: Per rule: strings one of which every match of its triggers holds (each alternative of
    #: the trigger has one of them inside, whatever its spaces), "0" standing for any digit
    #: (``_D``), ``_BLANK`` for any blank a line holds; its lexicon's words (the metadata
    #: labels) add theirs (:meth:`_word_marks`). A line holding none of a rule's marks is one the
    #: rule, taken without context, keeps; a line holding no mark at all needs no search
    #: (:meth:`marked`). The fewer lines a mark finds that the rule's searches then reject, the
    #: fewer lines the walk reads: a mark is as close to what the trigger needs as three
    #: characters allow (a year's four digits with what follows them, not any three digits).
    TRIGGER_MARKS: ClassVar[dict[str, tuple[str, ...]]] = {
        "footer": ("cp", "安备", "转载", "©", "(c)", "声明", "险提示", "代表作", "投资建", "有风险", *_PRIVACY_MARKS,
                   "位访", "位来", "位浏"),
        # a date or a journal's year (four digits and what follows them, blanks apart: 2024-, 2024/,
        # 2024., 2024年, 2024 年), a month-day and time (12-27 18:40), relative times
        "metadata": ("0-", "00/", "00.", "00年", "00" + _BLANK, "刚刚", "昨天", "秒前", "钟前", "时前", "天前",
                     *(w[:3] for w in Metadata._CREDIT_ROLES)),  # (credits: 编辑 陈某)
        "share_bar": ("分享", "视力", "护眼", "打印", "关闭", "收藏", "字体", "字号", "字级", "字型", "sha", "大 中"),
        "related": ("一篇", "一条", "一页", "上一章", "下一章", "上一卷", "下一卷", "上一期", "下一期", "上一版", "下一版", "上篇", "下篇", "上一个", "下一个", "推荐"),
        "doc_site": ("页", "分享", "搜索", "由会员", "由用户", "由网友", "积分", "金币", "下载券", "找到", "索到"),
        "navigation": (">", "→", "位置", "首页", "主页", "ho", "版:"),
        "keywords": ("关键", "标签", "ag", "ey", "以下"),
        "link_list": ("|",),
        "image": ("图", "视频", "lo", "[pi", "[im"),
        "prompt": ("下载", "安装", "打开", "进入", "扫一", "扫码", "扫描", "手机扫", "本文来", "在看"),
        "site_banner": ("→", "->", "——", "--", "欢迎"),
        "site_notice": ("转载", "复制", "摘编", "镜像", "刊用", "违者", "浏览", "侵权", "bes", "生成", "合成",
                        "以上就", "以上便", "scr", "脚本", "本网站", "本站", "不代表", "邮件", "本网页", "本网信", "本网内", "投稿", "您即",
                        *_CANNOT_OPEN_MARKS,
                        *(w[:3] for w in SiteNotice._MACHINE_SUMMARY)),
        # (none: without a breadcrumb above, its context, it keeps every line)
        "category_label": (),
        "widget": ("顶", "踩", "赞", *_COUNTER_WORDS, "回复", "留言", "网友", "广告", "秒后", "下载", "★", "☆", "支持", "同意", "有用",
                   "被引", "引用", "人参", "人报", "人学", "人在", "人观", "已有", ">>", "》》", "回答", "属地", "▶", "►",
                   ":00", "0x", "0X", "0×", "已读", "还有", "还剩", "仅剩", "剩余", "倒计时", "次观", "立即", "马上", "状态"),
    }
    #: Lexicons whose words drop a line by themselves, and the rule each serves (the footer's
    #: words need a second marker or a short line: its lexicon is read apart).
    LEXICONS: ClassVar[dict[str, str]] = {
        "spam_seo.txt": "seo_spam", "spam_doc_site.txt": "doc_site", "spam_related.txt": "related",
        "spam_prompts.txt": "prompt",
    }
    #: On a sentence line with 。 only six rules run and none reads a lexicon: punctuation
    #: needs a leading mark, seo_spam no 。, footer its strong markers or a privacy policy's label, doc_site a page counter
    #: or its sharing notice, site_notice a reprint or browser word (or 脚本, 邮件), teaser its ending (:attr:`TEASER_ENDS`); context plays no part
    #: in any of them there.
    SENTENCE_TRIGGERS = (
        "i安转©(声风投有分搜复摘镜刊违浏侵由以脚本私邮您无" + _D,
        rf"(?i:icp)|安备|转载|©|(?i:\(c\))|声明(?:\]|\s*:)|风险提示|投资建议|有风险|{_D}\s*页|分享|搜索"
        r"|私(?:政|隐权?(?:保护)?政|权(?:保护)?政|保护政)策\s*:"
        r"|复制|摘编|镜像|刊用|违者|浏览|侵权|由(?:会员|用户|网友)上传|以上(?:就是|便是)|脚本|本(?:网站|站)"
        r"|邮件"
        r"|本网(?:页|信息|内容)|投稿|您即将离开"  # (a call for corrections on 本网's pages or contributions, a leaving-the-site note)
        f"|{_CANNOT_OPEN}",  # (advice on the software to open the site's files)
    )
    #: A string every match of :attr:`SENTENCE_TRIGGERS` holds, in every case ``regex`` reads
    #: alike: :meth:`marked` gives a line holding one the bit :attr:`sentence_bit` (few
    #: sentences hold one: the others need no search).
    SENTENCE_MARKS = ("cp", "cP", "Cp", "CP", "安备", "转载", "©", "(c)", "(C)", "声明", "险提示", "投资建", "有风险",
                      "页", "分享", "搜索",
                      "复制", "摘编", "镜像", "刊用", "违者", "浏览", "侵权", "由会员", "由用户", "由网友",
                      "以上就", "以上便", "脚本", "本网站", "本站", "邮件", "本网页", "本网信", "本网内", "投稿", "您即",
                      *_CANNOT_OPEN_MARKS, *_PRIVACY_MARKS)

    def __init__(self) -> None:
        by_rule: dict[str, list[str]] = {rule: read_lexicon(name) for name, rule in self.LEXICONS.items()}
        by_rule["footer"] = [e.partition("\t")[0].strip() for e in read_lexicon("spam_footer.txt")]
        by_rule["metadata"] = list(_labels().words)
        by_rule = {rule: [w for w in ws if w] for rule, ws in by_rule.items()}
        self._rule_words = by_rule
        #: The bit of each rule with marks in :meth:`marked`'s masks.
        self.bits = {rule: 1 << k for k, rule in enumerate(sorted({*self.TRIGGER_MARKS, *by_rule}))}
        #: Per rule with marks, by its bit: its searches (:meth:`_searches`).
        self.searches = {self.bits[rule]: self._searches(rule) for rule in self.bits}
        #: What :meth:`may_drop` tries per rule, by its bit: each search's method and the
        #: characters one of which every match of it holds ("": none named), a line holding
        #: none of them skipping that search (:attr:`WORDS_AFTER`: a test of a character or two
        #: costs a tenth of the search it saves, and most lines with a label's characters hold
        #: no colon).
        self._tries = {self.bits[rule]: self._tried(rule) for rule in self.bits}
        self.sentence = self._compile(*self.SENTENCE_TRIGGERS)
        #: The rules with marks (their bits), then three rules a line's edges or characters
        #: rule out: a stray mark first (punctuation), a read-more end (teaser), characters
        #: that may all be interface words (chrome, up to 60 characters).
        self.lexical = (1 << len(self.bits)) - 1
        self.bits.update({"punctuation": self.lexical + 1, "teaser": self.lexical + 1 << 1,
                          "chrome": self.lexical + 1 << 2})
        # (a stray start, a read-more end, a character never an interface word's: marked() sets
        # their rules' bits where its tables find them)
        self._st, self._rm, self._nc = self.bits["punctuation"], self.bits["teaser"], self.bits["chrome"]
        self._edges = self._st | self._rm
        #: Two bits of no rule's (above theirs): the line holds one of :attr:`SENTENCE_MARKS`;
        #: the line is longer than :meth:`marked`'s *limit*.
        self.sentence_bit, self.long_bit = self._nc << 1, self._nc << 2
        self._nc32, self._long = _const(self._nc, np.uint32), _const(self.long_bit, np.uint32)
        #: The bits :meth:`prose_may_drop` reads: a sentence line without them is kept, unasked.
        self.prose_bits = self._edges | self.sentence_bit
        #: Every bit: a line :meth:`marked` does not read has them all.
        self.every = (self.long_bit << 1) - 1
        assert self.every < 1 << _ID_SHIFT
        self._tables: tuple[Any, Any, Any, Any] | None = None
        # chrome: _chrome_line on ``re`` (whose \s holds every space ``regex`` knows)
        chars = "".join(re.escape(c) for c in sorted(_chrome_chars()))
        self.chrome = re.compile(f"[{chars}\\s]*")

    #: Per rule whose words are searched with a pattern after them: that pattern, and one or
    #: two characters one of which every match of it holds (a metadata label: ``label:``,
    #: ``label|``, ``label Gloss:``; its gloss, :attr:`_Labels.GLOSS`, then a colon or bar).
    WORDS_AFTER: ClassVar[dict[str, tuple[str, str]]] = {"metadata": (rf"{_Labels.GLOSS}\s*[:|]", ":|")}

    def _uncased_words(self, rule: str) -> list[str]:
        """The words of *rule*'s lexicon that start with an uncased character (searched on
        their own, :meth:`_searches`)."""
        return [w for w in self._rule_words.get(rule, []) if not _cased(w[0])]

    def _tried(self, rule: str) -> tuple[tuple[str, Any], ...]:
        """*rule*'s searches as :meth:`may_drop` tries them (:attr:`_tries`): the words' search
        first, when its words start uncased, with the characters one of its matches needs."""
        need = self.WORDS_AFTER.get(rule, ("", ""))[1] if self._uncased_words(rule) else ""
        return tuple((need if k == 0 else "", p.search) for k, p in enumerate(self.searches[self.bits[rule]]))

    def _searches(self, rule: str) -> tuple[re.Pattern[str], ...]:
        """The searches of *rule*: its lexicon's words (its labels and their colon, for
        metadata) that start with an uncased character, as one flat alternation that ``re``
        scans for their first characters at C speed; its trigger pattern and its cased words,
        led by a class of their first characters (:meth:`_compile`). A line holding none of the rule's marks
        matches neither (:meth:`rule_marks`)."""
        words = self._rule_words.get(rule, [])
        after = self.WORDS_AFTER.get(rule, ("", ""))[0]
        uncased = self._uncased_words(rule)
        cased = [w for w in words if _cased(w[0])]
        heads, pattern = self.TRIGGERS.get(rule, ("", ""))
        alts = [pattern] if pattern else []
        if cased:
            # (behind a lookahead on their first characters: ``re`` would try each group's first
            # letter ignoring case, a case fold of the character, at every head of the others)
            firsts = sorted({v for w in cased for v in _case_variants(w[0])})
            heads += "".join(w[0] for w in cased)
            alts.append(f"(?=[{re.escape(''.join(firsts))}])(?i:{_grouped(cased, after)})")
        out = [re.compile(_grouped(uncased, after), re.IGNORECASE)] if uncased else []
        return (*out, self._compile(heads, alts)) if alts else tuple(out)

    #: The stray marks :data:`_PUNCT_START` matches, whitespace apart (a line is stripped).
    PUNCT = PunctuationOnly._MARKS
    #: The first characters that give a line the punctuation bit: the stray marks and the dashes
    #: a page number opens with (— 3 —).
    STARTS = PUNCT + PunctuationOnly.PAGE_DASHES
    #: A line break and what a line of a PDF's glyph codes opens with, ``(cid:3)``: the punctuation
    #: bit too (:attr:`PunctuationOnly`; a line opening with a bracket is no stray mark's).
    GLYPH_START = "\n(c"
    #: A line break and what a debris line opens with: a web server's error message's start
    #: (:attr:`PunctuationOnly.ERROR_STARTS`) or a quote (a JSON object's member, ``PunctuationOnly._json_member``): the punctuation bit too.
    DEBRIS_STARTS = (*("\n" + h for h in PunctuationOnly.ERROR_STARTS), '\n"')

    @staticmethod
    def _compile(heads: str, alts: Sequence[str] | str) -> re.Pattern[str]:
        """``re`` search of the alternatives *alts*, led by a class of *heads* (the characters
        they start with; ``_D`` in it: a digit, ``_BLANK``: a blank), every case of its letters: case-insensitive
        only where the alternatives say so (``(?i:...)`` around those with letters: ``re`` then
        skips an alternative that starts with a character or a class that fails with one test,
        where ignoring case it tries it).

        The class is matched first and the alternatives looked for from the character it
        matched, behind it (``[heads](?<=(?=alts)[\\s\\S])``: at a head, the alternatives match
        from the head; a match holds at least one character): ``re`` scans a line for a
        pattern's leading class at C speed and tries the pattern at its characters only, where
        a lookahead first (``(?=[heads])(?:alts)``) is tried at every position.

        >>> bool(_Gate._compile("a刚", r"(?i:ab)|刚刚").search("某某AB")), bool(_Gate._compile("a", "ab").search("b"))
        (True, False)
        """
        classes = [x for x in (_D, _BLANK) if x in heads]
        for x in classes:
            heads = heads.replace(x, "")
        chars = {v for c in heads for v in _case_variants(c)}
        cls = re.escape("".join(sorted(chars))) + "".join(x[1:-1] for x in classes)
        alt = alts if isinstance(alts, str) else "|".join(alts)  # one flat alternation
        return re.compile(f"[{cls}](?<=(?=(?:{alt}))[\\s\\S])")

    #: teaser: the line ends in a read-more link
    TEASER_ENDS = ("]", ">", "文")

    def prose_may_drop(self, s: str, marked: int = -1) -> bool:
        """For a line (folded, stripped) of 20+ characters with 。 (a sentence to the rules);
        *marked*: its bits (:meth:`marked`; -1: read them here). A stray start or a read-more
        end (each has its bit), or a sentence trigger, which only a line with the bit of the
        sentence marks is searched for: most sentences hold none (a search for the marks costs
        ~75 instructions a character of a long paragraph; the marks are read with the page's).

        >>> g = _gate()
        >>> g.prose_may_drop("本站转载文章，版权归原作者所有，如有侵权请联系删除。"), g.prose_may_drop("某县推进教育均衡发展，建成学校十所。")
        (True, False)
        """
        if marked < 0:
            (marked,) = self.marked([s])
        return bool(
            (marked & self._edges and (s[0] in self.PUNCT or s.endswith(self.TEASER_ENDS)))
            or (marked & self.sentence_bit and self.sentence.search(s))
        )

    def may_drop(self, s: str, marked: int = -1) -> int:
        """For a non-empty line (folded, stripped) of up to 150 characters; *marked*: its bits
        (:meth:`marked`; -1: read them here). 0 when no rule can drop the line without context
        (without a rule's bit no word, trigger or edge of that rule is in the line, and the
        searches of the rules whose marks it holds match none of it); else the bits of the
        rules that may: *marked* less the rules whose searches were tried and failed (they
        are tried lowest bit first, up to the first that matches)."""
        if marked < 0:
            (marked,) = self.marked([s])
        if marked & self._edges:
            return marked
        lexical = marked & self.lexical
        while lexical:
            bit = lexical & -lexical
            for need, search in self._tries[bit]:
                # (a test of a character each: ``any(map(s.__contains__, need))`` or a search
                # for them costs about what the search it would save costs)
                if (not need or need[0] in s or need[-1] in s) and search(s):
                    return marked
            marked ^= bit
            lexical ^= bit
        return marked if marked & self._nc and self.chrome.fullmatch(s.lower()) else 0

    def rule_marks(self) -> dict[str, set[str]]:
        """Per rule with marks (:attr:`bits`): every string :meth:`marked` looks for on its
        behalf (one to three characters, a digit written "0", ``_BLANK`` written as each blank a
        line holds): its triggers' marks and the first three characters of its lexicon's words
        (:meth:`_word_marks`), in every case ``re`` matches them in (the searches ignore case)."""
        found: dict[str, set[str]] = {rule: set(ms) for rule, ms in self.TRIGGER_MARKS.items()}
        for rule, words in self._rule_words.items():
            found.setdefault(rule, set()).update(*map(self._word_marks, words, itertools.repeat(rule)))
        blanks = _line_blanks()
        return {
            rule: {_digits_as_zero(v) for m in ms for b in (blanks if _BLANK in m else ("",))
                   for v in _case_variants(m.replace(_BLANK, b))}
            for rule, ms in found.items()
        }

    def _word_marks(self, word: str, rule: str) -> tuple[str, ...]:
        """The marks of a word of *rule*'s lexicon: its first three characters; a word of one
        character (the label 文, a character of many words: 文件, 文化) with what follows it in
        every match, when a pattern follows the words (:attr:`WORDS_AFTER`: a colon, a bar or a
        blank).

        >>> g = _gate()
        >>> g._word_marks("文章来源", "metadata"), g._word_marks("文", "metadata")[:2]
        (('文章来',), ('文:', '文|'))
        """
        if len(word) > 1 or rule not in self.WORDS_AFTER:
            return (word[:3],)
        return (*(word + c for c in self.WORDS_AFTER[rule][1]), word + _BLANK)

    def marks(self) -> list[str]:
        """Every string :meth:`marked` looks for, whatever the rule."""
        return sorted(set().union(*self.rule_marks().values()))

    def marked(self, lines: Sequence[str], limit: int = 150, joined: Joined | None = None) -> list[int]:
        """Per line: the bits (:attr:`bits`) of the rules whose marks it holds or whose edge or
        characters it has, and :attr:`sentence_bit` if it holds a sentence mark, 0 for none;
        a line longer than *limit* has :attr:`long_bit` too, and one longer than
        :data:`_MARK_READ_MAX` every bit (:attr:`every`), not looked at. One pass of table
        look-ups over the code points of the lines read, each between two newlines
        (:meth:`_mark_tables`): a character's word holds the bits of the one-character marks it
        is and its number among the characters of longer marks (a digit's those of "0"); the
        numbers of two neighbours index the table of pairs, which holds the marks of two
        characters and the edges (a newline and a stray mark, a read-more end and a newline), a
        pair's and the next character's the table of triples.

        *joined*: the *lines* joined (:class:`~govtext.boilerplate.Joined`), when at hand: its
        code points are read whole, the lines not read too, when those hold at most
        :data:`_MARK_SPARE` characters (no mark spans a line break: a line's bits are the same
        between any two newlines), else the lines read are joined and encoded.
        """
        every = self.every
        if joined is not None:
            starts, lens = joined.bounds()
        else:
            lens = np.fromiter(map(len, lines), np.intp, len(lines))
        long = lens > _intp(limit)
        # (a page without long lines, most: every line read, nothing more compared or counted)
        read = lens <= _intp(max(limit, _MARK_READ_MAX)) if np.count_nonzero(long) else None
        k = len(lines) if read is None else int(np.count_nonzero(read))
        if not k:
            return [every] * len(lines)
        some = k < len(lines)
        # (the characters of the lines not read: what reading the page whole reads for nothing)
        whole = joined is not None and (not some or len(joined.text) - len(lines) + 1 - int(lens.dot(read)) <= _MARK_SPARE)
        if whole:
            cps, n = joined.padded, lens  # type: ignore[union-attr]
        else:
            n = lens[read] if some else lens
            cps = codepoints("\n".join(["", *(itertools.compress(lines, read.tolist()) if some else lines), ""]))  # type: ignore[union-attr]
            n1 = n + 1
            starts = n1.cumsum()
            starts -= n1  # (each line's segment: the newline before it, its characters)
        found = self._found(cps, starts, n)
        if read is not None:
            found[long if whole or not some else long[read]] |= self._long
        if some and whole:
            found[~read] = every
        elif some:
            out = np.full(len(lines), every, np.intp)
            out[read] = found
            return out.tolist()  # type: ignore[no-any-return]
        return found.tolist()  # type: ignore[no-any-return]

    def _found(self, cps: Any, starts: Any, n: Any) -> Any:
        """:meth:`marked`'s bits of the lines whose segments (a newline, then the line's *n*
        characters) start at *starts* in *cps*. (The scalars are 0-d arrays of the arrays' type:
        NumPy works out a Python int's type first, a fixed cost of each operation that a short
        page's few characters do not pay for.)"""
        words, pairs, triples, by_len = self._tables or self._mark_tables()
        # (the look-ups' indices are all in their tables: "wrap" skips the bounds checks; the
        # tables and what they give are 32-bit: half the memory to go through of 64-bit ones)
        w = words.take(cps, mode="wrap")
        ids = w >> _SHIFT
        shifted = ids << _BITS
        pair = pairs.take(shifted[:-1] | ids[1:], mode="wrap")
        # (the pairs that head a three-character mark, their number above the bits: few, ~4%
        # of them, the triples are looked up at theirs only, their bits added to the pair's;
        # the last pair, before the closing newline, heads none: no head ends in a newline)
        at = (pair >= _HEAD_MIN).nonzero()[0]
        if len(at):
            head = pair[at]
            head |= triples.take(head >> _SHIFT | shifted[2:][at], mode="wrap")
            pair[at] = head
        w[:-1] |= pair
        found = np.bitwise_or.reduceat(w, starts)
        found ^= self._nc32  # (the chrome bit where no character is never an interface word's)
        # (the chrome bit up to its length; an empty line: 0; the characters' numbers, above the
        # bits, cleared)
        found &= by_len.take(n, mode="clip")
        return found

    def _mark_tables(self) -> tuple[Any, Any, Any, Any]:
        """Built once: the characters' words (a table over code points: the bits of the
        one-character marks, a digit's those of "0"; the chrome bit for a character that is
        never an interface word's, see :data:`_UNCASED`; from :data:`_ID_SHIFT` up, the
        character's number among those of the longer marks and the edges, 0 for none), the
        table of pairs of numbers (the bits of the two-character marks; the punctuation bit
        for a newline and a stray mark or a page number's dash, ``STARTS``, the teaser bit for a read-more end,
        ``TEASER_ENDS``, and a newline; from :data:`_ID_SHIFT` up, the pair's number among the
        heads of the three-character marks), the table of (character, head) triples (the
        character's number shifted by :data:`_ID_BITS`), and per line length the bits a line
        may have (none when empty, the chrome bit up to ``ChromeWords.max_len``); all 32-bit."""
        if self._tables is not None:
            return self._tables
        marks = {self.bits[rule]: ms for rule, ms in self.rule_marks().items()}
        marks[self.sentence_bit] = set(self.SENTENCE_MARKS)
        edges = {self._st: ["\n" + c for c in self.STARTS] + [self.GLYPH_START, *self.DEBRIS_STARTS],
                 self._rm: [c + "\n" for c in self.TEASER_ENDS]}
        chars = sorted({c for ms in (*marks.values(), *edges.values()) for m in ms if len(m) > 1 for c in m})
        number = {c: k + 1 for k, c in enumerate(chars)}
        three = {m[:2] for ms in (*marks.values(), *edges.values()) for m in ms if len(m) == 3}
        assert not any(h.endswith("\n") for h in three)  # (:meth:`_found` reads the last pair as no head)
        heads = {h: k + 1 for k, h in enumerate(sorted(three))}
        assert len(number) < 1 << _ID_BITS and len(heads) < 1 << _ID_BITS
        assert _ID_SHIFT + _ID_BITS <= 32
        words = np.zeros(0x110000, dtype=np.uint32)
        pairs = np.zeros(1 << 2 * _ID_BITS, dtype=np.uint32)
        triples = np.zeros(1 << 2 * _ID_BITS, dtype=np.uint32)
        for bit, ms in (*marks.items(), *edges.items()):
            for m in ms:
                if len(m) == 1:
                    words[ord(m)] |= bit
                    continue
                pair = number[m[0]] << _ID_BITS | number[m[1]]
                if len(m) == 2:
                    pairs[pair] |= bit
                else:
                    pairs[pair] |= heads[m[:2]] << _ID_SHIFT
                    triples[number[m[2]] << _ID_BITS | heads[m[:2]]] |= bit
        for c, k in number.items():
            words[ord(c)] |= k << _ID_SHIFT
        bmp = "".join(map(chr, range(0x10000)))
        words[[m.start() for m in re.finditer(r"\d", bmp)]] = words[ord("0")]
        words[0x10000:] = words[ord("0")]  # (``_D``: a digit ``regex`` may know)
        # never in a line of interface words (:meth:`may_drop`: lowered): a character of the
        # uncased blocks that is neither one of theirs nor a space
        nc = np.zeros(0x110000, dtype=bool)
        for lo, hi in _UNCASED:
            nc[lo : hi + 1] = True
        nc[[ord(c) for c in _chrome_chars()]] = False
        nc[[m.start() for m in re.finditer(r"\s", bmp)]] = False
        words[nc] |= self._nc
        by_len = np.full(ChromeWords.max_len + 2, self.every, dtype=np.uint32)
        by_len[0] = 0
        by_len[-1] &= ~self._nc & 0xFFFFFFFF
        self._tables = words, pairs, triples, by_len
        return self._tables


#: Blocks without a character that lowering changes (ASCII but letters, general punctuation,
#: CJK symbols, Han, full-width punctuation and digits).
_UNCASED = ((0x00, 0x40), (0x5B, 0x60), (0x7B, 0x7F), (0x2000, 0x206F), (0x3000, 0x303F),
            *_HAN_RANGES[:3], (0xFF01, 0xFF20))  # (the Basic Multilingual Plane's Han ranges)

#: Where a character's number starts in its word (and a pair's in the table of pairs), and the
#: bits of a number (the tables of pairs and triples index two numbers side by side).
_ID_SHIFT, _ID_BITS = 20, 10
#: The least entry of the table of pairs with a head's number (:meth:`_Gate._mark_tables`).
_HEAD_MIN = _const(1 << _ID_SHIFT, np.uint32)
#: :data:`_ID_SHIFT` and :data:`_ID_BITS` as 0-d arrays (:meth:`_Gate._found`).
_SHIFT, _BITS = _const(_ID_SHIFT, np.uint32), _const(_ID_BITS, np.uint32)
#: The longest line :meth:`_Gate.marked` reads (a paragraph: its marks tell the page's
#: sentences that need no search, :meth:`_Gate.prose_may_drop`); a longer line (a page's keywords
#: or links run together) has every bit.
_MARK_READ_MAX = 4096


@functools.cache
def _intp(value: int) -> Any:
    """*value* as a 0-d ``intp`` array (:func:`~govtext.boilerplate._const`): a length limit
    to compare a page's line lengths with."""
    return _const(value, np.intp)


#: The most characters of lines it does not read (longer than :data:`_MARK_READ_MAX`) that
#: :meth:`_Gate.marked` reads for nothing, to read a page's code points whole rather than join
#: and encode the lines it reads (a cost only: the marks are the same either way).
_MARK_SPARE = 2048


@functools.cache
def _line_blanks() -> tuple[str, ...]:
    """Every character ``re``'s ``\\s`` matches (``str.isspace``, none past U+3000) but the
    newline (a line holds none): what ``_BLANK`` in a mark (:attr:`_Gate.TRIGGER_MARKS`) stands for.

    >>> len(_line_blanks()), "\\n" in _line_blanks(), "\\u3000" in _line_blanks()
    (28, False, True)
    """
    return tuple(c for c in map(chr, range(0x3001)) if c != "\n" and c.isspace())


def _digits_as_zero(mark: str) -> str:
    """*mark* with each digit written "0", as :meth:`_Gate.marked` reads a line.

    >>> _digits_as_zero("2024-")
    '0000-'
    """
    return re.sub(_D, "0", mark)


#: Letters ``re`` matches, ignoring case, beside their lower and upper case (long s, Kelvin
#: sign, dotless and dotted i), by the lower case.
_CASE_PARTNERS = {"s": "\u017f", "k": "\u212a", "i": "\u0131\u0130"}


def _case_variants(mark: str) -> set[str]:
    """*mark* in every combination of the cases ``re`` matches each of its characters in.

    >>> sorted(_case_variants("cp"))
    ['CP', 'Cp', 'cP', 'cp']
    """
    out = {""}
    for c in mark:
        alike = {c, c.lower(), c.upper(), *_CASE_PARTNERS.get(c.lower(), "")}
        out = {v + x for v in out for x in alike if len(x) == 1}
    return out


@lazy
def _gate() -> _Gate:
    return _Gate()


@lazy
def _default_plan() -> _Plan:
    return _Plan(_KEEP_ALIVE)


#: Rules whose lines occur inside a related-article block without ending it (dates and click
#: counts under each link, thumbnails, stray separators); any other drop (a toolbar, a footer)
#: closes the block.
#: The tags a paginated article's list of its pages leaves (本文导航 over 第1页：… 第2页：…): its
#: header's ``pages0``, then each link's with its page's number (the next must count up by one).
_PAGE_TAGS = tuple(f"pages{n}" for n in range(100))
_PAGE_NUMBER = {tag: n for n, tag in enumerate(_PAGE_TAGS)}
#: The tags a related-article block leaves (``related#``: a numbered item of it; :data:`_PAGE_TAGS`).
_RELATED = frozenset({"related", "related#", *_PAGE_TAGS})
_INSIDE_BLOCKS = frozenset({"metadata", "image", "punctuation", "seo_spam", "related"})


def rule_names(rules: Sequence[Rule] | None = None) -> list[str]:
    """Names of the rules in order.

    >>> rule_names()[:3]
    ['punctuation', 'seo_spam', 'footer']
    """
    return [r.name for r in (RULES if rules is None else rules)]


def classify_lines(
    text: str,
    rules: Sequence[Rule] | None = None,
    page: PageParams | bool = True,
) -> list[Verdict]:
    """One verdict per line of ``text.split("\\n")``.

    Blank lines are kept. ``rules`` replaces :data:`RULES` (same protocol: callables taking a
    :class:`Context` and a line index, returning a dropping :class:`Verdict` or ``None``).
    After the line rules, the page is read as a whole (:func:`govtext.boilerplate.read_page`:
    the article region, the headline, chrome runs around them); ``page=False`` switches that
    off, a :class:`~govtext.boilerplate.PageParams` sets its thresholds.

    The lexicons and rules are written in simplified script: on traditional text, call
    :func:`govtext.to_simplified` first, as :func:`govtext.normalize` does before its ``drop_spam``
    step (on held-out pages 269-280, traditional script, the rules drop 89% of the boilerplate
    lines of the raw pages and 98% of the simplified ones; line numbers stay, one line in, one out).

    >>> [v.keep for v in classify_lines("正文。\\n沪ICP备2022005074号")]
    [True, False]
    >>> v = classify_lines("发布时间：2024-03-25 08:28  来源：市教育局")[0]
    >>> v.rule, v.meta
    ('metadata', (('date', '2024-03-25 08:28'), ('source', '市教育局')))
    >>> [v.rule for v in classify_lines("猜你喜欢\\n某县教育动态\\n推进教育均衡发展。")]
    ['related', 'related', None]
    """
    text = check_text(text, "classify_lines")
    return classify_page(text, rules, page)[0]


#: The widgets that stand inside an article and end none (:data:`VOTE_REASON`,
#: :data:`HEADER_COUNT_REASON`, :data:`FILE_ROW_REASON`), the site's note on a machine-made summary
#: over the text (:data:`MACHINE_REASON`) and its advice on the software its attachments need
#: (:data:`SOFTWARE_REASON`): the page reading's region grows over them.
_INLINE_WIDGETS = (VOTE_REASON, HEADER_COUNT_REASON, MACHINE_REASON, AD_REASON, FOLD_REASON, SOFTWARE_REASON, FILE_ROW_REASON,
                   STAGE_REASON)
#: Rules whose lines end an article: the page reading's region never crosses them.
_REGION_STOPS = frozenset({"related", "footer", "widget", "site_notice"})
#: Rules whose lines are a navigation bar for :func:`_lone_chrome_words`.
_CHROME_BARS = frozenset({"chrome", "navigation"})
#: Rules of the lines after the article that may open its comments (:data:`_COMMENTS_OPEN`).
_OPENER_RULES = frozenset({"widget", "related"})


def classify_page(
    text: str,
    rules: Sequence[Rule] | None = None,
    page: PageParams | bool = True,
    template: Mapping[int, int] | None = None,
) -> tuple[list[Verdict], PageReading | None]:
    """:func:`classify_lines` and the page reading behind it (None with ``page=False``): the
    article region and headline lines found. *template* holds the lines of the page's site
    that stand on many of its pages (:meth:`govtext.template.Templates.for_site`: line hash ->
    pages); the page reading drops them outside the article with rule ``template``.

    >>> verdicts, reading = classify_page("首页\\n新闻\\n教育\\n体育\\n某县新建学校十所，投入三亿元。")
    >>> [v.rule for v in verdicts], reading.region
    (['navigation', 'page_chrome', 'page_chrome', 'page_chrome', None], (4, 4))
    """
    verdicts, reading, _ = _classify_page(text, rules, page, template)
    return verdicts, reading


def _classify_page(
    text: str, rules: Sequence[Rule] | None, page: PageParams | bool, template: Mapping[int, int] | None,
) -> tuple[list[Verdict], PageReading | None, list[str]]:
    """:func:`classify_page`, and the lines of *text* (``text.split("\\n")``: the pipeline's
    ``drop_spam`` step reads them too, and a split costs ~13 instructions a character)."""
    text = check_text(text, "classify_page")
    if rules is None:
        rules = RULES
    elif not isinstance(rules, Sequence) or isinstance(rules, str):
        raise ValueError("classify_lines(rules=...) must be a sequence of rules")
    if not isinstance(page, (bool, PageParams)):
        raise ValueError("classify_lines(page=...) must be a bool or a PageParams")
    ctx = Context.of(text)
    builtin = _line_rules(ctx, rules)  # (the built-in rules: ChromeWords and Keywords among them)
    verdicts: list[Verdict] = ctx.verdicts  # type: ignore[assignment]
    if builtin or any(r.name == ChromeWords.name for r in rules):
        toggles, boxes = _holds(text, "展开") or _holds(text, "收起"), _holds(text, "请输入")
        if toggles and _toggle_lines_at_least(text, ACCORDION_MIN_TOGGLES):
            _accordion_toggles(ctx.lines, verdicts)
        if boxes and _PLACEHOLDER_LINE.search("\n" + text):  # (the first line after a newline too)
            _search_boxes(ctx.lines, verdicts)
    if _holds(text, "微信号"):
        _account_card(ctx.lines, verdicts)
    if builtin or any(r.name == Keywords.name for r in rules):
        _keyword_variants(ctx.raw, ctx.lines, _joined(ctx), verdicts)
    if ctx.seo_spam:
        _spam_adverts(ctx.lines, verdicts)
    if ctx.machine_labels:
        _machine_summary(ctx, verdicts)
    if page is False:
        if ctx.credits_kept:
            _credits_left_at_the_edge(ctx, verdicts)
        if _holds(text, "状态"):  # (no page reading: no item's header known, a stage row stays, :func:`_item_header`)
            verdicts[:] = [KEEP if v.reason.startswith(STAGE_REASON) else v for v in verdicts]
        _drop_definitions(ctx, verdicts)
        return verdicts, None, ctx.raw
    _gallery_numbers(text, verdicts)  # (a gallery's counters: blank lines to the page reading)
    if "\n" in text:
        ctx.printed = _running_heads(_folded_text(ctx), ctx.lines, verdicts)  # (a printed page's header and footer: blank lines too)
    repeated = None
    if template:
        keys = [line_key(x) if x else 0 for x in ctx.lines]
        repeated = {i: template[k] for i, k in enumerate(keys) if k in template}
    params = DEFAULT_PARAMS if page is True else page
    before = list(verdicts)
    reading, listed = _read_in_context(text, ctx, verdicts, params, repeated, True)
    if listed and not all(verdicts[i].keep for i in listed):
        # the page reading dropped some of a list page's summaries: then none is the page's
        # text (drop_spam's output, read again, would hold too few to be a list)
        verdicts[:] = before
        reading, _ = _read_in_context(text, ctx, verdicts, params, repeated, False)
    if ctx.credits_kept:
        _credits_left_at_the_edge(ctx, verdicts)
    _drop_definitions(ctx, verdicts)
    return verdicts, reading, ctx.raw


#: A wiki's section heading with its edit link after it, as MediaWiki prints it (安装客户端[编辑 |
#: 编辑源代码], 登录[编辑]): the heading of a section of the page's text.
_WIKI_HEADING = re.compile(r"[^\[\]]{1,40}\[\s?编辑(?:\s?\|\s?编辑源代码)?\s?\]")


def _wiki_headings(lines: list[str], verdicts: list[Verdict], prompts: list[int]) -> set[int]:
    """Take back the prompt rule's drop (of *prompts*, its lines) of a wiki's section heading
    (:data:`_WIKI_HEADING`): the edit link after it marks the words before it as the heading of a
    section of the text, whatever they say (安装客户端 is an app's prompt alone on its line; over a
    wiki's steps it heads them). The lines kept back are returned.

    >>> vs = [_drop("prompt", "app download prompt"), _drop("prompt", "app download prompt")]
    >>> _wiki_headings(["安装客户端[编辑 | 编辑源代码]", "安装客户端"], vs, [0, 1]), [v.keep for v in vs]
    ({0}, [True, False])
    """
    back = set()
    for i in prompts:
        if lines[i].endswith("]") and _WIKI_HEADING.fullmatch(lines[i]):
            verdicts[i] = KEEP
            back.add(i)
    return back


def _accordion_toggles(lines: list[str], verdicts: list[Verdict]) -> None:
    """Drop an accordion's toggles (:data:`_ACCORDION`: 展开, 收起, 全部展开, each alone on its
    line) where they stand ``ACCORDION_MIN_TOGGLES`` times or more: a FAQ crawled with its
    accordion prints one between each question and its answer. They are an item's buttons
    (:data:`ITEM_BUTTONS_REASON`), which the page reading sees as blank lines: the answer under one
    is the FAQ's, not a paragraph cut off by page chrome.

    >>> faq = ["全部展开", "问题1：哪些孩子可以报名？", "收起", "本区户籍的适龄儿童可以报名。",
    ...        "问题2：需要哪些材料？", "展开", "户口簿和出生医学证明。"]
    >>> [v.keep for v in classify_lines("\\n".join(faq))]
    [False, True, False, True, True, False, True]
    """
    toggles = [i for i, s in enumerate(lines) if s in _ACCORDION and verdicts[i].keep]
    if len(toggles) >= ACCORDION_MIN_TOGGLES:
        for i in toggles:
            verdicts[i] = _drop(ChromeWords.name, f"{ITEM_BUTTONS_REASON} (an accordion's toggle) {lines[i]!r}")


def _toggle_lines_at_least(text: str, n: int) -> bool:
    """Whether *n* lines of *text* or more are a toggle alone (``len(_TOGGLE_LINE.findall("\\n" +
    text)) >= n``). Each such line holds one 展开 or 收起, at its start or after its 全部: the
    first :data:`_HOLDS_WALK` occurrences of 展 and of 收 (found by ``str.find`` at memchr
    speed) that start the word are matched at those starts; past them the pattern reads the text. No copy of the
    text and no scan of it for line breaks (a keyword-spam line of 170,000 characters holding
    展开 once: a ``re`` search skips to each line break, a copy moves the text).

    >>> _toggle_lines_at_least("展开\\n问\\n全部收起\\n答\\n收起全部", 3), _toggle_lines_at_least("全面展开\\n展开", 2)
    (True, False)
    """
    found = 0
    for word in ("展开", "收起"):
        i = text.find(word[0])  # (one character: memchr speed, where a word is searched at ~4 instructions a character)
        for _ in range(_HOLDS_WALK):
            if i < 0:
                break
            # (the line can start at the word or at a 全部 before it, not both: no line counted twice)
            for start in (i, i - 2) if text.startswith(word, i) else ():
                if start >= 0 and (start == 0 or text[start - 1] == "\n") and _TOGGLE_BODY.match(text, start):
                    found += 1
            if found >= n:
                return True
            i = text.find(word[0], i + 1)
        else:
            if i >= 0:  # (more occurrences than walked: the pattern counts them all)
                return len(_TOGGLE_LINE.findall("\n" + text)) >= n
    return False


#: Copies of one bar of links (个人简历 | 工作分工 | 领导活动 under each leader of a 领导之窗 list) that
#: make it a bar under each entry of the page's list, and the rules that drop such a bar.
ENTRY_BAR_MIN_COPIES = 3
_BAR_RULES = frozenset({"link_list", "chrome", "share_bar"})


def _entry_bars(lines: list[str], verdicts: list[Verdict], by: Mapping[str | None, list[int]]) -> list[int]:
    """Mark as an item's buttons (:data:`ITEM_BUTTONS_REASON`, blank lines to the page reading) a
    bar of links a rule dropped (:data:`_BAR_RULES`) that stands ``ENTRY_BAR_MIN_COPIES`` times or
    more, each copy under a line the rules kept and, but the last, over one: a bar under each entry
    of a list that is the
    page's text (a 领导之窗's leaders, each post, name and 分工 over 个人简历 | 工作分工 | 领导活动), not
    page chrome cutting the text after its first entry. Still dropped by its rule. *by*: the
    dropped lines by rule. The bars marked, in order.

    >>> page = ["领导之窗", "区委副书记、区长", "某某某", "主持区政府全面工作，负责审计方面工作。", "简历 | 分工 | 活动",
    ...         "副区长", "某某", "负责教育、卫生健康、民政方面工作。", "简历 | 分工 | 活动", "副区长", "某某某",
    ...         "负责交通运输、住房城乡建设方面工作。", "简历 | 分工 | 活动", "版权所有 © 某区人民政府"]
    >>> [v.keep for v in classify_lines("\\n".join(page))]
    [True, True, True, True, False, True, True, True, False, True, True, True, False, False]
    """
    rows = _of_rules(by, _BAR_RULES)
    texts = [lines[i] for i in rows]
    if len(set(texts)) > len(texts) - (ENTRY_BAR_MIN_COPIES - 1):
        return []  # (no bar stands that many times: most pages)
    copies = Counter(texts)
    bars = sorted(i for i in rows if copies[lines[i]] >= ENTRY_BAR_MIN_COPIES)
    last = {lines[i]: i for i in bars}  # (the last copy: under the list's last entry, page chrome may follow)
    loose: set[str] = set()  # (a bar with a copy not between kept lines: a share bar's words one a line)
    for i in bars:
        if (s := lines[i]) in loose:
            continue
        j = _nonblank(lines, i, -1)
        if j is None or not verdicts[j].keep or (last[s] != i and ((k := _nonblank(lines, i, 1)) is None or not verdicts[k].keep)):
            loose.add(s)
    marked = [i for i in bars if lines[i] not in loose]
    for i in marked:
        verdicts[i] = _drop(verdicts[i].rule, f"{ITEM_BUTTONS_REASON} (a bar under each entry) {lines[i][:20]!r}")
    return marked


#: A button's call to act alone on its line (预约挂号, 立即报名, 我要投票, 点击购买): a line opening with
#: one of these words and at most ``ENTRY_BUTTON_MAX_TAIL`` characters more, no space.
ENTRY_BUTTON_MAX_TAIL = 4
#: The words a call to act opens with (:data:`_ENTRY_BUTTON`), tested first.
_ENTRY_BUTTON_WORDS = frozenset({"预约", "报名", "立即", "马上", "我要", "点击", "投票", "购买", "抢购"})
_ENTRY_BUTTON = re.compile(rf"(?:{'|'.join(sorted(_ENTRY_BUTTON_WORDS))})\S{{0,{ENTRY_BUTTON_MAX_TAIL}}}")


def _entry_buttons(lines: list[str], verdicts: list[Verdict], end: int) -> list[int]:
    """Mark as an item's buttons (:data:`ITEM_BUTTONS_REASON`, blank lines to the page reading) the
    copies of a call to act (:data:`_ENTRY_BUTTON`) that stands right under the article a reading
    found (its last line *end*) and ``ENTRY_BAR_MIN_COPIES`` times or more on the page, the same words
    each time, each copy under a line the rules kept and, but the last, over one: a button under each
    entry of a list that is the page's text (a department's doctors, each name, title and 擅长 line
    over 预约挂号), which ended the article after its first entry, as the bars of :func:`_entry_bars`
    would. Kept copies are dropped with the chrome rule; the copies marked, in order (none: the
    reading stands; one line tested on most pages).

    >>> page = ["医生团队", "王某某", "主任医师", "擅长：冠心病的诊治", "预约挂号", "刘某某", "副主任医师",
    ...         "擅长：心律失常的诊治", "预约挂号", "陈某", "主治医师", "擅长：高血压的诊治", "预约挂号"]
    >>> _entry_buttons(page, [KEEP] * len(page), 3)
    [4, 8, 12]
    >>> _entry_buttons(["报名须知", "立即报名", "名额有限。"], [KEEP] * 3, 0)
    []
    """
    j = _nonblank(lines, end, 1)
    if j is None or not verdicts[j].keep or lines[j][:2] not in _ENTRY_BUTTON_WORDS or not _ENTRY_BUTTON.fullmatch(s := lines[j]):
        return []  # (most pages: the line under the article is no call to act)
    rows = [i for i, x in enumerate(lines) if x == s]
    if len(rows) < ENTRY_BAR_MIN_COPIES:
        return []
    for i in rows:
        k = _nonblank(lines, i, -1)
        if k is None or not verdicts[k].keep or (i != rows[-1] and ((k := _nonblank(lines, i, 1)) is None or not verdicts[k].keep)):
            return []  # (a copy not between kept lines: a menu's or a toolbar's words)
    for i in rows:
        if not verdicts[i].reason.startswith(ITEM_BUTTONS_REASON):  # (a bar of :func:`_entry_bars` already)
            verdicts[i] = _drop(verdicts[i].rule or ChromeWords.name, f"{ITEM_BUTTONS_REASON} (a button under each entry) {s!r}")
    return rows


#: A search box's placeholder alone on its line: 请输入 and what to type, no sentence mark (请输入关键词,
#: 请输入企业名称或统一社会信用代码, 请输入关键字进行搜索...); a text box's, with one note in brackets anywhere
#: in it: its limit after it (请输入您的留言(200字以内)), whether it must be filled before it (请输入(必填)姓名).
_PLACEHOLDER = re.compile(
    r"请输入(?=\S)(?:[^\s。，,；;！!？?：:()（）]{0,24}\s?[(（][^()（）]{1,12}[)）]\s?)?[^\s。，,；;！!？?：:()（）]{0,24}(?:\.{3}|…{1,2})?"
)
#: A placeholder's line, searched in the page's text first (a guide's steps say 请输入 too), after
#: a newline (as :data:`_TOGGLE_LINE`).
_PLACEHOLDER_LINE = re.compile(r"\n请输入[^\n]{1,30}\n")
#: The button beside it (the chrome rule drops 搜索; 查询 and 检索 alone head a guide's step too).
_SEARCH_BUTTONS = frozenset({"搜索", "查询", "检索", "搜一搜", "站内搜索", "go", "search"})
#: The button under a text box's placeholder: it sends what was typed (a message, a comment).
_SEND_BUTTONS = frozenset({"提交", "发送", "发表", "提交留言", "发表评论", "发表留言", "提交评论"})


#: What a form asks of its sender besides the message (a name, a way to reach them, where they live or work, who they
#: are): the labels of :data:`_FORM_FIELD`. A survey's optional question (其他建议（选填）：, 您希望新增的线路（选填）：)
#: names none of them.
_SENDER_FIELDS = (
    "姓名|真实姓名|称呼|昵称|联系方式|联系电话|电话|手机|手机号|手机号码|固定电话|邮箱|电子邮箱|电子邮件|邮件|[Ee]-?[Mm][Aa][Ii][Ll]|[Qq]{2}|微信"
    "|地址|联系地址|通讯地址|住址|邮编|邮政编码|单位|工作单位|所在单位|身份证号|身份证号码|证件号码"
)
#: A form's field label for its sender's particulars (:data:`_SENDER_FIELDS`, 您的 before it or not) marked optional
#: or required, no value on its line (联系方式（选填）：, 您的姓名(必填):): between a text box's placeholder and its
#: button, a field of the same form.
_FORM_FIELD = re.compile(rf"(?:您的|你的)?(?:{_SENDER_FIELDS})\s?[(（](?:选填|必填|可选|非必填)[)）]\s?[:：]")
#: Lines at most between a text box's placeholder and the button that sends the form, each a field label of
#: :data:`_FORM_FIELD` or a line a rule dropped (验证码：, 看不清？换一张).
FORM_FIELDS_MAX = 4
#: How the line over such a text box ends when it is the box's question (5.您还有哪些意见和建议？, 您最常乘坐的线路：):
#: the box answers it. Under a survey's option (三次以上, 其他（请注明）) the box is not the question's, and the
#: options must not be left the last short lines over dropped ones (the page reading would cut them off).
_BOX_QUESTION_ENDS = ("？", "?", "：", ":")

#: The reasons of :func:`_search_boxes`' drops.
SEARCH_PLACEHOLDER_REASON = "a search box's placeholder"
SEARCH_BUTTON_REASON = "a search box's button"
FORM_BOX_REASON = "a text box's placeholder"
SEND_BUTTON_REASON = "a text box's button"
FORM_FIELD_REASON = "a form's field label between a text box and its button"


def _search_boxes(lines: list[str], verdicts: list[Verdict]) -> None:
    """Drop a search box's placeholder (:data:`_PLACEHOLDER`) and its button right under it
    (:data:`_SEARCH_BUTTONS`), or a text box's and its button that sends (:data:`_SEND_BUTTONS`): a
    form's words, not the page's text (nor its headline).

    >>> [v.keep for v in classify_lines("请输入企业名称或统一社会信用代码\\n查询\\n行政许可信息")]
    [False, False, True]
    >>> classify_lines("请输入手机号码\\n系统将发送验证码。")[0].keep
    True
    """
    for i, s in enumerate(lines):
        if s[:3] == "请输入" and verdicts[i].keep and _PLACEHOLDER.fullmatch(s):
            j = _nonblank(lines, i, 1)
            if j is None:
                continue
            button = lines[j].strip().lower()
            search = button in _SEARCH_BUTTONS
            if search or button in _SEND_BUTTONS:
                verdicts[i] = _drop(ChromeWords.name, SEARCH_PLACEHOLDER_REASON if search else FORM_BOX_REASON)
                if verdicts[j].keep:
                    verdicts[j] = _drop(ChromeWords.name, SEARCH_BUTTON_REASON if search else SEND_BUTTON_REASON)
            else:
                _form_over_button(lines, verdicts, i)


def _form_over_button(lines: list[str], verdicts: list[Verdict], i: int) -> None:
    """A text box's placeholder on line *i* (请输入不超过500字) right under its question (a kept line ending as
    :data:`_BOX_QUESTION_ENDS`) whose send button (:data:`_SEND_BUTTONS`) stands under the form's other fields, up to
    ``FORM_FIELDS_MAX`` lines each a label of the sender's particulars marked optional or required (:data:`_FORM_FIELD`:
    联系方式（选填）：) or one a rule dropped (验证码：, 看不清？换一张): the placeholder, those labels and the button go. A
    survey's next question (an optional one too: 其他建议（选填）：), an option, a sentence ends the walk, and a box under
    an option is no question's: all stay.

    >>> lines = ["2.您还有什么建议？", "请输入不超过200字", "手机号码（选填）：", "校验码：", "发送"]
    >>> vs = [KEEP, KEEP, KEEP, _drop("chrome", "interface words"), KEEP]
    >>> _form_over_button(lines, vs, 1)
    >>> [v.keep for v in vs]
    [True, False, False, False, False]
    >>> vs = [KEEP] * 4
    >>> _form_over_button(["2.您还有什么建议？", "请输入您的意见", "其他建议（选填）：", "提交"], vs, 1)
    >>> _form_over_button(["每周三次以上", "请输入您的意见", "电话（选填）：", "提交"], vs, 1)
    >>> [v.keep for v in vs]
    [True, True, True, True]
    """
    q = _nonblank(lines, i, -1)
    if q is None or not verdicts[q].keep or not lines[q].rstrip().endswith(_BOX_QUESTION_ENDS):
        return  # (a box under an option, a heading, chrome: no question's)
    fields, j = [], _nonblank(lines, i, 1)
    while j is not None and len(fields) < FORM_FIELDS_MAX and (not verdicts[j].keep or _FORM_FIELD.fullmatch(lines[j])):
        fields.append(j)
        j = _nonblank(lines, j, 1)
    if not fields or j is None or lines[j].strip().lower() not in _SEND_BUTTONS:
        return
    verdicts[i] = _drop(ChromeWords.name, FORM_BOX_REASON)
    for k in (*fields, j):
        if verdicts[k].keep:
            verdicts[k] = _drop(ChromeWords.name, SEND_BUTTON_REASON if k == j else FORM_FIELD_REASON)


def _drop_definitions(ctx: Context, verdicts: list[Verdict]) -> None:
    """Drop a Markdown page's reference definitions (``[1]: http://…``, :attr:`Context.definitions`):
    a link's target alone, which no reader sees; and its record tables (:func:`_record_tables`)."""
    for i in ctx.definitions:
        verdicts[i] = _drop(LinkList.name, MD_DEFINITION_REASON)
    if ctx.markdown:
        _record_tables(ctx, verdicts)


#: Fewest rows of a pipe table dropped (one by the metadata rule) for it to be the page's record
#: (索引号, 文号, 发布日期 ...: every row label：value pairs).
RECORD_TABLE_DROPPED_MIN = 2
#: Longest label cell of a record table's row.
RECORD_LABEL_MAX = 10
RECORD_TABLE_REASON = "a row of the page's record table (its other rows are metadata)"


def _record_tables(ctx: Context, verdicts: list[Verdict]) -> None:
    """A Markdown page's record table (``| 索引号： | … | 发布机构： | … |`` over ``| --- | --- |``, the
    信息公开 page's 索引号/文号/发布日期 table as a converter writes it): a pipe table whose every row is
    label：value pairs (a short label ending in a colon, then its value), :data:`RECORD_TABLE_DROPPED_MIN`
    or more of whose rows are dropped, one by the metadata rule, above the page's first kept
    sentence, is the page's metadata: its rows the rule left (a row of no date, the delimiter row)
    go with it. A document's table has rows of another shape (a header row, cells with no colon),
    or stands in the text: left to the rules."""
    raw = ctx.raw
    n = next((k for k, (x, v) in enumerate(zip(ctx.lines, verdicts)) if v.keep and _prose(x)), len(raw))
    i = 0
    while i < n:
        if not _pipe_row(raw[i]):
            i += 1
            continue
        j = i
        while j < n and _pipe_row(raw[j]):
            j += 1
        rows = range(i, j)
        if j <= n and any(verdicts[k].rule == Metadata.name for k in rows) \
                and sum(not verdicts[k].keep for k in rows) >= RECORD_TABLE_DROPPED_MIN \
                and all(_record_row(raw[k]) for k in rows):
            for k in rows:
                if verdicts[k].keep:
                    verdicts[k] = _drop(Metadata.name, RECORD_TABLE_REASON)
        i = j


def _pipe_row(line: str) -> bool:
    s = line.strip()
    return len(s) > 2 and s[0] == "|" and s[-1] == "|"


def _record_row(line: str) -> bool:
    """A pipe row of label：value pairs, or a delimiter row."""
    cells = [c.strip() for c in line.strip()[1:-1].split("|")]
    if all(c.strip(":-") == "" for c in cells):
        return True
    return len(cells) % 2 == 0 and all(
        0 < len(c) <= RECORD_LABEL_MAX and c[-1] in ":：" for c in cells[::2])


#: Longest summary under a machine summary's label (a paragraph; a document's text runs on longer).
MACHINE_SUMMARY_MAX = 300


def _machine_summary(ctx: Context, verdicts: list[Verdict]) -> None:
    """The paragraph right under a label over a summary the site's machine wrote (AI导读, AI摘要,
    ``ctx.machine_labels``: :class:`SiteNotice` dropped them), a sentence of at most
    :data:`MACHINE_SUMMARY_MAX` characters: the site's note on the document, as the label is;
    both stand between the headline and the text, and the page reading's region grows over them
    (:data:`MACHINE_REASON`). A label under a sentence the rules keep heads a section of the text
    and is kept, with the paragraph under it.

    >>> [v.keep for v in classify_lines("某某教学设计\\nAI导读\\n该文档是一份教学设计，包括教学目标和教学过程。\\n【教学目标】")]
    [True, False, False, True]
    """
    lines = ctx.lines
    first = ctx.sentence_rows()[0]
    # (the labels come in line order: the lines above each are read on from where the last
    # label's reading stopped; what this loop changes is a label, no sentence, or a line under it)
    k, inside = first, False
    for i in ctx.machine_labels:
        while not inside and k < i:
            inside = verdicts[k].keep and "。" in lines[k]
            k += 1
        if inside:
            # (under a sentence the rules keep, inside a text: a section's heading, 智能摘要 among a
            # product's features; a sentence they drop, a site's note above, stands in no text)
            verdicts[i] = KEEP
            continue
        j = _nonblank(lines, i, 1)
        if j is not None and verdicts[j].keep and len(lines[j]) <= MACHINE_SUMMARY_MAX and _prose(lines[j]):
            verdicts[j] = _drop(SiteNotice.name, f"{MACHINE_REASON} (a machine summary under its label)")


def _credits_left_at_the_edge(ctx: Context, verdicts: list[Verdict]) -> None:
    """Drops each credits line kept between two of the page's sentences (``ctx.credits_kept``)
    that no longer stands between two the page keeps: every sentence on one side of it went (a
    disclaimer or a notice with a 。 dropped as the footer, a sentence under the footer the page
    reading dropped). It is then the page's credits, as the page's output read again finds it.

    >>> text = "某县新建学校十所。\\n编辑 王某 校对 李某某\\n声明：本文来源于网络，如有侵权请联系删除。"
    >>> [v.rule for v in classify_lines(text, page=False)]  # (the footer's sentence went: the credits too)
    [None, 'metadata', 'footer']
    """
    rows = [j for j, (x, v) in enumerate(zip(ctx.lines, verdicts)) if v.keep and "。" in x and _HAN.search(x)]
    for i in dict.fromkeys(ctx.credits_kept):
        if verdicts[i].keep and not (rows and rows[0] < i < rows[-1]):
            verdicts[i] = _drop(Metadata.name, CREDITS_REASON, Metadata._credit_meta(ctx.lines[i]))


def _taken_back(
    lines: list[str], verdicts: list[Verdict], by: defaultdict[str | None, list[int]], params: PageParams,
) -> set[int]:
    """The lines the rules dropped that a context pass keeps back before the page reading: a list
    of names (:func:`_name_lists`), the field rows of a list of records (:func:`_record_fields`),
    a table's cells with the footer's words (:func:`_footer_cells`), a guide's headings named as
    buttons (:func:`_lone_buttons`), a notice's own takedown rule (:func:`_signed_offers`) or its
    call for contributions (:func:`_contributions_in_text`), a table's rows between bars (:func:`_bar_tables`), a wiki's section heading read as a prompt
    (:func:`_wiki_headings`). (Each reads the lines of its rules only:
    it is not called when the rules dropped none: most pages drop a few rules' lines.)"""
    meta, footers, chrome, widgets = by[Metadata.name], by[Footer.name], by[ChromeWords.name], by[Widget.name]
    notices, links = by[SiteNotice.name], by[LinkList.name]
    back: set[int] = set()
    if meta:
        back |= _titled_issue(lines, verdicts, meta)
        back |= _name_lists(lines, verdicts, meta)
        back |= _record_fields(lines, verdicts, meta, params)
        back |= _date_column_cells(lines, verdicts, meta, params)
        back |= _entry_dates(lines, verdicts, meta)
        back |= _process_times(lines, verdicts, meta)
    if footers:
        back |= _footer_cells(lines, verdicts, footers)
        back |= _titled_links(lines, verdicts, footers)
    if chrome or widgets:
        back |= _lone_buttons(lines, verdicts, chrome, widgets)
    if notices:
        back |= _signed_offers(lines, verdicts, notices)
        back |= _contributions_in_text(lines, verdicts, notices)
    if links:
        back |= _bar_tables(lines, verdicts, links)
    if by[Prompt.name]:
        back |= _wiki_headings(lines, verdicts, by[Prompt.name])
    if by[Related.name]:
        back |= _section_headers(lines, verdicts, by[Related.name])
    return back


#: Han characters of the paragraph right under a related-article header that make the header the
#: heading of a section of the text (编辑推荐 over the book's recommendation), not a box of links.
SECTION_PARAGRAPH_MIN_HAN = 30
#: The words of a comment box's header (网友热评, 最新评论, 留言): the paragraphs under it are comments.
_COMMENT_BOX = re.compile(r"评|留言|跟帖|跟贴|回复")


def _alone_header(v: Verdict) -> bool:
    """Is *v* the related rule's drop of a header alone on its line (``RELATED_HEADER_REASON`` and
    the header in quotes; not a header with its links on the line)?

    >>> _alone_header(_drop("related", f"{RELATED_HEADER_REASON} '相关链接'"))
    True
    >>> _alone_header(_drop("related", f"{RELATED_HEADER_REASON} '相关链接' with its links"))
    False
    """
    return v.reason.startswith(f"{RELATED_HEADER_REASON} '") and v.reason.endswith("'")


def _section_headers(lines: list[str], verdicts: list[Verdict], related: list[int]) -> set[int]:
    """Take back the related rule's drop of a header alone on its line (编辑推荐, 推荐阅读; of
    *related*, its lines) whose next line is a paragraph the rules kept (``SECTION_PARAGRAPH_MIN_HAN``
    Han characters or more, a sentence's end closing it): a box of related articles lists
    titles under its header; a paragraph under it is the text's section that the word heads (a book
    page's 编辑推荐 over the publisher's recommendation, then 内容简介 and 目录). Not a comment box's
    header (网友热评 over a comment's sentences). The lines kept back are returned.

    >>> page = ["某某教材", "编辑推荐", "本书按教材章节编排，每章分基础、提升、拓展三个层次，适合学生课后自主练习。", "目录"]
    >>> vs = [KEEP] * 4
    >>> vs[1] = _drop("related", f"{RELATED_HEADER_REASON} '编辑推荐'")
    >>> _section_headers(page, vs, [1]), vs[1].keep
    ({1}, True)
    >>> vs = [_drop("related", f"{RELATED_HEADER_REASON} '编辑推荐'"), KEEP, KEEP]
    >>> _section_headers(["编辑推荐", "某县召开教育工作会议", "某校举行运动会"], vs, [0]), vs[0].keep
    (set(), False)
    """
    back = set()
    for i in related:
        if verdicts[i] is Related._LINK_TITLE:
            continue  # (most of a related block's lines: its titles)
        if not _alone_header(verdicts[i]) \
                or _COMMENT_BOX.search(lines[i]):
            continue  # (a comment box's header, 网友热评, heads comments: their sentences are the box's)
        j = _nonblank(lines, i, 1)
        if j is not None and verdicts[j].keep and _paragraph(lines[j], SECTION_PARAGRAPH_MIN_HAN):
            verdicts[i] = KEEP
            back.add(i)
    return back


#: A 简报's compiler line under its issue's title: the office that compiled it, 编 (编印, 编发), maybe
#: the date (某市某局办公室编 2026年10月30日).
_ISSUE_COMPILER = _sx(r"[\u4e00-\u9fff()]{2,30}?(?:编|编印|编发)(?:\s*\d{4}年\d{1,2}月\d{1,2}日)?")


def _titled_issue(lines: list[str], verdicts: list[Verdict], meta: list[int]) -> set[int]:
    """Keep the journal issue line (of *meta*, the metadata rule's lines) that the page's title line
    opens with, before a separator (工作简讯（2026年第18期） under 工作简讯（2026年第18期）_政务动态_某街道),
    or that is the title line itself with a sentence right under it (drop_spam's output opens with
    that headline over its text: read again, it stays; a gazette's running head opening a reprint
    stands over the document's title), or with the issue's compiler line under it (某某办公室编
    2026年10月30日, :data:`_ISSUE_COMPILER`: a 简报's masthead over its 本期要目): an issue of a 简报 or
    a 简讯 published as a page is that page's headline; a paper's page names the paper in its title,
    not the journal's issue. The line kept back is returned.

    >>> page = ["工作简讯(2026年第18期)_政务动态_某街道办事处", "工作简讯(2026年第18期)", "★9月10日，街道召开教师节座谈会。"]
    >>> [v.keep for v in classify_lines("\\n".join(page))]
    [True, True, True]
    >>> [v.keep for v in classify_lines("\\n".join(["某某教育论文_期刊网", *page[1:]]))]
    [True, False, True]
    >>> [v.keep for v in classify_lines("\\n".join(page[1:]))]
    [True, True]
    >>> [v.keep for v in classify_lines("\\n".join(["某省人民政府公报 2026年第4期", "某省人民政府办公厅关于某某的意见"]))]
    [False, True]
    >>> [v.keep for v in classify_lines("\\n".join(["工作简报(2026年第19期)", "某市某局办公室编 2026年10月30日", "本期要目"]))][0]
    True
    """
    t = _nonblank(lines, -1, 1)
    if t is None or "期" not in lines[t]:  # (an issue's title holds its 期: most titles hold none)
        return set()
    title = lines[t]
    for i in meta:
        s = lines[i]
        if verdicts[i].reason != JOURNAL_REASON or not title.startswith(s):
            continue
        if i == t:
            j = _nonblank(lines, i, 1)
            under = j is not None and ("。" in lines[j] or _ISSUE_COMPILER.fullmatch(lines[j]) is not None)
        else:
            under = s != title and is_title(s, title)  # (the title's headline part, a separator after it)
        if under:
            verdicts[i] = KEEP
            return {i}
    return set()


def _bar_tables(lines: list[str], verdicts: list[Verdict], rows: list[int]) -> set[int]:
    """Keep the rows of words between bars the link-list rule dropped (*rows*) that are a table's:
    lines with bars in a row, each of as many cells (two or more), two rows or more with a row
    of values among them (:meth:`LinkList.values_row`: 县市 | 收购量（万吨） | 同比 over 甲县 | 18.4 |
    +7.2%, a table in trafilatura's text output: the rows down to the last of values), or
    ``BAR_TABLE_MIN_ROWS`` rows or more of words under a kept line introducing them (名单如下：,
    …安排通知如下。) or between two kept sentences (a schedule inside a notice). A menu's rows
    stand over no row of values, under no such line, not between sentences. The lines kept
    back are returned.

    >>> page = ["县市 | 收购量（万吨） | 同比 |", "甲县 | 18.4 | +7.2% |", "首页 | 新闻 | 专题", "联系我们"]
    >>> [v.keep for v in classify_lines("\\n".join(page))]
    [True, True, False, False]
    """
    back: set[int] = set()
    done: set[int] = set()
    for i in rows:
        if i in done:
            continue
        n, bars = _bar_cells(lines[i]), lines[i].count("|")
        run = [i]
        for step in (-1, 1):  # (the rows above it, then under it, of as many cells or bars: a
            got = []  # row's last cell may be empty, 校舍 | 门窗 | 有 | under 项目 | 内容 | 问题 | 措施)
            j = _nonblank(lines, i, step)
            while j is not None and "|" in lines[j] and (_bar_cells(lines[j]) == n or lines[j].count("|") == bars):
                got.append(j)
                j = _nonblank(lines, j, step)
            run = [*got[::-1], *run] if step < 0 else [*run, *got]
        done.update(run)
        if len(run) < 2:
            continue
        valued = [x for x, j in enumerate(run) if LinkList.values_row(_bar_split(lines[j]))]
        if valued and valued[-1]:
            run = run[: valued[-1] + 1]  # (the header over the rows of values; no row of words under them)
        elif len(run) < BAR_TABLE_MIN_ROWS or not (_listing_rows(lines, run) or _text_around(lines, verdicts, run[0], run[-1])):
            continue
        back.update(j for j in run if not verdicts[j].keep and verdicts[j].rule == LinkList.name)
    for i in back:
        verdicts[i] = KEEP
    return back


#: Rows of words between bars (a header and two rows) that make a table under a line introducing
#: them or between two sentences (:func:`_bar_tables`), or when two of them or more list things
#: in a cell (:data:`_LISTING_CELL`).
BAR_TABLE_MIN_ROWS = 3


def _listing_rows(lines: list[str], run: list[int]) -> bool:
    """Whether ``BAR_TABLE_MIN_ROWS`` - 1 rows or more of *run* hold a cell listing things (门窗、屋面、
    围墙; a form's rows: a menu's links are names, one of them two at most, 人事、机构).

    >>> _listing_rows(["项目 | 内容 | 问题", "校舍 | 门窗、屋面 | 有 |", "用电 | 线路、插座 | 无 |"], [0, 1, 2])
    True
    """
    rows = [j for j in run if "、" in lines[j] and _LISTING_CELL.search(lines[j]) is not None]
    return len(rows) >= BAR_TABLE_MIN_ROWS - 1


def _bar_split(s: str) -> list[str]:
    """The cells of a row between bars, stripped, empty ones left out."""
    return [x for x in map(str.strip, s.split("|")) if x]


def _bar_cells(s: str) -> int:
    return len(_bar_split(s))


def _text_around(lines: list[str], verdicts: list[Verdict], first: int, last: int) -> bool:
    """Whether the lines *first* to *last* stand under a kept line introducing them (a colon at its
    end, or its last clause pointing at what follows: 名单如下。) or between two kept sentences."""
    above, below = _nonblank(lines, first, -1), _nonblank(lines, last, 1)
    if above is None or not verdicts[above].keep:
        return False
    s = lines[above]
    if s.endswith((":", "：")) or _FORWARD.search(s):
        return True
    return (_SENTENCE_LAST.search(s) is not None and below is not None and verdicts[below].keep
            and _SENTENCE_LAST.search(lines[below]) is not None)


def _signed_offers(lines: list[str], verdicts: list[Verdict], notices: list[int]) -> set[int]:
    """Keep the takedown offers the site-notice rule dropped (*notices*: its lines) right under
    which a document's closing date stands (:func:`_signed_under`: its signature and date): a platform's
    notice on its uploads states its own rule (用户上传的内容如有侵权，请联系客服删除。 over 某某中心 /
    2026年6月1日), no site's note at the page's foot. The lines kept back are returned.

    >>> page = ["关于规范资源上传的公告", "用户上传的内容如有侵权，请联系客服删除。", "某某教育技术中心", "2026年6月1日"]
    >>> [v.keep for v in classify_lines("\\n".join(page))]
    [True, True, True, True]
    """
    back = set()
    for i in notices:
        if verdicts[i].reason.startswith(TAKEDOWN_REASON) and _signed_under(lines, verdicts, i):
            verdicts[i] = KEEP
            back.add(i)
    return back


def _contributions_in_text(lines: list[str], verdicts: list[Verdict], notices: list[int]) -> set[int]:
    """Keep the calls for contributions the site-notice rule dropped (*notices*: its lines) right
    under which a paragraph the rules kept goes on (:func:`_kept_paragraph`): a 征稿 page's own terms
    inside its text (投稿方式：本网站欢迎…, then the next term), not the site's note at the foot of the
    page, under which the page's chrome stands. The lines kept back are returned.

    >>> page = ["某县网站征稿启事", "今年起，本网站开设“乡村记忆”栏目，记录各村的变迁。", "投稿方式：本网站欢迎广大读者投稿，来稿请发至邮箱。",
    ...         "来稿请注明作者姓名和联系方式，一经采用即付稿酬。"]
    >>> [v.keep for v in classify_lines("\\n".join(page))]
    [True, True, True, True]
    """
    back = set()
    for i in notices:
        if verdicts[i].reason == CONTRIBUTE_REASON and (k := _nonblank(lines, i, 1)) is not None \
                and _kept_paragraph(lines[k], verdicts[k]):
            verdicts[i] = KEEP
            back.add(i)
    return back


#: Longest signature line between a notice's line and its date (characters).
SIGNATURE_MAX = 30


def _signed_under(lines: list[str], verdicts: list[Verdict], i: int) -> bool:
    """Whether a document's closing date stands right under line *i*, or under a signature right
    under it (a short line with no sentence mark), both kept by the rules.

    >>> _signed_under(["如有侵权，请联系客服删除。", "某某中心", "2026年6月1日"], [KEEP] * 3, 0)
    True
    >>> _signed_under(["如有侵权，请联系客服删除。", "某某中心", "联系人：王某", "2026年6月1日"], [KEEP] * 4, 0)
    False
    """
    j = _nonblank(lines, i, 1)
    for _ in range(2):
        if j is None or not verdicts[j].keep:
            return False
        if lines[j][-1:] in "日)）" and _DATE_LINE.fullmatch(lines[j]):
            return True
        if len(lines[j]) > SIGNATURE_MAX or "。" in lines[j] or ":" in lines[j]:
            return False
        j = _nonblank(lines, j, 1)
    return False


#: Interface words of an exercise or a Q&A page that alone on a line may be a heading or a table's
#: cell too (a question bank's guide: 组卷 / 查看答案 over how they work; a contest's round 我来答;
#: an accordion's 展开 or 收起 is none).
_HEADING_BUTTONS = frozenset({*_EXERCISE_BUTTONS, "我来答", "最佳答案", *_GUIDE_BUTTONS})
#: A question's count of answers alone on its line (3个回答), a Q&A page's counter: a survey's
#: table cell too (课后服务 / 46个回答).
_ANSWER_COUNT = re.compile(r"\d+\s?[个条]回答")
#: An answer's label opening the line under a question's button (【答案】C, 答案：C, 【解析】).
_ANSWER_LABEL = re.compile(r"\[\s?(?:参考)?(?:答案|解析|分析|点拨)\s?\]|(?:参考)?(?:答案|解析)\s?:")


def _lone_buttons(lines: list[str], verdicts: list[Verdict], chrome: list[int], widgets: list[int]) -> set[int]:
    """Keep the lines of one word of :data:`_HEADING_BUTTONS` the chrome rule dropped (*chrome*),
    and the counts of answers (:data:`_ANSWER_COUNT`) the widget rule dropped (*widgets*),
    when the page shows none of them as a button: none stands twice (查看答案 under each question),
    none over an answer's label (:data:`_ANSWER_LABEL`), none next to a line a rule dropped (3个回答
    over 最佳答案, 收藏 beside 加入试题篮). Then they are a guide's headings or a table's cells; the
    lines kept back are returned.

    >>> guide = ["平台上线了组卷功能。", "组卷", "选好题目后一键生成试卷。", "查看答案", "会员可以展开每道题的解析。"]
    >>> [v.keep for v in classify_lines("\\n".join(guide))]
    [True, True, True, True, True]
    >>> quiz = ["1. 计算3+5的结果是（ ）", "A. 8", "查看答案", "【答案】A"]
    >>> [v.keep for v in classify_lines("\\n".join(quiz))]
    [True, True, False, True]
    """
    alone = [i for i in chrome if lines[i] in _HEADING_BUTTONS]
    alone += [i for i in widgets if "回答" in lines[i] and _ANSWER_COUNT.fullmatch(lines[i])]
    if not alone or len({lines[i] for i in alone}) < len(alone):
        return set()
    for i in alone:
        j, k = _nonblank(lines, i, -1), _nonblank(lines, i, 1)
        if (j is not None and not verdicts[j].keep) or (k is not None and (not verdicts[k].keep or _ANSWER_LABEL.match(lines[k]))):
            return set()
    for i in alone:
        verdicts[i] = KEEP
    return set(alone)


def _boxed_lines(ctx: Context, verdicts: list[Verdict], by: Mapping[str | None, list[int]]) -> list[int]:
    """The lines of boxes the passes before the page reading drop (*verdicts* updated in place): the adverts
    under their 广告 labels (:func:`_labelled_adverts`) and a QR box's caption between its two prompts
    (:func:`_between_prompts`, none under fewer than two prompts; *by*: the dropped lines by rule)."""
    out = _labelled_adverts(ctx.lines, verdicts, ctx.ad_labels) if ctx.ad_labels else []
    return out + _between_prompts(ctx.lines, verdicts, by[Prompt.name])


def _read_in_context(
    text: str, ctx: Context, verdicts: list[Verdict], params: PageParams, repeated: dict[int, int] | None,
    teasers: bool,
) -> tuple[PageReading, list[int]]:
    """The page reading after the line rules (:func:`classify_page`), and the context passes
    around it, *verdicts* updated in place; with *teasers*, a list page's summaries kept
    (:func:`_list_page_teasers`: their lines are returned)."""
    dropped = [i for i, v in enumerate(verdicts) if not v.keep]
    # (the dropped lines by rule, read in one pass: the passes up to the page reading change the
    # verdicts of kept lines only, but for those _taken_back, _list_page_teasers and _vote_results
    # take back, after which they are read again)
    forms, bars = _comment_forms(text, ctx.lines, verdicts), _rating_bars(text, ctx.lines, verdicts)
    if bars:
        bars += _notes_under_bars(ctx.lines, verdicts, bars)
    if (boxes := _qa_heads(text, ctx.lines, verdicts)) or forms or bars:  # (a Q&A box, a comment form's
        dropped = sorted([*dropped, *forms, *bars, *boxes])  # notice, a rating bar: chrome ending the article)
    by = _by_rule(verdicts, dropped)
    if (ctx.ad_labels or len(by[Prompt.name]) > 1) and (boxed := _boxed_lines(ctx, verdicts, by)):
        dropped = sorted([*dropped, *boxed])
        by = _by_rule(verdicts, dropped)
    back = _taken_back(ctx.lines, verdicts, by, params)
    if ctx.masthead_rows:
        back |= _mastheads(ctx.lines, verdicts, ctx.masthead_rows)
    if back:
        dropped = [i for i in dropped if i not in back]
        by = _by_rule(verdicts, dropped)
    listed: list[int] = []
    if teasers and len(by[Teaser.name]) >= TEASER_LIST_MIN:
        dropped, listed = _list_page_teasers(ctx.lines, verdicts, dropped)
        by = _by_rule(verdicts, dropped)
    if by[Widget.name] and any(verdicts[i].reason.startswith(VOTE_REASON) for i in by[Widget.name]):  # (the widget rule's)
        dropped = _vote_results(ctx.lines, verdicts, dropped)
        by = _by_rule(verdicts, dropped)
    blocks = _footer_blocks(ctx.lines, verdicts, by[Footer.name])
    if dropped and dropped[0] == _nonblank(ctx.lines, -1, 1) and verdicts[dropped[0]].rule == "footer":
        blocks += _opening_footer(ctx.lines, verdicts)
    _bar_passes(ctx, verdicts, by)
    inside = _inline_widgets(ctx.lines, verdicts, by)
    if ctx.boxes:  # (a related box of one line between paragraphs)
        inside.update(_boxes_between_paragraphs(ctx.lines, verdicts, ctx.boxes))
    stops = _region_stops(by, inside)
    images = [*by[Image.name], *(i for i in by[Prompt.name] if Prompt.stands_inside(ctx.lines[i]))] if by[Prompt.name] else by[Image.name]
    notes = _metadata_inside(ctx.lines, verdicts, by[Metadata.name])
    inline = sorted(inside.union(images, notes))
    heads = _comment_heads(text, ctx, verdicts)
    for i in heads:
        verdicts[i] = _drop("widget", "comment header: a name and a date-time, one of a thread")
    reading = _read_seen(ctx, verdicts, by, kept := [v.keep for v in verdicts], heads, stops, inline, params, repeated)
    read, again = _apply_reading(verdicts, reading, kept)
    _site_description(ctx.lines, verdicts, reading)
    _site_name_over_path(ctx.lines, verdicts, reading, params)
    # (from here on the passes drop kept lines only, each with its rule: the lines of a rule are
    # among those of *by*, *read* and the passes' own. The passes before the reading dropped
    # kept lines only too: *by* is read again only if the reading dropped a dropped line)
    if again:
        by = _by_rule(verdicts, dropped)
    dated: list[int] = []
    if reading.region is not None:
        end = reading.region[1]
        heads = _comment_openers(text, ctx.lines, by, reading, [h for h in heads if h > end], _folded_text(ctx))
        heads += [i for i in forms if i > end]  # (the comments stand under the form)
        _drop_under(ctx.lines, verdicts, sorted(heads), "widget", "comment text under a comment header", Related._LINK_TITLE)
        notices = [i for i in by[SiteNotice.name] if i > end
                   and not verdicts[i].reason.startswith((TAKEDOWN_REASON, BROWSER_REASON, NOSCRIPT_REASON, MACHINE_REASON, DISOWNS_REASON,
                                                          LEAVING_REASON, SOFTWARE_REASON))]
        _drop_under(ctx.lines, verdicts, notices, "site_notice", "goes on from the site's notice above")
        _qa_boxes(ctx.lines, verdicts, boxes, end)
        if by[Related.name] and by[Related.name][-1] > end:
            rows, more = by[Related.name], read[Related.name]  # (in line order: those after the region cut off)
            related = sorted({*rows[bisect_right(rows, end):], *more[bisect_right(more, end):]})
            dated = _dated_entries(ctx.lines, verdicts, related)
    footers = {*by[Footer.name], *blocks, *read[Footer.name]}
    if len(footers) > 1:  # (a line between two of them)
        _between_footers(ctx.lines, verdicts, sorted(footers))
    _between_fields(ctx.lines, verdicts, meta := by[Metadata.name])  # (the rules' metadata lines)
    sidebar = [*_of_rules(by, _SIDEBAR_RULES), *_of_rules(read, _SIDEBAR_RULES), *dated]
    if sidebar:
        _outline_headings(ctx.lines, verdicts, sidebar, _joined(ctx))
    _around_region(ctx, verdicts, by, meta, reading, params)
    return reading, listed


def _around_region(
    ctx: Context, verdicts: list[Verdict], by: defaultdict[str | None, list[int]], meta: list[int],
    reading: PageReading, params: PageParams,
) -> None:
    """The last passes of :func:`_read_in_context`, around the reading's region (none when it found
    none), *verdicts* updated in place: the record table by the headline, and at the article's end a
    channel's box of titles, an advert box's header, an account's label, its pictures' captions.
    *by*: the lines dropped by rule; *meta*: those of the metadata rule."""
    _item_header(ctx.lines, verdicts, reading, by[Widget.name])
    if reading.region is None:
        return
    _records_by_the_headline(ctx.lines, verdicts, meta, reading, params)
    end_line = ctx.lines[reading.region[1]]
    if "。" not in end_line and ";" not in end_line:  # (most articles end with a sentence: no box of titles)
        _channel_box(ctx.lines, verdicts, reading)
    if by[Widget.name] and by[Widget.name][-1] > reading.region[1]:
        _advert_box_heads(ctx.lines, verdicts, reading.region[1], by[Widget.name])
    if by[Prompt.name] and by[Prompt.name][-1] > reading.region[1]:
        _account_labels(ctx.lines, verdicts, reading.region[1], by[Prompt.name])
    if "图" in ctx.lines[reading.region[1]]:  # (a picture credit ends the article)
        _gallery_captions(ctx.lines, verdicts, reading.region[1])
    _call_buttons(ctx.lines, verdicts, reading.region[1])
    _closing_under_box(ctx.lines, verdicts, reading.region[1])


#: The reason a notice's closing under a box between its text and it is kept with (:func:`_closing_under_box`).
CLOSING_UNDER_BOX_REASON = "a notice's closing under a box after its text"


def _closing_under_box(lines: list[str], verdicts: list[Verdict], end: int) -> list[int]:
    """Keep a notice's closing (:meth:`Related.closing`: its signature, or two joint bodies', over its date alone)
    right under a related or download box that follows the text (a header the related rule dropped right under
    the region's last line *end*, a kept line, and ``Related.closing_files_max`` of its titles or files at most:
    相关链接： over a headline, 相关文件： over a file's name), when the page reading dropped it as a run after the
    article: the box goes, the closing stays. A box under the notice's own closing is the page's (the region ends
    at that closing). Returns the lines kept again.

    >>> page = ["请各校按时报送。", "相关链接：", "某县召开安全工作会议", "某县人民政府办公室", "2026年11月28日", "网站地图"]
    >>> verdicts = [KEEP, _drop("related", RELATED_HEADER_REASON), _drop("related", "link title"),
    ...             _drop("page_chrome", "run"), _drop("page_chrome", "run"), _drop("footer", "x")]
    >>> _closing_under_box(page, verdicts, 0), [v.keep for v in verdicts]
    ([3, 4], [True, False, False, True, True, False])
    """
    if not verdicts[end].keep or _DATE_LINE.fullmatch(lines[end]) or (h := _nonblank(lines, end, 1)) is None \
            or verdicts[h].rule != Related.name \
            or not verdicts[h].reason.startswith(RELATED_HEADER_REASON):
        return []
    j, n = _nonblank(lines, h, 1), 0
    while j is not None and n <= Related.closing_files_max and verdicts[j].rule == Related.name \
            and not verdicts[j].reason.startswith(RELATED_HEADER_REASON):
        j, n = _nonblank(lines, j, 1), n + 1
    if j is None or not 0 < n <= Related.closing_files_max:
        return []
    rows = Related.closing(lines, j)
    if not rows or not all(verdicts[i].keep or verdicts[i].rule in _READING_RUNS for i in rows):
        return []
    for i in rows:
        verdicts[i] = KEEP
    return rows


#: A button's call to act in the reader's words, alone on its line: 我要 and a verb of two characters
#: (我要报价, 我要投稿, [我要投标]); a headline or a service's name says more (我要开餐馆, 我要当兵去). Not a
#: line rule's: a contact row over 我要捐赠 and the page's links goes with them as a run of short lines,
#: and a call under an entry's fields, a share bar under it, ends no text (:func:`_call_buttons`).
_MY_CALL = _sx(r"\[?\s?我要[\u4e00-\u9fff]{2}\s?\]?")
#: The reason of such a call and the short lines under it, the article's region ending on them.
CALL_BUTTON_REASON = "a button's call to act ending the text"
#: Lines at most from a button's call to act to the region's end for them to be the page's buttons
#: (:func:`_call_buttons`): 我要报价 and 收藏项目 under an inquiry's contacts.
CALL_BUTTON_TAIL_MAX = 3
#: Characters at most of each line under a button's call to act for them to be the page's buttons
#: (:func:`_call_buttons`): 收藏项目, 收藏 分享; a contact row, a list of attachments, a letter's title is text.
CALL_BUTTON_ROW_MAX = 10
#: Characters of a line's head that 我要 opens within for it to read as a call to act ([我要投标]).
CALL_HEAD_WIDTH = 4


def _opens_as_call(s: str) -> bool:
    """Whether *s* opens as a call to act in the reader's words: 我要 within its first
    ``CALL_HEAD_WIDTH`` characters (a cheap test before :data:`_MY_CALL`).

    >>> _opens_as_call("[我要投标]"), _opens_as_call("联系人：某某")
    (True, False)
    """
    return "我要" in s[:CALL_HEAD_WIDTH]


def _call_buttons(lines: list[str], verdicts: list[Verdict], end: int) -> None:
    """Drop, with the chrome rule, a button's call to act (:data:`_MY_CALL`) the article ends on, among the
    region's last ``CALL_BUTTON_TAIL_MAX`` lines (its last line *end*) or right under it, and the kept
    short lines under it up to a dropped line: at most ``CALL_BUTTON_TAIL_MAX`` lines reaching the region's
    end, each under the call at most ``CALL_BUTTON_ROW_MAX`` characters, none a sentence or a question
    (:data:`_SENTENCE_END`), the line over the call a kept line of the region (:func:`_opens_as_call`
    reads their heads, blank lines skipped). An inquiry's 我要报价 and 收藏项目 under its contact rows, which the region took as its last
    section's; a call to act with the text going on under it, or among the page's chrome, stays. (A few
    lines read a page: no search of its text.)

    >>> page = ["正文。", "联系人：某某 电话：0000-1234567", "我要报价", "收藏项目", "相关公告"]
    >>> verdicts = [KEEP] * 4 + [_drop("related", "x")]
    >>> _call_buttons(page, verdicts, 3); [v.keep for v in verdicts]
    [True, True, False, False, False]
    """
    i, seen = _nonblank(lines, end, 1), 0  # (the region's last non-blank lines, the one under it: a few heads read)
    if i is None or not verdicts[i].keep:
        i = end  # (the line under the region dropped or none: the call is among the region's last lines)
    while i is not None and seen < CALL_BUTTON_TAIL_MAX:
        if _opens_as_call(lines[i]):
            break
        i, seen = _nonblank(lines, i, -1), seen + 1
    if i is None or seen == CALL_BUTTON_TAIL_MAX or _MY_CALL.fullmatch(lines[i]) is None:
        return  # (most pages: none of those lines opens as a call to act)
    up = _nonblank(lines, i, -1)
    if up is None or up > end or not verdicts[up].keep:
        return
    rows, j = [], i
    while j is not None and verdicts[j].keep and len(rows) <= CALL_BUTTON_TAIL_MAX:
        rows.append(j)
        j = _nonblank(lines, j, 1)
    if not rows or len(rows) > CALL_BUTTON_TAIL_MAX or rows[-1] < end or any(map(_SENTENCE_END.search, (lines[k] for k in rows))):
        return
    if any(len(lines[k].strip()) > CALL_BUTTON_ROW_MAX for k in rows[1:]):
        return  # (a contact row, a list, a title under the call: the text's lines, the call a heading)
    for k in rows:
        verdicts[k] = _drop(ChromeWords.name, f"{CALL_BUTTON_REASON} {lines[i]!r}")


#: An advert box's header alone on its line: a short phrase of Han characters naming the box, what it
#: recommends, picks or sells (展商推荐, 精选好物, 热销产品, 合作伙伴, 猜你喜欢); a text's closing line
#: (特此通知, 欢迎广大市民踊跃参加, 以上信息仅供参考, 谢谢合作) names none.
_AD_BOX_HEAD = re.compile(
    r"[\u4e00-\u9fff]{0,4}(?:推荐|精选|广告|推广|热销|热卖|优选|好物|特惠|赞助商?|合作伙伴|合作商家|猜你喜欢)"
    r"(?:产品|商品|品牌|课程|专区)?"
)


def _advert_box_heads(lines: list[str], verdicts: list[Verdict], end: int, widgets: list[int]) -> None:
    """After the page reading, the line right over an advert ending in its button
    (:data:`BUTTON_AD_REASON`), under the article's last line *end*, a phrase naming the box alone
    (:data:`_AD_BOX_HEAD`) the rules and the reading kept: the advert box's header (展商推荐 over 某某教育
    智能平板 限时特惠 立即咨询), dropped with the widget rule. The article's last line is never taken.
    *widgets*: the lines the widget rule dropped, in order.

    >>> lines = ["以上名单最终以现场为准。", "展商推荐", "某某教育 智能平板 限时特惠 立即咨询"]
    >>> vs = [KEEP, KEEP, _drop("widget", BUTTON_AD_REASON)]
    >>> _advert_box_heads(lines, vs, 0, [2]); [v.keep for v in vs]
    [True, False, False]
    >>> vs = [KEEP, KEEP, _drop("widget", BUTTON_AD_REASON)]
    >>> _advert_box_heads(lines, vs, 1, [2]); [v.keep for v in vs]
    [True, True, False]
    """
    for i in widgets[bisect_right(widgets, end):]:
        if not verdicts[i].reason.startswith(BUTTON_AD_REASON):
            continue
        j = _nonblank(lines, i, -1)
        if j is not None and j > end and verdicts[j].keep and _AD_BOX_HEAD.fullmatch(lines[j]):
            verdicts[j] = _drop(Widget.name, f"advert box's header {lines[j][:20]!r}")


#: An account's label over its QR code, alone on its line: the kind of account (微信公众号, 官方微博, 视频号,
#: 小程序), maybe after its name (某某发布微信公众号), no mark (a caption is a phrase of what the picture shows).
_ACCOUNT_LABEL = re.compile(
    r"[\u4e00-\u9fff]{0,10}?(?:官方)?(?:微信公众号|微信公众平台|微信|公众号|视频号|抖音号?|订阅号|服务号|微博|头条号|快手号?|小程序)"
)


def _account_labels(lines: list[str], verdicts: list[Verdict], end: int, prompts: list[int]) -> None:
    """After the page reading, the line right over a reader prompt the prompt rule dropped (扫码关注, 长按识别
    二维码), under the article's last line *end*, that names an account alone (:data:`_ACCOUNT_LABEL`): the
    label of the site's QR code (微信公众号 over 扫码关注), not a caption the reading keeps with the article.
    The article's last line is never taken. *prompts*: the lines the prompt rule dropped, in order.

    >>> lines = ["请自觉遵守馆内秩序。", "微信公众号", "扫码关注"]
    >>> vs = [KEEP, KEEP, _drop("prompt", "x")]
    >>> _account_labels(lines, vs, 0, [2]); [v.keep for v in vs]
    [True, False, False]
    >>> vs = [KEEP, KEEP, _drop("prompt", "x")]
    >>> _account_labels(["请自觉遵守馆内秩序。", "志愿者在展厅为观众讲解", "扫码关注"], vs, 0, [2]); [v.keep for v in vs]
    [True, True, False]
    """
    for i in prompts[bisect_right(prompts, end):]:
        j = _nonblank(lines, i, -1)
        if j is not None and j > end and verdicts[j].keep and _ACCOUNT_LABEL.fullmatch(lines[j]):
            verdicts[j] = _drop(Prompt.name, f"account's label over its QR prompt {lines[j][:20]!r}")


def _read_seen(
    ctx: Context, verdicts: list[Verdict], by: Mapping[str | None, list[int]], kept: list[bool], heads: list[int],
    stops: list[int], inline: list[int], params: PageParams, repeated: dict[int, int] | None,
) -> PageReading:
    """The page reading of the lines as it sees them (:func:`_seen_lines`: the bars under each entry
    of a list, :func:`_entry_bars`, blank): the article before the comments' *heads* (the first may be
    its byline), else anywhere; read again when a call to act right under its article stands under
    each entry of its list (:func:`_entry_buttons`), each copy then a blank line. *kept*: what the
    rules kept; *stops*, *inline*, *params*, *repeated*: as :func:`~govtext.boilerplate.read_page`."""
    bars = _entry_bars(ctx.lines, verdicts, by)
    for again in (False, True):
        lines, joined, stops = _seen_lines(ctx, verdicts, by, bars, stops)
        reading = None
        if heads:
            second = _second_post(lines, kept, heads)
            reading = read_page(lines, kept, params, repeated, [*stops, *range(second, len(lines))], inline, joined=joined)
        if reading is None or reading.region is None:  # (no article before them: read it after them)
            reading = read_page(lines, kept, params, repeated, stops, inline, joined=joined)
        if again or reading.region is None or not (buttons := _entry_buttons(ctx.lines, verdicts, reading.region[1])):
            break  # (the buttons are looked for once: a second reading drops nothing it does not read again)
        bars = bars + buttons  # (read again, each entry's button a blank line)
    return reading


def _seen_lines(
    ctx: Context, verdicts: list[Verdict], by: Mapping[str | None, list[int]], bars: list[int], stops: list[int],
) -> tuple[list[str], Joined | None, list[int]]:
    """The page's lines as the page reading sees them, the lines joined
    (:class:`~govtext.boilerplate.Joined`; None when some are blanked) and the region's *stops*
    among them: nobody sees a markup
    comment, so to the page reading it is a blank line, no page chrome (a law's history line above
    one is no line cut off from the article); nor is a PDF's page number, between the document's
    lines where the page breaks (— 3 —), nor its running header or footer, any chrome; nor are the
    buttons under each of a document's items (查看答案 under each question, the chrome rule's; *bars*:
    the bars under each entry of a list, :func:`_entry_bars`); nor is a box of related links crawled
    between the text's paragraph and its table (:func:`_boxes_over_tables`), no stop either. *by*:
    the dropped lines by rule."""
    box = _boxes_over_tables(ctx.lines, verdicts, ctx.box_tables) if ctx.box_tables else ()
    if box:
        stops = [i for i in stops if i not in box]
    elif not (bars or ctx.printed or by.get(ChromeWords.name) or by.get(PunctuationOnly.name)):
        return ctx.lines, ctx.joined, stops  # (no bar, neither rule below dropped a line, no printed page: none blanked)
    unseen = (PunctuationOnly.COMMENT_REASON, PunctuationOnly.PAGE_NUMBER_REASON, GALLERY_REASON, RUNNING_REASON,
              GLYPH_REASON)
    buttons = [*bars, *(i for i in by[ChromeWords.name] if verdicts[i].reason.startswith(ITEM_BUTTONS_REASON))]
    if not box and not buttons and not ctx.printed and not any(verdicts[i].reason in unseen for i in by[PunctuationOnly.name]):
        return ctx.lines, ctx.joined, stops
    # (a line of an unseen reason is one the passes before the page reading left dropped: among
    # *by*'s; a printed page's running lines and numbers are blanked whichever rule dropped them)
    lines = ctx.lines.copy()
    for i in itertools.chain(box, buttons, ctx.printed, (i for rows in by.values() for i in rows if verdicts[i].reason in unseen)):
        lines[i] = ""
    return lines, None, stops


def _boxes_over_tables(lines: list[str], verdicts: list[Verdict], tables: list[int]) -> set[int]:
    """The lines of each box of related links that ended at a table's header row (*tables*,
    :meth:`Related.link_title`) right under a paragraph the rules kept: its header and its link
    titles. The crawl put the site's box between the text's paragraph and the text's table (a
    公示's intro, 相关链接 and three titles, then 序号 姓名 单位 and its rows, its 公示期 and
    signature): to the page reading they are blank lines, no stop, so that the text goes on
    under them. (A box whose header stands under chrome or a title is the page's, after its text.)

    >>> lines = ["拟表彰下列同志，现予以公示。", "相关链接", "关于评选的通知", "序号 姓名 单位", "1 马某 某中学"]
    >>> vs = [KEEP, _drop("related", f"{RELATED_HEADER_REASON} '相关链接'"), Related._LINK_TITLE, KEEP, KEEP]
    >>> sorted(_boxes_over_tables(lines, vs, [3]))
    [1, 2]
    """
    out: set[int] = set()
    for h in tables:
        box = []
        j = _nonblank(lines, h, -1)
        while j is not None and verdicts[j] is Related._LINK_TITLE:
            box.append(j)
            j = _nonblank(lines, j, -1)
        if j is None or verdicts[j].rule != Related.name or not _alone_header(verdicts[j]):
            continue
        above = _nonblank(lines, j, -1)
        if box and above is not None and verdicts[above].keep and "。" in lines[above]:
            out.update(box, (j,))
    return out


#: Characters of the site's name (the page title's last segment) a description line opens with, at least.
SITE_DESCRIPTION_MIN_NAME = 4


def _site_description(lines: list[str], verdicts: list[Verdict], reading: PageReading) -> None:
    """Drop the site's description and keywords (its ``<meta>`` description and keywords, crawled as
    lines above the page's menu): kept lines between the page's title and the headline (the
    *reading*'s first) that open with the site's name, the title's last segment of ``SITE_DESCRIPTION_MIN_NAME``
    characters or more, then a comma or 是 (某某网是某中心主办的…平台，为…提供…; 某某网,志愿者,志愿服务,…).
    A headline opening with the site's name (某某市人民政府关于…的通知) goes on with neither; an office's
    introduction of itself (某某市教育局是主管全市教育工作的…) opens the text under its headline. So
    are the page's own: a paragraph there holding the headline whole (``DESCRIPTION_MIN_HEADLINE``
    characters or more: the headline and a summary) or opening with ``KEYWORDS_LEAD_PHRASES``
    short phrases apart by commas (its keywords, questions and answers after them).

    >>> page = ["关于表彰年度优秀志愿者的决定_通知公告_某县志愿服务网", "某县志愿服务网,志愿者,志愿服务,优秀志愿者表彰",
    ...         "某县志愿服务网是某县文明实践中心主办的志愿服务平台，提供注册、招募和时长记录服务。",
    ...         "首页 志愿者注册 项目招募 通知公告", "关于表彰年度优秀志愿者的决定", "发布时间：2026-12-01",
    ...         "经各单位推荐、中心审核并公示，决定授予以下同志“优秀志愿者”称号。希望受表彰的志愿者珍惜荣誉，再接再厉。",
    ...         "全县广大志愿者要以他们为榜样，弘扬志愿精神，积极投身志愿服务。", "版权所有 某县新时代文明实践中心"]
    >>> [i for i, v in enumerate(classify_lines("\\n".join(page))) if not v.keep]
    [0, 1, 2, 3, 5, 8]
    """
    t = _nonblank(lines, -1, 1)
    head = reading.headlines[0] if reading.headlines else -1
    if t is None or head <= t + 1 or (not verdicts[t].keep and verdicts[t].rule != "page_title"):
        return  # (the headline right under the title, or no headline found)
    between = reading.kinds[t + 1: head]
    if "prose" not in between and "near" not in between:
        return  # (most pages: no punctuated line above the headline, only menus and short lines)
    site = _TITLE_SEP.split(lines[t])[-1].strip()
    if len(site) < SITE_DESCRIPTION_MIN_NAME or len(site) == len(lines[t]):
        return  # (a title with no separator names no site)
    names = _site_names(site)
    headline = lines[head] if len(lines[head]) >= DESCRIPTION_MIN_HEADLINE else None
    for i in range(t + 1, head):
        s = lines[i]
        if not verdicts[i].keep:
            continue
        if any(s.startswith(name) and s[len(name): len(name) + 1] in (",", "，", "是") for name in names) or (
                reading.kinds[i] == "prose" and any(s.startswith(f"《{name}》") for name in names)):
            verdicts[i] = _drop(SiteBanner.name, "the site's description or keywords above the headline")
        elif reading.kinds[i] == "prose" and ((headline is not None and headline in s) or _KEYWORDS_LEAD.match(s)):
            verdicts[i] = _drop(SiteBanner.name, "the page's description or keywords above the headline")


def _site_name_over_path(lines: list[str], verdicts: list[Verdict], reading: PageReading, params: PageParams) -> None:
    """Drop a headline line of the *reading* that is the site's name, the page title's last segment
    (某某关于…的公告_某某案件信息网 over 某某案件信息网), with the page's breadcrumb (a line the navigation rule
    dropped) between it and the region: the site's name on top of its menu and path, which the reading took
    for the headline as no line copies the title's first segment (the notice's heading is broken into its
    court, 公告 and case number). A headline under the path stays, and so does a headline the title's first
    segment copies too (某县教育局_某县教育局: the site's own page). A title of the site's name alone (one
    segment, 某省药品监督管理局 over its copy, the footer naming it) goes with that copy when a headline of the
    page's own opens the text under the path and no copy of the name stands there (:func:`_site_name_alone`), else
    both stay (a body's page about itself, headed by its own name under the path; the page's headline printed as
    the title and again over the path, its 文号 or salutation under the path). The site's date its header shows
    under its name (2028年4月12日 星期三, :func:`~govtext.boilerplate._is_site_date`), which stood under that
    headline, goes with it, and so does a contact row of its header between the name and the menu
    (全国消防报警电话：119, 服务热线：12345: a field naming a phone, :data:`~govtext.boilerplate._CONTACT_FIELD`).
    The title line the reading dropped as that headline plus the site's name stays, the one copy of the page's headline, unless a heading opens the text under the path
    (:func:`_own_headline_under`: the notice's court, a headline under the path; a 文号 or a salutation is none) or
    its first segment is a column's name the menu or the path names (法院公告_某县人民法院).

    >>> page = ["某院关于某公司破产清算案的公告_某破产案件信息网", "某破产案件信息网", "首页 法规政策 公告信息 网上申报",
    ...         "当前位置：首页 > 公告信息", "某市中级人民法院", "公告",
    ...         "本院于2026年10月9日裁定受理某公司破产清算一案，并指定某律师事务所担任管理人，现予公告。", "版权所有 某信息中心"]
    >>> [v.keep for v in classify_lines("\\n".join(page))]
    [False, False, False, False, True, True, True, False]
    """
    if reading.region is None or not reading.headlines:
        return
    t, (first, last) = _nonblank(lines, -1, 1), reading.region
    for h in reading.headlines:
        if t is None or not t < h < first or not verdicts[h].keep:
            continue
        alone = lines[t].strip() == lines[h]  # (a title of the site's name alone: one segment)
        if not alone and not (lines[t].endswith(lines[h]) and len(lines[h]) < len(lines[t])
                              and (parts := _TITLE_SEP.split(lines[t]))[-1].strip() == lines[h] and parts[0].strip() != lines[h]):
            continue
        paths = [j for j in range(h + 1, first) if verdicts[j].rule == Navigation.name]
        if not paths or (alone and not _site_name_alone(lines, verdicts, h, paths[-1], (first, last), params)):
            continue
        verdicts[h] = _drop(SiteBanner.name, "the site's name over its menu and breadcrumb")
        for j in range(h + 1, first):
            if verdicts[j].keep and (_is_site_date(lines[j]) or (j < paths[0] and _CONTACT_FIELD.fullmatch(lines[j]))):
                verdicts[j] = _drop(SiteBanner.name, "the site's date or hotline under its name")
        if alone:
            verdicts[t] = _drop(SiteBanner.name, "the page title: the site's name alone")
        elif verdicts[t].rule == "page_title" and not _own_headline_under(lines, verdicts, h + 1, last, params) and not any(
                _names_column(lines[j], parts[0].strip(), params) for j in range(h + 1, first) if not verdicts[j].keep):
            verdicts[t] = KEEP  # (the title held the headline the reading took: its one copy now; not a column's
            # name the menu or the path over the text names, 法院公告_某县人民法院 over 当前位置：首页 >> 法院公告)


def _names_column(line: str, lead: str, p: PageParams) -> bool:
    """Whether the dropped *line* (a menu row, a breadcrumb) names the page title's first segment *lead* as a column
    (:func:`_site_name_over_path`): a lead shorter than a headline (``headline_min_chars``, punctuation and spaces
    left out: 法院公告) the line ends with (当前位置：首页 >> 法院公告), or a lead of a headline's length standing as
    one of the line's items (:data:`~govtext.boilerplate._MENU_SEP`), not a breadcrumb's last piece: a breadcrumb
    ending with the article's headline (当前位置：首页 > 公告信息 > 某院关于某公司破产清算案的公告) names no column,
    and the title, the headline's last copy, stays.

    >>> [_names_column(s, "法院公告", DEFAULT_PARAMS) for s in ("当前位置：首页 >> 法院公告", "首页 法院公告 诉讼服务")]
    [True, False]
    >>> lead = "某院关于某公司破产清算案的公告"
    >>> [_names_column(s, lead, DEFAULT_PARAMS) for s in (f"当前位置：首页 > 公告信息 > {lead}", f"您现在的位置: 首页 >> {lead}",
    ...  f"首页 > {lead} > 正文", f"首页 {lead} 网上申报")]
    [False, False, True, True]
    """
    if len(_NORM.sub("", lead)) < p.headline_min_chars:
        return line.rstrip().endswith(lead)
    items = [x for x in _MENU_SEP.split(line) if x]
    if _CRUMB_SEP.search(line) is not None or "位置" in line:
        items = items[:-1]  # (a breadcrumb's last piece is the page's own name: the headline)
    return lead in items


def _site_name_alone(lines: list[str], verdicts: list[Verdict], h: int, path: int, region: tuple[int, int],
                     p: PageParams) -> bool:
    """Whether the headline line *h* the page's one-segment title copies, over the *path*, is the site's name alone
    (:func:`_site_name_over_path`): a body's or a site's name (:data:`_SITE_NAME_SHAPE`, no 关于), which a line the
    rules dropped under the *region* names too (版权所有 某省药品监督管理局, 主办：…: the site's footer), with a headline
    of the page's own, no copy of the name, opening the text under the path (:func:`_own_headline_under`). A body's
    page about itself, headed by its name under the path, keeps the title, its copy; a headline printed as the title
    and again over the path, a 文号, a salutation or a lead (本网讯) under it, stays, and so does a news headline
    ending in a body's name (省委书记调研某市消防救援支队) the footer does not name."""
    first, last = region
    name = lines[h]
    return (_SITE_NAME_SHAPE.fullmatch(name) is not None and "关于" not in name
            and any(name in lines[j] for j in range(last + 1, len(lines)) if not verdicts[j].keep)
            and _own_headline_under(lines, verdicts, path + 1, last, p)
            and not any(lines[j] == name for j in range(path + 1, first + 1) if verdicts[j].keep))


#: Han characters, at least, of a heading opening an article's region (:func:`_own_headline_under`): a notice's
#: shortest heading (公告, 通知).
REGION_HEADING_MIN_HAN = 2


#: A site's or a body's name, the shape of a page title that is the site's name alone (某省药品监督管理局, 某市消防救援支队,
#: 某县人民医院, 某某政务服务网): Han characters ending in a body's or a site's word, a qualifier in brackets after it
#: or not; no digit and no mark, so no date, no sentence, no 关于…的通知 (a document kind is no body's word). A word a
#: headline ends with too is read only after no character that makes it a headline's (开局, 干部, 部署, 上网, 第一站,
#: 为中心: :func:`_site_name_alone`).
_SITE_NAME_SHAPE = re.compile(
    r"[\u4e00-\u9fff·]{1,28}?(?:政府|(?<![开布格大结全当变破时])局|厅|(?<![内外东西南北全干细总])部|委|委员会|协会|学会|联合会"
    r"|基金会|商会|工会|红十字会|办公室|政府办|委办|(?<!部)署|法院|检察院|医院|学院|研究院|卫生院|科学院|设计院|研究所"
    r"|派出所|司法所|事务所|管理所|管理处|办事处|(?<!为)中心|(?<![上联入织电])网|网站|门户|平台|(?<![一首末终下])站|馆"
    r"|学校|党校|大学|中学|小学|幼儿园|总队|支队|大队|集团|公司|银行|出版社|报社|合作社|电视台|广播电视台|气象台|监狱)"
    r"(?:[（(][\u4e00-\u9fff]{1,12}[）)])?"
)
#: A line opening with a 文号 or a case number (某政办发〔2027〕12号, （2026）某0321执906号; the forms a scan reads,
#: :data:`~govtext.boilerplate._DOC_NUMBER`, too) or with a full date (2027-04-02 来源：…, 2027年4月2日): a notice's
#: number or its metadata row, no headline of the page's own (:func:`_own_headline_under`).
_NUMBER_OR_DATE_LEAD = re.compile(
    r"[\u4e00-\u9fff]{0,10}\s*[\[(〔（]\s*\d{4}\s*[\])〕）]\s*[\u4e00-\u9fff\d]{0,16}号"
    r"|\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}"
)


def _own_headline_under(lines: list[str], verdicts: list[Verdict], start: int, end: int, p: PageParams) -> bool:
    """Whether the page's kept lines from *start* to *end* (the article's region's last line) open with a headline of
    the page's own, past the lines dropped and the site's date (:func:`~govtext.boilerplate._is_site_date`): a line
    of ``REGION_HEADING_MIN_HAN`` Han characters or more, a headline's length at most, no 。 (a notice's heading,
    某市中级人民法院 over 公告, 遗失声明 over its notices; a headline under the path), not a sentence (9月18日，某县召开
    会议。), not a line ending in a colon (a salutation, 各乡镇人民政府，县直有关单位：, or a lead-in) and not a
    文号, a case number or a date (:data:`_NUMBER_OR_DATE_LEAD`): a notice's text under the path whose headline is
    printed over the path, in the title, is no headline of its own.

    >>> _own_headline_under(["2026年9月18日 星期五", "某市中级人民法院", "公告"], [KEEP] * 3, 0, 2, DEFAULT_PARAMS)
    True
    >>> _own_headline_under(["2026年9月18日 星期五", "9月18日，某县召开会议，部署工作。"], [KEEP] * 2, 0, 1, DEFAULT_PARAMS)
    False
    >>> [_own_headline_under([s, "现将有关事项通知如下。"], [KEEP] * 2, 0, 1, DEFAULT_PARAMS)
    ...  for s in ("某政办发〔2027〕12号", "各乡镇人民政府，县直有关单位：", "（2026）某0321执906号", "2027-04-02 来源：县政府办")]
    [False, False, False, False]
    """
    for i in range(start, end + 1):
        s = lines[i]
        if s and verdicts[i].keep and not _is_site_date(s):
            return ("。" not in s and len(s) <= p.headline_max_len and len(_HAN.findall(s)) >= REGION_HEADING_MIN_HAN
                    and not s.rstrip().endswith((":", "：")) and not _NUMBER_OR_DATE_LEAD.match(s)
                    and not _DOC_NUMBER.match(s))
    return False


#: Characters of a headline, at least, that a description above it must hold whole to be read as the
#: page's (its ``<meta>`` description: the headline, then a summary: :func:`_site_description`).
DESCRIPTION_MIN_HEADLINE = 8
#: Comma-separated phrases a keywords line above the headline opens with, at least, and the longest
#: such phrase (岚溪中考,岚溪县中考报名,2027年中考报名时间,…: the page's ``<meta>`` keywords, whatever
#: questions and answers the site wrote after them).
KEYWORDS_LEAD_PHRASES, KEYWORD_MAX = 4, 12
_KEYWORDS_LEAD = re.compile(rf"(?:[^\s,;:。!?]{{1,{KEYWORD_MAX}}},){{{KEYWORDS_LEAD_PHRASES}}}")


#: A site name's qualifier in brackets at its end (某某学报（社会科学版）, 某某网（试运行）).
_NAME_QUALIFIER = re.compile(r"[（(][^（()）]{1,12}[）)]$")


def _site_names(site: str) -> tuple[str, ...]:
    """The ways a site's description or keywords write its name *site* (the page title's last
    segment): as the title has it, and without a qualifier in brackets at its end when
    ``SITE_DESCRIPTION_MIN_NAME`` characters are left (a journal's keywords open with 某某学报, its
    title with 某某学报（社会科学版）). A description of a periodical writes the name in 《》, then its
    sentence (《某某学报》创刊于…，是…): :func:`_site_description` reads that form in a paragraph.

    >>> _site_names("江川师范学院学报（社会科学版）")
    ('江川师范学院学报（社会科学版）', '江川师范学院学报')
    >>> _site_names("某某网（试）")
    ('某某网（试）',)
    """
    bare = _NAME_QUALIFIER.sub("", site)
    return (site, bare) if bare != site and len(bare) >= SITE_DESCRIPTION_MIN_NAME else (site,)


def _apply_reading(
    verdicts: list[Verdict], reading: PageReading, kept: list[bool],
) -> tuple[defaultdict[str, list[int]], bool]:
    """Drop the lines the page reading drops (*verdicts* updated in place); its drops by rule,
    and whether one of them is a line dropped before it (not in *kept*), whose rule it changed.

    >>> vs = [KEEP, _drop("footer", "x"), KEEP]
    >>> reading = PageReading((0, 0), (), (), ((1, ("template", "y")), (2, ("template", "y"))))
    >>> read, again = _apply_reading(vs, reading, [True, False, True])
    >>> dict(read), again, [v.rule for v in vs]
    ({'template': [1, 2]}, True, [None, 'template', 'template'])
    """
    read: defaultdict[str, list[int]] = defaultdict(list)
    made: dict[tuple[str, str], Verdict] = {}  # (by (rule, reason) pair: a page drops hundreds of lines for a few)
    again = False
    for i, why in reading.dropped:
        v = made.get(why)
        if v is None:
            v = made[why] = _drop(*why)
        if not kept[i]:
            again = True
        verdicts[i] = v
        read[why[0]].append(i)
    return read, again


def _comment_openers(
    text: str, lines: list[str], by: Mapping[str | None, list[int]], reading: PageReading, heads: list[int],
    folded: str,
) -> list[int]:
    """The comment headers after the article's region (*heads*, of :func:`_comment_heads`) and
    the lines after it that open the comments: a dropped widget or related line (网友跟帖(5),
    共3条评论) or a short header the page reading dropped (留言). A line the opener pattern
    matches holds a comment word (:data:`_COMMENT_WORD`): that cheap test first, on all of them
    in one ``map`` (no Python call a line), and before it one of the page's lines joined
    (*folded*: most pages hold none).

    >>> reading = PageReading((0, 0), (), (), ((2, ("page_chrome", "y")),))
    >>> for page in (["正文。", "", "网友评论"], ["正文。", "", "上一篇"]):
    ...     _comment_openers("\\n".join(page), page, {}, reading, [], "\\n".join(page))
    [2]
    []
    """
    end = reading.region[1]  # type: ignore[index]
    rows = _of_rules(by, _OPENER_RULES)
    rows = rows[bisect_right(rows, end):]  # (in order: those after the region are its tail)
    after = reading.dropped[bisect_right(reading.dropped, end, key=_LINE):]  # (they are in line order)
    if not (rows or after) or not any(_holds(folded, w) for w in _COMMENT_WORD_GROUPS):
        return heads  # (no line of the page holds a comment word: none opens the comments)
    chrome = [i for i, (rule, _) in after if rule == "page_chrome" and len(lines[i]) <= Related.header_max]
    if chrome and any(_holds(text, w) for w in _COMMENT_WORD_GROUPS):  # (a word in the text: its lines may hold one)
        rows += chrome
    worded = itertools.compress(rows, map(_COMMENT_WORD.search, map(lines.__getitem__, rows)))
    return heads + [i for i in worded if _COMMENTS_OPEN.search(lines[i])]


#: A comment form's notice alone on its line: a call for civil comments (请文明留言, 请理性发言)
#: or word that they are moderated (留言经审核后显示, 评论内容需经管理员审核后才能显示), one or two
#: of them; and the words the page's text holds when a line may be one (a cheap search first).
_CIVIL = r"请(?:文明|理性)(?:留言|发言|评论|跟帖)"
_MODERATED = (
    r"(?:您的|网友|用户)?(?:留言|评论|回复|发言|跟帖)(?:内容)?(?:需|须|将|均|会)?(?:经过|经|通过)?"
    r"(?:管理员|网站|本站|后台|工作人员)?审核后(?:才能|方可|才会|才|再|即可)?(?:显示|发布|公开|展示|可见|发表)"
)
_COMMENT_FORM = re.compile(rf"(?:{_CIVIL}|{_MODERATED})(?:\s?[,.。!;]?\s?(?:{_CIVIL}|{_MODERATED}))?\s?[.。!]?")
_COMMENT_FORM_WORD = "审核后"
_COMMENT_FORM_CALLS = ("请文明", "请理性")  # (each found from its first character: a pattern's scan reads every character)


#: A picture's number alone on its line, after the line break before it (2/12, 10 / 12): a
#: gallery's counter over each caption.
_PICTURE_NUMBER = _sx(r"\n[ \t]*([0-9]{1,3})[ \t]?/[ \t]?([0-9]{1,3})[ \t]*(?=\n|\Z)")
#: The end of a line :data:`_PICTURE_NUMBER` matches, from its slash: the slash is found at ``memchr``
#: speed, where a search led by the line break tries every line (:func:`_picture_numbers`).
_PICTURE_TAIL = _sx(r"/[ \t]?[0-9]{1,3}[ \t]*(?=\n|\Z)")
#: How many picture numbers of one gallery, one after another (n, n+1, n+2 … of the same total),
#: make its counters: one or two are a fraction, a ratio, a table's cell.
GALLERY_NUMBERS_MIN = 3
#: The reason of a gallery's picture numbers: to the page reading they are blank lines, as the
#: page numbers of a printed page are (:attr:`PunctuationOnly.PAGE_NUMBER_REASON`).
GALLERY_REASON = "picture number of a gallery"
#: A roman page number in Latin capitals (I, IV, XII: a front matter's pages as a PDF's text gives
#: them, the numerals' own code points being rare in fonts).
_LATIN_ROMAN = r"X{0,3}(?:IX|IV|V?I{1,3}|V)|X{1,3}"
#: A printed page's number alone on its line, after the line break before it, in the forms a
#: PDF's or a Word file's text holds between its pages: 3, Ⅲ, 第3页, 第 3 页 共 12 页, 第3页（共12页）, — 3 —, · 3 ·;
#: or a number and a space opening a line (*fused*: a running line laid out beside its page's
#: number, :func:`_fused_heads`).
#: (Its first characters looked for first: a line break's alternatives tried one by one cost ten
#: times as much over a page. The test ahead holds as much of each form's start as a test of one
#: character each: a number of three digits at most, then a blank or the line's end; 第 and a
#: blank or a digit. A line of a date or of an article's number, 2026年…, 第一条…, most lines
#: opening with a digit or 第, fails it and is not tried further.)
_PRINTED_PAGE = _sx(
    r"\n(?=[0-9０-９][0-9０-９]{0,2}(?:[ \t\n]|\Z)|第[ \t0-9]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫIVX—－\-–―─·・])(?:(?:(?P<bare>[0-9０-９]{1,3}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]{1,3}|" + _LATIN_ROMAN + ")"
    r"|第[ \t]*[0-9]{1,3}[ \t]*页(?:[ \t]*(?:[/／,，][ \t]*)?共[ \t]*[0-9]{1,3}[ \t]*页"
    r"|[ \t]*[(（][ \t]*共[ \t]*[0-9]{1,3}[ \t]*页[ \t]*[)）])?"
    r"|[—－\-–―─·・]{1,2}[ \t]*[0-9]{1,3}[ \t]*[—－\-–―─·・]{1,2})[ \t]*(?=\n|\Z)"
    r"|(?P<fused>[0-9]{1,3}) (?=[^\n]{4,60}(?:\n|\Z)))"
)
#: A running header or footer (a document's or a journal's name, a watermark): a line of no
#: sentence, of this many characters, standing ``RUNNING_MIN`` times or more on the page, beside a
#: page number (next to it, or next to another such line next to it) ``RUNNING_PAGED_MIN`` times
#: or more, ``RUNNING_PAGE_CHARS`` characters or more of other lines apart (a page of text: a
#: table's cell repeated row after row beside its rows' numbers is none).
RUNNING_LEN = (5, 60)
RUNNING_MIN, RUNNING_PAGED_MIN, RUNNING_PAGE_CHARS = 3, 2, 150
#: Characters of a line between a page number and a running line beside it, whichever it is (a
#: database's watermark, 万方数据, too short to be a running line itself: a heading's words, 主要做法,
#: may open each page).
_WATERMARK_LEN = (2, 8)
#: Pages at most from a page number beside a running line to the next, for one pair at least
#: (:func:`_page_order`).
RUNNING_PAGE_STEP = 3
#: A bare page number (3, Ⅲ): also an item's number, so a line beside two of them is no running
#: header (beside three or more pages it is).
_BARE_PAGE = _sx(r"\s*(?:[0-9０-９]{1,3}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]{1,3}|" + _LATIN_ROMAN + r")\s*")
#: What a running header never holds: a sentence's or a field's punctuation.
_RUNNING_NOT = _sx(r"[。；;，,！!？?：:]")
#: What a running header never holds, a field's colon allowed (项目编号：… beside the agency's name)
#: when it stands ``RUNNING_MIN`` times or more on the page (:func:`_running_copies`).
_RUNNING_SENTENCE = _sx(r"[。；;，,！!？?]")
#: A row of a form's blanks to fill, every field's colon ending it or the next label after it
#: (填报人： 联系电话：, 填报单位（盖章）：): the form's own, on each of its pages, no running line,
#: which names its field's value (项目编号：ALZB-2026-1187).
_BLANK_FIELDS = _sx(r"(?:[^\s:：]{1,12}\s?[:：]\s*)+")
#: Copies of a running line beside page numbers that suffice when the numbers are printed as
#: page numbers only are (· 85 ·, — 3 —, 第3页: not bare): a yearbook's Chinese and English
#: heads take turns, each on every other page.
RUNNING_PAIRED_MIN = 2
#: Characters of other lines between a footer's copies over each of their numbers, for half the
#: pairs or more (a slide of a deck exported to PDF: a few short points, a contents slide fewer;
#: a table's cell repeated over each row's number has no number under its last copy).
RUNNING_SLIDE_CHARS = 50
#: Lines of a slide between two copies of its deck's footer (its title and two points), for half
#: the pairs or more: a Q&A's question over each answer's number has one answer between.
RUNNING_SLIDE_LINES = 3
#: The reason of a running header or footer (:func:`_running_heads`): to the page reading a blank
#: line, as a printed page's number is.
RUNNING_REASON = "running header or footer of a printed page"
#: The reason of a credits line of editorial roles and names (:class:`Metadata`).
CREDITS_REASON = "credits of editorial roles and names"


#: A line of a PDF's glyph codes only, as pdfminer writes the glyphs a font maps to no character
#: (``(cid:3)(cid:3)``: a rule line's dashes under a 版头, a page number in a symbol font).
_GLYPH_CODES = _sx(r"(?:\(cid:[0-9]{1,5}\) *)+")
#: Its reason: nothing to read, and to the page reading a blank line, as a page number is.
GLYPH_REASON = "glyph codes of a PDF's text only"


def _picture_numbers(text: str) -> Iterator[re.Match[str]]:
    """``_PICTURE_NUMBER.finditer(text)``, found from the ends of lines (:data:`_PICTURE_TAIL`): a
    line holds at most one such end (digits and blanks after its last slash), and the pattern is
    matched from the line break before it.

    >>> [m.groups() for m in _picture_numbers("图集\\n1/3\\n雪。\\n2026/05/12\\n 2 / 3")]
    [('1', '3'), ('2', '3')]
    """
    for t in _PICTURE_TAIL.finditer(text):
        start = text.rfind("\n", 0, t.start())
        if start >= 0 and (m := _PICTURE_NUMBER.match(text, start)) is not None:
            yield m


def _gallery_numbers(text: str, verdicts: list[Verdict]) -> list[int]:
    """The kept lines that are a gallery's picture numbers, dropped here (in place): a line of a
    number, a slash and the total only, :data:`GALLERY_NUMBERS_MIN` or more in a row counting up
    by one from 1 to the same total (1/12 … 12/12, each over its caption: :func:`_gallery_run`).

    >>> page = "某地初雪\\n1/3\\n清晨的城墙。\\n2/3\\n游客在雪中合影。\\n3/3\\n雪后的钟楼。"
    >>> [v.rule for v in classify_lines(page)][1::2]
    ['punctuation', 'punctuation', 'punctuation']
    >>> [v.keep for v in classify_lines("比例\\n1/3\\n2/3\\n合计")]
    [True, True, True, True]
    """
    if "/" not in text:
        return []
    runs: dict[int, list[tuple[int, int]]] = {}  # total -> the current run's (line, number)
    rows: list[int] = []
    for line, m in _lines_of(text, _picture_numbers(text), 1):
        n, total = int(m.group(1)), int(m.group(2))
        run = runs.setdefault(total, [])
        if run and n != run[-1][1] + 1:
            rows += _gallery_run(run, total)
            run.clear()
        if 1 <= n <= total:
            run.append((line, n))
    for total, run in runs.items():
        rows += _gallery_run(run, total)
    rows = sorted(i for i in rows if verdicts[i].keep)
    for i in rows:
        verdicts[i] = _drop(PunctuationOnly.name, GALLERY_REASON)
    return rows


def _running_heads(text: str, lines: list[str], verdicts: list[Verdict]) -> list[int]:
    """The lines that are a printed page's running header or footer, or its number (the kept ones
    dropped here, in place; those a rule dropped keep its verdict): the text layer of a PDF or a
    Word file repeats its header and footer on each page, next to the page's number
    (``RUNNING_MIN`` and the other parameters).
    A copy of the line elsewhere (the document's own title on its cover) stays, as does a number
    beside none. *text*: the page's folded lines joined (:func:`_folded_text`), where a page number
    indented or padded with blanks reads as it does bare (the page as drop_spam returns it).

    >>> body = "本办法所称专项资金，是指市级财政预算安排，用于支持本市中小企业技术改造、数字化转型和开拓国内外市场的资金。"
    >>> page = [x for n in "123" for x in ("某市财政局文件汇编", body, body, body, n)]
    >>> [v.rule for v in classify_lines("\\n".join(page))][:6]
    [None, None, None, None, 'punctuation', 'punctuation']
    """
    pages, rows, fused, furniture = _page_marks(text, lines)
    fused = _drop_fused(text, lines, verdicts, fused) if len(fused) >= RUNNING_MIN - 1 else []
    _drop_furniture(verdicts, furniture)
    if len(pages) < RUNNING_PAGED_MIN:
        return sorted({*fused, *furniture})
    paged = set(pages)
    # each number, the line next to it and the one next to that (a watermark's line beside the
    # header), numbers left out
    near: list[tuple[int, int, int | None]] = []
    for i in pages:
        for step in (-1, 1):
            j = _nonblank(lines, i, step)
            if j is not None and j not in paged:
                k = _nonblank(lines, j, step)
                near.append((i, j, k if k is not None and k not in paged else None))
    fit = {lines[x] for _, j, k in near for x in (j, k) if x is not None and _may_run(lines[x])}
    where: defaultdict[str, list[int]] = defaultdict(list)  # (their copies on the page: one pass)
    for x in itertools.compress(range(len(lines)), map(fit.__contains__, lines)):
        where[lines[x]].append(x)
    # a line -> where it stands by a number, and the numbers (the pages')
    beside: defaultdict[str, dict[int, str]] = defaultdict(dict)
    under: set[int] = set()  # (the lines right under a number: the next page's header)
    direct: set[int] = set()  # (the lines right next to a number)
    for i, j, k in near:
        if len(where.get(lines[j], ())) >= RUNNING_PAIRED_MIN:
            beside[lines[j]][j] = lines[i]
            direct.add(j)
            if j > i:
                under.add(j)
        elif not _WATERMARK_LEN[0] <= len(lines[j]) <= _WATERMARK_LEN[1]:
            continue  # (past a short watermark to the head beside it: 万方数据 over a thesis's school)
        if k is not None and len(where.get(lines[k], ())) >= RUNNING_PAIRED_MIN:
            beside[lines[k]][k] = lines[i]
    heads: set[int] = set()
    ends: list[int] = []  # (the lines' lengths summed up to each line, once a line is in page order)
    for line, by in beside.items():
        at = sorted(by)
        numbers = [by[j] for j in at]
        if not _page_order(numbers) or not _running_copies(line, at, numbers, len(where[line]), direct):
            continue
        ends = ends or [0, *itertools.accumulate(map(len, lines))]
        if _pages_apart(lines, at, by, ends) \
                and (len(set(numbers)) >= RUNNING_MIN or under.issuperset(at) or not all(map(_BARE_PAGE.fullmatch, numbers))):
            # (above two bare numbers only, it may be a refrain closing each numbered stanza, its
            # last copy under none; a header under each number, or a line beside 第N页, is a page's)
            heads.update(at)
            # (its copies a rule dropped too, beside no number: the first page's header)
            heads.update(j for j in where[line] if not verdicts[j].keep)
    heads.update(_chapter_heads(lines, pages, rows), fused, _vertical_heads(lines, pages))
    heads.update(_watermarks(lines, near, heads))
    # a number beside a running line (or beside a line beside one); a page counter dropped as
    # one (第 3 页 共 12 页) is a page number to the page reading
    rows += [i for i in pages if any((j := _nonblank(lines, i, step)) is not None and j in heads for step in (-1, 1))]
    out = sorted(heads.union(rows, _last_page(lines, pages, rows), furniture))
    for i in out:
        if verdicts[i].keep:
            verdicts[i] = _drop(PunctuationOnly.name, PunctuationOnly.PAGE_NUMBER_REASON if i in paged else RUNNING_REASON)
    return out


def _page_marks(text: str, lines: list[str]) -> tuple[list[int], list[int], list[int], dict[int, str]]:
    """A printed page's marks on the page (*text* its folded lines joined, *lines* them): the
    page numbers (:data:`_PRINTED_PAGE`, and counters of a total, :func:`_page_counters`), those
    of them no other line is (not bare: 第3页, — 3 —, 2 / 186), the lines opening with a number
    and a space (a running line fused with its page's number, for :func:`_fused_heads`), and the
    page's furniture no number is (the running lines fused with their page's counter, a column
    of line numbers, a scan's specks: :func:`_line_numbers`, :func:`_specks`), each with its reason.

    >>> page = ["正文", "— 1 —", "正文", "14 某市人民政府公报 2026年第11期", "第 1 页 共 2 页"]
    >>> _page_marks("\\n".join(page), page)
    ([1, 4], [1, 4], [3], {})
    """
    pages: list[int] = []
    rows: list[int] = []  # (the numbers no other line is: 第3页, · 3 ·, — 3 —)
    fused: list[int] = []  # (lines opening with a number and a space: 14  某市人民政府公报  2026年第11期)
    for line, m in _lines_of(text, _PRINTED_PAGE.finditer(text), 1):
        if m.group("fused") is not None:
            fused.append(line)
            continue
        pages.append(line)
        if m.group("bare") is None:
            rows.append(line)
    counters, running = _page_counters(text, lines)
    furniture = dict.fromkeys(running, PunctuationOnly.PAGE_NUMBER_REASON)
    if counters or running:  # (2 / 186 opens with a number and a space: no fused running line)
        counted = {*counters, *running}
        fused = [i for i in fused if i not in counted]
        pages, rows = sorted({*pages, *counted}), sorted({*rows, *counted})
    if len(pages) >= RUNNING_PAGED_MIN and not text.isascii():
        furniture.update(dict.fromkeys(_specks(text), SPECKS_REASON))
    numbers = _line_numbers(lines, pages, rows)
    if numbers:
        taken = set(numbers)
        pages = [i for i in pages if i not in taken]
        furniture.update(dict.fromkeys(numbers, LINE_NUMBER_REASON))
    return pages, rows, fused, furniture


#: A page counter of a total ending a line (2 / 186, 1/3, 第2页/共5页), looked for from its slash (a
#: literal the search skips to at C speed: an alternation of first characters is tried at each).
_COUNTER_TAIL = _sx(r"/ *(?:共 *)?[0-9]{1,3}(?: *页)? *(?=\n|\Z)")
#: A line of a page counter, after the running line printed beside it if any (a browser's print
#: footer: the page's address, 1/3; a contract's number, 第2页/共5页).
_COUNTER_LINE = _sx(
    r"(?:(?P<rest>[^\n]{1,60}?) +)?(?:(?P<n>[0-9]{1,3}) */ *(?P<m>[0-9]{1,3})"
    r"|第 *(?P<p>[0-9]{1,3}) *页 *[/,，(（]? *共 *(?P<t>[0-9]{1,3}) *页 *[)）]?)"
)


def _page_ends(text: str) -> list[int]:
    """Where a line of *text* ends in 页, or in 页 and a closing bracket: the place of each 页 found
    from the one before (a character ``str.find`` skips to at memchr speed, where a search of the
    whole text by ``re`` for a counter's 共 reads each character in its loop, ten times the time).

    >>> _page_ends("第1页（共4页）\\n首页 新闻\\n第2页，共4页")
    [6, 21]
    """
    out: list[int] = []
    p = text.find("页")
    while p >= 0:
        q = p + 1
        if text.startswith((")", "）"), q):
            q += 1
        if q == len(text) or text[q] == "\n":
            out.append(p)
        p = text.find("页", p + 1)
    return out


#: Characters of a counter's line at most (its running line, ``RUNNING_LEN``, and the counter).
COUNTER_LINE_MAX = 80


def _page_counters(text: str, lines: list[str]) -> tuple[list[int], list[int]]:
    """The lines that are a printed page's counter of the total (2 / 186: a PDF reader's, a
    report's footer) and those that are a running line and its counter (the URL and 1/3 of a
    browser's print footer; 合同编号：… 第2页/共5页), in line order: the same line but the page
    ``RUNNING_PAGED_MIN`` times or more, of one total, the pages counting up to the total at most,
    each two ``RUNNING_PAGE_CHARS`` characters of other lines apart but the last two (a last page
    may be short). (A fraction in a table's cells, 1/3 and 2/3, stands no page apart; 第 2 页 共 5
    page on its own line is a printed page number of :data:`_PRINTED_PAGE` already.)

    >>> body = "本合同一式陆份，甲方肆份，乙方贰份，具有同等法律效力，自双方签字盖章之日起生效。" * 4
    >>> page = ["合同", body, "编号:HS-01 第1页/共3页", body, "编号:HS-01 第2页/共3页", "完", "2 / 9"]
    >>> _page_counters("\\n".join(page), page)
    ([], [2, 4])
    >>> _page_counters("比例\\n1/3\\n2/3", ["比例", "1/3", "2/3"])
    ([], [])
    """
    tails = [m.start() for m in _COUNTER_TAIL.finditer(text)] if "/" in text else []
    if "页" in text:  # (and counters of a total without a slash: 第1页（共4页）, 第1页，共3页)
        tails = sorted({*tails, *_page_ends(text)})  # (a line's two tails: one line)
    groups: defaultdict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    line, pos, last = 0, 0, -1
    for start in tails:
        line, pos = line + text.count("\n", pos, start), start
        if line == last:
            continue
        last = line
        c = _COUNTER_LINE.fullmatch(lines[line]) if len(lines[line]) <= COUNTER_LINE_MAX else None
        if c is None or (c.group("p") is not None and c.group("rest") is None):
            continue
        n, total = (c.group("n"), c.group("m")) if c.group("n") is not None else (c.group("p"), c.group("t"))
        groups[c.group("rest") or "", int(total)].append((line, int(n)))
    bare: list[int] = []
    running: list[int] = []
    ends: list[int] = []
    for (rest, total), at in groups.items():
        if len(at) < RUNNING_PAGED_MIN or not all(0 < a < b <= total for (_, a), (_, b) in itertools.pairwise(at)):
            continue
        ends = ends or [0, *itertools.accumulate(map(len, lines))]
        pairs = list(itertools.pairwise(i for i, _ in at))
        if min(ends[b] - ends[a + 1] for a, b in pairs[:-1] or pairs) >= RUNNING_PAGE_CHARS:
            (running if rest else bare).extend(i for i, _ in at)
    return sorted(bare), sorted(running)


#: A line of a scan's specks read as marks, apart by single spaces (, 、 ’; ' | .; · ′ 、): two to
#: five of them, nothing else, after the line break before it.
_SPECK = r"[,.'’‘`′″·・、。|:;\"“”^~_\-]"
_SPECKS = _sx(rf"\n(?:{_SPECK} ){{1,4}}{_SPECK}(?=\n|\Z)")
SPECKS_REASON = "specks of a scanned page read as marks"


def _specks(text: str) -> list[int]:
    """The lines of *text* that are a scan's specks (:data:`_SPECKS`; the first line too).

    >>> _specks(", 、 ’\\n会 议 纪 要\\n正文。\\n' | .\\n、\\n· ′ 、")
    [0, 3, 5]
    """
    text = "\n" + text  # (the first line after a line break too)
    return [line - 1 for line, _ in _lines_of(text, _SPECKS.finditer(text), 1)]  # (- 1: the line break put first)


#: Line numbers in a run at least, and runs at least, for :func:`_line_numbers`.
LINE_NUMBER_RUN_MIN, LINE_NUMBER_RUNS_MIN = 3, 2
#: The reason of a printed page's line numbers (:func:`_line_numbers`): to the page reading blank
#: lines, as page numbers are.
LINE_NUMBER_REASON = "line number of a printed page"


def _line_numbers(lines: list[str], pages: list[int], rows: list[int]) -> list[int]:
    """The lines of a printed page's line numbers (a draft law's or a 征求意见稿's numbered lines,
    whose column a PDF's text gives as a run of bare numbers beside the page's text): among the
    bare page numbers *pages* (*rows*: the printed page numbers no item's is), runs of
    ``LINE_NUMBER_RUN_MIN`` or more on lines one after the other counting up by one, right next
    to a printed page number, ``LINE_NUMBER_RUNS_MIN`` runs or more going on from one another (the
    first from 1, each from the number after the last of the one before: a table's 序号 column
    read down the page stands by its other columns, no page number).

    >>> page = ["第一条 本条例适用于本市。", "1", "2", "3", "— 1 —", "第二条 本条例自公布之日起施行。", "4", "5", "6", "— 2 —"]
    >>> _line_numbers(page, [1, 2, 3, 4, 6, 7, 8, 9], [4, 9])
    [1, 2, 3, 6, 7, 8]
    """
    if len(pages) - len(rows) < LINE_NUMBER_RUN_MIN * LINE_NUMBER_RUNS_MIN:
        return []  # (too few bare numbers for the runs: *rows* are among *pages*)
    marks = set(rows)
    runs: list[list[int]] = []
    for i in pages:
        s = lines[i]
        if i in marks or not s.isdecimal():
            continue
        if runs and _nonblank(lines, runs[-1][-1], 1) == i and int(s) == int(lines[runs[-1][-1]]) + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    out: list[int] = []
    chained, n = 0, 0
    for run in runs:
        if len(run) >= LINE_NUMBER_RUN_MIN and int(lines[run[0]]) == n + 1 and _by_mark(lines, run, marks):
            out += run
            chained, n = chained + 1, int(lines[run[-1]])
    return out if chained >= LINE_NUMBER_RUNS_MIN else []


def _by_mark(lines: list[str], run: list[int], marks: set[int]) -> bool:
    """Whether the line before the run's first or after its last is one of *marks*."""
    return _nonblank(lines, run[-1], 1) in marks or _nonblank(lines, run[0], -1) in marks


def _drop_furniture(verdicts: list[Verdict], furniture: dict[int, str]) -> None:
    """Drop the kept lines of a printed page's furniture (:func:`_page_marks`: line -> reason)
    in place."""
    for i, reason in furniture.items():
        if verdicts[i].keep:
            verdicts[i] = _drop(PunctuationOnly.name, reason)


def _watermarks(lines: list[str], near: list[tuple[int, int, int | None]], heads: set[int]) -> list[int]:
    """The short watermarks (万方数据, ``_WATERMARK_LEN``) between a page number and a running line
    found beside it (*near*: each number, the line next to it and the one next to that): a line of
    no digit (a table's cell over its footer is none) standing ``RUNNING_MIN`` times or more."""
    lo, hi = _WATERMARK_LEN
    out = [j for _, j, k in near if k in heads and j not in heads and lo <= len(lines[j]) <= hi
           and not any(map(str.isdigit, lines[j]))]
    if not out:
        return out
    wanted = {lines[j] for j in out}  # (the page's copies of the candidates counted in one pass)
    copies = Counter(x for x in lines if x in wanted)
    return [j for j in out if copies[lines[j]] >= RUNNING_MIN]


#: Lines of one character each in a row at least that make a printed page's margin text set
#: vertically, read one character a line (an exam paper's 密封线 / 内 / 不 / 要 / 答 / 题 by the
#: fold, a book's running title in its spine margin).
VERTICAL_MIN = 3


def _vertical_heads(lines: list[str], pages: list[int]) -> list[int]:
    """The lines of a margin text set vertically (``VERTICAL_MIN`` lines of one Han character or
    more in a row: a table's cells of one digit are none) right beside a page number (*pages*:
    their lines), the same text beside ``RUNNING_PAIRED_MIN`` of them or more: a running line to
    the page, one character a line.

    >>> page = ["第一题。", "第1页（共3页）", "密", "封", "线", "第二题。", "第2页（共3页）", "密", "封", "线", "第三题。"]
    >>> _vertical_heads(page, [1, 6])
    [2, 3, 4, 7, 8, 9]
    >>> _vertical_heads(["甲", "1", "春", "夏", "秋", "2", "冬", "雪", "霜"], [1, 5])
    []
    >>> _vertical_heads(["正文。", "1", "春", "夏", "秋", "冬", "春", "夏", "正文。"], [1])
    []
    >>> _vertical_heads(["1", "2", "2", "2", "2", "3", "2", "2", "2"], [0, 5])
    []
    """
    runs: defaultdict[str, dict[int, list[int]]] = defaultdict(dict)  # (text -> first line -> its lines)
    for i in pages:
        for step in (-1, 1):
            run = []
            j = _nonblank(lines, i, step)
            while j is not None and len(lines[j]) == 1 and "\u4e00" <= lines[j] <= "\u9fff":  # (a Han character)
                run.append(j)
                j = _nonblank(lines, j, step)
            if len(run) >= VERTICAL_MIN:
                run.sort()
                runs["".join(lines[x] for x in run)][run[0]] = run
    return sorted(x for copies in runs.values() if len(copies) >= RUNNING_PAIRED_MIN for run in copies.values()
                  for x in run)


def _may_run(s: str) -> bool:
    """Whether the line *s* may be a running header or footer: ``RUNNING_LEN`` characters, no
    sentence's punctuation, no row of a form's blanks (:data:`_BLANK_FIELDS`).

    >>> _may_run("某市人民政府公报 2026年第11期"), _may_run("项目编号：ZB-2026-0117"), _may_run("填报人： 联系电话：")
    (True, True, False)
    """
    return (RUNNING_LEN[0] <= len(s) <= RUNNING_LEN[1] and not _RUNNING_SENTENCE.search(s)
            and not _BLANK_FIELDS.fullmatch(s))


def _last_page(lines: list[str], pages: list[int], rows: list[int]) -> list[int]:
    """The bare number ending the text (*pages*: the page numbers' lines), beside no running line:
    the last page's, when the page number before it stands beside one (*rows*: those going) and
    it counts on from that by ``RUNNING_PAGE_STEP`` at most, some text after it (a last page may
    be short: ``RUNNING_SLIDE_CHARS``), the line over it no table's cell (``LAST_PAGE_OVER_MIN``
    characters or more: a table cell by cell may end in a small total, 合计 / 6).

    >>> body = "本办法所称专项资金，是指市级财政预算安排，用于支持本市中小企业技术改造和数字化转型的资金。"
    >>> page = ["某项目招标文件", *[x for n in "123" for x in (body, body, body, body, n, "某某代理有限公司 某项目")], body * 4, "4"]
    >>> [v.keep for v in classify_lines("\\n".join(page))][-4:]
    [False, False, True, False]
    """
    i = pages[-1]
    if i in rows or _nonblank(lines, i, 1) is not None or len(pages) < RUNNING_MIN or pages[-2] not in rows:
        return []
    before, last = lines[pages[-2]].strip(), lines[i].strip()
    if not (before.isdigit() and last.isdigit() and 0 < int(last) - int(before) <= RUNNING_PAGE_STEP):
        return []
    over = _nonblank(lines, i, -1)
    if over is None or len(lines[over].strip()) < LAST_PAGE_OVER_MIN:
        return []
    return [i] if sum(map(len, lines[pages[-2] + 1: i])) >= RUNNING_SLIDE_CHARS else []


#: Characters of the line over a text's last page number at least (:func:`_last_page`).
LAST_PAGE_OVER_MIN = 10


def _drop_fused(text: str, lines: list[str], verdicts: list[Verdict], fused: list[int]) -> list[int]:
    """The running lines fused with their page's number (:func:`_fused_heads`, of the lines
    *fused* that open with a number), dropped here when kept (in place)."""
    out = _fused_heads(text, lines, fused)
    for i in out:
        if verdicts[i].keep:
            verdicts[i] = _drop(PunctuationOnly.name, PunctuationOnly.PAGE_NUMBER_REASON)
    return out


def _pages_apart(lines: list[str], at: list[int], by: dict[int, str], ends: list[int]) -> bool:
    """Whether the copies of a running line at lines *at* (*by*: the number beside each) stand a
    page of text apart (``RUNNING_PAGE_CHARS``), but the last two (a document's last page may be
    short); beside numbers printed as page numbers only are (第 3 页, — 3 —: no item's), a page
    of text apart for half the pairs or more, a slide's text (``RUNNING_SLIDE_CHARS``) for the rest
    (a page a section ends on); or, a footer over each number (:func:`_footer_over`), a slide's text
    apart for half the pairs or more (``RUNNING_SLIDE_CHARS`` characters on ``RUNNING_SLIDE_LINES``
    lines or more). *ends*: the lines' lengths summed up to each."""
    pairs = list(itertools.pairwise(at))
    gaps = sorted(ends[b] - ends[a + 1] for a, b in pairs[:-1] or pairs)
    if gaps[0] >= RUNNING_PAGE_CHARS:
        return True
    if gaps[0] >= RUNNING_SLIDE_CHARS and gaps[len(gaps) // 2] >= RUNNING_PAGE_CHARS and not any(
        _BARE_PAGE.fullmatch(by[j]) for j in at
    ):
        return True  # (beside printed numbers, 第 3 页, a page a section ends on may be short)
    if gaps[len(gaps) // 2] < RUNNING_SLIDE_CHARS or not _footer_over(lines, at, by):
        return False
    # (a slide's title and points between, not a question's one answer: 问2 / … / 2 / 答案。)
    points = sorted(sum(map(bool, lines[a + 1: b])) - 1 for a, b in pairs)
    return points[len(points) // 2] >= RUNNING_SLIDE_LINES


def _running_copies(line: str, at: list[int], numbers: list[str], copies: int, direct: set[int]) -> bool:
    """Whether a line standing beside page numbers at lines *at* (*numbers*), *copies* times on
    the page, is a running line by its copies: ``RUNNING_MIN`` or more of them, or two each right
    next to a page number no item's number is (· 85 ·; *direct*: the lines right next to one),
    the line no field, no heading and no date (two documents of an issue signed the same day).

    >>> _running_copies("某某年鉴—2026", [3, 40], ["·84·", "·86·"], 2, {3, 40}), _running_copies("附件", [3, 40], ["3", "5"], 2, {3, 40})
    (True, False)
    >>> _running_copies("第三部分 情况说明", [3, 40], ["第 1 页", "第 4 页"], 2, {3, 40})
    False
    """
    if copies >= RUNNING_MIN:
        return True
    return (len(at) >= RUNNING_PAIRED_MIN and direct.issuperset(at) and not _RUNNING_NOT.search(line)
            and not _RUNNING_HEADING.match(line) and not _DATE_LINE.fullmatch(line)
            and not any(map(_BARE_PAGE.fullmatch, numbers)))


#: A chapter's heading opening (第二章, 第三部分, 第一编): what a running head names the chapter by.
_CHAPTER_OPEN = _sx(r"第[一二三四五六七八九十百0-9]{1,4}(?:章|部分|编|篇)")
#: A heading's or a caption's opening (第三部分, 第二章, 一、, （一）, 1., 表4-1, 图2): a line two copies
#: of which stand beside page numbers is the 目录's entry and the heading it names, or a table's
#: caption repeated over its rows on the next page, no running line.
_RUNNING_HEADING = _sx(
    r"第[一二三四五六七八九十百0-9]{1,4}[章节部编篇条]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十0-9]{1,3}[）)]"
    r"|[0-9]{1,2}[.．、]|[表图] ?[0-9]"
)


def _footer_over(lines: list[str], at: list[int], by: dict[int, str]) -> bool:
    """Whether each copy of a running line at lines *at* stands right over its number (*by*: the
    number beside each copy), ``RUNNING_MIN`` copies or more: a footer."""
    return len(at) >= RUNNING_MIN and all(
        (k := _nonblank(lines, j, 1)) is not None and lines[k] == by[j] for j in at)


def _chapter_heads(lines: list[str], pages: list[int], rows: list[int]) -> set[int]:
    """The running heads that name the chapter a page is in (a 规划's 第二章 主要目标 over each of its
    pages), a different line as the chapters go: a line of no sentence right under a page number
    printed as one (— 3 —, · 3 ·, 第3页: *rows*, among the page numbers *pages* in page order) that
    is the line under it too (the chapter's heading its first page opens with), or a chapter's
    heading (第二章 …) standing under two such numbers or more and once elsewhere (the heading).

    >>> body = "本章提出规划期内的主要任务和工作举措。"
    >>> page = ["某市教育发展规划", "- 1 -", "第一章 总则", "第一章 总则", body, "- 2 -", "第一章 总则", body,
    ...         "- 3 -", "第二章 任务", "第二章 任务", body, "- 4 -"]
    >>> [v.keep for v in classify_lines("\\n".join(page))][1:11]
    [False, False, True, True, False, False, True, False, False, True]
    """
    paged = set(pages)
    printed = [i for i in rows if i in paged]
    if len(printed) < RUNNING_MIN or not _page_order([lines[i].strip(" -—－–―─·・第页") for i in printed]):
        return set()
    lo, hi = RUNNING_LEN
    slots: defaultdict[str, list[int]] = defaultdict(list)
    for i in printed:
        j = _nonblank(lines, i, 1)
        if j is not None and lo <= len(lines[j]) <= hi and not _RUNNING_NOT.search(lines[j]) and j not in rows:
            slots[lines[j]].append(j)
    out: set[int] = set()
    copies = Counter(x for x in lines if x in slots) if slots else Counter()
    for line, at in slots.items():
        out.update(j for j in at if (k := _nonblank(lines, j, 1)) is not None and lines[k] == line)
        if len(at) >= RUNNING_PAIRED_MIN and copies[line] > len(at) and _CHAPTER_OPEN.match(line):
            out.update(at)
    return out


#: A page number at the end of a line, a space before it, the running line it is printed beside
#: before that (``2026年第11期  人事任免  15``): looked for on a page whose lines open with theirs.
_FUSED_LAST = _sx(r"[^\n]{4,60} ([0-9]{1,3})(?=\n|\Z)")
#: A line's end that :data:`_FUSED_LAST` needs (a space and a number): the lines holding one are
#: searched, not the page from every character (sixty tried from each: most of a long paged page's
#: reading).
_NUMBER_END = _sx(r" [0-9]{1,3}(?=\n|\Z)")


def _fused_last(text: str) -> Iterator[re.Match[str]]:
    """``_FUSED_LAST.finditer(text)``: its matches end a line, one a line at most, so each is the
    first in the line of a :data:`_NUMBER_END`.

    >>> [m.group(1) for m in _fused_last("2026年第1期 市政府文件 3\\n正文 12 345\\n1234\\nab 7")]
    ['3', '345']
    """
    for end in _NUMBER_END.finditer(text):
        m = _FUSED_LAST.search(text, text.rfind("\n", 0, end.start()) + 1, end.end())
        if m is not None:
            yield m


def _fused_heads(text: str, lines: list[str], fused: list[int]) -> list[int]:
    """The lines that are a printed page's running line and its number on one line (a page's text
    laid out, ``pdftotext -layout``: ``14  某市人民政府公报  2026年第11期``): of the lines *fused*
    (and the first line) opening with a number and a space, the same line but the number
    ``RUNNING_MIN`` times or more, the numbers counting up a page of text apart
    (:func:`_fused_pages`); and the lines in turn with them, their number at the end (the odd
    pages' head, naming the section: a word of theirs, the issue, in it; its number one of the
    pages between or next to theirs).

    >>> body = "本办法自发布之日起施行，由市财政局负责解释，各区可结合实际制定实施细则并报市财政局备案。"
    >>> page = ["2 某市政府公报 2026年第1期", body * 4, "2026年第1期 市政府文件 3", body * 4,
    ...         "4 某市政府公报 2026年第1期", body * 4, "6 某市政府公报 2026年第1期"]
    >>> [v.keep for v in classify_lines("\\n".join(page))]
    [False, True, False, True, False, True, False]
    """
    lo, hi = RUNNING_LEN
    found: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)  # rest -> (line, number)
    for j in [0, *fused] if lines and lines[0][:1].isdigit() else fused:
        n, _, rest = lines[j].partition(" ")
        if n.isdigit() and lo <= len(rest) <= hi and not _RUNNING_NOT.search(rest):
            found[rest].append((j, int(n)))
    heads: dict[int, int] = {}  # line -> its page
    ends: list[int] = []
    for at in found.values():
        if len(at) >= RUNNING_MIN:
            ends = ends or [0, *itertools.accumulate(map(len, lines))]
            if _fused_pages(ends, at):
                heads.update(at)
    if not heads:
        return []
    words = {w for j in heads for w in lines[j].split()[1:] if len(w) >= RUNNING_WORD_MIN}
    order = sorted(heads.items())  # (line, page), in line order
    pages = sorted(heads.values())
    for line, m in _lines_of(text, _fused_last(text)):
        n = int(m.group(1))
        rest = m.group()[: -len(m.group(1))].split()
        if (line not in heads and pages[0] - 1 <= n <= pages[-1] + 1 and n not in pages
                and not _RUNNING_NOT.search(m.group()) and words.intersection(rest) and _in_turn(order, line, n)):
            heads[line] = n
    return sorted(heads)


#: Characters of a word (apart by blanks) a running line shares with the lines in turn with it.
RUNNING_WORD_MIN = 4


def _fused_pages(ends: list[int], at: list[tuple[int, int]]) -> bool:
    """Whether lines *at* (line, number), ``RUNNING_MIN`` or more copies of one running line fused
    with its page's number, are a printed page's: the numbers from the second page on (the first
    page has the title; a list's items count from 1), going up by ``RUNNING_PAGE_STEP`` at most,
    ``RUNNING_PAGE_CHARS`` characters of other lines between each two (a table's rows numbered
    1, 2, 3 are none). *ends*: the lines' lengths summed up to each line."""
    return at[0][1] > 1 and all(0 < n2 - n1 <= RUNNING_PAGE_STEP and ends[b] - ends[a + 1] >= RUNNING_PAGE_CHARS
                                for (a, n1), (b, n2) in itertools.pairwise(at))


def _in_turn(order: list[tuple[int, int]], j: int, n: int) -> bool:
    """Whether line *j*, page *n*, stands where its page is among the running lines *order*
    ((line, page) in line order): below the one before it of a lower page, above the one after
    it of a higher one."""
    x = bisect_left(order, (j, -1))
    return (x == 0 or order[x - 1][1] < n) and (x == len(order) or order[x][1] > n)


def _page_order(numbers: list[str]) -> bool:
    """Whether the page numbers a line stands beside, in line order, are pages': ``RUNNING_PAGED_MIN``
    or more distinct ones, when they are digits counting up from 1 on, two of them one after the
    other by ``RUNNING_PAGE_STEP`` at most (a heading over its items' first number, 1 each time, is
    none; nor is a related list's source name over each item's views: 0, 54; an excerpt of a
    document skips pages).

    >>> _page_order(["3", "4", "4", "20"]), _page_order(["1", "1", "1"]), _page_order(["0", "54", "587"])
    (True, False, False)
    >>> _page_order(["Ⅰ", "Ⅲ"])
    True
    """
    if len(set(numbers)) < RUNNING_PAGED_MIN:
        return False
    if not all(n.isdigit() for n in numbers):
        return True
    values = [int(n) for n in numbers]
    steps = [b - a for a, b in itertools.pairwise(values)]
    return values[0] > 0 and min(steps) >= 0 and any(0 < d <= RUNNING_PAGE_STEP for d in steps)


def _gallery_run(run: list[tuple[int, int]], total: int) -> list[int]:
    """The lines of *run* (line, number: numbers counting up by one to *total* at most) if they
    are a gallery's counters: :data:`GALLERY_NUMBERS_MIN` or more, from the first picture to the
    last (85/100, 86/100, 87/100 are a table's scores; 1/15, 2/15 … 12/15 the dates of a year's
    meetings)."""
    if len(run) < GALLERY_NUMBERS_MIN or run[0][1] != 1 or run[-1][1] != total:
        return []
    return [i for i, _ in run]


def _comment_forms(text: str, lines: list[str], verdicts: list[Verdict]) -> list[int]:
    """The kept lines that are a comment form's notice (:data:`_COMMENT_FORM`), dropped here as
    widget lines (in place): the form ends the article, its comments stand under it.

    >>> page = ["某校举行建校七十周年纪念大会，校友代表和师生一千余人参加。", "大会回顾了学校七十年的办学历程。",
    ...         "网上寄语", "请文明留言，留言经审核后显示", "校友 某某：祝母校生日快乐！", "教师 某某：再创辉煌！"]
    >>> [v.rule for v in classify_lines("\\n".join(page))]
    [None, None, None, 'widget', 'widget', 'widget']
    """
    if not (_holds(text, _COMMENT_FORM_WORD) or any(_holds(text, w) for w in _COMMENT_FORM_CALL_GROUPS)):
        return []  # (most pages: the words' first characters found at memchr speed)
    rows = [i for i, m in enumerate(map(_COMMENT_FORM.fullmatch, lines)) if m is not None and verdicts[i].keep]
    if rows:  # (none a notice's own line, a document's closing date under it: 留言规则 listed in a notice;
        # nor a line of a list the text introduces: 倡议如下： over 请文明留言)
        inside = _dated_below(lines, verdicts, rows) | _introduced(lines, verdicts, rows)
        rows = [i for i in rows if i not in inside]
    for i in rows:
        verdicts[i] = _drop(Widget.name, f"comment form's notice {lines[i][:20]!r}")
    return rows


#: A satisfaction level (非常满意, 基本满意, 一般 …) of a rating bar's.
_RATING_LEVEL = r"(?:非常满意|很满意|比较满意|较满意|基本满意|满意|一般|不太满意|不满意|很不满意|非常不满意)"
#: A rating bar: three or more satisfaction levels on one line, apart (blanks, | or /), each maybe
#: after a radio mark, a label before them or not (满意度评价：非常满意 满意 基本满意 不满意).
_RATING_BAR = re.compile(
    rf"(?:[^\s:]{{1,8}}\s?:\s?)?(?:[○●◯□◎]\s?)?{_RATING_LEVEL}"
    rf"(?:(?:\s?[|/]\s?|\s{{1,3}})(?:[○●◯□◎]\s?)?{_RATING_LEVEL}){{2,}}"
)
#: The line over a document's row of satisfaction levels: a numbered question (3. / (3) / 三、 /
#: 第3题: a questionnaire's options) or a line introducing it, more than a label before its colon
#: (评价器上显示五个等级: / 测评结果如下:; 满意度评价: is a widget's label).
_RATING_OWN_ABOVE = re.compile(
    r"\s*(?:\d{1,2}\s?[.、]|\(\s?\d{1,2}\s?\)|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|第\d{1,2}题)"
    r"|[^:]{9,}:\s*$|[^:]{0,40}(?:如下|以下|下表)[^。:]{0,10}:\s*$"
)
#: A table's row of figures (812 365 71 12, 64.4% 29.0%), maybe after its label (人数 812 365 71 12):
#: under a row of levels, its header.
_NUMBER_ROW = re.compile(r"(?:[^\d\s:]{1,6}\s{1,3})?\d[\d,.]*%?(?:\s{1,3}\d[\d,.]*%?)+")
#: A level in quotes (作出“不满意”评价的): the line under a row of levels that explains them, the document's.
_QUOTED_LEVEL = re.compile(rf"[“\"「]{_RATING_LEVEL}[”\"」]")
#: Fewest characters of the line over each of two rows of levels that makes them two questions of
#: a questionnaire (您对食堂饭菜质量是否满意 / 您对课后服务是否满意: :func:`_asked_apart`).
RATING_QUESTION_MIN = 6
#: A rating bar's prompt over it, asking the reader (您对本次答复是否满意？, 请您对本次服务进行评价：, 对本事项服务进行评价).
_RATING_PROMPT = re.compile(r"(?:请您?|您)?对[^。!?;]{1,24}?(?:是否满意|满意吗|进行评价|的评价|作出评价|打分)\s?[?:]?")
#: A rating bar's label alone over it, its colon ending the line (满意度评价：, 服务评价：, 评价：): the widget's
#: own, as its prompt is (a document's row of levels stands under a question or a line introducing it).
_RATING_LABEL = re.compile(r"[\u4e00-\u9fff]{0,4}(?:评价|满意度|评分)[\u4e00-\u9fff]{0,2}\s?:")
#: Rating bars a page may hold (its desktop and mobile copies); more are a questionnaire's options.
RATING_MAX_BARS = 2
#: Longest rating bar line (characters).
RATING_MAX_LEN = 60
#: The reason a rating bar is dropped with (:func:`_rating_bars`).
RATING_REASON = "rating bar"


def _rating_bars(text: str, lines: list[str], verdicts: list[Verdict]) -> list[int]:
    """The kept lines that are a page's satisfaction rating bar (:data:`_RATING_BAR`: 非常满意 满意
    基本满意 不满意 on one line, under a reply or a service guide), dropped here as widget lines (in
    place): the bar ends the article as a widget does. Not a document's row of levels: on a page
    with more than :data:`RATING_MAX_BARS` of them (a questionnaire), under a numbered question (3.
    您对…是否满意？) or a line introducing it (测评结果如下：), each of two under its own question
    (:func:`_asked_apart`), over a row of figures (a table's header) or a line quoting a level (作出
    “不满意”评价的), or with a document's closing date under it (:func:`_dated_below`). A prompt right above it
    (:data:`_RATING_PROMPT`) or its label (:data:`_RATING_LABEL`) goes with it.

    >>> page = ["某某：您好！您反映的问题已转交区城管局处理，将于本月底前完成整改。", "区信访局", "2026年11月3日",
    ...         "您对本次答复是否满意?", "非常满意 满意 基本满意 不满意"]
    >>> vs = [KEEP] * 5
    >>> _rating_bars("\\n".join(page), page, vs), vs[4].reason
    ([3, 4], "rating bar '非常满意 满意 基本满意 不满意'")
    >>> quiz = ["1. 您对窗口的服务态度是否满意？", "非常满意 满意 基本满意 不满意", "2. 您办事时等候了多久？"]
    >>> _rating_bars("\\n".join(quiz), quiz, [KEEP] * 3)
    []
    """
    if not _holds(text, "满意"):
        return []  # (most pages: the word's first character found at memchr speed)
    rows = [i for i, s in enumerate(lines) if len(s) <= RATING_MAX_LEN and "满意" in s and _RATING_BAR.fullmatch(s)]
    if not rows or len(rows) > RATING_MAX_BARS or _asked_apart(lines, verdicts, rows):
        return []
    inside = _dated_below(lines, verdicts, rows)  # (a document's closing date under it: its own line)
    out = []
    for i in rows:
        j, k = _nonblank(lines, i, -1), _nonblank(lines, i, 1)
        if not verdicts[i].keep or i in inside or (j is not None and verdicts[j].keep and _RATING_OWN_ABOVE.match(lines[j])) \
                or (k is not None and (_NUMBER_ROW.fullmatch(lines[k]) or _QUOTED_LEVEL.search(lines[k]))) \
                or _asks_on(lines, i):
            continue  # (a question's options, a table's header over its figures, a list introduced)
        verdicts[i] = _drop(Widget.name, f"{RATING_REASON} {lines[i][:20]!r}")
        out.append(i)
        label = j is not None and _RATING_LABEL.fullmatch(lines[j]) is not None
        if j is not None and verdicts[j].keep and (label or _RATING_PROMPT.fullmatch(lines[j])):
            what = "label" if label else "prompt"
            verdicts[j] = _drop(Widget.name, f"{RATING_REASON}'s {what} {lines[j][:20]!r}")
            out.append(j)
    return sorted(out)


#: Lines at most under a rating bar down to the site's note (温馨提示：…), and the longest line between
#: them (a button: 去评价, 提交评价).
RATING_NOTE_REACH = 3
RATING_NOTE_GAP_MAX_LEN = 8
#: A site's note opening with its label (温馨提示：, 提示：, 说明：).
_SITE_NOTE_LABEL = re.compile(r"(?:温馨提示|友情提示|提示|说明)\s?:")


def _notes_under_bars(lines: list[str], verdicts: list[Verdict], bars: list[int]) -> list[int]:
    """Drop (as the site's notice, in place) a note under its label (:data:`_SITE_NOTE_LABEL`) that
    stands under the last of the page's rating *bars* (of :func:`_rating_bars`) within
    ``RATING_NOTE_REACH`` lines, only buttons between (``RATING_NOTE_GAP_MAX_LEN`` characters at
    most): the bar ends the text, so the note is the site's (办件信息仅供查询参考，如有疑问请拨打…), and on a
    record's page with no sentence of its own (a 办件查询 result: field rows and a process's steps) it
    was the one sentence the page reading took for the article, dropping the record as chrome above
    it. The lines dropped, in order.

    >>> page = ["办理状态:已办结", "您对本次办件的服务是否满意?", "非常满意 满意 基本满意 不满意", "去评价",
    ...         "温馨提示:办件信息仅供查询参考,如有疑问请拨打热线。"]
    >>> vs = [KEEP] * 5
    >>> _notes_under_bars(page, vs, _rating_bars("\\n".join(page), page, vs)), vs[4].rule
    ([4], 'site_notice')
    """
    i = bars[-1]
    for _ in range(RATING_NOTE_REACH):
        i = _nonblank(lines, i, 1)
        if i is None:
            return []
        if verdicts[i].keep and _SITE_NOTE_LABEL.match(lines[i]):
            verdicts[i] = _drop(SiteNotice.name, "the site's note under its rating bar")
            return [i]
        if len(lines[i]) > RATING_NOTE_GAP_MAX_LEN:
            return []
    return []


def _asked_apart(lines: list[str], verdicts: list[Verdict], rows: list[int]) -> bool:
    """Whether each of two or more rows of levels stands under its own question: the lines right
    above them kept, each asking the reader (:data:`_RATING_PROMPT`) in
    :data:`RATING_QUESTION_MIN` characters or more, all different (您对食堂饭菜质量是否满意 / 您对课后
    服务是否满意: a questionnaire's items). A widget's bar and its copy (the mobile page's) repeat
    one prompt or label.

    >>> page = ["您对食堂饭菜质量是否满意", "非常满意 满意 不满意", "您对课后服务安排是否满意", "非常满意 满意 不满意"]
    >>> _asked_apart(page, [KEEP] * 4, [1, 3]), _asked_apart(page[:2] * 2, [KEEP] * 4, [1, 3])
    (True, False)
    """
    if len(rows) < 2:
        return False
    above = [_nonblank(lines, i, -1) for i in rows]
    for j in above:
        if j is None or j in rows or not verdicts[j].keep or len(lines[j]) < RATING_QUESTION_MIN \
                or _RATING_PROMPT.fullmatch(lines[j]) is None:
            return False
    return len({lines[j] for j in above}) == len(above)  # type: ignore[index]


#: Non-blank lines under a rating bar read for a questionnaire's next question (:func:`_asks_on`).
RATING_QUESTION_REACH = 3


def _asks_on(lines: list[str], i: int) -> bool:
    """Whether a question other than a rating bar's prompt stands within :data:`RATING_QUESTION_REACH`
    non-blank lines under line *i*: a questionnaire's next (您希望增加哪些讲座主题?).

    >>> _asks_on(["非常满意 满意 基本满意 不满意", "您希望增加哪些讲座主题?"], 0)
    True
    >>> _asks_on(["非常满意 满意 基本满意 不满意", "您对本次答复的评价:", "提交评价"], 0)
    False
    """
    k = i
    for _ in range(RATING_QUESTION_REACH):
        k = _nonblank(lines, k, 1)
        if k is None:
            return False
        if lines[k].endswith("?") and _RATING_PROMPT.fullmatch(lines[k]) is None:
            return True
    return False


def _introduced(lines: list[str], verdicts: list[Verdict], rows: list[int]) -> set[int]:
    """The *rows* (in order) under a kept line ending in a colon, only blank lines and other rows
    between: the items of a list the text introduces (倡议如下： over 请文明留言 / 请理性发言), not a
    form's notice under its header (网上寄语, 发表评论: no colon, or a line a rule dropped)."""
    under: dict[int, bool] = {}
    for i in rows:
        j = i - 1
        while j >= 0 and not lines[j]:
            j -= 1
        under[i] = under[j] if j in under else j >= 0 and verdicts[j].keep and lines[j].endswith((":", "："))
    return {i for i, yes in under.items() if yes}


def _dated_below(lines: list[str], verdicts: list[Verdict], rows: list[int]) -> set[int]:
    """The *rows* under which a date line alone (2026年10月12日, a document's closing) stands
    before the next line a rule dropped: a document's own lines, not a form over its comments
    (one walk up from the page's end)."""
    dated, out, at = False, set(), set(rows)
    for j in range(len(lines) - 1, rows[0] - 1, -1):
        if j in at:
            if dated:
                out.add(j)
        elif not verdicts[j].keep:
            dated = False
        elif not dated and lines[j][-1:] in "日)）" and _DATE_LINE.fullmatch(lines[j]):
            dated = True
    return out


#: Longest line read as a table's cell beside a date (characters).
CELL_MAX = 40


def _table_dates(
    lines: list[str], verdicts: list[Verdict], meta: list[int], reading: PageReading, p: PageParams = DEFAULT_PARAMS,
) -> None:
    """Keep the bare dates (a date-time alone on its line, which the metadata rule drops as the
    page's date) that are cells of a table inside the article: inside the page reading's
    region, with a kept cell (a short line with no sentence mark, not the headline, inside the
    region) right above and right below them, the dates in a row taken together (更正项 / 2026年12月12日09:00 /
    2026年12月19日09:00 / 2, the old and new deadline of a correction notice), or under a kept
    label ending in a colon (报名截止时间： over it: its value, text after it too), or as the last
    cell of its column (:func:`_column_end`: the table's last row, with a paragraph under it). The
    page's own date stands under the headline, before the region, or between paragraphs, not cells.
    *meta*: the lines the metadata rule dropped.

    >>> page = ["某县体育馆维修项目更正公告", "发布时间：2026-11-30", "一、更正信息", "更正项", "更正前",
    ...         "更正后", "开标时间", "2026-12-12 09:00", "2026-12-19 09:00", "二、其他事项",
    ...         "除上述内容外，原公告其他内容不变。", "版权所有 某县交易中心"]
    >>> [i for i, v in enumerate(classify_lines("\\n".join(page))) if not v.keep]
    [1, 11]
    """
    first, last = reading.region  # type: ignore[misc]
    # (right after the region too: it does not grow over a dropped line, a label's value)
    dates = [i for i in meta[bisect_right(meta, first):] if verdicts[i].reason == Metadata.DATE_LINE_REASON]
    if not dates:
        return
    heads = set(reading.headlines)

    def cell(j: int | None) -> bool:
        return (
            j is not None and first <= j <= last and verdicts[j].keep and j not in heads
            and len(lines[j]) <= CELL_MAX and not _SENTENCE_END.search(lines[j])
        )

    x = 0
    while x < len(dates):
        y = x  # (the dates in a row: x to y)
        while y + 1 < len(dates) and _nonblank(lines, dates[y], 1) == dates[y + 1]:
            y += 1
        above, below = _nonblank(lines, dates[x], -1), _nonblank(lines, dates[y], 1)
        # (under a label, 报名截止时间：, the date is its value whatever follows: text too)
        if cell(above) and (cell(below) or (lines[above].endswith(":") and below is not None and verdicts[below].keep)):
            for i in dates[x: y + 1]:
                verdicts[i] = KEEP
        elif x == y and cell(above) and _column_end(lines, dates[x], verdicts, cell, p):
            verdicts[dates[x]] = KEEP
        x = y + 1


def _column_end(
    lines: list[str], i: int, verdicts: list[Verdict], cell: Callable[[int | None], bool], p: PageParams
) -> bool:
    """Is the bare date on line *i* the last cell of a table's column of dates crawled one cell a
    line: a date kept as a cell *k* lines above (the row above's cell of the same column,
    ``table_min_columns`` to ``table_max_columns`` lines a row) and a kept cell (*cell*) on each line
    between? (With a paragraph under it, it is no cell between two, but the table's last row: a
    notice's list of vehicles ends with its 检验有效期止 column, the text goes on under it.)

    >>> rows = ["鲁Q8D051", "小型汽车", "赵**", "2022-08-31", "鲁QR7U18", "小型汽车", "王**", "2023-03-31"]
    >>> _column_end(rows, 7, [KEEP] * 8, lambda j: j is not None and 4 <= j <= 6, DEFAULT_PARAMS)
    True
    >>> _column_end(rows, 7, [KEEP] * 8, lambda j: j is not None and 5 <= j <= 6, DEFAULT_PARAMS)
    False
    """
    for k in range(p.table_min_columns, min(p.table_max_columns, i) + 1):
        if all(map(cell, range(i - k + 1, i))) and verdicts[i - k].keep and _VALUE_DATE.fullmatch(lines[i - k]):
            return True
    return False


#: A picture credit among an article's credits by role (图：某某, 文/图 某某, 摄影：某某).
_PICTURE_CREDIT = re.compile(r"(?:图片|图|摄影)\s*[:/]|[文/]图\s")
#: The heading of an article's pictures shown after its text (活动图片, 现场照片, 活动剪影).
_GALLERY_HEAD = re.compile(r"[\u4e00-\u9fff]{0,4}(?:图片|照片|剪影|图集)")
#: Lines after the article's credit read for its gallery's heading (past its like and 上一篇/下一篇 bars).
GALLERY_HEAD_REACH = 6
#: Longest caption of a gallery after the article (characters), and fewest captions that make one.
CAPTION_MAX, GALLERY_MIN_CAPTIONS = 30, 2
#: The rules of the page reading whose lines a gallery's heading and captions are taken back from.
_READING_RUNS = frozenset({"page_chrome", "page_stray", "page_island"})


def _gallery_captions(lines: list[str], verdicts: list[Verdict], end: int) -> list[int]:
    """Keep the article's pictures' captions shown after its text: when the article ends on its
    credits by role naming a picture's (（文：某某 图：某某）, :data:`_PICTURE_CREDIT`), a heading of its
    pictures (:data:`_GALLERY_HEAD`, no related block's header: 图片新闻 heads other articles')
    within ``GALLERY_HEAD_REACH`` lines under it (its like count and 上一篇/下一篇 between), and
    under the heading ``GALLERY_MIN_CAPTIONS`` short lines or more, no sentence among them, which the
    page reading dropped as a run after the article: the heading and its captions are the article's
    (kept; the heading too, so that the text drop_spam returns reads alike again). *end*: the
    region's last line; the lines kept back are returned.

    >>> page = ["某校举办科技节", "发布时间：2026-11-26", "11月25日，某校第十二届科技节开幕，全校师生参加，场面热烈。",
    ...         "本届科技节设航模、机器人编程等八个项目，吸引了众多同学参与其中。", "（文：校团委 图：信息中心）",
    ...         "上一篇：某校召开期中质量分析会", "活动图片", "开幕式现场", "水火箭发射比赛", "机器人编程项目展示",
    ...         "评论（3）", "版权所有：某校"]
    >>> [s for s, v in zip(page, classify_lines("\\n".join(page))) if not v.keep]
    ['发布时间：2026-11-26', '上一篇：某校召开期中质量分析会', '评论（3）', '版权所有：某校']
    """
    if not (attribution(lines[end]) and _PICTURE_CREDIT.search(lines[end])):
        return []
    head = None
    for i in range(end + 1, min(end + 1 + GALLERY_HEAD_REACH, len(lines))):
        if verdicts[i].keep:
            return []  # (a line the rules kept: the article goes on, or the page's)
        if verdicts[i].rule in _READING_RUNS:
            head = i
            break
    if head is None or not _GALLERY_HEAD.fullmatch(lines[head]) or Related._header(lines[head]) is not None:
        return []
    captions = []
    for i in range(head + 1, len(lines)):
        s = lines[i]
        if not s:
            continue
        if verdicts[i].rule not in _READING_RUNS or len(s) > CAPTION_MAX or _SENTENCE_END.search(s):
            break
        captions.append(i)
    if len(captions) < GALLERY_MIN_CAPTIONS:
        return []
    for i in (head, *captions):
        verdicts[i] = KEEP
    return [head, *captions]


#: A heading of a document's outline on a line of its own: 第二章 服务内容与时间, 第三节 …, 二、工作要求,
#: (二)中游治理 (no sentence mark after its title words).
_OUTLINE_HEAD = regex.compile(
    r"(?:第[一二三四五六七八九十百零〇两]{1,4}[编章节]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))"
    r"\s*[\p{Han}（）()、\s]{1,30}"
)
#: The mark opening a line of a document's outline (第二章, 第五条, 三、, (二)): its last character
#: is its family.
_OUTLINE_MARK = re.compile(
    r"第[一二三四五六七八九十百零〇两]{1,4}[编章节条]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)"
)
#: The first characters of an outline mark.
_OUTLINE_FIRST = frozenset("第一二三四五六七八九十(")


@lazy
def _outline_first() -> Any:
    """:data:`_OUTLINE_FIRST` as a table for :func:`_opening_with` (:func:`~govtext._codepoints.class_table`:
    it runs one entry past the class's highest code point, False, which :func:`_opening_with` reads a
    higher code point as)."""
    return class_table("".join(sorted(_OUTLINE_FIRST)))  # (no character of it needs escaping in a class)


def _opening_with(joined: Joined, table: Any) -> list[int]:
    """The lines of *joined* whose first character is one of a class table's *table* (:func:`_outline_first`)
    (a blank line's is none), in order: one look-up of the lines' first code points.

    >>> _opening_with(Joined.of("第一章\\n\\n正文\\n(二)"), _outline_first())
    [0, 3]
    """
    return table.take(joined.padded.take(joined.bounds()[0] + 1), mode="clip").nonzero()[0].tolist()  # type: ignore[no-any-return]


#: Longest outline heading, in characters.
OUTLINE_HEAD_MAX = 32
#: A sentence mark: what a paragraph of the document has and a heading, a link title has not.
_SENTENCE_END = re.compile(r"[。；;！？!?]")
#: Rules of sidebar lines (a hot list, a run of short lines, a line cut off by them, a paragraph
#: between them) that a line of the document's outline, crawled among them, is taken back from.
_SIDEBAR_RULES = frozenset({"related", "page_chrome", "page_stray", "page_island"})


def _outline_headings(lines: list[str], verdicts: list[Verdict], rows: Iterable[int], joined: Joined) -> None:
    """Keep the lines of the document's outline that a sidebar crawled into the middle of the
    text took with it (第三章 附则 and 第五条 … under a picture list interleaved after 第四条):
    a line dropped as a sidebar line (:data:`_SIDEBAR_RULES`) that opens with an outline mark
    (:data:`_OUTLINE_MARK`) of a family whose other marks open kept lines (第四条 for 第五条,
    第一章 for 第三章: the outline is the document's, not a list's), when it is a paragraph (a
    sentence mark) or a heading (:data:`_OUTLINE_HEAD`) right above a kept paragraph. *rows*:
    the lines that may be sidebar lines (every one is, among others; in any order, some twice);
    *joined*: the lines joined (:func:`_joined`).

    >>> page = ["第一章 总则", "第一条 为规范管理，制定本办法。", "热门文章", "某县召开会议", "某县开展活动",
    ...         "第二章 附则", "第二条 本办法自发布之日起施行。"]
    >>> [v.keep for v in classify_lines("\\n".join(page))]
    [True, True, False, False, False, True, True]
    """
    # (those that open as an outline's line may, in order: the cheap test before the sort; the
    # lines opening so are few, found by one look-up of the lines' first code points, where a
    # test of each of *rows*, most of the page's dropped lines, made a string of its first one)
    first = set(_opening_with(joined, _outline_first())).intersection(rows)
    if not first:
        return
    cands = [
        i for i in sorted(first)
        if not verdicts[i].keep and verdicts[i].rule in _SIDEBAR_RULES and _OUTLINE_MARK.match(lines[i])
    ]
    if not cands:
        return
    marks: set[str] = set()  # the marks opening kept lines (第一章, 第四条, 二、)
    for line, v in zip(lines, verdicts):
        if v.keep and line[:1] in _OUTLINE_FIRST and (m := _OUTLINE_MARK.match(line)):
            marks.add(m.group())

    def family(i: int) -> bool:
        mark = _OUTLINE_MARK.match(lines[i]).group()  # type: ignore[union-attr]
        return any(k != mark and k[-1] == mark[-1] for k in marks)

    heads = []
    for i in cands:
        if _SENTENCE_END.search(lines[i]) and family(i):
            verdicts[i] = KEEP
        elif len(lines[i]) <= OUTLINE_HEAD_MAX and _OUTLINE_HEAD.fullmatch(lines[i]):
            heads.append(i)
    for i in heads:  # (after the paragraphs: the one under a heading may be one of them)
        j = _nonblank(lines, i, 1)
        if j is not None and verdicts[j].keep and _SENTENCE_END.search(lines[j]) and family(i):
            verdicts[i] = KEEP



#: A person's office and name (市发展和改革委员会副主任 某某某): a line of a list of people.
_OFFICE_NAME = regex.compile(r"\p{Han}{4,}\s+[\p{Han}·]{2,4}")
#: The reason :class:`Metadata` gives a name it drops under a bare label (责任编辑：).
_LABEL_VALUE = "value of the "


def _name_lists(lines: list[str], verdicts: list[Verdict], meta: list[int]) -> set[int]:
    """Keep a bare label and the name the metadata rule took for its value (发布人： over 市某局副局长
    某某某) when the line after that name is another office and name the rules kept: the label
    heads a list of people (a press conference's speakers), the document's, not the page's
    author or editor field (责任编辑： 某某, then the page's next field or its footer). *meta*:
    the lines the metadata rule dropped; the lines kept back are returned."""
    back: set[int] = set()
    for i in meta:
        v = verdicts[i]
        if v.rule != Metadata.name or not v.reason.startswith(_LABEL_VALUE):
            continue
        j, k = _nonblank(lines, i, -1), _nonblank(lines, i, 1)
        if j is not None and k is not None and verdicts[k].keep \
                and _OFFICE_NAME.fullmatch(lines[i]) and _OFFICE_NAME.fullmatch(lines[k]):
            verdicts[i] = verdicts[j] = KEEP
            back.update((i, j))
    return back


def _record_fields(lines: list[str], verdicts: list[Verdict], meta: list[int], params: PageParams) -> set[int]:
    """Keep the rows of label fields the metadata rule dropped (作者：某某) that are fields of a
    list of records (:func:`govtext.boilerplate.record_list`: 《书名》 / 作者：… / 出版社：… / 索书号：…,
    three or more records alike): the document's list, not the page's author or source field,
    which stands once. *meta*: the lines the metadata rule dropped; the lines kept back are
    returned. (A label that fewer of the rows the metadata rule dropped open with than a list
    has records is no record's: every record's row of it is such a row. That cheap count first.)

    >>> page = ["本期推荐新书三种，已在二楼借阅区上架，欢迎读者借阅。", "《书甲》", "作者：某甲", "出版社：某某出版社",
    ...         "《书乙》", "作者：某乙", "出版社：某某出版社", "《书丙》", "作者：某丙", "出版社：另一出版社"]
    >>> [v.keep for v in classify_lines("\\n".join(page))]
    [True, True, True, True, True, True, True, True, True, True]
    """
    least = params.record_list_min_records
    rows = [i for i in meta if verdicts[i].reason.startswith(_FIELDS_REASON)]
    if len(rows) < least:
        return set()  # (most pages: a field row or two under the headline)
    labelled = [(i, m[1]) for i in rows if (m := _ROW_LABEL.match(lines[i]))]
    counts = Counter(label for _, label in labelled)
    rows = [i for i, label in labelled if counts[label] >= least]
    if not rows:
        return set()
    nb = [i for i, s in enumerate(lines) if s]
    back: set[int] = set()
    labels: dict[int, str | None] = {}  # (each row's label matched once for the page)
    for i in rows:
        if i not in back and (span := record_list(lines, nb, bisect_left(nb, i), params, labels=labels)):
            for j in nb[span[0]: span[1] + 1]:
                if not verdicts[j].keep and verdicts[j].reason.startswith(_FIELDS_REASON):
                    verdicts[j] = KEEP
                    back.add(j)
    return back


#: The heading of a publication's masthead in the text, the whole line: the book's or the paper's
#: editorial office or board (《某某年鉴（2026）》编辑部, 编纂委员会, 本书编委会:).
_MASTHEAD_HEAD = _sx(r"[^:。;,]{0,24}?(?:编辑部|编委会|编辑委员会|编纂委员会)\s?:?")
#: A row of a masthead: a role of a few characters and the names after it, no sentence, no digit
#: (主编:某某, 副主编:某甲 某乙, 英文翻译:某某).
_MASTHEAD_ROW = _sx(r"[\u4e00-\u9fff]{1,6}\s?:\s?[\u4e00-\u9fff][^:\d。;,]{0,30}")
#: The field labels of a masthead's rows the metadata rule drops alone on their line (主编：某某).
_MASTHEAD_ROLES = frozenset({"主编", "副主编", "执行主编", "编辑", "校对", "责编", "美编", "编审"})
#: Rows a masthead needs under its heading to be kept back.
MASTHEAD_MIN_ROWS = 3


def _mastheads(lines: list[str], verdicts: list[Verdict], meta: list[int]) -> set[int]:
    """Keep the role rows the metadata rule dropped (主编：某某, 编辑：某甲 某乙, 校对：某某) that stand
    in a publication's masthead the text lists: ``MASTHEAD_MIN_ROWS`` or more rows of a role and
    names (:data:`_MASTHEAD_ROW`) right under a heading naming the editorial office or board
    (:data:`_MASTHEAD_HEAD`: 《某某年鉴》编辑部), itself under a paragraph the rules kept (the news of
    the book). The page's own editor lines (责任编辑：某某) stand under no such heading. *meta*: the
    rows of one such field the metadata rule dropped (``Context.masthead_rows``); the lines kept back
    are returned.

    >>> page = ["某市年鉴由某出版社正式出版发行，全书约一百万字。", "《某市年鉴》编辑部", "主编:某甲",
    ...         "副主编:某乙", "编辑:某丙 某丁", "校对:某戊"]
    >>> verdicts = classify_lines("\\n".join(page), page=False)
    >>> sorted(_mastheads(page, verdicts, [i for i, v in enumerate(verdicts) if v.rule == "metadata"]))
    [2, 4, 5]
    """
    back: set[int] = set()
    walked: set[int] = set()  # (the rows read: each once a page, however many rows stand in a run)
    for i in meta:
        if i in walked or verdicts[i].rule != Metadata.name:
            continue  # (read in a run above, or taken back since)
        walked.add(i)
        h = _nonblank(lines, i, -1)
        while h is not None and h not in walked and ":" in lines[h] and _MASTHEAD_ROW.fullmatch(lines[h]):
            walked.add(h)
            h = _nonblank(lines, h, -1)  # (up over the rows above it, to the heading)
        if h is None or h in walked or not verdicts[h].keep or not _MASTHEAD_HEAD.fullmatch(lines[h]):
            continue
        above = _nonblank(lines, h, -1)
        if above is None or not _kept_paragraph(lines[above], verdicts[above]):
            continue
        rows = []
        r = _nonblank(lines, h, 1)
        while r is not None and _MASTHEAD_ROW.fullmatch(lines[r]) and (verdicts[r].keep or verdicts[r].rule == Metadata.name):
            rows.append(r)
            walked.add(r)
            r = _nonblank(lines, r, 1)
        if len(rows) >= MASTHEAD_MIN_ROWS:
            for r in rows:
                if not verdicts[r].keep:
                    verdicts[r] = KEEP
                    back.add(r)
    return back


#: Short lines with no footer word a table needs on either side of a footer line among its
#: cells (:func:`_footer_cells`), and the longest line read as a cell.
FOOTER_CELLS_MIN, FOOTER_CELL_MAX = 6, 30
#: An identifier's digits (a licence number, a site code) in a footer cell or the cell under it.
_FOOTER_CELL_ID = re.compile(r"\d{4}")


#: A form's row of a label and its identifier on one line, a space between (政府网站标识码 4111000012,
#: ICP备案号 某ICP备00000000号): the label has no digit and no colon (a footer's field has its colon).
_FOOTER_ROW = re.compile(r"[^\d\s:|]{2,16}\s+[^\s:|]*\d{4}[^\s:|]*")


#: A form's row holding a label cell and its value cell, a space between (网站名称 某市人民政府): two
#: of a table's cells, as :func:`_footer_cells` counts them.
_CELL_PAIR = re.compile(r"[^\d\s:|]{2,16}\s\S")


def _label_and_value(lines: list[str], i: int, words: re.Pattern[str]) -> bool:
    """Whether the footer line *i* is one of a label cell and its value: a label (no identifier)
    over an identifier's digits (政府网站标识码 / 4111000012), an identifier under a label with a
    footer word of its own (ICP备案号 / 某ICP备00000000号), or a row of both (:data:`_FOOTER_ROW`)."""
    if _FOOTER_ROW.fullmatch(lines[i]):
        return True
    if _FOOTER_CELL_ID.search(lines[i]) is None:
        k = _nonblank(lines, i, 1)
        return k is not None and _FOOTER_CELL_ID.search(lines[k]) is not None
    k = _nonblank(lines, i, -1)
    return k is not None and _FOOTER_CELL_ID.search(lines[k]) is None and words.search(lines[k]) is not None


def _titled_links(lines: list[str], verdicts: list[Verdict], footers: list[int]) -> set[int]:
    """Keep the headline of the page a footer bar's link names (联系我们, 网站地图, 网站声明: a word of
    ``spam_footer.txt``'s link tier alone on its line, of *footers*, the lines the footer rule dropped):
    the copy that the page title opens with, a title's separator after it (联系我们-某某局), right under
    a breadcrumb the navigation rule dropped ending with the word (当前位置：首页 > 联系我们), else the
    first such copy (a later one is the footer's own); or the title line itself, or the first footer
    line with no prose above it and a sentence under it (drop_spam's output read again opens with the
    headline, a kept menu line maybe above it: :func:`_link_read_again`). Kept only when the rules kept
    the line under it and it holds no footer word (主办单位：… under 联系我们 is the footer's block), on
    either pass alike (idempotence). A headline under a title that is the link alone (联系我们 over 联系我们)
    is not kept back: once that title is dropped, the output read again has no title naming it. The
    lines kept back are returned.

    >>> page = ["联系我们-某某局", "首页", "联系我们", "地址：某市某路1号", "联系我们 | 网站地图"]
    >>> [v.keep for v in classify_lines("\\n".join(page))]
    [True, False, True, True, False]
    """
    t = _nonblank(lines, -1, 1)
    if t is None:
        return set()
    link, title, pick = _footer_lex()[1], lines[t], None
    if not link.match(title):
        pick = _link_read_again(lines, footers, link)  # (most titles open with no footer link: one test a page)
    elif footers[0] == t and link.fullmatch(title):
        pick = t  # (the title itself: drop_spam's output, read again)
    else:
        for i in footers:
            s = lines[i]
            if len(s) >= len(title) or not title.startswith(s) or title[len(s):].lstrip()[:1] not in _TITLE_SEPS \
                    or not link.fullmatch(s):
                continue
            pick = i if pick is None else pick
            j = _nonblank(lines, i, -1)
            if j is not None and verdicts[j].rule == Navigation.name and (m := _CRUMB_LAST.search(lines[j])) is not None \
                    and m.group(1) == s:
                pick = i  # (the copy under the path ending with it: the headline)
                break
    if pick is None or (j := _nonblank(lines, pick, 1)) is None or not verdicts[j].keep \
            or _footer_any().search(lines[j]) is not None:
        return set()
    verdicts[pick] = KEEP
    return {pick}


def _link_read_again(lines: list[str], footers: list[int], link: Any) -> int | None:
    """The first footer line (of *footers*) when it is a footer link alone (网站地图), no prose above it
    and a sentence right under it: the headline of drop_spam's output of that page read again, a kept
    line of its menu maybe above it (首页 教育新闻 / 网站地图 / 本站共设3个一级栏目…), or None."""
    i = footers[0]
    if not link.fullmatch(lines[i]) or (j := _nonblank(lines, i, 1)) is None or not _prose(lines[j]):
        return None
    return None if any(_prose(lines[k]) for k in range(i)) else i


def _footer_cells(lines: list[str], verdicts: list[Verdict], footers: list[int]) -> set[int]:
    """Keep a footer line the footer rule dropped that is a cell of the document's table (a
    report form's 政府网站标识码, ICP备案号 and their values, or its rows of both): with
    ``FOOTER_CELLS_MIN`` or more cells on short kept lines with no footer word above it and as many
    below (a row of a label and its value two, :data:`_CELL_PAIR`), in one block of short lines
    (cells, no sentence mark), as a label over its value (:func:`_label_and_value`; a menu's
    联系我们 is none). The site's footer further down is not asked for: once it is dropped, the
    table is the same (idempotence). *footers*: the lines the footer rule dropped, in order; the
    lines kept back are returned.

    >>> form = ["网站名称", "某市人民政府", "首页网址", "www.example.cn", "网站类型", "政府门户网站",
    ...         "ICP备案号", "某ICP备00000000号", "独立用户访问总量", "123456", "网站总访问量", "654321",
    ...         "信息发布总数", "5127", "某市政府办公室主办 某ICP备00000000号"]
    >>> [v.keep for v in classify_lines("\\n".join(form))][6:8], classify_lines("\\n".join(form))[-1].keep
    ([True, True], False)
    """
    back: set[int] = set()
    if not footers:
        return back
    words = _footer_any()
    reach = FOOTER_CELLS_MIN * 3  # (nonblank lines a walk reads at most: a block of footer lines is no table)
    dead: set[int] = set()
    for i in reversed(footers):  # (from the last: a walk down from a line above stops where one failed)
        if len(lines[i]) > FOOTER_CELL_MAX or _SENTENCE_END.search(lines[i]):
            continue
        if not _label_and_value(lines, i, words):
            # (a menu's 联系我们 is no label over a value, a menu's ICP line no value under a label;
            # a table read a row at a time holds them in its columns)
            if _FOOTER_ID_LABEL.search(lines[i]) and _column_cell(lines, verdicts, i, words, dead):
                back.add(i)
            continue
        least = FOOTER_CELLS_MIN
        for step in (-1, 1):
            n = read = 0
            j = i + step
            while 0 <= j < len(lines) and n < FOOTER_CELLS_MIN and read < reach:
                s, v = lines[j], verdicts[j]
                j += step
                if not s:
                    continue
                read += 1
                if len(s) > FOOTER_CELL_MAX or _SENTENCE_END.search(s) or not (v.keep or v.rule == Footer.name):
                    break
                if v.keep and not words.search(s):
                    n += 2 if _CELL_PAIR.match(s) else 1
            least = min(least, n)
        if least >= FOOTER_CELLS_MIN:
            back.add(i)
    for i in back:
        verdicts[i] = KEEP
    return back


#: Columns at most of a table crawled a cell a line, its rows one after another, whose column holds
#: footer lines (:func:`_column_cell`), and the nonblank lines at most read each way for its block.
FOOTER_TABLE_MAX_COLUMNS, FOOTER_TABLE_REACH = 8, 60
#: A footer line that may be a cell of a column of identifiers: one (its digits) or the label of one
#: (网站标识码, ICP备案号, 公网安备); a footer's links (联系我们, 版权声明) head no such column.
_FOOTER_ID_LABEL = re.compile(_FOOTER_CELL_ID.pattern + "|标识码|备案|ICP|安备", re.IGNORECASE)


def _cell_block(lines: list[str], verdicts: list[Verdict], i: int, dead: set[int]) -> list[int] | None:
    """The block of cells holding the footer line *i*: the nonblank lines around it, each a short line
    with no sentence mark and no colon ending it (``FOOTER_CELL_MAX`` at most) that the rules kept or the
    footer rule dropped, in order; None unless a paragraph the rules kept (a sentence mark, or a colon ending it: 名单如下：)
    stands right above the block and right under it, the text going on on both sides, and each side
    holds ``FOOTER_TABLE_REACH`` lines at most. *dead*: the lines a walk down from a footer line
    passed before it found no such paragraph (a walk reaching one finds none either: it is not made
    again), added to."""
    block = [i]
    for step in (1, -1):  # (down first: a site's footer has no paragraph under it, most walks end there)
        j, said = i, False
        for _ in range(FOOTER_TABLE_REACH + 1):
            nxt = _nonblank(lines, j, step)
            if nxt is None or nxt in dead:
                break
            j = nxt
            s, v = lines[j], verdicts[j]
            said = _SENTENCE_END.search(s) is not None or s.endswith((":", "："))
            if said or len(s) > FOOTER_CELL_MAX or not (v.keep or v.rule == Footer.name):
                break
            block.append(j)
        if not (said and verdicts[j].keep):
            if step > 0:
                dead.update(block)
            return None
    return sorted(block)


def _column_cell(lines: list[str], verdicts: list[Verdict], i: int, words: re.Pattern[str], dead: set[int]) -> bool:
    """Whether the footer line *i* is a cell of a table the text holds, read a row at a time, one cell
    a line (网站名称 / 网站标识码 / ICP备案号 / 存在问题, then each site's name, code, ICP number and
    problem): in a block of cells framed by the text's paragraphs (:func:`_cell_block`) with
    ``FOOTER_CELLS_MIN`` or more kept cells with no footer word, it heads a column whose next two
    cells (a row's width of 2 to ``FOOTER_TABLE_MAX_COLUMNS`` cells down, and twice that) hold an
    identifier's digits, or it holds one and the cell a row's width above or below it is a footer line
    too (its column's head, or another ICP number). A site's footer stands under the text, not inside it.
    (*dead*: as :func:`_cell_block`'s.)

    >>> rows = ["今年抽查网站20个，不合格2个，名单如下：", "网站名称", "网站标识码", "问题", "甲局", "1100000001", "栏目不更新",
    ...         "乙局", "1100000002", "留言不回复", "请上述单位限期整改。"]
    >>> _column_cell(rows, [KEEP] * 11, 2, _footer_any(), set()), _column_cell(rows[:-1], [KEEP] * 10, 2, _footer_any(), set())
    (True, False)
    """
    block = _cell_block(lines, verdicts, i, dead)
    if block is None or sum(verdicts[j].keep and not words.search(lines[j]) for j in block) < FOOTER_CELLS_MIN:
        return False
    k, n = block.index(i), len(block)
    ids = [_FOOTER_CELL_ID.search(lines[j]) is not None for j in block]
    for c in range(2, FOOTER_TABLE_MAX_COLUMNS + 1):
        if not ids[k]:
            if k + 2 * c < n and ids[k + c] and ids[k + 2 * c]:
                return True
        elif any(0 <= m < n and verdicts[block[m]].rule == Footer.name for m in (k - c, k + c)):
            return True
    return False


#: Teasers (summaries ending in a read-more link) a page with no other text needs to be a list
#: page: its list of summaries is then its content.
TEASER_LIST_MIN = 3


def _list_page_teasers(lines: list[str], verdicts: list[Verdict], dropped: list[int]) -> tuple[list[int], list[int]]:
    """Keep the teasers of a list page: ``TEASER_LIST_MIN`` or more summaries ending in a
    read-more link ([详细]) on a page where no line the rules kept reads as a sentence (no
    article beside them: a channel's index of its articles, each headline over its summary).
    Beside an article, or under a header of related articles (相关阅读 over them: a poem's page
    has no sentence either), they are another page's excerpts and go. The lines still dropped,
    and the teasers kept."""
    if any(v.keep and _prose(s) for s, v in zip(lines, verdicts)):
        return dropped, []
    first = next(i for i in dropped if verdicts[i].rule == Teaser.name)
    if any(verdicts[i].rule == Related.name for i in dropped if i < first):
        return dropped, []
    out, kept = [], []
    for i in dropped:
        if verdicts[i].rule == Teaser.name:
            verdicts[i] = KEEP
            kept.append(i)
        else:
            out.append(i)
    return out, kept


#: Fewest characters before the colon of a line introducing a vote's result (表决结果:).
VOTE_INTRO_MIN = 4


def _vote_results(lines: list[str], verdicts: list[Verdict], dropped: list[int]) -> list[int]:
    """Keep the vote lines a kept line introduces with its colon (表决结果如下： over 同意(35)
    反对(2)): a record's result, not a message's vote buttons; the lines still dropped. A short
    label (附件: over a message's buttons) is no introduction (:data:`VOTE_INTRO_MIN`)."""
    out = []
    for i in dropped:
        v = verdicts[i]
        if v.rule == "widget" and v.reason.startswith(VOTE_REASON):
            j = _nonblank(lines, i, -1)
            head = lines[j].rstrip() if j is not None else ""
            if j is not None and verdicts[j].keep and head.endswith((":", "：")) and len(head) > VOTE_INTRO_MIN:
                verdicts[i] = KEEP
                continue
        out.append(i)
    return out


def _source_notes(lines: list[str], verdicts: list[Verdict], meta: list[int]) -> list[int]:
    """Lone source notes inside the text: a line of one field, the source, no date (来源：国家统计局
    under a paragraph), whose non-blank neighbours are kept sentences (:func:`_prose`).
    Such a note is the page's metadata as a source line anywhere is (dropped, its value in
    :attr:`Verdict.meta`), but it does not end the article: the page reading grows the region
    over it as over a picture (*inline*), and the text under it is not cut off as an island.
    *meta*: the lines the metadata rule dropped."""
    out = []
    for i in meta:
        v = verdicts[i]
        if v.rule != Metadata.name or len(v.meta) != 1 or v.meta[0][0] != "source" or _DATE.search(lines[i]):
            continue
        near = (_nonblank(lines, i, -1), _nonblank(lines, i, 1))
        if all(j is not None and verdicts[j].keep and _prose(lines[j]) for j in near):
            out.append(i)
    return out


def _metadata_inside(lines: list[str], verdicts: list[Verdict], meta: list[int]) -> list[int]:
    """The lines the metadata rule dropped (*meta*) that stand inside the text, which the page reading grows over
    (*inline*): lone source notes, a search page's result addresses, bylines between two sentences."""
    return _source_notes(lines, verdicts, meta) + _result_addresses(lines, verdicts, meta) + _bylines_inside(lines, verdicts, meta)


#: Most lines of a byline inside the text the page reading grows over (:func:`_bylines_inside`): its row and the
#: count a page's script printed under the row's empty view counter.
BYLINE_INSIDE_MAX = 2
#: An editor's row ends an article (责任编辑：某某, 编辑：某某): no byline inside the text (:func:`_bylines_inside`).
_EDITOR_ROW = _sx(r"编辑\s*[:：]")
#: A view counter alone on its line (阅读人次：1,208, 浏览次数 386) that the widget rule drops: a byline's row too.
_COUNTER_ROW = _sx(rf"{_COUNTER}\s*[:：(（]?\s*(?:\d{{1,3}}(?:,\d{{3}})+|\d+)[万wW]?\+?次?[)）]?")
#: A sentence ending in an exclamation or a question mark reads as a sentence of the text too.
_EXCLAIMED = _sx(r"[！？!?][”’\"']?\Z")


def _sentence(lines: list[str], verdicts: list[Verdict], j: int | None) -> bool:
    """Is line *j* a kept sentence (:func:`_prose`, or one ending in ！ or ？)?"""
    return j is not None and verdicts[j].keep and (_prose(lines[j]) or _EXCLAIMED.search(lines[j]) is not None)


def _byline_row(lines: list[str], verdicts: list[Verdict], j: int | None, dropped: set[int]) -> bool:
    """Is line *j* a row of a byline: dropped by the metadata rule, or a view counter the widget rule dropped?"""
    if j is None or j in dropped:
        return j is not None
    return verdicts[j].rule == Widget.name and _COUNTER_ROW.fullmatch(lines[j].strip()) is not None


def _bylines_inside(lines: list[str], verdicts: list[Verdict], meta: list[int]) -> list[int]:
    """Bylines inside the text: a run of ``BYLINE_INSIDE_MAX`` lines at most that the metadata rule dropped (or a
    view counter the widget rule did), no date among them and no editor's row (责任编辑 ends an article), with a
    kept sentence over them and the article's text going on under them: two kept sentences in a row (作者：初二（3）班
    阅读人次： over its count, 1,208; 来源：某中心 审核：某某). The rows are the page's metadata (dropped, their values
    in :attr:`Verdict.meta`), but they end no article: the page reading grows the region over them (*inline*) as
    over a picture, and the text under them is not cut off as an island. One sentence under them before chrome
    (a teaser, a notice of the site, a reader's comment over its box) is not the article going on: not read here;
    nor a dated row between two paragraphs, which may head another item. *meta*: the lines the metadata rule
    dropped, in order.

    >>> text = ["本次活动历时一个月，全校师生踊跃参与。", "作者：初二（3）班 阅读人次：", "1,208", "活动期间共评选出读书之星36名。",
    ...         "学校将把读书月的好做法固定下来。"]
    >>> _bylines_inside(text, classify_lines("\\n".join(text), page=False), [1, 2])
    [1, 2]
    """
    out: list[int] = []
    dropped = set(meta)
    x = 0
    while x < len(meta):
        if not _sentence(lines, verdicts, _nonblank(lines, meta[x], -1)):
            x += 1  # (no kept sentence over it: no byline inside the text; nor over the run's next rows, dropped)
            continue
        run = [meta[x]]
        while _byline_row(lines, verdicts, j := _nonblank(lines, run[-1], 1), dropped):
            run.append(j)  # type: ignore[arg-type]
        x += sum(i in dropped for i in run)
        if len(run) > BYLINE_INSIDE_MAX or any(_DATE.search(lines[i]) or _EDITOR_ROW.search(lines[i]) for i in run):
            continue
        below = _nonblank(lines, run[-1], 1)
        further = _nonblank(lines, below, 1) if below is not None else None
        if _sentence(lines, verdicts, below) and _sentence(lines, verdicts, further):
            out.extend(run)
    return out


#: Entries of a list the text introduces (each a header, a sentence and a date line of one label) in
#: a row at least, and the non-blank lines above the first date line within which the text's line
#: introducing them stands (:func:`_entry_dates`).
ENTRY_DATES_MIN, ENTRY_INTRO_REACH = 3, 4


def _entry_dates(lines: list[str], verdicts: list[Verdict], meta: list[int]) -> set[int]:
    """Keep the date lines of entries the text lists (留言时间：2026-10-22 under each message a page of
    selected public comments quotes): ``ENTRY_DATES_MIN`` or more lines of one field, a date under
    one label, each right under a kept sentence (:func:`_prose`), the first within
    ``ENTRY_INTRO_REACH`` lines under a kept line pointing at what follows (现将…选登如下：,
    :data:`~govtext.boilerplate._FORWARD`). Each is an entry's field, not the page's date: dropped,
    it would end the article after the first entry, the others cut off as islands. Comments under an
    article have a comment header over them, no sentence of the text announcing them. *meta*: the
    lines the metadata rule dropped; the lines kept back are returned.

    >>> page = ["现将部分意见选登如下：", "网友“甲”：", "建议增加绿地。", "留言时间：2026-10-22",
    ...         "网友“乙”：", "建议多种树木。", "留言时间：2026-10-23", "网友“丙”：", "建议延长开放时间。",
    ...         "留言时间：2026-10-24", "感谢市民的关心和支持！", "版权所有 某市政府"]
    >>> [i for i, v in enumerate(classify_lines("\\n".join(page))) if not v.keep]
    [11]
    """
    if len(meta) < ENTRY_DATES_MIN:
        return set()
    # (the lines of one label share the rule's reason, which names it: most pages have no reason
    # three times, and no line of theirs is read further)
    reasons = [verdicts[i].reason for i in meta]
    if len(set(reasons)) > len(reasons) - ENTRY_DATES_MIN + 1:
        return set()  # (no reason can stand three times: too many distinct ones)
    common = {r for r, n in Counter(reasons).items() if n >= ENTRY_DATES_MIN}  # (one count of each: linear)
    if not common:
        return set()
    by_label: dict[str, list[int]] = defaultdict(list)
    for i in meta:
        v = verdicts[i]
        if v.reason not in common or v.rule != Metadata.name or len(v.meta) != 1 or v.meta[0][0] != "date":
            continue
        label, colon, _ = lines[i].replace("：", ":").partition(":")  # (the folded lines' colon, or a full-width one)
        above = _nonblank(lines, i, -1)
        if colon and above is not None and verdicts[above].keep and _prose(lines[above]):
            by_label[label.strip()].append(i)
    out: set[int] = set()
    for rows in by_label.values():
        if len(rows) < ENTRY_DATES_MIN:
            continue
        j: int | None = rows[0]
        for _ in range(ENTRY_INTRO_REACH):
            j = _nonblank(lines, j, -1) if j is not None else None
            if j is not None and verdicts[j].keep and _FORWARD.search(lines[j]):
                out.update(rows)
                break
    for i in out:
        verdicts[i] = KEEP
    return out


#: A search result's address line: the result's web address and its date (``https://…/t20261110_1102.html
#: 2026-11-10``), nothing else.
_RESULT_ADDRESS = _sx(r"https?://[^\s]{1,300}\s+\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")


#: Bare date-times at least, each over its step, that make a process's record of steps (:func:`_process_times`).
PROCESS_MIN_STEPS = 3
#: A time of day in a date-time line (its numbers, boilerplate's _DIGITS, compared in turn: the times rising).
_CLOCK = re.compile(r"\d{1,2}:\d{2}")


def _process_times(lines: list[str], verdicts: list[Verdict], meta: list[int]) -> set[int]:
    """Keep the bare date-times (a date and a time of day alone on a line, which the metadata rule
    drops as the page's date) of a process's record: ``PROCESS_MIN_STEPS`` or more in a row, each over
    one kept line with no sentence mark (its step: 受理 某局 某科) and the next date-time under that, the
    times rising (a case's 办理过程, a parcel's tracking). A list's dates under its headlines fall
    (newest first); the page's own date stands once. *meta*: the lines the metadata rule dropped; the
    lines kept back are returned.

    >>> page = ["办理过程", "2026-11-16 09:42:15", "收件 某市政务服务中心", "2026-11-16 10:05:37", "受理 某局 登记科",
    ...         "2026-11-17 14:20:08", "办结 某局 办理结果:准予登记"]
    >>> [v.keep for v in classify_lines("\\n".join(page))]
    [True, True, True, True, True, True, True]
    """
    if len(meta) < PROCESS_MIN_STEPS:
        return set()  # (most pages: a few metadata lines)
    dates = [i for i in meta if verdicts[i].reason == Metadata.DATE_LINE_REASON]
    if len(dates) < PROCESS_MIN_STEPS:
        return set()  # (the page's date once)
    dates = [i for i in dates if _CLOCK.search(lines[i])]

    def step(i: int) -> int | None:  # (the kept line under date-time *i* that ends no sentence)
        j = _nonblank(lines, i, 1)
        return j if j is not None and verdicts[j].keep and not _SENTENCE_END.search(lines[j]) else None

    back: set[int] = set()
    run: list[int] = []
    for i in [*dates, -1]:  # (-1: the end, closing the last run)
        if run and i >= 0 and (j := step(run[-1])) is not None and _nonblank(lines, j, 1) == i and (
                list(map(int, _DIGITS.findall(lines[i]))) >= list(map(int, _DIGITS.findall(lines[run[-1]])))):
            run.append(i)
            continue
        if len(run) >= PROCESS_MIN_STEPS and step(run[-1]) is not None:
            back.update(run)
        run = [i] if i >= 0 else []
    for i in back:
        verdicts[i] = KEEP
    return back


def _date_column_cells(lines: list[str], verdicts: list[Verdict], meta: list[int], p: PageParams) -> set[int]:
    """Keep the bare dates (a date alone on its line, which the metadata rule drops as the page's
    date) that are cells of a table crawled one cell a line whose rows are numbered: another bare
    date stands *k* lines above or under (the next row's cell of the same column,
    ``table_min_columns`` to ``table_max_columns`` lines a row) and in the lower of the two rows a
    row's number *n* stands *k* lines under the number *n* - 1 (the 序号 column; the table has its
    row 1, alone on its line, and both dates the metadata rule dropped). Dropped, a
    date would end the article inside its table, or before the lines under it (its notes, the
    signature and date). The page's own date stands in no such column. *meta*: the lines the
    metadata rule dropped; the lines kept back are returned.

    >>> page = ["序号", "名称", "日期", "1", "甲办法", "2026-03-01", "2", "乙办法", "2026-04-15", "某局"]
    >>> [v.keep for v in classify_lines("\\n".join(page))][3:]
    [True, True, True, True, True, True, True]
    """
    back: set[int] = set()
    dates = [i for i in meta if verdicts[i].reason == Metadata.DATE_LINE_REASON]
    if len(dates) < 2 or "1" not in lines:
        return back  # (most pages: no two bare dates, or no row numbered 1 on a line of its own)
    column = set(dates)  # (the other date of the column: dropped as the page's date too)
    for i in dates:
        if not _VALUE_DATE.fullmatch(lines[i]):
            continue
        for k in range(p.table_min_columns, p.table_max_columns + 1):
            # (the date above, its row the lower; or the date under, whose row is)
            if (i - k in column and _numbered_pair(lines, verdicts, i, k)) or (
                    i + k in column and _numbered_pair(lines, verdicts, i + k, k)):
                back.add(i)
                break
    for i in back:
        verdicts[i] = KEEP
    return back


def _numbered_pair(lines: list[str], verdicts: list[Verdict], low: int, k: int) -> bool:
    """Whether the rows of *k* cells a line ending on lines *low* - *k* and *low* are numbered
    one after the other: in the lower, a row's number *n* (a line of digits) *k* lines under the
    number *n* - 1, both kept by the rules (a ranked list's numbers go with its header's block).

    >>> _numbered_pair(["1", "甲", "2026-03-01", "2", "乙", "2026-04-15"], [KEEP] * 6, 5, 3)
    True
    """
    return any(
        lines[low - j].isdigit() and lines[low - j - k] == str(int(lines[low - j]) - 1)
        and verdicts[low - j].keep and verdicts[low - j - k].keep
        for j in range(1, min(k, low - k + 1))
    )


def _result_addresses(lines: list[str], verdicts: list[Verdict], meta: list[int]) -> list[int]:
    """The address lines of a search page's results (a web address and a date, which the
    metadata rule drops) between a result's summary (a kept sentence, :func:`_prose`) and the next
    result's kept title: the results are the page's text, and the page reading grows the region
    over their address lines (*inline*) as over a picture, so the summaries after the first are no
    islands. *meta*: the lines the metadata rule dropped."""
    out = []
    for i in meta:
        if not lines[i].startswith("http") or not _RESULT_ADDRESS.fullmatch(lines[i]):
            continue
        above, below = _nonblank(lines, i, -1), _nonblank(lines, i, 1)
        if above is not None and below is not None and verdicts[below].keep and verdicts[above].keep \
                and _prose(lines[above]):
            out.append(i)
    return out


#: A line of three or more words apart (spaces; a tab parts a table's cells), no word with a
#: mark in it (a candidate for :func:`_keyword_variants`).
_WORDS_LINE = re.compile(
    r"[ \u3000]*[^\s,，。；;：:！!？?、|]{4,40}(?:[ \u3000]+[^\s,，。；;：:！!？?、|]{1,40}){2,}[ \u3000]*"
)
#: Words of a search phrase's variants: the phrase's length (characters, two of them Han) at
#: least, and how many other words of the line extend it.
VARIANT_BASE_MIN, VARIANT_MIN = 4, 2


def _keyword_variants(lines: list[str], folded: list[str], joined: Joined, verdicts: list[Verdict]) -> None:
    """A line of words apart, one of them a search phrase that two or more others extend (个税专项
    附加扣除 个税专项附加扣除标准 个税专项附加扣除怎么填 …): the search terms a page lists for
    search engines. (A list of names, 某市第一中学 某市第二中学, has no word that starts others.)
    The words sorted, a phrase's extensions follow it: two bisections count them.

    Necessary conditions come first, the cheapest first. The phrase and its two extensions hold
    Han characters, so the two blanks between them stand between Han characters and stay spaces
    once the line is folded and stripped: only lines whose folded form (*folded*: :func:`fold`
    of each line; *joined*: them joined, :func:`_joined`) holds two spaces
    (:func:`_lines_holding_two`: one comparison of the page's code points, no search a line) are
    read. Sorted, the phrase's extensions follow it: the word two places after it starts with it.

    >>> vs = [KEEP, KEEP]
    >>> lines = ["正文。", "个税专项 个税专项标准 个税专项怎么填"]
    >>> _keyword_variants(lines, lines, Joined.of("\\n".join(lines)), vs)
    >>> [v.rule for v in vs]
    [None, 'keywords']
    """
    for i in _lines_holding_two(joined, _SPACE):
        f, s = folded[i], lines[i]
        if not verdicts[i].keep or len(f) > VARIANT_LINE_MAX or len(s) > VARIANT_LINE_MAX:
            continue  # (a dropped line stays as it is; a folded line is no longer than its line)
        words = sorted(s.split())
        if not any(map(str.startswith, words[2:], words)) or _WORDS_LINE.fullmatch(s) is None:
            continue
        for k, base in enumerate(words):
            if (k and words[k - 1] == base) or len(base) < VARIANT_BASE_MIN or _han(base) < 2:
                continue
            lo = bisect_right(words, base, k)
            n = bisect_left(words, base + "\U0010ffff", lo) - lo
            if n >= VARIANT_MIN:
                if not _header_over_row(lines, i, len(words)):
                    verdicts[i] = _drop(Keywords.name, f"search phrase and {n} of its variants")
                break


def _header_over_row(lines: list[str], i: int, cells: int) -> bool:
    """Whether the line *i* of *cells* words apart is a table's header: the next line that is not
    blank has as many cells apart, one of them with a digit (法律状态公告日 法律状态 法律状态信息 over
    2026-02-03 授权 授权: a header's cells may name one thing's parts, as search terms extend a phrase).

    >>> _header_over_row(["日期 状态 状态信息", "2026-02-03 授权 已授权"], 0, 3), _header_over_row(["甲 甲乙 甲丙", "正文。"], 0, 3)
    (True, False)
    """
    j = _nonblank(lines, i, 1)
    if j is None:
        return False
    row = lines[j].split()
    return len(row) == cells and _DIGIT.search(lines[j]) is not None


def _spam_adverts(lines: list[str], verdicts: list[Verdict]) -> None:
    """A kept line with spam words (two or more of ``spam_seo.txt``) in the block of keyword-spam
    lines that opens a page, a keyword line under it: the advert a hacked page's injected header
    holds among its title and keyword lines (澳门某某是亚洲最大的线上娱乐平台，提供真人百家乐、六合彩…),
    a sentence SeoSpam leaves. The block is the page's first lines, every one keyword spam (or
    such an advert): a news report on a gambling case names such words too, but under its headline.

    >>> vs = [_drop("seo_spam", "x"), KEEP, _drop("seo_spam", "x"), KEEP, KEEP, _drop("seo_spam", "x")]
    >>> _spam_adverts(["甲", "某某是最大的平台，提供百家乐、六合彩。", "乙", "某县新闻", "警方破获百家乐、六合彩赌博案。", "丙"], vs)
    >>> [v.rule for v in vs]
    ['seo_spam', 'seo_spam', 'seo_spam', None, None, 'seo_spam']
    """
    rows = [i for i, line in enumerate(lines) if line]
    lex = _lex("spam_seo.txt")
    for k, i in enumerate(rows[:-1]):
        if verdicts[i].rule == SeoSpam.name:
            continue
        if k == 0 or not verdicts[i].keep or verdicts[rows[k + 1]].rule != SeoSpam.name \
                or len({h.lower() for h in lex.findall(lines[i])}) < SeoSpam.min_hits:
            return  # (the first line of the page's own: the injected block is over)
        verdicts[i] = _drop(SeoSpam.name, "line with spam words among the keyword-spam lines opening the page")


#: Longest line :func:`_keyword_variants` reads (search terms are a line of a page's header).
VARIANT_LINE_MAX = 300


#: Longest line a footer block takes in beside a footer line.
FOOTER_BLOCK_MAX = 60


def _footer_blocks(lines: list[str], verdicts: list[Verdict], footers: list[int]) -> list[int]:
    """Short lines with a footer word (主办单位, 技术支持, 联系电话 …: words that head lines of
    notices too, so alone they need a second marker) next to the *footers* lines, with nothing
    between: the rest of the site's footer block. The lines dropped are returned."""
    out: list[int] = []
    if not footers:
        return out
    words = _footer_any()
    reach = -1  # where the walk down from the footer line before stopped
    for start in sorted(footers):
        if start < reach:
            continue  # (a footer line of the block just walked: its walks would stop where those did)
        for step in (-1, 1):
            i = start + step
            while 0 <= i < len(lines):
                s, v = lines[i], verdicts[i]
                if not s or v.rule == "footer":
                    i += step
                    continue
                if not v.keep or len(s) > FOOTER_BLOCK_MAX or ("。" in s or ";" in s) or not words.search(s):
                    break
                verdicts[i] = _drop("footer", "footer word next to the site footer")
                out.append(i)
                i += step
        reach = i
    return out


def _between_footers(lines: list[str], verdicts: list[Verdict], rows: Iterable[int]) -> None:
    """After the page reading, a short line with no sentence mark that it kept between two
    footer lines is the footer's (主办：某某办公室 承办：某某局 under 网站地图 | 联系我们, over the ICP
    line: no footer word of its own). (Not before it: a line the reading would drop in a run of
    short lines would leave the run too short to drop its other lines.) *rows*: the lines that
    may be footer lines, in order (every one is, among others)."""
    footers = [i for i in rows if verdicts[i].rule == Footer.name]
    for a, b in itertools.pairwise(footers):
        i = _nonblank(lines, a, 1)
        if (
            i is not None and i < b and _nonblank(lines, i, 1) == b and verdicts[i].keep
            and len(lines[i]) <= FOOTER_BLOCK_MAX and not _SENTENCE_END.search(lines[i])
            and not _OUTLINE_MARK.match(lines[i])  # a heading of the document (一、总则)
        ):
            verdicts[i] = _drop("footer", "line between two lines of the site footer")


#: One field on its line: a label of Han characters, a colon, a value with no sentence mark or
#: second colon (办理单位：某区城市管理局).
_ONE_FIELD = re.compile(r"[\u4e00-\u9fff]{2,8}\s*:\s*[^\s:,;!?。]{1,40}")


#: Lines at most between two lines of a footer block that opens the page (a crawl that put
#: the page's bottom first) taken for the footer's (:func:`_opening_footer`).
OPENING_FOOTER_GAP = 2


def _opening_footer(lines: list[str], verdicts: list[Verdict]) -> list[int]:
    """A page that opens with its footer (crawled bottom first): the short lines kept between
    its footer lines, up to ``OPENING_FOOTER_GAP`` in a row with no sentence mark, are the
    footer's (主办：某某办公室 承办：某某中心, 地址：… 邮编：…, no footer word of their own). Before
    the page reading: its title is the first line the rules keep, and the page's ``<title>``
    comes after that block (:func:`_between_footers` takes one such line later, anywhere). A
    page that ends on the block's last footer line has no article after it: its lines stay.
    The lines dropped are returned.

    >>> lines = ["网站地图 | 联系我们", "主办：某市某局", "地址：某市某路1号", "某ICP备05000001号", "标题"]
    >>> v = [_drop("footer", "x"), Verdict(True), Verdict(True), _drop("footer", "x"), Verdict(True)]
    >>> _opening_footer(lines, v)
    [1, 2]
    >>> [x.keep for x in v]
    [False, False, False, False, True]
    """
    gap: list[int] = []
    out: list[int] = []
    for i in range(_nonblank(lines, -1, 1) or 0, len(lines)):
        s, v = lines[i], verdicts[i]
        if not s:
            continue
        if v.rule == "footer":
            out += gap
            gap = []
        elif v.keep and len(gap) < OPENING_FOOTER_GAP and len(s) <= FOOTER_BLOCK_MAX and not _SENTENCE_END.search(s) \
                and not _OUTLINE_MARK.match(s):  # (a heading of the document: 一、总则)
            gap.append(i)
        else:  # the article after the block
            break
    else:
        if not gap:  # the page ends on a footer line: no article after the block
            return []
    for j in out:  # the block's lines were the footer's
        verdicts[j] = _drop("footer", "line between two lines of the footer opening the page")
    return out


def _between_fields(lines: list[str], verdicts: list[Verdict], meta: list[int]) -> None:
    """After the page reading, one field (:data:`_ONE_FIELD`) kept between two rows of label
    fields the metadata rule dropped (信件编号：… 来信人：… over it, 办理状态：… under it) is a row of
    the same record table, its label one no lexicon holds (办理单位：…). *meta*: the lines the
    metadata rule dropped. A sentence there, or a row beside one metadata row only, is not taken.

    >>> page = ["来信人：王**", "办理单位：某区城市管理局", "办理状态：已办结"]
    >>> [v.keep for v in classify_lines("\\n".join(page), page=False)]
    [False, True, False]
    >>> vs = classify_lines("\\n".join(page))
    >>> [v.keep for v in vs], vs[1].reason
    ([False, False, False], 'field row between two metadata rows')
    """
    rows = [i for i in meta if verdicts[i].reason.startswith(_FIELDS_REASON)]
    for a, b in itertools.pairwise(rows):
        i = _nonblank(lines, a, 1)
        if i is not None and i < b and _nonblank(lines, i, 1) == b and verdicts[i].keep \
                and _ONE_FIELD.fullmatch(lines[i]):
            verdicts[i] = _drop(Metadata.name, "field row between two metadata rows")


#: A work's title alone on its line, maybe numbered (《某某》, 1.《某某》): the author field under it is the
#: work's (:meth:`Metadata._work_author`).
_WORK_TITLE = re.compile(r"(?:\d{1,2}\s?[.、．]\s?)?《[^《》]{2,40}》")
#: How the metadata rule's reason for a line of label fields starts.
_FIELDS_REASON = "metadata fields "
#: The reason of a record's row beside the metadata rows (:func:`_record_rows_over_text`).
RECORD_ROW_REASON = "record row beside the metadata rows"


def _record_rows_over_text(lines: list[str], verdicts: list[Verdict], meta: list[int], reading: PageReading) -> None:
    """After the page reading, a row of a record's fields (three or more label fields, each value
    one word, or two with a date written with hyphens: :func:`govtext.boilerplate._record_fields`)
    kept right over or under a row of label fields the metadata rule dropped, both above the
    article's headline (the first under the dropped row; with none, the text): another row of the
    page's record table crawled a row a line (主题分类：… 体裁分类：… 公开方式：… under 索引号：… 发布机构：…
    生成日期：…), its labels ones no lexicon holds. Inside the text a record's rows are the
    document's. *meta*: the lines the metadata rule dropped, in order.

    >>> lines = ["索引号：113301/2026-00318 发布机构：区市场监管局 生成日期：2026-11-20",
    ...          "主题分类：市场监管 体裁分类：公示 公开方式：主动公开", "某局2026年第三批抽查结果公示",
    ...          "根据年度抽查计划，我局对辖区内食品经营者开展了随机抽查，现将结果公示如下。"]
    >>> vs = [_drop("metadata", _FIELDS_REASON + "发布机构/生成日期"), KEEP, KEEP, KEEP]
    >>> _record_rows_over_text(lines, vs, [0], PageReading((3, 3), (2,), (), ()))
    >>> [v.keep for v in vs], vs[1].reason
    ([False, False, True, True], 'record row beside the metadata rows')
    >>> vs = [_drop("metadata", _FIELDS_REASON + "发布机构/生成日期"), KEEP, KEEP, KEEP]
    >>> _record_rows_over_text(lines, vs, [0], PageReading((1, 3), (), (), ()))  # (inside the text)
    >>> vs[1].keep
    True
    """
    first, heads = reading.region[0], reading.headlines  # type: ignore[index]
    for a in meta:
        if a >= first:
            break
        if not verdicts[a].reason.startswith(_FIELDS_REASON):
            continue
        top = min((h for h in heads if h > a), default=first)  # (the headline under the row, else the text)
        for step in (-1, 1):
            i = _nonblank(lines, a, step)
            if i is not None and i < top and i not in heads and verdicts[i].keep and _page_record_row(lines[i]):
                verdicts[i] = _drop(Metadata.name, RECORD_ROW_REASON)


#: A participation item's date or period field (:data:`_ITEM_PERIOD_FIELD`), the whole line.
_ITEM_PERIOD = re.compile(_ITEM_PERIOD_FIELD)
#: Characters at most in the label of a field of an item's header (访谈嘉宾, 主持人, 调查时间).
HEADER_LABEL_MAX = 8
#: A field of an item's header block, its label opening the line (访谈嘉宾：…, 主持人：…, 调查时间：…).
_HEADER_FIELD = re.compile(rf"[^\s:：。，,；;]{{1,{HEADER_LABEL_MAX}}}\s?[:：]")
#: Lines at most between a participation item's title and its stage row: its header's fields (a guest's, a host's,
#: the period) and the rows the rules dropped among them (the metadata's).
ITEM_HEADER_ROWS_MAX = 3
#: The reason of such a field between the item's title and its stage (:func:`_item_header`).
STAGE_PERIOD_REASON = "participation item's period between its title and its stage"


def _item_header(lines: list[str], verdicts: list[Verdict], reading: PageReading, widgets: list[int]) -> None:
    """After the page reading, the rows the widget rule dropped as a participation item's stage (*widgets*: its
    lines; :data:`STAGE_REASON`: 状态：进行中) stay dropped only in the item's header, under a headline of the reading
    past up to ``ITEM_HEADER_ROWS_MAX`` of its fields (:data:`_HEADER_FIELD`: 访谈嘉宾：…) or dropped rows, or outside
    the article (a list of items in the page's chrome, the stage row under the text's last sentence) if the item's
    period is not on the line and it is not the text's last item's (:func:`_under_the_texts_fields`); any other is
    the text's and is kept again (a report's items, a notice's list of events, a period closing a notice). A date or period field (:data:`_ITEM_PERIOD`) alone between the headline and the stage goes
    with it, unless a document's kind ends the headline (:func:`govtext.document._title_end_re`: a 活动总结's period
    is the document's).

    >>> lines = ["某市图书馆服务满意度调查", "调查时间：2027-03-01 至 2027-03-31", "状态：进行中", "为了解市民意见。", "状态：已结束"]
    >>> vs = [KEEP, KEEP, _drop("widget", STAGE_REASON), KEEP, _drop("widget", STAGE_REASON)]
    >>> _item_header(lines, vs, PageReading((0, 4), (0,), (), ()), [2, 4])
    >>> [v.keep for v in vs]
    [True, False, False, True, True]
    """
    stages = [i for i in widgets if verdicts[i].reason.startswith(STAGE_REASON)]
    if not stages:
        return  # (most pages)
    header = set()
    for h in reading.headlines:
        rows, j = [], _nonblank(lines, h, 1)
        while j is not None and len(rows) <= ITEM_HEADER_ROWS_MAX and (not verdicts[j].keep or _HEADER_FIELD.match(lines[j])):
            if verdicts[j].reason.startswith(STAGE_REASON):
                header.add(j)
                if len(rows) == 1 and verdicts[rows[0]].keep and _ITEM_PERIOD.fullmatch(lines[rows[0]].strip()) \
                        and not _title_end_re().search(lines[h].strip()):
                    verdicts[rows[0]] = _drop(Widget.name, STAGE_PERIOD_REASON)
                break
            rows.append(j)
            j = _nonblank(lines, j, 1)
    a, b = reading.region or (0, -1)
    body = [i for i in stages if i not in header and (a <= i <= b or _ITEM_PERIOD.match(lines[i]))]
    for i in stages:
        if i in header or (i not in body and not _under_the_texts_fields(lines, verdicts, i, body)):
            continue
        verdicts[i] = KEEP


def _under_the_texts_fields(lines: list[str], verdicts: list[Verdict], i: int, body: list[int]) -> bool:
    """Is the stage row *i*, outside the article, the text's last item's: other stage rows stand among the text's
    lines (*body*: a report's items, each with its stage), or it is right under a kept field of the text (征集时间：…,
    建设单位：…)? Under a sentence (an interview's preview over its question box), with no other, it is the page's."""
    k = _nonblank(lines, i, -1)
    return bool(body) or (k is not None and verdicts[k].keep and _HEADER_FIELD.match(lines[k]) is not None)


def _records_by_the_headline(lines: list[str], verdicts: list[Verdict], meta: list[int], reading: PageReading, params: PageParams) -> None:
    """After the page reading (its region found), the page's record table around the headline: its
    rows of bracketed labels under it (:func:`_bracket_record`), and beside the rows the metadata rule
    dropped (*meta*, in order), a record's rows over the text (:func:`_record_rows_over_text`) and a
    table's dates (:func:`_table_dates`)."""
    _bracket_record(lines, verdicts, reading)
    _record_row_over_text(lines, verdicts, reading)
    if meta:
        _record_rows_over_text(lines, verdicts, meta, reading)
        _fields_over_the_headline(lines, verdicts, reading)
        _fields_under_the_headline(lines, verdicts, reading)
        _table_dates(lines, verdicts, meta, reading, params)


#: Non-blank lines at most from the region's first a row of the page's record is looked for in, over the
#: text's first paragraph (:func:`_record_row_over_text`): a heading of a few lines above it (法院 / 公告 /
#: case number).
RECORD_ROW_REACH = 4
#: Lines (blank ones too) from the region's first that those are looked for in.
RECORD_ROW_LINES = 12
#: The reason of such a row.
RECORD_ROW_OVER_TEXT_REASON = "record row with its date over the text's first paragraph"
#: What makes such a row the page's record (folded): its date's label one of publishing (发布日期, 公开日期,
#: 成文时间, 更新时间) or a site's counter (浏览量:, 点击数:, 阅读次数:); a text's own fields (报名时间:,
#: 会议时间:, 截止时间:) name its events.
_RECORD_ROW_MARK = _sx(r"(?:发布|公开|成文|更新|生成)(?:日期|时间)\s?:\s?\d{4}-|(?:浏览|点击|阅读)(?:量|数|次数)?\s?:")


def _record_row_over_text(lines: list[str], verdicts: list[Verdict], reading: PageReading) -> None:
    """After the page reading, a row of the page's record (:func:`govtext.boilerplate._record_fields`: fields of
    one word each, whatever their labels) holding a date written with hyphens (公告类型：… 发布日期：2026-11-23
    公告法院：…, 公开日期：2026-08-28 公开单位：… 浏览量：611), kept among the region's first ``RECORD_ROW_REACH``
    lines, only short lines above it and the text's first paragraph (a prose line) under it, or right under
    the headline, its date's label one of publishing or a site's counter beside it (:data:`_RECORD_ROW_MARK`;
    报名时间：2026-12-01 截止时间：… 联系人：… is the notice's own): the reading took the record for the
    text's first line (its labels ones no lexicon holds), as it does a headline's subtitle. A text's own fields write their dates in words (时间：2026年11月5日
    地点：…), and a row among the paragraphs is the text's.

    >>> lines = ["某区法院", "公告", "公告类型:受理 发布日期:2026-11-23 公告法院:某区法院", "本院于2026年11月16日裁定受理某公司破产清算一案，现予公告。"]
    >>> vs = [KEEP] * 4
    >>> _record_row_over_text(lines, vs, PageReading((0, 3), (), ("short", "short", "short", "prose"), ()))
    >>> [v.keep for v in vs]
    [True, True, False, True]
    """
    first, last = reading.region  # type: ignore[misc]
    kinds, seen = reading.kinds, 0
    for i in range(first, min(last, first + RECORD_ROW_LINES)):  # (an index loop: most pages stop at once)
        s = lines[i]
        if not s:
            continue
        if kinds[i] == "prose" or seen == RECORD_ROW_REACH:
            return
        if ":" in s and verdicts[i].keep and _ISO_DAY.search(s) and _page_record_row(s) and _RECORD_ROW_MARK.search(s):
            j, h = _nonblank(lines, i, 1), _nonblank(lines, i, -1)
            if (j is not None and j <= last and kinds[j] == "prose") or h in reading.headlines:
                verdicts[i] = _drop(Metadata.name, RECORD_ROW_OVER_TEXT_REASON)
            return
        seen += 1


#: Titles at least under a channel's name that end the region (:func:`_channel_box`).
CHANNEL_BOX_MIN_TITLES = 3
#: Most titles such a box is looked for over, from the region's end up.
CHANNEL_BOX_MAX_TITLES = 10
#: Fewest Han characters of a title in such a box (a contact row, 电话：…, has fewer or a label).
CHANNEL_BOX_TITLE_MIN_HAN = 6
#: A field row's label (地址:, 电话:): a contact block's line, no title.
_SHORT_LABEL = re.compile(r"[\u4e00-\u9fff]{1,4}\s?:")
#: A step of a procedure opening a line (folded): its number (第2步, 1., 一、, (一), ②) or a verb of what
#: to do (登录…, 选择…, 填写…并提交). A guide's last section, named like a menu item, lists its steps
#: under it; a channel's box lists titles, few of them steps (:func:`_channel_box`).
_STEP_LINE = _rx(
    r"第[一二三四五六七八九十\d]{1,3}步|\d{1,2}\s?[.、)]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,2}\)|[①-⑳]"
    r"|(?:登录|登陆|选择|填写|提交|点击|进入|上传|输入|携带|前往|拨打|扫描|领取|缴纳|打开|确认)"
)
#: The reason of a line of such a box.
CHANNEL_BOX_REASON = "box of a channel's titles under the menu item's copy, ending the article"


def _channel_box(lines: list[str], verdicts: list[Verdict], reading: PageReading) -> None:
    """After the page reading, a box of a channel's article titles at the end of the region: a short
    line that is a copy of an item of the page's menu (a line dropped above the headline: 心理知识),
    then ``CHANNEL_BOX_MIN_TITLES`` to ``CHANNEL_BOX_MAX_TITLES`` lines of a title's length
    (:func:`_box_title`), the last ones maybe under the region's end, which page chrome (a dropped
    line) or nothing follows: the sidebar listing that channel's titles, not the article's last
    section (a section named as a channel has its paragraphs under it, or its steps: most lines
    of the box a step, :data:`_STEP_LINE`, it stays).

    >>> lines = ["首页", "心理知识", "某中心预约须知", "每次咨询约50分钟，请提前预约。", "心理知识",
    ...          "如何应对考试焦虑?", "失眠时可以试试的五个办法", "与室友相处的沟通技巧", "版权所有"]
    >>> vs = [_drop("navigation", "x"), _drop("page_chrome", "x"), KEEP, KEEP, KEEP, KEEP, KEEP, _drop("page_chrome", "x"), _drop("footer", "x")]
    >>> _channel_box(lines, vs, PageReading((3, 6), (2,), (), ()))
    >>> [v.keep for v in vs[2:8]]
    [True, True, False, False, False, False]
    """
    first, last = reading.region  # type: ignore[misc]
    under = _nonblank(lines, last, 1)
    if under is not None and verdicts[under].keep:
        return
    after, j = 0, under
    while j is not None and after < CHANNEL_BOX_MAX_TITLES and _box_title(lines[j]):
        after, j = after + 1, _nonblank(lines, j, 1)
    top = min(reading.headlines, default=first)
    titles, i = after, last
    while i > first and titles <= CHANNEL_BOX_MAX_TITLES:
        s = lines[i]
        if s:
            if not verdicts[i].keep:
                return
            if titles >= CHANNEL_BOX_MIN_TITLES and _menu_item_above(lines, verdicts, s, top):
                box = [k for k in range(i + 1, last + 1) if lines[k]]
                if 2 * sum(1 for k in box if _STEP_LINE.match(lines[k])) > len(box):
                    return  # (the article's last section: a guide's steps under its heading)
                for k in range(i, last + 1):
                    if lines[k]:
                        verdicts[k] = _drop(Related.name, CHANNEL_BOX_REASON)
                return
            if not _box_title(s):
                return
            titles += 1
        i -= 1


def _box_title(s: str) -> bool:
    """Whether a line can be a title in a box of titles (:func:`_channel_box`): at most ``_TITLE_MAX``
    characters, no sentence (。 or ;), ``CHANNEL_BOX_TITLE_MIN_HAN`` Han characters or more, no short
    label opening it (地址：…, 电话：…: a contact block's rows)."""
    return len(s) <= _TITLE_MAX and "。" not in s and ";" not in s and _han(s) >= CHANNEL_BOX_TITLE_MIN_HAN \
        and _SHORT_LABEL.match(s) is None


#: Longest line (characters) taken for a title in a box of titles.
_TITLE_MAX = 40


def _menu_item_above(lines: list[str], verdicts: list[Verdict], s: str, top: int) -> bool:
    """Whether a line dropped above line *top* (the headline) is *s*: an item of the page's menu."""
    return any(lines[j] == s and not verdicts[j].keep for j in range(top))


#: One-field rows at most between the metadata rows and the headline (:func:`_fields_over_the_headline`).
FIELDS_OVER_HEADLINE_MAX = 4
#: The reason of such a row.
FIELD_OVER_HEADLINE_REASON = "record field between the metadata rows and the headline"


def _fields_over_the_headline(lines: list[str], verdicts: list[Verdict], reading: PageReading) -> None:
    """After the page reading, rows of one field each (:data:`_ONE_FIELD`), up to
    ``FIELDS_OVER_HEADLINE_MAX``, kept between a row the metadata rule dropped and the headline right
    under them: the last rows of the page's record table crawled a field a line (主题分类：… and
    文号：… under 发布机构：… and 生成日期：…), their labels ones no lexicon holds. Any label goes here; more
    than ``FIELDS_OVER_HEADLINE_MAX`` rows, or none dropped as metadata right over them, and all stay.
    Rows under the headline are :func:`_fields_under_the_headline`'s.

    >>> lines = ["发布机构:县民政局", "主题分类:民政、救灾", "文号:某民[2026]47号", "某县关于道路命名的公告", "经研究，现公告如下。"]
    >>> vs = [_drop("metadata", _FIELDS_REASON + "发布机构"), KEEP, KEEP, KEEP, KEEP]
    >>> _fields_over_the_headline(lines, vs, PageReading((4, 4), (3,), (), ()))
    >>> [v.keep for v in vs]
    [False, False, False, True, True]
    """
    for h in reading.headlines:
        i = h - 1
        if i < 0 or ":" not in lines[i] or not verdicts[i].keep:
            continue  # (most headlines: no kept field right over them)
        fields = []
        while i is not None and len(fields) <= FIELDS_OVER_HEADLINE_MAX and verdicts[i].keep \
                and i not in reading.headlines and _ONE_FIELD.fullmatch(lines[i]):
            fields.append(i)
            i = _nonblank(lines, i, -1)
        if fields and len(fields) <= FIELDS_OVER_HEADLINE_MAX and i is not None and not verdicts[i].keep \
                and verdicts[i].reason.startswith(_FIELDS_REASON):
            for j in fields:
                verdicts[j] = _drop(Metadata.name, FIELD_OVER_HEADLINE_REASON)


#: The reason of a record's one-field row under the headline (:func:`_fields_under_the_headline`).
FIELD_UNDER_HEADLINE_REASON = "record field between the metadata rows under the headline and the text"
#: Labels of a 信息公开 page's record table that are no text's field (索引号, 主题分类, 文号 …: the portal
#: table's keys, :data:`govtext.document._PORTAL_KEYS`, save its 标题 and 名称, which a record the text
#: lists may name), and the record's rows no key of that table names (有效性, 时效性: the document reader
#: takes any label among the table's rows for its own; under the headline only these are the record's).
_RECORD_LABELS = frozenset(k for k in _PORTAL_KEYS if not k.endswith(("标题", "名称"))) | {"有效性", "时效性"}


@lazy
def _record_table_row_re() -> re.Pattern[str]:
    # the document reader's label of a record row, maybe letter-spaced (文 号:, 文　　号:), a value of words
    # maybe apart (公共安全 应急管理), no sentence mark, no second colon (each blank run between two words: linear)
    word = r"[^\s:,;!?。]{1,40}"
    return re.compile(rf"(?P<label>{_DOC_LABEL})\s*{word}(?:\s{{1,2}}{word}){{0,3}}")


def _record_table_row(s: str) -> bool:
    """Whether line *s* is one row of the page's record table: one field (:func:`_record_table_row_re`) under a
    label of :data:`_RECORD_LABELS`, the blanks inside the label left out (文　　号：…, 主题词：森林防火 宣传).

    >>> _record_table_row("文　　号:某应急[2027]3号"), _record_table_row("主题分类:公共安全 应急管理")
    (True, True)
    >>> _record_table_row("地点:县民政局三楼"), _record_table_row("主题分类:本通知自印发之日起施行。")
    (False, False)
    """
    m = _record_table_row_re().fullmatch(s)
    return m is not None and "".join(m.group("label").split()).rstrip(":：") in _RECORD_LABELS


def _fields_under_the_headline(lines: list[str], verdicts: list[Verdict], reading: PageReading) -> None:
    """After the page reading, rows of the page's record table (:func:`_record_table_row`: 主题分类：…, 文号：…,
    有效性：…) kept right under its rows dropped under the headline (索引号：… 发布机构：… 发文日期：…, one of
    them by the metadata rule) and opening the reading's region: the table's last rows crawled a field a
    line, which the reading took for the text's first lines. All such rows in a run go, up to the first
    that is none; a text's own fields (时间：… 地点：…) end the run and stay.

    >>> lines = ["某县关于道路命名的公告", "发布机构:县民政局", "主题分类:民政", "经研究，现公告如下。"]
    >>> vs = [KEEP, _drop("metadata", _FIELDS_REASON + "发布机构"), KEEP, KEEP]
    >>> _fields_under_the_headline(lines, vs, PageReading((2, 3), (0,), (), ()))
    >>> [v.keep for v in vs]
    [True, False, False, True]
    >>> vs = [KEEP, _drop("metadata", _FIELDS_REASON + "发布机构"), KEEP, KEEP]
    >>> _fields_under_the_headline(lines[:2] + ["地点:县民政局三楼", lines[3]], vs, PageReading((2, 3), (0,), (), ()))
    >>> [v.keep for v in vs]
    [True, False, True, True]
    """
    first = reading.region[0]  # type: ignore[index]
    h = max((h for h in reading.headlines if h < first), default=None)  # (the article's headline)
    if h is None or ":" not in lines[first]:
        return  # (most pages: the text opens with no field)
    i, table = _nonblank(lines, h, 1), False
    while i is not None and i < first and not verdicts[i].keep:  # (the dropped rows under the headline)
        table = table or verdicts[i].reason.startswith(_FIELDS_REASON)
        i = _nonblank(lines, i, 1)
    while table and i is not None and verdicts[i].keep and _record_table_row(lines[i]):
        verdicts[i] = _drop(Metadata.name, FIELD_UNDER_HEADLINE_REASON)
        i = _nonblank(lines, i, 1)


#: A row of a record table whose label stands in brackets, its value after it (folded: [发布部门]某某
#: 人大常委会, [时效性]现行有效, [效力级别]地方性法规), no sentence in the value.
_BRACKET_ROW = re.compile(r"\[[\u4e00-\u9fff]{2,8}\]\s?[^\[\]。;!?\s][^\[\]。;!?]{0,59}")
#: Bracketed rows at least between the headline and the text that make them the page's record table.
BRACKET_RECORD_MIN_ROWS = 3
#: The reason of such a row's verdict.
BRACKET_RECORD_REASON = "record table row with a bracketed label"


def _bracket_record(lines: list[str], verdicts: list[Verdict], reading: PageReading) -> None:
    """After the page reading, rows of bracketed labels and their values (:data:`_BRACKET_ROW`)
    between the headline and the article's text, ``BRACKET_RECORD_MIN_ROWS`` or more there: the page's
    record table (a law database's 【发布部门】… 【发文字号】… 【时效性】… 【效力级别】…), not a subtitle.
    Inside the text, bracketed labels are the text's (【活动时间】…, 【导语】…).

    >>> lines = ["某省城市绿化条例", "[发布部门]某省人大常委会", "[时效性]现行有效", "[效力级别]地方性法规",
    ...          "第一条 为了促进城市绿化事业发展，制定本条例。"]
    >>> vs = [KEEP] * 5
    >>> _bracket_record(lines, vs, PageReading((4, 4), (0,), (), ()))
    >>> [v.keep for v in vs]
    [True, False, False, False, True]
    """
    if reading.region is None:
        return
    first = reading.region[0]
    top = max((h for h in reading.headlines if h < first), default=None)
    if top is None:
        return
    rows = [i for i in range(top + 1, first) if lines[i][:1] == "[" and _BRACKET_ROW.fullmatch(lines[i])]
    if len(rows) >= BRACKET_RECORD_MIN_ROWS:
        for i in rows:
            if verdicts[i].keep:
                verdicts[i] = _drop(Metadata.name, BRACKET_RECORD_REASON)


def _lone_chrome_words(lines: list[str], verdicts: list[Verdict], bars: list[int]) -> None:
    """A line of one English interface word (Search, Print, Contact) or a plain word's button
    (编辑, :data:`_PLAIN_BUTTONS`), which the chrome rule keeps alone (a heading, a table cell,
    a credits label), or a lone vote button (+1, :data:`_VOTE_BUTTON`),
    next to a line of interface words or a navigation trail (*bars*; blank lines between): one
    button of the page's menu. The line over a follow button among the bars (关注,
    :data:`_FOLLOW_BUTTONS`) may be its account's name (:func:`_follow_name`)."""
    if not bars:
        return
    for b in bars:
        for step in (-1, 1):
            i = b + step
            while 0 <= i < len(lines) and not lines[i]:
                i += step
            if 0 <= i < len(lines) and verdicts[i].keep and len(lines[i]) <= ENGLISH_CHROME_MAX:
                w = lines[i].lower()
                if w in _ENGLISH_PLAIN or w in _PLAIN_BUTTONS:
                    verdicts[i] = _drop("chrome", f"interface word {w!r} beside the page's menu")
                elif _VOTE_BUTTON.fullmatch(w):
                    verdicts[i] = _drop("widget", f"vote button {w!r} beside the page's interface words")
            if step < 0 and 0 <= i < len(lines) and verdicts[i].keep and lines[b] in _FOLLOW_BUTTONS:
                _follow_name(lines, verdicts, i)


def _follow_name(lines: list[str], verdicts: list[Verdict], i: int) -> None:
    """The name line *i* right above a follow button (关注) the chrome rule dropped: an account's
    or an author's name, when it stands among the page's controls (the line above it dropped
    too, or none): a heading followed by the article's text is no button's label."""
    s = lines[i]
    if len(s) > CARD_NAME_MAX or not _CARD_NAME.fullmatch(s):
        return
    j = _nonblank(lines, i, -1)
    if j is None or not verdicts[j].keep:
        verdicts[i] = _drop("widget", "account name beside its follow button")


#: A vote button alone on its line (+1, ＋1): a page's like button, its count lost.
_VOTE_BUTTON = re.compile(r"[+＋] ?1")
#: A follow button alone on its line (folded), under the account's or author's name.
_FOLLOW_BUTTONS = frozenset({"关注", "+关注", "+ 关注", "＋关注", "加关注", "关注ta", "关注他", "关注她"})


def _menu_word_runs(lines: list[str], verdicts: list[Verdict], bars: list[int]) -> None:
    """Lines of one to three capitalised English words (About Us, Invest, News), in a run of
    ``MENU_RUN_MIN`` or more, or between two of the *bars*, right next to one of them (lines of
    the page's menu the rules dropped: Home, a navigation trail, Contact Us): the rest of the
    menu, one item a line, as bilingual portals print it."""
    at = set(bars)
    for b in bars:
        for step in (-1, 1):
            run, i = [], b + step
            while 0 <= i < len(lines):
                if lines[i] and not (verdicts[i].keep and _MENU_WORDS.fullmatch(lines[i])):
                    break
                if lines[i]:
                    run.append(i)
                i += step
            if run and (len(run) >= MENU_RUN_MIN or i in at):
                for j in run:
                    verdicts[j] = _drop("chrome", f"menu item, one of {len(run)} beside the page's menu")


def _bar_passes(ctx: Context, verdicts: list[Verdict], by: Mapping[str | None, list[int]]) -> None:
    """The passes that read the lines beside the page's bars the line rules dropped (*by*: the
    dropped lines by rule): :func:`_lone_chrome_words`, :func:`_menu_word_runs` and, under a
    breadcrumb, :func:`_channel_lists`."""
    _lone_chrome_words(ctx.lines, verdicts, _of_rules(by, _CHROME_BARS))
    _menu_word_runs(ctx.lines, verdicts, _of_rules(by, _MENU_BARS))
    navs = by.get(Navigation.name)
    if navs:
        _channel_lists(ctx, verdicts, navs)


def _channel_lists(ctx: Context, verdicts: list[Verdict], navs: list[int]) -> None:
    """A kept line right under the article's closing attribution ((学会秘书处), 文字：… 图片：…:
    :func:`govtext.boilerplate.attribution`) that repeats a channel of the page's breadcrumb (a
    segment, not home: 学会动态 in 首页 > 学会动态) over short titles: the header of that channel's
    list of latest items beside the article (本栏目最新), dropped as a related-article header. (The
    article ends at its attribution; a heading of the text that names its channel, under a
    paragraph, is left alone, as is a label right under the breadcrumb: :class:`CategoryLabel`.)
    (A set's test over the lines under the breadcrumb first: most pages have no such line.)"""
    lines = ctx.lines
    channels: set[str] = set()
    for i in navs:
        tag = ctx.tags[i]
        if isinstance(tag, tuple) and tag[0] == "nav":
            channels.update(tag[1])  # (a page's trails repeat their segments: each is measured once, below)
    channels = {x for x in channels if len(x) <= CHANNEL_MAX}
    start = navs[-1] + 1
    if channels.isdisjoint(lines[start:]):
        return
    # (the first kept sentence under the breadcrumb, found once, from *lo*, when a line asks)
    lo, first = start, -1
    for j in sorted(_indices(lines, {x for x in channels if not Navigation.home(x)}, start)):
        above = _nonblank(lines, j, -1)
        if not (verdicts[j].keep and above is not None and attribution(lines[above])):
            continue
        if first < 0:
            first = next((x for x in range(lo, len(lines)) if verdicts[x].keep and "。" in lines[x]), len(lines))
        if first < above and _titles_under(lines, verdicts, j):  # (a kept sentence above the attribution)
            verdicts[j] = _drop(Related.name, f"channel list header {lines[j]!r} repeating the breadcrumb")
            if j == first:  # (no longer kept: the next one is under it)
                lo, first = j + 1, -1


def _indices(lines: list[str], words: Iterable[str], start: int) -> list[int]:
    """The lines from *start* on that are one of *words* (``list.index``'s scans: no Python
    loop over the lines).

    >>> _indices(["甲", "乙", "甲", "丙"], ["甲", "丙"], 1)
    [2, 3]
    """
    out: list[int] = []
    for w in words:
        j = start
        while True:
            try:
                j = lines.index(w, j)
            except ValueError:
                break
            out.append(j)
            j += 1
    return out


def _titles_under(lines: list[str], verdicts: list[Verdict], i: int) -> bool:
    """Whether the ``CHANNEL_MIN_TITLES`` non-blank lines under line *i* read as a list's link
    titles: kept, no longer than a link title, no sentence, no field row (联系人：某某: a colon),
    none a document's outline heading (一、…, (一)…: a section of the text under a heading that
    names a channel)."""
    for _ in range(CHANNEL_MIN_TITLES):
        k = _nonblank(lines, i, 1)
        if k is None or not verdicts[k].keep:
            return False
        s = lines[k]
        if len(s) > Related.title_max or "。" in s or ":" in s or "：" in s or _OUTLINE_OPEN.match(s):
            return False
        i = k
    return True


#: Longest breadcrumb segment :func:`_channel_lists` reads as a channel's name, and the link
#: titles it needs under the channel's name.
CHANNEL_MAX, CHANNEL_MIN_TITLES = 12, 3
#: A document's outline heading opening a line: 一、, (一), 第一章.
_OUTLINE_OPEN = re.compile(r"[一二三四五六七八九十]{1,3}、|\(\s*[一二三四五六七八九十]{1,3}\s*\)|第[一二三四五六七八九十百]{1,4}[章节条部分]")


#: Rules whose lines are the page's menu for :func:`_menu_word_runs`.
_MENU_BARS = frozenset({"chrome", "navigation", "link_list"})
#: One to three capitalised words, a short joining word between (News & Events, Work in LIP).
_MENU_WORDS = re.compile(r"[A-Z][A-Za-z]{0,15}(?: (?:[A-Z][A-Za-z]{0,15}|&|and|of|in|for|to|the)){0,2}")
#: Menu items in a row that :func:`_menu_word_runs` takes without a menu line after them.
MENU_RUN_MIN = 3


#: Longest single English interface word :func:`_lone_chrome_words` reads.
ENGLISH_CHROME_MAX = 12


#: The header of a box of other questions and their answers, alone on its line (热点问答, 猜你想问
#: 更多>>). Not a related-article header of the line rules: a policy reading may carry its own
#: 热点问答 section among its paragraphs; under a line a rule dropped (the print bar, a footer, a
#: block of links) the box is the site's (:func:`_qa_heads`).
_QA_HEADER = re.compile(r"(?:热点问答|热门问答|猜你想问)[:：\s]*(?:更多[>\s]*)?")


def _qa_heads(text: str, lines: list[str], verdicts: list[Verdict]) -> list[int]:
    """The headers of the site's Q&A boxes (:data:`_QA_HEADER`), each right under a line a rule
    dropped, dropped here (in place) as related-article headers: the box ends the article; under
    a paragraph the header is the article's own section's. (Pages that name no such box, nearly
    all, cost two searches of *text* by their words' first characters, :func:`_holds`.)

    >>> lines = ["一、办理条件", "符合条件的居民可申请。", "【打印】", "热点问答", "问：在哪里查询？", "答：可到窗口查询。"]
    >>> verdicts = [KEEP, KEEP, _drop("share_bar", "print"), KEEP, KEEP, KEEP]
    >>> _qa_heads("\\n".join(lines), lines, verdicts), verdicts[3].rule
    ([3], 'related')
    >>> _qa_heads("\\n".join(lines), lines[:2] + lines[3:], [KEEP] * 5)
    []
    """
    if not (_holds(text, "问答") or _holds(text, "猜你想问")):
        return []  # (most pages: the words' first characters found at memchr speed)
    heads = [i for i, s in enumerate(lines) if len(s) <= Related.header_max and verdicts[i].keep
             and _QA_HEADER.fullmatch(s) and (j := _nonblank(lines, i, -1)) is not None and not verdicts[j].keep]
    for i in heads:
        verdicts[i] = _drop(Related.name, f"header of a Q&A box under page chrome {lines[i].strip()!r}")
    return heads


def _qa_boxes(lines: list[str], verdicts: list[Verdict], heads: list[int], end: int) -> None:
    """Drop the lines under each of the Q&A boxes' *heads* (:func:`_qa_heads`) after the article's
    last line *end*, up to the next line a rule dropped (:func:`_drop_under`): the box's questions
    and its answers' sentences, which end a block of link titles."""
    if heads := [h for h in heads if h > end]:
        _drop_under(lines, verdicts, heads, Related.name, "question or answer of a Q&A box", Related._LINK_TITLE)


def _drop_under(
    lines: list[str], verdicts: list[Verdict], heads: list[int], rule: str, reason: str, passed: Verdict | None = None,
) -> None:
    """The lines under each of *heads* (after the article, in order), up to the next line a line
    rule dropped. (A walk stops at the next head too, whose own walk goes on from there: the page
    reading's drops do not stop a walk, and a head it dropped, 留言, would be passed by the walks of
    all the heads above.) A line dropped with the verdict *passed* (that object: a rule's one
    verdict for such lines) does not stop a walk either (a comment the related rule took for a
    link title of the block its header opened: 网友评论 over a count and the first comment, the
    comments under them)."""
    for k, h in enumerate(heads):
        for i in range(h + 1, heads[k + 1] if k + 1 < len(heads) else len(verdicts)):
            v = verdicts[i]
            if not v.keep and not v.rule.startswith("page_") and v is not passed:
                break
            if lines[i] and v.keep:
                verdicts[i] = _drop(rule, reason)


#: A line that a date (and a time of day) ends: a list entry's date, alone or after its title.
_DATE_END = regex.compile(rf"(?:^|(?<=\D))(?<!\d){_YMD_BARE}\s*(?:日(?:\s*{_HM})?|{_HM})?$")  # (_YMD, a time: one blank run each)
#: Fewest lines holding a date alone in a run of lines under a related-article block that makes
#: the run the block's list of dated entries; most lines of an entry, its date line included.
DATED_ENTRIES_MIN, DATED_ENTRY_MAX_LINES = 2, 4


def _dated_entries(lines: list[str], verdicts: list[Verdict], rows: list[int]) -> list[int]:
    """After the article, the kept lines right under a related-article
    block up to the next dropped line, when they are a news list's entries, each ending with its
    date (a title, a copy of it, its summary, then its date): ``DATED_ENTRIES_MIN`` lines of a
    date alone or more, at most ``DATED_ENTRY_MAX_LINES`` lines an entry, the run's last line a
    date's, the dates newest first (a schedule's run the other way). The block's list goes on
    through the summaries the related rule stops at.

    *rows*: the lines after the article that may be related-article lines, in order (every one
    is, among others); a run's lines, dropped on the way, are passed over. The lines dropped
    are returned."""
    out: list[int] = []
    start, n, related = 0, len(lines), Related.name
    for i in rows:
        if i < start or verdicts[i].rule != related:
            continue
        j = i + 1 if i + 1 < n and lines[i + 1] else _nonblank(lines, i, 1)  # (the next line, most often)
        if j is None or not verdicts[j].keep:
            continue
        run = []
        while j is not None and verdicts[j].keep:
            run.append(j)
            j = _nonblank(lines, j, 1)
        ends = [(x, m) for x, k in enumerate(run) if (m := _DATE_END.search(lines[k]))]
        dates = [_date_value(d) for _, m in ends if (d := _DATE.search(m.group()))]
        gaps = [b - a for a, b in zip([-1, *(x for x, _ in ends)], (x for x, _ in ends))]
        if (
            sum(m.start() == 0 for _, m in ends) >= DATED_ENTRIES_MIN and ends[-1][0] == len(run) - 1
            and max(gaps) <= DATED_ENTRY_MAX_LINES and dates == sorted(dates, reverse=True)
        ):
            for k in run:
                verdicts[k] = _drop("related", "dated entry of the related-article list above")
            out += run
        start = run[-1] + 1
    return out


#: A WeChat account card's id line (微信号 + the account's ASCII id: a letter, then 5 to 19
#: letters, digits, _ or -) and its description line (功能介绍 + a few words, no sentence).
#: (The blanks around the colon read once: ``\s*:?\s*`` was quadratic on a run of blanks.)
_CARD_ID = re.compile(r"微信号\s*(?::\s*)?[A-Za-z][A-Za-z0-9_-]{5,19}")
_CARD_INTRO = re.compile(r"功能介绍\s*(?::\s*)?\S.*")
#: Longest description line of an account card, and longest account name above its card.
CARD_INTRO_MAX, CARD_NAME_MAX = 80, 20
#: An account's name: Han, letters and digits, no punctuation or spaces.
_CARD_NAME = regex.compile(r"[\p{Han}A-Za-z0-9·]+")


def _account_card(lines: list[str], verdicts: list[Verdict]) -> None:
    """A WeChat official account's card: an id line next to its 功能介绍 line (either order),
    and the account's name on the line above them. The id line alone (a notice's contact)
    is kept."""
    for i, s in enumerate(lines):
        if not s.startswith("微信号") or not _CARD_ID.fullmatch(s):
            continue
        near = [j for j in (_nonblank(lines, i, -1), _nonblank(lines, i, 1)) if j is not None]
        intro = [j for j in near if _card_intro(lines[j])]
        if not intro:
            continue
        for j in (i, intro[0]):
            verdicts[j] = _drop("widget", "WeChat account card")
        name = _nonblank(lines, min(i, intro[0]), -1)
        if name is not None and verdicts[name].keep and len(lines[name]) <= CARD_NAME_MAX \
                and _CARD_NAME.fullmatch(lines[name]):
            verdicts[name] = _drop("widget", "WeChat account name above its card")


def _card_intro(s: str) -> bool:
    return len(s) <= CARD_INTRO_MAX and not ("。" in s or ";" in s) and _CARD_INTRO.fullmatch(s) is not None


#: A read-more link alone on its line (阅读全文 >, 查看全文>>), folded.
_READ_MORE_LINE = re.compile(r"(?:阅读|查看)全文\s?>{0,3}")
#: Non-blank lines at most after a read-more link down to the next item's paragraph (its section's
#: heading and its headline between) for the link to stand inside a digest (:func:`_digest_links`).
DIGEST_REACH = 3


def _digest_links(lines: list[str], verdicts: list[Verdict], rows: list[int]) -> list[int]:
    """The read-more links (:data:`_READ_MORE_LINE`, among *rows*: the document-site rule's lines)
    that stand between two items of a digest, a paragraph the rules kept over each and the next
    item's paragraph within ``DIGEST_REACH`` lines under it, every line between kept (a section's
    heading, a headline): a newsletter's issue, each item cut short with a link to its whole text,
    ends at its last item, not at its first link (the page reading's region grows over them as over
    a picture). Under the last item, or over a 下一篇 the rules drop, a link ends the text.

    >>> text = ["学校新闻", "我校两个专业入选国家级一流本科专业建设点名单，学校此类专业已达18个。", "阅读全文 >",
    ...         "校友动态", "1998级校友向母校捐赠设立奖学金，每年奖励30名本科生。", "阅读全文 >", "关注我们"]
    >>> verdicts = classify_lines("\\n".join(text), page=False)
    >>> _digest_links(text, verdicts, [2, 5])
    [2]
    """
    out = []
    for i in rows:
        if _READ_MORE_LINE.fullmatch(lines[i]) is None:
            continue
        j = _nonblank(lines, i, -1)
        if j is None or not (verdicts[j].keep and _prose(lines[j])):
            continue
        k = i
        for _ in range(DIGEST_REACH):
            k = _nonblank(lines, k, 1)  # type: ignore[assignment]
            if k is None or not verdicts[k].keep:
                break
            if _prose(lines[k]):
                out.append(i)
                break
    return out


def _inline_widgets(lines: list[str], verdicts: list[Verdict], by: defaultdict[str | None, list[int]]) -> set[int]:
    """The widget and site-notice lines (of *by*, the dropped lines by rule) that stand inside
    articles and end none: a header's counters (those of :data:`_INLINE_WIDGETS`' reasons and
    :func:`_header_counters`), a message's votes, an advert between paragraphs; a digest's
    read-more links between its items (:func:`_digest_links`)."""
    widgets, notices, footers = by[Widget.name], by[SiteNotice.name], by[Footer.name]
    inside = set(_digest_links(lines, verdicts, by[DocSite.name])) if by[DocSite.name] else set()
    if not (widgets or notices or footers):
        return inside
    inside.update(i for i in (*widgets, *notices) if verdicts[i].reason.startswith(_INLINE_WIDGETS))
    inside.update(_header_counters(lines, verdicts, widgets))
    if footers:
        inside.update(_footers_between_paragraphs(lines, verdicts, footers))
        inside.update(_footers_above_the_text(lines, verdicts, footers))
    return inside


#: An advert's label, the one word of a line the chrome rule drops (广告, 【广告】).
_AD_WORDS = frozenset({"广告"})
#: Longest line read as the advert under its label (a slogan and a phone, no sentence).
AD_LINE_MAX = 40


def _labelled_adverts(lines: list[str], verdicts: list[Verdict], labels: list[int]) -> list[int]:
    """The advert lines under a label of their own (*labels*: the lines the chrome rule dropped as
    the label 广告 alone, ``Context.ad_labels``), between two paragraphs the rules kept (:func:`_kept_paragraph`): paragraph,
    广告, a short line with no sentence and an advert's signal (:data:`_AD_SIGNAL`: 某某银行 贴心服务 详询
    96518), paragraph. The advert is dropped
    as a tagged one is (:data:`AD_REASON`: the page reading's region grows over it); *verdicts* are
    updated in place. A table's 广告 cell over its value stands between no paragraphs.

    >>> text = ["村民们白天在地里干活，晚上搬着凳子来到镇文化站的夜校听课。", "广告", "某某银行 贴心服务 详询 96518",
    ...         "夜校的老师不只来自县里，本村的种粮大户也常被请上讲台讲经验。"]
    >>> verdicts = classify_lines("\\n".join(text), page=False)
    >>> _labelled_adverts(text, verdicts, [1]), verdicts[2].rule
    ([2], 'widget')
    """
    out: list[int] = []
    for i in labels:
        if verdicts[i].rule != ChromeWords.name:
            continue  # (taken back since)
        ad = _nonblank(lines, i, 1)
        if ad is None or not verdicts[ad].keep or len(lines[ad]) > AD_LINE_MAX or _SENTENCE_END.search(lines[ad]) \
                or not _AD_SIGNAL.search(lines[ad]) or not _between_paragraphs(lines, verdicts, i, ad):
            continue
        verdicts[ad] = _drop(Widget.name, f"{AD_REASON} (under its label) {lines[ad][:20]!r}")
        out.append(ad)
    return out


#: Longest line read as a QR box's caption between its two prompts (:func:`_between_prompts`).
QR_BOX_LINE_MAX = 20
#: A path's or a menu's separator (a space, >, |, /): no caption of a QR box holds one.
_MENU_SEPARATOR = _sx(r"[\s>|/»→]")
#: The words of a QR box's call (扫码关注…, 长按识别二维码): both prompts around a caption hold one.
_QR_CALL = ("扫码", "扫一扫", "二维码", "关注")


def _qr_call(s: str) -> bool:
    """Whether prompt *s* is a QR box's call (:data:`_QR_CALL`).

    >>> _qr_call("长按识别二维码"), _qr_call("点击进入专题：乡村振兴>>")
    (True, False)
    """
    return any(w in s for w in _QR_CALL)


def _between_prompts(lines: list[str], verdicts: list[Verdict], prompts: list[int]) -> list[int]:
    """The lines between two reader prompts (*prompts*: the lines the prompt rule dropped, in order), one
    line alone between them, kept, of ``QR_BOX_LINE_MAX`` characters at most, no sentence's end and no
    separator of a path or a menu (:data:`_MENU_SEPARATOR`): a QR box's caption under its call (扫码关注“某某”公众号,
    获取更多资讯, 长按识别二维码), both of them a QR box's call (:data:`_QR_CALL`). It is dropped with them
    (*verdicts* updated in place); a guide's step between two (a sentence) stays, a breadcrumb between an app's
    prompt and a player's is no caption, and nor is the article's section heading (三、主要措施) between two banners,
    or a subheading between a QR call and a banner (扫码关注… / 乡村教育再上台阶 / 点击进入专题：…).

    >>> text = ["扫码关注“某某发布”公众号", "获取更多本地资讯", "长按识别二维码"]
    >>> verdicts = classify_lines("\\n".join(text), page=False)
    >>> _between_prompts(text, verdicts, [0, 2]), verdicts[1].rule
    ([1], 'prompt')
    """
    out: list[int] = []
    for a, b in itertools.pairwise(prompts):
        m = _nonblank(lines, a, 1)
        if m is None or m == b or _nonblank(lines, m, 1) != b or not verdicts[m].keep \
                or not (_qr_call(lines[a]) and _qr_call(lines[b])):
            continue
        s = lines[m]
        if s[:1] in _OUTLINE_FIRST and Related._outline.match(s):
            continue  # (the article's section heading: 二、下一步工作安排)
        if len(s) <= QR_BOX_LINE_MAX and _SENTENCE_END.search(s) is None and _MENU_SEPARATOR.search(s) is None:
            verdicts[m] = _drop(Prompt.name, f"a QR box's line between its prompts {s[:20]!r}")
            out.append(m)
    return out


#: What makes the line under a 广告 label an advert: a phone or hotline's digits, a call to ask or a
#: web address (详询 96518, 热线, www.…). A heading under a section of the text named 广告 (第二部分
#: 培训成效, 广告法修订要点说明) holds none.
_AD_SIGNAL = _rx(r"\d[\d\-]{4,}|详询|热线|咨询|电话|www\.|\.com|\.cn")


#: The reasons of a related box of one line, its header and its links on it (相关阅读：某县建成夜校42所).
_ONE_LINE_BOX = (f"{RELATED_HEADER_REASON} ", " with its one link", " with its links")


def _boxes_between_paragraphs(lines: list[str], verdicts: list[Verdict], related: list[int]) -> list[int]:
    """The related boxes of one line (*related*: the lines :class:`Related` dropped as such, ``Context.boxes``;
    a header with its link on the line, 相关阅读：某县今年已建成夜校42所) that stand between two paragraphs the rules kept
    (:func:`_kept_paragraph`): a box crawled inside the article, which ends none (the page reading's
    region grows over it, as over a picture; it is dropped all the same). A header alone over its
    links, or a box under the text's last paragraph, still ends the text.

    >>> text = ["村民们白天在地里干活，晚上搬着凳子来到镇文化站的夜校听课。", "相关阅读：某县今年已建成夜校42所",
    ...         "夜校的老师不只来自县里，本村的种粮大户也常被请上讲台讲经验。"]
    >>> _boxes_between_paragraphs(text, classify_lines("\\n".join(text), page=False), [1])
    [1]
    """
    out: list[int] = []
    head, one, many = _ONE_LINE_BOX
    for i in related:
        r = verdicts[i].reason
        if verdicts[i].rule != Related.name or not (r.startswith(head) and r.endswith((one, many))):
            continue  # (taken back since, or dropped by another pass)
        if _between_paragraphs(lines, verdicts, i, i):
            out.append(i)
    return out


def _footers_above_the_text(lines: list[str], verdicts: list[Verdict], footers: list[int]) -> list[int]:
    """The footer lines (*footers*: the footer rule's lines, in order) above the page's first
    paragraph the rules kept (a sentence's end closing it, :data:`INLINE_FOOTER_PROSE_MIN_HAN` Han
    characters or more) that speak of the text (本文): a post's licence notice under its headline and
    byline (版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议…) ends no article; the page reading's
    region and its headline reach over it (it is dropped all the same). The site's own lines above
    the text (a breadcrumb, its record) still end what stands over them.

    >>> text = ["某某博客", "用表格统计成绩", "版权声明：本文为博主原创文章，转载请附上原文出处链接和本声明。",
    ...         "每次考试结束，统计各班各分数段的人数都要花掉大半天时间。", "© 2026 某某博客"]
    >>> _footers_above_the_text(text, classify_lines("\\n".join(text), page=False), [2, 4])
    [2]
    """
    own = [i for i in footers if "本文" in lines[i]]
    if not own:
        return []  # (most pages: their footer lines name the site, not the text)
    first = next((i for i, v in enumerate(verdicts) if v.keep and _paragraph(lines[i])), None)
    return [] if first is None else [i for i in own if i < first]


def _paragraph(s: str, min_han: int | None = None) -> bool:
    """A paragraph of text (a folded line): a sentence's end closing it (:data:`_PARAGRAPH_ENDS`)
    and *min_han* Han characters or more (``INLINE_FOOTER_PROSE_MIN_HAN`` unless given; its
    length and its end tested first, the count only then).

    >>> _paragraph("当天展销区实现销售额十八万元，签订农产品订单九份，带动群众增收。"), _paragraph("主办：某镇人民政府")
    (True, False)
    """
    n = INLINE_FOOTER_PROSE_MIN_HAN if min_han is None else min_han
    return len(s) >= n and s.endswith(_PARAGRAPH_ENDS) and _han(s) >= n


#: Han characters each of the two paragraphs around a run of footer lines needs for the run to
#: stand inside the text (:func:`_footers_between_paragraphs`).
INLINE_FOOTER_PROSE_MIN_HAN = 20


def _footers_between_paragraphs(lines: list[str], verdicts: list[Verdict], footers: list[int]) -> list[int]:
    """The runs of footer lines (*footers*: the footer rule's lines, in order) that stand between
    two paragraphs the rules kept, each a sentence's end closing it and
    :data:`INLINE_FOOTER_PROSE_MIN_HAN` Han characters or more: a floating box of the site's
    record (网站标识码 …, 某ICP备…, a visitor counter) crawled among the text's paragraphs, which
    ends no article (the page reading's region grows over it as over a picture). A footer ends
    the text it stands under when what follows is no paragraph of it (a contact row, a menu), or
    when the run ends in the label of the site's box on itself (:func:`_box_label`: 关于我们 over its
    paragraph, which speaks of the site, :data:`_SITE_ITSELF`; a floating 关于我们 link over the text's
    next paragraph ends nothing).

    >>> text = ["某镇举办丰收节，全镇六百余名群众齐聚一堂，共庆丰收。", "网站标识码：3600000000 赣ICP备05000000号",
    ...         "当天展销区实现销售额十八万元，签订农产品订单九份，带动群众增收。", "赣公网安备 36000000000000号", "主办：某镇人民政府"]
    >>> verdicts = classify_lines("\\n".join(text), page=False)
    >>> _footers_between_paragraphs(text, verdicts, [1, 3])
    [1]
    """
    out: list[int] = []
    x = 0
    while x < len(footers):
        y = x  # (the run: footer lines one under the other, blank lines between)
        while y + 1 < len(footers) and _nonblank(lines, footers[y], 1) == footers[y + 1]:
            y += 1
        if _between_paragraphs(lines, verdicts, footers[x], footers[y]) and not (
                _box_label(lines[footers[y]]) and _SITE_ITSELF.search(lines[_nonblank(lines, footers[y], 1) or 0])):
            # (the line under a box label is the site's own paragraph: its 关于我们 box)
            out += footers[x: y + 1]
        x = y + 1
    return out


#: A word of the site speaking of itself (本网, 本站, 网站, 门户, 主办): the paragraph under a 关于我们 label
#: is the site's text on itself only with one (:func:`_footers_between_paragraphs`).
_SITE_ITSELF = _sx(r"本站|本网|网站|门户|主办")
#: A footer bar's label of the site's text on itself, the whole line (关于我们, 【关于本站】): :func:`_box_label`.
_ABOUT_LABEL = _sx(r"[\[(]?\s?关于(?:我们|本站|本网|网站)\s?[\])]?")


def _box_label(s: str) -> bool:
    """Whether the footer line *s* (folded) is the label of the site's box on itself (关于我们), which
    heads the paragraph under it (the site's text on itself), not a floating box of the site's record
    (网站标识码 …, 某ICP备…, a visitor counter) or a link of its bar (联系我们, 网站地图: a floating
    button) crawled among the text's paragraphs.

    >>> _box_label("关于我们"), _box_label("赣ICP备05000000号"), _box_label("联系我们")
    (True, False, False)
    """
    return _ABOUT_LABEL.fullmatch(s) is not None


def _kept_paragraph(s: str, v: Verdict) -> bool:
    """A line the rules kept that is a paragraph (:func:`_paragraph`; :func:`_footers_between_paragraphs`)."""
    return v.keep and _paragraph(s)


def _between_paragraphs(lines: list[str], verdicts: list[Verdict], first: int, last: int) -> bool:
    """Whether the lines *first* to *last* stand between two paragraphs the rules kept: the non-blank
    line over *first* and the one under *last* (:func:`_kept_paragraph`): chrome crawled inside the
    text, which ends none."""
    above, below = _nonblank(lines, first, -1), _nonblank(lines, last, 1)
    return above is not None and below is not None and _kept_paragraph(lines[above], verdicts[above]) \
        and _kept_paragraph(lines[below], verdicts[below])


#: What ends a paragraph's line (folded: 。 and ” stay, ！ and ？ fold to ! and ?, （） to ()).
_PARAGRAPH_ENDS = ("。", "!", "?", "。”", "!”", "?”", "。)")


def _header_counters(lines: list[str], verdicts: list[Verdict], widgets: list[int]) -> list[int]:
    """The counter lines among *widgets* (the widget rule's lines) that stand right under the
    article's dated metadata line, before any sentence the rules kept (0条评论, 阅读 539 under
    2026-11-29 21:48 来源：某网): a header's counter, which ends no article as a comment widget
    after it does (the page reading grows over it as over a picture).

    >>> lines = ["某队逆转晋级四强", "2026-11-29 21:48 某网", "0条评论", "比赛结束", "某队今晚在主场逆转取胜。"]
    >>> verdicts = classify_lines("\\n".join(lines), page=False)
    >>> _header_counters(lines, verdicts, [2])
    [2]
    >>> _header_counters(lines[:1] + lines[4:] + lines[1:4], verdicts[:1] + verdicts[4:] + verdicts[1:4], [3])
    []
    """
    out: list[int] = []
    first = -1  # (the first kept sentence's line, found once for the page when a counter asks)
    for i in widgets:
        if not verdicts[i].reason.startswith(COUNTER_REASON):
            continue
        j = _nonblank(lines, i, -1)
        if j is None or verdicts[j].keep or verdicts[j].rule != Metadata.name or not _DATED_META.search(lines[j]):
            continue
        if first < 0:
            first = next((k for k, (x, v) in enumerate(zip(lines, verdicts)) if v.keep and "。" in x), len(lines))
        if i <= first:  # (no kept sentence above it)
            out.append(i)
    return out


#: A date in a metadata line (2026-11-29, 2026年11月29日, 2026/11/29).
_DATED_META = re.compile(_YMD_BARE)


def _nonblank(lines: list[str], i: int, step: int) -> int | None:
    """The next non-blank line from *i* in direction *step*, or None."""
    j = i + step
    while 0 <= j < len(lines) and not lines[j]:
        j += step
    return j if 0 <= j < len(lines) else None


def _lines_of(text: str, matches: Iterable[Any], at: int = 0) -> Iterator[tuple[int, Any]]:
    """Each of *matches* (of *text*, in order) with its line's number: the line breaks before
    ``m.start() + at`` (*at* 1: a pattern opening with the line break before its line), counted
    from the match before (one count of the text in all).

    >>> [(n, m.group()) for n, m in _lines_of("a1\\nb\\nc2", re.finditer(r"[0-9]", "a1\\nb\\nc2"))]
    [(0, '1'), (2, '2')]
    """
    line = pos = 0
    for m in matches:
        end = m.start() + at
        line += text.count("\n", pos, end)
        pos = end
        yield line, m


#: A date and a time of day: what a comment's header line holds beside the commenter's name.
_DATE_TIME = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
#: A line that opens the comments (a count of them, a header such as 网友评论) once a line rule
#: has dropped it: what follows up to the next dropped line is their text.
_COMMENTS_OPEN = re.compile(
    # (linear: a count is read from its first digit, the blanks around its measure word once)
    r"(?:已有|共有|共)\s*\d+\s*(?:[条件个篇]\s*)?(?:评论|回复|跟帖|跟贴)|(?<!\d)\d+\s*条(?:评论|回复|跟帖|跟贴)"
    # (a header with its count in brackets: 网友评论（3）)
    r"|^(?:文章|网友|读者|最新|热门|全部|新闻|精彩)?(?:评论|跟帖|跟贴|留言)(?:\s?\(\d+\))?$"
)
#: The words every line :data:`_COMMENTS_OPEN` matches holds one of.
_COMMENT_WORDS = ("评论", "回复", "跟帖", "跟贴", "留言")


#: One of :data:`_COMMENT_WORDS` (what a match of :data:`_COMMENTS_OPEN` needs): one search
#: for the words' alternation, a few times cheaper than the opener pattern's.
_COMMENT_WORD = re.compile("|".join(_COMMENT_WORDS))
#: A time of day (what a page needs three of before its dates are read), one pattern per
#: colon: a literal first character is found at memchr speed, a class is tested at each one.
_TIMES = (re.compile(r":\d\d"), re.compile(r"：\d\d"))
#: Not a comment header: a notice's item (1. / 二、 / （五）) or its time field (开标时间：).
_NOTICE_FIELD = re.compile(
    r"^(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))"
    r"|(?:时间|日期|时限|截止)\s*:\s*$"
)
#: Dated header lines a page needs to have a comment thread.
COMMENT_MIN_HEADS = 3
#: Shortest and longest comment header line (past the shortest: a name beside the date-time).
COMMENT_HEAD_MIN, COMMENT_HEAD_MAX = 10, 80
#: Longest one-line comment: the commenter's name and a colon, the comment (sentences too), its
#: date-time ending the line (某网友:说得对。 2024-05-01 10:20).
COMMENT_LINE_MAX = 200
#: A commenter's name (a few characters, no space or mark) and the colon after it, opening a line.
_COMMENTER = re.compile(r"[^\s:,.;!?()\[\]。，；！？、]{2,12}:(?!\s*\d)")
#: What may follow the date-time ending a one-line comment: seconds, spaces.
_DATE_TIME_END = re.compile(r"(?::\d{2})?\s*$")


#: Occurrences of a word's first character :func:`_holds` looks at one by one before it
#: searches the rest of the text for the word.
_HOLDS_WALK = 32


def _times_at_least(text: str, n: int) -> bool:
    """Whether *text* holds *n* times of day (:data:`_TIMES` matches) or more: each pattern's
    matches found one search at a time, up to *n* (a pattern opening with its colon is searched
    for that literal in C, a match tried at each colon only: no Python step a colon).

    >>> _times_at_least("08:30 会议：09:00\\n网址 http://a\\n10：15", 3), _times_at_least("08:30 10:15 网址:a", 3)
    (True, False)
    """
    found = 0
    for pattern in _TIMES:
        m = pattern.search(text)
        while m is not None:
            found += 1
            if found >= n:
                return True
            m = pattern.search(text, m.end())
    return False


def _folded_text(ctx: Context) -> str:
    """The page's folded lines joined (``"\\n".join(ctx.lines)``; made by the folding, when it
    made the lines: :attr:`Context.joined`)."""
    return ctx.joined.text if ctx.joined is not None else "\n".join(ctx.lines)


def _joined(ctx: Context) -> Joined:
    """The page's folded lines joined, as code points (:attr:`Context.joined`; made from the
    lines when the folding did not make it)."""
    return ctx.joined if ctx.joined is not None else Joined.of("\n".join(ctx.lines))


#: A space's code point (the one blank a folded line holds inside it), and the count of two
#: that :func:`_keyword_variants` needs of them on a line (as 0-d arrays: :func:`_const`).
_SPACE, _TWO = _const(ord(" "), np.uint32), _const(2, np.intp)


#: Page length from which :func:`_lines_holding_two` counts in ``intp``, not ``uint32`` (a count
#: of 2**32 would wrap).
_UINT32_COUNTS = 1 << 32


def _lines_holding_two(joined: Joined, char: Any) -> list[int]:
    """The lines of *joined* that hold the character *char* (its code point, of the array's
    type) twice or more, in order: one comparison of the page's code points and one sum of each
    line's segment of them (a pattern's search, tried at each place of the character, reads the
    characters after it up to the next one again: about twice the instructions on a page).

    >>> _lines_holding_two(Joined.of("a b c\\n\\nd e\\n f  "), _SPACE)
    [0, 3]
    """
    # (summed as uint32, a quarter of the memory an intp sum reads and writes: a line's count
    # is below its length, below 2**32 but on a page of 4G characters, summed as intp)
    wide = len(joined.padded) >= _UINT32_COUNTS
    held = np.add.reduceat(joined.padded == char, joined.bounds()[0], dtype=np.intp if wide else np.uint32)
    return (held >= _TWO).nonzero()[0].tolist()  # type: ignore[no-any-return]


def _lines_holding(text: str, pattern: re.Pattern[str]) -> list[int]:
    """The lines of *text* where *pattern* (which matches within a line) matches, in order: one
    search a line that holds a match, from the line break ending the line before it.

    >>> _lines_holding("a:12 b:34\\nc\\n\\nd:56", _TIMES[0])
    [0, 3]
    """
    out: list[int] = []
    line = pos = 0
    m = pattern.search(text)
    while m is not None:
        line += text.count("\n", pos, m.start())
        out.append(line)
        pos = text.find("\n", m.end())
        if pos < 0:
            break
        m = pattern.search(text, pos)
    return out


def _holds(text: str, word: str | tuple[str, ...]) -> bool:
    """``word in text``, found through its first character: ``str.find`` skips to each of them
    at ``memchr`` speed (a word of several characters is searched character by character),
    and past :data:`_HOLDS_WALK` of them the rest of the text is searched for the word. *word*
    may be a tuple of words opening with one character (:func:`_by_first`): whether *text*
    holds one of them, their character's places walked once for all.

    >>> _holds("某某公众号 微信：a 微信号：abcdef", "微信号"), _holds("微信 微博", "微信号")
    (True, False)
    >>> _holds("请理性发言", ("请文明", "请理性")), _holds("请勿发言", ("请文明", "请理性"))
    (True, False)
    """
    c = word[0][0]  # (a word's first character, or the first word's)
    i = text.find(c)
    for _ in range(_HOLDS_WALK):
        if i < 0:
            return False
        if text.startswith(word, i):
            return True
        i = text.find(c, i + 1)
    if isinstance(word, str):
        return i >= 0 and text.find(word, i) >= 0
    return i >= 0 and any(text.find(w, i) >= 0 for w in word)


def _by_first(words: Iterable[str]) -> tuple[str | tuple[str, ...], ...]:
    """*words* grouped by their first character, in the order of their first ones, a word alone
    as itself (each group one walk of :func:`_holds`).

    >>> _by_first(("评论", "跟帖", "留言", "跟贴"))
    ('评论', ('跟帖', '跟贴'), '留言')
    """
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w)
    return tuple(g[0] if len(g) == 1 else tuple(g) for g in groups.values())


#: :data:`_COMMENT_WORDS` and :data:`_COMMENT_FORM_CALLS` by their first character (跟帖 and 跟贴,
#: 请文明 and 请理性: one walk of :func:`_holds` each).
_COMMENT_WORD_GROUPS, _COMMENT_FORM_CALL_GROUPS = _by_first(_COMMENT_WORDS), _by_first(_COMMENT_FORM_CALLS)


def _holds_match(text: str, first: str, pattern: Any) -> bool:
    """``pattern.search(text) is not None`` for a *pattern* each match of which opens with the
    character *first* (so starts where one stands): a match is tried at each of them, found by
    ``str.find`` at ``memchr`` speed (a search by ``re`` tests every character of the text in its
    loop), and past :data:`_HOLDS_WALK` of them the rest of the text is searched.

    >>> _holds_match("[1] 甲](乙", "]", _MD_LINK_START), _holds_match("[1] 甲] 乙", "]", _MD_LINK_START)
    (True, False)
    """
    i = text.find(first)
    for _ in range(_HOLDS_WALK):
        if i < 0:
            return False
        if pattern.match(text, i) is not None:
            return True
        i = text.find(first, i + 1)
    return i >= 0 and pattern.search(text, i) is not None


def _comment_heads(text: str, ctx: Context, verdicts: list[Verdict]) -> list[int]:
    """Kept lines that are headers of a comment thread: short, no sentence in them, a date
    with a time of day and something else (a name, re: and the title), on a page with
    :data:`COMMENT_MIN_HEADS` or more of them (one such line is a page's metadata).

    A one-line comment (name: sentences, then the date-time) has the shape of a transcript's or
    a consultation excerpt's line too: it counts only in a thread that a comment opener (网友跟帖(5),
    共3条评论) or a dropped widget line opens, each line under the opener, a header or a dropped
    line between them (:func:`_thread_evidence`)."""
    # (a date-time's colon is the folded lines' only one, before two digits: the lines holding
    # one are found by a search of the folded lines joined, one a line; a header is one of them,
    # so with fewer than a thread's headers, most pages, nothing more is read: a search of the
    # text for its times of day, which stops at the third only, reads the whole of those pages)
    timed = _lines_holding(_folded_text(ctx), _TIMES[0])
    if len(timed) < COMMENT_MIN_HEADS or not _times_at_least(text, COMMENT_MIN_HEADS):
        return []
    found: list[int] = []
    live: list[int] = []  # (the headers and one-line comments a thread's opener leads down to)
    lines = ctx.lines
    for i in timed:
        s = lines[i]
        if not (verdicts[i].keep and COMMENT_HEAD_MIN < len(s) <= COMMENT_LINE_MAX):
            continue
        m = _DATE_TIME.search(s)
        if m is None or not (m.start() > 0 or m.end() < len(s)) or _NOTICE_FIELD.search(s, 0, m.start()):
            continue  # (a date-time alone, its seconds too, is no header: a process's step time)
        if len(s) <= COMMENT_HEAD_MAX and not ("。" in s or ";" in s):
            found.append(i)
            if _thread_evidence(lines, verdicts, i, live):
                live.append(i)
        elif (_DATE_TIME_END.match(s, m.end()) is not None and _COMMENTER.match(s) is not None
              and _thread_evidence(lines, verdicts, i, live)):
            found.append(i)
            live.append(i)
    return found if len(found) >= COMMENT_MIN_HEADS else []


#: A short line heading the comments with their count or none (网友跟帖(5), 评论（3）, 全部留言).
_COMMENTS_HEAD = re.compile(r"^.{0,6}(?:评论|留言|跟帖|跟贴|回复)\s*(?:[(（\[【]\s*\d+\s*[)）\]】])?$")


def _second_post(lines: list[str], kept: list[bool], heads: list[int]) -> int:
    """The header of a thread's second post: the first of *heads* after the first with a
    non-blank line the rules kept between it and the header above it. Headers with none between
    head one post (a forum's floor: 发表于 … | 只看该作者, then 本帖最后由 … 于 … 编辑 over its text).

    >>> _second_post(["", "h", "h", "", "a", "h", "b"], [True, False, False, True, True, False, True], [1, 2, 5])
    5
    """
    for a, b in itertools.pairwise(heads):
        if any(lines[i] and kept[i] for i in range(a + 1, b)):
            return b
    return heads[1]


def _thread_evidence(lines: list[str], verdicts: list[Verdict], i: int, found: list[int]) -> bool:
    """Whether the line above *i* (blank lines skipped) opens or goes on with a comment thread:
    a comment opener, a dropped widget line (vote buttons, a reply button), a line of *found*
    (the thread's lines so far), or a line a line rule dropped (a reply's byline) right under one."""
    j = _nonblank(lines, i, -1)
    if j is None:
        return False
    if (found and found[-1] == j) or _COMMENTS_OPEN.search(lines[j]) or _COMMENTS_HEAD.match(lines[j]):
        return True
    if verdicts[j].keep:
        return False
    if verdicts[j].rule == "widget":
        return True
    k = _nonblank(lines, j, -1)
    return bool(found) and found[-1] == k


def _line_rules(ctx: Context, rules: Sequence[Rule]) -> bool:
    """Fill ``ctx.verdicts`` with the line rules' verdicts (rules of a user's own: every rule
    that can drop a line of its length walked on it; the built-in rules: :func:`_gated_rules`).
    True when *rules* are the built-in rules (:data:`RULES` as the module made it)."""
    if len(rules) == len(_KEEP_ALIVE) and all(map(operator.is_, rules, _KEEP_ALIVE)):
        _gated_rules(ctx)
        return True
    plan = _Plan(rules)
    key_of, top = plan.key_of, plan.top
    for i, s in enumerate(ctx.lines):
        if not s:
            ctx.verdicts[i] = KEEP
            continue
        n = len(s)
        _walk(ctx, i, plan.lists[n >= 20 and ("。" in s or ";" in s)][key_of[n] if n < len(key_of) else top], ctx.prev_tag(i))
    return False


def _gated_rules(ctx: Context) -> None:
    """``ctx.verdicts`` with the built-in rules, behind the gate (:class:`_Gate`).

    A line's verdict (and the tag it leaves) depends on the line, the tag left on the previous
    non-blank line and whether that line was a control (see :class:`PunctuationOnly`) only: a
    short line met again in the same context (menus, widgets and link titles repeat within a
    page) takes the verdict it had the first time. A line without marks (:meth:`_Gate.marked`)
    is kept unless the line above leaves it a context: only the lines with marks are read, each
    followed by the lines without marks under it that a context reaches (the line above left a
    tag or was a control), until one leaves none. The context a line read leaves is carried to
    the next line read (a line not read leaves none), not looked up again. A sentence with 。
    is kept, whatever its context, unless its marks hold one of :attr:`_Gate.prose_bits` and
    :meth:`_Gate.prose_may_drop` lets it through (most paragraphs: one test of their bits).
    The lines without marks under a related-article block (most lines a context reaches: its
    link titles) are read as one run (:func:`_link_titles`), not each through the look-ups here.
    """
    plan, gate = _default_plan(), _gate()
    lists, cached = plan.lists, plan.cached
    key_of, top, n_keys = plan.key_of, plan.top, len(plan.key_of)
    may_drop, prose_may_drop, bits, prose_bits = gate.may_drop, gate.prose_may_drop, gate.bits, gate.prose_bits
    lines, out, tags, prev = ctx.lines, ctx.verdicts, ctx.tags, ctx._prev
    marked = gate.marked(lines, joined=ctx.joined)
    out[:] = [KEEP] * len(out)
    controls, leftover_max = PunctuationOnly._controls, PunctuationOnly.leftover_max
    seen: dict[tuple[str, object, bool], tuple[Verdict, object, bool]] = {}
    end = len(lines)
    last, last_tag, last_ctl = -1, None, False  # the line read last, its tag, a control?
    for i in itertools.compress(range(end), marked):
        while True:
            s, m = lines[i], marked[i]
            n = len(s)
            tag, ctl = (last_tag, last_ctl) if prev[i] == last else (None, False)
            last, last_tag, last_ctl = i, None, False
            if n >= 20 and "。" in s:
                if not (m & prose_bits and prose_may_drop(s, m)):
                    break  # (kept: no mark, stray start or read-more end)
                is_sentence = True
            else:
                is_sentence = n >= 20 and ";" in s
            if is_sentence or n > 150:
                key = key_of[n] if n < n_keys else top
                checks = plan.checks(is_sentence, key, m, plan.kind(tag), ctl, bits) if n <= 150 else lists[is_sentence][key]
                last_ctl = _walk(ctx, i, checks, tag).rule in controls
                last_tag = tags[i]
            else:
                seen_key = (s, tag, ctl)
                if (hit := seen.get(seen_key)) is None:
                    if m:
                        m = may_drop(s, m)  # (0: no rule drops it alone, only context can)
                    # (after a control the one rule live, PunctuationOnly, drops a line without its
                    # bit only as the control's leftover, of leftover_max characters at most)
                    if not m and tag is None and (not ctl or n > leftover_max):
                        seen[seen_key] = KEEP, None, False
                        break
                    kind = (tag[0],) if isinstance(tag, tuple) else tag  # (plan.kind(tag), without its call)
                    checks = cached.get((False, key_of[n], m, kind, ctl)) or plan.checks(False, key_of[n], m, kind, ctl, bits)
                    v = _walk(ctx, i, checks, tag)
                    last_tag, last_ctl = tags[i], v.rule in controls
                    if ctx.positional:  # (a verdict of where the line stands: no copy's)
                        ctx.positional = False
                    else:
                        seen[seen_key] = v, last_tag, last_ctl
                else:
                    out[i], tags[i] = hit[0], hit[1]
                    last_tag, last_ctl = hit[1], hit[2]
            if last_tag is None and not last_ctl:
                break
            i += 1  # (the next non-blank line, unless it has marks: then it is read in its turn)
            while i < end and not lines[i]:
                i += 1
            if i == end or marked[i]:
                break
            if last_tag in _RELATED and not last_ctl:  # (a block's link titles without marks: one run)
                i, last = _link_titles(ctx, i, last, marked)
                last_tag = tags[last]
                if i == end or marked[i]:
                    break


def _link_titles(ctx: Context, i: int, last: int, marked: Sequence[int]) -> tuple[int, int]:
    """Read on from line *i* (non-blank, without marks) as the link titles of the block that
    line *last* (the line read last, not a control) leaves open (its tag one of ``_RELATED``):
    each line without marks that :meth:`Related.link_title` takes (no longer than ``title_max``,
    no sentence) is dropped as one, with the tag it leaves, until a line with marks, one it does
    not take or the end. The first line not taken and the last line taken (*last* if none).

    The run is :func:`_gated_rules`' own reading of those lines, without its per-line look-ups:
    a line without marks has no rule that drops it alone, and the only rule a block's tag keeps
    live is :class:`Related` (:meth:`Rule.context_live`), whose check drops a short line under
    the block as a link title when :meth:`Related.link_title` takes it and keeps it otherwise.

    >>> ctx = Context.of("相关阅读\\n某县召开会议\\n\\n某县教育动态\\n" + "正文一段，写得很长的句子。" * 3)
    >>> ctx.tags[0] = "related"
    >>> _link_titles(ctx, 1, 0, [1, 0, 0, 0, 0]), ctx.tags[:4], ctx.verdicts[3].rule
    ((4, 3), ['related', 'related', None, 'related'], 'related')
    """
    lines, tags, out, end = ctx.lines, ctx.tags, ctx.verdicts, len(ctx.lines)
    tag, title_max, link_title, verdict = tags[last], Related.title_max, Related.link_title, Related._LINK_TITLE
    while len(s := lines[i]) <= title_max and "。" not in s and ";" not in s and (took := link_title(ctx, i, tag)):
        out[i], tags[i], tag, last = verdict, took, took, i
        i += 1
        while i < end and not lines[i]:
            i += 1
        if i == end or marked[i]:
            break
    return i, last


def _walk(ctx: Context, i: int, checks: Sequence[Any], tag: object) -> Verdict:
    """Line *i*'s verdict, set in ``ctx.verdicts``: the first of *checks* that drops it, else
    kept (*tag*: the tag on the line above, :meth:`Context.prev_tag`)."""
    for check in checks:
        v = check(ctx, i)
        if v is not None and not v.keep:
            ctx.verdicts[i] = v
            if v.rule in _INSIDE_BLOCKS and tag in _RELATED and ctx.tags[i] is None:
                # a block of links runs on through its dates, counters, images; a paginated article's
                # list of its pages through its pager (上一页 1 2 3 下一页), still its page links only
                ctx.tags[i] = tag if tag in _PAGE_NUMBER else "related"
            return v
    ctx.verdicts[i] = KEEP
    return KEEP


def drop_spam_lines(text: str, rules: Sequence[Rule] | None = None) -> str:
    """The lines of *text* that :func:`classify_lines` keeps, unchanged (simplified script
    expected: see there).

    >>> drop_spam_lines("正文。\\n沪ICP备2022005074号")
    '正文。'
    >>> drop_spam_lines("首页 > 教育 > 正文\\n标题\\n(资料图)\\n正文第一段。")
    '标题\\n正文第一段。'
    """
    text = check_text(text, "drop_spam_lines")
    lines = text.split("\n")
    return "\n".join(ln for ln, v in zip(lines, classify_lines(text, rules)) if v.keep)
