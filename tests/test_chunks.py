"""Tests for govtext.chunks: sections for retrieval with their heading paths."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtext import Config, clean
from govtext.chunks import Chunk, chunk_sections
from govtext.outline import split_outline

from strategies import any_text, mixed_text

DOC = (
    "关于推进县域普通高中发展的实施意见\n各县（市、区）教育局：\n"
    "一、总体要求\n（一）指导思想。坚持立德树人。\n（二）主要目标。到2025年，县中整体办学水平显著提升。\n"
    "二、主要任务\n（一）优化资源配置\n1.扩大优质资源。新建改扩建一批学校。\n2.加强师资建设。补足编制。\n"
    "（二）深化课程改革\n" + "全面落实国家课程方案，推进育人方式改革。" * 12 + "\n"
    "三、组织保障\n加强领导。\n"
)


def check_cover(text: str, chunks: list[Chunk]) -> None:
    assert "".join(text[c.start : c.end] for c in chunks) == text
    pos = 0
    for c in chunks:
        assert c.start == pos and c.end > c.start
        assert c.text == text[c.text_start : c.end] and c.text_start <= c.start
        pos = c.end


def test_paths_follow_the_outline():
    cs = chunk_sections(DOC, max_chars=120, min_chars=20)
    check_cover(DOC, cs)
    paths = [c.heading_path for c in cs]
    assert paths[0] == ""
    assert "二、主要任务 > （二）深化课程改革" in paths
    assert "二、主要任务 > （一）优化资源配置 > 1.扩大优质资源" in paths
    deep = next(c for c in cs if c.heading_path.endswith("1.扩大优质资源"))
    assert (deep.level, deep.marker, deep.number, deep.family) == (3, "1.", 1, "arabic")
    # the long section is cut at sentence ends, never inside a sentence
    long = [c for c in cs if c.heading_path == "二、主要任务 > （二）深化课程改革"]
    assert len(long) >= 3
    for c in long:
        assert len(c.text) <= 120
        assert c.text.endswith(("。", "\n")) or c is long[-1]


def test_short_heading_joins_its_first_child():
    cs = chunk_sections(DOC, max_chars=120, min_chars=20)
    first = next(c for c in cs if "二、主要任务" in c.text)
    # 二、主要任务 alone is too short: it joins （一）优化资源配置 and takes the child's path
    assert first.text.startswith("二、主要任务\n（一）优化资源配置")
    assert first.path[-1].startswith("（一）优化资源配置") or first.path[-1].startswith("1.")


def test_overlap_prefixes_whole_sentences_of_the_same_section():
    cs = chunk_sections(DOC, max_chars=60, overlap=25, min_chars=10)
    check_cover(DOC, cs)
    cont = [c for c in cs if c.text_start < c.start]
    assert cont
    for c in cont:
        assert c.start - c.text_start <= 25
        assert DOC[c.text_start - 1] in "。\n"  # begins at a sentence start


def test_result_chunks_carry_title_and_doc_number_and_back_matter_is_apart():
    t = ("国务院关于加强监管的意见\n国发〔2019〕5号\n各省人民政府：\n一、总体要求\n坚持全面覆盖。\n"
         "二、保障措施\n加强组织领导，确保落到实处。\n国务院\n2019年1月27日\n（此件公开发布）\n")
    r = clean(t)
    cs = r.chunks(max_chars=200, min_chars=0)
    check_cover(r.text, cs)
    assert {c.doc_title for c in cs} == {"国务院关于加强监管的意见"}
    assert {c.doc_number for c in cs} == {"国发〔2019〕5号"}
    assert cs[-1].path == () and cs[-1].text.startswith("国务院\n2019年1月27日")
    assert cs[-2].heading_path == "二、保障措施"
    d = cs[-2].to_dict()
    assert d["path"] == ["二、保障措施"] and json.dumps(d, ensure_ascii=False)


def test_law_and_appendix_paths():
    law = "# 某某条例\n## 第一章 总则\n第一条 为了规范，制定本条例。\n第二条 本条例适用于全省。\n"
    paths = [c.heading_path for c in chunk_sections(law, min_chars=0)]
    assert paths == ["", "第一章 总则", "第一章 总则 > 第一条", "第一章 总则 > 第二条"]
    t = "一、工作\n正文。\n附件2\n名词解释\n1.“两重”：重大战略。\n"
    assert chunk_sections(t, min_chars=0)[-1].heading_path == "附件2 名词解释 > 1.“两重”"


def test_bad_arguments():
    with pytest.raises(ValueError):
        chunk_sections("一、总则\n", max_chars=0)
    with pytest.raises(ValueError):
        chunk_sections("一、总则\n", overlap=-1)
    with pytest.raises(ValueError):
        chunk_sections("一、总则\n", outline=split_outline("二、别的\n"))
    with pytest.raises(TypeError):
        chunk_sections(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Config(chunk_chars=-1)


@given(st.one_of(any_text, mixed_text, st.sampled_from([DOC, DOC * 3])), st.integers(1, 300),
       st.integers(0, 80), st.one_of(st.none(), st.integers(0, 100)))
def test_chunks_cover_the_text_exactly_once_in_order(text, max_chars, overlap, min_chars):
    cs = chunk_sections(text, max_chars=max_chars, overlap=overlap, min_chars=min_chars)
    check_cover(text, cs)
    o = split_outline(text)
    assert o.to_text() == text
    starts = {s.start: s for s in o.walk()}
    for c in cs:
        if c.path:
            assert c.marker is not None
        # a chunk longer than max_chars is a single sentence (whitespace around it apart: back
        # matter that is only a line break joins the last chunk)
        inner = text[c.start : c.end].strip()
        if len(inner) > max_chars and not any(c.start < s < c.end for s in starts):
            assert sum(inner.count(p) for p in "。！？；!?;") <= 1 or "\n" not in inner


@given(st.sampled_from([DOC]), st.integers(20, 400))
def test_chunks_of_the_same_text_are_stable(text, max_chars):
    assert chunk_sections(text, max_chars=max_chars) == chunk_sections(text, max_chars=max_chars)


def test_cli_chunks(tmp_path):
    from govtext.cli import main

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": DOC}, ensure_ascii=False) + "\n"
                   + json.dumps({"id": 2, "text": ""}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(src), "-o", str(out), "--chunks", "150", "-q"]) == 0
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["id"] for r in recs} == {1}
    assert [r["govtext"]["chunk_index"] for r in recs] == list(range(len(recs)))
    assert "".join(r["text"] for r in recs) == clean(DOC).text
    assert any(r["govtext"]["chunk"]["heading_path"] == "二、主要任务 > （二）深化课程改革" for r in recs)


def test_heading_path_of_titles_that_span_lines():
    # a marker alone on its line, a title cut inside 《…》, an appendix name under its marker
    t = ("前言：\n第一、\n坚持自力更生\n正文。\n第二、\n关于《\n农田水利条例》的执行\n正文。\n"
         "附件2\n名词解释\n1.甲：乙。\n")
    paths = [c.heading_path for c in chunk_sections(t, min_chars=0)]
    assert paths == ["", "第一、坚持自力更生", "第二、关于《农田水利条例》的执行", "附件2 名词解释",
                     "附件2 名词解释 > 1.甲"]


def test_a_split_section_leaves_no_short_remainder():
    # ten sentences of 44 characters under one heading, pieces of at most 400: a greedy cut
    # would leave two sentences (88 characters) alone; the two pieces share the text instead
    sentence = "加强农田水利建设，提高粮食综合生产能力，确保重要农产品稳定供给和农民持续增收与乡村振兴。"
    assert len(sentence) == 44
    t = "一、目标\n" + sentence * 10
    cs = chunk_sections(t, max_chars=400, min_chars=0)
    assert "".join(t[c.start : c.end] for c in cs) == t
    sizes = [c.end - c.start for c in cs]
    assert max(sizes) <= 400 and min(sizes) >= 100, sizes
    assert all(t[c.end - 1] == "。" for c in cs)
    # one sentence longer than max_chars, then a short one: no sentence end to cut at inside the
    # long one, so the short remainder is left alone (as the module docstring says)
    long_one = "，".join(["加强农田水利建设"] * 60) + "。"
    t = "一、目标\n" + long_one + "其余另行通知。"
    cs = chunk_sections(t, max_chars=400, min_chars=0)
    assert [t[c.start : c.end] for c in cs][-2:] == [long_one, "其余另行通知。"]


def _article(n: str, items: list[str]) -> str:
    return f"第{n}条 有下列情形之一的，由主管部门责令限期改正：\n" + "".join(items)


def test_a_tiny_last_item_joins_the_chunk_before_it_under_the_same_article():
    # （三） is too short to be worth a chunk, and 第四条 (another top-level section) cannot take it
    items = ["（一）未按规定建立档案并定期向社会公开年度工作情况的；\n",
             "（二）擅自改变场地用途、出租出借设施设备或者以其他方式挪作他用，"
             "经督促仍拒不纠正并造成恶劣影响、引发群众集中投诉的；\n",
             "（三）其他情形。\n"]
    text = _article("三", items) + "第四条 本办法由市教育局负责解释，" + "并根据实施情况适时修订。" * 4 + "\n"
    cs = chunk_sections(text, max_chars=200, min_chars=80)
    check_cover(text, cs)
    holder = next(c for c in cs if "（三）其他情形" in c.text)
    assert holder.text.startswith("第三条") and holder.text.endswith(items[1] + items[2])
    assert holder.heading_path == "第三条"
    assert cs[-1].heading_path == "第四条"
    # with a lower bar for standing alone the item keeps a chunk (and its path) of its own
    alone = chunk_sections(text, max_chars=200, min_chars=32)  # (under 8 characters)
    assert any(c.text == items[2] and c.heading_path == "第三条 > （三）其他情形" for c in alone)


def test_short_top_level_sections_and_lone_headings_do_not_join_backwards():
    # a law without chapters: every article is top level and keeps its own chunk, however short
    law = "第一条 为了规范校车安全管理，保障乘车学生的人身安全，根据有关法律，制定本条例。\n第二条 本条例自公布之日起施行。\n"
    assert [c.heading_path for c in chunk_sections(law, max_chars=200, min_chars=80)] == ["第一条", "第二条"]
    # a heading too long to join its first child (the pair would pass max_chars) stays apart:
    # it belongs to what follows it, not to the section before
    t = "一、回顾\n" + "成绩来之不易。" * 8 + "\n二、安排\n（一）扩大内需。" + "促进消费。" * 30 + "\n"
    cs = chunk_sections(t, max_chars=160, min_chars=40)
    check_cover(t, cs)
    assert any(c.text == "二、安排\n" and c.heading_path == "二、安排" for c in cs)


def test_markdown_heading_marks_go_with_their_heading():
    law = ("# 某市校外教育条例\n\n## 第一章 总则\n\n第一条 为了促进校外教育，制定本条例。\n\n"
           "## 第二章 附则\n\n　　第二条 本条例自公布之日起施行。\n")
    cs = chunk_sections(law, min_chars=0)
    check_cover(law, cs)
    assert [c.text.split("\n")[0] for c in cs] == ["# 某市校外教育条例", "## 第一章 总则", "第一条 为了促进校外教育，制定本条例。",
                                                  "## 第二章 附则", "　　第二条 本条例自公布之日起施行。"]
    assert not any(c.text.rstrip().endswith("#") for c in cs)
    assert [c.heading_path for c in cs][1:] == ["第一章 总则", "第一章 总则 > 第一条", "第二章 附则", "第二章 附则 > 第二条"]


def test_title_line_break_pattern_is_linear_on_blank_runs() -> None:
    """A line break inside a section title is joined away with the blanks around it; the
    pattern was tried from every blank of a run (each reading to the run's end: a title with
    100,000 blanks took 9 s), now from a run's first blank."""
    import time

    from govtext.chunks import _inner_break_re

    pat = _inner_break_re()
    start = time.process_time()
    assert pat.sub("", "总则" + " " * 100_000 + "中") == "总则" + " " * 100_000 + "中"
    assert time.process_time() - start < 1.0
    assert pat.sub("", "关于《 \u3000\n  条例》") == "关于《条例》"
    assert pat.sub("", "一 \n二 \t\r\n\n三") == "一二三"
    assert pat.sub("", "一 二") == "一 二"
