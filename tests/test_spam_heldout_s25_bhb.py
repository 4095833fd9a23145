"""Classes of lines that session 25's held-out pages 353-364 (BHB) showed the rules missed or
lost: an accordion's toggles and a FAQ's helpfulness poll, a video player's bar and its note for
browsers that cannot play it. Each page is our own invented text; the rules' look-alikes in a
document's own lines stay kept."""

from __future__ import annotations

from functools import partial

from govtext.spam import classify_lines
from page_common import rows_lost

HEAD = ["某县人民政府网", "首页 > 政务公开 > 工作动态"]
FOOT = ["【打印本页】 【关闭窗口】", "主办：某县人民政府办公室"]

#: The document's lines (all but HEAD and FOOT) the rules and the page reading drop.
lost = partial(rows_lost, HEAD, FOOT, ())


def _rules(lines: list[str]) -> list[str | None]:
    return [v.rule for v in classify_lines("\n".join(lines))]


def test_an_accordions_toggles_and_a_helpfulness_poll_go() -> None:
    """A FAQ crawled from an accordion prints 展开 or 收起 between each question and its answer
    (and 全部展开 over them), and asks at its end whether it helped: interface words and a prompt,
    not the FAQ's; its questions and answers stay."""
    rows = ["某小学一年级招生常见问题", "全部展开", "问题1：哪些孩子可以报名？", "收起",
            "本区户籍或持本区居住证的适龄儿童可以报名。", "问题2：需要准备哪些材料？", "展开",
            "户口簿、房产证明和出生医学证明。", "以上内容对您有帮助吗？"]
    assert lost(rows) == ["全部展开", "收起", "展开", "以上内容对您有帮助吗？"]
    assert _rules(["全部展开", "收起", "展开"]) == ["chrome"] * 3


def test_one_collapse_word_is_no_accordion() -> None:
    """收起 once under a feed's headline (a news portal's list) shows no accordion: the page's lines
    read as before (the toggle is not dropped, so the list's block is not cut there)."""
    rows = ["某县开展冬季消防安全检查", "收起", "某县开展冬季消防安全检查", "记者走访了全县12家养老机构。"]
    assert "收起" not in [r for r, v in zip(rows, classify_lines("\n".join(rows))) if v.rule == "chrome"]


def test_a_video_players_bar_and_its_no_video_note_go() -> None:
    """A video news page crawled before the video plays prints the player: its note for browsers
    with no ``<video>``, its buttons, its position at zero over the length, its speeds and its
    qualities. All of it goes; the news under it stays."""
    bar = ["视频加载中...", "您的浏览器不支持 video 标签。", "播放", "00:00 / 02:47", "倍速",
           "0.5x 1.0x 1.25x 1.5x 2.0x", "标清 高清 超清", "静音", "全屏", "画中画"]
    news = ["某镇万亩脐橙迎来采摘季", *bar, "连日来，某镇万亩脐橙基地迎来采摘季，果农们忙着采摘装箱。",
            "今年全镇脐橙种植面积达1.2万亩，预计产量2.6万吨。"]
    assert lost(news) == bar
    assert _rules(["您的浏览器不支持HTML5视频播放", "对不起，您的浏览器不支持audio元素"]) == ["site_notice"] * 2


def test_a_timetables_times_and_a_guides_sentence_on_video_stay() -> None:
    """A pair of times that does not start at zero is a timetable's cell (首班 06:30 / 末班 21:15), a
    speed with no other beside it a sentence's figure, and a guide's clause on a browser that cannot
    play the video goes on to what to do: all kept."""
    rows = ["某路公交线路调整通知", "调整后首末班时间如下：", "06:30 / 21:15", "07:00 / 20:45",
            "如您的浏览器不支持视频播放，请下载附件观看操作演示。", "本次调整自12月1日起执行。"]
    assert lost(rows) == []


def test_a_report_forms_rows_of_label_and_identifier_stay() -> None:
    """A 政府网站年度工作报表 printed one row a line (label, a space, value) names the site's 标识码,
    ICP and 公安 备案 numbers in its rows: cells of the form, not the footer, while the site's own
    footer under the form, the same numbers, goes."""
    form = ["某县人民政府网站2026年度工作报表", "填报单位：某县人民政府办公室", "网站名称 某县人民政府",
            "首页网址 http://www.example.gov.cn", "网站类型 政府门户网站", "政府网站标识码 1311250004",
            "ICP备案号 冀ICP备06018342号", "公安机关备案号 冀公网安备13112502000103号", "独立用户访问总量（单位：个） 386512",
            "网站总访问量（单位：次） 1927458", "信息发布（单位：条） 总数 3418", "概况类信息更新量 64",
            "政务动态信息更新量 1875", "信息公开目录信息更新量 1479"]
    foot = ["网站地图 | 联系我们", "网站标识码 1311250004", "冀ICP备06018342号 冀公网安备13112502000103号"]
    kept = [v.keep for v in classify_lines("\n".join([*form, *foot]))]
    assert kept == [True] * len(form) + [False] * len(foot)


def test_a_credit_records_fields_one_a_line_stay_with_their_dates() -> None:
    """A 信用 site's 行政处罚 record, each field's label over its value and a site's note under it:
    the record is the article (its labels are a 双公示 record's), its dates under their labels the
    fields' values, not the page's date; the site's chrome under it goes."""
    record = ["行政处罚信息", "行政相对人名称", "某县某某副食品商店", "统一社会信用代码", "92330503MA2D000000",
              "行政处罚决定书文号", "某市监罚〔2026〕118号", "违法行为类型", "销售超过保质期的食品",
              "处罚类别", "警告；罚款", "罚款金额", "0.3", "处罚决定日期", "2026-09-14", "公示截止期", "2027-09-14",
              "处罚机关", "某县市场监督管理局", "数据来源单位", "某县市场监督管理局"]
    head = ["信用中国（某县）", "首页 信用动态 政策法规 信用公示 信用服务", "当前位置：首页 > 信用公示 > 行政处罚 > 详情"]
    foot = ["温馨提示：以上信息由数据来源单位提供，如有异议，请向数据来源单位反映。", "返回",
            "主办单位：某县发展和改革局", "浙ICP备16000000号-4"]
    kept = [v.keep for v in classify_lines("\n".join([*head, *record, *foot]))]
    assert kept[len(head):len(head) + len(record)] == [True] * len(record)
    assert kept[-3:] == [False] * 3


def test_a_datasets_fields_and_its_items_table_stay() -> None:
    """An open-data platform's dataset page: a summary, then its fields one a line over their values
    (数据提供方, 更新频率, 首次发布日期 and its date …) and its 数据项 table cell by cell: all the
    dataset's, after the summary."""
    fields = ["数据提供方", "某市卫生健康委员会", "数据领域", "医疗卫生", "开放条件", "无条件开放", "更新频率", "每季度",
              "数据量", "214条", "首次发布日期", "2025-04-01", "最近更新日期", "2026-10-08", "数据格式", "xls csv json"]
    table = ["数据项", "序号", "中文名称", "数据类型", "说明", "1", "机构名称", "字符型", "医疗机构全称",
             "2", "机构地址", "字符型", "街道及门牌号", "3", "床位数", "数值型", "核定床位"]
    page = ["某市公共数据开放平台", "首页 数据目录 接口服务 数据应用", "医疗机构基本信息", "数据摘要",
            "本数据集包括全市医疗机构的名称、地址、等级和床位数等信息，每季度更新一次。", *fields, *table,
            "浏览量 5126 下载量 873", "主办单位：某市大数据管理局"]
    kept = [v.keep for v in classify_lines("\n".join(page))]
    assert kept[5:5 + len(fields) + len(table)] == [True] * (len(fields) + len(table))


def test_a_search_boxs_placeholder_goes_a_guides_step_stays() -> None:
    """A search box's placeholder over its button (请输入企业名称或统一社会信用代码 / 查询) is the form's,
    never the page's headline; a guide's step telling what to type (请输入手机号码 over a sentence) stays."""
    assert _rules(["请输入企业名称或统一社会信用代码", "查询"]) == ["chrome", "chrome"]
    rows = ["网上预约操作指南", "第一步", "请输入手机号码", "系统将向该号码发送验证码，输入后点击下一步。"]
    assert lost(rows) == []


def test_a_list_of_names_under_group_headings_after_the_text_stays() -> None:
    """A 学院's teacher list: a sentence, then names one a line under 教授 / 副教授 / 讲师 (the
    article's, as a 名单 is), while a menu of words after the text, of the same length, goes."""
    names = ["教授", "王建华", "李明远", "张晓燕", "刘志刚", "副教授", "陈静", "杨帆", "赵文博", "讲师", "黄磊", "周雨欣"]
    page = ["某大学物理学院", "首页 学院概况 师资队伍 科学研究", "师资队伍",
            "学院现有专任教师58人，其中教授12人、副教授20人，名单按姓氏笔画排序。", *names,
            "版权所有 © 某大学物理学院"]
    kept = [v.keep for v in classify_lines("\n".join(page))]
    assert kept[4:4 + len(names)] == [True] * len(names)
    menu = ["学院首页", "学院概况", "师资队伍", "人才培养", "科学研究", "党建工作", "学生工作", "招生就业", "校友之家"]
    page = page[:4] + menu + page[-1:]
    assert [v.keep for v in classify_lines("\n".join(page))][4:4 + len(menu)] == [False] * len(menu)


def test_a_bar_of_links_under_each_entry_does_not_cut_the_list() -> None:
    """A 领导之窗 list prints the same bar of links (个人简历 | 工作分工 | 领导活动) under each leader's
    post, name and 分工: the bars go, the leaders after the first stay (the bars no longer end the
    article there)."""
    entries = [["区委副书记、区长", "林某某", "主持区政府全面工作，负责审计方面工作。"],
               ["区委常委、常务副区长", "高某某", "负责区政府常务工作，负责发展改革、财政、统计方面工作。"],
               ["副区长", "吴某", "负责教育、卫生健康、医疗保障、民政方面工作。"],
               ["副区长", "钱某某", "负责公安、司法、信访、应急管理方面工作。"]]
    bar = "个人简历 | 工作分工 | 领导活动"
    rows = ["领导之窗"] + [line for entry in entries for line in [*entry, bar]]
    assert lost(rows) == [bar] * len(entries)
