"""Tests for analysis.money.lists: the items of an announced list ("Officials gave this
breakdown:", "won two contracts:") and the sums members of a group state for themselves.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from analysis.money.allocations import find_allocations
from tests.money.helpers import CR, B, M, cues_of, splits_of

ANNOUNCED_LISTS = [
    # bulleted lines under a colon that names no sum; the total is in the lede
    ("The $50 million plan passed on Monday. Officials gave this breakdown:\n\n"
     "- $30 million for roads\n\n- $15 million for schools\n\n- $5 million for parks",
     [(50 * M, [30 * M, 15 * M, 5 * M])]),
    # sentences, not bullets; "This includes ..." goes on about the item before it
    ("A $12 billion relief bill passed.\n\nThe spending is broken down as follows.\n\n"
     "Farmers get $7 billion. This includes $2 billion for seed loans.\n\n"
     "Small firms receive $5 billion.",
     [(12 * B, [7 * B, 5 * B]), (7 * B, [2 * B])]),
    # "The funds go to ...:" refers back to the whole; labelled lines that do not use it all
    ("The council approved a $500 million relief package on Monday. The funds go to the "
     "following sectors:\n\n- Health: $200 million\n- Schools: $150 million\n"
     "- Roads and bridges: $100 million",
     [(500 * M, [200 * M, 150 * M, 100 * M])]),
    # unbulleted lines with a label; the list ends at the first sentence that is no line
    ("A 90 million euro grant was signed.\n\nIt covers:\n\nPorts: 40 million euros\n\n"
     "Rail: 30 million euros\n\nThe minister said a further 45 million euros may follow "
     "next year for airports and ferries, once the audit is done.",
     [(90 * M, [40 * M, 30 * M])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", ANNOUNCED_LISTS)
def test_announced_lists(text, expected):
    assert splits_of(text) == expected


def test_labelled_lines_that_exceed_the_total_are_not_its_parts():
    text = ("The council approved a $300 million package. The funds go to:\n\n"
            "- Health: $200 million\n- Schools: $150 million")  # fmt: skip
    assert splits_of(text) == []


def test_a_labelled_line_names_its_part():
    text = ("The council approved a $500 million package. The funds go to:\n\n"
            "- Health: $200 million\n- Schools: $150 million")  # fmt: skip
    (allocation,) = find_allocations(text)
    assert [p.recipient_text for p in allocation.parts] == ["Health", "Schools"]


def test_announced_list_that_does_not_add_up_is_not_linked_by_the_announcement():
    text = ("The $20 million fund was launched. Here is how it splits:\n\n"
            "- $5 million for clinics\n\n- $3 million for wells")  # fmt: skip
    cues = cues_of(text)
    assert "announced_list" not in cues


MEMBERS = [
    # donors' total, then what some donors pledged, paragraphs later, in other verbs
    ("Donors pledged $900 million for the region on Tuesday.\n\nThe conference was the third "
     "this year.\n\nRuritania pledged $400 million towards food security, while Borduria "
     "stumped up $50 million.",
     [(900 * M, [400 * M, 50 * M])]),
    # deals signed by a government, then each service's contracts
    ("The government has inked deals worth at least Rs 500 crore this year.\n\nThe air force "
     "has concluded ten contracts worth Rs 300 crore. On the other hand, the navy signed four "
     "contracts worth Rs 120 crore.",
     [(500 * CR, [300 * CR, 120 * CR])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", MEMBERS)
def test_members_of_a_group(text, expected):
    assert splits_of(text) == expected


def test_members_that_exceed_the_total_are_not_linked():
    text = ("Donors pledged $100 million on Monday.\n\nRuritania pledged $80 million and Borduria "
            "promised $60 million.")  # fmt: skip
    cues = cues_of(text)
    assert "members" not in cues


def test_a_members_sum_split_again_stays_with_its_own_parts():
    text = ("Donors pledged about $3 billion at the conference.\n\nOne of the largest offers came "
            "from Ruritania, which raised its pledge to $510 million. The Ruritanian offer "
            "includes $300 million in cash and $210 million in relief goods.")  # fmt: skip
    splits = splits_of(text)
    assert (510 * M, [300 * M, 210 * M]) in splits
    assert all(total != 3 * B or 300 * M not in parts for total, parts in splits)


def test_while_with_a_count_sets_two_sums_side_by_side():
    text = ("Officials said 119 contracts worth $16 billion went to local firms while 68 deals "
            "worth $7 billion went to foreign ones.")  # fmt: skip
    assert all(a.total.value != 16 * B for a in find_allocations(text))


def test_verbless_list_lines_stay_items_of_their_list():
    text = ("The pact brings £1 billion. This breaks down as follows: £500 million for roads. "
            "£300 million for health care. £100 million for schools. £100 million for "
            "mental health services.")  # fmt: skip
    assert splits_of(text) == [(1 * B, [500 * M, 300 * M, 100 * M, 100 * M])]


def test_other_items_join_the_total_being_itemised():
    text = (
        "The board agreed allocations of £60 million for the city today.\n\n"
        '"We are providing £20m for parks.\n\n'
        '"£15m is being allocated to transport.\n\n'
        "Other allocations include:\n\n"
        "£10m Street Lighting\n\n"
        "£5m for libraries\n\n"
        "The board meets again in May."
    )
    ((total, parts),) = [
        (a.total.value, [(p.recipient_text, p.amount.value) for p in a.parts])
        for a in find_allocations(text)
    ]
    assert total == 60 * M
    assert parts == [("parks", 20 * M), ("transport", 15 * M), ("Street Lighting", 10 * M),
                     ("libraries", 5 * M)]  # fmt: skip


COUNTED_LISTS = [
    # "won two contracts:" and two bulleted sums that leave part of the total over
    ("The navy handed out contracts worth $900 million on Friday. The shipyard won two "
     "contracts:\n\n• A $300 million deal to build four patrol boats.\n• A $120 million "
     "deal to refit two frigates.",
     [(900 * M, [300 * M, 120 * M])]),
    ("The ministry received €75 million from the fund. The money pays for three things:\n\n"
     "- €40 million for new radars;\n- €15 million for training;\n- €10 million for spare parts.",
     [(75 * M, [40 * M, 15 * M, 10 * M])]),
    ("Lawmakers approved £2 billion for the army this year. The plan funds four programmes:"
     "\n\n* £600 million for tanks\n* £400 million for drones\n* £300 million for housing\n"
     "* £100 million for training",
     [(2 * B, [600 * M, 400 * M, 300 * M, 100 * M])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", COUNTED_LISTS)
def test_counted_lists_under_an_announcement(text, expected):
    assert splits_of(text) == expected


def test_counted_list_with_another_count_is_no_split():
    text = (
        "The ministry received €75 million from the fund. The money pays for four things:\n\n"
        "- €40 million for new radars;\n- €15 million for training;\n- €10 million for parts."
    )
    assert splits_of(text) == []


FAR_COUNTED = (
    "The ministry awarded six contracts on Monday, worth $400 million in all. The largest "
    "went to a shipyard.\n\n"
    "The yard's award, a $150 million contract for hull repairs, will fund:\n\n"
    "- new docks\n\n- two cranes\n\n- training for 40 welders\n\n"
    "Work should end in 2027.\n\n"
    "For its part, an engine maker won two contracts:\n\n"
    "- A $60 million contract for spare parts.\n\n"
    "- A $25 million contract to upgrade four patrol boats."
)


def test_a_counted_list_far_below_takes_the_total_of_its_noun():
    # "won two contracts:" names the wholes the lede's "six contracts ... $400 million" counts
    ((total, parts),) = splits_of(FAR_COUNTED)
    assert total == 400 * M
    assert {60 * M, 25 * M} <= set(parts)  # the yard's $150 million: other words decide
    assert "announced_list" in cues_of(FAR_COUNTED)


def test_a_counted_list_of_another_noun_is_no_part_of_that_total():
    text = FAR_COUNTED.replace("won two contracts:", "won two grants:")
    assert "announced_list" not in cues_of(text)


def test_a_counted_list_that_would_overspend_the_total_is_not_linked():
    text = FAR_COUNTED.replace("$60 million contract", "$390 million contract")
    assert "announced_list" not in cues_of(text)


def test_the_sentences_of_a_bulleted_item_break_that_item_down():
    # "with an additional $1 billion" is the sibling of the $2.5 billion, not its part
    text = ("The $9 billion harbour bill passed on Friday.\n\nThe broad spending breakdown:\n\n"
            "— About $5 billion for new docks and cranes.\n\n— About $4 billion for rail links "
            "to the harbour. More than $2.5 billion would go toward freight lines, with an "
            "additional $1 billion to renew signals.")  # fmt: skip
    assert splits_of(text) == [(9 * B, [5 * B, 4 * B]), (4 * B, [2.5 * B, 1 * B])]


def test_sums_of_an_item_that_exceed_it_are_not_its_breakdown():
    text = ("The $9 billion harbour bill passed on Friday.\n\nThe broad spending breakdown:\n\n"
            "— About $5 billion for new docks and cranes.\n\n— About $4 billion for rail links. "
            "Freight firms earned $3 billion last year and $2.5 billion the year before."
            )  # fmt: skip
    assert splits_of(text) == [(9 * B, [5 * B, 4 * B])]


LIST_FORMATS = [
    # numbered lines under a colon that states the total ("1." is split off as a sentence)
    "The £600 million grant is allocated as follows:\n\n1. Ports: £250 million\n"
    "2. Canals: £200 million\n3. Locks: £100 million",
    # the reference to the whole is inside the announcement, not at its start
    "The board approved a £600 million grant. Officials said the money would be split as "
    "follows:\n\nPorts: £250 million\nCanals: £200 million\nLocks: £100 million",
    # lines that start with their sum and name it after a dash
    "The board approved a £600 million grant. Here is where the money goes:\n\n"
    "£250 million – ports\n£200 million – canals\n£100 million – locks",
]


@pytest.mark.parametrize("text", LIST_FORMATS)
def test_list_formats(text):
    (allocation,) = find_allocations(text)
    assert allocation.total.value == 600 * M
    assert [(p.recipient_text.lower(), p.amount.value) for p in allocation.parts] == [
        ("ports", 250 * M), ("canals", 200 * M), ("locks", 100 * M),
    ]  # fmt: skip
    assert allocation.remainder.value == 50 * M


MORE_LIST_FORMATS = [
    # lines with a verb, under a colon that states the total
    "The £600 million package includes:\n\n- Ports will get £250 million.\n"
    "- Canals will receive £200 million.\n- Locks get £100 million.",
    # a line with a sub-part of its own: the item is its first sum
    "The £600 million package includes:\n\n- £250 million for ports, including £50 million "
    "for dredging;\n- £200 million for canals;\n- £100 million for locks.",
    # the sum in brackets after its label
    "The board approved a £600 million package. The main items are:\n\n- ports (£250 million)"
    "\n- canals (£200 million)\n- locks (£100 million)",
    # "Key allocations:" names what follows as the parts
    "The board approved a £600 million package. Key allocations:\n\nPorts - £250 million\n"
    "Canals - £200 million\nLocks - £100 million",
]


@pytest.mark.parametrize("text", MORE_LIST_FORMATS)
def test_more_list_formats(text):
    allocation = max(find_allocations(text), key=lambda a: a.total.value)
    assert allocation.total.value == 600 * M
    assert [(p.recipient_text.lower(), p.amount.value) for p in allocation.parts] == [
        ("ports", 250 * M), ("canals", 200 * M), ("locks", 100 * M),
    ]  # fmt: skip


def test_bulleted_items_of_equal_value_are_two_items():
    # two lines of $0.4 billion each: both count, and the five add up to the total
    text = (
        "The agency asks for 7 new vessels ($6.2 billion) and a refit ($300 million).\n\n"
        "The seven new vessels are:\n\n"
        "  • 2 Patrol Cutters ($2.5 billion)\n"
        "  • 2 Icebreakers ($2.1 billion)\n"
        "  • 1 Survey Ship ($0.8 billion)\n"
        "  • 1 Harbour Tug ($0.4 billion)\n"
        "  • 1 Buoy Tender ($0.4 billion)\n"
    )
    B = 1_000_000_000
    assert (6.2 * B, [2.5 * B, 2.1 * B, 0.8 * B, 0.4 * B, 0.4 * B]) in splits_of(text)


def test_breakdown_announces_bulleted_items_that_fit():
    # "breakdown:" names the list as the total's parts; each item goes on with its own
    # sentences, and the items need not use the whole total
    text = (
        "A look at the $80 billion spending plan passed on Friday.\n\n"
        "The overall breakdown:\n\n"
        "—about $50 billion for highways and bridges. About $12 billion of that would go "
        "to rural roads.\n\n"
        "—about $20 billion for rail. More than $5 billion of the total would go to freight."
    )
    B = 1_000_000_000
    assert (80 * B, [50 * B, 20 * B]) in splits_of(text)
