"""The linear-time check the adversarial tests share: a function on an input n and on one of 4n
must take less than 8 times as long (a square would take 16), plus 0.05 s of slack for a loaded
machine's noise on short runs. The garbage collector is off while a call is timed: a full
collection of the test process's heap (tenths of a second after thousands of tests) is no cost of
the function, and one falling in the big call read as a square (CI, 0.015 s → 0.247 s)."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any


def cpu_time(f: Callable[[Any], object], arg: Any, repeat: int = 1) -> float:
    """The least CPU time of *repeat* calls ``f(arg)``."""
    best = float("inf")
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeat):
            start = time.process_time()
            f(arg)
            best = min(best, time.process_time() - start)
    finally:
        if enabled:
            gc.enable()
    return best


def assert_linear(f: Callable[[Any], object], small: Any, big: Any, repeat: int = 1, label: object = None) -> None:
    """Assert that ``f(big)`` (*big* four times *small*) takes less than 8 times ``f(small)``."""
    times = [cpu_time(f, small, repeat), cpu_time(f, big, repeat)]
    assert times[1] < 8 * times[0] + 0.05, (label, times)
