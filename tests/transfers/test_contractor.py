"""The company a contract is placed with supplies the deal's rows that name only the buyer.

Sentences made up for these tests; expected rows worked out by hand from the dev set's
CONVENTIONS.md (a government buying from industry: the company supplies, the buyer receives).
"""

from __future__ import annotations

from analysis.entities import discover_rows, find_mention_rows, load_lexicons
from analysis.text import article_from_text, split_sentences
from analysis.transfers import find_transfers
from analysis.transfers.contractor import find_contractors


def _rows(text: str) -> list[tuple[str, str, str]]:
    frame = find_transfers(article_from_text(text))
    return [(r.supplier, r.recipient, r.item) for r in frame.itertuples()]


def _contracts(text: str) -> list[tuple[str, str]]:
    article = article_from_text(text)
    lexicons = load_lexicons()
    sentences = split_sentences(article)
    mentions = discover_rows(
        article, sentences, find_mention_rows(article, lexicons, sentences), lexicons
    )
    found = find_contractors(article.text, sentences, mentions, lexicons.country_names())
    return [(c.contractor, c.buyer) for c in found]


def test_the_company_after_between_and_is_the_contractor():
    text = (
        "Peru signs deal\n\nThe deal was struck between the Peruvian Army and a consortium "
        "made up of Andes Arms Corp and Inca Works SA on Tuesday.\n"
    )
    assert _contracts(text) == [("Andes Arms Corp", "Peruvian Army")]


def test_a_company_that_won_a_contract_from_a_navy_holds_it():
    text = "Boats\n\nOrion Marine Ltd has won a contract from the Chilean Navy on Friday.\n"
    assert _contracts(text) == [("Orion Marine Ltd", "Chilean Navy")]


def test_a_company_named_without_a_contract_word_holds_nothing():
    text = "Shares\n\nShares of Orion Marine Ltd rose after the Chilean Navy spoke on Friday.\n"
    assert _contracts(text) == []


def test_rows_naming_only_the_buyer_take_the_one_contractor():
    text = (
        "Peru orders rifles\n\nThe Peruvian defence ministry signed a contract with Andes Arms "
        "Corp on Monday. The Peruvian Army will receive 500 rifles next year.\n"
    )
    rows = _rows(text)
    assert ("Andes Arms Corp", "Peruvian Army", "rifle") in rows
    assert ("Andes Arms Corp", "Peru", "rifle") in rows  # the headline's order
    assert not [r for r in rows if r[0] == "(not stated)"]


def test_a_foreign_made_weapon_is_not_the_home_contractors():
    text = (
        "Peru orders rifles\n\nThe Peruvian defence ministry signed a contract with Andes Arms "
        "Corp on Monday. The Peruvian Army will receive 500 rifles and 20 F-16 jets next year.\n"
    )
    rows = _rows(text)
    assert ("Andes Arms Corp", "Peruvian Army", "rifle") in rows
    assert ("(not stated)", "Peruvian Army", "F-16") in rows


def test_two_contractors_fill_nothing_outside_their_sentences():
    text = (
        "Peru orders rifles\n\nThe Peruvian defence ministry signed a contract with Andes Arms "
        "Corp on Monday. Lima Works SA also signed a contract with the ministry. The Peruvian "
        "Army will receive 500 rifles next year.\n"
    )
    rows = _rows(text)
    assert ("(not stated)", "Peruvian Army", "rifle") in rows
    assert not [r for r in rows if r[0] in ("Andes Arms Corp", "Lima Works SA")]


def test_a_contract_awarded_by_a_force_in_the_next_sentence_names_the_buyer():
    text = (
        "Howitzers\n\nVega Arms Corp secured a contract for 20 howitzers. The contract was "
        "awarded by the Chilean Army.\n"
    )
    assert _rows(text) == [("Vega Arms Corp", "Chilean Army", "howitzer")]
    assert _contracts(text) == [("Vega Arms Corp", "Chilean Army")]


def test_a_company_and_a_state_signing_together_sell_and_buy():
    text = (
        "Launchers\n\nVega Arms Corp and Chile signed a framework contract for the delivery "
        "of 288 rocket launchers.\n"
    )
    assert _rows(text) == [("Vega Arms Corp", "Chile", "multiple rocket launcher")]


def test_two_companies_assigned_a_contract_both_supply_the_ministry_that_says_so():
    text = (
        "Boats\n\nGoa Marine Ltd and Reach Shipbuilders have together been assigned the "
        "contract for 11 patrol vessels, said the Peruvian defence ministry.\n"
    )
    rows = _rows(text)
    assert ("Goa Marine Ltd", "Ministry of Defence (Peru)", "patrol boat") in rows
    assert ("Reach Shipbuilders", "Ministry of Defence (Peru)", "patrol boat") in rows


def test_contracts_a_buyer_signed_before_are_its_own():
    text = (
        "Ministry signs contracts\n\nOn Monday the Peruvian defence ministry signed three "
        "procurement contracts worth $2 billion. One of the contracts was with Andes Arms Corp "
        "for buying 500 rifles. Inca Works SA secured two contracts for procuring radars.\n"
    )
    assert [buyer for _, buyer in _contracts(text)] == ["Ministry of Defence (Peru)"] * 2
    rows = _rows(text)
    assert ("Andes Arms Corp", "Ministry of Defence (Peru)", "rifle") in rows
    assert ("Inca Works SA", "Ministry of Defence (Peru)", "radar") in rows


def test_two_buyers_signing_contracts_give_no_one_buyer():
    text = (
        "Contracts signed\n\nThe Peruvian defence ministry signed two contracts on Monday and "
        "the Chilean Navy signed three contracts on Friday. One of the contracts was with "
        "Andes Arms Corp for buying 500 rifles.\n"
    )
    assert _contracts(text) == [("Andes Arms Corp", "")]


def test_a_company_that_signs_a_deal_with_a_navy_sells_to_it():
    text = (
        "Frigate order\n\nCoastal shipbuilder Andes Arms Corp said it had signed a contract with "
        "the Peruvian Navy for four frigates.\n"
    )
    rows = _rows(text)
    assert ("Andes Arms Corp", "Peruvian Navy", "frigate") in rows
    assert not [r for r in rows if r[0] == "Peruvian Navy"]


def test_the_contract_with_a_company_told_back_keeps_the_buyer_told_before():
    text = (
        "Radar deals signed\n\nThe Chilean Navy signed two contracts with Orion Marine Ltd "
        "on Monday.\n\nThe contract with Orion Marine Ltd pertains to the procurement of eight "
        "radars.\n"
    )
    assert ("Orion Marine Ltd", "Chilean Navy", "radar") in _rows(text)
