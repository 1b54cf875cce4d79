"""Tests for analysis.money.explicit: words that say outright which total a sum is a part
of ("of that", "of the funding", "is composed of", "brings the total to").

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from analysis.money.allocations import find_allocations

B = 1_000_000_000
M = 1_000_000
CR = 10_000_000


def splits_of(text):
    """(total value, [part values]) for every split, in text order."""
    return [(a.total.value, [p.amount.value for p in a.parts]) for a in find_allocations(text)]


OF_REFERENCES = [
    # "of that" right after the part, in the total's sentence
    ("The fund holds $2 billion, and $400 million of that came from old programmes.",
     [(2 * B, [400 * M])]),
    # "of the funding", a paragraph away, and the list that goes on from it
    ("Donors pledged $900 million on Monday.\n\nThe agency said $300 million of the funding "
     "will go to Ruritania, $250 million to Borduria and about $100 million for Sylvania.",
     [(900 * M, [300 * M, 250 * M, 100 * M])]),
    # "of the nearly $Y": the whole is the sum named, after the part
    ("Private donors gave $50 million of the nearly $400 million raised for the flood.",
     [(400 * M, [50 * M])]),
    # "of the plan" passes over the running total in between
    ("The city approved a $30 million plan. The plan brings the total spent on parks since "
     "2020 to $90 million. About $12 million of the plan will go to playgrounds.",
     [(30 * M, [12 * M]), (90 * M, [30 * M])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", OF_REFERENCES)
def test_of_references(text, expected):
    assert splits_of(text) == expected


def test_of_reference_keeps_the_purpose_after_its_verb():
    text = (
        "Lawmakers passed a $70 billion bill that includes $40 billion for Ruritania.\n\n"
        "About $15 billion of the money for Ruritania would be used to buy new tanks."
    )
    bill, nested = find_allocations(text)
    assert (bill.total.value, [p.amount.value for p in bill.parts]) == (70 * B, [40 * B])
    assert nested.total.value == 40 * B
    assert [(p.recipient_text, p.amount.value) for p in nested.parts] == [("buy new tanks", 15 * B)]


COMPOSITIONS = [
    # "is composed of" in the next paragraph, three parts that add up
    ("The ministry's budget for next year is $80 billion.\n\nThe budget is composed of "
     "$50 billion for salaries, $20 billion for equipment and $10 billion for research.",
     [(80 * B, [50 * B, 20 * B, 10 * B])]),
    # "consists of" with a whole of its own among the parts
    ("Officials presented a request for €12 billion on Monday. The request consists of a "
     "€9 billion base budget and €3 billion for operations abroad.",
     [(12 * B, [9 * B, 3 * B])]),
    # "is divided into", the parts in the sentence after it
    ("The health budget stands at Rs 5,000 crore.\n\nThe budget is divided into two parts. "
     "Salaries take Rs 3,200 crore, while equipment gets Rs 1,800 crore.",
     [(5_000 * CR, [3_200 * CR, 1_800 * CR])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", COMPOSITIONS)
def test_compositions(text, expected):
    assert splits_of(text) == expected


def test_composition_that_does_not_add_up_links_nothing_silently():
    text = ("The council has a $5 million fund.\n\nThe new stadium is composed of $4 million in "
            "steel and $3 million in labour.")  # fmt: skip
    assert all(not (a.total.value == 5 * M and not a.remainder.overspent)
               for a in find_allocations(text))  # fmt: skip


RUNNING_TOTALS = [
    # a later sentence whose subject names the new sum only by its words
    ("The bloc approved €2 billion for ammunition on Friday. The new funding brings the total "
     "given to the army to €5.6 billion.",
     [(5.6 * B, [2 * B])]),
    # in one sentence, the sum right before the words, whatever it is for
    ("Parliament is committing €2bn to this purpose, bringing the total support to €5.6bn.",
     [(5.6 * B, [2 * B])]),
    # "expected to bring": the sum of the sentence before, not the parts it was split into
    ("The ministry asked for $600 billion. It consists of a $500 billion base budget and "
     "$100 billion for operations. Energy programmes are expected to bring the total request "
     "to $650 billion.",
     [(600 * B, [500 * B, 100 * B]), (650 * B, [600 * B])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", RUNNING_TOTALS)
def test_running_totals(text, expected):
    assert splits_of(text) == expected


def test_a_change_is_neither_total_nor_part():
    text = ("The ministry asked for $718 billion, an increase of $33 billion over last year.\n\n"
            "The request is composed of a $600 billion base budget and $118 billion for "
            "operations.")  # fmt: skip
    assert splits_of(text) == [(718 * B, [600 * B, 118 * B])]


def test_a_total_of_no_kind_holds_parts_of_any_kind():
    text = ("Senators unveiled a $100 billion foreign aid package on Sunday.\n\n"
            "The package will provide $60 billion in military aid to Ruritania and $15 billion "
            "to Borduria.")  # fmt: skip
    assert splits_of(text) == [(100 * B, [60 * B, 15 * B])]


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
]  # fmt: skip


@pytest.mark.parametrize("text, expected", ANNOUNCED_LISTS)
def test_announced_lists(text, expected):
    assert splits_of(text) == expected


def test_announced_list_that_does_not_add_up_is_not_linked_by_the_announcement():
    text = ("The $20 million fund was launched. Here is how it splits:\n\n"
            "- $5 million for clinics\n\n- $3 million for wells")  # fmt: skip
    cues = [e[0] for a in find_allocations(text) for e in a.evidence]
    assert "announced_list" not in cues


WORDS_THAT_BAR_ONE_SUM = [
    # "excluding pensions" leaves pensions out of the $300bn, not the $300bn out of the total
    ("$300 billion has been earmarked for defence excluding pensions. For pensions, an amount "
     "of $100 billion has been provided. Taking "
     "both into account, the allocation for defence comes to $400 billion.",
     [(400 * B, [300 * B, 100 * B])]),
    # "not including $1 billion in loans": only the $1bn is barred
    ("The $5 billion package, not including $1 billion in loans, provides $3 billion for roads "
     "and $2 billion for rail.",
     [(5 * B, [3 * B, 2 * B])]),
    # last year's figures ("as against", "from the previous year's") are baselines, no parts
    ("The budget for this year is $105 billion.\n\nThe budget is divided into two parts. "
     "Revenue spending was raised to $57 billion as against the revised $54 billion last year, "
     "while capital spending increased to $48 billion from the previous year's revised "
     "estimate of $37 billion.",
     [(105 * B, [57 * B, 48 * B])]),
    # a sentence opening with "Out of" and a bare sum names the total
    ("Out of Rs 3,100 crore set aside this year, Rs 2,000 crore is for ventilators and "
     "Rs 1,100 crore is for vaccines.",
     [(3_100 * CR, [2_000 * CR, 1_100 * CR])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", WORDS_THAT_BAR_ONE_SUM)
def test_words_that_bar_one_sum(text, expected):
    assert splits_of(text) == expected


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
    cues = [e[0] for a in find_allocations(text) for e in a.evidence]
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


def test_an_aside_pauses_a_topic_but_the_list_goes_on():
    text = (
        "The Executive has today agreed funding allocations of £90 million which will see "
        "money for the arts, small firms and councils.\n\n"
        'Announcing it, the minister said: "The funding we have will make a difference.\n\n'
        '"I am pleased to announce £20m for the arts. That comes on top of the £3m given in '
        "May, which means a total of £23m for the sector.\n\n"
        '"Over £20m is being provided for small firms.\n\n'
        '"£30m is being allocated to local councils.'
    )
    # the aside adds the £20m to an earlier £3m; the day's list goes on after it
    assert splits_of(text) == [(90 * M, [20 * M, 20 * M, 30 * M]), (23 * M, [20 * M, 3 * M])]


def test_a_sum_set_in_an_earlier_period_is_no_part():
    text = ("The government allocated $337 billion for the defence budget next year.\n\n"
            "Last year, $318 billion had been earmarked for the forces.")  # fmt: skip
    assert all(318 * B not in parts for _, parts in splits_of(text))


def test_a_sum_in_brackets_per_year_is_an_instalment_not_a_part():
    text = ("The deal includes an extra £600 million. This breaks down as follows: £400 million "
            "for roads (£200 million per year for two years). £200 million for hospitals "
            "(£100 million per year for two years).")  # fmt: skip
    assert splits_of(text) == [(600 * M, [400 * M, 200 * M])]


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


def test_a_whole_of_its_own_right_after_the_first_part_is_the_next_item():
    text = (
        "The budget raised defence spending to Rs 337 crore this year.\n\n"
        "Out of the total allocation, Rs 113 crore has been set aside for capital outlay. "
        "Revenue expenditure which includes salaries has been pegged at Rs 209 crore."
    )
    assert splits_of(text) == [(337 * CR, [113 * CR, 209 * CR])]


def test_an_increase_splits_the_new_sum_into_the_old_one_and_the_increase():
    text = ("The ministry will raise its grant for flood relief from $200 million to $500 "
            "million. The additional $300 million will go to rebuilding homes.")  # fmt: skip
    assert splits_of(text) == [(500 * M, [200 * M, 300 * M])]


def test_a_change_with_no_increase_named_is_no_split():
    text = "Spending rose from $200 million to $500 million last year."
    assert splits_of(text) == []


def test_a_whole_named_by_two_joined_modifiers():
    text = ("Senators proposed a $90 billion border security and foreign aid package.\n\n"
            "If passed, the package will provide $50 billion in military aid to Ruritania and "
            "$20 billion in security assistance to Borduria.")  # fmt: skip
    assert (90 * B, [50 * B, 20 * B]) in splits_of(text)


def test_an_extra_sum_makes_up_the_difference_to_a_larger_cost():
    text = (
        "A €40m (£34m) fee was agreed, but the club may end up paying €55m.\n\n"
        "The buyers would have to find an extra €15m if the striker wins the league."
    )
    assert splits_of(text) == [(55 * M, [40 * M, 15 * M])]


def test_as_part_of_the_total_names_the_whole_after_it():
    text = (
        "Ruritania will have given a total of $150 million in relief.\n\n"
        "Its minister announced an additional $60 million as part of the total $150 million."
    )
    assert (150 * M, [60 * M]) in splits_of(text)


OPENERS = [
    # "Of X," opens the sentence; "of which" nests a part in the part before it
    ("Of Rs 500 crore, Rs 300 crore was donated by state firms, of which at least Rs 40 crore "
     "came from salaries.",
     [(500 * CR, [300 * CR]), (300 * CR, [40 * CR])]),
    # in a quote, "Out of X, a sum of ... Y ..., Z ... and W ..."
    ('"Out of Rs 900 crore, a sum of approximately Rs 600 crore will be earmarked for '
     'ventilators, Rs 200 crore will be used for migrants and Rs 100 crores will be given to '
     'vaccine research," the office said.',
     [(900 * CR, [600 * CR, 200 * CR, 100 * CR])]),
    # "One is a £200m deal ..." after "two contracts worth more than £5bn"
    ("The ministry signed two contracts worth more than £5bn on Monday.\n\nOne is a £200m deal "
     "with a shipyard for frigate repairs. The second deal, with a missile maker, is expected "
     "to be worth up to £3bn.",
     [(5 * B, [200 * M, 3 * B])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", OPENERS)
def test_openers_and_first_items(text, expected):
    assert splits_of(text) == expected


TRANCHES = [
    ("The navy ordered ships worth $8 billion. The first tranche of $2 billion will be paid "
     "this year.",
     [(8 * B, [2 * B])]),
    ("The programme is expected to be worth up to £4bn. The first £330m tranche of the deal is "
     "for new capabilities.",
     [(4 * B, [330 * M])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", TRANCHES)
def test_tranches(text, expected):
    assert splits_of(text) == expected


def test_a_first_time_is_no_tranche():
    text = "The fund holds $8 billion. For the first time, $2 billion went to schools abroad."
    cues = [e[0] for a in find_allocations(text) for e in a.evidence]
    assert "tranche" not in cues


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


AMONG_OPENERS = [
    ("The charity raised $90 million last year. Among them, $30 million came from private "
     "donors and $20 million from companies.",
     [(90 * M, [30 * M, 20 * M])]),
    ("Parliament approved 14 projects worth €600 million. Among these, a €250 million radar "
     "network and a €100 million depot were the largest.",
     [(600 * M, [250 * M, 100 * M])]),
    ("The foundation gave out 4.5 million yuan in grants in 2023.\n\nAmong them, 2 million "
     "yuan went to rural schools, while 1.2 million yuan supported clinics.",
     [(4_500_000, [2 * M, 1_200_000])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", AMONG_OPENERS)
def test_among_them_opens_a_sentence_of_parts(text, expected):
    assert splits_of(text) == expected


FURTHER_PARTS = [
    ("The army received £500m in 2025, of which £200m went to housing.\n\nAnother £120m "
     "paid for new barracks.",
     [(500 * M, [200 * M, 120 * M])]),
    ("The city borrowed €300m, of which €100m was spent on roads. A further €90m went to "
     "schools.",
     [(300 * M, [100 * M, 90 * M])]),
    ("Donors gave $80 million, of which $50 million came from governments. An additional "
     "$12 million came from private firms.",
     [(80 * M, [50 * M, 12 * M])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", FURTHER_PARTS)
def test_further_parts_after_of_which(text, expected):
    assert splits_of(text) == expected


def test_further_part_larger_than_what_is_left_stays_out():
    text = (
        "The city borrowed €300m, of which €100m was spent on roads. A further €250m went to "
        "schools."
    )
    assert splits_of(text) == [(300 * M, [100 * M])]
