"""The ftfy stage asks ftfy only about lines its badness pattern finds something in, and finds
that out from windows around the pattern's witness characters: the same lines, the same repairs."""

from __future__ import annotations

import ftfy
import pytest
from ftfy.badness import BADNESS_RE
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govtext import _re as re
from govtext import mojibake

# Chinese text with what Latin mojibake and clean Latin text hold: the pattern's characters
# (accented letters, currency, box drawing, C1 controls, Greek, Cyrillic), curly quotes,
# blanks and ASCII letters and marks (the pattern reads [a-z], \s and \w around them).
_ALPHABET = st.sampled_from([
    *"中国教育部通知数据要素行动", *"“”‘’•…—–·×©®°±²µ¼½¾€£¥¢¤¦¨¬¯¸ƒˆ˜†‡‰◊\ufffd",
    *"ÃÂÎÐØÙàáâãäåçèéêëìíîïñòóôöùúüÀÁÈÉÌÍÑÒÓÖÙÚÜŒœ", *"ΒΓΞΟβ€ВГРСЂўā√≈‚Ä",
    *"│┌═╬▀█▓", *"\x80\x85\x9f", *"abcxyzABCZ019 \t\xa0\u3000.,?!:;()",
])
_TEXT = st.lists(_ALPHABET, min_size=0, max_size=60).map("".join)


def test_the_witness_class_is_read_off_the_pattern() -> None:
    """The installed ftfy's pattern has a witness in every alternative: the gate is on."""
    gate = mojibake._badness_gate()
    assert gate is not None
    witness, width, bad = gate
    assert bad is BADNESS_RE and 2 <= width <= 16
    assert witness.search("×") and witness.search("Ã") and not witness.search("中“”‘’,. a")


@settings(max_examples=400, deadline=None)
@given(_TEXT)
@example("推进“数据要素×”行动")
@example("主办：山西省人民政府\xa0©\xa0版权所有")
@example("Ã ")  # (the pattern's ^: at the text's start only)
@example("xÃ ")
@example("a Â “")
@example("ГўВЂВxa")
def test_windows_find_what_the_whole_search_finds(text: str) -> None:
    assert mojibake._may_be_bad(text) == (BADNESS_RE.search(text) is not None)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
@example("推进“数据要素×”行动")
def test_ftfy_gives_back_a_line_without_badness(text: str) -> None:
    """What the gate relies on: ftfy changes no line its badness pattern finds nothing in."""
    if BADNESS_RE.search(text) is None:
        assert ftfy.fix_encoding_and_explain(text, mojibake._ftfy_config())[0] == text


@settings(max_examples=200, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=4).map("\n".join))
@example("English summary: The programme â€” â€œBridgeâ€\ufffd â€” starts.\n数据要素×”行动")
def test_the_stage_repairs_what_it_repaired_without_the_gate(text: str) -> None:
    gated = mojibake._stage_ftfy(text)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(mojibake, "_may_be_bad", lambda line: True)
        assert mojibake._stage_ftfy(text) == gated


@pytest.mark.parametrize("pattern", [r"a(?=b)", r"(?<!x)ä", r"ä\b", r"ä$", r"(a)ä\1", r"ä+"])
def test_a_pattern_reading_outside_its_match_has_no_witness_class(
    monkeypatch: pytest.MonkeyPatch, pattern: str
) -> None:
    """Lookarounds, boundaries, end anchors, back-references, unbounded matches: no gate
    (every line is asked about in full)."""
    import ftfy.badness

    monkeypatch.setattr(ftfy.badness, "BADNESS_RE", re.compile(pattern))
    assert mojibake._badness_witnesses() is None


def test_an_alternative_without_a_character_it_must_take_has_no_witness_class(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ftfy.badness

    monkeypatch.setattr(ftfy.badness, "BADNESS_RE", re.compile(r"äö|[^a]\w"))
    assert mojibake._badness_witnesses() is None
    monkeypatch.setattr(ftfy.badness, "BADNESS_RE", re.compile(r"äö|x?[€£]"))
    assert mojibake._badness_witnesses() == ("£ä€", 2)


@pytest.mark.parametrize("text", ["中äabcdeb中", "äabcdeb", "中€", "ab中äabcde"])
def test_a_long_match_is_found_from_the_witness_at_its_edge(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """The windows reach the longest match from either of its ends (here its only witness is
    its first character, ä: the pattern's other items are ASCII or longer classes)."""
    import ftfy.badness

    pattern = re.compile(r"ä[a-z]{5}b|€")
    monkeypatch.setattr(ftfy.badness, "BADNESS_RE", pattern)
    monkeypatch.setattr(mojibake._diskcache, "cached", lambda name, key, build: build())
    mojibake._badness_gate.cache_clear()
    try:
        assert mojibake._badness_witnesses() == ("ä€", 7)
        assert mojibake._may_be_bad(text) == (pattern.search(text) is not None)
    finally:
        mojibake._badness_gate.cache_clear()
