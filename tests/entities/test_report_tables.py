"""Notebook 02's tables: one call each, the reader's column names, the counts kept."""

from __future__ import annotations

import pytest

from analysis.entities import (
    cooccurrence,
    cooccurrence_pairs,
    count_mentions,
    describe_pairs,
    find_all_mentions,
    find_candidates,
    load_lexicons,
    tabulate_actor_types,
    tabulate_actors,
    tabulate_candidates,
    tabulate_found_names,
    tabulate_lexicon_files,
    tabulate_matrix,
    tabulate_mentions,
    tabulate_mentions_by_section,
    tabulate_pairs,
    tabulate_weapons,
)
from analysis.sources import read_source
from analysis.text import split_sentences

TEXT = (
    "Tanks for the east\n\n"
    "Germany sent tanks to Poland on Monday.\n\n"
    "Poland thanked Germany and asked for more tanks and drones.\n"
)


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    path = tmp_path_factory.mktemp("article") / "tanks.txt"
    path.write_text(TEXT, encoding="utf-8")
    doc = read_source(path).article
    sentences = split_sentences(doc)
    lexicons = load_lexicons("", "", [], [])
    return doc, sentences, lexicons, find_all_mentions(doc, lexicons, sentences)


def actor_counts(mentions):
    actors = mentions[mentions["kind"] == "actor"]
    return count_mentions(actors, by=["type", "name", "country", "in_lexicon"])


def test_actors_are_labelled_and_counted(found):
    *_, mentions = found
    table = tabulate_actors(actor_counts(mentions))
    assert table.columns.tolist() == [
        "Type", "Actor", "Country", "In lexicon", "Mentions", "Written as"
    ]  # fmt: skip
    assert table[["Actor", "Mentions"]].values.tolist() == [["Germany", 2], ["Poland", 2]]


def test_actor_types_count_mentions_and_different_actors(found):
    *_, mentions = found
    table = tabulate_actor_types(mentions[mentions["kind"] == "actor"])
    assert table.to_dict("records") == [{"Actor type": "country", "Mentions": 4, "Actors": 2}]


def test_weapons_are_labelled_with_their_category_and_origin(found):
    *_, mentions = found
    weapons = mentions[mentions["kind"] == "weapon"]
    counts = count_mentions(weapons, by=["type", "weapon_class", "name", "country", "in_lexicon"])
    table = tabulate_weapons(counts)
    assert table.columns.tolist() == [
        "Category", "Class", "Weapon", "Origin", "In lexicon", "Mentions", "Written as"
    ]  # fmt: skip
    assert table[["Weapon", "Mentions"]].values.tolist() == [
        ["tank (generic)", 3],  # the headline's "Tanks" and two in the body
        ["drone (generic)", 1],
    ]


def test_mentions_by_section_name_each_section(found):
    *_, mentions = found
    table = tabulate_mentions_by_section(mentions)
    tanks = table[table["Name"] == "tank (generic)"].iloc[0]
    assert (tanks["Kind"], tanks["Headline"], tanks["Body"], tanks["Total"]) == (
        "weapon", 1, 2, 3
    )  # fmt: skip


def test_every_mention_is_a_row_of_the_csv_without_html(found):
    _, sentences, _, mentions = found
    table = tabulate_mentions(mentions, sentences)
    assert len(table) == 8  # Germany 2, Poland 2, tanks 3, drones 1
    assert "highlighted" not in table.columns and "Sentence text" in table.columns


def test_pairs_name_their_two_sides_and_are_described(found):
    *_, mentions = found
    pairs = cooccurrence_pairs(mentions, "actor", "actor")
    table = tabulate_pairs(pairs, "Actor", "Other actor")
    assert table.values.tolist() == [["Germany", "Poland", 2, "2, 3"]]
    assert describe_pairs(pairs) == "Germany & Poland (2)"


def test_a_matrix_keeps_its_row_names_in_a_first_column(found):
    *_, mentions = found
    names = actor_counts(mentions)["name"].tolist()
    matrix = cooccurrence(mentions, "actor", "weapon", names_a=names)
    table = tabulate_matrix(matrix, "Actor")
    assert table.columns[0] == "Actor" and table["Actor"].tolist() == ["Germany", "Poland"]


def test_lexicon_files_found_names_and_candidates_are_labelled(found):
    doc, sentences, lexicons, mentions = found
    assert tabulate_lexicon_files(lexicons).columns.tolist() == [
        "Lexicon file", "Gives", "Entries used", "SHA-256"
    ]  # fmt: skip
    assert tabulate_found_names(mentions, sentences).columns.tolist() == [
        "Kind", "Name", "Type", "Country", "Mentions", "Written as", "Found by", "First evidence"
    ]  # fmt: skip
    candidates = tabulate_candidates(find_candidates(doc, sentences, mentions, lexicons))
    assert candidates.columns.tolist() == [
        "Name", "Occurrences", "Sentences", "First start", "First end"
    ]  # fmt: skip
