"""Hypothesis strategies and small checks shared by the tests."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import strategies as st

# Frequent simplified characters of official text (our own selection), plus punctuation.
COMMON_HAN = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研质"
)
PUNCT = "，。、；：？！“”《》（）—…"

chinese_text = st.text(
    alphabet=st.sampled_from(COMMON_HAN + PUNCT), min_size=0, max_size=200
)
mixed_text = st.text(
    alphabet=st.sampled_from(COMMON_HAN + PUNCT + "abcXYZ0123456789 ,.%\n"), min_size=0, max_size=300
)
any_text = st.text(max_size=300)


def check_opencc_cases(raw: str) -> int:
    """Assert ``to_simplified`` on every case of an OpenCC ``testcases*.json`` text (trailing
    commas tolerated) for the configs govtext supports; return how many were checked."""
    from govtext.script import CONFIGS, to_simplified

    cases = json.loads(re.sub(r",(\s*[}\]])", r"\1", raw))["cases"]
    n = 0
    for case in cases:
        for config, expected in case["expected"].items():
            if config in CONFIGS:
                assert to_simplified(case["input"], config) == expected, (case["id"], config)
                n += 1
    return n


def load_gen_crawl() -> ModuleType:
    """``scripts/gen_crawl.py`` (not a package module) loaded by path."""
    path = Path(__file__).resolve().parent.parent / "scripts" / "gen_crawl.py"
    spec = importlib.util.spec_from_file_location("gen_crawl", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def blind_params(cases: list[tuple[object, ...]], failing: dict[int, str], prefix: str) -> list[object]:
    """A blind set's cases as pytest params (ids PREFIX00 ...), those in *failing* strict xfails
    with their reasons."""
    out = []
    for i, case in enumerate(cases):
        marks = [pytest.mark.xfail(strict=True, reason=failing[i])] if i in failing else []
        out.append(pytest.param(*case, id=f"{prefix}{i:02d}", marks=marks))
    return out
