"""Tests for analysis.money.lines: short lines that each state one part, right after a
sentence that states a whole, or as the section headings of a breakdown.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

from tests.money.helpers import B, M, splits_of


def test_labelled_lines_right_after_a_whole_are_its_parts():
    text = ("The board approved a £600 million package on Monday.\n\nPorts: £250 million\n\n"
            "Canals: £200 million\n\nLocks: £100 million")  # fmt: skip
    assert splits_of(text) == [(600 * M, [250 * M, 200 * M, 100 * M])]


def test_one_labelled_line_or_lines_that_exceed_the_whole_are_no_parts():
    one = "The board approved a £600 million package.\n\nPorts: £250 million\n\nIt was welcomed."
    more = (
        "The board approved a £300 million package.\n\nPorts: £250 million\n\nCanals: £200 million"
    )
    assert splits_of(one) == [] and splits_of(more) == []


def test_section_headings_of_a_breakdown_are_its_parts():
    text = ("Breaking down the $9 billion harbour bill\n\n1. Docks, $5 billion\n\n"
            "The docks money pays for cranes and berths.\n\n2. Rail links, $3 billion\n\n"
            "Freight lines get most of it.")  # fmt: skip
    assert splits_of(text) == [(9 * B, [5 * B, 3 * B])]


def test_headings_without_a_breakdown_title_or_that_exceed_it_are_no_parts():
    plain = "The $9 billion harbour bill passed.\n\n1. Docks, $5 billion\n\nIt pays for cranes."
    over = "Breaking down the $9 billion bill\n\n1. Docks, $5 billion\n\n2. Rail, $6 billion"
    assert splits_of(plain) == [] and splits_of(over) == []
