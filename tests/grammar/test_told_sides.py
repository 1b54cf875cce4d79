"""Sides named twice and lists after a relative clause, on sentences made up for the tests."""

from __future__ import annotations

import pytest

from analysis.grammar import parse_sentence


def lines(text: str) -> list[str]:
    return parse_sentence(text, 0, len(text)).describe()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name in commas after a to-phrase names the same side; the by-phrase stays the agent
        (
            "The rifles were delivered to Kurdish rebels, the Vanar Brigades (VB), by Peru.",
            ["main:deliver subject='The rifles' to='the Vanar Brigades' agent='Peru'"],
        ),
        (
            "Peru sent rifles to its ally, Chile, last month.",
            ["main:send subject='Peru' object='rifles' to='Chile' time='last month'"],
        ),
        (
            "Chile bought tanks from the maker, Acme Arms.",
            ["main:buy subject='Chile' object='tanks' from='Acme Arms'"],
        ),
        # a list of names goes on: no side named twice
        (
            "Peru sent rifles to the rebels, Chile, Bolivia and Ecuador.",
            [
                "main:send subject='Peru' object='rifles' "
                "to='the rebels, Chile, Bolivia and Ecuador'"
            ],
        ),
        # a clause after the comma: the name is its subject, not the side told again
        (
            "Peru sent rifles to the rebels, Chile said.",
            ["main:send subject='Peru' object='rifles' to='the rebels'"],
        ),
    ],
)
def test_a_name_in_commas_names_the_side_before(sentence, expected):
    assert lines(sentence)[: len(expected)] == expected


def test_a_list_after_a_relative_clause_names_its_head_noun():
    # a name has no members: "including" lists those of the noun the clause describes
    assert lines("Peru delivered the radios it promised to send to Chile, including rifles.") == [
        "main:deliver subject='Peru' object='the radios' including='rifles'",
        "relative:promise subject='it'",
        "complement:send subject='it' object='the radios' to='Chile'",
    ]


def test_a_list_after_a_plain_noun_still_names_its_members():
    assert lines("Peru sent rifles to armed groups, including the Vanar Brigades.") == [
        "main:send subject='Peru' object='rifles' to='armed groups' including='the Vanar Brigades'"
    ]
