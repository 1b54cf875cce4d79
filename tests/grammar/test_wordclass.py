"""Word classes: closed lists, lemminflect's dictionary, shape and context rules."""

from __future__ import annotations

import pytest

from analysis.grammar import tag_words


def tags(text: str, units=()) -> list[tuple[str, str]]:
    return [(t.text, t.tag) for t in tag_words(text, units=units)]


@pytest.mark.parametrize(
    ("sentence", "word", "tag"),
    [
        # a hyphen prefix makes a modifier: 'ship' here is no verb
        ("Chile bought anti-ship missiles.", "anti-ship", "ADJ"),
        ("Chile bought anti-ship missiles.", "missiles", "NOUN"),
        # after a determiner a noun/verb word is a noun
        ("The supply of rifles stopped.", "supply", "NOUN"),
        ("A transfer was agreed.", "transfer", "NOUN"),
        # after a modal or infinitive 'to' it is a verb
        ("Peru may supply rifles.", "supply", "VERB"),
        ("Peru wants to ship rifles.", "ship", "VERB"),
        # after a subject pronoun it is a verb
        ("They transfer rifles each year.", "transfer", "VERB"),
        # a name then a noun/verb word before an object: a verb
        ("Peru supplies Chile with rifles.", "supplies", "VERB"),
        # a noun/verb word after an adjective is a noun
        ("Peru sent military supplies.", "supplies", "NOUN"),
        # 'to' before a verb is the infinitive marker, before a name a preposition
        ("Peru agreed to send rifles.", "to", "PART"),
        ("Peru sent rifles to Chile.", "to", "ADP"),
        # a participle between a determiner and a noun is an adjective
        ("The delivered rifles were old.", "delivered", "ADJ"),
        # ... and one between a determiner and a number ("the remaining two")
        ("The remaining two frigates were sold.", "remaining", "ADJ"),
        # ... and an -ing one before another modifier of the noun ("a new floating dry dock")
        ("Acme Marine will build a new floating dry dock.", "floating", "ADJ"),
        ("Acme Marine will build a new floating dry dock.", "dry", "ADJ"),
        ("Two boats carrying heavy rifles sank.", "carrying", "VERB"),
        # "will" after "the" is a noun, after a subject a modal
        ("Peru has neither the will nor the means to sell rifles.", "will", "NOUN"),
        ("The army will send rifles.", "will", "MODAL"),
        # an -ing word after "for" with an object after it is a gerund verb
        ("Lima Yards won a contract for building four frigates.", "building", "VERB"),
        ("Peru bought building materials.", "building", "NOUN"),
        # after a possessive and an amount, the noun the amount measures
        ("Acme's $2 billion contract with Peru covers four frigates.", "contract", "NOUN"),
        # an organisation noun right before a name describes it
        ("Italian defence group Leonardo said it would bid.", "group", "NOUN"),
        # after a possessive 's and before a verb: a noun
        ("Shells that Peru's army fires are old.", "army", "NOUN"),
        ("Shells that Peru's army fires are old.", "fires", "VERB"),
        # 'that' after a noun is relative, after a speech verb a conjunction
        ("Shells that Peru's army fires are old.", "that", "REL"),
        ("Peru said that Chile sent rifles.", "that", "SCONJ"),
        ("Peru said on Monday that Chile sent rifles.", "that", "SCONJ"),
        ("That deal was signed.", "That", "DET"),
        # 'about' before a number is part of the quantity
        ("Peru sent about 40 tanks.", "about", "ADV"),
        # a particle of a phrasal verb
        ("Peru handed over the tanks.", "over", "PART"),
        # a headline in title case reads its words in lower case
        ("Peru May Send Chile Old Rifles For Training", "May", "MODAL"),
        ("Peru May Send Chile Old Rifles For Training", "Send", "VERB"),
        # after a noun phrase and before 'to' + verb, with no verb yet: a verb
        ("The Peruvian navy plans to buy rifles.", "plans", "VERB"),
        ("The plans to buy rifles failed.", "plans", "NOUN"),
        # after a counted noun, before a preposition: a noun of the same phrase
        ("Peru bought 66 Condor jets from Chile.", "jets", "NOUN"),
        # after a noun, before a word that can only be a verb: the subject's head noun
        ("Peru's defence minister said so.", "minister", "NOUN"),
        # a phrasal verb's particle before a number is no 'more than'
        ("Peru will hand over six rifles.", "over", "PART"),
        ("Peru sent over 600 rifles.", "over", "ADV"),
        # a quotation starts a sentence: its capitalised first word is no name
        ("Roe said: “The rifles arrived.”", "The", "DET"),
        # after a determiner and an amount: the noun it measures, not a verb
        ("A $40 million contract to supply rifles went to Acme.", "contract", "NOUN"),
        ("Peru sent tanks, part of a €90m security package to help Chile.", "package", "NOUN"),
        ("The $5 billion package supplies rifles to Chile.", "supplies", "VERB"),
        # 'more than' before an amount of money qualifies it, as before a number
        ("Peru has committed more than $60 million of aid to Chile.", "more", "ADV"),
        ("Peru has committed more than $60 million of aid to Chile.", "than", "ADV"),
        # an -ing word before an industry's head noun is part of the name, not a verb
        ("Peru bought rifles from an arms manufacturing company.", "manufacturing", "NOUN"),
        ("A boat carrying rifles sank.", "carrying", "VERB"),
        # 'to date' is a fixed adverbial, not an infinitive
        ("Acme has delivered 300 rifles to the navy to date.", "to", "ADP"),
        # after "noun and", a describing participle before a noun starts the next list item
        ("Peru ordered shells and modernised tanks.", "modernised", "ADJ"),
        ("Peru ordered shells and modernised its tanks.", "modernised", "VERB"),
        ("Peru bought shells and upgraded the tanks.", "upgraded", "VERB"),
        # "joint" is an adjective, so the noun after it is no verb before a name
        ("The navy hired shipbuilding joint venture Acme.", "venture", "NOUN"),
    ],
)
def test_word_class_in_context(sentence, word, tag):
    assert dict(tags(sentence))[word] == tag


def test_possessive_and_negation_are_split_off():
    assert tags("Peru's army didn't fire.") == [
        ("Peru", "PROPN"),
        ("'s", "POSS"),
        ("army", "NOUN"),
        ("did", "AUX"),
        ("n't", "NEG"),
        ("fire", "VERB"),
        (".", "PUNCT"),
    ]


def test_a_demonym_of_two_words_is_a_modifier_and_a_named_force_a_name():
    text = "North Korean missiles and Peruvian forces"
    units = [(0, 12, "actor", "North Korea"), (27, 42, "actor", "Armed Forces of Peru")]
    assert tags(text, units)[0] == ("North Korean", "ADJ")
    assert tags(text, units)[-1] == ("Peruvian forces", "PROPN")


def test_units_become_one_token_with_their_name():
    text = "The Sea Wolf systems reached Peru."
    found = tag_words(text, units=[(4, 20, "weapon", "Sea Wolf"), (29, 33, "actor", "Peru")])
    unit = [t for t in found if t.unit_kind]
    assert [(t.text, t.tag, t.unit_kind, t.unit_name) for t in unit] == [
        ("Sea Wolf systems", "NOUN", "weapon", "Sea Wolf"),
        ("Peru", "PROPN", "actor", "Peru"),
    ]
    assert (unit[0].start, unit[0].end) == (4, 20)


def test_offsets_point_into_the_article_text():
    text = "Intro. Peru's army sent rifles."
    found = tag_words(text, 7, len(text))
    assert all(text[t.start : t.end] == t.text for t in found)
    assert found[0].start == 7


@pytest.mark.parametrize(
    ("word", "lemma", "form"),
    [("sent", "send", "ed"), ("given", "give", "participle"), ("gave", "give", "past"),
     ("supplies", "supply", "s"), ("delivering", "deliver", "ing")],
)  # fmt: skip
def test_verb_lemma_and_form(word, lemma, form):
    token = next(t for t in tag_words(f"They {word} rifles.") if t.text == word)
    assert (token.lemma, token.form) == (lemma, form)


def test_a_code_in_brackets_after_a_name_is_left_out():
    # an acronym or a ticker names what is before it; other brackets stay
    words = [t.text for t in tag_words("Acme's (ACM.N) rifles were sold, the Navy (USN) said.")]
    assert words == ["Acme", "'s", "rifles", "were", "sold", ",", "the", "Navy", "said", "."]
    assert [t.text for t in tag_words("Peru (Lima) sent rifles.")][:4] == ["Peru", "(", "Lima", ")"]


@pytest.mark.parametrize(
    ("sentence", "word", "tag"),
    [("The Kenyan army uses Chinese rifles.", "uses", "VERB"),
     ("The defence ministry plans two purchases.", "plans", "VERB"),
     # a name that only modifies: the word after it heads the noun phrase
     ("A U.S. claim was denied.", "claim", "NOUN")],
)  # fmt: skip
def test_a_force_named_in_full_is_followed_by_its_verb(sentence, word, tag):
    units = [(4, 15, "actor", "Kenya Defence Forces")] if "Kenyan" in sentence else []
    if "defence ministry" in sentence:
        units = [(4, 20, "actor", "Ministry of Defence")]
    token = next(t for t in tag_words(sentence, units=units) if t.text == word)
    assert token.tag == tag


@pytest.mark.parametrize(
    "sentence, name, word, tag",
    [
        # after the clause's verb, an -ing word between a force named in full and a noun
        # phrase opens a reduced relative on it: a verb
        ("Acme signed a deal with the Chilean army covering six jets.", "the Chilean army",
         "covering", "VERB"),
        ("Acme signed a deal with the Peruvian government involving two frigates.",
         "the Peruvian government", "involving", "VERB"),
        # not after a force noun: the rule does not apply ("the Acme building")
        ("They visited the Acme building last week.", "Acme", "building", "NOUN"),
    ],
)  # fmt: skip
def test_participle_after_a_force_named_in_full(sentence, name, word, tag):
    start = sentence.index(name) + (4 if name.startswith("the ") else 0)
    units = [(start, sentence.index(name) + len(name), "actor", name)]
    token = next(t for t in tag_words(sentence, units=units) if t.text == word)
    assert token.tag == tag


def test_a_past_form_between_a_preposition_and_its_noun_is_an_adjective():
    from analysis.grammar.wordclass import tag_words

    tags = {w.text: w.tag for w in tag_words("a lot of wheeled armoured trucks for the army")}
    assert tags["wheeled"] == "ADJ"
    tags = {w.text: w.tag for w in tag_words("the army wheeled the guns into place")}
    assert tags["wheeled"] == "VERB"


def test_past_form_after_and_before_an_object_is_a_verb():
    tags = {t.text: t.tag for t in tag_words("Peru denied the claims and accused Chile of lying.")}
    assert tags["accused"] == "VERB"


def test_plural_inside_a_describing_title_is_a_noun():
    text = "Defence electronics maker Acme Systems said it had won the order."
    tags = {t.text: t.tag for t in tag_words(text)}
    assert tags["electronics"] == "NOUN"
    assert {t.text: t.tag for t in tag_words("Peru supplies rifles.")}["supplies"] == "VERB"


@pytest.mark.parametrize(
    "text, word, tag",
    [
        ("Peru has so far delivered eight jets.", "so", "ADV"),
        ("Peru has so far delivered eight jets.", "far", "ADV"),
        ("Chile, which buys its arms from Peru, said so.", "buys", "VERB"),
        ("The depot, which arms were sent to, burned.", "arms", "NOUN"),
    ],
)
def test_adverbs_and_verbs_of_relative_clauses(text, word, tag):
    assert {t.text: t.tag for t in tag_words(text)}[word] == tag


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chile's military uses Peruvian rifles.", ("NOUN", "VERB")),
        ("Chile's military supplies arrived.", ("ADJ", "NOUN")),
    ],
)
def test_force_noun_then_its_verb(text, expected):
    tags = [t.tag for t in tag_words(text)]
    assert (tags[2], tags[3]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after "CITY (AGENCY):" or "CITY, Month day (AGENCY) -" the sentence starts anew
        ("TALLINN (NPA): The yard has built two corvettes.", [("The", "DET")]),
        (
            "TALLINN (NPA): Several yards have built corvettes.",
            [("Several", "DET"), ("yards", "NOUN")],
        ),
        (
            "TALLINN, June 9 (NPA) - Naval supplies ran short.",
            [("Naval", "ADJ"), ("supplies", "NOUN")],
        ),
        ("Tallinn, June 9, 2025 - Several yards have built corvettes.", [("Several", "DET")]),
        # no dateline: a name, a dash and a name ("Peru - Chile") is no sentence start
        ("Peru - Chile talks", [("Chile", "PROPN")]),
    ],
)
def test_the_word_after_a_dateline_starts_the_sentence(sentence, expected):
    got = dict(tags(sentence))
    assert [(word, got[word]) for word, _ in expected] == expected
