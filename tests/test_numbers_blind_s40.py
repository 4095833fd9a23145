"""Session 40's blind set for the numbers reader (NB40): fifty sentences of our own, written before
reading ``govtext.numbers`` (only the guide, the public docstrings and the s19-s39 sets), each with the
mentions (text, kind, low, high, unit) and the rewrite of ``numbers_to_digits`` expected.
It stresses what s19-s39 covered less: a statistics bulletin's sentences (比上年增长6.2%, 回落0.8个百分点, 3.5万吨,
1200亿千瓦时, 九百一十二点三万人, 居全省第三位, 每百户 before a decimal count), technical names holding digits (PM2.5,
GB/T 9704—2012, 5G基站, 4A级景区, 985高校, 长征五号, 嫦娥六号, 天宫二号, 90后, 00后, 双11, 12·4国家宪法日), centuries
and decades (二十一世纪, 20世纪80年代), what s39 left (16年毕业, 24时 and 0时 at a span's end, a decimal year-month
after 自 and before 起, 翻了一番多, 2单元502, -3～-1℃, an impossible date), money in capital numerals on receipts
(人民币壹万贰仟元整, 叁仟零伍拾元伍角, ¥12,000.00), counts with 来/多/余 (三十来岁, 五十多家, 两千余个), ordinals and
counts of batches (第三批, 三批次, 首批, 末批), durations (为期三天, 连续五年, 3个工作日内, 15日内, 为期两周), ranges across
units or scales (1—2月, 5千至1万元, 5千万至1.2亿元, 三至五个工作日), and hard negatives (一国两制, 三农, 四风, 五险一金,
六个必须坚持, 七下八上, 八荣八耻, 九年义务教育, 十全十美, 百花齐放, 千方百计, 万无一失, 一带一路, 双一流, 三公经费, 两会,
一网通办, 最多跑一次, 十四届三次会议).

Choices the conventions leave open, made here: 16年毕业 (a year by two digits before a verb) is a year kept unread, no
mention, as s39's 自24年; 8时至24时 gives 8时 alone (24时 the day's end, s39) and 次日0时 is the time 0:00; a decimal
year-month after 自 and before 起 (自2026.3起) is the month March 2026, PartialDate(2026, 3) (a point in time: no
number of that size is said so); 翻了一番多 is a doubling and more, 2 to 3 倍 as 两倍多 is (s19), kept as written;
2单元502 is a stairway's unit and its room, an address, no mention (as 3栋2单元501 is, s39); an impossible date
(2月30日) is no date and no mention (the text is wrong, no reading is right); 三十来岁 keeps its stated 30, as 十来个
keeps 10 (s28), kept as written; 五十多家 and 两千余个 are 50-60 and 2000-3000, kept as written (no exact digit form);
首批 and 末批 are words, no mention (s21), 第三批 an ordinal rewritten 第3批 and 三批次 a count rewritten 3批次;
第十五届 in an event's name stays as written (s23's 第二十三届); 二十一世纪 and 20世纪 are ordinals of 世纪 and
20世纪80年代's decade no mention (s30); 5千万至1.2亿元 is a range of 元 whose ends carry their own scales; 12·4 (a day
named by its date, as 一二·九) is no mention; PM2.5, GB/T 9704—2012, 5G, 4A, 985, 长征五号, 嫦娥六号, 天宫二号, 90后
and 00后 are names, no mention; 六个必须坚持 is a set phrase (六个 no count).

Blind figure (85b130f, untouched): 40 of 50 sentences fully right (mentions and rewrite); 58 of 62 expected
mentions right; five mentions found that are none (11期 of 双11期间, 16年 of 16年毕业 a span of 16 years, 2 and 502 of
2单元502, 2月30日 a date), three read otherwise (2026.3起 a count of 起, 翻了一番 its 多 left out, -3～-1℃ split into -3
and 1℃) and 三十来岁 read 30 to 40; no rewrite that breaks a name (all the set phrases, technical names and codes
right). The misses: 双11期间, 16年毕业, 自2026.3起, 翻了一番多, 2单元502, -3～-1℃, 2月30日, 三十来岁 (来 an interval,
s30's tested convention), 5千至1万元 and 5千万至1.2亿元 (rewritten 5000 and 5000万: a digit before 千 is rewritten).
After session 40's fixes: 47 of 50 sentences, 61 of 62 expected mentions, no false mention, no name broken; the three
left are strict xfails of tested conventions (三十来岁 30 to 40, s30; 5千 rewritten 5000, s21). The seven misses were
classes, each tested below: a dash right after a range's tilde (-3～-1℃, -5~-2℃), a room after a stairway's unit alone
(2单元502, as 2单元502室), digits after 双 (双11, and from the equivalence run “双20条”), an impossible date (2月30日,
4月31日, 2026年2月29日; 二月三十日 may be lunar), 翻N番多, a two-digit year before a life's event (16年毕业, 97年出生; and
from the equivalence run 16年毕业的 in a law's guide), and a dotted year-month after a word of a point in time
(自2026.3起). Probing the set's domains found two more, tested below: a range's one-digit left end sharing the right
end's 千 or 百 before 万 (两到三千万元 was 2万 to 3000万, rewritten 2到3000万元: the meaning changed), an Arabic left end
before a right end with 千 (3到5千人 rewritten 3到5000人), and a range of dotted year-months (从2026.3到2026.6).
Left as the code does: 三十来岁 (s30), 5千 rewritten 5000 (s21), 前三季度 a span of 3 季度, RMB 12,000元 and USD 500万元
(letters before an amount make it an identifier: ISO currency codes are no prefixes), 2025.9—2026.6 with no word of
a point in time (a range of decimals).
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
    # a statistics bulletin
    ("2025年全市规模以上工业增加值比上年增长6.2%，增速比上半年回落0.8个百分点。",
     [("2025年", "year", 2025), ("6.2%", "percent", 6.2, None, "%"), ("0.8个百分点", "percent", 0.8, None, "百分点")],
     None),
    ("全年水产品产量达到3.5万吨，全社会用电量1200亿千瓦时。",
     [("3.5万吨", "count", 35000, None, "吨"), ("1200亿千瓦时", "count", 120000000000, None, "千瓦时")],
     None),
    ("第三产业增加值占地区生产总值的比重为百分之五十四点二，占比提高1.3个百分点，增速居全省第三位。",
     [("百分之五十四点二", "percent", 54.2, None, "%"), ("1.3个百分点", "percent", 1.3, None, "百分点"),
      ("第三位", "ordinal", 3)],
     "第三产业增加值占地区生产总值的比重为54.2%，占比提高1.3个百分点，增速居全省第3位。"),
    ("全年城镇新增就业二万三千人，城镇登记失业率为百分之二点八。",
     [("二万三千人", "count", 23000, None, "人"), ("百分之二点八", "percent", 2.8, None, "%")],
     "全年城镇新增就业23000人，城镇登记失业率为2.8%。"),
    ("年末全市常住人口九百一十二点三万人，比上年末增加四点六万人。",
     [("九百一十二点三万人", "count", 9123000, None, "人"), ("四点六万人", "count", 46000, None, "人")],
     "年末全市常住人口912.3万人，比上年末增加4.6万人。"),
    ("全年居民消费价格比上年上涨百分之一点一，城镇每百户居民拥有家用汽车四十二点五辆。",
     [("百分之一点一", "percent", 1.1, None, "%"), ("四十二点五辆", "count", 42.5, None, "辆")],
     "全年居民消费价格比上年上涨1.1%，城镇每百户居民拥有家用汽车42.5辆。"),
    # technical names and units
    ("今年上半年全市PM2.5平均浓度为38微克/立方米，同比下降百分之七点三。",
     [("38微克/立方米", "count", 38), ("百分之七点三", "percent", 7.3, None, "%")],
     "今年上半年全市PM2.5平均浓度为38微克/立方米，同比下降7.3%。"),
    ("各级机关的公文格式须符合GB/T 9704—2012《党政机关公文格式》的要求。",
     [],
     None),
    ("全市已建成5G基站1.8万个，今年新增4A级景区两家。",
     [("1.8万个", "count", 18000, None, "个"), ("两家", "count", 2, None, "家")],
     "全市已建成5G基站1.8万个，今年新增4A级景区2家。"),
    ("我省与两所985高校签订合作协议，另有三所学校入选双一流建设名单。",
     [("两所", "count", 2, None, "所"), ("三所", "count", 3, None, "所")],
     "我省与2所985高校签订合作协议，另有3所学校入选双一流建设名单。"),
    ("长征五号运载火箭将嫦娥六号探测器送入预定轨道，天宫二号已圆满完成使命。",
     [],
     None),
    ("全市共有A级旅游景区86家，其中5A级景区3家、4A级景区27家。",
     [("86家", "count", 86, None, "家"), ("3家", "count", 3, None, "家"), ("27家", "count", 27, None, "家")],
     None),
    ("嫦娥六号从月球背面带回样品1935.3克，科研团队已分批开展研究。",
     [("1935.3克", "count", 1935.3, None, "克")],
     None),
    # centuries, decades, generations, names of days
    ("进入二十一世纪以来，特别是20世纪80年代以后，我县教育事业快速发展。",
     [("二十一世纪", "ordinal", 21, None, "世纪"), ("20世纪", "ordinal", 20, None, "世纪")],
     "进入21世纪以来，特别是20世纪80年代以后，我县教育事业快速发展。"),
    ("针对90后、00后青年教师的特点，学校开设了专题培训班。",
     [],
     None),
    ("第十五届全国运动会将于2025年11月在广东、香港、澳门联合举办。",
     [("第十五届", "ordinal", 15, None, "届"), ("2025年11月", "date", _pd(11, None, 2025))],
     None),
    ("双11期间，全市快递业务量突破一亿件。",
     [("突破一亿件", "count", 100000000, None, "件")],
     "双11期间，全市快递业务量突破1亿件。"),
    ("12·4国家宪法日当天，全市各中小学开展宪法晨读活动。",
     [],
     None),
    ("全国政协十四届三次会议于3月4日下午在人民大会堂开幕。",
     [("3月4日", "date", _pd(3, 4))],
     None),
    # what s39 left
    ("他16年毕业于省师范大学，随后回到家乡任教至今。",
     [],
     None),
    ("自助服务区开放时间为每日8时至24时，周末延长至次日0时。",
     [("8时", "time", T(8)), ("0时", "time", T(0))],
     None),
    ("本套地方教材自2026.3起在全市初中年级推广使用。",
     [("2026.3", "date", _pd(3, None, 2026))],
     None),
    ("全县农村居民人均可支配收入比2015年翻了一番多。",
     [("2015年", "year", 2015), ("翻了一番多", "multiple", 2, 3, "倍")],
     None),
    ("申请材料请送至社区服务中心2单元502，工作人员将当场受理。",
     [],
     None),
    ("预计明晨北部山区最低气温-3～-1℃，部分路段有道路结冰。",
     [("-3～-1℃", "range", -3, -1, "℃")],
     None),
    ("系统显示的缴费截止日期为2月30日，经核实系录入错误。",
     [],
     None),
    # money in capital numerals and symbols
    ("今收到捐赠款人民币壹万贰仟元整（¥12,000.00），特此致谢。",
     [("人民币壹万贰仟元整", "money", 12000, None, "元"), ("¥12,000.00", "money", 12000, None, "元")],
     "今收到捐赠款人民币12000元整（¥12,000.00），特此致谢。"),
    ("本次报销金额合计人民币叁仟零伍拾元伍角（¥3,050.50）。",
     [("人民币叁仟零伍拾元伍角", "money", 3050.5, None, "元"), ("¥3,050.50", "money", 3050.5, None, "元")],
     "本次报销金额合计人民币3050元5角（¥3,050.50）。"),
    # counts with 来, 多, 余
    ("参加本期培训的学员多为三十来岁的青年业务骨干。",
     [("三十来岁", "count", 30, None, "岁")],
     None),
    ("全区五十多家企业参加了春季招聘会，共提供就业岗位两千余个。",
     [("五十多家", "count", 50, 60, "家"), ("两千余个", "count", 2000, 3000, "个")],
     None),
    # ordinals and counts of batches
    ("我市第三批市级非遗代表性项目名录共收录项目二十六项，分三批次公布。",
     [("第三批", "ordinal", 3, None, "批"), ("二十六项", "count", 26, None, "项"), ("三批次", "count", 3, None, "批次")],
     "我市第3批市级非遗代表性项目名录共收录项目26项，分3批次公布。"),
    ("首批入驻园区的企业已全部投产，末批企业预计年底前入驻。",
     [],
     None),
    # durations
    ("本次集中宣传活动为期三天，已连续五年在全市开展。",
     [("三天", "duration", 3, None, "天"), ("五年", "duration", 5, None, "年")],
     "本次集中宣传活动为期3天，已连续5年在全市开展。"),
    ("申请人应在3个工作日内补齐材料；行政机关应当自受理之日起15日内作出决定。",
     [("3个工作日", "duration", 3, None, "工作日"), ("15日", "duration", 15, None, "日")],
     None),
    ("高铁开通后，从县城到省会的车程由原来的四个小时缩短到两个半小时。",
     [("四个小时", "duration", 4, None, "小时"), ("两个半小时", "duration", 2.5, None, "小时")],
     "高铁开通后，从县城到省会的车程由原来的4个小时缩短到2个半小时。"),
    ("全市中小学心理健康教育宣传活动为期两周，覆盖学生十二万人。",
     [("两周", "duration", 2, None, "周"), ("十二万人", "count", 120000, None, "人")],
     "全市中小学心理健康教育宣传活动为期2周，覆盖学生12万人。"),
    # ranges across units and scales
    ("1—2月，全市外贸进出口总额同比增长百分之九。",
     [("1—2月", "range", _pd(1), _pd(2)), ("百分之九", "percent", 9, None, "%")],
     "1—2月，全市外贸进出口总额同比增长9%。"),
    ("对违反规定的个人，处5千至1万元罚款。",
     [("5千至1万元", "range", 5000, 10000, "元")],
     None),
    ("单个项目总投资5千万至1.2亿元的，由市发展改革委审批。",
     [("5千万至1.2亿元", "range", 50000000, 120000000, "元")],
     None),
    ("审核结果将在三至五个工作日内通过短信反馈。",
     [("三至五个工作日", "range", 3, 5, "工作日")],
     "审核结果将在3至5个工作日内通过短信反馈。"),
    ("今年高考该校本科上线率达百分之九十二，600分以上考生134人。",
     [("百分之九十二", "percent", 92, None, "%"), ("600分以上", "count", 600, None, "分"), ("134人", "count", 134, None, "人")],
     "今年高考该校本科上线率达92%，600分以上考生134人。"),
    # hard negatives: set phrases
    ("坚持一国两制方针，始终把解决好三农问题作为全党工作的重中之重。",
     [],
     None),
    ("持续整治四风问题，依法为职工足额缴纳五险一金。",
     [],
     None),
    ("深刻领会六个必须坚持，七下八上是防汛工作的关键期。",
     [],
     None),
    ("在青少年中开展八荣八耻教育，全面落实九年义务教育。",
     [],
     None),
    ("各项筹备工作不求十全十美，但要确保安全万无一失。",
     [],
     None),
    ("坚持百花齐放、百家争鸣，千方百计稳定和扩大就业。",
     [],
     None),
    ("推动共建一带一路高质量发展，加快推进双一流建设。",
     [],
     None),
    ("严格控制三公经费支出，全国两会期间加强值班值守。",
     [],
     None),
    ("深化一网通办改革，推行群众办事最多跑一次。",
     [],
     None),
]

# the cases that still fail, with why (the blind run, 85b130f untouched, failed 10: c16, c19, c21, c22, c23, c24, c25,
# c28, c37, c38; session 40's fixes turned c16, c19, c21, c22, c23, c24 and c25)
FAILING: dict[int, str] = {
    28: "来 after a numeral is read as 多 and 余 are, an interval up to the next step (三十来岁: 30 to 40, s30's tested "
        "convention for 十来个); expected the stated number, 30",
    37: "a mixed numeral is rewritten in one digit form (5千至1万元 -> 5000至1万元, as 3千万元 -> 3000万元: s21's tested "
        "convention); expected it kept as written",
    38: "a mixed numeral is rewritten in one digit form (5千万至1.2亿元 -> 5000万至1.2亿元, s21's tested convention); "
        "expected it kept as written",
}


@pytest.mark.parametrize(("text", "mentions", "rewrite"), blind_params(CASES, FAILING, "c"))
def test_blind_sentence(text: str, mentions: list[tuple[object, ...]], rewrite: str | None) -> None:
    check_sentence(text, mentions, rewrite)


def test_the_set_has_fifty_sentences() -> None:
    check_set(CASES, 50)


# --- classes fixed (session 40, NB40); each test failed before its fix


def test_a_range_whose_second_end_is_below_zero() -> None:
    """-3～-1℃, -5~-2℃ and -2%～-1%: a dash right after a range's tilde is the second end's minus sign (they were -3 and
    1℃, the range and the sign lost); 3~5℃ and -3～2℃ read as before."""
    got = [(m.text, m.kind, float(m.low), float(m.high)) for m in find_numbers("气温-3～-1℃，-5~-2℃，增长-2%～-1%，3~5℃")]
    assert got == [("-3～-1℃", "range", -3, -1), ("-5~-2℃", "range", -5, -2), ("-2%～-1%", "range", -2, -1),
                   ("3~5℃", "range", 3, 5)]


def test_a_room_after_a_stairway_unit_alone() -> None:
    """送至2单元502, 2单元502-503 and 住2单元1201：: a room's number written after its stairway's unit without a building
    is an address, as 2单元502室 and 3栋2单元501 are (they were the integers 2 and 502); 全楼共2单元，502户 and
    新建2单元1200平方米 still count."""
    assert find_numbers("申请材料请送至2单元502，住2单元502-503。住2单元1201：") == []
    got = [(m.text, m.kind) for m in find_numbers("全楼共2单元，502户，新建2单元1200平方米")]
    assert got == [("2", "integer"), ("502户", "count"), ("2", "integer"), ("1200平方米", "count")]


def test_a_day_named_by_its_doubled_number() -> None:
    """双11期间 and 双12当天: Arabic digits right after 双 name a shopping festival's day, as 双十一 does (11期 was a count
    of 期), and (found in the equivalence run) 出台双20条政策 two lists of measures (it was a count of 20 条); 双方11人 and
    双人3组 still count."""
    assert find_numbers("双11期间，双12当天，出台双20条政策") == []
    assert [m.text for m in find_numbers("双方11人，配备双人3组")] == ["11人", "3组"]


def test_an_impossible_date_is_no_date() -> None:
    """2月30日, 4月31日, 二月三十一日 and 2026年2月29日 are no days of the calendar: no mention and no rewrite (they were dates);
    2月29日 and 2024年2月29日 are days, and 二月三十日 in Chinese numerals without a year may be a lunar month's last day
    (read as before)."""
    assert find_numbers("2月30日，4月31日，二月三十一日，2026年2月29日，二〇二六年二月二十九日") == []
    assert numbers_to_digits("二月三十一日") == "二月三十一日"
    got = [(m.text, str(m.low)) for m in find_numbers("2月29日，2024年2月29日，农历二月三十日")]
    assert got == [("2月29日", "--02-29"), ("2024年2月29日", "2024-02-29"), ("二月三十日", "--02-30")]


def test_a_doubling_and_more() -> None:
    """翻了一番多 and 翻两番多: more than doubled (quadrupled), 2 to 3 and 4 to 5 倍 as 两倍多 is 2 to 3 (the 多 was left
    out); 翻一番多项指标 keeps 多 a word's."""
    got = [(m.text, m.low, m.high, m.qualifier) for m in find_numbers("翻了一番多。翻两番多，")]
    assert got == [("翻了一番多", 2, 3, "多"), ("翻两番多", 4, 5, "多")]
    assert [(m.text, m.high) for m in find_numbers("翻一番多项指标")] == [("翻一番", 2)]


def test_a_year_by_two_digits_before_a_life_event() -> None:
    """他16年毕业, 97年出生的 and 98年入党: N年 of two Arabic digits before the verb of an event that happens in a year
    names that year (they were spans of 16, 97, 98 years); 读了16年毕业, 工作16年退休 and 任教30年退休 stay spans."""
    assert find_numbers("他16年毕业于师范大学，97年出生的，98年入党") == []
    got = [(m.text, m.kind) for m in find_numbers("读了16年毕业，工作16年退休，任教30年退休")]
    assert got == [("16年", "duration"), ("16年", "duration"), ("30年", "duration")]


def test_a_year_and_month_joined_by_a_dot() -> None:
    """自2026.3起, 于2025.12前 and 截至2026.3，: a year and its month joined by a dot between a word of a point in time and
    an end is that month (they were a count of 起 and decimals); 自2000.5元起, 高于2000.5 and 自2026.35起 stay numbers,
    2026.3.5 a full date."""
    got = [(m.text, m.kind, str(m.low)) for m in find_numbers("自2026.3起，于2025.12前，截至2026.3，")]
    assert got == [("2026.3", "date", "2026-03"), ("2025.12", "date", "2025-12"), ("2026.3", "date", "2026-03")]
    got = [(m.text, m.kind) for m in find_numbers("自2000.5元起，高于2000.5，自2026.35起，自2026.3.5起")]
    assert got == [("2000.5元", "money"), ("高于2000.5", "decimal"), ("2026.35起", "count"), ("2026.3.5", "date")]


def test_a_range_of_years_and_months_joined_by_dots() -> None:
    """(found probing the class above) 从2026.3到2026.6 and 自2025.9—2026.6，: the second year and month after the first
    and a connector is a month too, the pair a range of months (the second was a decimal); 2025.9—2026.6 after no
    word of a point in time stays a range of decimals."""
    got = [(m.text, m.kind, str(m.low), str(m.high)) for m in find_numbers("从2026.3到2026.6，自2025.9—2026.6，")]
    assert got == [("2026.3到2026.6", "range", "2026-03", "2026-06"), ("2025.9—2026.6", "range", "2025-09", "2026-06")]
    assert [(m.kind, m.low) for m in find_numbers("2025.9—2026.6")] == [("range", 2025.9)]


def test_a_range_whose_left_end_shares_the_right_ends_thousands() -> None:
    """(found probing the set's ranges across scales) 两到三千万元, 1至2千万元 and 三至五百万元: a one-digit left end shares
    the right end's 千 or 百 before its 万 as well (they were 2万 to 3000万, rewritten 2到3000万元); 3到5千人 and 5—8千元:
    an Arabic left end is rewritten with the right end's 千 (they were rewritten 3到5000人, 5—8000元: 3 to 5000);
    一至二十万人 (十 the number's own), 3至5万元 and 两到三万 read and rewrite as before."""
    got = [(m.text, m.low, m.high) for m in find_numbers("两到三千万元，1至2千万元，三至五百万元，3到5千人，一至二十万人")]
    assert got == [("两到三千万元", 20000000, 30000000), ("1至2千万元", 10000000, 20000000),
                   ("三至五百万元", 3000000, 5000000), ("3到5千人", 3000, 5000), ("一至二十万人", 10000, 200000)]
    assert numbers_to_digits("两到三千万元，1至2千万元，三至五百万元") == "2000到3000万元，1000至2000万元，300至500万元"
    assert numbers_to_digits("3到5千人，5—8千元，三至五千元") == "3000到5000人，5000—8000元，3000至5000元"
    assert numbers_to_digits("一至二十万人，3至5万元，两到三万") == "1至20万人，3至5万元，2到3万"


@pytest.mark.parametrize("piece", ["-3～-", "～-1℃", "2单元502", "至2单元", "双11", "2月30日", "翻一番多",
                                   "16年毕业", "自2026.3", ".3起", "自2026.3到2026.6", "3到5千", "两到三千万"])
def test_the_classes_read_in_linear_time(piece: str) -> None:
    """The session's rules on adversarial repetitions of their triggers: linear."""
    n = 4000 // len(piece)
    assert_linear(find_numbers, piece * n, piece * (4 * n), label=piece)
    assert_linear(numbers_to_digits, piece * n, piece * (4 * n), label=piece)
