"""govtext: clean Chinese government and education text scraped from the web.

Every step is a pure ``str -> str`` (or ``str -> structure``) function usable on
its own; :func:`normalize` and :func:`clean` compose them in one fixed order.

>>> import govtext
>>> govtext.normalize("您當(dāng)前的位置")
'您当前的位置'
"""

from __future__ import annotations

__version__ = "0.1.0"

from .chunks import Chunk, chunk_sections
from .document import DocDate, DocNumber, Element, OfficialDocument, parse_document
from .hygiene import (
    fix_cjk_spacing,
    fix_punctuation_width,
    normalize_whitespace,
    restore_lost_quotes,
)
from .mojibake import explain_mojibake, fix_mojibake
from .numbers import (
    DEFAULT_PROTECTED,
    NumberMention,
    PartialDate,
    find_numbers,
    numbers_to_digits,
    parse_number,
)
from .outline import Outline, Section, split_outline
from .pipeline import STEPS, Config, DroppedLine, Result, StepReport, clean, normalize
from .quality import pseudo_original_score
from .ruby import find_ruby, strip_ruby
from .script import (
    Converter,
    ScriptPlan,
    ScriptStats,
    is_traditional,
    plan_script,
    script_stats,
    simplify_traditional,
    to_simplified,
)
from .spam import Verdict, classify_lines, drop_spam_lines

__all__ = [
    "DEFAULT_PROTECTED",
    "STEPS",
    "Chunk",
    "Config",
    "Converter",
    "DocDate",
    "DocNumber",
    "DroppedLine",
    "Element",
    "NumberMention",
    "OfficialDocument",
    "Outline",
    "PartialDate",
    "Result",
    "ScriptPlan",
    "ScriptStats",
    "Section",
    "StepReport",
    "Verdict",
    "__version__",
    "chunk_sections",
    "classify_lines",
    "clean",
    "drop_spam_lines",
    "explain_mojibake",
    "find_numbers",
    "find_ruby",
    "fix_cjk_spacing",
    "fix_mojibake",
    "fix_punctuation_width",
    "is_traditional",
    "normalize",
    "normalize_whitespace",
    "numbers_to_digits",
    "parse_document",
    "parse_number",
    "plan_script",
    "pseudo_original_score",
    "restore_lost_quotes",
    "script_stats",
    "simplify_traditional",
    "split_outline",
    "strip_ruby",
    "to_simplified",
]
