"""Classes of lines that session 36's held-out pages 605-616 (BHA) showed the rules lost or missed.
Each page is our own invented text; the look-alikes go or stay as before."""

from __future__ import annotations

import pytest

from govtext.spam import classify_lines
from page_common import rows_lost

HEAD = ["某市体育局", "首页", "体育新闻", "群众体育", "赛事活动", "首页 > 群众体育 > 赛事活动", "某某半程马拉松报名须知",
        "发布时间：2027-08-02 来源：本站"]
FOOT = ["上一篇：全民健身日系列活动启动", "热点推荐", "某市体育彩票公益金使用情况公告", "版权所有：某市体育局",
        "某ICP备00000036号-1"]


def _notice(period: str) -> list[str]:
    return ["某某半程马拉松将于11月7日7:30在市民广场鸣枪开跑，现将报名有关事项公布如下。", "一、报名时间", period,
            "报名人数超过规模时，以抽签方式确定参赛资格，抽签结果于8月30日公布，请报名者留意短信通知。",
            "二、报名费", "半程马拉松：每人120元。", "某市体育局", "2027年8月2日"]


@pytest.mark.parametrize("period", [
    "2027年8月8日10:00至8月22日18:00",
    "2027年8月8日 10:00—8月22日 18:00",
    "2027年8月8日10:00到8月22日18:00止",
    "2027-08-08 10:00 至8月底",
])
def test_a_date_time_running_on_to_the_end_of_a_period_stays(period: str) -> None:
    """A date and time of day, then 至 / 到 / a dash and another date or time: the period a notice's
    heading (报名时间) announces, no date-time and byline (before, the words 至…月…日 read as the
    byline beside the page's publication time and the line went)."""
    assert rows_lost(HEAD, FOOT, ("发布时间",), _notice(period)) == []


@pytest.mark.parametrize("line", ["2027-08-08 10:00 某某日报", "2027年8月8日10:00 某某市气象局", "2027-08-08 10:00 · 某某新闻"])
def test_a_date_time_and_its_byline_still_go(line: str) -> None:
    """A date-time beside a source's name is the page's byline, dropped as before."""
    v = classify_lines("\n".join([*HEAD[:-1], line, *_notice("2027年8月8日至8月22日"), *FOOT]))[len(HEAD) - 1]
    assert not v.keep and v.rule == "metadata" and v.reason == "date-time and byline"


SCIENCE_HEAD = ["冬天为什么容易感冒？-某某科普网", "某某科普网", "首页", "科普资讯", "健康生活", "科学辟谣",
                "首页 > 健康生活 > 正文", "冬天为什么容易感冒？", "2026-12-14 09:20 来源：某某市疾控中心"]
SCIENCE_BODY = ["冬季气温低，呼吸道黏膜血管收缩，局部抵抗力下降，病毒更容易侵入。门窗紧闭时室内空气流通差，病毒传播的机会增多。",
                "预防感冒要注意保暖，保持室内通风，勤洗手，适当锻炼，增强体质。"]
SCIENCE_FOOT = ["点赞 12", "收藏", "相关科普", "流感和感冒有什么区别？", "主办：某某市科学技术协会", "某ICP备00000360号"]


@pytest.mark.parametrize(("line", "key", "value"), [
    ("本文审核专家：某某市疾控中心 主任医师 林某某", "reviewer", "某某市疾控中心 主任医师 林某某"),
    ("审核专家：某某大学 教授 王某", "reviewer", "某某大学 教授 王某"),
    ("本文作者：张某某", "author", "张某某"),
    ("本文编辑：李某", "editor", "李某"),
])
def test_an_articles_own_credit_labels_are_metadata(line: str, key: str, value: str) -> None:
    """A credit's label under 本文 (本文作者：, 本文编辑：, 本文审核专家：) is the article's credit, as the label
    alone is; a popular-science article's 审核专家： names its reviewing expert: both go as metadata, the
    value kept in meta (before, the line stayed)."""
    verdicts = classify_lines("\n".join([*SCIENCE_HEAD, *SCIENCE_BODY, line, *SCIENCE_FOOT]))
    v = verdicts[len(SCIENCE_HEAD) + len(SCIENCE_BODY)]
    assert not v.keep and v.rule == "metadata" and (key, value) in v.meta
    assert all(v.keep for v in verdicts[len(SCIENCE_HEAD): len(SCIENCE_HEAD) + len(SCIENCE_BODY)])


@pytest.mark.parametrize("line", ["本文介绍了冬季感冒的成因和预防方法", "本文观点：感冒多由病毒引起，抗生素无效。"])
def test_lines_opening_with_benwen_but_no_credit_label_stay(line: str) -> None:
    """本文 before anything but a credit's label (本文介绍了…, 本文观点：…) is the text's own line: it stays."""
    rows = [SCIENCE_BODY[0], line, SCIENCE_BODY[1]]
    assert rows_lost(SCIENCE_HEAD, SCIENCE_FOOT, (), rows) == []
