"""Widely used warship classes, naval guns, exported armoured vehicles, fighter engines
and air-defence systems (rows of ``data/weapons.csv``; sources in ``data/README.md``).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Defence news\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_exported_warship_classes_are_named_by_their_class():
    text = (
        "Ruritania retired two Oliver Hazard Perry-class frigates and bought three Type 209 "
        "submarines, a Scorpene-class boat and four MEKO A-200 frigates."
    )
    assert weapons(text) == {
        "Oliver Hazard Perry-class frigate": 1,
        "Type 209 submarine": 1,
        "Scorpène-class submarine": 1,
        "MEKO frigate": 1,
    }


def test_a_national_class_of_an_exported_design_is_its_design():
    # India's Kalvari class is the Scorpène built in India
    assert weapons("Two Kalvari-class submarines left port.") == {"Scorpène-class submarine": 1}


def test_naval_guns_and_close_in_weapons_count_with_their_maker_or_class_word():
    text = "It carries an Oto Melara 76mm gun and a Goalkeeper CIWS."
    assert weapons(text) == {"Oto Melara 76 mm gun": 1, "Goalkeeper CIWS": 1}


def test_class_names_that_are_ordinary_words_count_only_with_class_or_maker():
    text = (
        "The goalkeeper saved a penalty in Halifax. A warrior and a cougar met by the Kongo "
        "river, where FDI rose."
    )
    assert weapons(text) == {}


def test_ordinary_words_with_their_class_or_maker_are_the_systems():
    text = (
        "A Halifax-class frigate escorted Warrior IFVs, Cougar MRAP trucks and a "
        "Kongo-class destroyer."
    )
    assert weapons(text) == {
        "Halifax-class frigate": 1,
        "Warrior IFV": 1,
        "Cougar MRAP": 1,
        "Kongo-class destroyer": 1,
    }


def test_exported_armoured_vehicles_are_named():
    text = "The army took Patria 6x6 carriers, Pandur II vehicles and Otokar Cobra II cars."
    assert weapons(text) == {"Patria 6x6": 1, "Pandur II": 1, "Otokar Cobra": 1}


def test_fighter_engines_are_named_by_their_type():
    text = "The jets fly with the Volvo RM12, the F404 engine, the EJ200 and the Safran M88."
    assert weapons(text) == {
        "aircraft (generic)": 1,
        "Volvo RM12": 1,
        "F404": 1,
        "EJ200": 1,
        "Safran M88": 1,
    }


def test_air_defence_systems_with_a_sword_or_a_football_name_need_their_class():
    text = "Ruritania bought Skyguard systems, Sky Sabre and a Rapier missile system."
    assert weapons(text) == {"Skyguard": 1, "Sky Sabre": 1, "Rapier missile system": 1}
    assert weapons("He drew a rapier.") == {}


def test_strike_fighters_drones_and_ship_missiles_added_to_the_lexicon():
    text = (
        "Ruritania flies old Jaguar strike fighters and wants the Eurodrone, a Euro Hawk "
        "and a Spruance-class destroyer with a Standard MR launcher."
    )
    assert weapons(text) == {
        "SEPECAT Jaguar": 1,
        "Eurodrone": 1,
        "RQ-4 Global Hawk": 1,
        "Spruance-class destroyer": 1,
        "Standard Missile": 1,
    }


def test_multirole_fighter_acronyms_and_roles_count_as_fighters():
    text = (
        "The air force seeks 100 MRFs under the MMRCA plan, and will turn an air defence "
        "fighter into a multi-role fighter."
    )
    assert weapons(text) == {"aircraft (generic)": 4}
    # the singular "MRF" is also a company's and a marine force's name: not listed
    assert weapons("The MRF tyre plant opened.") == {}


def test_plural_class_acronyms_count_under_their_generic_class():
    text = (
        "Ruritania fields SPHs and MANPADs, and its navy SLCMs, AShMs, UUVs, two SSBNs and an SSK."
    )
    assert weapons(text) == {
        "artillery (generic)": 1,
        "air defence (generic)": 1,
        "missile (generic)": 2,
        "drone (generic)": 1,
        "submarine (generic)": 2,
    }


def test_guided_bomb_kits_missiles_and_ship_systems_added_to_the_lexicon():
    text = (
        "The jets carry AASM Hammer bombs, SPICE 1000 kits and R-77 missiles; the frigate "
        "has a Mk 41 VLS, a Sea Viper system and a SeaRAM, and two H145M helicopters. A hammer "
        "and spice were sold."
    )
    assert weapons(text) == {
        "aircraft (generic)": 1,
        "AASM Hammer": 1,
        "SPICE": 1,
        "R-77": 1,
        "warship (generic)": 1,
        "Mk 41 Vertical Launching System": 1,
        "Sea Viper": 1,
        "SeaRAM": 1,
        "H145M": 1,
    }
