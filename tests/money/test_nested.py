"""Tests for analysis.money.nested: a part that a later sentence divides into components.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

from tests.money.helpers import M, cues_of, splits_of


def test_components_of_a_part_go_to_that_part():
    # both "$278m + $100m + $246m + $4m" and "$100m + $246m + $4m + $262.29m + $16m" make
    # up $628m; the dividing sentence's two sums make up the $278m part, one level down
    text = (
        "The government and the bank signed loan and grant agreements worth $628 million "
        "for three projects.\n\n"
        'The bank will provide $278 million in loans for the "Harbour Facility", '
        '$100 million for the "Valley Rail Project", $246 million for the "Delta Towns '
        'Project" and a grant of $4 million for the "Delta Towns Project".\n\n'
        "Harbour Facility\n\n"
        "The loan for this project has two components: $262.29 million in regular lending "
        "and $16 million in concessional lending."
    )
    assert splits_of(text) == [
        (628 * M, [278 * M, 100 * M, 246 * M, 4 * M]),
        (278 * M, [262_290_000, 16 * M]),
    ]
    assert "components" in cues_of(text)


def test_components_of_an_unlinked_sum():
    text = (
        "Ruritania will borrow $450 million for its grid this year. The borrowing is split "
        "between $300 million from a regional bank and $150 million in bonds."
    )
    assert splits_of(text) == [(450 * M, [300 * M, 150 * M])]


def test_dividing_sentence_whose_sums_make_up_nothing_stays_apart():
    # "consists of" two sums that add up to no earlier sum: no nested split
    text = (
        "The agency approved $500 million for roads. The new fleet consists of 40 buses "
        "worth $70 million and 12 trams worth $90 million."
    )
    assert all(total != 160 * M for total, _ in splits_of(text))
    assert "components" not in cues_of(text)


def test_components_that_add_up_to_an_earlier_unrelated_sum_stay_with_the_latest():
    # the $40 million of 2020 is another loan: "It is split between" divides the sum just
    # named, which the two do not add up to, so no nested split
    text = (
        "In 2020 the bank lent Ruritania $40 million for clinics. This year it approved "
        "$100 million for the grid. It is split between $25 million for poles and "
        "$15 million for meters."
    )
    assert all(total != 40 * M for total, _ in splits_of(text))
