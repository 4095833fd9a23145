"""Classes of lines that session 26's held-out pages 365-376 (BHA) showed the page reading lost or
missed: a table's header crawled one cell a line over rows keyed 第1周, 第2周 … at the article's
start (and such rows after it), a contact row under a sentence that asks the reader to get in
touch, what follows a bare 附件： after a notice's date once its files are listed (an online form),
and 相关通知 over related links. Each page is our own invented text; the look-alikes in a
document's own lines stay as they were."""

from __future__ import annotations

from functools import partial

from page_common import keeps, rows_lost

HEAD = ["某职业技术学院教务处", "首页", "部门概况", "教学管理", "考务管理", "您的位置：首页 > 通知公告"]
FOOT = ["【打印】 【关闭】", "版权所有：某职业技术学院 地址：某市某路9号"]

#: The document's lines (all but HEAD and FOOT) the rules and the page reading drop.
lost = partial(rows_lost, HEAD, FOOT, ())


def test_a_tables_header_cells_over_rows_keyed_by_number_stay() -> None:
    """A 校历 that is a table right under its headline and metadata line, crawled one cell a line:
    the header's cells (周次, 日期) are short lines with no sentence above them, but the rows under
    them open every three lines with a key that differs in its number only (第1周, 第2周 …): they
    are the table's header, kept with it."""
    title = ["2026—2027学年第一学期校历-教务处"]
    rows = ["2026—2027学年第一学期校历", "发布者：教务处 时间：2026-07-06 阅读：1529", "周次", "日期", "主要工作安排",
            "第1周", "8月31日—9月6日", "老生报到注册，9月1日正式上课",
            "第2周", "9月7日—9月13日", "新生报到，开展入学教育和军训",
            "第3周", "9月14日—9月20日", "新生军训",
            "第4周", "9月21日—9月27日", "新生开始上课",
            "第5周", "9月28日—10月4日", "国庆节放假（10月1日至7日）",
            "说明：", "1. 本学期共20周，其中教学16周，考试2周。",
            "2. 法定节假日按国务院办公厅通知执行，调休上课安排另行通知。", "教务处", "2026年7月6日"]
    assert rows_lost([*title, *HEAD], FOOT, ("发布者",), rows) == []


def test_a_tables_rows_keyed_by_number_after_the_article_stay() -> None:
    """The same table whose last rows hold no sentence: past the region's last prose cell, rows
    that open every three lines with 第3周, 第4周, 第5周 (a column of keys alike but for their
    number, as a column of numbers is) are the table's, not a run of short lines after the
    article; its note under them stays too."""
    title = ["2026—2027学年第一学期校历-教务处"]
    rows = ["2026—2027学年第一学期校历", "周次", "日期", "主要工作安排",
            "第1周", "8月31日—9月6日", "老生报到注册，9月1日正式上课",
            "第2周", "9月7日—9月13日", "新生报到，开展入学教育和军训",
            "第3周", "9月14日—9月20日", "新生军训",
            "第4周", "9月21日—9月27日", "新生开始上课",
            "第5周", "9月28日—10月4日", "国庆节放假（10月1日至7日）",
            "说明：本学期共20周，其中教学16周，考试2周，调休上课安排另行通知。"]
    assert rows_lost([*title, *HEAD], FOOT, (), rows) == []


def test_dates_every_three_lines_are_no_keyed_column() -> None:
    """A related list of a title, its source and its date (2026年11月20日: two numbers and more,
    no row key) after the article stays a run of the page's links."""
    rows = ["某职业技术学院召开2026年秋季学期教学工作会议",
            "会议总结了上学期教学工作，部署了本学期教学检查、课程建设和实习管理等重点任务。"]
    related = ["相关新闻", "学院开展期中教学检查", "教务处", "2026年11月20日", "学院举办青年教师教学竞赛", "教务处",
               "2026年11月13日", "学院召开实习管理工作推进会", "教务处", "2026年11月6日"]
    assert lost(rows + related) == related


def test_short_lines_over_rows_keyed_every_two_lines_are_no_header() -> None:
    """Rows keyed every two lines (a list of a title and its date) make no table of three columns
    or more: the short lines over them are not read as its header (they go, as before, with the
    menu they stand under)."""
    page = [*HEAD, "通知公告", "学院新闻", "教务动态",
            "关于做好2026年秋季学期开学教学检查工作的通知，请各单位认真落实。", "第1周",
            "关于开展期中教学检查的通知，请各二级学院按时报送材料。", "第2周", *FOOT]
    kept = keeps(page)
    assert not any(kept[len(HEAD): len(HEAD) + 3])


def test_a_contact_row_under_a_sentence_asking_to_get_in_touch_stays() -> None:
    """A notice ending 如有疏漏，请与基金会联系更正。 over its 联系电话 row: the row is the notice's
    own (what the sentence points at), not the page's links under it."""
    rows = ["2026年11月捐赠芳名录", "感谢以下单位和个人于2026年11月对我校的慷慨捐赠！",
            "某建设集团有限公司 人民币500,000元", "某校友会 人民币86,000元",
            "以上捐赠信息如有疏漏，请与基金会联系更正。", "联系电话：028-85403127"]
    chrome = ["我要捐赠", "扫码捐赠", "捐赠证书查询", "相关信息", "2026年10月捐赠芳名录", "2026年9月捐赠芳名录"]
    assert lost(rows + chrome) == chrome


def test_a_contact_row_under_a_sentence_that_asks_nothing_goes_with_the_links() -> None:
    """The same row under a sentence that does not ask the reader to get in touch stays the page's:
    the run of short lines after the article goes whole."""
    rows = ["2026年11月捐赠芳名录", "感谢以下单位和个人于2026年11月对我校的慷慨捐赠！",
            "某建设集团有限公司 人民币500,000元", "某校友会 人民币86,000元",
            "您的每一份爱心都将用于支持学校人才培养。"]
    chrome = ["联系电话：028-85403127", "我要捐赠", "扫码捐赠", "捐赠证书查询", "相关信息", "2026年10月捐赠芳名录"]
    assert lost(rows + chrome) == chrome


NOTICE = ["关于《某市城市养犬管理规定（征求意见稿）》公开征求意见的公告",
          "为规范城市养犬行为，市公安局起草了征求意见稿，现向社会公开征求意见，请于12月20日前提出意见。",
          "某市司法局", "2026年11月20日"]


def test_an_online_form_after_the_dates_attachment_list_goes() -> None:
    """附件： right under a notice's date heads the list of its files: past the files' names, an
    online feedback form's labels with no value and its counter are the page's, not more of the
    attachments."""
    files = ["附件：", "1.某市城市养犬管理规定（征求意见稿）.docx", "2.起草说明.docx"]
    form = ["我要留言", "姓名：", "联系电话：", "电子邮箱：", "意见内容：", "还可以输入2000字"]
    assert lost(NOTICE + files + form) == form


def test_a_related_notices_block_after_a_bare_attachment_label_goes() -> None:
    """相关通知 heads a block of related links as 相关新闻 does: under a notice's date and a bare
    附件：, the block and its titles go (they were taken as the attachments before); the bare label
    over them is left to the page reading (an empty field)."""
    related = ["相关通知", "关于某数据库正式开通的通知", "2026年寒假开馆安排", "关于清理逾期未还图书的通知"]
    gone = lost([*NOTICE, "附件：", *related])
    assert [r for r in gone if r != "附件："] == related


def test_an_attachments_own_text_under_a_bare_label_stays() -> None:
    """附件： under the date with no file's name under it: the attachment's own text follows it
    (its title, its lines), the document's as before."""
    rows = ["附件：", "养犬登记申请表", "申请人承诺：本人承诺所填信息真实有效，如有虚假愿承担相应法律责任。"]
    assert lost(NOTICE + rows) == []


def test_attachments_numbered_under_the_date_stay() -> None:
    """The attachments' names numbered under 附件： (no file extension) stay the notice's."""
    files = ["附件：", "1.养犬登记申请表", "2.养犬承诺书"]
    assert lost(NOTICE + files) == []


def test_the_new_reads_are_linear_on_adversarial_pages() -> None:
    """A last line of many 请 with no contact word at its end, and a long run of row keys alike
    (第1周 … a line each, then two cells) after the article: both read in time linear in their
    length."""
    from linear_common import assert_linear

    def asks(n: int) -> None:
        keeps([*HEAD, "某校关于寒假放假的通知", "请" * n + "联系" + "。" * 3, "联系电话：0571-88120000", *FOOT])

    def keyed(n: int) -> None:
        rows = [c for k in range(n) for c in (f"第{k % 90 + 1}周", "9月7日—9月13日", "上课")]
        keeps([*HEAD, "某校校历", "本学期教学安排如下，请各单位遵照执行，做好各项教学工作。", *rows, *FOOT])

    assert_linear(asks, 4_000, 16_000, repeat=2)
    assert_linear(keyed, 500, 2_000, repeat=2)
