"""Makers the text names for its items (``analysis.transfers.origins``), on made-up articles.

Each article is a few sentences written for the test; every expected row was worked out
by hand from the dev set's CONVENTIONS.md: ``(supplier, recipient, item, status,
quantity)``, ``-`` for "not stated", statuses separated by ``|`` all acceptable.
"""

from __future__ import annotations

import pytest

from analysis.entities import load_lexicons, match_text
from analysis.text import article_from_text, split_sentences
from analysis.transfers.origins import find_origin_claims
from tests.transfers.test_varied_sentences import check

A, P, D = "agreed", "planned", "delivered"

CASES = [
    # -- the maker named after the item, in another sentence: "made by X"
    ("Chile signed a contract for 14 F-16 jets. The jets, made by Lockheed Martin, will "
     "arrive in 2026.",
     [("Lockheed Martin", "Chile", "F-16", A, "14")]),
    # -- a maker's name or a country with a making suffix before a word of the same kind,
    # in the headline
    ("US-made jets for Iraq\n\nIraq signed a contract for 18 F-16 jets.",
     [("United States", "Iraq", "F-16", A, "18")]),
    ("Kenya ordered six Bayraktar TB2 drones in May. Baykar's drones are flown by many "
     "armies.",
     [("Baykar", "Kenya", "Bayraktar", A, None)]),
    # -- a demonym the weapon lexicon agrees with
    ("Peru agreed to buy 30 Altay tanks. The Turkish tanks will be delivered from 2027.",
     [("Turkey", "Peru", "Altay", A, "30")]),
    # -- two makers named for the kind: which one sells is not said
    ("Peru agreed to buy 30 tanks. Turkish-made and German-made tanks competed for the "
     "order.",
     [("-", "Peru", "tank", A, "30")]),
    # -- a bare demonym is as often the user's: no maker
    ("Ukraine agreed to buy 31 tanks last week. Russian tanks attacked the town.",
     [("-", "Ukraine", "tank", A, "31")]),
    # -- a country's own make sold to it names no seller; a delivery by no named giver
    # takes no country maker (it may be second-hand)
    ("Turkey will buy 100 Altay tanks. The Turkish-made tanks are the army's first.",
     [("-", "Turkey", "Altay", P, "100")]),
    ("Ukraine received 12 F-16 jets last week. The US-made jets will fly in May.",
     [("-", "Ukraine", "F-16", D, "12")]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_a_seller_no_sentence_names_is_the_maker_the_text_names(text, expected):
    assert check(text, expected) == []


def _claims(text: str) -> list[tuple[str, str]]:
    lexicons = load_lexicons()
    article = article_from_text(text)
    sentences = split_sentences(article)
    mentions = match_text(article.text, lexicons)
    claims = find_origin_claims(article.text, sentences, mentions, lexicons.country_names())
    return [(c.maker, c.item) for c in claims]


def test_the_makers_named_beside_an_item_are_read_before_and_after_it():
    claims = _claims("The fighters manufactured in France and jets built by Saab flew.")
    assert claims == [("France", "aircraft"), ("Saab", "aircraft")]


def test_a_country_that_owns_an_item_is_no_maker():
    assert _claims("Peru's F-16 jets and the Peruvian army's tanks took part.") == []
