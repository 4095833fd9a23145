"""Mojibake repair for Chinese web text, span by span, decided by a plausibility score.

Clean text costs one scan with one precompiled character class; only lines where it finds a
sign of damage are looked at. The repairs, each only where it is found (a page usually has one
bad line), are reported by :func:`explain_mojibake` with these kinds:

* ``utf8-as-latin``: UTF-8 read as Latin-1 / cp1252 / MacRoman ("cafÃ©"), by ftfy's
  ``fix_encoding`` (which never folds width, uncurls quotes, normalises or unescapes), called
  only on lines where a lead byte is followed by a continuation byte; also Chinese UTF-8 read
  as cp1252 when ftfy finds it too short to judge ("å½¢" -> "形");
* ``utf8-as-gbk``: UTF-8 bytes decoded as GBK / GB18030 / cp936 ("鏁欒偛閮ㄥ嵃鍙戦€氱煡"); in
  such a line also pinyin letters and NBSP next to ASCII text ("gu贸" -> "guó", "聽" -> NBSP);
* ``utf8-as-big5``: UTF-8 bytes decoded as Big5 / cp950 (mostly lossy: Big5 rejects half of
  the continuation bytes);
* ``gbk-as-latin``: GBK bytes decoded as Latin-1 / cp1252 ("ÖÐ¹úÈËÃñ"), then in the same line
  single characters too ("2021Äê" -> "2021年"), and a number's unit alone on a Chinese line
  ("2026Äê5月" -> "2026年5月": a unit the number reader knows; not those whose GBK bytes are a
  European letter's UTF-8, 位 Î» being λ); GB18030's four-byte characters in it (the
  extensions' Han, letters and symbols GBK lacks: ñ, •, ™);
* ``big5-as-latin``: Big5 bytes of traditional text decoded as Latin-1 / cp1252 ("¥x¥_¥«" ->
  "台北市"), where the line does not read as GBK; runs of three characters at least whose lead
  bytes are mostly Latin-1 symbols, not letters (Latin words in capitals read as Big5 too); read
  as Big5-HKSCS where Big5 lacks a pair;
* ``gbk-shifted``: GBK read one byte late after a lost byte, back in step at an ASCII byte
  ("?!保ㄠl" -> "\ufffd”（鄉", a full-width ！ folded to "!" after the damage);
* ``lossy``: lossy markers, see below.

A candidate span is re-encoded and re-decoded, and the result replaces it only when the bytes
form valid UTF-8 (or GBK) and a plausibility score improves clearly. The score is computed for
a simplified and for a traditional profile: common characters (GB2312 level 1 or Big5 level 1,
derived from the codecs; CJK punctuation and GB2312 symbol rows 1-3) cost nothing, other Han
characters cost 1, rare blocks, kana, bopomofo and box drawing more, private-use, unassigned and
control characters reject a reading. Rare but real characters (骉, 龘, 涓涓) do not form such
byte sequences by accident, so correct text is left as it is.

Bytes that were lost are never invented: a character whose bytes are incomplete becomes one
:data:`MARKER` (U+FFFD), one per character. A GBK decoder drops one byte per U+FFFD, and only
before certain next bytes: a character that kept two of its three bytes is restored when exactly
one value of the lost byte makes a common character (、 from E3 ?? 81), or when its neighbours
make one candidate clearly the likeliest (bundled character-pair counts, see :mod:`._charfreq`;
neighbours that lost a byte too are weighed together), else marked. Lossy markers (U+FFFD runs, "锟斤拷" runs, runs of three or more 烫 or
屯) are kept (``lossy="keep"``), replaced by one :data:`MARKER` per run (``"mark"``) or dropped
(``"drop"``), and always reported (``kind`` contains ``lossy``, ``Repair.lost`` counts them).

Full-width ， 。 ： ； ！ （ ） ？ (what fix_punctuation_width makes of ASCII marks) are two
continuation bytes in GBK: after a character cut at its lead byte they complete it ("浣犲，":
你 and 壬, or 你 cut, then a comma). A repair reads such a mark as bytes only inside the damage
and where the text on one side of it is repaired with the mark read as punctuation too;
otherwise the mark stays punctuation, exactly as its ASCII form would, so normalize() never
swallows a comma it widened itself.

Known limits: a lone "聽" or "贸" in a line with no other damage stays (they are real
characters); short traditional damage (two characters) is sometimes left as it is; text whose
UTF-8 lost bytes to a Big5 decoder (about half of its continuation bytes) comes back only
in the characters whose bytes survived, or lost one that can be told, the rest marked; 壬, 棺, 磨
(and other characters ending in such a mark's bytes) as the last character of the damage are
read as a cut character and the mark; 档 and 衣 (before "。") only where the damage before them
is neither repaired on its own nor read whole to them (a stray byte before), then the mark is a
full stop after a cut character, as its ASCII "." is.
"""

from __future__ import annotations

import codecs
import dataclasses
import functools
import itertools
import math
import string
import threading
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib.util import find_spec
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from . import _re as re

if TYPE_CHECKING:
    import ftfy

from . import _diskcache
from ._charfreq import chain_score, frequent, guessable, likeliest, margin
from ._codepoints import EVIDENCE_SHIFT, WS_BIT, codepoints, lookup, remember_flags, spliced_flags
from ._codepoints import class_table as _class_table
from ._util import char_class_body, check_text, lazy, splice

__all__ = ["LOSSY_MODES", "MARKER", "Repair", "explain_mojibake", "fix_mojibake"]

#: The visible marker for lost bytes (``lossy="mark"`` and truncated repairs).
MARKER = "\ufffd"
#: Accepted values of the ``lossy`` option.
LOSSY_MODES = ("keep", "mark", "drop")


@dataclass(frozen=True)
class Repair:
    """One repair: the span ``[start, end)`` of the input, what was there, what replaced it.

    ``kind`` names the damage (``utf8-as-latin``, ``utf8-as-gbk``, ``utf8-as-big5``,
    ``gbk-as-latin``, ``big5-as-latin``, ``gbk-shifted``, ``lossy``); repairs that touched the same span are joined
    with ``+``.
    ``lost`` counts lossy markers in ``after`` (or removed from it by ``lossy="drop"``).
    """

    start: int
    end: int
    before: str
    after: str
    kind: str
    lost: int = 0


# --------------------------------------------------------------------------- character tables


def _decode_pairs(codec: str, leads: range, trails: list[int]) -> set[str]:
    out = set()
    for b1 in leads:
        for b2 in trails:
            try:
                c = bytes((b1, b2)).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(c) == 1:
                out.add(c)
    return out


_CONT = list(range(0x80, 0xC0))
_LEAD3 = range(0xE0, 0xF0)
_ANY_TRAIL = list(range(0x40, 0x7F)) + list(range(0x80, 0xFF))
# Bytes that can start a GBK / Big5 pair inside a UTF-8 stream: continuation bytes and leads.
_UTF8_LEADS = list(range(0xC2, 0xF5))

_CJK_PUNCT = (
    "，。、；：？！“”‘’《》〈〉（）【】〔〕「」『』—…·～－％＋＝／￥·•　"
)


def _base_common() -> set[str]:
    # GB2312 rows 1-3: CJK punctuation and symbols, numbered forms (①, ⑴, Ⅴ), full-width ASCII;
    # rows 4-9 (kana, Greek, Cyrillic, bopomofo, box drawing) are rare in Chinese text
    chars = _decode_pairs("gb2312", range(0xA1, 0xA4), list(range(0xA1, 0xFF)))
    chars |= set(_CJK_PUNCT)
    chars |= {chr(c) for c in range(0xFF01, 0xFF5F)}  # full-width ASCII forms
    chars |= {chr(c) for c in range(0x20, 0x7F)} | {"\n", "\t"}
    return chars


@lazy
def _profiles() -> tuple[frozenset[str], frozenset[str]]:
    """Common characters of simplified and of traditional text (plus CJK punctuation, ASCII).

    Derived from Python's codecs: GB2312 level 1 (rows 0xB0-0xD7, the 3755 most used hanzi) and
    Big5 level 1 (0xA440-0xC67E, the 5401 most used hanzi); the score uses the profile that
    suits the repaired text, so a traditional character is not "common" in a simplified repair.
    """
    simp = _decode_pairs("gb2312", range(0xB0, 0xD8), list(range(0xA1, 0xFF)))
    trad = _decode_pairs("big5", range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))
    base = _base_common()
    return frozenset(simp | base), frozenset(trad | base)


@lazy
def _common() -> frozenset[str]:
    """Characters common in either simplified or traditional text."""
    simp, trad = _profiles()
    return simp | trad


_EMOJI_OLD, _EMOJI_OLD_END = 0x2600, 0x27BF  # Miscellaneous Symbols, Dingbats
_EMOJI_SELECTORS = frozenset((0xFE0E, 0xFE0F))  # text and emoji presentation


def _cost(c: str, common: frozenset[str]) -> float:
    """How implausible one character is in Chinese text (0 = common)."""
    if c in common:
        return 0.0
    cp = ord(c)
    if c == MARKER:
        return 3.0
    if 0x4E00 <= cp <= 0x9FFF:
        return 1.0
    cat = unicodedata.category(c)
    if cat in ("Co", "Cn", "Cs", "Cc", "Cf"):
        return 4.0
    if 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF or cp >= 0x20000:
        return 2.0
    if 0xAC00 <= cp <= 0xD7A3 or 0x1F300 <= cp <= 0x1FAFF or _EMOJI_OLD <= cp <= _EMOJI_OLD_END or cp in _EMOJI_SELECTORS:
        # Hangul syllables (a Korean name in a Chinese page) and emoji (common in posts and
        # titles now; ✅ ❌ ⚠ ☀ of the older symbol blocks, and the selector after them, ⚠️):
        # as likely as a rare Han character, no likelier
        return 1.0
    if 0x3040 <= cp <= 0x31BF or 0x2500 <= cp <= 0x257F or 0xAC00 <= cp <= 0xD7AF:
        return 3.0  # kana, bopomofo, box drawing, Hangul jamo: in Chinese text, mojibake
    if 0x3000 <= cp <= 0x303F or 0xFF00 <= cp <= 0xFFEF or 0x2000 <= cp <= 0x206F:
        return 1.0
    if cp < 0x250:  # Latin letters with diacritics, Latin-1 symbols
        return 1.0
    return 2.0  # kana, bopomofo, box drawing, Greek, Cyrillic, other symbols in a Chinese text


class _CostCodes(dict):
    """``str.translate`` table: character -> chr(cost), filled on first sight of a character."""

    def __init__(self, common: frozenset[str]) -> None:
        super().__init__()
        self.common = common

    def __missing__(self, cp: int) -> str:
        code = chr(int(_cost(chr(cp), self.common)))
        self[cp] = code
        return code


@lazy
def _cost_codes(common: frozenset[str]) -> _CostCodes:
    return _CostCodes(common)


def _costs(s: str, common: frozenset[str]) -> bytes:
    """The cost of every character of *s*, one byte each (C-speed after the first sight)."""
    return s.translate(_cost_codes(common)).encode("latin-1")


def _score(s: str, common: frozenset[str]) -> float:
    return float(sum(_costs(s, common)))


# --------------------------------------------------------------------------- UTF-8 as GBK / Big5

_LOST_IN = "?\ufffd"  # what decoders leave for a byte they could not decode


@dataclass(frozen=True)
class _Codec:
    kind: str
    codec: str
    gate: re.Pattern[str]  # a likely mojibake pair: (UTF-8 lead, continuation) + next pair
    run: re.Pattern[str]  # maximal candidate runs
    table: dict[int, str]  # str.translate: lost-byte markers -> surrogate escapes
    one_byte: frozenset[str]  # run characters that stand for one byte
    strong: frozenset[str]  # what (3-byte lead, continuation) pairs decode to
    run_class: str  # the class body of a run's characters (see _outside)
    #: in a line already found damaged: accept a repair to common characters however short
    relaxed: bool = False
    #: the class bodies of ``gate``'s two characters (for :func:`_pair_starts`)
    gate_classes: tuple[str, str] = ("", "")


def _codec_spec(kind: str, codec: str, euro_is_0x80: bool) -> _Codec:
    key = (_diskcache.source_key(__file__),)
    strong, classes = _diskcache.cached(
        f"codec-{codec}-{euro_is_0x80}", key, lambda: _codec_classes(codec, euro_is_0x80)
    )
    table = {ord("?"): "\udcff", ord("\ufffd"): "\udcff"}
    one = set(_LOST_IN)
    if euro_is_0x80:  # cp936 decodes a lone byte 0x80 as the euro sign
        table[ord("€")] = "\udc80"
        one.add("€")
    follow, strong_cls, members_cls, run_cls = classes
    gate = re.compile(f"[{strong_cls}][{follow}\\ufffd?]")
    run = re.compile(f"[{members_cls}][{run_cls}]*")
    return _Codec(
        kind, codec, gate, run, table, frozenset(one), strong, run_cls,
        gate_classes=(strong_cls, f"{follow}\ufffd?"),
    )


@functools.cache
def _outside(run_class: str) -> re.Pattern[str]:
    """A character that cannot be in a run (compiled on first need)."""
    return re.compile(f"[^{run_class}]")


def _run_start(text: str, h: int, run_class: str) -> int:
    """Where the characters of *run_class* before *h* begin: after the last character of
    *text* before *h* outside the class, else 0. The text before *h* is read backwards in
    growing windows (a reversed copy searched forwards: ``re`` tests a large class with a
    table look-up, where a reverse ``regex`` search pays ~70,000 instructions a call)."""
    outside = _outside(run_class)
    width = 32
    while True:
        lo = max(0, h - width)
        m = outside.search(text[lo:h][::-1])
        if m is not None:
            return h - m.start()
        if lo == 0:
            return 0
        width *= 4


def _codec_classes(codec: str, euro_is_0x80: bool) -> tuple[frozenset[str], tuple[str, ...]]:
    """What *codec* decodes (lead, continuation) pairs to (the strong pairs), and the class
    bodies of :func:`_codec_spec`'s patterns (plain data: kept by :mod:`govtext._diskcache`)."""
    strong = _decode_pairs(codec, _LEAD3, _CONT)  # (3-byte lead, continuation) pairs
    # Pairs that start with a continuation byte, or with a lead of 2/4-byte sequences.
    weak = _decode_pairs(codec, range(0x81, 0xC0), _ANY_TRAIL)
    weak |= _decode_pairs(codec, range(0xC2, 0xF5), _CONT)
    ascii_ = {chr(c) for c in range(0x80)}
    strong -= ascii_
    weak -= ascii_
    members = strong | weak
    if euro_is_0x80:
        members.add("€")
    # after a (lead, continuation) pair comes the sequence's last byte: a continuation byte
    after_pair = _decode_pairs(codec, range(0x81, 0xC0), _ANY_TRAIL) - ascii_
    follow = char_class_body(after_pair | {"€"} if euro_is_0x80 else after_pair)
    classes = (
        follow, char_class_body(strong), char_class_body(members),
        char_class_body(members | set(_LOST_IN)),
    )
    return frozenset(strong), classes


@lazy
def _codecs() -> tuple[_Codec, ...]:
    return (
        _codec_spec("utf8-as-gbk", "gb18030", euro_is_0x80=True),
        _codec_spec("utf8-as-big5", "cp950", euro_is_0x80=False),
    )


_W = (
    rb"(?:\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xef[\xa4-\xbf][\x80-\xbf]"  # U+F900-U+FFFF; private use (U+E000-U+F8FF) is left out
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2})"
)
_T = rb"(?:[\xc2-\xdf][\x80-\xbf])"
# A run of UTF-8 that starts and ends with a 3- or 4-byte sequence (2-byte ones only inside).
_UTF8_RUN = re.compile(_W + rb"(?:" + _T + rb"*" + _W + rb")*")
_MARKERS = re.compile("\ufffd+")
# Valid UTF-8 (surrogates excluded), for :func:`_decode_marking`.
_UTF8_VALID = re.compile(
    rb"(?:[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]"
    rb"|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2})+"
)


def _decode_marking(data: bytes) -> str:
    """*data* decoded as UTF-8, each stretch of bytes that is not UTF-8 (damaged or lost
    characters) replaced by one :data:`MARKER` per character it held: a Chinese character is
    three bytes (a lost byte counts as one), so ``round(n / 3)`` marks, at least one."""
    out = []
    pos = 0
    for m in _UTF8_VALID.finditer(data):
        if m.start() > pos:
            out.append(MARKER * max(1, round((m.start() - pos) / 3)))
        out.append(m.group().decode("utf-8"))
        pos = m.end()
    if pos < len(data):
        out.append(MARKER * max(1, round((len(data) - pos) / 3)))
    return "".join(out)
_MAX_GAP = 6  # bytes of damage between two valid runs that still make one repair


_NON_ASCII_UTF8 = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


# UTF-8 sequences each cut short (a lead byte, fewer continuation bytes than it needs): what a
# decoder with errors="ignore" leaves of characters whose other bytes it dropped silently.
_SHORT_SEQS = re.compile(rb"(?:[\xc2-\xdf]|[\xe1-\xef][\x80-\xbf]?|[\xf0-\xf4][\x80-\xbf]{0,2})+")


def _lost_gap(gap: bytes) -> bool:
    """Whether *gap*, bytes between two runs of UTF-8, is damage inside one repair: a few
    bytes with a lost one (0xFF), only damage (:func:`_all_damage`), or a few sequences cut
    short with no marker (bytes dropped silently: 确 read as 纭, its last byte gone)."""
    if len(gap) <= _MAX_GAP and (0xFF in gap or _SHORT_SEQS.fullmatch(gap) is not None):
        return True
    return _all_damage(gap)


def _all_damage(data: bytes) -> bool:
    """Bytes with a lost one (0xFF), no ASCII and no whole non-ASCII UTF-8 character."""
    return (
        0xFF in data
        and max(data) >= 0x80
        and min(data) >= 0x80
        and _NON_ASCII_UTF8.search(data) is None
    )


# Bytes that can be what is left of cut UTF-8 characters: continuation bytes (three at most)
# only after a lead byte or a lost one, or at the start when *open_* (see _cut_damage).
_CUT = re.compile(rb"(?:[\xc2-\xf4\xff][\x80-\xbf]{0,3})*")
_CUT_OPEN = re.compile(rb"[\x80-\xbf]{0,3}" + _CUT.pattern)


def _cut_damage(data: bytes, open_: bool) -> bool:
    """:func:`_all_damage`, and *data* only the remains of cut characters, not GBK characters
    made of continuation bytes (——, ：, 啊) that a lost byte next to them would have a repair
    swallow. *open_*: continuation bytes may begin *data* (the start of a run, or after a
    lost byte)."""
    return _all_damage(data) and (_CUT_OPEN if open_ else _CUT).fullmatch(data) is not None


def _cut_head(data: bytes, start: int, run: str) -> bool:
    """Whether the bytes of a run that starts a line, before *start* (where its UTF-8 begins),
    are the tail of a character the line's start cut (a stream cut inside a character): one
    or three continuation bytes, so that the first GBK character holds them and the UTF-8
    lead byte after them (勯: 84 E9, a tail byte and 项's lead), a character that is common
    in neither simplified nor traditional text. A common one (间: BC E4, 啊, ：, ——) is text
    before the damage: it stays as it is. So does a whole GBK character before *start* (悇:
    90 84, or a clean 溈: 9C BF): two continuation bytes may be the tail of a cut character,
    but they may as well be a rare character of the text, and clean text is never lost."""
    if start not in (1, 3) or not all(0x80 <= b <= 0xBF for b in data[:start]):
        return False
    return run[0] not in _common()


def _tail_end(data: bytes, end: int, bounds: Container[int]) -> int:
    """Extend a repair over the truncated sequences cut by lost bytes or by the end of the run,
    and the lost bytes between them ("新" then E8, two lost bytes, E2 80 at the end: one
    repair, as when a widened mark after E2 80 completes a sequence and ends the span)."""
    k = end
    while k < len(data):
        start = k
        if 0xC2 <= data[k] <= 0xF4:
            need = 2 if data[k] < 0xE0 else 3 if data[k] < 0xF0 else 4
            p = k + 1
            while p < len(data) and p - k < need and 0x80 <= data[p] <= 0xBF:
                p += 1
            if p - k < need and (p == len(data) or data[p] == 0xFF):
                k = p
                # the lost bytes, then the continuation bytes that end the character they cut
                # (𠮷 read as F0 A0, a lost byte, B7: then 祥 cut after its lead byte E7)
                q = k
                while q < len(data) and data[q] == 0xFF:
                    q += 1
                while q < len(data) and q - start < need and 0x80 <= data[q] <= 0xBF:
                    q += 1
                if q - start == need:
                    k = q
        while k < len(data) and data[k] == 0xFF:
            k += 1
        if k == start:
            break
    while k > end and k not in bounds:  # never end inside a character
        k -= 1
    return k


class _Widths(dict):
    """``str.translate`` table: character -> chr(bytes it stands for in a run)."""

    def __missing__(self, cp: int) -> str:
        return "\x02"


@lazy
def _widths(one_byte: frozenset[str]) -> _Widths:
    table = _Widths()
    table.update({ord(c): "\x01" for c in one_byte})
    return table


def _euro_bytes(run: str, spec: _Codec) -> tuple[bytes, list[int]]:
    """Bytes of a run with euro signs: cp936 gives € for a lone 0x80, GB18030 for A2 E3.

    Decided right to left: A2 E3 when two continuation bytes follow (E3 then starts a UTF-8
    sequence; a lost byte may be one: "闈€" then two U+FFFD is 面 and a cut 、), else 0x80.
    """
    parts: list[bytes] = [b""] * len(run)
    for k in range(len(run) - 1, -1, -1):
        c = run[k]
        if c != "€":
            parts[k] = c.translate(spec.table).encode(spec.codec, "surrogateescape")
            continue
        nxt = b"".join(parts[k + 1 : k + 3])
        two_cont = len(nxt) >= 2 and all(0x80 <= b <= 0xBF or b == 0xFF for b in nxt[:2])
        parts[k] = b"\xa2\xe3" if two_cont else b"\x80"
    offs = [0]
    for part in parts:
        offs.append(offs[-1] + len(part))
    return b"".join(parts), offs


# --------------------------------------------------------------------------- lost bytes

#: The codec whose decoder is assumed to have lost the bytes: the narrowest of its family, so
#: that a pair it rejects is rejected by the others too (a byte lost under GB18030 or cp950 is
#: also lost under GBK or Big5).
_LOSS_CODEC = {"gb18030": "gbk", "cp950": "big5"}


#: A GBK run with lost bytes holding at least this many two-byte characters, all of them
#: GB2312's, was read by a GB2312 decoder (:func:`_loss_codec`). A GBK decoder reading UTF-8
#: makes a GB2312 character of less than half of its pairs, six in a row by chance about once
#: in 200 runs or less (none of 4,187 runs of 3,000 sentences of reports read so, where 3,323
#: of their 4,378 runs read by GB2312 have six); a short run (第一中学 read by GBK: four, all
#: GB2312's) is judged as GBK left it.
GB2312_RUN_MIN = 6


def _loss_codec(run: str, codec: str) -> str:
    """The decoder that lost the bytes of *run* (a run of the *codec* reading holding U+FFFD):
    GB2312's, which drops every byte below A1 and every pair it lacks, where GBK's pairs them,
    when the run holds :data:`GB2312_RUN_MIN` two-byte characters or more, none outside GB2312
    (a GBK decoder reading UTF-8 makes characters outside it of about half its pairs); else
    *codec*. Its lost bytes are then any of those: under GBK's narrower loss, the neighbours
    would choose among the wrong candidates (局 for 展 lost before E5: GBK pairs 95 E5)."""
    if _LOSS_CODEC.get(codec, codec) != "gbk" or MARKER not in run:
        return codec
    kept = run.replace(MARKER, "")
    try:
        two_byte = len(kept.encode("gb2312")) - len(kept)
    except UnicodeEncodeError:
        return codec
    return "gb2312" if two_byte >= GB2312_RUN_MIN else codec


def _in_gb2312(char: str) -> bool:
    """Whether GB2312 holds *char*."""
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@lazy
def _lost_before(codec: str) -> tuple[frozenset[int], ...]:
    """For each byte *y*: the bytes *x* >= 0x80 that *codec*'s decoder drops (one U+FFFD for
    *x* alone) when *y* follows: a lone 0x80 / 0xFF, or a pair (x, y) it cannot decode."""
    out = []
    for y in range(256):
        lost = set()
        for x in range(0x80, 0x100):
            try:
                c = bytes((x, y)).decode(codec)
            except UnicodeDecodeError:
                lost.add(x)
                continue
            if len(c) != 1:  # x alone was not a lead: decoded apart from y
                lost.add(x)
        out.append(frozenset(lost))
    return tuple(out)


def _char_ends_at(data: bytes, i: int) -> bool:
    """Whether a character of the byte reading ends right before *i* (or *i* is its start)."""
    if i <= 0 or data[i - 1] < 0x80 or data[i - 1] == 0xFF:
        return True
    for n in (3, 2, 4):
        if i >= n:
            try:
                if len(data[i - n : i].decode("utf-8")) == 1:
                    return True
            except UnicodeDecodeError:
                pass
    # a 3-byte character with one lost byte (0xFF) of its own
    if i >= 3 and data.count(0xFF, i - 3, i) == 1:
        a, b, c = data[i - 3 : i]
        return (a == 0xFF or 0xE1 <= a <= 0xEF) and all(v == 0xFF or 0x80 <= v <= 0xBF for v in (b, c))
    return False


def _char_starts_at(data: bytes, i: int) -> bool:
    return i >= len(data) or not 0x80 <= data[i] <= 0xBF


def _char_before(data: bytes | bytearray, i: int) -> str:
    """The character of the byte reading that ends right before *i*, or "" if none does."""
    j = i - 1
    while j >= 0 and i - j < 4 and 0x80 <= data[j] <= 0xBF:
        j -= 1  # back over continuation bytes to the lead
    if j < 0:
        return ""
    try:
        c = bytes(data[j:i]).decode("utf-8")
    except UnicodeDecodeError:
        return ""
    return c if len(c) == 1 else ""


def _char_after(data: bytes | bytearray, i: int) -> str:
    """The character of the byte reading that starts at *i*, or "" if none does."""
    if i >= len(data):
        return ""
    b = data[i]
    n = 1 if b < 0x80 else 2 if 0xC2 <= b <= 0xDF else 3 if 0xE0 <= b <= 0xEF else 4
    try:
        c = bytes(data[i : i + n]).decode("utf-8")
    except UnicodeDecodeError:
        return ""
    return c if len(c) == 1 else ""


@lazy
def _two_byte_chinese() -> re.Pattern[str]:
    """The characters of UTF-8's two-byte range that Chinese text holds: Latin-1's, the pinyin
    letters (ā ǎ ǖ ń), the bopomofo tone marks (ˇ ˉ ˊ ˋ ˙) and the Greek letters (α Ω)."""
    pinyin = char_class_body(set(_PINYIN_LATIN))
    return re.compile(f"[\u0080-\u00ff{pinyin}\u02c7-\u02d9\u0391-\u03a9\u03b1-\u03c9]")


def _clean_from(data: bytes | bytearray, i: int) -> bool:
    """Do the bytes from *i* start a character that no Chinese UTF-8 text has there: C0, C1,
    F5-FE, a lead byte before a byte that continues no sequence, or a two-byte character that
    Chinese text does not hold (:func:`_two_byte_chinese`; ũ, Cyrillic, IPA, Hebrew)? Then they
    are the clean text after the damage (也 D2 B2 after 系 cut short: a field damaged alone,
    decoded apart from what follows it), not bytes its decoder saw next to the one it lost,
    and tell nothing of that byte (系 E7 B3 BB was read as 糯, E7 B3 AF, a byte GBK cannot
    pair with D2).

    >>> _clean_from(bytes.fromhex("d2b2"), 0), _clean_from(bytes.fromhex("c0cf"), 0)
    (True, True)
    >>> _clean_from(bytes.fromhex("e4b8ad"), 0), _clean_from(bytes.fromhex("e9ff"), 0), _clean_from("×".encode(), 0)
    (False, False, False)
    """
    b = data[i]
    if b < 0xC0 or b == 0xFF:
        return False
    if b <= 0xC1 or b >= 0xF5:
        return True
    if i + 1 >= len(data) or data[i + 1] == 0xFF:
        return False  # (not told)
    if not 0x80 <= data[i + 1] <= 0xBF:
        return True
    return b <= 0xDF and _two_byte_chinese().match(bytes(data[i : i + 2]).decode("utf-8")) is None


@dataclass(slots=True)
class _Fit:
    """A character that fits the bytes around a lost one: its bytes start at *start* of the
    byte reading and need the value *x* at the lost byte."""

    start: int
    char: str
    x: int


def _fits(data: bytes | bytearray, p: int, codec: str) -> list[_Fit]:
    """The CJK characters the byte lost at *p* (0xFF in *data*) may complete: it is the lead,
    the second or the last byte of a 3-byte UTF-8 sequence whose other two bytes survived, and
    the decoder must have dropped it before the byte after it."""
    n = len(data)
    if p + 1 >= n:  # the end of the text or of the damage: cut, not dropped by the decoder
        return []
    if _clean_from(data, p + 1):  # clean text after the damage: its bytes tell nothing
        return []
    y = data[p + 1]
    dropped = _lost_before(_LOSS_CODEC.get(codec, codec))[y] if y != 0xFF else range(0x80, 0x100)
    cont = range(0x80, 0xC0)
    shapes = []  # (start, bytes before the lost one, bytes after it)
    if p >= 2 and 0xE2 <= data[p - 2] <= 0xEF and data[p - 1] in cont:
        if _char_ends_at(data, p - 2) and _char_starts_at(data, p + 1):
            shapes.append((p - 2, bytes(data[p - 2 : p]), b""))
    if p >= 1 and p + 1 < n and 0xE2 <= data[p - 1] <= 0xEF and data[p + 1] in cont:
        if _char_ends_at(data, p - 1) and _char_starts_at(data, p + 2):
            shapes.append((p - 1, bytes(data[p - 1 : p]), bytes(data[p + 1 : p + 2])))
    if p + 2 < n and data[p + 1] in cont and data[p + 2] in cont:
        if _char_ends_at(data, p) and _char_starts_at(data, p + 3):
            shapes.append((p, b"", bytes(data[p + 1 : p + 3])))
    return [
        _Fit(start, c, x)
        for start, head, tail in shapes
        for x, c in _completions(head, tail)
        if x in dropped and (codec != "gb2312" or _in_gb2312(c))  # GB2312 read GB2312's characters
    ]


@functools.lru_cache(maxsize=8192)
def _completions(head: bytes, tail: bytes) -> tuple[tuple[int, str], ...]:
    """The values of the byte between *head* and *tail* that make them one CJK character (or
    CJK punctuation) in UTF-8 that is common or counted by the pair table, with that character."""
    known = frequent()
    common = _common()
    out = []
    for x in range(0xE2, 0xF0) if not head else range(0x80, 0xC0):
        try:
            c = (head + bytes((x,)) + tail).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if (c >= "\u3000" or c in _CJK_PUNCT) and (c in known or c in common):
            out.append((x, c))
    return tuple(out)


def _one_common(fits: list[_Fit], common: frozenset[str]) -> int | None:
    """The lost byte when exactly one of *fits* is a common character."""
    found = {f.char: f.x for f in fits if f.char in common}
    return next(iter(found.values())) if len(found) == 1 else None


def _lost_byte(
    data: bytes | bytearray, p: int, codec: str, common: frozenset[str],
    context: tuple[str, str] = ("", ""),
) -> int | None:
    """The byte lost at *p* (0xFF in *data*, see :func:`_fits`) when exactly one value makes
    a common character, or one candidate is clearly the likeliest between the neighbours
    *context* (left, right; "" for unknown), by :func:`._charfreq.likeliest`."""
    fits = _fits(data, p, codec)
    x = _one_common(fits, common)
    if x is not None or not any(f.char in common for f in fits) or context == ("", ""):
        return x  # never a guess without a neighbour: a common character is no evidence
    k = likeliest([(context[0], f.char, context[1]) for f in fits])
    return None if k is None else fits[k].x


def _profile_of(data: bytes) -> frozenset[str]:
    """The common characters of the script the readable part of *data* is written in: simplified
    or traditional when its characters that only one script uses say so, else both."""
    from .script import simplified_chars, traditional_chars

    chars = set(data.decode("utf-8", "ignore"))
    simp = not chars.isdisjoint(simplified_chars())
    trad = not chars.isdisjoint(traditional_chars())
    if simp != trad:
        return _profiles()[0 if simp else 1]
    return _common()


_MAX_READINGS = 512  # combinations of candidates weighed together, at most


def _fill_lost(data: bytes, codec: str, around: tuple[str, str] = ("", "")) -> bytes:
    """*data* with each lost byte (0xFF) that can be told restored: first those that exactly
    one common character fits (:func:`_one_common`), then, in groups of lost bytes a few bytes
    apart (公路, 宾馆: two neighbours lost a byte each), those whose candidate is clearly the
    likeliest in every reading of the group's stretch (:func:`_fill_group`). A byte restored
    may make the bytes next to it readable: then again, a few rounds at most. *around*: the
    characters before and after the run; an ASCII one ("\\n" for the start or the end of the
    line) is a byte the decoder saw next to the run's bytes, and context."""
    if data.find(0xFF) < 0 or _depth():  # no guess inside a deeper reading
        return data
    pre, post = (c.encode() if len(c) == 1 and c.isascii() else b"" for c in around)
    buf = bytearray(pre + data + post)
    common = _profile_of(data)
    for _round in range(3):
        todo = _fill_one_common(buf, codec, common)
        groups: list[list[tuple[int, list[_Fit]]]] = []
        for item in todo:
            if groups and item[0] - groups[-1][-1][0] <= 4:
                groups[-1].append(item)
            else:
                groups.append([item])
        if not any([_fill_group(buf, group) for group in groups]):
            break
    return bytes(buf[len(pre) : len(pre) + len(data)])


def _fill_one_common(buf: bytearray, codec: str, common: frozenset[str]) -> list[tuple[int, list[_Fit]]]:
    """Restore in *buf* the lost bytes that exactly one common character fits (rounds: a byte
    restored may make its neighbours readable); return the others that a common character
    fits, with their candidates."""
    for _round in range(4):
        todo: list[tuple[int, list[_Fit]]] = []
        changed = False
        p = buf.find(0xFF)
        while p >= 0:
            fits = _fits(buf, p, codec)
            x = _one_common(fits, common)
            if x is not None:
                buf[p] = x
                changed = True
            elif any(f.char in common for f in fits):
                todo.append((p, fits))
            p = buf.find(0xFF, p + 1)
        if not changed:
            break
    return todo


_PAIRS = {"】": "【", "》": "《", "」": "「", "』": "『", "〕": "〔", "〉": "〈", "〗": "〖", "）": "（"}
#: each closing bracket's UTF-8 bytes and its opening one's
_PAIR_BYTES = {k: (k.encode(), v.encode()) for k, v in _PAIRS.items()}


def _open_closer(buf: bytearray, p: int, c: str, fits: list[_Fit]) -> bool:
    """Whether another candidate than *c* for the byte lost at *p* closes a bracket open in
    the bytes before it (the last of its pair there is the opening one) (【打印本页】【关闭窗口
    then E3 80 and a lost byte: 】 as likely as 。, whatever the counts say of 。 at the end of
    a line): then no candidate is guessed. A bracket's bytes are found as they are: a lead byte
    never continues another sequence, so they are the bracket in any reading of *buf*."""
    for f in fits:
        pair = _PAIR_BYTES.get(f.char)
        if pair is not None and f.char != c and buf.rfind(pair[1], 0, p) > buf.rfind(pair[0], 0, p):
            return True  # the last one opens
    return False


def _fill_group(buf: bytearray, group: list[tuple[int, list[_Fit]]]) -> bool:
    """Restore in *buf* the lost bytes of *group* (positions and their candidates) whose best
    reading of the stretch around them (:func:`._charfreq.chain_score`) beats every reading
    with another character there by :func:`._charfreq.margin`."""
    sizes = [len(fits) for _p, fits in group]
    if math.prod(sizes) > _MAX_READINGS:
        # too many together: each with the others unknown
        return any([_fill_group(buf, [item]) for item in group])
    if len(group) == 1:  # one lost byte: each candidate between its own neighbours
        p, fits = group[0]
        sides = {st: (_char_before(buf, st), _char_after(buf, st + 3)) for st in {f.start for f in fits}}
        options = [(sides[f.start][0], f.char, sides[f.start][1]) for f in fits]
        if not any(o[0] not in ("", "\n") or o[2] not in ("", "\n") for o in options):
            return False  # never a guess without a neighbour (a line break alone is none)
        k = likeliest(options)
        if k is not None and _open_closer(buf, p, fits[k].char, fits):
            k = None
        if k is not None:
            buf[p] = fits[k].x
        return k is not None
    lo = min(f.start for _p, fits in group for f in fits)
    hi = max(f.start for _p, fits in group for f in fits) + 3
    left, right = _char_before(buf, lo), _char_after(buf, hi)
    lo -= len(left.encode())
    hi += len(right.encode())
    best: list[dict[str, tuple[float, int]]] = [{} for _ in group]  # char -> (score, x)
    for combo in itertools.product(*(fits for _p, fits in group)):
        spans = sorted((f.start, f.start + 3) for f in combo)
        if any(a[1] > b[0] and a != b for a, b in itertools.pairwise(spans)):
            continue  # two candidates claim the same bytes
        trial = bytearray(buf[lo:hi])
        for (p, _), f in zip(group, combo):
            trial[p - lo] = f.x
        score = chain_score(trial.decode("utf-8", "replace"))
        for i, f in enumerate(combo):
            if score > best[i].get(f.char, (-math.inf, 0))[0]:
                best[i][f.char] = (score, f.x)
    changed = False
    for (p, fits), ranked in zip(group, best):
        order = sorted(((v[0], c, v[1]) for c, v in ranked.items()), reverse=True)  # score, char, x
        if (
            order
            and guessable(order[0][1])
            and (len(order) == 1 or order[0][0] - order[1][0] >= margin(order[0][1]))
            and not _open_closer(buf, p, order[0][1], fits)
        ):
            buf[p] = order[0][2]
            changed = True
    return changed


def _repair_run(
    run: str, base: int, spec: _Codec, out: list, tail_ok: bool = True,
    around: tuple[str, str] = ("", ""),
) -> None:
    """Find the UTF-8 spans in one candidate run and keep the repairs that score better.

    A euro sign stands for the byte 0x80 (cp936) or for A2 E3 (GB18030). :func:`_euro_bytes`
    guesses per sign; when that reading differs from "all 0x80", both are tried and the caller
    keeps, where their repairs overlap, the one that gains most (一一 then 党 read as GBK:
    涓€涓€党, where the guess reads 一丢 and a rare character).
    """
    # the run starts the line or a tag's text (after ">": a text node cut inside a character),
    # or ends the line or before an ASCII byte below any GBK or Big5 trail byte (a digit, a
    # blank, ASCII punctuation, a tag's "<": "." after a cut 文): it may start or end inside a
    # cut character. (Not after any such byte: a run's start is tested on every run read, and
    # runs after digits and blanks are most runs of clean text: ~0.2% of normalize, measured.)
    head = around[0] in _HEAD_AFTER
    end = len(around[1]) == 1 and around[1] < _FIRST_TRAIL
    lost_by = _loss_codec(run, spec.codec)
    if "€" in run and ord("€") in spec.table:
        data, offs = _euro_bytes(run, spec)
        _repair_bytes(run, base, spec, out, tail_ok, _fill_lost(data, lost_by, around), offs, head, end=end)
        plain = run.translate(spec.table).encode(spec.codec, "surrogateescape")
        if plain != data:
            _repair_bytes(
                run, base, spec, out, tail_ok, _fill_lost(plain, lost_by, around), [], head, end=end
            )
        return
    data = run.translate(spec.table).encode(spec.codec, "surrogateescape")
    _repair_bytes(run, base, spec, out, tail_ok, _fill_lost(data, lost_by, around), [], head, data, end)


def _repair_bytes(
    run: str, base: int, spec: _Codec, out: list, tail_ok: bool, data: bytes, offs: Sequence[int],
    head: bool = False, raw: bytes | None = None, end: bool = False,
) -> None:
    """:func:`_repair_run` on one byte reading *data* of the run (*offs*: character offsets,
    or empty to compute them; *head*: the run starts the line, see :func:`_cut_head`; *raw*:
    *data* before lost bytes were guessed, for :func:`_deeper_reading`; *end*: the run ends
    the line, see :func:`_repair_span`)."""
    if len(data) < 4:
        return
    bounds: Container[int]
    if offs:
        bounds = set(offs)
    elif len(data) == 2 * len(run):  # no one-byte characters: offsets are even (the common case)
        offs = range(0, len(data) + 1, 2)
        bounds = offs
    else:
        widths = run.translate(_widths(spec.one_byte)).encode("latin-1")
        offs = list(accumulate(widths, initial=0))
        if offs[-1] != len(data):  # a character outside the codec's 2-byte range: give up
            return
        bounds = set(offs)
    pieces: list[list[int]] = []
    pos = 0
    while True:
        m = _UTF8_RUN.search(data, pos)
        if m is None:
            break
        gap = data[pieces[-1][1] : m.start()] if pieces else b""
        after_loss = pieces and _lost_gap(gap)
        if m.start() in bounds or after_loss:  # realigned after lost bytes: same repair
            pieces.append(list(m.span()))
            pos = m.end()
        elif head and not pieces and _cut_head(data, m.start(), run):
            # the run starts with the tail of a cut character (a stream cut inside one): the
            # first GBK character holds it (one or three bytes, so m.start() is no character
            # boundary; two bytes would be a whole character, kept: see _cut_head) and the
            # next one's lead byte
            pieces.append([0, m.end()])
            pos = m.end()
        else:  # begins inside a character of the clean text before: look again from the next one
            pos = offs[_after(offs, m.start())]
    if not pieces:
        return
    pieces[-1][1] = _tail_end(data, pieces[-1][1], bounds)
    # damage with lost bytes and no character left whole before the first piece or after the
    # last one, only the remains of cut characters (熴 then two U+FFFD after 增 for 速。): one
    # repair with them, marked. GBK characters of continuation bytes next to a lost byte (——
    # before the damage) are not: read so, the repair would mark them and be refused, where a
    # character of other bytes before them (头, or a widened "：") keeps them out of it. A
    # run that starts with such a mark, inside the line or at its start, starts after clean
    # text: the mark is punctuation before the damage, not a cut character's remains
    # (姓名：被告人, 被 cut: the ： was swallowed by 被's mark; 。被告人 at a line's start)
    if _cut_damage(data[: pieces[0][0]], run[0] not in _STOPS):
        pieces[0][0] = 0
    if _cut_damage(data[pieces[-1][1] :], data[pieces[-1][1] - 1] == 0xFF):
        pieces[-1][1] = len(data)
    # pieces separated only by lost-byte markers (and the stray bytes around them) make one
    # repair; if that repair is refused, each piece is tried on its own
    groups: list[list[list[int]]] = [[pieces[0]]]
    for piece in pieces[1:]:
        prev = groups[-1][-1]
        gap = data[prev[1] : piece[0]]
        if _lost_gap(gap):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    for group in groups:
        found = _repair_span(run, data, offs, group[0][0], group[-1][1], tail_ok, spec.relaxed, raw, end)
        if found is None and len(group) > 1:
            for s, e in group:
                found = _repair_span(run, data, offs, s, e, tail_ok, spec.relaxed, raw, end)
                if found is not None:
                    out.append((base + found[0], base + found[1], found[2], spec.kind))
        elif found is not None:
            out.append((base + found[0], base + found[1], found[2], spec.kind))


# What fix_punctuation_width makes of ASCII , . : ; ! ( ) ? after Chinese. Each is two
# continuation bytes, so a repair can read one as the end of a character whose lead byte came
# before: "浣犲，" is 你 and E5 A3 AC (壬), or 你 cut after E5, then a comma ("浣犲。": 塣).
_STOPS = "，。：；！（）？"
_STOP = re.compile(f"[{_STOPS}]")
# The ASCII form of each mark a piece of a run split at :data:`_STOPS` ends before: the piece is
# read as the run it was before fix_punctuation_width widened the mark ("？" aside: "?" inside a
# run stands for a lost byte, see _repair_run_lost_q)
_NARROW = dict(zip("，。：；！（）", ",.:;!()"))
# The lowest trail byte of a GBK or Big5 pair: a byte below it (ASCII digits, blanks,
# punctuation) ends the run of pairs before it, as the end of the line does
_FIRST_TRAIL = "\x40"
# What a run may start inside a cut character after: the line's start, a tag's end
_HEAD_AFTER = ("\n", ">")
# Marks of _STOPS that may also end the damage as bytes, where the text before them is repaired
# with the mark read as a boundary too, or the damage is read whole to a common character (see
# _whole_common_ending): "。" completes common characters (档 E6 A1 A3, 衣 E8 A1 A3: "鏂囨。"
# is 文档 far more often than 文, a cut character and a full stop), the others rare ones (壬,
# 棺, 磨). Elsewhere "。" stays a full stop, as a "." there would (a widened "." after a stray
# byte and a cut E5 is no 塣). Known limit: "鏂囨." widened is 文档 on the next pass.
_STOPS_ENDING = "。"


@lazy
def _dangling_stop(codec: str) -> re.Pattern[str]:
    """A mark of :data:`_STOPS` after a lost byte or after a character whose last byte (in
    *codec*) starts a UTF-8 sequence: where reading the mark as a boundary can differ."""
    leads = _decode_pairs(codec, range(0x81, 0xFF), list(range(0xC2, 0xF5)))
    return re.compile(f"[{char_class_body(leads | set(_LOST_IN))}][{_STOPS}]")


def _repair_run_marks(
    run: str, base: int, spec: _Codec, out: list, tail_ok: bool,
    around: tuple[str, str] = ("", ""),
) -> None:
    """:func:`_repair_run`, reading the marks of :data:`_STOPS` first as boundaries.

    With an ASCII mark after it, ``浣犲`` is a run of its own, judged with its cut last
    character (a repair, if accepted, ends with :data:`MARKER`); ``浣犲，`` is judged the same
    way. A mark is read as bytes of a character (壬, 棺, 磨) only inside the damage, where
    the text on one side of it is repaired with the mark read as a boundary too (see
    :func:`_prefer_split`). So widening a mark after damage left as it is cannot make the
    next pass swallow it: fix_mojibake stays idempotent inside normalize(). A run without
    such a mark (the common case) is repaired once.
    """
    if _STOP.search(run) is None:
        _repair_run(run, base, spec, out, tail_ok, around)
        return
    joined: list = []
    _repair_run(run, base, spec, joined, tail_ok, around)
    marks = [m.start() for m in _STOP.finditer(run)]
    if _dangling_stop(spec.codec).search(run) is None and not any(
        bisect_right(marks, ed[1] - 1 - base) - bisect_right(marks, ed[0] - base) for ed in joined
    ):
        # no mark read as bytes, none after a cut character: a boundary either way
        out.extend(joined)
        return
    split: list = []
    _repair_pieces(_repair_run, run, base, spec, split, tail_ok, around, marks)
    out.extend(_prefer_split(run, base, marks, joined, split))


def _repair_pieces(
    repair: Callable[..., None], run: str, base: int, spec: _Codec, out: list, tail_ok: bool,
    around: tuple[str, str], cuts: list[int],
) -> None:
    """*repair* each piece of *run* between the offsets *cuts* (a cut character belongs to
    neither side); a piece keeps the run's context only on the side where it is the run's edge.
    """
    start = 0
    for stop in [*cuts, len(run)]:
        m = spec.run.search(run, start, stop)
        if m is not None:
            last = m.end() == len(run)
            repair(
                m.group(), base + m.start(), spec, out, tail_ok if last else True,
                (around[0] if m.start() == 0 else "", around[1] if last else _NARROW.get(run[stop], "")),
            )
        start = stop + 1


_QUESTION = re.compile("[?]")


def _repair_run_lost_q(
    run: str, base: int, spec: _Codec, out: list, tail_ok: bool, around: tuple[str, str],
) -> None:
    """:func:`_repair_run_marks`, an ASCII "?" that none of its repairs covers then read as a
    boundary: the run is repaired again in the pieces between such marks (once: a run costs
    two repairs at most).

    A decoder writes "?" for a byte it could not decode, so a run reads it as a lost byte; but
    a "?" left as it is may be a question mark, and fix_punctuation_width widens it after
    Chinese to "？", which a repair reads as a boundary (:func:`_repair_run_marks`). Read as a
    lost byte, it can make the damage next to it look too lost to repair ("——?鈥斺": the
    dashes and the mark one stretch of damage), so the widened text would be repaired where
    this one is not: fix_mojibake then fix_punctuation_width would not be idempotent.
    """
    found: list = []
    _repair_run_marks(run, base, spec, found, tail_ok, around)
    if "?" not in run:
        out.extend(found)
        return
    spans = [(ed[0] - base, ed[1] - base) for ed in found]  # a few (two readings may overlap)
    free = [q for q in (m.start() for m in _QUESTION.finditer(run)) if not any(a <= q < b for a, b in spans)]
    if not free:
        out.extend(found)
        return
    _repair_pieces(_repair_run_marks, run, base, spec, out, tail_ok, around, free)


#: :func:`_repair_run_lost_q`'s edits of a run (at offset 0) by the run, the codec reading and
#: the context: a pure function of those, and a crawl repeats its lines (a page's re-checks
#: see the same runs, sites repeat their chrome). Cleared when full.
_RUN_MEMO: dict[tuple[Any, ...], tuple[tuple[int, int, str, str], ...]] = {}
_RUN_MEMO_MAX = 4096


def _repair_run_memo(
    run: str, base: int, spec: _Codec, out: list, tail_ok: bool, around: tuple[str, str],
) -> None:
    """:func:`_repair_run_lost_q`, its edits kept per run (see :data:`_RUN_MEMO`)."""
    key = (run, spec.kind, spec.codec, spec.relaxed, tail_ok, around, _DEEPER.n)  # (_depth())
    edits = _RUN_MEMO.get(key)
    if edits is None:
        found: list = []
        _repair_run_lost_q(run, 0, spec, found, tail_ok, around)
        edits = tuple(found)
        if len(_RUN_MEMO) >= _RUN_MEMO_MAX:
            _RUN_MEMO.clear()
        _RUN_MEMO[key] = edits
    out.extend([(base + a, base + b, x, k) for a, b, x, k in edits] if base else edits)


def _whole_common_ending(run: str, base: int, marks: list[int], edit: tuple) -> bool:
    """Whether *edit* (of *run* at *base*) reads the damage whole: nothing before it in *run*
    reads as damage, its marks are all of :data:`_STOPS_ENDING` and its characters all common
    but for lost-byte markers (档, 衣 the mark completes; not 塣): a reading as strong as one
    without the marks, so they are bytes ("鏂囨。" is 文档, "鏂囨。銆�" 文档 and a cut 。).
    Damage left unread before the edit (a stray byte, "斾") makes a mark a full stop after a
    cut character, as its "." was."""
    a, b, text = edit[0] - base, edit[1] - base, edit[2]
    inside = marks[bisect_left(marks, a) : bisect_left(marks, b)]
    common = _common()
    return (
        bool(inside)
        and all(run[k] in _STOPS_ENDING for k in inside)
        and not _score(text.replace(MARKER, ""), common)
        and not _score(run[:a], common)
    )


def _prefer_split(run: str, base: int, marks: list[int], joined: list, split: list) -> list:
    """Per cluster of overlapping edits of *run* (at *base*; *marks*: offsets in *run*): the
    *joined* ones where *split* (marks read as boundaries) repairs there too, and each mark
    *joined* reads as bytes has more damage after it and a neighbour that *split* repairs;
    else the *split* ones.

    A mark that ends the damage is punctuation after a cut character ("浣犲，"), not the
    end of 壬 (but see :data:`_STOPS_ENDING`). And what *split* leaves as it is stays: if
    ``X,Y`` has neither X nor Y repaired, ``X，Y`` (the comma widened) must not be either; if one of them is, the next
    pass finds it repaired (and a marker or clean text next to the mark).
    """
    if joined == split:
        return split
    starts = [ed[0] for ed in split]

    def covered(i: int) -> bool:
        k = bisect_right(starts, i) - 1
        return k >= 0 and split[k][0] <= i < split[k][1]

    # edits of each list are sorted and disjoint: one merge pass, marks found by bisection
    items = sorted([(ed[0], ed[1], 0, ed) for ed in joined] + [(ed[0], ed[1], 1, ed) for ed in split])
    chosen: list = []
    cluster: list = []
    end = -1
    for it in [*items, None]:
        if it is not None and it[0] < end:
            cluster.append(it)
            end = max(end, it[1])
            continue
        if cluster:
            js = [c[3] for c in cluster if c[2] == 0]
            ss = [c[3] for c in cluster if c[2] == 1]
            # split leaves it all, but joined reads the whole damage, "。" ending common characters
            ok = bool(js and ss) or (len(js) == 1 and not ss and _whole_common_ending(run, base, marks, js[0]))
            for j in js if ok else ():
                for k in marks[bisect_right(marks, j[0] - base) : bisect_right(marks, j[1] - 1 - base)]:
                    q = base + k
                    # a mark read as bytes: only inside the damage (more follows it), next
                    # to a character split repairs too; "。" also at its end, after one
                    if not (
                        q + 1 < j[1]
                        and run[k + 1] not in _LOST_IN
                        and (covered(q - 1) or covered(q + 1))
                    ) and not (
                        run[k] in _STOPS_ENDING
                        and (
                            (q + 1 == j[1] and covered(q - 1) and not _score(run[: j[0] - base], _common()))
                            or _whole_common_ending(run, base, marks, j)
                        )
                    ):
                        ok = False
                        break
            chosen.extend(js if ok else ss)
        if it is not None:
            cluster = [it]
            end = it[1]
    return chosen


def _after(offs: Sequence[int], b: int) -> int:
    """``bisect_right(offs, b)``; arithmetic when the offsets are even (a ``range``)."""
    return b // 2 + 1 if isinstance(offs, range) else bisect_right(offs, b)


def _repair_span(
    run: str, data: bytes, offs: Sequence[int], s: int, e: int, tail_ok: bool,
    relaxed: bool = False, raw: bytes | None = None, end: bool = False,
) -> tuple[int, int, str] | None:
    """The repair of bytes ``[s, e)`` of a run, rounded to its characters, if it is accepted.

    *tail_ok* says the run is followed by ASCII text or the end of the line: only then may a
    repair of a single character end with an ASCII letter it swallowed ("涓瑼" -> "中A").
    *end* says the run ends the line: a repair that reaches it with a UTF-8 sequence cut short
    (the record cut inside its last character) is judged without that character's mark and the
    characters that held its bytes (``娆㈣繋鏂板悓瀛``, 欢迎新同学 cut inside 学: 欢迎新同 and a
    mark, where a mark's cost outweighed what the four characters gained).
    """
    i = _after(offs, s) - 1  # s is a character boundary
    j = _after(offs, e - 1)  # last character touched, exclusive end
    if offs[j] != e and data[e] >= 0x80:
        j -= 1  # ends inside a character whose other byte is not an eaten ASCII one
    if j <= i:
        return None
    before = run[i:j]
    after = _decode_marking(data[offs[i] : offs[j]])
    if not (tail_ok and j == len(run)) and len(after.encode("ascii", "ignore")) > 0:
        # a swallowed ASCII letter in the middle of Chinese text: only with two Han or more
        if not _TWO_HAN.search(after.replace(MARKER, "")):
            return None
    if _accept(before, after, relaxed):
        return (i, j, after)
    if end and j == len(run) and after.endswith(MARKER):
        k = _cut_body(data, offs, i, j)
        if k is not None and _accept(run[i:k], after[:-1], relaxed):
            return (i, j, after)
    deeper = _deeper_reading(_decode_marking(raw[offs[i] : offs[j]])) if raw is not None else None
    return (i, j, deeper) if deeper is not None and _accept(before, deeper, relaxed) else None


def _cut_body(data: bytes, offs: Sequence[int], i: int, j: int) -> int | None:
    """The end of the characters ``run[i:k]`` before the UTF-8 sequence cut short that ends the
    bytes of characters ``i`` to ``j`` (*offs*: their byte offsets), or None when none does: the
    character holding the sequence's lead byte is not before it, even when it holds a byte of the
    character before it too (a two-byte reading of three-byte UTF-8).

    >>> data = "欢迎新学".encode()[:10]  # (学 cut after its lead byte, byte 9: read two bytes a character)
    >>> _cut_body(data, range(0, 12, 2), 0, 5), _cut_body(data[:9] + b"a", range(0, 12, 2), 0, 5)
    (4, None)
    """
    e = offs[j]
    p = e - 1
    while p > offs[i] and 0x80 <= data[p] <= 0xBF and e - p < 3:
        p -= 1
    if not 0xC2 <= data[p] <= 0xF4 or e - p >= (2 if data[p] < 0xE0 else 3 if data[p] < 0xF0 else 4):
        return None
    k = _after(offs, p) - 1  # (the character holding the cut sequence's lead byte)
    return k if k > i else None


class _Depth(threading.local):
    """A thread's depth of :func:`_deeper_reading`: 0 until the thread sets it (a class
    default, where ``getattr(local, "n", 0)`` raised and caught an AttributeError on every
    call of a thread that never read deeper, once per run read)."""

    n = 0


#: How deep :func:`_deeper_reading` is nested in this thread (it reads one layer more, not
#: two). Per thread: fix_mojibake may run in several threads at once.
_DEEPER = _Depth()


def _depth() -> int:
    """This thread's :data:`_DEEPER` depth."""
    return _DEEPER.n


def _deeper_reading(after: str) -> str | None:
    """*after* (a reading of a span that is not text yet) repaired once more, when it is
    mojibake itself: UTF-8 misread as GBK twice ("閺傛澘缂" is "鏂板缓", then 新建), as a
    page saved again after the first misreading. The caller accepts it or not, judged
    against the span as it was, so a repair that leaves mojibake is still refused. *after*
    is read with its lost bytes unguessed, and no lost byte is guessed inside (see
    :func:`_fill_lost`): a guess from neighbours that are mojibake, or for a marker that
    stands for an unknown number of bytes, would be an invented character."""
    if _depth() or len(after) < 4:
        return None
    _DEEPER.n = 1
    try:
        edits = _stage_cjk(after)
    finally:
        _DEEPER.n = 0
    return splice(after, edits) if edits else None


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_TWO_HAN = re.compile("[\u3400-\u9fff][^\x00-\x7f]|[^\x00-\x7f][\u3400-\u9fff]")
# Kana (hiragana, katakana): the signs of mojibake they are in Chinese text when a GBK reading
# makes them, but whole in a UTF-8 reading (E3 81-83 xx) they are Japanese words a Chinese text
# quotes (「さくら学園」, トウキョウ): the reading is judged on its other characters. So are Hangul
# syllables, which no GBK or Big5 reading makes: whole in a UTF-8 reading (EA-ED xx xx) they are
# a Korean name or school a Chinese text quotes (서울고등학교) -- but only a run of two or more:
# a lone syllable beside Han is what a chance UTF-8 reading of clean text with a rare GBK
# character (EA-ED) makes (王炜鸿工 -> 王쿺蹤), and is judged like any other character.
# Likewise words of the scripts China's minority languages are written in, which Chinese pages
# print beside Chinese (a school's Mongolian, Uyghur or Tibetan name): Arabic letters (D8-DB
# xx), Mongolian (E1 A0-A2 xx) and Tibetan (E0 BC-BF xx), two or more in a row, are what no GBK
# or Big5 reading makes and what a UTF-8 reading of clean Chinese makes only from rare pairs.
_QUOTED_FOREIGN = re.compile(
    "[\u3041-\u30ff]+|[\uac00-\ud7a3]{2,}|[\u0620-\u06ff]{2,}|[\u1820-\u18af]{2,}|[\u0f00-\u0fff]{2,}"
)


#: The cost a repair's reading may have per character (a rare Han character costs 1), and in
#: a line already found damaged (:func:`_accept`'s *relaxed*).
RARE_SHARE = 0.25
RARE_SHARE_DAMAGED = 0.5


def _accept(before: str, after: str, relaxed: bool = False) -> bool:
    """Does *after* read clearly better than *before*, as simplified or as traditional text?
    *relaxed* (in a line found damaged): also when *after* is common characters and marks
    only, however short, and with up to :data:`RARE_SHARE_DAMAGED` of rare characters. A
    character past the BMP (a name's 𫓧, an emoji) counts as rare in the comparison but not in
    that share: read whole, it is four UTF-8 bytes of the right shape, which two GBK characters
    make by chance far more rarely than three bytes make a rare character."""
    real = after.replace(MARKER, "")
    if not real or real.isascii():
        return False
    if _QUOTED_FOREIGN.search(real) and _HAN_CHAR.search(real):
        real = _QUOTED_FOREIGN.sub("", real)
    # markers already in *before* ("?", U+FFFD) are not the repair's fault
    lost = 3.0 * max(0, after.count(MARKER) - before.count(MARKER) - before.count("?"))
    kept = before.replace(MARKER, "").replace("?", "")
    # (the characters past the BMP out of the share of rare characters: see above)
    plain = _ASTRAL.sub("", real) if _ASTRAL.search(real) else real
    for common in _profiles():
        costs = _costs(real, common)
        if max(costs) >= 4:  # private use, unassigned, control characters: not a repair
            return False
        sb = _score(kept, common)
        sa = sum(costs) + lost
        # a repair reads as ordinary text, not rare words; in a line found damaged, as a name
        # of two characters with one rare one too (刘昇 beside 陈赟)
        rare = sum(costs) if plain is real else _score(plain, common)
        if rare > (RARE_SHARE_DAMAGED if relaxed else RARE_SHARE) * len(plain):
            continue
        if sb - sa >= max(2.0, 0.5 * sb):
            return True
        if sa == 0.0 and sb >= 1.0 and _TWO_HAN.search(real):  # short: only a flawless reading
            return True
        if relaxed and sum(costs) == 0.0 and sb >= 1.0:
            return True
    return False


def _stage_cjk(text: str) -> list[tuple[int, int, str, str]]:
    edits: list[tuple[int, int, str, str]] = []
    for spec, bit in zip(_codecs(), _HAS_PAIR):
        if _lacks(text, bit):  # (the gate's first class: known bits without it, no hit)
            continue
        # the gate's hits, found by a table lookup on a long line, else by the pattern
        starts = _pair_starts(text, spec) if len(text) >= _TABLE_MIN else None
        hit = spec.gate.search(text) if starts is None else None
        if hit is None and not starts:
            continue
        found: list[tuple[int, int, str, str]] = []
        pos = 0
        while True:  # from each gate hit, the whole run around it (C-speed searches only)
            if starts is None:
                if hit is None or hit.start() < pos:
                    hit = spec.gate.search(text, pos)
                    if hit is None:
                        break
                h = hit.start()
            else:
                k = bisect_left(starts, pos)
                if k == len(starts):
                    break
                h = starts[k]
            # the run starts at the first member after the last character outside the run
            # class: lost-byte markers ("?", U+FFFD) before it cannot start one ("?鈥斺" is a
            # run from 鈥)
            m = spec.run.search(text, _run_start(text, h, spec.run_class))
            if m is None or m.end() <= h:
                pos = h + 1
                continue
            nxt = text[m.end()] if m.end() < len(text) else "\n"
            prv = text[m.start() - 1] if m.start() else "\n"
            _repair_run_memo(m.group(), m.start(), spec, found, nxt.isascii(), (prv, nxt))
            pos = m.end()
        if found:
            edits = _best_edits(text, edits, found)
    damaged = bool(edits) and any(ed[3] == "utf8-as-gbk" for ed in edits)
    # (known bits without the lost-byte class: no U+FFFD, and no scan of the text for one)
    lost = _holds_marker(text)
    if damaged:
        relaxed = dataclasses.replace(_codecs()[0], relaxed=True)
        edits = _merge_edits(edits, _runs_in_damaged(text, relaxed, edits))
        edits = _merge_edits(edits, _latin_in_gbk(text))
    elif lost:
        edits = _lossy_big5(text, edits)
    if lost:
        edits = _merge_edits(edits, _cut_in_gbk(text, damaged, edits))
    if damaged:  # (outside the edits by construction: no overlap test)
        edits = sorted(edits + _cut_beside(text, edits))
        if not lost and _depth() == 0:
            edits = _wider_edits(text, edits, _unmarked_losses(text, edits))
    return edits


def _wider_edits(text: str, old: list, new: list) -> list:
    """The edits *new* (sorted, disjoint) that contain one edit of *old* (sorted, disjoint) at
    least and every one they overlap, in place of those, and take no common simplified
    character of *text* before the first or after the last of them (clean text beside the
    damage: 和 in "和鏀归"); the rest of *old*."""
    starts = [ed[0] for ed in old]
    ends = [ed[1] for ed in old]
    common = _profiles()[0]
    drop: set[int] = set()
    taken = []
    for ed in new:
        lo, hi = bisect_right(ends, ed[0]), bisect_left(starts, ed[1])
        if lo == hi or starts[lo] < ed[0] or ends[hi - 1] > ed[1]:
            continue
        # what it takes before the first and after the last edit it contains: no clean text
        if any(c in common for c in text[ed[0] : starts[lo]] + text[ends[hi - 1] : ed[1]]):
            continue
        drop.update(range(lo, hi))
        taken.append(ed)
    return sorted(taken + [ed for i, ed in enumerate(old) if i not in drop])


_BREAK = re.compile(rb"[\xe0-\xef][\x80-\xbf]?(?![\x80-\xbf])")


def _unmarked_losses(text: str, done: list) -> list[tuple[int, int, str, str]]:
    """Repairs of a damaged line without U+FFFD whose decoder dropped bytes without a mark
    (``errors="ignore"``): in each run the edits *done* leave, a U+FFFD is put back where the
    run's bytes stop being UTF-8 at a character boundary (a 3-byte sequence's lead and at most
    one continuation byte, then no continuation byte: "涓灏忓" is E4 B8 | E5 B0 8F ...), the
    line is read again with those marks and its edits are mapped back to the line (a mark
    alone, lost between two characters, has no span of the input: left out). A break is only
    taken where the lead byte is in a character that is not a common simplified one (the GBK
    characters that UTF-8's lead bytes make are GB2312 level 2 or GBK extensions; 会 BB E1 is
    clean text's) and not inside an edit. The caller takes a new edit only where it contains
    the edits it overlaps (:func:`_wider_edits`)."""
    spec = _codecs()[0]
    common = _profiles()[0]
    cuts: list[int] = []
    starts = [ed[0] for ed in done]
    for m in spec.run.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and done[k][1] >= m.end():
            continue
        data, offs = _euro_bytes(m.group(), spec)  # (€ is a lone 0x80 of cp936)
        bounds = {b: i for i, b in enumerate(offs)}
        for b in _BREAK.finditer(data):
            i = bounds.get(b.end())
            if i is None or not 0 < i < len(offs) - 1:
                continue
            # the lead byte is in a character of the damage, not a common one of clean text,
            # and the break is not inside a repair
            p = m.start() + i
            j = bisect_right(starts, p - 1) - 1
            if (
                m.group()[bisect_right(offs, b.start()) - 1] not in common
                and (j < 0 or done[j][1] < p)
            ):
                cuts.append(p)
    if not cuts:
        return []
    cuts = sorted(set(cuts))
    marked = "".join(
        text[a:b] + ("\ufffd" if b < len(text) else "") for a, b in zip([0, *cuts], [*cuts, len(text)])
    )
    depth, _DEEPER.n = _depth(), 1
    try:
        found = _stage_cjk(marked)
    finally:
        _DEEPER.n = depth
    at = [c + j for j, c in enumerate(cuts)]  # where the marks stand in *marked*
    out = []
    for s, e, after, kind in found:
        s0, e0 = s - bisect_left(at, s), e - bisect_left(at, e)
        if e0 > s0:  # (a mark alone: no span of the input)
            out.append((s0, e0, after, kind))
    return out


@lazy
def _big5_lossy_run() -> re.Pattern[str]:
    """A run of characters a Big5 decoder makes of UTF-8 bytes, lost bytes (U+FFFD) included."""
    # what Big5 proper decodes differently from cp950 (A1E3 ∼, not ～) too
    big5 = _decode_pairs("big5", range(0x81, 0xF0), _ANY_TRAIL) - {chr(c) for c in range(0x80)}
    return re.compile(f"[{_codecs()[1].run_class}{char_class_body(big5)}]+")


_NOT_UTF8 = re.compile(
    rb"[\x00-\x7f\xc0-\xe1\xf0-\xfe]|[\x80-\xbf]{3}"
    rb"|[\xe2-\xef](?![\x80-\xbf\xff]{2}|[\x80-\xbf\xff]?\Z)"
)
_LEAD3_BYTE = re.compile(rb"[\xe2-\xef]")
#: Bytes of Chinese UTF-8 with continuation bytes lost (cp1252 has no character for 81 8D 8F 90
#: 9D): each 3-byte lead followed by at most two continuation bytes. Read as GBK, such bytes
#: give the characters of UTF-8-as-GBK mojibake (涓銆傚), never the text.
_UTF8_LOST_CONT = re.compile(rb"(?:[\xe2-\xef][\x80-\xbf]{0,2})+")


def _utf8_shaped(data: bytes) -> bool:
    """Whether the bytes of a run (0xFF: lost) look like Chinese UTF-8 with lost bytes: no byte
    that no such text has inside the run (ASCII, leads of 2- and 4-byte sequences, bytes no
    UTF-8 has), a 3-byte lead always before two continuation bytes, never three continuation
    bytes in a row, and leads left for half of the characters at least (of the bytes left). Big5 text read back as
    bytes has leads C0-F9 and ASCII trail bytes."""
    known = len(data) - data.count(0xFF)
    return _NOT_UTF8.search(data) is None and 6 * len(_LEAD3_BYTE.findall(data)) >= known


@lazy
def _not_big5() -> re.Pattern[str]:
    """A character no Big5 / cp950 decoder gives (ASCII and U+FFFD aside): 动, 们, 说."""
    chars = {"\ufffd"} | {chr(c) for c in range(0x80)}
    for codec in ("big5", "cp950"):
        chars |= _decode_pairs(codec, range(0x81, 0xFF), _ANY_TRAIL)
        chars |= set(bytes(range(0x80, 0x100)).decode(codec, "ignore"))
    return re.compile(f"[^{char_class_body(chars)}]")


def _lossy_big5(text: str, done: list) -> list[tuple[int, int, str, str]]:
    """UTF-8 read as Big5 with lost bytes: each run of such characters (U+FFFD included) of
    *text* read whole, as the GBK lossy repair reads its runs; *done*: the repairs found.

    A Big5 decoder drops one byte per U+FFFD, so the byte reading of a run is exact but for
    the lost bytes: a character whose bytes all survived comes back, one that lost a byte comes
    back when :func:`_fill_lost` tells it (one common character fits, or its neighbours decide),
    else it is one :data:`MARKER`. A run's reading must read clearly better (:func:`_accept`);
    once one does, or *done* has a Big5 repair, the line is damaged: the others are accepted
    relaxed, and a run of mostly lost bytes with nothing readable left is one mark a character.
    A line holding a character no Big5 decoder gives (:func:`_not_big5`) is not read: its
    U+FFFD are not Big5's lost bytes (the marks of another repair, one per lost character).
    """
    if _not_big5().search(text) is not None:
        return done  # a Big5 decoder never wrote this line (动: its U+FFFD are not its lost bytes)
    spec = _codecs()[1]
    readings = []
    for m in _big5_lossy_run().finditer(text):
        run = m.group()
        if "\ufffd" not in run or not run.strip("\ufffd"):  # lost bytes alone: lossy markers
            continue
        try:
            data = run.translate(spec.table).encode(spec.codec, "surrogateescape")
        except UnicodeEncodeError:
            try:
                data = run.translate(spec.table).encode("big5", "surrogateescape")
            except UnicodeEncodeError:
                continue
        prv = text[m.start() - 1] if m.start() else "\n"
        nxt = text[m.end()] if m.end() < len(text) else "\n"
        if not _utf8_shaped(data):  # the byte reading is exact: it must be UTF-8 with lost bytes
            continue
        after = _decode_marking(_fill_lost(data, spec.codec, (prv, nxt)))
        readings.append((m.start(), m.end(), run, after, len(run) >= 6))
    damaged = any(ed[3] == spec.kind for ed in done) or any(r[4] or _accept(r[2], r[3]) for r in readings)
    if not damaged:
        return done
    found = []
    for s, e, run, after, _shaped in readings:
        unknown = not after.replace(MARKER, "") and 2 * run.count("\ufffd") >= len(run)
        if unknown or _accept(run, after, relaxed=True):
            found.append((s, e, after, spec.kind))
    return _best_edits(text, done, found)


def _runs_in_damaged(text: str, spec: _Codec, done: list) -> list[tuple[int, int, str, str]]:
    """The repairs of the runs of *text* read with *spec* (relaxed: the line is damaged) that
    the edits *done* (sorted, disjoint) leave something of."""
    found: list[tuple[int, int, str, str]] = []
    starts = [ed[0] for ed in done]
    for m in spec.run.finditer(text):
        pos = m.start()
        k = bisect_right(starts, pos) - 1
        while k + 1 < len(done) and done[k + 1][0] <= pos:
            k += 1
        while 0 <= k < len(done) and done[k][0] <= pos < done[k][1]:
            pos = done[k][1]
            k += 1
            if k < len(done) and done[k][0] > pos:
                break
        if pos >= m.end():
            continue  # repaired whole already
        nxt = text[m.end()] if m.end() < len(text) else "\n"
        prv = text[m.start() - 1] if m.start() else "\n"
        _repair_run_memo(m.group(), m.start(), spec, found, nxt.isascii(), (prv, nxt))
    return found


@lazy
def _cut_gbk(rare: bool) -> re.Pattern[str]:
    """A GBK character made of the first two bytes of a 3-byte UTF-8 sequence (*rare*: only
    those that are not common characters), then a lost byte."""
    chars = _codecs()[0].strong - (_common() if rare else frozenset())
    return re.compile(f"[{char_class_body(chars)}]\ufffd")


def _cut_in_gbk(text: str, damaged: bool, done: Sequence = ()) -> list[tuple[int, int, str, str]]:
    """Each character that lost its last byte and was left out of the repairs ("鍏�" for 公,
    "骞�" for 年 between digits): the character when one common character fits the bytes that
    survived, or one is clearly the likeliest between its neighbours as repaired by the edits
    *done* (see :func:`_lost_byte`), else one :data:`MARKER`. Such a GBK character (a UTF-8
    lead byte E0-EF and a continuation byte) is mostly a rare one: before U+FFFD it is damage.
    A common one (於, 鏈) only in a line *damaged* (where other repairs were found, or a rare
    one is cut too).
    """
    if not damaged and _cut_gbk(True).search(text) is None and not _cut_foreign(text):
        return []
    edits = []
    common = _common()
    starts = [ed[0] for ed in done]
    for m in _cut_gbk(False).finditer(text):
        e = m.end()
        nxt = text[e] if e < len(text) else ""
        try:
            data = m.group()[0].encode("gb18030") + b"\xff" + nxt.encode("gb18030")[:1]
        except UnicodeEncodeError:
            data = m.group()[0].encode("gb18030") + b"\xff"
        context = (_repaired_at(text, done, starts, m.start() - 1, -1), _repaired_at(text, done, starts, e, 0))
        if _clean_next(text, e, done, starts):
            # a field damaged alone was decoded apart from the clean text after it, whose bytes
            # then do not tell the byte lost (靖 E9 9D 96 before 老, C0 CF, was read as 靦: A6,
            # a byte GBK cannot pair with C0)
            x = None
        else:
            x = _lost_byte(data, 2, "gb18030", common, context)
        after = MARKER if x is None else (data[:2] + bytes((x,))).decode("utf-8")
        if after != MARKER and not _in_gb2312(after) and _loss_codec(text, "gb18030") == "gb2312":
            after = MARKER  # a line GB2312 read is written in GB2312's characters (览, not 觀)
        edits.append((m.start(), e, after, "utf8-as-gbk"))
    return edits


def _cut_foreign(text: str) -> bool:
    """Whether a character of *text* cut before U+FFFD (:func:`_cut_gbk`) belongs to the other
    script than the rest of its line: in a simplified line, one that script conversion always
    changes (:func:`.script.unambiguous_chars`: OpenCC t2s writes one simplified character for
    it whatever the context): 鍛 (E5 91, the first two bytes of 周), which would be 锻
    ("本鍛\ufffd五"); in a traditional line, one only simplified text uses
    (:func:`.script.simplified_chars`). A character simplified text writes as it is (睿, 昊, 瑾:
    rarer in it than in traditional text, but its own; 於, 霑: kept in names) is no evidence.
    The rest of the line's characters that only one script uses decide its script; neither or
    both: no decision.

    >>> _cut_foreign("请于本鍛\ufffd五前报送"), _cut_foreign("於本鍛\ufffd造廠"), _cut_foreign("本鍛\ufffd五")
    (True, False, False)
    >>> _cut_foreign("经研究决定，任命张睿\ufffd为校长助理"), _cut_foreign("学校於\ufffd年底前整改")
    (False, False)
    """
    cut = _cut_gbk(False)
    if cut.search(text) is None:
        return False
    from .script import simplified_chars, traditional_chars, unambiguous_chars

    rest = set(cut.sub("", text))
    simp = not rest.isdisjoint(simplified_chars())
    trad = not rest.isdisjoint(traditional_chars())
    if simp == trad:
        return False
    foreign: Container[str] = unambiguous_chars() if simp else simplified_chars()
    return any(m.group()[0] in foreign for m in cut.finditer(text))


def _clean_next(text: str, e: int, done: Sequence, starts: list[int]) -> bool:
    """Is the character at *e* clean text after a character cut short: beyond ASCII, in no
    edit of *done* (sorted, disjoint; *starts*: their starts), and no GBK character of a UTF-8
    lead and continuation byte (闈 E9 9D: the next character of the damage)?

    >>> _clean_next("闈\ufffd老", 2, [], []), _clean_next("閮\ufffd闈\ufffd", 2, [], [])
    (True, False)
    """
    if e >= len(text) or text[e].isascii() or text[e] in _codecs()[0].strong:
        return False
    k = bisect_right(starts, e) - 1
    return not (k >= 0 and done[k][0] <= e < done[k][1])


@lazy
def _strong_gbk() -> re.Pattern[str]:
    """A GBK character made of a 3-byte UTF-8 sequence's first two bytes."""
    return re.compile(f"[{char_class_body(_codecs()[0].strong)}]")


def _cut_beside(text: str, done: Sequence) -> list[tuple[int, int, str, str]]:
    """In a line the edits *done* (sorted, disjoint) found damaged: each character cut short
    by a GBK decoder that dropped its last byte without a mark (``errors="ignore"``) where it
    stands alone, "骞" for 年 in "2025骞9": a GBK character made of a UTF-8 lead and one
    continuation byte, outside the edits, with ASCII, the line's edge or an edit on both sides,
    and after it a byte the decoder could not pair (ASCII below "@", the line's end, an edit).
    It is read as one before U+FFFD (:func:`_cut_in_gbk`): restored when the bytes left and its
    neighbours tell it, else one :data:`MARKER`. A character next to unrepaired text (张骞 in
    a clean half of the line) is left alone.
    """
    starts = [ed[0] for ed in done]
    ends = {ed[1] for ed in done}
    begins = set(starts)
    common = _common()
    edits = []
    for m in _strong_gbk().finditer(text):
        i, e = m.start(), m.end()
        k = bisect_right(starts, i) - 1
        if k >= 0 and done[k][1] > i:
            continue  # inside a repair
        prv = text[i - 1] if i else "\n"
        nxt = text[e] if e < len(text) else "\n"
        if not (prv < "\x80" or i in ends) or not (nxt < "@" or nxt == "\x7f" or e in begins):
            continue
        data = m.group().encode("gb18030")
        if nxt not in "\r\n":
            data += b"\xff" + nxt.encode("gb18030")[:1]
        context = (_repaired_at(text, done, starts, i - 1, -1), _repaired_at(text, done, starts, e, 0))
        x = _lost_byte(data, 2, "gb18030", common, context)
        after = MARKER if x is None else (data[:2] + bytes((x,))).decode("utf-8")
        edits.append((i, e, after, "utf8-as-gbk"))
    return edits


def _repaired_at(text: str, done: Sequence, starts: list[int], i: int, side: int) -> str:
    """The character at *i* of *text* as the edits *done* (sorted, disjoint; *starts*: their
    starts) repair it: the last (*side* -1) or first (0) character of an edit that ends or
    starts there, else the character itself; "" for none, a mark or a lost byte."""
    if not 0 <= i < len(text):
        return ""
    k = bisect_right(starts, i) - 1
    c = text[i]
    if k >= 0 and done[k][0] <= i < done[k][1]:
        ed = done[k]
        edge = ed[1] - 1 if side else ed[0]
        c = ed[2][side] if i == edge and ed[2] else ""
    return "" if c in _LOST_IN else c


def _best_edits(text: str, a: list, b: list) -> list:
    """Edits of *a* and *b* without overlaps: where they overlap, the one that gains most
    plausibility wins (then the longer)."""
    simp, trad = _profiles()

    def key(ed: tuple[int, int, str, str]) -> tuple[float, int]:
        before = text[ed[0] : ed[1]]
        gain = max(_score(before, p) - _score(ed[2], p) for p in (simp, trad))
        return (-gain, ed[0] - ed[1])

    # Accepted edits are disjoint: keep them sorted by start and check only the two
    # neighbours of each candidate (linear-logarithmic, not quadratic, on long lines).
    starts: list[int] = []
    ends: list[int] = []
    out = []
    for ed in sorted(a + b, key=key):
        i = bisect_right(starts, ed[0])
        if i and ends[i - 1] > ed[0]:
            continue
        if i < len(starts) and starts[i] < ed[1]:
            continue
        starts.insert(i, ed[0])
        ends.insert(i, ed[1])
        out.append(ed)
    return sorted(out)


_PINYIN_LATIN = frozenset("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙÜ")


@lazy
def _latin_as_gbk() -> tuple[re.Pattern[str], dict[int, str]]:
    """GBK characters whose two bytes are the UTF-8 of a Latin letter, NBSP or a Latin-1 sign
    (ó -> 贸, © -> 漏)."""
    table = {}
    for b1 in range(0xC2, 0xCA):
        for b2 in range(0x80, 0xC0):
            pair = bytes((b1, b2))
            try:
                c = pair.decode("gb18030")
            except UnicodeDecodeError:
                continue
            latin = pair.decode("utf-8")
            if len(c) == 1 and (
                latin in _PINYIN_LATIN or ("\u00a0" <= latin <= "ÿ" and latin != "\u00ad")
            ):
                table[ord(c)] = latin
    return re.compile(f"[{char_class_body({chr(k) for k in table})}]+"), table


#: How far :func:`_sign_between` looks past blanks for a sign's nearest neighbours.
SIGN_REACH = 8


#: The GBK readings of the arithmetic signs ± (C2 B1, 卤) and × (C3 97, 脳), which
#: :func:`_sign_between` reads as signs beside a lost-byte mark or between two digits.
_ARITH_SIGNS = frozenset("卤脳")


def _sign_between(text: str, s: int, e: int) -> bool:
    """Does a Latin-1 sign's GBK reading ``text[s:e]`` stand where the sign would
    (:func:`_latin_in_gbk`): ASCII or the line's edge right beside it, an ASCII character the
    nearest past blanks on one side (© 2026, 学院 ® 2026), and after a digit a letter (25°C)?
    After a digit and before a blank, a mark, a Han character or the line's end it is the
    character itself (乘10路, 8路,, 乘坐 36 路 或), and between blanks among Han text too.

    >>> cases = (("25掳C", "掳"), ("10路", "路"), ("36 路 或", "路"), ("车 漏 ", "漏"), ("学院 ® 2026", "®"),
    ...          ("漏 2026", "漏"), ("路0", "路"), ("3脳4", "脳"), ("\ufffd卤0.5", "卤"), ("3 路 4", "路"),
    ...          ("3路4", "路"), ("山\ufffd路5", "路"))
    >>> [_sign_between(t, t.index(c), t.index(c) + 1) for t, c in cases]
    [True, False, False, False, True, True, False, True, True, False, False, False]
    """
    # (a lost-byte mark beside ± or × is the damage's edge, as ASCII is: "�卤0.5" is ±0.5; not
    # beside · or ©, whose GBK readings 路 and 漏 are words: "中山�路5号")
    arith = text[s:e] in _ARITH_SIGNS
    left, right = text[s - 1: s], text[e: e + 1]
    if arith:
        left, right = left.replace(MARKER, "?"), right.replace(MARKER, "?")
    if not (left + right).isascii() or ((not left or not right) and not (left + right).isspace()):
        return False  # (at the line's edge, a blank on the other side: 路0 opening a line stays)
    before = text[max(0, s - SIGN_REACH): s].rstrip()[-1:]
    after = text[e: e + SIGN_REACH].lstrip()[:1]
    if not ((before and before.isascii()) or (after and after.isascii())):
        return False
    # after a digit, a sign before a letter (25°C) or ± or × between two digits it touches
    # (3×4; not 路: "3路4路" is two bus routes)
    return not before.isdigit() or (after.isascii() and (after.isalpha() or (arith and (left + right).isdigit())))


def _latin_in_gbk(text: str) -> list[tuple[int, int, str, str]]:
    """In a line with UTF-8-as-GBK damage, pinyin letters, NBSP and Latin-1 signs between
    non-Han text too.

    Alone, "贸", "聽" or "漏" is a real character; here it stands next to ASCII text in a line
    already known to be damaged, so it is the two bytes of "ó", of NBSP or of "©". A sign
    (© ° ± ·) needs ASCII on both sides or on one side and the line's edge on the other: 路 and
    漏 between Han characters stay.
    """
    pattern, table = _latin_as_gbk()
    edits = []
    for m in pattern.finditer(text):
        s, e = m.span()
        after = m.group().translate(table)
        near = (text[s - 1] if s > 0 else "") + (text[e] if e < len(text) else "")
        if any(c.isalpha() for c in after):  # letters: next to an ASCII letter (a Latin word)
            if not any(c.isascii() and c.isalpha() for c in near):
                continue
        elif not after.strip("\u00a0"):
            if not any(c.isascii() for c in near):
                continue  # 聽 in 聽證 stays
        elif not _sign_between(text, s, e):
            continue  # a sign: ASCII around it (© 2026, 25°C), not a count's 路 (10路 at the end)
        edits.append((s, e, after, "utf8-as-gbk"))
    return edits


def _merge_edits(a: list, b: list) -> list:
    """Edits of *a* plus those of *b* that overlap none of them (first codec wins)."""
    if not a:
        return b
    # an edit of *b* overlaps one of *a* when one that starts before its end ends after its
    # start: the latest end among those (a running maximum over *a* by start; not quadratic)
    by_start = sorted(a)
    starts = [x[0] for x in by_start]
    reach = list(accumulate((x[1] for x in by_start), max))
    out = list(a)
    for ed in b:
        k = bisect_left(starts, ed[1])
        if not k or reach[k - 1] <= ed[0]:
            out.append(ed)
    return sorted(out)


# --------------------------------------------------------------------------- GBK as Latin-1

_CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", "ignore")
# cp1252 punctuation back to the C1 code points Latin-1 gives the same bytes
_TO_LATIN1 = {ord(c): ord(c.encode("cp1252")) for c in _CP1252_HIGH}


def _latin_utf8(run: str) -> str:
    """*run*, text that UTF-8 bytes became when read as Latin-1 or cp1252, read back as UTF-8
    (raises :class:`UnicodeDecodeError` where its bytes are no UTF-8).

    >>> _latin_utf8("æ•™è‚²")
    '教育'
    """
    return run.translate(_TO_LATIN1).encode("latin-1").decode("utf-8")


# (patterns written to start with a plain class: ``re`` then scans for it at C speed; a
# repeated group or an alternation first is tried at every position of a long line)
_GBK_LATIN_GATE = re.compile("[\u00a1-\u00fe][\u00a1-\u00fe]")
_H = "\u0080-\u00fe" + _CP1252_HIGH
# Letters of one alphabet, as UTF-8 mojibake of European text decodes to.
_ONE_SCRIPT = re.compile(
    "[\u00c0-\u017f]+|[\u0370-\u03ff]+|[\u0400-\u04ff]+|[\u0590-\u05ff]+|[\u0600-\u06ff]+"
)
#: Latin-1's letters (U+00C0-U+00FE but × ÷; not ÿ, whose byte FF no GBK or Big5 pair holds): the one class
#: of them for the checks of GBK read as Latin-1 (:data:`_LATIN_LETTER`, :data:`_GBK_LATIN_UNIT`,
#: :data:`_EUROPEAN_WORD`, :data:`_GBK_FOLD_BY_LETTER`).
_LATIN1_LETTERS = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00fe"
_LATIN_LETTER = re.compile(f"[{_LATIN1_LETTERS}]")
# A GBK pair, or a GB18030 four-byte character (lead, digit, lead, digit: 㛃 82 30 B7 31, the
# characters outside GBK of rare names), which no GBK pair is (no GBK trail byte is a digit).
_GBK_LATIN_CHAR = f"[{_H}](?:[{_H}\\x40-\\x7e]|[0-9][{_H}][0-9])"
_GBK_LATIN_RUN = re.compile(f"{_GBK_LATIN_CHAR}(?:{_GBK_LATIN_CHAR})*")
_GB18030_FOUR = re.compile(rb"[\x81-\xfe][0-9][\x81-\xfe][0-9]")
_EXT_HAN = re.compile("[\u3400-\u4dbf\U00020000-\U0003134f]")
# The blocks whose letters and symbols GB18030 (not GBK) writes with four bytes that Chinese
# text uses: Latin letters and IPA (ñ 81 30 8A 39), general punctuation (• 81 36 A6 31),
# letterlike symbols, arrows, mathematical and technical signs, dingbats (™, ♪, ✓).
_GB18030_SYMBOL_BLOCKS = ((0x00A0, 0x02FF), (0x2010, 0x2BFF))


@lazy
def _gb18030_symbols() -> re.Pattern[str]:
    """The letters, symbols and punctuation of :data:`_GB18030_SYMBOL_BLOCKS` that GBK lacks:
    what a GB18030 four-byte character outside the Han extensions is in a Chinese text."""
    chars = []
    for lo, hi in _GB18030_SYMBOL_BLOCKS:
        for c in map(chr, range(lo, hi + 1)):
            if unicodedata.category(c)[0] in "LNPS" and c.encode("gbk", "replace") == b"?":
                chars.append(c)
    return re.compile(f"[{char_class_body(chars)}]")


def _four_byte_judged(after: str, run: str, short: bool) -> str | None:
    """What of a GB18030 reading *after* (of the Latin-1 *run*) its score judges: its GBK
    characters. A four-byte character is known by its bytes' shape: it must be a Han character
    of the extensions (a rare name's) or a letter or symbol GBK lacks (:func:`_gb18030_symbols`).
    None when something else is left, or nothing: but a run of such letters and symbols alone
    is read on a line with GBK damage (*short*) or where it starts with the C1 control 0x81 (the
    lead byte of the first four-byte characters: Latin letters, punctuation, symbols), which no
    text writes ("Se\\x810\\x8a9or": ñ).
    ``""`` then: nothing to judge."""
    judged = _gb18030_symbols().sub("", _EXT_HAN.sub("", after))
    if judged.encode("gbk", "replace").decode("gbk", "replace") != judged:
        return None  # (what is not an extension's Han character nor such a symbol must be GBK's)
    if not judged and (_EXT_HAN.search(after) or not (short or run.startswith("\x81"))):
        return None
    return judged


_PUNCT = frozenset(_CJK_PUNCT + _CP1252_HIGH)
# cp1252's characters that Chinese text writes as themselves (“ ” ‘ ’ — … •): a run of them
# alone ("——" 97 97 is GBK 棗, "““" 摀) on a damaged line is the clean text's punctuation
_CP1252_CJK = "".join(c for c in _CP1252_HIGH if c in _CJK_PUNCT)
_CP1252_CJK_PUNCT = re.compile(f"[{_CP1252_CJK}]+")
# A run without those characters (see :func:`_split_at_punct`), and one character of a run.
_H_PIECE = "".join(sorted((set(map(chr, range(0x80, 0xFF))) | set(_CP1252_HIGH)) - set(_CP1252_CJK)))
_GBK_LATIN_PIECE = re.compile(f"[{_H_PIECE}][{_H_PIECE}\\x40-\\x7e](?:[{_H_PIECE}][{_H_PIECE}\\x40-\\x7e])*")
_GBK_LATIN_BYTE = re.compile(f"[{_H_PIECE}]")


def _no_latin_pair(text: str) -> bool:
    """Whether *text* holds no two Latin-1 characters A1-FE in a row (:data:`_GBK_LATIN_GATE`),
    from its bits where they are known."""
    entry = _line_bits(text)
    if entry is not None and not entry.any & _HAS_LATIN1:
        return True
    if entry is None or entry.at is None:
        return not _GBK_LATIN_GATE.search(text)
    # the gate is two characters of one class: two neighbours with the bit
    latin = entry.at[(entry.at_bits & _HAS_LATIN1) > 0]
    return not (latin[1:] - latin[:-1] == 1).any()


def _stage_gbk_latin(text: str) -> list[tuple[int, int, str, str]]:
    if _no_latin_pair(text):
        return []
    # GBK read as Latin then NFKC-normalized first (it leaves such pairs too: "Ñ§Éú", "ÌÓý")
    folded = _gbk_nfkc_edits(text)
    if folded:
        # the line has GBK damage: its other runs read as plain GBK-as-Latin, between the folds
        return _merge_edits(folded, _gbk_latin_between(text, folded))
    if _layered().search(text) and _damaged_twice(text):
        return []  # the UTF-8 layer of text damaged twice first (ftfy): read in the next round
    for codec in ("gbk", "big5"):  # GBK first: a run that reads as both is mostly GBK
        edits = _scan_gbk_latin(text, False, codec)
        if edits:
            # a line that has GBK-as-Latin damage has it everywhere: one character ("Äê" for 年)
            # too, in the same codec
            return _scan_gbk_latin(text, True, codec)
    return _gbk_latin_units(text)


_UNIT_SIGN = "\u00a1-\u00bf"
#: One GBK character read as Latin-1 right after a number, a line's only damage: its unit
#: ("2026Äê5月": 年 is C4 EA). Two Latin-1 characters A1-FE, a letter among them (signs alone,
#: "30°±2", are the clean text's), after digits that follow no ASCII letter, digit or "." (nor a
#: character of 80-FF but the end of a unit read: "5ÔÂ" after "2026Äê") and before no letter
#: and no character of 80-FF (a Latin word: "5ème", "1ª").
_GBK_LATIN_UNIT = re.compile(
    f"(?<![A-Za-z0-9.])[0-9]+((?:[{_LATIN1_LETTERS}][{_LATIN1_LETTERS}{_UNIT_SIGN}]|[{_UNIT_SIGN}][{_LATIN1_LETTERS}]))"
    "(?![A-Za-z\u0080-\u00ff])"
)


#: The last UTF-8 lead byte of the European alphabets' letters (U+0080-U+04FF: Latin-1, Latin
#: extended, IPA, Greek, Cyrillic): a unit pair of such a lead and a continuation byte is UTF-8
#: read as Latin-1, not GBK (元 is D4 AA, "Ôª": U+052A, no letter a text writes after a digit).
_UNIT_UTF8_LEAD_MAX = 0xD3
#: The end of UTF-8's continuation bytes (80-BF): a unit pair's second byte below it may end a UTF-8 sequence.
_UTF8_CONT_END = 0xC0


#: Units read alone on a line without other Han: a date's or a count's two at least
#: ("2026Äê5ÔÂ20ÈÕ", a date field crawled alone): two numbers each with a unit the number reader
#: knows are Chinese text's shape (EUC-KR's and EUC-JP's dates read as no such units: 斥, 奉).
_UNITS_ALONE_MIN = 2
#: The fewest lowercase ASCII letters of a word of a European language on a line (see, report, Total): fewer
#: are a unit's or a name's abbreviation Chinese text writes (km, cm, kg, m², mmHg, x轴, www.gov.cn, GDP).
_EUROPEAN_LOWER_MIN = 4
#: A word of a European language: one holding a Latin-1 letter (Température, Sesión), or ASCII letters
#: holding :data:`_EUROPEAN_LOWER_MIN` lowercase ones at least (tried at a word's start only, capitals and
#: lowercase disjoint: linear).
_EUROPEAN_WORD = re.compile(f"[{_LATIN1_LETTERS}]|(?<![A-Za-z])(?:[A-Z]*[a-z]){{{_EUROPEAN_LOWER_MIN}}}")


def _gbk_latin_units(text: str) -> list[tuple[int, int, str, str]]:
    """The units of numbers in *text* read as GBK read as Latin-1 (:data:`_GBK_LATIN_UNIT`):
    each pair whose GBK reading is a character the number reader knows as a unit on its own
    (:func:`.numbers.lexicon.unit_chars`: the one-character words of its unit and currency tables, their
    traditional forms, the numeral scales and 点, 168 characters: 年 月 日 人 元 个 万, and common Han too,
    天 家 名 所 成 代 对 ...: what keeps a common word out is the pair's place, right after digits on a
    Chinese line), and whose bytes are no UTF-8 sequence of a European letter or sign
    (:data:`_UNIT_UTF8_LEAD_MAX`), in Chinese text (:func:`_chinese_units_line`).

    >>> _gbk_latin_units("2026Äê5ÔÂ20ÈÕ"), _gbk_latin_units("30°±2，5Â°，Ä0Å1ÆÇ")
    ([(4, 6, '年', 'gbk-as-latin'), (7, 9, '月', 'gbk-as-latin'), (11, 13, '日', 'gbk-as-latin')], [])
    >>> _gbk_latin_units("Lot 3ÀÉ"), _gbk_latin_units("2026³â 5¿ù 20ÀÏ"), _gbk_latin_units("Sesión 2ºÁ，5Äê")
    ([], [], [])
    """
    edits: list[tuple[int, int, str, str]] = []
    units: frozenset[str] | None = None
    for m in _GBK_LATIN_UNIT.finditer(text):
        s = m.start()
        if s and "\u0080" <= text[s - 1] <= "\u00ff" and not (edits and edits[-1][1] == s):
            continue  # digits between Latin-1 letters ("Ä0Å1ÆÇ"), not after a unit read
        data = m.group(1).encode("latin-1")
        if data[0] <= _UNIT_UTF8_LEAD_MAX and data[1] < _UTF8_CONT_END:
            continue  # a European letter's UTF-8 ("5Ð¼" is 5м, "5Â°" 5°): ftfy's
        if units is None:
            from .numbers.lexicon import unit_chars  # (the number reader's tables: on first need)

            units = unit_chars()
        after = data.decode("gbk", "replace")
        if after in units:
            edits.append((m.start(1), m.end(1), after, "gbk-as-latin"))
    return edits if edits and _chinese_units_line(text, edits) else []


def _chinese_units_line(text: str, edits: list[tuple[int, int, str, str]]) -> bool:
    """Is *text*, outside the unit reads *edits*, Chinese text: Han in it (or no other text
    than :data:`_UNITS_ALONE_MIN` numbers with their units at least), and no word of a European
    language (:data:`_EUROPEAN_WORD`: "Température 25°É", "Sesión 2ºÁ"; "12km", "x轴", "5m²" are no
    such words)?"""
    pieces, pos = [], 0
    for s, e, _after, _kind in edits:
        pieces.append(text[pos:s])
        pos = e
    rest = "".join(pieces) + text[pos:]
    if _EUROPEAN_WORD.search(rest):
        return False
    return _HAN_CHAR.search(rest) is not None or len(edits) >= _UNITS_ALONE_MIN


def _gbk_latin_between(text: str, folded: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The runs of *text* outside the sorted edits *folded* (its NFKC-folded GBK damage), each
    stretch between them read as GBK-as-Latin of a damaged line (one character too: "ÔÂ" of 月),
    but for runs beside an ASCII letter (Latin text: the ±° of "±°C")."""
    edits = []
    for a, b in itertools.pairwise([0, *(x for ed in folded for x in ed[:2]), len(text)]):
        if b - a >= 2:
            edits += [(s + a, e + a, after, kind) for s, e, after, kind in _scan_gbk_latin(text[a:b], True)]
    return [ed for ed in edits if not _by_ascii_letter(text, ed[0], ed[1])]


def _scan_gbk_latin(text: str, short: bool, codec: str = "gbk") -> list[tuple[int, int, str, str]]:
    """Runs of *text* that read as Chinese text in *codec* (``gbk`` or ``big5``)."""
    kind = f"{codec}-as-latin"
    edits = []
    pos = 0
    while True:
        m = _GBK_LATIN_RUN.search(text, pos)
        if m is None:
            return edits
        pos = m.end()
        split, end = _split_at_punct(text, m, short, codec)
        if split:
            edits += split
            pos = end
            continue
        # the run may start one character early (a “ or · of the clean text before it); read so,
        # its pairs reach at most one character past the run read from the next one (the text
        # after the damage is not Latin-1). A run from the next one that stops well before this
        # one's end leaves the rest unread: this one's first character is a lead byte (繁 is B7
        # B1, ·±), not the clean text's mark.
        shifted = _GBK_LATIN_RUN.match(text, m.start() + 1) if m.group()[0] in _PUNCT else None
        if shifted is not None and shifted.end() < m.end() - 1:
            shifted = None
        best = None
        for mm in (m, shifted):
            after = _gbk_latin(mm.group(), short, codec) if mm else None
            if mm and after:
                # GBK text is mostly simplified: the simplified reading wins, then the longer
                key = (_score(after, _profiles()[0]), mm.start() - mm.end())
                if best is None or key < best[0]:
                    best = (key, mm, after)
        if best is None and short and codec == "gbk":
            after = _gbk_pinyin(text, m)
            best = (None, m, after) if after else None
        if best:
            _key, mm, after = best
            end = mm.end()
            if _cut_lead(text, end, codec):
                after, end = after + MARKER, end + 1
            edits.append((mm.start(), end, after, kind))
            pos = max(pos, end)


def _gbk_pinyin(text: str, m: re.Match[str]) -> str | None:
    """The run *m* of a line found GBK-as-Latin read as GBK's Pinyin letters (A8A1-A8BA: ā á
    … ü ê), when it is only those and stands next to an ASCII letter: the ü of "Zürich"
    ("Z¨¹rich") in a Chinese line, a Latin word's letter that GBK spells with two bytes. Alone,
    such a letter costs as much as a rare character and a short run would not be read.

    >>> _gbk_pinyin("Z¨¹rich", _GBK_LATIN_RUN.search("Z¨¹rich")), _gbk_pinyin(" ¨¹ ", _GBK_LATIN_RUN.search(" ¨¹ "))
    ('ü', None)
    """
    s, e = m.span()
    near = (text[s - 1] if s > 0 else "") + (text[e] if e < len(text) else "")
    if not any(c.isascii() and c.isalpha() for c in near):
        return None
    try:
        after = m.group().translate(_TO_LATIN1).encode("latin-1").decode("gbk")
    except UnicodeError:
        return None
    return after if all(c in _GBK_PINYIN for c in after) else None


_GBK_PINYIN = frozenset(bytes((0xA8, b)).decode("gbk") for b in range(0xA1, 0xBB))

_LEADS = {"gbk": (0x81, 0xFE), "big5": (0xA1, 0xF9)}
# The superset a GBK (Big5) run is read with where GBK (Big5) lacks one of its pairs.
_SUPERSET = {"gbk": "gb18030", "big5": "big5hkscs"}
_HKSCS_LEAD = re.compile(rb"[\x87-\x9f][\x40-\x7e\xa1-\xfe]")  # (C1 controls in Latin-1)
#: The fewest Big5 characters a run read as Big5-HKSCS holds beside Hong Kong's to be read so: the
#: judgement is on them alone, and one or two common ones come out of runs of Latin-1 symbols.
_HKSCS_MIN_BIG5 = 3


def _cut_lead(text: str, i: int, codec: str = "gbk") -> bool:
    """Whether ``text[i]``, just after a run read as GBK (or Big5), is a lead byte of that
    codec (GBK 81-FE) alone at the end of the line: the first half of a character whose second
    byte was cut off ("Í¨Ö", 通 and half of 知). In GBK text read as Latin-1 every byte past 7F
    is half of a pair. Not a character Chinese text writes as itself (“ ” ‘ ’ — … •, cp1252's
    reading of 91-97): ``Ò»”`` is 一 and a closing quote as much as 一 and half a character,
    and marking would lose a character the text may have had.

    >>> _cut_lead("Í¨Ö", 2), _cut_lead("Í¨Ö x", 2), _cut_lead("Í¨", 2), _cut_lead("Ò»”", 2)
    (True, False, False, False)
    """
    if i >= len(text) or (i + 1 < len(text) and text[i + 1] not in "\r\n") or text[i] in _CP1252_CJK:
        return False
    low, high = _LEADS[codec]
    return low <= ord(text[i].translate(_TO_LATIN1)) <= high


def _split_at_punct(
    text: str, m: re.Match[str], short: bool, codec: str = "gbk"
) -> tuple[list[tuple[int, int, str, str]], int]:
    """The run *m* read with its cp1252 characters that Chinese text writes as themselves
    (“ ” ‘ ’ — … •) kept, each piece between them repaired on its own ("Í¨Öª——2024": 通知——,
    not 通知棗), and where the pieces end (past *m* when the kept characters shifted the byte
    pairs). Such a byte is half of a GBK character outside GB2312 (棗 摀 敺) where clean
    punctuation stands next to the damage. Every piece must read as Chinese, one of them by
    the rules of *short* (as the run would be judged), and no byte may be left over; else no
    edits.
    """
    if _CP1252_CJK_PUNCT.search(text, m.start(), m.end()) is None:
        return [], m.end()
    edits = []
    enough = short
    pos = m.start()
    while True:
        punct = _CP1252_CJK_PUNCT.match(text, pos)
        if punct is not None:
            pos = punct.end()
        piece = _GBK_LATIN_PIECE.match(text, pos)
        if piece is None:
            break
        after = _gbk_latin(piece.group(), True, codec)
        if after is None:
            return [], m.end()
        enough = enough or _gbk_latin(piece.group(), False, codec) is not None
        edits.append((piece.start(), piece.end(), after, f"{codec}-as-latin"))
        pos = piece.end()
    if not (edits and enough) or pos < m.end() or _GBK_LATIN_BYTE.match(text, pos):
        # a byte left without its pair ("—l" is 條 97 6C, "…¢×h" 參議): the pieces are out of step
        return [], m.end()
    joined = _gbk_latin(m.group(), short, codec)
    if joined is not None:
        # both read as Chinese ("本‘—法" or 本憲法): the split must be the likelier text, in the
        # profile (simplified or traditional) that suits it best
        split = splice(text[: pos], edits)[m.start() :]
        common = min(_profiles(), key=lambda p: _score(split, p))
        if _score(split, common) >= _score(joined, common):
            return [], m.end()
    return edits, pos


def _latin_as_utf8(run: str) -> str | None:
    """*run* (Latin-1 / cp1252 text) read back as UTF-8 bytes, if they are UTF-8 (perhaps cut
    inside the last character: the run may end on a pair)."""
    try:
        data = run.translate(_TO_LATIN1).encode("latin-1")
    except UnicodeError:
        return None
    return _utf8_prefix(data)


def _utf8_prefix(data: bytes) -> str | None:
    """*data* read as UTF-8, if it is UTF-8 (perhaps cut inside the last character)."""
    try:
        return codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeError:
        return None


_LETTER_LEADS = bytes(range(0xC0))  # deleted: what is left are bytes of Latin-1 letters


def _big5_shaped(data: bytes, after: str, short: bool) -> bool:
    """Whether the Latin-1 bytes *data*, read as Big5 *after*, look like Big5 text rather than
    Latin text. Big5 pairs a lead byte A1-F9 with a trail byte 40-7E or A1-FE, so a Latin
    capital with a diacritic before an ASCII letter ("ÄM", "ÅK") is a common Big5 character:
    Latin words in capitals read as Chinese. The common characters' lead bytes are mostly
    A4-BF (28 of the 35 lead bytes of Big5 level 1), Latin-1 symbols; in Latin text the bytes
    past 7F are letters (C0-FF). So the lead bytes must be mostly symbols, and a run on its own
    (not *short*) must be three characters at least.

    >>> _big5_shaped("ÄMÄLÅK".encode("latin-1"), "鵡嚷鐵", False)
    False
    >>> _big5_shaped("¥_¥«".encode("latin-1"), "北市", True)
    True
    """
    if not short and len(after) < 3:
        return False
    leads = data[::2]
    return 2 * len(leads.translate(None, _LETTER_LEADS)) < len(leads)


#: Latin-1 characters in a row, each read from its two UTF-8 bytes as Latin-1 again ("Â°ÃªÂ¥":
#: Big5's "°ê¥" of 國立), that make a line the UTF-8 layer of text damaged twice rather than
#: GBK or Big5 read as Latin-1: GBK text of three characters in a row whose lead bytes are C2
#: or C3 and trail bytes below C0 (GB2312 row C2's 隆 楼 卤 路 陆, row C3's 媒 煤) is not written.
_LAYERED_MIN = 3


@lazy
def _layered() -> re.Pattern[str]:
    """:data:`_LAYERED_MIN` Latin-1 characters in a row read from their UTF-8 as Latin-1 again
    ("Â°ÃªÂ¥"), at the start of a Latin-1 run (inside one, "¾Ã¾Ã¾Ã" is GBK's 久久久): a line
    damaged twice, whose GBK or Big5 reading comes after its UTF-8 one. (The lookbehind in the
    pattern, not a test of each match in Python: a spam line of GBK read as Latin-1 holds
    thousands of such pairs inside runs, ~0.2% of normalize, measured.)"""
    return re.compile(f"(?<![\u0080-\u00ff{_CP1252_HIGH}])(?:[\u00c2\u00c3][{_CONT1}]){{{_LAYERED_MIN},}}")


#: A run of Latin-1 (or windows-1252) characters, as :func:`_damaged_twice` reads them back.
_LATIN_RUN = re.compile(f"[{_H}\u00ff]+")


def _damaged_twice(text: str) -> bool:
    """Whether *text*, where :func:`_layered` found a start, is the UTF-8 layer of text damaged
    twice: each Latin-1 run of it reads back as UTF-8 whole, and what that reading gives is
    itself GBK or Big5 read as Latin-1. (Not so GBK read as Latin-1 once whose first characters
    lead with C2 or C3, 陆路贸易 "Â½Â·Ã³Ò×": its bytes are not UTF-8 throughout.)

    >>> [_damaged_twice(t) for t in ("Â°ÃªÂ¥Ã¥Â¤Â§", "Â½Â·Ã³Ò×·¢Õ¹")]
    [True, False]
    """
    try:
        read = _LATIN_RUN.sub(lambda m: _latin_utf8(m.group()), text)
    except UnicodeError:
        return False
    runs = _GBK_LATIN_RUN.findall(read)
    return any(_gbk_latin(r, True, codec) for r in runs for codec in ("gbk", "big5"))


def _gbk_latin(run: str, short: bool = False, codec: str = "gbk") -> str | None:
    """The GBK (or Big5) reading of a Latin-1 run, if it is plainly Chinese text (Big5: plainly
    traditional text)."""
    distinct = len(set(run))
    if short:
        if len(run) < 2 or _CP1252_CJK_PUNCT.fullmatch(run):
            return None
    elif len(run) < 4 or distinct < 2 or (distinct < 3 and not _LATIN_LETTER.search(run)):
        return None  # "××××" or "°±°±" is not text
    data = run.translate(_TO_LATIN1).encode("latin-1")
    as_utf8 = _utf8_prefix(data)  # the same bytes: translated to Latin-1 once
    if as_utf8 and (
        max(as_utf8) > "\u07ff"
        or (not short and _ONE_SCRIPT.fullmatch(as_utf8))
        or max(_latin_as_utf8(as_utf8) or " ") > "\u07ff"
        or (len(as_utf8) > 1 and max(as_utf8) <= "\u00ff" and _gbk_latin(as_utf8, short, codec))
    ):
        # reads as UTF-8 ("Ã©Ã¨" is "éè"): ftfy's business; "һȫ" is not a word; nor is UTF-8
        # read as Latin-1 twice ("Ã¥Â¹Â´" is "å¹´", then 年), as GBK 氓鹿麓, nor GBK read as
        # Latin-1 whose UTF-8 was read as Latin-1 again ("Â¸Â½" is "¸½", then 附)
        return None
    if run[0] in _PUNCT and max(_utf8_prefix(data[1:]) or " ") > "\u07ff":
        return None  # the clean text's “ or · before UTF-8 read as Latin-1 ("·å¿ƒ" is · 心)
    if _UTF8_LOST_CONT.fullmatch(data) and len(_LEAD3_BYTE.findall(data)) >= 2:
        return None  # UTF-8 that lost bytes: the UTF-8 stages mark them
    # GBK's superset GB18030 only where a four-byte character is, or a two-byte one GBK
    # decoders lack (the extension characters GB18030 gave GBK's last row: 䶮 is FE 9F)
    reader = "gb18030" if codec == "gbk" and _GB18030_FOUR.search(data) else codec
    try:
        after = data.decode(reader)
    except UnicodeDecodeError:
        # the codec's superset where it lacks a pair: GB18030, or Big5-HKSCS where a lead byte
        # only Hong Kong's characters use is (嘅 is 9D EF)
        reader = _SUPERSET.get(reader, "")
        if not reader or (reader == "big5hkscs" and not _HKSCS_LEAD.search(data)):
            return None
        try:
            after = data.decode(reader, "replace" if reader == "gb18030" else "strict")
        except UnicodeDecodeError:
            return None
    # (a run of four characters at least that reads as one is one four-byte character)
    if not after or after.isascii():
        return None
    if codec == "big5" and not _big5_shaped(data, after, short):
        return None
    judged = after
    if reader == "gb18030":
        # the run is judged on its characters other than the four-byte ones
        four = _four_byte_judged(after, run, short)
        if not four:
            return None if four is None else after
        judged = four
    elif reader == "big5hkscs":
        # judged on its Big5 characters: Hong Kong's (㗎, 啲) are rare in any profile, and
        # their lead bytes (87-A0, C1 controls in Latin-1) are what Latin text does not hold
        judged = after.encode("big5", "ignore").decode("big5")
        if len(judged) < _HKSCS_MIN_BIG5:
            return None  # (two Big5 characters and a Hong Kong one out of Latin-1 symbols, »¥À×”h, are no text)
    # read as simplified or as traditional text, not a mixture; Big5 text is traditional
    for common in _profiles() if codec == "gbk" else _profiles()[1:]:
        costs = _costs(judged, common)
        if max(costs) < 3 and sum(costs) <= 0.25 * len(judged):
            return after
    return None


# --------------------------------------------------------------------------- CJK UTF-8 as Latin

_CONT1 = "\u0080-\u00bf" + _CP1252_HIGH
# three-byte UTF-8 sequences (U+0800-U+FFFF: all CJK) read as Latin-1 / cp1252
_CJK_LATIN_RUN = re.compile(f"[\u00e0-\u00ef][{_CONT1}]{{2}}(?:[\u00e0-\u00ef][{_CONT1}]{{2}})*")
_CJK_LATIN_LEAD = re.compile(f"[\u00e0-\u00ef][{_CONT1}]")
_LATIN_WORD = re.compile("[A-Za-z\u00c0-\u024f]")


def _stage_cjk_latin(text: str) -> list[tuple[int, int, str, str]]:
    """Chinese UTF-8 read as Latin-1 / cp1252, even one character ("å½¢" -> "形").

    ftfy declines short cases; a sequence that decodes to common CJK characters is clear
    enough, unless it is a lone character glued to a Latin word.
    """
    if _lacks(text, _HAS_CJK_LATIN_LEAD) or not _CJK_LATIN_LEAD.search(text):
        return []
    common = _common()
    edits = []
    for m in _CJK_LATIN_RUN.finditer(text):
        run = m.group()
        try:
            after = _latin_utf8(run)
        except (UnicodeDecodeError, UnicodeEncodeError):
            continue
        if not all(c in common and c >= "\u3000" for c in after):  # Han, CJK punctuation
            continue
        s, e = m.span()
        if len(after) == 1 and (
            (s > 0 and _LATIN_WORD.match(text, s - 1)) or _LATIN_WORD.match(text, e)
        ):
            continue
        edits.append((s, e, after, "utf8-as-latin"))
    return edits


# cp1252 has no character for the bytes 81 8D 8F 90 9D: a decoder that drops them ("ignore")
# leaves a character's lead byte with one continuation byte or none ("åå››" = E5 [8D 81 lost]
# E5 9B 9B). Such a run: three-byte sequences, some of them cut short.
_CJK_LATIN_CUT_RUN = re.compile(f"[\u00e0-\u00ef][{_CONT1}]{{0,2}}(?:[\u00e0-\u00ef][{_CONT1}]{{0,2}})*")
# A decoder that wrote U+FFFD for those bytes ("replace") leaves the character whole in shape,
# one byte a hole: "å\ufffdš" is 坚 (E5 9D 9A). A run of a line with U+FFFD may hold such
# characters (the hole in the place of a continuation byte only; each is one MARKER).
_HOLED = f"\ufffd[{_CONT1}]|[{_CONT1}]\ufffd"
_CJK_LATIN_HOLED_RUN = re.compile(
    f"[\u00e0-\u00ef](?:{_HOLED}|[{_CONT1}]{{0,2}})(?:[\u00e0-\u00ef](?:{_HOLED}|[{_CONT1}]{{0,2}}))*"
)
_HOLED_CHAR = re.compile(f"[\u00e0-\u00ef](?:{_HOLED})")
_HAN_CHAR = re.compile("[\u3400-\u9fff]")
_CUT_SHORT = re.compile(f"[\u00e0-\u00ef](?:[{_CONT1}]?(?![{_CONT1}]))")
_LATIN1_CHAR = re.compile("[\x00-\xff]")  # (a character a Latin-1 reading can give)


def _stage_cjk_latin_cut(text: str) -> list[tuple[int, int, str, str]]:
    """Chinese UTF-8 read as cp1252 by a decoder that dropped the bytes cp1252 lacks: each
    character cut short becomes one :data:`MARKER`, never a guess ("ç¬¬å…«åå››æ¡" ->
    "第八\ufffd四\ufffd").

    A run (two characters at least) is repaired when it has a character cut short and its
    whole characters are all common Han characters or punctuation of Chinese text; the line's runs must
    hold at least three whole characters together and more whole characters than cut ones
    (a stray accented letter is no evidence). On a line with U+FFFD only a U+FFFD in the
    place of a continuation byte is read (a decoder that replaced the byte, see
    :func:`_cut_runs`); else such a line is left to the stages that weigh what a marked byte
    was. Runs refused for want of whole characters are left as they came by the later stages
    too (:func:`_refused_cuts`).

    >>> _stage_cjk_latin_cut("ç¬¬å…«åå››æ¡ è½¦è¾†ç®¡ç†æ‰€")
    [(0, 12, '第八\ufffd四\ufffd', 'utf8-as-latin'), (13, 27, '车辆管\ufffd所', 'utf8-as-latin')]
    >>> _stage_cjk_latin_cut("très bien, naïve café, àè")
    []
    """
    return _cut_stage(text)[0]


def _cut_evidence(whole: int, cut: int) -> bool:
    """Enough whole characters on a line for its cut ones to be marked (see
    :func:`_stage_cjk_latin_cut`)."""
    return whole >= 3 and whole > cut


#: Characters (whole and cut) a line's runs must read as for :func:`_c1_dropped` to mark them.
C1_DROPPED_MIN = 4
# What a Latin-1 reader whose C1 controls were then removed never leaves: those controls, and
# the letters cp1252 gives the bytes 80-9F
_C1_OR_CP1252 = re.compile(f"[\x80-\x9f{_CP1252_HIGH}]")


def _c1_dropped(text: str, whole: int, cut: int, han: bool) -> bool:
    """Chinese UTF-8 read as Latin-1, its C1 controls (the bytes 80-9F) then removed by a filter
    of control characters: half the continuation bytes gone, most characters are cut, and
    :func:`_cut_evidence` (more whole characters than cut ones) cannot hold ("æå¸èµæ\xa0¼è®¤"
    is 教师资格认 with 格认 alone whole). The shape is exact: the line holds no C1 control and no
    cp1252 letter of those bytes (each continuation byte left is A0-BF), a Han character reads
    whole, and the runs read as :data:`C1_DROPPED_MIN` characters at least; each cut
    character is one :data:`MARKER`, never a guess (and :func:`_cut_stage` keeps the marks
    only where no other reading takes them for lost bytes of its own).

    >>> _c1_dropped("æå¸èµæ\xa0¼è®¤å®å¬å", 2, 6, True), _c1_dropped("àè", 0, 2, False)
    (True, False)
    """
    return han and cut > 0 and whole + cut >= C1_DROPPED_MIN and _C1_OR_CP1252.search(text) is None


def _cut_runs(text: str) -> tuple[list[tuple[int, int, str, str]], int, int, bool]:
    """The runs of *text* that read as Chinese UTF-8 with characters cut short (each with its
    reading, a :data:`MARKER` per cut character); the whole and cut characters of the line's
    runs that read as Chinese UTF-8 (with a cut character or without: "å›½åŠžå‡½" is as much
    evidence for the "å·" of 号 on its line as a whole character next to it), and whether
    a Han character is among the whole ones.

    >>> _cut_runs("å›½åŠžå‡½ã€”2018ã€•74å·")
    ([(21, 23, '\ufffd', 'utf8-as-latin')], 5, 1, True)

    On a line with U+FFFD, a character whose byte cp1252 lacked became one (a decoder that
    replaced it): whole in shape, it counts as a whole character, and is one mark.

    >>> _cut_runs("要å\ufffdšæŒ\ufffdä»¥学生")
    ([(1, 10, '\ufffd\ufffd以', 'utf8-as-latin')], 3, 0, True)
    """
    if _lacks(text, _HAS_CJK_LATIN_LEAD) or not _CJK_LATIN_LEAD.search(text):
        return [], 0, 0, False
    holes = MARKER in text
    common = _common()
    found = []
    whole = cut = 0
    han = False
    for m in (_CJK_LATIN_HOLED_RUN if holes else _CJK_LATIN_CUT_RUN).finditer(text):
        run = m.group()
        holed = len(_HOLED_CHAR.findall(run)) if holes else 0
        bare = run.replace(MARKER, "") if holed else run
        if len(bare) < 2:
            continue
        try:
            after = bare.translate(_TO_LATIN1).encode("latin-1").decode("utf-8", "replace")
        except UnicodeEncodeError:
            continue
        real = after.replace(MARKER, "")
        # Han, CJK punctuation, and the punctuation and symbols of Chinese text (“”—… Ⅱ ① ℃ ≥)
        if not all(c in common and c >= "\u2010" for c in real):
            continue
        if _CUT_SHORT.search(bare):
            cut += len(after) - len(real) - holed
            found.append((m.start(), m.end(), after, "utf8-as-latin"))
        elif len(real) != len(after):
            continue  # whole sequences that are no character (a surrogate): no evidence
        whole += len(real) + holed
        han = han or _HAN_CHAR.search(real) is not None
    if holes and (not han or (found and _ftfy_fills(text))):
        # no Han character read whole: the U+FFFD may be another damage's (“ read as cp1252
        # twice, "â€\ufffd"); or ftfy reads a hole (a whole line read so: it restores what a
        # hole was where it can): left to the stages that weigh what a marked byte was
        return [], 0, 0, False
    return found, whole, cut, han


def _ftfy_fills(text: str) -> bool:
    """Does ftfy's reading of *text* (:func:`_stage_ftfy`) read one of its U+FFFD as a byte?"""
    return any(text.count(MARKER, a, b) > after.count(MARKER) for a, b, after, _ in _stage_ftfy(text))


def _cut_stage(text: str) -> tuple[list[tuple[int, int, str, str]], list[tuple[int, int, bool]]]:
    """:func:`_stage_cjk_latin_cut`'s edits on *text* and :func:`_refused_cuts`'s runs, read once.
    Runs that the GBK-as-Latin reading of the line takes are refused too: GBK's Latin text
    holds UTF-8's shapes (组工 D7 E9 B9 A4 holds 鹤 E9 B9 A4; 设电法 C9 E8 B5 E7 B7 A8 a cut
    character and 編), and that reader refuses text that reads as UTF-8.

    >>> _cut_stage("×é¹¤×é¹¤Éèµç·¨")  # 组工组工设电法 in GBK read as Latin-1
    ([], [(9, 14, True)])
    """
    found, whole, cut, han = _cut_runs(text)
    if _cut_evidence(whole, cut) and not _gbk_latin_takes(text, found):
        return found, []
    if (
        _c1_dropped(text, whole, cut, han)
        and not _gbk_latin_takes(text, found)
        and not _stage_cjk(splice(text, found))  # (mostly marks: a Big5 lossy reading of
    ):  # them, "\ufffd\ufffd\ufffd表\ufffd表" for 。。。表。表, would lose 表)
        return found, []
    return [], [(s, e, han) for s, e, _, _ in found]


def _gbk_latin_takes(text: str, runs: list[tuple[int, int, str, str]]) -> bool:
    """Does the GBK-as-Latin reading of *text* (:func:`_stage_gbk_latin`) repair every one of
    *runs*, each inside its edits? A run may hold, between two of them, characters no Latin-1
    reading gives (‘ “ — …: clean punctuation between two damaged runs, which the GBK reader
    leaves as they are), where UTF-8 read as cp1252 reads them as bytes (组‘间 read from GBK
    as Latin-1, "×é‘¼ä", holds 鑼 E9 91 BC and a cut character).

    >>> _gbk_latin_takes("Ãæ¡£×é‘¼äÃæ¡£", [(5, 9, "鑼\ufffd", "utf8-as-latin")])  # 面。组‘间面。
    True
    """
    edits = _stage_gbk_latin(text)
    return bool(edits) and all(_taken(text, s, e, edits) for s, e, _, _ in runs)


def _taken(text: str, s: int, e: int, edits: list[tuple[int, int, str, str]]) -> bool:
    """Is ``text[s:e]`` inside *edits* (in order, apart), but for characters beyond Latin-1 between them?"""
    pos = s
    for a, b, _, _ in edits:
        if b <= pos:
            continue
        if a >= e:
            break
        if a > pos and _LATIN1_CHAR.search(text, pos, a):
            return False
        pos = b
    return pos >= e or _LATIN1_CHAR.search(text, pos, e) is None


def _refused_cuts(text: str) -> list[tuple[int, int, bool]]:
    """The runs :func:`_stage_cjk_latin_cut` reads as Chinese UTF-8 cut short but refuses (too
    few whole characters on the line): their spans, and whether a run of the line reads as a
    Han character. Lossy damage is marked, never invented: the other readers of UTF-8 as Latin
    (:data:`_FENCED`) leave such a run as it came, whole, rather than read part of it their way
    (ftfy read the "Š¨" left of 动 after 不's lost byte as "Ѝ", and "åä¹æ¡", 十九条 with
    four bytes lost, as "å乿¡"); see :func:`_clear_of`.

    >>> _refused_cuts("ä¸ä¸åŠ¨é¢")
    [(0, 9, True)]
    >>> _refused_cuts("ç¬¬å…«åå››æ¡ è½¦è¾†ç®¡ç†æ‰€")
    []
    """
    return _cut_stage(text)[1]


def _clear_of(edits: list, fences: list[tuple[int, int, bool]]) -> list:
    """The *edits* that leave the refused runs *fences* (:func:`_refused_cuts`) as they are.

    A stage reads the whole line as before (ftfy judges a line as a whole: read in pieces it
    repairs what it would not), and an edit reaching into a refused run is left out whole
    (ftfy's edit is one span a line): on a line where a run reads as a Han character, any such
    edit; elsewhere one that writes a Han character (where none is read, "â€" or "é\x85" in
    French or English text may be no Chinese cut short, and ftfy's “ or … stands).

    >>> _clear_of([(0, 4, "乿", "k"), (6, 8, "…", "k")], [(0, 5, False), (6, 8, False)])
    [(6, 8, '…', 'k')]
    """
    out = []
    k = 0  # the first fence that may reach an edit at or after this one (both sorted, apart)
    for ed in edits:
        while k < len(fences) and fences[k][1] <= ed[0]:
            k += 1
        touched = [f[2] for f in itertools.takewhile(lambda f, end=ed[1]: f[0] < end, itertools.islice(fences, k, None))]
        if not touched or not (any(touched) or _HAN_CHAR.search(ed[2])):
            out.append(ed)
    return out


# --------------------------------------------------------------------------- UTF-8 as Latin, cut head

#: Continuation bytes read as Latin-1 or cp1252 that clean Chinese text never writes alone
#: right before Chinese: the C1 controls, the soft hyphen, accents and the like, and cp1252's
#: letters and signs of 80-9F; not NBSP, ·, ±, §, ©, ®, « », the currency signs, the unit signs
#: (:data:`_CUT_HEAD_UNITS`, alone: "米²", "温度 °"), nor cp1252's quotes, dashes,
#: bullet, ellipsis, euro or trade mark (a clean text may).
_CUT_HEAD_BYTES = frozenset(
    bytes(range(0x80, 0xA0)).decode("latin-1")
    + "¡¤¦¨ª¬\xad¯´¶¸º¿"
    + "".join(c for c in _CP1252_HIGH if c not in "‘’“”•–—…€™")
)
#: The unit signs among the continuation bytes: a cut head's second byte only, after one of
#: :data:`_CUT_HEAD_BYTES` ("\x9c°" of 地), never alone (a clean text's "米²", "温度 °").
_CUT_HEAD_UNITS = frozenset("°²³µ¹¼½¾")
_CUT_HEAD_LAST = _CUT_HEAD_BYTES | _CUT_HEAD_UNITS
# (matched backwards from a run's start: one or two such bytes, after Chinese, a blank, a tag's
# ">" or the line's start)
_CUT_HEAD = re.compile(
    f"(?:^|(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef> \t]))[{char_class_body(_CUT_HEAD_BYTES)}]"
    f"[{char_class_body(_CUT_HEAD_LAST)}]?$"
)
#: The whole characters of UTF-8 read as Latin after a cut head that show the damage.
CUT_HEAD_MIN = 2
#: The first character of Chinese text's own script, CJK punctuation and Han (a whole
#: character a cut head's run reads as is at least this).
_CJK_FROM = "\u3000"
#: The first character of the punctuation and symbols Chinese text writes besides Han and its
#: own punctuation (“”—… Ⅱ ① ℃ ≥); below it Latin letters and signs, no Chinese read back.
_CHINESE_SIGN_FROM = "\u2010"


def _read_sequences(seqs: Iterable[str], lost: Callable[[str], bool]) -> list[str] | None:
    """Each three-byte sequence of UTF-8 read as Latin-1 / cp1252 (one character a byte) read
    back as the character it was, one *lost* a :data:`MARKER`; None when one is no character."""
    out = []
    for seq in seqs:
        if lost(seq):
            out.append(MARKER)
            continue
        try:
            out.append(_latin_utf8(seq))
        except (UnicodeDecodeError, UnicodeEncodeError):
            return None
    return out


def _stage_cut_head(text: str) -> list[tuple[int, int, str, str]]:
    """Chinese UTF-8 read as Latin-1 / cp1252 whose stretch starts inside a character: the one
    or two continuation bytes left of that character (:data:`_CUT_HEAD_BYTES`, after Chinese, a
    blank, a tag's ``>`` or the line's start) are one :data:`MARKER`, the run after them read as
    :func:`_stage_cjk_latin` reads it (:data:`CUT_HEAD_MIN` common characters at least). The
    character's head was lost (a stretch cut from a longer one), and later steps would drop a
    soft hyphen or a control without a trace, or read the bytes with the run as another codec.

    >>> _stage_cut_head("学生活动\xadå¿ƒå¼€")
    [(4, 11, '\ufffd心开', 'utf8-as-latin')]
    >>> _stage_cut_head("温度25°å¿ƒå¼€"), _stage_cut_head("他说“å¿ƒå¼€")
    ([], [])
    """
    if _lacks(text, _HAS_CJK_LATIN_LEAD):
        return []
    edits = []
    for run in _CJK_LATIN_RUN.finditer(text):
        s = run.start()
        if not s or text[s - 1] not in _CUT_HEAD_LAST:
            continue
        head = _CUT_HEAD.search(text, max(0, s - 3), s)
        if head is None:
            continue
        try:
            after = _latin_utf8(run.group())
        except (UnicodeDecodeError, UnicodeEncodeError):
            continue
        if len(after) >= CUT_HEAD_MIN and all(c in _common() and c >= _CJK_FROM for c in after):
            edits.append((head.start(), run.end(), MARKER + after, "utf8-as-latin"))
    return edits


# --------------------------------------------------------------------------- UTF-8 as Latin, C1 as "?"

# A three-byte sequence read as Latin-1 / cp1252 whose C1 controls a writer then wrote as "?"
_QUESTIONED_RUN = re.compile(f"(?:[\u00e0-\u00ef][{_CONT1}?]{{2}})+")
_C1_CONTROL = re.compile("[\x80-\x9f]")


def _questioned_reading(run: str, common: frozenset[str]) -> str | None:
    """What a run of :data:`_QUESTIONED_RUN` reads as, each sequence with a "?" one
    :data:`MARKER`; None when it holds no "?", or a whole sequence is no common character
    of Chinese text."""
    if "?" not in run:
        return None
    out = _read_sequences((run[k : k + 3] for k in range(0, len(run), 3)), lambda seq: "?" in seq)
    if out is None or any(c != MARKER and (c not in common or c < _CHINESE_SIGN_FROM) for c in out):
        return None
    return "".join(out)


def _stage_c1_questioned(text: str) -> list[tuple[int, int, str, str]]:
    """Chinese UTF-8 read as Latin-1 or cp1252 and saved by a writer that wrote "?" for each C1
    control it could not encode (the bytes 80-9F of a Latin-1 reading, or the five cp1252
    lacks): each character with a "?" for a continuation byte is one :data:`MARKER`, never a
    guess ("å¸?æ??è?²å®¤" -> "\ufffd\ufffd\ufffd室"). The shape is exact: the line holds no C1
    control (the writer wrote them all), and its runs holding a "?" read, whole characters all
    common, as :data:`C1_DROPPED_MIN` characters at least, a Han character among the whole ones.

    >>> _stage_c1_questioned("å¸?æ??è?²å®¤")
    [(0, 12, '\ufffd\ufffd\ufffd室', 'utf8-as-latin')]
    >>> _stage_c1_questioned("Voilà?? Très bien? é?? è??")
    []
    """
    if _lacks(text, _HAS_CJK_LATIN_LEAD) or "?" not in text or _C1_CONTROL.search(text):
        return []
    common = _common()
    edits = []
    for m in _QUESTIONED_RUN.finditer(text):
        after = _questioned_reading(m.group(), common)
        if after is not None:
            edits.append((m.start(), m.end(), after, "utf8-as-latin"))
    read = "".join(ed[2] for ed in edits)
    if len(read) < C1_DROPPED_MIN or not _HAN_CHAR.search(read):
        return []
    return edits


# --------------------------------------------------------------------------- UTF-8 as Latin, NFKC


#: What NFKC (a later tool's folding) makes of the Latin-1 and cp1252 characters of the bytes
#: 80-BF, each the one such character folded so: a continuation byte of UTF-8 read as Latin-1
#: that a later step folded (``™`` -> ``TM``, ``¸`` -> " \u0327", ``¼`` -> ``1⁄4``, NBSP -> " ").
_NFKC_FOLDS = {
    unicodedata.normalize("NFKC", c): c
    for c in dict.fromkeys(bytes(range(0x80, 0xC0)).decode("latin-1") + _CP1252_HIGH)
    if unicodedata.normalize("NFKC", c) != c
}
_NFKC_FOLD = "|".join(re.escape(f) for f in sorted(_NFKC_FOLDS, key=len, reverse=True))
# A three-byte sequence read as Latin-1 / cp1252, each continuation byte as read, folded, or a
# U+FFFD (a byte cp1252 lacks, replaced)
_NFKC_SEQ = f"[\u00e0-\u00ef](?:[{_CONT1}\ufffd]|{_NFKC_FOLD}){{2}}"
_NFKC_RUN = re.compile(f"(?:{_NFKC_SEQ})+")
_NFKC_PIECE = re.compile(f"[\u00e0-\u00ef]|[{_CONT1}\ufffd]|{_NFKC_FOLD}")
# What only a fold leaves beside Latin-1 text: a combining mark after a blank, a fraction slash,
# a Greek mu, a folded trade mark or ellipsis (the gate of a run for :func:`_stage_nfkc_latin`)
_NFKC_SIGN = re.compile(" [\u0301\u0303\u0304\u0308\u0327]|\u2044|\u03bc|TM|\\.\\.\\.")
#: The whole characters a run of :func:`_stage_nfkc_latin` reads as, at least (and more than its
#: marks).
NFKC_LATIN_MIN = 2


def _nfkc_reading(run: str) -> str | None:
    """The Chinese a run of :data:`_NFKC_RUN` reads as, each sequence with a U+FFFD one
    :data:`MARKER`; None when a sequence is no character or holds no fold."""
    pieces = _NFKC_PIECE.findall(run)
    if not any(len(p) > 1 or (not p.isascii() and p in _NFKC_FOLDS) for p in pieces):
        return None
    seqs = ("".join(_NFKC_FOLDS.get(p, p) for p in pieces[k : k + 3]) for k in range(0, len(pieces), 3))
    out = _read_sequences(seqs, lambda seq: MARKER in seq)
    return None if out is None else "".join(out)


def _stage_nfkc_latin(text: str) -> list[tuple[int, int, str, str]]:
    """Chinese UTF-8 read as Latin-1 / cp1252 and then NFKC-normalized by a later tool: each
    fold (:data:`_NFKC_FOLDS`) is the one continuation byte NFKC makes it of, so the run reads
    back exactly ("æ•TMè‚2" -> "教育"); a sequence whose byte cp1252 lacked (a U+FFFD) is one
    :data:`MARKER`. Only a run holding a sign a fold alone leaves (:data:`_NFKC_SIGN`; an ASCII
    letter, digit or blank a fold may leave is the text's own as well), whose whole characters,
    :data:`NFKC_LATIN_MIN` at least and more than its marks, are all common Han or punctuation
    of Chinese text.

    >>> _stage_nfkc_latin("æ•TMè‚2å±€")
    [(0, 10, '教育局', 'utf8-as-latin')]
    >>> _stage_nfkc_latin("Café™ et crème brûlée... à 1⁄2 prix")
    []
    """
    if _lacks(text, _HAS_CJK_LATIN_LEAD):
        return []
    edits = []
    for m in _NFKC_RUN.finditer(text):
        if not _NFKC_SIGN.search(m.group()):
            continue
        after = _nfkc_reading(m.group())
        if after is None:
            continue
        real = after.replace(MARKER, "")
        if len(real) < NFKC_LATIN_MIN or len(real) <= len(after) - len(real):
            continue
        if all(c in _common() and c >= _CHINESE_SIGN_FROM for c in real):
            edits.append((m.start(), m.end(), after, "utf8-as-latin"))
    return edits


# --------------------------------------------------------------------------- GBK as Latin, NFKC

#: What NFKC makes of the Latin-1 characters of the bytes A1-FF that only a fold leaves beside
#: Latin-1 text (a fraction, a Greek mu, a blank and a combining mark), and of those whose fold
#: is an ASCII letter or digit the text may hold too (ª º ¹ ² ³): each back to its byte.
_GBK_FOLDS = {
    unicodedata.normalize("NFKC", c): c
    for c in bytes(range(0xA1, 0x100)).decode("latin-1")
    if unicodedata.normalize("NFKC", c) != c
}
_GBK_FOLD_SURE = "|".join(re.escape(f) for f in sorted(_GBK_FOLDS, key=len, reverse=True) if not f.isascii())
_GBK_FOLD_ASCII = "".join(sorted(f for f in _GBK_FOLDS if f.isascii()))
# A run of GBK read as Latin-1 then NFKC-normalized: Latin-1 characters NFKC keeps and folds,
# an ASCII fold inside it, or at an edge where the run's pieces pair up only with it
_GBK_KEPT = "".join(c for c in bytes(range(0xA1, 0x100)).decode("latin-1") if c not in _GBK_FOLDS.values())
_GBK_NFKC_PIECE = f"[{_GBK_KEPT}]|{_GBK_FOLD_SURE}"
_GBK_NFKC_RUN = re.compile(
    f"[{_GBK_FOLD_ASCII}]?(?:{_GBK_NFKC_PIECE})(?:{_GBK_NFKC_PIECE}|[{_GBK_FOLD_ASCII}](?={_GBK_NFKC_PIECE}))*"
    f"[{_GBK_FOLD_ASCII}]?"
)
_GBK_NFKC_PIECES = re.compile(f"{_GBK_NFKC_PIECE}|[{_GBK_FOLD_ASCII}]")
# the gate: a sign only a fold leaves (the non-ASCII characters of the folds: ⁄ μ and the
# combining marks; :data:`_NFKC_SIGN` is the same of the bytes 80-BF, whole folds)
_GBK_NFKC_SIGNS = "".join(sorted({c for f in _GBK_FOLDS for c in f if not c.isascii()}))
_GBK_NFKC_SIGN = re.compile(f"[{_GBK_NFKC_SIGNS}]")
# a fold no Latin-1 text leaves right beside a Latin-1 letter (not × ÷, nor a sign: ° ± · ² ¼
# stand by digits and units in clean text), the rest of a damaged pair: "1⁄4Û", "μÄ", " ́ó"
_GBK_FOLD_BY_LETTER = re.compile(
    f"[{_LATIN1_LETTERS}](?:{_GBK_FOLD_SURE})|(?:{_GBK_FOLD_SURE})[{_LATIN1_LETTERS}]"
)
#: How far from a sign of :data:`_GBK_NFKC_SIGNS` its fold and the Latin-1 letter beside it
#: reach (``1⁄4Û``: the letter two after the fraction slash, the search's end one more).
NFKC_GBK_REACH = 3
#: The characters a weak run (:func:`_weak_run`: read by a μ only, or a μ beside an ASCII
#: letter) reads as, at least.
NFKC_GBK_WEAK_MIN = 3
# a μ beside an ASCII letter
_MU_BY_ASCII = re.compile("[A-Za-z]\u03bc|\u03bc[A-Za-z]")
# what may join a run read by a sure fold and another run read with it: digits and Chinese
# punctuation (never an ASCII letter or blank: "São Paulo" after a repaired run stays)
_NFKC_GBK_JOIN = re.compile("[0-9，。、；：？！“”‘’《》〈〉（）【】〔〕「」『』—…～－％／　]*")
_ASCII_LETTER = frozenset(string.ascii_letters)


def _gbk_nfkc_edits(text: str) -> list[tuple[int, int, str, str]]:
    """(Read by :func:`_stage_gbk_latin` first, on a line with two Latin-1 characters in a row.)
    GBK read as Latin-1 / cp1252 and then NFKC-normalized by a later tool ("µÄ" of 的 folded
    to "μÄ", "¼Û" of 价 to "1⁄4Û"): each fold (:data:`_GBK_FOLDS`) is the one byte NFKC makes it
    of, so a run holding a fold no Latin-1 text leaves reads back exactly. Only a run whose
    pieces pair up (an ASCII fold at its edge is the text's own when they do not: "2026Äê"),
    holding such a fold right beside a Latin-1 letter and no ASCII letter beside it, read as
    :data:`NFKC_LATIN_MIN` characters at least (:data:`NFKC_GBK_WEAK_MIN` where weak), all common
    Han or Chinese punctuation; where the run does not, its pieces between digits (each the text's
    own or a fold: "ÓÚ3ÔÂ" is 于3月). A run without such a fold is read only where it joins one so
    read (:func:`_nfkc_gbk_joined`).

    >>> _gbk_nfkc_edits("Ñ§Éú×ÛoÏËØÖÊÆÀ1⁄4Û")
    [(0, 18, '学生综合素质评价', 'gbk-as-latin')]
    >>> _gbk_nfkc_edits("Café à 1⁄2 prix, 5 μm")
    []
    """
    if not _nfkc_gbk_suspect(text):
        return []
    edits = _nfkc_gbk_runs(text, True)
    # a run without a fold is read only where it joins a repaired one (:func:`_nfkc_gbk_joined`)
    return _nfkc_gbk_joined(text, edits, _nfkc_gbk_runs(text, False)) if edits else []


def _nfkc_gbk_joined(
    text: str, sure: list[tuple[int, int, str, str]], other: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """The edits *sure* (runs read by a fold no Latin-1 text leaves) and those of *other* (any
    run's reading, sorted) that join them, one by one, over digits and Chinese punctuation only
    (:data:`_NFKC_GBK_JOIN`) and touch no ASCII letter: "1⁄2ÌÓý3⁄4Ö：" is 教育局：, but
    "São" after it is Latin text.

    >>> [ed[2] for ed in _gbk_nfkc_edits("ÑÐ：1⁄2ÌÓý3⁄4Ö (Zoë)")]
    ['研', '教育局']
    """
    # one sweep each way, from the nearest taken edit (only join characters stand between an edit
    # and a farther one when they do between it and the nearest): linear, not a fixed point
    items = _merge_edits(sorted(sure), [ed for ed in other if not _by_ascii_letter(text, ed[0], ed[1])])
    firm = set(sure)
    keep = [ed in firm for ed in items]
    for order in (range(len(items)), range(len(items) - 1, -1, -1)):
        near = None
        for i in order:
            if not keep[i] and near is not None and _joins(text, items[i], near):
                keep[i] = True
            if keep[i]:
                near = items[i]
    return [ed for ed, k in zip(items, keep, strict=True) if k]


def _by_ascii_letter(text: str, s: int, e: int) -> bool:
    """Whether an ASCII letter stands right before or after ``text[s:e]`` (Latin text:
    "Müller1⁄2Ñandú", "Zoë·ñμ·m"; GBK's common characters have no ASCII byte)."""
    return text[s - 1 : s] in _ASCII_LETTER or text[e : e + 1] in _ASCII_LETTER


def _joins(text: str, a: tuple[int, int, str, str], b: tuple[int, int, str, str]) -> bool:
    """Whether only digits and Chinese punctuation stand between the edits *a* and *b*."""
    s, e = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    return _NFKC_GBK_JOIN.fullmatch(text, s, e) is not None


def _nfkc_gbk_suspect(text: str) -> bool:
    """Whether *text* holds a fold no Latin-1 text leaves (:data:`_GBK_NFKC_SIGN`) right beside a
    Latin-1 letter (:data:`_GBK_FOLD_BY_LETTER`, searched within :data:`NFKC_GBK_REACH` of its
    sign): the rest of a damaged pair ("1⁄4Û", "μÄ"; not "5 μg", "1°±μm", "1μ·é"); only there
    are its runs read."""
    if not any(c in text for c in _GBK_NFKC_SIGNS):  # (each a fast scan, where a class is not)
        return False
    return any(
        _GBK_FOLD_BY_LETTER.search(text, max(0, m.start() - NFKC_GBK_REACH), m.end() + NFKC_GBK_REACH)
        for m in _GBK_NFKC_SIGN.finditer(text)
    )


def _nfkc_gbk_runs(text: str, sure: bool) -> list[tuple[int, int, str, str]]:
    """:func:`_gbk_nfkc_edits`'s edits, of the runs holding a fold no Latin-1 text leaves beside
    a Latin-1 letter (*sure*) or of any run."""
    edits = []
    for m in _GBK_NFKC_RUN.finditer(text):
        # read whole; else its pieces between digits (each the text's own or a fold: "ÓÚ3ÔÂ" is
        # 于3月, "1⁄4þ1£o" is 件1：); else whole but for an ASCII fold at an edge ("3Äê" is 3年)
        whole = _nfkc_gbk_reading(text, m.start(), m.end(), sure, False)
        if whole is not None:
            edits.append(whole)
            continue
        cuts = [m.start() - 1] + [d.start() for d in _DIGIT.finditer(text, m.start() + 1, m.end() - 1)] + [m.end()]
        pieces = [_nfkc_gbk_reading(text, a + 1, b, sure, True) for a, b in itertools.pairwise(cuts)] if len(cuts) > 2 else []
        if any(pieces):
            edits += [ed for ed in pieces if ed is not None]
            continue
        whole = _nfkc_gbk_reading(text, m.start(), m.end(), sure, True)
        if whole is not None:
            edits.append(whole)
    return edits


def _weak_run(text: str, s: int, e: int) -> bool:
    """Whether the run ``text[s:e]`` is read by a μ only (the fold of µ, common in clean text
    too) or holds a μ beside an ASCII letter (a unit's micro: "5μm")."""
    return set(_GBK_NFKC_SIGN.findall(text, s, e)) == {"\u03bc"} or bool(
        _MU_BY_ASCII.search(text, max(0, s - 1), e + 1)
    )


_DIGIT = re.compile("(?<!\u2044)[0-9](?!\u2044)")  # (not a fraction's: 1⁄4 is one fold)


def _nfkc_gbk_reading(text: str, s: int, e: int, sure: bool, trim: bool) -> tuple[int, int, str, str] | None:
    """:func:`_gbk_nfkc_edits`'s edit of ``text[s:e]`` (holding a fold no Latin-1 text leaves
    beside a Latin-1 letter, :data:`_GBK_FOLD_BY_LETTER`, and read as :data:`NFKC_LATIN_MIN`
    characters at least, :data:`NFKC_GBK_WEAK_MIN` if weak (:func:`_weak_run`), where *sure*;
    an ASCII fold at an edge left out where the pieces do not pair up and *trim*), or None."""
    if sure and (_GBK_FOLD_BY_LETTER.search(text, s, e) is None or _by_ascii_letter(text, s, e)):
        return None
    pieces = _GBK_NFKC_PIECES.findall(text, s, e)
    odd = trim and len(pieces) % 2 == 1
    head = int(odd and pieces[0] in _GBK_FOLD_ASCII)
    tail = int(odd and not head and pieces[-1] in _GBK_FOLD_ASCII)
    pieces = pieces[head : len(pieces) - tail]
    if len(pieces) % 2:
        return None
    try:
        after = "".join(_GBK_FOLDS.get(p, p) for p in pieces).encode("latin-1").decode("gbk")
    except UnicodeDecodeError:
        return None
    least = 1 if not sure else NFKC_GBK_WEAK_MIN if _weak_run(text, s, e) else NFKC_LATIN_MIN
    if len(after) < least or not all(c in _common() and c >= _CHINESE_SIGN_FROM for c in after):
        return None
    return (s + head, e - tail, after, "gbk-as-latin")


# --------------------------------------------------------------------------- ftfy (UTF-8 as Latin)


@lazy
def _ftfy_tables() -> tuple[Any, Any]:
    """ftfy's encodings and UTF-8 clues, ftfy imported on first need (its import costs a fresh
    process 0.07 s; a page without Latin mojibake never needs it)."""
    import ftfy  # noqa: F401 - registers the sloppy codecs the encodings name
    from ftfy.chardata import CHARMAP_ENCODINGS, UTF8_CLUES

    return CHARMAP_ENCODINGS, UTF8_CLUES


def _ftfy_key() -> str:
    """A digest of the ftfy sources the gates derive from (see :mod:`govtext._diskcache`)."""
    spec = find_spec("ftfy")
    if spec is None or not spec.origin:
        return ""
    root = Path(spec.origin).parent
    keys = [_diskcache.source_key(str(root / f)) for f in ("__init__.py", "chardata.py",
                                                          "bad_codecs/sloppy.py")]
    return "-".join(keys) if all(keys) else ""


@lazy
def _ftfy_gate() -> re.Pattern[str]:
    """A lead byte followed by a continuation byte, in any encoding ftfy tries (or a C1 control)."""
    key = (_diskcache.source_key(__file__), _ftfy_key())
    return re.compile(_diskcache.cached("mojibake-ftfy-gate", key, _ftfy_gate_pattern))


def _ftfy_gate_pattern() -> str:
    CHARMAP_ENCODINGS, UTF8_CLUES = _ftfy_tables()
    alts = []
    lost = "?\ufffd\x1a"  # what ftfy's replace_lossy_sequences accepts for a lost byte
    # ftfy's restore_byte_a0: a space for a lost 0xA0 after these leads (never in MacRoman)
    a0_leads = bytes([0xC2, 0xC3, 0xC5, 0xCE, 0xD0, 0xD9, 0xE0, 0xE1, 0xE2, 0xE3, 0xF0])
    for enc in CHARMAP_ENCODINGS:
        lead = bytes(range(0xC2, 0xF5)).decode(enc, "ignore")
        cont = bytes(range(0x80, 0xC0)).decode(enc, "ignore") + lost
        alts.append(f"[{char_class_body(lead)}][{char_class_body(cont)}]")
        if enc != "macroman":
            alts.append(f"[{char_class_body(a0_leads.decode(enc, 'ignore'))}] ")
    first = UTF8_CLUES["utf8_first_of_2"] + UTF8_CLUES["utf8_first_of_3"]
    first += UTF8_CLUES["utf8_first_of_4"]
    alts.append(f"[{char_class_body(first)}][{char_class_body(UTF8_CLUES['utf8_continuation'] + lost)}]")
    alts.append("[\\x80-\\x9f]")
    return "|".join(alts)


@lazy
def _ftfy_prefilter() -> re.Pattern[str]:
    """The union of :func:`_ftfy_gate`'s pairs as one pair of classes: one fast scan."""
    firsts, seconds = set(), set()
    for pair in re.findall(r"\[([^]]*)\]\[([^]]*)\]", _ftfy_gate().pattern):
        firsts.add(pair[0])
        seconds.add(pair[1])
    # one leading class (a C1 control alone, or a first then a second character); the bodies
    # sorted, so every process writes the same pattern (one entry in the pattern cache)
    first, second = "".join(sorted(firsts)), "".join(sorted(seconds))
    return re.compile(f"[{first}\\x80-\\x9f](?:(?<=[\\x80-\\x9f])|[{second} ])")


@lazy
def _ftfy_config() -> ftfy.TextFixerConfig:
    # fix_encoding only; everything that would rewrite correct CJK text stays off.
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


_LINE = re.compile(r"[^\n]*")


def _ftfy_fix(line: str) -> str:
    """ftfy's reading of *line*; or, where its reading goes on after the first decoding (its
    ``decode_inconsistent_utf8`` reads pieces of what that decoding gave as UTF-8 again: ï¼¾
    as ＾, Ñ§ as ѧ), the text that first decoding gave, when that is GBK read as Latin-1 that
    reads better repaired than ftfy's whole reading (秋季学期 read as GBK-as-Latin, and that
    read as Latin-1 again: a page misread twice)."""
    import ftfy

    # (one reading gives the text and its plan: ``fix_encoding`` is this call without the plan)
    fixed, plan = ftfy.fix_encoding_and_explain(line, _ftfy_config())
    if fixed == line or _score(fixed, _common()) == 0.0:
        return fixed
    plan = plan or []
    first = next((i for i, step in enumerate(plan) if step[0] == "decode"), len(plan))
    if first + 1 >= len(plan):
        return fixed
    once = ftfy.apply_plan(line, plan[: first + 1])
    edits = _stage_gbk_latin(once)
    if edits and all(_score(splice(once, edits), c) < _score(fixed, c) for c in _profiles()):
        return once
    return fixed


@lazy
def _badness_gate() -> tuple[re.Pattern[str], int, re.Pattern[str]] | None:
    """(a class of characters every match of ftfy's badness pattern holds one of, the longest
    match, that pattern), or None when the pattern's shape does not allow it: see
    :func:`_badness_witnesses`."""
    from ftfy.badness import BADNESS_RE

    spec = find_spec("ftfy.badness")
    key = (_diskcache.source_key(__file__), _diskcache.source_key(spec.origin if spec else None))
    got = _diskcache.cached("mojibake-badness-witness", key, _badness_witnesses)
    return None if got is None else (re.compile(f"[{got[0]}]"), got[1], BADNESS_RE)


def _badness_witnesses() -> tuple[str, int] | None:
    """The body of :func:`_badness_gate`'s class and the longest match of ftfy's badness pattern
    (plain data: kept by :mod:`govtext._diskcache`), read off the parsed pattern: in each of its
    alternatives one item that every match of it takes (a character or a class of them, outside
    any optional part), the one of the fewest ASCII and general-punctuation characters (“” are
    common in Chinese text). None when an alternative has no such item, or when a match could
    depend on text outside itself (a lookaround, a back-reference, an anchor but a leading
    ``^``) or have no bound on its length: then no window of a line tells."""
    from ftfy.badness import BADNESS_RE

    sre, parser = _sre()
    tree = parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    width = tree.getwidth()[1]
    if BADNESS_RE.flags & re.IGNORECASE or width >= sre.MAXREPEAT or not _local_items(tree, sre):
        return None
    top = list(tree)
    branches = top[0][1][1] if len(top) == 1 and top[0][0] is sre.BRANCH else [tree]
    chosen: set[str] = set()
    for branch in branches:
        items = [c for c in (_item_chars(item, sre) for item in branch) if c]
        if not items:
            return None
        chosen.update(min(items, key=lambda c: (sum(ord(x) < 0x80 or 0x2000 <= ord(x) <= 0x206F for x in c), len(c))))
    return char_class_body(chosen), int(width)


def _sre() -> tuple[Any, Any]:
    """The standard library's regular-expression constants and parser modules."""
    try:
        from re import _constants as sre  # type: ignore[attr-defined]
        from re import _parser as parser  # type: ignore[attr-defined]
    except ImportError:  # (Python 3.10)
        import sre_constants as sre  # type: ignore[no-redef]
        import sre_parse as parser  # type: ignore[no-redef]
    return sre, parser


def _local_items(items: Any, sre: Any) -> bool:
    """Whether the parsed pattern *items* hold no lookaround, back-reference, conditional or
    anchor but ``^`` (what could read text outside the match)."""
    repeats = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.GROUPREF, sre.GROUPREF_EXISTS):
            return False
        if op is sre.AT and av not in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
            return False
        subs = av[1] if op is sre.BRANCH else [av[-1]] if op is sre.SUBPATTERN or op in repeats else []
        if not all(_local_items(sub, sre) for sub in subs):
            return False
    return True


def _item_chars(item: tuple[Any, Any], sre: Any) -> str:
    """The characters a parsed pattern item that every match takes may be (a character, or a
    class of listed characters and ranges, taken at least once); "" for any other item (it is
    no witness: optional, negated, a category like ``\\w``, an anchor)."""
    op, av = item
    if op is sre.MAX_REPEAT or op is sre.MIN_REPEAT:
        low, _, body = av
        return _item_chars(body[0], sre) if low >= 1 and len(body) == 1 else ""
    if op is sre.LITERAL:
        return chr(av)
    if op is not sre.IN or any(o is not sre.LITERAL and o is not sre.RANGE for o, _ in av):
        return ""
    return "".join(chr(a) if o is sre.LITERAL else "".join(map(chr, range(a[0], a[1] + 1))) for o, a in av)


def _may_be_bad(line: str) -> bool:
    """``ftfy.badness.is_bad(line)``: its pattern searched in a window around each character of
    :func:`_badness_gate`'s class only (a line without one holds no match), where the whole
    search costs ~2,000 instructions a character of a Chinese line. A match holding the
    character at *p* lies inside ``[p - width + 1, p + width)``, and a match inside a window is
    one in the line (the pattern reads nothing outside its match but the text's start, which a
    search from *pos* > 0 does not take for one)."""
    gate = _badness_gate()
    if gate is None:
        from ftfy.badness import is_bad

        return is_bad(line)
    witness, width, bad = gate
    return any(bad.search(line, max(0, m.start() - width + 1), m.start() + width) is not None
               for m in witness.finditer(line))


def _stage_ftfy(text: str) -> list[tuple[int, int, str, str]]:
    gate = _ftfy_gate()
    starts = _starts_of(text, _HAS_FTFY_FIRST)
    if starts is None:
        if not _ftfy_prefilter().search(text):
            return []
    elif not any(gate.match(text, p) for p in starts):
        # a long line: the gate tried where its first character is (every match starts at one)
        return []
    edits = []
    for m in _LINE.finditer(text):
        line = m.group()
        # (a line ftfy finds no badness in it gives back as it is: the first test of its
        # fix_encoding_and_explain, tested; that test costs most of ftfy's time on such a line)
        if not line or not gate.search(line) or not _may_be_bad(line):
            continue
        fixed = _ftfy_fix(line)
        if fixed != line:
            if MARKER in fixed:
                fixed = _mark_holed(fixed)
            p = _common_prefix(line, fixed)
            q = _common_suffix(line[p:], fixed[p:])
            if _piece_of_other_damage(line, p, len(line) - q, fixed[p : len(fixed) - q]):
                continue
            edits.append((m.start() + p, m.end() - q, fixed[p : len(fixed) - q], "utf8-as-latin"))
    return edits


# a letter beyond Latin-1 (not a sign: ftfy's — “ € beside Latin-1 signs are its own repairs)
_LETTER_BEYOND_LATIN1 = re.compile("(?![\x00-\xff])[^\\W\\d_]")


@lazy
def _letter_not_from_gbk() -> re.Pattern[str]:
    """A letter beyond Latin-1 whose UTF-8 is no GB2312 pair (two bytes, the second A1-BF: the
    UTF-8 of ѧ is D1 A7, 学; that of ł is C5 82, no GB2312 trail byte)."""
    # U+0100-U+07FF: the low six bits give the second byte (80 + bits); from A1 it is a pair's
    low = "".join(f"\\u{b:04x}-\\u{b + 0x20:04x}" for b in range(0x100, 0x800, 0x40))
    return re.compile(f"(?=[^\\W\\d_])[{low}\\u0800-\\U0010ffff]")


def _piece_of_other_damage(line: str, s: int, e: int, after: str) -> bool:
    """Whether ftfy's reading *after* of ``line[s:e]`` reads pieces of a run of Latin-1 letters
    whose rest it left as it was: letters beyond Latin-1 read, each one a GB2312 pair's bytes make
    (:func:`_letter_not_from_gbk`: not ł, ş, ğ), but no Han character, and two Latin-1 characters
    A1-FE (:data:`_GBK_LATIN_GATE`) of the line kept right before or after it or between its pieces. The run is
    then another codec's damage (GBK read as Latin-1 that lost a byte: "Ñ§ÐÌåÓý", whose Ñ§ is
    also the UTF-8 of the Cyrillic ѧ), not UTF-8's. (A reading into Latin-1 letters is the first
    of two layers: "Â¹Ã\x98" is ¹Ø, GBK read as Latin-1 read again from UTF-8.)

    >>> _piece_of_other_damage("Ñ§ÐÌåÓý", 0, 2, "ѧ"), _piece_of_other_damage("ÐºÐ½ ok", 0, 4, "кн")
    (True, False)
    >>> _piece_of_other_damage("Ñúâ€”", 2, 5, "—")  # a sign read: ftfy's own repair
    False
    """
    if _HAN_CHAR.search(after) or _EXT_HAN.search(after) or _LETTER_BEYOND_LATIN1.search(after) is None:
        return False
    if _letter_not_from_gbk().search(after):
        return False  # a letter no GB2312 pair's bytes make (ł of "łódź", ş, ğ): UTF-8's own
    if _GBK_LATIN_GATE.match(line, e) or (s >= 2 and _GBK_LATIN_GATE.match(line, s - 2)):
        return True
    return any(pair in line[s:e] for pair in _GBK_LATIN_GATE.findall(after))


@lazy
def _ftfy_holed() -> re.Pattern[str]:
    """In ftfy's reading, the Latin letters of a Chinese character's UTF-8 with a hole (a byte
    cp1252 lacks, U+FFFD, in the place of a continuation byte), next to Chinese it read: one
    mark. ftfy reads the whole characters of a line and leaves those of one that lost a byte as
    the Latin they came as ("啦ï¼\ufffd", ！ whose 81 a second cp1252 reading lost; "å\ufffd\ufffd",
    名 that lost 90 and 8D)."""
    holed = f"[\u00e0-\u00ef](?:\ufffd[{_CONT1}\ufffd]|[{_CONT1}]\ufffd)"
    chinese = "[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"
    return re.compile(f"(?<={chinese}){holed}|{holed}(?={chinese})")


def _mark_holed(fixed: str) -> str:
    """*fixed* (ftfy's reading of a line) with the characters :func:`_ftfy_holed` finds marked,
    when they are all that is left of UTF-8 read as Latin there; else as it is (the other
    stages read the rest of the line, those characters with it)."""
    marked = _ftfy_holed().sub(MARKER, fixed)
    return fixed if marked == fixed or _CJK_LATIN_LEAD.search(marked) else marked


def _common_prefix(a: str, b: str) -> int:
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:  # binary search on slices: C-speed comparisons
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str) -> int:
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[len(a) - mid :] == b[len(b) - mid :]:
            lo = mid
        else:
            hi = mid - 1
    return lo


# --------------------------------------------------------------------------- GBK read one byte late

# A lost byte ("?" or U+FFFD), then GBK characters read one byte late, until an ASCII byte
# ([@-~], a valid GBK trail) brings the decoder back in step. An ASCII sign right after the
# marker may be a full-width one (！ = A3 A1) folded to ASCII after the damage.
_SHIFT_KANA = re.compile("[\u2500-\u259f\u3040-\u31bf]")  # box drawing, kana, bopomofo


@lazy
def _shifted_run() -> re.Pattern[str]:
    two = _decode_pairs("gbk", range(0x81, 0xFF), _ANY_TRAIL)
    return re.compile(f"[?\ufffd]([!-~]?)([{char_class_body(two)}]+)([@-~])")


def _stage_gbk_shifted(text: str) -> list[tuple[int, int, str, str]]:
    """GBK text decoded one byte out of step after a lost byte: "?!保ㄠl" -> "\ufffd”（鄉".

    The character whose first byte was lost becomes one :data:`MARKER`; the others are read
    in step. Only when the out-of-step reading has kana, bopomofo or box drawing and the in-step
    reading is common text.
    """
    entry = _line_bits(text)  # (known bits: the kana class is their bit, no scan of the line)
    if not (entry.any & _HAS_KANA if entry is not None else _SHIFT_KANA.search(text)):
        return []
    edits = []
    lost = _starts_of(text, _HAS_LOST)
    pattern = _shifted_run()
    for m in pattern.finditer(text) if lost is None else _matches_at(text, pattern, lost):
        folded, run, trail = m.groups()
        if not _SHIFT_KANA.search(run):
            continue
        lead = chr(ord(folded) + 0xFEE0).encode("gbk") if folded else b""
        data = (lead + run.encode("gbk") + trail.encode())[1:]  # drop the stray trail byte
        try:
            after = data.decode("gbk")
        except UnicodeDecodeError:
            continue
        if len(after) < 2:
            continue
        for common in _profiles():
            if all(c in common and not c.isascii() for c in after):
                edits.append((m.start(), m.end(), MARKER + after, "gbk-shifted"))
                break
    return edits


# --------------------------------------------------------------------------- Big5 as GBK

#: A Big5 byte stream in which 0xFF stands for a byte a GBK decoder lost (it wrote U+FFFD for
#: that byte alone), one character at a time: ASCII, a lost lead byte and the byte after it
#: (its trail, whatever it is), a lead byte and its trail (lost or not); a lost byte alone only
#: at the end. Each character's first byte says its length: one way to read the stream, found
#: in one pass (an optional trail after a lost byte would make it exponential on failure).
_B5_CHARS = re.compile(rb"(?:[\x00-\x7f]|\xff[\x00-\xff]|[\xa1-\xf9][\x40-\x7e\xa1-\xff])*\xff?")
_B5_CHAR = re.compile(rb"[\x00-\x7f]|\xff[\x00-\xff]?|[\xa1-\xf9][\x40-\x7e\xa1-\xff]")
#: What only a wrong reading puts in a line: a lost byte, or a user-defined GBK code that
#: GB18030 decoders give as private use (AAA1-AFFE, F8A1-FEFE, A140-A7A0: Big5's common rows).
_B5_PUA = re.compile("[\ue000-\ue765]")
_B5_PUA_SCAN = 2048  # the characters of a line looked at for it
#: ASCII and a lost byte (U+FFFD): no character to score, and where GBK and Big5 both start again.
_B5_PLAIN = "\\x00-\\x7f\\ufffd"
_B5_NOT_KNOWN = re.compile(f"[{_B5_PLAIN}]+")
_B5_STEP = re.compile(f"[{_B5_PLAIN}]")
#: Characters a line's Big5 reading must have whole, each common in traditional text; from
#: :data:`BIG5_GBK_LONG` characters on, :data:`BIG5_GBK_RARE` of them may be rarer Han.
BIG5_GBK_MIN_KNOWN = 3
BIG5_GBK_LONG = 10
BIG5_GBK_RARE = 0.1
#: The share of Han characters the GBK reading must have at least (lost bytes and ASCII aside):
#: Big5's common characters read as GBK are a third of them Han or more; kana or Greek alone
#: with a U+FFFD ("ひらがな\ufffdカタカナ") are Japanese or Greek text that lost a character.
BIG5_GBK_HAN = 0.2


@lazy
def _big5_gbk_line() -> re.Pattern[str]:
    """A line a GBK (or GB18030) decoder can have made of Big5 bytes: ASCII, U+FFFD and the
    characters it decodes two bytes to."""
    two = _decode_pairs("gb18030", range(0x81, 0xFF), _ANY_TRAIL) - {chr(c) for c in range(0x80)}
    return re.compile(f"[{_B5_PLAIN}{char_class_body(two)}]*")


def _big5_reading(data: bytes) -> str | None:
    """*data* (0xFF: a lost byte) read as Big5, each character with a lost byte a
    :data:`MARKER`, if it is Big5 and reads as traditional text: :data:`BIG5_GBK_MIN_KNOWN`
    characters whole at least, all common (see :data:`BIG5_GBK_RARE`)."""
    if _B5_CHARS.fullmatch(data) is None:
        return None
    chars = _B5_CHAR.findall(data)
    try:
        after = b"".join(b"\x00" if 0xFF in c else c for c in chars).decode("cp950")
    except UnicodeDecodeError:
        return None
    after = after.replace("\x00", MARKER)
    known = _B5_NOT_KNOWN.sub("", after)
    if len(known) < BIG5_GBK_MIN_KNOWN:
        return None
    costs = _costs(known, _profiles()[1])
    rare = BIG5_GBK_RARE * len(known) if len(known) >= BIG5_GBK_LONG else 0.0
    if max(costs) > 1 or sum(costs) > rare:
        return None
    # a line cut inside a character is read out of step up to its first ASCII byte or lost
    # byte (where GBK and Big5 both start again): no rarer character before that
    first = _B5_STEP.search(after)
    head = after[: first.start()] if first else after
    return None if max(_costs(head, _profiles()[1]), default=0) else after


def _stage_big5_gbk(text: str) -> list[tuple[int, int, str, str]]:
    """A line of Big5 text (a traditional page) read as GBK: "厩\ufffd咋妯凭\ufffd" is
    學\ufffd行事\ufffd (學校行事曆, two characters lost).

    A GBK decoder pairs Big5's bytes as its own; a pair it cannot decode (Big5's most common
    rows fall in GBK's user-defined areas) becomes U+FFFD for its first byte alone and the
    reading goes on one byte later, out of step. The line's bytes are then known but for one
    byte per U+FFFD: read as Big5 from the line's start, each character with a lost byte is
    one :data:`MARKER`, the others come back. The whole line or nothing: only a line with a
    lost byte or a private-use character (how GB18030 decoders give those areas; with kana,
    among the first :data:`_B5_PUA_SCAN` characters), whose Big5
    reading has :data:`BIG5_GBK_MIN_KNOWN` characters at least, all common in traditional
    text (see :data:`BIG5_GBK_RARE`), where the GBK reading has a character rare in both
    profiles. Its own result is traditional text, left as it is when read again.
    """
    if not _holds_marker(text) and (_lacks(text, _HAS_KANA) or _B5_PUA.search(text, 0, _B5_PUA_SCAN) is None):
        # GB18030's private use comes with kana (its reading of Big5's rows A4-A5), and soon:
        # a long line with kana is not scanned to its end for it
        return []
    if _big5_gbk_line().fullmatch(text) is None:
        return []
    data = text.replace("\ufffd", "\udcff").encode("gb18030", "surrogateescape")  # lost: 0xFF
    if _B5_CHARS.fullmatch(data) is None and _B5_CHARS.fullmatch(data, 1) is None:
        return []  # (UTF-8 read as GBK, the common line with a U+FFFD, is no Big5)
    kept = _B5_NOT_KNOWN.sub("", text)
    if len(_HAN_CHAR.findall(kept)) < BIG5_GBK_HAN * len(kept):
        return []
    if min(_score(kept, p) for p in _profiles()) < 1:
        return []
    after = _big5_reading(data)
    # a line cut inside a character (a record boundary) starts with the trail byte left of it:
    # read one byte late, a lost character first. When both readings hold, the line does not
    # tell where its characters start: it is left as it is (a wrong start reads as common
    # characters up to where the two readings meet, a lost or an ASCII byte, often enough).
    # Not when the second byte may be the first one's trail (40-7E): "\ue600" then Z is 凡
    # (A5 5A) read by GB18030, not a lost character then "Z"
    cut = _big5_reading(data[1:]) if data[1:2] and not 0x40 <= data[1] <= 0x7E else None
    if cut is not None:
        after = None if after is not None else MARKER + cut
    if after is None:
        return []
    head = _common_prefix(text, after)
    tail = min(_common_suffix(text, after), len(text) - head, len(after) - head)
    return [(head, len(text) - tail, after[head : len(after) - tail], "big5-as-gbk")]


# --------------------------------------------------------------------------- lossy markers

_LOSSY_CHAR = re.compile("[\ufffd锟烫屯]")
_LOSSY = re.compile("(?:\ufffd|锟斤拷)+|烫{3,}|屯{3,}")


def _stage_lossy(text: str, lossy: str) -> list[tuple[int, int, str, str]]:
    # Every marker run starts with one of _LOSSY_CHAR: the class is searched (C speed, where
    # ``_LOSSY.finditer`` would try its alternation at every position of a long line) and the
    # run matched there; same matches as finditer.
    starts = _starts_of(text, _HAS_LOSSY)
    if starts is not None:  # a long line: the markers' positions from the table
        after = None if lossy == "keep" else MARKER if lossy == "mark" else ""
        return [(r.start(), r.end(), r.group() if after is None else after, "lossy")
                for r in _matches_at(text, _LOSSY, starts)]
    m = _LOSSY_CHAR.search(text)
    edits = []
    while m is not None:
        r = _LOSSY.match(text, m.start())
        if r is None:
            m = _LOSSY_CHAR.search(text, m.start() + 1)
            continue
        run = r.group()
        after = run if lossy == "keep" else MARKER if lossy == "mark" else ""
        edits.append((r.start(), r.end(), after, "lossy"))
        m = _LOSSY_CHAR.search(text, r.end())
    return edits


# --------------------------------------------------------------------------- composition


@lazy
def _fast_gate() -> re.Pattern[str]:
    """One character class over the whole text: no match means nothing to repair or report.

    It holds every character a damage pattern needs at least one of: Latin-1 and cp1252 high
    characters, the letters, symbols and box drawing of ftfy's single-byte encodings, the
    characters a UTF-8 lead byte pairs into under GBK / Big5, and the lossy markers. Common
    punctuation of Chinese text (U+2000-U+206F: “”‘’—…•, and NBSP) and the tone-marked vowels
    of pinyin (lower case) are left out, so clean pages pass in one scan.
    """
    key = (_diskcache.source_key(__file__), _ftfy_key())
    return re.compile(f"[{_diskcache.cached('mojibake-gate', key, _fast_gate_class)}]")


def _fast_gate_class() -> str:
    """The body of :func:`_fast_gate`'s class (plain data: kept by :mod:`govtext._diskcache`)."""
    CHARMAP_ENCODINGS, UTF8_CLUES = _ftfy_tables()
    chars = {chr(c) for c in range(0x80, 0x100)} - {"\u00a0"}
    for enc in CHARMAP_ENCODINGS:
        chars |= set(bytes(range(0x80, 0x100)).decode(enc, "ignore"))
    for key in ("utf8_first_of_2", "utf8_first_of_3", "utf8_first_of_4"):
        chars |= set(UTF8_CLUES[key])
    chars |= set(_CP1252_HIGH) | {"\ufffd", "锟", "烫", "屯"}
    chars |= {chr(c) for c in range(0x3040, 0x31C0)}  # kana, bopomofo: GBK read out of step
    chars |= {chr(c) for c in range(0x2500, 0x25A0)}  # box drawing, likewise
    chars = {c for c in chars if not (0x2000 <= ord(c) <= 0x206F or c == "\u00a0")}
    # pinyin (dāng, xué) is common; its mojibake has other signs too. Capitals stay: they
    # start a syllable only ("Ōu"), while GBK read as Latin-1 may be capitals alone ("ÓÚÉÙ")
    chars -= {c for c in _PINYIN_LATIN if c.islower()}
    for spec in _codecs():
        chars |= spec.strong
    return char_class_body(chars)


_STAGES = (
    _stage_big5_gbk, _stage_nfkc_latin, _stage_cut_head, _stage_c1_questioned, _stage_cjk_latin_cut, _stage_gbk_latin, _stage_ftfy, _stage_cjk_latin, _stage_cjk,
    _stage_gbk_shifted,
)
#: The other readers of UTF-8 as Latin: they leave the runs the cut stage refused
#: (:func:`_refused_cuts`) as they came. (The GBK-as-Latin reader has its own test for the
#: shape of UTF-8 that lost bytes, and reads the Latin text of GBK, whose pairs often look cut.)
_FENCED = (_stage_ftfy, _stage_cjk_latin)


@lazy
def _stage_triggers() -> tuple[frozenset[str], frozenset[str]]:
    """Gate characters that call for the CJK stage only, or for it and the shifted stage."""
    strong: set[str] = set()
    for spec in _codecs():
        strong |= spec.strong
    kana = {chr(c) for c in range(0x3040, 0x31C0)} | {chr(c) for c in range(0x2500, 0x25A0)}
    latin = {c for c in map(chr, range(0x80, 0x250))} | set(_CP1252_HIGH)
    cjk_only = (strong - latin) | set("\ufffd锟烫屯")
    return frozenset(cjk_only), frozenset(cjk_only | (kana - latin))


def _first_stages(hits: set[str]) -> tuple:
    """The stages the gate characters of a line call for (all of them when in doubt)."""
    cjk_only, cjk_shifted = _stage_triggers()
    if hits <= cjk_only:
        return (_stage_big5_gbk, _stage_cjk) if "\ufffd" in hits else (_stage_cjk,)
    if hits <= cjk_shifted:
        return (_stage_big5_gbk, _stage_cjk, _stage_gbk_shifted)
    return _STAGES


@lazy
def _pair_only() -> frozenset[str]:
    """Gate characters that call for the CJK stage alone (:func:`_first_stages`) and are no
    lossy-marker character: see :func:`_unpaired`."""
    return _stage_triggers()[0] - frozenset(_LOSSY_CHAR.pattern[1:-1])


def _unpaired(line: str, hits: set[str]) -> bool:
    """Whether :func:`_fix_line` gives *line* (shorter than :data:`_TABLE_MIN`), whose gate
    characters are *hits*, back as it is with no repair, by the test of its only stage: a
    legitimate rare Han character (瞰, 岘) is a character a UTF-8 lead pair decodes to, but the
    gate pair of a codec needs the next character too. By construction: with *hits* within
    :func:`_pair_only`, the line's first stages are :func:`_stage_cjk` alone (it holds no
    U+FFFD); that stage finds a run only from a hit of a codec's gate pattern (on a short
    line, the pattern searched here), and with none, and no U+FFFD, returns no edit. Nothing
    changed, no later round runs, and :func:`_stage_lossy` finds no run of lossy-marker
    characters, which are gate characters the line does not hold (tested)."""
    return hits <= _pair_only() and not _holds_pair(line, hits)


#: Up to this many places of its gate characters, :func:`_holds_pair` reads a line at them; past
#: it, the codecs' gate patterns read the line (a Python step a place stays bounded a line).
_PAIR_LOOK = 16


@lazy
def _pair_tests() -> tuple[tuple[frozenset[str], re.Pattern[str]], ...]:
    """Per codec (:func:`_codecs` order): its gate's first characters (``spec.strong``: the
    class ``gate_classes[0]`` is made of) and a pattern of its second class."""
    return tuple((spec.strong, re.compile(f"[{spec.gate_classes[1]}]")) for spec in _codecs())


def _holds_pair(line: str, hits: set[str]) -> bool:
    """``any(spec.gate.search(line) for spec in _codecs())`` for a *line* whose
    :func:`_fast_gate` characters are *hits*: a gate match starts at a character of
    ``spec.strong``, which are all gate characters (:func:`_fast_gate_class` adds them last),
    so at a place of one of *hits*; those places are found by ``str.find`` and the next
    character tested (a gate pattern's class costs ~40 instructions a character in ``re``;
    a line of a rare Han name has one or two such places). Past :data:`_PAIR_LOOK` places,
    the patterns read the line.

    >>> _holds_pair("城市鸟瞰图", {"瞰"}), _holds_pair("岘港", {"岘"})
    (False, True)
    """
    looked = 0
    for strong, second in _pair_tests():
        for c in hits & strong:
            p = line.find(c)
            while p >= 0:
                looked += 1
                if looked > _PAIR_LOOK:
                    return any(spec.gate.search(line) is not None for spec in _codecs())
                if second.match(line, p + 1) is not None:
                    return True
                p = line.find(c, p + 1)
    return False


def _fix_line(line: str, lossy: str, first: tuple = _STAGES) -> tuple[str, list[Repair]]:
    """All repairs of one line (rounds until nothing changes), then lossy-marker handling.

    The first round runs the stages *first*; later rounds (after a repair) run all of them.
    With ``lossy="mark"`` or ``"drop"``, marking or dropping markers changes what a repair
    sees ("銆佲锟斤拷": a lost byte after 、 once 锟斤拷 is one marker), so the repairs run
    again on the result until it no longer changes: the output is a fixed point.

    Where the line's bits are known (:func:`_line_bits`), a stage whose gate class
    (:data:`_NEEDS`) the line lacks is not called: it would find nothing.
    """
    cur = line
    repairs: list[Repair] = []
    fences: list[tuple[int, int, bool]] = []
    fenced = None  # the text *fences* were read on
    for pass_ in range(_MAX_ROUNDS):
        start = cur
        for round_ in range(_MAX_ROUNDS):
            changed = False
            entry = _line_bits(cur)
            has = _STAGE_BITS if entry is None else entry.any  # (unknown: every stage is called)
            for stage in first if round_ == 0 == pass_ else _STAGES:
                if not has & _NEEDS[stage]:
                    if stage is _stage_cjk_latin_cut:
                        fences, fenced = [], cur  # (what _cut_stage reads on such a line)
                    continue
                if stage is _stage_cjk_latin_cut:
                    edits, fences = _cut_stage(cur)
                    fenced = cur  # (the text those refused runs are of)
                elif stage in _FENCED:
                    if fenced is not cur:
                        fences, fenced = _refused_cuts(cur), cur
                    edits = stage(cur)
                    if edits and fences:
                        edits = _clear_of(edits, fences)
                else:
                    edits = stage(cur)
                if edits:
                    repairs = _compose(line, repairs, cur, edits)
                    cur = splice(cur, edits)
                    has = _STAGE_BITS  # (a new text: its bits unknown to the stages after)
                    changed = True
            if not changed:
                break
        entry = _line_bits(cur)
        edits = _stage_lossy(cur, lossy) if entry is None or entry.any & _HAS_LOSSY else []
        if pass_:  # markers already marked were reported by the first pass
            edits = [ed for ed in edits if ed[1] - ed[0] != len(ed[2])]
        if edits:
            repairs = _compose(line, repairs, cur, edits)
            cur = splice(cur, edits)
        if lossy == "keep" or cur == start:
            break
    return cur, repairs


def _compose(orig: str, done: list[Repair], cur: str, edits: list) -> list[Repair]:
    """Fold *edits* (on *cur*, the result of *done* on *orig*) into repairs on *orig*."""
    items = []  # (cur_start, cur_end, order, kind, repair-or-edit)
    delta = 0
    for r in done:
        cs = r.start + delta
        items.append((cs, cs + len(r.after), 0, r))
        delta += len(r.after) - (r.end - r.start)
    for ed in edits:
        items.append((ed[0], ed[1], 1, ed))
    items.sort(key=lambda x: (x[0], x[1], x[2]))
    clusters: list[list] = []
    for it in items:
        if clusters and it[0] < clusters[-1][1]:
            clusters[-1][1] = max(clusters[-1][1], it[1])
            clusters[-1][2].append(it)
        else:
            clusters.append([it[0], it[1], [it]])
    out: list[Repair] = []
    delta = 0  # len(cur) - len(orig) accumulated before the current position
    for a, b, members in clusters:
        olds = [m[3] for m in members if m[2] == 0]
        news = [m[3] for m in members if m[2] == 1]
        d_in = sum(len(r.after) - (r.end - r.start) for r in olds)
        if not news:
            out.extend(olds)
            delta += d_in
            continue
        ostart, oend = a - delta, b - delta - d_in
        after = splice(cur[a:b], [(s - a, e - a, x, k) for s, e, x, k in news])
        kinds: list[str] = []
        for k in [r.kind for r in olds] + [n[3] for n in news]:
            for part in k.split("+"):
                if part not in kinds:
                    kinds.append(part)
        lost = sum(r.lost for r in olds) + sum(1 for n in news if n[3] == "lossy")
        out.append(Repair(ostart, oend, orig[ostart:oend], after, "+".join(kinds), lost))
        delta += d_in
    return out


_MAX_ROUNDS = 4

#: From this length on, :func:`_gate_lines` looks the code points up in a table (NumPy): a
#: few operations per text, where the gate's character class costs ~30 ns a character in
#: ``re``; shorter texts take the regex path (NumPy's fixed cost per call is higher there).
_TABLE_MIN = 2048

#: From this length on, :func:`explain_mojibake` looks the whole text up in
#: :func:`_first_table` (its gate lines and their stage bits), where a shorter one is scanned by
#: the gate pattern. Lower than :data:`_TABLE_MIN`: that one look-up also serves the steps
#: after the repair (the whitespace class, the script's evidence: see
#: :func:`govtext._codepoints.flags_of`), which each scan a text without it. Measured over the
#: crawl mix's pages under 2,048 characters (callgrind): 256 to 512 cost least, 0 costs more
#: than 256 (a page of 100 characters: a few NumPy calls cost more than the scans).
_TEXT_TABLE_MIN = 256


def _gate_lines(text: str) -> list[tuple[int, int, set[str]]]:
    """Each line holding a :func:`_fast_gate` character: its start, end and those characters
    (what ``set(gate.findall(line))`` gives), in text order.

    >>> [(start, end, sorted(hits)) for start, end, hits in _gate_lines("好\\ncaf\\u00c3\\u00a9\\n好")]
    [(2, 7, ['©', 'Ã'])]
    """
    if len(text) >= _TABLE_MIN:
        table = _gate_table()
        if table is not None:
            return _gate_lines_table(text, table)
    gate = _fast_gate()
    return [(start, end, set(gate.findall(text, start, end))) for start, end in _gate_line_spans(text)]


def _gate_line_spans(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[tuple[int, int]]:
    """Start and end of each line of *text* holding a :func:`_fast_gate` character, in text
    order: the gate is searched for once a line (the rest of a line found is skipped). With
    *pos* (a line's start) and *endpos* (a line's end: a line break's place, or the text's
    end), the lines between them only: those of ``text[pos:endpos]``, at their places in
    *text* (no copy of the stretch).

    >>> list(_gate_line_spans("好\\ncaf\\u00c3\\u00a9\\n好")), list(_gate_line_spans("\\u00c3\\n\\u00c3\\n\\u00c3", 2, 3))
    ([(2, 7)], [(2, 3)])
    """
    gate = _fast_gate()
    endpos = len(text) if endpos is None else endpos
    m = gate.search(text, pos, endpos)
    while m is not None:
        # (the line break before *pos* or at *endpos* bounds these: the stretch's lines)
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if end < 0:
            end = len(text)
        yield start, end
        m = gate.search(text, end, endpos)


def _repairable_lines(
    text: str, among: frozenset[str] | None = None, pos: int = 0, endpos: int | None = None,
) -> list[str]:
    """The distinct lines of *text* holding a :func:`_fast_gate` character, in text order: the
    only lines :func:`fix_mojibake` can change. The gate pattern looks for the first character
    of each line only (the rest of a line found is skipped): no table of the whole text.

    *among*: the gate characters *text* can hold (see :func:`_gate_chars`), when known; a
    few are each looked for by ``str.find`` (memchr speed; the gate's class costs ~40
    instructions a character in ``re``). *pos*, *endpos*: the lines of ``text[pos:endpos]``
    only (as :func:`_gate_line_spans`; read by the pattern).

    >>> _repairable_lines("好\\nca\\u00c3\\u00a9\\n好\\nca\\u00c3\\u00a9") == ["ca\\u00c3\\u00a9"]
    True
    >>> _repairable_lines("好\\nca\\u00c3\\u00a9\\n好", among=frozenset("\\u00c3"))
    ['caÃ©']
    """
    if among is not None and len(among) <= _FIND_MAX and pos == 0 and endpos is None:
        spans = sorted(_char_line_spans(text, among))
    else:
        spans = _gate_line_spans(text, pos, endpos)
    lines = [text[start:end] for start, end in spans]
    # a line can repeat only one of its length: with no length twice, none is hashed (a
    # keyword-spam page's line of 170,000 characters costs ~1.2M instructions to hash)
    if len(set(map(len, lines))) == len(lines):
        return lines
    return list(dict.fromkeys(lines))


#: Up to this many gate characters, :func:`_repairable_lines` finds each with ``str.find``.
_FIND_MAX = 24


def _char_line_spans(text: str, chars: frozenset[str]) -> set[tuple[int, int]]:
    """Start and end of each line of *text* holding one of *chars* (each character found by
    ``str.find``, the rest of a line found skipped)."""
    spans = set()
    find, rfind = text.find, text.rfind
    for c in chars:
        pos = find(c)
        while pos >= 0:
            start = rfind("\n", 0, pos) + 1
            end = find("\n", pos)
            if end < 0:
                end = len(text)
            spans.add((start, end))
            pos = find(c, end)
    return spans


#: The last text :func:`explain_mojibake` returned unchanged, the gate characters it holds
#: and its lines that hold one (see :func:`_gate_chars`, :func:`_gate_lines_of`).
_LAST_GATE: list[tuple[str, frozenset[str], tuple[str, ...]] | None] = [None]


def _gate_chars(text: str) -> frozenset[str] | None:
    """The :func:`_fast_gate` characters *text* holds, when *text* is the text the last
    :func:`explain_mojibake` call returned unchanged (its gate scan said which); else None.

    >>> sorted(_gate_chars(fix_mojibake("好\\nÄrger, café"))), _gate_chars("x")
    (['Ä'], None)
    """
    last = _LAST_GATE[0]
    return last[1] if last is not None and last[0] is text else None


def _gate_lines_of(text: str) -> tuple[str, ...] | None:
    """The lines of *text* holding a :func:`_fast_gate` character, in order, when *text* is the
    text the last :func:`explain_mojibake` call returned unchanged (it read them, and changed
    none: each comes back from :func:`fix_mojibake` as it is); else None.

    >>> _gate_lines_of(fix_mojibake("好\\nÄrger\\n好\\n© 2024")), _gate_lines_of("x")
    (('Ärger', '© 2024'), None)
    """
    last = _LAST_GATE[0]
    return last[2] if last is not None and last[0] is text else None


def _gate_lines_table(text: str, table: Any) -> list[tuple[int, int, set[str]]]:
    """:func:`_gate_lines` by a table lookup of every code point: one pass in C."""
    a = codepoints(text)
    return _gate_lines_at(text, lookup(table, a).nonzero()[0])


def _gate_lines_at(text: str, at: Any) -> list[tuple[int, int, set[str]]]:
    """:func:`_gate_lines` from where *text*'s gate characters are (*at*, in order): the
    lines' ends found from the hits (``str.find``, one line a step), no scan of the text for
    its line breaks; each line's characters read at its hits (a C-level ``map``: pages hold
    a few dozen, where the NumPy sort of (line, character) keys cost ~10 small-array calls)."""
    hits = at.tolist()
    out: list[tuple[int, int, set[str]]] = []
    char = text.__getitem__
    i = 0
    while i < len(hits):
        p = hits[i]
        end = text.find("\n", p)
        end = len(text) if end < 0 else end
        j = bisect_left(hits, end, i + 1)  # (the line's other hits)
        out.append((text.rfind("\n", 0, p) + 1, end, set(map(char, hits[i:j]))))
        i = j
    return out


# The first characters of the stages' gate patterns, one bit each in :func:`_first_table`: a
# long line whose bits lack one cannot match that gate, and skips its scan.
_HAS_LATIN1, _HAS_CJK_LATIN_LEAD, _HAS_FTFY_FIRST, _HAS_KANA, _HAS_LOSSY = 1, 2, 4, 8, 16
_HAS_LOST = 32  # "?" or U+FFFD: the first character of _shifted_run()
_HAS_PAIR = (64, 128)  # the first class of each codec's gate (_codecs() order): _pair_starts
_STAGE_BITS = 255  # the bits the stages read
_IN_GATE = 1 << 15  # a character of _fast_gate(): the lines explain_mojibake repairs
# (the highest bit, above _codepoints.WS_BIT: the gate's characters are the entries >= _IN_GATE;
# the script's evidence codes below WS_BIT, above the stages' bits)
assert _IN_GATE > WS_BIT > 15 << EVIDENCE_SHIFT > _STAGE_BITS

#: Per stage, the gate classes of :func:`_first_table` (bits) a line must hold one character of
#: for the stage to find anything: a line whose bits are known (:func:`_line_bits`) and hold
#: none of them is left as it is by the stage (each stage's own first test of its bits, and
#: of U+FFFD, which has :data:`_HAS_LOST`; tested).
_NEEDS = {
    _stage_big5_gbk: _HAS_LOST | _HAS_KANA,
    _stage_nfkc_latin: _HAS_CJK_LATIN_LEAD,
    _stage_cut_head: _HAS_CJK_LATIN_LEAD,
    _stage_c1_questioned: _HAS_CJK_LATIN_LEAD,
    _stage_cjk_latin_cut: _HAS_CJK_LATIN_LEAD,
    _stage_gbk_latin: _HAS_LATIN1,
    _stage_ftfy: _HAS_FTFY_FIRST,
    _stage_cjk_latin: _HAS_CJK_LATIN_LEAD,
    _stage_cjk: _HAS_PAIR[0] | _HAS_PAIR[1] | _HAS_LOST,
    _stage_gbk_shifted: _HAS_KANA,
}


@lazy
def _first_table() -> Any:
    """Per code point, the bits of the gate classes it belongs to:
    ``_GBK_LATIN_GATE``'s first character, ``_CJK_LATIN_LEAD``'s, ``_ftfy_prefilter``'s,
    ``_SHIFT_KANA``, ``_LOSSY_CHAR``, the lost-byte markers, each codec gate's first class
    and (:data:`_IN_GATE`) :func:`_fast_gate`'s class: one look-up gives a long text's gate
    lines and its lines' stage bits. Also the whitespace class (:data:`WS_BIT`) and the
    script's evidence codes (:data:`EVIDENCE_SHIFT`), which the steps after the repair read
    from this look-up of the text it left as it is.

    The table runs one entry past the last code point with an evidence code (U+3129C): the
    code points past it are clipped to that entry, which holds no bit."""
    ftfy_first = re.match(r"\[((?:[^\]\\]|\\.)*)\]", _ftfy_prefilter().pattern)
    assert ftfy_first is not None and ftfy_first.group(1).endswith("\\x80-\\x9f")
    bodies = {
        _HAS_LATIN1: "\u00a1-\u00fe",
        _HAS_CJK_LATIN_LEAD: "\u00e0-\u00ef",
        _HAS_FTFY_FIRST: ftfy_first.group(1)[: -len("\\x80-\\x9f")] + "\x80-\x9f",
        _HAS_KANA: _SHIFT_KANA.pattern[1:-1],
        _HAS_LOSSY: _LOSSY_CHAR.pattern[1:-1],
        _HAS_LOST: "?\ufffd",
    }
    specs = _codecs()
    assert len(specs) == len(_HAS_PAIR)
    bodies.update(zip(_HAS_PAIR, (spec.gate_classes[0] for spec in specs)))
    tables = {bit: _class_table(body) for bit, body in bodies.items()}
    tables[_IN_GATE] = _gate_table()
    from .hygiene import _WS_CLASS  # (the whitespace step reads it: see _codepoints.WS_BIT)

    tables[WS_BIT] = _class_table(_WS_CLASS)
    import numpy as np

    from .script import _evidence_table  # (the to_simplified step reads it: see EVIDENCE_SHIFT)

    evidence = _evidence_table()
    n = int(np.flatnonzero(evidence).max()) + 2  # (the last entry holds no bit: see above)
    out = np.zeros(max(n, *(len(t) for t in tables.values())), dtype=np.uint16)
    for bit, t in tables.items():
        out[: len(t)] |= t.astype(np.uint16) * bit
    out[:n] |= evidence[:n].astype(np.uint16) << EVIDENCE_SHIFT
    assert not out[-1]
    return out


@lazy
def _bit_arrays() -> tuple[Any, Any, Any]:
    """:data:`_STAGE_BITS`, :data:`_IN_GATE` and 0 as read-only 0-d arrays of :func:`_first_table`'s
    type: NumPy masks or compares an array with one in about two thirds of the instructions it
    takes with a Python int, whose type it works out first (a short page's look-up is mostly
    such fixed costs; so is ``np.flatnonzero``'s, a Python function around ``nonzero``)."""
    import numpy as np

    out = tuple(np.array(v, np.uint16) for v in (_STAGE_BITS, _IN_GATE, 0))
    for a in out:
        a.flags.writeable = False
    return out  # type: ignore[return-value]


class _Bits(NamedTuple):
    """A line's characters looked up in :func:`_first_table` (see :func:`_line_bits`; a named
    tuple: one is made per line a gate character stands on)."""

    #: the line (kept so that its identity says the entry is its own)
    text: str
    #: the union of its characters' bits
    any: int
    #: its code points (NumPy ``uint32``); None for a short line of a long text (its union
    #: only, read from the text's look-up: see :func:`explain_mojibake`)
    codes: Any
    #: where a character with any bit is, in order (NumPy ``intp``), and its bits (None
    #: with *codes*)
    at: Any
    at_bits: Any


_LAST_BITS: list[_Bits | None] = [None]


def _line_bits(text: str) -> _Bits | None:
    """For a long *text* (see :data:`_TABLE_MIN`): its characters' bits in :func:`_first_table`
    (one table look-up per line, reused by the stages while the line is the same object);
    for a short one, the entry :func:`explain_mojibake` kept for this very line (the union of
    its bits only), else None."""
    last = _LAST_BITS[0]
    if last is not None and last.text is text:
        return last
    if len(text) < _TABLE_MIN:
        return None
    a = codepoints(text)
    return _set_bits(text, a, lookup(_first_table(), a))


def _set_bits(text: str, a: Any, flags: Any) -> _Bits:
    """*text*'s :class:`_Bits` from its code points *a* and their :func:`_first_table` entries,
    kept as the last line's."""
    import numpy as np

    stage_bits, _, zero = _bit_arrays()
    flags = flags & stage_bits
    at = (flags != zero).nonzero()[0]  # (a boolean array's nonzero is 4x faster)
    at_bits = flags[at]
    entry = _Bits(text, int(np.bitwise_or.reduce(at_bits)) if len(at) else 0, a, at, at_bits)
    _LAST_BITS[0] = entry
    return entry


def _line_unions(flags: Any, lines: list[tuple[int, int, set[str]]]) -> list[int]:
    """The union of the stage bits of each line (start, end, _) of *lines* (in order, apart,
    none empty) from the :func:`_first_table` entries *flags* of their text: one reduction.

    >>> import numpy as np
    >>> _line_unions(np.array([1, 0, 2, 4, 0, 8], dtype=np.uint16), [(0, 1, set()), (2, 4, set()), (5, 6, set())])
    [1, 6, 8]
    """
    import numpy as np

    if not lines:
        return []
    bounds = [x for start, end, _ in lines for x in (start, end)]
    if bounds[-1] == len(flags):  # (the last line ends the text: its union runs to the end)
        bounds.pop()
    return [u & _STAGE_BITS for u in np.bitwise_or.reduceat(flags, bounds)[::2].tolist()]


def _lacks(text: str, bit: int) -> bool:
    """True when *text*'s bits are known (:func:`_line_bits`) and hold no character of the gate
    class *bit*; False means "look with the pattern"."""
    entry = _line_bits(text)
    return entry is not None and not entry.any & bit


def _starts_of(text: str, bit: int) -> list[int] | None:
    """Where the characters of class *bit* are in *text*, in order, when its bits are known
    (none when it lacks the class); None otherwise (a short line: look with the pattern)."""
    entry = _line_bits(text)
    if entry is None:
        return None
    if not entry.any & bit:
        return []
    if entry.at is None:
        return None
    return entry.at[(entry.at_bits & bit) > 0].tolist()  # type: ignore[no-any-return]


#: Up to this many characters of the lost-byte class on a long line, :func:`_holds_marker` reads
#: them, not the line.
_MARKER_LOOK = 64


def _holds_marker(text: str) -> bool:
    """``MARKER in text``, from *text*'s known bits where they tell: none without the lost-byte
    class; on a long line, the few characters of that class read (a scan of the line costs
    ~0.1 ns a character; a keyword-spam page's line holds 170,000)."""
    starts = _starts_of(text, _HAS_LOST)
    if starts is None or len(starts) > _MARKER_LOOK:
        return MARKER in text
    return any(text[p] == MARKER for p in starts)


def _matches_at(text: str, pattern: re.Pattern[str], starts: list[int]) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern without lookbehind whose matches are not empty
    and start only at *starts*: the first that matches at or after the end of the last."""
    out = []
    pos = 0
    for p in starts:
        if p < pos:
            continue
        m = pattern.match(text, p)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


@lazy
def _gate_table() -> Any:
    """A boolean per code point: is it in :func:`_fast_gate`'s class."""
    return _class_table(_fast_gate().pattern[1:-1])


def _pair_starts(text: str, spec: _Codec) -> list[int] | None:
    """Where ``spec.gate`` matches in *text* (every start, in order), by table lookups of the
    code points; None when the codec has no gate classes."""
    if not all(spec.gate_classes):
        return None
    first, second = (_class_table(body) for body in spec.gate_classes)
    entry = _line_bits(text)
    if entry is not None:  # known bits: the first class from them, the second at those hits
        bit = next((b for c, b in zip(_codecs(), _HAS_PAIR) if c.gate_classes == spec.gate_classes), 0)
        if bit and not entry.any & bit:
            return []
        if bit and entry.at is not None:
            at = entry.at[(entry.at_bits & bit) > 0]
            at = at[at + 1 < len(text)]
            return at[second.take(entry.codes[at + 1], mode="clip")].tolist()  # type: ignore[no-any-return]
    a = codepoints(text)
    hit = first.take(a[:-1], mode="clip")
    hit &= second.take(a[1:], mode="clip")
    return hit.nonzero()[0].tolist()  # type: ignore[no-any-return]


def explain_mojibake(text: str, *, lossy: str = "keep") -> tuple[str, list[Repair]]:
    """Repair mojibake and say what was repaired, span by span.

    Each :class:`Repair` gives a span of the input, the text there, its replacement and the kind
    of damage. Lossy markers are always listed (``kind`` contains ``lossy``), even when kept.

    >>> explain_mojibake("caf\\u00c3\\u00a9")[0]
    'café'
    >>> fixed, repairs = explain_mojibake("通知：鏁欒偛閮ㄥ嵃鍙戦€氱煡。")
    >>> fixed
    '通知：教育部印发通知。'
    >>> repairs[0].start, repairs[0].end, repairs[0].kind
    (3, 14, 'utf8-as-gbk')
    >>> explain_mojibake("经费锟斤拷锟斤拷万元", lossy="mark")
    ('经费\\ufffd万元', [Repair(start=2, end=8, before='锟斤拷锟斤拷', after='\\ufffd', kind='lossy', lost=1)])
    """
    text = check_text(text, "explain_mojibake")
    if lossy not in LOSSY_MODES:
        raise ValueError(f"lossy must be one of {LOSSY_MODES}, got {lossy!r}")
    if text.isascii():
        _LAST_GATE[0] = (text, frozenset(), ())
        return text, []
    parts: list[str] = []
    repairs: list[Repair] = []
    done = 0  # end of the input already copied
    table = _first_table() if len(text) >= _TEXT_TABLE_MIN else None
    if table is None:
        lines = _gate_lines(text)
    else:  # one look-up: the gate lines, and the stage bits of the long ones
        got = spliced_flags(text, table)  # (a re-check of a long text: the lines changed read)
        if got is None:
            a = codepoints(text)
            flags = lookup(table, a)
            remember_flags(text, flags)
        else:
            a, flags = got
        lines = _gate_lines_at(text, (flags >= _bit_arrays()[1]).nonzero()[0])
    unions = _line_unions(flags, lines) if table is not None else None
    read = []  # (the gate lines)
    changed = False  # (a line changed: not when lossy markers kept are all the repairs found)
    for k, (start, end, hits) in enumerate(lines):
        line = text[start:end]
        read.append(line)
        if end - start < _TABLE_MIN and _unpaired(line, hits):
            continue  # (what _fix_line would give: the line as it is, no repair)
        if unions is not None:  # the line's stage bits: the stages skip the classes it lacks
            if end - start >= _TABLE_MIN:
                _set_bits(line, a[start:end], flags[start:end])
            else:
                _LAST_BITS[0] = _Bits(line, unions[k], None, None, None)
        fixed, found = _fix_line(line, lossy, _first_stages(hits))
        if found:
            changed = changed or fixed != line
            parts.append(text[done:start])
            parts.append(fixed)
            done = end
            repairs.extend(
                Repair(r.start + start, r.end + start, r.before, r.after, r.kind, r.lost)
                for r in found
            )
    _LAST_BITS[0] = None  # (a line's bits serve this call's stages only: a long line's are big)
    if not changed:  # (the text itself: the steps after read its code points and flags again)
        _LAST_GATE[0] = (text, frozenset().union(*(hits for _, _, hits in lines)), tuple(read))
        return text, repairs
    parts.append(text[done:])
    return "".join(parts), repairs


def fix_mojibake(text: str, *, lossy: str = "keep") -> str:
    """Repair mojibake; correct text comes back unchanged.

    ``lossy`` says what to do with lossy markers (U+FFFD, "锟斤拷" runs, "烫烫烫"): ``"keep"``
    them, ``"mark"`` each run with one :data:`MARKER` (U+FFFD), or ``"drop"`` them.

    >>> fix_mojibake("（一）总体要求：“双减”")
    '（一）总体要求：“双减”'
    >>> fix_mojibake("鏁欒偛閮ㄥ嵃鍙戦€氱煡")
    '教育部印发通知'
    >>> fix_mojibake("ÖÐ¹úÈËÃñ")
    '中国人民'
    >>> fix_mojibake("浣犲ソ锛屼笘鐣")  # the last byte of 界 was lost: marked, not invented
    '你好，世\\ufffd'
    >>> fix_mojibake("Müller, café, 骉龘, 涓涓细流")
    'Müller, café, 骉龘, 涓涓细流'
    >>> fix_mojibake("锟斤拷锟斤拷", lossy="drop")
    ''
    """
    return explain_mojibake(check_text(text, "fix_mojibake"), lossy=lossy)[0]
