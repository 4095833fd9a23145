"""``numbers_to_digits``: the Chinese numerals of the final mentions rewritten to Arabic digits.

Each atom carries the edits (start, end, digits) of its exact Chinese numerals; merged dates and
ranges keep their parts' edits. Only those edits are applied, so units, qualifiers and all other
text stay as written.
"""

from __future__ import annotations

from .._util import splice
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


def edits(atoms: list[Atom]) -> list[Edit]:
    """The rewrite's edits of the final atoms, in text order."""
    out = [p for a in atoms for p in a.pieces]
    out.sort()
    return out


def apply(text: str, atoms: list[Atom]) -> str:
    """*text* with the numerals of *atoms* written in digits."""
    pieces = edits(atoms)
    return splice(text, pieces) if pieces else text
