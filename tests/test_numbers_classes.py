"""govtext.numbers: the error classes of issue 19, each with sentences in the style of the reports."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from govtext.numbers import PartialDate, find_numbers, numbers_to_digits, parse_number


def _read(text: str) -> list[tuple[object, ...]]:
    return [(m.text, m.low, m.high, m.unit, m.kind) for m in find_numbers(text)]


# ---------------------------------------------------------------------------------------------
# 多/余 after a higher scale: the scale after 多 applies to the part after the last higher scale


def test_more_than_after_a_higher_scale() -> None:
    assert _read("全年粮食产量达到六亿三千多万吨。") == [("六亿三千多万吨", 630_000_000, 640_000_000, "吨", "count")]
    assert _read("参保人数增加1亿3千多万。") == [("1亿3千多万", 130_000_000, 140_000_000, None, "integer")]
    assert _read("财政收入二十一億四千余萬元") == [("二十一億四千余萬元", 2_140_000_000, 2_150_000_000, "元", "money")]
    # a plain 多万 and a 多 with no scale after it keep their reading
    assert _read("新增就业一千多万人") == [("一千多万人", 10_000_000, 20_000_000, "人", "count")]
    assert _read("修建公路三亿四千多公里")[0][1:3] == (300_004_000, 300_005_000)


@given(st.integers(1, 99), st.integers(1, 9))
def test_more_than_after_yi_is_below_the_next_step(yi: int, qian: int) -> None:
    text = f"共计{yi}亿{qian}千多万元"
    (m,) = find_numbers(text)
    assert m.low == yi * 10**8 + qian * 10**7 and m.high == m.low + 10**7


# ---------------------------------------------------------------------------------------------
# one numeral alphabet for the parser and the finder


def test_finder_reads_the_parsers_alphabet() -> None:
    for word, value in (("參萬", 30000), ("叁萬", 30000), ("贰拾", 20), ("廿", 20), ("卅", 30), ("卌", 40)):
        assert parse_number(word) == value
        text = f"共{word}元"
        assert [(m.text, m.low) for m in find_numbers(text)] == [(f"{word}元", value)], word
    assert [(m.text, m.low) for m in find_numbers("编号２０２３号，拨款３５万元")][-1] == ("３５万元", 350000)
    assert parse_number("幺幺零") == 110


def test_formal_digit_leading_a_word_is_not_a_numeral() -> None:
    # 参 of 参加/参天 or before a numeral is a word; the numeral after it is read on its own
    assert find_numbers("积极参加三项活动") == find_numbers("积极参与三项活动")
    assert [m.text for m in find_numbers("参天古树十二棵")] == ["十二棵"]
    assert [m.text for m in find_numbers("记录13005参数")] == ["13005"]  # (编号13005 is an identifier)
    assert numbers_to_digits("参加三项活动") == "参加3项活动"


# ---------------------------------------------------------------------------------------------
# lists of years


def test_year_lists_are_years() -> None:
    text = "一九八一和一九八二两年计划执行的结果表明，基本建设规模得到控制"
    got = [(m.text, m.low, m.kind) for m in find_numbers(text)]
    assert got[:3] == [("一九八一", 1981, "year"), ("一九八二", 1982, "year"), ("两年", 2, "duration")]
    # 两 glued to the year stays as written: never 19822年
    assert numbers_to_digits(text).startswith("1981和1982两年计划")
    got = [(m.text, m.kind) for m in find_numbers("在1981、1982和1983年间，产量逐年提高")]
    assert got == [("1981", "year"), ("1982", "year"), ("1983年", "year")]
    # a lone four-digit number without a list or 年 stays an integer
    assert [m.kind for m in find_numbers("共有1982名学生")] == ["count"]


# ---------------------------------------------------------------------------------------------
# spans of days


def test_day_spans_are_durations_not_dates() -> None:
    for text, mention in (("自受理申请之日起三十日内作出决定", "三十日"), ("应当在查明后三日内解除冻结", "三日"),
                          ("公示期为7日", "7日"), ("办理期限为十五天", "十五天"), ("连续5日出现降雨", "5日"),
                          ("在收到通知后10个工作日内答复", "10个工作日")):  # fmt: skip
        got = [(m.text, m.kind, m.unit) for m in find_numbers(text)]
        assert got[0][0] == mention and got[0][1] in ("duration", "count"), text
    assert [(m.kind, m.unit) for m in find_numbers("自受理申请之日起三十日内作出决定")] == [("duration", "日")]
    assert [(m.kind, m.unit) for m in find_numbers("办理期限为十五天")] == [("duration", "天")]
    # a day of the month stays a date: after a month, or alone as in news (于18日召开)
    assert [str(m.low) for m in find_numbers("3月15日起施行，于18日召开")] == ["--03-15", "---18"]
    assert numbers_to_digits("自受理申请之日起三十日内") == "自受理申请之日起30日内"


# ---------------------------------------------------------------------------------------------
# measure words of official statistics, 零下


def test_measure_words_of_statistics_are_units() -> None:
    for text, unit, low in (("建党100周年", "周年", 100), ("占全国9成", "成", 9), ("发生6.2级地震", "级", 6.2),
                            ("生猪存栏3900万头", "头", 39_000_000), ("55英寸电视", "英寸", 55), ("获金牌5枚", "枚", 5),
                            ("集装箱吞吐量300万标箱", "标箱", 3_000_000), ("发电量三千六百亿度", "度", 360_000_000_000)):  # fmt: skip
        (m,) = find_numbers(text)
        assert (m.unit, m.low) == (unit, low), text
    assert [m.text for m in find_numbers("庆祝建校七十周年")] == ["七十周年"]  # (not 七十周 weeks)
    # a scale before 级 names a level: 万亿级 is no count of levels
    assert [m.text for m in find_numbers("跨入两万亿级城市行列")] == []


def test_below_zero_is_a_negative_sign() -> None:
    (m,) = find_numbers("最低气温零下四摄氏度")
    assert (m.text, m.low, m.unit) == ("零下四摄氏度", -4, "摄氏度")
    assert [m.low for m in find_numbers("夜间零下12℃")] == [-12]
    assert numbers_to_digits("最低气温零下四摄氏度") == "最低气温零下4摄氏度"


# ---------------------------------------------------------------------------------------------
# ordinals of sessions and quarters; phases: found, never rewritten (one rule)


def test_session_and_quarter_ordinals_found_not_rewritten() -> None:
    text = "第十二届全国运动会在第四季度举办，一季度增长5.3%，二季度增长4.7%，第三届论坛同期举行"
    got = [(m.text, m.low, m.kind) for m in find_numbers(text) if m.kind == "ordinal"]
    assert got == [("第十二届", 12, "ordinal"), ("第四季度", 4, "ordinal"), ("一季度", 1, "ordinal"),
                   ("二季度", 2, "ordinal"), ("第三届", 3, "ordinal")]  # fmt: skip
    assert numbers_to_digits(text) == text
    # phases: 一期 beside 二期 and 三期, all as written
    text = "易地搬迁一期、二期和三期工程"
    assert numbers_to_digits(text) == text
    # bare 十二届 (十二届全国人大) stays protected
    assert find_numbers("十二届全国人大五次会议") == []


def test_month_events_and_service_numbers_found_from_their_words() -> None:
    # the month before 月 + the event's name, found from that 月 (the longest month: 十一, not 一)
    for text in ("纪念十一月革命", "经历了十二月风暴", "上海一月革命风暴", "伟大十月社会主义革命"):
        assert numbers_to_digits(text) == text, text
    assert numbers_to_digits("十一月召开会议，十月革命") == "11月召开会议，十月革命"
    # each word of a service line finds the number before it; other numbers stay numbers
    text = "拨打12345热线、12366服务平台或12355青少年服务台，共受理3000件"
    assert [m.text for m in find_numbers(text)] == ["3000件"]


# ---------------------------------------------------------------------------------------------
# set phrases and names whose numerals are part of the name


def test_political_formulas_and_names_are_not_numbers() -> None:
    text = ("坚持和平共处五项原则，坚持四项基本原则，按照“一个国家、两种制度”的方针，“六五”计划和第七个五年计划期间，"
            "发展第三支柱养老保险，保持两位数增长，二十国集团峰会，上海市第一人民医院，兰白两区，“四个一”活动，"
            "兰张三四线，农村二三产业，百强县指数百强榜，昇腾384，拨打12345政务服务便民热线，2型糖尿病")
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text


def test_names_by_rule_not_by_list() -> None:
    # the rules, with names no list holds: 第N + institution head, quoted slogans, five-year plans
    text = "第二中级人民法院、第三人民医院、“五个一百”工程、十一五期间、第十一个五年规划、12355青少年服务台"
    assert numbers_to_digits(text) == text
    # quantities next to them are still read
    assert [m.text for m in find_numbers("第三人民医院新增床位300张")] == ["300张"]


# ---------------------------------------------------------------------------------------------
# cn2an's transform cases with 零 as a date part


def test_zero_year_and_month() -> None:
    assert numbers_to_digits("零年零月肆拾日") == "0年0月40日"
    assert numbers_to_digits("零年貳月") == "0年2月"
    # 零 alone elsewhere stays a word
    assert numbers_to_digits("零部件零售") == "零部件零售"


@given(st.text(alphabet="零年月一二三四五六七八九十日两的", max_size=20))
@example("月一日七一日")  # (a date's 一日 read as a lone 一 kept 七一日 as written, until it was 1日: found by CI)
def test_rewrite_idempotent_on_date_parts(text: str) -> None:
    out = numbers_to_digits(text)
    assert numbers_to_digits(out) == out


# ---------------------------------------------------------------------------------------------
# classes found reading a sample of the reports


def test_formulas_codes_and_notes_are_not_quantities() -> None:
    text = "构建“3+2”现代化产业体系，完善“1+6”应急指挥体系，开展“2152”龙头引育工程。［4］见附表"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    # a quoted phrase led by a number is a target's name (“3个100%”); a quantity after a Chinese
    # numeral in quotes is still one
    assert find_numbers("实现“3个100%”目标") == []
    assert [m.text for m in find_numbers("实现“两个100%”目标")] == ["100%"]


def test_spaced_out_digits_are_one_number() -> None:
    # (1 9 9 7 年 read digit by digit gave 1, 9, 9 and 7年; 6 3 ．5岁 gave 5岁, 4 1 2 亿元 2亿元)
    assert _read("1 9 9 7 年钢产量达到1亿吨") == [("1 9 9 7 年", 1997, 1997, "年", "year"), ("1亿吨", 100_000_000, 100_000_000, "吨", "count")]
    assert _read("人均寿命提高到6 3 ．5岁") == [("6 3 ．5岁", 63.5, 63.5, "岁", "count")]
    assert _read("收入达到4 1 2 亿元，增长1 2 ．7 ％") == [
        ("4 1 2 亿元", 41_200_000_000, 41_200_000_000, "元", "money"), ("1 2 ．7 ％", 12.7, 12.7, "%", "percent")]
    assert _read("新建2 ．3万所，惠及5 0 0 多户") == [
        ("2 ．3万所", 23000, 23000, "所", "count"), ("5 0 0 多户", 500, 600, "户", "count")]
    assert _read("下降到4 ％") == [("4 ％", 4, 4, "%", "percent")]
    (m,) = find_numbers("于2 0 0 8 年8 月8 日开幕")
    assert (m.kind, str(m.low)) == ("date", "2008-08-08")
    assert [m.text for m in find_numbers("每组 5 人")] == ["5 人"]  # (one digit between blanks is read)


def test_spaced_out_digits_without_a_unit_give_no_reading() -> None:
    # (a calendar's or a table's cells: no number of their digits joined is right)
    assert find_numbers("一 二 三 1 2 3 4 5 6 7") == []
    assert [m.text for m in find_numbers("3 0 6 万以上人口")] == ["3 0 6 万以上"]  # (a scale is enough)
    # blanks between numbers of two digits or more join nothing
    assert [m.low for m in find_numbers("读数 15 128")] == [15, 128]  # (after 编号: an identifier)


def test_days_named_by_month_and_day_are_no_numbers() -> None:
    # (“4·11” read as the integers 4 and 11; a flood “23·7” as 23 and 7)
    text = "妥善处置“3·16”矿难和“21·8”强降雨，每年“12·4”宪法日开展宣传，10·1黄金周出游"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    for dot in "·・•‧":
        assert find_numbers(f"东港“6{dot}9”码头事故") == [], dot
    # a quantity after the name is still one
    assert [m.text for m in find_numbers("“7·20”暴雨造成损失12亿元")] == ["12亿元"]


def test_middle_dot_before_a_percent_sign_is_a_decimal_point() -> None:
    # (19·5％ read as the integer 19 and 5％)
    got = [(m.text, m.low, m.unit, m.kind) for m in find_numbers("销售额增长27·4％，利润增长3·6%以上")]
    assert got == [("27·4％", 27.4, "%", "percent"), ("3·6%以上", 3.6, "%", "percent")]
    assert numbers_to_digits("增长27·4％") == "增长27·4％"  # (Arabic digits: nothing to rewrite)


def test_yue_and_jin_ending_a_word_are_no_qualifiers() -> None:
    # (节约１０％ gave 约１０％ approximate; 最近三年 gave 近三年, an approximate count of years)
    got = [(m.text, m.approx, m.qualifier) for m in find_numbers("全年节约8%，签约120亿元，最近两年内未受处罚")]
    assert got == [("8%", False, None), ("120亿元", False, None), ("两年", False, None)]
    # the qualifiers themselves, and 约 after a word that merely ends before it, stay qualifiers
    got = [(m.text, m.qualifier) for m in find_numbers("损失约9亿元，修建一条约4公里的路，大约300人，将近五年，近2万户")]
    assert got == [("约9亿元", "约"), ("约4公里", "约"), ("大约300人", "大约"), ("将近五年", "将近"), ("近2万户", "近")]


def test_decades_are_rewritten_but_no_mentions() -> None:
    # (五十年代 was found as a count of fifty years)
    text = "六十年代初期和八十年代相比，20年代至40年代的工厂"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == "60年代初期和80年代相比，20年代至40年代的工厂"
    # 年代表: a year, then 代表
    assert [(m.text, m.kind) for m in find_numbers("2021年代表团")] == [("2021年", "year")]


def test_versions_and_subscripts_are_names() -> None:
    # (自贸区3.0版 gave the decimal 3.0; 广义货币M⏎2⏎, with the subscript on its own line, gave 2)
    assert find_numbers("启动改革4.0版，印发实施细则（2027版）") == []
    text = "狭义货币M\n1\n余额增长6%，细颗粒物（PM\n10\n）浓度"
    assert [m.text for m in find_numbers(text)] == ["6%"]
    # a number on its own line after Chinese text, or a version of a Chinese numeral, is still read
    assert [m.text for m in find_numbers("总计\n35\n")] == ["35"]


def test_neighbouring_digits_joined_by_a_dun_are_an_approximate_pair() -> None:
    # (一、二年内 gave exactly 二年; 二、三百亿度 gave 三百亿度)
    got = [(m.text, m.low, m.high, m.approx) for m in find_numbers("试办的三、四年里，每户多收七、八十斤，约需二、三千万元")]
    assert got == [("三、四年", 3, 4, True), ("七、八十斤", 70, 80, True), ("二、三千万元", 20_000_000, 30_000_000, True)]
    assert [(m.low, m.high, m.unit) for m in find_numbers("降低百分之四、五")] == [(4, 5, "%")]
    text = "试办的三、四年里"
    assert numbers_to_digits(text) == text  # (an approximate pair has no digit form)
    # lists stay lists: months, quarters, grades, classes, articles, outline items, longer lists
    for text in ("五、六月份", "三、四季度", "一、二年级", "二、三级医院", "一、二、三类", "第三、四款", "。\n一、二十年来",
                 "一、二〇二〇年", "一、二两项"):
        assert all(m.low == m.high for m in find_numbers(text)), text


def test_sessions_named_by_their_number_are_names() -> None:
    # N届 before the body it numbers, in Chinese numerals without 第, names a session, as the
    # protected 十一届 … 二十届 do: no mention, kept as written
    text = "七届全国人大三次会议和党的八届扩大的十二中全会，县委九届历次全会，他连续三届当选"
    assert [(m.text, m.kind) for m in find_numbers(text)] == [("三届", "count")]
    assert numbers_to_digits(text) == text
    assert [(m.text, m.kind) for m in find_numbers("十届二中全会和十一届三中全会")] == []
    # with 第 it is an ordinal; in Arabic digits a count of editions
    assert [(m.text, m.kind) for m in find_numbers("第九届全国人大")] == [("第九届", "ordinal")]
    assert [(m.text, m.kind) for m in find_numbers("已连续办了6届全国展会")] == [("6届", "count")]


def test_traditional_more_than_and_compound_units() -> None:
    (m,) = find_numbers("高等學校學生五千五百餘人")
    assert (m.low, m.high, m.qualifier) == (5500, 5600, "餘")
    (m,) = find_numbers("货物周转量达到３６１７亿吨公里")
    assert (m.low, m.unit) == (361_700_000_000, "吨公里")
    for text in ("五年计划草案", "和平共处”五项原则", "三次产业结构"):
        assert find_numbers(text) == [], text


def test_games_short_names_and_spaced_codes() -> None:
    assert find_numbers("方便公众用好十五运会竞赛场馆") == []
    assert find_numbers("各直属机构\n[\nCPC 2\n]\n制定的公文") == []
    assert _read("零售价格涨幅为0 ．8 ％") == [("0 ．8 ％", 0.8, 0.8, "%", "percent")]


def test_names_of_events_grades_and_set_phrases_stay_as_written() -> None:
    text = ("开展第四次全国农业普查，出席第二次亚非会议，新增三级医院5家、二级以上中医院8家，执行“约法三章”，"
            "深化长江十年禁渔，纪念十月革命，坚持对外经济援助的八项原则")
    assert numbers_to_digits(text) == text
    assert [(m.text, m.kind) for m in find_numbers("开展第四次全国农业普查")] == [("第四次", "ordinal")]
    # an ordinal that names no event is rewritten
    assert numbers_to_digits("实现第二次飞跃，第三次当选") == "实现第2次飞跃，第3次当选"


def test_numbered_formulas_and_list_items_keep_their_form() -> None:
    text = "坚持“和平友好、平等互利”四项原则，恪守三项公报，第一、二轮督察，开展“四个1”活动"
    assert numbers_to_digits(text) == text
    # a quoted slogan keeps its Chinese numerals; an Arabic amount inside it is still read
    assert numbers_to_digits("实现“两个10亿元”目标") == "实现“两个10亿元”目标"
    assert [(m.text, m.low) for m in find_numbers("实现“两个10亿元”目标")] == [("10亿元", 1_000_000_000)]


def test_quoted_slogans_with_a_list_inside() -> None:
    text = "建设“四个中心、六个基地”，坚持八项主张"
    assert numbers_to_digits(text) == text


# ---------------------------------------------------------------------------------------------
# names and numberings found by reading whole reports (issue 19, second round)


def test_short_quoted_phrases_keep_their_numerals_anywhere() -> None:
    text = ("出台“新八条”措施，“远洋二号”科考船首航，打造“江南十二景”，落实“城乡一体、三区联动”战略，"
            "“高原第一站”建成")
    assert numbers_to_digits(text) == text
    # the Chinese part before an Arabic digit is the name; the amount after it is read
    assert numbers_to_digits("落实“三个90%”要求，引进“两类100强”企业") == "落实“三个90%”要求，引进“两类100强”企业"
    assert [m.text for m in find_numbers("落实“三个90%”要求")] == ["90%"]
    # a quoted sentence (with a comma) is no name: its counts are rewritten
    assert numbers_to_digits("提出“用三年时间，完成五项任务”") == "提出“用3年时间，完成5项任务”"
    # counts outside the quotes are rewritten as before
    assert numbers_to_digits("出台“新八条”，三年内收官") == "出台“新八条”，3年内收官"


def test_designations_with_hao_stay_as_written() -> None:
    text = "建成地铁四号线，核电二期五号机组并网，长航六号试验成功"
    assert numbers_to_digits(text) == text
    # a designation is a label, no count: neither found nor rewritten
    assert find_numbers("建成地铁四号线和7号线") == []
    # a day of the month written with 号 is a date, rewritten
    assert numbers_to_digits("三月五号召开") == "3月5号召开"


def test_lone_er_before_a_measure_word_is_an_ordinal() -> None:
    text = "推进第二轮土地承包到期后再延长试点，做好二轮延包，水质保持二类，实施二次创业"
    out = numbers_to_digits(text)
    assert "二轮延包" in out and "保持二类" in out and "二次创业" in out
    assert "第2轮" in out  # with 第 it is an ordinal written in digits, as before
    # 两 is the count's form: 两轮, 两类 are counts, rewritten
    assert numbers_to_digits("分两轮取消，分为两类") == "分2轮取消，分为2类"


def test_a_numeral_glued_to_a_kept_one_is_kept() -> None:
    # 四级 (a grade) is kept, so 三类 after it is kept too: the phrase is never half rewritten
    assert numbers_to_digits("建立四级三类规划体系") == "建立四级三类规划体系"
    assert numbers_to_digits("二期六号机组投产") == "二期六号机组投产"
    # a year before a kept quarter stays a year
    assert numbers_to_digits("二〇二五年一季度") == "2025年一季度"
    # not glued: each numeral on its own
    assert numbers_to_digits("建成三级医院，新增四类人才") == "建成三级医院，新增4类人才"


def test_glossary_terms_of_notes_keep_their_numerals() -> None:
    text = "报告正文。\n［12］三个平台、两个中心：是指建设三个平台。\n[13] 五张清单：是指"
    out = numbers_to_digits(text)
    assert "［12］三个平台、两个中心：" in out and "[13] 五张清单：" in out
    assert "建设3个平台" in out  # the note's text itself is read as usual


def test_regions_named_by_a_direction_and_a_count() -> None:
    text = "推进城区与北三县协同发展，振兴东三省，联通西北五省区"
    assert numbers_to_digits(text) == text


def test_counted_thresholds_keep_their_count() -> None:
    assert numbers_to_digits("总量跨过两个万亿元台阶") == "总量跨过2个万亿元台阶"
    assert numbers_to_digits("培育三个万亿级产业集群") == "培育3个万亿级产业集群"
    assert [(m.text, m.low) for m in find_numbers("投资两个亿")] == [("两个亿", 200_000_000)]


def test_events_sports_and_slipped_years() -> None:
    text = "按照省第十二次党代会部署，用好第三次青藏科考成果，举办铁人三项赛，筹备第十一次全国对口支援新疆工作会议"
    assert numbers_to_digits(text) == text
    # a digit-by-digit year that is not four digits long (a slip for 二〇三五) is left as written
    assert numbers_to_digits("到二三五年基本实现") == "到二三五年基本实现"
    assert numbers_to_digits("到二〇三五年基本实现") == "到2035年基本实现"
    # an ordinal 次 that names no event is rewritten as before
    assert numbers_to_digits("第三次到省里考察") == "第3次到省里考察"


def test_numbered_scenic_lists_are_names() -> None:
    assert numbers_to_digits("游览西湖十景和古城二十四景") == "游览西湖十景和古城二十四景"
    assert numbers_to_digits("新建十个景区") == "新建10个景区"


@given(st.text(alphabet="“”三五十二号线景类期级年个、，北县［］1：", max_size=40))
def test_new_name_rules_lose_no_text(text: str) -> None:
    out = numbers_to_digits(text)
    assert numbers_to_digits(out) == out  # idempotent
    numerals = str.maketrans("", "", "0123456789三五十二")
    assert out.translate(numerals) == text.translate(numerals)  # only numerals change


def test_place_names_and_arts_with_numerals() -> None:
    text = "建设黄河三门峡段，金七门核电开工，游览五台山，观看二人转，举办三人篮球赛"
    assert numbers_to_digits(text) == text
    assert find_numbers("游览五台山") == []
    # the same characters as a count are read
    assert numbers_to_digits("开设三门课程，采购五台设备") == "开设3门课程，采购5台设备"


def test_any_meeting_or_survey_after_an_ordinal_is_a_name() -> None:
    text = "举办第十二次外长会，开展第六次全省生态状况调查"
    assert numbers_to_digits(text) == text
    # 机会 and the verbs 会见/会同 name no event
    assert numbers_to_digits("第二次机会，第三次会见代表") == "第2次机会，第3次会见代表"


def test_percent_range_with_a_bare_second_end() -> None:
    (m,) = find_numbers("目标定为百分之六至七。")
    assert (m.text, m.low, m.high, m.unit, m.kind) == ("百分之六至七", 6, 7, "%", "range")
    assert numbers_to_digits("目标定为百分之六至七。") == "目标定为6%至7%。"
    assert numbers_to_digits("增幅百分之四点五到五点五之间") == "增幅4.5%到5.5%之间"
    # a second end with its own unit is no part of the percent
    assert numbers_to_digits("百分之五至十个百分点") == "5%至10个百分点"


def test_formulas_of_communiques_and_two_civilisations() -> None:
    text = "恪守中美三个联合公报，推动两个文明建设，两种文明一起抓，坚持两手抓、两手都要硬"
    assert numbers_to_digits(text) == text


def test_one_year_and_some_months_is_rewritten_whole() -> None:
    # 一年零三个月: 一年 is a count here, so the phrase is not half rewritten
    assert numbers_to_digits("工作已经一年零八个月") == "工作已经1年零8个月"
    # and found as one span of time, in months (1 year and 8 months)
    assert [(m.text, m.kind, m.low, m.unit) for m in find_numbers("工作已经一年零八个月")] == [
        ("一年零八个月", "duration", 20, "个月")]
    # a lone 一 before a measure word stays the article-like "one" of prose
    assert numbers_to_digits("用一年时间完成") == "用一年时间完成"


def test_three_worlds_is_a_formula() -> None:
    assert numbers_to_digits("关于三个世界划分的论断，两个超级大国") == "关于三个世界划分的论断，2个超级大国"


def test_centenary_formulas_and_counts_glued_to_digits() -> None:
    text = "实现第一个百年奋斗目标，向第二个百年奋斗目标进军，实现建军一百年奋斗目标，解决好三个1亿人问题"
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("建党一百周年，三个方面") == "建党100周年，3个方面"


def test_list_items_follow_the_numeral_before_them() -> None:
    # an item after 、 is written as the numeral before it: both rewritten, or both kept
    assert numbers_to_digits("新增二十一、二十二所") == "新增21、22所"
    assert numbers_to_digits("—二十一、二十一") == "—21、21"
    assert numbers_to_digits("第一、二轮督察，三、四月份") == "第一、二轮督察，3、4月份"
    # at a line's start 三、 may be an outline marker: kept as written
    assert numbers_to_digits("三、四月份开展检查") == "三、四月份开展检查"


def test_a_phrase_is_never_half_rewritten() -> None:
    # a rewritten numeral beside one kept as written (glued, or joined by 和/或/、) is kept too
    for text in ("回顾过去一年和五年的工作", "推出五年百部精品工程", "建成两个一号公路", "标准由十年或二十年一遇提高",
                 "人均减少百分之三、四", "按一年、两年、三年分步推进"):  # fmt: skip
        assert numbers_to_digits(text) == text, text
    # numerals of one phrase that are all rewritten stay rewritten
    assert numbers_to_digits("三年和五年") == "3年和5年"
    assert numbers_to_digits("新增二十一、二十二所，今后五年，三个方面") == "新增21、22所，今后5年，3个方面"
    # an Arabic number beside it keeps nothing as written
    assert numbers_to_digits("实施十大类30项工程") == "实施10大类30项工程"
    # a date before a kept session is a date
    assert numbers_to_digits("二〇二三年三月第十四届全国人大") == "2023年3月第十四届全国人大"


def test_a_lone_digit_after_a_scale_before_ge_is_a_count() -> None:
    assert [(m.text, m.low) for m in find_numbers("跨越7万亿、8万亿两个台阶，9万亿三个台阶")][-1] == ("三个", 3)
    assert numbers_to_digits("达到9万亿三个台阶") == "达到9万亿3个台阶"
    assert [m.low for m in find_numbers("一万三千个")] == [13000]


def test_idioms_and_formulas_of_older_reports() -> None:
    text = ("对手危机四伏，推翻了三座大山，坚持一个中心、两个基本点，实行两条腿走路的方针，恪守三个公报，"
            "结束十年内乱，纪念第二次世界大战胜利")
    assert numbers_to_digits(text) == text
    # the counts beside them are read
    assert numbers_to_digits("两条公路，三座大桥") == "2条公路，3座大桥"


def test_school_systems_and_two_after_zero() -> None:
    assert numbers_to_digits("普及九年制义务教育，办好五年制高职") == "普及九年制义务教育，办好五年制高职"
    # 零 is "and": 两 after it is a count, rewritten with the 一年 before it
    assert numbers_to_digits("已经过去了一年零两个月") == "已经过去了1年零2个月"


def test_five_year_plans_cut_short_or_in_traditional_script() -> None:
    text = "第二个五年内完成，第二个五年期间，第三個五年計劃，第一个五年計划的第四年"
    out = numbers_to_digits(text)
    assert out == "第二个五年内完成，第二个五年期间，第三個五年計劃，第一个五年計划的第4年"


def test_criteria_line_struggles_and_ranges_from_one() -> None:
    text = "按照六项政治标准和接班人五项条件，取得第十次路线斗争的胜利，储备一年到两年的粮食"
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("储备三年到五年的粮食，增加到五百斤") == "储备3年到5年的粮食，增加到500斤"


def test_units_in_traditional_script_and_older_forms() -> None:
    got = [(m.text, m.low, m.unit) for m in find_numbers("生鐵二百一十萬噸，新建四十二個項目，住宅九百萬平方公尺")]
    assert got == [("二百一十萬噸", 2_100_000, "吨"), ("四十二個", 42, "个"), ("九百萬平方公尺", 9_000_000, "平方米")]
    # a traditional name unit keeps its rule: 屆 is 届
    assert numbers_to_digits("第十三屆全國") == "第十三屆全國"


def test_traditional_liang_in_year_lists_and_half_multiples() -> None:
    assert [(m.text, m.low, m.kind) for m in find_numbers("一九六一和一九六二兩年")][:2] == [
        ("一九六一", 1961, "year"), ("一九六二", 1962, "year")]  # fmt: skip
    assert numbers_to_digits("一九六一和一九六二兩年") == "1961和1962兩年"
    (m,) = find_numbers("增長了四倍半")
    assert (m.text, m.low) == ("四倍半", 4.5)
    assert numbers_to_digits("增長了四倍半") == "增長了4倍半"


def test_planned_economy_commodity_classes() -> None:
    assert numbers_to_digits("至于三类小商品的价格，三类物资") == "至于三类小商品的价格，三类物资"


def test_ge_of_individual_businesses_is_no_unit() -> None:
    assert [(m.text, m.unit) for m in find_numbers("减轻800多万个体工商户负担")] == [("800多万", None)]
    assert [(m.text, m.unit) for m in find_numbers("建立三个体系")] == [("三个", "个")]


def test_formulas_in_traditional_script_and_year_list_items() -> None:
    assert numbers_to_digits("堅持和平共處的五項原則") == "堅持和平共處的五項原則"
    assert numbers_to_digits("早在一九六三、一九六四年") == "早在1963、1964年"


def test_numbered_agreements_are_names() -> None:
    text = "根据和平解放的十七条协议，签订第五次中日民间贸易协定，口号是苦战三年"
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("签订三项协议") == "签订3项协议"


def test_festivals_and_criteria_with_tiao() -> None:
    text = "编印《五一节》特刊，庆祝八一建军节，按照提出的五条标准"
    assert numbers_to_digits(text) == text
    # a numeral and 节 that name no festival are read
    assert numbers_to_digits("上了二十节课，三条道路") == "上了20节课，3条道路"


def test_classical_sayings_with_numerals() -> None:
    text = "行百里者半九十，三十六行，十二生肖"
    assert numbers_to_digits(text) == text


def test_a_rate_qualifier_before_years_is_no_qualifier_of_the_years() -> None:
    (m, _) = find_numbers("这一速度高于一九六三年至一九七八年十五年间的水平")
    assert (m.text, m.low, m.high, m.value_kind, m.qualifier) == ("一九六三年至一九七八年", 1963, 1978, "year", None)
    # before a quantity it qualifies it
    assert [(m.text, m.qualifier) for m in find_numbers("增速高于3%")] == [("高于3%", "高于")]


def test_liang_after_a_zero_glued_to_a_numeral_stays() -> None:
    # 零 between numerals is no "and": 十零两年 is no 10年零2年, and a second pass changes nothing
    out = numbers_to_digits("十零两年")
    assert numbers_to_digits(out) == out


def test_ji_in_traditional_script_and_duo_after_a_unit() -> None:
    assert [(m.text, m.low, m.high) for m in find_numbers("有幾十萬人")] == [("幾十萬人", 100_000, 1_000_000)]
    got = [(m.text, m.low, m.high, m.qualifier) for m in find_numbers("三年多来，增长九倍多。")]
    assert got == [("三年多", 3, 4, "多"), ("九倍多", 9, 10, "多")]
    assert numbers_to_digits("三年多来，增长九倍多。") == "3年多来，增长9倍多。"
    # 多 that begins a word is no part of the number
    assert [m.text for m in find_numbers("五年多元发展")] == ["五年"]


def test_short_titles_month_revolutions_and_scales_in_their_script() -> None:
    text = "学习《十二条》和《六十条》，纪念伟大十月社会主义革命和一月革命，符合接班人的五个条件"
    assert numbers_to_digits(text) == text
    # a long title's years are found, and kept as written: the title is a document's name
    assert numbers_to_digits("《一九八一—一九九〇年发展纲要》") == "《一九八一—一九九〇年发展纲要》"
    assert [m.text for m in find_numbers("《一九八一—一九九〇年发展纲要》")] == ["一九八一—一九九〇年"]
    # a traditional scale keeps its script
    assert numbers_to_digits("共有三萬人，二十一億元") == "共有3萬人，21億元"


def test_events_named_by_their_month() -> None:
    text = "二月革命之后，十月起义成功，一月风暴波及各地"
    assert numbers_to_digits(text) == text
    # a month before other words is read, so is a month before 运动员
    assert numbers_to_digits("二月召开会议，三月运动员集训") == "2月召开会议，3月运动员集训"


def test_slogans_named_as_such() -> None:
    text = "当年的口号是大干五年，改变山区面貌；后来又喊出了苦干十年赶上去的口号"
    assert numbers_to_digits(text) == text
    # the clause after the slogan is read
    assert numbers_to_digits("口号是大干五年，用了三年") == "口号是大干五年，用了3年"


def test_numerals_inside_a_title_keep_their_writing() -> None:
    # a title broken over lines by the crawl is still one title; the text outside it is rewritten
    text = "依据《\n关于修改〈某省条例〉等九部法规和二〇三〇年目标的决定\n》，到二〇三〇年完成三项任务"
    assert numbers_to_digits(text) == text.replace("到二〇三〇年完成三项", "到2030年完成3项")
    # an unclosed 《 keeps nothing
    assert numbers_to_digits("《到二〇三〇年完成三项任务") == "《到2030年完成3项任务"


def test_a_title_once_marked_is_the_name_everywhere() -> None:
    text = "中央下发了《二十三条》。贯彻二十三条，要先学习"
    assert numbers_to_digits(text) == text
    # without the marked title the same words are a count
    assert numbers_to_digits("贯彻二十三条意见") == "贯彻23条意见"


def test_formulas_named_by_a_count_of_characters_or_what_they_enjoin() -> None:
    text = "落实十六字方针，做到三个有利于，坚持六个必须坚持，牢记四个伟大，支持对方的五项正义要求"
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("提出三项要求") == "提出3项要求"
    assert numbers_to_digits("写了十六字，办成三个项目") == "写了16字，办成3个项目"


def test_idioms_of_years_and_long_marches() -> None:
    text = "十年磨一剑，走完二万五千里长征，开过七千人大会"
    assert numbers_to_digits(text) == text


def test_one_point_decimals_are_read_like_other_decimals() -> None:
    assert numbers_to_digits("增长一点四倍，另一项增长四点七倍") == "增长1.4倍，另一项增长4.7倍"
    # 一点 as "a little" and 一点一滴 stay
    assert numbers_to_digits("一点一滴，多一点耐心") == "一点一滴，多一点耐心"


def test_more_than_n_months_or_hours() -> None:
    got = [(m.text, m.low, m.high, m.unit, m.qualifier) for m in find_numbers("干了三个多月，每天两个多小时")]
    assert got == [("三个多月", 3, 4, "个月", "多"), ("两个多小时", 2, 3, "小时", "多")]
    assert numbers_to_digits("干了三个多月") == "干了3个多月"
    # 多 that starts a word after 个 is no part of the count
    assert [(m.text, m.unit) for m in find_numbers("三个多方面的问题")] == [("三个", "个")]


def test_a_quoted_name_is_the_name_where_the_text_writes_it_unquoted() -> None:
    text = "批判“三家村”，他说不要搞三家村。"
    assert numbers_to_digits(text) == text
    # a short quoted word (two characters) is not looked for elsewhere
    assert numbers_to_digits("提出“三年”，用了三年时间") == "提出“三年”，用了3年时间"


def test_a_list_of_months_is_rewritten_whole() -> None:
    assert numbers_to_digits("一九七五年三、四月，又在十一、十二月份") == "1975年3、4月，又在11、12月份"
    assert numbers_to_digits("在三、四、五月") == "在3、4、5月"
    # 第一、二 and counts of years keep their writing whole
    assert numbers_to_digits("第一、二月，五、六年") == "第一、二月，五、六年"


def test_legal_terms_classes_and_the_previous_month() -> None:
    text = "损害第三人的权益；第一类医疗器械和第二类精神药品；上一月最后一日；下一年度"
    assert numbers_to_digits(text) == text
    # 上一 before a larger numeral is read; a class enumerated without a name head is an ordinal
    assert numbers_to_digits("超过上一百万人，第一类是国企") == "超过上100万人，第1类是国企"


def test_an_event_named_after_a_wrapped_line() -> None:
    text = "关于调整第二次\n全国污染源普查领导小组的通知"
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("第二次 会见了代表") == "第2次 会见了代表"


def test_a_weekday_word_does_not_cut_a_larger_numeral() -> None:
    assert numbers_to_digits("每周四十个小时，每周五十小时") == "每周40个小时，每周50小时"
    assert numbers_to_digits("每周四上午，星期五下午") == "每周四上午，星期五下午"


def test_a_range_from_one_above_to_a_bound_below_is_one_phrase() -> None:
    # a lone 一 is no mention; the bound after 以上 keeps its writing with it
    text = "处违法所得一倍以上五倍以下罚款，处一年以上五年以下有期徒刑"
    assert numbers_to_digits(text) == text
    assert numbers_to_digits("处三年以上七年以下有期徒刑") == "处3年以上7年以下有期徒刑"


def test_an_article_heading_with_the_misprint_zi_for_di() -> None:
    assert numbers_to_digits("笫五十四条 清算组成员应当") == "笫五十四条 清算组成员应当"
    (m,) = find_numbers("笫五十四条")
    assert (m.kind, m.low) == ("ordinal", 54)


def test_outlines_named_by_their_article_count() -> None:
    assert numbers_to_digits("执行六十条纲要") == "执行六十条纲要"


def test_ten_glued_after_arabic_digits_is_no_part_of_them() -> None:
    text = "评选2018十大人物，47417拾荒老人"
    assert numbers_to_digits(text) == text
    assert [m.text for m in find_numbers(text)] == []
    # one Arabic digit and 十 still read together
    assert numbers_to_digits("共3十万人") == "共30万人"


def test_page_tabs_and_ranges_from_a_lone_one_keep_one_writing() -> None:
    assert numbers_to_digits("热新闻\n一天\n三天\n一周") == "热新闻\n一天\n三天\n一周"
    assert numbers_to_digits("缴费满一年不足五年的") == "缴费满一年不足五年的"
    assert numbers_to_digits("超过一亩但不超过二亩的地区") == "超过一亩但不超过二亩的地区"
    # other words between: two phrases, each as the rules make it
    assert numbers_to_digits("提前一年实现三年目标") == "提前一年实现3年目标"
    assert numbers_to_digits("用了三天，又用了五天") == "用了3天，又用了5天"


def test_national_day_ordinal_two_degree_and_flight_serials() -> None:
    text = "十一假期出游，庆十一；迎来二度报价；长征二号F遥十三运载火箭"
    assert numbers_to_digits(text) == text
    # 两度 before a verb counts times (twice): kept as written, as 一度 is (2度 would read as degrees;
    # this test pinned 2度做客 before session 17)
    assert numbers_to_digits("超过十一个，两度做客") == "超过11个，两度做客"


def test_labels_of_a_documents_parts() -> None:
    assert numbers_to_digits("附件三所列全国性法律，附录二") == "附件三所列全国性法律，附录二"
    assert numbers_to_digits("附件共三页") == "附件共3页"


def test_the_sides_of_a_threshold_exchange_or_ratio_keep_one_writing() -> None:
    # a threshold pair whose first side is a lone 一 (kept): the second side keeps its writing
    assert numbers_to_digits("致使一人以上死亡或者三人以上受重伤的") == "致使一人以上死亡或者三人以上受重伤的"
    # an exchange of terms: 一日 for 二日; the term after a penalty is a span of days
    text = "羁押一日折抵管制二日，折抵拘役一日"
    assert numbers_to_digits(text) == text
    assert [(m.text, m.kind) for m in find_numbers("判处管制二日")] == [("二日", "duration")]
    # a ratio led by 每: per five schools, one inspector
    assert numbers_to_digits("按每五所学校配备至少一名督学") == "按每五所学校配备至少一名督学"
    # not one phrase: a clause mark or a numeral between, or no 每
    assert numbers_to_digits("一人死亡，三人以上受伤") == "一人死亡，3人以上受伤"
    assert numbers_to_digits("每五所学校，一名督学") == "每5所学校，一名督学"
    assert numbers_to_digits("五所学校各有一名督学") == "5所学校各有一名督学"


def test_groups_named_by_their_members_count() -> None:
    # a name a text never quotes (a paragraph read alone), and a group of two schools
    text = "他当面说过：不要搞四人帮。署名为两校大批判组的文章，设立三人领导小组"
    assert numbers_to_digits(text) == text
    assert find_numbers(text) == []
    # counts of people who form, split into or join groups, and 帮 as a verb
    assert numbers_to_digits("由五人组成，三人分组讨论，二十人参加小组讨论，四人帮助老人") == (
        "由5人组成，3人分组讨论，20人参加小组讨论，4人帮助老人"
    )


def test_a_currency_right_after_a_numeral_is_its_unit_not_the_next_ones() -> None:
    # (found by the number-soup property test: the two mentions overlapped on 日元)
    assert [(m.text, m.kind) for m in find_numbers("二十一日元二十一")] == [("二十一日元", "money"), ("二十一", "integer")]
    assert [(m.text, m.low) for m in find_numbers("价格为日元二十一万")] == [("日元二十一万", 210000)]


def test_a_set_named_by_its_qualified_head() -> None:
    # N项 + a qualifier + a head that is a set's name only so qualified
    text = "支持他们的五项正义要求，保障四项基本权利，提出三项合理要求"
    assert numbers_to_digits(text) == text
    # bare heads are counts
    assert numbers_to_digits("提出三项要求，享有两项权利") == "提出3项要求，享有2项权利"


def test_clock_times_written_with_shi_and_fen() -> None:
    import datetime as dt

    found = [(m.text, m.low, m.kind) for m in find_numbers("于20日9时41分对接，16时05分30秒分离")]
    assert found == [("20日", PartialDate(None, None, 20), "date"), ("9时41分", dt.time(9, 41), "time"),
                     ("16时05分30秒", dt.time(16, 5, 30), "time")]  # fmt: skip
    # no hour past 23
    assert [m.kind for m in find_numbers("共25时10分")] == ["integer", "integer"]


def test_a_documents_serial_number_after_its_bracketed_year_is_no_count() -> None:
    text = "依据国办发〔2018〕33号和京政发[2019]八号文件，共印发5份文件"
    assert [m.text for m in find_numbers(text)] == ["5份"]
    assert numbers_to_digits(text) == text


def test_a_documents_number_written_with_di_and_hao_is_no_ordinal() -> None:
    """第N号 after an order's, an announcement's or a case's word, or before 令/建议, numbers a
    document (like 国发〔2020〕5号): an identifier."""
    text = "依照市政府令第12号、部令\n第3号、通告第五号和参考案例第41号，答复第215号建议，见局第7号令"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    # other ordinals keep their reading, and so does a 第N号 after other words
    got = [(m.text, m.kind) for m in find_numbers("第三次会议审议公告，发令第二天，排在第9号位")]
    assert got == [("第三次", "ordinal"), ("第二天", "ordinal"), ("第9号", "ordinal")]


def test_brands_named_by_a_count_of_animals_or_plants() -> None:
    text = "七匹狼股份公司与三只松鼠：IPO进展"
    assert numbers_to_digits(text) == text
    assert find_numbers(text) == []
    # counts of animals, also before 上市 (coming to market)
    assert numbers_to_digits("两只松鼠跑了，五头牛上市销售") == "2只松鼠跑了，5头牛上市销售"


# ---------------------------------------------------------------------------------------------
# units after 个, compound units and rates (#19 samples C/D)


def test_ge_before_a_time_unit_measures_it() -> None:
    assert _read("办理时限缩短到八个工作日以内") == [("八个工作日以内", 8, 8, "工作日", "duration")]
    assert _read("平均等候3个小时。") == [("3个小时", 3, 3, "小时", "duration")]
    assert _read("今后三个年度内完成") == [("三个年度", 3, 3, "年度", "duration")]
    assert _read("须在四个至七个工作日里答复") == [("四个至七个工作日", 4, 7, "工作日", "range")]
    # 季度 names quarters (三个季度 stays a count of 个); 年 alone after 个 is not taken
    assert _read("连续三个季度增长") == [("三个季度", 3, 3, "季度", "duration")]
    assert _read("两个年产五万吨的车间")[0] == ("两个", 2, 2, "个", "count")


def test_compound_and_market_units() -> None:
    assert _read("开展深松作业2.4亿亩次。") == [("2.4亿亩次", 240_000_000, 240_000_000, "亩次", "count")]
    assert _read("举办展演800余场次") == [("800余场次", 800, 900, "场次", "count")]
    assert _read("油料增产九十万担。") == [("九十万担", 900_000, 900_000, "担", "count")]
    assert _read("三人担任评委")[0][3] == "人"


def test_a_slash_after_a_unit_makes_a_rate() -> None:
    assert _read("新增处理能力230万吨/年。") == [("230万吨/年", 2_300_000, 2_300_000, "吨/年", "count")]
    assert _read("日供水4.5万吨/日、") == [("4.5万吨/日", 45_000, 45_000, "吨/日", "count")]
    assert _read("建成8亿立方米/年储气设施") == [("8亿立方米/年", 800_000_000, 800_000_000, "立方米/年", "count")]
    assert _read("含量升至31克/千克。") == [("31克/千克", 31, 31, "克/千克", "count")]
    assert _read("补助提高到650元/月，") == [("650元/月", 650, 650, "元/月", "money")]
    m = find_numbers("劳动生产率达36万元/人左右")[0]
    assert (m.unit, m.approx, m.qualifier) == ("元/人", True, "左右")
    # no unit after the slash: no rate
    assert _read("产量12万吨/") == [("12万吨", 120_000, 120_000, "吨", "count")]
    assert numbers_to_digits("产能一千万吨/年") == "产能1000万吨/年"


def test_tupo_is_a_lower_bound_like_chaoguo() -> None:
    for text, span in (("粗钢产量突破8000万吨，", "突破8000万吨"), ("进出口额首次突破六千亿元", "突破六千亿元")):
        m = find_numbers(text)[0]
        assert (m.text, m.approx, m.qualifier, m.low == m.high) == (span, True, "突破", True)
    # the noun (新突破, 重大突破) before a number is no qualifier
    m = find_numbers("力争新突破三年见效")[0]
    assert (m.text, m.approx, m.qualifier) == ("三年", False, None)
    m = find_numbers("取得重大突破5项")[0]
    assert (m.text, m.approx) == ("5项", False)


def test_two_line_struggle_is_a_set_phrase() -> None:
    text = "要正确进行两条路线斗争，也要看到两条路线的斗争长期存在"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    # two routes of a transport network are still counted
    assert _read("新开通两条路线") == [("两条", 2, 2, "条", "count")]


def test_year_list_before_a_count_of_annual_plans() -> None:
    got = _read("先后编制了一九九一和一九九二两个年度计划")
    assert got[:2] == [("一九九一", 1991, 1991, None, "year"), ("一九九二", 1992, 1992, None, "year")]
    assert got[2] == ("两个年度", 2, 2, "年度", "duration")
    # a count of people after a list is no sign of years
    assert [m.kind for m in find_numbers("一九九一和一九九二两个人")][:2] == ["integer", "integer"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [("连续七年保持增长", "年"), ("用了两年多的时间", "年"), ("试用期不超过四个月", "个月"),
     ("每周运动三小时以上", "小时"), ("步行十五分钟可达", "分钟"), ("培训为期两周", "周"),
     ("连续三个学期获奖", "学期"), ("坚持九十天", "天")],
)
def test_spans_of_time_are_durations(text: str, unit: str) -> None:
    """Every span of time has one kind, whatever its unit: years and hours as days."""
    (m,) = find_numbers(text)
    assert (m.kind, m.unit) == ("duration", unit)


def test_years_quarters_and_dates_are_no_spans() -> None:
    got = [(m.text, m.kind) for m in find_numbers("2024年第一季度，一季度完成三成，五月十日开工，三至五年见效")]
    assert got == [("2024年", "year"), ("第一季度", "ordinal"), ("一季度", "ordinal"),
                   ("三成", "count"), ("五月十日", "date"), ("三至五年", "range")]
    assert find_numbers("三至五年见效")[0].value_kind == "duration"


# ---------------------------------------------------------------------------------------------
# names and labels (#19 fresh reading, session 11): phases, designations, rated classes, years
# and numbers that label a programme's name, formulas


def test_a_phase_after_a_project_name_is_an_ordinal() -> None:
    assert _read("新机场三期和引水二期工程开工") == [("三期", 3, 3, "期", "ordinal"), ("二期", 2, 2, "期", "ordinal")]
    assert numbers_to_digits("新机场三期和引水二期工程开工") == "新机场三期和引水二期工程开工"
    # a count of sessions or issues stays a count: 两 (分两期), after a verb, several digits
    assert _read("资金分两期拨付") == [("两期", 2, 2, "期", "count")]
    assert _read("全年举办五期培训班") == [("五期", 5, 5, "期", "count")]
    assert _read("杂志共出了二十六期")[0][4] == "count"


def test_a_class_rated_by_a_physical_measure_keeps_its_ji() -> None:
    assert _read("新建15万吨级码头") == [("15万吨级", 150_000, 150_000, "吨级", "count")]
    assert _read("建设六十万千瓦级机组") == [("六十万千瓦级", 600_000, 600_000, "千瓦级", "count")]
    assert _read("一台50兆瓦级燃机") == [("50兆瓦级", 50, 50, "兆瓦级", "count")]
    # a grade (级) of its own and a count of things before 级别 are unchanged
    assert _read("发生5.1级地震") == [("5.1级", 5.1, 5.1, "级", "count")]
    assert _read("分为3个级别")[0][3] == "个"


def test_formulas_with_a_times_sign_and_subscripts_are_names() -> None:
    text = "提供“5×8小时”服务，打造“3×3”产业格局，PM_10和PM_2.5浓度下降4.2%"
    assert [m.text for m in find_numbers(text)] == ["4.2%"]
    assert numbers_to_digits("全天二十四小时") == "全天24小时"
    # a product of a word and a number keeps the number
    assert [m.text for m in find_numbers("工时为天数×6小时")] == ["6小时"]


def test_a_bare_number_glued_to_a_quoted_name_is_its_label() -> None:
    text = "实施“创新2035”行动、“2040领航工程”，落实《智造2030》和“5个100万”，推动“88项目”落地"
    assert find_numbers(text) == []
    # a quoted phrase led by a number with its unit is a name too (a policy's, a concept's)
    assert find_numbers("出台“25条”措施，建设“15分钟生活圈”") == []
    assert [m.text for m in find_numbers("完成十项目标任务")] == ["十项"]
    # 台阶 is a threshold, no count of machines
    assert [(m.text, m.unit) for m in find_numbers("总量迈上6万亿台阶，购置3台设备")] == [("6万亿", None), ("3台", "台")]


def test_a_four_digit_number_glued_to_an_event_name_is_a_year() -> None:
    got = [(m.text, m.kind) for m in find_numbers("承办2027世界新能源博览会，放眼2030谋划发展，新建2030套住房")]
    assert got == [("2027", "year"), ("2030", "year"), ("2030套", "count")]
    # a bare number not glued to text, or outside the years' range, is unchanged
    assert [m.kind for m in find_numbers("总数为 2030，共3500名")] == ["integer", "count"]  # (编号为 2030: an identifier)
    assert [m.kind for m in find_numbers("实现8500增长")] == ["integer"]
    # before a connector, a blank or ASCII it is a term of a range, a list or a product
    assert [m.kind for m in find_numbers("画面1280 x 720，比例尺1∶5000至1∶2000")][:1] == ["integer"]
    assert find_numbers("比例尺为1∶2000至1∶500") == []  # (a scale's terms: no year, no count either)


def test_a_list_of_years_in_arabic_digits_before_two_years() -> None:
    got = [(m.text, m.kind) for m in find_numbers("人口增速放缓。１９８７、１９８８两年粮食减产")]
    assert got == [("１９８７", "year"), ("１９８８", "year"), ("两年", "duration")]


def test_an_alternative_measure_word_in_brackets_before_a_qualifier() -> None:
    m = find_numbers("购置仪器2000台（套）以上，")[0]
    assert (m.text, m.low, m.unit, m.approx, m.qualifier) == ("2000台（套）以上", 2000, "台", True, "以上")
    assert [m.text for m in find_numbers("改造住房3万套（间）")] == ["3万套"]


def test_a_grade_before_its_noun_is_an_ordinal() -> None:
    got = [(m.text, m.kind) for m in find_numbers("新增三级医院两家，水质达到二级标准，二级以上机构全部接入")]
    assert got == [("三级", "ordinal"), ("两家", "count"), ("二级", "ordinal"), ("二级以上", "ordinal")]
    # levels of government counted (省市县三级, 两级医院 with the counting 两) stay counts
    got = [(m.text, m.kind) for m in find_numbers("建立省市县三级联动机制，办好县社两级医院")]
    assert got == [("三级", "count"), ("两级", "count")]
    assert numbers_to_digits("新增三级医院两家") == "新增三级医院2家"


def test_a_programme_named_by_its_span_is_no_span() -> None:
    """三年行动, 十年规划: the years name the programme; kept as written, never found."""
    text = "全面完成污染治理三年行动任务，启动新一轮三年攻坚行动，落实人才发展十年规划"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    # a span of years doing the work stays one: 五年攻坚克难, 八年计划建设, a list's 两年计划
    assert [m.text for m in find_numbers("五年攻坚克难，今后八年计划建设的项目")] == ["五年", "八年"]
    assert [m.kind for m in find_numbers("一九八一和一九八二两年计划")] == ["year", "year", "duration"]


def test_numbered_roads_and_opening_formulas_are_names() -> None:
    text = "沿国道318和省道205施工，用好国内国际两个市场、两种资源，调动中央和地方两个积极性"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    assert [m.text for m in find_numbers("修路3条，道路两旁")] == ["3条"]


def test_a_quoted_phrase_led_by_an_arabic_number_is_a_name() -> None:
    """“15分钟生活圈”, “13条政策”, “80条”: a programme, a policy or a concept named by its number."""
    text = "打造“15分钟生活圈”和“1小时经济圈”，落实“13条政策”，出台“80条”措施，新建“15分钟”服务圈"
    assert find_numbers(text) == []
    # outside the quotes, and after a Chinese numeral inside them, amounts are read as before
    assert [m.text for m in find_numbers("步行15分钟可达，达到“两个10亿元”目标")] == ["15分钟", "10亿元"]


def test_more_right_after_a_scale_adds_up_to_one_of_it() -> None:
    """十亿多 is a billion and some (10..11亿), 十多亿 ten-odd hundred millions (10..20亿)."""
    got = [(m.text, m.low, m.high) for m in find_numbers("十亿多人口，十多亿元，80万多人，1.5亿多元，三亿多元")]
    assert got == [("十亿多人口", 10**9, 11 * 10**8), ("十多亿元", 10**9, 2 * 10**9),
                   ("80万多人", 800000, 810000), ("1.5亿多元", 15 * 10**7, 16 * 10**7),
                   ("三亿多元", 3 * 10**8, 4 * 10**8)]


def test_an_attachments_number_is_its_label() -> None:
    assert find_numbers("详见附件2和附表3（附录1）") == []  # (附件两份 counts copies)
    assert [m.text for m in find_numbers("寄出快件2万件，共有两份附件")] == ["2万件", "两份"]


def test_a_version_number_glued_to_a_name_is_its_label() -> None:
    """N.0 between a programme's words (政务平台3.0上线, 改革2.0任务) labels a version, like 3.0版."""
    text = "推进政务平台3.0上线，落实开放改革2.0任务，建设智慧园区4.0、数字乡村2.0"
    assert find_numbers(text) == []
    assert numbers_to_digits(text) == text
    # a measured value keeps its reading: after a copula or a verb, before a unit or a qualifier,
    # or in a list of values
    got = [m.text for m in find_numbers("指数为3.0，评分达到4.0分，视力5.0以上，分别为2.0、3.0")]
    assert got == ["3.0", "4.0分", "5.0以上", "2.0", "3.0"]


def test_the_terms_of_a_ratio_are_no_counts() -> None:
    """a∶b between Arabic numbers is a ratio (收入比3.05∶1, 师生比1:8, 比例尺1∶5000): its terms
    are not quantities of their own (the trailing 1 was a count); clock times stay times."""
    text = "收入比由3.05∶1降至2.6∶1左右，师生比1:8，三产结构为6.5∶40.2∶53.3，比例尺1∶5000"
    assert find_numbers(text) == []
    got = [(m.text, m.kind) for m in find_numbers("上午9:30开会，14:00办理，比值为2.5")]
    assert got == [("9:30", "time"), ("14:00", "time"), ("2.5", "decimal")]


def test_a_count_of_quarters_is_a_span_of_time() -> None:
    """N个季度 is a span (duration, unit 季度), where N季度 and 第N季度 name a quarter; 前N季度 (the
    first N quarters) is a span too."""
    got = [(m.text, m.kind, m.low, m.high, m.unit) for m in find_numbers("连续7个季度领先，用了两个多季度，前三季度，三季度")]
    assert got == [("7个季度", "duration", 7, 7, "季度"), ("两个多季度", "duration", 2, 3, "季度"),
                   ("三季度", "duration", 3, 3, "季度"), ("三季度", "ordinal", 3, 3, "季度")]
    assert [(m.text, m.kind) for m in find_numbers("第四季度和第二个季度")] == [("第四季度", "ordinal"),
                                                                             ("第二个季度", "ordinal")]
    # the span is rewritten like 三个月; the quarters keep their writing
    assert numbers_to_digits("三个季度后，二季度和四季度") == "3个季度后，二季度和四季度"


def test_fang_after_a_scale_or_digits_is_a_cubic_metre() -> None:
    """方 (立方米) is read after 万/亿 or Arabic digits: 蓄水3亿方, 清淤800方, 两千多万方."""
    got = [(m.text, m.low, m.high, m.unit) for m in find_numbers("蓄水3亿方，清淤800方，供气两千多万方/年")]
    assert got == [("3亿方", 300_000_000, 300_000_000, "立方米"), ("800方", 800, 800, "立方米"),
                   ("两千多万方/年", 20_000_000, 30_000_000, "立方米/年")]
    # after a plain Chinese numeral, before 面 or after a blank it is a word, no unit
    text = "签订三方协议，一方面加强监管，四面八方，从2方面入手，编号2030 方舟"
    assert [(m.text, m.unit) for m in find_numbers(text)] == [("2", None), ("2030", None)]
    assert numbers_to_digits("签订三方协议，四面八方") == "签订三方协议，四面八方"


def test_farm_households_right_after_a_number_count_hu() -> None:
    """农户 without a measure word counts 户 (households): 两千农户, 一亿多农户, 800万农户."""
    got = [(m.text, m.low, m.high, m.unit) for m in find_numbers("两千农户，一亿多农户，800万农户")]
    assert got == [("两千农户", 2000, 2000, "户"), ("一亿多农户", 10**8, 2 * 10**8, "户"),
                   ("800万农户", 8_000_000, 8_000_000, "户")]
    assert numbers_to_digits("五千农户参加，做好三农工作") == "5000农户参加，做好三农工作"


def test_a_list_of_two_months_in_a_row_is_their_range() -> None:
    """五、六月份, 七八两月份: both months (the month before 、 was left out; 两月 was February)."""
    got = [(m.text, m.kind, str(m.low), str(m.high)) for m in find_numbers("今年五、六月份和七八两月份，去年十一、十二月")]
    assert got == [("五、六月", "range", "--05", "--06"), ("七八两月", "range", "--07", "--08"),
                   ("十一、十二月", "range", "--11", "--12")]
    # months not in a row, and an outline marker starting the text, keep the month alone
    assert [m.text for m in find_numbers("三、五月")] == ["五月"]
    assert [m.text for m in find_numbers("在三、五月")] == ["五月"]
    # the rewrite is unchanged: the list rewritten whole
    assert numbers_to_digits("今年五、六月份") == "今年5、6月份"


def test_a_comparison_before_an_approximate_value_keeps_the_approximation() -> None:
    """超过8%左右的目标: the target is about 8%; the qualifier is 左右, the text keeps 超过."""
    got = [(m.text, m.approx, m.qualifier) for m in find_numbers("增速超过8%左右的目标，不低于五千人上下，约9%左右，高于6%")]
    assert got == [("超过8%左右", True, "左右"), ("不低于五千人上下", True, "上下"), ("约9%左右", True, "约"),
                   ("高于6%", True, "高于")]


# ---------------------------------------------------------------------------------------------
# a word for a part of the day before an hour sets its 24-hour value (and makes N点 a time)


def test_day_period_sets_the_hour() -> None:
    t = datetime.time
    assert _read("座谈会定于下午2时在三楼召开。") == [("2时", t(14), t(14), None, "time")]
    assert _read("报名截止到下午5点45分。") == [("5点45分", t(17, 45), t(17, 45), None, "time")]
    assert _read("节目于晚上9点首播。") == [("9点", t(21), t(21), None, "time")]
    assert _read("窗口中午1点起照常办公") == [("1点", t(13), t(13), None, "time")]
    assert _read("中午12点前提交") == [("12点", t(12), t(12), None, "time")]
    assert _read("晚上12点闭馆") == [("12点", t(0), t(0), None, "time")]  # midnight: 0:00
    assert _read("深夜1点仍有车次") == [("1点", t(1), t(1), None, "time")]
    assert _read("傍晚6点半集合") == [("6点半", t(18, 30), t(18, 30), None, "time")]
    assert _read("晚上7点15开始直播") == [("7点15", t(19, 15), t(19, 15), None, "time")]
    assert _read("下午4:20到场") == [("4:20", t(16, 20), t(16, 20), None, "time")]
    # morning words and 24-hour values keep the hour
    assert _read("早上7时出发") == [("7时", t(7), t(7), None, "time")]
    assert _read("凌晨4点停电") == [("4点", t(4), t(4), None, "time")]
    assert _read("下午16时结束") == [("16时", t(16), t(16), None, "time")]


def test_day_period_must_stand_right_before_the_hour() -> None:
    # counts with 点 are no times: no period word, or one that does not touch the number
    assert [m.kind for m in find_numbers("提出2点要求和3点建议")] == ["integer", "integer"]
    assert find_numbers("一点点进步，三点意见") == []
    assert [m.kind for m in find_numbers("下午讨论了5点意见")] == ["integer"]


def test_day_period_rewrite_keeps_the_period_word() -> None:
    assert numbers_to_digits("下午三点开会，晚上8点30结束") == "下午三点开会，晚上8点30结束"
    assert numbers_to_digits("会期三天，下午3时报到") == "会期3天，下午3时报到"


@given(st.integers(1, 11), st.sampled_from(["下午", "晚上", "午后", "晚间"]), st.sampled_from(["点", "时"]))
def test_afternoon_hours_gain_twelve(h: int, period: str, word: str) -> None:
    # (an evening's 1 to 4 o'clock is late at night: 晚上一点 is 1:00)
    (m,) = find_numbers(f"定于{period}{h}{word}举行")
    late = period.startswith("晚") and h <= 4
    assert (m.text, m.kind, m.low) == (f"{h}{word}", "time", datetime.time(h if late else h + 12))


@given(st.integers(0, 23), st.sampled_from(["上午", "早上", "凌晨"]))
def test_morning_hours_keep_the_hour(h: int, period: str) -> None:
    # (12 o'clock is noon in the morning's words, midnight in 凌晨's)
    (m,) = find_numbers(f"{period}{h}时到达")
    assert m.low == datetime.time(0 if (period, h) == ("凌晨", 12) else h)
