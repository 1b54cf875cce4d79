"""A sale programme named anywhere in the article names the seller of its unsold rows.

"The Defense Security Cooperation Agency notified Congress of the possible sale. Chile
would receive 12 helicopters.": an article about one government's sale programme (the
US Foreign Military Sales, run by the agency that notifies Congress) tells that
government's sales, also in the sentences that do not name the programme. A row with no
supplier takes the programme's seller (``data/sale_programmes.csv``) unless its item is
made in another country, its recipient is the seller, or the article names a supplier of
its own for another row of that recipient.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from analysis.transfers import rules as rules
from analysis.transfers.discourse import load_sale_programmes
from analysis.transfers.records import Transfer


def fill_article_programme_seller(
    rows: list[Transfer], text: str, origins: Mapping[str, str]
) -> list[Transfer]:
    """Rows with no supplier in an article naming a sale programme get its seller.

    >>> text = "DSCA notified Congress of a Foreign Military Sale. Chile would receive jets."
    >>> def row(item, supplier="(not stated)", recipient="Chile"):
    ...     return Transfer(supplier, supplier, recipient, recipient, "", item, item, "",
    ...                     "planned", "", "", "", "", "receive", 2, "", 0, 0, 0, 0)
    >>> [r.supplier for r in fill_article_programme_seller(
    ...     [row("jet"), row("Su-30")], text, {"Su-30": "Russia"})]
    ['United States', '(not stated)']
    >>> fill_article_programme_seller([row("jet")], "Chile would receive jets.", {})[0].supplier
    '(not stated)'
    """
    sellers = [
        (programme, seller)
        for programme, abbreviation, seller in load_sale_programmes()
        if _names(text, programme)
    ]
    if len({seller for _, seller in sellers}) != 1:
        return rows
    programme, seller = sellers[0]
    out = []
    for row in rows:
        if (
            row.supplier == rules.NOT_STATED
            and row.recipient not in (rules.NOT_STATED, rules.UNRESOLVED, "")
            and seller not in (row.recipient, row.recipient_country)
            and origins.get(row.item, seller) == seller
        ):
            row = replace(row, supplier=seller, supplier_country=seller, supplier_text=programme)
        out.append(row)
    return out


def _names(text: str, words: str) -> bool:
    """True when ``text`` has ``words`` as whole words (any case, a plural "s" allowed)."""
    return re.search(rf"\b{re.escape(words)}s?\b", text, re.IGNORECASE) is not None
