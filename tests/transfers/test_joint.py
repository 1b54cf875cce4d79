"""A plural pronoun after a joined subject stands for every party of it.

Sentences made up for these tests; expected rows worked out by hand from the dev
set's CONVENTIONS.md (a supplier per country that gives).
"""

from __future__ import annotations

import pytest

from analysis.grammar import parse_sentence
from analysis.transfers.joint import joint_subject_span
from tests.transfers.test_varied_sentences import read_rows


def _span_text(text: str) -> str | None:
    parse = parse_sentence(text, 0, len(text), [])
    they = next(p.index for p in parse.phrases if p.text.lower() in ("they", "we"))
    span = joint_subject_span(parse, they)
    return None if span is None else text[span[0] : span[1]].strip()


def test_span_is_the_governing_subject_up_to_its_verb():
    text = "Ghana and Togo announced on Friday that they will buy patrol boats."
    assert _span_text(text) == "Ghana and Togo"


def test_a_pronoun_in_the_main_clause_has_no_joint_subject():
    assert _span_text("They will buy patrol boats from Ghana.") is None


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(r["supplier"], r["recipient"]) for r in read_rows(text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Test\n\nAustria, Ireland and Portugal said in a joint communique on Tuesday "
            "that they would send mortar rounds to Moldova.",
            {("Austria", "Moldova"), ("Ireland", "Moldova"), ("Portugal", "Moldova")},
        ),
        (
            "Test\n\nThe defence ministries of Canada and Norway said they are working "
            "together to deliver anti-tank missiles to Ukraine.",
            {("Canada", "Ukraine"), ("Norway", "Ukraine")},
        ),
        (
            "Test\n\nThe Danish, Swedish and Finnish defence ministries announced on "
            "Monday that they will send artillery shells to Ukraine.",
            {("Denmark", "Ukraine"), ("Sweden", "Ukraine"), ("Finland", "Ukraine")},
        ),
    ],
)
def test_they_gives_every_party_of_a_joined_subject(text, expected):
    assert _pairs(text) == expected


def test_they_after_one_party_stays_that_party():
    text = "Test\n\nThe Czech government said on Monday that they would send rifles to Ukraine."
    rows = read_rows(text)
    assert {(r["supplier_country"], r["recipient"]) for r in rows} == {
        ("Czech Republic", "Ukraine")
    }
