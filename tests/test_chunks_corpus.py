"""Chunks of real reports and official documents: every chunk sits in the section its path
names, every section is named by some chunk, and the spans cover the cleaned text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govtext import clean

pytestmark = pytest.mark.corpus

TEN = [
    "2026年广东省政府工作报告", "2026年四川省人民政府工作报告", "2026年贵州省政府工作报告",
    "2026年江西省政府工作报告", "2026年内蒙古自治区政府工作报告", "2022年中华人民共和国国务院政府工作报告",
    "2015年中华人民共和国国务院政府工作报告", "2007年中华人民共和国国务院政府工作报告",
    "1998年中华人民共和国国务院政府工作报告", "1957年中华人民共和国国务院政府工作报告",
]


def _texts(shared: Path) -> dict[str, str]:
    out = {}
    with open(shared / "corpus/chinese-political-corpora/government_work_reports.jsonl", encoding="utf-8") as f:
        out.update((r["title"], r["content"]) for r in map(json.loads, f))
    for p in sorted((shared / "corpus/china-provincial-gov-reports-2026").glob("*.jsonl")):
        with open(p, encoding="utf-8") as f:
            out.update((r["title"], r["full_text"]) for r in map(json.loads, f))
    return out


@pytest.mark.parametrize("max_chars", [300, 800])
def test_ten_reports_chunks_sit_in_their_sections(shared, max_chars):
    texts = _texts(shared)
    for title in TEN:
        r = clean(texts[title])
        cs = r.chunks(max_chars=max_chars)
        assert "".join(r.text[c.start : c.end] for c in cs) == r.text, title
        secs = list(_with_paths(r.outline.sections, ()))
        for c in cs:
            if not c.path:
                continue
            # the chunk lies in (or begins with) the section its path names
            named = [s for s, path in secs if path == c.path]
            assert named, (title, c.path)
            assert any(s.start <= c.start < s.end or c.start <= s.start < c.end for s in named), (title, c.path)
            assert any(s.marker == c.marker and s.number == c.number for s in named)
        for s, path in secs:
            # each heading starts inside a chunk whose path is its own, an ancestor's (short
            # siblings joined) or its first child's (a short heading joined to that child)
            holder = next(c for c in cs if c.start <= s.start < c.end)
            k = min(len(path), len(holder.path))
            assert path[:k] == holder.path[:k], (title, path, holder.path)


def _with_paths(sections, prefix):
    from govtext.chunks import _label

    for s in sections:
        path = (*prefix, _label(s))
        yield s, path
        yield from _with_paths(s.children, path)


def test_report_paths_read_by_hand(shared):
    texts = _texts(shared)
    gd = clean(texts["2026年广东省政府工作报告"]).chunks()
    paths = {c.heading_path for c in gd}
    assert "附件2 名词解释" in paths
    assert any(p.startswith("附件1 2026年省十件民生实事 > 十、") for p in paths)
    assert any(p.startswith("三、2026年工作安排 > （十四）全面加强政府自身建设") for p in paths)
    y98 = {c.heading_path for c in clean(texts["1998年中华人民共和国国务院政府工作报告"]).chunks()}
    assert "二、关于1 9 9 8 年政府工作的建议 > 第八，推进祖国和平统一大业" in y98


def test_official_documents_chunks_carry_title_and_number(shared):
    base = shared / "corpus" / "official-docs"
    for p in sorted(base.glob("*.json")):
        label = json.loads(p.read_text(encoding="utf-8"))
        r = clean(p.with_suffix(".txt").read_text(encoding="utf-8"))
        cs = r.chunks(max_chars=500)
        assert "".join(c.text for c in cs) == r.text
        assert {c.doc_title for c in cs} == {label["title"]}
        assert {c.doc_number for c in cs} == {label["doc_number"]}
