"""Smoke tests of the benchmark suite: the corpus generator and the runner end to end.

These never assert on speed (that is what the suite reports); they check that the
generator is deterministic, sized and realistic, and that one tiny run writes its outputs.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import regex

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

pytest.importorskip("opencc", reason="the generator converts pages with OpenCC's official binding")

from benchmarks import corpus  # noqa: E402


def test_generator_is_deterministic_for_a_seed() -> None:
    a = [corpus.make_page(7, "crawl", i) for i in range(25)]
    b = [corpus.make_page(7, "crawl", i) for i in range(25)]
    assert a == b
    c = [corpus.make_page(8, "crawl", i) for i in range(25)]
    assert [p["text"] for p in a] != [p["text"] for p in c]
    # a smaller corpus is a prefix of a larger one
    small = corpus.make_docs(30_000, seed=7)
    big = corpus.make_docs(90_000, seed=7)
    assert big[: len(small)] == small


@pytest.mark.parametrize("kind", corpus.KINDS)
def test_generator_produces_the_requested_size(tmp_path: Path, kind: str) -> None:
    target = 150_000
    path = tmp_path / f"{kind}.jsonl"
    n = corpus.write_jsonl(path, target, seed=3, kind=kind)
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]
    assert len(recs) == n > 5
    size = sum(len(r["text"].encode("utf-8")) for r in recs)
    # stops at the first page that reaches the target: at most one page over
    assert target <= size <= target + max(len(r["text"].encode("utf-8")) for r in recs)
    assert size <= target * 1.15
    assert all(r["kind"] == kind and r["text"] for r in recs)
    assert not (tmp_path / f"{kind}.jsonl.tmp").exists()


def test_crawl_contains_every_artifact_kind() -> None:
    pages = list(corpus.iter_sized(2_500_000, seed=1, kind="crawl"))
    seen = {a for p in pages for a in p["artifacts"]}
    assert seen == set(corpus.ARTIFACTS)
    # the label matches what is in the text
    markers = {
        "icp_footer": regex.compile(r"ICP[备備]\d+[号號]"),
        "ruby": regex.compile(r"\p{Han}[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]"),
        "outline": regex.compile(r"(?m)^[\s\u200b]*[一二三四五六七八九十]+、"),
        "lossy": regex.compile(r"锟斤拷|\ufffd|烫烫烫"),
        "navigation": regex.compile(r"首[页頁]|位置"),
        "whitespace": regex.compile(r"[\u3000\xa0]|^ {2,}", regex.M),
        "keyword_spam": regex.compile("|".join(corpus.SPAM + tuple(corpus.s2t(s) for s in corpus.SPAM))),
        "pdf_spacing": regex.compile(r"\d \p{Han}|\p{Han} \p{Han}"),
    }
    damage = {"gbk_mojibake", "latin1_mojibake", "gbk_as_latin1", "big5_mojibake", "lossy"}
    for art, pat in markers.items():
        # a damaged line may hide a marker: check pages without encoding damage
        with_art = [p for p in pages if art in p["artifacts"] and (art == "lossy" or not damage & set(p["artifacts"]))]
        assert with_art, art
        assert all(pat.search(p["text"]) for p in with_art), art
    # realistic proportions: most pages have navigation/footers, a minority is damaged
    share = {a: sum(a in p["artifacts"] for p in pages) / len(pages) for a in seen}
    assert 0.1 < share["traditional"] < 0.3
    assert share["gbk_mojibake"] < 0.15
    assert share["icp_footer"] > 0.5


def test_damage_helpers_reproduce_real_mojibake() -> None:
    assert corpus.utf8_as_gbk("教育部印发通知") == "鏁欒偛閮ㄥ嵃鍙戦€氱煡"
    assert corpus.gbk_as_latin1("中国") == "ÖÐ¹ú"
    assert corpus.utf8_as_latin1("é") == "Ã©"
    assert corpus.cn_int(2023) == "二千零二十三"
    assert corpus.cn_int(10) == "十"
    assert corpus.cn_year(2023) == "二〇二三"


def test_variant_kinds() -> None:
    clean = [corpus.make_page(2, "clean", i) for i in range(20)]
    assert all(set(p["artifacts"]) <= {"outline", "chinese_numerals"} for p in clean)
    trad = [corpus.make_page(2, "traditional", i) for i in range(20)]
    assert all("traditional" in p["artifacts"] for p in trad)
    # the traditional variant is the clean page converted with OpenCC's s2t
    assert [p["text"] for p in trad] != [p["text"] for p in clean]
    damaged = [corpus.make_page(2, "damaged", i) for i in range(20)]
    kinds = {"gbk_mojibake", "latin1_mojibake", "gbk_as_latin1", "big5_mojibake", "lossy"}
    assert all(kinds & set(p["artifacts"]) for p in damaged)
    with pytest.raises(ValueError, match="kind"):
        corpus.make_page(1, "nope", 0)


def test_runner_end_to_end_on_a_tiny_size(tmp_path: Path) -> None:
    from benchmarks import run

    out = tmp_path / "out"
    rc = run.main([
        "--size", "0.03", "--trad-size", "0.02", "--clean-size", "0.02", "--damaged-size", "0.02",
        "--runs", "1", "--min-time", "0", "--no-peer-venv", "--growth-sizes", "0.03,0.06", "--adv-size", "0.004", "--adv-steps", "mojibake,e2e",
        "--jobs", "2", "--out", str(out), "--cache", str(tmp_path / "cache"), "--shared", str(tmp_path / "none"),
    ])
    assert rc == 0
    report = json.loads((out / "benchmarks.json").read_text(encoding="utf-8"))
    names = {(r["set"], r["name"]) for r in report["results"] if r["median_s"] is not None}
    for f in run.ALL_FUNCS:
        assert ("crawl", f) in names, f
    assert ("traditional", "to_simplified") in names
    assert ("clean", "fix_mojibake") in names
    assert ("crawl", run.FLOOR) in names
    for r in report["results"]:
        if r["median_s"] is not None:
            assert r["mb_s"] > 0 and r["docs_s"] > 0 and r["x_scan"] > 0
    assert {t["target"] for t in report["targets"]} >= {
        "normalize vs one regex scan", "t2s vs OpenCC binding, traditional text",
        "fix_mojibake on clean text vs one regex scan",
    }
    assert all(t["status"] in ("PASS", "FAIL", "n/a") for t in report["targets"])
    assert [r["size_mb"] > 0 for r in report["growth"]["rows"]] == [True, True]
    assert len(report["adversarial"]) == len(run.adversarial_inputs(100)) * 3
    assert {r["func"] for r in report["adversarial"]} == {"fix_mojibake", "normalize", "clean"}
    assert [r["jobs"] for r in report["jobs"]["rows"]] == [1, 2]
    assert all(r["cpu_seconds"] > 0 for r in report["jobs"]["rows"])
    cli = {r["what"]: r for r in report["cli_cost"]["rows"]}
    assert set(cli) == {"normalize loop", "clean loop", "CLI --jobs 1", "CLI --jobs 1 --fields all",
                        "CLI --jobs 1, text output", "CLI --jobs 2"}
    assert all(r["cpu_s"] > 0 and r["wall_s"] > 0 for r in cli.values())
    assert "real" not in report["sets"]  # no real pages under --shared: skipped with a message
    md = (out / "benchmarks.md").read_text(encoding="utf-8")
    assert "## Targets" in md and "| **normalize** |" in md
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return
    assert (out / "benchmarks.png").stat().st_size > 1000


def test_runner_on_user_input(tmp_path: Path) -> None:
    from benchmarks import run

    src = tmp_path / "mine.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for p in corpus.iter_sized(20_000, seed=5):
            fh.write(json.dumps({"content": p["text"]}, ensure_ascii=False) + "\n")
        fh.write("not json\n")
    out = tmp_path / "out"
    rc = run.main([
        "--input", str(src), "--field", "content", "--runs", "1", "--min-time", "0", "--no-peers",
        "--steps", "t2s", "--skip", "growth,adversarial,jobs", "--trad-size", "0", "--no-real",
        "--out", str(out), "--cache", str(tmp_path / "cache"),
    ])
    assert rc == 0
    report = json.loads((out / "benchmarks.json").read_text(encoding="utf-8"))
    assert report["sets"]["input"]["docs"] >= 3  # the broken line is skipped, not fatal
    assert set(report["sets"]) == {"input", "clean"}
    assert {r["name"] for r in report["results"] if r["set"] == "input"} == {
        "to_simplified", run.FLOOR, run.SEARCH}


@pytest.mark.corpus
def test_real_pages_are_read_in_place(shared: Path) -> None:
    from benchmarks import run

    docs = run.real_pages(shared)
    # the provincial reports, the news extractor's test pages and the seeds, none empty
    assert len(docs) >= 60 and all(d.strip() for d in docs)
    assert sum(len(d) for d in docs) > 500_000
    assert run.real_pages(shared / "no-such-folder") == []


def test_runner_rejects_bad_options(tmp_path: Path) -> None:
    from benchmarks import run

    for argv in (["--steps", "nope"], ["--skip", "nope"], ["--runs", "0"], ["--min-time", "-1"], ["--input", str(tmp_path / "x")]):
        with pytest.raises(SystemExit):
            run.main(argv)


def test_round_robin_timing() -> None:
    import math
    import time

    from benchmarks.peer_worker import time_round_robin

    order: list[str] = []

    def fast(d: str) -> None:
        order.append("f")

    def slow(d: str) -> None:
        order.append("s")
        time.sleep(0.01)

    def broken(d: str) -> None:
        raise ValueError("no")

    res = time_round_robin({"fast": fast, "slow": slow, "broken": broken}, ["a"], runs=3, min_time=0.06)
    assert isinstance(res["broken"], ValueError)
    fast_times, _ = res["fast"]
    slow_times, _ = res["slow"]
    def passes_a_round(first: float) -> int:  # (the first pass's time decides, as documented)
        return max(1, min(100 // 3, math.ceil(0.06 / 3 / first)))

    # the slow one: 2 passes a round when its first pass takes ~0.01 s, fewer on a busy machine
    assert len(slow_times) == 3 * passes_a_round(slow_times[0]) and sum(slow_times) >= 0.03
    assert len(fast_times) == 3 * passes_a_round(fast_times[0])  # 99 (capped) unless a hiccup
    # the functions take turns: each round holds the passes of both
    timed = "".join(order[2:])  # (after the warm-up passes)
    assert timed.count("fs") >= 2 and timed.count("sf") >= 2


def test_normalize_cost_on_a_small_shared_folder(tmp_path: Path) -> None:
    from benchmarks import normalize_cost

    news = tmp_path / "corpus" / "generalnewsextractor-testpages" / "text"
    news.mkdir(parents=True)
    page = "首页 > 新闻\n教育部印发通知，2022 年启动。\n共有 5 个学校参加。\n"
    (news / "163__8.txt").write_text(page, encoding="utf-8")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("教育質量提升\n" * 20, encoding="utf-8")
    sets = normalize_cost.page_sets(tmp_path)
    assert list(sets) == ["news pages", "crawl mix"]  # absent sets are left out
    assert sets["crawl mix"][0].startswith("教育質量")
    row = normalize_cost.bench_set(sets["news pages"], runs=1)
    assert row["docs"] == 1 and row["normalize_mb_s"] > 0 and row["x_scan"] > 0
    start = normalize_cost.bench_startup(news / "163__8.txt", runs=1)
    for mode in ("warm", "cold"):
        assert start[mode]["import_plus_first_cpu_s"] > 0
        assert start[mode]["process_cpu_s"] >= start[mode]["import_plus_first_cpu_s"]
    md = "\n".join(normalize_cost.markdown({"load": 1.0, "sets": {"news pages": row}, "startup": start}))
    assert "| news pages | 1 |" in md and "| warm |" in md
