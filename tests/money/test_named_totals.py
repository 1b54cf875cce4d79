"""Totals a reader tells from the sums around them: a comparison's old figure ("over the
current fiscal's allocation of Rs X"), a headline sum the body states to more digits, a
clause naming its own total ("The total staff cost is $X"), and a relative clause that
lists only some of its sum's items ("which covers items such as ...").

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

from tests.money.helpers import CR, M, cues_of, splits_of

T = 1_000_000_000_000


def test_comparison_with_another_periods_allocation_is_no_part():
    # "over the current fiscal's allocation of": last year's figure, neither part nor whole;
    # "Out of the total allocation" later is the new outlay's
    text = (
        "Ruritania on Monday set aside Rs 5,120 crore as defence outlay for 2030-31 over the "
        "current fiscal's allocation of Rs 4,400 crore. The minister said the rise was "
        "needed. Out of the total allocation, Rs 2,010 crore has been earmarked for capital "
        "expenditure."
    )
    assert splits_of(text) == [(5120 * CR, [2010 * CR])]


def test_than_last_years_sum_is_no_part():
    text = (
        "The coastguard will get $740 million next year, more than last year's $610 million. "
        "Of the total, $300 million is for patrol boats."
    )
    assert splits_of(text) == [(740 * M, [300 * M])]


def test_over_the_next_year_is_no_comparison():
    # "over the next year" is a span of time: the sum after it is still a part
    text = (
        "The agency has a $90 million budget. It will spend over the next year $40 million "
        "on roads and $50 million on bridges."
    )
    assert splits_of(text) == [(90 * M, [40 * M, 50 * M])]


def test_headline_sum_stated_to_more_digits_is_no_part():
    # "Rs 9.12 lakh cr" rounds "Rs 9,11,840 crore": the same sum, so the body's capital
    # share splits the body's total, and the headline takes nothing
    text = (
        "Borduria's defence outlay pegged at Rs 9.12 lakh cr\n\n"
        "Borduria on Friday set aside Rs 9,11,840 crore as defence outlay for 2031-32 over "
        "the current fiscal's allocation of Rs 8.2 lakh crore.\n\n"
        "The defence minister welcomed the rise.\n\n"
        "Out of the total allocation, Rs 2,48,300 crore has been earmarked for capital "
        "expenditure."
    )
    assert splits_of(text) == [(911_840 * CR, [248_300 * CR])]


def test_named_total_in_its_own_clause_is_no_part():
    # "The total staff cost for the ministry is expected to be": a total of its own, not a
    # part of the national budget named before
    text = (
        "The government presented a $31 billion budget on Friday, with a breakdown of "
        "spending released later. The total staff cost for the interior ministry is "
        "expected to be $2,104,551,300."
    )
    assert splits_of(text) == []


def test_parallel_totals_joined_by_while_are_no_split():
    text = (
        "Total shareable revenue is estimated at $8.4 billion, while total revenue available "
        "to fund the federal budget is estimated at $6.1 billion."
    )
    assert splits_of(text) == []


def test_total_of_after_a_verb_is_still_a_part():
    # "was allocated a total of" names no total subject: the navy's sum is a budget's part
    text = (
        "The defence budget is $12 billion. The army was allocated a total of $7 billion and "
        "the navy $5 billion."
    )
    assert splits_of(text) == [(12 * M * 1000, [7 * M * 1000, 5 * M * 1000])]


def test_relative_clause_naming_some_items_takes_them():
    # "which covers items such as ... among others": the parts only fit, and they are the
    # statutory sum's, not the whole budget's
    text = (
        "Parliament passed the Shs61.2 trillion budget for Graustark. The ministry of "
        "works was allocated Shs4.1 trillion. The budget indicates that Shs25.3 trillion is "
        "set aside for statutory spending, which covers items such as debt service totaling "
        "Shs20.6 trillion, pensions amounting to Shs912.4 billion, among others."
    )
    splits = splits_of(text)
    assert (25.3 * T, [20.6 * T, 912.4 * M * 1000]) in splits
    assert all(20.6 * T not in parts for total, parts in splits if total != 25.3 * T)
    assert "relative_clause" in cues_of(text)


def test_relative_clause_of_some_items_that_overspend_is_not_read_as_its_list():
    # the listed sums add up to more than the sum the clause hangs on: the clause rule
    # links nothing (the general rules report the overspending instead)
    text = (
        "The fund holds $40 million, which includes projects such as a $30 million dam and "
        "a $25 million canal."
    )
    assert "relative_clause" not in cues_of(text)


def test_named_total_still_takes_its_own_parts():
    # a named total is no part of another, but its own parts still go to it
    text = (
        "The total cost of the dam is estimated at $410 million, with the state contributing "
        "$150 million. Two banks will lend the balance of $260 million."
    )
    assert splits_of(text) == [(410 * M, [150 * M, 260 * M])]


def test_credit_is_a_whole_and_its_list_of_loans_splits_it():
    # "a line of credit worth $X for three countries", then one sentence lending each its
    # share; "another $60 million credit" is the list's last item, not a new whole
    text = (
        "The bank has approved a line of credit worth $300 million for three island states "
        "namely Aldora, Brelia and Corvan.\n\n"
        "The bank is lending $180 million to improve Aldora's ports, $60 million for "
        "Brelia's water programme and another $60 million credit to train Corvan's "
        "customs officers."
    )
    assert splits_of(text) == [(300 * M, [180 * M, 60 * M, 60 * M])]


def test_a_later_credit_of_its_own_is_no_part():
    # a separate credit, alone in its sentence, is another whole
    text = (
        "The bank approved a $300 million credit for Aldora's ports on Monday. It also "
        "approved a separate $60 million credit for Brelia's schools."
    )
    assert splits_of(text) == []


def test_a_part_close_to_a_round_total_is_still_a_part():
    # "$2 billion" is written to the billion, but $1.6 billion is no restatement of it
    text = (
        "The ministry signed two contracts worth $2 billion on Monday. The contracts include "
        "a $1.6 billion deal for frigates and a $400 million deal for radars."
    )
    assert splits_of(text) == [(2 * M * 1000, [1.6 * M * 1000, 400 * M])]
