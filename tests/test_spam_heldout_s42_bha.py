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
    stay (before, they went), the menu's words over them go as before."""
    hearings = [x for x in HEARINGS if not x.startswith("发布时间")]
    lines = [*COURT_HEAD, *hearings, *ENFORCEMENT, *COURT_FOOT]
    kept = keeps(lines)
    assert kept[len(COURT_HEAD) - 3:len(COURT_HEAD)] == [False, False, False]  # (送达公告 开庭公告 执行公告)
    assert all(kept[len(COURT_HEAD) + 1:len(COURT_HEAD) + len(hearings)])


def test_a_related_list_of_dated_headlines_over_an_article_still_goes() -> None:
    """Headlines over their dates above an article (a sidebar of the latest notices): no closing sentence over a
    signature there, no notice; they go as before."""
    head = ["某县人民法院", "首页", "审判执行", "法院公告", "诉讼服务", "最新公告",
            "关于公开招聘司法辅助人员的公告", "2027年1月3日", "关于开展执行款集中发放活动的通知", "2027年1月2日"]
    lines = [*head, *ENFORCEMENT, *COURT_FOOT]
    kept = keeps(lines)
    assert not any(kept[:len(head) - 2])
    assert all(kept[len(head) + 2:len(head) + len(ENFORCEMENT)])


def test_a_closing_block_far_above_the_article_reads_no_notice() -> None:
    """A closing block with more than ``notice_gap_max_lines`` lines between its date and the text under it (a
    heading, 文号, metadata row and print bar) is no notice of the board read with it: its list goes as before."""
    gap = ["执行公告", "（2026）某0321执906号", "发布时间：2027-1-4 浏览次数：61", "【字号：大 中 小】 【打印】"]
    lines = [*COURT_HEAD, *HEARINGS, *gap, *ENFORCEMENT[2:], *COURT_FOOT]
    got = dict(zip(lines, keeps(lines)))
    assert not got["开庭地点：第二审判庭"] and not got["开庭时间：2027年1月11日上午9时"]
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
             *[x if x != SITE else site for x in RECALL], *FOOT]
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
    lines_base = keeps(lines)
    assert lines_base[7] and lines_base[8]
    assert [v.rule for v in classify_lines("\n".join(lines))][6] != "site_banner"


def test_a_board_with_a_long_run_of_blanks_in_a_date_is_read_in_linear_time() -> None:
    """The notices above the article are looked for through date lines (a signature's date, the next notice's
    lines): a line of a date, a long run of blanks and a weekday's word is read no more than a short one is."""
    from linear_common import assert_linear

    def page(n: int) -> str:
        return "\n".join([*COURT_HEAD, *HEARINGS[:-1], "2027年1月5日" + "\t" * n + "周", *ENFORCEMENT, *COURT_FOOT])

    assert_linear(classify_lines, page(2_000), page(8_000), repeat=2)
