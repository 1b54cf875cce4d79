"""Tests of analysis.entities.weapon_exclusions (through the mentions table).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Army gets new kit\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_class_words_in_a_comparison_count_nothing():
    assert weapons("The turbine is similar to an aircraft jet engine and loud.") == {}
    assert weapons("The drill sounded like a rocket. The army fired a rocket.") == {
        "rocket (generic)": 1
    }


def test_a_class_word_before_capable_describes_the_ship():
    assert weapons("The navy launched a missile-capable frigate.") == {"warship (generic)": 1}


def test_a_named_system_its_description_and_calibre_are_one_mention():
    text = "Workers fill M864 Dual Purpose Cargo 155mm rounds. The plant also makes 155mm shells."
    assert weapons(text) == {"M864": 1, "155mm artillery shell": 1}


def test_a_designation_a_capitalised_description_and_its_class_are_one_mention():
    text = "It may buy 120mm ZX900A1 High Explosive Multi-Purpose with Tracer tank cartridges."
    assert weapons(text) == {"ZX900A1": 1}


def test_a_class_word_naming_a_formation_counts_nothing():
    text = "The howitzers go to the artillery regiment and a tank battalion. Ten tanks came."
    assert weapons(text) == {"artillery (generic)": 1, "tank (generic)": 1}


def test_a_class_after_a_named_system_and_a_coordinated_modifier_is_its_mention():
    text = "The army received eight Bayraktar armed and reconnaissance drones."
    assert weapons(text) == {"Bayraktar TB2": 1}


def test_a_class_after_a_system_and_a_describing_word_is_part_of_its_mention():
    text = "It test-fired a BrahMos supersonic cruise missile from Gowind stealth corvettes."
    assert weapons(text) == {"BrahMos": 1, "Gowind-class corvette": 1}


def test_a_class_after_a_verb_or_of_another_category_stays_its_own_mention():
    assert weapons("F-16s shot down drones as the F-16 and other fighter jets flew.") == {
        "F-16": 2,
        "drone (generic)": 1,
        "aircraft (generic)": 1,
    }


def actors(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "actor", "name"].value_counts().to_dict()


def test_military_before_a_weapon_class_belongs_to_the_weapon_not_the_forces():
    assert weapons("Shelling destroyed Ukrainian military equipment near the river.") == {
        "weapons (generic)": 1
    }
    assert weapons("They showed Russian military hardware and other military technology.") == {
        "weapons (generic)": 2
    }
    assert weapons("Two Russian military aircraft flew over the strait.") == {
        "aircraft (generic)": 1
    }
    # the demonym left over counts for its country
    assert actors("Shelling destroyed Ukrainian military equipment near the river.") == {
        "Ukraine": 1
    }


def test_the_forces_stay_when_military_modifies_no_weapon():
    assert weapons("The Russian military said the jets were back.") == {"aircraft (generic)": 1}
    # the lower-case "Russian military" describes Russia's force: it counts for Russia
    # (described_forces), as readers count "the Serbian military" for Serbia
    assert actors("The Russian military said the jets were back.") == {"Russia": 1}


def test_a_class_noun_after_a_named_system_and_its_modifiers_is_part_of_that_mention():
    assert weapons("The ZX-20 stealth jets flew over the bay.") == {"ZX-20": 1}
    assert weapons("The Rafale multirole jets landed.") == {"Rafale": 1}
    assert weapons("Kyiv got more Storm Shadow long-range cruise missiles.") == {"Storm Shadow": 1}
    # a verb, a plural noun or a function word between them: two weapons
    assert weapons("Two F-16s escorted jets home.") == {"F-16": 1, "aircraft (generic)": 1}
    assert weapons("The F-35 pilots saw jets.") == {"F-35": 1, "aircraft (generic)": 1}
    assert weapons("It flew the F-35 and other jets.") == {"F-35": 1, "aircraft (generic)": 1}


def test_planes_count_only_when_a_state_owns_them():
    assert weapons("The Dutch planes and Chinese cargo planes landed.") == {"aircraft (generic)": 2}
    assert weapons("Supplies came on 40 transport planes and two planes.") == {}


def test_two_class_phrases_side_by_side_are_one_mention():
    assert weapons("It needs jet trainer aircraft.") == {"aircraft (generic)": 1}


def test_a_class_beside_a_name_in_quotes_is_part_of_its_mention():
    assert weapons('Kyiv received the air defence system "IRIS-T" in May.') == {"IRIS-T": 1}
    assert weapons("The ‘Piorun’ air defence system was shown.") == {"Piorun": 1}


def test_bare_planes_with_a_determiner_in_a_sentence_naming_a_force_are_military():
    assert weapons("The Indian Air Force will pick which plane to buy.") == {
        "aircraft (generic)": 1
    }
    assert weapons("The US Air Force says its squadrons need 10 airplanes.") == {
        "aircraft (generic)": 1
    }
    assert weapons("The Indian Navy evacuated people on commercial planes.") == {}


def test_bare_planes_with_a_determiner_after_a_named_military_aircraft_are_those_aircraft():
    text = "The navy ordered 12 Rafale M jets. The remaining planes follow in 2030."
    assert weapons(text) == {"Rafale": 1, "aircraft (generic)": 1}
    text = "Six F-16 jets landed first, and two more planes arrived on Friday."
    assert weapons(text) == {"F-16": 1, "aircraft (generic)": 1}


def test_bare_planes_before_any_named_aircraft_or_with_a_modifier_stay_civil():
    # no named aircraft before them: the planes may be airliners
    assert weapons("The planes were late. Later the F-16 flew.") == {"F-16": 1}
    # a modifier other than a determiner ("passenger planes") keeps them civil
    assert weapons("An F-16 flew past as passenger planes queued.") == {"F-16": 1}


def test_a_weight_between_a_named_bomb_and_its_class_noun_is_part_of_its_mention():
    assert weapons("A ship brought the Mk 84 2,000-lb munitions to the port.") == {"Mk 84": 1}


def test_arms_in_a_set_phrase_names_no_weapon():
    body = (
        "The farmers took up arms in 2019, and voters are up in arms over it. The general "
        "issued a call to arms. Arms sales to the region grew."
    )
    assert weapons(body) == {"weapons (generic)": 1}


def test_an_air_defence_class_after_a_described_missile_is_the_missile():
    # the lexicon files Piorun as a missile; "air-defence systems" describes it
    assert weapons("The unit got Piorun man-portable air-defence systems.") == {"Piorun": 1}


def test_a_warships_role_before_its_class_is_one_mention_of_the_warship():
    text = "The navy sent an air defence destroyer and an air-defence frigate."
    assert weapons(text) == {"warship (generic)": 2}


def test_a_role_word_before_a_missile_is_still_its_own_class():
    text = "The frigates carry air defence missiles."
    assert weapons(text) == {"air defence (generic)": 1, "warship (generic)": 1}


def test_riot_control_ammunition_is_no_weapon():
    text = "Police fired tear gas shells and rubber bullets while troops fired artillery shells."
    assert weapons(text) == {"munitions (generic)": 1}
