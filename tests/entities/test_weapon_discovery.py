"""Weapons: generic names, designations next to a class noun, 'arms' as weapons.

Every sentence and designation here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Army gets new guns\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_generic_classes_count_under_one_generic_name():
    assert weapons("It bought howitzers and more artillery.") == {"artillery (generic)": 2}
    assert weapons("Fighter jets and drones flew.") == {
        "aircraft (generic)": 1,
        "drone (generic)": 1,
    }


def test_arms_counts_as_weapons_also_as_a_modifier():
    assert weapons("Arms sales rose, and the arms went north.") == {"weapons (generic)": 2}


def test_found_weapons_are_marked_outside_the_lexicon():
    text = HEADLINE + "The army fielded the ZX-300 howitzer.\n"
    mentions = find_all_mentions(article_from_text(text), load_lexicons())
    row = mentions[mentions["name"] == "ZX-300"].iloc[0]
    assert (row["in_lexicon"], row["evidence"]) == (False, "designation before class noun")
    assert (row["type"], row["form"]) == ("artillery", "ZX-300 howitzer")


def test_an_anti_aircraft_system_is_air_defence():
    assert weapons("It bought an anti-aircraft system.") == {"air defence (generic)": 1}


def test_warfare_equipment_is_weapons():
    assert weapons("It keeps warfare equipment there.") == {"weapons (generic)": 1}


def test_a_makers_name_and_model_number_before_a_class_noun_is_one_mention():
    assert weapons("The unit received two Falco 208 Mark transport helicopters.") == {
        "Falco 208 Mark": 1
    }


def test_missile_defence_and_a_dashed_air_defence_count_as_air_defence():
    assert weapons("The missile defense shield and the air-defence network held.") == {
        "air defence (generic)": 2
    }


def test_shells_count_as_munitions_but_shells_out_does_not():
    assert weapons("The ministry shells out millions for 300 shells a day.") == {
        "munitions (generic)": 1
    }


def test_a_tank_of_fuel_is_no_tank():
    assert weapons("Each truck carried a tank of fuel.") == {}


def test_torpedoes_and_pistols_fold_into_their_generic_names():
    assert weapons("The navy ordered torpedoes and the police ordered pistols.") == {
        "munitions (generic)": 1,
        "small arms (generic)": 1,
    }


def test_an_airliner_model_before_an_aircraft_word_is_no_weapon():
    assert weapons("The airline bought 20 Boeing 777 aircraft and six Airbus A321 jets.") == {}


def test_a_military_variant_of_an_airliner_stays_a_weapon():
    assert weapons("The air force got an A330 MRTT tanker aircraft.") == {"Airbus A330 MRTT": 1}


def test_calibre_munitions_and_tank_rounds_are_munitions():
    assert weapons("Crews packed 155 mm munitions and 120mm tank rounds.") == {
        "155mm artillery shell": 1,
        "munitions (generic)": 1,
    }


def test_a_designation_and_the_systems_name_side_by_side_are_one_mention():
    assert weapons("The AH-64E Apache Guardians landed.") == {"AH-64 Apache": 1}


def test_shotguns_bullets_and_a_dashed_grenade_launcher_are_counted():
    text = "Police found shotguns, 900 bullets and a rifle with a grenade-launcher mount."
    assert weapons(text) == {"small arms (generic)": 3, "munitions (generic)": 1}


def test_a_silver_bullet_is_no_munition():
    assert weapons("There are no silver bullets for the budget.") == {}


def test_fighter_before_a_fleet_or_sales_word_is_the_aircraft_not_a_combatant():
    assert weapons("Fighter sales rose while rebel fighters fled.") == {"aircraft (generic)": 1}


# --- round 3: ships by hull number, ammunition of a platform, planes ---------------------------


def test_ammunition_after_an_aircraft_counts_for_both():
    assert weapons("It sends F-16 ammunition and F-16 fighter jets.") == {
        "F-16": 2,
        "munitions (generic)": 1,
    }


def test_a_designation_after_its_maker_needs_no_class_noun():
    assert weapons("Pilots flew the Sukhoi Su-75 and the General Atomics MQ-20.") == {
        "Su-75": 1,
        "MQ-20": 1,
    }


def test_a_model_name_before_an_aircraft_class_noun_is_one_mention():
    text = "The air force took delivery of five Storm Petrel aircraft from abroad."
    assert weapons(text) == {"Storm Petrel": 1}


def test_a_direction_or_a_sentence_start_before_aircraft_is_no_model():
    assert weapons("Many Western aircraft flew. Modern aircraft are costly.") == {
        "aircraft (generic)": 2
    }


def test_a_designation_with_its_popular_name_needs_no_class_noun():
    assert weapons("It will retire the aging T-39 Sabreliner soon.") == {"T-39": 1}
    assert weapons("Students with an F-1 Visa arrived.") == {}


def test_a_helicopter_carrier_is_a_warship_not_a_helicopter():
    assert weapons("It bought a helicopter-carrier from abroad.") == {"warship (generic)": 1}


def test_flight_numbers_roads_and_visas_are_no_weapons():
    text = "Flight MH-17 Tragedy was recalled. The A-1 Highway shut and an F-1 Visa lapsed."
    assert weapons(text) == {}


def test_a_cars_or_a_phones_model_is_no_weapon():
    assert weapons("He drove a BMW X5 vehicle and used a Samsung S24 phone.") == {}


def test_a_civil_makers_aircraft_is_no_weapon():
    assert weapons("A Cessna aircraft and a Gulfstream jet landed.") == {}


def test_an_aircraft_in_a_unit_of_pilots_still_counts():
    assert weapons("The F-16 pilots finished training.") == {"F-16": 1}


def test_a_model_name_before_a_ship_class_noun_is_one_mention_of_it():
    # a made-up model name ("Meko" was used here until the lexicon named the real MEKO)
    assert weapons("The navy bought Zircona attack submarines and Varlo frigates.") == {
        "Zircona": 1,
        "Varlo": 1,
    }
    assert weapons("It still relies on its ageing Tarrant conventional submarines.") == {
        "Tarrant": 1
    }


def test_a_sea_or_region_before_a_ship_class_noun_is_no_model():
    text = "As Baltic submarines and European naval vessels sailed, two nuclear subs waited."
    assert weapons(text) == {"submarine (generic)": 2, "warship (generic)": 1}


def test_naval_classes_of_the_reference_list_are_named_systems():
    text = "Two Type 212CD submarines, a Gowind 2500 corvette and the first SSN-AUKUS boat."
    assert weapons(text) == {
        "Type 212 submarine": 1,
        "Gowind-class corvette": 1,
        "SSN-AUKUS": 1,
    }


def test_a_water_jet_or_jet_fuel_is_no_aircraft():
    text = "Four water jet fast attack crafts and two water-jet patrol boats; jet fuel rose."
    assert weapons(text) == {"warship (generic)": 2}


def test_a_ship_model_name_takes_its_class_name_when_the_class_is_known():
    assert weapons("The navy ordered two Virginia submarines.") == {"Virginia-class submarine": 1}
    text = "It bought Tarvik frigates. The Tarvik class stealth frigates are fast."
    assert weapons(text) == {"Tarvik-class frigate": 2}


def test_a_service_word_before_a_ship_class_is_no_model():
    assert weapons("A Naval warship and Maritime patrol boats sailed.") == {"warship (generic)": 2}


def test_a_class_noun_after_a_bracketed_designation_counts_nothing():
    # the name and its bracketed designation are two written mentions; the class noun none
    assert weapons("The navy ordered the Hellfire (AGM-114) missile for its helicopters.") == {
        "AGM-114 Hellfire": 2,
        "aircraft (generic)": 1,
    }
    assert weapons("Two Reaper (MQ-9) drones flew over the coast.") == {"MQ-9 Reaper": 2}


def test_a_bracketed_designation_no_lexicon_knows_names_the_weapon():
    assert weapons("The army tested the Falcon Strike (XM-99) missile last week.") == {"XM-99": 2}
    assert weapons("The KM-88 (Thunderbolt) rocket launcher was shown.") == {"KM-88": 2}
    assert weapons("The Type 77 (Storm) tanks rolled past.") == {"Type 77": 2}
    # a car's model code in brackets before a bare "vehicles" is no weapon
    assert weapons("The firm unveiled the Road Runner (RX300) vehicles.") == {}
    # a bracket that restates no weapon leaves the class noun counted
    assert weapons("Reporters (AFP) saw drones (two) over the port.") == {"drone (generic)": 1}


def test_ammunition_after_a_bracketed_platform_is_its_own_weapon():
    assert weapons("It sent F-16 (Block 50) ammunition to the front.") == {
        "F-16": 1,
        "munitions (generic)": 1,
    }


def test_a_lexicon_name_inside_a_popular_name_is_part_of_that_one_mention():
    # "Hawk trainer" is another aircraft's name; here it ends a made-up popular name
    assert weapons("The wing flies six T-9A Red Hawk trainer jets.") == {"T-9A": 1}
    assert weapons("The wing flies six T-9A Red Hawk jets and one Hawk trainer.") == {
        "T-9A": 1,
        "BAE Hawk": 1,
    }


def test_manpads_after_a_named_missile_is_its_class_noun_and_alone_is_air_defence():
    assert weapons("The army fielded the Stinger MANPADS near the capital.") == {
        "FIM-92 Stinger": 1
    }
    assert weapons("Rebels fired MANPADS at the convoy.") == {"air defence (generic)": 1}


def test_capitalised_words_after_a_named_system_are_its_popular_name():
    assert weapons("The air force will buy the Embraer C-390 Tempest transport aircraft.") == {
        "Embraer C-390": 1
    }


def test_a_class_noun_glued_into_a_modifier_leaves_the_head_noun_to_the_named_system():
    assert weapons("A Shahed-238 jet-powered drone was downed.") == {"Shahed-238": 1}


def test_a_weapon_alias_with_a_word_in_capitals_matches_in_title_case_too():
    # the complement of "is" says what the system is: part of its one mention
    assert weapons("Zala Lancet is a loitering drone.") == {"ZALA Lancet": 1}
    # a lone word in capitals is not made a title-case word ("Iris" is a name)
    assert weapons("Iris and Tom watched the parade.") == {}


def test_a_two_word_model_name_before_its_number_is_one_name():
    assert weapons("The army ordered the Sky Watcher 400 radar.") == {"Sky Watcher 400": 1}
    # a function word before the model is no part of its name
    assert weapons("The Falco 208 plane flew.") == {"Falco 208": 1}


def test_a_camel_case_or_capitals_name_before_a_fighter_class_is_one_model():
    text = "The air force will fly the SkyLance fighter jets and the ZORAN fighter aircraft."
    assert weapons(text) == {"SkyLance": 1, "ZORAN": 1}


def test_capitals_and_airlines_before_other_aircraft_classes_are_no_models():
    text = "ISR aircraft flew. NATO fighter jets flew. The McDonnell aircraft landed."
    assert weapons(text) == {"aircraft (generic)": 3}
