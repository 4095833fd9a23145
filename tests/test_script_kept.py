"""Traditional-only characters in the simplified text that plan_script keeps: those with one
simplified form whatever the context (unambiguous_chars) are converted as OpenCC converts them,
and nothing else of the text is touched."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from govtext import _t2s, script
from govtext.pipeline import clean, normalize
from govtext.script import (
    CONFIGS,
    plan_script,
    simplified_chars,
    simplify_traditional,
    to_simplified,
    traditional_chars,
    unambiguous_chars,
)

from strategies import COMMON_HAN

NAMES = [
    ("据悉，该校校长陳志豪表示，学校将继续加强师资建设。", "据悉，该校校长陈志豪表示，学校将继续加强师资建设。"),
    ("会上，陳志豪、林佳穎分别发言。", "会上，陈志豪、林佳颖分别发言。"),
    ("获奖教师名单：张伟、黃美玲、劉洋。", "获奖教师名单：张伟、黄美玲、刘洋。"),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_a_name_in_traditional_script_in_a_simplified_sentence_is_converted(text: str, expected: str) -> None:
    plan = plan_script(text)
    assert plan.decision == "simplified" and not plan.converted
    for config in CONFIGS:
        if config == "tw2sp" and "黃" in text:  # (tw2sp converts 黃體素 to 孕酮: 黃 is left)
            assert simplify_traditional(text, config) == expected.replace("黄", "黃")
            continue
        assert simplify_traditional(text, config) == expected
    assert normalize(text) == expected
    assert clean(text).signals["script"]["decision"] == "simplified"
    # each name as OpenCC converts it
    assert all(to_simplified(a) == b for a, b in zip(text, expected) if a != b)


def test_characters_simplified_text_keeps_stay() -> None:
    # several candidates (乾, 昇, 於), a phrase keeping it (濛 in a t2s phrase), a form outside
    # the BMP (鱀 -> 𬶨, 暐 -> 𬀩), a form s2t keeps (霑 -> 沾): only 陳 is converted
    text = (
        "会上，陳志豪介绍了乾隆年间的书院、昇腾384超节点集群和濛溪河遗址，"
        "谈到黄霑的歌、沈从文的书、莫尚於中的古训和白鱀豚保护，港铁总监黄琨暐出席。"
    )
    assert simplify_traditional(text) == text.replace("陳", "陈")
    assert normalize(text) == text.replace("陳", "陈")
    for ch in "乾昇於濛鱀暐霑":
        assert ch in traditional_chars() and ch not in unambiguous_chars()
        assert to_simplified(ch) != ch  # (OpenCC's t2s changes each of them)


def test_a_traditional_quotation_in_a_simplified_page_is_converted_as_before() -> None:
    page = "首页 > 新闻中心\n理事长陳志豪说：「這個問題我們會認真處理，請大家放心。」\n严重破坏土地生态环境，黄霑"
    plan = plan_script(page)
    quote = page.index("「") + 1
    assert plan.decision == "mixed"
    assert [(p.start, p.end) for p in plan.converted] == [(quote, page.index("\n", quote) + 1)]
    assert simplify_traditional(page) == (
        "首页 > 新闻中心\n理事长陈志豪说：「这个问题我们会认真处理，请大家放心。」\n严重破坏土地生态环境，黄霑"
    )


def test_a_character_of_a_description_sequence_is_copied_as_it_is() -> None:
    # OpenCC copies an ideographic description sequence verbatim (⿰亻陳 stays)
    text = "这个字写作⿰亻陳，陳志豪说这是异体。"
    assert to_simplified("⿰亻陳") == "⿰亻陳"
    assert plan_script(text).kept_traditional == (text.rindex("陳"),)
    assert simplify_traditional(text) == "这个字写作⿰亻陳，陈志豪说这是异体。"


def test_the_plans_of_the_pipeline_policies_convert_no_kept_character() -> None:
    from govtext.pipeline import Config

    text = "据悉，该校校长陳志豪表示，学校将继续加强师资建设。"
    assert normalize(text, Config(script="never")) == text
    assert normalize(text, Config(script="always")) == to_simplified(text)


@pytest.mark.parametrize("config", CONFIGS)
def test_unambiguous_chars_are_opencc_forms_in_every_context(config: str) -> None:
    table = unambiguous_chars(config)
    assert set(table) <= traditional_chars()
    assert all(len(x) == 1 and ord(x) <= 0xFFFF and x != c for c, x in table.items())
    assert all(to_simplified(c, config) == x for c, x in table.items())
    # every phrase of the config's dictionaries that holds one of them: converted, the
    # character comes out as the table says (where the phrase keeps its length)
    phrases = {
        key for node in _t2s.read_config(config)["conversion_chain"]
        for name in script._files(node["dict"]) for key in _t2s.load_candidates(name)
        if len(key) > 1 and not table.keys().isdisjoint(key)
    }
    assert phrases
    out = to_simplified("\n".join(sorted(phrases)), config).split("\n")
    for key, converted in zip(sorted(phrases), out):
        if len(converted) == len(key):
            assert all(converted[i] == table[c] for i, c in enumerate(key) if c in table), key
    # no text the last stage writes holds one of them (so converting twice changes nothing)
    last = script._files(_t2s.read_config(config)["conversion_chain"][-1]["dict"])
    seen: set[str] = set()
    for name in last:
        entries = _t2s.load_candidates(name)
        for key, values in entries.items():
            if key not in seen:  # (a key an earlier dictionary of the group holds is never read)
                assert table.keys().isdisjoint(values[0]), (name, key)
        seen.update(entries)


@pytest.mark.parametrize("config", CONFIGS)
def test_unambiguous_chars_are_the_official_bindings_forms(config: str) -> None:
    opencc = pytest.importorskip("opencc", reason="the official OpenCC binding is the reference")
    table = unambiguous_chars(config)
    cc = opencc.OpenCC(config)
    # one by one, and side by side (no phrase of theirs converts them otherwise)
    assert cc.convert("\n".join(table)) == "\n".join(table.values())
    assert cc.convert("".join(table)) == "".join(table.values())


def test_unambiguous_chars_numbers() -> None:
    sizes = {config: len(unambiguous_chars(config)) for config in CONFIGS}
    assert sizes == {"t2s": 2807, "tw2s": 2805, "tw2sp": 2568, "hk2s": 2804, "hk2sp": 2761}
    assert len(traditional_chars()) == 4111
    with pytest.raises(ValueError):
        unambiguous_chars("s2t")


# --- property: simplified text with unambiguous traditional characters inserted ---------------

SIMPLIFIED_ONLY = sorted(c for c in "这们说会时对发经进过还给问题现关实质门车东书长" if c in simplified_chars())
PLAIN = "".join(c for c in COMMON_HAN if c not in traditional_chars()) + "，、 0123456789ab"
INSERTED = {config: sorted(unambiguous_chars(config)) for config in CONFIGS}


@st.composite
def simplified_with_insertions(draw: st.DrawFn) -> tuple[str, str, list[int]]:
    """(config, text, positions): passages (cut by 。) of simplified text, each with two
    simplified-only characters at least and at most one unambiguous traditional character
    inserted (so no passage, nor run of them, outweighs the simplified text around it)."""
    config = draw(st.sampled_from(CONFIGS))
    pieces, where, pos = [], [], 0
    for _ in range(draw(st.integers(0, 8))):
        body = draw(st.lists(st.sampled_from(SIMPLIFIED_ONLY), min_size=2, max_size=4))
        body += draw(st.lists(st.sampled_from(PLAIN), max_size=20))
        body = draw(st.permutations(body))
        if draw(st.booleans()):
            at = draw(st.integers(0, len(body)))
            body.insert(at, draw(st.sampled_from(INSERTED[config])))
            where.append(pos + at)
        piece = "".join(body) + "。"
        pieces.append(piece)
        pos += len(piece)
    return config, "".join(pieces), where


@given(simplified_with_insertions())
@example(("t2s", "会上陳志豪发言。", [2]))
def test_inserted_unambiguous_characters_are_converted_as_opencc_and_the_rest_kept(
    case: tuple[str, str, list[int]],
) -> None:
    config, text, where = case
    out = simplify_traditional(text, config)
    assert len(out) == len(text)
    assert [i for i, (a, b) in enumerate(zip(text, out)) if a != b] == where
    assert all(out[i] == to_simplified(text[i], config) for i in where)
    assert plan_script(text).converted == ()
    assert simplify_traditional(out, config) == out
