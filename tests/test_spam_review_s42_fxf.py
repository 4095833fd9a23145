"""Second-round review of int42 (FXF42 #1): a two-segment page title (the headline, then the site's name) over the
site's name, its menu and a breadcrumb that ends with the article's own headline stays, the headline's last copy;
only a column's name (shorter than a headline, or an item of a menu row or of a breadcrumb before its last piece)
that a dropped line names makes the title a column's page. Each line is our own invented text."""

from __future__ import annotations

import pytest

from govtext.spam import classify_lines
from page_common import keeps

SITE = "某破产案件信息网"
MENU = "首页 法规政策 公告信息 网上申报"
COURT = "某院关于某公司破产清算案的公告"
FOREST = "某县人民政府关于做好2027年森林防火工作的通知"
PROSE = ["本院于2026年10月9日裁定受理某公司破产清算一案，并指定某律师事务所担任管理人，现予公告。",
         "债权人应于2027年1月20日前向管理人申报债权，书面说明债权数额和有无财产担保，并提交有关证据。"]
FOOT = ["版权所有 某信息中心", "某ICP备20260001号"]


def _page(head: str, crumb: str, under: list[str]) -> list[str]:
    return [f"{head}_{SITE}", SITE, MENU, crumb, *under, *PROSE, *FOOT]


@pytest.mark.parametrize("head", [COURT, FOREST, "关于公布2027年第一批破产管理人名册的公告"])
@pytest.mark.parametrize("crumb", ["当前位置：首页 > 公告信息 > {}", "您现在的位置: 首页 >> {}", "您所在的位置：首页 » 通知公告 » {}",
                                   "首页 > {}"])
@pytest.mark.parametrize("under", [[], ["各债权人："], ["（2026）某01破申12号"], ["某政办发〔2027〕12号", "各乡镇人民政府，县直有关单位："]])
def test_a_title_over_a_breadcrumb_ending_with_its_headline_stays(head: str, crumb: str, under: list[str]) -> None:
    """The breadcrumb's last piece is the article's own headline (a prose text, a salutation, a case number or a 文号
    under it): no column's name; the title, the headline's one copy left, and the text under the path stay (after
    FXA42 the title went with the site's name and the breadcrumb)."""
    lines = _page(head, crumb.format(head), under)
    kept = keeps(lines)
    assert kept[0], lines[0]
    assert all(kept[4 + len(under):4 + len(under) + len(PROSE)])
    # (a case number alone under the path goes with the path's run, as at the session's start: not this class)
    assert all(k for x, k in zip(under, kept[4:]) if not x.startswith("（"))
    assert kept[1:4] == [False, False, False]  # (the site's name, the menu and the path go as before)


@pytest.mark.parametrize(("column", "crumb"), [("法院公告", "当前位置：首页 >> 法院公告"), ("通知公告", "当前位置：首页 > 通知公告"),
                                               ("政务公开信息目录", "当前位置：首页 > 政务公开信息目录 > 正文")])
@pytest.mark.parametrize("under", [["各债权人："], ["各乡镇人民政府，县直有关单位："]])
def test_a_title_of_a_column_s_name_still_goes(column: str, crumb: str, under: list[str]) -> None:
    """The title's first segment a column's name: short (法院公告) and ending the breadcrumb, or of a headline's length but
    a piece of the breadcrumb before its last: the title goes, as the review of BHA42 (FXA42) made it."""
    lines = _page(column, crumb, under)
    kept = keeps(lines)
    assert not kept[0]
    assert all(kept[4:4 + len(under) + len(PROSE)])


def test_a_long_column_s_name_as_a_menu_item_goes_and_not_as_a_path_s_end() -> None:
    """A first segment of a headline's length: an item of the menu row names it as a column (the title goes); the
    same segment only as the breadcrumb's last piece is the page's own headline (the title stays)."""
    column = "政务公开信息目录"
    crumb = "当前位置：首页 > 政务公开"
    lines = _page(column, crumb, ["各乡镇人民政府，县直有关单位："])
    assert keeps(lines)[0]
    lines[2] = f"首页 法规政策 {column} 网上申报"
    assert not keeps(lines)[0]


def test_the_title_s_verdict_is_read_by_position() -> None:
    """The rule that drops the title names it page_title; kept, it has no rule (so the tests above, reading by
    position, read the title line's own verdict)."""
    lines = _page(COURT, f"当前位置：首页 > 公告信息 > {COURT}", ["各债权人："])
    verdicts = classify_lines("\n".join(lines))
    assert verdicts[0].keep and verdicts[0].rule is None
    lines = _page("法院公告", "当前位置：首页 >> 法院公告", ["各债权人："])
    assert classify_lines("\n".join(lines))[0].rule == "page_title"
