"""A named weapon in a side's use is an implied transfer from the weapon's maker country.

Sentences made up for these tests; expected rows worked out by hand from the dev set's
CONVENTIONS.md ("implied: a foreign-made weapon in someone's use, no transfer verb").
The maker countries are the weapon lexicon's origins (F-16: United States, S-400: Russia,
Leopard 2: Germany, J-10: China).
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import read_rows


def _rows(text: str) -> set[tuple[str, str, str, str]]:
    return {
        (r["supplier"], r["recipient"], r["item"], r["status"])
        for r in read_rows("Test\n\n" + text)
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Peru operates the F-16.", ("United States", "Peru", "F-16", "implied")),
        ("The Peruvian army fields Leopard 2 tanks.", ("Germany", "Peru", "Leopard 2", "implied")),
        (
            "Ecuador's air force reportedly deployed the J-10C during the exercise.",
            ("China", "Ecuador", "J-10", "implied"),
        ),
    ],
)
def test_a_used_named_weapon_gives_its_maker_country(text, expected):
    assert expected in _rows(text)


def test_a_weapon_in_service_in_two_countries_gives_two_rows():
    rows = _rows("The S-400 has already entered service in Chile and Peru.")
    assert rows == {
        ("Russia", "Chile", "S-400", "implied"),
        ("Russia", "Peru", "S-400", "implied"),
    }


def test_a_generic_weapon_in_use_names_no_maker():
    assert _rows("The Peruvian army operates tanks along the border.") == set()


def test_the_maker_using_its_own_weapon_is_no_transfer():
    assert _rows("Germany operates the Leopard 2 in training.") == set()


def test_a_use_of_an_item_the_article_says_was_bought_is_not_a_second_row():
    rows = _rows(
        "Chile bought ten F-16 jets from the Netherlands in 2020. "
        "The F-16 is now in service with Chile."
    )
    assert rows == {("Netherlands", "Chile", "F-16", "delivered")}


@pytest.mark.parametrize(
    "text",
    [
        "Chile launched Harpoon missiles at the old hulk.",
        "Peru used F-16 jets to strike the camp.",
    ],
)
def test_a_weapon_used_in_one_act_gives_no_origin_row(text):
    assert _rows(text) == set()


def test_a_written_maker_still_counts_with_a_firing_verb():
    assert _rows("Peru fired Chinese-made rockets at the camp.") == {
        ("China", "Peru", "rocket", "implied")
    }
