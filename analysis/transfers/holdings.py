"""Weapons a side holds, told by a noun of use or by who made them.

Two clause shapes say that a side has a weapon without a verb of use or of giving; both are
the ground of an ``implied`` row (the conventions' "foreign-made weapon in someone's use"):

- a user noun said of the side: "Chile and Peru are (among the) users / operators of the K9"
  (the copula's subject holds what the of-phrase on the user noun names; the noun may sit in
  the complement or in an among-phrase);
- a making verb on an item the side owns: "Peru's howitzers are produced by Acme",
  "Chile's frigates, built by Acme, entered service": the possessor holds the item and the
  making verb's by-phrase names its maker, who supplies it (home industry included, as the
  conventions count a government buying from its own industry; a maker of the owner's own
  country gives nothing, like any implied row).

Each holding is ``(clause, item phrase, holder phrases, maker phrases)``; no maker phrase
means the item's maker is read from the weapon lexicon (``origin_use.origin_parties``).
"""

from __future__ import annotations

from analysis.grammar import Parse
from analysis.transfers import rules
from analysis.transfers.award import BUILD_VERBS
from analysis.transfers.rules import word_set

#: Nouns of a side that has and uses a weapon: "users of the K9", "an operator of the F-16".
USER_NOUNS = word_set("user operator")
#: Words before a user noun that say the side does not (or no longer) hold the item.
NOT_NOW = word_set("never longer formerly once former")
#: Roles a user noun takes after a copula: "are users of X", "are among the users of X".
USER_ROLES = ("predicate", "among", "object")


def user_holdings(parse: Parse) -> list[tuple]:
    """Return (clause, item, holders, ()) for "X is / are (among the) users of W".

    >>> from analysis.grammar import parse_sentence
    >>> s = "Chile and Peru are among the users of the howitzer."
    >>> p = parse_sentence(s, 0, len(s), [])
    >>> [(p.phrases[i].text, [p.phrases[h].text for h in hs]) for _, i, hs, _ in user_holdings(p)]
    [('the howitzer', ['Chile and Peru'])]
    """
    out = []
    for clause in parse.clauses:
        verb = parse.phrases[clause.verb].verb
        subject = clause.slot("subject")
        if verb is None or verb.lemma != "be" or verb.negated or subject is None:
            continue
        for noun in clause.slots:
            head = parse.tokens[parse.phrases[noun.phrase].head].lemma.lower()
            if noun.role not in USER_ROLES or head not in USER_NOUNS:
                continue
            between = parse.tokens[
                parse.phrases[clause.verb].first : parse.phrases[noun.phrase].first
            ]
            if any(t.tag == "NEG" or t.lemma.lower() in NOT_NOW for t in between):
                continue  # "was never an operator of X", "is no longer a user of X"
            items = [
                s.phrase for s in parse.slots("of") if s.governor == noun.phrase
            ]  # fmt: skip
            out += [(clause, item, [subject.phrase], ()) for item in items]
    return out


def made_holdings(parse: Parse) -> list[tuple]:
    """Return (clause, item, owners, makers) for "Y's W are built by X" and "Y's W, built
    by X,": the possessor of the made item holds it, the by-phrase made it.

    >>> from analysis.grammar import parse_sentence
    >>> s = "Chile's frigates, built by Acme, entered service last year."
    >>> p = parse_sentence(s, 0, len(s), [(0, 5, "actor", "Chile"), (27, 31, "actor", "Acme")])
    >>> [(p.phrases[i].text, p.phrases[o[0]].text, p.phrases[m[0]].text)
    ...  for _, i, o, m in made_holdings(p)]
    [("Chile's frigates", 'Chile', 'Acme')]
    """
    out = []
    for clause in parse.clauses:
        verb = parse.phrases[clause.verb].verb
        agent = clause.slot("agent")
        reduced = clause.kind == "reduced_relative"
        if verb is None or verb.lemma not in BUILD_VERBS or agent is None:
            continue
        if verb.voice != "passive" and not reduced:
            continue  # "Acme built Chile's frigates" names the maker as subject: not this shape
        made = clause.slot("object") if reduced else clause.slot("subject")
        if reduced and clause.head_noun != -1:
            made = next((s for s in clause.slots if s.phrase == clause.head_noun), made)
        if made is None or verb.negated:
            continue
        owner = parse.phrases[made.phrase].possessor
        if owner == -1 or not parse.units_in(owner, "actor"):
            continue
        out.append((clause, made.phrase, [owner], (agent.phrase,)))
    return out


def drop_unnamed_beside_held(rows: list) -> list:
    """Drop a user noun's row with no supplier when an ``implied`` row of the same sentence
    gives the same recipient the same item from a named maker ("users of the K9": the K9's
    maker; the noun's own frame finds no seller).

    >>> from analysis.transfers.records import Transfer
    >>> def row(sup, status):
    ...     return Transfer(sup, sup, "PER", "PER", "", "K9", "K9", "", status, "", "",
    ...                     "", "", "users", 1, "", 0, 0, 0, 0)
    >>> [r.supplier for r in drop_unnamed_beside_held([row(rules.NOT_STATED, "ongoing"),
    ...                                                row("KOR", "implied")])]
    ['KOR']
    """
    held = {(r.recipient, r.item, r.sentence_number) for r in rows if r.status == "implied"}
    return [
        r for r in rows
        if r.supplier != rules.NOT_STATED
        or r.cue.lower().rstrip("s") not in USER_NOUNS
        or (r.recipient, r.item, r.sentence_number) not in held
    ]  # fmt: skip
