"""Classes of lines that session 39's held-out pages 701-712 (BHB) showed the rules lost or missed, on pages
whose content is made of what is usually chrome: a rule's article that speaks of 转载 (read as the site's
reprint terms), a notice's numbered clause naming 主办单位 and 备案号 (read as the footer), a contact page's
headline 联系我们 (a footer link) and its fields under it, a rating bar's bare label and a form's consent
box (both kept). Each page is our own invented text; the look-alikes stay or go as before."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from page_common import keeps

HEAD = ["某区人民政府", "首页", "政务公开", "政策文件", "政务服务", "政民互动", "当前位置：首页 > 政务公开 > 政策文件"]
FOOT = ["【打印本页】【关闭窗口】", "相关文件", "某区政务新媒体管理办法", "网站地图 | 联系我们",
        "主办单位：某区人民政府办公室", "某ICP备00000701号-1"]


def _kept(body: list[str], head: list[str] = HEAD, foot: list[str] = FOOT) -> list[bool]:
    """Whether each line of *body* is kept between the page's *head* and *foot*; the chrome must go."""
    kept = keeps([*head, *body, *foot])
    assert kept[len(head) + len(body):] == [False] * len(foot)
    return kept[len(head):len(head) + len(body)]


RULES = [
    "某区政府网站信息发布管理办法",
    "第一条 为规范区政府网站信息发布工作，确保发布内容准确、及时、安全，制定本办法。",
    "第二条 区政府办公室负责网站的统筹管理，区大数据中心负责网站的技术保障。",
    "第三条 发布的信息须标明来源和作者。转载其他网站信息的，应注明原文出处，不得歪曲原意。",
    "第四条 已发布信息有误的，发布单位应及时更正。",
    "第五条 本办法自印发之日起施行。",
    "某区人民政府办公室",
    "2026年8月21日",
]


def test_a_rules_article_on_reprints_is_the_rules_text() -> None:
    """An article of a rule (第三条 …) that speaks of 转载 and 注明出处 is the rule's text, not the site's
    reprint terms: it stays, and so do the articles, signature and date under it (before, all went as
    the site's notice and what goes on from it)."""
    assert _kept(RULES) == [True] * len(RULES)


@pytest.mark.parametrize("note", ["本网原创内容，未经授权不得转载，违者必究。", "凡本网注明来源的稿件，转载请注明出处。"])
def test_the_sites_reprint_terms_still_go(note: str) -> None:
    """The site's own reprint terms after the text, no article number opening them, go as before."""
    kept = keeps([*HEAD, *RULES, note, *FOOT])
    assert kept[len(HEAD) + len(RULES)] is False


LINKS = [
    "关于征集友情链接的公告",
    "为加强与兄弟院校的交流，学校门户网站现面向社会征集友情链接。有关事项公告如下：",
    "一、申请条件",
    "1. 申请单位应为高等学校、科研院所或与我校有合作关系的单位；",
    "2. 申请网站须已取得ICP备案，并在页面底部标明网站名称、主办单位和备案号；",
    "3. 网站内容健康，无弹窗广告，近三个月内有更新。",
    "二、申请方式",
    "请将网站名称、首页网址和备案号发送至指定邮箱，学校收到后十个工作日内完成审核。",
    "联系人：某老师 电话：0000-5286390",
    "党委宣传部",
    "2026年10月20日",
]


def test_a_numbered_clause_naming_footer_words_is_the_notices() -> None:
    """A numbered item going on past a comma that names 主办单位 and 备案号 is a clause of the notice, not
    the footer: it stays, and with it the rest of the text, its contact row, signature and date (before,
    the clause went as the footer and the text was cut there)."""
    assert _kept(LINKS) == [True] * len(LINKS)


@pytest.mark.parametrize("row", ["主办单位：某区人民政府办公室 备案号：某ICP备00000701号", "1. 主办单位 备案号"])
def test_footer_rows_with_those_words_still_go(row: str) -> None:
    """A footer row of the same words, no clause in it (numbered or not), goes as before."""
    kept = keeps([*HEAD, *LINKS, row, *FOOT])
    assert kept[len(HEAD) + len(LINKS)] is False


CONTACT_HEAD = ["联系我们-某县自然资源局", "某县自然资源局", "首页", "机构设置", "政务公开", "办事服务",
                "当前位置：首页 > 联系我们"]
CONTACT = [
    "联系我们",
    "单位地址：某县北环路16号",
    "邮政编码：000000",
    "办公电话：0000-1234567",
    "办公时间：周一至周五上午8:30-12:00，下午14:30-17:30，节假日除外。",
    "乘车路线：乘坐1路、5路公交车到某某站下车，向东步行约两百米即到。",
]
CONTACT_FOOT = ["网站地图 | 联系我们", "主办单位：某县自然资源局", "某ICP备00000706号"]


def test_a_contact_pages_headline_named_by_its_title_stays() -> None:
    """联系我们 alone under the breadcrumb, the page title opening with it, is the contact page's headline
    over its text (before, it went as a footer bar's link); the footer's bar with it still goes."""
    assert _kept(CONTACT, CONTACT_HEAD, CONTACT_FOOT) == [True] * len(CONTACT)


def test_a_footer_link_the_title_does_not_name_still_goes() -> None:
    """On another page (its title names no footer link), 联系我们 alone over the footer goes as before."""
    head = ["关于开展植树活动的通知-某县自然资源局", *CONTACT_HEAD[1:-1], "当前位置：首页 > 通知公告"]
    body = ["关于开展植树活动的通知", "各股室：为改善生态环境，局机关定于3月12日组织义务植树活动，请各股室准时参加。"]
    kept = keeps([*head, *body, "联系我们", "网站地图", "某ICP备00000706号"])
    assert kept[len(head):] == [True, True, False, False, False]


FIELDS = [
    "某县自然资源局联系方式",
    "单位名称：某县自然资源局",
    "单位地址：某县北环路16号自然资源大楼",
    "邮政编码：000000",
    "办公电话：0000-1234567",
    "传真：0000-1234568",
    "电子邮箱：zrzy@example.cn",
    "办公时间：周一至周五上午8:30-12:00，下午14:30-17:30，节假日除外。",
    "乘车路线：乘坐1路、5路公交车到某某站下车，向东步行约两百米即到。",
]


def test_a_contact_block_under_the_headline_stays() -> None:
    """The contact fields under the headline (邮编, 电话, 传真, 邮箱 under 地址), few Han characters each,
    are the contact page's text, kept as a run under the fields kept (before, those after the line right
    under the headline went as a run of short lines before the article)."""
    head = ["联系方式-某县自然资源局", *CONTACT_HEAD[1:-1], "当前位置：首页 > 联系方式"]
    assert _kept(FIELDS, head, CONTACT_FOOT) == [True] * len(FIELDS)


REPLY = [
    "关于小区路灯不亮的诉求答复",
    "诉求内容：市民反映某小区3号楼前的路灯已有两周不亮，夜间出行不便，希望尽快修复。",
    "答复内容：经现场核实，该路灯因线路老化损坏，物业公司已于11月10日更换线路，路灯恢复正常。",
    "感谢您对我们工作的支持！",
]
REPLY_FOOT = ["非常满意 满意 基本满意 不满意", "相关诉求", "关于某路段积水的诉求答复", "主办：某市政务服务管理办公室",
              "某ICP备00000711号"]


@pytest.mark.parametrize("label", ["满意度评价：", "服务评价：", "评价："])
def test_a_rating_bars_bare_label_goes_with_it(label: str) -> None:
    """A rating bar's label alone over it (满意度评价：) is the widget's, as its prompt is (before,
    满意度评价： stayed under the reply; the shorter labels went already as short chrome)."""
    kept = keeps([*HEAD, *REPLY, label, *REPLY_FOOT])
    assert kept[len(HEAD):] == [True] * len(REPLY) + [False] * (1 + len(REPLY_FOOT))


TERMS = [
    "用户注册服务协议",
    "欢迎您注册本平台。请您在注册前仔细阅读本协议，您点击同意即表示已阅读并接受本协议全部内容。",
    "一、用户应使用本人真实身份信息注册，一个身份证号只能注册一个个人账号。",
    "二、用户应妥善保管账号和密码，发现账号被盗用的，应立即通过找回密码功能重置密码。",
]


@pytest.mark.parametrize("box", ["我已阅读并同意《用户注册服务协议》", "□ 已阅读并同意《用户协议》和《隐私政策》"])
def test_a_forms_consent_box_goes(box: str) -> None:
    """A consent box under a registration's terms (我已阅读并同意《…》, a check box before it or not) is the
    form's, not the text (before, it stayed)."""
    kept = keeps([*HEAD, *TERMS, box, "同意", "不同意", *FOOT])
    assert kept[len(HEAD):len(HEAD) + len(TERMS) + 1] == [True] * len(TERMS) + [False]


def test_a_guide_step_quoting_the_consent_box_stays() -> None:
    """A guide's step that quotes the box among its words stays, as before."""
    step = "第四步：核对无误后勾选“我已阅读并同意《服务协议》”，再点击“提交”。"
    kept = keeps([*HEAD, *TERMS, step, *FOOT])
    assert kept[len(HEAD):len(HEAD) + len(TERMS) + 1] == [True] * (len(TERMS) + 1)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="我已阅读并同意接受《》用户协议和□ ,隐私", max_size=40))
def test_the_consent_box_pattern_only_matches_a_named_term(s: str) -> None:
    """Whatever the text, a consent box is the read-and-accept words and at least one name in 《》."""
    from govtext.spam import Widget

    if Widget._consent.fullmatch(s):
        assert "阅读并" in s and "《" in s and s.rstrip().endswith("》")


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="办公地址电话传真邮箱编码：:0123456789-@. 某", max_size=40))
def test_the_contact_field_pattern_holds_one_label_and_its_value(s: str) -> None:
    """Whatever the text, a contact field is one label, one colon and a value with no space or colon."""
    from govtext.boilerplate import _CONTACT_FIELD

    if _CONTACT_FIELD.fullmatch(s):
        value = s.replace("：", ":").split(":", 1)[1]
        assert value.strip() and " " not in value.strip() and ":" not in value


NAV = ["首页", "机构概况", "政务公开", "政策法规", "互动交流", "办事服务"]
ADDRESS = ["办公地址：某某省某某市某某区某某大道一百二十八号市政务服务中心", "邮政编码：410000", "值班电话：0731-88886666"]
PAGES_WITH_FOOTER_LINKS = [
    (["联系我们-某某市人民政府", *NAV, "联系我们", *ADDRESS],
     ["联系我们", "地址：某某市某某路1号 电话：0731-88886666", "网站地图", "湘ICP备12345678号-1"]),
    (["网站地图-某某局", *NAV, "网站地图", "机构概况 政务公开 政策法规 互动交流", "领导信息 机构职能 内设机构 直属单位"],
     ["网站地图", "主办：某某局 承办：某某信息中心", "湘ICP备12345678号-1"]),
]


@pytest.mark.parametrize(("page", "foot"), PAGES_WITH_FOOTER_LINKS)
def test_the_footers_own_copy_of_the_titled_link_still_goes(page: list[str], foot: list[str]) -> None:
    """On the page a footer link leads to, only the headline (the first copy under the title) is kept
    back: the footer's own lone copy of the link and the footer line under it go (before, both stayed)."""
    from govtext import drop_spam_lines

    kept = drop_spam_lines("\n".join([*page, *foot])).split("\n")
    assert kept[-len(page) + len(NAV) + 1:] == page[len(NAV) + 1:]  # (the headline and its text, then nothing)


def test_a_titled_links_page_is_idempotent() -> None:
    """drop_spam_lines read again keeps what it kept (before, the headline went as chrome while the footer's
    copy over a sentence stayed, and went on the second pass)."""
    from govtext import drop_spam_lines

    page = ["联系我们-某某局", *NAV, "联系我们", *ADDRESS, "联系我们",
            "如您对本网站有任何意见和建议，欢迎通过以下方式与我们联系，我们将认真研究并及时答复。", *FOOT]
    once = drop_spam_lines("\n".join(page))
    assert drop_spam_lines(once) == once


@pytest.mark.parametrize("line", ["本人已认真阅读并知晓《2026年某某市公务员考试考生须知》",
                                  "本人已仔细阅读并接受《某某市公务员考试违纪违规行为处理办法》",
                                  "本人已阅读并同意《某某市2026年事业单位公开招聘公告》"])
def test_a_commitment_letters_own_sentence_is_no_consent_box(line: str) -> None:
    """A 承诺书's sentence that the signer has read a named document (本人, 认真/仔细, 知晓/接受) is the
    letter's text, not a web form's check box: the widget rule leaves it (before, it went, page or not)."""
    from govtext import classify_lines

    assert classify_lines(line, page=False)[0].keep


def test_a_contact_box_under_another_pages_headline_still_goes() -> None:
    """The run of contact fields is kept under a contact page's headline only (its title or headline names
    联系, 通讯 or 地址): under a 招聘公告's headline, a sidebar's 联系方式 box's short fields (邮编, 电话, 传真,
    邮箱) go as before the contact rule (before this fix, the whole box stayed)."""
    head = ["某县自然资源局2026年招聘公告-某县自然资源局", *CONTACT_HEAD[1:-1], "当前位置：首页 > 通知公告"]
    body = ["某县自然资源局2026年招聘公告", *FIELDS[1:7],
            "根据工作需要，某县自然资源局决定面向社会公开招聘工作人员5名，现将有关事项公告如下：",
            "一、招聘岗位及人数", "本次招聘岗位为综合管理岗，共5名，具体岗位要求见附件。"]
    kept = keeps([*head, *body, *CONTACT_FOOT])[len(head):len(head) + len(body)]
    assert kept[3:7] == [False] * 4 and kept[0] and kept[-3:] == [True] * 3


@pytest.mark.parametrize("row", ["(三)联系我们, 网站地图", "3、联系我们，关于我们", "1. 主办单位：某某市教育局, 承办单位：某某市教育信息中心"])
def test_a_numbered_footer_row_is_no_clause(row: str) -> None:
    """A numbered item past a comma is a notice's clause only when it says more than the footer's words and
    fields: numbered links or fields go as footer lines, page or not (before, the number kept them)."""
    from govtext import classify_lines

    assert [v.rule for v in classify_lines(row, page=False)] == ["footer"]


def test_a_numbered_clause_naming_footer_links_stays() -> None:
    """A clause naming the links among its own words stays (its rest past the footer words is a sentence)."""
    from govtext import classify_lines

    assert classify_lines("2. 网站须设置联系我们、网站地图栏目, 并保持链接有效", page=False)[0].keep
