"""Cross-document templates (govtext.template) and their use by clean()."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govtext
from govtext.spam import fold
from govtext.template import TemplateCounter, Templates, line_key, page_keys, site_of

MENU = ["首页", "新闻中心", "政务公开", "办事服务", "互动交流"]
FOOTER = ["主办：某市人民政府办公室", "网站标识码：0000000000"]


def site_page(headline: str, body: list[str], sidebar: list[str] | None = None) -> str:
    return "\n".join([*MENU, headline, *body, *(sidebar or []), *FOOTER])


ARTICLES = [
    ("市政府召开常务会议", ["会议研究部署了今年的重点工作，要求各部门狠抓落实，确保各项任务按期完成。"]),
    ("全市教育工作会议召开", ["会议总结了去年全市教育工作，部署了今年的重点任务，提出要办好人民满意的教育。"]),
    ("市领导调研城市更新项目", ["调研组一行实地察看了老旧小区改造现场，听取了项目推进情况汇报。"]),
    ("市政府新闻发布会举行", ["发布会介绍了全市一季度经济运行情况，主要指标好于预期，开局良好。"]),
]


def learn(pages: list[str], site: str = "example.gov.cn", min_pages: int = 3) -> Templates:
    counter = TemplateCounter(min_pages=min_pages)
    for p in pages:
        counter.add(site, page_keys(p))
    return counter.build()


def test_site_menu_and_footer_are_template() -> None:
    pages = [site_page(h, b) for h, b in ARTICLES]
    t = learn(pages)
    tmpl = t.for_site("example.gov.cn")
    assert {line_key(fold(x)) for x in MENU + FOOTER} <= set(tmpl)
    r = govtext.clean(pages[0], template=tmpl)
    assert r.text.split("\n") == [ARTICLES[0][0], ARTICLES[0][1][0]]
    rules = {d.text: (d.rule, d.reason) for d in r.dropped}
    assert rules["政务公开"][0] in ("template", "page_chrome")
    assert rules["网站标识码：0000000000"][0] in ("template", "footer")
    assert any(rule == "template" and reason == "on 4 pages of this site" for rule, reason in rules.values())


def test_reposted_article_and_headline_are_kept() -> None:
    """The same notice on every page of a site (a sidebar) and on its own page: the sentence is
    never template, and a page's headline that other pages list stays on its own page."""
    notice = "关于做好春季开学工作的通知，请各学校认真组织落实，确保师生安全返校。"
    headline = ARTICLES[0][0]
    pages = [site_page(h, b, sidebar=["热点", notice, headline]) for h, b in ARTICLES]
    tmpl = learn(pages).for_site("example.gov.cn")
    assert tmpl[line_key(fold(notice))] == 4 and tmpl[line_key(headline)] == 4  # counted as repeated
    own = f"{headline}_某市人民政府网\n" + site_page(headline, [notice, *ARTICLES[0][1]])
    r = govtext.clean(own, template=tmpl)
    assert headline in r.text.split("\n")
    assert notice in r.text.split("\n")


def test_other_sites_are_not_affected() -> None:
    pages = [site_page(h, b) for h, b in ARTICLES]
    t = learn(pages)
    assert t.for_site("other.gov.cn") == {}
    assert govtext.clean(pages[0], template=t.for_site("other.gov.cn")).text == govtext.clean(pages[0]).text


def test_min_pages_and_counts() -> None:
    c = TemplateCounter(min_pages=2)
    c.add("a", [1, 2, 3])
    c.add("a", [1, 2, 2])
    c.add("b", [1])
    t = c.build()
    assert t.for_site("a") == {1: 2, 2: 2}
    assert t.for_site("b") == {}
    assert t.pages == {"a": 2, "b": 1}
    assert t.summary() == {"sites": 2, "pages": 3, "template_lines": 2, "min_pages": 2}


def test_merge_equals_one_counter() -> None:
    pages = [("a", [1, 2]), ("a", [2, 3]), ("b", [1]), ("a", [2])]
    one = TemplateCounter(min_pages=2)
    left, right = TemplateCounter(min_pages=2), TemplateCounter(min_pages=2)
    for i, (site, keys) in enumerate(pages):
        one.add(site, keys)
        (left if i % 2 else right).add(site, keys)
    left.merge(right)
    assert left.build() == one.build()


def test_memory_bound_forgets_lines_seen_once() -> None:
    c = TemplateCounter(min_pages=2, max_keys=50)
    for n in range(40):
        c.add("s", [0xABC, 1000 + n])  # one template line, one line of each page's own
    assert sum(len(x) for x in c.counts.values()) <= 50
    assert c.build().for_site("s") == {0xABC: 40}


def test_invalid_settings() -> None:
    with pytest.raises(ValueError, match="min_pages"):
        TemplateCounter(min_pages=1)
    with pytest.raises(ValueError, match="max_keys"):
        TemplateCounter(max_keys=0)
    with pytest.raises(TypeError):
        page_keys(b"x")  # type: ignore[arg-type]


def test_site_of() -> None:
    assert site_of({"url": "http://www.moe.gov.cn/jyb_xwfb/"}) == "moe.gov.cn"
    assert site_of({"url": "moe.gov.cn/a"}) == "moe.gov.cn"
    assert site_of({"url": ""}, default="x") == "x"
    assert site_of({"url": None}, default="x") == "x"
    assert site_of({"host": "A.B.cn"}, "host") == "a.b.cn"
    assert site_of({"url": "http://a.cn"}, None, default="d") == "d"


def test_keys_match_what_drop_spam_sees() -> None:
    """A traditional page's lines are keyed after conversion, as drop_spam sees them."""
    assert page_keys("首頁\n新聞中心") == {line_key("首页"), line_key("新闻中心")}


@given(st.lists(st.text(max_size=20), max_size=20))
def test_line_key_is_stable_and_ignores_spaces(lines: list[str]) -> None:
    for s in lines:
        assert line_key(s) == line_key(" ".join(s))
        assert (line_key(s) == 0) == (not "".join(s.split()))


@given(st.lists(st.sampled_from(MENU + FOOTER + [a for a, _ in ARTICLES] + [b[0] for _, b in ARTICLES]), max_size=30))
def test_clean_with_template_keeps_lines_whole_and_is_idempotent(lines: list[str]) -> None:
    tmpl = learn([site_page(h, b) for h, b in ARTICLES]).for_site("example.gov.cn")
    text = "\n".join(lines)
    once = govtext.normalize(text, template=tmpl)
    assert govtext.normalize(once, template=tmpl) == once
    whole = govtext.normalize(text, govtext.Config(drop_spam=False)).split("\n")
    assert set(once.split("\n")) <= set(whole) | {""}  # lines kept whole, none made up


def _crawl() -> list[dict[str, str]]:
    return [
        {"url": f"http://www.example.gov.cn/{i}.html", "text": site_page(h, b)}
        for i, (h, b) in enumerate(ARTICLES)
    ] + [{"url": "http://other.cn/1.html", "text": site_page(*ARTICLES[0])}]


def test_dask_bag_templates_equal_clean() -> None:
    pytest.importorskip("dask.bag")
    import dask
    import dask.bag as db

    from govtext.dask import clean_bag, learn_bag_templates

    crawl = _crawl()
    with dask.config.set(scheduler="synchronous"):
        bag = db.from_sequence(crawl, npartitions=2)
        t = learn_bag_templates(bag)
        out = clean_bag(bag, templates=t).compute()
    assert t.pages == {"example.gov.cn": 4, "other.cn": 1}
    for rec, got in zip(crawl, out):
        want = govtext.clean(rec["text"], template=t.for_site(site_of(rec)))
        assert got["text"] == want.text
    assert any(d["rule"] == "template" for d in out[0]["govtext"]["dropped"])
    assert "template" not in {d["rule"] for d in out[-1]["govtext"]["dropped"]}


def test_dask_dataframe_templates_equal_clean() -> None:
    pytest.importorskip("dask.dataframe")
    import dask
    import dask.dataframe as dd
    import pandas as pd

    from govtext.dask import clean_dataframe, learn_frame_templates

    crawl = _crawl()
    with dask.config.set(scheduler="synchronous"):
        ddf = dd.from_pandas(pd.DataFrame(crawl), npartitions=2)
        t = learn_frame_templates(ddf)
        out = clean_dataframe(ddf, templates=t).compute()
    assert t.pages == {"example.gov.cn": 4, "other.cn": 1}
    for rec, got in zip(crawl, out["govtext_text"].tolist()):
        assert got == govtext.clean(rec["text"], template=t.for_site(site_of(rec))).text


def test_clean_with_template_idempotent_on_a_doubled_headline_among_footer_lines() -> None:
    # the example a random draw of test_clean_with_template_keeps_lines_whole_and_is_idempotent met in
    # CI: the page's first kept line is the site's footer line (template), its copy at the end was read
    # as the headline, and the doubled headline above it as a run of chrome once 首页, dropped on the
    # first pass, no longer stood between
    tmpl = learn([site_page(h, b) for h, b in ARTICLES]).for_site("example.gov.cn")
    text = "\n".join(["主办：某市人民政府办公室", "市政府召开常务会议", "市政府召开常务会议", "首页", "新闻中心",
                      "主办：某市人民政府办公室"])
    once = govtext.normalize(text, template=tmpl)
    assert govtext.normalize(once, template=tmpl) == once


@pytest.mark.xfail(strict=True, reason="known, not fixed (session 37; on 019d489 too): on a page without prose, a run of "
                   "short lines over the headline's copy is kept while a line the rules drop (首页) stands between "
                   "the title line and the breadcrumb, and dropped once that line is gone (_menu_over_headline)")
def test_clean_with_template_idempotent_on_a_doubled_headline_under_a_dropped_home_link() -> None:
    # the example a fuzz run (seed 72) of test_clean_with_template_keeps_lines_whole_and_is_idempotent met:
    # the page's first line is a headline (not the template's), its copy at the end
    tmpl = learn([site_page(h, b) for h, b in ARTICLES]).for_site("example.gov.cn")
    text = "\n".join(["全市教育工作会议召开", "首页", "市政府召开常务会议", "市政府召开常务会议", "新闻中心", "全市教育工作会议召开"])
    once = govtext.normalize(text, template=tmpl)
    assert govtext.normalize(once, template=tmpl) == once
