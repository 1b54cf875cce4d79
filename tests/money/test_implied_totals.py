"""Tests for analysis.money.implied_totals: wholes a text makes the reader compute.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

from analysis.money.allocations import find_allocations
from tests.money.helpers import M, splits_of


def _sides(text):
    return [
        (
            a.total.value,
            a.total_computed,
            [(p.recipient, p.amount.value, p.computed) for p in a.parts],
        )
        for a in find_allocations(text)
    ]


def test_a_sum_each_of_two_sides_commits_makes_a_computed_total():
    text = "Norland and Vesta will commit a billion euros each toward the canal initiative."
    assert _sides(text) == [
        (2_000 * M, True, [("Norland", 1_000 * M, False), ("Vesta", 1_000 * M, False)])
    ]


def test_each_before_the_verb_counts_every_side():
    text = "Ardent, Telmar and Norland each pledged $15 million for the flood appeal."
    assert _sides(text) == [
        (45 * M, True, [("Ardent", 15 * M, False), ("Telmar", 15 * M, False),
                        ("Norland", 15 * M, False)])
    ]  # fmt: skip


def test_a_unit_price_each_is_no_total():
    assert splits_of("The navy bought six boats at $4 million each.") == []


def test_a_matched_gift_makes_a_whole_of_twice_the_gift():
    text = "Vesta will match Norland's $5m pledge to the children's hospital."
    assert _sides(text) == [(10 * M, True, [("Norland", 5 * M, False), ("Vesta", 5 * M, True)])]


def test_matching_the_gift_of_an_earlier_clause():
    text = "The Telmar Foundation gave $2.5m to the clinic, and Ardent will match the gift."
    assert _sides(text) == [
        (5 * M, True, [("The Telmar Foundation", 2.5 * M, False), ("Ardent", 2.5 * M, True)])
    ]


def test_keeping_a_budget_level_with_a_rivals_is_no_gift():
    assert splits_of("Vesta raised its defence budget to $9bn to match Norland's $9bn.") == []


def test_a_part_matched_by_another_party_adds_the_matching_part():
    text = (
        "Donors had pledged a total of $60 million by Friday. Telmar then offered a further "
        "$5 million, which a local bank agreed to match, for a total of $70 million."
    )
    assert splits_of(text) == [(70 * M, [60 * M, 5 * M, 5 * M])]
    (allocation,) = find_allocations(text)
    assert allocation.remainder.value == 0
    assert [p.computed for p in allocation.parts] == [False, False, True]


def test_a_further_sum_given_later_is_not_inside_the_first_total():
    text = (
        "Norland pledged $40m in relief to Vesta in March. In May it added a further $10m "
        "for shelters, and another $5m for clean water."
    )
    assert all(total != 40 * M for total, _ in splits_of(text))


def test_a_further_sum_inside_a_package_stays_its_part():
    text = "The $100m package allocates $60m to Vesta, with a further $40m for Ardent."
    assert splits_of(text) == [(100 * M, [60 * M, 40 * M])]


def test_a_further_sum_is_a_new_part_of_the_running_total():
    text = (
        "Telmar pledged $30m in relief to Ardent in March. In June it added a further $12m, "
        "bringing its total pledge to $42m."
    )
    assert splits_of(text) == [(42 * M, [30 * M, 12 * M])]


def test_a_title_case_headline_names_no_sides_and_a_restated_sum_no_second_total():
    text = (
        "Norland, Vesta Commit $1.1 Billion Each To Canal Fund\n\n"
        "Norland and Vesta will each commit a billion euros ($1.1 billion) to the canal fund."
    )
    assert _sides(text) == [
        (2_000 * M, True, [("Norland", 1_000 * M, False), ("Vesta", 1_000 * M, False)])
    ]
