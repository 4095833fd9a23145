"""False drops that session 24's new rules made of a document's own lines, found with invented
pages (RV16): a notice's sentence where 点 (a point, a place) stands before 在看台, 在看守所 or
在看得见, or a question about the button, reads as no call to tap the 在看 button; a help page's
sentences on browsers that run no script are no ``<noscript>`` note, and nothing goes on from such
a note. Each page is our own text; the rules' own cases
stay dropped."""

from __future__ import annotations

from functools import partial

from govtext.spam import classify_lines, drop_spam_lines
from page_common import rows_lost

HEAD = ["某县人民政府网", "首页 > 政务公开 > 工作动态"]
FOOT = ["【打印本页】 【关闭窗口】", "主办：某县人民政府办公室"]


#: The document's lines (all but HEAD and FOOT) the rules and the page reading drop.
lost = partial(rows_lost, HEAD, FOOT, ())


def test_a_bare_zaikan_run_on_into_a_word_is_no_button() -> None:
    """8c1fc63: 点 then 在看 was a call to tap the button even where 在看 runs on into a word
    (看台, 看守所, 看得见): a sentence of a notice went. The button bare ends the call (a comma, the
    line's end, 吧, or the call goes on: 再走吧); quoted or in brackets it may be followed by anything.
    A question about the button (…点“在看”后好友能看到吗？) is no call either."""
    rows = ["县体育中心发布冬季运动会观赛须知", "观赛须知如下。",
            "观众们，点在看台东侧的入口检票入场。", "本次安全检查，重点在看守所周边道路。",
            "同学们，点在看得见指示牌的地方集合。", "请观众提前半小时入场，服从现场工作人员指挥。",
            "活动期间，点赞、在看最多的前十名获奖。", "有网友问，点“在看”后好友能看到吗？"]
    assert lost(rows) == []
    calls = ["点个在看，你最好看", "如果觉得有用，欢迎点个在看", "觉得有用，点个在看吧",
             "看完了，点【在看】试试", "觉得不错，请点个“在看”吧", "分享、点赞、在看，一键三连",
             "点个在看再走吧", "点赞、在看走一波"]
    assert [v.rule for v in classify_lines("\n".join(calls))] == ["prompt"] * len(calls)


def test_a_help_pages_sentences_on_scripts_stay() -> None:
    """59651bd: a help page's sentence on what happens when the reader's browser runs no script
    (您的浏览器不支持JavaScript时，…; 当前浏览器未开启JavaScript时，…; …禁用了脚本的，…) read as a
    ``<noscript>`` note, a conditional clause under it; and, a site notice, it took every line under
    it with it as its continuation (an outline heading, a sentence on browsers): 8 of 10 lines lost.
    A no-script note is a line of its own (like the browser advice): nothing goes on from it."""
    rows = ["网上办事大厅使用帮助", "一、系统要求",
            "您的浏览器不支持JavaScript时，系统将自动切换到简易版页面。",
            "当前浏览器未开启JavaScript时，申报表单无法暂存，请改用电脑端办理。",
            "您的浏览器禁用了脚本的，可在设置中重新开启。",
            "二、字号调整", "页面右上角可选择字号，默认为标准字号。", "本系统支持主流浏览器，建议使用最新版本。"]
    assert lost(rows) == []
    notes = ["您的浏览器不支持JavaScript，请开启后继续浏览本站。", "请开启JavaScript以获得最佳浏览体验",
             "You need to enable JavaScript to run this app."]
    page = ["网上办事大厅使用帮助", notes[0], *rows[1:]]
    assert lost(page) == [notes[0]]
    assert [v.rule for v in classify_lines("\n".join(notes))] == ["site_notice"] * 3


def test_nothing_goes_on_from_a_no_script_note() -> None:
    """A ``<noscript>`` note after the article, a site's contact line under it: the note goes, the
    lines under it are not its text (the page reading decides on them)."""
    rows = ["区图书馆寒假开放时间调整", "寒假期间，区图书馆开放时间调整为每天9:00至17:00。",
            "请读者合理安排时间，错峰到馆。"]
    page = [*rows, "您的浏览器不支持JavaScript，部分功能将无法使用。", "读者服务", "一、借阅规则",
            "每位读者可同时借阅图书5册，借期30天。"]
    verdicts = classify_lines("\n".join([*HEAD, *page, *FOOT]))[len(HEAD):len(HEAD) + len(page)]
    assert [v.reason for v in verdicts if v.rule == "site_notice"] == ["no-script note"]


def test_a_notices_records_cell_by_cell_above_its_closing_stay() -> None:
    """A notice's table of two records crawled cell by cell (事项名称 / its value / 办理时限 / its
    value, twice), too few of a guide's labels for its table of fields (4abadcd): the region ended
    in the first record and the second went as a run of short lines after the article, though it
    stands above the notice's 特此公告。, signature and date, nothing of the page between. A run
    there is the document's. (Older than session 24: found probing BH26's guide rule.)"""
    rows = ["关于调整部分事项办理时限的公告", "根据工作需要，现对以下事项的办理时限作出调整：",
            "事项名称", "建设工程规划许可", "办理时限", "由20个工作日调整为10个工作日",
            "事项名称", "排水许可", "办理时限", "由15个工作日调整为7个工作日",
            "特此公告。", "某某市行政审批服务局", "2026年12月1日"]
    verdicts = classify_lines("\n".join(rows))
    assert [s for s, v in zip(rows, verdicts) if not v.keep] == []
    once = drop_spam_lines("\n".join(rows))
    assert drop_spam_lines(once) == once
    # a menu's run after an article with no closing under it still goes
    page = ["区图书馆寒假开放时间调整", "寒假期间，区图书馆开放时间调整为每天9:00至17:00，请读者合理安排时间，错峰到馆。",
            "读者服务", "馆藏查询", "数字资源", "联系我们"]
    assert [v.keep for v in classify_lines("\n".join(page))][2:] == [False] * 4


def test_a_forms_blank_fields_on_each_page_are_no_running_line() -> None:
    """7b0864d (BH28): a line with a field's colon standing 3+ times beside page numbers is a
    running line (项目编号：ALZB-2026-1187 beside the agency's name). A notice's three attached forms,
    one a page, each end on the same row of blanks to fill (填报人： 联系电话：) over the page's
    number: that row is each form's, its fields empty, no template's head with its value."""
    forms = []
    for n, (name, how) in enumerate([("安全生产检查情况统计表", "检查次数、发现隐患数、整改完成数分别填写，数据截至12月15日。"),
                                     ("隐患整改情况统计表", "隐患名称、整改措施、完成时限逐项填写，已整改的注明整改日期。"),
                                     ("安全培训情况统计表", "培训场次、参训人数、考核合格人数逐项填写，附培训签到表扫描件。")], 1):
        forms += [f"附件{n}", name, "填报单位（盖章）：", how, "填报人： 联系电话：", f"— {n} —"]
    rows = ["关于报送2026年度安全生产工作总结的通知", "各乡镇人民政府，县直各单位：",
            "请于12月20日前报送以下三张表格，逾期未报的予以通报。", *forms]
    verdicts = classify_lines("\n".join(rows))
    assert [s for s, v in zip(rows, verdicts) if not v.keep] == ["— 1 —", "— 2 —", "— 3 —"]
    # a head with its field's value stays a running line
    body = "投标人应当按照招标文件的要求编制投标文件，投标文件应当对招标文件提出的实质性要求和条件作出响应。"
    head = "某某招标代理有限公司 项目编号：ZB-2026-0117"
    pages = [x for n in "123" for x in (head, *[body] * 8, f"— {n} —")]
    verdicts = classify_lines("\n".join(pages))
    assert [v.rule for s, v in zip(pages, verdicts) if s == head][1:] == ["punctuation", "punctuation"]


def test_a_zaikan_run_on_into_any_han_character_is_no_button() -> None:
    """8c1fc63's button ran on into a word only where the character after 在看 stood in the two
    ranges the call's pattern spelled itself (U+3400–U+4DBF, U+4E00–U+9FFF): a sentence whose
    place name has a character of Extension B (𠮷, the common form of 吉 in names) or a
    compatibility ideograph (﨑, 崎's) there read as a call. The Han ranges are the project's
    (``boilerplate._HAN_RANGES``)."""
    rows = ["县体育中心发布冬季运动会观赛须知", "观赛须知如下。",
            "观众们，点在看\U00020bb7祥广场东侧入场。", "同学们，点在看\ufa11岖小路旁集合。",
            "请观众提前半小时入场，服从现场工作人员指挥。"]
    assert lost(rows) == []


def test_a_row_of_values_between_bars_is_no_link_list() -> None:
    """909e2b8: the link-list rule leaves a table's row of values between bars (甲县 | 18.4 | +7.2%)
    to the page reading. Its own test: no context pass takes such a row back where it stands alone
    (a header over rows of values is taken back by ``_bar_tables``, which hid the rule's test: with
    it turned off, every other test passed). A row of links with a bare year among them still goes."""
    assert [v.keep for v in classify_lines("甲县 | 18.4 | +7.2%")] == [True]
    assert [v.keep for v in classify_lines("乙乡 | 1,208 | 36 |")] == [True]
    assert [v.rule for v in classify_lines("首页 | 2026 | 联系我们")] == ["link_list"]
