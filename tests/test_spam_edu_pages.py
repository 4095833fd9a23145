"""Classes of lines seen on education sites' pages (the eighth held-out set, 77-88): a WeChat
post's byline and prompts, a course's or a paper's counters in its header, a metadata table's
field the lexicon lacks, a timeline after the text, comments under a header the page reading
dropped. Each class with a case the rules miss without the fix and a case they must keep."""

from __future__ import annotations

import pytest

from govtext.spam import RULES, Context, Rule, Verdict, classify_lines

FOOT = ["网站地图 | 联系我们 | 使用帮助", "版权所有：某县教育局", "某ICP备12345678号"]


def rule_of(line: str) -> str | None:
    return classify_lines(line)[0].rule


def got(lines: list[str]) -> dict[str, object]:
    return dict(zip(lines, classify_lines("\n".join(lines))))


# --- line rules -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # a WeChat post's byline: its 原创 mark, the writer, the account, date-time, a bare province
        ("原创 某老师 某某幼儿园 2027年04月18日 17:05 浙江", "metadata"),
        ("原创 某编辑 某区教育发布 2026-11-02 08:30 四川", "metadata"),
        # no 原创 mark and no source's word: a name, a date-time and a city (a timetable's row)
        ("某某某 2026-11-02 08:30 四川", None),
        ("原创作品征集截止 2026-11-02 08:30 四川", None),
        # the platform's prompts and buttons
        ("点击蓝字 关注我们", "prompt"),
        ("听全文", "chrome"),
        ("点击蓝字部分可查看每所学校的招生范围和报名材料清单", None),
        ("听全文解读，请点击下方的音频条目。", None),
        # a course's count of people taking part, a paper's downloads and citations
        ("已有 14382 人参加", "widget"),
        ("9.6万人学习", "widget"),
        ("下载次数：268 被引次数：3", "widget"),
        ("被引频次：12", "widget"),
        # the same words in a sentence, or a label with no count, are the document's
        ("截至目前已有300人报名", None),
        ("全县共有1200人参加了此次培训。", None),
        ("被引次数", None),
        ("引用 3", None),
    ],
)
def test_line_classes(line: str, rule: str | None) -> None:
    assert rule_of(line) == rule, (line, classify_lines(line)[0])


class _Plain(Rule):
    """A built-in rule behind a wrapper: no length limit, no pre-gate (it runs on every line)."""

    def __init__(self, rule: Rule) -> None:
        self.rule, self.name, self.drops_sentences = rule, rule.name, rule.drops_sentences

    def check(self, ctx: Context, i: int) -> Verdict | None:
        return self.rule.check(ctx, i)


NEW_TRIGGERS = ["已有 14382 人参加", "9.6万人学习", "3万人观看", "共有 12 人报名", "下载次数：268 被引次数：3",
                "被引频次：12", "引用次数(4)", "点击蓝字 关注我们", "听全文", "原创 某老师 某某幼儿园 2027年04月18日 17:05 浙江"]


@pytest.mark.parametrize("line", NEW_TRIGGERS)
def test_the_pre_gate_lets_the_new_lines_through(line: str) -> None:
    """The fast paths (the pre-gate's marks and triggers) agree with every rule run on every line."""
    plain = [_Plain(r) for r in RULES]
    for text in (line, f"推进教育均衡发展。\n{line}", f"{line}\n某县教育局", f"某县教育局\n\n{line}\n推进教育均衡发展。"):
        assert classify_lines(text) == classify_lines(text, rules=plain), text
    assert not classify_lines(line)[0].keep


# --- a header's counter does not end the article -------------------------------------------------

PAPER = [
    "某县义务教育均衡发展研究--《某某教育研究》2026年06期",
    "某某教育研究",
    "首页 期刊简介 编委会 投稿指南 过刊浏览 联系我们",
    "当前位置：首页 > 过刊浏览 > 2026年第6期",
    "某县义务教育均衡发展研究",
    "某某某1，某某某2",
    "摘要：基于某省三十个县近五年的数据，本文构建了义务教育均衡发展的指标体系，并分析了财政投入和教师流动的影响。",
    "关键词：义务教育；均衡发展；县域",
    "下载次数：268 被引次数：3",
    "参考文献",
    "[1] 某某某. 县域教育均衡发展的差异及其成因[J]. 某某研究, 2021(8): 12-19.",
    "[2] 某某某, 某某. 教育发展水平的评价方法[J]. 某某与决策, 2022(15): 58-62.",
    "相关文章",
    "某县小规模学校的发展路径",
    *FOOT,
]


def test_a_papers_counters_go_and_the_references_under_them_stay() -> None:
    """The counters stand between the abstract and the references: dropped, and the page
    reading grows over them as over a picture (as a comment widget, they cut the references'
    heading off the article)."""
    g = got(PAPER)
    assert not g["下载次数：268 被引次数：3"].keep
    assert all(g[s].keep for s in PAPER[4:8] + PAPER[9:12]), [(s, g[s].rule) for s in PAPER[9:12]]


# --- a metadata table's field that no lexicon names ----------------------------------------------

LETTER = [
    "关于孩子入学划片的咨询-局长信箱-某县教育局",
    "某县教育局",
    "首页 教育新闻 政务公开 互动交流",
    "当前位置：首页 > 互动交流 > 局长信箱",
    "关于孩子入学划片的咨询",
    "来信人：王**",
    "来信时间：2027-05-09 21:14",
    "信件类别：咨询",
    "办理状态：已办结",
    "来信内容：",
    "局长您好！我家孩子今年九月上小学，想咨询一下今年的划片范围什么时候公布，落户满三年的家庭能否按原学区入学？",
    "回复内容：",
    "您好！今年的划片范围将于五月下旬在局网站和各学校门口同步公布，总体保持稳定，您所在的小区不作调整。",
    "某县教育局",
    "2027年5月12日",
    *FOOT,
]


def test_a_field_between_the_pages_metadata_rows_is_no_subtitle() -> None:
    """信件类别：咨询 between 来信时间 and 办理状态 (both dropped) is a row of the same table, not
    a subtitle under the headline."""
    g = got(LETTER)
    assert not g["信件类别：咨询"].keep, g["信件类别：咨询"]
    assert all(g[s].keep for s in (LETTER[4], LETTER[10], LETTER[12], LETTER[13], LETTER[14]))


NOTICE_BODY = [
    "为做好今年中小学教师培训工作，提升培训的针对性和实效性，现将有关事项通知如下。",
    "各地要把乡村学校教师培训作为重点，优先安排紧缺学科教师参训，培训结束后组织考核。",
    "请各地于一月二十日前将年度实施方案报送我厅教师工作处。",
]


def test_a_field_above_the_headline_next_to_a_dropped_field_is_no_kicker() -> None:
    """公文种类：通知 under 成文日期 (dropped) and over the headline: the metadata table's last row,
    not a kicker; a kicker phrase over the headline under the breadcrumb stays."""
    head = "关于做好2027年中小学教师培训工作的通知"
    table = ["索引号：11330000-2026-00031", "发布机构：某省教育厅", "成文日期：2026年11月27日", "公文种类：通知"]
    lines = [f"{head}_某省教育厅", "某省教育厅", "首页 机构 新闻 公开 服务 互动", "当前位置：首页 > 公开 > 文件",
             *table, head, "2026-12-02 来源：教师工作处", *NOTICE_BODY, *FOOT]
    g = got(lines)
    assert not g["公文种类：通知"].keep, g["公文种类：通知"]
    assert g[head].keep and all(g[s].keep for s in NOTICE_BODY)
    kicker = "聚焦乡村教师队伍建设"
    lines = ["某省教育厅", "首页 机构 新闻 公开 服务 互动", "当前位置：首页 > 新闻 > 要闻", kicker, head,
             "2026-12-02 来源：教师工作处", *NOTICE_BODY, *FOOT]
    g = got(lines)
    assert g[kicker].keep, g[kicker]


# --- a timeline after the text ------------------------------------------------------------------

HISTORY = [
    "校史沿革-某县第一中学",
    "某县第一中学",
    "网站首页 学校概况 新闻动态 教育教学 校友之窗 招生信息",
    "您的位置：首页 > 学校概况 > 校史沿革",
    "校史沿革",
    "发布时间：2025-09-01 来源：校史馆",
    "学校的前身是创办于1923年的私立初级中学，当年借用城东的一座旧院落，招收第一批学生四十余人。",
    "1950年学校收归公办，1956年增设高中部，成为全县第一所完全中学，此后为高校输送了大批毕业生。",
    "2003年学校整体迁入城南新校区，如今有教学班七十二个，在校学生三千六百余人。",
    "历任校长（部分）",
]
FOOTER_LINKS = ["上一篇：学校简介", "下一篇：现任领导", *FOOT]


def test_a_timeline_after_the_text_stays() -> None:
    """Rows of a span of years and a name after the text (a school's 历任校长), years going
    forward: the article's, not a run of the page's short lines."""
    rows = ["1923—1931年 某伯年", "1950—1957年 某立德", "1985—1996年 某国强", "2012—2021年 某文清"]
    g = got([*HISTORY, *rows, *FOOTER_LINKS])
    assert all(g[s].keep for s in rows), [(s, g[s].rule) for s in rows]
    assert not any(g[s].keep for s in FOOTER_LINKS)


def test_rows_of_years_going_back_after_the_text_are_no_timeline() -> None:
    """A list whose years go back (the newest first, as a channel lists its items) is not the
    article's timeline: left to the page reading, which drops it with the links under it."""
    rows = ["2025—2026学年 某校教学工作总结", "2024—2025学年 某校教学工作总结", "2023—2024学年 某校教学工作总结"]
    g = got([*HISTORY, *rows, *FOOTER_LINKS])
    assert not any(g[s].keep for s in rows), [(s, g[s].rule) for s in rows]


# --- comments under a header the page reading dropped -----------------------------------------

POST = [
    "某某幼儿园秋季招生简章来啦！",
    "原创 某老师 某某幼儿园 2027年04月18日 17:05 浙江",
    "亲爱的家长朋友们：",
    "今年秋季小班招生工作即将开始，欢迎符合条件的宝贝们加入我们的大家庭！",
    "招生对象为2023年9月1日至2024年8月31日出生、身体健康的适龄幼儿，小班六个，每班二十五人。",
    "报名请于五月八日至十二日登录区学前教育入园服务平台填写信息，现场审核时请携带户口簿。",
    "编辑：某老师",
    "阅读原文",
    "阅读 3245",
    "写留言",
    "留言",
    "某某妈妈",
    "期待宝贝入园，请问可以提前参观吗？",
    "12",
    "作者回复：可以的，开放日另行通知哦～",
]


def test_a_reply_under_the_comments_header_goes() -> None:
    """The comments' header (留言) dropped by the page reading opens them: the author's reply,
    the page's last line, goes with the comments above it."""
    g = got(POST)
    assert not g[POST[-1]].keep, g[POST[-1]]
    assert not g[POST[1]].keep
    assert all(g[s].keep for s in POST[2:6])


def test_a_comments_word_in_the_menu_before_the_text_drops_nothing_of_it() -> None:
    """留言 among the menu items before the article is no comments' header for the text under it."""
    lines = ["某县教育局", "首页", "新闻", "通知", "留言", "某县新建学校十二所", *NOTICE_BODY, *FOOT]
    g = got(lines)
    assert all(g[s].keep for s in NOTICE_BODY), [(s, g[s].rule) for s in NOTICE_BODY]


def test_comments_headers_dropped_by_the_page_reading_cost_linear_work() -> None:
    """Many 留言 headers after the article with only page-chrome lines between: each head's walk
    stops at the next head (the walks once went on to the page's end: 14 times the work at 4n)."""
    from test_page_scaling import BODY as S_BODY
    from test_page_scaling import HEAD, MENU, TITLE, work

    def page(n: int) -> str:
        rows = ["留言", "某某", "某某", "某某"] * n
        return "\n".join([TITLE, *MENU, HEAD, *S_BODY, "留言", *rows, "网友回复：支持学校的做法，希望早日落实到位！"])

    v = classify_lines(page(5))
    assert v[-1].rule == "widget" and all(x.keep for x in v[6:9])
    small, large = work(page(200)), work(page(800))
    assert large < 5 * small, (small, large)


def test_timeline_row_pattern_is_linear_on_runs_of_blanks() -> None:
    """A line of a year, a dash and long runs of blanks (review, RV9): each split of a run between
    two quantifiers was tried (quadratic: 4,000 blanks took about a second)."""
    import time

    from govtext.boilerplate import _TIMELINE_ROW

    start = time.process_time()
    for line in ("1923年" + " " * 20000 + "—" + " " * 20000, "1923." + " " * 20000 + "1" + " " * 20000 + "-"):
        assert _TIMELINE_ROW.fullmatch(line) is None
    assert time.process_time() - start < 1.0
    for line in ("1923—1931年 周某", "2016.08—2021.06 某县副县长", "2022.01— 某校校长", "1985年6月 至今 某职"):
        assert _TIMELINE_ROW.fullmatch(line) is not None, line
    assert _TIMELINE_ROW.fullmatch("1923—1931年周某") is None
