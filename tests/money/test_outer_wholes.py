"""Tests of a whole said to be part of a larger one, and of contracts each in its own
paragraph: "asked for $X" is a request; "The request forms part of a $Y plan" makes $Y the
outer whole, so "the proposal" after it is still the request; "contracts ... at an overall
cost of $X" is several contracts, and "The contract for A ... at a total cost of $a" one of
them, not a new whole.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

from tests.money.helpers import CR, B, M, splits_of


def test_a_request_inside_an_outer_plan_keeps_its_parts():
    text = ("Norland's interior ministry asked for $6.4 billion in funding for the coming year."
            "\n\nThe request forms part of a four-year $30 billion security plan.\n\n"
            "The proposal sets aside $900 million for border posts.\n\n"
            "A further $2.1 billion is earmarked for new patrol cars.\n\n"
            "Other items include $500 million for training.")  # fmt: skip
    assert splits_of(text) == [(6.4 * B, [900 * M, 2.1 * B, 500 * M])]


def test_a_request_asked_of_a_named_body_is_a_request():
    text = ("Norland's army asked the Treasury for $5.2 billion in funding for next year. "
            "The request forms part of a $20 billion five-year plan. The proposal devotes "
            "$700 million to drones. Other items include $400 million for barracks.")  # fmt: skip
    assert splits_of(text) == [(5.2 * B, [700 * M, 400 * M])]


def test_a_pronoun_after_part_of_an_outer_plan_is_the_request():
    text = ("The coastguard requested $800 million for next year. It is part of a $5 billion "
            "ten-year spending plan. It includes $300 million for cutters and $200 million "
            "for radar.")  # fmt: skip
    splits = splits_of(text)
    assert (800 * M, [300 * M, 200 * M]) in splits
    assert all(300 * M not in parts for total, parts in splits if total == 5 * B)


def test_a_plan_named_after_a_request_with_no_part_of_takes_its_parts():
    # no words make the plan the request's outer whole: "the plan" is the plan
    text = ("The navy asked for $4 billion last month. On Monday the cabinet unveiled a "
            "$12 billion spending plan. The plan devotes $3 billion to ports.")  # fmt: skip
    assert splits_of(text) == [(12 * B, [3 * B])]


def test_contracts_at_an_overall_cost_split_into_one_paragraph_each():
    text = ("Ministry signs deals for ferries and tugs\n\n"
            "The Ministry of Transport on Monday signed contracts with Orrin Marine and Tasca "
            "Works for the supply of six river ferries and three harbour tugs at an overall "
            "cost of Rs 2,300 crore.\n\nThe signing took place in the capital, officials said."
            "\n\nThe contract for the six ferries was signed with Orrin Marine at a total cost "
            "of Rs 1,450 crore. The ferries will be built at its northern yard.\n\n"
            "The contract for the three tugs was signed with Tasca Works at a cost of Rs 845 "
            "crore. The tugs will carry new engines.")  # fmt: skip
    assert splits_of(text) == [(2300 * CR, [1450 * CR, 845 * CR])]


def test_a_budget_that_requests_a_sum_gives_it_a_line_not_a_request():
    # "the budget requests $X for ships": a line of the $40bn budget, split by "That request"
    text = ("The $40 billion fleet budget was sent to parliament. The budget requests "
            "$4 billion for ships, up from last year. That request includes $1 billion for "
            "two frigates and $2.5 billion for a new carrier.")  # fmt: skip
    assert (4 * B, [1 * B, 2.5 * B]) in splits_of(text)
