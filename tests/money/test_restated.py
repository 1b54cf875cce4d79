"""Tests for analysis.money.restated and analysis.money.outer_wholes: a total named again
("of the $90 million") is the total before; a reference back names the whole, not one of
its parts that shares its noun.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

from tests.money.helpers import M, splits_of

RESTATED = [
    # the parts hang on two mentions of one total: one split
    ("The charity raised $90 million. It has spent $30 million of the $90 million so far. "
     "The remaining $60 million will be spent next year.",
     [(90 * M, [30 * M, 60 * M])]),
    # the part named again ("The $40 million") between the part and "the remaining"
    ("Donors gave $150 million to the relief fund. The fund has spent $40 million of the "
     "$150 million. The $40 million has paid for tents. The remaining $110 million will go "
     "to housing.",
     [(150 * M, [40 * M, 110 * M])]),
]  # fmt: skip

TRAPS = [
    # a second total of the same sum that is no restatement (no "the"): two wholes
    ("Pomeria pledged $50 million for schools. Lantia pledged $50 million, of which $20 "
     "million is for clinics.",
     [(50 * M, [20 * M])]),
    # "the new pledges" names all of them: the $12m is a share across the parts, no part
    # of the $350m (and it does not fit beside the parts of the $600m)
    ("Donors made nearly $600 million in new pledges. 30 countries made $350 million in new "
     "pledges, while a bank promised $249 million, bringing the total of new pledges to "
     "nearly $600 million. Among the new pledges, $12 million went to the appeal.",
     [(600 * M, [350 * M, 249 * M])]),
]  # fmt: skip


def test_parts_of_a_restated_total_join_the_total():
    for text, expected in RESTATED:
        assert splits_of(text) == expected, text


def test_no_restatement_and_no_part_of_a_part():
    for text, expected in TRAPS:
        assert splits_of(text) == expected, text
