"""Session 38's blind set for the numbers reader (NB38): fifty sentences of our own, written before
reading ``govtext.numbers`` (only the guide, the public docstrings and the s19-s37 sets), each with the
mentions (text, kind, low, high, unit) and the rewrite of ``numbers_to_digits`` expected.
It stresses what s19-s37 covered less: fractions (三分之二以上, 五分之一, 千分之三), multiples and ratios (两倍多, 三比一,
1:500比例尺), money mixing 万 and 亿 (1.2万亿元, 三千五百万元, 5亿余元), clock times and periods (上午九时三十分,
8:30—11:30, 下午两点半), ages and grades (六周岁, 三年级, 高三, 初二), counts with measure words (三批次, 五个轮次,
二十二项), numbered items (第一批, 其一, 其二), sizes (A4, 16开), weights and volumes (两吨, 五百毫升, 三斤半), speeds
(每小时六十公里, 时速350公里), ordinals in plans' names (第十五个五年规划, 二〇三五年远景目标), ranges with 至/到/—/~ and
units on one or both ends (3至5年, 三到五天, 10—15℃, 20~30人), and hard negatives: words and idioms (一些, 一切, 一般,
统一, 万一, 一旦, 三心二意, 七上八下, 千方百计, 百花齐放, 九牛一毛, 一五一十, 四面八方, 十全十美), a title (第一书记),
schools (一中, 二中), places and brands (三峡, 九寨沟, 五粮液, 十三陵, 千岛湖, 四川), technical words (二维码, 三维,
一体化) and policy names (双一流, 三农, 五险一金, 一网通办).

Choices the conventions leave open, made here: 三比一 (a score) and 1:500 (a map's scale) are no mention (a ratio is no
kind of the reader); a grade (三年级, 高三, 初二) and a batch (第一批) are ordinals, 高三 and 初二 kept as no mention (names
of a year of school, as in s36); 16开 (a paper size) and A4 are names, no mention; 三斤半 is 3.5 斤, rewritten 3斤半 as
两公斤半 is; 时速350公里 is a count of 350 公里; 第十五个 before 五年规划 is a plan's name, kept and not found (as
第十四个 in s23 was expected); 20~30人 is a range as 20—30人 is; a clock time in Chinese numerals stays as written.

Blind figure (d8ba3ae, untouched): 41 of 50 sentences fully right (mentions and rewrite); 49 of 57 expected
mentions right; one mention found that is none (16开: the integer 16), two read short (五个 of 五个轮次, 三斤 of 三斤半猪肉);
no rewrite that breaks a name (all the idioms, titles, schools, places, brands and policy names right). The misses:
三斤半 before the thing weighed lost its half, and eight that follow tested conventions or choices of earlier sets
(两倍多 rewritten 2倍多 as s19's; two clock times joined by a dash are two times, s22; grades are words, s22; a lone
一 before a unit is none even after a qualifier, s36; 个 is the measure word and 轮次 the thing counted, as s37's
三十四个大项; a bare Arabic integer is found; a whole 万 stays 万 in the rewrite, 1万元 as s22's; 突破 is a qualifier,
s21).
After session 38's fixes: 42 of 50 sentences, 50 of 57 expected mentions, the false 16 left (a bare Arabic integer,
a tested convention), no name broken; the eight left are strict xfails, all tested conventions or earlier sets'
choices. Probing the set's domains found more classes, each tested below: a measure's half before the thing measured
(三斤半猪肉, 一斤半猪肉, 两岁半孩子: 半 was dropped; the equivalence run found 二斤半薯类 and 一亩半耕地 in the reports),
school grades by number, pair or range (2年级, 一二年级, 3至6年级 were spans of years), 10°C and 10-15°C (bare integers),
rounds in 轮次 (三轮次 ended at 轮), a range from zero (零至三岁: 零 was dropped, rewritten 零至3岁), and hours said as
钟头 (两个钟头 a count of 个).
Left as the code does: ratios and scores (三比一, 1:500, 一比一) are no mention (s30's convention); 三类地区 a count of
类 beside 二类 an ordinal; 十三香, 十三经 and 十月怀胎 rewritten (a name or an idiom no list holds); 16开 and 三十二开本
bare integers; 1.5L, 100g and 2t (Latin units the list lacks: g and L are too often letters of names); 上亿元 and 过亿元
none (s21's convention for 上千/上万).
"""

from __future__ import annotations

import datetime as dt

import pytest

from blind import check_sentence, check_set
from blind import pd as _pd
from govtext.numbers import find_numbers, numbers_to_digits
from linear_common import assert_linear

from strategies import blind_params

T = dt.time

# (sentence, expected mentions as (text, kind, low[, high[, unit]]), expected rewrite; None: unchanged)
CASES: list[tuple[str, list[tuple[object, ...]], str | None]] = [
    # fractions
    ("全县三分之二以上的行政村集体经济年收入超过十万元。",
     [("三分之二以上", "fraction", 2 / 3), ("超过十万元", "money", 100000, None, "元")],
     "全县2/3以上的行政村集体经济年收入超过10万元。"),
    ("今年安全生产事故死亡率控制在千分之三以内，五分之一以上的企业完成了智能化改造。",
     [("千分之三以内", "percent", 3, None, "‰"), ("五分之一以上", "fraction", 0.2)],
     "今年安全生产事故死亡率控制在3‰以内，1/5以上的企业完成了智能化改造。"),
    ("表决时须经全体委员四分之三同意方可通过。",
     [("四分之三", "fraction", 0.75)],
     "表决时须经全体委员3/4同意方可通过。"),
    # multiples and ratios
    ("今年粮食产量是十年前的两倍多，人均收入增长到原来的三倍。",
     [("十年", "duration", 10, None, "年"), ("两倍多", "multiple", 2, 3), ("三倍", "multiple", 3, None, "倍")],
     "今年粮食产量是10年前的两倍多，人均收入增长到原来的3倍。"),
    ("决赛中，市一中女篮以三比一战胜对手，夺得冠军。",
     [],
     None),
    ("规划图采用1:500比例尺绘制，图幅统一为A3大小。",
     [],
     None),
    # money with 万 and 亿
    ("全年新增减税降费1.2万亿元，其中制造业受益约五千亿元。",
     [("1.2万亿元", "money", 1200000000000, None, "元"), ("约五千亿元", "money", 500000000000, None, "元")],
     "全年新增减税降费1.2万亿元，其中制造业受益约5000亿元。"),
    ("省财政下达专项资金三千五百万元，带动社会投资5亿余元。",
     [("三千五百万元", "money", 35000000, None, "元"), ("5亿余元", "money", 500000000, 600000000, "元")],
     "省财政下达专项资金3500万元，带动社会投资5亿余元。"),
    ("该基金规模为二十亿零五百万元，首期到位资金八亿元。",
     [("二十亿零五百万元", "money", 2005000000, None, "元"), ("八亿元", "money", 800000000, None, "元")],
     "该基金规模为20.05亿元，首期到位资金8亿元。"),
    # clock times and periods
    ("会议定于三月十六日上午九时三十分在市行政中心召开。",
     [("三月十六日", "date", _pd(3, 16)), ("九时三十分", "time", T(9, 30))],
     "会议定于3月16日上午九时三十分在市行政中心召开。"),
    ("办事大厅工作时间为每周一至周五8:30—11:30、13:30—17:00。",
     [("8:30—11:30", "range", T(8, 30), T(11, 30)), ("13:30—17:00", "range", T(13, 30), T(17, 0))],
     None),
    ("请各位代表于下午两点半前到会场签到。",
     [("两点半", "time", T(14, 30))],
     None),
    # ages and grades
    ("凡年满六周岁的适龄儿童均应入学接受义务教育。",
     [("六周岁", "count", 6, None, "周岁")],
     "凡年满6周岁的适龄儿童均应入学接受义务教育。"),
    ("学校从三年级开始开设英语课，每周两课时。",
     [("三年级", "ordinal", 3), ("两课时", "count", 2, None, "课时")],
     "学校从3年级开始开设英语课，每周2课时。"),
    ("高三学生的体育锻炼时间每天不少于一小时，初二学生参加学业水平测试。",
     [("不少于一小时", "duration", 1, None, "小时")],
     "高三学生的体育锻炼时间每天不少于1小时，初二学生参加学业水平测试。"),
    ("年龄在十八至三十五周岁之间的青年均可报名。",
     [("十八至三十五周岁", "range", 18, 35, "周岁")],
     "年龄在18至35周岁之间的青年均可报名。"),
    # counts with measure words
    ("今年共开展食品安全抽检三批次，覆盖五个轮次的集中检查。",
     [("三批次", "count", 3, None, "批次"), ("五个轮次", "count", 5, None, "轮次")],
     "今年共开展食品安全抽检3批次，覆盖5个轮次的集中检查。"),
    ("会议审议通过了二十二项议题，部署了八项重点任务。",
     [("二十二项", "count", 22, None, "项"), ("八项", "count", 8, None, "项")],
     "会议审议通过了22项议题，部署了8项重点任务。"),
    ("全县组建了四十六支志愿服务队，累计服务时长一万二千小时。",
     [("四十六支", "count", 46, None, "支"), ("一万二千小时", "duration", 12000, None, "小时")],
     "全县组建了46支志愿服务队，累计服务时长12000小时。"),
    # numbered items
    ("我市入选第一批国家级全域旅游示范区，第二批名单将于年底公布。",
     [("第一批", "ordinal", 1, None, "批"), ("第二批", "ordinal", 2, None, "批")],
     "我市入选第1批国家级全域旅游示范区，第2批名单将于年底公布。"),
    ("其一是加强组织领导，其二是强化资金保障，其三是严格督查考核。",
     [],
     None),
    # sizes
    ("申报材料统一用A4纸双面打印，宣传册为16开彩色印刷。",
     [],
     None),
    # weights and volumes
    ("每辆货车限载两吨，超载部分须卸货后方可通行。",
     [("两吨", "count", 2, None, "吨")],
     "每辆货车限载2吨，超载部分须卸货后方可通行。"),
    ("每名学生每天饮用牛奶不少于五百毫升。",
     [("不少于五百毫升", "count", 500, None, "毫升")],
     "每名学生每天饮用牛奶不少于500毫升。"),
    ("老人从集市上买回三斤半猪肉和十二个鸡蛋。",
     [("三斤半", "count", 3.5, None, "斤"), ("十二个", "count", 12, None, "个")],
     "老人从集市上买回3斤半猪肉和12个鸡蛋。"),
    # speeds
    ("校车行驶速度不得超过每小时六十公里，雨雪天气不超过四十公里。",
     [("六十公里", "count", 60, None, "公里"), ("不超过四十公里", "count", 40, None, "公里")],
     "校车行驶速度不得超过每小时60公里，雨雪天气不超过40公里。"),
    ("该高铁线路设计时速350公里，全长一百八十六公里。",
     [("350公里", "count", 350, None, "公里"), ("一百八十六公里", "count", 186, None, "公里")],
     "该高铁线路设计时速350公里，全长186公里。"),
    # ordinals in plans' names
    ("编制第十五个五年规划，要对标二〇三五年远景目标。",
     [("二〇三五年", "year", 2035)],
     "编制第十五个五年规划，要对标2035年远景目标。"),
    ("二〇二六年是十五五规划的开局之年。",
     [("二〇二六年", "year", 2026)],
     "2026年是十五五规划的开局之年。"),
    # ranges
    ("项目建设周期一般为3至5年，试运行期三到五天。",
     [("3至5年", "range", 3, 5, "年"), ("三到五天", "range", 3, 5, "天")],
     "项目建设周期一般为3至5年，试运行期3到5天。"),
    ("预计明天白天气温10—15℃，夜间降至五度左右。",
     [("10—15℃", "range", 10, 15, "℃"), ("五度左右", "count", 5, None, "度")],
     "预计明天白天气温10—15℃，夜间降至5度左右。"),
    ("每个研学小组20~30人，配备带队教师两名。",
     [("20~30人", "range", 20, 30, "人"), ("两名", "count", 2, None, "名")],
     "每个研学小组20~30人，配备带队教师2名。"),
    ("单位应在收到申请之日起十五至二十个工作日内作出决定。",
     [("十五至二十个工作日", "range", 15, 20, "工作日")],
     "单位应在收到申请之日起15至20个工作日内作出决定。"),
    ("奖励标准为每人五千元到一万元。",
     [("五千元到一万元", "range", 5000, 10000, "元")],
     "奖励标准为每人5000元到10000元。"),
    # hard negatives: words and idioms
    ("一些同志做事三心二意，遇到困难心里七上八下，这种作风必须纠正。",
     [],
     None),
    ("我们要千方百计稳就业，一切工作都要以群众满意为标准。",
     [],
     None),
    ("一般情况下，万一发生险情，一旦发现隐患，应统一上报。",
     [],
     None),
    ("文艺创作要坚持百花齐放，个人的付出与集体相比只是九牛一毛。",
     [],
     None),
    ("他把事情的经过一五一十地讲了出来，四面八方的群众都来帮忙。",
     [],
     None),
    ("世上没有十全十美的方案，但可以不断完善。",
     [],
     None),
    # a title, schools, places, brands
    ("驻村第一书记带领群众发展特色产业，村集体收入突破五十万元。",
     [("五十万元", "money", 500000, None, "元")],
     "驻村第一书记带领群众发展特色产业，村集体收入突破50万元。"),
    ("市一中和市二中的学生代表参加了本次交流活动。",
     [],
     None),
    ("游客可乘船游览三峡，也可前往九寨沟和千岛湖观光。",
     [],
     None),
    ("五粮液集团在四川宜宾投资建设了新厂区，十三陵景区游客接待量创新高。",
     [],
     None),
    # technical words and policy names
    ("市民可扫描二维码查看三维实景地图，推进区域一体化发展。",
     [],
     None),
    ("学校积极推进双一流建设，为员工缴纳五险一金。",
     [],
     None),
    ("各级党委要把三农工作摆在重中之重的位置，深化一网通办改革。",
     [],
     None),
    # mixed
    ("全省共有高校一百二十七所，其中双一流建设高校八所。",
     [("一百二十七所", "count", 127, None, "所"), ("八所", "count", 8, None, "所")],
     "全省共有高校127所，其中双一流建设高校8所。"),
    ("本次招聘岗位三十个，报名人数与岗位数之比约为四十比一。",
     [("三十个", "count", 30, None, "个")],
     "本次招聘岗位30个，报名人数与岗位数之比约为四十比一。"),
    ("截至十二月底，全县已有二万三千余名群众接种疫苗，占目标人群的百分之九十二。",
     [("十二月", "date", _pd(12)), ("二万三千余名", "count", 23000, 24000, "名"),
      ("百分之九十二", "percent", 92, None, "%")],
     "截至12月底，全县已有二万三千余名群众接种疫苗，占目标人群的92%。"),
]

_CLOCK_RANGE = ("two clock times joined by a dash are two mentions of kind time, no range (a tested convention, "
                "s22); expected one range of times")
# the cases that fail, with why (the unseen run, d8ba3ae untouched, failed 9: c03 c10 c13 c14 c16 c21 c24 c33 c40)
FAILING: dict[int, str] = {
    3: "多 after 倍 is rewritten with the multiple (2倍多, as s19's 是10年前的2倍多); expected 两倍多 kept",
    10: _CLOCK_RANGE,
    13: "the school grades 一年级 … 九年级 are words (no mention, kept: a tested convention, s22); expected 三年级 an "
        "ordinal, rewritten 3年级",
    14: "不少于一小时: a lone 一 before a unit is no mention, also after a qualifier (a tested convention, s36)",
    16: "五个轮次: 个 is the measure word and 轮次 the thing counted (五个, unit 个, as s37's 三十四个大项); expected the "
        "unit 轮次",
    21: "a bare Arabic integer is found as an integer (16开: 16, the rewrite unchanged); expected a paper size, no mention",
    33: "a whole 万 stays 万 in the rewrite (一万元 -> 1万元, as s22's 1万元以上10万元以下); expected 10000元",
    40: "突破 is a qualifier of the amount (突破两万元, s21); expected 五十万元 without it",
}


@pytest.mark.parametrize(("text", "mentions", "rewrite"), blind_params(CASES, FAILING, "c"))
def test_blind_sentence(text: str, mentions: list[tuple[object, ...]], rewrite: str | None) -> None:
    check_sentence(text, mentions, rewrite)


def test_the_set_has_fifty_sentences() -> None:
    check_set(CASES, 50)


# --- classes fixed (session 38, NB38); each test failed before its fix


def test_a_measure_and_a_half_before_the_thing_measured() -> None:
    """三斤半猪肉, 两公斤半大米, 五吨半钢材, 三米半高, 一斤半猪肉 and 两岁半孩子: a physical measure (or an age) and 半 before
    the thing measured are 3.5, 2.5, 5.5 … units, as 三斤半的 is (半 was read only where the word ends: 3 斤, and
    一斤半猪肉 nothing); 三斤半导体, 两吨半成品, 三斤半价, 三米半径 and 三吨半挂车 keep 半 in its own word (3 units), and 九成半数 and
    三个半导体 read as before."""
    text = "三斤半猪肉，两公斤半大米，五吨半钢材，三米半高，一斤半猪肉，两岁半孩子"
    got = [(m.text, float(m.low), m.unit) for m in find_numbers(text)]
    assert got == [("三斤半", 3.5, "斤"), ("两公斤半", 2.5, "公斤"), ("五吨半", 5.5, "吨"), ("三米半", 3.5, "米"),
                   ("一斤半", 1.5, "斤"), ("两岁半", 2.5, "岁")]
    assert numbers_to_digits("三斤半猪肉，一斤半猪肉") == "3斤半猪肉，1斤半猪肉"
    kept = "三斤半导体，两吨半成品，三斤半价，三米半径，九成半数，三个半导体，三吨半挂车"
    got = [(m.text, float(m.low)) for m in find_numbers(kept)]
    assert got == [("三斤", 3), ("两吨", 2), ("三斤", 3), ("三米", 3), ("九成", 9), ("三个", 3), ("三吨", 3)]


def test_a_school_grade_by_its_number_or_a_range_of_them() -> None:
    """(found probing grades around the set) 2年级, 十二年级, 一二年级, 四五年级 and the ranges 1-2年级 and 3至6年级 name
    school grades, as 三年级 does (a word: no mention); they were spans of years (2 年, 1 to 2 年, rewritten 12年级) and
    ranges of them (3至6年); 3至6年, 学制三年 and 百年级别 (a level) read as before."""
    text = "2年级，十二年级，小学一二年级，四五年级学生，1-2年级，3至6年级，3~6年级"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    got = [(m.text, m.kind) for m in find_numbers("3至6年，学制三年，百年级别的洪水")]
    assert got == [("3至6年", "range"), ("三年", "duration")]


def test_degrees_celsius_written_with_a_degree_sign_and_a_letter() -> None:
    """(found probing temperatures and ranges around the set) 10°C, 零下5°C, 35°C左右 and the ranges 10°C至15°C and
    10-15°C are temperatures in ℃, as 10℃ is (the degree sign was no unit: bare integers 10 and 15); 北纬30° and
    120°30′ stay as they were (bare integers: degree signs of arc are no unit)."""
    got = [(m.text, m.kind, float(m.low), float(m.high), m.unit)
           for m in find_numbers("气温10°C，零下5°C，35°C左右，10°C至15°C，10-15°C")]
    assert got == [("10°C", "count", 10, 10, "℃"), ("零下5°C", "count", -5, -5, "℃"), ("35°C左右", "count", 35, 35, "℃"),
                   ("10°C至15°C", "range", 10, 15, "℃"), ("10-15°C", "range", 10, 15, "℃")]
    assert numbers_to_digits("气温二十五°C") == "气温25°C"
    assert [(m.text, m.unit) for m in find_numbers("北纬30°，120°30′")] == [("30", None), ("120", None), ("30", None)]


def test_rounds_counted_with_lunci() -> None:
    """(found probing measure words around the set) 三轮次 and 第五轮次 count rounds in 轮次, as 三批次 counts batches in
    批次 (the mention ended at 轮: 三轮, unit 轮, its 次 left out); 第三轮, 五轮 and 三轮车 read as before, and 五个轮次
    stays a count of 个 (a tested convention: 个 is the measure word)."""
    got = [(m.text, m.kind, m.unit) for m in find_numbers("三轮次，第五轮次，第三轮，五轮，三轮车，五个轮次")]
    assert got == [("三轮次", "count", "轮次"), ("第五轮次", "ordinal", "轮次"), ("第三轮", "ordinal", "轮"),
                   ("五轮", "count", "轮"), ("五个", "count", "个")]


def test_a_range_from_zero_said_in_chinese() -> None:
    """(found probing ages and ranges around the set) 零至三岁, 零到六岁 and 零至二十摄氏度 are ranges from 0, as 0至3岁 is
    (the lone 零 was dropped: a count of 3 岁, rewritten 零至3岁); 从零到一 and 零至三 (no unit) stay none, and 零下五至三度
    reads as before."""
    got = [(m.text, m.kind, float(m.low), float(m.high), m.unit)
           for m in find_numbers("零至三岁婴幼儿，零到六岁，零至二十摄氏度")]
    assert got == [("零至三岁", "range", 0, 3, "岁"), ("零到六岁", "range", 0, 6, "岁"),
                   ("零至二十摄氏度", "range", 0, 20, "摄氏度")]
    assert numbers_to_digits("零至三岁婴幼儿照护") == "0至3岁婴幼儿照护"
    assert find_numbers("从零到一的突破，零至三") == []
    assert [(m.text, float(m.low)) for m in find_numbers("零下五至三度")] == [("零下五至三度", -5)]


def test_hours_said_as_zhongtou() -> None:
    """(found probing clock times and periods around the set) 两个钟头, 一个半钟头 and 三个多钟头 are spans of hours, as
    两个小时 and 一个半小时 are (they were counts of 个: 两个, and 一个半钟头 nothing); 一个钟头 stays none as 一个小时
    does (a lone 一 before its measure word)."""
    got = [(m.text, m.kind, float(m.low), float(m.high), m.unit)
           for m in find_numbers("排了两个钟头的队，一个半钟头，三个多钟头，一个钟头")]
    assert got == [("两个钟头", "duration", 2, 2, "钟头"), ("一个半钟头", "duration", 1.5, 1.5, "钟头"),
                   ("三个多钟头", "duration", 3, 4, "钟头")]
    assert numbers_to_digits("排了两个钟头的队") == "排了2个钟头的队"


@pytest.mark.parametrize("piece", ["三斤半猪", "一斤半猪", "斤半", "一斤半导", "两岁半孩", "1-2年级", "3至", "一二年级",
                                   "10°C至", "-5°C", "零至三岁", "零至", "零到一"])
def test_the_classes_read_in_linear_time(piece: str) -> None:
    """The session's rules on adversarial repetitions of their triggers: linear."""
    n = 4000 // len(piece)
    assert_linear(find_numbers, piece * n, piece * (4 * n), label=piece)
    assert_linear(numbers_to_digits, piece * n, piece * (4 * n), label=piece)


def test_a_measure_half_is_half_before_any_word_but_one_half_starts() -> None:
    """(review) a measure's 半 is half of it before what is measured, whatever its first character (两亩半山地,
    四斤半新鲜蔬菜, 三斤半新米 lost their half: 山, 新 were in a list of characters), and keeps out of the amount
    only where a word starts at 半 (三吨半固体废物, 两吨半流质食品, 三斤半導體材料 were N and a half) or 半X半Y
    stands (三斤半信半疑; 一斤半肥半瘦的肉 was 1.5 斤, rewritten 1斤半肥半瘦)."""
    halves = "两亩半山地，四斤半新鲜蔬菜，三斤半新米，三亩半坡地"
    got = [(m.text, float(m.low)) for m in find_numbers(halves)]
    assert got == [("两亩半", 2.5), ("四斤半", 4.5), ("三斤半", 3.5), ("三亩半", 3.5)]
    words = "三吨半固体废物，两吨半流质食品，三斤半導體材料，三斤半信半疑"
    got = [(m.text, float(m.low)) for m in find_numbers(words)]
    assert got == [("三吨", 3), ("两吨", 2), ("三斤", 3), ("三斤", 3)]
    assert numbers_to_digits("一斤半肥半瘦的肉") == "一斤半肥半瘦的肉"


def test_one_measure_and_a_half_with_any_measure_the_reader_halves() -> None:
    """(review) a lone 一 before a measure and 半 counts with every measure the reader halves after two (一公顷半耕地,
    一升半水, 一平方米半 were none while 两公顷半 was 2.5); 一斤半导体 stays none."""
    got = [(m.text, float(m.low)) for m in find_numbers("一公顷半耕地，一升半水，一平方米半，两公顷半")]
    assert got == [("一公顷半", 1.5), ("一升半", 1.5), ("一平方米半", 1.5), ("两公顷半", 2.5)]
    assert find_numbers("一斤半导体") == []


def test_one_hour_and_more_said_as_zhongtou() -> None:
    """(review) 一个多钟头 is 1 to 2 钟头, as 三个多钟头 is 3 to 4 and 一个多小时 1 to 2 小时 (it was none)."""
    got = [(m.text, float(m.low), float(m.high), m.unit) for m in find_numbers("走了一个多钟头，三个多钟头")]
    assert got == [("一个多钟头", 1, 2, "钟头"), ("三个多钟头", 3, 4, "钟头")]


def test_a_cohort_year_before_nianji_is_a_year_not_a_grade() -> None:
    """(review) 2018年级学生 and 2021年级 name a cohort by its year, as 2020级 does (they were none: the grade rule took
    any number before 年级); 12年级, 十二年级 and 一二年级 stay grades (no mention)."""
    got = [(m.text, m.kind, float(m.low)) for m in find_numbers("2018年级学生，2020级、2021年级新生")]
    assert got == [("2018年", "year", 2018), ("2020级", "year", 2020), ("2021年", "year", 2021)]
    assert find_numbers("12年级，十二年级，一二年级") == []


def test_degrees_celsius_with_look_alike_signs_and_not_before_a_letter() -> None:
    """(review) 10ºC and 10˚C (the ordinal º, the ring ˚ typed for °) are 10 ℃ as 10°C is (they were bare integers);
    10°Celsius and 10°CA型号 are no ℃ (the C starts a word: they were 10 ℃), bare integers as 北纬30° is."""
    got = [(m.text, m.unit) for m in find_numbers("10ºC，10˚C，10-15ºC，10°C")]
    assert got == [("10ºC", "℃"), ("10˚C", "℃"), ("10-15ºC", "℃"), ("10°C", "℃")]
    assert [(m.text, m.unit) for m in find_numbers("10°Celsius，10°CA型号")] == [("10", None), ("10", None)]
