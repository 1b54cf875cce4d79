"""Aid, donations and weapons held: made-up sentences read with the real lexicon (session 7).

Each group is one cause the reading had wrong, told in several shapes; the expected rows were
worked out by hand from CONVENTIONS.md, in the format of ``test_varied_sentences``:
(supplier, recipient, item, status, quantity), ``-`` not stated.
"""

from __future__ import annotations

import pytest

from tests.transfers.test_varied_sentences import check

IMP, D, P = "implied", "delivered", "planned"
CASES: list[tuple[str, list[tuple]]] = [
    # -- a foreign-made weapon a side uses or holds, with no transfer verb: implied -------------
    # the verb of use right after a force named in full ("the Kenyan army uses ...")
    ("The Kenyan army uses Chinese-made rifles.", [("China", "Kenya", "rifle", IMP, None)]),
    ("The Nigerian navy operates three Italian-built patrol boats.",
     [("Italy", "Nigeria", "patrol boat", IMP, "three")]),
    # in service with / in, in a side's inventory
    ("The French-made Caesar howitzers in service in Morocco fired on Monday.",
     [("France", "Morocco", "Caesar", IMP, None)]),
    ("Chinese-made drones are in service with the Ethiopian air force.",
     [("China", "Ethiopia", "drone", IMP, None)]),
    ("American rifles in the Afghan army's inventory were lost.",
     [("United States", "Afghanistan", "rifle", IMP, None)]),
    # a passive use verb with its by-phrase; a possessor of a weapon made elsewhere
    ("Turkish-made drones used by the Libyan army struck the base.",
     [("Turkey", "Libya", "drone", IMP, None)]),
    ("Egypt's Russian-made MiG-29 jets flew over the Sinai.",
     [("Russia", "Egypt", "MiG-29", IMP, None)]),
    # traps: a giver's own foreign-made weapon is no second transfer; a user's own weapons
    ("Slovakia sent its Russian-made S-300 to Ukraine.",
     [("Slovakia", "Ukraine", "S-300", D, None)]),
    ("Russian tanks shelled Ukrainian positions.", []),
    ("The Indian Army chief praised the howitzers.", []),
    # -- what a delivery, a shipment or the equipment given "included" ---------------------------
    ("Turkey's shipment to Libya included drones and armoured vehicles.",
     [("Turkey", "Libya", "drone", D, None), ("Turkey", "Libya", "armoured vehicle", D, None)]),
    ("Equipment donated by Japan to Vietnam included patrol boats and radars.",
     [("Japan", "Vietnam", "patrol boat", D, None), ("Japan", "Vietnam", "radar", D, None)]),
    ("The gear sent to the Kenyan army by Britain included rifles and mortars.",
     [("United Kingdom", "Kenya", "rifle", D, None),
      ("United Kingdom", "Kenya", "mortar", D, None)]),
    # -- a side judged for a deed did it: "Y thanked X for sending ..." ---------------------------
    ("Brazil praised Italy for donating 20 armoured vehicles to its army.",
     [("Italy", "Brazil", "armoured vehicle", D, "20")]),
    ("Officials commended the Indian government for gifting two helicopters to the Maldives.",
     [("India", "Maldives", "helicopter", D, "two")]),
    ("Washington accused Tehran of sending drones to Russia.",
     [("Iran", "Russia", "drone", D, None)]),
    # the noun of a deed a side is judged for ("appreciated X for the donation of Y to Z")
    ("Kenya's police chief appreciated the Japanese government for the donation of armoured "
     "vehicles to the Kenyan police.", [("Japan", "Kenya", "armoured vehicle", D, None)]),
    ("Peru praised Chile for the delivery of 12 howitzers.",
     [("Chile", "Peru", "howitzer", D, "12")]),
    # -- "to" / "from" + -ing after its verb: the verb's stage and polarity ------------------
    ("The US has committed to sending a Patriot system to Poland.",
     [("United States", "Poland", "Patriot", P, None)]),
    ("Peru is committed to supplying rifles to Chile.", [("Peru", "Chile", "rifle", P, None)]),
    ("Spain refrained from selling tanks to Peru.", [("Spain", "Peru", "tank", "negated", None)]),
    ("Berlin barred Warsaw from sending Leopard tanks to Kyiv.",
     [("Poland", "Ukraine", "Leopard", "negated", None)]),
    # -- a side the lexicon does not know: a public body's name, a unit of a named force -----
    ("The Kano State Government gave the Nigerian Army ten armoured vehicles.",
     [("Kano State Government", "Nigeria", "armoured vehicle", D, "ten")]),
    ("Spain sent rifles to the 3rd Battalion of the Peruvian army.",
     [("Spain", "Peru", "rifle", D, None)]),
    # -- a purpose clause before the main clause ("To help it ..., X gave ...") --------------
    ("To help it guard its coast, Japan gave the Philippines six patrol boats.",
     [("Japan", "Philippines", "patrol boat", D, "six")]),
    ("To strengthen its operations, the Lagos State Government handed over 12 armoured "
     "vehicles to the police.", [("Lagos State Government", "-", "armoured vehicle", D, "12")]),
    # -- "and other equipment" is the rest of a list, not an item of its own ----------------
    ("Chile sent rifles, mortars and other military supplies to Bolivia.",
     [("Chile", "Bolivia", "rifle", D, None), ("Chile", "Bolivia", "mortar", D, None)]),
    ("Spain announced a military aid package for Peru, including drones and other equipment.",
     [("Spain", "Peru", "drone", P, None)]),
    ("Chile sent other military supplies to Bolivia.",
     [("Chile", "Bolivia", "military", D, None)]),
    # -- a platform a force receives is military equipment; "joined" a force is arrival ------
    ("China has handed over two ships to the Pakistan Navy.",
     [("China", "Pakistan", "ships", D, "two")]),
    ("Japan donated ten trucks to the Kenyan army.", [("Japan", "Kenya", "trucks", D, "ten")]),
    ("Spain sold three ships to Peru.", []),  # a ship sold to a country may be a ferry
    ("Leopard tanks from Spain have joined the Peruvian army.",
     [("Spain", "Peru", "tank", D, None)]),
    ("Six Turkish-built corvettes joined the Pakistani navy last year.",
     [("Turkey", "Pakistan", "corvette", D, "Six")]),
    ("Poland joined NATO in 1999.", []),
    ("The new frigates will join the Peruvian navy's fleet in 2027.", []),
    # -- only a giver withholds or delays its own shipment: it is the supplier, negated -------
    ("Spain decided to withhold a shipment of rifles to Peru.",
     [("Spain", "Peru", "rifle", "negated", None)]),
    ("Germany has delayed the delivery of Leopard tanks to Ukraine.",
     [("Germany", "Ukraine", "Leopard", "negated", None)]),
    ("The White House announced a decision to withhold a shipment of 900 bombs.",
     [("White House", "-", "bomb", "negated", "900")]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_aid_sentence(text, expected):
    assert check(text, expected) == []
