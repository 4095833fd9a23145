"""Classes of lines that session 36's held-out pages 617-628 (BHB) showed the rules and the page
reading lost or missed: a page whose text is a directory of offices and their phone numbers (a 通讯录
over the site's footer); a table of the text, read a row at a time, whose columns hold site codes and ICP
numbers; a call to scan and follow an account named in quotes alone; a bilingual notice's last English line. Each page is our own invented text; the look-alikes stay or go as before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govtext.spam import drop_spam_lines
from page_common import keeps

SCHOOL_HEAD = ["校内电话一览_某某学院", "某某学院", "首页", "学院概况", "机构设置", "校园服务", "当前位置：首页 > 校园服务",
               "校内电话一览", "发布时间：2026-03-01 阅读：208"]
SCHOOL_FOOT = ["上一条：2026年春季学期校历", "下一条：校园卡使用说明", "校园服务", "校历", "校车",
               "地址：某市某区学院路1号 邮编：100000", "Copyright © 2026 某某学院 某ICP备00000017号"]
DIRECTORY = ["（按部门排列，号码如有变动以最新公布为准）", "院长办公室", "办公地点：行政楼201 电话：6612001",
             "教务处", "办公地点：行政楼305 电话：6612010 考务电话：6612011", "财务处", "电话：6612020",
             "报账大厅：6612021 开放时间：工作日8:30—17:00", "保卫处", "24小时值班：6612110"]


def test_a_directory_of_offices_and_phones_under_the_text_stays() -> None:
    """A 通讯录 as the page's text (each office's name over its field rows with a phone number, three
    entries or more) stays whole over the page's footer (before, it went as a run of short lines after the
    article); the footer's one contact block under the 上一条/下一条 links still goes."""
    kept = keeps([*SCHOOL_HEAD, *DIRECTORY, *SCHOOL_FOOT])
    assert all(kept[len(SCHOOL_HEAD):len(SCHOOL_HEAD) + len(DIRECTORY)])
    assert not any(kept[len(SCHOOL_HEAD) + len(DIRECTORY):])


def test_two_entries_go_as_before() -> None:
    """Two offices' phones under the text's last line are a contact box: they go as before."""
    two = DIRECTORY[:5]
    kept = keeps([*SCHOOL_HEAD, *two, *SCHOOL_FOOT])
    assert kept[len(SCHOOL_HEAD)] and not any(kept[len(SCHOOL_HEAD) + 1:len(SCHOOL_HEAD) + len(two)])


@given(st.lists(st.integers(1000000, 9999999), min_size=4, max_size=4))
def test_a_directory_stays_whatever_its_numbers(numbers: list[int]) -> None:
    """Whatever the phone numbers, the directory stays, and drop_spam's output keeps it when read again."""
    rows = [DIRECTORY[0]]
    for name, n in zip(("院长办公室", "教务处", "财务处", "保卫处"), numbers):
        rows += [name, f"电话：{n}"]
    page = [*SCHOOL_HEAD, *rows, *SCHOOL_FOOT]
    kept = keeps(page)
    assert all(kept[len(SCHOOL_HEAD):len(SCHOOL_HEAD) + len(rows)])
    once = drop_spam_lines("\n".join(page))
    assert drop_spam_lines(once) == once


NOTICE_HEAD = ["关于某季度政府网站检查情况的通报_某市人民政府", "某市人民政府", "首页", "政务公开", "政府文件",
               "首页 > 政务公开 > 政府文件", "关于某季度政府网站检查情况的通报"]
NOTICE_FOOT = ["某市人民政府办公室", "2026年4月2日", "打印本页 关闭窗口", "主办单位：某市人民政府办公室",
               "网站标识码：1100000099 某ICP备00000099号 某公网安备 11000002000099号"]
TABLE = ["本季度共检查网站18个，合格16个。不合格网站如下：", "网站名称", "网站标识码", "ICP备案号", "主要问题",
         "某市甲局", "1100000021", "某ICP备00000021号", "首页长期不更新", "某市乙局", "1100000022", "某ICP备00000022号-1",
         "留言超期未回复", "请上述单位于4月底前完成整改，并报送整改情况。"]


def test_a_tables_columns_of_site_codes_and_icp_numbers_stay_in_the_text() -> None:
    """A table of the text read a row at a time, one cell a line, whose columns are headed 网站标识码 and
    ICP备案号 over each site's code and ICP number, stays whole between the paragraphs that frame it
    (before, its head cells and ICP numbers went as footer lines and the cells after them as strays);
    the site's own footer under the signature still goes."""
    kept = keeps([*NOTICE_HEAD, *TABLE, *NOTICE_FOOT])
    assert all(kept[len(NOTICE_HEAD):len(NOTICE_HEAD) + len(TABLE)])
    assert kept[-5:] == [True, True, False, False, False]


def test_footer_lines_with_no_paragraph_under_them_go_as_before() -> None:
    """The same cells with no paragraph of the text going on under them are no table the text frames:
    the ICP numbers among them go as footer lines."""
    kept = keeps([*NOTICE_HEAD, *TABLE[:-1], *NOTICE_FOOT[2:]])
    assert not kept[len(NOTICE_HEAD) + 7] and not kept[len(NOTICE_HEAD) + 11]


def test_a_call_to_scan_and_follow_an_account_named_in_quotes_goes() -> None:
    """扫码关注 and an account's name in quotes, nothing else on the line, is a QR prompt (before, only with
    the account's kind after the name: 公众号, 视频号); a step that goes on after the name stays."""
    from govtext.spam import classify_lines

    lines = ["扫码关注“某某发布”", "扫码关注“某某服务”，进入办事大厅办理", "扫码关注后即可在线预约"]
    assert [v.keep for v in classify_lines("\n".join(lines), page=False)] == [False, True, True]


def test_a_call_to_scan_and_follow_in_quotes_over_the_guides_next_step_stays() -> None:
    """扫码关注“某某” alone on its line over a line going on with the steps (进入…，按提示…。, 2.选择…。) is a
    guide's step, no prompt: it stays (before, it went); over a prompt or a line of no step, it goes."""
    from govtext.spam import classify_lines

    for step in ("进入首页后点击“办事大厅”，按提示上传材料。", "2.选择“预约挂号”，填写就诊人信息。"):
        assert [v.keep for v in classify_lines("\n".join(["扫码关注“某某健康服务”", step]), page=False)] == [True, True]
    for after in ("点击上方蓝字关注我们", "某某市卫生健康委员会"):
        assert not classify_lines("\n".join(["扫码关注“某某健康服务”", after]), page=False)[0].keep


BILINGUAL_HEAD = ["关于某某事项的提示 Notice on Something", "某市某局", "中文 | English", "首页 Home", "通知公告 Notices",
                  "当前位置：首页 > 通知公告", "关于某某事项的提示", "Notice on Something", "发布时间：2026-05-06 浏览：88"]
BILINGUAL_BODY = ["外国人在本市住宿的，应当在入住后24小时内办理住宿登记。",
                  "Foreign nationals staying in the city shall register their accommodation within 24 hours of arrival.",
                  "办理时请携带本人护照和签证。", "Please bring your passport and visa.",
                  "咨询电话：0000-1234567（工作日上午）", "Enquiries: 0000-1234567 (working days, mornings)"]
BILINGUAL_FOOT = ["分享 Share", "打印 Print", "相关信息 Related", "某某办理指南", "Guide to Something",
                  "某市某局 版权所有", "某ICP备00000066号"]


def test_a_bilingual_texts_last_english_line_stays() -> None:
    """A text whose paragraphs each stand over their English keeps the last English line too (a contact
    row's, with no Han: before, it went as a short line in a run after the article); an English line
    under a text with no English lines above it is no translation, and goes as before."""
    kept = keeps([*BILINGUAL_HEAD, *BILINGUAL_BODY, *BILINGUAL_FOOT])
    assert all(kept[len(BILINGUAL_HEAD):len(BILINGUAL_HEAD) + len(BILINGUAL_BODY)])
    assert not any(kept[len(BILINGUAL_HEAD) + len(BILINGUAL_BODY):])
    chinese = [BILINGUAL_BODY[0], BILINGUAL_BODY[2], *BILINGUAL_BODY[4:]]
    kept = keeps([*BILINGUAL_HEAD, *chinese, *BILINGUAL_FOOT])
    assert kept[len(BILINGUAL_HEAD) + 2] and not kept[len(BILINGUAL_HEAD) + 3]


def test_english_chrome_under_a_bilingual_texts_last_chinese_line_goes() -> None:
    """A bilingual text's last paragraph with no English under it, then the site's English buttons
    (English Version, Back to Top, Print this page, Share to Facebook): no button answers the line over
    it (its numbers, its length), and they go as a run after the article (before, the first one was
    kept as that paragraph's translation); an English line with the paragraph's number under it stays."""
    last = "如有疑问，请在工作日致电服务台咨询，咨询电话：0000-7654321。"
    chrome = ["English Version", "Back to Top", "Print this page", "Share to Facebook"]
    kept = keeps([*BILINGUAL_HEAD, *BILINGUAL_BODY[:4], last, *chrome, *BILINGUAL_FOOT[-2:]])
    assert kept[len(BILINGUAL_HEAD) + 4] and not any(kept[len(BILINGUAL_HEAD) + 5:])
    answer = "For enquiries, please call the service desk on working days at 0000-7654321."
    kept = keeps([*BILINGUAL_HEAD, *BILINGUAL_BODY[:4], last, answer, *BILINGUAL_FOOT[-2:]])
    assert kept[len(BILINGUAL_HEAD) + 5]


def test_a_directory_of_mobiles_and_400_numbers_under_the_text_stays() -> None:
    """A 通讯录 whose rows give mobiles (13812340001) and 400 numbers (400-661-2020) stays whole over the
    page's footer as one of fixed lines does (before, no such number read as a phone's, and the entries
    after the first went as a run of short lines after the article)."""
    rows = [DIRECTORY[0], "院长办公室", "联系人：王老师 电话：13812340001", "教务处", "电话：13912340002", "财务处",
            "服务热线：400-661-2020", "保卫处", "24小时值班：4006612110"]
    kept = keeps([*SCHOOL_HEAD, *rows, *SCHOOL_FOOT])
    assert all(kept[len(SCHOOL_HEAD):len(SCHOOL_HEAD) + len(rows)])
    assert not any(kept[len(SCHOOL_HEAD) + len(rows):])


def test_a_directory_entry_may_give_its_address_before_its_phone() -> None:
    """Each entry's address row over its phone row (教务处 / 办公地点：行政楼205 / 电话：…) is a directory's
    entry as the phone row alone is (before, the address row right under the name ended the reading:
    no directory); a name over rows with no phone at all is none."""
    from govtext.boilerplate import DEFAULT_PARAMS, _directory

    rows = ["各部门办公地点如下。", "教务处", "办公地点：行政楼205", "电话：0000-4827325", "学生处", "办公地点：行政楼301",
            "电话：0000-4827330", "后勤处", "办公地点：后勤楼101", "电话：0000-4827350", "上一篇：某某"]
    kinds = ["prose"] + ["short"] * 9 + ["chrome"]
    assert _directory(rows, kinds, set(), list(range(len(rows))), 0, DEFAULT_PARAMS) == 9
    bare = [s for s in rows if not s.startswith("电话")]
    assert _directory(bare, kinds[:8], set(), list(range(8)), 0, DEFAULT_PARAMS) == 0
