"""Remove pinyin annotations left after Han characters ("當(dāng)前" -> "當前")."""

from __future__ import annotations

import regex

from ._util import check_text, lazy

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"


@lazy
def _pattern() -> regex.Pattern[str]:
    # A Han character followed by a bracketed, lower-case pinyin syllable with a tone mark.
    return regex.compile(
        rf"(?<=\p{{Han}})[(（]([a-z{_TONED}]{{0,6}}[{_TONED}][a-z{_TONED}]{{0,6}})[)）]"
    )


def strip_ruby(text: str) -> str:
    """Remove pinyin annotations after Han characters.

    >>> strip_ruby("您當(dāng)前的位置")
    '您當前的位置'
    >>> strip_ruby("北京(China)")
    '北京(China)'
    """
    text = check_text(text, "strip_ruby")
    if "(" not in text and "（" not in text:
        return text
    return _pattern().sub("", text)
