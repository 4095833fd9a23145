"""Session 29's blind set for the numbers reader (NB29): fifty sentences of our own, written before
reading ``govtext.numbers`` (only the guide, the public docstrings and the s23 and s28 sets), each
with the mentions (text, kind, low, high, unit) and the rewrite of ``numbers_to_digits`` expected.
It stresses what s19-s28 covered less: work reports and plans (增长6.5%左右, 5.5%以内, 3.2万亿元,
提高0.3个百分点, 翻了一番, 两倍, 五年来, 年均增长, 十五年间, 目标值的103.6%, 缩小到1.8以内), weather and
disaster notices (东北风3到4级, 阵风7级, 气温-3～5℃, 降水量25毫米, 100毫米以上, 1.5万立方米/秒, 四级应急
响应, 红色预警), population and health bulletins (常住人口1284.6万人, 7.48‰, 0.55个千分点, 每千人口…张,
第七次全国人口普查, 65岁以上, 近七成, 过半, 超过千万), medicine labels (每日3次, 每次2片, 30mg, 6岁以下,
38.5℃, 4至6小时, 一日两次, 七至十天), housing fund and taxes (缴存比例5%至12%, 月缴存额上限, 满6个月,
减除费用5000元, 3%至45%, 减按1%, 不超过三百万元, 百分之三至百分之五, 九十平方米以下), periods (农历二月初二,
二〇二六年上半年, 2026年6月底, 一季度和二季度, 今明两年, 2026年第3季度, 1-10月, 1—9月, 前三季度), fractions
and vague quantities (四分之三以上, 百分之十五, 上百名, 几个, 近万人, 三百余户, 十余人, 数十位, 成千上万),
ordinals (第一批, 首批, 位列第2位), currencies and units (亿美元, 亿欧元, 亿港元, 万标准箱, 万吨标准煤, 亿千瓦时),
and hard negatives in set phrases, idioms and names (三农, 五位一体, 四个全面, 一国两制, 两学一做, 一五一十,
三心二意, 三天打鱼两天晒网, 七上八下, 九牛一毛, 十全十美, 不管三七二十一, 三番五次, 三头六臂, 十年树木百年树人,
三年五载, 六盘水, 三门峡, 四平, 七台河, 十堰, 二连浩特, 万州, 千岛湖, 百度, 一汽, 张三丰, 刘一手, 珠三角,
二氧化碳).

Choices the conventions leave open, made here: wind force and magnitude after Arabic digits are
counts of 级 (a grade in Chinese numerals, 四级应急响应, stays an ordinal kept as written); 今明两年 (this
year and the next) is a span of two years kept as written, as the items' summary in a set phrase;
几个 names no number.

Blind figure (main 80a4d7a, untouched): 42 of 50 sentences fully right (mentions and rewrite); 119 of
126 expected mentions right (4 read otherwise, 2 missed, 1 cut short), no mention found that is none;
one rewrite breaks a set phrase (今明两年 -> 今明2年). After session 29's fixes (the classes tested
below): 47 of 50 sentences, 123 of 126 mentions, no mention found that is none, no phrase broken;
the three left (c11, c18, c35) expect what a tested convention of the reader decides otherwise.
"""

from __future__ import annotations

import datetime as dt

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
    # work reports and plans
    ("今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，城镇调查失业率控制在5.5%以内。",
     [("6.5%左右", "percent", 6.5, None, "%"), ("5.5%以内", "percent", 5.5, None, "%")],
     None),
    ("五年来，全省地区生产总值年均增长7.1%，经济总量迈上3.2万亿元台阶，比2020年翻了一番。",
     [("五年", "duration", 5, None, "年"), ("7.1%", "percent", 7.1, None, "%"),
      ("3.2万亿元", "money", 3200000000000, None, "元"), ("2020年", "year", 2020),
      ("翻了一番", "multiple", 2, None, "倍")],
     "5年来，全省地区生产总值年均增长7.1%，经济总量迈上3.2万亿元台阶，比2020年翻了一番。"),
    ("单位地区生产总值能耗下降3.1%，二氧化碳排放强度下降3.6%，森林覆盖率提高0.3个百分点，累计完成造林86.4万亩。",
     [("3.1%", "percent", 3.1, None, "%"), ("3.6%", "percent", 3.6, None, "%"),
      ("0.3个百分点", "percent", 0.3, None, "百分点"), ("86.4万亩", "count", 864000, None, "亩")],
     None),
    ("到2030年，全市城乡居民人均可支配收入力争比2020年翻一番，城乡居民收入比缩小到1.8以内。",
     [("2030年", "year", 2030), ("2020年", "year", 2020), ("翻一番", "multiple", 2, None, "倍"),
      ("1.8以内", "decimal", 1.8)],
     None),
    ("十四五期间，全区计划实施重大项目一百二十个，总投资约两千四百亿元，其中今年开工建设的项目占三分之二。",
     [("一百二十个", "count", 120, None, "个"), ("约两千四百亿元", "money", 240000000000, None, "元"),
      ("三分之二", "fraction", 2 / 3)],
     "十四五期间，全区计划实施重大项目120个，总投资约2400亿元，其中今年开工建设的项目占2/3。"),
    ("全年完成固定资产投资目标值的103.6%，新登记市场主体12.8万户，是上年同期的两倍。",
     [("103.6%", "percent", 103.6, None, "%"), ("12.8万户", "count", 128000, None, "户"),
      ("两倍", "multiple", 2, None, "倍")],
     "全年完成固定资产投资目标值的103.6%，新登记市场主体12.8万户，是上年同期的2倍。"),
    ("十五年间，该市累计投入污染防治资金三百八十亿元，空气质量优良天数比例由百分之六十五提高到百分之八十七点三。",
     [("十五年", "duration", 15, None, "年"), ("三百八十亿元", "money", 38000000000, None, "元"),
      ("百分之六十五", "percent", 65, None, "%"), ("百分之八十七点三", "percent", 87.3, None, "%")],
     "15年间，该市累计投入污染防治资金380亿元，空气质量优良天数比例由65%提高到87.3%。"),
    ("坚持把解决好三农问题作为全党工作重中之重，统筹推进五位一体总体布局，协调推进四个全面战略布局。",
     [],
     None),
    # weather and disaster notices
    ("预计今天夜里到明天白天，全市阴有小雨，东北风3到4级，阵风7级，气温-3～5℃。",
     [("3到4级", "range", 3, 4, "级"), ("7级", "count", 7, None, "级"), ("-3～5℃", "range", -3, 5, "℃")],
     None),
    ("过去24小时，全市平均降水量25毫米，最大降水量出现在东山镇，为138.6毫米。",
     [("24小时", "duration", 24, None, "小时"), ("25毫米", "count", 25, None, "毫米"),
      ("138.6毫米", "count", 138.6, None, "毫米")],
     None),
    ("市气象台2026年7月12日16时发布暴雨红色预警信号：预计未来3小时内，我市大部分地区降雨量将达100毫米以上。",
     [("2026年7月12日", "date", D(2026, 7, 12)), ("16时", "time", T(16, 0)), ("3小时", "duration", 3, None, "小时"),
      ("100毫米以上", "count", 100, None, "毫米")],
     None),
    ("受强降雨影响，水库入库流量达1.5万立方米/秒，坝前水位超汛限水位1.2米。",
     [("1.5万立方米", "count", 15000, None, "立方米"), ("1.2米", "count", 1.2, None, "米")],
     None),
    ("受台风影响，全市紧急转移安置群众3.2万人，倒塌房屋四十余间，直接经济损失约1.6亿元。",
     [("3.2万人", "count", 32000, None, "人"), ("四十余间", "count", 40, 50, "间"),
      ("约1.6亿元", "money", 160000000, None, "元")],
     None),
    ("市防汛抗旱指挥部决定于8月3日18时起启动防汛四级应急响应。",
     [("8月3日", "date", _pd(8, 3)), ("18时", "time", T(18, 0)), ("四级", "ordinal", 4)],
     None),
    # population and health bulletins
    ("年末全市常住人口1284.6万人，比上年末增加8.2万人，其中城镇人口占常住人口的比重为71.35%。",
     [("1284.6万人", "count", 12846000, None, "人"), ("8.2万人", "count", 82000, None, "人"),
      ("71.35%", "percent", 71.35, None, "%")],
     None),
    ("全年出生人口9.6万人，出生率为7.48‰；死亡率为6.9‰，人口自然增长率比上年下降0.55个千分点。",
     [("9.6万人", "count", 96000, None, "人"), ("7.48‰", "percent", 7.48, None, "‰"), ("6.9‰", "percent", 6.9, None, "‰"),
      ("0.55个千分点", "percent", 0.55)],
     None),
    ("全市每千人口拥有医疗卫生机构床位6.8张，执业（助理）医师3.4人，每万人口拥有全科医生4.2人。",
     [("6.8张", "count", 6.8, None, "张"), ("3.4人", "count", 3.4, None, "人"), ("4.2人", "count", 4.2, None, "人")],
     None),
    ("第七次全国人口普查数据显示，全县65岁以上人口占比为百分之二十一点四，比十年前上升五点六个百分点。",
     [("第七次", "ordinal", 7), ("65岁以上", "count", 65, None, "岁"), ("百分之二十一点四", "percent", 21.4, None, "%"),
      ("十年", "duration", 10, None, "年"), ("五点六个百分点", "percent", 5.6, None, "百分点")],
     "第七次全国人口普查数据显示，全县65岁以上人口占比为21.4%，比10年前上升5.6个百分点。"),
    ("全省16个地级市中，常住人口超过千万的有两个，近七成县（市）人口净流出，农村留守儿童数量较上年减少过半。",
     [("16个", "count", 16, None, "个"), ("两个", "count", 2, None, "个"), ("近七成", "percent", 70)],
     "全省16个地级市中，常住人口超过千万的有2个，近7成县（市）人口净流出，农村留守儿童数量较上年减少过半。"),
    ("据统计公报，前三季度全市社会消费品零售总额达到2860.5亿元，1-10月规模以上工业增加值同比增长6.2%。",
     [("三季度", "duration", 3), ("2860.5亿元", "money", 286050000000, None, "元"), ("1-10月", "range", _pd(1), _pd(10)),
      ("6.2%", "percent", 6.2, None, "%")],
     None),
    # medicine labels
    ("用法用量：口服，成人每日3次，每次2片；6岁以下儿童用量请咨询医师或药师。",
     [("3次", "count", 3, None, "次"), ("2片", "count", 2, None, "片"), ("6岁以下", "count", 6, None, "岁")],
     None),
    ("本品每片含盐酸氨溴索30mg，每盒24片，孕妇在妊娠期前三个月禁用。",
     [("30mg", "count", 30), ("24片", "count", 24, None, "片"), ("三个月", "duration", 3, None, "个月")],
     "本品每片含盐酸氨溴索30mg，每盒24片，孕妇在妊娠期前3个月禁用。"),
    ("如体温超过38.5℃，可间隔4至6小时重复用药一次，每日不超过4次。",
     [("超过38.5℃", "count", 38.5, None, "℃"), ("4至6小时", "range", 4, 6, "小时"), ("不超过4次", "count", 4, None, "次")],
     None),
    ("一日两次，一次一片，饭后服用，疗程为七至十天。",
     [("两次", "count", 2, None, "次"), ("七至十天", "range", 7, 10, "天")],
     "一日2次，一次一片，饭后服用，疗程为7至10天。"),
    # housing fund and taxes
    ("职工和单位住房公积金缴存比例均为5%至12%，月缴存额上限为4256元，下限为186元。",
     [("5%至12%", "range", 5, 12, "%"), ("4256元", "money", 4256, None, "元"), ("186元", "money", 186, None, "元")],
     None),
    ("连续足额缴存住房公积金满6个月的职工可申请贷款，单笔贷款最高额度为60万元。",
     [("6个月", "duration", 6, None, "个月"), ("60万元", "money", 600000, None, "元")],
     None),
    ("个人所得税基本减除费用标准为每月5000元，综合所得适用3%至45%的超额累进税率。",
     [("5000元", "money", 5000, None, "元"), ("3%至45%", "range", 3, 45, "%")],
     None),
    ("对月销售额10万元以下的小规模纳税人免征增值税，适用3%征收率的应税销售收入，减按1%征收率征收。",
     [("10万元以下", "money", 100000, None, "元"), ("3%", "percent", 3, None, "%"), ("1%", "percent", 1, None, "%")],
     None),
    ("对小型微利企业年应纳税所得额不超过三百万元的部分，减按百分之二十五计入应纳税所得额，按百分之二十的税率缴纳企业所得税。",
     [("不超过三百万元", "money", 3000000, None, "元"), ("百分之二十五", "percent", 25, None, "%"),
      ("百分之二十", "percent", 20, None, "%")],
     "对小型微利企业年应纳税所得额不超过300万元的部分，减按25%计入应纳税所得额，按20%的税率缴纳企业所得税。"),
    ("契税税率为百分之三至百分之五，首套住房面积为九十平方米以下的，减按百分之一的税率征收。",
     [("百分之三至百分之五", "range", 3, 5, "%"), ("九十平方米以下", "count", 90, None, "平方米"),
      ("百分之一", "percent", 1, None, "%")],
     "契税税率为3%至5%，首套住房面积为90平方米以下的，减按1%的税率征收。"),
    # periods
    ("农历二月初二前后，各地将举办春耕生产现场会，二〇二六年上半年计划完成春播面积一百二十万亩。",
     [("二月初二", "date", _pd(2, 2)), ("二〇二六年", "year", 2026), ("一百二十万亩", "count", 1200000, None, "亩")],
     "农历二月初二前后，各地将举办春耕生产现场会，2026年上半年计划完成春播面积120万亩。"),
    ("截至2026年6月底，全市一季度和二季度累计新增城镇就业5.8万人，完成全年目标任务的62%。",
     [("2026年6月", "date", _pd(6, None, 2026)), ("一季度", "ordinal", 1), ("二季度", "ordinal", 2),
      ("5.8万人", "count", 58000, None, "人"), ("62%", "percent", 62, None, "%")],
     None),
    ("各地要在年底前完成改造任务，力争今明两年全面完成2000年底前建成的老旧小区改造。",
     [("两年", "duration", 2, None, "年"), ("2000年", "year", 2000)],
     None),
    ("2026年第3季度，全区完成一般公共预算收入18.6亿元，1—9月累计完成56.2亿元。",
     [("2026年", "year", 2026), ("第3季度", "ordinal", 3), ("18.6亿元", "money", 1860000000, None, "元"),
      ("1—9月", "range", _pd(1), _pd(9)), ("56.2亿元", "money", 5620000000, None, "元")],
     None),
    # fractions and vague quantities
    ("全市四分之三以上的乡镇建成了养老服务中心，百分之十五的行政村实现了医养结合。",
     [("四分之三以上", "fraction", 0.75), ("百分之十五", "percent", 15, None, "%")],
     "全市3/4以上的乡镇建成了养老服务中心，15%的行政村实现了医养结合。"),
    ("现场来了上百名志愿者，几个社区的居民也纷纷赶来，参与人数近万人。",
     [("上百名", "count", 100, None, "名"), ("近万人", "count", 10000, None, "人")],
     None),
    ("该村有农户三百余户，外出打工的十余人今年春节都回了家，全村数十位老人领到了慰问金。",
     [("三百余户", "count", 300, 400, "户"), ("十余人", "count", 10, 20, "人"), ("数十位", "count", 10, 100, "位")],
     None),
    # ordinals and ranks
    ("我县入选第一批国家级农业产业强镇名单，首批获得奖补资金1000万元。",
     [("第一批", "ordinal", 1, None, "批"), ("1000万元", "money", 10000000, None, "元")],
     "我县入选第1批国家级农业产业强镇名单，首批获得奖补资金1000万元。"),
    ("在全省县域经济综合排名中，我县位列第2位，较上年前进3位。",
     [("第2位", "ordinal", 2, None, "位"), ("3位", "count", 3, None, "位")],
     None),
    # currencies and units
    ("全年实际使用外资5.6亿美元，对外直接投资1.2亿欧元，在港发行债券30亿港元。",
     [("5.6亿美元", "money", 560000000, None, "美元"), ("1.2亿欧元", "money", 120000000, None, "欧元"),
      ("30亿港元", "money", 3000000000, None, "港元")],
     None),
    ("港口全年完成集装箱吞吐量320万标准箱，能源消费总量1850万吨标准煤，全社会用电量486亿千瓦时。",
     [("320万标准箱", "count", 3200000, None, "标准箱"), ("1850万吨标准煤", "count", 18500000),
      ("486亿千瓦时", "count", 48600000000, None, "千瓦时")],
     None),
    # set phrases, idioms and names: no numbers (or only the plain quantities beside them)
    ("坚持一国两制方针，深入开展两学一做学习教育，干部要把情况一五一十地向组织说清楚。",
     [],
     None),
    ("学习不能三心二意，更不能三天打鱼两天晒网，心里七上八下的时候更要沉住气。",
     [],
     None),
    ("这点成绩在全省只是九牛一毛，没有十全十美的方案，也不能不管三七二十一就仓促上马。",
     [],
     None),
    ("六盘水、三门峡、四平、七台河、十堰等市代表在会上作了交流发言。",
     [],
     None),
    ("二连浩特口岸、万州港区和千岛湖景区今年累计接待旅客1.8万人次。",
     [("1.8万人次", "count", 18000, None, "人次")],
     None),
    ("百度、一汽等企业参加了本次招聘会，共提供岗位三百六十个。",
     [("三百六十个", "count", 360, None, "个")],
     "百度、一汽等企业参加了本次招聘会，共提供岗位360个。"),
    ("武当山下的张三丰太极拳馆和刘一手火锅店被评为诚信经营示范店。",
     [],
     None),
    ("有的窗口三番五次让群众补材料，群众戏称办事得有三头六臂才行。",
     [],
     None),
    ("十年树木，百年树人，教育工作者要有三年五载坐冷板凳的耐心。",
     [],
     None),
]

# the cases that still fail, with why (the unseen run, main 80a4d7a, failed 8: c11, c13, c15, c18, c21, c32,
# c35, c40; the fixes of session 29 turned c13, c15, c21, c32 and c40; the three left expect what a
# tested convention of the reader decides otherwise)
FAILING: dict[int, str] = {
    11: "a rate's unit is kept whole (1.5万立方米/秒: unit 立方米/秒, as 1459万吨/年 and 2000元/月, a tested "
        "convention); expected 1.5万立方米",
    18: "成 is read as a count of tenths (unit 成, 7), a tested convention; expected a percent (70)",
    35: "上百/上千/上万 before a measure word is no number (上万人: a documented convention; 上百名 gives "
        "nothing); expected 100, kept",
}


@pytest.mark.parametrize(("text", "mentions", "rewrite"), blind_params(CASES, FAILING, "c"))
def test_blind_sentence(text: str, mentions: list[tuple[object, ...]], rewrite: str | None) -> None:
    check_sentence(text, mentions, rewrite)


def test_the_set_has_fifty_sentences() -> None:
    check_set(CASES, 50)


# --- classes fixed (session 29, NB29); each test failed before its fix


def test_a_count_summing_up_named_days_is_kept_as_written() -> None:
    """今明两年 (this year and the next), 明后两天 and 今明后三天 restate the days or years named before
    them: found as spans, kept as written (今明两年 was rewritten 今明2年, breaking the phrase), and
    昨今两日 is such a span too (it was the day 2 of a month, rewritten 昨今2日); 今后两年 (the next two
    years) and a span after a word ending in 明 (查明后三日内: after ascertaining, three days) are
    rewritten as before."""
    text = "今明两年，明后两天，今明后三天，昨今两日"
    assert _got(text) == [("两年", "duration", 2, 2, "年"), ("两天", "duration", 2, 2, "天"),
                          ("三天", "duration", 3, 3, "天"), ("两日", "duration", 2, 2, "日")]
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("今后两年，用时两天，查明后三日内") == "今后2年，用时2天，查明后3日内"


def test_per_mille_points_are_a_percents_change() -> None:
    """0.55个千分点 is a change of a rate in per mille (出生率下降0.55个千分点), as 个百分点 is of a percent
    (it was the count 0.55个); a list with the unit on its last item shares it (0.3、0.1个千分点), and
    个百分点 reads as before."""
    assert _got("下降0.55个千分点，分别下降0.3、0.1个千分点，提高0.2个百分点") == [
        ("0.55个千分点", "percent", 0.55, 0.55, "千分点"), ("0.3", "percent", 0.3, 0.3, "千分点"),
        ("0.1个千分点", "percent", 0.1, 0.1, "千分点"), ("0.2个百分点", "percent", 0.2, 0.2, "百分点")]
    assert numbers_to_digits("下降零点五个千分点") == "下降0.5个千分点"


def test_si_units_in_latin_letters_are_units() -> None:
    """30mg, 5kg, 3km, 20ml, 120mmHg and 100MW are quantities in SI units as labels and technical
    notices write them (no mention before: Latin letters glued to digits made an identifier); 5G, 4K,
    A4, a bare 10g, and a unit's letters glued to more letters or digits (30mgX, X30mg, 5mm2) stay
    none."""
    assert _got("每次30mg，5kg，3km，20ml，血压120mmHg，装机100MW") == [
        ("30mg", "count", 30, 30, "mg"), ("5kg", "count", 5, 5, "kg"), ("3km", "count", 3, 3, "km"),
        ("20ml", "count", 20, 20, "ml"), ("120mmHg", "count", 120, 120, "mmHg"),
        ("100MW", "count", 100, 100, "MW")]
    assert find_numbers("5G网络，4K，A4纸，10g，型号30mgX，X30mg，5mm2") == []


def test_a_rate_of_latin_units_keeps_its_whole_unit() -> None:
    """A unit in Latin letters after a rate's slash makes the rate (35μg/m3, 20mg/L, 60km/h), as 吨/年
    and 立方米/秒 do in Han characters (the slash and the unit after it were left out); a slash before
    letters that are no unit ends the unit as before."""
    assert _got("PM2.5浓度35μg/m3，化学需氧量20mg/L，限速60km/h，排放50mg/m³") == [
        ("35μg/m3", "count", 35, 35, "μg/m3"), ("20mg/L", "count", 20, 20, "mg/L"),
        ("60km/h", "count", 60, 60, "km/h"), ("50mg/m³", "count", 50, 50, "mg/m³")]
    assert _got("限重5kg/x") == [("5kg", "count", 5, 5, "kg")]


def test_energy_in_standard_coal_is_one_unit() -> None:
    """1850万吨标准煤 and 0.5吨标煤 count energy in standard coal, and 200万吨二氧化碳当量 emissions: one
    unit each (they were 吨, the rest left as words); 一万吨油当量 is rewritten in its numeral only."""
    assert [(m.text, m.unit) for m in find_numbers("1850万吨标准煤，0.5吨标煤，200万吨二氧化碳当量")] == [
        ("1850万吨标准煤", "吨标准煤"), ("0.5吨标煤", "吨标煤"), ("200万吨二氧化碳当量", "吨二氧化碳当量")]
    assert numbers_to_digits("节能一万吨油当量") == "节能1万吨油当量"


def test_an_alerts_level_is_a_grade() -> None:
    """四级应急响应, 二级响应 and 三级预警 name an alert's level, a grade like 三级医院 (kind ordinal, kept
    as written; they were counts of 级); levels counted (分为三级, 省市县三级) stay counts."""
    text = "启动防汛四级应急响应，提升为二级响应，发布三级预警"
    assert [(m.text, m.kind) for m in find_numbers(text)] == [("四级", "ordinal"), ("二级", "ordinal"), ("三级", "ordinal")]
    assert numbers_to_digits(text) == text
    assert [(m.text, m.kind) for m in find_numbers("分为三级，省市县三级")] == [("三级", "count"), ("三级", "count")]


def test_the_grades_of_a_list_before_a_grades_word() -> None:
    """(found reading the corpus' changes: 突发事件应对法 发布三级、四级警报) each item of a list of grades
    before a grade's word is a grade, as the last one is (三级 was a count: 三级、四级医院, 三级和四级警报);
    a list of levels counted (分为三级、四级) stays counts."""
    got = [(m.text, m.kind) for m in find_numbers("发布三级、四级警报，二级、三级、四级预警，三级和四级医院")]
    assert got == [("三级", "ordinal"), ("四级", "ordinal"), ("二级", "ordinal"), ("三级", "ordinal"),
                   ("四级", "ordinal"), ("三级", "ordinal"), ("四级", "ordinal")]
    assert [m.kind for m in find_numbers("分为三级、四级")] == ["count", "count"]


@pytest.mark.parametrize(
    "piece", ["今明两", "昨今两日", "0.1个千分点", "30mgX", "3mmHg", "万吨标准", "四级响应", "三级、", "三级、四级", "四到五级"])
def test_the_classes_read_in_linear_time(piece: str) -> None:
    """The session's rules on adversarial repetitions of their triggers: linear (named days, 千分点,
    Latin units, standard coal, alert levels, lists of grades, ranges kept whole)."""
    n = 4000 // len(piece)
    assert_linear(find_numbers, piece * n, piece * (4 * n), label=piece)
    assert_linear(numbers_to_digits, piece * n, piece * (4 * n), label=piece)


def test_slogans_and_holidays_named_by_a_count_are_protected() -> None:
    """(found probing set phrases around the set) 三个区分开来 and 四个不摘 (slogans), 双十一 (a shopping
    festival) and 两节期间 (New Year's Day and the Spring Festival) were rewritten (3个区分开来, 双11,
    2节期间), 三区三州 and 三区三线 found as counts of 区: protected terms now; 两节课 and 两节车厢 still
    count."""
    text = "坚持三个区分开来，落实四个不摘，双十一促销，两节期间，支持三区三州，划定三区三线"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("上了两节课，挂两节车厢") == "上了2节课，挂2节车厢"


def test_a_range_with_an_end_kept_as_written_is_kept_whole() -> None:
    """(found probing weather notices around the set) 风力四到五级 and 五到六届: the second end keeps its
    numeral (级 and 届 do), and the first was rewritten (风力4到五级, half a range); now the range keeps
    its writing whole. Ranges whose ends are both rewritten (三至五年, 两到三万人) and an Arabic end
    (三到5级: 3到5级) are as before."""
    text = "风力四到五级，连续五到六届，四至五级地震"
    assert [m.text for m in find_numbers(text)] == ["四到五级", "五到六届", "四至五级"]
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("三至五年，两到三万人，三到5级") == "3至5年，2到3万人，3到5级"
