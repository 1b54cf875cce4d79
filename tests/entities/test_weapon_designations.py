"""Tests of analysis.entities.weapon_designations (through the mentions table).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Army gets new kit\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_a_designation_before_a_class_noun_is_one_mention_of_it():
    assert weapons("The army fielded the ZX-300 howitzer last year.") == {"ZX-300": 1}
    assert weapons("It ordered 40 QRM-104E missiles.") == {"QRM-104E": 1}


def test_a_designation_before_a_described_vehicle_takes_the_whole_phrase():
    assert weapons("It will buy 12 units of ZX-12 armoured supply vehicles.") == {"ZX-12": 1}


def test_a_ship_class_keeps_its_noun():
    assert weapons("Two more Selva-class Batch II frigates are due.") == {
        "Selva-class Batch II frigate": 1
    }


def test_a_class_in_apposition_before_a_designation_is_one_mention():
    assert weapons("It launched a spy satellite, XT 7B, for the navy.") == {"XT 7B": 1}


def test_designation_without_a_class_noun_is_no_weapon():
    assert weapons("The ZX-300 talks ended and the G7 summit began.") == {}


def test_a_designation_may_alternate_letters_and_digits():
    assert weapons("Crews loaded 90 TR2A1 machine guns onto trucks.") == {"TR2A1": 1}


def test_a_joint_designation_keeps_its_an_prefix():
    assert weapons("The base installed an AN/QRS-12 radar system.") == {"AN/QRS-12": 1}


def test_a_month_and_year_before_a_class_noun_is_no_designation():
    assert weapons("In May 2020 drones struck the port.") == {"drone (generic)": 1}


def test_a_mark_number_before_a_class_noun_is_a_designation():
    assert weapons("The ship carries three Mk 57 launchers.") == {"Mk 57": 1}


def test_a_road_number_before_trucks_is_no_weapon():
    assert weapons("Convoys of Route 66 trucks carried grain.") == {}


def test_a_russian_style_designation_before_a_class_noun_is_found():
    assert weapons("It ordered Ka-62 helicopters and Yak-152 aircraft.") == {
        "Ka-62": 1,
        "Yak-152": 1,
    }


def test_a_variant_of_a_lexicon_designation_is_that_system():
    assert weapons("A Mi-8 and a Mi-17B4 landed beside an F-16W.") == {
        "Mi-8": 1,
        "Mi-17": 1,
        "F-16": 1,
    }


def test_a_ship_class_named_with_a_programme_number_keeps_its_noun():
    assert weapons("The navy ordered seven Project 15B-class destroyers in May.") == {
        "Project 15B-class destroyer": 1
    }


def test_a_ship_class_without_its_dash_is_a_class_before_a_ship_noun_only():
    text = "Four Bravo class corvettes’ guns were replaced. The Bravo class is old."
    assert weapons(text) == {"Bravo-class corvette": 2}
    assert weapons("A Business class seat cost more than a jet.") == {"aircraft (generic)": 1}
    assert weapons("The Bravo class is a corvette design.") == {"warship (generic)": 1}


def test_a_soviet_style_index_before_a_class_noun_is_a_designation():
    assert weapons("The battery moved its 96L9 radar north.") == {"96L9": 1}
    # a vehicle's wheel formula and a printer are none
    assert weapons("The 4x4 vehicles and 3D printers arrived.") == {}


def test_a_designation_may_carry_any_two_letter_system_prefix_with_a_slash():
    assert weapons("The jets will get the EL/Q-2052 radar.") == {
        "EL/Q-2052": 1,
        "aircraft (generic)": 1,
    }


def test_a_designation_after_a_named_system_of_its_category_is_that_systems_variant():
    assert weapons("The boats will carry Exocet SM39 missiles.") == {"Exocet": 1}
    text = "The frigates will carry Storm Shadow ZX5 missiles, and the jets fly Rafale M88 engines."
    found = weapons(text)
    assert found["Storm Shadow"] == 1 and "ZX5" not in found
    # an engine is no variant of a jet; "M88 engine" is the lexicon's Safran M88
    assert found["Rafale"] == 1 and found["Safran M88"] == 1


def test_a_designation_in_quotes_before_its_class_noun_is_one_mention():
    text = 'The navy tested the "ZR-78" cruise missile and the tank.'
    assert weapons(text) == {"ZR-78": 1, "tank (generic)": 1}


def test_a_designations_class_phrase_stops_before_an_article():
    assert weapons("It fired a ZR-7 cruise missile and the tank.") == {
        "ZR-7": 1,
        "tank (generic)": 1,
    }


def test_a_determined_class_noun_right_before_a_designation_is_one_mention():
    assert weapons("Their howitzer KX-300 fired at dawn.") == {"KX-300": 1}
    assert weapons('A crew loaded the howitzer "KX-301" at dawn.') == {"KX-301": 1}


def test_a_designation_joined_by_and_to_a_class_is_its_own_weapon():
    text = "Troops were armed with ZX90 and sniper rifles."
    assert weapons(text) == {"ZX90": 1, "small arms (generic)": 1}
    text = "The base keeps QR-7 or light machine guns."
    assert weapons(text) == {"QR-7": 1, "small arms (generic)": 1}


def test_a_lexicon_designation_with_a_variant_letter_in_the_plural_is_that_system():
    text = "The ministry will refurbish 30 UH-60Ms and retire its old MiG-29As by May."
    assert weapons(text) == {"UH-60 Black Hawk": 1, "MiG-29": 1}


def test_a_lower_case_s_without_a_variant_letter_before_it_is_no_plural_variant():
    # "B2Bs" has no lexicon system inside it: nothing to count
    assert weapons("The firm sells to B2Bs and retailers.") == {}


def test_a_lexicon_designation_with_an_unlisted_variant_letter_before_its_class_noun():
    # "L-159" is in the lexicon, "L-159E" is not: the variant is the lexicon's system
    text = "Ruritania signed for six L-159E two-seat light combat aircraft."
    assert weapons(text) == {"L-159 ALCA": 1}


def test_a_family_name_and_an_unlisted_variant_before_its_class_noun():
    text = "The army will rebuild 40 Leopard 2A6MX3 tanks by 2031."
    assert weapons(text) == {"Leopard 2": 1}


def test_an_unknown_designation_before_its_class_noun_keeps_its_own_name():
    assert weapons("The army tested the KX-300B howitzer.") == {"KX-300B": 1}


def test_bracketed_words_spelling_out_the_variant_letters_are_no_second_name():
    text = "The first FA-50GF (Gap Filler) aircraft arrive in May."
    assert weapons(text) == {"FA-50": 1}


def test_a_designation_before_a_trainer_role_phrase_is_one_mention():
    text = (
        "Ruritania picked the XT-55 advanced jet trainer platform over the QX-9 lead-in "
        "fighter trainer. The air force needs an advanced trainer."
    )
    assert weapons(text) == {"XT-55": 1, "QX-9": 1, "aircraft (generic)": 1}


def test_a_ship_class_named_after_a_person_keeps_all_its_words():
    text = "The navy bought two Mateo Cruz-class frigates. Four Kestrel-class corvettes follow."
    assert weapons(text) == {"Mateo Cruz-class frigate": 1, "Kestrel-class corvette": 1}


def test_a_lexicon_ship_class_written_in_capitals_is_the_lexicon_class():
    text = "Each OLIVER HAZARD PERRY class frigate carries a helicopter."
    assert weapons(text) == {"Oliver Hazard Perry-class frigate": 1, "aircraft (generic)": 1}


def test_a_described_class_noun_before_a_designation_is_part_of_its_mention():
    text = "The museum shows the first Ruritanian tracked armoured vehicle ZK-7 to visitors."
    assert weapons(text) == {"ZK-7": 1}


def test_a_designation_in_an_editors_square_brackets_keeps_its_class_noun():
    text = '"The new shells will arm our [Kim Rizal-class] frigates," the admiral said.'
    assert weapons(text) == {"Kim Rizal-class frigate": 1, "munitions (generic)": 1}


def test_a_soviet_style_project_number_before_a_ship_noun_is_a_ship_class():
    assert weapons("The yard laid down two Project 12345 corvettes.") == {"Project 12345": 1}
    assert weapons("It will carry a Project 54321M landing hovercraft.") == {"Project 54321M": 1}


def test_a_class_given_in_apposition_after_a_designation_is_part_of_its_mention():
    text = "The lead ship of Project 11223, a new class of patrol ships, sails in May."
    assert weapons(text) == {"Project 11223": 1}


def test_a_designation_and_its_other_name_after_a_slash_take_one_class_noun():
    assert weapons("A Project 07890/Falcon-class patrol boat was built.") == {"Project 07890": 1}


def test_a_calibre_between_a_designation_and_its_class_noun_is_part_of_the_mention():
    assert weapons("The corvette has one ZK-130 57mm naval gun.") == {
        "ZK-130": 1,
        "warship (generic)": 1,
    }


def test_a_name_with_a_number_or_a_roman_numeral_before_its_class_is_a_designation():
    assert weapons("It tested Kavach-III missiles. The Kavach-III flew far.") == {"Kavach-III": 2}
    assert weapons("The site has a Zorya-2M radar.") == {"Zorya-2M": 1}


def test_a_word_and_a_number_far_from_a_class_noun_is_no_designation():
    assert weapons("The Covid-19 pandemic hit army trucks.") == {}
    assert weapons("In Mid-2025 jets came.") == {"aircraft (generic)": 1}


def test_a_verb_after_a_designation_keeps_its_object_a_class_of_its_own():
    text = "Ruritania showed the KX-30 howitzer. The KX-30 fires shells far."
    assert weapons(text) == {"KX-30": 2, "munitions (generic)": 1}
