"""The one pipeline: :class:`Config`, :func:`normalize` and :func:`clean`.

The order of the steps lives here and only here (:data:`STEPS`). Each step is a
pure function of another module; this module runs them in order, skips the ones
switched off, and records what each one changed.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import _re as re
from . import document, hygiene, mojibake, numbers, outline, quality, ruby, script, spam
from ._util import check_text

#: The steps, in the order :func:`normalize` runs them. Each name is also the
#: ``Config`` switch that turns the step on or off.
STEPS: tuple[str, ...] = (
    "fix_mojibake",
    "strip_ruby",
    "normalize_whitespace",
    "to_simplified",
    "drop_spam",
    "fix_cjk_spacing",
    "restore_lost_quotes",
    "fix_punctuation_width",
    "numbers_to_digits",
)

_LOSSY = ("keep", "mark", "drop")
_SCRIPT = ("auto", "always", "never")


@dataclass(frozen=True)
class Config:
    """What :func:`normalize` and :func:`clean` do. Every step can be switched off.

    >>> Config(to_simplified=False).to_simplified
    False
    >>> Config(t2s_config="xx")
    Traceback (most recent call last):
    ...
    ValueError: Config.t2s_config must be one of ('t2s', 'tw2s', 'tw2sp', 'hk2s', 'hk2sp'), got 'xx'
    """

    #: Repair mojibake (UTF-8 read as GBK/Big5/Latin-1 ...): :func:`govtext.fix_mojibake`.
    fix_mojibake: bool = True
    #: What to do with lossy markers (U+FFFD, "锟斤拷"): keep them, mark each run with one
    #: U+FFFD, or drop them.
    lossy: str = "keep"
    #: Remove pinyin annotations (當(dāng)): :func:`govtext.strip_ruby`.
    strip_ruby: bool = True
    #: Unify line breaks, spaces and invisible characters: :func:`govtext.normalize_whitespace`.
    normalize_whitespace: bool = True
    #: Convert traditional Chinese to simplified (see ``script`` and ``t2s_config``).
    to_simplified: bool = True
    #: OpenCC configuration used by ``to_simplified``.
    t2s_config: str = "t2s"
    #: What ``to_simplified`` converts: ``"auto"`` the traditional stretches only (see
    #: :func:`govtext.script.plan_script`; simplified text is kept as it is), ``"always"`` the
    #: whole text (OpenCC on everything), ``"never"`` nothing.
    script: str = "auto"
    #: Drop navigation, footer, share-bar, SEO-spam ... lines (:attr:`Result.dropped` says why).
    drop_spam: bool = True
    #: Remove blanks between Chinese characters and numbers (``2022 年`` -> ``2022年``).
    fix_cjk_spacing: bool = True
    #: Use full-width punctuation in Chinese text (``,`` -> ``，``).
    fix_punctuation_width: bool = True
    #: Restore quotation marks lost as ``?`` or blanks around Chinese phrases.
    restore_lost_quotes: bool = True
    #: Rewrite Chinese numerals as Arabic digits in the text (off by default).
    numbers_to_digits: bool = False
    #: Terms ``numbers_to_digits`` and ``find_numbers`` leave alone (二十大, 十四五 ...); extend
    #: with ``numbers.DEFAULT_PROTECTED | {"..."}``.
    protected_terms: frozenset[str] = numbers.DEFAULT_PROTECTED
    #: ``clean()`` only: find number mentions.
    find_numbers: bool = True
    #: ``clean()`` only: split the outline.
    outline: bool = True
    #: ``clean()`` only: read the official-document elements (:func:`govtext.parse_document`).
    document: bool = True
    #: Command line: write one record per chunk of at most this many characters
    #: (:meth:`Result.chunks`) instead of one per document; 0 (default): off.
    chunk_chars: int = 0

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if f.type in ("bool", bool) and not isinstance(value, bool):
                raise ValueError(f"Config.{f.name} must be a bool, got {value!r}")
        if not isinstance(self.protected_terms, (frozenset, set)) or not all(
            isinstance(t, str) for t in self.protected_terms
        ):
            raise ValueError("Config.protected_terms must be a set of strings")
        if isinstance(self.chunk_chars, bool) or not isinstance(self.chunk_chars, int) or self.chunk_chars < 0:
            raise ValueError(f"Config.chunk_chars must be an int >= 0, got {self.chunk_chars!r}")
        if self.lossy not in _LOSSY:
            raise ValueError(f"Config.lossy must be one of {_LOSSY}, got {self.lossy!r}")
        if self.script not in _SCRIPT:
            raise ValueError(f"Config.script must be one of {_SCRIPT}, got {self.script!r}")
        if self.t2s_config not in script.CONFIGS:
            raise ValueError(
                f"Config.t2s_config must be one of {script.CONFIGS}, got {self.t2s_config!r}"
            )

    def replace(self, **changes: Any) -> Config:
        """A copy with some fields changed (validated again)."""
        return dataclasses.replace(self, **changes)


DEFAULT = Config()


@dataclass(frozen=True)
class StepReport:
    """What one step did: lines and characters it changed (0 when it changed nothing)."""

    #: The step's name (one of :data:`STEPS`).
    step: str
    #: Lines the step changed (for ``drop_spam``: lines dropped).
    lines_changed: int
    #: Characters the step changed.
    chars_changed: int
    #: With ``explain=True``: ``(line number, before, after)``; the line number is the
    #: line's in the input text (1-based), like :attr:`DroppedLine.line_no`.
    changes: tuple[tuple[int, str, str], ...] = ()


@dataclass(frozen=True)
class DroppedLine:
    """A line removed by a spam/boilerplate rule.

    ``line_no`` is the line's number in the input text, 1-based (as ``govtext explain``, the
    CLI's ``dropped[].line`` and its rejects file count lines). Where an earlier step joined
    or split lines (blank-line runs, U+2028), the line is matched to the input's lines by its
    position among the non-blank lines.
    """

    #: The line's number in the input text, 1-based.
    line_no: int
    #: The dropped line as the rule read it: after the steps before ``drop_spam`` (mojibake
    #: repaired, simplified, spaces normalised), so it may differ from the input's line.
    text: str
    #: The rule that dropped it (``navigation``, ``footer``, ``seo_spam`` ...).
    rule: str
    #: Why, in words (the marker or pattern found).
    reason: str


@dataclass
class Result:
    """Everything :func:`clean` learned about one document."""

    #: The cleaned text (what :func:`normalize` returns).
    text: str
    #: The lines ``drop_spam`` removed, in input order, with rule and reason.
    dropped: list[DroppedLine] = field(default_factory=list)
    #: The numbered headings of the cleaned text (:func:`govtext.split_outline`);
    #: None when ``Config.outline`` is off or the text is empty.
    outline: outline.Outline | None = None
    #: Number mentions in the cleaned text (:func:`govtext.find_numbers`).
    numbers: list[numbers.NumberMention] = field(default_factory=list)
    #: What each step that ran changed, in order.
    steps: list[StepReport] = field(default_factory=list)
    #: Publication metadata extracted from dropped lines (date, source, editor ...).
    meta: dict[str, str] = field(default_factory=dict)
    #: Document-level signals: traditional share, mojibake repairs, drop share by rule ...
    signals: dict[str, Any] = field(default_factory=dict)
    #: The official-document elements (title, doc number, signature, date ...).
    document: document.OfficialDocument | None = None

    def chunks(self, max_chars: int = 800, overlap: int = 0, min_chars: int | None = None) -> list[Any]:
        """The cleaned text cut along its outline into chunks for retrieval, each with its
        heading path and the document's title and doc number (:func:`govtext.chunk_sections`).

        >>> r = clean("关于做好工作的通知\\n国发〔2019〕5号\\n各省：\\n一、总体要求\\n坚持稳中求进。\\n")
        >>> [(c.heading_path, c.doc_number) for c in r.chunks(min_chars=0)]
        [('', '国发〔2019〕5号'), ('一、总体要求', '国发〔2019〕5号')]
        """
        from .chunks import chunk_sections

        doc = self.document
        return chunk_sections(
            self.text, max_chars=max_chars, overlap=overlap, min_chars=min_chars, outline=self.outline,
            doc_title=doc.title.text if doc is not None and doc.title is not None else None,
            doc_number=doc.doc_number.text if doc is not None and doc.doc_number is not None else None,
            back_matter=doc.signature.start if doc is not None and doc.signature is not None else None,
        )

    @property
    def dropped_by_rule(self) -> dict[str, int]:
        """How many lines each rule dropped."""
        return dict(Counter(d.rule for d in self.dropped))

    def to_dict(self, *, outline_text: bool = False) -> dict[str, Any]:
        """A JSON-serialisable summary (what ``govtext clean --fields all`` writes per record).

        The keys are the same whatever the text and the config (record schema
        :data:`SCHEMA_VERSION`): a part that was switched off or found nothing is empty
        (``[]``, ``{}``, a document whose elements are all ``None``), never missing.
        ``dropped[].line`` is the input's line, 1-based.

        >>> sorted(clean("").to_dict()) == sorted(clean("一、总则", Config(outline=False)).to_dict())
        True
        """
        return self._record(copy=True)

    def _record(self, *, copy: bool) -> dict[str, Any]:
        """:meth:`to_dict`; with ``copy=False`` the number mentions' dicts are their own
        ``__dict__`` (for a record serialised at once: see :func:`_mention_dicts`)."""
        out: dict[str, Any] = {
            "schema": SCHEMA_VERSION,
            "text": self.text,
            "meta": self.meta,
            "dropped": [
                {"line": d.line_no, "rule": d.rule, "reason": d.reason, "text": d.text}
                for d in self.dropped
            ],
            "steps": {s.step: {"lines": s.lines_changed, "chars": s.chars_changed} for s in self.steps if s.lines_changed or s.chars_changed},
            "numbers": _mention_dicts(self.numbers, copy=copy),
            "signals": self.signals,
        }
        out["outline"] = [] if self.outline is None else _outline_dicts(self.outline)
        out["document"] = (_empty_document() if self.document is None
                           else self.document.to_dict(body=False))
        return out


def _outline_dicts(ol: outline.Outline) -> list[dict[str, Any]]:
    """The record's ``outline``: each section's heading, depth first in text order
    (:meth:`~govtext.Outline.walk`).

    >>> [d["marker"] for d in _outline_dicts(outline.split_outline("一、甲\\n（一）乙\\n二、丙\\n"))]
    ['一、', '（一）', '二、']
    """
    return [
        {"level": s.level, "family": s.family, "marker": s.marker, "number": s.number, "title": s.title.strip()}
        for s in ol.walk()
    ]


#: Version of the record :meth:`Result.to_dict` returns (the CLI's ``govtext`` object); see
#: docs/record-schema.json. Raised when a key changes meaning or goes away.
SCHEMA_VERSION = 1


@functools.lru_cache(maxsize=1)
def _empty_document_cached() -> str:
    import json

    return json.dumps(document.parse_document("").to_dict(body=False))


def _empty_document() -> dict[str, Any]:
    """The ``document`` of a text without one: every element empty."""
    import json

    return dict(json.loads(_empty_document_cached()))


def _jsonable(v: Any) -> Any:
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    return str(v)


_PLAIN = frozenset({str, int, float, bool, type(None)})


@functools.lru_cache(maxsize=8)
def _fields_of(cls: type) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]:
    names = tuple(f.name for f in dataclasses.fields(cls))
    get = operator.attrgetter(*names)
    return names, (get if len(names) > 1 else lambda m: (get(m),))


def _mention_dict(m: Any) -> dict[str, Any]:
    """A number mention as a dict of its fields, read one by one (``dataclasses.asdict``
    deep-copies every value: 5x slower, same dict); values JSON lacks become strings.

    >>> _mention_dict(numbers.find_numbers("增长百分之十五")[0])["low"]
    15
    """
    if not dataclasses.is_dataclass(m):
        return {k: _jsonable(v) for k, v in vars(m).items()}
    names, get = _fields_of(type(m))
    values = get(m)
    if _PLAIN.issuperset(map(type, values)):  # the common case: no value to convert
        return dict(zip(names, values))
    return {k: _jsonable(v) for k, v in zip(names, values)}


@functools.lru_cache(maxsize=1)
def _written_as_str() -> frozenset[type]:
    """Value types :func:`_jsonable` turns into ``str(v)`` and the record's serialiser
    (:func:`govtext.io.dumps_bytes`) writes as ``str(v)`` too, plain values included."""
    import datetime
    import decimal

    return _PLAIN | {datetime.date, datetime.datetime, datetime.time, decimal.Decimal,
                     numbers.PartialDate}


def _mention_dicts(mentions: list[Any], *, copy: bool = True) -> list[dict[str, Any]]:
    """:func:`_mention_dict` of each mention. When every mention is a
    :class:`~govtext.NumberMention` holding its fields (in order, as its constructors set them),
    the list is checked whole: with plain values only, each mention's ``__dict__`` is copied (the
    same dicts, several times faster).

    ``copy=False`` is for a record serialised at once by :func:`govtext.io.dumps_bytes` and never
    handed out (the command line's output lines): the mentions' own ``__dict__`` are returned,
    also when they hold dates or decimals, which the serialiser writes as ``str()`` as
    :func:`_mention_dict` does (the same JSON line).

    >>> ms = numbers.find_numbers("增长百分之十五，2019年")
    >>> _mention_dicts(ms) == [_mention_dict(m) for m in ms] == _mention_dicts(ms, copy=False)
    True
    """
    cls = numbers.NumberMention
    names = _fields_of(cls)[0]
    if all(type(m) is cls for m in mentions):
        ds = [m.__dict__ for m in mentions]
        n = len(names)
        # the constructors set every field in order: the right length is the right keys
        if all(len(d) == n for d in ds):
            types = set(map(type, itertools.chain.from_iterable(map(dict.values, ds))))
            if _PLAIN.issuperset(types):
                return list(map(dict.copy, ds)) if copy else ds
            if not copy and _written_as_str().issuperset(types):
                return ds
    plain = _PLAIN.issuperset
    out = []
    for m in mentions:
        d = getattr(m, "__dict__", None)
        if type(m) is cls and d is not None and tuple(d) == names and plain(map(type, d.values())):
            out.append(d.copy())
        else:
            out.append(_mention_dict(m))
    return out


def _realign(origin: list[int] | None, before: str, after: str) -> None:
    """Update *origin* (input line numbers of *before*'s lines) for *after*, when a step
    changed the number of lines: non-blank lines are matched in order, a blank line follows
    the line before it. Where the non-blank lines differ in number too (a line split at
    U+2028), line *i* keeps the number of *before*'s line *i* (best effort)."""
    if origin is None or before == after or before.count("\n") == after.count("\n"):
        return
    a, b = before.split("\n"), after.split("\n")
    full = [n for n, line in zip(origin, a) if line.strip()]
    if len(full) != sum(1 for line in b if line.strip()):
        origin[:] = [origin[min(j, len(origin) - 1)] for j in range(len(b))]
        return
    out: list[int] = []
    k, last = 0, 0
    for line in b:
        if line.strip():
            last = full[k]
            k += 1
            out.append(last)
        else:
            out.append(min(last + 1, origin[-1]) if last else origin[0])
    origin[:] = out


def _common_prefix(x: str, y: str, limit: int) -> int:
    """Length of the common prefix of *x* and *y*, at most *limit*: spans growing fourfold from
    the start while they match (a text and a step's output differ early on most pages: the
    first lines read cost what they hold, not half the text), then halving inside the span
    that differs; each test one slice comparison (in C), no loop over the characters.

    >>> _common_prefix("教育质量", "教育質量", 4), _common_prefix("ab", "ab", 2)
    (2, 2)
    """
    lo, step = 0, _PREFIX_STEP
    while lo < limit:
        hi = min(limit, lo + step)
        if x[lo:hi] == y[lo:hi]:
            lo, step = hi, 4 * step
            continue
        hi -= 1  # (a character of the span differs)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if x[lo:mid] == y[lo:mid]:
                lo = mid
            else:
                hi = mid - 1
        break
    return lo


#: The first span :func:`_common_prefix` and :func:`_common_suffix` compare.
_PREFIX_STEP = 64


def _common_suffix(x: str, y: str, limit: int) -> int:
    """Length of the common suffix of *x* and *y*, at most *limit* (as :func:`_common_prefix`,
    from the end).

    >>> _common_suffix("教育质量", "教育質量", 4), _common_suffix("xab", "ab", 1)
    (1, 1)
    """
    lo, step = 0, _PREFIX_STEP
    lx, ly = len(x), len(y)
    while lo < limit:
        hi = min(limit, lo + step)
        if x[lx - hi : lx - lo] == y[ly - hi : ly - lo]:
            lo, step = hi, 4 * step
            continue
        hi -= 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if x[lx - mid : lx - lo] == y[ly - mid : ly - lo]:
                lo = mid
            else:
                hi = mid - 1
        break
    return lo


_Changes = tuple[tuple[int, str, str], ...]


def _diff(before: str, after: str, explain: bool,
          origin: list[int] | None = None) -> tuple[int, int, _Changes]:
    """Lines and characters changed between two versions with the same line count
    (with *explain*, the changed lines, numbered by *origin* or 1-based).

    Only the lines between the texts' common prefix and common suffix are split and
    compared: the others are the same lines at the same numbers.

    >>> _diff("a\\nb 1\\nc", "a\\nb1\\nc", True)
    (1, 1, ((2, 'b 1', 'b1'),))
    """
    return _compare(before, after, explain, origin)[:3]  # type: ignore[return-value]


def _report(before: str, after: str, explain: bool,
            origin: list[int] | None) -> tuple[int, int, _Changes]:
    """:func:`_diff` of a step's input and output, and *origin* brought up to date
    (:func:`_realign`) when the step changed the number of lines (the comparison tells)."""
    lines_n, chars_n, changes, same_count = _compare(before, after, explain, origin)
    if not same_count:
        _realign(origin, before, after)
    return lines_n, chars_n, changes


def _compare(before: str, after: str, explain: bool,
             origin: list[int] | None = None) -> tuple[int, int, _Changes, bool]:
    """:func:`_diff`, and whether both texts have the same number of lines."""
    if before == after:
        return 0, 0, (), True
    n = min(len(before), len(after))
    p = _common_prefix(before, after, n)
    s = _common_suffix(before, after, n - p)
    start = before.rfind("\n", 0, p) + 1
    # the first line break of the common suffix ends the changed lines in both texts
    end_a = before.find("\n", len(before) - s)
    end_b = len(after) - (len(before) - end_a) if end_a >= 0 else len(after)
    a = before[start : end_a if end_a >= 0 else len(before)].split("\n")
    b = after[start:end_b].split("\n")
    if len(a) != len(b):
        # Steps that add or remove lines: count the whole texts' difference.
        return abs(len(a) - len(b)), abs(len(before) - len(after)) or 1, (), False
    first = before.count("\n", 0, start)
    # the changed lines' indices picked in C (the loop runs over them only, not every line)
    changed = list(itertools.compress(range(len(a)), map(operator.ne, a, b)))
    chars = 0
    changes = []
    for j in changed:
        x, y = a[j], b[j]
        m = min(len(x), len(y))
        q = _common_prefix(x, y, m)
        chars += max(len(x), len(y)) - q - _common_suffix(x, y, m - q)
        if explain:
            i = first + j
            changes.append((origin[i] if origin is not None else i + 1, x, y))
    lines = len(changed)
    return lines, chars, tuple(changes), True


def _transform_steps(config: Config) -> list[tuple[str, Callable[[str], str]]]:
    fns: dict[str, Callable[[str], str]] = {
        "fix_mojibake": lambda t: mojibake.fix_mojibake(t, lossy=config.lossy),
        "strip_ruby": ruby.strip_ruby,
        "normalize_whitespace": hygiene.normalize_whitespace,
        "to_simplified": lambda t: _script_plan(t, config).apply(t, config.t2s_config),
        "fix_cjk_spacing": hygiene.fix_cjk_spacing,
        "fix_punctuation_width": hygiene.fix_punctuation_width,
        "restore_lost_quotes": hygiene.restore_lost_quotes,
        "numbers_to_digits": lambda t: numbers.numbers_to_digits(t, protect=config.protected_terms),
    }
    return [(name, fns[name]) for name in STEPS if name in fns and getattr(config, name)]


def _script_plan(text: str, config: Config, plan: script.ScriptPlan | None = None) -> script.ScriptPlan:
    """What the to_simplified step converts under ``config.script``; *plan*: ``plan_script(text)``
    when known."""
    if plan is None:
        plan = script.plan_script(text)
    if config.script == "auto":
        return plan
    t, s = plan.traditional, plan.simplified
    whole = (script.Passage(0, len(text), t, s),) if config.script == "always" and text else ()
    return script.ScriptPlan(config.script, f"Config.script={config.script!r}", t, s, whole)


#: Per config (by identity; the config is kept, so its id stays its own): the step functions
#: and the names of the steps that run, in order (see :func:`_steps_of`).
_STEPS_OF: dict[int, tuple[Config, dict[str, Callable[[str], str]], tuple[str, ...]]] = {}


def _steps_of(config: Config) -> tuple[dict[str, Callable[[str], str]], tuple[str, ...]]:
    """The step functions of *config* and the names of its steps that run, in order: made once
    per config (a call of :func:`normalize` reads them, not builds them)."""
    entry = _STEPS_OF.get(id(config))
    if entry is None or entry[0] is not config:
        if len(_STEPS_OF) >= 64:
            _STEPS_OF.clear()
        entry = (config, dict(_transform_steps(config)), tuple(n for n in STEPS if getattr(config, n)))
        _STEPS_OF[id(config)] = entry
    return entry[1], entry[2]


def _run(
    text: str, config: Config, result: Result | None, explain: bool,
    template: Mapping[int, int] | None = None,
) -> str:
    fns, order = _steps_of(config)
    # the input line (1-based) of each line of the current text, for the reports
    origin = None if result is None else list(range(1, text.count("\n") + 2))
    out, repaired, gate, replan, known = _run_steps(text, config, fns, order, result, explain, origin, template)
    # A later step can make damage the repair left alone readable: to_simplified turns a
    # mojibake character into another (鈥 -> 钬), fix_cjk_spacing joins a damaged run to the
    # mark after it ("棣栭 〉" -> "棣栭〉"). When a line changed after the last repair has
    # something to repair, the steps run again on the result (at most twice): normalize()
    # stays idempotent. Else this costs one fix_mojibake scan of the changed lines. So too
    # when drop_spam dropped lines of a page whose script plan left traditional-only
    # characters as they were (*replan*) and the plan of what is left converts some.
    for _ in range(2):
        replan = replan and bool(_script_plan(out, config).converted)
        if not replan and (repaired is None or _refix(out, repaired, fns["fix_mojibake"], gate, known) == out):
            break
        scratch = Result(text="") if result is not None else None
        out, repaired, gate, replan, known = _run_steps(out, config, fns, order, scratch, explain, origin, template)
        if result is not None and scratch is not None:
            _fold(result, scratch)
    return out


def _refix(
    text: str, repaired: str, fix: Callable[[str], str], gate: frozenset[str] | None = None,
    known: _Known | tuple[str, ...] | None = None,
) -> str:
    """*fix* (fix_mojibake, which works line by line) of the lines of *text* that are not
    lines of *repaired*, its output: the others would come back unchanged.

    Only a line holding a character of fix_mojibake's gate can be repaired: one C-level gate
    scan of the lines between the texts' first and last difference (the others are lines of
    both) finds those lines (none, on most pages), and only they are looked for among
    *repaired*'s lines and handed to *fix*. *gate*, when known: the gate characters *text*
    can hold (each then found by ``str.find``: see :func:`govtext.mojibake._repairable_lines`).
    *known*, when known: lines *fix* gives back as they are, among them every line of
    *repaired* holding a gate character (see :func:`_recheck`).

    >>> fix = mojibake.fix_mojibake
    >>> _refix("通知\\n鏁欒偛閮ㄥ嵃鍙戦€氱煡", "通知", fix)
    '通知\\n教育部印发通知'
    >>> _refix("鏁欒偛閮ㄥ嵃鍙戦€氱煡\\n通知", "鏁欒偛閮ㄥ嵃鍙戦€氱煡", fix)  # a line of repaired: not looked at
    '鏁欒偛閮ㄥ嵃鍙戦€氱煡\\n通知'
    """
    return _recheck(text, repaired, fix, gate, known, keep=False)[0]


#: Lines :func:`fix_mojibake` gives back as they are, by length (a line is looked for among those
#: of its length: no line is hashed, and a page's line of 170,000 characters is compared with
#: the few of its length, where hashing it costs ~0.7M instructions). A length's lines past
#: :data:`_KNOWN_TUPLE_MAX` are a set (each hashed once): else a text of many lines of one length
#: compares each line with all the others (20,000 distinct lines of 13 characters: 3 s).
_Known = dict[int, tuple[str, ...] | frozenset[str]]
#: The most lines of one length :data:`_Known` keeps in a tuple.
_KNOWN_TUPLE_MAX = 16


def _known(lines: Iterable[str], known: _Known | None = None) -> _Known:
    """*known* with *lines* added (a new table).

    >>> _known(["ab", "c"], _known(["xy"]))
    {2: ('xy', 'ab'), 1: ('c',)}
    >>> sorted(_known(f"{k:02d}" for k in range(20))[2])[-3:]
    ['17', '18', '19']
    """
    out = dict(known) if known is not None else {}
    added: dict[int, list[str]] = {}  # (by length: a bucket is made once, not copied per line)
    for line in lines:
        n = len(line)
        if line not in out.get(n, ()):  # (a tuple of a few lines, or a set)
            added.setdefault(n, []).append(line)
    for n, new in added.items():
        have = out.get(n, ())
        if isinstance(have, frozenset) or len(have) + len(new) > _KNOWN_TUPLE_MAX:
            out[n] = have.union(new) if isinstance(have, frozenset) else frozenset((*have, *new))
        else:  # (a line twice in *lines* once; compared, not hashed)
            both = list(have)
            both.extend(line for line in new if line not in both)
            out[n] = tuple(both)
    return out


def _recheck(
    text: str, repaired: str, fix: Callable[[str], str], gate: frozenset[str] | None,
    known: _Known | tuple[str, ...] | None, *, keep: bool = True,
) -> tuple[str, _Known | tuple[str, ...] | None]:
    """:func:`_refix`, and the lines *fix* gives back as they are, when known: *known* and the
    lines of *text* read here (when *fix* changed none; else None; always None without
    *keep*: :func:`_refix` reads the text only).

    *known* may be a tuple of such lines (the repair's gate lines, :func:`govtext.mojibake._gate_lines_of`),
    made a :data:`_Known` (:func:`_known`) where a line is first looked for: most pages have
    no candidate line, and then no table is made.

    With *known*, no comparison with *repaired* is needed: a line of *text* holding a gate
    character is either one of *known* or handed to *fix*. With a few *gate* characters, the
    lines holding one are found in the whole text (each by ``str.find``, memchr speed: finding
    the texts' first and last difference costs more, and most of a page differs after
    drop_spam); else (a scan of the gate's class) in the lines between those differences.
    """
    if text == repaired or (gate is not None and not gate):
        # (no gate character in *text*: no line to repair, none to look for)
        return text, known if keep else None
    if known is None:
        return _refix_lines(text, repaired, fix, gate), None
    whole = gate is not None and len(gate) <= mojibake._FIND_MAX
    # (else the gate's pattern reads the lines between the differences, in place: no copy of them)
    cand = mojibake._repairable_lines(text, gate) if whole else mojibake._repairable_lines(
        text, None, *_changed_lines(text, repaired))
    if not cand:
        return text, known if keep else None
    if isinstance(known, tuple):
        known = _known(known)
    new = [line for line in cand if line not in known.get(len(line), ())]
    if new and sum(map(len, new)) >= _WHOLE_SHARE * len(text):
        # most of the text to read again (a keyword-spam page's one long line): the repair reads
        # the whole text (what it gives back of the other lines is them: *known*, or no gate
        # character), and its look-up of the text is then the one to_simplified reads
        fixed = fix(text)
    else:
        fixed = _fix_lines(text, new, fix) if new else text
    return fixed, (_known(cand, known) if fixed is text and keep else None)


#: From this share of a text's characters in the lines :func:`_recheck` hands to the repair,
#: it hands it the whole text.
_WHOLE_SHARE = 0.5


def _refix_lines(text: str, repaired: str, fix: Callable[[str], str], gate: frozenset[str] | None) -> str:
    """:func:`_refix` without known lines: each line found is looked for among *repaired*'s."""
    start, end = _changed_lines(text, repaired)
    cand = mojibake._repairable_lines(text[start:end], gate)
    if not cand:
        return text
    if len(cand) > 8 or sum(map(len, cand)) > 4096:
        # only a line as long as a candidate can be one: the others are not hashed. A line
        # longer than _HASH_MAX is compared, not hashed: a keyword-spam page's line of
        # 170,000 characters costs ~0.7M instructions to hash (twice: the set and the
        # look-up), where a comparison stops at the first difference.
        sizes = set(map(len, cand))
        hashed = {n for n in sizes if n <= _HASH_MAX}
        lines = repaired.split("\n")
        known = {line for line in lines if len(line) in hashed}
        long = [line for line in lines if len(line) > _HASH_MAX and len(line) in sizes] if hashed != sizes else []
        new = [line for line in cand if line not in (known if len(line) <= _HASH_MAX else long)]
    else:  # a few short lines: looked for in the text (no set of its lines)
        framed = f"\n{repaired}\n"
        new = [line for line in cand if f"\n{line}\n" not in framed]
    return _fix_lines(text, new, fix) if new else text


def _fix_lines(text: str, lines: list[str], fix: Callable[[str], str]) -> str:
    """*text* with each of its lines in *lines* (distinct) replaced by what *fix* makes of it
    (*text* itself when *fix* changes none)."""
    joined = "\n".join(lines)
    fixed = fix(joined)
    if fixed == joined:
        return text
    table = dict(zip(lines, fixed.split("\n")))
    return "\n".join([table.get(line, line) for line in text.split("\n")])


#: Lines of :func:`_refix` longer than this are compared with the lines of the same length,
#: not hashed (a few at most: each is this long).
_HASH_MAX = 4096


def _changed_lines(text: str, other: str) -> tuple[int, int]:
    """Start and end, in *text*, of the lines from the first to the last where *text* and
    *other* differ (their common prefix and suffix found by slice comparisons); the lines
    before and after are lines of *other* too.

    >>> _changed_lines("a\\nb\\nc\\nd", "a\\nx\\ny\\nd")
    (2, 5)
    """
    n = min(len(text), len(other))
    p = _common_prefix(text, other, n)
    s = _common_suffix(text, other, n - p)
    end = text.find("\n", len(text) - s)
    return text.rfind("\n", 0, p) + 1, end if end >= 0 else len(text)


#: The first characters of every lossy-marker run (all of them characters of fix_mojibake's gate).
_LOSSY_FIRST = frozenset(mojibake._LOSSY_CHAR.pattern[1:-1])

#: Steps whose output holds no character of fix_mojibake's gate their input lacks (they
#: remove characters or write blanks, line breaks, 《》 and full-width punctuation: tested), but
#: for a Kangxi radical or compatibility ideograph normalize_whitespace folds
#: (:func:`govtext.hygiene._whitespace_folded` says) and the HTML character references it
#: decodes (any character: ``&#195;&#169;`` is ``Ã©``; :func:`_run_steps` reads again after them).
_NO_NEW_GATE = frozenset({
    "strip_ruby", "normalize_whitespace", "drop_spam", "fix_cjk_spacing", "restore_lost_quotes",
    "fix_punctuation_width",
})


def _fold(result: Result, again: Result) -> None:
    """Add what a second run of the steps did to the first run's report."""
    by_step = {s.step: i for i, s in enumerate(result.steps)}
    for s in again.steps:
        i = by_step.get(s.step)
        if i is None:
            result.steps.append(s)
            continue
        r = result.steps[i]
        result.steps[i] = StepReport(
            r.step, r.lines_changed + s.lines_changed, r.chars_changed + s.chars_changed,
            r.changes + s.changes,
        )
    result.dropped.extend(again.dropped)
    for k, v in again.meta.items():
        result.meta.setdefault(k, v)


def _simplify(
    text: str, config: Config, early: script.ScriptPlan | None, result: Result | None
) -> tuple[str, bool]:
    """The to_simplified step of :func:`_run_steps` (*early*: the text's plan when known):
    *text* converted as its plan says, and whether the plan left traditional-only characters;
    the first pass records the plan in *result*'s signals."""
    plan = _script_plan(text, config, early)
    converted = plan.apply(text, config.t2s_config)
    # (a plan converting the whole text, "traditional" or Config.script="always", left
    # none; under script="never" no plan of fewer lines converts any either)
    left = plan.traditional > 0 and plan.decision in ("simplified", "mixed")
    if result is not None and "script" not in result.signals:
        # what the first pass decided (a second pass sees simplified text)
        result.signals["script"] = plan.to_dict()
    return converted, left


def _run_steps(
    text: str,
    config: Config,
    fns: dict[str, Callable[[str], str]],
    order: tuple[str, ...],
    result: Result | None,
    explain: bool,
    origin: list[int] | None = None,
    template: Mapping[int, int] | None = None,
) -> tuple[str, str | None, frozenset[str] | None, bool, _Known | tuple[str, ...] | None]:
    """Run the steps once (*order*: the names of those *config* switches on, in order); also
    return the text as the last fix_mojibake pass left it, the characters of fix_mojibake's
    gate the text returned can hold (None: unknown), whether drop_spam dropped lines of
    a page where to_simplified left traditional-only characters (the plan read those lines),
    and lines fix_mojibake gives back as they are, among them those of the text it left that
    hold a gate character (None: unknown; see :func:`_recheck`).

    *origin* (with a *result*) holds the input line number of each line of the text; it
    is kept up to date as steps drop, join or split lines. *template*: the site's template
    lines for ``drop_spam`` (:mod:`govtext.template`).
    """
    repaired = None
    gate: frozenset[str] | None = None
    known: _Known | tuple[str, ...] | None = None
    left = replan = False  # (traditional-only characters left by the plan; lines dropped after)
    early = None  # (the plan of the text, read off the repair's look-up: see _keeps_han)
    for name in order:
        folded = False  # (normalize_whitespace folded a Han form)
        if name == "drop_spam":
            before, text = text, _drop_spam(text, config, result, origin, template)
            replan = left and text != before
            continue
        before = text
        decoded = name == "normalize_whitespace" and "&" in text  # (it may decode HTML references)
        if name == "to_simplified":
            text, left = _simplify(before, config, early, result)
        elif name == "normalize_whitespace":
            # (the step's function, which says whether it folded a Han form: see _keeps_han)
            if decoded:
                text = _references_read(text, config, fns)
            text, folded = hygiene._whitespace_folded(text, decoded)
        else:
            text = fns[name](text)
        if early is not None and not _keeps_han(name, before, text, folded):
            early = None
        if name == "fix_mojibake":
            repaired = text
            # (a text without traditional-only characters: its plan from the look-up just made)
            early = script._simplified_plan(text)
            gate = mojibake._gate_chars(text)  # known when nothing was repaired
            read = mojibake._gate_lines_of(text)  # (likewise)
            known = read  # (made a table where a line is looked for: see _recheck)
            if result is not None and "lossy_marks" not in result.signals:
                # the first pass reads the input: where its gate scan found no lossy marker,
                # the input has no lossy run (_signals need not look)
                result.signals["lossy_marks"] = text.count(mojibake.MARKER)
                if gate is not None and gate.isdisjoint(_LOSSY_FIRST):
                    result.signals["lossy_runs"] = 0
        elif text != before and (name not in _NO_NEW_GATE or folded or decoded):
            gate = None
        if result is not None:
            result.steps.append(StepReport(name, *_report(before, text, explain, origin)))
        if (
            name == "normalize_whitespace"
            and config.fix_mojibake
            and text != before
        ):
            # Removing control characters, spaces or indentation can join the two halves of
            # a damaged byte sequence or change the context the repair judges by; a second
            # mojibake pass (and whitespace pass over what it repaired) keeps normalize()
            # idempotent. It repairs only the lines that changed since the first pass.
            assert repaired is not None
            fixed, known = _recheck(text, repaired, fns["fix_mojibake"], gate, known)
            fixed = _fold_again(text, fixed, "fix_mojibake", result, explain, origin)
            repaired = fixed
            if fixed != text:
                gate = early = None
                fixed = _again(fixed, name, fns[name], result, explain, origin)
            text = fixed
    return text, repaired, gate, replan, known


# a soft hyphen or NBSP after a Latin-1 letter or sign (or cp1252's, as &#128;-&#159; decode):
# the bytes AD, A0 inside UTF-8 read as Latin-1 (中 E4 B8 AD: ä¸\xad)
_LATIN1_AD_A0 = re.compile("[\x80-\xff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122][\xa0\xad]")


def _references_read(text: str, config: Config, fns: Mapping[str, Callable[[str], str]]) -> str:
    """*text* with its HTML character references decoded, and when they wrote a soft hyphen or
    NBSP inside a Latin-1 run (``&#228;&#184;&#173;`` is 中 read as Latin-1, its AD a soft
    hyphen), the mojibake repaired then, before normalize_whitespace drops the one and makes a
    blank of the other (half the character lost: ``�国``)."""
    out = hygiene.decode_references(text)
    if (
        config.fix_mojibake
        and ("\xad" in out or "\xa0" in out)
        and _LATIN1_AD_A0.search(out) is not None
    ):
        out = fns["fix_mojibake"](out)
    return out


def _keeps_han(step: str, before: str, after: str, folded: bool) -> bool:
    """Whether *step*, which made *after* of *before*, kept their Han characters as they were
    (so the script plan of a text without traditional-only characters is that of *after* too:
    the plan counts only Han characters, and converts none). strip_ruby removes bracketed pinyin
    only; normalize_whitespace removes or replaces blanks and invisible characters only, but
    for the HTML references it decodes (``&#x8cea;`` is 質) and the Kangxi radicals and
    compatibility ideographs it folds (⾨ is 門: *folded*)."""
    if step == "strip_ruby":
        return True
    if step == "normalize_whitespace":
        return "&" not in before and not folded
    return after is before


# blank lines that dropped lines left together (led by the literal "\n\n\n": ``re`` finds it fast,
# where ``\n{3,}`` is tried at every character)
_BLANK_RUN = re.compile("\n\n\n+")


def _drop_spam(
    text: str,
    config: Config,
    result: Result | None,
    origin: list[int] | None,
    template: Mapping[int, int] | None,
) -> str:
    """The drop_spam step: drop the lines the rules reject, record them (numbered by *origin*)."""
    # (the page's lines as the classifier split them; a list comprehension reads a verdict's
    # keep faster than ``map(attrgetter("keep"), ...)`` does)
    verdicts, reading, lines = spam._classify_page(text, None, True, template)
    keep = [v.keep for v in verdicts]
    if not all(keep) and (kept := _keep_document_elements(text, verdicts, lines)) is not verdicts:
        verdicts = kept
        keep = [v.keep for v in verdicts]
    if result is not None:
        result.signals["boilerplate"] = _boilerplate_signals(len(text), lines, keep, reading, origin)
    if all(keep):
        if result is not None:
            result.steps.append(StepReport("drop_spam", 0, 0))
        return text
    if result is None:  # normalize(): the kept lines only
        return _join_kept(lines, keep, config)[1]
    dropped = []
    # (the dropped lines' numbers picked in C: the loop runs over them only, not every line)
    for i in itertools.compress(range(len(keep)), map(operator.not_, keep)):
        v = verdicts[i]
        n = origin[i] if origin is not None else i + 1
        dropped.append(DroppedLine(n, lines[i], v.rule or "unknown", v.reason))
        for k, val in v.meta:
            result.meta.setdefault(k, val)
    joined, text = _join_kept(lines, keep, config)
    if origin is not None:
        origin[:] = itertools.compress(origin, keep)
    if text is not joined:
        _realign(origin, joined, text)
    result.dropped.extend(dropped)
    result.steps.append(StepReport("drop_spam", len(dropped), sum(len(d.text) + 1 for d in dropped)))
    return text


def _join_kept(lines: list[str], keep: list[bool], config: Config) -> tuple[str, str]:
    """The kept lines joined, and the same text with the blank lines that dropped lines left
    together made one blank line, as ``normalize_whitespace`` keeps (the same object when
    there is none or the step is off).

    >>> _join_kept(["a", "", "menu", "", "b"], [True, True, False, True, True], Config())
    ('a\\n\\n\\nb', 'a\\n\\nb')
    """
    joined = "\n".join(itertools.compress(lines, keep))
    # (``sub`` hands back *joined* itself when it has no run: one scan either way)
    return joined, _BLANK_RUN.sub("\n\n", joined) if config.normalize_whitespace else joined


def _keep_document_elements(text: str, verdicts: list[spam.Verdict], lines: list[str]) -> list[spam.Verdict]:
    """The title, doc number, addressees, signature and date of an official document are its
    content, not page chrome: their lines are kept whatever ``drop_spam`` said (*verdicts*
    itself when none is dropped).

    The document is read without the lines dropped as a related-article block (blank lines in
    their place): a block's link over its date is no signature and date, nor its header a
    title's second line (kept, they were dropped by a second ``clean()``: not idempotent).
    (They are picked only when the text may be a document at all: most pages are not.)
    *lines*: the classifier's lines of *text* (``text.split("\\n")``), blanked without a second
    split of the text.
    """
    keep = document._element_lines(text, (i for i, v in enumerate(verdicts) if v.rule == "related"), lines)
    if not keep:
        return verdicts
    return [spam.KEEP if i in keep and not v.keep else v for i, v in enumerate(verdicts)]


def _again(
    text: str, step: str, fn: Callable[[str], str], result: Result | None, explain: bool,
    origin: list[int] | None = None,
) -> str:
    """Re-run a step; fold what it changed into that step's report."""
    return _fold_again(text, fn(text), step, result, explain, origin)


def _fold_again(
    text: str, fixed: str, step: str, result: Result | None, explain: bool,
    origin: list[int] | None = None,
) -> str:
    """*fixed*, what a step run again made of *text*; what it changed folded into that step's
    report."""
    if fixed == text or result is None:
        return fixed
    lines_n, chars_n, changes = _report(text, fixed, explain, origin)
    for i, s in enumerate(result.steps):
        if s.step == step:
            result.steps[i] = StepReport(
                s.step, s.lines_changed + lines_n, s.chars_changed + chars_n, s.changes + changes
            )
    return fixed


def _config(config: Config | None) -> Config:
    if config is None:
        return DEFAULT
    if not isinstance(config, Config):
        raise TypeError(f"config must be a govtext.Config, got {type(config).__name__}")
    return config


def normalize(
    text: str, config: Config | None = None, *, template: Mapping[int, int] | None = None
) -> str:
    """Run every enabled step in order and return the cleaned text.

    *template*: the template lines of the page's site (:meth:`govtext.template.Templates.for_site`),
    dropped by ``drop_spam`` outside the article with rule ``template``.

    >>> normalize("您當(dāng)前的位置")
    '您当前的位置'
    >>> normalize("")
    ''
    """
    text = check_text(text, "normalize")
    if not text:
        return text
    return _run(text, _config(config), None, False, template)


def lines_before_drop_spam(text: str, config: Config | None = None) -> list[str]:
    """The lines of *text* as the ``drop_spam`` step sees them: after the steps before it in
    :data:`STEPS` (what :func:`govtext.template.page_keys` hashes in a crawl's first pass).

    >>> lines_before_drop_spam("首頁\\n  通知")
    ['首页', '通知']
    """
    cfg = _config(config)
    after = STEPS[STEPS.index("drop_spam"):]
    return normalize(text, cfg.replace(**dict.fromkeys(after, False))).split("\n")


def clean(
    text: str, config: Config | None = None, *, explain: bool = False,
    template: Mapping[int, int] | None = None,
) -> Result:
    """Like :func:`normalize`, and also report what each step did.

    The result carries the cleaned text, the dropped lines with the rule that
    dropped each, extracted metadata, the outline, the number mentions and
    per-step change counts. With ``explain=True`` each :class:`StepReport` also
    lists the changed lines.

    >>> r = clean("教育質量提升")
    >>> r.text
    '教育质量提升'
    >>> [(s.step, s.chars_changed) for s in r.steps if s.chars_changed]
    [('to_simplified', 1)]
    """
    text = check_text(text, "clean")
    cfg = _config(config)
    result = Result(text="")
    if not text:
        _signals(text, text, result)
        return result
    # the input's script counts first: its code points are then the ones fix_mojibake's gate reads
    stats = script.script_stats(text)
    out = _run(text, cfg, result, explain, template)
    result.text = out
    if cfg.find_numbers:
        result.numbers = numbers.find_numbers(out, protect=cfg.protected_terms)
    if cfg.outline:
        result.outline = outline.split_outline(out)
    if cfg.document:
        result.document = document.parse_document(
            out, metadata_lines=[d.text for d in result.dropped], outline=result.outline
        )
    _signals(text, out, result, stats)
    return result


def _boilerplate_signals(
    size: int, lines: list[str], keep: list[bool], reading: Any, origin: list[int] | None
) -> dict[str, Any]:
    """Share of the lines and characters drop_spam dropped, and the article region it found:
    its first and last line as input line numbers (1-based, as ``DroppedLine.line_no``), or
    None. *size*: the length of the text *lines* were split from (its characters but the
    line breaks: ``size - len(lines) + 1``, no sum over the lines)."""
    n_chars = size - len(lines) + 1 or 1
    dropped = list(itertools.compress(lines, map(operator.not_, keep))) if not all(keep) else []
    region = reading.region if reading is not None else None
    if region is not None:
        region = tuple(origin[i] if origin is not None else i + 1 for i in region)
    return {
        "dropped_lines_share": round(len(dropped) / len(lines), 4),
        "dropped_chars_share": round(sum(map(len, dropped)) / n_chars, 4),
        "article_region": list(region) if region is not None else None,
    }


def _signals(original: str, out: str, result: Result, stats: script.ScriptStats | None = None) -> None:
    """The document-level signals; *stats*: ``script_stats(original)`` when known."""
    n_lines = original.count("\n") + 1 if original else 0
    by_rule = result.dropped_by_rule
    if stats is None:
        stats = script.script_stats(original)
    moj = next((s for s in result.steps if s.step == "fix_mojibake"), None)
    boilerplate = result.signals.get("boilerplate")
    decided = result.signals.pop("script", None)
    lossy_marks = result.signals.pop("lossy_marks", 0)
    lossy_runs = result.signals.pop("lossy_runs", None if original else 0)
    result.signals = {
        "lines": n_lines,
        "dropped_share": round(len(result.dropped) / n_lines, 4) if n_lines else 0.0,
        "dropped_share_by_rule": {k: round(v / n_lines, 4) for k, v in by_rule.items()},
        "traditional_share": round(stats.traditional_share, 4),
        "mojibake_lines_repaired": moj.lines_changed if moj else 0,
        # runs of lossy markers (U+FFFD, 锟斤拷, 烫烫烫 ...) in the input: bytes lost before govtext
        "lossy_runs": lossy_runs if lossy_runs is not None else len(mojibake._stage_lossy(original, "keep")),
        "lossy_marks": lossy_marks,
    }
    if decided is None:  # the step did not run: switched off, or an empty text
        plan = script.plan_script(original)
        decided = script.ScriptPlan(
            "off", "to_simplified did not run", plan.traditional, plan.simplified
        ).to_dict()
    result.signals["script"] = decided
    pseudo, evidence = quality.pseudo_original_score(out)
    # the same keys whatever ran: no page reading (drop_spam off, empty text) is no drop
    result.signals["boilerplate"] = boilerplate or {
        "dropped_lines_share": 0.0, "dropped_chars_share": 0.0, "article_region": None,
    }
    result.signals["pseudo_original"] = round(pseudo, 4)
    result.signals["pseudo_original_evidence"] = evidence
