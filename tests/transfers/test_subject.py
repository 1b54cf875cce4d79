"""The article's one recipient fills rows that leave it open (analysis.transfers.subject).

Made-up articles read with the real lexicon; expected rows worked out by hand from
CONVENTIONS.md, in the format of ``test_varied_sentences``: (supplier, recipient, item,
status, quantity).
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import check, read_rows

P, D = "planned", "delivered"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later sentence adds an item and names only the giver: the article's one recipient
        (
            "Spain will send 20 Leopard 2 tanks to Peru. Separately, the United States has "
            "committed to sending a Patriot air defence system.",
            [
                ("Spain", "Peru", "Leopard 2", P, "20"),
                ("United States", "Peru", "Patriot", P, None),
            ],
        ),
        # a passive with only its by-phrase, after a sentence naming the recipient
        (
            "Mali received four helicopters from Russia on Monday. Rifles and ammunition were "
            "donated by China.",
            [
                ("Russia", "Mali", "helicopter", D, "four"),
                ("China", "Mali", "rifle", D, None),
                ("China", "Mali", "munition", D, None),
            ],
        ),
        # a giver's own future supply after a sentence about another giver to the same side
        (
            "Germany delivered two IRIS-T systems to Ukraine. Norway will provide howitzers.",
            [
                ("Germany", "Ukraine", "IRIS-T", D, "two"),
                ("Norway", "Ukraine", "howitzer", P, None),
            ],
        ),
    ],
)
def test_open_recipient_is_the_articles_one_recipient(text, expected):
    assert check(text, expected) == []


def test_two_recipients_leave_the_row_open():
    # the article names Peru and Chile as recipients: which one gets the rifles is not told
    text = (
        "Spain sold 20 tanks to Peru. Italy delivered six helicopters to Chile. "
        "France will also provide rifles."
    )
    rifles = [r for r in read_rows(text) if r["item"] == "rifle"]
    assert [r["recipient"] for r in rifles] == ["(not stated)"]


def test_the_recipient_never_supplies_itself():
    # Peru is the article's recipient; Peru's own sale to an unnamed buyer stays open
    text = "Spain sold 20 tanks to Peru. Peru will sell its old rifles."
    rifles = [r for r in read_rows(text) if r["item"] == "rifle"]
    assert all(r["recipient"] == "(not stated)" for r in rifles)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the maker named as the item's supplier elsewhere sells it to the side told without one
        (
            "Russia has delivered S-400 systems to China and India. Turkey received the S-400 "
            "in 2019.",
            [
                ("Russia", "China", "S-400", D, None),
                ("Russia", "India", "S-400", D, None),
                ("Russia", "Turkey", "S-400", D, None),
            ],
        ),
        (
            "France sold Rafale jets to Egypt. Qatar has also ordered 24 Rafale jets.",
            [("France", "Egypt", "Rafale", D, None), ("France", "Qatar", "Rafale", "agreed", "24")],
        ),
        # trap: another supplier of the same item in the article (a second-hand transfer is as
        # likely): the row stays open
        (
            "Russia delivered S-300 systems to Iran. Slovakia sent its S-300 to Ukraine. Greece "
            "received the S-300 in 1999.",
            [
                ("Russia", "Iran", "S-300", D, None),
                ("Slovakia", "Ukraine", "S-300", D, None),
                ("-", "Greece", "S-300", D, None),
            ],
        ),
    ],
)
def test_open_supplier_is_the_items_maker_named_as_supplier(text, expected):
    assert check(text, expected) == []
