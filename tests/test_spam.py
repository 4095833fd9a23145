"""Spam/boilerplate line rules: unit cases per rule, API contract, properties, adversarial input.

Every string here is the maintainers' own writing in the style of crawled pages and official
documents (no text copied from the seeds or the corpus).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from pathlib import Path

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govtext import quality, spam
from govtext.boilerplate import Joined
from govtext.quality import pseudo_original_score
from govtext.spam import RULES, Context, Related, Rule, Verdict, classify_lines, drop_spam_lines


def rules_of(text: str) -> list[str | None]:
    return [v.rule for v in classify_lines(text)]


def rule_of(line: str) -> str | None:
    return classify_lines(line)[0].rule


# Content sentences that carry the trigger words of the rules: all must be kept, alone and in
# any neighbourhood.
CONTENT = [
    "各地要拓宽经费来源渠道，规范编辑出版和版权保护工作。",
    "学校在网站首页显著位置公开招生计划和收费标准。",
    "申请人可以通过政务服务平台打印或者下载相关证明。",
    "推动优质课程资源分享到农村学校，缩小城乡差距。",
    "相关部门要加强协调，形成工作合力。",
    "第十二条 网络运营者应当采取措施，防止未经授权的访问。",
    "关键在于落实责任，确保各项政策落地见效。",
    "上一篇章已经完成，下一阶段重点是巩固成果。",
    "二、主要任务",
    "（三）强化师资保障",
    "福田区",
    "在学前教育方面",
    "■市教育局党组书记、局长 王 明",
    "上海市市长 李 华",
    "时间：2023年3月1日上午9时",
    "地点：市政府三楼会议室",
    "主办单位：市教育局",
    "第九条 经费的来源：",
    "北京:17项举措助力教育质量提升 当前头条",
    "某区推进教育高质量发展三年行动计划.doc",
    "近日,省教育厅印发",
    "接下来一起看看",
    "推进教育高质量发展",
    "欧美、日韩等市场对我省产品需求旺盛，出口增长较快。",
    "持续开展精品课程建设，推动在线教育资源免费开放共享。",
    "坚持久久为功，推动生态环境持续改善。",
    "全市新建公园127座，累计达到1100座。",
    "规范广告服务行为",
    "推广在线阅读平台",
    "推动经验分享到基层",
    "申请→受理→审核→发证",
    "2023-01-01 全市启动新一轮改革",
    "工业互联网——赋能制造业",
    "认真阅读原文件",
    "联系电话：0571-12345678 联系邮箱：office@example.gov.cn",
    "用微信扫码支付水电费，让群众少跑腿。",
    "撤销",
    "请用以下词汇造句：",
    "推荐单位：某市教育局",
    "编辑推荐单位：某大学",
    "会议于9时开始",
    "|-----|-----|",
    "## 第一章 总则",
    "---",
    "。",
    "、",
    "”“",
    "[",
]


@pytest.mark.parametrize("line", CONTENT)
def test_content_lines_kept(line: str) -> None:
    assert classify_lines(line) == [Verdict(True)]


# --- one block of positive cases per rule ---------------------------------------------------

CASES = {
    "punctuation": [",", "!", "?", "  ?  ", "| |", "，", ",,,"],
    "seo_spam": [
        "亚洲无码一区二区_免费在线观看_国产精品视频_午夜福利视频网站",
        "久久精品视频,人妻中文字幕,日韩欧美在线播放,精品国产一区",
        "成人视频在线 | 毛片网站 | 国产在线观看 | 黄片大全 | 偷拍视频",
        "百家乐,时时彩,六合彩,真人娱乐城,老虎机投注",
    ],
    "footer": [
        "京ICP备12345678号-1",
        "某某网 版权所有 未经许可不得转载",
        "粤公网安备 44010602000001号",
        "免责声明：本文仅代表作者观点，与本站无关。",
        "如需转载请注明出处",
        "Copyright © 2020 某某网络 All Rights Reserved",
        "联系邮箱：someone@example.com 违法和不良信息举报",
        "关于我们 | 广告服务 | 联系我们",
        "主办单位：某市人民政府办公室 技术支持：某信息中心",
    ],
    "metadata": [
        "发布时间：2024-03-25 08:28  来源：某市人民政府办公室",
        "2023-01-12 14:55:08   来源:某某教育网  分享到微博",
        "[责任编辑:xiaoming]",
        "来源:某区教育局、某县教育局",
        "编辑:王一 李二",
        "审核:张三",
        "时间:2023-01-13 来源:某某网 【字体: 视力保护色:",
        "http://www.example.com  发布时间:2024-03-25 08:28",
        "2019-12-10 07:57:40",
        "2022-10-17 23:48:45某市教育局党组书记",
        "某某教育(综合版) 2022年12期",
        "浏览次数：1024",
        "作者：王小明 来源：某某日报",
        "（责任编辑：王小明）",
        "(责编：王一、李二)",
        "9小时前",
    ],
    "related": [
        "猜你喜欢",
        "相关阅读：",
        "友情链接",
        "延伸阅读",
        "本频道推荐",
        "本站推荐",
        "小编为您推荐",
        "本栏目编辑还推荐您阅读以下文章：",
        "最新推荐",
        "上一篇：某县召开教育工作会议",
        "下一篇：某市推进集团化办学",
    ],
    "doc_site": [
        "上传人:m**** 文档编号:123456 上传时间:2023-07-12 格式:DOC 页数:8",
        "某区教育发展规划.doc_第3页",
        "第3页 / 共8页",
        "展开阅读全文",
        "点击查看更多>>",
        "资源描述",
        "《某区教育发展规划.doc》由会员分享，可在线阅读，更多相关请在某某文库上搜索。",
        "相关资源",
        "相关搜索",
    ],
    "navigation": [
        "首页 > 教育 > 正文",
        "您的当前位置：首页 > 新闻中心 > 要闻",
        "您当前的位置 :教育 >",
        "当前位置：",
        "某某网 > 教育 > 正文",
        "首页 > 通知公告",
        "首页",
    ],
    "share_bar": ["分享到：", "【字体：大 中 小】", "视力保护色", "【打印本页】【关闭窗口】", "字号：[大] [中] [小]"],
    "keywords": ["关键词：教育公平 均衡发展", "标签：教育 改革", "请重点留意网页中出现的以下词汇:", "请注意以下关键字：", "以下关键词"],
    "link_list": ["新闻|图片|视频|专题", "国家部委 | 省级政府 | 市县政府 | 驻外机构"],
    "chrome": ["返回 下载 相关 举报", "打印", "关闭", "更多", "简体 | 繁体", "登录|注册", "【纠错】", "阅读原文", "豆瓣", "跟帖"],
    "image": ["图片", "(资料图)", "（资料图片）", "[图片]", "某某网logo", "视频"],
    "prompt": ["(下滑查看更多)", "点击上方蓝字关注我们", "长按二维码识别关注", "点击阅读原文", "用微信扫码分享"],
    "site_banner": ["某某网→最有价值的门户网站", "欢迎访问某某教育网"],
    "teaser": ["近日，河南、山东等地小麦进入成熟期，陆续开镰收割。【详细】", "市教育局召开安全工作会议[全文]",
               "全市中小学开展消防演练 详细>>", "会议强调，要推进教育均衡发展...阅读全文"],
    "site_notice": ["某某网原创内容，未经授权不得转载，违者必究。", "刊用本网站稿件，务经书面授权。",
                    "未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。",
                    "当前浏览器版本过低，可能会有安全风险且无法正常显示。", "如欲取得最佳浏览效果，请使用最新的浏览器。",
                    "为了更好地为您服务，本网站建议您使用谷歌浏览器或者360浏览器极速模式，分辨率1920×1080浏览本站。",
                    "建议使用IE8以上浏览器，1024×768分辨率浏览", "建议使用360浏览器极速模式访问本站"],
    "widget": ["+1顶71", "|+1踩0", "阅读 539", "阅读数(15878)", "19 跟贴", "2819人参与", "人参与 评论",
               "某某[某市手机网友]2019-05-17 20:33:49", "点击：1203 评论：5"],
}


@pytest.mark.parametrize(("rule", "line"), [(r, x) for r, xs in CASES.items() for x in xs])
def test_rule_drops(rule: str, line: str) -> None:
    v = classify_lines(line)[0]
    assert not v.keep and v.rule == rule, (line, v)
    assert v.reason


def test_a_notices_own_browser_instruction_stays() -> None:
    """A notice telling its readers which browser to log in with names no site it is read on: it
    is the notice's instruction, not the site's browser advice."""
    line = "考生报名时建议使用谷歌浏览器登录报名系统，填报信息前请仔细阅读报名须知。"
    assert classify_lines(line)[0].keep


def test_every_rule_has_cases_and_a_unique_name() -> None:
    names = spam.rule_names()
    assert len(names) == len(set(names))
    assert set(CASES) | {"category_label"} == set(names)
    for r in RULES:
        assert r.description and r.__doc__


# --- neighbour-aware rules --------------------------------------------------------------------


def test_related_block_runs_until_content() -> None:
    text = "正文最后一段。\n\n猜你喜欢\n某县教育新闻\n\n某市召开会议\n2017-08-22 03:42:46\n某刊(2017年6期)2017-08-22 03:42:46"
    assert rules_of(text) == [None, None, "related", "related", None, "related", "related", "related"]
    text = "相关阅读\n某地教育动态\n全市推进义务教育优质均衡发展，取得明显成效。\n短标题"
    assert rules_of(text) == ["related", "related", None, None]
    # a toolbar closes the block: the title repeated after it stays
    text = "相关链接>>\n某县新闻\n打印本页\n关闭窗口\n某市政府工作报告"
    assert rules_of(text) == ["related", "related", "share_bar", "share_bar", None]


def test_editor_value_on_next_line() -> None:
    vs = classify_lines("责任编辑：\n王小明\n王小明")
    assert [v.rule for v in vs] == ["metadata", "metadata", None]
    assert vs[1].meta == (("editor", "王小明"),)
    # a sentence after a bare label stays
    assert rules_of("来源：\n全市推进教育均衡发展。") == ["metadata", None]


def test_category_label_after_breadcrumb() -> None:
    text = "您的当前位置:首页 > 动态 > 教育头条 > 某区入选示范区...\n教育头条\n某区入选示范区"
    assert rules_of(text) == ["navigation", "category_label", None]
    # the title repeating the breadcrumb's last segment is kept
    assert rules_of("首页 > 教育 > 某区入选示范区\n某区入选示范区") == ["navigation", None]
    # without a breadcrumb the label is an ordinary short line
    assert rules_of("正文。\n教育头条") == [None, None]


def test_breadcrumb_one_segment_a_line() -> None:
    text = "您的位置:\n首页\n>\n市政要闻\n市政要闻\n市政府召开常务会议\n正文第一段。"
    assert rules_of(text) == ["navigation"] * 4 + ["category_label", None, None]
    # after a bare home link only a separator continues: the short line after it stays
    assert rules_of("首页\n福田区") == ["navigation", None]
    # a one-line breadcrumb is complete: a short title after it stays
    assert rules_of("首页 > 教育 >\n福田区") == ["navigation", None]
    assert rules_of("当前位置：\n首页\n>发展改革工作\n>投资运行\n标题") == ["navigation"] * 4 + [None]
    assert rules_of("首页 >\n要闻 >\n要闻\n某市召开会议：部署全年工作") == ["navigation"] * 3 + [None]
    assert rules_of("正文。\n要闻 >") == [None, None]


def test_leftover_bracket_of_a_control() -> None:
    assert rules_of("【字号：\n加大\n减小\n】\n标题") == ["share_bar", "chrome", "chrome", "punctuation", None]
    assert rules_of("正文。\n】") == [None, None]


def test_keyword_box_and_word_list() -> None:
    text = "某网提醒您重点留意网页中出现的以下词汇:\n\n某市,教育,公平,优质\n正文,继续。"
    assert rules_of(text) == ["keywords", None, "keywords", None]


def test_metadata_values() -> None:
    v = classify_lines("http://www.example.com  发布时间:2024-03-25 08:28  来源:某市政府办公室")[0]
    assert dict(v.meta) == {"url": "http://www.example.com", "date": "2024-03-25 08:28", "source": "某市政府办公室"}
    v = classify_lines("时间:2023-1-3 来源:https://example.com/s/abc 【字体: 视力保护色:")[0]
    assert dict(v.meta) == {"date": "2023-01-03", "url": "https://example.com/s/abc"}
    v = classify_lines("某某教育(综合版) 2022年12期")[0]
    assert v.meta == (("source", "某某教育(综合版) 2022年12期"),)
    v = classify_lines("关键词：教育公平 均衡发展")[0]
    assert v.meta == (("keywords", "教育公平 均衡发展"),)


def test_metadata_with_a_written_out_date_time_and_dated_bylines() -> None:
    v = classify_lines("2020年02月18日 09:15 来源： 某市日报")[0]
    assert v.rule == "metadata" and dict(v.meta) == {"date": "2020-02-18 09:15", "source": "某市日报"}
    for line in ("某市电视台 | 2020年08月03日 07:16", "某市日报客户端 2024-03-12 15:35:47",
                 "本文来源于某市统计局 2024-05-11 09:36:26"):
        v = classify_lines(line)[0]
        assert v.rule == "metadata" and v.reason == "byline and date-time", line
    assert rule_of("2024年3月8日") is None  # a 公文's 成文日期: no time of day
    assert rule_of("12-2718:40") == "metadata"  # a web page's month-day and time, glued
    assert rule_of("3月8日 9:00") is None
    assert rule_of("会议于2024年3月8日 9:00在市政府召开") is None


def test_metadata_date_with_a_views_label_whose_count_is_on_the_next_line() -> None:
    """时间：<date> 浏览： with the count printed on the line after it is a dateline, as with
    the count on the same line; a notice's 时间：<date> alone (or with 地点：) is content."""
    text = "时间：2021年5月12日 08:30  浏览：\n57\n正文第一段，说明活动的安排。"
    assert rules_of(text) == ["metadata", "metadata", None]
    assert classify_lines(text)[1].reason == "value of the views label above"
    assert rules_of("时间：2021年5月12日上午9时 地点：\n区政府三楼会议室\n请准时参加。") == [None, None, None]


def test_footer_bare_disclaimer_label() -> None:
    """A bare 声明： that disclaims (for reference only, no investment advice, the author's
    views only) closes a page as 免责声明： does; a statement that does not disclaim is kept."""
    for line in ("声明：本网力求信息准确，文中内容仅供参考，不构成任何投资建议，据此操作风险自担。",
                 "声明：本文仅代表作者个人观点，与本平台无关。", "[声明]以上内容仅供参考"):
        assert rule_of(line) == "footer", line
    for line in ("声明：本公司董事会及全体董事保证公告内容真实、准确。", "他在声明中说，数据仅供参考。"):
        assert rule_of(line) is None, line
    # a reprint's disclaimer (not endorsed, the copyright the author's, removed on complaint) too;
    # an organ's statement to the public stays
    for line in ("声明：本网刊载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。",
                 "声明：本文来源于网络，版权归原作者所有，如有侵权请联系删除。"):
        assert rule_of(line) == "footer", line
    assert rule_of("声明：市教育局从未委托任何机构代理招生，请广大家长提高警惕。") is None


def test_metadata_fields_glued_to_the_value_before() -> None:
    """A name's label (作者, 责任编辑 ...) and its colon right after the value before it, no
    blank between, head a field of their own: the value before it ends there."""
    v = classify_lines("2022-05-10 09:12来源：某某财经网作者：王某")[0]
    assert dict(v.meta) == {"date": "2022-05-10 09:12", "source": "某某财经网", "author": "王某"}
    v = classify_lines("来源：某市日报责任编辑：李某")[0]
    assert dict(v.meta) == {"source": "某市日报", "editor": "李某"}
    # a date's label glued to a value is not split off (its value must then be a date)
    v = classify_lines("时间：2022-05-10 来源：某某网发布时间：2022")[0]
    assert dict(v.meta)["source"] == "某某网发布时间:2022"


def test_metadata_source_named_under_a_date_time_line() -> None:
    """A source's name alone on the line under a bare date and time of day is the dateline's
    byline, printed on a line of its own; a heading there, or a name under a date without its
    time of day (a signature's date may come first), stays."""
    v = classify_lines("某地推进交通一体化\n2021-06-18 10:42:07\n某某财经网\n据悉，各项工作取得积极成效。")
    assert [x.rule for x in v] == [None, "metadata", "metadata", None]
    assert dict(v[2].meta) == {"source": "某某财经网"}
    for text in ("标题\n2021-06-18 10:42:07\n基本情况\n正文。", "标题\n2021-06-18\n某区融媒体中心\n正文。",
                 "标题\n2021-06-18 10:42\n某某网 某某报\n正文。"):
        assert rules_of(text)[2] is None, text


_DATED_PAGE_HEAD = (
    "网站首页\n时政要闻\n国内新闻\n财经频道\n体育新闻\n文化教育\n某市举办职业技能大赛\n2021-05-12 09:30 来源：某某日报\n"
    "5月11日，某市第三届职业技能大赛在市体育中心开幕，来自全市各行业的四百余名选手参加比赛，比赛设置十二个项目。\n"
    "本届大赛由市人力资源和社会保障局主办，各区县人社部门承办，比赛为期三天，获奖选手将获得相应的职业资格证书。\n"
)
_DATED_PAGE_FOOT = "关于我们\n联系我们\n网站地图\n版权所有 某某网 京ICP备00000000号"


def test_related_block_goes_on_through_dated_entries() -> None:
    """Under a related-article header, entries of a title, a copy of it, a summary and a date
    line are the block's, though the related rule stops at the summaries: the run of them, each
    entry ending with a date, is dropped whole."""
    entries = ("相关文章\n某区新建三所幼儿园,\n最新消息，某区新建三所幼儿园\n"
               "记者从某区教育局获悉，今年该区新建的三所公办幼儿园将于九月开园，新增学位一千余个。\n2021年05月10日\n"
               "某县启动农村公路提升工程,\n最新消息，某县启动农村公路提升工程\n"
               "近日，某县召开农村公路提升工程动员会，计划年内改造农村公路两百公里，惠及沿线群众。\n2021年05月09日\n"
               "某市开展春季植树活动2021年05月08日\n")
    text = _DATED_PAGE_HEAD + "责任编辑：张某\n" + entries + _DATED_PAGE_FOOT
    lines = text.split("\n")
    rules = dict(zip(lines, (v.rule for v in spam.classify_page(text)[0])))
    assert {rules[x] for x in entries.split("\n") if x} == {"related"}
    assert rules["本届大赛由市人力资源和社会保障局主办，各区县人社部门承办，比赛为期三天，获奖选手将获得相应的职业资格证书。"] is None


def test_article_after_an_inline_related_box_stays() -> None:
    """The article going on under a related box it holds, up to its signature's date, is no list
    of dated entries (one date), nor a run of paragraphs with dates in them."""
    rest = ("相关阅读\n某市去年技能大赛回顾\n"
            "市人社局有关负责人表示，将以大赛为契机，进一步完善技能人才培养体系，比赛结果于2021年05月14日公布。\n"
            "获奖名单将在市政府网站公示，公示期为2021年05月15日至2021年05月21日\n"
            "请各单位按时报送材料，截止时间为2021年05月20日\n某市人力资源和社会保障局\n2021年05月12日\n")
    text = _DATED_PAGE_HEAD + rest + _DATED_PAGE_FOOT
    kept = [line for line, v in zip(text.split("\n"), spam.classify_page(text)[0]) if v.keep]
    assert "某市人力资源和社会保障局" in kept and "2021年05月12日" in kept
    # a schedule under it, its dates alone on their lines: in the order of time, not newest first
    rest = ("相关阅读\n某市去年技能大赛回顾\n今年的大赛分三个阶段进行，各阶段的时间安排如下。\n"
            "报名时间\n2021年05月10日\n初赛时间\n2021年05月15日\n决赛时间\n2021年05月20日\n")
    text = _DATED_PAGE_HEAD + rest + _DATED_PAGE_FOOT
    kept = [line for line, v in zip(text.split("\n"), spam.classify_page(text)[0]) if v.keep]
    assert "初赛时间" in kept and "2021年05月20日" in kept


def test_markup_comment_lines() -> None:
    """A line of markup comments only (Markdown and HTML sources keep them, nobody reads them)
    is dropped; a comment before text is not the whole line. To the page reading it is a blank
    line, no chrome: a law's record of adoption above it is not cut off from the text."""
    assert rules_of("<!-- 正文开始 -->\n正文。\n<!-- 表格 --> <!-- 表格结束 -->") == ["punctuation", None, "punctuation"]
    assert rule_of("<!-- 注 --> 正文") is None
    law = ("# 某某省某某条例\n\n2001年7月1日某某省第九届人民代表大会常务委员会第二十四次会议通过"
           "根据2010年5月12日某某省第十一届人民代表大会常务委员会第十五次会议《关于修改（某某条例）的决定》修正\n\n"
           "<!-- INFO END -->\n\n## 第一章 总则\n\n第一条 为了规范某项工作，制定本条例。\n\n"
           "第二条 本条例适用于本省行政区域内的某项工作。\n\n第三条 县级以上人民政府负责本行政区域内的某项工作。\n")
    assert [v.rule for v in classify_lines(law) if not v.keep] == ["punctuation"]


def test_metadata_date_dot_byline_without_a_time_of_day() -> None:
    """A date and a byline set apart by a dot or a bar is a dateline even without the time of
    day; with a space only (a table's date and its cells) or a sentence after it, it is not."""
    for line in ("2024-03-08 · 某某城市报道", "2024/3/8 | 某市日报"):
        v = classify_lines(line)[0]
        assert v.rule == "metadata" and v.reason == "date-time and byline", line
        assert dict(v.meta)["date"].startswith("2024-03-08"), line
    for line in ("2024-03-08 某某城市报道", "2024-03-08 · 会议指出，要抓好落实", "2024-03-08 ·"):
        assert rule_of(line) is None, line


def test_metadata_date_byline_and_counters() -> None:
    """A date, a source and a channel, then bare counters (views, comments) ending the line is a
    dateline; a date with one short name and numbers (a table's row) or a sentence is not."""
    v = classify_lines("2024年03月08日 某某传媒 要闻速递 2381 7")[0]
    assert v.rule == "metadata" and v.reason == "date, byline and counters"
    assert dict(v.meta) == {"date": "2024-03-08"}
    assert rule_of("2024-03-08 某市晚报 95") == "metadata"
    for line in ("2024年3月8日 某县 570 45", "2024年3月8日 会议指出, 要抓 3", "2024年3月8日 某某传媒 要闻速递"):
        assert rule_of(line) is None, line


def test_metadata_dated_counters_need_a_source_or_channel_word() -> None:
    """A statistics table's row (a date, what is counted, its figures) is content: the dateline
    form needs a word naming a source or a channel (…传媒, …报, …网, …新闻, …发布, …中心)."""
    for line in (
        "2023年06月02日 新增出院人数 18 2",
        "2024年2月9日 降水量偏多 40 6",
        "2024年5月20日 城区 三甲医院 14 3",
        "2024年5月20日 合格率达到 98",
    ):
        assert rule_of(line) is None, line
    for line in ("2023年06月02日 某某日报 县域经济 530 4", "2024年5月20日 某区融媒体中心 本地 77 0",
                 "2024年5月20日 某某发布 政务 301"):
        assert rule_of(line) == "metadata", line


def test_footer_words_next_to_a_footer_line_are_the_footer() -> None:
    text = "学校召开安全工作会议，会议强调要把安全放在首位。\n版权所有：某市教育局\n技术支持：某网络公司"
    assert rules_of(text) == [None, "footer", "footer"]
    # alone they head a notice's lines
    assert rules_of("学校召开安全工作会议，会议强调要把安全放在首位。\n主办单位：某市教育局\n承办单位：某中学") == [None] * 3


def test_weak_labels_need_company() -> None:
    assert rule_of("时间：2023年3月1日上午9时") is None  # a notice's own line
    assert rule_of("时间：2023-03-01") == "metadata"
    assert rule_of("时间：2023年3月1日 来源：某市教育局") == "metadata"


def test_lone_url_kept() -> None:
    assert rule_of("http://www.gov.cn/guoqing/2018-05/03/content_1.htm") is None


# --- API ----------------------------------------------------------------------------------


def test_api_contract() -> None:
    assert classify_lines("") == [Verdict(True)]
    assert len(classify_lines("a\n\nb\n")) == 4
    assert drop_spam_lines("  正文。  \n京ICP备1号\n\n") == "  正文。  \n\n"
    with pytest.raises(TypeError):
        classify_lines(b"x")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        drop_spam_lines(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="rules"):
        classify_lines("x", rules="footer")  # type: ignore[arg-type]


def test_custom_rules() -> None:
    only_footer = [r for r in RULES if r.name == "footer"]
    assert rules_of("猜你喜欢\n京ICP备1号") == ["related", "footer"]
    assert [v.rule for v in classify_lines("猜你喜欢\n京ICP备1号", rules=only_footer)] == [None, "footer"]
    assert classify_lines("猜你喜欢", rules=[]) == [Verdict(True)]

    class Shouting(Rule):
        name = "shouting"
        description = "all-caps ASCII lines"

        def check(self, ctx: Context, i: int) -> Verdict | None:
            s = ctx.lines[i]
            return Verdict(False, self.name, "caps") if s.isascii() and s.isupper() else None

    assert [v.rule for v in classify_lines("HELLO\n正文。", rules=[*RULES, Shouting()])] == ["shouting", None]


def test_fold() -> None:
    assert spam.fold("\u3000来源：某网｜分享\u200b ") == "来源:某网|分享"


def test_sx_spaces_are_regex_spaces() -> None:
    """The rules' patterns on ``re`` (``spam._sx``) read as spaces what ``regex``'s ``\\s`` reads."""
    every = "".join(map(chr, range(0x110000)))
    assert re.findall(f"[{spam._S}]", every) == regex.findall(r"\s", every)


def test_sx_digits_are_regex_digits() -> None:
    """The rules' patterns on ``re`` (``spam._sx``) read as digits what ``regex``'s ``\\d`` reads
    (``re``'s and those of the scripts a newer Unicode added, ``spam._D_NEWER``)."""
    every = "".join(map(chr, range(0x110000)))
    assert re.findall(f"[\\d{spam._D_NEWER}]", every) == regex.findall(r"\d", every)
    assert spam._sx(r"\d+").fullmatch("2\U00011f52\u0968") and spam._sx(r"[^\d]").match("\U00011f52") is None


def _sx_patterns() -> list[tuple[str, object]]:
    """Every rule pattern that runs on ``re`` (:func:`spam._sx`), by name (the module's too)."""
    found = [(k, v) for k, v in vars(spam).items() if isinstance(v, spam._LazyRegex) and v.source is not None]
    for rule in RULES:
        found += [(f"{type(rule).__name__}.{k}", v) for k, v in vars(type(rule)).items()
                  if isinstance(v, spam._LazyRegex) and v.source is not None]
    return found


_SX_ALPHABET = [*" \t\x1c\x1f\x85\xa0\u3000\u2028\x0b\raAiIİıKkſ1२", "中", "更多", "more", "HOME", ">", "→", "->", "[", "]",
                "(", ")", ":", ",", "。", "|", "/", "·", "…", "...", "分享", "<!--", "-->", "图片", "logo", "APP", "客户端",
                "下载", "打开", "扫码", "手机", "点击进入", "《", "》", "“", "详细", "阅读全文", "违者必究", "本站", "转载",
                "授权", "浏览器", "以下词汇", "关键词", "上一篇", "当前位置", "首页", "留意", "!", "*", "、", "由会员分享",
                "请在", "上搜索", "查看更多", "扫一扫", "本文来自",
                # (dates, counts and items: the patterns with digits, a newer script's among them)
                "2024", "0", "12", "\U00011f52\U00011f53", "-", ".", "年", "月", "日", "期", "第", "12:30", "2019-05-17 20:33",
                "2024年08月22日", "次", "万", "顶", "阅读", "评论", "人参与", "下载次数", "被引", "1.", "网友]", "发表于", "浙江",
                "原创 ", "刚刚", "前"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SX_ALPHABET), max_size=12).map("".join))
def test_sx_patterns_match_as_on_regex(s: str) -> None:
    """Each rule pattern moved to ``re`` matches, splits and finds what it did on ``regex``."""
    patterns = _sx_patterns()
    assert len(patterns) > 20
    for name, lazy in patterns:
        old = regex.compile(lazy.source, lazy._args[1])  # type: ignore[attr-defined]
        for method in ("match", "fullmatch", "search"):
            a, b = getattr(old, method)(s), getattr(lazy, method)(s)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (name, method, s)
        assert old.split(s) == lazy.split(s) and old.findall(s) == lazy.findall(s), (name, s)  # type: ignore[attr-defined]


_FOLD_ALPHABET = [*spam._FOLD_SOURCES, "\n", " ", "a", "中", "\uffff", "\U0001f600", "\ud800", "\u4e28", "\ufe30"]


@given(st.lists(st.sampled_from(_FOLD_ALPHABET), max_size=60).map("".join) | st.text(max_size=80))
def test_fold_lines_folds_each_line(text: str) -> None:
    # the whole-text fold (sources found by a table look-up) is the per-line fold
    assert spam._fold_lines(text) == [spam.fold(x) for x in text.split("\n")]


@given(st.lists(st.sampled_from([*_FOLD_ALPHABET, "\x00"]), max_size=12).map("".join) | st.text(max_size=40))
def test_decoded_code_points_are_the_text(text: str) -> None:
    # the fold's text is read back from its code points whole: NUL (which a NumPy string ends
    # before), lone surrogates and characters past U+FFFF included
    import numpy as np

    from govtext._codepoints import decoded

    assert decoded(np.array([ord(c) for c in text], np.uint32)) == text


@given(st.lists(st.sampled_from(_FOLD_ALPHABET), max_size=60).map("".join) | st.text(max_size=80))
def test_context_joined_is_the_folded_lines_joined(text: str) -> None:
    # the fold hands the page reading the folded lines joined and its code points, or nothing
    ctx = spam.Context.of(text)
    if ctx.joined is not None:
        joined = ctx.joined
        assert joined.text == "\n".join(ctx.lines)
        assert joined.padded.tolist() == [10, *(ord(c) for c in joined.text), 10]
        assert joined.bounds()[1].tolist() == list(map(len, ctx.lines))


def test_context_joined_only_when_no_line_was_stripped() -> None:
    assert spam.Context.of("标题：某县\n正文。").joined is not None
    assert spam.Context.of("　标题：某县\n正文。").joined is None  # (an ideographic space stripped)
    assert spam.Context.of("标题\u200b某县\n正文。").joined is None  # (a zero-width character taken out)


# --- properties ---------------------------------------------------------------------------

JUNK = [x for xs in CASES.values() for x in xs] + ["猜你喜欢", "责任编辑：", "首页 > 教育 > 正文", "教育"]
line_st = st.one_of(st.sampled_from(JUNK), st.sampled_from(CONTENT), st.text(max_size=40), st.just(""))
page_st = st.lists(line_st, max_size=25).map("\n".join)


@given(st.text(max_size=400))
def test_one_verdict_per_line(text: str) -> None:
    vs = classify_lines(text)
    assert len(vs) == len(text.split("\n"))
    assert all(isinstance(v, Verdict) and (v.keep == (v.rule is None)) for v in vs)


@given(page_st)
def test_verdict_count_on_pages(text: str) -> None:
    assert len(classify_lines(text)) == text.count("\n") + 1


@given(page_st)
# (a stray mark dropped above a bare headline: the second pass, with the headline opening the
# text, anchored the article at it and cut the lines after it as chrome)
@example(",\n（三）强化师资保障\n各地要拓宽经费来源渠道，规范编辑出版和版权保护工作。\n请用以下词汇造句：\n"
         "在学前教育方面\n|-----|-----|\n0\n0\n相关部门要加强协调，形成工作合力。\n相关部门要加强协调，形成工作合力。")
# (a dated byline where a related block ends, after a numbered item or as the page's own first
# line: the metadata rule left it to the related rule, which did not take it; kept, then dropped
# once the block above it was gone)
@example("相关阅读：\n■市教育局党组书记、局长 王 明\n2022-10-17 23:48:45某市教育局党组书记")
@example("2022-10-17 23:48:45某市教育局党组书记\n猜你喜欢\n2022-10-17 23:48:45某市教育局党组书记")
def test_drop_is_idempotent(text: str) -> None:
    once = drop_spam_lines(text)
    assert drop_spam_lines(once) == once


def test_drop_is_idempotent_across_a_related_header() -> None:
    """Known since session 20, passing since BH27 (session 24): under a bare headline, rows with
    digits end at a related-articles header, the article never crossing it; the first reading
    takes them for a table, the article, and keeps the sentence after the header. In its
    output the header is gone: the second reading anchored the article at that sentence and
    dropped the rows above it as a chrome run. Now nothing above that thin text was dropped by a
    rule and no copy of a title stands over it: the short lines above it are not taken for a
    menu's run, and the second reading keeps them as the first did."""
    text = ("（三）强化师资保障\n福田区\n0\n0\n时间：2023年3月1日上午9时\n"
            "联系电话：0571-12345678 联系邮箱：office@example.gov.cn\n猜你喜欢\n"
            "各地要拓宽经费来源渠道，规范编辑出版和版权保护工作。")
    once = drop_spam_lines(text)
    assert drop_spam_lines(once) == once


@pytest.mark.xfail(strict=True, reason="a dropped stop line decides the first reading (see docstring)")
def test_drop_is_idempotent_across_a_next_article_link() -> None:
    """Known, not fixed, the same mechanism as the test above (found soaking the pools of
    test_drop_is_idempotent, session 20; hypothesis drew neither in 40,000 examples): a
    next-article link (下一篇：…, a line the region never crosses) ends the first reading's
    article, the rows with digits above it; with the link gone the second reading takes the
    lines down to the bottom for the article and drops the first rows as a chrome run."""
    text = ("福田区\n0\n0\n时间：2023年3月1日上午9时\n联系电话：0571-12345678 联系邮箱：office@example.gov.cn\n0\n"
            "下一篇：某市推进集团化办学\n■市教育局党组书记、局长 王 明")
    once = drop_spam_lines(text)
    assert drop_spam_lines(once) == once


@pytest.mark.xfail(strict=True, reason="a dropped line after the article decides a bare date's reading (see docstring)")
def test_drop_is_idempotent_with_a_bare_date_between_headings() -> None:
    """Known, not fixed (found soaking normalize over the spam and boilerplate tests' lines,
    session 20): a bare date between two outline headings is kept as a table's cell while a
    dropped line (a stray mark, a related-articles header) ends the page; with that line gone
    the second reading drops the date as the page's date (metadata)."""
    for end in ("  ?  ", "猜你喜欢"):
        text = "\n".join(["一、总体要求", "2019-12-10 07:57:40", "二、主要任务", "关键在于落实责任，确保各项政策落地见效。", end])
        once = drop_spam_lines(text)
        assert drop_spam_lines(once) == once


@pytest.mark.xfail(strict=True, reason="a dropped line inside the article decides the page's last short lines (see docstring)")
def test_drop_is_idempotent_with_a_dropped_line_between_sections() -> None:
    """Known, not fixed (session 21, SOAK2: found soaking drop_spam_lines and normalize over pages
    mixed from the held-out pages' lines; fails at the session start 52e6a1d too): a line the rules
    drop between two sections (a page tool word, a stray comma) decides how the short lines ending
    the page are read. With it, the first reading keeps them (a table's cells, a row of buttons);
    once it is gone the second drops them as the page's chrome. The same mechanism as the three
    tests above: the page reading is decided before the line rules' drops are taken out."""
    texts = ["三、收到和处理政府信息公开申请情况\n收藏\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\n维持\n纠正\n总计\n0",
             "二、今年划片总体保持稳定，仅对新建小区较多的个别区域作微调。\n,\n三、如对入学资格仍有疑问，可拨打电话0523-86231570咨询。\n"
             "提交评价\n。\n1\n打印准考证\n1",
             # (the lines of test_drop_is_idempotent's pools: its page strategy can draw this)
             "推广在线阅读平台\n0\n申请人可以通过政务服务平台打印或者下载相关证明。\n首页\n1\n撤销\n、\n0\n0"]
    for text in texts:
        once = drop_spam_lines(text)
        assert drop_spam_lines(once) == once


def test_dated_byline_where_a_related_block_ends_is_metadata() -> None:
    """A related block defers its short lines to the related rule; a dated byline the block
    does not take (after a numbered list, or repeating the page's first line, its headline) is
    read as anywhere else: the metadata rule drops it, as it does once the block is gone."""
    body = "某县今年新建学校十所，投入资金三亿元。"
    byline = "2024-05-06 09:30某县教育局办公室"
    for text in (f"相关阅读：\n1. 某县召开教育工作会议\n{byline}\n{body}", f"{byline}\n猜你喜欢\n{byline}\n{body}"):
        assert rules_of(text)[2] == rule_of(byline) == "metadata"
        assert drop_spam_lines(text) == body


@given(page_st)
def test_kept_lines_are_unchanged_and_in_order(text: str) -> None:
    lines = text.split("\n")
    kept = [ln for ln, v in zip(lines, classify_lines(text)) if v.keep]
    assert drop_spam_lines(text) == "\n".join(kept)


SUBJECTS = ["各级教育部门", "市政府", "学校", "有关部门", "各地", "本条例所称主管部门"]
VERBS = ["要加强", "应当落实", "持续推进", "统筹做好", "负责", "依法规范"]
OBJECTS = [
    "经费来源管理", "网站首页信息公开", "资料编辑出版", "版权保护", "资源下载服务", "经验分享到基层",
    "相关阅读推广活动", "关键词检索系统建设", "打印设备采购", "优质资源共享", "精品课程免费开放",
]
sentence_st = st.builds(
    lambda s, v, o, o2, end: f"{s}{v}{o}和{o2}{end}",
    st.sampled_from(SUBJECTS), st.sampled_from(VERBS), st.sampled_from(OBJECTS),
    st.sampled_from(OBJECTS), st.sampled_from(["。", "，确保取得实效。", "；"]),
)


@given(st.lists(st.sampled_from(JUNK), max_size=4), sentence_st, st.sampled_from(["", "  ", "\u3000\u3000"]))
def test_official_sentence_kept_in_any_context(before: list[str], sentence: str, indent: str) -> None:
    text = "\n".join([*before, indent + sentence])
    assert classify_lines(text)[-1].keep


# --- adversarial input ----------------------------------------------------------------------

ADVERSARIAL = [
    "a" * 200_000,
    "," * 200_000,
    "|" * 200_000,
    "首页 > " * 30_000,
    "来源:" * 40_000,
    "久久,av|" * 25_000,
    "2023-01-01 " * 20_000,
    "[责任编辑:" * 25_000,
    "猜你喜欢\n" * 20_000,
    "责任编辑：\n" * 20_000,
    "上一篇:" * 40_000,
    "某" * 100 + "网→" * 50_000,
    "\u3000" * 200_000,
    "招生政策 " * 40_000,  # one line of words apart (the search-terms scan)
    "招生政策 招生政策查询 招生政策解读\n" * 20_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:8]))
def test_adversarial_inputs_finish(text: str) -> None:
    vs = classify_lines(text)
    assert len(vs) == text.count("\n") + 1
    assert drop_spam_lines(drop_spam_lines(text)) == drop_spam_lines(text)


# --- pseudo-original score -------------------------------------------------------------------


def test_pseudo_original_score() -> None:
    assert pseudo_original_score("") == (0.0, [])
    clean, _ = pseudo_original_score("推动教育高质量发展，完善实施细则，夯实基础教育，基本形成新格局。" * 5)
    assert clean == 0.0
    s, ev = pseudo_original_score("推动教育高质量开展，完善实施细那么，夯实根底教育，根本形成新格局。" * 5)
    assert s > 0.9 and "高质量开展×5 (高质量发展)" in ev
    # one odd phrase in a long normal text stays low
    s, _ = pseudo_original_score("推动高质量发展。" * 30 + "坚持高质量开展。")
    assert 0 < s < 0.05
    with pytest.raises(TypeError):
        pseudo_original_score(1)  # type: ignore[arg-type]


@given(st.text(max_size=300))
def test_pseudo_original_score_bounds(text: str) -> None:
    s, ev = pseudo_original_score(text)
    assert 0.0 <= s < 1.0
    assert (s == 0.0) == (not ev)


# pieces of the swapped phrases and of their normal forms, cut anywhere: texts where a phrase
# is whole, cut short, or next to another one
_SWAP_PIECES = sorted({w[i:j] for w in quality._pairs()[0].keys() | set(quality._pairs()[0].values())
                       for i in range(len(w)) for j in range(i + 1, len(w) + 1)})


@given(st.lists(st.sampled_from([*_SWAP_PIECES, "，", "\n", "工作", "开"]), max_size=12).map("".join))
def test_swap_gate_is_the_pattern_search(text: str) -> None:
    assert quality._has_swap(text) == (quality._pairs()[1].search(text) is not None)


@given(page_st, st.lists(st.sampled_from(["", " ", "\u3000\u3000", "\xa0", "\t", "\u200b"]), min_size=1))
# (SOAK4: a Markdown table's delimiter row, and a heading's marks on a Markdown page, read by the
# view only when no blank or zero-width character stood at the line's edge; fail on main 859b36c)
@example(",\n,\n各地要拓宽经费来源渠道，规范编辑出版和版权保护工作。\n,\n|-----|-----|", [" "])
@example("[首页](/)\n## 第一章 总则\n各地要拓宽经费来源渠道，规范编辑出版和版权保护工作。\n- 2 -", ["\u3000\u3000", "\u200b"])
# (a printed page's numbers padded with blanks were not read from the raw text: its running
# line then stood as a paragraph among dropped lines; fails on main 8aef21c)
@example(",\n各地要拓宽经费来源渠道，规范编辑出版和版权保护工作。\n第3页 / 共8页\n各地要拓宽经费来源渠道，规范编辑出版和版权保护工作。\n第3页 / 共8页", [" "])
def test_indentation_does_not_change_verdicts(text: str, pads: list[str]) -> None:
    lines = text.split("\n")
    padded = "\n".join(pads[i % len(pads)] + ln + pads[(i + 1) % len(pads)] for i, ln in enumerate(lines))
    assert [(v.keep, v.rule) for v in classify_lines(padded)] == [(v.keep, v.rule) for v in classify_lines(text)]


class _Plain(Rule):
    """A built-in rule behind a wrapper: :func:`classify_lines` then knows nothing of it (no
    length limit, no pre-gate) and runs it on every line."""

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.name = rule.name
        self.drops_sentences = rule.drops_sentences

    def check(self, ctx: Context, i: int) -> Verdict | None:
        return self.rule.check(ctx, i)


_PLAIN = [_Plain(r) for r in RULES]

# One short line per trigger the pre-gate watches for (our own strings).
_TRIGGERS = [
    "5分钟前", "刚刚", "昨天 09:30", "2024-05-06", "2024年第3期", "打印本页", "[关闭]", "[收藏]",
    "分享到:", "视力保护色", "护眼模式", "[字体:大 中 小]", "上一篇:某县召开会议", "下一条", "首页",
    "home", "网站首页", "当前位置:首页", "首页 > 新闻", "新闻 →", ">", "|", "关于我们 | 联系我们 | 网站地图",
    "以下关键词", "关键词:教育", "tags: 教育", "(资料图)", "视频", "某县LOGO", "某某网→权威门户网站",
    "欢迎访问某某网", "© 某某中心", "(c) 2024 某某", "版权声明:本站", "某ICP备12345678号",
    "某公网安备 12345678号", "转载请注明出处", "第1页 / 共8页", "由会员分享", "返回 顶部", "简体 繁体", "点赞 评论 转发", "English", ",,,", "* * *",
    "某县教育局", "推进教育均衡发展", "责任编辑:", "某某", "猜你喜欢", "某县教育动态", "长按二维码关注",
    "+1顶71", "踩(0)", "阅读 539", "阅读数(15878)", "19 跟贴", "2819人参与", "人参与 评论",
    "某某[北京网友]2019-05-17 20:33:49", "发布时间 : 2024-03-25", "来源:某县教育局", "İCP备123号",
    "某某.doc_第1页", "还剩3页未读", "资料图片", "图片来源:某某", "某某网 -- 权威门户网站", "字号:大",
    "评论 阅读", "参观", "友情", "观点", "某某网站", "特别声明:本文仅供参考。", "某某公司版权所有",
    "编辑|王明", "来源 | 某县教育局",
    "[上一篇]", "上一页 ", "为您推荐", "时间:2024年5月6日 浏览:12", "访问量:3万", "浏览人次:88", "打开某某APP,查看",
    "(请下载某某APP)", "安装某某客户端", "广告剩余 9秒", "5秒后播放", "VIP可关闭广告", "视频加载中",
    "字体设置:小 中 大", "字号 设定 :大",
]


@given(st.one_of(page_st, st.text(max_size=300)))
def test_fast_paths_agree_with_every_rule(text: str) -> None:
    assert classify_lines(text) == classify_lines(text, rules=_PLAIN)


def test_fast_paths_agree_on_triggers() -> None:
    for a in _TRIGGERS:
        for b in ("推进教育均衡发展。", "某县教育局", a):
            for text in (a, f"{b}\n{a}", f"{a}\n{b}", f"某县教育局\n\n{a}\n{b}"):
                assert classify_lines(text) == classify_lines(text, rules=_PLAIN), text


@pytest.mark.corpus
def test_fast_paths_agree_on_seeds(seeds: dict[str, str]) -> None:
    for text in seeds.values():
        assert classify_lines(text) == classify_lines(text, rules=_PLAIN)


@given(st.text(alphabet=st.sampled_from(",|_、甲乙 \u2c2c\u4e2c"), max_size=40), st.sampled_from([",|_、", "|", "、"]))
def test_two_of_is_the_count(s: str, chars: str) -> None:
    assert spam._two_of(s, chars) == (sum(map(s.count, chars)) >= 2)


def _item_tag(line: str) -> str | None:
    """The tag :meth:`Related.link_title` gives *line* (as it stands, not folded) under a
    related-article header: ``related#`` for a list item."""
    return Related.link_title(spam.Context(["相关阅读", line], ["相关阅读", line]), 1, "related")


def test_related_item_gate_is_necessary() -> None:
    """``Related.link_title`` tries ``_item`` only after a first character it can start with:
    every character ``regex`` reads as ``\\s`` is a space to ``str.isspace``, every ``\\d`` a
    digit to ``str.isdigit`` or past the BMP."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert all(c.isspace() for c in regex.findall(r"\s", every))
    assert all(c.isdigit() or c > "\uffff" for c in regex.findall(r"\d", every))
    for c in "·•●◆■▪":
        assert _item_tag(c + "某县召开会议") == "related#" and Related._item.match(c)
    assert _item_tag("某县召开会议") == "related"


@given(st.text(alphabet=st.sampled_from("1２\U00011f52 \u3000·•●◆■▪.、某县"), max_size=8))
def test_related_numbered_is_the_item_pattern(s: str) -> None:
    assert (_item_tag(s) == "related#") == (Related._item.match(s) is not None)


def test_lines_without_marks_reached_by_a_context() -> None:
    """Lines without marks are read only where the line above leaves a context, and then one
    after another as long as each leaves one (a block's link titles, a breadcrumb a segment a
    line, a label's value): the same verdicts as every rule on every line."""
    pages = [
        "猜你喜欢\n\n某县召开会议\n\n某校举办活动\n某地开展培训\n推进教育均衡发展，建成学校十所。\n某县召开会议",
        "首页\n>\n教育\n>\n正文\n某县召开会议\n正文第一段。",
        "责任编辑:\n王明\n某县召开会议",
        "推进教育均衡发展。\n\n\n猜你喜欢\n1. 某县召开会议\n2. 某校举办活动\n某地开展培训",
        # a block's titles read as one run, ended by the page's headline, a section heading, a
        # line too long for a title, a sentence, a page list's next heading, a breadcrumb
        "某县召开会议\n相关阅读\n1. 某校举办活动\n\n2. 某地开展培训\n某县召开会议\n正文第一段。",
        "推进教育均衡发展。\n猜你喜欢\n某校举办活动\n二、主要做法\n正文第一段。",
        "推进教育均衡发展。\n猜你喜欢\n某校举办活动\n" + "某地开展培训" * 7 + "\n某校举办活动",
        "推进教育均衡发展。\n猜你喜欢\n某校举办活动\n甲;乙\n某校举办活动",
        "推进教育均衡发展。\n本文导航\n第1页:背景\n第2页:做法\n第4页:成效\n某校举办活动",
        "推进教育均衡发展。\n猜你喜欢\n某校举办活动\n当前位置:首页 > 新闻\n某校举办活动",
    ]
    for page in pages:
        got = classify_lines(page, page=False)
        assert got == classify_lines(page, rules=_PLAIN, page=False), page
    assert [v.rule for v in classify_lines(pages[0], page=False)][:6] == ["related", None, "related", None, "related", "related"]
    assert [v.rule for v in classify_lines(pages[4], page=False)] == [None, "related", "related", None, "related", None, None]
    assert [v.rule for v in classify_lines(pages[5], page=False)] == [None, "related", "related", None, None]
    assert [v.rule for v in classify_lines(pages[8], page=False)] == [None, "related", "related", "related", None, None]


def test_only_related_reads_a_blocks_lines_without_marks() -> None:
    """Under a block's tag (not after a control), the plan's only check of a line without marks
    no longer than a link title is :class:`Related`'s: what lets :func:`spam._link_titles` read
    them as a run, asking :meth:`Related.link_title` alone."""
    plan, gate = spam._default_plan(), spam._gate()
    related = next(r for r in RULES if isinstance(r, Related))
    for tag in spam._RELATED:
        for n in range(1, Related.title_max + 1):
            assert plan.checks(False, plan.key_of[n], 0, plan.kind(tag), False, gate.bits) == [related.check], (tag, n)


def test_teaser_needs_a_read_more_link_after_text() -> None:
    """A title cut short with "..." is left to the page reading (a headline may be cut so);
    a read-more link alone is not a teaser."""
    for line in ("定了！广州南沙邮轮母港即将开通！地铁直达+无敌免...", "【详细】", "他说……", "详见附件。"):
        assert classify_lines(line)[0].rule != "teaser", line


try:
    from re import _constants as _sre_c  # type: ignore[attr-defined]
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _sre_c  # type: ignore[no-redef]
    import sre_parse as _sre_parser  # type: ignore[no-redef]


@functools.lru_cache(maxsize=1)
def _all_digits() -> frozenset[str]:
    """Every character ``regex`` reads as ``\\d`` (the rules' digits)."""
    return frozenset(regex.findall(r"\d", "".join(map(chr, range(0x110000)))))


def _first_chars(items: list) -> tuple[set[str], bool]:
    """Characters a parsed ``re`` pattern's match can start with (samples of its ranges), and
    whether it can match the empty string."""
    c = _sre_c
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            return out | {chr(av)}, False
        if op is c.IN:
            for iop, iav in av:
                if iop is c.LITERAL:
                    out.add(chr(iav))
                elif iop is c.RANGE:
                    out.update(chr(x) for x in range(iav[0], min(iav[1], iav[0] + 300) + 1))
                elif iop is c.CATEGORY and iav is c.CATEGORY_DIGIT:
                    out |= _all_digits()
                elif iop is c.CATEGORY and iav is c.CATEGORY_SPACE:
                    out.update(" \t\u3000\xa0")
                else:
                    raise AssertionError(f"unexpected class item {iop}")
            return out, False
        if op is c.BRANCH:
            empty = False
            for alt in av[1]:
                first, e = _first_chars(alt)
                out |= first
                empty = empty or e
        elif op is c.SUBPATTERN:
            first, empty = _first_chars(av[-1])
            out |= first
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            first, empty = _first_chars(av[2])
            out |= first
            empty = empty or av[0] == 0
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            empty = True  # (a lookaround matches no character: the next item's are the first)
        else:
            raise AssertionError(f"unexpected op {op}")
        if not empty:
            return out, False
    return out, True


def test_gate_heads_cover_every_trigger() -> None:
    """The gate searches its triggers led by a class of the characters they can start with,
    listed by hand: every first character of every trigger (with its case variants as
    ``regex`` sees them, and every digit ``regex`` knows) must be in the class."""
    gate = spam._gate()
    cased = [chr(x) for x in range(0x20000) if chr(x).lower() != chr(x) or chr(x).upper() != chr(x)]
    pairs = [(gate.searches[gate.bits[rule]][-1], [trigger]) for rule, trigger in gate.TRIGGERS.items()]
    for compiled, triggers in (*pairs, (gate.sentence, [gate.SENTENCE_TRIGGERS])):
        look = re.compile(compiled.pattern[: compiled.pattern.index("](?<=(?=(?:") + 1], compiled.flags)
        for _, pattern in triggers:
            first, empty = _first_chars(list(_sre_parser.parse(pattern)))
            assert not empty, pattern
            variants = {v for f in first if f.isascii() and f.isalpha() for v in cased
                        if regex.fullmatch(regex.escape(f), v, regex.IGNORECASE)}
            missed = [ch for ch in sorted(first | variants) if not look.match(ch)]
            assert not missed, (pattern, missed[:10])
    kawi = "\U00011f52\U00011f50\U00011f52\U00011f54-05-06"  # digits regex knows, re not
    assert gate.may_drop(kawi) and spam.Metadata._prefix.match(kawi).end() > 4


def _digit(op: object, av: object) -> bool:
    """Is the parsed item a digit (a literal one, or a class of digits only: ``\\d`` and the
    astral planes, as spam's ``_D``)? The gate's marks write every digit "0"."""
    c = _sre_c
    if op is c.LITERAL:
        return re.fullmatch(r"\d", chr(av)) is not None  # type: ignore[arg-type]
    return op is c.IN and all(
        (iop is c.CATEGORY and iav is c.CATEGORY_DIGIT) or (iop is c.RANGE and iav[0] >= 0x10000)
        or (iop is c.LITERAL and re.fullmatch(r"\d", chr(iav)) is not None)
        for iop, iav in av  # type: ignore[attr-defined]
    )


def _literal_run(items: list) -> str:
    """The characters a parsed ``re`` pattern of literals and digits (a fixed number of them)
    matches, a digit written "0"; "" for any other pattern."""
    c = _sre_c
    run = ""
    for op, av in items:
        if op in (c.LITERAL, c.IN) and (op is c.LITERAL or _digit(op, av)):
            run += "0" if _digit(op, av) else chr(av)
        elif op is c.MAX_REPEAT and av[0] == av[1] and len(av[2]) == 1 and _digit(*av[2][0]):
            run += "0" * av[0]
        else:
            return ""
    return run


#: What ``\s`` matches in a line (every blank but the newline, which no line holds).
_LINE_BLANKS = [chr(x) for x in range(0x110000) if chr(x) != "\n" and re.fullmatch(r"\s", chr(x))]


def _completes(op: object, av: object, run: str, marks: Sequence[str]) -> bool:
    """Does each character the parsed class item (a literal, ``\\s``) matches, after *run*,
    complete one of *marks*?"""
    c = _sre_c
    if op is c.LITERAL:
        return any(m in run + chr(av) for m in marks)  # type: ignore[arg-type]
    if op is c.CATEGORY and av is c.CATEGORY_SPACE:
        return all(any(m in run + b for m in marks) for b in _LINE_BLANKS)
    return False


def _needs_one_of(items: list, marks: Sequence[str], run: str = "") -> bool:
    """Does every match of the parsed ``re`` pattern hold one of the strings *marks* (a digit
    written "0")? (*run*: the literal characters matched right before it.) A group or an
    alternation is also read on into what follows it; an optional item both skipped (what
    follows stands right after *run*) and taken (its first pass does)."""
    c = _sre_c
    for k, (op, av) in enumerate(items):
        if op in (c.LITERAL, c.IN) and (op is c.LITERAL or _digit(op, av)):
            run += "0" if _digit(op, av) else chr(av)
            if any(m in run for m in marks):
                return True
            continue
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] > 0 and len(av[2]) == 1 and _digit(*av[2][0]):
            # n to m digits: the last n of them stand right before what follows
            run = (run if av[0] == av[1] else "") + "0" * av[0]
            if any(m in run for m in marks):
                return True
            continue
        rest = list(items[k + 1 :])
        if op is c.BRANCH and (all(_needs_one_of(alt, marks, run) for alt in av[1])
                               or (rest and all(_needs_one_of([*alt, *rest], marks, run) for alt in av[1]))):
            return True
        if op is c.SUBPATTERN and (_needs_one_of(av[-1], marks, run) or (rest and _needs_one_of([*av[-1], *rest], marks, run))):
            return True
        if op is c.ASSERT and _needs_one_of(av[1], marks):  # (the line holds what a lookaround matches)
            return True
        if op is c.ASSERT and av[0] < 0 and (behind := _literal_run(av[1])):
            run = behind  # (what a lookbehind of literals and digits matches stands right before)
            continue
        if op is c.IN and all(_completes(iop, iav, run, marks) for iop, iav in av):
            return True
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0 and _needs_one_of(av[2], marks, run) \
                and _needs_one_of(rest, marks, run):
            return True
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] > 0 and _needs_one_of(av[2], marks, run):
            return True  # (its first pass stands right after the run)
        run = ""
    return False


def test_gate_sentence_marks() -> None:
    """Every match of a sentence trigger holds a mark (with the case variants ``regex`` sees)."""
    gate = spam._gate()
    marks = gate.SENTENCE_MARKS
    assert _needs_one_of(list(_sre_parser.parse(gate.SENTENCE_TRIGGERS[1])), marks)
    assert not _needs_one_of(list(_sre_parser.parse("icp|安全")), marks)
    cased = [chr(x) for x in range(0x20000) if chr(x).lower() != chr(x) or chr(x).upper() != chr(x)]
    for m in marks:  # every spelling of a mark the rules (regex, ignoring case) read alike
        spellings = [""]
        for ch in m:
            alike = {v for v in cased if regex.fullmatch(regex.escape(ch), v, regex.IGNORECASE)} or {ch}
            spellings = [x + v for x in spellings for v in alike]
        assert set(spellings) <= set(marks), m


def test_gate_marks_are_in_every_match() -> None:
    """Every match of the gate's searches (the words and labels, the triggers) holds one of
    its marks, in every case ``re`` matches it in: a line without marks needs no search."""
    gate = spam._gate()
    marks = gate.marks()
    rule_marks = gate.rule_marks()
    for rule, bit in gate.bits.items():
        for compiled in gate.searches.get(bit, ()):  # (each rule's own marks: see the next test)
            assert _needs_one_of(list(_sre_parser.parse(compiled.pattern)), sorted(rule_marks[rule])), rule
    assert not _needs_one_of(list(_sre_parser.parse("icp|安全")), marks)
    assert not _needs_one_of(list(_sre_parser.parse(r"\d{2}|\d{2}\s*-|a-")), ["000", "0-"])
    assert _needs_one_of(list(_sre_parser.parse(r"a\d{2,3}4|\d{4}")), ["000", "0-"])
    cased = [chr(x) for x in range(0x20000) if chr(x).lower() != chr(x) or chr(x).upper() != chr(x)]
    for m in marks:
        spellings = [""]
        for ch in m:
            alike = {v for v in cased if re.fullmatch(re.escape(ch), v, re.IGNORECASE)} or {ch}
            spellings = [x + v for x in spellings for v in alike]
        assert set(spellings) <= set(marks), m


def test_gate_words_after_hold_what_may_drop_looks_for() -> None:
    """:meth:`_Gate.may_drop` skips a rule's words' search on a line holding none of the
    characters :attr:`_Gate.WORDS_AFTER` names for it: every match of what follows the words
    holds one of them (one or two: it tests each with ``in``)."""
    gate = spam._gate()
    for rule, (after, need) in gate.WORDS_AFTER.items():
        assert 1 <= len(need) <= 2, rule
        assert _needs_one_of(list(_sre_parser.parse(after)), list(need)), rule
        assert not _needs_one_of(list(_sre_parser.parse(after + "?")), list(need)), rule
        (words,) = [p for p in gate.searches[gate.bits[rule]] if p.flags & re.IGNORECASE]
        assert words.search(f"{gate._uncased_words(rule)[0]}{need[0]}")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_TRIGGERS, "首页", "关键词", "发布时间", "2024-03-05", "(C)", "ICP",
                                 "某县", "教育", "新闻", " ", ":", "|", ">", "1", "图", "a"]), max_size=8))
def test_gate_marked_lines_only_need_searching(parts: list[str]) -> None:
    """A line that :meth:`_Gate.marked` passes over is one the searches would not match."""
    gate = spam._gate()
    line = spam.fold("".join(parts))[:150]
    if line:
        (marked,) = gate.marked([line])
        assert gate.may_drop(line, marked) == gate.may_drop(line)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from([*_TRIGGERS, "首页", "(C)", "ICP", "某县", "教育", " ", ":", "1", "图"]),
                         max_size=5).map("".join), max_size=8),
       st.integers(0, 12))
@example(["猜你喜欢", "下一条"], 4)  # a pair over the newline hashed to the footer bit
def test_gate_marked_reads_each_line_alone(lines: list[str], limit: int) -> None:
    """Per line: True past *limit*, else at least the bits it has standing alone; a hashed pair
    or triple over the joining newline may add a rule's bit (documented: it only costs that
    rule's search), never one that changes what the searches find."""
    gate = spam._gate()
    marks = gate.marks()
    got = gate.marked(lines, limit)
    assert len(got) == len(lines)
    for line, m in zip(lines, got):
        if len(line) > limit:
            assert m
        else:
            alone = gate.marked([line], limit)[0]
            assert m & alone == alone
            assert m or not any(x in line for x in marks)
            if m != alone and line:
                assert gate.may_drop(spam.fold(line), m) == gate.may_drop(spam.fold(line))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from([*_TRIGGERS, "首页", "(C)", "ICP", "某县", "教育", " ", ":", "1", "图", "。"]),
                         max_size=5).map("".join), min_size=1, max_size=8),
       st.integers(0, 12), st.booleans())
def test_gate_marked_reads_the_joined_page_as_the_lines(lines: list[str], limit: int, spare: bool) -> None:
    """:meth:`_Gate.marked` over the page's joined code points (long lines read too, or with
    no spare the short lines joined again) gives the marks it gives the lines."""

    gate = spam._gate()
    lines = [x.replace("\n", " ") for x in lines]
    old = spam._MARK_SPARE
    spam._MARK_SPARE = old if spare else 0
    try:
        assert gate.marked(lines, limit, joined=Joined.of("\n".join(lines))) == gate.marked(lines, limit)
    finally:
        spam._MARK_SPARE = old


def test_gate_rule_marks_are_in_every_match_of_the_rules_triggers() -> None:
    """Per rule: every match of its triggers and every word of its lexicon (with the pattern its
    words are searched with after them, :attr:`_Gate.WORDS_AFTER`) holds one of its own marks
    (a line walked for another rule's marks skips the rules whose marks it lacks)."""
    gate = spam._gate()
    marks = gate.rule_marks()
    assert set(marks) == {rule for rule, bit in gate.bits.items() if bit & gate.lexical}
    for rule, (_, pattern) in gate.TRIGGERS.items():
        assert _needs_one_of(list(_sre_parser.parse(pattern)), sorted(marks[rule])), rule
    for rule, words in gate._rule_words.items():
        after = gate.WORDS_AFTER.get(rule, ("", ""))[0]
        assert all(_needs_one_of(list(_sre_parser.parse(re.escape(w) + after)), sorted(marks[rule])) for w in words), rule
    # (the label 文 alone is no mark: 文件, 文化 hold it; its colon, bar or blank after it is)
    assert "文" not in marks["metadata"] and {"文:", "文|", "文 ", "文\u3000"} <= marks["metadata"]
    # (an optional run of blanks read both skipped and taken: the blank is any of them)
    year = list(_sre_parser.parse(r"\d{4}\s*(?:[-/.]|年)"))
    every = ["0-", "00/", "00.", "00年", *("00" + b for b in _LINE_BLANKS)]
    assert _needs_one_of(year, every)
    assert not _needs_one_of(year, [m for m in every if m != "00\u3000"]) and not _needs_one_of(year, every[1:])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*_TRIGGERS, "某某[北京网友]2019-05-17 20:33:49", "12-27 18:40", "2020年08月03日 07:16",
                                 "河北教育(综合版) 2022年12期", "１２３４", "\U00011f52", "某县", "教育", " ", ":", "|",
                                 "1", "-", "图", "[详细]", "详情>>", "...阅读全文", "返回", "打印", "关闭", "HOME", "Ｘ",
                                 "İ", "\u212a", "【", "*"]), min_size=1, max_size=6))
def test_gate_rule_marks_cover_each_rules_drops(parts: list[str]) -> None:
    """A line a rule drops without context holds one of that rule's marks (:meth:`marked`)."""
    gate = spam._gate()
    line = spam.fold("".join(parts))[:150]
    if not line:
        return
    ctx = Context.of(line)
    (mask,) = gate.marked(ctx.lines)  # (what the gate reads: a Markdown link's text, on its own)
    for rule in RULES:
        bit = gate.bits.get(rule.name)
        if bit is not None and not mask & bit:
            assert rule.check(ctx, 0) is None, (rule.name, line)


_GATE_PIECES = [*_TRIGGERS, "某某[北京网友]2019-05-17 20:33:49", "某某[网易上海网友]2019-05-18 09:21:25", "12-27 18:40",
                "2020年08月03日 07:16", "河北教育(综合版) 2022年12期", "１２３４", "\U00011f52", "某县", "教育", " ", ":",
                "|", "1", "-", "图", "[详细]", "详情>>", "...阅读全文", "返回", "打印", "关闭", "HOME", "Ｘ", "İ",
                "\u212a", "【", "*", "赞", "(", "12"]


def _rule_may_drop(gate: spam._Gate, rule: Rule, line: str) -> bool:
    """Do the gate's searches of *rule* (its edge, its characters) let *line* through?"""
    bit = gate.bits[rule.name]
    if bit & gate.lexical:
        return any(x.search(line) for x in gate.searches[bit])
    return bool(gate.marked([line])[0] & bit) and (rule.name != "chrome" or gate.chrome.fullmatch(line.lower()) is not None)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_GATE_PIECES), min_size=1, max_size=6))
@example(["某某[北京网友]2019-05-17 20:33:49"])  # a commenter's line: the widget's own trigger
@example(["赞成(41) 反对(3)"])  # a vote bar opened by 赞成: the widget's trigger (was no trigger before)
@example(["[关闭]", "(请下载某某APP)"])  # a Markdown link: the gate reads its text, 关闭 (SOAK5)
def test_gate_rule_searches_cover_each_rules_drops(parts: list[str]) -> None:
    """A line a rule drops without context matches that rule's own searches (may_drop leaves
    out the rules whose searches it tried and failed; the plan then skips them), read as the
    gate reads it (:class:`Context`'s line: a Markdown link's text)."""
    gate = spam._gate()
    line = spam.fold("".join(parts))[:150]
    if not line:
        return
    ctx = Context.of(line)
    for rule in RULES:
        if rule.name in gate.bits and rule.check(ctx, 0) is not None:
            assert _rule_may_drop(gate, rule, ctx.lines[0]), (rule.name, line)


def test_vote_bar_opened_by_zancheng_is_dropped_after_a_message() -> None:
    """赞成(n) 反对(n) under a message is its vote bar, as 支持(n) 反对(n) is: the gate let the
    line through to the widget rule only after 支持/同意/有用, so in a page it stayed."""
    verdicts = classify_lines("某网友：这条路早该修了。\n赞成(41) 反对(3)")
    assert [v.rule for v in verdicts] == [None, "widget"]


@pytest.mark.corpus
def test_gate_rule_searches_cover_each_rules_drops_on_pages(shared: Path, seeds: dict[str, str]) -> None:
    """The same over the lines of the seeds and the labelled pages, each alone (without context)."""
    gate = spam._gate()
    pages = [p.read_text(encoding="utf-8") for p in sorted((shared / "corpus" / "real-pages-labelled").glob("*.txt"))]
    for text in (*seeds.values(), *pages):
        for line in {spam.fold(x.rpartition("\t")[2]) for x in text.split("\n")}:
            if 0 < len(line) <= 150:
                ctx = Context.of(line)
                for rule in RULES:
                    if rule.name in gate.bits and rule.check(ctx, 0) is not None:
                        assert _rule_may_drop(gate, rule, ctx.lines[0]), (rule.name, line)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_GATE_PIECES), max_size=8))
def test_gate_may_drop_is_marked_less_failed_searches(parts: list[str]) -> None:
    """may_drop: 0 or the line's marks less rules whose searches do not match; every rule with
    marks it keeps is one whose searches were not tried or matched."""
    gate = spam._gate()
    line = spam.fold("".join(parts))[:150]
    if not line:
        return
    (marked,) = gate.marked([line])
    got = gate.may_drop(line, marked)
    assert got & ~marked == 0
    for rule in RULES:
        bit = gate.bits.get(rule.name, 0)
        if bit & gate.lexical and marked & bit and not got & bit:
            assert not any(x.search(line) for x in gate.searches[bit]), (rule.name, line)


def _marks_by_hand(gate: spam._Gate, line: str) -> int:
    """The bits :meth:`_Gate.marked` finds in *line* (up to 150 characters), read plainly."""
    if not line:
        return 0
    zero = spam._digits_as_zero(line)
    found = 0
    for rule, marks in gate.rule_marks().items():
        if any(m in zero for m in marks):
            found |= gate.bits[rule]
    if line[0] in gate.STARTS or line.startswith(tuple(h[1:] for h in (gate.GLYPH_START, *gate.DEBRIS_STARTS))):
        # (a stray mark, a PDF's glyph codes, a web server's error message)
        found |= gate.bits["punctuation"]
    if line.endswith(gate.TEASER_ENDS):
        found |= gate.bits["teaser"]
    if any(m in line for m in gate.SENTENCE_MARKS):
        found |= gate.sentence_bit
    chrome = spam._chrome_chars()
    never = [c for c in line if any(lo <= ord(c) <= hi for lo, hi in spam._UNCASED)
             and c not in chrome and not re.match(r"\s", c)]
    if len(line) <= spam.ChromeWords.max_len and not never:
        found |= gate.bits["chrome"]
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from([*_GATE_PIECES, "\n"]), max_size=6).map("".join)
                | st.text(alphabet=st.sampled_from("首页>1-２ab中|。]文\t 【：,"), max_size=70), max_size=8),
       st.sampled_from([150, 60, 12, 3]))
def test_gate_marked_is_exact(texts: list[str], limit: int) -> None:
    """:meth:`_Gate.marked` finds in each line the marks it holds (digits read "0") and its
    edges and characters, nothing more (no mark over the newline between two lines), and the
    long bit past *limit*."""
    gate = spam._gate()
    lines = [spam.fold(x) for t in texts for x in t.split("\n")]
    want = [_marks_by_hand(gate, x) | (gate.long_bit if len(x) > limit else 0) for x in lines]
    assert gate.marked(lines, limit) == want


@pytest.mark.parametrize("spare", [True, False])
def test_gate_marked_reads_long_lines_up_to_its_maximum(spare: bool) -> None:
    """A line past *limit* is read (its bits and the long bit) up to :data:`spam._MARK_READ_MAX`
    characters; a longer one has every bit (not read), whether the page is read whole or its
    other lines joined again."""

    gate = spam._gate()
    paragraph = "某县推进教育均衡发展，本站转载。" * 20
    endless = "关键词,学校," * (spam._MARK_READ_MAX // 6 + 1)
    lines = ["首页", paragraph, "", endless, "某县教育局"]
    want = [_marks_by_hand(gate, "首页"), _marks_by_hand(gate, paragraph) | gate.long_bit, 0, gate.every,
            _marks_by_hand(gate, "某县教育局")]
    assert want[1] & gate.sentence_bit and want[1] != gate.every
    old = spam._MARK_SPARE
    spam._MARK_SPARE = len(endless) if spare else 0
    try:
        assert gate.marked(lines, joined=Joined.of("\n".join(lines))) == want
        assert gate.marked(lines) == want
    finally:
        spam._MARK_SPARE = old


@given(st.text(alphabet=st.sampled_from(",|_、 \u3000甲乙a1\t"), max_size=30))
def test_seo_spam_phrases_are_the_separators_split(s: str) -> None:
    assert spam.SeoSpam.phrases(s) == [x for x in regex.split(r"[,|_、]", s) if x.strip()]


def test_gate_uncased_blocks_are_uncased() -> None:
    """Lowering changes no character of the blocks the chrome bit reads as never an interface
    word's unless it is one (or a space)."""
    for lo, hi in spam._UNCASED:
        assert all(chr(c).lower() == chr(c) for c in range(lo, hi + 1)), hex(lo)


def test_gate_marks_cover_the_sentence_marks() -> None:
    """A sentence line the gate's marks pass over needs no sentence search (prose_may_drop)."""
    gate = spam._gate()
    marks = set(gate.marks())
    assert all(any(m.startswith(x) for x in marks) for m in gate.SENTENCE_MARKS)
    line = "某县推进教育均衡发展，建成学校十所，投入三亿元。"
    (marked,) = gate.marked([line])
    assert not marked and not gate.prose_may_drop(line, marked)
    line = spam.fold("本站转载文章，版权归原作者所有，如有侵权请联系删除。")
    assert gate.prose_may_drop(line, gate.marked([line])[0]) and gate.prose_may_drop(line)
    line = spam.fold("2024年全县建成学校十所，阅读量比上年增长一成。")
    (marked,) = gate.marked([line])
    assert marked & gate.lexical and not marked & gate.sentence_bit and not gate.prose_may_drop(line, marked)
    # a sentence trigger in a long paragraph: found through its mark's bit
    line = spam.fold("某县推进教育均衡发展，建成学校十所。" * 10 + "本网转载，请注明出处。")
    (marked,) = gate.marked([line])
    assert marked & gate.sentence_bit and marked & gate.long_bit and gate.prose_may_drop(line, marked)


def test_fast_paths_agree_on_repeated_lines() -> None:
    """A line met again takes its first verdict only in the same context (the tag and control
    above it): pages of trigger lines repeated in shuffled order read as without any cache."""
    import random

    lines = [*_TRIGGERS, "猜你喜欢", "首页 >", "责任编辑:", "打印", "关键词:", "推进教育均衡发展。", ""]
    rnd = random.Random(17)
    for _ in range(40):
        page = "\n".join(rnd.choice(lines) for _ in range(40))
        assert classify_lines(page) == classify_lines(page, rules=_PLAIN), page


def test_site_notice_leaves_a_documents_own_terms() -> None:
    for line in ("第十条 未经著作权人许可，复制、发行其作品的，应当承担民事责任。", "严禁野外用火，违者必究。",
                 "请登录网站浏览通知全文。", "禁止复制他人作品。"):
        assert classify_lines(line)[0].keep, line


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("下载某某新闻APP客户端，随时随地看新闻！", "prompt"),
        ("字号变大| 字号变小", "chrome"),
        ("新浪微博", "chrome"),
        ("3 条评论 针对这篇 “某某标题”", "widget"),
        ("某某网 评论道:", "widget"),
        ("5条留言", "widget"),
        ("友情链接： 中华人民共和国教育部 国家留学基金委 某市公安局出入境管理局", "related"),
        ("最新更新：2016/03/19 10:48", "metadata"),
        ("建立时间：2016/05/21 11:44", "metadata"),
        ("时间: 2025-04-03 阅读:10", "metadata"),
        ("发布者：发布时间：2020-05-14点击数：", "metadata"),
        ("设为首页| 加入收藏", "chrome"),
        ("3.开标时间：2024年12月18日14:30", None),
        ("请下载附件并填写。", None),
        ("友情链接：教育部", None),
        ("他评论道：这是好事。", None),
    ],
)
def test_more_page_furniture_forms(line: str, rule: str | None) -> None:
    assert classify_lines(line)[0].rule == rule


def test_a_long_row_of_links_after_its_header() -> None:
    # a header with its links on its line is read up to Related.max_len (it was cut at 100
    # characters by the rules' skip table, which held a second copy of the limits)
    names = " ".join(f"某某{c}市教育网" for c in "甲乙丙丁戊己庚辛壬癸子丑寅卯")
    line = "友情链接：" + names
    assert 100 < len(line) <= Related.max_len
    assert classify_lines(line)[0].rule == "related"
    assert classify_lines("友情链接：" + " ".join([names] * 4))[0].keep  # longer than any row


def test_a_date_repeating_the_first_line_is_no_headline_in_a_related_block() -> None:
    # (found by test_drop_is_idempotent) a page opening with a date-time line, a related header
    # and the same date under it: the date in the block is one of its links, not the page title
    text = "2019-12-10 07:57:40\n猜你喜欢\n2019-12-10 07:57:40"
    assert drop_spam_lines(text) == ""
    assert [v.rule for v in classify_lines("某县召开教育工作会议\n猜你喜欢\n某县召开教育工作会议")][2] is None


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # previous/next links: bracketed, several on a line, a label opening the line
        ("【上一篇】某县召开教育工作会议 【下一篇】某市推进集团化办学", "related"),
        ("［上一篇］某县召开教育工作会议", "related"),
        ("上一条 某区开展消防演练", "related"),
        ("上一篇：" + "某县召开教育工作会议" * 5 + " 下一篇：" + "某市推进集团化办学" * 5, "related"),
        ("上一篇：" + "某县召开教育工作会议" * 12, None),  # one link as long as two
        ("上篇 总论", None),  # a book's part heading
        ("上一篇文章里我们讲了报名流程", None),
        ("本书分上下两篇，上一篇讲历史【下一篇】讲现状。", None),
        # recommendation headers
        ("为你推荐", "related"),
        ("为您推荐 更多>>", "related"),
        ("大家都在看", "related"),
        ("为您推荐优质课程资源", None),
        # a date with a view count under weak labels; counts alone
        ("时间：2024年5月6日 10:20 浏览：128", "metadata"),
        ("日期：2024年5月6日 阅读：12", "metadata"),
        ("2024年5月6日 09:15 浏览：36", "metadata"),
        ("浏览人次：1024", "widget"),
        ("点击：3万+", "widget"),
        ("阅读：1.5万次", "widget"),
        ("时间：2024年5月6日", None),  # a notice's own field
        ("时间：2024年5月6日 地点：某县礼堂", None),
        ("时间：2024年5月6日 阅读：第三章", None),
        # app calls and a video player's advert controls
        ("（本文来自某某日报，更多资讯请下载“某某日报”APP）", "prompt"),
        ("本文来自某某新闻客户端", "prompt"),  # the stamp of the app the article came from
        ("本文来自某某APP", "prompt"),
        # (no app's stamp, the line goes on; but its clause disowning the text's views is the site's
        # note: SiteNotice._disowns, session 31)
        ("本文来自某某客户端自媒体，不代表本站观点", "site_notice"),
        ("打开某某新闻客户端，查看更多精彩内容", "prompt"),
        ("安装某某APP", "prompt"),
        ("视频加载中...", "prompt"),
        ("广告剩余：12秒 会员可跳过广告", "widget"),
        ("3秒后播放", "widget"),
        ("打开“某某办”APP", None),  # a step of a guide
        ("（附件下载）", None),
        ("市民可下载“某某通”APP办理社保业务。", None),
        ("依法查处虚假广告", None),
        ("第十条 广告不得含有虚假内容，不得欺骗消费者。", None),
        ("暂停广告投放30秒后恢复", None),
    ],
)
def test_chrome_classes_of_news_and_government_pages(line: str, rule: str | None) -> None:
    assert classify_lines(line)[0].rule == rule


def test_a_links_call_to_click_through_is_a_prompt() -> None:
    """A line that only calls to click through a link (with where it leads and its arrows) is
    a prompt; a guide's step that goes on after it, or a sentence asking to, is not."""
    for line in ("点击进入“某某书院”>>", "》》点击图片进入专题《《", ">>点击这里进入", "点击进入"):
        assert rule_of(line) == "prompt", line
    for line in ("点击进入“办事大厅”页面，选择申报事项", "请考生点击进入系统填报志愿", "点击进入后填写"):
        assert rule_of(line) is None, line


def test_a_call_to_tap_the_zaikan_button_is_a_prompt() -> None:
    """BH27 (324): a WeChat article's call to tap its 在看 button (or the buttons listed), opening
    the line or after a short clause, is a prompt; a sentence telling of the button, a question
    about it, and words around 在看 (现在看来, 正在看) are not; 为他们点赞 names no button."""
    for line in ("觉得不错，请点个“在看”吧", "点个在看，你最好看", "分享、点赞、在看，一键三连", "点击右下角“在看”，让更多人看到",
                 "如果觉得有用，欢迎点个在看", "觉得不错，请点个“在看”吧。", "看完了，点【在看】试试"):
        assert rule_of(line) == "prompt", line
    for line in ("不少读者点个“在看”表示支持。", "现在看来，这一做法已经被多个县市借鉴", "许多市民正在看展板上的介绍",
                 "问：“在看”和“点赞”有什么区别？", "答：再次点击右下角“在看”即可取消。", "为基层干部点赞！", "喜欢就点个赞吧",
                 "分享、点赞、在看等互动数据，已成为评价政务新媒体的重要指标。"):
        assert rule_of(line) is None, line


def test_source_label_written_as_laiyuanyu() -> None:
    """来源于： heads a source field as 来源： does; inside a line (资金来源于：) it is no label."""
    v = classify_lines("来源于：某区办事处")[0]
    assert v.rule == "metadata" and dict(v.meta) == {"source": "某区办事处"}
    assert rule_of("资金来源于：市级财政") is None


def test_breadcrumb_from_home_ending_in_the_articles_title() -> None:
    """From home on, with ">", a breadcrumb's last segment may be the article's whole title;
    inner segments stay short, and a long segment without home is no breadcrumb."""
    title = "某市七旬老人接到陌生来电被骗走积蓄，警方跨省追回全部损失并抓获嫌疑人"
    assert rules_of(f"首页 > 社会新闻 > {title}\n{title}")[0] == "navigation"
    assert rule_of(f"首页 > 社会新闻 > {title.replace('，', '!')}") == "navigation"
    assert rule_of(f"专题 > 社会新闻 > {title}") is None
    assert rule_of(f"首页 > {title} > 正文") is None


def test_dated_byline_with_a_province_needs_a_source() -> None:
    """The province an app prints after a post's date and time follows a source's or a reporter's
    byline; a timetable's or a schedule's row ends with a city the same way and is content."""
    for line in ("去程高铁 2024-07-02 08:15 北京", "第二场 面试 2024-06-18 14:30 江苏", "集合出发 2024-05-01 07:40 广东"):
        assert rule_of(line) is None, line
    for line in ("某某晚报 2024-07-02 08:15 北京", "某市发布 2024-06-18 14:30 江苏", "记者 李某 2024-05-01 07:40 广东"):
        assert rule_of(line) == "metadata", line


def test_breadcrumb_long_last_segment_must_read_as_the_title() -> None:
    """A long last segment that goes on as a sentence after a comma is a guide's step or an
    introduction written with ">" (首页>服务>…，…), not a breadcrumb, unless the headline below
    starts with it (a breadcrumb repeating the title, whole or cut short with …)."""
    step = "首页>办事服务>公积金提取，登录后选择提取类型并上传购房合同即可在线提交申请材料"
    intro = "主页 > 本院简介 > 本院成立于1958年，是一所以医学为主、多学科协调发展的高等学校"
    assert rule_of(step) is None and rule_of(intro) is None
    head = "市政府召开常务会议，研究部署城市更新和老旧小区改造工作并审议有关文件"
    assert rules_of(f"首页 > 政务要闻 > {head}\n\n{head}\n会议指出。")[:3] == ["navigation", None, None]
    assert rules_of(f"首页 > 政务要闻 > {head[:36]}…\n{head}")[0] == "navigation"
    assert rules_of(f"首页 > 政务要闻 > {head}\n另一篇文章的标题")[0] is None
    # segments up to the old limit are read as before
    assert rule_of("首页 > 通知公告 > 关于开展春季植树活动的通知，请各单位") == "navigation"


def test_share_target_and_font_control_words() -> None:
    """腾讯QQ among share targets and 调整字体/调整字号 are interface words; a sentence naming
    them is not a toolbar."""
    for line in ("腾讯QQ QQ空间", "微信 腾讯QQ", "调整字体", "调整字号"):
        assert rule_of(line) == "chrome", line
    assert rule_of("腾讯QQ是一款即时通信软件") is None


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # an attachment's download counter (its number often left to a script), a download count
        ("附件【某县2024年招聘岗位表.xls】已下载 次", "widget"),
        ("附件：某区实施方案.pdf 已下载36次", "widget"),
        ("下载次数：58", "widget"),
        ("下载次数：", "widget"),
        ("下载量 1200", "widget"),
        ("下载次数", None),
        ("已下载的表格请打印后签字。", None),
        ("下载附件后填写报名表", None),
        # a count of downloads inside a report's clause is the report's
        ("截至9月末，办事指南汇编已被下载3400次", None),
        ("门户网站全年更新信息1500条，表格已下载 42000 次", None),
        ("(二)“某某办”小程序上线以来已下载900次", None),
        ("【2025年招生简章.pdf】已下载 次", "widget"),
        # a rating widget
        ("服务评价：★★★★☆ 4.6分", "widget"),
        ("★★★★ 1268人评价", "widget"),
        ("评分：4.8 ★★★★★", "widget"),
        # stars alone grade something: a hotel's class, a pupil's mark
        ("★★★★★", None),
        ("某某国际大酒店：★★★★★", None),
        ("综合素质评定：★★★☆☆", None),
        ("五星级酒店★★★★★标准的服务要求如下。", None),
        # a QR code's prompt to read on a phone
        ("扫一扫 手机看", "prompt"),
        ("扫码在手机上查看当前页面", "prompt"),
        ("手机扫一扫", "prompt"),
        ("扫码领取优惠券，在手机上查看物流", None),
        # an app's "open to read more" under a mobile page
        ("打开某某新闻，查看更多精彩内容", "prompt"),
        ("打开窗户，查看室内通风情况", None),
        # a guide's step: what to do once the site or app is open
        ("打开“某某办”小程序，查看更多办事事项并在线预约", None),
        ("打开区政府网站，查看更多通知公告和办事流程", None),
        ("打开某某APP，查看审批进度并在线补交材料", None),
        ("下载某某新闻APP客户端，随时随地看新闻！", "prompt"),
        # a phone scan is a QR prompt alone or before a reading verb, not a way to pay
        ("手机扫码交费", None),
        ("手机扫一扫，阅读全文", "prompt"),
        # a reposting site's takedown offer
        ("本文来源于网络，如有侵权请联系本站删除。", "site_notice"),
        ("文章整理自网络，若涉及侵权，请告知我们及时删除", "site_notice"),
        ("网络用户实施侵权行为的，权利人有权通知网络服务提供者采取删除等措施。", None),
        ("如有侵权，请与我们联系，我们将及时删除！", "site_notice"),
        # a byline, date-time and the province the post was made from
        ("某某新闻 2024-04-25 19:06 浙江", "metadata"),
        ("某某新闻 2024-04-25 19:06 浙江省委召开会议", None),
        # a WeChat article's byline: 原创, the writer and the account, date-time, 发表于 a region
        ("原创 某乡文体站 某乡发布 2023-11-02 17:45 发表于江西", "metadata"),
        ("某区融媒 2023-11-02 17:45 发表于 内蒙古", "metadata"),
        ("某区融媒 2023-11-02 17:45 发表于江西日报", None),
        ("本文 2023-11-02 17:45 发表于江西省人民政府网站，现予转发。", None),
        # English metadata, share control, related header
        ("Source: City Government | Updated: 2024-06-18", "metadata"),
        ("Editor: Wang Fang", "metadata"),
        ("Print | Close | Share to: WeChat Weibo", "share_bar"),
        # a live feed's order and refresh buttons, a forum post's copy-link button
        ("正序 倒序 自动刷新", "chrome"),
        ("[复制链接]", "chrome"),
        ("页面自动刷新后显示最新内容", None),
        ("Related News", "related"),
        ("The source of the river is in the mountains.", None),
        ("Best viewed with Chrome or Edge at 1920*1080", "site_notice"),
        ("The lake is best viewed from the north shore.", None),
        # the advice names a browser or a resolution and is the whole line, in any case
        ("THIS SITE IS BEST VIEWED IN FIREFOX 3.0 OR HIGHER", "site_notice"),
        ("Best viewed at 1280x800 in Safari.", "site_notice"),
        ("The comet is best viewed at about 5 am, facing east.", None),
        ("Best viewed with a screen resolution of 1366x768, the new portal lists all services.", None),
    ],
)
def test_chrome_classes_of_held_out_templates(line: str, rule: str | None) -> None:
    assert classify_lines(line)[0].rule == rule


@pytest.mark.parametrize(
    "line",
    [
        # a right stated, an offer addressed to a third party, a numbered rule, a sentence going on
        "著作权人若发现侵权作品，可以书面通知服务商删除。",
        "三、如有侵权，请著作权人联系网站删除，网站应当在12小时内处理。",
        "如发现侵权线索，请联系区文化执法大队核查并删除有关信息",
        "(四)如有侵权请联系本站删除",
    ],
)
def test_takedown_offer_is_a_site_note_only(line: str) -> None:
    assert classify_lines(line)[0].rule is None


def test_takedown_offer_does_not_carry_the_lines_below() -> None:
    """A takedown note is one line: what follows it under the article is not dropped with it."""
    page = "\n".join([
        "区教育局召开学期工作部署会",
        "2024-02-20 10:30 来源：区教育局",
        "2月20日，区教育局召开新学期工作部署会，总结上学期工作，安排本学期重点任务。",
        "会议要求，各校要抓好开学准备，确保校园安全稳定和教学秩序井然有序。",
        "会议强调，要持续推进课后服务提质，办好家门口的每一所学校。",
        "素材来源于网络，如有侵权请联系本站删除",
        "各校应于本月底前报送开学工作总结。",
    ])
    kept = [s for s, v in zip(page.split("\n"), classify_lines(page)) if v.keep]
    assert "各校应于本月底前报送开学工作总结。" in kept
    assert "素材来源于网络，如有侵权请联系本站删除" not in kept


def test_wechat_account_card_is_dropped_with_its_name() -> None:
    # the account's name, its id and its 功能介绍 line (either order): the card under a byline
    page = "某乡发布\n微信号 mouxiang_fb\n功能介绍 提供本乡政务公开和办事指南\n村里新修的水渠今天通水了，灌溉面积一千多亩。"
    assert [v.rule for v in classify_lines(page)] == ["widget", "widget", "widget", None]
    flipped = "某乡发布\n功能介绍：提供本乡政务公开\n\n微信号：mouxiang-fb\n正文在这里，说的是水渠通水。"
    assert [v.keep for v in classify_lines(flipped)] == [False, False, True, False, True]


def test_wechat_id_without_its_card_is_kept() -> None:
    # a notice's contact: an id with no 功能介绍 beside it, and a 功能介绍 heading with no id
    contact = "报名咨询\n微信号：baoming2024\n电话：0591-1234567"
    assert all(v.rule != "widget" for v in classify_lines(contact))
    assert classify_lines(contact)[1].keep
    manual = "功能介绍\n本系统提供在线申报、进度查询和结果公示三项服务。"
    assert all(v.keep for v in classify_lines(manual))
    # a sentence under the id is no 功能介绍 line, and a name with punctuation is no account name
    sentence = "联系我们：\n微信号 lianxi_2024\n功能介绍：本号发布通知。请关注。"
    assert classify_lines(sentence)[1].keep
    named = "请加微信，备注姓名\n微信号 lianxi_2024\n功能介绍 发布通知公告"
    assert classify_lines(named)[0].keep and not classify_lines(named)[1].keep


def test_download_counter_gate_is_linear_on_blank_runs() -> None:
    """下载 followed by long runs of blanks: the gate's trigger must not try each split of them."""
    import time

    line = ("下载" + " " * 20000) * 3 + "下载了" + "。"
    gate = spam._gate()
    start = time.process_time()
    for searches in gate.searches.values():
        for search in searches:
            search.search(line)  # (found or not: only the time counts)
    assert time.process_time() - start < 1.0


def test_widget_gate_is_linear_on_blank_runs_after_digits() -> None:
    """Digits followed by long runs of blanks (review, RV9): 1 + blanks + 人 / 条 + blanks + 评论 had
    two quantifiers of blanks around an optional mark, each split of the run tried (quadratic)."""
    import time

    line = ("1" + " " * 20000) * 3 + "x"
    gate = spam._gate()
    start = time.process_time()
    for searches in gate.searches.values():
        for search in searches:
            search.search(line)
    assert time.process_time() - start < 1.0
    for text in ("已有 14382 人参加", "1.2 万 人学习", "35条评论", "顶 ( 12", "阅读 : 539", "2819人参与"):
        assert rule_of(text) == "widget", text


def test_weiguan_counts_as_a_counter_in_any_field_of_the_row() -> None:
    """围观 labels a counter wherever it stands in a row of counters (after 阅读 too)."""
    assert rule_of("阅读 640 围观 58") == "widget"
    assert rule_of("围观 58 阅读 640") == "widget"


def test_a_byline_ending_in_any_counter_words_is_a_widget() -> None:
    """A byline ending in counters is read whichever counter words it holds: the words tested
    before its pattern are the counters' own (跟帖 and 参与 were missing from a hand copy)."""
    assert rule_of("南湖居民 发布于 2026-05-11 08:32 跟帖 45 参与 1203") == "widget"
    assert rule_of("南湖居民 发布于 2026-05-11 08:32 阅读 45 收藏 12") == "widget"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # a country in a table, a plain word alone; phrases and bars of interface words
        ("US", None),
        ("Contact", None),
        ("Search", None),
        ("Contact Us", "chrome"),
        ("About us | Sitemap", None),
        ("Print | Close", "chrome"),
        # a table's data source is kept as 数据来源 is; a source with a date is a byline
        ("Source: Ministry of Commerce of China", None),
        ("数据来源：商务部", None),
        ("Source: City Daily 2024-05-02", "metadata"),
    ],
)
def test_english_interface_words_and_source(line: str, rule: str | None) -> None:
    assert classify_lines(line)[0].rule == rule


def test_lone_english_interface_word_beside_the_menu() -> None:
    menu = "Contact Us\nSearch\nHome > News > Policies\nThe bureau issued new rules on Monday to simplify business licences for small firms."
    assert [v.keep for v in classify_lines(menu)] == [False, False, False, True]
    table = "Country\nUS\nSearch\nExports rose in 2023 for every partner listed above, the bureau said on Monday."
    assert all(v.keep for v in classify_lines(table))


def test_lone_vote_button_beside_the_interface_words() -> None:
    """A like button alone (+1, its count lost) next to a line the chrome rule drops (【纠错】)
    is the page's control; a +1 among a table's kept cells, or under a sentence alone, stays."""
    body = ["某市召开全市安全生产工作会议，部署今冬明春安全防范工作。",
            "会议要求各区各部门压实责任，扎实开展隐患排查整治。"]
    for button in ("+1", "＋1"):
        page = [*body, button, "【纠错】", "责任编辑： 张某某"]
        verdicts = classify_lines("\n".join(page))
        assert [v.keep for v in verdicts] == [True, True, False, False, False], button
        assert verdicts[2].rule == "widget"
    table = "本月各区营商环境评价结果如下：\n某甲区 第三名\n+1\n某乙区 第五名\n+1\n各区名次变化见上表，本月共有四个区上升。"
    assert all(v.keep for v in classify_lines(table))
    assert all(v.keep for v in classify_lines("\n".join([*body, "+1"])))


def test_account_name_above_its_follow_button() -> None:
    """A short name line between the page's controls (a font-size bar) and a follow button (关注)
    is the publishing account's; a heading right above a 关注 line with the article's text above
    it, or a sentence, stays."""
    head = ["某区召开2024年度防汛工作部署会", "2024-05-08 10:12 来源：某某区融媒体中心", "字号", "大", "标准", "小"]
    body = ["5月8日，某区召开防汛工作部署会，全面部署今年防汛备汛工作。"]
    for button in ("关注", "加关注"):
        verdicts = classify_lines("\n".join([*head, "某某区发布", button, *body]))
        assert [v.keep for v in verdicts[-3:]] == [False, False, True], button
        assert verdicts[-3].rule == "widget"
    kept = [*body, "某某区发布", "关注", "会议强调，各单位要压实防汛责任，确保安全度汛。"]
    assert classify_lines("\n".join(kept))[1].keep
    sentence = [*head, "会议要求各单位做好值班值守。", "关注", *body]
    assert classify_lines("\n".join(sentence))[6].keep


def test_lines_under_browser_advice_are_not_its_text() -> None:
    """Browser advice is one line: the paragraphs under it (a notice's own text, when the page
    puts the advice inside the article's frame) are not dropped with it, in either language."""
    body = ["某区教育局关于做好2024年秋季学期开学工作的通知", "发布时间：2024-08-20 09:00 来源：某区教育局",
            "各中小学校要提前做好校舍安全排查，确保开学各项准备工作落实到位。",
            "各校要加强师生健康监测，严格落实晨午检和因病缺课追踪登记制度。"]
    after = ["各校要认真做好开学第一课的组织工作，引导学生尽快收心适应学习生活。",
             "请各校于9月2日前将开学工作情况报区教育局基础教育科。"]
    for advice in ("Best viewed with Chrome", "当前浏览器版本过低，建议使用Chrome浏览器"):
        verdicts = classify_lines("\n".join([*body, advice, *after]))
        assert not verdicts[4].keep and verdicts[4].rule == "site_notice", advice
        assert all(v.keep for v in verdicts[5:]), [(v.rule, v.reason) for v in verdicts[5:]]


def test_steps_of_a_guide_written_with_arrows_are_not_a_breadcrumb() -> None:
    """Without a home link, a line of ">" steps whose last one goes on after a comma is a
    guide's instruction; a site's name as the first step does not make it a trail."""
    for line in ("进入省人社网 > 点击“个人登录” > 输入账号密码，验证后查看缴费明细",
                 "打开办事大厅 > 选择“证明开具” > 填写用途，提交后下载电子证明"):
        assert rule_of(line) is None, line
    assert rule_of("某某网 > 新闻中心 > 要闻") == "navigation"
    assert rule_of("要闻 > 国内 > 正文") == "navigation"
    assert rule_of("首页 > 要闻 > 某会召开，某某出席") == "navigation"


def test_keyword_lines_without_a_colon() -> None:
    # the label and its words apart with spaces only
    assert rule_of("关键词 义务教育 招生入学 学位预警") == "keywords"
    assert rule_of("标签 学前教育 托育") == "keywords"
    assert rule_of("标签应当注明产品名称和生产日期") is None  # a sentence that starts with the word
    assert rule_of("关键词 解读") is None  # one word: a heading as likely


def test_search_phrase_variants_are_keywords() -> None:
    """A search phrase and longer queries made of it, apart with spaces (a page's terms for
    search engines), whatever the words are; a list of names sharing a beginning is not."""
    seo = "义务教育划片 义务教育划片范围2024 义务教育划片怎么查 义务教育划片政策解读 入学登记流程"
    body = "今年全市义务教育招生继续实行划片入学，家长可在线查询所属片区。"
    verdicts = classify_lines("\n".join([body, seo, body]))
    assert verdicts[1].rule == "keywords" and "3 of its variants" in verdicts[1].reason
    for kept in ("某市第一中学 某市第二中学 某市第三中学 某市第四中学",  # no word starts another
                 "义务教育划片\t义务教育划片范围\t义务教育划片怎么查",  # a table's cells
                 "划片 划片范围 划片怎么查"):  # the phrase too short to tell
        assert classify_lines("\n".join([body, kept, body]))[1].keep, kept


def test_english_menu_items_one_a_line_beside_the_menu() -> None:
    """A bilingual portal prints its menu one item a line; the items are words of no list,
    told by their form (one to three capitalised words) and the menu lines the rules drop
    next to them."""
    body = ["The district opened three new public libraries this month, each with a reading room for children.",
            "Residents can borrow books at any of the branches with the same card."]
    menu = ["Home", "Discover Hexi", "Study", "Work & Business", "Media Centre", "Contact Us"]
    cities = ["Hexi", "Nanhu", "Beitang"]  # cells of a table in the text: no menu beside them
    text = "\n".join([*menu, "Home > News", "Three New Libraries Open", *body, *cities, body[1]])
    verdicts = classify_lines(text)
    assert all(not v.keep for v in verdicts[:7]), [v.rule for v in verdicts[:7]]
    assert all(v.keep for v in verdicts[7:])
    # two items alone between the page's menu lines go; two after it, before the text, stay
    pair = "\n".join(["Home", "Study", "Visit", "Contact Us", *body])
    assert [v.keep for v in classify_lines(pair)][:4] == [False] * 4
    two = "\n".join(["Home", "Study", "Visit", *body])
    assert [v.keep for v in classify_lines(two)][1:3] == [True, True]


def test_dated_line_too_long_for_a_link_title_is_read_as_anywhere_in_a_related_block() -> None:
    # Related takes link titles of up to 40 characters; a longer headline-and-date-time line
    # under its block was left by both rules (Metadata deferred to the block), then dropped as
    # a byline once drop_spam had removed the block's lines above it
    long_line = "某县财政局关于做好二〇二三年学位供给保障工作的通知 2014-07-25 01:20"
    text = "\n".join(["一、开学准备工作", "相关阅读", "某县召开校园安全工作推进会", "2020-04-06 02:32", long_line])
    assert [v.rule for v in classify_lines(text)] == [None, "related", "related", "related", "metadata"]
    assert classify_lines(long_line)[0].rule == "metadata"


def test_outline_heading_among_an_interleaved_sidebar_is_kept() -> None:
    """A sidebar crawled into the middle of a document (a hot list between two articles) takes
    the next chapter heading with it as a link title or a short line of its run; the heading
    right above a kept paragraph, of a family whose other heading the document keeps, stays."""
    page = [
        "某市科技局", "首页 机构设置 政务公开 科技动态 办事服务",
        "当前位置：首页 > 政务公开 > 规范性文件",
        "某市科技创新券管理办法",
        "发布时间：2025-04-02 来源：政策法规科",
        "第一章 总则",
        "第一条 为鼓励中小企业购买科技服务，降低创新成本，结合本市实际，制定本办法。",
        "第二条 本办法所称科技创新券，是指市财政资金支持企业向服务机构购买检验检测等服务的凭证。",
        "热门文章", "某市开展科技活动周系列活动", "市科技局召开年度工作会议",
        "第二章 申领与使用",
        "第三条 符合条件的企业可在每年三月至五月通过服务平台在线申领，每家企业年度额度不超过十万元。",
        "第四条 创新券仅限在平台登记的服务机构使用，不得转让、买卖。",
        "图片新闻", "市领导调研高新区企业",
        "第三章 附则",
        "第五条 本办法自发布之日起施行。",
        "【打印本页】 【关闭窗口】", "版权所有：某市科技局 蜀ICP备10001234号",
    ]
    verdicts = classify_lines("\n".join(page))
    for i in (5, 11, 16):
        assert verdicts[i].keep, (page[i], verdicts[i])
    for i in (8, 9, 10, 14, 15):
        assert not verdicts[i].keep, page[i]


def test_outline_heading_shape_alone_does_not_keep_a_sidebar_line() -> None:
    """Precision: a heading-shaped link title with no heading of its family kept in the text,
    or with no kept paragraph under it, is still the sidebar's."""
    body = [
        "某市科技创新券管理办法",
        "发布时间：2025-04-02 来源：政策法规科",
        "为鼓励中小企业购买科技服务，降低创新成本，市科技局制定了创新券管理办法，现予公布。",
        "办法共五条，自发布之日起施行，由市科技局负责解释。",
    ]
    # a hot list whose titles look like headings, with no 第一章 in the document
    lonely = [*body[:3], "热门文章", "某市开展科技活动周系列活动", "第二章 申领与使用", body[3],
              "版权所有：某市科技局 蜀ICP备10001234号"]
    verdicts = classify_lines("\n".join(lonely))
    assert not verdicts[5].keep, verdicts[5]
    # the family is kept, but what follows the heading is the footer, not a paragraph
    dangling = [*body[:2], "第一章 总则", *body[2:], "热门文章", "某市开展科技活动周系列活动",
                "第二章 申领与使用", "版权所有：某市科技局 蜀ICP备10001234号"]
    verdicts = classify_lines("\n".join(dangling))
    assert verdicts[2].keep and not verdicts[7].keep, (verdicts[2], verdicts[7])


def test_view_count_on_the_line_under_its_label() -> None:
    """A page's script fills the count of an empty 点击数： in on a line of its own: under a
    metadata line ending in that empty label, a bare count is its value; a number or a line
    of text there is not, nor a bare count under a line that has no empty counter label."""
    body = "学院将于本周五举办学术报告会，欢迎全院师生参加。"
    for meta in ("作者：科研办 时间：2025-10-19 点击数：", "浏览次数："):
        verdicts = classify_lines("\n".join(["学术报告会通知", meta, "247", body]))
        assert [v.keep for v in verdicts] == [True, False, False, True], (meta, verdicts)
    for kept in ("2025年全市新建学校12所。", "报告人：某某 教授"):
        verdicts = classify_lines("\n".join(["学术报告会通知", "作者：科研办 时间：2025-10-19 点击数：", kept, body]))
        assert verdicts[2].keep, kept
    verdicts = classify_lines("\n".join(["学术报告会通知", "作者：科研办 时间：2025-10-19", "247", body]))
    assert verdicts[2].keep


def test_line_between_two_footer_lines_is_the_footers() -> None:
    """A short line with no sentence mark that the page reading kept between two lines of the
    site footer is the footer's (主办：… 承办：…, no footer word of its own; here a report page
    of table cells, no prose: no page reading); a sentence there is not taken."""
    table = ["某县政府网站2025年度工作报表", "网站名称", "某县人民政府", "网站总访问量（单位：次）", "1,903,247"]
    foot_a, foot_b = "网站地图 | 联系我们 | 隐私声明", "网站标识码：1234567890 湘ICP备05001234号"
    verdicts = classify_lines("\n".join([*table, foot_a, "主办：某县人民政府办公室 承办：某县数据局", foot_b]))
    assert not verdicts[6].keep and verdicts[6].rule == "footer", verdicts[6]
    assert all(v.keep for v in verdicts[:5])
    sentence = "报表数据由县数据局统计，如有疑问请致电咨询。"
    verdicts = classify_lines("\n".join([*table, foot_a, sentence, foot_b]))
    assert verdicts[6].keep, verdicts[6]
    # nor a heading of the document (an outline mark opens it)
    verdicts = classify_lines("\n".join([foot_b, "一、总则", foot_b]))
    assert verdicts[1].keep, verdicts[1]


def test_comments_opener_is_linear_on_digit_and_blank_runs() -> None:
    """The comments opener (已有 12 条评论) is searched on page lines of any length since the
    page reading's dropped lines are read for it (a 170,000-character keyword line of a real
    page took it 0.3 s): a count was tried from every digit of a run, and the blanks on both
    sides of an optional measure word split every way (quadratic)."""
    import time

    start = time.process_time()
    for line in ("1" * 200_000, "共1" + " " * 200_000, "共 12 " + " " * 100_000 + "x", "12 " * 50_000):
        assert spam._COMMENTS_OPEN.search(line) is None
    assert time.process_time() - start < 1.0
    for line in ("已有 14 条评论", "共 3 回复", "共有12个 跟帖", "128条评论", "网友评论", "留言"):
        assert spam._COMMENTS_OPEN.search(line) is not None, line
    assert spam._COMMENTS_OPEN.search("共 3 条 x 评论") is None


def test_account_card_patterns_are_linear_on_blank_runs() -> None:
    """The id and description lines of a WeChat account card (微信号 / 功能介绍) are matched on
    whole lines; the blanks on both sides of an optional colon split every way (quadratic: a
    line of 100,000 blanks took each pattern about 50 s)."""
    import time

    start = time.process_time()
    assert spam._CARD_ID.fullmatch("微信号" + " " * 100_000) is None
    assert spam._CARD_INTRO.fullmatch("功能介绍" + " " * 100_000) is None
    assert time.process_time() - start < 1.0
    for line in ("微信号：abc_123", "微信号 : Gov-news", "微信号abcdef"):
        assert spam._CARD_ID.fullmatch(line.replace("：", ":")) is not None, line
    assert spam._CARD_ID.fullmatch("微信号 : 1abcdef") is None
    for line in ("功能介绍 :发布本区政务信息", "功能介绍:", "功能介绍　服务群众"):
        assert spam._CARD_INTRO.fullmatch(line) is not None, line
    assert spam._CARD_INTRO.fullmatch("功能介绍   ") is None
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # a date, bare or after a label no lexicon holds, with a view count: the page's record
        ("信息时间：2026-11-30 阅读次数：211", "metadata"),
        ("公示日期：2026年11月27日 浏览：96", "metadata"),
        ("2025-06-03 09:40 阅读次数：1,208 评论：3", "metadata"),
        ("挂网时间：2025.06.03 点击量(77)", "metadata"),
        # a video's play count, and a count with thousands separators
        ("播放次数：8,713", "widget"),
        ("阅读次数：12,406", "widget"),
        # precision: a notice's fields with a date and no view count, people counted, a sentence
        ("开标时间：2026-12-10 09:30 地点：公共资源交易中心三楼", None),
        ("截止时间：2026-12-10 参与人数：300", None),
        ("报名时间：2026年12月1日 名额：50", None),
        ("截至2026年11月30日，专栏阅读次数累计达到12,406次。", None),
        ("视频播放量增长较快", None),
    ],
)
def test_a_date_with_a_view_count_is_the_pages_record(line: str, rule: str | None) -> None:
    """A view count beside a date is the page's record whatever the date's label (信息时间,
    公示日期 are in no lexicon), or with no label at all; a count may have thousands separators
    and count plays. Fields of a notice with a date and no view count stay."""
    assert classify_lines(line)[0].rule == rule


EXAM_NOTICE = [
    "关于2026年下半年教师资格考试考务安排的通知",
    "发布时间：2026-10-08 来源：考试中心",
    "一、考试时间",
    "科目",
    "开始",
    "结束",
    "综合素质",
    "2026-10-25 09:00",
    "2026-10-25 11:00",
    "教育知识与能力",
    "2026-10-25 14:00",
    "2026-10-25 16:00",
    "二、注意事项",
    "考生须携带准考证和有效身份证件，于开考前30分钟进入考场。",
    "开考15分钟后不得入场，考试结束前不得交卷离场。",
    "某市教育考试院",
    "2026年10月8日",
    "【打印本页】 【关闭窗口】",
    "版权所有：某市教育考试院 湘ICP备05001234号",
]


def test_dates_that_are_cells_of_a_table_inside_the_article_stay() -> None:
    """Bare date-times in a timetable inside the notice (a cell above and below them, inside
    the article) are its cells, not the page's date; the page's date line under the headline
    still goes."""
    verdicts = classify_lines("\n".join(EXAM_NOTICE))
    for i in (7, 8, 10, 11):
        assert verdicts[i].keep, (EXAM_NOTICE[i], verdicts[i])
    assert [i for i, v in enumerate(verdicts) if not v.keep] == [1, 17, 18]


@pytest.mark.parametrize("date", ["2026-10-08 16:30", "2026年10月08日 16:30"])
def test_a_date_line_that_is_no_cell_still_goes(date: str) -> None:
    """Precision: a date-time under the headline, between two paragraphs, or after the text
    before the share bar is the page's date (its neighbours are no cells)."""
    body = EXAM_NOTICE[13:15]
    for lines, at in (
        ([EXAM_NOTICE[0], date, *body, *EXAM_NOTICE[17:]], 1),
        ([EXAM_NOTICE[0], body[0], date, body[1], *EXAM_NOTICE[17:]], 2),
        ([EXAM_NOTICE[0], *body, date, *EXAM_NOTICE[17:]], 3),
        ([EXAM_NOTICE[0], "二、注意事项", date, *body, *EXAM_NOTICE[17:]], 2),
    ):
        verdicts = classify_lines("\n".join(lines))
        assert not verdicts[at].keep, (lines, verdicts[at])


def test_a_field_row_between_two_metadata_rows_is_the_records() -> None:
    """A message page's record table: a row whose label no lexicon holds (所属领域：) between two
    rows the metadata rule drops is a row of the same table; a field beside one metadata row
    only, or a sentence between two, stays."""
    head = ["关于增设公交站点的建议", "留言编号：LY20261101008"]
    tail = ["办理状态：已办结", "留言内容：", "建议在新城小学门口增设公交站点，方便学生上下学，也方便附近居民出行。",
            "回复内容：", "经研究，公交公司已于11月15日在新城小学门口增设临时站点，感谢您的建议。",
            "网站地图 | 联系我们 | 隐私声明", "湘ICP备05001234号"]
    verdicts = classify_lines("\n".join([*head, "所属领域：城乡建设", *tail]))
    assert not verdicts[2].keep and verdicts[2].rule == "metadata", verdicts[2]
    assert all(v.keep for v in verdicts[4:8])
    verdicts = classify_lines("\n".join([*head, "所属领域：城乡建设", *tail[1:]]))
    assert verdicts[2].keep, verdicts[2]
    sentence = "该建议已转交县交通运输局办理。"
    verdicts = classify_lines("\n".join([*head, sentence, *tail]))
    assert verdicts[2].keep, verdicts[2]


def test_a_date_under_a_label_inside_the_article_is_its_value() -> None:
    """A label ending in a colon over a bare date-time inside the notice: the date is the
    label's value, a paragraph under it too; a heading without its colon over a date and a
    paragraph is no label (the page's date may stand there)."""
    notice = [*EXAM_NOTICE[:15], "三、报名截止时间：", "2026-10-15 17:00", "逾期未报名的，不再补报。", *EXAM_NOTICE[15:]]
    verdicts = classify_lines("\n".join(notice))
    assert verdicts[16].keep, verdicts[16]
    assert [i for i, v in enumerate(verdicts) if not v.keep] == [1, 20, 21]
    notice[15] = "三、报名截止时间"
    assert not classify_lines("\n".join(notice))[16].keep


@given(st.text(alphabet=":：0123456789a\n", max_size=200))
@example(":00" * 40)
@example("：12" * 2 + ":" * 70 + ":34")
def test_times_counted_from_the_colons_are_the_scans_count(text):
    """``_times_at_least`` finds the times of day one search at a time and stops at *n*: the
    same answer as counting every time of day."""
    count = sum(len(t.findall(text)) for t in spam._TIMES)
    for n in (1, 3, 5):
        assert spam._times_at_least(text, n) == (count >= n)


@given(st.lists(st.text(alphabet=" :：0123456789a", max_size=12).map(lambda x: x * 30), max_size=8).map("\n".join)
       | st.text(alphabet=" :：0123456789a\n\u3000", max_size=200))
@example("a 1\n 1 \n:12:34\n:1")
def test_lines_holding_a_pattern_are_the_lines_it_matches(text):
    """``_lines_holding`` (one search a line over the lines joined: the lines ``_comment_heads``
    reads) finds the lines a search of each line finds, in order."""
    lines = text.split("\n")
    assert spam._lines_holding(text, spam._TIMES[0]) == [i for i, x in enumerate(lines) if spam._TIMES[0].search(x)]


@given(st.lists(st.sampled_from(["某网友", "2026-05-01", "2026年5月1日", " ", "10", "9", ":", "：", "∶", "︰", "05", "１２",
                                  "回复", "说得对。"]), max_size=12).map("".join))
@example("网友甲 2026-05-01 10：20")
def test_a_comment_headers_date_time_is_a_time_the_folded_lines_search_finds(line):
    """``_comment_heads`` reads the lines the search of the folded lines for a time of day finds,
    and none when they are fewer than a thread's headers: a line whose folded form holds a
    header's date-time (``_DATE_TIME``) holds such a time, so no header is among those left."""
    folded = spam.fold(line)
    if spam._DATE_TIME.search(folded):
        assert spam._TIMES[0].search(folded)


@given(st.text(alphabet="第一二十(a \n章（", max_size=60))
@example("")
@example("\n第")
def test_lines_opening_with_are_those_whose_first_character_is_one(text):
    """``_opening_with`` (one look-up of the lines' first code points: the lines
    ``_outline_headings`` reads) finds the lines opening with one of the characters, in order,
    and no blank line; a character past the table's highest (（, U+FF08) is none of them."""
    lines = text.split("\n")
    assert spam._opening_with(Joined.of(text), spam._outline_first()) == [
        i for i, x in enumerate(lines) if x[:1] in spam._OUTLINE_FIRST]


@given(st.text(alphabet=" a\n\u3000", max_size=200))
@example(" " * 50 + "\n" + " ")
@example("\n a \n\n  \n")
@example(" " + "a" * 298 + " \n " + "a" * 299 + " ")
def test_lines_holding_two_spaces_are_the_lines_keyword_variants_reads(text):
    """``_lines_holding_two`` (one comparison of the page's code points, a binary search of the
    lines' starts) finds the lines that hold two spaces or more, in order: every line
    ``_keyword_variants`` reads (its phrase and two extensions stand apart by two spaces at least),
    however far apart the spaces stand, and no other."""
    lines = text.split("\n")
    assert spam._lines_holding_two(Joined.of(text), spam._SPACE) == [i for i, x in enumerate(lines) if x.count(" ") >= 2]


def test_search_terms_apart_by_wide_blanks_are_read():
    """``_keyword_variants`` reads the lines whose folded form holds two spaces: blanks of
    U+3000 between the words fold to spaces, so such a line is read too."""
    terms = "个税专项\u3000个税专项标准\u3000个税专项怎么填"
    vs = classify_lines(f"某县新建学校十所，投入三亿元。\n{terms}", page=False)
    assert vs[1].rule == "keywords"


def test_metadata_labels_glossed_in_english() -> None:
    """A bilingual page's metadata: each label with its English gloss before the colon."""
    v = classify_lines("发布时间 Date: 2026-03-20 来源 Source: 出入境管理支队 浏览 Views: 967")[0]
    assert v.rule == "metadata" and dict(v.meta) == {"date": "2026-03-20", "source": "出入境管理支队"}
    # (a gloss is a word or three, the first capitalised: no lower-case text between label and colon)
    assert classify_lines("来源 本市各区县: 见下表")[0].keep


def test_dateline_byline_with_a_view_count_in_thousands() -> None:
    """A date-time, the publisher's name and a view count written with a thousands separator
    (阅读量：9,846) is the page's dateline; a comma elsewhere in the words after the date (two
    names, a sentence's clause) still makes them no byline."""
    v = classify_lines("2026-11-25 16:02 某市公安局交通警察支队 阅读量：9,846")[0]
    assert v.rule == "metadata" and v.reason == "date-time and byline"
    for line in ("2026-11-25 16:02 某市公安局，交通警察支队", "2026-11-25 16:02 共1,2处", "2026-11-25 16:02 某某 12,3456"):
        assert rule_of(line) is None, line


def test_page_number_lines() -> None:
    """A printed page's number between dashes (the text of a PDF) is dropped alone; a dash
    before other text, or a number with no dash after, is not a page number."""
    for s in ("— 3 —", "－12－", "- 4 -", "—7—"):
        assert rule_of(s) == "punctuation", s
    for s in ("—— 某某", "-3", "— 2026年 —", "— 1 — 总则"):
        assert rule_of(s) != "punctuation", s


def test_related_headers_of_policy_pages() -> None:
    """相关解读 and 相关下载 head a policy page's related links and files like 相关阅读."""
    for head in ("相关解读", "相关下载："):
        text = f"正文第一段，介绍本次政策的主要内容。\n{head}\n图解：某市若干措施\n某市若干措施.pdf"
        assert rules_of(text)[1:] == ["related"] * 3, head


def test_related_attachment_and_link_boxes_after_the_text() -> None:
    """The boxes under an article headed 相关附件 (its files) and 相关连结 (the related-links box
    as Taiwan's portals name it, 相關連結 in their script) are related blocks: the headers and
    the links under them go."""
    body = "县府今年新增共餐据点十二处，每周服务长者四千余人次，明年将再新增十处。"
    box = ["相关附件", "共餐据点一览表.pdf", "相关连结", "社会及家庭署", "长青福利服务专区"]
    text = "\n".join([body, *box, "隐私权保护政策 | 资讯安全政策 | 著作权声明"])
    got = classify_lines(text, page=False)
    assert got[0].keep and [v.rule for v in got[1:6]] == ["related"] * 5, [v.rule for v in got]


def test_comment_form_and_byline_patterns_are_linear() -> None:
    """The comment form's notice (fullmatched on whole lines of a page holding its mark) and the
    byline's punctuation test, on long adversarial lines: repeated notices, repeated pieces of
    one, digits and commas in every grouping; each well under a second."""
    import time

    from govtext import spam

    for s in ("请文明留言，" * 50_000, "留言经审核后" * 50_000, "请文明" * 50_000 + "留言", "评论内容需经" * 50_000):
        start = time.process_time()
        assert spam._COMMENT_FORM.fullmatch(s) is None
        assert len(classify_lines("正文内容，一句话。\n" + s)) == 2
        assert time.process_time() - start < 1.0, s[:12]
    for s in ("1,000" * 50_000, "9," * 100_000, ",999" * 50_000 + "!"):
        start = time.process_time()
        spam._BYLINE_PUNCT.search(s)
        assert time.process_time() - start < 1.0, s[:12]


def test_field_rows_of_a_list_of_records_are_the_documents() -> None:
    """A library's list of new books after its introduction: each record a title, 作者：…, 出版社：…,
    索书号：… and a 简介 sentence. The author rows are fields of the records (three or more alike),
    not the page's author field, and the records' short lines are the article's; the page's own
    author field under the headline, which stands once, still goes."""
    books = [
        ("《城南旧巷的十年》", "作者：某甲", "出版社：某某人民出版社", "索书号：D669.3/M12",
         "简介：本书记录一条老街十年间的改造，讨论居民参与和社区治理的衔接方式。"),
        ("《山村小学的四季》", "作者：某乙", "出版社：某某教育出版社", "索书号：G451.2/M34",
         "简介：作者跟随几位乡村教师记录教学与生活，呈现乡村学校的日常与变化。"),
        ("《写给新生的统计学》", "作者：某丙 某丁", "出版社：某某大学出版社", "索书号：C81/M56",
         "简介：面向非数学专业的本科生，介绍数据整理、图表和基础统计推断。"),
    ]
    page = ["2027年第3期新书推荐-某学院图书馆", "首页", "本馆概况", "资源", "服务", "当前位置：首页 > 资源 > 新书推荐",
            "2027年第3期新书推荐", "作者：采编部 发布时间：2027-04-12", "本期推荐新书三种，已在二楼借阅区上架，欢迎读者借阅。",
            *[row for book in books for row in book], "采编部", "2027年4月12日",
            "上一篇：2027年第2期新书推荐", "版权所有 某学院图书馆"]
    got = classify_lines("\n".join(page))
    body = range(page.index("2027年第3期新书推荐"), page.index("上一篇：2027年第2期新书推荐"))
    assert [i for i in body if not got[i].keep] == [7], [(page[i], got[i].rule) for i in body if not got[i].keep]
    # two records alike are no list: the author rows go as the page's fields (their titles bare: under a
    # title in 《》 with another near over its author row, an author row is the work's, test_spam_heldout_s37_bhb)
    two = [*page[:9], *[row for book in books[:2] for row in (book[0].strip("《》"), *book[1:])], *page[-4:]]
    assert [v.rule for s, v in zip(two, classify_lines("\n".join(two))) if s.startswith("作者")] == ["metadata"] * 3
    two = [*page[:9], *[row for book in books[:2] for row in book], *page[-4:]]
    assert [v.rule for s, v in zip(two, classify_lines("\n".join(two))) if s.startswith("作者")] == ["metadata", None, None]


def test_record_list_needs_two_labels_in_the_same_places() -> None:
    """:func:`govtext.boilerplate.record_list`: records of the same lines, two field rows or more
    with distinct labels in the same places, three records or more; a label twice in a record,
    one label a record, or the labels out of place make no list."""
    from govtext.boilerplate import record_list

    def span(rows: list[str], x: int = 1) -> tuple[int, int] | None:
        return record_list(rows, list(range(len(rows))), x)

    three = ["某某药店", "地址：城关镇甲路1号", "电话：0000-1111", "某某药房", "地址：城关镇乙路2号", "电话：0000-2222",
             "某某大药房", "地址：新街镇丙路3号", "电话：0000-3333"]
    assert span(three) == (0, 8) and span(three, 7) == (0, 8)
    assert span([*three[:6], "关于我们", "网站地图"]) is None  # (two records)
    assert span([s.replace("电话", "地址") for s in three]) is None  # (a label twice in a record)
    assert span([s for s in three if not s.startswith("电话")]) is None  # (one label a record)
    swapped = [*three[:6], "某某大药房", "电话：0000-3333", "地址：新街镇丙路3号"]
    assert span(swapped) is None  # (two records alike, the third out of place)


def test_font_size_switch_bare_in_brackets() -> None:
    """The font-size switch with no 字体 label ([大 中 小]) after a date and a publisher: the line
    is a share/print control, as 【字体：大 中 小】 is."""
    for s in ("2027-02-01 某区政务服务中心 【大 中 小】", "【 大 中 小 】", "发布时间：2027-02-01 [大 中 小] [打印]"):
        assert rule_of(s) in ("share_bar", "metadata"), s
    assert rule_of("2027-02-01 某区政务服务中心 【大 中 小】") == "share_bar"
    for s in ("大中小学校", "【大中小学生安全教育】", "按大 中 小三类分别核定"):
        assert rule_of(s) is None, s


def test_reading_time_is_a_header_counter() -> None:
    """The time an article takes to read under its headline (阅读时长约2分钟, its word count with
    it) is a header counter: dropped, and it ends no article."""
    for s in ("阅读时长约2分钟", "全文共968字，预计阅读3分钟", "预计阅读时间：5分钟", "阅读约需4分钟"):
        v = classify_lines(s, page=False)[0]
        assert v.rule == "widget" and v.reason.startswith(spam.HEADER_COUNT_REASON), s
    for s in ("阅读时长约2分钟的短文更受欢迎。", "每天阅读30分钟以上的学生占六成", "阅读时间"):
        assert rule_of(s) is None, s


def test_machine_made_content_note() -> None:
    """A site's note that a summary box or a picture was made by a machine (以上内容由AI生成，仅供参考)
    goes, and the page reading grows over it: the article under the summary box stays. A
    heading about such content, or a sentence naming it, is no note."""
    for s in ("以上内容由AI生成，仅供参考", "本文摘要由人工智能生成", "（图片由AI生成）", "内容由AI辅助生成，请注意甄别"):
        assert rule_of(s) == "site_notice", s
    for s in ("AI生成内容", "人工智能生成内容的标识办法", "本次展览由AI生成的作品参展，吸引观众三千余人次。"):
        assert rule_of(s) is None, s
    body = ["6月18日，全市推进老旧小区加装电梯工作现场会在城西区召开，与会人员实地察看了两个小区的项目。",
            "会议要求，今年全市计划新开工加装电梯三百台，各区要建立联合审批机制，压缩审批时限。"]
    page = ["全市推进老旧小区加装电梯工作现场会召开_某某新闻网", "首页", "时政", "民生", "区县",
            "全市推进老旧小区加装电梯工作现场会召开", "2027-06-18 16:42:05 来源：某某日报", "阅读时长约2分钟", "AI摘要",
            "全市老旧小区加装电梯现场会召开，今年计划新开工加装电梯300台。", "以上内容由AI生成，仅供参考", *body,
            "责任编辑：某某", "版权所有 某某日报社"]
    got = classify_lines("\n".join(page))
    assert all(got[page.index(s)].keep for s in body) and not got[page.index("以上内容由AI生成，仅供参考")].keep


def test_captcha_lines() -> None:
    """A form's captcha lines (验证码：, 看不清？换一张) are interface words."""
    for s in ("验证码：", "看不清？换一张", "验证码 换一张"):
        assert rule_of(s) == "chrome", s
    assert rule_of("验证码错误时请重新获取") is None


def test_a_guide_step_named_like_a_captcha_button_is_kept() -> None:
    """获取验证码 is a form's button and a step of a guide (steps one a line, no numbers): no
    interface word alone, so the guide's steps and its text under them stay."""
    steps = ["注册账号", "获取验证码", "填写登记信息", "上传身份证明", "提交申请",
             "审核通过后，申请人可选择邮寄或现场领取营业执照。咨询电话：0000-8888888。"]
    lines = ["个体工商户网上登记操作指南_某县政务服务网", "首页 办事指南 政策文件 互动交流", "当前位置：首页 > 办事指南",
             "个体工商户网上登记操作指南", "发布时间：2026-04-01", "申请人可通过县政务服务网办理个体工商户设立登记，具体步骤如下：",
             *steps, "用户名：", "密码：", "验证码：", "登录 注册"]
    got = classify_lines("\n".join(lines))
    assert all(v.keep for s, v in zip(lines, got) if s in steps), [(s, v.rule) for s, v in zip(lines, got) if s in steps]


def test_record_list_and_new_notes_are_linear() -> None:
    """The record list (on thousands of metadata rows alike and unlike) and the new patterns (the
    machine-made note, the reading time, the bare font-size switch) on long adversarial lines.
    The rows compare growth (four times the rows: linear takes ~4x, quadratic ~16x; the best of
    two runs each): 20,000 rows of one label take ~1.1 s of CPU, too near an absolute bound of
    3 s on a slower CI machine. The lines: each well under a second."""
    import time

    from govtext import spam

    def cpu(text: str) -> float:
        best = float("inf")
        for _ in range(2):
            start = time.process_time()
            classify_lines(text)
            best = min(best, time.process_time() - start)
        return best

    for unit in (["作者：某甲"], ["作者：某甲", "作者：某乙", "出版社：某某"], ["《书》", "作者：某甲", "出版社：某某"]):
        small, big = (cpu("本期推荐新书，欢迎借阅。\n" + "\n".join(unit * (n // len(unit)))) for n in (2_400, 9_600))
        assert big < 8 * small + 0.05, (unit, small, big)
    for s in ("由AI" * 50_000, "以上内容由AI生成," * 20_000, "阅读时长约" * 50_000 + "2", "全文共1字" * 50_000,
              "[大 中 小" * 50_000, "阅读 " * 50_000 + "分钟"):
        start = time.process_time()
        assert len(classify_lines("正文内容，一句话。\n" + s)) == 2
        spam.SiteNotice._machine.fullmatch(s)
        spam.Widget._header_counts.fullmatch(s)
        assert time.process_time() - start < 1.0, s[:12]


def test_related_header_with_its_one_link() -> None:
    """A 相关… header with one link title on its line (相关解读：标题, 延伸阅读：标题) is a related box;
    推荐阅读：《书名》 (a school's reading list), a header with a sentence after it and a header with
    titles apart are not read so."""
    rule = spam.Related()
    for s in ("相关解读：10月份我市CPI同比涨幅回落", "相关链接：某市政务服务网", "延伸阅读：图解某市老旧小区改造新政"):
        v = rule.check(spam.Context.of(s), 0)
        assert v is not None and "one link" in v.reason, s
    for s in ("推荐阅读：《乡土中国》", "相关链接：请登录某市政务服务网查询办理进度。", "相关报道：记者某某，通讯员某某",
              "最新动态：某市召开会议", "相关解读：甲 乙", "相关解读："):
        v = rule.check(spam.Context.of(s), 0)
        assert v is None or "one link" not in v.reason, s


def test_a_related_content_label_in_a_text_is_no_one_link_box() -> None:
    """相关内容：补贴标准 in a policy reading's text labels the lines under it (no article's link):
    it opens no related box, so the text under it and its last section stay."""
    body = ["二、主要内容", "《办法》共五章二十条，明确了补贴对象、补贴标准、申报程序和监督管理等内容。", "相关内容：补贴标准",
            "种粮大户每亩补贴50元", "家庭农场每亩补贴60元", "三、解读机关及联系方式", "解读机关：某县农业农村局",
            "联系电话：0000-3330000"]
    lines = ["《某县农业补贴管理办法》政策解读_某县人民政府", "首页 政务公开 政策解读 互动交流", "当前位置：首页 > 政策解读",
             "《某县农业补贴管理办法》政策解读", "发布时间：2026-03-10 来源：县农业农村局", "一、出台背景",
             "为规范农业补贴资金管理，提高资金使用效益，县农业农村局起草了《某县农业补贴管理办法》。", *body,
             "【打印本页】 【关闭窗口】"]
    got = classify_lines("\n".join(lines))
    assert all(v.keep for s, v in zip(lines, got) if s in body), [(s, v.rule) for s, v in zip(lines, got) if s in body]


def test_a_named_attachment_above_the_signature_is_no_one_link_box() -> None:
    """相关附件：报名表 under a notice's text names its attachment (the site's header word for 附件):
    no related box with its one link, so it and the signature and date under it stay (read as
    one, the box ended the article there and the closing went as a run of short lines)."""
    own = ["相关附件：某某学校招生报名表", "某某中学", "2026年3月1日"]
    lines = ["首页", "学校概况", "新闻中心", "当前位置：首页 > 通知公告", "关于做好2026年招生工作的通知",
             "发布时间：2026-03-01",
             "为进一步做好本年度招生工作，根据上级有关文件精神，结合我校实际，现将有关事项通知如下。",
             "请各单位高度重视，认真组织，按时报送相关材料，逾期不予受理。联系人：某某，电话：0000-0000000。", *own,
             "版权所有：某某市某某中学", "地址：某某市某某路1号", "某ICP备00000000号"]
    got = classify_lines("\n".join(lines))
    assert all(v.keep for s, v in zip(lines, got) if s in own), [(s, v.rule) for s, v in zip(lines, got) if s in own]
    v = spam.Related().check(spam.Context.of("相关附件："), 0)
    assert v is not None and not v.keep  # (the header alone still opens a box of files)


def test_a_reading_list_with_extended_reading_entries_is_kept() -> None:
    """延伸阅读：《书名》 in a school's reading list (each grade's 必读 and 延伸阅读 books) is an entry of
    the list, no related box with its one link: the list under its headings stays."""
    lists = ["一、高一年级", "必读：《乡土中国》", "延伸阅读：《红岩》", "二、高二年级", "必读：《红楼梦》", "延伸阅读：《呐喊》"]
    lines = ["关于做好寒假学生阅读活动的通知_某县第一中学", "首页 学校概况 教育教学 德育天地 通知公告", "当前位置：首页 > 通知公告",
             "关于做好寒假学生阅读活动的通知", "发布时间：2027-01-15 来源：教务处", "各年级、各班级：",
             "为培养学生良好的阅读习惯，学校决定在寒假期间开展阅读活动，现将书目通知如下：", *lists,
             "三、开学后各班组织读书交流会，每位同学提交读书笔记一篇。", "某县第一中学教务处", "2027年1月15日", "【打印本页】"]
    got = classify_lines("\n".join(lines))
    assert all(v.keep for s, v in zip(lines, got) if s in lists), [(s, v.rule) for s, v in zip(lines, got) if s in lists]
    v = spam.Related().check(spam.Context.of("延伸阅读：图解某市老旧小区改造新政"), 0)
    assert v is not None and "one link" in v.reason


def test_civil_comment_calls_listed_by_the_text_are_its_own() -> None:
    """请文明留言 / 请理性发言 one a line under 倡议如下： (an 倡议书 on civil posting, no date under
    it) are items of the text's list, no comment form's notice: they, the paragraph under them
    and the signature stay (read as a form, the article ended there and they went)."""
    own = ["倡议如下：", "请文明留言", "请理性发言",
           "请广大网民自觉遵守法律法规，共同营造清朗的网络空间，让网络空间更加文明、更加健康。", "某某市网信办"]
    lines = ["首页", "学校概况", "新闻中心", "当前位置：首页 > 通知公告", "文明上网倡议书",
             "为进一步营造文明健康的网络环境，引导广大网民依法上网、文明上网，现向全市网民发出如下倡议。", *own,
             "版权所有：某某市某某中学", "地址：某某市某某路1号", "某ICP备00000000号"]
    got = classify_lines("\n".join(lines))
    assert all(v.keep for s, v in zip(lines, got) if s in own), [(s, v.rule) for s, v in zip(lines, got) if s in own]
    # (a form's notice under its header, no colon above, still goes with the comments under it)
    form = ["某校举行建校七十周年纪念大会，校友代表和师生一千余人参加。", "大会回顾了学校七十年的办学历程。", "网上寄语", "请文明留言，留言经审核后显示", "校友 某某：祝母校生日快乐！"]
    assert [v.keep for v in classify_lines("\n".join(form))][-2:] == [False, False]


def test_a_notice_listing_comment_rules_keeps_its_text_and_closing() -> None:
    """A notice whose own lines are the rules of a message box (请文明留言, 留言经审核后公开, one
    a line under 二、留言规则), its text going on under them to its signature and date: those
    lines are the document's, no comment form ending the article (nothing under them goes)."""
    lines = ["关于开通网上留言渠道的公告_某县人民政府", "首页 政务公开 政务服务 互动交流", "当前位置：首页 > 通知公告",
             "关于开通网上留言渠道的公告", "发布时间：2026-10-12 来源：县政府办公室",
             "为进一步畅通群众诉求表达渠道，县政府门户网站开通网上留言栏目，现将有关事项公告如下：",
             "一、留言方式。登录县政府门户网站，点击留言栏目，如实填写姓名、联系电话和留言内容后提交。", "二、留言规则",
             "请文明留言", "留言经审核后公开", "涉及个人隐私的内容不予公开，涉及国家秘密的内容不得提交。",
             "三、办理时限。一般事项自受理之日起15个工作日内答复，情况复杂的可延长至30个工作日。",
             "某县人民政府办公室", "2026年10月12日", "【打印本页】 【关闭窗口】", "主办：某县人民政府办公室"]
    got = classify_lines("\n".join(lines))
    text = lines[5:14]
    assert all(v.keep for s, v in zip(lines, got) if s in text), [(s, v.rule) for s, v in zip(lines, got) if s in text]


def test_a_bare_reading_time_in_a_document_is_kept() -> None:
    """A reading time with no estimate, no 时长 and no word count (阅读时间：10分钟 in a contest's
    rules, 阅读30分钟 in a homework table) is the document's, no header counter."""
    for s in ("阅读时间：10分钟", "阅读30分钟", "阅读用时：15分钟"):
        assert rule_of(s) is None, s
    assert rule_of("阅读时长：3分钟") == "widget"


_REPORT_FORM = [
    "某市人民政府门户网站2026年度工作报表", "填报单位：某市人民政府办公室", "网站名称", "某市人民政府", "首页网址",
    "www.example.cn", "网站类型", "政府门户网站", "政府网站标识码", "1234000056", "ICP备案号", "某ICP备00012345号",
    "独立用户访问总量（单位：个）", "2368104", "网站总访问量（单位：次）", "9726531", "信息发布总数（单位：条）", "5127",
    "办结留言数量（单位：条）", "1873", "填报人：某某", "填报日期：2027-01-18",
    "某市人民政府办公室主办", "某ICP备00012345号 网站标识码：1234000056",
]


def test_footer_cells_of_a_report_form() -> None:
    """A site's identifiers as cells of the document's own table (a 政府网站年度工作报表's 政府网站标识码,
    ICP备案号 and their values, six or more cells above and below them) are kept; the site's footer
    under the table is still dropped, and so are a menu's 联系我们 (no identifier) and footer lines
    with fewer cells around them."""
    verdicts = classify_lines("\n".join(_REPORT_FORM))
    kept = [s for s, v in zip(_REPORT_FORM, verdicts) if v.keep]
    assert ["政府网站标识码", "1234000056", "ICP备案号", "某ICP备00012345号"] == kept[8:12], kept
    assert not verdicts[-1].keep
    menu = ["首页", "机构概况", "领导信息", "内设机构", "直属单位", "政务公开", "联系我们", "办事服务", "互动交流",
            "专题专栏", "网上调查", "在线访谈", "某局召开会议，部署冬季安全工作。", "某ICP备00012345号"]
    assert not classify_lines("\n".join(menu))[6].keep
    short = ["某局召开会议，部署冬季安全工作。", "网站名称", "某市人民政府", "ICP备案号", "某ICP备00012345号",
             "网站总访问量", "9726531", "信息发布总数", "5127", "填报人：某某", "联系人：某某", "填报日期：2027-01-18",
             "某ICP备00012345号 网站标识码：1234000056"]
    assert not classify_lines("\n".join(short))[4].keep  # (two cells above it only)


def test_tagged_advert_inside_the_article() -> None:
    """A line opening with an advert's tag in brackets (【广告】, [广告]) is dropped, and the article
    goes on under it; 广告 in round brackets, inside a line or in a law's article is kept."""
    page = ["某县一中十年办学纪实", "2026-12-03 来源：某某日报",
            *(f"第{k}段，学校在这一年里做了许多工作，师生都有收获。" for k in range(1, 6)),
            "【广告】某某家居建材节 12月8日开幕 全场满3000减500",
            *(f"第{k}段，县里又投入资金新建了校区，办学条件明显改善。" for k in range(6, 9)),
            "责任编辑：某某", "某某日报社主办 版权所有"]
    verdicts = classify_lines("\n".join(page))
    ad = page.index("【广告】某某家居建材节 12月8日开幕 全场满3000减500")
    assert not verdicts[ad].keep and verdicts[ad].reason.startswith(spam.AD_REASON)
    assert all(v.keep for v in verdicts[2:ad] + verdicts[ad + 1:ad + 4])
    for s in ("[广告] 某某培训 报名热线 0000-1234567", "【 广告 】某某楼盘 火热认购中"):
        assert not classify_lines(s)[0].keep, s
    for s in ("（广告）宣传费", "第十条 广告经营者应当依法经营。", "某某【广告】", "广告费用：12万元"):
        assert classify_lines(s)[0].keep, s


def test_a_case_about_adverts_under_its_category_tag_is_kept() -> None:
    """A market regulator's list of cases under category tags (【广告】…违法广告案, 【价格】…): the
    words after the tag name 广告 again, the line is about adverts, no advert."""
    case = "【广告】某某医疗美容诊所发布违法广告案"
    lines = ["2026年第三批市场监管领域典型案例", "为强化以案释法、警示教育作用，现将我局查办的第三批典型案例公布如下：", case,
             "当事人在其微信公众号发布含有无痛、零风险等内容的医疗美容广告，违反了广告法的规定，我局依法处罚款3万元。",
             "【价格】某某超市价格欺诈案", "当事人在促销活动中虚构原价，我局依法处罚款2万元。"]
    got = classify_lines("\n".join(lines))
    assert got[lines.index(case)].keep, got[lines.index(case)]
    assert rule_of("【广告】关于开展2026年户外广告设置检查的通知") is None
    assert rule_of("【广告】某某家居建材节 12月8日开幕 全场满3000减500") == "widget"


def test_footer_cells_and_tagged_adverts_are_linear() -> None:
    """The footer-cell walk (thousands of footer lines among cells) and the advert tag on long
    adversarial lines: each well under its bound."""
    import time

    for rows in (["ICP备案号", "某ICP备00012345号", "网站名称", "1234567"] * 5_000,
                 ["某ICP备00012345号"] * 20_000, (["网站名称", "1234567"] * 4 + ["某ICP备00012345号"]) * 2_000):
        start = time.process_time()
        classify_lines("\n".join(rows))
        assert time.process_time() - start < 3.0, rows[:3]
    for s in ("【广告" * 50_000, "[ 广告 " * 40_000, "广告】" * 50_000):
        start = time.process_time()
        assert len(classify_lines("正文内容，一句话。\n" + s)) == 2
        spam.Widget._tagged_ad.match(s)
        assert time.process_time() - start < 1.0, s[:12]


def test_a_list_pager_with_its_count_is_dropped() -> None:
    """A pager line (page links, numbers and counts only) goes; a line naming one page link
    inside words, or a lone 首页, is left to the other rules (heldout page 168)."""
    body = "3月21日，镇应急办组织应急队员开展森林防火演练。\n"
    for pager in ("共2条 首页 上一页 下一页 尾页", "首页 上一页 1 2 3 ... 47 下一页 尾页",
                  "共86条 每页10条 首页 上一页 下一页 末页 跳转至 页"):
        v = classify_lines(body + pager, page=False)[1]
        assert (v.keep, v.rule, v.reason) == (False, "doc_site", "pager"), pager
    for line in ("请翻到下一页查看首页的表格", "下一页为附表1", "共2条意见已采纳"):
        assert classify_lines(body + line, page=False)[1].keep, line


def test_pager_is_linear() -> None:
    import time

    start = time.process_time()
    for s in ("1" * 390 + "上一页x", "首页 " * 79 + "x", "共1" * 130 + "上一页 下一页"):
        spam.DocSite._pager.fullmatch(s)
        classify_lines("正文内容，一句话。\n" + s)
    assert time.process_time() - start < 1.0


def test_a_list_under_the_breadcrumbs_channel_after_the_article_is_dropped() -> None:
    """A line under the article's closing attribution repeating a channel of the breadcrumb
    (学会动态 of 首页 > 学会动态), over short titles: the channel's latest items beside the article,
    not the text going on in short lines (heldout page 192); the titles and the box after them
    go with it. A heading of the text naming the channel, under a paragraph, stays."""
    head = ["某某学会", "首页 学会概况 学会动态 通知公告", "当前位置：首页 > 学会动态", "省某某学会2026年学术年会召开"]
    body = ["10月25日，省某某学会2026年学术年会在某市召开，来自省内外的三百余名代表参加会议。",
            "会议期间，学会召开了常务理事会议，审议通过了新增会员名单和下一年度学术活动计划。"]
    side = ["学会动态", "学会召开常务理事会议", "我会组织开展科普进校园活动", "关于推荐青年科技奖候选人的通知",
            "学会简介", "某某学会成立于1957年，是由全省科技工作者自愿结成的学术性、非营利性社会组织。", "更多>>"]
    text = "\n".join(head + body + ["（学会秘书处）"] + side + ["版权所有：某某学会 某ICP备13001842号"])
    got = classify_lines(text)
    assert got[7].rule == "related" and "repeating the breadcrumb" in got[7].reason
    assert not any(v.keep for v in got[7:]) and all(v.keep for v in got[3:7])
    # under a paragraph, over items, field rows or the text's sections: the text's own heading
    items = ["红色故事进社区宣讲活动", "青年党员重走长征路", "党史知识竞赛", "红色电影展映周"]
    for under in (items, ["一、会议概况", "二、主要成果", "三、下一步工作"], ["联系人：王某", "联系电话：0771-3334444", "地址：某市某路1号"]):
        for credit in ([], ["（学会秘书处）"]):
            if credit and under is items:
                continue
            text = "\n".join(head + body + credit + ["学会动态", *under, *body, "版权所有：某某学会"])
            got = classify_lines(text)
            assert all(v.keep for v in got[5 + len(credit):10 + len(credit)]), (under, credit)


def test_investment_disclaimers_of_finance_pages_are_dropped() -> None:
    """A finance page's disclaimers: 风险提示： that gives no advice, a note in brackets that
    makes no investment advice, the markets' warning opening a line (heldout pages 188, 189). The
    warning quoted in a sentence, a product's own 风险提示 and a note that names no investment
    advice stay."""
    body = "今天两市继续缩量震荡，上证指数收盘微跌，两市成交额较昨日减少约六百亿元。\n"
    for line in ("风险提示：以上内容仅为个人观点，不构成任何投资建议，股市有风险，投资需谨慎。",
                 "（本栏目内容根据上市公司公告整理，仅供参考，不构成投资建议。）",
                 "投资有风险，入市需谨慎。本站不提供任何形式的投资咨询服务。", "股市有风险，投资需谨慎"):
        v = classify_lines(body + line, page=False)[1]
        assert (v.keep, v.rule) == (False, "footer"), line
    for line in ("警方提醒：投资有风险，入市需谨慎，切勿轻信所谓内幕消息。",
                 "“股市有风险，入市需谨慎”，这句话股民都耳熟能详。",
                 "风险提示：理财非存款，产品有风险，投资须谨慎。", "（本文不构成法律意见）",
                 "市场有风险，投资者需提高风险意识，理性投资。", "专家建议投资者关注分红的可持续性。"):
        assert classify_lines(body + line, page=False)[1].keep, line


def test_a_source_and_date_time_before_label_fields_is_metadata() -> None:
    """某某网 2026-11-25 20:46 作者：某某: a source's name and the date-time, then fields (heldout
    page 188); a notice's field with its date and a place's name before a date stay."""
    body = "\n今天两市继续缩量震荡，上证指数收盘微跌，两市成交额较昨日减少约六百亿元。"
    for line in ("证券导报网 2026-11-25 20:46 作者：蓝某某", "某市日报 2024-03-12 15:35 编辑：张某 来源：某市日报"):
        v = classify_lines(line + body, page=False)[0]
        assert (v.keep, v.rule) == (False, "metadata"), line
        assert dict(v.meta)["date"] == ("2026-11-25 20:46" if "2026" in line else "2024-03-12 15:35")
    for line in ("开标时间：2024年12月18日 14:30 地点：某市公共资源交易中心", "会场 2026-11-25 20:46 主持人：王某",
                 "某市体育馆 2026-05-01 19:30 票价：80元"):
        assert classify_lines(line + body, page=False)[0].keep, line


def test_a_players_loading_prompt_with_its_please_wait_is_dropped() -> None:
    """视频加载中，请稍候... (heldout page 186): a loading prompt with its 请稍候 is a reader prompt, as
    加载中 alone was; a notice's line that asks to wait, with words of its own, stays."""
    body = "眼下正是油茶果采摘的黄金时节，村民们穿梭在林间，采摘、装袋、搬运，一派繁忙景象。\n"
    for line in ("视频加载中，请稍候...", "正在加载，请稍等", "请稍候"):
        v = classify_lines(body + line, page=False)[1]
        assert (v.keep, v.rule) == (False, "prompt"), line
    for line in ("系统正在升级，预计恢复时间另行通知，请稍候", "抢修人员正在赶往现场请稍候"):
        assert classify_lines(body + line, page=False)[1].keep, line


def test_education_portal_calls_and_promotion_links_are_chrome() -> None:
    """BH20 (233–244): a training site's buttons (立即报名 免费试听, 立即咨询) are reader prompts; a
    tagged promotion link over an article (【备考资料】… 免费领取>>) is an advert tagged in brackets;
    a Q&A page's 提问者/回答者 with a date is a byline. A notice's sentence asking to sign up, a
    tagged link with no call, a bare 回答者： label stay."""
    page = ("【备考资料】某某考试核心考点精讲 免费领取>>\n某县教育局发布了今年的报名通知，考生须按时报名。\n"
            "立即报名 免费试听\n立即咨询\n回答者：某某老师 2026-11-26")
    assert [v.keep for v in classify_lines(page)] == [False, True, False, False, False]
    kept = ("【解读】关于印发某某办法的通知>>\n符合条件的同学请立即报名，名额有限。\n回答者：\n"
            "【重要】考生须知。请立即报名>>")
    assert all(v.keep for v in classify_lines(kept))


def test_promotion_link_pattern_is_linear() -> None:
    """The tagged promotion link's pattern on long runs of its parts: n and 4n take like times."""
    import time

    def took(n: int) -> float:
        line = "[备考]" + ("立即" + " " * 3) * n + "x"
        start = time.process_time()
        spam.Widget._promo.fullmatch(line)
        for searches in spam._gate().searches.values():
            for search in searches:
                search.search(line)
        return time.process_time() - start

    took(100)
    assert took(80000) < 8 * took(20000) + 0.05


def test_a_forum_posts_edit_note_heads_the_same_post() -> None:
    """BH22 (259): a forum floor's 发表于 … | 只看该作者 right over its edit note (本帖最后由 某某 于 … 编辑)
    heads one post, the thread's opening one: its text is the page's, the replies under the next
    floors' headers are comments."""
    page = ("新手班主任怎样管好初一纪律？ - 班主任工作 - 某某教师论坛\n新手班主任怎样管好初一纪律？ [复制链接]\n楼主\n发表于 2025-9-18 21:36 | 只看该作者\n"
            "本帖最后由 某某 于 2025-9-18 21:40 编辑\n开学三周了，我第一次当班主任，班里四十八个学生，纪律很乱。\n"
            "想请教各位前辈，第一个月应该先抓什么？\n回复\n沙发\n发表于 2025-9-18 22:05 | 只看该作者\n"
            "先立规矩，再谈感情，班规写成条文让学生讨论。\n回复\n板凳\n发表于 2025-9-19 07:12 | 只看该作者\n"
            "早读头两周你自己站在教室门口，自然就有人带读了。\n回复")
    keep = [v.keep for v in classify_lines(page)]
    assert keep[5] and keep[6], keep
    assert not keep[10] and not keep[14], keep


def test_exercise_and_qa_buttons_are_chrome() -> None:
    """BH22 (258, 261; 243 and 244 too): an exercise page's buttons under each question (查看答案,
    查看答案和解析, 纠错 收藏 组卷) and a Q&A page's labels (我来答, 最佳答案, 已赞过) are interface words; a
    question's answer count (3个回答) is a counter. The page reading sees an item's buttons as blank
    lines: the last question's answer and its working under the last 查看答案 stay the document's. A
    sentence about answers, a bare 回答问题, a count inside a sentence stay."""
    for line in ("查看答案", "查看答案和解析", "纠错 收藏 组卷", "我来答", "最佳答案", "已赞过", "3个回答", "12 条回答"):
        assert not classify_lines(line, page=False)[0].keep, line
    for line in ("回答问题", "本题共有3个回答要点，请逐条作答。", "查看答案前请先独立思考。"):
        assert classify_lines(line, page=False)[0].keep, line
    page = ("某某学科网\n首页 试卷 课件 教案\n有理数的加法 同步练习\n一、选择题（每小题4分）\n1. 计算(-3)+5的结果是（ ）\n"
            "A. -8\nB. 2\n查看答案\n【答案】B\n【解析】异号两数相加，取绝对值较大的加数的符号。\n纠错 收藏 组卷\n"
            "二、解答题（12分）\n2. 一辆公交车上有18人，第一站下车5人、上车3人，这时车上有多少人？\n查看答案\n【答案】16人\n"
            "【解析】把上车记为正、下车记为负：\n18+(-5)+3\n=16（人）\n答：这时车上有16人。\n纠错 收藏 组卷\n"
            "上一篇：有理数的大小比较\n相关资料\n关于我们 | 联系我们")
    verdicts = classify_lines(page)
    lines = page.split("\n")
    assert all(v.keep for v, s in zip(verdicts, lines) if s.startswith(("【", "18+", "=16", "答：")))
    assert not any(v.keep for v, s in zip(verdicts, lines) if s in ("查看答案", "纠错 收藏 组卷"))


def test_answer_count_pattern_is_linear() -> None:
    """The widget pattern with the answer count (3个回答) on long runs of digits and blanks: n and 4n
    take like times."""
    import time

    def took(n: int) -> float:
        line = "1" * n + " " * n + "个回答x"
        start = time.process_time()
        spam.Widget._re.fullmatch(line)
        return time.process_time() - start

    took(100)
    assert took(80000) < 8 * took(20000) + 0.05


def test_follow_calls_takedown_notes_and_promotion_links_of_education_sites() -> None:
    """BH22 (261, 264, 265): an account's call to follow it opening a line, its name and promise
    after (点击上方蓝字“某某”关注我们，每天一篇…) is a reader prompt; a takedown note with a study-only
    clause (仅供学习交流使用，如有侵权请联系客服删除) is a site notice; a tagged promotion link with a year
    in its tag and what it offers after its call (【2026省考备考】… 0元领取申论素材>>) a tagged advert. A
    sentence that clicks through (点击蓝字后，…。), a law's sentence on takedowns, a tagged headline with
    arrows but no call stay."""
    for line, rule in (("点击上方蓝字“某某家长帮”关注我们，每天一篇实用家教干货", "prompt"),
                       ("本资料由某某资源网会员上传，仅供学习交流使用，如有侵权请联系客服删除。", "site_notice"),
                       ("本站作文均来自网友投稿，仅供学习参考，如有侵权请联系我们删除。", "site_notice"),
                       ("【2026省考备考】岗位等你来报！系统班火热报名中，0元领取申论必背素材>>", "widget")):
        v = classify_lines(line, page=False)[0]
        assert (v.keep, v.rule) == (False, rule), line
    for line in ("点击蓝字后，页面将跳转至登记页面。", "权利人认为信息侵权的，可以通知网络服务提供者删除该信息，仅供参考的意见除外。",
                 "【解读】关于印发某某办法的通知>>", "仅供学习交流使用的资料，如有侵权，权利人可依法向人民法院起诉，请求删除。"):
        assert classify_lines(line, page=False)[0].keep, line


def test_a_machine_summary_under_its_label_is_the_sites_note() -> None:
    """BH22 (260; 134 too): a label over a summary the site's machine wrote (AI导读, AI摘要) and the
    paragraph right under it are the site's note, dropped as 以上内容由AI生成 is; the document's text
    under them stays. A heading with more words (一、人工智能辅助教学总结), a paragraph under a dropped
    line, stay."""
    page = ("《背影》第一课时教学设计\n上传者：某某 | 2024-10-09 | 格式：docx\nAI导读\n"
            "该文档是八年级语文的教学设计，包括教学目标、教学过程和板书设计，适合教师备课参考。\n"
            "【教学目标】\n积累词语，理清文章的记叙顺序，体会父子之间深沉的爱。\n【教学过程】\n学生自由朗读课文，圈出生字词。")
    keep = [v.keep for v in classify_lines(page)]
    assert keep == [True, False, False, False, True, True, True, True], keep
    kept = ("一、人工智能辅助教学总结\n本学期我校在三个年级试点人工智能辅助教学，学生作业完成率明显提高。\n"
            "二、下步打算\n继续扩大试点范围，加强教师培训。")
    assert all(v.keep for v in classify_lines(kept))


def test_a_machine_summary_label_inside_a_text_is_a_heading() -> None:
    """BH22 (probe of bb65fb6): a label of a machine summary's words below the page's first
    sentence heads a section of the text (智能摘要 among a product's features), and the paragraph
    under it is the text's."""
    page = ("某区智慧课堂平台上线\n3月1日，某区智慧课堂平台正式上线，覆盖全区42所中小学。\n平台主要有三项功能：\n"
            "智能摘要\n教师上传课件后，平台可自动生成摘要，方便学生课前预习。\nAI总结\n课后平台自动汇总学生的作业完成情况。")
    assert all(v.keep for v in classify_lines(page))


def test_a_lines_copies_are_read_where_each_stands() -> None:
    """RVG: the line rules give a page's copies of a short line the verdict of the first, but a
    credits line's verdict depends on where it stands (between two sentences the text's own, at
    their edge the page's credits), and a machine summary's label is noted for the paragraph under
    it: each copy is read where it stands (a copy between two sentences was dropped as the first,
    at the top, was; a second label's summary stayed and the label inside the text went)."""
    a, b = "学校召开了新学期工作会议，部署本学期的重点工作。", "会议要求各部门抓好落实，确保各项工作有序推进。"
    credits = "编辑 陈某 校对 刘某某"
    for rows, want in (([a, b, credits], [True, True, False]), ([a, credits, b], [True, True, True]),
                       ([credits, a, credits, b], [False, True, True, True]),
                       ([a, credits, b, credits], [True, True, True, False])):
        assert [v.keep for v in classify_lines("\n".join(rows), page=False)] == want, rows
    page = ["某某教学设计", "AI导读", "该文档是一份教学设计，包括教学目标和教学过程。", "【教学目标】",
            "理解课文的主要内容，体会作者的感情。", "AI导读", "本单元围绕家国情怀编排了三篇课文。"]
    assert [v.keep for v in classify_lines("\n".join(page))] == [True, False, False, True, True, True, True]


def test_machine_summary_labels_are_read_in_linear_time() -> None:
    """A page of many machine summary labels, no sentence the rules keep above them: each label's
    reading of the lines above goes on from the last one's (RVG: read from the first sentence for
    each, 8,000 labels took 2.2 s, 2,000 0.17 s)."""
    from linear_common import assert_linear

    def read(n: int) -> None:
        rows = ["本站部分内容来自网络，如有侵权请联系删除。"]
        for k in range(n):
            rows += ["AI导读", f"教学设计{k}"]
        assert not classify_lines("\n".join(rows), page=False)[-2].keep

    assert_linear(read, 2_000, 8_000, repeat=2)


# --- the metadata rule's shortcuts (session 23, SPE: issue 21, same verdicts) ---------------------

_META_ALPHABET = ["1", "2", "0", "12", "2024", "\U00011f52", "٣", " ", "  ", "\u3000", "-", "/", ".", "年", "月", "日", ":",
                  "前", "小时", "分钟", "天", "秒", "刚", "昨", "[", "|", "分享", "来源", "来源于", "作者", "Author", "Source",
                  "时间", "发布", "a", "某", "http://", "www.", "Z"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from("0123456789٣"), st.lists(st.sampled_from(_META_ALPHABET), max_size=10).map("".join))
def test_metadata_digit_lead_reads_as_its_three_patterns(first: str, rest: str) -> None:
    """A line opening with a digit is read by one pattern as the relative time, the month-day
    and time and the date prefix were, in that order."""
    m, body = spam.Metadata, first + rest
    got = m._digit_lead.match(body)
    if m._ago.fullmatch(body):
        assert got.lastindex == 1, body
    elif m._month_day.fullmatch(body):
        assert got.lastindex == 2, body
    else:
        assert got.lastindex is None and got.end() == m._prefix.match(body).end(), body


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_META_ALPHABET), max_size=12).map("".join))
def test_metadata_class_led_patterns_find_what_their_plain_forms_do(s: str) -> None:
    """The value cut and the year gate, written to open with the class of their first
    characters, match where (and whether) their plain forms do."""
    cut, plain_cut = spam.Metadata._value_cut.search(s), spam._sx(r"\s{2,}|\[|(?<=\S)\s+(?=分享)|\s*\|").search(s)
    assert (cut and cut.start()) == (plain_cut and plain_cut.start()), s
    assert (spam.Metadata._needs.search(s) is None) == (spam._sx(r"\d{4}|前|刚刚|昨天").search(s) is None), s


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*spam._labels().key, *_META_ALPHABET]), max_size=8).map("".join))
def test_metadata_labels_grouped_by_head_match_as_the_flat_alternation(s: str) -> None:
    """The labels' alternation grouped by first character finds the same fields (span and label)."""
    flat = re.compile(spam._labels().field.pattern.replace(
        spam._alternation_by_head(spam._labels().key), spam._alternation(spam._labels().key)))
    assert flat.pattern != spam._labels().field.pattern
    assert [(f.span(), f.group(1)) for f in flat.finditer(s)] == [
        (f.span(), f.group(1)) for f in spam._labels().field.finditer(s)], s


def test_a_dropping_verdict_with_metadata_is_the_dataclass_one() -> None:
    import pickle
    made, plain = spam._drop("metadata", "metadata fields 来源", [("source", "某某网")]), \
        Verdict(False, "metadata", "metadata fields 来源", (("source", "某某网"),))
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain) and vars(made) == vars(plain)
    assert pickle.loads(pickle.dumps(made)) == plain and type(made) is Verdict


def test_a_date_in_digits_newer_than_this_python_is_read_as_written() -> None:
    """``regex`` knows the digits of newer Unicode versions than Python's ``int`` (Gurung Khema's
    U+16130..U+16139, Unicode 16): a date-time line written with one was a ValueError deep in the
    metadata rule (SPE, session 23); it is metadata, its value as written."""
    text = "标题\n2024-0\U00016131-05 10:20"
    verdicts = classify_lines(text)
    assert verdicts[1].rule == "metadata"
    assert verdicts[1].meta == (("date", "2024-0\U00016131-05 10:20"),)


# --- BH26: a crawl of all visible text keeps a page's noscript note and a font switch's default --


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # a <noscript> block's text, Chinese and English, wherever on the page
        ("您的浏览器不支持JavaScript，部分功能将无法使用。", "site_notice"),
        ("请开启JavaScript以获得最佳浏览体验", "site_notice"),
        ("请启用浏览器的JavaScript后再访问本站", "site_notice"),
        ("请开启脚本录制功能后再进行操作", None),
        ("请开启JavaScript调试工具检查页面脚本错误。", None),
        ("请开启JavaScript功能后刷新本页", "site_notice"),
        ("网站在浏览器禁用JavaScript时仍应能够正常访问。", None),
        ("浏览器禁用脚本后，页面的主要内容仍应正常显示。", None),
        ("对不起，您的浏览器禁用了脚本", "site_notice"),
        ("You need to enable JavaScript to run this app.", "site_notice"),
        ("JavaScript is disabled in your browser.", "site_notice"),
        ("This site requires JavaScript", "site_notice"),
        # a document's sentences on scripts say more, or something else
        ("学校开设Python和JavaScript编程兴趣课程，学生可自愿报名参加。", None),
        ("剧组完成了脚本创作和前期拍摄，预计明年春节期间播出。", None),
        ("JavaScript is a language of the web, taught in the second term.", None),
        ("禁用脚本会影响在线申报系统的正常使用，申报前请检查浏览器设置并按照操作手册完成配置。", None),
        # a font-size switch whose first size is the default (字号：默认 大 超大)
        ("字号：默认 大 超大", "share_bar"),
        ("【字体：标准 大 特大】", "share_bar"),
        ("字号：默认为小四号宋体", None),
    ],
)
def test_noscript_notes_and_default_font_switches(line: str, rule: str | None) -> None:
    """BH26 (313, 314): a page's note for browsers that run no script (a <noscript> block a WET
    record keeps) opening its line, and a font-size switch whose first size is 默认/标准."""
    assert classify_lines(line)[0].rule == rule


def test_noscript_note_pattern_is_linear() -> None:
    from govtext.spam import SiteNotice
    from linear_common import assert_linear

    for make in (lambda n: "您的" + "浏" * n + "不支持javascript", lambda n: " " * n + "please" + " " * n + "x",
                 lambda n: "请开启" + " " * n + "浏览器的" + " " * n + "x", lambda n: "对不起" + " " * n + "," + " " * n + "x",
                 lambda n: "javascript" + " " * n + "is" + " " * n + "x"):
        assert_linear(SiteNotice._noscript.match, make(20_000), make(80_000), repeat=2, label=make(3))


@given(st.text(alphabet=st.sampled_from("]([:)|-甲 \n"), max_size=30))
def test_markdown_link_start_is_either_pair(text: str) -> None:
    """``Context.of`` finds a Markdown link's or definition's start by one scan: it holds
    where the text holds ``](`` or ``]:``."""
    assert (spam._MD_LINK_START.search(text) is not None) == ("](" in text or "]:" in text)


def test_chrome_words_lowering_the_line_lowers_each_word() -> None:
    """No character of a line of interface words (:func:`spam._chrome_chars`) is a sigma (the one
    letter whose lower case reads its neighbours), and no character lowers to a separator or a
    bracket :class:`ChromeWords` splits on or trims, or to a space, unless it is one: the words
    of the lowered line are the line's words, each lowered."""
    chrome = spam._chrome_chars()
    assert not {"σ", "ς", "Σ"} & chrome
    marks = set("|/·•,[(<:])>")
    for c in map(chr, range(0x110000)):
        low = c.lower()
        if low != c:
            assert not marks.intersection(low) and not any(x.isspace() or re.match(r"\s", x) for x in low), hex(ord(c))


@given(st.text(alphabet=st.sampled_from("返回首页打印关闭ABab|/·• ,[(<:])>\u3000\tΣσİKk"), max_size=40))
def test_chrome_words_of_the_lowered_line(s: str) -> None:
    """:meth:`ChromeWords.check` splits the lowered line: on a line of chrome characters only, its
    words are those of the line as written, each lowered."""
    cw = spam.ChromeWords
    low = s.lower()
    if spam._chrome_line().fullmatch(low) is not None:
        words = [w.lstrip(cw._open).rstrip(cw._close) for w in cw._split.split(low)]
        assert words == [w.lstrip(cw._open).rstrip(cw._close).lower() for w in cw._split.split(s)]


def test_gate_cased_words_pass_their_lookahead() -> None:
    """Each rule's words that start with a cased letter are searched behind a lookahead on their
    first letters: every spelling ``re`` matches of a word's first letter passes it (the word is
    found whatever its case)."""
    gate = spam._gate()
    cased = [chr(x) for x in range(0x20000) if chr(x).lower() != chr(x) or chr(x).upper() != chr(x)]
    for rule, words in gate._rule_words.items():
        search = gate.searches[gate.bits[rule]][-1]
        for w in words:
            if spam._cased(w[0]):
                for v in (v for v in cased if re.fullmatch(re.escape(w[0]), v, re.IGNORECASE)):
                    line = v + w[1:] + (":" if rule == "metadata" else "")
                    assert search.search(line), (rule, line)


# SOAK5: pages the session-24 page soak drew (rewritten in invented text) that a second pass reads
# otherwise, by the known mechanism (the page reading is decided before the line rules' drops are
# taken out): a line one of this session's rules drops inside the text (a 在看 call, 8c1fc63; a
# font-size switch or a no-script note, 59651bd) stood between the article's lines on pass 1; with
# it gone the reading of pass 2 finds another region, or BH28's form rows between bars and running
# heads (7b0864d) are read otherwise. In the last, the cover's lines go as a run before the article
# (as on 903efcc; 544eacb: the page's prose is not thin) and with them gone the running heads are
# read on pass 2 only. Each holds on 903efcc.
_H = "南岭市教育局 | 校长任职培训班"
_S24_KNOWN = {
    "zaikan call inside a form of bar rows": [
        "检查项目 | 检查内容 | 存在问题 | 整改措施", "用电 | 线路、插座、电热器具 | 口有 口无 |", "取暖 | 锅炉、烟道、报警器 | 口有 口无 |",
        "点【在看】试试", "校车 | 车况、轮胎、驾驶人 | 口有 口无 |", "检查人签字：                  校长签字：",
        "抄送：县委教育工委，县安委会办公室。", "双方约定，每学期互派教师跟岗学习，并开设同步课堂。"],
    "no-script note over a form of bar rows": [
        "重大情况按规定及时报告。", "县教育局安全股联系人：王某某，电话：0317—6620000。", "您的浏览器不支持JavaScript，请开启后浏览",
        "检查项目 | 检查内容 | 存在问题 | 整改措施", "校舍 | 门窗、屋面、围墙 | 口有 口无 |", "用电 | 线路、插座、电热器具 | 口有 口无 |"],
    "form rows between bars under their header, a short line among them": [  # (7b0864d keeps the
        # header and the rows over the short line back from the link-list rule; the page reading then
        # drops the rows as a run before the article and keeps the header, alone on pass 2)
        "检查项目 | 检查内容 | 存在问题 | 整改措施", "取暖 | 锅炉、烟道、报警器 | 口有 口无 |", "食堂 | 燃气、食材储存 | 口有 口无 |",
        "为他们点赞！", "校车 | 车况、轮胎、驾驶人 | 口有 口无 |", "抄送：县委教育工委，县安委会办公室。"],
    "zaikan call between a slide deck's running heads": [
        _H, "点击右下角“在看”，让更多人看到", "6", "四、责任落实", "校长是学校安全工作第一责任人", "分管副校长是直接责任人",
        "班主任是班级安全工作责任人", "一岗双责，失职追责", _H, "7", _H, "8"],
    "slide deck: its cover lines go, then its running heads": [
        "主讲人：王某某", "南岭市教育局安全管理科", "2026年12月", _H, "1", "目录", "二、主要风险与典型问题", "三、重点工作安排", "四、责任落实",
        "2024年第3期", _H, "2", "溺水、交通仍是学生非正常死亡的主要原因", _H, "3", "二、主要风险与典型问题", "消防：宿舍违规用电屡禁不止",
        "食品：校外供餐企业监管存在薄弱环节", "心理：学生心理危机事件呈上升趋势", _H, "4", "二、主要风险与典型问题（续）",
        "某地一所学校的食堂从业人员健康证过期，家长们知道后不觉得担心吗？", "一、总体情况 ………………… 1", "典型问题二：某校食堂从业人员健康证过期",
        "启示：隐患就在日常，排查必须到底", _H, "5"],
    "zaikan call between a tender notice's sections": [
        "四、提交报名材料截止时间和地点", "点【在看】试试", "五、公告期限", "。", "单位：万元", "联系方式：0751-1234567",
        "电话：0751-1234567", "附件：南岭市第三中学校服采购项目招标文件.pdf"],
    "font-size switch over a duty list": [
        "教职工：1月20日开始放假，2月17日到校上班。", "二、期末工作安排", "字号：默认 大 超大 | 打印 |", "三、假期值班安排", "王某某",
        "李　某", "13800000000", "2月9日—2月16日", "赵某某"],
    "no-script note inside a table of figures": [
        "年末总户数（万户）", "您的浏览器不支持JavaScript，请开启后浏览", "521.90", "263.47", "2025", "176.03", "三、参训对象", "（续表）",
        "261.02", "257.32", "注：2000年以前的户籍人口数据来源于公安部门年报。"],
}


@pytest.mark.parametrize("lines", [
    pytest.param(lines, id=name[:40], marks=pytest.mark.xfail(strict=True, reason=f"known mechanism: {name}"))
    for name, lines in _S24_KNOWN.items()
])
def test_drop_is_idempotent_around_a_line_a_session_24_rule_drops(lines: list[str]) -> None:
    once = drop_spam_lines("\n".join(lines))
    assert drop_spam_lines(once) == once


def test_a_letter_spaced_journal_issue_line_is_the_issue_line() -> None:
    """A PDF's running header with its journal's name letter-spaced (``城 乡 教 育 2025年第7期``) is the
    journal issue line the joined form is: it stayed, was joined by the hygiene steps after drop_spam
    and went when the output was read again (normalize not idempotent)."""
    from govtext import normalize

    for line, src in (("城 乡 教 育 2025年第7期", "城乡教育 2025年7期"), ("城乡教育 2025年第7期", "城乡教育 2025年7期")):
        v = classify_lines(line)[0]
        assert not v.keep and v.reason == spam.JOURNAL_REASON and ("source", src) in v.meta
    assert classify_lines("我 们 在 2025年第7期 发表了文章")[0].keep
    page = "\n".join(["县域学校的教师流动研究", "摘要：本文考察了县域学校教师流动的成因与对策。",
                      "一、研究背景", "近年来，县域学校教师流失问题受到广泛关注，影响了教育质量的提升。",
                      "城 乡 教 育 2025年第7期", "二、研究方法", "本研究采用问卷调查与访谈相结合的方法，覆盖六个县。"])
    once = normalize(page)
    assert normalize(once) == once and "城乡教育" not in once
