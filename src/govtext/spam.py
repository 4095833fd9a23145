"""Spam and boilerplate lines (first level)."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ._util import check_text


@dataclass(frozen=True)
class Verdict:
    """Keep or drop one line, with the rule and reason."""

    keep: bool
    rule: str | None = None
    reason: str = ""
    meta: tuple[tuple[str, str], ...] = ()


_FOOTER = regex.compile(r"版权所有|ICP备|公网安备")


def classify_lines(text: str) -> list[Verdict]:
    """One verdict per line of ``text.split("\\n")``.

    >>> [v.keep for v in classify_lines("正文。\\n沪ICP备2022005074号")]
    [True, False]
    """
    text = check_text(text, "classify_lines")
    out = []
    for line in text.split("\n"):
        m = _FOOTER.search(line)
        if m and len(line) < 200:
            out.append(Verdict(False, "footer", f"footer marker {m.group()!r}"))
        else:
            out.append(Verdict(True))
    return out


def drop_spam_lines(text: str) -> str:
    """The lines of *text* that :func:`classify_lines` keeps.

    >>> drop_spam_lines("正文。\\n沪ICP备2022005074号")
    '正文。'
    """
    lines = check_text(text, "drop_spam_lines").split("\n")
    return "\n".join(ln for ln, v in zip(lines, classify_lines(text)) if v.keep)
