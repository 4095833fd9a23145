"""Classes of lines that session 39's held-out pages 689-700 (BHA39) showed the rules missed: a site
search page's sort and time-range bars and its count of results, a login wall's call under the teaser of
the text it hides, and a login form's field names. Each page is our own invented text; the look-alikes
stay as before."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtext.spam import classify_lines
from page_common import keeps


def _rules(lines: list[str]) -> list[str | None]:
    """The rule of each line read alone (no page reading): None where it stays."""
    return [v.rule for v in classify_lines("\n".join(lines), page=False)]


SEARCH_HEAD = ["某县人民政府门户网站", "首页 政务公开 政务服务 政民互动", "全站搜索", "医保 报销", "搜索",
               "全部 政策文件 新闻动态 办事服务"]
RESULTS = [
    "某县关于调整城乡居民医保门诊报销比例的通知",
    "各乡镇人民政府，县直各有关单位：经县人民政府同意，自2027年1月1日起，城乡居民医保普通门诊报销比例调整为百分之六十……",
    "https://www.example.gov.cn/zwgk/202611/t20261102_1201.html 2026-11-02",
    "图解：门诊报销比例调整后怎么报？",
    "本次调整后，参保人在乡镇卫生院就诊的报销比例提高十个百分点，村卫生室就诊同步提高……",
    "https://www.example.gov.cn/zcjd/202611/t20261105_1214.html 2026-11-05",
]
SEARCH_FOOT = ["1 2 3 下一页 尾页", "网站地图 | 联系我们", "某ICP备00000391号"]


@pytest.mark.parametrize("bar", ["按相关度 按时间", "时间不限 一周内 一月内 一年内", "按相关性 | 按时间",
                                 "一天内 一周内 一个月内"])
def test_a_search_pages_sort_and_time_bars_go(bar: str) -> None:
    """A search page's sort bar (按相关度 按时间) and time-range bar (时间不限 一周内 …) are interface words,
    under the search box (before, both stayed: none of their words was one)."""
    assert _rules([*SEARCH_HEAD, bar])[-1] == "chrome"
    kept = keeps([*SEARCH_HEAD, bar, *RESULTS, *SEARCH_FOOT])
    assert kept[len(SEARCH_HEAD)] is False
    assert kept[len(SEARCH_HEAD) + 1] is True  # (the first result's title: its snippet under it)


@pytest.mark.parametrize("word", ["一年内", "一周内", "按时间", "用户名", "手机号"])
def test_a_bar_word_alone_is_a_cell_or_a_field(word: str) -> None:
    """One such word alone on its line is a table's cell (服务期限 over 一年内) or a guide's field (用户名),
    not a bar: it stays read alone, as before."""
    assert _rules([word]) == [None]
    assert _rules(["服务期限", word, "收费标准", "免费"]) == [None, None, None, None]


@pytest.mark.parametrize("count", ["为您找到相关结果 23 个", "共找到 37 条结果", "找到相关结果约46条，用时0.12秒",
                                   "检索到 5 条记录", "搜索到相关信息 12 条"])
def test_a_search_pages_count_of_results_goes(count: str) -> None:
    """A search page's count of its results, the whole line (为您找到相关结果 23 个), under the search box, is
    the page's (before, it stayed)."""
    assert _rules([*SEARCH_HEAD, count])[-1] == "doc_site"
    assert _rules(["按相关度 按时间", count])[1] == "doc_site"
    kept = keeps([*SEARCH_HEAD, count, *RESULTS, *SEARCH_FOOT])
    assert kept[len(SEARCH_HEAD)] is False


@pytest.mark.parametrize("line", ["经排查，共找到隐患点 12 处，已全部整改。", "共检索到相关文献12篇，其中核心期刊5篇。",
                                  "找到 3 个", "在广场上找到 2 个走失儿童的家长"])
def test_a_sentence_that_found_something_stays(line: str) -> None:
    """A text's line that finds things (隐患点, 文献), or a count naming no result, stays."""
    assert _rules([line]) == [None]


@pytest.mark.parametrize("wall", ["剩余80%内容，登录后可继续阅读", "登录后查看全文", "登录后可阅读全文>>",
                                  "会员登录后阅读全文"])
def test_a_login_walls_call_goes(wall: str) -> None:
    """A login wall's call under a teaser (剩余80%内容，登录后可继续阅读) is a reader prompt (before, it
    stayed beside the teaser)."""
    assert _rules([wall]) == ["prompt"]


def test_a_sentence_on_logging_in_stays() -> None:
    """A notice's sentence telling readers to log in to see a result stays."""
    line = "考生可登录后查看全文及成绩单，如有疑问请致电招生办。"
    assert _rules([line]) == [None]


@pytest.mark.parametrize("form", ["用户名/手机号", "用户名 | 手机号", "手机号/用户名 密码"])
def test_a_login_forms_field_names_go(form: str) -> None:
    """A login form's field names on one line (用户名/手机号) beside its button (登录 注册) are interface words
    (before, they stayed)."""
    assert _rules(["登录 注册", form])[1] == "chrome"
    assert _rules([form, "忘记密码? 登录"])[0] == "chrome"


@given(st.lists(st.sampled_from(["按相关度", "按时间", "一周内", "一年内", "用户名", "手机号", "打印", "关闭", "某县",
                                 "通知"]), min_size=1, max_size=6))
def test_bar_words_go_only_with_another_interface_word(words: list[str]) -> None:
    """A line of such words, read alone, goes when every one is an interface word or a bar's and one is an
    interface word proper (打印, 关闭); bar words alone, or any other word among them, keep it."""
    line = " ".join(words)
    bar = {"按相关度", "按时间", "一周内", "一年内", "用户名", "手机号"}
    chrome = {"打印", "关闭"}
    expect = all(w in bar | chrome for w in words) and any(w in chrome for w in words)
    assert (_rules([line]) == ["chrome"]) is expect


COURT_HEAD = ["某省某市中级人民法院关于某某有限公司破产清算案的公告_某破产案件信息网", "某破产案件信息网",
              "首页 法规政策 案件公开 公告信息 债权人会议 网上申报", "当前位置：首页 > 公告信息 > 法院公告"]
COURT_TOP = ["某省某市中级人民法院", "公告", "（2026）某01破7号"]
COURT_TEXT = [
    "本院根据某某有限公司的申请，于2026年10月9日裁定受理某某有限公司破产清算一案，并于同日指定某律师事务所担任管理人。",
    "某某有限公司的债权人应于2027年1月10日前向管理人申报债权，书面写明债权数额、有无财产担保，并提交有关证据。",
    "本院定于2027年1月20日上午9时在本院第二审判庭召开第一次债权人会议。",
    "特此公告。",
]
COURT_FOOT = ["【打印】【关闭】", "最新公告", "关于某某建材有限公司破产清算案的公告 2026-10-08",
              "主办单位：某法院 技术支持：某信息中心", "某ICP备00000392号"]


@pytest.mark.parametrize("row", ["公告类型：受理破产申请 发布日期：2026-10-12 公告法院：某省某市中级人民法院",
                                 "信息类型：法院公告 发布日期：2026-10-12"])
def test_a_record_row_over_the_texts_first_paragraph_goes(row: str) -> None:
    """A row of the page's record (fields of one word each, a date written with hyphens), its labels ones no
    lexicon holds, between the notice's heading lines and its first paragraph, is the page's record (before,
    the reading took it for the text's first line and kept it)."""
    lines = [*COURT_HEAD, *COURT_TOP, row, *COURT_TEXT, *COURT_FOOT]
    kept = keeps(lines)
    at = len(COURT_HEAD) + len(COURT_TOP)
    assert kept[at] is False
    assert kept[len(COURT_HEAD): at] == [True] * len(COURT_TOP)
    assert kept[at + 1: at + 1 + len(COURT_TEXT)] == [True] * len(COURT_TEXT)


FINANCE_HEAD = ["某市教育局2025年度部门决算公开_某市预决算公开平台", "某市预决算公开统一平台",
                "首页 政府预算 政府决算 部门预算 部门决算 三公经费", "当前位置：首页 > 部门决算 > 2025年度",
                "某市教育局2025年度部门决算公开"]
FINANCE_TEXT = ["目录", "第一部分 部门概况", "第二部分 部门决算情况说明", "第一部分 部门概况",
                "本部门负责全市教育事业发展规划的拟订和实施，统筹管理各级各类教育，负责市直学校的经费管理和教师队伍建设。",
                "纳入本部门2025年度决算编制范围的单位共十二个，其中行政单位一个、事业单位十一个。"]
FINANCE_FOOT = ["其他部门", "某市卫生健康委员会2025年度部门决算公开", "主办单位：某市财政局", "某ICP备00000393号"]


def test_a_record_row_right_under_the_headline_goes() -> None:
    """The record row right under the headline (公开日期：… 公开单位：… 浏览量：611), the text's contents under
    it, goes (before, it opened the reading's region and stayed)."""
    row = "公开日期：2026-08-28 公开单位：某市教育局 浏览量：611"
    kept = keeps([*FINANCE_HEAD, row, *FINANCE_TEXT, *FINANCE_FOOT])
    at = len(FINANCE_HEAD)
    assert kept[at] is False
    assert kept[at - 1] is True and kept[at + 1: at + 1 + len(FINANCE_TEXT)] == [True] * len(FINANCE_TEXT)


@pytest.mark.parametrize("row", ["时间：2026年11月5日 地点：县会议中心 主持人：某某", "主讲人：某某教授 地点：图书馆报告厅"])
def test_a_texts_own_fields_over_its_first_paragraph_stay(row: str) -> None:
    """A text's own fields over its first paragraph, its date in words or none, stay, as before."""
    lines = [*COURT_HEAD, *COURT_TOP, row, *COURT_TEXT, *COURT_FOOT]
    kept = keeps(lines)
    assert kept[len(COURT_HEAD) + len(COURT_TOP)] is True


def test_a_record_row_among_the_paragraphs_stays() -> None:
    """A row of fields with a hyphenated date after the text's first paragraph is the text's (a list of
    the cases it names), as before."""
    row = "案号：（2026）某01破3号 受理日期：2026-03-02 管理人：某律师事务所"
    lines = [*COURT_HEAD, *COURT_TOP, COURT_TEXT[0], row, *COURT_TEXT[1:], *COURT_FOOT]
    kept = keeps(lines)
    assert kept[len(COURT_HEAD) + len(COURT_TOP) + 1] is True


STATEMENT_PAGE = ["网站声明-某县人民政府", "某县人民政府", "首页 政务公开 政务服务 互动交流",
                  "当前位置：首页 > 网站声明", "网站声明",
                  "全县各部门的职责、办事指南和联系方式按政务公开、政务服务、互动交流三大板块编排。",
                  "点击各板块的名称即可进入相应页面，板块调整情况将在首页公告中另行说明。",
                  "网站地图 | 联系我们 | 网站声明", "主办单位：某县人民政府办公室 某ICP备00000394号"]


@pytest.mark.parametrize("word", ["网站声明", "网站地图", "联系我们"])
def test_the_page_a_footer_word_names_keeps_its_headline(word: str) -> None:
    """The page a footer's word names (网站声明, 网站地图, 联系我们), its headline that word alone under the
    breadcrumb ending with it and opening its title, keeps its headline (before, the footer rule dropped it
    and the reading took the site's name on top for the headline)."""
    lines = [x.replace("网站声明", word) if k in (0, 3, 4) else x for k, x in enumerate(STATEMENT_PAGE)]
    kept = keeps(lines)
    assert kept[4] is True
    assert kept[1] is False and kept[-2:] == [False, False]


@pytest.mark.parametrize("title", ["关于开展网站安全检查的通知-某县人民政府", ""])
def test_a_footer_word_under_a_crumb_on_another_page_goes(title: str) -> None:
    """The same word alone under a breadcrumb ending with it, on a page titled otherwise or with no title
    line, goes as before (a sidebar's link, no headline the title names)."""
    lines = [title, *STATEMENT_PAGE[1:]] if title else STATEMENT_PAGE[1:]
    kept = keeps(lines)
    assert kept[lines.index("网站声明")] is False


def test_the_footer_word_pages_text_read_again_keeps_its_headline() -> None:
    """drop_spam's output of such a page, read again, opens with the headline, the word alone over a
    sentence of the text: it stays (the output is a fixed point)."""
    from govtext.spam import drop_spam_lines

    once = drop_spam_lines("\n".join(STATEMENT_PAGE))
    assert once.split("\n")[0] == "网站声明"
    assert drop_spam_lines(once) == once


def test_a_footer_word_opening_a_footer_fragment_goes() -> None:
    """The word opening a text of footer lines (no sentence under it) goes, as before."""
    assert keeps(["网站地图", "联系我们", "主办单位：某县人民政府办公室", "某ICP备00000395号"])[0] is False


def test_a_texts_fields_beside_a_byline_stay() -> None:
    """A text's own fields under its byline (时间：… 地点：…, dates in words: no row of the page's record) stay."""
    rows = ["关于召开2027年全区教育工作会议的通知", "发布机构：某区教育局 发布日期：2026-12-01", "时间：2027年1月6日上午9时",
            "地点：区行政中心三楼会议室", "各中小学、幼儿园：经研究，决定召开2027年全区教育工作会议，请各单位主要负责人参加。"]
    kept = keeps(["某区教育局", "首页|政务公开|政务服务|互动交流", *rows, "【打印本页】 【关闭窗口】", "某ICP备00000395号"])
    assert kept[4:7] == [True, True, True]


def test_the_sites_name_over_its_menu_and_path_goes() -> None:
    """The site's name, the page title's last segment, on top of the menu and the breadcrumb, which the
    reading took for the headline as no line copies the title's first segment (the notice's heading broken
    into its court, 公告 and case number), goes (before, it stayed as the headline)."""
    lines = [*COURT_HEAD, *COURT_TOP, *COURT_TEXT, *COURT_FOOT]
    kept = keeps(lines)
    assert kept[1] is False
    assert kept[len(COURT_HEAD): len(COURT_HEAD) + len(COURT_TOP) + len(COURT_TEXT)] == [True] * (len(COURT_TOP) + len(COURT_TEXT))


def test_a_sites_name_under_the_path_stays() -> None:
    """The same name under the breadcrumb, heading the page's text (a school's 学校简介 page headed by its
    name), stays: only a name with the path under it is the site's."""
    lines = ["学校简介_某县第一中学", "首页 学校概况 校园新闻 教育教学 招生信息", "当前位置：首页 > 学校概况 > 学校简介",
             "某县第一中学", "某县第一中学创办于1952年，是省级示范性普通高中，现有教学班48个，在校学生两千余人。",
             "学校坚持立德树人，先后获评省文明校园、省绿色学校等称号。", "版权所有 某县第一中学 某ICP备00000396号"]
    kept = keeps(lines)
    assert kept[3:6] == [True, True, True]


@pytest.mark.parametrize("row", ["报名时间：2026-12-01 截止时间：2026-12-10 联系人：李老师",
                                 "会议时间：2026-12-01 会议地点：县政府三楼会议室 主持人：某某"])
def test_a_texts_own_event_fields_with_hyphen_dates_stay(row: str) -> None:
    """A text's own fields dated with hyphens, their labels an event's (报名时间, 会议时间), over its first
    paragraph or right under the headline, stay: only a publishing label (发布日期) or a site's counter
    (浏览量) makes the row the page's record (before, any hyphenated date did)."""
    lines = [*COURT_HEAD, *COURT_TOP, row, *COURT_TEXT, *COURT_FOOT]
    assert keeps(lines)[len(COURT_HEAD) + len(COURT_TOP)] is True
    under = [*FINANCE_HEAD, row, "", *FINANCE_TEXT[4:], *FINANCE_FOOT]
    assert keeps(under)[len(FINANCE_HEAD)] is True


REVIEW = ["基于文献计量的某主题研究综述", "一、数据来源", "以某主题为主题词在某数据库检索，时间跨度为2016—2026年。",
          "共检索到相关文章356篇。", "剔除会议通知等无关条目后，最终得到有效文献298篇，并用可视化软件进行分析。",
          "共找到 12 条记录", "其中核心期刊论文占比达到了百分之四十以上，说明该主题受到较高关注。"]


@pytest.mark.parametrize("at", [3, 5])
def test_a_reports_count_of_what_its_search_found_stays(at: str) -> None:
    """A report's line counting what its search found (共检索到相关文章356篇。, 共找到 12 条记录 between its
    sentences), no search box, sort bar or other count beside it, stays, read alone too (before, both went)."""
    assert _rules(REVIEW)[at] is None
    assert _rules([REVIEW[at]]) == [None]
    assert keeps(["某综述_某大学学报", "首页 期刊 投稿", "当前位置：首页 > 期刊", *REVIEW])[3 + at] is True


CONTACT_FIELDS = ["联系我们-某县教育局", "某县教育局", "首页 教育新闻 通知公告 政务公开", "当前位置：首页 > 联系我们", "联系我们",
                  "主办单位：某县教育局", "联系电话：0595-1234567", "通讯地址：某县人民路1号", "网站地图 | 联系我们 | 网站声明",
                  "某ICP备00000397号"]
MAP_TOPBAR = ["网站地图-某县教育局", "网站地图 | 联系我们", "某县教育局", "首页 教育新闻 通知公告", "当前位置：首页 > 网站地图", "网站地图",
              "本站共设3个一级栏目，点击栏目名称可直接进入相应页面。", "教育新闻", "通知公告", "政务公开",
              "网站地图 | 联系我们 | 网站声明", "主办：某县教育局 地址：某县人民路1号", "某ICP备00000398号"]


@pytest.mark.parametrize("page", [CONTACT_FIELDS, MAP_TOPBAR])
def test_a_footer_word_pages_output_is_a_fixed_point(page: list[str]) -> None:
    """The page a footer's word names reads the same on both passes: its headline kept back only where the
    line under it is kept and holds no footer word (主办单位：… under 联系我们 is the footer's block), and
    read again under a kept menu line (首页 教育新闻 over 网站地图) (before, the second pass dropped it)."""
    from govtext.spam import drop_spam_lines

    once = drop_spam_lines("\n".join(page))
    assert drop_spam_lines(once) == once
    if page is MAP_TOPBAR:
        assert "网站地图\n本站共设3个" in once


def test_a_sites_name_the_title_opens_with_stays() -> None:
    """The site's name over its menu and path where the title's first segment is that name too (某县教育局_某县教育局,
    the site's own page about itself) is the page's headline: it stays (before, it went as the site's name)."""
    lines = ["某县教育局_某县教育局", "某县教育局", "首页 教育新闻 通知公告", "当前位置：首页 > 机构概况",
             "某县教育局是县政府主管全县教育工作的工作部门，内设办公室等8个股室。", "局长：某某", "版权所有 某县教育局 某ICP备00000399号"]
    assert keeps(lines)[1] is True


@pytest.mark.parametrize(("lines", "at"), [
    (["一、登录系统", "纳税人打开电子税务局首页，点击右上角的登录按钮，进入登录页面。", "账号 密码", "用户名 手机号",
      "输入用户名和密码后点击登录。"], [2, 3]),
    (["表2 各时段办件量", "一周内 一月内 一年内", "12 35 88"], [1]),
    (["近日，市政务服务网上线智能搜索功能，市民登录后可按相关度或按时间排序查看办事指南。", "按相关度 按时间",
      "市大数据局表示，将持续优化搜索体验。"], [1]),
])
def test_bar_words_with_no_interface_word_beside_stay(lines: list[str], at: list[int]) -> None:
    """Bar or field words (账号 密码, 一周内 一月内 一年内, 按相关度 按时间) with no interface word proper on
    their line or on a line of interface words beside them (a guide's fields, a table's header, an
    article's words) stay (before, they went as chrome)."""
    rules = _rules(lines)
    assert [rules[k] for k in at] == [None] * len(at)
    assert all(keeps(lines))
