"""Word classes: candidate classes per word, then contextual rules pick one.

Three sources give each word its candidate classes, in order:

1. the closed-class lists of ``wordlists`` (determiners, prepositions ...);
2. ``lemminflect``'s dictionary (``getAllLemmas``: the classes a word form
   has in English, with lemmas), which ships its own data and needs nothing
   downloaded;
3. suffix and shape rules (``SHAPE_RULES``) for words neither knows.

A word with more than one candidate (``ship``: noun or verb) is settled by
the contextual rules in ``CONTEXT_RULES``, tried in order; each names the
context it reads (the class before, the word after).

>>> [(t.text, t.tag) for t in tag_words("Iran may ship anti-ship missiles to them.")]
[('Iran', 'PROPN'), ('may', 'MODAL'), ('ship', 'VERB'), ('anti-ship', 'ADJ'), \
('missiles', 'NOUN'), ('to', 'ADP'), ('them', 'PRON'), ('.', 'PUNCT')]
>>> [(t.text, t.tag) for t in tag_words("The supply of tanks was approved.")][:2]
[('The', 'DET'), ('supply', 'NOUN')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import lemminflect

from analysis.grammar.records import Token
from analysis.grammar.wordlists import (
    CLOSED_CLASS,
    COMPLEMENT_NOUNS,
    COMPLEMENT_VERBS,
    COMPOUND_HEAD_NOUNS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    OFFICE_NOUNS,
    ORDINALS,
    PHRASAL_VERBS,
    QUANTITY_WORDS,
    SUBJECT_CONTROL_VERBS,
    SUBJECT_PRONOUNS,
    TELLING_VERBS,
    TIME_NOUNS,
    VERB_ADVERBS,
    words_of,
)
from analysis.text import tokenise_words
from analysis.text.wordlists import describing_participles

#: Open classes a candidate set may hold (lemminflect's universal tags).
OPEN_CLASSES = ("NOUN", "VERB", "ADJ", "ADV", "PROPN")

#: Shape rules for words no list or dictionary knows: (name, pattern, class).
SHAPE_RULES: list[tuple[str, re.Pattern[str], str]] = [
    ("hyphen prefix is adjectival (anti-ship, pro-Russian, non-lethal)",
     re.compile(r"^(?:anti|pro|non|multi|counter|semi|self|long|short|medium|high|low|"
                r"surface|air|ground|sea|ship|land|all|cross|ex|post|pre|well)[-‐‑]", re.I), "ADJ"),
    ("hyphen compound ending in a participle or -range/-class (Iran-backed, Russian-made)",
     re.compile(r"[-‐‑](?:\w+ed|made|built|run|owned|led|range|class|type|style|grade|"
                r"based|capable|related|free|wide|scale|term|level)$", re.I), "ADJ"),
    ("-ly is an adverb", re.compile(r"ly$"), "ADV"),
    ("adjective suffix",
     re.compile(r"(?:al|ic|ive|ous|ful|less|able|ible|ary|ian|ese|ish)$"), "ADJ"),
    ("-ing is a verb form", re.compile(r"ing$"), "VERB"),
    ("-ed is a verb form", re.compile(r"ed$"), "VERB"),
]  # fmt: skip

_ADJECTIVE_SUFFIX = re.compile(
    r"(?:al|ic|ive|ous|ful|less|able|ible|ary|ian|ese|ish|ed|ing|ern|ior|ile|ant|ent)$"
)
#: Endings of demonyms ("Turkish", "Israeli", "Dutch"): an actor written so is a modifier.
_DEMONYM = re.compile(r"(?:ian|ish|ese|ean|can|[^aeiou]i|ch|ic|iot)$")
_NUMBER = re.compile(r"^[\d.,]+(?:%|s)?$|^\d")
#: A wheel or axle layout ("6x6", "8×8"): a modifier, not a count.
_CONFIGURATION = re.compile(r"^\d{1,2}[x×]\d{1,2}$")
_DIGITS_OR_CAPS = re.compile(r"\d|^[A-Z]{2,}")
_BE = {"be": "be", "am": "be", "is": "be", "are": "be", "was": "be", "were": "be",
       "been": "be", "being": "be", "'s": "be"}  # fmt: skip
_AUX_LEMMA = {**_BE, "have": "have", "has": "have", "had": "have", "having": "have",
              "do": "do", "does": "do", "did": "do"}  # fmt: skip
_AUX_FORM = {"was": "past", "were": "past", "had": "past", "did": "past", "been": "participle",
             "being": "ing", "having": "ing", "is": "s", "has": "s", "does": "s"}  # fmt: skip
_MODAL_LEMMA = {"wo": "will", "ca": "can", "'ll": "will", "sha": "shall"}
_CONTRACTION = re.compile(r"^(\w+?)(n['’]t)$|^(\w+)(['’]s)$", re.I)


def tag_words(
    text: str,
    start: int = 0,
    end: int | None = None,
    units: Sequence[tuple[int, int, str, str]] = (),
) -> list[Token]:
    """Return the tokens of ``text[start:end]`` with word classes and lemmas.

    ``units`` are ``(start, end, kind, name)`` lexicon matches: the tokens
    they cover become one token (an actor is a proper noun, a weapon a
    noun, a hyphenated ``Russian-made`` an adjective that keeps its unit).

    >>> [t.text for t in tag_words("Iran's S-300 batteries", units=[(7, 22, "weapon", "S-300")])]
    ['Iran', "'s", 'S-300 batteries']
    """
    end = len(text) if end is None else end
    words = _split_words(text, start, end)
    words = _drop_bracketed_codes(_merge_units(text, words, units))
    title_case = _is_title_case(words)
    first_word = next((i for i, w in enumerate(words) if w[0][:1].isalnum()), 0)
    # a quotation starts a sentence of its own: 'said: “The shipment ...' ('The' is no name)
    starts = {i + 1 for i, w in enumerate(words) if w[0] in _OPENING_QUOTES}
    # a dateline ("ISTANBUL (AGC):", "OSLO, May 3 (AGC) -") ends before the sentence's first word
    after_dateline = _after_dateline(words, first_word)
    if after_dateline:
        starts.add(after_dateline)
    candidates = [
        _candidates(w, i <= first_word or i in starts or title_case) for i, w in enumerate(words)
    ]
    tags = _settle(words, candidates, after_dateline)
    tags = _aside_as_adverb(words, tags, candidates)
    return [_make_token(i, w, tag) for i, (w, tag) in enumerate(zip(words, tags, strict=True))]


#: Dashes that set off an aside ("do not -- repeat, not -- send").
_DASHES = frozenset({"-", "--", "\u2014", "\u2013"})
#: Word classes that leave a verb group open before an aside, and that close it after one.
_OPEN_VERB = frozenset({"AUX", "MODAL", "NEG"})
_AFTER_ASIDE = frozenset({"VERB", "NEG", "ADV"})


#: Month names and their short forms, as a dateline writes them ("May 3", "Sept. 4").
_MONTHS = MONTHS | MONTH_ABBREVIATIONS
_DATELINE_ENDS = frozenset({":", "-", "--", "\u2014", "\u2013"})


def _after_dateline(words: list, first: int) -> int:
    """Return the index of the first word after a dateline opening the sentence, or 0.

    A dateline is a place (a capitalised word or a few, the first in capitals unless a
    date or an agency follows), an optional ", Month day[, year]", an optional agency in
    brackets, then a colon or a dash: "ISTANBUL (AGC):", "OSLO, May 3 (AGC) -",
    "Kyiv, March 3 -". The word after it starts the sentence proper.

    >>> ws = lambda t: _drop_bracketed_codes(_split_words(t, 0, len(t)))
    >>> _after_dateline(ws("ISTANBUL (AGC): The firm sold jets."), 0)
    2
    >>> _after_dateline(ws("LIMA, March 3 (Agency) - Several firms sold jets."), 0)
    8
    >>> _after_dateline(ws("Lima, Feb 19 (Agency) The firm sold jets."), 0)
    7
    >>> _after_dateline(ws("Peru - Chile deal signed"), 0)
    0
    """
    i, n = first, len(words)
    while i < n and i - first < 3 and words[i][0][:1].isupper() and words[i][0][:1].isalpha():
        i += 1
    if i == first or i >= n:
        return 0
    place_in_capitals = words[first][0].isupper() and len(words[first][0]) >= 2
    dated = False
    if words[i][0] == "," and i + 1 < n and words[i + 1][0].lower().rstrip(".") in _MONTHS:
        i += 2
        while i < n and (words[i][0][:1].isdigit() or words[i][0] == ","):
            i += 1
        dated = True
    agency = False
    if i < n and words[i][0] == "(":
        close = next((j for j in range(i + 1, min(i + 6, n)) if words[j][0] == ")"), -1)
        if close == -1:
            return 0
        i, agency = close + 1, True
    if agency and (dated or place_in_capitals) and i < n and words[i][0][:1].isupper():
        return i  # "Lima, May 3 (Agency) The firm ...": the agency's bracket ends it
    if i + 1 >= n or words[i][0] not in _DATELINE_ENDS:
        return 0
    if not (place_in_capitals or dated or agency):
        return 0
    return i + 1 if words[i + 1][0][:1].isalnum() else 0


def _aside_as_adverb(words: list, tags: list[str], candidates: list) -> list[str]:
    """Read a short aside between dashes inside a verb group as an adverb, so the verb group
    keeps its auxiliary and negation ("We do NOT -- repeat NOT -- sell arms"); the word
    after it is the verb when it can be one.

    >>> words = _split_words("We do not -- repeat not -- sell arms", 0, 36)
    >>> tags = ["PRON", "AUX", "NEG", "PUNCT", "PUNCT", "NOUN", "NEG", "PUNCT", "PUNCT", "NOUN",
    ...         "NOUN"]
    >>> candidates = [(t,) for t in tags[:9]] + [("NOUN", "VERB"), ("NOUN",)]
    >>> _aside_as_adverb(words, tags, candidates)[3:10]
    ['ADV', 'ADV', 'ADV', 'NEG', 'ADV', 'ADV', 'VERB']
    """
    out = list(tags)
    i = 1
    while i < len(words):
        if words[i][0] not in _DASHES or out[i - 1] not in _OPEN_VERB:
            i += 1
            continue
        j = i
        while j < len(words) and words[j][0] in _DASHES:
            j += 1
        k = j
        while k < len(words) and k - j <= 3 and words[k][0] not in _DASHES and tags[k] != "PUNCT":
            k += 1
        m = k
        while m < len(words) and words[m][0] in _DASHES:
            m += 1
        if k > j and m > k and m < len(words) and (
            tags[m] in _AFTER_ASIDE or "VERB" in candidates[m]):  # fmt: skip
            out[i:m] = ["NEG" if tags[n] == "NEG" else "ADV" for n in range(i, m)]
            out[m] = tags[m] if tags[m] in _AFTER_ASIDE else "VERB"
        i = m if m > i else i + 1
    return out


def _split_words(text: str, start: int, end: int) -> list[tuple[str, int, int, str, str]]:
    """Return (text, start, end, kind, unit) words, with 's and n't split off."""
    words = []
    tokens = tokenise_words(text[start:end], offset=start)
    skip = False
    for i, tok in enumerate(tokens):
        found = _CONTRACTION.match(tok.text) if tok.kind == "word" else None
        if skip:  # the "s" of "Syria`s", joined to its mark
            skip = False
        elif _typed_possessive(words, tokens, i):
            words.append((text[tok.start : tok.end + 1], tok.start, tok.end + 1, "word", ""))
            skip = True
        elif found:
            stem = found.group(1) or found.group(3)
            cut = tok.start + len(stem)
            words.append((stem, tok.start, cut, "word", ""))
            words.append((text[cut : tok.end], cut, tok.end, "word", ""))
        elif words and tok.text[:1] in "-‐‑" and len(tok.text) > 1 and words[-1][2] == tok.start:
            prev = words.pop()
            words.append((text[prev[1] : tok.end], prev[1], tok.end, "word", ""))
        else:
            words.append((tok.text, tok.start, tok.end, tok.kind, ""))
    return _join_hyphens(text, words)


#: Marks some outlets type for an apostrophe ("Syria`s", "Syria´s").
_TYPED_APOSTROPHES = "`´"


def _typed_possessive(words: list, tokens: list, i: int) -> bool:
    """True when token ``i`` is a typed apostrophe joining a word and "s" ("Syria`s").

    >>> [w[0] for w in _split_words("Peru`s rifles", 0, 13)]
    ['Peru', '`s', 'rifles']
    """
    tok = tokens[i]
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return bool(
        tok.text in _TYPED_APOSTROPHES
        and words
        and words[-1][3] == "word"
        and words[-1][2] == tok.start
        and after is not None
        and after.text == "s"
        and after.start == tok.end
    )


def _join_hyphens(text: str, words: list) -> list:
    """Join ``U.S. - made`` (no spaces) into one word ``U.S.-made``."""
    out: list = []
    i = 0
    while i < len(words):
        w = words[i]
        if (
            out
            and w[0] in "-‐‑"
            and i + 1 < len(words)
            and out[-1][2] == w[1]
            and words[i + 1][1] == w[2]
            and words[i + 1][0][:1].isalpha()
        ):
            prev = out.pop()
            nxt = words[i + 1]
            out.append((text[prev[1] : nxt[2]], prev[1], nxt[2], "word", ""))
            i += 2
            continue
        out.append(w)
        i += 1
    return out


def _merge_units(text: str, words: list, units: Sequence[tuple[int, int, str, str]]) -> list:
    """Return ``words`` with the words each unit overlaps joined into one."""
    for u_start, u_end, kind, name in sorted(units):
        inside = [i for i, w in enumerate(words) if w[1] < u_end and w[2] > u_start]
        if not inside:
            continue
        first, last = inside[0], inside[-1]
        s, e = words[first][1], words[last][2]
        words[first : last + 1] = [(text[s:e], s, e, "unit:" + kind, name)]
    return words


_OPENING_QUOTES = ("“", '"', "‘")


def _is_amount(word: tuple) -> bool:
    """An amount of money: a money token or a word that starts with a currency sign."""
    return word[3] == "money" or word[0][:1] in _CURRENCY_SIGNS


#: A code in brackets after a name: an acronym or a ticker ("(MoD)", "(LMT.N)").
_CODE = re.compile(r"^(?:[A-Z0-9][A-Za-z0-9&-]*|\.)$")


def _drop_bracketed_codes(words: list) -> list:
    """Leave out an acronym or a stock ticker in brackets after a word: "Lockheed
    Martin's (LMT.N) F-35 jets" reads as "Lockheed Martin's F-35 jets", "the Ministry of
    Defence (MoD) said" as "the Ministry of Defence said" (the code names what is before it).

    >>> [w[0] for w in _drop_bracketed_codes(_split_words("Acme's (ACM.N) jets", 0, 19))]
    ['Acme', "'s", 'jets']
    """
    out, i = [], 0
    while i < len(words):
        close = next((j for j in range(i + 1, min(i + 5, len(words))) if words[j][0] == ")"), -1)
        inside = words[i + 1 : close] if close != -1 else []
        code = (
            words[i][0] == "("
            and out
            and out[-1][0][:1].isalnum() | (out[-1][0] in ("'s", "’s"))
            and inside
            and all(_CODE.match(w[0]) for w in inside)
            and sum(c.isupper() for w in inside for c in w[0]) >= 2
        )
        if code:
            i = close + 1
            continue
        out.append(words[i])
        i += 1
    return out


def is_title_case(text: str) -> bool:
    """True when a line is written in Title Case, so its capitals mark no names.

    >>> is_title_case("Acme, Kilo Commit $1bn Each To Canal Fund")
    True
    >>> is_title_case("Acme and Kilo will commit $1bn each to the canal fund.")
    False
    """
    return _is_title_case([(w,) for w in text.split()])


def _is_title_case(words: list) -> bool:
    """Return True when most words are capitalised (a headline).

    Short function words a headline leaves in lower case ("for", "in") do
    not count either way. Two lower-case content words make it a sentence full of
    names, not a headline ("Acme was awarded a contract for 30 Mine Protected Clearance
    Vehicles": "Mine" there is a name's word, not a pronoun).

    >>> words = lambda text: [(w,) for w in text.split()]
    >>> _is_title_case(words("Acme Wins Army Deal For Mine Clearance Vehicles"))
    True
    >>> _is_title_case(words("Acme delivered new Mine Protected Clearance Vehicles to Chile"))
    False
    """
    alpha = [
        w[0]
        for w in words
        if w[0][:1].isalpha() and not (w[0].islower() and len(w[0]) <= 4 and w[0] in CLOSED_CLASS)
    ]
    content = [w for w in alpha if w.islower() and w not in CLOSED_CLASS]
    if len(content) >= 2:
        return False
    return len(alpha) >= 4 and sum(w[:1].isupper() for w in alpha) >= 0.7 * len(alpha)


def _candidates(word: tuple, sentence_start: bool) -> tuple[str, ...]:
    """Return the candidate classes of one word (most likely first)."""
    text, _, _, kind, name = word
    if kind == "unit:actor":
        last = text.split()[-1]  # "North Korean" as well as "Turkish"; not "Russian forces"
        demonym = (
            text != name and last[:1].isupper() and last != "Republic" and _DEMONYM.search(last)
            and not name.startswith("Government of")  # a capital: "New Delhi", "Helsinki"
        )  # fmt: skip
        return ("ADJ",) if _adjectival(text) or demonym else ("PROPN",)
    if kind.startswith("unit:"):
        return ("NOUN",)
    if kind == "punct":
        return ("PUNCT",)
    if _CONFIGURATION.match(text):
        return ("ADJ",)  # "Guarani 6x6 armoured vehicles": what the vehicles are, no count
    if kind in ("number",) or _NUMBER.match(text):
        return ("NUM",)
    if kind in ("designation", "abbreviation"):
        return ("PROPN",)
    if kind == "money":
        return ("NOUN",)
    return _word_candidates(text, sentence_start)


@lru_cache(maxsize=20000)
def _word_candidates(text: str, sentence_start: bool) -> tuple[str, ...]:
    lower = text.lower().replace("’", "'").replace("`", "'").replace("´", "'")
    closed = CLOSED_CLASS.get(lower)
    if closed and (not text[:1].isupper() or sentence_start or text == "I"):
        return (closed,)
    if closed == "NEG" and text.isupper():
        return (closed,)  # "We do NOT provide arms": a negation written in capitals for stress
    if lower in ORDINALS or lower in ("other", "joint"):
        # "other" is never a noun ("the other", "and other partner nations"), nor "joint" in
        # news ("a joint venture", "joint exercises")
        return ("ADJ",)
    if text[:1].isupper() and not sentence_start and text != "I":
        return ("PROPN",)
    known = lemminflect.getAllLemmas(lower)
    found = tuple(c for c in OPEN_CLASSES if c in known)
    if lower in VERB_ADVERBS:
        return ("ADV",)
    if "ADV" in found and len(found) > 1 and not lower.endswith("ly"):
        found = tuple(c for c in found if c != "ADV")
    if found:
        return found
    if _adjectival(text):
        return ("ADJ",)
    if text[:1].isupper():
        return ("PROPN",)
    for _, pattern, tag in SHAPE_RULES:
        if pattern.search(lower):
            return (tag,)
    return ("NOUN",)


def _adjectival(text: str) -> bool:
    return any(p.search(text) for _, p, tag in SHAPE_RULES[:2])


# --- contextual rules -------------------------------------------------------------------

#: A context rule reads (previous tag, this word, next candidates, state) -> a class or "".
ContextRule = Callable[[str, str, tuple[str, ...], tuple[str, ...], dict], str]


def _after_determiner(prev, word, cands, nxt, state):
    """After a determiner, number, adjective or 's: a noun, or an adjective before a noun."""
    if prev in ("DET", "NUM", "ADJ", "POSS"):
        if cands == ("VERB",) and word.endswith(("ed", "ing")) and nxt and nxt[0] in _NOUNISH:
            return "ADJ"
        described = state.get("prev_word", "").endswith("ly") or prev in ("DET", "POSS")
        if word in _IRREGULAR_PARTS and described and nxt and nxt[0] in _NOUNISH:
            return "ADJ"  # "the newly built frigate", "two locally made drones": a modifier
        if cands == ("VERB",) and word.endswith("ing") and "ADJ" in nxt and prev != "POSS":
            return "ADJ"  # "a new floating dry dock": a participle before another modifier
        if cands == ("VERB",) and prev == "DET" and word.endswith("ing") and nxt[:1] == ("NUM",):
            return "ADJ"  # "the remaining two deals": a participle before a counted noun
        if "ADJ" in cands and nxt and nxt[0] in ("NOUN", "ADJ", "PROPN"):
            noun_only_next = "VERB" not in nxt
            if "NOUN" not in cands or noun_only_next or _adjective_like(word):
                return "ADJ"
        return "NOUN" if "NOUN" in cands else ("ADJ" if "ADJ" in cands else "")
    return ""


def _adjective_like(word: str) -> bool:
    """True for a word that is mostly an adjective: a suffix, or it has a comparative.

    >>> _adjective_like("heavy"), _adjective_like("military"), _adjective_like("army")
    (True, True, False)
    """
    return bool(_ADJECTIVE_SUFFIX.search(word)) or bool(
        lemminflect.getAllInflections(word, upos="ADJ").get("JJR")
    )


def _before_noun(prev, word, cands, nxt, state):
    """Before a noun that cannot be a verb, a verb/adjective word is an adjective."""
    if "ADJ" in cands and nxt and nxt[0] in ("NOUN", "PROPN") and "VERB" not in nxt:
        after_noun = prev in ("NOUN", "PROPN", "PRON")
        gradable = bool(lemminflect.getAllInflections(word, upos="ADJ").get("JJR"))
        return "ADJ" if not after_noun or (gradable and "VERB" in cands) else ""
    return ""


#: Prepositions before which an -ing word with an object is a gerund ("for building four
#: frigates", "by supplying the army"), not a noun ("for building materials").
_GERUND_PREPOSITIONS = words_of("for by after before without")


def _gerund_after_preposition(prev, word, cands, nxt, state):
    """An -ing word after a preposition, before a determiner, number or name: a verb."""
    if (
        prev == "ADP"
        and state["prev_word"] in _GERUND_PREPOSITIONS
        and word.lower().endswith("ing")
        and "VERB" in cands
        and nxt[:1] in (("DET",), ("NUM",), ("PROPN",))
    ):
        return "VERB"
    return ""


#: Verbs of beginning, going on or stopping that take an -ing verb ("started taking").
_PHASE_VERBS = words_of("start begin continue stop keep resume finish")


def _gerund_after_phase_verb(prev, word, cands, nxt, state):
    """An -ing word right after a verb of beginning or going on: the verb it governs
    ("has started taking delivery of tanks"), not a modifier of the noun after it."""
    if prev == "VERB" and state["last_verb"] in _PHASE_VERBS and word.lower().endswith("ing"):
        return "VERB" if "VERB" in cands else ""
    return ""


def _organisation_before_name(prev, word, cands, nxt, state):
    """An organisation noun after a modifier, right before a name: a noun describing the
    name ("Italian defence group Leonardo said"), not a verb."""
    if (
        word.lower() in _ORGANISATION_NOUNS
        and "NOUN" in cands
        and prev in ("NOUN", "ADJ", "PROPN")
        and nxt[:1] == ("PROPN",)
    ):
        return "NOUN"
    return ""


def _gerund_noun_in_compound(prev, word, cands, nxt, state):
    """An -ing word the dictionary knows as a noun, between two nouns: a noun ('pilot training
    programme'); one it knows only as a verb stays a verb ('a boat carrying rifles')."""
    if word.endswith("ing") and "NOUN" in cands and prev == "NOUN" and nxt[:1] == ("NOUN",):
        return "NOUN"
    if word.endswith("ing") and prev == "NOUN" and state["next_word"] in _ORGANISATION_NOUNS:
        return "NOUN"  # "an arms manufacturing company", "a drone making plant"
    return ""


def _name_as_modifier(prev, word, cands, nxt, state):
    """After a name that itself follows a determiner or preposition ('a U.S. claim',
    'amid Western concerns'), a noun/verb word is the head noun."""
    before = state["before_prev"]
    plain_name = not state["prev_unit"]  # "amid Western concerns", not "to Russia worries"
    if state["prev_unit"] == "unit:actor" and _force_then_object(word, cands, nxt, state):
        return ""  # "the Kenyan army uses X": a force named in full, then its verb
    if state["prev_unit"] == "unit:actor" and _force_then_participle(word, cands, nxt, state):
        return ""  # "a contract with the Kenyan army covering X": a reduced relative
    if "VERB" in cands and word.endswith("ed") and nxt and nxt[0] in ("PROPN", "DET", "PRON"):
        return ""  # "The United States accused Moscow of ...": a past verb before its object
    if prev == "PROPN" and "NOUN" in cands and (
        before in ("DET", "ADJ", "NUM") or (before == "ADP" and plain_name)):  # fmt: skip
        return "NOUN"
    return ""


#: Last words of an actor's name that make it a whole noun phrase, never a modifier before
#: another noun ("the Kenyan army uses", not "a U.S. claim").
_FORCE_NOUNS = words_of(
    "army navy force forces military ministry government guard guards police corps militia "
    "militias rebels fighters troops marines"
)


def _force_then_object(word, cands, nxt, state) -> bool:
    """True for a noun/verb word right after an actor named in full by a force noun ("the
    Kenyan army", "the defence ministry"), with no verb yet, before the start of a noun
    phrase: the clause's verb ("the Kenyan army uses Chinese rifles").
    """
    name = state["prev_text"].lower().split()
    return (
        "VERB" in cands
        and not state["has_verb"]
        and bool(name) and name[-1] in _FORCE_NOUNS
        and bool(nxt) and nxt[0] in ("DET", "NUM", "ADJ", "PROPN", "PRON")
    )  # fmt: skip


def _force_then_participle(word, cands, nxt, state) -> bool:
    """True for an -ing word right after an actor named in full by a force noun, before the
    start of a noun phrase, once the clause has its verb: a participle opening a reduced
    relative on the actor ("signed a deal with the Kenyan army covering six jets"), not a
    noun the name modifies ("the Kenyan army's covering").
    """
    name = state["prev_text"].lower().split()
    return (
        word.lower().endswith("ing")
        and "VERB" in cands
        and state["has_verb"]
        and bool(name) and name[-1] in _FORCE_NOUNS
        and bool(nxt) and nxt[0] in ("DET", "NUM", "ADJ", "PROPN")
    )  # fmt: skip


def _sentence_start_adjective(prev, word, cands, nxt, state):
    """First word, adjective-like, before a noun: 'Military supplies ran low.'"""
    if not prev and "ADJ" in cands and nxt and "NOUN" in nxt and _adjective_like(word):
        return "ADJ"
    return ""


def _after_to_or_modal(prev, word, cands, nxt, state):
    """After infinitive 'to' or a modal (or 'not' after one): the verb."""
    return "VERB" if prev in ("PART", "MODAL") and "VERB" in cands else ""


def _participle_after_comma(prev, word, cands, nxt, state):
    """A past participle after a comma, before a preposition, opens an aside on the noun
    before it (", known as Grads,", ", built by Acme,"), not a noun."""
    if prev != "PUNCT" or state["prev_word"] != "," or "VERB" not in cands:
        return ""
    participles = lemminflect.getInflection(_verb_lemma(word), tag="VBN") or ()
    return "VERB" if word in participles and nxt[:1] == ("ADP",) else ""


def _adverb_inside_verb_group(prev, word, cands, nxt, state):
    """An adverb between an auxiliary and a verb: 'has long been', 'was well received'."""
    adverb = "ADV" in cands or "ADV" in lemminflect.getAllLemmas(word)
    if prev == "AUX" and adverb and nxt and nxt[0] in ("VERB", "AUX"):
        return "ADV"
    return ""


def _after_auxiliary(prev, word, cands, nxt, state):
    """After be/have/do (passive, perfect, progressive): the verb."""
    return "VERB" if prev == "AUX" and "VERB" in cands else ""


def _after_subject_pronoun(prev, word, cands, nxt, state):
    """After he/she/it/we/they/I/you: the verb."""
    return "VERB" if state["prev_word"] in SUBJECT_PRONOUNS and "VERB" in cands else ""


def _shared_modal(prev, word, cands, nxt, state):
    """After and/or, a base verb that shares the modal or 'to' of the verb before the
    conjunction, with an object after it: "will send tanks and (also) train Ukrainian
    soldiers", "to sell jets and supply Peru with radars"."""
    if (
        prev == "CCONJ"
        and "VERB" in cands
        and state.get("modal_verb")
        and _verb_lemma(word) == word
        and nxt
        and nxt[0] in ("DET", "NUM", "PROPN", "PRON", "ADJ")
    ):
        return "VERB"
    return ""


_OBJECT_STARTS = ("DET", "NUM", "ADJ", "PROPN", "PRON")


def _force_noun_before_verb(prev, word, cands, nxt, state):
    """A force noun after a possessive or determiner, before a verb-capable word and the
    start of an object, is the subject's head, not a modifier ("Ghana's military uses
    Chinese rifles"); the word after it is then its verb (``_verb_after_force_noun``)."""
    after = state["after_next"]
    if (
        word in _FORCE_NOUNS
        and "NOUN" in cands
        and prev in ("POSS", "DET", "ADJ")
        and not state["has_verb"]
        and nxt and "VERB" in nxt
        and after and after[0] in _OBJECT_STARTS
    ):  # fmt: skip
        return "NOUN"
    return ""


def _verb_after_force_noun(prev, word, cands, nxt, state):
    """After a force noun read as a head, before an object, with no verb yet: the verb."""
    if (
        prev == "NOUN"
        and state["prev_word"] in _FORCE_NOUNS
        and "VERB" in cands
        and not state["has_verb"]
        and nxt and nxt[0] in _OBJECT_STARTS
    ):  # fmt: skip
        return "VERB"
    return ""


def _after_relative_pronoun(prev, word, cands, nxt, state):
    """Right after a relative pronoun, a word that can be a verb is the clause's verb unless
    a verb follows it ("X, which buys its arms from Y,"; not "which arms were sent")."""
    if prev == "REL" and "VERB" in cands and not (nxt and nxt[0] in ("VERB", "AUX", "MODAL")):
        return "VERB"
    return ""


def _plural_in_a_title(prev, word, cands, nxt, state):
    """A plural between a noun and a noun before a name, before any verb: a word of a
    describing title, not a verb ("Rubber products supplier Acme said ...")."""
    after = state["after_next"]
    if (
        prev in ("NOUN", "PROPN")
        and not state["has_verb"]
        and word.endswith("s")
        and "NOUN" in cands
        and nxt == ("NOUN",)
        and after
        and after[0] == "PROPN"
    ):
        return "NOUN"
    return ""


def _coordinated_past_verb(prev, word, cands, nxt, state):
    """After and/or, a past form before an object, once a verb was read: a second verb of
    the same subject, not a noun joined to the object before ("denied the claims and
    accused Peru of ...")."""
    if (
        prev == "CCONJ"
        and "VERB" in cands
        and state["last_verb"]
        and (word.endswith("ed") or word in _IRREGULAR_PARTS)
        and nxt
        and nxt[0] in ("DET", "PROPN", "PRON", "POSS")
    ):
        return "VERB"
    return ""


def _after_conjunction(prev, word, cands, nxt, state):
    """After and/or: the class of the word before the conjunction when it fits; a past
    form with an object after it is a verb even after a noun ("rejected claims it arms
    the rebels and accused Moscow of ...": a noun in -ed needs a determiner, "the accused")."""
    if (
        prev == "CCONJ"
        and state["before_conj"] == "NOUN"
        and word.endswith("ed")
        and "VERB" in cands
        and nxt
        and nxt[0] in ("DET", "PROPN", "PRON", "NUM")
    ):
        return "VERB"
    if prev == "CCONJ" and state["before_conj"] in cands:
        if state["before_conj"] == "VERB" and nxt and nxt[0] in ("VERB",):
            return ""
        return state["before_conj"]
    return ""


def _before_object(prev, word, cands, nxt, state):
    """Before a determiner, pronoun or name and after a noun phrase: the verb."""
    if (
        "VERB" in cands
        and nxt
        and nxt[0] in ("DET", "PRON", "PROPN", "NUM")
        and (prev in ("NOUN", "PROPN", "PRON", "ADV", "CCONJ", "PUNCT"))
    ):
        # not inside an object noun phrase: "provide it to the terrorist group Hezbollah"
        inside_object = (
            state["has_verb"]
            and prev in ("NOUN", "PROPN")
            and state["before_prev"] in ("DET", "ADJ")
        )
        return "" if inside_object else "VERB"
    return ""


def _modifier_before_compound_head(prev, word, cands, nxt, state):
    """A noun-or-verb word in -s right before a bare singular head of a compound is its
    modifier: "a major arms supplier", "Peru's main arms supplier is Spain" ("arms" is no
    verb: "supplier" has no determiner, so it cannot be an object).

    >>> _modifier_before_compound_head("NOUN", "arms", ("NOUN", "VERB"), ("NOUN",),
    ...                                {"next_word": "supplier"})
    'NOUN'
    >>> _modifier_before_compound_head("PROPN", "arms", ("NOUN", "VERB"), ("NOUN",),
    ...                                {"next_word": "rebels"})
    ''
    """
    if {"NOUN", "VERB"} <= set(cands) and word.endswith("s") and nxt == ("NOUN",):
        return "NOUN" if state["next_word"] in COMPOUND_HEAD_NOUNS else ""
    return ""


def _after_noun_phrase(prev, word, cands, nxt, state):
    """After a noun phrase, with no finite verb yet: the verb; later, a noun."""
    if prev in ("NOUN", "PROPN", "PRON") and "VERB" in cands:
        if state["last_verb"] in _BARE_INFINITIVE_VERBS and word == _verb_lemma(word):
            return "VERB"
        if not state["has_verb"] or word.endswith(("ed", "ing")) or word in _IRREGULAR_PARTS:
            return "VERB"
        return "NOUN" if "NOUN" in cands else ""
    return ""


def _before_infinitive(prev, word, cands, nxt, state):
    """After a noun phrase, before 'to' and a verb, with no verb yet: the verb ('The
    government plans to buy', 'Peru wants to sell'); 'the plans to buy' is settled before."""
    if (
        "VERB" in cands
        and prev in ("NOUN", "PROPN", "PRON")
        and not state["has_verb"]
        and state["next_word"] == "to"
        and "VERB" in state["after_next"]
    ):
        return "VERB"
    return ""


def _deed_before_infinitive(prev, word, cands, nxt, state):
    """An -ing form of a verb that takes an infinitive, after a preposition and before 'to'
    and a verb: the verb of a deed ('accused Peru of planning to send', 'praised for agreeing
    to sell'), not a noun ('with training to help')."""
    if (
        word.endswith("ing")
        and "VERB" in cands
        and _verb_lemma(word) in SUBJECT_CONTROL_VERBS
        and prev == "ADP"
        and state["next_word"] == "to"
        and "VERB" in state["after_next"]
    ):
        return "VERB"
    return ""


def _after_measured_amount(prev, word, cands, nxt, state):
    """After a determiner or a possessive and an amount of money ('a $5 million contract',
    "Acme's $2bn contract", 'the €2bn arms package'): the noun the amount measures, not a
    verb; a noun-only word between them ('a $5 million security package') keeps the phrase
    open."""
    return "NOUN" if state["measured"] and "NOUN" in cands else ""


def _after_counted_noun(prev, word, cands, nxt, state):
    """After a counted noun or a weapon's name ('66 F-16 jets from', 'the F-16 jets to'),
    before a preposition or the end: a noun heading the same phrase, not a verb."""
    ends = not nxt or nxt[0] in ("ADP", "PART", "PUNCT", "CCONJ")
    counted = state["before_prev"] == "NUM" or state["prev_unit"] == "unit:weapon"
    if "NOUN" in cands and prev in ("NOUN", "PROPN") and counted and ends:
        return "" if _verb_after_counted_subject(word, cands, state) else "NOUN"
    return ""


def _verb_after_counted_subject(word, cands, state) -> bool:
    """A bare verb after a counted plural noun, with no finite verb in the clause before or
    after it: "Three firms bid for the contract" (a plural noun is no modifier of a
    singular one, as "66 F-16 jets from" is one phrase)."""
    prev = state["prev_word"]
    if "VERB" not in cands or state["has_verb"] or word != _verb_lemma(word) or word[-1] == "s":
        return False
    if not prev.endswith("s") or prev == "arms" or _noun_lemma(prev) == prev:
        return False
    for later, text in zip(state["rest"], state["rest_words"], strict=False):
        if text in ",;:" or later[:1] in (("CCONJ",), ("SCONJ",), ("REL",)):
            break
        if later in (("VERB",), ("AUX",), ("MODAL",)):
            return False
    return True


def _before_finite_verb(prev, word, cands, nxt, state):
    """Before a word that can only be a verb, after a noun or adjective: the head noun of
    the subject ('Norway's defence minister said')."""
    if "NOUN" in cands and prev in ("NOUN", "ADJ") and nxt == ("VERB",):
        return "NOUN"
    return ""


def _subject_head_before_verb(prev, word, cands, nxt, state):
    """A noun/verb word after a determiner and a noun, before a preposition, with a word that
    can only be a verb still to come in the clause: the head of the subject ('The aid package
    from Japan includes ...', 'The arms shipments to Peru were ...')."""
    if (
        "NOUN" not in cands
        or prev != "NOUN"
        or state["before_prev"] not in ("DET", "POSS", "ADJ", "NUM")
        or state["has_verb"]
        or not nxt
        or nxt[0] != "ADP"
    ):
        return ""
    for later, text in zip(state["rest"][1:], state["rest_words"][1:], strict=False):
        if text in ",;:" or later[:1] in (("CCONJ",), ("SCONJ",), ("REL",)):
            return ""
        if later in (("VERB",), ("AUX",), ("MODAL",)):
            return "NOUN"
    return ""


def _office_before_its_side(prev, word, cands, nxt, state):
    """An office holder's noun before "of" or "from", after a noun or adjective, is the head
    noun ("the defence ministers of A and B", "Foreign ministers from A"), not a verb."""
    after_modifier = prev in ("NOUN", "ADJ", "PROPN")
    if "NOUN" in cands and after_modifier and state["next_word"] in ("of", "from"):
        return "NOUN" if _noun_lemma(word) in OFFICE_NOUNS else ""
    return ""


def _plural_head_before_of(prev, word, cands, nxt, state):
    """A plural noun/verb word after a noun or adjective, before "of", with no verb yet and a
    word that can only be a verb or auxiliary still to come: the head of the subject ("Defence
    and security structures of A and B are studying ..."), not a verb ("structures")."""
    if "NOUN" not in cands or prev not in ("NOUN", "ADJ") or state["has_verb"]:
        return ""
    if state["next_word"] != "of" or not word.lower().endswith("s"):
        return ""
    for later, text in zip(state["rest"][1:], state["rest_words"][1:], strict=False):
        if text in ";:" or later[:1] in (("SCONJ",), ("REL",)):
            return ""
        if later in (("VERB",), ("AUX",), ("MODAL",)):
            return "NOUN"
    return ""


def _class_word_after_weapon(prev, word, cands, nxt, state):
    """An adjective after a weapon's name, before a noun that a verb-only word follows: a
    class word of that weapon ("the VT-5 light tanks were procured"), not a verb."""
    if state["prev_unit"] != "unit:weapon" or "ADJ" not in cands or not nxt:
        return ""
    if "NOUN" not in nxt or state["after_next"] not in (("AUX",), ("VERB",), ("MODAL",)):
        return ""
    return "ADJ"


_NOUNISH = ("NOUN", "PROPN", "ADJ")
_CURRENCY_SIGNS = "$€£¥₹"
#: Heads of an industry's name: an -ing word before them is part of it ("arms
#: manufacturing company"), not a verb ("a boat carrying rifles").
_ORGANISATION_NOUNS = words_of(
    "company companies firm firms plant plants factory factories facility facilities group "
    "industry industries sector business giant corporation conglomerate enterprise"
)
#: Nouns that make a fixed adverbial with 'to' ("to date"), never an infinitive.
_TO_NOUN_ADVERBIALS = words_of("date")
_BARE_INFINITIVE_VERBS = words_of("help make let see watch hear")
_IRREGULAR_PARTS = words_of("sent given sold bought made built shot flown brought paid")

#: Context rules, tried in order; the first to give a class decides.
CONTEXT_RULES: list[tuple[str, ContextRule]] = [
    ("after to or modal -> verb", _after_to_or_modal),
    ("-s word before a compound head noun -> noun", _modifier_before_compound_head),
    ("after a determiner and an amount -> noun", _after_measured_amount),
    ("-ing after for/by before an object -> verb", _gerund_after_preposition),
    ("-ing after a verb of beginning or going on -> verb", _gerund_after_phase_verb),
    ("organisation noun before a name -> noun", _organisation_before_name),
    ("first word, adjective-like, before a noun -> adjective", _sentence_start_adjective),
    ("a plural in a title before a name -> noun", _plural_in_a_title),
    ("right after a relative pronoun -> verb", _after_relative_pronoun),
    ("a force noun before a verb and its object -> noun", _force_noun_before_verb),
    ("after a force noun, before an object -> verb", _verb_after_force_noun),
    ("between an auxiliary and a verb -> adverb", _adverb_inside_verb_group),
    ("a past participle after a comma, before a preposition -> verb", _participle_after_comma),
    ("after be/have/do -> verb", _after_auxiliary),
    ("after subject pronoun -> verb", _after_subject_pronoun),
    ("after determiner -> noun or adjective", _after_determiner),
    ("after and/or, sharing a modal, before an object -> verb", _shared_modal),
    ("after and/or, a past form before an object -> verb", _coordinated_past_verb),
    ("after and/or -> like the word before", _after_conjunction),
    ("-ing noun between nouns -> noun", _gerund_noun_in_compound),
    ("after a noun phrase, before to + verb -> verb", _before_infinitive),
    ("-ing after a preposition, before to + verb -> verb", _deed_before_infinitive),
    ("after a counted noun, before a preposition -> noun", _after_counted_noun),
    ("after a noun, before a verb-only word -> noun", _before_finite_verb),
    ("an office holder before of/from -> noun", _office_before_its_side),
    ("a plural before of, the verb still to come -> noun", _plural_head_before_of),
    (
        "after a weapon's name, before its class noun and a verb -> adjective",
        _class_word_after_weapon,
    ),
    ("the subject's head before a preposition, a verb to come -> noun", _subject_head_before_verb),
    ("after a modifying name -> noun", _name_as_modifier),
    ("before an object -> verb", _before_object),
    ("before a noun -> adjective", _before_noun),
    ("after a noun phrase -> verb, then noun", _after_noun_phrase),
]


def _settle(words: list, candidates: list[tuple[str, ...]], opening: int = 0) -> list[str]:
    """Return one class per word: closed classes kept, ambiguous ones settled.

    ``opening`` is the first word of the sentence proper after a dateline: nothing before
    it is read as its context."""
    tags: list[str] = []
    state = {
        "has_verb": False,
        "prev_word": "",
        "before_conj": "",
        "last_verb": "",
        "before_prev": "",
        "prev_unit": False,
        "measured": False,
        "prev_text": "",
    }
    last_verb = ""
    for i, (word, cands) in enumerate(zip(words, candidates, strict=True)):
        text = word[0]
        lower = text.lower()
        nxt = candidates[i + 1] if i + 1 < len(candidates) else ()
        state["next_word"] = words[i + 1][0].lower() if nxt else ""
        state["after_next"] = candidates[i + 2] if i + 2 < len(candidates) else ()
        state["rest"] = candidates[i + 1 :]
        state["rest_words"] = [w[0] for w in words[i + 1 :]]
        prev = tags[-1] if tags else ""
        if prev in ("ADV", "NEG") and len(tags) > 1:
            prev = tags[-2]
        if opening and i == opening:
            prev = ""  # "ISTANBUL (AGC): Military supplies ...": the first word of a sentence
        elif prev == "PUNCT" and words[i - 1][0] in _DASHES:
            prev = _before_dash_aside(words, tags, i) or prev
        tag = cands[0]
        industry = lower.endswith("ing") and state["next_word"] in _ORGANISATION_NOUNS
        if len(cands) > 1 or (
            cands == ("VERB",) and (prev in ("DET", "NUM", "ADJ", "POSS") or industry)
        ):
            tag = next(
                (t for _, rule in CONTEXT_RULES if (t := rule(prev, lower, cands, nxt, state))), ""
            )
            tag = tag or ("NOUN" if "NOUN" in cands else cands[0])
        if tag == "VERB" and prev == "ADP" and lower.endswith("ed") and nxt and nxt[0] in (
            "ADJ", "NOUN"):  # fmt: skip
            tag = "ADJ"  # "a lot of wheeled armoured vehicles": a participle before its noun
        if _describing_list_item(tag, prev, lower, nxt, state):
            tag = "ADJ"  # "shells and upgraded tanks": a list item, not a second verb
        tag = _closed_in_context(lower, tag, tags, words, i, nxt, candidates, last_verb)
        if tag == "CCONJ":
            state["before_conj"] = prev
        if tag == "VERB":  # "will (also) send": a base verb under a modal or 'to'
            state["modal_verb"] = prev in ("MODAL", "PART") and _verb_lemma(lower) == lower
        if tag in ("VERB", "AUX", "MODAL"):
            state["has_verb"] = True
            last_verb = _verb_lemma(lower) if tag == "VERB" else last_verb
            state["last_verb"] = last_verb
        if tag in ("SCONJ", "REL") or (tag == "PUNCT" and text in ",;:"):
            state["has_verb"] = False
        state["prev_word"] = lower
        state["prev_text"] = text
        state["before_prev"] = prev
        state["prev_unit"] = word[3] if word[3].startswith("unit:") else ""
        amount = _is_amount(word)
        state["measured"] = (amount and prev in ("DET", "POSS")) or (
            state["measured"] and cands == ("NOUN",) and not amount
        )
        tags.append(tag)
    return tags


#: Word sequences that bound a number ("at least nine helicopters", "up to 30 tanks").
QUANTITY_PHRASES = tuple(
    tuple(p.split())
    for p in ("at least", "at most", "up to", "as many as", "as few as", "no fewer than",
              "no more than", "fewer than", "less than")
)  # fmt: skip


_QUANTITY_PHRASE_WORDS = frozenset(w for p in QUANTITY_PHRASES for w in p)


def _describing_list_item(tag: str, prev: str, lower: str, nxt: tuple, state: dict) -> bool:
    """After "noun and", a describing participle before its noun ("bought shells and
    upgraded tanks") starts the next item of a noun list, not a verb of its own.

    "armed" stays a verb: "sent rockets and armed militias" tells an arming.
    """
    return (
        tag == "VERB"
        and prev == "CCONJ"
        and state["before_conj"] in ("NOUN", "PROPN")
        and lower in describing_participles()
        and lower != "armed"
        and bool(nxt)
        and nxt[0] in ("ADJ", "NOUN", "PROPN")
    )


def _in_quantity_phrase(words, candidates, i) -> bool:
    """True when word ``i`` is inside a QUANTITY_PHRASES sequence right before a number.

    >>> words = [(w, 0, 0, "") for w in "sent at least nine jets".split()]
    >>> cands = [("VERB",), ("ADP",), ("ADJ",), ("NUM",), ("NOUN",)]
    >>> [_in_quantity_phrase(words, cands, i) for i in range(5)]
    [False, True, True, False, False]
    """
    if words[i][0].lower() not in _QUANTITY_PHRASE_WORDS:
        return False
    lowered = [w[0].lower() for w in words[max(0, i - 3) : i + 4]]
    offset = max(0, i - 3)
    for phrase in QUANTITY_PHRASES:
        for start in range(max(0, i - len(phrase) + 1), i + 1):
            end = start + len(phrase)
            if tuple(lowered[start - offset : end - offset]) == phrase and end < len(words) and (
                "NUM" in candidates[end] or _is_amount(words[end])):  # fmt: skip
                return True
    return False


def _closed_in_context(lower, tag, tags, words, i, nxt, candidates, last_verb) -> str:
    """Settle the closed-class words whose class depends on context."""
    prev = tags[-1] if tags else ""
    if lower in ("which", "who", "whom", "whose") and prev in (
        "NOUN",
        "PROPN",
        "PRON",
        "PUNCT",
        "NUM",
    ):
        return "REL"
    if lower == "will" and i and words[i - 1][0].lower() in ("the", "political", "no"):
        return "NOUN"  # "has neither the will nor the means": a noun after its determiner
    if lower in ("so", "thus") and i + 1 < len(words) and words[i + 1][0].lower() == "far":
        return "ADV"  # "has so far delivered": an adverb inside the verb group
    if lower == "far" and i and words[i - 1][0].lower() in ("so", "thus"):
        return "ADV"
    if lower in ("last", "next", "this", "that", "every") and nxt and i + 1 < len(words) and (
        words[i + 1][0].lower() in TIME_NOUNS):  # fmt: skip
        return "DET"
    if lower in ("both", "all", "each") and prev in ("AUX", "MODAL") and "VERB" in nxt:
        return "ADV"  # "have both denied"
    if lower == "since" and prev == "AUX" and "VERB" in nxt:
        return "ADV"  # "have since delivered": an adverb inside the verb group, no preposition
    if _in_quantity_phrase(words, candidates, i):
        return "ADV"  # "at least nine", "up to 30": part of the number, not a preposition
    if lower == "to":
        after = words[i + 1][0].lower() if i + 1 < len(words) else ""
        if after in _TO_NOUN_ADVERBIALS:
            return "ADP"  # "to date"
        if "VERB" in nxt and _verb_lemma(after) == after and nxt[0] not in ("PROPN",):
            return "PART"
        if after in ("be", "have"):  # "to have received", "to be sent"
            return "PART"
        return "ADP"
    if lower == "that":
        if (
            _after_apposition(tags, words, candidates, i)
            and nxt
            and nxt[0] in ("AUX", "MODAL", "VERB")
        ):
            return "REL"  # "the TB2, a drone model, that is believed to ...": on the noun
        if nxt and nxt[0] in ("NOUN", "ADJ") and prev in ("", "ADP", "CCONJ", "PUNCT"):
            return "DET"
        if prev in ("VERB",) or (
            last_verb in COMPLEMENT_VERBS
            and prev not in ("NOUN", "PRON")
            or last_verb in COMPLEMENT_VERBS
            and _time_word(words[i - 1][0])
        ):
            return "SCONJ"
        if prev == "NOUN" and _noun_lemma(words[i - 1][0].lower()) in COMPLEMENT_NOUNS:
            return "SCONJ"
        if last_verb in TELLING_VERBS and nxt and nxt[0] in ("PRON", "DET", "PROPN", "POSS"):
            return "SCONJ"  # "notified Congress that it had agreed": what is told, no relative
        return "REL" if prev in ("NOUN", "PROPN", "PRON", "NUM") else "SCONJ"
    if tag in ("ADP", "ADV", "NOUN", "ADJ") and prev == "VERB" and (
        last_verb, lower) in PHRASAL_VERBS:  # fmt: skip
        return "PART"  # "hand over six launchers": the verb's particle, not "more than"

    def counted(j: int) -> bool:  # a number or an amount ("40", "$650 million")
        return j < len(words) and ("NUM" in candidates[j] or _is_amount(words[j]))

    if lower in QUANTITY_WORDS and tag in ("ADP", "DET") and nxt and counted(i + 1):
        return "ADV"
    if lower in ("more", "than") and i + 2 < len(candidates) and candidates[i + 1][0] in (
        "ADP", "NUM") and (counted(i + 2) or nxt[0] == "NUM"):  # fmt: skip
        return "ADV"
    if lower == "more" and i + 1 < len(words) and words[i + 1][0].lower() == "than" and (
        _scaled(words, i + 2)):  # fmt: skip
        return "ADV"  # "more than a million shells": a bound on the count, as before "40"
    if lower == "than" and i > 0 and words[i - 1][0].lower() == "more" and _scaled(words, i + 1):
        return "ADV"
    if lower == "one" and nxt and nxt[0] not in ("NOUN", "ADJ", "PROPN"):
        return "PRON"
    if lower in ("as",) and i >= 2 and words[i - 1][0].lower() == "well" and words[i - 2][
        0].lower() == "as":  # fmt: skip
        return "CCONJ"
    window = words[i - (lower == "well") :][:3]
    if lower in ("as", "well") and " ".join(w[0].lower() for w in window) == "as well as":
        return "CCONJ"
    return tag


#: Word classes an appositive noun phrase between two commas is made of.
_APPOSITIVE_TAGS = frozenset(("DET", "NUM", "ADJ", "NOUN", "PROPN", "POSS"))


def _after_apposition(tags, words, candidates, i) -> bool:
    """True when word ``i`` follows ", NP," closing an appositive on a noun before it.

    "the TB2, a drone model, that ...": the commas enclose a noun phrase that
    renames the noun before the first comma, so what follows the second comma
    continues that noun (a relative clause), not the verb above it.

    >>> words = [(w, 0, 0, "") for w in "the TB2 , a drone model , that".split()]
    >>> cands = [("DET",), ("PROPN",), ("PUNCT",), ("DET",), ("NOUN",), ("NOUN", "VERB")]
    >>> tags = ["DET", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    >>> _after_apposition(tags, words, cands, 7)
    True
    >>> _after_apposition(["PRON", "VERB", *tags[2:]], words, cands, 7)
    False
    """

    def nominal(j: int) -> bool:  # "model" may still be read as a verb at this point
        return tags[j] in ("NOUN", "PROPN") or "NOUN" in candidates[j]

    if i < 4 or words[i - 1][0] != "," or not nominal(i - 2):
        return False
    opening = next((j for j in range(i - 2, -1, -1) if words[j][0] == ","), -1)
    inside = tags[opening + 1 : i - 1]
    return (
        opening > 0
        and tags[opening - 1] in ("NOUN", "PROPN")
        and inside[:1] in (["DET"], ["NUM"])
        and all(t in _APPOSITIVE_TAGS or nominal(j) for j, t in enumerate(inside, opening + 1))
    )


def _before_dash_aside(words, tags, i) -> str:
    """The class of the word before an aside between dashes that ends right before word
    ``i``, else "": after "Three firms — A, B and C —" the next word follows "firms".

    >>> words = [(w, 0, 0, "") for w in "Three firms — A and B — bid".split()]
    >>> _before_dash_aside(words, ["NUM", "NOUN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PUNCT"], 7)
    'NOUN'
    """
    opening = next((j for j in range(i - 3, 0, -1) if words[j][0] in _DASHES), -1)
    inside = tags[opening + 1 : i - 1]
    if opening < 1 or any(t in ("VERB", "AUX", "MODAL") for t in inside):
        return ""
    return tags[opening - 1] if tags[opening - 1] in ("NOUN", "PROPN") else ""


#: Words of a round number written with an article ("a million", "half a dozen").
SCALE_WORDS = words_of("hundred thousand million billion dozen")


def _scaled(words, j) -> bool:
    """True for a round number written with "a" or "half" at word ``j``: "a million",
    "half a million", "a dozen".

    >>> _scaled([(w, 0, 0, "") for w in "than half a million shells".split()], 1)
    True
    >>> _scaled([(w, 0, 0, "") for w in "than a tank".split()], 1)
    False
    """
    lowered = [w[0].lower() for w in words[j : j + 3]]
    if lowered[:1] == ["half"]:
        lowered = lowered[1:]
    return len(lowered) >= 2 and lowered[0] in ("a", "an") and lowered[1] in SCALE_WORDS


def _time_word(word: str) -> bool:
    return word.lower() in _TIME_WORDS


_TIME_WORDS = words_of(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday week month year "
    "weekend morning evening night statement interview conference"
)


@lru_cache(maxsize=20000)
def _noun_lemma(lower: str) -> str:
    known = lemminflect.getAllLemmas(lower).get("NOUN")
    return known[0] if known else lower


@lru_cache(maxsize=20000)
def _verb_lemma(lower: str) -> str:
    known = lemminflect.getAllLemmas(lower)
    if "VERB" in known:
        return known["VERB"][0]
    return _AUX_LEMMA.get(lower, lower)


def _make_token(index: int, word: tuple, tag: str) -> Token:
    text, start, end, kind, unit = word
    lower = text.lower().replace("’", "'")
    lemma, form = _lemma_form(lower, tag)
    if tag in ("PROPN",) or kind.startswith("unit:"):
        lemma = text
    unit_kind = kind[5:] if kind.startswith("unit:") else ""
    return Token(index, text, start, end, tag, lemma, form, unit_kind, unit)


@lru_cache(maxsize=20000)
def _lemma_form(lower: str, tag: str) -> tuple[str, str]:
    """Return (lemma, form) of a word in its class.

    >>> _lemma_form("sent", "VERB"), _lemma_form("given", "VERB"), _lemma_form("gave", "VERB")
    (('send', 'ed'), ('give', 'participle'), ('give', 'past'))
    """
    if tag == "AUX":
        return _AUX_LEMMA.get(lower, lower), _AUX_FORM.get(lower, "base")
    if tag == "MODAL":
        return _MODAL_LEMMA.get(lower, lower), ""
    if tag == "VERB":
        lemma = _verb_lemma(lower)
        if lower == lemma:
            return lemma, "base"
        forms = lemminflect.getAllInflections(lemma, upos="VERB")
        if lower.endswith("ing"):
            return lemma, "ing"
        if lower in forms.get("VBZ", ()):
            return lemma, "s"
        past, part = lower in forms.get("VBD", ()), lower in forms.get("VBN", ())
        if part and not past:
            return lemma, "participle"
        if past and forms.get("VBN") and not part:
            return lemma, "past"
        return lemma, "ed"
    if tag == "NOUN":
        known = lemminflect.getAllLemmas(lower).get("NOUN")
        lemma = known[0] if known else lower
        return lemma, "s" if lemma != lower else ""
    return lower, ""
