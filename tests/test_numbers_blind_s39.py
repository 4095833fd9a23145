"""Session 39's blind set for the numbers reader (NB39): fifty sentences of our own, written before
reading ``govtext.numbers`` (only the guide, the public docstrings and the s19-s38 sets), each with the
mentions (text, kind, low, high, unit) and the rewrite of ``numbers_to_digits`` expected.
It stresses what s19-s38 covered less: dates in their many forms (2026年3月上旬, 三月中下旬, 一季度 and 上半年,
2025—2026学年第二学期, 每月15日前, 正月十五, 2026年12月1日起施行, 次年3月底, a dotted 2026.3.5, a year by two digits
24年, a range of months with its year), changes (3.2个百分点, 零点三个百分点, 下降两成, 提高一倍, 翻一番, 增长百分之五),
approximate numbers (近百人, 数十个, 上千名, 三四十岁, 十几个, 20余家, 约1.5万人, 逾万人次, 二百四十余家, 五万多人), money
ranges and amounts after a rate's base (每人每月850元, 2000—3000元/月, 每平方米5800元, 人均可支配收入4.2万元, 三千元至五千元,
五千元以上二万元以下), legal references (《…法》第十二条, 第三条第二款第（一）项, 国发〔2026〕3号), identifiers (12345, a
telephone number, a postcode, V2.0, 3号楼502室, 8号窗口, 二楼), scores and votes (3比1, 45票, 三十八票), temperatures below
zero (零下5℃, -3～2℃, 零下十度以下), and hard negatives in set phrases and names (一带一路, 两学一做, 三严三实, 四个意识,
五位一体, 六稳六保, 七一讲话, 八项规定, 九三学社, 百强县, 十佳, 千村示范, 万人计划, 一把手, 一刀切, 一站式, 二手房, 三甲医院,
四合院, 五四青年节, 六一儿童节, 三八红旗手, 双减, 双循环).

Choices the conventions leave open, made here: a date written with dots, 2026.3.5, is the full date (a date in digits,
as 2026-03-05 is); a year named by two Arabic digits before a verb (自24年投入运营以来) is a year kept unread, no mention
(as 九八年 is none: no span of 24 years); a range of months after one year (2026年1月至10月) gives both ends that year; a
vote's count is a count of 票 whether in digits or words (以45票赞成, 以三十八票赞成), rewritten 38票; 二楼 (a floor) and 8号窗口
are names of places, no mention; 上千名 is no number (s21's convention for 上千/上万, followed here); 两成 is a count of
tenths, 2 成 (the tested convention); 七一讲话 is a speech named by its day (七一, no mention), as 七一前夕 is; 十佳 and
百强县 are names of a list by its size, no mention; a qualifier before a lone 万 (逾万人次) is found and kept as written as
逾千万人次 is.

Blind figure (a0a193f, untouched): 47 of 50 sentences fully right (mentions and rewrite); 63 of 65 expected
mentions right; three mentions found that are none (24年 a span of 24 years; the 3 and the 2℃ of -3～2℃ after a Han
character, read as a bare integer and a count, the range and its sign lost); no rewrite that breaks a name (all the
set phrases, names, identifiers and legal references right). The misses: 自24年 (a year by two digits read as a span),
较去年提高一倍 (一倍 after 提高 not found: 增长了一倍 is) and 地区-3～2℃ (a range below zero right after a Han character).
After session 39's fixes: 50 of 50 sentences, 65 of 65 expected mentions, no false mention, no name broken. The three
misses were classes, each tested below: a school grade's look-alike inside a word (提高一倍, 提高三个百分点, 扩大三倍,
最初三个月: 高一, 高三, 大三, 初三 read as grades blocked the count), a minus sign after a word's character that may also
be a unit's (地区-3～2℃, 北部-5℃, 全区-3.5%), and a year in two Arabic digits (自24年起, 24年3月, 25年底: spans of years).
Probing the set's domains found more, each tested below: 24时, the day's end (截至12月31日24时: a bare 24), a room's
number without 室 after its building (2号楼305, 3楼302, A座1208: bare integers), counts a week after a weekday's
look-alike (每周三天, 每周四课时, 每周五个工作日: none), and, from the equivalence run, 五天半工作制 (5 天, its half lost).
Left as the code does: 上千名 and 上百家 none (s21's convention, followed by the set), 增长近一成 none (a lone 一 after a
qualifier, s36), 2026.3 a decimal (a year and a month, or a number: the text does not say), 翻了一番多 a doubling with
its 多 left out, 2单元502 (a stairway's unit without its building: bare integers 2 and 502), 每周二次 found but kept
as written (a lone 二 before 次, as 二次创业).
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

# (sentence, expected mentions as (text, kind, low[, high[, unit]]), expected rewrite; None: unchanged)
CASES: list[tuple[str, list[tuple[object, ...]], str | None]] = [
    # dates
    ("2026年3月上旬，省教育厅将组织专家对各地义务教育优质均衡创建工作进行评估。",
     [("2026年3月", "date", _pd(3, None, 2026))],
     None),
    ("今年三月中下旬，全县将分批开展春季森林防火专项检查。",
     [("三月", "date", _pd(3))],
     "今年3月中下旬，全县将分批开展春季森林防火专项检查。"),
    ("今年一季度和上半年，全区固定资产投资分别增长百分之六和百分之五点五。",
     [("一季度", "ordinal", 1), ("百分之六", "percent", 6, None, "%"), ("百分之五点五", "percent", 5.5, None, "%")],
     "今年一季度和上半年，全区固定资产投资分别增长6%和5.5%。"),
    ("2025—2026学年第二学期，全市中小学将统一使用新版课程表。",
     [("2025—2026学年", "range", 2025, 2026, "学年"), ("第二学期", "ordinal", 2)],
     None),
    ("各学校须于每月15日前将上月学生资助发放情况报送区教育局。",
     [("15日", "date", _pd(day=15))],
     None),
    ("农历正月十五元宵节当晚，市区广场将举办灯谜竞猜活动。",
     [("正月十五", "date", _pd(1, 15))],
     None),
    ("本办法自2026年12月1日起施行，原办法同时废止。",
     [("2026年12月1日", "date", D(2026, 12, 1))],
     None),
    ("项目于今年九月开工建设，预计次年3月底前完成主体工程。",
     [("九月", "date", _pd(9)), ("3月", "date", _pd(3))],
     "项目于今年9月开工建设，预计次年3月底前完成主体工程。"),
    ("通知落款日期为2026.3.5，印发范围为各县（市、区）教育局。",
     [("2026.3.5", "date", D(2026, 3, 5))],
     None),
    ("该园区自24年投入运营以来，累计引进企业三十二家。",
     [("三十二家", "count", 32, None, "家")],
     "该园区自24年投入运营以来，累计引进企业32家。"),
    ("二〇二六年秋季学期开学时间定为八月三十一日，寒假自次年一月二十四日起。",
     [("二〇二六年", "year", 2026), ("八月三十一日", "date", _pd(8, 31)), ("一月二十四日", "date", _pd(1, 24))],
     "2026年秋季学期开学时间定为8月31日，寒假自次年1月24日起。"),
    # changes: points, tenths, multiples, percents
    ("全市城镇调查失业率为百分之五点一，同比下降零点三个百分点；城镇化率同比提高3.2个百分点。",
     [("百分之五点一", "percent", 5.1, None, "%"), ("零点三个百分点", "percent", 0.3, None, "百分点"),
      ("3.2个百分点", "percent", 3.2, None, "百分点")],
     "全市城镇调查失业率为5.1%，同比下降0.3个百分点；城镇化率同比提高3.2个百分点。"),
    ("受市场需求回落影响，全县外贸订单下降两成，部分企业产值较去年提高一倍。",
     [("两成", "count", 2, None, "成"), ("一倍", "multiple", 1, None, "倍")],
     "受市场需求回落影响，全县外贸订单下降2成，部分企业产值较去年提高一倍。"),
    ("力争到2030年，全市数字经济核心产业增加值比2025年翻一番。",
     [("2030年", "year", 2030), ("2025年", "year", 2025), ("翻一番", "multiple", 2, None, "倍")],
     None),
    ("今年全省一般公共预算收入增长百分之五，税收收入占比达到百分之七十八。",
     [("百分之五", "percent", 5, None, "%"), ("百分之七十八", "percent", 78, None, "%")],
     "今年全省一般公共预算收入增长5%，税收收入占比达到78%。"),
    # approximate numbers
    ("近百人参加了本次志愿者培训，数十个社区组织派员观摩。",
     [("近百人", "count", 100, None, "人"), ("数十个", "count", 10, 100, "个")],
     None),
    ("上千名市民冒雨参加了健步走活动，其中三四十岁的中青年占多数。",
     [("三四十岁", "count", 30, 40, "岁")],
     None),
    ("每个网格配备十几个信息员，全区共有20余家物业企业参与联防联控。",
     [("十几个", "count", 10, 20, "个"), ("20余家", "count", 20, 30, "家")],
     None),
    ("国庆假期期间，景区日均接待游客约1.5万人，高峰时段客流逾万人次。",
     [("约1.5万人", "count", 15000, None, "人"), ("逾万人次", "count", 10000, None, "人次")],
     None),
    ("全县现有规模以上工业企业二百四十余家，吸纳就业五万多人。",
     [("二百四十余家", "count", 240, 250, "家"), ("五万多人", "count", 50000, 60000, "人")],
     None),
    # money: amounts after a rate's base, ranges, bounds
    ("城乡低保标准提高到每人每月850元，特困人员救助供养标准为每人每月一千一百元。",
     [("850元", "money", 850, None, "元"), ("一千一百元", "money", 1100, None, "元")],
     "城乡低保标准提高到每人每月850元，特困人员救助供养标准为每人每月1100元。"),
    ("招聘岗位薪资为2000—3000元/月，另按规定缴纳社会保险。",
     [("2000—3000元/月", "range", 2000, 3000, "元/月")],
     None),
    ("该楼盘备案均价为每平方米5800元，较去年同期下降百分之三。",
     [("5800元", "money", 5800, None, "元"), ("百分之三", "percent", 3, None, "%")],
     "该楼盘备案均价为每平方米5800元，较去年同期下降3%。"),
    ("2025年全县居民人均可支配收入4.2万元，其中农村居民人均可支配收入两万六千元。",
     [("2025年", "year", 2025), ("4.2万元", "money", 42000, None, "元"), ("两万六千元", "money", 26000, None, "元")],
     "2025年全县居民人均可支配收入4.2万元，其中农村居民人均可支配收入26000元。"),
    ("奖补资金按每户三千元至五千元的标准发放，总额不超过二百万元。",
     [("三千元至五千元", "range", 3000, 5000, "元"), ("不超过二百万元", "money", 2000000, None, "元")],
     "奖补资金按每户3000元至5000元的标准发放，总额不超过200万元。"),
    # legal references
    ("依据《中华人民共和国义务教育法》第十二条的规定，适龄儿童应就近入学。",
     [("第十二条", "ordinal", 12, None, "条")],
     None),
    ("符合本条例第三条第二款第（一）项规定情形的，可以申请减免。",
     [("第三条", "ordinal", 3, None, "条"), ("第二款", "ordinal", 2, None, "款"), ("第（一）项", "ordinal", 1, None, "项")],
     None),
    ("现将《国务院关于进一步优化营商环境的意见》（国发〔2026〕3号）转发给你们，请认真贯彻落实。",
     [],
     None),
    ("违反本办法第二十一条规定的，处五千元以上二万元以下罚款。",
     [("第二十一条", "ordinal", 21, None, "条"), ("五千元以上", "money", 5000, None, "元"),
      ("二万元以下", "money", 20000, None, "元")],
     "违反本办法第二十一条规定的，处5000元以上2万元以下罚款。"),
    # identifiers
    ("市民可拨打12345政务服务热线或0571-88865432咨询，来信请寄至邮编310000。",
     [],
     None),
    ("系统升级至V2.0版本后，办事群众可在3号楼502室现场办理。",
     [],
     None),
    ("请携带身份证原件及复印件，到行政服务中心二楼8号窗口办理。",
     [],
     None),
    # scores and votes
    ("市一中足球队在决赛中以3比1战胜对手，获得全市校园足球联赛冠军。",
     [],
     None),
    ("会议以45票赞成、2票反对、1票弃权表决通过了该决定。",
     [("45票", "count", 45, None, "票"), ("2票", "count", 2, None, "票"), ("1票", "count", 1, None, "票")],
     None),
    ("村民代表大会以三十八票赞成通过了集体经济收益分配方案。",
     [("三十八票", "count", 38, None, "票")],
     "村民代表大会以38票赞成通过了集体经济收益分配方案。"),
    # temperatures below zero
    ("受寒潮影响，明天最低气温零下5℃，山区部分地区-3～2℃，请注意防寒保暖。",
     [("零下5℃", "count", -5, None, "℃"), ("-3～2℃", "range", -3, 2, "℃")],
     None),
    ("预计今晚到明天，北部山区气温将降至零下十度以下。",
     [("零下十度以下", "count", -10, None, "度")],
     "预计今晚到明天，北部山区气温将降至零下10度以下。"),
    # hard negatives: set phrases and names
    ("要深入推进一带一路建设，巩固两学一做和三严三实专题教育成果。",
     [],
     None),
    ("全体党员要增强四个意识，统筹推进五位一体总体布局。",
     [],
     None),
    ("各地要扎实做好六稳六保工作，认真学习七一讲话精神。",
     [],
     None),
    ("严格落实中央八项规定精神，九三学社市委会派员参加了座谈。",
     [],
     None),
    ("我县入选全国百强县，三名教师获评全市十佳班主任。",
     [("三名", "count", 3, None, "名")],
     "我县入选全国百强县，3名教师获评全市十佳班主任。"),
    ("省里启动千村示范万村整治工程，并实施高层次人才万人计划。",
     [],
     None),
    ("部门一把手要带头抓落实，坚决防止一刀切，推行一站式服务。",
     [],
     None),
    ("本市二手房成交量回升，三甲医院周边房源尤为紧俏。",
     [],
     None),
    ("老城区保留着一批明清四合院，将打造为特色文化街区。",
     [],
     None),
    ("学校在五四青年节组织入团仪式，在六一儿童节举办文艺汇演。",
     [],
     None),
    ("她曾被授予全国三八红旗手称号，长期扎根乡村教育一线。",
     [],
     None),
    ("全面落实双减政策，主动融入双循环新发展格局。",
     [],
     None),
    # mixed
    ("2026年1月至10月，全市共办理不动产登记业务12.6万件，同比增长百分之八点三，平均办理时间压缩至三个工作日。",
     [("2026年1月至10月", "range", _pd(1, None, 2026), _pd(10, None, 2026)), ("12.6万件", "count", 126000, None, "件"),
      ("百分之八点三", "percent", 8.3, None, "%"), ("三个工作日", "duration", 3, None, "工作日")],
     "2026年1月至10月，全市共办理不动产登记业务12.6万件，同比增长8.3%，平均办理时间压缩至3个工作日。"),
]

# the cases that fail, with why (the blind run, a0a193f untouched, failed 3: c09, c12, c35; session 39's fixes turned
# all three)
FAILING: dict[int, str] = {}


@pytest.mark.parametrize(("text", "mentions", "rewrite"), blind_params(CASES, FAILING, "c"))
def test_blind_sentence(text: str, mentions: list[tuple[object, ...]], rewrite: str | None) -> None:
    check_sentence(text, mentions, rewrite)


def test_the_set_has_fifty_sentences() -> None:
    check_set(CASES, 50)


# --- classes fixed (session 39, NB39); each test failed before its fix


def test_a_grade_look_alike_whose_first_character_ends_a_word() -> None:
    """提高三个百分点, 扩大一倍, 提高三成, 扩大三倍, 最初三个月 and 年初三个月: 高三, 大一 and 初三 there are no school grades
    (提高, 扩大, 最初, 年初 are words: the bundled character pairs say so), the numeral counts (they were none, the
    grade words blocking them); 高三学生, 升入高三, 大一新生 and 初三年级 stay grades, 大年初三 a lunar day."""
    text = "提高三个百分点，扩大一倍，提高三成，扩大三倍，最初三个月，年初三个月"
    got = [(m.text, m.kind, float(m.low), m.unit) for m in find_numbers(text)]
    assert got == [("三个百分点", "percent", 3, "百分点"), ("一倍", "multiple", 1, "倍"), ("三成", "count", 3, "成"),
                   ("三倍", "multiple", 3, "倍"), ("三个月", "duration", 3, "个月"), ("三个月", "duration", 3, "个月")]
    assert numbers_to_digits("产值提高三个百分点，较去年扩大一倍") == "产值提高3个百分点，较去年扩大一倍"
    assert find_numbers("高三学生，升入高三，大一新生，初三年级") == []
    assert [m.text for m in find_numbers("大年初三")] == ["大年初三"]


def test_a_minus_sign_after_a_word_that_counts_nothing() -> None:
    """部分地区-3～2℃, 北部-5℃ and 全区-3.5%: the dash after a word's character that may also be a unit's (区, 部) is a
    minus sign where no number stands before that word (they were 3 and 2℃, the range and the sign lost, and 5℃);
    三公里-五公里, 三万元-五万元 and 两个-三个 stay ranges (a unit after a number: the dash a range's)."""
    got = [(m.text, m.kind, float(m.low), float(m.high)) for m in find_numbers("部分地区-3～2℃，北部-5℃，全区-3.5%")]
    assert got == [("-3～2℃", "range", -3, 2), ("-5℃", "count", -5, -5), ("-3.5%", "percent", -3.5, -3.5)]
    got = [(m.text, m.kind, float(m.low), float(m.high)) for m in find_numbers("三公里-五公里，三万元-五万元，两个-三个")]
    assert got == [("三公里-五公里", "range", 3, 5), ("三万元-五万元", "range", 30000, 50000), ("两个-三个", "range", 2, 3)]
    assert [(m.text, m.low) for m in find_numbers("见附件-2，片区-1")] == [("2", 2), ("1", 1)]  # (labels' numbers, as before)


def test_a_year_named_by_its_last_two_arabic_digits() -> None:
    """自24年投入运营以来, 从98年起, 于98年建成, 24年3月, 25年底 and 23年上半年: N年 of two Arabic digits at a point in time
    or before a part of its year names a year, as 九八年 does (no mention: the century is not said; they were spans of
    24 and 98 years); 经过24年, 24年来, 自24年前, 少于24年, 24年3个月 and 服刑24年 stay spans."""
    assert find_numbers("自24年投入运营以来，从98年起，于98年建成，25年底，23年上半年") == []
    assert [(m.text, m.kind) for m in find_numbers("24年3月")] == [("3月", "date")]
    text = "经过24年，24年来，自24年前，少于24年，24年3个月，服刑24年"
    assert [m.kind for m in find_numbers(text)] == ["duration"] * 6


def test_the_hour_of_the_days_end() -> None:
    """(found probing dates around the set) 截至12月31日24时, 当日24时前 and 12月31日二十四时: 24时 is the day's end, no
    clock time (as 24:00 is none) and no bare 24 (it was the integer 24); 二十四时 is still rewritten 24时; 24小时 stays
    a span, 21时起 a time and 24时期 reads as before."""
    got = [(m.text, m.kind) for m in find_numbers("截至12月31日24时，当日24时前，每日0时至24时，24小时，21时起")]
    assert got == [("12月31日", "date"), ("0时", "time"), ("24小时", "duration"), ("21时", "time")]
    assert numbers_to_digits("十二月三十一日二十四时") == "12月31日24时"


def test_a_room_number_without_shi_after_its_building() -> None:
    """(found probing identifiers around the set) 2号楼305, 3楼302, A座1208, 3栋1203, 3栋2单元501 and 4楼403会议室: a
    room's number after its building's or floor's part is an address, no bare integers (they were 305, 3 and 302,
    1208 …), as 2号楼1205室 is; 新建3栋1200平方米 and 5号楼共有305户 still count."""
    text = "大院2号楼305，地址：3楼302，教学楼A座1208。3栋1203，3栋2单元501，综合楼4楼403会议室"
    assert find_numbers(text) == []
    got = [(m.text, m.kind) for m in find_numbers("新建3栋1200平方米，5号楼共有305户")]
    assert got == [("3栋", "count"), ("1200平方米", "count"), ("305户", "count")]


def test_so_many_a_week_after_a_weekday_look_alike() -> None:
    """(found probing the grade look-alikes' kin) 每周三天, 一周三天, 每周四课时, 每周六小时 and 每周五个工作日 count days,
    lessons and hours a week, as 每周三次 does (周三, 周四 … read as weekdays blocked them: none); 每周三下午, 每周三晚,
    每周五天气 and 本周三天 keep the weekday."""
    got = [(m.text, float(m.low), m.unit) for m in find_numbers("每周三天，一周三天，每周四课时，每周六小时，每周五个工作日")]
    assert got == [("三天", 3, "天"), ("三天", 3, "天"), ("四课时", 4, "课时"), ("六小时", 6, "小时"),
                   ("五个工作日", 5, "工作日")]
    assert numbers_to_digits("学生每周三天到校") == "学生每周3天到校"
    assert find_numbers("每周三下午，每周三晚，每周五天气，本周三天") == []


def test_a_working_week_of_days_and_a_half() -> None:
    """(found in the equivalence run: 每周五天半工作制, whose 周五 no longer hides 五天) 五天半工作制 and 5天半工作制 name a
    working-time system, as 五天工作制 does (they were 5 天, the half left out, rewritten 5天半工作制); 每周工作五天半 is
    5.5 days."""
    assert find_numbers("实行五天半工作制，5天半工作制，每周五天半工作制") == []
    assert numbers_to_digits("实行五天半工作制") == "实行五天半工作制"
    assert [(m.text, float(m.low)) for m in find_numbers("每周工作五天半，")] == [("五天半", 5.5)]


# --- review findings on the session's rules (FXN39); each test failed before its fix


def test_a_building_count_before_a_range_keeps_the_range() -> None:
    """新建6栋200-300平方米, 12栋120至150户, 3楼300-500平方米, 3号楼2023至2025年 and B座2024—2025年度: a connector after
    the digits is a room's end only before another room's bare digits; here a unit or 年 follows, so the range counts
    (it was wiped: 300平方米, 150户, 2025年 alone); 2号楼305-306 and 3楼302至305 are two rooms, no mention."""
    got = [(m.text, m.kind, float(m.low), float(m.high)) for m in find_numbers("新建6栋200-300平方米，改造老旧楼房12栋120至150户")]
    assert got == [("6栋", "count", 6, 6), ("200-300平方米", "range", 200, 300), ("12栋", "count", 12, 12),
                   ("120至150户", "range", 120, 150)]
    got = [(m.text, float(m.low), float(m.high)) for m in find_numbers("租用3楼300-500平方米，3号楼2023至2025年改造，B座2024—2025年度")]
    assert got[-3:] == [("300-500平方米", 300, 500), ("2023至2025年", 2023, 2025), ("2024—2025年度", 2024, 2025)]
    assert find_numbers("2号楼305-306，3楼302至305，A座1201和1202") == []


def test_a_label_number_after_a_dash_stays_unsigned() -> None:
    """详见附件-2所列清单, 附件-2为申报表, 片区-1地块, 条款-2规定, C区-12栋, 园区-1期 and 附件-2至5: a dash after a word's
    character before a number with no unit that may be negative is a label's dash (they were -2, -1, -12栋, -1期, -2至5);
    北部-5度, 南部-2～3摄氏度 and 利润-500万元 stay signed."""
    got = [float(m.low) for m in find_numbers("详见附件-2所列清单，附件-2为申报表，片区-1地块，条款-2规定，C区-12栋，园区-1期")]
    assert got == [2, 2, 1, 2, 12, 1]
    assert [(m.text, float(m.low)) for m in find_numbers("附件-2至5")] == [("2至5", 2)]
    got = [(m.text, float(m.low)) for m in find_numbers("北部-5度，南部-2～3摄氏度，利润-500万元")]
    assert got == [("-5度", -5), ("-2～3摄氏度", -2), ("-500万元", -5000000)]


def test_a_range_of_years_by_two_digits_is_read_whole() -> None:
    """从24年到26年, 自24年至26年 and 从98年到2000年: the second end of a range whose first is a year by two digits is a
    year too (it was 26年 alone, a span of 26 years); no span is left."""
    assert find_numbers("从24年到26年，自24年至26年") == []
    assert [(m.text, m.kind) for m in find_numbers("从98年到2000年")] == [("2000年", "year")]


def test_a_span_of_years_is_no_year_by_two_digits() -> None:
    """对于24年教龄以上的教师, 扎根乡村24年初心不改, 连续15年春季 and 连续12年冬季: spans of years (于 of 对于 and a span's
    word before, 初心 after name no year; they were no mention); 该校于98年建成 and 成立于98年 stay years."""
    text = "对于24年教龄以上的教师，扎根乡村24年初心不改，连续15年春季开展植树活动，连续12年冬季送温暖"
    assert [(m.text, m.kind) for m in find_numbers(text)] == [("24年", "duration"), ("24年", "duration"), ("15年", "duration"),
                                                               ("12年", "duration")]
    assert find_numbers("该校于98年建成，成立于98年") == []


def test_the_days_end_only_after_a_date_or_before_a_deadline() -> None:
    """接报后24时内上报 and 全天24时在线: spans of 24 hours, the integer 24 as before (they were no mention); 截至十二月三十一日
    二十四时 and 当日二十四时前 are rewritten 24时 (they were left 二十四时), no mention."""
    assert [(m.text, float(m.low)) for m in find_numbers("接报后24时内上报，全天24时在线")] == [("24", 24), ("24", 24)]
    assert numbers_to_digits("截至十二月三十一日二十四时") == "截至12月31日24时"
    assert numbers_to_digits("当日二十四时前") == "当日24时前"
    assert find_numbers("当日二十四时前") == []


def test_a_weekday_before_a_word_or_a_part_of_the_day() -> None:
    """每周五天然气, 每周二天台, 每周三天下午 and 每周三天晚上: 天 starts a word or names the weekday's daytime, no count of
    days (they were 五天, 二天, 三天, rewritten 每周5天然气); 每周三天上课 still counts."""
    assert find_numbers("每周五天然气，每周二天台，每周三天下午，每周三天晚上") == []
    assert numbers_to_digits("每周五天然气") == "每周五天然气"
    assert [m.text for m in find_numbers("每周三天上课")] == ["三天"]


@pytest.mark.parametrize("piece", ["提高三", "扩大一倍", "高三", "区-3", "部分地区-", "-3～", "自24年", "24年底",
                                   "于24年", "24年3", "24时", "3楼302", "楼302",
                                   "2号楼305，", "每周三天", "周三", "2号楼305-", "305-306，", "区-2至", "从24年到",
                                   "连续15年春", "日24时", "每周五天然"])
def test_the_classes_read_in_linear_time(piece: str) -> None:
    """The session's rules on adversarial repetitions of their triggers: linear."""
    n = 4000 // len(piece)
    assert_linear(find_numbers, piece * n, piece * (4 * n), label=piece)
    assert_linear(numbers_to_digits, piece * n, piece * (4 * n), label=piece)
