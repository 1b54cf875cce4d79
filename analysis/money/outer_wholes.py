"""A reference back names the whole, not one of its parts that shares its noun.

"Donors made nearly $600 million in new pledges. 30 countries made $350 million in new
pledges, while a bank promised $249 million. Among the new pledges, $12 million went to the
appeal." The words "the new pledges" name all the new pledges: the $600 million the $350
million is a part of, not the $350 million itself. When a total linked by such a noun
reference is itself a part of a larger total whose sum the text also calls by that noun,
``refer_to_outer_whole`` gives the referring parts to the larger total when they fit
beside its parts, and otherwise links them nowhere (a share across the parts, no part of
either).

>>> from analysis.money.allocations import find_allocations
>>> t = ("Donors made nearly $600 million in new pledges. 30 countries made $350 million in "
...      "new pledges, while a bank promised $249 million, bringing the total of new pledges "
...      "to nearly $600 million. Among the new pledges, $12 million went to the appeal.")
>>> [(a.total.text, [p.amount.text for p in a.parts]) for a in find_allocations(t)]
[('nearly $600 million', ['$350 million', '$249 million'])]
"""

from __future__ import annotations

from analysis.money.restated import fits, same_sum

__all__ = ["refer_to_outer_whole"]


def _referred(item, sentences) -> list:
    """The parts of ``item`` that a noun reference in their own sentence linked."""
    out = []
    for p in item.parts:
        s = sentences[p.sentence]
        if any(signal == "noun_reference" and s.start <= start < p.amount.start
               for signal, _, start, _ in item.cues):  # fmt: skip
            out.append(p)
    return out


def refer_to_outer_whole(linked: list, sentences, readings) -> list:
    """Return ``linked`` with the parts a noun reference gave to a part of a larger total
    of the same whole moved to that total, or unlinked (see the module's docstring)."""
    part_of = {p.amount.start: item for item in linked for p in item.parts}
    for item in linked:
        whole = item.total.whole_text.lower()
        outer = part_of.get(item.total.amount.start)
        if not whole or outer is None or outer is item:
            continue
        named = [r for r in readings if r.whole_text.lower() == whole
                 and same_sum(r.amount, outer.total.amount)]  # fmt: skip
        referred = _referred(item, sentences)
        if not named or not referred:
            continue
        item.parts = [p for p in item.parts if p not in referred]
        if fits(outer.total.amount, [*outer.parts, *referred]):
            outer.parts = sorted([*outer.parts, *referred], key=lambda p: p.amount.start)
            outer.cues += [c for c in item.cues if c[0] == "noun_reference"]
    return [item for item in linked if item.parts]
