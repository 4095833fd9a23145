"""The CLI run in the test process, shared by the CLI test files."""

from __future__ import annotations

import subprocess
import sys

import pytest


def main(capsys: pytest.CaptureFixture[str], *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI in this process (faster than a subprocess), output captured."""
    from govtext.cli import main as govtext_main

    capsys.readouterr()
    try:
        code = govtext_main(list(args))
    except SystemExit as e:
        if isinstance(e.code, str):
            sys.stderr.write(e.code + "\n")
            code = 1
        else:
            code = int(e.code or 0)
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(list(args), code, out, err)
