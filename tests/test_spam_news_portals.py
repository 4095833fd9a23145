"""Classes of failure found on held-out pages 173-184 (session 22, BH15: article pages of news
portals), each on our own page text: a gallery's picture numbers over its captions, a disclaimer
named other than 免责声明 (广告声明：…) or a financial page's 风险提示, a login
box's 记住我 / 忘记密码 and a 小字号 switch."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from govtext import spam
from govtext.spam import classify_lines
from linear_common import assert_linear

MENU = ["首页", "新闻", "图片", "财经", "科技", "体育"]
FOOT = ["关于我们 | 联系我们 | 广告服务", "某ICP备10000001号-1"]


def kept(lines: list[str]) -> dict[str, bool]:
    text = "\n".join(lines)
    return {line: v.keep for line, v in zip(lines, classify_lines(text))}


def gallery(numbers: list[str], captions: list[str]) -> list[str]:
    rows = ["组图：江边晨雾_某某网", *MENU, "组图：江边晨雾", "2026-01-08 09:12 来源：某某网"]
    for n, c in zip(numbers, captions):
        rows += [n, c]
    return [*rows, "上一张", "下一张", *FOOT]


CAPTIONS = ["清晨，江面上升起薄雾，渔船缓缓驶出港口。", "江边公园里，晨练的市民在雾中打太极。",
            "雾气笼罩下的跨江大桥若隐若现。", "几只白鹭从江面掠过。", "太阳升起后，雾气渐渐散去。"]


def test_a_gallery_s_picture_numbers_are_dropped_its_captions_kept() -> None:
    """1/5 … 5/5, each on its line over a caption: the gallery's counters go, as blank lines to
    the page reading (so the captions stay one text)."""
    rows = gallery([f"{n}/5" for n in range(1, 6)], CAPTIONS)
    got = classify_lines("\n".join(rows))
    for n in range(1, 6):
        v = got[rows.index(f"{n}/5")]
        assert (v.keep, v.reason) == (False, spam.GALLERY_REASON), n
    assert all(got[rows.index(c)].keep for c in CAPTIONS)
    rows = gallery([f"{n} / 5" for n in range(1, 6)], CAPTIONS)  # (spaces around the slash)
    assert not any(kept(rows)[f"{n} / 5"] for n in range(1, 6))


def test_fractions_and_scores_on_lines_of_their_own_are_no_gallery() -> None:
    """Two fractions, fractions not counting up by one, scores or dates counting up but not from 1
    to their total: a table's cells, kept."""
    head = ["某某学校期末测评结果", "现将本学期各班测评结果公布如下：", "班级", "得分"]
    for cells in (["1/3", "2/3"], ["1/4", "1/2", "3/4"], ["85/100", "86/100", "87/100"], ["3/5", "2/5", "1/5"],
                  ["1/15", "2/15", "3/15", "4/15"], ["2/5", "3/5", "4/5", "5/5"]):
        rows = [*head, *(x for c in cells for x in ("一班", c)), "特此公布。", "某某学校", "2026年1月8日"]
        got = kept(rows)
        assert all(got[c] for c in cells), cells


def test_picture_numbers_cost_linear_work() -> None:
    """Four times the lines (the text) cost about four times the time, a square ~16x."""
    def gallery_of(n: int) -> tuple[str, list[spam.Verdict]]:
        text = "\n".join(f"{k % 999 + 1}/{999}\n某某说明文字。" for k in range(n))
        return text, [spam.KEEP] * (text.count("\n") + 1)

    assert_linear(lambda page: spam._gallery_numbers(*page), gallery_of(5_000), gallery_of(20_000), repeat=2)
    for make in (lambda n: "\n" + " \t" * 50_000 * n + "1", lambda n: "\n1/" * 30_000 * n, lambda n: "\n" + "1 " * 40_000 * n):
        assert_linear(spam._PICTURE_NUMBER.findall, make(1), make(4), repeat=2, label=make(1)[:6])
        assert_linear(lambda t: list(spam._picture_numbers(t)), make(1), make(4), repeat=2, label=make(1)[:6])


@given(st.text(alphabet=" \t\n/0123456789a", max_size=120))
@example("\n1/3\n2/3")
@example("1/3\n 2 / 3 \n3/3/3\n4//3\n\n5/ 3")
def test_picture_numbers_are_the_patterns_matches(text: str) -> None:
    """The gallery's picture numbers found from the ends of lines are the pattern's matches over
    the text, the same spans and groups in the same order."""
    got = [(m.span(), m.groups()) for m in spam._picture_numbers(text)]
    assert got == [(m.span(), m.groups()) for m in spam._PICTURE_NUMBER.finditer(text)]


BODY = ["某某科技发布新款笔记本电脑", "2026-01-08 20:31 来源：某某网", "某某科技今晚发布新款笔记本电脑，售价5999元起，1月12日开售。",
        "新机搭载新一代处理器，续航时间较上代提升约两成。"]


def test_a_named_disclaimer_and_a_risk_note_that_disclaim_are_dropped() -> None:
    """广告声明：… 仅供参考 (a site note's name before 声明, the line disclaiming), 风险提示：… 不构成投资建议 /
    投资需谨慎: a site's disclaimer after the article, dropped as a footer's."""
    for line in ("广告声明：文内的对外跳转链接用于传递更多信息，节省甄选时间，结果仅供参考，本站所有文章均包含本声明。",
                 "风险提示：以上内容由系统根据公开数据生成，不构成任何投资建议。股市有风险，投资需谨慎。",
                 "作者声明：本文仅代表作者个人观点，不构成投资建议。",
                 "风险提示：本文所述观点仅供交流，据此操作风险自负。"):
        v = classify_lines("\n".join([*BODY, line, *FOOT]))[len(BODY)]
        assert (v.keep, v.rule) == (False, "footer"), line


def test_a_risk_note_or_a_statement_that_disclaims_nothing_is_kept() -> None:
    """A 风险提示 that warns (an anti-fraud notice's own point) and a 声明 that states (a joint
    statement, a company's own): the document's, kept."""
    rows = ["关于防范冒充客服诈骗的提示", "近期，我市发生多起冒充电商客服实施诈骗的案件。",
            "风险提示：凡是自称客服要求转账退款的，都是诈骗，请广大群众提高警惕。",
            "联合声明：双方同意在教育、文化、旅游等领域深化合作。",
            "严正声明：我公司从未授权任何个人以公司名义收取费用。",
            "联合声明：双方同意仅供参考的数据不作为谈判依据。",
            "风险提示：", "投资有风险，入市需谨慎。", "某市公安局反诈中心", "2026年1月8日"]
    got = kept(rows)
    assert all(got[x] for x in rows[2:6]), [x for x in rows[2:6] if not got[x]]


def test_login_box_and_font_size_switch_words_are_interface_words() -> None:
    for line in ("记住我 忘记密码？", "记住密码 忘记密码", "自动登录 | 忘记密码", "小字号", "大字号"):
        v = classify_lines(line, page=False)[0]
        assert (v.keep, v.rule) == (False, "chrome"), line
    # (alone, a login word is a help guide's heading too: test_spam_review_s22)
    for line in ("忘记密码怎么办？", "记住我们的约定", "忘记密码", "记住密码"):
        assert classify_lines(line, page=False)[0].keep, line
