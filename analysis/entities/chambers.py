"""Chambers and courts: a state's legislature or top court written bare.

"Congress", "the Senate", "Parliament", "the National Assembly", "the Supreme Court"
name no country: every state has one. They are rows of ``data/generic_institutions.csv``
with ``bare`` = ``capitalised, chamber`` and take the country of their context like any
generic institution, never a default one ("the Senate" is the US Senate only where the
text is about the United States). Three things set them apart from a party's shared name:

- being names, not common words, they count opening a sentence too ("Congress must vote");
- "of" a country after one makes the chamber's own name ("the National Assembly of
  Kenya"), one mention;
- a named state body in the same sentence gives its country before the countries the
  sentence names ("The Pentagon asked Congress for aid to Taiwan": the US Congress);
- a country the sentence names as the other party ("blocked the sale to Turkey", "aid for
  Peru") is not the chamber's: the sentence before or the article's main country is.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import regex

from analysis import config
from analysis.entities.mention_rows import MentionRow

INSTITUTIONS_FILE = config.DATA_DIR / "generic_institutions.csv"
CHAMBER = "capitalised, chamber"
#: Types of the named state bodies whose country a chamber in their sentence takes.
STATE_BODY_TYPES = ("government", "military")


@lru_cache(maxsize=4)
def load_chamber_phrases(path: str | Path = "") -> frozenset[str]:
    """The phrases (in lower case) of ``data/generic_institutions.csv`` rows with ``bare`` =
    ``capitalised, chamber``.

    >>> {"congress", "senate", "parliament"} <= load_chamber_phrases()
    True
    >>> "labour" in load_chamber_phrases()
    False
    """
    path = Path(path) if path else INSTITUTIONS_FILE
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x and x[0] != "#"]
    return frozenset(
        r["phrase"].casefold() for r in csv.DictReader(lines) if r.get("bare") == CHAMBER
    )


def is_chamber(phrase: str) -> bool:
    """True when ``phrase`` as written is a bare chamber or court ("Senate", "Congress").

    >>> is_chamber("Senate"), is_chamber("Greens")
    (True, False)
    """
    return phrase.casefold() in load_chamber_phrases()


def state_body_country(rows: list[MentionRow], sentence: int) -> str:
    """The one country of the named state bodies a sentence holds (the Pentagon, a ministry
    the lexicon knows, an armed service), or "" when it holds none or several. A capital
    read as its government ("Kyiv", "Government of Ukraine") is no such body: "Kyiv asked
    Congress" names the asker, not the chamber's state.

    >>> body = MentionRow("actor", "Pentagon", "government", "", "USA", "Pentagon", "body",
    ...                   2, 0, 8)
    >>> state_body_country([body], 2), state_body_country([body], 3)
    ('USA', '')
    >>> capital = body._replace(name="Government of Ukraine", country="UKR", form="Kyiv")
    >>> state_body_country([capital], 2)
    ''
    """
    countries = {
        r.country
        for r in rows
        if r.sentence == sentence
        and r.kind == "actor"
        and r.type in STATE_BODY_TYPES
        and r.country
        and not r.name.startswith("Government of")
    }
    return countries.pop() if len(countries) == 1 else ""


#: A preposition before a country making it the other party of what a chamber does ("aid
#: to Israel", "jets for Peru", "talks with Japan", "bought from France"), not its home.
GOAL_BEFORE = regex.compile(r"\b(?:to|for|with|against|from|into)\s+(?:the\s+)?$", regex.I)


def is_goal(text: str, row: MentionRow) -> bool:
    """True when a country at ``row`` is the other party of its sentence's action, written
    after "to", "for", "with", "against", "from" ("blocked the sale to Turkey"): a chamber
    in that sentence is not that country's.

    >>> row = MentionRow("actor", "Peru", "country", "", "PER", "Peru", "body", 1, 32, 36)
    >>> is_goal("Congress approved the aid to the Peru army.", row._replace(start=33))
    True
    >>> is_goal("The Senate of Peru", row._replace(start=14))
    False
    """
    return bool(GOAL_BEFORE.search(text[max(0, row.start - 20) : row.start]))


#: Nouns of an election right after a bare chamber ("Congress candidates", "Senate seats",
#: "the Senate race"): the chamber is what is contested, a modifier, not an actor.
CONTEST_AFTER = regex.compile(
    r"\s+(?:candidates?|hopefuls?|seats?|races?|elections?|polls?|contests?|ballots?|primar(?:y|ies)"
    r"|nominees?|campaigns?)\b"
)


def drop_contested_chambers(text: str, rows: list[MentionRow]) -> list[MentionRow]:
    """Return ``rows`` without a bare chamber written as the modifier of an election noun
    ("Congress candidates won 2%"); ``rows`` itself when there is none.

    >>> row = MentionRow("actor", "Congress (Peru)", "government", "", "PER", "Congress",
    ...                  "body", 1, 0, 8, True, "generic institution")
    >>> drop_contested_chambers("Congress candidates lost.", [row])
    []
    >>> len(drop_contested_chambers("Congress voted no.", [row]))
    1
    """
    kept = [
        r
        for r in rows
        if not (
            r.kind == "actor"
            and r.evidence == "generic institution"
            and is_chamber(r.form)
            and CONTEST_AFTER.match(text, r.end)
        )
    ]
    return rows if len(kept) == len(rows) else kept
