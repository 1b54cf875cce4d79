"""Tests of how a later sentence's sums choose their total: "Of that sum," takes a share
of the sum just named even when that sum is itself a part; a shared generic word
("projects") relates no sum to another; an appeal for a sum is a whole; a colon after a
sum opens that sum's own items; a whole noun used as a verb names no whole.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

from tests.money.helpers import B, M, splits_of


def test_of_that_sum_splits_the_part_just_named():
    text = ("Parliament passed a $50 billion spending bill that includes $3 billion for "
            "building works. The largest share of the building money is $2 billion for the "
            "Interior Ministry. Of that sum, $400 million will go to new prisons, and $250 "
            "million for police stations.")  # fmt: skip
    splits = splits_of(text)
    assert (2 * B, [400 * M, 250 * M]) in splits
    # the shares of the $2bn go to no larger whole
    assert all(400 * M not in parts for total, parts in splits if total != 2 * B)


def test_of_that_after_a_list_names_no_single_sum():
    # two sums side by side: "Of that" cannot mean one of them alone
    text = ("Norland gave $40 million to Vesta and $30 million to Ostia. Of that, $5 million "
            "is for clinics.")  # fmt: skip
    assert all(5 * M not in parts or total != 30 * M for total, parts in splits_of(text))


def test_a_shared_generic_word_makes_no_sub_total():
    # "projects" in both purposes relates the harbour sum to nothing: the list goes on
    text = ("The $900 million works plan was approved on Monday. It gives $300 million to "
            "harbour projects in Tarn. The rail authority receives $200 million for bridge "
            "projects in the north.")  # fmt: skip
    splits = splits_of(text)
    assert splits == [(900 * M, [300 * M, 200 * M])]


def test_an_appeal_for_a_sum_is_split_by_its_needs_later():
    text = ("The agency launched an appeal for $6 billion on Monday, its largest yet. Donors "
            "met in the capital. Officials warned of winter. The agency says $2.5 billion is "
            "needed for people inside Vesta, and $3.5 billion for refugees abroad.")  # fmt: skip
    assert splits_of(text) == [(6 * B, [2.5 * B, 3.5 * B])]


def test_items_after_a_colon_belong_to_the_sum_before_it():
    text = ("The House passed a $70 billion legislative package for Vesta and Ostia. The "
            "foreign aid package allocates $20 billion for Vesta, including $5 billion for "
            "shelters. The bill provides $45 billion for Ostia, specifically: $25 billion for "
            "weapons; $12 billion for training; and $8 billion for fuel.")  # fmt: skip
    splits = splits_of(text)
    assert (70 * B, [20 * B, 45 * B]) in splits
    assert (45 * B, [25 * B, 12 * B, 8 * B]) in splits


def test_a_whole_word_used_as_a_verb_names_no_whole():
    # "will first transfer shells worth €1bn" is no "transfer" of €1bn (a fee's word)
    text = ("Members will spend 2bn euros on shells for Vesta, of which they will first "
            "transfer shells worth 1bn euros from their stocks.")  # fmt: skip
    assert splits_of(text) == [(2 * B, [1 * B])]


def test_the_largest_item_is_an_item_of_the_sum_just_named():
    text = ("The plan gives $2 billion for new barracks. The navy's share is $500 million, all "
            "of it for ports abroad. The largest item is $120 million for a pier in "
            "Tarn.")  # fmt: skip
    splits = splits_of(text)
    assert (500 * M, [120 * M]) in splits
    assert all(120 * M not in parts for total, parts in splits if total != 500 * M)


def test_the_largest_item_of_a_named_whole_is_no_item_of_the_last_sum():
    # "of the plan" names its whole: the $900m is the plan's, not the navy's
    text = ("The plan totals $3 billion for new barracks. The navy's share is $500 million. "
            "The largest share of the plan is $900 million for the army.")  # fmt: skip
    assert all(900 * M not in parts for total, parts in splits_of(text) if total == 500 * M)


def test_a_year_in_a_comparison_is_the_baseline_s():
    # "over the 2023 request" is the baseline; the $6bn is this year's, a part of the total
    text = ("The navy's 2024 budget request of $90 billion was sent to the assembly. Ship "
            "building receives $20 billion. Aircraft accounts rise 10 percent over the 2023 "
            "request to $6 billion for 40 aircraft.")  # fmt: skip
    parts = next(parts for total, parts in splits_of(text) if total == 90 * B)
    assert 6 * B in parts


def test_a_headline_sum_split_into_goods_worth_and_another_purchase():
    text = ("Allies to spend 4bn euros on shells for Vesta\n\n"
            "The allies will first hand over rockets and shells worth 3 billion euros from "
            "their depots. Then they will jointly buy shells for another 1 billion "
            "euros.")  # fmt: skip
    assert splits_of(text) == [(4 * B, [3 * B, 1 * B])]


def test_another_sum_first_in_the_body_is_on_top_of_the_headline_sum():
    # nothing stated before it: "another €1bn" adds to the headline's sum, it is no part
    text = ("Allies to spend 4bn euros on shells for Vesta\n\n"
            "The allies will spend another 1 billion euros on drones for Vesta next "
            "year.")  # fmt: skip
    assert splits_of(text) == []


def test_a_whole_noun_after_to_and_an_adjective_is_still_a_whole():
    # "a boost to defence spending of $5bn": "spending" is a noun here, the sum its value
    text = ("The cabinet agreed a boost to defence spending of $5 billion, including $2 billion "
            "for ammunition.")  # fmt: skip
    assert splits_of(text) == [(5 * B, [2 * B])]


def test_of_the_new_money_is_the_sum_given_on_top_not_the_earlier_one():
    text = ("Ostia said on Monday it will give an additional 40 million pounds (USD52 million) "
            "to Vesta. Ostia had earlier pledged 25 million pounds for the flood relief effort.\n\n"
            "Of the new money, 32 million pounds will be used to rebuild bridges. The remaining "
            "8 million pounds will pay for clinics, the minister said.")  # fmt: skip
    splits = splits_of(text)
    assert (40 * M, [32 * M, 8 * M]) in splits
    assert all(total != 25 * M for total, _ in splits)


def test_of_the_money_never_takes_a_sum_smaller_than_its_parts():
    # the sum just before cannot hold the part; no sentence names the larger one
    text = ("Norland will send 60 million euros to Vesta. Ostia gave 20 million euros for "
            "the relief work.\n\nOf the money, 45 million euros is for roads.")  # fmt: skip
    assert all(total != 20 * M for total, _ in splits_of(text))
