"""Session 28's blind set for the numbers reader (NB28): fifty sentences of our own, written before
reading ``govtext.numbers`` (only the guide, the public docstrings and the s22 and s23 sets), each
with the mentions (text, kind, low, high, unit) and the rewrite of ``numbers_to_digits`` expected.
It stresses what s19-s23 covered less: procurement notices (预算金额, 最高限价, 中标金额, 投标保证金;
元 and 万元 with commas and two decimals, ¥ before an amount ending in 元, capital amounts ending in
整 beside their figures, 第一包 … 第三包, 台 and 单台限价, 30日内), statistics bulletins and budget lines
(亿元 with two decimals, 环比/同比, 109.0%, 11月份, 亿人次), meeting and activity notices (a weekday in
brackets before a clock time, 14时30分, 下午5时30分, 下午两点半, a date glued to its time 5月15日18:00,
报名截止, 每校限报2支), traffic and utility notices (times across days with 次日, a date and time to a
date and time, street numbers 1号至88号 and 2—36号, road stakes K1200+300), school calendars and
admissions (学年, 第19周, 不少于38周, 分数线 612分, 名额, a range of birth dates), law citations
(第二百八十七条之一, 第（三）项, 一年六个月), social insurance (费率, 千分之八, 0.5‰, 1:1, 300%), age and
length limits (1.60米以上, 不超过3000字, 200MB, 20页), identifiers that are no quantities (a project's
code GZCG-2026-0315, a credit code, an ID number, a postcode, a telephone number, V2.3, Windows 10,
A4, 〔2026〕12号) and hard negatives in names and set phrases (十四五规划纲要, 三重一大, 双减, 一网通办,
一带一路, 三亚, 五指山, 九江, 一把手, 第一责任人, 王一, 李三等, 九年一贯制, 本科一批).

Blind figure (main 0ea0684, untouched): 44 of 50 sentences fully right (mentions and rewrite);
128 of 136 expected mentions right, 5 mentions found that are none. After session 28's fixes (the
classes tested below): 50 of 50 sentences, 136 of 136 mentions, no mention found that is none."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from blind import check_sentence, check_set
from blind import mentions as _got
from blind import pd as _pd
from govtext.numbers import find_numbers, numbers_to_digits
from linear_common import assert_linear

from strategies import blind_params

D, T = dt.date, dt.time

# (sentence, expected mentions as (text, kind, low[, high[, unit]]), expected rewrite; None: unchanged)
CASES: list[tuple[str, list[tuple[object, ...]], str | None]] = [
    # procurement notices
    ("项目编号：GZCG-2026-0315，预算金额：人民币3,860,000.00元，最高限价：3,800,000.00元。",
     [("人民币3,860,000.00元", "money", 3860000, None, "元"), ("3,800,000.00元", "money", 3800000, None, "元")],
     None),
    ("本项目采购预算为128.65万元（大写：壹佰贰拾捌万陆仟伍佰元整），超出预算的报价按无效响应处理。",
     [("128.65万元", "money", 1286500, None, "元"), ("壹佰贰拾捌万陆仟伍佰元整", "money", 1286500, None, "元")],
     "本项目采购预算为128.65万元（大写：1286500元整），超出预算的报价按无效响应处理。"),
    ("中标金额：¥2,356,800.00元，中标供应商：黔南云数科技有限公司，服务期限：12个月。",
     [("¥2,356,800.00元", "money", 2356800, None, "元"), ("12个月", "duration", 12, None, "个月")],
     None),
    ("投标保证金：人民币贰万元整（¥20000.00），须于2026年4月10日17:00前从投标人基本账户转出。",
     [("人民币贰万元整", "money", 20000, None, "元"), ("¥20000.00", "money", 20000, None, "元"),
      ("2026年4月10日", "date", D(2026, 4, 10)), ("17:00", "time", T(17, 0))],
     "投标保证金：人民币2万元整（¥20000.00），须于2026年4月10日17:00前从投标人基本账户转出。"),
    ("本次采购共分三个包，第一包最高限价56.8万元，第二包最高限价43.25万元，第三包不设最高限价。",
     [("三个", "count", 3, None, "个"), ("第一包", "ordinal", 1), ("56.8万元", "money", 568000, None, "元"),
      ("第二包", "ordinal", 2), ("43.25万元", "money", 432500, None, "元"), ("第三包", "ordinal", 3)],
     "本次采购共分3个包，第1包最高限价56.8万元，第2包最高限价43.25万元，第3包不设最高限价。"),
    ("本项目采购台式计算机150台，单台最高限价5800元，交货期为合同签订后30日内。",
     [("150台", "count", 150, None, "台"), ("5800元", "money", 5800, None, "元"), ("30日", "duration", 30, None, "日")],
     None),
    # statistics bulletins and budget lines
    ("全年全市一般公共预算支出856.37亿元，同比增长4.62%，比上年回落1.35个百分点。",
     [("856.37亿元", "money", 85637000000, None, "元"), ("4.62%", "percent", 4.62, None, "%"),
      ("1.35个百分点", "percent", 1.35, None, "百分点")],
     None),
    ("11月份，全市规模以上工业增加值环比增长0.48%，同比下降1.2%，降幅比上月收窄0.6个百分点。",
     [("11月", "date", _pd(11)), ("0.48%", "percent", 0.48, None, "%"), ("1.2%", "percent", 1.2, None, "%"),
      ("0.6个百分点", "percent", 0.6, None, "百分点")],
     None),
    ("全年城镇新增就业4.36万人，完成年度目标的109.0%；城镇登记失业率2.85%，比上年末下降0.12个百分点。",
     [("4.36万人", "count", 43600, None, "人"), ("109.0%", "percent", 109, None, "%"),
      ("2.85%", "percent", 2.85, None, "%"), ("0.12个百分点", "percent", 0.12, None, "百分点")],
     None),
    ("年末全市户籍人口三百一十二万人，其中城镇人口一百八十九万人，户籍人口城镇化率为百分之六十点六。",
     [("三百一十二万人", "count", 3120000, None, "人"), ("一百八十九万人", "count", 1890000, None, "人"),
      ("百分之六十点六", "percent", 60.6, None, "%")],
     "年末全市户籍人口312万人，其中城镇人口189万人，户籍人口城镇化率为60.6%。"),
    ("教育支出：上年决算数45,678.90万元，本年预算数48,123.45万元，比上年增长5.35%。",
     [("45,678.90万元", "money", 456789000, None, "元"), ("48,123.45万元", "money", 481234500, None, "元"),
      ("5.35%", "percent", 5.35, None, "%")],
     None),
    ("全年接待国内游客1.26亿人次，比上年增长12.8%；实现国内旅游收入1358.64亿元，增长15.3%。",
     [("1.26亿人次", "count", 126000000, None, "人次"), ("12.8%", "percent", 12.8, None, "%"),
      ("1358.64亿元", "money", 135864000000, None, "元"), ("15.3%", "percent", 15.3, None, "%")],
     None),
    # meeting and activity notices
    ("会议定于2026年5月20日（星期三）上午9:00—11:30在市民中心报告厅召开，请于8:40前签到。",
     [("2026年5月20日", "date", D(2026, 5, 20)), ("9:00", "time", T(9, 0)), ("11:30", "time", T(11, 30)),
      ("8:40", "time", T(8, 40))],
     None),
    ("请参会人员于14时30分前到达，会议时长约2小时，报名截止时间为5月15日18:00。",
     [("14时30分", "time", T(14, 30)), ("约2小时", "duration", 2, None, "小时"), ("5月15日", "date", _pd(5, 15)),
      ("18:00", "time", T(18, 0))],
     None),
    ("培训班为期三天（6月8日至10日），每天上午8:30开始，下午5时30分结束。",
     [("三天", "duration", 3, None, "天"), ("6月8日至10日", "range", _pd(6, 8), _pd(6, 10)),
      ("8:30", "time", T(8, 30)), ("5时30分", "time", T(17, 30))],
     "培训班为期3天（6月8日至10日），每天上午8:30开始，下午5时30分结束。"),
    ("活动报名自即日起至3月31日止，每校限报2支队伍，每队不超过5人，名额有限，额满为止。",
     [("3月31日", "date", _pd(3, 31)), ("2支", "count", 2, None, "支"), ("不超过5人", "count", 5, None, "人")],
     None),
    ("座谈会定于下周四下午两点半召开，时长九十分钟。",
     [("两点半", "time", T(14, 30)), ("九十分钟", "duration", 90, None, "分钟")],
     "座谈会定于下周四下午两点半召开，时长90分钟。"),
    ("经研究，定于二〇二六年五月二十日上午九时召开全市安全生产工作会议，会期两天。",
     [("二〇二六年五月二十日", "date", D(2026, 5, 20)), ("九时", "time", T(9, 0)), ("两天", "duration", 2, None, "天")],
     "经研究，定于2026年5月20日上午九时召开全市安全生产工作会议，会期2天。"),
    # traffic and utility notices
    ("因供水管网改造，5月12日22:00至次日6:00，城东片区将暂停供水，请居民提前储水。",
     [("5月12日", "date", _pd(5, 12)), ("22:00", "time", T(22, 0)), ("6:00", "time", T(6, 0))],
     None),
    ("施工期间（2026年7月1日至9月30日），每日20时至次日7时，该路段禁止货车通行。",
     [("2026年7月1日至9月30日", "range", D(2026, 7, 1), D(2026, 9, 30)), ("20时", "time", T(20, 0)),
      ("7时", "time", T(7, 0))],
     None),
    ("受线路检修影响，6月3日8:30—17:30，幸福路1号至88号、建设街2—36号将暂停供电。",
     [("6月3日", "date", _pd(6, 3)), ("8:30", "time", T(8, 30)), ("17:30", "time", T(17, 30))],
     None),
    ("地铁3号线延长运营时间，周五、周六末班车由22:30推迟至23:30，持续至12月31日。",
     [("22:30", "time", T(22, 30)), ("23:30", "time", T(23, 30)), ("12月31日", "date", _pd(12, 31))],
     None),
    ("沪昆高速K1200+300至K1215+800路段实行半幅封闭施工，限速每小时60公里。",
     [("60公里", "count", 60, None, "公里")],
     None),
    ("停电时间：2026年8月15日（星期六）7:00至8月16日（星期日）19:00，涉及开发区部分企业。",
     [("2026年8月15日", "date", D(2026, 8, 15)), ("7:00", "time", T(7, 0)), ("8月16日", "date", _pd(8, 16)),
      ("19:00", "time", T(19, 0))],
     None),
    # school calendars and admissions
    ("2026—2027学年第一学期共20周，9月1日开学，第19周、第20周为期末复习考试周。",
     [("2026—2027学年", "range", 2026, 2027, "学年"), ("第一学期", "ordinal", 1), ("20周", "duration", 20, None, "周"),
      ("9月1日", "date", _pd(9, 1)), ("第19周", "ordinal", 19), ("第20周", "ordinal", 20)],
     None),
    ("今年我市普通高中招生计划28600名，省级示范性高中录取最低控制分数线为612分。",
     [("28600名", "count", 28600, None, "名"), ("612分", "count", 612, None, "分")],
     None),
    ("学校今年面向全省招收公费师范生120名，录取分数线不低于本科一批线20分。",
     [("120名", "count", 120, None, "名"), ("20分", "count", 20, None, "分")],
     None),
    ("秋季学期第8周（10月20日至24日）举行期中考试，每科考试时间120分钟。",
     [("第8周", "ordinal", 8), ("10月20日至24日", "range", _pd(10, 20), _pd(10, 24)),
      ("120分钟", "duration", 120, None, "分钟")],
     None),
    ("义务教育阶段学校每学年在校时间不少于38周，寒暑假合计约12周。",
     [("不少于38周", "duration", 38, None, "周"), ("约12周", "duration", 12, None, "周")],
     None),
    ("凡2008年9月1日至2009年8月31日出生的本市户籍适龄儿童，均可报名就读小学一年级。",
     [("2008年9月1日至2009年8月31日", "range", D(2008, 9, 1), D(2009, 8, 31))],
     None),
    # law citations
    ("根据刑法第二百八十七条之一第一款第三项的规定，对被告人判处有期徒刑一年六个月。",
     [("第二百八十七条", "ordinal", 287), ("第一款", "ordinal", 1), ("第三项", "ordinal", 3),
      ("一年六个月", "duration", 18, None, "个月")],
     "根据刑法第二百八十七条之一第一款第三项的规定，对被告人判处有期徒刑1年6个月。"),
    ("本条例第三十条之二所称重大行政决策事项，是指本条例第八条第（三）项、第（五）项列举的事项。",
     [("第三十条", "ordinal", 30), ("第八条", "ordinal", 8), ("第（三）项", "ordinal", 3), ("第（五）项", "ordinal", 5)],
     None),
    ("行政处罚法第三十六条规定的两年期限，涉及公民生命健康安全且有危害后果的，延长至五年。",
     [("第三十六条", "ordinal", 36), ("两年", "duration", 2, None, "年"), ("五年", "duration", 5, None, "年")],
     "行政处罚法第三十六条规定的2年期限，涉及公民生命健康安全且有危害后果的，延长至5年。"),
    # social insurance
    ("职工医保单位缴费费率为7.5%，个人缴费费率为2%，大额医疗费用补助按每人每月8元标准缴纳。",
     [("7.5%", "percent", 7.5, None, "%"), ("2%", "percent", 2, None, "%"), ("8元", "money", 8, None, "元")],
     None),
    ("参保人员在基层医疗机构住院的报销比例为85%，在县级医院为75%，在市级以上医院为60%，起付线分别为200元、500元和800元。",
     [("85%", "percent", 85, None, "%"), ("75%", "percent", 75, None, "%"), ("60%", "percent", 60, None, "%"),
      ("200元", "money", 200, None, "元"), ("500元", "money", 500, None, "元"), ("800元", "money", 800, None, "元")],
     None),
    ("失业保险费率由1%阶段性降至0.5%，基金累计结余可支付月数在18至23个月的统筹地区，工伤保险费率可下调20%。",
     [("1%", "percent", 1, None, "%"), ("0.5%", "percent", 0.5, None, "%"), ("18至23个月", "range", 18, 23, "个月"),
      ("20%", "percent", 20, None, "%")],
     None),
    ("生育保险按照千分之八的费率征收，逾期未缴纳的，按日加收0.5‰的滞纳金。",
     [("千分之八", "percent", 8, None, "‰"), ("0.5‰", "percent", 0.5, None, "‰")],
     "生育保险按照8‰的费率征收，逾期未缴纳的，按日加收0.5‰的滞纳金。"),
    ("个人账户与统筹基金按1:1的比例配套，缴费基数上限为上年度全省职工平均工资的300%。",
     [("300%", "percent", 300, None, "%")],
     None),
    # age and length limits
    ("报考者须年满18周岁、35周岁以下（1990年6月30日以后出生），男性身高1.60米以上。",
     [("18周岁", "count", 18, None, "周岁"), ("35周岁以下", "count", 35, None, "周岁"),
      ("1990年6月30日", "date", D(1990, 6, 30)), ("1.60米以上", "count", 1.6, None, "米")],
     None),
    ("申报材料正文不超过3000字，附件视频时长不超过5分钟、大小不超过200MB。",
     [("不超过3000字", "count", 3000, None, "字"), ("不超过5分钟", "duration", 5, None, "分钟"),
      ("不超过200MB", "count", 200)],
     None),
    ("参赛作品须用A4纸打印，正文字号为小四号，页数不超过20页。",
     [("不超过20页", "count", 20, None, "页")],
     None),
    # identifiers that are no quantities
    ("统一社会信用代码：91520102MA6H7K8X2Q，法定代表人：王一，注册资本：伍佰万元整。",
     [("伍佰万元整", "money", 5000000, None, "元")],
     "统一社会信用代码：91520102MA6H7K8X2Q，法定代表人：王一，注册资本：500万元整。"),
    ("投诉受理电话：0851-88561234（工作日9:00—17:00），邮政编码：550081。",
     [("9:00", "time", T(9, 0)), ("17:00", "time", T(17, 0))],
     None),
    ("初始密码为身份证号码后六位，如身份证号码为52010219860315002X，则初始密码为15002X。",
     [("六位", "count", 6, None, "位")],
     "初始密码为身份证号码后6位，如身份证号码为52010219860315002X，则初始密码为15002X。"),
    ("系统已升级至V2.3版本，新增“一网通办”入口，支持Windows 10及以上操作系统。",
     [],
     None),
    ("现将《关于做好2026年春季学期开学工作的通知》（教办〔2026〕12号）转发给你们，请于2月20日前报送落实情况。",
     [("2026年", "year", 2026), ("2月20日", "date", _pd(2, 20))],
     None),
    # names and set phrases: no numbers
    ("各地要对照十四五规划纲要，认真落实三重一大决策制度，巩固拓展双减工作成果。",
     [],
     None),
    ("深度融入一带一路建设，支持三亚、五指山建设国际旅游消费中心，九江发挥长江航运优势。",
     [],
     None),
    ("村党支部书记是抓党建的第一责任人，一把手要亲自抓、负总责，王一、李三等同志被评为优秀党务工作者。",
     [],
     None),
    ("全县共有九年一贯制学校6所、十二年一贯制学校1所，生师比不高于19:1。",
     [("6所", "count", 6, None, "所"), ("1所", "count", 1, None, "所")],
     None),
]

# the cases that still fail, with why (the unseen run, main 0ea0684, failed 6: c00, c04, c20, c30, c31, c39;
# the fixes of session 28 turned them all)
FAILING: dict[int, str] = {}


@pytest.mark.parametrize(("text", "mentions", "rewrite"), blind_params(CASES, FAILING, "c"))
def test_blind_sentence(text: str, mentions: list[tuple[object, ...]], rewrite: str | None) -> None:
    check_sentence(text, mentions, rewrite)


def test_the_set_has_fifty_sentences() -> None:
    check_set(CASES, 50)


# --- classes fixed (session 28, NB28); each test failed before its fix


def test_an_articles_sub_number_is_no_count() -> None:
    """第三十条之二 and 第一百二十条之三十 are articles inserted by an amendment (30-2, 120-30): the numeral
    after 条之 is part of the article's name (之二所称 was a count 二所, rewritten 之2所称; 之三十 an integer,
    rewritten 之30); 三条之一 (one of three) and 各条之间 stay as before."""
    text = "第三十条之二所称，第一百二十条之三十，第30条之2规定"
    assert _got(text) == [("第三十条", "ordinal", 30, 30, "条"), ("第一百二十条", "ordinal", 120, 120, "条"),
                          ("第30条", "ordinal", 30, 30, "条")]
    assert numbers_to_digits(text) == text


def test_one_year_and_months_is_one_span() -> None:
    """一年六个月 is one span of 18 months as 一年零六个月 and 两年三个月 are (the lone 一年 was dropped:
    六个月 alone, rewritten 一年6个月, half a phrase); 一年12个月 (no months of a year) and page tabs
    一年 三年 stay as before."""
    assert _got("判处有期徒刑一年六个月，一年十一个月以下") == [
        ("一年六个月", "duration", 18, 18, "个月"), ("一年十一个月以下", "duration", 23, 23, "个月")]
    assert numbers_to_digits("判处有期徒刑一年六个月，一年两个月") == "判处有期徒刑1年6个月，1年2个月"
    assert [m.text for m in find_numbers("一年12个月")] == ["12个月"]
    assert numbers_to_digits("一年 三年") == "一年 三年"


def test_a_number_after_a_codes_letters_and_dash_is_no_quantity() -> None:
    """ZFCG-2026-0315 and HT-2026-08 are a project's and a contract's codes (2026 was an integer):
    after a group of Latin letters and a dash a number is the code's part, as after GB/T 12345-;
    a range of years after a name and a blank (5G 2024-2026年) is read as before."""
    assert find_numbers("项目编号：ZFCG-2026-0315，合同编号HT-2026-08号，COVID-19疫情") == []
    assert [m.text for m in find_numbers("共12-15人，5G 2024-2026年")] == ["12-15人", "2026年"]


def test_a_range_of_designations_is_a_label() -> None:
    """建设街2—36号, 12-18号楼 and 1-3号线: a bare number joined to a designation with 号 is the first
    of a range of them (the first end was a bare integer, 2, 12, 1); after 月 (5月1-3号) the number is
    a day's and is read as before; counts (12-15人) are ranges as before."""
    assert find_numbers("建设街2—36号，幸福路12-18号楼，1-3号线，三至五号楼") == []
    assert [m.text for m in find_numbers("5月1-3号")] == ["5月", "1"]


def test_characters_after_digits_are_counted() -> None:
    """3000字, 约8000字 and 5万字 count characters (they were bare numbers: 字 no measure word); after a
    plain Chinese numeral 字 starts a word or a name (十字路口, 红十字会, 三字经, 八字方针), and 8字形 draws a
    figure."""
    assert _got("不超过3000字，约8000字，5万字") == [
        ("不超过3000字", "count", 3000, 3000, "字"), ("约8000字", "count", 8000, 8000, "字"),
        ("5万字", "count", 50000, 50000, "字")]
    assert find_numbers("十字路口，红十字会，三字经，八字方针") == []
    assert [m.unit for m in find_numbers("8字形")] == [None]


def test_data_sizes_are_units() -> None:
    """200MB, 2GB, 500KB and 10TB are sizes (no mention before: Latin letters after the digits made an
    identifier); 5G, 1.5G, 4K and A4 stay names, and a credit code's digits before MB and more
    characters (91330100MB1234567X) no size."""
    assert _got("200MB，2GB，500KB，10TB") == [
        ("200MB", "count", 200, 200, "MB"), ("2GB", "count", 2, 2, "GB"), ("500KB", "count", 500, 500, "KB"),
        ("10TB", "count", 10, 10, "TB")]
    assert find_numbers("5G网络，1.5G流量，4K，A4纸，代码：91330100MB1234567X") == []


def test_lots_and_sections_of_a_procurement_are_ordinals() -> None:
    """第一包 and 第二标段 are a procurement's lots and sections (no ordinals before: 包 and 标段 no measure
    words), rewritten like 第2剂; 三包 (a warranty's guarantees), 两包烟 and 第一包含 are as before."""
    assert _got("第一包，第2包，第二标段，共5包") == [
        ("第一包", "ordinal", 1, 1, "包"), ("第2包", "ordinal", 2, 2, "包"), ("第二标段", "ordinal", 2, 2, "标段"),
        ("5包", "count", 5, 5, "包")]
    assert numbers_to_digits("第一包，第三标段") == "第1包，第3标段"
    assert find_numbers("实行三包，两包烟，第一包含") == []


def test_an_item_numbered_in_brackets_is_a_laws_marker() -> None:
    """第（三）项 and 第(二)款 cite a law's item and paragraph by the number the law writes as its outline
    marker: ordinals of 项 and 款, kept as written like 第三项 (they were nothing: （三） was skipped as an
    outline marker); a range of them is one (第（一）项至第（三）项); （三） alone and 第（一） without a
    marker after it stay outline markers."""
    text = "第八条第（三）项、第(二)款，第（一）项至第（三）项，第（十二）项"
    assert _got(text) == [("第八条", "ordinal", 8, 8, "条"), ("第（三）项", "ordinal", 3, 3, "项"),
                          ("第(二)款", "ordinal", 2, 2, "款"), ("第（一）项至第（三）项", "range", 1, 3, "项"),
                          ("第（十二）项", "ordinal", 12, 12, "项")]
    assert numbers_to_digits(text) == text
    assert find_numbers("（三）加强管理，第（一）") == []


@pytest.mark.parametrize("piece", ["第（三）", "第(12)项", "ABCD-", "A-1-", "条之二", "2—3号", "一年六个", "200M", "3000字", "第一包"])
def test_the_classes_read_in_linear_time(piece: str) -> None:
    """The session's rules on adversarial repetitions of their triggers: linear (the bracketed items'
    pattern, the code's letters before a dash, 条之, the designations' ranges, 一年 before months, data
    sizes, 字 and 包)."""
    n = 4000 // len(piece)
    assert_linear(find_numbers, piece * n, piece * (4 * n), label=piece)
    assert_linear(numbers_to_digits, piece * n, piece * (4 * n), label=piece)


def test_an_ordinal_range_of_weeks_or_days() -> None:
    """(found probing school calendars around the set) 第1—18周 and 第3-5天 are ranges of ordinals like
    第3-5名 (the first end was an ordinal without its unit, the second a span: 18周); backwards (第5-3天)
    nothing joins, as before."""
    got = [(m.text, m.kind, m.value_kind, m.low, m.high, m.unit) for m in find_numbers("第1—18周，第3-5天，第一至三周")]
    assert got == [("第1—18周", "range", "ordinal", 1, 18, "周"), ("第3-5天", "range", "ordinal", 3, 5, "天"),
                   ("第一至三周", "range", "ordinal", 1, 3, "周")]
    assert [m.text for m in find_numbers("第5-3天")] == ["第5", "3天"]


def test_a_school_named_by_its_number_without_di() -> None:
    """(found probing names around the set) 十一中学, 二十五小学 and 一百零一中学 name a school by its number, as
    第十一中学 does (十一中学 was rewritten 11中学); 三十五中学生 counts students and 二十所中学 schools, and a
    year glued to a head's word (2025中心工作) stays a year."""
    text = "十一中学，二十五小学，北京一百零一中学，十二医院"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    assert [(m.text, m.kind) for m in find_numbers("三十五中学生，二十所中学，2025中心工作")] == [
        ("三十五", "integer"), ("二十所", "count"), ("2025", "year")]


def test_suo_before_shi_and_bian_before_a_word_are_no_units() -> None:
    """(found probing figure and outline references around the set) 如图三所示 and 如表3所列 cite a figure
    or a table (三所 was a count of schools, rewritten 如图3所示); 1.1 编制目的 and 265编码 hold no count of
    编 (the word 编制, 编码); 三所学校, 三所以上, 民法典共七编 and 本法第一编第六章 count or cite as before."""
    assert find_numbers("如图三所示") == []
    assert numbers_to_digits("如图三所示，如表3所列") == "如图三所示，如表3所列"
    assert [(m.text, m.unit) for m in find_numbers("1.1 编制目的，265编码")] == [("1.1", None), ("265", None)]
    assert [(m.text, m.unit) for m in find_numbers("三所学校，三所以上，民法典共七编。本法第一编第六章")] == [
        ("三所", "所"), ("三所以上", "所"), ("七编", "编"), ("第一编", "编"), ("第六章", "章")]


def test_calendar_days_and_a_decimal_after_tigao() -> None:
    """(found probing procurement and bulletins around the set) 30个日历日 is a span of calendar days as
    五个工作日 is of working days (it was a count 30个); 提高一点五个百分点 is 1.5 points (the grade 高一
    was read across 提高 and blocked the numeral: nothing was found); 再高一点 (a bit higher) and 高一学生
    stay words."""
    assert _got("签订合同后30个日历日内，交货期15日历日") == [
        ("30个日历日", "duration", 30, 30, "日历日"), ("15日历日", "duration", 15, 15, "日历日")]
    assert _got("比上年提高一点五个百分点") == [("一点五个百分点", "percent", Decimal("1.5"), Decimal("1.5"), "百分点")]
    assert numbers_to_digits("比上年提高一点五个百分点，标准再高一点，高一学生") == "比上年提高1.5个百分点，标准再高一点，高一学生"


def test_a_grade_or_an_enumerator_read_across_a_word_blocks_no_numeral() -> None:
    """(found probing bulletins around the set) 提高二十个百分点, 当初二十年, 大三十岁 and 其二十个: the grades
    高二, 初二, 大三 and the enumerator 其二 were read across 提高, 当初, 大 and 其 and cut the numeral, whose
    rest was rewritten (提高二10个百分点); before 十, 百, 千, 万, 亿 or 点 they are no words (a grade is no
    number's start). 统一百分之五 is 统一 and 5% (it was the fraction 一百分之五, rewritten 统5/100). The
    grades and enumerators themselves stay words (高二学生, 高三三班, 初三年级, 其二是)."""
    text = "提高二十个百分点，提高三点二个百分点，当初二十年，大三十岁，其二十个，统一百分之五"
    assert numbers_to_digits(text) == "提高20个百分点，提高3.2个百分点，当初20年，大30岁，其20个，统一5%"
    assert [m.text for m in find_numbers(text)] == [
        "二十个百分点", "三点二个百分点", "二十年", "三十岁", "二十个", "百分之五"]
    kept = "高二学生，高三三班，初三年级，大三学生，其二是"
    assert find_numbers(kept) == []
    assert numbers_to_digits(kept) == kept
