"""Session 36's blind set for the numbers reader (NB36): fifty sentences of our own, written before
reading ``govtext.numbers`` (only the guide, the public docstrings and the s19-s35 sets), each with the
mentions (text, kind, low, high, unit) and the rewrite of ``numbers_to_digits`` expected.
It stresses what s19-s35 covered less: times of day (八点半, 下午三点一刻, 两点四十五分, 18:30, 凌晨两点, 中午十二点至
下午两点), fractions, ratios and per mille (三分之二, 十分之一, 五分之一, 百分之五十点五, 1:500, 1:1:2, 千分之三), ranks
(第一名, 前三名, 前十名, 排名全省第五, 位列第二, 跃居第一, 第十二位), money in mixed forms (1.2万亿元, 两千一百亿元,
三千五百万元, 人民币伍佰元整, ¥3,500.00, 两千块钱, 壹万贰仟元, 贰仟伍佰元), ages (年满十八岁, 六十周岁以上,
十八岁以下, 八十周岁至八十九周岁, 一百零三岁), counts with classifiers (三位, 两名, 四家, 五项, 两辆, 六台), school
grades and levels (初三, 高二, 大一, 六年级, 英语六级, 二级甲等, 三级医院), durations (三个工作日, 半个月, 一年半,
两个半小时, 三个多小时, 两年零三个月, 不少于一小时), dates in 〇 form and partial dates (二〇二五年十二月七日,
本月二十日, 上月二十八日, 次年三月一日, 次年十月), capital numerals (壹万贰仟元, 叁拾箱), and hard negatives: brands
and places (三只松鼠, 七匹狼, 五道口, 三里屯, 九寨沟, 四川, 万州, 十八洞村), words (万一, 一律, 一致, 统一, 一些, 一直,
一旦, 第一时间, 一线, 三农, 两会, 双一流, 一户一策, 零的突破) and idioms (三心二意, 七上八下, 一心一意, 千方百计,
五湖四海, 万众一心, 十全十美).

Choices the conventions leave open, made here: clock times in Chinese numerals are kept as written (as
三点半 and 八点至十点 are, s30), also an hour with its minutes (两点四十五分, 14:45 after 下午); 中午十二点至下午两点 is
one range of times; a map's scale 1:500 and a split 1:1:2 are ratios, no quantities (as 比分3:1 is); 前三名 and
前十名 count the places (三名, 10 名), rewritten 前3名 as 前十个月 is rewritten 前10个月 (s35); a rank after 位列 or
跃居 is a rank as after 位居 (rewritten 第2); 两千块钱 is money in 元 (the mention 两千块, 钱 after it as in
两块钱), rewritten 2000块钱; 不少于一小时 is a span of one hour (a qualifier before the lone 一 makes it a
quantity), rewritten 不少于1小时; 两年零三个月 is two spans (两年, 三个月), rewritten 2年零3个月; 本月二十日 and
上月二十八日 are days of a month with no month written (PartialDate(day=...)), rewritten 本月20日; 英语六级 and
普通话二级甲等 are grades (ordinals of 级, kept as written, as 三级医院 is).

Blind figure (main 841c4be, untouched): 41 of 50 sentences fully right (mentions and rewrite); 67 of 75
expected mentions right; one mention found that is none (三只 in the brand 三只松鼠) and one rewrite that breaks a
name (3只松鼠). The misses: 两点四十五分 read 2:45 (下午 stands in the clause before), 中午十二点至下午两点 two times
(no range), 不少于四周 and 不少于一小时 nothing, 英语六级 a count of 级, and three that follow tested conventions
(两千块钱 with its 钱, 两年零三个月 one span of 27 months, 三个多小时 rewritten 3个多小时).
After session 36's fixes: 44 of 50 sentences, 69 of 75 expected mentions, no mention found that is none, no
rewrite that breaks a name (三只松鼠 in a list of brands before 等品牌 is a name; 不少于四周 and 英语六级考试 read).
The six left are strict xfails: five tested conventions (clock times are no range's ends, a lone 一 before a
unit is no mention also after a qualifier, 两年零三个月 is one span, 多 after the unit keeps a digit form, 两块钱
keeps its 钱) and 两点四十五分, whose 下午 stands in the clause before. Probing the set's domains found more
classes, each tested below: 四周 said of time (第四周 was left while 第三周 was rewritten; 为期四周, 三至四周,
未满四周岁, 成立四周年 were nothing), 一等奖两项、二等奖三项 (half rewritten), an exam's or a certificate's level
(a count of 级), 一岁半 and 一岁多 (nothing) and 两岁多 (多 left out), 块 after a word of pay (pieces), a tier of
admission before 上线 or 录取 (rewritten 3本上线人数), and 盏 and 袋 (no measure words).
Left as the code does: 二十四时 and 24时 (no clock time 24:00: the integer 24, as s34 has it), 一成 (a lone 一:
nothing, while 两成 is 2 成), RMB 5000元 and USD 300 (ASCII letters before: an identifier), 分三级考试 (a grade,
though 分 counts levels), 三顶帐篷 and 两扇门 (顶 and 扇 end names: 九顶山, 六扇门), 上午九点至十二点 (two times).
"""

from __future__ import annotations

import datetime as dt

import pytest

from blind import check_sentence, check_set
from blind import pd as _pd
from govtext.numbers import find_numbers, numbers_to_digits
from linear_common import assert_linear

from strategies import blind_params

D, T = dt.date, dt.time

# (sentence, expected mentions as (text, kind, low[, high[, unit]]), expected rewrite; None: unchanged)
CASES: list[tuple[str, list[tuple[object, ...]], str | None]] = [
    # times of day
    ("每天上午八点半开馆，下午五点半闭馆，周一闭馆。",
     [("八点半", "time", T(8, 30)), ("五点半", "time", T(17, 30))],
     None),
    ("考试于下午三点一刻结束，考生须在两点四十五分前进入考场。",
     [("三点一刻", "time", T(15, 15)), ("两点四十五分", "time", T(14, 45))],
     None),
    ("晚会于18:30准时开始，预计持续两个半小时。",
     [("18:30", "time", T(18, 30)), ("两个半小时", "duration", 2.5, None, "小时")],
     "晚会于18:30准时开始，预计持续2个半小时。"),
    ("凌晨两点，消防救援人员赶到现场，经过三个多小时的扑救，明火被扑灭。",
     [("两点", "time", T(2, 0)), ("三个多小时", "duration", 3, 4, "小时")],
     None),
    ("市民服务中心午间不休息，中午十二点至下午两点安排专人值守。",
     [("十二点至下午两点", "range", T(12, 0), T(14, 0))],
     None),
    # fractions, ratios and per mille
    ("全县三分之二的行政村已通天然气，剩余十分之一的自然村将于年内接通。",
     [("三分之二", "fraction", 2 / 3), ("十分之一", "fraction", 0.1)],
     "全县2/3的行政村已通天然气，剩余1/10的自然村将于年内接通。"),
    ("该校本科毕业生升学率达到百分之五十点五，比去年提高二点三个百分点。",
     [("百分之五十点五", "percent", 50.5, None, "%"), ("二点三个百分点", "percent", 2.3, None, "百分点")],
     "该校本科毕业生升学率达到50.5%，比去年提高2.3个百分点。"),
    ("规划图纸比例尺为1:500，总平面图另附。",
     [],
     None),
    ("全市人口自然增长率为千分之三，低于全省平均水平。",
     [("千分之三", "percent", 3, None, "‰")],
     "全市人口自然增长率为3‰，低于全省平均水平。"),
    ("配套资金按照中央、省、县1:1:2的比例分担。",
     [],
     None),
    ("实践教学课时不少于总课时的五分之一，其中校外实习不少于四周。",
     [("五分之一", "fraction", 0.2), ("不少于四周", "duration", 4, None, "周")],
     "实践教学课时不少于总课时的1/5，其中校外实习不少于4周。"),
    # ranks
    ("在全省职业院校技能大赛中，我校代表队获得第一名，另有两名选手进入前三名。",
     [("第一名", "ordinal", 1, None, "名"), ("两名", "count", 2, None, "名"), ("三名", "count", 3, None, "名")],
     "在全省职业院校技能大赛中，我校代表队获得第1名，另有2名选手进入前3名。"),
    ("去年全市地区生产总值排名全省第五，增速位列第二。",
     [("第五", "ordinal", 5), ("第二", "ordinal", 2)],
     "去年全市地区生产总值排名全省第5，增速位列第2。"),
    ("该县连续三年在全市综合考核中名列前茅，今年跃居第一。",
     [("三年", "duration", 3, None, "年"), ("第一", "ordinal", 1)],
     "该县连续3年在全市综合考核中名列前茅，今年跃居第1。"),
    ("全国文明城市测评中，我市在同类城市中排名第十二位。",
     [("第十二位", "ordinal", 12, None, "位")],
     "全国文明城市测评中，我市在同类城市中排名第12位。"),
    ("入围决赛的二十支队伍中，前十名将获得一等奖。",
     [("二十支", "count", 20, None, "支"), ("十名", "count", 10, None, "名")],
     "入围决赛的20支队伍中，前10名将获得一等奖。"),
    # money in mixed forms
    ("全省一般公共预算支出1.2万亿元，其中教育支出两千一百亿元。",
     [("1.2万亿元", "money", 1200000000000, None, "元"), ("两千一百亿元", "money", 210000000000, None, "元")],
     "全省一般公共预算支出1.2万亿元，其中教育支出2100亿元。"),
    ("市财政安排三千五百万元用于老旧小区改造，每户补助不超过八千元。",
     [("三千五百万元", "money", 35000000, None, "元"), ("不超过八千元", "money", 8000, None, "元")],
     "市财政安排3500万元用于老旧小区改造，每户补助不超过8000元。"),
    ("收到捐款人民币伍佰元整（¥500.00），特此致谢。",
     [("人民币伍佰元整", "money", 500, None, "元"), ("¥500.00", "money", 500, None, "元")],
     "收到捐款人民币500元整（¥500.00），特此致谢。"),
    ("该批办公桌椅单价¥3,500.00，共采购四十套。",
     [("¥3,500.00", "money", 3500, None, "元"), ("四十套", "count", 40, None, "套")],
     "该批办公桌椅单价¥3,500.00，共采购40套。"),
    ("村民老张说，今年光卖橘子就多挣了两千块钱。",
     [("两千块", "money", 2000, None, "元")],
     "村民老张说，今年光卖橘子就多挣了2000块钱。"),
    ("本次奖学金共发放壹万贰仟元，每人叁仟元。",
     [("壹万贰仟元", "money", 12000, None, "元"), ("叁仟元", "money", 3000, None, "元")],
     "本次奖学金共发放12000元，每人3000元。"),
    # ages
    ("凡年满十八岁、身体健康的公民均可报名参加无偿献血。",
     [("十八岁", "count", 18, None, "岁")],
     "凡年满18岁、身体健康的公民均可报名参加无偿献血。"),
    ("六十周岁以上老年人凭身份证免费游览，十八岁以下未成年人半价。",
     [("六十周岁以上", "count", 60, None, "周岁"), ("十八岁以下", "count", 18, None, "岁")],
     "60周岁以上老年人凭身份证免费游览，18岁以下未成年人半价。"),
    ("对八十周岁至八十九周岁的老人，每人每月发放高龄津贴一百元。",
     [("八十周岁至八十九周岁", "range", 80, 89, "周岁"), ("一百元", "money", 100, None, "元")],
     "对80周岁至89周岁的老人，每人每月发放高龄津贴100元。"),
    ("该村九十岁以上老人有十一位，最年长的一百零三岁。",
     [("九十岁以上", "count", 90, None, "岁"), ("十一位", "count", 11, None, "位"),
      ("一百零三岁", "count", 103, None, "岁")],
     "该村90岁以上老人有11位，最年长的103岁。"),
    # counts with classifiers
    ("会议由三位副市长分别主持，两名专家作专题辅导。",
     [("三位", "count", 3, None, "位"), ("两名", "count", 2, None, "名")],
     "会议由3位副市长分别主持，2名专家作专题辅导。"),
    ("全区四家企业入选国家级绿色工厂，五项成果获省科技进步奖。",
     [("四家", "count", 4, None, "家"), ("五项", "count", 5, None, "项")],
     "全区4家企业入选国家级绿色工厂，5项成果获省科技进步奖。"),
    ("每个乡镇配备两辆救护车、六台除雪机和一支应急队伍。",
     [("两辆", "count", 2, None, "辆"), ("六台", "count", 6, None, "台")],
     "每个乡镇配备2辆救护车、6台除雪机和一支应急队伍。"),
    # school grades and levels
    ("初三学生每天在校体育活动时间不少于一小时，高二年级另开设选修课。",
     [("不少于一小时", "duration", 1, None, "小时")],
     "初三学生每天在校体育活动时间不少于1小时，高二年级另开设选修课。"),
    ("大一新生军训为期两周，六年级学生参加为期三天的研学活动。",
     [("两周", "duration", 2, None, "周"), ("三天", "duration", 3, None, "天")],
     "大一新生军训为期2周，六年级学生参加为期3天的研学活动。"),
    ("县人民医院成功创建二级甲等医院，全县三级医院实现零的突破。",
     [("二级", "ordinal", 2, None, "级"), ("三级", "ordinal", 3, None, "级")],
     None),
    ("她通过了英语六级考试，并取得普通话二级甲等证书。",
     [("六级", "ordinal", 6, None, "级"), ("二级", "ordinal", 2, None, "级")],
     None),
    # durations
    ("申请人提交材料后，审批部门应在三个工作日内作出决定。",
     [("三个工作日", "duration", 3, None, "工作日")],
     "申请人提交材料后，审批部门应在3个工作日内作出决定。"),
    ("专项督查为期半个月，整改期限为一年半。",
     [("半个月", "duration", 0.5, None, "个月"), ("一年半", "duration", 1.5, None, "年")],
     "专项督查为期半个月，整改期限为1年半。"),
    ("施工队连续奋战七十二小时，提前两周完成主体工程。",
     [("七十二小时", "duration", 72, None, "小时"), ("两周", "duration", 2, None, "周")],
     "施工队连续奋战72小时，提前2周完成主体工程。"),
    ("该课题研究周期为两年零三个月。",
     [("两年", "duration", 2, None, "年"), ("三个月", "duration", 3, None, "个月")],
     "该课题研究周期为2年零3个月。"),
    # dates in 〇 form and partial dates
    ("本通知自二〇二五年十二月七日起执行。",
     [("二〇二五年十二月七日", "date", D(2025, 12, 7))],
     "本通知自2025年12月7日起执行。"),
    ("请各单位于本月二十日前将统计表报送市统计局。",
     [("二十日", "date", _pd(None, 20))],
     "请各单位于本月20日前将统计表报送市统计局。"),
    ("新学期于次年三月一日开始，寒假自一月二十日起放。",
     [("三月一日", "date", _pd(3, 1)), ("一月二十日", "date", _pd(1, 20))],
     "新学期于次年3月1日开始，寒假自1月20日起放。"),
    ("该工程于二〇二三年五月开工，计划次年十月竣工。",
     [("二〇二三年五月", "date", _pd(5, None, 2023)), ("十月", "date", _pd(10))],
     "该工程于2023年5月开工，计划次年10月竣工。"),
    ("上月二十八日，全省召开秋冬季森林防火工作会议。",
     [("二十八日", "date", _pd(None, 28))],
     "上月28日，全省召开秋冬季森林防火工作会议。"),
    # capital numerals
    ("收到货物叁拾箱，验收合格，货款贰仟伍佰元已结清。",
     [("叁拾箱", "count", 30, None, "箱"), ("贰仟伍佰元", "money", 2500, None, "元")],
     "收到货物30箱，验收合格，货款2500元已结清。"),
    # hard negatives: brands, places, words and idioms
    ("三只松鼠、七匹狼等品牌入驻直播基地，五道口和三里屯的门店同步开业。",
     [],
     None),
    ("暑期从四川到重庆万州的游客明显增多，九寨沟景区日接待量超过三万人次。",
     [("超过三万人次", "count", 30000, None, "人次")],
     "暑期从四川到重庆万州的游客明显增多，九寨沟景区日接待量超过3万人次。"),
    ("湖南十八洞村的经验表明，精准扶贫要做到一户一策。",
     [],
     None),
    ("万一遇到突发情况，一律按预案处置，各部门要步调一致、统一指挥，第一时间赶赴一线。",
     [],
     None),
    ("一些基层干部一直坚守岗位，一旦有险情就冲在前面。",
     [],
     None),
    ("做好三农工作，开好两会，推进双一流建设，是今年的重点任务。",
     [],
     None),
    ("干工作不能三心二意、七上八下，要一心一意、千方百计，汇聚五湖四海的人才，万众一心追求十全十美。",
     [],
     None),
]

# the cases that fail, with why (the unseen run, main 841c4be, failed 9: c01 c03 c04 c10 c20 c29 c32 c36 c43)
FAILING: dict[int, str] = {
    1: "两点四十五分 is read 2:45: no word for the part of the day in its clause (下午 stands before 三点一刻)",
    3: "三个多小时 is rewritten 3个多小时 (多 after the unit keeps an exact digit form, as 九个多小时 and 三个多月 "
       "are: a tested convention); expected it kept",
    4: "中午十二点至下午两点 gives two times, no range: clock times are no range's ends (上午8:00至下午5:30 and "
       "晚上八点至十点 are two times, a tested convention of s23 and s30); expected one range",
    20: "两千块钱 is the mention with its 钱, as 两块钱 is (a tested convention); expected 两千块",
    29: "不少于一小时: a lone 一 before a unit is no mention, also after a qualifier (一年以上五年以下 is kept as "
        "written: a tested convention); expected a span of one hour rewritten 1小时",
    36: "两年零三个月 is one span of 27 months, as 一年零八个月 is 20 (a tested convention); expected two spans",
}


@pytest.mark.parametrize(("text", "mentions", "rewrite"), blind_params(CASES, FAILING, "c"))
def test_blind_sentence(text: str, mentions: list[tuple[object, ...]], rewrite: str | None) -> None:
    check_sentence(text, mentions, rewrite)


def test_the_set_has_fifty_sentences() -> None:
    check_set(CASES, 50)


# --- classes fixed (session 36, NB36); each test failed before its fix


def _got(text: str) -> list[tuple[object, ...]]:
    return [(m.text, m.kind, m.low, m.high, m.unit) for m in find_numbers(text)]


def test_four_weeks_said_of_time() -> None:
    """四周 after 第, 每, 前, a word of a span (为期, 连续), a qualifier (不少于, 约) or a range's connector (三至四周),
    or before what ends a span (四周以内, 四周后), is four weeks or the fourth week, as 三周 and 第三周 are (the
    ordinary word 四周, all around, blocked it: 第三周 was rewritten 第3周 and 第四周 left, 不少于四周 was nothing)."""
    assert _got("第四周复习，为期四周，不少于四周，三至四周，四周以内") == [
        ("第四周", "ordinal", 4, 4, "周"), ("四周", "duration", 4, 4, "周"), ("不少于四周", "duration", 4, 4, "周"),
        ("三至四周", "range", 3, 4, "周"), ("四周以内", "duration", 4, 4, "周")]
    assert numbers_to_digits("第三周至第四周，连续四周，四周后复查") == "第3周至第4周，连续4周，4周后复查"
    # (found in the equivalence run) the units 周岁 and 周年 after 四 too: 未满四周岁, 成立四周年 were nothing
    assert _got("孩子四周岁时，未满四周岁，成立四周年") == [
        ("四周岁", "count", 4, 4, "周岁"), ("未满四周岁", "count", 4, 4, "周岁"), ("四周年", "count", 4, 4, "周年")]


def test_four_weeks_all_around_stays_a_word() -> None:
    """(the other side of the class) 四周 of a place stays the word: 环顾四周, 校园四周, 四周环山, 此时四周一片寂静,
    围墙四周内侧, 房屋四周后面, 附近四周 (近 ends a word there), 四周年轻人."""
    text = "环顾四周，校园四周，四周环山，此时四周一片寂静，围墙四周内侧，房屋四周后面，附近四周，四周年轻人围了上来"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text


def test_four_weeks_near_a_place_stays_a_word() -> None:
    """(review) 近 before 四周 reads time only where it starts a clause or after 最 (近四周新增, 最近四周), and 接近
    only where 四周 ends the clause (用时接近四周。); a word of place ending in 近 keeps the word (靠近四周墙壁处,
    贴近四周, 临近四周的房屋, 接近四周的墙壁: they were rewritten 4周)."""
    text = "靠近四周墙壁处，贴近四周，临近四周的房屋，接近四周的墙壁，走近四周"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("近四周新增病例，最近四周，用时接近四周。将近四周") == "近4周新增病例，最近4周，用时接近4周。将近4周"


def test_four_weeks_before_a_noun_of_place_stays_a_word() -> None:
    """(review) 时间 and 以上/以下 after 四周 end a span of time only where the clause ends or 时间 ends in 里/内/中
    (需要四周的时间。, 四周时间里, 治疗四周以上。); 广场四周的时间显示屏 and 院子四周以上都是 are of place (they were
    rewritten 4周)."""
    text = "广场四周的时间显示屏，院子四周以上都是树，墙四周以下铺着砖"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("需要四周的时间。四周时间里，治疗四周以上。") == "需要4周的时间。4周时间里，治疗4周以上。"


def test_an_age_and_a_half_or_more() -> None:
    """(found probing ages around the set) 一岁半 and 一岁多 (a lone 一 before 岁 and 半 or 多) are ages of 1.5 and
    1 to 2, as 一年半 and 一年多 are spans (they were nothing while 两岁半 was 2.5); 两岁多 and 三周岁多 are 2 to 3
    and 3 to 4, as 两米多 is (多 was left out: 2); 一岁多次 and 两岁多种疫苗 keep 多 apart as before."""
    assert _got("一岁半的孩子，一岁多，两岁多的孩子，三周岁多") == [
        ("一岁半", "count", 1.5, 1.5, "岁"), ("一岁多", "count", 1, 2, "岁"), ("两岁多", "count", 2, 3, "岁"),
        ("三周岁多", "count", 3, 4, "周岁")]
    assert numbers_to_digits("一岁半以下，两岁多") == "1岁半以下，2岁多"
    assert [(m.text, m.high) for m in find_numbers("一岁多次，两岁多种疫苗")] == [("两岁", 2)]


def test_an_age_and_a_half_before_le() -> None:
    """(review) 一岁半了 and 一年半了 end in 了 as 一岁多了 does (一岁半了 was nothing while 两岁半了 was rewritten)."""
    assert _got("孩子一岁半了，干了一年半了") == [("一岁半", "count", 1.5, 1.5, "岁"), ("一年半", "duration", 1.5, 1.5, "年")]
    assert numbers_to_digits("孩子一岁半了，两岁半了") == "孩子1岁半了，2岁半了"


def test_kuai_after_a_word_of_pay_is_money() -> None:
    """(found probing money around the set) 块 ending a clause after a word of earning, spending or pay in that
    clause is the spoken 元, as after 万 (一个月能挣三千多块, 每月工资也就两千块, 花了五百块: they counted pieces of
    块); 展板两千块, 卖了三千块砖 and 工资分成两块 count pieces as before."""
    got = [(m.text, m.kind, m.unit) for m in find_numbers("一个月能挣三千多块，每月工资也就两千块。花了五百块")]
    assert got == [("三千多块", "money", "元"), ("两千块", "money", "元"), ("五百块", "money", "元")]
    got = [(m.text, m.kind, m.unit) for m in find_numbers("展板两千块，卖了三千块砖，工资分成两块，")]
    assert got == [("两千块", "count", "块"), ("三千块", "count", "块"), ("两块", "count", "块")]


def test_a_tier_of_admission_before_what_it_admits() -> None:
    """(found probing grades around the set) 二本上线率, 三本上线人数, 三本达线 and 二本录取 name the tier of university
    admission, as 二本线 and 三本院校 do (they were counts of books, rewritten 3本上线人数); 三本书 and 购书二本 count."""
    text = "二本上线率百分之九十五，三本上线人数，三本达线，二本录取"
    assert [(m.text, m.kind) for m in find_numbers(text)] == [
        ("二本", "ordinal"), ("百分之九十五", "percent"), ("三本", "ordinal"), ("三本", "ordinal"), ("二本", "ordinal")]
    assert numbers_to_digits("三本上线人数，三本书") == "三本上线人数，3本书"


def test_a_tier_of_admission_is_one_two_or_three() -> None:
    """(review) the tiers of admission are 一, 二 and 三 (两 names none: 两本院校 counts two) and 录取通知书/录取证 is a
    book, no tier's head (两本录取通知书, 三本录取通知书 count: they were ordinals, kept as written)."""
    text = "两本录取通知书，三本录取通知书，两本院校，两本录取证"
    assert [(m.text, m.kind) for m in find_numbers(text)] == [("两本", "count"), ("三本", "count"), ("两本", "count"),
                                                              ("两本", "count")]
    assert numbers_to_digits(text) == "2本录取通知书，3本录取通知书，2本院校，2本录取证"
    assert numbers_to_digits("二本录取，三本院校") == "二本录取，三本院校"


def test_a_brand_in_a_list_of_brands() -> None:
    """三只松鼠、七匹狼等品牌 and 良品铺子、三只松鼠等品牌: a brand named by a count of animals is a name in a list
    of names ending in 等 and a company's word, as before that word (三只松鼠股份); it was a count, rewritten
    3只松鼠. 养了三只羊、五匹马等 and 三只松鼠跑了 count animals as before."""
    text = "三只松鼠、七匹狼等品牌，良品铺子、三只松鼠等品牌"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("养了三只羊、五匹马等，三只松鼠跑了") == "养了3只羊、5匹马等，3只松鼠跑了"


def test_a_brand_before_a_word_of_business() -> None:
    """(review) 企业 and 商家 are words about a company as 公司 is (三只松鼠等企业, 七匹狼等商家: they were counts,
    rewritten 3只松鼠); 养了三只羊 counts as before."""
    text = "三只松鼠等企业，良品铺子、七匹狼等商家"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("养了三只羊，企业") == "养了3只羊，企业"


def test_lamps_and_bags_are_counted() -> None:
    """(found probing classifiers around the set) 盏 and 袋 are measure words (安装三盏路灯, 发放两袋大米: counts,
    rewritten as 三台 and 六箱 are; they were nothing); the lone 一 of 一盏灯 stays, and 口袋 holds no number."""
    assert _got("安装三盏路灯，发放两袋大米") == [("三盏", "count", 3, 3, "盏"), ("两袋", "count", 2, 2, "袋")]
    assert numbers_to_digits("安装三盏路灯，一盏灯，口袋") == "安装3盏路灯，一盏灯，口袋"


def test_counts_of_prizes_listed_by_their_class() -> None:
    """一等奖两项、二等奖三项: 二 of 二等奖 (a prize's class before 等) is no numeral of the count before it, so
    两项 is rewritten as 三项 is (it kept its writing beside 二, the phrase half rewritten: 一等奖两项、二等奖3项);
    so for 三等功 and 二等座. Numerals of one phrase still keep it together: 五年百部, 二十年或五十年一遇."""
    assert numbers_to_digits("荣获一等奖两项、二等奖三项、三等奖五项") == "荣获一等奖2项、二等奖3项、三等奖5项"
    assert numbers_to_digits("荣立二等功两次、三等功四次，购买一等座三张、二等座两张") == (
        "荣立二等功2次、三等功4次，购买一等座3张、二等座2张")
    for text in ("五年百部", "二十年或五十年一遇", "三个一号"):
        assert numbers_to_digits(text) == text


def test_the_level_of_an_exam_or_a_certificate() -> None:
    """英语六级考试, 二级证书, 三级资质, 三级心理咨询师 and 四级口译 name a level (kind ordinal, kept as written, as
    三级医院 and 二级教授 are; they were counts of 级); 省市县三级 and 两级财政 count levels as before."""
    assert [(m.text, m.kind) for m in find_numbers("英语六级考试，二级证书，三级资质，三级心理咨询师，四级口译")] == [
        ("六级", "ordinal"), ("二级", "ordinal"), ("三级", "ordinal"), ("三级", "ordinal"), ("四级", "ordinal")]
    assert [(m.text, m.kind) for m in find_numbers("省市县三级联动，两级财政")] == [("三级", "count"), ("两级", "count")]
    assert numbers_to_digits("英语六级考试") == "英语六级考试"


@pytest.mark.parametrize("piece", ["第四周", "为期四周", "四周以内", "不少于四周", "三至四周", "环顾四周", "四周", "四周岁",
                                   "一岁半", "两岁多", "一岁多，", "挣两千块，", "工资挣挣两千块",
                                   "三只松鼠、", "三只松鼠、七匹狼",
                                   "一等奖两项、二等奖三项", "两项、二等", "六级考试", "三级证书"])
def test_the_classes_read_in_linear_time(piece: str) -> None:
    """The session's rules on adversarial repetitions of their triggers: linear."""
    n = 4000 // len(piece)
    assert_linear(find_numbers, piece * n, piece * (4 * n), label=piece)
    assert_linear(numbers_to_digits, piece * n, piece * (4 * n), label=piece)
