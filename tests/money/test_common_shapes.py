"""Tests of common ways news text states a split, each with a trap: the next sum "Another
€3bn is earmarked for ..." in a run of sums after a plan; the subject of "accounts for" /
"takes up" as what a share is for; "of which" after a running total of its own sentence;
"The first, for frigates, is worth ..." after several wholes.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

from tests.money.helpers import B, M, splits_of


def test_another_sum_goes_on_with_the_run_after_a_plan():
    text = ("The government unveiled a plan worth 12 billion euros. Some 5 billion euros will "
            "go to air defence. Another 3 billion euros is earmarked for drones.")  # fmt: skip
    assert splits_of(text) == [(12 * B, [5 * B, 3 * B])]


def test_another_sum_first_after_a_plan_is_on_top_of_it():
    # no part before it: "another" adds to the plan, it is no part of it
    text = ("The government unveiled a plan worth 12 billion euros. Another 3 billion euros "
            "is earmarked for drones.")  # fmt: skip
    assert splits_of(text) == []


def test_the_subjects_of_account_for_and_take_up_are_what_the_shares_are_for():
    text = ("The defence budget is set at 45 trillion won. Personnel costs account for 20 "
            "trillion won, while weapons procurement takes up 17 trillion won.")  # fmt: skip
    assert splits_of(text) == [(45_000 * B, [20_000 * B, 17_000 * B])]


def test_of_which_splits_a_running_total_of_its_own_sentence():
    text = "Donors have so far given $1.1 billion, of which $600 million came from the fund."
    assert splits_of(text) == [(1.1 * B, [600 * M])]


def test_a_running_total_still_takes_no_part_of_an_earlier_whole():
    # the $1.1bn given so far is no part of the $3bn appeal
    text = ("The agency launched an appeal for $3 billion. Donors have so far given $1.1 "
            "billion, of which $600 million came from the fund.")  # fmt: skip
    assert (3 * B, [1.1 * B]) not in splits_of(text)
    assert (1.1 * B, [600 * M]) in splits_of(text)


def test_the_first_and_the_second_of_several_deals():
    text = ("Tarnia signed two deals worth $4 billion. The first, for frigates, is worth $2.5 "
            "billion. The second, for radars, is worth $1.5 billion.")  # fmt: skip
    assert splits_of(text) == [(4 * B, [2.5 * B, 1.5 * B])]


def test_the_larger_of_contracts_written_in_the_plural():
    text = ("Tarnia signed contracts worth $4 billion with two firms. The larger, for "
            "frigates, is worth $2.5 billion.")  # fmt: skip
    assert splits_of(text) == [(4 * B, [2.5 * B])]


def test_the_first_after_a_single_deal_is_no_part_of_it():
    # one deal: "The first" is the first of something else (a phase of another programme)
    text = ("Tarnia signed a deal worth $4 billion for frigates. The first, a training "
            "programme, is worth $500 million.")  # fmt: skip
    assert splits_of(text) == []


def test_in_total_donors_pledged_closes_the_pledges_that_add_up():
    text = ("Norland pledged $300 million and Ostia $200 million at the meeting. Vesta added "
            "$100 million. In total, donors pledged $600 million.")  # fmt: skip
    assert splits_of(text) == [(600 * M, [300 * M, 200 * M, 100 * M])]


def test_in_total_donors_pledged_takes_no_sums_that_do_not_add_up():
    # $300m + $200m is not $900m: the other pledges are not told, no split is read
    text = ("Norland pledged $300 million and Ostia $200 million at the meeting. In total, "
            "donors pledged $900 million.")  # fmt: skip
    assert splits_of(text) == []


def test_a_share_of_another_whole_is_no_part_of_the_package():
    text = ("Norland approved a $10 billion aid package for Tarnia. Grain exports account for "
            "$3 billion of Tarnia's income.")  # fmt: skip
    assert splits_of(text) == []


def test_a_sum_after_meanwhile_is_no_part_by_position_alone():
    # the text turns to another matter: Ostia's sale is no part of Norland's package
    text = ("Norland approved a $10 billion aid package for Tarnia. Meanwhile, Ostia sold "
            "rifles worth $2 billion to Vesta.")  # fmt: skip
    assert splits_of(text) == []


def test_a_sum_after_meanwhile_still_links_by_naming_the_total():
    text = ("Norland approved a $10 billion aid package for Tarnia. Meanwhile, the package "
            "also includes $2 billion for shells.")  # fmt: skip
    assert splits_of(text) == [(10 * B, [2 * B])]


def test_followed_by_names_the_next_in_a_ranking_not_a_part():
    text = ("Donors at the meeting promised $1.2 billion. The biggest donor was Norland with "
            "$400 million, followed by Ostia with $300 million.")  # fmt: skip
    assert all(total != 400 * M for total, parts in splits_of(text))
