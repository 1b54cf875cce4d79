"""Tests for analysis.money.breakdowns: a part spent in the sentences after it.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

from analysis.money.breakdowns import name_keys
from tests.money.helpers import M, splits_of


def test_the_parts_recipient_as_subject_spends_the_part():
    text = (
        "The $500m plan includes $120m for the Border Guard and $200m for the Royal Navy. "
        "The Border Guard will buy drones for $30m and spend $12m on cameras."
    )
    assert splits_of(text) == [(500 * M, [120 * M, 200 * M]), (120 * M, [30 * M, 12 * M])]


def test_the_parts_initials_fronted_spend_the_part():
    text = (
        "The $900m budget gives $250m to the Ardent Border Service. For the ABS, $40m will "
        "go to patrol cars and $15m to barracks."
    )
    assert splits_of(text) == [(900 * M, [250 * M]), (250 * M, [40 * M, 15 * M])]


def test_a_longer_name_is_another_body():
    text = (
        "Telmar set aside $300m for the Coast Guard. The Coast Guard Academy will get $20m "
        "for a new campus."
    )
    assert splits_of(text) == []


def test_common_nouns_are_no_names():
    assert name_keys("the coast guard") == ([], "")
