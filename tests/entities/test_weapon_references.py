"""Weapons read from what a word refers to: bare vehicles, bare variants, comparisons.

Every sentence and designation here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Army gets new kit\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_bare_vehicles_after_armoured_vehicles_refer_back_to_them():
    text = (
        "The army took 30 armoured personnel carriers on Monday. The vehicles get radios. "
        "Vehicle deliveries end in May."
    )
    assert weapons(text) == {"military vehicle (generic)": 3}


def test_vehicles_with_another_modifier_or_before_any_armour_count_nothing():
    assert weapons("The vehicles were new. The army took 30 armoured vehicles.") == {
        "military vehicle (generic)": 1
    }
    text = "The army took 30 armoured vehicles. Police vehicles and a 6x6 vehicle came too."
    assert weapons(text) == {"military vehicle (generic)": 1}


def test_a_bare_variant_counts_for_the_system_written_with_it():
    text = (
        "The fleet will get the F110-132 engine. The -132 gives more thrust than the current -129."
    )
    assert weapons(text) == {"F110": 3}


def test_a_minus_number_without_a_variant_written_before_is_no_weapon():
    assert weapons("The F110 engine works at the -40 mark.") == {"F110": 1}


def test_water_cannon_is_no_artillery():
    assert weapons("Police used water cannon on the crowd.") == {}


def test_light_arms_and_revolvers_are_small_arms():
    assert weapons("It sold light arms such as revolvers abroad.") == {"small arms (generic)": 2}


def test_a_field_of_warfare_written_as_a_name_is_no_weapon():
    text = "The crews train in Electronic Warfare (EW). The navy bought electronic warfare systems."
    assert weapons(text) == {"electronic warfare system": 1}


def test_howitzer_rounds_are_munitions_only():
    assert weapons("It makes howitzer rounds.") == {"munitions (generic)": 1}


def test_a_number_of_rounds_is_ammunition_but_rounds_of_talks_are_not():
    text = "After two rounds of talks, soldiers fired 40 rounds and 120 live rounds."
    assert weapons(text) == {"munitions (generic)": 2}
    assert weapons("Police found 300 rounds of ammunition.") == {"munitions (generic)": 1}


def test_a_states_fighters_are_jets_only_when_their_sentence_speaks_of_flight():
    text = "Norwegian fighters were scrambled to intercept it. Norwegian fighters downed a drone."
    assert weapons(text) == {"aircraft (generic)": 1, "drone (generic)": 1}


def test_a_states_ship_is_a_warship_once_the_article_named_one():
    text = "The frigate HMAS Tarra sailed north. The Chinese ship and Canadian ships followed."
    assert weapons(text) == {"HMAS Tarra": 1, "warship (generic)": 2}
    assert weapons("A Chinese ship carried grain to port.") == {}


def test_a_model_name_before_a_torpedo_class_is_one_mention_of_it():
    assert weapons("The boats will carry Kestrel Shark heavyweight torpedoes.") == {
        "Kestrel Shark": 1
    }


def test_a_variant_number_between_a_named_system_and_its_class_noun_is_part_of_it():
    assert weapons("The Su-35 Mk2 fighters flew past.") == {"Su-35": 1}
    assert weapons("Police seized a DJI Mavic 3 quadcopter near the jail.") == {"DJI Mavic": 1}
    # a number after a preposition starts another phrase
    assert weapons("It sent an F-16 to 12 jets.") == {"F-16": 1, "aircraft (generic)": 1}


def test_the_fighters_after_a_named_fighter_aircraft_are_those_jets():
    text = "The air force will buy 36 Gripen jets. The fighters arrive in 2027."
    assert weapons(text) == {"Gripen": 1, "aircraft (generic)": 1}
    # before any fighter aircraft, or in an article naming an armed group, fighters are people
    assert weapons("The fighters left the town. Later 36 Gripen jets flew.") == {"Gripen": 1}
    text = "The army flies Gripen jets. Hamas fighters attacked; the fighters fled."
    assert weapons(text) == {"Gripen": 1}


def test_a_popular_name_after_a_named_system_names_it_again_later():
    text = "A Su-34 Gannet strike aircraft was shot down. Kyiv said it downed the Gannet."
    assert weapons(text) == {"Su-34": 2}
    # without the system before it, the word is nobody's name
    assert weapons("Kyiv said it downed the Gannet.") == {}


def test_bare_bombers_tankers_and_trainers_after_aircraft_are_aircraft():
    text = (
        "The air force will buy twelve fighter jets and four tankers. "
        "The bombers stay at home, while the trainers and airframes arrive in June."
    )
    assert weapons(text) == {"aircraft (generic)": 5}


def test_oil_tankers_suicide_bombers_and_trainers_without_aircraft_are_no_weapons():
    assert weapons("The oil tankers left the port. The trainers were sold in a shop.") == {}
    text = (
        "The fighter jets flew over the city. "
        "Suicide bombers hit the market and oil tankers burned."
    )
    assert weapons(text) == {"aircraft (generic)": 1}


def test_a_designations_short_form_later_is_the_same_system():
    text = "The air force ordered ZT-7A jets. The ZT-7 first flew last year."
    assert weapons(text) == {"ZT-7A": 2}
    text = "The air force ordered ZF-15QX jets. The QX carries more fuel."
    assert weapons(text) == {"ZF-15QX": 2}


def test_a_single_variant_letter_or_a_short_form_without_the_is_no_mention():
    text = "The air force ordered ZT-7A jets. The A team met, and ZT-7 was a code."
    assert weapons(text) == {"ZT-7A": 1}


def test_a_states_vessels_are_warships_once_the_article_named_one():
    text = "A corvette sailed out of the bay on Friday with Greek vessels behind it."
    assert weapons(text) == {"warship (generic)": 2}


def test_an_aircraft_makers_fighters_are_jets_and_a_groups_fighters_are_people():
    assert weapons("India flies Sukhoi fighters and wants Dassault fighters.") == {
        "aircraft (generic)": 2
    }
    assert weapons("Hamas fighters and Wagner fighters attacked the town.") == {}


def test_an_alliances_vessels_are_warships_and_a_noun_before_named_ships_is_theirs():
    text = (
        "The frigate HMCS Halifax sailed. Canadian vessels HMCS Athabaskan and HMCS Toronto "
        "joined. The two NATO vessels docked in Varna."
    )
    found = weapons(text)
    assert found["warship (generic)"] == 1 and found["HMCS Athabaskan"] == 1


def test_a_states_fighters_are_jets_where_their_paragraph_or_the_next_names_a_fighter():
    text = (
        "Drone crashes after meeting Russian fighters\n\n"
        "A drone collided with a Russian ZX-27 fighter jet over the sea.\n\n"
        "Later, Ukrainian fighters repelled an assault near the town.\n"
    )
    mentions = find_all_mentions(article_from_text(text), load_lexicons())
    jets = mentions.loc[mentions["name"] == "aircraft (generic)"]
    assert jets["form"].tolist() == ["fighters"] and jets["start"].max() < 45  # the headline's


def test_fighters_described_by_age_or_generation_after_a_named_fighter_are_jets():
    text = "The air force will buy 36 Gripen jets to replace ageing fighters."
    assert weapons(text) == {"Gripen": 1, "aircraft (generic)": 1}
    text = "Pilots fly Gripen jets today. Fifth-generation fighters are out of reach."
    assert weapons(text) == {"Gripen": 1, "aircraft (generic)": 1}
    # with an armed group in the article, the fighters stay people
    text = "The army flies Gripen jets. Older fighters of Hamas left the town."
    assert "aircraft (generic)" not in weapons(text)


def test_a_class_noun_after_a_name_ending_in_a_number_is_no_second_weapon():
    # the number ends the name ("LAV 6", "Hawk Mk 120"), it is no count of vehicles or trainers
    text = "Ruritania sent LAV 6 vehicles and flies Hawk Mk 120 trainers."
    assert weapons(text) == {"Mowag Piranha": 1, "BAE Hawk": 1}


def test_a_number_of_vehicles_after_an_armoured_vehicle_still_refers_back():
    text = "Ruritania sent LAV 6 vehicles in May and 30 vehicles in June."
    assert weapons(text) == {"Mowag Piranha": 1, "military vehicle (generic)": 1}


def test_rounds_counted_by_a_word_of_quantity_are_ammunition_when_fired():
    text = (
        "Guards fired several rounds at the boat. Later two more rounds were fired at it. "
        "The talks went through multiple rounds before a deal."
    )
    assert weapons(text) == {"munitions (generic)": 2}


def test_rounds_of_a_contest_with_no_firing_count_nothing():
    assert weapons("The club won after several rounds and two more rounds of votes.") == {}


def test_bare_vehicles_with_a_word_of_age_refer_back_to_the_named_vehicle():
    text = "The army has 40 ZX-3 armoured vehicles. It will keep 25 upgraded vehicles."
    assert weapons(text) == {"ZX-3": 1, "military vehicle (generic)": 1}


def test_a_fighter_right_after_its_named_system_and_describing_words_is_its_class():
    assert weapons("Ruritania flew the F-35 fifth-generation fighter on Monday.") == {"F-35": 1}
