"""The hygiene steps' fast paths (one flag scan, callback-free substitutions, the spacing rules
tried at the gate's hits only) give what the straightforward passes give: those are written
out here, as the steps did them before, and compared on generated and real text."""

from __future__ import annotations

import functools
import re

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govtext import hygiene as h
from govtext._util import splice

from strategies import COMMON_HAN

# Everything the whitespace and spacing rules react to, and Chinese around it.
_SPECIAL = (
    " \t\n\r\x0b\x0c\x85\u2028\u2029\x00\x07\x1f\x7f\x9f\u00ad\u200b\u2060\ufeff"
    "\u200c\u200d\u200e\u200f\u061c\u202a\u202e\u2066\u2069\u00a0\u1680\u2003\u202f\u205f\u3000"
    "0123456789%.,:;?!()（）《》“”‘’。，、：aZ-_#年月所人个以上学年"
)
texts = st.text(alphabet=st.sampled_from(COMMON_HAN[:40] + _SPECIAL), max_size=120)


def _whitespace_by_passes(text: str) -> str:
    """normalize_whitespace as seven separate passes, the edge runs through a callback."""
    if h._ws_is_clean(text):
        return text
    text = regex.sub(f"\r\n|[{h._BREAKS}]", "\n", text)
    text = regex.sub(f"[{h._DROP}]+", "", text)
    c = h._JOINER_CONTEXT
    text = regex.sub(rf"(?<![^{c}])[{h._JOINERS}]+|[{h._JOINERS}]+(?![^{c}])", "", text)
    text = h._ws_padding().sub(r"\1", text)  # the padding rule over the whole text, ungated
    text = regex.sub(f"[{h._SPACES}]", " ", text)
    runs = regex.compile(r"^[ \t]++|(?<![ \t])[ \t]++$|(?<![ \t])(?P<mid>  ++)(?![ \t])", regex.M)
    text = runs.sub(lambda m: " " if m.group("mid") else "", text)
    return regex.sub("\n\n\n+", "\n\n", text)


def _spacing_by_lines(text: str) -> str:
    """fix_cjk_spacing with the rules run over every line the gate hits, whole."""
    blanks = []
    m = h._spacing_needed().search(text)
    while m is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if h._LATER_MARKS.search(text, start, end) is None:
            blanks += [(r.start(), r.end(), "") for r in h._spacing().finditer(text, start, end)]
        else:
            view = h._later_view(text[start:end])
            blanks += [(start + r.start(), start + r.end(), "") for r in h._spacing().finditer(view)]
        m = h._spacing_needed().search(text, end)
    return splice(text, blanks)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_whitespace_fast_path_equals_passes(text):
    assert h.normalize_whitespace(text) == _whitespace_by_passes(text)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_spacing_at_hits_equals_whole_lines(text):
    assert h.fix_cjk_spacing(text) == _spacing_by_lines(text)


@settings(max_examples=400, deadline=None)
@given(texts, st.lists(st.integers(0, 130), max_size=12))
def test_spacing_gate_led_by_literals_equals_the_class(text, steps):
    # _blank_hits (one search per blank, a kept match reused) finds what the gate pattern
    # finds, from any position, the positions asked for only growing as fix_cjk_spacing asks
    hits = h._blank_hits(text)
    pos = 0
    for step in [0, *sorted(steps)]:
        pos = max(pos, step)
        m, ref = hits.search(pos), h._spacing_needed().search(text, pos)
        assert (m and m.span()) == (ref and ref.span())
        if m is not None:
            pos = max(pos, m.end())


def _width_rounds_by_whole_text(text: str) -> str:
    """The width rounds, each a substitution over the whole text (callbacks)."""
    def mark(m, keep):
        if m.group("url") or h._latin_title_marks(m.string, *m.span()):  # (a Latin title's marks)
            return m.group()
        s = m.start()
        return "".join(c if s + i in keep else c.translate(h._FULL) for i, c in enumerate(m.group()))

    for _ in range(8):
        if h._width_needed().search(text) is None:
            break
        new = h._width_parens().sub(h._paren_repl, text)
        keep = {p for a, b, _ in h.lost_quote_pairs(new) for p in (a, b)}
        keep |= {p for m in h._lost_char_q().finditer(new) for p in range(*m.span())}  # "?" for a lost character
        new = h._width_marks().sub(functools.partial(mark, keep=keep), new)
        if new == text:
            break
        text = new
    return text


def _width_by_whole_text(text: str) -> str:
    """fix_punctuation_width with each round a substitution over the whole text."""
    # the quote and full-stop passes run over every line holding a quote or a "." (not the
    # gate's hit lines): whole-text passes already, in the step's order
    text = h._full_stops(h._straight_quotes(text))
    # a bracket or mark made full width can make a "." a full stop (a sentence mark on its
    # line, a closing bracket before it): the full stops and the rounds again until stable
    while True:
        widened = _width_rounds_by_whole_text(text)
        stopped = h._full_stops(widened)
        if stopped == widened:
            return widened
        text = stopped


_WIDTH = COMMON_HAN[:30] + "  \n\n,,::;?!!()(())?\"'%/.（）《》「」“”。，、：aZ-_#年通知标准法吗http://www.a.b/c=1&x"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_WIDTH), max_size=120))
# ";" widened to "；" gives the line a sentence mark: the "." after 》 is then a full stop, in
# the re-judging of full stops after the width rounds (2af3591), which this reference lacked
@example("》.(;一)")
def test_width_on_hit_lines_equals_whole_text(text):
    # the rounds run over the lines where the gate (one literal-led search per mark) hits
    assert h.fix_punctuation_width(text) == _width_by_whole_text(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_WIDTH), max_size=120))
@example("见http://a.b/c?x=1,详情,www.a.b")
def test_width_runs_without_a_url_are_the_marks_runs(text):
    """Where no "://" nor "www." stands, the URL alternative of _width_marks cannot match: the
    pattern without it finds the same runs."""
    for line in text.split("\n"):
        want = [m.span() for m in h._width_marks().finditer(line) if m.lastgroup is None]
        if "://" not in line and "www." not in line:
            assert [m.span() for m in h._width_runs().finditer(line)] == want


def test_spacing_on_a_long_line():
    line = "，".join(["2022 年 学校", "推进276 所", "执行 。", "Windows 10 系统", "共有 5 个"] * 5000)
    text = f"标题\n{line}\n(一) :总体要求 19 所"
    assert h.fix_cjk_spacing(text) == _spacing_by_lines(text)
    assert "2022年" in h.fix_cjk_spacing(text) and "共有 5 个" in h.fix_cjk_spacing(text)


def test_whitespace_cr_before_removed_character():
    # "\r" + removed character + "\n": two line breaks, as when each pass ran on its own
    for text in ("a\r\x00\nb", "a\r\r\nb", "\r\n\r\n\r\n\u3000x\u200b\r"):
        assert h.normalize_whitespace(text) == _whitespace_by_passes(text)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_whitespace_idempotent(text):
    once = h.normalize_whitespace(text)
    assert h.normalize_whitespace(once) == once


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([" ", "\t", "\n", "a", "中", "  "]), max_size=60).map("".join))
def test_line_edges_are_each_lines_strip(text):
    """The literal-led edge search removes what stripping every line does."""
    assert h._strip_line_edges(text) == "\n".join(line.strip(" \t") for line in text.split("\n"))
    inner = h._ws_inner().sub(" ", h._strip_line_edges(text))
    want = regex.sub(r"(?<![ \t])(  ++)(?![ \t])", " ", h._strip_line_edges(text))
    assert inner == want


# The runs of marks as a ``regex`` pattern (\p{Han}, \S, possessive runs): what _width_runs()
# and _width_marks(), stdlib ``re`` patterns led by the mark class, must read (a Latin title's
# marks before its closing mark are left out after, by _latin_title_marks).
_REGEX_RUNS = (
    rf"[,:;?!](?<=[{h._CJK}][,:;?!])[,:;?!]*+"
    rf"|(?<![,:;?!]{{2}})[,:;?!](?<=\S[,:;?!])[,:;?!]*+(?=[{h._CJK}])"
)
# Han and not (radicals, unassigned code points in the Han blocks, an astral ideograph), blanks
# ``re`` reads as \s and ``regex`` does not (U+001C-U+001F), and the marks in runs
_RUNS_ALPHABET = COMMON_HAN[:20] + "⺀⺚〆々〇〡〸\U00020000\U0002a6e0\U0003134a\U000323af\ue000\x1c\x1f \t\n\u3000a1.,:;?!，。、《》“”」"


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=st.sampled_from(_RUNS_ALPHABET + "http://www.a.b/c=1&x"), max_size=80))
@example("〆,中 ,,中\x1c,中\x1c,,中")
def test_width_runs_read_as_the_regex_pattern(text):
    want = [m.span() for m in regex.finditer(_REGEX_RUNS, text)]
    assert [m.span() for m in h._width_runs().finditer(text)] == want
    url = [(m.span(), m.lastgroup) for m in regex.finditer(rf"(?P<url>{h._URL})|{_REGEX_RUNS}", text)]
    assert [(m.span(), m.lastgroup) for m in h._width_marks().finditer(text)] == url


def test_regex_class_holds_what_regex_reads():
    every = "".join(map(chr, range(0x110000)))
    for prop in (r"\p{Han}", r"\s"):
        stdlib = h.re.compile(f"[{h.regex_class(prop)}]")
        assert stdlib.findall(every) == regex.findall(prop, every)


_WIDTH_PIECES = ["教", "育", "(", ")", "（", "）", ",", "?", "??", "：", ":", " ", "a", "1", "\n", "、", "。",
                 "http://a.b/c?x=(1),", "www.x.cn/(a)", "吗", "China"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*_WIDTH_PIECES, "https://x.cn/a(", "ftp://", "www.", "ww", "htt", "(中", "（中", "f", "w"]),
             max_size=40).map("".join),
    st.integers(0, 60), st.integers(0, 60),
)
@example("见（附件)和(教育）", 0, 60)
@example("见www.a.cn/(教育)和ftp://b/(c)", 0, 60)
def test_bracket_matches_tried_at_their_leads_are_the_scans(text: str, start: int, end: int) -> None:
    """The bracket pattern tried only at a bracket or a URL's start finds what its scan of the
    span finds (a URL holding brackets, brackets before and after one, a span cut anywhere)."""
    start, end = min(start, len(text)), min(max(start, end), len(text))
    want = [(m.span(), m.groupdict()) for m in h._width_parens().finditer(text, start, end)]
    assert [(m.span(), m.groupdict()) for m in h._paren_matches(text, start, end)] == want


@given(st.lists(st.sampled_from(_WIDTH_PIECES), max_size=40).map("".join))
def test_width_round_reads_only_the_lines_holding_the_marks_its_patterns_need(text: str) -> None:
    # fix_punctuation_width's bracket and lost-"?" rules look only at the lines holding an ASCII
    # bracket or a "?" (hygiene._holding): on any other line the bracket pattern finds nothing
    # to change (its URLs stay as they are) and the lost-"?" pattern nothing at all
    from govtext import hygiene

    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    with_paren = hygiene._holding(text, lines, "()")
    assert with_paren == [(s, e) for s, e in lines if "(" in text[s:e] or ")" in text[s:e]]
    for s, e in set(lines) - set(with_paren):
        assert all(hygiene._paren_repl(m) == m.group() for m in hygiene._width_parens().finditer(text, s, e))
    for s, e in set(lines) - set(hygiene._holding(text, lines, "?")):
        assert hygiene._lost_char_q().search(text, s, e) is None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(" \t\n字a"), max_size=200), st.integers(0, 3))
@example("字 " * 40 + "\n a  b\t  c   \n", 0)
def test_inner_runs_by_lines_as_one_substitution(text: str, lines_max: int) -> None:
    """The runs of spaces inside lines, substituted in the lines holding two spaces in a row
    only (found on the code points, from a low length here), or in the whole text when they are
    more than a few: what one substitution of the whole text gives, and the text itself when it
    changes nothing."""
    whole = h._ws_inner().sub(" ", text)
    scan_min, max_lines = h._INNER_SCAN_MIN, h._INNER_LINES_MAX
    h._INNER_SCAN_MIN, h._INNER_LINES_MAX = 0, lines_max
    try:
        got = h._collapse_inner(text)
    finally:
        h._INNER_SCAN_MIN, h._INNER_LINES_MAX = scan_min, max_lines
    assert got == whole
    assert (got is text) == (whole is text)


def _full_stops_each_stop(text: str) -> str:
    """_full_stops with each bare stop's line found and tested on its own (no line skipped)."""
    han, latin = h._han_or_latin()
    edits, ended = [], set()
    for m in h._full_stop().finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        ended.add(start)
        line = text[start : m.start()]
        if len(han.findall(line)) > len(latin.findall(line)):
            edits += h._bare_stops(text, start, m.end())
            edits.append((m.start(), m.end(), "。"))
    for m in h._bare_stop().finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        line = text[start:end]
        if start not in ended and h._sentence_mark().search(line) and len(han.findall(line)) > len(latin.findall(line)):
            edits += h._bare_stops(text, start, end)
    return splice(text, sorted(set(edits))) if edits else text


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("中国网政务一a.。,\n”（"), max_size=160))
@example("中国.人民 " * 30 + "\n中国.人民，政务.")
def test_full_stops_one_look_a_line(text: str) -> None:
    """The bare stops of a line read once (its other stops skipped: a long line of them is read
    once, not once a stop): what testing each stop's line gives."""
    assert h._full_stops(text) == _full_stops_each_stop(text)


def test_han_and_latin_tables_are_their_classes() -> None:
    """The tables _more_han_than_latin counts a long line with hold the code points the two
    patterns match, every one of them (exhaustive)."""
    for pattern, table in zip(h._han_or_latin(), h._han_or_latin_tables()):
        every = "".join(map(chr, range(0x110000))).encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass")
        matched = {ord(c) for c in pattern.findall(every)}
        assert set(table.nonzero()[0].tolist()) == matched


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("中国a Zz。\U00020000\u3007é\x00"), max_size=60))
def test_more_han_than_latin_counted_either_way(line: str) -> None:
    """The counts on a line's code points (from length 0 here) say what ``findall`` says."""
    han, latin = h._han_or_latin()
    scan_min = h._COUNT_SCAN_MIN
    h._COUNT_SCAN_MIN = 0
    try:
        assert h._more_han_than_latin(line) == (len(han.findall(line)) > len(latin.findall(line)))
    finally:
        h._COUNT_SCAN_MIN = scan_min


#: The lost "?" pattern as written before it was led by its "?" (lookbehinds first).
_LOST_Q_LOOKBEHIND_FIRST = re.compile(
    "(?<=[、。，；：,;:])[?]+|(?<![吗呢么吧否啊呀哇嘛哪何谁啥乎?？!！])[?]+(?=[、。，；：,;:])"
)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("??？、，,:;吗是!。a\n"), max_size=80), st.integers(0, 10))
@example("加固、??水，进入前1?。对吗?，a??，", 0)
def test_lost_question_marks_led_by_the_mark(text: str, start: int) -> None:
    """The "?"-led pattern finds the matches (spans, from any start) the lookbehind-led one finds."""
    spans = [m.span() for m in h._lost_char_q().finditer(text, start)]
    assert spans == [m.span() for m in _LOST_Q_LOOKBEHIND_FIRST.finditer(text, start)]
