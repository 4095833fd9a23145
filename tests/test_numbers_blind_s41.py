"""Session 41's blind set for the numbers reader (NB41): fifty sentences of our own, written before
reading ``govtext.numbers`` (only the guide, the public docstrings and the s19-s40 sets), each with the
mentions (text, kind, low, high, unit) and the rewrite of ``numbers_to_digits`` expected.
It stresses what s19-s40 covered less: currency markers (US$500,000, RMB 3000元, HK$3,000, CNY 300, USD 1,200,
人民币五千元, 亿港元, 万日元, 折合人民币…), dates written with slashes, dashes and dots and their ranges (2026/03/05—2026/03/12,
2026-03-05至2026-03-08, 2025.9—2026.6, 2026.03.20), ranges of days across a month's end (2026年2月28日至3月2日) and
within one (2026年7月15日—18日, 二〇二六年五月十日至十二日), periods (前三季度, 1—9月, 今年以来, 上半年, 第四季度), lists
under one 第 (第三、四批, 第1、2、5条), ranges sharing a unit (3到5千米, 一到三千米, 二十到三十公斤, 8:30—11:30,
14:30—17:30), addresses (1单元101至103室), per mille and per ten thousand (3‰, 千分之五以下, 万分之五), decimals in words
(零点五倍, 三点一四, 百分之十五点五), versions (数字政府2.0, 3.0版, 信息化2.0时代, V3.1), service numbers and codes
(12345, 119, 120, 110, 邮编, 统一社会信用代码, 身份证号), grades and levels (三级甲等, 二级以上, 5A级, 四星级, 一类地区,
二类地区), bounds and approximations (不少于3人, 不超过5万元, 至少两次, 近千人, 数十家, 上百万元, 逾三成, 超两成, 约占四分之一,
不足二百人, 百分之三十以内, 二十余亿港元), and hard negatives (三令五申, 五湖四海, 一五一十, 九九重阳节, 两学一做, 三会一课,
四个意识, 十佳, 百强县, 第一时间, 最多跑一次).

Choices the conventions leave open, made here: a currency's ISO code or its sign with a region's letters before an
amount is that currency's prefix and part of the mention, as 人民币 and $ are (RMB 3000元 and CNY 300 in 元, US$500,000
and USD 1,200 in 美元, HK$3,000 in 港元; the space after the code is kept in the mention as ¥ 2.5万元 keeps it); a date
written with slashes or dashes is a full date as 2026.3.5 is, and two of them joined by a connector a range of dates; a
dotted year-month pair joined by a connector after a word naming a period (实施周期为2025.9—2026.6) is a range of months
(no range of decimals is written so); a range of days across a month's end keeps the first date's year; 一到三千米 is
1000 to 3000 米 (a 千-unit after a Chinese numeral with no 十 or 百 is 千 and 米, as 五千米 is 5000 米; the distance is the
same) and rewritten 1000到3000米, while 3到5千米 in Arabic digits is 3 to 5 千米 (千米 glued to the digit is the unit);
a range of clock times joined by a dash is one range of times; 1单元101至103室 is an address, no mention; 数字政府2.0,
3.0版 and 信息化2.0时代 name a stage or a version, no mention; 四星级 (a hotel's rating) is a label as 5A级 is, no
mention, while 三级甲等 is the grade 三级 (an ordinal kept as written, as 三级医院) and 二级以上 an ordinal with its
qualifier (s33); 一类地区 and 二类地区 are classes, ordinals kept as written (as 水质二类); 上百万元 is no number (s21's
上千名, followed here); 约占四分之一 is the fraction alone (占 stands between), rewritten 1/4; 逾三成 and 超两成 are
counts of tenths with their qualifier, rewritten 逾3成 and 超2成; 九九重阳节 is a festival's name; 前三季度 gives
三季度, a span of 3 季度 kept as written (s29).

Blind figure (3d91489, untouched): 40 of 50 sentences fully right (mentions and rewrite); 71 of 81 expected mentions
right; two mentions found that are none (1 and 101 of 1单元101至103室), seven read otherwise (US$500,000 and HK$3,000 bare
integers, 2025.9—2026.6 a range of decimals, 8:30—11:30 twice and 14:30—17:30 two clock times each) and four missed
(RMB 3000元, CNY 300, USD 1,200, 一类 of 一类地区); no rewrite that breaks a name (set phrases, service numbers, codes,
versions and grades all right). Two expectations were the writer's slips, corrected after the blind run: 两个站点 and
两种方案 count (the code was right; the figure above is on the corrected set). The misses: c00, c01, c02, c03, c06
(currency codes and regional dollar signs before an amount), c09 (a dotted range of months after 周期为), c12 and c25
(ranges of clock times), c24 (rooms after a stairway's unit), c40 (一类).
After session 41's fixes: 47 of 50 sentences, 77 of 81 expected mentions, no false mention, no name broken; the three
left are strict xfails of tested conventions (two clock times joined by a dash are two times, s22-s38; a lone 一 before
a measure word is no count, so 一类 is none). The misses were classes, each tested below: a currency's ISO code or a
country's dollar sign before an amount (RMB 3000元, CNY 300, USD1,200, EUR 25.5, US$500,000, HK$3,000, A$50; the
s33 test of A$5 and HK$5 as bare numbers now reads them as money in 澳元 and 港元, X¥5 still bare), a dotted range of
months after a word naming a period (实施周期为2025.9—2026.6, 任期2021.3至2026.3), and a range of rooms sharing 室
(1单元101至103室, 101至103室). s40's leftovers taken, each tested below: a range's right end past its month
(2026年2月28日至30日 left a lone 30日) and a spaced connector after an impossible date (2026年2月30日 至 3月2日 kept 3月2日).
Probing the set's domains found three more, tested below: a range of dates across a year's end (2026年12月30日至1月2日
ended 2026-01-02, before its start), 次年 between a range's dates (2026年11月15日至次年3月15日: two dates), and service
numbers listed after 拨打 (拨打12345、110或119: 110 and 119 bare integers; also in a held-out page, 拨打110、119求助).
Probing the currency codes found English scale words after an amount (USD 1.2 million, $1.2 million: 1.2 美元), tested
below. Left as the code does: the ranges of clock times and 一类 (above); 2026.3.5-3.8 (a dotted date, then a month and
day without the year: a decimal 3.8); 拨打12345热线、110和120 (a hotline's name between the word and the list); 四星级 (no mention, the
set's choice and the code's).
"""

from __future__ import annotations

import datetime as dt

import pytest

from blind import check_sentence, check_set
from blind import pd as _pd
from govtext.numbers import find_numbers, numbers_to_digits
from linear_common import assert_linear

from strategies import blind_params

D = dt.date
T = dt.time

# (sentence, expected mentions as (text, kind, low[, high[, unit]]), expected rewrite; None: unchanged)
CASES: list[tuple[str, list[tuple[object, ...]], str | None]] = [
    # currency markers
    ("外方以现汇出资US$500,000，中方以土地使用权作价出资。",
     [("US$500,000", "money", 500000, None, "美元")],
     None),
    ("境外来华留学生每月生活补助为RMB 3000元，由学校统一发放。",
     [("RMB 3000元", "money", 3000, None, "元")],
     None),
    ("香港特区政府向每名参加交流的学生资助HK$3,000，内地高校另行补贴人民币五千元。",
     [("HK$3,000", "money", 3000, None, "港元"), ("人民币五千元", "money", 5000, None, "元")],
     "香港特区政府向每名参加交流的学生资助HK$3,000，内地高校另行补贴人民币5000元。"),
    ("报名费为每人CNY 300，逾期缴费不予受理。",
     [("CNY 300", "money", 300, None, "元")],
     None),
    ("全年吸引港资企业投资二十余亿港元，实际到位资金12.6亿港元。",
     [("二十余亿港元", "money", 2000000000, 3000000000, "港元"), ("12.6亿港元", "money", 1260000000, None, "港元")],
     None),
    ("该校与日本合作院校的交流项目每人资助50万日元，折合人民币约2.4万元。",
     [("50万日元", "money", 500000, None, "日元"), ("约2.4万元", "money", 24000, None, "元")],
     None),
    ("合同金额为USD 1,200，按约定汇率折合人民币8,520元。",
     [("USD 1,200", "money", 1200, None, "美元"), ("人民币8,520元", "money", 8520, None, "元")],
     None),
    # dates with slashes, dashes and dots, ranges of days
    ("网上报名时间为2026/03/05—2026/03/12，逾期不再受理。",
     [("2026/03/05—2026/03/12", "range", D(2026, 3, 5), D(2026, 3, 12))],
     None),
    ("考试时间为2026-03-05至2026-03-08，考点设在市第一中学。",
     [("2026-03-05至2026-03-08", "range", D(2026, 3, 5), D(2026, 3, 8))],
     None),
    ("本项目实施周期为2025.9—2026.6，共计十个月。",
     [("2025.9—2026.6", "range", _pd(9, None, 2025), _pd(6, None, 2026)), ("十个月", "duration", 10, None, "个月")],
     "本项目实施周期为2025.9—2026.6，共计10个月。"),
    ("请各单位于2026.03.20前将申报材料报送至教务处。",
     [("2026.03.20", "date", D(2026, 3, 20))],
     None),
    ("第二届校园科技节定于2026年2月28日至3月2日举行。",
     [("第二届", "ordinal", 2, None, "届"), ("2026年2月28日至3月2日", "range", D(2026, 2, 28), D(2026, 3, 2))],
     None),
    ("面试于2026年3月5日（星期四）8:30—11:30在学校报告厅进行。",
     [("2026年3月5日", "date", D(2026, 3, 5)), ("8:30—11:30", "range", T(8, 30), T(11, 30))],
     None),
    ("集中培训时间为2026年7月15日—18日，地点另行通知。",
     [("2026年7月15日—18日", "range", D(2026, 7, 15), D(2026, 7, 18))],
     None),
    # periods
    ("前三季度，全市规模以上工业增加值同比增长5.1%，其中第二季度增长5.4%。",
     [("三季度", "duration", 3), ("5.1%", "percent", 5.1, None, "%"), ("第二季度", "ordinal", 2),
      ("5.4%", "percent", 5.4, None, "%")],
     None),
    ("1—9月，全市一般公共预算收入完成三百二十六亿元，今年以来累计新增减税降费四十余亿元。",
     [("1—9月", "range", _pd(1), _pd(9)), ("三百二十六亿元", "money", 32600000000, None, "元"),
      ("四十余亿元", "money", 4000000000, 5000000000, "元")],
     "1—9月，全市一般公共预算收入完成326亿元，今年以来累计新增减税降费四十余亿元。"),
    ("上半年全省外贸进出口总额同比增长百分之三点二，全年预计增长百分之四左右。",
     [("百分之三点二", "percent", 3.2, None, "%"), ("百分之四左右", "percent", 4, None, "%")],
     "上半年全省外贸进出口总额同比增长3.2%，全年预计增长4%左右。"),
    ("今年一季度全区新登记市场主体1.2万户，第四季度将再启动两批重点项目。",
     [("一季度", "ordinal", 1), ("1.2万户", "count", 12000, None, "户"), ("第四季度", "ordinal", 4),
      ("两批", "count", 2, None, "批")],
     "今年一季度全区新登记市场主体1.2万户，第四季度将再启动2批重点项目。"),
    # lists under one 第, grades, counts a week
    ("第三、四批省级示范校名单已公布，共涉及学校四十六所。",
     [("第三", "ordinal", 3, None, "批"), ("四批", "ordinal", 4, None, "批"), ("四十六所", "count", 46, None, "所")],
     "第三、四批省级示范校名单已公布，共涉及学校46所。"),
    ("本办法第1、2、5条所列情形，由区教育局负责认定。",
     [("第1", "ordinal", 1, None, "条"), ("2", "ordinal", 2, None, "条"), ("5条", "ordinal", 5, None, "条")],
     None),
    ("学校一、二年级每周安排体育课四课时，三至六年级每周三课时。",
     [("四课时", "count", 4, None, "课时"), ("三课时", "count", 3, None, "课时")],
     "学校一、二年级每周安排体育课4课时，三至六年级每周3课时。"),
    ("每班学生人数不超过四十五人，每名教师每周授课不少于十二节。",
     [("不超过四十五人", "count", 45, None, "人"), ("不少于十二节", "count", 12, None, "节")],
     "每班学生人数不超过45人，每名教师每周授课不少于12节。"),
    # ranges sharing a unit, addresses
    ("新建绿道与居民区相距3到5千米，骑行时间在二十分钟以内。",
     [("3到5千米", "range", 3, 5, "千米"), ("二十分钟以内", "duration", 20, None, "分钟")],
     "新建绿道与居民区相距3到5千米，骑行时间在20分钟以内。"),
    ("两个站点相距一到三千米不等，沿线设置休息驿站六处。",
     [("两个", "count", 2, None, "个"), ("一到三千米", "range", 1000, 3000, "米"), ("六处", "count", 6, None, "处")],
     "2个站点相距1000到3000米不等，沿线设置休息驿站6处。"),
    ("该小区1单元101至103室为社区服务用房。",
     [],
     None),
    ("夏季作息时间调整为8:30—11:30、14:30—17:30。",
     [("8:30—11:30", "range", T(8, 30), T(11, 30)), ("14:30—17:30", "range", T(14, 30), T(17, 30))],
     None),
    ("二〇二六年五月十日至十二日，全市将举行中小学生运动会。",
     [("二〇二六年五月十日至十二日", "range", D(2026, 5, 10), D(2026, 5, 12))],
     "2026年5月10日至12日，全市将举行中小学生运动会。"),
    ("单件托运行李重量限制在二十到三十公斤之间。",
     [("二十到三十公斤", "range", 20, 30, "公斤")],
     "单件托运行李重量限制在20到30公斤之间。"),
    # per mille, per ten thousand, decimals in words
    ("全市人口自然增长率为3‰，婴儿死亡率控制在千分之五以下。",
     [("3‰", "percent", 3, None, "‰"), ("千分之五以下", "percent", 5, None, "‰")],
     "全市人口自然增长率为3‰，婴儿死亡率控制在5‰以下。"),
    ("逾期未缴纳的，按日加收滞纳税款万分之五的滞纳金。",
     [("万分之五", "percent", 5, None, "‱")],
     "逾期未缴纳的，按日加收滞纳税款5‱的滞纳金。"),
    ("该选手以百分之十五点五的得票率位列第三名。",
     [("百分之十五点五", "percent", 15.5, None, "%"), ("第三名", "ordinal", 3, None, "名")],
     "该选手以15.5%的得票率位列第3名。"),
    ("两种方案的建设成本相差零点五倍，计算时圆周率取三点一四。",
     [("两种", "count", 2, None, "种"), ("零点五倍", "multiple", 0.5, None, "倍"), ("三点一四", "decimal", 3.14)],
     "2种方案的建设成本相差0.5倍，计算时圆周率取3.14。"),
    # versions and stages
    ("全省加快推进数字政府2.0建设，政务服务平台已升级至3.0版。",
     [],
     None),
    ("教育信息化2.0时代对教师提出了新要求，新版系统V3.1将于下月上线。",
     [],
     None),
    # service numbers and codes
    ("群众可拨打12345政务服务热线反映问题，遇到火情请立即拨打119。",
     [],
     None),
    ("发生意外伤害时，应第一时间拨打120急救电话，并向110报警。",
     [],
     None),
    ("来信请寄至邮编100000，本单位统一社会信用代码为12110000400012345K。",
     [],
     None),
    ("请在表格中填写身份证号，如110101199003071234，并注明联系电话。",
     [],
     None),
    # grades and levels
    ("全市现有三级甲等医院九家，其中二级以上公立医院均已开通预约诊疗。",
     [("三级", "ordinal", 3), ("九家", "count", 9, None, "家"), ("二级以上", "ordinal", 2)],
     "全市现有三级甲等医院9家，其中二级以上公立医院均已开通预约诊疗。"),
    ("该景区被评为国家5A级旅游景区，周边新增四星级酒店三家。",
     [("三家", "count", 3, None, "家")],
     "该景区被评为国家5A级旅游景区，周边新增四星级酒店3家。"),
    ("一类地区教师每月补助不低于五百元，二类地区不低于三百元。",
     [("一类", "ordinal", 1), ("不低于五百元", "money", 500, None, "元"), ("二类", "ordinal", 2),
      ("不低于三百元", "money", 300, None, "元")],
     "一类地区教师每月补助不低于500元，二类地区不低于300元。"),
    # bounds and approximations
    ("每个评审小组不少于3人，单个项目资助不超过5万元。",
     [("不少于3人", "count", 3, None, "人"), ("不超过5万元", "money", 50000, None, "元")],
     None),
    ("每名学生每学期至少参加两次社会实践，推行政务服务最多跑一次。",
     [("两次", "count", 2, None, "次")],
     "每名学生每学期至少参加2次社会实践，推行政务服务最多跑一次。"),
    ("近千人参加了开幕式，数十家企业现场签约，意向投资上百万元。",
     [("近千人", "count", 1000, None, "人"), ("数十家", "count", 10, 100, "家")],
     None),
    ("全市本科上线率逾三成，民营经济占比超两成，农村人口约占四分之一。",
     [("逾三成", "count", 3, None, "成"), ("超两成", "count", 2, None, "成"), ("四分之一", "fraction", 0.25)],
     "全市本科上线率逾3成，民营经济占比超2成，农村人口约占1/4。"),
    ("全县参赛选手不足二百人，获奖比例控制在百分之三十以内。",
     [("不足二百人", "count", 200, None, "人"), ("百分之三十以内", "percent", 30, None, "%")],
     "全县参赛选手不足200人，获奖比例控制在30%以内。"),
    # hard negatives
    ("各地三令五申严禁违规收费，广纳五湖四海的优秀人才。",
     [],
     None),
    ("他把事情的经过一五一十地讲了出来，九九重阳节当天社区为老人送上慰问。",
     [],
     None),
    ("深入开展两学一做学习教育，严格落实三会一课制度，牢固树立四个意识。",
     [],
     None),
    ("我县连续三年入选全国百强县，两名教师获评省十佳教师。",
     [("三年", "duration", 3, None, "年"), ("两名", "count", 2, None, "名")],
     "我县连续3年入选全国百强县，2名教师获评省十佳教师。"),
]

# the cases that still fail, with why (the blind run, 3d91489 untouched, failed 10: c00, c01, c02, c03, c06, c09, c12,
# c24, c25, c40; session 41's fixes turned c00, c01, c02, c03, c06, c09 and c24)
_CLOCK_RANGE = ("two clock times joined by a dash are two mentions of kind time, no range (a tested convention: s22, s30, "
                "s34, s36, s38); expected one range of times")
FAILING: dict[int, str] = {
    12: _CLOCK_RANGE,
    25: _CLOCK_RANGE,
    40: "a lone 一 before a measure word is the article-like a/one (一类: a tested convention; 一类物资 is a protected "
        "term), while 二类 is the second class; expected the ordinal 一类 kept as written",
}


@pytest.mark.parametrize(("text", "mentions", "rewrite"), blind_params(CASES, FAILING, "c"))
def test_blind_sentence(text: str, mentions: list[tuple[object, ...]], rewrite: str | None) -> None:
    check_sentence(text, mentions, rewrite)


def test_the_set_has_fifty_sentences() -> None:
    check_set(CASES, 50)


# --- classes fixed (session 41, NB41); each test failed before its fix


def _read(text: str) -> list[tuple[object, ...]]:
    return [(m.text, m.kind, str(m.low), str(m.high), m.unit) for m in find_numbers(text)]


def test_a_currency_code_before_an_amount() -> None:
    """RMB 3000元, CNY 300, USD1,200, EUR 25.5 and JPY 1万: a currency's ISO code before an amount is its prefix, as
    人民币 is (they were none: the letters made the number an identifier's); US$500,000, HK$3,000 and A$50: a dollar
    sign led by its country's letters is that country's dollar (they were bare numbers)."""
    got = [(m.text, m.kind, float(m.low), m.unit) for m in find_numbers(
        "补助RMB 3000元，每人CNY 300，合同USD1,200，单价EUR 25.5，资助JPY 1万，出资US$500,000，资助HK$3,000，A$50")]
    assert got == [("RMB 3000元", "money", 3000, "元"), ("CNY 300", "money", 300, "元"), ("USD1,200", "money", 1200, "美元"),
                   ("EUR 25.5", "money", 25.5, "欧元"), ("JPY 1万", "money", 10000, "日元"),
                   ("US$500,000", "money", 500000, "美元"), ("HK$3,000", "money", 3000, "港元"), ("A$50", "money", 50, "澳元")]
    assert numbers_to_digits("补贴RMB五千元") == "补贴RMB5000元"


def test_letters_before_a_currency_code_keep_it_an_identifier() -> None:
    """XRMB 5, 5RMB 3, CPC 2 and v100 stay an identifier's numbers (no mention) and X¥5 a bare number, as before: the
    code must be a word of its own."""
    assert find_numbers("XRMB 5，5RMB 3，CPC 2，v100") == []
    assert [(m.text, m.kind) for m in find_numbers("X¥5")] == [("5", "integer")]


def test_an_english_scale_word_after_an_amount() -> None:
    """(found probing the currency codes) USD 1.2 million, €3 million, 5thousand and 3-5 million: an English scale word
    after Arabic digits, glued or after a blank, multiplies them, and a range's left end shares it as it shares 万 (they
    were 1.2 美元, 3 欧元, none and 3 to 5); 2 Millionen and 1.2millionaire are no scale words (3 millions is: below)."""
    got = [(m.text, m.kind, m.low, m.high, m.unit) for m in find_numbers("USD 1.2 million，€3 million，5thousand，3-5 million")]
    assert got == [("USD 1.2 million", "money", 1200000, 1200000, "美元"), ("€3 million", "money", 3000000, 3000000, "欧元"),
                   ("5thousand", "integer", 5000, 5000, None), ("3-5 million", "range", 3000000, 5000000, None)]
    assert [(m.text, m.low) for m in find_numbers("3 millions，2 Millionen，1.2millionaire")] == [("3 millions", 3000000),
                                                                                               ("2", 2)]


def test_a_dotted_range_of_months_after_a_word_of_a_period() -> None:
    """实施周期为2025.9—2026.6, 实施时间：2025.9-2026.6 and 任期2021.3至2026.3: a year and its month joined by a dot, a
    connector and a second one after a word naming a period are a range of months, as 从2026.3到2026.6 is (they were
    ranges of decimals); 有效期为2025.9—2026.6元 and 本期2025.9—2026.6吨 (a unit), 2025.9—2026.6 alone (s40) and
    周期为2025.9。 (no range) stay numbers."""
    got = _read("实施周期为2025.9—2026.6，实施时间：2025.9-2026.6，任期2021.3至2026.3。")
    assert got == [("2025.9—2026.6", "range", "2025-09", "2026-06", None), ("2025.9-2026.6", "range", "2025-09", "2026-06", None),
                   ("2021.3至2026.3", "range", "2021-03", "2026-03", None)]
    got = [(m.text, m.kind, m.value_kind) for m in find_numbers("有效期为2025.9—2026.6元，本期2025.9—2026.6吨，周期为2025.9。")]
    assert got == [("2025.9—2026.6元", "range", "money"), ("2025.9—2026.6吨", "range", "count"), ("2025.9", "decimal", "decimal")]


def test_a_range_of_rooms_sharing_shi() -> None:
    """1单元101至103室, 1单元101-103室, 3栋101至103室, 12号楼3单元1201至1203室 and 101至103室: two rooms' numbers joined by
    a connector before 室 are an address's parts, as 1单元101室 is (they were the integers 1 and 101, and 3栋 a count);
    面积100至120平方米 and 共3至5室 (one digit: no room's number) read as before."""
    assert find_numbers("1单元101至103室，1单元101-103室，3栋101至103室，12号楼3单元1201至1203室，101至103室") == []
    assert [(m.text, m.kind) for m in find_numbers("面积100至120平方米，共3至5室")] == [("100至120平方米", "range"),
                                                                                ("3至5", "range")]


def test_a_range_end_past_its_month_is_no_day() -> None:
    """2026年2月28日至30日, 2月28日至30日 and 4月29日至31日: the right end of a range of days, given the left end's month,
    past that month's end is an impossible date, no mention as 2月30日 is (it was a lone 30日, a day of no month); the
    left end stands; 二月二十八日至三十日 (may be lunar) and 2月1日至29日 stay ranges."""
    got = [(m.text, m.kind) for m in find_numbers("2026年2月28日至30日，2月28日至30日，4月29日至31日")]
    assert got == [("2026年2月28日", "date"), ("2月28日", "date"), ("4月29日", "date")]
    assert [m.kind for m in find_numbers("二月二十八日至三十日，2月1日至29日")] == ["range", "range"]


def test_a_spaced_connector_after_an_impossible_date() -> None:
    """2026年2月30日 至 3月2日 and 2月30日 — 3月2日: a connector with blanks joins the date after an impossible one as 至
    alone does (2026年2月30日至3月2日: no range, nor a date of it, s40), so no mention (3月2日 was a date); 2026年2月28日 至
    3月2日 stays a range."""
    assert find_numbers("2026年2月30日 至 3月2日，2月30日 — 3月2日") == []
    assert [m.kind for m in find_numbers("2026年2月28日 至 3月2日")] == ["range"]


def test_a_range_of_dates_across_a_years_end() -> None:
    """(found probing the set's ranges of dates) 2026年12月30日至1月2日, 二〇二六年十二月三十日至一月二日 and 2026年10月至3月: the
    second date, without its year and earlier in the year than the first, is in the next year (it was 2026-01-02,
    before the range's start, and 2026-03); 2026年3月至5月 and 12月30日至1月2日 (no year) read as before."""
    got = [(str(m.low), str(m.high)) for m in find_numbers("2026年12月30日至1月2日，二〇二六年十二月三十日至一月二日，2026年10月至3月")]
    assert got == [("2026-12-30", "2027-01-02"), ("2026-12-30", "2027-01-02"), ("2026-10", "2027-03")]
    got = [(str(m.low), str(m.high)) for m in find_numbers("2026年3月至5月，12月30日至1月2日")]
    assert got == [("2026-03", "2026-05"), ("--12-30", "--01-02")]


def test_a_range_of_dates_into_the_next_year() -> None:
    """(found probing the class above) 2026年11月15日至次年3月15日, 2026年3月至次年5月 and 每年11月1日至次年5月31日: 次年 after a
    range's connector joins the dates (they were two dates, the second without its year), the second in the year
    after the first's (2027-03-15, 2027-05; no year when the first has none); 2026年5月至次年 and 三至次年5月 join
    nothing."""
    got = [(m.text, str(m.low), str(m.high)) for m in find_numbers("2026年11月15日至次年3月15日，2026年3月至次年5月，每年11月1日至次年5月31日")]
    assert got == [("2026年11月15日至次年3月15日", "2026-11-15", "2027-03-15"), ("2026年3月至次年5月", "2026-03", "2027-05"),
                   ("11月1日至次年5月31日", "--11-01", "--05-31")]
    assert [m.text for m in find_numbers("2026年5月至次年，三至次年5月")] == ["2026年5月", "5月"]


def test_service_numbers_listed_after_a_word_of_their_service() -> None:
    """(found probing the set's service numbers) 拨打12345、110或119, 请拨打110或120求助 and 拨打110/120: each item of a list of
    service numbers after 拨打 is one, as the first is (110, 119 and 120 were bare integers); 共有110、120家 and
    拨打110、120名 (a unit) still count."""
    assert find_numbers("拨打12345、110或119，请拨打110或120求助，拨打110/120") == []
    assert [(m.text, m.kind) for m in find_numbers("共有110、120家，拨打110、120名")] == [("110", "integer"), ("120家", "count"),
                                                                                    ("120名", "count")]


# --- review of NB41's rules (FXN41); each test failed before its fix


def test_a_range_after_a_currency_code_keeps_its_right_end() -> None:
    """RMB3000—5000元, USD 300-500 and USD 1200-1500: a dash after an amount led by a currency's code joins a range's
    right end, no code's part (they were RMB3000, USD 300 and USD 1200, the right end lost); GB/T 12345-2008, ISO 9001-2015
    and COVID-19 stay codes."""
    got = _read("RMB3000—5000元，USD 300-500，USD 1200-1500")
    assert got == [("RMB3000—5000元", "range", "3000", "5000", "元"), ("USD 300-500", "range", "300", "500", "美元"),
                   ("USD 1200-1500", "range", "1200", "1500", "美元")]
    assert find_numbers("GB/T 12345-2008，ISO 9001-2015，COVID-19") == []


def test_a_money_left_end_by_its_prefix_shares_the_scale() -> None:
    """$3-5 million, US$ 3-5 million, USD 3-5 million, $1.5-2 billion, ¥3-5万元 and ¥三至五万元: a left end that is money
    only by its currency's prefix shares the right end's scale (they were 3 to 5 000 000, 1.5 to 2 000 000 000 and 3
    to 50 000); 3元-5万元 (its own unit) and ¥30-5万元 (shared it would pass the right end) do not."""
    got = [(m.text, m.low, m.high) for m in find_numbers(
        "$3-5 million的投资，US$ 3-5 million，USD 3-5 million，$1.5-2 billion，¥3-5万元，¥三至五万元")]
    assert got == [("$3-5 million", 3000000, 5000000), ("US$ 3-5 million", 3000000, 5000000),
                   ("USD 3-5 million", 3000000, 5000000), ("$1.5-2 billion", 1500000000, 2000000000),
                   ("¥3-5万元", 30000, 50000), ("¥三至五万元", 30000, 50000)]
    assert [(m.low, m.high) for m in find_numbers("3元-5万元，¥30-5万元")] == [(3, 50000), (30, 50000)]
    assert numbers_to_digits("¥三至五万元") == "¥3至5万元"


def test_a_list_after_a_service_word_that_counts_keeps_its_items() -> None:
    """分别服务110、119、120家企业, 投诉120、119、110件 and 服务12315、12316、12318个村: a list after a word of a service (no word
    of dialling) that ends in a unit counts, its middle items numbers (119 and 12316 were dropped as service numbers);
    拨打12345、119、120、122、110、12306 (six items), 致电12345、12315, 电话：110、119, 咨询110、119、120、122四个号码 and
    12345、12315热线 (a list before a word of a service) are still service numbers."""
    got = [(m.text, m.kind) for m in find_numbers("分别服务110、119、120家企业，投诉120、119、110件，服务12315、12316、12318个村")]
    assert got == [("119", "integer"), ("120家", "count"), ("119", "integer"), ("110件", "count"), ("12316", "integer"),
                   ("12318个", "count")]
    assert find_numbers("拨打12345、119、120、122、110、12306，致电12345、12315，电话：110、119") == []
    assert find_numbers("咨询110、119、120、122四个号码，12345、12315热线") == []
    assert [m.text for m in find_numbers("热线12345、12315、95588个")] == ["12315", "95588个"]


def test_an_identifier_with_a_currency_code_is_no_money() -> None:
    """项目编号CNY 2026-001, 零件号USD1200-B, 产品型号CNY 300系列, 产品编号USD 300 and USD 3000-B型: a currency's code after an
    identifier's name, or before digits that go on as a code's (a dash and a letter or a zero-padded number, 系列, 型),
    is an identifier's letters (they were money), and so is a dollar sign led by letters there (型号为HK$3000, 编号US$200);
    预算CNY 300万元 and 合同USD1,200 stay money."""
    assert find_numbers("项目编号CNY 2026-001，零件号USD1200-B，产品型号CNY 300系列，产品编号USD 300，USD 3000-B型") == []
    assert find_numbers("型号为HK$3000的设备，编号US$200") == []
    assert [(m.text, m.kind) for m in find_numbers("预算CNY 300万元，合同USD1,200")] == [("CNY 300万元", "money"),
                                                                                      ("USD1,200", "money")]


def test_an_english_scale_word_before_a_dash_is_no_code() -> None:
    """2 million-3 million美元 and 1 billion-2 billion: a scale word before a dash is no code's letters (the right end
    was lost, 2 million alone); COVID-19 and ABC-12 stay codes."""
    got = _read("2 million-3 million美元，1 billion-2 billion")
    assert got == [("2 million-3 million美元", "range", "2000000", "3000000", "美元"),
                   ("1 billion-2 billion", "range", "1000000000", "2000000000", None)]
    assert find_numbers("COVID-19，ABC-12") == []


def test_an_english_scale_word_in_the_plural() -> None:
    """拨款USD 1.2 millions, 2 billions美元 and 3 Millions: millions and billions multiply as million and billion do (it
    was 1.2 美元, a wrong value; capitalised after a currency's sign: below); 5 thousands and 1.2millionaire are no scale words."""
    got = [(m.text, m.low) for m in find_numbers("拨款USD 1.2 millions，2 billions美元，$3 Millions，5 thousands，1.2millionaire")]
    assert got == [("USD 1.2 millions", 1200000), ("2 billions美元", 2000000000), ("$3 Millions", 3000000), ("5", 5)]


def test_a_range_before_shi_after_a_word_of_counting_counts_rooms() -> None:
    """全市新建100至300室的公寓, 全校共建成120-150室, 改造办公用房200—300室 and 1200-1300室: a range before 室 with no
    building's part, after a word of counting or building or with no two rooms of one floor, counts rooms (they were
    no mention, an address); 1单元101至103室, 3楼301至305室, 101至103室, 1201-1203室 and 101—110室 stay addresses."""
    got = _read("全市新建100至300室的公寓，全校共建成120-150室，改造办公用房200—300室，1200-1300室")
    assert got == [("100至300", "range", "100", "300", None), ("120-150", "range", "120", "150", None),
                   ("200—300", "range", "200", "300", None), ("1200-1300", "range", "1200", "1300", None)]
    assert find_numbers("1单元101至103室，3楼301至305室，101至103室，1201-1203室，101—110室") == []


def test_a_currency_code_in_an_exchange_rate_is_no_money() -> None:
    """USD/CNY 7.1, EUR/USD 1.08, 人民币对美元汇率RMB 7.1 and 中间价为USD 7.1: a code joined by a slash to another code,
    or after a rate's word (汇率, 兑, 中间价) a few characters before, is a rate's, no amount's (they were money, 7.1 元);
    汇率下跌，收入USD 300万 (a stop between) and 兑换USD 500 (money exchanged) stay money."""
    got = _read("今日USD/CNY 7.1，EUR/USD 1.08，人民币对美元汇率RMB 7.1，人民币兑美元中间价为USD 7.1")
    assert got == [("7.1", "decimal", "7.1", "7.1", None), ("1.08", "decimal", "1.08", "1.08", None),
                   ("7.1", "decimal", "7.1", "7.1", None), ("7.1", "decimal", "7.1", "7.1", None)]
    assert [(m.text, m.kind) for m in find_numbers("汇率下跌，收入USD 300万，兑换USD 500")] == [("USD 300万", "money"),
                                                                                          ("USD 500", "money")]


def test_an_english_scale_word_after_a_year_or_capitalised_in_a_name() -> None:
    """入选2019 Thousand Talents计划, 1990 million and 2020 thousand: no scale word multiplies a year's four digits (they
    were 2 019 000 and more); 3 Millions of Us and 5 Thousand Islands: a capitalised scale word multiplies only after a
    currency's sign or code (USD 3 Million, $2 Billion, € 3 Million); 20.19 million and 2,019 thousand still do."""
    got = _read("入选2019 Thousand Talents计划，1990 million，2020 thousand，3 Millions of Us，5 Thousand Islands")
    assert [(t, low) for t, _, low, _, _ in got] == [("2019", "2019"), ("1990", "1990"), ("2020", "2020"), ("3", "3"),
                                                     ("5", "5")]
    got = _read("USD 3 Million，$2 Billion，€ 3 Million，20.19 million，2,019 thousand")
    assert [(t, low) for t, _, low, _, _ in got] == [("USD 3 Million", "3000000"), ("$2 Billion", "2000000000"),
                                                     ("€ 3 Million", "3000000"), ("20.19 million", "20190000"),
                                                     ("2,019 thousand", "2019000")]


@pytest.mark.parametrize("piece", ["RMB 3", "USD1", "HK$3", "XRMB 5", "期为2025.9—2026.6", "2025.9—", "1单元101至103室",
                                   "101至103室", "101至", "2月28日至30日", "2月30日 至 ", "2月30日 至 3月2日，",
                                   "2026年12月30日至1月2日", "拨打110、", "拨打12345、110或", "、110",
                                   "2026年11月至次年", "至次年3月",
                                   "1 million", "3-5 million", "1million", "RMB3000—", "USD 3-", "$3-5 million",
                                   "服务110、", "110、", "编号CNY 2", "USD1200-", "million-", "1 millions",
                                   "100至300室", "101至103室", "1至",
                                   "USD/CNY 7", "汇率RMB 7，", "2019 Thousand ", "3 Million "])
def test_the_classes_read_in_linear_time(piece: str) -> None:
    """The session's rules on adversarial repetitions of their triggers: linear."""
    n = 4000 // len(piece)
    assert_linear(find_numbers, piece * n, piece * (4 * n), label=piece)
    assert_linear(numbers_to_digits, piece * n, piece * (4 * n), label=piece)
