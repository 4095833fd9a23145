"""Session 40's mojibake classes (MJ40), found by its blind set."""

from __future__ import annotations

import unicodedata

import pytest

from blind import w1252
from govtext.mojibake import MARKER, _stage_nfkc_latin, fix_mojibake


def _nfkc(text: str, codec: str) -> str:
    """*text*'s UTF-8 read as *codec* (``w1252``: as browsers read windows-1252), then
    NFKC-normalized, as a later tool of a pipeline folds it."""
    data = text.encode()
    read = w1252(data) if codec == "w1252" else data.decode(codec, "replace")
    return unicodedata.normalize("NFKC", read)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("区教育局关于开展读书活动的通知", "w1252"),  # 教 ™ -> TM, 育 ² -> 2, 关 … -> ...
        ("高中招生工作安排", "latin-1"),  # 中 ¸ -> " \u0327", C1 controls kept
        ("平安校园建设", "latin-1"),  # 平 ¹ ³ -> 1 3, 校 NBSP -> " ", 设 ¾ -> 3⁄4
    ],
)
def test_utf8_read_as_latin_then_nfkc_is_read_back(text: str, codec: str) -> None:
    damaged = _nfkc(text, codec)
    assert any(f in damaged for f in ("TM", "...", " \u0327", "1", "3")), damaged
    assert fix_mojibake(damaged) == text


def test_a_byte_cp1252_lacks_is_one_mark() -> None:
    damaged = unicodedata.normalize("NFKC", "各区县教育局".encode().decode("cp1252", "replace"))
    assert fix_mojibake(damaged) == MARKER + "区县教育局"


def test_a_line_no_fold_explains_is_left_to_the_other_readers() -> None:
    # no sign only a fold leaves (a blank for NBSP, 3 for ³ may be the text's own): not read here
    assert _stage_nfkc_latin(_nfkc("平安校园", "latin-1")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Café™ et crème brûlée... à 1⁄2 prix",
        "Zoë ̈s naïve... ì13",
        "è2a 价格...TM",  # one sequence only: no evidence
        "Müller, José, Ångström ¹3 μm",
    ],
)
def test_latin_text_with_folds_is_left(text: str) -> None:
    assert fix_mojibake(text) == text


def _cut_head(clean: str, damaged: str, lost: int, codec: str) -> str:
    """*clean*, then *damaged*'s UTF-8 with its first *lost* bytes gone read as *codec*."""
    data = damaged.encode()[lost:]
    return clean + (w1252(data) if codec == "w1252" else data.decode(codec))


@pytest.mark.parametrize(
    ("clean", "damaged", "lost", "codec"),
    [
        ("学生活动", "中心开放时间", 2, "w1252"),  # 中's AD: a soft hyphen, dropped later
        ("报名", "地点在教务处", 1, "latin-1"),  # 地 E5 9C B0: a C1 control and °
        ("报名", "地点在教务处", 1, "w1252"),  # (œ°: ftfy read the stretch as œ°点在教åС处)
        ("各位", "中学生", 1, "latin-1"),  # 中 E4 B8 AD: ¸ and a soft hyphen
        ("<p>", "会议纪要", 2, "latin-1"),  # 会 E4 BC 9A: a C1 control after a tag
        ("学生 ", "中心开放时间", 2, "latin-1"),  # after a blank
    ],
)
def test_a_cut_head_before_a_latin_run_is_one_mark(clean: str, damaged: str, lost: int, codec: str) -> None:
    assert fix_mojibake(_cut_head(clean, damaged, lost, codec)) == clean + MARKER + damaged[1:]


@pytest.mark.parametrize(
    "text",
    [
        "温度25°" + "心开放".encode().decode("latin-1"),  # a sign after a digit
        "他说“" + "心开放".encode().decode("cp1252"),  # a quote the text may write
        "Ab\xad" + "心开放".encode().decode("latin-1"),  # after Latin letters
        "\x8d\x8d\x8d" + "心开放".encode().decode("latin-1"),  # three: no one character's tail
        "通知：\xa0" + "心开放".encode().decode("latin-1"),  # NBSP: a blank the text may hold
    ],
)
def test_no_cut_head_is_read_where_the_text_may_hold_it(text: str) -> None:
    out = fix_mojibake(text)
    assert MARKER not in out and out.endswith("心开放"), out


_C1 = "".join(map(chr, range(0x80, 0xA0)))


def _c1_questioned(text: str, codec: str) -> tuple[str, str]:
    """(*text*'s UTF-8 read as *codec* with each C1 control then written "?" by a writer that
    could not encode it, *text* with each character that lost a byte so marked)."""
    chars = [w1252(c.encode()) if codec == "w1252" else c.encode().decode(codec) for c in text]
    damaged = ["".join("?" if x in _C1 else x for x in c) for c in chars]
    return "".join(damaged), "".join(MARKER if "?" in d else c for c, d in zip(text, damaged))


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("市教育局办公室", "latin-1"),
        ("关于开展教研活动的通知", "latin-1"),
        ("学校召开家长会", "latin-1"),
        ("各中小学校、幼儿园", "w1252"),
        ("学校召开家长会", "w1252"),
    ],
)
def test_c1_written_as_question_marks_are_marked(text: str, codec: str) -> None:
    damaged, want = _c1_questioned(text, codec)
    assert "?" in damaged
    assert fix_mojibake(damaged) == want


@pytest.mark.parametrize(
    "text",
    [
        "Voilà?? Très bien? À bientôt?",
        "Qu'est-ce que c'est?? é?? è?? à??",  # no Han read whole
        "价格是多少?请回复: é?½",
        "Où? À Zürich? Ça? éé? Ôô?",
    ],
)
def test_question_marks_are_left_where_no_c1_was_written(text: str) -> None:
    assert fix_mojibake(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Il dit « ça ça » ...",  # ç ª NBSP: ASCII folds only, the ellipsis outside the run
        "Ah ça ça TM",
        "Voilà ço ço... fin",  # the sign after the run, not in it
    ],
)
def test_ascii_folds_alone_are_no_evidence(text: str) -> None:
    # a blank, an "a" or "o", a digit may be a fold's or the text's own: only a sign in the run
    # itself (a folded trade mark, ellipsis, fraction slash, mu, combining mark) tells
    assert _stage_nfkc_latin(text) == []
    assert fix_mojibake(text) == text


@pytest.mark.parametrize(
    "text",
    ["面积100米²教育局", "体积3米³教育局", "温度 °教育局", "单位 µ教育局", "约½教育局"],
)
def test_a_unit_sign_before_utf8_as_latin_stays(text: str) -> None:
    sign = text[-4]
    damaged = text[:-3] + text[-3:].encode().decode("latin-1")
    assert fix_mojibake(damaged) == text, sign


@pytest.mark.parametrize("sign", ["·", "“"])
@pytest.mark.parametrize("word", ["心开", "学校", "教育局"])
def test_a_clean_sign_before_utf8_as_latin_stays(sign: str, word: str) -> None:
    # the GBK-as-Latin reader took the sign as a lead byte ("约翰·å¿ƒå¼€" -> 约翰峰績开)
    assert fix_mojibake("约翰" + sign + word.encode().decode("latin-1")) == "约翰" + sign + word


@pytest.mark.parametrize("sign", ["·", "“"])
def test_gbk_as_latin_after_a_clean_sign_is_still_read(sign: str) -> None:
    assert fix_mojibake("他说" + sign + "教育局".encode("gbk").decode("latin-1")) == "他说" + sign + "教育局"
