"""Mojibake repair for Chinese web text (first level: ftfy configured not to harm CJK)."""

from __future__ import annotations

from dataclasses import dataclass

import ftfy

from ._util import check_text, lazy


@dataclass(frozen=True)
class Repair:
    """One repair: the span ``[start, end)`` of the input, what was there, what replaced it."""

    start: int
    end: int
    before: str
    after: str
    kind: str


@lazy
def _ftfy_config() -> ftfy.TextFixerConfig:
    # Only encoding repair: everything that would rewrite correct CJK text is off.
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


def explain_mojibake(text: str, *, lossy: str = "keep") -> tuple[str, list[Repair]]:
    """Repair mojibake and say what was repaired.

    >>> explain_mojibake("caf\\u00c3\\u00a9")[0]
    'café'
    """
    text = check_text(text, "explain_mojibake")
    if text.isascii():
        return text, []
    fixed = ftfy.fix_text(text, _ftfy_config())
    if fixed == text:
        return text, []
    return fixed, [Repair(0, len(text), text, fixed, "ftfy")]


def fix_mojibake(text: str, *, lossy: str = "keep") -> str:
    """Repair mojibake; correct text comes back unchanged.

    >>> fix_mojibake("（一）总体要求：“双减”")
    '（一）总体要求：“双减”'
    """
    return explain_mojibake(text, lossy=lossy)[0]
