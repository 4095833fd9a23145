"""A character that lost a byte is restored from its neighbours only when the counts make it far
likelier than every other candidate (:func:`govtext._charfreq.margin`): a wrong guess is
invented text, worst of all in a name. And the bracket check of the guess
(``mojibake._open_closer``) reads the bytes as they are."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtext import _charfreq
from govtext import mojibake as mj
from govtext.mojibake import MARKER, fix_mojibake


@pytest.mark.parametrize("codec", ["gbk", "gb18030"])
def test_a_rare_name_character_is_marked_not_replaced(codec: str) -> None:
    """珺 (E7 8F BA) at the end of a line loses BA: the bytes left fit 珀 珊 珍 珠 …, never 珺,
    which is too rare to be a candidate. 李珊 is a name the counts know, twenty times likelier
    than 李珍, but not four hundred: a mark, not another person's name."""
    damaged = "审核：李珺".encode().decode(codec, "replace")
    assert damaged.endswith("\ufffd")
    assert fix_mojibake(damaged) == "审核：李" + MARKER


def test_a_likelier_word_does_not_replace_the_one_written() -> None:
    """第一中学 read as GBK loses a byte of each character; 一个 is far likelier than 一中
    to the pair counts, but 中 is not restored as 个."""
    out = fix_mojibake("初三 第一中学 二班".encode().decode("gbk", "replace"))
    assert "个" not in out and out.startswith("初三 第")


@pytest.mark.parametrize(
    "original",
    [
        "教育局关于开展读书活动的通知",
        "各区县教育行政部门要认真组织开展校园安全检查工作",
        "学校应当建立健全家校合作机制，定期召开家长会议。",
        "学校举办第一届科技节展览活动",
    ],
)
def test_utf8_read_as_gb2312_invents_nothing(original: str) -> None:
    """A GB2312 decoder drops every byte below A1 and every pair it lacks, where GBK pairs them:
    a run of GB2312 characters only, with lost bytes, is read with GB2312's lost bytes (before,
    GBK's narrower candidates made the neighbours choose 局 for 展 and 寨 for 动), and no lost
    byte is filled with a character outside GB2312 (览 cut short was restored as 觀). A character
    of the damaged text left as it was is no invention (举 after a lost byte reads ′妇)."""
    damaged = original.encode().decode("gb2312", "replace")
    out = fix_mojibake(damaged)
    assert out != damaged
    assert all(ch in original or ch == "\ufffd" or ch in damaged for ch in out), out


def test_marks_are_still_restored_by_their_neighbours() -> None:
    """A mark or symbol needs less (none of about 1,200 such guesses was wrong in the real-text
    measurement): 。 that lost its last byte ends the line, 、 between two words."""
    s = "推动住宿、家政、宾馆、交通等发展。"
    assert fix_mojibake(s.encode().decode("gbk", "replace")) == s
    assert fix_mojibake("《方案》已印发。".encode().decode("gbk", "replace")) == "《方案》已印发。"


_TABLE_CHARS = sorted(_charfreq.frequent())


@given(
    st.sampled_from(["", "\n", *_TABLE_CHARS]),
    st.lists(st.sampled_from([*_TABLE_CHARS, "。", "、", "》", "】"]), min_size=1, max_size=6),
    st.sampled_from(["", "\n", *_TABLE_CHARS]),
)
def test_a_choice_beats_every_other_candidate_by_its_margin(left: str, chars: list, right: str) -> None:
    """Whatever *likeliest* chooses between the same neighbours scores at least
    ``margin(choice)`` above every other option: e**6 for a Han character, e**3 for a mark."""
    options = [(left, c, right) for c in chars]
    k = _charfreq.likeliest(options)
    if k is None:
        return
    t = _charfreq._table()
    best = _charfreq._log_score(t, *options[k])
    need = _charfreq.margin(options[k][1])
    if "\u4e00" <= options[k][1] <= "\u9fff":
        assert need == _charfreq.MARGIN
    for i, o in enumerate(options):
        if i != k:
            assert best - _charfreq._log_score(t, *o) >= need


def _open_closer_by_text(buf: bytearray, p: int, c: str, fits: list) -> bool:
    """The decoding form of :func:`mojibake._open_closer` (before session 20): the text before
    *p* read with errors="ignore", each closer's last occurrence against its opener's."""
    closers = {f.char for f in fits if f.char in mj._PAIRS and f.char != c}
    if not closers:
        return False
    text = bytes(buf[:p]).decode("utf-8", "ignore")
    return any(text.rfind(mj._PAIRS[k]) > text.rfind(k) for k in closers)


_BRACKETS = [*mj._PAIRS, *mj._PAIRS.values()]
# pieces of a byte reading: whole brackets, their halves, lost bytes, leads, continuations, ASCII
_PIECES = st.one_of(
    st.sampled_from(_BRACKETS).map(str.encode),
    st.sampled_from(_BRACKETS).map(lambda b: b.encode()[:2]),
    st.sampled_from(_BRACKETS).map(lambda b: b.encode()[1:]),
    st.sampled_from([b"\xff", b"\xe3", b"\xef", b"\x80", b"\xbc", b"\xe4\xb8", "中。".encode(), b"a"]),
    st.binary(min_size=1, max_size=3),
)


@given(
    st.lists(_PIECES, max_size=12).map(lambda parts: bytearray(b"".join(parts))),
    st.integers(0, 40),
    st.sampled_from(["。", "】", "》", "）", "中"]),
    st.lists(st.sampled_from(["。", "、", *mj._PAIRS, "中"]), max_size=4),
)
def test_open_closer_reads_the_bytes_as_the_text_would(
    buf: bytearray, p: int, c: str, chars: list[str]
) -> None:
    """A bracket's bytes found in the bytes before *p* are the bracket in the text read from
    them (a lead byte never continues another sequence), so the byte search answers as the
    decoding did, whatever the bytes around."""
    p = min(p, len(buf))
    fits = [mj._Fit(0, ch, 0x80) for ch in chars]
    assert mj._open_closer(buf, p, c, fits) == _open_closer_by_text(buf, p, c, fits)
