"""Tests for analysis.money.currencies: which currency a bare "$" means in a text.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from analysis.money.amounts import find_amounts

LOCAL_DOLLARS = [
    # a dateline from the country's capital, nothing American in the text
    ("CANBERRA - The government will spend $3 billion on new submarines.", "AUD"),
    # the country named in the body, no dateline
    ("New Zealand's navy will get $900 million for two supply ships, the minister said.", "NZD"),
    # the people's word, as a local outlet writes it
    ("Canadians will pay $4 billion more for the frigates, the auditor found.", "CAD"),
    ("The Singapore Armed Forces will receive $1.2 billion for new drones.", "SGD"),
]  # fmt: skip


@pytest.mark.parametrize("text, code", LOCAL_DOLLARS)
def test_bare_dollar_is_the_local_dollar_of_the_one_country_named(text, code):
    assert {a.currency for a in find_amounts(text)} == {code}


AMERICAN_DOLLARS = [
    # anything American keeps "$" the US dollar: US sales to a "$" country
    "Australia will buy $2 billion of U.S. missiles, the Pentagon said.",
    "Washington approved a $700 million sale of radars to Canada.",
    # two "$" countries named: no way to choose, the usual meaning stays
    "Australia and Canada each pledged $50 million to the fund.",
    # a country named only further down, as one donor among many, is not the text's own
    "Donors pledged $900 million for the region.\n\nThe talks lasted two days.\n\n"
    "Canada gave $40 million and Norway $30 million.",
]  # fmt: skip


@pytest.mark.parametrize("text", AMERICAN_DOLLARS)
def test_bare_dollar_stays_usd_when_the_text_is_american_or_names_two(text):
    assert {a.currency for a in find_amounts(text)} == {"USD"}


DIRHAMS = [
    ("The UAE signed a Dh1.7 billion deal.", [(1.7e9, "AED")]),
    ("Abu Dhabi paid Dh 250m and a fine of Dh1,500.", [(250e6, "AED"), (1500.0, "AED")]),
    ("Morocco set aside DH 500 million.", [(500e6, "MAD")]),
    ("The DH2 trainer and Dhaka 2 stadium.", []),  # no scale, no separators: not money
]  # fmt: skip


@pytest.mark.parametrize("text, expected", DIRHAMS)
def test_dh_is_the_dirham_with_a_scale_or_separators(text, expected):
    assert [(a.value, a.currency) for a in find_amounts(text)] == expected
