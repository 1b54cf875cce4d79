"""Tests for analysis.money.rest and the reach of back-references: "the rest goes to",
"the remaining third for", continuations past sentences with no sum, shares of "that
money", and amounts written with a spaced scale letter or a spoken decimal.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from analysis.money.allocations import find_allocations
from analysis.money.amounts import find_amounts
from tests.money.helpers import B, M, splits_of


def _parts(text: str) -> list[tuple[str, float, bool]]:
    return [(p.recipient, p.amount.value, p.computed) for a in find_allocations(text)
            for p in a.parts]  # fmt: skip


def test_the_rest_is_what_the_parts_leave():
    text = ("Norland unveiled a $900 million aid package for Vesta. The package includes "
            "$300 million for artillery shells. The minister spoke in the capital. The rest "
            "goes to air defence.")  # fmt: skip
    assert _parts(text) == [("artillery shells", 300 * M, False), ("air defence", 600 * M, True)]
    assert find_allocations(text)[0].remainder.value == 0


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The bank approved a $600 million loan for Vesta.\n\nAn immediate disbursement of "
         "$150 million will follow, the rest in three equal instalments.",
         "three equal instalments"),
        ("The fund agreed a €90 million credit line for Norland. It includes a first payment of "
         "€30 million, with the balance to be disbursed over two years.", "two years"),
    ],
)  # fmt: skip
def test_the_rest_paid_in_instalments_is_a_computed_part(text, when):
    ((total, parts),) = splits_of(text)
    first, rest = parts
    assert rest == total - first
    assert _parts(text)[-1][1:] == (total - first, True)
    assert _parts(text)[-1][0] == when


def test_the_rest_of_a_month_is_no_instalment():
    text = ("Norland pledged $900 million in aid for Vesta. The pledge includes $300 million "
            "for shells. The rest in May, officials said.")  # fmt: skip
    assert [c for _, _, c in _parts(text)] == [False]


def test_the_remaining_share_is_of_the_total():
    text = ("Osterland approved a $600 million fund for coastal towns. A third of the money "
            "will pay for sea walls and the remaining two thirds for housing.")  # fmt: skip
    assert _parts(text) == [("sea walls", 200 * M, True), ("housing", 400 * M, True)]


def test_the_rest_in_the_sentence_of_its_total():
    text = ("Norland pledged $900 million to Vesta, with $500 million for tanks and the rest "
            "for training.")  # fmt: skip
    assert _parts(text) == [("tanks", 500 * M, False), ("training", 400 * M, True)]


@pytest.mark.parametrize(
    "text",
    [
        # "the rest of the world" is no money
        "Norland unveiled a $900 million aid package. The package includes $300 million for "
        "shells. The rest of the world watched.",
        # nothing was listed before: the rest of what is unknown
        "Norland unveiled a $900 million aid package. The rest goes to air defence.",
    ],
)
def test_no_rest_without_a_listed_part(text):
    assert all(not p.computed for a in find_allocations(text) for p in a.parts)


def test_another_sum_reaches_past_sentences_with_no_sum():
    text = ("Norland announced a $900 million aid package for Vesta on Monday. The package "
            "includes $300 million for artillery shells. The minister spoke in the capital. "
            "Officials said deliveries would start soon. Another $150 million will pay for "
            "radar repairs.")  # fmt: skip
    assert splits_of(text) == [(900 * M, [300 * M, 150 * M])]


def test_another_sum_does_not_reach_past_another_total():
    text = ("Norland announced a $900 million aid package for Vesta on Monday. The package "
            "includes $300 million for artillery shells. Vesta spent $2 billion on defence "
            "last year. Officials said deliveries would start soon. Another $150 million will "
            "pay for radar repairs.")  # fmt: skip
    assert splits_of(text) == [(900 * M, [300 * M])]


def test_it_also_includes_reaches_past_sentences_with_no_sum():
    text = ("Norland announced a $900 million aid package for Vesta on Monday. The package "
            "includes $300 million for artillery shells. The minister spoke in the capital. "
            "Officials said deliveries would start soon. It also includes $150 million for "
            "radar repairs.")  # fmt: skip
    assert splits_of(text) == [(900 * M, [300 * M, 150 * M])]


def test_of_that_money_names_the_whole_past_a_sum_on_top():
    text = ("The cabinet signed off on a 70 billion euro investment package for the decade.\n\n"
            "A further 40 billion is planned for the decade after.\n\n"
            "18 billion of that money will be put into rail.")  # fmt: skip
    assert splits_of(text) == [(70 * B, [18 * B])]
    assert _parts(text)[0][0] == "rail"


def test_a_quantity_of_it_with_the_sum_in_apposition():
    text = ("Osterland approved a $600 million fund for coastal towns. The bulk of it, $450 "
            "million, goes to sea walls.")  # fmt: skip
    assert splits_of(text) == [(600 * M, [450 * M])]


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("The council set aside a $12 M grant for schools. Roughly half of that share will pay "
         "for roofs.", 6 * M, "approx"),
        ("The council set aside a $12 M grant for schools. More than half of it funds new "
         "roofs.", 6 * M, "at_least"),
    ],
)  # fmt: skip
def test_a_share_of_that_is_computed_with_its_bound(text, value, qualifier):
    [allocation] = find_allocations(text)
    [part] = allocation.parts
    assert (part.amount.value, part.amount.qualifier, part.computed) == (value, qualifier, True)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The deal is worth $78.6 M in total.", [("$78.6 M", 78.6 * M)]),
        ("a £4.2 m grant", [("£4.2 m", 4.2 * M)]),
        ("a US$1.2 B contract.", [("US$1.2 B", 1.2 * B)]),
        ("the $300 K programme", [("$300 K", 300_000)]),
        ("They will have 1 point 5 billion euro for tax cuts.",
         [("1 point 5 billion euro", 1.5 * B)]),
        # a letter that starts a name or a length is no scale
        ("We need $3 B-52 parts", [("$3", 3)]),
        ("$5 M1 tanks", [("$5", 5)]),
        ("a 120 m bridge", []),
        ("The 1 point 5 score", []),
    ],
)  # fmt: skip
def test_spaced_scale_letters_and_spoken_decimals(text, found):
    assert [(a.text, a.value) for a in find_amounts(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The fund holds €5 billion. Another 2 billion is expected next year.",
         ["€5 billion", "2 billion"]),
        ("The war displaced 2 million people. A further 3 million fled.", []),
        ("The plan costs 112 billion euro. Another 2 million people left.",
         ["112 billion euro"]),
    ],
)  # fmt: skip
def test_a_further_bare_sum_after_money_is_money(text, found):
    assert [a.text for a in find_amounts(text)] == found


def test_the_allocation_names_the_sum_its_verb_allocated():
    # "the allocation" is the $40bn the package allocates, not the package
    text = ("Parliament passed a $120 billion spending package on Friday. The package "
            "allocates $40 billion for the coast guard. Specifically, the allocation will see "
            "$25 billion go to new cutters and $10 billion for crew training.")  # fmt: skip
    assert splits_of(text) == [(120 * B, [40 * B]), (40 * B, [25 * B, 10 * B])]


def test_a_part_stated_again_in_other_words_is_one_part():
    # "$6.1bn for relief needs" and later "$6.2bn for relief purposes" are one sum
    text = ("Parliament passed a $120 billion spending package on Friday. The package "
            "allocates $30 billion for the islands, including $6.1 billion for relief needs. "
            "Specifically, the allocation will see $20 billion go to new harbours and $6.2 "
            "billion for relief purposes.")  # fmt: skip
    assert splits_of(text) == [(120 * B, [30 * B]), (30 * B, [20 * B, 6.2 * B])]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # the parts name purposes, not recipients: the purpose is kept as written
        ("Osterland set up a €2 billion defence fund on Tuesday. The fund is divided into "
         "three categories. The first, worth €1 billion, covers research. The second, €600 "
         "million, pays for training. The third category, €400 million, goes to equipment.",
         ["research", "training", "equipment"]),
        # a named owner's body is the recipient
        ("Norland announced a $900 million aid package for Vesta. Vesta's army will receive "
         "$500 million of it. The minister did not say when. The remaining $400 million goes "
         "to the border guard.",
         ["Vesta's army", "the border guard"]),
        # the sum set off in apposition: the verb after it says where it goes
        ("Norland announced a $900 million aid package for Vesta. Two-thirds of the package, "
         "or $600 million, will go to air defence.",
         ["air defence"]),
        ("Osterland approved a $600 million fund for coastal towns. The bulk of it, $450 "
         "million, goes to sea walls.",
         ["sea walls"]),
    ],
)  # fmt: skip
def test_a_part_names_its_actor_else_its_purpose(text, recipients):
    assert [p.recipient for a in find_allocations(text) for p in a.parts] == recipients


def test_a_parallel_part_after_an_of_that_part():
    text = ("The cabinet signed off on a 70 billion euro investment package for the decade.\n\n"
            "18 billion of that money will be put into rail.\n\n"
            "While 20 billion euro is being provided to 2030 for housing.")  # fmt: skip
    assert splits_of(text) == [(70 * B, [18 * B, 20 * B])]
    assert _parts(text)[1][0] == "housing"  # "to 2030" is a time, not who gets it


@pytest.mark.parametrize(
    "text",
    [
        # more than is left: no part
        "Norland announced a $900 million aid package. Of that, $300 million is for drones. "
        "$800 million is for training.",
        # another period's money, said after the sum
        "Norland announced a $900 million aid package. Of that, $300 million is for drones. "
        "Vesta spent $200 million on tanks last year.",
        "Norland announced a $900 million aid package. The package includes $300 million for "
        "drones. Vesta spent $200 million on tanks last year.",
    ],
)
def test_no_part_beside_when_it_overspends_or_is_another_period(text):
    assert splits_of(text) == [(900 * M, [300 * M])]


def test_an_additional_sum_that_completes_the_pledge():
    # two sentences with no sum between: the additional sum makes up the rest exactly
    text = ("Norland pledged $500 million to the Vestan government in March. Officials said "
            "about $300 million of the $500 million promised would be paid at once. The money "
            "will build clinics. It will also repair schools. An additional $200 million would "
            "be included in next year's budget.")  # fmt: skip
    assert [(t, sorted(p)) for t, p in splits_of(text)] == [(500 * M, [200 * M, 300 * M])]


def test_the_first_part_of_more_than_a_total_and_the_next():
    text = ("Norland signed an agreement allocating the first $700 million of more than $900 "
            "million in flood funds for Vesta.\n\nThe funds will rebuild roads.\n\nAn "
            "additional $250 million is expected to follow next month.")  # fmt: skip
    assert splits_of(text) == [(900 * M, [700 * M, 250 * M])]


def test_another_sum_from_another_giver_is_no_part():
    text = ("Norland pledged $500 million to Vesta, including $200 million for clinics. Another "
            "$300 million came from Osterland.")  # fmt: skip
    assert splits_of(text) == [(500 * M, [200 * M])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "That leaves $X for Y": what the parts before leave, stated
        ("Norland unveiled a $900 million aid package. The package includes $500 million for "
         "tanks. That leaves $400 million for training.",
         [("tanks", 500 * M), ("training", 400 * M)]),
        # a share of the whole with its sum set off by dashes
        ("Norland unveiled a $900 million aid package. Half the money — $450 million — will "
         "go to air defence.",
         [("air defence", 450 * M)]),
        # "gets the lion's share, $X": the getter is the recipient
        ("Norland unveiled a $900 million aid package. Vesta will get the lion's share, $600 "
         "million, for its army. The other $300 million goes to Osterland.",
         [("Vesta", 600 * M), ("Osterland", 300 * M)]),
        # "half the money" with no sum: computed from the total
        ("Norland unveiled a $900 million aid package. Half the money will go to air defence.",
         [("air defence", 450 * M)]),
    ],
)  # fmt: skip
def test_shares_and_what_is_left_stated_back(text, expected):
    assert [(p.recipient, p.amount.value) for a in find_allocations(text)
            for p in a.parts] == expected  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rs 1.5 lakh cr was set aside.", 1.5 * 10**12),
        ("It needs $4.5 trln.", 4.5 * 10**12),
    ],
)
def test_abbreviated_indian_and_trillion_scales(text, value):
    assert [a.value for a in find_amounts(text)] == [value]


def test_it_also_includes_reaches_the_whole_past_quiet_sentences():
    text = ("Norland announced a $900 million aid package for Vesta on Monday. The minister "
            "spoke in the capital. Officials said deliveries would start soon. Vesta thanked "
            "Norland. Critics said it was late.\n\nIt also includes $200 million for field "
            "hospitals.")  # fmt: skip
    assert splits_of(text) == [(900 * M, [200 * M])]


def test_a_speaker_is_not_what_a_part_is_for():
    text = ("Minister Halvorsen signed a deal allocating the first $700 million of more than "
            "$900 million in flood funds for Vesta.\n\nAn additional $250 million is expected "
            "to follow next month, Halvorsen said.")  # fmt: skip
    assert [p.recipient for a in find_allocations(text) for p in a.parts][1] == "(not stated)"


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # "divided into three categories": the sentences after it state the parts, each
        # known by its subject as written ("pilot training in Romania", not "Romania")
        ("Osterland set up a €2 billion defence fund, divided into three categories. The "
         "minister named them. Pilot training in Romania receives €600 million, and the Navy "
         "gets €400 million.",
         ["Pilot training in Romania", "the Navy"]),
        # the purpose before a bracketed sum in a list
        ("Osterland set up a €2 billion defence fund. The fund is divided into three "
         "categories: research (€1 billion), training (€600 million) and equipment (€400 "
         "million).",
         ["research", "training", "equipment"]),
        # a purpose after the sum wins over the subject ("A scheme ... will receive £2m for")
        ("A new package of council support totalling £5 million will help local parks.\n\n"
         "A scheme to replant Northvale woods will receive £2 million for new trees.",
         ["new trees"]),
    ],
)  # fmt: skip
def test_parts_of_categories_keep_their_purpose_as_written(text, recipients):
    assert [p.recipient for a in find_allocations(text) for p in a.parts] == recipients


def test_no_rest_of_a_list_when_another_total_came_between():
    text = ("Norland pledged $900 million to Vesta, including $300 million for tanks. Osterland "
            "pledged $500 million. The rest goes to training.")  # fmt: skip
    assert [(p.amount.value, p.computed) for a in find_allocations(text) for p in a.parts] == [
        (300 * M, False)
    ]


def test_the_purpose_of_a_part_of_a_named_sum():
    text = ("Norland pledged $500 million to Vesta. Officials said some $300 million of the "
            "$500 million promised to Vesta would be handed over at once for a “rapid repair "
            "programme.”")  # fmt: skip
    assert [p.recipient for a in find_allocations(text) for p in a.parts] == [
        "rapid repair programme"
    ]


def test_a_sum_with_the_rest_still_to_come_is_the_first_part_of_the_whole_before():
    text = (
        "The bank approved a loan facility worth about €420 million for Ardent. The decision "
        "releases €60 million now, with the rest available in eight instalments."
    )
    (allocation,) = find_allocations(text)
    assert (allocation.total.value, [p.amount.value for p in allocation.parts]) == (
        420_000_000,
        [60_000_000],
    )
    assert allocation.remainder.value == 360_000_000


def test_the_rest_of_the_year_is_no_rest_of_a_sum():
    text = (
        "The bank approved a loan facility worth €420 million for Ardent. Telmar's navy spent "
        "€60 million on fuel, while the rest of the region waited."
    )
    assert [a.total.value for a in find_allocations(text)] == []
