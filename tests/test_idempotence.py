"""Idempotence of ``normalize`` and of its text steps on adversarial crawl text.

The strategy mixes clean Chinese, mojibake (UTF-8 read as GBK / GB18030 / Big5, whole or cut at
any byte, lost bytes replaced or dropped; GBK read as Latin-1), ASCII and full-width punctuation,
blanks and line breaks: the material where one step can create work for an earlier one (a
widened comma that completes a cut byte sequence, a bracket widened next to a blank).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from govtext import Config, normalize
from govtext.hygiene import (
    fix_cjk_spacing,
    fix_punctuation_width,
    normalize_whitespace,
    restore_lost_quotes,
)
from govtext.mojibake import MARKER, explain_mojibake, fix_mojibake

from strategies import COMMON_HAN, PUNCT

# Characters whose UTF-8 read as GBK at an odd byte offset ends with a full-width mark
# (壬 = E5 A3 AC: "，" is its last two bytes; 棺 "：", 磨 "（", 档 "。"), and more.
TRICKY = "壬棺磨磺档衣衰桶顶硷衷顷壩壺裡裨飩磬棻"
# Traditional characters: to_simplified changes them, in clean text and in mojibake alike.
TRADITIONAL = "國學會與為這個們來時說問題經濟發展關於實施條例區縣"
HAN = COMMON_HAN + TRICKY + TRADITIONAL
ASCII_PUNCT = ",:;?!().-%/\"'"
WIDE_PUNCT = PUNCT + "％／"

_han_text = st.text(alphabet=st.sampled_from(HAN + WIDE_PUNCT), min_size=1, max_size=12)


@st.composite
def _mojibake(draw: st.DrawFn) -> str:
    """Chinese UTF-8 read as GBK / GB18030 (mostly) or Big5, possibly cut at any byte, lost
    bytes replaced or dropped; or GBK read as Latin-1, UTF-8 read as cp1252."""
    text = draw(_han_text)
    kind = draw(st.sampled_from(["utf8"] * 6 + ["big5", "gbk-latin", "utf8-latin"]))
    if kind == "gbk-latin":
        return text.encode("gbk", "replace").decode("latin-1")
    if kind == "utf8-latin":
        return text.encode("utf-8").decode("cp1252", "replace")
    data = text.encode("utf-8")
    start = draw(st.integers(0, min(4, len(data) - 1)))
    end = draw(st.integers(max(start + 1, len(data) - 4), len(data)))
    data = data[start:end]
    codec = "cp950" if kind == "big5" else draw(st.sampled_from(["gb18030", "gbk", "cp936"]))
    errors = draw(st.sampled_from(["replace", "ignore"]))
    return data.decode(codec, errors)


_piece = st.one_of(
    _han_text,
    _mojibake(),
    st.text(alphabet=st.sampled_from(ASCII_PUNCT), min_size=1, max_size=3),
    st.text(alphabet=st.sampled_from(WIDE_PUNCT), min_size=1, max_size=3),
    st.sampled_from([" ", "  ", "\n", "\n\n", "\u3000", "\t", "\u00a0", " \n ", "\r\n", "\u200b"]),
    st.sampled_from(["2023", "19", "1,234", "ABC", "v2", "a", "?", "??", MARKER, "锟斤拷"]),
)
crawl_text = st.lists(_piece, max_size=12).map("".join)


# ---------------------------------------------------------------- normalize

# The whole default pipeline: pipeline.py re-runs the steps when a later step made damage
# repairable (to_simplified turns 鈥 into 钬; fix_cjk_spacing joins a damaged run to the mark
# after it).


@given(crawl_text)
def test_normalize_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(crawl_text)
# a later step's quotes and full stops cut the text into other passages for the script plan
# ("壩時计" then 计: one passage before the quotes are “”, two after); a bracket made full
# width ends a sentence for the "." after it
@example('壩時计"计"')
@example("计.計.")
@example("（们计!计).")
def test_normalize_idempotent_marking_lost_bytes(text: str) -> None:
    cfg = Config(lossy="mark", drop_spam=False)
    once = normalize(text, cfg)
    assert normalize(once, cfg) == once


# What mojibake repair, whitespace, quotes and width guarantee together (no step left that
# changes damaged characters or joins them to a mark after the repair).
_REPAIR_AND_MARKS = [
    Config(to_simplified=False, drop_spam=False, fix_cjk_spacing=False, lossy=mode)
    for mode in ("keep", "mark", "drop")
]


@pytest.mark.parametrize("cfg", _REPAIR_AND_MARKS, ids=lambda c: c.lossy)
@given(text=crawl_text)
def test_normalize_idempotent_repair_and_marks(cfg: Config, text: str) -> None:
    once = normalize(text, cfg)
    assert normalize(once, cfg) == once


def _hygiene_tail(text: str) -> str:
    # the hygiene steps in pipeline order
    return fix_punctuation_width(restore_lost_quotes(fix_cjk_spacing(normalize_whitespace(text))))


def _repair_then_widen(text: str) -> str:
    return fix_punctuation_width(fix_mojibake(text))


@pytest.mark.parametrize("func", [_hygiene_tail, _repair_then_widen], ids=lambda f: f.__name__)
@given(text=crawl_text)
@example(text="——?鈥斺\ufffd")  # a "?" left as it is, widened: see test_question_mark_left_as_it_is_parts_a_run
@example(text="鏂拌\ufffd\ufffd鈥:")  # a cut character before ":", widened: see test_colon_after_damage_widened
@example(text="头:——\ufffd鈥斺\ufffd")  # ":" before dashes and damage: the same test
@example(text="'\"一':\"")  # see test_single_quoted_key_before_a_quoted_value_stays_a_key
@example(text="\ufffd斾竴鈥斾竴鈥斿.")  # a "." after a cut character: see test_full_stop_widened_after_a_cut_character
def test_step_chains_idempotent(func: Callable[[str], str], text: str) -> None:
    once = func(text)
    assert func(once) == once


STEPS: list[Callable[[str], str]] = [
    fix_mojibake,
    lambda t: fix_mojibake(t, lossy="mark"),
    lambda t: fix_mojibake(t, lossy="drop"),
    normalize_whitespace,
    fix_cjk_spacing,
    restore_lost_quotes,
    fix_punctuation_width,
]
_STEP_IDS = ["fix_mojibake", "fix_mojibake-mark", "fix_mojibake-drop", "normalize_whitespace",
             "fix_cjk_spacing", "restore_lost_quotes", "fix_punctuation_width"]


@pytest.mark.parametrize("func", STEPS, ids=_STEP_IDS)
@given(text=crawl_text)
def test_step_idempotent(func: Callable[[str], str], text: str) -> None:
    once = func(text)
    assert func(once) == once


# ---------------------------------------------------------------- regressions (found by hypothesis)


def test_widened_comma_after_a_cut_character_is_not_swallowed() -> None:
    # 你 then the lead byte E5 of 好 (its last bytes lost), then a comma: widened, the comma's
    # GBK bytes A3 AC complete E5 into 壬. The repair must not read it so.
    assert normalize("浣犲,") == "浣犲，"
    assert normalize("浣犲，") == "浣犲，"
    assert fix_mojibake("浣犲，") == "浣犲，"
    # longer damage before the cut: repaired up to it, the cut character marked, comma kept
    damaged = ("各地区各部门要".encode() + "好".encode()[:1]).decode("gb18030")
    assert fix_mojibake(damaged + "，") == "各地区各部门要" + MARKER + "，"
    assert fix_mojibake(damaged + ",") == "各地区各部门要" + MARKER + ","
    for text in ("涓\ufffd鈥斿:", "鈥斺斾竴鈥斿:", "鏁欒偛閮ㄥ,浣犲"):
        once = normalize(text)
        assert normalize(once) == once


@pytest.mark.parametrize(
    "word", ["教育部壬寅年工作", "街上这棺材铺子关门了", "青年要在实践中磨练真本领", "要加强档案的管理工作"]
)
def test_mark_inside_real_mojibake_is_read_as_bytes(word: str) -> None:
    # the same byte pairs inside genuine damage (壬, 棺, 磨, 档 at an odd byte offset)
    damaged = word.encode().decode("gb18030")
    assert any(c in damaged for c in "，：（。"), damaged
    assert fix_mojibake("据悉：" + damaged + "。") == "据悉：" + word + "。"


@pytest.mark.parametrize("text", ["做好相关文档", "换季的衣", "资料已经全部归档", "请同学们换好季节的衣"])
def test_full_stop_ending_repaired_damage_is_read_as_bytes(text: str) -> None:
    # 档 and 衣 (E6/E8 A1 A3) at the end of damage read as GBK end in "。": where the damage
    # before is repaired with it read as a full stop too, it is the character's bytes
    damaged = text.encode().decode("gb18030")
    assert damaged.endswith("。")
    assert fix_mojibake(damaged) == text
    assert fix_mojibake(damaged + "\n下一行") == text + "\n下一行"


def test_mark_ending_the_damage_is_punctuation() -> None:
    # 你壬 read as GBK is "浣犲，": the same text as 你 cut before a comma; the reading that
    # keeps the comma wins, here by leaving the two characters (too short to repair alone)
    fixed, repairs = explain_mojibake("浣犲，")
    assert (fixed, repairs) == ("浣犲，", [])


def test_lost_byte_marker_before_a_run() -> None:
    # a "?" before the damage cannot start a run; the run starts at the first damaged character
    assert fix_mojibake(":?鈥斺\ufffd") == ":?—" + MARKER
    once = normalize(":?鈥斺\ufffd")
    assert normalize(once) == once


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("——?鈥斺\ufffd", "——?—" + MARKER),  # the "?" before the damage, after dashes
        ("——？鈥斺\ufffd", "——？—" + MARKER),  # the same widened
        # after the damage (found by hypothesis): read as a lost byte, the whole run was refused
        ("娆″畠蹇冧富涓\ufffd—?《", "次它心主" + MARKER + "—?《"),
    ],
)
def test_question_mark_left_as_it_is_parts_a_run(text: str, fixed: str) -> None:
    # Read as a lost byte, the "?" made the dashes and the damage one stretch too lost to
    # repair; widened to "？" it parts them, and the damage was repaired only in a second pass.
    assert fix_mojibake(text) == fixed
    assert fix_mojibake(fix_punctuation_width(fixed)) == fix_punctuation_width(fixed)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # 新 (E6 96 B0), E8 and two lost bytes, then E2 80 cut by the ":" (found by hypothesis,
        # about once in 20,000 draws): the cut E2 80 after the lost bytes is part of the
        # repair, as the widened "：" made it (E2 80 A3 a sequence that ends the span)
        ("鏂拌\ufffd\ufffd鈥:", "新" + MARKER * 2 + ":"),
        # dashes (—— is A1 AA A1 AA: continuation bytes only), a lost byte, then — and a cut
        # character: the dashes are text, not the remains of cut characters, so only the
        # damage is repaired, whether 头 (CD B7: a whole UTF-8 sequence) joins the run
        # through a widened "：" or the run starts after ":"
        ("头:——\ufffd鈥斺\ufffd", "头:——" + MARKER + "—" + MARKER),
        (":——\ufffd鈥斺\ufffd", ":——" + MARKER + "—" + MARKER),
        ("鈥斺\ufffd——\ufffd:头", "—" + MARKER + "——" + MARKER + ":头"),
    ],
)
def test_colon_after_damage_widened(text: str, fixed: str) -> None:
    assert fix_mojibake(text) == fixed
    widened = fix_punctuation_width(fixed)
    assert fix_mojibake(widened) == widened
    # the damaged text widened first is repaired the same way (marks widened or not)
    assert fix_mojibake(fix_punctuation_width(text)).replace("：", ":") == fixed.replace("：", ":")


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # found by hypothesis: a lost byte, 94 (a stray continuation byte), 一—一— then E5 cut
        # by a ".": the "." ends the run as the line's end does (no GBK lead pairs with it), so
        # the cut character is marked; widened to "。" (A1 A3), the stop is read as the "." was
        # (never E5 A1 A3, 塣, a character nobody wrote)
        ("\ufffd斾竴鈥斾竴鈥斿.", "\ufffd斾竴—一—\ufffd."),
        # the same with 文 and E6 (the widened "。" would make 档 of it: the stray byte before
        # the damage, left unread, makes it a full stop)
        ("\ufffd斾竴鈥斾竴鈥旀.", "\ufffd斾竴—一—\ufffd."),
    ],
)
def test_full_stop_widened_after_a_cut_character(text: str, fixed: str) -> None:
    assert fix_mojibake(text) == fixed
    widened = fix_punctuation_width(fixed)
    assert fix_mojibake(widened) == widened
    # the damaged text widened first is repaired the same way (the stop widened or not)
    assert fix_mojibake(fix_punctuation_width(text)).replace("。", ".") == fixed.replace("。", ".")


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # 文档 / 上衣 read as GBK end in "。" (E6/E8 A1 A3): the whole damage read, the mark the
        # end of a common character, is the repair (as on 8b943a8), too short to repair without it
        ("鏂囨。", "文档"),
        ("鏂囨。管理", "文档管理"),
        ("鐢靛瓙鏂囨。", "电子文档"),
        ("涓婅。很好", "上衣很好"),
        ("据悉：褰掓。", "据悉：归档"),
        # the same before the sentence's own full stop, cut (銆 and a lost byte): 文档。
        ("鏂囨。銆\ufffd", "文档。"),
        ("鎴戠殑涓婅。銆\ufffd", "我的上衣。"),
        # a rare character (塣 E5 A1 A3) or damage left unread before (a stray byte): a full stop
        # (after a cut character marked where the damage before it is repaired)
        ("浣犲。", "浣犲。"),
        ("\ufffd斾竴鈥斾竴鈥旀。", "\ufffd斾竴—一—\ufffd。"),
    ],
)
def test_full_stop_ending_short_damage_of_a_common_character(text: str, fixed: str) -> None:
    assert fix_mojibake(text) == fixed


@pytest.mark.parametrize("word", ["教育部塣寅年工作", "街上这塣子关门了"])
def test_full_stop_inside_the_damage_is_read_as_bytes(word: str) -> None:
    # 塣 (E5 A1 A3) inside genuine damage, more damage after it: still one character
    damaged = word.encode().decode("gb18030")
    assert "。" in damaged
    assert fix_mojibake("据悉：" + damaged + "。") == "据悉：" + word + "。"


def test_repair_then_widen_idempotent_with_a_colon_before_lost_bytes() -> None:
    # found by SOAK4 (test_step_chains_idempotent[_repair_then_widen], fuzz seed 404): 三:??鈥斾竴鈥 was
    # left as it is, widened to 三：??鈥斾竴鈥, which the repair read as 三�—一�; since session 33 the
    # run that ends the line with a cut character (鈥) is judged without it and read the first
    # time (三:??—一�), the "??" kept
    text = "三:??鈥斾竴鈥"
    once = fix_punctuation_width(fix_mojibake(text))
    assert fix_punctuation_width(fix_mojibake(once)) == once


def test_marking_lost_bytes_is_a_fixed_point() -> None:
    # 锟斤拷 marked as one U+FFFD is a lost byte after 、: repaired in the same call
    assert fix_mojibake("銆佲锟斤拷", lossy="mark") == "、" + MARKER
    assert fix_mojibake("、" + MARKER, lossy="mark") == "、" + MARKER
    _fixed, repairs = explain_mojibake("銆佲锟斤拷", lossy="mark")
    assert sum(r.lost for r in repairs) == 1


@pytest.mark.parametrize(
    ("text", "spaced", "final"),
    [
        ("(偛) :偛", "(偛):偛", "（偛）：偛"),  # the bracket is Chinese once widened
        ("、 :(一)", "、:(一)", "、：（一）"),
        ("(一): 总体", "(一):总体", "（一）：总体"),
    ],
)
def test_spacing_judges_brackets_as_they_will_be_widened(text: str, spaced: str, final: str) -> None:
    assert fix_cjk_spacing(text) == spaced
    assert normalize(text) == final
    assert normalize(final) == final
    # fix_punctuation_width on its own was already a fixed point
    assert fix_punctuation_width(fix_punctuation_width(text)) == fix_punctuation_width(text)


def test_adversarial_runs_with_marks_finish() -> None:
    n = 60_000
    for text in ("浣犲，" * n, "鏁欒偛閮ㄥ，" * (n // 2), "，" * n, "浣犲？" * n):
        out = fix_mojibake(text, lossy="mark")
        assert len(out) <= len(text)
    for text in ("(教) :" * n, "? 通知?" * n, "(教) :\n" * n):
        assert len(fix_cjk_spacing(text)) <= len(text)


def test_stop_marks_are_continuation_pairs() -> None:
    # each mark fix_mojibake reads first as a boundary is two UTF-8 continuation bytes in GBK
    from govtext.mojibake import _STOPS

    assert _STOPS == "".join(",.:;!()?".translate(str.maketrans(",.:;!()?", "，。：；！（）？")))
    for c in _STOPS:
        data = c.encode("gb18030")
        assert len(data) == 2 and all(0x80 <= b <= 0xBF for b in data), c


def test_repair_then_widen_idempotent_on_a_run_cut_before_a_full_stop() -> None:
    once = _repair_then_widen("鈥斺斾竴鈥斾竴鈥旀.")
    assert _repair_then_widen(once) == once


@pytest.mark.xfail(
    strict=True,
    reason="known, not fixed (session 40; at 85b130f too): fix_punctuation_width curls the ASCII quotes after "
    "a run cut before them, and the curly ‘ (GBK A1 AE, two continuation bytes) completes the cut character on "
    "the next pass (撌亥‘ is 工补). Reading ‘ ’ “ ” as stops in mojibake._STOPS breaks Big5 repairs whose damage "
    "holds ” (test_utf8_as_big5): the fix needs the stops per codec",
)
def test_repair_then_widen_idempotent_on_a_run_cut_before_a_quote() -> None:
    once = _repair_then_widen("撌亥':'")  # found by the step-chain property under a random seed
    assert _repair_then_widen(once) == once
