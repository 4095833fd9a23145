"""Classes of lines that session 26's held-out pages 377-388 (BHB: printed documents' text layers)
showed the rules missed or lost: a table crawled one cell a line whose rows open with their
numbers under a header of words, a running head beside printed page numbers with a short page
among them, a PDF's glyph codes, a page counter of a total without a slash after the paper's name,
an exam paper's 密封线 read one character a line on each page, a newspaper's imprint. Each page is
our own invented text; the rules' look-alikes in a document's own lines stay kept."""

from __future__ import annotations

from govtext.spam import classify_lines
from page_common import keeps

#: A sentence of a printed page's text (61 characters: three make a page of text).
BODY = "各单位要按照职责分工，细化工作措施，明确责任人和完成时限，确保各项任务按期保质完成，并于每季度末报送工作进展情况。"


def _dropped(lines: list[str]) -> list[str]:
    return [s for s, k in zip(lines, keeps(lines)) if not k]


def test_a_table_whose_rows_open_with_their_numbers_stays() -> None:
    """A 教学进度表 through docx2txt: its fields, then its table one cell a line, each row opening
    with its week's number (1, 2, 3 …) under a header of words (周次 日期 授课内容 …), a row's long
    授课内容 among its short cells, then its note and signature: all the document's, all kept (the
    header and the first rows went as a run of short lines after the fields)."""
    table = ["周次", "日期", "授课内容", "学时", "授课方式",
             "1", "9.7-9.11", "第一章 电路的基本概念与基本定律，电路模型，电流、电压及其参考方向", "4", "讲授",
             "2", "9.14-9.18", "电功率和电能，电阻元件与欧姆定律", "4", "讲授、演示",
             "3", "9.21-9.25", "基尔霍夫定律", "4", "讲授",
             "4", "9.28-10.2", "第二章 电阻的串联和并联，支路电流法，节点电压法", "2", "讨论"]
    page = ["某职业技术学院", "2026—2027学年第一学期教学进度表", "课程名称：电工基础", "授课班级：机电2601",
            "任课教师：某某", "总学时：64", *table,
            "注：本表一式三份，教务处、系（部）、任课教师各存一份；调整进度须经系（部）同意。", "填表日期：2026年9月3日"]
    assert _dropped(page) == []


def test_a_ranked_list_under_menu_words_is_no_counted_table() -> None:
    """Numbers every two lines (a ranked list of headlines: 1 / 标题 / 2 / 标题) under three words are
    no table's rows: a row holds three cells or more. The list after the article goes as before."""
    page = ["某县召开安全生产工作会议", BODY, BODY, "首页", "新闻", "通知", "1", "某镇开展消防演练活动",
            "2", "某县举办农民丰收节庆祝活动", "3", "某街道启动老旧小区改造工程"]
    assert _dropped(page)[-6:] == page[-6:]


def test_a_running_head_beside_printed_numbers_goes_past_a_short_page() -> None:
    """pdfminer gives each page's footer (第 N 页) and the next page's running head (the report's
    name) one after the other; a page a section ends on holds less than a page of text. Beside
    printed page numbers counting up, the head goes on every page all the same; the text stays."""
    head = "某市2026年国民经济和社会发展计划执行情况的报告"
    page = ["各位代表：", BODY, BODY, BODY, "第 1 页", head, BODY, BODY, BODY, "第 2 页", head,
            "（四）民生保障有力有效。", BODY, "第 3 页", head, BODY, BODY, BODY, "第 4 页", head, BODY]
    assert _dropped(page) == ["第 1 页", head, "第 2 页", head, "第 3 页", head, "第 4 页", head]


def test_a_pdfs_glyph_codes_go_and_a_line_with_text_around_them_stays() -> None:
    """pdfminer writes a glyph its font maps to no character as (cid:N): a rule line under the 版头
    and a page number in a symbol font are codes only, nothing to read; an item whose bullet is
    such a code is the document's."""
    page = ["某某学院文件", "(cid:3)(cid:3)(cid:3)(cid:3)(cid:3)(cid:3)", "关于做好职称评聘工作的通知", "各学院：",
            BODY, "(cid:190)申报人员近三年年度考核均为合格及以上等次。", "(cid:20)"]
    assert _dropped(page) == [page[1], page[6]]
    assert [v.rule for v in classify_lines("\n".join(page))][6] == "punctuation"


def test_a_page_counter_after_the_papers_name_goes_without_a_slash() -> None:
    """An exam paper's footer names the paper before its counter of the total, 第1页（共3页）; alone
    on its line the counter is a printed page number too."""
    foot = [f"七年级数学试卷 第{n}页（共3页）" for n in (1, 2, 3)]
    page = ["一、选择题", BODY, BODY, BODY, foot[0], BODY, BODY, BODY, foot[1], BODY, BODY, foot[2]]
    assert _dropped(page) == foot
    bare = ["第一题。", BODY, BODY, BODY, "第1页（共2页）", BODY, BODY, "第2页（共2页）"]
    assert _dropped(bare) == ["第1页（共2页）", "第2页（共2页）"]


def test_an_exam_papers_seal_line_read_one_character_a_line_goes() -> None:
    """The 密封线 printed vertically in each page's margin comes out one character a line beside each
    page's counter: the same text beside two numbers or more is the page's, not the paper's."""
    seal = ["密", "封", "线"]
    page = ["一、选择题", BODY, BODY, BODY, "数学试卷 第1页（共3页）", *seal, "二、填空题", BODY, BODY, BODY,
            "数学试卷 第2页（共3页）", *seal, "三、解答题", BODY, BODY, "数学试卷 第3页（共3页）"]
    assert [s for s in _dropped(page) if len(s) == 1] == seal * 2


def test_a_newspapers_imprint_goes() -> None:
    """A newspaper page's foot: the paper's address and its advertising line (本报地址, 广告热线)."""
    page = ["某县秋粮收获进度过半", BODY, BODY, "本报地址：某县某路108号 邮编：413100 印刷：某印务有限公司",
            "广告热线：0737-4221866"]
    assert _dropped(page) == page[-2:]


def test_counted_tables_and_their_numbers_are_read_in_linear_time() -> None:
    """Rows' numbers over and over between sentences (each a number right after or before the
    region, none a table's), and many small tables of words and counted rows one after another:
    the tables' reading takes time in step with the page."""
    from linear_common import assert_linear

    def numbers(n: int) -> str:
        return "\n".join(["关于课程安排的说明", *(x for _ in range(n) for x in (BODY, "1", "4", "讲授"))])

    def tables(n: int) -> str:
        row = ["周次", "日期", "内容", "1", "9.7", "讲授", "2", "9.14", "讨论", "3", "9.21", "实验"]
        return "\n".join(["教学进度表", *(x for _ in range(n) for x in (BODY, *row))])

    for make in (numbers, tables):
        assert_linear(classify_lines, make(150), make(600), label=make.__name__)

