"""Session 20's blind set for the numbers reader (NL8): fifty sentences of our own in the style
of work reports, laws, notices, school news and statistics bulletins, written before reading
``govtext.numbers`` or its tests, each with the mentions (text, kind, low, high, unit) and the
rewrite of ``numbers_to_digits`` expected. It covers percents, per-mille and fractions in words,
ranges with 至/到/～/—, approximations (约, 近, 余, 多, 左右, 上下, 以内, 不少于), dates and clock
times in Chinese numerals, durations with 半 (三年半, 一个半月), money with 万亿元 and mixed digits
and scales (3亿5千万元), ordinals (第二十三条, 第3批, 第二十三届), 两 as two, money in 角/分,
temperatures, areas and lengths, and hard negatives: names, set phrases and place names with
numerals that must stay as written (三峡, 二十四节气, 一国两制, 三严三实, 千方百计, 二手, 八达岭,
九江, 六盘水, 二连浩特 ...)."""

from __future__ import annotations

import datetime as dt

import pytest

from blind import check_sentence, check_set
from blind import pd as _pd
from govtext.numbers import find_numbers, numbers_to_digits

from strategies import blind_params

D, T = dt.date, dt.time

# (sentence, expected mentions as (text, kind, low[, high[, unit]]), expected rewrite; None: unchanged)
CASES: list[tuple[str, list[tuple[object, ...]], str | None]] = [
    ("全区森林覆盖率达到百分之六十三点五，比上年提高零点八个百分点。",
     [("百分之六十三点五", "percent", 63.5, None, "%"), ("零点八个百分点", "percent", 0.8)],
     "全区森林覆盖率达到63.5%，比上年提高0.8个百分点。"),
    ("经抽样调查，约三分之二的受访群众对社区服务表示满意。",
     [("约三分之二", "fraction", 2 / 3)],
     "经抽样调查，约2/3的受访群众对社区服务表示满意。"),
    ("本市婴儿死亡率控制在千分之五以内。",
     [("千分之五以内", "percent", 5, None, "‰")],
     "本市婴儿死亡率控制在5‰以内。"),
    ("各乡镇应于二〇二六年十二月五日前将材料报送县教育局。",
     [("二〇二六年十二月五日", "date", D(2026, 12, 5))],
     "各乡镇应于2026年12月5日前将材料报送县教育局。"),
    ("会议定于下午三时三十分在市政府小礼堂召开。",
     [("三时三十分", "time", T(15, 30))],
     None),
    ("该项目建设周期为三年半，预计二〇二九年年中建成投用。",
     [("三年半", "duration", 3.5, None, "年"), ("二〇二九年", "year", 2029)],
     "该项目建设周期为3年半，预计2029年年中建成投用。"),
    ("集中整治行动为期一个半月，共排查隐患四百六十七处。",
     [("一个半月", "duration", 1.5), ("四百六十七处", "count", 467, None, "处")],
     "集中整治行动为期1个半月，共排查隐患467处。"),
    ("全年全省社会消费品零售总额达1.2万亿元，同比增长百分之四点一。",
     [("1.2万亿元", "money", 1200000000000, None, "元"), ("百分之四点一", "percent", 4.1)],
     "全年全省社会消费品零售总额达1.2万亿元，同比增长4.1%。"),
    ("该企业本轮融资3亿5千万元，主要用于新生产线建设。",
     [("3亿5千万元", "money", 350000000, None, "元")],
     None),
    ("根据本法第二十三条的规定，当事人可以在六十日内申请行政复议。",
     [("第二十三条", "ordinal", 23, None, "条"), ("六十日", "duration", 60, None, "日")],
     "根据本法第二十三条的规定，当事人可以在60日内申请行政复议。"),
    ("我区第3批市级非物质文化遗产代表性项目名录共收录十七项。",
     [("第3批", "ordinal", 3, None, "批"), ("十七项", "count", 17, None, "项")],
     "我区第3批市级非物质文化遗产代表性项目名录共收录17项。"),
    ("两名驾驶员因疲劳驾驶被处以罚款二百元。",
     [("两名", "count", 2, None, "名"), ("二百元", "money", 200, None, "元")],
     "2名驾驶员因疲劳驾驶被处以罚款200元。"),
    ("自十二月起，公交普通线路票价由一元调整为一元五角。",
     [("十二月", "date", _pd(12)), ("一元", "money", 1, None, "元"), ("一元五角", "money", 1.5, None, "元")],
     "自12月起，公交普通线路票价由1元调整为1元5角。"),
    ("受供应偏紧影响，每公斤鸡蛋价格比上周上涨三角二分。",
     [("三角二分", "money", 0.32, None, "元")],
     "受供应偏紧影响，每公斤鸡蛋价格比上周上涨3角2分。"),
    ("受冷空气影响，明天最低气温将降至零下八摄氏度，最高气温三摄氏度左右。",
     [("零下八摄氏度", "count", -8, None, "摄氏度"), ("三摄氏度左右", "count", 3, None, "摄氏度")],
     "受冷空气影响，明天最低气温将降至零下8摄氏度，最高气温3摄氏度左右。"),
    ("该湿地公园规划面积约十二点六平方公里，步道总长二十三千米。",
     [("约十二点六平方公里", "count", 12.6, None, "平方公里"), ("二十三千米", "count", 23, None, "千米")],
     "该湿地公园规划面积约12.6平方公里，步道总长23千米。"),
    ("全市新增城镇就业五万到六万人，城镇调查失业率控制在百分之五点五左右。",
     [("五万到六万人", "range", 50000, 60000, "人"), ("百分之五点五左右", "percent", 5.5)],
     "全市新增城镇就业5万到6万人，城镇调查失业率控制在5.5%左右。"),
    ("报名时间为2026年3月1日至3月15日，逾期不予受理。",
     [("2026年3月1日至3月15日", "range", D(2026, 3, 1), D(2026, 3, 15))],
     None),
    ("适宜种植的海拔高度在800～1200米之间。",
     [("800～1200米", "range", 800, 1200, "米")],
     None),
    ("项目实施期限为2026—2028年，分三个阶段推进。",
     [("2026—2028年", "range", 2026, 2028), ("三个", "count", 3, None, "个")],
     "项目实施期限为2026—2028年，分3个阶段推进。"),
    ("近五年来，全县累计新建改建农村公路一千二百余公里。",
     [("五年", "duration", 5, None, "年"), ("一千二百余公里", "count", 1200, 1300, "公里")],
     "近5年来，全县累计新建改建农村公路一千二百余公里。"),
    ("活动共吸引游客近十万人次，带动旅游收入三千多万元。",
     [("近十万人次", "count", 100000, None, "人次"), ("三千多万元", "money", 30000000, 40000000, "元")],
     "活动共吸引游客近10万人次，带动旅游收入3000多万元。"),
    ("本次招聘岗位四十个左右，报名人数在三百人上下。",
     [("四十个左右", "count", 40, None, "个"), ("三百人上下", "count", 300, None, "人")],
     "本次招聘岗位40个左右，报名人数在300人上下。"),
    ("参加培训的教师有五十余人，来自全市二十多所学校。",
     [("五十余人", "count", 50, 60, "人"), ("二十多所", "count", 20, 30, "所")],
     "参加培训的教师有五十余人，来自全市20多所学校。"),
    ("这次地震造成房屋受损一万余间，直接经济损失逾2亿元。",
     [("一万余间", "count", 10000, 20000, "间"), ("逾2亿元", "money", 200000000, None, "元")],
     None),
    ("高三年级一模考试将于四月八日上午八时开始。",
     [("四月八日", "date", _pd(4, 8)), ("八时", "time", T(8))],
     "高三年级一模考试将于4月8日上午八时开始。"),
    ("学校开展“二十四节气”主题研学活动，引导学生了解传统农耕文化。",
     [],
     None),
    ("三峡水库蓄水期间，库区水位将逐步抬升至一百七十五米。",
     [("一百七十五米", "count", 175, None, "米")],
     "三峡水库蓄水期间，库区水位将逐步抬升至175米。"),
    ("坚持一国两制方针，广泛团结五湖四海的中华儿女。",
     [],
     None),
    ("深入开展“三严三实”专题教育，协调推进“四个全面”战略布局。",
     [],
     None),
    ("我们要千方百计稳就业，万众一心战胜困难，推动文艺百花齐放。",
     [],
     None),
    ("一方面要统一思想，另一方面要在第一时间回应群众关切。",
     [],
     None),
    ("一般情况下，二手车交易须在一切手续办妥后方可过户。",
     [],
     None),
    ("这项工作做到十全十美是不可能的，但一些环节仍有改进空间。",
     [],
     None),
    ("全面落实九年义务教育，巩固率达到百分之九十五以上。",
     [("百分之九十五以上", "percent", 95, None, "%")],
     "全面落实九年义务教育，巩固率达到95%以上。"),
    ("游客可乘坐公交前往八达岭长城，全程约七十公里。",
     [("约七十公里", "count", 70, None, "公里")],
     "游客可乘坐公交前往八达岭长城，全程约70公里。"),
    ("珠江三角洲地区九个城市共建成5G基站二十余万个。",
     [("九个", "count", 9, None, "个"), ("二十余万个", "count", 200000, 300000, "个")],
     "珠江三角洲地区9个城市共建成5G基站二十余万个。"),
    ("九江、六盘水、十堰、三亚、七台河等地入选首批试点城市。",
     [],
     None),
    ("二连浩特口岸今年前十个月进出境货运量达一千五百万吨。",
     [("十个月", "duration", 10), ("一千五百万吨", "count", 15000000, None, "吨")],
     "二连浩特口岸今年前10个月进出境货运量达1500万吨。"),
    ("全省规模以上工业增加值增速预计在百分之六至百分之七之间。",
     [("百分之六至百分之七", "range", 6, 7, "%")],
     "全省规模以上工业增加值增速预计在6%至7%之间。"),
    ("新建学校每班学生人数控制在四十五人以内，生均用地面积不少于二十三平方米。",
     [("四十五人以内", "count", 45, None, "人"), ("不少于二十三平方米", "count", 23, None, "平方米")],
     "新建学校每班学生人数控制在45人以内，生均用地面积不少于23平方米。"),
    ("冬至当天，白昼时间只有九个多小时。",
     [("九个多小时", "duration", 9, 10, "小时")],
     "冬至当天，白昼时间只有9个多小时。"),
    ("今年夏粮亩产四百三十二点六公斤，比上年每亩增加两公斤半。",
     [("四百三十二点六公斤", "count", 432.6, None, "公斤"), ("两公斤半", "count", 2.5, None, "公斤")],
     "今年夏粮亩产432.6公斤，比上年每亩增加2公斤半。"),
    ("2026年12月5日上午9时，第二十三届全市中小学生运动会在体育中心开幕。",
     [("2026年12月5日", "date", D(2026, 12, 5)), ("9时", "time", T(9)),
      ("第二十三届", "ordinal", 23, None, "届")],
     None),
    ("学校寒假自一月二十日开始，至二月二十六日结束，共三十八天。",
     [("一月二十日", "date", _pd(1, 20)), ("二月二十六日", "date", _pd(2, 26)),
      ("三十八天", "duration", 38, None, "天")],
     "学校寒假自1月20日开始，至2月26日结束，共38天。"),
    ("该路段限速每小时六十公里，货车须与前车保持一百米以上距离。",
     [("六十公里", "count", 60, None, "公里"), ("一百米以上", "count", 100, None, "米")],
     "该路段限速每小时60公里，货车须与前车保持100米以上距离。"),
    ("全镇建成高标准农田三千五百公顷，约占耕地面积的五分之二。",
     [("三千五百公顷", "count", 3500, None, "公顷"), ("五分之二", "fraction", 0.4)],
     "全镇建成高标准农田3500公顷，约占耕地面积的2/5。"),
    ("对违法所得不足一万元的，并处五千元以上三万元以下罚款。",
     [("不足一万元", "money", 10000, None, "元"), ("五千元以上", "money", 5000, None, "元"),
      ("三万元以下", "money", 30000, None, "元")],
     "对违法所得不足1万元的，并处5000元以上3万元以下罚款。"),
    ("我校有三个校区、两百多名教职工，今年新生共分为十二个班。",
     [("三个", "count", 3, None, "个"), ("两百多名", "count", 200, 300, "名"),
      ("十二个", "count", 12, None, "个")],
     "我校有3个校区、200多名教职工，今年新生共分为12个班。"),
    ("截至今年十月底，全省累计发放创业担保贷款一百二十三点四亿元，扶持创业八万三千人。",
     [("十月", "date", _pd(10)), ("一百二十三点四亿元", "money", 12340000000, None, "元"),
      ("八万三千人", "count", 83000, None, "人")],
     "截至今年10月底，全省累计发放创业担保贷款123.4亿元，扶持创业83000人。"),
]

# the cases that still fail, with why (each was xfail at the commit that added the set; the fixes
# of session 20 turned c13 and c15; c46's expected 约五分之二 was no span of the text (约 stands
# before 占耕地面积的), corrected to 五分之二 after the unseen run): the classes left
FAILING: dict[int, str] = {
    8: "3亿5千万元 is rewritten 3.5亿元 (the value in one digit form, as 一百二十万三 is 1203000, a "
       "tested convention); expected it kept as written",
    21: "多 after a Chinese numeral keeps it as written (二十多个 stays, a tested convention); "
        "expected 三千多万元 -> 3000多万元",
    23: "多 after a Chinese numeral keeps it as written (二十多个 stays, a tested convention); "
        "expected 二十多所 -> 20多所",
    48: "多 after a Chinese numeral keeps it as written (二十多个 stays, a tested convention); "
        "expected 两百多名 -> 200多名",
}


@pytest.mark.parametrize(("text", "mentions", "rewrite"), blind_params(CASES, FAILING, "c"))
def test_blind_sentence(text: str, mentions: list[tuple[object, ...]], rewrite: str | None) -> None:
    check_sentence(text, mentions, rewrite)


def test_the_set_has_fifty_sentences() -> None:
    check_set(CASES, 50)


# --- classes fixed (session 20, NL8)


def test_jiao_and_fen_without_yuan_are_an_amount() -> None:
    """N角M分 (and N毛M分, before 钱 or where the word ends) is money in 元, also after a lone
    Chinese numeral whose 角 would else start a word (三角形, 三角洲 stay words)."""
    assert [(m.text, float(m.low), m.unit) for m in find_numbers("每斤白菜涨了四角五分，鸡蛋涨了3毛2分钱。")] == [
        ("四角五分", 0.45, "元"), ("3毛2分钱", 0.32, "元")]
    assert numbers_to_digits("每斤涨了三角五分钱") == "每斤涨了3角5分钱"
    assert numbers_to_digits("降价三角二分。") == "降价3角2分。"
    assert find_numbers("画一个三角形，位于珠江三角洲，五角星") == []
    assert numbers_to_digits("三角五分天下") == "三角五分天下"


def test_a_money_word_of_numerals_before_the_rest_of_an_amount_is_money() -> None:
    """三元, 二元 are words (三元里, 城乡二元结构) except before 钱/整 or a digit and 角/分."""
    assert [(m.text, float(m.low)) for m in find_numbers("票价由二元五角调到三元，另收三元钱")] == [
        ("二元五角", 2.5), ("三元钱", 3.0)]
    assert numbers_to_digits("学费三元五角") == "学费3元5角"
    assert find_numbers("三元里街道，城乡二元结构，二元一次方程") == []


def test_kilo_units_after_a_numeral_ending_in_ten_or_hundred() -> None:
    """千 cannot follow 十 or 百 in a numeral: 二十三千米 is 23 km, 一百五十千克 150 kg; where 千 can
    be a scale (五千米, 一万二千米) it stays one, as written."""
    got = [(m.text, m.low, m.unit) for m in find_numbers("全长二十三千米，载重一百五十千克，功率三十五千瓦")]
    assert got == [("二十三千米", 23, "千米"), ("一百五十千克", 150, "千克"), ("三十五千瓦", 35, "千瓦")]
    assert numbers_to_digits("步道长十千米，装机二十千瓦时") == "步道长10千米，装机20千瓦时"
    assert [(m.low, m.unit) for m in find_numbers("五千米长跑，一万二千米")] == [(5000, "米"), (12000, "米")]


def test_two_chinese_hours_with_shi_joined_by_a_connector_are_clock_times() -> None:
    """八时至十时 is a range of clock times as 八点至九点 is (each hour with its own 时); 一时 stays a
    word (for a while) and 时期 no hour."""
    got = [(m.text, m.low) for m in find_numbers("窗口每天八时至十时受理，九时至十一时三十分开放")]
    assert got == [("八时", T(8)), ("十时", T(10)), ("九时", T(9)), ("十一时三十分", T(11, 30))]
    assert find_numbers("一时至三时难以") == []
    assert numbers_to_digits("八时至十时受理") == "八时至十时受理"


def test_a_range_after_a_clock_time_without_a_part_of_the_day_ends_in_one() -> None:
    """The second hour of a range after a clock time found by its minutes alone is a clock time too
    (8点30分至10点: 10:00, not the integer 10; 八时三十分至十时)."""
    assert [(m.text, m.low) for m in find_numbers("8点30分至10点报到，八时三十分至十时考试")] == [
        ("8点30分", T(8, 30)), ("10点", T(10)), ("八时三十分", T(8, 30)), ("十时", T(10))]
    assert numbers_to_digits("十时至十二时闭馆") == "十时至十二时闭馆"


def test_fen_after_yuan_and_a_zero_is_part_of_the_amount() -> None:
    """(review RVA) 十元零五分 is 10.05 元, as _jiao's docstring said and words_re lets 二元零五分 be
    read (its 零 marks the missing 角): the 零 and the fen were left out (10, or 2 and 0.05)."""
    got = [(m.text, float(m.low), m.unit) for m in find_numbers("票价十元零五分，另收二元零五分钱，合计3元零5分")]
    assert got == [("十元零五分", 10.05, "元"), ("二元零五分钱", 2.05, "元"), ("3元零5分", 3.05, "元")]
    assert numbers_to_digits("票价十元零五分") == "票价10元零5分"
    # a 零 with nothing of an amount after it stays out (十元零头, 三元零售)
    assert [m.text for m in find_numbers("找回十元零头，3元零售价")] == ["十元", "3元"]
