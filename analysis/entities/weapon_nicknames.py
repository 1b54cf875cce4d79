"""Nicknames in quotes after a designation: "Tu-95 'Bear' bombers", then "the Bears".

Military writing gives a system's reporting name or nickname in quotes right after its
designation ("Su-27 'Flanker' interceptors", 'the MiG-31 "Foxhound"'). The quoted name
belongs to that one mention, and so does a class noun of the system's category after it
("'Bear' bombers" is no second, generic bomber). Once the article has paired the two, the
nickname alone, capitalised, names the system anywhere in the article, the headline
included ("Flankers scrambled", "two Bears"). Ships are left out: a quoted name after a
ship class is a ship's own name (``weapon_ships``).

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
