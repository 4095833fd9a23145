"""fix_mojibake gives the same answer whatever thread runs it, alongside others."""

from __future__ import annotations

import random
import sys
from concurrent.futures import ThreadPoolExecutor

from govtext.mojibake import fix_mojibake

_WORDS = [
    "新建", "学校", "教育", "管理", "工作", "会议", "通知", "发展", "规划", "年度",
    "建设", "公共", "服务", "农村", "城市", "道路", "交通", "安全", "检查", "报告",
]


def _damaged_lines() -> list[str]:
    rng = random.Random(4242)
    lines = []
    for _ in range(120):
        text = "".join(rng.choice(_WORDS) for _ in range(rng.randint(3, 7)))
        once = text.encode("utf-8").decode("gbk", "replace")
        twice = once.encode("utf-8").decode("gbk", "replace")
        lines.append("第一段：" + once + "。")
        lines.append(twice + "结束")
    return lines


def test_threaded_same_as_serial() -> None:
    lines = _damaged_lines()
    serial = [fix_mojibake(t) for t in lines]
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for _ in range(2):
            from govtext import mojibake

            mojibake._RUN_MEMO.clear()
            with ThreadPoolExecutor(8) as pool:
                threaded = list(pool.map(fix_mojibake, lines))
            assert threaded == serial
    finally:
        sys.setswitchinterval(old)
