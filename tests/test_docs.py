"""Every code example in README.md and docs/ runs, so the docs cannot drift from the code.

- ``>>>`` examples are run with doctest (one namespace per file, like a session);
- ``python`` blocks without ``>>>`` are executed;
- lines of ``bash`` blocks that start with ``govtext`` are run as commands
  (``pip install`` lines are not: CI runs the README's install commands itself).
"""

from __future__ import annotations

import doctest
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [*sorted((ROOT / "docs").rglob("*.md")), ROOT / "README.md"]
FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```", re.S | re.M)


def _ids(paths: list[Path]) -> list[str]:
    return [str(p.relative_to(ROOT)) for p in paths]


@pytest.mark.parametrize("path", DOCS, ids=_ids(DOCS))
def test_doc_examples(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = path.read_text(encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    globs: dict[str, object] = {"__name__": "__docs__"}
    # doctest examples in python fences
    doctest_src = "\n".join(
        m.group(2) for m in FENCE.finditer(text) if m.group(1) in ("python", "pycon", "") and ">>>" in m.group(2)
    )
    if doctest_src:
        parser = doctest.DocTestParser()
        test = parser.get_doctest(doctest_src, globs, path.name, str(path), 0)
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
        runner.run(test)
        res = runner.summarize(verbose=False)
        assert res.failed == 0, f"{res.failed} failing examples in {path.name}"
    for m in FENCE.finditer(text):
        lang, body = m.group(1), m.group(2)
        if lang == "python" and ">>>" not in body:
            exec(compile(body, str(path), "exec"), dict(globs))
        elif lang in ("bash", "sh", "console"):
            for line in body.splitlines():
                line = line.strip()
                if line.startswith("$ "):
                    line = line[2:]
                if not line.startswith("govtext "):
                    continue
                args = shlex.split(line.split("#", 1)[0])
                env = dict(os.environ)
                p = subprocess.run(
                    [sys.executable, "-m", "govtext", *args[1:]],
                    capture_output=True, text=True, timeout=300, env=env,
                )
                assert p.returncode == 0, f"{path.name}: `{line}` failed:\n{p.stderr}"
