"""A party's own name that opens with its country's word is one name (discovery_parties).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Coalition talks go on\n\n"


def actors(text: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + text + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "actor", "name"].value_counts().to_dict()


def countries(text: str) -> dict[str, str]:
    mentions = find_all_mentions(article_from_text(HEADLINE + text + "\n"), load_lexicons())
    rows = mentions[mentions["kind"] == "actor"]
    return dict(zip(rows["name"], rows["country"], strict=True))


def test_a_demonym_before_another_country_party_name_makes_one_party_of_its_own():
    text = (
        "The Moldovan Democratic Party won ten seats, and the Moldovan Democratic Party's "
        "chairman spoke."
    )
    assert actors(text) == {"Moldovan Democratic Party": 2}
    assert countries(text)["Moldovan Democratic Party"] == "MDA"


def test_a_demonym_before_a_shared_party_name_inside_a_run_makes_one_party():
    assert actors("Leaders of the Latvian Green Party met on Monday.") == {"Latvian Green Party": 1}


def test_the_party_bracketed_acronym_counts_for_the_longer_name():
    text = "The Moldovan Democratic Party (MDP) lost. The MDP blamed the turnout."
    assert actors(text) == {"Moldovan Democratic Party": 3}


def test_a_titled_person_before_of_the_party_is_still_read():
    counts = actors("Minister Tomas Verlo of the Latvian Green Party spoke.")
    assert counts == {"Tomas Verlo": 1, "Latvian Green Party": 1}


def test_a_possessive_country_counts_apart_from_the_party():
    assert actors("Kenya's Labour Party won the vote.") == {
        "Kenya": 1,
        "Labour Party (Kenya)": 1,
    }


def test_a_country_abbreviated_in_capitals_makes_no_new_party():
    assert actors("The US Democratic Party met in June.") == {"Democratic Party": 1}


def test_a_demonym_and_a_party_word_the_text_calls_a_party_make_one_party():
    # the lexicon knows another country's "Congress party": the capitalised name wins
    text = (
        "The premier dropped the centrist Bhutanese Congress party on Monday. "
        "The Bhutanese Congress said it would sit in opposition."
    )
    assert actors(text) == {"Bhutanese Congress": 2}
    assert countries(text)["Bhutanese Congress"] == "BTN"


def test_a_demonym_and_a_party_word_without_the_word_party_stay_apart():
    counts = actors("The Bhutanese Congress leaders met on Monday.")
    assert "Bhutanese Congress" not in counts
    assert counts["Bhutan"] == 1


def test_a_party_named_by_what_only_a_party_does():
    text = (
        "Kavo Renewal, led by former mayor Ana Lutz, won 40 seats. The Green Dawn coalition "
        "came second. Voters in the south backed Nova Esquerda, and Nova Esquerda won 12 seats. "
        "The Tulip Bloc joined the opposition."
    )
    assert actors(text) == {
        "Kavo Renewal": 1,
        "Ana Lutz": 1,
        "Green Dawn": 1,
        "Nova Esquerda": 2,
        "Tulip Bloc": 1,
    }


def test_a_person_who_wins_a_seat_and_the_leader_of_a_movement_stay_people():
    text = "Sources said Meridian Hope, a movement led by Jan Oort, had split. Ana Lutz won a seat."
    assert actors(text) == {"Meridian Hope": 1, "Jan Oort": 1}


def test_a_led_or_backed_modifier_before_coalition_is_no_party():
    assert actors("The Saudi-led coalition struck twice on Monday.") == {"Saudi Arabia": 1}


def test_a_party_acronym_before_a_member_s_seat_is_the_party_not_a_vehicle():
    text = (
        "The Allied People's Congress (APC) won. The motion was moved by Sen. Ana Roe "
        "(APC-Lagos West) and seconded by Sen. Tom Obi (APC-Kano North)."
    )
    mentions = find_all_mentions(article_from_text(HEADLINE + text + "\n"), load_lexicons())
    assert "military vehicle (generic)" not in set(mentions["name"])
    assert actors(text)["Allied People's Congress"] == 4


def test_a_seat_bracket_before_the_party_s_full_name_counts_for_the_party():
    text = (
        "The motion was moved by Sen. Ana Roe (APC-Lagos West). Critics said the nominee "
        "belongs to the ruling Allied People's Congress."
    )
    assert actors(text) == {"Ana Roe": 1, "Allied People's Congress": 2}


def test_a_person_of_a_party_the_text_calls_a_party():
    text = (
        "Opposition leader Tomas Kavel of the Commitment for Citizens and Renewal party "
        "criticised the plan."
    )
    assert actors(text) == {"Tomas Kavel": 1, "Commitment for Citizens and Renewal": 1}


def test_lawmakers_from_a_name_and_a_bench_name_parties_not_regions():
    text = (
        "Lawmakers from the leftist Kavo Libre and the conservative Fuerza Nova voted no. "
        "Lawmakers from South Kivu objected. Ana Roe, of the Tulip Renewal bench, agreed."
    )
    counts = actors(text)
    assert counts["Kavo Libre"] == 1
    assert counts["Fuerza Nova"] == 1
    assert counts["Tulip Renewal"] == 1
    assert "South Kivu" not in counts


def test_a_people_s_or_a_region_s_word_before_bloc_is_no_party():
    counts = actors("The Shia bloc walked out. The Kurd caucus met. The Arab coalition struck.")
    assert counts == {}


def test_lawmakers_from_a_place_of_two_words_name_no_party():
    text = (
        "Senators from New Hampshire objected. Deputies from Kavo Sur wept. Lawmakers from "
        "Rio Grande do Sul agreed."
    )
    assert actors(text) == {}
