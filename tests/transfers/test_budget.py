"""Budget lines to buy equipment (``analysis.transfers.budget``).

CONVENTIONS.md: "a budget line to buy equipment is `planned` when allocated, `sought` when only
requested. Money earmarked for a weapon and stocks kept in a country are not transfers."
Made-up sentences; each expected row ``(supplier, recipient, item, status, quantity)`` was worked
out by hand and is checked as in ``test_varied_sentences`` (``-`` is "not stated").
"""

from __future__ import annotations

import pytest

from analysis.transfers.budget import QUANTITY_PATTERN, is_budget_line, load_budget_words
from tests.transfers.test_varied_sentences import check

P, S = "planned", "sought"

CASES: list[tuple[str, list[tuple]]] = [
    # the budget's owner receives; no seller is named: not stated
    ("Peru's 2025 defence budget allocates $2 billion for 30 new K2 tanks and additional "
     "frigates.", [("-", "Peru", "K2", P, "30"), ("-", "Peru", "frigate", P, None)]),
    # the subject that sets the money aside receives; the maker written in the item supplies
    ("The Chilean government set aside 500 million dollars to procure Hanwha K9 howitzers.",
     [("Hanwha", "Chile", "K9", P, None)]),
    # a request only: sought; the count before the item is its quantity
    ("The Pentagon's budget request includes $3.5 billion for 24 F-35 fighters.",
     [("-", "Pentagon", "F-35", S, "24")]),
    # "will spend ... on": planned
    ("Japan will spend 1 trillion yen on Tomahawk missiles under the new budget.",
     [("-", "Japan", "Tomahawk", P, None)]),
    # a from-phrase names the seller; the money for an upgrade buys nothing new; the amount
    # of money before the item is not its quantity
    ("The Dutch defence budget includes €300 million for Patriot missiles from Raytheon and "
     "€50 million to upgrade its F-16 jets.", [("Raytheon", "Netherlands", "Patriot", P, "")]),
    # a for-phrase after the item names the force that receives it
    ("The budget sets aside 40 billion rupees for six submarines for the Indian Navy.",
     [("-", "Indian Navy", "submarine", P, "six")]),
    # not a budget line: money cut, money for development, a company's own money, a gift
    ("The budget cuts funding for the F-35 by $1 billion.", []),
    ("Spain's budget allocates $400 million for the development of a new hypersonic missile.",
     []),
    ("Lockheed Martin set aside $2 billion for F-35 spare parts.", []),
    # no state named anywhere: the owner is never guessed
    ("The budget allocates $2 billion for 30 tanks.", []),
    # a parliament or its committee votes its state's money: the state receives
    ("The German parliament's budget committee approved the spending, including 900 million "
     "euros for six Caesar howitzers.", [("-", "Germany", "Caesar", P, "six")]),
    ("The Knesset's budget allocates $2 billion for 25 F-35 fighters.",
     [("-", "Israel", "F-35", P, "25")]),
    # a service named in the sentence still receives for itself
    ("The Indian parliament's budget sets aside money for two submarines for the Indian Navy.",
     [("-", "Indian Navy", "submarine", P, "two")]),
    # an item in a coordinated clause of its own is not bought by the money
    ("Peru said the army would spend $2 billion on trucks, and the Leopard 2 contract with "
     "Germany is one more step.", []),
]  # fmt: skip


#: A contract with a force named in full, then what it covers (analysis.grammar.wordclass).
CONTRACT_CASES: list[tuple[str, list[tuple]]] = [
    ("Saab signed a contract with the Brazilian government covering the production of 36 "
     "Gripen fighters.", [("Saab", "Brazil", "Gripen", "agreed", "36")]),
    ("Navantia has signed an agreement with the Peruvian navy including four frigates.",
     [("Navantia", "Peru", "frigate", "agreed", "four")]),
    # a day word after the contract is a time adverb (analysis.grammar.phrases)
    ("The Chilean navy awarded a contract Tuesday worth $3 billion to build six frigates.",
     [("-", "Chile", "frigate", "agreed", "six")]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", CONTRACT_CASES, ids=[c[0][:60] for c in CONTRACT_CASES])
def test_contract_with_a_force_covering_items(text, expected):
    assert check(text, expected) == []


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_budget_line(text, expected):
    assert check(text, expected) == []


def test_an_earlier_sentence_names_the_budget_owner():
    text = (
        "Chile's defence ministry has proposed a larger budget for next year. "
        "The budget allocates $900 million for 12 F-16 fighters."
    )
    assert check(text, [("-", "Chile", "F-16", P, "12")]) == []


def test_budget_words_are_data():
    words = load_budget_words()
    assert {"budget", "purpose", "request", "not_buy", "against"} <= set(words)
    assert "earmark*" in words["against"]  # CONVENTIONS: money earmarked is no transfer


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Parliament approved funding of €2 billion for new frigates.", True),
        ("The navy received two frigates for €2 billion.", False),  # no budget word
        ("The spending was debated for hours.", False),  # no amount of money
        ("Congress approved $300 million in aid for Javelin missiles.", False),  # a gift
    ],
)
def test_is_budget_line(text, expected):
    assert is_budget_line(text) is expected


@pytest.mark.parametrize(
    "before, expected",
    [
        ("$3.5 billion for 24 ", "24"),
        ("€300 million for ", None),
        ("including 12 new ", "12"),
        ("to buy six ", "six"),
    ],
)
def test_quantity_before_an_item(before, expected):
    found = QUANTITY_PATTERN.search(before)
    assert (found.group(1) if found else None) == expected
