"""A lexicon company called by its first word alone.

An article that names a company in full ("Kavo Defence Vehicles") often calls it, or its
group, by the first word of that name alone ("Kavo said", "Kavo's chief"). That word is a
second name when it is a proper noun here: capitalised, never written in lower case in the
article, no stopword, no title, and no name the lexicon gives to anything else (a country,
a person, a place).

The word alone names the group the company is a division of, a company of its own
("Kavo"), where the rest of the name is a division's ("Defence Vehicles", "Aerospace",
"Shipbuilding"). Other first words are left alone: many are places ("Shanghai Stock
Exchange") or the lexicon's own short forms already ("Lockheed").

A longer name the discovery finds for a lexicon body is that body where both are its
distinctive word and words of a kind of body only ("the Kavo Private Military Company"
for the lexicon's "Kavo Group", ``merge_longer_lexicon_names``).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from analysis.entities.discovery import proper_word_here
from analysis.entities.lexicon import Lexicons, normalise_key
from analysis.entities.matcher import compile_matcher
from analysis.entities.mention_rows import MentionRow, row_at
from analysis.text import Article, Sentence, load_stopwords

#: The evidence of a company found so.
BRAND_EVIDENCE = "lexicon company's first word"
#: Words that name a division of a group, not the group itself.
DIVISION_WORDS = frozenset(
    ("Defence", "Defense", "Vehicles", "Aerospace", "Land", "Naval", "Marine", "Helicopters")
    + ("Ocean", "Shipbuilding", "Shipyards", "Electronics", "Aviation", "Missiles", "Munitions")
)

#: A capitalised word right before: the word may be inside a longer name.
_BEFORE = regex.compile(r"(\p{Lu}[\w'’.-]*) $")


def add_company_first_words(
    article: Article, sentences: Sequence[Sentence], rows: list[MentionRow], lexicons: Lexicons
) -> list[MentionRow]:
    """Return ``rows`` with each bare first word of a lexicon company the article names in
    full counted (see the module docstring); ``rows`` itself when there is none."""
    text = article.text
    companies = {
        r.name: r
        for r in rows
        if r.kind == "actor" and r.type == "company" and r.in_lexicon and " " in r.name
    }
    if not companies:
        return rows
    known = compile_matcher(lexicons).by_key
    stopwords = load_stopwords()
    titles = {t.casefold() for t in lexicons.titles}
    spans = [(r.start, r.end) for r in rows]
    sections = article.counted_sections()
    found: list[MentionRow] = []
    for name, row in companies.items():
        word, _, rest = name.partition(" ")
        if not proper_word_here(word, text, stopwords, titles, known) or not all(
            w in DIVISION_WORDS for w in rest.split()
        ):
            continue
        alone = regex.compile(rf"(?<![\w-]){regex.escape(word)}(?![\w-]| \p{{Lu}})")
        for m in alone.finditer(text):
            start, end = m.span()
            before = _BEFORE.search(text[max(0, start - 30) : start])
            if (
                (before and before.group(1).casefold() not in stopwords)  # "Fiat Kavo": longer
                or any(a < end and start < b for a, b in spans)
                or not any(s.start <= start < s.end for s in sections)
            ):
                continue
            spans.append((start, end))
            found.append(
                row_at(sentences, "body", kind="actor", name=word,
                       type="company", weapon_class="", country=row.country, form=m.group(),
                       start=start, end=end, in_lexicon=False, evidence=BRAND_EVIDENCE)
            )  # fmt: skip
    if not found:
        return rows
    return sorted(rows + found, key=lambda r: r.start)


#: Words that say what kind of body a name is, after its distinctive word ("Kavo Group").
BODY_TYPE_WORDS = frozenset(
    ("Group", "Company", "PMC", "Private", "Military", "Corporation", "Mercenary")
    + ("Organisation", "Organization")
)


def merge_longer_lexicon_names(rows: list[MentionRow], lexicons: Lexicons) -> list[MentionRow]:
    """Return ``rows`` with each body found outside the lexicon counted for the lexicon's
    body of the same distinctive word, where both names are that word and words of the kind
    of body only ("the Kavo Private Military Company (PMC)" is the lexicon's "Kavo Group",
    written "Kavo PMC" among its aliases): one body, not a new one.

    >>> from analysis.entities.lexicon import load_lexicons
    >>> row = MentionRow("actor", "Wagner Private Military Company", "organisation", "", "",
    ...                  "PMC", "body", 1, 40, 43, False, "bracket")
    >>> merge_longer_lexicon_names([row], load_lexicons())[0].name
    'Wagner Group'
    """
    known = None
    out = list(rows)
    for i, row in enumerate(rows):
        word, _, rest = row.name.partition(" ")
        if (
            row.kind != "actor"
            or row.in_lexicon
            or row.type == "person"
            or not rest
            or not all(w in BODY_TYPE_WORDS for w in rest.split())
        ):
            continue
        known = known if known is not None else compile_matcher(lexicons).by_key
        entry = _typed_entry(word, known, lexicons)
        if entry is not None:
            out[i] = row._replace(name=entry.name, type=entry.type, country=entry.country,
                                  in_lexicon=True, evidence="lexicon")  # fmt: skip
    return out


def _typed_entry(word: str, known: dict, lexicons: Lexicons):
    """The lexicon body one of whose names is ``word`` and words of a kind of body."""
    targets = {known.get(normalise_key(f"{word} {t}")) for t in BODY_TYPE_WORDS}
    names = {t[0] for t in targets if isinstance(t, tuple) and t[1] == "actor"}
    if len(names) != 1:
        return None
    entry = lexicons.entry(names.pop(), "actor")
    return entry if entry is not None and entry.type not in ("person", "country") else None


def read_first_word_aliases(rows: list[MentionRow]) -> list[MentionRow]:
    """Return ``rows`` with a company's one-word lexicon alias counted for the other company
    of that first word the article names in full, where it never names the alias's own
    company in full ("Kavo Defence ... Kavo said", the lexicon giving "Kavo" to "Kavo
    Aerospace"); ``rows`` itself when there is none.

    >>> named = MentionRow("actor", "Hanwha Defense", "company", "", "KOR", "Hanwha Defense",
    ...                    "body", 1, 0, 14)
    >>> bare = MentionRow("actor", "Hanwha Aerospace", "company", "", "KOR", "Hanwha", "body",
    ...                   2, 30, 36)
    >>> [r.name for r in read_first_word_aliases([named, bare])]
    ['Hanwha Defense', 'Hanwha Defense']
    """
    companies = [r for r in rows if r.kind == "actor" and r.type == "company" and r.in_lexicon]
    in_full = {r.name for r in companies if r.form != r.name.split(" ")[0]}
    out = list(rows)
    for i, row in enumerate(rows):
        if row not in companies or " " in row.form or row.name in in_full:
            continue
        if not row.name.startswith(row.form + " "):
            continue
        others = {n for n in in_full if n.startswith(row.form + " ")}
        if len(others) == 1:
            other = next(r for r in companies if r.name in others)
            out[i] = row._replace(name=other.name, country=other.country)
    return out
