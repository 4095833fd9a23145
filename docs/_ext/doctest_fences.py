"""Griffe extension for the API reference: render docstrings written for Sphinx and doctest.

govtext's docstrings are reStructuredText-flavoured (``:func:`x```, ``>>>`` examples without a
fence), while mkdocstrings renders Markdown. This extension, run when the docs are built:

- wraps each run of doctest lines (``>>>`` up to the next blank line) in a ``pycon`` fence, so
  the examples are shown as code and their brackets are not read as Markdown links;
- turns Sphinx roles (``:func:`normalize```, ``:class:`~govtext.Result```) into inline code.

It only changes how docstrings are displayed; the docstrings themselves are run by
tests/test_doctests.py.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:func|class|meth|attr|data|mod|exc|obj|const):`~?([^`]+)`")


def fence_doctests(text: str) -> str:
    """Wrap doctest runs in ```pycon fences and replace Sphinx roles by inline code."""
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    in_fence = False
    while i < len(lines):
        line = lines[i]
        stripped = line.lstrip()
        if stripped.startswith("```"):
            in_fence = not in_fence
        if not in_fence and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            block = []
            while i < len(lines) and lines[i].strip():
                block.append(lines[i])
                i += 1
            out.append(f"{indent}```pycon")
            out.extend(block)
            out.append(f"{indent}```")
            continue
        out.append(line if in_fence else _ROLE.sub(r"`\1`", line))
        i += 1
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Apply :func:`fence_doctests` to every docstring griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)


class CommentDocstrings(griffe.Extension):
    """Read ``#:`` comments above an attribute as its docstring (the Sphinx convention the
    source uses for dataclass fields: ``Config``, ``Result``, ``NumberMention`` ...), so the API
    reference lists what each field means, not only its name and type."""

    def __init__(self) -> None:
        super().__init__()
        self._lines: dict[str, list[str]] = {}

    def _source(self, path: str) -> list[str]:
        if path not in self._lines:
            with open(path, encoding="utf-8") as f:
                self._lines[path] = f.read().split("\n")
        return self._lines[path]

    def on_attribute_instance(self, *, attr: griffe.Attribute, **kwargs: Any) -> None:
        if attr.docstring is not None or not attr.lineno:
            return
        try:
            path = attr.filepath
        except (AttributeError, griffe.BuiltinModuleError):  # type: ignore[attr-defined]
            return
        if isinstance(path, list) or not str(path).endswith(".py"):
            return
        lines = self._source(str(path))
        i = attr.lineno - 2
        comment: list[str] = []
        while i >= 0 and lines[i].strip().startswith("#:"):
            comment.insert(0, lines[i].strip()[2:].strip())
            i -= 1
        if comment:
            attr.docstring = griffe.Docstring(fence_doctests(" ".join(comment)), parent=attr)
