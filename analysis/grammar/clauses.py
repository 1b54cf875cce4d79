"""Clauses and slots: who does what to whom in each clause of a sentence.

One pass over the sentence's top-level items (noun phrases, verb groups,
other words) keeps a stack of open clauses. Markers open clauses
(``CLAUSE_MARKERS``: a relative pronoun, ``that`` after a speech verb, a
subordinator, ``and`` before a verb); a verb group fills the open clause or,
if it has one already, opens the clause the grammar calls for:

- ``to`` + verb: a complement whose subject is the controller — the
  object after ask/allow/urge (``OBJECT_CONTROL_VERBS``), else the subject
  (agree/plan/refuse), or the owner of a noun like *decision* / *offer* (its
  possessor, or a name before it: "the U.S. decision to sell");
  after "the first X" the head noun itself (an infinitival relative);
  "whether to" + verb takes the subject of the clause above ("Spain has yet to
  decide whether to send tanks": Spain would send them);
- ``to`` + verb opening the sentence: a purpose clause before the main clause
  ("To guard its coast, Peru bought rifles");
- ``for`` + -ing after a verb of judging (thank, praise, blame): the object is its
  subject ("Y thanked X for sending rifles": X sent them), and so after "from" after a verb
  of preventing ("A barred B from sending": B), else the clause's subject;
- a bare participle after a noun phrase: a reduced relative ("howitzers
  sent to X"; the noun is the object of a passive, the subject of an -ing);
- a finite verb after "said X": a complement with X as subject; after
  "weapons sent by A": the first verb was a reduced relative, the noun
  phrase before it is the main subject ("weapons sent by A include B").

Noun phrases fill subject (before the verb), object and indirect object
(after it), or the slot named by their preposition; in a passive the
``by`` phrase is the ``agent``. A comma aside (", he said,") is its own
clause and does not cut the clause around it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from analysis.grammar.phrases import WHEN_NOUNS, contact_name, text_of
from analysis.grammar.records import Clause, Phrase, Slot, Token
from analysis.grammar.wordlists import (
    COMPLEMENT_NOUNS,
    COMPLEMENT_VERBS,
    INFINITIVE_NOUNS,
    JUDGING_VERBS,
    OBJECT_CONTROL_VERBS,
    PARTICIPLE_BEFORE_PREPOSITION,
    PREVENTING_VERBS,
    RECIPIENT_CONTROL_VERBS,
    SPEECH_VERBS,
    SUBJECT_CONTROL_VERBS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TIME_NOUNS,
    TWO_OBJECT_VERBS,
    words_of,
)

#: Words that open a clause, by class: the kind of clause they open.
CLAUSE_MARKERS = {"REL": "relative", "SCONJ": "adverbial"}
#: Noun-phrase modifiers that make a following infinitive relative ("the first X to give").
#: Prepositions that list members of the noun before them, even after a comma.
LISTING_PREPOSITIONS = ("including", "such", "among")
#: Verbs whose object is the subject of a bare infinitive after it ("helped it guard").
BARE_INFINITIVE_VERBS = words_of("help make let see watch hear have")
#: Nouns of judging laid "on" someone "for" a deed ("sanctions on X for sending").
JUDGING_NOUNS = words_of("sanction penalty fine punishment restriction blame")
ORDINAL_WORDS = words_of("first second third last only next sole latest")


@dataclass
class _Open:
    """A clause being built."""

    index: int
    kind: str
    parent: int = -1
    marker: str = ""
    head_noun: int = -1
    gap_from: int = -1  # the relative clause whose left-out object this infinitive took
    verb: int = -1
    first_item: int = 0
    last_item: int = 0
    slots: list[tuple[str, int, int, bool]] = field(default_factory=list)  # role, np, gov, implicit

    def get(self, role: str) -> tuple[str, int, int, bool] | None:
        return next((s for s in self.slots if s[0] == role), None)

    def drop(self, role: str) -> None:
        self.slots = [s for s in self.slots if s[0] != role]


#: Nouns of something done or said: a by-phrase right after one names its doer, not the
#: agent of a passive verb around it ("was concluded, despite a declaration by X").
DEED_NOUNS = words_of(
    "declaration statement announcement decision visit attack request remark comment speech "
    "warning threat objection protest complaint"
)


def read_clauses(
    tokens: list[Token], phrases: list[Phrase], items: list[tuple[str, int]]
) -> tuple[list[Clause], list[Phrase]]:
    """Return the clauses of a sentence (and phrases, participles marked as such).

    >>> from analysis.grammar.wordclass import tag_words
    >>> from analysis.grammar.phrases import chunk_phrases
    >>> toks = tag_words("They asked Iran to send drones.")
    >>> clauses, ph = read_clauses(toks, *chunk_phrases(toks))
    >>> [(c.kind, ph[c.verb].verb.lemma, ph[c.slot("subject").phrase].text) for c in clauses]
    [('main', 'ask', 'They'), ('complement', 'send', 'Iran')]
    """
    reader = _Reader(tokens, phrases, items)
    reader.run()
    return reader.finish()


class _Reader:
    """The one-pass clause reader (state kept on the instance)."""

    def __init__(self, tokens, phrases, items):
        self.tokens, self.phrases, self.items = tokens, list(phrases), items
        self.clauses: list[_Open] = []
        self.stack: list[_Open] = []
        self.prep = ""
        self.prep_after = -1  # the phrase right before the preposition
        self.skip_to = -1
        self.subordinators: set[int] = set()  # "after" opening a clause, not a phrase
        self.appositives: set[tuple] = set()  # items set off after the subject
        self.opener: _Open | None = None  # "Having received X from A, B ...": before the main
        self._push("main", 0)

    # -- helpers ---------------------------------------------------------------------------
    def _push(self, kind, k, parent=None, **kw) -> _Open:
        parent = self.stack[-1].index if parent is None and self.stack else parent
        clause = _Open(
            len(self.clauses), kind, -1 if parent is None else parent, first_item=k, **kw
        )
        self.clauses.append(clause)
        self.stack.append(clause)
        return clause

    def _pop(self, k) -> _Open:
        clause = self.stack.pop()
        clause.last_item = k
        if not self.stack:
            self.stack.append(clause)
        return clause

    def _tok(self, k) -> Token | None:
        kind, i = self.items[k] if 0 <= k < len(self.items) else ("", -1)
        return self.tokens[i] if kind == "TOK" else None

    def _kind(self, k) -> str:
        return self.items[k][0] if 0 <= k < len(self.items) else ""

    def _is_comma(self, k) -> bool:
        t = self._tok(k)
        return t is not None and t.text == ","

    def _apposition_anchor(self, head: int, np: int) -> int:
        """The noun an appositive renames, for a relative clause after both: in "the TB2,
        a drone model, that is believed to ...", the clause describes "the TB2" (the
        appositive "a drone model" opens with a determiner and sits between commas)."""
        if not (self._is_comma(head - 1) and self._kind(head - 2) == "NP"):
            return np
        if self.tokens[self.phrases[np].first].tag not in ("DET", "NUM"):
            return np
        anchor = self.items[head - 2][1]
        return np if self.phrases[anchor].parts else anchor

    def _subject_of(self, clause: _Open) -> tuple[str, int, int, bool] | None:
        return clause.get("subject")

    def _judging_noun(self, np: int) -> bool:
        """True for a noun phrase headed by a judging verb's noun ("sanctions", "a fine"):
        laid "on" someone "for" a deed, it makes that someone the deed's doer."""
        return self.tokens[self.phrases[np].head].lemma.lower() in JUDGING_NOUNS

    def _add(self, clause: _Open, role: str, np: int, gov: int = -1, implicit=False) -> None:
        clause.slots.append((role, np, clause.verb if gov == -1 else gov, implicit))

    # -- the pass --------------------------------------------------------------------------
    def run(self) -> None:
        for k, (kind, i) in enumerate(self.items):
            if k < self.skip_to:
                continue
            if kind == "TOK":
                self._on_token(k, self.tokens[i])
            elif kind == "NP":
                self._on_noun(k, i)
            else:
                self._on_verb(k, i)
        while len(self.stack) > 1:
            self._pop(len(self.items))

    def _on_token(self, k, tok: Token) -> None:
        cur = self.stack[-1]
        if tok.tag == "ADP" and tok.text.lower() in SUBORDINATORS and self._opens_clause(k):
            tok = replace(tok, tag="SCONJ")
            self.subordinators.add(k)
        if tok.tag == "ADP" and self._kind(k + 1) == "VG" and self._bare_ing(self.items[k + 1][1]):
            clause = self._push("adverbial", k, marker=tok.text.lower())
            subject = self._subject_of(cur)
            verb = self.phrases[cur.verb].verb.lemma if cur.verb != -1 else ""
            obj = cur.get("object")
            if tok.text.lower() in ("for", "of") and verb in JUDGING_VERBS and obj:
                subject = obj  # "Y thanked X for sending rifles": X sent them
            target = cur.get("on")
            if tok.text.lower() == "for" and obj and target and self._judging_noun(obj[1]):
                subject = target  # "imposed sanctions on X for sending rifles": X sent them
            if tok.text.lower() == "from" and verb in PREVENTING_VERBS and obj:
                subject = obj  # "A barred B from sending rifles": B would send them
            if subject:
                self._add(clause, "subject", subject[1], implicit=True)
            return
        if tok.tag == "ADP":
            before = self._tok(k - 1)
            if self.prep and before is not None and before.tag == "ADP":
                self.prep += " " + tok.text.lower()
            else:
                self.prep = tok.text.lower()
                prev_kind, prev_i = self.items[k - 1] if k else ("", -1)
                self.prep_after = prev_i if prev_kind in ("NP", "VG") else -1
                if self.prep in LISTING_PREPOSITIONS and self._is_comma(k - 1):
                    # "equipment, including radars": the list hangs on the noun before the comma
                    before = k - 3 if self._is_quote(k - 2) else k - 2
                    self.prep_after = self._item_phrase(before)
                    self.prep_after = self._listed_noun(k, self.prep_after)
            return
        self.prep = ""
        if tok.tag == "REL":
            head = k - 2 if self._is_comma(k - 1) else k - 1
            head = self._before_brackets(head)  # "two frigates (now corvettes), which were"
            head_np = self.items[head][1] if self._kind(head) == "NP" else -1
            if head != k - 1 and head_np != -1:
                head_np = self._apposition_anchor(head, head_np)
            self._push("relative", k, marker=tok.text.lower(), head_noun=head_np)
        elif tok.tag == "SCONJ":
            kind = "complement" if tok.text.lower() in ("that", "whether", "if") else "adverbial"
            if tok.text.lower() == "if" and cur.verb == -1 and not cur.slots:
                kind = "adverbial"  # "If confirmed, Peru has ...": a condition, no object
            if cur.kind in ("relative", "reduced_relative", "adverbial") and cur.verb != -1:
                self._pop(k)
            self._push(kind, k, marker=tok.text.lower())
        elif tok.tag == "CCONJ":
            self._on_conjunction(k, tok)
        elif tok.text == "," or (self._is_quote(k) and self._aside_at(k)):
            self._on_comma(k)

    def _before_brackets(self, k) -> int:
        """The item before a bracketed aside that item ``k`` closes ("two frigates (now
        corvettes)" -> "two frigates"); else ``k``."""
        closing = self._tok(k)
        if closing is None or closing.text != ")":
            return k
        for j in range(k - 1, max(k - 12, -1), -1):
            t = self._tok(j)
            if t is not None and t.text == "(":
                return j - 1 if j > 0 else k
        return k

    def _opens_clause(self, k) -> bool:
        """True when a noun phrase and a finite verb group follow item ``k``."""
        if self._kind(k + 1) != "NP" or self._kind(k + 2) != "VG":
            return False
        return self.phrases[self.items[k + 2][1]].verb.tense not in ("infinitive", "participle")

    def _on_conjunction(self, k, tok: Token) -> None:
        cur = self.stack[-1]
        nxt = self._kind(k + 1)
        if cur.verb != -1 and cur.get("object") and self._gapped(k + 1):
            # "got tanks from Peru, and rifles from Chile": the verb is left out of the
            # second clause, which keeps the first one's verb and subject
            done = self._pop(k)
            new = self._push("coordinated", k, parent=done.index, marker=tok.text.lower())
            new.verb = done.verb
            subject = self._subject_of(done)
            if subject:
                self._add(new, "subject", subject[1], implicit=True)
            return
        own_subject = nxt == "NP" and self._kind(self._past_of_phrases(k + 2)) == "VG"
        if cur.verb == -1 or not (nxt == "VG" or own_subject):
            return
        if nxt == "VG" and self.phrases[self.items[k + 1][1]].verb.tense == "infinitive":
            return
        if own_subject and self._is_comma(k - 1):
            # ", but officials say ...": a new subject after a comma joins the main clause
            while len(self.stack) > 1 and self.stack[0].verb != -1:
                self._pop(k)
        if nxt == "VG":
            self._climb_to_same_tense(k)
        done = self._pop(k)
        new = self._push("coordinated", k, parent=done.index, marker=tok.text.lower())
        subject = self._subject_of(done)
        if not own_subject and subject:
            self._add(new, "subject", subject[1], implicit=True)

    def _past_of_phrases(self, k) -> int:
        """The item after the "of" phrases starting at item ``k``: "and many supporters |
        of Peru | will send" -> the verb's item (its noun phrase is the new subject)."""
        while self._kind(k) == "TOK" and self.tokens[self.items[k][1]].text.lower() == "of" and (
            self._kind(k + 1) == "NP"):  # fmt: skip
            k += 2
        return k

    def _climb_to_same_tense(self, k) -> None:
        """Before "and" + a simple past verb with no subject of its own, leave an embedded
        clause of another tense for the nearest clause above with a simple past verb: that
        is the verb it is joined to ("denied the claim that it is arming the rebels and
        expressed concern": expressed is the denier's second verb, not the claim's)."""
        after = self.phrases[self.items[k + 1][1]].verb
        if after.tense != "past" or after.auxiliaries or len(self.stack) < 2:
            return
        cur = self.stack[-1]
        if cur.verb == -1 or cur.kind not in ("complement", "relative", "reduced_relative"):
            return
        own = self.phrases[cur.verb].verb
        if (own.tense == "past" and not own.auxiliaries) or "perfect" in own.aspect or (
            own.voice == "passive"):  # fmt: skip
            return  # "has bought rifles and sent them", "was bought and sent": one auxiliary
        for depth in range(len(self.stack) - 2, -1, -1):
            above = self.stack[depth]
            info = self.phrases[above.verb].verb if above.verb != -1 else None
            if info is not None and info.tense == "past" and not info.auxiliaries:
                while len(self.stack) - 1 > depth:
                    self._pop(k)
                return

    def _gapped(self, k) -> bool:
        """True when item ``k`` starts ``NP prep NP`` that ends the sentence or a clause:
        a second object and its own side with the verb left out ("and rifles from Chile.")."""
        if self._kind(k) != "NP" or self._kind(k + 2) != "NP":
            return False
        prep = self._tok(k + 1)
        if prep is None or prep.tag != "ADP" or prep.text.lower() not in ("from", "to"):
            return False
        end = self._tok(k + 3)
        return k + 3 >= len(self.items) or (end is not None and end.text in ",.;:!?")

    def _on_comma(self, k) -> None:
        # ", which Peru promised to send, ...": a comma ends a relative clause with the
        # complements it opened, not only a relative clause on top
        closed = ("relative", "reduced_relative", "adverbial", "aside")
        first = self.stack[1] if len(self.stack) > 1 else None
        if (
            first is not None
            and self.stack[0].verb == -1
            and first.kind == "adverbial"
            and (first.marker == "to" or first is self.opener)
            and all(c.verb != -1 for c in self.stack[1:])
        ):  # "To help it guard its coast, Peru ...": the purpose clause ends, the main begins
            while len(self.stack) > 1:
                self._pop(k)
            return
        depth = len(self.stack)
        while depth > 2 and self.stack[depth - 1].kind == "complement":
            depth -= 1
        if depth < len(self.stack) and self.stack[depth - 1].kind == "relative" and all(
                c.verb != -1 for c in self.stack[depth - 1 :]):  # fmt: skip
            while len(self.stack) >= depth:
                self._pop(k)
        while len(self.stack) > 1 and self.stack[-1].verb != -1 and self.stack[-1].kind in closed:
            self._pop(k)
        aside = self._aside_at(k)
        if aside:
            np, vg, end = aside
            clause = self._push("aside", k, marker=",")
            clause.verb = vg
            self._add(clause, "subject", np)
            self._pop(end)
            self.skip_to = end
            return
        nxt = self._kind(k + 1)
        if nxt == "VG":
            info = self.phrases[self.items[k + 1][1]].verb
            describes = self._describes_subject(k + 1, self.items[k + 1][1])
            if info.tense == "participle" and not info.auxiliaries and not describes:
                main = self.stack[0] if self.stack[0].verb != -1 else self.stack[-1]
                clause = self._push("adverbial", k, parent=main.index, marker=",")
                subject = self._subject_of(main)
                if subject:
                    self._add(clause, "subject", subject[1], implicit=True)

    def _aside_at(self, k) -> tuple[int, int, int] | None:
        """Return (subject, verb, next item) for ', NP said,' or ', said NP.' at ``k``."""
        while self._is_quote(k + 1):
            k += 1
        a, b = self._kind(k + 1), self._kind(k + 2)
        if a == "NP" and b == "VG":
            np, vg, after = self.items[k + 1][1], self.items[k + 2][1], k + 3
        elif a == "VG" and b == "NP":
            vg, np, after = self.items[k + 1][1], self.items[k + 2][1], k + 3
            # after a subject with no verb yet, only an aside closed by a comma is one
            # ("Peru, said the minister, will ..."); else the comma is a stray one ("The
            # ministry on Monday, announced a sale."): the verb is the main clause's
            inverted_open = self.stack[0].verb == -1 and not self._quoted_before(k)
        else:
            return None
        if self.phrases[vg].verb.lemma not in SPEECH_VERBS:
            return None
        while True:  # prepositional and time phrases may follow: ", X said in Y on Monday."
            tok = self._tok(after)
            if tok is not None and tok.tag == "ADP" and self._kind(after + 1) == "NP":
                after += 2
            elif self._kind(after) == "NP" and self._is_time(self.items[after][1]):
                after += 1
            else:
                break
        end_tok = self._tok(after)
        if a == "VG" and inverted_open:
            return (np, vg, after) if end_tok is not None and end_tok.text == "," else None
        if after >= len(self.items) or (end_tok is not None and end_tok.text in ',.;:!?"”'):
            return np, vg, after
        return None

    def _quoted_before(self, k) -> bool:
        """True when a quotation mark is next to the comma at item ``k``."""
        return any(self._is_quote(j) for j in (k - 1, k, k + 1))

    def _item_phrase(self, k) -> int:
        return self.items[k][1] if self._kind(k) == "NP" else -1

    def _is_quote(self, k) -> bool:
        t = self._tok(k)
        return t is not None and t.tag == "PUNCT" and t.text in "\"“”‘’«»'"

    def _is_time(self, np: int) -> bool:
        return self.tokens[self.phrases[np].head].lemma.lower() in TIME_NOUNS

    def _on_noun(self, k, np: int) -> None:
        cur = self.stack[-1]
        if self.prep:
            gov = self.prep_after if self.prep_after != -1 else cur.verb
            role = self.prep
            verb = self.phrases[cur.verb].verb if cur.verb != -1 else None
            if role == "by" and verb and verb.voice == "passive" and not self._deed_noun(gov):
                role = "agent"  # not "despite a declaration by X": X declared, no agent
            word = self.tokens[self.phrases[np].head].text.lower()
            if role == "among" and word in ("them", "those") and self._kind(k + 1) == "NP":
                # "to 30 countries, among them A and B": A and B are listed, as by "including"
                self.prep, self.prep_after = "including", gov
                return
            self._add(cur, role, np, gov)
            self.prep = ""
            return
        if cur.verb != -1 and self._names_side_before(k, np, cur):
            return
        if cur.verb == -1 and self.tokens[self.phrases[np].head].lemma.lower() in TIME_NOUNS:
            self._add(cur, "time", np)
            return
        if self._name_opens_relative(k, np):
            # "the rifles Ghana bought ...": a name right after a common noun, before a finite
            # verb (the chunker parted them): a relative clause with no "that" on that noun
            new = self._push("relative", k, head_noun=self.items[k - 1][1])
            self._add(new, "subject", np)
            return
        if cur.verb == -1 and self._opens_subject_relative(k, np, cur):
            # "the guns the army received from Brazil are old": a relative clause with no
            # "that" on the subject, whose own verb comes after it
            new = self._push("relative", k, head_noun=self.items[k - 1][1])
            self._add(new, "subject", np)
            return
        if cur.verb == -1 and self._appositive(k, cur):
            return  # "Acme, a Spanish shipbuilder, will build": the subject stays Acme
        subject = cur.get("subject")
        if (
            cur.verb == -1
            and subject
            and not subject[3]
            and self._joins_subject(k, cur, subject[1])
        ):
            # "Tanks from A and artillery from B arrived": two subjects, each with its own side
            self._coordinate_subject(cur, subject[1], np)
            return
        if cur.verb == -1:
            cur.drop("subject") if not (cur.get("subject") or ("", 0, 0, False))[3] else None
            if not cur.get("subject"):
                self._add(cur, "subject", np)
            return
        if self.tokens[self.phrases[np].head].lemma.lower() in TIME_NOUNS:
            self._add(cur, "time", np)
            return
        if self._opens_contact_relative(k, np, cur):
            # "launched the first of four submarines it is building for X": a relative
            # clause with no "that" on the noun before, its object left out
            new = self._push("relative", k, head_noun=self.items[k - 1][1])
            self._add(new, "subject", np)
            return
        listed = self._listed_before(k, cur)
        if listed != -1 and self._clause_with_gap(k, np):
            # "the equipment, including trucks and rifles, it had pledged to send": a relative
            # clause with no "that" on the noun the list in commas named the members of
            new = self._push("relative", k, head_noun=listed)
            self._add(new, "subject", np)
            return
        obj = cur.get("object")
        if obj is not None and self._contact_relative(k, np, cur, obj[1]):
            # "fielded the howitzers it bought": a relative clause with no "that"; after a
            # noun of saying, its content ("rejected claims it is supplying arms")
            said = self.tokens[self.phrases[obj[1]].head].lemma.lower() in COMPLEMENT_NOUNS
            new = self._push("complement" if said else "relative", k, head_noun=obj[1])
            self._add(new, "subject", np)
            return
        if obj is not None and self._first_of_two_objects(cur, obj):
            # "the rifles Chile had sent Bolivia": the noun is the left-out second object,
            # the one written is the first (the receiver)
            self._add(cur, "indirect_object", np)
            return
        if obj is not None and cur.gap_from != -1:
            self._take_back_gap(cur)
            obj = None
        if obj is None:
            self._add(cur, "object", np)
        elif obj[1] in (self._item_phrase(k - 1), self._item_phrase(k - 2) if self._is_quote(
            k - 1) else -1) and not cur.get("indirect_object"):  # fmt: skip
            cur.drop("object")
            self._add(cur, "indirect_object", obj[1])
            self._add(cur, "object", np)

    def _deed_noun(self, index: int) -> bool:
        """True when phrase ``index`` is a noun phrase headed by a noun of something done or
        said, whose by-phrase names its doer ("a declaration by X", "a visit by X")."""
        if index < 0 or index >= len(self.phrases) or self.phrases[index].kind != "NP":
            return False
        return self.tokens[self.phrases[index].head].lemma.lower() in DEED_NOUNS

    def _joins_subject(self, k, cur: _Open, subject: int) -> bool:
        """True for ``subject prep NP and`` right before item ``k``, the prepositional phrase
        hanging on the subject: a second subject with a side of its own follows."""
        conj = self._tok(k - 1)
        if conj is None or conj.text.lower() != "and" or self._kind(k - 2) != "NP":
            return False
        told = self.items[k - 2][1]
        own = any(p == told and g == subject and r != "of" for r, p, g, _ in cur.slots)
        return own and self.items[k - 4 : k - 3] == [("NP", subject)]

    def _coordinate_subject(self, cur: _Open, first: int, second: int) -> None:
        a, b = self.phrases[first], self.phrases[second]
        joined = Phrase(
            len(self.phrases), "NP", a.first, b.last, b.head, a.start, b.end,
            text_of(self.tokens, a.first, b.last), (first, second),
        )  # fmt: skip
        self.phrases.append(joined)
        cur.drop("subject")
        self._add(cur, "subject", joined.index)

    def _first_of_two_objects(self, cur: _Open, obj: tuple) -> bool:
        """True when a relative clause's object is the noun it hangs on, left out, its verb
        takes two objects and has no first object yet: a noun phrase written after the verb
        is that first object ("the equipment China supplied the navy")."""
        return (
            cur.kind == "relative"
            and obj[3]
            and obj[1] == cur.head_noun
            and not cur.get("indirect_object")
            and self.phrases[cur.verb].verb.lemma in TWO_OBJECT_VERBS
        )

    def _contact_relative(self, k, np: int, cur: _Open, obj: int) -> bool:
        """True for a subject pronoun right after the object, before a finite verb: a relative
        clause on the object with no "that" ("the jets it bought"), not a second object; after
        a verb of saying it opens the said clause ("told Peru it would send")."""
        head = self.tokens[self.phrases[np].head]
        if head.text.lower() not in SUBJECT_PRONOUNS or self._item_phrase(k - 1) != obj:
            return False
        if self.phrases[cur.verb].verb.lemma in COMPLEMENT_VERBS or self._kind(k + 1) != "VG":
            return False
        info = self.phrases[self.items[k + 1][1]].verb
        return info.tense in ("past", "present", "future") or bool(info.auxiliaries)

    def _on_verb(self, k, vg: int) -> None:
        cur = self.stack[-1]
        info = self.phrases[vg].verb
        prev_kind, prev = self.items[k - 1] if k else ("", -1)
        if k == 0 and info.tense == "infinitive" and len(self.stack) == 1 and not cur.slots:
            # "To guard its coast, Peru bought rifles": a purpose clause before the main one
            self._fill(self._push("adverbial", k, marker="to"), vg, k)
            return
        if k == 0 and len(self.stack) == 1 and not cur.slots and self._opening_participle(vg):
            # "Having received X from A, B ...", "Armed with X, B ...": the main clause's
            # subject is the participle's, given when the main clause is read (``finish``)
            marker = self.tokens[self.phrases[vg].first].text.lower()
            if self._bare_past(vg):
                info = replace(self.phrases[vg].verb, tense="participle", voice="passive")
                self.phrases[vg] = replace(self.phrases[vg], verb=info)  # "Armed with X, B"
            self.opener = self._push("adverbial", k, marker=marker)
            self._fill(self.opener, vg, k)
            return
        if (
            cur.verb == -1
            and info.tense == "infinitive"
            and cur.get("subject")
            and prev_kind == "NP"
        ):
            self._open_infinitive(k, vg, cur, prev)
            return
        subject = cur.get("subject")
        if (
            cur.verb == -1
            and subject
            and (prev_kind, prev) == ("NP", subject[1])
            and self._bare_ing(vg)
            and self._finite_ahead(k)
        ):
            self._open_participle(k, vg, cur, prev)
            return
        if self._describes_subject(k, vg):
            # "The frigate, built by X, was commissioned": set off by commas, it describes
            self._open_participle(k, vg, cur, subject[1])  # the subject before its verb
            return
        if cur.verb == -1 and not subject and prev_kind == "NP" and self._in_pp(k - 1) and (
            self._bare_participle(vg) or self._bare_ing(vg)):  # fmt: skip
            self._open_participle(k, vg, cur, prev)  # "Under a contract signed in 2022, ..."
            return
        if cur.verb == -1:
            self._fill(cur, vg, k)
            return
        # "to have been sent" has auxiliaries and is still no finite verb
        finite = info.tense not in ("infinitive", "participle") or (
            bool(info.auxiliaries) and info.tense != "infinitive"
        )
        finite = finite and not self._being_participle(vg)  # "frigates being built by X"
        # a finite verb closes a relative clause that is complete
        while finite and len(self.stack) > 1 and cur.kind in ("relative", "reduced_relative"):
            self._pop(k)
            cur = self.stack[-1]
            if cur.verb == -1:
                self._fill(cur, vg, k)
                return
        waiting = next((c for c in self.stack[:-1] if c.verb == -1), None)
        # "To help it guard X, ...", "Using drones supplied by X, ...": the main verb is to come
        purpose = cur.kind == "adverbial" and (cur.marker == "to" or cur is self.opener)
        if finite and waiting is not None and info.tense != "participle" and not purpose:
            while self.stack[-1] is not waiting:
                self._pop(k)
            self._fill(waiting, vg, k)
            return
        prev_kind, prev = self.items[k - 1] if k else ("", -1)
        after_np = prev_kind == "NP" and not self._in_pp(k - 1)
        object_before = self._object_before(k, cur)
        if info.tense == "infinitive":
            # a noun that takes an infinitive governs it inside a phrase too ("as part of
            # an agreement to ship", "under a plan to send")
            governs = prev_kind == "NP" and self._infinitive_noun(prev)
            self._open_infinitive(k, vg, cur, prev if after_np or governs else -1)
        elif prev_kind == "VG" and self._bare_ing(vg):
            new = self._push("complement", k, marker="")
            subject = self._subject_of(cur)
            if subject:
                self._add(new, "subject", subject[1], implicit=True)
            self._fill(new, vg, k)
        elif object_before != -1 and self._participle_on_object(vg, k):
            self._open_participle(k, vg, cur, object_before)  # "announced a package ... aimed at"
        elif finite and object_before != -1 and not after_np:
            cur.drop("object")
            new = self._push("complement", k, marker="")
            self._add(new, "subject", object_before)
            self._fill(new, vg, k)
        elif info.tense == "past" and not info.auxiliaries and self._was_reduced(cur, k):
            self._reanalyse(cur, vg, k)
        elif after_np and info.tense == "present" and not info.auxiliaries and (
            self.phrases[cur.verb].verb.lemma in BARE_INFINITIVE_VERBS
            and cur.get("object") and cur.get("object")[1] == prev):  # fmt: skip
            cur.drop("object")
            self._add(cur, "object", prev)
            new = self._push("complement", k, marker="")
            self._add(new, "subject", prev, implicit=True)
            self._fill(new, vg, k)
        elif not info.auxiliaries and not finite or (
            prev_kind == "NP" and (self._bare_participle(vg) or self._being_participle(vg))
            and not (
                after_np and self.phrases[cur.verb].verb.lemma in COMPLEMENT_VERBS)):  # fmt: skip
            self._open_participle(k, vg, cur, prev if prev_kind == "NP" else -1)
        elif after_np and cur.get("object") and cur.get("object")[1] == prev:
            cur.drop("object")
            if self.phrases[cur.verb].verb.lemma in COMPLEMENT_VERBS:
                new = self._push("complement", k, marker="")
                self._add(new, "subject", prev)
            else:
                new = self._push("relative", k, head_noun=prev)
            self._fill(new, vg, k)
        elif self._was_reduced(cur, k):
            self._reanalyse(cur, vg, k)
        else:
            new = self._push("coordinated", k, parent=cur.index)
            subject = self._subject_of(cur)
            if subject:
                self._add(new, "subject", subject[1], implicit=True)
            self._fill(new, vg, k)

    def _appositive(self, k, cur: _Open) -> bool:
        """True for a description set off by commas right after the subject, before its
        verb: "Acme, a Spanish shipbuilder, will build" (a determiner and a common noun), or
        where it is ("Acme, Tucson, Arizona, is awarded": names no lexicon knows as a side)."""
        subject = cur.get("subject")
        phrase = self.phrases[self.items[k][1]]
        first, head = self.tokens[phrase.first], self.tokens[phrase.head]
        before = self.items[k - 2] if k >= 2 else ("", -1)
        after_subject = subject and (before == ("NP", subject[1]) or before in self.appositives)
        described = (
            first.tag == "DET"
            and first.text.lower() in ("a", "an", "the")
            and head.tag == "NOUN"
            and not head.unit_kind
        )
        place = all(
            t.tag == "PROPN" and t.unit_kind != "actor"
            for t in self.tokens[phrase.first : phrase.last + 1]
        )
        found = bool(
            after_subject
            and not subject[3]
            and self._is_comma(k - 1)
            and self._is_comma(k + 1)
            and (described or place)
        )
        if found:
            self.appositives.add(self.items[k])
        return found

    def _listed_noun(self, k, before: int) -> int:
        """The noun a list after a comma ("including X") names the members of: the noun
        before the comma, but a name has no members: after a relative clause that a comma
        closed ("the equipment it pledged to send to Chile, including rifles"), the list
        names that clause's head noun."""
        if before == -1:
            return before
        phrase = self.phrases[before]
        head = self.tokens[phrase.head]
        if phrase.parts or not (head.tag == "PROPN" or head.unit_kind == "actor"):
            return before
        closed = [
            c for c in self.clauses
            if c.kind == "relative" and c.head_noun != -1 and c not in self.stack
            and c.last_item == k - 1 and self.phrases[c.head_noun].end <= phrase.start
        ]  # fmt: skip
        return closed[-1].head_noun if closed else before

    def _names_side_before(self, k, np: int, cur: _Open) -> bool:
        """A name set off by commas right after a prepositional phrase headed by a common
        noun names that same side: "delivered to Kurdish rebels, the Peshmerga, by Peru",
        "sent rifles to its ally, Chile", "bought from the maker, Acme". The name takes the
        phrase's slot (it is no object of the verb), and a "by" after it is still the agent.
        """
        if not self._is_comma(k - 1) or self._kind(k - 2) != "NP":
            return False
        told = self.items[k - 2][1]
        at = next((j for j, s in enumerate(cur.slots) if s[1] == told and not s[3]), -1)
        if at == -1 or cur.slots[at][0] not in ("to", "from", "for", "with", "agent", "by"):
            return False
        role, told, gov, implicit = cur.slots[at]
        before, phrase = self.phrases[told], self.phrases[np]
        if self.tokens[before.head].tag != "NOUN" or before.parts:
            return False
        words = [t for t in self.tokens[phrase.first : phrase.last + 1] if t.tag != "DET"]
        if not words or not all(t.tag == "PROPN" or t.unit_kind == "actor" for t in words):
            return False
        end = self._tok(k + 1)
        if not (k + 1 >= len(self.items) or (end is not None and end.text in ",.;:")):
            return False
        after = self.tokens[self.phrases[self.items[k + 2][1]].head] if self._kind(
            k + 2) == "NP" else None  # fmt: skip
        if end is not None and end.text == "," and after is not None and after.tag == "PROPN":
            return False  # "to the rebels, Chile, Peru and Bolivia": a list goes on
        cur.slots[at] = (role, np, gov, implicit)
        return True

    def _name_opens_relative(self, k, np: int) -> bool:
        """True for a name phrase right after a noun phrase it was parted from by the chunker
        (``phrases.contact_name``): "the rifles | Ghana bought from Portugal"."""
        if self._kind(k - 1) != "NP" or self._kind(k + 1) != "VG":
            return False
        before, name = self.phrases[self.items[k - 1][1]], self.phrases[np]
        if before.last + 1 != name.first or self.tokens[before.last].tag != "NOUN":
            return False
        return contact_name(self.tokens, before.first, name.last) == name.first

    def _opens_contact_relative(self, k, np: int, cur: _Open) -> bool:
        """True for a pronoun or a determined noun phrase right after a noun of the clause
        (not its subject), before an active verb whose object is left out: "the first of
        four submarines it is building for X", "two frigates the yard has built since".
        After a verb's own object, only when the verb takes one object ("gave Chile the
        rifles" is two objects)."""
        if self._kind(k - 1) != "NP" or self._kind(k + 1) != "VG":
            return False
        prev = self.items[k - 1][1]
        roles = {p: r for r, p, _, _ in cur.slots}
        if roles.get(prev) in (None, "subject", "time"):
            return False
        if roles[prev] == "object" and self.phrases[cur.verb].verb.lemma in TWO_OBJECT_VERBS:
            return False
        return self._clause_with_gap(k, np)

    def _clause_with_gap(self, k, np: int) -> bool:
        """True for a pronoun or a determined noun phrase ``np`` (item ``k``) before an active
        finite verb with no object after it: the subject and verb of a relative clause with
        no "that" whose object is the noun before."""
        if self._kind(k + 1) != "VG":
            return False
        head, first = self.tokens[self.phrases[np].head], self.tokens[self.phrases[np].first]
        subject_like = head.text.lower() in SUBJECT_PRONOUNS or (
            first.tag == "DET" and first.text.lower() in ("the", "a", "an", "its", "their")
        )
        info = self.phrases[self.items[k + 1][1]].verb
        after = self._tok(k + 2)
        gap = self._kind(k + 2) != "NP" and not (after is not None and after.text.lower() == "by")
        return bool(
            subject_like
            and gap
            and info.voice == "active"
            and info.tense not in ("infinitive", "participle")
            and info.lemma not in COMPLEMENT_VERBS
        )

    def _listed_before(self, k, cur: _Open) -> int:
        """The noun phrase whose members a list set off before item ``k`` names ("the
        equipment, including trucks and rifles, | ..."), else -1."""
        if not self._is_comma(k - 1) or self._kind(k - 2) != "NP":
            return -1
        listed = self.items[k - 2][1]
        return next(
            (g for r, p, g, _ in cur.slots
             if p == listed and r.split()[0] in LISTING_PREPOSITIONS
             and g != -1 and self.phrases[g].kind == "NP"),
            -1,
        )  # fmt: skip

    def _opens_subject_relative(self, k, np: int, cur: _Open) -> bool:
        """True for a determined noun phrase or a pronoun right after the subject's common
        noun, before an active verb whose object is left out: "the guns the army received
        from Brazil", "the jets they bought were old"."""
        subject = cur.get("subject")
        if not subject or subject[3] or self.items[k - 1] != ("NP", subject[1]):
            return False
        noun = self.tokens[self.phrases[subject[1]].head]
        if noun.tag != "NOUN" or noun.unit_kind == "actor" or noun.lemma.lower() in TIME_NOUNS:
            return False
        return self._clause_with_gap(k, np)

    def _describes_subject(self, k, vg) -> bool:
        """True for a bare participle right after ``subject ,`` with the subject's own
        verb still to come: "The frigate, built by X, was ...", "The ship, carrying X, ..."."""
        cur = self.stack[-1]
        subject = cur.get("subject")
        told = subject and (
            self.items[k - 2] == ("NP", subject[1])
            or self._of_phrase_on(k - 2, subject[1])  # "The 16 units of helicopters, bought"
        )
        return bool(
            cur.verb == -1
            and told
            and self._is_comma(k - 1)
            and (self._bare_participle(vg) or self._bare_ing(vg))
            and self._finite_ahead(k)
        )

    def _of_phrase_on(self, k, noun: int) -> bool:
        """True when item ``k`` is the noun phrase of an of-phrase right after ``noun``: "the
        16 units | of | helicopters"."""
        if k < 2 or self._kind(k) != "NP" or self.items[k - 2] != ("NP", noun):
            return False
        of = self._tok(k - 1)
        return of is not None and of.text.lower() == "of"

    def _object_before(self, k, cur: _Open) -> int:
        """The object of a speech verb, when only commas and prepositional phrases
        separate it from item ``k`` ("indicates the group, at the direction of X, was ...")."""
        obj = cur.get("object")
        if not obj or self.phrases[cur.verb].verb.lemma not in COMPLEMENT_VERBS:
            return -1
        j = k - 1
        while j >= 0 and self.items[j] != ("NP", obj[1]):
            kind, i = self.items[j]
            tok = self.tokens[i] if kind == "TOK" else None
            if kind == "VG" or (tok is not None and tok.text not in "," and tok.tag != "ADP"):
                return -1
            j -= 1
        return obj[1] if j >= 0 else -1

    def _participle_on_object(self, vg, k) -> bool:
        """True when item ``k`` (verb group ``vg``) is a bare -ed form of a verb that needs
        an object, right before a preposition: a passive participle, not a finite verb."""
        info = self.phrases[vg].verb
        after = self._tok(k + 1)
        return (
            self._bare_participle(vg)
            and info.tense == "past"
            and not info.auxiliaries
            and info.lemma in PARTICIPLE_BEFORE_PREPOSITION
            and after is not None
            and after.tag == "ADP"
        )

    def _bare_ing(self, vg) -> bool:
        """True for a verb group that is one -ing form ('after establishing ...'), with its
        particle ('Stepping up ...', 'after handing over ...')."""
        p = self.phrases[vg]
        particles = all(t.tag == "PART" for t in self.tokens[p.first + 1 : p.last + 1])
        return p.head == p.first and particles and self.tokens[p.head].form == "ing"

    def _finite_ahead(self, k) -> bool:
        """True when a finite verb group comes after item ``k`` before a clause marker.

        A bare -ed form is a past tense, not a participle, when it is the last verb
        there and no ``by`` follows it: "a plane carrying rifles landed in Lima"
        (but "a ship carrying rifles made by Acme").
        """
        last_bare = -1
        for j, (kind, i) in enumerate(self.items[k + 1 :], start=k + 1):
            if kind == "TOK" and self.tokens[i].tag in ("SCONJ", "REL", "CCONJ"):
                break
            if kind == "TOK" and self.tokens[i].text in ";:":
                break
            if kind == "VG":
                info = self.phrases[i].verb
                if info.tense not in ("infinitive", "participle") and not self._bare_participle(i):
                    return True
                if info.auxiliaries:
                    return True
                last_bare = j if self._bare_participle(i) else -1
        if last_bare == -1:
            return False
        after = self._tok(last_bare + 1)
        return not (after is not None and after.text.lower() == "by")

    def _being_participle(self, vg) -> bool:
        """True for "being" and an -ed/-en form ("frigates being built by X"): a passive
        participle, as a bare one is."""
        p = self.phrases[vg]
        return (
            p.last == p.first + 1
            and self.tokens[p.first].text.lower() == "being"
            and self.tokens[p.last].form in ("ed", "participle")
        )

    def _opening_participle(self, vg) -> bool:
        """True for a participle opening the sentence before a comma: "Having received X",
        "Armed with X", "Using X" (with no subject of its own: it shares the main one's)."""
        info = self.phrases[vg].verb
        perfect = info.auxiliaries == ("have",) and info.aspect == "perfect"
        if not (
            info.tense == "participle" and (perfect or self._bare_ing(vg)) or self._bare_past(vg)
        ):
            return False
        return any(self._is_comma(j) for j in range(1, len(self.items)))

    def _bare_past(self, vg) -> bool:
        """True for a verb group that is one -ed/-en or past form with no auxiliary."""
        p = self.phrases[vg]
        bare = p.first == p.last and not p.verb.auxiliaries
        return bare and self.tokens[p.head].form in ("past", "ed", "participle")

    def _bare_participle(self, vg) -> bool:
        """True for a verb group that is one -ed/-en form with nothing before it."""
        p = self.phrases[vg]
        return p.first == p.last and self.tokens[p.head].form in ("ed", "participle")

    def _in_pp(self, k) -> bool:
        t = self._tok(k - 1)
        return t is not None and t.tag == "ADP" and k - 1 not in self.subordinators

    def _fill(self, clause: _Open, vg: int, k: int) -> None:
        clause.verb = vg
        clause.slots = [(r, p, vg if g == -1 else g, imp) for r, p, g, imp in clause.slots]
        if (
            clause.kind == "complement"
            and clause.marker == "whether"
            and clause.parent != -1
            and self.phrases[vg].verb.tense == "infinitive"
            and not clause.get("subject")
        ):  # "Spain has yet to decide whether to send tanks": Spain would send them
            controller = self._subject_of(self.clauses[clause.parent])
            if controller:
                self._add(clause, "subject", controller[1], implicit=True)
        if clause.kind == "relative" and clause.head_noun != -1 and clause.marker != "to":
            role = "object" if clause.get("subject") else "subject"
            if clause.marker == "whose":
                role = "possessor"
            head = self.tokens[self.phrases[clause.head_noun].head].lemma.lower()
            if role == "object" and not clause.marker and head in WHEN_NOUNS:
                role = "time"  # "the first time Peru sold jets": when it sold them
            self._add(clause, role, clause.head_noun, implicit=True)

    def _open_infinitive(self, k, vg, cur: _Open, np_before: int) -> None:
        head = self.phrases[np_before] if np_before != -1 else None
        noun = self.tokens[head.head] if head else None
        subject = self._subject_of(cur)
        if head and noun.lemma.lower() in INFINITIVE_NOUNS:
            new = self._push("complement", k, marker="to", head_noun=np_before)
            owner = self._owner(np_before)
            listed_in = next(
                (g for r, p, g, _ in cur.slots
                 if p == np_before and r.split()[0] in LISTING_PREPOSITIONS and g != -1),
                -1,
            )  # fmt: skip
            if owner == -1 and listed_in != -1 and self.phrases[listed_in].kind == "NP":
                owner = self._owner(listed_in)  # "X's efforts, including the decision to send"
            if owner != -1:
                self._add(new, "subject", owner, implicit=True)
            elif subject and (
                (cur.get("object") and cur.get("object")[1] == np_before) or self._in_pp(k - 1)
            ):  # "Peru signed a deal to sell", "Peru sent rifles under a deal to sell"
                self._add(new, "subject", subject[1], implicit=True)
        elif (
            head
            and noun.lemma.lower() not in TIME_NOUNS
            and any(t.text.lower() in ORDINAL_WORDS for t in self.tokens[head.first : head.head])
        ):  # "the first country to send"; not "pledged last fall to send" (a time)
            new = self._push("relative", k, marker="to", head_noun=np_before)
            self._add(new, "subject", np_before, implicit=True)
        else:
            new = self._push("complement", k, marker="to")
            verb = self.phrases[cur.verb].verb.lemma if cur.verb != -1 else ""
            obj = cur.get("object")
            last = cur.slots[-1] if cur.slots else None
            passive = cur.verb != -1 and self.phrases[cur.verb].verb.voice == "passive"
            # past the of-phrases that end it ("pledges from a group of countries to send")
            chain = [slot for slot in reversed(cur.slots) if slot[0] != "of"][:1]
            if last and last[0] == "of" and chain and chain[0][0] in ("from", "by"):
                last = chain[0]
            governor = last[2] if last else -1
            if any(slot[0] == "time" and slot[1] == governor for slot in cur.slots) and obj:
                governor = obj[1]  # "pledges last week from X to send": the pledges' from
            offer = last and last[0] in ("from", "by") and self._infinitive_noun(governor)
            receiver = cur.get("indirect_object") or next(
                (slot for slot in cur.slots if slot[0] == "to" and not slot[3]), None
            )
            if offer:
                # "an offer from X to sell": X sells (the noun's own infinitive)
                new.head_noun = governor
                self._add(new, "subject", last[1], implicit=True)
            elif verb in OBJECT_CONTROL_VERBS and obj:
                self._add(new, "subject", obj[1], implicit=True)
            elif verb in RECIPIENT_CONTROL_VERBS and not passive and receiver:
                # "awarded a contract to X to build", "granted Y a licence to export"
                self._add(new, "subject", receiver[1], implicit=True)
            elif passive and last and last[0] == "to" and not last[3]:
                # "a licence was granted to X to export": who was given it does what it is for
                self._add(new, "subject", last[1], implicit=True)
            elif subject:
                self._add(new, "subject", subject[1], implicit=True)
        self._fill(new, vg, k)
        self._pass_gap(cur, new)

    def _pass_gap(self, cur: _Open, new: _Open) -> None:
        """Give a relative clause's left-out object to the infinitive after its verb of intent:
        in "the drones Peru agreed to buy" Peru buys the drones (it agrees to the buying).
        An object written after the infinitive takes the slot back (``_take_back_gap``)."""
        obj = cur.get("object")
        if (
            cur.kind != "relative"
            or cur.head_noun == -1
            or obj is None
            or not obj[3]
            or obj[1] != cur.head_noun
            or self.phrases[cur.verb].verb.lemma not in SUBJECT_CONTROL_VERBS
        ):
            return
        cur.drop("object")
        self._add(new, "object", cur.head_noun, implicit=True)
        new.gap_from = cur.index

    def _take_back_gap(self, cur: _Open) -> None:
        """Return the left-out object to the relative clause it came from: the infinitive has
        an object of its own ("the date Peru agreed to buy tanks")."""
        obj = cur.get("object")
        owner = self.clauses[cur.gap_from]
        cur.drop("object")
        cur.gap_from = -1
        self._add(owner, "object", obj[1], implicit=True)

    def _owner(self, np: int) -> int:
        """Who owns noun phrase ``np``: its possessor, else the phrase itself when a name
        stands before its head ("the U.S. decision", "the German plan"), else -1."""
        phrase = self.phrases[np]
        if phrase.possessor != -1:
            return phrase.possessor
        named = any(t.unit_kind == "actor" for t in self.tokens[phrase.first : phrase.head])
        return np if named else -1

    def _infinitive_noun(self, index: int) -> bool:
        """True when phrase ``index`` is a noun phrase headed by a noun that takes an
        infinitive ("offer", "decision", "plan")."""
        if index < 0 or index >= len(self.phrases) or self.phrases[index].kind != "NP":
            return False
        return self.tokens[self.phrases[index].head].lemma.lower() in INFINITIVE_NOUNS

    def _open_participle(self, k, vg, cur: _Open, np_before: int) -> None:
        info = self.phrases[vg].verb
        ing = info.tense == "participle" and info.voice != "passive"  # not "being built"
        self.phrases[vg] = replace(
            self.phrases[vg],
            verb=replace(info, tense="participle", voice="active" if ing else "passive"),
        )
        new = self._push("reduced_relative", k, head_noun=np_before)
        new.verb = vg
        if np_before != -1:
            self._add(new, "subject" if ing else "object", np_before, implicit=True)

    def _was_reduced(self, cur: _Open, k: int) -> bool:
        """True when cur's verb was a bare -ed right after its subject, with no object."""
        info = self.phrases[cur.verb].verb
        subject = cur.get("subject")
        if (
            info.auxiliaries
            or info.tense != "past"
            or not subject
            or subject[3]
            or cur.get("object")
        ):
            return False
        verb_item = next(j for j, it in enumerate(self.items) if it == ("VG", cur.verb))
        before = self.items[verb_item - 1]
        # "the first of three frigates built by X was ...": the subject's of-phrase ends it
        of_subject = {p for r, p, g, _ in cur.slots if r == "of" and g == subject[1]}
        return before == ("NP", subject[1]) or (before[0] == "NP" and before[1] in of_subject)

    def _reanalyse(self, cur: _Open, vg: int, k: int) -> None:
        """'weapons sent by A include B': cur becomes a reduced relative of its subject."""
        subject = cur.get("subject")[1]
        self.stack.pop()
        new = self._push(cur.kind, cur.first_item, parent=cur.parent, marker=cur.marker)
        new.head_noun = cur.head_noun
        self._add(new, "subject", subject)
        cur.kind, cur.parent, cur.head_noun, cur.marker = "reduced_relative", new.index, subject, ""
        cur.drop("subject")
        info = self.phrases[cur.verb].verb
        self.phrases[cur.verb] = replace(
            self.phrases[cur.verb], verb=replace(info, tense="participle", voice="passive")
        )
        cur.slots = [("agent" if r == "by" else r, p, g, i) for r, p, g, i in cur.slots]
        self._add(cur, "object", subject, implicit=True)
        self._fill(new, vg, k)

    # -- results ---------------------------------------------------------------------------
    def finish(self) -> tuple[list[Clause], list[Phrase]]:
        main = self.clauses[0].get("subject")
        if self.opener is not None and main and not self.opener.get("subject"):
            self._add(self.opener, "subject", main[1], implicit=True)
        kept = [c for c in self.clauses if c.verb != -1]
        renumber = {c.index: n for n, c in enumerate(kept)}
        out = []
        for n, c in enumerate(kept):
            copula = (
                self.phrases[c.verb].verb.lemma == "be"
                and self.tokens[self.phrases[c.verb].head].tag == "AUX"
            )
            slots = [
                Slot("predicate" if copula and r == "object" else r, p, n, g, imp)
                for r, p, g, imp in c.slots
            ]
            for r, p, _, _ in list(c.slots):
                owner = self.phrases[p].possessor
                if owner != -1 and r != "possessor":
                    slots.append(Slot("possessor", owner, n, p, False))
            first = self._item_start(c.first_item)
            last = self._item_end(
                max(c.last_item, c.first_item) if c.last_item else len(self.items)
            )
            out.append(
                Clause(
                    n,
                    c.kind,
                    c.verb,
                    first,
                    last,
                    renumber.get(c.parent, -1),
                    c.head_noun,
                    c.marker,
                    tuple(slots),
                )  # fmt: skip
            )
        return out, self.phrases

    def _item_start(self, k) -> int:
        kind, i = self.items[min(k, len(self.items) - 1)]
        return self.tokens[i].start if kind == "TOK" else self.phrases[i].start

    def _item_end(self, k) -> int:
        kind, i = self.items[min(k, len(self.items)) - 1]
        return self.tokens[i].end if kind == "TOK" else self.phrases[i].end
