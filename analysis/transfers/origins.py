"""Makers the text names for its items: who sells what a buyer's row leaves open.

An article often tells a purchase in one place and the maker of the things bought in
another: "Peru signed a contract for 14 F-16 jets. The jets, made by Lockheed Martin, will
arrive in 2026"; "US-made jets for Iraq" in a headline; "64 of the Lockheed Martin
aircraft". A government buying from a maker buys from it, so the one maker the text
names for an item is the seller of a row about that item whose seller no sentence names.

The claims are read from the words around each weapon mention, the article's own words,
never from a list of who makes what:

- before it: a maker's name ("the Lockheed Martin aircraft", "Baykar's drones"), a
  country with a making suffix ("US-made", "Turkish-built"); a bare demonym ("Turkish
  tanks") only when the weapon lexicon's maker country agrees (a bare demonym is as often
  the user's: "Russian tanks" in a war report);
- after it: a making verb with "by" a maker or "in" a country ("jets, made by X",
  "fighters manufactured in France"). Design verbs name no seller (a designer does not
  sell), except beside a builder: items "designed by A and manufactured with B" come from
  both, one row each (``add_design_and_build_sides``; "They are designed by A ..." after
  a sentence that ordered them names that sentence's items).

A row takes a maker only when the claims for its item (the same canonical item, or a
generic word of its kind: "US-made jets" for F-16s) name one country; the seller is then
the company named for it, else the country. Never for a row whose seller is written
without a name, nor for a maker of the recipient's own country that is not a company, nor
for a delivery by a country (a delivered item may be second-hand: its maker is not its
giver).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from analysis.transfers import rules as rules
from analysis.transfers.records import Transfer, drop_repeats

#: A making suffix on a country or maker before an item: "US-made", "Turkish-built".
MADE_SUFFIX = re.compile(r"(?i)^-(?:made|built|manufactured|produced|supplied)\b")
#: What may stand between a maker before an item and the item: a possessive, a making
#: suffix, then up to two modifiers ("Baykar's armed drones", "US-made F-16 jets").
BEFORE_GAP = re.compile(
    r"(?i)^(?P<own>['’]s)?(?P<made>-(?:made|built|manufactured|produced|supplied))?"
    r"(?P<words>(?:\s+[\w-]+){0,2}?)\s+$"
)
#: A making verb after an item, up to the maker: "jets, made by", "which were built in".
AFTER_GAP = re.compile(
    r"(?i)^,?\s*(?:(?:which|that)\s+(?:are|were|is|was|will\s+be|have\s+been)\s+)?"
    r"(?:made|built|manufactured|produced|assembled)\s+(?P<prep>by|in)\s+(?:the\s+)?$"
)
#: What joins two makers named before one item: "Turkish-made and German-made tanks".
COORDINATED = re.compile(
    r"(?i)^(?:-(?:made|built|manufactured|produced))?\s*(?:,|and|or|,\s*and)\s*$"
)
#: Statuses of a purchase not yet delivered: the maker is the seller.
BUYING_STATUSES = frozenset({"agreed", "planned", "sought", "possible", "offered", "unspecified"})


@dataclass(frozen=True)
class OriginClaim:
    """A maker the text names for one weapon mention."""

    maker: str  # the actor's canonical name
    maker_type: str  # the lexicon's type (country, company ...)
    country: str  # the maker's country, as a name
    text: str  # the maker as written
    item: str  # the weapon's canonical name
    kind: str  # the weapon's category
    generic: bool  # the weapon is a class word ("jets"), not a named system
    sentence_number: int
    bare: str = ""  # the country code of a bare demonym ("Turkish tanks"), else ""


def find_origin_claims(
    text: str, sentences: Sequence, mentions: Sequence, country_names: Mapping[str, str]
) -> list[OriginClaim]:
    """The makers the text names beside its weapon mentions, in reading order."""
    actors = sorted((m for m in mentions if m.kind == "actor"), key=lambda m: m.start)
    claims = []
    for weapon in (m for m in mentions if m.kind == "weapon"):
        number = next((s.number for s in sentences if s.start <= weapon.start < s.end), 0)
        for actor, bare in _makers_beside(text, weapon, actors):
            country = country_names.get(actor.country, actor.country) if actor.country else ""
            claims.append(
                OriginClaim(
                    actor.name, actor.type, country or actor.name, text[actor.start : actor.end],
                    weapon.name, weapon.type, not weapon.country, number,
                    actor.country if bare else "",
                )
            )  # fmt: skip
    return claims


def _makers_beside(text: str, weapon, actors: Sequence) -> list[tuple]:
    """The actors the words right before or right after ``weapon`` name as its maker, each
    with True when it is a bare demonym (a maker only where the lexicon agrees)."""
    found = []
    before = [a for a in actors if a.end <= weapon.start and weapon.start - a.end <= 40]
    if before:
        actor = before[-1]
        gap = BEFORE_GAP.match(text[actor.end : weapon.start])
        if gap and _maker_before(actor, gap):
            found.append((actor, _bare(actor, gap, text)))
            # coordinated makers: "Turkish-made and German-made tanks", "US and French jets"
            for earlier in reversed(before[:-1]):
                if not COORDINATED.match(text[earlier.end : found[-1][0].start]):
                    break
                if earlier.type in ("company", "country"):
                    found.append((earlier, _bare(earlier, gap, text)))
    after = [a for a in actors if a.start >= weapon.end and a.start - weapon.end <= 45]
    if after:
        actor = after[0]
        gap = AFTER_GAP.match(text[weapon.end : actor.start])
        by_maker = gap and (gap.group("prep").lower() == "by" or actor.type == "country")
        if by_maker and actor.type in rules.PARTY_TYPES:
            found.append((actor, False))
    return found


def _maker_before(actor, gap: re.Match) -> bool:
    """True when an actor right before a weapon may be its maker: a company (bare or with
    "'s"), a country with a making suffix or written without "'s"."""
    if "'" in gap.group("words") or "’" in gap.group("words"):
        return False
    if actor.type == "company":
        return True
    return actor.type == "country" and not gap.group("own")


def _bare(actor, gap: re.Match, text: str) -> bool:
    """True when a country before an item is written bare, with no making suffix:
    "Turkish tanks" (the maker's, or the user's), not "Turkish-made tanks"."""
    return (
        actor.type == "country"
        and not gap.group("made")
        and not MADE_SUFFIX.match(text[actor.end : actor.end + 12])
    )


def fill_told_makers(
    rows: list[Transfer],
    text: str,
    sentences: Sequence,
    mentions: Sequence,
    country_names: Mapping[str, str],
) -> list[Transfer]:
    """Rows whose seller no sentence names take the one maker the text names for the item.

    ``inferred_from`` is the number of the sentence that names the maker.
    """
    claims = find_origin_claims(text, sentences, mentions, country_names)
    if not claims:
        return rows
    made_in = {m.name: m.country for m in mentions if m.kind == "weapon" and m.country}
    out = []
    for row in rows:
        if _open_for_maker(row):
            maker = _one_maker(row, claims, made_in)
            if maker is not None:
                row = replace(
                    row, supplier=maker.maker, supplier_country=maker.country,
                    supplier_text=maker.text, inferred_from=str(maker.sentence_number),
                )  # fmt: skip
        out.append(row)
    return drop_repeats(out)


def _open_for_maker(row: Transfer) -> bool:
    """A row that names its recipient and no seller, not even in words without a name."""
    return (
        row.supplier == rules.NOT_STATED
        and not row.supplier_text.strip()
        and row.recipient not in (rules.NOT_STATED, rules.UNRESOLVED)
        and not row.polarity
    )


def _one_maker(
    row: Transfer, claims: Sequence[OriginClaim], made_in: Mapping[str, str]
) -> OriginClaim | None:
    """The claim that names the one maker of the row's item, or None. A bare demonym
    counts only when the weapon lexicon's maker country of the row's item agrees."""
    mine = [
        c for c in claims
        if (c.item == row.item or c.generic and row.category and c.kind == row.category)
        and (not c.bare or c.bare == made_in.get(row.item))
    ]  # fmt: skip
    if len({c.country for c in mine}) != 1:
        return None
    companies = [c for c in mine if c.maker_type == "company"]
    if len({c.maker for c in companies}) > 1:
        return None  # two makers of one country: which one sells is not said
    maker = (companies or mine)[0]
    own_or_given = maker.country == row.recipient_country or row.status not in BUYING_STATUSES
    if maker.maker_type != "company" and own_or_given:
        return None  # a country does not sell to itself; a gift may be second-hand
    return maker


#: The words before a designer: "designed by", "designed and developed by the company".
DESIGNED_BY = re.compile(
    r"(?i)\bdesigned(?:\s+and\s+developed)?\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?$"
)
#: The words before a builder told after a designer: "and will be manufactured in
#: partnership with", "and built by".
BUILT_BY = re.compile(
    r"(?i)\b(?:manufactured|built|produced|assembled|made)\s+"
    r"(?:(?:in\s+partnership|jointly|together)\s+)?(?:with|by)\s+(?:the\s+)?$"
)
#: A sentence that tells the items before it by a pronoun or a bare definite noun: "They
#: are designed by ...", "The vehicles were designed by ...".
ITEMS_AGAIN = re.compile(
    r"(?i)^(?:they|it|these|the\s+[\w-]+)\s+(?:is|are|was|were|will|have|has)\b"
)


def add_design_and_build_sides(
    rows: list[Transfer], sentences: Sequence, mentions: Sequence, country_names: Mapping[str, str]
) -> list[Transfer]:
    """Items "designed by A and manufactured with B" come from both: one row each.

    A designer alone sells nothing (see the module doc), but a sentence that names the
    designer and the builder of the same items names the two firms the deal is shared by.
    The rows are those of the sentence that names them, whose seller is unnamed or the
    designer; or, when the sentence tells the items again by a pronoun or a bare definite
    noun ("They are designed by A and will be built by B"), the unnamed sellers' rows of
    the sentence before.
    """
    companies = sorted(
        (m for m in mentions if m.kind == "actor" and m.type == "company"), key=lambda m: m.start
    )
    out = list(rows)
    for sentence in sentences:
        pair = _designer_and_builder(sentence, companies)
        if pair is None:
            continue
        designer, builder = pair
        told_again = ITEMS_AGAIN.match(sentence.text) is not None
        for i, row in enumerate(list(out)):
            here = row.sentence_number == sentence.number and row.supplier in (
                rules.NOT_STATED, designer.name
            )  # fmt: skip
            before = (
                told_again and row.sentence_number == sentence.number - 1
                and row.supplier == rules.NOT_STATED and not row.supplier_text.strip()
            )  # fmt: skip
            if not (here or before):
                continue
            inferred = "" if here else str(sentence.number)
            out[i] = _supplied_by(row, designer, sentence, country_names, inferred)
            out.append(_supplied_by(row, builder, sentence, country_names, inferred))
    return drop_repeats(out)


def _designer_and_builder(sentence, companies: Sequence) -> tuple | None:
    """The designer and the builder one sentence names for the same items, or None."""
    inside = [m for m in companies if sentence.start <= m.start and m.end <= sentence.end]
    offset = sentence.start
    for first, second in zip(inside, inside[1:], strict=False):
        designed = DESIGNED_BY.search(sentence.text[: first.start - offset])
        built = BUILT_BY.search(sentence.text[first.end - offset : second.start - offset])
        if designed and built and first.name != second.name:
            return first, second
    return None


def _supplied_by(row: Transfer, maker, sentence, country_names, inferred: str) -> Transfer:
    """``row`` with ``maker`` as its supplier, as written in ``sentence``."""
    country = country_names.get(maker.country, maker.country) if maker.country else maker.name
    text = sentence.text[maker.start - sentence.start : maker.end - sentence.start]
    return replace(
        row, supplier=maker.name, supplier_country=country, supplier_text=text,
        inferred_from=inferred or row.inferred_from,
    )  # fmt: skip
