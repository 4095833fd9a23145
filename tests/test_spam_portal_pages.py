"""Classes of failure found on held-out pages 245-256 (session 23, BH21: the pages a crawl of
government and education portals is made of), each on our own page text: a satisfaction rating bar
after a reply or a service guide, a download box after a list a line introduced."""

from __future__ import annotations

import time

from govtext import spam
from govtext.spam import classify_lines

MENU = ["首页", "政务公开", "政务服务", "政民互动", "走进某区"]
FOOT = ["关于我们 | 网站地图 | 联系我们", "主办：某区人民政府办公室 网站标识码：3300000000", "某ICP备10000001号-1"]


def kept(lines: list[str]) -> dict[str, bool]:
    text = "\n".join(lines)
    return {line: v.keep for line, v in zip(text.split("\n"), classify_lines(text))}


REPLY = [
    "关于某某路口红绿灯时长的建议_区长信箱_某区人民政府", *MENU, "您现在的位置：首页 > 政民互动 > 区长信箱",
    "关于某某路口红绿灯时长的建议", "信件编号：QZ20260101-0001", "来信时间：2026-11-02 09:12:40",
    "来信内容：", "某某路口早高峰左转绿灯只有十五秒，每次只能通过三四辆车，排队经常排到上一个路口，希望延长左转时间。",
    "回复单位：某区交通运输局", "回复时间：2026-11-09 15:20:11", "回复内容：",
    "您好！经现场观测，该路口早高峰左转车流量较大，我局已会同交警部门将左转绿灯时长调整为二十五秒。",
    "感谢您对交通工作的关心和支持。", "某区交通运输局", "2026年11月9日",
]


def test_a_rating_bar_after_a_reply_ends_it() -> None:
    """A letter's reply, its signature and date, then the site's rating bar (满意度评价：, 非常满意 满意
    基本满意 不满意), its buttons and the mailbox's standing note on letters in a sentence: the bar is
    a widget and ends the article, so the note under it is no paragraph of the reply (held-out 247;
    155's 评价： and its bar, 253's guide with 您对本事项的服务是否满意？ over its bar)."""
    widget = ["满意度评价：", "非常满意 满意 基本满意 不满意", "您对本次答复的评价：", "提交评价",
              "温馨提示：来信人应对来信内容的真实性负责，不得捏造、歪曲事实，涉及个人隐私的信件不予公开。"]
    got = kept([*REPLY, *widget, "相关信件", "关于某某路公交站台的建议", "关于某某公园开放时间的咨询", *FOOT])
    own = [x for x in REPLY[7:] if "时间" not in x and "编号" not in x]
    assert all(got[x] for x in own), [x for x in own if not got[x]]
    assert not any(got[x] for x in widget), [x for x in widget if got[x]]


def test_a_documents_row_of_satisfaction_levels_stays() -> None:
    """Rows of satisfaction levels that are a document's: a questionnaire's options under a numbered
    question, or followed by its next question; a table's header over its figures; a list a line
    introduces (more than a label before its colon); a notice's row with its closing date under it."""
    head = ["某县公布政务服务满意度测评结果_某县人民政府", *MENU, "当前位置：首页 > 新闻中心",
            "某县公布政务服务满意度测评结果", "发布时间：2026-12-01 来源：县政务服务中心",
            "近日，县政务服务中心委托第三方机构完成了本年度政务服务满意度测评，共回收有效问卷一千二百余份。"]
    tail = ["县政务服务中心表示，将针对测评中发现的问题逐项整改，持续提升服务水平。", *FOOT]
    pages = [
        ["测评结果如下：", "非常满意 满意 基本满意 不满意", "812 365 71 12"],
        ["各窗口得分：", "非常满意 满意 基本满意 不满意", "64.4% 29.0% 5.6% 1.0%"],
        ["1. 您对窗口工作人员的服务态度是否满意？", "○非常满意 ○满意 ○基本满意 ○不满意", "2. 您办事时等候了多长时间？"],
        ["您对本学期家长学校讲座的总体评价：", "非常满意 满意 基本满意 不满意", "您希望下学期增加哪些讲座主题？",
         "心理健康 学习方法 亲子沟通"],
        ["请在下列等次中选择一项：", "非常满意 满意 基本满意 不满意", "县政务服务中心", "2026年12月1日"],
        ["群众办事后可在窗口的评价器上选择评价等级，评价器界面上显示五个等级：", "非常满意 满意 基本满意 不满意 非常不满意",
         "对群众给出的不满意评价，中心在一个工作日内回访核实，三个工作日内完成整改反馈。"],
    ]
    for own in pages:
        got = kept([*head, *own, *tail])
        assert all(got[x] for x in [*head[-1:], *own, tail[0]]), [x for x in own if not got[x]]


def test_a_download_box_ends_a_list_a_line_introduced() -> None:
    """A procurement result's contact rows under 请按以下方式联系。, then the page's download box
    (附件下载： over a file's name) and a related box before the footer: the box and what follows are
    the page's, not more of the introduced list (held-out 248). Rows under a box inside the notice,
    and a notice's own 认证表下载： over its form with contact rows under it, stay."""
    rows = ["九、凡对本次公告内容提出询问，请按以下方式联系。", "1.采购人信息", "名称：某市第一人民医院",
            "地址：某市人民路1号", "联系方式：0578-0000001", "2.采购代理机构信息", "名称：某某招标代理有限公司",
            "地址：某市府前街2号", "联系方式：0578-0000002", "3.项目联系方式", "项目联系人：某某", "电话：0578-0000003"]
    head = ["某医院配送服务项目中标结果公告_某市公共资源交易网", "首页 交易信息 政策法规 服务指南",
            "当前位置：首页 > 交易信息 > 中标结果公告", "某医院配送服务项目中标结果公告",
            "发布时间：2026-11-30 16:20:11 信息来源：某市公共资源交易中心",
            "一、项目编号：CG-2026-0001", "二、项目名称：某医院配送服务项目",
            "三、中标信息：某某医疗供应链有限公司，中标金额为年配送服务费率百分之四点八五。",
            "四、公告期限：自本公告发布之日起1个工作日。",
            "五、各有关当事人对中标结果有异议的，可在公告期限届满之日起七个工作日内以书面形式提出质疑。"]
    box = ["附件下载：", "中标通知书.pdf", "相关公告", "某医院配送服务项目招标公告", "某医院配送服务项目更正公告（一）"]
    got = kept([*head, *rows, *box, "网站声明：本网站发布的交易信息由招标人提供，其真实性由发布人负责。", *FOOT])
    assert all(got[x] for x in rows), [x for x in rows if not got[x]]
    assert not any(got[x] for x in box), [x for x in box if got[x]]
    own = ["三、认证方式：可通过手机自助认证，也可到县社保窗口现场认证，认证材料见附件：", "认证表下载：",
           "资格认证表.docx", "联系人：某某", "联系电话：0578-0000004", "某县人力资源和社会保障局", "2026年12月3日"]
    got = kept([*head[:5], "各参保单位：", "现将本年度工伤保险待遇资格认证工作有关事项通知如下，请各单位认真做好宣传。",
                *own, "【打印本页】【关闭窗口】", *FOOT])
    assert all(got[x] for x in own if x != "资格认证表.docx"), [x for x in own if not got[x]]


def test_rating_patterns_are_linear() -> None:
    """The rating bar, its prompt, the lines over it and the figures under it on long runs of their
    parts: n and 4n take like times."""

    def took(n: int) -> float:
        start = time.process_time()
        for line in ("满意 " * n + "x", "满意" * n, "您对" + "满意" * n + "?", "1  " * n + "x", "1 %" * n + "x",
                     "以下" * n + ":x", "(1" * n):
            spam._RATING_BAR.fullmatch(line)
            spam._RATING_PROMPT.fullmatch(line)
            spam._RATING_OWN_ABOVE.match(line)
            spam._NUMBER_ROW.fullmatch(line)
        return time.process_time() - start

    took(100)
    assert took(80000) < 8 * took(20000) + 0.05
