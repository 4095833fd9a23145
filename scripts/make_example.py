"""Build the bundled example crawl (src/govtext/examples/crawl.jsonl).

The pages are our own writing (invented places, people and numbers). Crawl
artifacts are applied programmatically so that they are the real thing:
UTF-8 bytes decoded as GBK, GBK bytes read as Latin-1, UTF-8 read as cp1252, traditional script
(OpenCC's s2t) with pinyin inserted after converted characters, keyword-spam
headers, navigation, share bars, metadata, related-article blocks, ICP footers,
PDF spacing, lost quotes and lossy markers.

Needs the dev tools `opencc` (official binding) and `pypinyin`; run:
    python scripts/make_example.py
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "govtext" / "examples" / "crawl.jsonl"


def gbk_mojibake(s: str) -> str:
    """UTF-8 bytes read as GBK: what a mis-declared page shows."""
    return s.encode("utf-8").decode("gbk", errors="replace")


def gbk_as_latin1(s: str) -> str:
    """GBK bytes read as Latin-1: what an old GBK page shows in a Latin-1 pipeline."""
    return s.encode("gbk").decode("latin-1")


def cp1252_mojibake(s: str) -> str:
    """UTF-8 bytes read as Windows-1252."""
    return s.encode("utf-8").decode("cp1252", errors="replace")


def traditional(s: str, config: str = "s2t") -> str:
    import opencc

    return opencc.OpenCC(f"{config}.json").convert(s)


def with_pinyin(s: str) -> str:
    """Traditional text with the tone-marked pinyin of converted characters after them."""
    from pypinyin import Style, pinyin

    simp = s
    trad = traditional(s)
    out = []
    for a, b in zip(simp, trad):
        out.append(b)
        if a != b:
            out.append("(" + pinyin(a, style=Style.TONE)[0][0] + ")")
    return "".join(out)


SPAM_1 = "免费在线视频_一区二区三区_最新网址_高清无码"
SPAM_2 = "久久精品在线观看 | 午夜福利视频 | 亚洲一区二区 | 在线观看免费 |"
SPAM_3 = "澳门赌场官网,真人百家乐,网上棋牌平台,彩票投注首选"


def page(id_: str, url: str, lines: list[str]) -> dict[str, str]:
    return {"id": id_, "url": url, "text": "\n".join(lines)}


def pages() -> list[dict[str, str]]:
    p = []
    p.append(page("ex-01", "http://edu.example.gov.cn/a/001.html", [
        SPAM_1,
        with_pinyin("您当前的位置：首页 > 教育 > 正文"),
        with_pinyin("市教委发布中小学课后服务新规"),
        "2024-03-08 09:30:12   " + with_pinyin("来源：市教育委员会  分享到微博"),
        "",
        with_pinyin("一、总体要求"),
        with_pinyin("按照《义务教育课后服务指南(2021—2025年)》，全市将用三至五年时间完善课后服务体系。"),
        with_pinyin("二、主要措施"),
        with_pinyin("（一）扩大服务覆盖面，财政每年安排450余万元专项经费。"),
        with_pinyin("（二）加强教师队伍建设，教师参与率达到百分之九十以上。"),
        with_pinyin("[责任编辑：王明]"),
        with_pinyin("版权所有 市教育网  京ICP备00000000号-1"),
    ]))
    p.append(page("ex-02", "http://news.example.com/edu/2023/0112.html", [
        "首页 > 教育 > 正文",
        "区教育局召开2023年工作会议",
        "发布时间：2023-01-12  来源：区教育局",
        gbk_mojibake("会议总结了2022年全区教育工作，部署了新一年的重点任务。"),
        "会议指出，要深入贯彻党的二十大精神，落实“双减”政策，推进义务教育优质均衡发展。",
        "一是加强学位供给，新建学校5所；二是推进集团化办学，覆盖率超50%。",
        "分享到： 微信 微博 QQ空间",
        "上一篇：全区中小学开学工作有序推进",
        "下一篇：教师节表彰大会举行",
        "Copyright © 2023 区教育局 版权所有 沪公网安备31000000000000号",
    ]))
    p.append(page("ex-03", "http://doc.example.net/p/547.html", [
        "某县推进学前教育普及普惠三年行动方案.doc",
        "上传人：z**** 文档编号：12345678 上传时间：2023-07-12 格式：DOC 页数：6",
        "某县推进学前教育普及普惠三年行动方案.doc_第1页",
        "第1页 / 共6页",
        "一、工作目标 到2025年，全县学前三年毛入园率达到95%以上，普惠性幼儿园覆盖率不低于90%。",
        "二、主要任务 （一）扩大普惠资源 1.新建改扩建幼儿园12所。2.规范民办园收费。",
        "（二）提升保教质量 1.开展园长培训。2.健全教研指导网络。",
        "展开阅读全文",
        "相关资源",
        "蜀ICP备00000000号",
    ]))
    p.append(page("ex-04", "http://law.example.org/rules/12.html", [
        "您的当前位置：首页 > 法规库",
        "某市校外培训机构管理办法",
        "第一章 总则",
        "第一条 为规范校外培训行为，减轻学生过重负担，根据有关法律法规，制定本办法。",
        "第二条 本办法适用于本市行政区域内面向中小学生的校外培训机构。",
        "第二章 设立与审批",
        "第三条 设立校外培训机构，应当具备下列条件：",
        "（一）有符合规定的名称和章程；",
        "（二）有与培训规模相适应的场所；",
        "（三）有具备相应资格的教学人员。",
        "第四条 审批机关应当自受理申请之日起三十日内作出决定。",
        "打印本页 关闭窗口",
    ]))
    p.append(page("ex-05", "http://www.example-tianxia.com/jy/889.html", [
        SPAM_3,
        "天下网 > 教育 > 正文",
        "山区学校用上“空中课堂”",
        "浏览次数：1024  发布时间：2022-11-03",
        "今年以来，某县投入专项资金3.5亿元，为126所乡村学校配齐多媒体设备。",
        "县教育局负责人介绍，全县将在三年内实现优质课程资源全覆盖。",
        "猜你喜欢",
        "乡村教师的一天",
        "秋季学期开学第一课",
        "校园安全月活动启动",
        SPAM_2,
    ]))
    p.append(page("ex-06", "http://pdf.example.edu.cn/report.html", [
        "\u3000\u3000全市教育工作情况通报",
        "\u3000\u30002022 年7 月8 日，市教育局召开专题会议，研究部署秋季学期工作。",
        "\u3000\u3000截至目前，全市共建立帮扶工作专班37 个，交流教师2032 人。",
        "\u00a0\u00a0会议要求，各校要在9 月1 日前完成\u200b设备检修。",
    ]))
    p.append(page("ex-07", "http://wenku.example.com/view/77.html", [
        "落实?义务教育学校管理标准?的要求，全面推进学校标准化建设。",
        "各校要认真学习?中小学德育工作指南?和?新时代爱国主义教育实施纲要?。",
        "你了解这些新规定吗?",
    ]))
    p.append(page("ex-08", "http://intl.example.gov.cn/en/5.html", [
        "国际交流合作项目简介",
        "English summary: " + cp1252_mojibake("The exchange programme — “Bridge” — starts in September."),
        "本项目由市教育局与友好城市共同发起，首批选派教师20名。",
    ]))
    p.append(page("ex-09", "http://old.example.gov.cn/n/3.html", [
        "通知公告",
        "关于做好2023年招生工作的通知锟斤拷锟斤拷",
        "各区教育局：现将有关事项通知如下\ufffd\ufffd请认真贯彻执行。",
    ]))
    p.append(page("ex-10", "http://stat.example.gov.cn/n/10.html", [
        "首页 > 统计数据",
        "2022—2023学年全市教育事业发展统计公报",
        "全市共有各级各类学校1,286所，在校生约156.4万人，比上年增长百分之三点五。",
        "学前三年毛入园率达到98%，九年义务教育巩固率为百分之百。",
        "全年教育经费总投入450余万元用于教师培训，另有5万到8万元的专项奖励。",
        "未来三至五年，全市将新增学位2万个左右。",
        "来源：市统计局  编辑：李华  审核：张强",
    ]))
    p.append(page("ex-11", "http://news.example.com/edu/kw.html", [
        "中小学生近视防控工作推进会召开",
        "关键词：近视防控,体育锻炼,视力监测",
        "会议强调，要保证学生每天校内体育活动时间不少于1小时。",
        "天下网提醒您重点留意网页中出现的以下词汇：",
        "近视,防控,体育,视力,学生",
        "免责声明：本文仅代表作者观点，与本站无关。",
    ]))
    p.append(page("ex-12", "http://news.example.com/edu/punct.html", [
        "市教育局:全面提升课后服务质量",
        "各学校要统筹校内外资源,丰富课后服务内容;鼓励教师参与,提高服务水平!",
        "时间安排为每天16:30至18:00,收费标准不超过每月300元。",
    ]))
    p.append(page("ex-13", "http://www.example.gov.cn/zwgk/clean.html", [
        "关于进一步加强中小学教师队伍建设的实施意见",
        "为深入贯彻落实党的二十大精神，全面落实“十四五”教育发展规划，现提出如下意见。",
        "一、总体要求",
        "坚持把教师队伍建设作为基础工作，努力造就一支高素质专业化创新型教师队伍。",
        "二、重点任务",
        "（一）加强师德师风建设。",
        "（二）提升教师专业能力。",
    ]))
    p.append(page("ex-14", "http://en.example.org/post/1.html", [
        "School meals programme expands to 40 rural counties",
        "The provincial education department said on Monday that the programme will reach 1.2 million pupils by 2025.",
    ]))
    p.append(page("ex-15", "http://tw.example.com/edu/15.html", [
        gbk_as_latin1("教育部公布新学年课程纲要"),
        traditional("新学年将在全部中小学推行素养导向的课程，并加强资讯教育。", "s2twp"),
        traditional("教育部表示，相关配套措施将于明年上路。", "s2tw"),
    ]))
    p.append(page("ex-16", "http://doc.example.net/p/900.html", [
        "三、主要措施 一实施课堂提质工程，引领教学方式变革 1强化课堂教学管理，完善听课评课制度。2推进作业改革，减轻学生负担。 二实施教师发展工程，建设高素质队伍 1完善教师培训体系。",
    ]))
    p.append(page("ex-17", "http://www.example-edu.cn/show/17.html", [
        "【字体：大 中 小】 视力保护色 打印本页 关闭窗口",
        "市教育局举办校长能力提升研修班",
        "日前，为期五天的校长能力提升研修班在市教师发展中心开班，来自全市的120名校长参加研修。",
        "责任编辑：",
        "刘洋",
        "相关阅读",
        "校长论坛在我市举行",
        "名校长工作室揭牌",
    ]))
    p.append(page("ex-18", "http://hk.example.com/news/18.html", [
        traditional("特区政府教育局公布新学年学校资助安排，合资格学生可申请上网费津贴。", "s2hk"),
        traditional("当局表示，申请将于九月一日开始接受。", "s2hk"),
    ]))
    p.append(page("ex-19", "http://www.example.gov.cn/zwgk/19.html", [
        "我区扎实推进“双减”工作",
        "一是压减作业总量，二是提升课后服务水平，三是规范校外培训。",
        "全区统一推行“一校一案”，确保每一所学校都有特色课程，共建“一带一路”教育交流平台。",
        "截至2023年1月12日，全区已有三十六所学校完成改造。",
    ]))
    p.append(page("ex-20", "http://news.example.com/edu/20.html", [
        ",",
        "!",
        "图片",
        "(下滑查看更多)",
        "教育新闻",
        "省教育厅公布第二批基础教育实验区名单，全省共有15个县区入选。",
        "如需转载请注明来源",
        "关于我们| 联系我们| 广告服务| 网站地图",
    ]))
    return p


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    ps = pages()
    with OUT.open("w", encoding="utf-8") as fh:
        for pg in ps:
            fh.write(json.dumps(pg, ensure_ascii=False) + "\n")
    print(f"wrote {len(ps)} pages to {OUT}")


if __name__ == "__main__":
    main()
