"""Session 22's blind set for the numbers reader (NL10): fifty sentences of our own, written before
reading ``govtext.numbers`` (only the guide, the public docstrings, the s21 set's shape and
report), each with the mentions (text, kind, low, high, unit) and the rewrite of
``numbers_to_digits`` expected. It stresses what s19-s21 covered less: work reports' targets
(增长6%左右, 下降三个百分点, 提高到80%以上, 突破), statistics bulletins (同比/环比, 比上年末增加, 万吨,
万千瓦, 人次, 千分之), budgets in 万元/亿元 and capital numerals with 角 (叁拾捌万…元伍角整, ¥ amounts),
laws (第X条/款/项, N日以上N日以下拘留, 六个月以下有期徒刑, 罚款N元以上N元以下, 之日起十五日内), school and
exam notices (2026—2027学年, 第一学期, 第1-3名, 9:00—11:30, 七年级, 课时/学时), health notices (一日3次,
每次0.5克, 37.3℃, 毫克, 第二剂), dates (二〇二六年三月, 三月五日至八日, 1—12月, 12月份, holidays:
元旦, 春节, 正月十五), fractions (三分之二以上, 二分之一, 1/3), 两 inside numerals (一千两百万元,
两千两百户), 半年多 and 1999级台阶, and hard negatives: ordinals and names (第一书记, 一把手, 一线, 三好学生,
高三, 五四青年节, 八一建军节, 十九大, 二十大, 十四五规划, 一等奖, 一站式, 星期六, 十七届人大五次会议, 5G),
telephone and hotline numbers and documents' numbers (教基〔2026〕3号, [2026]12号, 国发〔2026〕5号)."""

from __future__ import annotations

import datetime as dt

import pytest

from blind import check_sentence, check_set
from blind import mentions as _got
from blind import pd as _pd
from govtext.numbers import find_numbers, numbers_to_digits

from strategies import blind_params

D, T = dt.date, dt.time

# (sentence, expected mentions as (text, kind, low[, high[, unit]]), expected rewrite; None: unchanged)
CASES: list[tuple[str, list[tuple[object, ...]], str | None]] = [
    # work reports: targets
    ("今年发展主要预期目标是：地区生产总值增长6%左右，城镇调查失业率5.5%左右，居民消费价格涨幅3%左右。",
     [("6%左右", "percent", 6, None, "%"), ("5.5%左右", "percent", 5.5, None, "%"),
      ("3%左右", "percent", 3, None, "%")],
     None),
    ("过去五年，全市常住人口城镇化率提高到百分之六十八点五，比二〇二一年末提高四点二个百分点。",
     [("五年", "duration", 5, None, "年"), ("百分之六十八点五", "percent", 68.5, None, "%"),
      ("二〇二一年", "year", 2021), ("四点二个百分点", "percent", 4.2, None, "百分点")],
     "过去5年，全市常住人口城镇化率提高到68.5%，比2021年末提高4.2个百分点。"),
    ("力争到2027年，数字经济核心产业增加值占比提高到12%以上，5G用户普及率提高到80%以上。",
     [("2027年", "year", 2027), ("12%以上", "percent", 12, None, "%"), ("80%以上", "percent", 80, None, "%")],
     None),
    ("全年一般公共预算收入完成四百二十六亿元，增长百分之五点一，其中税收收入占比下降三个百分点。",
     [("四百二十六亿元", "money", 42600000000, None, "元"), ("百分之五点一", "percent", 5.1, None, "%"),
      ("三个百分点", "percent", 3, None, "百分点")],
     "全年一般公共预算收入完成426亿元，增长5.1%，其中税收收入占比下降3个百分点。"),
    ("今年全市固定资产投资增长8%，社会消费品零售总额增长6.5%左右，进出口总额力争突破1500亿元。",
     [("8%", "percent", 8, None, "%"), ("6.5%左右", "percent", 6.5, None, "%"),
      ("突破1500亿元", "money", 150000000000, None, "元")],
     None),
    ("全市一季度实现地区生产总值一千二百三十五亿元，同比增长5.6%，比全年目标高0.6个百分点。",
     [("一季度", "ordinal", 1), ("一千二百三十五亿元", "money", 123500000000, None, "元"),
      ("5.6%", "percent", 5.6, None, "%"), ("0.6个百分点", "percent", 0.6, None, "百分点")],
     "全市一季度实现地区生产总值1235亿元，同比增长5.6%，比全年目标高0.6个百分点。"),
    ("完成老旧小区改造一百二十个、惠及居民三点六万户，新建改建农村公路五百公里。",
     [("一百二十个", "count", 120, None, "个"), ("三点六万户", "count", 36000, None, "户"),
      ("五百公里", "count", 500, None, "公里")],
     "完成老旧小区改造120个、惠及居民3.6万户，新建改建农村公路500公里。"),
    # statistics bulletins
    ("全年粮食总产量312.6万吨，比上年增长1.8%；其中夏粮105.3万吨，增长0.9%。",
     [("312.6万吨", "count", 3126000, None, "吨"), ("1.8%", "percent", 1.8, None, "%"),
      ("105.3万吨", "count", 1053000, None, "吨"), ("0.9%", "percent", 0.9, None, "%")],
     None),
    ("年末全市发电装机容量达到1860万千瓦，比上年末增加126万千瓦，其中光伏发电装机420.5万千瓦。",
     [("1860万千瓦", "count", 18600000, None, "千瓦"), ("126万千瓦", "count", 1260000, None, "千瓦"),
      ("420.5万千瓦", "count", 4205000, None, "千瓦")],
     None),
    ("年末全市常住人口1024.6万人，比上年末增加8.3万人；全年出生人口7.2万人，出生率为千分之七点零五。",
     [("1024.6万人", "count", 10246000, None, "人"), ("8.3万人", "count", 83000, None, "人"),
      ("7.2万人", "count", 72000, None, "人"), ("千分之七点零五", "percent", 7.05, None, "‰")],
     "年末全市常住人口1024.6万人，比上年末增加8.3万人；全年出生人口7.2万人，出生率为7.05‰。"),
    ("12月份，全市居民消费价格同比上涨0.6%，环比下降0.2%；1—12月平均比上年上涨0.3%。",
     [("12月份", "date", _pd(12)), ("0.6%", "percent", 0.6, None, "%"), ("0.2%", "percent", 0.2, None, "%"),
      ("1—12月", "range", _pd(1), _pd(12)), ("0.3%", "percent", 0.3, None, "%")],
     None),
    ("国庆、中秋假期期间，全市共接待游客三百二十六点八万人次，实现旅游收入二十九点三亿元。",
     [("三百二十六点八万人次", "count", 3268000, None, "人次"), ("二十九点三亿元", "money", 2930000000, None, "元")],
     "国庆、中秋假期期间，全市共接待游客326.8万人次，实现旅游收入29.3亿元。"),
    # budgets and procurement
    ("2026年市本级部门预算安排教育支出38650.72万元，比上年预算数增加1236.5万元，增长3.3%。",
     [("2026年", "year", 2026), ("38650.72万元", "money", 386507200, None, "元"),
      ("1236.5万元", "money", 12365000, None, "元"), ("3.3%", "percent", 3.3, None, "%")],
     None),
    ("本项目预算金额为人民币壹佰贰拾万元整（¥1,200,000.00），最高限价同预算金额。",
     [("人民币壹佰贰拾万元整", "money", 1200000, None, "元"), ("¥1,200,000.00", "money", 1200000, None, "元")],
     "本项目预算金额为人民币120万元整（¥1,200,000.00），最高限价同预算金额。"),
    ("经审计，该项目结算金额为叁拾捌万柒仟陆佰伍拾元伍角整，审减金额贰万叁仟元。",
     [("叁拾捌万柒仟陆佰伍拾元伍角整", "money", 387650.5, None, "元"), ("贰万叁仟元", "money", 23000, None, "元")],
     "经审计，该项目结算金额为387650元5角整，审减金额23000元。"),
    ("2026年全市安排乡村振兴衔接资金3.8亿元，较上年增加5000万元，其中中央资金2.1亿元、省级资金1.05亿元。",
     [("2026年", "year", 2026), ("3.8亿元", "money", 380000000, None, "元"),
      ("5000万元", "money", 50000000, None, "元"), ("2.1亿元", "money", 210000000, None, "元"),
      ("1.05亿元", "money", 105000000, None, "元")],
     None),
    ("今年下达农村危房改造补助资金一千两百万元，改造农户两千两百户。",
     [("一千两百万元", "money", 12000000, None, "元"), ("两千两百户", "count", 2200, None, "户")],
     "今年下达农村危房改造补助资金1200万元，改造农户2200户。"),
    # laws
    ("第三十二条　违反本法规定，未取得许可擅自从事经营活动的，由县级以上人民政府市场监督管理部门责令停止违法行为，"
     "没收违法所得，并处一万元以上十万元以下罚款。",
     [("第三十二条", "ordinal", 32), ("一万元以上", "money", 10000, None, "元"),
      ("十万元以下", "money", 100000, None, "元")],
     "第三十二条　违反本法规定，未取得许可擅自从事经营活动的，由县级以上人民政府市场监督管理部门责令停止违法行为，"
     "没收违法所得，并处1万元以上10万元以下罚款。"),
    ("第四十五条　有前款行为，情节较重的，处五日以上十日以下拘留，可以并处五百元以下罚款。",
     [("第四十五条", "ordinal", 45), ("五日以上", "duration", 5, None, "日"), ("十日以下", "duration", 10, None, "日"),
      ("五百元以下", "money", 500, None, "元")],
     "第四十五条　有前款行为，情节较重的，处5日以上10日以下拘留，可以并处500元以下罚款。"),
    ("犯前款罪的，处六个月以下有期徒刑、拘役或者管制，并处或者单处罚金；数额巨大的，处三年以上十年以下有期徒刑。",
     [("六个月以下", "duration", 6, None, "个月"), ("三年以上", "duration", 3, None, "年"),
      ("十年以下", "duration", 10, None, "年")],
     "犯前款罪的，处6个月以下有期徒刑、拘役或者管制，并处或者单处罚金；数额巨大的，处3年以上10年以下有期徒刑。"),
    ("当事人应当自收到行政处罚决定书之日起十五日内缴纳罚款；到期不缴纳的，每日按罚款数额的百分之三加处罚款。",
     [("十五日", "duration", 15, None, "日"), ("百分之三", "percent", 3, None, "%")],
     "当事人应当自收到行政处罚决定书之日起15日内缴纳罚款；到期不缴纳的，每日按罚款数额的3%加处罚款。"),
    ("依照本法第二十条第一款第三项的规定，对直接负责的主管人员处二万元以上二十万元以下的罚款。",
     [("第二十条", "ordinal", 20), ("第一款", "ordinal", 1), ("第三项", "ordinal", 3),
      ("二万元以上", "money", 20000, None, "元"), ("二十万元以下", "money", 200000, None, "元")],
     "依照本法第二十条第一款第三项的规定，对直接负责的主管人员处2万元以上20万元以下的罚款。"),
    ("本条例自2026年10月1日起施行，2019年3月1日公布的《某市城市绿化管理办法》同时废止。",
     [("2026年10月1日", "date", D(2026, 10, 1)), ("2019年3月1日", "date", D(2019, 3, 1))],
     None),
    ("修改章程须经全体会员代表三分之二以上表决通过，候选人得票超过应到会人数的二分之一方可当选。",
     [("三分之二以上", "fraction", 2 / 3), ("二分之一", "fraction", 0.5)],
     "修改章程须经全体会员代表2/3以上表决通过，候选人得票超过应到会人数的1/2方可当选。"),
    # schools and exams
    ("2026—2027学年第一学期于2026年8月31日开学，2027年1月22日起放寒假。",
     [("2026—2027学年", "range", 2026, 2027, "学年"), ("第一学期", "ordinal", 1),
      ("2026年8月31日", "date", D(2026, 8, 31)), ("2027年1月22日", "date", D(2027, 1, 22))],
     None),
    ("本次竞赛设一等奖10名、二等奖20名、三等奖30名，获得第1-3名的代表队推荐参加省级决赛。",
     [("10名", "count", 10, None, "名"), ("20名", "count", 20, None, "名"), ("30名", "count", 30, None, "名"),
      ("第1-3名", "range", 1, 3, "名")],
     None),
    ("笔试时间为6月20日上午9:00—11:30，考生须提前30分钟进入考场，开考15分钟后不得入场。",
     [("6月20日", "date", _pd(6, 20)), ("9:00—11:30", "range", T(9, 0), T(11, 30)),
      ("30分钟", "duration", 30, None, "分钟"), ("15分钟", "duration", 15, None, "分钟")],
     None),
    ("政务服务中心实行一站式服务，每天7:30—11:30、14:30—17:30为办理时间，节假日除外。",
     [("7:30—11:30", "range", T(7, 30), T(11, 30)), ("14:30—17:30", "range", T(14, 30), T(17, 30))],
     None),
    ("经班级推荐、学校审核，评选出市级三好学生12名、优秀学生干部8名。",
     [("12名", "count", 12, None, "名"), ("8名", "count", 8, None, "名")],
     None),
    ("七年级新生报到时间为8月28日，每班人数原则上不超过45人。",
     [("七年级", "ordinal", 7), ("8月28日", "date", _pd(8, 28)), ("不超过45人", "count", 45, None, "人")],
     None),
    ("学校实行课后服务，每周5天，每天不少于2小时，收费标准为每生每学期300元。",
     [("5天", "duration", 5, None, "天"), ("不少于2小时", "duration", 2, None, "小时"),
      ("300元", "money", 300, None, "元")],
     None),
    ("高三年级共有学生六百五十人，本科上线率达到百分之八十七。",
     [("六百五十人", "count", 650, None, "人"), ("百分之八十七", "percent", 87, None, "%")],
     "高三年级共有学生650人，本科上线率达到87%。"),
    ("每年对村干部全部轮训一遍，每年轮训不少于1/3，其中新任村干部培训不少于40学时。",
     [("不少于40学时", "count", 40, None, "学时")],
     None),
    # health notices
    ("用法用量：口服，成人一次2片，一日3次；儿童每次0.5克，每日2次，或遵医嘱。",
     [("2片", "count", 2, None, "片"), ("3次", "count", 3, None, "次"), ("0.5克", "count", 0.5, None, "克"),
      ("2次", "count", 2, None, "次")],
     None),
    ("接种第二剂后间隔六个月接种第三剂，六十周岁以上老年人可免费接种。",
     [("第二剂", "ordinal", 2), ("六个月", "duration", 6, None, "个月"), ("第三剂", "ordinal", 3),
      ("六十周岁以上", "count", 60)],
     "接种第2剂后间隔6个月接种第3剂，60周岁以上老年人可免费接种。"),
    ("发热门诊24小时开放，体温超过37.3℃的患者请到发热门诊就诊。",
     [("24小时", "duration", 24, None, "小时"), ("超过37.3℃", "count", 37.3, None, "℃")],
     None),
    ("每100克该食品含钠不超过120毫克，每日食盐摄入量不宜超过5克。",
     [("100克", "count", 100, None, "克"), ("不超过120毫克", "count", 120, None, "毫克"),
      ("超过5克", "count", 5, None, "克")],
     None),
    # dates and holidays
    ("二〇二六年三月，市政府印发实施方案，明确三月五日至八日开展集中宣传。",
     [("二〇二六年三月", "date", _pd(3, year=2026)), ("三月五日至八日", "range", _pd(3, 5), _pd(3, 8))],
     "2026年3月，市政府印发实施方案，明确3月5日至8日开展集中宣传。"),
    ("根据国务院办公厅通知，2026年元旦放假调休共3天，1月1日至3日放假。",
     [("2026年", "year", 2026), ("3天", "duration", 3, None, "天"), ("1月1日至3日", "range", _pd(1, 1), _pd(1, 3))],
     None),
    ("春节假期为2月15日至23日，共9天；2月14日（星期六）、2月28日（星期六）上班。",
     [("2月15日至23日", "range", _pd(2, 15), _pd(2, 23)), ("9天", "duration", 9, None, "天"),
      ("2月14日", "date", _pd(2, 14)), ("2月28日", "date", _pd(2, 28))],
     None),
    ("正月十五元宵节当晚，市区主要景观灯光延时至22:00关闭。",
     [("正月十五", "date", _pd(1, 15)), ("22:00", "time", T(22, 0))],
     None),
    ("市十七届人大五次会议于3月5日至8日召开，会期4天。",
     [("3月5日至8日", "range", _pd(3, 5), _pd(3, 8)), ("4天", "duration", 4, None, "天")],
     None),
    ("国发〔2026〕5号文件印发半年多来，全市新开工保障性住房项目十八个。",
     [("半年多", "duration", 0.5, 1, "年"), ("十八个", "count", 18, None, "个")],
     "国发〔2026〕5号文件印发半年多来，全市新开工保障性住房项目18个。"),
    # names, ordinals and identifiers that stay
    ("全市选派驻村第一书记326名，各级党组织一把手带头深入基层一线开展调研。",
     [("326名", "count", 326, None, "名")],
     None),
    ("在五四青年节来临之际，团市委表彰优秀共青团员二百名、优秀共青团干部五十名。",
     [("二百名", "count", 200, None, "名"), ("五十名", "count", 50, None, "名")],
     "在五四青年节来临之际，团市委表彰优秀共青团员200名、优秀共青团干部50名。"),
    ("八一建军节前夕，市领导走访慰问驻地部队和退役军人家庭一千二百余户。",
     [("一千二百余户", "count", 1200, 1300, "户")],
     None),
    ("各级党组织要深入学习贯彻党的十九大和二十大精神，全面落实十四五规划确定的目标任务。",
     [],
     None),
    ("咨询电话：0851-86831234，投诉电话：12315，联系人手机：13985012345。",
     [],
     None),
    ("根据省教育厅《关于加强中小学作业管理的通知》（教基〔2026〕3号）和市政府办公室[2026]12号文件要求，制定本细则。",
     [],
     None),
    ("景区登山步道共有1999级台阶，全长约三公里。",
     [("1999级", "count", 1999, None, "级"), ("约三公里", "count", 3, None, "公里")],
     "景区登山步道共有1999级台阶，全长约3公里。"),
]

# the cases that still fail, with why (the unseen run, main 84ab901, failed 10: c10, c13, c24, c26, c27,
# c29, c32, c34, c42, c49; the fixes of session 22 turned c13, c24, c32, c34, c42 and c49): each a
# convention the project pins
_CLOCK_RANGE = ("two clock times joined by a dash are two mentions of kind time, no range (下午1:30-3:00, "
                "八时至十时: tested conventions); expected one range of times")
FAILING: dict[int, str] = {
    10: "a month's mention ends at 月 (3月份 -> 3月, 五、六月份 -> 五、六月: the reader's constant shape); "
        "expected 12月份 whole",
    26: _CLOCK_RANGE,
    27: _CLOCK_RANGE,
    29: "the school grades 一年级 … 九年级 are words of numbers_nonquantity.txt (no mention, kept); expected "
        "七年级 found as an ordinal, kept",
}


@pytest.mark.parametrize(("text", "mentions", "rewrite"), blind_params(CASES, FAILING, "c"))
def test_blind_sentence(text: str, mentions: list[tuple[object, ...]], rewrite: str | None) -> None:
    check_sentence(text, mentions, rewrite)


def test_the_set_has_fifty_sentences() -> None:
    check_set(CASES, 50)


# --- classes fixed (session 22, NL10); each test failed before its fix


def test_school_hours_credits_and_doses_are_units() -> None:
    """学时, 课时 and 学分 (school notices) and 剂, 剂次 and 粒 (health notices) are measure words:
    培训40学时 was a bare 40, 二十课时 read 二十课 and left 时, 第二剂 was no ordinal."""
    text = "培训不少于40学时，每周二十课时，修满3学分，接种第二剂，共接种两剂次，每次2粒"
    assert _got(text) == [("不少于40学时", "count", 40, 40, "学时"), ("二十课时", "count", 20, 20, "课时"),
                          ("3学分", "count", 3, 3, "学分"), ("第二剂", "ordinal", 2, 2, "剂"),
                          ("两剂次", "count", 2, 2, "剂次"), ("2粒", "count", 2, 2, "粒")]
    assert numbers_to_digits(text) == "培训不少于40学时，每周20课时，修满3学分，接种第2剂，共接种2剂次，每次2粒"


def test_a_currency_sign_before_an_amount_makes_it_money() -> None:
    """¥ and ￥ before a number name yuan, as 人民币 does (the sign is part of the mention):
    ¥1,200.00 was a bare decimal, ￥300元 money whose text left the sign out."""
    text = "报价¥1,200.00，押金￥300元，折合¥ 2.5万元"
    assert _got(text) == [("¥1,200.00", "money", 1200, 1200, "元"), ("￥300元", "money", 300, 300, "元"),
                          ("¥ 2.5万元", "money", 25000, 25000, "元")]
    assert numbers_to_digits("售价￥三百元") == "售价￥300元"


def test_the_terms_of_a_school_year_keep_their_numerals() -> None:
    """第一学期, 第二个学期 and 第三学年 name a term or a year of study, kept as written like 第四季度
    (they were rewritten 第1学期); a count of terms (三个学期, 两个学年) is rewritten."""
    text = "第一学期共二十周，第二个学期，第三学年，修业三个学期，两个学年"
    assert [(m.text, m.kind) for m in find_numbers(text)] == [
        ("第一学期", "ordinal"), ("二十周", "duration"), ("第二个学期", "ordinal"), ("第三学年", "ordinal"),
        ("三个学期", "duration"), ("两个学年", "duration")]
    assert numbers_to_digits(text) == "第一学期共20周，第二个学期，第三学年，修业3个学期，2个学年"


def test_more_than_half_a_unit_of_time() -> None:
    """半年多 and 半个多月 are spans from half the unit up to the whole one (0.5 to 1, qualifier 多),
    as 三个多月 is 3 to 4 (半年多 gave an exact 0.5 or nothing); 历时 before 半 is a word of duration
    like 提前 (历时半个小时 was missed: 时 before 半 ends 小时 elsewhere)."""
    text = "为期半年多的整治，半个多月后，历时半个多小时，历时半年"
    assert [(m.text, float(m.low), float(m.high), m.unit, m.qualifier) for m in find_numbers(text)] == [
        ("半年多", 0.5, 1, "年", "多"), ("半个多月", 0.5, 1, "个月", "多"), ("半个多小时", 0.5, 1, "小时", "多"),
        ("半年", 0.5, 0.5, "年", None)]
    assert numbers_to_digits(text) == text
    # 多 before a measure word counts it (每半年多次: every half year, many times); 上半年 is a period
    assert [(m.text, m.high) for m in find_numbers("每半年多次检查，上半年多家企业，半个多世纪")] == [("半年", 0.5)]


def test_a_year_shaped_number_of_steps_is_a_count() -> None:
    """1999级台阶 counts steps (it was read as a cohort, the year 1999); 2026级新生 stays a year."""
    text = "登上1999级台阶，2000级石阶，欢迎2026级新生"
    assert [(m.text, m.kind) for m in find_numbers(text)] == [
        ("1999级", "count"), ("2000级", "count"), ("2026级", "year")]


def test_liang_after_a_ten_or_a_decimal_digit_is_no_digit() -> None:
    """两 after a ten, a decimal's or a fraction's digit does not continue the numeral (二十两 is no 22:
    黄金二十两 was rewritten 黄金22, 十两银子 12银子, 二十一点五两年 21.52年); 两 after a higher scale and
    before another (一千两百, 两千两百) and the pair 一两个 are read as before."""
    assert numbers_to_digits("黄金二十两，十两银子") == "黄金二十两，十两银子"
    assert [(m.text, m.low) for m in find_numbers("二十一点五两年，五分之一两年")] == [
        ("二十一点五", 21.5), ("两年", 2), ("五分之一", 0.2), ("两年", 2)]
    assert numbers_to_digits("一千两百元，两千两百户，一两个") == "1200元，2200户，一两个"
    # 两 glued after a numeral's ten or hundred is kept (三百两年 was rewritten 3002年, a year's shape)
    assert numbers_to_digits("三百两年，第一百两年") == "300两年，第一百两年"
    for text in ("二十两年", "万分之一两年", "五分之一两年"):  # (两 stays glued in the rewrite: 1‱两年)
        once = numbers_to_digits(text)
        assert numbers_to_digits(once) == once, text


def test_a_currency_word_after_a_percent_reads_alike_in_both_writings() -> None:
    """(found by a soak of the rewrite) after 百分之十 a currency word is no numeral's unit and no
    prefix of the lone 一 after it; its rewrite 10%人民币一 read 人民币一 as money and rewrote it again
    (10%人民币1): a percent before the currency word now counts as the numeral it is written for."""
    for text in ("百分之十人民币一—台阶三万", "百分之十￥一—台阶", "百分之十美元一—台阶"):
        once = numbers_to_digits(text)
        assert numbers_to_digits(once) == once, text
    assert numbers_to_digits("收费人民币三百元，增长百分之十") == "收费人民币300元，增长10%"


def test_a_qualifier_after_doubling() -> None:
    """翻两番以上 and 翻一番左右 keep their qualifier (翻两番以上 was 翻两番 with 以上 left out)."""
    got = [(m.text, m.low, m.qualifier, m.approx) for m in find_numbers("力争翻两番以上，翻一番左右")]
    assert got == [("翻两番以上", 4, "以上", True), ("翻一番左右", 2, "左右", True)]


def test_less_than_words_and_comparison_signs_are_qualifiers() -> None:
    """(found probing laws and health notices around the set) 未满 and 不满 before a number say less
    than, as 不足 does (未满十八周岁, 已满1年不满10年), and the signs ≥ and ≤ compare as 不低于 and
    不超过 do (体温≥37.3℃); they were left out of the mention. 表示不满 and 不满意率 are no qualifiers."""
    text = "未满十八周岁，已满1年不满10年，体温≥37.3℃，占比≤5%，群众表示不满，不满意率3%"
    assert [(m.text, m.qualifier, m.approx) for m in find_numbers(text)] == [
        ("未满十八周岁", "未满", True), ("1年", None, False), ("不满10年", "不满", True), ("≥37.3℃", "≥", True),
        ("≤5%", "≤", True), ("3%", None, False)]
    assert numbers_to_digits("未满十八周岁") == "未满18周岁"


def test_the_preschool_years_are_a_term() -> None:
    """(found probing statistics bulletins around the set) 学前三年 names the three pre-school years
    of education statistics (学前三年毛入园率), a term kept as written like 九年义务教育 (it was rewritten
    学前3年毛入园率); the percent beside it is read as before."""
    text = "学前三年毛入园率达到92%，普及学前两年教育"
    assert [m.text for m in find_numbers(text)] == ["92%"]
    assert numbers_to_digits(text) == text
