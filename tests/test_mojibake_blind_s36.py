"""Session 36's blind set for the mojibake repair (MJ36): a ninth set, written before reading
``govtext.mojibake`` or its tests, of our own invented text in the style of government and
education pages. It stresses what s19-s35 covered less: one damaged line between clean lines of
one record (``\\n`` and ``\\r\\n``), damage that runs over a line break from the middle of one
line to the middle of the next, the ideographic space U+3000 and full-width forms damaged
(``ã€€``, ``ï¼Œ``, ``¡¡``), supplementary-plane characters damaged (names of the 𫓧, 𬱖, 𬳵 range,
emoji) as UTF-8 read as GBK or windows-1252 and as GB18030 read as Latin-1, UTF-8 read as GBK
where the damage ends the text (or its line) inside a character, GBK read as cp1252 against
Latin-1 and windows-1252, a title in 《》 damaged with its quotes, damage beside double-escaped
entities (``&amp;nbsp;``) and beside percent-encoded Chinese in a URL, a record where a
Shift_JIS misread line sits beside a GBK-damaged one.

Decided here (whose job):

* half-width katakana left by a Shift_JIS misread (GBK bytes read as cp932: ``ﾑｧﾐ｣``) is no
  damage ``fix_mojibake``'s contract names (Latin-1/cp1252, GBK, Big5; s34 decided the same for a
  whole record) and no hygiene step folds width, so it is nobody's: such a line comes back exactly
  as it was, and a GBK-damaged line of the same record is still repaired (``MIXED_OTHER``);
* a percent-encoded URL (``%E4%B8%AD``) is the URL's own form, not damage: it must stay, UTF-8
  or GBK percent bytes alike (decoding it would change a link that works), while raw damaged
  Chinese beside it is repaired;
* a character reference, single or double-escaped (``&amp;nbsp;``), is ``normalize_whitespace``'s
  to decode (s35): ``fix_mojibake`` repairs the damage beside it and leaves it as it is.

Lossy records (``LOSSY``): U+FFFD written by a GBK or cp1252 decoder, "?" written for each of
them by a later save, bytes dropped by ``errors="ignore"``, UTF-8 read as Big5, a record with
nothing left to repair: marked or kept, never an invented character; the first ``REPAIRABLE``
keep enough bytes to be repaired where their bytes survived.

Clean controls that look suspicious (``CLEAN``: Vietnamese with tone marks, Pinyin with ǎ ǐ ǒ,
Polish and Czech names, ligatures ﬁ ﬂ, Cyrillic, box-drawing table characters, currency signs,
℃ and ㎡, ①②③ and ㈠⑴, emoji with a variation selector, Å ß ç µ) must come back unchanged.

Expected: the original; where bytes were lost, the original with each lost character marked
(U+FFFD) or rightly restored; never a character the original did not have there.

Figures: unseen (commit 841c4be, before any fix) 49/50 damaged cases right, 3/3 records with a
Shift_JIS line left and a damaged line repaired, 8/8 lossy records with nothing invented, 4/4
repairable lossy records repaired without an invented character, 20/20 clean controls unchanged.
The miss: 𫓧 (U+2B4E7, four UTF-8 bytes) in a name read as GBK, the whole record left as it was
(#18). After this session's fix 50/50, 3/3, 8/8, 4/4, 20/20: a character past the BMP read
whole from four UTF-8 bytes counts as rare in a repair's comparison but not in its share of rare
characters, which a short repair holding one went over.

Mechanism syntax: ``blind.mojibake_damage`` and ``blind.codec_step``.
"""

from __future__ import annotations

import pytest

from blind import (
    check_lossy_never_invents,
    check_repair,
    clean_cases,
    lossy_cases,
    lossy_repair,
    mojibake_cases,
    mojibake_damage,
)
from govtext.mojibake import fix_mojibake

# (original, mechanism)
DAMAGED: list[tuple[str, str]] = [
    # one damaged line between clean lines of one record
    ("关于开展春季运动会的通知\n各班级要认真组织学生报名参赛。\n校体育组", "line1=utf-8>gbk"),
    ("关于开展春季运动会的通知\n各班级要认真组织学生报名参赛。\n校体育组", "line1=utf-8>w1252"),
    ("学校办公室\n请各位老师于周三下午参加教研活动。\n二〇二六年四月", "line1=gbk>latin-1"),
    ("一、活动时间\n2026年4月10日至4月12日\n二、活动地点", "line1=utf-8>gbk"),
    ("國民中學\n招生簡章公告\n報名日期", "line1=big5>latin-1"),
    ("通知\r\n请各位家长按时参加家长会\r\n学校办公室", "line1=utf-8>gbk"),
    # damage over a line break, from the middle of one line to the middle of the next
    ("市教育局召开会议\n部署校园安全工作。", "@4-12=utf-8>gbk"),
    ("市教育局召开会议\n部署校园安全工作。", "@4-12=utf-8>w1252"),
    ("各学校要高度重视\r\n切实做好防汛工作", "@5-13=gbk>latin-1"),
    ("报名截止时间为三月\n十五日下午五点", "@6-13=utf-8>gbk"),
    ("第一条 为加强管理\n第二条 本办法适用于全市中小学", "@6-16=utf-8>latin-1"),
    # the ideographic space and full-width forms damaged
    ("第一章\u3000总则", "utf-8>w1252"),
    ("\u3000\u3000各学校：现将有关事项通知如下。", "utf-8>w1252"),
    ("姓名：张三，年龄：１５岁", "utf-8>w1252"),
    ("（一）\u3000工作目标", "utf-8>latin-1"),
    ("ＡＢＣ\u3000级", "utf-8>gbk"),
    ("第一条\u3000为了规范管理，制定本办法。", "gbk>latin-1"),
    ("注意：请勿迟到！联系电话：１２３４５６７８", "utf-8>w1252"),
    # supplementary-plane characters damaged: names of the extensions, emoji
    ("获奖学生：李𫓧", "utf-8>gbk"),
    ("表彰名单：王𬱖、张三", "utf-8>w1252"),
    ("校长：陈𬳵", "gb18030>latin-1"),
    ("点赞👍学校运动会", "utf-8>gbk"),
    ("🎓毕业典礼通知🎉", "utf-8>w1252"),
    ("优秀学生：𠀋明，三年级", "utf-8>gbk"),
    # UTF-8 read as GBK where the damage ends inside a character
    ("全体教师大会通知", "cut1:utf-8>gbk"),
    ("请于周五前提交材料", "cut2:utf-8>gbk"),
    ("学校\n家长会安排", "line1=cut1:utf-8>gbk"),
    ("报名表下载", "cut1:utf-8>gbk/ignore"),
    ("关于印发《教学常规》的通知", "cut1:utf-8>gbk"),
    ("一、指导思想\n坚持立德树人\n二、工作任务", "line1=cut2:utf-8>gbk"),
    # GBK read as cp1252 against Latin-1 and windows-1252
    ("学校概况", "gbk>cp1252"),
    ("学校概况", "gbk>latin-1"),
    ("教学质量监测报告", "gbk>cp1252"),
    ("“书香校园”读书活动", "gbk>cp1252"),
    ("联系电话：010-12345678 家长学校", "gbk>cp1252"),
    ("基础教育科工作职责", "gbk>w1252"),
    # a title in 《》 damaged with its quotes
    ("《中华人民共和国教育法》", "utf-8>gbk"),
    ("学习《义务教育课程方案》", "@2=utf-8>w1252"),
    ("《学生守则》", "gbk>latin-1"),
    ("印发《关于加强作业管理的通知》", "utf-8>latin-1"),
    # double-escaped entities beside the damage
    ("&amp;nbsp;&amp;nbsp;各学校：", "utf-8>gbk"),
    ("发布日期：2026-04-01&amp;nbsp;来源：教育局", "gbk>latin-1"),
    ("&amp;ldquo;书香校园&amp;rdquo;", "utf-8>w1252"),
    ("&#12288;&#12288;一、总体要求", "utf-8>gbk"),
    # percent-encoded Chinese in a URL beside the damage
    ("链接：https://www.example.gov.cn/s?q=%E6%8B%9B%E7%94%9F 招生", "utf-8>gbk"),
    ("附件：/files/%E9%80%9A%E7%9F%A5.pdf（通知）", "utf-8>w1252"),
    ("查询：/q?kw=%D5%D0%C9%FA 招生信息", "gbk>latin-1"),
    # short fields
    ("附件1：报名表", "utf-8>gbk"),
    ("联系人：王老师（电话：12345678）", "gbk>w1252"),
    ("(三) 工作要求", "utf-8>latin-1"),
]

# A record holding a Shift_JIS misread line (left as it is) and a GBK-damaged line (repaired):
# (clean lines, index of the Shift_JIS line, index of the damaged line, its mechanism).
MIXED_OTHER: list[tuple[list[str], int, int, str]] = [
    (["学校通知", "请全体教师准时参加会议", "校长办公室"], 0, 1, "utf-8>gbk"),
    (["教师培训安排", "培训地点：报告厅", "联系人：张老师"], 2, 1, "gbk>latin-1"),
    (["教务处", "期末考试安排", "考试时间：六月"], 1, 2, "utf-8>w1252"),
]

# Lossy records: (original, mechanism, fill: "" or "?" for each U+FFFD)
LOSSY: list[tuple[str, str, str]] = [
    ("教育局关于做好招生工作的通知", "utf-8>gbk", ""),
    ("教育局关于做好招生工作的通知", "utf-8>gbk", "?"),
    ("报名时间：4月1日至4月15日", "@5=utf-8>gbk/ignore", ""),
    ("表彰名单：王𬱖、张三", "utf-8>cp1252", ""),
    # nothing (or little) left to repair
    ("家长委员会\n会议纪要", "line1=utf-8>big5", ""),
    ("学籍", "utf-8>ascii", "?"),
    ("ＡＢＣ\u3000级", "utf-8>gbk", "?"),
    ("教育局关于做好招生工作的通知", "utf-8>gbk|utf-8>gbk", ""),
]

REPAIRABLE = 4  # the first four keep enough bytes to be repaired, marks and "?" aside

CLEAN: list[str] = [
    "越南语：Nguyễn Thị Minh Khai（阮氏明开）",
    "Trường Đại học Quốc gia Hà Nội与我校签约",
    "拼音练习：nǐ hǎo，wǒ ài xuéxiào",
    "第三课 lǎo shī（老师）",
    "波兰专家Wojciech Łukasiewicz与捷克专家Jiří Dvořák",
    "Łódź大学、Brno理工大学代表团来访",
    "文件名：ﬁnal_report.pdf，ﬂow图",
    "俄语课文：Москва — столица России",
    "表格：┌─┬─┐│序号│姓名│└─┴─┘",
    "价格：¥120，€15，£10",
    "气温：−5℃至12℃，面积120㎡",
    "①提高认识②明确任务③狠抓落实",
    "㈠总体要求 ⑴工作目标",
    "长度单位Å（埃）",
    "德国Straße街道与Zürich",
    "西班牙语课：Señor José",
    "µm（微米）与nm（纳米）",
    "Curaçao与São Tomé",
    "我爱我的学校❤️",
    "温度单位°F与°C换算",
]

# Misses, by index in DAMAGED / LOSSY / CLEAN.
MISSES: dict[int, str] = {}
LOSSY_MISSES: dict[int, str] = {}
CLEAN_MISSES: dict[int, str] = {}


@pytest.mark.parametrize(("text", "mech"), mojibake_cases(DAMAGED, MISSES, named=True))
def test_blind_damaged(text: str, mech: str) -> None:
    check_repair(mojibake_damage(text, mech), text)


@pytest.mark.parametrize(("lines", "sjis", "bad", "mech"), MIXED_OTHER)
def test_blind_shift_jis_line_left_beside_repaired_line(
    lines: list[str], sjis: int, bad: int, mech: str
) -> None:
    damaged = list(lines)
    damaged[sjis] = mojibake_damage(lines[sjis], "gbk>cp932")
    damaged[bad] = mojibake_damage(lines[bad], mech)
    want = list(lines)
    want[sjis] = damaged[sjis]
    assert fix_mojibake("\n".join(damaged)) == "\n".join(want)


@pytest.mark.parametrize(("text", "mech", "fill"), lossy_cases(LOSSY, {}))
def test_blind_lossy_never_invents(text: str, mech: str, fill: str) -> None:
    check_lossy_never_invents(text, mech, fill)


@pytest.mark.parametrize(("text", "mech", "fill"), lossy_cases(LOSSY[:REPAIRABLE], LOSSY_MISSES))
def test_blind_lossy_repaired(text: str, mech: str, fill: str) -> None:
    damaged, out = lossy_repair(text, mech, fill)
    assert out != damaged


@pytest.mark.parametrize("text", clean_cases(CLEAN, CLEAN_MISSES))
def test_blind_clean(text: str) -> None:
    assert fix_mojibake(text) == text


def test_set_size() -> None:
    assert len(DAMAGED) == 50 and len(set(DAMAGED)) == 50
    assert len(LOSSY) == 8 and len(CLEAN) == 20 and len(set(CLEAN)) == 20
