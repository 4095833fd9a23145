"""Session 35's blind set for the numbers reader (NB35): fifty sentences of our own, written before
reading ``govtext.numbers`` (only the guide, the public docstrings and the s19-s34 sets), each with the
mentions (text, kind, low, high, unit) and the rewrite of ``numbers_to_digits`` expected.
It stresses what s19-s34 covered less: approximations (三五天, 七八名, 十几个, 二三十人, 一两年, 近千名, 数十所,
约两个月, 三十个左右, 一千余户, 五百多元), decades and centuries (八十年代末, 二十一世纪二十年代, 九十年代末), year
ranges and periods (2021—2035年 in a title, 上半年, 前三季度, 1—10月, 第一季度, 2024年至2026年, 一至三季度), lunar
and week dates (正月十五, 腊月二十三, 农历八月十五, 星期一, 每周三下午, 周五上午九点), sessions and batches
(第十四届全国人民代表大会第二次会议, 十届全国人大五次会议, 首批, 第三批), multiples (翻一番, 增长两倍,
一倍以上五倍以下, 一点五倍, 翻了两番), scores and temperatures (520分, 9.5分, 十分制, 零下五摄氏度, 3℃左右, 四十度,
超过35℃), areas (三千亩, 五平方公里, 两公顷), addresses, phones, codes and versions that are no amounts
(人民路88号, 3号楼2单元, 0571-88886666, 邮编310000, 5G, V2.0, 国发〔2024〕5号), and hard negatives in names and set
phrases (一国两制, 八项规定, 四风, 三孩政策, 三甲医院, 一把手, 一刀切, 一站式, 一窗受理, 八达岭, 十三陵, 三星堆,
六盘水, 七台河, 十堰, 千岛湖, 五粮液, 二手房, 三好学生, 一村一品, 九年一贯制).

Choices the conventions leave open, made here: 三五天 and 七八名 (two neighbouring digits) are intervals, 3 to
5 and 7 to 8, kept as written as 两三天 is; 二三十人 is 20 to 30 and 一两年 1 to 2, kept; 上百家 is no number, as
上千名 and 上万人 are by a tested convention (s21); a decade (八十年代, 二十年代) is no mention but rewritten 80年代 as
s23 and s32 have it, also after 二十一世纪 (21世纪20年代); 第十四届 is an ordinal of unit 届 and 第二次 before 会议
an ordinal, both kept as written (a session's name), while 第三批 (a batch, no session) is rewritten 第3批 as
第2剂 and 第1包 are; 十分制 names a scoring system as 五年制 names a school system (no mention); 四十度 after 气温
counts 度; 前十个月 is a span rewritten 前10个月 as 前三个季度 is rewritten; a weekday (星期一, 周三, 周五) is no
mention; 五百多元 keeps its writing as 两千多名 does (s34).

Blind figure (main 8b943a8, untouched): 49 of 50 sentences fully right (mentions and rewrite); 90 of 91
expected mentions right (一千余户 read 1000 to 2000, where 1000 to 1100 was expected), no mention found that is
none, no rewrite breaks a name or a phrase (all the hard negatives right).
After session 35's fixes: the same (49 of 50, 90 of 91; the one miss is a tested convention, kept as a strict
xfail). The set found little, so the session probed its domains with sentences of its own and fixed the classes
they showed, each tested below: two months in a row as one numeral (七八月份, 九十月份: counts of 月, and 90月份),
ranges of scores (60分至80分, 八十分到九十分: no range, 八十五分至九十分 rewritten half) and 60分为及格, 九十五点五分 (a
bare decimal), 零上五摄氏度 (零上 left out of a range), 大年初一 (nothing), 12315投诉 (an integer), 第七十二集团军
(rewritten 第72集团军), and Chinese digits read out one by one: 电话：八六一二三四五六 (an integer), 七〇二所,
八三四一部队 and 五六七年级 (counts and spans, rewritten 702所), 二〇二一二〇二五年 (a span of 20212025 years).
Left as the code does: 七匹狼 and 三只松鼠 outside a company's words (counts of animals: brands are names only
before 股份, 集团 …), 十天八天 (a saying, rewritten 10天8天), 一二百万 without a unit (nothing, as pairs without a
unit are), 三十八度五 (38 度, the 五 left), 翻了一番多 (2, no 多), 这七八月来 (the months July and August).
"""

from __future__ import annotations

import datetime as dt

import pytest

from blind import ANY, check_sentence, check_set
from blind import pd as _pd
from govtext.numbers import find_numbers, numbers_to_digits
from linear_common import assert_linear

from strategies import blind_params

D, T = dt.date, dt.time

# (sentence, expected mentions as (text, kind, low[, high[, unit]]), expected rewrite; None: unchanged)
CASES: list[tuple[str, list[tuple[object, ...]], str | None]] = [
    # approximations
    ("以前办一个证要跑三五天，现在实行一窗受理，当天即可办结。",
     [("三五天", "duration", 3, 5, "天")],
     None),
    ("每个社区安排七八名志愿者值守，高峰时段增至十几个人。",
     [("七八名", "count", 7, 8, "名"), ("十几个", "count", 10, 20, "个")],
     None),
    ("每个村组建二三十人的应急小分队，力争用一两年时间实现全覆盖。",
     [("二三十人", "count", 20, 30, "人"), ("一两年", "duration", 1, 2, "年")],
     None),
    ("全县上百家企业参与结对帮扶，近千名党员干部下沉到村。",
     [("近千名", "count", 1000, None, "名")],
     None),
    ("数十所高校的学生报名参加，活动历时约两个月，覆盖学生三万余人。",
     [("数十所", "count", 10, 100, "所"), ("约两个月", "duration", 2, None, ANY),
      ("三万余人", "count", 30000, 40000, "人")],
     "数十所高校的学生报名参加，活动历时约2个月，覆盖学生三万余人。"),
    ("本次招聘岗位三十个左右，面试成绩八十分以上的考生进入考察环节。",
     [("三十个左右", "count", 30, None, "个"), ("八十分以上", "count", 80, None, "分")],
     "本次招聘岗位30个左右，面试成绩80分以上的考生进入考察环节。"),
    ("改造后的老旧小区有一千余户居民受益，平均每户节省开支五百多元。",
     [("一千余户", "count", 1000, 1100, "户"), ("五百多元", "money", 500, 600, "元")],
     None),
    # decades and centuries
    ("上世纪八十年代末，这所学校只有三间土坯教室。",
     [("三间", "count", 3, None, "间")],
     "上世纪80年代末，这所学校只有3间土坯教室。"),
    ("进入二十一世纪二十年代，全市新建改扩建中小学四十六所。",
     [("二十一世纪", "ordinal", 21, None, "世纪"), ("四十六所", "count", 46, None, "所")],
     "进入21世纪20年代，全市新建改扩建中小学46所。"),
    ("九十年代末建成的住宅小区，将在两年内完成管网改造。",
     [("两年", "duration", 2, None, "年")],
     "90年代末建成的住宅小区，将在2年内完成管网改造。"),
    # year ranges and periods
    ("《全民科学素质行动规划纲要（2021—2035年）》提出，到2025年具备科学素质的公民比例超过15%。",
     [("2021—2035年", "range", 2021, 2035), ("2025年", "year", 2025), ("超过15%", "percent", 15, None, "%")],
     None),
    ("上半年全市固定资产投资同比增长6.8%，前三季度增速回落至5.1%。",
     [("6.8%", "percent", 6.8, None, "%"), ("三季度", "duration", 3), ("5.1%", "percent", 5.1, None, "%")],
     None),
    ("1—10月，全省规模以上工业增加值增长4.5%，其中第一季度增长5.2%。",
     [("1—10月", "range", _pd(1), _pd(10)), ("4.5%", "percent", 4.5, None, "%"), ("第一季度", "ordinal", 1),
      ("5.2%", "percent", 5.2, None, "%")],
     None),
    ("2024年至2026年，市财政每年安排专项资金三千万元。",
     [("2024年至2026年", "range", 2024, 2026), ("三千万元", "money", 30000000, None, "元")],
     "2024年至2026年，市财政每年安排专项资金3000万元。"),
    ("二〇二五年一至三季度，全区新增市场主体一万二千户。",
     [("二〇二五年", "year", 2025), ("一至三季度", "range", 1, 3), ("一万二千户", "count", 12000, None, "户")],
     "2025年一至三季度，全区新增市场主体12000户。"),
    # lunar and week dates
    ("正月十五元宵节当晚，广场将举办灯会，活动持续至晚上十点。",
     [("正月十五", "date", _pd(1, 15)), ("十点", "time", T(22, 0))],
     None),
    ("腊月二十三过小年，社区为独居老人送去饺子二百多份。",
     [("腊月二十三", "date", _pd(12, 23)), ("二百多份", "count", 200, 300, "份")],
     None),
    ("今年农历八月十五是10月6日，星期一，中秋节与国庆节相连。",
     [("八月十五", "date", _pd(8, 15)), ("10月6日", "date", _pd(10, 6))],
     None),
    ("每周三下午为集中学习时间，周五上午九点召开例会。",
     [("九点", "time", T(9, 0))],
     None),
    ("请于星期三前将材料报送区教育局，逾期视为放弃。",
     [],
     None),
    # sessions and batches
    ("第十四届全国人民代表大会第二次会议于3月5日在北京开幕。",
     [("第十四届", "ordinal", 14, None, "届"), ("第二次", "ordinal", 2, None, ANY), ("3月5日", "date", _pd(3, 5))],
     None),
    ("我市三所学校入选首批省级示范校，另有两所入选第三批名单。",
     [("三所", "count", 3, None, "所"), ("两所", "count", 2, None, "所"), ("第三批", "ordinal", 3, None, "批")],
     "我市3所学校入选首批省级示范校，另有2所入选第3批名单。"),
    ("十届全国人大五次会议审议通过了物权法。",
     [],
     None),
    ("本届运动会共有来自二十八个代表队的一千六百余名运动员参赛。",
     [("二十八个", "count", 28, None, "个"), ("一千六百余名", "count", 1600, 1700, "名")],
     "本届运动会共有来自28个代表队的一千六百余名运动员参赛。"),
    # multiples
    ("到2030年，全市科技型企业数量力争翻一番，研发投入增长两倍。",
     [("2030年", "year", 2030), ("翻一番", "multiple", 2, None, "倍"), ("两倍", "multiple", 2, None, "倍")],
     "到2030年，全市科技型企业数量力争翻一番，研发投入增长2倍。"),
    ("对情节严重的，处违法所得一倍以上五倍以下罚款。",
     [("一倍以上", "multiple", 1, None, "倍"), ("五倍以下", "multiple", 5, None, "倍")],
     None),
    ("该县粮食产量是十年前的一点五倍，农民收入翻了两番。",
     [("十年", "duration", 10, None, "年"), ("一点五倍", "multiple", 1.5, None, "倍"),
      ("翻了两番", "multiple", 4, None, "倍")],
     "该县粮食产量是10年前的1.5倍，农民收入翻了两番。"),
    # scores and temperatures
    ("今年本科批次录取控制分数线为文科520分、理科485分，满分750分。",
     [("520分", "count", 520, None, "分"), ("485分", "count", 485, None, "分"), ("750分", "count", 750, None, "分")],
     None),
    ("比赛实行十分制，选手最后得分为9.5分，位居全省第二。",
     [("9.5分", "count", 9.5, None, "分"), ("第二", "ordinal", 2)],
     "比赛实行十分制，选手最后得分为9.5分，位居全省第2。"),
    ("受寒潮影响，明天早晨最低气温将降至零下五摄氏度，午后回升到3℃左右。",
     [("零下五摄氏度", "count", -5, None, "摄氏度"), ("3℃左右", "count", 3, None, "℃")],
     "受寒潮影响，明天早晨最低气温将降至零下5摄氏度，午后回升到3℃左右。"),
    ("今年7月全市平均气温28.6℃，最高气温达四十度，连续十二天超过35℃。",
     [("7月", "date", _pd(7)), ("28.6℃", "count", 28.6, None, "℃"), ("四十度", "count", 40, None, "度"),
      ("十二天", "duration", 12, None, "天"), ("超过35℃", "count", 35, None, "℃")],
     "今年7月全市平均气温28.6℃，最高气温达40度，连续12天超过35℃。"),
    # areas
    ("项目流转土地三千亩，建成五平方公里的现代农业园区。",
     [("三千亩", "count", 3000, None, "亩"), ("五平方公里", "count", 5, None, "平方公里")],
     "项目流转土地3000亩，建成5平方公里的现代农业园区。"),
    ("全镇新增造林两公顷，修复湿地一点二万平方米。",
     [("两公顷", "count", 2, None, "公顷"), ("一点二万平方米", "count", 12000, None, "平方米")],
     "全镇新增造林2公顷，修复湿地1.2万平方米。"),
    # addresses, phones, codes and versions that are no amounts
    ("办理地点：人民路88号市民中心3号楼2单元，咨询电话0571-88886666。",
     [],
     None),
    ("来信请寄市教育局办公室，邮编310000，信封注明“招生咨询”。",
     [],
     None),
    ("全市已建成5G基站1.2万个，政务服务平台升级至V2.0版本。",
     [("1.2万个", "count", 12000, None, "个")],
     None),
    ("根据国发〔2024〕5号文件精神，我省制定了十条具体措施。",
     [("十条", "count", 10, None, "条")],
     "根据国发〔2024〕5号文件精神，我省制定了10条具体措施。"),
    ("学校地址为文化路128号，校园占地面积260亩，现有教职工312人。",
     [("260亩", "count", 260, None, "亩"), ("312人", "count", 312, None, "人")],
     None),
    # hard negatives: names and set phrases with numerals
    ("坚持一国两制方针，严格落实中央八项规定精神，持续纠治四风问题。",
     [],
     None),
    ("全面实施三孩政策，县里的三甲医院开设了孕产妇绿色通道。",
     [],
     None),
    ("各级党政一把手要带头，坚决防止一刀切，推行一站式服务和一窗受理。",
     [],
     None),
    ("暑期游客在八达岭、十三陵等景区游览，三星堆博物馆日均接待游客两万余人次。",
     [("两万余人次", "count", 20000, 30000, "人次")],
     None),
    ("六盘水市与七台河市签订合作协议，共建三个产业园区。",
     [("三个", "count", 3, None, "个")],
     "六盘水市与七台河市签订合作协议，共建3个产业园区。"),
    ("十堰市借鉴千岛湖经验保护丹江口水库，出库水质稳定保持在Ⅱ类。",
     [("Ⅱ类", "ordinal", 2, None, ANY)],
     None),
    ("五粮液、泸州老窖等企业参展，现场签约金额达十二亿元。",
     [("十二亿元", "money", 1200000000, None, "元")],
     "五粮液、泸州老窖等企业参展，现场签约金额达12亿元。"),
    ("今年前十个月，全市二手房成交四万六千套，同比增长百分之八。",
     [("十个月", "duration", 10, None, ANY), ("四万六千套", "count", 46000, None, "套"),
      ("百分之八", "percent", 8, None, "%")],
     "今年前10个月，全市二手房成交46000套，同比增长8%。"),
    ("学校评选出三好学生一百二十名、优秀学生干部四十名。",
     [("一百二十名", "count", 120, None, "名"), ("四十名", "count", 40, None, "名")],
     "学校评选出三好学生120名、优秀学生干部40名。"),
    ("推动一村一品发展，打造十个特色产业村，带动就业一千二百人。",
     [("十个", "count", 10, None, "个"), ("一千二百人", "count", 1200, None, "人")],
     "推动一村一品发展，打造10个特色产业村，带动就业1200人。"),
    ("该校是九年一贯制学校，设有二十四个教学班，学生一千零八十人。",
     [("二十四个", "count", 24, None, "个"), ("一千零八十人", "count", 1080, None, "人")],
     "该校是九年一贯制学校，设有24个教学班，学生1080人。"),
    ("全省三级医院达到一百零二家，其中三甲医院六十五家。",
     [("三级", "ordinal", 3, None, "级"), ("一百零二家", "count", 102, None, "家"), ("六十五家", "count", 65, None, "家")],
     "全省三级医院达到102家，其中三甲医院65家。"),
]

# the cases that fail, with why (the unseen run, main 8b943a8, failed 1: c06)
FAILING: dict[int, str] = {
    6: "余 after a numeral spans one unit of its last digit's place (一千余户 is 1000 to 2000, as 千余家 and "
       "六百余名, 600 to 700, are: a tested convention); expected 1000 to 1100",
}


@pytest.mark.parametrize(("text", "mentions", "rewrite"), blind_params(CASES, FAILING, "c"))
def test_blind_sentence(text: str, mentions: list[tuple[object, ...]], rewrite: str | None) -> None:
    check_sentence(text, mentions, rewrite)


def test_the_set_has_fifty_sentences() -> None:
    check_set(CASES, 50)


# --- classes fixed (session 35, NB35); each test failed before its fix


def test_two_months_in_a_row_written_as_one_numeral() -> None:
    """七八月份, 三四月间, 十一二月 and 九十月份 name two months of the calendar in a row, the range of them as
    一、二月份 is (they were counts of 月, and 九十月 the count 90, rewritten 90月份), kept as written (no digit
    form: 78月 is no month); 七八个月 stays a span, 三五月 and 两三月 (no two months in a row) as before."""
    got = [(m.text, m.kind, m.low, m.high, m.unit) for m in find_numbers("七八月份是主汛期，三四月间植树，十一二月，九十月份")]
    assert got == [("七八月", "range", _pd(7), _pd(8), None), ("三四月", "range", _pd(3), _pd(4), None),
                   ("十一二月", "range", _pd(11), _pd(12), None), ("九十月", "range", _pd(9), _pd(10), None)]
    assert numbers_to_digits("七八月份，九十月份") == "七八月份，九十月份"
    assert [(m.text, m.kind) for m in find_numbers("工期七八个月，三五月")] == [("七八个月", "duration"), ("三五月", "count")]


def test_liang_second_in_a_pair_before_yue_names_no_month() -> None:
    """一两月 (one or two months: 两 names no month, second as first) is a count of 月 as 两三月 is, not
    January to February (the review of session 35); 一二月份 stays the two months."""
    assert [(m.text, m.kind, m.low, m.high) for m in find_numbers("一两月内完成，两三月")] == [
        ("一两月", "count", 1, 2), ("两三月", "count", 2, 3)]
    assert [(m.text, m.kind) for m in find_numbers("一二月份")] == [("一二月", "range")]


def test_a_range_of_scores_joined_by_zhi_or_dao() -> None:
    """60分至80分, 八十分到九十分 and 八十五分至九十分之间 are ranges of scores in 分, as 60分-80分 is (分 before 至
    or 到 was no unit: 60 and 八十 were bare numbers, and 八十五分至九十分 was rewritten half, 85分至九十分);
    分到 a share (每户分到三亩) and 30分钟至1小时 are as before."""
    got = [(m.text, m.kind, m.low, m.high, m.unit) for m in find_numbers("得分60分至80分为合格，八十分到九十分为良好")]
    assert got == [("60分至80分", "range", 60, 80, "分"), ("八十分到九十分", "range", 80, 90, "分")]
    assert numbers_to_digits("得分在八十五分至九十分之间") == "得分在85分至90分之间"
    assert [(m.text, m.unit) for m in find_numbers("每户分到三亩，用时30分钟至1小时")] == [
        ("三亩", "亩"), ("30分钟", "分钟"), ("1小时", "小时")]


def test_a_score_before_wei() -> None:
    """(found with the ranges of scores) 60分为及格 and 七十至八十四分为合格 give the score its 分 (为: is; 分为 was
    read as the verb, divide into: a bare 60, a range of no unit); 将100分为两部分 divides as before."""
    got = [(m.text, m.unit) for m in find_numbers("60分为及格，七十至八十四分为合格，将100分为两部分")]
    assert got == [("60分", "分"), ("七十至八十四分", "分"), ("100", None), ("两部分", "部分")]


def test_a_code_read_out_in_chinese_digits() -> None:
    """(found probing phones and codes around the set) 电话：八六一二三四五六, 邮编三一〇〇一二 and 学号二〇二一〇一〇一
    (five Chinese digits or more, no scale, no unit) are read-outs of a code, as long Arabic digit strings are
    (they were integers, rewritten 86123456); 二〇二一年, 一九九八 and 三万一千二百 read as before."""
    text = "电话：八六一二三四五六，邮编三一〇〇一二，学号二〇二一〇一〇一"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    got = [(m.text, m.low) for m in find_numbers("二〇二一年，一九九八，三万一千二百")]
    assert got == [("二〇二一年", 2021), ("一九九八", 1998), ("三万一千二百", 31200)]


def test_a_score_in_chinese_numerals_with_a_decimal() -> None:
    """(found probing scores around the set) 九十五点五分 and 八十七点五分 (a decimal beyond a clock's hours before
    分) are scores in 分, as 95.5分 is (they were bare decimals); 八点五分 and 一点五分 may be a clock's
    minutes (8:05) and stay bare decimals, as the guide has it."""
    got = [(m.text, m.kind, m.low, m.unit) for m in find_numbers("得分九十五点五分，平均分八十七点五分，八点五分，一点五分")]
    assert got == [("九十五点五分", "count", 95.5, "分"), ("八十七点五分", "count", 87.5, "分"),
                   ("八点五", "decimal", 8.5, None), ("一点五", "decimal", 1.5, None)]
    assert numbers_to_digits("得分九十五点五分") == "得分95.5分"


def test_two_years_glued_in_chinese_digits() -> None:
    """(found probing year ranges around the set) 二〇二一二〇二五年 is two years glued where a crawl lost the
    dash, as 20212025年 is (it was a span of 20212025 years, rewritten 20212025年); 二〇二一年 reads as
    before (and 二〇二五二〇二一年, no two years in order, is a read-out before its word: see below)."""
    assert find_numbers("规划期二〇二一二〇二五年，一九九八一九九九年") == []
    assert numbers_to_digits("二〇二一二〇二五年") == "二〇二一二〇二五年"
    assert [(m.text, m.kind) for m in find_numbers("二〇二一年，二〇二五二〇二一年")] == [("二〇二一年", "year")]


def test_above_zero_before_a_temperature() -> None:
    """(found probing temperatures around the set) 零上五摄氏度 (above zero) is part of the mention as 零下 is, its
    value kept (零下十摄氏度至零上五摄氏度 is the range -10 to 5; 零上 was left out, and the range was two
    mentions); 二零二零上半年 holds no 零上."""
    got = [(m.text, m.kind, m.low, m.high) for m in find_numbers("气温零上五摄氏度，零下十摄氏度至零上五摄氏度")]
    assert got == [("零上五摄氏度", "count", 5, 5), ("零下十摄氏度至零上五摄氏度", "range", -10, 5)]
    assert numbers_to_digits("零下十摄氏度至零上五摄氏度") == "零下10摄氏度至零上5摄氏度"
    assert [m.text for m in find_numbers("二零二零上三个台阶")] == ["二零二零", "三个"]


def test_the_first_days_of_the_lunar_year() -> None:
    """(found probing lunar dates around the set) 大年初一 and 大年初一至初六 name the first days of the lunar
    year, as 正月初一 and 正月初一至初六 do (they were nothing), kept as written; 大年三十 (the year's last day,
    the 29th or the 30th) stays a saying, and 初一年级 a grade."""
    got = [(m.text, m.kind, m.low, m.high) for m in find_numbers("大年初一，大年初一至初六放假，大年三十，初一年级")]
    assert got == [("大年初一", "date", _pd(1, 1), _pd(1, 1)), ("大年初一至初六", "range", _pd(1, 1), _pd(1, 6))]
    assert numbers_to_digits("大年初一至初六放假") == "大年初一至初六放假"


def test_a_hotline_before_a_complaint() -> None:
    """(found probing phones and codes around the set) 12315投诉 and 向12315投诉举报 name a hotline by the complaint
    it takes, as 12339举报 does (12315 was an integer); 受理投诉12315件 counts as before."""
    assert find_numbers("拨打热线或通过12315投诉，消费者可向12315投诉举报") == []
    assert [(m.text, m.unit) for m in find_numbers("受理投诉12315件")] == [("12315件", "件")]


def test_ji_starting_a_word_is_no_episode() -> None:
    """(found probing designations around the set) 第七十二集团军 and 三集中 hold the words 集团 and 集中, no
    episode (第七十二集 was an ordinal of 集, rewritten 第72集团军); 第五集 and 三十集电视剧 count episodes as
    before."""
    assert find_numbers("第七十二集团军，两大集团，三集中") == []
    assert numbers_to_digits("第七十二集团军") == "第七十二集团军"
    assert [(m.text, m.unit) for m in find_numbers("第五集，三十集电视剧")] == [("第五集", "集"), ("三十集", "集")]


def test_a_name_read_out_in_chinese_digits_before_its_word() -> None:
    """(found probing designations around the set) 七〇二所, 八三四一部队 and 五六七年级 are names or lists read out
    digit by digit (a quantity is written 七百零二; three digits or more, no scale, and no year), no counts of
    702 institutes or spans of 567 years (they were, rewritten 702所 and 8341部队), kept as written; 一九九八年,
    二〇二六级, 三五个 and 七百零二所 read as before."""
    text = "船舶七〇二所，八三四一部队，五六七年级"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    got = [(m.text, m.kind) for m in find_numbers("一九九八年，二〇二六级新生，三五个，七百零二所")]
    assert got == [("一九九八年", "year"), ("二〇二六级", "year"), ("三五个", "count"), ("七百零二所", "count")]


def test_one_digit_then_zeros_read_out_counts() -> None:
    """(review) 一〇〇, 五〇〇, 二〇〇〇: one digit then only zeros is a number written digit by digit, no name
    (they gave no mention); 七〇二所 and 八三四一部队 stay names."""
    got = [(m.text, m.low) for m in find_numbers("建党一〇〇周年，一〇〇名学生参加，共五〇〇人，二〇〇〇多人")]
    assert got == [("一〇〇周年", 100), ("一〇〇名", 100), ("五〇〇人", 500), ("二〇〇〇多人", 2000)]
    assert numbers_to_digits("共五〇〇人，七〇二所") == "共500人，七〇二所"


def test_after_di_only_jituan_blocks_an_episode() -> None:
    """(review) 在第三集中: after 第, 集中 is in the third episode (it gave no mention); 第七十二集团军 stays a
    group army, and 三集中 without 第 the word 集中."""
    assert [(m.text, m.kind, m.low) for m in find_numbers("在第三集中，主人公")] == [("第三集", "ordinal", 3)]
    assert numbers_to_digits("在第三集中，第七十二集团军") == "在第3集中，第七十二集团军"


@pytest.mark.parametrize("piece", ["七八月份", "九十月", "八十分至九十分", "60分至", "分至八十", "60分为", "九十五点五分",
                                   "零上五度", "零上", "大年初一至初六", "大年初", "12315投诉", "第七十二集团", "七〇二所",
                                   "八六一二三四五六，", "二〇二一二〇二五年"])
def test_the_classes_read_in_linear_time(piece: str) -> None:
    """The session's rules on adversarial repetitions of their triggers: linear."""
    n = 4000 // len(piece)
    assert_linear(find_numbers, piece * n, piece * (4 * n), label=piece)
    assert_linear(numbers_to_digits, piece * n, piece * (4 * n), label=piece)


def test_sayings_of_a_few_days_stay_as_written() -> None:
    """十天八天 and 三天五天 are sayings of "a few days", as 十天半个月 is: no count, no rewrite (they were
    rewritten 10天8天 and 3天5天); a count of days beside another stays one."""
    for text in ("等了十天八天才办好", "三天五天就能办完"):
        assert numbers_to_digits(text) == text and find_numbers(text) == []
    assert numbers_to_digits("工期十天，八天完成主体") == "工期10天，8天完成主体"
