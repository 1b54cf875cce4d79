"""Reader's tables (analysis.html.html_table): no index, words, percentages,
numbers right and text left, every article cell escaped."""

from __future__ import annotations

import pandas as pd
from html_checks import read_page

from analysis.html import LONG_TABLE_ROWS, html_table


def cells(table: str, tag: str = "td") -> list[tuple[str, str]]:
    """``(class, text)`` of every cell of one kind, in order."""
    facts = read_page(f"<html>{table}</html>")
    found = [attrs.get("class", "") for name, attrs in facts.tags if name == tag]
    texts = [t for t in facts.text.split("  ") if t.strip()]
    return list(zip(found, texts[-len(found) :] if found else [], strict=False))


def test_a_plain_index_is_left_out():
    table = html_table(pd.DataFrame({"Word": ["port", "ship"]}, index=[7, 9]))
    assert "<th>Word</th>" in table
    assert ">7<" not in table and ">9<" not in table


def test_a_named_index_becomes_the_first_column():
    matrix = pd.DataFrame({"drone": [2]}, index=pd.Index(["Ruritania"], name="actor"))
    table = html_table(matrix)
    assert table.index("<th>actor</th>") < table.index(">drone</th>")
    assert "<td>Ruritania</td>" in table


def test_truth_values_read_as_words_and_shares_as_percentages():
    df = pd.DataFrame({"Counted": [True, False], "Share": [0.0391, 0.5]})
    table = html_table(df)
    assert "<td>yes</td>" in table and "<td>no</td>" in table
    assert ">3.9%</td>" in table and ">50.0%</td>" in table
    assert "True" not in table and "0.0391<" not in table


def test_a_column_already_in_percent_is_not_multiplied():
    table = html_table(pd.DataFrame({"Share of total (%)": [58.1]}))
    assert ">58.1</td>" in table and "5810" not in table


def test_numbers_align_right_and_text_left_and_carry_their_value():
    table = html_table(pd.DataFrame({"Word": ["port"], "Count": [12000]}))
    assert '<th class="num">Count</th>' in table and "<th>Word</th>" in table
    assert '<td class="num" data-value="12000">12,000</td>' in table
    assert "<td>port</td>" in table


def test_article_text_is_escaped_and_html_columns_are_not():
    df = pd.DataFrame({"Text": ["<script>x()</script> $5"], "Marked": ["<mark>a</mark>"]})
    table = html_table(df, html_columns=["Marked"])
    assert "&lt;script&gt;x()&lt;/script&gt; &#36;5" in table and "<script>" not in table
    assert "<td><mark>a</mark></td>" in table


def test_long_tables_are_marked_long_and_short_ones_not():
    long = pd.DataFrame({"n": range(LONG_TABLE_ROWS + 1)})
    short = pd.DataFrame({"n": range(LONG_TABLE_ROWS)})
    assert 'analysis-table long"' in html_table(long)
    assert 'analysis-table"' in html_table(short)


def test_column_classes_mark_a_column():
    table = html_table(
        pd.DataFrame({"Before": ["the"], "Match": ["port"]}),
        column_classes={"Before": "kwic-before"},
    )
    assert '<td class="kwic-before">the</td>' in table and "<td>port</td>" in table
