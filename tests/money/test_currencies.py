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


OWN_DOLLARS = [
    # named twice in the body (country and its forces' acronym), one US word: the text's own
    ("The navy gets $2 billion for US-designed frigates.\n\nThe ADF will also recruit.\n\n"
     "Australian shipyards will build them.", "AUD"),
    # the opening says nothing; the country and a city further down outnumber the US word
    ("The budget adds $800 million for patrol ships.\n\nThe plan was debated for months.\n\n"
     "Ottawa said the US design was cheaper, and Canadian yards will build it.", "CAD"),
]  # fmt: skip


@pytest.mark.parametrize("text, code", OWN_DOLLARS)
def test_bare_dollar_is_the_dollar_of_the_country_named_more_than_anything_american(text, code):
    assert {a.currency for a in find_amounts(text)} == {code}


def test_bare_dollar_stays_usd_when_american_words_outnumber_the_local_country():
    # Australia named twice, the United States three times: no local dollar
    text = (
        "The Pentagon approved a $1 billion sale.\n\nWashington said Australia asked.\n\n"
        "The U.S. firm will ship the missiles to Australia."
    )
    assert {a.currency for a in find_amounts(text)} == {"USD"}


RUPEES = [
    # the country the text is about, named far more often than a neighbour it recalls
    ("Islamabad - Pakistan's army gets 300 billion rupees, Pakistani officials said, "
     "years after the war with India.", "PKR"),
    ("Colombo will spend 40 billion rupees on the navy, Sri Lanka's cabinet said; "
     "Sri Lankan officials thanked India.", "LKR"),
    ("Kathmandu set aside 5 billion rupees for the army.", "NPR"),
    ("Mauritius will spend 900 million rupees on coast guard boats.", "MUR"),
    ("The Seychelles coast guard gets 60 million rupees.", "SCR"),
    # two countries named as often: the usual meaning stays
    ("India and Pakistan each spent 10 billion rupees.", "INR"),
]  # fmt: skip


@pytest.mark.parametrize("text, code", RUPEES)
def test_rupees_take_the_country_the_text_is_about(text, code):
    assert {a.currency for a in find_amounts(text)} == {code}


LOST_EUROS = [
    # a euro sign lost in a feed: "E" straight before a number and a scale, in a euro text
    ("The European Commission adds E30 million for schools and 10 million euros for roads.",
     [("E30 million", 30e6, "EUR"), ("10 million euros", 10e6, "EUR")]),
    ("The EU gave E1.5bn to the region.", [("E1.5bn", 1.5e9, "EUR")]),
    # no euros and no EU in the text: an "E" before a number is not money
    ("The club spent E5 million on a striker.", []),
    # designations without a scale stay what they are
    ("The E3 met in Vienna and the E-7 flew; the EU pledged 2 million euros.",
     [("2 million euros", 2e6, "EUR")]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", LOST_EUROS)
def test_e_before_a_scaled_number_is_a_lost_euro_sign_in_a_euro_text(text, expected):
    assert [(a.text, a.value, a.currency) for a in find_amounts(text)] == expected


# --- rupees and local signs: the article's own country decides (issue 11) ---------------

LOCAL_MONEY = [
    # a dateline in capitals names the country: Pakistani rupees, though "Pakistan" is unwritten
    ("KARACHI - The province set aside Rs420 billion for roads and Rs35 billion for schools.",
     ["PKR", "PKR"]),
    # Indian numbering in a text that names no country
    ("The ministry cleared orders worth Rs 1,250 crore for radars.", ["INR"]),
    # the sentence's own country before the sum: the giver pays in its money
    ("Floods hit Pakistan again. The Indian government sent $10 million (Rs47 crore) in aid, "
     "and Pakistan thanked it.", ["USD", "INR"]),
    # Kenyan, Ugandan, Philippine, Nigerian, South African, Malaysian and Bangladeshi signs
    ("Kenya's treasury gave the coast guard Sh4.2 billion.", ["KES"]),
    ("Kampala approved Shs95 billion for border posts.", ["UGX"]),
    ("The Philippine Navy will get P3.5 billion for two patrol boats.", ["PHP"]),
    ("Nigeria's air force received N12.6 billion for spare parts.", ["NGN"]),
    ("The South African navy needs R1.9 billion for refits.", ["ZAR"]),
    ("KUALA LUMPUR: The army was allocated RM640 million for trucks.", ["MYR"]),
    ("Dhaka set aside Tk 2,300 crore for the coast guard.", ["BDT"]),
    # a sign written as an abbreviation, with its full stop
    ("Kenya's navy got Sh.7.5 billion and the police KSh. 640 million.", ["KES", "KES"]),
    ("Dhaka approved Tk. 410 crore for river patrol boats.", ["BDT"]),
]  # fmt: skip


@pytest.mark.parametrize("text, codes", LOCAL_MONEY)
def test_local_money_is_read_by_the_articles_country(text, codes):
    assert [a.currency for a in find_amounts(text)] == codes


def test_rupees_with_no_country_and_no_indian_numbering_have_no_currency():
    (amount,) = find_amounts("The fee is Rs 500 per visit.")
    assert (amount.value, amount.currency) == (500, None)


NOT_MONEY = [
    # a one-letter sign is money only where its country is named
    # (made-up countries: no text names whose peso, pula or naira a "P" or "N" would be)
    "Vesta sold a P5 billion bond on Monday.",
    "Norland's N40 billion plan was shelved.",
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_one_letter_signs_need_their_country(text):
    assert [a.text for a in find_amounts(text) if a.value] == []
