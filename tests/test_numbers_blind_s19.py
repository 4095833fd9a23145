"""Session 19's blind set for the numbers reader (NL7): sixty sentences of our own in the style
of work reports, notices, statistics bulletins, news, school notices and laws, written before
reading ``govtext.numbers`` or its tests, each with the mentions (text, kind, low, high) and the
rewrite of ``numbers_to_digits`` expected. It covers approximations (约/近/逾/超, 余 after 万 and
千), 成 and 折, 倍 and 个百分点, fractions and percents in words, 两 and 二 in amounts, ordinals,
lunar and festival dates, dates with 〇, 上旬/中旬, clock times with 一刻, year ranges, money with
万亿元, telephone numbers and codes, and set phrases and names that must stay as written."""

from __future__ import annotations

import datetime as dt

import pytest

from govtext.numbers import PartialDate, find_numbers, numbers_to_digits

from strategies import blind_params


def _pd(month: int | None = None, day: int | None = None, year: int | None = None) -> PartialDate:
    return PartialDate(year=year, month=month, day=day)


def _norm(value: object) -> object:
    return round(value, 4) if isinstance(value, float) else value


def _mention(*fields: object) -> tuple[object, ...]:
    text, kind, low = fields[:3]
    high = fields[3] if len(fields) > 3 else low
    return (text, kind, _norm(low), _norm(high))


def _read(text: str) -> list[tuple[object, ...]]:
    return [(m.text, m.kind, _norm(m.low), _norm(m.high)) for m in find_numbers(text)]


D, T = dt.date, dt.time

# (sentence, expected mentions as (text, kind, low[, high]), expected rewrite; None: unchanged)
CASES: list[tuple[str, list[tuple[object, ...]], str | None]] = [
    ("全县粮食总产量约4.2万吨，同比增长近三成。",
     [("约4.2万吨", "count", 42000), ("近三成", "percent", 30)],
     "全县粮食总产量约4.2万吨，同比增长近3成。"),
    ("活动期间，指定商品一律八折销售，会员可再享九五折优惠。",
     [("八折", "percent", 80), ("九五折", "percent", 95)],
     "活动期间，指定商品一律8折销售，会员可再享95折优惠。"),
    ("2023年全市一般公共预算收入完成386.5亿元，比上年增长6.8%，高于全省平均水平1.2个百分点。",
     [("2023年", "year", 2023), ("386.5亿元", "money", 38650000000), ("6.8%", "percent", 6.8),
      ("1.2个百分点", "percent", 1.2)],
     None),
    ("全省共有普通高校一百一十二所，在校生一百八十三万余人。",
     [("一百一十二所", "count", 112), ("一百八十三万余人", "count", 1830000, 1840000)],
     "全省共有普通高校112所，在校生一百八十三万余人。"),
    ("截至二〇二三年十二月三十一日，全市常住人口达九百八十六万人。",
     [("二〇二三年十二月三十一日", "date", D(2023, 12, 31)), ("九百八十六万人", "count", 9860000)],
     "截至2023年12月31日，全市常住人口达986万人。"),
    ("学校将于九月上旬开学，新生报到时间为九月一日至二日。",
     [("九月", "date", _pd(9)), ("九月一日至二日", "range", _pd(9, 1), _pd(9, 2))],
     "学校将于9月上旬开学，新生报到时间为9月1日至2日。"),
    ("本次培训共计三天，每天上午八点半开始，下午五点结束。",
     [("三天", "duration", 3), ("八点半", "time", T(8, 30)), ("五点", "time", T(17))],
     "本次培训共计3天，每天上午八点半开始，下午五点结束。"),
    ("下午三点一刻，全体师生在操场集合。",
     [("三点一刻", "time", T(15, 15))],
     None),
    ("正月十五元宵节当晚，社区举办猜灯谜活动。",
     [("正月十五", "date", _pd(1, 15))],
     None),
    ("腊月二十三是北方的小年，各地开展送温暖活动。",
     [("腊月二十三", "date", _pd(12, 23))],
     None),
    ("《云南省“十四五”教育发展规划（2021—2025年）》明确，到2025年学前教育毛入园率达到92%以上。",
     [("2021—2025年", "range", 2021, 2025), ("2025年", "year", 2025), ("92%以上", "percent", 92)],
     None),
    ("今年全国发行地方政府专项债券3.9万亿元，比上年增加1000亿元。",
     [("3.9万亿元", "money", 3900000000000), ("1000亿元", "money", 100000000000)],
     None),
    ("如有疑问，请拨打咨询电话0871-65121234或发送邮件至jyt@yn.gov.cn，邮政编码650223。",
     [],
     None),
    ("坚持以人民为中心，深入推进“一带一路”建设，扎实做好“三农”工作。",
     [],
     None),
    ("五四运动是中国新民主主义革命的开端，各校要组织学生开展纪念活动。",
     [],
     None),
    ("认真学习贯彻党的十八大以来各项决策部署，落实第一书记驻村帮扶制度。",
     [],
     None),
    ("部分党员干部心里七上八下，担心万一出了问题要承担责任。",
     [],
     None),
    ("各单位一把手要亲自抓，把情况一五一十地向组织汇报。",
     [],
     None),
    ("九寨沟景区日接待游客最高量为4.1万人次。",
     [("4.1万人次", "count", 41000)],
     None),
    ("我校三名同学被评为市级三好学生，两名教师获评优秀班主任。",
     [("三名", "count", 3), ("两名", "count", 2)],
     "我校3名同学被评为市级三好学生，2名教师获评优秀班主任。"),
    ("全市新增城镇就业5.6万余人，城镇调查失业率控制在5.5%以内。",
     [("5.6万余人", "count", 56000, 57000), ("5.5%以内", "percent", 5.5)],
     None),
    ("全年接待游客逾千万人次，实现旅游收入一百二十亿元。",
     [("逾千万人次", "count", 10000000), ("一百二十亿元", "money", 12000000000)],
     "全年接待游客逾1000万人次，实现旅游收入120亿元。"),
    ("该县农村居民人均可支配收入达到一万五千二百元，是十年前的两倍多。",
     [("一万五千二百元", "money", 15200), ("十年", "duration", 10), ("两倍多", "multiple", 2, 3)],
     "该县农村居民人均可支配收入达到15200元，是10年前的2倍多。"),
    ("全区共有中小学一百零八所，其中农村学校占三分之二。",
     [("一百零八所", "count", 108), ("三分之二", "fraction", 2 / 3)],
     "全区共有中小学108所，其中农村学校占2/3。"),
    ("贫困发生率由百分之十二点五下降到百分之零点八。",
     [("百分之十二点五", "percent", 12.5), ("百分之零点八", "percent", 0.8)],
     "贫困发生率由12.5%下降到0.8%。"),
    ("每户补助二千元，困难户再增加两千五百元。",
     [("二千元", "money", 2000), ("两千五百元", "money", 2500)],
     "每户补助2000元，困难户再增加2500元。"),
    ("本工程总投资二百五十万元，工期两个月。",
     [("二百五十万元", "money", 2500000), ("两个月", "duration", 2)],
     "本工程总投资250万元，工期2个月。"),
    ("第十四个五年规划和二〇三五年远景目标纲要提出，要建设高质量教育体系。",
     [("第十四个", "ordinal", 14), ("二〇三五年", "year", 2035)],
     "第十四个五年规划和2035年远景目标纲要提出，要建设高质量教育体系。"),
    ("要把“十四五”规划确定的各项任务落到实处。",
     [],
     None),
    ("2024年春季学期于2月26日开学，3月上旬完成补考工作。",
     [("2024年", "year", 2024), ("2月26日", "date", _pd(2, 26)), ("3月", "date", _pd(3))],
     None),
    ("报名时间：2024年6月10日—6月20日，逾期不予受理。",
     [("2024年6月10日—6月20日", "range", D(2024, 6, 10), D(2024, 6, 20))],
     None),
    ("会议定于十二月中旬召开，会期一天半。",
     [("十二月", "date", _pd(12)), ("一天半", "duration", 1.5)],
     "会议定于12月中旬召开，会期一天半。"),
    ("全市共发放助学金3800余万元，资助学生2.6万人次。",
     [("3800余万元", "money", 38000000, 39000000), ("2.6万人次", "count", 26000)],
     None),
    ("近五年来，全县累计投入教育经费二十三亿元。",
     [("五年", "duration", 5), ("二十三亿元", "money", 2300000000)],
     "近5年来，全县累计投入教育经费23亿元。"),
    ("全省超六成的县实现义务教育优质均衡发展。",
     [("超六成", "percent", 60)],
     "全省超6成的县实现义务教育优质均衡发展。"),
    ("今年一季度，全市规模以上工业增加值同比增长百分之七点二。",
     [("一季度", "ordinal", 1), ("百分之七点二", "percent", 7.2)],
     "今年一季度，全市规模以上工业增加值同比增长7.2%。"),
    ("各地要在十月底前完成摸底排查，十一月十日前报送省教育厅。",
     [("十月", "date", _pd(10)), ("十一月十日", "date", _pd(11, 10))],
     "各地要在10月底前完成摸底排查，11月10日前报送省教育厅。"),
    ("公示期为五个工作日，自2024年5月8日起至5月14日止。",
     [("五个工作日", "duration", 5), ("2024年5月8日", "date", D(2024, 5, 8)),
      ("5月14日", "date", _pd(5, 14))],
     "公示期为5个工作日，自2024年5月8日起至5月14日止。"),
    ("该校现有教职工二百一十六人，其中高级教师四十八人，占比约百分之二十二。",
     [("二百一十六人", "count", 216), ("四十八人", "count", 48), ("约百分之二十二", "percent", 22)],
     "该校现有教职工216人，其中高级教师48人，占比约22%。"),
    ("此次降雨过程持续四十八小时，最大降雨量达一百二十六毫米。",
     [("四十八小时", "duration", 48), ("一百二十六毫米", "count", 126)],
     "此次降雨过程持续48小时，最大降雨量达126毫米。"),
    ("建设项目用地面积约一百五十亩，总建筑面积三点二万平方米。",
     [("约一百五十亩", "count", 150), ("三点二万平方米", "count", 32000)],
     "建设项目用地面积约150亩，总建筑面积3.2万平方米。"),
    ("2021年至2023年，全省累计新增学位十八万个。",
     [("2021年至2023年", "range", 2021, 2023), ("十八万个", "count", 180000)],
     "2021年至2023年，全省累计新增学位18万个。"),
    ("城镇居民人均可支配收入增长百分之五点三，快于经济增速零点五个百分点。",
     [("百分之五点三", "percent", 5.3), ("零点五个百分点", "percent", 0.5)],
     "城镇居民人均可支配收入增长5.3%，快于经济增速0.5个百分点。"),
    ("本办法自2024年1月1日起施行，有效期五年。",
     [("2024年1月1日", "date", D(2024, 1, 1)), ("五年", "duration", 5)],
     "本办法自2024年1月1日起施行，有效期5年。"),
    ("违反本条例第十二条规定的，处五千元以上三万元以下罚款。",
     [("第十二条", "ordinal", 12), ("五千元以上", "money", 5000), ("三万元以下", "money", 30000)],
     "违反本条例第十二条规定的，处5000元以上3万元以下罚款。"),
    ("对情节严重的，吊销其许可证，并处违法所得一倍以上三倍以下的罚款。",
     [("一倍以上", "multiple", 1), ("三倍以下", "multiple", 3)],
     None),
    ("新学期开学第一天，校长为全体新生上了第一堂思政课。",
     [("第一天", "ordinal", 1), ("第一堂", "ordinal", 1)],
     None),
    ("上海市第十六届人民代表大会第二次会议于1月23日开幕。",
     [("第十六届", "ordinal", 16), ("第二次", "ordinal", 2), ("1月23日", "date", _pd(1, 23))],
     None),
    ("本次活动共吸引千余名志愿者参与，服务群众万余人次。",
     [("千余名", "count", 1000, 2000), ("万余人次", "count", 10000, 20000)],
     None),
    ("统一社会信用代码：11330000002482107X。",
     [],
     None),
    ("预计到2025年底，全市5G基站总数将超过3万个。",
     [("2025年", "year", 2025), ("超过3万个", "count", 30000)],
     None),
    ("全年共举办各类培训班一百二十余场，培训干部八千余人次。",
     [("一百二十余场", "count", 120, 130), ("八千余人次", "count", 8000, 9000)],
     None),
    ("全县耕地保有量稳定在五十二万亩左右，粮食播种面积四十万亩以上。",
     [("五十二万亩左右", "count", 520000), ("四十万亩以上", "count", 400000)],
     "全县耕地保有量稳定在52万亩左右，粮食播种面积40万亩以上。"),
    ("市场监管部门共抽检食品样品1.2万批次，合格率为百分之九十八点六。",
     [("1.2万批次", "count", 12000), ("百分之九十八点六", "percent", 98.6)],
     "市场监管部门共抽检食品样品1.2万批次，合格率为98.6%。"),
    ("各级各类学校要在每年的三月、九月各开展一次安全隐患排查。",
     [("三月", "date", _pd(3)), ("九月", "date", _pd(9))],
     "各级各类学校要在每年的3月、9月各开展一次安全隐患排查。"),
    ("学生每天在校内参加体育活动的时间要达到两小时，每周安排三节体育课。",
     [("两小时", "duration", 2), ("三节", "count", 3)],
     "学生每天在校内参加体育活动的时间要达到2小时，每周安排3节体育课。"),
    ("万一发生火灾，师生要按照疏散路线有序撤离，不得拥挤。",
     [],
     None),
    ("我市研发经费投入强度达到全国平均水平的一点五倍，高新技术企业数量增长到原来的3倍。",
     [("一点五倍", "multiple", 1.5), ("3倍", "multiple", 3)],
     "我市研发经费投入强度达到全国平均水平的1.5倍，高新技术企业数量增长到原来的3倍。"),
    ("国庆假期（10月1日至7日）全市共接待游客520.6万人次，同比增长12.4%。",
     [("10月1日至7日", "range", _pd(10, 1), _pd(10, 7)), ("520.6万人次", "count", 5206000),
      ("12.4%", "percent", 12.4)],
     None),
    ("中秋节（八月十五）前后，各地开展“我们的节日”主题活动。",
     [("八月十五", "date", _pd(8, 15))],
     None),
]

# the cases that still fail, with why (each was xfail at the commit that added the set; the fixes
# of session 19 turned b45 and b48, and b21's mention): the classes left
FAILING: dict[int, str] = {
    0: "成 is read as a count of tenths (unit 成, 3), a tested convention; expected a percent (30)",
    34: "成 is read as a count of tenths (unit 成, 6), a tested convention; expected a percent (60)",
    1: "折 (a discount: 八折, 九五折) is no unit",
    21: "a lone scale after a qualifier (逾千万人次) is found but kept as written; expected 逾1000万",
    27: "第十四个 before 五年规划 (a plan's name) is not found (the rewrite keeps it, as expected)",
    31: "一天半 is rewritten 1天半 (as 两年半 is 2年半); expected it kept",
    46: "第一天 is rewritten 第1天 (第N with a unit is rewritten); 第一堂 is not found (堂 is no unit)",
}


@pytest.mark.parametrize(("text", "mentions", "rewrite"), blind_params(CASES, FAILING, "b"))
def test_blind_sentence(text: str, mentions: list[tuple[object, ...]], rewrite: str | None) -> None:
    assert _read(text) == [_mention(*m) for m in mentions]
    assert numbers_to_digits(text) == (text if rewrite is None else rewrite)


def test_the_set_has_sixty_sentences() -> None:
    assert len(CASES) == 60
    assert len({text for text, _, _ in CASES}) == 60


# --- classes fixed (session 19, NL7)


def test_a_lone_scale_counted_by_yu_or_a_qualifier_is_a_number() -> None:
    """千余家, 超千亿元: 千, 万, 百, 亿 alone (or 千万, 百亿 …) are a number where 余 counts them or
    a qualifier stands before them, and a unit follows; found, kept as written."""
    assert _read("带动上下游千余家企业") == [("千余家", "count", 1000, 2000)]
    assert _read("服务群众万余人次") == [("万余人次", "count", 10000, 20000)]
    assert _read("新建百余所学校") == [("百余所", "count", 100, 200)]
    assert _read("社会投资超千亿元") == [("超千亿元", "money", 100000000000, 100000000000)]
    assert _read("解决发展难题近千个") == [("近千个", "count", 1000, 1000)]
    assert _read("接待游客逾千万人次") == [("逾千万人次", "count", 10000000, 10000000)]
    assert _read("营收突破万亿元") == [("突破万亿元", "money", 10**12, 10**12)]
    for text in ("带动上下游千余家企业", "社会投资超千亿元，新建百余所学校"):
        assert numbers_to_digits(text) == text
    (m,) = find_numbers("投资超千亿元")
    assert (m.qualifier, m.approx, m.unit) == ("超", True, "元")


def test_a_lone_scale_without_its_count_stays_a_word() -> None:
    for text in ("百姓", "千年古镇", "千万不要大意", "成千上万", "上万人参加", "数以万计", "奖金万余",
                 "人口超百万", "百万雄师", "千家万户", "最近千人", "附近百家店"):  # fmt: skip
        assert _read(text) == [], text
        assert numbers_to_digits(text) == text


def test_once_is_a_multiple_kept_as_written() -> None:
    """一倍 (once) is no article-like 一: a multiple, found and kept as written, so the phrase
    around it stays whole (一倍以上五倍以下)."""
    assert _read("并处违法所得一倍以上五倍以下的罚款") == [("一倍以上", "multiple", 1, 1),
                                                        ("五倍以下", "multiple", 5, 5)]  # fmt: skip
    assert _read("收入增长了一倍。") == [("一倍", "multiple", 1, 1)]
    assert _read("翻了一倍多") == [("一倍多", "multiple", 1, 2)]
    assert numbers_to_digits("并处违法所得一倍以上五倍以下的罚款") == "并处违法所得一倍以上五倍以下的罚款"
    assert numbers_to_digits("比上年增长一倍，达到三百亿元") == "比上年增长一倍，达到300亿元"
    assert _read("统一倍增计划") == []
