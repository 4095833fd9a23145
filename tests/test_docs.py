"""Every code example in README.md and docs/ runs, so the docs cannot drift from the code.

The fences of a page run in the order they appear, in one namespace and one temporary working
directory (like a reader's session), so a page may write a file in Python, run a command on it,
and read the command's output back:

- ``pycon`` (or ``python``) fences with ``>>>`` examples are run with doctest (ELLIPSIS, NORMALIZE_WHITESPACE);
- ``python`` fences without ``>>>`` are executed; one whose first line is ``# needs: MODULE, ...``
  is left out when a module is not installed (the page's test then skips, naming it, after
  running the other fences);
- lines of ``bash`` fences that start with ``govtext`` (or ``$ govtext``) are run as commands
  (``govtext.cli.main``, the entry point, in this process) and must exit with status 0 (``pip install`` lines are not run: CI
  runs the README's install commands itself).

Other fences (``text``, ``json``, ``yaml`` ...) are displayed output and are not run.
"""

from __future__ import annotations

import contextlib
import doctest
import importlib.util
import io
import os
import re
import shlex
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [*sorted((ROOT / "docs").rglob("*.md")), ROOT / "README.md"]
FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```", re.S | re.M)


def _ids(paths: list[Path]) -> list[str]:
    return [str(p.relative_to(ROOT)) for p in paths]


def _commands(body: str) -> list[str]:
    out = []
    for line in body.splitlines():
        line = line.strip()
        if line.startswith("$ "):
            line = line[2:]
        if line.startswith("govtext "):
            out.append(line)
    return out


def run_command(line: str) -> tuple[int, str]:
    """Run one ``govtext ...`` line as the ``govtext`` entry point does (``govtext.cli.main``),
    in this process (no interpreter start-up per command); return its exit status and output."""
    from govtext import cli

    args = shlex.split(line.split(" #", 1)[0])[1:]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            rc = cli.main(args)
        except SystemExit as e:  # --help, usage errors
            rc = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
            if e.code is not None and not isinstance(e.code, int):
                err.write(f"{e.code}\n")
    return rc, out.getvalue() + err.getvalue()


def missing_modules(body: str) -> list[str]:
    """The modules a fence's ``# needs: a, b`` first line names that are not installed
    (``java``: a Java runtime on the PATH)."""
    first = body.split("\n", 1)[0].strip()
    if not first.startswith("# needs:"):
        return []
    names = [m.strip() for m in first[len("# needs:"):].split(",") if m.strip()]
    return [m for m in names
            if (shutil.which(m) is None if m == "java" else importlib.util.find_spec(m) is None)]


def run_page(path: Path) -> dict[str, int]:
    """Run the examples of one page in the current directory; return how many of each kind ran
    (``skipped``: fences left out for a missing module, see :func:`missing_modules`)."""
    text = path.read_text(encoding="utf-8")
    globs: dict[str, object] = {"__name__": "__docs__"}
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    counts = {"doctest": 0, "exec": 0, "command": 0, "skipped": 0}
    for m in FENCE.finditer(text):
        lang, body = m.group(1), m.group(2)
        lineno = text.count("\n", 0, m.start(2))  # 0-based line of the fence's first line
        if lang in ("python", "pycon", "") and ">>>" in body:
            test = parser.get_doctest(body, globs, path.name, str(path), lineno)
            res = runner.run(test, clear_globs=False)
            globs.update(test.globs)  # DocTest works on a copy: carry the names to the next fence
            assert res.failed == 0, f"{path.name}: {res.failed} failing example(s) in the fence at line {lineno}"
            counts["doctest"] += res.attempted
        elif lang == "python" and missing_modules(body):
            counts["skipped"] += 1
        elif lang == "python":
            exec(compile("\n" * lineno + body, str(path), "exec"), globs)
            counts["exec"] += 1
        elif lang in ("bash", "sh", "console"):
            for line in _commands(body):
                rc, output = run_command(line)
                assert rc == 0, f"{path.name}: `{line}` failed ({rc}):\n{output}"
                counts["command"] += 1
    return counts


@pytest.mark.parametrize("path", DOCS, ids=_ids(DOCS))
def test_doc_examples(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    counts = run_page(path)
    if counts["skipped"]:
        missing = sorted({m for f in FENCE.finditer(path.read_text(encoding="utf-8"))
                          for m in missing_modules(f.group(2))})
        pytest.skip(f"{counts['skipped']} example(s) need {', '.join(missing)} (not installed); the others ran")


def test_every_python_example_is_run() -> None:
    """Code in a fence the runner does not know would silently go untested."""
    for path in DOCS:
        for m in FENCE.finditer(path.read_text(encoding="utf-8")):
            lang, body = m.group(1), m.group(2)
            if ">>>" in body:
                assert lang in ("python", "pycon", ""), f"{path.name}: >>> examples in a {lang!r} fence"
            if lang in ("py", "python3", "ipython"):
                pytest.fail(f"{path.name}: use ```python, not ```{lang}, so the example is run")


def test_api_reference_fences_docstring_examples() -> None:
    """The griffe extension of the API reference shows doctests as code and Sphinx roles as code."""
    pytest.importorskip("griffe", reason="needs the docs extra: pip install '.[docs]'")
    spec = importlib.util.spec_from_file_location("doctest_fences", ROOT / "docs" / "_ext" / "doctest_fences.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    doc = "Run :func:`normalize` or :class:`~govtext.Result`.\n\n>>> f([1])\n[2]\n\nText [a].\n```\n>>> x\n```"
    assert mod.fence_doctests(doc) == (
        "Run `normalize` or `govtext.Result`.\n\n```pycon\n>>> f([1])\n[2]\n```\n\nText [a].\n```\n>>> x\n```"
    )


def test_api_reference_documents_every_field() -> None:
    """Each field of the records the API returns has its meaning in the API reference (the
    ``#:`` comments above it, read by the CommentDocstrings griffe extension)."""
    griffe = pytest.importorskip("griffe", reason="needs the docs extra: pip install '.[docs]'")
    spec = importlib.util.spec_from_file_location("doctest_fences", ROOT / "docs" / "_ext" / "doctest_fences.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    classes = {"govtext.pipeline": ["Config", "Result", "StepReport", "DroppedLine"],
               "govtext.numbers": ["NumberMention"], "govtext.outline": ["Section", "Outline"]}
    missing = []
    for module, names in classes.items():
        m = griffe.load(module, search_paths=[str(ROOT / "src")],
                        extensions=griffe.load_extensions(mod.CommentDocstrings()))
        for name in names:
            for field, attr in m[name].members.items():
                if attr.kind.value == "attribute" and not field.startswith("_") and attr.docstring is None:
                    missing.append(f"{name}.{field}")
    assert not missing, f"fields without a #: comment: {missing}"


if __name__ == "__main__":  # count the examples: python tests/test_docs.py
    import tempfile

    total = {"doctest": 0, "exec": 0, "command": 0, "skipped": 0}
    for page in DOCS:
        with tempfile.TemporaryDirectory() as d:
            cwd = os.getcwd()
            os.chdir(d)
            try:
                c = run_page(page)
            finally:
                os.chdir(cwd)
        print(f"{page.relative_to(ROOT)}: {c}")
        for k in total:
            total[k] += c[k]
    print("total:", total)
