"""Classes of lines that session 35's held-out pages 593-604 (BHB) showed the rules and the page
reading lost or missed: chrome inside the body (a one-line 相关阅读 box, an advert under its 广告 label),
a publication's masthead the text lists (主编：…, 编辑：…, 校对： under its 编辑部), a no-prose page's menu
above its breadcrumb, a call to scan and follow a named account, the site's call for contributions, its
call for corrections on 本网's pages, a leaving-the-site note, and a 简报's issue title over its compiler
line read again. Each page is our own invented text; the look-alikes stay or go as before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govtext.spam import classify_lines, drop_spam_lines
from page_common import keeps

HEAD = ["图书馆夜间开放首周见闻-某县新闻网", "某县新闻网", "首页 | 时政 | 社会 | 文化", "某县新闻网 > 文化 > 正文",
        "图书馆夜间开放首周见闻", "2026-03-02 09:10:11 来源：某县新闻网 阅读：815"]
FOOT = ["责任编辑：某某", "分享：微信 微博", "热点推荐", "县城新增三处口袋公园", "全县春耕备耕工作有序推进",
        "某县新闻网 版权所有 某ICP备00000021号"]


def test_a_one_line_box_and_a_labelled_advert_between_paragraphs_end_no_article() -> None:
    """A related box of one line (相关阅读：…) and an advert under its 广告 label, each between two
    paragraphs, are chrome inside the article: they go, and the paragraphs around them stay (before,
    the box ended the article and the paragraphs after it went as islands, the advert stayed)."""
    body = ["晚上七点，县图书馆二楼的阅览室依旧灯火通明，三十多名读者正在安静地看书。",
            "广告", "某某银行 贴心服务 详询 96000",
            "“下班后能来坐一坐，很方便。”在县城工作的读者小周说，她这一周来了四次。",
            "相关阅读：我县今年将新建城市书房五处",
            "馆长介绍，夜间开放首周共接待读者一千二百余人次，借还图书三千余册。",
            "下一步，图书馆还将增设自习专区，延长周末开放时间。"]
    kept = keeps([*HEAD, *body, *FOOT])[len(HEAD):len(HEAD) + len(body)]
    assert kept == [True, False, False, True, False, True, True]


def test_a_box_of_its_own_lines_or_a_tables_advert_cell_as_before() -> None:
    """A related header alone over its link ends the text (the link's summary under it goes), and so does
    a one-line box with no paragraph under it; a table's 广告 cell between short cells is no labelled
    advert (its value stays)."""
    body = ["馆长介绍，夜间开放首周共接待读者一千二百余人次，借还图书三千余册。", "相关阅读",
            "我县今年将新建城市书房五处", "城市书房实行刷卡进出，市民可通过手机预约座位，随到随读，借还方便。"]
    kept = keeps([*HEAD, *body, *FOOT])[len(HEAD):len(HEAD) + len(body)]
    assert kept == [True, False, False, False]
    body = [body[0], "相关阅读：我县今年将新建城市书房五处"]
    assert keeps([*HEAD, *body, *FOOT])[len(HEAD):len(HEAD) + len(body)] == [True, False]
    cells = ["收入项目", "金额（万元）", "广告", "32.5", "发行", "118.0"]
    assert [v.keep for v in classify_lines("\n".join(cells), page=False)][3] is True


MASTHEAD = ["《某县志（1991—2020）》正式出版_某县地方志办公室", "某县地方志办公室", "首页 方志动态 地情资料",
            "您当前的位置：首页 > 方志动态", "《某县志（1991—2020）》正式出版",
            "时间：2026-04-08 来源：县志办 点击数：96",
            "近日，历时六年编纂的《某县志（1991—2020）》由某某出版社出版，全书约二百万字，分为三十卷。",
            "《某县志（1991—2020）》编纂委员会", "主编：某甲", "副主编：某乙 某丙", "编辑：某丁 某戊", "校对：某己",
            "该志已赠送县内各中小学图书馆，读者可到县档案馆查阅。",
            "责任编辑：某庚", "校对：某辛", "【打印本页】 【关闭窗口】", "版权所有：某县地方志办公室 某ICP备00000031号"]


def test_a_masthead_the_text_lists_stays() -> None:
    """The role rows under a book's 编纂委员会 (主编：…, 副主编：…, 编辑：…, 校对：…) are the news of the book's
    makers, the text's, with the paragraph under them; the page's own 责任编辑 and 校对 under the text go
    (before, the rows went as editor fields and the paragraph after them as an island)."""
    kept = keeps(MASTHEAD)
    assert all(kept[4:5]) and all(kept[6:13])
    assert not any(kept[13:])


def test_credits_under_no_masthead_heading_go_as_before() -> None:
    """The same roles as a page's credits under the text's last paragraph, no 编辑部 or 编委会 heading
    over them, go as editor lines."""
    page = [*MASTHEAD[:7], "主编：某甲", "编辑：某丁", "校对：某己", *MASTHEAD[15:]]
    assert keeps(page)[7:10] == [False, False, False]


@given(st.lists(st.text("甲乙丙丁戊己庚辛壬癸", min_size=2, max_size=3), min_size=3, max_size=3))
def test_a_mastheads_rows_stay_whatever_the_names(names: list[str]) -> None:
    """Whatever the names in the masthead's rows, they stay, and drop_spam's output keeps them when read
    again."""
    rows = [f"主编：{names[0]}", f"副主编：{names[1]}", f"编辑：{names[2]}"]
    page = [*MASTHEAD[:8], *rows, *MASTHEAD[12:]]
    assert all(keeps(page)[8:11])
    once = drop_spam_lines("\n".join(page))
    assert drop_spam_lines(once) == once


def test_a_no_prose_pages_menu_over_its_first_breadcrumb_goes() -> None:
    """On a page of short lines only (a programme), the menu between the site's bars (a row of links, a
    home link) and the breadcrumb goes as the menu over the headline (before, only a menu right under the
    title went: the bars the rules dropped between kept it)."""
    page = ["春季运动会秩序册-某某中学", "某某中学", "学校首页 | 图书馆 | English", "首页", "学校概况", "德育园地",
            "校园新闻", "当前位置：首页 > 校园新闻 > 活动通知", "春季运动会秩序册",
            "开幕式 4月10日 8:00", "入场式 高一（1）班", "男子100米预赛 田径场", "女子跳远决赛 沙坑",
            "闭幕式 4月11日 16:00", "版权所有 某某中学 某ICP备00000041号"]
    kept = keeps(page)
    assert not any(kept[1:8])
    assert all(kept[8:14])


def test_a_call_to_scan_and_follow_a_named_account_goes() -> None:
    """扫码关注, an account's name and its kind (公众号, 视频号), maybe what following brings, is a QR
    prompt; a guide's step that goes on to what to do there, or a bare 扫码关注 in a sentence, stays."""
    for s in ("扫码关注“某某发布”微信公众号", "扫码关注某某天气公众号", "扫码关注“某某日报”视频号，获取更多本地新闻"):
        assert classify_lines(s, page=False)[0].rule == "prompt", s
    for s in ("扫码关注“某某政务”公众号，进入“办事大厅”栏目即可办理。", "扫码关注公众号后点击菜单栏报名"):
        assert classify_lines(s, page=False)[0].keep, s


def test_the_sites_calls_for_contributions_and_corrections_go() -> None:
    """The site's call for contributions under its label (投稿须知：本网…欢迎…投稿…), its call for corrections
    on its pages (信息纠错：如您发现本网页面内容有误…) and a dialog's note that the reader leaves the site go;
    a 征文 notice's sentence, a journal's (本刊) rules, a notice asking for a review of its list and a
    reminder to leave a place stay."""
    gone = ["投稿须知：本网“校园动态”栏目欢迎师生投稿，来稿请注明作者和班级，一经采用即在本网发布。",
            "信息纠错：如您发现本网页面内容有误或已过时，请告诉我们，我们将及时修改。",
            "您即将离开某某区政府网站，进入的页面由第三方提供，是否继续访问？"]
    for s in gone:
        assert classify_lines(s, page=False)[0].rule == "site_notice", s
    kept = ["本网特开设“我和我的家乡”征文专栏，欢迎广大网友踊跃投稿。", "投稿须知：本刊欢迎各界人士投稿，来稿请附作者简介。",
            "如发现本网公布的名单有误，请于5个工作日内反映。", "您即将离开考场，请带好随身物品。"]
    for s in kept:
        assert classify_lines(s, page=False)[0].keep, s


def test_a_bulletins_issue_title_over_its_compiler_line_stays_read_again() -> None:
    """drop_spam's output of a 简报 page opens with the issue's title over its compiler line (某某办公室编
    date) and its 本期要目: read again, the title stays (before, it went as a journal's issue line)."""
    page = ["工作简报（2026年第7期）-某区某局", "某区某局", "首页 政务公开 互动交流", "首页 > 工作简报",
            "工作简报（2026年第7期）", "发布时间：2026-04-02 访问次数：51", "某区某局办公室编 2026年4月2日", "本期要目",
            "◆ 一季度全区消费市场平稳回升", "◆ 区局召开安全生产工作会议",
            "一季度全区消费市场平稳回升", "一季度全区实现社会消费品零售总额十二亿元，同比增长百分之五。",
            "区局召开安全生产工作会议", "三月二十日，区局召开安全生产工作会议，部署二季度重点工作。",
            "往期简报", "工作简报（2026年第6期） 2026-03-18", "某区某局 版权所有 某ICP备00000051号"]
    once = drop_spam_lines("\n".join(page))
    assert once.split("\n")[0] == "工作简报（2026年第7期）"
    assert drop_spam_lines(once) == once


def test_a_heading_under_a_word_广告_stays_and_an_advert_with_its_hotline_goes() -> None:
    """The line under a 广告 label between paragraphs goes only with an advert's signal on it (a phone's
    or hotline's digits, 详询, a web address): a heading of the text there (第二部分 …, a heading that
    names 广告) stays; an advert with its hotline goes."""
    paras = ["晚上七点，县图书馆二楼的阅览室依旧灯火通明，三十多名读者正在安静地看书。",
             "馆长介绍，夜间开放首周共接待读者一千二百余人次，借还图书三千余册。",
             "下一步，图书馆还将增设自习专区，延长周末开放时间。"]
    for line, kept in (("第三部分 读者反馈", True), ("广告审查制度的主要变化", True),
                       ("某某家电 以旧换新 热线 400-000-0000", False), ("某某驾校 报名请到 www.example.com", False)):
        body = [paras[0], "广告", line, *paras[1:]]
        assert keeps([*HEAD, *body, *FOOT])[len(HEAD) + 2] is kept, line


def test_a_call_for_contributions_with_the_text_going_on_under_it_stays() -> None:
    """A 征稿 page's own terms inside its text (投稿方式：本网站欢迎…, a paragraph of the text under it) stay;
    the same call at the foot of the article, the page's chrome under it, goes as before."""
    body = ["为记录全县乡村的新变化，本网站即日起开设“乡村记忆”专栏，面向社会公开征集稿件。",
            "投稿方式：本网站欢迎广大读者投稿，来稿请发至专栏邮箱，并注明作者姓名。",
            "来稿以记叙文为主，字数在三千字以内，一经采用即付稿酬，并在本网站专栏刊发。"]
    assert all(keeps([*HEAD, *body, *FOOT])[len(HEAD):len(HEAD) + len(body)])
    body = [body[0], body[2], body[1]]
    assert keeps([*HEAD, *body, *FOOT])[len(HEAD):len(HEAD) + len(body)] == [True, True, False]


def test_a_notices_review_request_on_本网信息_stays_and_the_sites_call_goes() -> None:
    """如发现本网信息…有误 with no 纠错 label and no website named is a notice's own request to review
    what it lists (it stays); under a 纠错 label, or naming the website it asks to hear from, it is the
    site's call for corrections (it goes)."""
    for s in ("如发现本网信息公布的考核结果有误，请于3个工作日内向教务处反映。", "如发现本网内容所列名单有误，请向所在村委会反映。"):
        assert classify_lines(s, page=False)[0].keep, s
    for s in ("内容纠错：如您发现本网信息有错误，请及时告诉我们。", "如您发现本网内容有误，请与网站管理员联系。"):
        assert classify_lines(s, page=False)[0].rule == "site_notice", s
