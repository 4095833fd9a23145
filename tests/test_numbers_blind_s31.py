"""Session 31's blind set for the numbers reader (NB31): fifty sentences of our own, written before
reading ``govtext.numbers`` (only the guide, the public docstrings and the s28, s29 and s30 sets), each
with the mentions (text, kind, low, high, unit) and the rewrite of ``numbers_to_digits`` expected.
It stresses what s19-s30 covered less: measures with rarer units (万千瓦 beside 亿千瓦时, 兆瓦, 平方千米,
海里 and 节, 毫升, 分贝, 微克/立方米, 公里/小时, 立方米每秒, 156mm, and 四十二点一九五千米 where 千 is the
unit's), fractions in words below one tenth (十万分之三, 五分之四, 十分之一; 过半数 no number), periods
(2025年度, 第一季度至第三季度, “十五五” and 2026—2030年, 3月至5月, 前两个月, 每月1日和15日, 每月5日至10日,
每年6月1日至9月30日, 起 … 止), multiples and changes (增长1.5倍, 增长了三倍, 四倍多, 提高两个百分点, 下降零点三个
百分点), approximations with scales (超2000名, 逾1.5万小时, 八百人上下, 五百余万元, 3千余户, 一年多, 六千多万元),
mixed scales (三点五万, 3千万元, 2亿5千万元), full-width digits (２０２６年３月１５日, ４２．８万人, １２．５％),
standards, codes and identifiers that are no amounts (GB/T 9704—2012, GB 50016—2014 with its 2018年版,
Q/GZ 001-2025, a licence's number, 区号 0851, V2.1.3, 2.0版, PM2.5 before 年均), and hard negatives not in
s28-s30 (双一流, 一体化, 一线教师, 两会, 百年大计, 千家万户, 十三五, 第一时间, 五险一金, 一老一小, 一揽子, 一盘棋,
一张蓝图, 两不愁三保障, 五湖四海, 七嘴八舌, 一举两得, 四好农村路, 千万工程, 百县千镇万村, 三公经费, 四风, 一分为二,
一视同仁, 每千克, place names 三明, 四会, 五莲, 六合, 九寨沟).

Choices the conventions leave open, made here: 2025年度 (a fiscal year) is a year, its text with 年度 as
2026级's is with 级; a rate's unit after its measure is kept whole, as 立方米/秒 is (32微克/立方米,
60公里/小时, 3200立方米每秒; the unit itself not compared); 十万分之三 is a fraction rewritten 3/100000 as
三分之二 is 2/3; full-width digits are digits: found, and not rewritten (only Chinese numerals are);
每月1日 names a day of the month (no month); 起 … 止 gives two dates, as s19 has it.

Blind figure (main ff9b925, untouched): 44 of 50 sentences fully right (mentions and rewrite); 66 of 71
expected mentions right (2 cut short: 53.6分贝 read as 53.6, 3200立方米每秒 as 3200立方米; 3 missed: 十四节,
一年多, 2018年 after a code), no mention found that is none, no name or set phrase broken (all twelve hard
negatives right); two rewrites differ (十四节 and 一年多 kept; 3千万元 -> 3000万元 and 2亿5千万元 -> 2.5亿元).
After session 31's fixes (the classes tested below): 49 of 50 sentences, 71 of 71 mentions, no mention found
that is none; the one left (c27) expects what a tested convention decides otherwise (mixed scales are
rewritten in one digit form). Probing the classes around the set found more of each, tested below: 第十二节
and 每周十二节课 (read as festivals too), 12，15人 and 3，4月 (a full-width comma in a list), a standard's year
after an em dash before a comma or a stop (GB 50016—2014。: an integer), 一个多月 and 一个多小时; probing
the set's domains found more classes, each tested below: school mathematics (一元二次方程, 二次函数),
sayings half rewritten (一元复始 -> 1元复始, 一个好汉三个帮), the 985 and 211 programmes, formulas named by
a verb (两个率先, 六个下功夫), a doubling with 近 before its count (翻了近两番) and aircraft named with a
hyphen (歼-20, 运-20: no negative numbers).
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
    # measures with units
    ("该水电站总装机容量一百二十万千瓦，多年平均发电量四十五亿千瓦时。",
     [("一百二十万千瓦", "count", 1200000, None, "千瓦"), ("四十五亿千瓦时", "count", 4500000000, None, "千瓦时")],
     "该水电站总装机容量120万千瓦，多年平均发电量45亿千瓦时。"),
    ("全市PM2.5年均浓度为32微克/立方米，比上年下降3微克/立方米，城区区域环境噪声平均值为53.6分贝。",
     [("32微克/立方米", "count", 32, None, ANY), ("3微克/立方米", "count", 3, None, ANY),
      ("53.6分贝", "count", 53.6, None, "分贝")],
     None),
    ("该路段设计时速为每小时80公里，货车限速60公里/小时。",
     [("80公里", "count", 80, None, "公里"), ("60公里/小时", "count", 60, None, ANY)],
     None),
    ("洪峰过境时，干流最大流量达3200立方米每秒，超过保证水位0.85米。",
     [("3200立方米每秒", "count", 3200, None, ANY), ("0.85米", "count", 0.85, None, "米")],
     None),
    ("全市森林蓄积量达到一千二百万立方米，湿地面积四百二十平方千米。",
     [("一千二百万立方米", "count", 12000000, None, "立方米"), ("四百二十平方千米", "count", 420, None, "平方千米")],
     "全市森林蓄积量达到1200万立方米，湿地面积420平方千米。"),
    ("新建分布式光伏电站装机50兆瓦，年发电量约5500万千瓦时。",
     [("50兆瓦", "count", 50, None, "兆瓦"), ("约5500万千瓦时", "count", 55000000, None, "千瓦时")],
     None),
    ("本航次共航行一千二百海里，平均航速十四节。",
     [("一千二百海里", "count", 1200, None, "海里"), ("十四节", "count", 14, None, "节")],
     "本航次共航行1200海里，平均航速14节。"),
    ("成人每千克体重每日需饮水约30毫升，婴儿需100至150毫升。",
     [("约30毫升", "count", 30, None, "毫升"), ("100至150毫升", "range", 100, 150, "毫升")],
     None),
    ("马拉松赛道全长四十二点一九五千米，沿途设置十个补给站。",
     [("四十二点一九五千米", "count", 42.195, None, "千米"), ("十个", "count", 10, None, "个")],
     "马拉松赛道全长42.195千米，沿途设置10个补给站。"),
    # fractions and shares
    ("受访企业中，近五分之四表示订单有所增加，约占十分之一的企业表示持平。",
     [("近五分之四", "fraction", 0.8), ("十分之一", "fraction", 0.1)],
     "受访企业中，近4/5表示订单有所增加，约占1/10的企业表示持平。"),
    ("经出席会议的代表过半数同意方可通过，修改章程须经三分之二以上代表同意。",
     [("三分之二以上", "fraction", 2 / 3)],
     "经出席会议的代表过半数同意方可通过，修改章程须经2/3以上代表同意。"),
    ("该病在儿童中的发病率为十万分之三左右。",
     [("十万分之三左右", "fraction", 0.00003)],
     "该病在儿童中的发病率为3/100000左右。"),
    # periods
    ("2025年度全市财政决算报告显示，上半年收入完成全年预算的52%，下半年支出进度加快。",
     [("2025年度", "year", 2025), ("52%", "percent", 52, None, "%")],
     None),
    ("第一季度至第三季度，全省累计完成投资同比增长4.3%。",
     [("第一季度至第三季度", "range", 1, 3, "季度"), ("4.3%", "percent", 4.3, None, "%")],
     None),
    ("“十五五”时期是基本实现社会主义现代化的关键时期，规划期为2026—2030年。",
     [("2026—2030年", "range", 2026, 2030, "年")],
     None),
    ("每年3月至5月为春季植树期，各地每月15日前报送上月进度。",
     [("3月至5月", "range", _pd(3), _pd(5)), ("15日", "date", _pd(None, 15))],
     None),
    ("自2026年3月1日起至2026年12月31日止，开展为期十个月的专项整治。",
     [("2026年3月1日", "date", D(2026, 3, 1)), ("2026年12月31日", "date", D(2026, 12, 31)),
      ("十个月", "duration", 10, None, "个月")],
     "自2026年3月1日起至2026年12月31日止，开展为期10个月的专项整治。"),
    ("社区卫生服务中心每月1日和15日开展义诊活动。",
     [("1日", "date", _pd(None, 1)), ("15日", "date", _pd(None, 15))],
     None),
    ("今年前两个月，全市外贸进出口总额达456.7亿元。",
     [("两个月", "duration", 2, None, "个月"), ("456.7亿元", "money", 45670000000, None, "元")],
     "今年前2个月，全市外贸进出口总额达456.7亿元。"),
    # multiples and changes
    ("全市新能源汽车产量增长1.5倍，出口额增长了三倍。",
     [("1.5倍", "multiple", 1.5, None, "倍"), ("三倍", "multiple", 3, None, "倍")],
     "全市新能源汽车产量增长1.5倍，出口额增长了3倍。"),
    ("全年城镇化率提高两个百分点，城镇调查失业率下降零点三个百分点。",
     [("两个百分点", "percent", 2, None, "百分点"), ("零点三个百分点", "percent", 0.3, None, "百分点")],
     "全年城镇化率提高2个百分点，城镇调查失业率下降0.3个百分点。"),
    ("今年全区专利授权量达到五年前的四倍多，发明专利占比提升至百分之十八。",
     [("五年", "duration", 5, None, "年"), ("四倍多", "multiple", 4, 5, "倍"), ("百分之十八", "percent", 18, None, "%")],
     "今年全区专利授权量达到5年前的4倍多，发明专利占比提升至18%。"),
    ("技术合同成交额比上年增加2.3倍，达到六十八亿元。",
     [("2.3倍", "multiple", 2.3, None, "倍"), ("六十八亿元", "money", 6800000000, None, "元")],
     "技术合同成交额比上年增加2.3倍，达到68亿元。"),
    # approximations with scales, mixed scales
    ("超2000名志愿者参与了服务，累计服务时长逾1.5万小时。",
     [("超2000名", "count", 2000, None, "名"), ("逾1.5万小时", "duration", 15000, None, "小时")],
     None),
    ("全村常住人口八百人上下，外出务工人员近三百人。",
     [("八百人上下", "count", 800, None, "人"), ("近三百人", "count", 300, None, "人")],
     "全村常住人口800人上下，外出务工人员近300人。"),
    ("项目总投资五百余万元，工期一百天左右。",
     [("五百余万元", "money", 5000000, 6000000, "元"), ("一百天左右", "duration", 100, None, "天")],
     "项目总投资五百余万元，工期100天左右。"),
    ("全市共有各类市场主体三点五万户，较上年增加3千余户。",
     [("三点五万户", "count", 35000, None, "户"), ("3千余户", "count", 3000, 4000, "户")],
     "全市共有各类市场主体3.5万户，较上年增加3千余户。"),
    ("省财政安排专项资金3千万元，带动社会投资约2亿5千万元。",
     [("3千万元", "money", 30000000, None, "元"), ("约2亿5千万元", "money", 250000000, None, "元")],
     None),
    ("该项目已建设了一年多，完成投资六千多万元。",
     [("一年多", "duration", 1, 2, "年"), ("六千多万元", "money", 60000000, 70000000, "元")],
     "该项目已建设了1年多，完成投资六千多万元。"),
    # full-width digits
    ("请于２０２６年３月１５日前完成申报，计划招录１２０人。",
     [("２０２６年３月１５日", "date", D(2026, 3, 15)), ("１２０人", "count", 120, None, "人")],
     None),
    ("全市共有中小学３２６所，在校生４２．８万人，较上年增长１２．５％。",
     [("３２６所", "count", 326, None, "所"), ("４２．８万人", "count", 428000, None, "人"),
      ("１２．５％", "percent", 12.5, None, "%")],
     None),
    # dates with 每年, 每月, 至
    ("每年6月1日至9月30日为主汛期，每月最后一个工作日组织一次检查。",
     [("6月1日至9月30日", "range", _pd(6, 1), _pd(9, 30))],
     None),
    ("每月5日至10日为集中受理期，逢节假日顺延。",
     [("5日至10日", "range", _pd(None, 5), _pd(None, 10))],
     None),
    # standards, codes and identifiers
    ("公文格式执行GB/T 9704—2012国家标准，版心尺寸为156mm×225mm。",
     [("156mm", "count", 156, None, "mm"), ("225mm", "count", 225, None, "mm")],
     None),
    ("软件版本号为V2.1.3，自2026年1月起不再支持2.0版。",
     [("2026年1月", "date", _pd(1, None, 2026))],
     None),
    ("咨询电话区号为0851，办公电话86821234，传真同号。",
     [],
     None),
    ("产品执行标准为Q/GZ 001-2025，生产许可证编号SC12352010200456。",
     [],
     None),
    ("依据《建筑设计防火规范》（GB 50016—2014，2018年版）进行审查。",
     [("2018年", "year", 2018)],
     None),
    # hard negatives: set phrases, slogans, idioms and names (or only the plain quantities beside them)
    ("各地要把双一流建设与区域发展统筹谋划，推进教育一体化发展，选派优秀一线教师到乡村学校任教。",
     [],
     None),
    ("今年全国两会期间，代表们围绕百年大计、教育为本建言献策，事关千家万户。",
     [],
     None),
    ("十三五时期全市脱贫攻坚取得决定性成就，各部门要第一时间把惠民政策送到群众手中。",
     [],
     None),
    ("全面落实五险一金，统筹做好一老一小服务，推动一揽子政策落地见效。",
     [],
     None),
    ("坚持全省一盘棋，一张蓝图绘到底，巩固两不愁三保障成果。",
     [],
     None),
    ("三明、四会、五莲、六合、九寨沟等地的代表参加了座谈。",
     [],
     None),
    ("大家来自五湖四海，七嘴八舌出主意，真是一举两得。",
     [],
     None),
    ("四好农村路建设持续推进，千万工程经验在全省推广，百县千镇万村高质量发展工程全面启动。",
     [],
     None),
    ("严格控制三公经费，坚决纠治四风问题，落实一岗双责。",
     [],
     None),
    ("坚持一分为二看问题，对各类市场主体一视同仁。",
     [],
     None),
    ("增强四个意识、坚定四个自信、做到两个维护，全市1.2万名党员参加了集中学习。",
     [("1.2万名", "count", 12000, None, "名")],
     None),
    ("医疗服务价格在基准价基础上上下浮动幅度不超过百分之二十。",
     [("不超过百分之二十", "percent", 20, None, "%")],
     "医疗服务价格在基准价基础上上下浮动幅度不超过20%。"),
]

# the cases that still fail, with why (the unseen run, main ff9b925, failed 6: c01, c03, c06, c27, c28, c37;
# the fixes of session 31 turned c01, c03, c06, c28 and c37)
FAILING: dict[int, str] = {
    27: "mixed scales are rewritten in one digit form (3千万元 -> 3000万元, 2亿5千万元 -> 2.5亿元, a tested "
        "convention, s20); expected them kept as written",
}


@pytest.mark.parametrize(("text", "mentions", "rewrite"), blind_params(CASES, FAILING, "c"))
def test_blind_sentence(text: str, mentions: list[tuple[object, ...]], rewrite: str | None) -> None:
    check_sentence(text, mentions, rewrite)


def test_the_set_has_fifty_sentences() -> None:
    check_set(CASES, 50)


# --- classes fixed (session 31, NB31); each test failed before its fix


def test_loudness_pressure_and_frequency_are_units() -> None:
    """53.6分贝 and 五十五分贝 are loudness (53.6 was a bare decimal: 分贝 is no score's 分), 250千帕 and 30兆帕
    pressure, 2.4吉赫 a frequency; a score (95分) and minutes (30分钟) are as before."""
    assert _got("噪声53.6分贝，不超过五十五分贝，胎压250千帕，强度30兆帕，频率2.4吉赫") == [
        ("53.6分贝", "count", 53.6, 53.6, "分贝"),
        ("不超过五十五分贝", "count", 55, 55, "分贝"), ("250千帕", "count", 250, 250, "千帕"),
        ("30兆帕", "count", 30, 30, "兆帕"), ("2.4吉赫", "count", 2.4, 2.4, "吉赫")]
    assert numbers_to_digits("不超过五十五分贝") == "不超过55分贝"
    assert _got("得了95分，30分钟") == [("95分", "count", 95, 95, "分"), ("30分钟", "duration", 30, 30, "分钟")]


def test_a_count_or_a_section_before_jie_is_no_festival() -> None:
    """十四节 (knots), 每周十二节课 (lessons) and 第十二节 (a law's section) were read as a festival named by
    its month and day (as 五一节 is: nothing found, nothing rewritten); a month of 十 names a holiday only
    with the day 一 (十一节假日), and after 第 no month and day start. 五一节, 十一节假日, 三八国际妇女节 and
    八一建军节 are names as before."""
    assert _got("航速十四节，每周十二节课，第十二节") == [
        ("十四节", "count", 14, 14, "节"), ("十二节", "count", 12, 12, "节"), ("第十二节", "ordinal", 12, 12, "节")]
    assert numbers_to_digits("航速十四节，每周十二节课，第十二节") == "航速14节，每周12节课，第十二节"
    names = "五一节期间，十一节假日，三八国际妇女节，八一建军节"
    assert find_numbers(names) == []
    assert numbers_to_digits(names) == names


def test_a_full_width_comma_between_digits_parts_a_list() -> None:
    """2014，2018年, 12，15人 and 3，4月 are lists (the digits and the comma were one run, unreadable:
    nothing was found); a full-width comma joins digits only before a group of three (人民币3，860，000元).
    An ASCII comma joins them as before (rgba(0,0,0,.5): a code's arguments, no numbers)."""
    assert _got("分别为12，15人，3，4月，人民币3，860，000元") == [
        ("12", "integer", 12, 12, None), ("15人", "count", 15, 15, "人"), ("3", "integer", 3, 3, None),
        ("4月", "date", _pd(4), _pd(4), None), ("人民币3，860，000元", "money", 3860000, 3860000, "元")]
    assert [m.text for m in find_numbers("分别在2014，2018年")] == ["2014", "2018年"]
    assert [m.text for m in find_numbers("rgba(0,0,0,.5)")] == ["5"]


def test_a_standards_year_after_a_long_dash_is_no_number() -> None:
    """GB 50016—2014 and GB/T 9704–2012 (an em or en dash) before a comma or a full stop: the standard's
    year was an integer (the code was checked only after a hyphen, or before a bracket); now no number,
    as with a hyphen, and a year after the code's comma is one (2018年版). Ranges with a long dash are as
    before (2021—2025年, 3—5人)."""
    assert find_numbers("执行GB 50016—2014。GB/T 9704–2012，") == []
    assert [m.text for m in find_numbers("（GB 50016—2014，2018年版）")] == ["2018年"]
    assert _got("2021—2025年，3—5人，") == [("2021—2025年", "range", 2021, 2025, "年"), ("3—5人", "range", 3, 5, "人")]


def test_one_and_more_of_a_unit_of_time_is_a_span() -> None:
    """一年多, 一个多月 and 一个多小时 (more than one) are spans of 1 to 2, rewritten 1年多 as 两年多 is 2年多 and
    一年半 1年半 (nothing was found: a lone 一 before its unit); 一年多次 and 一天多次 count times, 一年多少
    asks how much, and 一年 alone is the article's (nothing, as before)."""
    assert _got("建设了一年多，一个多月后，一个多小时。") == [
        ("一年多", "duration", 1, 2, "年"), ("一个多月", "duration", 1, 2, "个月"), ("一个多小时", "duration", 1, 2, "小时")]
    assert numbers_to_digits("一年多来，一个多月后") == "1年多来，1个多月后"
    kept = "一年多次体检，一天多次，一年多少钱，用时一年"
    assert find_numbers(kept) == []
    assert numbers_to_digits(kept) == kept


def test_a_rate_said_in_words_after_a_physical_unit() -> None:
    """3200立方米每秒 and 120公里每小时 are the rates 立方米/秒 and 公里/小时, as the slash writes them (the
    mention ended before 每); how much each day or time (500米每天, 30毫升每次), a count of people (3人每小时)
    and 每 before a verb (100米每秒跑) are no rates."""
    assert _got("流量3200立方米每秒，限速120公里每小时") == [
        ("3200立方米每秒", "count", 3200, 3200, "立方米/秒"), ("120公里每小时", "count", 120, 120, "公里/小时")]
    assert [(m.text, m.unit) for m in find_numbers("500米每天，30毫升每次，3人每小时，100米每秒跑")] == [
        ("500米", "米"), ("30毫升", "毫升"), ("3人", "人"), ("100米", "米")]


def test_school_mathematics_terms_are_words() -> None:
    """(found probing school texts around the set) 一元二次方程 (one unknown, second degree) and 二次函数 (a
    quadratic function) name an equation's or a function's kind: 一元 was money and 二次 a count of times;
    二元一次方程组 was a word already. Money and times beside them are read as before (每件一元，二次销售)."""
    text = "解一元二次方程和一元一次不等式，画出二次函数的图象，化简二次根式，二元一次方程组"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    assert [m.text for m in find_numbers("每件一元，二次销售")] == ["一元", "二次"]


def test_sayings_with_numerals_keep_their_writing() -> None:
    """(found probing idioms around the set) sayings that speeches and school texts quote were half
    rewritten (3人行必有我师, 1元复始, 十里8乡, 一个好汉3个帮, 九曲18弯, 70古稀): now words of
    numbers_nonquantity.txt; the plain counts beside them (三人行动小组, 新建三个篱笆) are rewritten as before."""
    text = "一元复始，万象更新；三人行，必有我师；一个篱笆三个桩，一个好汉三个帮；十里八乡；九曲十八弯；人生七十古来稀"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("三人行动小组，新建三个篱笆") == "3人行动小组，新建3个篱笆"


def test_the_985_and_211_programmes_are_names() -> None:
    """(found probing school texts around the set) 985工程, 211工程 and 985高校 name programmes of higher
    education (985 and 211 were integers); 共985人 counts as before."""
    assert find_numbers("入选985工程和211工程，招收985高校和211院校毕业生") == []
    assert [m.text for m in find_numbers("共985人")] == ["985人"]


def test_formulas_named_by_a_verb_keep_their_numerals() -> None:
    """(found probing slogans around the set) 两个率先, 六个下功夫 and 三个全覆盖 are formulas named by what
    they enjoin, as 六个更加 is (they were rewritten 2个率先, 6个下功夫, 3个全覆盖); 三个着力点 and 两个先行区
    count points and zones and are rewritten as before."""
    text = "实现两个率先，做到六个下功夫，实现三个全覆盖"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("三个着力点，建设两个先行区") == "3个着力点，建设2个先行区"


def test_a_doubling_with_a_qualifier_before_its_count() -> None:
    """(found probing bulletins' multiples around the set) 翻了近两番 (nearly quadrupled) and 翻了将近一番 are
    doublings with 近 before the count (nothing was found), qualifier 近 and 将近, kept as written as
    翻两番 is; 翻一番 and 翻两番以上 are as before."""
    got = [(m.text, m.kind, m.low, m.unit, m.qualifier) for m in find_numbers("翻了近两番，翻了将近一番，翻一番，翻两番以上")]
    assert got == [("翻了近两番", "multiple", 4, "倍", "近"), ("翻了将近一番", "multiple", 2, "倍", "将近"),
                   ("翻一番", "multiple", 2, "倍", None), ("翻两番以上", "multiple", 4, "倍", "以上")]
    assert numbers_to_digits("翻了近两番") == "翻了近两番"


def test_an_aircrafts_or_a_missiles_number_after_its_hyphen_is_a_name() -> None:
    """(found probing names and codes around the set) 歼-20, 运-20 and 东风-41 name an aircraft or a missile
    by its class and number (-20 was a negative integer): model heads written with their hyphen, as
    昇腾384 is a model's number; a temperature (气温-5℃), a fall to a negative rate (降至-3.2%) and 运3次
    are read as before."""
    assert find_numbers("歼-20和运-20战机，东风-41导弹，直-20直升机") == []
    assert _got("气温-5℃，降至-3.2%，运3次") == [
        ("-5℃", "count", -5, -5, "℃"), ("-3.2%", "percent", -3.2, -3.2, "%"), ("3次", "count", 3, 3, "次")]


@pytest.mark.parametrize("piece", ["立方米每秒", "米每小", "一年多", "一个多月", "十四节", "2014，", "—2014，", "分贝", "翻了近"])
def test_the_classes_read_in_linear_time(piece: str) -> None:
    """The session's rules on adversarial repetitions of their triggers: linear (spoken rates, 一 and 多,
    节 after a numeral, the full-width comma, the long dash before a code's year, 分贝)."""
    n = 4000 // len(piece)
    assert_linear(find_numbers, piece * n, piece * (4 * n), label=piece)
    assert_linear(numbers_to_digits, piece * n, piece * (4 * n), label=piece)
