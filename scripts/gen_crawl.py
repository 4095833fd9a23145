"""Generate a deterministic, crawl-like JSONL data set of a given size.

Every page is assembled from short sentences written for this script in the
style of Chinese government and education notices, with the artifacts govtext
cleans: keyword-spam titles, breadcrumbs with pinyin after characters,
traditional script, UTF-8 lines read as GBK, share/navigation lines, ICP
footers, numbered sections, Chinese numerals. A small share of broken records
(truncated JSON, missing field) can be mixed in.

Same arguments, same bytes: everything comes from ``random.Random(seed)``.

    python scripts/gen_crawl.py /tmp/crawl.jsonl --size 100MB
    python scripts/gen_crawl.py /tmp/crawl.jsonl.gz --size 20MB --broken 0.001
    python scripts/gen_crawl.py /tmp/shards/ --shards 8 --size 50MB --ext .jsonl.zst
    python scripts/gen_crawl.py /tmp/crawl.parquet --size 5MB        # needs pyarrow

The output extension picks the format: ``.jsonl``, ``.jsonl.gz``, ``.jsonl.zst``
(zstandard), ``.parquet`` (pyarrow).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

# --- vocabulary (written for this generator) -------------------------------------------------

PLACES = ["市", "区", "县", "省", "镇", "开发区", "新区"]
BODIES = ["教育局", "教育委员会", "人民政府办公室", "财政局", "人力资源和社会保障局",
          "卫生健康委员会", "科学技术局", "文化和旅游局", "体育局", "住房和城乡建设局"]
TOPICS = ["义务教育", "学前教育", "职业教育", "课后服务", "校园安全", "教师队伍建设",
          "学位供给", "体育美育", "劳动教育", "心理健康", "营养改善", "乡村学校"]
VERBS = ["推进", "落实", "加强", "完善", "深化", "健全", "优化", "统筹"]
NUM_CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
UNITS = ["所", "名", "个", "项", "万元", "亿元", "人次", "平方米"]

SENTENCES = [
    "{place}{body}召开{year}年{topic}工作会议，部署下一阶段重点任务。",
    "会议要求，各单位要{verb}{topic}，确保各项措施落到实处。",
    "全年新建和改扩建学校{n}所，新增学位{m}个，有效缓解了入学压力。",
    "{place}财政安排{topic}专项资金{n}万元，比上年增长百分之{cn}。",
    "截至{year}年{month}月底，全{place}共有{n}名教师参加了{topic}专题培训。",
    "下一步，{place}{body}将继续{verb}{topic}，努力办好人民满意的教育。",
    "各学校要在{month}月{day}日前完成自查，并将结果报送{body}。",
    "本次活动覆盖学生{n}人次，参与率达到{p}%以上。",
    "文件提出，到{year}年，{topic}覆盖率要达到{cn}成以上。",
    "{place}{body}主要负责同志出席会议并讲话，对{topic}提出{cn}点要求。",
    "通知明确了{topic}的工作目标、主要任务和保障措施。",
    "相关负责人介绍，今年计划投入{n}亿元用于{topic}，约占总投入的{p}%。",
    "第{cn}批试点学校名单已经公布，共涉及{n}所中小学。",
    "家长可通过{place}{body}官方网站或服务热线咨询有关政策。",
    "此次调研共走访学校{n}所，召开座谈会{m}场，收集意见建议{k}条。",
]

SPAM_WORDS = ["免费电影在线看", "最新网址导航", "高清资源下载", "手机版入口", "彩票平台注册",
              "棋牌游戏大厅", "全网最低价", "一键领取红包", "精品视频专区", "官方认证网址"]
NAV = ["首页 | 机构概况 | 政务公开 | 办事服务 | 互动交流",
       "网站首页  新闻中心  通知公告  政策文件  联系我们",
       "首页 > 新闻动态 > 工作动态"]
SHARE = ["分享到：微信 微博 QQ空间", "【打印本页】【关闭窗口】", "扫一扫在手机打开当前页",
         "上一篇：全区开学工作有序推进", "下一篇：暑期安全教育专题活动举行"]
SECTION_HEADS = ["总体要求", "主要任务", "保障措施", "工作安排", "组织实施", "监督检查"]

# A small simplified -> traditional table (facts about character forms), and the pinyin of
# some of those characters, to write traditional pages with ruby annotations.
S2T = str.maketrans({
    "当": "當", "学": "學", "务": "務", "网": "網", "区": "區", "经": "經", "费": "費",
    "责": "責", "设": "設", "权": "權", "发": "發", "质": "質", "会": "會", "议": "議",
    "教": "教", "育": "育", "师": "師", "训": "訓", "财": "財", "政": "政", "实": "實",
    "计": "計", "划": "劃", "资": "資", "县": "縣", "镇": "鎮", "开": "開", "关": "關",
    "员": "員", "办": "辦", "规": "規", "观": "觀", "现": "現", "业": "業", "长": "長",
    "体": "體", "乡": "鄉", "动": "動", "导": "導", "总": "總", "统": "統", "筹": "籌",
    "强": "強", "进": "進", "这": "這", "为": "為", "与": "與", "项": "項", "万": "萬",
    "亿": "億", "两": "兩", "场": "場", "单": "單", "报": "報", "级": "級", "时": "時",
})
RUBY = {"當": "dāng", "學": "xué", "務": "wù", "網": "wǎng", "區": "qū", "經": "jīng",
        "費": "fèi", "責": "zé", "設": "shè", "權": "quán", "質": "zhì", "議": "yì"}


def _fill(rng: random.Random, template: str) -> str:
    return template.format(
        place=rng.choice(PLACES), body=rng.choice(BODIES), topic=rng.choice(TOPICS),
        verb=rng.choice(VERBS), year=rng.randint(2015, 2025), month=rng.randint(1, 12),
        day=rng.randint(1, 28), n=rng.randint(2, 9999), m=rng.randint(10, 50000),
        k=rng.randint(5, 900), p=rng.randint(10, 99), cn=rng.choice(NUM_CN),
    )


def _ruby(rng: random.Random, line: str) -> str:
    # pinyin in parentheses after some characters that have a reading in RUBY
    parts = []
    for ch in line:
        parts.append(ch)
        if ch in RUBY and rng.random() < 0.5:
            parts.append(f"({RUBY[ch]})")
    return "".join(parts)


def page(rng: random.Random) -> str:
    """One crawl-like page."""
    lines: list[str] = []
    if rng.random() < 0.3:
        lines.append("_".join(rng.sample(SPAM_WORDS, 4)))
    if rng.random() < 0.5:
        lines.append(rng.choice(NAV))
    title = _fill(rng, "{place}{body}关于{verb}{topic}的通知")
    lines.append(title)
    lines.append(f"发布时间：{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                 f"  来源：{rng.choice(PLACES)}{rng.choice(BODIES)}")
    lines.append("")
    for s in range(rng.randint(2, 5)):
        lines.append(f"{NUM_CN[s]}、{rng.choice(SECTION_HEADS)}")
        for _ in range(rng.randint(2, 5)):
            n_sent = rng.randint(2, 5)
            lines.append("".join(_fill(rng, rng.choice(SENTENCES)) for _ in range(n_sent)))
    if rng.random() < 0.5:
        lines.append(rng.choice(SHARE))
    lines.append(f"版权所有 {rng.choice(PLACES)}{rng.choice(BODIES)}  "
                 f"京ICP备{rng.randint(10000000, 99999999)}号-{rng.randint(1, 9)}")
    r = rng.random()
    if r < 0.15:  # a traditional page, with pinyin after some characters
        lines = [_ruby(rng, x.translate(S2T)) if i < 3 else x.translate(S2T)
                 for i, x in enumerate(lines)]
    elif r < 0.25:  # one body line read as GBK
        i = rng.randrange(len(lines))
        lines[i] = lines[i].encode("utf-8").decode("gbk", errors="replace")
    return "\n".join(lines)


def records(seed: int, broken: float) -> Iterator[bytes]:
    """JSON lines (bytes, without newline), forever."""
    rng = random.Random(seed)
    i = 0
    while True:
        doc: dict[str, Any] = {
            "id": f"{seed}-{i}",
            "url": f"http://www.example.gov.cn/{rng.randint(1000, 9999)}/{i}.html",
            "text": page(rng),
        }
        i += 1
        line = json.dumps(doc, ensure_ascii=False).encode("utf-8")
        if broken and rng.random() < broken:
            line = line[: len(line) // 2] if rng.random() < 0.5 else b'{"id": "no-text"}'
        yield line


def _open(path: Path) -> IO[bytes]:
    name = path.name
    if name.endswith(".gz"):
        return gzip.open(path, "wb", compresslevel=6)  # type: ignore[return-value]
    if name.endswith(".zst"):
        import zstandard

        return zstandard.ZstdCompressor(level=3).stream_writer(path.open("wb"))  # type: ignore[return-value]
    return path.open("wb")


def write_jsonl(path: Path, size: int, seed: int, broken: float) -> int:
    """Write JSON lines until *size* uncompressed bytes; return the number of records."""
    n = written = 0
    with _open(path) as fh:
        buf = io.BytesIO()
        for line in records(seed, broken):
            buf.write(line + b"\n")
            written += len(line) + 1
            n += 1
            if buf.tell() > 1 << 20:
                fh.write(buf.getvalue())
                buf = io.BytesIO()
            if written >= size:
                break
        fh.write(buf.getvalue())
    return n


def write_parquet(path: Path, size: int, seed: int) -> int:
    """Write a Parquet file with columns id, url, text (no broken records)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    n = written = 0
    writer = None
    rows: list[dict[str, Any]] = []
    for line in records(seed, 0.0):
        rows.append(json.loads(line))
        written += len(line) + 1
        n += 1
        if len(rows) >= 2000 or written >= size:
            table = pa.Table.from_pylist(rows)
            writer = writer or pq.ParquetWriter(path, table.schema)
            writer.write_table(table)
            rows = []
        if written >= size:
            break
    if writer:
        writer.close()
    return n


def parse_size(s: str) -> int:
    """``"100MB"`` -> 100_000_000 (decimal units: KB, MB, GB)."""
    s = s.strip().upper()
    for unit, mult in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3), ("B", 1)):
        if s.endswith(unit):
            return int(float(s[: -len(unit)]) * mult)
    return int(s)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("output", help="output file, or a directory with --shards")
    ap.add_argument("--size", default="10MB", help="total uncompressed size (default 10MB)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--broken", type=float, default=0.0, help="share of broken records")
    ap.add_argument("--shards", type=int, default=0, help="write N files into OUTPUT/")
    ap.add_argument("--ext", default=".jsonl", help="shard extension with --shards")
    args = ap.parse_args(argv)
    size = parse_size(args.size)
    out = Path(args.output)
    if args.shards:
        out.mkdir(parents=True, exist_ok=True)
        targets = [(out / f"part-{i:05d}{args.ext}", size // args.shards, args.seed * 100003 + i)
                   for i in range(args.shards)]
    else:
        targets = [(out, size, args.seed)]
    total = 0
    for path, n_bytes, seed in targets:
        if path.name.endswith(".parquet"):
            total += write_parquet(path, n_bytes, seed)
        else:
            total += write_jsonl(path, n_bytes, seed, args.broken)
    print(f"{total} records, {size / 1e6:.1f} MB -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
