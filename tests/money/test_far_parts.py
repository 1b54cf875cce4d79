"""Tests for analysis.money.far_parts: a later paragraph calling a sum "the allocation of"
out of a named whole links it to the one larger earlier sum naming such a whole.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

from tests.money.helpers import M, cues_of, splits_of

FILLER = "\n\n".join(
    [
        "The minister spoke to reporters in the capital on Monday.",
        "Officials said the decision had broad backing in parliament, and critics were quiet.",
        "The opposition leader said she would read the details before voting on anything.",
        "A spokesman said more announcements would follow in the spring and in the autumn.",
        "Analysts said the war was likely to last for years, whatever the talks brought.",
        "The neighbouring states welcomed the decision, their foreign ministers said.",
        "Shipments are expected to begin within weeks, according to the defence ministry.",
        "The government did not say which companies would supply the equipment it buys.",
        "A previous announcement in the winter had covered training and medical kits.",
        "Lawmakers will debate the measure next week and vote on it before the summer.",
        "The prime minister is expected to visit the front line later in the year.",
        "Aid groups said civilians in the east still lacked power, water and heating.",
        "The talks in the capital ended late on Monday without a joint statement.",
    ]
)


def test_an_allocation_far_below_its_total_is_a_part():
    text = (
        "Kingdom pledges support\n\nThe kingdom announced £3 billion in military support for "
        "its ally on Monday.\n\n" + FILLER + "\n\nOne striking feature of the package is the "
        "allocation of at least £250 million for drones."
    )
    assert splits_of(text) == [(3000 * M, [250 * M])]
    assert "far_allocation" in cues_of(text)


def test_two_candidate_totals_leave_the_far_sum_alone():
    # another year's support is also a larger sum naming an aid whole: which one is unsaid
    text = (
        "Kingdom pledges support\n\nThe kingdom announced £3 billion in military support for "
        "its ally on Monday. It had given £2 billion in support in the first year.\n\n"
        + FILLER
        + "\n\nOne striking feature of the package is the allocation of at least £250 million "
        "for drones."
    )
    assert "far_allocation" not in cues_of(text)


def test_no_allocation_word_no_far_part():
    text = (
        "Kingdom pledges support\n\nThe kingdom announced £3 billion in military support for "
        "its ally on Monday.\n\n" + FILLER + "\n\nA separate company said it had raised "
        "£250 million from investors."
    )
    assert "far_allocation" not in cues_of(text)


def test_allocated_in_the_budget_names_the_one_budget():
    # two larger earlier sums name a whole of the budget family ("budget", "spending"); only
    # one is a budget by that very noun, so "allocated in the budget" is out of it
    text = (
        "Finance minister presents budget\n\nThe minister presented a national budget of "
        "900 billion pesos on Tuesday.\n\nDefence spending of 120 billion pesos was "
        "announced separately.\n\n" + FILLER + "\n\nHe also said 15 billion pesos had been "
        "allocated in the budget for a new pension scheme."
    )
    assert (900 * M * 1000, [15 * M * 1000]) in splits_of(text)
    assert "far_allocation" in cues_of(text)


def test_an_allocated_sum_far_below_the_only_larger_whole_is_its_part():
    # no noun refers back, but a verb allocates the sum and only one larger sum, a package,
    # comes before it in its currency
    text = (
        "Kingdom pledges support\n\nThe kingdom announced a package worth £3 billion for its "
        "ally on Monday.\n\n" + FILLER + "\n\nMore than £400 million will be allocated to "
        "air defence, the minister said."
    )
    assert splits_of(text) == [(3000 * M, [400 * M])]
    assert "far_allocation" in cues_of(text)


def test_an_allocated_sum_under_two_larger_sums_is_left_alone():
    text = (
        "Kingdom pledges support\n\nThe kingdom announced a package worth £3 billion for its "
        "ally on Monday. Its economy is worth £900 billion.\n\n" + FILLER + "\n\nMore than "
        "£400 million will be allocated to air defence, the minister said."
    )
    assert "far_allocation" not in cues_of(text)


def test_another_allocation_right_after_a_far_part_goes_to_the_same_total():
    text = (
        "Finance minister presents budget\n\nThe minister presented a national budget of "
        "900 billion pesos on Tuesday.\n\n" + FILLER + "\n\nHe said 15 billion pesos had been "
        "allocated in the budget for pensions. The government has allocated another 40 "
        "billion pesos for roads."
    )
    assert (900 * M * 1000, [15 * M * 1000, 40 * M * 1000]) in splits_of(text)
