"""govtext.datatrove in real datatrove pipelines (LocalPipelineExecutor, JsonlReader -> govtext
steps -> JsonlWriter, two tasks in two worker processes): texts and records equal clean()'s,
drops are counted in datatrove's stats and written by the exclusion writer."""

from __future__ import annotations

import doctest
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govtext
from govtext import Config

pytest.importorskip("datatrove", reason="needs datatrove: pip install 'govtext[datatrove]'")
pytest.importorskip("orjson", reason="datatrove's JSONL reader and writer need orjson")

from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

import govtext.datatrove as gdt

from adapters_common import corpus_pages, example_records

EXTRA = [
    {"id": "all-footer", "text": "版权所有：某市教育局\n京ICP备00000000号"},
    {"id": "seo", "text": "澳门赌场官网,真人百家乐,网上棋牌平台,彩票投注首选\n"
                          "免费在线视频_一区二区三区_最新网址_高清无码\n学校召开安全工作会议"},
    {"id": "pseudo", "text": "推动教育高质量开展，完善实施细那么，加快根底设施建设。"},
]


def record(text: str, parts: frozenset[str] | tuple[str, ...] = gdt.DEFAULT_PARTS,
           config: Config | None = None) -> dict[str, Any]:
    """The govtext record of *text*, built here from Result.to_dict()."""
    d = govtext.clean(text, config).to_dict()
    return {k: v for k, v in d.items() if k == "schema" or k in parts}


def reason(text: str) -> str | None:
    """Why GovtextFilter's defaults drop *text*, computed here from clean()."""
    r = govtext.clean(text)
    if not r.text.strip():
        return "govtext_empty"
    if r.signals["dropped_share_by_rule"].get("seo_spam", 0) > 0.5:
        return "govtext_spam_share"
    if r.signals["pseudo_original"] > 0.5:
        return "govtext_pseudo_original"
    return None


def read_jsonl(folder: Path) -> list[dict[str, Any]]:
    out = []
    for p in sorted(folder.glob("*.jsonl")):
        out += [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line]
    return out


def run_pipeline(tmp: Path, recs: list[dict[str, Any]], steps: list[Any], tasks: int = 2) -> None:
    src = tmp / "in"
    src.mkdir()
    for k in range(tasks):
        with open(src / f"part-{k}.jsonl", "w", encoding="utf-8") as f:
            for r in recs[k::tasks]:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    LocalPipelineExecutor(
        pipeline=[JsonlReader(str(src)), *steps, JsonlWriter(str(tmp / "out"), compression=None)],
        tasks=tasks, workers=tasks, logging_dir=str(tmp / "logs"),
    ).run()


def stats_of(tmp: Path, step_name: str) -> dict[str, int]:
    stats = json.loads((tmp / "logs" / "stats.json").read_text(encoding="utf-8"))
    step = next(s for s in stats if step_name in s["name"])
    return {k: v["total"] if isinstance(v, dict) else v for k, v in step["stats"].items()}


def test_doctests() -> None:
    res = doctest.testmod(gdt, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert res.attempted > 0 and res.failed == 0


def test_executor_cleans_filters_and_keeps_drops(tmp_path: Path) -> None:
    recs = example_records() + EXTRA
    excluded = JsonlWriter(str(tmp_path / "removed"), compression=None)
    run_pipeline(tmp_path, recs, [gdt.GovtextCleaner(), gdt.GovtextFilter(exclusion_writer=excluded)])
    kept = {d["id"]: d for d in read_jsonl(tmp_path / "out")}
    removed = {d["id"]: d for d in read_jsonl(tmp_path / "removed")}
    assert sorted(kept) + sorted(removed) and not set(kept) & set(removed)
    assert set(kept) | set(removed) == {r["id"] for r in recs}  # nothing lost
    want_reasons = {r["id"]: reason(r["text"]) for r in recs}
    assert {i for i, w in want_reasons.items() if w} == set(removed)
    assert {want_reasons[i] for i in removed} == {"govtext_empty", "govtext_spam_share",
                                                  "govtext_pseudo_original"}
    for r in recs:
        out = kept.get(r["id"]) or removed[r["id"]]
        assert out.get("text", "") == govtext.clean(r["text"]).text
        assert out["metadata"]["govtext"] == record(r["text"])
        assert {k: out["metadata"][k] for k in r if k not in ("id", "text")} == {
            k: v for k, v in r.items() if k not in ("id", "text")}  # the record's other fields kept
        if r["id"] in removed:
            assert out["metadata"]["filter_reason"] == want_reasons[r["id"]]
    cleaner, filt = stats_of(tmp_path, "govtext clean"), stats_of(tmp_path, "govtext filter")
    assert cleaner["total"] == len(recs)
    results = [govtext.clean(r["text"]) for r in recs]
    assert cleaner["lines_dropped"] == sum(len(x.dropped) for x in results)
    assert cleaner["lines_dropped_footer"] == sum(x.dropped_by_rule.get("footer", 0) for x in results)
    assert cleaner["chars_removed"] == sum(len(r["text"]) - len(x.text) for r, x in zip(recs, results))
    assert filt["total"] == len(recs) and filt["dropped"] == len(removed)
    assert filt["forwarded"] == len(kept)
    for why in ("govtext_empty", "govtext_spam_share", "govtext_pseudo_original"):
        assert filt[f"dropped_{why}"] == sum(1 for w in want_reasons.values() if w == why)


class EngineBuilds(PipelineStep):
    """Notes in each document how many times its process built the OpenCC engine so far."""

    name = "engine builds"

    def run(self, data: Any, rank: int = 0, world_size: int = 1) -> Any:
        import os

        from govtext import _t2s

        for doc in data:
            doc.metadata["builds"] = [os.getpid(), _t2s.engine.cache_info().misses]
            yield doc


def test_each_worker_builds_its_tables_once(tmp_path: Path) -> None:
    recs = [{"id": f"r{i}", "text": f"第{i}號通知\n學校工作"} for i in range(20)]
    run_pipeline(tmp_path, recs, [gdt.GovtextCleaner(parts=["steps"]), EngineBuilds()])
    builds = [tuple(d["metadata"]["builds"]) for d in read_jsonl(tmp_path / "out")]
    assert len(builds) == 20 and len({pid for pid, _ in builds}) == 2  # two worker processes
    for pid in {p for p, _ in builds}:  # each built the engine once, then reused it: no growth
        counts = {n for p, n in builds if p == pid}
        assert len(counts) == 1 and min(counts) >= 1, counts


def test_all_parts_a_config_and_the_filter_alone(tmp_path: Path) -> None:
    cfg = Config(numbers_to_digits=True)
    recs = example_records()[:8] + EXTRA
    run_pipeline(tmp_path, recs, [
        gdt.GovtextFilter(max_spam_share=None, max_pseudo_original=0.9),  # cleans a copy
        gdt.GovtextCleaner(cfg, parts=gdt.PARTS, metadata_key="gt"),
    ])
    out = {d["id"]: d for d in read_jsonl(tmp_path / "out")}
    assert set(out) == {r["id"] for r in recs} - {"all-footer"}
    for r in recs:
        if r["id"] in out:
            assert out[r["id"]]["text"] == govtext.normalize(r["text"], cfg)
            assert out[r["id"]]["metadata"]["gt"] == record(r["text"], gdt.PARTS, cfg)


def test_cleaner_computes_only_what_it_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = govtext.pipeline.numbers.find_numbers
    monkeypatch.setattr(govtext.pipeline.numbers, "find_numbers", lambda *a, **k: calls.append("n") or real(*a, **k))
    doc = Document(text="关于2024年工作的通知\n一、总体要求\n安排3个项目。", id="n")
    (out,) = gdt.GovtextCleaner().run([doc])  # the default parts: no numbers
    assert calls == [] and "numbers" not in out.metadata["govtext"]
    assert out.metadata["govtext"]["document"]["title"] is not None  # the document is still read
    (out,) = gdt.GovtextCleaner(parts=[*gdt.DEFAULT_PARTS, "numbers"]).run([Document(text=doc.text, id="m")])
    assert calls == ["n"] and out.metadata["govtext"]["numbers"]


def test_steps_leave_other_fields_and_count_bad_text() -> None:
    doc = Document(text="教育質量", id="x", metadata={"url": "http://a.gov.cn/1"})
    (out,) = gdt.GovtextCleaner(parts=["meta"]).run([doc])
    assert out.metadata == {"url": "http://a.gov.cn/1", "govtext": {"schema": 1, "meta": {}}}
    with pytest.raises(TypeError, match="document 'y'"):
        list(gdt.GovtextCleaner().run([Document(text=None, id="y")]))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown govtext part"):
        gdt.GovtextCleaner(parts=["text"])
    with pytest.raises(ValueError, match="max_spam_share"):
        gdt.GovtextFilter(max_spam_share=2)
    with pytest.raises(TypeError, match="config"):
        gdt.GovtextFilter(config={"drop_spam": False})  # type: ignore[arg-type]


@given(st.lists(st.text(max_size=200), max_size=5))
def test_steps_agree_with_clean_on_any_text(texts: list[str]) -> None:
    docs = [Document(text=t, id=str(i)) for i, t in enumerate(texts)]
    cleaner, filt = gdt.GovtextCleaner(), gdt.GovtextFilter()
    out = list(filt.run(cleaner.run(docs)))
    assert [d.id for d in out] == [str(i) for i, t in enumerate(texts) if reason(t) is None]
    for d in docs:  # every document cleaned in place, kept or not
        t = texts[int(d.id)]
        assert d.text == govtext.normalize(t) and d.metadata["govtext"] == record(t)
    again = list(gdt.GovtextCleaner().run([Document(text=d.text, id=d.id) for d in out]))
    assert [d.text for d in again] == [d.text for d in out]  # idempotent
    assert cleaner.stats["total"].total == len(texts) and filt.stats["total"].total == len(texts)


@pytest.mark.corpus
def test_corpus_pages_in_the_executor(shared: Path, tmp_path: Path) -> None:
    pages = corpus_pages(shared)
    recs = [{"id": f"p{i}", "text": t} for i, t in enumerate(pages)]
    run_pipeline(tmp_path, recs, [gdt.GovtextCleaner()])
    out = {d["id"]: d for d in read_jsonl(tmp_path / "out")}
    assert set(out) == {r["id"] for r in recs if govtext.clean(r["text"]).text}
    for r in recs:
        if r["id"] in out:
            assert out[r["id"]]["text"] == govtext.clean(r["text"]).text
            assert out[r["id"]]["metadata"]["govtext"] == record(r["text"])
