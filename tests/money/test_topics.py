"""Tests for analysis.money.topics: which whole each sentence is about, and the parts the
linker reads in sentences that go on about a total's whole.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.money.helpers import B, M, splits_of


@pytest.mark.parametrize(
    "text, total, parts",
    [
        # sentences that refer back ("it", "the measure") keep the package the topic
        (
            "The assembly passed a $50 billion relief package on Friday. After the vote, it goes "
            "to the governor. She has promised to sign the measure. About $30 billion is meant for "
            "housing repairs. About $15 billion is for farmers.",
            50 * B,
            [30 * B, 15 * B],
        ),
        # a budget, the parts after a sentence about its passage
        (
            "Ministers agreed a £900m health budget for the coming year. Its approval took three "
            "weeks of talks. £500m will go to hospitals. £250m is set aside for clinics.",
            900 * M,
            [500 * M, 250 * M],
        ),
        # a fund, the parts in the next paragraph
        (
            "The city created a €40m climate fund on Tuesday. The council backed it unanimously."
            "\n\n€25m is earmarked for tram lines. €10m goes toward tree planting.",
            40 * M,
            [25 * M, 10 * M],
        ),
    ],
    ids=["package, it and the measure", "budget, its approval", "fund, next paragraph"],
)
def test_parts_in_sentences_that_go_on_about_the_whole_are_linked(text, total, parts):
    assert splits_of(text) == [(total, parts)]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence about something else ends the topic
        "The assembly passed a $50 billion relief package on Friday. Shares in builders rose "
        "on the news. Traders were cautious. About $30 billion is meant for housing repairs.",
        # the sums after the total add up to more than it: no list of its parts
        "The assembly passed a $50 billion relief package on Friday. After the vote, it goes "
        "to the governor. About $40 billion is meant for housing repairs. About $30 billion is "
        "for farmers.",
        # a sum that says nothing of what it is for is no part by topic alone
        "The assembly passed a $50 billion relief package on Friday. After the vote, it goes "
        "to the governor. She has promised to sign the measure. Some $30 billion was raised.",
        # a sentence naming a whole of its own leaves the reference to decide
        "The assembly passed a $50 billion relief package on Friday. After the vote, it goes "
        "to the governor. She has promised to sign the measure. A separate bill gives about "
        "$30 billion to ports.",
    ],
    ids=["topic ended", "sums exceed the total", "no purpose", "another whole named"],
)
def test_no_part_by_topic_when_the_text_leaves_the_whole(text):
    assert splits_of(text) == []
