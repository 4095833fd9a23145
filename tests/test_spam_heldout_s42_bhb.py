"""Classes of lines that session 42's held-out pages 797-808 (BHB42, reporting and participation pages) showed the
rules missed: a participation item's status field under its title (``状态：进行中``, ``访谈状态：已结束``, the item's
period before it on the line or not), a count of people taking part after 已有 or 共有 (``已有 1362 人参与``), a
list's page position in slash form with its records' count (``共2条记录 第1/1页``), a text box's placeholder whose
send button stands under the form's other fields (an optional field's label, the captcha), and a 发文字号 under a
metadata table's spaced-out label (``文 号：``). Each line is our own invented text; the look-alikes (a record's own
state, a sentence counting people, a survey's question, a 公文's own number under its title) stay as before."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.spam import PAGE_COUNTER_REASON, STAGE_REASON, classify_lines
from page_common import keeps


def _alone(line: str) -> tuple[str | None, str]:
    """The rule and reason of *line* read under a sentence, with no page reading."""
    v = classify_lines("\n".join(["正文。", line]), page=False)[1]
    return v.rule, v.reason


@pytest.mark.parametrize("line", [
    "状态：进行中", "状态: 已截止", "访谈状态：已结束", "访谈状态：预告", "调查状态：未开始", "征集状态：征集中",
    "投票状态：投票中", "直播状态：直播中", "征集时间：2027-03-01 至 2027-03-31 征集状态：已结束",
    "调查时间：2027年3月1日至2027年3月31日 状态：进行中",
])
def test_a_participation_items_stage_goes(line: str) -> None:
    """The status of an interview, a survey, a consultation or a vote as its page shows it, the whole line (the
    item's period before it or not): the page's widget (before, it stayed under the title)."""
    rule, reason = _alone(line)
    assert rule == "widget" and reason.startswith(STAGE_REASON)


@pytest.mark.parametrize("line", [
    "登记状态：存续", "效力状态：有效", "项目状态：进行中", "状态：良好", "运行状态：正常", "许可状态：有效",
    "状态：进行中的项目共12个。", "活动状态：已结束，请关注下期。", "调查时间：2027-03-01 至 2027-03-31",
    "本次调查已结束。",
])
def test_a_records_state_or_a_period_alone_stays(line: str) -> None:
    """A record's own state field (a company's 登记状态, a rule's 效力状态), a project's stage (no participation
    item's word before 状态), a sentence, a period with no status beside it: no stage widget (as before)."""
    assert _alone(line)[1] is None or not _alone(line)[1].startswith(STAGE_REASON)


_KINDS = ["", "访谈", "调查", "征集", "投票", "项目", "登记", "运行", "效力"]
_STAGES = ["进行中", "已结束", "未开始", "已截止", "预告", "有效", "存续", "正常", "已完成", "良好"]


_ITEM_HEAD = ["聚焦2027年春季学期课后服务_在线访谈_某市人民政府", "某市人民政府", "首页", "政务公开", "政民互动",
              "当前位置：首页 > 政民互动 > 在线访谈"]
_ITEM_TAIL = ["网友提问", "昵称：", "提交", "往期访谈", "主办：某市人民政府办公室", "某ICP备00002468号"]


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
    """A period field closing the text over the page's stage row, a period under the guest's line: the text's
    (the headline is not right above them), kept."""
    notice = ["关于公开征求《某市养犬管理规定（草案）》意见的公告", "为规范养犬行为，现向社会公开征求意见。",
              "意见反馈邮箱：yangquan@example.gov.cn", "征集时间：2027年3月1日至2027年3月31日", "征集状态：进行中"]
    kept = keeps([*_ITEM_HEAD, *notice, *_ITEM_TAIL])[len(_ITEM_HEAD):len(_ITEM_HEAD) + len(notice)]
    assert kept == [True, True, True, True, False]
    talk = ["聚焦2027年春季学期课后服务", "访谈嘉宾：某市教育局副局长 某某", "访谈时间：2027年3月12日 15:00", "访谈状态：已结束",
            "[主持人] 各位网友大家好，欢迎收看本期在线访谈。"]
    kept = keeps([*_ITEM_HEAD, *talk, *_ITEM_TAIL])[len(_ITEM_HEAD):len(_ITEM_HEAD) + len(talk)]
    assert kept == [True, True, True, False, True]


_NOTICE_HEAD = ["某市人民政府", "首页", "政务公开", "政民互动", "当前位置：首页 > 政民互动 > 意见征集"]
_NOTICE_TAIL = ["我要留言", "往期征集", "主办：某市人民政府办公室", "某ICP备00002468号"]
_NOTICE = ["关于公开征求《某市养犬管理规定（草案）》意见的公告", "为规范养犬行为，现向社会公开征求意见。",
           "意见反馈邮箱：yangquan@example.gov.cn", "征集时间：2027年3月1日至2027年3月31日"]


@pytest.mark.parametrize("widget", ["征集状态：进行中", "已有 86 人参加", "已有 1362 人参与", "支持(12) 反对(3)"])
def test_the_texts_last_short_lines_over_an_inline_widget_stay(widget: str) -> None:
    """A widget that stands inside an article and ends none (a stage row, a header's counter, a vote bar) right under
    the text's last short lines (a mail address's and a period's fields), page chrome under it: the lines stay the
    text's, the widget goes (before, the region was cut back over them as short lines before page chrome)."""
    lines = [*_NOTICE_HEAD, *_NOTICE, widget, *_NOTICE_TAIL]
    kept = keeps(lines)[len(_NOTICE_HEAD):len(_NOTICE_HEAD) + len(_NOTICE) + 1]
    assert kept == [True] * len(_NOTICE) + [False]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_KINDS), st.sampled_from(_STAGES), st.sampled_from(["：", ":", " : ", "： "]))
def test_a_status_field_is_a_stage_exactly_for_an_items_kind_and_stage(kind: str, stage: str, colon: str) -> None:
    """A 状态 field goes as a participation item's stage exactly when its label is bare or names such an item
    (访谈, 调查, 征集, 投票) and its value is a stage of one (进行中, 已结束, 预告 ...); any other state stays."""
    reason = _alone(f"{kind}状态{colon}{stage}")[1]
    item = kind in ("", "访谈", "调查", "征集", "投票") and stage in ("进行中", "已结束", "未开始", "已截止", "预告")
    assert reason.startswith(STAGE_REASON) == item


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


@pytest.mark.parametrize("fields", [
    ["联系方式（选填）：", "验证码：", "看不清？换一张"],
    ["姓名(选填):", "电话（必填）："],
    ["验证码："],
    ["您的邮箱（可选）："],
])
def test_a_text_box_over_its_forms_fields_goes(fields: list[str]) -> None:
    """A text box's placeholder whose send button stands under the form's other fields (labels marked optional or
    required, the captcha): the placeholder, the labels and the button go (before, the placeholder and an optional
    field's label stayed); the survey's questions and options stay."""
    text = ["为了解市民对公共图书馆的意见，开展本次调查，感谢您的参与。", "1.您每月去图书馆几次？", "一次以下", "一至三次",
            "三次以上", "2.您对图书馆还有哪些建议？"]
    form = ["请输入不超过300字", *fields, "提交"]
    lines = [*_SURVEY_HEAD, *text, *form, *_SURVEY_TAIL]
    kept = keeps(lines)[len(_SURVEY_HEAD) - 1:len(_SURVEY_HEAD) + len(text) + len(form)]
    assert kept == [True] * (1 + len(text)) + [False] * len(form)


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
