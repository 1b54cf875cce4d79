"""A state side is never read as supplying its own side; a state's own industry still is
(issue 12). Rows made up for the test."""

from __future__ import annotations

from analysis.transfers.own_side import drop_own_state_rows
from analysis.transfers.records import Transfer


def _row(supplier, supplier_type, recipient, recipient_type, country):
    return Transfer(
        supplier, country, recipient, country, "", "frigate", "frigates", "naval", "agreed",
        "", "", "", "", "ordered", 2, "", 0, 0, 0, 0,
        supplier_type=supplier_type, recipient_type=recipient_type,
    )  # fmt: skip


def test_own_state_side_is_dropped_own_industry_kept():
    rows = [
        _row("Chile", "country", "Ministry of Defence (Chile)", "government", "Chile"),
        _row("Chilean Navy", "military", "Chile", "country", "Chile"),
        _row("Acme Shipyards", "company", "Chilean Navy", "military", "Chile"),
        _row("Spain", "country", "Chile", "country", ""),
    ]
    kept = [(r.supplier, r.recipient) for r in drop_own_state_rows(rows)]
    assert kept == [("Acme Shipyards", "Chilean Navy"), ("Spain", "Chile")]


def test_a_row_naming_no_side_is_dropped():
    from analysis.transfers.own_side import drop_sideless_rows

    rows = [
        _row("(not stated)", "", "(unresolved)", "", ""),
        _row("(not stated)", "", "(not stated)", "", ""),
        _row("(not stated)", "", "Chile", "country", "Chile"),
    ]
    assert [r.recipient for r in drop_sideless_rows(rows)] == ["Chile"]


def test_a_sentence_with_no_side_gives_no_row():
    from tests.transfers.test_varied_sentences import check

    text = "Equipped with a dual satellite link and four Hellfire missiles, it can fly for a day."
    assert check(text, []) == []
