"""``numbers_to_digits``: the Chinese numerals of the final mentions rewritten to Arabic digits.

Each atom carries the edits (start, end, digits) of its exact Chinese numerals; merged dates and
ranges keep their parts' edits. Only those edits are applied, so units, qualifiers and all other
text stay as written.
"""

from __future__ import annotations

from .._util import splice
from .types import Atom

Edit = tuple[int, int, str]


def edits(atoms: list[Atom]) -> list[Edit]:
    """The rewrite's edits of the final atoms, in text order."""
    out = [p for a in atoms for p in a.pieces]
    out.sort()
    return out


def apply(text: str, atoms: list[Atom]) -> str:
    """*text* with the numerals of *atoms* written in digits."""
    pieces = edits(atoms)
    return splice(text, pieces) if pieces else text
