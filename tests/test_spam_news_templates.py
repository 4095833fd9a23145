"""Classes of failure found on held-out pages 197-208 (session 22, BH17: news article pages of
central, metropolitan, provincial and older portals, opinion, interview, sports and business
pages), each on our own page text: a comment counter under the headline's date line read as the
end of an article, a document's section heading right after a related box read as one of its
links, credits of editorial roles without colons, a column's author's-views disclaimer, a
toolbar's 邮件 button, a paginated article's 本文导航 list of its pages."""

from __future__ import annotations

from govtext import spam
from govtext.spam import classify_lines
from linear_common import assert_linear

MENU = ["某某网", "首页 新闻 体育 娱乐 财经 科技 汽车 房产 教育 旅游"]
FOOT = ["关于我们 | 联系我们 | 广告服务 | 网站地图", "Copyright © 2026 某某网 版权所有", "某ICP备10000002号-1"]


def verdicts(lines: list[str]) -> dict[str, spam.Verdict]:
    return dict(zip(lines, classify_lines("\n".join(lines))))


def match_page(counter: str) -> list[str]:
    return [
        "西岭队终场前失两球 东城队2:1逆转晋级_体育_某某网", *MENU, "体育 > 足球 > 正文",
        "西岭队终场前失两球 东城队2:1逆转晋级", "2026-03-08 21:40:12 某某体育", counter,
        "东城队 2:1 西岭队", "比赛结束", "全场战报", "技术统计", "文字直播",
        "某某体育讯 3月8日晚，杯赛八分之一决赛在市体育中心进行，主队在落后的情况下连进两球取胜。",
        "上半场第30分钟，客队利用定位球首开纪录。", "下半场替补登场的前锋两次破门，帮助主队完成逆转。",
        "责任编辑：某某", "相关阅读", "杯赛八强对阵出炉", "主帅：球员们没有放弃", *FOOT,
    ]


def test_a_comment_counter_under_the_date_line_ends_no_article() -> None:
    """0条评论 (阅读 2.3万) right under the article's dated metadata line, before any sentence, is
    a header's counter: the article still follows its headline, which stays (before, the counter
    was read as the end of an article, no article followed the headline and a score line under it
    was taken for the headline)."""
    for counter in ("0条评论", "12条评论", "阅读 2.3万"):
        rows = match_page(counter)
        got = verdicts(rows)
        assert got["西岭队终场前失两球 东城队2:1逆转晋级"].keep, counter
        assert not got[counter].keep, counter
        assert got["上半场第30分钟，客队利用定位球首开纪录。"].keep, counter


def test_a_comment_counter_after_the_text_still_ends_it() -> None:
    """The same counter after a sentence of the article is the comments' head: it ends the
    article, and the comments after it go."""
    rows = ["某县召开冬季防火工作会议_某县新闻网", *MENU, "某县召开冬季防火工作会议", "2026-12-01 09:00 某县新闻网",
            "12月1日，某县召开冬季防火工作会议，部署今冬明春森林防火工作。", "会议要求各乡镇落实巡山护林责任。",
            "已有2条评论", "网友甲 2026-12-01 10:02", "支持，防火无小事", *FOOT]
    got = verdicts(rows)
    assert got["某县召开冬季防火工作会议"].keep and got["会议要求各乡镇落实巡山护林责任。"].keep
    assert not got["支持，防火无小事"].keep


def test_a_section_heading_after_a_related_box_is_the_article_s() -> None:
    """二、… (a numeral and 、, a numeral in brackets, 第…章) right under the link titles of a
    related box between an article's sections ends the box: the document's next heading stays
    (and when the box ended the page reading's region before it, a bracketed numeral's heading
    over a kept paragraph, (二) of an outline whose (一) was kept, is taken back from the reading
    as 二、 and 第二章 are)."""
    for first, heading in (("一、上游：关停与转型", "二、中游：截污与清淤"), ("(一)上游关停与转型", "(二)中游截污与清淤"),
                           ("第一章 上游关停", "第二章 中游截污")):
        rows = [*MENU, "一条河的十年治理", "2026-12-04 06:30 来源：某某日报", first,
                "十年前，上游分布着四十多家小造纸厂，生产废水多未经处理直接排入河道。", "相关阅读：",
                "某河流域入选美丽河湖优秀案例", "某山区竹产业年产值突破百亿元", heading,
                "二〇一七年至二〇二二年，县城新建和改造污水管网四百余公里，污水处理能力提高两倍。",
                "同时，河道分段清淤，城区河段推行河长和网格员制度，每一段河道都有人巡查。",
                "网格员每天早上沿河走一遍，看到垃圾就捞，发现排污口就拍照上报。", *FOOT]
        got = verdicts(rows)
        assert got[heading].keep, heading
        assert not got["某山区竹产业年产值突破百亿元"].keep, heading


def test_credits_of_editorial_roles_without_colons_are_metadata() -> None:
    """编辑 陈某 校对 刘某某 (two or more role-and-name pairs, no colon) are the page's credits; one
    pair, a court's signatories, a role before no name stay."""
    for line, meta in (("编辑 陈某 校对 刘某某", (("editor", "陈某"), ("proofreader", "刘某某"))),
                       ("责任编辑 王某某 审核 李某", (("editor", "王某某"), ("reviewer", "李某"))),
                       ("编辑 陈某、王某 校对 刘某 终审 何某", (("editor", "陈某、王某"), ("proofreader", "刘某"),
                                                  ("reviewer", "何某")))):
        v = classify_lines(line)[0]
        assert (v.rule, v.meta) == ("metadata", meta), line
    for line in ("编辑 陈某", "审判员 孙某 书记员 周某", "编辑 陈某 李某", "初审 通过 复审 合格", "编辑部 王某 李某"):
        assert classify_lines(line)[0].keep, line


def test_an_author_s_views_disclaimer_is_a_footer_line() -> None:
    """（本文仅代表作者个人观点） alone on its line under a column is its disclaimer; a sentence
    reporting one is not."""
    for line in ("（本文仅代表作者个人观点）", "本文仅代表作者个人观点。", "[文章观点仅代表作者本人]", "仅代表作者观点"):
        v = classify_lines(line)[0]
        assert (v.keep, v.rule) == (False, "footer"), line
    for line in ("平台回应称，该文仅代表作者个人观点，已下架。", "本文仅代表作者个人观点吗"):
        assert classify_lines(line)[0].keep, line


def test_a_toolbar_s_mail_button() -> None:
    """邮件 among a toolbar's words after another (字号 评论 邮件 纠错, 打印 邮件) is a button; alone
    or first it is a contact table's cell."""
    for line in ("字号 评论 邮件 纠错", "打印 邮件", "分享 | 邮件"):
        assert classify_lines(line)[0].rule == "chrome", line
    for line in ("邮件", "邮件 打印", "电话 邮件"):
        assert classify_lines(line)[0].keep, line


def paged(nav: list[str], body: list[str]) -> list[str]:
    return [*MENU, "某某网 > 汽车 > 正文", "新能源车冬季续航实测", "2026-12-01 10:00 来源：某某网", *nav, *body,
            "上一页 1 2 下一页", *FOOT]


def test_a_paginated_article_s_page_list_goes_its_first_heading_stays() -> None:
    """本文导航 over 第1页：… 第2页：… (a paginated article's links to its pages, counting up from 1)
    are the page's list; the article's first heading right under it (a copy of the first link's
    title) and a heading 第1页：… of the article's own (the count starting again) end it."""
    nav = ["本文导航", "第1页：测试方法", "第2页：测试结果"]
    body = ["测试方法", "本次测试选取八款车型，在零下十五摄氏度的环境中以六十公里时速匀速行驶。", "车辆出发前充满电，空调温度设为二十二摄氏度。"]
    got = verdicts(paged(nav, body))
    assert [got[x].keep for x in nav] == [False, False, False]
    assert all(got[x].keep for x in body)
    body = ["第1页：户籍办理", "办理地点：区政务服务中心一楼三号窗口，所需材料为居民户口簿和居民身份证。",
            "第2页：社保办理", "办理地点：区政务服务中心二楼，工作日上午九时至下午五时办理。"]
    got = verdicts(paged(["文章导航", "第1页：户籍办理", "第2页：社保办理"], body))
    assert all(got[x].keep for x in body)
    # a list that does not count up from 1 is none of its pages (to the line rules)
    for nav in (["本文导航", "第2页：测试结果"], ["本文导航", "第1页：测试方法", "第3页：测试结果"]):
        rows = paged(nav, ["本次测试选取八款车型，在零下十五摄氏度的环境中以六十公里时速匀速行驶。"])
        assert spam.classify_lines("\n".join(rows), page=False)[rows.index(nav[-1])].keep, nav


def test_new_patterns_cost_linear_work() -> None:
    """The credits, disclaimer, outline-heading and dated-line patterns on adversarial text: four
    times the text costs about four times the time, never a square."""
    cases = (
        (spam.Metadata._credits.fullmatch, "编辑 " + "陈某 " * 20_000),
        (spam.Metadata._credits.fullmatch, "编辑 陈某 " * 20_000 + "。"),
        (spam.Footer._views_only.fullmatch, "(本文" + "观点" * 20_000),
        (spam.Related._outline.match, "一" * 30_000),
        (spam._DATED_META.search, "2026-" * 20_000),
        (spam._DATED_META.search, "1" * 40_000),
        (spam.Related._page_link.fullmatch, "第1页:" + "某" * 30_000),
        (spam.Related._page_link.fullmatch, "第 1 页 : " * 10_000),
    )
    for f, s in cases:
        assert_linear(f, s, s * 4, label=s[:8])
