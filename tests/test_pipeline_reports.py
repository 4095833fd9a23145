"""The step reports of clean(): what _diff counts, checked against a line-by-line reference."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govtext import Config, clean, mojibake
from govtext.pipeline import _common_prefix, _common_suffix, _diff, _realign, _report


def _reference(before: str, after: str, explain: bool, origin: list[int] | None = None):
    """Every line of both texts compared, character by character (the plain definition)."""
    if before == after:
        return 0, 0, ()
    a, b = before.split("\n"), after.split("\n")
    if len(a) != len(b):
        return abs(len(a) - len(b)), abs(len(before) - len(after)) or 1, ()
    lines = chars = 0
    changes = []
    for i, (x, y) in enumerate(zip(a, b)):
        if x == y:
            continue
        lines += 1
        n = min(len(x), len(y))
        p = next((k for k in range(n) if x[k] != y[k]), n)
        s = next((k for k in range(n - p) if x[-1 - k] != y[-1 - k]), n - p)
        chars += max(len(x), len(y)) - p - s
        if explain:
            changes.append((origin[i] if origin is not None else i + 1, x, y))
    return lines, chars, tuple(changes)


# few letters and many line breaks: texts that share lines, prefixes and suffixes
_text = st.text(alphabet="ab \n质質", max_size=40)


def _assert_common_spans(x: str, y: str) -> None:
    # the longest shared head, then the longest shared tail of what is left
    n = min(len(x), len(y))
    p = _common_prefix(x, y, n)
    assert x[:p] == y[:p] and (p == n or x[p] != y[p])
    s = _common_suffix(x, y, n - p)
    assert x[len(x) - s :] == y[len(y) - s :]
    assert s == n - p or x[len(x) - s - 1] != y[len(y) - s - 1]


@given(_text, _text)
def test_common_prefix_and_suffix(x: str, y: str) -> None:
    _assert_common_spans(x, y)


@given(_text, st.integers(0, 600), st.integers(0, 600), st.text(alphabet="ab质", max_size=3))
def test_common_prefix_and_suffix_of_long_texts(base: str, k: int, j: int, edit: str) -> None:
    # texts longer than the spans the search starts with (64, 256 ...): a shared run of any
    # length, then an edit, then a shared tail
    _assert_common_spans("质" * k + base + "a" * j, "质" * k + edit + base + "a" * j)


@given(_text, _text, st.booleans())
def test_diff_equals_the_line_by_line_count(before: str, after: str, explain: bool) -> None:
    origin = [10 + 2 * i for i in range(before.count("\n") + 1)]
    assert _diff(before, after, explain, origin) == _reference(before, after, explain, origin)
    assert _diff(before, after, explain) == _reference(before, after, explain)


@given(_text, _text, st.booleans())
def test_report_is_diff_then_realign(before: str, after: str, explain: bool) -> None:
    """A step's report realigns the input line numbers only when the line count changed, to
    the same numbers as a realignment after every step."""
    origin = [10 + 2 * i for i in range(before.count("\n") + 1)]
    expected, numbers = list(origin), list(origin)
    _realign(expected, before, after)
    assert _report(before, after, explain, origin) == _reference(before, after, explain, numbers)
    assert origin == expected


@given(_text, st.integers(0, 40), st.text(alphabet="ab \n质", max_size=3))
def test_diff_of_one_edit(text: str, at: int, insert: str) -> None:
    """An edit inside a text: the lines around it are counted once, none outside."""
    at = min(at, len(text))
    edited = text[:at] + insert + text[at + 1 :]
    assert _diff(text, edited, True) == _reference(text, edited, True)


def test_explain_numbers_changed_lines_by_input_line() -> None:
    r = clean("第一行\n教育質量\n\n\n\n2022 年", explain=True)
    steps = {s.step: s for s in r.steps}
    assert steps["to_simplified"].changes == ((2, "教育質量", "教育质量"),)
    assert steps["to_simplified"].chars_changed == 1
    assert steps["fix_cjk_spacing"].changes == ((6, "2022 年", "2022年"),)


@given(st.text(alphabet="锟斤拷\ufffd烫屯a é鏁欒\n质", max_size=40), st.booleans(),
       st.sampled_from(["keep", "mark", "drop"]))
def test_lossy_runs_are_the_input_runs(text: str, fix: bool, lossy: str) -> None:
    # (known without a scan when the first mojibake gate scan found no marker character)
    cfg = Config(fix_mojibake=fix, lossy=lossy, find_numbers=False, outline=False, document=False)
    runs = len(mojibake._stage_lossy(text, "keep"))
    assert clean(text, cfg).signals["lossy_runs"] == runs
