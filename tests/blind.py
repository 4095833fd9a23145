"""What the blind sets share: the numbers sets' expected mentions and their reading (s20, s21),
and one damaging step of the mojibake sets (s19, s21, s22), their score of a repair and their cases
(s21, s22).
Each set keeps its own cases and failing list; only the harness is here."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from decimal import Decimal

import pytest

from govtext import (
    fix_cjk_spacing,
    fix_punctuation_width,
    normalize_whitespace,
    restore_lost_quotes,
    strip_ruby,
)
from govtext.mojibake import MARKER, fix_mojibake
from govtext.numbers import PartialDate, find_numbers, numbers_to_digits

ANY = object()  # a field the documented conventions do not fix: not compared


def pd(month: int | None = None, day: int | None = None, year: int | None = None) -> PartialDate:
    """A partial date, month first (the sets write most dates without a year)."""
    return PartialDate(year=year, month=month, day=day)


def norm(value: object) -> object:
    """A number as a float rounded to 4 places (Decimal and float compare alike); else itself."""
    return round(float(value), 4) if isinstance(value, (float, Decimal)) else value


def expected(*fields: object) -> tuple[object, ...]:
    """(text, kind, low[, high[, unit]]) as compared: high defaults to low, unit to ANY."""
    text, kind, low = fields[:3]
    high = fields[3] if len(fields) > 3 and fields[3] is not None else low
    unit = fields[4] if len(fields) > 4 else ANY
    return (text, kind, norm(low), norm(high), unit)


def read(text: str, want: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """The mentions found, their unit replaced by ANY where the expected one is not compared."""
    out = []
    for i, m in enumerate(find_numbers(text)):
        unit = m.unit
        if i < len(want) and want[i][4] is ANY:
            unit = ANY
        out.append((m.text, m.kind, norm(m.low), norm(m.high), unit))
    return out


def mentions(text: str) -> list[tuple[object, ...]]:
    """The mentions found, as (text, kind, low, high, unit): the blind sets' tests of their classes."""
    return [(m.text, m.kind, m.low, m.high, m.unit) for m in find_numbers(text)]


def check_sentence(text: str, mentions: list[tuple[object, ...]], rewrite: str | None) -> None:
    """A numbers set's case: the mentions found are those expected (:func:`expected` of each),
    and ``numbers_to_digits`` gives *rewrite* (None: the text unchanged)."""
    want = [expected(*m) for m in mentions]
    assert read(text, want) == want
    assert numbers_to_digits(text) == (text if rewrite is None else rewrite)


def check_set(cases: list[tuple[str, list[tuple[object, ...]], str | None]], size: int) -> None:
    """A numbers set holds *size* cases, no sentence twice."""
    assert len(cases) == size
    assert len({text for text, _, _ in cases}) == size


def codec_step(text: str, step: str) -> str:
    """One damaging mechanism: ``enc>dec`` (encode, decode with errors="replace"),
    ``enc>dec/ignore``, ``cutN:enc>dec`` (the encoded bytes lose their last N bytes first); the
    decoder ``w1252`` is :func:`w1252`.

    >>> codec_step("中", "utf-8>latin-1"), codec_step("中文", "cut1:utf-8>gbk/ignore")
    ('ä¸\\xad', '涓鏂')
    """
    cut = 0
    if step.startswith("cut"):
        head, step = step.split(":", 1)
        cut = int(head[3:])
    errors = "replace"
    if "/" in step:
        step, errors = step.split("/")
    enc, dec = step.split(">")
    data = text.encode(enc, errors="strict")
    if cut:
        data = data[:-cut]
    if dec == "w1252":
        return w1252(data)
    return data.decode(dec, errors=errors)


def w1252(data: bytes) -> str:
    """*data* read as browsers read windows-1252: cp1252, and the five bytes it leaves undefined
    (81 8D 8F 90 9D) as the C1 controls of Latin-1 (so ” comes out as ``â€\x9d``).

    >>> w1252("”".encode())
    'â€\x9d'
    """
    return "".join(bytes([b]).decode("cp1252", "strict") if b not in _C1_HOLES else chr(b) for b in data)


_C1_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")


def _gap(text: str, mech: str) -> str:
    head, step = mech.split(":", 1)
    k = int(head[3:])
    enc, dec = step.split(">")
    errors = "replace"
    if "/" in dec:
        dec, errors = dec.split("/")
    data = text[:k].encode(enc)[:-1] + text[k:].encode(enc)
    return data.decode(dec, errors=errors)


def mojibake_damage(text: str, mech: str) -> str:
    """*text* damaged by *mech*: codec steps joined by ``|`` (see :func:`codec_step`), or
    ``lineK=<mech>`` (line K only), ``@K=<mech>`` (from character K on), ``@K-L=<mech>``
    (characters K to L-1 only), ``gapK:enc>dec[/errors]``
    (the last byte of the first K characters lost)."""
    if mech.startswith("line"):
        head, mech = mech.split("=", 1)
        k = int(head[4:])
        lines = text.split("\n")
        lines[k] = mojibake_damage(lines[k], mech)
        return "\n".join(lines)
    if mech.startswith("@"):
        head, mech = mech.split("=", 1)
        k, _, end = head[1:].partition("-")
        a, b = int(k), int(end) if end else len(text)
        return text[:a] + mojibake_damage(text[a:b], mech) + text[b:]
    if mech.startswith("gap"):
        return _gap(text, mech)
    for step in mech.split("|"):
        text = codec_step(text, step)
    return text


def mojibake_score(out: str, original: str) -> tuple[bool, int]:
    """(right, invented): right when ``out`` is the original with some characters replaced by
    marks (at most one mark per lost character); invented counts output characters that are
    neither the original's nor a mark."""
    right, invented = True, 0
    sm = difflib.SequenceMatcher(None, original, out, autojunk=False)
    for op, a1, a2, b1, b2 in sm.get_opcodes():
        if op == "equal":
            continue
        got = out[b1:b2]
        invented += sum(1 for ch in got if ch != MARKER)
        if op != "replace" or set(got) != {MARKER} or b2 - b1 > a2 - a1:
            right = False
    return right, invented


def mojibake_cases(damaged: list[tuple[str, str]], misses: dict[int, str], named: bool = False) -> list[object]:
    """A mojibake set's (text, mech) cases as pytest params, the ones in *misses* (index: reason)
    strict xfails; *named* gives each the id ``<index>-<mech>``."""
    out: list[object] = []
    for i, (text, mech) in enumerate(damaged):
        reason = misses.get(i)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(text, mech, id=f"{i}-{mech}" if named else None, marks=marks))
    return out


def lossy_damage(text: str, mech: str, fill: str) -> str:
    """*text* damaged by *mech*, each U+FFFD then written as *fill* ("?": the record saved again
    in a codec without U+FFFD) when *fill* is not empty."""
    damaged = mojibake_damage(text, mech)
    return damaged.replace(MARKER, fill) if fill else damaged


def lossy_cases(lossy: list[tuple[str, str, str]], misses: dict[int, str]) -> list[object]:
    """A mojibake set's lossy (text, mech, fill) records as pytest params with the ids
    ``<index>-<mech><fill>``, the ones in *misses* (index: reason) strict xfails."""
    return [
        pytest.param(*case, id=f"{i}-{case[1]}{case[2]}", marks=_xfail(misses.get(i))) for i, case in enumerate(lossy)
    ]


def clean_cases(clean: list[str], misses: dict[int, str]) -> list[object]:
    """A mojibake set's clean controls as pytest params, the ones in *misses* (index: reason)
    strict xfails."""
    return [pytest.param(text, marks=_xfail(misses.get(i))) for i, text in enumerate(clean)]


def check_lossy_never_invents(text: str, mech: str, fill: str) -> None:
    """The repair of a lossy record leaves it as it was or invents no character ("?" aside)."""
    damaged = lossy_damage(text, mech, fill)
    out = fix_mojibake(damaged)
    assert out == damaged or mojibake_score(out, text)[1] == sum(ch == "?" for ch in out), out


def lossy_repair(text: str, mech: str, fill: str) -> tuple[str, str]:
    """(damaged, repaired) of a lossy record, the repair holding no character the original does
    not (marks and "?" aside)."""
    damaged = lossy_damage(text, mech, fill)
    out = fix_mojibake(damaged)
    invented = [ch for ch in out if ch not in text and ch not in (MARKER, "?")]
    assert not invented, out
    return damaged, out


def lossy_outcome(damaged: str, original: str, fill: str) -> tuple[str, str, list[str]]:
    """A lossy record's (damaged, repaired, invented): *damaged* with each U+FFFD written as
    *fill* when *fill* is not empty, its repair, and the characters of the repair *original*
    lacks (marks and "?" aside)."""
    damaged = damaged.replace(MARKER, fill) if fill else damaged
    out = fix_mojibake(damaged)
    return damaged, out, [ch for ch in out if ch not in original and ch not in (MARKER, "?")]


def check_repair(damaged: str, original: str) -> None:
    """The repair of *damaged* is *original*, lost characters marked, no character invented."""
    assert damaged != original
    out = fix_mojibake(damaged)
    assert mojibake_score(out, original) == (True, 0), out


#: The hygiene steps a hygiene blind set names in its cases (step, input, expected output).
HYGIENE_STEPS: dict[str, Callable[[str], str]] = {
    "spacing": fix_cjk_spacing,
    "quotes": restore_lost_quotes,
    "ruby": strip_ruby,
    "width": fix_punctuation_width,
    "ws": normalize_whitespace,
}


def check_step(step: str, text: str, want: str | None) -> None:
    """A hygiene set's case: the step named *step* gives *want* (None: the text unchanged)."""
    assert HYGIENE_STEPS[step](text) == (text if want is None else want)


def hygiene_cases(cases: list[tuple[str, str, str | None]], misses: dict[int, str]) -> list[object]:
    """A hygiene set's (step, input, expected) cases as pytest params with the ids ``<index>-<step>``,
    the ones in *misses* (index: reason) strict xfails."""
    return [pytest.param(*case, id=f"{i}-{case[0]}", marks=_xfail(misses.get(i))) for i, case in enumerate(cases)]


def normalize_cases(cases: list[tuple[str, str]], misses: dict[int, str]) -> list[object]:
    """A hygiene set's (input, expected output of ``normalize``) cases as pytest params, the ones in
    *misses* strict xfails."""
    return [pytest.param(*case, id=str(i), marks=_xfail(misses.get(i))) for i, case in enumerate(cases)]


def _xfail(reason: str | None) -> list[object]:
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
