"""Closed-class English words and small verb lists, kept as named data.

Closed classes (determiners, pronouns, prepositions, conjunctions,
auxiliaries, modals) are finite and change little; the lists follow the
standard inventories of English grammars (Quirk et al., *A Comprehensive
Grammar of the English Language*, 1985; the Penn Treebank tagging
guidelines, Santorini 1990). Open classes (nouns, verbs, adjectives) come
from ``lemminflect``'s dictionary and suffix rules in ``wordclass``.

The verb lists at the bottom say how a verb governs a following clause:
which verbs take a ``that``-clause (speech and thought), which pass their
subject or their object to an infinitive ("Iran agreed to send" -> Iran
sends; "asked Iran to send" -> Iran sends).

>>> CLOSED_CLASS["the"], CLOSED_CLASS["may"], CLOSED_CLASS["with"]
('DET', 'MODAL', 'ADP')
"""

from __future__ import annotations


def words_of(text: str) -> frozenset[str]:
    """Return the words of a space-separated list.

    >>> sorted(words_of("to from  with"))
    ['from', 'to', 'with']
    """
    return frozenset(text.split())


DETERMINERS = words_of(
    "a an the this that these those each every either neither another any some no all both "
    "such what whatever which several many much few more most less least enough"
)
POSSESSIVE_DETERMINERS = words_of("my your his her its our their whose")
PRONOUNS = words_of(
    "i me you he him she it we us they them myself yourself himself herself itself ourselves "
    "themselves mine yours hers ours theirs one someone somebody something anyone anything "
    "everyone everything nobody nothing none"
)
#: Personal pronouns that can only be subjects (a verb follows them).
SUBJECT_PRONOUNS = words_of("i you he she it we they")
PREPOSITIONS = words_of(
    "about above across after against along alongside amid amidst among amongst around as at "
    "before behind below beneath beside besides between beyond by despite down during except "
    "for from in including inside into like near of off on onto out outside over past per "
    "regarding since than through throughout to toward towards under underneath unlike until "
    "up upon via with within without worth"
)
COORDINATORS = words_of("and or but nor")
SUBORDINATORS = words_of(
    "because although though while whereas if unless whether once since until when whenever "
    "where after before so"
)
RELATIVE_WORDS = words_of("which who whom whose that")
AUXILIARIES = words_of("be am is are was were been being have has had having do does did")
MODALS = words_of("can could may might must shall should will would ought")
NEGATIONS = words_of("not n't never")
#: Adverbs that sit inside verb groups ("has already sent", "will also supply").
VERB_ADVERBS = words_of(
    "already also still just now soon reportedly allegedly again then later yet ever "
    "recently previously currently finally eventually officially formally reportedly "
    "quickly secretly directly further only even"
)
NUMBER_WORDS = words_of(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred hundreds thousand thousands million millions billion billions dozen "
    "dozens half"
)
#: Words that add to a number before a noun ("12 more launchers", "about 30 jets").
QUANTITY_WORDS = words_of(
    "more additional further another extra about around some nearly almost over up to at "
    "least most than roughly approximately"
)

#: One word class per closed-class word; the first list that names a word wins.
CLOSED_CLASS: dict[str, str] = {}
for _tag, _words in (
    ("NEG", NEGATIONS),
    ("MODAL", MODALS),
    ("AUX", AUXILIARIES),
    ("CCONJ", COORDINATORS),
    ("DET", POSSESSIVE_DETERMINERS),
    ("PRON", PRONOUNS - {"one"}),
    ("DET", DETERMINERS),
    ("ADP", PREPOSITIONS),
    ("SCONJ", SUBORDINATORS),
    ("REL", RELATIVE_WORDS),
    ("NUM", NUMBER_WORDS),
):
    for _word in _words:
        CLOSED_CLASS.setdefault(_word, _tag)
CLOSED_CLASS["according"] = "ADP"  # "according to" reads as one preposition
CLOSED_CLASS["to"] = "PART"  # "to send"; read as ADP before a noun phrase by ``wordclass``
CLOSED_CLASS["'s"] = "POSS"
CLOSED_CLASS["’s"] = "POSS"
CLOSED_CLASS["'"] = "PUNCT"
for _word in ("there", "here", "however", "meanwhile", "also", "not"):
    CLOSED_CLASS.setdefault(_word, "ADV")

#: Particles of phrasal verbs: (verb lemma, particle) read as one verb ("hand over").
PHRASAL_VERBS = frozenset(
    {
        ("hand", "over"), ("turn", "over"), ("pass", "on"), ("send", "in"), ("ship", "out"),
        ("give", "up"), ("give", "away"),
        ("hand", "out"), ("give", "out"), ("sign", "off"), ("step", "up"), ("ramp", "up"),
        ("roll", "out"), ("carry", "out"), ("pull", "out"), ("hold", "back"), ("hold", "up"),
        ("set", "up"), ("take", "over"), ("buy", "up"), ("call", "off"), ("back", "out"),
        ("follow", "through"), ("pay", "for"), ("sell", "off"), ("look", "forward"),
        ("put", "off"),
    }
)  # fmt: skip

#: Verbs that take a that-clause: speech, report and thought ("said that ...").
COMPLEMENT_VERBS = words_of(
    "say tell announce report claim deny confirm believe add state note warn know think "
    "reveal insist suggest fear hope show indicate allege acknowledge admit argue assert "
    "assess conclude disclose estimate expect explain find learn mention predict promise "
    "recall reiterate repeat stress understand write agree decide ensure accuse"
)
#: Verbs that take an object, then a that-clause ("notified Congress that it had agreed").
TELLING_VERBS = words_of("tell notify inform assure warn remind persuade convince advise brief")
#: Verbs whose own subject is the subject of the infinitive after them.
SUBJECT_CONTROL_VERBS = words_of(
    "agree plan refuse decline decide want wish seek try attempt aim intend hope expect offer "
    "promise pledge vow threaten prepare begin start continue stop fail manage need "
    "propose arrange appear seem hesitate choose struggle move look"
)
#: Verbs whose object is the subject of the infinitive after them ("asked A to send").
OBJECT_CONTROL_VERBS = words_of(
    "ask tell allow permit authorize authorise urge encourage force order enable help invite "
    "persuade require request approve clear push pressure press convince advise "
    # one trains or teaches the one who then acts: "trained Peruvian pilots to fly the jets"
    "train teach instruct "
    # a buyer picks or hires a maker to do the work: "the navy picked X to build six frigates"
    "select pick choose hire tap commission engage contract task shortlist"
)
#: Verbs of judging someone for a deed: their object did the deed of the "for" + -ing after
#: them ("Y thanked X for sending rifles", "A blamed B for arming C").
JUDGING_VERBS = words_of(
    "thank appreciate praise commend laud hail applaud salute credit congratulate blame accuse "
    "criticise criticize condemn fault punish sanction reward honour honor suspect convict charge"
)
#: Verbs that keep their object from a deed told by "from" + -ing ("A barred B from sending").
PREVENTING_VERBS = words_of("bar prevent stop block ban prohibit forbid discourage deter keep")
#: Verbs of giving whose receiver is the subject of the infinitive after them ("awarded a
#: contract to X to build": X builds; "granted Y a licence to export": Y exports).
RECIPIENT_CONTROL_VERBS = words_of("award assign grant give")
#: Verbs that take two objects ("gave Peru the rifles", "sold the army jets"): after them
#: two noun phrases are the receiver and the thing, not a thing and a relative clause.
TWO_OBJECT_VERBS = words_of(
    "give send offer sell hand award grant lend loan promise show tell pay bring supply "
    "provide deny allow owe cost charge teach assign"
)
#: Verbs of taking, keeping or using that never take two objects: after them a name before a
#: weapon modifies it ("received US weapons", "operates Russian jets"), it is no first object.
ONE_OBJECT_VERBS = words_of(
    "receive accept acquire obtain import purchase procure use operate deploy field fire launch "
    "seize capture intercept test develop produce manufacture deny"
)
#: Verbs that need an object: their bare -ed form right before a preposition, after a
#: speech verb's object, is a passive participle on that object ("announced a package for
#: X aimed at Y"), not the finite verb of what was said ("said the troops fired at Y").
PARTICIPLE_BEFORE_PREPOSITION = words_of(
    "aim design intend mean destine earmark allocate send deliver supply provide ship "
    "transfer give sell buy purchase order make build produce manufacture develop fund "
    "finance pay base deploy station"
)
#: Nouns whose infinitive takes the noun's owner as subject ("Iran's decision to send").
INFINITIVE_NOUNS = words_of(
    "decision offer request plan plans agreement bid move attempt effort promise pledge "
    "commitment refusal intention proposal readiness willingness permission approval "
    "authorization authorisation deal"
)
#: Nouns of office holders that are also verbs ("ministers", "heads"): before "of" or "from"
#: they head the phrase ("the defence ministers of A and B", "heads of state from A").
OFFICE_NOUNS = words_of("minister head delegate chair")
#: Words that open a speech aside (", he said,", ", officials said.").
SPEECH_VERBS = words_of(
    "say tell add note claim report announce confirm state write explain insist warn"
)
#: Nouns that head time expressions ("last week", "next year"): a time slot, not an object.
TIME_NOUNS = words_of(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week "
    "weekend month year day summer winter spring autumn fall overnight morning afternoon evening "
    "night decade century quarter "
    "january february march april june july august september october november december"
)
#: Nouns whose "that" opens their content, not a relative clause ("a claim that ...").
COMPLEMENT_NOUNS = words_of(
    "claim report fact evidence allegation accusation news statement assurance warning "
    "sign signal suggestion belief fear hope concern concerns view assessment denial indication "
    "confirmation announcement promise guarantee"
)
#: Ordinal adjectives ("the first contract"): never nouns or verbs before a noun.
#: Singular nouns a plural noun modifies in a compound ("an arms supplier", "the arms
#: embargo"): a bare singular count noun cannot be a verb's object, so a verb-or-noun word
#: in -s right before one is the modifier, not a verb ("a major arms supplier to Peru").
COMPOUND_HEAD_NOUNS = words_of(
    "supplier exporter importer dealer maker manufacturer producer provider broker buyer "
    "seller vendor trader smuggler trafficker contractor deal embargo race industry package "
    "programme program agreement contract transfer shipment"
)
ORDINALS = words_of("first second third fourth fifth sixth seventh eighth ninth tenth last next")
#: Month names, and the short forms a dateline writes ("Sept. 4").
MONTHS = words_of(
    "january february march april may june july august september october november december"
)
MONTH_ABBREVIATIONS = words_of("jan feb mar apr jun jul aug sep sept oct nov dec")
