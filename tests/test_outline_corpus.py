"""split_outline on real documents in ../shared (laws, government work reports, seeds).

The expected outlines are derived here independently of govtext.outline, with simple strict
rules over the source layout:

* laws (Markdown): every line that starts with 第…条 (optionally 之…) is an article, except in
  the new wording an amendment prints without quotation marks (after a line ending in ： that
  says 改为 or 作为第…, up to the amendment's own next article);
* reports: lines that start with 一、 二、 … and are short heading lines (at most 50 characters
  after the marker, not ending in 。 or ；) are top-level headings; the expected top level is
  their first unbroken run 一, 二, 三, …
"""

from __future__ import annotations

import bisect
import json
import re
from pathlib import Path

import pytest

from govtext.outline import split_outline

pytestmark = pytest.mark.corpus

_CN = "零〇一二三四五六七八九十百千两"
_ARTICLE = re.compile(rf"(?m)^第([{_CN}]+)条(?:之([{_CN}]+))?")
_TOP = re.compile(r"(?m)^[ \t\u3000]*([一二三四五六七八九十]{1,2})、([^\n]*)$")


def _value(s: str) -> int:
    """Chinese numeral to int, written independently of the module under test."""
    d = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
         "八": 8, "九": 9}
    total, digit = 0, None
    for ch in s:
        if ch in d:
            digit = d[ch]
        else:
            unit = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (1 if digit is None else digit) * unit
            digit = None
    return total + (digit or 0)


def _laws(shared: Path) -> list[tuple[str, str]]:
    base = shared / "corpus" / "lawrefbook-laws"
    out = []
    with open(base / "MANIFEST.jsonl", encoding="utf-8") as f:
        for line in f:
            path = json.loads(line)["path"]
            out.append((path, (base / path).read_text(encoding="utf-8")))
    return out


def _reports(shared: Path) -> list[tuple[str, str]]:
    out = []
    with open(shared / "corpus/chinese-political-corpora/government_work_reports.jsonl", encoding="utf-8") as f:
        out += [(r["title"], r["content"]) for r in map(json.loads, f)]
    for p in sorted((shared / "corpus/china-provincial-gov-reports-2026").glob("*.jsonl")):
        with open(p, encoding="utf-8") as f:
            out += [(r["title"], r["full_text"]) for r in map(json.loads, f)]
    return out


def _expected_articles(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    quoting = False  # inside an amendment's new wording: its articles are the amended law's
    for line in text.split("\n"):
        m = _ARTICLE.match(line)
        if m:
            n, sub = _value(m.group(1)), _value(m.group(2)) if m.group(2) else 0
            if not quoting or (out and n == out[-1][0] + 1):
                out.append((n, sub))
                quoting = False
        if line.rstrip().endswith("：") and ("改为" in line or "作为第" in line):
            quoting = True
    return out


def _expected_top(text: str) -> list[int]:
    out: list[int] = []
    for num, rest in _TOP.findall(text):
        rest = rest.strip()
        if not rest or len(rest) > 50 or rest.endswith(("。", "；")):
            continue
        n = _value(num)
        if n == len(out) + 1:
            out.append(n)
        elif out:
            break
    return out


@pytest.fixture(scope="module")
def laws(shared: Path) -> list[tuple[str, str]]:
    return _laws(shared)


@pytest.fixture(scope="module")
def reports(shared: Path) -> list[tuple[str, str]]:
    return _reports(shared)


def test_laws_articles_are_exactly_the_line_start_articles(laws):
    assert len(laws) > 500
    exact = sequential = sequential_exact = 0
    misses = []
    for path, text in laws:
        o = split_outline(text)
        assert o.to_text() == text, path
        expected = _expected_articles(text)
        found = [(s.number, s.sub) for s in o.walk() if s.family == "tiao"]
        is_seq = bool(expected) and expected == [(i, 0) for i in range(1, len(expected) + 1)]
        sequential += is_seq
        if found == expected:
            exact += 1
            sequential_exact += is_seq
        else:
            misses.append(path)
        # every article is an Outline section whose marker is the literal text
        for s in o.walk():
            assert text[s.start : s.end] == s.to_text()
    print(f"\nlaws: {exact}/{len(laws)} exact article sequence; "
          f"{sequential_exact}/{sequential} of the laws numbered 第一条…第N条; misses: {misses[:5]}")
    assert exact / len(laws) >= 0.95
    assert sequential_exact / sequential >= 0.95


def test_law_hierarchy_chapters_above_articles(laws):
    # where a law has chapters, every article sits inside a chapter (at a deeper level)
    checked = 0
    for path, text in laws:
        if not re.search(r"(?m)^#+ 第[一二三四五六七八九十百]+章", text):
            continue
        o = split_outline(text)
        chapters = [s for s in o.walk() if s.family == "zhang"]
        if not chapters:
            continue
        first = chapters[0].start
        for s in o.walk():
            if s.family == "tiao" and s.start > first:
                assert s.level > chapters[0].level, path
        checked += 1
    assert checked > 100


def test_reports_top_level_is_the_numbered_parts(reports):
    assert len(reports) > 90
    good = 0
    misses = []
    for title, text in reports:
        o = split_outline(text)
        assert o.to_text() == text, title
        expected = _expected_top(text)
        top = [s for s in o.sections if s.family != "annex"]  # appendices are branches of their own
        if expected:
            ok = [s.number for s in top] == expected and all(s.family == "cn" for s in top)
        else:
            ok = all(s.family != "cn" for s in top)
        good += ok
        if not ok:
            misses.append(title)
    print(f"\nreports: {good}/{len(reports)} exact top level; misses: {misses}")
    assert good / len(reports) >= 0.90


def test_round_trip_on_every_corpus_document(shared, seeds):
    texts = [t for _, t in _reports(shared)] + list(seeds.values())
    with open(shared / "corpus/chinese-political-corpora/cpc_congress_reports.jsonl", encoding="utf-8") as f:
        texts += [json.loads(line)["content"] for line in f]
    texts += [p.read_text(encoding="utf-8") for p in sorted((shared / "corpus/generalnewsextractor-testpages/text").glob("*"))
              if p.is_file()]
    for t in texts:
        o = split_outline(t)
        assert o.to_text() == t
        for s in o.walk():
            assert t[s.start : s.end] == s.to_text()


def test_seed_003_run_together_outline(seeds):
    name = next(n for n in seeds if n.startswith("003_"))
    text = seeds[name]
    o = split_outline(text)
    assert o.to_text() == text
    assert [s.marker for s in o.sections] == ["一、", "二、", "三、"]
    measures = o.sections[2]
    assert measures.title.strip() == "主要措施"
    subs = measures.children
    assert [(s.number, s.family) for s in subs] == [(1, "cn_paren"), (2, "cn_paren"), (3, "cn_paren")]
    assert [s.marker for s in subs] == ["一", "二", "三"]  # brackets lost in the crawl
    assert [len(s.children) for s in subs] == [2, 4, 6]
    for s in subs:
        assert [c.number for c in s.children] == list(range(1, len(s.children) + 1))
        assert all(c.family == "arabic" for c in s.children)
    assert subs[0].children[0].marker == "1"  # "1强化…": punctuation lost
    assert subs[1].children[0].marker == "1."
    # the page-chunk numbers (lines starting 1、 … 16、) are never headings
    chunk_starts = {m.start() for m in re.finditer(r"(?m)^\d+、", text)}
    assert len(chunk_starts) >= 10
    assert not chunk_starts & {s.start for s in o.walk()}


# --------------------------------------------------------------------------- issue #20 cases


def _report(reports, title):
    return next(t for name, t in reports if name == title)


def test_reports_di_family_1998(reports):
    t = _report(reports, "1998年中华人民共和国国务院政府工作报告")
    o = split_outline(t)
    di = [s for s in o.walk() if s.family == "di"]
    assert [s.number for s in di] == [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 6, 7, 8]
    # the second run sits under 二、 (the tasks), not folded into another heading
    second = o.sections[1]
    assert second.marker == "二、" and [c.number for c in second.children] == list(range(1, 9))
    assert second.children[0].title.startswith("进一步稳定和加强农业")


def test_reports_appendices_guangdong_sichuan(reports):
    gd = split_outline(_report(reports, "2026年广东省政府工作报告"))
    annex = [s for s in gd.sections if s.family == "annex"]
    assert [a.marker for a in annex] == ["附件1", "附件2"]
    assert [c.number for c in annex[0].children] == list(range(1, 11))
    assert [c.number for c in annex[1].children] == list(range(1, 14))
    last_body = [s for s in gd.sections if s.family == "cn"][-1]
    assert all(d.family != "arabic" for d in last_body.walk())
    sc = split_outline(_report(reports, "2026年四川省人民政府工作报告"))
    glossary = [s for s in sc.sections if s.family == "annex"]
    assert len(glossary) == 1 and [c.number for c in glossary[0].children] == list(range(1, 21))


def test_reports_inline_list_guizhou(reports):
    o = split_outline(_report(reports, "2026年贵州省政府工作报告"))
    assert not [s for s in o.walk() if s.family == "ar_paren"]
    assert [s.number for s in o.sections[2].children] == list(range(1, 9))


def test_laws_sub_books_article_lists_appendix_footnote(laws):
    texts = dict(laws)
    contract = split_outline(texts["民法典/合同编.md"])
    assert [s.number for s in contract.walk() if s.family == "fenbian"] == [1, 2, 3]
    criminal = split_outline(texts["刑法/刑法.md"])
    art78 = next(s for s in criminal.walk() if s.family == "tiao" and s.number == 78)
    assert [c.number for c in art78.children] == [1, 2, 3, 4, 5, 6, 1, 2, 3]
    annex = [s for s in criminal.sections if s.family == "annex"]
    assert [a.marker for a in annex] == ["附件一", "附件二"]
    assert [c.number for c in annex[1].children] == list(range(1, 9))
    assert not [s for s in criminal.walk() if s.family == "circled"]


def _label_items(secs, line_starts, in_article=False):
    """(number, line) of sections as the official-docs labels count them: 章/条 but not the 项
    inside an article, and no appendix branch."""
    for s in secs:
        if s.family != "annex" and not in_article:
            yield (s.number, bisect.bisect_right(line_starts, s.start))
        yield from _label_items(s.children, line_starts, in_article or s.family == "tiao")


def test_official_docs_outline_headings(shared):
    base = shared / "corpus" / "official-docs"
    exact = 0
    labels = sorted(base.glob("*.json"))
    for p in labels:
        label = json.loads(p.read_text(encoding="utf-8"))
        text = p.with_suffix(".txt").read_text(encoding="utf-8")
        o = split_outline(text)
        assert o.to_text() == text
        line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

        exact += list(_label_items(o.sections, line_starts)) == [(x["number"], x["line"]) for x in label["outline"]]
    print(f"\nofficial docs: outline exact on {exact}/{len(labels)}")
    assert exact >= 0.9 * len(labels)
