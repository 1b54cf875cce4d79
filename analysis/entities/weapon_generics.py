"""Weapon generics: a generic class counts under one fixed generic name ("drone (generic)").

``data/weapon_generics.csv`` maps each class entry of the weapons lexicon
("howitzer", "fighter jet") to the generic name a report counts it under
("artillery (generic)", "aircraft (generic)"), so that "howitzers" and
"artillery" in one article are one entity, as a reader counts them. Named
systems keep their names; the specific class stays in ``weapon_class``.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.errors import LexiconError

GENERICS_FILE = config.DATA_DIR / "weapon_generics.csv"


@lru_cache(maxsize=4)
def load_generic_names(path: str | Path = "") -> dict[str, str]:
    """Return ``{class entry name: generic name}`` from ``data/weapon_generics.csv``."""
    path = Path(path) if path else GENERICS_FILE
    rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [line for line in rows if not line.startswith("#")]
    table = {}
    for row in csv.DictReader(rows):
        if not row.get("class") or not row.get("generic"):
            raise LexiconError(str(path), f"a row without class or generic: {row}")
        table[row["class"]] = row["generic"]
    return table


def name_generics(mentions: pd.DataFrame, generics: dict[str, str] | None = None) -> pd.DataFrame:
    """Return ``mentions`` with each weapon class entry under its generic name.

    >>> table = pd.DataFrame({"kind": ["weapon", "weapon", "actor"],
    ...                       "name": ["howitzer", "K9 Thunder", "howitzer"]})
    >>> name_generics(table, {"howitzer": "artillery (generic)"})["name"].tolist()
    ['artillery (generic)', 'K9 Thunder', 'howitzer']
    """
    generics = generics if generics is not None else load_generic_names()
    weapon = mentions["kind"] == "weapon"
    renamed = mentions["name"].where(
        ~weapon, mentions["name"].map(generics).fillna(mentions["name"])
    )
    return mentions.assign(name=renamed.astype(mentions["name"].dtype))
