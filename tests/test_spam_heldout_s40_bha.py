"""Classes of lines that session 40's held-out pages 725-736 (BHA) showed the rules lost or missed, on pages of
extremes and of chrome inside the article: a long page's link back to its contents, a paginated article's middle
page (its page list and pager over the page's first heading, its page count, its continuation notes), a list's
pager counting letters, a click-through banner naming its 专题 after a colon, a player's loading line, its quality
and subtitle menus and its chapter list, and the article's last paragraph between a box crawled inside it and
its editor line. Each page is our own invented text; the look-alikes stay or go as before."""

from __future__ import annotations

import pytest

from govtext.spam import classify_lines
from page_common import keeps

HEAD = ["某市人民政府", "首页", "政务公开", "政务服务", "互动交流", "当前位置：首页 > 新闻中心 > 部门动态"]
FOOT = ["网站地图 | 联系我们", "主办单位：某市人民政府办公室", "某ICP备00000740号-1"]
PARA = "4月1日，市图书馆少儿阅读季在一楼少儿阅览室开幕，三百余名小读者和家长参加了开幕活动。"


def _kept(body: list[str], head: list[str] = HEAD, foot: list[str] = FOOT) -> list[bool]:
    """Whether each line of *body* is kept between the page's *head* and *foot*; the chrome must go."""
    kept = keeps([*head, *body, *foot])
    assert kept[len(head) + len(body):] == [False] * len(foot)
    return kept[len(head):len(head) + len(body)]


def _rule(line: str) -> tuple[bool, str | None]:
    """Keep and rule of *line* under a paragraph, read as lines (no page reading)."""
    v = classify_lines(PARA + "\n" + line, page=False)[1]
    return v.keep, v.rule


@pytest.mark.parametrize("line", ["返回目录", "【返回目录】", "返回目录 | 返回顶部"])
def test_a_link_back_to_the_contents_goes(line: str) -> None:
    """A long page's link back to its table of contents, after each chapter, is interface words (as 返回顶部)."""
    assert _rule(line) == (False, "chrome"), line


@pytest.mark.parametrize("line", ["目录", "返回目录页面后，选择需要查看的章节即可。", "第三章 保障措施"])
def test_a_contents_heading_and_a_sentence_on_it_stay(line: str) -> None:
    """The contents' own heading, a guide's sentence naming the link, a chapter heading: kept."""
    assert _rule(line)[0], line


MIDDLE = [
    "某某政策三问三答",
    "发布日期：2031-05-06 来源：市医保局",
    "本文导航",
    "第1页：哪些人可以参保",
    "第2页：待遇怎么享受",
    "第3页：怎样办理",
    "上一页 1 2 3 下一页",
    "二问：待遇怎么享受？",
    "答：参保人员在定点医疗机构住院发生的政策范围内费用，按规定比例报销，年度内多次住院的起付标准逐次降低。",
    "门诊发生的费用，按照门诊共济保障的有关规定执行，具体标准以当年公布的为准。",
    "（转下页）",
    "上一页 1 2 3 下一页",
]


def test_a_paginated_articles_page_list_runs_through_its_pager_only() -> None:
    """The middle page of a paginated article: its page list (本文导航, 第N页：…) and the pager under it go, and the
    page's own first heading under the pager is the text's (before, the pager turned the list into a related
    block, whose next short line, the heading, went as one more link title)."""
    kept = _kept(MIDDLE)
    assert kept == [True, False, False, False, False, False, False, True, True, True, False, False], kept


@pytest.mark.parametrize("line", ["本文共3页 当前第2页", "全文共4页，当前第1页", "（接上页）", "(转下页)", "【续上页】"])
def test_a_paginated_articles_count_and_continuation_notes_go(line: str) -> None:
    """The count of an article's pages with the page shown, and the continuation notes alone on their line, are the
    pager's (as 第2页 共3页)."""
    assert _rule(line) == (False, "doc_site"), line


@pytest.mark.parametrize("line", ["本文共分三个部分，分别介绍参保、待遇和经办。", "接上页所列事项，现补充说明如下：",
                                  "转下页的表格填写说明"])
def test_sentences_on_pages_and_continuations_stay(line: str) -> None:
    assert _rule(line)[0], line


@pytest.mark.parametrize("line", ["共126封 首页 上一页 1 2 3 下一页 尾页", "共58篇 首页 上一页 下一页 末页"])
def test_a_pager_counting_letters_or_articles_goes(line: str) -> None:
    """A list's pager counting its letters (封) or articles (篇), as one counting its records (条)."""
    assert _rule(line) == (False, "doc_site"), line


def test_a_count_of_letters_in_a_sentence_stays() -> None:
    assert _rule("今年以来共收到群众来信126封，已全部办结。")[0]


@pytest.mark.parametrize("line", ["点击进入专题：某某教育>>", "点击进入专栏：学习贯彻某某精神 >>"])
def test_a_click_through_banner_naming_its_topic_after_a_colon_goes(line: str) -> None:
    """A banner's call to click through to a 专题, its label, a colon and the topic's name, then the link's arrows."""
    assert _rule(line) == (False, "prompt"), line


@pytest.mark.parametrize("line", ["点击进入专题页面后，选择要查看的栏目。", "点击进入专题：在页面右侧选择栏目并提交"])
def test_a_guides_step_naming_a_topic_page_stays(line: str) -> None:
    """A guide's step (a sentence, or going on past the name without the link's arrows) stays."""
    assert _rule(line)[0], line


@pytest.mark.parametrize("line", ["正在加载音频…", "正在加载视频...", "正在加载"])
def test_a_players_loading_line_goes(line: str) -> None:
    """A player's loading line (正在加载, as 加载中) is a reader prompt."""
    assert _rule(line) == (False, "prompt"), line


def test_a_sentence_on_loading_stays() -> None:
    assert _rule("系统正在加载数据，请耐心等待，不要重复点击提交按钮以免重复申报。")[0]


@pytest.mark.parametrize("line", ["字幕 开 关", "字幕 开", "清晰度 标清 高清", "播放 全屏 字幕"])
def test_a_players_subtitle_and_quality_menus_go(line: str) -> None:
    """A player's subtitle switch and quality menu are interface words (开 and 关 after 字幕 only)."""
    assert _rule(line) == (False, "chrome"), line


@pytest.mark.parametrize("line", ["开", "关", "开 关", "开关"])
def test_a_switchs_words_alone_stay(line: str) -> None:
    """开 and 关 alone, or a line of them without the player's word, are no button."""
    assert _rule(line)[0], line


def test_a_players_chapter_list_goes_and_the_narration_stays() -> None:
    """A video's chapter list (视频章节, then 00:00 and a title a line) is a list of links into the video: it goes;
    the narration script under it stays."""
    body = ["某镇老街改造完成", "2031-06-01 来源：某县融媒体中心", "视频章节", "00:00 老街新貌", "01:12 工坊开放",
            "【解说】经过一年的改造，老街近日重新向游客开放，青石板路面和木结构铺面都保留了下来。",
            "【解说】街上的手工作坊也同步开门，游客可以参观，也可以动手体验竹编和制茶。"]
    kept = _kept(body)
    assert kept == [True, False, False, False, False, True, True], kept


def test_a_players_chapter_list_is_a_related_block() -> None:
    """Read as lines, the chapter list's header opens a block of links and its marks go as the block's titles."""
    vs = classify_lines("\n".join([PARA, "视频章节", "00:00 老街新貌", "01:12 工坊开放", PARA]), page=False)
    assert [v.rule for v in vs] == [None, "related", "related", "related", None], vs


def test_a_schedules_times_stay() -> None:
    """A schedule's times and items under its own heading are no chapter list."""
    body = ["某校开放日安排", "2031-06-01 来源：某校", "活动安排如下：", "09:00 签到入场", "09:30 参观校园",
            "10:30 家长座谈", "欢迎各位家长届时参加。"]
    assert all(_kept(body)[2:]), _kept(body)


BOX_IN_TEXT = [
    "某市首批社区托育点开园",
    "2031-03-03 来源：市教育局",
    "3月2日，全市首批8个社区托育点同时开园，共提供托位300个，主要面向两至三岁婴幼儿。",
    "托育点全部依托社区服务中心建设，每个点至少配备一名保健人员，并与就近医院签订合作协议。",
    "延伸阅读",
    "我市启动春季幼儿园招生工作",
    "普惠性幼儿园认定办法公布",
    "目前各托育点已开放线上预约，家长可以通过小程序查询就近托育点并办理报名手续。",
    "（编辑：某某 审核：某某）",
]


def test_the_articles_last_paragraph_between_a_box_and_its_editor_line_stays() -> None:
    """A box crawled inside the article (延伸阅读 and its links) right after a paragraph, then the text's last
    paragraph over its editor line: that paragraph is the text's (before, an island among dropped lines)."""
    kept = _kept([*BOX_IN_TEXT, "上一篇：某某", "下一篇：某某"])
    assert kept[7] and not any(kept[4:7]) and not kept[8], kept


def test_a_boxs_teaser_under_the_editor_line_goes() -> None:
    """After the editor line a box's headline and teaser are another page's: they go as before."""
    body = [*BOX_IN_TEXT[:4], "（编辑：某某 审核：某某）", "相关阅读", "去年全市普惠性幼儿园覆盖率达到九成",
            "记者从市教育局获悉，去年全市普惠性幼儿园覆盖率达到九成，新增学位两千余个。"]
    kept = _kept(body)
    assert kept[2:4] == [True, True] and not any(kept[4:]), kept


@pytest.mark.parametrize("line", ["剩余75%未读", "剩余 60% 未读", "剩余40%未读，展开全文"])
def test_a_folds_share_unread_goes(line: str) -> None:
    """A mobile page's fold, the share of the text left unread (and its button), is a widget's line."""
    assert _rule(line) == (False, "widget"), line


@pytest.mark.parametrize("line", ["剩余75%", "剩余部分占75%未读完", "剩余75%的资金将于年底前拨付到位。"])
def test_a_share_left_in_a_report_stays(line: str) -> None:
    assert _rule(line)[0], line


def test_a_fold_inside_the_article_ends_no_text() -> None:
    """The fold stands inside the article (the crawl holds the rest of the text under it): the headline and the
    paragraphs on both sides of it stay."""
    body = ["某省发布农村供水保障措施", "2031-12-04 来源：某省水利厅",
            "为应对冬春季枯水期农村供水可能出现的季节性缺水问题，省水利厅日前印发保障措施，要求各地确保群众喝上放心水。",
            "措施明确，各地要在月底前完成对农村集中供水工程水源地的全面排查，提前制定备用水源接入方案。",
            "剩余75%未读", "展开全文",
            "在水质保障方面，措施要求较大的供水工程每日开展水质自检，其他集中供水工程每周至少检测一次。",
            "措施还提出，每个乡镇至少明确一支专业维修队伍，公布24小时报修电话，做到小故障不过夜。",
            "省水利厅有关负责人表示，将把措施落实情况纳入年度农村供水工作考核。"]
    kept = _kept(body)
    assert kept == [True, False, True, True, False, False, True, True, True], kept


QR_BOX = ["扫码关注“某市教育”微信公众号", "获取更多教育资讯", "长按识别二维码"]


def test_a_qr_boxs_caption_between_its_prompts_goes() -> None:
    """A QR box crawled between the text's paragraphs: its caption between its two prompts goes with them (before,
    a short line the rules kept inside the article)."""
    body = ["某市首批社区托育点开园", "2031-03-03 来源：市教育局",
            "3月2日，全市首批8个社区托育点同时开园，共提供托位300个，主要面向两至三岁婴幼儿。", *QR_BOX,
            "托育点全部依托社区服务中心建设，每个点至少配备一名保健人员，并与就近医院签订合作协议。",
            "市教育局有关负责人介绍，托育点实行弹性托育，家长可以根据需要选择全日托或半日托。"]
    kept = _kept(body)
    assert kept == [True, False, True, False, False, False, True, True], kept


def test_a_guides_step_between_two_prompts_stays() -> None:
    """A sentence between two prompts (a guide's step) is no caption."""
    vs = classify_lines("\n".join([QR_BOX[0], "关注后点击菜单栏“服务”，即可查询。", QR_BOX[2]]), page=False)
    assert vs[1].keep, vs


def test_a_breadcrumb_between_two_prompts_is_no_qr_caption() -> None:
    """A path between an app's prompt and a player's loading line is the page's breadcrumb, not a QR box's caption."""
    vs = classify_lines("\n".join(["下载客户端", "新闻频道 > 新闻直播间", "视频加载中...", PARA, PARA]))
    assert vs[1].reason is None or "QR" not in vs[1].reason, vs[1]


TOPIC_PARA = "会议指出，今年以来全市上下认真落实各项部署，经济运行总体平稳，主要指标好于预期，为完成全年任务打下了基础。"
TOPIC_PARA2 = "会议要求，各部门要进一步压实责任，细化工作举措，确保各项任务按时保质完成，推动发展取得新成效。"


@pytest.mark.parametrize("between, last", [
    (["点击进入专题：营商环境>>", "点击进入专题：数字政府>>"], TOPIC_PARA2),
    (["点击进入专题：营商环境>>"], "会议要求，各部门要抓好落实。"),
    (["正在加载", "返回目录页"], TOPIC_PARA2),
])
def test_a_banner_or_loading_line_between_paragraphs_ends_no_text(between: list[str], last: str) -> None:
    """A banner's call to click through, or a player's loading line, between two paragraphs stands inside the
    article as a picture does: the paragraph under it stays."""
    kept = _kept(["某某会议召开", TOPIC_PARA, *between, last])
    assert kept[1] and not kept[2] and kept[-1], kept


@pytest.mark.parametrize("prompts", [("点击进入专题：营商环境>>", "点击进入专题：数字政府>>"), (QR_BOX[0], QR_BOX[2])])
def test_a_section_heading_between_two_prompts_stays(prompts: tuple[str, str]) -> None:
    """The article's numbered section heading between two prompts is no QR box's caption; nor is any line between two
    prompts of which none is a QR box's call (two banners)."""
    vs = classify_lines("\n".join([PARA, prompts[0], "二、下一步工作安排", prompts[1], PARA]))
    assert vs[2].keep, vs[2]
    vs = classify_lines("\n".join([PARA, "点击进入专题：营商环境>>", "某某工作动态", "点击进入专题：数字政府>>", PARA]))
    assert vs[2].keep, vs[2]


@pytest.mark.parametrize("line", ["字幕", "清晰度", "清晰度 超清", "高清 字幕"])
def test_a_players_menu_word_alone_stays(line: str) -> None:
    """清晰度 and 字幕 alone, or beside one quality grade, are a table's cells (a spec table's), not a player's menu."""
    assert _rule(line)[0], line


def test_a_spec_tables_cells_stay() -> None:
    """A spec table a cell a line keeps its names 清晰度 and 字幕 over their values."""
    body = ["某区会议室音视频系统采购公告", "2031-05-06 来源：某区政府采购中心",
            "本项目采购会议室音视频系统一套，预算金额为48万元，供应商须在规定时间内提交投标文件。", "主要技术参数：",
            "清晰度", "4K超高清", "字幕", "支持中英文字幕叠加", "投标截止时间为2031年5月20日上午9时，逾期送达的文件不予受理。"]
    assert all(_kept(body)[2:]), _kept(body)


@pytest.mark.parametrize("under", ["点击进入专题：乡村振兴>>", "视频加载中..."])
def test_a_subheading_between_a_qr_call_and_another_prompt_stays(under: str) -> None:
    """A short subheading between a QR box's call and a banner or a player's loading line (no QR call under it) is
    the text's, no QR box's caption (before, it went with the prompts)."""
    vs = classify_lines("\n".join(["某某新闻", PARA, "扫码关注“某某发布”", "乡村教育再上台阶", under, PARA, PARA]))
    assert vs[3].keep, vs[3]
