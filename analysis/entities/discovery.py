"""Discovery: people and organisations no lexicon knows, found from the shape of the text.

A second pass after the lexicon scan (``mentions.find_mentions``). A run of
capitalised words becomes a name only when the text around it says what it
is (rules in ``analysis.discovery_rules``):

- a title or role right before it ("spokesman A B", "Defence Minister A B", "Minister for
  Foreign Affairs A B"); the name ends at its possessive ("PM A B's Some party") and before
  "of" and a country, which becomes the person's ("President A B of Angola");
- an appositive after it ("A B, the country's defence minister"; "A B, who");
- an appositive with a bare role ("A B, governor of the state");
- a verb of speech after a name of two or more words ("A B said"; an
  organisation when a word of it never names a person: "Some Peace Watch said");
- a role and a person after it ("Acme analyst Jane Roe", "X manager Jane Roe");
- its own bracketed acronym with a leader or member word ("Some Party (SP) chief");
- the last word of an organisation ("... Industries", "... Institute") or an
  opening head ("Ministry of ...", "Department of ...");
- a noun before it ("the shipping company X", "the club X"), "X's manager",
  "X team", "the X player", "the X faction" (an armed group), a verb whose object
  is an organisation ("joined X") or a match ("a 2-1 win over X", "games against X");
- a byline or credit ("By A B and C D", "(A B/Agency)", "A B contributed");
- a list after a plural noun of its kind ("his allies A B and C D", "rivals like X, Y and Z");
- a party's word after it ("the X party", "X leader A B", "a X spokesman");
- a country word opening a party's name the lexicon reads as a demonym and another
  party ("the Moldovan Democratic Party": one party, ``discovery_parties``);
- "of" and a country closing a name right before its own acronym, its letters in any
  order ("the Popular Front for the Renewal of Chad (FPRC)", ``discovery_acronyms``);
- its own bracketed acronym when a word of it speaks for a people or a cause ("the National
  People's Power (NPP)") or a body's noun stands in apposition before it ("its party, the X
  (ABC)"); "identified the man as A B" (a person); one word before "militia" (an armed
  group). A party's organ named after it ("KPC Standing Committee") is the party
  (``discovery_organs``); a found body's kind follows its own words (``discovery_kinds``).

Headlines and subheadings (Title Case) give no evidence; months, weekdays,
places ("... Island"), names a lexicon knows and lone sentence-initial words
never become names. Each name found is then counted like a lexicon entry:
every occurrence in the article (the headline too), a person's surname alone
anywhere once the full name was found (a lexicon person's too; the first of two
Spanish surnames as well; "Rocha Moya" after "Ruben Rocha Moya" is the same
person), a company's name without its legal form ("Acme Widgets" for "Acme
Widgets Inc.", "Acme" where the text never writes "acme"), a club's last word
("City" once "Leicester City" was named) and an organisation's bracketed acronym
("Some Agency (SA)") with its later bare uses. A name spelled elsewhere with or without
accents, or with a word in capitals ("HARMONY Gold ... Harmony Gold"), is the same name; a
two-word company is counted by its first word where that word is a proper noun here ("Kelso
Copper ... Kelso said"); "A B's team" or "A B's company" is a person's once "B" stands alone.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

import regex

from analysis.entities.chambers import is_chamber
from analysis.entities.discovery_acronyms import (
    ACRONYM_EVIDENCE,
    PARTY_OF_EVIDENCE,
    country_acronym_name,
    same_letters,
)
from analysis.entities.discovery_business import country_company_name, read_business_cue
from analysis.entities.discovery_credits import DESK_EVIDENCE, read_credits, web_outlets
from analysis.entities.discovery_given_names import (
    merge_given_name_forms,
    merge_second_surnames,
    merge_spelling_variants,
)
from analysis.entities.discovery_kinds import kind_from_name, kind_in_context
from analysis.entities.discovery_offices import office_body
from analysis.entities.discovery_organs import drop_organs
from analysis.entities.discovery_parties import (
    PARTY_EVIDENCE,
    country_party_name,
    described_party_name,
)
from analysis.entities.discovery_rules import (
    AGE_AFTER,
    APPOSITIVE_AFTER,
    CASED_TITLES,
    CLUB_PLACE_WORDS,
    CLUB_SHORT_WORDS,
    COMMODITY_WORDS,
    COMPANY_HEADS,
    COMPETITION_WORDS,
    COPULA_AFTER,
    DESCRIBING_PEOPLE,
    DESCRIBING_WORD,
    GROUP_AFTER,
    HEAD_LINKS,
    IDENTIFIED_BEFORE,
    LEADER_BEFORE,
    LEGAL_FORMS,
    LIST_BEFORE,
    LIST_NOUNS,
    MARKET_WORDS,
    MATCH_AFTER,
    MATCH_BEFORE,
    NOT_NAME_WORDS,
    OFFICE_LAST_WORDS,
    OFFICE_TAILS,
    ORG_HEADS,
    ORG_NAME_WORDS,
    ORG_NOUNS,
    ORG_OBJECT_CUES,
    ORG_ROLES,
    ORG_SUFFIXES,
    OTHER_AFTER,
    PARTY_AFTER,
    PARTY_CONTEXT_AFTER,
    PARTY_HEADS,
    PARTY_MEMBERS_BEFORE,
    PEOPLE_NAME_WORDS,
    PERSON_NOUNS,
    PLACE_WORDS,
    POWER_WORDS,
    PRONOUN_AFTER,
    PRONOUN_ROLE_BEFORE,
    REBELS_AFTER,
    REGION_WORDS,
    ROLE_NAME_AFTER,
    ROLE_OF_BEFORE,
    ROLE_WORDS,
    ROYAL_TITLES,
    SPEECH_AFTER,
    SPEECH_BEFORE,
    STOCK_AFTER,
    STOCK_BEFORE,
    TEAM_AFTER,
    THING_LAST_WORDS,
    UNIT_WORDS,
)
from analysis.entities.discovery_shared_heads import EVIDENCE as SHARED_EVIDENCE
from analysis.entities.discovery_shared_heads import shared_head_names
from analysis.entities.lexicon import Lexicons, normalise_key
from analysis.entities.matcher import COURTESY_TITLES, compile_matcher
from analysis.entities.mention_rows import MentionRow
from analysis.text import Article, Sentence
from analysis.text import load_stopwords as _load_stopwords

#: Sections whose capitals mean a name (headlines and subheadings are Title Case).
EVIDENCE_SECTIONS = ("caption", "body", "credit")
#: A word of a name: capitalised, a capitalised word after an Arabic article glued by a hyphen
#: ("al-Masri", "el-Sayed", "ul-Haq"), or a capitalised stem after a Bantu noun-class prefix
#: ("uMkhonto weSizwe", "eThekwini").
_WORD = (
    r"(?:(?:al|el|ul|ad|as|ash|ar|an|at|az)-\p{Lu}[\p{L}\p{M}'’\-]*[\p{L}\p{M}]"
    r"|\p{Ll}{1,2}\p{Lu}\p{Ll}[\p{L}\p{M}'’\-]*"
    r"|\p{Lu}[\p{L}\p{M}'’.\-&]*[\p{L}\p{M}.]|\p{Lu}\.?|\p{Lu}\p{L}*\d+\w*)"
)
_JOIN = (
    r"(?:of|the|and|for|de|da|del|dela|della|di|do|dos|das|du|des|la|le|los|las|por|para|van|von|"
    r"der|den|ter|bin|ibn|"
    r"al|el|ul|&)"
)
#: A run of capitalised words, small connectors allowed inside ("Ministry of Space").
NAME_RUN = regex.compile(rf"(?<![\p{{L}}\d'’\-]){_WORD}(?:[ ](?:{_JOIN}[ ])*{_WORD})*")
_ACRONYM_AFTER = regex.compile(r"^\s*\((\p{Lu}[\p{Lu}&]{1,8})\)")
_ACRONYM_ROLE = regex.compile(
    r"^\s*\(\p{Lu}[\p{Lu}&]{1,8}\)['’]?s?\s+(?:chief|leader|leaders|leadership|head|chairman"
    r"|chairwoman|(?:deputy |vice[- ])?president|secretary-general|spokesman|spokeswoman"
    r"|spokesperson|members?|lawmakers?|legislators|MPs|candidates?|founder|officials?"
    r"|supporters|workers|activists|coalition|alliance|bloc|party|faction|government)\b"
)
#: The same members and leaders before "of" and the name: "supporters of the Some Long Name
#: (SLN)", "the leader of Some Long Name (SLN)".
_ACRONYM_ROLE_BEFORE = regex.compile(
    r"\b(?i:chief|leaders?|leadership|head|chairman|chairwoman|president|secretary-general"
    r"|spokesman|spokeswoman|spokesperson|members?|lawmakers?|legislators|MPs|candidates?"
    r"|founder|officials?|supporters|workers|activists)\s+(?:of|from)\s+(?:the\s+)?$"
)  # (any case: "Lawmakers of the Some Long Name (SLN)" opens a sentence)
_POSSESSIVE = regex.compile(r"['’]s?$")
_POSSESSIVE_AT = regex.compile(r"['’]s?(?![\w'’])")
#: Months and weekdays in full; their abbreviations only with a period ("Jan." but "Jan Novak").
_CALENDAR = frozenset((
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday",
))  # fmt: skip
_CALENDAR_SHORT = frozenset((
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon",
    "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
))  # fmt: skip
#: A person's name before "of (the)" in a run ("A B of the Some Council").
_PERSON_OF = regex.compile(r"^(\p{Lu}[\w'’.-]*(?: \p{Lu}[\w'’.-]*){1,3}) of (?:the )?")
#: A lower-case "party" right after a run: the run's last name is a party's.
_PARTY_WORD_AFTER = regex.compile(r"^\s+party\b")
#: What joins a person's name to their country after it ("A B of Angola", "of the Congo").
_OF_AFTER = regex.compile(r" of (?:the )?")
_SHORT_RUN = regex.compile(rf"{_WORD}(?: {_WORD}){{1,2}}")
_NON_SPACE = regex.compile(r"\S+")
#: A person written with a nickname in quotes: 'Ana “La Jefa” Ortiz', 'Joko "Jokowi" Widodo',
#: an initial allowed after it ('Ana “Lita” R. Ortiz'), two given names before it ('Ana Maria
#: "Lita" Ortiz': the first group, unless it is a title).
_NICKNAMED = regex.compile(
    r"(?<![\w'’.-])(?:(\p{Lu}[\p{Ll}\p{M}]+) )?(\p{Lu}[\p{Ll}\p{M}]+) [“\"]"
    r"((?:\p{Lu}[\p{L}\p{M}'’.-]*)(?: \p{Lu}?[\p{L}\p{M}'’.-]+){0,2})[”\"]"
    r"(?: \p{Lu}\.)? ((?:(?:de|da|del|dela|della|di|dos|das|van|von|der|den) )?"
    r"\p{Lu}[\p{L}\p{M}'’-]+"
    r"(?: \p{Lu}[\p{L}\p{M}'’-]+)?)"
)
#: A capitalised word ending in a lower-case compound part: a modifier, not a name's start
#: ("Calgary-based", "Al-Shabaab-linked").
_MODIFIER = regex.compile(r"^\p{Lu}[\w'’.-]*-\p{Ll}+$")
_HEAD_AND = regex.compile(
    r" and (?:the )?(?=(?:\p{Lu}[\p{L}'’]+ )?(?:" + "|".join(ORG_HEADS) + r") (?:of|for) )"
)
_NEXT_WORD = regex.compile(r"^\s+(\w+)")
#: Two-word roles only a company has: "Acme's chief executive", "Acme's finance chief".
_ORG_ROLE_PAIR = regex.compile(
    r"^\s+(?:chief (?:executive|financial|operating|technology)|(?:finance|financial) chief"
    r"|board of directors|annual report|share price|quarterly (?:profit|results|revenue))\b"
)
_WORDS = regex.compile(r"[\w'’-]+")
_SMALL_TAIL = regex.compile(r"(?:(?:^|\s+)(?:of|the|The|and|for))*\s*$")
_INITIAL_END = regex.compile(r"(?<!\S)\p{Lu}\.$")
#: How much of the text before a name its end-anchored cues read ("a 2-1 win over ").
_TAIL = 80
#: A unit's number right before or after its name: an ordinal or a short number.
_UNIT_NUMBER_BEFORE = regex.compile(r"(?<![\w.,-])(\d{1,3}(?:st|nd|rd|th)?|\d{1,3}) $")
#: Plural nouns after a unit word that make the words before it a kind of unit, no name.
_KIND_OF_UNIT = regex.compile(r"^ (?:units?|troops|soldiers|personnel|members|officers|men)\b")
_UNIT_NUMBER_AFTER = regex.compile(r"^ (\d{1,3})(?![\w.,-])")
#: A sentence cut after a retired rank's bracket: its title belongs to the next sentence's name.
_RETIRED_END = regex.compile(r"\((?:ret|retd|rtd|retired)\.?\)\s*$", regex.I)
#: What may stand between a title and a name: a dash, a colon, a retired rank's "(ret.)".
_TITLE_GAP = regex.compile(r"(?:\s*[–—:-]|\s*\((?:ret|retd|rtd|retired)\.?\))\s*$", regex.I)
load_stopwords = lru_cache(maxsize=1)(_load_stopwords)
#: The evidence of a lexicon person counted by surname alone: its rows stay lexicon rows.
LEXICON_SURNAME = "lexicon person's surname"
#: The evidence of a lexicon name's own bracketed acronym ("Some Army (SA)", later "SA").
LEXICON_ACRONYM = "lexicon name's bracketed acronym"
LEXICON_CAPITALS = "lexicon name in other capitals"
#: The evidence of a lexicon company written with its legal form ("Acme Widgets Ltd" for the
#: lexicon's "Acme Widgets"): its rows are the lexicon's company.
LEXICON_LEGAL_FORM = "lexicon company with its legal form"
DISCOVERY_COLUMNS = ["name", "type", "country", "evidence", "sentence", "start", "end", "acronym"]


class FoundName(NamedTuple):
    """A name the text shows to be a person or an organisation, where it was first shown."""

    name: str
    type: str
    country: str
    evidence: str  # which rule found it, e.g. "title before", "organisation suffix"
    sentence: int
    start: int
    end: int
    acronym: str = ""
    forms: tuple[str, ...] = ()  # shorter forms of the same name ("Rocha Moya")


def discover_names(
    article: Article, sentences: Sequence[Sentence], rows: Sequence[MentionRow], lexicons: Lexicons
) -> list[FoundName]:
    """Return the people and organisations the article shows, one per name.

    ``rows`` are the mentions so far (``mention_rows``): a name the lexicon
    knows is left out, and the country of a lexicon mention right before a
    name ("Dutch Defence Minister A B") becomes the name's country.
    """
    titles = lexicons.cache.get("discovery_titles")
    if titles is None:  # worked out once per lexicon
        titles = {t.casefold() for t in (*lexicons.titles, *COURTESY_TITLES)} | ROLE_WORDS
        # a shared office is the same title: "co-leader", "co-chairman", "co-founder"
        titles |= {f"co-{t}" for t in titles if t.isalpha()}
        # a rank or office of two or more words is also written with hyphens: "Major-General"
        titles |= {t.replace(" ", "-") for t in titles if t.replace(" ", "").isalpha()}
        lexicons.cache["discovery_titles"] = titles
    known = compile_matcher(lexicons).by_key
    stopwords = load_stopwords()
    spans = _lexicon_spans(rows)
    found: dict[str, FoundName] = {}

    def add(
        name: str, kind: str, evidence: str, sentence: Sentence, start: int, acronym="", forms=()
    ):
        name = clean_name(name)
        agency = known.get(normalise_key(name)) if evidence == "photo credit" else None
        if agency and agency[2] == "media" and agency[0].casefold() not in found:
            # "(AP Photo/A B)": a credit's agency the lexicon knows, where the scan left it
            # (a capitalised word after it): counted under the lexicon's name there
            found[agency[0].casefold()] = FoundName(
                agency[0], "media", agency[4], evidence, sentence.number, start,
                start + len(name), forms=(name,),
            )  # fmt: skip
            return
        entry = known.get(normalise_key(name)) if " " in name and kind != "person" else None
        if entry is None and " " in name and kind != "person":
            # "the Allied Kilo Force (AKF)" for the lexicon's "Allied Kilo Forces": one body,
            # its last word written in the singular or the plural
            other = name[:-1] if name.endswith("s") else name + "s"
            entry = known.get(normalise_key(other))
        if entry is not None and not hasattr(entry, "people") and entry[2] != "person":
            # "BAe Systems": a lexicon name the scan missed, written in other capitals
            if entry[0].casefold() not in found:
                found[entry[0].casefold()] = FoundName(
                    entry[0], entry[2], entry[4], LEXICON_CAPITALS, sentence.number, start,
                    start + len(name), forms=(name,),
                )  # fmt: skip
            return
        company = lexicon_company(name, known) if kind != "person" else None
        if company is not None:  # "Acme Widgets Ltd": the lexicon's "Acme Widgets"
            earlier = found.get(company[0].casefold())
            forms = (*earlier.forms, name) if earlier else (name,)
            first = earlier or FoundName(
                company[0], company[2], company[4], LEXICON_LEGAL_FORM, sentence.number, start,
                start + len(name),
            )  # fmt: skip
            found[company[0].casefold()] = first._replace(forms=tuple(dict.fromkeys(forms)))
            return
        subject = _SUBJECT_AFTER.match(article.text, start + len(name))
        if subject and kind != "person" and name.split()[-1] in _SUBJECT_HEADS:
            name += subject.group()  # "the Senate Committee on Public Works": its subject
        # ("The Skyline", a publication's title: its "The" is no reason to doubt the name)
        judged = name[4:] if evidence == MEDIA_EVIDENCE and name.startswith("The ") else name
        if evidence != MONONYM_EVIDENCE and not is_plausible(
            judged, kind, known, stopwords, titles
        ):
            return  # (one name after a head of state's title was read by ``_mononym``)
        if evidence == MONONYM_EVIDENCE and (
            any(name in f.name.split() for f in found.values() if f.type == "person")
            or _inside_longer_name(name, article.text, titles)
        ):
            return  # "A B C ... President C said": a word of a longer name
        if evidence == DESK_EVIDENCE and any(written_lower(w, article.text) for w in name.split()):
            return  # "Oil Prices, Inflation": a subheading's common words, no reporter
        opening = " " not in name and not article.text[sentence.start : start].strip()
        opening = opening and evidence != _ACRONYM_TITLE  # "SUP Secretary General A B said"
        if opening and (
            not used_inside_sentence(name, article.text) or written_lower(name, article.text)
        ):
            return  # "Overall, the group expects", "Defence analyst A B": a common word
        described = kind == "company" and evidence == "noun before"
        country = _country_before(spans, start, article.text, described)
        if evidence == PARTY_EVIDENCE:  # its own country word opens it
            country = _country_at(spans, start)
        elif evidence in (ACRONYM_EVIDENCE, PARTY_OF_EVIDENCE):  # its own country word closes it
            end = start + len(name)
            country = next((s[3] for s in spans if s[1] == end and s[2] == "country"), "")
        if not country and kind != "person":  # "the Polish Armament Agency": its own opening
            country = _country_at(spans, start)
        if not country and kind == "person":  # "President A B of Angola"
            of = _OF_AFTER.match(article.text, start + len(name))
            country = _country_at(spans, of.end()) if of else ""
        kind = kind_from_name(name, kind)  # "the Kilo State Police Command": a state's police
        kind = kind_in_context(name, kind, sentence.text)  # "the X Liberation Front's fighters"
        key = name.casefold()
        if key not in found:
            end = start + len(name)
            found[key] = FoundName(name, kind, country, evidence, sentence.number, start, end,
                                   acronym, forms)  # fmt: skip
        elif acronym and not found[key].acronym:
            found[key] = found[key]._replace(acronym=acronym)

    for sentence in sentences:
        if (
            sentence.section != "headline"
        ):  # a credit shows itself, even where it looks a subheading
            for name, kind, evidence, offset, acronym in read_credits(sentence):
                add(name, kind, evidence, sentence, offset, acronym)
            for name, kind, evidence, offset, acronym in web_outlets(sentence):
                add(name, kind, evidence, sentence, offset, acronym)  # "told Kilonews.com"
        if sentence.section not in EVIDENCE_SECTIONS or _bracketed(sentence.text):
            continue  # a bracketed line ("(With Agency Inputs)") is a note, not prose
        for name, kind, offset, forms in shared_head_names(sentence, spans, _SMALL_WORDS):
            add(name, kind, SHARED_EVIDENCE, sentence, offset, forms=forms)  # "Kilo and Lima Banks"
        for run in NAME_RUN.finditer(sentence.text):
            prefix = article.text[max(0, sentence.start - 20) : sentence.start]
            for name, kind, evidence, offset, acronym in read_run(
                sentence, run, titles, spans, prefix
            ):
                add(name, kind, evidence, sentence, offset, acronym)
            body = acronym_before_title(run.group(), sentence.start + run.start(), titles, spans)
            if body:  # "SUP Secretary General A B": the title's body, in capitals
                add(body[0], "organisation", _ACRONYM_TITLE, sentence, body[1])
    for sentence in sentences:
        if sentence.section not in EVIDENCE_SECTIONS:
            continue
        for m in _NICKNAMED.finditer(sentence.text):
            first, given, nickname, surname = m.group(1, 2, 3, 4)
            if given.casefold() in titles or given in NOT_NAME_WORDS:
                continue
            if first and (first.casefold() in titles or first in NOT_NAME_WORDS):
                first = None  # 'General Ana "Lita" Ortiz': the title is no given name
            opening = m.start(1) if first else m.start(2)
            start = sentence.start + opening
            name = f"{first} {given} {surname}" if first else f"{given} {surname}"
            written = sentence.text[opening : m.end()]
            entry = known.get(normalise_key(name))
            if entry and entry[2] == "person" and entry[0].casefold() not in found:
                # 'Ana “Lita” Roe' for a lexicon person: counted under the lexicon's name
                found[entry[0].casefold()] = FoundName(
                    entry[0], "person", entry[4], LEXICON_SURNAME, sentence.number, start,
                    start + len(written), forms=(written,),
                )  # fmt: skip
                continue
            if entry or name.casefold() in found:
                continue
            found[name.casefold()] = FoundName(
                name, "person", _country_before(spans, start, article.text), "quoted nickname",
                sentence.number, start, start + len(written), forms=(written, nickname),
            )  # fmt: skip
    for sentence, name, start in repeated_surnames(article, sentences, spans, found, titles):
        add(name, "person", "surname repeated", sentence, start)
    for row in rows:  # a lexicon club: counted by its last word too ("Leicester City ... City")
        club = row.name.split()[-1] in CLUB_SHORT_WORDS and " " in row.name
        if row.kind == "actor" and row.type == "organisation" and row.in_lexicon and club:
            club_name = FoundName(
                row.name, "organisation", row.country, LEXICON_SURNAME, 0, row.start, row.end
            )
            found.setdefault(row.name.casefold(), club_name)
    for row in rows:  # a lexicon person: counted by surname too ("Jane Roe ... Roe said")
        if row.kind == "actor" and row.type == "person" and row.in_lexicon and " " in row.name:
            person = found.setdefault(row.name.casefold(), FoundName(
                row.name, "person", row.country, LEXICON_SURNAME, 0, row.start,
                row.end))  # fmt: skip
            written, listed = row.form.split(), row.name.split()
            respelt = len(written) == len(listed) > 1 and written[0] != listed[0]
            respelt = respelt and written[0].casefold() not in titles  # not "President Roe"
            if respelt and row.form not in person.forms:
                # "Shahbaz Sharif" for the lexicon's "Shehbaz Sharif": the spelling the
                # article uses is the one its given name alone is written in
                found[row.name.casefold()] = person._replace(forms=(*person.forms, row.form))
    for row in rows:  # "Some Liberation Army (SLA) ... SLA said": the lexicon name's acronym
        acronym = _defined_acronym(row, article.text)
        if acronym and row.name.casefold() not in found:
            found[row.name.casefold()] = FoundName(
                row.name, row.type, row.country, LEXICON_ACRONYM, 0, row.start, row.end, acronym
            )
    found = merge_short_names(found)
    found = _merge_party_word(found)
    found = merge_middle_initials(found)
    found = merge_given_name_forms(found)  # "Jeff A ... Jeffery A": one person
    found = merge_spelling_variants(found)  # "Elias A ... Erias B A": one person
    lexicon_people = {k for k, f in found.items() if f.evidence == LEXICON_SURNAME}
    found = merge_second_surnames(found, lexicon_people)  # "Ana Roe" known, "Ana Roe Lema"
    found = merge_royal_names(found, rows)
    bodies = {  # "KPC Standing Committee": the party's organ is the party ("" for words alone)
        "",
        *(f.name.casefold() for f in found.values() if f.type != "person"),
        *(f.acronym.casefold() for f in found.values() if f.acronym and f.type != "person"),
        *(r.form.casefold() for r in rows if r.kind == "actor" and r.type == "organisation"),
    }
    found = drop_organs(found, bodies)
    folded = _fold_text(article.text)
    for key, item in list(found.items()):  # "HARMONY Gold ... Harmony Gold", "Joao ... João"
        spellings = other_spellings(item.name, article.text, folded)
        if spellings:
            name = next((s for s in spellings if _fewer_capitals(s, item.name)), item.name)
            forms = tuple(s for s in (item.name, *spellings) if s != name)
            found[key] = item._replace(name=name, forms=(*item.forms, *forms))
    for key, item in list(found.items()):  # "A B (Baba C)": the person's other name
        if item.type == "person" and " " in item.name:
            aliases = bracketed_aliases(item.name, article.text, spans, titles, known)
            found[key] = item._replace(forms=(*item.forms, *aliases))
    for key, item in list(found.items()):
        if item.type == "company" and key in found:
            forms = short_company_names(item.name, article.text, stopwords)
            # "Dhaka ... City Corporation": a short form the lexicon reads as a place or a
            # country is left to the lexicon
            forms = tuple(f for f in forms if normalise_key(f) not in known)
            forms = forms or _first_word_alone(item.name, article.text, stopwords, titles, known)
            for form in forms:  # "IOI Corp Bhd" and "IOI Corp": one company
                other = found.get(form.casefold())
                if other is not None and other is not item:
                    del found[form.casefold()]
                    item = item._replace(start=min(item.start, other.start))
            found[key] = item._replace(forms=(*item.forms, *forms))
    for key, item in list(found.items()):
        if not item.acronym and item.type != "person":
            initials = initials_of(item.name)
            # alone, or a party's before its member's seat: "(ABC-Lagos West)"
            alone = rf"(?<![\w-]){initials}(?![\w-])|\({initials}-\p{{Lu}}"
            if len(initials) > 1 and regex.search(alone, article.text):
                found[key] = item._replace(acronym=initials)
    return sorted(found.values(), key=lambda f: f.start)


def _merge_party_word(found: dict[str, FoundName]) -> dict[str, FoundName]:
    """One party written with and without "Party" ("Law and Order ... the Law and Order
    Party"): the longer name is a form of the shorter one found too."""
    for key, item in list(found.items()):
        short = key.removesuffix(" party")
        if short != key and short in found and found[short].type != "person":
            del found[key]
            kept = found[short]
            found[short] = kept._replace(forms=(*kept.forms, item.name))
    return found


def _defined_acronym(row: MentionRow, text: str) -> str:
    """The acronym a lexicon organisation's mention defines in brackets right after it, when
    its letters are the name's capitals ("Some Liberation Army (SLA)"); else ""."""
    if row.kind != "actor" or row.type in ("person", "country") or " " not in row.name:
        return ""
    bracket = _ACRONYM_AFTER.match(text[row.end : row.end + 14])
    if not bracket:
        return ""
    acronym = bracket.group(1)
    return acronym if acronym in (initials_of(row.name), initials_of(row.form)) else ""


def lexicon_company(name: str, known: dict) -> tuple | None:
    """The lexicon's entry for a company written with its legal form, else None: "Acme
    Widgets Ltd", "Acme Widgets Limited", "Acme Widgets S.A." are the lexicon's "Acme
    Widgets" (its name or an alias), the same company whatever form the desk writes.

    >>> known = {normalise_key("Acme Widgets"): ("Acme Widgets", "", "company", "", "PER")}
    >>> lexicon_company("Acme Widgets Ltd", known)[0]
    'Acme Widgets'
    >>> lexicon_company("Acme Widgets Holdings", known) is None
    True
    """
    words = name.split()
    stripped = False
    while len(words) > 1 and words[-1].replace(".", "") in LEGAL_FORMS:
        words, stripped = words[:-1], True
    if not stripped:
        return None
    entry = known.get(normalise_key(" ".join(words)))
    if entry is None or hasattr(entry, "people") or entry[2] != "company":
        return None
    return entry


def short_company_names(name: str, text: str, stopwords: frozenset[str]) -> tuple[str, ...]:
    """Shorter forms of a company's name with a legal form: the name without it, and its
    first word where the text never writes that word in lower case (a proper noun here).

    >>> short_company_names("Acme Widgets Inc", "Acme Widgets Inc. said. Acme grew.", frozenset())
    ('Acme Widgets', 'Acme')
    >>> short_company_names("Global Widgets Ltd", "the global market", frozenset())
    ('Global Widgets',)
    >>> short_company_names("IOI Corp Bhd", "IOI Corp Bhd rose.", frozenset())
    ('IOI Corp', 'IOI')
    """
    words, forms = name.split(), []
    while len(words) > 1 and words[-1].rstrip(".") in LEGAL_FORMS:
        words = words[:-1]
        if len(words) > 1:
            forms.append(" ".join(words))
    if len(words) == len(name.split()):
        return ()
    first = words[0]
    if (
        len(first) > 2
        and first.casefold() not in stopwords
        and first not in NOT_NAME_WORDS
        and not regex.search(rf"(?<![\w-]){regex.escape(first.casefold())}(?![\w-])", text)
    ):
        forms.append(first)
    return tuple(forms)


def _first_word_alone(
    name: str, text: str, stopwords: frozenset[str], titles: set[str], known: dict
) -> tuple[str, ...]:
    """The first word of a two-word company's name, as the text calls it for short ("Kelso
    Copper ... Kelso said"): a proper noun here (never written in lower case), no title, no
    stopword and no name the lexicon knows; else nothing.

    >>> _first_word_alone("Kelso Copper", "Kelso Copper rose. Kelso said.", frozenset(), set(), {})
    ('Kelso',)
    >>> _first_word_alone("Naval Works", "The naval yard.", frozenset(), set(), {})
    ()
    """
    words = name.split()
    first = words[0]
    if len(first) > 3 and first.isupper() and not words[-1].isupper():
        first = first.capitalize()  # "HARMONY Gold ... Harmony said": a paragraph's capitals
    if len(words) != 2 or not proper_word_here(first, text, stopwords, titles, known):
        return ()
    return (first,) if first == words[0] else (first, words[0])


def proper_word_here(
    word: str, text: str, stopwords: frozenset[str], titles: set[str], known: dict
) -> bool:
    """True when ``word``, a name's first word, can stand alone for the name in ``text``:
    of three letters or more, lower case after its first letter, never written in lower case
    there, and no stopword, title or name the lexicon knows.

    >>> proper_word_here("Kelso", "Kelso rose.", frozenset(), set(), {})
    True
    >>> proper_word_here("Naval", "The naval yard.", frozenset(), set(), {})
    False
    """
    return not (
        len(word) < 3
        or not word[1:].islower()
        or word.casefold() in stopwords
        or word.casefold() in titles
        or word in NOT_NAME_WORDS
        or normalise_key(word) in known
        or written_lower(word, text)
    )


def used_inside_sentence(word: str, text: str) -> bool:
    """True when ``word`` is written capitalised inside a sentence somewhere in ``text``
    (after a lower-case word or a comma), as a name is and an opening adverb is not.

    >>> used_inside_sentence("Overall", "Overall, it grew. The overall rise.")
    False
    >>> used_inside_sentence("Acme", "Acme, the maker, grew. Shares of Acme rose.")
    True
    """
    return bool(regex.search(rf"(?:\p{{Ll}}|,) +{regex.escape(word)}(?![\w-])", text))


def written_lower(word: str, text: str) -> bool:
    """True when ``text`` also writes ``word`` in lower case: a common word ("defence
    firms"), so its capitalised use opening a sentence is no name.

    >>> written_lower("Defence", "Defence analyst A B said. The defence budget rose.")
    True
    >>> written_lower("Acme", "Acme analyst A B said. Shares of Acme rose.")
    False
    """
    lower = word.casefold()
    return lower != word and bool(regex.search(rf"(?<![\w-]){regex.escape(lower)}(?![\w-])", text))


#: A bracket after a name, then the list goes on: "MPs A B (Some East) and C D".
_BRACKET_THEN_LIST = regex.compile(r"\s*\([^()]{1,40}\)\s*(?:,|and\b)")
#: Two or three capitalised words in brackets right after a name: "(Bobi Wine)".
_BRACKETED_NAME = regex.compile(r" \((\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})\)")
#: Words of a constituency's or a place's name in brackets after a member's ("(Makindye East)").
_DIRECTION_WORDS = frozenset(("North", "South", "East", "West", "Central", "Upper", "Lower"))


def bracketed_aliases(
    name: str, text: str, spans: list[tuple], titles: set[str], known: dict
) -> tuple[str, ...]:
    """Another name of a person in brackets right after the full name ("Ana Kato Roe (Baba
    Lito)"), a second written mention as a bracketed acronym is: two or three capitalised
    words, no place, title, body's word or name the lexicon knows (a constituency or a party
    is no alias).

    >>> bracketed_aliases("Ana Roe", "MP Ana Roe (Baba Lito) spoke.", [], set(), {})
    ('Baba Lito',)
    >>> bracketed_aliases("Ana Roe", "MP Ana Roe (Kilo East) spoke.", [], set(), {})
    ()
    >>> bracketed_aliases("Ana Roe", "MP Ana Roe (Democratic Alliance) spoke.", [], set(), {})
    ()
    """
    out: list[str] = []
    at = text.find(name + " (")
    while at != -1:
        m = _BRACKETED_NAME.match(text, at + len(name))
        if m and m.group(1) not in out:
            words = m.group(1).split()
            if not (
                any(w in PLACE_WORDS or w in _DIRECTION_WORDS or w in NOT_NAME_WORDS for w in words)
                or any(w in ORG_SUFFIXES or w in ORG_NAME_WORDS for w in words)
                or any(w.casefold() in titles for w in words)
                or normalise_key(m.group(1)) in known
                or _covered_at(spans, m.start(1))
                or set(words) & set(name.split())
            ):
                out.append(m.group(1))
        at = text.find(name + " (", at + 1)
    return tuple(out)


def merge_royal_names(
    found: dict[str, FoundName], rows: Sequence[MentionRow]
) -> dict[str, FoundName]:
    """A royal title with a given name ("Prince Ana") that another person of the article
    bears first ("Ana bin Some") is that person, not a new one."""
    people = {f.name.split()[0]: f for f in found.values() if f.type == "person"}
    people |= {
        r.name.split()[0]: FoundName(
            r.name, "person", r.country, LEXICON_SURNAME, 0, r.start, r.end
        )
        for r in rows
        if r.kind == "actor" and r.type == "person" and r.in_lexicon and " " in r.name
    }
    out = dict(found)
    for key, item in found.items():
        words = item.name.split()
        if len(words) != 2 or words[0].casefold() not in ROYAL_TITLES:
            continue
        other = people.get(words[1])
        if other is None or other.name == item.name:
            continue
        del out[key]
        base = out.get(other.name.casefold(), other)
        out[other.name.casefold()] = base._replace(forms=(*base.forms, item.name))
    return out


def merge_short_names(found: dict[str, FoundName]) -> dict[str, FoundName]:
    """A person found under two or more of the last words of another person's name is that
    person ("Rubén Rocha Moya" ... "Rocha Moya said"): one name, the shorter a form of it.
    Accents do not count, nor the capital of a particle opening a sentence ("De Silva said").

    >>> a = FoundName("Ana Rocha Moya", "person", "", "title before", 1, 0, 14)
    >>> b = FoundName("Rocha Moya", "person", "", "speech verb", 2, 40, 50)
    >>> merged = merge_short_names({"ana rocha moya": a, "rocha moya": b})
    >>> list(merged), merged["ana rocha moya"].forms
    (['ana rocha moya'], ('Rocha Moya',))
    """
    people = [(k, f) for k, f in found.items() if f.type == "person"]
    out = dict(found)
    for key, short in people:
        words = fold_accents(short.name).casefold().split()
        if len(words) < 2:
            continue
        longer = [
            (k, f)
            for k, f in people
            if k != key
            and k in out
            and fold_accents(f.name).casefold().split()[-len(words) :] == words
            and len(f.name.split()) > len(words)
        ]
        if len(longer) == 1:
            k, f = longer[0]
            out[k] = f._replace(forms=(*f.forms, short.name), start=min(f.start, short.start))
            del out[key]
    return out


def merge_middle_initials(found: dict[str, FoundName]) -> dict[str, FoundName]:
    """A person found with and without a middle initial ("Ana B. Roe" ... "Ana Roe") is one
    person, under the name written first; the other is a form of it.

    >>> a = FoundName("Ana B. Roe", "person", "", "title before", 1, 0, 10)
    >>> b = FoundName("Ana Roe", "person", "", "title before", 3, 50, 57)
    >>> merged = merge_middle_initials({"ana b. roe": a, "ana roe": b})
    >>> list(merged), merged["ana b. roe"].forms
    (['ana b. roe'], ('Ana Roe',))
    """
    out = dict(found)
    people = [(k, f) for k, f in found.items() if f.type == "person"]
    for key, item in people:
        words = item.name.split()
        plain = [w for w in words if not _INITIAL.match(w)]
        if len(plain) == len(words) or len(plain) < 2 or key not in out:
            continue
        other_key = " ".join(plain).casefold()
        other = out.get(other_key)
        if other is None or other.type != "person" or other_key == key:
            continue
        first, second = (item, other) if item.start <= other.start else (other, item)
        keep = key if first is item else other_key
        drop = other_key if keep == key else key
        out[keep] = first._replace(forms=(*first.forms, second.name, *second.forms))
        del out[drop]
    return out


_INITIAL = regex.compile(r"^\p{Lu}\.?$")
#: Words that open an office's name after a title ("Minister of ...", "Minister for ...").
_OFFICE_OF = ("of", "for")


def _fold_char(c: str) -> str:
    """One character without its accent and in lower case, when that is one character."""
    plain = fold_accents(c).lower()
    return plain if len(plain) == 1 else c


def _fold_text(text: str) -> str:
    """``text`` without accents and in lower case, character for character (same offsets)."""
    return "".join(map(_fold_char, text))


def _fewer_capitals(spelling: str, name: str) -> bool:
    """True when ``spelling`` writes in ordinary case a word ``name`` writes in capitals."""
    return sum(w.isupper() for w in spelling.split()) < sum(w.isupper() for w in name.split())


def other_spellings(name: str, text: str, folded: str | None = None) -> tuple[str, ...]:
    """Other spellings of ``name`` in ``text``: the same words with or without accents, or
    with a word in capitals (a paragraph's opening words, a headline), never in lower case.

    >>> other_spellings("HARMONY Gold", "HARMONY Gold rose. Harmony Gold said. harmony gold")
    ('Harmony Gold',)
    >>> other_spellings("Joao Lourenco", "Joao Lourenco spoke. João Lourenço won.")
    ('João Lourenço',)
    """
    folded = _fold_text(text) if folded is None else folded
    target = _fold_text(name)
    words = name.split()
    out: list[str] = []
    at = folded.find(target)
    while at != -1:
        end = at + len(target)
        spelled = text[at:end]
        bounded = not (_word_char_at(text, at - 1) or _word_char_at(text, end))
        if bounded and spelled != name and spelled not in out:
            pairs = zip(spelled.split(), words, strict=False)
            if len(spelled.split()) == len(words) and all(_same_word(a, b) for a, b in pairs):
                out.append(spelled)
        at = folded.find(target, at + 1)
    return tuple(out)


def _same_word(a: str, b: str) -> bool:
    """True when two words differ at most by accents or by one being in capitals."""
    if fold_accents(a) == fold_accents(b):
        return True
    capitals = (a.isupper() or b.isupper()) and a[:1].isupper() and b[:1].isupper()
    return capitals and fold_accents(a).lower() == fold_accents(b).lower()


def _word_char_at(text: str, i: int) -> bool:
    """True when ``text[i]`` is a letter, a digit or a hyphen (False outside the text)."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_-")


def fold_accents(text: str) -> str:
    """``text`` without its accents, for comparing names.

    >>> fold_accents("Rubén García")
    'Ruben Garcia'
    """
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def repeated_surnames(
    article: Article,
    sentences: Sequence[Sentence],
    spans: list[tuple[int, int, str, str]],
    found: dict[str, FoundName],
    titles: set[str],
) -> list[tuple[Sentence, str, int]]:
    """Two or three capitalised words whose last word is later written alone at
    least twice: a person named in full, then by surname ("Jane Roe ... Roe said
    ... Roe's"). Returns ``(sentence, name, start)`` for each."""
    stopwords = load_stopwords()
    text = article.text
    out = []
    alone_at: dict[str, list[int]] = {}
    for sentence in sentences:
        if sentence.section not in EVIDENCE_SECTIONS:
            continue
        for run in _SHORT_RUN.finditer(sentence.text):
            words = run.group().split(" ")
            start = sentence.start + run.start()
            while len(words) > 2 and (
                words[0] in NOT_NAME_WORDS or words[0].rstrip(".").casefold() in titles
            ):
                start += len(words[0]) + 1  # "Joining A B on the trip": the participle is no name
                words = words[1:]  # ("Dr. A B ... B said": the title is no part of it either)
            last = _POSSESSIVE.sub("", words[-1])
            if last.endswith(".") and not _INITIAL_END.search(last):
                last = last[:-1]  # the sentence's full stop: "... from Jane Roe."
            offsets = [start + m.start() for m in _NON_SPACE.finditer(run.group())]
            if any(_covered_at(spans, offset) for offset in offsets):
                continue
            if any(w.casefold() in stopwords or w.casefold() in titles for w in words):
                continue
            if last in ORG_SUFFIXES or last in PLACE_WORDS or words[0] in NOT_NAME_WORDS:
                continue
            if last in DESCRIBING_PEOPLE:
                continue  # "Breakaway Muslim rebels ... a Muslim homeland": a faith, no surname
            if len(last) > 1 and last.isupper() and not words[0].isupper():
                continue  # "Nine SUP leaders": an acronym is no surname
            if len(words[0]) > 1 and words[0].isupper() and not last.isupper():
                continue  # "LNS Sela ... Sela": a prefix in capitals (a ship's), no given name
            if " ".join(words).casefold() in found or len(last) < 3:
                continue
            if last not in alone_at:  # where the word stands alone, found once per word
                alone_at[last] = [m.start() for m in _alone_pattern(last).finditer(text)]
            after_run = start + len(run.group())
            # "A B's team ... B said": a possessive with a team or a business is a person's
            # once the surname stands alone again; otherwise two uses alone are needed
            owner = words[-1] != last and _OWNED_AFTER.match(text, after_run)
            later = alone_at[last][bisect_left(alone_at[last], after_run) :]
            # "A B's new bid ... B's duties": the full name and the surname alone, each owning
            # something, are one person's (a place's possessive is seldom cut to its last word)
            owner = owner or (
                words[-1] != last
                and len(words) == 2
                and any(_POSSESSIVE_AT.match(text, at + len(last)) for at in later)
            )
            needed = 1 if owner and last not in CLUB_SHORT_WORDS else 2
            if len(alone_at[last]) - bisect_left(alone_at[last], after_run) >= needed:
                out.append((sentence, " ".join(words[:-1] + [last]), start))
    return out


#: What a person owns in sports and business writing: "A B's team", "A B's company".
_OWNED_AFTER = regex.compile(
    r"\s+(?:own\s+)?(?:team|side|squad|company|firm|business|businesses|group|fund|stable"
    r"|empire|outfit|band)\b"
)


def _alone_pattern(word: str) -> regex.Pattern:
    """``word`` written alone: not after another capitalised word or an initial, and not
    before one (a sentence's full stop ends the name before it)."""
    return regex.compile(
        rf"(?<![\p{{Lu}}][\w'’.-]*[\w'’-] |\b\p{{Lu}} |[\w-]){regex.escape(word)}"
        rf"(?![\w-]| \p{{Lu}})"
    )


def initials_of(name: str) -> str:
    """The acronym a name's capitals make, small joining words left out.

    >>> initials_of("Office of Arms Sales")
    'OAS'
    >>> initials_of("NewSpace Orbit Limited")
    'NSOL'
    """
    words = [w for w in name.split() if w not in ("of", "the", "and", "for", "&")]
    return "".join(c for w in words for c in w if c.isupper())


def read_run(
    sentence: Sentence,
    run: regex.Match,
    titles: set[str],
    spans: list[tuple[int, int, str, str]],
    prefix: str = "",
) -> list[tuple[str, str, str, int, str]]:
    """Return ``(name, type, evidence, offset, acronym)`` for a run of capitals
    when a rule shows what it is, else nothing. ``prefix`` is the text right before the
    sentence: a retired rank split off it ("Gen. (ret.)") is still a title before a name."""
    text = sentence.text
    words = run.group().split(" ")
    start = sentence.start + run.start()
    # leading words the lexicon counted (a demonym, a country's possessive) are no part of the name
    stopwords = load_stopwords()
    # (a dateline's dash opens the sentence's own words: "GOMA (AP) — Fighters of ...")
    ahead = text[: run.start()]
    opening = not ahead.strip(" \t\"“‘'(—–-:") or ahead.rstrip(" \t").endswith(("—", "–", " -"))
    while (
        len(words) > 1
        and words[0] not in CASED_TITLES
        and (
            words[0] in NOT_NAME_WORDS
            or words[0].casefold() in stopwords
            and (opening or _POSSESSIVE.sub("", words[-1]).rstrip(".") not in ORG_SUFFIXES)
            or _MODIFIER.match(words[0])  # "Calgary-based", "Saudi-owned"
        )
    ):  # (a capitalised "All" inside a sentence opens a party's name: "the All Some Congress")
        # "The", "But", "Then" opening a sentence
        start += len(words[0]) + 1
        words = words[1:]
    while len(words) > 1 and words[0].endswith(("'s", "’s")) and _covered_at(spans, start, _NAMED):
        # "Japan’s Acme Steel", "Peru’s Competition Authority": a country's possessive, counted
        start += len(words[0]) + 1
        words = words[1:]
    owner = _lexicon_possessive(words, start, spans)
    if owner:  # "South Korea’s Acme Life": a country's name of two or three words, counted
        start += len(" ".join(words[:owner])) + 1
        words = words[owner:]
    owner = _named_possessive(words, start, spans)
    if owner:  # "Mr. Roe's Kilo Party": a known person's or body's possessive, counted
        start += len(" ".join(words[:owner])) + 1
        words = words[owner:]
    if "Operation" in words[1:]:  # "the Joint Task Force Operation SAFE HARBOUR": a force, then
        words = words[: words.index("Operation", 1)]  # its operation's name, no body's
    glued = _GLUED_TITLE.match(words[0])
    glued = glued if glued and glued.group(1).casefold() in titles and len(words) > 1 else None
    if glued:  # "Dr.Ana Roe": a title written without its space is still a title
        start += len(glued.group(1)) + 1
        words = [glued.group(2), *words[1:]]
    full_words, full_start = words, start
    if _covered_span(spans, start, start + len(" ".join(words))):
        return []  # a name the lexicon holds whole
    if len(words) == 1 and _never_a_name(words[0], stopwords):
        return []  # "The", "May", "However": no rule can make a name of it
    extended = None
    if sentence.section != "credit":  # "(With Agency Inputs)" names no division
        extended = _extended_name(spans, full_start, full_words, titles)
    if not extended:
        inside = bool(text[: full_start - sentence.start].strip(" \t\"“‘'(—–-:"))
        extended = _prefixed_name(spans, full_start, full_words, titles, stopwords, inside)
    if extended:  # "Acme Exchange Group (AXG)": the longer name's own acronym after it
        bracket = _ACRONYM_AFTER.match(text[extended[3] - sentence.start + len(extended[0]) :])
        return [extended[:4] + (bracket.group(1) if bracket else "",)]
    firm = _country_company(spans, full_start, full_words)
    if firm:  # "Korea Zinc said": a national company, not the country
        return [(firm, "company", "country and line of business", full_start, "")]
    if full_words[0] in COMPANY_HEADS and len(full_words) > 1 and full_words[1][:1].isupper():
        # "PT Acme Indonesia", "JSC Acme": a legal form opens a company's name, a country in it
        rest_at = full_start + len(full_words[0]) + 1
        if _covered_span(spans, rest_at, full_start + len(run_text_of(full_words))):
            return []  # "JSC Acmeexport": the lexicon's company, its legal form before it
        bracket = _ACRONYM_AFTER.match(
            text[full_start - sentence.start + len(run_text_of(full_words)) :]
        )
        return [(run_text_of(full_words), "company", "legal form before", full_start,
                 bracket.group(1) if bracket else "")]  # fmt: skip
    headed = _party_head_name(text, full_words, full_start - sentence.start, titles, stopwords)
    if headed:  # "Parti Some Rakyat (PSR)": a party's own word opens its name
        name, at, acronym = headed
        return [(name, "organisation", "party head", sentence.start + at, acronym)]
    party, party_at = country_party_name(spans, full_start, " ".join(full_words))
    if not party:  # "the Nepali Congress party": the text calls the name a party
        after_words = text[full_start - sentence.start + len(" ".join(full_words)) :]
        party = described_party_name(spans, full_start, " ".join(full_words), after_words)
        party_at = full_start if party else -1
    if party:  # "the Moldovan Democratic Party": one name, the demonym inside it
        bracket = _ACRONYM_AFTER.match(text[party_at - sentence.start + len(party) :])
        found = [
            (party, "organisation", PARTY_EVIDENCE, party_at, bracket.group(1) if bracket else "")
        ]
        # "Minister A B of the Moldovan Democratic Party": the words before it are read apart
        head = _SMALL_TAIL.sub("", text[run.start() : party_at - sentence.start])
        head_run = NAME_RUN.fullmatch(text, run.start(), run.start() + len(head)) if head else None
        if head_run:
            found = [*read_run(sentence, head_run, titles, spans, prefix), *found]
        return found
    run_text = " ".join(full_words)
    after_run = text[full_start - sentence.start + len(run_text) :]
    org, org_at, org_acronym, _, evidence = country_acronym_name(
        spans, full_start, run_text, after_run
    )
    if org:  # "the Popular Front for the Renewal of Chad (FPRC)": the country is inside
        found = [(org, "organisation", evidence, org_at, org_acronym)]
        # "Minister A B of the Some Party of Chad": the words before it are read apart
        head = _SMALL_TAIL.sub("", text[run.start() : org_at - sentence.start])
        head_run = NAME_RUN.fullmatch(text, run.start(), run.start() + len(head)) if head else None
        if head_run and evidence == PARTY_OF_EVIDENCE:
            found = [*read_run(sentence, head_run, titles, spans, prefix), *found]
        return found
    named = _titled_country_name(text[: start - sentence.start], words, start, spans, titles)
    if named:
        return named  # "organiser Jordan Pike": a given name that is also a country's
    while len(words) > 1 and _covered_at(spans, start, ("person",)):
        start += len(words[0]) + 1
        words = words[1:]
        while len(words) > 1 and words[0] in ("and", "the", "of", "for", "&"):
            start += len(words[0]) + 1  # "the Ministry of Defence and the Some Agency"
            words = words[1:]
    stripped = full_words[: len(full_words) - len(words)]
    possessive_lead = bool(stripped) and stripped[-1].endswith(("'s", "’s"))
    before = text[: start - sentence.start]
    # leading titles ("Defence Minister", "Chief") are evidence for a person
    titled, title_word = False, ""
    # "Minister of National Defence A B": an office's name after a title and "of" is the title's
    pairs = zip(words, words[1:], strict=False)
    # ("Minister for Foreign Affairs A B" too: "for" opens an office's name as "of" does)
    office = any(w.rstrip(".").casefold() in titles and nxt in _OFFICE_OF for w, nxt in pairs)
    listed = (
        " and " in run.group()
        or text[run.end() :].lstrip().startswith(",")
        or bool(_BRACKET_THEN_LIST.match(text, run.end()))  # "MPs A B (Some East) and C D"
    )
    for cut in range(len(words) - 2, -1, -1):  # the last title word leaves two or more words
        if any(w.endswith(("'s", "’s")) for w in words[:cut]):
            continue  # "President A B's Justice Party": no title after a possessive
        opened = any(w in _OFFICE_OF for w in words[:cut])
        tail_word = office and words[cut] in OFFICE_TAILS and opened
        cased = words[cut] in CASED_TITLES  # "HE A B": an honorific, not the pronoun
        rest = words[cut + 1 :]
        joined = cut and words[cut - 1] in ("and", "&") and not tail_word
        if joined and len(rest) == 1 and _POSSESSIVE.sub("", rest[0]).rstrip(".") in ORG_SUFFIXES:
            continue  # "the Law and Justice Party": a title word joined into a name
        pair = " ".join(words[cut - 1 : cut + 1]).casefold() if cut else ""  # "Tan Sri A B"
        rest_last = _POSSESSIVE.sub("", rest[-1]).rstrip(".") if rest else ""
        inside = cut and words[cut - 1][:1].isupper() and words[cut - 1].casefold() not in titles
        if inside and rest_last in ORG_SUFFIXES and rest[0] not in _OFFICE_OF:
            continue  # "Hoa Sen Home Company": a title's letters inside a company's name
        word = words[cut].rstrip(".").casefold()
        # "Cabinet Secretaries A B, C D and E F": a plural title opens a list of names
        plural = (_singular(word) in titles or _singular(pair) in titles) and listed
        if word in titles or pair in titles or tail_word or cased or plural:
            title_word = words[cut]
            start += len(" ".join(words[: cut + 1])) + 1
            words, titled = words[cut + 1 :], True
            break
    if glued and not titled:
        titled, title_word = True, glued.group(1)
    if not words or _covered_span(spans, start, start + len(" ".join(words))):
        return []
    if titled and len(words) == 1 and _mononym(words[0], title_word, text, titles, stopwords):
        # "President Surakarta said": a head of state known by one name
        return [(clean_name(words[0]), "person", MONONYM_EVIDENCE, start, "")]
    if words[0].islower():
        # "Secretary of National Defence": an office's name, no name after it; "Deputy
        # Secretary-General of the Pacific Islands Forum": the title holds a body's name
        return office_body(words, start, spans, text[start - sentence.start :])
    owner = next((i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), 0)
    if titled and 1 <= owner <= 3:
        # "PM A B's Some party": the person's name ends at the possessive
        person = (" ".join(words[: owner + 1]), "person", "title before", start, "")
        rest, last = words[owner + 1 :], _POSSESSIVE.sub("", words[-1]).rstrip(".")
        if len(rest) > 1 and last in ORG_SUFFIXES:
            rest_at = start + len(" ".join(words[: owner + 1])) + 1
            bracket = _ACRONYM_AFTER.match(text[rest_at - sentence.start + len(" ".join(rest)) :])
            return [person, (" ".join(rest), ORG_SUFFIXES[last], "organisation suffix", rest_at,
                             bracket.group(1) if bracket else "")]  # fmt: skip
        return [person]
    if not titled and owner:
        org_person = _organisations_person(words, owner, start, spans, titles)
        if org_person:  # "the Some Alliance's A B": the body and its member
            return org_person
    of_country = _PERSON_OF.match(" ".join(words)) if titled else None
    run_end = start + len(_POSSESSIVE.sub("", " ".join(words)).rstrip("."))
    if (
        of_country
        and _country_at(spans, start + of_country.end())
        and _covered_span(spans, start + of_country.end(), run_end)
    ):
        # "President A B of Angola": the country after "of" is the person's, counted apart
        return [(of_country.group(1), "person", "title before", start, "")]
    rest = words[len(of_country.group().split()) :] if of_country else []
    last_rest = _POSSESSIVE.sub("", rest[-1]).rstrip(".") if rest else ""
    if (
        rest
        and len(rest) <= 5
        and all(w[:1].isupper() or _PREFIXED_STEM.match(w) or w in HEAD_LINKS for w in rest)
        and (last_rest not in ORG_SUFFIXES)
    ):
        # "Economy Minister A B of the Greens": a title's name ends before "of" and a body
        person = (of_country.group(1), "person", "title before", start, "")
        if rest[0] in ORG_HEADS and len(rest) > 2 and rest[1] in HEAD_LINKS:
            # "analyst A B of the Instituto de Some Studies": the body is named too
            body = " ".join(rest)
            return [person, (_POSSESSIVE.sub("", body), ORG_HEADS[rest[0]], "organisation head",
                             start + of_country.end(), "")]  # fmt: skip
        return [person]
    head, joined, tail = " ".join(words).partition(" and the ")
    prev = text[: start - sentence.start].rstrip().rsplit(None, 1)[-1:]
    if joined and person_words(head.split()) and (titled or prev and prev[0].casefold() in titles):
        # "leader A B and the Some Alliance's C D": the title's person, then another name
        tail_at = start - sentence.start + len(head) + len(joined)
        tail_run = NAME_RUN.fullmatch(text, tail_at, tail_at + len(tail))
        rest = read_run(sentence, tail_run, titles, spans, prefix) if tail_run else []
        return [(head, "person", "title before", start, ""), *rest]
    if len(words) == 1 and title_word.casefold() in ROYAL_TITLES and words[0][1:].islower():
        # "Queen Elizabeth", "Pope Leo": a royal or religious title with one name is a person
        royal_start = start - len(title_word) - 1
        return [(f"{title_word} {clean_name(words[0])}", "person", "title before", royal_start, "")]
    name = " ".join(words)
    end = start + len(name) - sentence.start
    after = text[end:]
    acronym_match = _ACRONYM_AFTER.match(after)
    acronym = acronym_match.group(1) if acronym_match else ""
    last = _POSSESSIVE.sub("", words[-1]).rstrip(".")
    first = words[0]
    if first == "Government" and any(
        s[2] == "country" for s in _spans_near(spans, start) if start <= s[0] < start + len(name)
    ):
        return []  # "the Government of Kenya": the country's government, the lexicon's
    if first in ORG_HEADS and len(words) > 2 and words[1] in HEAD_LINKS:
        parts = _HEAD_AND.split(name)  # "Ministry of X and the Ministry of Y": two names
        if len(parts) > 1:  # "... and the Kenyan Ministry of Y": the demonym is counted
            offsets = [name.index(part) for part in parts]
            out = []
            for part, at in zip(parts, offsets, strict=True):
                last_part = at == offsets[-1]
                part, where = _trim_lead(part, start + at, spans)
                head = next((w for w in part.split()[:2] if w in ORG_HEADS), first)
                out.append((part, ORG_HEADS[head], "organisation head", where,
                            acronym if last_part else ""))  # fmt: skip
            return out
        listed_in = LIST_BEFORE.search(text[: start - sentence.start][-160:])
        if listed_in and " and " in name:  # "banks including Bank of X and Acme Trust": two
            kind = LIST_NOUNS[listed_in.group(1).casefold()]
            kind = "organisation" if kind in ("either", "person") else kind
            return [
                (part, ORG_HEADS[first] if not at else kind,
                 "organisation head" if not at else "listed after a noun", start + at,
                 acronym if part == name.rsplit(" and ", 1)[-1] else "")
                for part, at in _split_and(name)
            ]  # fmt: skip
        return [(name, ORG_HEADS[first], "organisation head", start, acronym)]
    if last == "Authority" and len(words) > 1 and words[-2] in POWER_WORDS:
        return []  # "the Presidential Drawdown Authority": a power, no body
    whole = " ".join(full_words)
    if acronym and len(full_words) > 1 and initials_of(whole) == acronym and last in ORG_SUFFIXES:
        # "the Karen Some Liberation Army (KSLA)": a longer name than the lexicon's inside it
        number = (
            _UNIT_NUMBER_BEFORE.search(text[: full_start - sentence.start])
            if last in UNIT_WORDS
            else None
        )
        if number and not titled:  # "the 115 Special Operations Group (SOG)": its number too
            return [(f"{number.group(1)} {whole}", "military", "numbered unit",
                     full_start - len(number.group(1)) - 1, acronym)]  # fmt: skip
        return [(whole, ORG_SUFFIXES[last], "bracketed acronym", full_start, acronym)]
    suffix = next((w for w in full_words if w in ORG_SUFFIXES), "") if " and " in whole else ""
    if acronym and suffix and len(acronym) >= 3 and initials_of(whole) == acronym:
        # "Kilo Shipbuilders and Engineers (KSE)": the acronym's letters join both halves
        return [(whole, ORG_SUFFIXES[suffix], "bracketed acronym", full_start, acronym)]
    head = next((w for w in full_words[:-1] if ORG_SUFFIXES.get(w) in _BODY_KINDS), "")
    if (
        acronym
        and head
        and len(full_words) > 2
        and initials_of(whole) != acronym
        and same_letters(full_words, acronym)
    ):
        # "the Support Group for Faith and Farmers (GSFF)": a translated name, its acronym
        # the capitals of the name in its own language, in another order ("Defence
        # Acquisition Procedure (DAP)", in order and with a company's word, is no body)
        return [(whole, ORG_SUFFIXES[head], "bracketed acronym", full_start, acronym)]
    name_end = start + len(_POSSESSIVE.sub("", name))  # "the Army's": the name ends at "Army"
    generic_end = not any(w.islower() for w in full_words) and _generic_last_word(
        spans, full_start, name_end
    )  # "the Free Some Army", not "Later the Army"
    if last in ORG_SUFFIXES and _covered_at(spans, name_end - 1) and not generic_end:
        return []  # "the Navy and the Indian Air Force": the lexicon's name ends it
    if last in UNIT_WORDS and _KIND_OF_UNIT.match(after):
        return []  # "100 Special Force units", "Rapid Response Force troops": a kind, counted
    units = _numbered_units(text, sentence.start, full_start, " ".join(full_words))
    if units and not titled:  # "the 3rd Army Corps and Task Force 51": two units
        return units
    full_before = text[: full_start - sentence.start]
    number = _UNIT_NUMBER_BEFORE.search(full_before) if last in UNIT_WORDS else None
    if number and not titled:  # "the 47th Mechanised Brigade", "401 Flying Training School"
        unit = f"{number.group(1)} {' '.join(full_words)}"
        return [(unit, "military", "numbered unit", full_start - len(number.group(1)) - 1,
                 acronym)]  # fmt: skip
    number_after = _UNIT_NUMBER_AFTER.match(after) if last in UNIT_WORDS else None
    if number_after and len(words) > 1 and not titled:  # "Task Force 51"
        name = f"{name} {number_after.group(1)}"
        return [(name, "military", "numbered unit", start, "")]
    member_of = _PERSON_OF.match(name) if _PARTY_WORD_AFTER.match(after) else None
    if member_of and person_words(member_of.group(1).split()) and len(name) > member_of.end():
        # "A B of the Some Citizens Movement party": a person, then the party the text names
        prev = before.rstrip().rsplit(None, 1)[-1].casefold() if before.strip() else ""
        named = titled or prev.rstrip(",.") in titles  # "Opposition leader A B of ..."
        person = [(member_of.group(1), "person", "title before", start, "")] if named else []
        rest = name[member_of.end() :]
        return [*person, (rest, "organisation", "party word after", start + member_of.end(), "")]
    if last in ORG_SUFFIXES and len(full_words) > 1:
        if not titled and not possessive_lead:  # a country in the name is part of it
            name, start = " ".join(full_words), full_start
        head, _, rest = name.partition(" and ")
        head_last = head.split()[-1] if head else ""
        if rest and is_chamber(head) and is_chamber(_POSSESSIVE.sub("", rest).rstrip(".")):
            return []  # "both House of Representatives and Senate": two chambers, no name
        listed = before.rstrip().endswith(",") and not titled and " and " not in rest
        if listed and rest.startswith("the ") and len(rest.split()) > 2 and " " in head:
            # "Union A, Road B and the New C": the last two items of a list of names
            rest_at = start + len(head) + len(" and the ")
            kind = ORG_SUFFIXES[last]
            return [(head, kind, "listed with", start, ""),
                    (rest[4:], kind, "organisation suffix", rest_at, acronym)]  # fmt: skip
        if rest and head_last in ORG_SUFFIXES and " " in head and len(rest.split()) > 1:
            # "Acme Airways and Other Securities": two suffixed names ("and the UK’s Other
            # Authority": the article and the country's possessive are no part of the second)
            rest_at = start + len(head) + len(" and ")
            rest, rest_at = _trim_lead(rest, rest_at, spans)
            return [
                (head, ORG_SUFFIXES[head_last], "organisation suffix", start, ""),
                (rest, ORG_SUFFIXES[last], "organisation suffix", rest_at, acronym),
            ]
        if rest and head.isupper() and " " not in head and len(rest.split()) > 1:
            # "ACME and Other Widgets Group": an acronym-like name, then the suffixed one
            kind = _org_noun_before(before) or "organisation"
            return [(head, kind, "noun before" if kind != "organisation" else "listed with",
                     start, ""),
                    (rest, ORG_SUFFIXES[last], "organisation suffix",
                     start + len(head) + len(" and "), acronym)]  # fmt: skip
        of = _PERSON_OF.match(name)
        head_last = of.group(1).split()[-1] if of else ""
        if of and head_last in ORG_SUFFIXES and len(of.group(1).split()) > 1:
            # "the Patrol Squadron of the Naval Flotilla": a unit of another, two names
            return [(of.group(1), ORG_SUFFIXES[head_last], "organisation suffix", start, ""),
                    (name[of.end() :], ORG_SUFFIXES[last], "organisation suffix",
                     start + of.end(), acronym)]  # fmt: skip
        if of and of.group(1).split()[0] not in ORG_HEADS:  # "A B of the Some Council"
            head, rest = of.group(1), name[of.end() :]
            role = before.rstrip().rsplit(None, 1)[-1].casefold() if before.strip() else ""
            # "Chief A B of the Some Council", "analyst A B of Some University"
            people = (
                [(head, "person", "title before", start, "")] if titled or role in titles else []
            )
            return [*people, (rest, ORG_SUFFIXES[last], "organisation suffix",
                              start + of.end(), acronym)]  # fmt: skip
        return [(name, ORG_SUFFIXES[last], "organisation suffix", start, acronym)]
    if titled or possessive_lead:
        listed = _listed_with_suffixed(name, start, spans, titled)
    else:  # "the Saudi Space Agency and X": a country word opening the name is part of it
        listed = _listed_with_suffixed(" ".join(full_words), full_start, spans, titled)
    if listed:
        return listed
    if not before.strip() and _RETIRED_END.search(prefix):  # "Gen. (ret.) | A B said"
        before = prefix
    club = _match_side(name, start, before, after, spans)
    if club:
        return club
    media = _MEDIA_NOUN_AFTER.match(after) if len(words) <= 4 and not titled else None
    if media and not words[-1].endswith(("'s", "’s")):
        # "wrote The Skyline online magazine": a title of a publication, its "The" kept
        # when it is written in capitals inside the sentence
        lead = "The " if before.endswith("The ") and before[:-4].strip() else ""
        return [(lead + name, "media", MEDIA_EVIDENCE, start - len(lead), "")]
    renamed = _renamed_body(spans, sentence.start, start, before) if not titled else ""
    if renamed:  # "the Acme Group, now renamed “Kilo Corps”": the body's new name
        return [(name, renamed, "renamed", start, acronym)]
    found = _read_person_or_org(name, words, before, after, titled, titles, acronym)
    role_before = _ACRONYM_ROLE_BEFORE.search(before[-40:])  # "supporters of the SLN (SLN)"
    # "the National People's Power (NPP)": a body of people; "its mother party, the Some
    # Long Name (SLN)": a body's noun in apposition before it
    people = _people_named(full_words) or bool(_BODY_NOUN_APPOSED.search(before[-40:]))
    if (
        not found
        and acronym
        and not titled
        and (_ACRONYM_ROLE.match(after) or role_before or people)
    ):
        # "Some Long Name (SLN) chief": a name its own capitals abbreviate, with a member or
        # a leader, is an organisation's (a bare "(SLN)" may name a programme or a law)
        for cut_words, cut_start in [*_leading_cuts(full_words, full_start), (words, start)]:
            whole = clean_name(" ".join(cut_words))
            if len(cut_words) > 1 and initials_of(whole) == acronym:
                return [(whole, "organisation", "bracketed acronym", cut_start, acronym)]
    if not found or " and " not in name or found[0][2] == "party word after":
        # ("the Law and Order party": one party's name)
        return [(n, k, e, start, a) for n, k, e, _, a in found]
    _, kind, evidence, _, _ = found[0]
    return [(part, kind, evidence, start + offset, "") for part, offset in _split_and(name)]


_BODY_NOUN_APPOSED = regex.compile(
    r"\b(?:party|group|movement|front|alliance|coalition|organi[sz]ation|militia),\s+(?:the\s+)?$"
)


def _people_named(words: Sequence[str]) -> bool:
    """True when a name of three words or more speaks for a people or a cause and ends in no
    document's, plan's or event's word.

    >>> _people_named(["National", "People's", "Power"])
    True
    >>> _people_named(["Democratic", "Governance", "Programme"])
    False
    """
    return (
        len(words) >= 3
        and any(w in PEOPLE_NAME_WORDS for w in words)
        and _POSSESSIVE.sub("", words[-1]).rstrip(".") not in THING_LAST_WORDS
    )


_ACRONYM_TITLE = "acronym before a title"
#: Capitalised small words that are never a name of a body's list ("The and ...").
_SMALL_WORDS = frozenset(w.casefold() for w in NOT_NAME_WORDS)
#: Bodies named with their subject after "on" ("Committee on Foreign Relations").
_SUBJECT_HEADS = frozenset(("Committee", "Subcommittee", "Commission", "Panel", "Council"))
#: The subject after "on": capitalised words, small joining words inside, a hyphen allowed.
_SUBJECT_AFTER = regex.compile(
    r" on (?:the )?(?!(?:" + "|".join(_CALENDAR) + r")\b)"
    r"\p{Lu}[\p{L}'’-]*(?:(?: (?:and|of|the|for|&))* \p{Lu}[\p{L}'’-]*)*"
)
#: A short title glued to the name after its period: "Dr.Ana", "Mr.Ben".
_GLUED_TITLE = regex.compile(r"^(\p{Lu}\p{Ll}{1,4})\.(\p{Lu}[\p{L}\p{M}'’-]+)$")
#: Words of time before a party's or a person's name: "Former Parti Some", "then-leader".
_TIME_WORDS = frozenset(("former", "then", "late", "acting", "interim", "new", "ex"))
#: A bracket after a name that gives its short form: an acronym or one capitalised word.
_SHORT_NAME_AFTER = regex.compile(r"^\s*\((\p{Lu}[\p{Lu}&]{1,8}|\p{Lu}\p{Ll}{2,20})\)")


def _party_head_name(
    text: str, words: list[str], at: int, titles: set[str], stopwords: frozenset[str]
) -> tuple[str, int, str] | None:
    """``(name, offset, acronym)`` of a party's name that a party's own word opens ("Parti
    Some Rakyat (PSR)", "Former Partido Some Nacional"), the words before it titles or small
    words only; ``at`` is the run's offset in the sentence ``text``. Else None.

    >>> run = "Former Parti Sinar Rakyat"
    >>> _party_head_name(run + " (PSR) won.", run.split(), 0, {"former"}, frozenset())
    ('Parti Sinar Rakyat', 7, 'PSR')
    >>> _party_head_name("Parti won.", ["Parti"], 0, set(), frozenset()) is None
    True
    """
    head = next((i for i, w in enumerate(words) if w in PARTY_HEADS), None)
    if head is None or len(words) - head < 2:
        return None
    lead = [w.casefold() for w in words[:head]]
    if any(w not in titles and w not in stopwords and w not in _TIME_WORDS for w in lead):
        return None  # "Minister A B of Parti ...": a person before it, read apart
    start = at + sum(len(w) + 1 for w in words[:head])
    name = clean_name(" ".join(words[head:]))
    bracket = _SHORT_NAME_AFTER.match(text[start + len(" ".join(words[head:])) :])
    short = bracket.group(1) if bracket else ""
    # "(PSR)", or one word of its own name for short: "Parti Sinar Rakyat (Sinar)"
    return name, start, short if short.isupper() or short in name.split()[1:] else ""


def acronym_before_title(
    run: str, start: int, titles: set[str], spans: list[tuple]
) -> tuple[str, int] | None:
    """``(acronym, offset)`` of a body written in capitals before a title and a person's name
    ("SUP Secretary General Ana Roe", "ZPF chairman Ana Roe"), where no lexicon name holds it;
    else None.

    >>> acronym_before_title("SUP Secretary General Ana Roe", 5, {"secretary", "general"}, [])
    ('SUP', 5)
    >>> acronym_before_title("SUP Ana Roe", 5, {"secretary"}, []) is None
    True
    """
    words = run.split(" ")
    first = _POSSESSIVE.sub("", words[0])
    if len(words) < 4 or not (2 <= len(first) <= 6 and first.isupper() and first.isalpha()):
        return None
    rest = words[1:]
    title_words = 0
    while title_words < len(rest) and rest[title_words].rstrip(".").casefold() in titles:
        title_words += 1
    person = rest[title_words:]
    if not title_words or not 2 <= len(person) <= 4 or not all(w[:1].isupper() for w in person):
        return None
    if _covered_at(spans, start):
        return None  # "US President A B": a country the lexicon counts
    return first, start


def _leading_cuts(words: list[str], start: int) -> list[tuple[list[str], int]]:
    """The run of ``words`` at ``start`` and the same run without its first one or two words:
    the acronym after a name says where the name begins ("Opposition Some Unity Front (SUF)").

    >>> [w for w, _ in _leading_cuts(["Opposition", "Some", "Front"], 0)]
    [['Opposition', 'Some', 'Front'], ['Some', 'Front'], ['Front']]
    """
    out = [(words, start)]
    for _ in range(2):
        if len(words) < 2:
            break
        start += len(words[0]) + 1
        words = words[1:]
        out.append((words, start))
    return out


def _country_company(spans: list[tuple], start: int, words: list[str]) -> str:
    """A national company's name ("Korea Zinc") where a country's mention opens the run of
    ``words`` at ``start`` (``discovery_business.country_company_name``); else ""."""
    index = bisect_right(spans, (start, float("inf"))) - 1
    if index < 0 or spans[index][0] != start or spans[index][2] != "country":
        return ""
    country_words = len(spans[index][5].split())
    if " ".join(words[:country_words]) != spans[index][5]:
        return ""
    return country_company_name(words, country_words)


def _singular(word: str) -> str:
    """A plural title's singular ("secretaries" -> "secretary", "ministers" -> "minister");
    "" for a word that is no plural.

    >>> _singular("secretaries"), _singular("ministers"), _singular("boss"), _singular("affairs")
    ('secretary', 'minister', '', 'affair')
    """
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) >= 3:
        return word[:-1]
    return ""


def _never_a_name(word: str, stopwords: frozenset[str]) -> bool:
    """True for one word ``is_plausible`` rejects whatever rule reads it: a stopword, a
    calendar word, a word that is never a name.

    >>> _never_a_name("However", frozenset({"however"})), _never_a_name("Acme", frozenset())
    (True, False)
    """
    word = clean_name(word)
    return (
        word.casefold() in stopwords
        or word in NOT_NAME_WORDS
        or word in _CALENDAR
        or len(word) <= 2
    )


def _numbered_units(
    text: str, offset: int, start: int, name: str
) -> list[tuple[str, str, str, int, str]]:
    """Two names joined by "and", one of them a numbered unit ("the 3rd Army Corps and Task
    Force 51"), each with its number; else nothing. ``text`` is the sentence's, which
    begins at ``offset``; ``name`` begins at ``start``."""
    parts = _split_and(name)
    if len(parts) != 2:
        return []
    out, numbered = [], False
    for part, at in parts:
        begin, last = start + at, part.split()[-1]
        if last not in UNIT_WORDS and last not in ORG_SUFFIXES:
            return []
        before = _UNIT_NUMBER_BEFORE.search(text[: begin - offset])
        after = _UNIT_NUMBER_AFTER.match(text[begin - offset + len(part) :])
        if last in UNIT_WORDS and before:
            number = before.group(1)
            out.append((f"{number} {part}", "military", "numbered unit",
                        begin - len(number) - 1, ""))  # fmt: skip
        elif last in UNIT_WORDS and after and " " in part:
            out.append((f"{part} {after.group(1)}", "military", "numbered unit", begin, ""))
        else:
            out.append((part, ORG_SUFFIXES.get(last, "military"), "organisation suffix", begin,
                        ""))  # fmt: skip
            continue
        numbered = True
    return out if numbered else []


def _bracketed(text: str) -> bool:
    """True for a line wholly in brackets.

    >>> _bracketed(" (With Wire Inputs) "), _bracketed("(AP) - He said.")
    (True, False)
    """
    text = text.strip()
    return text[:1] == "(" and text[-1:] == ")" and text.count("(") == 1


def _extended_name(
    spans: list[tuple[int, int, str, str]], start: int, words: list[str], titles: set[str]
) -> tuple[str, str, str, int, str] | None:
    """A lexicon organisation followed by more capitalised words is a longer name of its
    own type: a division, a subsidiary or a product ("Acme Defence Budgets", "Acme Chile").
    The words after it must be no title, no small word, and at most a country."""
    index = bisect_right(spans, (start, float("inf"))) - 1
    if index < 0 or spans[index][0] != start or spans[index][2] not in _EXTENDABLE:
        return None
    name = " ".join(words)
    end = start + len(name.rstrip("'’s")) if name.endswith(("'s", "’s")) else start + len(name)
    lead_end = spans[index][1]
    if lead_end >= end:
        return None
    rest = name[lead_end - start :].split()
    while rest and _POSSESSIVE.sub("", rest[-1]).casefold() in titles:
        # "Some Union Commission Chairperson": the title after the body's name is no part of it
        name = name[: len(name) - len(rest.pop())].rstrip()
        end = start + len(clean_name(name))
    if not rest or any(w.casefold() in titles or w in NOT_NAME_WORDS or w.islower() for w in rest):
        return None
    if rest[-1] in _PICTURE_WORDS:
        return None  # "Agency Photo": the agency's credit of a picture, no name of its own
    for other in spans[index + 1 :]:
        if other[0] >= end:
            break
        if other[2] != "country":
            return None  # another lexicon actor or a weapon inside: two names side by side
    kind = spans[index][2]
    last = _POSSESSIVE.sub("", rest[-1]).rstrip(".")
    if kind == "company" and ORG_SUFFIXES.get(last, "company") != "company":
        # "the Acme Alumni Association", "the Acme Freedom Movement": the longer name's own
        # last word says what it is; the company's word inside it is no company here
        kind = ORG_SUFFIXES[last]
    return (name, kind, "lexicon name extended", start, "")


def _prefixed_name(
    spans: list[tuple[int, int, str, str]],
    start: int,
    words: list[str],
    titles: set[str],
    stopwords: frozenset[str],
    inside: bool,
) -> tuple[str, str, str, int, str] | None:
    """A lexicon organisation's name ending in an organisation's last word ("... Party",
    "... Congress") with one or two capitalised words of no other name right before it, inside
    a sentence, is a longer name of its own ("the People’s Some Party" is not "Some Party").
    ``inside``: the run of capitals starts inside its sentence."""
    name = " ".join(words)
    end = start + len(_POSSESSIVE.sub("", name))
    index = bisect_right(spans, (end, float("inf"))) - 1
    if index < 0 or spans[index][1] != end or spans[index][2] != "organisation":
        return None
    lead = name[: spans[index][0] - start].split()
    joiner = max((i for i, w in enumerate(lead) if w.islower()), default=-1)
    if joiner >= 0:  # "Later the Some Democratic Party": the name opens after "the"
        start += len(" ".join(lead[: joiner + 1])) + 1
        name, lead = name[len(" ".join(lead[: joiner + 1])) + 1 :], lead[joiner + 1 :]
    elif not inside:
        return None  # "Yesterday Some Party": a sentence's first word
    if not 1 <= len(lead) <= 2 or clean_name(words[-1]) not in ORG_SUFFIXES:
        return None
    for at, word in enumerate(lead):
        bare = _POSSESSIVE.sub("", word)
        if (
            not bare[:1].isupper()
            or bare in NOT_NAME_WORDS
            or bare.casefold() in stopwords
            or bare.casefold() in titles
            or _covered_at(spans, start + len(" ".join(lead[:at])) + (1 if at else 0))
        ):
            return None
    return (clean_name(name), "organisation", "lexicon name extended", start, "")


_EXTENDABLE = ("organisation", "company", "media")
#: Kinds of a body word inside a translated name ("Support Group for ..."): no company's.
_BODY_KINDS = ("organisation", "armed_group", "military")
_PICTURE_WORDS = frozenset(("Photo", "Photos", "Picture", "Pictures", "Image", "Images", "Video"))
#: Types of lexicon mentions that are a name of their own, not a country's word.
_NAMED = ("person", "company", "organisation", "media", "armed_group", "military")


def _split_and(name: str) -> list[tuple[str, int]]:
    """The parts of "A B and C D" with their offsets (one part when there is no "and").

    >>> _split_and("Brighton and Coventry")
    [('Brighton', 0), ('Coventry', 13)]
    >>> _split_and("Kavanu and the ZRF")  # the article opens no name
    [('Kavanu', 0), ('ZRF', 15)]
    """
    parts, offset = [], 0
    for part in name.split(" and "):
        article = len(part) - len(part.removeprefix("the ")) if offset else 0
        parts.append((part[article:], offset + article))
        offset += len(part) + len(" and ")
    return parts


def _office_before(text: str, titles: set[str]) -> bool:
    """True when a title of several words ends ``text``, a comma after it allowed: "the
    group's chief of staff, " (its last word alone, "staff", is no title).

    >>> _office_before("blamed the army's chief of staff, ", {"chief of staff"})
    True
    >>> _office_before("the general staff, ", {"chief of staff"})
    False
    """
    tail = " " + " ".join(text.rstrip().rstrip(",").casefold().split()[-5:])
    return any(" " in t and tail.endswith(" " + t) for t in titles)


#: Last words of an armed force's name: such a name is never a person's ("the Royal
#: Australian Navy, who operate ...").
FORCE_NAME_ENDS = frozenset(["Navy", "Army", "Force", "Forces", "Guard", "Corps", "Marines"])


#: Small words inside a person's name ("Pedro de la Vega", "Moin ul Haque", "Joris van den
#: Broek"): surname particles of Romance, Dutch, German and Arabic names.
NAME_PARTICLES = frozenset(
    "de da del della di do dos das du des la le van von der den ter bin ibn bint al el ul".split()  # noqa: SIM905
)
_PARTICLE_WORD = regex.compile(r"^(?:al|el|ul|ad|as|ash|ar|an|at|az)-\p{Lu}")
#: A capitalised stem after a lower-case noun-class prefix: "eThekwini", "weSizwe".
_PREFIXED_STEM = regex.compile(r"^\p{Ll}{1,2}\p{Lu}\p{Ll}")


def run_text_of(words: Sequence[str]) -> str:
    """A run's words as written, without a closing possessive ("Acme Pindad's" -> "Acme
    Pindad")."""
    return _POSSESSIVE.sub("", " ".join(words)).rstrip(".")


#: The evidence of a person known by one name after a head of state's title.
MONONYM_EVIDENCE = "one name after a title"
#: Titles after which one capitalised word is a person's whole name: heads of state, often
#: called by one name ("President Surakarta"); royals are read apart (``ROYAL_TITLES``).
MONONYM_TITLES = frozenset(("president", "premier", "ayatollah"))


def _mononym(word: str, title: str, sentence: str, titles: set[str], stopwords) -> bool:
    """True when ``word``, the one word after ``title`` in a run of capitals, is a person
    known by one name: a head of state's title, then a capitalised word that is no
    acronym, no title and no common word (``sentence`` never writes it in lower case).

    >>> _mononym("Surakarta", "President", "President Surakarta said.", set(), frozenset())
    True
    >>> _mononym("Elect", "President", "President Elect said.", {"elect"}, frozenset())
    False
    """
    name = clean_name(word)
    if title.rstrip(".").casefold() not in MONONYM_TITLES or len(name) < 3:
        return False
    if name.isupper() or not name[:1].isupper() or not name[1:].islower():
        return False
    folded = name.casefold()
    return folded not in titles and folded not in stopwords and not written_lower(name, sentence)


def _inside_longer_name(word: str, text: str, titles: set[str]) -> bool:
    """True when ``word`` is written anywhere after a capitalised word that is no title
    ("Ana Lutz Roe", not "President Roe"): the last word of a longer name.

    >>> _inside_longer_name("Roe", "Ana Lutz Roe won. President Roe spoke.", {"president"})
    True
    >>> _inside_longer_name("Roe", "President Roe spoke. Roe left.", {"president"})
    False
    """
    for m in regex.finditer(rf"(\p{{Lu}}[\w'’.-]*) {regex.escape(word)}(?![\w-])", text):
        if m.group(1).rstrip(".").casefold() not in titles:
            return True
    return False


def person_shape_strict(words: Sequence[str]) -> bool:
    """True for the words of a name that only a person has: an initial or a surname
    particle inside it ("Ana M. Roe", "Pedro de Vega"); two capitalised words alone may
    be a party's name too ("Fuerza Popular").

    >>> person_shape_strict(["Ana", "M.", "Roe"]), person_shape_strict(["Fuerza", "Popular"])
    (True, False)
    """
    return any(_INITIAL.match(w) for w in words[1:-1]) or any(
        w in NAME_PARTICLES for w in words[1:-1]
    )


def person_words(words: Sequence[str]) -> bool:
    """True for the words of a person's name: two to four capitalised words, with surname
    particles between them ("Pedro de la Vega") or glued to one ("Karim al-Masri").

    >>> person_words("Pedro de la Vega".split()), person_words("Karim al-Masri".split())
    (True, True)
    >>> person_words("Ministry of Space".split()), person_words("Pedro de".split())
    (False, False)
    >>> person_words("Nawaf Al Ahmad Al Sabah".split())
    True
    """
    capitalised = [w[:1].isupper() or bool(_PARTICLE_WORD.match(w)) for w in words]
    # a particle written with a capital ("Al", "Bin") is no name word of its own: "Nawaf Al
    # Ahmad Al Sabah" has three
    pairs = zip(words, capitalised, strict=True)
    names = sum(c and w.casefold() not in NAME_PARTICLES for w, c in pairs)
    return (
        2 <= names <= 4
        and sum(capitalised) <= 6
        and capitalised[0]
        and capitalised[-1]
        and all(c or w in NAME_PARTICLES for w, c in zip(words, capitalised, strict=True))
    )


def _named_possessive(words: list[str], start: int, spans: list[tuple]) -> int:
    """The number of leading words that are one lexicon mention's possessive ("Mr. Roe's",
    "Acme Corp's") with more words after them, else 0.

    >>> _named_possessive(["Mr.", "Roe's", "Kilo", "Party"], 0, [(0, 7, "person", "")])
    2
    >>> _named_possessive(["Mr.", "Roe's", "Kilo"], 0, [(0, 3, "person", "")])
    0
    """
    for i, word in enumerate(words[:3]):
        if word.endswith(("'s", "’s")) and i + 1 < len(words):
            end = start + len(" ".join(words[: i + 1])) - 2
            index = bisect_right(spans, (start, float("inf"))) - 1
            covered = index >= 0 and spans[index][0] == start and spans[index][1] == end
            return i + 1 if covered else 0
    return 0


def _organisations_person(
    words: list[str], owner: int, start: int, spans: list[tuple], titles: set[str]
) -> list[tuple[str, str, str, int, str]]:
    """An organisation's possessive name and a person's name after it ("the Some Alliance's
    Ana Roe", "the Kilo Party's Ana Roe"): the body (unless the lexicon counts it) and the
    person; else nothing. The body's name ends in an organisation's last word; the person's
    words are no body's, place's or title's words ("the Party's Central Committee")."""
    org_words, person = words[: owner + 1], words[owner + 1 :]
    last = _POSSESSIVE.sub("", org_words[-1])
    headed = org_words[0] in ORG_HEADS and len(org_words) > 2 and org_words[1] in HEAD_LINKS
    if last not in ORG_SUFFIXES and not headed or not person_words(person):
        return []  # ("the Bank of Some Land's A B": a body's head and its subject, too)
    if not all(w[:1].isupper() or w in ("of", "for") for w in org_words):
        return []  # "A B and the Some Alliance's C D": two names, read apart
    bare = [_POSSESSIVE.sub("", w).rstrip(".") for w in person]
    if any(
        w in ORG_SUFFIXES or w in ORG_NAME_WORDS or w in PLACE_WORDS or w in UNIT_WORDS
        or w.casefold() in titles or w in NOT_NAME_WORDS
        for w in bare
    ):  # fmt: skip
        return []
    org = _POSSESSIVE.sub("", " ".join(org_words))
    person_at = start + len(" ".join(org_words)) + 1
    kind, evidence = (
        (ORG_HEADS[org_words[0]], "organisation head")
        if headed
        else (ORG_SUFFIXES[last], "organisation suffix")
    )
    out = [] if _covered_span(spans, start, start + len(org)) else [
        (org, kind, evidence, start, "")
    ]  # fmt: skip
    return [*out, (_POSSESSIVE.sub("", " ".join(person)), "person", "organisation's person",
                   person_at, "")]  # fmt: skip


def _read_person_or_org(
    name: str,
    words: list[str],
    before: str,
    after: str,
    titled: bool,
    titles: set[str],
    acronym: str,
) -> list[tuple[str, str, str, int, str]]:
    """The person and organisation rules for one name (see the module docstring)."""
    start = 0
    tail = before[-_TAIL:]  # the "... said ", "shares in ", "joined " cues end the text before
    title_end = _TITLE_GAP.sub("", tail)  # "Finance Minister - A B", "Gen. (ret.) A B"
    prev_word = title_end.rstrip().rsplit(None, 1)[-1].casefold() if title_end.strip() else ""
    parts = [part.split(" ") for part, _ in _split_and(name)]
    person_shape = all(person_words(p) for p in parts)
    words = max(parts, key=len)
    if person_shape and (titled or prev_word.rstrip(",.") in titles):
        return [(name, "person", "title before", start, "")]
    if person_shape and len(parts) == 1 and PRONOUN_ROLE_BEFORE.search(tail):
        return [(name, "person", "pronoun's relation before", start, "")]  # "his rival A B"
    if person_shape and len(parts) == 1 and _office_before(title_end, titles):
        return [(name, "person", "title before", start, "")]  # "its chief of staff, A B"
    if person_shape and len(parts) == 1 and ROLE_OF_BEFORE.search(tail) and after[:1] in ",.":
        return [(name, "person", "role before", start, "")]  # "the mayor of X, A B, said"
    appositive = APPOSITIVE_AFTER.match(after)
    if appositive:
        kind = _appositive_kind(appositive.group(1) or appositive.group(2) or appositive.group(3))
        # a name of five words ("Tengku Ana Tengku Abdul Roe, chief executive of X") is a
        # person's only with an appositive role after it
        long_name = (
            len(parts) == 1 and len(parts[0]) == 5 and all(w[:1].isupper() for w in parts[0])
        )
        long_name = long_name and not any(_POSSESSIVE.sub("", w) in ORG_NAME_WORDS for w in words)
        force = words[-1] in FORCE_NAME_ENDS  # "the Royal Australian Navy, who ...": a force
        if kind == "person" and (person_shape or long_name) and not force:
            return [(name, "person", "appositive", start, "")]
        last, at = _split_and(name)[-1]
        if (
            kind == "person"
            and at
            and 2 <= len(last.split()) <= 4
            and all(w[:1].isupper() for w in last.split())
        ):
            # "Kim and A B, the island's minister": the appositive is the nearest name's
            return [(last, "person", "appositive", start + at, "")]
        if kind and kind != "person":
            return [(name, kind, "appositive", start, acronym)]
    noun = _org_noun_before(before)
    if noun == "organisation" and _NAMED_AS.search(before) and _FIGHTERS.search(tail + after):
        noun = "armed_group"  # "an alliance known as X, the gangs ...": the gangs' body
    if noun and len(words) <= 4:  # "the shipbuilder A B said": the noun outranks the verb
        return [(name, noun, "noun before", start, acronym)]
    if person_shape and SPEECH_AFTER.match(after) and not words[-1].endswith(("'s", "’s")):
        if any(_POSSESSIVE.sub("", w) in ORG_NAME_WORDS for w in words):
            return [(name, "organisation", "speech verb", start, acronym)]  # "Global Peace Watch"
        return [(name, "person", "speech verb", start, "")]
    org_words = any(_POSSESSIVE.sub("", w) in ORG_NAME_WORDS for w in words)
    if person_shape and not org_words and SPEECH_BEFORE.search(tail) and len(parts) == 1:
        return [(name, "person", "speech verb before", start, "")]
    if person_shape and not org_words and AGE_AFTER.match(after) and len(parts) == 1:
        return [(name, "person", "age after", start, "")]  # "A B, 42, a trader, said"
    if person_shape and not org_words and PRONOUN_AFTER.match(after) and len(parts) == 1:
        return [(name, "person", "pronoun after", start, "")]  # "A B was displaced from his"
    if person_shape and not org_words and LEADER_BEFORE.search(tail) and len(parts) == 1:
        return [(name, "person", "leader before", start, "")]  # "a movement led by A B"
    if person_shape and not org_words and IDENTIFIED_BEFORE.search(tail) and len(parts) == 1:
        return [(name, "person", "identified as", start, "")]  # "identified the man as A B"
    market = words[0] in MARKET_WORDS or any(
        w in MARKET_WORDS and w not in COMMODITY_WORDS for w in words
    )  # "Brent Crude", "Hang Seng"; not "Harmony Gold", a miner
    if len(words) <= 4 and not market and (STOCK_AFTER.match(after) or STOCK_BEFORE.search(tail)):
        return [(name, "company", "share price", start, acronym)]
    copula = COPULA_AFTER.match(after)
    if copula:
        kind = _appositive_kind(copula.group(1))
        if kind == "person" and person_shape or kind and kind != "person":
            return [(name, kind, "is a ...", start, acronym if kind != "person" else "")]
    several = len(parts) > 1 or len(words) > 1  # one capitalised word may be a demonym
    context = PARTY_CONTEXT_AFTER.match(after) if len(words) <= 5 and len(parts) == 1 else None
    # "the Kurdish bloc", "the Saudi-led coalition": a describing word, no party's name
    adjective = (
        len(words) == 1
        and (
            DESCRIBING_WORD.search(words[0])
            or words[0] in DESCRIBING_PEOPLE
            or words[0] in REGION_WORDS
        )
        or _MODIFIER.match(words[-1])
    )  # ("the Shia bloc", "the Arab coalition": a people's or a region's word)
    # "lawmakers from X": two words or more, no region's ("from South Kivu", "from Kano State")
    members = 2 <= len(words) <= 5 and len(parts) == 1 and PARTY_MEMBERS_BEFORE.search(tail)
    regional = (
        words[0].rstrip(".") in _PLACE_FIRST_WORDS
        or words[0] in _PLACE_OPENERS
        or _POSSESSIVE.sub("", words[-1]) in PLACE_WORDS
        or words[-1] in _DIRECTION_WORDS
        or words[-1] in _PLACE_CLOSERS
    )  # ("senators from New Hampshire", "deputies from Rio Grande do Sul": places)
    evidence = "party context after" if context else "party members before"
    context = context or (members and not regional and not person_shape_strict(words))
    if context and not words[-1].endswith(("'s", "’s")) and not adjective:
        # "X, led by A B", "X won 40 seats", "the X coalition": a party or a movement
        return [(name, "organisation", evidence, start, acronym)]
    if several and GROUP_AFTER.match(after) and not words[-1].endswith(("'s", "’s")):
        return [(name, "armed_group", "noun after", start, "")]
    if (
        len(words) == 1 and (REBELS_AFTER.match(after) or GROUP_AFTER.match(after))
        and tail.strip() and not DESCRIBING_WORD.search(words[0]) and not words[0].isupper()
        and words[0] not in DESCRIBING_PEOPLE
    ):  # fmt: skip
        # "the Kavanu rebels", "the Congolese Kavanu militia": one word naming the movement
        return [(name, "armed_group", "noun after", start, "")]
    party = PARTY_AFTER.match(after) if len(words) <= 5 else None
    if party and not words[-1].endswith(("'s", "’s", "s'", "s’")):
        # "the X party", "X leader A B", "a X spokesman"; not "Kurdish leader A B" (an
        # adjective) and not "A B spokesman" (a person's name, no article before it)
        adjective = len(words) == 1 and regex.search(r"(?:ish|ian|an|ese|ic|ist|i)$", words[0])
        article = regex.search(r"\b(?:a|an|the)\s+$", tail, regex.I)
        if not adjective and (party.group().strip().startswith("party") or article or " " in
                              party.group().strip()):  # fmt: skip
            return [(name, "organisation", "party word after", start, acronym)]
    possessive = words[-1].endswith(("'s", "’s"))  # "A B's team" is a person's team
    if len(words) <= 3 and not possessive and TEAM_AFTER.match(after):
        return [(name, "organisation", "noun after", start, "")]
    if len(words) <= 3 and words[-1].endswith(("'s", "’s", "s'", "s’")):
        role = _NEXT_WORD.match(after)
        if role and role.group(1) in ORG_ROLES or _ORG_ROLE_PAIR.match(after):
            return [(name, "organisation", "possessive role", start, "")]
        opening = not before.strip() and len(words) > 2  # "Later A B's wife": an adverb first
        if (
            role
            and role.group(1) in PERSON_NOUNS
            and person_shape
            and len(parts) == 1
            and not opening
        ):
            return [(name, "person", "possessive of a person", start, "")]  # "A B's wife"
    if len(words) <= 3 and not possessive and ROLE_NAME_AFTER.match(after):
        return [(name, "organisation", "role and person after", start, acronym)]
    if len(words) <= 3 and not (possessive and len(words) > 1) and ORG_OBJECT_CUES.search(tail):
        # ("a match against Jane Roe's team": the team of a person)
        return [(name, "organisation", "object of an organisation verb", start, "")]
    # (a list with its members' brackets runs long: "nominees include A B (Some State), C D")
    listed = LIST_BEFORE.search(before[-160:]) if len(words) <= 4 and not possessive else None
    # "the PPP and other opposition parties": one of the kind the plural noun after it names
    listed = listed or (OTHER_AFTER.match(after) if len(words) <= 4 and not possessive else None)
    if listed:  # "his allies A B and C D", "rivals like X, Y and Z"
        kind = LIST_NOUNS[listed.group(1).casefold()]
        if kind == "either":
            kind = "person" if person_shape and not org_words else "organisation"
        if kind != "person" or person_shape:
            return [(name, kind, "listed after a noun", start, "")]
    business = read_business_cue(name, tail, after) if len(words) <= 3 else ""
    if business:  # "X shares, however, fell", "an analyst at X", "the packaging group X"
        return [(name, "company", business, start, acronym)]
    return []


def _appositive_kind(description: str | None) -> str:
    """The type an appositive gives ("the country's defence minister" -> person)."""
    if description is None:
        return "person"  # ", who ..."
    words = [w.casefold().strip("'’") for w in _WORDS.findall(description)][:8]
    for i, word in enumerate(words):
        pair = " ".join(words[i : i + 2])
        if pair in ORG_NOUNS:
            return ORG_NOUNS[pair]
        if word in ORG_NOUNS:
            return ORG_NOUNS[word]
        if word in ROLE_WORDS:
            return "person"
    return ""


#: A naming verb between an organisation's noun and its name: "an alliance known as X".
_NAMED_AS = regex.compile(r"\s(?:known as|called|named|dubbed)\s+$")
#: Fighters' words in the sentence of a body so named: "an alliance known as X, the gangs".
_FIGHTERS = regex.compile(
    r"\b(?:gangs?|militias?|rebels?|insurgents?|militants?|cartels?)\b", regex.I
)


def _org_noun_before(before: str) -> str:
    """The type of an organisation noun right before a name ("the defence firm"), also
    with a naming verb between ("an alliance known as X")."""
    named = _NAMED_AS.search(before)
    if named:
        return _org_noun_before(before[: named.start() + 1])
    tail = _WORDS.findall(before[-40:].casefold())
    if not tail or not before[-1:].isspace():
        return ""
    pair = " ".join(tail[-2:])
    if pair in ORG_NOUNS:
        return ORG_NOUNS[pair]
    return ORG_NOUNS.get(tail[-1], "") if tail[-1] not in ("party", "group") else ""


def clean_name(name: str) -> str:
    """Return a name without a possessive, a final period or outer spaces.

    >>> clean_name("Acme Industries’ ")
    'Acme Industries'
    >>> clean_name("A. B. Smith's")
    'A. B. Smith'
    """
    name = " ".join(name.split())
    name = _POSSESSIVE.sub("", name) if name.endswith(("'s", "’s", "'", "’")) else name
    return name.rstrip(".") if not _INITIAL_END.search(name) else name


def is_plausible(
    name: str, kind: str, known: dict, stopwords: frozenset[str], titles: set[str]
) -> bool:
    """False for what must not become a name: a lexicon name, a calendar word, a place,
    a stopword, a title, a lone common capitalised word."""
    words = name.split()
    if not words or normalise_key(name) in known or name.casefold() in stopwords:
        return False
    calendar = any(w in _CALENDAR or w[-1:] == "." and w[:-1] in _CALENDAR_SHORT for w in words)
    if calendar or words[0] in NOT_NAME_WORDS or len(words) == 1 and name in REGION_WORDS:
        return False  # "May", "The", "European"
    if words[-1] == "League" and any(w in COMPETITION_WORDS for w in words):
        return False  # "the Champions League": a competition
    club = kind == "organisation" and words[-1] in CLUB_PLACE_WORDS and len(words) > 1
    if words[-1] in PLACE_WORDS and not club or name.casefold() in titles:
        return False
    if kind == "person" and (len(words) < 2 or any(w.casefold() in stopwords for w in words)):
        return False
    if kind == "person" and words[0].rstrip(".") in _PLACE_FIRST_WORDS:
        return False  # "North Kivu ... Kivu": a place's name, its last word repeated
    if kind == "person" and words[-1].casefold() in OFFICE_LAST_WORDS:
        return False  # "Navy Flag Officer": a title, no name
    return len(name) > 2


#: The evidence of a publication named by its kind after it.
MEDIA_EVIDENCE = "media noun after"
#: A kind of publication right after a name: "The Skyline online magazine", "the Kavo Post
#: newspaper", "Kilo Weekly news site".
_MEDIA_NOUN_AFTER = regex.compile(
    r"^\s+(?:(?:online|news|weekly|daily|monthly|business|defence|defense)\s+)?"
    r"(?:magazine|newspaper|website|news\s+site|portal|broadcaster|tabloid|blog)\b"
)
#: A verb of renaming right before a name, a quotation mark allowed ("now renamed “X”").
_RENAMED_BEFORE = regex.compile(r"\b(?:renamed|rebranded(?:\s+as)?)\s+[“\"‘']?$")
#: Types of a body a renaming names again.
_RENAMED_TYPES = ("organisation", "armed_group", "company", "media", "military")


def _renamed_body(spans: list[tuple], sentence_start: int, start: int, before: str) -> str:
    """The type of the body a name renames ("fighters of the Acme Group, now renamed
    “Kilo Corps”"): a body the lexicon knows earlier in the sentence, and a verb of
    renaming right before the name; else "". A place renamed names no body."""
    if not _RENAMED_BEFORE.search(before[-40:]):
        return ""
    bodies = [s for s in spans if sentence_start <= s[0] < start and s[2] in _RENAMED_TYPES]
    return bodies[-1][2] if bodies else ""


def _lexicon_spans(rows: Sequence[MentionRow]) -> list[tuple[int, int, str, str]]:
    """(start, end, type, country, generic, form) of each mention so far, in order;
    ``generic`` is True for a generic institution ("the army")."""
    return sorted(
        (r.start, r.end, r.type, r.country, r.evidence == "generic institution", r.form)
        for r in rows
    )


def _covered_at(
    spans: list[tuple[int, int, str, str]], offset: int, unless: tuple[str, ...] = ()
) -> bool:
    """True when a lexicon mention (of a type not in ``unless``) holds ``offset``."""
    index = bisect_right(spans, (offset, float("inf"))) - 1
    if index < 0 or not spans[index][0] <= offset < spans[index][1]:
        return False
    return spans[index][2] not in unless


def _match_side(
    name: str, start: int, before: str, after: str, spans: list[tuple[int, ...]]
) -> list[tuple[str, str, str, int, str]]:
    """A one-word name on one side of a match verb whose other side is a lexicon club
    ("if Arsenal lost to Some Town FC", "Some Town FC defeated Arsenal"); else nothing."""
    if " " in name or not name[1:].islower() or before[-1:].isalpha():
        return []
    end = start + len(name)
    verb = regex.match(r"^\s+\w+(?: \w+)?\s+", after)
    other = None
    if verb and MATCH_AFTER.match(verb.group()):
        other = next((s for s in _spans_near(spans, end) if s[0] == end + verb.end()), None)
    elif MATCH_BEFORE.search(before):
        index = bisect_right(spans, (start, float("inf"))) - 1
        while index >= 0 and spans[index][1] > start:
            index -= 1
        if index >= 0:
            gap = before[len(before) - (start - spans[index][1]) :]
            other = spans[index] if MATCH_BEFORE.search(" " + gap) and len(gap) < 20 else None
    if other is None or other[2] != "organisation":
        return []
    return [(name, "organisation", "match verb", start, "")]


def _titled_country_name(
    before: str, words: list[str], start: int, spans: list[tuple[int, ...]], titles: set[str]
) -> list[tuple[str, str, str, int, str]]:
    """A person after a role whose given name the lexicon reads as a country ("campaign
    organiser Jordan Pike", "Defence Minister Georgia Lee"); else nothing."""
    prev = before.rstrip().rsplit(None, 1)[-1].casefold() if before.strip() else ""
    if prev not in titles or not 2 <= len(words) <= 3 or before[-1:] != " ":
        return []
    if not all(w[:1].isupper() and w[1:2].islower() for w in words):
        return []
    first_end = start + len(words[0])
    end = start + len(" ".join(words))
    near = [s for s in _spans_near(spans, start) if s[0] < end and s[1] > start]
    if len(near) != 1 or near[0][:2] != (start, first_end) or near[0][2] != "country":
        return []
    name = clean_name(" ".join(words))
    return [(name, "person", "title before", start, "")]


def _listed_with_suffixed(
    name: str, start: int, spans: list[tuple[int, ...]], titled: bool
) -> list[tuple[str, str, str, int, str]]:
    """Two names joined by "and" whose first ends in an organisation's last word
    ("Acme Industries and Brisco Safety"): the second is of the same kind (coordination
    joins likes). Nothing when the second is a place, a lexicon name or one word."""
    head, _, rest = name.partition(" and ")
    head_words, rest_words = head.split(), rest.split()
    if titled or not rest or len(head_words) < 2 or any(w.islower() for w in head_words):
        return []  # "the Chaplain of the Fleet and ...": a title, no name
    kind = ORG_SUFFIXES.get(head_words[-1].rstrip("."))
    rest_start = start + len(head) + len(" and ")
    near = _spans_near(spans, start)
    head_end = start + len(head.rstrip("."))
    if not kind or _covered_at(spans, head_end - 1):
        return []  # "the Indian Air Force and ...": the lexicon's name ends the first
    own = [(head, kind, "organisation suffix", start, "")]
    if (
        kind not in ("company", "organisation")
        or not 2 <= len(rest_words) <= 3
        or rest_words[-1] in PLACE_WORDS
        or rest_words[0].rstrip(".") in _PLACE_FIRST_WORDS
        or any(w.islower() or w in NOT_NAME_WORDS for w in rest_words)
        or any(s[0] < rest_start + len(rest) and s[1] > rest_start for s in near)
    ):
        return own  # "Acme Industries and Lake Ontario", "... and South Korea"
    return [*own, (rest, kind, "listed with", rest_start, "")]


#: First words of a place's name ("Lake Ontario", "Mount Kenya", "Cape Town").
#: Words that open many places' names in English and the Romance languages ("New Hampshire",
#: "San Juan", "Rio Grande", "Los Lagos", "El Oro"): no party's name opens so.
_PLACE_OPENERS = frozenset(("New", "San", "Santa", "Santo", "São", "Rio", "Los", "Las", "El"))
#: Directions closing a place's name in the Romance languages ("Kivu Sur", "Rio Grande do Sul").
_PLACE_CLOSERS = frozenset(("Sur", "Norte", "Sul", "Nord", "Este", "Oeste", "Ouest", "Centro"))
_PLACE_FIRST_WORDS = frozenset(
    ("Lake", "Mount", "Mt", "Port", "Cape", "Fort", "Gulf", "Bay", "Isle", "Saint", "St", "Lower",
     "Upper", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western")
)  # fmt: skip


def _spans_near(spans: list[tuple[int, ...]], start: int) -> list[tuple[int, ...]]:
    """The mentions from the one before ``start`` on."""
    index = bisect_right(spans, (start, float("inf"))) - 1
    return spans[max(index, 0) :]


def _trim_lead(part: str, at: int, spans: list[tuple[int, ...]]) -> tuple[str, int]:
    """``part`` (at offset ``at``) without a leading "the" and a country's possessive or
    demonym the lexicon counted ("the UK’s Some Authority" -> "Some Authority")."""
    words = part.split(" ")
    while len(words) > 2 and (
        words[0] in ("the", "The") or _covered_at(spans, at, _NAMED) and not words[0].islower()
    ):
        at += len(words[0]) + 1
        words = words[1:]
    return " ".join(words), at


def _generic_last_word(spans: list[tuple[int, ...]], start: int, end: int) -> bool:
    """True when the only lexicon mention inside ``[start, end)`` is a generic institution
    ("army", "police") written as its last word: "the Free Some Army" is a name of its own."""
    index = bisect_right(spans, (start, float("inf"))) - 1
    inside = [s for s in spans[max(index, 0) :] if s[0] < end and s[1] > start]
    return (
        len(inside) == 1
        and inside[0][4]
        and inside[0][1] == end
        and inside[0][0] > start
        and " " not in inside[0][5]
    )


def _lexicon_possessive(words: list[str], start: int, spans: list[tuple]) -> int:
    """How many leading words make a possessive of a country or government the lexicon counted,
    a name of two or three words ("South Korea’s", "the United States’"), else 0."""
    for count in (2, 3):
        if len(words) <= count or not words[count - 1].endswith(("'s", "’s", "s'", "s’")):
            continue
        end = start + len(_POSSESSIVE.sub("", " ".join(words[:count])))
        if _covered_span(spans, start, end) and _country_at(spans, start):
            return count
    return 0


def _covered_span(spans: list[tuple[int, int, str, str]], start: int, end: int) -> bool:
    """True when one lexicon mention holds all of ``[start, end)``."""
    index = bisect_right(spans, (start, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= start and spans[index][1] >= end


def _country_at(spans: list[tuple[int, int, str, str]], start: int) -> str:
    """The country of a country or government mention that begins at ``start``, else ""."""
    index = bisect_right(spans, (start, float("inf"))) - 1
    if index < 0 or spans[index][0] != start or spans[index][2] not in ("country", "government"):
        return ""
    return spans[index][3]


def _country_before(
    spans: list[tuple[int, int, str, str]], start: int, text: str, described: bool = False
) -> str:
    """The country of a country, government or demonym mention ending just before ``start``
    ("Dutch Defence Minister", "South Korea's ..."). With ``described`` (a firm named after
    the noun that says what it is), up to four lower-case words may stand between: "French
    shipbuilding joint venture Acme" is French."""
    index = bisect_right(spans, (start, float("inf"))) - 1
    while index >= 0 and spans[index][1] > start:
        index -= 1
    if index < 0:
        return ""
    span_start, span_end, kind, country = spans[index][:4]
    between = text[span_end:start]
    if regex.search(r"[,;:()\"“”]|\.\s", between):
        return ""  # "... appease India, Samaa TV reported": another clause
    if kind in ("country", "government") and len(between) <= 40 and "\n" not in between:
        words = _WORDS.findall(between)
        if all(w[:1].isupper() or w in ("'s", "’s", "s") for w in words):
            return country
        if described and len(words) <= 4 and all(w.islower() for w in words):
            return country
    return ""
