"""Weapon designations next to a class noun: "the K-300 howitzer", "a satellite, XT 7B,".

Helpers of ``weapon_discovery``:

- a designation (letters and digits: "K-300", "MIM-104E", "M2A1", "AN/QRS-12",
  "EL/Q-2052", "XT 7B", a maker's name and model number: "Falco 208"; a variant
  suffix "-300" is left out of the name) or a ship class ("Ulsan-class", "Ulsan-class
  Batch II") right before a class noun ("the K-300 howitzer", "MIM-104E missiles")
  is one mention of that system, named by its designation; the class noun is not
  counted again;
- a class noun in apposition before a designation ("a radar satellite, XT 7B,") is
  one mention of the designation;
- a lexicon designation with a variant suffix the lexicon does not list ("Mi-17B5")
  is one mention of that system.
"""

from __future__ import annotations

import regex

from analysis.entities.scan import lookup_form
from analysis.entities.weapon_brackets import bracket_close, named_before, restatements
from analysis.entities.weapon_data import function_words
from analysis.entities.weapon_spans import class_span_at, is_class, overlaps_found, spans_near

#: A designation or a ship class: "K-300", "MIM-104E", "M2A1", "AN/FPS-132", "XT 7B", "92N6"
#: (a Soviet-style index: digits, letters, digits), "EL/M-2052" (a two-letter prefix and slash),
#: "Mk 41", "Project 22350M" (a Soviet and Russian design number, which names ships and
#: submarines), a name and its number or Roman numeral ("Zorya-2M", "Kavach-III"),
#: "Ulsan-class Batch III", "Project 15B-class", "Bravo class" (a ship class noun must
#: follow), or a maker's name and model number ("Agusta 109 Power"). A variant suffix
#: after the number ("F100-232") is left out of the ``base`` name.
DESIGNATION = regex.compile(
    r"(?<![\w/-])(?P<base>(?:\p{Lu}\p{Ll}+ \d{1,4}\p{Lu}?|\p{Lu}[\p{Lu}\p{Ll}]*)[- ]class"
    r"(?: (?:\p{Lu}[\w]*))*"
    r"|(?:\p{Lu}{1,2}/)?\p{Lu}{1,6}(?:-| )?\d{1,4}(?:\p{Lu}{1,3}\d{0,2})?"
    r"|\p{Lu}(?:\p{Ll}{1,2}|\p{Ll}\p{Lu})-(?!1[89]\d\d\b|20\d\d\b)\d{1,4}(?:\p{Lu}{1,3}\d{0,2})?"
    r"|\p{Lu}\p{Ll}{3,9}-(?!1[89]\d\d\b|20\d\d\b)\d{1,4}(?:\p{Lu}{1,3}\d{0,2})?"
    r"|\p{Lu}\p{Ll}{2,9}-(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})(?=[\s,.;:)]|$)"
    r"|\d{1,2}\p{Lu}{1,2}\d{1,4}(?:\p{Lu}{1,3}\d{0,2})?"
    r"|Mk\.?[- ]?\d{1,3}(?: Mod \d{1,2})?"
    r"|Project \d{3,5}(?:\.\d)?\p{Lu}{0,3}"
    r"|(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Block|Lot|Phase"
    r"|Batch|Flight|Tranche|Increment|Article|Chapter|Section|Resolution)\b)"
    r"\p{Lu}\p{Ll}{2,} (?!1[89]\d\d\b|20\d\d\b)\d{2,4}(?: \p{Lu}\p{Ll}+(?= \p{Ll}))?)"
    r"(?:-\d{1,4}\p{Lu}?)?(?:(?<=\d\p{Lu})s)?(?![\w-]|\.\d)"
)


#: A capitalised word right before a maker's model ("Ground" of "Ground Master 400").
_TITLE_WORD_BEFORE = regex.compile(r"(?<![\w'’-])(\p{Lu}\p{Ll}{2,}) $")

#: A word in capitals right before a ship class in capitals ("HAZARD" of "OLIVER HAZARD
#: PERRY class", as some outlets write ship names).
_CAPITALS_BEFORE = regex.compile(r"(?<![\w'’-])(\p{Lu}{2,}) $")

#: A maker's name and model number ("Agusta 109"), as opposed to a designation; a design
#: number after "Project" is a designation.
_MAKER_MODEL = regex.compile(r"(?!Project )\p{Lu}\p{Ll}{2,} \d")

#: A word and a number or Roman numeral ("Zorya-2M", "Kavach-III"): a designation only
#: right before its class noun, or with one describing word between.
_WORD_AND_NUMBER = regex.compile(r"\p{Lu}\p{Ll}{2,9}-[\dIVX]+\p{Lu}{0,3}\d{0,2}")

#: A calibre between a designation and its class noun: " 57mm", " 155-mm", " 12.7 mm".
_CALIBRE_AFTER = regex.compile(r" \d{1,3}(?:\.\d{1,2})?[- ]?mm(?= )")

#: The other name of a system after a slash: "/Falcon-class", "/ZR-8".
_SLASHED_NAME = regex.compile(r"/[\p{Lu}\d][\w.-]*(?: class)?(?![\w/])")

#: An apposition that gives a designation its class: ", a new class of", ", a type of".
_CLASS_OF_AFTER = regex.compile(
    r",\s+(?:an?|the)(?:\s+[\p{Ll}-]+){0,2}?\s+(?:class|type|family|series)\s+of(?=\s)"
)

#: Lower-case nouns that end a weapon's class phrase when no lexicon class does.
CLASS_NOUNS = {
    **dict.fromkeys(("vehicle", "vehicles", "truck", "trucks", "carrier", "carriers"),
                    "armoured_vehicles"),
    **dict.fromkeys(("system", "systems", "launcher", "launchers", "gun", "guns"), "other"),
    **dict.fromkeys(("vessel", "vessels", "ship", "ships", "boat", "boats", "hovercraft"),
                    "ships"),
    **dict.fromkeys(("plane", "planes", "jet", "jets"), "aircraft"),
    **dict.fromkeys(("engine", "engines"), "engines"),
    **dict.fromkeys(("cartridge", "cartridges", "projectile", "projectiles"), "munitions"),
}  # fmt: skip

_LOWER_WORD = regex.compile(r"[\p{Ll}][\p{Ll}\d-]*")

_COMMA_BEFORE = regex.compile(r",\s+(?:the\s+)?$")
#: A determiner right before a class noun that a designation follows ("the howitzer KX-300").
_DETERMINER_BEFORE = regex.compile(r"(?<![\w-])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat) $")
#: A determiner and up to three describing words (a demonym among them) before a class
#: noun: "the first tracked ", "a new ", "the first German tracked ".
_DESCRIBED_BEFORE = regex.compile(
    r"(?<![\w-])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)((?: \p{L}[\p{Ll}-]*){1,3}) $"
)
_SPACE = regex.match(" ", " ")
#: Words that open another noun phrase.
_ARTICLES = frozenset({"the", "a", "an"})
_QUOTE_BEFORE = regex.compile(r" [\"“‘'«]$")

_LOWER_WORDS = regex.compile(r"((?:\s+[\p{Ll}][\p{Ll}\d-]*){1,5})")

_DESCRIPTION_AFTER = regex.compile(
    r" \p{Lu}[\p{L}-]*(?: (?:\p{Lu}[\p{L}-]*|with|and|of|for)){0,7}(?= \p{Ll})"
)


def variant_of_lexicon_name(text, m, spans, found, matcher):
    """A lexicon designation with a variant suffix the lexicon does not list ("Mi-17B5",
    "F-16V"), also a dashed one in the plural ("F-16Vs"): one mention of that system."""
    start, end = m.span()
    if m.group().endswith("s") and "-" not in m.group():
        return None  # a plural only of a dashed designation: "B2Bs" is no bomber
    if overlaps_found(spans, found, start, end):
        return None
    target = lexicon_variant(m.group().removesuffix("s"), matcher)
    if target is None:
        return None
    return (target[0], target[2], target[3], start, end, "variant of a lexicon name"), []


def lexicon_variant(designation: str, matcher):
    """The lexicon's named weapon of which ``designation`` is a variant the lexicon does
    not list: the designation cut before a variant suffix, from the longest cut down
    ("Tusker 2A6MB2" -> "Tusker 2A6", then "Tusker 2"; "K-77B" -> "K-77"); ``None`` when
    no cut is a lexicon name of a named weapon.

    >>> ["Tusker 2A6MB2"[:cut] for cut in _variant_cuts("Tusker 2A6MB2")]
    ['Tusker 2A6', 'Tusker 2']
    """
    for cut in _variant_cuts(designation):
        target = lookup_form(matcher, designation[:cut])
        if target.__class__ is tuple and target[1] == "weapon" and not target[0].islower():
            return target
    return None


def as_lexicon_variant(text: str, row: tuple, matcher) -> tuple:
    """``row``, a designation found by its class noun, under the lexicon's name when the
    designation (or it with the capitalised word right before it: "Tusker 2A6MB2") is a
    variant of a named weapon of the same category that the lexicon does not list
    ("the K-77B jet trainer" is the lexicon's K-77, not a new "K-77B")."""
    name, category, _, start, end, evidence = row
    known = lookup_form(matcher, name)
    if known.__class__ is tuple and known[1] == "weapon" and known[2] == category:
        # written otherwise than the lexicon does: "OLIVER HAZARD PERRY class frigate"
        return (known[0], known[2], known[3], start, end, evidence)
    if known is not None:
        return row
    target = lexicon_variant(name, matcher)
    word = _TITLE_WORD_BEFORE.search(text, max(0, start - 16), start)
    if target is None and word is not None and word.group(1).casefold() not in function_words():
        target = lexicon_variant(f"{word.group(1)} {name}", matcher)
        start = word.start(1) if target is not None else start
    if target is None or category not in (target[2], "other"):
        return row
    return (target[0], target[2], target[3], start, end, f"{evidence}, a variant")


def _variant_cuts(designation: str) -> list[int]:
    """Where a variant suffix may start, the latest first: after a digit, a rest that is a
    capital letter with up to four capitals or digits ("B", "MB2", "A6MB2") or a dash
    and digits ("-1A")."""
    return [
        i for i in range(len(designation) - 1, 0, -1)
        if designation[i - 1].isdigit() and _VARIANT_SUFFIX.fullmatch(designation, i)
    ]  # fmt: skip


_VARIANT_SUFFIX = regex.compile(r"\p{Lu}[\p{Lu}\d]{0,4}|-\d{1,3}\p{Lu}{0,2}")


#: Words that join a designation to another thing, not to its class phrase.
_COORDINATORS = frozenset({"and", "or"})


def with_class_after(text, m, spans, found):
    """A designation and the class phrase after it ("K-300 armoured supply vehicles")."""
    start, end = m.span()
    if overlaps_found(spans, found, start, end):
        return None
    words = _LOWER_WORDS.match(text, end)
    class_of = _CLASS_OF_AFTER.match(text, end)
    if words is None and class_of is not None:  # "ZR-9, a new class of patrol ships"
        words = _LOWER_WORDS.match(text, class_of.end())
    if words is None and not _SHIP_CLASS.search(m.group()):  # "ZK-130 57mm naval guns"
        calibre = _CALIBRE_AFTER.match(text, end)
        words = _LOWER_WORDS.match(text, calibre.end()) if calibre is not None else None
    if words is None and text[end : end + 1] == "/":  # "Project 07890/Falcon-class boats"
        other = _SLASHED_NAME.match(text, end)
        words = _LOWER_WORDS.match(text, other.end()) if other is not None else None
    if words is None and (_quoted(text, start, end) or _inserted(text, start, end)):
        words = _LOWER_WORDS.match(text, end + 1)  # 'the "K-300" howitzer', "our [K-300] guns"
    close = end
    if words is None and not _SHIP_CLASS.search(m.group()):
        close = bracket_close(text, start, end)  # "(XM-99) missile", "KM-88 (Thunderbolt) gun"
        words = _LOWER_WORDS.match(text, close) if close > end else None
    if words is None and not _SHIP_CLASS.search(m.group()):
        # "M900A1 High Explosive Multi-Purpose with Tracer tank cartridges": a capitalised
        # description between the designation and its class phrase is part of the mention
        described = _DESCRIPTION_AFTER.match(text, end)
        words = _LOWER_WORDS.match(text, described.end()) if described else None
    if words is None:
        return None
    best, ship_class = None, _SHIP_CLASS.search(m.group()) is not None
    shared = False
    for w in _LOWER_WORD.finditer(text, words.start(), words.end()):
        if (ship_class or best is not None) and w.group() in function_words():
            break  # "the Bravo class is a corvette design", "ZR-7 missiles and the howitzer"
        if w.group() in _ARTICLES:
            break  # "ZR-7 and the howitzer": the noun after an article is another thing's
        if w.start() == words.start() + 1 and w.group() in _COORDINATORS:
            shared = True  # "ZX90 and sniper rifles": the class after "and" is another weapon
            continue
        if best is not None and w.start() < best[0]:
            continue  # a word inside the class row already taken ("jet" of "lead-in jet trainer")
        lexical = class_span_at(spans, w.start())
        if (
            best is None
            and lexical is None
            and _FINITE_VERB.fullmatch(w.group())
            and w.group() not in CLASS_NOUNS
            and w.end() < words.end()
        ):
            break  # "the ZR-7 carries shells": a verb, the class noun its object
        if lexical is not None:
            row = lexical
            best = (row[2], row[5], row[6], [row[0]])
        elif w.group() in CLASS_NOUNS:
            category = CLASS_NOUNS[w.group()]
            category = best[1] if best and category == "other" else category
            weapon_class = best[2] if best else w.group().rstrip("s")
            absorbed = best[3] if best else []
            best = (w.end(), category, weapon_class, absorbed)
    if best is None:
        return None
    stop, category, weapon_class, absorbed = best
    if _WORD_AND_NUMBER.fullmatch(m.group()) and len(text[end:stop].split()) > 2:
        return None  # "Zorya-2M radar", but "Covid-19 pandemic hit army trucks" is no radar
    if (_MAKER_MODEL.match(m.group()) or close > end) and not absorbed:
        return None  # "Route 66 trucks", "Cruiser (LC300) vehicles": a class of the lexicon
    if " class" in m.group("base") and category != "ships":
        return None  # "a Business class jet": without its dash, a class names ships only
    if shared:  # "ZX90 and sniper rifles": the designation alone, of the class's category
        return (m.group("base"), category, weapon_class, start, end, "designation and a class"), []
    inner = [s for s in spans_near(spans, start, stop) if start <= s[1] and s[2] <= stop]
    if any(s[3] != "weapon" or not is_class(s) for s in inner):
        return None
    name = _name_of(m.group("base"), text[end:stop])
    if _MAKER_MODEL.match(m.group()):  # "Ground Master 400 radar": a two-word model name
        first = _TITLE_WORD_BEFORE.search(text, max(0, start - 16), start)
        if (
            first is not None
            and first.group(1).casefold() not in function_words()
            and not spans_near(spans, first.start(1), start - 1)
        ):
            start, name = first.start(1), f"{first.group(1)} {name}"
    if ship_class:  # "Jose Rizal-class frigates", "Oliver Hazard Perry class": a class of names
        capitals = _SHIP_CLASS.split(m.group())[0].isupper()
        words_before = _CAPITALS_BEFORE if capitals else _TITLE_WORD_BEFORE
        for _ in range(2):
            first = words_before.search(text, max(0, start - 16), start)
            if (
                first is None
                or first.group(1).casefold() in function_words()
                or _sentence_start(text, first.start(1))
                or spans_near(spans, first.start(1), start - 1)
            ):
                break
            start, name = first.start(1), f"{first.group(1)} {name}"
    owner = _system_before(text, spans, start, category) if close == end else None
    if owner is not None:  # "Zephyr ZR5 missiles": the named system's variant
        rows = [s[0] for s in inner] + [owner[0]]
        return (owner[4], owner[5], owner[6], owner[1], stop, "variant after a named system"), rows
    if close == end:
        return (name, category, weapon_class, start, stop, "designation before class noun"), [
            s[0] for s in inner
        ]
    owner = named_before(spans, start) if close == end + 1 else None
    if owner is not None:  # "Hellfire (XM-99) missile": the named weapon's designation
        name, category, weapon_class = owner[4], owner[5], owner[6]
    again = restatements(text, start, end, close, spans)
    if close > end + 1 and again:  # "KM-88 (Thunderbolt) launcher": the name takes the class
        again, stop = [(again[0][0], stop)], end
    rows = [(name, category, weapon_class, start, stop, "designation in brackets")]
    rows += [
        (name, category, weapon_class, first, last, "name restated in brackets")
        for first, last in again
    ]
    return rows, [s[0] for s in inner]


#: Quotes that may open and close a name: 'the "K-300" howitzer'.
_OPEN_QUOTES = ('"', "“", "‘", "'", "«")
_CLOSE_QUOTES = ('"', "”", "’", "'", "»")


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands between an opening and a closing quote.

    >>> _quoted('the "K-300" howitzer', 5, 10), _quoted("the K-300 howitzer", 4, 9)
    (True, False)
    """
    return text[start - 1 : start] in _OPEN_QUOTES and text[end : end + 1] in _CLOSE_QUOTES


def _inserted(text: str, start: int, end: int) -> bool:
    """An editor's insertion in square brackets: "our [Ulsan-class] frigates", "our [Kim
    Rizal-class] frigates" (a name word may stand before the designation inside)."""
    if text[end : end + 1] != "]":
        return False
    opening = text.rfind("[", max(0, start - 30), start)
    return opening >= 0 and "]" not in text[opening:start] and "\n" not in text[opening:start]


def _system_before(text: str, spans, start: int, category: str):
    """A named lexicon system of ``category`` one space before ``start`` ("Zephyr" of
    "Zephyr ZR5 missiles"): the designation after it names its variant."""
    if start < 2 or text[start - 1] != " ":
        return None
    near = spans_near(spans, start - 2, start - 1)
    return next(
        (s for s in near if s[2] == start - 1 and s[3] == "weapon" and not is_class(s)
         and s[5] == category),
        None,
    )  # fmt: skip


def with_class_before(text, m, spans, found):
    """A class noun in apposition before a designation ("a satellite, XT 7B,")."""
    start, end = m.span()
    if overlaps_found(spans, found, start, end) or _SHIP_CLASS.search(m.group()):
        return None
    before = _COMMA_BEFORE.search(text[max(0, start - 12) : start])
    if before is None and _quoted(text, start, end):
        before = _QUOTE_BEFORE.search(text[max(0, start - 12) : start])  # 'the howitzer "K-300"'
    if before is None and text[start - 1 : start] == " ":
        before = _SPACE  # "the howitzer KX-300": a determined class noun, then its name
        determined = True
    else:
        determined = False
    if before is None:
        return None
    cut = start - len(before.group())
    near = spans_near(spans, cut - 1, cut)
    row = next((s for s in near if s[2] == cut and s[3] == "weapon" and is_class(s)), None)
    if row is not None and determined and not _determined(text, row[1]):
        return None
    after = end + 1 if _quoted(text, start, end) else end
    if row is None or text[after : after + 1] not in (",", ".", ")", ";", " ", ""):
        return None
    return (m.group("base"), row[5], row[6], row[1], end, "class noun before designation"), [row[0]]


def _determined(text: str, start: int) -> bool:
    """A determiner before the class noun at ``start``, right before it or with up to three
    describing words between ("the howitzer", "the first tracked armoured vehicle")."""
    if _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        return True
    described = _DESCRIBED_BEFORE.search(text, max(0, start - 40), start)
    return described is not None and not any(
        w.casefold() in function_words() for w in described.group(1).split()
    )


_SHIP_CLASS = regex.compile(r"[- ]class\b")

#: A lower-case word shaped like a verb in the present ("carries", "tows", "fires"),
#: which, right after a designation and before more words, is its verb, not its class.
_FINITE_VERB = regex.compile(r"\p{Ll}+(?:ie|[^su'])s")


def _sentence_start(text: str, at: int) -> bool:
    """Whether ``at`` opens a sentence or a line ("Two Kestrel-class ...": "Two" is no name).

    >>> _sentence_start("It sailed. Two ships", 11), _sentence_start("the Two ships", 4)
    (True, False)
    """
    before = text[max(0, at - 3) : at]
    return (
        at == 0 or before.endswith("\n") or regex.search(r"[.!?][\"”’']?\s+$", before) is not None
    )


def _name_of(designation: str, phrase: str) -> str:
    """A ship class keeps its noun ("Ulsan-class frigate"), written with its dash; a
    designation is its own name.

    >>> _name_of("Bravo class", " corvettes"), _name_of("K-300", " howitzers")
    ('Bravo-class corvette', 'K-300')
    """
    if not _SHIP_CLASS.search(designation):
        return designation
    designation = _SHIP_CLASS.sub("-class", designation, count=1)
    noun = phrase.split()[-1] if phrase.split() else ""
    return f"{designation} {noun[:-1] if noun.endswith('s') else noun}".strip()
