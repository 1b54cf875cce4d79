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
        ("He was taken to Lima's Central Polyclinic for a check.", True),
        ("Lima's Foreign Ministry protested.", False),
        ("Former Lima governor Ana Roe took the post.", True),
        ("Lima Metropolitan Police spokesman Ana Roe said so.", True),
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
    # "Kenya's army" describes the army: the country counts, no army actor (described_forces)
    counts = actors(HEADLINE + "Kenya's army said the army would stay.\n")
    assert counts == {"Kenya": 1}


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


def test_a_capital_whose_mayor_or_outskirts_are_meant_is_a_place():
    text = HEADLINE + (
        "The mayor of Oslo said the outskirts of Kyiv were shelled. Oslo said it would send "
        "aid to Kyiv.\n"
    )
    counts = actors(text)
    assert counts["Government of Norway"] == 1  # "Oslo said" only
    assert counts["Government of Ukraine"] == 1  # "aid to Kyiv" only


def test_a_service_day_is_an_event_not_the_service():
    text = HEADLINE + "Crowds watched the Armed Forces Day parade. Navy Day falls in May.\n"
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
    # Brazil is the main country (3) but not in the sentence, which names Chile, then Peru
    text = HEADLINE + (
        "Brazil hosted the talks. Brazil set the agenda. Brazil paid. "
        "Chile said that after Peru agreed, the Ministry of Defence would buy radars.\n"
    )
    counts = actors(text)
    assert counts.get("Ministry of Defence (Peru)") == 1
    assert "Ministry of Defence (Brazil)" not in counts


def test_of_several_countries_in_the_sentence_the_main_one_is_the_speaker():
    text = HEADLINE + (
        "Brazil hosted the talks. Brazil set the agenda. "
        "Brazil will buy jets from Peru, the Defence Ministry said.\n"
    )
    assert actors(text).get("Ministry of Defence (Brazil)") == 1


def test_a_headline_service_is_the_one_the_body_names():
    text = (
        "New Navy frigate launched in Japan\n\n"
        "The Chilean Navy's first frigate was launched in Japan.\n"
    )
    # the headline's Navy is Chile's (the body says so), not Japan's (its sentence's country)
    assert actors(text) == {"Chilean Navy": 2, "Japan": 2}


def test_a_caption_place_in_the_sentence_before_gives_no_country():
    text = HEADLINE + (
        "Brazil hosted the talks. Brazil set the agenda.\n\n"
        "Guns at a range in Peru, May 2.\n\nThe Army said the order was signed.\n"
    )
    # the paragraph before is another paragraph: the main country (Brazil) is taken
    assert actors(text).get("Army (Brazil)") == 1


def test_a_country_before_government_in_any_case_is_that_government_and_a_bare_one_is_not():
    text = HEADLINE + (
        "The Kenya government and the Ghana Government agreed, the Government said. "
        "Government officials were pleased.\n"
    )
    # one mention each, the country inside the name; a bare "the Government" counts nothing
    assert actors(text) == {"Government of Kenya": 1, "Government of Ghana": 1}


def test_the_afp_in_an_article_on_the_philippines_is_its_armed_forces():
    text = HEADLINE + (
        "The Philippines got ten vehicles, a request the AFP made last year, AFP reported. "
        "A photo by the AFP news agency ran too.\n"
    )
    counts = actors(text)
    # "the AFP made": the armed forces; bare "AFP reported" and "the AFP news agency": the agency
    assert counts["Armed Forces of the Philippines"] == 1
    assert counts["Agence France-Presse"] == 2


# Parties many countries share a name with ("Labour", "the Greens") take the country of the text.


def test_a_shared_party_name_takes_the_country_the_text_is_about():
    counts = actors(HEADLINE + "In Britain, Labour won most seats and the Conservatives lost.\n")
    assert counts == {
        "Labour Party (United Kingdom)": 1,
        "Conservative Party (United Kingdom)": 1,
        "United Kingdom": 1,
    }


def test_a_shared_party_name_is_the_lexicon_party_of_that_country():
    text = HEADLINE + (
        "In Germany support for the Greens and the Social Democrats held. "
        "Canada's Liberals did not gain.\n"
    )
    assert actors(text) == {
        "Germany": 1,
        "Alliance 90/The Greens": 1,
        "Social Democratic Party of Germany": 1,
        "Canada": 1,
        "Liberal Party of Canada": 1,
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Labour costs rose in Britain.",  # a capital opening the sentence, then a common noun
        "Britain marked Labour Day quietly.",  # part of a longer name
        "Britain's Ministry of Labour said so.",  # the object of an office's name
        "Britain's labour market is tight.",  # lower case: a common noun
    ],
)
def test_a_party_word_that_is_no_party_counts_nothing(sentence):
    assert not any("Labour Party" in name for name in actors(HEADLINE + sentence + "\n"))


def test_a_party_word_opening_a_sentence_counts_when_the_text_names_it_elsewhere():
    text = HEADLINE + "Labour lost in Britain. Voters there left Labour for a new party.\n"
    assert actors(text)["Labour Party (United Kingdom)"] == 2


def test_party_acronyms_of_reference_data_count():
    text = HEADLINE + "The CDU and the FDP voted against; the AfD abstained in Germany.\n"
    assert actors(text) == {
        "Christian Democratic Union": 1,
        "Free Democratic Party": 1,
        "Alternative for Germany": 1,
        "Germany": 1,
    }


# A bare "House" is a chamber only of a country the lexicon holds its House of.


def test_a_bare_house_in_a_us_article_is_the_us_house():
    text = "House backs the farm bill\n\n" + (
        "The House vote in Washington follows the US Senate's, and House leaders said the US "
        "Congress would finish next week.\n"
    )
    assert actors(text)["US House of Representatives"] == 3


@pytest.mark.parametrize(
    "sentence",
    [
        "The US singer played the Opera House on Friday.",  # part of another name
        "Voters in the US stayed at the house party.",  # lower case
        "Kenya's House debated the budget.",  # no House of Kenya in the lexicon
    ],
)
def test_a_house_that_is_no_known_chamber_counts_nothing(sentence):
    assert "US House of Representatives" not in actors(HEADLINE + sentence + "\n")
    assert not any(name.startswith("House of") for name in actors(HEADLINE + sentence + "\n"))


def test_a_bare_supreme_court_is_the_court_of_the_country_of_the_text():
    text = HEADLINE + (
        "Protesters in Malawi marched to the Supreme Court on Monday. "
        "The Supreme Court of Appeal sat later, and a supreme court in a novel did not.\n"
    )
    counts = actors(text)
    assert counts["Supreme Court (Malawi)"] == 1
    assert sum("Court" in name for name in counts) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Crowds marched in the capital, Oslo, on Friday.",
        "Troops paraded in the Norwegian capital Oslo last week.",
        "Talks went on at the country's capital city, Oslo, for days.",
    ],
)
def test_a_capital_in_apposition_to_the_capital_after_a_place_word_is_a_place(sentence):
    assert "Government of Norway" not in actors(HEADLINE + sentence + "\n")


def test_a_capital_after_the_capital_without_a_place_word_is_still_the_state():
    counts = actors(HEADLINE + "The aid was sent to the capital, Oslo, which thanked donors.\n")
    assert counts.get("Government of Norway") == 1


def test_the_army_inside_the_title_chief_of_army_staff_counts_nothing():
    text = HEADLINE + "Chief of Army Staff General Tomas Verlo inspected the drills.\n"
    assert not any(name.startswith("Army") for name in actors(text))
    text = HEADLINE + "Kenya's Chief of the Army Staff met the troops.\n"
    assert actors(text) == {"Kenya": 1}


def test_the_capital_in_apposition_after_including_or_seized_is_a_place():
    counts = actors(
        HEADLINE + "The rebels hold much of the north, including the capital, Oslo, and "
        "later seized the capital, Oslo, again.\n"
    )
    assert "Government of Norway" not in counts


def test_a_chamber_takes_its_country_from_its_seat_a_capital_as_a_place():
    counts = actors(
        HEADLINE + "The National Assembly in Oslo passed the bill on Monday. The Senate in "
        "Lima rejected a similar one.\n"
    )
    assert counts == {"National Assembly (Norway)": 1, "Senate (Peru)": 1}


def test_a_country_s_name_opening_a_province_s_name_is_a_place():
    counts = actors(
        HEADLINE + "Gunmen attacked a village in Niger State. Niger's junta said it would help.\n"
    )
    assert counts == {"Niger": 1}


def test_a_numbered_unit_with_its_bracketed_acronym_keeps_its_number():
    counts = actors(
        HEADLINE + "He toured the 115 Special Operations Group (SOG) on Monday. The SOG "
        "later moved.\n"
    )
    assert counts == {"115 Special Operations Group": 3}


def test_a_capital_closing_a_longer_place_name_counts_nothing():
    counts = actors(HEADLINE + "Fighters left Vila da Praia at dawn. Praia said it would help.\n")
    assert counts == {"Government of Cabo Verde": 1}


def test_an_ethnic_community_counts_not_for_the_state():
    text = "Ethnic Serbs and Kosovo Serbs marched; an ethnic Albanian mayor met Serbia's envoy.\n"
    assert actors(HEADLINE + text) == {"Kosovo": 1, "Serbia": 1}
