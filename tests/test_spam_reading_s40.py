"""The page reading's drops as compact pairs: ``drop_spam`` makes no :class:`Drop` record, and
:attr:`PageReading.drops` gives the records made from the pairs (session 40, speed)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govtext
from govtext import boilerplate
from govtext.boilerplate import Drop, PageReading, read_page
from govtext.spam import classify_page

#: A made-up page: a menu, a title, the article, links and a footer.
PAGE = "\n".join([
    "某县教育局关于开展春季植树活动的通知_某县教育局",
    "首页", "机构概况", "政务公开", "办事服务", "互动交流",
    "某县教育局关于开展春季植树活动的通知",
    "各学校：为倡导绿色生活，县教育局定于三月十二日组织全县师生开展春季植树活动，请各校认真组织。",
    "活动结束后，请各校于三月二十日前报送活动总结，并附照片三至五张，以便汇总。",
    "上一篇", "下一篇", "联系我们", "网站地图",
])


def test_drop_spam_makes_no_drop_record(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[tuple[object, ...]] = []

    def counting(*args: object) -> Drop:
        made.append(args)
        return Drop(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(boilerplate, "Drop", counting)
    out = govtext.normalize(PAGE)
    assert "机构概况" not in out and "春季植树活动" in out  # (the reading dropped the menu)
    assert made == []  # (the pipeline reads the compact pairs only)
    _, reading = classify_page(PAGE)
    assert reading is not None and reading.dropped
    assert [(d.line, d.rule, d.reason) for d in reading.drops] == [(i, r, s) for i, (r, s) in reading.dropped]
    assert len(made) == len(reading.dropped)


def test_drops_are_made_once_in_line_order() -> None:
    _, reading = classify_page(PAGE)
    assert reading is not None
    first = reading.drops
    assert reading.drops is first  # (made on first access, kept)
    assert [d.line for d in first] == sorted(d.line for d in first)
    assert {d.rule for d in first} <= set(boilerplate.PAGE_RULES)


def test_reading_without_drops() -> None:
    r = PageReading((0, 0), (), ("prose",), ())
    assert r.drops == () and r == PageReading((0, 0), (), ("prose",), ())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["首页", "新闻", "关于我们", "", "某县新建学校十所，投入资金三亿元，惠及学生两万人。",
                                 "某县新建学校十所"]), min_size=1, max_size=14),
       st.lists(st.booleans(), min_size=14, max_size=14))
def test_drops_match_dropped(lines: list[str], kept: list[bool]) -> None:
    r = read_page(lines, kept[: len(lines)])
    assert [(d.line, (d.rule, d.reason)) for d in r.drops] == list(r.dropped)
    assert [i for i, _ in r.dropped] == sorted({i for i, _ in r.dropped})
