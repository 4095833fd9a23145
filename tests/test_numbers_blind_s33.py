"""Session 33's blind set for the numbers reader (NB33): fifty sentences of our own, written before
reading ``govtext.numbers`` (only the guide, the public docstrings and the s19-s32 sets), each with the
mentions (text, kind, low, high, unit) and the rewrite of ``numbers_to_digits`` expected.
It stresses what s19-s32 covered less: changes written in 成 and loose multiples (下降两成, 近四成,
一倍多, 3.6倍), qualifiers of two characters (将近, 接近, 最多, 至少, 及以上), halves and 多 after a unit
(三岁半, 一米多), relative and calendar periods (今年3月, 去年同期, 上半年, 次月15日前, 每月10日前), 零时,
years of an era calendar and before the common era (清光绪二十六年, 民国十八年, 公元前221年), a day named
by month·day (3·15), weekday lists (每周一、三、五), half an hour after 时 (11时半), identifiers that are no
quantities (an IP address, an ISBN, a 400 hotline, 110 and 120 as services, a bank account in groups, a
student number, a plate number, a road stake, 5A级, T3航站楼, 千兆 and 百兆 networks, a typhoon's number),
addresses (88号院, 负二层), votes (45票赞成, 三票反对), 前两款, ages with 及以上, temperatures below zero in
words as a range (零下十二度至零下八度), currencies by sign and colloquial name ($25.50, 港币, 美金), an
exchange rate, counts in headlines (3人获评, 5地入选, 两部门), kilovolts (110千伏, 800千伏安), a photo's
size (二寸照片), and hard negatives not in s19-s32 whose numerals stand before a unit or a measure word in
sayings and set phrases (三尺讲台, 一亩三分地, 一分部署、九分落实, 行百里者半九十, 两张皮, 两头跑, 两面人,
两码事, 两把刷子, 三句半, 二人转, 八段锦, 一波三折, 半斤八两, 四两拨千斤, 三百六十行, 唐诗三百首, 十二生肖,
三十六计, 十年寒窗, 十万八千里, 一年四季, 三十而立, 三步走, 五个一批, 最后一公里, 一对一, 两岸三地,
十八般武艺, 三下五除二, 八旬, 年过半百).

Choices the conventions leave open, made here: 零时 in a date's time is a clock time (0:00), kept as
written as Chinese clock times are; a year of an era calendar (光绪二十六年, 民国十八年) is no mention and
is kept as written (its value is no year of the common era, nor a span); 公元前221年 is the year -221;
3·15 and the like name a day, a date --03-15; 前两款 (the two paragraphs before) counts 款 but is kept
as written, a law's structure as 前三季度 is a period's; 八旬 (in one's eighties) and 二寸 (a photo's
standard size) are no mentions; 第5号台风 is an ordinal; $ is money in 美元; 最多, 至少, 将近, 接近 and
及以上 are qualifiers, part of the mention's text as 不超过 is; 两部门 and 5地 (headline counts of
departments and places) are counts; 88号院 and 负二层 are an address's parts, no mentions.

Blind figure (main 5f928d9, untouched): 29 of 50 sentences fully right (mentions and rewrite); 58 of 71
expected mentions right (4 not found: 一米多, 零时, 3·15, 三票; 9 read
otherwise: 两成 and 近四成 as counts of 成 (a tested convention), 60岁及以上 cut to 60岁, 公元前221年 a span of 221
years, three votes as bare integers, $25.50 a bare decimal, 5地 the integer 5), 12 mentions found that are none
(光绪二十六年 and 民国十八年 as spans, 978 of an ISBN, 400 of a hotline, 110, 120, 6222 of an account, 负二层, 二寸,
两张 of 两张皮, 三百 of 唐诗三百首, 五个 of 五个一批); six rewrites break a name or a phrase (光绪26年 and 民国18年,
负二层 -> -2层, 前两款 -> 前2款, 二寸 -> 2寸, 两张皮 -> 2张皮, 唐诗三百首 -> 唐诗300首); all the other hard
negatives (三尺讲台, 行百里者半九十, 两头跑, 两码事, 三句半, 八段锦, 半斤八两, 十万八千里 ...) right.
After session 33's fixes (the classes tested below): 46 of 50 sentences, 67 of 71 mentions, no mention found
that is none, no rewrite that breaks a name or a phrase; the four left: c00, c01 and c13 expect what a tested
convention decides otherwise (成 counts tenths; a day named by month·day is no mention), and c33 (5地: a
headline's count of places, where 地 also starts 地块, 地区 …) is a miss left. Probing the set's domains found more classes, each tested below: 三省吾身, 三分钟热度, 第一桶金,
五一期间 (a count of 51 期), formulas of prohibitions (两个不准 was rewritten 2个不准), 零时起 after a date, a
sign after a Latin letter (A$5); probing festivals, culture and education: 腊八节, 大年三十, 二十四史, 五个一工程,
第二课堂, 三位一体, tiers of admission (三本院校) and 十二年义务教育.
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
    # changes in 成, multiples and points
    ("今年以来，全市规上工业增加值同比增长一倍多，亏损企业数量下降两成。",
     [("一倍多", "multiple", 1, 2, "倍"), ("两成", "percent", 20, None, ANY)],
     "今年以来，全市规上工业增加值同比增长一倍多，亏损企业数量下降2成。"),
    ("新能源汽车产量是2020年的3.6倍，出口额增长近四成，市场份额提高2.5个百分点。",
     [("2020年", "year", 2020), ("3.6倍", "multiple", 3.6, None, "倍"), ("近四成", "percent", 40, None, ANY),
      ("2.5个百分点", "percent", 2.5, None, ANY)],
     "新能源汽车产量是2020年的3.6倍，出口额增长近4成，市场份额提高2.5个百分点。"),
    # qualifiers of two characters, halves and 多 after a unit
    ("演出吸引将近三千名观众到场，线上观看人数接近5万人次。",
     [("将近三千名", "count", 3000, None, "名"), ("接近5万人次", "count", 50000, None, "人次")],
     "演出吸引将近3000名观众到场，线上观看人数接近5万人次。"),
    ("该村现有八旬以上老人二十余位，年过半百的党员占到一半。",
     [("二十余位", "count", 20, 30, "位")],
     None),
    ("孩子三岁半时被确诊，如今已长到一米多高。",
     [("三岁半", "count", 3.5, None, "岁"), ("一米多", "count", 1, 2, "米")],
     "孩子3岁半时被确诊，如今已长到1米多高。"),
    ("每户限购不超过两套，每人每年最多三次，每次至少500元。",
     [("不超过两套", "count", 2, None, "套"), ("最多三次", "count", 3, None, "次"), ("至少500元", "money", 500, None, "元")],
     "每户限购不超过2套，每人每年最多3次，每次至少500元。"),
    ("参赛队伍以10支为限，每队队员5人以内，年龄在35周岁以下。",
     [("10支", "count", 10, None, "支"), ("5人以内", "count", 5, None, "人"), ("35周岁以下", "count", 35, None, ANY)],
     None),
    ("本次体检对象为60岁及以上老年人和7至12岁儿童。",
     [("60岁及以上", "count", 60, None, "岁"), ("7至12岁", "range", 7, 12, "岁")],
     None),
    # relative dates and periods
    ("今年3月以来，全市空气质量优良天数比去年同期增加12天，上半年PM2.5平均浓度为28微克/立方米。",
     [("3月", "date", _pd(3)), ("12天", "duration", 12, None, "天"), ("28微克/立方米", "count", 28, None, ANY)],
     None),
    ("逾期未申报的，应于次月15日前补报，每月10日前报送上月数据。",
     [("15日", "date", _pd(None, 15)), ("10日", "date", _pd(None, 10))],
     None),
    ("本规定自2026年7月1日零时起施行，有效期五年。",
     [("2026年7月1日", "date", D(2026, 7, 1)), ("零时", "time", T(0, 0)), ("五年", "duration", 5, None, "年")],
     "本规定自2026年7月1日零时起施行，有效期5年。"),
    ("该书院始建于清光绪二十六年（1900年），民国十八年迁至现址。",
     [("1900年", "year", 1900)],
     None),
    ("据史料记载，该城始建于公元前221年，距今已有两千多年历史。",
     [("公元前221年", "year", -221), ("两千多年", "duration", 2000, 3000, "年")],
     None),
    ("3·15国际消费者权益日当天，市场监管局受理投诉86件。",
     [("3·15", "date", _pd(3, 15)), ("86件", "count", 86, None, "件")],
     None),
    ("学校实行每周一、三、五下午课后延时服务，周二、四开展社团活动。",
     [],
     None),
    # clock times
    ("窗口服务时间为上午9时至11时半，下午2时至5时。",
     [("9时", "time", T(9, 0)), ("11时半", "time", T(11, 30)), ("2时", "time", T(14, 0)), ("5时", "time", T(17, 0))],
     None),
    ("神舟十八号载人飞船于4月25日20时59分发射，约10分钟后进入预定轨道。",
     [("4月25日", "date", _pd(4, 25)), ("20时59分", "time", T(20, 59)), ("约10分钟", "duration", 10, None, "分钟")],
     None),
    # identifiers that are no quantities
    ("服务器IP地址为192.168.10.25，子网掩码为255.255.255.0。",
     [],
     None),
    ("本书ISBN为978-7-5201-3456-8，定价58.00元。",
     [("58.00元", "money", 58, None, "元")],
     None),
    ("客服热线400-820-5566，遇到警情向110报警，120急救车在现场待命。",
     [],
     None),
    ("请将款项汇入账号6222 0212 3456 7890，并注明学号2026010315。",
     [],
     None),
    ("车牌号为浙A3B721的小型轿车在沪昆高速K128处发生故障。",
     [],
     None),
    ("景区现为国家5A级旅游景区，游客可从T3航站楼乘坐机场大巴前往。",
     [],
     None),
    ("千兆光网覆盖全部行政村，百兆宽带普及率达到98%，5G基站新增1.2万个。",
     [("98%", "percent", 98, None, "%"), ("1.2万个", "count", 12000, None, "个")],
     None),
    ("今年第5号台风预计于9月3日夜间在沿海登陆，登陆时中心附近最大风力12级。",
     [("第5号", "ordinal", 5, None, ANY), ("9月3日", "date", _pd(9, 3)), ("12级", "count", 12, None, "级")],
     None),
    # addresses
    ("服务中心位于幸福路88号院3号楼，停车场在负二层。",
     [],
     None),
    # votes
    ("大会以45票赞成、1票反对、2票弃权通过了该项决议。",
     [("45票", "count", 45, None, "票"), ("1票", "count", 1, None, "票"), ("2票", "count", 2, None, "票")],
     None),
    ("经全体委员投票，三票反对，其余全票通过。",
     [("三票", "count", 3, None, "票")],
     "经全体委员投票，3票反对，其余全票通过。"),
    # a law's structure
    ("违反前两款规定的，由县级以上人民政府责令改正。",
     [("两款", "count", 2, None, "款")],
     None),
    # temperatures
    ("预计明晨最低气温零下十二度至零下八度，白天最高气温-3～2℃。",
     [("零下十二度至零下八度", "range", -12, -8, "度"), ("-3～2℃", "range", -3, 2, "℃")],
     "预计明晨最低气温零下12度至零下8度，白天最高气温-3～2℃。"),
    # money: signs, colloquial currency names, exchange rates
    ("该批设备单价为$25.50，合同总额约1.4亿美元，折合人民币约10亿元。",
     [("$25.50", "money", 25.5, None, "美元"), ("约1.4亿美元", "money", 140000000, None, "美元"),
      ("约10亿元", "money", 1000000000, None, "元")],
     None),
    ("特区政府拨款50亿港币，另有3000万美金来自社会捐赠。",
     [("50亿港币", "money", 5000000000, None, ANY), ("3000万美金", "money", 30000000, None, ANY)],
     None),
    ("人民币对美元汇率中间价报7.1025，欧元区通胀率回落至2.4%。",
     [("7.1025", "decimal", 7.1025), ("2.4%", "percent", 2.4, None, "%")],
     None),
    # counts in headlines
    ("我市3人获评全国优秀教师，全省5地入选国家级试点。",
     [("3人", "count", 3, None, "人"), ("5地", "count", 5, None, ANY)],
     None),
    ("两部门联合印发通知，明确6类情形可免于处罚。",
     [("两部门", "count", 2, None, ANY), ("6类", "count", 6, None, "类")],
     "2部门联合印发通知，明确6类情形可免于处罚。"),
    # units: kilovolts, a photo's size
    ("新建110千伏变电站2座，改造10千伏线路36公里，新增800千伏安变压器15台。",
     [("110千伏", "count", 110, None, ANY), ("2座", "count", 2, None, "座"), ("10千伏", "count", 10, None, ANY),
      ("36公里", "count", 36, None, "公里"), ("800千伏安", "count", 800, None, ANY), ("15台", "count", 15, None, "台")],
     None),
    ("报名时须提交近期二寸免冠彩色照片3张。",
     [("3张", "count", 3, None, "张")],
     None),
    # hard negatives: sayings and set phrases with a numeral before a unit or a measure word
    ("要坚守三尺讲台，跳出一亩三分地的局限，不能搞五花八门的评比。",
     [],
     None),
    ("抓落实要一分部署、九分落实，牢记行百里者半九十。",
     [],
     None),
    ("党建和业务不能搞成两张皮，不能让群众两头跑，更不能做两面人。",
     [],
     None),
    ("有人把服务和管理当成两码事，其实干部要有两把刷子。",
     [],
     None),
    ("社区文艺队表演了三句半、二人转和八段锦，节目精彩纷呈。",
     [],
     None),
    ("改革之路一波三折，双方实力半斤八两，他用四两拨千斤的办法化解了矛盾。",
     [],
     None),
    ("三百六十行，行行出状元；孩子们背诵唐诗三百首，了解十二生肖和三十六计。",
     [],
     None),
    ("他十年寒窗苦读考上大学，如今的生活与过去相差十万八千里。",
     [],
     None),
    ("一年四季游客不断，建区三十年来，开发区正值三十而立。",
     [("三十年", "duration", 30, None, "年")],
     "一年四季游客不断，建区30年来，开发区正值三十而立。"),
    ("按照三步走的部署，精准落实五个一批，打通服务群众最后一公里。",
     [],
     None),
    ("双方以一对一结对帮扶的方式，把两岸三地的青年聚在一起。",
     [],
     None),
    ("使出十八般武艺，拿出三下五除二的干劲，干部群众一条心。",
     [],
     None),
    ("小区门口新装了一米线，居民说这件事办得一清二楚、一丝不差。",
     [],
     None),
]

# the cases that fail, with why (the unseen run, main 5f928d9, failed 21: c00, c01, c04, c07, c10, c11, c12,
# c13, c18, c19, c20, c25, c26, c27, c28, c30, c33, c36, c39, c43, c46; session 33's fixes turned c07, c11, c18,
# c19, c20, c25, c26, c27, c28, c36, c39, c43, then c10, c12, c30, c46, then c04)
FAILING: dict[int, str] = {
    0: "成 is read as a count of tenths (unit 成, 2: a tested convention, s19); expected a percent (20)",
    1: "成 is read as a count of tenths (unit 成, 4: a tested convention, s19); expected a percent (40)",
    13: "a day named by its month and day with a middle dot (3·15) is no mention (“4·11”森林火灾, 5·18国际博物馆日: a tested convention); expected a date --03-15",
    33: "5地 (five places in a headline) is read as the integer 5",
}


@pytest.mark.parametrize(("text", "mentions", "rewrite"), blind_params(CASES, FAILING, "c"))
def test_blind_sentence(text: str, mentions: list[tuple[object, ...]], rewrite: str | None) -> None:
    check_sentence(text, mentions, rewrite)


def test_the_set_has_fifty_sentences() -> None:
    check_set(CASES, 50)


# --- classes fixed (session 33, NB33); each test failed before its fix


def test_sayings_with_a_measure_word_stay_words() -> None:
    """两张皮 (two things that do not fit), 唐诗三百首 (a book), 三省吾身, 三分钟热度 and 第一桶金 are sayings
    (they were counts, rewritten 2张皮, 唐诗300首, 3省吾身, 3分钟热度, 第1桶金); 两张皮革, 三张桌子 and 用三分钟 count."""
    text = "党建和业务两张皮，背诵唐诗三百首，吾日三省吾身，不能三分钟热度，赚到第一桶金"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("两张皮革，三张桌子，用三分钟") == "2张皮革，3张桌子，用3分钟"


def test_a_year_of_an_era_calendar_is_a_name() -> None:
    """光绪二十六年, 民国十八年, 庆历四年 and 昭和二十年 name years of an era calendar, kept as written (they were
    spans of 26, 18, 4 and 20 years, rewritten 光绪26年); the year of the common era beside them is read as
    before, and so are spans after other words (全国三年行动 keeps its programme, 民国时期十年 counts)."""
    text = "清光绪二十六年（1900年），民国十八年，庆历四年春，昭和二十年"
    assert [m.text for m in find_numbers(text)] == ["1900年"]
    assert numbers_to_digits(text) == text
    assert [(m.text, m.kind) for m in find_numbers("民国时期十年，光绪年间三年")] == [("十年", "duration"), ("三年", "duration")]


def test_a_floor_below_ground_is_an_address_part() -> None:
    """负二层 and 负三十层 name floors below ground (they were counts of -2 层, rewritten -2层); 负二十度 and
    零下五度 are measures as before, and 地下三层 (a building's underground floors) counts as before."""
    assert find_numbers("停车场在负二层，负三十层") == []
    assert numbers_to_digits("停车场在负二层") == "停车场在负二层"
    assert [(m.text, m.low) for m in find_numbers("负二十度，零下五度，地下三层")] == [
        ("负二十度", -20), ("零下五度", -5), ("三层", 3)]


def test_the_paragraphs_before_are_kept_as_written() -> None:
    """前两款, 前三条 and 前两项 (the paragraphs, articles or items just before: a law's structure) are kept as
    written, as 前三季度 is (they were rewritten 前2款); 共三款 and 提出两条建议 are rewritten as before."""
    text = "违反前两款规定的，依照前三条处理，前两项所列"
    assert [(m.text, m.kind) for m in find_numbers(text)] == [("两款", "count"), ("三条", "count"), ("两项", "count")]
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("本条共三款，提出两条建议") == "本条共3款，提出2条建议"
    # (前 ending a word, 目前/此前/提前, refers to nothing: the count after it is rewritten)
    assert numbers_to_digits("目前三条措施已落实，此前三条意见，提前两款车型") == "目前3条措施已落实，此前3条意见，提前2款车型"


def test_a_photos_size_and_a_tier_are_not_read_into_other_words() -> None:
    """照 of 照明 is no photo, 线 of 线装书 no admission line: the counts before them are rewritten."""
    assert numbers_to_digits("二寸的照明灯，三本线装书") == "2寸的照明灯，3本线装书"


def test_a_photos_size_is_a_label() -> None:
    """二寸免冠彩色照片, 2寸彩照 and 两寸蓝底证件照 name a photo's standard size (they were counts of 寸,
    rewritten 2寸照片); 三寸长 and 55寸电视 measure as before."""
    text = "近期二寸免冠彩色照片3张，2寸彩照，两寸蓝底证件照"
    assert [m.text for m in find_numbers(text)] == ["3张"]
    assert numbers_to_digits(text) == text
    assert [m.text for m in find_numbers("三寸长，55寸电视")] == ["三寸", "55寸"]


def test_a_chain_of_digit_groups_after_a_word_is_an_identifier() -> None:
    """A hotline or an ISBN in groups joined by hyphens right after a Han word (热线400-820-5566,
    ISBN为978-7-5201-3456-8: their first group was an integer, 400, 978) is an identifier, as it was at a
    line's start; a range (共3-5年) is read as before."""
    assert find_numbers("客服热线400-820-5566，ISBN为978-7-5201-3456-8，表1-3-2") == []
    assert [(m.text, m.kind) for m in find_numbers("共3-5年")] == [("3-5年", "range")]


def test_emergency_numbers_beside_their_service() -> None:
    """110, 119, 120 and 122 before a word of their service (向110报警, 120急救车, 110指挥中心, 119消防) are
    telephone numbers (they were integers); 出动120名消防员 and 共120 count as before."""
    assert find_numbers("向110报警，120急救车，110指挥中心，119消防，122交通事故报警") == []
    assert [m.text for m in find_numbers("出动120名消防员，共120，")] == ["120名", "120"]


def test_an_account_number_in_groups() -> None:
    """账号6222 0212 3456 7890 (an account's number in groups of four after its name) is an identifier (its
    first group was an integer, 6222); 注册账号3000个 counts as before."""
    assert find_numbers("汇入账号6222 0212 3456 7890，") == []
    assert [m.text for m in find_numbers("注册账号3000个")] == ["3000个"]


def test_votes_are_counted_in_piao() -> None:
    """45票赞成, 三票反对 and 418票 count votes (they were bare integers, 三票 nothing); 票务, 票据, 票房 and
    两票制 (an invoicing system's name) are words."""
    got = [(m.text, m.kind, m.unit) for m in find_numbers("以45票赞成、三票反对，获得418票")]
    assert got == [("45票", "count", "票"), ("三票", "count", "票"), ("418票", "count", "票")]
    assert numbers_to_digits("三票反对，实行两票制") == "3票反对，实行两票制"
    assert [m.text for m in find_numbers("12306票务，发放100票据，5亿票房")] == ["12306", "100", "5亿"]


def test_a_bound_included_with_ji() -> None:
    """60岁及以上, 5年及以下 and 二级及以上 keep their qualifier (及以上 was left out: 60岁), as 60岁以上 does."""
    got = [(m.text, m.qualifier) for m in find_numbers("60岁及以上，5年及以下，二级及以上资质，3人及其家属")]
    assert got == [("60岁及以上", "以上"), ("5年及以下", "以下"), ("二级及以上", "以上"), ("3人", None)]


@pytest.mark.parametrize("piece", ["光绪二十六年", "民国十", "负二层", "前两款", "二寸照", "热线400-", "110报警", "账号6222 0212 ",
                                   "45票", "两票制", "及以上", "60岁及以上", "1日零时起", "公元前2", "公元前二年", "$2", "A$2",
                                   "一米多高", "三米多", "五个一批", "腊八", "三本院校", "四套班子", "十二年义务教育"])
def test_the_classes_read_in_linear_time(piece: str) -> None:
    """The session's rules on adversarial repetitions of their triggers: linear."""
    n = 4000 // len(piece)
    assert_linear(find_numbers, piece * n, piece * (4 * n), label=piece)
    assert_linear(numbers_to_digits, piece * n, piece * (4 * n), label=piece)


def test_an_hour_in_chinese_numerals_after_a_day_before_qi_or_zhi() -> None:
    """零时 and 九时 after a day and before 起, 止, 前 or 后 (1月1日零时起施行, 当日九时前) are clock times (they were
    nothing: only 开始, a connector or the clause's end followed); 今日三点要闻 and 这三点前提 are as before."""
    got = [(m.text, m.kind, m.low) for m in find_numbers("自2026年1月1日零时起施行，当日九时前报送")]
    assert got == [("2026年1月1日", "date", D(2026, 1, 1)), ("零时", "time", T(0, 0)), ("九时", "time", T(9, 0))]
    assert numbers_to_digits("当日九时前报送") == "当日九时前报送"
    assert find_numbers("今日三点要闻，这三点前提") == []


def test_may_day_holiday_is_a_name() -> None:
    """五一期间 and 五一假期 name the May Day holiday, as 十一期间 does (五一期 was a count of 51 期)."""
    assert find_numbers("五一期间，五一假期，五一小长假") == []
    assert [m.text for m in find_numbers("二期工程")] == ["二期"]


def test_formulas_of_prohibitions_and_batches() -> None:
    """两个不准, 四个不放过, 十个严禁, 六个一律 and 五个一批 are formulas (they were counts, 两个不准 rewritten
    2个不准); 新建两个批发市场 and 五个禁止性规定 count as before."""
    text = "两个不准，四个不放过，十个严禁，六个一律，落实五个一批"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    assert [m.text for m in find_numbers("新建两个批发市场，五个禁止性规定")] == ["两个", "五个"]


def test_a_year_of_the_common_era_or_before_it() -> None:
    """公元前221年 is the year -221 and 公元221年 the year 221 (they were spans of 221 years); a range of years
    before the common era is one (公元前221年至公元前206年); 公元前后 names none."""
    got = [(m.text, m.kind, m.low, m.high) for m in find_numbers("公元前221年，公元221年，公元前221年至公元前206年，公元前后")]
    assert got == [("公元前221年", "year", -221, -221), ("221年", "year", 221, 221),
                   ("公元前221年至公元前206年", "range", -221, -206)]
    assert numbers_to_digits("公元前二二一年") == "公元前二二一年"


def test_currency_signs_of_dollars_euros_and_pounds() -> None:
    """$25.50, €300 and £1,200 are money in 美元, 欧元 and 英镑 (they were bare numbers, $25.50 cut to 5.50);
    after a Latin letter a sign is another currency's or a formula's (X¥5: a bare number; since session 41 the
    dollars named by their country's letters are money in that currency: A$5 in 澳元, HK$5 in 港元, s41)."""
    got = [(m.text, m.kind, float(m.low), m.unit) for m in find_numbers("单价$25.50，€300，£1,200")]
    assert got == [("$25.50", "money", 25.5, "美元"), ("€300", "money", 300.0, "欧元"), ("£1,200", "money", 1200.0, "英镑")]
    assert [(m.text, m.kind, m.unit) for m in find_numbers("A$5，HK$5，X¥5")] == [
        ("A$5", "money", "澳元"), ("HK$5", "money", "港元"), ("5", "integer", None)]


def test_days_and_sets_named_by_custom() -> None:
    """(found probing festivals and culture around the set) 腊八节, 大年三十, 二十四史, 五个一工程奖, 第二课堂 and
    三位一体 are names (they were rewritten 腊8节, 大年30, 24史, 第2课堂, or found as counts); 腊月八日 and
    第三课 are a date and a lesson as before."""
    text = "腊八节喝腊八粥，大年三十，读二十四史，获五个一工程奖，开展第二课堂，三位一体"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("腊月八日，第三课") == "腊月8日，第3课"


def test_tiers_of_admission_and_a_school_system() -> None:
    """(found probing education around the set) 三本院校 and 三本线 name a tier of admission, kept as written
    as 二本院校 is (三本 was rewritten 3本); 十二年义务教育 names a school system as 九年制义务教育 does (it was
    rewritten 12年); 买了三本书 and 十二年教育 count as before."""
    assert numbers_to_digits("三本院校，三本线以上，推行十二年义务教育") == "三本院校，三本线以上，推行十二年义务教育"
    assert find_numbers("推行十二年义务教育") == []
    assert numbers_to_digits("买了三本书，十二年教育") == "买了3本书，12年教育"


def test_leading_bodies_and_requirements_named_by_a_count() -> None:
    """(found probing government prose around the set) 四套班子, 五个到位, 老三件 and 三桶油 are names (they were
    rewritten 4套班子, 5个到位, 老3件, 3桶油); 新建两套住房 counts as before."""
    text = "县四套班子，确保五个到位，老三件，三桶油"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("新建两套住房") == "新建2套住房"


def test_more_after_a_physical_measure() -> None:
    """多 after a physical measure says up to one unit more, as after a time unit (三米多高: 3 to 4 米, 两公斤多,
    一亩多地, and 一米多高 after a lone 一, rewritten 1米多 as 一年多 is 1年多): they were cut to 三米 and 一米多 was
    nothing; 3吨多种货物 (many kinds) and 五米多元 stay 3吨 and 五米."""
    got = [(m.text, m.low, m.high, m.qualifier) for m in find_numbers("长到三米多高，两公斤多，一亩多地，一米多高")]
    assert got == [("三米多", 3, 4, "多"), ("两公斤多", 2, 3, "多"), ("一亩多", 1, 2, "多"), ("一米多", 1, 2, "多")]
    assert numbers_to_digits("长到一米多高") == "长到1米多高"
    assert [(m.text, m.high) for m in find_numbers("3吨多种货物，五米多元")] == [("3吨", 3), ("五米", 5)]
