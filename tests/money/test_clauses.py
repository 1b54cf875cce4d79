"""Tests for analysis.money.clauses: relative clauses that split the sum before them
("wherein A is X and B is Y"), fact-box items that go on with "Includes ...", and a list
after a sum and a colon inside one sentence, parted by semicolons.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.money.helpers import CR, M, cues_of, splits_of

RELATIVE_SPLITS = [
    # "wherein": the two sums add up to the total exactly
    ("The state's total outlay for irrigation is Rs 4,500 crore wherein the canal head is "
     "Rs 3,120 crore and the pump head is Rs 1,380 crore.",
     [(4500 * CR, [3120 * CR, 1380 * CR])]),
    # "where in", written apart, and "in which"
    ("The revised outlay for the port comes to Rs 812.5 crore where in dredging got "
     "Rs 512.25 crore and berths got Rs 300.25 crore.",
     [(812.5 * CR, [512.25 * CR, 300.25 * CR])]),
    ("The trust's running budget is $96 million in which salaries take $71 million and "
     "rent $25 million.",
     [(96 * M, [71 * M, 25 * M])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", RELATIVE_SPLITS)
def test_relative_clause_splits(text, expected):
    assert splits_of(text) == expected
    assert "relative_clause" in cues_of(text)


def test_relative_clause_that_does_not_add_up_is_no_split():
    # the clause speaks of other sums (a rise, last year's figure): no exact sum, no link
    text = (
        "The total outlay is Rs 4,500 crore wherein the canal head rose to Rs 3,000 crore "
        "from Rs 2,700 crore."
    )
    assert "relative_clause" not in cues_of(text)


SUBJECTLESS_INCLUDES = [
    ("Highlights of the plan:\n\n— Water and sewers: $640 million. Includes $200 million "
     "for new mains, $90 million for pumping stations.\n\n"
     "— Libraries: $75 million. Includes $30 million for rural branches.",
     [(640 * M, [200 * M, 90 * M]), (75 * M, [30 * M])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", SUBJECTLESS_INCLUDES)
def test_subjectless_includes(text, expected):
    found = splits_of(text)
    for split in expected:
        assert split in found
    assert "subjectless_includes" in cues_of(text)


def test_subjectless_includes_that_exceed_the_item_are_no_parts():
    text = (
        "— Libraries: $75 million. Includes $60 million for rural branches, $40 million "
        "for the central library."
    )
    assert "subjectless_includes" not in cues_of(text)


COLON_ITEMS = [
    ("The measure sets aside $48 million for the harbour, specifically: $20 million to "
     "deepen the channel; $15 million for two new cranes and their rails; more than "
     "$6 million will pay for a customs shed; and $4 million in wages for pilots.",
     [(48 * M, [20 * M, 15 * M, 6 * M, 4 * M])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", COLON_ITEMS)
def test_colon_items(text, expected):
    assert splits_of(text) == expected


def test_colon_items_that_exceed_the_total_are_not_linked():
    text = (
        "The measure sets aside $48 million for the harbour, specifically: $30 million to "
        "deepen the channel; $25 million for two new cranes."
    )
    assert "colon_items" not in cues_of(text)


def test_pair_told_in_turn_adds_up_to_the_sum_before_it():
    text = (
        "The city handed out grants worth $4.2 million this spring. One charity took "
        "$1.5 million of it. It came from a pair of grants, the smaller of which was "
        "$0.4 million for a soup kitchen run by volunteers. Meals start in May.\n\n"
        "As for the larger grant, it pays for a shelter. For this, the charity gets "
        "$1.1 million."
    )
    assert (1.5 * M, [0.4 * M, 1.1 * M]) in splits_of(text)
    assert "pair_items" in cues_of(text)


def test_pair_that_does_not_add_up_is_not_linked_by_the_pair_rule():
    text = (
        "One charity took $1.5 million. It came from a pair of grants, the smaller of which "
        "was $0.4 million. As for the larger grant, the charity gets $0.9 million."
    )
    assert "pair_items" not in cues_of(text)


def test_sum_restated_as_a_share_of_an_earlier_total():
    text = (
        "The agency awarded contracts worth $2 billion on Monday. One shipyard took "
        "$612 million, or roughly 30% of the money on offer."
    )
    assert (2000 * M, [612 * M]) in splits_of(text)
    assert "restated_share" in cues_of(text)


def test_share_that_does_not_match_the_percentage_is_no_part():
    # 612 of 2,000 is 30.6%: "12%" names another whole
    text = (
        "The agency awarded contracts worth $2 billion on Monday. One shipyard took "
        "$612 million, or 12% of the money it earned last year."
    )
    assert "restated_share" not in cues_of(text)


def test_sum_out_of_an_owned_share_is_a_part_of_that_share():
    text = (
        "So far 31 grants at a total cost of Rs 140 crore have been approved. Of these, "
        "the navy's share is Rs 95 crore and Rs 40 crore out of the navy's share has been "
        "paid, he said."
    )
    assert (95 * CR, [40 * CR]) in splits_of(text)
    assert "owned_source" in cues_of(text)


@pytest.mark.parametrize(
    "text, is_change",
    [
        ("The bank's own reserves increased $12 million to $5.5 billion.", True),
        ("Exports fell by about $2 billion from $31 billion a year earlier.", True),
        ("The city increased $12 million to fund its schools.", False),  # no level after it
        ("The city gave $12 million to $5 charities.", False),  # no verb of change before it
    ],
)
def test_sum_between_a_verb_of_change_and_a_level_is_a_change(text, is_change):
    from analysis.money.amounts import find_amounts
    from analysis.money.links import read_amount
    from analysis.text.article import article_from_text
    from analysis.text.sentences import split_sentences

    sentence = split_sentences(article_from_text(text))[0]
    amount = next(a for a in find_amounts(text) if a.value == 12 * M or a.value == 2000 * M)
    reading = read_amount(text, amount, sentence, (0, 0), None, lambda *_: None)
    assert reading.change is is_change


def test_that_with_a_whole_after_it_names_that_whole_not_the_subject_before():
    # "That request" is the $9bn the budget requests, not the budget of the sentence before
    text = (
        "Ports got modest bumps in the $80-billion budget request for the agency, according "
        "to Monday's submission.\n\nThe budget requests $9 billion for ports compared to "
        "$8 billion requested last year. That request includes funding for 4 new piers and "
        "$2 billion in dredging for the northern harbour."
    )
    assert (9000 * M, [2000 * M]) in splits_of(text)
