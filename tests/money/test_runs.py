"""Tests for analysis.money.runs: the sums that follow a total, with no word linking them,
are its parts when they add up to it and say what they are for.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from analysis.money.allocations import find_allocations
from analysis.money.amounts import find_amounts
from analysis.money.runs import written_precision
from tests.money.helpers import B, M, cues_of, splits_of


def test_a_run_of_parts_in_later_paragraphs_adds_up_to_its_total():
    text = (
        "Ostravia to get a further $72 million in flood relief\n\n"
        "The islands of Ostravia will get a further $72 million relief fund, the ministry said.\n\n"
        "That comes on top of a $300 million loan agreed in March.\n\n"
        '"We are proud of this," the minister said.\n\n'
        '"The $40 million that we have announced today for sea walls will protect the coast.\n\n'
        '"The $25 million that I announced for clinics is just as vital.\n\n'
        '"And we are giving $7 million to train local engineers."'
    )
    assert splits_of(text) == [(72 * M, [40 * M, 25 * M, 7 * M])]


def test_a_relative_clause_with_an_allocating_verb_names_the_purpose():
    text = (
        "Ruritania set up a €50 million fund in May.\n\n"
        "The €30 million that the council earmarked for bridges is already being spent.\n\n"
        "A further €20 million will go to harbours."
    )
    (split,) = find_allocations(text)
    assert [(p.recipient_text, p.amount.value) for p in split.parts] == [
        ("bridges", 30 * M),
        ("harbours", 20 * M),
    ]


def test_a_headline_total_restated_in_the_lede_gives_the_lede_its_whole():
    text = (
        "Freedonia readies $6 billion aid package for Sylvania\n\n"
        "Freedonia is preparing a new package for Sylvania, estimated at $6 billion, "
        "officials said. The government wants to draw up to $4.5 billion in aid from its "
        "stocks before the year ends. A second package involves $1.5 billion in aid under a "
        "purchasing programme."
    )
    ((total, parts),) = [s for s in splits_of(text) if len(s[1]) >= 2]
    assert (total, parts) == (6 * B, [4.5 * B, 1.5 * B])


def test_a_run_steps_over_sums_that_cannot_be_parts():
    # "more than ... already" spent is open-ended; "since 2021" is a running total
    text = (
        "Grand Fenwick will spend another $90 million on the displaced, officials said.\n\n"
        "Already it has spent more than $60 million on shelter.\n\n"
        "The funds will be used in the camps and in host towns. $40 million will go toward "
        "water systems. An additional $30 million will be used for schools.\n\n"
        "Grand Fenwick has given $400 million since 2021.\n\n"
        "The Red Crescent will receive $20 million for medical care."
    )
    assert [s for s in splits_of(text) if len(s[1]) >= 2] == [(90 * M, [40 * M, 30 * M, 20 * M])]


@pytest.mark.parametrize(
    "text",
    [
        # the sums overshoot the total
        "Ruritania announced a $10 million relief package.\n\n$6 million will go to roads.\n\n"
        "$5 million will go to schools.",
        # the list goes on past the total: no split of the fund
        "Ruritania opened a $10 million fund.\n\n$6 million will go to roads.\n\n"
        "$4 million will go to schools.\n\n$3 million will go to ports.",
        # the total names no whole and nothing refers back to it
        "Ruritania spent $10 million last month.\n\nFreedonia gave $6 million to roads.\n\n"
        "Sylvania gave $4 million to schools.",
        # the parts say nothing of what they are for
        "Ruritania announced a $10 million package.\n\nFreedonia paid $6 million.\n\n"
        "Sylvania paid $4 million.",
    ],
)
def test_no_run_without_an_exact_sum_or_words_about_it(text):
    assert [s for s in splits_of(text) if len(s[1]) >= 2] == []


def test_a_rounded_total_takes_parts_that_round_to_it():
    text = (
        "Sylvania approved a $2.4 billion reconstruction package.\n\n"
        "Ports will get $1.62 billion.\n\n"
        "Railways will receive $810 million for new track."
    )
    assert splits_of(text) == [(2.4 * B, [1.62 * B, 810 * M])]
    assert "summing_run" in cues_of(text)


def test_the_precision_of_a_written_sum():
    four_tenths, crore, plain = find_amounts("$4.4 billion, Rs 3,250 crore and €12.75")
    assert written_precision(four_tenths) == 50 * M
    assert written_precision(crore) == 5_000_000
    assert written_precision(plain) == pytest.approx(0.005)


def test_a_sum_the_words_gave_to_the_whole_completes_the_share_it_adds_up_in():
    text = (
        "Ruritania's security budget is $12bn this year. Of this, $7bn is for the armed "
        "forces.\n\nThe army gets $4.5bn and the navy $2bn.\n\n"
        "The budget also includes $500m for the air force."
    )
    assert splits_of(text) == [(12 * B, [7 * B]), (7 * B, [4.5 * B, 2 * B, 500 * M])]


def test_siblings_the_words_listed_in_the_whole_stay_there_when_they_add_up_by_chance():
    text = (
        "The council approved a €900 million fund on Monday. The fund covers €300 million for "
        "housing. Also in the package: €200 million for schools and €100 million for roads."
    )
    assert splits_of(text) == [(900 * M, [300 * M, 200 * M, 100 * M])]


def test_a_second_package_ends_the_stretch_of_the_first():
    text = (
        "In May the bloc approved a €6 billion package. It includes €4 billion for shells and "
        "€1 billion for training.\n\nIn July it approved a second €3 billion package. The "
        "package provides €2 billion for drones."
    )
    assert splits_of(text) == [(6 * B, [4 * B, 1 * B]), (3 * B, [2 * B])]


def test_a_deal_rising_to_a_sum_names_the_whole_its_parts_make_up():
    text = (
        "Rovers sign Ostrov in deal rising upto £60 million\n\n"
        "Rovers have signed the forward, paying £45 million up front plus £15 million in "
        "add-ons."
    )
    (split,) = find_allocations(text)
    assert (split.total.value, split.total.qualifier) == (60 * M, "at_most")
    assert [p.amount.value for p in split.parts] == [45 * M, 15 * M]
