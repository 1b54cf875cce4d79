"""Names in quotes: a nickname after a designation ("Tu-95 'Bear' bombers", then "the
Bears"), a system's name after its class noun ('the armoured vehicle "Kestrel"').

Military writing gives a system's reporting name or nickname in quotes right after its
designation ("Su-27 'Flanker' interceptors", 'the MiG-31 "Foxhound"'). The quoted name
belongs to that one mention, and so does a class noun of the system's category after it
("'Bear' bombers" is no second, generic bomber). Once the article has paired the two, the
nickname alone, capitalised, names the system anywhere in the article, the headline
included ("Flankers scrambled", "two Bears"). Ships are left out: a quoted name after a
ship class is a ship's own name (``weapon_ships``).

A capitalised name in quotes right after a lower-case class noun ('the troop carrier
"Kestrel"', 'the drone "Sky Eye"') names a system of that class: the class noun and the
name are one mention, under the name (ships are ``weapon_ships``'s).

Found rows are ``(name, category, weapon_class, start, end, evidence)``; spans are
``(index, start, end, kind, name, type, weapon_class)``.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from analysis.entities.weapon_spans import is_class, spans_near

#: One or two capitalised words in quotes, right after a name: " 'Bear'", ' "Fishbed-J"'.
_QUOTED = regex.compile(r"\s?['‘\"“](\p{Lu}[\p{L}\d-]*(?: \p{Lu}[\p{L}\d-]*)?)['’\"”]")

#: Categories whose quoted name after a class is the name of one ship, not a nickname.
_NOT_NICKNAMED = frozenset({"ships"})


def nicknames(
    text: str, sections: Sequence[tuple[int, int]], spans: Sequence[tuple], found
) -> tuple[list[tuple], set[int]]:
    """Named systems with a quoted nickname, and later bare nicknames: found rows and
    the rows they replace.

    >>> spans = [(0, 0, 5, "weapon", "Tu-95", "aircraft", "bomber aircraft"),
    ...          (1, 13, 20, "weapon", "bomber aircraft", "aircraft", "bomber aircraft")]
    >>> rows, drop = nicknames("Tu-95 'Bear' bombers. Two Bears.", [(0, 32)], spans, [])
    >>> [(r[0], r[3], r[4]) for r in rows], sorted(drop)
    ([('Tu-95', 0, 20), ('Tu-95', 26, 31)], [0, 1])
    """
    out, drop, names = [], set(), {}
    for s in spans:
        if s[3] != "weapon" or is_class(s) or s[5] in _NOT_NICKNAMED:
            continue
        m = _QUOTED.match(text, s[2])
        if m is None or any(f[3] < m.end() and s[1] < f[4] for f in found):
            continue
        end = m.end()
        noun = next(
            (n for n in spans_near(spans, end, end + 2) if n[1] == end + 1 and is_class(n)),
            None,
        )
        replaced = {s[0]}
        if noun is not None and noun[5] == s[5] and text[end] == " ":
            end = noun[2]
            replaced.add(noun[0])
        replaced |= {n[0] for n in spans_near(spans, s[2], m.end()) if n[3] == "weapon"}
        out.append((s[4], s[5], s[6], s[1], end, "quoted nickname"))
        drop |= replaced
        names.setdefault(m.group(1), (s[4], s[5], s[6]))
    for word, (name, category, weapon_class) in names.items():
        pattern = regex.compile(
            rf"(?<![\p{{L}}\d'‘\"“-]){regex.escape(word)}(?:s|'s|’s)?(?![\p{{L}}\d-])"
        )
        for start, stop in sections:
            for m in pattern.finditer(text, start, stop):
                if any(r[3] <= m.start() < r[4] for r in out):
                    continue
                near = spans_near(spans, m.start(), m.end())
                if any(n[3] != "weapon" or not is_class(n) for n in near):
                    continue
                if any(f[3] < m.end() and m.start() < f[4] for f in found):
                    continue
                out.append((name, category, weapon_class, m.start(), m.end(), "nickname again"))
                drop |= {n[0] for n in near}
    return out, drop


def quoted_after_class(text: str, spans: Sequence[tuple], found) -> tuple[list[tuple], set[int]]:
    """Systems named in quotes after their lower-case class noun: found rows and the class
    rows they replace.

    >>> spans = [(0, 4, 9, "weapon", "drone", "uav", "drone")]
    >>> rows, drop = quoted_after_class('the drone "Kestrel" flew', spans, [])
    >>> [r[0] for r in rows], [r[3:5] for r in rows], drop
    (['Kestrel'], [(4, 19)], {0})
    """
    out, drop = [], set()
    for s in spans:
        if s[3] != "weapon" or not is_class(s) or s[5] in _NOT_NICKNAMED:
            continue
        if not text[s[1] : s[2]].islower() or text[s[2] - 1] == "s":
            continue  # 'called the tanks "Useless"': a plural is described, not named
        m = _QUOTED_NAME.match(text, s[2])
        if m is None:
            continue
        end = m.end()
        if spans_near(spans, m.start(1), m.end(1)) or any(
            f[3] < end and s[1] < f[4] for f in found
        ):
            continue
        out.append((m.group(1), s[5], s[6], s[1], end, "name in quotes after class"))
        drop.add(s[0])
    return out, drop


#: A name in quotes right after a class noun, closed before punctuation or a lower-case
#: word: ' "Kestrel"', ' “Sky Eye”'.
_QUOTED_NAME = regex.compile(
    r" ['‘\"“](\p{Lu}[\p{L}\d-]*(?: \p{Lu}[\p{L}\d-]*){0,2})['’\"”](?=[\s,.;:)])"
)
