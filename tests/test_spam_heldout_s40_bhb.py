"""Classes of lines that session 40's held-out pages 737-748 (BHB40, public institutions' pages) showed the
rules missed: a serial's links to its previous and next issue (上一期 / 下一期), a countdown under a bare label
(剩余时间：6天19时37分), and a button's call to act in the reader's words (我要报价) that the text ends on. Each page is our own
invented text; the look-alikes stay as before."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.spam import classify_lines
from page_common import keeps


def _rules(lines: list[str]) -> list[str | None]:
    """The rule of each line read alone (no page reading): None where it stays."""
    return [v.rule for v in classify_lines("\n".join(lines), page=False)]


DRAW_HEAD = ["超级大乐透第27031期开奖公告_开奖公告_某省体育彩票管理中心", "某省体育彩票管理中心", "首页 中心简介 开奖公告 公益体彩 信息公开", "当前位置：首页 > 开奖公告",
             "超级大乐透第27031期开奖公告", "发布时间：2027-03-18 21:40 浏览次数：3125"]
DRAW_TEXT = [
    "开奖日期：2027年3月18日",
    "前区号码：03 11 17 24 30",
    "后区号码：05 09",
    "奖级 中奖注数 单注奖金（元）",
    "一等奖 4 8,105,332",
    "二等奖 96 126,408",
    "三等奖 1,211 10,000",
    "四等奖 8,604 3,000",
    "五等奖 23,517 300",
    "六等奖 401,962 15",
    "本期开奖号码以国家体育总局体育彩票管理中心公告为准，中奖者请在开奖之日起60日内兑奖。",
]
DRAW_TAIL = ["开奖直播回看", "号码走势 | 中奖查询", "体彩要闻", "某市体彩站点喜中一等奖", "春季公益健步行活动举行",
             "投诉电话：0000-6612345", "主办单位：某省体育彩票管理中心", "某ICP备00000712号"]


@pytest.mark.parametrize("link", ["上一期 第27030期", "下一期 第27032期", "上一期：第12期工作简报",
                                  "下一期：2027年第4期", "[上一期] 第27030期"])
def test_a_serials_previous_and_next_issue_links_go(link: str) -> None:
    """A link to a serial's previous or next issue (a draw's, a bulletin's) is a previous/next link as 上一篇
    is (before, it stayed and the article region ran on over the page's tail)."""
    assert _rules(["正文。", link]) == [None, "related"]


@pytest.mark.parametrize("line", ["与上一期相比，本期销售额增长百分之八。", "下一期我们聊聊手机使用的约定。",
                                  "上一期工程已于去年完工", "一期 二期 三期"])
def test_issue_words_in_text_stay(line: str) -> None:
    """The words in a sentence, or not opening a line as a link's label, stay."""
    assert _rules([line]) == [None]


def test_a_draw_notices_tail_goes_after_its_issue_links() -> None:
    """Under a draw's figures (all six prize levels), its 上一期 / 下一期 links end the text: the page's
    buttons, news list and footer under them go, the figures and notes stay (before, the region grew over
    the whole tail). (A table of three rows over one sentence is still read as chrome: left.)"""
    links = ["上一期 第27030期", "下一期 第27032期"]
    kept = keeps([*DRAW_HEAD, *DRAW_TEXT, *links, *DRAW_TAIL])
    n = len(DRAW_HEAD)
    assert all(kept[n:n + len(DRAW_TEXT)])
    assert not any(kept[n + len(DRAW_TEXT):])


@pytest.mark.parametrize("timer", ["剩余时间：6天19时37分", "报名倒计时：2天 03时 15分", "倒计时:05时12分30秒",
                                   "报价剩余时间：1天2小时"])
def test_a_countdown_under_a_bare_label_goes(timer: str) -> None:
    """A countdown under its bare label (剩余时间：, 倒计时：), the time left in two units or more, is a widget as
    距…还有 3天 06时 is (before, it stayed)."""
    assert _rules(["正文。", timer]) == [None, "widget"]


@pytest.mark.parametrize("line", ["剩余时间：3天", "倒计时：5分钟", "剩余时间：6天19时37分，请抓紧报价。",
                                  "合同剩余时间不足三个月", "剩余工期：12天5小时"])
def test_a_time_field_or_sentence_stays(line: str) -> None:
    """One unit (a table's field), a sentence, another label: they stay."""
    assert _rules([line]) == [None]


INQUIRY_HEAD = ["某集团电子采购平台", "供应商登录 供应商注册 操作手册", "首页 采购公告 询价公告 结果公示",
                "当前位置：首页 > 询价公告", "某分公司办公耗材采购询价公告",
                "询价编号：XJ-2027-0001 发布时间：2027-04-01 09:00:00"]
INQUIRY_TEXT = [
    "某分公司因日常办公需要，拟对下列耗材进行询价采购，欢迎符合条件的供应商报价。",
    "一、采购内容",
    "1 复印纸 A4 70g 箱 40",
    "2 硒鼓 适配黑白激光打印机 个 12",
    "二、报价要求",
    "1.报价为含税送达价，报价有效期30天；",
    "2.交货期为合同签订后7日内。",
    "三、联系方式",
    "采购人：某分公司 联系人：孙工 电话：0000-1234567",
    "平台技术支持：400-000-0000",
]
INQUIRY_TAIL = ["报价须知 | 常见问题 | 投诉建议", "相关公告", "某分公司劳保用品采购询价公告", "主办单位：某集团有限公司",
                "某ICP备00000713号"]


def test_an_inquirys_countdown_and_buttons_go_its_contacts_stay() -> None:
    """An inquiry's countdown under its number row and its 我要报价 button under its contact rows go; the
    contact rows of its last section stay (before, the countdown and the button stayed, the button read as
    a line of the last section)."""
    lines = [*INQUIRY_HEAD, "剩余时间：3天04时18分", *INQUIRY_TEXT, "我要报价", *INQUIRY_TAIL]
    kept = dict(zip(lines, keeps(lines)))
    assert not kept["剩余时间：3天04时18分"] and not kept["我要报价"]
    assert all(kept[x] for x in INQUIRY_TEXT)


@pytest.mark.parametrize("buttons", [["我要报价", "收藏项目"], ["我要投稿"], ["[我要投标]", "收藏 分享"]])
def test_a_call_to_act_ending_the_text_goes_with_the_buttons_under_it(buttons: list[str]) -> None:
    """A call to act (我要 and a verb of two characters) the region ends on, and the short lines under it to
    the page's chrome, are the page's buttons, however the region took them (before, they stayed as its last
    section's lines)."""
    lines = [*INQUIRY_HEAD, *INQUIRY_TEXT, *buttons, *INQUIRY_TAIL]
    kept = dict(zip(lines, keeps(lines)))
    assert not any(kept[b] for b in buttons)
    assert all(kept[x] for x in INQUIRY_TEXT)


@pytest.mark.parametrize("line", ["我要开餐馆", "我要当兵去", "我要报价。", "我要读书，读好书"])
def test_a_longer_call_or_a_sentence_ending_the_text_stays(line: str) -> None:
    """A service's name or a headline says more (我要开餐馆); a sentence is the text's: they stay where a
    button goes."""
    lines = [*INQUIRY_HEAD, *INQUIRY_TEXT, line, *INQUIRY_TAIL]
    assert dict(zip(lines, keeps(lines)))[line]


def test_a_call_to_act_with_the_text_going_on_under_it_stays_to_the_reading() -> None:
    """A call to act between the text's lines (a question's 我要提问 over the answers) is no button ending it:
    the pass leaves it, the text under it stays."""
    text = ["一、办理条件", "本市户籍居民均可申请。", "我要咨询", "二、办理材料", "身份证原件及复印件。",
            "三、办理时限", "材料齐全的，5个工作日内办结。"]
    lines = [*INQUIRY_HEAD[:5], *text, *INQUIRY_TAIL]
    kept = dict(zip(lines, keeps(lines)))
    assert all(kept[x] for x in text if x != "我要咨询")


def test_a_button_under_an_entrys_fields_ends_no_text() -> None:
    """A call to act under an activity's header fields, a share bar under it, is no button ending the text:
    the fields over it and the text under it stay (a line rule dropping it cut the region there)."""
    fields = ["服务时间：2027年3月6日—5月29日 每周六 09:00-11:30", "服务地点：某街道某社区党群服务中心二楼阅览室",
              "服务类型：助学支教", "服务对象：社区6至12岁儿童", "发布组织：某图书馆志愿服务队", "联系人：周老师 0000-7654321"]
    text = ["活动介绍", "为丰富社区儿童的周末生活，某社区开展周末伴读活动，志愿者陪伴孩子们阅读绘本、讲故事。",
            "报名要求", "1. 年满18周岁，有耐心，喜欢与孩子相处；", "2. 能连续参加4次以上活动。"]
    head = ["社区周末伴读志愿服务活动-活动详情-某志愿服务网", "某志愿服务网", "首页 志愿项目 志愿团体 新闻动态 登录 注册",
            "首页 > 志愿项目 > 活动详情", "社区周末伴读志愿服务活动", "招募中", "已招募 8/20 人 浏览 512"]
    lines = [*head, *fields, "我要报名", "收藏 分享", *text, "相关活动", "某公园垃圾分类宣传引导", "主办：某志愿服务联合会"]
    kept = dict(zip(lines, keeps(lines)))
    assert all(kept[x] for x in (*fields, *text))


@given(st.text(alphabet="我要报价剩余时间倒计时上一期下:：天时分秒0123456789 。，[]", max_size=30))
def test_no_sentence_is_taken_for_a_countdown_a_button_or_an_issue_link(s: str) -> None:
    """Whatever the words, a line holding a sentence mark, read alone, is never one of these widgets or
    links (the button's pass is the page reading's: the test below)."""
    line = s.strip() + "。"
    (v,) = classify_lines(line, page=False)
    assert v.keep or not v.reason.startswith(("countdown", "a button's call to act", "previous/next"))


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="我要报价收藏分享项目联系人电话:：0123456789 。，[]", max_size=30))
def test_no_sentence_under_a_call_ending_the_text_is_taken_for_its_buttons(s: str) -> None:
    """Whatever the words, a line holding a sentence mark under a call to act the text ends on is never
    taken with it for the page's buttons, nor is the call."""
    line = s.strip() + "。"
    lines = [*INQUIRY_HEAD, *INQUIRY_TEXT, "我要报价", line, *INQUIRY_TAIL]
    n = len(INQUIRY_HEAD) + len(INQUIRY_TEXT)
    for v in classify_lines("\n".join(lines), page=True)[n:n + 2]:
        assert v.keep or not v.reason.startswith("a button's call to act")


LONG_ATTACHMENTS = ("附件清单：1.课题申报书模板，2.课题论证活页，3.经费预算表，4.成果形式说明，5.推荐意见表，6.诚信承诺书，"
                    "7.往届优秀课题汇编，8.申报系统操作指引，9.常见问题解答，10.评审专家回避申请表，11.课题组成员名单表")


@pytest.mark.parametrize("under", [
    ["我要申报", "联系人：刘老师，电话：0000-7654321，地址：某县某街8号教研室，邮箱：liu@example.org"],
    ["我要申报", LONG_ATTACHMENTS],
    ["我要参赛", "本届征文共收到中小学生来稿六百余篇，经初评和复评，评出一等奖20篇、二等奖40篇、三等奖60篇",
     "公示期：2027年5月6日至5月12日，如有异议请与组委会联系"],
    ["留言栏目开通以来，共收到群众来信九十余封，现选登部分如下。", "我要留言",
     "关于增设公交站台遮阳棚的建议 赵某 2027-04-11", "关于开放学校操场的建议 钱某 2027-04-12"],
])
def test_a_call_over_the_texts_long_lines_stays_with_them(under: list[str]) -> None:
    """A call to act over lines longer than a button (a contact line, a list of attachments, a section
    heading over its sentence, a column's heading over letters' titles) heads the text's lines: they all
    stay on the page (before, the call and the lines under it went as the page's buttons)."""
    lines = [*INQUIRY_HEAD, *INQUIRY_TEXT, *under, *INQUIRY_TAIL]
    kept = dict(zip(lines, keeps(lines)))
    assert all(kept[x] for x in under)


@pytest.mark.parametrize("line", ["上一期：我们谈了新生入园的分离焦虑，许多家长留言，这一期接着谈",
                                  "下一期：我们将发布秋季招生计划和报名安排，请留意",
                                  "下一期 将推出“社区养老”专题、典型案例和读者问答",
                                  "上一期：已发放补贴资金380万元"])
def test_a_statement_under_an_issue_label_stays(line: str) -> None:
    """Under 上一期 / 下一期, a statement (clauses, a list, a figure of what was done) is the text's, not a
    link naming an issue (before, it went as a previous/next link)."""
    assert _rules(["正文。", line]) == [None, None]


@pytest.mark.parametrize("link", ["上一期 27030", "[下一期]：夏季防溺水专题", "[上一期] 第3期 [下一期] 第5期"])
def test_an_issue_link_naming_a_number_or_a_short_title_goes(link: str) -> None:
    """A number, or a short title under a bracketed label, is an issue's link as 第N期 is."""
    assert _rules(["正文。", link]) == [None, "related"]


def test_a_columns_recap_of_its_last_issue_stays_with_the_text_under_it() -> None:
    """A column opening on a recap of its last issue (上一期：…，…) keeps it and the text under it (before,
    the recap went as a link and the article was cut)."""
    head = ["亲子阅读专栏（第8期）_某县图书馆", "某县图书馆", "首页 馆情简介 读者服务 阅读推广", "当前位置：首页 > 阅读推广",
            "亲子阅读专栏（第8期）：怎样陪孩子读绘本", "发布时间：2027-05-10 来源：少儿阅览部"]
    text = ["上一期：我们聊了怎样给孩子挑选绘本，很多家长来信追问，这一期继续",
            "一、先让孩子看图说话。", "不要急着念字，先请孩子说说图上发生了什么，再一起读文字。",
            "二、每天固定一段时间。", "睡前二十分钟是很多家庭的选择，时间固定，孩子更容易养成习惯。",
            "三、读完聊一聊。", "问问孩子最喜欢哪一页、为什么，让阅读变成交流。"]
    tail = ["相关文章", "亲子阅读专栏（第7期）", "主办单位：某县图书馆", "某ICP备00000714号"]
    lines = [*head, *text, *tail]
    assert all(dict(zip(lines, keeps(lines)))[x] for x in text)


@pytest.mark.parametrize("link", ["上一篇：本期销量比上一期增长20%", "上一篇：线上一期培训班，共500人",
                                  "下一篇：二期工程较上一期提前完工"])
def test_an_issue_word_inside_a_titles_words_is_no_issue_label(link: str) -> None:
    """上一期 / 下一期 inside a link title's words (比上一期, 线上一期) is no issue label: the line is a previous/next
    link as its 上一篇 says (before, its words were read as a statement under an issue label and it stayed)."""
    assert _rules(["正文。", link]) == [None, "related"]


@pytest.mark.parametrize("blank", [False, True])
def test_a_call_to_act_and_its_buttons_go_on_blank_separated_text(blank: bool) -> None:
    """Blank lines between the text's lines (crawled text) hide no call to act and its buttons from the pass
    (before, the quick check read the blank lines and the pass never ran)."""
    buttons = ["我要报价", "收藏", "分享"]
    lines = [*INQUIRY_HEAD, *INQUIRY_TEXT, *buttons, *INQUIRY_TAIL]
    if blank:
        lines = [x for s in lines for x in (s, "")][:-1]
    kept = dict(zip(lines, keeps(lines)))
    assert not any(kept[b] for b in buttons)
    assert all(kept[x] for x in INQUIRY_TEXT)


@pytest.mark.parametrize("line", ["下一期：我们将走进社区", "上一期：谈谈孩子的睡眠", "下一期 敬请期待"])
def test_a_bare_title_under_a_lone_unbracketed_issue_label_stays(line: str) -> None:
    """A lone 上一期： / 下一期 not in brackets over a bare phrase with no issue's reference or number is the text's
    (a column's preview or recap; before, it went as a previous/next link)."""
    assert _rules(["正文。", line]) == [None, None]


@pytest.mark.parametrize("link", ["[下一期] 夏季防溺水专题", "上一期：春季防火 下一期：夏季防溺水", "下一期：第5期 防溺水"])
def test_a_bracketed_or_paired_issue_label_over_a_title_goes(link: str) -> None:
    """A bracketed label, or two labels sharing the line, over a short title, or a label over an issue's
    reference, is an issue's link."""
    assert _rules(["正文。", link]) == [None, "related"]
