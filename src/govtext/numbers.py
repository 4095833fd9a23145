"""Chinese numerals, amounts, ranges and dates (first level)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import cn2an
import regex

from ._util import check_text

DEFAULT_PROTECTED: frozenset[str] = frozenset()


@dataclass(frozen=True)
class NumberMention:
    """A number found in text; ``text[start:end] == surface``."""

    start: int
    end: int
    text: str
    low: Any
    high: Any
    unit: str | None
    approx: bool
    kind: str


def parse_number(text: str) -> int | float | Decimal:
    """Parse one numeral.

    >>> parse_number("一百零五")
    105
    """
    text = check_text(text, "parse_number")
    try:
        return cn2an.cn2an(text, "smart")
    except (ValueError, KeyError) as e:
        raise ValueError(f"not a number: {text!r}") from e


def find_numbers(text: str) -> list[NumberMention]:
    """Find Arabic numbers with an optional unit.

    >>> [m.low for m in find_numbers("共5所学校")]
    [5]
    """
    text = check_text(text, "find_numbers")
    out = []
    for m in regex.finditer(r"\d+(?:\.\d+)?", text):
        s = m.group()
        v: Any = float(s) if "." in s else int(s)
        out.append(NumberMention(m.start(), m.end(), s, v, v, None, False, "decimal" if "." in s else "integer"))
    return out


def numbers_to_digits(text: str, *, protect: frozenset[str] = DEFAULT_PROTECTED) -> str:
    """Rewrite Chinese numerals as digits (first level: unchanged)."""
    return check_text(text, "numbers_to_digits")
