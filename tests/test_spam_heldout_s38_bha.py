"""Classes of lines that session 38's held-out pages 653-664 (BHA) showed the rules lost or missed: a
service guide's last fields (label over value) the reading grew over as fragments and then cut before the
page's chrome, a download box's bare header with nothing under it, an account's label over its QR prompt,
and a record table's last field row under the headline. Each page is our own invented text; the
look-alikes stay or go as before."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from page_common import keeps

HEAD = ["某市人力资源和社会保障局", "首页", "机构职能", "政策文件", "工作动态", "办事服务", "互动交流",
        "首页 > 办事服务 > 服务指南"]
FOOT = ["打印本页 关闭窗口", "相关指南", "失业保险金申领办理指南", "职业技能提升补贴申领指南",
        "主办单位：某市人力资源和社会保障局", "某ICP备00000381号-1 网站标识码：0000000381"]

GUIDE = [
    "就业困难人员认定办理须知",
    "发布时间：2027年03月02日 来源：就业科",
    "申请对象",
    "本市户籍、处于失业状态并已办理失业登记的劳动年龄内人员。",
    "所需材料",
    "居民身份证",
    "就业创业证",
    "办理时限",
    "材料齐全的，自受理之日起十个工作日内办结。",
    "结果领取方式",
    "审核通过后由街道（乡镇）劳动保障所通知本人，结果同步推送至个人账户。",
]
TAIL = ["咨询电话", "某市就业服务中心：0571-8263301", "办理地点", "某市市民中心三楼人社综合窗口", "收费标准", "不收费"]


def test_a_guides_last_fields_over_page_chrome_stay() -> None:
    """A guide's fields going on under its last line of text, each label over its value (咨询电话 over the
    centre's phone, 办理地点 over the hall's address), the values long enough to read as fragments, are the
    guide's table of fields up to the page's chrome (before, the reading grew over them and then cut them
    off as short lines before the chrome: all six went)."""
    lines = [*HEAD, *GUIDE, *TAIL, *FOOT]
    kept = keeps(lines)
    at = len(HEAD) + len(GUIDE)
    assert kept[at: at + len(TAIL)] == [True] * len(TAIL)
    assert kept[at + len(TAIL):] == [False] * len(FOOT)


def test_a_news_items_contact_box_over_page_chrome_still_goes() -> None:
    """A box of the site's contacts (咨询电话 / 办理时间 / 投诉电话 over their values) under a news item that
    names no guide's fields is the site's, as before: the page names too few of a guide's labels."""
    news = ["某市举办2027年春季专场招聘会", "发布时间：2027年03月02日 来源：就业科",
            "3月1日，某市2027年春季专场招聘会在市人力资源市场举行，共有一百二十家企业进场招聘，提供岗位三千余个。",
            "现场还设置了政策咨询台，为求职者解答就业创业补贴等方面的问题。"]
    box = ["咨询电话", "某市就业服务中心：0571-8263301", "办理时间", "工作日上午九点至下午五点", "投诉电话", "某市人社局办公室：0571-8263300"]
    kept = keeps([*HEAD, *news, *box, *FOOT])
    at = len(HEAD) + len(news)
    assert kept[at: at + len(box)] == [False] * len(box)


NOTICE = ["关于做好2027年春季学期校园安全工作的通知", "发布时间：2027-02-20 来源：安全股", "各中小学、幼儿园：",
          "新学期开学在即，为切实做好校园安全工作，现将有关事项通知如下。",
          "一、开学前各校要开展一次全面的安全隐患排查，重点检查校舍、消防设施和食堂。",
          "二、各校要落实值班制度，加强校门管理，严防外来人员随意进入校园。"]
SIGNED = ["某县教育局", "2027年2月20日"]
EDU_HEAD = ["某县教育局", "首页 机构概况 教育动态 通知公告", "当前位置：首页 > 通知公告"]
EDU_FOOT = ["【打印本页】 【关闭窗口】", "上一篇：某县2027年寒假学生安全提醒", "主办：某县教育局 某ICP备00000382号"]


@pytest.mark.parametrize("header", ["附件下载", "下载附件", "附件列表"])
@pytest.mark.parametrize("signed", [False, True])
def test_a_download_boxs_bare_header_over_page_chrome_goes(header: str, signed: bool) -> None:
    """A download box's header alone, no colon (附件下载), with page chrome right under it holds no file: an
    empty label, as 附件下载： is, under the text or under its signature's date (before, it stayed, as a
    caption kept with the article or as a note of the notice's closing)."""
    body = [*NOTICE, *SIGNED] if signed else NOTICE
    lines = [*EDU_HEAD, *body, header, *EDU_FOOT]
    kept = keeps(lines)
    at = len(EDU_HEAD) + len(body)
    assert kept[at] is False
    assert kept[len(EDU_HEAD) + 2: at] == [True] * (len(body) - 2)


def test_a_download_boxs_header_over_a_files_name_still_stays() -> None:
    """With a file's name under it the header and the file stay, as before (an attachment's name is the
    notice's or either)."""
    lines = [*EDU_HEAD, *NOTICE, *SIGNED, "附件下载", "附件1：安全隐患排查表.docx", *EDU_FOOT]
    at = len(EDU_HEAD) + len(NOTICE) + len(SIGNED)
    assert keeps(lines)[at: at + 2] == [True, True]


MUSEUM_HEAD = ["参观须知 - 某市博物馆", "某市博物馆", "首页", "展览", "典藏", "服务", "首页 > 服务 > 参观须知"]
MUSEUM = [*MUSEUM_HEAD, "参观须知", "开放时间", "周二至周日九点至十七点，周一闭馆。", "入馆须知",
          "请凭预约二维码及本人身份证件入馆，自觉接受安全检查。", "一楼服务台提供免费存包和轮椅租借。"]
MUSEUM_FOOT = ["地址：某市文化路8号 电话：0571-8263100", "版权所有 © 某市博物馆 某ICP备00000383号"]


@pytest.mark.parametrize(("label", "prompt"), [
    ("微信公众号", "扫码关注"),
    ("官方微博", "扫码关注"),
    ("某市博物馆微信公众号", "长按识别二维码"),
])
def test_an_accounts_label_over_its_qr_prompt_goes(label: str, prompt: str) -> None:
    """A line naming an account alone (微信公众号, 官方微博) right over a QR code's prompt after the article is
    the code's label (before, it stayed as a caption kept with the article's last line)."""
    lines = [*MUSEUM, label, prompt, *MUSEUM_FOOT]
    kept = keeps(lines)
    assert kept[len(MUSEUM)] is False
    assert kept[len(MUSEUM_HEAD): len(MUSEUM)] == [True] * (len(MUSEUM) - len(MUSEUM_HEAD))


def test_a_caption_over_a_qr_prompt_still_stays() -> None:
    """A caption over the prompt names no account: kept with the article as before."""
    lines = [*MUSEUM, "志愿者在展厅为观众讲解", "扫码关注", *MUSEUM_FOOT]
    assert keeps(lines)[len(MUSEUM)] is True


GONGKAI_HEAD = ["某县人民政府", "首页 走进某县 政务公开 政务服务 政民互动", "首页 / 政务公开 / 通知公告"]
RECORD = ["索引号：000000384/2027-00021", "发布机构：某县应急管理局", "发文日期：2027-03-04"]
ORDER = ["关于开展2027年春季森林防火宣传月活动的通知",
         "为增强群众森林防火意识，县应急管理局决定于3月开展春季森林防火宣传月活动。现将有关事项通知如下：",
         "一、各乡镇要利用集市、广播等形式开展宣传。", "某县应急管理局", "2027年3月4日"]
GONGKAI_FOOT = ["【打印】 【关闭】", "网站地图 | 联系我们", "主办：某县人民政府办公室 某ICP备00000384号-1"]


@pytest.mark.parametrize("rows", [["主题分类：公共安全"], ["主题分类：公共安全", "文号：某应急〔2027〕3号"]])
def test_a_record_tables_last_rows_under_the_headline_go(rows: list[str]) -> None:
    """One-field rows labelled as the page's record table (主题分类：…, 文号：…) right under its other rows
    (索引号, 发布机构, 发文日期, dropped) between the headline and the text are the table's last rows (before,
    the reading grew the text back over them and they stayed)."""
    lines = [*GONGKAI_HEAD, ORDER[0], *RECORD, *rows, *ORDER[1:], *GONGKAI_FOOT]
    kept = keeps(lines)
    at = len(GONGKAI_HEAD) + 1 + len(RECORD)
    assert kept[at: at + len(rows)] == [False] * len(rows)
    assert kept[at + len(rows): at + len(rows) + len(ORDER) - 1] == [True] * (len(ORDER) - 1)
    assert kept[len(GONGKAI_HEAD)] is True


def test_a_texts_own_field_under_the_record_rows_still_stays() -> None:
    """A field no record table holds (时间：…, 地点：…) under the record's rows is the text's, as before."""
    own = ["时间：2027年3月12日上午九时", "地点：县人民广场"]
    lines = [*GONGKAI_HEAD, ORDER[0], *RECORD, *own, *ORDER[1:], *GONGKAI_FOOT]
    at = len(GONGKAI_HEAD) + 1 + len(RECORD)
    assert keeps(lines)[at: at + len(own)] == [True, True]


_DOWNLOAD_HEADS = ("附件下载", "附件列表", "下载附件", "相关附件", "文件下载")


@given(st.one_of(st.sampled_from(_DOWNLOAD_HEADS), st.text(st.sampled_from("附件表名单联系人1"), min_size=1, max_size=8)),
       st.sampled_from(["", "：", ":"]), st.text(st.sampled_from("岗位表.xls某老师0571"), max_size=6))
def test_an_empty_head_is_a_label_waiting_for_its_value(label: str, colon: str, value: str) -> None:
    """boilerplate._empty_head holds for a label of one to eight characters and its colon with no value
    after it, and for a download box's bare header alone; never once a value follows."""
    from govtext.boilerplate import _empty_head

    expected = not value and (bool(colon) or label in _DOWNLOAD_HEADS)
    assert _empty_head(label + colon + value) == expected


def test_a_record_tables_rows_under_the_headline_go_however_many() -> None:
    """Six record rows under the dropped ones, a label again among them, all go (before, the reading stopped
    after four and the last two stayed as the text's first lines)."""
    rows = ["主题分类：公共安全", "文号：某应急〔2027〕3号", "主题词：防火", "发文机关：某县应急管理局",
            "信息索引号：A01-2027", "主题分类：综合政务"]
    lines = [*GONGKAI_HEAD, ORDER[0], *RECORD, *rows, *ORDER[1:], *GONGKAI_FOOT]
    kept = keeps(lines)
    at = len(GONGKAI_HEAD) + 1 + len(RECORD)
    assert kept[at: at + len(rows)] == [False] * len(rows)
    assert kept[at + len(rows): at + len(rows) + len(ORDER) - 1] == [True] * (len(ORDER) - 1)


@pytest.mark.parametrize("row", ["主题分类：公共安全 应急管理", "主题词：森林防火 宣传", "文 号：某应急〔2027〕3号",
                                 "文　　号：某应急〔2027〕3号", "有效性：有效", "时效性：现行有效"])
def test_a_record_row_with_blanks_or_an_unkeyed_label_under_the_headline_goes(row: str) -> None:
    """A record row whose value holds words apart (公共安全 应急管理), whose label is letter-spaced (文　　号), or
    whose label no portal key names (有效性) is the table's too (before, each stayed)."""
    lines = [*GONGKAI_HEAD, ORDER[0], *RECORD, row, *ORDER[1:], *GONGKAI_FOOT]
    kept = keeps(lines)
    at = len(GONGKAI_HEAD) + 1 + len(RECORD)
    assert kept[at] is False
    assert kept[at + 1: at + len(ORDER)] == [True] * (len(ORDER) - 1)


@pytest.mark.parametrize("row", ["地 点：县人民广场 东侧", "主题分类：本通知自印发之日起施行。"])
def test_a_spaced_field_of_the_texts_own_under_the_record_rows_still_stays(row: str) -> None:
    """A letter-spaced label no record holds, or a record's label over a sentence, is the text's, as before."""
    lines = [*GONGKAI_HEAD, ORDER[0], *RECORD, row, *ORDER[1:], *GONGKAI_FOOT]
    assert keeps(lines)[len(GONGKAI_HEAD) + 1 + len(RECORD)] is True


@pytest.mark.parametrize("signed", [False, True])
def test_a_download_boxs_header_with_its_attachment_word_last_over_files_stays(signed: bool) -> None:
    """下载附件 bare over files' names opens the notice's attachments as 附件下载 does: the header and the
    files stay (before, all three went as short lines after the article)."""
    body = [*NOTICE, *SIGNED] if signed else NOTICE
    box = ["下载附件", "1.招聘岗位表.xls", "2.报名登记表.docx"]
    at = len(EDU_HEAD) + len(body)
    assert keeps([*EDU_HEAD, *body, *box, *EDU_FOOT])[at: at + 3] == [True] * 3


def test_a_download_boxs_header_over_no_files_name_still_goes() -> None:
    """Over names with no file's extension (links of the site) the header goes with them, as before."""
    box = ["下载附件", "招聘岗位表", "报名登记表"]
    at = len(EDU_HEAD) + len(NOTICE)
    assert keeps([*EDU_HEAD, *NOTICE, *box, *EDU_FOOT])[at] is False
