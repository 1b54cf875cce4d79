"""Long sentences of analysis and feature writing: clause shapes around a transfer (session 13).

Made-up sentences read with the real lexicon, in the format of ``test_varied_sentences``:
(supplier, recipient, item, status, quantity), ``-`` not stated. Each group is one shape:
a relative clause after an appositive, a relative clause on the object of a sale whose
"it" is the seller, a maker in a relative clause on what is bought, bidders listed in an
aside between dashes, two sides in talks over a sale, and a participle or a deal opening the
sentence before its main clause. Traps beside them give no row or another side.
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import check

D, P, A, OF, PO = "delivered", "planned", "agreed", "offered", "possible"
CASES: list[tuple[str, list[tuple]]] = [
    # -- a relative clause after an appositive describes the noun the appositive renames ------
    (
        "Officials said the Bayraktar TB2, a drone model, that is believed to have been "
        "delivered to Chad by Turkey, was seen near the border.",
        [("Turkey", "Chad", "Bayraktar TB2", D, None)],
    ),
    (
        "The K9 Thunder, a self-propelled howitzer, that was sold to Peru by South Korea, fired "
        "its first rounds on Tuesday.",
        [("South Korea", "Peru", "K9", D, None)],
    ),
    # -- a relative clause on what is sold: its "it" is the seller, who had ordered it ---------
    (
        "Norway sold Peru the tanks it had ordered from Germany.",
        [("Norway", "Peru", "tank", D, None), ("Germany", "Norway", "tank", A, None)],
    ),
    (
        "Chile will sell Bolivia the frigates it bought from Britain a decade ago.",
        [
            ("Chile", "Bolivia", "frigate", P, None),
            ("Britain", "Chile", "frigate", "delivered|agreed", None),
        ],
    ),
    # -- the maker in a relative clause on what is bought supplies it --------------------------
    (
        "Chile bought the jets that Sweden had built.",
        [("Sweden", "Chile", "aircraft", "delivered|agreed", None)],
    ),
    ("Peru ordered 24 howitzers that Hanwha builds.", [("Hanwha", "Peru", "howitzer", A, "24")]),
    # trap: a seller named beside the maker sells; the maker of what it sells does not
    (
        "Chile bought from Norway the jets that Sweden had built.",
        [("Norway", "Chile", "aircraft", "delivered|agreed", None)],
    ),
    # -- bidders listed between dashes or after "including" after a group noun ---------------
    (
        "Three firms — Hanwha, Nexter and Elbit — bid for the contract to supply 40 howitzers "
        "to the Peruvian army.",
        [
            ("Hanwha", "Peru", "howitzer", OF, "40"),
            ("Nexter", "Peru", "howitzer", OF, "40"),
            ("Elbit", "Peru", "howitzer", OF, "40"),
        ],
    ),
    (
        "Two companies, including Saab and Boeing, offered to supply 36 fighter jets to Peru.",
        [("Saab", "Peru", "fighter jet", OF, "36"), ("Boeing", "Peru", "fighter jet", OF, "36")],
    ),
    # -- two sides in talks over a sale: the maker sells, else the order of the subject -------
    (
        "Peru and France are in talks over the sale of 12 Rafale jets.",
        [("France", "Peru", "Rafale", PO, "12")],
    ),
    (
        "Norway and Peru are in talks over the sale of 20 howitzers.",
        [("Norway", "Peru", "howitzer", PO, "20")],
    ),
    (
        "Peru held talks with France on the sale of 12 Rafale jets.",
        [("France", "Peru", "Rafale", PO, "12")],
    ),
    # trap: talks between a subject and a with-phrase do not say who sells unmade-by-either X
    ("Peru held talks with Spain on the sale of 20 howitzers.", []),
    # -- a participle opening the sentence shares the main clause's subject -------------------
    (
        "Having received 30 howitzers from Spain, Peru now wants more artillery.",
        [("Spain", "Peru", "howitzer", D, "30")],
    ),
    (
        "Having sent 40 rifles to Chad last year, Serbia plans to deliver more.",
        [("Serbia", "Chad", "rifle", D, "40"), ("Serbia", "Chad", "rifle", P, None)],
    ),
    (
        "Armed with rifles supplied by Serbia, the Chadian army retook the town.",
        [("Serbia", "Chad", "rifle", D, None)],
    ),
    # trap: a sentence that opens with a gerund judged by a copula tells no transfer
    ("Selling fighter jets to Peru would be a grave mistake.", []),
    # -- an opening phrase before a list of sides: the list is the subject ---------------------
    (
        "In that context, Japan and South Korea have emerged as important suppliers of military "
        "hardware for the Philippines.",
        [
            ("Japan", "Philippines", "military", "ongoing", None),
            ("South Korea", "Philippines", "military", "ongoing", None),
        ],
    ),
    # -- a deal opening the sentence names the seller of what is got --------------------------
    (
        "Under a deal with France, Peru will get 12 fighter jets.",
        [("France", "Peru", "fighter jet", P, "12")],
    ),
    (
        "Under an agreement with Germany signed in May, Chile will receive six frigates.",
        [("Germany", "Chile", "frigate", P, "six")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_long_sentence(text, expected):
    assert check(text, expected) == []
