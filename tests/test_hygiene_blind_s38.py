"""Session 38's blind set for the hygiene steps other than mojibake (MJ38): the seventh blind set of
:func:`fix_cjk_spacing`, :func:`restore_lost_quotes`, :func:`strip_ruby`,
:func:`fix_punctuation_width` and :func:`normalize_whitespace`, written from their docstrings and
docs/guide (hygiene.md) before reading ``govtext.hygiene`` or ``govtext.ruby``. Our own invented
lines in the style of PDF-extracted and crawled government and education pages. It stresses what
s32-s37 covered less: zero-width spaces and joiners (U+200B, U+200C, U+200D, U+FEFF) inside words,
runs of ideographic spaces between the fields of a line, tabs inside a sentence and as an indent,
NBSP before ％, a line break inside a PDF sentence, blanks between a number and its unit (``3 km``,
``5 %``, ``5 ％``, ``30 ℃``, ``1200 ㎡``), blanks inside 《 》 and （ ）, doubled punctuation (``。。``,
``，，``, ``,,``), ASCII quotes around Chinese, ``…。``, full-width square brackets ［］ and ASCII
[] in a 文号 beside 〔〕, the wave dashes ``～ 〜 ~`` in ranges, the minus sign ``−`` beside ``-`` and
``—``.

Expected: what the step's documented contract gives. Where the contract is silent, the choice made
here:

* a zero-width space, non-joiner or joiner between Han or Latin letters is an extraction artefact
  and goes (:func:`normalize_whitespace`); a joiner inside an emoji sequence stays (documented);
* ideographic spaces between the fields of a line become one ASCII space (documented), and
  :func:`fix_cjk_spacing` keeps that blank between two Han characters (documented);
* a tab inside a sentence stays (documented), a tab indenting a line is indentation and goes;
* a line break inside a sentence (a PDF's line wrap) is no hygiene step's job: no step joins
  lines; a line break is structure, the document reader's to read;
* a blank between a number and a unit symbol used in Chinese text (``％``, ``℃``, ``㎡``) is PDF
  spacing and goes, as before a Han unit; before a Latin unit or ASCII ``%`` (``3 km``, ``5 %``)
  it is the SI style of Latin text and stays;
* blanks just inside 《 》 and （ ） around Chinese go, as the blanks of a spaced-out title do;
* doubled punctuation (``。。``, ``，，``) is a typing slip no step's contract names: it stays
  (its ASCII form is widened mark by mark); blanks beside it between Han go;
* ASCII quotes around Chinese become “ ” (documented), not in markup nor for inches;
* ``…`` and ``。`` together, ``～``, ``〜``, ``~``, ``−``, ``—`` are left as they are by every step;
  ``［］`` and ``[]`` in a 文号 are not changed to 〔〕, but the 文号 is one token like ``〔〕``'s: its
  blanks go; blanks around ``～`` between two numbers before a Han unit go (``3 ～ 5 人``).

Figures: unseen (commit d8ba3ae, before any fix) 41/50 step cases and 3/6 normalize cases right.
The misses: a blank between a number and ％, ℃, ㎡ kept (#12, #15, #16); blanks just inside （ ）
kept (#21-#23); a 文号 in ［］ or [] kept its blanks (#37, #39); blanks around ～ in a
range before a Han unit kept (#44); in normalize, the same (#1, #3) and mojibake written as
numeric character references (``&#230;&#149;&#153;``), decoded by normalize_whitespace after
fix_mojibake ran, left as ``æ•™è‚²å±€`` (#5).

After this session's fixes 46/50 and 5/6: :func:`fix_cjk_spacing` removes a blank between a
number and a unit symbol Chinese text writes (％ ‰ ℃ ℉ ㎡ ㎥ ㎞ ㎏ ㎝ ㎜ ㎎) as before a Han unit
(#12, #15, #16), the blanks just inside full-width round brackets holding one word that starts
with Han (#21, #23; a form's ``（ 盖 章 ）`` stays); ``normalize`` reads again the lines whose HTML
references normalize_whitespace decoded, so mojibake written as references is repaired
(normalize #5). Left (``MISSES``), for cost: #22, a bracketed word that starts with a digit
(the gate would stop at every blank before a digit); #37, #39 and normalize #3, a 发文字号 whose
year stands in ［］ or []: a search for either bracket, or for the 号 to look back from, is one
more scan of every text (~0.1% of normalize each, measured; "[" stops at every 学, 子, 字, 安,
whose UCS-2 code holds its byte 0x5B), where the budget of the whole session is 0.1%; #44, blanks around ～ where the number after it is
spaced on both sides (``3 ～ 5 人``): the documented rule keeps a number spaced on both sides
(``共有 5 个``), and a Latin range is written so (``9:00 ~ 11:30``): the choice above asked
against it.
"""

from __future__ import annotations

import pytest

from blind import check_step, hygiene_cases, normalize_cases
from govtext import normalize

# (step, input, expected output of the step; None: unchanged)
CASES: list[tuple[str, str, str | None]] = [
    # zero-width characters inside words
    ("ws", "教\u200b育\u200c部", "教育部"),
    ("ws", "学\u200d校", "学校"),
    ("ws", "\ufeff通知\ufeff公告", "通知公告"),
    ("ws", "Micro\u200bsoft公司", "Microsoft公司"),
    ("ws", "👨\u200d🏫 教师节快乐", None),
    # ideographic-space runs between fields
    ("ws", "姓名：张三\u3000\u3000\u3000性别：男", "姓名：张三 性别：男"),
    ("spacing", "姓名：张三 性别：男", None),
    ("ws", "发布日期：2026-03-01\u3000\u3000来源：本站", "发布日期：2026-03-01 来源：本站"),
    # tabs inside sentences and as indents
    ("ws", "各学校要\t高度重视", None),
    ("spacing", "各学校要\t高度重视", None),
    ("ws", "\t\t第一条 为了规范管理", "第一条 为了规范管理"),
    # NBSP and blanks before units
    ("ws", "增长5\u00a0％", "增长5 ％"),
    ("spacing", "同比增长5 ％，", "同比增长5％，"),
    ("spacing", "全长3 km的道路", None),
    ("spacing", "增长5 %", None),
    ("spacing", "最高气温30 ℃", "最高气温30℃"),
    ("spacing", "面积1200 ㎡的教学楼", "面积1200㎡的教学楼"),
    ("spacing", "道路长3 公里", "道路长3公里"),
    # a line break inside a sentence
    ("ws", "各学校要高度重视，认真\n组织实施。", None),
    ("spacing", "各学校要高度重视，认真\n组织实施。", None),
    # blanks inside 《 》 and （ ）
    ("spacing", "学习《 义务教育法 》", "学习《义务教育法》"),
    ("spacing", "管理办法（ 试行 ）", "管理办法（试行）"),
    ("spacing", "通知（ 2026年 ）", "通知（2026年）"),
    ("spacing", "（ 一 ）总体要求", "（一）总体要求"),
    # doubled punctuation
    ("width", "各学校要高度重视。。", None),
    ("width", "语文，，数学", None),
    ("width", "语文,,数学", "语文，，数学"),
    ("spacing", "语文 ，， 数学", "语文，，数学"),
    # ASCII quotes around Chinese
    ("width", '发布"通知"', "发布“通知”"),
    ("width", '"双减"政策落地', "“双减”政策落地"),
    ("width", '<div class="通知">', None),
    ("width", '屏幕15.6"的笔记本电脑', None),
    ("width", '"学校"、"家庭"和"社会"', "“学校”、“家庭”和“社会”"),
    ("width", '所谓"三个"和"四个', None),
    # mixed ellipses
    ("width", "等等…。", None),
    ("width", "语文、数学…", None),
    # brackets in a 文号
    ("width", "教基[2026]5号", None),
    ("spacing", "教基 ［2026］ 5 号", "教基［2026］5号"),
    ("spacing", "京教基〔2026〕 12 号", "京教基〔2026〕12号"),
    ("spacing", "教基 [2026] 5 号", "教基[2026]5号"),
    ("width", "教基［2026］5号", None),
    # wave dashes in ranges
    ("width", "3～5人", None),
    ("width", "3〜5人", None),
    ("width", "3~5人", None),
    ("spacing", "每组3 ～ 5 人", "每组3～5人"),
    ("spacing", "9:00 ~ 11:30", None),
    # minus signs and dashes
    ("width", "气温−5℃至3℃", None),
    ("ws", "气温−5℃，湿度-3%", None),
    ("width", "2026—2027学年", None),
    ("ruby", "温度(−5℃)", None),
]

# (input, expected output of normalize): the steps together
NORMALIZED: list[tuple[str, str]] = [
    ("姓名:张三\u3000\u3000\u3000性别:男", "姓名：张三 性别：男"),
    ("同比增长5\u00a0％,气温30 ℃", "同比增长5％，气温30℃"),
    ('发布"通知"\u200b的要求', "发布“通知”的要求"),
    ("教基 ［2026］ 5 号\r\n学习《 义务教育法 》", "教基［2026］5号\n学习《义务教育法》"),
    ("各学校要\t高度重视，认真\n组织实施。", "各学校要\t高度重视，认真\n组织实施。"),
    ("&#230;&#149;&#153;&#232;&#130;&#178;&#229;&#177;&#128;", "教育局"),
]

# Misses, by index in CASES / NORMALIZED.
MISSES: dict[int, str] = {
    22: "a bracketed word that starts with a digit: the gate would stop at every blank before one",
    37: "a 文号 in ［］: finding its bracket or its 号 costs a scan of every text (~0.1% each)",
    39: "a 文号 in []: a search for [ stops at every 学 子 字 安 (cost)",
    44: "blanks around ～ in a range, the number after it spaced on both sides: kept (documented)",
}
NORMALIZE_MISSES: dict[int, str] = {
    3: "a 文号 in ［］: finding its bracket or its 号 costs a scan of every text (~0.1% each)",
}


@pytest.mark.parametrize(("step", "text", "want"), hygiene_cases(CASES, MISSES))
def test_blind_step(step: str, text: str, want: str | None) -> None:
    check_step(step, text, want)


@pytest.mark.parametrize(("text", "want"), normalize_cases(NORMALIZED, NORMALIZE_MISSES))
def test_blind_normalize(text: str, want: str) -> None:
    assert normalize(text) == want


def test_set_size() -> None:
    assert len(CASES) == 50 and len({(s, t) for s, t, _ in CASES}) == 50
    assert len(NORMALIZED) == 6
