"""Discovery counts: every mention of a name found by discovery, as rows of the mentions table.

A found name counts like a lexicon entry: each occurrence in the counted
sections (the headline too), a person's surname alone once the full name was
found, and an organisation's acronym ("Some Agency (SA)", later "SA"). The
longest name wins: an occurrence that holds a lexicon mention ("Acme India
Limited" holding "India") replaces it, and one a lexicon mention holds is
left to the lexicon. Rows carry ``in_lexicon`` False and the rule that found
the name as ``evidence``.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

import regex

from analysis.entities.discovery import (
    LEXICON_ACRONYM,
    LEXICON_CAPITALS,
    LEXICON_LEGAL_FORM,
    LEXICON_SURNAME,
    FoundName,
)
from analysis.entities.discovery_rules import CLUB_SHORT_WORDS
from analysis.entities.mention_rows import MentionRow, row_at
from analysis.text import Article, Sentence, load_stopwords

_PARTICLES = frozenset(("al", "bin", "ibn", "de", "da", "del", "van", "von", "der", "le", "la"))


def count_found_names(
    article: Article,
    sentences: Sequence[Sentence],
    rows: list[MentionRow],
    names: Sequence[FoundName],
) -> list[MentionRow]:
    """Return ``rows`` with every occurrence of ``names`` added, in text order."""
    if not names:
        return rows
    counted = [(s.start, s.end, s.kind) for s in article.counted_sections()]
    lexicon = [(r.start, r.end, r.type, i) for i, r in enumerate(rows)]
    taken: list[tuple[int, int]] = []
    dropped: set[int] = set()
    new = []
    for found, form_pattern in _patterns(names):
        # an acronym the article defines ("Some Party (SP)") is this name here, whatever
        # else the lexicon calls it
        defined = bool(found.acronym) and form_pattern.pattern.find(regex.escape(found.acronym)) > 0
        for start, end, kind in counted:
            for m in form_pattern.finditer(article.text, start, end):
                a, b = m.span()
                if a < start or b > end:
                    continue
                if any(a < y and x < b for x, y in taken):
                    continue
                inside = _lexicon_inside(
                    lexicon, a, b, defined and m.group() == found.acronym, article.text
                )
                if inside is None:
                    continue
                dropped.update(inside)
                taken.append((a, b))
                new.append(row_at(sentences, kind, kind="actor", name=found.name,
                                  type=found.type, weapon_class="", country=found.country,
                                  form=m.group(), start=a, end=b,
                                  in_lexicon=found.evidence in (LEXICON_SURNAME, LEXICON_ACRONYM,
                                                                LEXICON_CAPITALS,
                                                                LEXICON_LEGAL_FORM),
                                  evidence=found.evidence))  # fmt: skip
    kept = [r for i, r in enumerate(rows) if i not in dropped]
    return sorted(kept + new, key=lambda r: r.start)


def _patterns(names: Sequence[FoundName]) -> list[tuple[FoundName, regex.Pattern]]:
    """One pattern per name and form, longest form first: the full name, its
    acronym, then a person's surname (when no other name shares it)."""
    forms: list[tuple[str, FoundName]] = []
    for found in names:
        forms.append((found.name, found))
        forms += [(form, found) for form in found.forms]
        if found.acronym:
            forms.append((found.acronym, found))
    words_elsewhere = [set(f.name.split()) for f in names]
    for i, found in enumerate(names):
        if found.type != "person":
            continue
        for surname in (surname_of(found.name), first_surname(found.name), last_name(found.name)):
            if not surname or any(
                surname in words for j, words in enumerate(words_elsewhere) if j != i
            ):
                continue
            forms.append((surname, found))
            if surname[:1].islower():  # "de Silva" opening a sentence: "De Silva said"
                forms.append((surname[:1].upper() + surname[1:], found))
        # the name's last words from a capitalised one on, written together: one mention
        # ("General Ana Martins Peri" is not "Martins" and "Peri"; "President Lula da Silva")
        forms += [(tail, found) for tail in name_tails(found.name)]
    out: list[tuple[int, FoundName, object]] = [
        (len(form), found, _WholeWord(form)) for form, found in forms
    ]
    for i, found in enumerate(names):
        if found.type != "person":
            continue
        # the given name of the name and of each spelling the article writes in full
        # ("Shahbaz Sharif" for the lexicon's "Shehbaz Sharif")
        spellings = [found.name, *(f for f in found.forms if " " in f)]
        for given in dict.fromkeys(given_name(spelling) for spelling in spellings):
            if given and not any(
                given in words for j, words in enumerate(words_elsewhere) if j != i
            ):
                out += _given_patterns(given, found)
    for i, found in enumerate(names):
        last = found.name.split()[-1]
        if found.type != "organisation" or last not in CLUB_SHORT_WORDS or " " not in found.name:
            continue
        if any(last in words for j, words in enumerate(words_elsewhere) if j != i):
            continue
        # a club's last word alone, not inside another name ("City Ground", "Mexico City")
        alone = rf"(?<![\w\-]|\p{{Lu}}[\w'’.\-]*[\w'’\-] ){last}(?![\w\-]| \p{{Lu}})"
        out.append((len(last), found, alone))
    out.sort(key=lambda item: -item[0])
    return [
        (found, pattern if isinstance(pattern, _WholeWord) else regex.compile(pattern))
        for _, found, pattern in out
    ]


def _given_patterns(given: str, found: FoundName) -> list[tuple[int, FoundName, str]]:
    """Patterns of a person's given name alone, longest first in the caller's sort."""
    # the first word alone, as a person is called after the full name: a given name
    # ("Rajnath Singh ... Rajnath said") or a family name written first ("Wang Yi ...
    # Wang said"); not next to another capitalised word ("Rajnath Kumar")
    alone = rf"(?<![\w\-]|\p{{Lu}}[\w'’.\-]*[\w'’\-] ){given}(?![\w\-]| \p{{Lu}})"
    # "Mr Ana" after "Ana Roe": a courtesy title with the given name, as some desks write
    titled = rf"(?<![\w\-])(?:Mr|Mrs|Ms|Madam|Dr)\.? {given}(?![\w\-]| \p{{Lu}})"
    return [(len(given), found, alone), (len(given) + 4, found, titled)]


class _Span(NamedTuple):
    start: int
    end: int
    text: str

    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def group(self) -> str:
        return self.text


class _WholeWord:
    """A form found as a whole word: not next to a word character or a hyphen; what
    ``(?<![\\w-])FORM(?![\\w-])`` finds, by plain string search (no pattern to compile
    for each name of each article).

    >>> [m.span() for m in _WholeWord("Roe").finditer("Roe, Roes, A-Roe and Roe.")]
    [(0, 3), (21, 24)]
    >>> [m.span() for m in _WholeWord("Roe").finditer("a Roe-led bid, Roe-Smith")]
    [(2, 5)]
    """

    def __init__(self, form: str):
        self.form = form
        # the pattern it stands for (``count_found_names`` looks for an acronym in it)
        self.pattern = rf"(?<![\w\-]){regex.escape(form)}(?![\w\-])"

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        end = len(text) if end is None else end
        size, at = len(self.form), text.find(self.form, start, end)
        while at != -1:
            after = at + size
            if not _word_char(text, at - 1) and (
                not _word_char(text, after)
                or _ATTRIBUTIVE.match(text, after)
                or self._seat_after(text, at, after)
            ):  # ("the Acme-backed bid": the name counts, as "Iran-backed" counts for Iran)
                yield _Span(at, after, self.form)
            at = text.find(self.form, at + 1, end)

    def _seat_after(self, text: str, at: int, after: str) -> bool:
        """True for a party's acronym before its member's seat in a bracket after the
        member's name: "(SP-Lagos West)"."""
        return (
            self.form.isupper()
            and text[at - 1 : at] == "("
            and text[after : after + 1] == "-"
            and text[after + 1 : after + 2].isupper()
        )


#: A participle joined to a name by a hyphen: "Acme-backed", "Acme-led", "Acme-branded".
_ATTRIBUTIVE = regex.compile(
    r"-(?:backed|led|branded|linked|aligned|allied|affiliated|run|owned|controlled|sponsored"
    r"|funded|made|built)\b"
)


def _word_char(text: str, i: int) -> bool:
    """True when ``text[i]`` is a word character or a hyphen (False outside the text)."""
    if not 0 <= i < len(text):
        return False
    c = text[i]
    return c.isalnum() or c in "_-" or unicodedata.category(c).startswith("M")


def surname_of(name: str) -> str:
    """The surname of a person's name: the last word, with its particles.

    >>> surname_of("Anna van der Berg")
    'van der Berg'
    >>> surname_of("Jane Roe")
    'Roe'
    """
    words = name.split()
    i = len(words) - 1
    while i > 1 and words[i - 1].casefold() in _PARTICLES:
        i -= 1
    return " ".join(words[i:])


def name_tails(name: str) -> list[str]:
    """The last two words or more of a person's name of three words or more, each opening
    with a capitalised word: the forms a later mention may take in full.

    >>> name_tails("Ana Martins Peri"), name_tails("Luiz Carlos Lula da Silva")
    (['Martins Peri'], ['Carlos Lula da Silva', 'Lula da Silva'])
    >>> name_tails("Jane Roe")
    []
    """
    words = name.split()
    return [
        " ".join(words[i:])
        for i in range(1, len(words) - 1)
        if words[i][:1].isupper() and len(words) - i >= 2
    ]


def last_name(name: str) -> str:
    """The last word of a name whose surname opens with a capitalised particle, where the
    particle may be a middle name instead (Vietnamese "Nguyen Van Thanh ... Thanh said",
    beside Dutch "Ana Van Dijk ... Van Dijk"); else "".

    >>> last_name("Nguyen Van Thanh"), last_name("Anna van der Berg"), last_name("Jane Roe")
    ('Thanh', '', '')
    """
    surname = surname_of(name)
    return surname.split()[-1] if " " in surname and surname[:1].isupper() else ""


def first_surname(name: str) -> str:
    """The first of two surnames, in a name of a given name and two surnames (Spanish and
    Portuguese usage: "Omar García Harfuch" is "García"); else "".

    >>> first_surname("Ana García Lopez"), first_surname("Jane Roe"), first_surname("Anna van Berg")
    ('García', '', '')
    """
    words = name.split()
    if len(words) != 3 or any(w.casefold() in _PARTICLES for w in words):
        return ""
    middle = words[1]
    return middle if len(middle) > 2 and middle[:1].isupper() and "." not in middle else ""


def given_name(name: str) -> str:
    """The first word of a person's name of two or three words, when it can stand alone
    for the person: a capitalised word of three letters or more, no initial, no particle
    in the name, no common word; else "".

    >>> given_name("Rajnath Singh"), given_name("Wang Yi"), given_name("C.W. Young")
    ('Rajnath', 'Wang', '')
    >>> given_name("Anna van der Berg"), given_name("Jane Roe Smith Jones")
    ('', '')
    """
    words = name.split()
    if not 2 <= len(words) <= 3 or any(w.casefold() in _PARTICLES for w in words):
        return ""
    first = words[0]
    if len(first) < 3 or not first[:1].isupper() or not first[1:].islower():
        return ""  # an initial ("C.W."), a name in capitals
    return "" if first.casefold() in load_stopwords() else first


#: What runs on after a name when a lexicon form crosses its end: lower-case words only.
_LOWER_TAIL = regex.compile(r"(?:\s+\p{Ll}[\p{Ll}-]*)+")


def _lexicon_inside(
    lexicon: list[tuple[int, int, str, int]],
    start: int,
    end: int,
    same_wins: bool = False,
    text: str = "",
) -> set[int] | None:
    """Rows of lexicon mentions an occurrence at ``[start, end)`` replaces, or
    None when a lexicon mention wins (it holds the occurrence or crosses it).
    With ``same_wins`` (an acronym the article defines) a lexicon mention of exactly the same
    span is replaced too, and so is a state's mention opening with it ("the SF government").
    A lexicon form that opens inside the name and runs on into lower-case words only
    ("the Kavan Congress party" read as another country's "Congress party") is replaced too:
    the capitalised name is the proper name, the lower-case word a description of it."""
    index = bisect_right(lexicon, (start, float("inf"))) - 1
    while index > 0 and lexicon[index][1] > start:
        index -= 1
    out = set()
    for a, b, kind, row in lexicon[max(index, 0) :]:
        if a >= end:
            break
        if b <= start:
            continue
        if start <= a and b <= end and ((a, b) != (start, end) or same_wins):
            out.add(row)  # the longer found name holds it
        elif same_wins and a == start and kind in ("country", "government"):
            out.add(row)  # "Some Front (SF) ... the SF government": the article's SF, not a state
        elif kind == "person" and a < start < b < end:
            out.add(row)  # "spokesman Lee" read as another Lee, where "Lee Min" goes on
        elif start < a < end < b and _LOWER_TAIL.fullmatch(text, end, b):
            out.add(row)  # "the Kavan Congress party": the found name, then a description
        else:
            return None
    return out
