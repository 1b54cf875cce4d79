"""Words above a transfer cue that tell its status, and sides read from the right slot (issue 12).

Made-up sentences; each expected row was worked out by hand from the dev set's
CONVENTIONS.md: ``(supplier, recipient, item, status, quantity)``, ``-`` for "not stated",
``*`` for any side.
A case passes when every expected row is found and every row given is expected.
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import check

CASES = [
    # -- "failed to deliver": the delivery did not happen
    (
        "Lima complained that its allies had failed to deliver howitzers to Peru despite signed "
        "contracts.",
        [("*", "Peru", "howitzer", "negated", None)],
    ),
    # -- pressing or urging a side to send: the transfer is sought, not yet agreed
    (
        "Chilean lawmakers pressed Spain to deliver the frigates to Chile before June.",
        [("Spain", "Chile", "frigate", "sought", None)],
    ),
    (
        "Washington urged Germany to send Leopard 2 tanks to Peru.",
        [("Germany", "Peru", "Leopard 2", "sought", None)],
    ),
    # -- a side ready to supply offers
    (
        "Acme Industries said Spain is ready to supply 40 armoured vehicles to Bolivia.",
        [("Spain", "Bolivia", "armoured vehicle", "offered", None)],
    ),
    # -- expediting an export: decided, not yet done
    (
        "The ministry sought to expedite the export of 12 howitzers to Chile.",
        [("*", "Chile", "howitzer", "planned", None)],
    ),
    # -- "on" / "for" + -ing after a noun: the noun tells the stage, as "of" does; a noun that
    # tells nothing ("the issue of") leaves it to the verb above; "open to selling" offers
    (
        "The minister said decisions on providing Peru with Patriot systems will be made soon.",
        [("-", "Peru", "Patriot", "planned", None)],
    ),
    (
        "The contract for supplying 49 tanks to Chile is being executed on schedule.",
        [("-", "Chile", "tank", "agreed|ongoing", None)],
    ),
    (
        "Peru studies the issue of buying Ka-52 helicopters from Russia.",
        [("Russia", "Peru", "Ka-52", "possible", None)],
    ),
    (
        "Spain delivered 20 drones to Peru and is open to selling more.",
        [
            ("Spain", "Peru", "drone", "delivered", None),
            ("Spain", "Peru", "drone", "offered", None),
        ],
    ),
    # -- a modal on a verb that does not say what a side is leaves the side's trade role as
    # told; after a copula the modal is the role's
    (
        "New deals may undermine Spain's status as the principal supplier of tanks to Peru.",
        [("Spain", "Peru", "tank", "ongoing", None)],
    ),
    (
        "Spain may become the main supplier of tanks to Peru.",
        [("Spain", "Peru", "tank", "possible", None)],
    ),
    # -- "whether to" takes the subject above it and is an open question: possible, whatever
    # the deciding above it (negated or not); a whether-clause about something else is not
    (
        "Spain has yet to decide whether to send Leopard 2 tanks to Peru.",
        [("Spain", "Peru", "Leopard 2", "possible", None)],
    ),
    (
        "Spain has not decided whether to send 40 tanks to Peru.",
        [("Spain", "Peru", "tank", "possible", None)],
    ),
    (
        "Peru is considering whether to buy six Gripen jets from Sweden.",
        [("Sweden", "Peru", "Gripen", "possible", None)],
    ),
    (
        "At issue was whether it was right for Spain to expedite the sale of tanks to Peru.",
        [("*", "Peru", "tank", "planned", None)],
    ),
    # -- items "acquired from" a side are had (delivered); "bought from" may be on order
    (
        "Peru's 16 Black Hawk helicopters, acquired from Spain in 2019, were built under licence.",
        [("Spain", "Peru", "Black Hawk", "delivered", None)],
    ),
    (
        "The 16 Black Hawk helicopters bought from Spain will be upgraded.",
        [("Spain", "*", "Black Hawk", "agreed", None)],
    ),
    # -- the with-phrase of a sale, headed by a side, names its buyer; "with US approval" none
    (
        "The Chilean government has completed the sale of two submarines with Bolivia.",
        [("Chile", "Bolivia", "submarine", "agreed", None)],
    ),
    (
        "Spain concluded the sale of 12 tanks with Peru.",
        [("Spain", "Peru", "tank", "agreed", None)],
    ),
    ("Spain approved the sale of 12 tanks with US approval.", []),
    # -- a ministry approving a purchase for a force of no written country is the buyer's
    # own side, never the exporting state; an exporter approving a sale still sells
    (
        "The Defence Ministry on Monday approved the procurement of 24 attack helicopters for the "
        "Army.",
        [("-", "*", "attack helicopter", "agreed|planned", None)],
    ),
    (
        "Spain approved the sale of 24 attack helicopters to Peru.",
        [("Spain", "Peru", "attack helicopter", "agreed", None)],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_status_and_sides(text, expected):
    assert check(text, expected) == []
