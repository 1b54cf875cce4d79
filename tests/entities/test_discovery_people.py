"""People the text names with an honorific, a relation or a title before "of" a body, and one
person written with a short and a long given name (titles.txt, discovery, discovery_given_names).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.entities.discovery_given_names import is_short_form
from analysis.text import article_from_text

HEADLINE = "Talks go on\n\n"


def actors(text: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + text + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "actor", "name"].value_counts().to_dict()


def test_south_asian_and_west_african_honorifics_are_titles_not_part_of_the_name():
    text = (
        "He met Shri Rakesh Venkat in the town. Later Alhaji Musa Dangari spoke, and Venkat left."
    )
    assert actors(text) == {"Rakesh Venkat": 2, "Musa Dangari": 1}


def test_a_two_word_honorific_is_a_title():
    text = "On Friday, Tan Sri Ahmad Zulkarnain opened the plant."
    assert actors(text) == {"Ahmad Zulkarnain": 1}


def test_a_church_title_before_a_name_is_no_part_of_it():
    assert actors("Pastor Joel Okafor said the church would help.") == {"Joel Okafor": 1}


def test_a_relation_after_his_or_her_makes_a_person():
    text = "The senator lost to his rival Hugo Marbel, and her lawyer Ines Varga appealed."
    assert actors(text) == {"Hugo Marbel": 1, "Ines Varga": 1}


def test_a_titled_name_ends_before_of_and_a_body():
    text = "The deal was reached by Economy Minister Tobias Lenner of the Greens on Monday."
    assert actors(text) == {"Tobias Lenner": 1}


def test_a_short_and_a_long_given_name_with_one_surname_are_one_person():
    text = (
        "Chief executive Jeff Marrow of the airline spoke first. The deal is good, "
        'analyst Nora Quist said. "We will grow," Jeffery Marrow said.'
    )
    assert actors(text) == {"Jeff Marrow": 2, "Nora Quist": 1}


def test_a_short_form_needs_three_letters_and_a_longer_name():
    assert is_short_form("Alex", "Alexander")
    assert not is_short_form("Al", "Alan")
    assert not is_short_form("Jeff", "Jeff")


def test_two_given_names_before_a_quoted_nickname_make_one_person():
    counts = actors(
        'Rebel leader Ana Maria "Lita" Cordero spoke. General Teo "Bull" Varga replied.'
    )
    assert counts == {"Ana Maria Cordero": 1, "Teo Varga": 1}


def test_a_word_of_faith_written_alone_again_is_no_surname():
    text = (
        "Breakaway Christian rebels attacked the town. The Christian rebel group wants "
        "a Christian homeland, a Christian region."
    )
    assert actors(text) == {}


def test_a_lexicon_person_written_in_another_spelling_counts_by_that_given_name_alone():
    # the lexicon's "Dmitry Peskov" is written "Dmitri Peskov" here, then "Dmitri" alone
    counts = actors(
        "Spokesman Dmitri Peskov said on Monday that talks would go on. Dmitri added that no "
        "date was set, and President Tebboune spoke later."
    )
    assert counts == {"Dmitry Peskov": 2, "Abdelmadjid Tebboune": 1}


def test_a_capitalised_middle_particle_leaves_the_last_word_alone_for_the_person():
    counts = actors(
        "Nguyen Van Thanh, a senior lawmaker, objected. Thanh said the vote was rushed."
    )
    assert counts == {"Nguyen Van Thanh": 2}


def test_a_head_of_state_known_by_one_name_after_the_title():
    counts = actors(
        "President Surakarta said the vote would go ahead. Surakarta, who took office in "
        "2019, spoke later."
    )
    assert counts == {"Surakarta": 2}


def test_one_name_after_president_that_ends_a_longer_name_is_no_person_of_its_own():
    counts = actors("Ana Lutz Roe won the vote. President Roe said she was grateful.")
    assert "Roe" not in counts


def test_a_name_a_person_s_pronoun_follows_is_a_person():
    counts = actors(
        "Kavo Lutz was displaced from his village in March. Nova Terra lost its licence. "
        "Tomas Belo, 34, lost her home."
    )
    assert counts == {"Kavo Lutz": 1, "Tomas Belo": 1}


def test_an_age_in_commas_after_a_name_makes_a_person():
    counts = actors("Mahmoud Kareem, 42, a trader, said prices had doubled. Kareem added more.")
    assert counts == {"Mahmoud Kareem": 2}


def test_a_courtesy_title_opening_a_repeated_name_is_no_part_of_it():
    counts = actors(
        "DOHA: Jordan's Foreign Minister Dr. Amal Haddad arrived on Tuesday. Haddad was "
        "received at the airport. Dr. Haddad said the talks went well."
    )
    assert counts == {"Jordan": 1, "Amal Haddad": 3}


def test_a_compound_office_in_lower_case_before_a_name_in_commas():
    counts = actors(
        "The ministry's director-general for policy, Siti Rahmawati, said talks went well. "
        "Siti noted that a deal was near."
    )
    assert counts == {"Siti Rahmawati": 2}


def test_two_surnames_written_together_later_are_one_mention():
    counts = actors(
        "General Tomas Martins Peri, commander of the army, spoke. The deal was signed by "
        "General Martins Peri on Monday."
    )
    assert counts["Tomas Martins Peri"] == 2


def test_an_appositive_of_work_makes_a_person():
    text = (
        "Police held Dario Kovan, an employee of a ferry firm, and Ilse Marten, a volunteer "
        "from the coast, after the rally. Kovan was freed on bail."
    )
    assert actors(text) == {"Dario Kovan": 2, "Ilse Marten": 1}
