"""The peers govtext is measured against, and the regex floor.

In-process peers (same interpreter as govtext): ``ftfy.fix_text``, ``ftfy.fix_encoding``,
OpenCC's official binding (``opencc.OpenCC("t2s")``), ``zhconv.convert``,
``cn2an.transform``. A peer that is not installed is skipped with a message.

Out-of-process peers run in their own venvs under ``benchmarks/.peer-venv/`` created on first
use (``python -m venv`` + ``pip install``): ``opencc-python-reimplemented`` installs the module
name ``opencc`` and would overwrite the official binding, so it never shares an environment
with govtext; the naive chain (ftfy -> opencc-python-reimplemented -> cn2an) runs there too;
``jionlp`` gets a venv of its own (optional). When pip or the network is unavailable they are
skipped with a printed message.
"""

from __future__ import annotations

import collections
import json
import os
import re
import subprocess
import sys
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_VENV_DIR = HERE / ".peer-venv"
WORKER = HERE / "peer_worker.py"

#: The floor: one regex scan over the text, every match consumed.
FLOOR_PATTERN = r"[\u4e00-\u9fff]+"
#: A second reference: one ``re.search`` that finds nothing (private-use characters).
NOTHING_PATTERN = r"[\ue000-\uf8ff]"


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


# ----------------------------------------------------------------------- in-process peers
def floor_scan() -> Callable[[str], object]:
    import regex

    pat = regex.compile(FLOOR_PATTERN)
    consume = collections.deque

    def scan(text: str) -> None:
        consume(pat.finditer(text), maxlen=0)

    return scan


def floor_search() -> Callable[[str], object]:
    return re.compile(NOTHING_PATTERN).search


def in_process_peers() -> dict[str, tuple[Callable[[str], object], str]]:
    """``name -> (function, distribution)`` for every installed in-process peer."""
    out: dict[str, tuple[Callable[[str], object], str]] = {}
    try:
        import ftfy

        out["ftfy.fix_text"] = (ftfy.fix_text, "ftfy")
        out["ftfy.fix_encoding"] = (ftfy.fix_encoding, "ftfy")
    except ImportError:
        log("peers: ftfy not installed: skipping ftfy.fix_text / fix_encoding")
    try:
        import opencc

        if not hasattr(opencc, "__version__") and version("OpenCC") is None:
            log("peers: the installed `opencc` module is not OpenCC's official binding: skipping it")
        else:
            cc = opencc.OpenCC("t2s")
            out["OpenCC binding t2s"] = (cc.convert, "OpenCC")
    except ImportError:
        log("peers: OpenCC's official binding not installed (pip install opencc): skipping it")
    try:
        import zhconv

        out["zhconv zh-hans"] = (lambda t: zhconv.convert(t, "zh-hans"), "zhconv")
    except ImportError:
        log("peers: zhconv not installed: skipping it")
    try:
        import cn2an

        def transform(text: str) -> object:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return cn2an.transform(text, "cn2an")

        out["cn2an.transform"] = (transform, "cn2an")
    except ImportError:
        log("peers: cn2an not installed: skipping cn2an.transform")
    return out


# ------------------------------------------------------------------ venv (out-of-process)
@dataclass(frozen=True)
class VenvSpec:
    name: str
    requirements: tuple[str, ...]
    funcs: tuple[str, ...]


def venv_specs() -> tuple[VenvSpec, ...]:
    # ftfy and cn2an pinned to the versions govtext's environment has, so the chain
    # measures the same libraries as the in-process peers.
    ftfy_v, cn2an_v = version("ftfy"), version("cn2an")
    reqs = (
        "opencc-python-reimplemented",
        f"ftfy=={ftfy_v}" if ftfy_v else "ftfy",
        f"cn2an=={cn2an_v}" if cn2an_v else "cn2an",
    )
    return (
        VenvSpec("reimpl", reqs, ("opencc_reimpl_t2s", "naive_chain")),
        VenvSpec("jionlp", ("jionlp",), ("jionlp_clean_text",)),
    )


def _python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv(spec: VenvSpec, root: Path = DEFAULT_VENV_DIR, timeout: float = 900) -> Path | None:
    """The venv's python, creating the venv on first use; None (with a message) on failure."""
    venv = root / spec.name
    marker = venv / ".govtext-bench-ok"
    want = "\n".join(spec.requirements)
    py = _python(venv)
    if marker.exists() and marker.read_text(encoding="utf-8") == want and py.exists():
        return py
    log(f"peers: creating venv {venv} with {', '.join(spec.requirements)} ...")
    try:
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True,
                       capture_output=True, timeout=timeout)
        subprocess.run([str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                        *spec.requirements], check=True, capture_output=True, timeout=timeout)
    except (OSError, subprocess.SubprocessError) as e:
        err = getattr(e, "stderr", b"") or b""
        tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] if err else []
        log(f"peers: could not build the {spec.name} venv ({type(e).__name__}"
            f"{': ' + tail[0] if tail else ''}); skipping {', '.join(spec.funcs)}")
        return None
    marker.write_text(want, encoding="utf-8")
    return py


def run_worker(py: Path, func: str, docs_file: Path, runs: int, timeout: float) -> dict | None:  # type: ignore[type-arg]
    """Time *func* in the venv of *py*; None (with a message) when it fails."""
    try:
        proc = subprocess.run([str(py), str(WORKER), func, str(docs_file), str(runs)],
                              capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        log(f"peers: {func} did not finish within {timeout:.0f} s: skipped")
        return None
    if proc.returncode != 0:
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["?"]
        log(f"peers: {func} failed: {tail[0]}")
        return None
    return json.loads(proc.stdout.decode("utf-8").strip().splitlines()[-1])  # type: ignore[no-any-return]
