"""The page reading and the page-level spam passes grow linearly with the page.

No wall-clock limit: the work is counted as the lines of ``govtext.boilerplate`` and
``govtext.spam`` that run (a trace), on a page of n lines and on one of 4n; a pass that reads
the page again for each of its lines does about 16 times the work on the larger page. The
shapes are those that once did: copies of the headline over short rows, a long footer, empty
field labels after the article, a data table right after the article step by step. The
passes made linear are also checked against the straightforward way of computing them.
(Timings of these and other shapes at n, 2n and 4n: ``python -m benchmarks.page_scaling``.)
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from itertools import accumulate

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtext import boilerplate, spam
from govtext.boilerplate import DEFAULT_PARAMS, _EmptyAfter, _RunsFrom, _TablesAfter, _Within

TITLE = "临河县教育局关于做好秋季学期开学准备工作的通知_临河县人民政府网"
HEAD = "临河县教育局关于做好秋季学期开学准备工作的通知"
MENU = ["首页", "机构概况", "政务公开", "办事服务"]
BODY = [
    "各乡镇中心学校、县直各学校：为确保秋季学期顺利开学，现就有关事项通知如下。",
    "一、各校要在开学前完成校舍安全排查，发现隐患的要立即整改，整改不到位的不得投入使用。",
    "二、各校要做好教材发放和师资调配工作，确保开学第一天学生人手一套教材、每班都有教师。",
]
WORDS = ["年级", "班级", "教室", "食堂", "宿舍", "操场", "图书", "器材"]


def headline_over_rows(n: int) -> str:
    """Copies of the headline every few lines over short rows (too short to be a table), the
    article after a share bar out of their reach."""
    r = random.Random(1)
    rows = [HEAD if i % 7 == 0 else f"{r.choice(WORDS)} {r.randint(1, 9)}" for i in range(n)]
    rows += [f"{r.choice(WORDS)} {r.randint(1, 9)}" for _ in range(30)]
    return "\n".join([TITLE, *MENU, *rows, "分享到：", *BODY])


def footer_run(n: int) -> str:
    return "\n".join([TITLE, *MENU, HEAD, *BODY, *(f"湘ICP备{20240000 + i}号" for i in range(n))])


def empty_labels_after(n: int) -> str:
    return "\n".join([TITLE, *MENU, HEAD, *BODY, *["附件："] * n, "版权所有：临河县人民政府"])


def table_steps(n: int) -> str:
    """Short lines left of the article; after it, tables of values each under a short
    sentence: the region takes one table and one sentence a step."""
    r = random.Random(2)
    left = [r.choice(WORDS) + r.choice(WORDS) for _ in range(n)]
    right: list[str] = []
    for _ in range(n // 7):
        right += [f"{r.randint(100, 999)}.{r.randint(0, 9)}" for _ in range(6)]
        right.append("".join(r.choice(WORDS) for _ in range(5)) + "。")
    return "\n".join([TITLE, *MENU, *left, *BODY, *right, "版权所有：临河县人民政府"])


def work(page: str) -> int:
    """Lines of govtext.boilerplate and govtext.spam run while classifying *page*."""
    files = {boilerplate.__file__, spam.__file__}
    count = 0

    def local(frame, event, arg):  # type: ignore[no-untyped-def]
        nonlocal count
        count += event == "line"
        return local

    def calls(frame, event, arg):  # type: ignore[no-untyped-def]
        return local if frame.f_code.co_filename in files else None

    before = sys.gettrace()
    sys.settrace(calls)
    try:
        spam.classify_page(page)
    finally:
        sys.settrace(before)
    return count


@pytest.mark.parametrize("make", [headline_over_rows, footer_run, empty_labels_after, table_steps])
def test_page_passes_do_linear_work(make: Callable[[int], str]) -> None:
    small, large = work(make(200)), work(make(800))
    assert large < 5 * small, (small, large)  # (linear: about 4 times; a pass per line: 8 to 16)


def test_the_shapes_are_read_as_before() -> None:
    # what the pages above are read as (the passes made linear found the same)
    v, r = spam.classify_page(footer_run(20))
    assert all(x.rule == "footer" for x in v[-20:]) and r is not None and r.region == (6, 8)
    v, r = spam.classify_page(empty_labels_after(5))
    assert [x.rule for x in v[9:14]] == ["page_chrome"] * 5
    v, r = spam.classify_page(table_steps(70))
    assert r is not None and r.region == (75, 147)
    v, r = spam.classify_page(headline_over_rows(50))
    assert r is not None and r.region == (85, 88) and [x.rule for x in v[5:84]] == ["page_chrome"] * 79


@given(st.lists(st.sampled_from([40, 3, 0, -6, -12, boilerplate._STOP]), min_size=1, max_size=40))
def test_best_run_from_each_line_is_the_running_total_at_its_highest(weights: list[int]) -> None:
    runs = _RunsFrom(weights)
    for s in range(len(weights)):
        totals = list(accumulate(weights[s:]))
        assert runs.best_from(s) == (max(totals), s + totals.index(max(totals)))


KINDS = ["blank", "chrome", "short", "near", "prose"]


@given(st.lists(st.tuples(st.sampled_from(KINDS), st.booleans(), st.sampled_from(["", "数量12", "某某某某某某某某某某 3", "名称"])),
                min_size=1, max_size=30))
def test_table_after_each_headline_is_the_walk_down_from_it(rows: list[tuple[str, bool, str]]) -> None:
    kinds = [k for k, _, _ in rows]
    lines = ["" if k == "blank" else s or "行" for k, _, s in rows]
    weights = [boilerplate._STOP if stop else 1 for _, stop, _ in rows]
    han = [len(s) for s in lines]
    tables = _TablesAfter(lines, kinds, han, weights)  # type: ignore[arg-type]
    p = DEFAULT_PARAMS
    for head in range(len(lines)):
        found: list[int] = []  # the walk: past the rules' drops to the rows, up to the next drop
        for i in range(head + 1, len(lines)):
            if kinds[i] == "blank":
                continue
            if weights[i] == boilerplate._STOP or (kinds[i] == "chrome" and found):
                break
            if kinds[i] != "chrome":
                found.append(i)
        want = None
        if len(found) >= p.table_min_rows:
            digits = sum(any(c.isdigit() for c in lines[i]) for i in found)
            size = sum(len(lines[i]) for i in found) / len(found)
            if digits >= p.table_digit_share * len(found) and size >= p.table_min_chars:
                want = (sum(han[i] for i in found), found[0], found[-1])
        assert tables.after(head, p) == want


@given(st.text("某市教育局招生_-", min_size=0, max_size=700), st.text("某市教育局招生_-x", min_size=0, max_size=3))
def test_pairs_of_a_long_title_are_looked_up_as_searched(title: str, s: str) -> None:
    assert _Within(title)(s) == (s in title)


@given(st.lists(st.sampled_from(["chrome", "附件：", "来源：", "正文。"]), min_size=1, max_size=20), st.randoms())
def test_empty_label_answers_are_shared_along_a_run(rows: list[str], rnd: random.Random) -> None:
    lines = ["分享" if s == "chrome" else s for s in rows]
    kinds = ["chrome" if s == "chrome" else "short" for s in rows]
    nb = list(range(len(lines)))
    empty_after = _EmptyAfter(lines, kinds, nb)  # type: ignore[arg-type]
    order = nb[:]
    rnd.shuffle(order)
    for x in order:
        want = True
        for y in nb[x + 1:]:
            if kinds[y] == "chrome":
                break
            if not boilerplate._EMPTY_LABEL.fullmatch(lines[y]):
                want = False
                break
        assert empty_after(x) == want


def test_search_phrase_lines_are_numbered_on_a_long_page() -> None:
    line = "专项扣除 专项扣除标准 专项扣除怎么填"
    text = "\n".join(["正文第一段。", line, "正文第二段。"] * 300)
    verdicts = spam.classify_lines(text)
    assert [i for i, v in enumerate(verdicts) if v.rule == "keywords"] == list(range(1, 900, 3))
