"""Tests for analysis.money.bare_sums: figures with a scale and no currency written that the
words make money, found with currency None, and lent their passage's currency to split.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from analysis.money.allocations import find_allocations
from analysis.money.amounts import find_amounts
from analysis.money.bare_sums import find_bare_sums, lend_currencies
from tests.money.helpers import M, splits_of

BARE = [
    # where it comes from
    ("Officials said 20 million from the fund will go to clinics.", [20 * M]),
    # a kind of money and its verb, then a second figure of the same list
    ("The bank's contribution is said to be 60 million and 15 million is by a partner.",
     [60 * M, 15 * M]),
    # a verb of giving, then a list of donors with their figures
    ("Sweden pledged 40 million, while Norway gave 25 million and Denmark 10 million.",
     [40 * M, 25 * M, 10 * M]),
    # the whole it is the value of
    ("Parliament approved a 300 million aid package for the region.", [300 * M]),
]  # fmt: skip


@pytest.mark.parametrize("text, values", BARE)
def test_bare_figures_the_words_make_money(text, values):
    found = [a for a in find_amounts(text) if a.currency is None]
    assert [a.value for a in found] == values


NOT_MONEY = [
    "The war displaced 2 million people from the east.",
    "It will hire 2 million aid workers by spring.",
    "They pledged 3 million troops to the mission.",
    "The population of 1.4 billion is young.",
    "Sales rose to 3 million units last year.",
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_counts_are_not_money(text):
    assert find_bare_sums(text, []) == []


def test_a_bare_figure_takes_the_currency_of_its_paragraph():
    text = (
        "The EU set up a €50 million fund.\n\n20 million from the fund goes to A. €10m goes to B."
    )
    lent = lend_currencies(find_amounts(text), text)
    assert [(a.value, a.currency) for a in lent] == [
        (50 * M, "EUR"), (20 * M, "EUR"), (10 * M, "EUR")
    ]  # fmt: skip


def test_a_bare_figure_is_a_part_of_the_total_in_that_currency():
    text = (
        "Donors pledged $90 million for the flood relief fund on Monday. Of that, 60 million "
        "will be allocated to clinics."
    )
    assert splits_of(text) == [(90 * M, [60 * M])]


def test_a_bare_figure_is_never_a_total():
    # "1.9 million" has no currency written: it cannot hold "$1 million" as its part
    text = (
        "Norway promised 2.5 million, while Chile pledged 1.9 million and Peru said it would "
        "give $1 million."
    )
    assert all(total != 1.9 * M for total, _ in splits_of(text))


def test_the_whole_a_sum_comes_from_is_not_its_recipient():
    text = (
        "The EU set up a €50 million relief fund on Monday.\n\n20 million from the fund will "
        "go to clinics, officials said. €30 million will go to schools."
    )
    parts = [p for a in find_allocations(text) for p in a.parts]
    assert [(p.amount.value, p.recipient_text) for p in parts] == [
        (20 * M, "clinics"),
        (30 * M, "schools"),
    ]


def test_a_further_figure_of_another_scale_is_money_when_it_goes_somewhere():
    text = (
        "Norland pledged $3bn in aid to Vesta on Friday.\n\n"
        "$2.2bn will go to the navy, officials said.\n\n"
        "A further 800 million will go to rebuilding hospitals."
    )
    lent = lend_currencies(find_amounts(text), text)
    assert [(a.text, a.currency) for a in lent if a.text == "800 million"] == [
        ("800 million", "USD")
    ]
    assert splits_of(text) == [(3_000 * M, [2_200 * M, 800 * M])]


def test_a_further_figure_of_another_scale_that_goes_nowhere_is_a_count():
    text = "Norland lost $3bn in the floods. Another 2 million fled to the hills."
    assert [a.text for a in find_amounts(text)] == ["$3bn"]


def test_crore_without_rupee_sign_after_worth_is_money():
    # an Indian headline drops the "Rs": "worth over 41,000 Cr." is a sum (currency unwritten)
    amounts = find_amounts("Ministry Signs Deals Worth over 41,000 Cr. with Local Firms")
    found = [(a.value, a.currency, a.qualifier) for a in amounts]
    assert found == [(410_000_000_000, None, "at_least")]


def test_crore_counting_people_is_no_money():
    assert find_amounts("The scheme reaches 2.35 crore people across the state.") == []
