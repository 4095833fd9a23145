"""Helpers the spam tests share to read an invented page: which of its lines the rules and the page
reading keep, and which of a document's rows they drop between a page's head and foot."""

from __future__ import annotations

from collections.abc import Sequence

from govtext.spam import classify_lines


def keeps(lines: Sequence[str]) -> list[bool]:
    """Whether each of *lines* is kept when they are read as one page."""
    return [v.keep for v in classify_lines("\n".join(lines))]


def rows_lost(head: Sequence[str], foot: Sequence[str], skip: tuple[str, ...], rows: Sequence[str]) -> list[str]:
    """The *rows* (a document's lines, between the page's *head* and *foot*) the rules and the page
    reading drop, but those opening with one of *skip* (a metadata line, which may go)."""
    kept = keeps([*head, *rows, *foot])[len(head):len(head) + len(rows)]
    return [line for line, k in zip(rows, kept) if not k and not (skip and line.startswith(skip))]
