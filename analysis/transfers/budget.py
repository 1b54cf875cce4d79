"""Budget lines to buy equipment: planned (allocated) or sought (requested) transfers.

CONVENTIONS.md: "A government buying from its own industry is a transfer (the company
supplies, the service or country receives); a budget line to buy equipment is `planned` when
allocated, `sought` when only requested. Money earmarked for a weapon and stocks kept in a
country are not transfers."

A budget line is a sentence with a word of money set aside ("budget", "allocates",
"appropriation", "funding") that ties money to equipment through a purpose phrase ("for 20
tanks", "to procure frigates", "for the purchase of radios"). Its rows:

- item: each weapon written after the first purpose phrase, unless the words between the
  phrase and the item say the money does not buy it ("for the development of");
- recipient: the force or state of a for-phrase after the item ("for the navy"), else the
  possessor of the budget ("Peru's budget"), else a state, government or force written before
  the budget word, else the one state the article names most up to the sentence; a parliament
  or its committee stands for its state ("the Dutch parliament's budget": the Netherlands);
- supplier: the company written as part of the item ("Acme K9 howitzers") or in a from-phrase
  after it, else not stated (no transfer verb names a seller);
- status: ``sought`` when the sentence only requests the money, else ``planned``.

Sentences the frame reader already gave rows, lines that are cut, withheld or earmarked, and
lines about gifts (aid belongs to the give frames) give nothing here. The words are data:
``data/budget_lines.csv``.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from analysis import config
from analysis.grammar import Parse, parse_sentence
from analysis.text import Sentence
from analysis.transfers import rules as rules
from analysis.transfers.records import Transfer

BUDGET_FILE = config.DATA_DIR / "budget_lines.csv"
#: Actor types that can own a budget or receive what it buys.
OWNER_TYPES = ("country", "government", "military")
#: An amount of money: a currency sign or code next to a number, or a number with a money word.
MONEY_PATTERN = re.compile(
    r"(?i)(?:[$€£₹¥₩]|\b(?:us|a|au|c|nz)\$|\b(?:usd|eur|gbp|krw|inr|jpy|rs\.?|aud|cad|pln|"
    r"sek|nok|dkk|chf|try|zar)\s*)\s*\d|\b\d[\d,.]*\s*(?:billion|million|trillion|crore|"
    r"lakh|bn|m)?\s*(?:dollars|euros?|pounds|won|rupees|yen|zlotys?|crowns|kronor|lira|rand)\b"
    r"|\b\d[\d,.]*\s*(?:crore|lakh)\b"
    r"|(?-i:\b[A-Z]{3}\d)"  # an ISO 4217 code written against its number: "PHP80.75 million"
)
#: A number written just before an item: its quantity ("24 F-35 fighters"), not an amount of
#: money ("$300 million for Patriot missiles") nor a number the purpose phrase leaves behind.
QUANTITY_PATTERN = re.compile(
    r"(?<![$€£₹¥₩\w.,])(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|hundred|a\s+dozen)\s+"
    r"(?:(?!(?:billion|million|trillion|crore|lakh|bn|for|to|of|on)\b)[\w-]+\s+){0,2}$",
    re.I,
)


@lru_cache(maxsize=2)
def load_budget_words(path: str | Path = "") -> dict[str, tuple[str, ...]]:
    """Return ``data/budget_lines.csv`` as kind -> words, in file order.

    >>> words = load_budget_words()
    >>> "allocat*" in words["budget"], "to procure" in words["purpose"]
    (True, True)
    """
    with Path(path or BUDGET_FILE).open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    table: dict[str, list[str]] = {}
    for row in csv.DictReader(lines):
        table.setdefault(row["kind"], []).append(row["word"].strip().lower())
    return {kind: tuple(words) for kind, words in table.items()}


@lru_cache(maxsize=16)
def words_pattern(kind: str) -> re.Pattern[str]:
    """A pattern for the words of one ``kind`` of ``data/budget_lines.csv``.

    A trailing ``*`` matches any ending; the longest phrase is tried first.

    >>> bool(words_pattern("budget").search("the budget allocates money"))
    True
    >>> bool(words_pattern("request").search("the army asked for funds"))
    True
    """
    words = sorted(load_budget_words()[kind], key=len, reverse=True)
    parts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"\b" for w in words]
    return re.compile(r"(?i)\b(?:" + "|".join(parts) + ")")


def is_budget_line(text: str) -> bool:
    """True when ``text`` sets money aside and says what it buys (not how it is cut or given).

    >>> is_budget_line("The budget allocates $2 billion for 20 new tanks.")
    True
    >>> is_budget_line("The ministry cut funding for the tanks by $1 billion.")
    False
    >>> is_budget_line("The army bought 20 tanks for $2 billion.")
    False
    >>> is_budget_line("The air force is allocating PHP80 million for radars.")
    True
    """
    budget = words_pattern("budget").search(text)
    if budget is None or words_pattern("against").search(text):
        return False
    has_money = bool(MONEY_PATTERN.search(text)) or "budget" in budget.group(0).lower()
    return has_money and words_pattern("purpose").search(text, budget.start()) is not None


def add_budget_lines(
    rows: list[Transfer],
    text: str,
    sentences: Sequence[Sentence],
    mentions: Sequence,
    country_names: Mapping[str, str],
) -> list[Transfer]:
    """The rows with the budget lines of sentences that gave no row of their own.

    ``text`` is the article's text, ``mentions`` its lexicon mentions (actors and weapons,
    with offsets into ``text``).
    """
    told = {r.sentence_number for r in rows}
    out = list(rows)
    for sentence in sentences:
        if sentence.number in told or not is_budget_line(sentence.text):
            continue
        found = [m for m in mentions if sentence.start <= m.start and m.end <= sentence.end]
        before = [m for m in mentions if m.end <= sentence.end]
        out.extend(read_budget_line(text, sentence, found, before, country_names))
    return out


def read_budget_line(
    article_text: str,
    sentence: Sentence,
    found: Sequence,
    before: Sequence,
    country_names: Mapping[str, str],
) -> list[Transfer]:
    """The rows of one budget-line sentence (see the module's docstring).

    ``found`` are the sentence's mentions, ``before`` the article's mentions up to its end.
    Only items in the clause of the budget word, or in clauses hanging on it, are bought by
    it: "..., and the tank contract is signed" starts a clause of its own.
    """
    text, base = sentence.text, sentence.start
    budget = words_pattern("budget").search(text)
    purpose = words_pattern("purpose").search(text, budget.start()) if budget else None
    if purpose is None:
        return []
    units = [(m.start, m.end, m.kind, m.name) for m in found]
    parse = parse_sentence(article_text, sentence.start, sentence.end, units)
    home = _clause_at(parse, base + budget.start())
    inside = _clauses_under(parse, home)
    status = "sought" if words_pattern("request").search(text) else "planned"
    weapons = sorted((m for m in found if m.kind == "weapon"), key=lambda m: m.start)
    actors = [m for m in found if m.kind == "actor"]
    rows, seen = [], set()
    for weapon in weapons:
        start = weapon.start - base
        if start < purpose.end() or _not_bought(text, purpose.end(), start, weapons, base):
            continue
        if _clause_at(parse, weapon.start) not in inside:
            continue
        spender = _spender(parse, home, actors)
        recipient = _recipient(text, base, weapon, actors, spender, before, country_names)
        if recipient is None:
            continue
        supplier = _supplier(text, base, weapon, actors, country_names)
        if (supplier[0], recipient[0], weapon.name) in seen:  # "drones (UAVs)": one item
            continue
        seen.add((supplier[0], recipient[0], weapon.name))
        quantity = QUANTITY_PATTERN.search(text[max(0, start - 40) : start])
        rows.append(
            Transfer(
                supplier[0], supplier[1], recipient[0], recipient[1], "", weapon.name,
                text[start : weapon.end - base], weapon.weapon_class, status, "", "", "", "",
                "budget", sentence.number, text, sentence.start, sentence.end, weapon.start,
                weapon.end, supplier_text=supplier[2], recipient_text=recipient[2],
                stage=status, quantity=quantity.group(1) if quantity else "",
            )
        )  # fmt: skip
    return rows


def _not_bought(text: str, purpose_end: int, start: int, weapons: Sequence, base: int) -> bool:
    """True when the words between the item and the purpose phrase (or the weapon before it)
    say the money does not buy it: "for the development of X"."""
    earlier = [w.end - base for w in weapons if purpose_end <= w.end - base <= start]
    window = text[max([purpose_end, *earlier]) : start]
    # "to procure X, and for the development of Y": the nearest purpose phrase rules
    return bool(words_pattern("not_buy").search(window))


def _owner(mention, country_names: Mapping[str, str]) -> tuple[str, str, str]:
    country = country_names.get(mention.country, mention.country)
    if country and is_legislature(mention.name, mention.form):
        return country, country, mention.form  # "the German parliament's budget": Germany's
    return mention.name, country, mention.form


def is_legislature(*names: str) -> bool:
    """True when one of ``names`` is a parliament or one of its committees: it votes its
    state's money, so a budget it passes is the state's and so is what the budget buys.

    >>> is_legislature("Bundestag", "German parliament"), is_legislature("Senate committee")
    (True, True)
    >>> is_legislature("German Army", "Bundeswehr")
    False
    """
    return any(words_pattern("legislature").search(name or "") for name in names)


def _clause_at(parse: Parse, offset: int) -> int:
    """The index of the innermost clause holding ``offset`` (-1 when none does)."""
    holding = [c for c in parse.clauses if c.start <= offset < c.end]
    return min(holding, key=lambda c: c.end - c.start).index if holding else -1


def _clauses_under(parse: Parse, home: int) -> set[int]:
    """``home`` and the clauses hanging on it, but not a coordinated clause with a subject
    of its own ("..., and the contract is one more step")."""
    found = {home}
    for clause in parse.clauses:  # parents come before their children
        own_subject = any(s.role == "subject" and not s.implicit for s in clause.slots)
        if clause.parent in found and not (clause.kind == "coordinated" and own_subject):
            found.add(clause.index)
    return found


def _spender(parse: Parse, home: int, actors: Sequence):
    """The actor written as the subject of the budget word's clause, "" when the subject is
    no actor ("the budget"), None when it is an actor that owns no budget (a company)."""
    clause = parse.clauses[home] if 0 <= home < len(parse.clauses) else None
    slot = clause.slot("subject") if clause else None
    if slot is None:
        return ""
    phrase = parse.phrases[slot.phrase]
    named = [a for a in actors if phrase.start <= a.start and a.end <= phrase.end]
    if not named:
        return ""
    owners = [a for a in named if a.type in OWNER_TYPES]
    return owners[0] if owners else None


def _recipient(text, base, weapon, actors, spender, before, country_names):
    """Who gets what a budget line buys: (name, country, words) or None."""
    owners = [a for a in actors if a.type in OWNER_TYPES]
    for actor in owners:  # "for the Indian Navy" after the item
        gap = text[weapon.end - base : actor.start - base]
        if actor.start >= weapon.end and re.fullmatch(r"[^.;]{0,60}?\bfor\s+(?:the\s+)?", gap):
            return _owner(actor, country_names)
    for actor in owners:  # "Peru's defence budget", "the budget of Peru"
        tail = text[actor.end - base : actor.end - base + 40]
        if re.match(r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:budget|allocation|spending|funding)", tail):
            return _owner(actor, country_names)
    if spender is None:  # "Acme set aside $2 million for ...": no budget of a state
        return None
    if spender:  # "Peru allocated ...", "The Peruvian army will spend ..."
        return _owner(spender, country_names)
    counts = Counter(
        country_names.get(m.country, m.country)
        for m in before
        if m.kind == "actor" and m.type in OWNER_TYPES and m.country
    )
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0], ranked[0][0], ""


def _supplier(text, base, weapon, actors, country_names):
    """Who supplies what a budget line buys: (name, country, words); not stated by default."""
    for actor in actors:
        if actor.type != "company":
            continue
        gap = text[actor.end - base : weapon.start - base]
        if actor.end <= weapon.start and re.fullmatch(r"(?:['’]s?)?\s*", gap):
            return _owner(actor, country_names)  # "Acme K9 howitzers", "Acme's K9"
        gap = text[weapon.end - base : actor.start - base]
        if actor.start >= weapon.end and re.fullmatch(r"[^,;.]{0,30}?\bfrom\s+(?:the\s+)?", gap):
            return _owner(actor, country_names)  # "20 K9 howitzers from Acme"
    return rules.NOT_STATED, "", ""
