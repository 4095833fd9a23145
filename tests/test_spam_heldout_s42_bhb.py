"""Classes of lines that session 42's held-out pages 797-808 (BHB42, reporting and participation pages) showed the
rules missed: a participation item's status field in its header under its title (``状态：进行中``, ``访谈状态：已结束``,
the item's period before it on the line or not), a count of people taking part after 已有 or 共有 (``已有 1362 人参与``),
a list's page position in slash form with its records' count (``共2条记录 第1/1页``), a text box's placeholder under its
question whose send button stands under the form's fields for its sender (an optional contact field's label, the
captcha), and a 发文字号 under a metadata table's spaced-out label (``文 号：``). Each line is our own invented text; the
look-alikes (a record's own state, a stage row among a document's lines, a sentence counting people, a survey's options
and optional questions over a form, a 公文's own number under its title) stay as before (FXB42: the review's
probes of the stage rows in a document's body and of a survey's options over a text box)"""

from __future__ import annotations

import pytest

from govtext.spam import _FORM_FIELD, PAGE_COUNTER_REASON, classify_lines
from page_common import keeps


def _alone(line: str) -> tuple[str | None, str]:
    """The rule and reason of *line* read under a sentence, with no page reading."""
    v = classify_lines("\n".join(["正文。", line]), page=False)[1]
    return v.rule, v.reason


_ITEM_HEAD = ["聚焦2027年春季学期课后服务_在线访谈_某市人民政府", "某市人民政府", "首页", "政务公开", "政民互动",
              "当前位置：首页 > 政民互动 > 在线访谈"]
_ITEM_TAIL = ["网友提问", "昵称：", "提交", "往期访谈", "主办：某市人民政府办公室", "某ICP备00002468号"]
_ITEM_TEXT = ["聚焦2027年春季学期课后服务", "[主持人] 各位网友大家好，欢迎收看本期在线访谈。",
              "[嘉宾] 今年课后服务覆盖全市所有义务教育学校。"]


def _under_title(rows: list[str]) -> list[bool]:
    """Whether each of *rows*, an item's header between its title and its text on an interview's page, is kept."""
    lines = [*_ITEM_HEAD, _ITEM_TEXT[0], *rows, *_ITEM_TEXT[1:], *_ITEM_TAIL]
    kept = keeps(lines)[len(_ITEM_HEAD):len(_ITEM_HEAD) + len(rows) + len(_ITEM_TEXT)]
    assert kept[0] and kept[-2:] == [True, True], kept  # (the title and the text stay)
    return kept[1:-2]


@pytest.mark.parametrize("rows", [
    ["状态：进行中"], ["状态: 已截止"], ["访谈嘉宾：某市教育局副局长 某某", "访谈状态：已结束"],
    ["嘉宾：某某", "主持人：某某", "调查状态：未开始"], ["征集状态：征集中"], ["投票状态：投票中"],
    ["征集时间：2027-03-01 至 2027-03-31 征集状态：已结束"], ["直播状态：直播中"],
])
def test_a_participation_items_stage_under_its_title_goes(rows: list[str]) -> None:
    """The status of an interview, a survey, a consultation or a vote as its page shows it, the whole line (the
    item's period before it or not), in the item's header under its title (past its other fields or not): the
    page's widget (before, it stayed under the title); the fields over it stay."""
    assert _under_title(rows) == [True] * (len(rows) - 1) + [False]


@pytest.mark.parametrize("line", [
    "登记状态：存续", "效力状态：有效", "项目状态：进行中", "状态：良好", "运行状态：正常", "许可状态：有效",
    "状态：进行中的项目共12个。", "活动状态：已结束，请关注下期。", "调查时间：2027-03-01 至 2027-03-31",
])
def test_a_records_state_or_a_period_alone_stays(line: str) -> None:
    """A record's own state field (a company's 登记状态, a rule's 效力状态), a project's stage (no participation
    item's word before 状态), a sentence, a period with no status under it: kept under the title as before."""
    assert _under_title([line]) == [True]


@pytest.mark.parametrize("line", [
    "状态：进行中", "访谈状态：已结束", "调查状态：未开始", "征集状态：已截止", "投票状态：预告", "活动状态：报名中",
    "征集时间：2027-03-01 至 2027-03-31 征集状态：进行中",
])
def test_a_stage_row_stays_with_no_page_reading(line: str) -> None:
    """With no page reading (``page=False``) no item's header is known: a stage row stays wherever it stands."""
    assert _alone(line) == (None, "")


_REPORT_HEAD = ["某市发展和改革委员会", "首页", "政务公开", "互动交流", "当前位置：首页 > 政务公开 > 通知公告"]
_REPORT_TAIL = ["打印本页 关闭窗口", "主办单位：某市发展和改革委员会", "某ICP备00001234号"]


@pytest.mark.parametrize("body", [
    ["2027年市级重点项目推进情况", "现将一季度重点项目推进情况公布如下。", "一、城西供水管网改造工程", "建设单位：某市水务集团",
     "状态：进行中", "已完成投资8600万元，占年度计划的41%。", "二、北湖湿地公园", "状态：已结束", "项目已于2月底通过竣工验收。",
     "某市发展和改革委员会", "2027年4月12日"],
    ["关于2027年春季群众体育系列活动安排的通知", "各有关单位：", "现将系列活动安排如下：", "1.环湖骑行", "活动时间：2027-04-06 至 2027-04-20",
     "活动状态：报名中", "2.社区广场舞展演", "活动状态：未开始", "请各单位积极组织参加。", "某市体育局", "2027年3月18日"],
    ["2027年市级重点项目推进情况", "现将一季度重点项目推进情况公布如下。", "一、城西供水管网改造工程", "状态：进行中",
     "已完成投资8600万元。", "二、北湖湿地公园", "状态：已结束"],
    ["关于公开征求《某市住宅小区停车管理办法》意见的公告", "为规范小区停车管理，现公开征求意见。",
     "征集时间：2027-05-01 至 2027-05-31 征集状态：进行中"],
    ["关于公开征求《某市住宅小区停车管理办法》意见的公告", "为规范小区停车管理，现公开征求意见。",
     "意见反馈邮箱：tingche@example.gov.cn", "征集时间：2027年5月1日至2027年5月31日", "征集状态：进行中"],
])
def test_a_stage_row_among_the_texts_lines_stays(body: list[str]) -> None:
    """A stage row among a document's lines (a progress report's items, a notice's list of events, the last item's
    stage closing the text, a consultation notice's period and stage as its last lines): the text's, kept (before,
    the widget rule dropped it anywhere on the page)."""
    assert keeps([*_REPORT_HEAD, *body, *_REPORT_TAIL])[len(_REPORT_HEAD):len(_REPORT_HEAD) + len(body)] == [True] * len(body)


@pytest.mark.parametrize("stage", ["访谈状态：预告", "状态：已结束"])
def test_an_items_stage_under_its_last_sentence_over_page_chrome_goes(stage: str) -> None:
    """An interview's preview page: its stage row under the preview's last sentence, the question box under it (no
    other stage in the text, no field over it): the page's widget, gone; the text stays."""
    text = ["聚焦2027年春季学期课后服务", "访谈嘉宾：某市教育局副局长 某某", "本期访谈将围绕课后服务的开展情况与网友在线交流。",
            "欢迎广大网友提前留言提问。"]
    kept = keeps([*_ITEM_HEAD, *text, stage, *_ITEM_TAIL])[len(_ITEM_HEAD):len(_ITEM_HEAD) + len(text) + 1]
    assert kept == [True] * len(text) + [False]


@pytest.mark.parametrize("period", ["访谈时间：2027年3月12日 15:00", "调查时间：2027-03-01 至 2027-03-31", "时间：2027-03-12",
                                    "征集时间：2027年3月1日至2027年3月31日"])
def test_an_items_period_between_its_title_and_its_stage_goes(period: str) -> None:
    """A participation item's date or period field alone between its title (the page reading's headline: the page
    title names it) and its stage row is the item's header, as the stage is (before, it stayed over the text); the
    title and the text stay."""
    text = ["聚焦2027年春季学期课后服务", "[主持人] 各位网友大家好，欢迎收看本期在线访谈。", "[嘉宾] 今年课后服务覆盖全市所有义务教育学校。"]
    lines = [*_ITEM_HEAD, text[0], period, "访谈状态：已结束", *text[1:], *_ITEM_TAIL]
    kept = keeps(lines)[len(_ITEM_HEAD):len(_ITEM_HEAD) + len(text) + 2]
    assert kept == [True, False, False, True, True]


def test_a_texts_own_period_or_a_field_under_a_guest_line_stays() -> None:
    """A period field closing the text and the stage row under it, a period under the guest's line: the text's
    (the headline is not right above them), kept (the stage under the guest's and the period's fields goes)."""
    notice = ["关于公开征求《某市养犬管理规定（草案）》意见的公告", "为规范养犬行为，现向社会公开征求意见。",
              "意见反馈邮箱：yangquan@example.gov.cn", "征集时间：2027年3月1日至2027年3月31日", "征集状态：进行中"]
    kept = keeps([*_ITEM_HEAD, *notice, *_ITEM_TAIL])[len(_ITEM_HEAD):len(_ITEM_HEAD) + len(notice)]
    assert kept == [True] * len(notice)
    talk = ["聚焦2027年春季学期课后服务", "访谈嘉宾：某市教育局副局长 某某", "访谈时间：2027年3月12日 15:00", "访谈状态：已结束",
            "[主持人] 各位网友大家好，欢迎收看本期在线访谈。"]
    kept = keeps([*_ITEM_HEAD, *talk, *_ITEM_TAIL])[len(_ITEM_HEAD):len(_ITEM_HEAD) + len(talk)]
    assert kept == [True, True, True, False, True]


@pytest.mark.parametrize(("title", "period_kept"), [
    ("2027年全民阅读月活动总结", True), ("关于开展2027年全民阅读月活动的通知", True), ("2027年全民阅读月线上打卡活动", False),
    ("某市2027年市民体质监测问卷调查", False),
])
def test_a_period_under_a_documents_title_stays(title: str, period_kept: bool) -> None:
    """A period field between the headline and a stage row: the item's header, gone with the stage, under an item's
    title; under a document's title (a 总结, a 通知: its kind ends it) the document's date, kept."""
    lines = [f"{title}_网上活动_某市文化广电和旅游局", "某市文化广电和旅游局", "首页", "政务公开", "互动交流",
             "当前位置：首页 > 互动交流 > 网上活动", title, "活动时间：2027-04-01 至 2027-04-30", "活动状态：已结束",
             "本次活动共举办讲座16场，参与群众4.2万人次。", *_ITEM_TAIL]
    assert keeps(lines)[6:10] == [True, period_kept, False, True]


_CONSULT = "关于《某市电动自行车管理规定（征求意见稿）》公开征求意见的公告"


@pytest.mark.parametrize("rows", [
    ["征集时间：2027-03-01 至 2027-03-31 征集状态：已结束"], ["征集单位：某市司法局", "状态：进行中"],
    ["征集时间：2027-03-01 至 2027-03-31", "征集单位：某市司法局", "状态：进行中"],
])
def test_a_stage_row_under_a_documents_headline_is_still_the_pages(rows: list[str]) -> None:
    """A consultation's stage row in the header under its 公告's headline (a document's kind ends it) is the platform's
    widget, as the held-out pages label it (63, 374: blind, D): it goes. (FXR1: review of int42 #2 asked to keep it as
    the document's; that lost one labelled line on each of those pages, so it stays dropped.)"""
    lines = [f"{_CONSULT}_意见征集_某市人民政府", *_NOTICE_HEAD, _CONSULT, *rows,
             "为规范电动自行车管理，现向社会公开征求意见。社会各界可在2027年3月31日前提出意见。", *_NOTICE_TAIL]
    kept = keeps(lines)[1 + len(_NOTICE_HEAD):2 + len(_NOTICE_HEAD) + len(rows) + 1]
    assert kept[0] and kept[-1] and not kept[-2], kept


_NOTICE_HEAD = ["某市人民政府", "首页", "政务公开", "政民互动", "当前位置：首页 > 政民互动 > 意见征集"]
_NOTICE_TAIL = ["我要留言", "往期征集", "主办：某市人民政府办公室", "某ICP备00002468号"]
_NOTICE = ["关于公开征求《某市养犬管理规定（草案）》意见的公告", "为规范养犬行为，现向社会公开征求意见。",
           "意见反馈邮箱：yangquan@example.gov.cn", "征集时间：2027年3月1日至2027年3月31日"]


@pytest.mark.parametrize("widget", ["已有 86 人参加", "已有 1362 人参与", "支持(12) 反对(3)"])
def test_the_texts_last_short_lines_over_an_inline_widget_stay(widget: str) -> None:
    """A widget that stands inside an article and ends none (a header's counter, a vote bar) right under
    the text's last short lines (a mail address's and a period's fields), page chrome under it: the lines stay the
    text's, the widget goes (before, the region was cut back over them as short lines before page chrome)."""
    lines = [*_NOTICE_HEAD, *_NOTICE, widget, *_NOTICE_TAIL]
    kept = keeps(lines)[len(_NOTICE_HEAD):len(_NOTICE_HEAD) + len(_NOTICE) + 1]
    assert kept == [True] * len(_NOTICE) + [False]


@pytest.mark.parametrize("row", [
    "征集时间：2027-03-01 09:00 至 2027-03-31 17:00 征集状态：已结束", "活动日期：2027-04-06 活动状态：报名中",
    "访谈时间：2027年3月12日 15:00 访谈状态：预告", "调查时间：2027-03-01 至 2027-03-31 状态：进行中",
])
def test_a_stage_after_the_items_period_of_any_form_on_its_line_goes(row: str) -> None:
    """The item's period before its stage on one line reads as the period alone on its line does (one pattern,
    :data:`govtext.spam._ITEM_PERIOD_FIELD`: a time of day, one date or two): the header's widget, gone (FXR1, review of
    int42 #4: with a time of day or one date the row stayed)."""
    assert _under_title([row]) == [False]


@pytest.mark.parametrize("row", ["登记日期：2027-04-06 登记状态：存续", "活动日期：2027-04-06 活动状态：良好",
                                 "许可日期：2027-04-06 状态：有效"])
def test_a_records_state_after_a_date_on_its_line_stays(row: str) -> None:
    """Look-alikes: a record's state after its date, a state that is no item's stage: kept."""
    assert _under_title([row]) == [True]


@pytest.mark.parametrize("label", ["E-MAIL（选填）：", "EMAIL(选填):", "Email（选填）：", "e-mail（必填）：", "QQ（选填）：",
                                   "qq(选填)：", "您的Qq（选填）："])
def test_a_senders_mail_or_qq_field_of_any_case_is_a_form_field(label: str) -> None:
    """A form's mail or QQ field label in any case (one alternative each in :data:`govtext.spam._SENDER_FIELDS`)."""
    assert _FORM_FIELD.fullmatch(label)


@pytest.mark.parametrize("label", ["其他建议（选填）：", "Emails（选填）：", "QQQ（选填）：", "邮件主题（选填）："])
def test_a_question_or_another_word_is_no_senders_field(label: str) -> None:
    assert _FORM_FIELD.fullmatch(label) is None


_NEWS_HEAD = ["市政府召开常务会议研究部署春季农业生产_某市人民政府", "某市人民政府", "首页", "政务公开", "新闻中心",
              "当前位置：首页 > 新闻中心 > 政务要闻", "市政府召开常务会议研究部署春季农业生产"]
_NEWS_TEXT = ["3月12日，市长某某主持召开市政府常务会议，研究部署春季农业生产工作。会议指出，要抓好粮食生产，稳定播种面积。",
              "会议强调，各级各部门要压实责任，加强农资供应保障，做好农业防灾减灾工作。"]
_NEWS_TAIL = ["首页", "政务公开", "新闻中心", "主办单位：某市人民政府", "某ICP备00001234号"]


@pytest.mark.parametrize("widget", ["支持(3) 反对(0)", "已有 1362 人参与", "状态：已结束", "征集状态：进行中"])
@pytest.mark.parametrize("titles", [
    ["市政府召开第十次常务会议", "市政府召开第九次常务会议", "市政府召开第八次常务会议"],
    ["我市启动春季植树造林活动", "全市农资储备工作会议召开"],
    ["某区开展农机安全检查", "某县举办春耕技术培训班", "某镇推进高标准农田建设", "某乡召开防汛工作部署会"],
])
def test_a_related_list_with_no_header_over_an_inline_widget_goes(titles: list[str], widget: str) -> None:
    """Titles of related articles with no header over them, right above a widget that ends no article (a vote bar, a
    header counter, a stage row) with page chrome under it, are the page's as over other page chrome: dropped (FXR1,
    review of int42: the exemption for the text's last short lines over such a widget had kept them)."""
    lines = [*_NEWS_HEAD, *_NEWS_TEXT, *titles, widget, *_NEWS_TAIL]
    kept = keeps(lines)[len(_NEWS_HEAD):len(_NEWS_HEAD) + len(_NEWS_TEXT) + len(titles) + 1]
    assert kept == [True] * len(_NEWS_TEXT) + [False] * (len(titles) + 1)


@pytest.mark.parametrize("widget", ["支持(3) 反对(0)", "已有 1362 人参与", "共有 86 人参加"])
@pytest.mark.parametrize("fields", [
    ["调查时间：2027-03-01 至 2027-03-31"], ["活动时间：2027年4月1日至4月30日", "联系电话：0571-88123456"],
    ["报名截止时间：2027年3月20日"],
])
def test_the_texts_own_field_rows_over_an_inline_widget_stay(fields: list[str], widget: str) -> None:
    """Look-alike of the related list: the text's own field rows (a period, a contact) right under its prose over
    such a widget stay the text's; the widget goes. (A stage row there is left to the stage rules, not this
    class.)"""
    lines = [*_NEWS_HEAD, *_NEWS_TEXT, *fields, widget, *_NEWS_TAIL]
    kept = keeps(lines)[len(_NEWS_HEAD):len(_NEWS_HEAD) + len(_NEWS_TEXT) + len(fields) + 1]
    assert kept == [True] * (len(_NEWS_TEXT) + len(fields)) + [False]


@pytest.mark.parametrize("line", ["已有 1362 人参与", "已有1362人参与", "共有 2.3万 人参与", "已有 86 人参加"])
def test_a_count_of_people_taking_part_goes(line: str) -> None:
    """已有 (共有) N 人参与 alone is the header's counter, as 已有 N 人参加 is (before, 参与 after 已有 stayed)."""
    assert _alone(line)[0] == "widget"


@pytest.mark.parametrize("line", ["全市已有1362人参与。", "已有1362人参与调查，其中企业代表210人", "共有86人参与评审工作。",
                                  "参与人数"])
def test_a_sentence_counting_people_stays(line: str) -> None:
    """A sentence or a clause counting those who took part, a table's header: the text's."""
    assert _alone(line) == (None, "")


@pytest.mark.parametrize("line", [
    "共2条记录 第1/1页", "共 286 条 每页 10 条 第 1/29 页", "第1/3页", "当前第2/47页", "共12条，第1/2页",
    "共58条信息 当前第3/6页",
])
def test_a_lists_page_position_in_slash_form_goes(line: str) -> None:
    """A list's page shown over its pages after a slash, its records' count and page size before it or not: the
    list's pager (before, only 第1页 / 共3页 and 共12条 共2页 went)."""
    assert _alone(line) == ("doc_site", PAGE_COUNTER_REASON)


@pytest.mark.parametrize("line", ["请阅读第1/3页内容", "第1/3页 见附表", "共2条记录", "共计12条意见，已全部采纳。",
                                  "1/3的人口"])
def test_a_fraction_or_a_count_in_words_stays(line: str) -> None:
    """A fraction or a page named in a sentence, a count of records alone: no page counter."""
    assert _alone(line)[1] != PAGE_COUNTER_REASON


_SURVEY_HEAD = ["某市文旅局", "首页 政务公开 互动交流", "当前位置：首页 > 互动交流 > 网上调查", "某市公共图书馆服务满意度调查"]
_SURVEY_TAIL = ["重置", "往期调查", "某市全民阅读调查（已结束）", "网站地图 | 联系我们", "主办单位：某市文旅局",
                "某ICP备00001234号"]


_FORM_TEXT = ["为了解市民对全民健身设施的需求，开展本次调查，感谢您的参与。", "1.您每周锻炼几次？", "不锻炼", "一到两次",
              "三次及以上"]


@pytest.mark.parametrize(("question", "fields"), [
    ("2.您对健身设施还有哪些建议？", ["电子邮箱（选填）：", "验证码："]),
    ("2.您对健身设施还有哪些建议？", ["您的姓名(必填):", "手机号码（选填）："]),
    ("2.您最希望新建哪类场地：", ["联系电话（可选）："]),
    ("2.其他意见？", ["通讯地址（选填）：", "工作单位（选填）：", "验证码："]),
])
def test_a_text_box_over_its_forms_fields_goes(question: str, fields: list[str]) -> None:
    """A text box's placeholder right under its question whose send button stands under the form's fields for its
    sender (name, phone, mail, address, workplace; marked optional or required; the captcha): the placeholder, the
    labels and the button go (before, the placeholder and an optional field's label stayed); the survey's questions
    and options stay, read as one page."""
    form = ["请输入不超过200字", *fields, "发送"]
    lines = [*_SURVEY_HEAD, *_FORM_TEXT, question, *form, *_SURVEY_TAIL]
    kept = keeps(lines)[len(_SURVEY_HEAD) - 1:len(_SURVEY_HEAD) + len(_FORM_TEXT) + 1 + len(form)]
    assert kept == [True] * (2 + len(_FORM_TEXT)) + [False] * len(form)


@pytest.mark.parametrize(("form", "kept"), [
    (["请输入您的意见", "其他建议（选填）：", "提交"], [True, True, True]),
    (["请输入您的意见", "电子邮箱（选填）：", "提交"], [True, True, True]),
    (["请输入不超过200字", "您的姓名（选填）：", "验证码：", "提交"], [True, True, False, False]),
    (["2.您对健身设施还有哪些建议？", "请输入不超过200字", "您希望新增的场地（选填）：", "提交"], [True, True, True, True]),
    (["2.您对健身设施还有哪些建议？", "请输入不超过200字", "3.其他意见（选填）：", "提交"], [True, True, True, True]),
])
def test_a_surveys_options_and_optional_questions_stay_over_a_form(form: list[str], kept: list[bool]) -> None:
    """A text box right under a survey's option (no question of its own over it), or a survey's own optional question
    between a box and the button (其他建议（选填）：, 您希望新增的场地（选填）：, not a field for its sender): the survey's
    questions and options stay, read as one page, and the form's lines as the page reading left them before
    (``kept``; with the box dropped under an option the options went as a run of short lines over it)."""
    lines = [*_SURVEY_HEAD, *_FORM_TEXT, *form, *_SURVEY_TAIL]
    got = keeps(lines)[len(_SURVEY_HEAD) - 1:len(_SURVEY_HEAD) + len(_FORM_TEXT) + len(form)]
    assert got == [True] * (1 + len(_FORM_TEXT)) + kept


@pytest.mark.parametrize("between", [
    ["6.您的身份（选填）：", "企业经营者", "普通群众"],
    ["您的职业（选填）：", "学生", "教师"],
    ["5.您的年龄段？", "18岁以下"],
])
def test_a_survey_question_between_the_box_and_the_button_stays(between: list[str]) -> None:
    """A survey's next question with its options between a text box's placeholder and the button: the walk stops
    at the question or its first option, and the placeholder, the question, its options and the button stay as the
    line rules leave them (the page reading reads them as before)."""
    lines = ["1.您对图书馆还有哪些建议？", "请输入您的建议", *between, "验证码：", "提交"]
    verdicts = classify_lines("\n".join(lines), page=False)
    assert [v.keep for v in verdicts] == [True, True, *[True] * len(between), False, True]


@pytest.mark.parametrize("labels", [("文 号：", "索 引 号："), ("文　　号：", "索  引  号："), ("发文字号：", "索引号：")])
def test_a_document_number_under_a_spaced_label_goes_with_its_table(labels: tuple[str, str]) -> None:
    """A metadata table crawled a cell a line, its labels spaced out to align (文 号：) or not: the 发文字号 under its
    label is the table's value and goes with the table (before, a spaced-out label left it standing over the
    headline); the same number under the headline, the document's own, stays."""
    number = "某交建复〔2027〕12号"
    head = ["某市交通运输局", "首页 | 政务公开 | 办事服务 | 公众参与", "政务公开", ">", "建议提案办理", labels[1],
            "11441800007146203J/2027-00012", labels[0], number, "发布日期：", "2027-05-10"]
    text = ["对市人大十六届六次会议第0108号建议的答复", number, "陈某某代表：",
            "您提出的《关于增设乡村公交站点的建议》收悉，现答复如下：",
            "一、我局已对沿线站点进行了摸底，计划年内新增站点12个。", "感谢您对交通运输工作的关心和支持。", "某市交通运输局",
            "2027年5月10日"]
    tail = ["打印本页 关闭窗口", "版权所有：某市交通运输局", "某ICP备00005678号"]
    lines = [*head, *text, *tail]
    kept = keeps(lines)
    assert not kept[head.index(number)] and kept[len(head):len(head) + len(text)] == [True] * len(text)


def test_a_document_number_under_its_title_stays() -> None:
    """A 公文's number under its title, a salutation with a colon over it: the document's head, kept."""
    lines = ["某县教育局", "首页 新闻中心 通知公告", "当前位置：首页 > 通知公告", "关于做好2027年春季学期开学工作的通知",
             "某教发〔2027〕3号", "各乡镇中心学校，县直各学校：", "为做好春季学期开学工作，现将有关事项通知如下。",
             "一、做好校园安全排查。", "某县教育局", "2027年2月10日", "主办单位：某县教育局"]
    kept = keeps(lines)
    assert kept[3:10] == [True] * 7
