"""Session 30's blind set for the numbers reader (NB30): fifty sentences of our own, written before
reading ``govtext.numbers`` (only the guide, the public docstrings and the s28 and s29 sets), each
with the mentions (text, kind, low, high, unit) and the rewrite of ``numbers_to_digits`` expected.
It stresses what s19-s29 covered less: education (招生计划1200人, 分数线580分, 录取率, 学分, 课时, 满分150分,
三年级二班 and 高三(2)班 as names), sports results (比分3:1 and 98比87 as no quantities, 第2名, 100米, 10秒5,
三连胜), transport (G1234次, K528次, 国道G318, 318国道, 地铁2号线, 3号航站楼, 每周三班, 两个半小时), laws
(第三十二条第二款, 处三年以上七年以下有期徒刑, 罚款五千元以上三万元以下, 拘留十五日, 六十日内, 六个月内),
finance (利率3.45%, 10个基点, 120亿至130亿元, 负增长2.3%, 8.6万亿元, 期限三年), times of day (上午9:00-11:30,
下午2:00-5:00, 下午三点半, 晚上八点至十点, 上午九时, 中午十二点, 24小时, 5个工作日), identifiers that are no
amounts (12345热线, 邮编, 〔2026〕3号, 身份证号, 人民路18号, 3栋2单元501室, 2号楼1205室), ages (65周岁以上,
18至60周岁, 十八周岁以上、三十五周岁以下), spelled percents (百分之三点五左右, 千分之四点二以内), negatives
(-15℃, 负增长), loose counts (三五个, 一两天, 十来个, 二三十名) and hard negatives (一带一路, 三严三实, 八项规定,
十九届三中全会, 二十四节气, 五四青年节, 三八妇女节, 九九重阳节, 一把手, 第一书记, 一站式, 一网通办, 最多跑一次,
百花齐放, 千方百计, 万无一失).

Choices the conventions leave open, made here: a score (3:1, 98比87) is the terms of a ratio, no
mention; 10秒5 (ten and a half seconds, as sport writes a time) is a duration of 10.5 秒; 十来个 (about
ten) keeps its stated number, 10, as 左右 does; 三五个 and 一两天 are intervals like 两三个, kept as
written; 10个基点 is a change of a rate in basis points, kind percent with unit 基点, as 个百分点 and
个千分点 are; 拘留十五日 is a span of 15 日, not a day of the month; the parts of an address (3栋, 2单元,
501室, 2号楼, 1205室) are labels, no counts.

Blind figure (main 067959c, untouched): 41 of 50 sentences fully right (mentions and rewrite); 83 of 90
expected mentions right (4 ranges of clock times read as two times each, 2 read otherwise: 10个基点 a
count of 个, 十来个 an interval; 1 cut short: 10秒5), 6 mentions found that are none (318 of 318国道,
3栋, 2 of 2单元, 501 of 501室, 1205 of 1205室, 三连胜); one rewrite changes a word (三连胜 -> 3连胜).
After session 30's fixes (the classes tested below): 45 of 50 sentences, 85 of 90 mentions, one mention
found that is none (三连胜, which sport reports also write 3连胜: the expectation is arguable); the five
left (c08, c27, c30, c31, c44) expect what a tested convention or a design of the reader decides otherwise.
Probing the set's domains then found more classes, each tested below: layout slogans (一城两区), tiers of
admission (二本线, 二批次), 三伏天 and 千儿八百, bus routes (12路公交车), loans' terms (五年期), 每周三次, the
congress's formulas (十个明确, 六个更加), a village's groups (东风村二组) and 十一学校.
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
    # education
    ("今年我校普通类招生计划1200人，其中省内招生960人，省外招生240人。",
     [("1200人", "count", 1200, None, "人"), ("960人", "count", 960, None, "人"), ("240人", "count", 240, None, "人")],
     None),
    ("该校理科录取分数线为580分，较去年提高12分，录取率为百分之八十五点六。",
     [("580分", "count", 580, None, "分"), ("12分", "count", 12, None, "分"),
      ("百分之八十五点六", "percent", 85.6, None, "%")],
     "该校理科录取分数线为580分，较去年提高12分，录取率为85.6%。"),
    ("学生须修满160学分方可毕业，其中实践教学不少于32学分，每个学分对应16课时。",
     [("160学分", "count", 160, None, "学分"), ("不少于32学分", "count", 32, None, "学分"),
      ("16课时", "count", 16, None, "课时")],
     None),
    ("三年级二班和高三(2)班的同学参加了本次研学活动，共计八十六人。",
     [("八十六人", "count", 86, None, "人")],
     "三年级二班和高三(2)班的同学参加了本次研学活动，共计86人。"),
    ("全市高考报名人数达到5.6万人，本科上线率为63.2%，比上年提高1.8个百分点。",
     [("5.6万人", "count", 56000, None, "人"), ("63.2%", "percent", 63.2, None, "%"),
      ("1.8个百分点", "percent", 1.8, None, "百分点")],
     None),
    ("考生须在开考前30分钟进入考场，考试时长为150分钟，试卷满分150分。",
     [("30分钟", "duration", 30, None, "分钟"), ("150分钟", "duration", 150, None, "分钟"),
      ("150分", "count", 150, None, "分")],
     None),
    ("该校研究生招生计划由去年的三百二十名增至今年的三百八十名，增幅达18.8%。",
     [("三百二十名", "count", 320, None, "名"), ("三百八十名", "count", 380, None, "名"),
      ("18.8%", "percent", 18.8, None, "%")],
     "该校研究生招生计划由去年的320名增至今年的380名，增幅达18.8%。"),
    # sports results
    ("决赛中，市一中代表队以3:1的比分战胜对手，获得全省中学生足球联赛第2名。",
     [("第2名", "ordinal", 2, None, "名")],
     None),
    ("在男子100米决赛中，他以10秒5的成绩获得冠军，并取得三连胜。",
     [("100米", "count", 100, None, "米"), ("10秒5", "duration", 10.5, None, "秒")],
     None),
    ("女子400米决赛中，我市选手获得第三名，比赛共有运动员十二人参加。",
     [("400米", "count", 400, None, "米"), ("第三名", "ordinal", 3, None, "名"), ("十二人", "count", 12, None, "人")],
     "女子400米决赛中，我市选手获得第3名，比赛共有运动员12人参加。"),
    ("本届运动会共设12个大项、186个小项，参赛运动员2300余人，男篮决赛中我省队以98比87获胜。",
     [("12个", "count", 12, None, "个"), ("186个", "count", 186, None, "个"), ("2300余人", "count", 2300, 2400, "人")],
     None),
    # transport
    ("旅客可乘坐G1234次高铁于14:30抵达，也可以选择K528次列车。",
     [("14:30", "time", T(14, 30))],
     None),
    ("国道G318线即318国道，全长5476公里，途经多个省区。",
     [("5476公里", "count", 5476, None, "公里")],
     None),
    ("地铁2号线与3号线在人民广场站换乘，从3号航站楼到市区的车程40分钟左右。",
     [("40分钟左右", "duration", 40, None, "分钟")],
     None),
    ("该航线每周执飞三班，单程飞行时间约两个半小时。",
     [("三班", "count", 3, None, "班"), ("约两个半小时", "duration", 2.5, None, "小时")],
     "该航线每周执飞3班，单程飞行时间约2个半小时。"),
    ("今年全市新开通公交线路十二条，新增新能源公交车二百六十辆。",
     [("十二条", "count", 12, None, "条"), ("二百六十辆", "count", 260, None, "辆")],
     "今年全市新开通公交线路12条，新增新能源公交车260辆。"),
    # laws
    ("依照本法第三十二条第二款的规定，违反第二十条规定的，由公安机关责令改正。",
     [("第三十二条", "ordinal", 32, None, "条"), ("第二款", "ordinal", 2, None, "款"),
      ("第二十条", "ordinal", 20, None, "条")],
     None),
    ("犯本罪的，处三年以上七年以下有期徒刑，并处罚金。",
     [("三年以上", "duration", 3, None, "年"), ("七年以下", "duration", 7, None, "年")],
     "犯本罪的，处3年以上7年以下有期徒刑，并处罚金。"),
    ("对单位处五千元以上三万元以下罚款，对直接负责的主管人员处二千元以上一万元以下罚款。",
     [("五千元以上", "money", 5000, None, "元"), ("三万元以下", "money", 30000, None, "元"),
      ("二千元以上", "money", 2000, None, "元"), ("一万元以下", "money", 10000, None, "元")],
     "对单位处5000元以上3万元以下罚款，对直接负责的主管人员处2000元以上1万元以下罚款。"),
    ("有前款行为的，由公安机关处警告或者拘留十五日，可以并处一千元罚款。",
     [("十五日", "duration", 15, None, "日"), ("一千元", "money", 1000, None, "元")],
     "有前款行为的，由公安机关处警告或者拘留15日，可以并处1000元罚款。"),
    ("当事人可以自收到决定书之日起六十日内申请行政复议，或者在六个月内提起行政诉讼。",
     [("六十日", "duration", 60, None, "日"), ("六个月", "duration", 6, None, "个月")],
     "当事人可以自收到决定书之日起60日内申请行政复议，或者在6个月内提起行政诉讼。"),
    ("本条例自2026年5月1日起施行，原条例第十九条和第二十一条同时废止。",
     [("2026年5月1日", "date", D(2026, 5, 1)), ("第十九条", "ordinal", 19, None, "条"),
      ("第二十一条", "ordinal", 21, None, "条")],
     None),
    # finance
    ("本月贷款市场报价利率为3.45%，较上月下降10个基点，降幅超出市场预期。",
     [("3.45%", "percent", 3.45, None, "%"), ("10个基点", "percent", 10, None, "基点")],
     None),
    ("全市社会消费品零售总额同比增长5.2%，环比增长0.8%，预计全年一般公共预算收入120亿至130亿元。",
     [("5.2%", "percent", 5.2, None, "%"), ("0.8%", "percent", 0.8, None, "%"),
      ("120亿至130亿元", "range", 12000000000, 13000000000, "元")],
     None),
    ("全县一般公共预算收入同比负增长2.3%，降幅比上年收窄1.1个百分点。",
     [("2.3%", "percent", 2.3, None, "%"), ("1.1个百分点", "percent", 1.1, None, "百分点")],
     None),
    ("本期国债发行规模为五百亿元，期限三年，票面年利率为2.38%。",
     [("五百亿元", "money", 50000000000, None, "元"), ("三年", "duration", 3, None, "年"),
      ("2.38%", "percent", 2.38, None, "%")],
     "本期国债发行规模为500亿元，期限3年，票面年利率为2.38%。"),
    ("截至6月末，全省本外币各项贷款余额8.6万亿元，同比增长9.4%。",
     [("6月", "date", _pd(6)), ("8.6万亿元", "money", 8600000000000, None, "元"), ("9.4%", "percent", 9.4, None, "%")],
     None),
    # times of day
    ("窗口办理时间为工作日上午9:00-11:30，下午2:00-5:00。",
     [("9:00-11:30", "range", T(9, 0), T(11, 30)), ("2:00-5:00", "range", T(14, 0), T(17, 0))],
     None),
    ("会议定于明天下午三点半召开，请参会人员提前十分钟签到。",
     [("三点半", "time", T(15, 30)), ("十分钟", "duration", 10, None, "分钟")],
     "会议定于明天下午三点半召开，请参会人员提前10分钟签到。"),
    ("政务服务热线实行24小时人工服务，群众来信须在5个工作日内答复。",
     [("24小时", "duration", 24, None, "小时"), ("5个工作日", "duration", 5, None, "工作日")],
     None),
    ("图书馆开放时间为每天8:30至21:30，周一上午闭馆。",
     [("8:30至21:30", "range", T(8, 30), T(21, 30))],
     None),
    ("每天晚上八点至十点为用电高峰，请居民错峰用电。",
     [("八点至十点", "range", T(20, 0), T(22, 0))],
     None),
    ("本次活动于上午九时开始，持续约两个小时，中午十二点前结束。",
     [("九时", "time", T(9, 0)), ("约两个小时", "duration", 2, None, "小时"), ("十二点", "time", T(12, 0))],
     "本次活动于上午九时开始，持续约2个小时，中午十二点前结束。"),
    # identifiers that are no amounts
    ("群众可拨打12345热线反映问题，信件请寄至人民路18号，邮编550002。",
     [],
     None),
    ("根据《市人民政府关于印发实施方案的通知》（市府发〔2026〕3号）精神，现将有关事项通知如下。",
     [],
     None),
    ("户籍地址：和平小区3栋2单元501室，身份证号：52010219880512003X。",
     [],
     None),
    ("申报材料请送至行政中心2号楼1205室，咨询电话：0851-86821234。",
     [],
     None),
    ("今年共受理12345热线工单3.6万件，按时办结率98.7%。",
     [("3.6万件", "count", 36000, None, "件"), ("98.7%", "percent", 98.7, None, "%")],
     None),
    # ages
    ("65周岁以上老年人可免费乘坐公交车，70周岁以上的还可领取高龄津贴。",
     [("65周岁以上", "count", 65, None, "周岁"), ("70周岁以上", "count", 70, None, "周岁")],
     None),
    ("招聘对象为18至60周岁、身体健康的城乡劳动者。",
     [("18至60周岁", "range", 18, 60, "周岁")],
     None),
    ("报考人员年龄应在十八周岁以上、三十五周岁以下，具有大专以上学历。",
     [("十八周岁以上", "count", 18, None, "周岁"), ("三十五周岁以下", "count", 35, None, "周岁")],
     "报考人员年龄应在18周岁以上、35周岁以下，具有大专以上学历。"),
    # spelled percents, negatives, loose counts
    ("全年居民消费价格涨幅控制在百分之三点五左右，人口自然增长率控制在千分之四点二以内。",
     [("百分之三点五左右", "percent", 3.5, None, "%"), ("千分之四点二以内", "percent", 4.2, None, "‰")],
     "全年居民消费价格涨幅控制在3.5%左右，人口自然增长率控制在4.2‰以内。"),
    ("受寒潮影响，北部山区最低气温降至-15℃，较常年同期偏低5℃。",
     [("-15℃", "count", -15, None, "℃"), ("5℃", "count", 5, None, "℃")],
     None),
    ("每个村配备三五个网格员，群众反映的事情一两天就能办好。",
     [("三五个", "count", 3, 5, "个"), ("一两天", "duration", 1, 2, "天")],
     None),
    ("活动当天来了十来个志愿者和二三十名家长。",
     [("十来个", "count", 10, None, "个"), ("二三十名", "count", 20, 30, "名")],
     None),
    # hard negatives: set phrases, festivals, idioms
    ("深入学习贯彻党的十九届三中全会精神，推进一网通办和最多跑一次改革，打造一站式服务平台。",
     [],
     None),
    ("严格落实中央八项规定精神，扎实开展三严三实专题教育，一把手要带头，第一书记要扎根基层。",
     [],
     None),
    ("二十四节气是农耕文明的智慧结晶，九九重阳节前后各地开展敬老活动。",
     [],
     None),
    ("五四青年节和三八妇女节期间，市总工会组织开展了系列活动，服务一带一路建设。",
     [],
     None),
    ("各地要坚持百花齐放，千方百计做好安全生产工作，确保万无一失。",
     [],
     None),
]

# the cases that still fail, with why (the unseen run, main 067959c, failed 9: c08, c12, c22, c27, c30,
# c31, c35, c36, c44; the fixes of session 30 turned c12, c22, c35 and c36, and the cut 10秒5 of c08)
FAILING: dict[int, str] = {
    8: "连胜 after a numeral is read as a count's measure word (三连胜: 3 连胜, rewritten 3连胜, a form sport "
       "reports use too); expected no mention",
    27: "two clock times joined by a dash are two mentions of kind time, no range (下午1:30-3:00: a tested "
        "convention); expected one range of times",
    30: "two clock times joined by 至 are two mentions of kind time, no range (a tested convention); expected "
        "one range of times",
    31: "two clock times each with its 点 joined by 至 are two times (八时至十时: a tested convention); "
        "expected one range of times",
    44: "来 after a numeral is read as 多 and 余 are, an interval up to the next step (十来个: 10 to 20, the "
        "design of the tail's approximations); expected the stated number, 10",
}


@pytest.mark.parametrize(("text", "mentions", "rewrite"), blind_params(CASES, FAILING, "c"))
def test_blind_sentence(text: str, mentions: list[tuple[object, ...]], rewrite: str | None) -> None:
    check_sentence(text, mentions, rewrite)


def test_the_set_has_fifty_sentences() -> None:
    check_set(CASES, 50)


# --- classes fixed (session 30, NB30); each test failed before its fix


def test_a_roads_number_before_its_class_is_a_name() -> None:
    """318国道, 205省道 and 3县道 name a road, as 国道318 does (318 was an integer, 205省 and 3县 counts of
    provinces and counties); 318国道路段 too. A count of provinces or counties with no 道 after it
    (全省3省, 3县联动) and a Chinese numeral before 国道路 (三国道路: three countries' roads) are as before."""
    assert find_numbers("沿331国道行驶，318国道路段，107国道和205省道，3县道") == []
    assert [m.text for m in find_numbers("3省联动，3县联动，三国道路")] == ["3省", "3县"]


def test_an_addresss_parts_are_labels() -> None:
    """3栋2单元501室, 2号楼1205室, A座1203室, 5楼502室, 1号楼3单元 and a room's number alone in three or
    four digits (1205室) are an address's labels (3栋 was a count, 2, 501 and 1205 integers); 新建3栋 and
    3室1厅 count as before, and 2010室内 is a year before 室内."""
    text = "和平小区3栋2单元501室，行政中心2号楼1205室，A座1203室，5楼502室，1号楼3单元，会议在1205室召开"
    assert find_numbers(text) == []
    assert _got("新建3栋住宅楼，3室1厅，2010室内设计") == [
        ("3栋", "count", 3, 3, "栋"), ("3", "integer", 3, 3, None), ("1", "integer", 1, 1, None),
        ("2010", "year", 2010, 2010, None)]


def test_basis_points_are_a_percents_change() -> None:
    """10个基点 and 25基点 are changes of a rate in basis points (kind percent, unit 基点, as 个百分点 and
    个千分点; 10个 was a count of 个), shared by a list with the unit on its last item; before another
    Han character 基点 is a site (3个基点学校: a count of 个)."""
    assert _got("下降10个基点，降息25基点，分别下调10、15个基点的") == [
        ("10个基点", "percent", 10, 10, "基点"), ("25基点", "percent", 25, 25, "基点"),
        ("10", "percent", 10, 10, "基点"), ("15个基点", "percent", 15, 15, "基点")]
    assert _got("建设3个基点学校") == [("3个", "count", 3, 3, "个")]
    assert numbers_to_digits("下调二十五个基点") == "下调25个基点"


def test_a_races_time_in_seconds_and_its_fraction() -> None:
    """10秒5, 9秒83 and 43秒21 (a race's time as sport writes it) are 10.5, 9.83 and 43.21 秒 (10秒 was cut
    off its fraction, 5 an integer); digits with a unit after them count that unit (每30秒5次, 30秒5分钟)."""
    assert _got("以10秒5的成绩夺冠，跑出9秒83。43秒21") == [
        ("10秒5", "duration", 10.5, 10.5, "秒"), ("9秒83", "duration", 9.83, 9.83, "秒"),
        ("43秒21", "duration", 43.21, 43.21, "秒")]
    assert _got("每30秒5次，30秒5分钟") == [
        ("30秒", "duration", 30, 30, "秒"), ("5次", "count", 5, 5, "次"), ("30秒", "duration", 30, 30, "秒"),
        ("5分钟", "duration", 5, 5, "分钟")]


def test_a_layout_slogans_numbered_words_keep_their_writing() -> None:
    """(found probing set phrases around the set) 一城两区, 一带两区 and 一轴两带三区 number the parts of a
    layout (a city and two districts): the count of 区 after a lone numeral and a word's character was
    rewritten (一城2区, 一轴两带3区: half the slogan); now it keeps its writing, still found. A count of
    other units after such a word (一式两份, 一行八人), a rate (一日两次) and a count after an ordinary word
    (一般两天) are rewritten as before."""
    text = "推进一城两区建设，一带两区，一轴两带三区"
    assert [m.text for m in find_numbers(text)] == ["两区", "两区", "三区"]
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("一式两份，一行八人，一日两次，一般两天") == "一式2份，一行8人，一日2次，一般2天"


def test_tiers_of_admission_and_dog_days_are_words() -> None:
    """(found probing education and calendar words and idioms around the set) 二本 is the second tier of
    university admission (二本线, 二本院校: it was rewritten 2本线; books are counted 两本, rewritten as
    before) and 二批次 its second batch (2批次 before, while 二批 was kept), 三伏天 and 三九天 the hottest and coldest periods (3伏天 before, and 三九天 an interval of 3 to 9
    days), and 千儿八百, 百儿八十 and 万儿八千 colloquial round figures (千儿800, 百儿80 before)."""
    assert numbers_to_digits("二本线，二本院校，两本书，本科二批次") == "二本线，二本院校，2本书，本科二批次"
    assert find_numbers("三伏天，三九天，头伏、二伏") == []
    assert numbers_to_digits("三伏天，三天") == "三伏天，3天"
    text = "花个千儿八百块钱，百儿八十人，万儿八千"
    assert find_numbers(text) == []  # (colloquial round figures: 千儿800块钱 before)
    assert numbers_to_digits(text) == text


def test_a_bus_routes_number_is_a_label() -> None:
    """(found probing transport notices around the set) 12路公交车, 十二路汽车 and the list 1路、2路公交车 name
    bus routes (12 was an integer, 十二 rewritten 12路), as 2号线 names a line; 兵分3路 is as before."""
    text = "乘坐十二路公交车，12路公交车，1路、2路公交车，二十三路汽车"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    assert _got("兵分3路") == [("3", "integer", 3, 3, None)]


def test_a_loans_term_in_years_is_named_as_written() -> None:
    """(found probing finance notices around the set) 五年期以上 and 十年期国债 name a loan's or a bond's
    term, kept as written as 一年期 is (it was 5年期以上 beside 一年期); 三年期间, 五年期满 and 三年期限
    count years and are rewritten as before, and 下调25个基点至3.1% is in basis points (基点 before 至)."""
    text = "一年期LPR为3.45%，五年期以上LPR为3.95%，发行十年期国债"
    assert [m.text for m in find_numbers(text)] == ["3.45%", "五年", "3.95%", "十年"]
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("三年期间，五年期满，三年期限") == "3年期间，5年期满，3年期限"
    assert _got("下调25个基点至3.1%") == [("25个基点", "percent", 25, 25, "基点"), ("3.1%", "percent", 3.1, 3.1, "%")]


def test_times_a_week_after_a_weekdays_numeral() -> None:
    """(found probing school schedules around the set) 每周三次 counts three times a week, as 每月三次 does
    (周三 was read as Wednesday, so 每周三次 stayed while 每月3次 was rewritten); 周三次日 (the day after a
    Wednesday) and 每周五下午 are weekdays as before, and so are words with a numeral such as 三校生 (students
    of the three kinds of vocational school: it was 3校生)."""
    assert _got("每周三次，每月三次") == [("三次", "count", 3, 3, "次"), ("三次", "count", 3, 3, "次")]
    assert numbers_to_digits("每周三次，周三次日，每周五下午，三校生") == "每周3次，周三次日，每周五下午，三校生"


def test_formulas_of_the_congress_keep_their_numerals() -> None:
    """(found probing set phrases around the set) 十个明确, 八个明确, 十三个方面成就 and 七个聚焦 (protected
    terms) and the formulas named by what they enjoin, 六个更加, 五个始终, 五个牢牢把握, 三个一以贯之 and
    五个重大原则 (formula heads), were rewritten (10个明确, 6个更加 …); 两个明确的目标, 三个方面 and
    三个聚焦点 count and are rewritten as before."""
    text = "十个明确，八个明确，十三个方面成就，七个聚焦，六个更加，五个始终，五个牢牢把握，三个一以贯之，五个重大原则"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("两个明确的目标，三个方面，三个聚焦点") == "2个明确的目标，3个方面，3个聚焦点"


def test_a_villages_group_and_a_school_named_by_number() -> None:
    """(found probing addresses around the set) 东风村二组 and 红旗村十二组 name a village's groups (they were
    rewritten 东风村2组), and 十一学校 a school by its number as 十一中学 does (11学校 before); 三组村民 and
    分成三组 count, and 新建十一所学校 counts schools, rewritten as before; so does 四个引路人 keep its
    numeral (a teachers' formula, protected)."""
    text = "东风村二组，红旗村十二组，十一学校，四个引路人"
    assert numbers_to_digits(text) == text
    assert [m.text for m in find_numbers(text)] == ["二组", "十二组"]
    assert numbers_to_digits("三组村民，分成三组，新建十一所学校") == "3组村民，分成3组，新建11所学校"


@pytest.mark.parametrize("piece", ["318国道", "3栋2单元501室", "2号楼1205室", "1205室", "3单元", "10个基点", "3个基点学", "10秒5", "一城两区", "城两区", "12路公交", "1路、", "五年期以"])
def test_the_classes_read_in_linear_time(piece: str) -> None:
    """The session's rules on adversarial repetitions of their triggers: linear (roads, addresses,
    basis points, a race's time, layout slogans, bus routes, terms in years)."""
    n = 4000 // len(piece)
    assert_linear(find_numbers, piece * n, piece * (4 * n), label=piece)
    assert_linear(numbers_to_digits, piece * n, piece * (4 * n), label=piece)
