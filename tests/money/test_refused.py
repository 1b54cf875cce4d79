"""Sums refused or never granted ("MPs rejected a provision of $X", "lost $X it had
wanted") are no parts of the budget the text divides (``REFUSED_BEFORE``,
``REFUSED_AFTER`` in analysis.money.rules).

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

from tests.money.helpers import M, splits_of

B = 1000 * M


def test_rejected_and_unwanted_sums_are_no_parts():
    text = (
        "Parliament passed the $48 billion budget on Thursday. According to the budget, the "
        "interior ministry was allocated $5.2 billion, followed by the roads agency with "
        "$3.1 billion.\n\n"
        "The interior ministry lost $40 million it had wanted for a new archive.\n\n"
        "MPs rejected a proposed provision for the Office of Arts and Heritage totaling to "
        "$12 million."
    )
    assert splits_of(text) == [(48 * B, [5.2 * B, 3.1 * B])]


def test_refusing_to_budge_leaves_the_sum_a_part():
    # "refused to budge ... and forced B to pay X": the refusal governs no sum
    text = (
        "Rovers agreed a fee of £70m for the striker. Rovers refused to budge on the fee and "
        "forced City to pay £60m up front with £10m in add-ons."
    )
    assert any(total == 70 * M and 60 * M in parts for total, parts in splits_of(text))
