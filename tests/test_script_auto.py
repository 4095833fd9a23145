"""simplify_traditional / plan_script: convert what is traditional, keep what is simplified."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import govtext
from govtext import _t2s, script
from govtext.pipeline import Config, clean, normalize
from govtext.script import (
    CONFIGS,
    PASSAGE_ENDS,
    plan_script,
    simplified_chars,
    simplify_traditional,
    to_simplified,
    traditional_chars,
)

from strategies import COMMON_HAN

# Simplified text that OpenCC's t2s damages (the examples of real official documents).
DAMAGED = ["严重破坏土地生态环境", "开工周至至乾县", "昇腾384超节点集群", "濛溪河遗址", "沈思豪", "黄霑"]


@pytest.mark.parametrize("text", DAMAGED)
def test_simplified_text_is_kept(text: str) -> None:
    assert to_simplified(text) != text  # OpenCC changes it...
    for config in CONFIGS:
        assert simplify_traditional(text, config) == text  # ... the auto step does not
    assert normalize(text) == text


def test_simplified_page_with_traditional_names_is_kept() -> None:
    page = "。".join(DAMAGED) + "。\n三星堆、皮洛、濛溪河等遗址先后入选年度“全国十大考古新发现”。"
    plan = plan_script(page)
    assert plan.decision == "simplified" and not plan.converted
    assert simplify_traditional(page) == page


@pytest.mark.parametrize("config", CONFIGS)
def test_traditional_text_is_converted_like_opencc(config: str) -> None:
    text = "北京：17項舉措助力城市副中心教育質量提升。網際網路與資訊科技，記憶體與印表機。"
    assert plan_script(text).decision == "traditional"
    assert simplify_traditional(text, config) == to_simplified(text, config)


def test_mixed_pages() -> None:
    quote = "首页 > 新闻中心\n他说：「這個問題我們會認真處理，請大家放心。」\n严重破坏土地生态环境，黄霑"
    assert simplify_traditional(quote) == (
        "首页 > 新闻中心\n他说：「这个问题我们会认真处理，请大家放心。」\n严重破坏土地生态环境，黄霑"
    )
    assert plan_script(quote).decision == "mixed"
    nav = "您當前的位置：首頁 > 教育動態\n北京：17項舉措助力城市副中心教育質量提升\n首页 | 新闻 | 关于我们 | 联系我们"
    out = simplify_traditional(nav)
    assert out.split("\n") == [
        "您当前的位置：首页 > 教育动态", "北京：17项举措助力城市副中心教育质量提升", nav.split("\n")[2]
    ]
    # a traditional heading inside a simplified text (two traditional-only characters)
    text = "为切实做好暑期学生安全工作，现将有关事项通知如下。\n一、總體要求\n确保学生度过一个平安的假期。"
    assert simplify_traditional(text).split("\n")[1] == "一、总体要求"


def test_traditional_title_in_a_simplified_sentence_is_converted() -> None:
    # a title quoted in 《》 or 〈〉 is a passage of its own: converted when traditional
    for left, right in ("《》", "〈〉"):
        title = f"{left}學校行政手冊{right}"
        text = f"香港特别行政区政府教育局的通告标题为{title}，全文共分十二章。"
        assert simplify_traditional(text) == text.replace(title, to_simplified(title))
    # a simplified title with one traditional-only character in a name stays
    kept = "会上发布了《乾隆年间书院考》，全书分为十二章。"
    assert simplify_traditional(kept) == kept
    # ? stands for a lost 《》 (restore_lost_quotes): the cut is the same before and after
    lost = "通告标题为?學校行政手冊?，全文共分十二章。"
    assert normalize(normalize(lost)) == normalize(lost)
    assert "学校行政手册" in normalize(lost)


def test_where_the_evidence_is_decides() -> None:
    # one traditional-only character tips a passage at the edge of a text, not inside it
    assert simplify_traditional("第1項\n版权所有，京ICP备00000000号") == "第1项\n版权所有，京ICP备00000000号"
    inside = "各区县教育局要把学生安全工作放在首位。第1項。确保学生度过一个平安的假期。"
    plan = plan_script(inside)
    assert plan.decision == "simplified" and not plan.converted
    # (its passage is kept; the one traditional character in it, 項, has one simplified form)
    assert plan.kept_traditional == (inside.index("項"),)
    assert simplify_traditional(inside) == inside.replace("項", "项")


def test_plan_records() -> None:
    assert plan_script("").decision == "none"
    assert plan_script("2024 abc 中文").decision == "none"
    p = plan_script("教育质量")
    assert (p.decision, p.traditional, p.simplified, p.converted) == ("simplified", 0, 1, ())
    p = plan_script("教育質量")
    assert p.decision == "traditional" and [(c.start, c.end) for c in p.converted] == [(0, 4)]
    d = p.to_dict()
    assert d["passages_converted"] == 1 and d["chars_converted"] == 4 and d["reason"]


def test_bad_input() -> None:
    for f in (plan_script, simplify_traditional):
        with pytest.raises(TypeError):
            f(b"x")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            f(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        simplify_traditional("x", "s2t")
    with pytest.raises(ValueError):
        Config(script="sometimes")


def test_character_sets() -> None:
    trad, simp = traditional_chars(), simplified_chars()
    assert trad.isdisjoint(simp)
    assert {"质", "们", "这", "县", "黄"} <= simp
    # both scripts write these: Hong Kong / Taiwan standard forms, or kept by t2s
    assert not {"税", "温", "群", "干", "后", "台", "中", "沈"} & simp
    assert not {"沈", "干", "后", "中"} & trad


@pytest.mark.parametrize("config", CONFIGS)
def test_passage_ends_are_safe_cuts(config: str) -> None:
    # no dictionary key holds a passage end: converting passage by passage equals the whole
    eng = _t2s.engine(config)
    for ch in PASSAGE_ENDS:
        assert eng.cut_fwd.fullmatch(ch), (config, ch)


def test_ideographic_description_sequences_decide_for_the_whole() -> None:
    text = "⿰氵。這個問題我們會認真處理。严重破坏土地生态环境"
    plan = plan_script(text)
    assert plan.converted in ((), (script.Passage(0, len(text), plan.traditional, plan.simplified),))


def test_pipeline_policy_and_signals() -> None:
    text = "严重破坏土地生态环境，周至至乾县"
    r = clean(text)
    assert r.text == text
    assert r.signals["script"]["decision"] == "simplified"
    assert normalize(text, Config(script="always")) == to_simplified(text)
    assert normalize("教育質量", Config(script="never")) == "教育質量"
    r = clean("教育質量", Config(script="never"))
    assert r.text == "教育質量" and r.signals["script"]["decision"] == "never"
    r = clean("教育質量")
    assert r.text == "教育质量" and r.signals["script"]["decision"] == "traditional"
    assert clean("教育質量", Config(to_simplified=False)).signals["script"]["decision"] == "off"


# --- properties ------------------------------------------------------------------------------

TRAD = "質們這個問題會認真處理請大家放心當前頁動態舉措網際資訊記憶體與印表機乾隆昇霑"
SIMP = "质们这个问题会认真处理请大家放心当前页动态举措网际资讯记忆体与印表机坏黄县腾"
ALPHABET = COMMON_HAN[:60] + TRAD + SIMP + "，。、“”「」！？ \n0123456789ab⿰"
mixed = st.text(alphabet=st.sampled_from(ALPHABET), max_size=300)


def _without(chars: frozenset[str]):  # type: ignore[no-untyped-def]
    return mixed.map(lambda t: "".join(c for c in t if c not in chars))


@given(_without(traditional_chars()))
def test_text_without_traditional_characters_is_kept(text: str) -> None:
    assert simplify_traditional(text) == text


@given(_without(simplified_chars()), st.sampled_from(CONFIGS))
@example("一坏", "t2s")
def test_text_without_simplified_characters_is_converted_whole(text: str, config: str) -> None:
    # text with traditional characters and no simplified ones; text with neither (一坏) is
    # kept, as test_text_without_traditional_characters_is_kept says
    if traditional_chars().isdisjoint(text):
        assert simplify_traditional(text, config) == text
    else:
        assert simplify_traditional(text, config) == to_simplified(text, config)


def test_text_of_characters_both_scripts_use_is_kept() -> None:
    # 坏 (bad) is simplified, and in OpenCC's tables also a traditional form of 坯: t2s turns
    # 一坏 into 一坯, which is right only in traditional text; with no traditional character,
    # 一坏 is ordinary simplified text and stays
    assert "坏" not in traditional_chars() and "坏" not in simplified_chars()
    assert to_simplified("一坏") == "一坯"
    assert simplify_traditional("一坏") == "一坏"
    assert simplify_traditional("這一坏") == to_simplified("這一坏")


def _kept_as_planned(text: str, config: str) -> str:
    """*text* outside the plan's converted stretches with each character at kept_traditional
    that unambiguous_chars lists converted, else as it was."""
    lone = dict.fromkeys(plan_script(text).kept_traditional)
    table = script.unambiguous_chars(config)
    return "".join(table.get(c, c) if i in lone else c for i, c in enumerate(text))


@given(mixed, st.sampled_from(CONFIGS))
def test_idempotent_and_kept_text_untouched(text: str, config: str) -> None:
    plan = plan_script(text)
    once = simplify_traditional(text, config)
    assert simplify_traditional(once, config) == once
    # outside the converted stretches, the text is as it was but for the traditional-only
    # characters unambiguous_chars lists (each as it lists it); inside, as OpenCC gives it
    kept = _kept_as_planned(text, config)
    pos = 0
    rebuilt = []
    for p in plan.converted:
        assert 0 <= pos <= p.start < p.end <= len(text)
        rebuilt += [kept[pos : p.start], to_simplified(text[p.start : p.end], config)]
        pos = p.end
    assert "".join([*rebuilt, kept[pos:]]) == once
    # kept_traditional: every traditional-only character outside the converted stretches and
    # outside the description sequences OpenCC copies as they are
    inside = {i for p in plan.converted for i in range(p.start, p.end)}
    inside.update(i for a, b in _t2s.ids_spans(text) for i in range(a, b))
    trad = traditional_chars()
    expected = [i for i, c in enumerate(text) if c in trad and i not in inside]
    if plan.decision in ("simplified", "mixed"):
        assert list(plan.kept_traditional) == expected
    else:
        assert plan.kept_traditional == ()


@given(st.lists(st.text(alphabet=st.sampled_from(ALPHABET.replace("⿰", "")), max_size=40), max_size=8))
def test_cutting_at_passage_ends_commutes_with_opencc(pieces: list[str]) -> None:
    text = "。".join(pieces)
    for config in CONFIGS:
        assert to_simplified(text, config) == "。".join(to_simplified(p, config) for p in pieces)


@pytest.mark.parametrize(
    "text",
    [
        "。" * 200_000,
        "這" * 100_000 + "这" * 100_000,
        ("這。这。" * 50_000),
        "\n".join(["首页 > 新闻", "這個問題"] * 20_000),
    ],
)
def test_adversarial_inputs_finish(text: str) -> None:
    out = simplify_traditional(text)
    assert len(out) == len(text)


def test_public_names() -> None:
    assert govtext.script.simplify_traditional is simplify_traditional


@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4)).filter(lambda ts: ts != (0, 0)), max_size=40))
@example([(0, 1), (1, 0), (0, 1)])
@example([(1, 0), (0, 2)])
@example([(0, 2), (2, 0), (0, 2)])
def test_a_passage_proof_of_all_simplified_is_the_labelling(counts: list[tuple[int, int]]) -> None:
    # script._none_outweighs (_evidence's shortcut past the labelling) holds only where
    # _label labels every passage simplified, whatever the ties
    import numpy as np

    spans = [script._Span(i, i + 1, t, s) for i, (t, s) in enumerate(counts)]
    if script._none_outweighs(np.array([t - s for t, s in counts], dtype=np.intp)):
        assert not any(script._label(spans))


@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4)).filter(lambda ts: ts != (0, 0)), min_size=1, max_size=40))
@example([(0, 1), (0, 1), (1, 0), (0, 1)])
@example([(2, 0), (0, 1), (0, 1), (2, 0)])
@example([(1, 0), (0, 1), (1, 1), (0, 2), (0, 1)])
def test_a_run_of_passages_without_traditional_characters_is_labelled_as_one(counts: list[tuple[int, int]]) -> None:
    # script._simplified_runs (in _evidence) makes each such run one passage: the labelling
    # and the plan's conversions are those of the passages one by one, ties included
    import numpy as np

    n = len(counts)
    starts, ends = np.arange(n) * 3 + 1, np.arange(n) * 3 + 3  # (passages without evidence between)
    t, s = (np.array(c, dtype=np.intp) for c in zip(*counts))
    spans = [script._Span(a, b, x, y) for a, b, x, y in zip(starts.tolist(), ends.tolist(), *zip(*counts))]
    runs = list(map(script._Span._make, zip(*script._simplified_runs(starts, ends, t, s))))
    labels, run_labels = script._label(spans), script._label(runs)
    assert labels == [lab for r, lab in zip(runs, run_labels) for p in spans if r.start <= p.start < r.end]
    if any(labels) and not all(labels):
        text = "x" * (3 * n + 2)
        total = (int(t.sum()), int(s.sum()))
        where = np.zeros(len(text), dtype=bool)
        where[starts] = t > 0  # (a traditional-only character at each passage's start that has one)
        assert script._mixed(text, spans, labels, *total, where.copy()) == script._mixed(
            text, runs, run_labels, *total, where.copy()
        )
