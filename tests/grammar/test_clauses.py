"""Clauses and slots: one test per construction, on sentences made up for the tests."""

from __future__ import annotations

import pytest

from analysis.grammar import parse_sentence


def lines(text: str) -> list[str]:
    return parse_sentence(text, 0, len(text)).describe()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # plain clause: subject, object, indirect object, prepositional slots
        ("Peru sent Chile two frigates.",
         ["main:send subject='Peru' indirect_object='Chile' object='two frigates'"]),
        ("Peru supplied Chile with radars.",
         ["main:supply subject='Peru' object='Chile' with='radars'"]),
        # two sides joined by "and" stay one list (a left-out verb needs a weapon after the
        # "and": test_a_side_and_a_weapon_are_not_one_list)
        ("Chile got rifles from Peru and Bolivia.",
         ["main:get subject='Chile' object='rifles' from='Peru and Bolivia'"]),
        # a day inside a passive verb group is read as an adverb
        ("The rifles were Monday handed over to Chile by Peru.",
         ["main:hand subject='The rifles' to='Chile' agent='Peru'"]),
        # a bare participle after the subject's of-phrase is a reduced relative
        ("The first of two corvettes built by Lima Yards was handed to Chile.",
         ["reduced_relative:build of='two corvettes' agent='Lima Yards' object='The first'",
          "main:hand subject='The first' to='Chile'"]),
        # coordinated subjects
        ("Peru and Chile are donating rifles to Bolivia.",
         ["main:donate subject='Peru and Chile' object='rifles' to='Bolivia'"]),
        # passive with by: the by-phrase is the agent
        ("The rifles were sent by Peru.", ["main:send subject='The rifles' agent='Peru'"]),
        # reduced relative (passive) before the main verb
        ("Rifles sent by Peru include old carbines.",
         ["reduced_relative:send agent='Peru' object='Rifles'",
          "main:include subject='Rifles' object='old carbines'"]),
        ("Mortars shipped to Chile last year arrived.",
         ["reduced_relative:ship to='Chile' time='last year' object='Mortars'",
          "main:arrive subject='Mortars'"]),
        # reduced relative after the main verb
        ("Chile received mortars built by Peru.",
         ["main:receive subject='Chile' object='mortars'",
          "reduced_relative:build object='mortars' agent='Peru'"]),
        # "being" and a participle after a noun: a passive reduced relative too
        ("Chile ordered radars for the frigates being built by Lima Yards for its navy.",
         ["main:order subject='Chile' object='radars' for='the frigates'",
          "reduced_relative:build object='the frigates' agent='Lima Yards' for='its navy' "
          "possessor='its'"]),
        # relative clause with an object gap: the head noun is the object
        ("Peru makes shells that Chile's army fires.",
         ["main:make subject='Peru' object='shells'",
          "relative:fire subject=\"Chile's army\" object='shells' possessor='Chile'"]),
        # relative clause with a subject gap
        ("Chile, which bought rifles, sent mortars.",
         ["main:send subject='Chile' object='mortars'",
          "relative:buy subject='Chile' object='rifles'"]),
        # subject control: agree/refuse pass their subject to the infinitive
        ("The two navies agreed to hand over the frigates.",
         ["main:agree subject='The two navies'",
          "complement:hand subject='The two navies' object='the frigates'"]),
        # object control: allow/ask pass their object
        ("Peru allowed Chile and Bolivia to pass their rifles to Ecuador.",
         ["main:allow subject='Peru' object='Chile and Bolivia'",
          "complement:pass subject='Chile and Bolivia' object='their rifles' to='Ecuador' "
          "possessor='their'"]),
        # an infinitive after "the first X" has X as its subject
        ("Chile was the first navy to send frigates.",
         ["main:be subject='Chile' predicate='the first navy'",
          "relative:send subject='the first navy' object='frigates'"]),
        # a noun that takes an infinitive passes its owner
        ("Peru's decision to send rifles surprised Chile.",
         ["main:surprise subject=\"Peru's decision\" object='Chile' possessor='Peru'",
          "complement:send subject='Peru' object='rifles'"]),
        # that-clause after a speech verb, with a time phrase between
        ("Peru said on Monday that Chile will send rifles.",
         ["main:say subject='Peru' on='Monday'",
          "complement:send subject='Chile' object='rifles'"]),
        # a that-less complement after a speech verb
        ("Peru said Chile sent rifles.",
         ["main:say subject='Peru'", "complement:send subject='Chile' object='rifles'"]),
        # an adverbial clause before the main clause
        ("After Peru sent rifles, Chile sent mortars.",
         ["main:send subject='Chile' object='mortars'",
          "adverbial:send subject='Peru' object='rifles'"]),
        # a participle clause after a comma shares the main subject
        ("Peru announced the sale, adding that Chile will pay.",
         ["main:announce subject='Peru' object='the sale'", "adverbial:add subject='Peru'",
          "complement:pay subject='Chile'"]),
        # a speech aside does not cut the clause around it
        ("Peru, he said, may be sending rifles to Chile.",
         ["main:send subject='Peru' object='rifles' to='Chile'", "aside:say subject='he'"]),
        # coordinated verbs share the subject
        ("Peru sold rifles and later shipped mortars.",
         ["main:sell subject='Peru' object='rifles'",
          "coordinated:ship subject='Peru' object='mortars'"]),
        # after award/grant, who is given the contract does what it is for
        ("The navy awarded a contract to Acme to build frigates.",
         ["main:award subject='The navy' object='a contract' to='Acme'",
          "complement:build subject='Acme' object='frigates'"]),
        ("The navy awarded Acme a contract to build frigates.",
         ["main:award subject='The navy' indirect_object='Acme' object='a contract'",
          "complement:build subject='Acme' object='frigates'"]),
        # a noun that takes an infinitive governs it from inside a prepositional phrase
        ("Peru sent rifles to Chile under an agreement to ship more mortars.",
         ["main:send subject='Peru' object='rifles' to='Chile' under='an agreement'",
          "complement:ship subject='Peru' object='more mortars'"]),
        # a comma ends a relative clause together with the complement it opened
        ("Peru sent rifles, which Chile wants to buy, to Bolivia.",
         ["main:send subject='Peru' object='rifles' to='Bolivia'",
          "relative:want subject='Chile'", "complement:buy subject='Chile' object='rifles'"]),
        # the relative's left-out object belongs to the infinitive after a verb of intent
        ("The drones Chile agreed to buy from Spain arrived.",
         ["main:arrive subject='The drones'", "relative:agree subject='Chile'",
          "complement:buy subject='Chile' object='The drones' from='Spain'"]),
        # an object of its own takes the slot back; a time noun is when, not an object
        ("The day Chile agreed to buy tanks came.",
         ["main:come time='The day'", "relative:agree subject='Chile' time='The day'",
          "complement:buy subject='Chile' object='tanks'"]),
        ("It was the first time Peru had sold jets to Chile.",
         ["main:be subject='It' predicate='the first time'",
          "relative:sell subject='Peru' time='the first time' object='jets' to='Chile'"]),
        # a condition with no subject of its own ends at its comma
        ("If confirmed, Peru has sold jets to Chile.",
         ["main:sell subject='Peru' object='jets' to='Chile'", "adverbial:confirm"]),
        # a list of names opens a relative clause with no 'that', as one name does
        ("The rifles Peru and Chile bought from Spain were old.",
         ["main:be subject='The rifles' predicate='old'",
          "relative:buy subject='Peru and Chile' object='The rifles' from='Spain'"]),
        # a pronoun after a list in commas opens a relative clause on the listed noun
        ("Peru sent the aid, including rifles, it had pledged to Chile.",
         ["main:send subject='Peru' object='the aid' including='rifles'",
          "relative:pledge subject='it' object='the aid' to='Chile'"]),
        # so does a determined noun phrase after the subject's noun
        ("The guns the Chilean navy received from Spain were old.",
         ["main:be subject='The guns' predicate='old'",
          "relative:receive subject='the Chilean navy' object='The guns' from='Spain'"]),
        # a number and 'more' before 'of' are one phrase
        ("Peru bought four more of Chile's frigates.",
         ["main:buy subject='Peru' object='four more' of=\"Chile's frigates\" possessor='Chile'"]),
        # an -ing reduced relative on the subject, then the main verb in the past
        ("A plane carrying rifles landed in Lima.",
         ["main:land subject='A plane' in='Lima'",
          "reduced_relative:carry subject='A plane' object='rifles'"]),
        # ... but a bare -ed with 'by' after it is still a reduced relative
        ("A ship carrying rifles made by Acme sank.",
         ["main:make subject='A ship' by='Acme'",
          "reduced_relative:carry subject='A ship' object='rifles'",
          "coordinated:sink subject='A ship'"]),
        # a base verb after 'and (also)' with an object: a coordinated clause, not a noun
        ("Peru will send tanks and also supply Chile with radars.",
         ["main:send subject='Peru' object='tanks'",
          "coordinated:supply subject='Peru' object='Chile' with='radars'"]),
        # bare infinitive after help: its object is the subject
        ("Peru helped Chile build frigates.",
         ["main:help subject='Peru' object='Chile'",
          "complement:build subject='Chile' object='frigates'"]),
        # a relative clause with no "that" after a one-object verb: the second noun phrase
        # is its subject, the first its left-out object
        ("Lima Yards will repair three corvettes the navy bought in 2015.",
         ["main:repair subject='Lima Yards' object='three corvettes'",
          "relative:buy subject='the navy' object='three corvettes' in='2015'"]),
        # ... also after an of-phrase, with a pronoun subject and a verb with auxiliaries
        ("Lima Yards launched the first of four corvettes it is building for Chile.",
         ["main:launch subject='Lima Yards' object='the first' of='four corvettes'",
          "relative:build subject='it' object='four corvettes' for='Chile'"]),
        # ... but a two-object verb keeps its receiver and thing
        ("Peru gave Chile the rifles built by Lima Yards.",
         ["main:give subject='Peru' indirect_object='Chile' object='the rifles'",
          "reduced_relative:build object='the rifles' agent='Lima Yards'"]),
        # a description set off by commas after the subject leaves the subject in place
        ("Lima Yards, a Peruvian shipbuilder, will build two frigates.",
         ["main:build subject='Lima Yards' object='two frigates'"]),
        # ... and so do the town and state of a contract notice
        ("Lima Yards, Callao, Lima, is awarded a contract.",
         ["main:award subject='Lima Yards' object='a contract'"]),
        # "for" + -ing after a deal noun: what the deal is for, with the signer as subject
        ("The navy signed two deals for buying six frigates.",
         ["main:sign subject='The navy' object='two deals'",
          "adverbial:buy subject='The navy' object='six frigates'"]),
    ],
)  # fmt: skip
def test_clause_reading(sentence, expected):
    assert lines(sentence) == expected


def test_implicit_slots_are_marked():
    text = "The two navies agreed to hand over the frigates."
    p = parse_sentence(text, 0, len(text))
    assert p.clauses[0].slot("subject").implicit is False
    assert p.clauses[1].slot("subject").implicit is True
    assert p.clauses[1].parent == 0


def test_relative_clause_names_its_head_noun():
    text = "Peru makes shells that Chile's army fires."
    p = parse_sentence(text, 0, len(text))
    relative = p.clauses[1]
    assert p.phrases[relative.head_noun].text == "shells"
    assert relative.marker == "that"


def test_units_are_single_tokens_in_slots():
    text = "Peru sent Sea Wolf systems to the Chilean Navy."
    units = [
        (0, 4, "actor", "Peru"),
        (10, 26, "weapon", "Sea Wolf"),
        (34, 47, "actor", "Navy of Chile"),
    ]
    p = parse_sentence(text, 0, len(text), units)
    main = p.clauses[0]
    obj = main.slot("object").phrase
    assert [t.unit_name for t in p.units_in(obj, "weapon")] == ["Sea Wolf"]
    assert [t.unit_name for t in p.units_in(main.slot("to").phrase, "actor")] == ["Navy of Chile"]


def test_a_side_and_a_weapon_are_not_one_list():
    text = "Chile got tanks from Peru, and mortars from Bolivia."
    units = [(0, 5, "actor", "Chile"), (10, 15, "weapon", "tank"), (21, 25, "actor", "Peru"),
             (31, 38, "weapon", "mortar"), (44, 51, "actor", "Bolivia")]  # fmt: skip
    assert parse_sentence(text, 0, len(text), units).describe() == [
        "main:get subject='Chile' object='tanks' from='Peru'",
        "coordinated:get subject='Chile' object='mortars' from='Bolivia'",
    ]


def test_offsets_of_a_sentence_inside_an_article():
    text = "First sentence here. Peru sent rifles to Chile."
    p = parse_sentence(text, 21, len(text))
    obj = p.phrases[p.clauses[0].slot("object").phrase]
    assert text[obj.start : obj.end] == "rifles"
    assert (p.clauses[0].start, p.text) == (21, "Peru sent rifles to Chile.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a speech aside at the end, with place and time phrases after the verb
        ("Peru sent rifles to Chile, the ministry announced in Lima on Monday.",
         ["main:send subject='Peru' object='rifles' to='Chile'",
          "aside:announce subject='the ministry'"]),
        ("Peru sent rifles, its navy said Monday.",
         ["main:send subject='Peru' object='rifles'", "aside:say subject='its navy' "
          "possessor='its'"]),
        # 'according to' is one preposition
        ("According to the ministry, Peru sent rifles.",
         ["main:send according to='the ministry' subject='Peru' object='rifles'"]),
        # a gerund after a preposition shares the subject of its clause
        ("Peru armed Chile after buying rifles.",
         ["main:arm subject='Peru' object='Chile'",
          "adverbial:buy subject='Peru' object='rifles'"]),
        # an -ing reduced relative between a subject and its finite verb
        ("A boat carrying rifles to Chile was seized.",
         ["main:seize subject='A boat'",
          "reduced_relative:carry subject='A boat' object='rifles' to='Chile'"]),
        # 'that' after a noun of saying opens its content, not a relative clause
        ("Peru denied a claim that it sent rifles.",
         ["main:deny subject='Peru' object='a claim'",
          "complement:send subject='it' object='rifles'"]),
        # a month name in the middle of a sentence is no modal
        ("In May, Peru sent rifles.", ["main:send in='May' subject='Peru' object='rifles'"]),
        # a phrasal verb's particle, passive with by
        ("The rifles were held up by Chile.", ["main:hold subject='The rifles' agent='Chile'"]),
        # a stray comma between a subject with a time phrase and its verb is no aside
        ("Peru on Friday, announced a sale of rifles to Chile.",
         ["main:announce subject='Peru' on='Friday' object='a sale' of='rifles' to='Chile'"]),
        # a bare -ed form of a verb that needs an object, before a preposition, after a
        # speech verb's object: a participle on that object, not what was said
        ("Peru announced a sale of rifles to Chile aimed at its border units.",
         ["main:announce subject='Peru' object='a sale' of='rifles' to='Chile'",
          "reduced_relative:aim object='a sale' at='its border units' possessor='its'"]),
        # ... while a verb that needs none is the said clause's own
        ("Peru said the troops fired at the rebels.",
         ["main:say subject='Peru'", "complement:fire subject='the troops' at='the rebels'"]),
        # ... but an inverted aside closed by a comma is one
        ("Peru, said the minister, will send rifles to Chile.",
         ["main:send subject='Peru' object='rifles' to='Chile'",
          "aside:say subject='the minister'"]),
    ],
)  # fmt: skip
def test_clause_reading_of_news_shapes(sentence, expected):
    assert lines(sentence) == expected


def test_demonym_unit_modifies_the_noun_after_it():
    text = "Peruvian ally Chile took the rifles."
    p = parse_sentence(text, 0, len(text), [(0, 8, "actor", "Peru"), (14, 19, "actor", "Chile")])
    assert p.describe() == ["main:take subject='Peruvian ally Chile' object='the rifles'"]
    assert p.tokens[0].tag == "ADJ"


def test_made_suffix_joins_an_abbreviated_name():
    text = "They used U.S.-made rifles."
    p = parse_sentence(text, 0, len(text), [(10, 14, "actor", "United States")])
    made = next(t for t in p.tokens if t.text == "U.S.-made")
    assert (made.tag, made.unit_name) == ("ADJ", "United States")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a headline in title case, a source after a colon
        ("Peru May Send Chile 40 Rifles for Training: Navy",
         ["main:send subject='Peru' indirect_object='Chile' object='40 Rifles' for='Training'"]),
        # a quoted sentence with the speaker after the closing quote
        ("“Peru is seeking to buy radars from Chile,” he said.",
         ["main:seek subject='Peru'", "complement:buy subject='Peru' object='radars' from='Chile'",
          "aside:say subject='he'"]),
        # an -ing verb after 'considering' shares its subject
        ("Peru is considering sending rifles to Chile.",
         ["main:consider subject='Peru'",
          "complement:send subject='Peru' object='rifles' to='Chile'"]),
        # a speech verb's object before a comma-enclosed phrase is the next verb's subject
        ("Reports indicate the group, at the request of Peru, was preparing to send rifles.",
         ["main:indicate subject='Reports' at='the request' of='Peru'",
          "complement:prepare subject='the group'",
          "complement:send subject='the group' object='rifles'"]),
        # curly n't and an adverb between auxiliary and verb
        ("Peru and Chile have both denied claims that Bolivia wouldn’t send rifles.",
         ["main:deny subject='Peru and Chile' object='claims'",
          "complement:send subject='Bolivia' object='rifles'"]),
        # a noun/verb word inside an object noun phrase stays a noun
        ("Peru may send rifles to the rebel group Sendero.",
         ["main:send subject='Peru' object='rifles' to='the rebel group Sendero'"]),
    ],
)  # fmt: skip
def test_clause_reading_of_quotes_and_headlines(sentence, expected):
    assert lines(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a new subject after ", but" joins the main clause, not the clause inside it
        ("Peru denied selling rifles, but officials say Peru shipped mortars.",
         ["main:deny subject='Peru'", "complement:sell subject='Peru' object='rifles'",
          "coordinated:say subject='officials'",
          "complement:ship subject='Peru' object='mortars'"]),
        # a participle after a noun inside a prepositional phrase is a reduced relative
        ("Under a contract signed in May, Peru agreed to buy rifles.",
         ["main:agree under='a contract' subject='Peru'",
          "reduced_relative:sign object='a contract' in='May'",
          "complement:buy subject='Peru' object='rifles'"]),
        # 'to' before 'have' is the infinitive marker
        ("Peru is believed to have received rifles.",
         ["main:believe subject='Peru'", "complement:receive subject='Peru' object='rifles'"]),
        # a pledge's infinitive takes the pledger, past an of-phrase or a time phrase, not
        # the subject of the clause that got the pledge
        ("Peru secured pledges from a group of allies to send rifles.",
         ["main:secure subject='Peru' object='pledges' from='a group' of='allies'",
          "complement:send subject='a group' object='rifles'"]),
        ("Peru secured pledges last week from Chile to send rifles.",
         ["main:secure subject='Peru' object='pledges' time='last week' from='Chile'",
          "complement:send subject='Chile' object='rifles'"]),
        # a first word that is mostly an adjective modifies the noun after it
        ("Military supplies arrived.", ["main:arrive subject='Military supplies'"]),
    ],
)  # fmt: skip
def test_clause_reading_of_contrasts_and_raising(sentence, expected):
    assert lines(sentence) == expected


def test_a_named_actor_between_a_verb_and_a_weapon_is_an_indirect_object():
    text = "Peru gave Chile rifles."
    units = [(0, 4, "actor", "Peru"), (10, 15, "actor", "Chile"), (16, 22, "weapon", "rifle")]
    assert parse_sentence(text, 0, len(text), units).describe() == [
        "main:give subject='Peru' indirect_object='Chile' object='rifles'"
    ]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [("Peru thanked Chile for sending rifles.", "Chile"),
     ("Lima blamed the rebels for smuggling rifles.", "the rebels"),
     ("Quito accused Lima of selling tanks.", "Lima"),
     # a judging noun laid "on" someone: the one it is laid on did the deed
     ("Quito imposed sanctions on Lima for selling tanks.", "Lima"),
     ("The league put a fine on the club for selling rifles.", "the club"),
     # "on" with no judging noun: the clause's own subject
     ("Peru spent money on tanks for defending the coast.", "Peru"),
     # not a verb of judging: the clause's own subject does the deed
     ("Peru won praise for sending rifles.", "Peru")],
)  # fmt: skip
def test_a_deed_someone_is_judged_for_is_done_by_the_one_judged(sentence, subject):
    parse = parse_sentence(sentence, 0, len(sentence), [])
    deed = next(c for c in parse.clauses if c.kind == "adverbial")
    assert parse.phrases[deed.slot("subject").phrase].text == subject


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [("Berlin barred Warsaw from sending tanks.", "Warsaw"),
     ("The embargo stopped Iran from shipping drones.", "Iran"),
     # not a verb of preventing: the clause's own subject
     ("Peru profited from selling tanks.", "Peru")],
)  # fmt: skip
def test_a_deed_someone_is_kept_from_is_the_object_s(sentence, subject):
    parse = parse_sentence(sentence, 0, len(sentence), [])
    deed = next(c for c in parse.clauses if c.kind == "adverbial")
    assert parse.phrases[deed.slot("subject").phrase].text == subject


@pytest.mark.parametrize(
    "sentence",
    ["To help it guard its coast, Japan gave Peru boats.",
     "To strengthen its army, Japan gave Peru boats.",
     "To date, Japan gave Peru boats."],
)  # fmt: skip
def test_a_purpose_clause_before_the_main_clause_keeps_the_main_subject(sentence):
    parse = parse_sentence(sentence, 0, len(sentence), [])
    main = next(c for c in parse.clauses if c.kind == "main")
    assert parse.phrases[main.verb].verb.lemma == "give"
    assert parse.phrases[main.slot("subject").phrase].text == "Japan"


def test_a_participle_between_commas_after_the_subject_is_a_reduced_relative():
    p = parse_sentence("The frigate, built by Peru, was commissioned by the navy.")
    main = next(c for c in p.clauses if c.kind == "main")
    assert p.phrases[main.verb].text == "was commissioned"
    assert p.phrases[main.slot("subject").phrase].text == "The frigate"
    reduced = next(c for c in p.clauses if c.kind == "reduced_relative")
    assert p.phrases[reduced.verb].text == "built"
    assert p.phrases[reduced.slot("agent").phrase].text == "Peru"
    p = parse_sentence("The ship, carrying rifles, arrived in Lima.")
    main = next(c for c in p.clauses if c.kind == "main")
    assert p.phrases[main.verb].text == "arrived"
    assert p.phrases[main.slot("subject").phrase].text == "The ship"


def test_and_with_a_simple_past_verb_joins_the_clause_of_its_tense():
    text = "Peru denied the claim that it is arming Chile and expressed concern."
    p = parse_sentence(text, 0, len(text))
    expressed = next(c for c in p.clauses if p.phrases[c.verb].text == "expressed")
    assert p.phrases[expressed.slot("subject").phrase].text == "Peru"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name and a finite verb right after a common noun: a relative clause with no
        # "that" on the noun, which is the verb's object
        (
            "The mortars Estonia bought from Latvia arrived in June.",
            [
                "main:arrive subject='The mortars' in='June'",
                "relative:buy subject='Estonia' object='The mortars' from='Latvia'",
            ],
        ),
        (
            "The corvettes Latvia had promised were delivered.",
            [
                "main:deliver subject='The corvettes'",
                "relative:promise subject='Latvia' object='The corvettes'",
            ],
        ),
        (
            "Rifles Tallinn Arms is making for Latvia will arrive soon.",
            [
                "main:arrive subject='Rifles'",
                "relative:make subject='Tallinn Arms' object='Rifles' for='Latvia'",
            ],
        ),
        (
            "Latvia opposed a move Estonia proposed.",
            [
                "main:oppose subject='Latvia' object='a move'",
                "relative:propose subject='Estonia' object='a move'",
            ],
        ),
        (
            "Latvia received the corvettes Estonia built for it.",
            [
                "main:receive subject='Latvia' object='the corvettes'",
                "relative:build subject='Estonia' object='the corvettes' for='it'",
            ],
        ),
    ],
)
def test_a_name_after_a_noun_opens_a_relative_clause(sentence, expected):
    assert lines(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "His brother Jaan said it.",  # apposition: the brother is Jaan
        "The company Vesi Marine bought mortars.",  # a company and its name
        "President Kask said it.",  # a title
        "Officials said the Estonia Navy bought mortars.",  # a name of two names
        "Latvia bought mortars Estonia sent corvettes.",  # a run-on: the verb has its object
        "Billionaire donor Mari Tamm agreed to pay.",  # a role with no article is a title
        "Party vice-president Jaan Kask left.",  # a hyphenated office is an office
        "Its shipping arm Vesi Marine ordered it.",  # a possessed singular noun names
        "The rebel pilots Jaan Kask and Mari Tamm were arrested.",  # a passive
    ],
)
def test_a_name_after_a_noun_that_opens_no_relative_clause(sentence):
    assert not any(line.startswith("relative:") for line in lines(sentence))


def test_a_plural_designation_heads_a_relative_clause_with_no_article():
    text = "Ka-9s Latvia sold to Estonia arrived."
    parse = parse_sentence(text, 0, len(text), [(0, 5, "weapon", "Ka-9")])
    assert parse.describe() == [
        "main:arrive subject='Ka-9s'",
        "relative:sell subject='Latvia' object='Ka-9s' to='Estonia'",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause after an appositive describes the noun the appositive renames
        ("The jets, a second-hand batch, that were sold to Chile by Peru, arrived.",
         ["main:arrive subject='The jets'",
          "relative:sell subject='The jets' to='Chile' agent='Peru'"]),
        # a participle opening the sentence shares the main clause's subject
        ("Having received 30 rifles from Peru, Chile now wants more.",
         ["main:want subject='Chile' object='more'",
          "adverbial:receive object='30 rifles' from='Peru' subject='Chile'"]),
        # a bare -ed form opening the sentence is a passive participle, not a past tense
        ("Armed with rifles from Peru, Chile retook the town.",
         ["main:retake subject='Chile' object='the town'",
          "adverbial:arm with='rifles' from='Peru' subject='Chile'"]),
        # the word after an aside between dashes follows the noun before the aside
        ("Three firms — Acme, Vega and Orion — bid for the contract.",
         ["main:bid subject='Acme, Vega and Orion' for='the contract'"]),
        # an opening phrase ends at its comma when the list after it is the verb's subject
        ("In that context, Peru and Chile have bought rifles.",
         ["main:buy in='that context' subject='Peru and Chile' object='rifles'"]),
        ("In Peru, Chile and Bolivia, rebels bought rifles.",
         ["main:buy in='Peru, Chile and Bolivia' subject='rebels' object='rifles'"]),
        # a bare verb after a counted plural noun, with no other finite verb, is the verb
        ("Three firms bid for the contract.",
         ["main:bid subject='Three firms' for='the contract'"]),
    ],
)  # fmt: skip
def test_long_sentence_openings_and_asides(sentence, expected):
    assert lines(sentence) == expected


def test_an_opening_participle_is_read_passive_only_when_bare():
    text = "Armed with rifles from Peru, Chile retook the town."
    verb = parse_sentence(text, 0, len(text)).phrases[0].verb
    assert (verb.tense, verb.voice) == ("participle", "passive")
    text = "Having received rifles from Peru, Chile retook the town."
    verb = parse_sentence(text, 0, len(text)).phrases[0].verb
    assert (verb.tense, verb.voice) == ("participle", "active")
