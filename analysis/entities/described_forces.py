"""A country's forces described in lower case: the country counts, no force does.

"The Congolese army", "Sudan's army", "the US military", "Kenyan police" describe a
country's army or police with common nouns; they are no name of a body (its name is
capitalised: "Congolese Army", "Sudanese Armed Forces", "Kenya Police Service"). A careful
reader counts the country's word once and no military or police actor beside it, as the
conventions count "the Serbian military" for Serbia. Ministries are not forces: "the Dutch
defence ministry" still counts for the ministry (``context.find_institutions``).

Two shapes are read:

- a lexicon alias of a military that is a country's word and a lower-case force noun
  ("Congolese army", "US military", "Chadian armed forces"): counted for the country, over the
  same words (so "US military aid" still holds no item of a transfer);
- a generic institution of the army or the police found in lower case after a country's word
  ("Myanmar's army", "Kenyan police"): dropped, the country's word beside it already counts.
"""

from __future__ import annotations

import regex

from analysis.entities.lexicon import Lexicons
from analysis.entities.mention_rows import MentionRow

#: Lower-case nouns of a country's force as a body after its word: "army", "armed forces".
#: "Russian forces", "Kenyan troops" (the fighting men, often a unit in action) are left to
#: the lexicon.
FORCE_TAIL = regex.compile(
    r"\s+(?:regular |national )?(?:army|military|armed forces|defen[cs]e forces|police)$"
)
#: Generic institutions written as a force's common noun; a lower-case "navy", "air force" or
#: "coastguard" is left to ``context`` (no article read so far shows how readers count them).
_FORCE_WORDS = regex.compile(r"(?:army|armed forces|police(?: force| service)?)")
_POSSESSIVE = regex.compile(r"['’]s?$")


def count_described_forces(rows: list[MentionRow], lexicons: Lexicons) -> list[MentionRow]:
    """Return ``rows`` with lower-case descriptions of a country's forces counted for the
    country alone (see the module docstring); ``rows`` itself when there is none.

    >>> from analysis.entities.lexicon import LexiconEntry
    >>> lex = Lexicons(entries=(
    ...     LexiconEntry("Kavonia", "actor", "country", "", "KAV", ("Kavonia", "Kavonian")),
    ...     LexiconEntry("Kavonian Armed Forces", "actor", "military", "", "KAV",
    ...                  ("Kavonian Armed Forces", "Kavonian army")),
    ... ))
    >>> def row(name, kind, form, start, evidence="lexicon"):
    ...     return MentionRow("actor", name, kind, "", "KAV", form, "body", 1, start,
    ...                       start + len(form), evidence == "lexicon", evidence)
    >>> rows = [row("Kavonian Armed Forces", "military", "Kavonian army", 4),
    ...         row("Kavonia", "country", "Kavonia's", 40),
    ...         row("Police (Kavonia)", "government", "police", 50, "generic institution")]
    >>> [(r.name, r.type, r.form) for r in count_described_forces(rows, lex)]
    [('Kavonia', 'country', 'Kavonian army'), ('Kavonia', 'country', "Kavonia's")]
    """
    names = lexicons.country_names()
    out: list[MentionRow] = []
    changed = False
    for row in rows:
        if row.kind != "actor":
            out.append(row)
            continue
        if row.evidence == "generic institution" and _is_force(row):
            changed = True  # "Myanmar's army": the country's word beside it counts
            continue
        head = _country_head(row, names, lexicons)
        if head:
            changed = True
            out.append(
                row._replace(name=names[row.country], type="country")
            )  # the whole description stays its span: "US military aid" holds no item
            continue
        out.append(row)
    return out if changed else rows


def _is_force(row: MentionRow) -> bool:
    return bool(_FORCE_WORDS.fullmatch(row.form))


def _country_head(row: MentionRow, names: dict[str, str], lexicons: Lexicons) -> str:
    """The country's word opening a lexicon military's lower-case description, or ""."""
    if row.type != "military" or not row.in_lexicon or row.country not in names:
        return ""
    tail = FORCE_TAIL.search(row.form)
    if not tail:
        return ""
    head = row.form[: tail.start()]
    country = lexicons.entry(names[row.country], "actor")
    aliases = {a.casefold() for a in country.aliases} if country else set()
    return head if _POSSESSIVE.sub("", head).casefold() in aliases else ""
