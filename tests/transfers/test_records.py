"""Transfer records: one row per sides, item, status and sentence."""

from __future__ import annotations

from dataclasses import replace

from analysis.transfers.records import Transfer, drop_repeats

ROW = Transfer(
    supplier="Norway",
    supplier_country="NOR",
    recipient="Ukraine",
    recipient_country="UKR",
    directed_by="",
    item="howitzer",
    item_text="howitzers",
    category="artillery",
    status="delivered",
    hedges="",
    attributed_to="",
    according_to="",
    denied_by="",
    cue="sent",
    sentence_number=3,
    sentence="Norway sent howitzers to Ukraine.",
    start=100,
    end=134,
    item_start=112,
    item_end=121,
)


def test_a_row_told_twice_in_one_sentence_is_kept_once_the_first():
    again = replace(ROW, cue="delivered", item_text="the howitzers")
    assert drop_repeats([ROW, again]) == [ROW]


def test_rows_differing_in_status_sentence_or_side_are_all_kept():
    planned = replace(ROW, status="planned")
    later = replace(ROW, sentence_number=5)
    other_recipient = replace(ROW, recipient="Moldova", recipient_country="MDA")
    rows = [ROW, planned, later, other_recipient]
    assert drop_repeats(rows) == rows
