"""Session 23's blind set for the mojibake repair (MJ23): a fourth set, written before reading
``govtext.mojibake`` or its tests, of our own text in the style of crawled government and
education pages. It stresses what s19–s22 covered less: whole pages where only one line is
damaged (a menu, a footer, a body line), damage inside a JSON or CSV field or after an HTML
entity, UTF-8 read as windows-1252 the way browsers read it (“ ” — around Chinese:
``â€œ…â€\\x9d``), GBK read as Latin-1 beside ASCII numbers, URLs, e-mail addresses, dates and
full-width punctuation, double damage (UTF-8 read as GBK, that text again read as Latin-1), a
record cut inside a character, 《》 and 【】 titles, short damaged lines of two to four
characters, traditional text of Big5 sites read as GBK or Latin-1, Korean, kana, math symbols,
emoji and tone Pinyin inside damaged text. Clean controls that look suspicious but are right
(鍀 锟 烫 屯, 斤/拷 in words, 锟斤拷 quoted, café, Zürich, Ångström, kana, Korean, ≤≥±×÷, box
drawing, tone Pinyin, emoji) must come back unchanged.

Expected: the original; where bytes were lost, the original with each lost character marked
(U+FFFD) or rightly restored; never a character the original did not have there.

Mechanism syntax (see ``blind.mojibake_damage``): ``enc>dec`` (decode with errors="replace"),
``enc>dec/ignore``, ``cutN:enc>dec``, steps joined by ``|``; ``lineK=`` damages line K only,
``@K=`` the text from character K on, ``@K-L=`` characters K to L-1; ``gapK:enc>dec`` loses
the last byte of character K-1; the decoder ``w1252`` is windows-1252 as browsers read it.
"""

from __future__ import annotations

import pytest

from blind import check_repair, mojibake_cases
from blind import mojibake_damage as _damage
from blind import mojibake_score as _score
from govtext.mojibake import explain_mojibake, fix_mojibake

# (original, mechanism)
DAMAGED: list[tuple[str, str]] = [
    # whole pages, one line damaged
    (
        "首页 | 机构概况 | 政务公开 | 办事服务\n市教育局召开2026年度工作部署会\n会议由局党组书记主持，各科室负责人参加。",
        "line0=utf-8>gbk",
    ),
    (
        "当前位置：首页 > 通知公告\n关于开展校园食品安全专项检查的通知\n各区县教育局：为切实保障师生饮食安全，决定开展专项检查。\n责任编辑：王丽",
        "line2=gbk>cp1252",
    ),
    (
        "学校召开期末教学工作总结会\n会上，各年级组长汇报了本学期教学情况。\n版权所有：临江市第三中学　ICP备案号：苏ICP备20261234号-1",
        "line2=utf-8>gbk",
    ),
    ("学校简介\n办学理念\n联系我们", "line1=utf-8>gbk"),
    ("上一篇\n下一篇", "line0=gbk>latin-1"),
    ("嘉宾：Müller教授\n主题：人工智能与教育\n单位：慕尼黑工业大学", "line2=gbk>latin-1"),
    # JSON, CSV, HTML fields and entities
    ('{"id": 1024, "title": "关于调整中小学作息时间的通知", "date": "2026-03-02"}', "@23-37=utf-8>gbk"),
    ('{"name":"王小明","school":"育才中学","grade":"七年级"}', "gbk>latin-1"),
    ("序号,学校名称,联系人,电话\n3,城关镇中心小学,刘老师,0935-6123456", "line1=utf-8>gbk"),
    ("2,实验幼儿园,张园长,13912345678", "gbk>latin-1"),
    ('<td class="title">教学质量监测报告</td>', "utf-8>gbk"),
    ("发布日期：2026-01-05&nbsp;&nbsp;阅读次数：326&nbsp;来源：教研室", "utf-8>gbk"),
    ("&ldquo;双减&rdquo;背景下作业设计的实践探索", "utf-8>gbk"),
    ("&lt;p&gt;各学校要于本周五前上报名单。&lt;/p&gt;", "gbk>latin-1"),
    ("&nbsp;&nbsp;通知公告", "gbk>cp1252"),
    # UTF-8 read as windows-1252 around Chinese
    ("学校开展“书香校园——阅读伴我成长”主题活动", "utf-8>w1252"),
    ("他说：“教育是一项‘慢’的事业。”", "utf-8>w1252"),
    ("2026—2027学年第一学期校历", "utf-8>w1252"),
    ("第三章　学籍管理——转学与休学", "utf-8>w1252"),
    ("拼音：Zhōngguó，英文：China", "utf-8>cp1252"),
    ("第1期 Newsletter：校园动态", "utf-8>latin-1"),
    # GBK read as Latin-1 beside ASCII and full-width punctuation
    ("详见：http://www.example-edu.cn/tzgg/2026/0315.html，或致电010-66096789。", "gbk>latin-1"),
    ("请于2026年4月10日前将材料发送至jyk2026@126.com（逾期不予受理）。", "gbk>cp1252"),
    ("考试时间：２０２６年６月７日上午９：００—１１：３０", "gbk>latin-1"),
    ("报名网址：https://bm.example.org.cn/?type=2&year=2026，咨询ＱＱ群：123456789", "gbk>cp1252"),
    ("瑞士Zürich大学代表团访问我校", "gbk>latin-1"),
    # double damage
    ("课后服务工作方案", "utf-8>gbk|utf-8>latin-1"),
    ("教育信息化建设", "utf-8>gbk|utf-8>w1252"),
    ("【通知】期中考试安排", "utf-8>gbk|utf-8>cp1252"),
    # cut inside a character at a record boundary
    ("关于做好春季开学准备的通知\n各中小学、幼儿园：", "line0=cut1:utf-8>gbk"),
    ("2026年高职扩招计划表", "cut2:utf-8>gbk"),
    ("学前教育宣传月", "cut1:gbk>latin-1"),
    ("学校名称：实验小学|所在区：高新区", "gap9:utf-8>gbk"),
    # titles
    ("《中华人民共和国教育法》第十九条", "gbk>latin-1"),
    ("【图片新闻】《青春心向党》文艺汇演精彩上演", "utf-8>gbk"),
    ("【字体：大 中 小】", "utf-8>gbk"),
    # short lines
    ("通知", "utf-8>gbk"),
    ("附件", "gbk>latin-1"),
    ("首页", "utf-8>cp1252"),
    ("返回顶部", "utf-8>gbk"),
    ("打印", "gbk>cp1252"),
    ("关闭", "utf-8>gb18030"),
    # traditional text of Big5 sites, traditional UTF-8
    ("學校行事曆", "big5>gbk"),
    ("招生簡章", "big5>gbk"),
    ("國立臺灣師範大學附屬高級中學", "big5>latin-1"),
    ("選課說明：每學期至少修習二十學分。", "big5>cp1252"),
    ("資訊教育推動計畫", "utf-8>big5"),
    # other scripts and symbols inside damaged text
    ("韩国首尔대학교代表团来访", "utf-8>gbk"),
    ("成绩≥90分为优秀，60≤成绩<90为合格", "utf-8>gbk"),
    ("开学第一课🎉欢迎新同学", "utf-8>gbk"),
]

CLEAN: list[str] = [
    "化学元素锝，旧称鍀，符号Tc",
    "王锟同学在全省数学竞赛中获一等奖",
    "请将课件拷贝到U盘，做事不要斤斤计较",
    "烫发、熨烫衣服时注意用电安全",
    "屯垦戍边精神代代相传",
    "乱码“锟斤拷”是怎么产生的？",
    "校门口新开的café里也能自习",
    "苏黎世（Zürich）联邦理工学院代表团来访",
    "光波长单位Ångström（埃）",
    "参考日本文部科学省「学びの保障」に関する通知",
    "한국교육개발원与我院签署合作协议",
    "评分标准：x≥90为A，80≤x<90为B，成绩±2分浮动，3×4÷2=6",
    "╔══╦══╗\n║年级║人数║\n╠══╬══╣\n║初一║ 320║\n╚══╩══╝",
    "Lǚ Xiǎomíng（吕晓明）获得奖学金",
    "🎉祝贺我校合唱团获奖👍",
    "德国MÜNCHEN大学与我校合作",
    "Ça va? Très bien. Señor Núñez来访",
    "陈喆与李昇、鑫淼同学获评三好学生",
]

# Misses after the fixes (unseen run, commit 1aa455d: 45/50, 0 controls changed; #25 #42 #47
# #49 repaired since), by index in DAMAGED.
MISSES: dict[int, str] = {
    43: (
        "Big5 read as GBK without a lost byte (every pair decoded: ┷ネ虏彻): no U+FFFD or "
        "private-use character to show the reading is wrong, left as it was"
    ),
}


@pytest.mark.parametrize(("text", "mech"), mojibake_cases(DAMAGED, MISSES, named=True))
def test_blind_damaged(text: str, mech: str) -> None:
    check_repair(_damage(text, mech), text)


@pytest.mark.parametrize("text", CLEAN)
def test_blind_clean(text: str) -> None:
    assert fix_mojibake(text) == text


def test_set_size() -> None:
    assert len(DAMAGED) == 50 and len(set(DAMAGED)) == 50
    assert len(CLEAN) == 18 and len(set(CLEAN)) == 18


@pytest.mark.parametrize("text", ["点赞👍我校获奖", "祝贺🎉喜报", "开学第一课🎉欢迎新同学"])
def test_utf8_as_gbk_with_an_emoji(text: str) -> None:
    """UTF-8 read as GBK around an emoji (four bytes, 馃 and its neighbours): the emoji costs
    what a rare Han character costs, so a short line with one is repaired, as without it."""
    damaged = text.encode().decode("gbk", "replace")
    assert _score(fix_mojibake(damaged), text) == (True, 0)


@pytest.mark.parametrize("text", ["韩国留学生김민수同学获优秀毕业生称号", "韩国首尔대학교代表团来访"])
def test_utf8_as_gbk_with_a_korean_name(text: str) -> None:
    """UTF-8 read as GBK around a Korean name: Hangul syllables cost what a rare Han
    character costs (kana and Hangul jamo stay the signs of mojibake they are in Chinese
    text); clean Korean stays as it is."""
    damaged = text.encode().decode("gbk", "replace")
    assert _score(fix_mojibake(damaged), text) == (True, 0)
    assert fix_mojibake("한국교육개발원 김민수") == "한국교육개발원 김민수"


@pytest.mark.parametrize(
    ("text", "codec"),
    [("邀请Jürgen Müller教授和José博士来校讲座", "latin-1"), ("参观Zürich联邦理工学院", "cp1252")],
)
def test_gbk_as_latin_pinyin_letter_in_a_latin_word(text: str, codec: str) -> None:
    """GBK read as Latin-1: GBK spells ü é (Pinyin letters, A8A1-A8BA) with two bytes, so in
    a damaged line "Z¨¹rich" is Zürich; the same bytes away from a Latin word, or in a clean
    line, stay."""
    assert fix_mojibake(text.encode("gbk").decode(codec)) == text
    for clean in ("Z¨¹rich", "价格¨¹元", "¨¹ 与 ¨¦"):
        assert fix_mojibake(clean) == clean


@pytest.mark.parametrize("codec", ["gbk", "gb18030"])
@pytest.mark.parametrize(
    "text",
    ["本校學生申請獎學金須知", "各級學校應於開學前完成校園安全檢查。", "臺北市立圖書館開放時間：週一至週五"],
)
def test_big5_read_as_gbk(text: str, codec: str) -> None:
    """Big5 text read as GBK (U+FFFD for each byte GBK could not pair, the rest read out of
    step) or as GB18030 (private-use characters for GBK's user-defined areas): the line read
    as Big5 from its start, each character with a lost byte marked; read again, unchanged."""
    damaged = text.encode("big5").decode(codec, "replace")
    out, repairs = explain_mojibake(damaged)
    assert _score(out, text) == (True, 0), out
    assert "big5-as-gbk" in repairs[0].kind
    assert fix_mojibake(out) == out


@pytest.mark.parametrize(
    ("text", "codec"),
    [("國民小學課程綱要修訂說明會", "gbk"), ("教育局公告：學生申請獎學金", "gbk"), ("教育局公告：學生申請獎學金", "gb18030")],
)
def test_big5_read_as_gbk_cut_inside_the_first_character(text: str, codec: str) -> None:
    """A record cut inside its first character (the trail byte left): read one byte late,
    the first character marked, when that reading holds and the one in step does not; a line
    that reads both ways is left as it is (a wrong start reads as common characters too)."""
    damaged = text.encode("big5")[1:].decode(codec, "replace")
    out = fix_mojibake(damaged)
    assert out[0] == "\ufffd" and _score(out, text) == (True, 0), out
    # read in step, 國民小學… cut is 辚沥p厩… under GB18030 (no lost byte, no private use)
    assert fix_mojibake("國民小學".encode("big5")[1:].decode("gb18030")) == "辚沥p厩"


@pytest.mark.parametrize(
    "text",
    [
        "ひらがな\ufffdカタカナ",  # kana alone: Japanese that lost a character
        "ΑΒΓ\ufffdΔ",
        "经费\ufffd\ufffd万元",  # common simplified text: nothing rare to explain
        "各級學校\ufffd開學",  # common traditional text likewise
        "\ue600\ue601首页",  # icon-font characters beside clean text
    ],
)
def test_big5_read_as_gbk_leaves_other_text(text: str) -> None:
    assert fix_mojibake(text) == text
