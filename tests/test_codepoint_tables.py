"""The table look-ups over code points (NumPy) find what the patterns they replace find:
the mojibake gates and the whitespace scan."""

from __future__ import annotations

import dataclasses
import re

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govtext import _codepoints, hygiene, mojibake
from test_hygiene_paths import _whitespace_by_passes

# Text the gates care about: Chinese, damage characters of both codecs, Latin-1, kana,
# blanks, line breaks, lost-byte markers, astral characters and lone surrogates.
_ALPHABET = st.sampled_from(
    [*"中国教育部通知鏁欒偛閮ㄥ嵃鍙戦€氱煡浣犲ソ锛屼笘鐣ÃÖÐ¹úÈË©·ナラ ?\n\ufffd锟斤拷烫屯!保ㄠl", "\U00020000", "\ud800", "\x85"]
)
_TEXT = st.lists(_ALPHABET, min_size=0, max_size=400).map("".join)


def _by_pattern(text: str) -> list[tuple[int, int, set[str]]]:
    saved, mojibake._TABLE_MIN = mojibake._TABLE_MIN, 10**12
    try:
        return mojibake._gate_lines(text)
    finally:
        mojibake._TABLE_MIN = saved


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_gate_lines_table_is_the_pattern(text: str) -> None:
    assert mojibake._gate_lines_table(text, mojibake._gate_table()) == _by_pattern(text)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_pair_starts_are_the_gate_matches(text: str) -> None:
    for spec in mojibake._codecs():
        want, pos = [], 0
        while (m := spec.gate.search(text, pos)) is not None:
            want.append(m.start())
            pos = m.start() + 1
        assert mojibake._pair_starts(text, spec) == want


@settings(max_examples=100, deadline=None)
@given(_TEXT)
def test_pair_starts_on_long_lines_are_the_gate_matches(text: str) -> None:
    """Past the table threshold the first class comes from the line's bits: same starts."""
    long = text + "中国教育" * (mojibake._TABLE_MIN // 4) + text
    for spec in [*mojibake._codecs(), dataclasses.replace(mojibake._codecs()[0], relaxed=True)]:
        want, pos = [], 0
        while (m := spec.gate.search(long, pos)) is not None:
            want.append(m.start())
            pos = m.start() + 1
        assert mojibake._pair_starts(long, spec) == want


def test_ftfy_gate_starts_with_the_first_bit() -> None:
    """Every alternative of the ftfy gate starts with a character of the _HAS_FTFY_FIRST class,
    so a long line is searched for the gate at those characters only."""
    every = "".join(map(chr, range(0x10000)))
    codes = np.array([ord(c) for c in every], dtype=np.uint32)
    bits = mojibake._first_table().take(codes, mode="clip")
    allowed = set(codes[(bits & mojibake._HAS_FTFY_FIRST) > 0].tolist())
    alternatives = mojibake._ftfy_gate().pattern.split("|")
    first = re.compile(r"\[(?:[^\]\\]|\\.)*\]")
    for alt in alternatives:
        cls = first.match(alt)
        assert cls is not None, alt
        assert {ord(c) for c in re.findall(cls.group(), every)} <= allowed


def test_class_tables_are_the_classes() -> None:
    """Every code point of the BMP, and a sample beyond it, is in a table iff in its class."""
    bodies = [mojibake._fast_gate().pattern[1:-1]]
    bodies += [body for spec in mojibake._codecs() for body in spec.gate_classes]
    bodies.append("a-c\\-\\]x-\\U0001f600")
    every = "".join(map(chr, range(0x10000))) + "".join(map(chr, range(0x10000, 0x110000, 97)))
    codes = np.array([ord(c) for c in every], dtype=np.uint32)
    for body in bodies:
        want = {ord(c) for c in re.findall(f"[{body}]", every)}
        got = set(codes[_codepoints.class_table(body).take(codes, mode="clip")].tolist())
        assert got == want


def test_long_damaged_line_repairs_as_a_short_one() -> None:
    """A line past the table threshold is repaired as the same damage in a short line."""
    damaged = "鏁欒偛閮ㄥ嵃鍙戦€氱煡"
    short = mojibake.fix_mojibake(damaged)
    assert short == "教育部印发通知"
    pad = "中国" * mojibake._TABLE_MIN
    assert mojibake.fix_mojibake(pad + damaged + "\n" + damaged) == pad + short + "\n" + short


_SPECIAL = st.sampled_from(
    [*" \t\n\r\x0b\x0c\x85\u2028\u2029\x00\x07\x7f\x9f\u00ad\u200b\u2060\ufeff\u200c\u200d\u200e",
     *"\u061c\u202a\u2066\u00a0\u1680\u2003\u202f\u205f\u3000中国aZ1，。", "\U00020000", "\ud800"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_SPECIAL, max_size=300).map("".join), st.integers(0, 3))
def test_whitespace_on_long_texts_is_the_pattern_path(text: str, where: int) -> None:
    """Past the table threshold, the characters found and the result are the short path's."""
    pad = "中国教育" * (hygiene._TABLE_MIN // 4)
    long = [pad + text, text + pad, pad + text + pad, text + "\n" + pad][where]
    assert hygiene._ws_found(long) == set(hygiene._ws_chars().findall(long))
    assert hygiene.normalize_whitespace(long) == _whitespace_by_passes(long)


@settings(max_examples=150, deadline=None)
@given(st.lists(_SPECIAL, max_size=300).map("".join), st.integers(0, 3), st.booleans(), st.booleans())
def test_whitespace_from_the_repairs_look_up_is_the_pattern_path(
    text: str, where: int, damage: bool, short: bool
) -> None:
    """The whitespace class read from fix_mojibake's look-up of the same text object (the
    pipeline's order when the repair changes nothing) is what the pattern finds, on a long
    text and on one below the whitespace step's own table threshold."""
    size = mojibake._TEXT_TABLE_MIN if short else hygiene._TABLE_MIN
    pad = "中国教育" * (size // 4) + ("ÃÖÐ¹úÈË©·" if damage else "")
    long = [pad + text, text + pad, pad + text + pad, text + "\n" + pad][where]
    if mojibake.fix_mojibake(long) is not long:  # repaired: the pipeline's next step reads the
        # repaired text; this one's look-up made as the repair makes it
        _codepoints.remember_flags(long, _codepoints.lookup(mojibake._first_table(), _codepoints.codepoints(long)))
    assert _codepoints.flags_of(long) is not None
    assert hygiene._ws_found(long) == set(hygiene._ws_chars().findall(long))
    assert hygiene.normalize_whitespace(long) == _whitespace_by_passes(long)


def test_first_table_bits_are_the_gate_classes() -> None:
    """Each bit of the stages' first-character table marks exactly its gate's first class."""
    every = "".join(map(chr, range(0x10000))) + "".join(map(chr, range(0x10000, 0x110000, 97)))
    codes = np.array([ord(c) for c in every], dtype=np.uint32)
    bits = mojibake._first_table().take(codes, mode="clip")
    first = re.compile(r"\[(?:[^\]\\]|\\.)*\]")
    classes = {
        mojibake._HAS_LATIN1: mojibake._GBK_LATIN_GATE.pattern,
        mojibake._HAS_CJK_LATIN_LEAD: mojibake._CJK_LATIN_LEAD.pattern,
        mojibake._HAS_FTFY_FIRST: mojibake._ftfy_prefilter().pattern,
        mojibake._HAS_KANA: mojibake._SHIFT_KANA.pattern,
        mojibake._HAS_LOSSY: mojibake._LOSSY_CHAR.pattern,
        mojibake._HAS_LOST: mojibake._shifted_run().pattern,
    }
    for bit, spec in zip(mojibake._HAS_PAIR, mojibake._codecs(), strict=True):
        classes[bit] = spec.gate.pattern
    classes[_codepoints.WS_BIT] = hygiene._ws_chars().pattern
    for bit, pattern in classes.items():
        cls = first.match(pattern)
        assert cls is not None
        want = {ord(c) for c in re.findall(cls.group(), every)}
        assert set(codes[(bits & bit) > 0].tolist()) == want


def test_bit_arrays_are_the_bits_in_the_tables_type() -> None:
    """The 0-d arrays the repair's look-up is compared and masked with hold the stage bits, the
    gate's bit and 0 in the table's own type (read only): the same results as the Python ints."""
    arrays = mojibake._bit_arrays()
    assert [int(a) for a in arrays] == [mojibake._STAGE_BITS, mojibake._IN_GATE, 0]
    assert {a.dtype for a in arrays} == {mojibake._first_table().dtype}
    assert not any(a.flags.writeable for a in arrays)
    flags = mojibake._first_table()[[0x4E2D, 0xC3, 0x9515, 0x3000, 0x20]]
    assert ((flags >= arrays[1]).nonzero()[0] == np.flatnonzero(flags >= mojibake._IN_GATE)).all()
    assert ((flags & arrays[0]) == (flags & mojibake._STAGE_BITS)).all()


@settings(max_examples=150, deadline=None)
@given(_TEXT, st.sampled_from(mojibake.LOSSY_MODES), st.booleans())
def test_long_lines_repair_as_without_tables(text: str, lossy: str, head: bool) -> None:
    """fix_mojibake of a long text is the same with the table look-ups and without them."""
    pad = "中国教育" * (mojibake._TABLE_MIN // 4)
    long = pad + text if head else text + "ÖÐ¹ú" + pad
    want = _without_tables(long, lossy)
    assert (mojibake.explain_mojibake(long, lossy=lossy), mojibake._stage_lossy(long, lossy)) == want


def _without_tables(text: str, lossy: str) -> tuple:
    """explain_mojibake and _stage_lossy of *text* with no table look-up (the patterns only)."""
    saved = mojibake._TABLE_MIN, mojibake._TEXT_TABLE_MIN
    mojibake._TABLE_MIN = mojibake._TEXT_TABLE_MIN = 10**12
    try:
        return mojibake.explain_mojibake(text, lossy=lossy), mojibake._stage_lossy(text, lossy)
    finally:
        mojibake._TABLE_MIN, mojibake._TEXT_TABLE_MIN = saved


@settings(max_examples=150, deadline=None)
@given(_TEXT, st.sampled_from(mojibake.LOSSY_MODES), st.integers(0, 3))
def test_mid_length_texts_repair_as_without_tables(text: str, lossy: str, cut: int) -> None:
    """A text from _TEXT_TABLE_MIN up to _TABLE_MIN is looked up whole (its lines short: their
    union of bits only, no line look-up): the same repairs as the patterns make."""
    pad = ("中国教育\n" if cut else "中国教育") * (mojibake._TEXT_TABLE_MIN // 4)
    mid = (pad + text) if cut % 2 else (text + "ÖÐ¹ú" + pad)
    assert mojibake._TEXT_TABLE_MIN <= len(mid) < mojibake._TABLE_MIN
    want = _without_tables(mid, lossy)
    assert (mojibake.explain_mojibake(mid, lossy=lossy), mojibake._stage_lossy(mid, lossy)) == want


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.integers(0, 400))
def test_run_start_is_the_reverse_search(text: str, h: int) -> None:
    """The run start read backwards in windows is where a reverse search for the last
    character outside the run class puts it."""
    import regex

    h = min(h, len(text))
    for spec in mojibake._codecs():
        last = regex.compile(f"(?r)[^{spec.run_class}]").search(text, 0, h)
        assert mojibake._run_start(text, h, spec.run_class) == (last.end() if last else 0)


def test_outside_class_is_the_regex_class() -> None:
    """``re`` and ``regex`` read the run classes alike, on every code point."""
    import regex

    every = "".join(map(chr, range(0x10000))) + "".join(map(chr, range(0x10000, 0x110000, 97)))
    for spec in mojibake._codecs():
        want = regex.compile(f"[^{spec.run_class}]").findall(every)
        assert mojibake._outside(spec.run_class).findall(every) == want


@given(_TEXT, _TEXT)
def test_codepoints_of_the_last_text_are_its_own(a: str, b: str) -> None:
    # the array kept for the last text is handed out for that text object only, read only
    # (NULs at either end too: NumPy's strings drop trailing NULs when read back as str)
    for text in (a, b, a, "".join([a]), a + "\x00", "\x00" + b + "\x00\x00"):
        got = _codepoints.codepoints(text)
        assert got.tolist() == [ord(c) for c in text] and not got.flags.writeable


# Characters each stage of the repair reads first, and others near them: Latin-1 (pinyin
# vowels too), cp1252's high characters, UTF-8 leads read as Latin-1, kana, box drawing,
# private use, lost-byte markers, both codecs' damage and plain Chinese.
_LINE_ALPHABET = st.sampled_from(
    [*"中国教育部通知鏁欒偛閮ㄥ嵃鍙戦€氱煡浣犲ソ锛屼笘鐣ÃÖÐ¹úÈË©·×■éàüçå¬…«»ä¸â€œ™ナラぁ─╔",
     *"厩咋妯凭項隊頁浏楠锟斤拷烫屯 ?!保ㄠl\ufffd\ue600\x85\x9d", "\U00020000"]
)


@settings(max_examples=400, deadline=None)
@example("\ufffd\ufffd\ufffd\ufffd寧\ufffd\ufffd", "keep")  # (Big5 damage without a pair: the lost-byte reading)
@example("厩\ufffd咋妯凭\ufffd", "keep")  # (Big5 read as GBK with lost bytes, no kana: the Big5 stage's)
@example("国国\ue600", "keep")  # (private use without kana: the Big5 stage reads it where the bits are not known)
@given(st.lists(_LINE_ALPHABET, min_size=1, max_size=40).map("".join), st.sampled_from(mojibake.LOSSY_MODES))
def test_stages_a_line_lacks_the_class_of_find_nothing(line: str, lossy: str) -> None:
    """A stage is not called on a line whose known bits lack its gate classes
    (:data:`mojibake._NEEDS`): on such a line, its bits known, it finds nothing. So a line whose
    bits are known (a short line of a long text: their union) is repaired as with every stage
    called. (Where the bits are not known a stage may read more: the Big5 stage takes a
    private-use character without kana, "国国\ue600", only there; as before the skip.)"""
    flags = _codepoints.lookup(mojibake._first_table(), _codepoints.codepoints(line))
    union = int(np.bitwise_or.reduce(flags)) & mojibake._STAGE_BITS
    needs = mojibake._NEEDS
    mojibake._LAST_BITS[0] = mojibake._Bits(line, union, None, None, None)
    try:
        for stage, need in needs.items():
            if not union & need:
                assert stage(line) == []
        if not union & mojibake._HAS_LOSSY:
            assert mojibake._stage_lossy(line, lossy) == []
        for first in {mojibake._STAGES, mojibake._first_stages(set(mojibake._fast_gate().findall(line)))}:
            mojibake._LAST_BITS[0] = mojibake._Bits(line, union, None, None, None)
            mojibake._NEEDS = dict.fromkeys(needs, mojibake._STAGE_BITS)  # (every stage called)
            want = mojibake._fix_line(line, lossy, first)
            mojibake._LAST_BITS[0] = mojibake._Bits(line, union, None, None, None)
            mojibake._NEEDS = needs
            assert mojibake._fix_line(line, lossy, first) == want
    finally:
        mojibake._LAST_BITS[0] = None
        mojibake._NEEDS = needs


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.integers(0, 80))
def test_holds_marker_from_known_bits_is_the_scan(text: str, marks: int) -> None:
    """Whether a line holds U+FFFD, read from its known bits (the lost-byte class's places on a
    long line, a short line's union), is what a scan of it says: with few or many "?"."""
    # (the last line holds *text* once: a lost-byte character read or skipped alone shows)
    for line in (text, text + "中国" * mojibake._TABLE_MIN + "?" * marks + text, "中国" * mojibake._TABLE_MIN + text):
        mojibake._LAST_BITS[0] = None
        want = mojibake.MARKER in line
        assert mojibake._holds_marker(line) == want
        if len(line) >= mojibake._TABLE_MIN:
            mojibake._line_bits(line)  # (a long line: its bits kept as the last line's)
        else:
            flags = _codepoints.lookup(mojibake._first_table(), _codepoints.codepoints(line))
            union = int(np.bitwise_or.reduce(flags)) & mojibake._STAGE_BITS if len(line) else 0
            mojibake._LAST_BITS[0] = mojibake._Bits(line, union, None, None, None)
        try:
            assert mojibake._holds_marker(line) == want
        finally:
            mojibake._LAST_BITS[0] = None


def test_first_table_holds_the_scripts_evidence_codes() -> None:
    """The evidence codes in the repair's table (read by the to_simplified step from the
    repair's look-up) are script's evidence table, for every code point, and no other bit
    reaches into them (the table's other classes keep their own bits)."""
    from govtext import script

    codes = np.arange(0x110000, dtype=np.uint32)
    bits = _codepoints.lookup(mojibake._first_table(), codes)
    want = script._evidence_table()
    assert np.array_equal((bits >> _codepoints.EVIDENCE_SHIFT) & 15, want)
    others = bits & ~np.uint16(15 << _codepoints.EVIDENCE_SHIFT)
    assert not others[0x10000:].any()  # (no gate class reaches past the BMP)
    assert set(np.unique(want).tolist()) == {0, 1, 2, 4, 8}


# Edits the whitespace step makes (and others): a blank for another, characters dropped or put in.
_EDIT = st.tuples(st.integers(0, 10**6), st.integers(0, 20), st.sampled_from(["", " ", "\u3000", "ÖÐ", "\n", "a\x00"]))


@settings(max_examples=150, deadline=None)
@given(_TEXT, st.lists(_EDIT, max_size=8), st.booleans())
def test_spliced_arrays_are_the_texts_own(text: str, edits: list, related: bool) -> None:
    """The code points and table entries spliced from the last text kept are those a fresh
    read and look-up of the text give, whatever the edits (or a text not related at all), and
    so are the repairs made from them."""
    pad = "中国教育\n" * (_codepoints.SPLICE_MIN // 5)
    old = pad + text + pad
    new = old
    for at, n, put in edits:
        at %= len(new) + 1
        new = new[:at] + put + new[at + n :]
    if not related:
        new = text + "好" * _codepoints.SPLICE_MIN
    table = mojibake._first_table()
    _codepoints._LAST[0] = None
    _codepoints.remember_flags(old, None)  # (not the last read: nothing kept)
    _codepoints.remember_flags(old, _codepoints.lookup(table, _codepoints.codepoints(old)))
    got = _codepoints.spliced_flags(new, table)
    fresh = np.frombuffer(np.array(new), dtype="<u4") if new else np.zeros(0, np.uint32)
    if got is not None:
        assert got[0].tolist() == fresh.tolist()
        assert got[1].tolist() == _codepoints.lookup(table, fresh).tolist()
        assert _codepoints.codepoints(new) is got[0] and _codepoints.flags_of(new) is got[1]
    _codepoints.remember_flags(old, _codepoints.lookup(table, _codepoints.codepoints(old)))
    assert mojibake.explain_mojibake(new) == _without_tables(new, "keep")[0]


def test_a_few_blanks_changed_are_spliced() -> None:
    """The re-check of a long text where the whitespace step changed a few blanks reads the
    stretches that changed (fails when the arrays are read whole again)."""
    old = "中国\u3000教育ÖÐ\n" * _codepoints.SPLICE_MIN
    new = hygiene.normalize_whitespace(old)
    assert new != old
    mojibake.fix_mojibake(old)
    assert _codepoints.spliced_flags(new[:], mojibake._first_table()) is None  # (too many changes)
    few = old[:100] + "\u2006" + old[101:-7] + " " + old[-6:]
    mojibake.fix_mojibake(old)
    assert _codepoints.spliced_flags(few, mojibake._first_table()) is not None
