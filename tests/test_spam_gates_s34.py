"""Session 34's exact gates of the page reading of drop_spam (speed, issue 21): each gate answers
as the full test it stands in front of does, on every input that test would act on."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govtext import spam

#: Pieces around a Markdown link's or definition's start and a table's delimiter row: brackets,
#: bars, colons, dashes and blanks in every order, more than ``_HOLDS_WALK`` of them at times.
_MD_PIECES = ["]", "|", "(", ":", "-", " ", "[", "甲", "\n", "](", "| :-", "|-"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_MD_PIECES), max_size=90).map("".join))
def test_holds_match_is_the_pattern_search(text: str) -> None:
    for first, pattern in (("]", spam._MD_LINK_START), ("|", spam._MD_DELIMITER_START)):
        assert spam._holds_match(text, first, pattern) == (pattern.search(text) is not None)


def test_holds_match_past_the_walk() -> None:
    late = "] " * (spam._HOLDS_WALK + 5)
    assert spam._holds_match(late + "](a)", "]", spam._MD_LINK_START)
    assert not spam._holds_match(late, "]", spam._MD_LINK_START)
    assert spam._holds_match("|" * (spam._HOLDS_WALK * 2) + "-", "|", spam._MD_DELIMITER_START)


def _record_list_full(lines: list[str], nb: list[int], x: int, p: object) -> tuple[int, int] | None:
    """:func:`govtext.boilerplate.record_list` as written before its gate: every period tried."""
    from govtext.boilerplate import _ROW_LABEL

    def label(y: int) -> str | None:
        m = _ROW_LABEL.match(lines[nb[y]])
        return m.group(1) if m else None

    n = len(nb)
    for d in range(2, p.record_list_max_period + 1):  # type: ignore[attr-defined]
        for s in range(max(x - d + 1, 0), min(x, n - d) + 1):
            tpl = [label(s + k) for k in range(d)]
            named = [t for t in tpl if t is not None]
            if len(named) < p.record_list_min_fields or len(set(named)) < len(named):  # type: ignore[attr-defined]
                continue
            a, b = s, s + d
            while a >= d and all(label(a - d + k) == t for k, t in enumerate(tpl)):
                a -= d
            while b + d <= n and all(label(b + k) == t for k, t in enumerate(tpl)):
                b += d
            if (b - a) // d >= p.record_list_min_records:  # type: ignore[attr-defined]
                return a, b - 1
    return None


_ROWS = ["作者：某甲", "出版社：某社", "索书号：A1", "《书名》", "备注", "作者：某乙", "出版社：另社"]
_ROW = st.sampled_from(_ROWS)


def _records(parts: tuple[list[str], list[str], int, list[tuple[int, str]], list[str]]) -> list[str]:
    before, record, copies, changes, after = parts
    rows = [r for _ in range(copies) for r in record]
    for k, row in changes:
        rows[k % len(rows)] = row
    return [*before, *rows, *after]


#: Rows at random, and lists of records (a template of rows repeated, a row changed here and there)
#: between rows at random.
_RECORD_ROWS = st.one_of(
    st.lists(_ROW, min_size=1, max_size=24),
    st.tuples(st.lists(_ROW, max_size=3), st.lists(_ROW, min_size=2, max_size=5), st.integers(1, 4),
              st.lists(st.tuples(st.integers(0, 30), _ROW), max_size=2), st.lists(_ROW, max_size=3)).map(_records),
)


@settings(max_examples=400)
@given(_RECORD_ROWS, st.data(),
       st.integers(1, 4), st.integers(2, 6), st.integers(1, 3))
def test_record_list_period_gate_is_exact(rows: list[str], data: st.DataObject, least: int, period: int,
                                          fields: int) -> None:
    from govtext.boilerplate import PageParams, record_list

    p = PageParams(record_list_min_records=least, record_list_max_period=period, record_list_min_fields=fields)
    nb = list(range(len(rows)))
    x = data.draw(st.integers(0, len(rows) - 1))
    assert record_list(rows, nb, x, p) == _record_list_full(rows, nb, x, p)
