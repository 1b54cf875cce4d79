"""The article's one recipient: the side a row leaves open that the whole article names.

An aid article names its recipient once or twice and then tells item after item without it:
"Peru will send 20 tanks to Bolivia. ... Peru has also committed to sending a radar." The
second row's recipient is not in its sentence, nor told back by a pronoun; it is the one
recipient the article is about. ``fill_article_recipient`` gives such a row that recipient
when every row of the article that names a recipient names the same one (one country, or
one actor with no country), the row's own supplier is another side, and the row is not a
weapon seen in use (``implied``, which names no deal). With two recipients in the article,
nothing is filled: which one is meant cannot be read. The row keeps the sentence the
recipient was taken from in ``inferred_from``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from analysis.transfers import rules as rules
from analysis.transfers.records import Transfer

#: Statuses whose rows take no recipient from elsewhere: a weapon seen in use names no deal.
OWN_STATUSES = frozenset({"implied"})


def _side(row: Transfer, role: str) -> str:
    """The country of a side when known, else its name: the key two rows are compared by."""
    return getattr(row, f"{role}_country") or getattr(row, role)


def article_recipient(rows: list[Transfer]) -> Transfer | None:
    """The first row naming the article's one recipient, or None when rows name none or two.

    >>> from analysis.transfers.records import Transfer
    >>> def row(sup, rec, n):
    ...     return Transfer(sup, sup, rec, rec, "", "tank", "tanks", "", "planned", "", "",
    ...                     "", "", "send", n, "", 0, 0, 0, 0)
    >>> article_recipient([row("PER", "BOL", 1), row("CHL", "BOL", 2)]).sentence_number
    1
    >>> article_recipient([row("PER", "BOL", 1), row("CHL", "ECU", 2)]) is None
    True
    """
    named = [r for r in rows if r.recipient not in (rules.NOT_STATED, rules.UNRESOLVED)]
    if len({_side(r, "recipient") for r in named}) != 1:
        return None
    return named[0]


def fill_article_recipient(rows: list[Transfer]) -> list[Transfer]:
    """Give rows with no recipient the article's one recipient (see the module doc).

    >>> from analysis.transfers.records import Transfer
    >>> def row(sup, rec, n, status="planned"):
    ...     return Transfer(sup, sup, rec, rec, "", "tank", "tanks", "", status, "", "",
    ...                     "", "", "send", n, "", 0, 0, 0, 0)
    >>> out = fill_article_recipient([row("PER", "BOL", 1), row("USA", "(not stated)", 3)])
    >>> out[1].recipient, out[1].inferred_from
    ('BOL', '1')
    >>> fill_article_recipient([row("BOL", "BOL", 1), row("BOL", "(not stated)", 2)])[1].recipient
    '(not stated)'
    """
    source = article_recipient(rows)
    if source is None:
        return rows
    key = _side(source, "recipient")
    out = []
    for row in rows:
        open_row = (
            row.recipient == rules.NOT_STATED
            and row.supplier not in (rules.NOT_STATED, rules.UNRESOLVED)
            and row.status not in OWN_STATUSES
            and _side(row, "supplier") != key
        )
        if open_row:
            row = take_side(row, source, "recipient")
        out.append(row)
    return out


def fill_maker_supplier(rows: list[Transfer], origins: Mapping[str, str]) -> list[Transfer]:
    """Give a row with no supplier the maker of its item, when the article names that maker
    as the supplier of the same item in another row.

    "Russia has delivered S-400 systems to China and India. Turkey received the S-400 in
    2019": the S-400 is Russian (``origins``: canonical item -> maker's country, from the
    lexicon) and the article names Russia as its supplier, so Russia is the seller of
    Turkey's too. Nothing is filled when the article names another supplier of the item as
    well (a second-hand transfer is then as likely), for the maker's own receipt, or for
    implied rows.

    >>> from analysis.transfers.records import Transfer
    >>> def row(sup, rec, n, item="S-400"):
    ...     return Transfer(sup, sup, rec, rec, "", item, item, "", "delivered", "", "",
    ...                     "", "", "send", n, "", 0, 0, 0, 0)
    >>> rows = [row("Russia", "China", 1), row("(not stated)", "Turkey", 2)]
    >>> fill_maker_supplier(rows, {"S-400": "Russia"})[1].supplier
    'Russia'
    >>> rows.insert(1, row("Belarus", "Iran", 1))
    >>> fill_maker_supplier(rows, {"S-400": "Russia"})[2].supplier
    '(not stated)'
    """
    out = []
    for row in rows:
        maker = origins.get(row.item, "")
        open_row = (
            maker
            and row.supplier == rules.NOT_STATED
            and row.recipient not in (rules.NOT_STATED, rules.UNRESOLVED)
            and row.status not in OWN_STATUSES
            and _side(row, "recipient") != maker
        )
        suppliers = [
            r for r in rows
            if r.item == row.item and r.supplier not in (rules.NOT_STATED, rules.UNRESOLVED)
        ]  # fmt: skip
        if open_row and suppliers and {_side(r, "supplier") for r in suppliers} == {maker}:
            row = take_side(row, suppliers[0], "supplier")
        out.append(row)
    return out


def take_side(row: Transfer, source: Transfer, role: str) -> Transfer:
    """``row`` with ``source``'s party in ``role`` ("supplier" or "recipient"), marked as
    inferred from ``source``'s sentence."""
    return replace(
        row,
        **{key: getattr(source, key) for key in (role, f"{role}_country", f"{role}_text")},
        inferred_from=str(source.sentence_number),
    )
