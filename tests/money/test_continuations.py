"""Tests for analysis.money.continuations: a sentence that goes on with a split already
begun ("It also includes ...", "The bill also contains ...", "Also in the package: ...",
"Another $3bn ...") adds its sums to the same total.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.money.helpers import B, M, cues_of, splits_of

CONTINUED = [
    # "It also includes" after the total's own sentence began the list; the part names its
    # own whole ("spending of about $4bn") and is still a part
    ("The $30 billion budget includes $9 billion for the navy. It also includes pension "
     "spending of about $4 billion, up from last year.",
     [(30 * B, [9 * B, 4 * B])]),
    # "It" after "The budget includes A" stands for the budget, not for A
    ("The ministry's budget for next year is $40 billion. The budget includes $12 billion "
     "for new tanks. It also includes $5 billion for pay rises.",
     [(40 * B, [12 * B, 5 * B])]),
    # the noun names the whole a paragraph later
    ("Congress passed a $70 billion aid bill on Friday, which includes $30 billion for "
     "weapons.\n\nLawmakers argued for weeks.\n\nThe bill also contains $2 billion for "
     "refugees.",
     [(70 * B, [30 * B, 2 * B])]),
    # "Also in the package:" goes on with the fund's list
    ("The council approved a €900 million fund on Monday. The fund covers €300 million for "
     "housing. Also in the package: €200 million for schools and €100 million for roads.",
     [(900 * M, [300 * M, 200 * M, 100 * M])]),
    # "Another" and "A further" go on with the list just begun
    ("The fund holds $9 billion, including $2 billion for schools. Another $3 billion is set "
     "aside for roads. A further $1 billion will go to hospitals.",
     [(9 * B, [2 * B, 3 * B, 1 * B])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", CONTINUED)
def test_a_continued_list_adds_parts_to_the_same_total(text, expected):
    assert splits_of(text) == expected
    assert "continued_list" in cues_of(text)


NOT_CONTINUED = [
    # "Another" without a purpose is a sum beside the total, not inside it
    ("The US gave $5 billion, including $2 billion for tanks. Another $3 billion came from "
     "Europe.",
     [(5 * B, [2 * B])]),
    # another chamber's bill is another whole
    ("The Senate passed a $60 billion bill, which includes $20 billion for the border. The "
     "House bill also includes $10 billion for Taiwan.",
     [(60 * B, [20 * B])]),
    # a verb that does not put the sum inside the subject
    ("Germany pledged a €4 billion package, which includes €1 billion for air defence. The "
     "company also posted a profit of €300 million.",
     [(4 * B, [1 * B])]),
    # more than the total has left: not a part
    ("The plan costs $900 million, including $600 million for trains. Another $500 million "
     "is set aside for buses.",
     [(900 * M, [600 * M])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", NOT_CONTINUED)
def test_no_continued_part_for_another_whole_or_too_much(text, expected):
    assert splits_of(text) == expected
    assert "continued_list" not in cues_of(text)


def test_it_after_the_whole_that_opens_a_list_of_parts_is_that_whole():
    # "It" after "The package includes a $300m loan ..." is the package, not the loan
    text = (
        "The lender approved a $700 million package for Norvania. The package includes a "
        "$300 million loan and $100 million in guarantees from Pomeria. It also includes "
        "$200 million in grants from Lantia."
    )
    assert splits_of(text) == [(700 * M, [300 * M, 100 * M, 200 * M])]


def test_new_money_added_to_an_earlier_whole_is_still_a_part():
    # "a supplement to a prior loan" is new money; "from an earlier package" is not
    text = (
        "The lender approved a $700 million package for Norvania. The package includes a "
        "$300 million loan supplement to a prior bank loan and $100 million in guarantees."
    )
    assert [(t, sorted(parts)) for t, parts in splits_of(text)] == [(700 * M, [100 * M, 300 * M])]
    trap = (
        "The lender approved a $700 million package for Norvania. The package includes "
        "$300 million left over from an earlier package and $100 million in guarantees."
    )
    assert all(300 * M not in parts for _, parts in splits_of(trap))
