"""Classes of lines that session 31's held-out pages 485-496 (BHA) showed the rules and the page
reading lost or missed: an article's own block of field rows between two of its paragraphs, a table
read a row a line under a header of words after the text, a signature dated to the hour, a wiki's
section headings with their edit links, a record table of bracketed labels under the headline, a
related header in brackets, an e-mail newsletter's notes on itself and its read-more links between
items, a redirect countdown, a page's last-edit stamp and content licence, the heading of a numbered
list the text opens with. Each page is our own invented text; the look-alikes go or stay as before."""

from __future__ import annotations

from functools import partial

from govtext.spam import classify_lines
from linear_common import assert_linear
from page_common import keeps, rows_lost

HEAD = ["某县发生2.8级地震_地震速报_某省地震局", "某省地震局", "首页", "机构概况", "地震速报", "防震减灾",
        "当前位置：首页 > 地震速报"]
FOOT = ["【打印】【关闭】", "上一条：某市海域发生3.0级地震", "版权所有：某省地震局 某ICP备00000002号"]

#: The document's lines (all but HEAD and FOOT) the rules and the page reading drop.
lost = partial(rows_lost, HEAD, FOOT, ())

QUAKE = ["某县发生2.8级地震",
         "省地震台网正式测定：3月9日14时02分在某县（北纬31.20度，东经103.41度）发生2.8级地震，震源深度12千米。",
         "发震时刻：2027-03-09 14:02:51", "震级：M2.8", "纬度：31.20°N 经度：103.41°E", "深度：12千米",
         "据县应急管理局了解，震中附近乡镇有轻微震感，目前未接到人员伤亡和房屋损坏的报告。"]


def test_field_rows_between_two_paragraphs_stay() -> None:
    """Rows of label fields framed by the report's paragraphs are its own block (before, the second
    paragraph alone with its isolated score left them a run of short lines after the article)."""
    assert lost(QUAKE) == []


def test_field_rows_under_the_text_over_a_list_go_as_before() -> None:
    """The same rows with no paragraph of the text under them, a list of other quakes there: a run
    of short lines after the article, as before."""
    rows = [*QUAKE[:2], *QUAKE[2:6], "最新地震", "M2.1 某县 2027-03-02 06:15", "M3.4 某市海域 2027-02-21 23:40",
            "更多>>", "地震科普", "如何在户外避震", "家中应急物品清单"]
    assert set(QUAKE[2:6]) <= set(lost(rows))


RECORD = ["城市记忆：一座老码头的变迁", "题名/责任者：城市记忆：一座老码头的变迁 / 方远著", "出版发行项：某市：某某出版社，2024",
          "载体形态项：268页：图；23cm",
          "提要文摘附注：本书讲述一座内河老码头百年间的兴衰，记录船工、商户和居民的生活，附有老照片和地图。"]
HOLDINGS = ["馆藏信息", "索书号 条码号 馆藏地 书刊状态", "K295.4/86 A1034522 社科书库 可借", "K295.4/86 A1034523 流通书库 借出"]


def test_a_table_read_a_row_a_line_under_its_header_after_the_text_stays() -> None:
    """A header row of words apart over rows of as many cells, each with a digit, right after the
    record: its holdings table (before, a run of short lines after the article)."""
    assert lost([*RECORD, *HOLDINGS, "预约 委托 收藏 荐购", "相关借阅", "老街的故事", "河流与城市"]) == [
        "预约 委托 收藏 荐购", "相关借阅", "老街的故事", "河流与城市"]


def test_rows_of_words_with_no_digit_under_a_row_of_words_go_as_before() -> None:
    """A row of menu words over rows of as many words, no digit in them: a menu, not a table."""
    rows = [*RECORD, "热门推荐 新书通报 期刊导航 读者荐购", "馆藏检索 学位论文 古籍特藏 数据库导航",
            "开馆时间 入馆须知 借阅规则 联系我们"]
    assert lost(rows) == rows[len(RECORD):]


def test_a_ranked_list_of_articles_under_its_header_after_the_text_goes() -> None:
    """A header naming its rows as articles (文章标题 发布日期 点击量) over rows of a title, a date and a
    count: a list of the site's other pages, not a table of the page's (as before this session)."""
    rows = ["文章标题 发布日期 点击量", "某市图书馆新馆开馆 2027-02-20 1203", "全民阅读月活动启动 2027-02-18 986",
            "古籍修复成果展开幕 2027-02-15 1530"]
    assert lost([*RECORD, *rows]) == rows


WARNING = ["某省气象台发布台风蓝色预警",
           "今年第9号台风（强热带风暴级）今天8时中心位于某省东南方约550公里的海面上，中心附近最大风力10级。",
           "预计它将以每小时20公里左右的速度向西北方向移动，强度逐渐加强，将于明天夜间在某省沿海登陆。",
           "受其影响，某省东部沿海海面将出现8～10级大风，东部地区有大到暴雨。", "某省气象台", "2027年7月30日8时"]


def test_a_signature_dated_to_the_hour_stays() -> None:
    """A warning's signature dated to the hour of issue (2027年7月30日8时) is its closing block
    (before, the date alone went as a short line of the widget's run after the article)."""
    rows = [*WARNING, "台风路径", "实时 24小时 48小时 72小时", "热带低压 热带风暴 强热带风暴 台风 强台风"]
    assert lost(rows) == rows[len(WARNING):]


def test_a_wiki_heading_with_its_edit_link_stays_and_the_bare_prompt_goes() -> None:
    """A MediaWiki heading with its edit link ([编辑 | 编辑源代码]) heads a section of the text,
    whatever its words say; the same words alone are an app's prompt, as before."""
    lines = ["校园网VPN使用说明", "在校外访问校内资源时须先连接VPN，本文介绍客户端的安装与登录方法。",
             "下载客户端[编辑 | 编辑源代码]", "在门户页面点击下载按钮，运行安装程序并按提示完成安装。",
             "安装客户端[编辑]", "安装过程中需要管理员权限，安装完成后重启电脑。", "安装客户端", "版权所有：某大学网络中心"]
    assert keeps(lines) == [True, True, True, True, True, True, False, False]


LAW = ["某市河道管理条例_法规库_某市人大网", "某市人大网", "首页", "立法工作", "法规库", "当前位置：首页 > 法规库",
       "某市河道管理条例", "【发布部门】某市人民代表大会常务委员会", "【时效性】现行有效", "【效力级别】设区的市地方性法规",
       "【法规类别】水利", "字号：大 中 小 打印 收藏", "（2026年9月28日某市第十七届人民代表大会常务委员会第二十一次会议通过）",
       "第一条　为了加强河道管理，保障防洪安全，发挥河道综合效益，根据有关法律、法规，制定本条例。",
       "第二条　本市行政区域内河道的整治、利用、保护和管理，适用本条例。",
       "第三条　本条例自2027年1月1日起施行。", "【相关法规】", "某市防洪条例", "某市城市供水管理办法",
       "本库所载法规文本仅供参考，请以公开出版的正式文本为准。", "版权所有：某市人大常委会办公厅"]


def test_a_bracketed_record_table_under_the_headline_and_the_related_box_go() -> None:
    """Rows of 【label】value between the headline and the text are the page's record table; a
    related header in brackets opens its box (before, all were kept)."""
    kept = dict(zip(LAW, keeps(LAW)))
    assert not any(kept[s] for s in LAW[7:11]) and not any(kept[s] for s in LAW[16:19])
    assert all(kept[s] for s in LAW[12:16]) and kept["某市河道管理条例"]


def test_bracketed_rows_the_text_grows_over_under_the_headline_stay() -> None:
    """With no bar between them and the text, rows of bracketed labels right under the headline are
    read as the text's opening (an event notice's 【活动时间】… rows may open it so): kept, as before."""
    page = LAW[:11] + LAW[12:]
    kept = dict(zip(page, keeps(page)))
    assert all(kept[s] for s in LAW[7:11])


def test_bracketed_labels_inside_the_text_stay() -> None:
    """Bracketed labels among the text's paragraphs (an event's 【活动时间】… rows) are the text's."""
    rows = ["某区图书馆举办亲子阅读周活动", "为推动全民阅读，区图书馆将于寒假期间举办亲子阅读周系列活动，欢迎广大家庭参加。",
            "【活动时间】2027年1月20日至26日", "【活动地点】区图书馆少儿阅览室", "【参与方式】关注公众号在线报名",
            "活动期间每天安排两场绘本共读和一场手工课，每场限二十组家庭。"]
    assert lost(rows) == []


NEWSLETTER = ["某某学院院友通讯 2027年第2期", "如果邮件无法正常显示，请点击这里查看网页版", "某某学院院友会",
              "院友通讯", "2027年第2期（总第40期）", "学院动态",
              "学院获批两项省级教学改革研究项目，将围绕课程思政和实践教学开展为期两年的研究。", "阅读全文 >",
              "院友风采", "2009级院友林某某创办的科技企业入选省级专精特新企业名单，并向学院捐赠实验设备。", "阅读全文 >",
              "活动预告", "2027年院友返校日定于5月18日举行，当天下午在学术报告厅举办院友分享会，欢迎各位院友报名。",
              "您收到此邮件是因为您订阅了某某学院院友通讯。", "如不希望再收到此类邮件，请点击退订。",
              "© 2027 某某学院院友会"]


def test_a_newsletters_items_stay_and_its_notes_as_an_e_mail_go() -> None:
    """An e-mail newsletter's web version: its read-more links between items stand inside the issue,
    its notes on itself as an e-mail (view online, why sent, unsubscribe) are the site's (before, the
    two notes were the page's best run and every item's heading went)."""
    kept = dict(zip(NEWSLETTER, keeps(NEWSLETTER)))
    assert all(kept[s] for s in NEWSLETTER[5:7] + NEWSLETTER[8:10] + NEWSLETTER[11:13])
    assert not any(kept[s] for s in (NEWSLETTER[1], NEWSLETTER[13], NEWSLETTER[14]))


def test_a_sentence_on_e_mail_a_redirect_or_an_edit_stays() -> None:
    """Sentences that name e-mail, seconds or an update without being such notes stay."""
    lines = ["请勿点击陌生邮件中的链接，谨防电信网络诈骗。", "按住电源键10秒后自动重启，再按提示完成设置。",
             "该系统最后更新于2026年9月3日，新增了成绩查询功能。"]
    assert all(v.keep for v in classify_lines("\n".join(lines), page=False))


def test_a_redirect_countdown_and_a_licence_note_go() -> None:
    """An error page's countdown to its redirect, a wiki's content licence, a form's buttons (before,
    kept)."""
    lines = ["页面将在 3 秒后自动跳转到首页",
             "除非另有声明，本网站内容采用知识共享署名-相同方式共享许可协议授权。", "返回首页 返回上一页",
             "登录 忘记密码 注册新用户"]
    assert not any(v.keep for v in classify_lines("\n".join(lines), page=False))


def test_the_heading_of_a_numbered_list_the_text_opens_with_stays() -> None:
    """A short heading right above the text's first item (1. …) heads the list (before, it went
    with the login form's run above it)."""
    page = ["某省2027年教师资格考试报名系统", "某省教育考试院", "首页 考试公告 报名入口 成绩查询", "某省2027年教师资格考试报名系统",
            "考生登录", "身份证号", "密码", "登录 忘记密码", "报名须知",
            "1. 报名时间为2027年1月10日9:00至1月13日17:00，逾期不再补报。",
            "2. 考生须如实填写个人信息并上传近期免冠证件照，审核通过后方可缴费。", "3. 咨询电话：0000-8612345。",
            "技术支持：某省教育考试院信息中心"]
    assert keeps(page)[page.index("报名须知")]


def test_the_new_patterns_are_linear() -> None:
    def make(n: int) -> str:
        return "\n".join(["发震时刻:" + "2" * n + " 深度:" + "1" * n, "[" + "编" * n + "[编辑 | 编辑源代码" + "]" * n,
                          "[发布部门]" + "某" * n, "页面将在 " + "5" * n + " 秒后自动跳转" * n,
                          "如不希望" + "再" * n + "收到邮件" * n,
                          "索书号 " * n, "1. " + "考" * n])

    assert_linear(classify_lines, make(500), make(2000), label="s31 bha patterns")
