"""False drops that session 22's spam rules made of a document's own lines, found with invented
pages (RV13): a finance-education text quoting the markets' warning, a contest notice printing
an entrant's 作者声明, an award list naming each work's editors, a help guide's login headings,
a step that asks the user to wait. Each page is our own text; the rules' own cases stay dropped.
Last, linear-time tests of the page facts and patterns the new rules read (RVF)."""

from __future__ import annotations

from functools import partial

import pytest

from govtext.spam import classify_lines, drop_spam_lines
from linear_common import assert_linear
from page_common import rows_lost

HEAD = ["某县人民政府网", "首页 > 政务公开 > 通知公告"]
FOOT = ["【打印本页】 【关闭窗口】", "主办：某县人民政府办公室"]


#: The document's lines (all but HEAD, the metadata line and FOOT) the page reading drops.
lost = partial(rows_lost, HEAD, FOOT, ("发布时间",))


def test_the_markets_warning_and_risk_words_inside_a_texts_paragraphs_are_kept() -> None:
    """投资有风险，入市需谨慎。这句话… opening a paragraph, a 风险提示 that is the text's own point, a
    note on the cases that follow: an anti-fraud text's lines, none a site's disclaimer."""
    rows = ["防范非法集资宣传手册", "发布时间：2026-06-15 09:30 来源：县金融工作局", "一、常见的投资误区",
            "投资有风险，入市需谨慎。这句话大家耳熟能详，但不少群众在高额回报面前仍然放松警惕，把积蓄投入所谓的保本理财。",
            "股市有风险，投资需谨慎，这是证券营业部墙上常见的提示语，群众参与投资前应当认真阅读风险揭示书。",
            "风险提示：凡是承诺保本高息、风险自担却又诱导借款投资的，都可能是非法集资，请群众提高警惕。",
            "（以下案例均为化名，不构成投资建议，仅用于宣传教育）", "二、典型案例",
            "某公司以养老项目为名，承诺年化收益18%，向300余名老年人吸收资金，目前该案已进入司法程序。",
            "三、举报方式", "举报电话：0000-1234567"]
    assert lost(rows) == []
    body = "今天两市继续缩量震荡，上证指数收盘微跌。\n"
    for line in ("投资有风险，入市需谨慎！", "股市有风险，投资需谨慎。本文不构成投资建议。",
                 "风险提示：以上观点仅供交流，据此操作风险自负。", "（本文仅供参考，不构成投资建议）"):
        v = classify_lines(body + line, page=False)[1]
        assert (v.keep, v.rule) == (False, "footer"), line


def test_an_entrants_pledge_named_a_statement_is_the_notices_own() -> None:
    """作者声明：本人承诺…如有侵权… in a contest's notice is the pledge entrants sign: the notice's line,
    no site note; it ended the article before, and the notice's contact, signature and date went."""
    rows = ["关于举办摄影大赛的通知", "发布时间：2026-04-02 来源：县文化馆", "各有关单位、广大摄影爱好者：",
            "为展示我县城乡建设成就，县文化馆决定举办摄影大赛，现将有关事项通知如下。", "一、投稿要求",
            "参赛者须在作品说明中附上作者声明，格式如下：", "作者声明：本人承诺所投作品为原创，如有侵权，责任由本人承担。",
            "未附声明的作品不予评选。", "二、联系方式", "联系人：王老师 电话：0000-7654321", "某县文化馆", "2026年4月2日"]
    assert lost(rows) == []
    v = classify_lines("某款新机今晚发布。\n作者声明：本文仅代表作者个人观点，不构成投资建议。", page=False)[1]
    assert (v.keep, v.rule) == (False, "footer")


def test_editorial_credits_between_the_texts_sentences_are_its_own() -> None:
    """编辑 某某 审核 某某 under a prize-winning work, a paragraph after it: the article's list of who
    made each work, not the page's credits (the line went, and the paragraph under it with it)."""
    rows = ["我县2篇作品获省新闻奖", "发布时间：2026-06-20 10:12 来源：县融媒体中心",
            "近日，第三十届省新闻奖评选结果揭晓，我县报送的2篇作品获奖。", "获奖作品及主创人员如下：",
            "《山乡巨变十年间》（通讯，一等奖）", "记者 王某某 编辑 李某某", "《一条路的故事》（消息，三等奖）",
            "编辑 陈某 审核 赵某某", "县委宣传部有关负责人表示，将以此为契机，进一步提升新闻作品质量。"]
    assert lost(rows) == []
    rows = ["某地加装电梯今年完工143部", "2026-12-01 09:15 来源：某都市报", "某都市报记者 王某",
            "编辑 陈某 校对 刘某某", "记者从市住房和城乡建设部门获悉，今年已有143部电梯完工。"]
    v = classify_lines("\n".join(rows))[3]
    assert (v.keep, v.rule) == (False, "metadata")



def test_a_stray_full_stop_is_no_sentence_for_the_credits() -> None:
    """A 。 alone (or among marks) on its line is no sentence the credits line stands under or
    above: the page drops it as a stray mark, and the credits line read against it was kept, then
    dropped once the mark was gone (drop_spam_lines not idempotent; SOAK3's normalize soak)."""
    body = "某县今年新建学校十所，投入资金三亿元。"
    for text in (f"。\n编辑 王某 校对 李某某\n{body}", f"，。\n打开APP 看更多资讯\n编辑 王某 校对 李某某\n{body}\n6",
                 f"{body}\n编辑 王某 校对 李某某\n。"):
        once = drop_spam_lines(text)
        assert "编辑 王某" not in once and drop_spam_lines(once) == once, text
    # a sentence on each side: the text's own line, kept
    assert "编辑 王某" in drop_spam_lines(f"。\n{body}\n编辑 王某 校对 李某某\n{body}")


@pytest.mark.parametrize("rows", [
    # a sentence under the footer, dropped by the page reading as an island
    ["某县今年新建学校十所，投入资金三亿元。", "编辑 王某 校对 李某某", "某某网 版权所有 某ICP备12345678号",
     "另据了解，明年还将改扩建中学三所。", "首页"],
    # a site's disclaimer or reprint notice above, a sentence a line rule drops
    ["声明：本文来源于网络，仅供参考，如有侵权请联系删除。", "编辑 王某 校对 李某某", "某县今年新建学校十所，投入资金三亿元。"],
    ["本文为某某网原创，未经授权不得转载。", "编辑 王某 校对 李某某", "某县今年新建学校十所，投入资金三亿元。"],
])
def test_credits_between_a_sentence_and_one_the_page_drops(rows: list[str]) -> None:
    """A credits line with the article's sentence on one side and, on the other, a line holding a
    。 that the page drops (a sentence under the footer, an island to the page reading; a
    disclaimer or reprint notice, a footer line). The line rule finds a sentence on each side and
    keeps the line as the text's own; read again against the sentences the page keeps, it stands
    at their edge: the page's credits, dropped as drop_spam_lines' output read again drops them
    (SOAK3's normalize soak, session 22: 8 of 60 failures in 155,800 mixed pages were this flip)."""
    text = "\n".join(rows)
    once = drop_spam_lines(text)
    assert "编辑 王某" not in once and drop_spam_lines(once) == once


def test_stray_full_stops_before_credits_are_read_in_linear_time() -> None:
    """Lines of a bare 。 are passed over one by one to find the page's first sentence: linear."""
    small, big = ("。\n" * n + "编辑 王某 校对 李某某\n某县今年新建学校十所。" for n in (20_000, 80_000))
    assert classify_lines(small, page=False)[-2].rule == "metadata"
    assert_linear(lambda text: classify_lines(text, page=False), small, big, repeat=2)

def test_a_login_word_alone_is_a_guides_heading() -> None:
    """自动登录, 记住密码, 忘记密码 alone over how to use them: a help guide's headings; beside another
    login word they are a login box's."""
    rows = ["政务服务网个人账号使用指南", "发布时间：2026-03-01 来源：县政务服务中心", "一、登录方式", "自动登录",
            "勾选“自动登录”后，七天内在本机访问无需再次输入密码，请勿在公共电脑上勾选。", "记住密码",
            "浏览器会保存您的密码，建议仅在个人电脑上使用。", "二、找回密码", "忘记密码",
            "点击登录框下方的“忘记密码”，通过手机验证码重置密码。", "三、咨询电话", "咨询电话：0000-12345"]
    assert lost(rows) == []
    for line in ("记住我 忘记密码？", "自动登录 | 忘记密码", "记住密码 忘记密码"):
        v = classify_lines(line, page=False)[0]
        assert (v.keep, v.rule) == (False, "chrome"), line


def test_a_step_that_asks_to_wait_is_a_guides() -> None:
    """点击提交，请稍候: a guide's step (its drop cut the steps under it off the article); 请稍候
    beside a loading word stays a player's prompt."""
    rows = ["社保卡网上申领操作步骤", "发布时间：2026-02-11 来源：县人社局", "第一步：登录县政务服务网，进入“社保卡申领”栏目。",
            "第二步：上传照片", "上传照片后请稍候", "第三步：提交申请", "点击提交，请稍候", "第四步：领取社保卡",
            "审核通过后，系统将短信通知您到指定网点领取社保卡。"]
    assert lost(rows) == []
    for line in ("视频加载中，请稍候...", "加载中 请稍等"):
        v = classify_lines(line, page=False)[0]
        assert (v.keep, v.rule) == (False, "prompt"), line


def test_credits_lines_are_read_in_linear_time() -> None:
    """Where a credits line stands among the page's sentences is read once a page (RVF): a page of
    n distinct credits lines above one sentence took time quadratic in n (each line scanned the
    lines above it: 8,000 lines 1.2 s). 4n lines must take less than 8 times n's."""
    han = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"

    def page(n: int) -> str:
        names = (han[k % 22] + han[k // 22 % 22] + han[k // 484 % 22] for k in range(n))
        return "某地召开会议\n" + "".join(f"编辑 陈{x} 校对 刘某\n" for x in names) + "会议指出，要抓好落实。"

    small, big = page(1500), page(6000)
    assert classify_lines(small, page=False)[1].rule == "metadata"  # (the lines are read as credits)
    assert_linear(lambda text: classify_lines(text, page=False), small, big, repeat=2)


def test_header_counters_are_read_in_linear_time() -> None:
    """A counter under a dated metadata line asks whether a kept sentence stands above it; the
    first such sentence is found once a page (RVF): each counter scanned the lines above it
    (4,000 pairs of 2026-11-01 08:00 来源：某网 / 阅读 12 took 0.65 s, 13 times 1,000 pairs').
    4n pairs must take less than 8 times n's."""
    han = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"

    def page(n: int) -> str:
        rows = []
        for k in range(n):
            name = han[k % 22] + han[k // 22 % 22] + han[k // 484 % 22]
            rows += [f"2026-11-{k % 28 + 1:02d} {k % 24:02d}:{k % 60:02d} 来源：{name}网", f"阅读 {k}"]
        return "某地召开会议\n" + "\n".join(rows) + "\n会议指出，要抓好落实。"

    small, big = page(1000), page(4000)
    assert_linear(classify_lines, small, big, repeat=2)


def test_channel_list_headers_are_read_in_linear_time() -> None:
    """A line repeating the breadcrumb's channel under an attribution asks whether a kept sentence
    stands above; the first such sentence is found once a page (RVF): each such line scanned
    the lines from the breadcrumb down (2,000 pairs of (学会秘书处) / 学会动态 took 0.18 s, 15 times
    500 pairs'). 4n pairs must take less than 8 times n's."""
    def page(n: int) -> str:
        return "\n".join(["首页 > 学会动态", "某学会召开年会", *["(学会秘书处)", "学会动态"] * n, "会议指出，要抓好落实。"])

    assert_linear(classify_lines, page(1000), page(4000), repeat=2)


def test_the_letter_font_switch_pattern_is_linear() -> None:
    """ShareBar's switch of letters (字号：T T T, eb411e9) read the blanks after 字号 as two runs on
    either side of an optional colon: a run of n blanks with no switch after it backtracked in n²
    (RVF; the rule reads lines of 100 characters at most, the pattern alone must not square)."""
    from govtext import spam

    assert_linear(spam.ShareBar._re.search, "字号" + " " * 2_000 + "t", "字号" + " " * 8_000 + "t", repeat=2)


def test_blank_runs_before_a_date_are_read_in_linear_time() -> None:
    """Metadata's byline-and-date pattern read a run of blanks between the name and the date as
    ``\\s*[|]?\\s*`` (and between the date and its time as ``\\s*日?\\s*``): every split of the run
    was tried for each length of the name, n² (a line of 190 blanks 28 ms; a page of 50 such lines,
    each with its colon, 2.4 s, 1.2 s at the session's start). boilerplate's counter row likewise
    (``\\s*[:]?\\s*``). Each run is read once now (RVF)."""
    from govtext import boilerplate, spam

    byline = spam.Metadata._dated_byline
    assert_linear(byline.fullmatch, "某" + " " * 2_000 + ":x", "某" + " " * 8_000 + ":x", repeat=2)
    assert_linear(byline.fullmatch, "某 2026-01-02" + " " * 2_000 + "x", "某 2026-01-02" + " " * 8_000 + "x", repeat=2)
    assert_linear(boilerplate._COUNTER_ROW.fullmatch, "甲" + " " * 2_000 + "x", "甲" + " " * 8_000 + "x", repeat=2)
    assert byline.fullmatch("某某网 | 2026年11月25日 20:46").group(1, 2) == ("某某网", "2026年11月25日 20:46")
    # a kept line's date at its end (a news list's entries under a related block): the same
    assert_linear(spam._DATE_END.search, "2026-01-02" + " " * 2_000 + "x", "2026-01-02" + " " * 8_000 + "x", repeat=2)
    assert spam._DATE_END.search("某某新闻 2026年11月25日 20:46").group() == "2026年11月25日 20:46"
