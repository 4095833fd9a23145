"""Session 23's blind set for the numbers reader (NL11): fifty sentences of our own, written before
reading ``govtext.numbers`` (only the guide, the public docstrings, the s22 set's shape and
report), each with the mentions (text, kind, low, high, unit) and the rewrite of
``numbers_to_digits`` expected. It stresses what s19-s22 covered less: work reports' approximations
(3万多人, 近千名, 数百个, 十余所, 一千一百多亿元, 一百多万; 上万个 and 成千上万 no numbers), bulletins with
growth and decline in one clause (下降2.3%, 回落4.2个百分点, 同比增长-2.3%, 拉动…个百分点), 万亿元 and 亿元
with decimals, 年均, 倍; dates with weekdays and clock times (2026年3月5日（星期四）上午9:30), dates in
Chinese numerals, lunar dates (八月十五, 正月初一至初六); cohorts, grades and exam scores (2026级,
2026届, 总分750分, 600分以上, 学分, 一、二年级, 三至六年级, 大三, 初二), 学制三年, 3至6年; age limits
(年满18周岁, 35周岁以下, 60岁以上, 二十至三十周岁, 未满十八周岁); areas and distances (1.2万平方米, 两千米);
money in 元/角/毛 and capital numerals with 角/分; Chinese percents and fractions; ordinals of laws
(第一百零二条, 第三款, 第十一条至第十五条); 一式四份; and hard negatives: enumerators (一是, 其一, 一方面),
set phrases (两学一做, 四个意识, 五位一体, 四个全面, 九年义务教育, 一刀切, 三令五申, 一律, 统一, 一致, 唯一,
一度, 第三方, 二维码, 万一, 一般, 三农, 一些, 七上八下, 一曝十寒, 一心一意, 两手), ratios (2.05∶1, 三比七),
a class (高三（5）班), a street number (108号), a postcode, an ID number and a document's number."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from blind import check_sentence, check_set
from blind import mentions as _got
from blind import pd as _pd
from govtext.numbers import find_numbers, numbers_to_digits

from strategies import blind_params

D, T = dt.date, dt.time

# (sentence, expected mentions as (text, kind, low[, high[, unit]]), expected rewrite; None: unchanged)
CASES: list[tuple[str, list[tuple[object, ...]], str | None]] = [
    # work reports: ranges and approximations
    ("今年全市新增城镇就业3万多人，帮扶近千名就业困难人员实现再就业，开发公益性岗位数百个。",
     [("3万多人", "count", 30000, 40000, "人"), ("近千名", "count", 1000, None, "名"),
      ("数百个", "count", 100, 1000, "个")],
     None),
    ("去年，全市新建改扩建幼儿园十余所，新增学位上万个，成千上万的农村孩子在家门口上了好学校。",
     [("十余所", "count", 10, 20, "所")],
     None),
    ("全年共实施重点项目二百六十个左右，完成投资一千一百多亿元，带动就业近5万人。",
     [("二百六十个左右", "count", 260, None, "个"),
      ("一千一百多亿元", "money", 110000000000, 120000000000, "元"), ("近5万人", "count", 50000, None, "人")],
     "全年共实施重点项目260个左右，完成投资一千一百多亿元，带动就业近5万人。"),
    ("五年来，累计改造棚户区住房二十三万套，农村危房全部清零，一百多万群众喜迁新居。",
     [("五年", "duration", 5, None, "年"), ("二十三万套", "count", 230000, None, "套"),
      ("一百多万", "integer", 1000000, 2000000)],
     "5年来，累计改造棚户区住房23万套，农村危房全部清零，一百多万群众喜迁新居。"),
    ("全年居民人均可支配收入增长6.1%，快于经济增长0.8个百分点，城乡居民收入比缩小到2.05∶1。",
     [("6.1%", "percent", 6.1, None, "%"), ("0.8个百分点", "percent", 0.8, None, "百分点")],
     None),
    ("到2030年，力争全市研发经费投入强度达到3%以上，高新技术企业数量实现倍增，突破一万家。",
     [("2030年", "year", 2030), ("3%以上", "percent", 3, None, "%"), ("突破一万家", "count", 10000, None, "家")],
     "到2030年，力争全市研发经费投入强度达到3%以上，高新技术企业数量实现倍增，突破1万家。"),
    # statistics bulletins: growth and decline in one clause
    ("全年规模以上工业增加值比上年下降2.3%，其中制造业增加值增长1.6%，增速比上年回落4.2个百分点。",
     [("2.3%", "percent", 2.3, None, "%"), ("1.6%", "percent", 1.6, None, "%"),
      ("4.2个百分点", "percent", 4.2, None, "百分点")],
     None),
    ("一季度，全市进出口总额同比增长-2.3%，其中出口下降百分之四点五，进口增长百分之一点二。",
     [("一季度", "ordinal", 1), ("-2.3%", "percent", -2.3, None, "%"), ("百分之四点五", "percent", 4.5, None, "%"),
      ("百分之一点二", "percent", 1.2, None, "%")],
     "一季度，全市进出口总额同比增长-2.3%，其中出口下降4.5%，进口增长1.2%。"),
    ("全省地区生产总值突破5.6万亿元，达到56218.37亿元，“十四五”以来年均增长5.9%。",
     [("突破5.6万亿元", "money", 5600000000000, None, "元"), ("56218.37亿元", "money", 5621837000000, None, "元"),
      ("5.9%", "percent", 5.9, None, "%")],
     None),
    ("全市金融机构本外币存款余额二点三六万亿元，比年初增加一千八百五十二亿元，增长百分之八点六。",
     [("二点三六万亿元", "money", 2360000000000, None, "元"), ("一千八百五十二亿元", "money", 185200000000, None, "元"),
      ("百分之八点六", "percent", 8.6, None, "%")],
     "全市金融机构本外币存款余额2.36万亿元，比年初增加1852亿元，增长8.6%。"),
    ("全年商品房销售面积862.5万平方米，下降12.4%；商品房待售面积比上年末减少35.6万平方米。",
     [("862.5万平方米", "count", 8625000, None, "平方米"), ("12.4%", "percent", 12.4, None, "%"),
      ("35.6万平方米", "count", 356000, None, "平方米")],
     None),
    ("2021—2025年，全县农村居民人均可支配收入年均增长7.2%，城乡收入差距由2.3倍缩小到1.9倍。",
     [("2021—2025年", "range", 2021, 2025, "年"), ("7.2%", "percent", 7.2, None, "%"),
      ("2.3倍", "multiple", 2.3, None, "倍"), ("1.9倍", "multiple", 1.9, None, "倍")],
     None),
    ("全年最终消费支出对经济增长的贡献率为56.2%，拉动经济增长2.9个百分点；货物和服务净出口拉动经济下降0.4个百分点。",
     [("56.2%", "percent", 56.2, None, "%"), ("2.9个百分点", "percent", 2.9, None, "百分点"),
      ("0.4个百分点", "percent", 0.4, None, "百分点")],
     None),
    # dates with weekdays and clock times, dates in Chinese numerals, lunar dates
    ("全市教育工作会议定于2026年3月5日（星期四）上午9:30在市行政中心第三会议室召开，会期半天。",
     [("2026年3月5日", "date", D(2026, 3, 5)), ("9:30", "time", T(9, 30)), ("半天", "duration", 0.5, None, "天")],
     None),
    ("请各校于十二月十八日（星期五）下午五点前将汇总表报送教育局办公室，逾期不予受理。",
     [("十二月十八日", "date", _pd(12, 18)), ("五点", "time", T(17))],
     "请各校于12月18日（星期五）下午五点前将汇总表报送教育局办公室，逾期不予受理。"),
    ("本规定自二〇二六年十二月三十一日起施行，有效期至二〇三一年十二月三十日。",
     [("二〇二六年十二月三十一日", "date", D(2026, 12, 31)), ("二〇三一年十二月三十日", "date", D(2031, 12, 30))],
     "本规定自2026年12月31日起施行，有效期至2031年12月30日。"),
    ("今年农历八月十五恰逢国庆假期，10月1日至8日放假调休，共8天。",
     [("八月十五", "date", _pd(8, 15)), ("10月1日至8日", "range", _pd(10, 1), _pd(10, 8)),
      ("8天", "duration", 8, None, "天")],
     None),
    ("正月初一至初六，各景区实行预约入园，每日上午8:00至下午5:30开放。",
     [("正月初一至初六", "range", _pd(1, 1), _pd(1, 6)), ("8:00", "time", T(8, 0)), ("5:30", "time", T(17, 30))],
     None),
    ("2026年9月1日（星期二）7:50前，一年级新生由家长陪同到校报到。",
     [("2026年9月1日", "date", D(2026, 9, 1)), ("7:50", "time", T(7, 50))],
     None),
    ("每年清明节前后，即4月4日至6日，全市各陵园开放时间延长至晚上7点。",
     [("4月4日至6日", "range", _pd(4, 4), _pd(4, 6)), ("7点", "time", T(19))],
     None),
    # schools: cohorts, grades, exam scores, notices
    ("我校2026级新生共招收十二个班，每班不超过45人，学制三年。",
     [("2026级", "year", 2026), ("十二个", "count", 12, None, "个"), ("不超过45人", "count", 45, None, "人"),
      ("三年", "duration", 3, None, "年")],
     "我校2026级新生共招收12个班，每班不超过45人，学制3年。"),
    ("今年我省普通高考总分为750分，本科一批录取控制分数线为文科538分、理科512分。",
     [("750分", "count", 750, None, "分"), ("538分", "count", 538, None, "分"), ("512分", "count", 512, None, "分")],
     None),
    ("全校600分以上考生一百二十八人，其中高三（5）班有二十一人，占全班人数的一半。",
     [("600分以上", "count", 600, None, "分"), ("一百二十八人", "count", 128, None, "人"),
      ("二十一人", "count", 21, None, "人")],
     "全校600分以上考生128人，其中高三（5）班有21人，占全班人数的一半。"),
    ("大三学生可申请辅修第二学位，修满二十五学分并通过考核的，颁发辅修证书。",
     [("二十五学分", "count", 25, None, "学分")],
     "大三学生可申请辅修第二学位，修满25学分并通过考核的，颁发辅修证书。"),
    ("2026届初中毕业生和往届生均可报名参加中考，初二年级学生不得提前报名。",
     [("2026届", "year", 2026)],
     None),
    ("小学一、二年级不布置家庭书面作业，三至六年级书面作业平均完成时间不超过60分钟。",
     [("不超过60分钟", "duration", 60, None, "分钟")],
     None),
    ("本科学制一般为四年，实行弹性学制的，学生可在3至6年内完成学业。",
     [("四年", "duration", 4, None, "年"), ("3至6年", "range", 3, 6, "年")],
     "本科学制一般为4年，实行弹性学制的，学生可在3至6年内完成学业。"),
    # age limits
    ("报考人员须年满18周岁，年龄一般在35周岁以下，具有研究生学历的可放宽到40周岁。",
     [("18周岁", "count", 18, None, "周岁"), ("35周岁以下", "count", 35, None, "周岁"),
      ("40周岁", "count", 40, None, "周岁")],
     None),
    ("60岁以上老年人、孕妇及3岁以下婴幼儿家庭可优先办理，70周岁以上老人乘坐公交免费。",
     [("60岁以上", "count", 60, None, "岁"), ("3岁以下", "count", 3, None, "岁"),
      ("70周岁以上", "count", 70, None, "周岁")],
     None),
    ("本次招聘的幼儿教师年龄在二十至三十周岁之间，身高不限。",
     [("二十至三十周岁", "range", 20, 30, "周岁")],
     "本次招聘的幼儿教师年龄在20至30周岁之间，身高不限。"),
    # areas and distances
    ("新校区占地面积一百二十亩，总建筑面积1.2万平方米，距市中心约5公里。",
     [("一百二十亩", "count", 120, None, "亩"), ("1.2万平方米", "count", 12000, None, "平方米"),
      ("约5公里", "count", 5, None, "公里")],
     "新校区占地面积120亩，总建筑面积1.2万平方米，距市中心约5公里。"),
    ("校车单程行驶距离原则上不超过十五公里，学生步行上学距离一般不超过两千米。",
     [("不超过十五公里", "count", 15, None, "公里"), ("不超过两千米", "count", 2000, None, "米")],
     "校车单程行驶距离原则上不超过15公里，学生步行上学距离一般不超过2000米。"),
    # money in 元, 角, 毛 and capital numerals
    ("经核定，每生每学期住宿费为三百五十元，伙食补助每天四元五角。",
     [("三百五十元", "money", 350, None, "元"), ("四元五角", "money", 4.5, None, "元")],
     "经核定，每生每学期住宿费为350元，伙食补助每天4元5角。"),
    ("中标金额：人民币壹拾贰万叁仟肆佰伍拾陆元柒角捌分（¥123,456.78）。",
     [("人民币壹拾贰万叁仟肆佰伍拾陆元柒角捌分", "money", 123456.78, None, "元"),
      ("¥123,456.78", "money", 123456.78, None, "元")],
     "中标金额：人民币123456元7角8分（¥123,456.78）。"),
    ("市场监测显示，本周猪肉均价为每公斤二十六元八角，比上周下降五角，菜价每斤上涨两毛钱左右。",
     [("二十六元八角", "money", 26.8, None, "元"), ("五角", "money", 0.5, None, "元"),
      ("两毛钱左右", "money", 0.2, None, "元")],
     "市场监测显示，本周猪肉均价为每公斤26元8角，比上周下降5角，菜价每斤上涨2毛钱左右。"),
    # percents in Chinese, fractions, ratios
    ("全市义务教育阶段学校教师中，本科以上学历占百分之五十以上，其中三分之一来自师范院校。",
     [("百分之五十以上", "percent", 50, None, "%"), ("三分之一", "fraction", 1 / 3)],
     "全市义务教育阶段学校教师中，本科以上学历占50%以上，其中1/3来自师范院校。"),
    ("政府投资占项目总投资的比例不超过百分之三十，其余部分由社会资本承担，两者之比约为三比七。",
     [("不超过百分之三十", "percent", 30, None, "%")],
     "政府投资占项目总投资的比例不超过30%，其余部分由社会资本承担，两者之比约为三比七。"),
    # laws and contracts
    ("第一百零二条　违反本法第三十五条第三款规定的，由有关主管部门责令限期改正，处二千元以上一万元以下的罚款。",
     [("第一百零二条", "ordinal", 102, None, "条"), ("第三十五条", "ordinal", 35, None, "条"),
      ("第三款", "ordinal", 3, None, "款"), ("二千元以上", "money", 2000, None, "元"),
      ("一万元以下", "money", 10000, None, "元")],
     "第一百零二条　违反本法第三十五条第三款规定的，由有关主管部门责令限期改正，处2000元以上1万元以下的罚款。"),
    ("本条例所称未成年人，是指未满十八周岁的公民；本条例第二章第十一条至第十五条适用于学校。",
     [("未满十八周岁", "count", 18, None, "周岁"), ("第二章", "ordinal", 2, None, "章"),
      ("第十一条至第十五条", "range", 11, 15, "条")],
     "本条例所称未成年人，是指未满18周岁的公民；本条例第二章第十一条至第十五条适用于学校。"),
    ("本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。",
     [("四份", "count", 4, None, "份"), ("两份", "count", 2, None, "份")],
     "本合同一式4份，甲乙双方各执2份，自双方签字盖章之日起生效。"),
    # enumerators and set phrases: no numbers
    ("一是加强组织领导，二是压实工作责任，三是强化督查考核，确保各项任务落到实处。",
     [],
     None),
    ("其一，要坚持一心一意为人民服务；其二，要做到一方面抓发展、另一方面抓安全，两手都要硬。",
     [],
     None),
    ("深入开展两学一做学习教育，牢固树立四个意识，坚定四个自信，做到两个维护。",
     [],
     None),
    ("统筹推进五位一体总体布局，协调推进四个全面战略布局，全面落实九年义务教育。",
     [],
     None),
    ("坚决防止一刀切，不得层层加码，对违规收费问题要三令五申，做到一律清退、统一标准、口径一致。",
     [],
     None),
    ("学校唯一的一栋实验楼建于上世纪九十年代，一度因安全隐患停用，后经第三方机构鉴定后加固。",
     [],
     "学校唯一的一栋实验楼建于上世纪90年代，一度因安全隐患停用，后经第三方机构鉴定后加固。"),
    ("扫描二维码即可在线预约，一般情况下一个工作日内回复，万一遇到问题可拨打服务热线。",
     [],
     None),
    ("各地要把三农工作作为重中之重，一些地方存在的七上八下、一曝十寒等问题必须坚决纠正。",
     [],
     None),
    # identifiers
    ("联系电话：0851-85981234，邮政编码：550001，地址：市府路108号。",
     [],
     None),
    ("申请人须提供身份证号码（如：520102199003151234）及《关于做好2026年普通高校招生工作的通知》（黔教发〔2026〕15号）要求的材料。",
     [("2026年", "year", 2026)],
     None),
]

# the cases that still fail, with why (the unseen run, main 7220e58, failed 3: c17, c34, c38; the fixes of
# session 23 turned c17 and c38)
FAILING: dict[int, str] = {
    34: "a lone Chinese numeral before 角 or 毛 is money only before 钱 or a digit and 分, or after 元 (五角钱, "
        "三角二分, 一元五角: the documented cases; 三角, 八角, 五角星 are words); expected 下降五角 as 0.5 元",
}


@pytest.mark.parametrize(("text", "mentions", "rewrite"), blind_params(CASES, FAILING, "c"))
def test_blind_sentence(text: str, mentions: list[tuple[object, ...]], rewrite: str | None) -> None:
    check_sentence(text, mentions, rewrite)


def test_the_set_has_fifty_sentences() -> None:
    check_set(CASES, 50)


# --- classes fixed (session 23, NL11); each test failed before its fix


def test_two_ordinals_with_their_unit_make_a_range() -> None:
    """第1名至第3名 and 第十一条至第十五条 are one range of ordinals, as 第3-5名 and 第一至三条 are (they were two
    ordinals); 第3至第5名 and 第一至第三名 are one too (the first end was lost). A law's structure markers stay
    as written; 第一至第三 and 第一至第三中学 count nothing (no range, no mention)."""
    assert _got("第1名至第3名，第3至第5名，第十一条至第十五条") == [
        ("第1名至第3名", "range", 1, 3, "名"), ("第3至第5名", "range", 3, 5, "名"),
        ("第十一条至第十五条", "range", 11, 15, "条")]
    assert numbers_to_digits("第一至第三名，第十一条至第十五条") == "第1至第3名，第十一条至第十五条"
    assert find_numbers("第一至第三，第一至第三中学") == []
    assert [m.text for m in find_numbers("第5名至第3名")] == ["第5名", "第3名"]  # (backwards: no range)


def test_a_day_of_the_week_between_a_date_and_a_connector() -> None:
    """2026年1月1日（星期四）至1月3日（星期六）: a day of the week in brackets after the first date does not
    break the range (it was two dates); after a number that is no date's day it joins nothing."""
    assert _got("2026年1月1日（星期四）至3日（星期六）放假，10月1日(周三)—10月8日(周三)") == [
        ("2026年1月1日（星期四）至3日", "range", D(2026, 1, 1), D(2026, 1, 3), None),
        ("10月1日(周三)—10月8日", "range", _pd(10, 1), _pd(10, 8), None)]
    assert [m.kind for m in find_numbers("5月（周五）至6月，3（周五）至5人")] == ["date", "date", "integer", "count"]


def test_a_range_of_days_of_a_lunar_month_is_kept_whole() -> None:
    """正月初一至初六, 正月初一至十五 and 正月初八至十二日 are a range of days of a lunar month, kept as written
    like 正月十五 (初六 was lost, 十五 rewritten 15 and 十二日 12日: half a phrase rewritten); before 期
    (十五期间 names a plan's years) the date stands alone, as before."""
    text = "正月初一至初六，正月初一至十五，正月初八至十二日，腊月廿三至廿八"
    assert _got(text) == [
        ("正月初一至初六", "range", _pd(1, 1), _pd(1, 6), None), ("正月初一至十五", "range", _pd(1, 1), _pd(1, 15), None),
        ("正月初八至十二日", "range", _pd(1, 8), _pd(1, 12), None), ("腊月廿三至廿八", "range", _pd(12, 23), _pd(12, 28), None)]
    assert numbers_to_digits(text) == text
    assert [m.text for m in find_numbers("正月初六至初一，正月初一至十五期间")] == ["正月初六", "正月初一"]


def test_a_class_named_after_its_grade_is_no_count() -> None:
    """二年级三班, 高三三班 and 七年级2班 name a class of a grade (they were counts of classes, rewritten 二年级3班
    beside the grade kept as written); 三班倒 and 两班倒 (shifts) are words. 共三班, 分为五班 still count."""
    text = "二年级三班，高三三班，七年级2班，实行三班倒，共三班"
    assert [m.text for m in find_numbers(text)] == ["三班"]
    assert numbers_to_digits(text) == "二年级三班，高三三班，七年级2班，实行三班倒，共3班"


def test_jiao_or_mao_after_arabic_digits_is_money() -> None:
    """每斤5角, 降低2毛 are money in 元 where the word ends (it was a bare 5); 5角星 is no money, and a lone
    Chinese numeral before 角 stays a word (五角星, 八角) unless 钱 or fen follow."""
    assert _got("每斤5角，降低2毛，3角以上") == [
        ("5角", "money", Decimal("0.5"), Decimal("0.5"), "元"), ("2毛", "money", Decimal("0.2"), Decimal("0.2"), "元"),
        ("3角以上", "money", Decimal("0.3"), Decimal("0.3"), "元")]
    assert [m.unit for m in find_numbers("5角星")] == [None]
    assert find_numbers("五角星，八角、桂皮") == []


def test_a_minus_sign_after_zhi_or_dao() -> None:
    """(found probing bulletins around the set) 回落至-3.2% and 降到-1.2% are negative (the dash after 至
    or 到 was taken for a range's, and the value read 3.2); -20℃至-5℃ is one range (it was -20 and 5)."""
    assert _got("增速回落至-3.2%，降到-1.2%") == [
        ("-3.2%", "percent", -3.2, -3.2, "%"), ("-1.2%", "percent", -1.2, -1.2, "%")]
    assert _got("气温为-20℃至-5℃") == [("-20℃至-5℃", "range", -20, -5, "℃")]
    assert [m.text for m in find_numbers("从-3%到5%，1至-3")] == ["-3%到5%", "1", "-3"]


def test_one_jiao_or_mao_before_qian_is_money_kept_as_written() -> None:
    """(found probing money around the set) 一角钱 and 一毛钱 are 0.1 元 as 五角钱 is 0.5 (the lone 一 was taken
    for the article and nothing found), kept as written like 一倍; 每一分钱都用在刀刃上 (every cent) stays a word."""
    assert _got("一角钱，一毛钱") == [("一角钱", "money", Decimal("0.1"), Decimal("0.1"), "元"),
                                  ("一毛钱", "money", Decimal("0.1"), Decimal("0.1"), "元")]
    assert numbers_to_digits("一角钱，五角钱") == "一角钱，5角钱"
    assert find_numbers("把每一分钱都用在刀刃上") == []


def test_phone_extensions_and_mobile_numbers_in_groups_are_identifiers() -> None:
    """(found probing contact lines around the set) the extension after a telephone number's 转
    (010-12345678转8001) and a mobile number in groups (139 8501 2345) are no numbers (they were
    integers); 订单转120件 still counts."""
    assert find_numbers("电话：0851-86831234转802，手机：139 8501 2345") == []
    assert [m.text for m in find_numbers("订单转120件，传真转8003")] == ["120件", "8003"]


def test_yuan_month_is_january() -> None:
    """(found probing notices around the set) 元月 names January: 2026年元月 and 元月十五日 are dates
    (the year or the day was read alone); the day's numeral is rewritten, 元月 kept. 5000元月收入 and
    单元月考 have no month."""
    assert _got("二〇二六年元月，元月十五日起，2026年元月至3月") == [
        ("二〇二六年元月", "date", _pd(1, year=2026), _pd(1, year=2026), None),
        ("元月十五日", "date", _pd(1, 15), _pd(1, 15), None),
        ("2026年元月至3月", "range", _pd(1, year=2026), _pd(3, year=2026), None)]
    assert numbers_to_digits("二〇二六年元月，元月十五日起") == "2026年元月，元月15日起"
    assert [m.text for m in find_numbers("5000元月收入，单元月考")] == ["5000元"]


def test_a_list_of_changes_shares_its_last_items_percentage_points() -> None:
    """(found probing bulletins around the set) 分别加快0.3、0.1个百分点 and 分别下降1.2个和0.8个百分点: each
    item of the list is a change in percentage points (the first was a bare 0.3, or a count of 1.2 个);
    a count of 个 that is no item of such a list stays one (全市3个和区县2个百分点)."""
    got = [(m.text, m.kind, m.unit) for m in find_numbers("分别加快0.3、0.1个百分点，分别下降1.2个和0.8个百分点")]
    assert got == [("0.3", "percent", "百分点"), ("0.1个百分点", "percent", "百分点"),
                   ("1.2个", "percent", "百分点"), ("0.8个百分点", "percent", "百分点")]
    assert [m.unit for m in find_numbers("全市3个和区县2个百分点")] == ["个", "百分点"]
    assert numbers_to_digits("分别提高零点五、零点三个百分点") == "分别提高0.5、0.3个百分点"


def test_more_slogans_are_protected_terms() -> None:
    """(found probing slogans around the set) 五个振兴 (rural revitalisation's five parts), 两个责任 (the
    two responsibilities of party governance) and 三支一扶 (a graduates' service programme) are names, as
    两个维护 is: 推进五个振兴 was rewritten 推进5个振兴, 落实两个责任 落实2个责任; 三支 was a count."""
    text = "推进五个振兴，落实两个责任，参加三支一扶计划"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("落实两个责任清单，五个方面") == "落实两个责任清单，5个方面"


def test_a_year_ending_in_yi_is_no_lone_yi_before_a_span() -> None:
    """(found by the property test of date parts, seed-dependent in CI) 一七一一年七年: the year's last
    digit 一 and 年 were taken for a lone 一年 beside 七年, which was kept as written, and the rewrite
    1711年七年 was rewritten again (1711年7年); page tabs 一年 三年 keep their writing as before. So in
    一七一三年两年 the year's 三 starts no word 三年两年 (两年 was blocked, and rewritten on a second pass)."""
    for text in ("一七一一年七年", "二〇一一年三年的", "一七一三年两年"):
        once = numbers_to_digits(text)
        assert numbers_to_digits(once) == once, text
    assert numbers_to_digits("一七一一年七年") == "1711年7年"
    assert numbers_to_digits("一七一三年两年，他三年两年就回来") == "1713年2年，他三年两年就回来"
    assert numbers_to_digits("一年 三年，一天 三天") == "一年 三年，一天 三天"
