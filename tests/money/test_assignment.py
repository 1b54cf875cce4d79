"""Tests for analysis.money.assignment: the global choice of parts by arithmetic.

The readings here are made up; expected values are worked out by hand.
"""

from __future__ import annotations

from types import SimpleNamespace as NS

from analysis.money.assignment import assign_by_sums, record_candidate


def reading(value, start, qualifier="exact", sentence=0, link=None):
    amount = NS(value=value, currency="USD", start=start, qualifier=qualifier, high=None)
    return NS(amount=amount, sentence=sentence, link=link, barred="", added=False)


def linked(total, parts=()):
    return NS(total=total, parts=list(parts), cues=[])


def test_a_part_goes_to_the_total_it_adds_up_to_not_the_one_the_order_gave_it():
    # 10 = 6 + 4 and 7 = 5 + 2; the order of reading had given 4 to the 7
    t10, t7 = reading(10.0, 0), reading(7.0, 5)
    p6, p4, p5, p2 = reading(6.0, 10), reading(4.0, 20), reading(5.0, 30), reading(2.0, 40)
    by_start = {0: linked(t10, [p6]), 5: linked(t7, [p4, p5])}
    candidates = {}
    for part, total, weight in [(p6, t10, 3.0), (p4, t10, 1.5), (p4, t7, 2.0), (p5, t7, 3.0),
                                (p2, t7, 1.5)]:  # fmt: skip
        record_candidate(candidates, total.amount.start, part.amount.start, weight, [])
    assign_by_sums([t10, t7, p6, p4, p5, p2], by_start, candidates, set(), linked)
    assert [p.amount.value for p in by_start[0].parts] == [6.0, 4.0]
    assert [p.amount.value for p in by_start[5].parts] == [5.0, 2.0]
    assert ("sums_exactly", "", 0, 0) in by_start[0].cues


def test_no_words_no_link_even_when_the_sum_is_exact():
    t10, p6, p4 = reading(10.0, 0), reading(6.0, 10), reading(4.0, 20)
    by_start = {0: linked(t10, [p6])}
    candidates = {}
    record_candidate(candidates, 0, 10, 3.0, [])
    record_candidate(candidates, 0, 20, 0.5, [])  # too weak: arithmetic alone never links
    assign_by_sums([t10, p6, p4], by_start, candidates, set(), linked)
    assert [p.amount.value for p in by_start[0].parts] == [6.0]


def test_a_part_linked_inside_its_total_s_sentence_is_never_moved():
    t10, t9 = reading(10.0, 0), reading(9.0, 5)
    p6, p4, p5 = reading(6.0, 10), reading(4.0, 20), reading(5.0, 30)
    by_start = {5: linked(t9, [p4, p5])}
    candidates = {}
    for part, weight in [(p6, 3.0), (p4, 3.0)]:
        record_candidate(candidates, 0, part.amount.start, weight, [])
    assign_by_sums([t10, t9, p6, p4, p5], by_start, candidates, {20}, linked)
    assert [p.amount.value for p in by_start[5].parts] == [4.0, 5.0]
    assert 0 not in by_start
