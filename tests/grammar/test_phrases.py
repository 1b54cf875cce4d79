"""Phrases: noun phrases with heads, possessors, conjuncts, quantities; verb groups."""

from __future__ import annotations

import pytest

from analysis.grammar import parse_sentence
from analysis.grammar.phrases import describe_verb
from analysis.grammar.wordclass import tag_words


def parse(text):
    return parse_sentence(text, 0, len(text))


def verb(text, lemma):
    p = parse(text)
    return next(ph.verb for ph in p.phrases if ph.kind == "VG" and ph.verb.lemma == lemma)


def test_noun_phrase_head_is_the_last_noun():
    p = parse("The old anti-ship missile batteries arrived.")
    np = next(ph for ph in p.phrases if ph.kind == "NP")
    assert np.text == "The old anti-ship missile batteries"
    assert p.tokens[np.head].text == "batteries"


def test_possessor_is_its_own_phrase():
    p = parse("Chile's new frigates sailed.")
    outer = max((ph for ph in p.phrases if ph.kind == "NP"), key=lambda ph: ph.last - ph.first)
    assert outer.text == "Chile's new frigates"
    assert p.tokens[outer.head].text == "frigates"
    assert p.phrases[outer.possessor].text == "Chile"


def test_possessive_determiner_is_a_possessor():
    p = parse("Peru sold its old tanks.")
    np = p.phrases[p.clauses[0].slot("object").phrase]
    assert np.text == "its old tanks"
    assert p.phrases[np.possessor].text == "its"


@pytest.mark.parametrize(
    ("sentence", "joined", "parts"),
    [
        ("Peru and Chile sent rifles.", "Peru and Chile", ["Peru", "Chile"]),
        ("Peru sent rifles, mortars and radios.", "rifles, mortars and radios",
         ["rifles", "mortars", "radios"]),
        ("Peru sent radars as well as patrol boats.", "radars as well as patrol boats",
         ["radars", "patrol boats"]),
        # a finished list, then ", as well as" one more member: one list
        ("Peru sent rifles and mortars, as well as radars.",
         "rifles and mortars, as well as radars",
         ["rifles", "mortars", "radars"]),
    ],
)  # fmt: skip
def test_coordinated_noun_phrases_join(sentence, joined, parts):
    p = parse(sentence)
    np = next(ph for ph in p.phrases if ph.parts)
    assert np.text == joined
    assert [p.phrases[i].text for i in np.parts] == parts


def test_and_before_a_new_subject_and_verb_joins_clauses_not_nouns():
    p = parse("Peru sent rifles and Chile sent mortars.")
    assert not any(ph.parts for ph in p.phrases)
    assert [c.kind for c in p.clauses] == ["main", "coordinated"]


@pytest.mark.parametrize(
    ("sentence", "quantity"),
    [("Peru will send 12 more launchers.", "12 more"), ("Peru sent about 40 tanks.", "about 40"),
     ("Peru sent more than 1,700 rifles.", "more than 1,700"), ("Peru sent two jets.", "two"),
     # bounds of more than one word stay in the noun phrase, not a prepositional phrase
     ("Peru handed over at least nine jets.", "at least nine"),
     ("Peru sent up to 30 tanks.", "up to 30"), ("Peru sent as many as 30 tanks.", "as many as 30"),
     ("Peru sent no fewer than 12 tanks.", "no fewer than 12")],
)  # fmt: skip
def test_quantity_before_the_head(sentence, quantity):
    p = parse(sentence)
    assert p.phrases[p.clauses[0].slot("object").phrase].quantity == quantity


@pytest.mark.parametrize(
    ("sentence", "lemma", "expected"),
    [
        # (modal, negated, tense, voice, aspect)
        ("Peru will deliver rifles.", "deliver", ("will", False, "future", "active", "")),
        ("Peru is to send rifles.", "send", ("be to", False, "present", "active", "")),
        ("Peru may not send rifles.", "send", ("may", True, "present", "active", "")),
        ("Rifles were delivered.", "deliver", ("", False, "past", "passive", "")),
        ("Peru has been supplying rifles.", "supply",
         ("", False, "present", "active", "perfect progressive")),
        ("Peru has sent rifles.", "send", ("", False, "present", "active", "perfect")),
        ("Peru did not send rifles.", "send", ("", True, "past", "active", "")),
        ("Peru never sent rifles.", "send", ("", True, "past", "active", "")),
    ],
)  # fmt: skip
def test_verb_group_modal_negation_tense_voice(sentence, lemma, expected):
    v = verb(sentence, lemma)
    assert (v.modal, v.negated, v.tense, v.voice, v.aspect) == expected


def test_phrasal_verb_keeps_its_particle():
    v = verb("Peru handed over the tanks.", "hand")
    assert v.particle == "over"


def test_yet_marks_a_step_still_to_come_not_a_negation():
    for text in ("has yet to sign", "has not yet signed", "is yet to be delivered"):
        words = tag_words(text)
        verb = describe_verb(words, words[-1])
        assert (verb.modal, verb.negated) == ("yet to", False), text
    words = tag_words("has not signed")
    assert describe_verb(words, words[-1]).negated


@pytest.mark.parametrize(
    "sentence, phrase",
    [
        # a day word right after a common noun tells when: the noun phrase ends before it
        ("The navy awarded a contract Monday worth $2 billion.", "a contract"),
        ("Chile signed the deal yesterday for six jets.", "the deal"),
    ],
)
def test_day_after_a_noun_is_not_part_of_it(sentence, phrase):
    texts = [p.text for p in parse_sentence(sentence).phrases]
    assert phrase in texts
    assert not any(t.startswith(phrase + " ") for t in texts)


def test_a_past_form_after_a_modal_is_a_passive_missing_its_be():
    text = "The army will equipped with new trucks."
    parse = parse_sentence(text, 0, len(text), [])
    verb = next(p.verb for p in parse.phrases if p.kind == "VG")
    assert (verb.lemma, verb.voice) == ("equip", "passive")
    text = "The army will equip the brigade with new trucks."
    parse = parse_sentence(text, 0, len(text), [])
    assert next(p.verb for p in parse.phrases if p.kind == "VG").voice == "active"


@pytest.mark.parametrize(
    "sentence, subject",
    [
        ("In June Ruritania bought ten boats.", "Ruritania"),
        ("In May Ruritania bought ten boats.", "Ruritania"),  # the month, not the modal
        ("Last week Ruritania bought ten boats.", "Ruritania"),
        ("In 2024 Ruritania bought ten boats.", "Ruritania"),
        ("In the past year alone Ruritania has bought ten boats.", "Ruritania"),
    ],
)
def test_an_opening_time_phrase_with_no_comma_leaves_the_subject_its_own(sentence, subject):
    p = parse(sentence)
    assert p.phrases[p.clauses[0].slot("subject").phrase].text == subject


def test_a_month_word_inside_a_name_mid_sentence_stays_in_the_name():
    p = parse("Veterans of the July Uprising met.")
    assert any(ph.text == "the July Uprising" for ph in p.phrases if ph.kind == "NP")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Peru will buy an additional 40 rifles.", "an additional 40 rifles"),
        ("Peru will buy a further 12 jets.", "a further 12 jets"),
        ("Peru will buy the remaining 30 tanks.", "the remaining 30 tanks"),
    ],
)
def test_adjective_before_the_number_stays_in_the_phrase(text, expected):
    p = parse(text)
    assert p.phrases[p.clauses[0].slot("object").phrase].text == expected


def test_capitalised_words_of_a_name_in_prose_are_not_closed_class():
    text = "Acme was awarded a contract for the purchase of 60 Mine Protected Clearance Vehicles."
    tags = {t.text: t.tag for t in tag_words(text)}
    assert (tags["Mine"], tags["Protected"]) == ("PROPN", "PROPN")


def test_that_after_the_object_of_a_telling_verb_opens_what_is_told():
    p = parse("Peru notified Congress that it had agreed to sell rifles.")
    told = next(c for c in p.clauses if p.phrases[c.verb].text == "had agreed")
    assert told.kind == "complement"
    assert p.phrases[told.slot("subject").phrase].text == "it"
