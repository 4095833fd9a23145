"""Classes of lines that session 42's held-out pages 785-796 (BHA42, justice, safety and public-service bodies'
pages) showed the rules missed: a board of notices one under the other (a court's 开庭公告 over its 执行公告), the
notices above the one the page reading took for the article lost as chrome; a page titled with the site's name
alone, the title and its copy on top kept over the menu and the path; a hotline in the site's header between its
name and its menu kept as the headline's subtitle. Each line is our own invented text; the look-alikes stay as
before."""

from __future__ import annotations

import pytest

import govtext
from govtext.spam import classify_lines
from page_common import keeps

COURT_HEAD = ["法院公告_某县人民法院", "某县人民法院", "首页", "法院概况", "审判执行", "法院公告", "诉讼服务",
              "当前位置：首页 >> 法院公告", "送达公告", "开庭公告", "执行公告"]
COURT_FOOT = ["【打印】 【关闭】", "上一条：关于招录聘用制书记员的公告", "版权所有：某县人民法院", "某ICP备00001234号"]


def _notice(head: str, rows: list[str], date: str, body: str = "某县人民法院") -> list[str]:
    return [head, f"发布时间：{date.replace('年', '-').replace('月', '-').rstrip('日')} 浏览次数：88", *rows,
            "特此公告。", body, date]


HEARINGS = _notice("开庭公告", [
    "本院定于2027年1月11日至1月15日公开开庭审理下列案件：",
    "（2027）某0321民初118号 原告周某与被告某县顺通运输有限公司劳务合同纠纷",
    "开庭时间：2027年1月11日上午9时",
    "开庭地点：第二审判庭",
    "（2027）某0321民初131号 原告何某与被告蒋某民间借贷纠纷",
    "开庭时间：2027年1月13日下午3时",
    "开庭地点：第一审判庭",
], "2027年1月5日")
ENFORCEMENT = ["执行公告", "（2026）某0321执906号",
               "本院在执行申请执行人某县农业发展有限公司与被执行人梁某买卖合同纠纷一案中，被执行人未按执行通知履行义务。",
               "现责令被执行人自本公告发布之日起十五日内履行给付货款人民币十二万元的义务，逾期本院将依法强制执行。",
               "特此公告。", "某县人民法院", "2027年1月4日"]


def test_notices_above_the_article_on_a_board_stay() -> None:
    """A court's 公告 board: a 开庭公告 list (a sentence ending in a colon, case numbers, field rows) over an
    执行公告 whose prose the page reading takes for the article. The list's lines and its heading over its
    metadata row stay (before, they went as the chrome run before the article); the menu over them goes."""
    lines = [*COURT_HEAD, *HEARINGS, *ENFORCEMENT, *COURT_FOOT]
    kept = dict(zip(lines, keeps(lines)))
    assert all(kept[x] for x in HEARINGS if not x.startswith("发布时间")), [x for x in HEARINGS if not kept[x]]
    assert all(kept[x] for x in ENFORCEMENT)
    assert not any(kept[x] for x in ("法院概况", "审判执行", "诉讼服务", "送达公告"))
    assert not any(kept[x] for x in COURT_FOOT)
    once = govtext.normalize("\n".join(lines))
    assert govtext.normalize(once) == once and once.startswith("开庭公告\n本院定于")  # (read again alike)


def test_a_board_of_three_notices_stays_whole() -> None:
    """Three notices in a row, the last the article: both above it stay, each ended by its sentence, signature
    and date (before, the two above went)."""
    service = _notice("送达公告", [
        "朱某、朱某某：",
        "本院受理原告某县信用合作联社诉你们金融借款合同纠纷一案，因你们下落不明，现依法向你们公告送达起诉状副本及开庭传票",
        "自公告之日起经过三十日即视为送达",
    ], "2027年1月6日")
    lines = [*COURT_HEAD, *service, *HEARINGS, *ENFORCEMENT, *COURT_FOOT]
    body = [*service, *HEARINGS, *ENFORCEMENT]
    kept = keeps(lines)[len(COURT_HEAD):len(COURT_HEAD) + len(body)]
    assert [x for x, k in zip(body, kept) if not k and not x.startswith("发布时间")] == []


def test_a_notice_of_field_rows_over_a_notice_stays() -> None:
    """An auction notice of field rows (拍卖标的：…, 起拍价：…), signed and dated, over the board's next notice, the
    article: its rows stay (before, they went as the chrome run before the article)."""
    auction = _notice("拍卖公告", [
        "本院将在网络司法拍卖平台公开拍卖下列财产：",
        "拍卖标的：某县城关镇建设路18号商铺一间",
        "拍卖时间：2027年2月20日10时至2月21日10时",
        "起拍价：人民币46万元",
        "保证金：人民币5万元",
        "咨询电话：0000-6612345",
    ], "2027年1月7日")
    lines = [*COURT_HEAD, *auction, *ENFORCEMENT, *COURT_FOOT]
    kept = dict(zip(lines, keeps(lines)))
    assert all(kept[x] for x in auction if not x.startswith("发布时间")), [x for x in auction if not kept[x]]
    assert not any(kept[x] for x in ("法院概况", "审判执行", "诉讼服务"))


def test_a_side_menu_over_the_first_notice_with_no_metadata_row_still_goes() -> None:
    """The board's first notice under the side menu a word a line, no metadata row between: the notice's lines
    and its heading, the menu's word repeated right over its text, stay (before, they went); the menu's words over
    them go as before."""
    hearings = [x for x in HEARINGS if not x.startswith("发布时间")]
    lines = [*COURT_HEAD, *hearings, *ENFORCEMENT, *COURT_FOOT]
    kept = keeps(lines)
    assert kept[len(COURT_HEAD) - 3:len(COURT_HEAD)] == [False, False, False]  # (送达公告 开庭公告 执行公告)
    assert all(kept[len(COURT_HEAD):len(COURT_HEAD) + len(hearings)])  # (开庭公告, the heading, first)


@pytest.mark.parametrize("menu", [["送达公告", "开庭公告", "执行公告"], ["开庭公告", "拍卖公告", "执行公告", "送达公告"]])
def test_a_side_menu_whose_last_word_is_no_heading_goes_whole(menu: list[str]) -> None:
    """The side menu's last word no copy of one above it (执行公告 or 送达公告 over the text; the heading's word named
    earlier in the menu only): no heading of the notice is restored, the menu's words over its last go and the
    notice's text stays. Known gap, not asserted: the menu's last word right over the text is kept as its headline
    (the page reading's headline over a region with none, :func:`~govtext.boilerplate._head_line`), as before."""
    head = [*COURT_HEAD[:8], *menu]
    hearings = [x for x in HEARINGS if not x.startswith("发布时间")][1:]  # (the notice's text, no heading)
    lines = [*head, *hearings, *ENFORCEMENT, *COURT_FOOT]
    kept = keeps(lines)
    assert not any(kept[8:len(head) - 1])
    assert all(kept[len(head):len(head) + len(hearings)])


HEARING_ROWS = HEARINGS[2:]  # (the 开庭公告's text, from 本院定于… to its date)


@pytest.mark.parametrize("rows", [["【打印】 【关闭】"], ["【字号：大 中 小】 【打印】"], ["来源：本院", "发布时间：2027-01-05"],
                                  ["来源：立案庭 浏览次数：61"], ["【打印】", "发布日期：2027-01-05"]])
@pytest.mark.parametrize("heading", ["开庭公告", "开庭排期公告"])
def test_a_first_notice_heading_over_its_tool_or_metadata_rows_stays(rows: list[str], heading: str) -> None:
    """The board's first notice's heading right under the path, over its print bar or its metadata rows (no date in
    one of them, or none at all) and over its text: the heading stays with the text (before, only a heading over a
    dated row did; over 【打印】 【关闭】 or 来源：本院 it went as the menu's run)."""
    head = COURT_HEAD[:8]
    lines = [*head, heading, *rows, *HEARING_ROWS, *ENFORCEMENT, *COURT_FOOT]
    kept = dict(zip(lines, keeps(lines)))
    assert kept[heading]
    assert all(kept[x] for x in HEARING_ROWS)
    assert not any(kept[x] for x in rows)


def test_a_menu_word_over_a_footer_row_is_no_notice_heading() -> None:
    """A short line over a dropped row that is neither a date, buttons nor a metadata label (a copyright row) heads
    no notice: the menu word over it goes as before (the rows between a heading and its text are read, not skipped)."""
    head = [*COURT_HEAD[:8], "开庭公告", "版权所有：某县人民法院"]
    lines = [*head, *HEARING_ROWS, *ENFORCEMENT, *COURT_FOOT]
    kept = keeps(lines)
    assert kept[8:10] == [False, False]
    assert all(kept[len(head):len(head) + len(HEARING_ROWS)])


def test_a_related_list_of_dated_headlines_over_an_article_still_goes() -> None:
    """Headlines over their dates above an article (a sidebar of the latest notices): no closing sentence over a
    signature there, no notice; they go as before."""
    head = ["某县人民法院", "首页", "审判执行", "法院公告", "诉讼服务", "最新公告",
            "关于公开招聘司法辅助人员的公告", "2027年1月3日", "关于开展执行款集中发放活动的通知", "2027年1月2日"]
    lines = [*head, *ENFORCEMENT, *COURT_FOOT]
    kept = keeps(lines)
    assert not any(kept[:len(head) - 2])
    assert all(kept[len(head) + 2:len(head) + len(ENFORCEMENT)])


def test_a_closing_block_far_above_the_article_keeps_the_article() -> None:
    """A closing block with more than ``notice_gap_max_lines`` lines between its date and the text under it (a
    heading, 文号, metadata row and print bar): the article under them stays. Known gap, not asserted: the notice
    above is then read as no notice of the board, its lead-in sentence and field rows going as the chrome run before
    the article (a gap of four rows reads no different from a sidebar's box over an article)."""
    gap = ["执行公告", "（2026）某0321执906号", "发布时间：2027-1-4 浏览次数：61", "【字号：大 中 小】 【打印】"]
    lines = [*COURT_HEAD, *HEARINGS, *gap, *ENFORCEMENT[2:], *COURT_FOOT]
    got = dict(zip(lines, keeps(lines)))
    assert all(got[x] for x in ENFORCEMENT[2:])


SITE = "某省药品监督管理局"
RECALL = ["关于某制药有限公司主动召回某某颗粒的通告", "2027-01-08 10:15 来源：药品安全监管处 【打印】",
          "近日，某制药有限公司发现其生产的部分批次某某颗粒可能存在溶散时限不符合规定的风险，决定主动实施三级召回。",
          "请相关经营企业、使用单位立即停止销售和使用上述批次产品，并配合企业做好召回工作。", SITE, "2027年1月8日"]
FOOT = ["网站地图 联系我们", f"{SITE} 版权所有", "某ICP备05000001号"]


@pytest.mark.parametrize("site", [SITE, "某市市场监督管理局", "某市住房和城乡建设局"])
def test_a_title_of_the_site_name_alone_goes_with_its_copy_over_the_path(site: str) -> None:
    """The page titled with the site's name alone, its copy on top over the menu and the path, the page's own
    headline under the path: the title and the copy go (before, both stayed); the headline and text stay."""
    lines = [site, site, "首页 机构概况 新闻动态 政务公开 政务服务", "当前位置：首页 > 政务公开 > 公告通告",
             *[x if x != SITE else site for x in RECALL], *[x.replace(SITE, site) for x in FOOT]]
    kept = keeps(lines)
    assert kept[:2] == [False, False]
    assert kept[4] and all(kept[6:10])


def test_a_title_of_the_site_name_alone_over_its_own_page_stays() -> None:
    """A body's page about itself titled with its name, its name on top and again under the path as the page's
    headline over its text: the title is the headline's copy, so it and the name on top stay as before."""
    site = "某市住房和城乡建设局"
    lines = [site, site, "首页 机构概况 新闻动态 政务公开 政务服务", "当前位置：首页 > 机构概况", site,
             "某市住房和城乡建设局是市政府工作部门，负责全市住房保障、城乡建设和建筑市场监管等工作。",
             "局机关内设办公室、政策法规科、住房保障科、建筑市场监管科等8个科室。", "版权所有 某市住房和城乡建设局"]
    assert keeps(lines) == [True, True, False, False, True, True, True, False]


@pytest.mark.parametrize("hotline", ["全国消防报警电话：119", "服务热线：12345", "值班电话：0771-5553110",
                                     "急救电话：120"])
def test_a_hotline_between_the_site_name_and_its_menu_goes(hotline: str) -> None:
    """A contact row of the site's header between its name and its menu (the title's site segment on top) goes with
    the name (before, it stayed as the headline's subtitle); the headline under the path stays."""
    lines = ["首页 - 某市消防救援支队", "某市消防救援支队", hotline, "首页", "支队概况", "消防新闻", "消防宣传",
             "当前位置：首页 > 消防宣传 > 火灾警示", "冬季用电用火安全提示",
             "入冬以来，我市居民住宅火灾多发，消防部门提醒市民不要在楼道内为电动自行车充电。",
             "使用取暖器具时应远离可燃物，离开房间或睡觉时关闭电源。", "编辑：某某", "版权所有 某市消防救援支队"]
    kept = keeps(lines)
    assert not kept[2]
    assert kept[8] and kept[9] and kept[10]


def test_a_hotline_under_the_path_stays() -> None:
    """A phone row under the path, over the headline (the page's own), is no row of the site's header: as before."""
    lines = ["首页 - 某市消防救援支队", "某市消防救援支队", "首页", "支队概况", "消防新闻", "当前位置：首页 > 社会服务",
             "消防安全咨询电话：0771-5553119", "冬季用电用火安全提示",
             "入冬以来，我市居民住宅火灾多发，消防部门提醒市民不要在楼道内为电动自行车充电。", "版权所有 某市消防救援支队"]
    kept = keeps(lines)
    assert kept[6] and kept[7] and kept[8]  # (消防安全咨询电话：…, the headline and its text)


def test_a_board_with_a_long_run_of_blanks_in_a_date_is_read_in_linear_time() -> None:
    """The notices above the article are looked for through date lines (a signature's date, the next notice's
    lines): a line of a date, a long run of blanks and a weekday's word is read no more than a short one is."""
    from linear_common import assert_linear

    def page(n: int) -> str:
        return "\n".join([*COURT_HEAD, *HEARINGS[:-1], "2027年1月5日" + "\t" * n + "周", *ENFORCEMENT, *COURT_FOOT])

    assert_linear(classify_lines, page(2_000), page(8_000), repeat=2)


# Review of BHA42 (FXA42): a title printed as the page's headline and again over the path, the text under the path
# opening with a 文号, a salutation or a date, is no site's name: both copies of the headline stay.
NOTICE_HEAD = "某县人民政府办公室关于印发某县2027年防汛工作方案的通知"
NOTICE_BODY = ["某政办发〔2027〕12号", "各乡镇人民政府，县直有关单位：",
               "《某县2027年防汛工作方案》已经县政府同意，现印发给你们，请认真贯彻执行。", "某县人民政府办公室", "2027年4月2日"]
NOTICE_FOOT = ["【打印本页】 【关闭窗口】", "主办：某县人民政府办公室", "某ICP备12345678号"]
PATH = "您当前的位置：首页 > 政务公开 > 政府文件"
MENU = ["首页", "机构概况", "政务公开", "通知公告", "办事服务", "互动交流"]


@pytest.mark.parametrize("page", [
    [NOTICE_HEAD, NOTICE_HEAD, PATH, *NOTICE_BODY],  # (文号 first under the path)
    [NOTICE_HEAD, NOTICE_HEAD, "发布时间：2027-04-02 来源：县政府办", PATH, *NOTICE_BODY],  # (a metadata row between)
    [NOTICE_HEAD, "某县人民政府", NOTICE_HEAD, PATH, *NOTICE_BODY],  # (the site's name between the copies)
    [NOTICE_HEAD, NOTICE_HEAD, *MENU, PATH, *NOTICE_BODY[1:]],  # (a salutation first, a menu over the path)
    [NOTICE_HEAD, NOTICE_HEAD, PATH, "2027年4月2日", *NOTICE_BODY[2:4]],  # (a date first)
    ["关于开展2027年春季义务植树活动的通知", "关于开展2027年春季义务植树活动的通知", *MENU, "当前位置：首页 > 通知公告",
     "各乡镇人民政府，县直各单位：", "为深入推进国土绿化行动，决定于2027年3月开展春季义务植树活动。现将有关事项通知如下：",
     "某县绿化委员会办公室", "2027年3月1日"],
    ["某县应急管理局关于做好汛期安全防范工作的紧急通知", "某县应急管理局关于做好汛期安全防范工作的紧急通知", PATH,
     "县应急〔2027〕8号", "各乡镇人民政府，县直有关单位：", "近期我县将进入主汛期，现就做好汛期安全防范工作紧急通知如下。",
     "某县应急管理局", "2027年6月3日"],
])
def test_a_title_that_is_the_headline_over_a_notice_s_number_or_salutation_stays(page: list[str]) -> None:
    """The page title is the notice's headline, printed again over the path (a metadata row, a menu or the site's
    name between), and the text under the path opens with its 文号, its salutation or a date: both copies of the
    headline stay (after BHA42 both went as the site's name over the path, as the title is one segment)."""
    lines = [*page, *NOTICE_FOOT]
    kept = keeps(lines)  # (by position: the title and its copy are the same string)
    path = next(i for i, x in enumerate(page) if "位置" in x)
    assert kept[0]
    assert all(kept[path + 1:len(page)]), [x for x, k in zip(page[path + 1:], kept[path + 1:]) if not k]


@pytest.mark.parametrize("title", ["某县召开防汛工作推进会", "冬季用电用火安全提示", "全县经济实现良好开局", "某县选派驻村干部",
                                   "某县2027年第一中学招生简章"])
def test_a_title_of_a_headline_shape_no_site_name_stays(title: str) -> None:
    """A one-segment title over its copy and the path, a headline of its own under the path, but the title no site's
    or body's name (a meeting, a tip, a 开局, 干部, a year): the title and its copy stay as before BHA42."""
    lines = [title, title, "首页 机构概况 新闻动态 政务公开", "当前位置：首页 > 新闻动态", "图片新闻",
             "4月2日，某县召开专题会议，研究部署当前重点工作，县直有关部门负责人参加会议。", "版权所有 某县人民政府"]
    assert keeps(lines)[:2] == [True, True]


@pytest.mark.parametrize("under", [["某政办发〔2027〕12号"], ["各乡镇人民政府，县直有关单位："], ["2027年4月2日"],
                                   ["（2026）某0321执906号"]])
def test_a_title_of_the_site_name_over_a_number_or_salutation_stays(under: list[str]) -> None:
    """The site's name alone as the title over its copy and the path, but no headline of the page's own under the
    path (its 文号, salutation, date or case number opens the text): both stay as before BHA42."""
    lines = [SITE, SITE, "首页 机构概况 新闻动态 政务公开 政务服务", "当前位置：首页 > 政务公开", *under,
             "近日，省药品监督管理局组织开展药品安全专项检查，现将检查结果通报如下。", *FOOT]
    assert keeps(lines)[:2] == [True, True]


@pytest.mark.parametrize(("site", "headline"), [("某市消防救援支队", "冬季用电用火安全提示"),
                                                ("某县人民医院", "关于调整专家门诊时间的通知"),
                                                ("某市政务服务网（试运行）", "某市推出企业开办一件事服务"),
                                                ("某县第一中学", "2027年秋季招生简章")])
def test_a_title_of_the_site_name_alone_over_a_headline_goes(site: str, headline: str) -> None:
    """The site's name alone as the title (bodies and sites of other kinds: a 支队, a hospital, a 网 with its
    qualifier, a school), its copy over the menu and the path, the page's own headline under the path: the title and
    the copy go, the headline and its text stay (BHA42's class, kept)."""
    lines = [site, site, "首页 机构概况 新闻动态 政务公开 政务服务", "当前位置：首页 > 通知公告", headline,
             "为方便群众办事，经研究决定，自2027年5月1日起调整有关服务安排，现将有关事项公告如下。", f"版权所有 {site}"]
    assert keeps(lines)[:2] == [False, False]
    assert keeps(lines)[4:6] == [True, True]


@pytest.mark.parametrize("under", [[NOTICE_BODY[0]], NOTICE_BODY[1:2]])
def test_a_two_segment_title_over_a_notice_s_number_or_salutation_stays(under: list[str]) -> None:
    """The title the notice's headline plus the site's name (…的通知_某县人民政府), the site's name over the menu and
    path, the text under the path opening with the 文号 or the salutation: the title, the headline's one copy, stays
    (before, a 文号 or a salutation read as a heading under the path and the title went)."""
    lines = [f"{NOTICE_HEAD}_某县人民政府", "某县人民政府", "首页 政务公开 政府文件 办事服务", PATH, *under,
             *NOTICE_BODY[2:], *NOTICE_FOOT]
    kept = keeps(lines)
    assert kept[0] and not kept[1]


def test_a_two_segment_title_of_a_column_s_name_still_goes() -> None:
    """The title a column's name plus the site's (法院公告_某县人民法院), the column the path names, a notice's lead-in
    opening the text: no headline's copy, the title goes as before."""
    lines = [*COURT_HEAD[:8], *HEARING_ROWS, *ENFORCEMENT, *COURT_FOOT]
    assert not keeps(lines)[0]


def test_the_site_name_and_headline_tests_read_long_lines_in_linear_time() -> None:
    """A site's name's shape, a 文号 or a date opening a line and a row of buttons are read in linear time on a long
    line of blanks between their parts."""
    from linear_common import assert_linear

    def page(n: int) -> str:
        return "\n".join([SITE, SITE, "首页 > 政务公开", "某政办发〔2027" + " " * n + "〕12号", "【打印】" + " " * n + "x",
                          "2027" + " " * n + "年", *RECALL[2:], *FOOT])

    assert_linear(classify_lines, page(2_000), page(8_000), repeat=2)


@pytest.mark.parametrize(("title", "under"), [("省委书记调研某市消防救援支队", "本网讯"), ("市领导到某县人民医院调研", "记者 张某"),
                                              ("某县人民医院", "记者 张某")])
def test_a_title_of_a_body_s_name_the_footer_does_not_name_stays(title: str, under: str) -> None:
    """A one-segment title of a body's name's shape (a news headline ending in a body's name, or another body's name),
    over its copy and the path, a short lead under the path (本网讯, a reporter's row), the footer naming another body
    (版权所有 某市人民政府): no site's name, the title and its copy stay."""
    lines = [title, title, "首页 新闻动态 政务公开", "当前位置：首页 > 新闻动态", under,
             "4月2日上午，市领导一行来到某县，实地察看了门诊楼改造和急诊急救能力建设情况。", "版权所有 某市人民政府"]
    assert keeps(lines)[:2] == [True, True]
