"""Classes of lines that session 41's held-out pages 749-760 (BHA41, what failed or half-rendered crawls leave)
showed the rules missed: a web server's error message standing where an include or a script failed (a server-side
include's ``[an error occurred while processing this directive]``, a PHP error with its file and line), a line of
markup only (``<br/>``, ``<p>&nbsp;</p>``, ``<img …>``), metadata fields whose values are a template's unfilled
placeholders (``发布时间：${pubDate}``), an attachment's row of its size and download count under its name. Each
line is our own invented text; the look-alikes stay as before."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.spam import FILE_ROW_REASON, SOFTWARE_REASON, PunctuationOnly, classify_lines
from page_common import keeps


def _rules(lines: list[str]) -> list[str | None]:
    """The rule of each line read alone (no page reading): None where it stays."""
    return [v.rule for v in classify_lines("\n".join(lines), page=False)]


SSI = "[an error occurred while processing this directive]"


@pytest.mark.parametrize("line", [
    SSI,
    "Warning: mysql_connect(): Too many connections in /srv/www/cms/include/db.php on line 41",
    "Notice: Undefined index: page in /home/site/public/list.php on line 9",
    "Fatal error: Call to undefined function show_hits() in /var/www/html/inc/count.php on line 127",
    "PHP Deprecated:  Function split() is deprecated in D:\\web\\old\\lib.php on line 3",
])
def test_a_web_servers_error_message_goes(line: str) -> None:
    """A server-side include's error, or a PHP error naming its file and line, the whole line, is what the server
    printed where the page failed: nothing of the text (before, it stayed)."""
    v = classify_lines("\n".join(["正文。", line]), page=False)[1]
    assert (v.rule, v.reason) == ("punctuation", PunctuationOnly.SERVER_ERROR_REASON)


@pytest.mark.parametrize("line", ["Notice: Trains will run at reduced frequency in Shanghai on line 2.",
                                  "Warning: delays expected in the city centre on line 4",
                                  "Notice: Buses run every 10 minutes in Pudong on line 86."])
def test_a_notice_naming_a_place_on_a_line_stays(line: str) -> None:
    """A notice of trains or buses on a numbered line names a place, no file, before ``on line``: the text's
    (before, it went as a server's error)."""
    assert _rules(["正文。", line]) == [None, None]


def test_a_server_error_names_a_script_or_a_path() -> None:
    """A script's file alone (count.inc), or a path of either slash, before ``on line`` is a server's error."""
    for line in ("Warning: include(): Failed opening count.inc in count.inc on line 3",
                 "Notice: Undefined variable: id in C:\\web\\list.asp on line 12", "Fatal error: Out of memory in show.jsp on line 8"):
        v = classify_lines("\n".join(["正文。", line]), page=False)[1]
        assert v.reason == PunctuationOnly.SERVER_ERROR_REASON, line


@pytest.mark.parametrize("line", [
    "Warning: 冰面危险，请勿在水库冰面上行走。",
    "Notice: the library closes at 17:00 on Fridays.",
    "Notice: the office will close on line 3",
    "[an error occurred in the schedule]",
    "Parse error in the form, please try again",
    "Deprecated APIs are listed in the appendix.",
])
def test_error_words_of_a_text_stay(line: str) -> None:
    """A notice or warning in words (no file and line it stopped at), other brackets: they stay."""
    assert _rules([line]) == [None]


def test_ssi_errors_between_paragraphs_go_and_the_text_stays() -> None:
    """On a page whose includes failed, the error lines between the paragraphs and after the signature go; the
    paragraphs, headings and signature stay (before, the errors stood in the text)."""
    head = ["某市教育局", "首页 通知公告 政策法规 办事服务", "当前位置：首页 > 通知公告", "关于做好冬季校园用电安全检查的通知",
            "发布日期：2027-01-06 来源：市教育局"]
    text = ["各区教育局，市直属学校：", "为确保冬季校园用电安全，现就开展用电安全检查有关事项通知如下。", SSI,
            "一、检查范围", "各校教学楼、宿舍楼、食堂和实验室的配电箱、线路和用电设备。", SSI,
            "二、检查要求", "各校须于1月20日前完成自查，对发现的问题建立台账，限期整改到位。", "某市教育局", "2027年1月6日"]
    tail = [SSI, "【打印本页】 【关闭窗口】", "主办单位：某市教育局", "某ICP备00000123号"]
    kept = keeps([*head, *text, *tail])
    lines = [*head, *text, *tail]
    assert [s for s, k in zip(lines, kept) if k] == [head[3], *(s for s in text if s != SSI)]


@pytest.mark.parametrize("line", ["<br/>", "<br>", "<p>&nbsp;</p>", "<p> </p>", "</div></div>",
                                  '<img src="/upload/2027/01/a01.jpg" border="0" alt="" />', "<hr /> <br />"])
def test_a_line_of_markup_only_goes(line: str) -> None:
    """Tags and character entities with no text between them: the page's markup crawled as text (before, it
    stayed between the paragraphs)."""
    v = classify_lines("\n".join(["正文。", line]), page=False)[1]
    assert (v.rule, v.reason) == ("punctuation", PunctuationOnly.MARKUP_REASON)


@pytest.mark.parametrize("line", ["<3岁儿童免票", "< 5 公里", "<p>某县新建学校十所，投入三亿元。</p>", "<<某某条例>>全文",
                                  "&nbsp;某县召开冬季安全工作会议。"])
def test_markup_around_text_or_a_less_than_sign_stays(line: str) -> None:
    """A tag around text, a less-than sign, an entity before a paragraph: no markup-only line."""
    v = classify_lines("\n".join(["正文。", line]), page=False)[1]
    assert v.reason != PunctuationOnly.MARKUP_REASON


_TAGS = st.sampled_from(["<br/>", "<p>", "</p>", "&nbsp;", " ", "<span style=\"x\">", "</span>", "&#160;"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_TAGS, min_size=1, max_size=8).map("".join), st.sampled_from(["", "某县", "会议。"]))
def test_markup_only_is_dropped_exactly_when_no_text_stands_between(markup: str, text: str) -> None:
    """A line opening with a tag is markup only when nothing but tags, entities and blanks are on it."""
    line = "<p>" + markup + text
    v = classify_lines("\n".join(["正文。", line]), page=False)[1]
    assert (v.reason == PunctuationOnly.MARKUP_REASON) == (text == "")


@pytest.mark.parametrize("line", [
    "发布时间：${pubDate}  来源：$!{info.source}  浏览次数：{{ article.hits }}",
    "发布时间：${article.time}",
    "发布日期：{dede:field.pubdate/}  来源：{dede:field.source/}",
    "发布时间：[!--newstime--] 来源：[!--befrom--]",
    "作者：{{ author }}  责任编辑：#{editor}",
])
def test_metadata_fields_of_unfilled_placeholders_go(line: str) -> None:
    """Metadata fields whose values are a template's placeholders left unfilled are fields with no value, as
    ``发布时间：  来源：`` are (before, a date label's placeholder kept the line); no placeholder goes to meta."""
    v = classify_lines("\n".join(["正文。", line]), page=False)[1]
    assert v.rule == "metadata" and not any("{" in value or "[!" in value for _, value in v.meta)


@pytest.mark.parametrize("line", ["发布时间：某日 {{x}}", "时间：${time}", "发布时间：下周一上午", "来源：{某报}"])
def test_a_placeholder_beside_text_or_a_weak_label_alone_stays(line: str) -> None:
    """A date label's value of words (a placeholder beside them), a weak label alone: read as before."""
    before = {"来源：{某报}": "metadata"}
    assert _rules(["正文。", line]) == [None, before.get(line)]


@pytest.mark.parametrize("line", ["文件大小：86.5KB 下载次数：57 下载", "大小：1.2MB 下载次数：19", "大小：300 KB  下载量：5次",
                                  "文件大小: 41KB 下载次数: 0", "附件大小：2.3MB 下载次数：128"])
def test_an_attachments_size_and_download_row_goes(line: str) -> None:
    """Under an attachment's name, its size and count of downloads (maybe its button) are the list's widget (before,
    the size kept the line), dropped as the attachment's row, no header's counter (before, 附件大小 kept the line and
    the others went as header counters); as a header's counters do, they stand inside the article and end none."""
    v = classify_lines("\n".join(["正文。", line]), page=False)[1]
    assert v.rule == "widget" and v.reason.startswith(FILE_ROW_REASON)


@pytest.mark.parametrize("line", ["文件大小：2MB", "文件大小：不超过2MB，下载次数不限", "上传文件大小：单个不超过10MB",
                                  "大小：约3MB，请在WiFi下下载", "附件大小为2.3MB，请耐心下载。", "附件大小：2.3MB"])
def test_a_size_field_or_rule_stays(line: str) -> None:
    """A size alone (a field), a rule on uploads in words: they stay."""
    assert _rules([line]) == [None]


def test_an_attachment_only_notice_keeps_its_headline_over_its_file_rows() -> None:
    """A notice whose body is only its attachments, each over its size and download row: the rows go and the
    headline stays (the rows stand inside the list: they end no article)."""
    head = ["某镇人民政府", "首页 镇情概况 政务公开 便民服务", "当前位置：首页 > 政务公开 > 公示公告", "关于某镇2027年度临时救助对象的公示",
            "发布日期：2027-01-05 发布机构：某镇民政办 浏览次数：88"]
    files = ["附件：", "1.某镇2027年度临时救助对象名单.xls", "文件大小：52KB 下载次数：14 下载",
             "2.某镇临时救助审批情况说明.pdf", "文件大小：0.9MB 下载次数：6 下载"]
    tail = ["打印 | 关闭", "上一篇：某镇冬季防火通告", "版权所有：某镇人民政府", "某ICP备00000456号"]
    kept = keeps([*head, *files, *tail])
    assert kept[3] and not kept[7] and not kept[9]
    assert not any(kept[len(head) + len(files):])


@pytest.mark.parametrize("line", ['"description": "某县启动冬季农村饮水安全排查，为期一个月……",', '"keywords": "饮水安全,排查,冬季"',
                                  '"@type": "NewsArticle",', '"author": {"@type": "Organization", "name": "某县水利局"},',
                                  '"image": ["https://www.example.cn/img/01.jpg"]', '"wordCount": 1280,'])
def test_a_member_of_a_pages_json_object_goes(line: str) -> None:
    """A member of a page's JSON-LD object crawled as a line, after the article as much as above it: a quoted key,
    its colon and one value (before, those after the text stayed)."""
    v = classify_lines("\n".join(["正文。", line]), page=False)[1]
    assert (v.rule, v.reason) == ("punctuation", PunctuationOnly.JSON_REASON)


@pytest.mark.parametrize("line", ['"The new line will open next year," said the director.', '"Made in China 2025": a plan',
                                  '"某某"：这是一个项目', '"key" and "value" are the two parts'])
def test_a_quotation_opening_a_line_stays(line: str) -> None:
    """A quotation opening a line, a quoted name before a colon and words: no member of an object."""
    v = classify_lines("\n".join(["正文。", line]), page=False)[1]
    assert v.reason != PunctuationOnly.JSON_REASON


@pytest.mark.parametrize("line", ["提示：如无法打开附件，请先安装WPS或Office办公软件。", "如果附件无法正常打开，请下载安装WPS Office。",
                                  "若您无法查看PDF文件，可下载安装Adobe Reader阅读器。", "注：如无法打开，请安装PDF阅读器"])
def test_a_sites_advice_on_the_software_its_files_need_goes(line: str) -> None:
    """Under a page's attachments, the site's advice on the reader or office suite its files need, opening with its
    condition (如无法打开…), is a site notice as its browser advice is (before, it stayed)."""
    v = classify_lines("\n".join(["正文。", line]), page=False)[1]
    assert (v.rule, v.reason) == ("site_notice", SOFTWARE_REASON)


@pytest.mark.parametrize("line", ["部分用户无法打开文件，需下载安装新版办公软件。", "如无法打开申报系统，请拨打咨询电话0000-1234567。",
                                  "群众反映无法查看电子证照，工作人员指导其下载安装新版软件。", "如无法按时参加考试，请提前申请。"])
def test_a_report_or_another_condition_stays(line: str) -> None:
    """A report that someone could not open a file (no condition opening it), a condition asking for something else:
    they stay."""
    assert _rules([line]) == [None]


# The review's findings on the rules above: each class of text they took, fixed (before, each test failed).

_NOTICE_HEAD = ["某市人事考试网", "首页 通知公告 考试动态 办事服务", "当前位置：首页 > 通知公告"]
_NOTICE_FOOT = ["【打印本页】 【关闭窗口】", "主办单位：某市人事考试中心", "某ICP备00000789号"]


def _lost(text: list[str]) -> list[str]:
    """The lines of *text* (a notice's, between a site's head and foot) the page drops."""
    kept = keeps([*_NOTICE_HEAD, *text, *_NOTICE_FOOT])[len(_NOTICE_HEAD):len(_NOTICE_HEAD) + len(text)]
    return [s for s, k in zip(text, kept) if not k]


def test_the_lines_under_a_sites_software_advice_stay() -> None:
    """The site's advice on the software its files need is a line of its own, as its browser advice is: the
    attachment list under it is no text of the notice (before, every line under it went with it)."""
    advice = "如无法打开附件，请下载安装WPS Office。"
    text = ["关于公布第二批专业技术人员名单的通知", "各单位：", "经研究，现将名单予以公布，详见附件。", advice,
            "附件：1.第二批专业技术人员名单.xls", "2.填报说明.doc", "人事处", "2027年6月1日"]
    assert _lost(text) == [advice]


@pytest.mark.parametrize("line", ["若考生无法打开准考证打印页面，请下载安装Adobe Reader阅读器后重新打印。",
                                  "如果您无法打开发票查验平台，请下载安装最新版本的浏览器插件。",
                                  "若无法查看电子发票，请下载安装OFD阅读器。",
                                  "如无法正常打开申报页面，请下载安装电子税务局插件。"])
def test_a_guides_step_on_software_for_its_subject_stays(line: str) -> None:
    """A guide's step naming who cannot open what (考生, a platform, an invoice, a page): the text's, not the site's
    advice on its own files, which names the reader (您) or none and the site's file (附件, 文件, 文档)."""
    assert _rules(["正文。", line]) == [None, None]


@pytest.mark.parametrize("line", ["注：如无法打开附件，请下载安装WPS软件。报名表请于5月10日前报送。",
                                  "如无法查看附件，请安装PDF阅读器，逾期不再受理。",
                                  "若您无法打开文件，可下载安装Office办公软件。咨询电话：0000-7654321"])
def test_a_sentence_after_the_software_advice_keeps_its_line(line: str) -> None:
    """The advice on the software is the whole line: a line going on after it with the notice's own sentence (a
    deadline, a telephone) is the text's (before, the line went with the advice at its head)."""
    assert _rules(["正文。", line]) == [None, None]


@pytest.mark.parametrize("line", ["注：如无法打开附件，请下载安装WPS软件。", "如无法查看附件，请下载安装PDF阅读器后查看。"])
def test_the_software_advice_closing_on_its_name_goes(line: str) -> None:
    """The advice alone, ending on the software's name (软件) or on opening the file with it, goes."""
    v = classify_lines("\n".join(["正文。", line]), page=False)[1]
    assert (v.rule, v.reason) == ("site_notice", SOFTWARE_REASON)


def test_an_exam_guides_software_step_and_what_follows_it_stay() -> None:
    """On an exam's notice, its step on the reader to print the admission ticket and the sections after it stay."""
    text = ["关于2027年普通高考准考证打印的通知", "发布时间：2027-05-25 来源：省教育考试院", "各市招生考试机构、各位考生：",
            "2027年普通高考将于6月7日开始，现将准考证打印有关事项通知如下。", "一、打印时间",
            "考生可于6月1日至6日登录报名系统自行打印准考证。", "二、注意事项",
            "若考生无法打开准考证打印页面，请下载安装Adobe Reader阅读器后重新打印。", "准考证须用A4纸打印，不得涂改。",
            "三、咨询电话", "咨询电话：0000-12345678", "省教育考试院", "2027年5月25日"]
    assert _lost(text) == [text[1]]


@pytest.mark.parametrize("fields", ["发布时间：${pubDate} 来源：${source}", "作者：${author}", "来源：{dede:field.source/}",
                                    "发布时间：2027-03-25 作者：{{ author }}", "浏览次数：[!--onclick--]"])
def test_a_field_of_a_placeholder_leaves_no_label_open(fields: str) -> None:
    """A field a placeholder left empty is closed, not open for a value on the next line: the headline under
    it stays (before, it was taken for the field's value)."""
    head = "关于做好2027年春季学期开学工作的通知"
    rows = [fields, head, "各区县教育局、各直属学校：", "为做好2027年春季学期开学工作，现将有关事项通知如下。"]
    assert _lost(rows) == [fields]


def test_an_empty_field_still_takes_its_value_from_the_next_line() -> None:
    """A label with nothing after it, no placeholder, still waits for its value on the next line (as before)."""
    assert _rules(["正文。", "来源：", "市教育局"]) == [None, "metadata", "metadata"]


@pytest.mark.parametrize("line", ["<C Programming Language>", "<Python程序设计>", "<a Tale of Two Cities>",
                                  "<b 计算机基础>", "<Introduction to Algorithms> <Data Structures>",
                                  "<Code>", "<Title>"])
def test_a_book_title_in_angle_brackets_stays(line: str) -> None:
    """A title in ASCII angle brackets (a reading list's) is no tag: a tag is a known HTML name, then its
    attributes with their values (before, any letter after < made one)."""
    v = classify_lines("\n".join(["正文。", line]), page=False)[1]
    assert v.reason != PunctuationOnly.MARKUP_REASON


@pytest.mark.parametrize("line", ["<BR>", "<P align=center></P>", "<o:p></o:p>", "<td nowrap=\"nowrap\"></td>",
                                  "<h2 class=\"title\"></h2>", "<!DOCTYPE html>",
                                  '<table border="0" cellpadding="0" width=100%><tr><td></td></tr></table>'])
def test_tags_of_known_names_go(line: str) -> None:
    """Tags of the names pages are made of, either case, with their attributes: markup only (as before)."""
    v = classify_lines("\n".join(["正文。", line]), page=False)[1]
    assert (v.rule, v.reason) == ("punctuation", PunctuationOnly.MARKUP_REASON)


def test_a_reading_list_in_angle_brackets_stays() -> None:
    """A notice's list of textbooks, each title in < >: every title stays."""
    text = ["关于开展2027年教材选用工作的通知", "各学院：", "现将推荐教材目录公布如下：", "<Python程序设计>",
            "<C Programming Language>", "<数据结构>", "请各学院按要求选用。", "教务处"]
    assert _lost(text) == []


@pytest.mark.parametrize("line", ['"server": "https://sso.example.edu.cn",', '"timeout": 30,', '"enableCache": true,',
                                  '"Motto": "Knowledge is power",', '"code": 200,', '"name": "某某有限公司",'])
def test_a_quoted_member_of_no_pages_metadata_stays(line: str) -> None:
    """A member whose key is none of a page's JSON-LD or Open Graph keys, alone (a setting quoted in a notice,
    a motto): the text's (before, any quoted key and value went)."""
    v = classify_lines("\n".join(["正文。", line]), page=False)[1]
    assert v.reason != PunctuationOnly.JSON_REASON


def test_a_config_quoted_in_a_notice_stays() -> None:
    """An IT notice's settings under its sentence ending with a colon stay, its sentences around them too."""
    text = ["关于信息中心系统升级的通知", "各部门：", "信息中心将于3月30日对统一身份认证系统进行升级。升级后，请在配置文件中修改以下参数：",
            '"server": "https://sso.example.edu.cn",', '"timeout": 30,', '"enableCache": true,',
            "如有疑问，请联系信息中心。", "信息中心", "2027年3月25日"]
    assert _lost(text) == []


def test_an_api_docs_example_between_its_sentences_stays() -> None:
    """An API document's example of what it returns, under a heading with no colon and between the document's
    sentences, keys of a page's metadata among them (url, description), is the text's (before, it went as a
    leaked JSON-LD object); a lone member between two sentences stays too."""
    text = ["某市政务数据接口说明", "本平台向社会开放以下数据接口，调用方式说明如下。", "返回示例", "{",
            '"url": "https://data.example.cn/api/v1/list",', '"description": "某市企业基本信息",',
            '"updateTime": "2027-04-01"', "}", "调用前请先申请接口密钥。如有疑问，请联系平台运维人员。"]
    assert all(v.keep for v in classify_lines("\n".join(text), page=False))
    assert _rules(["报道称，该系统已上线。", '"headline": "某县上线一网通办系统"', "群众办事更加便捷。"])[1] is None


@pytest.mark.parametrize("key", ['"@context": "https://schema.org",', '"@type": "NewsArticle",',
                                 '"og:title": "某县上线一网通办系统",', '"twitter:card": "summary"'])
def test_a_run_holding_a_leaked_objects_key_goes_between_sentences(key: str) -> None:
    """A run holding schema.org's context or type, or an Open Graph or Twitter key, is the page's leaked object
    even between the article's sentences."""
    text = ["近日，某县上线一网通办系统。", "{", key, '"url": "https://www.example.cn/a/1.html"', "}",
            "群众办事更加便捷。"]
    verdicts = classify_lines("\n".join(text), page=False)
    assert [v.reason for s, v in zip(text, verdicts) if s.startswith('"')] == [PunctuationOnly.JSON_REASON] * 2


def test_a_json_ld_example_under_a_colon_stays_and_a_leaked_one_goes() -> None:
    """Members of a page's JSON-LD quoted under a sentence ending with a colon (a guide's example) are no debris;
    the same members leaked between the text and the foot go, the keys of no metadata's beside them too."""
    ld = ['"@context": "https://schema.org",', '"@type": "NewsArticle",', '"headline": "某县启动冬季农村饮水安全排查",',
          '"mainEntityOfPage": {', '"@type": "WebPage"', "},", '"inLanguage": "zh-CN"']
    guide = ["网站结构化数据填写说明", "各单位：", "请在新闻页面中按以下格式填写结构化数据：", "{", *ld, "}",
             "填写完成后，请报信息中心审核。"]
    verdicts = classify_lines("\n".join([*_NOTICE_HEAD, *guide, *_NOTICE_FOOT]))
    assert not any(v.reason == PunctuationOnly.JSON_REASON for v in verdicts)
    text = ["某县启动冬季农村饮水安全排查", "发布时间：2027-01-06", "近日，某县启动冬季农村饮水安全排查工作，为期一个月。",
            "排查将覆盖全县所有集中供水工程。"]
    lost = _lost([*text, "{", *ld, "}"])
    assert [s for s in ld if s.startswith('"')] == [s for s in lost if s.startswith('"')]

