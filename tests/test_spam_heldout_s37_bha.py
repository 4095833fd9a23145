"""Classes of lines that session 37's held-out pages 629-640 (BHA) showed the rules lost or missed: a
directory's entries as rows of cells between bars (名称 | 性质 | 床位 | 地址 | 电话), and a channel's menu
crawled between a notice's signature date and its 上一篇 link. Each page is our own invented text; the
look-alikes go or stay as before."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtext.spam import classify_lines
from page_common import keeps, rows_lost

HEAD = ["某区民政局", "首页", "机构概况", "政务公开", "社会救助", "养老服务", "当前位置：首页 > 养老服务 > 机构名录"]
FOOT = ["打印 | 关闭 | 收藏", "上一篇：某区养老服务补贴发放情况", "主办：某区民政局",
        "网站标识码：0000000000 某ICP备00000037号"]

DIRECTORY = [
    "某区社区卫生服务机构名录",
    "截至2026年10月底，全区社区卫生服务机构共六家，名录如下（名称｜类型｜床位数｜地址｜电话）：",
    "某区第一社区卫生服务中心｜公办｜40｜某区东风路12号｜0730-5512201",
    "某区第二社区卫生服务中心｜公办｜35｜某区向阳街8号｜0730-5512378",
    "北湖社区卫生服务站｜民办｜12｜某区北湖路3号｜0730-5514410",
    "南桥社区卫生服务站｜民办｜10｜某区南桥巷21号｜0730-5516082",
    "西城社区卫生服务中心｜公办｜28｜某区西城大道66号｜13907305521",
    "东湖社区卫生服务站｜民办｜8｜某区东湖路140号｜400-830-1122",
    "就诊咨询：区卫生健康局基层卫生科 0730-5512000",
]


def test_a_directorys_rows_between_bars_stay() -> None:
    """Rows of a directory's cells between bars, one cell a telephone number alone (with its area
    code, a mobile's eleven digits or a 400 number) and another holding a digit (a count, a house
    number), are the article's entries, not rows of links (before, each went as five |-separated
    links, and the enquiry line under them as a stray cut off by them)."""
    assert rows_lost(HEAD, FOOT, (), DIRECTORY) == []


@pytest.mark.parametrize("line", [
    "首页 | 新闻中心 | 办事服务 | 0730-5512000",
    "网站首页 | 登录 | 注册 | 帮助中心 | 400-830-1122",
    "学校首页 | 校园新闻 | 招生信息 | 13907305521",
])
def test_a_bar_of_links_with_a_hotline_and_no_other_digit_still_goes(line: str) -> None:
    """A bar of links whose last is the site's hotline has no other cell holding a digit: links, as
    before."""
    assert [v.rule for v in classify_lines(line, page=False)] == ["link_list"]


NOTICE = ["某乡2026年某村耕地补贴发放公示",
          "发布时间：2026-05-09 来源：某乡农业服务中心",
          "根据县里的通知，补贴标准为每亩110元，现将某村补贴面积及金额公示如下，公示期七天：",
          "1 张*山 一组 3.50 385.00", "2 李*红 一组 4.20 462.00", "3 王*平 二组 2.80 308.00",
          "4 赵*英 二组 5.10 561.00", "5 刘*军 三组 6.00 660.00", "合计 21.60 2376.00",
          "公示期间如有异议，请向乡农业服务中心反映。", "举报电话：0730-5271000"]
SITE_HEAD = ["某乡人民政府", "首页 走进某乡 新闻动态 信息公开 惠民资金 办事服务", "位置：首页 > 惠民资金 > 农业补贴"]
SITE_FOOT = ["上一篇：某村农机购置补贴公示", "下一篇：某村养老保险缴费公示", "网站声明 | 联系我们 | 网站地图",
             "某ICP备00000038号-1 网站标识码：0000000038"]
MENU = ["惠民资金", "农业补贴", "社会保障", "救灾救济"]


def test_a_channels_menu_under_the_signature_date_goes() -> None:
    """Short phrases crawled between a notice's signature date (right under the signature) and its
    上一篇 link are the channel's menu, not a box of the notice's tips: the notice ends at its date
    (before, the region grew over them down to the 上一篇 line and they stayed)."""
    lines = [*SITE_HEAD, *NOTICE, "某乡人民政府", "2026年5月9日", *MENU, *SITE_FOOT]
    kept = keeps(lines)
    at = len(SITE_HEAD) + len(NOTICE)
    assert kept[at: at + 2] == [True, True]
    assert kept[at + 2: at + 2 + len(MENU)] == [False] * len(MENU)
    assert all(kept[len(SITE_HEAD) + 2: at])


def test_a_channels_menu_under_two_signatures_and_dates_goes() -> None:
    """Two signing bodies, each over its date: the notice ends at the last date, and the channel's
    menu under it goes; the signatures and dates stay (before, the menu stayed)."""
    signed = ["某村股份经济合作社", "2026年5月9日", "某村村务监督委员会", "2026年5月9日"]
    lines = [*SITE_HEAD, *NOTICE, *signed, *MENU, *SITE_FOOT]
    kept = keeps(lines)
    at = len(SITE_HEAD) + len(NOTICE)
    assert kept[at: at + len(signed)] == [True] * len(signed)
    assert kept[at + len(signed): at + len(signed) + len(MENU)] == [False] * len(MENU)


def test_a_tips_box_under_the_text_with_no_signature_date_still_stays() -> None:
    """Short tips under an article's text with no signature's date above them end above its editor's
    line as before: the article's own box."""
    tips = ["温馨提示", "勤洗手", "常通风", "少聚集"]
    text = ["某乡开展春季卫生宣传活动",
            "5月9日，某乡卫生院在集市开展春季卫生宣传，发放宣传资料三百余份，现场解答群众咨询。"]
    lines = [*SITE_HEAD, *text, *tips, "责任编辑：某某", *SITE_FOOT]
    at = len(SITE_HEAD) + len(text)
    assert keeps(lines)[at: at + len(tips)] == [True] * len(tips)


_CELL = st.text(st.sampled_from("某区中心站公办民办路号甲乙0123456789-"), min_size=1, max_size=12)


@given(st.lists(_CELL, min_size=1, max_size=6))
def test_a_row_is_a_directorys_only_with_a_phone_cell_and_a_count_or_an_address(cells: list[str]) -> None:
    """LinkList.directory_row holds exactly when one cell is a telephone number alone and another
    cell is a bare count or holds a digit and 号, 路 or 街 (no cell of these is the site's home or an
    interface word)."""
    from govtext.spam import _PHONE_CELL, LinkList

    phones = [c for c in cells if _PHONE_CELL.fullmatch(c)]
    others = [c for c in cells if c not in phones]
    expected = bool(phones) and any(
        c.isdigit() or (any(ch.isdigit() for ch in c) and any(w in c for w in "号路街")) for c in others)
    assert LinkList.directory_row(cells) == expected


# A notice of six lines (title, addressee, three sentences, signing organ and date) the rows follow.
NOTICE_SIX = ["关于调整部分公交线路的通告", "广大市民乘客：", "因道路施工，自11月1日起部分公交线路临时调整。",
              "请市民合理安排出行时间。", "给您带来的不便，敬请谅解。", "某市交通运输局 2026年10月28日"]


@pytest.mark.parametrize("line", [
    "首页 | 2026年工作动态 | 政务公开 | 0731-8452016",
    "首页 | 12345热线 | 局长信箱 | 0731-12345678",
    "首页 | 新闻中心 | 2026 | 0730-5512000",
])
def test_a_bar_of_links_with_a_year_a_hotline_or_its_home_goes(line: str) -> None:
    """A bar of links whose other digit is a year or a hotline's name (2026年工作动态, 12345热线), or with
    its home or an interface word among its cells (首页 beside a bare 2026), is links, not a directory's entry,
    under a notice too (before, each stayed); the notice stays."""
    assert [v.rule for v in classify_lines(line, page=False)] == ["link_list"]
    assert keeps([*NOTICE_SIX, line]) == [True] * len(NOTICE_SIX) + [False]

CIRCULAR = ["关于做好2026年暑期学生安全工作的通知", "各乡镇中心学校，各直属学校：",
            "暑期将至，为保障广大师生的生命财产安全，现将有关事项通知如下。",
            "各校要加强防溺水、交通安全和消防安全教育，层层压实责任。",
            "请各校于7月5日前将工作开展情况报送县教育局安全股。",
            "某县教育局", "2026年6月20日"]
PUBLICITY = ["关于2026年县级优秀教师人选的公示",
             "经学校推荐、评审委员会评审，拟推荐以下同志为2026年县级优秀教师人选，现予公示。",
             "某县教育局", "2026年6月20日"]


@pytest.mark.parametrize("site", [False, True])
@pytest.mark.parametrize(("text", "tail"), [
    (CIRCULAR, ["抄送", "县安委办", "县公安局"]),
    (CIRCULAR, ["报送", "市教育局", "县人民政府"]),
    (PUBLICITY, ["张三", "李四", "王五"]),
    (CIRCULAR, ["温馨提示", "勤洗手", "常通风", "少聚集"]),
])
def test_a_documents_lines_under_the_signature_date_stay(text: list[str], tail: list[str], site: bool) -> None:
    """A 抄送/报送 block, a list of people's names or a box of tips under a notice's signature date,
    over its editor's line, is the notice's: none of its phrases is an item of the page's menus
    (before, the notice ended at its date and they went as a channel's menu)."""
    head, foot = (SITE_HEAD, SITE_FOOT) if site else ([], [])
    lines = [*head, *text, *tail, "责任编辑：赵六", *foot]
    at = len(head) + len(text)
    assert keeps(lines)[at: at + len(tail)] == [True] * len(tail)


def test_a_menu_from_the_home_link_between_middle_dots_goes() -> None:
    """A site's menu written from its home link with middle dots between the items goes as the same
    menu between bars does (review s37: 首页·新闻中心·通知公告 was kept); two items, or a sentence
    opening with 首页, stay."""
    body = ["关于开展春季义务植树活动的通知", "为改善人居环境，经研究决定于三月十二日开展全区春季义务植树活动，请各单位按时组织职工参加。",
            "请各单位高度重视，认真做好组织工作，确保活动安全有序进行。", "某某县教育局", "2026年3月1日"]
    for menu in ("首页·新闻中心·通知公告·政务公开", "首页 · 学校概况 · 教育教学 · 招生信息", "网站首页 ·新闻 ·通知 ·公告"):
        for lines in ([menu, *body], [*body, menu]):
            got = dict(zip(lines, classify_lines("\n".join(lines))))
            assert not got[menu].keep and all(got[s].keep for s in body), (menu, [(s, got[s].rule) for s in lines])
    for line in ("首页·新闻", "首页是网站的门面·要做好内容建设"):
        lines = [line, *body]
        assert all(v.keep for v in classify_lines("\n".join(lines))), line
