"""Phrases: noun phrases and verb groups chunked from word classes.

Each token's class becomes one letter (``CODES``); noun phrases and verb
groups are regular expressions over that string (``CHUNK_RULES``), the way
NLTK's ``RegexpParser`` chunks tag sequences, without building trees. Then
possessives join ("Iran 's drones" -> one phrase whose possessor is
"Iran") and coordinated noun phrases join ("Norway and Denmark" -> one
phrase with two parts), except where the second conjunct starts a clause
of its own ("sent tanks and Poland sent jets").

>>> from analysis.grammar.wordclass import tag_words
>>> phrases, _ = chunk_phrases(tag_words("Norway and Denmark will send 12 more launchers."))
>>> [(p.kind, p.text) for p in phrases if p.parts or p.kind == "VG"]
[('VG', 'will send'), ('NP', 'Norway and Denmark')]
>>> [p.quantity for p in phrases if p.quantity]
['12 more']
"""

from __future__ import annotations

import re

from analysis.grammar.records import Phrase, Token, VerbInfo
from analysis.grammar.wordlists import (
    COMPLEMENT_NOUNS,
    MONTHS,
    NUMBER_WORDS,
    ONE_OBJECT_VERBS,
    QUANTITY_WORDS,
    SPEECH_VERBS,
    TIME_NOUNS,
    TWO_OBJECT_VERBS,
    words_of,
)

#: One letter per word class, so chunk rules are regular expressions over a string.
CODES = {
    "DET": "D", "POSS": "$", "NUM": "C", "ADJ": "J", "NOUN": "N", "PROPN": "P", "PRON": "R",
    "VERB": "V", "AUX": "A", "MODAL": "M", "NEG": "X", "ADV": "B", "ADP": "I", "CCONJ": "&",
    "SCONJ": "S", "REL": "W", "PUNCT": ".", "X": "?",  # and Q for a quote mark
}  # fmt: skip

#: Chunk rules, tried at each position in order: (phrase kind, pattern over CODES letters).
CHUNK_RULES: list[tuple[str, str]] = [
    # verb group: auxiliaries/modals/'to', adverbs and negation, the main verb, a particle
    ("VG", r"(?:T|[MA])(?:[BX]*(?:[MA]|T(?=B*V)))*(?:[BX]*V)?K?"),
    ("VG", r"(?:[BX]+(?=V))?VK?"),
    # noun phrase: determiners and numbers, modifiers, a noun or name as head
    # (a quote mark may follow a determiner or adjective: 'the "baseless" claim'; an
    # adjective may come before the number: "an additional 167 vehicles", "a further 12 jets")
    ("NP", r"(?:[DC]Q?|B(?=B*C)|(?<=D)J(?=C))*(?:JQ?|[NP]|B(?=J))*[NP]"),
    # a pronoun, a determiner or number standing alone ("these", "two of them")
    # ... "the first of", "four more of", "the other", "the second"
    ("NP", r"R|D(?![JNPCD])|[DC]*C(?![JNPD])|C+D(?=I)|[DC]*C(?![JNP])|D+J(?![JNPQ])"),
]
_CHUNKER = re.compile("|".join(f"(?P<{k}{i}>{p})" for i, (k, p) in enumerate(CHUNK_RULES)))
#: The modal a verb group gets from "yet" ("has yet to sign", "has not yet signed"): a
#: step expected but not taken.
PENDING_MODAL = "yet to"
_POSSESSIVE_DETERMINERS = words_of("my your his her its our their")


def code_tokens(tokens: list[Token]) -> str:
    """Return one letter per token: its class code ('to' is T, a particle K, a comma ',').

    >>> from analysis.grammar.wordclass import tag_words
    >>> code_tokens(tag_words("They agreed to hand over the jets, officials said."))
    'RVTVKDN,NV.'
    """
    out = []
    for k, t in enumerate(tokens):
        if _time_inside_verb(tokens, k):
            out.append("B")  # "was Monday handed over": a day inside a verb group is an adverb
        elif _day_after_noun(tokens, k):
            out.append("B")  # "awarded a contract Monday worth ...": a time adverb
        elif t.tag == "PART":
            out.append("T" if t.text.lower() == "to" else "K")
        elif t.tag == "PUNCT" and t.text in ",;:":
            out.append(",")
        elif t.tag == "PUNCT" and t.text in '"“”‘’«»':
            out.append("Q")
        else:
            out.append(CODES.get(t.tag, "?"))
    return "".join(out)


def _time_inside_verb(tokens: list[Token], k: int) -> bool:
    """True when token ``k`` is a time word between an auxiliary and a verb ("was Monday
    handed over", "has this week sent" is not: only one word is read)."""
    if not 0 < k < len(tokens) - 1 or tokens[k].text.lower() not in TIME_NOUNS:
        return False
    return tokens[k - 1].tag in ("AUX", "MODAL") and tokens[k + 1].tag == "VERB"


#: Day words that, written right after a common noun, tell when, never name a thing.
DAY_WORDS = words_of("monday tuesday wednesday thursday friday saturday sunday today yesterday")


def _day_after_noun(tokens: list[Token], k: int) -> bool:
    """True when token ``k`` is a day word right after a common noun ("signed a contract
    Monday worth $2 billion"): an adverb of time, not part of the noun phrase. A day word
    between a subject's name and its verb ("The United States Wednesday denied ...") tells
    when too.

    >>> from analysis.grammar.wordclass import tag_words
    >>> code_tokens(tag_words("Peru signed a deal Monday."))
    'PVDNB.'
    >>> code_tokens(tag_words("Then Peru Monday signed a deal."))
    'BPBVDN.'
    """
    if k == 0 or tokens[k].text.lower() not in DAY_WORDS:
        return False
    if tokens[k - 1].tag == "NOUN" and not tokens[k - 1].unit_kind:
        return True
    after = tokens[k + 1].tag if k + 1 < len(tokens) else ""
    return tokens[k - 1].tag in ("NOUN", "PROPN") and after in ("VERB", "AUX", "MODAL")


def chunk_phrases(tokens: list[Token]) -> tuple[list[Phrase], list[tuple[str, int]]]:
    """Return the phrases of ``tokens`` and the sentence as top-level items.

    Items are ``("NP", phrase)``, ``("VG", phrase)`` or ``("TOK", token)``
    in sentence order; an item names the outermost phrase (a possessive or
    coordinated noun phrase, not its parts).
    """
    codes = code_tokens(tokens)
    phrases: list[Phrase] = []
    items: list[tuple[str, int]] = []
    pos = 0
    while pos < len(tokens):
        found = _CHUNKER.match(codes, pos)
        if not found or found.end() == pos:
            items.append(("TOK", pos))
            pos += 1
            continue
        kind = found.lastgroup[:2]
        last = found.end() - 1
        if kind == "VG":
            phrase = _verb_group(tokens, len(phrases), pos, last)
        else:
            if _double_object(tokens, codes, pos, last):
                last = pos  # "gave Russia drones": two noun phrases
            last = _opening_time_end(tokens, pos, last)  # "In May | Peru signed ..."
            name = contact_name(tokens, pos, last)
            if name != -1:
                last = name - 1  # "the rifles | Ghana bought": the name opens a relative clause
            phrase = _noun_phrase(tokens, len(phrases), pos, last)
            if tokens[pos].text.lower() in _POSSESSIVE_DETERMINERS and last > pos:
                owner = _noun_phrase(tokens, len(phrases), pos, pos)
                phrases.append(owner)
                phrase = _noun_phrase(tokens, len(phrases), pos, last, possessor=owner.index)
        phrases.append(phrase)
        items.append((kind, phrase.index))
        pos = last + 1
    items = _join_possessives(tokens, phrases, items)
    items = _join_coordinated(tokens, phrases, items)
    items = _join_accompanying(tokens, phrases, items)
    return phrases, items


#: Words that add sides to a subject as "and" does: "Peru, along with Chile, sent ...".
ACCOMPANYING = (("along", "with"), ("together", "with"), ("alongside",))


def _join_accompanying(tokens, phrases, items):
    """Join ``NP, along with NP, VG`` (also "together with", "alongside") into one subject
    with parts when both name actors: "Peru, along with Chile and Bolivia, sent rifles" is
    sent by all three. Only the aside set off by commas before a finite verb is joined;
    "sent rifles to Peru along with radars" is left alone.

    >>> from analysis.grammar.wordclass import tag_words
    >>> toks = tag_words("Peru, along with Chile, sent rifles.",
    ...                  units=[(0, 4, "actor", "Peru"), (17, 22, "actor", "Chile")])
    >>> phrases, items = chunk_phrases(toks)
    >>> [phrases[i].text for kind, i in items if kind == "NP"]
    ['Peru, along with Chile', 'rifles']
    """
    out = list(items)
    i = 0
    while i < len(out):
        if out[i][0] == "NP" and i + 1 < len(out) and _is_comma(tokens, out[i + 1]):
            for words in ACCOMPANYING:
                k = i + 2
                if not all(
                    k + n < len(out) and out[k + n][0] == "TOK"
                    and tokens[out[k + n][1]].text.lower() == w
                    for n, w in enumerate(words)
                ):  # fmt: skip
                    continue
                k += len(words)
                if not (
                    k + 2 < len(out) and out[k][0] == "NP" and _is_comma(tokens, out[k + 1])
                    and _finite(phrases, out[k + 2])
                    and _names_actor(tokens, phrases[out[i][1]])
                    and _names_actor(tokens, phrases[out[k][1]])
                ):  # fmt: skip
                    continue
                first, second = phrases[out[i][1]], phrases[out[k][1]]
                members = [*(first.parts or (first.index,)), *(second.parts or (second.index,))]
                joined = _noun_phrase(tokens, len(phrases), first.first, second.last, parts=members)
                joined = _replace(joined, head=first.head, quantity=first.quantity)
                phrases.append(joined)
                out[i : k + 2] = [("NP", joined.index)]
                break
        i += 1
    return out


def _is_comma(tokens, item) -> bool:
    return item[0] == "TOK" and tokens[item[1]].text == ","


def _names_actor(tokens, phrase: Phrase) -> bool:
    """True when the phrase's head (a list's first member's head) is an actor's name."""
    return tokens[phrase.head].unit_kind == "actor"


#: Words after a time noun that still belong to the time phrase ("last month alone").
_AFTER_TIME = words_of("alone ago earlier later")
#: Month names, "May" included: at the head of a sentence it is the month, not the modal.
_MONTHS = MONTHS


def _opening_time_end(tokens: list[Token], first: int, last: int) -> int:
    """Return where a noun phrase that opens the sentence ends when it is a time phrase
    run into the subject's name, with no comma between: "In May Peru signed ...", "Last
    month Chile ordered ...", "In 2023 Chile ordered ...", "In the last month alone Peru
    has signed ...". Elsewhere ``last`` is kept ("the July Revolution" mid-sentence).

    >>> from analysis.grammar.wordclass import tag_words
    >>> words = tag_words("In May Peru signed a deal.")
    >>> _opening_time_end(words, 1, 2), _opening_time_end(tag_words("Peru signed."), 0, 0)
    (1, 0)
    """
    if any(t.tag in _CLAUSE_TAGS or t.text in ",;:" for t in tokens[:first]):
        return last  # not in the words that open the sentence, before its first verb
    for k in range(first, last):
        word = tokens[k].text.lower()
        timed = (
            word in TIME_NOUNS
            or word in _MONTHS
            or _YEAR.fullmatch(word) is not None
            or (word in _AFTER_TIME and k > first and tokens[k - 1].text.lower() in TIME_NOUNS)
        )
        if timed and tokens[k + 1].tag == "PROPN" and tokens[k + 1].text.lower() not in _MONTHS:
            return k
    return last


#: Word classes that end a sentence's opening adverbial: the clause has begun.
_CLAUSE_TAGS = frozenset({"VERB", "AUX", "MODAL"})
#: A year written as a number: "In 2023 Chile ordered ...".
_YEAR = re.compile(r"(?:19|20)\d\d")


def _double_object(tokens, codes, pos, last) -> bool:
    """True for a named actor right after a verb and before a weapon: 'gave Russia drones'
    (not after a verb of taking or using: 'received US drones')."""
    return (
        pos > 0
        and codes[pos - 1] == "V"
        and tokens[pos - 1].lemma.lower() not in ONE_OBJECT_VERBS
        and last > pos
        and tokens[pos].unit_kind == "actor"
        and tokens[pos].tag == "PROPN"
        and tokens[pos + 1].unit_kind == "weapon"
    )


#: Nouns a name after them names in apposition ("his brother John", "the company Acme",
#: "the minister Ana Diaz"): a person, an office or an organisation, never a relative's object.
NAMING_NOUNS = words_of(
    "brother sister son daughter father mother wife husband uncle aunt cousin friend colleague "
    "spokesman spokeswoman spokesperson president minister chief commander general leader "
    "official envoy ambassador analyst expert author reporter journalist lawmaker senator "
    "head delegate chair director secretary premier king queen prince emperor "
    "company firm group manufacturer maker shipbuilder shipyard yard contractor supplier "
    "subsidiary unit agency ministry ally partner rival neighbour neighbor country nation "
    "state city town republic kingdom region province island port capital daily newspaper "
    "outlet broadcaster magazine agency operator carrier airline bank fund corporation giant "
    "conglomerate enterprise business industry plant factory startup start-up"
)
#: Nouns of a time that a clause after them tells with no "when" ("the first time Peru sold
#: jets", "the day Chile signed"): the clause keeps its own object.
WHEN_NOUNS = TIME_NOUNS | words_of("time moment")
#: Verbs whose subject after a noun is that noun's name, a speaker ("his aide Ana said").
_NAME_SPEECH_VERBS = SPEECH_VERBS
#: Articles a relative clause's singular head takes ("the rifle Peru sent", "a move Peru made").
_ARTICLES = words_of("the a an this that these those")
#: A designation made plural ("F-16s", "Ka-9s"), which no dictionary inflects.
_PLURAL_DESIGNATION = re.compile(r"\d[sS]$")
#: Verb forms a bare verb after its subject takes ("Ghana bought", "Peru sends").
_FINITE_OR_PAST = frozenset({"past", "s", "ed", "participle"})
#: Word classes that start an object noun phrase right after a verb.
_OBJECT_STARTS = frozenset({"DET", "POSS", "NUM", "ADJ", "NOUN", "PROPN", "PRON"})


def contact_name(tokens, first, last) -> int:
    """Return where a name inside noun phrase ``first..last`` starts a relative clause with
    no "that" on the common noun before it, or -1: "the rifles Ghana bought from Portugal",
    "frigates Navantia is building for Chile". The name runs to the phrase's end and a finite
    verb follows with its object left out (the object is the noun). Not after a noun a name
    can name ("his brother John said", "the company Acme bought jets"), nor in a name
    ("the Peru Navy"), nor when the verb has an object of its own.

    >>> def toks(spec):
    ...     out = []
    ...     for i, w in enumerate(spec.split()):
    ...         text, tag, lemma, form = (w.split("/") + ["", ""])[:4]
    ...         out.append(Token(i, text, 0, 0, tag, lemma or text.lower(), form))
    ...     return out
    >>> contact_name(toks("the/DET rifles/NOUN/rifle/s Ghana/PROPN bought/VERB/buy/past "
    ...                    "from/ADP"), 0, 2)
    2
    >>> contact_name(toks("his/POSS brother/NOUN John/PROPN said/VERB/say/past"), 0, 2)
    -1
    >>> contact_name(toks("tanks/NOUN/tank/s Peru/PROPN sent/VERB/send/past rifles/NOUN"), 0, 1)
    -1
    """
    k = last
    while k > first and (tokens[k].tag == "PROPN" or _joins_names(tokens, k)):
        k -= 1  # a list of names is one subject: "the rifles Peru and Chile bought"
    if k == last or k < first or tokens[k].tag != "NOUN" or tokens[k].unit_kind == "actor":
        return -1
    noun = tokens[k].lemma.lower().rsplit("-", 1)[-1]  # "vice-president" names as "president"
    if noun in NAMING_NOUNS or tokens[k].text.lower() in NAMING_NOUNS or noun in COMPLEMENT_NOUNS:
        return -1  # "reports Peru sent ...": the said content, not a relative
    plural = tokens[k].form == "s" or _PLURAL_DESIGNATION.search(tokens[k].text)
    if not plural and tokens[first].text.lower() not in _ARTICLES:
        # a singular noun with no article before a name is a title or a role: "philanthropist
        # Ana Diaz agreed", "its trading arm Acme"; a relative's head has one ("a move Peru made")
        return -1
    j = last + 1
    while _joins_names(tokens, j):
        j += 1  # the chunk ends at the first name of a list: "Peru | and Chile bought"
        while j < len(tokens) and tokens[j].tag == "PROPN":
            j += 1
    if j >= len(tokens) or tokens[j].tag not in ("AUX", "MODAL", "VERB"):
        return -1
    finite = tokens[j].tag in ("AUX", "MODAL") or tokens[j].form in _FINITE_OR_PAST
    passive = False
    while j < len(tokens) and tokens[j].tag in ("AUX", "MODAL", "ADV", "NEG"):
        passive = passive or tokens[j].lemma.lower() == "be"
        j += 1
    if not finite or j >= len(tokens) or tokens[j].tag != "VERB":
        return -1
    verb = tokens[j]
    if verb.lemma.lower() in _NAME_SPEECH_VERBS or verb.lemma.lower() in ("be", "have"):
        return -1
    if passive and verb.form != "ing":
        return -1  # "chairperson Ana Diaz was arrested": a passive leaves no object out
    if noun in WHEN_NOUNS and tokens[first].text.lower() in _ARTICLES:
        return k + 1  # "the first time Peru has sold jets": when, with an object of its own
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if after is not None and after.text.lower() == "by":
        return -1  # "... was sent by"
    if after is not None and after.tag in _OBJECT_STARTS and not _first_object(tokens, j):
        return -1  # "tanks Peru sent rifles": the verb has its own object
    return k + 1


def _first_object(tokens, verb) -> bool:
    """True when the one noun phrase after a two-object verb names a receiver (a party, not
    a thing): the verb's first object, its second left out for the noun a relative clause
    hangs on ("the equipment China supplied the navy", "the jets Peru sold Chile")."""
    if tokens[verb].lemma.lower() not in TWO_OBJECT_VERBS:
        return False
    j = verb + 1
    while j < len(tokens) and tokens[j].tag == "DET" and tokens[j].text.lower() == "the":
        j += 1
    if j >= len(tokens) or tokens[j].unit_kind != "actor":
        return False
    while j + 1 < len(tokens) and tokens[j + 1].tag == "PROPN" and not tokens[j + 1].unit_kind:
        j += 1  # "the Kenyan Army": a force named by its country's word
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return nxt is None or nxt.tag not in _OBJECT_STARTS  # no second object after it


def _joins_names(tokens, k) -> bool:
    """True for a comma, "and" or "or" at ``k`` between two names ("Peru and Chile")."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].text.lower() in (",", "and", "or")
        and tokens[k - 1].tag == "PROPN"
        and tokens[k + 1].tag == "PROPN"
    )


def _noun_phrase(tokens, index, first, last, possessor=-1, parts=()) -> Phrase:
    head = last
    while head > first and tokens[head].tag not in ("NOUN", "PROPN", "PRON", "NUM", "DET"):
        head -= 1
    if tokens[head].tag == "DET" and tokens[last].tag == "ADJ":
        head = last  # "the first (of ...)"
    start, end = tokens[first].start, tokens[last].end
    text = text_of(tokens, first, last)
    return Phrase(index, "NP", first, last, head, start, end, text, tuple(parts), possessor,
                  _quantity(tokens, first, head))  # fmt: skip


def text_of(tokens, first, last) -> str:
    """The words of tokens ``first..last`` as written (one space where there was space)."""
    out = tokens[first].text
    for a, b in zip(tokens[first:last], tokens[first + 1 : last + 1], strict=False):
        out += (" " if b.start > a.end else "") + b.text
    return out


#: Words of a bound before a number that are not quantity words by themselves.
_BOUND_WORDS = frozenset(["as", "many", "few", "fewer", "less", "no"])


#: A number with a unit joined to it ("3,200-ton", "94-metre", "155mm"): a measure, no count.
_MEASURE = re.compile(r"^\d[\d.,]*-?[^\W\d_]{2,}$")


def _counts(token) -> bool:
    """True for a number that counts ("12", "2,044", "two"), not a measure ("3,200-ton")."""
    if token.text.lower() in NUMBER_WORDS:
        return True
    return token.tag == "NUM" and not _MEASURE.match(token.text)


def _quantity(tokens, first, head) -> str:
    """Return the number words before the head ("12 more", "about 30"), or "". A measure
    after the count is no part of it ("two 3,200-ton frigates": two)."""
    words = [t for t in tokens[first:head] if _counts(t)]
    if not words:
        return ""
    lo = hi = words[0].index
    while lo > first and (
        tokens[lo - 1].text.lower() in QUANTITY_WORDS
        or (tokens[lo - 1].tag == "ADV" and tokens[lo - 1].text.lower() in _BOUND_WORDS)
    ):
        lo -= 1  # "at least nine", "as many as 30", "no fewer than 12"
    while hi + 1 < head and (_counts(tokens[hi + 1]) or tokens[hi + 1].text.lower() in (
            QUANTITY_WORDS)):  # fmt: skip
        hi += 1
    return text_of(tokens, lo, hi)


def _verb_group(tokens, index, first, last) -> Phrase:
    words = tokens[first : last + 1]
    main = next((t for t in reversed(words) if t.tag == "VERB"), None)
    main = main or next((t for t in reversed(words) if t.tag in ("AUX", "MODAL")), words[-1])
    info = describe_verb(words, main)
    start, end = words[0].start, words[-1].end
    return Phrase(index, "VG", first, last, main.index, start, end, text_of(tokens, first, last),
                  verb=info)  # fmt: skip


def describe_verb(words: list[Token], main: Token) -> VerbInfo:
    """Return the auxiliaries, modal, negation, tense, aspect and voice of a verb group.

    >>> from analysis.grammar.wordclass import tag_words
    >>> w = tag_words("will not be delivered")
    >>> v = describe_verb(w, w[-1]); (v.lemma, v.modal, v.negated, v.tense, v.voice)
    ('deliver', 'will', True, 'future', 'passive')
    >>> w = tag_words("is to send")
    >>> v = describe_verb(w, w[-1]); (v.modal, v.tense)
    ('be to', 'present')
    >>> w = tag_words("to have been sent")
    >>> v = describe_verb(w, w[-1]); (v.modal, v.tense, v.aspect)
    ('', 'infinitive', 'perfect')

    "has yet to sign" and "has not yet signed" tell a step still to come, not a denial:

    >>> w = tag_words("has not yet signed")
    >>> v = describe_verb(w, w[-1]); (v.modal, v.negated)
    ('yet to', False)

    "being" after a finite "be" makes a passive progressive:

    >>> w = tag_words("are being smuggled")
    >>> v = describe_verb(w, w[-1]); (v.tense, v.voice, v.aspect)
    ('present', 'passive', 'progressive')

    A past form right after a modal is a passive with its "be" left out:

    >>> w = tag_words("will equipped")
    >>> describe_verb(w, w[-1]).voice
    'passive'
    """
    before = [w for w in words if w.index < main.index]
    auxes = tuple(w.lemma for w in before if w.tag in ("AUX", "MODAL"))
    lowered = [w.text.lower() for w in before]
    modal = next((w.lemma for w in before if w.tag == "MODAL"), "")
    to_at = lowered.index("to") if "to" in lowered else -1
    if not modal and to_at > 0 and any(w.lemma == "be" for w in before[:to_at]):
        modal = "be to"  # "is to send", not "to have been sent" (its "be" comes after "to")
    negated = any(w.tag == "NEG" for w in words)
    if "yet" in lowered and ("to" in lowered or negated) and any(
        w.lemma in ("have", "be") for w in before):  # fmt: skip
        modal, negated = PENDING_MODAL, False  # "has yet to sign", "is not yet delivered"
    particle = next(
        (w.text.lower() for w in words if w.tag == "PART" and w.text.lower() != "to"), ""
    )
    aux_forms = [w for w in before if w.tag == "AUX"]
    last_aux = aux_forms[-1] if aux_forms else None
    voice = "active"
    if main.tag == "VERB" and last_aux and last_aux.lemma in ("be", "get") and main.form in (
        "ed", "participle", "past"):  # fmt: skip
        voice = "passive"
    if main.tag == "VERB" and modal and not aux_forms and main.form in ("ed", "participle"):
        voice = "passive"  # "will equipped with": a modal takes no past form, "be" is missing
    aspect = ""
    if main.form == "ing" and last_aux and last_aux.lemma == "be":
        aspect = "progressive"
    if voice == "passive" and any(w.text.lower() == "being" for w in aux_forms[1:]):
        aspect = "progressive"  # "are being smuggled": a passive goes on ("being built" alone, not)
    if any(w.lemma == "have" for w in aux_forms) and main.index != aux_forms[0].index:
        aspect = "perfect" + (" progressive" if aspect else "")
    first = words[0]
    if first.tag == "PART":
        tense = "infinitive"
    elif modal in ("will", "shall"):
        tense = "future"
    elif modal:
        tense = "present"
    else:
        finite = next((w for w in words if w.tag in ("AUX", "MODAL", "VERB")), main)
        tense = {"past": "past", "ed": "past", "participle": "past", "ing": "participle"}.get(
            finite.form, "present"
        )
    return VerbInfo(main.lemma, auxes, modal, negated, tense, voice, aspect, particle)


def _join_possessives(tokens, phrases, items):
    """Join ``NP 's NP`` into one phrase whose possessor is the first."""
    out: list[tuple[str, int]] = []
    i = 0
    while i < len(items):
        if (
            i + 2 < len(items)
            and items[i][0] == "NP"
            and items[i + 1] == ("TOK", items[i + 1][1])
            and tokens[items[i + 1][1]].tag == "POSS"
            and items[i + 2][0] == "NP"
        ):
            owner, owned = phrases[items[i][1]], phrases[items[i + 2][1]]
            joined = _noun_phrase(tokens, len(phrases), owner.first, owned.last, owner.index)
            joined = _replace(joined, head=owned.head, quantity=owned.quantity)
            phrases.append(joined)
            out.append(("NP", joined.index))
            i += 3
            continue
        out.append(items[i])
        i += 1
    return out


def _replace(phrase: Phrase, **changes) -> Phrase:
    from dataclasses import replace

    return replace(phrase, **changes)


def _past_of_phrases(tokens, items, k) -> int:
    """The item after the "of" phrases that follow item ``k - 1`` (a noun phrase): "many
    supporters | of Peru | will send" -> the item of "will send"."""
    while (
        k + 1 < len(items)
        and items[k][0] == "TOK"
        and tokens[items[k][1]].text.lower() == "of"
        and items[k + 1][0] == "NP"
    ):
        k += 2
    return k


def _join_coordinated(tokens, phrases, items):
    """Join ``NP (, NP)* (,) and NP`` into one phrase with parts.

    Not when the last conjunct is followed by a verb group while the first
    follows one: then "and" joins two clauses ("Russia sent tanks and Poland
    sent jets").
    """
    out: list[tuple[str, int]] = []
    i = 0
    while i < len(items):
        if items[i][0] != "NP":
            out.append(items[i])
            i += 1
            continue
        members, j = [items[i][1]], i + 1
        while j + 1 < len(items):
            while (
                j + 2 < len(items) and _is_conj(tokens, items[j]) and _is_conj(tokens, items[j + 1])
            ):
                j += 1  # "as well as"
            sep = items[j]
            comma = sep[0] == "TOK" and tokens[sep[1]].text == ","
            conj = sep[0] == "TOK" and tokens[sep[1]].tag == "CCONJ"
            if (
                comma
                and j + 2 < len(items)
                and _is_conj(tokens, items[j + 1])
                and items[j + 2][0] == "NP"
            ):
                j += 1
                conj, comma = True, False
            if not (comma or conj) or items[j + 1][0] != "NP":
                break
            if comma and not _list_goes_on(tokens, items, j + 1):
                break
            if conj and j + 2 < len(items) and _finite(phrases, items[j + 2]) and any(
                kind == "VG" for kind, _ in out[-3:]):  # fmt: skip
                break
            after = _past_of_phrases(tokens, items, j + 2)
            owned_by = conj and after != j + 2 and after < len(items)
            if owned_by and _finite(phrases, items[after]) and any(
                kind == "VG" for kind, _ in out[-3:]):  # fmt: skip
                break  # "providing these systems, and many supporters of Peru will send ..."
            but = conj and tokens[items[j][1]].text.lower() == "but"
            if but and j + 2 < len(items) and items[j + 2][0] == "VG" and (
                phrases[items[j + 2][1]].verb.tense != "infinitive"):  # fmt: skip
                break  # "... by the ministry, but the rebels said ...": two clauses
            owned = tokens[phrases[items[j + 1][1]].first].text.lower() in _POSSESSIVE_DETERMINERS
            if conj and owned and j + 2 < len(items) and _finite(phrases, items[j + 2]) and any(
                kind == "VG" for kind, _ in out):  # fmt: skip
                break  # "signed deals with 22 countries and its output is sold out": two clauses
            if _kinds_clash(tokens, phrases[members[-1]], phrases[items[j + 1][1]]):
                break  # "from Peru, and rifles from Chile": a side is not listed with an item
            members.append(items[j + 1][1])
            j += 2
            if conj:
                j = _as_well_as(tokens, items, j, members)
                break
        if len(members) > 2 and _opening_object_before_subject(tokens, phrases, items, i, j):
            out += items[i : i + 2]  # "In that context, Japan and Korea have ...": the
            i += 2  # opening phrase ends at its comma, the list after it is the subject
            continue
        if len(members) > 1 and any(_is_conj(tokens, it) for it in items[i:j]):
            first, last = phrases[members[0]], phrases[members[-1]]
            joined = _noun_phrase(tokens, len(phrases), first.first, last.last, parts=members)
            joined = _replace(joined, head=first.head, quantity=first.quantity)
            phrases.append(joined)
            out.append(("NP", joined.index))
            i = j
        else:
            out.append(items[i])
            i += 1
    return out


def _opening_object_before_subject(tokens, phrases, items, i, j) -> bool:
    """True when the list ``items[i:j]`` begins with the object of the preposition opening
    the sentence, a comma after it, and a finite verb right after the list: the verb needs
    its subject, so the opening phrase ends at the comma ("In that context, Japan and
    Korea have emerged ..."), while "In Peru, Chile and Bolivia, rebels ..." stays a list."""
    opening = i == 1 and items[0][0] == "TOK" and tokens[items[0][1]].tag == "ADP"
    comma = i + 1 < len(items) and _is_comma(tokens, items[i + 1])
    return opening and comma and j < len(items) and _finite(phrases, items[j])


def _as_well_as(tokens, items, j, members) -> int:
    """After a finished list, ``(,) as well as NP`` adds one more member: "Patriot, IRIS-T
    and SAMP-T systems, as well as missiles" is one list of four. Return the next item."""
    k = j + 1 if j < len(items) and items[j][0] == "TOK" and tokens[items[j][1]].text == "," else j
    words = []
    while k < len(items) and _is_conj(tokens, items[k]):
        words.append(tokens[items[k][1]].text.lower())
        k += 1
    if words == ["as", "well", "as"] and k < len(items) and items[k][0] == "NP":
        members.append(items[k][1])
        return k + 1
    return j


def _kinds_clash(tokens, first: Phrase, second: Phrase) -> bool:
    """True when one phrase's head is an actor and the other's a weapon: no list joins them.

    >>> tokens = [Token(0, "Peru", 0, 4, "PROPN", "Peru", unit_kind="actor"),
    ...           Token(1, "rifles", 5, 11, "NOUN", "rifle", unit_kind="weapon")]
    >>> peru, rifles = (Phrase(i, "NP", i, i, i, 0, 0, "") for i in (0, 1))
    >>> _kinds_clash(tokens, peru, rifles), _kinds_clash(tokens, peru, peru)
    (True, False)
    """
    kinds = {tokens[first.head].unit_kind, tokens[second.head].unit_kind}
    return kinds == {"actor", "weapon"}


def _finite(phrases, item) -> bool:
    return item[0] == "VG" and phrases[item[1]].verb.tense not in ("infinitive", "participle")


def _is_conj(tokens, item) -> bool:
    return item[0] == "TOK" and tokens[item[1]].tag == "CCONJ"


def _list_goes_on(tokens, items, k) -> bool:
    """Return True when the NP at ``items[k]`` is followed, through ``, NP``, by and/or."""
    while k + 1 < len(items):
        nxt = items[k + 1]
        if _is_conj(tokens, nxt):
            return True
        if not (nxt[0] == "TOK" and tokens[nxt[1]].text == ","):
            return False
        after = items[k + 2] if k + 2 < len(items) else ("", -1)
        if _is_conj(tokens, after):
            return True
        if after[0] != "NP":
            return False
        k += 2
    return False
