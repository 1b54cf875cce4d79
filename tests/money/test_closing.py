"""Tests for analysis.money.closing: totals stated after their parts.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from analysis.money.allocations import find_allocations
from tests.money.helpers import B, M, splits_of

CLOSING_TOTALS = [
    # parts told before the whole, closed by "out of the" in their own sentence
    ("Farmers get $40 million and fishermen $25 million, out of the $90 million drought "
     "package approved on Tuesday.",
     [(90 * M, [40 * M, 25 * M])]),
    # several parties each giving the same sum, then a running total that they add up to
    ("Norway and Denmark each pledged $150 million, and Finland added $100 million, "
     "bringing the total to $400 million.",
     [(400 * M, [150 * M, 150 * M, 100 * M])]),
    # a running total after a list of gifts in its own sentence takes them all
    ("Norway pledged $150 million and Denmark $120 million, bringing the total to $370 "
     "million.",
     [(370 * M, [150 * M, 120 * M])]),
    # "The deal, worth ..." in the next paragraph, after two named parts
    ("Vantor will get $700 million for radars. Kelby will get $450 million for missiles."
     "\n\nThe deal, worth $1.5 billion in total, was signed on Monday.",
     [(1.5 * B, [700 * M, 450 * M])]),
    # money on top of a total stated before: the old total is a part of the new one; the
    # bank's match of the $200 million is a part too (computed), so nothing is left over
    ("Donors had pledged a total of $10 billion by noon. Norland then offered an extra $200 "
     "million, which a bank agreed to match, for a total of $10.4 billion.",
     [(10.4 * B, [10 * B, 200 * M, 200 * M])]),
    # the parts reach back to the sentence before when together they add up to the total
    ("Norway pledged $150 million to the fund. Denmark gave $120 million and Finland added "
     "$100 million, bringing the fund's total to $370 million.",
     [(370 * M, [150 * M, 120 * M, 100 * M])]),
    # instalments named by their place, closed by "out of a total fee of"
    ("A first instalment of 40 million pounds was paid in 2021, followed by a second "
     "instalment of 35 million pounds a year later, out of a total fee of 120 million pounds.",
     [(120 * M, [40 * M, 35 * M])]),
    # tranches told before the total, which the next sentence states
    ("The lender released a first tranche of $300 million in March and a second of $200 "
     "million in June. In all, the loan is worth $1 billion.",
     [(1 * B, [300 * M, 200 * M])]),
    # the components of a fee, then "taking the total to"
    ("The club will pay an initial fee of 50 million euros and add-ons of 10 million euros, "
     "taking the total to 60 million euros.",
     [(60 * M, [50 * M, 10 * M])]),
    # the sums and then ", ... in all"
    ("The ministry will spend 3 billion euros on jets, 1 billion euros on drones and 500 "
     "million euros on training, 4.5 billion euros in all.",
     [(4.5 * B, [3 * B, 1 * B, 500 * M])]),
    # a list's last line states its total; unbulleted labelled lines are read whole
    ("Spending plan\n\nPorts — $200m\nCanals — $150m\nLocks — $100m\nTotal — $450m",
     [(450 * M, [200 * M, 150 * M, 100 * M])]),
    # the next sentence refers back to the sums and names the whole they come out of
    ("Farmers will receive $40 million and fishermen $25 million. Both sums come out of a "
     "$90 million drought package approved on Tuesday.",
     [(90 * M, [40 * M, 25 * M])]),
    # a bulleted list right before the sentence that states its total is read whole
    ("The aid includes:\n\n* $12 million for food\n* $8 million for shelter\n"
     "* $5 million for water\n\nThe package totals $30 million.",
     [(30 * M, [12 * M, 8 * M, 5 * M])]),
    # "The two contracts are worth a combined ..." names the sums before it as its parts
    ("Vantor won a $700 million order for radars, and Kelby a $450 million order for "
     "missiles. The two contracts are worth a combined $1.2 billion.",
     [(1.2 * B, [700 * M, 450 * M])]),
    # "under the" closes the list of what each country receives
    ("Ghana will receive $30 million, Togo $20 million and Benin $15 million under the $80 "
     "million regional plan.",
     [(80 * M, [30 * M, 20 * M, 15 * M])]),
    # "Together, the two projects amount to"
    ("The city will spend $12 million on buses and $8 million on trams. Together, the two "
     "projects amount to $20 million.",
     [(20 * M, [12 * M, 8 * M])]),
    # one sum, then "The money is part of a ..." in the next sentence
    ("Norland will send $300 million in air defence missiles. The money is part of a $2 "
     "billion package announced last month.",
     [(2 * B, [300 * M])]),
    # "the rest of the $90 million fund" closes the list of the parts before it
    ("Ghana gets $30 million and Togo $20 million; the rest of the $90 million fund goes to "
     "Benin.",
     [(90 * M, [30 * M, 20 * M])]),
    # "of the" closes the sums before it when they add up to the total
    ("Denmark, Sweden and Norway will each contribute 100 million euros, with the EU "
     "covering the remaining 200 million euros of the 500 million euro plan.",
     [(500 * M, [100 * M, 100 * M, 100 * M, 200 * M])]),
    # "The first tranche, of $1 billion," is a tranche: no total of the second one
    ("The IMF approved a $3 billion loan in May. The first tranche, of $1 billion, was paid "
     "at once; a second tranche of $500 million follows in December.",
     [(3 * B, [1 * B, 500 * M])]),
    # each of a counted group gets the sum
    ("Each of the three universities will get 40 million euros from the 150 million euro fund.",
     [(150 * M, [40 * M, 40 * M, 40 * M])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", CLOSING_TOTALS)
def test_totals_after_their_parts(text, expected):
    assert splits_of(text) == expected


NOT_CLOSING = [
    # a running total: the earlier sums that do not add up to it are not all its parts
    ("Norway pledged $150 million last year. Denmark gave $120 million on Monday, bringing "
     "the total to $900 million.",
     [(900 * M, [120 * M])]),
    # a sum larger than the total is no part of it, and ends the list
    ("The firm earned $800 million. It won $40 million and $25 million, out of the $90 "
     "million programme.",
     [(90 * M, [40 * M, 25 * M])]),
    # "in all" after sums that do not add up to it: the firm's earnings are no parts
    ("The firm earned $3 million in May and $2 million in June, $9 million in all this year.",
     []),
    # "The money is part of" a whole smaller than a sum before it: that sum is no part
    ("Reserves rose to $18 billion after the $452 million tranche arrived. The money is "
     "part of a $6 billion loan.",
     []),
    # one sum in its own sentence is no list of parts for a later whole
    ("The army got $700 million last year. The deal, worth $1.5 billion, was signed on "
     "Monday.", []),
    # "of the" after sums that do not add up closes nothing
    ("Canada gave $40 million, a fraction of the $900 million plan.", []),
    # "from the" closes only sums given to someone: a withdrawal is no part
    ("Investors pulled $2 billion from the $50 billion fund last month.", []),
    # "It was part of" names no sum
    ("The firm posted $40 million in profit. It was part of a good year.", []),
    # unit prices are no parties: "$20 million each" of ten helicopters counts once
    ("Ten helicopters at $20 million each and spares worth $30 million, out of the $500 "
     "million deal.",
     [(500 * M, [20 * M, 30 * M])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", NOT_CLOSING)
def test_closing_words_do_not_overreach(text, expected):
    assert splits_of(text) == expected


def test_each_party_is_the_recipient_of_its_own_part():
    text = ("Qatar and the United Arab Emirates, who gave $50 million each, and Oman with "
            "$20 million brought the fund's total to $120 million.")  # fmt: skip
    (allocation,) = find_allocations(text)
    assert [(p.recipient_text, p.amount.value) for p in allocation.parts] == [
        ("Qatar", 50 * M), ("the United Arab Emirates", 50 * M), ("Oman", 20 * M),
    ]  # fmt: skip
    assert allocation.remainder.value == 0


def test_each_of_several_donors_counts_in_a_total_stated_before():
    text = ("The donors pledged $2 billion in total. Saudi Arabia and Kuwait each gave $500 "
            "million, while Qatar offered $300 million.")  # fmt: skip
    (allocation,) = find_allocations(text)
    assert [p.amount.value for p in allocation.parts] == [500 * M, 500 * M, 300 * M]
    assert allocation.remainder.value == 700 * M


def test_a_total_line_names_the_parts_by_their_labels():
    text = "The plan:\n\n- Ports: $200 million\n- Canals: $150 million\n\nTotal: $350 million"
    (allocation,) = find_allocations(text)
    assert [p.recipient_text for p in allocation.parts] == ["Ports", "Canals"]
    assert allocation.remainder.value == 0
