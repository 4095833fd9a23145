"""Classes of lines that session 38's held-out pages 665-676 (BHB) showed the rules and the page
reading lost or missed: a speech's date in brackets right under its title and the note of applause
under its last line; a widget's tally of its visitors' clicks (已有 N 人献花); a text box's placeholder
over the button that sends it; a tag box's header without its colon (热门标签); a scan-to-download
call; a 原文链接：… line. Each page is our own invented text; the look-alikes stay or go as before."""

from __future__ import annotations

import pytest

from govtext.spam import classify_lines
from page_common import keeps

SPEECH_HEAD = ["在全县教师节表彰大会上的讲话_某某县教育局", "某某县教育局", "首页", "机构设置", "教育动态", "领导讲话",
               "政务公开", "首页 > 领导讲话", "在全县教师节表彰大会上的讲话"]
SPEECH = ["老师们、同志们：", "今天我们隆重集会，表彰一年来涌现出的优秀教师和先进集体，向全县教师致以节日的问候。",
          "一年来，全县教师扎根讲台、默默奉献，教育质量稳步提升，群众满意度不断提高。", "（鼓掌）",
          "希望受表彰的同志珍惜荣誉、再接再厉，在新的学年取得更好成绩。", "谢谢大家！"]
SPEECH_FOOT = ["领导讲话", "在全县教育工作会议上的讲话", "在校长培训班开班式上的讲话", "某某县教育局 版权所有 某ICP备00000058号"]


def test_a_speechs_bracketed_date_under_its_title_and_its_closing_applause_stay() -> None:
    """（2026年9月10日） right under a speech's title is the day it was given, printed with the title, and
    （全场热烈掌声） under its last line the transcript's note: both stay (before, the date went as a short
    line cut off by the metadata line under it, the note in the run of the speech menu after the text);
    the metadata line, the menu of other speeches and the footer still go."""
    page = [*SPEECH_HEAD, "（2026年9月10日）", "发布时间：2026-09-11 09:30 来源：局办公室 阅读：215", *SPEECH,
            "（全场热烈掌声）", *SPEECH_FOOT]
    kept = keeps(page)
    n = len(SPEECH_HEAD)
    assert kept[n] and not kept[n + 1]
    assert all(kept[n + 2:n + 3 + len(SPEECH)])
    assert not any(kept[n + 3 + len(SPEECH):])


def test_a_bare_date_or_a_note_that_is_no_applause_goes_as_before() -> None:
    """A page's own date under the headline, bare (2026-09-11), is its metadata; a bracketed line under the
    speech that notes no applause (a menu's （更多）) is the page's: they go as before."""
    kept = keeps([*SPEECH_HEAD, "2026-09-11", *SPEECH, "（更多）", *SPEECH_FOOT])
    n = len(SPEECH_HEAD)
    assert not kept[n] and all(kept[n + 1:n + 1 + len(SPEECH)]) and not kept[n + 1 + len(SPEECH)]


@pytest.mark.parametrize("line", ["已有 5321 人签名", "已有1.2万人献花", "已有 86 人 打卡"])
def test_a_widgets_tally_so_far_goes(line: str) -> None:
    """已有 N 人 and a click the page counts (献花, 点烛, 签名, 投票, 打卡) alone on its line is the widget's
    tally: it goes (before, it stayed)."""
    assert [v.rule for v in classify_lines(line, page=False)] == ["widget"]


@pytest.mark.parametrize("line", ["3人投票", "全镇已有12人投票", "已有3人受伤", "已有 40 人签名的倡议书已送达。"])
def test_a_count_of_people_that_is_no_tally_stays(line: str) -> None:
    """A bare count (a record's cell), one with a place before it, another deed, a sentence: they stay."""
    assert classify_lines(line, page=False)[0].keep


def test_a_text_box_over_its_send_button_goes() -> None:
    """请输入… with its limit in brackets over 提交 (发表, 发送) is a form's text box and its button: both go
    (before, they stayed); a guide's step saying 请输入 over its next step stays, as before."""
    assert [v.keep for v in classify_lines("请输入您的留言（300字以内）\n发表\n某某新闻网 版权所有")] == [False, False, False]
    assert not any(v.keep for v in classify_lines("请输入评论内容\n提交", page=False))
    assert all(v.keep for v in classify_lines("请输入验证码\n下一步", page=False))
    assert classify_lines("请输入手机号码\n系统将发送验证码。")[0].keep


NOTICE = ["关于公布第二批美丽庭院示范户名单的公告_某某镇人民政府", "某某镇人民政府", "首页", "政务公开", "便民服务",
          "首页 > 政务公开 > 公示公告", "关于公布第二批美丽庭院示范户名单的公告", "发布时间：2026-05-06 阅读次数：88",
          "经各村推荐、镇评审组实地检查，现将第二批美丽庭院示范户名单公布如下：", "上坪村 王某某", "下坪村 李某某",
          "河口村 赵某某", "某某镇人民政府", "2026年5月6日"]


def test_a_tag_box_header_without_its_colon_goes_with_its_tags() -> None:
    """热门标签 alone (no colon), under a notice's signature and date, heads the site's tag box: it and the
    tags under it go (before, the notice's end grew over them); the signature and date stay."""
    tags = ["热门标签", "美丽庭院", "人居环境", "乡村振兴"]
    kept = keeps([*NOTICE, *tags, "上一篇：某某镇召开春耕工作会议", "主办：某某镇人民政府 某ICP备00000071号"])
    assert all(kept[8:len(NOTICE)]) and not any(kept[len(NOTICE):])
    assert [v.rule for v in classify_lines("【相关标签】\n本文关键词", page=False)] == ["keywords"] * 2


@pytest.mark.parametrize("line", ["标签", "关键词", "食品标签", "价格标签"])
def test_a_bare_label_or_a_things_tag_stays(line: str) -> None:
    """标签 or 关键词 bare heads a paper's or a document's section; 食品标签 names a thing: they stay."""
    assert classify_lines(line, page=False)[0].keep


def test_a_scan_to_download_call_and_an_original_link_go() -> None:
    """扫一扫下载客户端 is the site's app prompt, and 原文链接：… a link to the text a reading reads (its url
    field): they go (before, they stayed); 扫一扫下载附件 names no app, a sentence naming 原文链接 is the
    text's: they stay."""
    lines = ["扫一扫下载客户端", "原文链接：某县人民政府办公室关于做好秋冬季森林防火工作的通知", "原文地址：http://www.example.gov.cn/a/1.html"]
    assert [v.rule for v in classify_lines("\n".join(lines), page=False)] == ["prompt", "metadata", "metadata"]
    assert all(v.keep for v in classify_lines("扫一扫下载附件\n详见原文链接：某县森林防火工作方案。", page=False))


@pytest.mark.parametrize("line", ["原文链接：某市人民政府关于印发城乡环境整治方案的通知", "原文链接：点击查看",
                                  "原文地址：见附件", "发布时间：2026-03-02 网址：点此访问"])
def test_a_link_label_without_an_address_goes_with_no_url_field(line: str) -> None:
    """原文链接：/原文地址：/网址： with a title or a link's words after it is the page's chrome: the line goes,
    but its value is no address and gives no url field (before, the words went to url)."""
    (v,) = classify_lines(line, page=False)
    assert v.rule == "metadata" and "url" not in dict(v.meta)


@pytest.mark.parametrize("url", ["https://www.gov.cn/zhengce/2026-02/03/content_5.htm",
                                 "http://www.example.gov.cn/art/2026/2/3/art_1229012345_58731234.html?source=wx&from=share",
                                 "https://www.example.edu.cn/info/1021/" + "7" * 150 + ".htm"])
def test_a_link_labels_long_address_goes_into_its_url_field(url: str) -> None:
    """An address after 原文链接： (or 来源：) longer than a field's words (40) is one value all the same:
    the line goes and the address is its url field (before, the line stayed in the text)."""
    for label in ("原文链接：", "来源："):
        (v,) = classify_lines(label + url, page=False)
        assert v.rule == "metadata" and dict(v.meta)["url"] == url


def test_a_long_value_that_is_no_address_stays() -> None:
    """A label's value of words longer than a field's (a sentence after 来源：) is no field: it stays as before;
    so does a long line of words with an address in it."""
    assert classify_lines("来源：本文根据某市人民政府办公室在全市城乡环境整治推进会上的材料和有关部门提供的数据整理而成", page=False)[0].keep
    assert classify_lines("原文链接：https://www.gov.cn/a.htm " + "某" * 60 + " 作者：" + "某" * 50, page=False)[0].keep


CITY_HEAD = ["{t}_某某市人民政府", "某某市人民政府", "首页", "政务公开", "新闻中心", "政务要闻", "首页 > 新闻中心 > 政务要闻", "{t}"]
CITY_FOOT = ["上一篇：某某市开展防汛应急演练", "下一篇：某某市召开河长制工作会议", "主办：某某市人民政府 某ICP备00000093号"]
REPORT = ["7月2日，全市森林防火工作推进会召开，会议通报了上半年全市森林防火工作情况，安排部署下一阶段重点工作。",
          "会议强调，各地要严格落实火源管控措施，加强重点区域巡查，确保不发生重大森林火灾。",
          "各县区分管负责同志和市直有关部门负责同志参加会议。"]
TALK = ["同志们：", "今天召开全市森林防火工作推进会，主要是总结上半年工作，分析形势，安排部署下一阶段任务。",
        "上半年，全市森林防火形势总体平稳，未发生较大以上森林火灾。", "下面，我讲三点意见。"]
META = "来源：市林业局 浏览次数：126"


def _under_headline(title: str, rows: list[str], body: list[str]) -> list[bool]:
    """Whether each of *rows* (under the page's headline *title*, over its metadata row and *body*) stays."""
    head = [s.format(t=title) for s in CITY_HEAD]
    return keeps([*head, *rows, META, *body, *CITY_FOOT])[len(head):len(head) + len(rows)]


def test_a_news_reports_bracketed_date_under_its_headline_goes() -> None:
    """A news report's headline (全市召开某某会议) over a bracketed date and a report of the meeting: the date is
    the page's, it goes as at the session's start (before, every bracketed date right under a headline stayed)."""
    assert _under_headline("全市召开森林防火工作推进会", ["（2026年7月2日）"], REPORT) == [False]


@pytest.mark.parametrize("title", ["在全市森林防火工作推进会上的讲话", "全市森林防火工作推进会"])
def test_a_speechs_bracketed_date_stays_by_its_title_or_its_salutation(title: str) -> None:
    """Under a speech's title (在…上的讲话), or over a text opening with its salutation (同志们：), the bracketed
    date is the day the speech was given: it stays."""
    assert _under_headline(title, ["（2026年7月2日）"], TALK) == [True]


@pytest.mark.parametrize("date", ["（2026年7月2日）", "（2026年7月）"])
def test_a_speechs_date_under_its_speakers_line_stays(date: str) -> None:
    """A speech's title, its speaker's office and name (副市长 李某某) and the date it was given in brackets,
    the day or the month only: the speaker's line and the date stay (before, the date went); under a
    reporter's line over a news report the date goes, as before."""
    assert _under_headline("在全市森林防火工作推进会上的讲话", ["副市长 李某某", date], TALK) == [True, True]
    assert _under_headline("全市召开森林防火工作推进会", ["记者 李某某", date], REPORT)[1:] == [False]


@pytest.mark.parametrize("box", ["请输入(必填)单位名称\n查询", "请输入（选填）联系电话\n提交", "请输入您的建议（500字以内）\n发送"])
def test_a_placeholders_bracketed_note_anywhere_in_it_goes_with_its_button(box: str) -> None:
    """A placeholder with one note in brackets, before its words (请输入(必填)…) or after them, over its button:
    both go (before, a note before the words kept both, though the session's start dropped a search box's)."""
    assert [v.keep for v in classify_lines(box, page=False)] == [False, False]


@pytest.mark.parametrize("box", ["请输入（必填）单位名称（限20字）\n提交", "请输入单位名称（必填），再点查询\n查询"])
def test_a_placeholder_with_two_notes_or_a_sentence_stays(box: str) -> None:
    """Two bracketed notes, or words going on past a comma (a guide's step), are no placeholder: they stay."""
    assert all(v.keep for v in classify_lines(box, page=False))


@pytest.mark.parametrize("line", ["已有 3,208 人献花", "已有12,460人签名", "已有415人次投票"])
def test_a_tally_with_thousands_commas_or_person_times_goes(line: str) -> None:
    """A widget's tally with its figure in groups of three (3,208) or counted in 人次: it goes (before, it stayed)."""
    assert [v.rule for v in classify_lines(line, page=False)] == ["widget"]


@pytest.mark.parametrize("line", ["扫一扫 下载客户端", "扫一扫，下载APP客户端"])
def test_a_scan_to_download_call_with_a_blank_or_a_comma_goes(line: str) -> None:
    """扫一扫, a blank or a comma, then 下载…客户端: the site's app prompt, it goes (before, it stayed); 扫一扫，下载附件
    names no app and stays."""
    assert [v.rule for v in classify_lines(line, page=False)] == ["prompt"]
    assert classify_lines("扫一扫，下载附件", page=False)[0].keep


def test_a_longer_note_of_applause_under_the_speech_stays() -> None:
    """（全场响起长时间热烈掌声）, nine Han characters before 掌声, under a speech's last line is the transcript's
    note: it stays (before, only eight were allowed and it went); the menu and footer under it still go."""
    page = [*SPEECH_HEAD, "（2026年9月10日）", "发布时间：2026-09-11 09:30 来源：局办公室 阅读：215", *SPEECH,
            "（全场响起长时间热烈掌声）", *SPEECH_FOOT]
    kept = keeps(page)
    n = len(SPEECH_HEAD) + 2 + len(SPEECH)
    assert kept[n] and not any(kept[n + 1:])
