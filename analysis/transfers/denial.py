"""A party's denial covers the claims of the same transfer told elsewhere in the article.

"The United States said a boat carried Iranian rifles to the rebels. Iran denied sending
weapons to the rebels.": the claim and the denial are one transfer, and a party to it
denies it (CONVENTIONS: ``denied`` when a party denies it). ``spread_party_denials`` gives
the claim rows of the pair the denial; ``fold_generic_rows`` then drops a row that only
says "weapons" for a pair whose rows name the items, at the same status (one row per
supplier -> recipient -> deal: the named items are the weapons told again).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from analysis.entities import load_generic_names
from analysis.transfers.records import Transfer

#: The generic name of the class words that name no kind of weapon ("weapons", "arms").
ANY_WEAPON = "weapons (generic)"
#: Statuses a denial does not replace: already denied, or told as not done.
KEPT_STATUSES = frozenset({"denied", "negated"})
#: Stages of a denied row that deny a use, not a supply ("denied using Iranian drones").
USE_STAGES = frozenset({"in use"})
#: Statuses of one shipment, whose "weapons" the rows of its items tell again; a want or
#: an offer of "military equipment" stated on its own is a claim of its own.
SHIPMENT_STATUSES = frozenset({"delivered", "denied"})


def sides_named(words: str, actors: Iterable, text: str, country_names: Mapping[str, str]):
    """Return the countries of the actors ``words`` name ("Iran's foreign minister": Iran).

    An actor counts when ``words`` is its name or holds the words that mention it.

    >>> from types import SimpleNamespace as M
    >>> text = "Iran said so. Mike Pompeo said so."
    >>> actors = [M(name="Iran", country="IRN", start=0, end=4),
    ...           M(name="Mike Pompeo", country="USA", start=14, end=25)]
    >>> names = {"IRN": "Iran", "USA": "United States"}
    >>> sides_named("Iran's foreign minister", actors, text, names)
    {'Iran'}
    >>> sides_named("Mike Pompeo", actors, text, names), sides_named("a tweet", actors, text, names)
    ({'United States'}, set())
    """
    if not words:
        return set()
    found = set()
    for m in actors:
        if m.country and (m.name == words or text[m.start : m.end] in words):
            found.add(country_names.get(m.country, m.country))
    return found


def spread_party_denials(
    rows: list[Transfer], mentions: Iterable, text: str, country_names: Mapping[str, str]
) -> list[Transfer]:
    """Rows of a pair that a party to it denies, told by another side's source, are denied.

    A row is ``denied`` by a party when its denier names the supplier's or the recipient's
    country. Every other row between the same two countries that the article attributes to
    a source of a different country (the claim: "Pompeo said a boat carried Iranian
    rifles to the rebels") takes that status. A row told by the narrator or by the
    denier's own side ("Iran's minister said it sent drones before the war") stays as told:
    a supplier admitting some of it is not denying it.

    >>> text = "Iran"
    >>> def row(status, said="", denier=""):
    ...     return Transfer("Iran", "Iran", "Houthis", "Houthis", "", "rifle", "rifles", "",
    ...                     status, "", said, "", denier, "send", 1, "", 0, 0, 0, 0)
    >>> from types import SimpleNamespace as M
    >>> actors = [M(name="Iran", country="IRN", start=0, end=4, kind="actor"),
    ...           M(name="Mike Pompeo", country="USA", start=0, end=0, kind="actor")]
    >>> names = {"IRN": "Iran", "USA": "United States"}
    >>> rows = [row("denied", denier="Iran"), row("delivered", said="Mike Pompeo"),
    ...         row("delivered", said="Iran's minister"), row("delivered")]
    >>> [r.status for r in spread_party_denials(rows, actors, text, names)]
    ['denied', 'denied', 'delivered', 'delivered']
    """
    actors = [m for m in mentions if getattr(m, "kind", "actor") == "actor"]
    deniers: dict[tuple[str, str], tuple[str, set]] = {}
    for r in rows:
        if r.status != "denied" or not r.denied_by or r.stage in USE_STAGES:
            continue  # denying that a side uses a weapon is no denial that anyone supplied it
        pair = (r.supplier_country, r.recipient_country)
        side = sides_named(r.denied_by, actors, text, country_names) & set(pair)
        if side and pair not in deniers:
            deniers[pair] = (r.denied_by, side)
    if not deniers:
        return rows
    out = []
    for r in rows:
        denial = deniers.get((r.supplier_country, r.recipient_country))
        if denial is None or r.status in KEPT_STATUSES or not r.attributed_to:
            out.append(r)
            continue
        said = sides_named(r.attributed_to, actors, text, country_names)
        if not said or said & denial[1]:  # the denier's side tells it, or no side is known
            out.append(r)
            continue
        out.append(replace(r, status="denied", polarity="denied", denied_by=denial[0]))
    return out


def fold_generic_rows(rows: list[Transfer], generics: Mapping[str, str] | None = None):
    """Drop a row of "weapons" for a pair whose rows name the items of the same claim.

    "A boat carried Iranian weapons to the rebels, Pompeo said. The cargo held 200 rifles,
    Pompeo said.": the rifles are the weapons; one deal, one row (CONVENTIONS). The same
    claim is the same status and the same source, or a denial of the pair. A generic row with a
    number of its own ("500 weapons"), one told by the narrator (weapons sent over the
    years beside a package of named items) and one whose pair names no item at its status
    are kept.

    >>> def row(item, status="delivered", quantity=""):
    ...     return Transfer("Iran", "Iran", "Houthis", "Houthis", "", item, item, "",
    ...                     status, "", said, "", "", "send", 1, "", 0, 0, 0, 0,
    ...                     quantity=quantity)
    >>> generics = {"weapon": "weapons (generic)"}
    >>> said = "Pompeo"
    >>> [r.item for r in fold_generic_rows([row("weapon"), row("rifle")], generics)]
    ['rifle']
    >>> [r.item for r in fold_generic_rows([row("weapon"), row("rifle", "offered")], generics)]
    ['weapon', 'rifle']
    >>> [r.item for r in fold_generic_rows([row("weapons"), row("rifle")], generics)]
    ['rifle']
    >>> said = ""
    >>> [r.item for r in fold_generic_rows([row("weapon"), row("rifle")], generics)]
    ['weapon', 'rifle']
    """
    generics = generics if generics is not None else load_generic_names()

    def generic(r: Transfer) -> bool:
        return (
            ANY_WEAPON in (generics.get(r.item.lower()), f"{r.item.lower()} (generic)")
            and not r.quantity
            and r.status in SHIPMENT_STATUSES
        )

    def claim(r: Transfer) -> tuple[str, str, str, str]:
        # a pair's denials are one claim, however the denier is written ("Tehran", "Iran")
        said = "denied" if r.status == "denied" and r.denied_by else r.attributed_to
        return (r.supplier_country, r.recipient_country, r.status, said)

    named = {
        claim(r) for r in rows if not generic(r) and r.supplier_country and r.recipient_country
    }
    return [r for r in rows if not generic(r) or not claim(r)[3] or claim(r) not in named]
