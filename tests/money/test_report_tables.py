"""The money tables as a report page shows them: fewer columns, the same rows."""

from __future__ import annotations

import pytest

from analysis.money import (
    allocations_table,
    amounts_evidence,
    amounts_for_reading,
    find_allocations,
    find_amounts,
    split_for_reading,
    splits_table,
    totals_for_reading,
)
from analysis.sources import read_source
from analysis.text import split_sentences

TEXT = (
    "Budget news\n\n"
    "The bill of $10 billion would allocate $6 billion to Ruritania and $2 billion to Freedonia.\n"
)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "budget.txt"
    path.write_text(TEXT, encoding="utf-8")
    doc = read_source(path).article
    amounts = find_amounts(doc.text)
    return doc, split_sentences(doc), amounts, find_allocations(doc, amounts=amounts)


def test_a_total_reads_in_words_without_its_sentence_offsets_or_summary(article):
    _, _, _, allocations = article
    totals = allocations_table(allocations)
    shown = totals_for_reading(totals)
    assert shown.to_dict("records") == [
        {"Split": 0, "Total": "$10B", "Parts": 2, "Itemised": "$8B", "Not itemised": "$2B",
         "Sentences": "2"}
    ]  # fmt: skip
    assert {"Sentence", "Start", "End", "Summary"} <= set(totals.columns)  # the CSV keeps them


def test_a_part_reads_in_words_with_its_share_and_the_rest_not_itemised(article):
    _, _, _, allocations = article
    shown = split_for_reading(splits_table(allocations))
    assert [(r["Recipient"], r["Amount"], r["Share of total (%)"], r["Kind"])
            for r in shown.to_dict("records")] == [
        ("Ruritania", "$6B", 60.0, "part"),
        ("Freedonia", "$2B", 20.0, "part"),
        ("not itemised", "$2B", 20.0, "remainder"),
    ]  # fmt: skip
    assert "Value" not in shown.columns and "Value" in splits_table(allocations).columns


def test_an_amount_is_not_repeated_beside_its_marked_sentence(article):
    _, sentences, amounts, _ = article
    shown = amounts_for_reading(amounts_evidence(amounts, sentences))
    assert shown["In words"].tolist() == ["$10B", "$6B", "$2B"]
    assert "Amount as written" not in shown.columns
    assert "<mark>&#36;6 billion</mark>" in shown["Evidence"][1]
