"""Transfer reading: the records a sentence is read into (``Transfer``) and the
reading of one sentence (``SentenceReading``), shared by the sentence and implied rules."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields

from analysis.text import Sentence
from analysis.transfers import rules as rules
from analysis.transfers import sources as sources
from analysis.transfers.cues import Cue, find_cues
from analysis.transfers.items import antecedent_item, find_items, help_items
from analysis.transfers.parties import Party, PartyFinder, SentenceMention
from analysis.transfers.sources import Source
from analysis.transfers.status import denial_covers, denier_mentions, read_status


@dataclass(frozen=True)
class Transfer:
    """One item moving from a supplier to a recipient, as one sentence says."""

    supplier: str
    supplier_country: str
    recipient: str
    recipient_country: str
    directed_by: str  # the actor it is done for or ordered by ("at the direction of X")
    item: str  # canonical name, or the article's words for unlisted equipment
    item_text: str  # the item as the article writes it
    category: str
    status: str
    hedges: str
    attributed_to: str  # the outermost source: who the article says says so
    according_to: str  # sources inside it, with their verb: "Peru (announced)"
    denied_by: str
    cue: str
    sentence_number: int
    sentence: str
    start: int  # sentence offsets in Article.text
    end: int
    item_start: int  # item offsets in Article.text
    item_end: int
    supplier_text: str = ""  # the words naming each party in the sentence
    recipient_text: str = ""


COLUMNS = [f.name for f in fields(Transfer)]


@dataclass
class SentenceContext:
    """What a sentence needs from the rest of the article.

    ``country_names`` maps ISO3 codes to country names (for roll-up);
    ``previous_subjects`` are the actors that were subjects in the previous
    sentence; ``sources`` are this sentence's own sources; ``inherited_source``
    is the speaker of the quotation the sentence belongs to, if any;
    ``quote_open`` says the sentence starts inside a quotation.
    """

    country_names: Mapping[str, str] = field(default_factory=dict)
    previous_subjects: Sequence = ()
    sources: Sequence[Source] = ()
    inherited_source: str = ""
    quote_open: bool = False


class SentenceReading(PartyFinder):
    """One sentence, its mentions and context: reads each cue into rows.

    The party finding it builds on is ``transfer_parties.PartyFinder``.
    """

    def __init__(self, sentence: Sentence, mentions: list, context: SentenceContext):
        self.sentence = sentence
        self.text = sentence.text
        self.context = context
        self.mentions = sorted(
            (
                SentenceMention(
                    m.name,
                    m.kind,
                    m.type,
                    getattr(m, "weapon_class", "") or "",
                    getattr(m, "country", "") or "",
                    getattr(m, "form", "")
                    or sentence.text[m.start - sentence.start : m.end - sentence.start],
                    m.start - sentence.start,
                    m.end - sentence.start,
                )
                for m in mentions
                if sentence.start <= m.start and m.end <= sentence.end
            ),
            key=lambda m: (m.start, -m.end),
        )
        self.directors = [m for m in self.mentions if m.kind == "actor" and self.directs(m)]
        parties = [
            m
            for m in self.mentions
            if m.kind == "actor" and m.type in rules.PARTY_TYPES and m not in self.directors
        ]
        super().__init__(self.text, parties, context.country_names)
        self.weapons = [m for m in self.mentions if m.kind == "weapon"]
        self.cues = find_cues(self.text)
        self.denial = rules.DENIAL_PATTERN.search(self.text)
        spans = [(m.start, m.end) for m in self.mentions]
        self.speech = sources.find_speech_verbs(self.text, spans, sentence.section == "headline")
        markers = [*rules.CLAUSE_START.finditer(self.text), *self.speech]
        markers += list(rules.DENIAL_PATTERN.finditer(self.text))
        self.bounds = sorted({m.end() for m in markers})
        self.quoted = sources.quoted_spans(self.text, context.quote_open)

    def directs(self, mention: SentenceMention) -> bool:
        """True for the actor in "at the direction of X", "on X's orders"."""
        before, after = self.text[: mention.start], self.text[mention.end :]
        possessive, noun = rules.DIRECTED_POSSESSIVE
        return bool(
            rules.DIRECTED_BEFORE.search(before)
            or (possessive.search(before) and noun.match(after))
        )

    def directed_by(self, cue: Cue, parties: Iterable[Party]) -> str:
        """Who directs the transfer of ``cue``: a director in its clause or its subject's."""
        left = min([self.clause_start(cue), *(p.start for p in parties if p.start >= 0)])
        right = self.object_end(cue)
        names = [m.name for m in self.directors if left <= m.start < right]
        return "; ".join(dict.fromkeys(names))

    def clause_start_before(self, position: int) -> int:
        """Where the clause holding ``position`` starts (after the last marker)."""
        return max([0, *(b for b in self.bounds if b <= position)])

    # --- the two sides -------------------------------------------------
    def read_cue(self, cue: Cue, shared: Party | None) -> tuple[list[Transfer], Party | None]:
        """Return the rows of one cue and the subject it found (for the next cue)."""
        left = self.clause_start(cue)
        right = self.object_end(cue)
        passive = cue.form in ("past", "participle") and (
            rules.PASSIVE_BEFORE.search(self.text[left : cue.start])
            or re.match(r"\s+by\b", self.text[cue.end :])
        )
        subject_mention = self.first_subject(left, cue.start)
        if cue.form == "noun":
            return self.read_noun_cue(cue, left, right, subject_mention), shared
        if passive:
            agent = self.party_after(r"\bby\s+", cue.end, right)
            if cue.direction == "get":
                recipients = agent or self.as_parties([subject_mention])
                suppliers = self.party_after(r"\bfrom\s+", cue.end, right)
            else:
                suppliers = agent
                recipients = self.party_after(r"\bto\s+", cue.end, right) or self.as_parties(
                    [subject_mention]
                )
            items = find_items(self.text, self.weapons, left, right, {*suppliers, *recipients})
            window = self.text[left : cue.start]
            return self.rows(cue, suppliers, recipients, items, window), shared
        if cue.direction == "get":
            others = self.party_after(r"\bfrom\s+", cue.end, right)
            if not others and cue.lemma in rules.SUPPLIER_AFTER_CUE:
                others = self.party_right_after(cue.end, right)
        else:
            others = self.party_right_after(cue.end, right) or self.party_after(
                r"\bto\s+", cue.end, right
            )
        subject = self.resolve_subject(subject_mention, left, cue, others, shared)
        window_start = subject.end if subject.end >= 0 else left
        window = self.text[window_start : cue.start]
        if cue.direction == "help":
            items = help_items(self.text, self.weapons, right, others)
        else:
            items = find_items(self.text, self.weapons, cue.end, right, set(others))
            items = items or antecedent_item(self.text, self.weapons, left)
        if cue.direction == "get":
            suppliers, recipients = others, [subject]
        else:
            suppliers, recipients = [subject], others
        return self.rows(cue, suppliers, recipients, items, window), subject

    def read_noun_cue(self, cue: Cue, left: int, right: int, subject) -> list[Transfer]:
        """ "France's sale of Rafales to India", "Washington approved the sale of ... to"."""
        marker = r"\bfrom\s+" if cue.direction == "get" else r"\bto\s+"
        others = self.party_after(marker, cue.end, right)
        owner = next(
            (
                m
                for m in reversed(self.parties)
                if m.end <= cue.start
                and re.fullmatch(r"(?:['’]s)?(?:\s+[\w-]+){0,2}\s+", self.text[m.end : cue.start])
            ),
            None,
        )
        owner = owner or (subject if others else None)
        parties = self.as_parties([owner]) or [Party(rules.NOT_STATED)]
        items = find_items(self.text, self.weapons, cue.end, right, {*others, *parties})
        window = self.text[left : cue.start]
        if cue.direction == "get":
            return self.rows(cue, others, parties, items, window)
        return self.rows(cue, parties, others, items, window)

    def clause_start(self, cue: Cue) -> int:
        """Where the clause of ``cue`` starts: after the last clause marker."""
        start = self.clause_start_before(cue.start)
        for other in self.cues:
            if other.end <= cue.start:
                start = max(start, other.end)
        return start

    def object_end(self, cue: Cue) -> int:
        """Where the object side of ``cue`` ends."""
        end = len(self.text)
        match = rules.OBJECT_END.search(self.text, cue.end)
        if match:
            end = match.start()
        for match in re.finditer(r"\bthat\b", self.text[cue.end : end]):
            after = cue.end + match.end()
            if not any(after <= w.start <= after + 12 for w in self.weapons):
                end = cue.end + match.start()
                break
        later = [c.start for c in self.cues if c.start > cue.start]
        for verb in self.speech:  # "..., the company said"
            if cue.end < verb.start() < end:
                comma = self.text.rfind(",", cue.end, verb.start())
                end = comma if comma >= 0 else verb.start()
                break
        return min([end, *later])

    def resolve_subject(
        self,
        mention: SentenceMention | None,
        left: int,
        cue: Cue,
        others: list[Party],
        shared: Party | None,
    ) -> Party:
        """The subject party: named, referred back to, shared, or not stated."""
        if mention is not None:
            return self.as_parties([mention])[0]
        reference = sources.find_reference(
            self.text, left, cue.start, [(m.start, m.end) for m in self.mentions]
        )
        if reference is not None:
            earlier = [m for m in self.parties if m.end <= reference.start]
            excluded = {p.country for p in others}
            found = sources.resolve_reference(
                reference, earlier, self.context.previous_subjects, excluded, self.roll_up
            )
            if found is None:
                return Party(rules.UNRESOLVED, "", reference.text, reference.start, reference.end)
            return Party(
                found.name, self.roll_up(found), reference.text, reference.start, reference.end
            )
        if self.denies(cue.start) and left == self.denial.end():
            deniers = self.denied_by_parties()
            if len(deniers) == 1:
                return deniers[0]
        if shared is not None and any(c.end == left for c in self.cues):
            return shared  # "Brazil sold X to India and delivered Y to Chile"
        aside = self.speech_aside_ending_at(left)
        if aside >= 0:  # "Chile, he said, may be helping ..."
            if shared is not None and any(c.end <= aside for c in self.cues):
                return shared  # "Chile sold X, he said, and may be helping ..."
            mention = self.first_subject(self.clause_start_before(aside), aside)
            if mention is not None:
                return self.as_parties([mention])[0]
        return Party(rules.NOT_STATED)

    def speech_aside_ending_at(self, position: int) -> int:
        """Where a speech aside that ends at ``position`` begins (its comma), or -1.

        An aside is ", he said," or ", officials said," set between commas in
        the middle of a clause: the clause goes on after it with the subject
        named before it.
        """
        if not re.match(r"\s*,", self.text[position:]):
            return -1
        for verb in self.speech:
            if verb.end() == position:
                comma = self.text.rfind(",", 0, verb.start())
                speaker = self.text[comma + 1 : verb.start()] if comma >= 0 else ""
                if comma >= 0 and 1 <= len(speaker.split()) <= 5:
                    return comma
        return -1

    # --- status and attribution ------------------------------------------
    def status_of(self, cue: Cue, window: str) -> tuple[str, list[str]]:
        """Status and hedges of a cue from the words before it."""
        headline = self.sentence.section == "headline"
        return read_status(cue, window, self.denies(cue.start), headline)

    def denies(self, position: int) -> bool:
        """True when a denial earlier in the sentence covers ``position``."""
        return denial_covers(self.text, self.denial, self.speech, position)

    def denied_by_parties(self) -> list[Party]:
        return self.as_parties(denier_mentions(self.text, self.denial, self.mentions))

    def denied_by(self) -> str:
        deniers = self.denied_by_parties()
        if not deniers:
            return ""
        return self.text[deniers[0].start : deniers[-1].end]

    def rows(
        self,
        cue: Cue,
        suppliers: list[Party],
        recipients: list[Party],
        items: list[tuple],
        window: str,
    ) -> list[Transfer]:
        """One row per (supplier, recipient, item); none without an item or an actor."""
        suppliers = suppliers or [Party(rules.NOT_STATED)]
        recipients = recipients or [Party(rules.NOT_STATED)]
        status, hedges = self.status_of(cue, window)
        denied_by = self.denied_by() if status == "denied" else ""
        directed_by = self.directed_by(cue, [*suppliers, *recipients])
        rows = []
        for supplier in suppliers:
            for recipient in recipients:
                if not (supplier.start >= 0 or recipient.start >= 0):
                    continue
                if supplier.country and supplier.country == recipient.country:
                    continue  # the same country on both sides is not a transfer
                for name, category, start, end in items:
                    item_hedge = rules.ITEM_HEDGE.search(self.text[max(0, start - 30) : start])
                    row_hedges = [*hedges, *([item_hedge.group(1)] if item_hedge else [])]
                    item = (name, category, start, end)
                    rows.append(
                        self.make_row(
                            cue.text,
                            supplier,
                            recipient,
                            item,
                            status,
                            row_hedges,
                            denied_by,
                            cue.start,
                            directed_by,
                        )
                    )
        return rows

    def make_row(
        self, cue_text, supplier, recipient, item, status, hedges, denied_by, where, directed_by=""
    ):
        name, category, start, end = item
        offset = self.sentence.start
        attributed_to, according_to = sources.attribute(
            self.text, where, self.context.sources, self.context.inherited_source, self.quoted
        )
        return Transfer(
            supplier=supplier.name,
            supplier_country=supplier.country or supplier.name,
            recipient=recipient.name,
            recipient_country=recipient.country or recipient.name,
            directed_by=directed_by,
            item=name,
            item_text=self.text[start:end],
            category=category,
            status=status,
            hedges="; ".join(dict.fromkeys(h.strip() for h in hedges)),
            attributed_to=attributed_to,
            according_to=according_to,
            denied_by=denied_by,
            cue=cue_text,
            sentence_number=self.sentence.number,
            sentence=self.text,
            start=self.sentence.start,
            end=self.sentence.end,
            item_start=offset + start,
            item_end=offset + end,
            supplier_text=supplier.text,
            recipient_text=recipient.text,
        )
