"""Groups: a total of several wholes of one kind that a buyer gave out ("The Pentagon awarded
10 defense contracts worth $298.5 million") and a later list in which one winner counts its
share of those wholes ("For its part, Lockheed Martin won two contracts:").

An announcement that counts its items by the noun of the group's wholes, with a verb of
winning, names what its items are: members of the latest group of that noun that was awarded,
however far back it was stated, while they fit in it (``counted_group_total``). The same
count never itemises one single whole of that noun ("a $150 million contract" is not split
into "two contracts"; ``counts_other_wholes``).
"""

from __future__ import annotations

import re

from analysis.money.rules import WHOLE_FAMILIES

__all__ = [
    "AWARDING", "EARLIER_OPENING", "GROUP_REACH", "PIECE_OF_WHOLE", "WINNING",
    "counted_group_total", "counts_other_wholes", "not_a_member",
]  # fmt: skip

#: How far back, in sentences, the group a counted list belongs to may be.
GROUP_REACH = 25

#: An announcement that counts its items with a plural noun and ends in a colon: "won two
#: contracts:", "signed three new deals:".
_COUNTED_NOUN = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>[a-z-]+?)s\b[^.;:]*:\s*$",
    re.I,
)
#: A buyer handing out wholes: the group's sentence.
AWARDING = re.compile(r"\b(?:award(?:s|ed|ing)?|let|placed|issued|handed\s+out)\b", re.I)
#: A winner receiving some of them: the announcement.
WINNING = re.compile(
    r"\b(?:won|wins?|winning|received?|receives|secured?|secures|landed|lands|bagged|clinched|"
    r"(?:was|were|has\s+been|have\s+been)\s+awarded|got|gets)\b",
    re.I,
)


def _counted_family(words: str) -> str | None:
    m = _COUNTED_NOUN.search(words)
    return WHOLE_FAMILIES.get(m.group("noun").lower()) if m else None


def counted_group_total(words: str, sentences, readings, index: int, reach: int = GROUP_REACH):
    """The latest reading before sentence ``index`` whose sum is the value of several wholes
    an awarding sentence gave out, of the noun ``words`` counts with a verb of winning ("won
    two contracts:" -> "awarded 10 contracts worth $X"), or None.

    >>> from types import SimpleNamespace as R
    >>> said = [R(text="The army awarded 9 contracts worth $9m."), R(text="Work starts soon.")]
    >>> group = R(sentence=0, plural=True, family="deal", amount=R(value=9.0))
    >>> single = R(sentence=1, plural=False, family="deal", amount=R(value=5.0))
    >>> counted_group_total("Boeing won two contracts:", said, [group, single], 3) is group
    True
    >>> counted_group_total("Boeing signed two contracts:", said, [group, single], 3) is None
    True
    """
    family = _counted_family(words)
    if not family or not WINNING.search(words):
        return None
    groups = [r for r in readings if 0 < index - r.sentence <= reach and r.plural
              and r.family == family and r.amount.value
              and AWARDING.search(sentences[r.sentence].text)]  # fmt: skip
    return groups[-1] if groups else None


def counts_other_wholes(words: str, total) -> bool:
    """True when ``words`` count several wholes of the noun ``total`` is one single whole of:
    "won two contracts:" after "a $150 million contract" lists no parts of that contract.

    >>> from types import SimpleNamespace as R
    >>> one = R(plural=False, family="deal", own_whole=True)
    >>> counts_other_wholes("Boeing won two contracts:", one)
    True
    >>> counts_other_wholes("The funding covers two programmes:", one)
    False
    """
    family = _counted_family(words)
    return bool(family) and total.family == family and total.own_whole and not total.plural


#: A sentence that opens in an earlier time than the group's news: "Last week, the ministry
#: signed a £127m deal", "Just days before, ...", "Earlier this month, ...".
EARLIER_OPENING = re.compile(
    r"^\W*(?:(?:just|only)\s+)?(?:last\s+(?:week|month|year|weekend|spring|summer|autumn|fall|"
    r"winter)|(?:(?:a|two|three|several|few)\s+)?(?:days?|weeks?|months?)\s+(?:before|earlier|ago)|"
    r"earlier\s+(?:this|that|in\s+the)\s+(?:week|month|year)|previously|in\s+recent\s+weeks)\b",
    re.I,
)
#: After a sum: it is a piece of one whole named there ("£330m tranche of the deal").
PIECE_OF_WHOLE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:tranche|instal(?:l)?ment|portion|phase|part|share)\s+of\s+"
    r"(?:the|this|that|its)\b",
    re.I,
)


def not_a_member(text: str, sentence, amount) -> str:
    """Why the sum ``amount`` of ``sentence`` is no member's own sum of a group stated before
    ("earlier time", "piece of a whole"), or "".

    >>> from types import SimpleNamespace as R
    >>> t = "Last week, the ministry signed a £127m deal."
    >>> not_a_member(t, R(text=t), R(end=t.index("m deal") + 1))
    'earlier time'
    >>> t = "The first £330m tranche of the deal is for spares."
    >>> not_a_member(t, R(text=t), R(end=t.index("m tranche") + 1))
    'piece of a whole'
    """
    if EARLIER_OPENING.match(sentence.text):
        return "earlier time"
    if PIECE_OF_WHOLE.match(text, amount.end):
        return "piece of a whole"
    return ""
