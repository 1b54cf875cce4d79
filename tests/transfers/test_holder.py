"""A role noun ("supplier", "exporter", "buyer") names the side it is said of.

Sentences made up for these tests; expected rows worked out by hand from the dev set's
CONVENTIONS.md ("ongoing: has been supplying"; a supplier named by a role noun supplies).
"""

from __future__ import annotations

import pytest

from analysis.grammar import parse_sentence
from analysis.transfers.holder import holder_phrases
from tests.transfers.test_varied_sentences import read_rows


def _holders(text: str, noun: str) -> list[str]:
    parse = parse_sentence(text, 0, len(text), [])
    at = [p.index for p in parse.phrases if noun in p.text][-1]
    return [parse.phrases[i].text for i in holder_phrases(parse, at)]


@pytest.mark.parametrize(
    "text, noun, expected",
    [
        ("Ghana is Togo's arms supplier.", "supplier", ["Ghana"]),
        ("Ghana has emerged as a key arms supplier to Togo.", "supplier", ["Ghana"]),
        ("Togo regards Ghana as its main arms supplier.", "supplier", ["Ghana"]),
        ("Ghana remains one of Togo's top arms suppliers.", "suppliers", ["Ghana"]),
        ("Ghana turned into a source of arms for Togo.", "source", ["Ghana"]),
        ("Operators of the rifle include Ghana and Togo.", "Operators", ["Ghana and Togo"]),
    ],
)
def test_the_side_a_role_noun_is_said_of(text, noun, expected):
    assert _holders(text, noun) == expected


def test_a_role_noun_in_a_plain_object_is_said_of_nothing():
    assert _holders("Ghana thanked its arms supplier.", "supplier") == []


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(r["supplier"], r["recipient"], r["status"]) for r in read_rows("Test\n\n" + text)}


@pytest.mark.parametrize(
    "text",
    [
        "Chile has emerged as an important arms supplier to Peru.",
        "Peru sees Chile as its main arms supplier.",
        "Chile remains one of Peru's top arms suppliers.",
        "Chile is among Peru's arms suppliers.",
    ],
)
def test_a_supplier_said_of_a_side_supplies_the_named_recipient(text):
    assert ("Chile", "Peru", "ongoing") in _pairs(text)


def test_one_of_the_worlds_exporters_names_no_recipient_and_no_row():
    assert _pairs("Russia is one of the world's biggest arms exporters.") == set()
