"""Allocation rules: the words that link a total to its parts, as named patterns.

Each pattern is one rule of ``analysis.money.allocations`` (how a part names its
recipient, what opens or closes a list of parts, what refers back to a total
in the sentence before), kept here as data so the rules can be read, and
changed, in one place.
"""

from __future__ import annotations

import re

_KIND = (
    r"(?:[\w'’.-]+\s+){0,3}?(?:aid|assistance|funding|funds|support|loans?|grants?|"
    r"financing|relief|spending|money|weapons|arms|equipment|credits?|guarantees?|"
    r"investments?|help|contributions?|ammunition|munitions|shells|hardware|systems|contracts|"
    r"orders|purchases|subsidies|compensation|reparations)"
)
#: After a part's amount: how its recipient or purpose is introduced.
PART_LINK = re.compile(
    rf"""^(?:\s+in\s+(?P<kind>{_KIND}))?
    (?:\s+(?:would|will|is|are|was|were|has|have|had|to|be|been|being|already|initially|
        largely|mostly|going|could|should|shall|may|might)){{0,3}}
    (?:\s+(?:(?P<spend>spent|used|invested)|go(?:es)?|went|gone|allocated|earmarked|
        set\s+aside|designated|directed|sent|given|provided|reserved|slated|destined|headed|
        intended|meant|dedicated|devoted|budgeted|appropriated|pledged|promised|committed|
        targeted|available|approved|requested|flow(?:s|ing)?))?
    \s+(?P<prep>to|for|toward|towards|into|(?(spend)on|(?!)))\s+(?=\S)""",
    re.X | re.I,
)
#: "spend $6 billion on tanks": a spending verb earlier in the sentence lets
#: "on" right after an amount name what it buys.
SPENDING_VERB = re.compile(r"\b(?:spen[dt]\w*|invest\w*|splash\w*\s+out)\b", re.I)
PART_ON = re.compile(
    r"^\s+on\s+(?!(?:the\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d|"
    r"(?:top|average|paper|hold|behalf|condition|the\s+(?:table|same\s+day|eve))\b)(?=\S)",
    re.I,
)
PART_KIND_ONLY = re.compile(rf"^\s+in\s+(?P<kind>{_KIND})(?![\w-])", re.I)
#: Where a recipient phrase stops.
PHRASE_END = re.compile(
    r"\s*(?:[,;:()\[\]]|\s[-–—]\s|—|\b(?:while|whereas|but|including|which|as\s+well\s+as|"
    r"according\s+to|said|says|(?:is|are|was|were)\s+part\s+of|part\s+of\s+(?:a|an|the)|"
    r"(?:make|makes|made|making)\s+up|totall?ing|in\s+total|altogether)\b)",
    re.I,
)
_NAME = r"(?<![\w'’-])(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3}"
#: Before a part's amount, the recipient and a verb: "Chad gets $5 billion".
RECIPIENT_GETS = re.compile(
    rf"(?P<phrase>{_NAME})\s+(?:(?:would|will|is\s+to|are\s+to|(?:is|are)\s+set\s+to|"
    r"stands?\s+to|(?:is|are)\s+due\s+to)\s+(?:also\s+)?)?(?:gets?|got|receives?|received|"
    r"takes?|took|(?:is|are)\s+(?:getting|receiving))\s+$"
)
#: The next recipient of such a list, its verb left out: ", Israel $14 billion".
RECIPIENT_ELIDED = re.compile(
    rf"^\s*[,;]?\s*(?:(?:and|while|with|plus)\s+)?(?P<phrase>{_NAME})\s*:?\s+$"
)
#: Between a total and its first part: a word that opens the list.
OPEN_CUE = re.compile(
    r"\b(?:allocat\w*|includ\w*|provid\w*|earmark\w*|contain\w*|compris\w*|consist\w*|"
    r"cover\w*|split\w*|divid\w*|break\w*\s+down|broken\s+down|of\s+which|with|set\w*\s+aside|"
    r"direct\w*|devot\w*|dedicat\w*|giv\w*|offer\w*|carv\w*|among\s+(?:them|which)|such\s+as|"
    r"namely|distribut\w*|apportion\w*|send\w*|sent|fund\w*|earmarks?|assign\w*|channel\w*)\b"
    r"|[:—–]",
    re.I,
)
STRONG_OPEN_CUE = re.compile(
    r"\b(?:includ\w*|of\s+which|among\s+(?:them|which)|such\s+as|namely|compris\w*|consist\w*|"
    r"broken\s+down|break\w*\s+down|split\w*|divid\w*|allocat\w*)\b|[:—–]",
    re.I,
)
#: "Of the $20 billion, $12 billion would go to Poland": the total is introduced by "of".
TOTAL_OF_BEFORE = re.compile(r"\b(?:of|from|out\s+of)\s+(?:the|that|this|its|their)\s*$", re.I)
#: Between two parts of one list.
LIST_SEP = re.compile(
    r"\s*[,;]?\s*(?:(?:and|plus|as\s+well\s+as|along\s+with|while|with|then)\s+)?"
    r"(?:(?:another|a\s+further|an\s+additional|an\s+extra|the\s+remaining|the\s+rest|"
    r"the\s+other)\s+)?",
    re.I,
)
#: Between the last part and a total that comes after the parts.
TRAILING_TOTAL = re.compile(
    r"(?:a\s+total\s+of|total(?:l?ing)?|in\s+total|all\s+told|altogether|in\s+all|part\s+of"
    r"(?:\s+(?:a|an|the))?|of\s+(?:a|an|the)|in\s+(?:a|an|the)|within\s+(?:a|an|the)|"
    r"from\s+(?:a|an|the)|out\s+of(?:\s+(?:a|an|the))?|bringing\s+\w+\s+to|sum\s+of|overall|"
    r"(?:make|makes|made|making)\s+up(?:\s+(?:a|an|the))?)"
    r"\s*$",
    re.I,
)
#: A sentence that refers back to a total in the sentence before it.
BACK_REFERENCE = re.compile(
    r"^\W*(?:it|this|that|these|of\s+(?:that|this|it|the\s+total|the\s+money|those)|"
    r"the\s+(?:[\w-]+\s+){0,3}?(?:package|bill|measure|plan|request|deal|legislation|money|"
    r"funding|aid|sum|total|amount|budget|fund|law|proposal|agreement|supplemental))\b",
    re.I,
)
#: "Of that, $12 billion would go to Poland": the back-reference alone opens the list.
OF_THAT = re.compile(
    r"^\W*(?:of|from|out\s+of)\s+(?:that|this|it|those|the\s+(?:total|money|sum|amount|package|"
    r"funding|aid|budget))\s*,?\s*$",
    re.I,
)
LIST_ITEM_RECIPIENT_FIRST = re.compile(r"^\W*(?P<phrase>[^\W\d][^:$€£¥₹\d]{0,80}?)\s*[:—–-]\s*$")
#: Words after an amount that make it a total, not a part ("a $95 billion package").
PACKAGE_NOUNS = re.compile(
    r"^\s*(?!(?:to|for|in|into|toward|towards)\b)(?:[\w-]+\s+){0,2}?(?:package|bill|plan|budget|deal|request|fund|programme|program|"
    r"supplemental|legislation|measure|spending|allocation|appropriation|agreement|pledge)\b",
    re.I,
)
#: A phrase that is about one actor: "the war in Sudan", "aid for Jordan".
ABOUT_ONE_ACTOR = re.compile(
    r"^(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:war|fight|conflict|aid|assistance|support|help|"
    r"defen[cs]e|military|forces|army|armed\s+forces|reconstruction|rebuilding|recovery|"
    r"effort|operations?|government|people|security)\s+(?:in|for|to|of|on|against)\s+",
    re.I,
)
MAX_RECIPIENT_WORDS = 12
