"""Context: generic institutions take their country from the text; capitals as places count nothing.

Every sentence here is made up for the test.
"""

from __future__ import annotations

import pytest

from analysis.entities import find_all_mentions, load_lexicons, rows_from_frame
from analysis.entities.context import is_place, main_country
from analysis.text import article_from_text

HEADLINE = "Supply talks go on\n\n"


def actors(text: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(text), load_lexicons())
    return mentions.loc[mentions["kind"] == "actor", "name"].value_counts().to_dict()


def test_a_possessive_country_names_the_ministry_and_counts_itself():
    counts = actors(HEADLINE + "Serbia's defence ministry did not reply.\n")
    assert counts == {"Ministry of Defence (Serbia)": 1, "Serbia": 1}


def test_a_demonym_before_a_lower_case_ministry_counts_for_both():
    counts = actors(HEADLINE + "A Chilean defence ministry report was cited.\n")
    assert counts == {"Ministry of Defence (Chile)": 1, "Chile": 1}


def test_without_a_country_in_the_sentence_the_article_main_country_is_taken():
    text = HEADLINE + (
        "Chile will buy radars. Chile has the money, and Peru agreed. "
        "The Ministry of Defence said the order was signed.\n"
    )
    assert actors(text)["Ministry of Defence (Chile)"] == 1


def test_no_country_anywhere_is_said_and_no_default_country_is_taken():
    counts = actors(HEADLINE + "The Ministry of Defence said the order was signed.\n")
    assert counts == {"Ministry of Defence (country not stated)": 1}
    assert "UK Ministry of Defence" not in counts


def test_a_capitalised_service_after_a_demonym_is_its_own_name():
    counts = actors(HEADLINE + "The Chilean Navy will receive two ships.\n")
    assert counts == {"Chilean Navy": 1}


def test_capitals_as_places_count_nothing_but_as_the_state_they_count():
    as_place = actors(HEADLINE + "Talks were held in Oslo on Monday.\n")
    assert "Government of Norway" not in as_place
    as_state = actors(HEADLINE + "Oslo said it would send aid, and aid to Oslo grew.\n")
    assert as_state["Government of Norway"] == 2


def test_a_dateline_capital_is_a_place():
    counts = actors(HEADLINE + "OSLO, May 3 (Wire) - Norway will send aid.\n")
    assert counts == {"Norway": 1}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("They met near Lima.", True),
        ("Lima's airport was shut.", True),
        ("Wire | Lima | Updated", True),
        ("Lima rejected the claim.", False),
    ],
)
def test_is_place(text, place):
    assert is_place(text, text.index("Lima"), text.index("Lima") + 4) is place


def test_main_country_is_none_on_a_tie():
    mentions = find_all_mentions(article_from_text(HEADLINE + "Chile and Peru met.\n"))
    assert main_country(rows_from_frame(mentions)) == ""
    mentions = find_all_mentions(article_from_text(HEADLINE + "Chile, Chile and Peru met.\n"))
    assert main_country(rows_from_frame(mentions)) == "CHL"


def test_a_us_administration_is_its_own_actor_and_rolls_up_to_the_country():
    counts = actors(HEADLINE + "The Trump administration approved the sale.\n")
    assert counts == {"Trump administration": 1}
    mentions = find_all_mentions(article_from_text(HEADLINE + "The Obama administration agreed.\n"))
    row = mentions[mentions["name"] == "Obama administration"].iloc[0]
    assert (row["type"], row["country"]) == ("government", "USA")


def test_from_a_capital_is_the_state_unless_it_is_a_journey():
    from analysis.entities.context import is_place

    text = "Lima wants to buy more jets from Oslo, he said after he flew from Quito to Lima."
    assert not is_place(text, text.index("Oslo"), text.index("Oslo") + 4)
    start = text.index("Quito")
    assert is_place(text, start, start + 5)


def test_a_lower_case_bare_service_is_a_description_not_a_name():
    counts = actors(HEADLINE + "Kenya's army said the army would stay.\n")
    assert counts == {"Army (Kenya)": 1, "Kenya": 1}


def test_a_generic_service_takes_the_lexicon_name_of_its_country():
    # the lexicon has "Pakistan Army" and "China Coast Guard"
    counts = actors(HEADLINE + "Pakistan's Army moved. China's coastguard stayed away.\n")
    assert counts["Pakistan Army"] == 1
    assert counts["China Coast Guard"] == 1


def test_a_generic_service_takes_the_article_own_name_for_it():
    counts = actors(HEADLINE + "The Chilean Army arrived. Later the Army's engineers left.\n")
    assert counts["Chilean Army"] == 2


def test_a_capital_after_visit_is_a_place():
    counts = actors(HEADLINE + "The president will visit Ankara next week.\n")
    assert "Government of Turkey" not in counts


def test_a_capital_naming_a_news_desk_is_no_government():
    assert actors("Shares rise on deals - London Report\n\nShares rose.\n") == {}


def test_a_service_name_that_is_a_plane_is_not_the_service():
    text = HEADLINE + "The president flew to Denver aboard Air Force One.\n"
    assert actors(text) == {}


# --- round 3: the nearest country, own names, police, embassies, "Government of" ---------------


def test_a_bare_service_takes_the_country_it_was_last_named_with():
    # Japan is the main country and the only country of the sentence before; the Navy was
    # named as Chile's, so the later bare "the Navy" is Chile's too
    text = HEADLINE + (
        "The Chilean Navy received two ships from Japan. Japan said more would follow. "
        "Japan will train crews. The Navy will test them in March.\n"
    )
    counts = actors(text)
    assert counts["Chilean Navy"] == 2 and counts["Japan"] == 3
    assert not any(name.startswith("Navy (") for name in counts)


def test_a_generic_ministry_takes_the_nearest_country_before_it_in_its_sentence():
    # Brazil is the main country (3); the sentence names Peru before the ministry, Brazil after
    text = HEADLINE + (
        "Brazil hosted the talks. Brazil set the agenda. "
        "After Peru agreed, the Ministry of Defence said it would buy from Brazil.\n"
    )
    counts = actors(text)
    assert counts.get("Ministry of Defence (Peru)") == 1
    assert "Ministry of Defence (Brazil)" not in counts


def test_a_generic_ministry_takes_the_one_country_of_the_sentence_before():
    text = HEADLINE + (
        "Brazil hosted the talks. Brazil set the agenda. Brazil paid for them. "
        "Peru's delegation arrived late on Monday. The Defence Ministry flew it home.\n"
    )
    assert actors(text).get("Ministry of Defence (Peru)") == 1


def test_a_service_written_first_in_a_possessive_takes_the_article_own_name():
    text = HEADLINE + (
        "Ghana's Army trains here. The Ghana Army opened a school, and the Army pays for it.\n"
    )
    counts = actors(text)
    # "Ghana's Army" (Ghana 1 + the army), "Ghana Army" (one name), "the Army"
    assert counts == {"Ghana": 1, "Ghana Army": 3}


def test_police_count_with_a_country_and_not_as_a_bare_word():
    text = HEADLINE + (
        "Kenyan police arrested six men. Police said they were freed later. "
        "The Ghana Police Service helped, the Commissioner of Police said, "
        "and Police Crowd Control Vehicles stood by.\n"
    )
    counts = actors(text)
    # "Kenyan police": Kenya 1 and Kenya's police 1; "Police said" opens its sentence: a
    # bare description; "Ghana Police Service" is the force's own name (no extra Ghana);
    # "Commissioner of Police" is a title; the vehicles' name holds no force
    assert counts == {"Kenya": 1, "Police (Kenya)": 1, "Ghana Police Service": 1}


def test_an_embassy_takes_its_country_before_or_after_it():
    text = HEADLINE + (
        "The US Embassy in Nairobi said the Embassy of Chile agreed. "
        "The embassy gave no details. The Israeli Embassy did not reply.\n"
    )
    counts = actors(text)
    # "US Embassy": the United States 1 and its embassy 1; "Embassy of Chile" holds its
    # country (one name); lower-case "The embassy" is a bare description
    assert counts == {
        "United States": 1,
        "Embassy of the United States": 1,
        "Embassy of Chile": 1,
        "Israel": 1,
        "Embassy of Israel": 1,
    }


def test_government_of_a_country_written_another_way_is_its_government():
    text = HEADLINE + "The Government of St. Vincent and the Grenadines will host it.\n"
    mentions = find_all_mentions(article_from_text(text), load_lexicons())
    actors_ = mentions[mentions["kind"] == "actor"]
    assert actors_["name"].tolist() == ["Government of Saint Vincent and the Grenadines"]
    assert actors_["form"].tolist() == ["Government of St. Vincent and the Grenadines"]
