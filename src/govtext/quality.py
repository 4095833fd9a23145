"""Document-level quality signals: pseudo-original ("伪原创") rewriting.

Document-sharing sites run copied texts through a synonym swapper so search engines do not
see duplicates: 发展 becomes 开展, 基础 becomes 根底, 基本 becomes 根本, 则 becomes 那么
(细则 → 细那么, 原则 → 原那么), giving phrases no writer uses ("高质量开展"). The swaps are
listed in ``govtext/data/spam_pseudo_original.txt`` with the phrase each replaced; the score
weighs how often a text uses the swapped forms against the normal ones.
"""

from __future__ import annotations

import re
from collections import Counter

from ._util import check_text, lazy, read_lexicon

__all__ = ["pseudo_original_score"]


@lazy
def _pairs() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    swapped: dict[str, str] = {}
    for entry in read_lexicon("spam_pseudo_original.txt"):
        bad, _, good = entry.partition("\t")
        if bad.strip() and good.strip():
            swapped[bad.strip()] = good.strip()

    def alt(words: object) -> re.Pattern[str]:
        # an alternation of literals, longest first (``re`` scans it 3x faster than ``regex``)
        return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))  # type: ignore[call-overload]

    return swapped, alt(swapped), alt(swapped.values())


def pseudo_original_score(text: str) -> tuple[float, list[str]]:
    """How strongly *text* looks machine-rewritten by synonym swapping, in [0, 1], and the
    evidence (each swapped phrase with its count and the phrase it replaced).

    The score is ``s / (s + n + 1)`` where ``s`` counts swapped phrases and ``n`` the normal
    phrases they replace: a single odd phrase in a long normal text stays near 0; a text that
    writes 高质量开展 and 根底设施 throughout comes close to 1.

    >>> pseudo_original_score("推动教育高质量发展，夯实基础。")
    (0.0, [])
    >>> score, evidence = pseudo_original_score("推动教育高质量开展，完善实施细那么，加快根底设施建设。")
    >>> round(score, 2), evidence
    (0.75, ['根底设施×1 (基础设施)', '细那么×1 (细则)', '高质量开展×1 (高质量发展)'])
    """
    text = check_text(text, "pseudo_original_score")
    swapped, bad_re, good_re = _pairs()
    bad = Counter(bad_re.findall(text))
    if not bad:
        return 0.0, []
    good = len(good_re.findall(text))
    s = sum(bad.values())
    score = s / (s + good + 1)
    evidence = [f"{w}×{n} ({swapped[w]})" for w, n in sorted(bad.items(), key=lambda kv: (-kv[1], kv[0]))]
    return score, evidence
