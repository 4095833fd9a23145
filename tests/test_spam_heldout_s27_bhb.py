"""Classes of lines that session 27's held-out pages 401-412 (BHB: pages whose chrome is hard to
tell from their content) showed the rules missed or lost: a numbered table's column of dates
crawled one cell a line, a service guide's fields named with another word for its hours, a rating
bar's prompt that does not name the reader. Each page is our own invented text; the rules'
look-alikes (the page's own date, a questionnaire's question) stay as they were."""

from __future__ import annotations

from page_common import keeps

#: A sentence of a page's text.
BODY = "根据有关规定，现将本年度制定的文件目录予以公布，请各单位认真做好文件的贯彻执行和宣传解读工作。"


def _dropped(lines: list[str]) -> list[str]:
    return [s for s, k in zip(lines, keeps(lines)) if not k]


def _catalogue(dates: list[str]) -> list[str]:
    """A 文件目录 table one cell a line, rows numbered, its last column the date each took effect."""
    rows = ["序号", "文件名称", "文号", "施行日期"]
    for n, (name, date) in enumerate(zip(["某县河道采砂管理办法", "某县公共租赁住房管理细则", "某县殡葬改革实施办法",
                                          "某县农贸市场管理规定"], dates), 1):
        rows += [str(n), name, f"某政规〔2026〕{n}号", date]
    return rows


def test_a_numbered_tables_date_column_and_the_signature_under_it_stay() -> None:
    """The last row's date (a bare date, the page's date to the metadata rule) is a cell of the
    table's column of dates: kept, and the signature and date under the table are the notice's
    (they went as short lines after the article, the date ending it there). The page's own date
    under the headline still goes; the pager and footer under the notice too."""
    page = ["某县人民政府", "首页", "政务公开", "规范性文件", "当前位置：首页 > 政务公开 > 规范性文件",
            "某县2026年度行政规范性文件目录", "2026-12-01", BODY,
            *_catalogue(["2026-02-01", "2026-05-10", "2026-07-01", "2026-09-15"]),
            "某县司法局", "2026年12月1日", "首页 上一页 1 下一页 尾页", "版权所有：某县人民政府 某ICP备12345678号"]
    dropped = _dropped(page)
    assert "2026-12-01" in dropped and "2026-09-15" not in dropped
    assert "某县司法局" not in dropped and "2026年12月1日" not in dropped
    assert dropped[-2:] == page[-2:]


def test_dates_under_no_numbered_rows_are_no_column() -> None:
    """A list of headlines, each with its date on the line under it, is no numbered table: its
    dates go as before (and the list with them); nor is a ranked list under its header, its
    numbers dropped with the block."""
    page = ["某县召开冬季安全生产会议", "2026-12-01", BODY, BODY, "最新动态", "某镇开展消防演练", "2026-11-28",
            "某县举办农民丰收节", "2026-11-25", "某街道启动老旧小区改造", "2026-11-20"]
    dropped = _dropped(page)
    assert {"2026-12-01", "2026-11-28", "2026-11-25", "2026-11-20"} <= set(dropped)
    ranked = ["热门文章", "1", "某镇开展消防演练", "2026-11-28", "2", "某县举办农民丰收节", "2026-11-25", "3",
              "某街道启动老旧小区改造", "2026-11-20"]
    assert _dropped([*page[:4], *ranked, "版权所有：某县人民政府"])[-11:] == [*ranked, "版权所有：某县人民政府"]


def test_a_guides_fields_with_its_office_hours_stay() -> None:
    """A 办事指南's fields after its steps, each label alone over its value: 办公时间 (another name
    for 办理时间) among them no longer breaks the run, so the fields after it are kept (they went
    as short lines after the article); the related items and footer under them still go."""
    fields = ["收费标准", "不收费", "办理地点", "某县政务服务中心二楼综合窗口", "办公时间",
              "周一至周五 上午9:00—12:00 下午14:00—17:30", "咨询电话", "0000-1234567"]
    page = ["某某许可_某县政务服务网", "首页", "个人办事", "法人办事", "某某许可", "申请条件", "依法设立的企业可以申请本事项。",
            "申请材料", "1.申请书", "2.营业执照", "办理流程", "第一步：登录政务服务网，选择本事项，填写申请信息并上传材料。",
            "第二步：窗口审核后，申请人到窗口领取许可证件。", "办理时限", "法定办结时限：10个工作日", "承诺办结时限：5个工作日",
            *fields, "相关事项", "某某变更", "某某注销", "版权所有：某县人民政府办公室"]
    dropped = _dropped(page)
    assert not set(fields) & set(dropped)
    assert dropped[-4:] == page[-4:]


def test_a_rating_bars_prompt_without_you_goes_with_it() -> None:
    """对本次答复进行评价 over a rating bar asks the reader as 请您对本次服务进行评价： does: it goes
    with the bar (it was kept as the reply's last line); a questionnaire's numbered question over
    its options stays."""
    reply = "您反映的小区路灯损坏问题，经核实，街道已于11月20日组织维修，目前路灯已恢复正常照明。感谢您对我们工作的关心和支持。"
    page = ["关于某小区路灯损坏的问题", "来信内容：", "我们小区东门的路灯坏了半个多月，晚上出行很不方便，希望尽快修理。",
            "回复内容：", reply, "某街道办事处", "2026年11月22日", "对本次答复进行评价", "非常满意 满意 基本满意 不满意",
            "版权所有：某区人民政府"]
    assert _dropped(page) == page[-3:]
    quiz = ["某县政务服务满意度调查问卷", BODY, "1.对窗口的服务态度进行评价", "非常满意 满意 基本满意 不满意 非常不满意",
            "2.对办事等候时间进行评价", "非常满意 满意 基本满意 不满意 非常不满意", "3.对办事指南的清晰程度进行评价",
            "非常满意 满意 基本满意 不满意 非常不满意", "提交"]
    assert "1.对窗口的服务态度进行评价" not in _dropped(quiz)


def test_related_files_head_a_related_block() -> None:
    """相关文件 over a list of other documents' titles heads a related block as 相关通知 does:
    the titles go with it (the region grew over them as fragments past the attachment's file,
    kept); a contents page's own titles above stay."""
    related = ["相关文件", "某市2025年度惠企政策汇编", "关于印发某市涉企收费清单的通知", "某市惠企政策清单（第二批）"]
    page = ["某市发展和改革委员会", "首页", "政策文件", "当前位置：首页 > 政策文件", "某市惠企政策汇编目录",
            "为方便企业查阅，现将现行有效的惠企政策汇编目录公布如下，全文可在附件中下载。", "一、综合类",
            "1.某市促进民营经济发展若干措施", "2.某市优化营商环境三年行动方案", "二、财税类", "3.某市中小企业贷款风险补偿办法",
            "4.某市企业技术改造专项资金管理办法", "政策执行中如有疑问，请向各政策发布部门咨询。", "附件：", "某市惠企政策汇编.pdf", *related,
            "扫一扫在手机打开当前页", "版权所有：某市发展和改革委员会"]
    dropped = _dropped(page)
    assert dropped[-6:] == [*related, *page[-2:]] and "4.某市企业技术改造专项资金管理办法" not in dropped


def test_a_threads_count_and_a_read_receipt_are_widgets() -> None:
    """A school platform's notice: its read receipt (已读 218 / 未读 13) under the byline, and the
    replies' header with their count, named for whose they are (家长回复（4）), are counters: gone
    (the first reply under the header was kept as the notice's)."""
    page = ["关于召开期末家长会的通知", "某小学 · 二年级组 | 2026-12-02 16:40", "已读 96 / 未读 5", "各位家长：",
            "学校定于12月9日下午3:00召开二年级期末家长会，请家长准时到孩子所在班级教室参加。", "二年级组", "2026年12月2日",
            "家长回复（2）", "二（1）班 某某妈妈：收到，准时参加。", "12-02 16:52", "二（3）班 某某爸爸：好的", "12-02 17:05",
            "写回复...", "发送"]
    dropped = _dropped(page)
    assert {"已读 96 / 未读 5", "家长回复（2）", "二（1）班 某某妈妈：收到，准时参加。"} <= set(dropped)
    assert "学校定于12月9日下午3:00召开二年级期末家长会，请家长准时到孩子所在班级教室参加。" not in dropped


def test_a_lists_counts_over_its_pager_go() -> None:
    """A list's counts of pages and records over its pager (共1页 4条记录, 共12条 共2页) are the
    pager's, under a table the region grew to as well (it was kept as the table's last short
    line); a sentence counting a document's records stays."""
    page = ["某县人民政府", "首页", "政务公开", "规范性文件", "当前位置：首页 > 政务公开 > 规范性文件",
            "某县2026年度行政规范性文件目录", "2026-12-01", BODY,
            *_catalogue(["2026-02-01", "2026-05-10", "2026-07-01", "2026-09-15"]),
            "某县司法局", "2026年12月1日", "共1页 4条记录", "首页 上一页 1 下一页 尾页", "版权所有：某县人民政府 某ICP备12345678号"]
    assert _dropped(page)[-3:] == page[-3:]
    assert "共12条 共2页" in _dropped(["某县文件目录", BODY, BODY, "共12条 共2页", "版权所有：某县人民政府"])
    note = "本次清理共涉及文件12件，共2页，其中继续有效的8条记录已汇总。"
    assert note not in _dropped(["某县文件清理结果", BODY, note, BODY])


def test_a_ranked_lists_questions_are_no_outline_headings() -> None:
    """A 热门问答 list ranked 1 / 2 / 3 after the article, each entry a question, goes with its
    header (each entry was kept as a decimal outline's heading, 1 总则's shape); the Q&A's own
    questions above stay."""
    qa = ["1.城乡居民医保什么时候缴费？", "集中缴费期为每年9月至12月。", "2.个人缴费标准是多少？", "每人每年400元。",
          "3.新生儿需要缴费吗？", "需要。出生90天内参保缴费的，自出生之日起享受待遇。"]
    hot = ["热门问答", "1 生育津贴怎么申领？", "2 医保个人账户可以给家人用吗？", "3 灵活就业人员如何参加职工医保？"]
    page = ["某市医疗保障局", "首页", "政策问答", "首页 > 政策问答", "城乡居民医保政策问答", "发布日期：2026-09-22", *qa,
            "本问答是否对您有帮助？", "有帮助 没帮助", *hot, "主办：某市医疗保障局 某ICP备18000000号"]
    dropped = _dropped(page)
    assert set(hot) <= set(dropped) and not set(qa) & set(dropped)


def test_buttons_under_the_closing_date_are_no_note() -> None:
    """A word alone under a notice's closing date (确认参加, then 请假) or words in square
    brackets ([我要旁听] [庭审直播预约]) are buttons, not a note of the closing block as
    （此件公开发布） is: they go; the signature, the date and a bracketed note stay."""
    notice = ["各位家长：", "学校定于12月9日下午3:00召开期末家长会，请家长准时到孩子所在班级教室参加，每户限一人。", "二年级组",
              "2026年12月2日"]
    page = ["关于召开期末家长会的通知", "某小学 · 二年级组 | 2026-12-02 16:40", *notice, "确认参加", "请假",
            "家长回复（2）", "二（1）班 某某妈妈：收到，准时参加。", "12-02 16:52", "写回复...", "发送"]
    dropped = _dropped(page)
    assert {"确认参加", "请假"} <= set(dropped) and not set(notice) & set(dropped)
    court = ["某县人民法院", "首页", "审判公开", "开庭公告", "庭审直播", "当前位置：首页 > 审判公开 > 开庭公告", "开庭公告",
             "发布时间：2026-12-01 浏览次数：52",
             "本院定于2026年12月8日上午9时在第三法庭公开开庭审理原告某某与被告某某买卖合同纠纷一案。",
             "本院定于2026年12月9日下午2时30分在第一法庭公开开庭审理原告某公司与被告某某借款合同纠纷一案。",
             "某县人民法院", "2026年12月1日", "【我要旁听】 【庭审直播预约】", "打印 关闭", "最新开庭公告",
             "开庭公告（2026年11月第四周）", "开庭公告（2026年11月第三周）", "版权所有：某县人民法院 某ICP备19000000号"]
    assert "【我要旁听】 【庭审直播预约】" in _dropped(court)
    note = ["某县人民政府关于某事项的通知", "2026-12-01", "各乡镇人民政府，县政府各部门：", BODY, "某县人民政府", "2026年12月1日",
            "（此件公开发布）", "版权所有：某县人民政府"]
    assert "（此件公开发布）" not in _dropped(note)


def test_a_row_of_buttons_under_the_headline_is_no_subtitle() -> None:
    """A 办事指南's buttons crawled one a line under its headline (在线办理, 预约办理 …): the first
    is no subtitle (a speaker's office and name is one line with a space), it goes with the
    others; the guide's headings and values below stay."""
    guide = ["申请条件", "依法设立的企业可以申请本事项。", "申请材料", "1.申请书", "2.营业执照", "办理流程",
             "第一步：登录政务服务网，选择本事项，填写申请信息并上传材料。", "第二步：窗口审核后，申请人到窗口领取许可证件。"]
    page = ["某某许可_某县政务服务网", "某县政务服务网", "个人办事", "法人办事", "登录 | 注册",
            "首页 > 法人办事 > 某局 > 某某许可", "某某许可", "在线办理", "预约办理", "收藏", "咨询", *guide,
            "版权所有：某县人民政府办公室"]
    dropped = _dropped(page)
    assert {"在线办理", "预约办理"} <= set(dropped) and "某某许可" not in dropped and not set(guide) & set(dropped)


def _school_news(credit: str, head: str) -> list[str]:
    return ["某中学", "学校首页", "校园新闻", "德育天地", "教学教研", "我校举办第十届校园读书节", "发布者：校办 时间：2026-11-26 阅读：628",
            "11月25日，某中学第十届校园读书节在学校报告厅开幕，全校一千余名师生参加。",
            "本届读书节设置了经典诵读、好书推荐、读书征文等六个项目，持续两周。", credit, "点赞（36）",
            "上一篇：初三年级召开期中质量分析会", "下一篇：我校学子在市合唱比赛中获一等奖", head, "开幕式现场", "经典诵读比赛",
            "同学们在图书馆阅读", "评论（1）", "某家长：孩子很喜欢这次活动！", "2026-11-26 19:42", "版权所有：某中学"]


def test_a_galleries_captions_after_the_article_stay() -> None:
    """The article's pictures shown after its text, under a heading of them (活动图片), past its
    like count and 上一篇/下一篇, when its credits name the pictures' (图：…): their captions are
    the article's (they went as a run of short lines after it), the heading kept with them; a
    related block of picture news in that place (图片新闻), or captions under an article that
    credits no picture, go as before."""
    captions = ["开幕式现场", "经典诵读比赛", "同学们在图书馆阅读"]
    dropped = _dropped(_school_news("（文：校团委 图：信息中心）", "活动图片"))
    assert not set(captions) & set(dropped) and "评论（1）" in dropped and "某家长：孩子很喜欢这次活动！" in dropped
    assert set(captions) <= set(_dropped(_school_news("（文：校团委 图：信息中心）", "图片新闻")))
    assert set(captions) <= set(_dropped(_school_news("（校团委）", "活动图片")))
