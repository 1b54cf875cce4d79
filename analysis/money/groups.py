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

__all__ = ["AWARDING", "GROUP_REACH", "WINNING", "counted_group_total", "counts_other_wholes"]

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
