"""Tests of analysis.entities.weapon_named_systems (through the mentions table).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Army gets new kit\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_a_class_noun_right_before_a_named_system_is_part_of_its_mention():
    text = "The jet fired the missile Kinzhal at a depot."
    assert weapons(text) == {"aircraft (generic)": 1, "Kinzhal": 1}


def test_a_class_noun_before_a_name_the_lexicon_knows_with_that_noun_after_it():
    # the lexicon knows "Lancet drone", not "Lancet" alone (a journal's name)
    text = "The parade showed drones Lancet and Geran-2 near the river."
    assert weapons(text) == {"ZALA Lancet": 1, "Geran-2": 1}


def test_a_coordinated_modifier_names_its_own_class():
    assert weapons("The cargo held surface-to-air and cruise missiles.") == {
        "air defence (generic)": 1,
        "missile (generic)": 1,
    }


def test_a_coordinated_modifier_before_another_modifier_names_its_own_class():
    assert weapons("It held air-to-air and land-based missiles.") == {"missile (generic)": 2}


def test_a_name_and_its_acronym_count_twice_and_the_acronym_again_later():
    text = "It ordered 30 Light Armoured Vehicles (LAVs) last year. The first LAVs arrive soon."
    assert weapons(text) == {"Light Armoured Vehicles": 3}


def test_a_programme_name_before_a_class_noun_is_one_named_system():
    assert weapons("The ZENTAR Long Range Radar was installed.") == {"ZENTAR Long Range Radar": 1}


def test_unmanned_systems_in_capitals_are_drones_not_a_named_system():
    assert weapons("They will work on Unmanned Systems and unmanned systems.") == {
        "drone (generic)": 2
    }


def test_a_class_noun_in_apposition_with_an_article_before_a_named_system_is_one_mention():
    assert weapons("The drone, a Mohajer-6, was shot down.") == {"Mohajer-6": 1}
    assert weapons("The missile, an Iskander, hit the port.") == {"Iskander": 1}


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


def test_an_acronym_among_the_describing_words_of_a_named_missile_is_part_of_it():
    assert weapons("Jets carry the Meteor BVR missile.") == {
        "Meteor missile": 1,
        "aircraft (generic)": 1,
    }


def test_a_class_noun_in_apposition_before_a_quoted_named_system_is_one_mention():
    assert weapons("Sweden lost its bid to sell its jet fighter, the “Gripen”, to Peru.") == {
        "Gripen": 1
    }


def test_a_describing_participle_between_a_name_and_its_class_is_part_of_the_mention():
    # "advanced" ends in -ed but describes the trainer; "escorted" is a verb
    assert weapons("Ruritania chose the Hürjet advanced jet trainer platform.") == {"Hürjet": 1}
    assert weapons("The Rafale escorted fighter jets home.") == {
        "Rafale": 1,
        "aircraft (generic)": 1,
    }


def test_one_name_for_a_trainer_and_a_missile_is_chosen_by_the_class_noun():
    text = (
        "Ruritania will buy ten Hawk advanced jet trainers, and its army keeps Hawk missiles "
        "and a Hawk surface-to-air missile system."
    )
    assert weapons(text) == {"BAE Hawk": 1, "MIM-23 Hawk": 2}


def test_a_bare_name_shared_by_two_systems_is_the_one_named_last():
    text = (
        "The air force flies Hawk jet trainers. The Hawk trains new pilots. "
        "The army bought Hawk missiles in 1990. The Hawk batteries guard the port."
    )
    assert weapons(text) == {"BAE Hawk": 2, "MIM-23 Hawk": 2}


def test_a_european_variant_of_a_family_counts_under_the_family():
    text = "The army ordered Euro-Spike anti-tank missiles and more EuroSpike missiles."
    assert weapons(text) == {"Spike missile": 2}


def test_a_class_phrase_of_two_class_nouns_after_a_described_name_is_one_mention():
    text = (
        "The M-346 advanced jet trainer aircraft lost to the Yak-130 advanced combat trainer jets."
    )
    assert weapons(text) == {"M-346": 1, "Yak-130": 1}


def test_a_name_known_only_in_capitals_is_placed_by_its_class_noun():
    # the lexicon knows "HAWK" (the missile) in capitals only: "Hawk" before a trainer
    # class is the trainer
    assert weapons("The Hawk advanced trainer flew past.") == {"BAE Hawk": 1}


def test_a_second_role_after_and_is_part_of_one_named_systems_mention():
    text = "Ruritania ordered the ZR-7 two-seat jet trainer and light-attack aircraft."
    assert weapons(text) == {"ZR-7": 1}
    # a determiner after "and" opens another thing
    text = "Ruritania ordered the ZR-7 jet trainer and the transport aircraft."
    assert weapons(text) == {"ZR-7": 1, "aircraft (generic)": 1}
    # a name without its class noun has no role to share
    text = "The cell launches Tomahawk and anti-ship missiles."
    assert weapons(text) == {"BGM-109 Tomahawk": 1, "missile (generic)": 1}


def test_a_wheel_layout_between_a_name_and_its_class_is_part_of_the_mention():
    text = "The army ordered 90 Boxer 8x8 armoured vehicles. The Boxers will carry turrets."
    assert weapons(text) == {"Boxer armoured vehicle": 2}


def test_a_generic_vehicle_class_in_capitals_counts_as_a_military_vehicle():
    text = "Ruritania wants Oshkosh M-ATV MRAPs and 30 more MRAPs."
    assert weapons(text) == {"M-ATV": 1, "military vehicle (generic)": 1}


def test_a_nationality_no_actor_claims_is_no_model_name():
    assert weapons("Ruritania will buy Korean jets.") == {"aircraft (generic)": 1}


def test_a_names_first_word_before_a_mark_counts_again_after_the():
    text = (
        "Ruritania ordered 20 Hawk Mk 132 jets; the Hawk is built locally. The navy has a "
        "Type 26 frigate, and the Type of ship matters."
    )
    assert weapons(text) == {"BAE Hawk": 2, "Type 26 frigate": 1}


def test_a_relative_clause_that_classifies_a_named_system_is_part_of_its_mention():
    text = "The Bayraktar Akinci drones, which are unmanned aerial vehicles, arrived on Friday."
    assert weapons(text) == {"Bayraktar Akinci": 1}


def test_a_class_noun_before_a_name_it_is_dubbed_is_part_of_its_mention():
    text = "A new long-range attack drone, dubbed Shahed, flew past a fighter jet called Rafale."
    assert weapons(text) == {"Shahed drone": 1, "Rafale": 1}


def test_a_lexicon_system_spelled_out_before_its_acronym_counts_twice_as_that_system():
    text = "It replaces the M72 Light-Antitank Weapon (LAW) this year. The LAW is old."
    assert weapons(text) == {"M72 LAW": 3}
