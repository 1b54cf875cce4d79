"""Tests of analysis.entities.weapon_models (through the mentions table).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Army gets new kit\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_a_civil_airliner_with_a_bracketed_or_suffixed_variant_is_no_weapon():
    assert weapons("The airline ordered 40 Airbus A350 (A350-1000) jets.") == {}
    assert weapons("The carrier flies the Boeing 777X (777-9) aircraft.") == {}
    assert weapons("A budget airline bought Boeing 737 MAX 10 jets.") == {}


def test_a_military_tanker_built_on_an_airliner_is_a_weapon():
    assert weapons("Two A330 MRTT tanker aircraft will arrive in June.") == {"Airbus A330 MRTT": 1}


def test_a_place_before_a_drone_class_is_no_model():
    text = (
        "Overnight, the Ostrava drone attack hurt two. Residents in Brnovo said "
        "Brnovo drones were loud. The army invested in Falco drones."
    )
    assert weapons(text) == {"drone (generic)": 2, "Falco": 1}


def test_a_model_name_may_end_in_a_roman_numeral():
    text = "The army flies Falcon Eye III drones. The Falcon Eye III is small."
    assert weapons(text) == {"Falcon Eye III": 2}


def test_a_model_name_before_a_missile_or_artillery_class_is_that_model():
    text = "Varnia sold Sea Serpent anti-ship missiles and Thornfield rocket launchers."
    assert weapons(text) == {"Sea Serpent": 1, "Thornfield": 1}


def test_a_model_name_before_a_class_acronym_is_one_mention_of_that_model():
    assert weapons("Ruritania leased two Condor UAVs last year.") == {"Condor": 1}


def test_a_class_acronym_after_a_country_names_no_model():
    assert weapons("Ruritania flew UAVs. Pakistan UAVs crashed.") == {"drone (generic)": 2}
