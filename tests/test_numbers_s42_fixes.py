"""The classes session 42's blind set (NB42, tests/test_numbers_blind_s42.py) showed, each tested with invented
variants and with the look-alikes that must stay as they were."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtext.numbers import find_numbers, numbers_to_digits
from govtext.numbers.scanner import iso_folded
from linear_common import assert_linear


def _read(text: str) -> list[tuple[object, ...]]:
    return [(m.text, m.kind, str(m.low), str(m.high)) for m in find_numbers(text)]


def test_a_dotted_date_then_a_month_and_day_is_a_range_of_dates() -> None:
    """报名时间：2026.3.5-3.8, 公示期为2026.4.1至4.7, 2026.3.30—4.2止 and 2026.12.30至1.2: a full date written with dots, a
    range's connector and a month and its day joined by a dot are a range of dates in the first date's year (the next
    year's where the second is earlier in the year), as 2026年7月15日—18日 is (they were the date and a decimal)."""
    got = _read("报名时间：2026.3.5-3.8，公示期为2026.4.1至4.7，时间2026.3.30—4.2止，2026.12.30至1.2。")
    assert got == [("2026.3.5-3.8", "range", "2026-03-05", "2026-03-08"), ("2026.4.1至4.7", "range", "2026-04-01", "2026-04-07"),
                   ("2026.3.30—4.2", "range", "2026-03-30", "2026-04-02"), ("2026.12.30至1.2", "range", "2026-12-30", "2027-01-02")]
    assert numbers_to_digits("报名时间：2026.3.5-3.8，") == "报名时间：2026.3.5-3.8，"


def test_a_dotted_date_then_a_day_alone_is_a_range_of_days() -> None:
    """2026.3.5-8， and 2026.3.30-2: a day alone after a dotted date and a connector ends a range of days in its month, or
    in the next one over the month's end, as 5月10-12日 and 5月30-2日 do (the 8 was a bare integer); 2026.2.27-30 (no
    30th of February) keeps the date alone, as 2月28日至30日 does."""
    got = _read("2026.3.5-8，2026.3.30-2，2026.2.27-30。")
    assert got == [("2026.3.5-8", "range", "2026-03-05", "2026-03-08"), ("2026.3.30-2", "range", "2026-03-30", "2026-04-02"),
                   ("2026.2.27", "date", "2026-02-27", "2026-02-27")]


@pytest.mark.parametrize(("text", "want"), [
    ("2026.3.5-3.8元", [("2026.3.5", "date"), ("3.8元", "money")]),  # a unit: an amount
    ("2026.3.5—3.8%", [("2026.3.5", "date"), ("3.8%", "percent")]),
    ("2026.3.5-13.8", [("2026.3.5", "date"), ("13.8", "decimal")]),  # no 13th month
    ("2026.3.5-4.31", [("2026.3.5", "date"), ("4.31", "decimal")]),  # no 31st of April
    ("2026.3.25-3.8", [("2026.3.25", "date"), ("3.8", "decimal")]),  # it would run backwards
    ("2026.3.5-3.8万", [("2026.3.5", "date"), ("3.8万", "integer")]),
    ("2026年3月5日-3.8", [("2026年3月5日", "date"), ("3.8", "decimal")]),  # no dotted date before it
    ("2026.3-3.8", [("2026.3", "decimal"), ("3.8", "decimal")]),  # no full date before it
])
def test_other_numbers_after_a_dotted_date_stay(text: str, want: list[tuple[str, str]]) -> None:
    """A number with a unit, no month and day or a day that makes no forward range, or a right end after a date not
    written with dots, reads as before."""
    assert [(m.text, m.kind) for m in find_numbers(text)] == want


def test_a_list_of_classes_named_by_lone_numerals() -> None:
    """二类、三类地区, 一类、二类、三类, 二类和三类, Ⅱ类、三类 and 三类、四类地区: a lone numeral before 类 listed with another
    such class is a class, an ordinal kept as written as 二类 is (三类 and 四类 were counts of 类, rewritten 3类 beside
    二类 kept); a lone 一 stays no mention (the tested convention)."""
    got = [(m.text, m.kind, m.low) for m in find_numbers("二类、三类地区，一类、二类、三类，二类和三类，Ⅱ类、三类，三类、四类地区")]
    assert got == [("二类", "ordinal", 2), ("三类", "ordinal", 3), ("二类", "ordinal", 2), ("三类", "ordinal", 3),
                   ("二类", "ordinal", 2), ("三类", "ordinal", 3), ("Ⅱ类", "ordinal", 2), ("三类", "ordinal", 3),
                   ("三类", "ordinal", 3), ("四类", "ordinal", 4)]
    for text in ("二类、三类地区", "Ⅱ类、三类", "三类、四类地区", "执行一类、二类、三类标准"):
        assert numbers_to_digits(text) == text


def test_items_of_a_list_led_by_classes() -> None:
    """一类课程十二门、二类课程二十门、三类课程三十五门 and 二类项目五个、三类项目八个: an item led by a lone numeral and 类
    before the joiner makes the next item's 三类 a class too (it was a count, rewritten 3类课程)."""
    got = [(m.text, m.kind) for m in find_numbers("一类课程十二门、二类课程二十门、三类课程三十五门")]
    assert got == [("十二门", "count"), ("二类", "ordinal"), ("二十门", "count"), ("三类", "ordinal"), ("三十五门", "count")]
    assert numbers_to_digits("一类课程十二门、二类课程二十门、三类课程三十五门") == "一类课程12门、二类课程20门、三类课程35门"
    assert numbers_to_digits("二类项目五个、三类项目八个") == "二类项目5个、三类项目8个"


@pytest.mark.parametrize(("text", "rewrite"), [
    ("三类地区", "3类地区"),  # alone: a count, as before
    ("分为三类", "分为3类"),
    ("分为三类、四类", "分为3类、4类"),  # a list of counts after a word of dividing
    ("共三类、四类", "共3类、4类"),
    ("十三类、十四类", "13类、14类"),  # no lone numerals
    ("三类和四个", "3类和4个"),  # another unit after the joiner
    ("共有二类课程二十门，三类课程三十五门", "共有二类课程20门，3类课程35门"),  # a comma parts the clauses, no list
    ("学校开设二十类课程、三类讲座", "学校开设20类课程、3类讲座"),
    ("今年二类课程较多、三类课程", "今年二类课程较多、3类课程"),  # the item before is not led by the class
    ("三类人群、四类场所", "3类人群、4类场所"),  # kinds of two words: counts
    ("二类课程五门、四类课程", "二类课程5门、4类课程"),  # no class right before it
])
def test_counts_of_classes_outside_a_list_of_classes_stay(text: str, rewrite: str) -> None:
    """A count of classes alone, after 分为, after a numeral that is no lone one, beside another unit or after an item not
    led by a class reads and rewrites as before."""
    assert numbers_to_digits(text) == rewrite


@pytest.mark.parametrize(("text", "rewrite"), [
    ("一类课程十二门、二类课程二十门", "一类课程12门、二类课程20门"),
    ("一级指标三个、二级指标十二个", "一级指标3个、二级指标12个"),
    ("新建三所、二期工程", "新建3所、二期工程"),
    ("十几门、第二批", "十几门、第2批"),
])
def test_a_count_before_a_class_of_another_unit_is_rewritten(text: str, rewrite: str) -> None:
    """A count ending a list's item, then a class or a grade named by its numeral before another unit starting the next
    (十二门、二类, 三个、二级, 三所、二期): two items, no numeral of one phrase, so the count is rewritten (it was kept as
    written beside the kept class)."""
    assert numbers_to_digits(text) == rewrite


@pytest.mark.parametrize("text", ["二期、三期工程", "一年和五年", "百分之二、三", "第一、二轮", "四级三类", "五年百部",
                                  "二十年或五十年一遇", "三、四月份"])
def test_one_phrase_of_kept_numerals_stays_whole(text: str) -> None:
    """Numerals of one phrase, sharing their unit across a joiner or glued, stay as written (the rule above parts only a
    count from a class of another unit)."""
    assert numbers_to_digits(text) == text


def test_a_value_after_an_economic_indicators_abbreviation() -> None:
    """(found probing the set's bulletins) 全市GDP 3500亿元, 人均GDP 1.2万美元, PMI 50.2%, CPI 102.1, GDP 2023-2025年 and
    GDP增长5.2%: Arabic digits after GDP, GNP, GNI, CPI, PPI or PMI and a blank are the indicator's value (they were an
    identifier's number, no mention), as 人均GDP一万两千美元 is read and a value after a verb is."""
    got = _read("全市GDP 3500亿元，人均GDP 1.2万美元，PMI 50.2%，CPI 102.1，GDP 2023-2025年，GDP增长5.2%")
    assert got == [("3500亿元", "money", "350000000000", "350000000000"), ("1.2万美元", "money", "12000", "12000"),
                   ("50.2%", "percent", "50.2", "50.2"), ("102.1", "decimal", "102.1", "102.1"),
                   ("2023-2025年", "range", "2023", "2025"), ("5.2%", "percent", "5.2", "5.2")]


@pytest.mark.parametrize("text", ["XGDP 5", "GDPX 5", "型号ABC 300", "编号XK 2026", "CPC 2", "v100", "GDPR 2018",
                                  "GDP2023", "CPI1", "PMI50", "数据表GNI2025", "人均GDP1"])
def test_other_letters_before_digits_stay_an_identifier(text: str) -> None:
    """Letters that are no indicator's abbreviation as a word of its own keep the digits after them an identifier's."""
    assert find_numbers(text) == []


def test_a_year_before_a_range_of_months_is_its_year() -> None:
    """(found probing the set's bulletins) 2026年1-10月, 2026年1—6月, 2026年1至6月, 二〇二六年一至六月 and 2025年1-12月份: a year
    right before a range of months is the range's year, one mention from 2026-01, as 2026年1月至6月 is and as a month
    right before a range of days is its month (they were the year, then months of no year; the held-out statistics
    pages write 2026年1-10月 in their headings)."""
    got = _read("2026年1-10月，2026年1—6月，2026年1至6月，二〇二六年一至六月，2025年1-12月份")
    assert got == [("2026年1-10月", "range", "2026-01", "2026-10"), ("2026年1—6月", "range", "2026-01", "2026-06"),
                   ("2026年1至6月", "range", "2026-01", "2026-06"), ("二〇二六年一至六月", "range", "2026-01", "2026-06"),
                   ("2025年1-12月", "range", "2025-01", "2025-12")]
    assert numbers_to_digits("二〇二六年一至六月，全市") == "2026年1至6月，全市"


@pytest.mark.parametrize(("text", "want"), [
    ("2026年10-3月", [("2026年", "year"), ("10-3月", "range")]),  # backwards: left as it was
    ("2026年度1-6月", [("2026年度", "year"), ("1-6月", "range")]),  # a fiscal year's name
    ("2021—2025年1-6月", [("2021—2025年", "range"), ("1-6月", "range")]),  # a range of years
    ("近两年1-6月", [("两年", "duration"), ("1-6月", "range")]),  # a span
    ("今年1-6月", [("1-6月", "range")]),
    ("2026年，1-6月", [("2026年", "year"), ("1-6月", "range")]),  # not right before
])
def test_other_words_before_a_range_of_months_stay(text: str, want: list[tuple[str, str]]) -> None:
    """A range of months after a span, a range of years, 年度, a comma, or running backwards reads as before."""
    assert [(m.text, m.kind) for m in find_numbers(text)] == want


def test_qi_jian_after_a_decimal_is_the_word_during() -> None:
    """(found probing the set's dotted ranges) 于2026.3.5—3.8期间, 2026.3.5-3.8期间举行, 3.8期间 and 5.1期间: 期 before 间 after a
    decimal starts the word 期间 (during), no count of 3.8 phases (the range's right end was 3.8期, a count, and the
    range lost); 3.5期, 二十一期间 (s37), 在3期间 and 第3期间隔 keep their 期."""
    got = [(m.text, m.kind) for m in find_numbers("于2026.3.5—3.8期间，2026.3.5-3.8期间举行，3.8期间，5.1期间")]
    assert got == [("2026.3.5—3.8", "range"), ("2026.3.5-3.8", "range"), ("3.8", "decimal"), ("5.1", "decimal")]
    got = [(m.text, m.unit) for m in find_numbers("3.5期，二十一期间，在3期间，第3期间隔")]
    assert got == [("3.5期", "期"), ("二十一期", "期"), ("3期", "期"), ("第3期", "期")]


def test_an_iso_date_in_full_width_digits() -> None:
    """(found probing the set's dotted dates) 日期：２０２６－０３－０５, ２０２６．３．５, ２０２６／３／５, 自２０２６．３起 and
    ２０２６－０３－０５至２０２６－０３－０８: a date written in full-width digits and separators is the date its ASCII form
    is (they were the integer 2026 and the negatives -3 and -5, or nothing)."""
    got = _read("日期：２０２６－０３－０５，２０２６．３．５，２０２６／３／５，自２０２６．３起，２０２６－０３－０５至２０２６－０３－０８")
    assert got == [("２０２６－０３－０５", "date", "2026-03-05", "2026-03-05"), ("２０２６．３．５", "date", "2026-03-05", "2026-03-05"),
                   ("２０２６／３／５", "date", "2026-03-05", "2026-03-05"), ("２０２６．３", "date", "2026-03", "2026-03"),
                   ("２０２６－０３－０５至２０２６－０３－０８", "range", "2026-03-05", "2026-03-08")]


def test_a_full_width_dash_after_a_full_width_digit_joins_a_range() -> None:
    """(found with the class above) ３－５年, １９９８－２００８年, ３－５万元 and ２０２６．３．５－３．８: a full-width dash right
    after a full-width digit joins a range, as - after 3 does (it was a minus sign: 3 and -5年, the year -2008);
    气温－５℃ and 温度－３．８ (after a word) keep their reading."""
    got = _read("３－５年，１９９８－２００８年，３－５万元，２０２６．３．５－３．８")
    assert got == [("３－５年", "range", "3", "5"), ("１９９８－２００８年", "range", "1998", "2008"),
                   ("３－５万元", "range", "30000", "50000"), ("２０２６．３．５－３．８", "range", "2026-03-05", "2026-03-08")]
    assert [(m.text, str(m.low)) for m in find_numbers("气温－５℃，温度－３．８")] == [("－５℃", "-5"), ("３．８", "3.8")]


@pytest.mark.parametrize(("text", "want"), [
    ("３月５日", [("３月５日", "date")]),  # no ISO separator: read as before
    ("２０２６．５万元", [("２０２６．５万元", "money")]),  # a decimal amount, no date
    ("时间：２０２６．３", [("２０２６．３", "decimal")]),  # a year and its month with no word of a point in time
])
def test_full_width_numbers_that_are_no_iso_dates_stay(text: str, want: list[tuple[str, str]]) -> None:
    """Full-width digits with no ISO date's shape read as before."""
    assert [(m.text, m.kind) for m in find_numbers(text)] == want


def test_di_typeset_apart_from_its_number() -> None:
    """(found probing the set's ordinals in typeset tables) 第 3 名, 第 12 届, 排名第 2 位, 〔2026〕第 9 期, 第　3　名 and 第 3-5 名: 第
    and an Arabic number with one blank between are the ordinal 第3名 is (they were counts of 3 名, 12 届, 9 期; the
    equivalence run shows 第 9 期 in two held-out pages' mastheads)."""
    got = [(m.text, m.kind, m.low, m.unit) for m in find_numbers("第 3 名，第 12 届，排名第 2 位，〔2026〕第 9 期，第\u30003\u3000名")]
    assert got == [("第 3 名", "ordinal", 3, "名"), ("第 12 届", "ordinal", 12, "届"), ("第 2 位", "ordinal", 2, "位"),
                   ("第 9 期", "ordinal", 9, "期"), ("第\u30003\u3000名", "ordinal", 3, "名")]
    assert [(m.text, m.kind) for m in find_numbers("第 3-5 名")] == [("第 3-5 名", "range")]


@pytest.mark.parametrize(("text", "want"), [
    ("公告第 8 号", []),  # a document's number
    ("国务院令第 708 号", []),
    ("第 5 号台风", []),  # a designation
    ("第  3 名", [("3 名", "count")]),  # two blanks: no typeset 第
    ("次第 3", [("3", "integer")]),  # no unit after it
    ("第 三 条", [("第 三 条", "ordinal")]),
    ("第 一 中学", []),  # a school's name
])
def test_other_numbers_after_a_spaced_di_stay(text: str, want: list[tuple[str, str]]) -> None:
    """A number before 号, after two blanks, with no unit or in a name reads as before (第 三 条, a law's marker, was a
    count rewritten 第 3 条: now the ordinal, kept as written as 第三条 is)."""
    assert [(m.text, m.kind) for m in find_numbers(text)] == want


@given(st.text(alphabet="0123456789０１２３４５６７８９－／．-./年月日至：:", max_size=40))
def test_the_iso_fold_keeps_every_position(text: str) -> None:
    """The folded text the ISO dates are found in has one character for each of the text's (its spans are the text's),
    and differs only where a full-width digit or separator stood."""
    folded = iso_folded(text)
    assert len(folded) == len(text)
    assert all(a == b or a in "０１２３４５６７８９－／．" for a, b in zip(text, folded, strict=True))


@pytest.mark.parametrize("piece", ["2026.3.5-3.8，", "2026.3.5-", "二类、三类、", "一类课程十二门、", "三类课程三十五门、二类",
                                   "二类课程较多的、", "GDP 3", "XGDP 1", "2026年1-6月", "2026年1-", "3.8期间", "２０２６－０３－０５，", "３－５年、", "２０２６．", "第 3 名", "第 "])
def test_the_classes_read_in_linear_time(piece: str) -> None:
    """The session's rules on adversarial repetitions of their triggers: linear."""
    n = 4000 // len(piece)
    assert_linear(find_numbers, piece * n, piece * (4 * n), label=piece)
    assert_linear(numbers_to_digits, piece * n, piece * (4 * n), label=piece)


@pytest.mark.parametrize(("text", "low"), [
    ("气温①-3℃", "-3"), ("气温²-3℃", "-3"), ("最低气温⑵-5℃", "-5"), ("指标③-2.5%", "-2.5"),
])
def test_a_dash_after_a_digit_like_mark_is_a_minus(text: str, low: str) -> None:
    """(review of NB42) ①, ⑵ and ² are digits to str.isdigit but no full-width digit of a range's first end: the dash after
    them is a minus sign, as after any other mark (they were ranges' dashes: 3 for −3)."""
    assert [str(m.low) for m in find_numbers(text)] == [low]


@pytest.mark.parametrize(("text", "want"), [("３－５年", ("３－５年", "range")), ("１０－２０人", ("１０－２０人", "range"))])
def test_a_dash_after_a_full_width_digit_stays_a_range(text: str, want: tuple[str, str]) -> None:
    """A full-width digit before the dash keeps it a range's (the look-alike of the minus above)."""
    assert [(m.text, m.kind) for m in find_numbers(text)] == [want]


@pytest.mark.parametrize(("text", "want"), [
    ("修缮历史宅第 3 处", [("3 处", "count")]), ("进士及第 3 人", [("3 人", "count")]),
    ("全县状元及第 2 人", [("2 人", "count")]), ("古镇宅第 12 座", [("12 座", "count")]),
])
def test_a_word_ending_in_di_before_a_spaced_number_counts(text: str, want: list[tuple[str, str]]) -> None:
    """(review of NB42) 宅第 and 进士及第 end a word with their 第: the number a blank parts from it is a count, as before
    the spaced 第 rule (they were ordinals 第 3 处, 第 3 人)."""
    assert [(m.text, m.kind) for m in find_numbers(text)] == want


@pytest.mark.parametrize(("text", "want"), [
    ("以及第 3 名", [("第 3 名", "ordinal")]), ("本次第 3 期", [("第 3 期", "ordinal")]),
    ("住宅第 3 栋", [("第 3 栋", "ordinal")]), ("涉及第 5 条", [("第 5 条", "ordinal")]), ("次第 3", [("3", "integer")]),
])
def test_a_word_before_an_ordinals_di_keeps_it(text: str, want: list[tuple[str, str]]) -> None:
    """以及, 本次, 住宅 and 涉及 end before the 第: the spaced ordinal stays; 次第 3 (no unit) an integer as documented."""
    assert [(m.text, m.kind) for m in find_numbers(text)] == want


@pytest.mark.parametrize(("text", "rewrite"), [
    ("二类地区补助四百元、三类地区补助三百元", "二类地区补助400元、三类地区补助300元"),
    ("一类地区补助五百元、二类地区补助四百元、三类地区补助三百元", "一类地区补助500元、二类地区补助400元、三类地区补助300元"),
    ("二类补贴百分之五、三类补贴百分之三", "二类补贴5%、三类补贴3%"),
    ("二类岗位工资两千元和三类岗位工资一千八百元", "二类岗位工资2000元和三类岗位工资1800元"),
    ("二类项目期限三年、三类项目期限五年", "二类项目期限3年、三类项目期限5年"),
    ("二类地区补助4百元、三类地区补助三百元", "二类地区补助400元、三类地区补助300元"),
])
def test_quantities_of_a_list_of_classes_are_written_alike(text: str, rewrite: str) -> None:
    """(review of NB42) An amount, a percentage or a span ending an item before the next item's class is rewritten as a
    count there is (四百元 and 百分之五 were kept as written beside the kept 三类 while the last item's was rewritten); the
    classes stay as written."""
    assert numbers_to_digits(text) == rewrite


@pytest.mark.parametrize(("text", "rewrite"), [
    ("三类课程十二门、四类课程二十门", "三类课程12门、四类课程20门"),
    ("三类人员五名、四类人员两名", "三类人员5名、四类人员2名"),
    ("二类区三个、三类区五个", "二类区3个、三类区5个"),
    ("Ⅱ类水体四个、三类水体七个", "Ⅱ类水体4个、三类水体7个"),
    ("其中，四类岗位六个和五类岗位九个", "其中，四类岗位6个和五类岗位9个"),
])
def test_the_first_item_of_a_list_of_classes_is_a_class(text: str, rewrite: str) -> None:
    """(review of NB42) The list's first item is a class when the next item is the next class of the same word (三类 was a
    count rewritten 3类 while the 四类 after it was kept as a class)."""
    assert numbers_to_digits(text) == rewrite


@pytest.mark.parametrize(("text", "rewrite"), [
    ("一类区三个、二类区五个、三类区八个", "一类区3个、二类区5个、三类区8个"),
    ("一类车三辆、二类车五辆、三类车八辆", "一类车3辆、二类车5辆、三类车8辆"),
    ("一类义务教育学校十所、二类义务教育学校八所", "一类义务教育学校10所、二类义务教育学校8所"),
    ("一类地区补助标准五百元、二类地区补助标准四百元", "一类地区补助标准500元、二类地区补助标准400元"),
])
def test_a_class_items_word_is_compared_whole(text: str, rewrite: str) -> None:
    """(review of NB42) The word compared is the noun between 类 and the item's number, of any length up to
    CLASS_WORD_MAX (区, 车: one character; 义务教育学校: six), not two characters (三类区 was a count beside 一类, 二类)."""
    assert numbers_to_digits(text) == rewrite


@pytest.mark.parametrize(("text", "rewrite"), [
    ("三类区三个、四类车五辆", "3类区3个、4类车5辆"),  # another word: kinds counted
    ("三类区三个、四类区域五个", "3类区3个、4类区域5个"),  # a longer word is another word
    ("三类课程十二门、五类课程二十门", "3类课程12门、5类课程20门"),  # no next class
    ("三类课程十二门，四类课程二十门", "3类课程12门，4类课程20门"),  # a comma parts the clauses
    ("这三类课程十二门、四类课程二十门", "这3类课程12门、4类课程20门"),  # a demonstrative: these three kinds
    ("共三类课程十二门、四类课程二十门", "共3类课程12门、4类课程20门"),
])
def test_items_of_other_words_or_ranks_count(text: str, rewrite: str) -> None:
    """Items of another word or a class that is not the next keep counting kinds, as before the list rules."""
    assert numbers_to_digits(text) == rewrite


@pytest.mark.parametrize(("text", "rewrite"), [
    ("这三类、四类问题", "这3类、4类问题"), ("这三类和四类", "这3类和4类"), ("那三类和四类", "那3类和4类"),
    ("此三类、四类情形", "此3类、4类情形"), ("该三类和四类", "该3类和4类"),
])
def test_a_demonstrative_before_a_list_counts_kinds(text: str, rewrite: str) -> None:
    """(review of NB42) 这三类 are these three kinds: a demonstrative before the list's first numeral makes the list
    counts, as 分为 and 共 do (they were classes kept as written)."""
    assert numbers_to_digits(text) == rewrite


@pytest.mark.parametrize("piece", ["一类区三个、", "三类课程十二门、四类", "二类地区补助四百元、", "这三类、", "一类义务教育学校十所和",
                                   "三类人员", "进士及第 3 人", "①-3"])
def test_the_review_fixes_read_in_linear_time(piece: str) -> None:
    """The list rules and the spaced 第 on adversarial repetitions: linear."""
    n = 4000 // len(piece)
    assert_linear(find_numbers, piece * n, piece * (4 * n), label=piece)
    assert_linear(numbers_to_digits, piece * n, piece * (4 * n), label=piece)


@pytest.mark.parametrize("text", ["包括三类和四类", "包括二类和三类地区", "归为三类和四类", "被划为二类、三类区域"])
def test_a_verb_before_a_list_of_classes_keeps_them(text: str) -> None:
    """包括, 归为 and 划为 take a class as readily as a count (包括二类 is the second class alone): the list of consecutive
    classes after them stays classes, kept as written (two counts of kinds are not joined so); only a demonstrative or a
    word of dividing makes the list counts."""
    assert numbers_to_digits(text) == text


@pytest.mark.parametrize(("text", "rewrite"), [
    ("建设周期三年、二期工程", "建设周期3年、二期工程"), ("投资五百元、二期", "投资500元、二期"),
    ("占百分之五、二级指标", "占5%、二级指标"), ("二类地区三年、三类地区五年", "二类地区3年、三类地区5年"),
])
def test_any_quantity_before_an_ordinal_of_another_unit_is_rewritten(text: str, rewrite: str) -> None:
    """A span, an amount or a percentage ending an item before an ordinal of another unit (二期, 二级, 三类) is rewritten as
    a count there is (新建三所、二期工程 → 3所): two items, no numeral of one phrase."""
    assert numbers_to_digits(text) == rewrite
