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


def test_found_weapons_are_marked_outside_the_lexicon():
    text = HEADLINE + "The army fielded the ZX-300 howitzer.\n"
    mentions = find_all_mentions(article_from_text(text), load_lexicons())
    row = mentions[mentions["name"] == "ZX-300"].iloc[0]
    assert (row["in_lexicon"], row["evidence"]) == (False, "designation before class noun")
    assert (row["type"], row["form"]) == ("artillery", "ZX-300 howitzer")


def test_an_anti_aircraft_system_is_air_defence():
    assert weapons("It bought an anti-aircraft system.") == {"air defence (generic)": 1}


def test_a_coordinated_modifier_names_its_own_class():
    assert weapons("The cargo held surface-to-air and cruise missiles.") == {
        "air defence (generic)": 1,
        "missile (generic)": 1,
    }


def test_a_coordinated_modifier_before_another_modifier_names_its_own_class():
    assert weapons("It held air-to-air and land-based missiles.") == {"missile (generic)": 2}


def test_warfare_equipment_is_weapons():
    assert weapons("It keeps warfare equipment there.") == {"weapons (generic)": 1}


def test_a_designation_may_alternate_letters_and_digits():
    assert weapons("Crews loaded 90 TR2A1 machine guns onto trucks.") == {"TR2A1": 1}


def test_a_joint_designation_keeps_its_an_prefix():
    assert weapons("The base installed an AN/QRS-12 radar system.") == {"AN/QRS-12": 1}


def test_a_makers_name_and_model_number_before_a_class_noun_is_one_mention():
    assert weapons("The unit received two Falco 208 Mark transport helicopters.") == {
        "Falco 208 Mark": 1
    }


def test_a_month_and_year_before_a_class_noun_is_no_designation():
    assert weapons("In May 2020 drones struck the port.") == {"drone (generic)": 1}


def test_a_found_designation_counts_again_with_a_variant_suffix():
    assert weapons("Crews fitted the QX100 engine. The QX100-300 is more powerful.") == {"QX100": 2}


def test_a_ship_prefix_names_a_warship_with_its_hull_number():
    found = find_all_mentions(
        article_from_text(HEADLINE + "The BRP Gregorio del Pilar (PS-15) sailed at dawn.\n"),
        load_lexicons(),
    )
    row = found[found["kind"] == "weapon"].iloc[0]
    assert (row["name"], row["form"]) == (
        "BRP Gregorio del Pilar",
        "BRP Gregorio del Pilar (PS-15)",
    )
    assert (row["in_lexicon"], row["evidence"]) == (False, "ship prefix")


def test_a_ship_is_named_again_after_the_and_its_class_word_is_part_of_it():
    text = "The navy sent HMAS Warrego, a new patrol ship, north. The Warrego returned in May."
    assert weapons(text) == {"HMAS Warrego": 2}


def test_a_merchant_prefix_is_no_warship():
    assert weapons("Rebels hit the MV Ocean Dawn near the coast.") == {}


def test_a_ship_class_counts_again_without_its_dash():
    assert weapons("The Bravo-class frigate sailed. The whole Bravo class is old.") == {
        "Bravo-class frigate": 2
    }


def test_a_name_and_its_acronym_count_twice_and_the_acronym_again_later():
    text = "It ordered 30 Light Armoured Vehicles (LAVs) last year. The first LAVs arrive soon."
    assert weapons(text) == {"Light Armoured Vehicles": 3}


def test_a_programme_name_before_a_class_noun_is_one_named_system():
    assert weapons("The ZENTAR Long Range Radar was installed.") == {"ZENTAR Long Range Radar": 1}


def test_a_class_word_inside_a_facility_or_doctrine_name_counts_nothing():
    assert weapons("Work at the Ohio Army Ammunition Plant continued.") == {}
    assert weapons("Cadets studied Anti-Submarine Warfare for a year.") == {}


def test_a_class_word_that_only_describes_another_thing_counts_nothing():
    assert weapons("A submarine-hunting team flew an anti-submarine patrol.") == {}


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


def test_a_title_after_a_ship_prefix_is_no_ship():
    assert weapons("INS Director Mark Lee said the rules would change.") == {}


def test_a_designation_and_the_systems_name_side_by_side_are_one_mention():
    assert weapons("The AH-64E Apache Guardians landed.") == {"AH-64 Apache": 1}


def test_a_mark_number_before_a_class_noun_is_a_designation():
    assert weapons("The ship carries three Mk 57 launchers.") == {"Mk 57": 1}


def test_shotguns_bullets_and_a_dashed_grenade_launcher_are_counted():
    text = "Police found shotguns, 900 bullets and a rifle with a grenade-launcher mount."
    assert weapons(text) == {"small arms (generic)": 3, "munitions (generic)": 1}


def test_a_silver_bullet_is_no_munition():
    assert weapons("There are no silver bullets for the budget.") == {}


def test_a_road_number_before_trucks_is_no_weapon():
    assert weapons("Convoys of Route 66 trucks carried grain.") == {}


def test_a_family_name_before_a_class_noun_names_the_family():
    assert weapons("The air force retired its Mirage aircraft.") == {"Mirage": 1}


def test_a_family_name_in_a_title_case_headline_is_left_to_the_lexicon():
    found = find_all_mentions(
        article_from_text("Air Force Retires Mirage Aircraft\n\nThe jets flew.\n"), load_lexicons()
    )
    assert "Mirage" not in set(found["name"])


def test_fighter_before_a_fleet_or_sales_word_is_the_aircraft_not_a_combatant():
    assert weapons("Fighter sales rose while rebel fighters fled.") == {"aircraft (generic)": 1}


def test_a_systems_name_in_lower_case_before_its_class_noun_is_that_system():
    assert weapons("Crews fired tow missiles while trucks tow guns away.") == {"BGM-71 TOW": 1}


# --- round 3: ships by hull number, ammunition of a platform, planes ---------------------------


def test_a_name_with_a_hull_number_is_a_ship_where_the_paragraph_names_ships():
    text = "The squadron has three patrol ships: Marvel (P21), Arrow (P22) and Kestrel (P23)."
    assert weapons(text) == {
        "warship (generic)": 1,
        "Marvel (P21)": 1,
        "Arrow (P22)": 1,
        "Kestrel (P23)": 1,
    }


def test_a_hull_number_without_ships_in_the_paragraph_is_no_ship():
    assert weapons("The committee met Marvel (P21) and Arrow (P22) on Monday.") == {}


def test_two_ships_of_one_name_stay_apart_by_their_hull_numbers():
    text = "The patrol ship Heron (P40) replaces the old Heron (P12), and Heron (P40) sails in May."
    assert weapons(text) == {"Heron (P40)": 2, "Heron (P12)": 1}


def test_a_ship_written_with_and_without_its_hull_number_is_one_ship():
    text = "The frigate BRP Ramon Cruz (FF-160) was launched. BRP Ramon Cruz sails in June."
    assert weapons(text) == {"BRP Ramon Cruz": 2}


def test_a_ship_class_right_before_a_ships_name_is_part_of_its_mention():
    text = "The navy commissioned the Tolva-class patrol ship Heron (P40) on Monday."
    assert weapons(text) == {"Heron (P40)": 1}


def test_more_navies_prefixes_name_warships():
    assert weapons("LNS Vytis and LÉ Niamh sailed with ICGS Varad.") == {
        "LNS Vytis": 1,
        "LÉ Niamh": 1,
        "ICGS Varad": 1,
    }


def test_a_ship_name_inside_a_longer_place_name_is_no_later_mention():
    text = "HMS Wear docked. The crowd met at the Wear Harbour Steps, and the Wear left."
    assert weapons(text) == {"HMS Wear": 2}


def test_ammunition_after_an_aircraft_counts_for_both():
    assert weapons("It sends F-16 ammunition and F-16 fighter jets.") == {
        "F-16": 2,
        "munitions (generic)": 1,
    }


def test_planes_count_only_when_a_state_owns_them():
    assert weapons("The Dutch planes and Chinese cargo planes landed.") == {"aircraft (generic)": 2}
    assert weapons("Supplies came on 40 transport planes and two planes.") == {}


def test_a_ship_named_after_its_class_word_is_one_mention():
    text = "She sailed with the naval vessel Cara Brenna to the port."
    assert weapons(text) == {"Cara Brenna": 1}


def test_a_day_after_a_class_word_is_no_ship_name():
    assert weapons("The frigate Monday left port.") == {"warship (generic)": 1}


def test_a_class_in_a_dash_apposition_after_a_ship_is_part_of_it():
    text = "HMS Wear - the Royal Navy's newest patrol vessel - sails today."
    assert weapons(text) == {"HMS Wear": 1}


def test_a_designation_after_its_maker_needs_no_class_noun():
    assert weapons("Pilots flew the Sukhoi Su-75 and the General Atomics MQ-20.") == {
        "Su-75": 1,
        "MQ-20": 1,
    }


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


def test_two_class_phrases_side_by_side_are_one_mention():
    assert weapons("It needs jet trainer aircraft.") == {"aircraft (generic)": 1}


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


def test_unmanned_systems_in_capitals_are_drones_not_a_named_system():
    assert weapons("They will work on Unmanned Systems and unmanned systems.") == {
        "drone (generic)": 2
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


def test_a_model_name_before_a_ship_class_noun_is_one_mention_of_it():
    assert weapons("The navy bought Zircona attack submarines and Meko frigates.") == {
        "Zircona": 1,
        "Meko": 1,
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


def test_a_class_noun_in_apposition_with_an_article_before_a_named_system_is_one_mention():
    assert weapons("The drone, a Mohajer-6, was shot down.") == {"Mohajer-6": 1}
    assert weapons("The missile, an Iskander, hit the port.") == {"Iskander": 1}


def test_a_soviet_style_index_before_a_class_noun_is_a_designation():
    assert weapons("The battery moved its 96L9 radar north.") == {"96L9": 1}
    # a vehicle's wheel formula and a printer are none
    assert weapons("The 4x4 vehicles and 3D printers arrived.") == {}


def test_a_class_noun_glued_into_a_modifier_leaves_the_head_noun_to_the_named_system():
    assert weapons("A Shahed-238 jet-powered drone was downed.") == {"Shahed-238": 1}


def test_a_weapon_alias_with_a_word_in_capitals_matches_in_title_case_too():
    assert weapons("Zala Lancet is a loitering drone.") == {"ZALA Lancet": 1, "drone (generic)": 1}
    # a lone word in capitals is not made a title-case word ("Iris" is a name)
    assert weapons("Iris and Tom watched the parade.") == {}


def test_a_designation_may_carry_any_two_letter_system_prefix_with_a_slash():
    assert weapons("The jets will get the EL/Q-2052 radar.") == {
        "EL/Q-2052": 1,
        "aircraft (generic)": 1,
    }


def test_a_two_word_model_name_before_its_number_is_one_name():
    assert weapons("The army ordered the Sky Watcher 400 radar.") == {"Sky Watcher 400": 1}
    # a function word before the model is no part of its name
    assert weapons("The Falco 208 plane flew.") == {"Falco 208": 1}


def test_a_class_noun_in_apposition_after_a_named_system_is_part_of_it():
    assert weapons("Russia fired the Kinzhal, a hypersonic missile.") == {"Kinzhal": 1}
    assert weapons("The Bayraktar TB2, a Turkish-made drone, was shown.") == {"Bayraktar TB2": 1}
    # a new clause after the comma is no apposition
    assert weapons("Kyiv got the F-16, and the jets arrived later.") == {
        "F-16": 1,
        "aircraft (generic)": 1,
    }


def test_a_named_missile_with_describing_words_before_its_class_is_one_mention():
    text = (
        "The jets will carry Meteor beyond-visual-range missiles, "
        "and the frigates Aster long-range air-defence missiles."
    )
    assert weapons(text) == {
        "aircraft (generic)": 1,
        "Meteor missile": 1,
        "warship (generic)": 1,
        "Aster missile": 1,
    }
    assert weapons("The navy bought Aster surface-to-air missiles.") == {"Aster missile": 1}


def test_a_name_before_a_verb_and_a_class_is_no_described_system():
    assert weapons("Meteor fired missiles at the target.") == {"missile (generic)": 1}


def test_a_camel_case_or_capitals_name_before_a_fighter_class_is_one_model():
    text = "The air force will fly the SkyLance fighter jets and the ZORAN fighter aircraft."
    assert weapons(text) == {"SkyLance": 1, "ZORAN": 1}


def test_capitals_and_airlines_before_other_aircraft_classes_are_no_models():
    text = "ISR aircraft flew. NATO fighter jets flew. The McDonnell aircraft landed."
    assert weapons(text) == {"aircraft (generic)": 3}
