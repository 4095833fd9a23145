"""Whitespace, spacing and punctuation hygiene for Chinese text."""

from __future__ import annotations

import regex

from ._util import check_text, lazy


@lazy
def _ws() -> regex.Pattern[str]:
    return regex.compile(r"[\u200b\u200c\u200d\u2060\ufeff]|[\u3000\u00a0\t ]+$", regex.M)


def normalize_whitespace(text: str) -> str:
    """Remove zero-width characters and trailing blanks.

    >>> normalize_whitespace("教育\\u200b部  ")
    '教育部'
    """
    text = check_text(text, "normalize_whitespace")
    return _ws().sub("", text)


def fix_cjk_spacing(text: str) -> str:
    """Remove spaces PDF extraction left between digits and Chinese.

    >>> fix_cjk_spacing("2022 年7 月")
    '2022年7月'
    """
    text = check_text(text, "fix_cjk_spacing")
    return regex.sub(r"(?<=\d) +(?=[年月日个所人名次])", "", text)


def fix_punctuation_width(text: str) -> str:
    """ASCII punctuation between Chinese characters to full width.

    >>> fix_punctuation_width("教育,科技")
    '教育，科技'
    """
    text = check_text(text, "fix_punctuation_width")
    table = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
    return regex.sub(r"(?<=\p{Han})[,:;?!](?=\p{Han})", lambda m: table[m.group()], text)


def restore_lost_quotes(text: str) -> str:
    """Restore 《》 that were replaced by "?" (first level: unchanged)."""
    return check_text(text, "restore_lost_quotes")
