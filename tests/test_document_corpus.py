"""parse_document on the labelled State Council documents of ../shared/corpus/official-docs.

Each document's labels (its README says how they were made) are compared field by field with
what ``parse_document`` reads from the text, raw and after ``clean()``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from govtext import clean
from govtext.document import OfficialDocument, parse_document

pytestmark = pytest.mark.corpus

FIELDS = ("title", "doc_number", "addressees", "signature", "date", "attachments", "notes",
          "issuers", "issuer_mark", "cc", "printed_by", "print_date")


def _docs(shared: Path) -> list[tuple[dict, str]]:
    base = shared / "corpus" / "official-docs"
    return [(json.loads(p.read_text(encoding="utf-8")), p.with_suffix(".txt").read_text(encoding="utf-8"))
            for p in sorted(base.glob("*.json"))]


def _value(d: OfficialDocument, name: str):
    v = getattr(d, name)
    if name == "date":
        return v.iso if v else None
    if name in ("attachments", "notes"):
        return [x.text for x in v] or None
    if name == "issuers" or v is None:
        return v
    return re.sub(r"\s+", " ", v.text.replace("\u3000", " "))  # clean() folds U+3000


def _expected(label: dict, name: str):
    v = label[name]
    if name in ("attachments", "notes"):
        return v or None
    if isinstance(v, str) and name == "signature":
        return re.sub(r"\s+", " ", v.replace("\u3000", " "))
    return v


@pytest.fixture(scope="module")
def docs(shared: Path) -> list[tuple[dict, str]]:
    return _docs(shared)


@pytest.mark.parametrize("through_clean", [False, True])
def test_elements_match_the_labels(docs, through_clean):
    assert len(docs) >= 30
    exact = dict.fromkeys(FIELDS, 0)
    has = dict.fromkeys(FIELDS, 0)
    false = dict.fromkeys(FIELDS, 0)
    lacks = dict.fromkeys(FIELDS, 0)
    for label, text in docs:
        d = clean(text).document if through_clean else parse_document(text)
        assert d is not None
        for name in FIELDS:
            exp, got = _expected(label, name), _value(d, name)
            if exp is None:
                lacks[name] += 1
                false[name] += got is not None
            else:
                has[name] += 1
                exact[name] += got == exp
        if not through_clean:
            assert d.doc_number.year == (label["doc_number_parts"]["year"])
            assert d.doc_number.serial == label["doc_number_parts"]["serial"]
            assert d.title.lines == tuple(label["title_lines"])
            assert d.date.lines == (label["date_line"],)
    print("\n" + ", ".join(f"{n} {exact[n]}/{has[n]} (false {false[n]}/{lacks[n]})" for n in FIELDS))
    for name in ("title", "doc_number", "addressees", "signature", "date", "issuers"):
        assert exact[name] >= 0.95 * has[name], name
    assert exact["attachments"] >= 0.9 * has["attachments"]
    for name in FIELDS:
        assert false[name] <= 0.02 * max(lacks[name], 1), name
