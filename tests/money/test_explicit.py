"""Tests for analysis.money.explicit: words that say outright which total a sum is a part
of ("of that", "of the funding", "is composed of", "brings the total to").

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import pytest

from analysis.money.allocations import find_allocations
from tests.money.helpers import CR, B, M, splits_of

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


def test_a_composition_keeps_every_item_its_sentence_lists_despite_a_printed_slip():
    # the four items add up to Rs 1,003 billion of a Rs 1,000 billion total (a printed
    # figure's slip); three of them add up exactly, but the words name all four
    text = ("Parliament approved a defence budget of Rs 1,000 billion.\n\nThe budget is "
            "divided into categories: offices (Rs 3 billion), pay (Rs 500 billion), fuel (Rs "
            "200 billion) and arms (Rs 300 billion).")  # fmt: skip
    (split,) = find_allocations(text)
    assert [p.amount.value for p in split.parts] == [3 * B, 500 * B, 200 * B, 300 * B]
    assert "composition" in [e[0] for e in split.evidence]
