"""Tests for analysis.money.groups: a winner's counted list of contracts ("Boeing won two
contracts:") itemises the group of contracts a buyer awarded, however far back it was stated.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from analysis.money.allocations import find_allocations
from tests.money.helpers import B, M, splits_of

GROUPS = [
    # the group's total is four sentences and a paragraph before the counted list
    ("The Pentagon awarded 8 contracts on Monday, worth $400 million in all.\n\nThe work on "
     "the first will end in 2020, officials said. Raytheon won a $150 million contract for "
     "missiles. The missiles will be built in Tucson.\n\nIt will be the fourth batch.\n\n"
     "For its part, Boeing won two contracts:\n\n• A $90 million contract for spare parts. "
     "This contract will be completed in 2019.\n• A $20 million contract to upgrade radars.",
     [(400 * M, [90 * M, 20 * M])]),
    # "received" and "deals" work the same way
    ("The navy placed 12 deals worth $1.5 billion this year. Most went to local yards.\n\n"
     "Crews trained all summer. The fleet grew. Sailors praised the new ships.\n\n"
     "A Dutch firm received three deals:\n\n- A $200 million deal for sonars.\n"
     "- A $150 million deal for masts.\n- A $50 million deal for boats.",
     [(1.5 * B, [200 * M, 150 * M, 50 * M])]),
]  # fmt: skip

NOT_GROUPS = [
    # one country's deals are not members of another's: nobody awarded them
    "Poland signed three deals worth $2 billion in May.\n\nThe talks took a year. Officials "
    "praised the teams. The army wants more.\n\nIn June, Romania signed two deals:\n\n"
    "• A $300 million deal for trucks.\n• A $100 million deal for radios.",
    # two contracts are no parts of one contract
    "Airbus won a $500 million contract last year.\n\nThis year Airbus won two contracts:\n\n"
    "• A $200 million contract for tankers.\n• A $100 million contract for spares.",
]  # fmt: skip


@pytest.mark.parametrize("text, expected", GROUPS)
def test_counted_list_itemises_the_awarded_group(text, expected):
    assert splits_of(text) == expected


@pytest.mark.parametrize("text", NOT_GROUPS)
def test_counted_list_is_no_part_of_another_group_or_one_whole(text):
    assert splits_of(text) == []


MEMBER_GUARDS = [
    # a deal signed last week is not one of the two signed today
    ("The army signed two contracts worth more than $3 billion today.\n\nOne is a $200 million "
     "contract with Thales for radios.\n\nLast week, the army signed a $150 million contract "
     "with Saab for sights.", [(3 * B, [200 * M])]),
    # a pledge made days before the conference is not one of its pledges
    ("Donors pledged more than $900 million on Monday.\n\nGermany pledged $300 million. Days "
     "earlier, Japan pledged $50 million for shelters.", [(900 * M, [300 * M])]),
    # a tranche of one contract is a part of that contract only, not of the group as well
    ("The navy signed three contracts worth more than $5 billion.\n\nThe first is a $1 billion "
     "contract for tankers. The first $400 million tranche of the contract pays for design.",
     [(5 * B, [1 * B]), (1 * B, [400 * M])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", MEMBER_GUARDS)
def test_members_of_another_time_or_pieces_of_one_whole_are_not_members(text, expected):
    assert splits_of(text) == expected


def test_a_part_of_the_group_total_in_its_own_sentence_is_no_group_of_its_own():
    # the Navy's $1.5bn is a part of the $5bn; the single awards after it are not its members
    text = ("The Pentagon awarded contracts worth more than $5 billion in October, including "
            "Army contracts valued at $2 billion and Navy contracts worth $1.5 billion.\n\nThe "
            "biggest award came from the Navy to General Dynamics, a $600 million deal for "
            "submarine parts.\n\nThe largest Army contract was a $300 million award to Oshkosh "
            "for trucks.")  # fmt: skip
    assert splits_of(text) == [(5 * B, [2 * B, 1.5 * B])]


def test_a_list_of_awards_one_to_a_paragraph_runs_on_past_the_window():
    # six awards, one to a paragraph; the third one's value stated in the sentence after
    # the award; the list runs on while each paragraph adds one and they fit the total
    text = (
        "The ministry handed out $900 million in 20 contracts on Monday. Vetra Works won a "
        "$500 million contract for trucks.\n\nOrlan Ltd won a $90 million contract for tents."
        "\n\nKessa Group was awarded an extension of its radio deal. The value of the "
        "extension is $60 million.\n\nPolun Inc won a $40 million contract for boots.\n\n"
        "Daro Systems was awarded a $30 million contract for radars.\n\nAnd finally, Mirel "
        "Co won a $20 million contract for fuel."
    )
    assert splits_of(text) == [(900 * M, [500 * M, 90 * M, 60 * M, 40 * M, 30 * M, 20 * M])]


def test_a_member_part_is_named_by_the_subject_that_won_or_gave_it():
    text = (
        "Donors pledged $900 million on Monday. 12 countries made $500 million in pledges, "
        "while the Borean Development Bank promised $300 million.\n\nOrlan Ltd, a local "
        "charity, gave $60 million."
    )
    (split,) = find_allocations(text)
    assert [(p.recipient, p.amount.value) for p in split.parts] == [
        ("12 countries", 500 * M),
        ("Borean Development Bank", 300 * M),
        ("Orlan Ltd", 60 * M),
    ]
