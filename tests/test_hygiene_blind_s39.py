"""Session 39's blind set for the hygiene steps other than mojibake (MJ39): the eighth blind set of
:func:`fix_cjk_spacing`, :func:`restore_lost_quotes`, :func:`strip_ruby`,
:func:`fix_punctuation_width` and :func:`normalize_whitespace`, written from their docstrings and
docs/guide (hygiene.md) before reading ``govtext.hygiene`` or ``govtext.ruby``. Our own invented
lines in the style of PDF-extracted and crawled government and education pages. It stresses what
s32-s38 covered less: full-width ASCII letters and digits (``ＡＢＣ１２３``) in names, codes and
dates; headings letter-spaced with ideographic or ASCII blanks (``通　知``, ``公 告``); blanks,
NBSP and thin spaces grouping the thousands of a number (``1 000 000``); separator lines of
``＝`` or ``—``; bullets (``•``, ``·``, ``●``, ``■``) before list items; 、 against ， in lists;
「」『』 quotes in simplified text; ellipses written ``...``, ``。。。``, ``……``; trailing blanks
and blank lines at the end; a BOM inside a line; soft hyphens in URLs; the interpunct of foreign
names (``·`` U+00B7, ``・`` U+30FB, ``•`` U+2022); ASCII brackets around Chinese list numbers
(``(一)、(二)``) and full-width brackets around ASCII (``（ABC）``).

Expected: what the step's documented contract gives. Where the contract is silent, the choice made
here:

* full-width letters and digits are no step's to fold (no step's contract names width folding of
  letters, and ``（ABC）`` is never made ASCII): they stay; a full-width number is a number to
  :func:`fix_cjk_spacing`, as an ASCII one is (``２０２６ 年`` → ``２０２６年``);
* blanks grouping the thousands of a number (``1 000 000元``, SI style) stay ASCII blanks: no
  step joins digits (a blank before a number is kept, documented); an NBSP or thin space between
  them becomes an ASCII space (documented: every Unicode space);
* a line of separators (``＝＝＝``, ``———``) is left as it is by every step;
* a bullet followed by a blank (``● ``, ``■ ``, ``• ``) keeps its blank: it starts a list item;
* 、 and ， are the writer's: no step changes one to the other; an ASCII ``,`` widens to ``，``;
* 「」『』 are left as they are (no step converts corner quotes), and blanks just inside them
  around Chinese go as beside any opening or closing Chinese punctuation (documented);
* an ellipsis written ``...`` after Chinese is no full stop: it stays (its first "." is not the
  line's last character); ``。。。`` and ``……`` stay, and blanks around ``……`` between Chinese
  go as beside other Chinese punctuation (it closes what comes before it);
* trailing blanks go from every line and the final run of newlines is folded like any other run
  (documented: three or more become two);
* a BOM or soft hyphen inside a word or a URL goes (documented);
* ``·`` and ``・`` between the parts of a foreign name: a blank on one side goes (documented);
  ``•`` is a bullet, never touched between names;
* ASCII brackets around a Chinese list number (``(一)、``) become full width (documented: they hold
  a Han character and touch Chinese punctuation); full-width brackets around ASCII stay.

Figures: unseen (commit a0a193f, before any fix) 49/50 step cases and 5/5 normalize cases right.
The miss: blanks around ``……`` between Chinese kept (#31).

After this session's fix 50/50 and 5/5: :func:`fix_cjk_spacing` removes the blanks around an
ellipsis of one or two ``…`` between Chinese as around other Chinese punctuation (#31); the
longer leaders of a table of contents (``总则 ………… 1``) keep theirs.
"""

from __future__ import annotations

import pytest

from blind import check_step, hygiene_cases, normalize_cases
from govtext import normalize

# (step, input, expected output of the step; None: unchanged)
CASES: list[tuple[str, str, str | None]] = [
    # full-width letters and digits
    ("ws", "准考证号：ＡＢＣ１２３４５", None),
    ("width", "型号ＸＹ－１２,数量5台", "型号ＸＹ－１２，数量5台"),
    ("spacing", "２０２６ 年３ 月１ 日起施行", "２０２６年３月１日起施行"),
    ("spacing", "共有１２ 所学校参加", "共有１２所学校参加"),
    ("width", "（ABC）公司与（ＡＢＣ）集团", None),
    # letter-spaced headings
    ("ws", "通\u3000知", "通知"),
    ("ws", "公\u3000\u3000告\n各学校：", "公告\n各学校："),
    ("spacing", "公 告", None),
    ("spacing", "关 于 召 开 全 市 教 育 工 作 会 议 的 通 知", "关于召开全市教育工作会议的通知"),
    ("ws", "年\u3000月\u3000日", "年 月 日"),
    # blanks grouping thousands
    ("spacing", "投入资金1 000 000元", None),
    ("ws", "投入资金1\u00a0000\u00a0000元", "投入资金1 000 000元"),
    ("ws", "招生2\u2009500人", "招生2 500人"),
    ("width", "投入资金1,000,000元,用于", "投入资金1,000,000元，用于"),
    # separator lines
    ("ws", "＝＝＝＝＝＝＝＝\n正文如下", None),
    ("width", "————————————", None),
    ("spacing", "——————\n附件", None),
    ("width", "==========", None),
    # bullets before list items
    ("spacing", "● 2026 年工作要点", "● 2026年工作要点"),
    ("spacing", "■ 总体要求", None),
    ("spacing", "• 招生计划", None),
    ("width", "· 报名时间:3月1日", "· 报名时间：3月1日"),
    # 、 against ，
    ("width", "语文,数学,英语", "语文，数学，英语"),
    ("width", "语文、数学,英语和科学", "语文、数学，英语和科学"),
    ("spacing", "语文 、数学 、英语", "语文、数学、英语"),
    # corner quotes in simplified text
    ("width", "「双减」政策和『五育并举』", None),
    ("spacing", "落实「 双减 」政策", "落实「双减」政策"),
    ("width", '"双减"和「五育」', "“双减”和「五育」"),
    # ellipses
    ("width", "语文、数学、英语等...", None),
    ("width", "请稍候。。。", None),
    ("width", "等等……。", None),
    ("spacing", "等等 …… 各项工作", "等等……各项工作"),
    # trailing blanks and blank lines at the end
    ("ws", "特此通知。 \u3000\n\n\n\n", "特此通知。\n\n"),
    ("ws", "各学校：\t \n现将有关事项通知如下。", "各学校：\n现将有关事项通知如下。"),
    # a BOM inside a line, soft hyphens
    ("ws", "20\ufeff26年招生", "2026年招生"),
    ("ws", "https://www.exam\u00adple.gov.cn/tz\u00adgg/", "https://www.example.gov.cn/tzgg/"),
    ("ws", "教育\u00ad部", "教育部"),
    # interpuncts in foreign names
    ("spacing", "约翰 ·史密斯", "约翰·史密斯"),
    ("spacing", "约翰・ 史密斯教授", "约翰・史密斯教授"),
    ("ws", "约翰·史密斯", None),
    ("width", "约翰•史密斯", None),
    ("spacing", "首页 • 新闻 • 通知", None),
    ("ruby", "约翰·史密斯(John Smith)", None),
    # brackets: ASCII around Chinese, full width around ASCII
    ("width", "(一)、(二)、(三)", "（一）、（二）、（三）"),
    ("width", "(一)总体要求", "（一）总体要求"),
    ("width", "（ABC）", None),
    ("width", "(ABC)公司", None),
    ("ruby", "（一）总体要求", None),
    ("ruby", "學(xué)校(xiào)", "學校"),
    ("quotes", "学习?中小学生守则?和?中学生日常行为规范?", "学习《中小学生守则》和《中学生日常行为规范》"),
]

# (input, expected output of normalize): the steps together
NORMALIZED: list[tuple[str, str]] = [
    ("约翰 ·史密斯教授(英国)来校讲座,主题为「 人工智能 」。", "约翰·史密斯教授（英国）来校讲座，主题为「人工智能」。"),
    ("自２０２６ 年３ 月１ 日起施行,准考证号ＡＢＣ１２３。", "自２０２６年３月１日起施行，准考证号ＡＢＣ１２３。"),
    ("(一)、(二)两项工作由教务处负责,请各学校\ufeff认真落实.", "（一）、（二）两项工作由教务处负责，请各学校认真落实。"),
    ("各学校要高度重视。 \n\n\n\n投入资金1\u00a0000\u00a0000元,用于校舍维修.", "各学校要高度重视。\n\n投入资金1 000 000元，用于校舍维修。"),
    ("详见https://www.exam\u00adple.gov.cn/tzgg/,语文、数学,英语等...", "详见https://www.example.gov.cn/tzgg/，语文、数学，英语等..."),
]

# Misses, by index in CASES / NORMALIZED.
MISSES: dict[int, str] = {}
NORMALIZE_MISSES: dict[int, str] = {}


@pytest.mark.parametrize(("step", "text", "want"), hygiene_cases(CASES, MISSES))
def test_blind_step(step: str, text: str, want: str | None) -> None:
    check_step(step, text, want)


@pytest.mark.parametrize(("text", "want"), normalize_cases(NORMALIZED, NORMALIZE_MISSES))
def test_blind_normalize(text: str, want: str) -> None:
    assert normalize(text) == want


def test_set_size() -> None:
    assert len(CASES) == 50 and len({(s, t) for s, t, _ in CASES}) == 50
    assert len(NORMALIZED) == 5
