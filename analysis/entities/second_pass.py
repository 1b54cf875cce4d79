"""Second pass: the lexicon's mentions and the names the text itself shows, together.

``find_all_mentions`` is what the command line and notebook 02 count: the
lexicon's mentions (``mentions.find_mention_rows``) and then the second pass
(``discover_rows``): capitals used as places dropped (``context``), generic
institutions given their country (``context``), people and organisations found
from the shape of the text and counted (``discovery``, ``discovery_counts``),
weapons found from their designation (``weapon_discovery``), and generic
weapon classes named by their generic names (``weapon_generics``). The tables
of names found outside the lexicon (``found_names_table``, and
``found_names_lexicon`` in the lexicon's columns) and the JSON of ``python -m
analysis mentions`` (``mentions_summary``) are built here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd

from analysis.entities.acronym_owners import read_article_acronyms
from analysis.entities.administrations import name_administrations
from analysis.entities.chambers import drop_contested_chambers
from analysis.entities.company_brands import (
    add_company_first_words,
    merge_longer_lexicon_names,
    read_first_word_aliases,
)
from analysis.entities.context import (
    drop_ethnic_groups,
    drop_event_days,
    drop_places,
    find_institutions,
    read_acronym_senses,
)
from analysis.entities.described_forces import count_described_forces
from analysis.entities.discovery import discover_names
from analysis.entities.discovery_business import extend_legal_forms
from analysis.entities.discovery_counts import count_found_names
from analysis.entities.initials import count_initials
from analysis.entities.lexicon import Lexicons, load_lexicons, normalise_key
from analysis.entities.mention_rows import MentionRow, frame_from_rows, rows_from_frame
from analysis.entities.mentions import find_mention_rows, list_counts
from analysis.entities.party_acronyms import read_party_acronyms
from analysis.entities.state_abbreviations import read_state_abbreviations
from analysis.entities.weapon_discovery import discover_weapons
from analysis.entities.weapon_generics import name_generics
from analysis.text import Article, Sentence, load_article, split_sentences


def discover_mentions(
    article: Article,
    mentions: pd.DataFrame,
    lexicons: Lexicons,
    sentences: Sequence[Sentence] | None = None,
) -> pd.DataFrame:
    """Return ``mentions`` with the second pass's changes (``discover_rows``).

    Adds the columns ``in_lexicon`` and ``evidence``.
    """
    sentences = sentences if sentences is not None else split_sentences(article)
    rows = discover_rows(article, sentences, rows_from_frame(mentions), lexicons)
    return frame_from_rows(rows, mentions)


def discover_rows(
    article: Article, sentences: Sequence[Sentence], rows: list[MentionRow], lexicons: Lexicons
) -> list[MentionRow]:
    """The second pass over the lexicon's mentions, as plain rows in text order.

    Capitals used as places are dropped (``context.drop_places``), generic
    institutions get their country (``context.find_institutions``), people and
    organisations are found from the shape of the text and counted
    (``discovery``, ``discovery_counts``), and weapons from their designation
    (``weapon_discovery``). Rows found carry ``in_lexicon`` False.
    """
    rows = drop_places(article.text, rows, lexicons)
    rows = drop_ethnic_groups(article.text, rows)  # "ethnic Serbs", "Kosovo Serbs": a community
    rows = read_acronym_senses(article.text, rows)
    rows = read_party_acronyms(article.text, rows)  # "the APC chairman": a party, no vehicle
    rows = read_state_abbreviations(article.text, sentences, rows)
    rows = find_institutions(article, sentences, rows, lexicons)
    rows = count_described_forces(rows, lexicons)  # "the Congolese army": the country
    rows = read_article_acronyms(article.text, rows, lexicons)  # "Philippine ... PAF"
    rows = drop_contested_chambers(article.text, rows)  # "Congress candidates": no actor
    rows = extend_legal_forms(article.text, rows)  # "Acme Widgets Ltd": the lexicon's company
    rows = add_company_first_words(article, sentences, rows, lexicons)  # "... Kavo said"
    rows = read_first_word_aliases(rows)  # "Kavo Defence ... Kavo": not "Kavo Aerospace"
    names = discover_names(article, sentences, rows, lexicons)
    rows = count_found_names(article, sentences, rows, names)
    rows = merge_longer_lexicon_names(rows, lexicons)  # "Kavo Private Military Company"
    rows = drop_actor_acronym_weapons(rows, names)  # "the Kavo People's Congress (KPC)"
    rows = name_administrations(article.text, rows, lexicons)  # "the Ana Roe government"
    rows = count_initials(article, sentences, rows)  # "the Kavo Air Force ... KAF pilots"
    rows = drop_event_days(article.text, rows)  # "the NAF Day parade": an event
    return discover_weapons(article, sentences, rows, lexicons)


def drop_actor_acronym_weapons(rows: list[MentionRow], names: Sequence) -> list[MentionRow]:
    """Return ``rows`` without weapon class mentions written as the acronym of a name the
    article found ("the All Kavo Party Congress (APC)": the party's "APC" is no armoured
    personnel carrier here); ``rows`` itself when there is none."""
    acronyms = {n.acronym for n in names if n.acronym and n.type != "person"}
    if not acronyms:
        return rows
    kept = [r for r in rows if not (r.kind == "weapon" and r.form in acronyms)]
    return rows if len(kept) == len(rows) else kept


def find_all_mentions(
    article: Article, lexicons: Lexicons | None = None, sentences: Sequence[Sentence] | None = None
) -> pd.DataFrame:
    """Return every mention: the lexicon's, then the second pass's (``discover_mentions``),
    generic weapon classes under their generic names ("drone (generic)").

    Columns: those of ``find_mentions`` plus ``in_lexicon`` and ``evidence``.
    """
    lexicons = lexicons if lexicons is not None else load_lexicons()
    sentences = sentences if sentences is not None else split_sentences(article)
    rows = discover_rows(
        article, sentences, find_mention_rows(article, lexicons, sentences), lexicons
    )
    return name_generics(frame_from_rows(rows))


def found_names_lexicon(mentions: pd.DataFrame) -> pd.DataFrame:
    """Return the names found outside the lexicon as rows in the lexicon's columns.

    Actors get ``name, type, country, aliases, notes`` (as ``data/actors.csv``),
    the other forms seen as aliases and the evidence as the note, so an analyst
    can save the table with ``to_csv(index=False)`` and pass it with
    ``--extra-actors``. Generic institutions ("Ministry of Defence (Chile)") are
    left out: the context names them.
    """
    columns = ["name", "type", "country", "aliases", "notes"]
    rows = mentions[(~mentions["in_lexicon"].astype(bool)) & (mentions["kind"] == "actor")]
    rows = rows[rows["evidence"] != "generic institution"]
    out = []
    for name, group in rows.groupby("name", sort=False):
        first = group.iloc[0]
        forms = [f for f in dict.fromkeys(group["form"]) if normalise_key(f) != normalise_key(name)]
        if first["type"] == "person":
            forms = [f for f in forms if " " in f]  # a bare surname is derived, never an alias
        out.append((name, first["type"], first["country"], "|".join(forms),
                    f"found by discovery: {first['evidence']}"))  # fmt: skip
    return pd.DataFrame(out, columns=columns).sort_values(["type", "name"]).reset_index(drop=True)


def found_names_table(mentions: pd.DataFrame, sentences: Sequence[Sentence]) -> pd.DataFrame:
    """Return the names found outside the lexicon, one row each, with their evidence.

    Columns: ``kind, name, type, country, count, forms, evidence, sentence``
    (the evidence is the rule that found the name; ``sentence`` is the text of
    the sentence where it was first found), most mentioned first.
    """
    columns = ["kind", "name", "type", "country", "count", "forms", "evidence", "sentence"]
    rows = mentions[~mentions["in_lexicon"].astype(bool)]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    by_number = {s.number: s.text for s in sentences}
    out = []
    for (kind, name), group in rows.groupby(["kind", "name"], sort=False):
        first = group.iloc[0]
        out.append((kind, name, first["type"], first["country"], len(group),
                    list_counts(Counter(group["form"])), first["evidence"],
                    " ".join(by_number.get(int(first["sentence"]), "").split())))  # fmt: skip
    table = pd.DataFrame(out, columns=columns)
    return table.sort_values(["count", "name"], ascending=[False, True]).reset_index(drop=True)


def mentions_summary(
    article_path: str | Path,
    actors: str | Path = "",
    weapons: str | Path = "",
    extra_actors: Iterable[str | Path] = (),
    extra_weapons: Iterable[str | Path] = (),
) -> dict:
    """Return the actors and weapons an article mentions, for the command line.

    ``{"article": path, "article_id": id, "actors": [...], "weapons": [...]}``; each item has
    ``name``, ``type`` (actors) or ``category`` and ``class`` (weapons),
    ``country``/``origin``, ``count``, ``forms`` (surface forms, most frequent
    first) and ``sections`` (count per section).
    """
    article = load_article(article_path)
    lexicons = load_lexicons(actors, weapons, tuple(extra_actors), tuple(extra_weapons))
    mentions = find_all_mentions(article, lexicons)
    return {
        "article": str(article_path),
        "article_id": article.id,
        "actors": summarise_kind(mentions, "actor"),
        "weapons": summarise_kind(mentions, "weapon"),
    }


def summarise_kind(mentions: pd.DataFrame, kind: str) -> list[dict]:
    """Return one dict per entity of ``kind``, most mentioned first."""
    rows = mentions[mentions["kind"] == kind]
    items = []
    for name, group in rows.groupby("name", sort=False):
        first = group.iloc[0]
        forms = Counter(group["form"])
        item = {"name": name}
        if kind == "actor":
            item |= {"type": first["type"], "country": first["country"]}
        else:
            item |= {
                "category": first["type"],
                "class": first["weapon_class"],
                "origin": first["country"],
            }
        item |= {
            "in_lexicon": bool(first.get("in_lexicon", True)),
            "count": len(group),
            "forms": [f for f, _ in sorted(forms.items(), key=lambda fc: (-fc[1], fc[0]))],
            "sections": {s: int(n) for s, n in group["section"].value_counts().items() if s},
            "first_sentence": int(group["sentence"].iloc[0]),
        }
        if not item["in_lexicon"]:
            item["evidence"] = str(first["evidence"])
        items.append(item)
    return sorted(items, key=lambda item: (-item["count"], item["name"]))
