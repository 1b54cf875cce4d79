"""The entity tables as notebook 02 saves and shows them: column names a reader
understands, in the order a reader wants them.

The counting happens elsewhere (``mentions``, ``second_pass``); each function
here takes what it returns and labels it (``COLUMN_LABELS``), so a notebook
cell calls one function and shows the result, and the CSV and the page carry
the same names.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analysis.entities.lexicon import Lexicons
from analysis.entities.mentions import (
    count_by_section,
    count_mentions,
    describe_entities,
    evidence_table,
    lexicon_files,
)
from analysis.entities.second_pass import found_names_table
from analysis.text import Sentence

#: The reader's name of each column the entity tables carry, per table.
COLUMN_LABELS: dict[str, dict[str, str]] = {
    "lexicon_files": {"file": "Lexicon file", "use": "Gives", "entries": "Entries used",
                      "sha256": "SHA-256"},
    "actors": {"type": "Type", "name": "Actor", "country": "Country", "in_lexicon": "In lexicon",
               "count": "Mentions", "forms": "Written as"},
    "actor_types": {"type": "Actor type", "count": "Mentions"},
    "weapons": {"type": "Category", "weapon_class": "Class", "name": "Weapon",
                "country": "Origin", "in_lexicon": "In lexicon", "count": "Mentions",
                "forms": "Written as"},
    "by_section": {"kind": "Kind", "name": "Name", "total": "Total"},
    "mentions": {"kind": "Kind", "name": "Name", "type": "Type", "form": "Written as",
                 "section": "Section", "sentence": "Sentence", "start": "Start", "end": "End",
                 "sentence_text": "Sentence text"},
    "pairs": {"sentences": "Sentences", "sentence_numbers": "Sentence numbers"},
    "found_names": {"kind": "Kind", "name": "Name", "type": "Type", "country": "Country",
                    "count": "Mentions", "forms": "Written as", "evidence": "Found by",
                    "sentence": "First evidence"},
    "candidates": {"candidate": "Name", "count": "Occurrences", "sentences": "Sentences",
                   "start": "First start", "end": "First end"},
}  # fmt: skip


def label_columns(table: pd.DataFrame, name: str) -> pd.DataFrame:
    """``table`` with the reader's column names of ``COLUMN_LABELS[name]``.

    >>> label_columns(pd.DataFrame({"file": ["a.csv"], "entries": [3]}), "lexicon_files")
      Lexicon file  Entries used
    0        a.csv             3
    """
    return table.rename(columns=COLUMN_LABELS[name])


def tabulate_actors(actor_counts: pd.DataFrame) -> pd.DataFrame:
    """One row per actor (``count_mentions`` by type, name, country and
    whether the lexicon knows it), most mentioned first, labelled."""
    return label_columns(actor_counts, "actors")


def tabulate_weapons(weapon_counts: pd.DataFrame) -> pd.DataFrame:
    """One row per weapon (``count_mentions`` by category, class, name,
    origin and whether the lexicon knows it), most mentioned first, labelled."""
    return label_columns(weapon_counts, "weapons")


def tabulate_actor_types(actor_mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions per type of actor, with how many different actors each type has.

    >>> mentions = pd.DataFrame({"type": ["state", "state", "state", "person"],
    ...                          "name": ["Ruritania", "Ruritania", "Freedonia", "Ann Vale"]})
    >>> tabulate_actor_types(mentions)
      Actor type  Mentions  Actors
    0      state         3       2
    1     person         1       1
    """
    table = label_columns(count_mentions(actor_mentions, by=["type"]), "actor_types")
    actors = actor_mentions.groupby("type")["name"].nunique()
    return table.assign(Actors=table["Actor type"].map(actors))


def tabulate_mentions_by_section(mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions per actor or weapon and section of the article (headline,
    body ...), labelled; a section's column is its name capitalised."""
    table = count_by_section(mentions, by=["kind", "name"])
    sections = {c: c.capitalize() for c in table.columns if c not in COLUMN_LABELS["by_section"]}
    return label_columns(table, "by_section").rename(columns=sections)


def tabulate_mentions(mentions: pd.DataFrame, sentences: Sequence[Sentence]) -> pd.DataFrame:
    """Every mention with its sentence (``evidence_table`` without its HTML
    column), labelled: the CSV of the evidence the page shows per sentence."""
    evidence = evidence_table(mentions, sentences)
    return label_columns(evidence.drop(columns=["highlighted"]), "mentions")


def tabulate_pairs(pairs: pd.DataFrame, first: str, second: str) -> pd.DataFrame:
    """``cooccurrence_pairs`` labelled, its two names headed ``first`` and
    ``second`` (e.g. "Actor", "Weapon").

    >>> pairs = pd.DataFrame({"a": ["Ruritania"], "b": ["Freedonia"], "sentences": [2],
    ...                       "sentence_numbers": ["3, 7"]})
    >>> tabulate_pairs(pairs, "Actor", "Other actor").columns.tolist()
    ['Actor', 'Other actor', 'Sentences', 'Sentence numbers']
    """
    return label_columns(pairs, "pairs").rename(columns={"a": first, "b": second})


def describe_pairs(pairs: pd.DataFrame, n: int = 3) -> str:
    """The ``n`` pairs named together most often, in words.

    >>> describe_pairs(pd.DataFrame({"a": ["Ruritania"], "b": ["Freedonia"], "sentences": [2]}))
    'Ruritania & Freedonia (2)'
    """
    named = pairs.assign(name=pairs["a"] + " & " + pairs["b"], count=pairs["sentences"])
    return describe_entities(named, n)


def tabulate_matrix(matrix: pd.DataFrame, rows: str) -> pd.DataFrame:
    """A co-occurrence matrix as a table: its row names in a first column
    headed ``rows`` (the CSV of the matrix).

    >>> matrix = pd.DataFrame({"drone": [2]}, index=pd.Index(["Ruritania"], name="actor"))
    >>> tabulate_matrix(matrix, "Actor")
           Actor  drone
    0  Ruritania      2
    """
    return matrix.rename_axis(rows).reset_index()


def tabulate_found_names(found: pd.DataFrame, sentences: Sequence[Sentence]) -> pd.DataFrame:
    """The names no lexicon knows (``found_names_table``), labelled."""
    return label_columns(found_names_table(found, sentences), "found_names")


def tabulate_candidates(candidates: pd.DataFrame) -> pd.DataFrame:
    """Capitalised names still unexplained (``find_candidates``), labelled."""
    return label_columns(candidates, "candidates")


def tabulate_lexicon_files(lexicons: Lexicons) -> pd.DataFrame:
    """The files the lexicons were read from (``lexicon_files``), labelled."""
    return label_columns(lexicon_files(lexicons), "lexicon_files")
