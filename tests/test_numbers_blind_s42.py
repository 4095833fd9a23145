"""Session 42's blind set for the numbers reader (NB42): fifty sentences of our own, written before
reading ``govtext.numbers`` (only the guide, the public docstrings and the s19-s41 sets), each with the
mentions (text, kind, low, high, unit) and the rewrite of ``numbers_to_digits`` expected.
It stresses what s19-s41 covered less: ranges of clock times in Chinese numerals (上午九时至十一时半, 下午二时至五时,
上午八点半至十点, 每晚七时至九时) and a date before a time (2026年5月31日17时), dotted dates and their ranges (2026.3.5-3.8,
2026.6.20—2026.6.22, 2026.4.1至4.7), amounts in 亿元 and 万亿元 with decimals in digits and in words (1.25万亿元,
0.85亿元, 一点二五万亿元, 三千二百亿元), per capita figures (人均可支配收入4.2万元, 突破十万元, 七十九点五岁), growth and
decline (比上年同期下降0.3个百分点, 同比下降0.3%, 提高5.2个百分点, 下降二点一个百分点, 居全省第三位), classes (一类、二类、三类地区,
一类疫苗 and 二类疫苗, 一类课程十二门), budgets in tables (合计 12,345.67 万元 with blanks, 3,860.25万元, 1,205.00万元), a
statistics bulletin (865.3万人, 1,032.5万亩, 四百二十万吨, 1.36亿人次), ordinals (第十四个五年规划, 连续第三年, 第二批), ages
(60周岁以上, 6周岁以下, 年满十八周岁, 不超过三十五周岁), durations and programmes (为期两个月, 三年行动, 五年行动, 用三年时间,
每周五天, 试用期为六个月), fractions and ratios (1:1比例, 三分之二以上, 五分之一, 1.05:1), and hard negatives (一带一路,
一网通办, 两不愁三保障, 三农, 五四青年节, 一把手, 十四五规划, 一体化, 长三角, 双一流, 千万工程, 两个毫不动摇, 一老一小,
一件事一次办).

Choices the conventions leave open, made here: two clock times in Chinese numerals joined by 至 are two times (s22-s41),
kept as written, the second keeping the first's part of the day (下午二时至五时: 14:00 and 17:00; 每晚七时至九时: 19:00 and
21:00); a dotted full date, a connector and a month and day without the year (2026.3.5-3.8, 2026.4.1至4.7) is a range of
dates in the first one's year, as 2026年7月15日—18日 is (s41 left 2026.3.5-3.8 to the code: a decimal 3.8); a table's
amount with a blank before its unit (合计 12,345.67 万元) is money with the blank in the mention, as ¥ 2.5万元 keeps its
blank; a lone 一 before 类 is no mention (the tested convention, s41's c40), while 二类 and 三类 in a list of classes are
ordinals kept as written (s38 left 三类地区 a count of 类: here, after 二类 in one list, it is the third class, as 二类 is
the second); 第十四个 before 五年规划 is a plan's name, not found (s38); 连续第三年 is an ordinal of 年, rewritten 第3年 as
第3批 is; 三年行动 and 五年行动 are programmes, no mention, while 用三年时间 is a span; 每周五天 is a span of 5 天 (s39);
下降 and 下降0.3% keep the stated value (0.3, no sign: the word says the direction); 七十九点五岁 (a life expectancy) counts
岁 as 三十几岁 does; 两个毫不动摇 is a formula (no count), as 两个维护 is; 一老一小 and 一件事一次办 are names of services.

Blind figure (d358943, untouched): 46 of 50 sentences fully right (mentions and rewrite); 79 of 83 expected mentions
right; four read otherwise (2026.3.5-3.8 and 2026.4.1至4.7 each the date of its left end alone, 三类 twice a count of 类)
and two mentions found that are none (the decimals 3.8 and 4.7 of those ranges' right ends); one rewrite that breaks a
phrase's consistency (一类课程十二门、二类课程二十门、三类课程三十五门 → 一类课程十二门、二类课程20门、3类课程35门: 三类 rewritten
beside 二类 kept, and the count 十二门 kept as written after 一类课程); all the clock-time ranges, amounts, per capita
figures, changes, budgets, bulletins, ages, durations, programmes, ratios and the fourteen hard negatives right. The
misses: c05 and c07 (a dotted date, a connector and a month.day without its year), c20 and c22 (三类 in a list of
classes after 二类; c22's rewrite).
After session 42's fixes: 50 of 50 sentences, 83 of 83 expected mentions, no false mention, no name broken. The misses
were three classes, each tested in tests/test_numbers_s42_fixes.py: a dotted full date, a connector and a month and
day written so, or a day alone (2026.3.5-3.8, 2026.4.1至4.7, 2026.12.30至1.2 into 2027, 2026.3.5-8: ranges of dates;
2026.3.5-3.8元, -13.8, -4.31 and a backwards 2026.3.25-3.8 stay numbers); a lone numeral before 类 listed with another
such class, right beside it or as the head of the item before (二类、三类地区, 三类、四类, Ⅱ类和三类, 一类课程十二门、二类课程二十门、三类课程…: ordinals
kept as written; 三类地区 alone, 分为三类, 分为三类、四类, 十三类、十四类 and a list parted by a comma still count); and a count ending a
list's item before a class or a grade of another unit starting the next (一类课程十二门、二类…, 一级指标三个、二级指标十二个, 新建三所、二期工程: the
count was kept as written beside the kept class; 二期、三期, 一年和五年, 百分之二、三 stay one phrase). Probing the set's bulletins,
dotted ranges and ordinals found five more classes, tested there too: 第 typeset apart from an Arabic number by one
blank (第 3 名, 〔2026〕第 9 期: counts of 3 名 and 9 期; two held-out mastheads in the equivalence run), ISO dates in
full-width digits (２０２６－０３－０５ was 2026, -3 and -5; with it a full-width dash after a full-width digit, ３－５年, was a
minus), 期 before 间 after a decimal (于2026.3.5—3.8期间: the right end was a count 3.8期, the range lost; now the word 期间),
Arabic digits after an economic indicator's abbreviation (全市GDP 3500亿元, 人均GDP 1.2万美元, PMI 50.2%: no mention, an
identifier's number; GDP 2023-2025年 was 2025年 alone), and a year right before a range of months (2026年1-10月,
二〇二六年一至六月: the year, then months of no year; the equivalence run shows it in five held-out statistics pages, now one
range from 2026-01). Left as the code does: 电话：０１０－１２３４５６７８ (a telephone number in full-width digits: the integer 10),
1 234.56万元 and 12 345.67 (a blank between groups of digits: 234.56万元 alone; a table's columns are parted so too),
5.1期间 (a decimal, not the May Day holiday), 一类 (a lone 一, the tested convention), 2026/3/5-3/8 and 2026-03-05至03-08
(slashed and dashed dates' right ends, no atom read there).
"""

from __future__ import annotations

import datetime as dt

import pytest

from blind import check_sentence, check_set
from blind import pd as _pd

from strategies import blind_params

D = dt.date
T = dt.time

# (sentence, expected mentions as (text, kind, low[, high[, unit]]), expected rewrite; None: unchanged)
CASES: list[tuple[str, list[tuple[object, ...]], str | None]] = [
    # clock-time ranges in words
    ("政务服务大厅工作时间为上午九时至十一时半，下午二时至五时。",
     [("九时", "time", T(9)), ("十一时半", "time", T(11, 30)), ("二时", "time", T(14)), ("五时", "time", T(17))],
     None),
    ("笔试时间为上午八点半至十点，请考生提前三十分钟入场。",
     [("八点半", "time", T(8, 30)), ("十点", "time", T(10)), ("三十分钟", "duration", 30, None, "分钟")],
     "笔试时间为上午八点半至十点，请考生提前30分钟入场。"),
    ("图书馆自习室每晚七时至九时开放，周末照常。",
     [("七时", "time", T(19)), ("九时", "time", T(21))],
     None),
    ("会议定于2026年3月12日上午9:00—11:30在市政府第一会议室召开。",
     [("2026年3月12日", "date", D(2026, 3, 12)), ("9:00", "time", T(9)), ("11:30", "time", T(11, 30))],
     None),
    ("申报材料受理截止时间为2026年5月31日17时，逾期不予受理。",
     [("2026年5月31日", "date", D(2026, 5, 31)), ("17时", "time", T(17))],
     None),
    # dotted dates and their ranges
    ("网上报名时间：2026.3.5-3.8，考生须在规定时间内完成缴费。",
     [("2026.3.5-3.8", "range", D(2026, 3, 5), D(2026, 3, 8))],
     None),
    ("补考安排在2026.6.20—2026.6.22进行，具体考场另行通知。",
     [("2026.6.20—2026.6.22", "range", D(2026, 6, 20), D(2026, 6, 22))],
     None),
    ("拟录用人员名单公示期为2026.4.1至4.7，接受社会监督。",
     [("2026.4.1至4.7", "range", D(2026, 4, 1), D(2026, 4, 7))],
     None),
    ("春季学期于2月28日开学，7月10日至8月31日为暑假。",
     [("2月28日", "date", _pd(2, 28)), ("7月10日至8月31日", "range", _pd(7, 10), _pd(8, 31))],
     None),
    # amounts in 亿元 and 万亿元
    ("全年全省地区生产总值达到1.25万亿元，按不变价格计算同比增长5.2%。",
     [("1.25万亿元", "money", 1250000000000, None, "元"), ("5.2%", "percent", 5.2, None, "%")],
     None),
    ("今年安排新增专项债券额度三千二百亿元，比上年增加一百五十亿元。",
     [("三千二百亿元", "money", 320000000000, None, "元"), ("一百五十亿元", "money", 15000000000, None, "元")],
     "今年安排新增专项债券额度3200亿元，比上年增加150亿元。"),
    ("全市一般公共预算支出786.43亿元，其中民生支出占比达到百分之七十五点二。",
     [("786.43亿元", "money", 78643000000, None, "元"), ("百分之七十五点二", "percent", 75.2, None, "%")],
     "全市一般公共预算支出786.43亿元，其中民生支出占比达到75.2%。"),
    ("中央财政下达补助资金0.85亿元，省级配套资金2,300万元已全部到位。",
     [("0.85亿元", "money", 85000000, None, "元"), ("2,300万元", "money", 23000000, None, "元")],
     None),
    ("全省金融机构本外币各项贷款余额一点二五万亿元，较年初增加九百八十亿元。",
     [("一点二五万亿元", "money", 1250000000000, None, "元"), ("九百八十亿元", "money", 98000000000, None, "元")],
     "全省金融机构本外币各项贷款余额1.25万亿元，较年初增加980亿元。"),
    # per capita
    ("2025年全市城镇居民人均可支配收入4.2万元，农村居民人均可支配收入2.16万元。",
     [("2025年", "year", 2025), ("4.2万元", "money", 42000, None, "元"), ("2.16万元", "money", 21600, None, "元")],
     None),
    ("全省人均地区生产总值突破十万元，人均预期寿命达到七十九点五岁。",
     [("突破十万元", "money", 100000, None, "元"), ("七十九点五岁", "count", 79.5, None, "岁")],
     "全省人均地区生产总值突破10万元，人均预期寿命达到79.5岁。"),
    # growth and decline
    ("全市城镇调查失业率为5.1%，比上年同期下降0.3个百分点。",
     [("5.1%", "percent", 5.1, None, "%"), ("0.3个百分点", "percent", 0.3, None, "百分点")],
     None),
    ("居民消费价格同比上涨百分之零点八，工业生产者出厂价格同比下降0.3%。",
     [("百分之零点八", "percent", 0.8, None, "%"), ("0.3%", "percent", 0.3, None, "%")],
     "居民消费价格同比上涨0.8%，工业生产者出厂价格同比下降0.3%。"),
    ("一季度规模以上工业增加值增速比上年同期提高5.2个百分点，居全省第三位。",
     [("一季度", "ordinal", 1), ("5.2个百分点", "percent", 5.2, None, "百分点"), ("第三位", "ordinal", 3)],
     "一季度规模以上工业增加值增速比上年同期提高5.2个百分点，居全省第3位。"),
    ("全年完成固定资产投资比上年增长百分之六点五，其中民间投资下降二点一个百分点。",
     [("百分之六点五", "percent", 6.5, None, "%"), ("二点一个百分点", "percent", 2.1, None, "百分点")],
     "全年完成固定资产投资比上年增长6.5%，其中民间投资下降2.1个百分点。"),
    # classes
    ("全市划分为一类、二类、三类地区，分别执行不同的补助标准。",
     [("二类", "ordinal", 2), ("三类", "ordinal", 3)],
     None),
    ("一类疫苗由政府免费提供，二类疫苗由受种者自愿自费接种。",
     [("二类", "ordinal", 2)],
     None),
    ("本次共评出一类课程十二门、二类课程二十门、三类课程三十五门。",
     [("十二门", "count", 12, None, "门"), ("二类", "ordinal", 2), ("二十门", "count", 20, None, "门"),
      ("三类", "ordinal", 3), ("三十五门", "count", 35, None, "门")],
     "本次共评出一类课程12门、二类课程20门、三类课程35门。"),
    # budgets in tables
    ("一般公共预算财政拨款支出表 合计 12,345.67 万元 其中基本支出 8,210.30 万元",
     [("12,345.67 万元", "money", 123456700, None, "元"), ("8,210.30 万元", "money", 82103000, None, "元")],
     None),
    ("2026年部门预算收入合计3,860.25万元，比上年减少126.4万元。",
     [("2026年", "year", 2026), ("3,860.25万元", "money", 38602500, None, "元"),
      ("126.4万元", "money", 1264000, None, "元")],
     None),
    ("其中：教育支出1,205.00万元，占总支出的31.2%；卫生健康支出486.5万元。",
     [("1,205.00万元", "money", 12050000, None, "元"), ("31.2%", "percent", 31.2, None, "%"),
      ("486.5万元", "money", 4865000, None, "元")],
     None),
    # statistics bulletins
    ("年末全市常住人口为865.3万人，比上年末增加4.1万人，城镇化率达到71.26%。",
     [("865.3万人", "count", 8653000, None, "人"), ("4.1万人", "count", 41000, None, "人"),
      ("71.26%", "percent", 71.26, None, "%")],
     None),
    ("全年粮食播种面积1,032.5万亩，总产量达到四百二十万吨。",
     [("1,032.5万亩", "count", 10325000, None, "亩"), ("四百二十万吨", "count", 4200000, None, "吨")],
     "全年粮食播种面积1,032.5万亩，总产量达到420万吨。"),
    ("全年接待国内游客1.36亿人次，实现国内旅游收入1,580.6亿元。",
     [("1.36亿人次", "count", 136000000, None, "人次"), ("1,580.6亿元", "money", 158060000000, None, "元")],
     None),
    # ordinals
    ("第十四个五年规划实施以来，全市新增公办学位三万个。",
     [("三万个", "count", 30000, None, "个")],
     "第十四个五年规划实施以来，全市新增公办学位3万个。"),
    ("这是我市连续第三年承办该项赛事，共有一千二百名选手参赛。",
     [("第三年", "ordinal", 3, None, "年"), ("一千二百名", "count", 1200, None, "名")],
     "这是我市连续第3年承办该项赛事，共有1200名选手参赛。"),
    ("我校入选第二批全国中小学劳动教育实践基地名单。",
     [("第二批", "ordinal", 2, None, "批")],
     "我校入选第2批全国中小学劳动教育实践基地名单。"),
    # ages
    ("景区对60周岁以上老年人免费开放，6周岁以下儿童须由成人陪同。",
     [("60周岁以上", "count", 60, None, "周岁"), ("6周岁以下", "count", 6, None, "周岁")],
     None),
    ("年满十八周岁、不超过三十五周岁的本市户籍青年均可报名。",
     [("十八周岁", "count", 18, None, "周岁"), ("不超过三十五周岁", "count", 35, None, "周岁")],
     "年满18周岁、不超过35周岁的本市户籍青年均可报名。"),
    ("八十周岁以上老人每月发放高龄津贴一百元。",
     [("八十周岁以上", "count", 80, None, "周岁"), ("一百元", "money", 100, None, "元")],
     "80周岁以上老人每月发放高龄津贴100元。"),
    # durations and programmes
    ("全市开展为期两个月的安全生产大检查，并启动消防安全三年行动。",
     [("两个月", "duration", 2, None, "个月")],
     "全市开展为期2个月的安全生产大检查，并启动消防安全三年行动。"),
    ("课后服务每周五天，每天不少于两小时。",
     [("五天", "duration", 5, None, "天"), ("不少于两小时", "duration", 2, None, "小时")],
     "课后服务每周5天，每天不少于2小时。"),
    ("实施农村人居环境整治提升五年行动，力争用三年时间完成改厕任务。",
     [("三年", "duration", 3, None, "年")],
     "实施农村人居环境整治提升五年行动，力争用3年时间完成改厕任务。"),
    ("新录用公务员试用期为六个月，试用期满考核合格的予以任职。",
     [("六个月", "duration", 6, None, "个月")],
     "新录用公务员试用期为6个月，试用期满考核合格的予以任职。"),
    # fractions and ratios
    ("省级财政按1:1比例安排配套资金，其余部分由市县承担。",
     [],
     None),
    ("全市三分之二以上的行政村已建成标准化卫生室。",
     [("三分之二以上", "fraction", 2 / 3)],
     "全市2/3以上的行政村已建成标准化卫生室。"),
    ("女性委员人数不得低于委员总数的五分之一，男女比例约为1.05:1。",
     [("五分之一", "fraction", 0.2)],
     "女性委员人数不得低于委员总数的1/5，男女比例约为1.05:1。"),
    # hard negatives
    ("深入推进一带一路建设，全面推行政务服务一网通办。",
     [],
     None),
    ("巩固拓展两不愁三保障成果，扎实做好三农工作。",
     [],
     None),
    ("团市委在五四青年节前夕表彰了一批优秀团干部。",
     [],
     None),
    ("各单位一把手要亲自抓，确保十四五规划确定的目标任务如期完成。",
     [],
     None),
    ("推进长三角一体化发展，支持本地高校建设双一流。",
     [],
     None),
    ("深化千万工程经验，推动乡村全面振兴。",
     [],
     None),
    ("坚持两个毫不动摇，健全一老一小服务体系。",
     [],
     None),
    ("深化一件事一次办改革，推动政务服务提质增效。",
     [],
     None),
]

# the cases that still fail, with why (the blind run, d358943 untouched, failed 4: c05, c07, c20, c22; session 42's
# fixes turned all four)
FAILING: dict[int, str] = {}


@pytest.mark.parametrize(("text", "mentions", "rewrite"), blind_params(CASES, FAILING, "c"))
def test_blind_sentence(text: str, mentions: list[tuple[object, ...]], rewrite: str | None) -> None:
    check_sentence(text, mentions, rewrite)


def test_the_set_has_fifty_sentences() -> None:
    check_set(CASES, 50)
