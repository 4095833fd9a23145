"""Session 37's blind set for the mojibake repair (MJ37): a tenth set, written before reading
``govtext.mojibake`` or its tests, of our own invented text in the style of government and
education pages. It stresses what s19-s36 covered less: Big5 damage of traditional text (read as
Latin-1 and windows-1252, whole and from the middle of a line) and UTF-8 read as Big5, damage
applied twice (UTF-8 read as Latin-1 or windows-1252 twice, UTF-8 read as GBK then as Latin-1,
GBK read as Latin-1 then as windows-1252), one field of a key：value line damaged, windows-1252
smart quotes around Chinese, a title with its 《》 damaged in a list of titles, Big5-HKSCS
characters (嘅, 㗎, 啲, 埗) in Big5 damage, GB18030 four-byte sequences read as Latin-1 (•, ™, ♪,
ñ, and the rare Han of names), lines with a clean head and a damaged tail.

Decided here (whose job):

* UTF-16 read as Latin-1 (NUL-interleaved ASCII, Chinese as pairs of Latin letters and controls)
  is no damage ``fix_mojibake``'s contract names (s34 decided the same): it comes back exactly
  as it was (``UTF16``). The NULs are control characters, which ``normalize_whitespace``
  removes (its step 2), so the ASCII of such a record reads again after ``normalize``; nothing
  restores its Chinese, and nothing should invent it;
* GBK read as UTF-8 leaves U+FFFD for almost every byte: it is lossy (``LOSSY``), marked or kept,
  never "repaired" into characters;
* UTF-8 read as Big5 loses about half of its continuation bytes: lossy, repaired only where a
  character's bytes survived (the first ``REPAIRABLE`` records keep some).

Clean controls that look suspicious (``CLEAN``: French, German and Spanish accents, Turkish ı ş ğ,
IPA, math ≤ ≥ ±, arrows →, musical ♪, Greek μ in units, 25°C, ½ ¼, ©, §, ×, ÷) must come back
unchanged.

Expected: the original; where bytes were lost, the original with each lost character marked
(U+FFFD) or rightly restored; never a character the original did not have there.

Figures: unseen (commit 019d489, before any fix) 41/50 damaged cases right, 7/8 lossy records
with nothing invented, 3/3 repairable lossy records repaired without an invented character, 2/3
UTF-16 records left as they were (and their ASCII read after ``normalize_whitespace``), 20/20
clean controls unchanged. The misses: GBK read as Latin-1 then read again as UTF-8 taken for
windows-1252 "repaired" as GBK read as Latin-1 into other Han (#9); Big5-HKSCS characters in Big5
read as Latin-1 or windows-1252, the whole line left (#24, #26, #27); Cantonese characters (佢
哋 喺) read from UTF-8 as GBK left (#25); GB18030 four-byte symbols (•, ™, ♪, ñ) read as Latin-1
left, and beside them ``Ö¿`` taken for UTF-8 (a Hebrew point) and ``\x8a`` for windows-1252's Š
(#28-#30, #33); a C1 control in a UTF-16 record read as windows-1252 (``\x8b`` → ‹, UTF16 #1).
Lossy #7 (GBK read as UTF-8, then as Latin-1) was a mistake of the set: its repair is the
once-damaged record, whose ``ѧ`` (学's GBK bytes D1 A7, valid UTF-8) the first damage made; it
is now ``LAYERED``, asked for that (passed unseen), and LOSSY #7 is a record written after the
unseen run (GBK read as UTF-8, saved with "?").

After this session's fixes 49/50 damaged, 8/8 lossy, 3/3 repairable, 2/3 UTF-16, 20/20 clean: a
GB18030 four-byte character read as Latin-1 may be a letter or symbol GBK lacks (ñ, •, ™, ♪),
judged like the extensions' Han (its run judged on its other characters; alone, read on a line
with GBK damage or where it starts with 0x81); a Big5 run Big5 cannot decode, holding a lead
byte only Hong Kong's characters use (87-9F), is read as Big5-HKSCS and judged on its Big5
characters (㗎 and 啲 are rare in any profile); a run whose bytes are UTF-8 of a GBK-as-Latin
run is left for the UTF-8 repair first. Left (``MISSES``): #25, UTF-8 read as GBK whose
Cantonese characters (佢 哋 喺) cost as rare ones, over the share a repair may hold; UTF16 #1,
ftfy's reading of a C1 control (windows-1252 read as Latin-1) which a UTF-16 record holds by
chance.

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
from govtext import normalize_whitespace
from govtext.mojibake import fix_mojibake

# (original, mechanism)
DAMAGED: list[tuple[str, str]] = [
    # Big5 damage of traditional text
    ("臺北市教育局公告", "big5>latin-1"),
    ("國民小學新生入學須知", "big5>w1252"),
    ("學校行事曆\n一、開學日期", "line0=big5>latin-1"),
    ("教育部國民及學前教育署", "big5>w1252"),
    ("高級中等學校多元入學", "@4=big5>latin-1"),
    # damage applied twice
    ("教育局关于开展读书月活动的通知", "utf-8>latin-1|utf-8>latin-1"),
    ("各中小学校：", "utf-8>w1252|utf-8>w1252"),
    ("招生简章（2026年）", "utf-8>w1252|utf-8>latin-1"),
    ("学生资助政策问答", "utf-8>gbk|utf-8>latin-1"),
    ("附件：课程安排表", "gbk>latin-1|utf-8>w1252"),
    # one field of a key：value line damaged
    ("发布机构：市教育局\u3000发布日期：2026年3月1日", "@5-9=utf-8>gbk"),
    ("来源：区教育局 作者：王明 浏览次数：120", "@3-8=utf-8>w1252"),
    ("联系人：李老师，联系电话：010-12345678", "@4-7=gbk>latin-1"),
    ("文号：教基〔2026〕5号 主题分类：基础教育", "@21=utf-8>gbk"),
    # windows-1252 smart quotes around Chinese
    ("深入推进“双减”工作", "utf-8>w1252"),
    ("开展‘书香校园’评选", "utf-8>w1252"),
    ("“五育并举”与“三全育人”", "utf-8>w1252"),
    ("他说：“我们要办好人民满意的教育。”", "utf-8>w1252"),
    ("所谓“最后一公里”问题", "utf-8>latin-1"),
    # a title with its 《》 damaged in a list of titles
    ("相关文件：\n《义务教育法》\n《教师法》\n《未成年人保护法》", "line2=utf-8>gbk"),
    ("1.《学生安全手册》\n2.《家长学校读本》", "line1=utf-8>w1252"),
    ("《关于加强中小学管理的意见》、《课程实施方案》", "@15=utf-8>gbk"),
    ("《全民健身计划》\n《学校体育工作条例》", "line0=gbk>latin-1"),
    ("《学校卫生工作条例》《校园安全管理办法》", "@10=utf-8>latin-1"),
    # Big5-HKSCS characters
    ("香港教育局：學校嘅課程", "big5hkscs>latin-1"),
    ("佢哋喺學校讀書", "utf-8>gbk"),
    ("香港中文大學與深水埗區學校合作", "big5hkscs>latin-1"),
    ("屯門區中學：㗎啲學生", "big5hkscs>w1252"),
    # GB18030 four-byte sequences read as Latin-1
    ("• 报名须知", "gb18030>latin-1"),
    ("外籍教师：Señor García", "@5=gb18030>latin-1"),
    ("品牌™ 教育产品", "gb18030>latin-1"),
    ("获奖学生：王𬌗", "gb18030>latin-1"),
    ("校长：李䶮，副校长：张㛃", "gb18030>w1252"),
    ("音乐课：♪ 学唱国歌", "gb18030>latin-1"),
    # a clean head, a damaged tail
    ("关于做好2026年春季学期开学工作的通知", "@9=utf-8>gbk"),
    ("关于做好2026年春季学期开学工作的通知", "@9=utf-8>w1252"),
    ("各区教育局，各直属学校：为进一步加强管理", "@13=gbk>latin-1"),
    ("第三条 学校应当建立健全安全管理制度", "@4=utf-8>latin-1"),
    ("附件下载：招生计划表.xlsx", "@5=utf-8>gbk"),
    ("國立臺灣師範大學\u3000招生公告", "@9=big5>latin-1"),
    # whole records
    ("教育部办公厅关于做好高校毕业生就业工作的通知", "utf-8>gbk"),
    ("请于3月15日前报送", "gbk>w1252"),
    ("一、总体要求\n二、重点任务\n三、保障措施", "utf-8>gbk"),
    ("学校名称\t地址\t电话", "utf-8>w1252"),
    ("报名费：50元/人", "utf-8>gbk"),
    ("澳門特別行政區教育及青年發展局", "big5>latin-1"),
    ("校园开放日欢迎您！", "utf-8>latin-1"),
    ("高一（3）班", "utf-8>gbk"),
    ("注：以上时间如有变动，另行通知。", "gbk>latin-1"),
    ("欢迎访问本网站", "utf-8>w1252|utf-8>w1252"),
]

# Lossy records: (original, mechanism, fill: "" or "?" for each U+FFFD)
LOSSY: list[tuple[str, str, str]] = [
    ("臺中市立高級中學", "utf-8>big5", ""),
    ("國民小學課程綱要", "utf-8>cp950", ""),
    ("教師甄選簡章\n報名日期：三月", "line0=utf-8>big5", ""),
    # GBK read as UTF-8: nothing to repair
    ("学校招生工作通知", "gbk>utf-8", ""),
    ("报名时间：3月1日", "gbk>utf-8", ""),
    ("校长 王明 2026", "gbk>utf-8", "?"),
    ("学籍", "utf-8>big5", "?"),
    ("教育局公告", "gbk>utf-8", "?"),
]

# Lossy damage under a repairable one: (original, inner mechanism, outer mechanism); the repair
# undoes the outer and leaves the inner as it is (see the figures).
LAYERED: list[tuple[str, str, str]] = [
    ("学生资助政策问答", "gbk>utf-8", "utf-8>latin-1"),
]

REPAIRABLE = 3  # the first three keep enough bytes to be repaired, marks and "?" aside

# UTF-16 read as Latin-1: left exactly as it is by fix_mojibake (decided above)
UTF16: list[tuple[str, str]] = [
    ("学生名单\n2026年3月", "utf-16-le>latin-1"),
    ("Tel: 12345 电话", "utf-16-be>latin-1"),
    ("Date: 2026-03-01", "utf-16-le>latin-1"),
]

CLEAN: list[str] = [
    "法国合作院校：École Normale Supérieure（巴黎高师）",
    "德方代表Jürgen Größ与Müller先生",
    "西班牙语课：¿Qué tal? ¡Muy bien!",
    "土耳其学生Yılmaz Işık、Ağaoğlu",
    "国际音标：[ʃ] [ʒ] [ŋ] [θ] [ð]",
    "要求：成绩≥85分，缺勤≤3次，误差±0.5",
    "办理流程：申请→审核→公示→发放",
    "♪ 校歌 ♪ 作词：王明",
    "颗粒物粒径≤2.5μm，浓度35μg/m³",
    "今日气温25°C，湿度60%",
    "面积½亩，占比¼",
    "版权所有©2026 某某市教育局",
    "依据第3条§2的规定",
    "尺寸：210×297mm，10÷2=5",
    "Ñandú与España",
    "Ÿ字母与Œuvre",
    "葡萄牙语：São Paulo, ação",
    "丹麦Ærø岛与挪威Ålesund",
    "温度差Δt=5℃，角度θ=30°",
    "价格：€12.50 / ¥100 / £8",
]

# Misses, by index in DAMAGED / LOSSY / CLEAN.
MISSES: dict[int, str] = {
    25: "Cantonese characters read from UTF-8 as GBK: left",
}
LOSSY_MISSES: dict[int, str] = {}
CLEAN_MISSES: dict[int, str] = {}
UTF16_MISSES: dict[int, str] = {1: "a C1 control read as windows-1252 (ftfy's fix_c1_controls)"}


@pytest.mark.parametrize(("text", "mech"), mojibake_cases(DAMAGED, MISSES, named=True))
def test_blind_damaged(text: str, mech: str) -> None:
    check_repair(mojibake_damage(text, mech), text)


@pytest.mark.parametrize(("text", "mech", "fill"), lossy_cases(LOSSY, {}))
def test_blind_lossy_never_invents(text: str, mech: str, fill: str) -> None:
    check_lossy_never_invents(text, mech, fill)


@pytest.mark.parametrize(("text", "mech", "fill"), lossy_cases(LOSSY[:REPAIRABLE], LOSSY_MISSES))
def test_blind_lossy_repaired(text: str, mech: str, fill: str) -> None:
    damaged, out = lossy_repair(text, mech, fill)
    assert out != damaged


@pytest.mark.parametrize(("text", "inner", "outer"), LAYERED)
def test_blind_layered_outer_undone(text: str, inner: str, outer: str) -> None:
    once = mojibake_damage(text, inner)
    assert fix_mojibake(mojibake_damage(once, outer)) == once


@pytest.mark.parametrize(("text", "mech"), mojibake_cases(UTF16, UTF16_MISSES))
def test_blind_utf16_left(text: str, mech: str) -> None:
    damaged = mojibake_damage(text, mech)
    assert fix_mojibake(damaged) == damaged


def test_blind_utf16_ascii_reads_after_whitespace() -> None:
    damaged = mojibake_damage("Date: 2026-03-01", "utf-16-le>latin-1")
    assert normalize_whitespace(fix_mojibake(damaged)) == "Date: 2026-03-01"


@pytest.mark.parametrize("text", clean_cases(CLEAN, CLEAN_MISSES))
def test_blind_clean(text: str) -> None:
    assert fix_mojibake(text) == text


def test_set_size() -> None:
    assert len(DAMAGED) == 50 and len(set(DAMAGED)) == 50
    assert len(LOSSY) == 8 and len(CLEAN) == 20 and len(set(CLEAN)) == 20
