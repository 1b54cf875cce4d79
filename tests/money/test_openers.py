"""Tests for analysis.money.openers: words that open a sentence or come before a sum and
make it a part of a total named before ("Of Rs 500 crore, ...", "One is a £200m deal",
"The first tranche of", "Among them, ...", "Another £120m").

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.money.helpers import CR, B, M, cues_of, splits_of

OPENERS = [
    # "Of X," opens the sentence; "of which" nests a part in the part before it
    ("Of Rs 500 crore, Rs 300 crore was donated by state firms, of which at least Rs 40 crore "
     "came from salaries.",
     [(500 * CR, [300 * CR]), (300 * CR, [40 * CR])]),
    # in a quote, "Out of X, a sum of ... Y ..., Z ... and W ..."
    ('"Out of Rs 900 crore, a sum of approximately Rs 600 crore will be earmarked for '
     'ventilators, Rs 200 crore will be used for migrants and Rs 100 crores will be given to '
     'vaccine research," the office said.',
     [(900 * CR, [600 * CR, 200 * CR, 100 * CR])]),
    # a short noun phrase names the whole before the total, and a year follows it
    ("Of the total health spending of $8 billion for 2021, $3 billion went to hospitals.",
     [(8 * B, [3 * B])]),
    ("Out of the overall grant of Rs 500 crore for 2019-20, Rs 200 crore was released to the "
     "states and Rs 50 crore to the cities.",
     [(500 * CR, [200 * CR, 50 * CR])]),
    ("Of the fund's $90 million, $60 million went to clinics.", [(90 * M, [60 * M])]),
    # "One is a £200m deal ..." after "two contracts worth more than £5bn"
    ("The ministry signed two contracts worth more than £5bn on Monday.\n\nOne is a £200m deal "
     "with a shipyard for frigate repairs. The second deal, with a missile maker, is expected "
     "to be worth up to £3bn.",
     [(5 * B, [200 * M, 3 * B])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", OPENERS)
def test_openers_and_first_items(text, expected):
    assert splits_of(text) == expected


TRANCHES = [
    ("The navy ordered ships worth $8 billion. The first tranche of $2 billion will be paid "
     "this year.",
     [(8 * B, [2 * B])]),
    ("The programme is expected to be worth up to £4bn. The first £330m tranche of the deal is "
     "for new capabilities.",
     [(4 * B, [330 * M])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", TRANCHES)
def test_tranches(text, expected):
    assert splits_of(text) == expected


def test_a_first_time_is_no_tranche():
    text = "The fund holds $8 billion. For the first time, $2 billion went to schools abroad."
    cues = cues_of(text)
    assert "tranche" not in cues


AMONG_OPENERS = [
    ("The charity raised $90 million last year. Among them, $30 million came from private "
     "donors and $20 million from companies.",
     [(90 * M, [30 * M, 20 * M])]),
    ("Parliament approved 14 projects worth €600 million. Among these, a €250 million radar "
     "network and a €100 million depot were the largest.",
     [(600 * M, [250 * M, 100 * M])]),
    ("The foundation gave out 4.5 million yuan in grants in 2023.\n\nAmong them, 2 million "
     "yuan went to rural schools, while 1.2 million yuan supported clinics.",
     [(4_500_000, [2 * M, 1_200_000])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", AMONG_OPENERS)
def test_among_them_opens_a_sentence_of_parts(text, expected):
    assert splits_of(text) == expected


FURTHER_PARTS = [
    ("The army received £500m in 2025, of which £200m went to housing.\n\nAnother £120m "
     "paid for new barracks.",
     [(500 * M, [200 * M, 120 * M])]),
    ("The city borrowed €300m, of which €100m was spent on roads. A further €90m went to "
     "schools.",
     [(300 * M, [100 * M, 90 * M])]),
    ("Donors gave $80 million, of which $50 million came from governments. An additional "
     "$12 million came from private firms.",
     [(80 * M, [50 * M, 12 * M])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", FURTHER_PARTS)
def test_further_parts_after_of_which(text, expected):
    assert splits_of(text) == expected


def test_further_part_larger_than_what_is_left_stays_out():
    text = (
        "The city borrowed €300m, of which €100m was spent on roads. A further €250m went to "
        "schools."
    )
    assert splits_of(text) == [(300 * M, [100 * M])]


def test_a_deal_signed_last_week_is_no_member_of_today_s_deals():
    text = ("The city signed two contracts worth more than $900 million.\n\nOne is a $300 million "
            "deal with a bus maker.\n\nLast week, the city signed a $70 million deal with a "
            "signals firm.")  # fmt: skip
    assert splits_of(text) == [(900 * M, [300 * M])]


def test_the_next_sentence_with_the_same_passive_verb_goes_on_with_the_of_split():
    text = ("Of $90 million, $50 million was donated by state firms. At least $30 million "
            "has been donated by private companies, the report found.")  # fmt: skip
    assert splits_of(text) == [(90 * M, [50 * M, 30 * M])]


def test_the_next_sentence_with_another_verb_is_no_part_of_the_of_split():
    text = ("Of $90 million, $50 million was donated by state firms. Another $30 million was "
            "borrowed from banks.")  # fmt: skip
    assert (90 * M, [50 * M, 30 * M]) not in splits_of(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the immediate disbursement of" a sum, in the sentence of the loan it comes from
        ("The board approved the review of Ruritania's $2 billion loan programme on Monday, "
         "allowing for the immediate disbursement of around $250 million.",
         [(2000 * M, [250 * M])]),
        # "the first loan instalment of": a noun for the loan between the order and the piece
        ("Disbursements under the loan reached $900 million this week. The country got the "
         "first loan instalment of about $600 million in March.",
         [(900 * M, [600 * M])]),
    ],
)  # fmt: skip
def test_disbursements_and_loan_instalments_are_tranches(text, expected):
    assert splits_of(text) == expected


def test_instalments_paid_so_far_are_parts_of_the_loan_too():
    # the $700m paid so far is itself inside the $4bn loan: each instalment is a part of both
    text = ("Norland received $300 million as the second tranche of the $4 billion loan from "
            "the fund. The fund's total loan disbursements reached $700 million following "
            "the second tranche release. Norland got the first loan instalment of $400 "
            "million in May.")  # fmt: skip
    splits = splits_of(text)
    assert (4 * B, [300 * M, 400 * M]) in splits
    assert (700 * M, [300 * M, 400 * M]) in splits


def test_a_sum_paid_so_far_takes_no_instalment_the_loan_cannot_hold():
    # the loan is smaller than the instalments: nothing is added to it
    text = ("Norland agreed a $500 million loan with the bank. Total payments to date reached "
            "$900 million, after the first instalment of $600 million in May.")  # fmt: skip
    assert all(600 * M not in parts for total, parts in splits_of(text) if total == 500 * M)
