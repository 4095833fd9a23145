"""Build src/govtext/data/char_bigrams.txt: how often characters and character pairs occur.

fix_mojibake uses the table to choose among the characters that fit the surviving bytes of a
character that lost one byte (see govtext._charfreq). The figures are counts computed here
from two public sources; neither source's own files are copied:

* the word list of jieba 0.42.1 (MIT licence; its dict.txt: about 350,000 words, each with a
  frequency): every pair of adjacent Han characters inside a word counts the word's frequency,
  every character too;
* the government work reports and party-congress reports of the Chinese Wikisource (official
  documents, not subject to copyright under Art. 5 of the PRC Copyright Law), as gathered in
  ``../shared/corpus/chinese-political-corpora``: every pair of adjacent characters of the
  running text (punctuation and digits included) with at least one of them CJK, and each line's
  first and last character next to a line break. Every digit (ASCII or full width) counts as 0.

The word-list counts are scaled to the running text's total, both are added, pairs seen less
than ``MIN_PAIR`` times are dropped, and each count is stored as its rounded base-2 logarithm
(a level), so the table is small and says only how common a pair is.

Needs the dev tool `jieba` (pip install jieba==0.42.1) and ../shared; run:
    python scripts/make_char_bigrams.py
"""

from __future__ import annotations

import json
import math
import os
import re
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "govtext" / "data" / "char_bigrams.txt"
SHARED = ROOT.parent / "shared" / "corpus" / "chinese-political-corpora"
MIN_PAIR = 5.0  # in running-text occurrences (word-list counts scaled to them)
WORD_WEIGHT = 3.0  # the word list against the running text (scaled to the same total)
HAN = re.compile("[\u3400-\u9fff]+")
EOL = "\u23ce"  # ⏎ stands for a line break in the table
# every digit counts as 0: which digit stands next to 月 or 年 says nothing
DIGITS = str.maketrans("123456789０１２３４５６７８９", "000000000" * 2 + "0")


def word_list_counts() -> tuple[Counter, Counter]:
    import jieba  # dev tool only

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    chars: Counter = Counter()
    pairs: Counter = Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, freq = line.split(" ")[:2]
            n = int(freq)
            for run in HAN.findall(word):
                for c in run:
                    chars[c] += n
                for a, b in pairwise(run):
                    pairs[a + b] += n
    return chars, pairs


def running_text_counts() -> tuple[Counter, Counter]:
    chars: Counter = Counter()
    pairs: Counter = Counter()
    for name in ("government_work_reports.jsonl", "cpc_congress_reports.jsonl"):
        for line in (SHARED / name).read_text(encoding="utf-8").splitlines():
            for para in json.loads(line)["content"].translate(DIGITS).split("\n"):
                runs = para.replace(EOL, "").split()
                if not runs:
                    continue
                # a line's first and last characters, after and before a line break
                pairs[EOL + runs[0][0]] += 1
                pairs[runs[-1][-1] + EOL] += 1
                chars[EOL] += 1
                for run in runs:
                    chars.update(run)
                    pairs.update(a + b for a, b in pairwise(run) if a >= "\u3000" or b >= "\u3000")
    return chars, pairs


def main() -> None:
    tc, tp = running_text_counts()
    wc, wp = word_list_counts()
    scale = WORD_WEIGHT * sum(tc.values()) / sum(wc.values())
    chars: Counter = Counter(tc)
    pairs: Counter = Counter(tp)
    for c, n in wc.items():
        chars[c] += n * scale
    for p, n in wp.items():
        pairs[p] += n * scale
    levels: dict[str, dict[int, list[str]]] = {"C": defaultdict(list), "P": defaultdict(list)}
    for kind, counts, floor in (("C", chars, 1.0), ("P", pairs, MIN_PAIR)):
        for key, n in sorted(counts.items()):
            if n >= floor and key.isprintable() and "\ufffd" not in key and not any(c.isspace() for c in key):
                levels[kind][round(math.log2(n))].append(key)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(
            "# Character and character-pair counts (made by scripts/make_char_bigrams.py, see\n"
            "# data/README.md). A line: C (characters) or P (pairs), a level L (count about 2**L),\n"
            "# a tab, then the characters (pairs: two characters each) at that level, no separator.\n"
            f"# {EOL} stands for a line break (the start or the end of a line).\n"
        )
        for kind in ("C", "P"):
            for level in sorted(levels[kind]):
                f.write(f"{kind}{level}\t{''.join(levels[kind][level])}\n")
    total = sum(len(v) for v in levels["P"].values())
    print(f"{OUT}: {len(chars)} characters, {total} pairs, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
