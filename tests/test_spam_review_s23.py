"""False drops and misread numbers that session 23's new rules made of a document's own lines,
found with invented pages and sentences (RV15): a survey's row of satisfaction levels (a table's
header over labelled figures, two questions each over its own row, a guide explaining the
levels), a question bank's guide whose headings are its buttons' names, a contest's rounds named
我来答 and 最佳答案, a survey's counts of answers, a hospital's steps that open with 点击蓝字, an
explainer quoting a site's takedown note, and two numbers (一年级两班 counts two classes;
正月十五至十六时 ends at an hour). Each page is our own text; the rules' own cases stay dropped."""

from __future__ import annotations

from functools import partial

from govtext.numbers import find_numbers
from govtext.spam import classify_lines
from page_common import rows_lost

HEAD = ["某县人民政府网", "首页 > 政务公开 > 工作动态"]
FOOT = ["【打印本页】 【关闭窗口】", "主办：某县人民政府办公室"]


#: The document's lines (all but HEAD, the metadata line and FOOT) the page reading drops.
lost = partial(rows_lost, HEAD, FOOT, ("发布时间",))


def test_a_row_of_levels_over_labelled_figures_is_a_tables_header() -> None:
    """非常满意 满意 基本满意 不满意 over 人数 812 365 71 12: a results table, its header and its row."""
    rows = ["县政务服务中心公布第三季度满意度测评结果", "发布时间：2026-10-12 来源：县政务服务中心",
            "县政务服务中心对第三季度窗口服务满意度进行了测评，共收集有效评价1260条，测评结果如下。",
            "非常满意 满意 基本满意 不满意", "人数 812 365 71 12",
            "群众对窗口服务的总体满意率达到99.0%，较上季度提高0.6个百分点。",
            "下一步，县政务服务中心将增设自助服务终端，推行错峰预约办理。"]
    assert lost(rows) == []


def test_two_questions_each_over_its_row_of_levels_are_a_questionnaires() -> None:
    """Two rows of levels, each under its own question without a question mark: a survey's items
    (a widget's bar and its mobile copy repeat one prompt)."""
    rows = ["关于城区公交线路优化的网上调查", "发布时间：2026-11-05 来源：县交通运输局",
            "为优化城区公交线路，县交通运输局开展本次网上调查，请广大市民积极参与。",
            "您对目前公交发车间隔的评价", "非常满意 满意 基本满意 不满意",
            "您对公交车辆车况的评价", "非常满意 满意 基本满意 不满意",
            "您对公交线路优化的意见建议：", "县交通运输局将认真研究市民提出的意见建议。"]
    assert lost(rows) == []
    reply = ["某某：您好！您反映的路灯问题已修复。", "县城管局", "2026年11月3日",
             "您对本次答复是否满意", "非常满意 满意 基本满意 不满意", "您对本次答复是否满意", "非常满意 满意 基本满意 不满意"]
    verdicts = classify_lines("\n".join(reply))
    assert [v.keep for v in verdicts[3:]] == [False] * 4


def test_a_row_of_levels_a_sentence_under_it_explains_is_the_documents() -> None:
    """A guide to the 好差评 system: its levels under a heading, the next line quoting one of them."""
    rows = ["一图读懂政务服务“好差评”制度", "发布时间：2026-09-15 来源：县行政审批局",
            "办事群众办结事项后，可以通过窗口评价器、政务服务网等渠道对服务进行评价。", "评价等级",
            "非常满意 满意 基本满意 不满意 非常不满意",
            "群众作出“不满意”或“非常不满意”评价的，须填写具体原因，系统自动生成差评工单。",
            "差评工单由县行政审批局在1个工作日内转办，承办单位须在5个工作日内完成整改。"]
    assert lost(rows) == []


def test_a_guides_headings_named_as_buttons_are_kept() -> None:
    """组卷 / 查看答案 as the headings of a question bank's guide and as a feature table's cells; 我来答
    and 最佳答案 as a contest's rounds: no button under a question, none beside a dropped line."""
    guide = ["题库组卷功能使用说明", "发布时间：2026-09-01 来源：县教研室",
             "为方便老师快速出卷，平台上线了在线组卷功能，下面分三个部分介绍使用方法。", "试题篮",
             "在试题列表中找到需要的题目后，点击题目右下方的按钮即可加入试题篮。", "组卷",
             "试题选好后进入试题篮，可以调整题目顺序、设置分值，然后一键生成试卷。", "查看答案",
             "每道题目的答案和解析默认折叠，会员可以点击展开查看。"]
    assert lost(guide) == []
    table = ["我校上线校本题库系统", "发布时间：2026-10-22 来源：县实验中学",
             "为减轻教师出题负担，学校上线了校本题库系统，系统主要功能如下表。", "功能", "说明", "组卷",
             "按知识点和难度自动生成试卷", "试题篮", "临时存放选中的题目", "查看解析", "显示每道题的解题思路",
             "学校将在下周组织全体教师参加系统使用培训。"]
    assert lost(table) == []
    contest = ["我校举办第五届学科知识问答竞赛", "发布时间：2026-11-25 来源：县第一中学",
               "11月24日，我校第五届学科知识问答竞赛在报告厅举行，12支代表队参加比赛。", "比赛分为两个环节。", "我来答",
               "各队依次抽取题目作答，每题限时30秒，答对得10分。", "最佳答案", "评委从各队的开放题作答中评选出最佳答案，加20分。",
               "最终，高二（3）班代表队获得一等奖。"]
    assert lost(contest) == []


def test_an_exercise_pages_buttons_still_go() -> None:
    """The buttons under a question: over its answer's label, or standing twice; a Q&A page's
    labels beside its counter."""
    quiz = ["1. 计算(-3)+5的结果是（ ）", "A. -8", "B. 2", "查看答案", "【答案】B", "2. 计算2-7的结果是（ ）",
            "A. -5", "B. 5", "查看答案", "答案：A"]
    verdicts = classify_lines("\n".join(quiz))
    assert [v.keep for v, s in zip(verdicts, quiz) if s == "查看答案"] == [False, False]
    one = ["1. 下列说法正确的是（ ）", "A. 叶绿素主要吸收绿光", "B. 光合作用需要光", "查看答案和解析", "【答案】B"]
    assert not classify_lines("\n".join(one))[3].keep
    qa = ["孩子上初一后数学跟不上，家长该怎么帮他？", "3个回答", "最佳答案",
          "初一数学引入了负数和方程，抽象程度提高了，家长先不要着急，可以先帮孩子把课本例题弄懂。"]
    assert [v.keep for v in classify_lines("\n".join(qa))[1:3]] == [False, False]


def test_a_surveys_counts_of_answers_are_its_cells() -> None:
    """课后服务 / 46个回答: a survey's results one cell a line, no Q&A page's counter."""
    rows = ["“我为教育发展献一策”征集活动结果公布", "发布时间：2026-12-02 来源：县教育局",
            "10月以来，县教育局开展“我为教育发展献一策”征集活动，共收到建议236条。各类问题的回复情况如下：",
            "课后服务", "46个回答", "校车安全", "31个回答", "县教育局将对采纳的建议给予通报表扬。"]
    assert lost(rows) == []


def test_steps_opening_with_the_blue_words_are_a_guides() -> None:
    """点击蓝字“预约挂号”，选择… and 点击上方蓝字“某某”，进入主页后点击“关注”: a guide's steps; only the call
    to follow right after the name (点击上方蓝字“某某”关注我们，…) is an account's prompt."""
    rows = ["手机预约挂号操作指南", "发布时间：2026-08-20 来源：县人民医院",
            "为减少患者排队等候时间，我院已开通微信公众号预约挂号服务，具体操作如下：",
            "点击蓝字“预约挂号”，选择就诊科室和医生，填写就诊人信息后提交即可！",
            "点击上方蓝字“县人民医院”，进入公众号主页后点击“关注”",
            "预约成功后，请于就诊当日提前15分钟到门诊一楼自助机签到取号。", "咨询电话：0000-88129120"]
    assert lost(rows) == []
    for line in ("点击上方蓝字“某某家长帮”关注我们，每天一篇实用家教干货", "点击蓝字关注，不迷路", "点击上方蓝字，关注我们"):
        v = classify_lines(line, page=False)[0]
        assert (v.keep, v.rule) == (False, "prompt"), line


def test_a_text_quoting_a_sites_takedown_note_is_kept() -> None:
    """不少网站声称…如有侵权请联系客服删除 / 对方称…: an explainer reporting the note; the note itself goes."""
    rows = ["网络平台“通知—删除”规则解读", "发布时间：2026-10-30 来源：县司法局",
            "网络用户利用网络服务侵害他人权益的，权利人有权通知网络服务提供者采取删除、屏蔽等必要措施。",
            "不少网站声称资料仅供学习交流使用，如有侵权请联系客服删除。", "这种说法并不能免除平台的法律责任。",
            "记者拨打某平台电话，对方称资料仅供参考，如有侵权联系客服删除。",
            "法律专家提醒，平台接到通知后未及时采取必要措施的，应当承担相应责任。"]
    assert lost(rows) == []
    for line in ("本资料由某某网会员上传，仅供学习交流使用，如有侵权请联系客服删除。", "本站作文均来自网友投稿，仅供学习参考，如有侵权请联系我们删除。",
                 "特别说明：本文来源于网络，如有侵权请联系删除。"):
        v = classify_lines("某校举行运动会。\n" + line, page=False)[1]
        assert (v.keep, v.rule) == (False, "site_notice"), line


def _read(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in find_numbers(text)]


def test_two_classes_of_a_grade_are_counted() -> None:
    """一年级两班: 两 names no class (its name is 二班): two classes, a count; 二年级三班 is a class."""
    assert _read("一年级两班学生参加了活动。") == [("两班", "count")]
    assert _read("本学期我担任二年级三班的班主任。") == []


def test_a_lunar_day_before_an_hour_ends_no_range() -> None:
    """正月十五至十六时: the festival's day until 16:00, no range of days; 正月初一至初六 is one."""
    assert _read("正月十五至十六时举行游园活动。") == [("正月十五", "date"), ("十六时", "time")]
    assert _read("正月初一至初六为春节假期。") == [("正月初一至初六", "range")]


def test_a_bare_heading_naming_ai_summaries_is_no_label() -> None:
    """人工智能概要 over a course unit's paragraph, above the page's first sentence: a heading of a text
    on artificial intelligence (no AI, colon or brackets, as a machine summary's label has)."""
    rows = ["人工智能通识课程简介", "发布时间：2026-09-05 来源：县开放大学", "人工智能概要",
            "本单元介绍人工智能的发展历程、主要流派和典型应用，帮助学员建立对人工智能的整体认识。", "机器学习基础",
            "本单元介绍监督学习、无监督学习的基本概念，并通过案例演示模型的训练过程。"]
    assert lost(rows) == []
    for label in ("AI导读", "【智能摘要】", "智能摘要："):
        verdicts = classify_lines("\n".join(["某某教学设计", label, "该文档是一份教学设计，包括教学目标和教学过程。", "【教学目标】"]))
        assert [v.keep for v in verdicts] == [True, False, False, True], label


def test_a_notices_own_takedown_rule_over_its_signature_is_kept() -> None:
    """用户上传的内容如有侵权，请联系客服删除。 in a platform's notice on uploads, its signature and date
    under it: the notice's rule (客服 names the site, so the line read as the site's note, ended
    the article and cut the signature and date off)."""
    rows = ["关于规范平台教学资源上传的公告", "发布时间：2026-06-01 来源：县教育技术中心",
            "为保护知识产权，规范资源上传行为，现就有关事项公告如下：", "教师上传资源时应当注明来源，不得上传他人享有著作权的作品。",
            "用户上传的内容如有侵权，请联系客服删除。", "某县教育技术中心", "2026年6月1日"]
    assert lost(rows) == []
    page = ["某校举行运动会。", "本资料由某某网会员上传，仅供学习交流使用，如有侵权请联系客服删除。", "上一篇：某校举行开学典礼"]
    assert not classify_lines("\n".join(page))[1].keep


def test_three_groups_of_a_tables_row_are_its_figures() -> None:
    """小学 158 2376 4410 (schools, classes, teachers of a flattened table): three integers; a mobile
    number in groups is one after a word naming it (手机：, 联系人：王老师)."""
    assert _read("小学 158 2376 4410") == [("158", "integer"), ("2376", "integer"), ("4410", "integer")]
    for text in ("手机：139 8501 2345", "联系人：王老师 139 8501 2345", "拨打 139 8501 2345"):
        assert _read(text) == [], text


def test_dropping_is_idempotent_around_session_23s_context_rules() -> None:
    """Pages of session 23's targets mixed (found by a soak of random pages, RV15): a machine
    summary's label under a site's note with a 。 (the note counted as the page's first sentence,
    so the label stood inside a text until the note was gone); two rows of levels under two lines
    that ask nothing (read as two questions, kept, then one alone was a bar); a takedown note far
    above a date (read as signed, kept, then the date was gone)."""
    from govtext.spam import drop_spam_lines

    pages = [
        ["3 师资力量", "发表于 2026-11-02 20:15 | 只看该作者", "本资料由某某网会员上传，仅供学习交流使用，如有侵权请联系客服删除。",
         "我来答", "了解更多>>", "第三步", "AI导读", "【打印】 【关闭】", "上一篇：某县召开会议", "组卷", "一、总体要求", "城乡自建房"],
        ["点击蓝字“预约挂号”，选择科室后提交即可！", "一、总体要求", "附件下载：",
         "本市今年新建和改扩建中小学校十二所，新增学位一万余个，有效缓解了城区入学压力。", "非常满意 满意 基本满意 不满意", "组卷",
         "第一步", "您对食堂饭菜质量是否满意", "【板书设计】", "3个回答", "最佳答案", "【打印】 【关闭】", "二、主要任务", "相关新闻",
         "查看答案", "消防安全", "主办：某县人民政府", "非常满意 满意 基本满意 不满意"],
        ["发表于 2026-11-02 20:15 | 只看该作者", "城乡自建房", "本资料由某某网会员上传，仅供学习交流使用，如有侵权请联系客服删除。",
         "【板书设计】", "小学 158 2376 4410", "新闻", "授课老师", "1 历史沿革", "某县教育技术中心", "联系人：王某", "2026年6月1日",
         "消防安全", "相关新闻", "授课老师", "您对本次答复是否满意？"],
    ]
    for rows in pages:
        once = drop_spam_lines("\n".join(rows))
        assert drop_spam_lines(once) == once, rows[0]


def test_a_markdown_pages_form_blanks_are_no_bold_marks() -> None:
    """学校名称：____________ on a Markdown page (a link elsewhere makes the rules read its visible text):
    a form's blank to fill in, not bold marks (``__``) to take out; read as 学校名称： the rows were empty
    labels in a run of short lines after the article."""
    rows = ["# 关于举办2026年中小学生书法比赛的通知", "发布时间：2026-11-03 来源：县教育局", "各中小学校：",
            "为弘扬中华优秀传统文化，县教育局决定举办2026年中小学生书法比赛，现将有关事项通知如下。", "## 一、参赛对象",
            "全县在校中小学生。", "## 二、报名方式", "各校填写报名回执，于11月20日前报送县教育局。",
            "附件：[报名回执.docx](/files/hz.docx)", "报名回执", "学校名称：____________", "联系人：____________",
            "联系电话：____________", "参赛人数：____________"]
    page = ["[青禾教育网](/)", "* [首页](/) * [通知公告](/tzgg/)", *rows, "[返回顶部](#top)", "主办：某县教育局"]
    verdicts = classify_lines("\n".join(page))
    assert [s for s, v in zip(page, verdicts) if "____" in s and not v.keep] == []


def test_a_telephone_number_after_its_area_code_in_brackets_is_no_number() -> None:
    """電話：（02）7736-5678, 電話：(853) 8987 1234, 电话（03）332-5105: a telephone number (they read as two
    integers, or a range 332–5105); without a word naming a telephone, (01) 2024-2025学年 stays a range."""
    for text in ("電話：（02）7736-5678", "电话：（0571）8812-3400", "電話：(853) 8987 1234", "可洽社会处，电话（03）332-5105。"):
        assert _read(text) == [], text
    assert _read("(01) 2024-2025学年") == [("2024-2025学年", "range")]


def test_a_refrain_after_numbered_stanzas_is_no_running_header() -> None:
    """A recitation's refrain (这就是我们的祖国) after each long stanza, the stanzas numbered 1 2 3 alone
    on their lines: beside two of the numbers only, which items are numbered so too; a printed
    page's header stands beside three pages' numbers (or beside 第N页, no item's number)."""
    stanza = "从黄河之滨到长江两岸，从雪域高原到南海之滨，千千万万的建设者日夜奋战在第一线，用汗水浇灌希望，用双手建设家园。"
    rows = ["诗朗诵《这就是我们的祖国》", "发布时间：2026-09-28 来源：县第一中学"]
    for n in "123":
        rows += [n, stanza * 3, "这就是我们的祖国"]
    verdicts = classify_lines("\n".join([*HEAD, *rows, *FOOT]))
    assert [v.rule for s, v in zip([*HEAD, *rows, *FOOT], verdicts) if s == "这就是我们的祖国"] == [None] * 3
    body = "本办法所称专项资金，是指市级财政预算安排，用于支持本市中小企业技术改造、数字化转型和开拓国内外市场的资金。"
    printed = [x for n in "123" for x in ("某市财政局文件汇编", body, body, body, n)]
    assert [v.keep for v in classify_lines("\n".join(printed))][0::5] == [True, False, False]
