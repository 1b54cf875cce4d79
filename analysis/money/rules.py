"""Allocation rules: the words that link a total to its parts, as named patterns.

Each pattern is one rule of ``analysis.money.allocations`` (how a part names its
recipient, what opens or closes a list of parts, what refers back to a total
in the sentence before), kept here as data so the rules can be read, and
changed, in one place.
"""

from __future__ import annotations

import re

from analysis.money.currencies import CODES

#: Where a sum starts: a currency sign or code, a local sign right before the digits
#: ("Rs 5", "RM2", "Sh3", "P14", "N5", "Tk 50"), or a digit.
SUM_START = (
    r"(?:US|A|C|NZ|HK|S|R|N)?[$€£¥₹₦₱]|(?-i:Rs\.?|RM|Rp|KSh|Shs|Sh|Tk|GH¢|P|N|R|K)\s?\d"
    rf"|(?-i:{CODES})\s?\d|\d"
)

_KIND = (
    # words before the kind; a comma only between two describing words ("rapid, ready-made")
    r"(?:[\w'’.-]+\s+|[a-z][\w'’-]*,\s+(?!(?:including|and|or|while|which|with)\b)(?=[a-z]))"
    r"{0,3}?(?:aid|assistance|funding|funds|support|loans?|grants?|"
    r"financing|relief|spending|money|weapons|arms|equipment|credits?|guarantees?|"
    r"investments?|help|contributions?|ammunition|munitions|shells|hardware|systems|contracts|"
    r"orders|purchases|deliveries|sales|subsidies|compensation|reparations|add-ons|bonus(?:es)?|payments|"
    r"instalments|installments|fees|cash|(?:net\s+)?debt)"
)
#: After a part's amount: how its recipient or purpose is introduced, also inside a
#: relative clause whose verb allocates it: "the $30m that we have announced today for roads".
PART_LINK = re.compile(
    rf"""^(?:\s+(?:more|extra|additional))?(?:\s+in\s+(?P<kind>{_KIND}))?
    (?P<relative>\s+(?:that|which)(?:\s+(?:I|we|he|she|they|it|the\s+[\w-]+))?)?
    (?:\s+(?:would|will|is|are|was|were|has|have|had|to|be|been|being|already|initially|
        largely|mostly|going|can|could|must|should|shall|may|might)){{0,3}}
    (?:\s+(?:(?P<spend>spent|used|invested)|go(?:es)?|went|gone|allocated|earmarked|
        set\s+aside|designated|directed|sent|given|provided|reserved|slated|destined|headed|
        intended|meant|dedicated|devoted|budgeted|appropriated|pledged|promised|committed|
        targeted|available|approved|requested|flow(?:s|ing)?|
        (?(relative)announced(?=(?:\s+(?:today|yesterday|this\s+\w+|on\s+\w+day))?\s+for\s)|(?!)))
        (?:\s+(?:in\s+the\s+form|by\s+way)\s+of(?:\s+[\w-]+){{1,5}}?(?=\s+(?:to|for)\s))?
        (?(relative)(?:\s+(?:today|yesterday|this\s+(?:week|month|year)|on\s+\w+day))?))?
    \s+(?P<prep>to|for|toward|towards|into|worth\s+of|(?(spend)on|(?!)))\s+(?=\S)""",
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
#: After an amount, an aside between commas before the verb that gives it: "$6bn, about half
#: of the package, will go to ...", "$2m, the largest share, is earmarked for ...". No
#: figure or currency inside (that would be another sum), and a verb right after it.
APPOSITIVE_BEFORE_VERB = re.compile(
    r"^\s*,\s+[^,;:()$€£¥₹\d]{1,80}?,(?=\s+(?:would|will|is|are|was|were|has|have|had|can|could|"
    r"must|should|shall|may|might|goes|go|went)\b)",
    re.I,
)
#: After an amount, a verb whose object is what the sum is for: "$5bn funds new roads",
#: "€1bn covers research", "$2m pays for training".
PART_DIRECT = re.compile(
    r"^(?:\s+(?:would|will|is|are|was|were|has|have|had|to|be|been|can|could|should|shall|"
    r"may|might|also|largely|mostly)){0,3}\s+(?:covers?|covered|funds?|funded|finances?|"
    r"financed|pays?\s+for|paid\s+for|buys?|bought)\s+(?!(?:the\s+)?(?:period|years?|"
    r"months?|costs?\s+of\s+(?:the\s+)?(?:package|deal))\b)(?=\S)",
    re.I,
)
#: Before an amount set off in apposition, the words that open it: "Two-thirds of the
#: package, or $600m, will go to", "The first, worth €1bn, covers": the comma after the
#: amount closes the aside, and the verb after it says where the sum goes.
APPOSITION_OPEN = re.compile(
    r"(?:,|\s[—–]|—)\s*(?:or|worth|some|about|around|roughly|nearly|almost|just\s+over|"
    r"more\s+than)?\s*$",
    re.I,
)
APPOSITION_CLOSE = re.compile(
    r"^\s*(?:,|[—–])(?=\s*(?:would|will|is|are|was|were|has|have|had|can|could|shall|goes|go|went|"
    r"covers?|funds?|pays?)\b)",
    re.I,
)
PART_KIND_ONLY = re.compile(rf"^\s+in\s+(?P<kind>{_KIND})(?![\w-])", re.I)
#: Where a recipient phrase stops.
PHRASE_END = re.compile(
    r"\s*(?:[,;:()\[\]]|\s[-–—]\s|—|\b(?:while|whereas|but|including|excluding|not\s+including|"
    r"except|which|as\s+well\s+as|"
    r"according\s+to|said|says|(?:is|are|was|were)\s+part\s+of|part\s+of\s+(?:a|an|the)|"
    r"(?:make|makes|made|making)\s+up|totall?ing|in\s+total|altogether|represent\w*|"
    r"account\w*\s+for|"
    # "for weapons as the country seeks to ...": a clause of reason or time begins
    r"as\s+(?=(?:the|it|they|he|she|we)\s)|"
    # "for sea walls and the remaining third for housing": the next part begins
    r"and\s+(?:the\s+)?(?:rest|remainder|balance|remaining|other\s+(?:half|third|quarter)))\b)",
    re.I,
)
#: Where a delimiter does not end a recipient phrase: a bracketed acronym ("(ISR)"), a
#: comma inside a capitalised list ("Intelligence, Surveillance and Reconnaissance") or
#: inside a list of common nouns closed by "and" ("support, weapons and training"), not
#: before a speech verb ("training, officials said, and ...").
NAME_INSIDE_PHRASE = re.compile(
    r"\s*\([A-Z][A-Za-z0-9-]{1,9}\)|,\s+(?=[A-Z][\w-]*(?:,|\s+and\s+[A-Z]))"
    # a list of common nouns: "for support, weapons and training for the army"
    r"|,\s+(?=(?!(?:[a-z][\w-]*\s+)?(?:said|says|told|added)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
    r"(?:,\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)*,?\s+and\s)"
)
_NAME = r"(?<![\w'’-])(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3}"
#: A named owner's body: "Vesta's army", "Norland's coast guard".
_HOLDER = (
    r"(?<![\w'’-])[A-Z][\w.-]*['’]s(?:\s+(?!(?:will|would|is|are|was|were)\b)[a-z][\w-]*){1,2}"
)
#: Between the verb and the part's amount, an article with an evaluative word, or a
#: focus adverb: "gets a (comparatively) modest $5m", "receives an extra $2m", "gets only $1m".
_GETS_HOW_MUCH = (
    r"(?:(?:an?\s+(?:[a-z]+ly\s+)?[a-z]+|only|just|merely|a\s+mere|barely|almost|nearly)\s+"
    # "gets the lion's share, $600m": the share named, then the sum in apposition
    r"|the\s+(?:lion['’]s\s+share|bulk|largest\s+share|biggest\s+share|most)\s*[,—–]\s*)?"
)
#: Before a part's amount, the recipient and a verb: "Chad gets $5 billion".
RECIPIENT_GETS = re.compile(
    rf"(?P<phrase>{_NAME}|{_HOLDER})\s+(?:(?:would|will|is\s+to|are\s+to|(?:is|are)\s+set\s+to|"
    r"stands?\s+to|(?:is|are)\s+due\s+to)\s+(?:also\s+)?)?(?:gets?|got|receives?|received|"
    r"takes?|took|(?:is|are)\s+(?:getting|receiving))\s+"
    rf"{_GETS_HOW_MUCH}$"
)
#: The whole subject of a clause that gets a part: "Pilot training in Romania receives
#: €600m" (a purpose as written, not "Romania"), ", and the coast guard gets €4m".
RECIPIENT_SUBJECT_GETS = re.compile(
    r"^\W*(?:(?:and|while|but|whereas|meanwhile)\s+)?(?P<phrase>[^\W\d][\w'’-]*"
    r"(?:\s+(?!(?:said|says|told|that|which|who|will|would|is|are|was|were)\b)[\w'’-]+){0,5})"
    r"\s+(?:(?:would|will|is\s+to|are\s+to|(?:is|are)\s+set\s+to|stands?\s+to)\s+(?:also\s+)?)?"
    r"(?:gets?|got|receives?|received|(?:is|are)\s+(?:getting|receiving))\s+"
    rf"{_GETS_HOW_MUCH}$",
    re.I,
)
#: The next recipient of such a list, its verb left out: ", Israel $14 billion".
RECIPIENT_ELIDED = re.compile(
    rf"^\s*[,;]?\s*(?:(?:and|while|with|plus)\s+)?(?P<phrase>{_NAME})\s*:?\s+$"
)
#: A name with its sum in brackets, as a list writes a part: "the Air Force (RM2.5 billion),
#: the Navy (RM2 billion)"; the sum must close the bracket.
RECIPIENT_BRACKETED = re.compile(
    rf"(?:(?:^|[,;]|\b(?:and|while|with|plus))\s*(?P<phrase>{_NAME})"
    r"|(?:[,;]|\b(?:and|to|for))\s+(?P<np>(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+))"
    r"\s*\(\s*$"
)
#: Between a total and its first part: a word that opens the list.
OPEN_CUE = re.compile(
    r"\b(?:allocat\w*|includ\w*|provid\w*|earmark\w*|contain\w*|compris\w*|consist\w*|"
    r"cover\w*|split\w*|divid\w*|break\w*\s+down|broken\s+down|of\s+which|with|set\w*\s+aside|"
    r"direct\w*|devot\w*|dedicat\w*|giv\w*|offer\w*|carv\w*|among\s+(?:them|which)|such\s+as|"
    r"namely|distribut\w*|apportion\w*|send\w*|sent|fund\w*|earmarks?|assign\w*|channel\w*|"
    r"made\s+up\s+of|composed\s+of)\b"
    r"|[:—–]",
    re.I,
)
STRONG_OPEN_CUE = re.compile(
    r"\b(?:includ\w*|of\s+which|among\s+(?:them|which)|such\s+as|namely|compris\w*|consist\w*|"
    r"broken\s+down|break\w*\s+down|split\w*|divid\w*|allocat\w*|made\s+up\s+of|composed\s+of)\b"
    r"|[:—–]",
    re.I,
)
#: "Of the $20 billion, $12 billion would go to Poland": the total is introduced by "of".
TOTAL_OF_BEFORE = re.compile(
    r"\b(?:of|from|out\s+of)\s+(?:the|that|this|its|their)\s*$"
    # at the start of a sentence, with no determiner: "Out of Rs 3,100 crore, ..."
    r"|(?:^|[.!?;:\n\"“]\s*)(?:of|out\s+of)\s+$",
    re.I,
)
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
    r"(?:make|makes|made|making)\s+up(?:\s+(?:a|an|the))?|"
    r"(?:represent\w*|account\w*\s+for|(?:is|was|are|were))\s+(?:about\s+|some\s+|roughly\s+|"
    r"nearly\s+|almost\s+|over\s+|more\s+than\s+)?\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)\s+"
    r"of(?:\s+(?:a|an|the|all))?)"
    r"\s*$",
    re.I,
)
#: A sentence that refers back to a total in the sentence before it.
#: A speaker reported before what is said: "He said", "The minister added that".
REPORTED_LEAD = (
    r"(?:(?:he|she|they|it|we|(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
    r"(?:said|says|added|noted|explained|told\s+\w+)\s*,?\s+(?:that\s+)?)"
)
#: "the total amount", "the total": the whole named as a sum.
_TOTAL_SUM = r"the\s+(?:total|overall)(?:\s+(?:amount|sum|allocation|figure))?"
#: Between "the" and "money" in a reference back: "Of the new money" is the sum just given
#: on top of an earlier one, not the earlier one (``EARLIER_SUM``).
_NEW_MONEY = r"(?:(?P<new>new|additional|extra|fresh|latest|further)\s+)?"
BACK_REFERENCE = re.compile(
    rf"^\W*(?-i:{REPORTED_LEAD})?(?P<ref>it|this|that|these|"
    rf"of\s+(?:that|this|it|{_TOTAL_SUM}|the\s+{_NEW_MONEY}money|those)|"
    r"the\s+(?:[\w-]+\s+){0,3}?(?:package|bill|measure|plan|request|deal|legislation|money|"
    r"funding|aid|sum|total|amount|figure|budget|fund|law|proposal|agreement|supplemental))\b",
    re.I,
)
#: "Of that, $12 billion would go to Poland": the back-reference alone opens the list.
OF_THAT = re.compile(
    rf"^\W*(?-i:{REPORTED_LEAD})?(?:of|from|out\s+of)\s+(?:that|this|it|those|{_TOTAL_SUM}|"
    rf"the\s+{_NEW_MONEY.replace('?P<new>', '?:')}(?:money|sum|amount|package|funding|aid|budget))"
    r"\s*,?\s*$",
    re.I,
)
#: Before a sum, words that make it money given before the one a sentence calls "the new
#: money": "The government earlier pledged £64m", "had already given", "previously sent".
EARLIER_SUM = re.compile(r"\b(?:earlier|previously|already|before|initially|originally)\b", re.I)
#: Right before a sum, words that make it the new money: "an additional £70m", "a further
#: $5m", "a fresh €2bn", "new funding of" is not needed ("another" is new money too).
NEW_SUM_BEFORE = re.compile(
    r"\b(?:an?\s+)?(?:additional|further|fresh|new|extra|another)\s+(?:[\w-]+\s+){0,2}?$"
    r"|\b(?:additional|further|fresh|new|extra)\s+(?:[\w-]+\s+){0,2}?(?:of|worth|totall?ing)\s+$",
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
#: Words around an actor's name that still name the actor itself ("the Polish army",
#: "Israel's government"); any other word makes the phrase a purpose ("pilot training in
#: Romania" is what the money is for, not Romania).
ACTOR_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "its",
        "their",
        "own",
        "government",
        "governments",
        "people",
        "forces",
        "force",
        "military",
        "army",
        "armed",
        "navy",
        "air",
        "state",
        "states",
        "nation",
        "nations",
        "country",
        "countries",
        "authorities",
        "ally",
        "allies",
        "administration",
        "regime",
        "troops",
        "and",
        "partners",
        "partner",
    ]
)
#: A figure in brackets right after an amount (its restatement) does not hide the link after it.
BRACKETED_FIGURE = re.compile(r"\s*\([^()]{0,40}\d[^()]{0,40}\)")
#: A verb of buying or giving at the start of a purpose ("to procure tanks", "to provide
#: food aid"): the link, not the purpose.
PURCHASE_VERB = re.compile(
    r"^(?:procure|acquire|buy|purchase|fund|finance|provide|supply|pay\s+for|spend\s+on|"
    r"be\s+spent\s+on|use\s+(?:on|for))\s+(?=\S)",
    re.I,
)


# --- Linking a total to parts in later sentences (``analysis.money.links``) ---------------


def _load_wholes() -> dict[str, str]:
    """Read ``data/split_wholes.csv``: whole noun -> family."""
    import csv

    from analysis.config import DATA_DIR

    with open(DATA_DIR / "split_wholes.csv", encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["word"] and not r["word"].startswith("#")]
    return {r["word"].strip().lower(): r["family"].strip() for r in rows}


#: Whole noun -> family: "package" -> "aid", "contract" -> "deal".
WHOLE_FAMILIES = _load_wholes()
_WHOLE = "(?:" + "|".join(sorted(map(re.escape, WHOLE_FAMILIES), key=len, reverse=True)) + ")"
_WHOLE_WORD = rf"(?P<whole>{_WHOLE})(?:e?s)?(?![\w-])"
_NUMBER_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
#: After an amount, the whole it is the total of: "a $345 million military aid package".
_MODIFIER = (
    r"(?!(?:to|for|in|into|on|toward|towards|of|the|an?|it|he|she|they|we|you|that|"
    r"which|who|and|or|but|is|was|are|were|will|would|has|have|had)\b)[\w'’-]+\s+"
)
WHOLE_AFTER = re.compile(
    rf"^(?:\s*\([^()]{{0,40}}\))?"  # a restatement in brackets: "A £36m ($42.1m) fee"
    rf"[\s-]*(?:worth\s+of\s+)?(?:(?:{_MODIFIER}){{0,3}}?"
    # two modifiers joined: "a $118 billion border security and foreign aid package"
    rf"|(?:{_MODIFIER}){{1,2}}(?:and|&)\s+(?:{_MODIFIER}){{1,2}}?){_WHOLE_WORD}",
    re.I,
)
#: After an amount, several wholes it sums up: "$4.7 billion of potential weapons sales",
#: "$2bn of new contracts" (plural: "$5bn of aid" names no whole of its own).
WHOLES_OF_AFTER = re.compile(
    rf"^\s+of\s+(?P<phrase>(?:(?!(?:the|an?|its|their|this|that|these|those|which|it|them|"
    rf"to|for|in|and|or)\b)[\w'’-]+\s+){{0,3}}?(?P<whole>{_WHOLE})s)(?![\w-])",
    re.I,
)
#: Before an amount, the whole it is the value of: "three contracts ... worth nearly",
#: "a budget proposal of", "an initial fee of", "at an overall cost of".
WHOLE_BEFORE = re.compile(
    rf"(?:(?P<count>{_NUMBER_WORD})\s+(?:[\w'’-]+\s+){{0,2}})?{_WHOLE_WORD}\b(?:"
    # "The defence budget for next year is $12bn": the whole, at most its year, and a copula
    # (no other words between: "the budget for the army is $5bn" names a part's own sum);
    # only a whole made to be shared out ("The basic fee is £42m" is a component of a price)
    r"(?:(?<=budget)|(?<=budgets)|(?<=package)|(?<=plan)|(?<=fund)|(?<=programme)|"
    r"(?<=program)|(?<=allocation)|(?<=appropriation))"
    r"(?:\s+(?:for|in)\s+(?:(?:the\s+)?(?:next|coming|current|new)\s+(?:fiscal\s+|financial\s+)?"
    r"year|(?:fiscal\s+|FY\s*)?(?:19|20)\d{2}(?:[-–/]\d{2,4})?))?"
    r"\s+(?:is|was|will\s+be|would\s+be)\s+(?:[\w.]+\s+){0,2}$|"
    r"[^.;$€£¥₹]{0,120}?"
    # "an appeal for $8.4bn", "a request for $2bn": what is asked for is that whole's value
    r"\b(?:(?:(?<=appeal\s)|(?<=appeals\s)|(?<=request\s)|(?<=requests\s))for|"
    r"worth|of(?!\s+which\b)|valued\s+at|totall?ing|amounting\s+to|costing|at\s+(?:a|an)\s+(?:[\w-]+\s+)?"
    r"cost\s+of|priced\s+at|(?:increased|raised|hiked|cut|reduced|lowered)\s+to|"
    # "a deal rising to €80m", "a fee that could rise (up to) £100m": its value at most
    r"stands?\s+at|(?:set|pegged|fixed)\s+at|(?:rise|rises|rising)(?:\s+(?:up\s*)?to)?)"
    r"\s+(?:[\w.]+\s+){0,2}$)",
    re.I,
)
#: "hiked the defence budget to $X": a verb of change, the whole, then "to" and its new value.
WHOLE_CHANGED_TO = re.compile(
    rf"\b(?:hike|hiked|raise|raised|raising|increase|increased|boost|boosted|lift|lifted|cut|"
    rf"reduce|reduced|slash|slashed|trim|trimmed|bring|brings|brought|bringing|push|pushed|"
    # the whole is the verb's object, not a baseline: "an increase over the 2018 request to
    # $19bn" is the new level of what increased, not of the 2018 request
    rf"double|doubled)\s+(?:(?!(?:over|from|than|against|on)\b)[\w'’-]+\s+){{0,4}}?"
    rf"{_WHOLE_WORD}\s+to\s+(?:[\w.]+\s+){{0,2}}$",
    re.I,
)
#: "The ministry asked for $8bn", "has requested $2bn in funding", "is seeking $5bn": the sum
#: is the value of a request, the whole "the request" or "the proposal" later refers back to.
REQUESTED_BEFORE = re.compile(
    # "asked for", or with whom it was asked of between: "asked the Finance Ministry for"
    r"\b(?:ask(?:s|ed|ing)\s+(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+)?for"
    r"|request(?:s|ed|ing)|sought|seek(?:s|ing)?)\s+"
    r"(?:(?:a|an|some|about|around|roughly|nearly|almost|over|more\s+than|up\s+to)\s+){0,2}$",
    re.I,
)
#: Before a sum in its sentence: the subject, a reference back to a whole, said to be part
#: of the whole the sum is the value of: "The request forms part of a five-year $40bn plan",
#: "It is part of a $5bn plan" (group ``pronoun``: the whole named just before).
PART_OF_OUTER = re.compile(
    rf"^\W*(?:(?P<pronoun>it|this)|(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"{_WHOLE_WORD})\s+"
    r"(?:(?:would|will|also)\s+)?(?:forms?|formed|is|was|constitutes?|makes?\s+up)\s+"
    r"(?:also\s+)?(?:a\s+|one\s+)?(?:part|portion|component|chunk|slice|share)\s+of\b[^.;]*$",
    re.I,
)
#: At the start of a sentence, what its amount is for: "For the patrol vessels, a $2bn contract".
FRONTED_PURPOSE = re.compile(
    r"^\W*for\s+(?!(?:example|instance|now|years|decades|months|weeks|days|(?:its|their|his|her|"
    r"our|my)\s+part|the\s+(?:first|second|last|past|next)\s+(?:time|years?|days?|weeks?|"
    r"months?|quarters?|decades?)|the\s+time\s+being)\b)"
    r"(?P<phrase>[^,;$€£¥₹\d][^,;$€£¥₹]{2,80}?)\s*,",
    re.I,
)
#: "a total of 7 billion euros": an amount that sums several things up, a whole of no one noun.
AGGREGATE_BEFORE = re.compile(
    r"\b(?:a\s+total\s+of|a\s+combined|(?:in\s+)?deals\s+with\s+a\s+combined\s+value\s+of|"
    r"collectively\s+worth|combined\s+(?:value|worth)\s+of)\s+(?:[\w.]+\s+){0,2}$",
    re.I,
)
#: Before an amount: "The total value of approved sales in 2022 - which ... - was": the sum of
#: the wholes named after "total value of" (the aside and up to 60 characters between).
TOTAL_VALUE_OF = re.compile(
    rf"\btotal\s+(?:value|cost|amount|worth|size)\s+of\s+(?P<phrase>(?:[\w'’-]+\s+){{0,2}}?"
    rf"{_WHOLE_WORD})[^.;$€£¥₹]{{0,60}}?\b(?:was|is|were|are|stood\s+at|stands\s+at|"
    rf"reached|came\s+to|comes\s+to|amounted\s+to|totall?ed)\s+(?:[\w.]+\s+){{0,2}}$",
    re.I,
)
#: "$5.9 billion in foreign military assistance": the kind of money names a whole too.
WHOLE_KIND = re.compile(rf"^\s+in\s+(?P<phrase>(?:[\w'’-]+\s+){{0,3}}?{_WHOLE_WORD})", re.I)
#: A part's own words before it: "an initial fee of 63 million euros".
PURPOSE_OF_BEFORE = re.compile(
    rf"(?P<phrase>\b(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?{_WHOLE_WORD})\s+of\s+(?:[\w.]+\s+)?$",
    re.I,
)
#: In the words before a part's sum, a name (or a counted group) as the subject of a verb
#: of winning, giving or getting: "PAR Technology won", "Mylan was awarded", "ABM Industries
#: and two other companies were all named winners of", "32 countries made", "the Islamic
#: Development Bank promised". The part is that party's; the last such subject wins.
SUBJECT_OF_PART = re.compile(
    r"(?P<phrase>(?<![\w'’-])(?:[A-Z][\w&'’.-]*|\d+)(?:\s+(?:&\s+|of\s+|and\s+)?"
    r"(?:[A-Z][\w&'’.-]*|(?:two|three|four|five|other|more)\b|[a-z]+(?=\s+(?:were|have)\b)|"
    r"countries|nations|donors|companies|firms)){0,5}"
    r"(?:\s+(?:subsidiary|unit|division|arm))?)"
    r"(?:,[^,$€£¥₹]{1,60},|,)?\s+(?:(?:was|were|has|have|had|will|would)\s+)?(?:all\s+)?"
    r"(?:won|wins|awarded|named\s+winners?|promised|pledged|made|gave|donated|contributed|"
    r"received|secured|captured|signed|clinched|landed)\b"
)
#: "Israel with $3.1 billion": the recipient, then "with".
RECIPIENT_WITH = re.compile(
    r"(?P<phrase>(?<![\w'’-])[A-Z][\w'’.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’.-]*){0,4})\s+with\s+$"
)
#: A list item naming its purpose, its sum in brackets: "three categories: research (€1bn),
#: training (€600m) and equipment (€400m)" (used when a ")" closes the sum).
PURPOSE_BRACKETED = re.compile(
    r"(?:[:;,]|\band|\bwhile)\s*(?P<phrase>[^\W\d][^,;:()$€£¥₹\d]{1,60}?)\s*\(\s*$"
)
#: A list item with its verb left out, the recipient then the amount: "...; Northvale, £4
#: million; Eastmoor, £2m" (the first item said "will receive").
RECIPIENT_LIST_ITEM = re.compile(
    r"(?:;|\bwhile|\band)\s+(?P<phrase>[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,5})"
    r",?\s+$"
)
#: In a total's sentence, words announcing that the parts follow: "how it will divide £5m
#: between ...", "will be shared among", "a breakdown of"; the sentences right after it
#: state the parts without a word referring back.
SPLIT_ANNOUNCED = re.compile(
    r"\b(?:(?:divid|split|shar|distribut|allocat|spread|apportion)\w*\b[^.;]{0,80}?"
    r"\b(?:between|among|amongst|across)\b|break\s*down|breakdown|"
    # "divided into three categories", "split into four parts"
    r"(?:divid|split|separat|broken|organi[sz])\w*\s+(?:up\s+)?into\s+(?:[\w-]+\s+){0,2}?"
    r"(?:parts|categories|components|portions|streams|pillars|areas|baskets|envelopes|pots|"
    r"segments|chunks|sections|blocks|strands|windows|lines)\b|"
    r"how\s+(?:it|they|the\s+\w+)\s+"
    r"(?:will|would|is\s+to|are\s+to|plans?\s+to)\s+(?:be\s+)?(?:spen[dt]|divid\w*|split|allocat\w*|"
    r"distribut\w*|shar\w*))",
    re.I,
)
#: Before an amount, a common-noun recipient and its verb: "The new programme will receive".
RECIPIENT_NP_GETS = re.compile(
    r"(?P<phrase>(?<![\w'’-])(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+"
    r"(?:(?:will|would|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to)\s+(?:also\s+)?)?"
    r"(?:gets?|got|receives?|received|(?:is|are)\s+(?:getting|receiving))\s+"
    rf"{_GETS_HOW_MUCH}$",
    re.I,
)
#: Before an amount, what takes that share of a whole, as the subject of a verb of share:
#: "Personnel costs account for", "while weapons procurement takes up", "salaries make up".
SHARE_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\b(?:while|whereas|and)\s+)(?P<phrase>(?!(?:it|this|that|which|they)\b)"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,4}?)\s+(?:(?:will|would|is\s+to)\s+)?"
    r"(?:accounts?\s+for|accounted\s+for|accounting\s+for|takes?\s+up|took\s+up|taking\s+up|"
    r"makes?\s+up|made\s+up|making\s+up)\s+(?:(?:about|some|nearly|around|roughly|over|"
    r"almost|more\s+than|less\s+than|just\s+(?:over|under))\s+)?$",
    re.I,
)
#: After an amount, a verb whose object is what the money buys: "will fund guided missiles".
PURPOSE_VERB_AFTER = re.compile(
    r"^\s+(?:(?:will|would|is\s+to|are\s+to|is\s+set\s+to|was|were|has|have|had|to)\s+)?"
    r"(?:(?:be|been)\s+)?(?:fund|funds|funded|buy|buys|bought|pay\s+for|pays\s+for|paid\s+for|"
    r"finance|finances|financed|procure|procures|procured|acquire|acquires|acquired|purchase|"
    r"purchases|purchased|cover|covers|covered)\s+(?=\S)",
    re.I,
)
#: A definite reference back to a whole: "the budget", "the first contract", "these deals".
NOUN_REFERENCE = re.compile(
    rf"\b(?P<det>the|this|that|these|those|its|their|each|both|one|another|other)\s+"
    rf"(?P<order>first|second|third|fourth|fifth|last|other|remaining|new|same|latter|former)?"
    rf"\s*(?:(?!(?:the|this|that|these|those|its|their|an?|said|says|and|or|\d[\d,.]*|{_NUMBER_WORD})\b)[\w'’-]+\s+){{0,3}}?"
    rf"{_WHOLE_WORD}(?!\s+(?:report|act|agency|office|department|ministry|committee|website|"
    rf"statement|data|figures|review|service)\b)"
    r"(?P<who>\s+(?:with|for|to|from)\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))?",
    re.I,
)
#: A whole noun that names the act of a verb, and the verb's stem: "The package allocates
#: $26bn for A ... the allocation will see $5bn go to ..." ("the allocation" is the $26bn).
VERB_OF_NOUN = {
    "allocation": r"allocat", "appropriation": r"appropriat", "pledge": r"pledg",
    "purchase": r"purchas", "sale": r"s(?:ell|old)", "order": r"order",
    "funding": r"fund", "financing": r"financ", "expenditure": r"expend|spen[dt]",
    "spending": r"spen[dt]", "request": r"request", "proposal": r"propos",
}  # fmt: skip
#: Right after such a reference, what that part is for: "One deal, for 20 helicopters, ...".
APPOSITIVE_PURPOSE = re.compile(r"\s*,\s*(?:for|to|covering)\s+(?P<phrase>[^,;.()]{1,80}?)\s*,")
#: An ordinal names one of several parts: "the first contract", "one deal", "the other".
ORDINAL = re.compile(
    r"^(?:first|second|third|fourth|fifth|last|other|remaining)$|^(?:one|another)$", re.I
)
#: At the start of a sentence: a pronoun standing for the total just named.
PRONOUN_REFERENCE = re.compile(
    # after a fronted phrase too: "For the northern region, this will be divided into ..."
    r"^\W*(?:(?:for|under|in|as\s+for)\s+[^,;:$€£¥₹\d]{2,60},\s*)?"
    # "That request includes ...": a determiner before a whole names it, no pronoun
    rf"(?:it|(?:this|that)(?!\s+{_WHOLE_WORD})|"
    # "The bulk of it, $450m, goes to ...": how much of the whole, then the sum in apposition
    r"(?:(?:the\s+)?(?:bulk|most|much|majority|lion[’']?s\s+share|(?:a\s+)?(?:large|big|"
    r"major|small)(?:r|ger|er)?\s+(?:part|share|chunk|portion))\s+)?"
    r"of\s+(?:that|this|it|which|the\s+total|the\s+money|the\s+sum)|"
    # "Half the money — $450m — goes to ...": a share of the whole, the sum in apposition
    r"(?:half|a\s+third|two[\s-]thirds|a\s+quarter|three[\s-]quarters)\s+(?:of\s+)?"
    r"(?:that|this|it|the\s+(?:total|money|sum|amount|funds?|funding))(?=\s*[,—–(])|"
    r"(?:from|out\s+of)\s+(?:that|this|it))\b",
    re.I,
)
#: A total stated after its parts, in a later sentence: "In all, ...", "The package is worth".
TOTAL_AFTER_PARTS = re.compile(
    rf"^\W*(?P<lead>in\s+all|in\s+total|altogether|all\s+told|together|combined|taken\s+together)\b"
    rf"|\b(?P<noun>(?:the|this|that|these|its)\s+(?:[\w'’-]+\s+){{0,2}}?{_WHOLE_WORD}\s+"
    # what the whole is for, between it and its verb: "the allocation for defence comes to"
    rf"(?:(?:for|of|to|in)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?=(?:would|will|could|totals?|"
    rf"totall?ed|totall?ing|is|are|was|were|be|comes?|came|amounts?|amounted|adds?|added)\b))?"
    rf"(?:(?:would|will|could)\s+)?(?:totals?|totall?ed|totall?ing|(?:is|are|was|were|be)\s+worth|"
    rf"comes?\s+to|came\s+to|amounts?\s+to|amounted\s+to|adds?\s+up\s+to|added\s+up\s+to))\s+",
    re.I,
)
#: Inside a sentence, a clause with its own subject naming a whole: "..., while the Senate
#: bill includes ..."; its amounts are linked on their own.
CLAUSE_BREAK = re.compile(
    rf"(?:;|,\s*(?:while|whereas|but))\s+(?=(?:the|this|that|its|their)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?{_WHOLE_WORD})",
    re.I,
)
#: "The bill provides $60bn for X, specifically: $23bn ...; $14bn ...": a colon after a sum
#: opens the items that itemise it; across sentences, they are no parts of an earlier whole.
ITEMS_COLON = re.compile(r"(?<=[\w)]):\s+(?=[^:]*?\d)")
#: Between two amounts: a contrast clause with its own named subject ("..., while the Navy
#: was allocated"): the sums stand side by side, neither is the other's part.
SIDE_BY_SIDE = re.compile(r"(?:,\s*|\s)(?:while|whereas)\s+(?:the\s+)?(?:[A-Z]|\d+\s+[a-z])")
#: Between two sums of one sentence, the start of a parallel item: "Israel with $3.1bn, and
#: Egypt with $1.3bn" (the second "with" is Egypt's, not a list of the first sum's parts).
PARALLEL_ITEM = re.compile(
    # "..., followed by Japan with $300m": the next in a ranking, no part of the one before
    r"\A\s*,?\s*(?:and|while|whereas|but|(?:closely\s+)?followed\s+by|ahead\s+of|then)\s+"
    r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
    r"\s+(?:with|got|gets|received|receives|receiving|getting)\s*\Z"
)
#: A capitalised word that names something (not a currency before its figure: "Rs 500").
NAME_WORD = re.compile(r"\b[A-Z][\w'’-]+\b(?![.\s]*\d)")
#: Before an amount, in the sentence of a sum that adds to it: "brings the total pledged
#: since March to roughly" (the amount is a running total, the sum before it one part).
RUNNING_TOTAL = re.compile(
    r"(?P<cue>\b(?:bring|brings|bringing|brought|takes?|taking|took|pushes|pushing|pushed|lifts?|"
    r"lifting|raises?|raising|raised)\s+(?:the\s+|its\s+|their\s+|overall\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:total|tally|sum))\b[^.;$€£¥₹]{0,120}?\bto\s+(?:[\w.]+\s+){0,2}$",
    re.I,
)
#: Around an amount, words that make it a change of another sum, neither a whole nor a part:
#: "an increase of $33 billion", "up $9.9 billion from 2019", "a cut of £2m".
CHANGE_BEFORE = re.compile(
    r"(?:\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:increase|rise|hike|jump|growth|decrease|decline|cut|"
    r"reduction|drop|fall|boost|shortfall)\s+of\s+(?:[\w.]+\s+){0,2}"
    r"|(?:^|[,;(—–]\s*)(?:up|down)(?:\s+by)?\s+(?:(?:about|some|nearly|almost|over|more\s+than)\s+)?)$",
    re.I,
)
#: A verb of change right before an amount, when another sum follows it with "to" or "from":
#: "reserves increased $14m to $10.9bn", "exports fell by $2bn from $30bn": the change of a
#: level, neither a whole nor a part (``CHANGE_TO_AFTER`` checks the words after it).
CHANGE_VERB_BEFORE = re.compile(
    r"\b(?:increased|decreased|rose|grew|fell|dropped|declined|jumped|climbed|gained|"
    r"surged|slipped|slid|plunged|edged\s+(?:up|down))\s+(?:by\s+)?"
    r"(?:(?:about|some|nearly|almost|over|more\s+than|around|roughly)\s+)?$",
    re.I,
)
CHANGE_TO_AFTER = re.compile(
    r"\s+(?:to|from)\s+(?:(?:about|some|nearly|almost|over|around|roughly)\s+)?"
    rf"(?:{SUM_START})",
    re.I,
)
#: Words right before an amount that call it what is left of a total once the parts
#: stated before it are taken: "The remaining $2bn", "the rest, $2bn", "the balance of $2bn".
STATED_REMAINDER = re.compile(
    r"(?:\b(?:the\s+)?(?:remaining|rest(?:\s+of\s+(?:the|it))?|balance(?:\s+of)?|other)\W{0,3}"
    # "That leaves $400m for training": what the parts before leave of the total
    r"|\b(?:that|this|which|it)\s+(?:(?:would|will)\s+)?(?:leaves?|left)\s+(?:(?:just|only)\s+)?)"
    r"(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than)\s+)?$",
    re.I,
)
#: A year or fiscal year: "2021", "2020-21", "2024/25".
YEAR = re.compile(r"\b(?:19|20)\d{2}(?:[-–/](?:\d{4}|\d{2}))?\b")
#: How many sentences before such a total its parts may be stated.
PARTS_BEFORE_SENTENCES = 2
#: Words that make an amount a running or separate total, never a part of the one before:
#: "since 2022", "so far", "on top of", "separate from", "an earlier package", "total
#: disbursements reached".
NOT_A_PART = re.compile(
    rf"\b(?:since\s+(?:\d{{4}}|it|the|its|a|an|then|last)|so\s+far|to\s+date|until\s+now|"
    rf"cumulative\w*|"
    # "total disbursements reached $1.4bn": a running total of what came before
    rf"total\s+(?:[\w'’-]+\s+){{0,2}}?(?:reached|stood\s+at|stands\s+at|rose\s+to|climbed\s+to)|"
    rf"(?:set\s+aside|allocated|provided|earmarked)\s+separately|"
    rf"separately\s+(?:set\s+aside|allocated|provided|earmarked)|(?:earlier|previous|prior|last\s+year'?s)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_WHOLE_WORD})",
    re.I,
)
#: Before an earlier whole that ``NOT_A_PART`` finds, words that make the new sum an addition
#: to it: "a $350m loan supplement to a prior loan", "a top-up to the earlier fund" (the
#: sum is new money, not the earlier whole's).
ADDITION_TO = re.compile(
    r"\b(?:supplement|top[\s-]?up|addition|extension)s?\s+to\s+(?:a|an|the|its|their)\s+$",
    re.I,
)
#: A whole named with a determiner: "a separate bill", "the House bill", "this fund" (a
#: sentence naming one is about that whole, not the topic before it).
NAMED_WHOLE = re.compile(
    rf"\b(?:a|an|another|the|this|that|these|those|its|their|one)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"{_WHOLE_WORD}",
    re.I,
)
#: Words that put money outside something else: "in addition to the $5bn, $2bn will ...",
#: "on top of the package". What follows says what it is outside of (``OUTSIDE_OBJECT``);
#: when that is no sum and no whole ("in addition to providing food"), nothing is barred.
OUTSIDE_OF = re.compile(
    r"\b(?:separate(?:ly)?\s+from|on\s+top\s+of|in\s+addition\s+to|apart\s+from|besides|"
    r"in\s+conjunction\s+with|alongside|over\s+and\s+above)\s+",
    re.I,
)
#: Right after such words, an action, not a thing money is outside of: "in addition to
#: providing food", "in addition to to supply" (money nouns in -ing are things).
OUTSIDE_ACTION = re.compile(
    r"^(?:to\b|(?!(?:funding|spending|financing|lending|borrowing|building|housing|"
    r"training|shipping)\b)[a-z]+ing\b)",
)
#: Right after such words: a sum ("the £220m") or a whole or a kind of money ("the package",
#: "this funding", "existing aid"): group ``sum`` marks a sum.
OUTSIDE_OBJECT = re.compile(
    rf"^(?:(?:the|this|that|these|those|its|their|an?|existing|current)\s+)?"
    rf"(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|up\s+to)\s+)?"
    rf"(?:(?P<sum>{SUM_START})"
    rf"|(?:[\w'’-]+\s+){{0,2}}?(?:{_WHOLE_WORD}|money|funding|funds|aid|assistance|sums?|"
    rf"amounts?|allocations?)(?![\w-]))",
    re.I,
)
#: Wholes made to be shared out (a package, a budget, a fund); a deal, a fee or "€2bn in
#: aid" is one sum. A sum of one of these starts a topic (``analysis.money.topics``).
SHARED_OUT = re.compile(
    r"(?i)\b(?:package|budget|fund|programme|program|plan|bill|allocation|facility)s?\b"
)
#: Families of wholes (``data/split_wholes.csv``) made to be shared out; "deal" and "fee"
#: are one sum each.
SHARED_FAMILIES = frozenset(["aid", "budget", "fund", "programme"])
#: A word in a sentence that refers back to the whole being talked about: "it heads to the
#: Senate", "its passage", "the money".
TOPIC_REFERENCE = re.compile(
    r"\b(?:it|its|it's|it’s|the\s+(?:money|funds|funding|sum|total|aid|assistance))\b", re.I
)
#: Words too general to show that a later sentence is about a total's own purpose.
GENERAL_WORDS = frozenset([
    "about", "their", "there", "these", "those", "which", "while", "would", "could", "should",
    "other", "another", "million", "billion", "trillion", "total", "money", "funds", "funding",
    "military", "defence", "defense", "support",
    # what any spending is spent on: a shared "projects" names no one purpose
    "project", "projects", "programs", "programmes", "program", "programme", "initiatives",
    "activities", "operations", "expenses", "efforts", "purposes", "various",
])  # fmt: skip
#: Right before an amount: money on top of what was said, not a part of it.
ADDED_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+$", re.I)
#: A verb of giving right before "another" sum: "pledged another $10m", "added a further
#: $5m", "announced an additional $2m" is new money on top of what was given, no part of it
#: ("The package includes a further $5m for B" goes on with the package's parts); so is
#: "another" sum coordinated with it ("added a further $10m, and another $5m").
GIVEN_ON_TOP = re.compile(
    r"\b(?:add(?:s|ed|ing)?|pledg\w*|commit\w*|announc\w*|gave|giv(?:es|ing)|promis\w*|"
    r"donat\w*|offer\w*|approv\w*|unveil\w*|sen[dt]s?|sending|contribut\w*)\s+"
    r"(?:(?:later|also|then|now|since|on\s+\w+day)\s+)?"
    r"(?:another|a\s+further|an\s+additional|an\s+extra)\s",
    re.I,
)
#: Adjectives that set one kind of money apart from another ("economic aid" is not
#: "military aid"): a reference with one the total lacks is about another whole.
KIND_ADJECTIVES = frozenset(
    [
        "economic",
        "military",
        "humanitarian",
        "civilian",
        "development",
        "security",
        "financial",
        "budgetary",
        "macro-financial",
        "energy",
        "reconstruction",
        "health",
        "food",
        "defence",
        "defense",
        "social",
    ]
)
#: Sentence words that open or continue a list of parts ("comprises", "will receive").
PART_CUE = re.compile(
    r"\b(?:includ\w*|compris\w*|consist\w*|allocat\w*|earmark\w*|provid\w*|receiv\w*|fund\w*|"
    r"go(?:es)?\s+to|went\s+to|set\w*\s+aside|split\w*|divid\w*|cover\w*|pertain\w*|relat\w*|"
    r"devot\w*|dedicat\w*|for\s+the|additional|account\w*\s+for|(?:take|took|taking|make|made|"
    r"making)s?\s+up|"
    # a component of a price: "the basic fee is £90m", "add-ons of £9m", "a further £5m"
    r"(?:basic|base|initial|guaranteed|up-?front|fixed)\s+(?:fee|price|payment|sum)|"
    r"add-?ons?|bonus(?:es)?|instal(?:l)?ments?|extra|further)\b",
    re.I,
)
#: "50 to 80 percent of it went to ...": a share of the total, computed.
PERCENT_OF_TOTAL = re.compile(
    rf"(?:(?P<qual>about|roughly|around|nearly|almost|some|more\s+than|over|less\s+than|"
    rf"under)\s+)?(?P<share>(?P<low>\d+(?:\.\d+)?)(?:\s*(?:to|-|–|and)\s*(?P<high>\d+(?:\.\d+)?))?"
    rf"\s*(?:percent|per\s+cent|%)|(?P<fraction>half|a\s+third|two[\s-]thirds|a\s+quarter|"
    rf"three[\s-]quarters|a\s+fifth))(?:\s+of|(?<=half)(?=\s+the\b))\s+(?:(?:the|this|that)\s+(?:total|money|sum|"
    rf"amount|share|(?:[\w-]+\s+){{0,2}}?{_WHOLE_WORD})|it|this|that|them|which)\s*,?\s+"
    rf"(?:(?:is|was|will|would|has|had|have|been|be|being|are|were)\s+){{0,2}}(?:(?:went|"
    rf"go(?:es)?|gone|going|allocated|earmarked|spent|used|directed|set\s+aside|put|"
    rf"invested|dedicated|devoted|pay(?:s)?|paid)\s+(?:to|for|on|into|toward|towards)|"
    rf"fund(?:s|ed)?|cover(?:s|ed)?)\s+",
    re.I,
)
FRACTIONS = {"half": 0.5, "a third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3,
             "a quarter": 0.25, "three quarters": 0.75, "three-quarters": 0.75,
             "a fifth": 0.2}  # fmt: skip

#: Weights of the evidence that links a total to a later part: a careful reader's signals,
#: added up; a part goes to the total with the highest score at or above ``LINK_THRESHOLD``.
LINK_WEIGHTS = {
    "noun_reference": 3.0,  # "the package", "the first contract" naming the total's whole
    "loose_reference": 0.5,  # "the deal" after "a fee of": weak alone; with a sum, a link
    "ordinal": 1.0,  # "the first/second/other ..." on top of the noun
    # "in terms of modernisation" naming the total's own purpose: one shared word is weak
    # evidence, not enough alone to link (it needs a purpose, a cue or a fit beside it)
    "topic_reference": 1.5,
    "pronoun_reference": 2.0,  # "It includes ...", "Of that, ..."
    "open_cue": 3.0,  # same sentence: "..., including ..." between total and part
    "part_cue": 1.0,  # "comprises", "will receive", "allocates" in the part's sentence
    "purpose": 1.0,  # the part says who or what it is for
    "continues": 1.5,  # the part before it, nearby, went to this total: order, not reference
    "same_names": 1.0,  # the part's sentence names what the total's sentence names
    "several": 1.0,  # the total is of several wholes ("two contracts", "a total of"), nearby
    # the total's sentence announces a division ("will divide £5m between ..."), and the
    # part is in the sentences right after it
    "announced": 2.0,
    # the part is in the sentence right after a total naming a whole, nothing between
    "right_after": 0.5,
    # the sentences since a shared-out whole went on about it, and so does the part's
    # (``analysis.money.topics``): no distance penalty, weaker than a reference back
    "topic": 1.5,
    "inside_list": 0.0,  # a whole of its own between parts of a total's list: one of them
    "standfirst": 0.0,  # the standfirst's "The budget includes ..." before the lede's total
    "running_total": 0.0,  # "brings the total ... to $X": evidence only, it links on its own
    "stated_remainder": 0.0,  # "The remaining $2bn": evidence only, it links on its own
    "sums_to_whole": 0.0,  # sums that add up exactly to a total naming a whole: links on its own
    "sums_exactly": 3.0,  # the parts of the sentence add up to what is left of the total
    "fits": 0.5,  # ... or stay within it
    "overspends": -4.0,  # ... or would exceed it
    "distance": -0.25,  # per sentence between the total and the part, beyond the first
}
LINK_THRESHOLD = 3.0
#: Without a reference back, a part must be this close to its total (in sentences).
NEAR_SENTENCES = 3
#: Sums that add up exactly to a total naming a whole link by arithmetic: they sit within
#: this many sentences after it (or in its paragraph before it), at most ``SUM_POOL`` of
#: them are tried, and a split has at most ``SUM_MAX_PARTS`` parts.
SUM_WINDOW = 8
SUM_POOL = 14
SUM_MAX_PARTS = 6
#: The global assignment (``analysis.money.assignment``): a part needs words of at least
#: ``SUM_MIN_EVIDENCE`` relating it to a total; a set that adds up exactly scores
#: ``SUM_BONUS`` over the mean weight of its words; at most ``SUM_BUDGET`` sets are tried
#: per article (the search is capped, never exponential in the article's length).
SUM_MIN_EVIDENCE = 1.0
SUM_BONUS = 3.0
SUM_BUDGET = 20000
#: Two sets that add up: the better wins only when its score is this much higher.
SUM_MARGIN = 1.0
#: Right after a sum, words naming the whole it is a part of: "$400 million of that",
#: "$9 billion of the total", "$191 million of the funding", "$700 million of the nearly
#: $6 billion" (group ``sum``: the whole is the sum that follows).
OF_REFERENCE_AFTER = re.compile(
    r"\s+(?:(?:as\s+)?(?:a\s+|one\s+)?(?:part|share|portion)\s+)?of\s+"  # "as part of the total $Y"
    # a noun first: "of that money" names a whole, and reaches as far as a noun does
    r"(?:(?:the|this|that|its|their)\s+(?P<noun>(?:(?:overall|entire|whole|new|additional|"
    r"initial|total)\s+)?(?:total|money|sum|amount|funding|funds|aid|assistance|allocation|"
    r"package|budget|fund|pledge|bill|deal|programme|program|request|appropriation))\b"
    r"|(?:(?:the|this|that|its)\s+)?(?:(?:nearly|about|some|around|roughly|almost|over|more\s+than|"
    r"estimated|total|whole|overall)\s+)*(?P<sum>)(?="
    rf"{SUM_START})"
    r"|(?P<pronoun>that|this|it)\b(?!\s+(?:year|month|week|day|time|kind|sort|type)\b))",
    re.I,
)
#: A verb saying a whole is made of the parts that follow: "The budget is composed of",
#: "which consists of", "is divided into two parts", "breaks down as".
COMPOSITION = re.compile(
    r"\b(?:consist(?:s|ed|ing)?\s+of|(?:is|are|was|were|be|been)\s+(?:composed|made\s+up|"
    r"comprised)\s+of|compris(?:es|ed|ing)\b|(?:is|are|was|were|be|been)\s+(?:divided|split|"
    r"broken\s+down|apportioned)\s+(?:into|between|among|as)\b|breaks?\s+down\s+(?:into|as)\b)",
    re.I,
)
#: A sentence announcing that a list of parts follows: "The broad spending breakdown:",
#: "The money is broken down as follows:".
ANNOUNCED_LIST = re.compile(
    r":\s*$|\bas\s+follows\b|\bbreak\s*down\b[^.;]*:|\bbroken\s+down\b", re.I
)
#: A line that starts with a bullet: "- $2bn for ...", "• £3m ...", "— about $7 billion".
LIST_BULLET = re.compile(r"^\s*[-–—•*·▪]")
#: The start of a sentence that goes on about the item before it, not a new item: "This
#: includes ...", "Of that, ...", "Additionally, ...", "In addition, ...".
GOES_ON = re.compile(
    r"^\W*(?:this|these|that|those|it|its|of\s+(?:that|this|it|which|the\s+total)|"
    r"additionally|furthermore|moreover|also|in\s+addition|besides|plus|of\s+which)\b",
    re.I,
)
#: Right before a sum, words that leave it out of the total the sentence is about: "$5bn in
#: aid, not including $1bn in loans" (the $1bn is no part; the $5bn may be one).
EXCLUDED_BEFORE = re.compile(
    r"\b(?:excluding|not\s+including|except(?:\s+for)?|(?:does|do|did|will|would)\s+not\s+"
    r"include)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
#: Right after a sum, words that leave it out: "$1bn, which is not included in the package".
EXCLUDED_AFTER = re.compile(
    r"^[^.;$€£¥₹]{0,40}?\b(?:(?:is|are|was|were)\s+)?not\s+(?:included|part\s+of|counted)\b",
    re.I,
)
#: Right before a sum, words that make it the baseline another sum is compared with: "as
#: against the revised Rs 54,795 crore", "up from $2bn", "from the previous year's revised
#: estimate of Rs 37,705 crore" (no whole, no part: the old figure).
BASELINE_BEFORE = re.compile(
    r"\b(?:(?:as\s+)?against|compared\s+(?:with|to)|vis-[aà]-vis|(?:up|down)\s+from|"
    r"from\s+(?:the\s+|its\s+|their\s+)?(?=(?:[\w'’-]+\s+){0,3}?(?:previous|last|revised|earlier|"
    r"prior)\b))(?:[\w'’-]+\s+){0,6}?(?:(?:of|at)\s+)?$",
    re.I,
)
#: A total given by several members of a group, and the verbs the members use for their own
#: shares: "donors pledged $1.4bn" ... "Canada stumped up $73m"; "India inked deals worth
#: $2bn" ... "the air force concluded 43 contracts worth $920m". Group ``family`` names the
#: verb family (``MEMBER_VERBS``).
COLLECTIVE = re.compile(
    r"\b(?:donors|countries|nations|governments|members|member\s+states|partners|allies|"
    r"contributors|contracts|deals|agreements|pledges)\b",
    re.I,
)
MEMBER_VERBS = {
    "pledge": re.compile(
        r"\b(?:pledg\w*|commit\w*|contribut\w*|donat\w*|promis\w*|stump\w*\s+up|chipp\w*\s+in|"
        r"offer\w*|gave|give[sn]?|giving|provid\w*)\b",
        re.I,
    ),
    "deal": re.compile(
        r"\b(?:sign\w*|ink\w*|conclud\w*|award\w*|agree[ds]?|clinch\w*|seal\w*|contracts?|deals?)\b",
        re.I,
    ),
}
#: A clause whose subject is a named total and whose verb states its value: "The total
#: personnel cost for the ministry is expected to be $X", "(while) total revenue available
#: to fund the budget is estimated at $Y". The sum is that total, a whole of its own, never
#: a part of an earlier one ("a total of $X" after a verb is no such subject).
TOTAL_SUBJECT = re.compile(
    r"^\W*(?:the\s+)?total\s+(?!of\b)(?:[\w'’-]+\s+){1,10}?(?:(?:is|was|are|were|has\s+been|"
    r"have\s+been|will\s+be)\s+)?(?:expected\s+to\s+be|estimated\s+at|projected\s+at|put\s+at|"
    r"pegged\s+at|stands?\s+at|stood\s+at|comes?\s+to|came\s+to|amounts?\s+to|amounted\s+to|is|"
    r"was|are|were)\s+(?:(?:about|around|some|nearly|over|more\s+than|roughly)\s+)?$",
    re.I,
)
#: Before a sum, a verb that refuses it, with the sum in its object: "MPs rejected a proposed
#: provision for the Directorate of X totaling to Shs8bn", "lost a $100m tender". The sum
#: was never granted: no part of the budget the text divides.
REFUSED_BEFORE = re.compile(
    r"\b(?:rejected|turned\s+down|threw\s+out|thrown\s+out|struck\s+out|voted\s+down|lost)\s+"
    r"(?:(?!to\b)[\w'’-]+\s+){0,20}?(?:(?:totall?ing|amounting)(?:\s+to)?\s+|worth\s+|of\s+)?$",
    re.I,
)
#: After a sum, words that make it a sum asked for and not granted: "lost Shs1bn it had
#: wanted for the museum", "$2m that the ministry had requested".
REFUSED_AFTER = re.compile(
    r"^\s*(?:that\s+|which\s+)?(?:it|they|he|she|the\s+[\w'’-]+)\s+had\s+(?:wanted|sought|"
    r"requested|asked\s+for|proposed)\b",
    re.I,
)
#: Words that put a sum on top of another (``OUTSIDE_OF``'s, as ``Reading.barred`` holds them).
ON_TOP = re.compile(r"\b(?:on\s+top\s+of|in\s+addition\s+to|over\s+and\s+above)\b", re.I)
#: Before a sum in its clause, words that set it in an earlier period: "Last year, Rs 3.18
#: lakh crore had been earmarked", "a year earlier", "previously": no part of this one's total.
EARLIER_PERIOD = re.compile(
    r"\b(?:(?:last|previous|prior|preceding)\s+(?:year|fiscal(?:\s+year)?|financial\s+year|"
    r"budget|month|quarter|week)|a\s+year\s+(?:earlier|ago|before)|previously)\b(?!\s*'?s\b)",
    re.I,
)
#: A list introduced as more of the same: "Other allocations include:", "Further awards:".
MORE_OF_THE_SAME = re.compile(
    r"^\W*(?:other|further|additional|more|the\s+remaining|the\s+other)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:allocations?|awards?|grants?|items?|projects?|funding|contracts?|spending|measures?|"
    r"commitments?|pledges?|investments?)\b[^.]*:\s*$",
    re.I,
)
#: Right before a total, words that close the list of its parts told before it: "..., out
#: of the $90m package", "part of a", "for a total of", "making a combined"; "from the"
#: (group ``source``) only for parts that say who gets them ("pulled $2bn from the fund").
TOTAL_CLOSES = re.compile(
    r"(?:\b(?:(?:out|part|rest|remainder|balance)\s+of|under|(?P<source>from))\s+(?:a|an|the|its|their)"
    r"\s+(?:(?:total|overall|"
    r"combined|entire|whole)\s+)?(?:[\w'’-]+\s+){0,3}?(?:of\s+)?"
    r"|\b(?:for|making|with|to)\s+(?:a|an)\s+(?:grand\s+)?(?:total|combined|overall)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:of\s+)?)"
    r"(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than|up\s+to)\s+)?$",
    re.I,
)
#: Before a part, an ordinal that names it one of a series: "a first tranche of", "a
#: second of", "the final instalment of".
ORDINAL_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their)\s+(?:first|second|third|fourth|fifth|initial|final|last|next)"
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:of\s+)?(?:(?:about|some|around|roughly|nearly|almost|over|"
    r"more\s+than)\s+)?$",
    re.I,
)
#: Nouns of parties that may each give or get the same sum: "two countries each pledged".
PARTY_NOUNS = (
    r"countries|nations|donors|governments|states|members|partners|allies|companies|firms|"
    r"banks|lenders|ministries|agencies|sides|parties|investors|groups|funds"
)
#: In a sum's clause before it, "each" of several parties: "Norway and Denmark each pledged",
#: "will each receive", "each country would contribute" (never "each year").
SHARED_EACH_BEFORE = re.compile(
    r"\beach\s+(?!(?:year|month|week|day|quarter|time|season)\b)(?:[\w'’-]+\s+){0,4}?"
    r"(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than|a\s+further|"
    r"an\s+additional|another)\s+)?$",
    re.I,
)
#: Right after a sum: "$50 million each", "€1bn apiece" (never "each year").
SHARED_EACH_AFTER = re.compile(
    r"\s*,?\s*(?:each|apiece)\b(?!\s+(?:year|month|week|day|quarter|time|season)\b)", re.I
)
#: In a sentence, a reference back to the whole just named: "The funds go to", "Officials
#: said the money will be split", "It includes" (a list it announces holds its parts).
REFERS_TO_WHOLE = re.compile(
    rf"^\W*(?:it|this|these)\b|\b(?:the|this|that|its)\s+(?:money|funds|funding|sum|amount|"
    rf"total|(?:[\w'’-]+\s+){{0,2}}?{_WHOLE_WORD})\b",
    re.I,
)
#: A sentence that is only the number of a numbered list's line: "1.", "(2)".
LIST_NUMBER = re.compile(r"\s*\(?\d{1,2}[.)]\s*")
#: Right after a total, words saying the sums before it make it up: "..., $4bn in all".
IN_ALL_AFTER = re.compile(r"\s*(?:in\s+all|in\s+total|altogether|all\s+told|overall)\b", re.I)
#: At the start of a sentence, a reference back to the sums just stated, then the whole
#: they come out of: "Both sums come out of a", "These amounts are part of the".
SUMS_REFERENCE = re.compile(
    r"^\W*(?:together,?\s+)?(?:(?:both|all|the|these|those)\s+(?:(?:two|three|four|five)\s+)?"
    r"(?:sums|amounts|payments|pledges|allocations|contributions|grants|tranches|"
    r"instal(?:l)?ments|figures|contracts|deals|orders|awards|loans|packages)\b"
    # or one sum: "The money is part of a", "It comes out of the"
    r"|(?:it|this|that|the\s+(?:money|funds|funding|sum|amount|payment|grant|pledge|tranche|"
    r"instal(?:l)?ment))\s+(?:is|was|will\s+be|would\s+be|comes?|came|forms?|formed)\s+"
    r"(?=(?:(?:a|one)\s+)?(?:part|out|from|within|under)\b))"
    r"[^.;:$€£¥₹\d]{0,60}?\b(?:out\s+of|part\s+of|from|of|in|within|under|worth|"
    r"total(?:l?ing|l?ed)?|(?:come|came|amount|amounted|add|added)\s+(?:up\s+)?to)\s+"
    r"(?:(?:a|an|the|its|their)\s+)?(?:(?:combined|total|overall)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than)\s+)?$",
    re.I,
)
#: A title or lede saying the article breaks a total down: "Breaking down $13.6 billion in
#: aid", "A look at what's in the $95 billion package", "Where the $2bn will go".
BREAKDOWN_TITLE = re.compile(
    r"\b(?:breaking\s+down|break\s*down|breakdown\s+of|what(?:'|’)?s\s+in|what\s+is\s+in|"
    r"where\s+(?:the\s+)?(?:money|funds|[$€£¥₹][\d.,]+\s*\w+)\s+(?:goes|will\s+go|is\s+going))\b",
    re.I,
)
#: An announcement naming what follows as the parts: "Key allocations:", "The main items
#: are:", "Its main components:".
PARTS_ANNOUNCED = re.compile(
    r"\b(?:allocations|items|components|elements|provisions|earmarks|line\s+items)\b[^.;]*:\s*$",
    re.I,
)
#: At the start of a sentence, the whole and its value in apposition: "The deal, worth",
#: "The programme, which is valued at" (a total stated after the parts before it).
WHOLE_WORTH_OPENER = re.compile(
    rf"^\W*(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){{0,2}}?{_WHOLE_WORD}\s*,?\s*"
    rf"(?:which\s+(?:is|was)\s+)?(?:worth|valued\s+at|totall?ing|costing)\s+(?:a\s+(?:total|"
    rf"combined)\s+(?:of\s+)?)?(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than|"
    rf"up\s+to)\s+)?$",
    re.I,
)
