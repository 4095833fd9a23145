"""govtext.numbers on the shared corpus: cn2an's and JioNLP's own cases, labelled seed facts.

Marked ``corpus``: skipped when ../shared is absent. Pass rates are asserted against the
thresholds of issue 6 and printed (``pytest -s``) for the report.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from govtext._util import read_lexicon
from govtext.numbers import (
    DEFAULT_PROTECTED,
    PartialDate,
    find_numbers,
    numbers_to_digits,
    parse_number,
)
from govtext.ruby import strip_ruby
from govtext.script import to_simplified

pytestmark = pytest.mark.corpus


def _load(shared: Path, rel: str) -> dict:
    return json.loads((shared / "corpus" / rel).read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------------------
# cn2an: cn2an_cases.json ("cases": input/expected/method; "error_cases": input/in_methods).
# Mapping: cn2an's "strict" method -> parse_number(strict=True); "normal"/"smart" ->
# parse_number() (our default accepts both); "direct" (digit-by-digit strings such as '01') is
# compared by numeric value, since parse_number returns numbers, not digit strings.


def _cn2an_value_ok(case: dict) -> bool:
    try:
        got = parse_number(case["input"], strict=case["method"] == "strict")
    except ValueError:
        return False
    exp = case["expected"]
    if isinstance(exp, str):
        return Decimal(str(got)) == Decimal(exp)
    return got == exp


def test_cn2an_value_cases(shared: Path) -> None:
    cases = _load(shared, "cn2an/cn2an_cases.json")["cases"]
    ok = [c for c in cases if _cn2an_value_ok(c)]
    rate = len(ok) / len(cases)
    print(f"cn2an value cases: {len(ok)}/{len(cases)} = {rate:.1%}")
    assert rate >= 0.98, [c["input"] for c in cases if c not in ok]


def test_cn2an_error_cases(shared: Path) -> None:
    cases = _load(shared, "cn2an/cn2an_cases.json")["error_cases"]
    ok = 0
    for c in cases:
        raised = []
        for method in c["in_methods"]:
            try:
                parse_number(c["input"], strict=method == "strict")
                raised.append(False)
            except ValueError:
                raised.append(True)
        ok += all(raised)
    rate = ok / len(cases)
    print(f"cn2an error cases: {ok}/{len(cases)} = {rate:.1%}")
    assert rate >= 0.90


def test_cn2an_transform_cn2an_direction(shared: Path) -> None:
    """transform_cases.json: for the Chinese->Arabic direction our rewrite finds the same values."""
    cases = _load(shared, "cn2an/transform_cases.json")["cases"]
    checked = 0
    for c in cases:
        if c["method"] != "an2cn":
            continue
        # the Chinese text must contain mentions whose values include every number of the input
        # numbers written with a leading zero (012) are codes, not quantities, in our model
        nums = [Decimal(x) for x in re.findall(r"(?<![0-9.])[1-9][0-9]*(?:\.[0-9]+)?|0\.[0-9]+", c["input"])]
        vals = set()
        for m in find_numbers(c["expected"]):
            for v in (m.low, m.high):
                if isinstance(v, (int, float, Decimal)):
                    vals.add(Decimal(str(v)))
                elif isinstance(v, (dt.date, PartialDate)):
                    vals.update(Decimal(x) for x in (v.year, v.month, v.day) if x is not None)
        checked += 1
        missing = [n for n in nums if n not in vals and -n not in vals]
        # fractions (1/2) and temperatures are not single values in our model; allow those
        if "/" not in c["input"] and "℃" not in c["input"]:
            assert not missing, (c["expected"], missing)
    assert checked


# ---------------------------------------------------------------------------------------------
# JioNLP money cases. parse_money_cases: each input is one money expression; expected num
# (a string, or [low, high] for ranges/blurred amounts), case (currency) and definition
# (accurate/blur). Mapping onto our mentions: some mention must have the same low/high (rounded
# to 2 decimals, as JioNLP prints), the same currency (JioNLP defaults to 元 when no currency is
# written; we then leave unit None), and be exact (low == high, approx False) iff "accurate".
# extract_money_cases: the spans of our money mentions (value_kind == "money") must equal the
# expected offsets.

_CURRENCY_WORDS = ("元", "块", "币", "镑", "铢", "卢布", "法郎", "美金")


def _money_case_ok(case: dict) -> bool:
    text, exp = case["input"], case["expected"]
    num = exp["num"]
    lo, hi = (num, num) if isinstance(num, str) else num
    q = Decimal("0.01")
    for m in find_numbers(text):
        if m.unit == exp["case"]:
            cur_ok = True
        else:
            cur_ok = m.unit is None and exp["case"] == "元" and not any(w in text for w in _CURRENCY_WORDS)
        if not cur_ok or not isinstance(m.low, (int, float, Decimal)):
            continue
        vals = Decimal(str(m.low)).quantize(q) == Decimal(lo) and Decimal(str(m.high)).quantize(q) == Decimal(hi)
        exact = not m.approx and m.low == m.high
        if vals and exact == (exp["definition"] == "accurate"):
            return True
    return False


def test_jionlp_money(shared: Path) -> None:
    parse_cases = _load(shared, "jionlp/parse_money_cases.json")["cases"]
    extract_cases = _load(shared, "jionlp/extract_money_cases.json")["cases"]
    ok_parse = [c["input"] for c in parse_cases if _money_case_ok(c)]
    ok_extract = []
    for c in extract_cases:
        got = [(m.start, m.end) for m in find_numbers(c["input"]) if m.value_kind == "money"]
        if got == [tuple(e["offset"]) for e in c["expected"]]:
            ok_extract.append(c["input"])
    total = len(parse_cases) + len(extract_cases)
    rate = (len(ok_parse) + len(ok_extract)) / total
    print(
        f"JioNLP money: parse {len(ok_parse)}/{len(parse_cases)}, "
        f"extract {len(ok_extract)}/{len(extract_cases)}, total {rate:.1%}"
    )
    assert rate >= 0.90


# ---------------------------------------------------------------------------------------------
# seeds: labelled facts (text of the mention, low, high, unit, kind), written by reading the five
# pages (after strip_ruby + to_simplified, the pipeline's order). Every listed fact must be
# found; no protected term may be rewritten.

PD = PartialDate
SEED_FACTS: dict[str, list[tuple]] = {
    "000_70a9692f2f9ec8da.txt": [
        ("2023-01-12 14:55:08", dt.datetime(2023, 1, 12, 14, 55, 8), dt.datetime(2023, 1, 12, 14, 55, 8), None, "date"),
        ("1月11日", PD(None, 1, 11), PD(None, 1, 11), None, "date"),
        ("2021—2025年", 2021, 2025, "年", "range"),
        ("17项", 17, 17, "项", "count"),
        ("六个", 6, 6, "个", "count"),
        ("5年", 5, 5, "年", "duration"),
    ],
    "001_a971dd0ae332b153.txt": [
        ("2023-01-13", dt.date(2023, 1, 13), dt.date(2023, 1, 13), None, "date"),
        ("15个", 15, 15, "个", "count"),
        ("3年", 3, 3, "年", "duration"),
        ("5个以上", 5, 5, "个", "count"),
        ("63%", 63, 63, "%", "percent"),
        ("2022年", 2022, 2022, "年", "year"),
        ("10个", 10, 10, "个", "count"),
        ("17个", 17, 17, "个", "count"),
        ("超50%", 50, 50, "%", "percent"),
        ("2023—2025年", 2023, 2025, "年", "range"),
    ],
    "002_d717998ecc91e6e8.txt": [
        ("2024-03-25 08:28", dt.datetime(2024, 3, 25, 8, 28), dt.datetime(2024, 3, 25, 8, 28), None, "date"),
        ("2023年", 2023, 2023, "年", "year"),
        ("100个", 100, 100, "个", "count"),
        ("20项", 20, 20, "项", "count"),
        ("300个", 300, 300, "个", "count"),
        ("200余个", 200, 300, "个", "count"),
        ("450余万元", 4500000, 4600000, "元", "money"),
        ("100%", 100, 100, "%", "percent"),
        ("近7万", 70000, 70000, None, "integer"),
        ("2021年-2025年", 2021, 2025, "年", "range"),
        ("20个", 20, 20, "个", "count"),
        ("2025年", 2025, 2025, "年", "year"),
        ("30个", 30, 30, "个", "count"),
    ],
    "003_43aa4a4e431becbc.txt": [
        ("2023-07-12", dt.date(2023, 7, 12), dt.date(2023, 7, 12), None, "date"),
        ("21所", 21, 21, "所", "count"),
        ("98%", 98, 98, "%", "percent"),
        ("不低于90%", 90, 90, "%", "percent"),
        ("99%", 99, 99, "%", "percent"),
        ("不低于13.5", 13.5, 13.5, None, "decimal"),
        ("不低于11.6年", 11.6, 11.6, "年", "duration"),
        ("75%以上", 75, 75, "%", "percent"),
        ("低于39%", 39, 39, "%", "percent"),
        ("2023年9月", PD(2023, 9, None), PD(2023, 9, None), None, "date"),
        ("2700个以上", 2700, 2700, "个", "count"),
        ("1-2个", 1, 2, "个", "range"),
        ("1小时", 1, 1, "小时", "duration"),
    ],
    "004_a5a78cb0fb516772.txt": [
        ("2022-10-17 23:48:45", dt.datetime(2022, 10, 17, 23, 48, 45), dt.datetime(2022, 10, 17, 23, 48, 45), None, "date"),
        ("19 所", 19, 19, "所", "count"),
        ("2022 年7 月8 日", dt.date(2022, 7, 8), dt.date(2022, 7, 8), None, "date"),
        ("2238 人", 2238, 2238, "人", "count"),
        ("2022 年8 月26 日至28 日", dt.date(2022, 8, 26), dt.date(2022, 8, 28), None, "range"),
        ("2022—2023 学年度", 2022, 2023, "学年度", "range"),
        ("869 所", 869, 869, "所", "count"),
        ("115所", 115, 115, "所", "count"),
        ("2017-08-22 03:42:46", dt.datetime(2017, 8, 22, 3, 42, 46), dt.datetime(2017, 8, 22, 3, 42, 46), None, "date"),
        ("40%", 40, 40, "%", "percent"),
    ],
}  # fmt: skip

# Strings that must never appear inside a mention (identifiers, set phrases).
SEED_NOT_MENTIONS = ["5855973", "2022005074", "547921607", "13022795", "51140202000112", "二十大", "十四五", "百年大计"]


def _prepared(seeds: dict[str, str]) -> dict[str, str]:
    return {k: to_simplified(strip_ruby(v)) for k, v in seeds.items()}


def test_seed_facts(seeds: dict[str, str]) -> None:
    pages = _prepared(seeds)
    assert set(SEED_FACTS) <= set(pages)
    missing = []
    for name, facts in SEED_FACTS.items():
        ms = find_numbers(pages[name])
        got = {(m.text, m.low, m.high, m.unit, m.kind) for m in ms}
        missing += [(name, f) for f in facts if f not in got]
    assert not missing


_RANGE_RE = re.compile(r"((?:19|20)\d{2})\s?年?\s?(?:—|–|-|~|～|至|到)\s?((?:19|20)\d{2})\s?(年|学年度|学年)")


def test_seed_year_ranges_all_found(seeds: dict[str, str]) -> None:
    """Every '2021—2025年'-style range in the seeds (found by an independent regex) is one mention."""
    found = 0
    for text in _prepared(seeds).values():
        spans = {(m.start, m.end): m for m in find_numbers(text)}
        for r in _RANGE_RE.finditer(text):
            found += 1
            m = spans.get(r.span())
            assert m is not None, r.group()
            assert (m.kind, m.low, m.high, m.value_kind) == ("range", int(r[1]), int(r[2]), "year")
    assert found >= 4


def test_seed_protected_terms_kept(seeds: dict[str, str]) -> None:
    words = DEFAULT_PROTECTED | {w.split(" !")[0] for w in read_lexicon("numbers_nonquantity.txt")}
    for text in _prepared(seeds).values():
        out = numbers_to_digits(text)
        for term in words:
            if term in text:
                assert out.count(term) >= text.count(term), term
        for m in find_numbers(text):
            assert not any(bad in m.text for bad in SEED_NOT_MENTIONS), m


def test_seed_rewrite_examples(seeds: dict[str, str]) -> None:
    out = numbers_to_digits(_prepared(seeds)["000_70a9692f2f9ec8da.txt"])
    assert "等6个方面" in out and "2021—2025年" in out
    out = numbers_to_digits(_prepared(seeds)["004_a5a78cb0fb516772.txt"])
    assert "百年大计" in out and "一是" in out and "第二中学" in out and "用3年的时间" in out


# ---------------------------------------------------------------------------------------------
# real pages: invariants hold on government reports


def test_reports_invariants(shared: Path) -> None:
    path = shared / "corpus" / "chinese-political-corpora" / "government_work_reports.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()[:8]
    for line in lines:
        text = json.loads(line)["content"]
        ms = find_numbers(text)
        assert ms
        for m in ms:
            assert text[m.start : m.end] == m.text
        out = numbers_to_digits(text)
        assert numbers_to_digits(out) == out
        for term in ("二十大", "十四五", "一带一路", "一国两制"):
            assert out.count(term) == text.count(term)
