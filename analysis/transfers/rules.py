"""Transfer rules: attribution and reference patterns as data.

Who plays which role in a transfer is read by grammar, from the frames in
``data/transfer_frames.csv`` and ``data/transfer_stages.csv`` (see
``analysis.transfers.frames``); no transfer is found by a pattern over
characters any more. What stays here are the patterns of who says so and who
a reference means, read by ``analysis.transfers.sources``:

- ``SPEECH_VERBS``, ``SOURCE_NOUNS``, ``SPEAKER_PRONOUNS``: who says so;
- ``ROLE_NOUN_RULES``, ``PRONOUN_PATTERN``: references to an actor named before;
- ``PARTY_TYPES``, ``ROLL_UP_TYPES``: which actors can be a side, and which
  stand for their country; ``NOT_STATED`` / ``UNRESOLVED``: a side the text
  does not name, or names by a reference with no single antecedent.
"""

from __future__ import annotations

import re


def word_set(text: str) -> frozenset[str]:
    """Return the space-separated words of ``text`` as a set.

    >>> sorted(word_set("to from  with"))
    ['from', 'to', 'with']
    """
    return frozenset(text.split())


PREPOSITIONS = word_set(
    "of to from with by for at in on about against toward towards into between among "
    "including like than via over under across through within amid despite"
)

# Speech and report verbs: "Mr. Smith said", "U.S. intelligence indicates".
# "is said to", "is believed to" are hedges, not sources.
SPEECH_VERBS = re.compile(
    r"\b(?:according to|(?:said|says|say|told|tells|announced|announces|noted|notes|stated|"
    r"states|revealed|reveals|added|adds|claimed|claims|reported|reports|indicated|indicates|"
    r"confirmed|confirms|warned|warns|alleged|alleges|believes?|believed|assessed|assesses|"
    r"wrote|writes|explained|insisted|argued|argues|estimated|estimates|concluded)"
    r"(?!\s+to\b))\b",
    re.I,
)
# A source phrase is built backwards from the speech verb over these words.
SOURCE_NOUNS = word_set(
    "intelligence officials official spokesman spokeswoman spokesperson sources source "
    "ministry agency analysts analyst diplomats diplomat assessment report media "
    "investigators researchers officers officer commander commanders experts expert "
    "government administration military force forces office department state company "
    "minister ministers president chief secretary adviser advisers leader leaders envoy"
)
SOURCE_JOINERS = word_set("and the a an")
# A pronoun speaker ("he said") stands for an earlier speaker: "he" and "she"
# for a person whose title ("Mr.", "Ms.") does not say otherwise, "they" for a
# group ("U.S. officials"), never for a single person.
SPEAKER_PRONOUNS = {"he": "male", "she": "female", "they": ""}
MALE_TITLES = word_set("mr mr. sir")
FEMALE_TITLES = word_set("mrs mrs. ms ms. miss madam")
UNRESOLVED_SPEAKER = "unresolved: {pronoun}"
# A source phrase ending in one of these is one person ("a Ukrainian official",
# "the spokeswoman"), whom "he" or "she" can mean; the value is the gender the
# word says, if any.
PERSON_SOURCE_NOUNS = {
    **dict.fromkeys(
        word_set(
            "official spokesperson minister president chief secretary adviser leader envoy "
            "diplomat analyst expert officer commander investigator researcher"
        ),
        "",
    ),
    "spokesman": "male",
    "spokeswoman": "female",
}
# Between two sources before a cue, these end the first one's reach: in "A said
# X, but B says Y", B is not quoting A.
SOURCE_SCOPE_END = re.compile(r"\b(?:but|however|while|whereas|although|though|yet)\b|;", re.I)
# Words allowed between a source and its verb: "Mr. Smith, meanwhile, noted".
SOURCE_GAP = re.compile(
    r"(?:,\s*[\w\s.’'-]{1,30},|\b(?:has|have|had|also|further|later|previously|again|then)\b"
    r"|\s)*$",
    re.I,
)


# Role nouns that refer back to an actor, with the actor types they can mean.
COUNTRY_TYPES = ("country", "government", "military")
#: Nouns of a side fighting its state: "Yemeni rebels", "the Syrian opposition" are not the
#: state the demonym names; "the rebels" alone is a side named by its words.
NON_STATE_NOUNS = word_set(
    "rebel insurgent militant militia opposition guerrilla separatist jihadist insurgency"
)
#: Nouns of a people or its kin: "their Iraqi Kurdish brethren", "the Lebanese diaspora",
#: "Afghan tribesmen" are people of that nation (or near it), not its state: no side.
KIN_NOUNS = word_set(
    "brethren brother brotherhood kin kinsman kinsmen kinsfolk diaspora tribesman tribesmen "
    "tribe compatriot cousin clansman clansmen coreligionist co-religionist expatriate"
)

ROLE_NOUN_RULES: list[tuple[re.Pattern, tuple[str, ...]]] = [
    (
        re.compile(
            r"\b(?:the|this|that)\s+(?:[A-Za-z-]+\s+){0,2}?(?:regime|country|government|nation|"
            r"republic|kingdom|sultanate|emirate|principality|state|administration|leadership|"
            r"authorities|junta)\b",
            re.I,
        ),
        COUNTRY_TYPES,
    ),
    (
        re.compile(
            r"\b(?:the|this)\s+(?:[A-Za-z-]+\s+){0,2}?(?:group|militia|organi[sz]ation|movement)\b",
            re.I,
        ),
        ("armed_group", "organisation"),
    ),
    (
        re.compile(
            r"\b(?:the|this)\s+(?:[A-Za-z-]+\s+){0,2}?(?:company|firm|manufacturer|contractor)\b",
            re.I,
        ),
        ("company",),
    ),
    (
        # a side of the deal told before ("the buyer"), resolved from that deal's rows by
        # ``analysis.transfers.deal_roles``, never from an actor of the sentence
        re.compile(
            r"\b(?:the|this)\s+(?:[A-Za-z-]+\s+)?(?:buyer|purchaser|customer|importer|seller|"
            r"vendor|exporter)\b",
            re.I,
        ),
        (),
    ),
    (
        # a force means a force: "the army" is never a directorate or ministry named before
        re.compile(
            r"\b(?:the|this)\s+(?:[A-Za-z-]+\s+){0,2}?(?:army|navy|air force|armed forces|"
            r"military)\b",
            re.I,
        ),
        ("military",),
    ),
    (
        re.compile(r"\b(?:the|this)\s+(?:[A-Za-z-]+\s+){0,2}?(?:ministry|department)\b", re.I),
        ("military", "government"),
    ),
]
PRONOUN_PATTERN = re.compile(r"\b(?:it|its|they|them|their)\b", re.I)

# Actor types that can supply or receive; people are sources, not parties.
PARTY_TYPES = ("country", "government", "military", "armed_group", "company", "organisation")
# Actor types rolled up to their country for the country-level view.
ROLL_UP_TYPES = ("country", "government", "military", "company")
# Actor types that a table of rows shows as their country when it rolls up, as the pair
# table and the chart do: a government and the capital or institution that stands for it
# ("Tehran" -> Government of Iran -> Iran); the words as written go to the notes.
STATE_TYPES = ("country", "government")


UNRESOLVED = "(unresolved)"
NOT_STATED = "(not stated)"
