"""Session 38's blind set for the mojibake repair (MJ38): an eleventh set, written before reading
``govtext.mojibake`` or its tests, of our own invented text in the style of government and
education pages. It stresses what s19-s37 covered less: UTF-8 read as windows-1252 where the five
bytes cp1252 leaves undefined (81 8D 8F 90 9D) are kept as C1 controls, replaced or dropped; GBK
read as windows-1252 (GBK's extension characters, whose bytes fall in 80-9F: 喆 堃 昇 燊 垚 學
國 會 ㎡); damage beside URLs and e-mail addresses (a URL holding Chinese too); table rows with
``|`` separators, whole and one cell; Shift-JIS read as GBK; UTF-8 read as GB2312; only the
full-width marks of a line damaged (“”《》：); damage then NFKC-normalized by a crawler; damaged
emoji; HTML character references left beside the damage.

Decided here (whose job):

* Shift-JIS read as GBK (a Japanese name or school from a Shift-JIS fragment inside a Chinese
  page) is no damage ``fix_mojibake``'s contract names: its GBK reading is valid Han, nothing
  shows it wrong to a Chinese reader. It comes back as it was or as the original, never as a
  third reading (``SJIS``);
* UTF-8 read as GB2312 loses every pair GB2312 lacks (a continuation byte below A1 as a trail
  byte): lossy, marked or kept, never invented; where characters kept their bytes they come back
  (the first ``REPAIRABLE`` records);
* HTML character references (``&nbsp;``, ``&#12288;``) are :func:`normalize_whitespace`'s job:
  ``fix_mojibake`` repairs the Chinese beside them and leaves them as they are;
* text damaged and then NFKC-normalized (a crawler's folding: ``²`` → ``2``, ``¼`` → ``1⁄4``,
  NBSP → space, ``…`` → ``...``, ``™`` → ``TM``) has lost bytes: expected is the original with
  the characters whose bytes were folded marked or rightly restored, never another character.

Clean controls that look suspicious (``CLEAN``: Vietnamese, Polish ł ż, Czech ř, Esperanto ĉ,
pinyin with tone marks, kana in a Chinese text, Korean hangul, currency ¥ € £, §, ©®™ in a
footer, Portuguese in capitals, Icelandic, Romanian, Hungarian) must come back unchanged.

Expected: the original; where bytes were lost, the original with each lost character marked
(U+FFFD) or rightly restored; never a character the original did not have there.

Figures: unseen (commit d8ba3ae, before any fix) 43/50 damaged cases right, 5/8 lossy records
with nothing invented, 2/3 repairable lossy records repaired without an invented character, 3/3
Shift-JIS records left, 20/20 clean controls unchanged. The misses: GBK read as windows-1252, a
line of extension characters read one byte out of step from a leading ``·`` (繁體 → ``·斌w``) and
its ``Ð£`` (校) taken for UTF-8 (У) (#12), ㎡ (A9 4F) left as ``©O`` (#14); the four records
NFKC-normalized after the damage, left or half repaired with folded bytes beside the repair
(#30-#33); hangul read from UTF-8 as GBK, the whole line left (#45); UTF-8 read as GB2312, a lost
character restored wrong (开局 for 开展, 寨 for 动; LOSSY #1) and a damage character ``¤`` kept
between marks (LOSSY #3); GBK read as cp1252 with a lost trail byte saved as "?", the lead byte's
``ˆ`` kept beside the repair (LOSSY #6).

After this session's fixes 45/50 damaged, 7/8 lossy, 3/3 repairable, 3/3 Shift-JIS, 20/20
clean: Hangul read whole from UTF-8 beside Han is judged like kana, on the reading's other
characters (#45: no GBK or Big5 reading makes a Hangul syllable); a GBK run with lost bytes whose
six or more two-byte characters are all GB2312's is read with GB2312's lost bytes, so the
neighbours no longer choose among GBK's narrower candidates (LOSSY #1); a GBK-as-Latin run whose
first character reads as a mark the clean text writes (繁 B7 B1: ``·±``) is no longer read one
byte late when the run read so stops well before it (#12). Left (``MISSES``): #14, ㎡ (A9 4F)
alone after digits, one pair with an ASCII
trail byte: too short a run to read; #30-#33, NFKC after the damage: the folded bytes are lost,
and a repair that would mark them would have to guess which Latin-1 or GBK character NFKC
folded (``1⁄4`` for ``¼``, ``《`` for ``︽``); LOSSY #3, ``¤`` (GB2312's A1 E8, to the GBK runs a
Latin-1 symbol) kept between two runs read as marks; LOSSY #6, the lead byte of 垚 (88, cp1252's
``ˆ``) before its lost trail byte saved as "?", kept beside the repair.

Session 40 (MJ40): #30, #31 read back (47/50): NFKC folds each Latin-1 or cp1252 character of the
bytes 80-BF to a text no other such character folds to, so a UTF-8-as-Latin run holding folds
reads exactly; #32 and #33 (UTF-8 as GBK, GBK as Latin-1) stay left.

Mechanism syntax: ``blind.mojibake_damage`` and ``blind.codec_step``; a mechanism ending in
``+NFKC`` is then NFKC-normalized (:func:`_damage`).
"""

from __future__ import annotations

import unicodedata

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


def _damage(text: str, mech: str) -> str:
    """*text* damaged by *mech*, NFKC-normalized after when *mech* ends in ``+NFKC``."""
    if mech.endswith("+NFKC"):
        return unicodedata.normalize("NFKC", mojibake_damage(text, mech[: -len("+NFKC")]))
    return mojibake_damage(text, mech)


# (original, mechanism)
DAMAGED: list[tuple[str, str]] = [
    # UTF-8 read as windows-1252, the undefined bytes kept as C1 controls (不 要 来 成 可 发 、 ”)
    ("各学校要高度重视，不得延误。", "utf-8>w1252"),
    ("经费来源：财政拨款", "utf-8>w1252"),
    ("“双减”工作成效明显", "utf-8>w1252"),
    ("学生、家长、教师三方参与", "utf-8>w1252"),
    ("各区县要及时上报，不得迟报、漏报。", "@6=utf-8>w1252"),
    ("可发放补助的对象", "utf-8>w1252"),
    # ... replaced by U+FFFD or dropped
    ("各校不得擅自提前开学", "utf-8>cp1252"),
    ("学生名单见附件", "utf-8>cp1252"),
    ("重点做好以下工作", "utf-8>cp1252/ignore"),
    ("报到要求：按时完成", "utf-8>cp1252/ignore"),
    ("家长会定于周五召开", "utf-8>cp1252"),
    # GBK read as windows-1252: extension characters with bytes in 80-9F
    ("校长：王喆，副校长：李堃", "gbk>w1252"),
    ("繁體字對照：學校、國家、會議", "gbk>w1252"),
    ("获奖学生：陈昇、赵燊、孙垚", "gbk>w1252"),
    ("教学楼面积：5000㎡", "gbk>w1252"),
    ("优秀教师：刘翀，班主任：周旻", "gbk>cp1252"),
    # URLs and e-mail addresses beside Chinese
    ("投稿邮箱：jyjxcb@example.gov.cn（请注明“投稿”）", "utf-8>gbk"),
    ("详见http://www.example.edu.cn/tzgg/2026/0301.html附件", "utf-8>w1252"),
    ("联系人王老师wang.li@example.edu.cn电话", "gbk>latin-1"),
    ("报名网址：https://bm.example.cn/学生报名?id=12", "utf-8>gbk"),
    ("下载地址：ftp://files.example.cn/招生简章.pdf", "gbk>w1252"),
    # table rows with | separators
    ("| 序号 | 学校名称 | 招生人数 |\n| 1 | 第一中学 | 450 |", "utf-8>gbk"),
    ("| 1 | 第一中学 | 450 |", "@6-10=utf-8>gbk"),
    ("学校|地址|电话\n实验小学|人民路1号|12345678", "line1=gbk>latin-1"),
    ("|课程|教师|时间|", "utf-8>w1252"),
    # only the full-width marks damaged
    ("《Education Law》：Article 5", "utf-8>gbk"),
    ("“Double Reduction” policy", "utf-8>w1252"),
    ("学习“五育”：德智体美劳", "@2-3=utf-8>w1252"),
    ("文件《教育法》第五条", "@2-3=utf-8>latin-1"),
    ("通知：2026年", "@2-3=utf-8>latin-1"),
    # damage then NFKC-normalized by a crawler
    ("考试合格标准", "utf-8>latin-1+NFKC"),
    ("教育局关于开展工作的通知", "utf-8>w1252+NFKC"),
    ("学校规章制度", "utf-8>gbk+NFKC"),
    ("各级各类学校", "gbk>latin-1+NFKC"),
    # damaged emoji
    ("👍 为学生点赞", "utf-8>w1252"),
    ("🎉热烈祝贺我校获奖", "utf-8>gbk"),
    ("📢通知：明天放假", "utf-8>latin-1"),
    ("✅ 已完成报名", "utf-8>gbk"),
    # HTML character references left beside the damage
    ("&nbsp;&nbsp;各学校：", "utf-8>gbk"),
    ("发布时间：2026-03-01&nbsp;&nbsp;来源：教育局", "utf-8>w1252"),
    ("&#12288;&#12288;为进一步加强管理", "gbk>latin-1"),
    # punctuation, symbols and other scripts in the damage
    ("（一）总体要求；（二）主要任务。", "utf-8>w1252"),
    ("注意事项：①携带身份证；②提前30分钟到场。", "utf-8>gbk"),
    ("成绩：优秀≥90分", "utf-8>w1252"),
    ("最高气温：30℃", "utf-8>gbk"),
    ("韩国友好学校：서울고등학교", "utf-8>gbk"),
    ("日本姐妹校：さくら学園", "utf-8>w1252"),
    ("价格：¥100元/人", "utf-8>latin-1"),
    ("学生会主席：李四", "gbk>w1252"),
    ("校园网：www.example.edu.cn\n咨询电话：12345", "line1=utf-8>gbk"),
]

# Lossy records: (original, mechanism, fill: "" or "?" for each U+FFFD)
LOSSY: list[tuple[str, str, str]] = [
    ("各级学校要做好安全工作", "utf-8>gb2312", ""),
    ("教育局关于开展读书活动的通知", "utf-8>gb2312", ""),
    ("要求来校报到", "utf-8>cp1252/ignore", ""),
    ("学校要求", "utf-8>gb2312", ""),
    ("教师名单", "utf-8>gb2312", "?"),
    ("不得收费", "utf-8>cp1252", "?"),
    ("校长：王垚", "gbk>cp1252", "?"),
    ("学生、家长", "utf-8>cp1252", ""),
]

REPAIRABLE = 3  # the first three keep enough bytes to be repaired, marks and "?" aside

# Shift-JIS read as GBK: left as it was, or the original (decided above)
SJIS: list[tuple[str, str]] = [
    ("日方代表：佐藤花子", "@5=shift_jis>gbk"),
    ("姉妹校：東京都立桜丘高等学校", "@4=shift_jis>gbk"),
    ("交流学校：さくら学園", "@5=shift_jis>gbk"),
]

CLEAN: list[str] = [
    "越南留学生：Nguyễn Văn Hùng，来自Hà Nội",
    "越南语课程：Tiếng Việt cơ bản",
    "波兰合作大学：Politechnika Łódzka，城市Łódź",
    "波兰学者Józef Żółkiewski",
    "捷克作曲家Antonín Dvořák与城市Brno",
    "世界语：Ĉu vi parolas Esperanton? Ĝis revido!",
    "拼音：zhōngguó jiàoyù，xuéxiào",
    "汉语拼音方案：ā á ǎ à，ō ó ǒ ò，ü ǘ ǚ ǜ",
    "日本友好学校：さくら学園（サクラ）",
    "韩国代表团：서울대학교 김민수 교수",
    "学费：¥3000，欧元€400，英镑£350",
    "依据本章程§5第2款",
    "©2026 某市教育局 版权所有 ®™",
    "Copyright © 2026 All Rights Reserved™",
    "巴西合作城市：SÃO PAULO，JOÃO PESSOA",
    "冰岛学者Þórður Guðmundsson",
    "罗马尼亚城市Timișoara、Brașov",
    "匈牙利数学家Erdős Pál",
    "温度：−5℃～3℃，湿度≤60％",
    "德语：Straße，Größe，ÄÖÜ",
]

# Misses, by index in DAMAGED / LOSSY / SJIS / CLEAN.
MISSES: dict[int, str] = {
    14: "GBK read as windows-1252: ㎡ (A9 4F) alone after digits, too short a run",
    32: "NFKC after the damage: ︽ folded to 《",
    33: "GBK read as Latin-1 then NFKC-normalized: its folds stand by signs (¸÷, ¼¶), not a Latin-1 letter, as clean unit text's do (1°±μm): left",
}
LOSSY_NEVER_MISSES: dict[int, str] = {
    3: "UTF-8 read as GB2312: ¤ (GB2312's A1 E8, a Latin-1 symbol to the runs) kept between marks",
    6: "GBK read as cp1252 with its trail byte lost: the lead byte's ˆ kept beside the repair",
}
LOSSY_MISSES: dict[int, str] = {}
SJIS_MISSES: dict[int, str] = {}
CLEAN_MISSES: dict[int, str] = {}


@pytest.mark.parametrize(("text", "mech"), mojibake_cases(DAMAGED, MISSES, named=True))
def test_blind_damaged(text: str, mech: str) -> None:
    check_repair(_damage(text, mech), text)


@pytest.mark.parametrize(("text", "mech", "fill"), lossy_cases(LOSSY, LOSSY_NEVER_MISSES))
def test_blind_lossy_never_invents(text: str, mech: str, fill: str) -> None:
    check_lossy_never_invents(text, mech, fill)


@pytest.mark.parametrize(("text", "mech", "fill"), lossy_cases(LOSSY[:REPAIRABLE], LOSSY_MISSES))
def test_blind_lossy_repaired(text: str, mech: str, fill: str) -> None:
    damaged, out = lossy_repair(text, mech, fill)
    assert out != damaged


@pytest.mark.parametrize(("text", "mech"), mojibake_cases(SJIS, SJIS_MISSES))
def test_blind_sjis_left(text: str, mech: str) -> None:
    damaged = mojibake_damage(text, mech)
    assert fix_mojibake(damaged) in (damaged, text)


@pytest.mark.parametrize("text", clean_cases(CLEAN, CLEAN_MISSES))
def test_blind_clean(text: str) -> None:
    assert fix_mojibake(text) == text


def test_set_size() -> None:
    assert len(DAMAGED) == 50 and len(set(DAMAGED)) == 50
    assert len(LOSSY) == 8 and len(CLEAN) == 20 and len(set(CLEAN)) == 20
