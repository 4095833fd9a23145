"""A date alone on a line (``boilerplate._DATE_LINE``: a 公文's 成文日期, its hour, its day of the week) read in linear
time (FXR1, review of int42 #3, pre-existing since d358943): runs of blanks stood side by side around the optional
closing bracket and weekday, so a date, thousands of blanks and a mark that is not the weekday's took time in the square
of the run (0.017 / 0.24 / 4.25 s at 1k / 4k / 16k tabs). The pattern now has no two runs of blanks side by side, each
optional mark carrying its own blanks; it reads the same lines as before (hypothesis, against the former pattern), and
so does the site's date built on it (``_site_date``)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.boilerplate import _DATE_LINE, _site_date
from govtext.spam import classify_lines
from linear_common import assert_linear

#: The pattern before the fix (d358943 to int42), to compare with.
_FORMER = re.compile(
    r"[（(]?\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日(?:\s*\d{1,2}\s*时(?:\s*\d{1,2}\s*分)?)?\s*[）)]?"
    r"(?:\s*[（(]\s*(?:星期|周)[一二三四五六日天]\s*[）)])?"
)
_FORMER_SITE = re.compile(_FORMER.pattern + r"\s+(?:星期|周)[一二三四五六日天]")

_BLANK = st.one_of(st.just(""), st.just(""), st.text(alphabet=" \t\u3000", max_size=4))
_PARTS = [  # (the forms a date takes, most of them; a few that are none, to read the failures too)
    st.sampled_from(["", "", "（", "("]), st.sampled_from(["2026", "2026", "2026", "二〇二六", "202"]), st.just("年"),
    st.sampled_from(["1", "11", "十一", "123", "1"]), st.just("月"), st.sampled_from(["1", "20", "二十", "三十一"]),
    st.sampled_from(["日", "日", "日", "号"]), st.sampled_from(["", "", "10时", "10 时 30 分", "9时5"]),
    st.sampled_from(["", "", "）", ")", "）)"]),
    st.sampled_from(["", "", "", "（星期五）", "(周日)", "（ 周 五 ）", "（星期五）", "（周五", "（星期八）"]),
    st.sampled_from(["", "", "", "", "", "", "", "", "星期三", "周一", "x", "）", "（周五）x"]),
]


@st.composite
def _date_lines(draw: st.DrawFn) -> str:
    """A date's tokens in order, each optional one there or not, runs of blanks of any kind between them."""
    return "".join(draw(_BLANK) + draw(part) for part in _PARTS) + draw(_BLANK)


@settings(max_examples=1500, deadline=None)
@given(st.one_of(_date_lines(), st.text(alphabet="2026年1月日时分（）() \t\u3000星期周五x", max_size=24)))
def test_the_date_line_reads_the_lines_it_read_before(line: str) -> None:
    """The linear pattern matches a whole line exactly when the former one did, and so does the site's date on it."""
    assert (_DATE_LINE.fullmatch(line) is None) == (_FORMER.fullmatch(line) is None), line
    assert (_site_date().fullmatch(line) is None) == (_FORMER_SITE.fullmatch(line) is None), line


@pytest.mark.parametrize("line", [
    "2026年11月20日", "2026年11月20日（星期五）", "（2026年11月20日）", "2026年8月21日10时30分", "二〇二六年十一月二十日",
    "2026 年 1 月 1 日 （ 周五 ）", "（2026年1月1日） (周五)", "2026年1月1日   ",
])
def test_a_date_alone_still_matches(line: str) -> None:
    assert _DATE_LINE.fullmatch(line)


@pytest.mark.parametrize("line", ["2026年1月1日（周五） ", "（2026年1月1日） ", "2026年1月1日（周五）x", "2026年1月1日 星期五"])
def test_a_date_with_more_after_it_still_does_not(line: str) -> None:
    assert _DATE_LINE.fullmatch(line) is None


_ADVERSARIAL = [
    lambda n: "2026年1月1日" + "\t" * n + "（周五）x",
    lambda n: "2026年1月1日" + " " * n + "x",
    lambda n: "（2026年1月1日" + "\u3000" * n + "）" + " " * n + "（周五x",
    lambda n: "2026年8月21日10时" + " " * n + "30" + " " * n + "分" + " " * n + ")" + " " * n + "x",
    lambda n: "2026年1月1日" + " " * n + "(" + " " * n + "周五" + " " * n + "x",
]


@pytest.mark.parametrize("shape", range(len(_ADVERSARIAL)))
def test_the_date_line_is_read_in_linear_time(shape: int) -> None:
    """A date with long runs of blanks around its marks, the line not a date alone: four times the blanks take less
    than eight times as long (the former pattern took sixteen: a square)."""
    make = _ADVERSARIAL[shape]
    assert_linear(_DATE_LINE.fullmatch, make(4000), make(16000), repeat=3, label=shape)


def test_a_page_with_such_a_line_is_read_in_linear_time() -> None:
    """classify_lines on a notice whose signature's date runs on in thousands of tabs (3.9 s at 16k before)."""
    head = ["某市人民政府", "首页", "政务公开", "当前位置：首页 > 政务公开", "关于做好冬季安全生产工作的通知",
            "现将有关事项通知如下，请各单位认真落实。", "特此通知。", "某区人民政府"]
    tail = ["打印本页 关闭窗口", "主办单位：某市人民政府", "某ICP备00001234号"]

    def page(n: int) -> str:
        return "\n".join([*head, "2026年1月1日" + "\t" * n + "（周五）x", *tail])
    assert_linear(classify_lines, page(4000), page(16000), repeat=2)


def test_the_former_pattern_was_quadratic() -> None:
    """The check above can fail: the former pattern on the first shape is no linear read."""
    make = _ADVERSARIAL[0]
    with pytest.raises(AssertionError):
        assert_linear(_FORMER.fullmatch, make(2000), make(8000))
