"""Document lines of pages whose body is short lines (BH19, held-out set 221-232): a 办事流程's
steps 第一步 … 第N步, each over a few short lines, past the region's last heading; a contact block
whose telephone numbers are spaced in groups under a 联系人 row. Probes of the page's own chrome in
those shapes (a footer's spaced telephone, a widget's steps away from the text) stay dropped. A
font-size switch in letters (字号：T T T) is a control.
Each page is our own invented text."""

from __future__ import annotations

from govtext.boilerplate import _ENUM, _PHONE_ROW
from govtext.spam import classify_lines
from linear_common import assert_linear

HEAD = ["某市政务服务网", "个人办事 法人办事 部门服务", "首页 > 办事指南 > 主题服务"]
FOOT = ["【打印】 【关闭】", "热门服务", "社保卡补领", "公积金提取", "主办：某市人民政府办公室",
        "备案号：某ICP备00000000号"]


def verdicts(rows: list[str]) -> list[bool]:
    return [v.keep for v in classify_lines("\n".join([*HEAD, *rows, *FOOT]))]


def lost(rows: list[str]) -> list[str]:
    keep = verdicts(rows)[len(HEAD):len(HEAD) + len(rows)]
    return [line for line, k in zip(rows, keep) if not k and not line.startswith("更新时间")]


def test_a_procedures_later_steps_stay_with_its_first() -> None:
    """第一步 … 第五步, each a heading over two or three short lines: the steps after the ones the
    article's run reached go on its outline (they were a run of short lines before the footer),
    the last step with as many lines as the longest before it."""
    rows = ["企业开办“一网通办”流程图解", "更新时间：2026-03-02 来源：市市场监管局",
            "申请人在网上提交一次材料，就能同时办好营业执照、公章刻制、发票申领和社保登记。流程如下：",
            "第一步", "登录企业开办平台", "选择“设立登记”",
            "第二步", "填写企业名称", "确定经营范围和住所",
            "第三步", "上传章程", "股东身份证明", "住所使用证明",
            "第四步", "电子签名", "等待审核",
            "第五步", "领取执照", "营业执照可邮寄", "办结时限：1个工作日", "咨询电话：0000-1234 5678"]
    assert lost(rows) == []


def test_steps_numbered_in_digits_are_steps_too() -> None:
    rows = ["居住证网上申领指南", "更新时间：2026-04-10 来源：市公安局",
            "来本市居住半年以上的人员，可在网上申领居住证，具体步骤如下：",
            "第1步", "打开政务服务APP", "搜索居住证",
            "第2步", "填写居住地址", "上传照片",
            "第3步", "提交申请", "等待社区核查",
            "第4步", "领取证件", "可到派出所窗口领取"]
    assert lost(rows) == []


def test_a_contact_blocks_spaced_telephone_rows_stay_under_its_contact() -> None:
    """联系人：… then 电话：0571-8812 3400 and 传真：… (numbers in groups apart), then a mail row."""
    rows = ["第五届某市读书节将于下月举行", "更新时间：2026-05-06 来源：市新闻办",
            "5月5日，市政府新闻办举行发布会，介绍第五届读书节的筹备情况，本届读书节将持续一个月。",
            "本届读书节设有图书市集、名家讲座和亲子阅读等活动，市民可通过公众号预约。",
            "联系人：孙立", "电话：0000-8812 3400", "传真：0000 6655 4433", "邮箱：dushujie_media@example.cn"]
    assert lost(rows) == []


def test_a_footers_spaced_telephone_and_a_widgets_steps_stay_dropped() -> None:
    """Probes: the site's spaced telephone row in the footer (the article ends in a sentence, not
    a contact row), and a sign-up widget's steps in the sidebar after the related links."""
    rows = ["某区开展消防安全检查", "更新时间：2026-01-08 来源：区应急管理局",
            "1月7日，区应急管理局会同消防救援大队对辖区商场、学校开展消防安全检查，发现隐患12处，已督促整改。"]
    tail = ["【打印】 【关闭】", "相关新闻", "某区召开安全生产会议", "某区举行消防演练",
            "注册流程", "第一步", "填写手机号", "第二步", "设置密码", "第三步", "完成注册",
            "联系电话：0000-5512 3456", "主办：某区人民政府办公室"]
    keep = [v.keep for v in classify_lines("\n".join([*HEAD, *rows, *tail]))]
    assert keep[len(HEAD) + 2] and keep[len(HEAD)]
    assert not any(keep[len(HEAD) + len(rows):]), [x for x, k in zip(tail, keep[len(HEAD) + len(rows):]) if k]


def test_a_signup_widgets_steps_right_under_the_text_are_not_an_outline() -> None:
    """Probe: a sign-up widget's steps right under the article's sentence, nothing between (the
    region grows over its first lines): one step in the region is no procedure to go on along."""
    rows = ["某区开展垃圾分类宣传", "更新时间：2026-03-01 来源：区城管局",
            "3月1日，区城管局在各社区开展垃圾分类宣传活动，向居民发放宣传手册3000余份，现场解答居民问题。"]
    widget = ["用户注册", "第一步", "填写手机号", "第二步", "设置密码", "第三步", "完成注册"]
    keep = [v.keep for v in classify_lines("\n".join([*HEAD, *rows, *widget, *FOOT]))]
    at = len(HEAD) + len(rows)
    assert keep[at - 1]
    assert not any(keep[at + 3: at + len(widget)]), keep[at: at + len(widget)]


def test_a_paragraph_opening_with_a_step_does_not_stop_the_outline_under_it() -> None:
    """Probe (RV14): a 图解 whose introduction's last paragraph opens 第一步是… (a sentence, the one
    step the region holds), then headings 一、 二、 三、 over short points: the outline goes on as
    without the step (its points were dropped as short lines after the article)."""
    rows = ["图解：某市促进消费若干措施", "更新时间：2026-09-08 来源：市商务局",
            "市政府办公室近日印发促进消费若干措施，从三个方面提出九条具体措施，一起来看。", "出台背景",
            "第一步是稳住大宗消费，市里结合实际制定本措施，推动消费持续恢复和扩大。",
            "主要内容", "3个方面", "9条措施",
            "一、发放消费券", "餐饮消费券", "家电消费券",
            "二、培育消费场景", "打造夜间街区", "举办购物节",
            "三、优化消费环境", "畅通投诉渠道", "本措施自发布之日起施行，有效期一年。"]
    assert lost(rows) == []


def test_the_last_sections_points_under_a_heading_that_ends_the_region_stay() -> None:
    """Probe (RV14): a 图解 whose headings 一、 二、 三、 the region holds (the last one ends it), the
    last section's points short lines with no sentence after them: they go on the outline as the
    points of a region holding none of its headings do (they were dropped as a run of short lines
    after the article)."""
    rows = ["图解：某县农村自建房安全整治方案", "更新时间：2026-10-12 来源：县住建局",
            "县政府办公室近日印发农村自建房安全整治方案，对全县自建房安全整治工作作出部署。",
            "首先是摸清底数，全县将对所有自建房开展一次全面排查，建立隐患台账。",
            "一、整治范围", "农村自建房", "经营性自建房",
            "二、整治内容", "房屋结构安全", "消防安全",
            "三、时间安排", "2026年12月底前", "完成排查整治"]
    assert lost(rows) == []


def test_a_font_size_switch_in_letters_is_a_control() -> None:
    """字号：T T T (the letter drawn in three sizes) under the headline is the font-size switch as
    字号：大 中 小 is; a field whose value is one word of letters (字号：TAT, a shop's name) is not."""
    body = "某市召开会议\n会议指出，要抓好落实，推进各项工作，确保取得实效。\n"
    for line in ("字号：T T T", "字体：A+ A A-", "【字号：T T T】"):
        v = classify_lines(body + line, page=False)[2]
        assert (v.keep, v.rule) == (False, "share_bar"), line
    for line in ("字号：TAT", "字号：标准"):
        assert classify_lines(body + line, page=False)[2].keep, line


def test_the_new_patterns_are_linear() -> None:
    assert_linear(lambda s: _PHONE_ROW.fullmatch(s), "电话：" + "1 " * 20000 + "x", "电话：" + "1 " * 80000 + "x")
    assert_linear(lambda s: _ENUM.match(s), "第" * 20000 + "一", "第" * 80000 + "一")
    bar = "某市召开会议\n会议指出，要抓好落实。\n字号："
    assert_linear(lambda s: classify_lines(s, page=False), bar + "T " * 20000 + "x", bar + "T " * 80000 + "x")
