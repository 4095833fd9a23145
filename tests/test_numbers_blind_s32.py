"""Session 32's blind set for the numbers reader (NB32): fifty sentences of our own, written before
reading ``govtext.numbers`` (only the guide, the public docstrings and the s28-s31 sets), each with the
mentions (text, kind, low, high, unit) and the rewrite of ``numbers_to_digits`` expected.
It stresses what s19-s31 covered less: circled and Roman numerals (①② items, Ⅳ类 and Ⅰ～Ⅲ类 water, 第Ⅲ阶段,
Ⅰ级 … Ⅳ级 responses), prices per unit (每斤1.35元, 3850元/吨, 1.2万元/平方米, 每小时五元), dimensions and
tolerances (1200×600×750mm, 长五米、宽两米半, ±0.5mm, 150mm至200mm), scales and ratios (1:500比例尺,
1∶2000, 一比四点五), decades and centuries (20世纪60年代, 八十年代, 本世纪中叶), halves of time (半个月,
一个半月, 三天两夜, 一个半小时, 一年半), ranges in Chinese numerals (五到十日, 一千元至三千元, 第三至第五条,
三至五人), sessions (十四届全国人大三次会议, 第二十次全国代表大会, 第二十届), agriculture (亩产650公斤, 每亩,
头, 羽, 担, 八千亩), health statistics (每十万人口, 8.2/10万, 3.1‰, 千分之三点五), money in words and figures
(壹万贰仟元整 and ¥12,000.00), counts in policy prose (三个方面, 五项措施, 首批十家, 第二批, 分两批), lists of
Chinese numerals (一、二、三年级, 第一、二季度), times with 凌晨, 傍晚 and 午夜, and hard negatives not in
s28-s31 (一中, 二中, 实验一小, 十字路口, 一路, 一些, 一定, 一起, 一致, 统一, 万一, 三角, 四川, 五金, 六安, 八达岭,
十分重要, 百姓, 千克 as a unit, 万物, 三好学生, 五好家庭, 四大名著, 第一线, 一马当先, 一丝不苟).

Choices the conventions leave open, made here: a Roman numeral before 类, 级 or 阶段 is an ordinal kept as
written, as 水质二类 and 四级应急响应 are (Ⅳ类: 4, Ⅰ～Ⅲ类 a range of them); circled numbers are item markers
(no mentions); a price per unit written with a slash is money with its unit whole (3850元/吨; the unit not
compared); the factors of a dimension share the unit written after the last (1200×600×750mm: three counts
in mm); ±0.5mm is an interval -0.5 to 0.5; a rate per 100,000 written 8.2/10万 is a fraction, as
十万分之三 is, and 每十万人口 the rate's base (no count of people); a decade (八十年代) is no mention but
rewritten 80年代, as s23 has it; 第一、二季度 is a range of quarters, as 一、二月份 is of months.

Blind figure (main 62bd481, untouched): 37 of 50 sentences fully right (mentions and rewrite); 66 of 87
expected mentions right (13 not found: the Roman numerals' 9, the dimension's 3, 8.2/10万; 6 read otherwise:
three ranges of clock times read as two times each, 五到十日 days of the month, ±0.5mm without its sign,
二十块 as money; 1 cut short: 不小于 to 小于; 1 of a list: 第一、二季度 as 二季度), one mention found that is
none (十万人口, rewritten 每10万人口); no name or set phrase broken (all fourteen hard negatives right).
After session 32's fixes (the classes tested below): 44 of 50 sentences, 79 of 87 mentions, no mention found
that is none; the six left (c08, c29, c35, c36, c38, c39) expect what a tested convention decides otherwise
(a product with × is a formula's numbers, slash notation is no mention, two clock times joined by 至 are two
times, a list of ordinals gives each item). Probing the set's domains found more classes, each tested below:
a school's short name after its number (市十一中, 北京十一小: rewritten 市11中) and grades of ranks, titles and
protected classes (二级巡视员, 二级警督, 二级文物: counts of 级).
"""

from __future__ import annotations

import datetime as dt

import pytest

from blind import ANY, check_sentence, check_set
from blind import mentions as _got
from blind import pd as _pd
from govtext.numbers import find_numbers, numbers_to_digits
from linear_common import assert_linear

from strategies import blind_params

D, T = dt.date, dt.time

# (sentence, expected mentions as (text, kind, low[, high[, unit]]), expected rewrite; None: unchanged)
CASES: list[tuple[str, list[tuple[object, ...]], str | None]] = [
    # circled and Roman numerals
    ("申请材料包括：①申请表一份；②营业执照副本复印件两份；③法定代表人身份证明。",
     [("两份", "count", 2, None, "份")],
     "申请材料包括：①申请表一份；②营业执照副本复印件2份；③法定代表人身份证明。"),
    ("该断面水质由Ⅳ类提升至Ⅱ类，全市Ⅰ～Ⅲ类水质断面比例达到92.5%。",
     [("Ⅳ类", "ordinal", 4, None, "类"), ("Ⅱ类", "ordinal", 2, None, "类"), ("Ⅰ～Ⅲ类", "range", 1, 3, "类"),
      ("92.5%", "percent", 92.5, None, "%")],
     None),
    ("项目分三个阶段推进，目前已进入第Ⅲ阶段，预计2027年底全面完工。",
     [("三个", "count", 3, None, "个"), ("第Ⅲ阶段", "ordinal", 3, None, ANY), ("2027年", "year", 2027)],
     "项目分3个阶段推进，目前已进入第Ⅲ阶段，预计2027年底全面完工。"),
    ("应急响应由高到低分为Ⅰ级、Ⅱ级、Ⅲ级和Ⅳ级，本次启动Ⅳ级响应。",
     [("Ⅰ级", "ordinal", 1, None, "级"), ("Ⅱ级", "ordinal", 2, None, "级"), ("Ⅲ级", "ordinal", 3, None, "级"),
      ("Ⅳ级", "ordinal", 4, None, "级"), ("Ⅳ级", "ordinal", 4, None, "级")],
     None),
    # prices per unit
    ("今年早稻最低收购价为每斤1.35元，比上年提高0.02元。",
     [("1.35元", "money", 1.35, None, "元"), ("0.02元", "money", 0.02, None, "元")],
     None),
    ("本周螺纹钢均价为3850元/吨，环比下跌120元/吨。",
     [("3850元/吨", "money", 3850, None, ANY), ("120元/吨", "money", 120, None, ANY)],
     None),
    ("新建商品住宅成交均价为1.2万元/平方米，同比下降3.1%。",
     [("1.2万元/平方米", "money", 12000, None, ANY), ("3.1%", "percent", 3.1, None, "%")],
     None),
    ("景区门票每人次60元，停车费每小时五元，超过三小时按三小时计。",
     [("60元", "money", 60, None, "元"), ("五元", "money", 5, None, "元"),
      ("超过三小时", "duration", 3, None, "小时"), ("三小时", "duration", 3, None, "小时")],
     "景区门票每人次60元，停车费每小时5元，超过3小时按3小时计。"),
    # dimensions and tolerances
    ("会议桌外形尺寸为1200×600×750mm，桌面厚度允许偏差±0.5mm。",
     [("1200", "count", 1200, None, "mm"), ("600", "count", 600, None, "mm"), ("750mm", "count", 750, None, "mm"),
      ("±0.5mm", "count", -0.5, 0.5, "mm")],
     None),
    ("院内新建停车位长五米、宽两米半。",
     [("五米", "count", 5, None, "米"), ("两米半", "count", 2.5, None, "米")],
     "院内新建停车位长5米、宽2米半。"),
    ("钢筋直径不小于20毫米，箍筋间距为150mm至200mm。",
     [("不小于20毫米", "count", 20, None, "毫米"), ("150mm至200mm", "range", 150, 200, "mm")],
     None),
    ("展板尺寸为长2.4米、宽1.2米，共制作二十块。",
     [("2.4米", "count", 2.4, None, "米"), ("1.2米", "count", 1.2, None, "米"), ("二十块", "count", 20, None, "块")],
     "展板尺寸为长2.4米、宽1.2米，共制作20块。"),
    # scales and ratios
    ("规划总图采用1:500比例尺，区域位置图比例为1∶2000。",
     [],
     None),
    ("城乡建设用地与耕地面积之比为一比四点五。",
     [],
     None),
    # decades and centuries
    ("该厂始建于20世纪60年代，八十年代后期年产量突破五千吨。",
     [("20世纪", "ordinal", 20, None, "世纪"), ("突破五千吨", "count", 5000, None, "吨")],
     "该厂始建于20世纪60年代，80年代后期年产量突破5000吨。"),
    ("到二〇三五年基本实现社会主义现代化，到本世纪中叶建成社会主义现代化强国。",
     [("二〇三五年", "year", 2035)],
     "到2035年基本实现社会主义现代化，到本世纪中叶建成社会主义现代化强国。"),
    # halves and spans of time
    ("整改期限为半个月，逾期未完成的再延长一个半月。",
     [("半个月", "duration", 0.5, None, "个月"), ("一个半月", "duration", 1.5, None, ANY)],
     "整改期限为半个月，逾期未完成的再延长1个半月。"),
    ("研学活动为期三天两夜，往返车程约一个半小时。",
     [("三天", "duration", 3, None, "天"), ("两夜", "duration", 2, None, ANY),
      ("约一个半小时", "duration", 1.5, None, "小时")],
     "研学活动为期3天2夜，往返车程约1个半小时。"),
    ("新招录人员试用期为半年，一年半后方可申请调动。",
     [("半年", "duration", 0.5, None, "年"), ("一年半", "duration", 1.5, None, "年")],
     "新招录人员试用期为半年，1年半后方可申请调动。"),
    # ranges in Chinese numerals
    ("对违法行为人处五到十日拘留，并处一千元至三千元罚款。",
     [("五到十日", "range", 5, 10, "日"), ("一千元至三千元", "range", 1000, 3000, "元")],
     "对违法行为人处5到10日拘留，并处1000元至3000元罚款。"),
    ("本办法第三至第五条所称重点企业，由市商务局认定。",
     [("第三至第五条", "range", 3, 5, "条")],
     None),
    ("每组三至五人，每人限报两个项目。",
     [("三至五人", "range", 3, 5, "人"), ("两个", "count", 2, None, "个")],
     "每组3至5人，每人限报2个项目。"),
    # sessions and meetings
    ("十四届全国人大三次会议于3月5日上午9时开幕。",
     [("3月5日", "date", _pd(3, 5)), ("9时", "time", T(9, 0))],
     None),
    ("中国共产党第二十次全国代表大会胜利召开，大会选举产生了第二十届中央委员会。",
     [("第二十次", "ordinal", 20, None, "次"), ("第二十届", "ordinal", 20, None, ANY)],
     None),
    # agriculture
    ("全县粮食平均亩产650公斤，比上年每亩增产15公斤。",
     [("650公斤", "count", 650, None, "公斤"), ("15公斤", "count", 15, None, "公斤")],
     None),
    ("合作社存栏生猪1200头、肉牛三百头，散养土鸡五万羽。",
     [("1200头", "count", 1200, None, "头"), ("三百头", "count", 300, None, "头"), ("五万羽", "count", 50000, None, "羽")],
     "合作社存栏生猪1200头、肉牛300头，散养土鸡5万羽。"),
    ("老张去年出售稻谷八十担，收入两万余元。",
     [("八十担", "count", 80, None, "担"), ("两万余元", "money", 20000, 30000, "元")],
     "老张去年出售稻谷80担，收入两万余元。"),
    ("全镇种植优质水稻八千亩，每亩补贴一百五十元。",
     [("八千亩", "count", 8000, None, "亩"), ("一百五十元", "money", 150, None, "元")],
     "全镇种植优质水稻8000亩，每亩补贴150元。"),
    # health statistics
    ("全市肺结核报告发病率为每十万人口32.6例，治愈率达到90%以上。",
     [("32.6例", "count", 32.6, None, "例"), ("90%以上", "percent", 90, None, "%")],
     None),
    ("全省孕产妇死亡率为8.2/10万，婴儿死亡率为3.1‰。",
     [("8.2/10万", "fraction", 0.000082, None, ANY), ("3.1‰", "percent", 3.1, None, "‰")],
     None),
    ("全县每千人口拥有执业医师2.8人，婴儿死亡率下降到千分之三点五。",
     [("2.8人", "count", 2.8, None, "人"), ("千分之三点五", "percent", 3.5, None, "‰")],
     "全县每千人口拥有执业医师2.8人，婴儿死亡率下降到3.5‰。"),
    # money in words and figures
    ("合同总价为人民币壹万贰仟元整（¥12,000.00），分两期支付。",
     [("人民币壹万贰仟元整", "money", 12000, None, "元"), ("¥12,000.00", "money", 12000, None, "元"),
      ("两期", "count", 2, None, "期")],
     "合同总价为人民币12000元整（¥12,000.00），分两期支付。"),
    # counts with classifiers in policy prose
    ("会议从三个方面部署了五项重点措施，首批十家企业已完成改造，第二批将于年内启动。",
     [("三个", "count", 3, None, "个"), ("五项", "count", 5, None, "项"), ("十家", "count", 10, None, "家"),
      ("第二批", "ordinal", 2, None, "批")],
     "会议从3个方面部署了5项重点措施，首批10家企业已完成改造，第2批将于年内启动。"),
    ("资金分两批下达，每批不少于五百万元。",
     [("两批", "count", 2, None, "批"), ("不少于五百万元", "money", 5000000, None, "元")],
     "资金分2批下达，每批不少于500万元。"),
    # lists of Chinese numerals
    ("本学期一、二、三年级学生在东校区上课，四至六年级学生在西校区上课。",
     [],
     None),
    ("第一、二季度全市进出口总额同比增长4.5%。",
     [("第一、二季度", "range", 1, 2, "季度"), ("4.5%", "percent", 4.5, None, "%")],
     None),
    # times with 凌晨, 傍晚, 午夜
    ("凌晨两点至五点道路封闭施工，傍晚六点半恢复通行。",
     [("两点至五点", "range", T(2, 0), T(5, 0)), ("六点半", "time", T(18, 30))],
     None),
    ("午夜十二点起实行交通管制，凌晨4:30解除。",
     [("十二点", "time", T(0, 0)), ("4:30", "time", T(4, 30))],
     None),
    ("每天傍晚7点到9点开放夜间健身场地。",
     [("7点到9点", "range", T(19, 0), T(21, 0))],
     None),
    ("考试时间为上午八点半至十一点，考生须提前三十分钟入场。",
     [("八点半至十一点", "range", T(8, 30), T(11, 0)), ("三十分钟", "duration", 30, None, "分钟")],
     "考试时间为上午八点半至十一点，考生须提前30分钟入场。"),
    # hard negatives: names, words and set phrases (or only the plain quantities beside them)
    ("市一中、二中和实验一小的师生代表参加了活动。",
     [],
     None),
    ("在十字路口设置一些临时隔离设施，一定要确保一路畅通。",
     [],
     None),
    ("大家一起努力，形成一致意见，统一思想，以防万一。",
     [],
     None),
    ("三角地块、四川路和五金市场的改造项目同步推进。",
     [],
     None),
    ("八达岭长城和六安瓜片都是十分重要的文化名片。",
     [],
     None),
    ("始终把老百姓的冷暖放在心上，对生猪每千克补贴0.2元。",
     [("0.2元", "money", 0.2, None, "元")],
     None),
    ("万物复苏的季节，学校评选出三好学生和五好家庭。",
     [],
     None),
    ("同学们课外阅读了四大名著，年轻干部扎根第一线。",
     [],
     None),
    ("实验二小五年级三班的同学在全区比赛中获得一等奖。",
     [],
     None),
    ("突击队员一马当先，技术人员一丝不苟。",
     [],
     None),
]

# the cases that still fail, with why (the unseen run, main 62bd481, failed 13: c01, c02, c03, c08, c10,
# c11, c19, c28, c29, c35, c36, c38, c39; the fixes of session 32 turned c01, c02, c03, c10, c11, c19, c28)
FAILING: dict[int, str] = {
    8: "numbers joined by × are a formula's (7×24小时, “4×4”: a tested convention), so a dimension's bare "
       "factors are none (1200×600×750mm: nothing found); expected three counts in mm (±0.5mm is read since "
       "session 32's fix)",
    29: "numbers in slash notation are no mentions (1/3, 不少于1/3: a tested convention, s22); expected 8.2/10万 "
        "as a fraction",
    35: "a list of ordinals under one 第 gives each item with the list's unit (第一 and 二季度, as 三级、四级 "
        "gives each grade: session 32's fix); expected one range, as 一、二月份 is of months",
    36: "two clock times joined by 至 are two mentions of kind time, no range (a tested convention, s30); "
        "expected one range",
    38: "two clock times joined by 到 are two mentions of kind time, no range (a tested convention, s30); "
        "expected one range",
    39: "two clock times joined by 至 are two mentions of kind time, no range (a tested convention, s30); "
        "expected one range",
}


@pytest.mark.parametrize(("text", "mentions", "rewrite"), blind_params(CASES, FAILING, "c"))
def test_blind_sentence(text: str, mentions: list[tuple[object, ...]], rewrite: str | None) -> None:
    check_sentence(text, mentions, rewrite)


def test_the_set_has_fifty_sentences() -> None:
    check_set(CASES, 50)


# --- classes fixed (session 32, NB32); each test failed before its fix


def test_kuai_counts_pieces_unless_money_follows() -> None:
    """块 after a numeral counts pieces (二十块展板, 17块地块, 分前后两块: they were money, 20 元); it is the
    spoken 元 where money's digits or 钱 follow it (十块三毛, 三块五, 两块钱: money as before)."""
    assert _got("共制作二十块，修复17块污染地块，分前后两块。") == [
        ("二十块", "count", 20, 20, "块"), ("17块", "count", 17, 17, "块"), ("两块", "count", 2, 2, "块")]
    assert numbers_to_digits("共制作二十块展板") == "共制作20块展板"
    got = [(m.text, m.kind, float(m.low), m.unit) for m in find_numbers("十块三毛，3块5毛，两块钱")]
    assert got == [("十块三毛", "money", 10.3, "元"), ("3块5毛", "money", 3.5, "元"), ("两块钱", "money", 2.0, "元")]


def test_a_power_of_ten_per_head_is_a_rates_base() -> None:
    """每十万人口, 每10万人 and 每1000人 name the population a rate is counted per (十万人口 was a count of
    100000 人口, rewritten 每10万人口); the rate beside it is read as before (32.6例). 每1.5万人, 每100人 and
    每十人一组 count people as before."""
    text = "发病率为每十万人口32.6例，每10万人口，每1000人"
    assert [m.text for m in find_numbers(text)] == ["32.6例"]
    assert numbers_to_digits(text) == text
    assert [m.text for m in find_numbers("每1.5万人，每100人，每十人一组")] == ["1.5万人", "100人", "十人"]


def test_negated_comparisons_are_qualifiers() -> None:
    """不小于, 不大于 and 不多于 before a number are its qualifier (不小于20毫米 was cut to 小于20毫米, 不 left out);
    小于 and 不低于 are as before."""
    got = [(m.text, m.low, m.qualifier) for m in find_numbers("不小于20毫米，不大于三十毫米，不多于五人，小于5米，不低于90%")]
    assert got == [("不小于20毫米", 20, "不小于"), ("不大于三十毫米", 30, "不大于"), ("不多于五人", 5, "不多于"),
                   ("小于5米", 5, "小于"), ("不低于90%", 90, "不低于")]
    assert numbers_to_digits("不大于三十毫米") == "不大于30毫米"


def test_days_before_a_penalty_are_its_term() -> None:
    """N日 right before 拘留, 拘役 or 禁闭 ending its clause (处五到十日拘留，, 处十五日拘留或者…, 十日行政拘留并处)
    is the term of the penalty, a span of days (it was a day of the month, 五到十日 a range of dates), as
    拘留十五日 is; the verb with its object (于十五日拘留了嫌疑人, 15日拘留两人) keeps the day of the month."""
    got = [(m.text, m.kind, m.low, m.high) for m in find_numbers("处五到十日拘留，处十五日拘留或者罚款，处十日行政拘留并处罚款")]
    assert got == [("五到十日", "range", 5, 10), ("十五日", "duration", 15, 15), ("十日", "duration", 10, 10)]
    assert [(m.text, m.kind) for m in find_numbers("于十五日拘留了嫌疑人，15日拘留两人")] == [
        ("十五日", "date"), ("15日", "date"), ("两人", "count")]


def test_roman_numerals_name_classes_and_grades() -> None:
    """Ⅳ类, Ⅰ～Ⅲ类 (water), Ⅳ级 (a response), 第Ⅲ阶段 and Ⅲ期 are ordinals and a range of them, written as
    they are (nothing was found: no Chinese or Arabic numeral in them), as 水质二类 and 四级响应 are; a model
    (银河Ⅱ型), a code's letters (AⅣ级), a table's label (表Ⅱ) and ASCII capitals (心功能IV级) are none."""
    text = "由Ⅳ类升至Ⅱ类，Ⅰ～Ⅲ类水体，启动Ⅳ级响应，进入第Ⅲ阶段，Ⅲ期临床试验，Ⅰ级至Ⅲ级"
    want = [
        ("Ⅳ类", "ordinal", 4, 4, "类"), ("Ⅱ类", "ordinal", 2, 2, "类"), ("Ⅰ～Ⅲ类", "range", 1, 3, "类"),
        ("Ⅳ级", "ordinal", 4, 4, "级"), ("第Ⅲ阶段", "ordinal", 3, 3, "阶段"), ("Ⅲ期", "ordinal", 3, 3, "期"),
        ("Ⅰ级至Ⅲ级", "range", 1, 3, "级")]
    assert _got(text) == want
    assert numbers_to_digits(text) == text
    # a long text (its code units looked up) reads them alike
    long = "。" * 1200 + text
    assert [(m.start - 1200, m.text) for m in find_numbers(long)] == [(m.start, m.text) for m in find_numbers(text)]
    assert find_numbers("银河Ⅱ型，AⅣ级，见表Ⅱ，Ⅲ～Ⅰ类，心功能IV级") == []
    # a count glued to one is rewritten as before (no Chinese numeral of the grade to keep it)
    assert numbers_to_digits("分为Ⅳ级、Ⅲ级、Ⅱ级、Ⅰ级四个等级") == "分为Ⅳ级、Ⅲ级、Ⅱ级、Ⅰ级4个等级"


def test_plus_minus_is_an_interval_around_zero() -> None:
    """±0.5mm and ±2℃ (a tolerance) are the interval from -0.5 to 0.5 (the sign was left out: 0.5); a
    minus sign (-3℃) is as before."""
    assert _got("允许偏差±0.5mm，控制在20℃±2℃，气温-3℃") == [
        ("±0.5mm", "count", -0.5, 0.5, "mm"), ("20℃", "count", 20, 20, "℃"), ("±2℃", "count", -2, 2, "℃"),
        ("-3℃", "count", -3, -3, "℃")]


def test_a_list_of_ordinals_under_one_di() -> None:
    """第一、二款, 第三、四条 and 第1、2批 list ordinals sharing 第 and the unit of the last item: each item is an
    ordinal with that unit, kept as written (the last was a count, 二款 two paragraphs, and the first was
    nothing); a list with no unit after it (第一、第二、第三产业) is none as before."""
    got = [(m.text, m.kind, m.low, m.unit) for m in find_numbers("依照第一、二款，第三、四条，第1、2批，第一、二、五项")]
    assert got == [("第一", "ordinal", 1, "款"), ("二款", "ordinal", 2, "款"), ("第三", "ordinal", 3, "条"),
                   ("四条", "ordinal", 4, "条"), ("第1", "ordinal", 1, "批"), ("2批", "ordinal", 2, "批"),
                   ("第一", "ordinal", 1, "项"), ("二", "ordinal", 2, "项"), ("五项", "ordinal", 5, "项")]
    assert numbers_to_digits("依照第一、二款，第三、四条") == "依照第一、二款，第三、四条"
    assert find_numbers("第一、第二、第三产业") == []


def test_a_sum_in_kuai_after_wan_ends_its_clause() -> None:
    """两万块 ending its clause is a sum, money (as it was); 两万块砖 counts bricks and 共计五块， pieces."""
    assert [(m.text, m.kind, m.unit) for m in find_numbers("少说也得两万块，两万块砖，共计五块，")] == [
        ("两万块", "money", "元"), ("两万块", "count", "块"), ("五块", "count", "块")]


def test_a_school_named_by_its_number_and_short_head() -> None:
    """(found probing school names around the set) 市十一中, 二十五中的学生 and 北京十一小 name a school by its
    number and 中 or 小 (they were integers, rewritten 市11中), as 十一中学 does; 二十中队, 二十小时 and
    三十五中学生 are as before."""
    text = "市十一中、二十五中的学生和北京十一小，一百零一中"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    assert [(m.text, m.kind) for m in find_numbers("二十中队，二十小时，三十五中学生")] == [
        ("二十", "integer"), ("二十小时", "duration"), ("三十五", "integer")]


def test_a_rank_or_a_title_after_its_grade() -> None:
    """(found probing grades around the set) 二级巡视员, 三级主任科员, 二级警督, 一级建造师 (a lone 一: none),
    二级教授 and 二级保护动物 name a rank, a title or a protected class by its grade: ordinals (they were counts
    of 级), kept as written as 三级医院 is; levels counted (三级养老服务网络, 分为三级) are counts as before."""
    got = [(m.text, m.kind) for m in find_numbers("二级巡视员，三级主任科员，二级警督，二级教授，国家二级保护动物")]
    assert got == [("二级", "ordinal"), ("三级", "ordinal"), ("二级", "ordinal"), ("二级", "ordinal"), ("二级", "ordinal")]
    assert [m.kind for m in find_numbers("三级养老服务网络，分为三级")] == ["count", "count"]


@pytest.mark.parametrize("piece", ["二十块", "3块", "两万块，", "每十万人口", "每10万人", "不小于2", "十日拘留", "日拘留，",
                                   "Ⅰ～Ⅲ类", "Ⅳ级", "ⅡⅢ", "Ⅳ", "±0.5mm", "第一、二", "、二款", "第1、",
                                   "十一中", "二十五小，", "二级巡视员"])
def test_the_classes_read_in_linear_time(piece: str) -> None:
    """The session's rules on adversarial repetitions of their triggers: linear."""
    n = 4000 // len(piece)
    assert_linear(find_numbers, piece * n, piece * (4 * n), label=piece)
    assert_linear(numbers_to_digits, piece * n, piece * (4 * n), label=piece)
