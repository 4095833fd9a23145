"""Session 21's blind set for the numbers reader (NL9): fifty sentences of our own in the style
of work reports, laws, notices, statistics bulletins, school and hospital news and procurement
notices, written before reading ``govtext.numbers`` or its tests (only the docstrings and case
shape of the s20 set, the guide and the public docstrings), each with the mentions (text, kind,
low, high, unit) and the rewrite of ``numbers_to_digits`` expected. It stresses what s19 and s20
did not: percents and tenths in words (百分之三点五, 三成, 五成以上, 翻一番), approximate and open
ranges (近万人, 上千名, 数十家, 十余项, 两三天, 三至五年, 不低于, 以上/以下/以内), ordinals and
serials that are no quantities (第三季度, 一号文件, 十四五, 二级资质, 三号线), dates and periods
(前三季度, 每年三月, 十一月上旬, 正月初八, 每月五日, 2026年秋季学期), durations (五个工作日, 半年,
一年半, 六十日内), money with 万/亿 and capital numerals (1.2万亿元, 3千万元, 伍万元整), measures
(平方公里, 亩, 立方米, 公顷, 千瓦时), and hard negatives: set phrases (一律, 统一, 一刀切, 万一,
一五一十, 三令五申, 九牛一毛, 七上八下, 一番, 一系列, 一村一品, 九年一贯制), place names (三河, 四平,
五常, 六安), a person's name (王三平), roads and lines (二环路, 十号线, 一号航站楼, 三号线),
programmes (一带一路, 三农, 十四五, 十五五) and a telephone number."""

from __future__ import annotations

import datetime as dt

import pytest

from blind import check_sentence, check_set
from blind import pd as _pd
from govtext.numbers import find_numbers, numbers_to_digits

from strategies import blind_params

D = dt.date

# (sentence, expected mentions as (text, kind, low[, high[, unit]]), expected rewrite; None: unchanged)
CASES: list[tuple[str, list[tuple[object, ...]], str | None]] = [
    ("上半年，全市规模以上工业增加值同比增长百分之三点五，增速比一季度加快零点六个百分点。",
     [("百分之三点五", "percent", 3.5, None, "%"), ("一季度", "ordinal", 1),
      ("零点六个百分点", "percent", 0.6)],
     "上半年，全市规模以上工业增加值同比增长3.5%，增速比一季度加快0.6个百分点。"),
    ("前三季度，全省居民人均可支配收入两万八千六百元，同比增长百分之五点二。",
     [("三季度", "duration", 3), ("两万八千六百元", "money", 28600, None, "元"),
      ("百分之五点二", "percent", 5.2, None, "%")],
     "前三季度，全省居民人均可支配收入28600元，同比增长5.2%。"),
    ("第三季度全区共办理各类政务服务事项十二万余件，群众满意率保持在百分之九十九以上。",
     [("第三季度", "ordinal", 3), ("十二万余件", "count", 120000, 130000, "件"),
      ("百分之九十九以上", "percent", 99, None, "%")],
     "第三季度全区共办理各类政务服务事项十二万余件，群众满意率保持在99%以上。"),
    ("据统计，今年全市参加志愿服务的市民近万人，累计服务时长超过十五万小时。",
     [("近万人", "count", 10000, None, "人"), ("超过十五万小时", "duration", 150000, None, "小时")],
     "据统计，今年全市参加志愿服务的市民近万人，累计服务时长超过15万小时。"),
    ("招聘会吸引上千名高校毕业生到场，数十家用人单位现场达成签约意向。",
     [("上千名", "count", 1000, None, "名"), ("数十家", "count", 10, 100, "家")],
     None),
    ("省里共出台十余项稳就业政策，帮助两三千名困难群众实现再就业。",
     [("十余项", "count", 10, 20, "项"), ("两三千名", "count", 2000, 3000, "名")],
     None),
    ("新生入学后须在五个工作日内完成学籍注册，逾期不予办理。",
     [("五个工作日", "duration", 5, None, "工作日")],
     "新生入学后须在5个工作日内完成学籍注册，逾期不予办理。"),
    ("本次专项治理为期半年，分三个阶段推进，力争用一年半时间基本完成整改。",
     [("半年", "duration", 0.5, None, "年"), ("三个", "count", 3, None, "个"),
      ("一年半", "duration", 1.5, None, "年")],
     "本次专项治理为期半年，分3个阶段推进，力争用1年半时间基本完成整改。"),
    ("行政复议机关应当自受理申请之日起六十日内作出决定；情况复杂的，可以延长，但延长期限最多不超过三十日。",
     [("六十日", "duration", 60, None, "日"), ("不超过三十日", "duration", 30, None, "日")],
     "行政复议机关应当自受理申请之日起60日内作出决定；情况复杂的，可以延长，但延长期限最多不超过30日。"),
    ("违反本条例规定的，由县级以上人民政府林业主管部门责令改正，处五千元以上五万元以下的罚款。",
     [("五千元以上", "money", 5000, None, "元"), ("五万元以下", "money", 50000, None, "元")],
     "违反本条例规定的，由县级以上人民政府林业主管部门责令改正，处5000元以上5万元以下的罚款。"),
    ("本市出租车起步价为十三元，超过三公里后每公里加收二点三元。",
     [("十三元", "money", 13, None, "元"), ("超过三公里", "count", 3, None, "公里"),
      ("二点三元", "money", 2.3, None, "元")],
     "本市出租车起步价为13元，超过3公里后每公里加收2.3元。"),
    ("经评审，拟确定某某建设有限公司为中标人，中标价人民币叁佰贰拾伍万元整，公示期为三个工作日。",
     [("叁佰贰拾伍万元整", "money", 3250000, None, "元"), ("三个工作日", "duration", 3, None, "工作日")],
     "经评审，拟确定某某建设有限公司为中标人，中标价人民币325万元整，公示期为3个工作日。"),
    ("合同约定，乙方应于签订之日起十日内向甲方支付履约保证金人民币伍万元整。",
     [("十日", "duration", 10, None, "日"), ("伍万元整", "money", 50000, None, "元")],
     "合同约定，乙方应于签订之日起10日内向甲方支付履约保证金人民币5万元整。"),
    ("十四五时期，全省计划新建改建农村公路一万公里，完成投资约三百亿元。",
     [("一万公里", "count", 10000, None, "公里"), ("约三百亿元", "money", 30000000000, None, "元")],
     "十四五时期，全省计划新建改建农村公路1万公里，完成投资约300亿元。"),
    ("今年中央一号文件继续聚焦三农工作，提出粮食产量稳定在一点三万亿斤以上。",
     [("一点三万亿斤以上", "count", 1300000000000, None, "斤")],
     "今年中央一号文件继续聚焦三农工作，提出粮食产量稳定在1.3万亿斤以上。"),
    ("二〇二六年是全面实施十五五规划的开局之年。",
     [("二〇二六年", "year", 2026)],
     "2026年是全面实施十五五规划的开局之年。"),
    ("地铁三号线二期工程全长十八点六公里，设车站十四座，预计二〇二八年底建成通车。",
     [("二期", "ordinal", 2), ("十八点六公里", "count", 18.6, None, "公里"),
      ("十四座", "count", 14, None, "座"), ("二〇二八年", "year", 2028)],
     "地铁三号线二期工程全长18.6公里，设车站14座，预计2028年底建成通车。"),
    ("学校将于2026年秋季学期起实行新的作息时间，每节课时长为四十分钟。",
     [("2026年", "year", 2026), ("四十分钟", "duration", 40, None, "分钟")],
     "学校将于2026年秋季学期起实行新的作息时间，每节课时长为40分钟。"),
    ("每年三月为全民植树月，十一月上旬开展秋冬季森林防火检查。",
     [("三月", "date", _pd(3)), ("十一月", "date", _pd(11))],
     "每年3月为全民植树月，11月上旬开展秋冬季森林防火检查。"),
    ("农历正月初八起，各窗口恢复正常办公，咨询电话为0571-12345678。",
     [("正月初八", "date", _pd(1, 8))],
     None),
    ("本届运动会共设田径、游泳等十二个大项，参赛运动员一千二百余人。",
     [("十二个", "count", 12, None, "个"), ("一千二百余人", "count", 1200, 1300, "人")],
     "本届运动会共设田径、游泳等12个大项，参赛运动员一千二百余人。"),
    ("各地要一律按照统一标准执行，不得搞一刀切，万一出现问题要一五一十如实上报。",
     [],
     None),
    ("对违规收费问题，主管部门三令五申，但仍有少数学校顶风违纪。",
     [],
     None),
    ("这笔补贴对企业来说只是九牛一毛，关键还要靠改革激发活力。",
     [],
     None),
    ("面对检查，个别负责人心里七上八下，说明平时工作没有落到实处。",
     [],
     None),
    ("一带一路沿线国家留学生来校交流，学校安排了一系列文化体验活动。",
     [],
     None),
    ("市第一人民医院王三平主任医师带领团队完成了全省首例该类手术。",
     [],
     None),
    ("经过一番努力，该村年人均纯收入突破两万元。",
     [("突破两万元", "money", 20000, None, "元")],
     "经过一番努力，该村年人均纯收入突破2万元。"),
    ("到2030年，全市地区生产总值力争比2020年翻一番。",
     [("2030年", "year", 2030), ("2020年", "year", 2020), ("翻一番", "multiple", 2)],
     None),
    ("全省森林面积达到一千零八十万公顷，草原综合植被盖度稳定在五成以上。",
     [("一千零八十万公顷", "count", 10800000, None, "公顷"), ("五成以上", "percent", 50)],
     "全省森林面积达到1080万公顷，草原综合植被盖度稳定在5成以上。"),
    ("新建污水处理厂一座，日处理能力三万立方米，年节约用电约一百二十万千瓦时。",
     [("三万立方米", "count", 30000, None, "立方米"),
      ("约一百二十万千瓦时", "count", 1200000, None, "千瓦时")],
     "新建污水处理厂一座，日处理能力3万立方米，年节约用电约120万千瓦时。"),
    ("该镇流转土地二千三百亩，种植中药材六百余亩，亩均增收一千五百元。",
     [("二千三百亩", "count", 2300, None, "亩"), ("六百余亩", "count", 600, 700, "亩"),
      ("一千五百元", "money", 1500, None, "元")],
     "该镇流转土地2300亩，种植中药材六百余亩，亩均增收1500元。"),
    ("全县共有九年一贯制学校三所、完全中学两所，在校学生四万余人。",
     [("三所", "count", 3, None, "所"), ("两所", "count", 2, None, "所"),
      ("四万余人", "count", 40000, 50000, "人")],
     "全县共有九年一贯制学校3所、完全中学2所，在校学生四万余人。"),
    ("市人民医院二〇二六年门诊量达二百一十五万人次，同比增长百分之八。",
     [("二〇二六年", "year", 2026), ("二百一十五万人次", "count", 2150000, None, "人次"),
      ("百分之八", "percent", 8, None, "%")],
     "市人民医院2026年门诊量达215万人次，同比增长8%。"),
    ("该批项目总投资1.2万亿元，其中首期安排中央预算内资金3千万元。",
     [("1.2万亿元", "money", 1200000000000, None, "元"), ("3千万元", "money", 30000000, None, "元")],
     None),
    ("本次招标分为三个标段，投标人须具有市政公用工程施工总承包二级及以上资质。",
     # (二级及以上 with its qualifier, as 二级以上 is, since session 33's 及以上: it was 二级)
     [("三个", "count", 3, None, "个"), ("二级及以上", "ordinal", 2)],
     "本次招标分为3个标段，投标人须具有市政公用工程施工总承包二级及以上资质。"),
    ("投标保证金不得超过项目估算价的百分之二，投标有效期为九十天。",
     [("百分之二", "percent", 2, None, "%"), ("九十天", "duration", 90, None, "天")],
     "投标保证金不得超过项目估算价的2%，投标有效期为90天。"),
    ("三至五年内，全市将培育国家级专精特新小巨人企业五十家以上。",
     [("三至五年", "range", 3, 5, "年"), ("五十家以上", "count", 50, None, "家")],
     "3至5年内，全市将培育国家级专精特新小巨人企业50家以上。"),
    ("居民生活用水第一阶梯水量为每户每年一百八十立方米以内。",
     [("一百八十立方米以内", "count", 180, None, "立方米")],
     "居民生活用水第一阶梯水量为每户每年180立方米以内。"),
    ("今冬明春，全省计划完成造林二十万亩，治理水土流失面积一千二百平方公里。",
     [("二十万亩", "count", 200000, None, "亩"), ("一千二百平方公里", "count", 1200, None, "平方公里")],
     "今冬明春，全省计划完成造林20万亩，治理水土流失面积1200平方公里。"),
    ("二十一世纪以来，我市人口由三百多万增长到近五百万。",
     [("二十一世纪", "ordinal", 21), ("三百多万", "integer", 3000000, 4000000),
      ("近五百万", "integer", 5000000)],
     "21世纪以来，我市人口由三百多万增长到近500万。"),
    ("申报企业上年度研发投入占营业收入的比重不低于百分之三，且研发人员不少于十人。",
     [("不低于百分之三", "percent", 3, None, "%"), ("不少于十人", "count", 10, None, "人")],
     "申报企业上年度研发投入占营业收入的比重不低于3%，且研发人员不少于10人。"),
    ("全市三级医院增至十二家，每千人口执业医师数达到三点二人。",
     [("三级", "ordinal", 3), ("十二家", "count", 12, None, "家"), ("三点二人", "count", 3.2, None, "人")],
     "全市三级医院增至12家，每千人口执业医师数达到3.2人。"),
    ("学校组织高一年级六百余名学生赴革命老区开展为期两三天的研学活动。",
     [("六百余名", "count", 600, 700, "名"), ("两三天", "duration", 2, 3, "天")],
     None),
    ("本办法自二〇二七年一月一日起施行，有效期五年。",
     [("二〇二七年一月一日", "date", D(2027, 1, 1)), ("五年", "duration", 5, None, "年")],
     "本办法自2027年1月1日起施行，有效期5年。"),
    ("各单位应于每月五日前报送上月统计报表，逾期三次以上的予以通报。",
     [("五日", "date", _pd(day=5)), ("三次以上", "count", 3, None, "次")],
     "各单位应于每月5日前报送上月统计报表，逾期3次以上的予以通报。"),
    ("参观团先后考察了三河市、四平市、五常市和六安市的乡村振兴项目。",
     [],
     None),
    ("沿二环路至京港澳高速，转乘地铁十号线即可到达，一号航站楼设有专用通道。",
     [],
     None),
    ("第十四届全国人民代表大会第三次会议审议通过了该项决定。",
     [("第十四届", "ordinal", 14), ("第三次", "ordinal", 3)],
     None),
    ("该区因地制宜推进一村一品，已培育特色产业专业村三十六个。",
     [("三十六个", "count", 36, None, "个")],
     "该区因地制宜推进一村一品，已培育特色产业专业村36个。"),
]

# the cases that still fail, with why (the unseen run, main 33477b5, failed 8: c01, c04, c07, c11,
# c12, c28, c29, c34; the fixes of session 21 turned c01, c07 and c28): each a convention the tests
# pin
FAILING: dict[int, str] = {
    4: "上千/上万 before a unit is no number (上万人参加 stays a word, a tested convention); expected "
       "上千名 as a count of about 1000",
    11: "a currency word before the amount is part of the mention (人民币1,234.56元, a tested "
        "convention); expected the mention to start at the numeral",
    12: "a currency word before the amount is part of the mention (人民币1,234.56元, a tested "
        "convention); expected the mention to start at the numeral",
    29: "成 is read as a count of tenths (unit 成, 5), a tested convention; expected a percent (50)",
    34: "a mixed numeral is rewritten in one digit form (3千万元 -> 3000万元, as 三千万元 -> 3000万元 and "
        "3亿5千万元 -> 3.5亿元, tested conventions); expected it kept as written",
}


@pytest.mark.parametrize(("text", "mentions", "rewrite"), blind_params(CASES, FAILING, "c"))
def test_blind_sentence(text: str, mentions: list[tuple[object, ...]], rewrite: str | None) -> None:
    check_sentence(text, mentions, rewrite)


def test_the_set_has_fifty_sentences() -> None:
    check_set(CASES, 50)


# --- classes fixed (session 21, NL9)


def test_a_span_of_quarters_keeps_the_quarters_writing() -> None:
    """前两季度 (the first two quarters, a span) keeps its numeral as 一季度 and 三季度 do, and a range
    of quarters in Chinese numerals is kept whole (一至三季度 was half rewritten, 1至三季度); 前三个
    季度 counts with 个 and is rewritten like 三个月."""
    text = "前两季度增长，二至四季度累计，前三个季度"
    assert [(m.text, m.kind, m.low, m.high) for m in find_numbers(text)] == [
        ("两季度", "duration", 2, 2), ("二至四季度", "range", 2, 4), ("三个季度", "duration", 3, 3)]
    assert numbers_to_digits(text) == "前两季度增长，二至四季度累计，前3个季度"
    assert numbers_to_digits("1-4季度，前4季度") == "1-4季度，前4季度"


def test_half_a_unit_of_time_written_alone_is_a_span() -> None:
    """半年, 半个月, 半小时 and 半天 written alone are spans of half a unit (kind duration, nothing
    to rewrite) where a word of duration or a qualifier stands before them or a span's end after them;
    上半年/下半年 (periods), 大半年, 半个月亮, 半年度 and a quoted 半小时 circle's name are none."""
    text = "试用期为半年，每半个月检查，不少于半小时，半天以内办结，超过半年的"
    got = [(m.text, float(m.low), m.unit, m.qualifier) for m in find_numbers(text)]
    assert got == [("半年", 0.5, "年", None), ("半个月", 0.5, "个月", None),
                   ("不少于半小时", 0.5, "小时", "不少于"), ("半天以内", 0.5, "天", "以内"),
                   ("超过半年", 0.5, "年", "超过")]
    assert numbers_to_digits(text) == text
    for text in ("上半年增长，下半年回落", "忙了大半年", "半个月亮爬上来", "半年度报告", "打造半小时生活圈"):
        assert find_numbers(text) == [], text


def test_doubling_n_times_is_a_multiple_kept_as_written() -> None:
    """翻一番 (doubled) and 翻两番 (quadrupled), also 翻了一番, are multiples by the factor 2**N (unit
    倍, as 是去年的两倍 is 2), kept as written; 一番 alone (经过一番努力) and 翻番 state no number."""
    text = "到期末翻一番，产值翻了两番，经过一番努力，收入翻番"
    assert [(m.text, m.kind, m.low, m.unit) for m in find_numbers(text)] == [
        ("翻一番", "multiple", 2, "倍"), ("翻了两番", "multiple", 4, "倍")]
    assert numbers_to_digits(text) == text


def test_a_year_before_ji_or_jie_names_a_cohort() -> None:
    """(found probing around the set) 2026级新生 and 2025届毕业生 name a school's cohort by its year:
    kind year, kept as written; they were counts of 2026 grades and 2025 sessions. 三级医院 stays a
    grade, 18级 and 1000级台阶 counts."""
    text = "欢迎2026级新生，二〇二五届毕业生，2024-2026级，三级医院，1000级台阶"
    got = [(m.text, m.kind, m.low, m.high) for m in find_numbers(text)]
    assert got == [("2026级", "year", 2026, 2026), ("二〇二五届", "year", 2025, 2025),
                   ("2024-2026级", "range", 2024, 2026), ("三级", "ordinal", 3, 3), ("1000级", "count", 1000, 1000)]
    assert numbers_to_digits(text) == text
