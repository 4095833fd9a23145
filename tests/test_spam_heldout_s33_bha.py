"""Classes of lines that session 33's held-out pages 533-544 (BHA) showed the rules and the page
reading lost or missed. Each page is our own invented text; the look-alikes go or stay as before."""

from __future__ import annotations

from govtext.spam import classify_lines
from linear_common import assert_linear
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


CASE_HEAD = ["办件查询结果-某市政务服务网", "首页 > 办件查询 > 查询结果"]
CASE_FOOT = ["您对本次办件的服务是否满意？", "非常满意 满意 基本满意 不满意", "去评价",
             "温馨提示：办件信息仅供查询参考，如有疑问请拨打12345政务服务便民热线。",
             "主办单位：某市人民政府办公室 网站标识码：0000000001 某ICP备00000004号"]
CASE = ["办件信息", "办件编号：000000202611200001", "事项名称：食品经营许可（新办）", "申请人：某市某某面馆（王**）",
        "受理部门：某市市场监督管理局", "承诺时限：5个工作日", "办理过程", "2026-11-20 09:12:40", "收件 某市政务服务中心 综合窗口 6号",
        "2026-11-20 09:35:02", "受理 某市市场监督管理局 许可科", "2026-11-23 15:48:19", "审核 某市市场监督管理局 许可科 审核意见：同意",
        "2026-11-24 10:05:51", "办结 某市市场监督管理局 办理结果：准予许可"]


def test_the_sites_note_under_a_rating_bar_is_no_article_of_a_record_page() -> None:
    """温馨提示：… under the rating bar that ends a 办件查询 record is the site's note: dropped, it is no
    longer the page's one sentence, which the page reading took for the article (the record's field
    rows and steps went as page chrome above it)."""
    lost = rows_lost(CASE_HEAD, CASE_FOOT, (), CASE)
    assert not {"事项名称：食品经营许可（新办）", "受理 某市市场监督管理局 许可科"} & set(lost)
    verdicts = classify_lines("\n".join([*CASE_HEAD, *CASE, *CASE_FOOT]))
    assert not verdicts[len(CASE_HEAD) + len(CASE) + 3].keep


def test_date_times_each_over_a_step_rising_are_the_process_record() -> None:
    """Bare date-times, each over its step and rising, are a process's record (办理过程), not the page's
    date four times, nor comment headers."""
    assert [s for s in rows_lost(CASE_HEAD, CASE_FOOT, (), CASE) if s.startswith("2026-")] == []


def test_date_times_falling_under_headlines_go_as_before() -> None:
    """A list's headlines each over a date-time, newest first (the times falling), are no process: the
    bare date-times go as the page's dates, as before."""
    listing = ["某县召开安全生产工作会议", "2026-11-24 10:05:51", "某县开展消防演练", "2026-11-23 15:48:19",
               "某县举行秋季运动会", "2026-11-20 09:35:02"]
    verdicts = classify_lines("\n".join([*CASE_HEAD, *CASE[:6], *listing]))
    assert [v.keep for v in verdicts[-6:]][1::2] == [False, False, False]


def test_a_result_pages_search_again_button_is_an_interface_word() -> None:
    """重新查询 under a 办件查询 result's rating bar is an interface word (the page's buttons with new
    characters, 立即购买, 选择场次, 去评价, were left out: each new character of the chrome words makes the
    gate read more lines)."""
    v = classify_lines("办结 某局 办理结果:准予许可\n重新查询\n主办单位：某市人民政府办公室")[1]
    assert (v.keep, v.rule) == (False, "chrome")


def test_the_new_passes_are_linear_on_long_pages() -> None:
    """Thousands of entries each over its button, of items and quantities in turn, of date-times each
    over its step, and long lines of the new patterns' characters: each pass reads them in linear time."""

    def make(n: int) -> str:
        rows = [*CLINIC_HEAD, *TEAM[:12]]
        for k in range(n):
            rows += [f"某某{k}", "主任医师", "擅长：冠心病、高血压的诊治", "预约挂号"]
        rows += [f"食材{k}" if k % 2 == 0 else f"{k}克" for k in range(2 * n)]
        rows += ["办理过程"] + [s for k in range(n) for s in (f"2026-11-{1 + k // 1000:02d} {k // 60 % 24:02d}:{k % 60:02d}:00", "受理 某局")]
        rows += ["预约" + "挂" * n, "1" * n + "克", "温馨提示:" + "提" * n, "2026-11-20 09:12:40" + ":00" * n]
        return "\n".join([*rows, *CLINIC_FOOT])

    assert_linear(classify_lines, make(300), make(1200), label="s33 bha passes")
