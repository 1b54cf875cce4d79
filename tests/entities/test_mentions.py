"""Mentions: rows, counts, roll-up, co-occurrence, discovery and the CLI.

Every expected count here was worked out by reading the text by hand (the
working is in the comments), never by running the code under test.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest
from conftest import fixture_path

from analysis import cli
from analysis.entities.lexicon import load_lexicons
from analysis.entities.mentions import (
    MENTION_COLUMNS,
    cooccurrence,
    cooccurrence_pairs,
    count_by_section,
    count_mentions,
    evidence_by_sentence,
    find_candidates,
    find_mentions,
    fold_matrix,
    lexicon_files,
    roll_up,
)
from analysis.entities.second_pass import mentions_summary
from analysis.text.article import article_from_text, load_article
from analysis.text.sentences import split_sentences

SMALL = {
    "actors": fixture_path("lexicon_actors_small.csv"),
    "weapons": fixture_path("lexicon_weapons_small.csv"),
}
# Headline, the same headline again (a duplicate, counted nowhere), one body
# paragraph of three sentences.
DRONES = (
    "Iran and Russia Talk Drones\n\n"
    "Iran and Russia Talk Drones\n\n"
    "Iran sent drones to Russia. Tehran denied it. "
    "Russia used the drones and radars against Ukraine, Mr. Kirby said.\n"
)


@pytest.fixture(scope="module")
def lexicons():
    return load_lexicons(**SMALL, titles=fixture_path("lexicon_titles_small.txt"))


@pytest.fixture(scope="module")
def drones(lexicons):
    return find_mentions(article_from_text(DRONES), lexicons)


@pytest.fixture(scope="module")
def red_sea(lexicons):
    article = load_article(fixture_path("red_sea_expected_counts.txt"))
    return article, find_mentions(article, lexicons)


def counts(table, column="name"):
    return dict(zip(table[column], table["count"], strict=True))


def test_one_row_per_mention_with_offsets(drones):
    assert list(drones.columns) == MENTION_COLUMNS
    assert list(drones["start"]) == sorted(drones["start"])
    first = drones.iloc[0]
    assert (first["kind"], first["name"], first["form"], first["section"], first["sentence"]) == (
        "actor",
        "Iran",
        "Iran",
        "headline",
        1,
    )
    assert (first["start"], first["end"]) == (0, 4)
    kirby = drones[drones["name"] == "John Kirby"].iloc[0]
    assert (kirby["form"], kirby["type"], kirby["country"], kirby["sentence"]) == (
        "Mr. Kirby",
        "person",
        "USA",
        4,
    )
    radar = drones[drones["name"] == "radar"].iloc[0]
    assert (radar["kind"], radar["type"], radar["weapon_class"], radar["form"]) == (
        "weapon",
        "sensors",
        "radar",
        "radars",
    )
    spans = zip(drones["start"], drones["end"], drones["form"], strict=True)
    assert all(DRONES[s:e] == f for s, e, f in spans)


def test_duplicated_headline_counts_once(drones):
    # Iran: headline 1 + body 1 (the duplicate headline would make it 3).
    # Russia: headline 1 + body 2. drone: headline "Drones" + body 2.
    table = count_by_section(drones)
    rows = {name: row for name, row in zip(table["name"], table.to_dict("records"), strict=True)}
    assert list(table.columns) == ["kind", "name", "headline", "body", "total"]
    assert (rows["Iran"]["headline"], rows["Iran"]["body"], rows["Iran"]["total"]) == (1, 1, 2)
    assert (rows["Russia"]["headline"], rows["Russia"]["body"]) == (1, 2)
    assert (rows["drone"]["headline"], rows["drone"]["body"]) == (1, 2)
    assert "duplicate" not in set(drones["section"])


def test_count_mentions_with_forms(drones):
    table = count_mentions(drones)
    assert list(table.columns) == ["kind", "type", "name", "count", "forms"]
    assert list(table["name"][:3]) == ["Russia", "drone", "Iran"]  # 3, 3 (by kind), 2
    forms = dict(zip(table["name"], table["forms"], strict=True))
    assert forms["drone"] == "drones (2), Drones (1)"
    assert counts(count_mentions(drones, by=["kind"]), "kind") == {"actor": 8, "weapon": 4}


def test_roll_up_folds_capitals_and_people_into_countries(drones, lexicons):
    rolled = roll_up(drones, lexicons)
    # Tehran -> Iran (3 in all); Mr. Kirby -> United States.
    assert counts(count_mentions(rolled[rolled["kind"] == "actor"], by=["name"])) == {
        "Russia": 3,
        "Iran": 3,
        "Ukraine": 1,
        "United States": 1,
    }
    tehran = rolled[rolled["form"] == "Tehran"].iloc[0]
    assert (tehran["name"], tehran["type"], tehran["rolled_up_from"]) == (
        "Iran",
        "country",
        "Government of Iran",
    )
    assert set(rolled.loc[rolled["kind"] == "weapon", "rolled_up_from"]) == {""}
    assert "rolled_up_from" not in drones.columns  # the input is left alone


def test_roll_up_keeps_companies_and_groups(red_sea, lexicons):
    _, mentions = red_sea
    rolled = roll_up(mentions, lexicons)
    kept = set(rolled.loc[rolled["rolled_up_from"] == "", "name"])
    assert {"Houthis", "Hamas", "Reuters", "United Nations"} <= kept
    navy = rolled[rolled["rolled_up_from"] == "US Navy"]
    assert set(navy["name"]) == {"United States"} and len(navy) == 3


def test_actor_cooccurrence_counts_sentences(drones):
    # Sentence 1 (headline) and 2 name Iran and Russia; sentence 4 names
    # Russia, Ukraine and Mr. Kirby; sentence 3 names Tehran alone.
    pairs = cooccurrence_pairs(drones)
    assert [tuple(r) for r in pairs[["a", "b", "sentences"]].itertuples(index=False)] == [
        ("Iran", "Russia", 2),
        ("John Kirby", "Russia", 1),
        ("John Kirby", "Ukraine", 1),
        ("Russia", "Ukraine", 1),
    ]
    assert pairs["sentence_numbers"][0] == "1, 2"
    matrix = cooccurrence(drones)
    assert list(matrix.index) == ["Russia", "Iran", "Government of Iran", "John Kirby", "Ukraine"]
    assert matrix.loc["Iran", "Russia"] == matrix.loc["Russia", "Iran"] == 2
    assert matrix.loc["Russia", "Russia"] == 0
    assert matrix.loc["Government of Iran"].sum() == 0


def test_actor_weapon_cooccurrence(drones):
    # drone: sentences 1, 2, 4; radar: sentence 4.
    matrix = cooccurrence(drones, "actor", "weapon")
    assert list(matrix.columns) == ["drone", "radar"]
    assert matrix.loc["Russia"].tolist() == [3, 1]
    assert matrix.loc["Iran"].tolist() == [2, 0]
    assert matrix.loc["Ukraine"].tolist() == [1, 1]
    assert matrix.loc["Government of Iran"].tolist() == [0, 0]


# A mentions table written by hand (only the columns co-occurrence reads), in
# reading order. Sentence 0 is text outside every sentence: never a pair.
#   0: Iran, Russia          1: Russia, Iran, Iran, drone
#   2: Iran, Ukraine, drone, drone, missile
#   3: Ukraine, missile      5: Russia, Iran, Ukraine, missile
BY_HAND = pd.DataFrame(
    [("actor", "Iran", 0), ("actor", "Russia", 0),
     ("actor", "Russia", 1), ("actor", "Iran", 1), ("actor", "Iran", 1), ("weapon", "drone", 1),
     ("actor", "Iran", 2), ("actor", "Ukraine", 2), ("weapon", "drone", 2),
     ("weapon", "drone", 2), ("weapon", "missile", 2),
     ("actor", "Ukraine", 3), ("weapon", "missile", 3),
     ("actor", "Russia", 5), ("actor", "Iran", 5), ("actor", "Ukraine", 5),
     ("weapon", "missile", 5)],
    columns=["kind", "name", "sentence"],
)  # fmt: skip


def rows(table):
    return [tuple(r) for r in table.itertuples(index=False)]


def test_actor_pairs_worked_by_hand():
    # 1: {Iran, Russia}; 2: {Iran, Ukraine}; 3: {Ukraine}, no pair;
    # 5: {Iran, Russia, Ukraine}, three pairs. A name said twice in a
    # sentence counts once; each pair in alphabetical order.
    assert rows(cooccurrence_pairs(BY_HAND)) == [
        ("Iran", "Russia", 2, "1, 5"),
        ("Iran", "Ukraine", 2, "2, 5"),
        ("Russia", "Ukraine", 1, "5"),
    ]


def test_actor_weapon_pairs_worked_by_hand():
    # 1: Iran, Russia x drone; 2: Iran, Ukraine x drone, missile;
    # 3: Ukraine x missile; 5: Iran, Russia, Ukraine x missile.
    assert rows(cooccurrence_pairs(BY_HAND, "actor", "weapon")) == [
        ("Ukraine", "missile", 3, "2, 3, 5"),
        ("Iran", "drone", 2, "1, 2"),
        ("Iran", "missile", 2, "2, 5"),
        ("Russia", "drone", 1, "1"),
        ("Russia", "missile", 1, "5"),
        ("Ukraine", "drone", 1, "2"),
    ]


def test_cooccurrence_matrix_worked_by_hand():
    # Rows and columns by mentions, sentence 0 included: Iran 5, then
    # Russia 3 and Ukraine 3 (a tie, so by name).
    matrix = cooccurrence(BY_HAND)
    assert (matrix.index.name, matrix.columns.name) == ("actor", "actor")
    assert list(matrix.index) == list(matrix.columns) == ["Iran", "Russia", "Ukraine"]
    assert matrix.to_numpy().tolist() == [[0, 2, 2], [2, 0, 1], [2, 1, 0]]
    # Names given: in that order; a name never mentioned gets a row of zeros.
    matrix = cooccurrence(
        BY_HAND, "actor", "weapon", ["Ukraine", "Iran", "Hamas"], ["missile", "drone"]
    )
    assert matrix.to_numpy().tolist() == [[3, 1], [2, 2], [0, 0]]


def test_no_pairs_in_an_empty_table():
    pairs = cooccurrence_pairs(BY_HAND.iloc[:0])
    assert list(pairs.columns) == ["a", "b", "sentences", "sentence_numbers"] and pairs.empty
    assert cooccurrence(BY_HAND.iloc[:0]).shape == (0, 0)


# Counted by hand in tests/fixtures/red_sea_expected_counts.txt (duplicate
# headline left out):
# Houthis 7: headline "Houthis", "Houthi rebels", "Houthi drone", "The Houthis",
#   "Houthi missiles", "A Houthi spokesman", "the Houthis".
# United States 3: headline "U.S. Says", "U.S. and United Nations", "American"
#   ("U.S. Navy" and "U.S. Central Command" are longer names; "told us" is not).
# US Navy 3: caption twice, "a U.S. Navy destroyer".
# Iran 3: "Iran denies", "Iranian designs", "Iran's military industry".
# drone 2: "Houthi drone", "missiles and drones" ("Shahed-136 drones" is one
#   mention of the Shahed-136, as "the Toufan ballistic missile" is of the Toufan:
#   a class right after a named system describes it).
# Saudi Arabia 2: "Saudi Arabia", "a Saudi official" (not the "Saudi–Yemen border").
# Yemen 1: "Yemen's" (not the border). Lloyd Austin 2: full name, then "Austin".
# Yahya Saree 2: full name, then "Mr. Saree". Central Command 2.
RED_SEA_COUNTS = {
    "Houthis": 7,
    "United States": 3,
    "US Navy": 3,
    "Iran": 3,
    "drone": 2,
    "Lloyd Austin": 2,
    "Saudi Arabia": 2,
    "US Central Command": 2,
    "Yahya Saree": 2,
    "anti-ship ballistic missile": 2,
    "destroyer": 2,
    "Associated Press": 1,
    "Government of the United Kingdom": 1,
    "Government of the United States": 1,
    "Hamas": 1,
    "Reuters": 1,
    "United Kingdom": 1,
    "United Nations": 1,
    "Yemen": 1,
    "Shahed-136": 1,
    "Toufan": 1,
    "USS Carney": 1,
    "radar": 1,
    "warplane": 1,
}


def test_red_sea_article_counts_worked_out_by_hand(red_sea):
    _, mentions = red_sea
    assert counts(count_mentions(mentions, by=["name"])) == RED_SEA_COUNTS
    assert len(mentions) == 43


def test_red_sea_article_sections(red_sea):
    _, mentions = red_sea
    table = count_by_section(mentions, by=["name"]).set_index("name")
    assert list(table.columns) == ["headline", "caption", "body", "credit", "total"]
    assert table.loc["Houthis"].tolist() == [1, 0, 6, 0, 7]
    assert table.loc["US Navy"].tolist() == [0, 2, 1, 0, 3]
    assert table.loc["Associated Press"].tolist() == [0, 1, 0, 0, 1]
    assert table.loc["Reuters"].tolist() == [0, 0, 0, 1, 1]


def test_red_sea_forms(red_sea):
    _, mentions = red_sea
    forms = dict(zip(*[count_mentions(mentions)[c] for c in ("name", "forms")], strict=True))
    assert forms["Houthis"] == "Houthi (4), Houthis (3)"
    assert forms["United States"] == "U.S. (2), American (1)"
    assert forms["Yahya Saree"] == "Mr. Saree (1), Yahya Saree (1)"


def test_candidates_are_capitalised_names_no_lexicon_knows(red_sea, lexicons):
    # Caption: "Bab el-Mandeb Strait" ("A" starts the sentence, "Jan." is a month).
    # Body: "Red Sea" twice, "Greek" of "Greek-owned", "Sanaa" (the subheading
    # "Strikes on Sanaa" is Title Case and skipped). Not: "Friday", "No one",
    # "Defense Secretary" (a title), "Saudi–Yemen" (known, though not counted).
    article, mentions = red_sea
    table = find_candidates(article, split_sentences(article), mentions, lexicons)
    assert list(table.columns) == ["candidate", "count", "sentences", "start", "end"]
    assert counts(table, "candidate") == {
        "Red Sea": 2,
        "Bab el-Mandeb Strait": 1,
        "Greek": 1,
        "Sanaa": 1,
    }
    first = table.iloc[0]
    assert article.text[first["start"] : first["end"]] == "Red Sea"
    assert counts(
        find_candidates(article, split_sentences(article), mentions, lexicons, min_count=2),
        "candidate",
    ) == {"Red Sea": 2}


def test_candidates_skip_titles_months_and_sentence_starts(lexicons):
    text = (
        "Talks in Geneva\n\n"
        "Officials met in Geneva on Tuesday. Analysts said Mr. Petrov of the Omsk "
        "Institute, a Defense Minister aide, flew in from Geneva in March.\n"
    )
    article = article_from_text(text)
    mentions = find_mentions(article, lexicons)
    table = find_candidates(article, split_sentences(article), mentions, lexicons)
    assert counts(table, "candidate") == {"Geneva": 2, "Petrov of the Omsk Institute": 1}


def test_summary_lists_actors_and_weapons_with_forms_by_count():
    summary = mentions_summary(fixture_path("red_sea_expected_counts.txt"), **SMALL)
    assert list(summary) == ["article", "article_id", "actors", "weapons"]
    houthis = summary["actors"][0]
    assert houthis["name"] == "Houthis"
    assert (houthis["type"], houthis["country"], houthis["count"]) == ("armed_group", "YEM", 7)
    assert houthis["forms"] == ["Houthi", "Houthis"]
    assert houthis["sections"] == {"body": 6, "headline": 1}
    drone = next(
        w for w in summary["weapons"] if w["name"] == "drone (generic)"
    )  # CONVENTIONS: generic names
    assert (drone["category"], drone["class"], drone["count"]) == ("uav", "drone", 2)
    assert drone["forms"] == ["drone", "drones"]  # one each; a tie goes alphabetically
    assert sum(item["count"] for item in summary["actors"] + summary["weapons"]) == 43


def test_cli_mentions_json(capsys):
    status = cli.main(
        [
            "mentions",
            str(fixture_path("red_sea_expected_counts.txt")),
            "--json",
            "--actors",
            str(SMALL["actors"]),
            "--weapons",
            str(SMALL["weapons"]),
            "--extra-actors",
            str(fixture_path("lexicon_extra_actors.csv")),
        ]
    )
    assert status == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["article"] == str(fixture_path("red_sea_expected_counts.txt"))
    assert printed["article_id"] == "red-sea-expected-counts"
    names = [item["name"] for item in printed["actors"]]
    assert names[:2] == ["Houthis", "Iran"]  # 7; then 3s alphabetically
    saree = next(item for item in printed["actors"] if item["name"] == "Yahya Saree")
    assert set(saree) >= {"name", "type", "count", "forms"}


def test_cli_bad_lexicon_is_one_line_and_exit_2(capsys):
    bad = fixture_path("lexicon_unknown_type.csv")
    article = fixture_path("red_sea_expected_counts.txt")
    status = cli.main(["mentions", str(article), "--json", "--actors", str(bad)])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1
    assert err.startswith(f"error: {bad}:3: unknown type 'militia'")


def test_cli_missing_article(capsys, tmp_path):
    status = cli.main(["mentions", str(tmp_path / "missing.txt")])
    err = capsys.readouterr().err
    assert status == 2
    assert err.startswith(f"error: {tmp_path / 'missing.txt'}: ") and err.count("\n") == 1


# The seed article with the default lexicons, counted by hand (the repeated
# headline left out):
# Iran 15: headline; "Iran could supply"; "Iran may be preparing"; "Iran hosted";
#   "Iran is considering"; "either Iran or"; "Iran is seeking" (twice in one
#   paragraph); "helping Iran"; subheading "Iran-Russia"; "first time Iran";
#   "Iranian-built"; "Iran is looking"; "Iran announced"; "Iran is seeking" (last).
# Russia 15: headline; "supply Russia"; "providing Russia" (twice); "support for
#   Russia"; "Russian Defense Minister"; "from Russia" (2 in one paragraph, 1, 2 in
#   the last); "Russia has also"; "Russian individuals"; subheading; "to Russia".
#   Not "the Russian government" nor "Russian forces" (longer names).
# John Kirby 9: "John Kirby" in the caption and the first paragraph, "Mr. Kirby" 7.
# United States 4: "United States" twice, "U.S. intelligence", "U.S. sanctions";
#   not "U.S.–Mexico border", which names no actor (so Mexico is absent too).
SEED_COUNTS = {"Iran": 15, "Russia": 15, "John Kirby": 9, "Ukraine": 7, "United States": 4}


@pytest.fixture(scope="module")
def seed_mentions():
    from conftest import SEED_ARTICLE

    return find_mentions(load_article(SEED_ARTICLE))


def test_seed_article_counts_with_the_default_lexicons(seed_mentions):
    counted = counts(count_mentions(seed_mentions, by=["name"]))
    assert {name: counted.get(name, 0) for name in SEED_COUNTS} == SEED_COUNTS
    assert "Mexico" not in counted
    iran_ids = seed_mentions[seed_mentions["name"] == "Iran"]
    assert list(iran_ids["section"]).count("headline") == 1
    tehran = seed_mentions[seed_mentions["form"] == "Tehran"]
    assert set(tehran["name"]) == {"Government of Iran"} and len(tehran) == 3
    company = seed_mentions[seed_mentions["type"] == "company"]
    assert list(company["form"]) == ["Iran Aircraft Manufacturing Industrial Company", "HESA"]
    air_force = seed_mentions[seed_mentions["form"] == "Ukrainian Air Force"]
    assert list(air_force["type"]) == ["military"] and list(air_force["country"]) == ["UKR"]


def test_not_mention_phrases_count_nowhere_and_are_no_candidates(tmp_path):
    phrases = tmp_path / "not_mentions.txt"
    phrases.write_text("Latin America\nRussian roulette\n", encoding="utf-8")
    lexicons = load_lexicons(
        **SMALL, titles=fixture_path("lexicon_titles_small.txt"), not_mentions=phrases
    )
    article = article_from_text(
        "Drones Over Latin America\n\n"
        "Latin America watched as drones flew. "
        "It was Russian roulette, said Mr. Kirby of the Caracas Institute.\n"
    )
    sentences = split_sentences(article)
    mentions = find_mentions(article, lexicons, sentences)
    # Headline: Drones (Latin America is a place). Body: drones; Mr. Kirby (a
    # title and the only Kirby); "Russian roulette" names no one.
    rows = mentions[["name", "form", "section", "sentence"]].itertuples(index=False, name=None)
    assert list(rows) == [
        ("drone", "Drones", "headline", 1),
        ("drone", "drones", "body", 2),
        ("John Kirby", "Mr. Kirby", "body", 3),
    ]
    # "Latin America" is known, as a phrase that is no mention; "Russian" is an alias.
    table = find_candidates(article, sentences, mentions, lexicons)
    assert counts(table, "candidate") == {"Caracas Institute": 1}


def test_fold_matrix_keeps_the_top_and_sums_the_rest():
    matrix = pd.DataFrame(
        [[3, 1, 0, 2], [0, 2, 1, 1], [1, 0, 0, 4]],
        index=pd.Index(["Ruritania", "Freedonia", "Sylvania"], name="actor"),
        columns=["drone", "tank", "rifle", "mortar"],
    )
    folded = fold_matrix(matrix, rows=2, columns=2)
    assert list(folded.index) == ["Ruritania", "Freedonia", "(1 other)"]
    assert list(folded.columns) == ["drone", "tank", "(2 others)"]
    # by hand: Ruritania rifle+mortar 0+2; Freedonia 1+1; Sylvania drone 1, tank 0, rest 0+4
    assert folded.to_numpy().tolist() == [[3, 1, 2], [0, 2, 2], [1, 0, 4]]
    assert folded.to_numpy().sum() == matrix.to_numpy().sum()


def test_fold_matrix_leaves_a_small_matrix_as_it_is():
    matrix = pd.DataFrame([[1]], index=pd.Index(["Ruritania"], name="actor"), columns=["drone"])
    assert fold_matrix(matrix, rows=5, columns=5).equals(matrix)


def test_evidence_is_one_row_per_sentence_with_every_mention_marked():
    text = "Ruritania Talks\n\nRuritania sold drones to <Freedonia>. Nothing here.\n"
    sentences = split_sentences(article_from_text(text, "made-up.txt"))
    body = next(s for s in sentences if s.text.startswith("Ruritania sold"))
    start = body.start
    mentions = pd.DataFrame(
        {
            "kind": ["actor", "weapon", "actor"],
            "name": ["Ruritania", "drone", "Freedonia"],
            "section": ["body"] * 3,
            "sentence": [body.number] * 3,
            "start": [start, start + 15, start + 26],
            "end": [start + 9, start + 21, start + 35],
        }
    )
    table = evidence_by_sentence(mentions, sentences)
    assert len(table) == 1  # one sentence, three mentions
    row = table.iloc[0]
    assert (row["Sentence"], row["Mentions"], row["Names"]) == (
        body.number,
        3,
        "Ruritania, drone, Freedonia",
    )
    assert row["Sentence, every mention marked"] == (
        "<mark>Ruritania</mark> sold <mark>drones</mark> to &lt;<mark>Freedonia</mark>&gt;."
    )


def test_cooccurrence_lists_a_name_given_twice_once():
    article = article_from_text("Title\n\nChile bought radars. Chile also bought drones.")
    mentions = find_mentions(article)
    matrix = cooccurrence(mentions, "actor", "weapon", names_a=["Chile", "Chile"],
                          names_b=["radar", "drone", "radar"])  # fmt: skip
    assert list(matrix.index) == ["Chile"]
    assert list(matrix.columns) == ["radar", "drone"]


def test_lexicon_files_count_what_each_file_gives(tmp_path):
    # two actors (one replaced by the extra file), a weapon, three titles, two phrases
    actors = tmp_path / "actors.csv"
    actors.write_text(
        "name,type,country,aliases,notes\nNorland,country,NRL,Norlandic,\n"
        "Acme Rotors,company,NRL,,\n",
        encoding="utf-8",
    )
    extra = tmp_path / "extra.csv"
    extra.write_text("name,type,country,aliases,notes\nAcme Rotors,company,NRL,Acme,\n")
    weapons = tmp_path / "weapons.csv"
    weapons.write_text(
        "name,category,class,origin,aliases,notes\nZephyr-9,missiles,,NRL,Zephyr 9,\n",
        encoding="utf-8",
    )
    titles = tmp_path / "titles.txt"
    titles.write_text("# roles\nMinister\nGeneral\nSpokesman\n\n", encoding="utf-8")
    never = tmp_path / "not_mentions.txt"
    never.write_text("Norland Road\nAcme Street  # a place\n", encoding="utf-8")
    lexicons = load_lexicons(actors, weapons, [extra], (), titles, never)
    table = lexicon_files(lexicons)
    assert table["use"].tolist() == [
        "actor entries", "weapon entries", "actor entries", "titles before names",
        "phrases never counted",
    ]  # fmt: skip
    # Norland from actors.csv (its Acme Rotors was replaced), Acme Rotors from the extra file
    assert table["entries"].tolist() == [1, 1, 1, 3, 2]
    assert table["file"].tolist()[-2:] == [str(titles), str(never)]
