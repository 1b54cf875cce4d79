"""Matching rules, one short text of our own per rule (small test lexicons)."""

from __future__ import annotations

import re

import pytest
from conftest import fixture_path

from analysis.entities.lexicon import load_lexicons, normalise_key
from analysis.entities.matcher import BEFORE_NAME, WHITESPACE
from analysis.entities.scan import Match, match_text, title_before


@pytest.fixture(scope="module")
def lexicons():
    return load_lexicons(
        fixture_path("lexicon_actors_small.csv"),
        fixture_path("lexicon_weapons_small.csv"),
        titles=fixture_path("lexicon_titles_small.txt"),
    )


def found(text, lexicons, **kwargs):
    """(name, form) of every match, after checking the offsets point at the form."""
    matches = match_text(text, lexicons, **kwargs)
    for m in matches:
        assert text[m.start : m.end] == m.form
    return [(m.name, m.form) for m in matches]


def test_match_fields(lexicons):
    text = "Tehran sent Kh-22 missiles."
    assert match_text(text, lexicons) == [
        Match("Government of Iran", "actor", "government", "", "IRN", "Tehran", 0, 6),
        Match("Kh-22", "weapon", "missiles", "cruise missile", "RUS", "Kh-22", 12, 17),
    ]


def test_acronym_matches_only_in_capitals(lexicons):
    text = "The US told us. Us too. US-made arms reached the USA."
    assert found(text, lexicons) == [
        ("United States", "US"),
        ("United States", "US"),
        ("United States", "USA"),
    ]


def test_dotted_acronym_is_the_same_entity(lexicons):
    assert found("U.S. and US officials, and the U.S.", lexicons) == [
        ("United States", "U.S."),
        ("United States", "US"),
        ("United States", "U.S."),
    ]


def test_capitalised_alias_matches_in_a_line_of_capitals_not_in_lower_case(lexicons):
    text = "IRAN’S DRONES FOR RUSSIA, US SAYS\niran and russia; Iran."
    assert found(text, lexicons) == [
        ("Iran", "IRAN"),
        ("drone", "DRONES"),
        ("Russia", "RUSSIA"),
        ("United States", "US"),
        ("Iran", "Iran"),
    ]


def test_names_in_a_capitals_line_longest_wins(lexicons):
    text = (
        "Headline\nTHE UKRAINIAN AIR FORCE DOWNED SHAHED-136 AND OTHER DRONES NEAR THE "
        "U.S.–MEXICO BORDER\n"
    )
    assert found(text, lexicons) == [
        ("Ukrainian Air Force", "UKRAINIAN AIR FORCE"),
        ("Shahed-136", "SHAHED-136"),
        ("drone", "DRONES"),
    ]


def test_curly_and_straight_apostrophes(lexicons):
    assert found("Côte d’Ivoire and Côte d'Ivoire", lexicons) == [
        ("Côte d'Ivoire", "Côte d’Ivoire"),
        ("Côte d'Ivoire", "Côte d'Ivoire"),
    ]


def test_possessive_keeps_the_name_only(lexicons):
    text = "Tehran’s ally and Moscow's drones"
    assert match_text(text, lexicons)[0][-3:] == ("Tehran", 0, 6)
    assert found(text, lexicons) == [
        ("Government of Iran", "Tehran"),
        ("Government of Russia", "Moscow"),
        ("drone", "drones"),
    ]


def test_hyphenated_compounds_match_their_name(lexicons):
    assert found("Iranian-built drones and pro-Russian forces", lexicons) == [
        ("Iran", "Iranian"),
        ("drone", "drones"),
        ("Russia", "Russian"),
    ]


def test_a_name_inside_a_longer_word_does_not_match(lexicons):
    assert found("Iranians are not Iranianists; Russiagate; dronesque; USAID", lexicons) == [
        ("Iran", "Iranians"),  # a plural of the demonym
    ]


def test_longest_name_wins(lexicons):
    text = "the Iran Aircraft Manufacturing Industrial Company (HESA) builds them"
    assert found(text, lexicons) == [
        ("Iran Aircraft Manufacturing Industrial Company", text[4:50]),
        ("Iran Aircraft Manufacturing Industrial Company", "HESA"),
    ]


def test_military_of_a_country_is_not_the_country(lexicons):
    matches = match_text("the Ukrainian Air Force said", lexicons)
    assert [(m.name, m.type, m.country) for m in matches] == [
        ("Ukrainian Air Force", "military", "UKR")
    ]


def test_longest_name_across_a_line_break(lexicons):
    assert found("the White\nHouse said", lexicons) == [("White House", "White\nHouse")]
    assert found("the White\n\nHouse said", lexicons) == []


def test_border_phrase_is_not_the_actors(lexicons):
    assert found("operations on the U.S.–Mexico border", lexicons) == []
    assert found("the Israel-Lebanon frontier", lexicons) == []
    assert found("Mexico and the U.S. share a border", lexicons) == [
        ("Mexico", "Mexico"),
        ("United States", "U.S."),
    ]


def test_dashed_pair_without_border_keeps_both(lexicons):
    assert found("Iran-Russia Military Partnership", lexicons) == [
        ("Iran", "Iran"),
        ("Russia", "Russia"),
    ]


def test_generic_class_any_case_and_plural(lexicons):
    assert found("Ballistic Missiles; Ballistic missile; a ballistic missile", lexicons) == [
        ("ballistic missile", "Ballistic Missiles"),
        ("ballistic missile", "Ballistic missile"),
        ("ballistic missile", "ballistic missile"),
    ]
    assert found("BALLISTIC MISSILE\nBallistic Missile", lexicons) == [
        ("ballistic missile", "BALLISTIC MISSILE"),
        ("ballistic missile", "Ballistic Missile"),
    ]


def test_designation_variants(lexicons):
    text = "Shahed-136, Shahed 136, Shahed‑136s, X-22, Kh22, Su-35 and SU-35s"
    assert [name for name, _ in found(text, lexicons)] == [
        "Shahed-136",
        "Shahed-136",
        "Shahed-136",
        "Kh-22",
        "Kh-22",
        "Su-35",
        "Su-35",
    ]


def test_designation_does_not_match_a_longer_number(lexicons):
    assert found("Kh-220 and Shahed-1360", lexicons) == []


def test_dash_or_space_between_words(lexicons):
    assert found("Al Qaeda and Al-Qaeda and Al–Qaeda", lexicons) == [
        ("Al-Qaeda", "Al Qaeda"),
        ("Al-Qaeda", "Al-Qaeda"),
        ("Al-Qaeda", "Al–Qaeda"),
    ]


def test_surname_alone_links_only_after_the_full_name(lexicons):
    text = "Kirby spoke first. Then John Kirby said so, and Kirby added more."
    assert found(text, lexicons) == [("John Kirby", "John Kirby"), ("John Kirby", "Kirby")]


def test_titled_surname_links_anywhere_and_includes_the_title(lexicons):
    text = "Mr. Kirby said that Defense Minister Shoigu and Mr Kirby met."
    assert found(text, lexicons) == [
        ("John Kirby", "Mr. Kirby"),
        ("Sergei Shoigu", "Defense Minister Shoigu"),
        ("John Kirby", "Mr Kirby"),
    ]


def test_surname_from_a_titled_alias(lexicons):
    text = "President Xi spoke. Xi Jinping left. Xi returned. Jinping is not a surname."
    assert found(text, lexicons) == [
        ("Xi Jinping", "President Xi"),
        ("Xi Jinping", "Xi Jinping"),
        ("Xi Jinping", "Xi"),
    ]


def test_shared_surname_goes_to_the_person_named_last(lexicons):
    text = "Kim spoke. Kim Yo Jong met Kim Jong Un. Kim said. Kim Yo Jong left. Kim waved."
    names = [name for name, _ in found(text, lexicons)]
    assert names == ["Kim Yo Jong", "Kim Jong Un", "Kim Jong Un", "Kim Yo Jong", "Kim Yo Jong"]
    assert found("Mr. Kim spoke.", lexicons) == []  # two people are called Kim, neither named


def test_surname_with_particles(lexicons):
    text = "Ursula von der Leyen arrived; von der Leyen spoke and Von der Leyen left."
    assert [form for _, form in found(text, lexicons)] == [
        "Ursula von der Leyen",
        "von der Leyen",
        "Von der Leyen",
    ]


def test_people_already_named_elsewhere(lexicons):
    assert found("Kirby said so.", lexicons) == []
    assert found("Kirby said so.", lexicons, people=("John Kirby",)) == [("John Kirby", "Kirby")]


def test_mentions_never_overlap(lexicons):
    text = "U.S. Central Command, the U.S. Navy and the USS Carney, a destroyer"
    matches = match_text(text, lexicons)
    assert [m.name for m in matches] == [
        "US Central Command",
        "US Navy",
        "USS Carney",
        "destroyer",
    ]
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:], strict=False))


def test_empty_and_nameless_text(lexicons):
    assert match_text("", lexicons) == []
    assert match_text("nothing to see here, us included.", lexicons) == []


# --- not-mention phrases ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def phrases(tmp_path_factory):
    """The small lexicons with not-mention phrases written for these tests,
    and the same lexicons with none."""
    folder = tmp_path_factory.mktemp("not_mentions")
    (folder / "not_mentions.txt").write_text(
        "# phrases for the tests\n"
        "Latin America\n"
        "Latin American  # the adjective\n"
        "under the radar\n"
        "Russian roulette\n"
        "drone-strike debate\n"
        "Central Command\n",  # also an alias of US Central Command
        encoding="utf-8",
    )
    (folder / "none.txt").write_text("# no phrases\n", encoding="utf-8")
    (folder / "extra_actors.csv").write_text(
        "name,type,country,aliases,notes\nLatin American Development Bank,organisation,,,\n",
        encoding="utf-8",
    )
    return {
        name: load_lexicons(
            fixture_path("lexicon_actors_small.csv"),
            fixture_path("lexicon_weapons_small.csv"),
            extra_actors=[folder / "extra_actors.csv"],
            titles=fixture_path("lexicon_titles_small.txt"),
            not_mentions=folder / file,
        )
        for name, file in (("with", "not_mentions.txt"), ("without", "none.txt"))
    }


def test_not_mention_phrase_hides_the_names_inside_it(phrases):
    text = "Drones flew under the radar over Latin America, and a radar saw them."
    assert found(text, phrases["without"]) == [
        ("drone", "Drones"),
        ("radar", "radar"),  # in "under the radar"
        ("United States", "America"),  # in "Latin America"
        ("radar", "radar"),
    ]
    assert found(text, phrases["with"]) == [("drone", "Drones"), ("radar", "radar")]


def test_phrase_in_sentence_and_title_case_and_plural(phrases):
    text = "Under the radar; Under The Radar; Russian Roulette; two Russian roulettes; Russian"
    assert found(text, phrases["with"]) == [("Russia", "Russian")]


def test_dashed_phrase_also_matches_with_spaces(phrases):
    text = "The drone-strike debate and the drone strike debate; a drone."
    assert found(text, phrases["with"]) == [("drone", "drone")]


def test_longer_name_wins_over_a_phrase_and_an_alias_over_the_same_phrase(phrases):
    text = "The Latin American Development Bank met Latin American envoys. Central Command said so."
    assert found(text, phrases["with"]) == [
        ("Latin American Development Bank", "Latin American Development Bank"),
        ("US Central Command", "Central Command"),
    ]


def test_phrase_at_the_start_of_the_text_and_in_a_line_of_capitals(phrases):
    assert found("Latin America and the US", phrases["with"]) == [("United States", "US")]
    text = "LATIN AMERICA AND RUSSIA PLAY RUSSIAN ROULETTE\nRussia"
    assert found(text, phrases["without"]) == [
        ("United States", "AMERICA"),
        ("Russia", "RUSSIA"),
        ("Russia", "RUSSIAN"),
        ("Russia", "Russia"),
    ]
    assert found(text, phrases["with"]) == [("Russia", "RUSSIA"), ("Russia", "Russia")]


def test_default_phrases_each_block_a_name_and_are_no_alias(tmp_path):
    """Every phrase of data/not_mentions.txt would be read as a mention without
    the list, is read as none with it, and is spelled differently from every alias."""
    empty = tmp_path / "none.txt"
    empty.write_text("# no phrases\n", encoding="utf-8")
    default = load_lexicons()
    without = load_lexicons(not_mentions=empty)
    assert len(default.not_mentions) >= 40 and without.not_mentions == ()
    aliases = {normalise_key(a) for e in default.entries for a in e.aliases}
    for phrase in default.not_mentions:
        assert match_text(phrase, without), phrase
        assert match_text(phrase, default) == [], phrase
        assert normalise_key(phrase) not in aliases, phrase


def test_whitespace_class_is_every_space_character():
    every = {chr(c) for c in range(0x110000) if chr(c).isspace()}
    assert set(WHITESPACE) == every
    before = re.compile(BEFORE_NAME)
    assert all(before.fullmatch(c) for c in every)
    assert not any(before.fullmatch(c) for c in "aZ09_éЖ\u200b")


def test_a_class_right_after_a_named_system_is_part_of_its_mention(lexicons):
    assert found("Russia fired Kh-22 cruise missiles and Shahed 136 drones.", lexicons) == [
        ("Russia", "Russia"),
        ("Kh-22", "Kh-22 cruise missiles"),
        ("Shahed-136", "Shahed 136 drones"),
    ]
    # Any class describes the system before it; one before a system, only its own category.
    assert found("the Toufan drone; the cruise missile Kh-22; the radar Kh-22", lexicons) == [
        ("Toufan", "Toufan drone"),
        ("Kh-22", "cruise missile Kh-22"),
        ("radar", "radar"),
        ("Kh-22", "Kh-22"),
    ]


def test_a_class_apart_from_a_system_is_a_mention_of_its_own(lexicons):
    assert found("Kh-22, cruise missiles, Su-35\ndrones and Kh-22 or radar", lexicons) == [
        ("Kh-22", "Kh-22"),
        ("cruise missile", "cruise missiles"),
        ("Su-35", "Su-35"),
        ("drone", "drones"),
        ("Kh-22", "Kh-22"),
        ("radar", "radar"),
    ]
    # Two named systems side by side stay two; so do two classes.
    assert found("Su-35 Kh-22 and radar drones", lexicons) == [
        ("Su-35", "Su-35"),
        ("Kh-22", "Kh-22"),
        ("radar", "radar"),
        ("drone", "drones"),
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("said Mr. Kirby", "Mr. "),
        ("said Mr Kirby", "Mr "),
        ("said Mr.\n Kirby", ""),  # a title and its name are on one line
        ("said Dr. Mr. Kirby", "Mr. "),
        ("the Deputy Mr. Kirby", "Mr. "),
        ("Defense Minister Kirby", "Defense Minister "),
        ("said Minister Kirby", "Minister "),
    ],
)
def test_a_one_word_title_is_taken_at_once_and_a_longer_one_searched(text, title):
    titles = frozenset({"mr", "dr", "minister", "defense minister"})
    suffixes = frozenset({"mr", "dr", "minister", "defense minister"})
    start = text.index("Kirby")
    for lone in (frozenset(), frozenset({"mr", "dr"})):  # the quick path and the search agree
        begin = title_before(text, start, 0, titles, 2, suffixes, lone)
        assert (text[begin:start] if begin >= 0 else "") == title


def test_currency_names_count_nothing_for_their_country():
    from analysis.entities import find_all_mentions, load_lexicons
    from analysis.text import article_from_text

    text = (
        "Deal signed\n\nThe firm paid 40 million U.S. dollars, 30 million Swiss francs, "
        "5 million Indian rupees and US$2 million. Brazil signed.\n"
    )
    mentions = find_all_mentions(article_from_text(text), load_lexicons())
    assert mentions.loc[mentions["kind"] == "actor", "name"].tolist() == ["Brazil"]


def test_a_stock_exchange_with_a_country_word_is_the_exchange():
    from analysis.entities import find_all_mentions, load_lexicons
    from analysis.text import article_from_text

    text = "Shares up\n\nShares of Kamper Foods rose on Bursa Malaysia and the Korea Exchange.\n"
    mentions = find_all_mentions(article_from_text(text), load_lexicons())
    names = set(mentions.loc[mentions["kind"] == "actor", "name"])
    assert {"Bursa Malaysia", "Korea Exchange"} <= names
    assert not {"Malaysia", "South Korea"} & names


def test_a_paragraph_opening_in_capitals_is_matched():
    from analysis.entities import find_all_mentions, load_lexicons
    from analysis.text import article_from_text

    text = "Shares up\n\nPOLAND’S top index rose on Monday.\n"
    mentions = find_all_mentions(article_from_text(text), load_lexicons())
    assert mentions.loc[mentions["kind"] == "actor", "name"].tolist() == ["Poland"]


def test_large_companies_named_bare_are_known():
    from analysis.entities import find_all_mentions, load_lexicons
    from analysis.text import article_from_text

    text = "Stocks mixed\n\nPfizer gained while Aer Lingus slipped.\n"
    mentions = find_all_mentions(article_from_text(text), load_lexicons())
    rows = mentions[mentions["kind"] == "actor"]
    assert sorted(zip(rows["name"], rows["type"], rows["country"], strict=True)) == [
        ("Aer Lingus", "company", "IRL"),
        ("Pfizer", "company", "USA"),
    ]
