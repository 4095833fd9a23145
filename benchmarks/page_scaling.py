"""How :func:`govtext.clean` scales on adversarial page shapes: CPU time at n, 2n and 4n lines
(each doubling should about double it; a pass that reads the page once per line shows ratios
near 4). Reports only: the test suite counts the work instead (tests/test_page_scaling.py).

Shapes: many short lines, one line of about a million characters, table rows (``名称 | 数值``,
tab-separated, ``标签：值``), a menu line repeated, a headline list with dates, nested headings,
one sentence repeated, kept and dropped lines alternating, copies of the headline over short
rows, a page whose first line (its title) is a whole text, a footer repeated, search-phrase
lines, attachments between share bars, empty attachment labels after the article, and a data
table after the article that the region takes step by step.

Run: ``python -m benchmarks.page_scaling [--n N] [SHAPE ...]``.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from itertools import pairwise

import govtext

WORDS = ["学校", "教育", "通知", "工作", "安排", "会议", "学生", "教师", "课程", "管理", "服务", "招生"]
TITLE = "某市教育局关于做好义务教育招生工作的通知_某市人民政府网"
HEAD = "某市教育局关于做好义务教育招生工作的通知"
TOP = ["首页", "新闻中心", "政务公开", "办事服务", "您当前的位置：首页 > 政务公开 > 通知公告", HEAD,
       "发布时间：2024-03-08 09:30  来源：某市教育局"]
BODY = ["各区教育局、各直属学校：为做好今年义务教育招生入学工作，现将有关事项通知如下。",
        "一、招生对象为本市户籍适龄儿童，以及符合条件的随迁子女，各校要严格按照划片范围招生。",
        "二、各学校要在规定时间内完成报名审核工作，并及时向社会公布录取结果，接受群众监督。"]
END = ["版权所有：某市人民政府", "京ICP备00000000号-1"]
CN = "一二三四五六七八九十"


def _words(r: random.Random, k: int) -> str:
    return "".join(r.choice(WORDS) for _ in range(k))


def _page(lines: list[str]) -> str:
    return "\n".join([TITLE, *TOP, *BODY, *lines, *BODY, *END])


def short_lines(n: int, r: random.Random) -> str:
    return _page([_words(r, r.randint(1, 3)) for _ in range(n)])


def one_long_line(n: int, r: random.Random) -> str:
    return "".join(_words(r, 10) + r.choice("，。；、 ") for _ in range(n))


def pipe_table(n: int, r: random.Random) -> str:
    return _page([f"{_words(r, 2)} | {r.randint(1, 99999)}" for _ in range(n)])


def tab_table(n: int, r: random.Random) -> str:
    return _page([f"{_words(r, 2)}\t{r.randint(1, 9999)}\t{r.randint(1, 99)}.{r.randint(0, 9)}%" for _ in range(n)])


def label_value(n: int, r: random.Random) -> str:
    return _page([f"{_words(r, 1)}：{_words(r, r.randint(1, 4))}" for _ in range(n)])


def menu_repeated(n: int, r: random.Random) -> str:
    return _page(["首页 新闻中心 政务公开 办事服务 互动交流"] * n)


def headline_list(n: int, r: random.Random) -> str:
    return _page([f"{_words(r, r.randint(4, 9))} 20{r.randint(10, 24)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
                  for _ in range(n)])


def nested_headings(n: int, r: random.Random) -> str:
    marks = [lambda i: f"{CN[i % 10]}、", lambda i: f"（{CN[i % 10]}）", lambda i: f"{i % 9 + 1}.",
             lambda i: f"（{i % 9 + 1}）"]
    return _page([marks[i % 4](i // 4) + _words(r, 2 + 2 * (i % 4 == 3)) for i in range(n)])


def sentence_repeated(n: int, r: random.Random) -> str:
    return _page(["各学校要按照通知要求认真做好课后服务工作，确保学生安全。"] * n)


def kept_and_dropped(n: int, r: random.Random) -> str:
    chrome = ["返回顶部", "打印本页", "关闭窗口", "分享到：", "【字体：大 中 小】"]
    return _page([r.choice(chrome) if i % 2 else _words(r, 12) + "。" for i in range(n)])


def headline_over_rows(n: int, r: random.Random) -> str:
    rows = [HEAD if i % 7 == 0 else f"{_words(r, 1)} {r.randint(1, 9)}" for i in range(n)]
    rows += [f"{_words(r, 1)} {r.randint(1, 9)}" for _ in range(30)]
    return "\n".join([TITLE, *TOP[:4], *rows, "分享到：", *BODY, *END])


def text_as_title(n: int, r: random.Random) -> str:
    return "\n".join([one_long_line(n // 2, r), *TOP, *BODY, *["各学校要认真做好课后服务工作"] * n, *BODY, *END])


def footer_repeated(n: int, r: random.Random) -> str:
    return _page([f"京ICP备{10000000 + i}号" for i in range(n)])


def search_phrases(n: int, r: random.Random) -> str:
    return _page(["专项扣除 专项扣除标准 专项扣除怎么填 专项扣除附加"] * n)


def attachments(n: int, r: random.Random) -> str:
    return _page([f"附件{i}：{_words(r, 2)}.docx\n分享到：" for i in range(n // 2)])


def empty_labels(n: int, r: random.Random) -> str:
    return "\n".join([TITLE, *TOP, *BODY, *BODY, *["附件："] * n, *END])


def table_steps(n: int, r: random.Random) -> str:
    right: list[str] = []
    for _ in range(n // 7):
        right += [f"{r.randint(100, 999)}.{r.randint(0, 9)}" for _ in range(6)] + [_words(r, 5) + "。"]
    return "\n".join([TITLE, *TOP[:4], *(_words(r, 2) for _ in range(n)), *BODY, *BODY, *right, *END])


SHAPES: dict[str, tuple[Callable[[int, random.Random], str], int]] = {
    "short_lines": (short_lines, 10_000),
    "one_long_line": (one_long_line, 12_500),  # (about a million characters at 4n)
    "pipe_table": (pipe_table, 5_000),
    "tab_table": (tab_table, 5_000),
    "label_value": (label_value, 5_000),
    "menu_repeated": (menu_repeated, 5_000),
    "headline_list": (headline_list, 5_000),
    "nested_headings": (nested_headings, 5_000),
    "sentence_repeated": (sentence_repeated, 5_000),
    "kept_and_dropped": (kept_and_dropped, 5_000),
    "headline_over_rows": (headline_over_rows, 5_000),
    "text_as_title": (text_as_title, 5_000),
    "footer_repeated": (footer_repeated, 5_000),
    "search_phrases": (search_phrases, 5_000),
    "attachments": (attachments, 10_000),
    "empty_labels": (empty_labels, 5_000),
    "table_steps": (table_steps, 5_000),
}


def measure(name: str, n: int) -> list[tuple[int, float]]:
    """(characters, CPU seconds of clean) at n, 2n and 4n."""
    make = SHAPES[name][0]
    out = []
    for k in (1, 2, 4):
        text = make(n * k, random.Random(k))
        start = time.process_time()
        govtext.clean(text)
        out.append((len(text), time.process_time() - start))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("shapes", nargs="*", help=", ".join(SHAPES))
    ap.add_argument("--n", type=int, help="lines at n (default: the shape's own)")
    args = ap.parse_args(argv)
    govtext.clean("预热。")
    print(f"{'shape':20s} {'chars at n':>10s}  {'s at n':>7s} {'2n':>7s} {'4n':>7s}  ratios")
    for name in args.shapes or SHAPES:
        ts = measure(name, args.n or SHAPES[name][1])
        ratios = " ".join(f"{b[1] / max(a[1], 1e-9):.2f}" for a, b in pairwise(ts))
        print(f"{name:20s} {ts[0][0]:10d}  " + " ".join(f"{t:7.2f}" for _, t in ts) + f"  {ratios}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
