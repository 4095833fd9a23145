"""Classes of lines that session 30's held-out pages 473-484 (BHB: crawled pages whose chrome is hard
to tell from their content) showed the rules missed or lost: the site's record (网站标识码, ICP and
公网安备 lines, a visitor counter) crawled between an article's paragraphs, a 简讯's issue as its
page's headline, a service guide's buttons and boxes after its one-word fields, a Q&A box of
questions and answers after a policy reading, a sidebar's box of a leader's fields after a news
item. Each page is our own invented text; the rules' look-alikes in a document's own lines stay
kept."""

from __future__ import annotations

from govtext.spam import classify_lines
from page_common import keeps

#: Paragraphs of a news item (each a sentence or two, 20+ Han characters).
P1 = "9月23日，某镇首届农民丰收节在镇文化广场开幕，全镇十一个村的六百余名群众齐聚一堂，共庆丰收。"
P2 = "活动现场设置了农产品展销区和农耕文化体验区，四十余种本地特色农产品集中亮相，吸引不少游客选购。"
P3 = "据统计，当天展销区实现销售额十八万元，签订农产品订单九份，带动群众增收致富。"
HEAD = ["某镇举办首届农民丰收节_乡镇动态_某镇人民政府", "某镇人民政府", "首页 走进某镇 政务公开 乡镇动态 便民服务",
        "当前位置：首页 > 乡镇动态", "某镇举办首届农民丰收节", "发布时间：2026-09-24 来源：某镇党政办 浏览次数：433"]


def _dropped(lines: list[str]) -> list[str]:
    return [s for s, k in zip(lines, keeps(lines)) if not k]


def test_the_sites_record_between_paragraphs_ends_no_article() -> None:
    """The 网站标识码/ICP line and a visitor counter crawled between two paragraphs (a floating box of
    the site's record) go, and the paragraph under them stays: the article goes on past them. Under
    the last paragraph the record ends the text, and the lines after it go."""
    page = [*HEAD, P1, "您是本站第 0236915 位访客", P2, "网站标识码：3600000000 赣ICP备05000000号-3", P3,
            "赣公网安备 36000000000000号", "【打印本页】【关闭窗口】", "上一篇：某镇召开森林防火工作部署会",
            "主办：某镇人民政府 电话：0795-7620000"]
    dropped = _dropped(page)
    assert P3 not in dropped and P1 not in dropped and P2 not in dropped
    assert "您是本站第 0236915 位访客" in dropped and "网站标识码：3600000000 赣ICP备05000000号-3" in dropped
    assert dropped[-4:] == page[-4:]


def test_a_visitor_counter_alone_is_the_footers() -> None:
    """A visitor counter alone on its line (您是本站第 N 位访客, thousands grouped or zeros padded, a greeting
    before it) is the footer's; a headline's 迎来第100万位访客 names who came."""
    lines = ["您是本站第 0236915 位访客", "您是第 3,408,112 位访问者", "欢迎光临！您是本站第1362045位访客",
             "市博物馆迎来第100万位访客", "您是第几位访客？"]
    assert [v.keep for v in classify_lines("\n".join(lines), page=False)] == [False, False, False, True, True]


def test_a_briefs_issue_the_title_opens_with_is_the_headline() -> None:
    """工作简讯（2026年第18期） under a title opening with it is the page's headline, not a journal's issue
    line; a journal's issue line under a paper's title goes as the page's metadata."""
    items = ["★9月10日，街道召开教师节座谈会，走访慰问辖区六所学校的一线教师。",
             "★9月11日，街道开展燃气安全联合检查，检查餐饮门店四十二家，整改隐患十五处。"]
    page = ["工作简讯（2026年第18期）_政务动态_某街道办事处", "首页 街道概况 政务动态 通知公告", "当前位置：首页 > 政务动态",
            "工作简讯（2026年第18期）", "发布时间：2026-09-15 来源：街道党政办", *items]
    assert "工作简讯（2026年第18期）" not in _dropped(page)
    paper = ["浅谈小学数学课堂的有效提问_期刊网", "浅谈小学数学课堂的有效提问", "某省教育(综合版) 2022年12期", *items]
    assert "某省教育(综合版) 2022年12期" in _dropped(paper)


def test_a_gazettes_running_head_over_its_document_goes() -> None:
    """A gazette's running head (某省人民政府公报 2026年第4期) opening a reprint over the document's title
    goes; opening the text over a sentence it is the text's headline (drop_spam's output of a 简讯)."""
    doc = ["某省人民政府公报 2026年第4期", "某省人民政府办公厅关于加快发展银发经济的实施意见", "各市人民政府，省政府各部门："]
    assert not classify_lines("\n".join(doc))[0].keep
    brief = ["工作简讯（2026年第18期）", "★9月10日，街道召开教师节座谈会，走访慰问辖区六所学校的一线教师。"]
    assert all(v.keep for v in classify_lines("\n".join(brief)))


GUIDE = ["偿还商业住房贷款提取住房公积金办事指南_提取业务_某市住房公积金中心", "某市住房公积金中心",
         "首页 中心概况 信息公开 办事指南 网上服务", "当前位置：首页 > 办事指南 > 提取业务",
         "偿还商业住房贷款提取住房公积金办事指南", "发布日期：2026-06-11 阅读次数：4127",
         "一、办理对象", "在本市购买自住住房并申请商业性住房贷款的缴存职工及其配偶。", "二、申请材料", "1.身份证原件",
         "2.商业住房贷款合同", "3.近6个月的还款流水", "三、办理流程", "申请", "受理", "审核", "办结", "四、办理时限",
         "即时办结", "五、收费标准", "不收费", "六、咨询电话", "0578-12329"]


def test_a_guides_buttons_and_boxes_after_its_fields_go() -> None:
    """After a guide's last field, its buttons one a line (在线办理, 预约办理, 我要咨询, 我要评价) and its
    boxes of other services (相关事项, 热门服务 and their items) go; the one-word steps and values of the
    guide (申请 受理 审核 办结, 即时办结, 不收费) stay."""
    chrome = ["在线办理", "预约办理", "我要咨询", "我要评价", "相关事项", "租房提取住房公积金", "离职提取住房公积金",
              "热门服务", "缴存证明打印", "个人账户查询", "版权所有：某市住房公积金中心"]
    page = [*GUIDE, *chrome]
    dropped = _dropped(page)
    assert dropped[-len(chrome):] == chrome
    assert not set(GUIDE[6:]) & set(dropped)


def test_a_guides_section_named_as_a_button_stays() -> None:
    """在线办理 alone heading a guide's section, its text under it, no button beside it, stays."""
    text = ["二、办理方式", "在线办理", "登录某某政务服务网，进入住房公积金专区，按提示填写申请信息。", "窗口办理",
            "携带申请材料到各管理部服务大厅办理。"]
    assert all(v.keep for v in classify_lines("\n".join(text)))


def test_a_qa_box_after_a_reading_goes_and_its_own_qa_stays() -> None:
    """A policy reading's own 问：/答： pairs stay; after its print bar, the site's 热点问答 box of 问：/答：
    sentences goes whole, answers too."""
    own = ["三、常见问题", "问：在外地看门诊可以报销吗？", "答：普通门诊统筹原则上限于本市定点医疗机构，已办理异地备案的人员可在备案地就医。",
           "解读机关：某市医疗保障局"]
    box = ["热点问答", "问：参保居民在哪里查询个人医保缴费记录？", "答：可通过医保公众号、国家医保服务平台或到各县（区）医保经办窗口查询。",
           "问：新生儿如何参加城乡居民医保？", "答：新生儿出生后90日内办理参保登记并缴费的，自出生之日起享受医保待遇。"]
    page = ["《某市门诊共济保障实施细则》政策解读_政策解读_某市医疗保障局", "某市医疗保障局", "首页 机构概况 政务公开 政策解读 办事服务",
            "当前位置：首页 > 政务公开 > 政策解读", "《某市门诊共济保障实施细则》政策解读", "发布时间：2026-07-02 来源：某市医保局",
            "近日，市医保局、市财政局联合印发《某市门诊共济保障实施细则》，自2026年8月1日起施行。现将主要内容解读如下。",
            "一、主要内容", "参保居民在一级及以下定点医疗机构发生的普通门诊费用，起付标准为每次10元，报销比例为55%。",
            *own, "【打印】【关闭】", *box, "相关文件", "网站标识码：3600000000 赣ICP备16000000号-1"]
    dropped = _dropped(page)
    assert not set(own) & set(dropped)
    assert set(box) <= set(dropped)


def test_a_readings_own_hot_qa_section_stays() -> None:
    """A policy reading whose own section is headed 热点问答 among its paragraphs (before its print bar)
    keeps the heading and its 问：/答： lines: only a box under a line a rule dropped (the print bar, a
    footer) is the site's. (The header was once a related-article header of the line rules, which
    cut the reading's last section.)"""
    own = ["热点问答", "问：民营企业申请贷款贴息需要满足什么条件？", "答：在本市登记注册、依法纳税、信用良好的民营企业，当年新增贷款可按规定申请贴息。",
           "问：《措施》从什么时候开始施行？", "答：《措施》自2026年12月1日起施行，有效期三年。"]
    page = ["《某市促进民营经济发展若干措施》政策解读_某市人民政府", "首页", "政务公开", "政策解读", "您当前的位置：首页 > 政务公开 > 政策解读",
            "《某市促进民营经济发展若干措施》政策解读", "发布时间：2026-11-20 来源：市发展改革委",
            "近日，市政府印发《某市促进民营经济发展若干措施》，现就有关内容解读如下。", "一、主要内容",
            "《措施》共分为五个部分二十条，涵盖市场准入、要素保障、融资支持、权益保护等方面。", *own,
            "【打印本页】【关闭窗口】", "相关链接", "某市人民政府网", "网站标识码：1234000000 某ICP备12345678号"]
    assert not set(own) & set(_dropped(page))


def test_a_leaders_box_after_a_news_item_goes() -> None:
    """A sidebar's 领导信息 box crawled after the news item (the name, 职务：…, 分工：… in a sentence, 简历)
    goes with the 领导活动 list under it; a contact block cut off from the text by a share bar has
    phone numbers and contact labels, no box of a person's fields."""
    news = [P1, P2, P3]
    box = ["领导信息", "赵某某", "职务：县委副书记、县长", "分工：主持县政府全面工作。", "简历", "领导活动",
           "赵某某主持召开县政府常务会议 03-03", "赵某某会见来访客商一行 02-27", "赵某某督导检查安全生产工作 02-21"]
    page = [*HEAD[:4], "县长赵某某调研春耕备耕工作", "发布时间：2027-03-06 17:42 来源：县政府办", *news,
            "（编辑：周某 审核：田某）", *box, "网站标识码：4300000002 湘ICP备06000000号"]
    dropped = _dropped(page)
    assert set(box) <= set(dropped)
    assert not set(news) & set(dropped)
