"""Transfer frames read from the grammar: roles by slot, status from stage/polarity/modality.

Sentences are made up for the tests; expected roles and statuses are worked out by hand from
CONVENTIONS-style readings.
"""

from __future__ import annotations

import pytest

from analysis.grammar import parse_sentence
from analysis.transfers.frames import load_frames, read_frames, status_of


def frames(text: str) -> list[tuple[str, str, tuple[str, ...], str]]:
    found = read_frames(parse_sentence(text, 0, len(text)))
    return [(f.supplier_text, f.recipient_text, f.item_texts, f.status) for f in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # give verbs, both argument orders
        ("Peru supplied Chile with rifles.", [("Peru", "Chile", ("rifles",), "delivered")]),
        ("Peru sold rifles to Chile.", [("Peru", "Chile", ("rifles",), "delivered")]),
        ("Peru sent Chile two frigates.", [("Peru", "Chile", ("two frigates",), "delivered")]),
        # get verbs: the subject receives, from names the supplier
        ("Bolivia bought rifles from Peru.", [("Peru", "Bolivia", ("rifles",), "delivered")]),
        # coordinated suppliers stay together in one phrase
        ("Peru and Bolivia are donating rifles to Chile.",
         [("Peru and Bolivia", "Chile", ("rifles",), "ongoing")]),
        # passive with by
        ("The rifles were sent to Chile by Peru.",
         [("Peru", "Chile", ("The rifles",), "delivered")]),
        # reduced relative: the head noun is the item, the by-phrase the supplier
        ("Rifles supplied by Peru include mortars.",
         [("Peru", "", ("Rifles", "mortars"), "delivered")]),
        # control: the subject of agree sends; the object of allow passes
        ("Peru agreed to send rifles to Chile.", [("Peru", "Chile", ("rifles",), "agreed")]),
        ("Peru allowed Chile to pass its rifles to Bolivia.",
         [("Chile", "Bolivia", ("its rifles",), "agreed")]),  # allowed, as cleared
        # noun frames
        ("Peru announced the sale of 30 jets to Chile.",
         [("Peru", "Chile", ("30 jets",), "planned")]),
        ("Bolivia took delivery of rifles from Peru.",
         [("Peru", "Bolivia", ("rifles",), "delivered")]),
        # an approver is no supplier
        ("Peru approved the sale of rifles to Chile.", [("", "Chile", ("rifles",), "agreed")]),
        # 'the first X to give': the subject of the copula supplies
        ("Peru was the first navy to give frigates to Chile.",
         [("Peru", "Chile", ("frigates",), "delivered")]),
        # a ditransitive passive keeps its object: the subject is the recipient
        ("Bolivia was given rifles by Peru.", [("Peru", "Bolivia", ("rifles",), "delivered")]),
        # the other side of talks or an agreement to buy is the supplier
        ("Bolivia is in talks with Peru to buy rifles.",
         [("Peru", "Bolivia", ("rifles",), "possible")]),
        ("Bolivia signed an agreement with Peru to buy rifles.",
         [("Peru", "Bolivia", ("rifles",), "agreed")]),
        # only the giver halts or resumes its own deliveries
        ("Peru halted the delivery of rifles to Chile.",
         [("Peru", "Chile", ("rifles",), "negated")]),
        # a blocker, like an approver, is no supplier
        ("The sale of rifles to Chile was blocked by Peru.",
         [("", "Chile", ("rifles",), "negated")]),
        # the infinitive of "an offer from X" is X's
        ("Bolivia declined an offer from Peru to sell them rifles.",
         [("Peru", "them", ("rifles",), "negated")]),
        # what an umbrella noun is said to include stands for it
        ("The weapons sent by Peru include rifles and mortars.",
         [("Peru", "", ("rifles and mortars",), "delivered")]),
        # a passive's to-phrase does what it was given for
        ("A licence was granted to Peru to export rifles to Bolivia.",
         [("Peru", "Bolivia", ("rifles",), "agreed")]),
        # who uses the head noun of a reduced relative got it
        ("Rifles supplied by Peru are used by Chile.",
         [("Peru", "Chile", ("Rifles",), "delivered")]),
    ],
)  # fmt: skip
def test_roles_come_from_slots(sentence, expected):
    assert frames(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a delivery not yet made: the verb above says how far it has gone
        ("Chile will receive rifles from Peru.", "planned"),
        ("Chile is expected to take delivery of rifles from Peru.", "planned"),
        ("Chile took delivery of rifles from Peru.", "delivered"),
        # 'said it would' is the future seen from the past; 'would' alone is a modal
        ("Chile said it would buy rifles from Peru.", "planned"),
        ("Chile would buy rifles from Peru.", "possible"),
        # "no plans to" negates
        ("Peru has no plans to send rifles to Bolivia.", "negated"),
        # winning a contract to supply is an agreement
        ("Peru won a contract to supply rifles to Chile.", "agreed"),
        ("Peru will deliver rifles to Chile.", "planned"),
        ("Peru is to send rifles to Chile.", "planned"),
        ("Peru may send rifles to Chile.", "possible"),
        ("Peru is considering sending rifles to Chile.", "possible"),
        ("Peru has been supplying rifles to Chile.", "ongoing"),
        ("Peru did not send rifles to Chile.", "negated"),
        ("Peru refused to send rifles to Chile.", "negated"),
        ("Peru denied sending rifles to Chile.", "denied"),
        ("Peru offered rifles to Chile.", "offered"),
        ("Chile is seeking to buy rifles from Peru.", "sought"),
        ("Peru signed a contract to sell rifles to Chile.", "agreed"),
        ("Peru announced a decision to withhold a shipment of rifles to Chile.", "negated"),
    ],
)
def test_status_from_the_words_above_the_cue(sentence, status):
    assert [f[3] for f in frames(sentence)] == [status]


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru struck ammunition depots in Chile.",  # an attack
        "Peru fired rifles at Chile.",  # use, no transfer verb
        "Peru sent food to Chile.",  # no military item
        "Peru provided support to Chile.",  # support without a named item
    ],
)
def test_traps_give_no_frame(sentence):
    assert frames(sentence) == []


def test_quantity_of_a_container_noun():
    text = "Chile signed a contract to acquire 30 units of the Puma rifle from Peru."
    found = read_frames(parse_sentence(text, 0, len(text)))
    assert [(f.item_texts, f.quantity, f.status) for f in found] == [
        (("the Puma rifle",), "30 units", "agreed")
    ]


def test_denier_is_the_subject_of_deny():
    text = "Peru denied sending rifles to Chile."
    parse = parse_sentence(text, 0, len(text))
    (found,) = read_frames(parse)
    assert parse.phrases[found.denied_by].text == "Peru"


def test_status_of_orders_polarity_over_modality_over_stage():
    assert status_of("agreed", "negated", "possible") == "negated"
    assert status_of("planned", "", "possible") == "possible"
    assert status_of("", "", "") == "unspecified"


def test_every_frame_names_known_slots():
    slots = {
        "subject", "object", "indirect_object", "agent", "possessor", "clause_subject",
        "complement_object", "self", "contents", "counterpart", "item_origin", "item_maker",
        "maker", "taker", "user", "cargo", "service", "holder", "aided", "thanked", "thanker",
        "carrier_origin", "giver_possessor", "announcer", "on", "modifier", "item_owner",
        "item_holder", "destination", "own_class", "item_possessor", "negotiator", "scheme_owner",
        "between_first", "between_second", "item_buyer", "item_seller",
        "possessor_from", "talks_sides", "deal_partner", "with_side",
        "to", "for", "from", "with", "of", "in", "at", "including", "by", "under", "into",
    }  # fmt: skip
    for rows in load_frames().values():
        for frame in rows:
            assert frame.direction in ("give", "get", "help")
            assert set(frame.supplier + frame.recipient + frame.item) <= slots, frame


@pytest.mark.parametrize(
    "sentence",
    [
        "The K9 howitzers were ordered by three countries -- Chile, Peru and Spain -- since 2001.",
        "The K9 howitzers have been ordered by three countries: Chile, Peru and Spain.",
    ],
)
def test_a_list_after_a_passive_agent_names_its_members_not_an_object(sentence):
    from analysis.text import article_from_text
    from analysis.transfers import find_transfers

    frame = find_transfers(article_from_text("Test\n\n" + sentence + "\n"))
    assert sorted(frame["recipient"]) == ["Chile", "Peru", "Spain"]
    assert set(frame["status"]) == {"agreed"}


def test_a_two_object_verb_keeps_its_object_in_the_passive():
    assert frames("Peru was given two frigates by Spain.") == [
        ("Spain", "Peru", ("two frigates",), "delivered")
    ]


def test_a_navy_that_owns_an_arriving_frigate_receives_it():
    from analysis.text import article_from_text
    from analysis.transfers import find_transfers

    text = "Chilean Navy's first missile frigate arrives\n\nIt was built by Orion Marine Ltd.\n"
    frame = find_transfers(article_from_text(text))
    pairs = set(zip(frame["recipient"], frame["supplier"], strict=True))
    assert ("Chilean Navy", "Orion Marine Ltd") in pairs
    assert "Chilean Navy" not in set(frame["supplier"])
