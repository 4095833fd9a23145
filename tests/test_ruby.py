"""strip_ruby: pinyin annotations go, real parentheticals stay."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from govtext import ruby
from govtext._util import read_lexicon
from govtext.hygiene import HAN_BLOCKS
from govtext.ruby import find_ruby, strip_ruby, syllable_of, word_reading

from strategies import COMMON_HAN

SYLLABLES = read_lexicon("pinyin_syllables.txt")
TONES = {"a": "āáǎà", "e": "ēéěè", "i": "īíǐì", "o": "ōóǒò", "u": "ūúǔù", "ü": "ǖǘǚǜ"}


def toned(syllable: str, tone: int) -> str:
    """Put tone mark *tone* (1-4) on *syllable* by the pinyin placement rule."""
    if "a" in syllable:
        v = "a"
    elif "e" in syllable:
        v = "e"
    elif "ou" in syllable:
        v = "o"
    else:
        v = [c for c in syllable if c in "aeiouü"][-1]
    i = syllable.rindex(v) if v not in "ae" else syllable.index(v)
    return syllable[:i] + TONES[v][tone - 1] + syllable[i + 1 :]


def test_inventory() -> None:
    assert len(SYLLABLES) == len(set(SYLLABLES)) == 411
    for s in ("a", "zhuang", "lüe", "nü", "er", "dang", "xiong", "shei", "den"):
        assert s in SYLLABLES
    for s in ("china", "beijing", "zhy", "m", "ng", "bo1"):
        assert s not in SYLLABLES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("您當(dāng)前的位置", "您當前的位置"),
        ("教育質(zhì)量提升", "教育質量提升"),
        ("時(shí)間：來(lái)源", "時間：來源"),
        ("全面實(shí)現(xiàn)", "全面實現"),
        ("增強（qiáng）職業", "增強職業"),
        ("增強(qiáng）職業（yè)", "增強職業"),
        ("推進(jìn) 工作", "推進 工作"),
        ("綠(lǜ)色", "綠色"),
        ("綠(lv4)色", "綠色"),
        ("當(dang1)前", "當前"),
        ("當( dāng )前", "當前"),
        ("當(da\u0304ng)前", "當前"),  # combining macron
        # toneless syllables with toned company on the page
        ("的(de)確(què)", "的確"),
        # a run of toneless annotations, several not English words
        ("當(dang)前質(zhi)量時(shi)間", "當前質量時間"),
    ],
)
def test_removes_annotations(text: str, expected: str) -> None:
    assert strip_ruby(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "北京(China)",
        "北京(Běijīng)",
        "北京(beijing)",
        "李(Lǐ)先生",
        "行动计划(2021—2025年)",
        "(资料图)",
        "(資料圖)",
        "条件(a)成立",
        "每人一(个)",
        "县(市、区)",
        "(下稱《通知》)",
        "选项(an)",
        "他(me)说",
        "当(dang)前",
        "条件(a)和条件(b)",
        "abc(dāng)",
        "2022(dāng)",
        "當 (dāng)",
        "當(dāngé)",
        "當(dǎngé)",
        "當(dang6)",
        "當(dāng2)",
        "當(DĀNG)",
        "當[dāng]前",
        "當(ê)",
        "",
    ],
)
def test_keeps_parentheticals(text: str) -> None:
    assert strip_ruby(text) == text


def test_toneless_english_run_is_kept() -> None:
    # Three toneless candidates, but all are also English words: not evidence.
    text = "选项(an)、他(me)和(man)"
    assert strip_ruby(text) == text
    # One non-English syllable is not enough either.
    text = "选项(an)、他(me)和(zhi)"
    assert strip_ruby(text) == text


def test_single_letters_need_tone() -> None:
    assert strip_ruby("啊(a)當(dāng)") == "啊(a)當"
    assert strip_ruby("啊(ā)當(dāng)") == "啊當"


def test_syllable_of() -> None:
    assert syllable_of("zhì") == ("zhi", 4)
    assert syllable_of("lüè") == ("lüe", 4)
    assert syllable_of("de") == ("de", 0)
    assert syllable_of("de5") == ("de", 5)
    assert syllable_of("Dāng") is None
    assert syllable_of("xyz") is None


def test_find_ruby_spans() -> None:
    text = "質(zhì)量和時（shí）間"
    spans = find_ruby(text)
    assert [(text[a:b], s) for a, b, s in spans] == [("(zhì)", "zhi"), ("（shí）", "shi")]


def test_type_error() -> None:
    with pytest.raises(TypeError, match="strip_ruby"):
        strip_ruby(b"x")  # type: ignore[arg-type]


@pytest.mark.parametrize("syllable", [s for s in SYLLABLES if len(s) > 1])
def test_every_syllable_with_every_tone(syllable: str) -> None:
    # (one-letter syllables: test_single_letters_need_tone)
    for tone in range(1, 5):
        assert strip_ruby(f"字({toned(syllable, tone)})字") == "字字"
        assert strip_ruby(f"字({syllable}{tone})字") == "字字"
    nfd = unicodedata.normalize("NFD", toned(syllable, 3))
    assert strip_ruby(f"字（{nfd}）字") == "字字"


# --- properties ----------------------------------------------------------------

BASE = st.text(
    alphabet=st.sampled_from(COMMON_HAN + "，。、；：“”《》—…0123456789 \n"), max_size=120
)
PARENS = st.sampled_from(["(China)", "(2021—2025年)", "(资料图)", "（个）", "(a)", "(an)", "(Běijīng)"])
TONED_SYLLABLE = st.tuples(
    st.sampled_from([s for s in SYLLABLES if len(s) > 1]), st.integers(1, 4)
).map(lambda t: toned(*t))


@st.composite
def annotated(draw: st.DrawFn) -> tuple[str, str]:
    """(clean text, the same text with toned annotations after some Han characters)."""
    parts = draw(st.lists(st.one_of(BASE, PARENS), max_size=8))
    clean = "".join(parts)
    out = []
    for ch in clean:
        out.append(ch)
        if "\u4e00" <= ch <= "\u9fff" and draw(st.booleans()):
            br = draw(st.sampled_from(["()", "（）", "(）"]))
            out.append(br[0] + draw(TONED_SYLLABLE) + br[1])
    return clean, "".join(out)


@given(annotated())
def test_annotations_removed_exactly(pair: tuple[str, str]) -> None:
    clean, text = pair
    assert strip_ruby(text) == clean


@given(annotated())
def test_idempotent(pair: tuple[str, str]) -> None:
    _, text = pair
    once = strip_ruby(text)
    assert strip_ruby(once) == once


@given(st.text(alphabet=st.sampled_from(COMMON_HAN[:20] + "()（）adnāīzh1 "), max_size=200))
def test_idempotent_and_only_deletes(text: str) -> None:
    out = strip_ruby(text)
    assert strip_ruby(out) == out
    # Only whole bracketed spans are deleted: what is left is the text minus the spans.
    spans = find_ruby(text)
    rebuilt = []
    pos = 0
    for a, b, _ in spans:
        assert text[a] in "(（" and text[b - 1] in ")）"
        rebuilt.append(text[pos:a])
        pos = b
    rebuilt.append(text[pos:])
    assert out == "".join(rebuilt)


@pytest.mark.parametrize(
    "text",
    [
        "當" * 200_000,
        "當(" * 100_000,
        "當(dāng)" * 30_000,
        "當(dang)質(zhi)" * 15_000,
        "(" * 200_000,
        "當(" + "a" * 200_000 + ")",
        "當(" + "ā" * 200_000,
    ],
)
def test_adversarial_inputs_finish(text: str) -> None:
    out = strip_ruby(text)
    assert len(out) <= len(text)
    if "(dāng)" in text or "(dang)" in text:
        assert set(out) <= {"當", "質"}


# --- a word's reading (several syllables) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市政府(zhèng fǔ)今天发布", "市政府今天发布"),
        ("做好防汛（fáng xùn）准备", "做好防汛准备"),
        ("加强治安(zhì'ān)管理", "加强治安管理"),
        ("加强治安(zhìān)管理", "加强治安管理"),
        ("按时上学(shang4 xue2)。", "按时上学。"),
        ("按时上学(shang4xue2)。", "按时上学。"),
        ("认真的（rèn zhēn de）态度", "认真的态度"),
        ("三个字(sān gè zì)", "三个字"),
    ],
)
def test_word_reading_removed(text: str, expected: str) -> None:
    assert strip_ruby(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "城市(cheng shi)",  # no tone: may be anything
        "城市(Chéng Shì)",  # capitalised: a romanised name
        "北京(Běi jīng)",
        "市(zhèng fǔ)",  # two syllables after one Han character
        "(zhèng fǔ)城市",  # no Han before
        "城市(chéng xyz)",  # a piece that is no syllable
        "城市(chéng shì gōng)",  # three syllables after two Han characters
        "一二三四五六七(yī èr sān sì wǔ liù qī)",  # more than six syllables
        "城市(chéng/shì)",
        "城市(chéng shì, 2024)",
        "政府(dāng 1)",  # a piece of tone digits alone: no syllable (it raised IndexError)
        "当(de 1)",
    ],
)
def test_word_reading_kept(text: str) -> None:
    assert strip_ruby(text) == text


def test_word_reading_parts() -> None:
    assert word_reading("zhèng fǔ") == ("zheng", "fu")
    assert word_reading("xī'ān") == ("xi", "an")
    assert word_reading("de le") is None  # none toned
    assert word_reading("fǔ") is None  # one syllable: syllable_of's case
    assert word_reading("dāng 1") is None and word_reading("2 dāng") is None  # a digit alone


@st.composite
def word_annotated(draw: st.DrawFn) -> tuple[str, str]:
    """(clean text, the same with a toned reading after a run of as many Han characters)."""
    clean = draw(BASE)
    word = draw(st.lists(TONED_SYLLABLE, min_size=2, max_size=4))
    sep = draw(st.sampled_from([" ", "", "'"]))
    han = draw(st.text(alphabet=st.sampled_from(COMMON_HAN), min_size=len(word), max_size=6))
    at = draw(st.integers(0, len(clean)))
    br = draw(st.sampled_from(["()", "（）"]))
    head, tail = clean[:at] + han, clean[at:]
    return head + tail, head + br[0] + sep.join(word) + br[1] + tail


@given(word_annotated())
def test_word_readings_removed_exactly(pair: tuple[str, str]) -> None:
    clean, text = pair
    assert strip_ruby(text) == clean
    assert strip_ruby(clean) == clean


@pytest.mark.parametrize(
    "text",
    ["當當當(" + "zhāng " * 100_000 + ")", "當(zhāng fǔ)" * 30_000, "當當(" + "zhang" * 100_000 + ")"],
)
def test_word_reading_adversarial_finishes(text: str) -> None:
    assert len(strip_ruby(text)) <= len(text)


# the lazy form of the candidates' pattern (its group's repeat ``{0,47}?``), as it stood before
# the repeat was made greedy: a match is the same span, its group the same once stripped
_LAZY_CANDIDATES = re.compile(
    rf"[(（](?<=[{HAN_BLOCKS}][(（]) ?([A-Za-z\u00c0-\u024f\u0300-\u036f]"
    rf"[A-Za-z\u00c0-\u024f\u0300-\u036f1-5' ’]{{0,47}}?) ?[)）]"
)


@given(st.lists(st.sampled_from(["(", "（", ")", "）", " ", "  ", "'", "’", "a", "ā", "zh", "3", "6", "中",
                                 "国", "a" * 47, "é" * 46, "。", "\n"]), max_size=30))
def test_greedy_candidates_match_the_lazy_pattern(parts: list[str]) -> None:
    text = "".join(parts) + "中(a)"  # (an opening bracket in it: what _candidate_matches is called on)
    ours = [(m.span(), m.group(1).strip()) for m in ruby._candidate_matches(text)]
    lazy = [(m.span(), m.group(1).strip()) for m in _LAZY_CANDIDATES.finditer(text)]
    assert ours == lazy


@pytest.mark.parametrize("n", range(45, 51))
@pytest.mark.parametrize("tail", ["", " ", "  ", " ’", "1 "])
@pytest.mark.parametrize("close", [")", "）", "x)"])
def test_greedy_candidates_at_the_length_bound(n: int, tail: str, close: str) -> None:
    # a run near the repeat's bound (a first letter and 47 more), blanks at its end or not
    text = f"中({'a' * n}{tail}{close}"
    ours = [(m.span(), m.group(1).strip()) for m in ruby._candidate_matches(text)]
    lazy = [(m.span(), m.group(1).strip()) for m in _LAZY_CANDIDATES.finditer(text)]
    assert ours == lazy


@pytest.mark.parametrize(("walk", "gap"), [(0, 1), (1, 3), (2, 1_000_000), (16, 256)])
@example(parts=["中", "(", "中", "(", "a", ")", "国", "（", "zh", "）"])
@given(st.lists(st.sampled_from(["(", "（", ")", "）", " ", "a", "ā", "zh", "3", "中", "国", "。", "\n", "x" * 30]),
                max_size=40))
def test_bracket_walk_finds_what_the_scan_finds(walk: int, gap: int, parts: list[str]) -> None:
    # the brackets found by str.find and the pattern tried at each, then the scan past the walk's
    # bound: the matches of the scan over the whole text, wherever the walk hands over
    text = "".join(parts)
    old = ruby._FIND_WALK, ruby._FIND_GAP
    ruby._FIND_WALK, ruby._FIND_GAP = walk, gap
    try:
        for b in "(（":
            ours = [(m.span(), m.group(1)) for m in ruby._matches_from(text, b)]
            scan = [(m.span(), m.group(1)) for m in ruby._candidates_from(b).finditer(text)]
            assert ours == scan
    finally:
        ruby._FIND_WALK, ruby._FIND_GAP = old
