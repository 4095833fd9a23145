"""Session 34's blind set for the numbers reader (NB34): fifty sentences of our own, written before
reading ``govtext.numbers`` (only the guide, the public docstrings and the s19-s33 sets), each with the
mentions (text, kind, low, high, unit) and the rewrite of ``numbers_to_digits`` expected.
It stresses what s19-s33 covered less: fiscal and statistical prose (百分之五点二, 零点六个百分点, 五个百分点,
亿元以上, 万余人, 千余家, 数以万计, 两年平均, 超4200亿元, 三十余万户, 每百户), fractions and ratios (三分之二以上,
不少于五分之一, 五分之四, 千分之三以内, 万分之五以下, 1:2, 2.5:1, 百分之百), ordinals and ranks (第三季度, 排名全省
第二, 前三名, 倒数第一, 第一完成人, 一等奖 and 二等奖), school and education (初三, 高二, 一年级, 九年级, 大一新生,
211 and 985 高校, 双一流, 3+1+2, 高二（3）班, 五年一贯制, 三甲医院, 一级建造师), legal citations
(第二十三条第一款第（三）项, 前款, 本条第二款, 二年以下, 六十日内, 六个月内), clock times (晚八点, 凌晨两点半,
九时至十一时三十分, 每天8:00-17:30), durations (三个工作日, 一个半月, 两年零三个月, 七十二小时, 两周, 连休八天),
money (人民币伍拾万元整 and 壹拾贰万叁仟肆佰元整 in capital numerals, 1.2万元/人, 每人每月三百元), ages and counts
(年满十八周岁, 六十周岁以上, 一家三代人, 两千多名), a lunar day named without 日 (二月二), and hard negatives in
names and set phrases (三农, 四个意识, 两个维护, 五位一体, 一网通办, 最多跑一次, 十四五规划, 三峡, 九寨沟, 七一勋章,
五四青年节, 五四红旗团支部, 十一黄金周, 双十一, 三八红旗手, 一二·九运动, 百强县, 千人计划, 十佳校长, 四史, 两新一重,
三大攻坚战, 一刻钟便民生活圈, 四下基层).

Choices the conventions leave open, made here: 亿元以上 (a lone scale with its unit and a bound after it:
projects of a hundred million yuan and more) is money, 10^8 元, kept as written as 千余家 is; a rank after
排名 or 倒数 written 第N without a unit (排名全省第二, 倒数第一) is an ordinal, rewritten 第2 as 第2位 is written;
前三名 (the top three) counts 名 and is rewritten 前3名 (no law's structure: 前两款 keeps its writing); 万分之
is a percent with unit ‱ as 千分之 is one with ‰; 百分之百 is 100%; 一家三代人 counts generations (三代, rewritten
3代人); 二月二 (a lunar day named by month and day, as 八月十五) is one date kept as written; 五年一贯制 names a
school system as 九年一贯制 does (no span); 三甲医院 (a hospital's class), 一级建造师 (a qualification) and
十佳 (a title) are names; two clock times joined by 至 or a dash are two times (a tested convention).

Blind figure (main 2827648, untouched): 44 of 50 sentences fully right (mentions and rewrite); 73 of 77
expected mentions right (4 not found: 亿元以上, 第二 of 排名全省第二, 第一 of 倒数第一, 三代 of 一家三代人), 2 mentions
found that are none (985 of 985、211院校, 五年 of 五年一贯制); no rewrite breaks a name or a phrase (all the hard
negatives right).
After session 34's fixes (the classes tested below): 50 of 50 sentences, 77 of 77 mentions, no mention found
that is none, no rewrite that breaks a name or a phrase. Probing the set's domains found more classes, each
tested below: 985和211高校 (a list sharing a protected name's head), 三分之一强, 第二分编 (a code's
subdivision), 十天半个月 (a saying, rewritten 10天半个月), 十二时整 (the integer 12, rewritten 12时整), 四张清单一张网
(half rewritten), 百万分之五 (nothing), 师生比不低于1:12 (a clock time), 二本线 and 本科二批次 (counts) and 五天工作制
(rewritten 5天工作制). Left as the code does: 双一流、985 (985 after the list, no head after it: an integer),
二十四时整 (no clock time 24:00: the integer 24, rewritten 24时整), 名列前三 and 全省前三 (a top N without a unit:
nothing), 特等奖一项、一等奖三项 (the lone 一项 kept, 三项 rewritten: the lone 一 convention), 三一五晚会 (a read-out,
rewritten 315晚会, as the day is often written).
"""

from __future__ import annotations

import datetime as dt

import pytest

from blind import ANY, check_sentence, check_set, mentions
from blind import pd as _pd
from govtext.numbers import find_numbers, numbers_to_digits, parse_number
from linear_common import assert_linear

from strategies import blind_params

D, T = dt.date, dt.time

# (sentence, expected mentions as (text, kind, low[, high[, unit]]), expected rewrite; None: unchanged)
CASES: list[tuple[str, list[tuple[object, ...]], str | None]] = [
    # fiscal and statistical prose
    ("全年地区生产总值同比增长百分之五点二，增速比上年加快零点六个百分点。",
     [("百分之五点二", "percent", 5.2, None, "%"), ("零点六个百分点", "percent", 0.6, None, "百分点")],
     "全年地区生产总值同比增长5.2%，增速比上年加快0.6个百分点。"),
    ("城镇调查失业率下降零点三个百分点，居民消费价格涨幅比上年回落五个百分点。",
     [("零点三个百分点", "percent", 0.3, None, "百分点"), ("五个百分点", "percent", 5, None, "百分点")],
     "城镇调查失业率下降0.3个百分点，居民消费价格涨幅比上年回落5个百分点。"),
    ("全市共有10个项目投资在亿元以上，带动就业万余人。",
     [("10个", "count", 10, None, "个"), ("亿元以上", "money", 100000000, None, "元"),
      ("万余人", "count", 10000, 20000, "人")],
     None),
    ("全省规上工业企业新增千余家，数以万计的中小企业享受减税降费政策。",
     [("千余家", "count", 1000, 2000, "家")],
     None),
    ("一季度全市实现社会消费品零售总额856.3亿元，同比增长7.4%，两年平均增长4.1%。",
     [("一季度", "ordinal", 1), ("856.3亿元", "money", 85630000000, None, "元"), ("7.4%", "percent", 7.4, None, "%"),
      ("两年", "duration", 2, None, "年"), ("4.1%", "percent", 4.1, None, "%")],
     "一季度全市实现社会消费品零售总额856.3亿元，同比增长7.4%，2年平均增长4.1%。"),
    ("人均地区生产总值突破1.3万美元，城乡居民收入比由2.5:1缩小到2.3:1。",
     [("突破1.3万美元", "money", 13000, None, "美元")],
     None),
    ("全县每百户农村居民拥有家用汽车42辆，比上年增加3.5辆。",
     [("42辆", "count", 42, None, "辆"), ("3.5辆", "count", 3.5, None, "辆")],
     None),
    ("全年新增减税降费及退税缓费超4200亿元，惠及市场主体三十余万户。",
     [("超4200亿元", "money", 420000000000, None, "元"), ("三十余万户", "count", 300000, 400000, "户")],
     None),
    # fractions and ratios
    ("修改章程须经全体会员三分之二以上通过，女性委员不少于五分之一。",
     [("三分之二以上", "fraction", 2 / 3), ("不少于五分之一", "fraction", 0.2)],
     "修改章程须经全体会员2/3以上通过，女性委员不少于1/5。"),
    ("按照1:2的比例配套资金，事故发生率控制在千分之三以内，严重差错率控制在万分之五以下。",
     [("千分之三以内", "percent", 3, None, "‰"), ("万分之五以下", "percent", 5, None, "‱")],
     "按照1:2的比例配套资金，事故发生率控制在3‰以内，严重差错率控制在5‱以下。"),
    ("全校生师比为17.5:1，适龄儿童入学率达到百分之百。",
     [("百分之百", "percent", 100, None, "%")],
     "全校生师比为17.5:1，适龄儿童入学率达到100%。"),
    ("全省高考报名人数达到六十八点五万人，其中普通类考生占五分之四。",
     [("六十八点五万人", "count", 685000, None, "人"), ("五分之四", "fraction", 0.8)],
     "全省高考报名人数达到68.5万人，其中普通类考生占4/5。"),
    # ordinals and ranks
    ("第三季度全市外贸进出口额排名全省第二，前三名城市合计占比超过60%。",
     [("第三季度", "ordinal", 3), ("第二", "ordinal", 2), ("三名", "count", 3, None, "名"),
      ("超过60%", "percent", 60, None, "%")],
     "第三季度全市外贸进出口额排名全省第2，前3名城市合计占比超过60%。"),
    ("在年度考核中排名倒数第一的单位，主要负责人要作出书面检讨。",
     [("第一", "ordinal", 1)],
     "在年度考核中排名倒数第1的单位，主要负责人要作出书面检讨。"),
    ("该成果获得一等奖3项、二等奖5项，其中第一完成人为我校教师。",
     [("3项", "count", 3, None, "项"), ("5项", "count", 5, None, "项")],
     None),
    # school and education
    ("初三和高二学生分别于下周参加模拟考试，一年级新生九月一日报到。",
     [("九月一日", "date", _pd(9, 1))],
     "初三和高二学生分别于下周参加模拟考试，一年级新生9月1日报到。"),
    ("学校九年级共有十二个教学班，大一新生军训为期两周。",
     [("十二个", "count", 12, None, "个"), ("两周", "duration", 2, None, "周")],
     "学校九年级共有12个教学班，大一新生军训为期2周。"),
    ("该省现有211高校和985高校各两所，另有五所高校入选双一流建设名单。",
     [("两所", "count", 2, None, "所"), ("五所", "count", 5, None, "所")],
     "该省现有211高校和985高校各2所，另有5所高校入选双一流建设名单。"),
    ("毕业生中到985、211院校继续深造的有126人。",
     [("126人", "count", 126, None, "人")],
     None),
    ("新高考实行3+1+2模式，外语每年提供两次考试机会。",
     [("两次", "count", 2, None, "次")],
     "新高考实行3+1+2模式，外语每年提供2次考试机会。"),
    ("市第一中学高二（3）班的同学获评五四红旗团支部。",
     [],
     None),
    ("该市共有三甲医院十一家，一级建造师注册人数达2300余人。",
     [("十一家", "count", 11, None, "家"), ("2300余人", "count", 2300, 2400, "人")],
     "该市共有三甲医院11家，一级建造师注册人数达2300余人。"),
    ("学院开设五年一贯制高职班，实行小班化教学。",
     [],
     None),
    # legal citations
    ("违反本法第二十三条第一款第（三）项规定的，责令限期改正。",
     [("第二十三条", "ordinal", 23, None, "条"), ("第一款", "ordinal", 1, None, "款"), ("第（三）项", "ordinal", 3, None, "项")],
     None),
    ("有前款规定情形之一的，依照本条第二款的规定处理。",
     [("第二款", "ordinal", 2, None, "款")],
     None),
    ("犯本罪的，处二年以下有期徒刑或者拘役，并处或者单处罚金。",
     [("二年以下", "duration", 2, None, "年")],
     "犯本罪的，处2年以下有期徒刑或者拘役，并处或者单处罚金。"),
    ("当事人对处罚决定不服的，可以自收到决定书之日起六十日内申请复议，或者在六个月内直接提起诉讼。",
     [("六十日", "duration", 60, None, "日"), ("六个月", "duration", 6, None, ANY)],
     "当事人对处罚决定不服的，可以自收到决定书之日起60日内申请复议，或者在6个月内直接提起诉讼。"),
    # clock times
    ("夜市营业时间延长至晚八点，周末可到凌晨两点半。",
     [("八点", "time", T(20, 0)), ("两点半", "time", T(2, 30))],
     None),
    ("考试时间为上午九时至十一时三十分，考生须提前三十分钟入场。",
     [("九时", "time", T(9, 0)), ("十一时三十分", "time", T(11, 30)), ("三十分钟", "duration", 30, None, "分钟")],
     "考试时间为上午九时至十一时三十分，考生须提前30分钟入场。"),
    ("政务大厅每天8:00-17:30对外办公，中午不休息。",
     [("8:00", "time", T(8, 0)), ("17:30", "time", T(17, 30))],
     None),
    # durations
    ("申请材料齐全的，审批部门应在三个工作日内办结，整改期限一般为一个半月。",
     [("三个工作日", "duration", 3, None, "工作日"), ("一个半月", "duration", 1.5, None, ANY)],
     "申请材料齐全的，审批部门应在3个工作日内办结，整改期限一般为1个半月。"),
    ("该工程建设工期为两年零三个月，其间停水时间不超过七十二小时。",
     [("两年零三个月", "duration", 27, None, ANY), ("不超过七十二小时", "duration", 72, None, "小时")],
     "该工程建设工期为2年零3个月，其间停水时间不超过72小时。"),
    ("国庆节和中秋节连休八天，十一假期全市接待游客123.5万人次。",
     [("八天", "duration", 8, None, "天"), ("123.5万人次", "count", 1235000, None, "人次")],
     "国庆节和中秋节连休8天，十一假期全市接待游客123.5万人次。"),
    # money
    ("经公开招标，确定中标价为人民币伍拾万元整，履约保证金为合同金额的百分之十。",
     [("人民币伍拾万元整", "money", 500000, None, "元"), ("百分之十", "percent", 10, None, "%")],
     "经公开招标，确定中标价为人民币50万元整，履约保证金为合同金额的10%。"),
    ("项目对参训学员给予1.2万元/人的补贴，另按每人每月三百元发放交通补助。",
     [("1.2万元/人", "money", 12000, None, ANY), ("三百元", "money", 300, None, "元")],
     "项目对参训学员给予1.2万元/人的补贴，另按每人每月300元发放交通补助。"),
    ("合同金额大写：壹拾贰万叁仟肆佰元整，小写：¥123,400.00。",
     [("壹拾贰万叁仟肆佰元整", "money", 123400, None, "元"), ("¥123,400.00", "money", 123400, None, "元")],
     "合同金额大写：123400元整，小写：¥123,400.00。"),
    # ages and counts
    ("凡年满十八周岁的本市户籍居民均可报名，六十周岁以上老年人免费乘车。",
     [("十八周岁", "count", 18, None, "周岁"), ("六十周岁以上", "count", 60, None, "周岁")],
     "凡年满18周岁的本市户籍居民均可报名，60周岁以上老年人免费乘车。"),
    ("他们一家三代人扎根山区办学，先后培养学生两千多名。",
     [("三代", "count", 3, None, ANY), ("两千多名", "count", 2000, 3000, "名")],
     "他们一家3代人扎根山区办学，先后培养学生两千多名。"),
    # a lunar day named without 日
    ("农历二月二龙抬头，村里举办传统庙会。",
     [("二月二", "date", _pd(2, 2))],
     None),
    # hard negatives: names and set phrases with numerals
    ("坚持把解决好三农问题作为重中之重，增强四个意识，做到两个维护。",
     [],
     None),
    ("统筹推进五位一体总体布局，深化一网通办和最多跑一次改革。",
     [],
     None),
    ("全面完成十四五规划目标任务，三峡库区生态保护取得新成效。",
     [],
     None),
    ("九寨沟景区在十一黄金周期间接待游客8.6万人次。",
     [("8.6万人次", "count", 86000, None, "人次")],
     None),
    ("授予张某某同志七一勋章，并评选表彰一批三八红旗手。",
     [],
     None),
    ("五四青年节前夕，团市委组织青年学生重温一二·九运动的历史。",
     [],
     None),
    ("双十一期间快递业务量激增，全市日均揽收量突破300万件。",
     [("突破300万件", "count", 3000000, None, "件")],
     None),
    ("我县连续三年入选全国百强县，引进千人计划专家5名。",
     [("三年", "duration", 3, None, "年"), ("5名", "count", 5, None, "名")],
     "我县连续3年入选全国百强县，引进千人计划专家5名。"),
    ("全国十佳校长评选结果揭晓，我市两位校长榜上有名。",
     [("两位", "count", 2, None, "位")],
     "全国十佳校长评选结果揭晓，我市2位校长榜上有名。"),
    ("推进四史学习教育，落实两新一重建设任务。",
     [],
     None),
    ("打好三大攻坚战，建设一刻钟便民生活圈，坚持四下基层。",
     [],
     None),
]

# the cases that fail, with why (the unseen run, main 2827648, failed 6: c02, c12, c13, c18, c22, c37; session
# 34's fixes turned all six)
FAILING: dict[int, str] = {}


@pytest.mark.parametrize(("text", "mentions", "rewrite"), blind_params(CASES, FAILING, "c"))
def test_blind_sentence(text: str, mentions: list[tuple[object, ...]], rewrite: str | None) -> None:
    check_sentence(text, mentions, rewrite)


def test_the_set_has_fifty_sentences() -> None:
    check_set(CASES, 50)


# --- classes fixed (session 34, NB34); each test failed before its fix


def test_a_lone_scale_before_its_unit_and_a_bound() -> None:
    """亿元以上, 千万元以上, 万人以上, 千元以下 and 百万元及以上 (a lone scale, its unit and a bound: projects of
    a hundred million yuan and more) are counts and money kept as written, as 千余家 is (they were nothing);
    上万人以上 and 成千上万 stay words, and so does a lone scale with no bound (万元, 亿元级项目)."""
    got = [(m.text, m.kind, m.low, m.unit, m.qualifier) for m in find_numbers("亿元以上项目，千万元以上企业，万人以上，千元以下，百万元及以上")]
    assert got == [("亿元以上", "money", 10**8, "元", "以上"), ("千万元以上", "money", 10**7, "元", "以上"),
                   ("万人以上", "count", 10**4, "人", "以上"), ("千元以下", "money", 1000, "元", "以下"),
                   ("百万元及以上", "money", 10**6, "元", "以上")]
    assert numbers_to_digits("投资在亿元以上，万人以上") == "投资在亿元以上，万人以上"
    assert find_numbers("上万人以上，成千上万，奖金万元，亿元级项目，数以万计") == []


def test_a_rank_without_its_unit() -> None:
    """第N right after a ranking's word (排名, 位居, 名列, 居全, 倒数 …, maybe with the field ranked between) and
    ending its word is a rank: an ordinal rewritten as 第2位 is (排名全省第二, 倒数第一 were nothing);
    第一方阵, 第一时间, a list of ranks (排名第一、第二: kept whole), 第一、第二产业 and 放在第一 are as before."""
    text = "排名全省第二，倒数第一的单位，位居全国同类城市第一。综合排名第十一，排名全省第2"
    got = [(m.text, m.kind, m.low, m.unit) for m in find_numbers(text)]
    assert got == [("第二", "ordinal", 2, None), ("第一", "ordinal", 1, None), ("第一", "ordinal", 1, None),
                   ("第十一", "ordinal", 11, None), ("第2", "ordinal", 2, None)]
    assert numbers_to_digits("排名全省第二，倒数第一的单位") == "排名全省第2，倒数第1的单位"
    assert numbers_to_digits("增长5.2%，居全省第一，列全国第三。") == "增长5.2%，居全省第1，列全国第3。"
    kept = "居全省第一方阵，排名第一时间，排名第一、第二的是，第一、第二产业，把安全放在第一"
    assert find_numbers(kept) == []
    assert numbers_to_digits(kept) == kept


def test_a_programmes_number_listed_before_its_name() -> None:
    """985、211院校, 985和211高校 and 211、985高校 list the programmes' names sharing their head (985 was an
    integer); 新建3、211院校 still reads 3 (3院校 is no name)."""
    assert find_numbers("到985、211院校深造，985和211高校，211、985高校") == []
    assert mentions("新建3、211院校") == [("3", "integer", 3, 3, None)]


def test_a_school_system_of_one_course() -> None:
    """五年一贯制 and 三年一贯制 name a school system, as 九年一贯制 and 五年制 do (五年 was a span of years);
    五年来 counts as before."""
    assert find_numbers("开设五年一贯制高职班，三年一贯制") == []
    assert [m.text for m in find_numbers("五年来一贯")] == ["五年"]


def test_a_fraction_and_a_bit_more() -> None:
    """三分之一强 (a third and a bit more) is the fraction, as 三分之一弱 was (强 made it a ranking list's size:
    nothing); 世界500强 and 前十强 name lists as before."""
    assert mentions("占比三分之一强") == [("三分之一", "fraction", 1 / 3, 1 / 3, None)]
    assert numbers_to_digits("占比三分之一强") == "占比1/3强"
    assert find_numbers("世界500强，前十强") == []


def test_generations_of_people() -> None:
    """一家三代人 and 两代人 count generations (unit 代: they were nothing); 三代核电, 第三代半导体, 两代表 and
    几代人 are as before."""
    assert mentions("一家三代人，两代人") == [("三代", "count", 3, 3, "代"), ("两代", "count", 2, 2, "代")]
    assert numbers_to_digits("一家三代人") == "一家3代人"
    assert find_numbers("三代核电，第三代半导体，两代表一委员，几代人") == []


def test_a_codes_subdivision() -> None:
    """第二分编 (a subdivision of a code's book, 民法典第三编第二分编) is a law's structure marker like 第三编
    (it was nothing); 三分编码 stays a word."""
    got = [(m.text, m.kind, m.unit) for m in find_numbers("民法典第三编第二分编第一章")]
    assert got == [("第三编", "ordinal", "编"), ("第二分编", "ordinal", "分编"), ("第一章", "ordinal", "章")]
    assert numbers_to_digits("第二分编") == "第二分编"
    assert find_numbers("三分编码") == []


def test_ten_days_or_half_a_month() -> None:
    """十天半个月 and 十天半月 (a while: ten days or half a month) are a saying (it was rewritten 10天半个月);
    工期十天，半个月后 counts as before."""
    assert find_numbers("十天半个月，十天半月") == []
    assert numbers_to_digits("用了十天半个月时间") == "用了十天半个月时间"
    assert numbers_to_digits("工期十天，半个月后") == "工期10天，半个月后"


@pytest.mark.parametrize("piece", ["亿元以上", "万人", "排名第二，", "第二，", "倒数第一的", "排名全省全省全省第",
                                   "985、211院校", "、211院校", "五年一贯制", "三分之一强", "三代人", "第二分编", "十天半个月", "十二时整", "四张清单一张网", "百万分之五", "师生比不低于1:12"])
def test_the_classes_read_in_linear_time(piece: str) -> None:
    """The session's rules on adversarial repetitions of their triggers: linear."""
    n = 4000 // len(piece)
    assert_linear(find_numbers, piece * n, piece * (4 * n), label=piece)
    assert_linear(numbers_to_digits, piece * n, piece * (4 * n), label=piece)


def test_an_hour_in_chinese_numerals_with_zheng() -> None:
    """(found probing clock times around the set) 八时整, 十二时整 and 零时整 are clock times, as 十二点整 is (十二时整
    was the integer 12, rewritten 12时整; 八时整 was nothing), kept as written; 一时整体推进 and 三时整改 are words."""
    got = [(m.text, m.kind, m.low) for m in find_numbers("八时整，十二时整，零时整，会议于九时整开始")]
    assert got == [("八时", "time", T(8, 0)), ("十二时", "time", T(12, 0)), ("零时", "time", T(0, 0)), ("九时", "time", T(9, 0))]
    assert numbers_to_digits("十二时整") == "十二时整"
    assert find_numbers("一时整体推进，三时整改") == []


def test_a_lone_one_before_shi_zheng_is_no_hour() -> None:
    """(found in review) 一时整 is no clock time by its context, as 一时 never is (the 整 rule read it 01:00);
    凌晨一时整 (a part of the day), 十一时整 and 一点整 (an hour before 点, as before the rule) are times."""
    assert find_numbers("一时整，") == []
    got = [(m.text, m.kind, m.low) for m in find_numbers("凌晨一时整，十一时整，一点整")]
    assert got == [("一时", "time", T(1, 0)), ("十一时", "time", T(11, 0)), ("一点", "time", T(1, 0))]


def test_a_count_before_the_lone_one_of_its_measure_word() -> None:
    """(found probing reform slogans around the set) 四张清单一张网 and 三个中心一个平台 number a slogan's words, the
    second led by a lone 一 that is never rewritten: the count before it keeps its writing (四张 was rewritten,
    4张清单一张网, half the phrase); 三张清单，一张网 (a clause apart) and 三个项目第一个 are rewritten as before."""
    text = "四张清单一张网，三个中心一个平台，新建三所学校一所医院"
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("三张清单，一张网，三个项目第一个开工") == "3张清单，一张网，3个项目第1个开工"


def test_a_fraction_per_million() -> None:
    """(found probing fractions around the set) 百万分之五 and 千万分之三 (a denominator of scales alone) are
    fractions as 十万分之一 is (they were nothing, and parse_number refused them), rewritten 5/1000000; 百万分
    alone is no number."""
    assert parse_number("百万分之五") == 5e-06
    got = [(m.text, m.kind, m.low) for m in find_numbers("浓度不超过百万分之五十，千万分之三，百万分")]
    assert got == [("不超过百万分之五十", "fraction", 5e-05), ("千万分之三", "fraction", 3e-07)]
    assert numbers_to_digits("百万分之五") == "5/1000000"


def test_a_ratio_after_a_bound() -> None:
    """(found probing ratios around the set) 师生比不低于1:12 and 生师比控制在18:1以内 are a ratio's terms after a
    bound, as 师生比1:15 is (1:12 was the clock time 1:12); 比9:00提前 is a time as before."""
    assert find_numbers("师生比不低于1:12，生师比控制在18:1以内") == []
    assert [m.kind for m in find_numbers("比9:00提前")] == ["time"]


def test_tiers_of_admission_are_ordinals() -> None:
    """(found probing education around the set) 二本线, 三本院校 and 本科二批次 name a tier or a batch of admission:
    ordinals, as 二批 is (they were counts of books and batches), kept as written; 买了三本书 and 抽检三批次 count."""
    got = [(m.text, m.kind) for m in find_numbers("高考二本线，三本院校，本科二批次，买了三本书，抽检三批次")]
    assert got == [("二本", "ordinal"), ("三本", "ordinal"), ("二批次", "ordinal"), ("三本", "count"), ("三批次", "count")]
    assert numbers_to_digits("高考二本线，买了三本书") == "高考二本线，买了3本书"


def test_a_working_time_system() -> None:
    """(found probing school and labour notices around the set) 五天工作制 and 八小时工作制 name a working-time
    system, as 五年制 names a school system (they were spans, rewritten 5天工作制); 工作五天 counts as before."""
    assert find_numbers("实行五天工作制，八小时工作制") == []
    assert numbers_to_digits("实行五天工作制，工作五天") == "实行五天工作制，工作5天"


def test_a_priority_or_an_enumeration_is_no_rank() -> None:
    """(found in review) 把安全排在第一 gives a priority, as 放在第一 does; 排名靠后的单位第一 (的 in the field) and
    一系列全新举措第一 (列全 inside 系列全新) enumerate: kept as written (they were rewritten 第1); 增速排在第一,
    增速将排在全省第一 (将排在: will rank), 该市居全国第一 and ，列全国第三 rank as before."""
    kept = "把安全排在第一，将质量排在第一，排名靠后的单位第一，要约谈，一系列全新举措第一，邻居全村第一，"
    assert find_numbers(kept) == []
    assert numbers_to_digits(kept) == kept
    assert (numbers_to_digits("增速排在第一，增速将排在全省第一，该市居全国第一，列全国第三。")
            == "增速排在第1，增速将排在全省第1，该市居全国第1，列全国第3。")


def test_a_distributive_one_after_a_count() -> None:
    """(found in review) 一个比一个, 一个不少, 一个也没来, 一个都不能少 and 一个接一个 say each one or none of the
    things counted, no slogan's word: the count before is rewritten as before the slogan rule (这三个问题 kept
    三); 三个中心一个平台 keeps its writing."""
    assert (numbers_to_digits("这三个问题一个比一个严重，五个项目一个不少，两个人一个也没来")
            == "这3个问题一个比一个严重，5个项目一个不少，2个人一个也没来")
    assert numbers_to_digits("三个孩子一个都不能少，五个项目一个接一个") == "3个孩子一个都不能少，5个项目一个接一个"
    assert numbers_to_digits("三个中心一个平台") == "三个中心一个平台"
