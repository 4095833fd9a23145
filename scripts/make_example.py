"""Build the bundled example crawl (src/govtext/examples/crawl.jsonl).

The pages are our own writing. Crawl artifacts are applied programmatically so
that they are the real thing: UTF-8 bytes decoded as GBK, pinyin inserted after
traditional characters, keyword-spam headers, navigation and footers.

Run: python scripts/make_example.py
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "govtext" / "examples" / "crawl.jsonl"


def gbk_mojibake(s: str) -> str:
    """UTF-8 bytes read as GBK: what a mis-declared page shows."""
    return s.encode("utf-8").decode("gbk", errors="replace")


PAGES: list[dict[str, str]] = [
    {
        "id": "example-001",
        "url": "http://edu.example.gov.cn/a/001.html",
        "text": "\n".join(
            [
                "免费在线视频_一区二区三区_最新网址_高清无码",
                "您當(dāng)前的位置：首頁 > 教育 > 正文",
                "市教委發(fā)布中小學(xué)課後服務(wù)新規(guī)",
                "2024-03-08 09:30:12   來源：市教育委員會  分享到微博",
                "",
                "一、總體要求",
                "按照《義務(wù)教育課後服務(wù)指南(2021—2025年)》，全市將用三至五年時間完善課後服務(wù)體系。",
                "二、主要措施",
                "（一）擴大服務(wù)覆蓋面，財政每年安排450余萬元專項經(jīng)費(fèi)。",
                "（二）加強教師隊伍建設(shè)，參與率達到百分之九十以上。",
                "[責(zé)任編輯：王明]",
                "版權(quán)所有 市教育網(wǎng)  京ICP備00000000號-1",
            ]
        ),
    },
    {
        "id": "example-002",
        "url": "http://news.example.com/edu/2023/0112.html",
        "text": "\n".join(
            [
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
            ]
        ),
    },
    {
        "id": "example-003",
        "url": "http://doc.example.net/p/547.html",
        "text": "\n".join(
            [
                "某县推进学前教育普及普惠三年行动方案.doc",
                "上传人：z**** 文档编号：12345678 上传时间：2023-07-12 格式：DOC 页数：6",
                "第1页 / 共6页",
                "一、工作目标 到2025年，全县学前三年毛入园率达到95%以上，普惠性幼儿园覆盖率不低于90%。",
                "二、主要任务 （一）扩大普惠资源 1.新建改扩建幼儿园12所。2.规范民办园收费。",
                "（二）提升保教质量 1.开展园长培训。",
                "展开阅读全文",
                "相关资源",
                "蜀ICP备00000000号",
            ]
        ),
    },
]


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for page in PAGES:
            fh.write(json.dumps(page, ensure_ascii=False) + "\n")
    print(f"wrote {len(PAGES)} pages to {OUT}")


if __name__ == "__main__":
    main()
