"""A lexicon designation written bare after the article named its system in full.

"12 KAI ZT-50 jets ... the ZT-50 will also fly": the lexicon knows some systems only
with a maker, a popular name or a class noun around their designation ("KAI T-50",
"T-50 trainer", "E-2 Hawkeye"), because the bare designation may name something else
(the Sukhoi T-50). Once the article has named the system so, the designation alone
later in the article ("the T-50", "more T-50s"), or in a headline or standfirst before the
paragraph that names it ("New T-50 deal"), is the same system. A designation the
lexicon knows alone is the scan's already; one inside a slashed designation ("F/A-18")
is not taken out of it.

Found rows are ``(name, category, weapon_class, start, end, evidence)``; spans are
``(index, start, end, kind, name, type, weapon_class)``.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from analysis.entities.scan import lookup_form
from analysis.entities.weapon_references import forms_again
from analysis.entities.weapon_spans import is_class

#: A designation of capitals, a hyphen and digits: "T-50", "E-2", "KUH-1"; or of capitals
#: and digits with no hyphen: "M4" (of "M4 carbine").
DESIGNATION_WORD = regex.compile(r"(?<![\w/-])(\p{Lu}{1,4}-?\d{1,4})(?![\w/-])")


def designations_again(
    text: str, sections: Sequence[tuple[int, int]], spans: Sequence[tuple], found, matcher
) -> list[tuple]:
    """``found`` with the later bare designations of the lexicon's systems added (see
    the module docstring; evidence "designation again"), and the rows the second pass
    found under such a bare designation ("E-2" in "two more E-2s") given to the system."""
    forms: dict[str, tuple] = {}
    for s in spans:
        if s[3] != "weapon" or is_class(s):
            continue
        for m in DESIGNATION_WORD.finditer(text, s[1], s[2]):
            word = m.group(1)
            if lookup_form(matcher, word) is None:
                forms.setdefault(word, (s[4], s[5], s[6], s[2]))
    if not forms:
        return list(found)
    held = [(*forms[f[0]][:3], *f[3:]) if f[0] in forms else f for f in found]
    taken = [(s[1], s[2]) for s in spans] + [(f[3], f[4]) for f in held]
    again = forms_again(text, forms, _bare, sections, taken, "designation again")
    # a headline or standfirst before the full name uses the short form too ("K2 deal")
    first = min(f[3] for f in forms.values())
    before = [(a, b) for a, b in sections if b <= first]
    early = {form: (*target[:3], 0) for form, target in forms.items()}
    taken += [(f[3], f[4]) for f in again]
    return held + again + forms_again(text, early, _bare, before, taken, "designation again")


def _bare(word: str) -> str:
    """The regex of a bare designation, singular or plural ("T-50", "T-50s").

    >>> [bool(regex.search(_bare("T-50"), t)) for t in ("more T-50s", "T-50A", "F/T-50")]
    [True, False, False]
    """
    return rf"(?<![\w/-]){regex.escape(word)}s?(?![\w/-]| \d)"
