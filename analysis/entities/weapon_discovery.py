"""Weapon discovery: systems no lexicon knows, recognised from their shape next to a class noun.

A second pass over the mentions table, like ``analysis.discovery`` for actors:

- a designation (letters and digits: "K-300", "MIM-104E", "M2A1", "AN/QRS-12", "EL/Q-2052",
  "XT 7B", a maker's name and model number: "Falco 208"; a variant suffix
  "-300" is left out of the name) or a
  ship class ("Ulsan-class", "Ulsan-class Batch II") right before a class noun
  ("the K-300 howitzer", "MIM-104E missiles", "K-300 armoured supply
  vehicles") is one mention of that system, named by its designation; the
  class noun is not counted again;
- a class noun in apposition before a designation ("a radar satellite, XT
  7B,") is one mention of the designation; before a lexicon system of its
  category ("an IRBM, the Agni-4") it is part of that system's mention;
- a modifier coordinated with a class's own ("surface-to-air and cruise
  missiles") names a class of its own when the lexicon has it
  ("surface-to-air missile");
- a one-word name the lexicon knows with a class noun after it ("Meteor missile"),
  written with describing words before that noun ("Meteor beyond-visual-range
  missiles", "Aster surface-to-air missiles"), is one mention of that system;
- a capitalised name with its acronym before "system(s)" ("Sky Watch
  Electronic Measure (SWEM) systems"), or a capitalised name ending in
  "System" that holds a lexicon class ("Automated Air Defence Reporting
  System"), is one named system;
- a name and its bracketed acronym after a name that ends in a class noun ("Light
  Armoured Vehicles (LAVs)") are two mentions of one system; an all-capital
  programme name before capitalised words ending in a class noun ("ZENTAR Long
  Range Radar") is one;
- the rules live in helpers: ``weapon_designations`` (designations by a class noun),
  ``weapon_named_systems`` (capitalised names, acronyms, appositions),
  ``weapon_appositions`` (a class noun that describes a system after it), ``weapon_ships``
  (warships by prefix or hull number), ``weapon_repeats`` (later mentions),
  ``weapon_names`` (class words inside other names, families), ``weapon_models``
  (makers' models, civil airliners), ``weapon_references`` (words that refer back),
  ``weapon_exclusions`` (class words that are no mention of their own),
  ``weapon_nicknames`` (a quoted nickname after a designation: "Tu-95 'Bear'"), ``weapon_guns``
  (a bare "gun" in an article about small arms) and
  ``weapon_variants`` (variant words between a system and its class noun: "F-16D
  Block 72 aircraft" is one mention).

Rows found carry ``in_lexicon`` False and their rule as ``evidence``.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.entities.lexicon import Lexicons
from analysis.entities.matcher import compile_matcher
from analysis.entities.mention_rows import MentionRow, row_at
from analysis.entities.scan import lookup_form
from analysis.entities.weapon_appositions import designation_in_apposition
from analysis.entities.weapon_brackets import bracketed_classes
from analysis.entities.weapon_calibres import calibre_names
from analysis.entities.weapon_class_titles import titles_as_classes
from analysis.entities.weapon_data import function_words
from analysis.entities.weapon_designations import (
    DESIGNATION,
    as_lexicon_variant,
    variant_of_lexicon_name,
    with_class_after,
    with_class_before,
)
from analysis.entities.weapon_designations_again import designations_again
from analysis.entities.weapon_exclusions import (
    adjacent_classes,
    arms_idioms,
    compared,
    described_classes,
    described_systems,
    formations,
    military_modifiers,
    quoted_neighbours,
    riot_control,
    second_roles,
    unowned_planes,
)
from analysis.entities.weapon_guns import bare_guns
from analysis.entities.weapon_list_members import list_members, member_repeats
from analysis.entities.weapon_models import (
    after_civil_maker,
    after_maker,
    civil_aircraft,
    model_names,
    popular_names,
)
from analysis.entities.weapon_named_systems import (
    ACRONYM_LED,
    CAPITAL_RUN,
    acronym_led,
    appositions,
    coordinated_modifiers,
    name_after_class_noun,
    named_before_described_class,
    named_system,
)
from analysis.entities.weapon_names import (
    adjacent_repeats,
    family_mentions,
    inside_names,
    lower_case_names,
    slash_siblings,
)
from analysis.entities.weapon_neighbours import known_short_names, weapon_neighbours
from analysis.entities.weapon_nicknames import nicknames, quoted_after_class
from analysis.entities.weapon_references import (
    aircraft_roles_back,
    bare_variants,
    fighters_back,
    numbered_rounds,
    owned_ships_and_fighters,
    popular_repeats,
    short_designations,
    vehicles_back,
)
from analysis.entities.weapon_repeats import later_mentions
from analysis.entities.weapon_ship_references import (
    boats_back,
    classes_by_short_name,
    hull_numbers_again,
    listed_ships,
    ships_back,
)
from analysis.entities.weapon_ships import (
    find_ships,
    is_ship_name,
    named_after_class,
    named_before_class,
)
from analysis.entities.weapon_short_names import (
    first_word_repeats,
    first_word_titles,
    last_word_repeats,
)
from analysis.entities.weapon_variants import variant_repeats
from analysis.text import Article, Sentence


def discover_weapons(
    article: Article,
    sentences: Sequence[Sentence],
    rows: list[MentionRow],
    lexicons: Lexicons | None = None,
) -> list[MentionRow]:
    """Return ``rows`` with the weapons found from their shape, in text order (see the
    module docstring)."""
    text = article.text
    rows = _without_ship_actors(rows)
    if lexicons is not None:
        matcher = compile_matcher(lexicons)
        rows = military_modifiers(text, rows, lambda form: lookup_form(matcher, form))
    spans = [(i, r.start, r.end, r.kind, r.name, r.type, r.weapon_class)
             for i, r in enumerate(rows)]  # fmt: skip
    found, drop = find_ships(article, spans)
    after_class, replaced = named_after_class(article, spans)
    found += [f for f in after_class if not any(g[3] < f[4] and f[3] < g[4] for g in found)]
    drop.update(replaced)
    civil, civil_models = civil_aircraft(article, spans)
    drop.update(civil)
    acronyms: dict[str, str] = {}
    for section in article.counted_sections():
        for m in DESIGNATION.finditer(text, section.start, section.end):
            if any(a < m.end() and m.start() < b for a, b in civil_models):
                continue
            if after_civil_maker(text, m.start()):
                continue  # "a BMW X5 vehicle": a car's model
            hit = with_class_after(text, m, spans, found)
            if hit is None:
                hit = with_class_before(text, m, spans, found)
            if hit is None:
                hit = designation_in_apposition(text, m, spans, found)
            if hit is None:
                hit = after_maker(text, m, spans, found)
            if hit is None and lexicons is not None:
                hit = variant_of_lexicon_name(text, m, spans, found, compile_matcher(lexicons))
            if hit is not None:
                rows_hit = hit[0] if isinstance(hit[0], list) else [hit[0]]
                if lexicons is not None:
                    matcher = compile_matcher(lexicons)
                    rows_hit = [as_lexicon_variant(text, r, matcher) for r in rows_hit]
                found += rows_hit
                drop.update(hit[1])
        for m in CAPITAL_RUN.finditer(text, section.start, section.end):
            hit = named_system(text, m, spans, found)
            if hit is not None:
                found += hit[0] if isinstance(hit[0], list) else [hit[0]]
                drop.update(hit[1])
                if hit[2]:
                    acronyms[found[-1][0]] = hit[2]
        for m in ACRONYM_LED.finditer(text, section.start, section.end):
            hit = acronym_led(text, m, spans, found)
            if hit is not None:
                found.append(hit[0])
                drop.update(hit[1])
    found = _classes_before_ships(text, found)
    ships, replaced = named_before_class(text, spans, found)
    found += ships
    drop.update(replaced)
    calibred, replaced = calibre_names(article, [s for s in spans if s[0] not in drop])
    found += [c for c in calibred if not any(f[3] < c[4] and c[3] < f[4] for f in found)]
    drop.update(replaced)
    named, replaced = popular_names(article, spans, found)
    found += named
    drop.update(replaced)
    models, replaced = model_names(article, spans, found)
    found += _ship_models_as_classes(models, found, lexicons)
    drop.update(replaced)
    if lexicons is not None:
        rows_found = family_mentions(article, spans, lexicons)
        for row in rows_found + lower_case_names(article, spans, lexicons):
            if not any(f[3] < row[4] and row[3] < f[4] for f in found):
                found.append(row)
                drop.update(s[0] for s in spans if row[3] <= s[1] and s[2] <= row[4])
    again, replaced = later_mentions(article, spans, found, acronyms)
    found += again
    drop.update(replaced)
    drop.update(inside_names(article, spans))
    drop.update(adjacent_repeats(text, spans))
    if lexicons is not None:
        siblings, replaced = slash_siblings(text, spans, compile_matcher(lexicons))
        found += [f for f in siblings if not any(g[3] < f[4] and f[3] < g[4] for g in found)]
        drop.update(replaced)
    drop.update(appositions(text, spans))
    drop.update(compared(text, spans))
    drop.update(described_classes(text, spans))
    drop.update(formations(text, spans))
    drop.update(arms_idioms(text, spans))  # "took up arms": no weapon
    drop.update(riot_control(text, spans))  # "tear gas shells": police kit
    drop.update(unowned_planes(text, spans))
    drop.update(adjacent_classes(text, spans))
    drop.update(quoted_neighbours(text, spans))
    drop.update(described_systems(text, spans, function_words()))
    drop.update(bracketed_classes(text, spans, found))
    nicknamed, replaced = nicknames(
        text, [(c.start, c.end) for c in article.counted_sections()], spans, found
    )
    found += nicknamed
    drop.update(replaced)
    named, replaced = quoted_after_class(text, spans, found)
    found += named
    drop.update(replaced)
    if lexicons is not None:
        named, replaced = name_after_class_noun(text, spans, found, compile_matcher(lexicons))
        found += named
        drop.update(replaced)
        named, replaced = named_before_described_class(
            text, spans, found, compile_matcher(lexicons)
        )
        found += named
        drop.update(replaced)
        found += list_members(text, spans, found, compile_matcher(lexicons))
        found += member_repeats(
            text, [(c.start, c.end) for c in article.counted_sections()], spans, found
        )
        found += weapon_neighbours(
            text, [(c.start, c.end) for c in article.counted_sections()], spans, found,
            compile_matcher(lexicons),
        )  # fmt: skip
    found += bare_variants(article, spans, found)
    found += numbered_rounds(article, spans, found)
    found += owned_ships_and_fighters(article, spans, found)
    found += fighters_back(article, spans, found)
    found += aircraft_roles_back(article, [s for s in spans if s[0] not in drop], found)
    found += popular_repeats(article, spans, found)
    found += short_designations(article, spans, found)
    if lexicons is not None:
        sections = [(c.start, c.end) for c in article.counted_sections()]
        found += last_word_repeats(text, sections, spans, found, compile_matcher(lexicons))
        found = first_word_titles(text, sections, spans, found, compile_matcher(lexicons))
        found += first_word_repeats(text, sections, spans, found, compile_matcher(lexicons))
        found = designations_again(text, sections, spans, found, compile_matcher(lexicons))
    found += vehicles_back(article, [s for s in spans if s[0] not in drop], found)
    found += bare_guns(article, [s for s in spans if s[0] not in drop], found)
    found += boats_back(article, [s for s in spans if s[0] not in drop], found)
    found += ships_back(article, [s for s in spans if s[0] not in drop], found)
    found += listed_ships(article, [s for s in spans if s[0] not in drop], found)
    found += classes_by_short_name(article, [s for s in spans if s[0] not in drop], found)
    found += hull_numbers_again(article, spans, found)
    if lexicons is not None:
        found += coordinated_modifiers(text, rows, compile_matcher(lexicons))
    if lexicons is not None:
        found = titles_as_classes(text, found, compile_matcher(lexicons))
        found = known_short_names(found, compile_matcher(lexicons))
    if not found and not drop:
        return _without_second_roles(text, variant_repeats(text, rows))
    new = [
        row_at(sentences, "", kind="weapon", name=name, type=category, weapon_class=weapon_class,
               country="", form=text[start:end], start=start, end=end, in_lexicon=False,
               evidence=evidence)
        for name, category, weapon_class, start, end, evidence in found
    ]  # fmt: skip
    kept = _outside_found(new, [r for i, r in enumerate(rows) if i not in drop])
    return _without_second_roles(
        text, variant_repeats(text, sorted(kept + new, key=lambda r: r.start))
    )


def _outside_found(new: list[MentionRow], kept: list[MentionRow]) -> list[MentionRow]:
    """``kept`` without the weapon rows a found row already covers: one stretch of text
    is one mention ("the ALCMs" a rule found as an acronym is not also the lexicon's)."""
    covers = [(r.start, r.end) for r in new]
    return [
        r
        for r in kept
        if r.kind != "weapon" or not any(a <= r.start and r.end <= b for a, b in covers)
    ]


def _without_second_roles(text: str, rows: list[MentionRow]) -> list[MentionRow]:
    """``rows`` without the second role of a named system ("the ZR-7 jet trainer and
    light-attack aircraft"), found or listed (``weapon_exclusions.second_roles``)."""
    spans = [
        (i, r.start, r.end, r.kind, r.name, r.type, r.weapon_class) for i, r in enumerate(rows)
    ]
    drop = set(second_roles(text, spans))
    return [r for i, r in enumerate(rows) if i not in drop]


def _classes_before_ships(text: str, found: list[tuple]) -> list[tuple]:
    """A ship class right before a ship's name ("Flyvefisken-class patrol ship Sėlis
    (P15)") is part of the ship's one mention, as a bare class word is."""
    classes = {f[4] + 1: f for f in found if "-class" in f[0] and text[f[4] : f[4] + 1] == " "}
    out = []
    for f in found:
        if f in classes.values() and any(g[3] == f[4] + 1 and g[5] in _SHIPS for g in found):
            continue
        if f[5] in _SHIPS and f[3] in classes:
            f = (*f[:3], classes[f[3]][3], *f[4:])
        out.append(f)
    return out


_SHIPS = ("ship prefix", "hull number")


def _ship_models_as_classes(models: list[tuple], found: list[tuple], lexicons) -> list[tuple]:
    """A ship model's name ("Krivak frigates", "Virginia submarines") under its class's
    name when the lexicon or the article names that class ("Virginia-class submarine",
    "Krivak class stealth frigates"): one class, one name."""
    matcher = compile_matcher(lexicons) if lexicons is not None else None
    out = []
    for row in models:
        if row[1] == "ships":
            named = next((f for f in found if f[0].startswith(f"{row[0]}-class ")), None)
            target = lookup_form(matcher, f"{row[0]}-class") if matcher is not None else None
            if target.__class__ is tuple and target[1] == "weapon":
                row = (target[0], target[2], target[3], *row[3:])
            elif named is not None:
                row = (named[0], named[1], named[2], *row[3:])
        out.append(row)
    return out


def _without_ship_actors(rows: list[MentionRow]) -> list[MentionRow]:
    """Names found as actors that are ships ("LNS Sėlis", then "Sėlis"): a navy's ship
    prefix makes the name a warship, which ``find_ships`` counts."""
    ships = {
        r.name for r in rows if r.kind == "actor" and not r.in_lexicon and is_ship_name(r.name)
    }
    if not ships:
        return rows
    return [r for r in rows if not (r.kind == "actor" and r.name in ships)]
