"""Transfer rules: verb cues, status, attribution and reference patterns as data.

``analysis.transfers.sentence`` (with ``transfer_cues``, ``transfer_parties``,
``transfer_status``, ``transfer_implied``) and ``analysis.transfers.sources`` read a
sentence through these tables only, so a rule is changed here, in one place,
and every rule can be read without the code:

- ``GIVE_VERBS`` / ``GET_VERBS`` / ``HELP_VERBS``: the direction cues, each
  lemma with all its forms ``(base, third person, -ing, past, participle)``;
  ``CUE_TABLE`` / ``NOUN_TABLE`` / ``CUE_PATTERN`` are built from them;
- ``STATUS_RULES``: status from the words between the subject and the cue,
  tried in order (the first that matches wins), then ``CUE_STATUS`` (a cue
  that carries its own status) and the tense of the cue;
- ``HEDGE_PATTERNS``: words kept in the ``hedges`` column;
- ``SPEECH_VERBS``, ``SOURCE_NOUNS``, ``SPEAKER_PRONOUNS``: who says so;
- ``ROLE_NOUN_RULES``, ``PRONOUN_PATTERN``: references to an actor named before.

Statuses, strongest first: ``denied`` (the sentence reports a denial of it),
``negated`` ("did not supply"), ``possible`` ("may", "could", "is
considering", "preparing to", "plans to", "will"), ``agreed`` ("agreed to",
"finalized a deal to", "signed a contract"), ``offered``, ``sought``,
``ongoing`` (progressive or present: "has been providing", "supplies"),
``delivered`` (simple past or perfect: "transferred", "has supplied"),
``implied`` (no transfer verb: a foreign-built weapon in use, "Russian forces
are using Iranian-built drones") and ``unspecified`` (a bare infinitive).
"""

from __future__ import annotations

import re


def verb_forms(base: str, third: str = "", ing: str = "", past: str = "", part: str = "") -> tuple:
    """Return ``(base, third, ing, past, participle)`` with regular defaults.

    >>> verb_forms("supply")
    ('supply', 'supplies', 'supplying', 'supplied', 'supplied')
    >>> verb_forms("send", past="sent")
    ('send', 'sends', 'sending', 'sent', 'sent')
    """
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        stem_s, stem_ed = base[:-1] + "ies", base[:-1] + "ied"
    elif base.endswith(("s", "sh", "ch", "x")):
        stem_s, stem_ed = base + "es", base + "ed"
    else:
        stem_s, stem_ed = base + "s", base + ("d" if base.endswith("e") else "ed")
    stem_ing = base[:-1] + "ing" if base.endswith("e") and not base.endswith("ee") else base + "ing"
    past = past or stem_ed
    return (base, third or stem_s, ing or stem_ing, past, part or past)


def word_set(text: str) -> frozenset[str]:
    """Return the space-separated words of ``text`` as a set.

    >>> sorted(word_set("to from  with"))
    ['from', 'to', 'with']
    """
    return frozenset(text.split())


FORM_NAMES = ("base", "third", "ing", "past", "participle")

# The subject gives: "X provides Y with Z", "X sells Z to Y", "X offered Y Z".
GIVE_VERBS: dict[str, tuple] = {
    "provide": verb_forms("provide"),
    "supply": verb_forms("supply"),
    "deliver": verb_forms("deliver"),
    "send": verb_forms("send", past="sent"),
    "ship": verb_forms("ship", ing="shipping", past="shipped"),
    "transfer": verb_forms("transfer", ing="transferring", past="transferred"),
    "sell": verb_forms("sell", past="sold"),
    "give": verb_forms("give", past="gave", part="given"),
    "export": verb_forms("export"),
    "hand over": verb_forms("hand over", "hands over", "handing over", "handed over"),
    "donate": verb_forms("donate"),
    "lend": verb_forms("lend", past="lent"),
    "equip": verb_forms("equip", ing="equipping", past="equipped"),
    "offer": verb_forms("offer"),
    "pledge": verb_forms("pledge"),
    "promise": verb_forms("promise"),
}
# The subject gets: "X buys Z from Y", "X is seeking Z from Y".
GET_VERBS: dict[str, tuple] = {
    "acquire": verb_forms("acquire"),
    "buy": verb_forms("buy", past="bought"),
    "purchase": verb_forms("purchase"),
    "seek": verb_forms("seek", past="sought"),
    "receive": verb_forms("receive"),
    "obtain": verb_forms("obtain"),
    "import": verb_forms("import"),
    "order": verb_forms("order"),
    "procure": verb_forms("procure"),
    "ask": verb_forms("ask"),
    "take delivery of": (
        "take delivery of",
        "takes delivery of",
        "taking delivery of",
        "took delivery of",
        "taken delivery of",
    ),
}
# The subject helps the recipient make it: "X helps Y develop Z".
HELP_VERBS: dict[str, tuple] = {
    "help": verb_forms("help"),
    "assist": verb_forms("assist"),
}
HELP_OBJECT_VERBS = (
    "develop|build|produce|make|manufacture|maintain|improve|upgrade|modernise|modernize|"
    "design|expand|assemble|launch|repair|operate"
)
# Get-verbs whose object is the supplier: "Kyiv asked Berlin for air defence".
SUPPLIER_AFTER_CUE = ("ask",)
# A cue that carries its own status, whatever its tense.
CUE_STATUS = {
    "offer": "offered",
    "seek": "sought",
    "order": "agreed",
    "ask": "sought",
    "pledge": "agreed",
    "promise": "agreed",
}

# Nouns that name a transfer when an item follows with "of": "the sale of
# F-16s to Turkey", "Russia's purchase of drones from Iran".
NOUN_CUES: dict[str, tuple[str, tuple[str, ...]]] = {
    "sale": ("give", ("sale", "sales")),
    "delivery": ("give", ("delivery", "deliveries")),
    "shipment": ("give", ("shipment", "shipments")),
    "transfer": ("give", ("transfer", "transfers")),
    "supply": ("give", ("supply", "supplies")),
    "export": ("give", ("export", "exports")),
    "donation": ("give", ("donation", "donations")),
    "purchase": ("get", ("purchase", "purchases")),
    "acquisition": ("get", ("acquisition", "acquisitions")),
    "import": ("get", ("import", "imports")),
}


# Built from the tables above: cue form -> (lemma, direction, form name),
# noun form -> (lemma, direction), and one pattern for every form.
def _build_cue_table() -> dict[str, tuple[str, str, str]]:
    table: dict[str, tuple[str, str, str]] = {}
    for direction, verbs in (
        ("give", GIVE_VERBS),
        ("get", GET_VERBS),
        ("help", HELP_VERBS),
    ):
        for lemma, forms in verbs.items():
            for name, form in zip(FORM_NAMES, forms, strict=True):
                table.setdefault(form, (lemma, direction, name))
    return table


NOUN_TABLE = {
    form: (lemma, direction) for lemma, (direction, forms) in NOUN_CUES.items() for form in forms
}


CUE_TABLE = _build_cue_table()
CUE_PATTERN = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(f).replace(r"\ ", r"\s+")
        for f in sorted({*CUE_TABLE, *NOUN_TABLE}, key=len, reverse=True)
    )
    + r")\b",
    re.I,
)

# A cue word is a noun, not a verb, after these words ("the supply of",
# "military supplies", "its exports") or before "of".
NOUN_BEFORE = word_set(
    "a an the this that these those its their his her our your my any no each every some "
    "of military medical humanitarian arms weapons weapon defense defence lethal nonlethal "
    "non-lethal ammunition oil energy food gas new more such"
)

# Status from the words between the subject and the cue, strongest first.
_MAY = r"\bmay\b(?!\s+\d)"
STATUS_RULES: list[tuple[str, re.Pattern]] = [
    ("negated", re.compile(r"\b(?:not|never|no longer)\b|n['’]t\b", re.I)),
    (
        "possible",
        re.compile(
            _MAY + r"|\b(?:might|could|would|will|shall)\b|['’]ll\b|\bconsider(?:s|ed|ing)?\b|"
            r"\bprepar(?:ing|es|ed) to\b|\bprepared to\b|\bplan(?:s|ned|ning)? to\b|"
            r"\bintend(?:s|ed|ing)? to\b|\bexpected to\b|\blikely to\b|\bpoised to\b|"
            r"\bset to\b|\bready to\b|\bweigh(?:s|ing)\b|\bmull(?:s|ing)\b|"
            r"\bexplor(?:es|ing)\b|\bdiscuss(?:es|ing|ed)\b|\bin talks\b|\bnegotiat(?:es|ing)\b",
            re.I,
        ),
    ),
    (
        "agreed",
        re.compile(
            r"\bagree(?:s|d)?\b|\bagreement\b|\bdeal\b|\bcontracts?\b|\bsign(?:s|ed)\b|"
            r"\bfinali[sz]e(?:s|d)?\b|\bcommitted to\b|\bapprov(?:es|ed)\b|\bcleared\b",
            re.I,
        ),
    ),
    ("offered", re.compile(r"\boffer(?:s|ed|ing)?\b", re.I)),
    (
        "sought",
        re.compile(
            r"\bseek(?:s|ing)?\b|\bsought\b|\blooking to\b|\blooks to\b|\bwant(?:s|ed|ing)? to\b|"
            r"\btr(?:y|ies|ied|ying) to\b|\battempt(?:s|ed|ing)? to\b|"
            r"\bask(?:s|ed|ing)? (?:for|to)\b|"
            r"\brequest(?:s|ed|ing)?\b|\bhop(?:es|ed|ing) to\b|\bkeen to\b|\bpush(?:es|ing) to\b",
            re.I,
        ),
    ),
]
# A progressive cue ("is providing", "has been supplying") is ongoing.
BE_AUXILIARY = re.compile(r"\b(?:is|are|was|were|am|been|be|being)\b|['’](?:s|re)\b", re.I)
# Words before a participle that make it passive ("was supplied by").
PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)

# Hedge words kept beside the status ("may be preparing", "allegedly").
HEDGE_PATTERNS: list[re.Pattern] = [
    re.compile(
        r"\b(?:may|might|could|would|will)(?:\s+(?:not|also|now|soon|still|even|already))?"
        r"(?:\s+(?:be|have))?(?:\s+(?:preparing|planning|considering|seeking|looking))?\b",
        re.I,
    ),
    re.compile(
        r"\b(?:considering|preparing to|planning to|plans to|"
        r"intends to|expected to|likely to|poised to|set to|weighing|mulling|in talks)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:allegedly|reportedly|possibly|perhaps|probably|apparently|purportedly|"
        r"believed to|said to|suspected of|suspected to)\b",
        re.I,
    ),
]
# "perhaps drones": a hedge right before an item applies to that item only.
ITEM_HEDGE = re.compile(
    r"\b(possibly|perhaps|probably|reportedly|allegedly|apparently)\s+(?:\S+\s+){0,1}$", re.I
)

# A denial covers the cues after it up to one of these ("..., but officials say").
DENIAL_SCOPE_END = re.compile(r"\b(?:but|however|while|although|though|yet)\b|;", re.I)
# Denials put every transfer cue after them in the sentence in doubt.
DENIAL_PATTERN = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|(?:reject|dismiss|refute)(?:s|d|ed|ing)?(?=\s+(?:the|any)?\s*"
    r"(?:claims?|reports?|allegations?|accusations?)))(?:\s+(?:the\s+|any\s+)?"
    r"(?:claims?|reports?|allegations?|accusations?|suggestions?))?\b",
    re.I,
)

# Clause starts: a subject is looked for after the last of these before a cue.
CLAUSE_START = re.compile(
    r"\b(?:that|which|who|whom|while|whereas|but|because|although|though|after|before|"
    r"when|if|since|unless)\b|[;:“”\"—–()]",
    re.I,
)
# Object ends: the items and the other party are looked for before these.
OBJECT_END = re.compile(
    r"\b(?:which|who|whom|while|whereas|but|because|although|after|before|when|if|since|"
    r"unless|so that|in order to|in (?:exchange|return) for|for use|against)\b|[;:”—–()]|"
    r",\s*(?!including\b)\w+ing\b|"
    r"(?<!enough )\bto\s+(?!(?:the|a|an|its|their|his|her|both|either|neither|each|this|"
    r"these|those|other|several|some|all)\b)(?=(?-i:[a-z]))",
    re.I,
)
# Words that keep two names apart: "Peru or the Colombian group ELN".
NOT_MODIFIER_WORDS = word_set(
    "and or nor but either neither both then also has have had is are was were will would "
    "may might could should can to from with by of for at in on against"
)
PREPOSITIONS = word_set(
    "of to from with by for at in on about against toward towards into between among "
    "including like than via over under across through within amid despite"
)
# Words that only carry a clause on ("and may be helping", "and later shipped"):
# a listed phrase made of nothing else is no item.
CLAUSE_WORDS = word_set(
    "may might could would will shall should can must is are was were be been being has have "
    "had do does did not also later then now soon still already again even just reportedly "
    "allegedly possibly probably it its they their them he she his her we our this that these "
    "those which who but yet so"
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

# Who a transfer is done for or ordered by: "at the direction of the Russian
# government", "on behalf of X", "on Moscow's orders". That actor goes in
# ``directed_by``; it is neither the supplier nor the recipient.
DIRECTED_BEFORE = re.compile(
    r"\b(?:at\s+the\s+(?:direction|behest|orders?|instructions?)\s+of|on\s+behalf\s+of|"
    r"on\s+(?:the\s+)?(?:orders?|instructions?)\s+of|"
    r"under\s+(?:the\s+)?(?:orders?|direction|instructions?)\s+(?:of|from))\s+(?:the\s+)?$",
    re.I,
)
# "at X's direction": the words before the actor, then the words after it.
DIRECTED_POSSESSIVE = (
    re.compile(r"\b(?:at|on|under)\s+(?:the\s+)?$", re.I),
    re.compile(r"['’]s?\s+(?:direction|behest|orders?|instructions?)\b", re.I),
)

# Role nouns that refer back to an actor, with the actor types they can mean.
COUNTRY_TYPES = ("country", "government", "military")
ROLE_NOUN_RULES: list[tuple[re.Pattern, tuple[str, ...]]] = [
    (
        re.compile(
            r"\b(?:the|this|that)\s+(?:[A-Za-z-]+\s+){0,2}?(?:regime|country|government|nation|"
            r"republic|kingdom|state|administration|leadership|authorities|junta)\b",
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
]
PRONOUN_PATTERN = re.compile(r"\b(?:it|they)\b", re.I)

# Actor types that can supply or receive; people are sources, not parties.
PARTY_TYPES = ("country", "government", "military", "armed_group", "company", "organisation")
# Actor types rolled up to their country for the country-level view.
ROLL_UP_TYPES = ("country", "government", "military", "company")

# Military goods named by a phrase, not a lexicon entry. A head that is
# military in itself is always an item; the others need a qualifier in the
# phrase or in a following "for ... <qualifier>" ("technology for its missile
# programs").
MILITARY_HEADS = "weapons|weaponry|arms|ammunition|munitions|materiel|armaments?"
QUALIFIED_HEADS = (
    "equipment|technology|technologies|capability|capabilities|hardware|components|parts|"
    "systems|supplies|aid|assistance|cooperation|know-how|expertise|platforms"
)
MILITARY_QUALIFIERS = word_set(
    "military defense defence security missile missiles satellite space nuclear weapons "
    "arms dual-use lethal combat air-defense air-defence naval aviation drone drones radar "
    "artillery ballistic rocket rockets armoured armored tank surveillance"
)
EQUIPMENT_PATTERN = re.compile(
    rf"\b((?:(?!(?:and|or|nor|to|from|with|for)\b)[\w’'-]+\s+){{0,3}}?)"
    rf"({MILITARY_HEADS}|{QUALIFIED_HEADS})\b",
    re.I,
)
# Leading words dropped from an item phrase ("additional military equipment").
ITEM_FILLER = word_set(
    "a an the its their his her our this that these those other additional more further new "
    "unprecedented some several many much numerous various possibly perhaps worth of "
    "billions millions dollars including on"
)
# A weapon word followed by these is not an item ("missile programs").
NOT_ITEM_AFTER = re.compile(
    r"^[\s-]*(?:(?:and|or)\s+[\w-]+\s+)?(?:programs?|programmes?|industry|industries|"
    r"factory|factories|plants?|"
    r"production|sites?|base|bases|launches|strikes?|attacks?)\b",
    re.I,
)
# "X (from Y), including A, B and C": the umbrella X gives way to A, B and C.
UMBRELLA_MARKER = re.compile(
    r",\s*(?:including|such as|like|notably|in particular|among them)\b", re.I
)
LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+", re.I)

# A weapon built by one country in use by another implies a transfer.
ORIGIN_SUFFIX = re.compile(r"^-(?:built|made|supplied|manufactured|produced)\b", re.I)
# An origin named by a demonym right before the weapon: "Iranian drones".
DEMONYM_ENDING = re.compile(r"(?:ian|ean|an|ese|ish|i|ic|ch)$")
DEMONYM_GAP = re.compile(r"(?:\s+[\w-]+){0,2}\s+")
USE_VERBS = re.compile(
    r"\b(?:us(?:e|es|ed|ing)|deploy(?:s|ed|ing)?|launch(?:es|ed|ing)?|fir(?:e|es|ed|ing)|"
    r"operat(?:e|es|ed|ing)|fly|flies|flew|flown|flying)\b",
    re.I,
)
UNRESOLVED = "(unresolved)"
NOT_STATED = "(not stated)"
