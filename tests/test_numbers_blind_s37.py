"""Session 37's blind set for the numbers reader (NB37): fifty sentences of our own, written before
reading ``govtext.numbers`` (only the guide, the public docstrings and the s19-s36 sets), each with the
mentions (text, kind, low, high, unit) and the rewrite of ``numbers_to_digits`` expected.
It stresses what s19-s36 covered less: approximations (超过两千人, 逾百万人, 近三成, 约五十平方公里, 将近一半),
多/余/几 (十多位, 二百余人次, 三十几岁, 百余户, 一万多名, 八千多元), bounds (不少于三年, 四十五周岁以下, 不超过五万元,
至少两名, 五个工作日以内, 不低于十二节, 不多于两名), rates with 每 (每百户, 每人每月八百五十元, 每平方米一万一千八百元,
每千人口三点二人), changes (下降零点三个百分点, 增长一倍, 翻了两番, 下降两成, 增长一点五倍), decades, centuries and
anniversaries (七十年代, 十九世纪, 建党一百零五周年, 第四十二个教师节), temperatures (三十五度, 三十七度以上, 零下十五摄氏度,
-5℃), dimensions and areas (一点二米乘二点四米, 长、宽、高, 五万亩, 三公顷, 两平方公里), sessions (第十八届 ... 第四次会议,
第三届 ... 第二次全体会议), and hard negatives: identifiers and codes (a phone number, a postcode in Chinese digits, an
ID card's and an admission ticket's numbers, a document's number 〔2025〕18号), aircraft and equipment models (歼-20,
运-20, XGN15-12型), a version (2.0版), and set phrases and festivals beside quantities (五四青年节, 六一儿童节,
十一黄金周, 双十一, 九九重阳节, 三八红旗手, 三好学生, 一把手, 一国两制, 四个全面, 两学一做, 三下乡, 七一).

Choices the conventions leave open, made here: 将近一半 holds no mention (一半 is a word, no fraction); 逾百万人 is a
count of people found and kept as written (a lone 百 after a qualifier, as 近千名 is); 十年前 is a span of ten years
(十年, rewritten 10年前 as 五年来 is 5年来); a rate's base after 每 (每百户, 每千人口, 每万人, 每平方米, 每人每月) is no
mention and the amount after it is read alone (每平方米一万一千八百元: 11800 元); 增长一点五倍 is a multiple 1.5, rewritten;
第四十二个教师节 is an ordinal 42, rewritten 第42个 (an anniversary's count, no name); 三十五度 and 三十七度以上 of air
temperature are counts of 度; 一点二米乘二点四米 is two lengths (乘 is no operator of the reader); 不足五万 with no unit is
the integer 50000, rewritten 不足5万; 歼-20 and 运-20 are model names (no negative numbers); 七一 before 前夕 is the party's
day (no mention), as 五四 before 青年节; 三下乡 is a programme's name.

Blind figure (019d489, untouched): 43 of 50 sentences fully right (mentions and rewrite); 79 of 84 expected
mentions right; no mention found that is none and no rewrite that breaks a name (all fourteen hard negatives and
set phrases right). The misses: 第二次 before 全体会议 nothing, and six that follow tested conventions (成 counts
tenths: 近三成, 超过六成, 两成, 约三成 are counts of 成; 多 after a Chinese numeral keeps it as written: 十多位,
一万多名, 八千多元, 四百多名).
After session 37's fixes: 44 of 50 sentences, 80 of 84 expected mentions, no false mention, no name broken (第二次全体会议
is an ordinal, found and kept as written). The six left are strict xfails, all tested conventions (成 counts tenths, 多
after a Chinese numeral keeps it as written). Probing the set's domains found more classes, each tested below: 零八年
and 〇三年 (a year's two digits, were spans rewritten 零8年), 七一期间, 十一前后, 六一前夕 (a day named by month and day
before the days around it: were 71 期 and the integer 11, rewritten 11前后), the spoken tenth after 块, 度 and 成 (三块五,
体温三十七度五, 九成九: the digit was dropped, 三块五一斤 rewritten 3块51斤), degrees and minutes of arc (东经120度30分: 30 was
a bare integer), a range below zero (零下五至零下十度 was -50, rewritten 零下-50至零下10度), 七成多 (多 left out), a Chinese
numeral after Latin letters (人均GDP一万两千美元 was nothing), and numbers_to_digits was quadratic on a long phrase kept
as written (三块五二 repeated).
Left as the code does: 两千零八年 a span of 2008 years (a year said with its scales), 三寸金莲 rewritten 3寸金莲 (an
idiom the list lacks), 歼十五 rewritten 歼15 and 2.0时代 a decimal (model and version names not after a name's word),
120°30′ bare integers (degree signs are no units). (The review after the session made 零下五至零下十度 and -5至-10度,
ranges said from their warmer end, one range each, -10 to -5.)
"""

from __future__ import annotations

import pytest

from blind import ANY, check_sentence, check_set, mentions
from blind import pd as _pd
from govtext.numbers import find_numbers, numbers_to_digits
from linear_common import assert_linear

from strategies import blind_params

# (sentence, expected mentions as (text, kind, low[, high[, unit]]), expected rewrite; None: unchanged)
CASES: list[tuple[str, list[tuple[object, ...]], str | None]] = [
    # approximations, 多/余/几
    ("今年全县新增城镇就业超过两千人，其中返乡创业人员将近一半。",
     [("超过两千人", "count", 2000, None, "人")],
     "今年全县新增城镇就业超过2000人，其中返乡创业人员将近一半。"),
    ("该市常住人口逾百万人，建成区面积约五十平方公里。",
     [("逾百万人", "count", 1000000, None, "人"), ("约五十平方公里", "count", 50, None, "平方公里")],
     "该市常住人口逾百万人，建成区面积约50平方公里。"),
    ("全省高校毕业生中近三成选择到基层就业，超过六成进入民营企业。",
     [("近三成", "percent", 30, None, ANY), ("超过六成", "percent", 60, None, ANY)],
     "全省高校毕业生中近3成选择到基层就业，超过6成进入民营企业。"),
    ("义诊活动邀请了十多位专家，接诊群众二百余人次。",
     [("十多位", "count", 10, 20, "位"), ("二百余人次", "count", 200, 300, "人次")],
     "义诊活动邀请了10多位专家，接诊群众二百余人次。"),
    ("老李三十几岁就当上了村支书，带领百余户村民种植茶叶。",
     [("三十几岁", "count", 30, 40, "岁"), ("百余户", "count", 100, 200, "户")],
     None),
    ("全区共有民办幼儿园二十余所，在园幼儿一万多名。",
     [("二十余所", "count", 20, 30, "所"), ("一万多名", "count", 10000, 20000, "名")],
     "全区共有民办幼儿园二十余所，在园幼儿1万多名。"),
    ("项目总投资约一百二十亿元，预计带动就业五千人左右。",
     [("约一百二十亿元", "money", 12000000000, None, "元"), ("五千人左右", "count", 5000, None, "人")],
     "项目总投资约120亿元，预计带动就业5000人左右。"),
    # bounds
    ("申请人须在本市连续缴纳社会保险不少于三年，年龄在四十五周岁以下。",
     [("不少于三年", "duration", 3, None, "年"), ("四十五周岁以下", "count", 45, None, "周岁")],
     "申请人须在本市连续缴纳社会保险不少于3年，年龄在45周岁以下。"),
    ("单笔采购金额不超过五万元的，由采购人自行组织，验收时至少两名工作人员在场。",
     [("不超过五万元", "money", 50000, None, "元"), ("至少两名", "count", 2, None, "名")],
     "单笔采购金额不超过5万元的，由采购人自行组织，验收时至少2名工作人员在场。"),
    ("行政许可办理时限压缩至五个工作日以内。",
     [("五个工作日以内", "duration", 5, None, "工作日")],
     "行政许可办理时限压缩至5个工作日以内。"),
    ("每班学生人数原则上不超过四十五人，专任教师每周课时不低于十二节。",
     [("不超过四十五人", "count", 45, None, "人"), ("不低于十二节", "count", 12, None, "节")],
     "每班学生人数原则上不超过45人，专任教师每周课时不低于12节。"),
    ("年收入在十二万元以上的纳税人，应在次年六月三十日前自行申报。",
     [("十二万元以上", "money", 120000, None, "元"), ("六月三十日", "date", _pd(6, 30))],
     "年收入在12万元以上的纳税人，应在次年6月30日前自行申报。"),
    ("参赛队伍人数限三至五人，指导教师不多于两名。",
     [("三至五人", "range", 3, 5, "人"), ("不多于两名", "count", 2, None, "名")],
     "参赛队伍人数限3至5人，指导教师不多于2名。"),
    # rates with 每
    ("新建住宅小区按每百户不少于三十平方米的标准配建社区养老服务用房。",
     [("不少于三十平方米", "count", 30, None, "平方米")],
     "新建住宅小区按每百户不少于30平方米的标准配建社区养老服务用房。"),
    ("城乡低保标准提高到每人每月八百五十元，特困人员供养标准不低于每人每年一万二千元。",
     [("八百五十元", "money", 850, None, "元"), ("一万二千元", "money", 12000, None, "元")],
     "城乡低保标准提高到每人每月850元，特困人员供养标准不低于每人每年12000元。"),
    ("该项目商品住房备案均价为每平方米一万一千八百元。",
     [("一万一千八百元", "money", 11800, None, "元")],
     "该项目商品住房备案均价为每平方米11800元。"),
    ("全市每千人口拥有执业医师三点二人，每万人拥有公共文化设施面积一千五百平方米。",
     [("三点二人", "count", 3.2, None, "人"), ("一千五百平方米", "count", 1500, None, "平方米")],
     "全市每千人口拥有执业医师3.2人，每万人拥有公共文化设施面积1500平方米。"),
    # changes
    ("全市城镇调查失业率为百分之五点一，同比下降零点三个百分点。",
     [("百分之五点一", "percent", 5.1, None, "%"), ("零点三个百分点", "percent", 0.3, None, "百分点")],
     "全市城镇调查失业率为5.1%，同比下降0.3个百分点。"),
    ("全年接待游客人次比上年增长一倍，旅游总收入翻了两番。",
     [("一倍", "multiple", 1, None, "倍"), ("翻了两番", "multiple", 4, None, "倍")],
     None),
    ("受市场行情影响，生猪出栏量下降两成，养殖户收益减少约三成。",
     [("两成", "percent", 20, None, ANY), ("约三成", "percent", 30, None, ANY)],
     "受市场行情影响，生猪出栏量下降2成，养殖户收益减少约3成。"),
    ("农村居民人均可支配收入由十年前的八千多元增加到一万六千元，实现翻一番。",
     [("十年", "duration", 10, None, "年"), ("八千多元", "money", 8000, 9000, "元"),
      ("一万六千元", "money", 16000, None, "元"), ("翻一番", "multiple", 2, None, "倍")],
     "农村居民人均可支配收入由10年前的8000多元增加到16000元，实现翻一番。"),
    ("研发经费投入强度提高零点二个百分点，高新技术企业数量增长一点五倍。",
     [("零点二个百分点", "percent", 0.2, None, "百分点"), ("一点五倍", "multiple", 1.5, None, "倍")],
     "研发经费投入强度提高0.2个百分点，高新技术企业数量增长1.5倍。"),
    # decades, centuries and anniversaries
    ("上世纪七十年代，村里只有一所小学、四名民办教师。",
     [("四名", "count", 4, None, "名")],
     "上世纪70年代，村里只有一所小学、4名民办教师。"),
    ("今年是中国共产党建党一百零五周年，也是我校建校七十周年。",
     [("一百零五周年", "count", 105, None, "周年"), ("七十周年", "count", 70, None, "周年")],
     "今年是中国共产党建党105周年，也是我校建校70周年。"),
    ("九月十日是第四十二个教师节，全市表彰优秀教师三百名。",
     [("九月十日", "date", _pd(9, 10)), ("第四十二个", "ordinal", 42, None, ANY), ("三百名", "count", 300, None, "名")],
     "9月10日是第42个教师节，全市表彰优秀教师300名。"),
    ("十九世纪末，这座城市的人口不足五万。",
     [("十九世纪", "ordinal", 19, None, "世纪"), ("不足五万", "integer", 50000)],
     "19世纪末，这座城市的人口不足5万。"),
    # temperatures
    ("预计明天最高气温三十五度，局部地区将出现三十七度以上的高温天气。",
     [("三十五度", "count", 35, None, "度"), ("三十七度以上", "count", 37, None, "度")],
     "预计明天最高气温35度，局部地区将出现37度以上的高温天气。"),
    ("寒潮过境期间，北部山区最低气温将降至零下十五摄氏度，降温幅度超过十摄氏度。",
     [("零下十五摄氏度", "count", -15, None, "摄氏度"), ("超过十摄氏度", "count", 10, None, "摄氏度")],
     "寒潮过境期间，北部山区最低气温将降至零下15摄氏度，降温幅度超过10摄氏度。"),
    ("今天夜间最低气温-5℃，白天最高气温3℃左右，昼夜温差较大。",
     [("-5℃", "count", -5, None, "℃"), ("3℃左右", "count", 3, None, "℃")],
     None),
    # dimensions and areas
    ("宣传展板尺寸为一点二米乘二点四米，请于开展前三天送达。",
     [("一点二米", "count", 1.2, None, "米"), ("二点四米", "count", 2.4, None, "米"), ("三天", "duration", 3, None, "天")],
     "宣传展板尺寸为1.2米乘2.4米，请于开展前3天送达。"),
    ("标准集装箱的长、宽、高分别为六米、二点四米和二点六米。",
     [("六米", "count", 6, None, "米"), ("二点四米", "count", 2.4, None, "米"), ("二点六米", "count", 2.6, None, "米")],
     "标准集装箱的长、宽、高分别为6米、2.4米和2.6米。"),
    ("今年全县新建高标准农田五万亩，新增土地流转面积三千余亩。",
     [("五万亩", "count", 50000, None, "亩"), ("三千余亩", "count", 3000, 4000, "亩")],
     "今年全县新建高标准农田5万亩，新增土地流转面积三千余亩。"),
    ("湿地公园规划面积三公顷，新区起步区面积两平方公里。",
     [("三公顷", "count", 3, None, "公顷"), ("两平方公里", "count", 2, None, "平方公里")],
     "湿地公园规划面积3公顷，新区起步区面积2平方公里。"),
    # ordinals of sessions
    ("县第十八届人民代表大会第四次会议应到代表二百一十二名，实到二百零五名。",
     [("第十八届", "ordinal", 18, None, "届"), ("第四次", "ordinal", 4, None, ANY),
      ("二百一十二名", "count", 212, None, "名"), ("二百零五名", "count", 205, None, "名")],
     "县第十八届人民代表大会第四次会议应到代表212名，实到205名。"),
    ("学校第三届教职工代表大会第二次全体会议于三月十二日召开。",
     [("第三届", "ordinal", 3, None, "届"), ("第二次", "ordinal", 2, None, ANY), ("三月十二日", "date", _pd(3, 12))],
     "学校第三届教职工代表大会第二次全体会议于3月12日召开。"),
    ("第十五届全国运动会共设三十四个大项，参赛运动员一万二千余人。",
     [("第十五届", "ordinal", 15, None, "届"), ("三十四个", "count", 34, None, "个"),
      ("一万二千余人", "count", 12000, 13000, "人")],
     "第十五届全国运动会共设34个大项，参赛运动员一万二千余人。"),
    # hard negatives: identifiers, codes, models and versions
    ("如有疑问请致电0571-87001234，邮编三一〇〇一四，或登录官网查询。",
     [],
     None),
    ("飞行表演中，歼-20和运-20先后飞越主席台。",
     [],
     None),
    ("本次采购XGN15-12型环网柜八台，技术规范执行2.0版。",
     [("八台", "count", 8, None, "台")],
     "本次采购XGN15-12型环网柜8台，技术规范执行2.0版。"),
    ("请核对身份证号码330106199203154518与报名表是否一致，准考证号为2026110532。",
     [],
     None),
    ("依据《关于进一步做好就业工作的通知》（浙政办发〔2025〕18号）要求执行。",
     [],
     None),
    # set phrases beside quantities
    ("五四青年节当天，团市委表彰了一百名优秀共青团员。",
     [("一百名", "count", 100, None, "名")],
     "五四青年节当天，团市委表彰了100名优秀共青团员。"),
    ("六一儿童节前夕，志愿者为两万名留守儿童送去图书。",
     [("两万名", "count", 20000, None, "名")],
     "六一儿童节前夕，志愿者为2万名留守儿童送去图书。"),
    ("十一黄金周期间，全市接待游客三百二十万人次。",
     [("三百二十万人次", "count", 3200000, None, "人次")],
     "十一黄金周期间，全市接待游客320万人次。"),
    ("双十一当天，全市快递业务量达到一点二亿件。",
     [("一点二亿件", "count", 120000000, None, "件")],
     "双十一当天，全市快递业务量达到1.2亿件。"),
    ("九九重阳节来临之际，社区为八十岁以上老人送去慰问品。",
     [("八十岁以上", "count", 80, None, "岁")],
     "九九重阳节来临之际，社区为80岁以上老人送去慰问品。"),
    ("她先后获评全国三八红旗手、省级三好学生，是单位的业务一把手。",
     [],
     None),
    ("坚持一国两制方针，协调推进四个全面战略布局，深入开展两学一做学习教育。",
     [],
     None),
    ("暑期三下乡社会实践活动吸引了四百多名大学生参加。",
     [("四百多名", "count", 400, 500, "名")],
     "暑期三下乡社会实践活动吸引了400多名大学生参加。"),
    ("七一前夕，市委表彰了五十个先进基层党组织。",
     [("五十个", "count", 50, None, "个")],
     "七一前夕，市委表彰了50个先进基层党组织。"),
]

# the cases that fail, with why (the unseen run, 019d489 untouched, failed 7: c02 c03 c05 c19 c20 c34 c48)
FAILING: dict[int, str] = {
    2: "成 is read as a count of tenths (unit 成, 3 and 6: a tested convention, s19); expected percents (30, 60)",
    3: "多 after a Chinese numeral keeps it as written (二十多个 stays, a tested convention, s20); expected 十多位 -> "
       "10多位",
    5: "多 after a Chinese numeral keeps it as written (a tested convention, s20); expected 一万多名 -> 1万多名",
    19: "成 is read as a count of tenths (unit 成, 2 and 3: a tested convention, s19); expected percents (20, 30)",
    20: "多 after a Chinese numeral keeps it as written (a tested convention, s20); expected 八千多元 -> 8000多元",
    48: "多 after a Chinese numeral keeps it as written (a tested convention, s20); expected 四百多名 -> 400多名",
}


@pytest.mark.parametrize(("text", "mentions", "rewrite"), blind_params(CASES, FAILING, "c"))
def test_blind_sentence(text: str, mentions: list[tuple[object, ...]], rewrite: str | None) -> None:
    check_sentence(text, mentions, rewrite)


def test_the_set_has_fifty_sentences() -> None:
    check_set(CASES, 50)


# --- classes fixed (session 37, NB37); each test failed before its fix


def test_a_numbered_plenary_meeting_after_di() -> None:
    """第二次全体会议 and 第八次全会 are ordinals of the event, found and kept as written, as 第二次会议 and
    第三次常务会议 are (the plenary sessions' rule took 二次全体会议 for a session's name and hid the ordinal:
    nothing was found); 十一届八次全会, 二次全体会议 and 第十届二次全会 stay names (no mention)."""
    text = "第二次全体会议，第十二次全体会议，第八次全会，第二次会议"
    assert [(t, k, lo) for t, k, lo, _, _ in mentions(text)] == [
        ("第二次", "ordinal", 2), ("第十二次", "ordinal", 12), ("第八次", "ordinal", 8), ("第二次", "ordinal", 2)]
    assert numbers_to_digits(text) == text
    names = "十一届八次全会，二次全体会议，第十届二次全会，三届七次、八次全会"
    assert find_numbers(names) == []
    assert numbers_to_digits(names) == names


def test_a_year_named_by_a_zero_and_a_digit() -> None:
    """(found probing decades and years around the set) 零八年 and 〇三年 name the years 2008 and 2003 by their
    last two digits, as 九八年 names 1998: no mention (they were spans of 8 and 3 years, rewritten 零8年, which
    reads as nothing); 一年零八个月, 三百零八年 and 五年零八天 read as before."""
    text = "零八年奥运会，〇三年非典，九八年抗洪"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("一年零八个月，三百零八年，五年零八天") == "1年零8个月，308年，5年零8天"


def test_a_year_named_by_a_digit_and_a_zero() -> None:
    """(review of session 37) 一零年 and 二〇年 name the years 2010 and 2020 by their last two digits, as 零八年 names
    2008: no mention (从零八年到一零年 found a span of 10 years in 一零年, rewritten 10年); ten and twenty years are 十年
    and 二十年, read as before, and so are the decade 三零年代 and 三百零八年."""
    text = "从零八年到一零年，二〇年以来，二零年"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("十年，二十年，三零年代，三百零八年") == "10年，20年，30年代，308年"


def test_a_day_named_by_month_and_day_before_the_days_around_it() -> None:
    """(found probing set phrases around the set) 七一, 六一, 八一, 三八 and 十一 before a word of the days around
    a day (期间, 前夕, 前后, 当天, 之际, 过后 …) name the day: no mention (七一期间 was a count of 71 期, 十一前后
    and 十一前夕 the integer 11, rewritten 11前后), as 五一期间 and 十一假期 were; 十一个, 十一人, 十一以上,
    二十一期间 and 第十一期间的工作 read as before."""
    text = "七一期间，六一前夕，八一当天，三八期间，十一前后，十一前夕，十一过后，十一之际"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    got = [(m.text, m.kind) for m in find_numbers("十一个，十一人，十一以上，二十一期间，第十一期间的工作")]
    assert got == [("十一个", "count"), ("十一人", "count"), ("十一以上", "integer"), ("二十一期", "count"),
                   ("第十一期", "ordinal")]


def test_the_tenths_of_a_degree_or_a_kuai_said_without_their_name() -> None:
    """(found probing temperatures and money around the set) 体温三十七度五, 38度5 and 零下三度五 are 37.5, 38.5 and
    -3.5 度, 三块五 and 两块五的车票 3.5 and 2.5 元, as 三块五毛 is 3.5 (the digit was dropped: 37 度 and a bare 5,
    三块 3 元; 三块五一斤 was rewritten 3块51斤, 51 斤); 三十度十分炎热, 三块五十一 and 三百多块五 take no tenth."""
    got = [(m.text, float(m.low), m.unit) for m in find_numbers("体温三十七度五，38度5，零下三度五的低温，37度5以上")]
    assert got == [("三十七度五", 37.5, "度"), ("38度5", 38.5, "度"), ("零下三度五", -3.5, "度"), ("37度5以上", 37.5, "度")]
    got = [(m.text, float(m.low), m.unit) for m in find_numbers("三块五，两块五的车票，三块五一斤")]
    assert got == [("三块五", 3.5, "元"), ("两块五", 2.5, "元"), ("三块五", 3.5, "元")]
    assert numbers_to_digits("体温三十七度五，两块五的车票，三块五一斤") == "体温37度5，2块5的车票，三块五一斤"
    got = [(m.text, float(m.high)) for m in find_numbers("三十度十分炎热，三块五十一，三百多块五")]
    assert got == [("三十度", 30), ("三块", 3), ("五十一", 51), ("三百多块", 400)]


def test_a_spoken_tenth_before_a_range_or_a_change() -> None:
    """(review of session 37) the spoken tenth before 至/到 ends a range's left end (三十七度五到三十八度 is 37.5 to 38
    度, 三块五至四块五 3.5 to 4.5 元: the tenth was dropped, 37 度 and a range 5 to 38 度) and before 涨到/降到 a change's
    start (十三块五涨到十五块: 13.5 元, was 13); 三块到五块 and 三十度至三十五度 read as before."""
    found = find_numbers("体温在三十七度五到三十八度之间，气温八度五到十度，三块五至四块五，十三块五涨到十五块，三块到五块")
    assert [(m.text, float(m.low), float(m.high)) for m in found] == [
        ("三十七度五到三十八度", 37.5, 38), ("八度五到十度", 8.5, 10), ("三块五至四块五", 3.5, 4.5), ("十三块五", 13.5, 13.5),
        ("十五块", 15, 15), ("三块到五块", 3, 5)]
    assert [m.kind for m in found if m.text != "十五块"] == ["range", "range", "range", "money", "range"]
    assert numbers_to_digits("体温在三十七度五到三十八度之间") == "体温在37度5到38度之间"


def test_one_kuai_and_its_spoken_tenth() -> None:
    """(review of session 37) 一块五 is 1.5 元 as 三块五 is 3.5 (a lone 一 before 块 was no mention, so 白菜一块五一斤 found
    51 斤 and was rewritten 白菜一块51斤); 一块 alone stays the word (我们一块去: nothing)."""
    got = [(m.text, float(m.low), m.unit) for m in find_numbers("白菜一块五一斤，一块五的车票")]
    assert got == [("一块五", 1.5, "元"), ("一块五", 1.5, "元")]
    assert numbers_to_digits("白菜一块五一斤") == "白菜一块五一斤"
    assert find_numbers("我们一块去，放在一块") == []


def test_tenths_more_and_their_own_tenth() -> None:
    """(found probing changes around the set) 七成多 is 7 to 8 成, as 三米多 is 3 to 4 米 (多 was left out: 7), and
    九成九 and 九成五以上 are 9.9 and 9.5 成, as 三块五 is 3.5 元 (the last digit was dropped); 成 counts tenths as
    before (a tested convention), and 三成多数 and 七成多种 keep 多 apart."""
    got = [(m.text, float(m.low), float(m.high)) for m in find_numbers("七成多的受访者，九成九，九成五以上，三成多数，七成多种")]
    assert got == [("七成多", 7, 8), ("九成九", 9.9, 9.9), ("九成五以上", 9.5, 9.5), ("三成", 3, 3), ("七成", 7, 7)]
    assert numbers_to_digits("七成多的受访者，九成九") == "7成多的受访者，9成9"


def test_a_chinese_numeral_after_latin_letters() -> None:
    """(found probing rates and money around the set) 人均GDP一万两千美元: a Chinese numeral right after Latin
    letters is no identifier's number (identifiers are written in digits: v100, CPC 2), so the amount is read (it
    was nothing); v100, G7, iPhone15 and AⅣ级 stay none, and so does 二五年 after an O typed for 〇 (二O二五年, found in
    the equivalence run: it was read 2 to 5 years)."""
    got = [(m.text, m.kind, float(m.low), m.unit) for m in find_numbers("人均GDP一万两千美元，v100，G7，iPhone15，AⅣ级")]
    assert got == [("一万两千美元", "money", 12000, "美元")]
    assert numbers_to_digits("人均GDP一万两千美元") == "人均GDP12000美元"
    assert [m.text for m in find_numbers("二O二五年，二o二六年")] == []


def test_a_run_of_o_letters_typed_for_zeros() -> None:
    """(review of session 37) 二OO八年 and 二OOO年: the whole run of O letters typed for 〇 is stepped over and the
    character before it tested (八年 was an 8-year span, rewritten 二OO8年); GOO八年 and 版本OO八年 keep a Latin
    word or no numeral before the letters, and read as before."""
    assert find_numbers("二OO八年北京奥运会，二OOO年，二oo九年") == []
    assert numbers_to_digits("二OO八年北京奥运会") == "二OO八年北京奥运会"
    assert numbers_to_digits("GOO八年，版本OO八年") == "GOO8年，版本OO8年"


def test_degrees_and_minutes_of_arc_are_one_angle() -> None:
    """(found probing the same) 东经120度30分 and 北纬三十一度二十分十五秒 are one angle each, in degrees (120.5 and
    31.3375 度; the minutes were a bare 30, a false integer); 两小时十五分 stays a span in minutes."""
    got = [(m.text, float(m.low), m.unit) for m in find_numbers("东经120度30分，北纬三十一度二十分十五秒，两小时十五分")]
    assert got == [("120度30分", 120.5, "度"), ("三十一度二十分十五秒", 31.3375, "度"), ("两小时十五分", 135, "分钟")]
    assert numbers_to_digits("东经一百二十度三十分，北纬三十一度二十分十五秒") == "东经120度30分，北纬31度20分15秒"


def test_a_range_below_zero_shares_no_scale() -> None:
    """(found probing temperatures around the set) 零下五至零下十度 and 零下五至十度: the left end below zero takes no
    scale from a right end's 十 (it was -50, rewritten 零下-50至零下10度); 零下五至十度 is -5 to 10 度, as 零下三至五度
    is -3 to 5, and 五至十度 and 两到三万人 read as before. (review of session 37) 零下五至零下十度, said from its warmer
    end, is one range -10 to -5 度, low the smaller end as 零下十至零下五度 (only 零下十度 was found, 零下五 lost), and so
    is -5至-10度; 五至三度 (a falling pair above zero) is no range, as before."""
    got = [(m.text, float(m.low), float(m.high)) for m in find_numbers("零下五至零下十度，零下五至十度，五至十度，两到三万人")]
    assert got == [("零下五至零下十度", -10, -5), ("零下五至十度", -5, 10), ("五至十度", 5, 10), ("两到三万人", 20000, 30000)]
    assert numbers_to_digits("零下五至零下十度，零下五至十度") == "零下5至零下10度，零下5至10度"
    got = [(m.text, m.kind, float(m.low), float(m.high)) for m in find_numbers("零下十至零下五度，-5至-10度")]
    assert got == [("零下十至零下五度", "range", -10, -5), ("-5至-10度", "range", -10, -5)]
    assert all(m.kind != "range" for m in find_numbers("五至三度"))


@pytest.mark.parametrize("piece", ["第二次全体会议", "第二次全会，", "第第二次全会", "零八年", "零零八年", "十一前后",
                                   "七一期间", "第十一期间",
                                   "三十七度五", "三块五一", "三块五二", "三块五", "一度二十分", "度二十分十五秒", "十度十分",
                                   "零下五至零下十度，", "七成多", "九成九", "二OO八年",
                                   "O八年", "度五到十度", "块五涨到", "一零年", "一块五一"])
def test_the_classes_read_in_linear_time(piece: str) -> None:
    """The session's rules on adversarial repetitions of their triggers: linear."""
    n = 4000 // len(piece)
    assert_linear(find_numbers, piece * n, piece * (4 * n), label=piece)
    assert_linear(numbers_to_digits, piece * n, piece * (4 * n), label=piece)
