"""Classes of lines that session 31's held-out pages 497-508 (BHB) showed the rules and the page
reading lost or missed: the date lines of entries the text announces (a page of selected public
comments), a numbered key under a label after the article (a riddle item's answers), the site's
note that a text it reprints does not speak for it, a comment box headed 网友热评, the site's
description and keywords crawled above its menu. Each page is our own invented text; the
look-alikes go or stay as before."""

from __future__ import annotations

from functools import partial

from govtext.spam import classify_lines
from page_common import keeps, rows_lost

HEAD = ["意见选登_意见征集_某市人民政府", "某市人民政府", "首页 政务公开 政务服务 互动交流", "互动交流 > 意见征集"]
FOOT = ["主办：某市人民政府办公室", "网站标识码：0000000001 某ICP备00000001号"]

#: The document's lines (all but HEAD and FOOT) the rules and the page reading drop.
lost = partial(rows_lost, HEAD, FOOT, ())

ENTRIES = ["网友“梧桐树下”：", "建议新建居住区的绿地不得改作停车场，已改作停车场的应当限期恢复。", "留言时间：2026-10-22",
           "网友“老园丁”：", "行道树修剪应避开鸟类繁殖期，四月至六月原则上不进行重度修剪。", "留言时间：2026-10-29",
           "网友“晨跑人”：", "希望公园绿地夜间至少开放到二十二点，并写进条例。", "留言时间：2026-11-03"]


def test_entries_a_sentence_announces_keep_their_dates_and_what_follows() -> None:
    """Messages a page of selected comments quotes after its sentence announcing them (…选登如下：),
    each a nickname, the message and 留言时间：…: the dates are the entries' fields, not the page's
    date; dropped, the first ended the article and the later messages went as islands."""
    rows = ["公众意见选登", "市园林局就条例草案公开征求意见，共收到意见建议73条。现将部分有代表性的意见选登如下：",
            *ENTRIES, "对以上意见建议，起草部门将认真研究，在修改条例草案时予以吸收采纳。"]
    assert lost(rows) == []


def test_comments_under_a_comment_header_still_go() -> None:
    """The same entries under an article that announces none, below a comment box's header, are
    users' comments: they go with their dates as before."""
    rows = ["市园林局就条例草案公开征求意见", "市园林局就条例草案公开征求意见，征求意见时间为一个月，欢迎市民积极参与。"]
    page = [*HEAD, *rows, "网友评论", *ENTRIES, *FOOT]
    kept = keeps(page)
    assert all(kept[len(HEAD):len(HEAD) + 2])
    assert not any(kept[len(HEAD) + 2:len(HEAD) + 3 + len(ENTRIES)])


def test_entry_dates_with_no_announcing_sentence_go() -> None:
    """Without a sentence pointing at them (如下：), the date lines stay the metadata rule's."""
    rows = ["公众意见选登", "市园林局就条例草案公开征求意见，共收到意见建议73条，部分意见摘录于后。", *ENTRIES]
    assert [r for r in lost(rows) if r.startswith("留言时间")] == [r for r in ENTRIES if r.startswith("留言时间")]


RIDDLES = ["元宵灯谜选登", "县文化馆灯谜一条街将于元宵节在文化广场举办，现选登部分谜条，供群众先睹为快，谜底附后。",
           "一、字谜", "1.半山半水（打一字）", "2.人在云中（打一字）", "3.十五日（打一字）", "4.春去秋来（打一字）"]
CLOSING = "猜中灯谜的群众可凭谜条到广场东侧兑奖处领取纪念品，奖品领完即止。"


def test_a_numbered_key_under_a_label_after_the_article_stays() -> None:
    """The answers under 谜底：, numbered from 1 in turn, between the numbered riddles and the
    article's closing paragraph, are the article's (before, a run of short lines after it, and the
    paragraph under them an island)."""
    rows = [*RIDDLES, "谜底：", "1.汕", "2.会", "3.胖", "4.秦", CLOSING]
    assert lost(rows) == []


def test_short_lines_under_a_label_not_numbered_from_one_go() -> None:
    """Under a label, short lines not numbered from 1 in turn (a box's entries) are no key: they go
    as before."""
    rows = [*RIDDLES, "谜底：", "3.汕", "5.会", "7.胖", "9.秦", CLOSING]
    assert {"3.汕", "5.会", "7.胖", "9.秦"} <= set(lost(rows))


def test_the_sites_note_disowning_a_reprint_goes_anywhere() -> None:
    """A reprint's note that the text does not speak for the site (…并不代表本网赞同其观点…, 观点仅代表作者
    本人，不代表本站立场), however long, goes as the site's notice, right under the text too; a
    spokesman's 不代表本部立场 names no site and stays."""
    lines = ["本文转载自某报，版权归原作者所有，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。"
             "如涉及作品内容、版权和其他问题，请在30日内与本网联系，我们将在第一时间删除内容。",
             "声明：文章观点仅代表作者本人，不代表本站立场。", "以上内容不代表本号观点", "观点仅代表作者，不代表本网立场",
             "发言人表示，上述个人言论不代表本部立场，也不代表任何官方意见。",
             "二、本网转载的其他媒体稿件，目的在于传递信息，并不代表本网赞同其观点。"]  # (an item of the site's own statement)
    assert [v.keep for v in classify_lines("\n".join(lines), page=False)] == [False, False, False, False, True, True]


def test_comments_under_a_hot_comments_header_go() -> None:
    """网友热评 heads a comment box as 网友评论 does: the comments under it, long sentences with their
    点赞 rows, go."""
    rows = ["城南农贸市场改造完成", "改造后的市场总面积约4200平方米，设置摊位186个，将于12月1日起恢复营业。",
            "市场还新建了地下停车场，可提供停车位120个，前30分钟免费。"]
    comments = ["网友热评", "南门大姐：终于改好了，这半年买菜都要跑到城北去，希望菜价不要因为装修变贵了。", "点赞(56) 回复",
                "平江小刘：停车场前30分钟免费这个好，希望管理能跟上，不要过两个月又回到老样子。", "点赞(41) 回复"]
    page = ["城南农贸市场改造完成_民生_某某在线", "某某在线", "首页 新闻 民生 政务", *rows, *comments, "某某在线版权所有"]
    kept = keeps(page)
    assert all(kept[3:6]) and not any(kept[6:6 + len(comments)])


def test_the_sites_description_and_keywords_above_the_menu_go() -> None:
    """Lines between the title and the headline opening with the site's name (the title's last
    segment) and a comma or 是 are the site's keywords and description; a headline opening with
    the site's name stays."""
    body = ["经各单位推荐、中心审核并公示，决定授予以下同志“优秀志愿者”称号。希望受表彰的志愿者珍惜荣誉，再接再厉。",
            "全县广大志愿者要以他们为榜样，弘扬志愿精神，积极投身志愿服务。"]
    seo = ["某县志愿服务网,志愿者,志愿服务,志愿者注册,优秀志愿者表彰",
           "某县志愿服务网是某县文明实践中心主办的志愿服务平台，为全县志愿者提供注册、招募和时长记录服务。"]
    page = ["关于表彰年度优秀志愿者的决定_通知公告_某县志愿服务网", *seo, "首页 志愿者注册 项目招募 通知公告",
            "关于表彰年度优秀志愿者的决定", "发布时间：2026-12-01", *body, "版权所有 某县新时代文明实践中心"]
    assert keeps(page)[1:3] == [False, False]
    named = ["某县人民政府关于表彰年度优秀志愿者的决定_通知公告_某县人民政府", "首页 政务公开 通知公告",
             "某县人民政府关于表彰年度优秀志愿者的决定", "发布时间：2026-12-01", *body]
    assert keeps(named)[2]


def test_the_new_passes_are_linear() -> None:
    """Pages of many entries (dates of one label under sentences, after a sentence announcing them),
    of a long numbered key under a label, of lines opening with the site's name, and near-matches
    of the disowning note (不代表本 and no view after it): time grows linearly."""
    from linear_common import assert_linear

    def make(n: int) -> str:
        entries = [row for k in range(n) for row in (f"网友{k}：", "建议增加绿地，多种树木。", "留言时间：2026-10-22")]
        key = ["谜底：", *(f"{k + 1}.汕" for k in range(n)), CLOSING]
        site = ["某县志愿服务网,志愿者"] * n
        return "\n".join(["意见选登_意见征集_某县志愿服务网", *site, "意见选登", "现将意见选登如下：", *entries,
                          *RIDDLES, *key, "不代表本" * n, *FOOT])

    assert_linear(classify_lines, make(300), make(1200), label="entry dates, keyed list, site description, disowns")


def test_an_offices_introduction_of_itself_stays() -> None:
    """An office's page on itself opening its text with its name and 是 (the title's site name), its
    channel's name the title's lead (机构职能, found in the side menu under the text), is its article,
    not the site's description: no headline stands under it."""
    page = ["机构职能_政府机构_某市教育局", "首页 机构概况 政务公开 教育新闻", "当前位置：首页 > 机构概况",
            "某市教育局是主管全市教育工作的市政府工作部门，负责拟订全市教育发展规划并组织实施。",
            "主要职责是：贯彻执行国家和省的教育方针、政策和法律法规，统筹管理全市各级各类教育。",
            "机构概况", "机构职能", "领导信息", "版权所有 某市教育局"]
    assert all(keeps(page)[3:5])
