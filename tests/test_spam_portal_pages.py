"""Classes of failure found on held-out pages 245-256 (session 23, BH21: the pages a crawl of
government and education portals is made of), each on our own page text: a download box after a
list a line introduced."""

from __future__ import annotations

from govtext.spam import classify_lines

MENU = ["首页", "政务公开", "政务服务", "政民互动", "走进某区"]
FOOT = ["关于我们 | 网站地图 | 联系我们", "主办：某区人民政府办公室 网站标识码：3300000000", "某ICP备10000001号-1"]


def kept(lines: list[str]) -> dict[str, bool]:
    text = "\n".join(lines)
    return {line: v.keep for line, v in zip(text.split("\n"), classify_lines(text))}


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
