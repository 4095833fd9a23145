"""A third kind of printed documents' text layers (held-out pages 341-352 were measured on them):
page counters of a total (2 / 186), a browser's print footer (the address and 1/3), a running line
beside its counter (合同编号：… 第2页/共5页), a column of line numbers, Word and spreadsheet page
counters left without their numbers, a scan's specks, Latin roman page numbers, a four-character watermark, antiword's picture
placeholder and a journal's licence line go; a numbered table under its 序号 header, a data table
between the document's paragraphs and lines of formulas stay. Invented text; each test fails on the
session-start tree (f6187d8), but the guards that fractions and a restarting column stay."""

from __future__ import annotations

from govtext.spam import _page_counters, classify_lines
from linear_common import assert_linear
from page_common import keeps as _keeps

BODY = [
    "报告期内，公司实现营业收入二十四亿元，同比增长百分之十四点八，主营产品出货量保持较快增长。",
    "公司持续加大研发投入，全年研发投入占营业收入的比例为百分之五点七，新增发明专利十一项。",
    "公司将加快新产线建设，推进海外营销网络布局，进一步提升产品的市场占有率和品牌影响力。",
    "董事会将继续完善公司治理结构，健全内部控制制度，切实维护全体股东特别是中小股东的合法权益。",
]


def _dropped(lines: list[str]) -> list[str]:
    return [line for line, k in zip(lines, _keeps(lines)) if not k]


def test_page_counters_of_a_total_and_the_running_head_beside_them_go() -> None:
    """A report's `-layout` text: its head under each counter (2 / 186), the counters between
    pages that skip (an excerpt), the last one ending the text (fails at f6187d8: all kept)."""
    head = "某某股份有限公司 2026 年年度报告全文"
    lines = [head, *BODY, "2 / 186", head, *BODY, "9 / 186", head, *BODY, "186 / 186"]
    assert _dropped(lines) == ["2 / 186", head, "9 / 186", head, "186 / 186"]


def test_a_browser_print_footer_and_a_contract_footer_go() -> None:
    """The address and 1/3 a browser prints under each page; a contract's number beside 第2页/共5页
    (fails at f6187d8: kept)."""
    for foot in ("https://www.example.gov.cn/zbgg/20261203/8817430.html {}/3", "合同编号：HS-2026-0416 第{}页/共3页"):
        lines = [*BODY, foot.format(1), *BODY, foot.format(2), *BODY, foot.format(3)]
        assert _dropped(lines) == [foot.format(n) for n in (1, 2, 3)], foot


def test_fractions_and_close_counters_are_no_page_counters() -> None:
    """A table's fractions (1/3, 2/3) stand no page of text apart; counters that do not count up,
    or past their total, are no pages'."""
    assert _page_counters("比例\n1/3\n2/3", ["比例", "1/3", "2/3"]) == ([], [])
    body = "\n".join(BODY)
    for numbers in (("2", "2"), ("3", "2"), ("4", "5")):
        text = "\n".join(f"{body}\n{n}/4" for n in numbers)
        assert _page_counters(text, text.split("\n")) == ([], []), numbers
    lines = [*BODY, "完成比例", "甲", "1/3", "乙", "2/3", "丙", "1/2"]  # (no gallery: not up to 3/3)
    assert "punctuation" not in [v.rule for v in classify_lines("\n".join(lines))]


def test_a_column_of_line_numbers_goes_a_numbered_column_of_a_table_stays() -> None:
    """A 征求意见稿's line numbers, a run after each page's text going on from page to page, beside
    the page's number (fails at f6187d8: the numbers kept); a table's 序号 cells, one a row, and a
    column of numbers that starts again on each page stay."""
    lines = ["第一条 为了促进城市绿化事业发展，改善生态环境，制定本条例。", "第二条 本条例适用于本市城市规划区。",
             "第三条 城市绿化工作坚持政府主导、社会参与的原则。", "1", "2", "3", "— 1 —",
             "第四条 城市新建区的绿地率不得低于百分之三十五。", "第五条 绿化工程竣工后，建设单位应当组织验收。",
             "第六条 任何单位和个人不得擅自占用城市绿地。", "4", "5", "6", "— 2 —"]
    assert _dropped(lines) == ["1", "2", "3", "— 1 —", "4", "5", "6", "— 2 —"]
    restart = [*lines[:10], "1", "2", "3", "— 2 —"]
    assert [x for x in _dropped(restart) if x.isdigit()] == []


def test_page_counters_with_their_numbers_left_out_go() -> None:
    """A Word footer's page fields the extractor left empty, a spreadsheet's header codes (fails at
    f6187d8: kept); 附件共 3 页 in a line of its own words is no counter."""
    fields = ["第   页  共   页", "第 &P 页，共 &N 页"]
    lines = ["关于做好寒假安全工作的通知", *BODY, *fields]
    assert [v.rule for v in classify_lines("\n".join(lines))][-2:] == ["doc_site", "doc_site"]
    assert all(_keeps(["附件共 3 页", *BODY, "共同页面"]))


def test_latin_roman_page_numbers_and_a_four_character_watermark_go() -> None:
    """A thesis's front matter numbered I, III in Latin capitals, a database's four-character
    watermark and the school's head under each number (fails at f6187d8: kept)."""
    head, mark = "某某师范大学硕士学位论文", "某某数据"
    lines = [*BODY]
    for n in ("I", "III", "12", "13"):
        lines += [n, mark, head, *BODY]
    assert _dropped(lines) == [x for n in ("I", "III", "12", "13") for x in (n, mark, head)]


def test_antiword_picture_placeholders_and_a_journal_licence_line_go() -> None:
    """[pic] between a lesson plan's lines; a journal's licence of its text to a database under its
    colophon (fails at f6187d8: kept)."""
    lines = ["教学过程：", *BODY, "[pic]", *BODY]
    assert _dropped(lines) == ["[pic]"]
    licence = "本刊已许可某某数据库以数字化方式复制、汇编、发行、信息网络传播本刊全文。"
    assert [v.rule for v in classify_lines(licence)] == ["site_notice"]
    assert [v.keep for v in classify_lines("本刊将于下月出版专刊，许可证号另行公布。")] == [True]


def test_a_numbered_table_under_its_header_before_the_text_stays() -> None:
    """A contract's table of two rows, one cell a line, under its 序号 header, between its first
    article's heading and the text (fails at f6187d8: the table lost as a run before the article)."""
    table = ["序号", "名称", "规格型号", "数量", "金额（元）", "1", "LED教室护眼灯", "YG-JS40", "6480盏", "1,853,280.00",
             "2", "LED黑板灯", "YG-HB24", "1080盏", "235,440.00"]
    lines = ["经甲乙双方协商一致，签订本合同。", "第一条 合同标的", *table, "合同总价：人民币贰佰零捌万捌仟柒佰贰拾元整。", *BODY]
    assert all(_keeps(lines))


def test_a_table_between_the_documents_paragraphs_stays() -> None:
    """A thesis's table between two of its sections, outside the region its longest section makes
    (fails at f6187d8: the table dropped as a run of short lines after the article)."""
    table = ["表 2-1 样本教师流动意愿分布", "流动意愿", "人数", "比例（%）", "强烈希望流动", "142", "27.4", "比较希望流动", "169",
             "32.6", "不希望流动", "109", "21.1"]
    lines = [*BODY, *BODY, "目 录", "第1章 绪论", "1.1 研究背景", "第2章 现状", "2.1 样本基本情况",
             "本次调查共发放问卷560份，回收有效问卷518份，有效回收率为92.5%。", *table,
             "2.2 不同特征教师的流动意愿差异", "方差分析结果显示，不同教龄的教师在流动意愿上存在显著差异。"]
    keeps = _keeps(lines)
    assert all(keeps[lines.index(table[0]):lines.index(table[-1]) + 1])


def test_lines_of_formulas_stay_with_the_text() -> None:
    """A textbook's example and exercises: formulas on lines of their own, few Han characters,
    |x| no link row (fails at f6187d8: lost as a run of short lines after the article)."""
    lines = [*BODY, "例1 已知函数 f(x)=√(x+3)+1/(x+2)，求函数的定义域。", "解：使根式有意义的实数 x 的集合是",
             "{x | x≥−3，且 x≠−2}．", "(2) f(−3)=√(−3+3)+1/(−3+2)=−1；", "练习", "A. y=x 与 y=x²/x", "B. y=|x| 与 y=√(x²)",
             "C. y=x+1 与 y=t+1", "(1) f(x)=1/(4x+7)；", "求下列函数的值，并说明理由。"]
    assert all(_keeps(lines))
    assert [v.rule for v in classify_lines("首页 | 新闻 | 公告")] == ["link_list"]


def test_page_counters_are_read_in_linear_time() -> None:
    """Lines ending in a slash and digits, long lines before a counter: each costs what its length
    does."""
    def page(n: int) -> str:
        return ("某 " * 40 + "1/3\n") * n + "x/1 " * n + "\n" + "第2页/共5页\n" * n

    small, big = page(300), page(1200)
    assert_linear(lambda s: _page_counters(s, s.split("\n")), small, big, repeat=3, label="counters")


def test_a_counter_tail_over_a_run_of_spaces_is_read_in_linear_time() -> None:
    """A slash and digits, then a long run of spaces the line goes on after (no counter): the tail's
    spaces are tried one way, not split between two runs of spaces (at e440a3d a square: 0.49 s, then
    1.88 s for twice the run, through classify_lines)."""
    def page(n: int) -> str:
        return "正文\n2 /1" + " " * n + "x\n正文"

    assert_linear(classify_lines, page(4000), page(16000), repeat=2, label="counter tail")


def test_a_scans_specks_go_the_masthead_under_them_stays() -> None:
    """An OCR'd 纪要: lines of specks read as marks apart by spaces over its masthead and between its
    pages (fails at f6187d8: the specks kept, the masthead lost with them as a run before the text)."""
    lines = [", 、 ’", "会 议 纪 要", "〔2026〕第 9 期", "关于研究森林防灭火工作的会议纪要", *BODY, "- 1 -", "' | .", *BODY,
             "- 2 -", "· ′ 、"]
    assert _dropped(lines) == [", 、 ’", "- 1 -", "' | .", "- 2 -", "· ′ 、"]
