"""Classes of lines that session 33's held-out pages 533-544 (BHA) showed the rules and the page
reading lost or missed. Each page is our own invented text; the look-alikes go or stay as before."""

from __future__ import annotations

from govtext.spam import classify_lines
from page_common import rows_lost

CLINIC_HEAD = ["骨科-科室导航-某市中心医院", "某市中心医院", "首页 医院概况 科室导航 就医指南 健康科普",
               "首页 > 科室导航 > 外科系统 > 骨科"]
CLINIC_FOOT = ["科室新闻", "骨科举办关节健康义诊 2026-10-12", "更多>>", "地址：某市健康路1号 总机：0000-00000000",
               "某市中心医院 版权所有 某ICP备00000001号"]
TEAM = ["骨科", "科室简介", "骨科是市级重点专科，设创伤、关节、脊柱三个病区，开放床位90张，配备层流手术室四间和康复训练室一间。科室年门诊量约六万人次，年完成各类骨科手术三千余台。",
        "特色技术", "1. 人工关节置换", "2. 脊柱微创手术", "3. 运动医学关节镜", "4. 骨质疏松症综合防治", "专家团队", "赵某某", "主任医师 科主任", "擅长：膝关节、髋关节置换及运动损伤的诊治", "预约挂号", "钱某某", "副主任医师",
        "擅长：颈椎病、腰椎间盘突出症的微创治疗", "预约挂号", "孙某", "主治医师", "擅长：四肢骨折、骨盆骨折的微创治疗", "预约挂号", "就诊指南",
        "门诊地点：门诊楼二楼A区", "病区地点：住院部五楼、六楼", "科室电话：0000-11112222"]


def test_a_call_to_act_under_each_entry_is_the_entries_button() -> None:
    """预约挂号 under each doctor (three times, each between the lines kept) is a button of each entry
    of the page's list, blank to the page reading: the doctors after the first stay (before, the
    first button ended the article and the rest went as a run of short lines after it)."""
    assert rows_lost(CLINIC_HEAD, CLINIC_FOOT, (), TEAM) == ["预约挂号"] * 3


def test_a_call_to_act_standing_once_or_twice_is_no_entries_button() -> None:
    """Twice is no list's button: the page reads as before (the entries after the first button go)."""
    team = [s for s in TEAM if s != "预约挂号"]
    rows = [*team[:7], "预约挂号", *team[7:10], "预约挂号", *team[10:]]
    verdicts = classify_lines("\n".join([*CLINIC_HEAD, *rows, *CLINIC_FOOT]))
    assert not any("button under each entry" in v.reason for v in verdicts)


DISH_HEAD = ["清炒山药的做法_家常菜谱_某某厨房", "某某厨房", "首页 菜谱大全 食材百科 厨房技巧 健康饮食", "登录 | 注册",
             "首页 > 菜谱大全 > 家常菜 > 清炒山药", "清炒山药", "某某的小厨房", "关注", "4.6分 1,024人做过 8.3万浏览 收藏 512"]
DISH_FOOT = ["相关菜谱", "山药排骨汤", "蓝莓山药", "下载某某厨房APP，离线也能看菜谱", "关于我们 | 联系我们 | 隐私政策",
             "© 2026 某某厨房 某ICP备00000002号"]
DISH = ["山药口感清脆，做法也很简单，十分钟就能端上桌。搭配木耳和胡萝卜，颜色好看，营养也更均衡。",
        "难度：初级", "时间：10分钟", "用料", "山药", "300克", "木耳", "一小把", "胡萝卜", "半根", "食盐", "2克", "香葱", "适量",
        "清炒山药的做法步骤", "1. 山药去皮切片，放入清水中浸泡，防止氧化变黑。", "2. 木耳提前泡发，胡萝卜切片备用。",
        "3. 锅中倒油烧热，先下胡萝卜和木耳翻炒一分钟。", "4. 倒入山药片大火快炒两分钟，加盐调味，撒上葱花即可。"]


def test_a_table_of_items_and_their_quantities_above_the_region_stays() -> None:
    """A recipe's 用料 crawled one cell a line (山药 / 300克 / 木耳 / 一小把 …: items and quantities in
    turn) right above the steps is a table of two columns the region grows over, with the fields over
    it (before, it went as a run of short lines before the article)."""
    assert not {"山药", "300克", "香葱", "适量", "难度：初级"} & set(rows_lost(DISH_HEAD, DISH_FOOT, (), DISH))


def test_titles_beside_their_counts_are_no_table_of_quantities() -> None:
    """A hot list's titles, each over its count (1.2万: a magnitude, no measure word), are no such table:
    they go as before."""
    hot = ["热门文章", "某县召开全县教育工作会议部署新学期工作", "1.2万", "某县中小学开展秋季运动会", "8,016",
           "某县新建三所公办幼儿园投入使用", "3.6万"]
    rows = [*DISH[14:], *hot]
    assert set(hot) <= set(rows_lost(DISH_HEAD, DISH_FOOT, (), rows))
