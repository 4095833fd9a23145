"""Classes of lines that session 28's held-out pages 425-436 (BHB: content that is a table or a
list, chrome written as sentences, traditional-script pages) showed the rules missed or lost: a
data page's table crawled cell by cell under its query form, a 公示's own sentence asking that its
names not be spread, the site's notes on itself (privacy, accessibility, the standing of its
content), a privacy statement's label, the screen resolution advised for browsing, a notice's
undated signature with its sign-off. Each page is our own invented text; the rules' look-alikes
(a report opening with 本站讯, a notice of the site's own maintenance, a phone's screen resolution,
a site's reprint note, 查询 alone as a heading) stay as they were."""

from __future__ import annotations

from govtext.spam import classify_lines
from page_common import keeps

#: A sentence of a page's text.
BODY = "根据有关规定，现将本年度有关情况予以公布，请各单位认真做好贯彻落实和宣传解读工作，确保各项措施落到实处。"


def _dropped(lines: list[str]) -> list[str]:
    return [s for s, k in zip(lines, keeps(lines)) if not k]


def _verdicts(text: str) -> list[bool]:
    return [v.keep for v in classify_lines(text)]


def test_a_search_forms_buttons_go_and_search_alone_stays() -> None:
    """查询 重置 (a query form's buttons) is interface words; 查询 alone heads a notice's section
    (whom to ask), and stays."""
    assert _verdicts("查询 重置\n" + BODY) == [False, True]
    assert _verdicts("重置\n" + BODY)[0] is False
    assert _verdicts("查询\n" + BODY) == [True, True]


def test_a_data_pages_table_under_its_query_form_stays() -> None:
    """A statistics page's query: a side menu, year and month selectors and their buttons, then the
    table of indicators one cell a line under its caption, notes under it. The table and its caption
    are the page's text (they went as short lines before the article, a row's label taken for the
    headline); the menu's entries and the selectors go."""
    rows = ["地区生产总值", "亿元", "286.47", "5.6", "规模以上工业增加值", "—", "—", "6.8", "固定资产投资", "—", "—",
            "-2.1", "社会消费品零售总额", "亿元", "118.32", "4.9", "一般公共预算收入", "亿元", "17.06", "3.4",
            "城镇居民人均可支配收入", "元", "43865", "4.7"]
    table = ["2026年1-9月某区主要经济指标", "指标名称", "单位", "1-9月", "同比增长（%）", *rows]
    form = ["指标分类", "国民经济核算", "人口", "工业", "固定资产投资", "国内贸易", "选择时间：", "2026年", "2025年",
            "2024年", "选择月份：", "1-9月", "1-6月", "1-3月", "查询 重置"]
    notes = ["注：1.地区生产总值按不变价格计算增长速度。", "2.规模以上工业增加值、固定资产投资只公布增长速度。"]
    head = ["数据查询-统计数据-某区统计局", "某区统计局", "首页 统计新闻 统计数据 统计公报 政务公开",
            "当前位置：首页 > 统计数据 > 数据查询"]
    page = [*head, *form, *table, *notes, "主办：某区统计局 某ICP备12345678号"]
    kept = keeps(page)
    at = len(head) + len(form)
    assert all(kept[at: at + len(table)])
    assert not any(kept[len(head): at])


def test_a_notices_own_sentence_on_its_names_use_stays() -> None:
    """本公示所列个人信息仅用于本次公示，请勿转载… is the 公示's sentence (it went as a reprint note,
    and the contacts, signature and date under it as short lines after the article); a site's reprint
    note still goes."""
    names = ["序号 姓名 工作单位 评审资格", "1 某某甲 某县第一小学 一级教师", "2 某某乙 某县实验小学 一级教师",
             "3 某某丙 某县第二中学 一级教师"]
    own = "本公示所列个人信息仅用于本次公示，请勿转载或用于其他用途。"
    closing = [own, "联系电话：0000-1234567（人事科）", "某县教育局", "2026年12月1日"]
    page = ["关于一级教师职称评审通过人员的公示-某县教育局", "某县教育局", "首页 机构概况 教育新闻 通知公告 政策法规",
            "关于一级教师职称评审通过人员的公示", BODY, *names,
            "公示期为2026年12月1日至12月7日。如有异议，请以书面形式实名反映。", *closing,
            "打印本页 | 关闭窗口", "版权所有 某县教育局 某ICP备12345678号"]
    assert keeps(page)[-2 - len(closing): -2] == [True] * len(closing)
    assert _verdicts("本网原创稿件，请勿转载。\n" + BODY) == [False, True]


def test_the_sites_notes_on_itself_go() -> None:
    """The site's sentences on itself (its visitors' personal data, its accessibility, its content's
    standing) and a privacy statement's label go; a report opening with 本站讯, a notice of the
    site's maintenance, a sentence on another site's privacy policy stay."""
    notes = [
        "本网站对您的个人信息保护高度重视，您在本网站提交的信息仅用于处理相关事项，未经您同意不会向任何第三方提供。",
        "本网站已完成适老化和无障碍改造，如在使用中遇到问题，请拨打0000-1234567反馈。",
        "本网站已通过无障碍网站检测 AA 等级。",
        "本网站内容如有更新，以本局最新公布为准。",
        "个人资料收集声明：您所提供的个人资料只用于处理本局的相关服务，本局会依法处理。",
    ]
    for s in notes:
        assert _verdicts(s) == [False], s
    kept = [
        "本站讯（通讯员 某某）11月25日，我院举办冬季消防安全培训，全院一百余名职工参加。",
        "因系统升级，本网站将于12月5日20:00至24:00暂停访问，给您带来的不便敬请谅解。",
        "检测发现，部分App未公开隐私政策，或在用户同意前即收集个人信息。",
    ]
    for s in kept:
        assert _verdicts(s) == [True], s


def test_a_stations_own_sentences_stay() -> None:
    """A bare 本站 is also a station's word: a railway station's or a bus stop's notice on its
    accessibility, its passengers' personal data or a timetable 以现场公告为准 is the notice's text (and
    the 特此公告 under it stays); a web page's 本站 with a word of its content's standing
    (本站气象信息仅供参考，…为准) still goes."""
    notice = ["关于某某站调整列车停靠时间的公告", "尊敬的旅客：",
              "因线路施工需要，本站将于2026年3月1日起调整部分列车停靠时间，具体以车站现场公告为准。",
              "本站将为老年旅客提供无障碍通道和爱心服务，需要帮助的旅客请联系车站工作人员。",
              "本站对乘客个人信息严格保密，乘车码数据以官方平台公布为准。", "特此公告。", "某某站", "2026年2月20日"]
    assert all(v.keep for v in classify_lines("\n".join(notice)))
    assert _verdicts("本站气象信息仅供参考，具体以气象台正式发布为准。") == [False]


def test_the_resolution_advised_for_browsing_goes() -> None:
    """建议使用…浏览，最佳解析度 1920x1080 is browser advice (the Taiwan word for 分辨率); a phone
    review's screen resolution stays."""
    assert _verdicts("建议使用 Chrome、Edge、Firefox 最新版本浏览，最佳解析度 1920x1080。") == [False]
    assert _verdicts("这款手机浏览网页很流畅，屏幕分辨率为2400×1080，显示细腻。") == [True]


def test_an_undated_signature_with_its_sign_off_stays() -> None:
    """教务处 敬启 under a notice's last paragraph is its signature (a letter's sign-off, no date under
    it): kept, where it went as a short line after the article; the attachments' box and the
    footer's lines under it still go."""
    page = ["本校录取名单-最新消息-某某高级中学", "某某高级中学", "回首页 | 网站导览 | English", "本校录取名单", BODY,
            "班级 姓名 录取校系", "301 陈○妤 某某大学 医学系", "302 林○宏 某某大学 电机工程学系",
            "感谢高三导师及各科任课老师的用心指导，也祝福所有考生在后续的申请中顺利上榜。", "教务处 敬启", "相关附件",
            "录取名单.pdf", "隐私权政策 | 资讯安全政策 | 著作权声明", "本网站已通过无障碍网站检测 AA 等级。",
            "建议使用 Chrome、Edge 最新版本浏览，最佳解析度 1920x1080。", "地址：某县中山路315号 电话：(05)5321867",
            "最后更新日期：2026-03-12"]
    dropped = _dropped(page)
    assert "教务处 敬启" not in dropped
    assert dropped[-6:] == page[-6:]
