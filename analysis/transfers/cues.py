"""Transfer cues: the verbs and nouns that say something changes hands.

``find_cues`` reads a sentence with ``transfer_rules.CUE_PATTERN`` and its
tables: "providing", "buy", "helping ... develop", or a noun followed by "of"
("the sale of F-16s"). A noun without "of" ("supplies ran low") is not a cue,
and a cue that leads into another ("seeking to purchase") gives way to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.transfers import rules as rules

__all__ = ["Cue", "find_cues"]


@dataclass(frozen=True)
class Cue:
    """A transfer verb in a sentence: offsets, lemma, direction, form."""

    start: int
    end: int
    lemma: str
    direction: str  # give | get | help
    form: str  # base | third | ing | past | participle
    text: str


def find_cues(text: str) -> list[Cue]:
    """Return the transfer verb cues of a sentence, nouns and lead-ins left out.

    >>> [(c.lemma, c.direction, c.form) for c in find_cues("Peru is seeking to buy drones.")]
    [('buy', 'get', 'base')]
    >>> [c.text for c in find_cues("Military supplies were sent.")]
    ['sent']
    >>> [(c.lemma, c.form) for c in find_cues("It approved the sale of F-16s to Turkey.")]
    [('sale', 'noun')]
    """
    cues = []
    for match in rules.CUE_PATTERN.finditer(text):
        key = " ".join(match.group().lower().split())
        before = text[: match.start()].split()
        previous = before[-1].lower().strip('“”"(,') if before else ""
        noun_context = previous in rules.NOUN_BEFORE or previous.endswith(("'s", "’s"))
        of_follows = re.match(r"\s+of\b", text[match.end() :])
        if key in rules.NOUN_TABLE and (of_follows or key not in rules.CUE_TABLE):
            if of_follows:
                lemma, direction = rules.NOUN_TABLE[key]
                cues.append(
                    Cue(match.start(), match.end(), lemma, direction, "noun", match.group())
                )
            continue
        if noun_context or of_follows:
            continue
        lemma, direction, form = rules.CUE_TABLE[key]
        cues.append(Cue(match.start(), match.end(), lemma, direction, form, match.group()))
    return [
        cue
        for cue, after in zip(cues, [*cues[1:], None], strict=False)
        if after is None or not re.fullmatch(r"\s+(?:to\s+)?", text[cue.end : after.start])
    ]
