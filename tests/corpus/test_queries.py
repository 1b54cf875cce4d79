"""Queries across a store, the network exports, and notebook 05 on a store."""

from __future__ import annotations

import json
import time
from xml.etree import ElementTree as ET

import pytest

from analysis.corpus import (
    CorpusOptions,
    actor_pairs,
    build_corpus,
    claims_timeline,
    connect_store,
    describe_store,
    mentions_over_time,
    money_promised,
    read_problems,
    top_entities,
    transfer_edges,
    write_graphml,
)
from analysis.errors import CorpusError

# Made-up articles: the same Turkey -> Poland drone claim in three articles from
# two outlets, moving from "may supply" to "delivered"; one split of a total.
ROWS = [
    ("2024-01-10", "Wire A", "Turkey may supply armed drones to Poland, officials said."),
    ("2024-02-12", "Wire B", "Turkey delivered armed drones to Poland last week, officials said."),
    ("2024-02-20", "Wire A", "Turkey delivered armed drones to Poland last week, officials said."),
    (
        "2024-03-05",
        "Wire B",
        "Germany pledged $500 million to Ukraine and Poland, of which $300 million is for "
        "Ukraine and $200 million for Poland.",
    ),
    ("", "", "Russia and Iran held talks in Moscow on Monday."),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("queries")
    lines = [
        json.dumps({"title": f"Report {n}", "date": day, "outlet": outlet, "text": text})
        for n, (day, outlet, text) in enumerate(ROWS)
    ]
    (folder / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    build_corpus(CorpusOptions([str(folder)], folder / "store", workers=0))
    return folder / "store"


def test_overview_counts_articles_dates_outlets_and_problems(store):
    row = describe_store(connect_store(store)).iloc[0]
    assert (row["Articles"], row["Dated articles"], row["Outlets"]) == (5, 4, 2)
    assert str(row["First date"])[:10] == "2024-01-10" and row["Inputs not read"] == 1


def test_top_entities_count_articles_then_mentions(store):
    top = top_entities(connect_store(store), "actor", 2)
    assert list(top["Name"]) == ["Poland", "Turkey"]
    assert list(top["Articles"]) == [4, 3] and list(top["Mentions"]) == [5, 3]


def test_mentions_over_time_by_month_leave_out_undated(store):
    frame = mentions_over_time(connect_store(store), ["Poland", "Iran"], "month")
    by_month = {(str(r.Period)[:7], r.Name): r.Mentions for r in frame.itertuples()}
    expected = {("2024-01", "Poland"): 1, ("2024-02", "Poland"): 2, ("2024-03", "Poland"): 2}
    assert by_month == expected


def test_date_range_keeps_only_articles_dated_in_it(store):
    con = connect_store(store, "2024-02-01", "2024-02-29")
    assert describe_store(con).iloc[0]["Articles"] == 2
    with pytest.raises(CorpusError, match="is not a date"):
        connect_store(store, "February")


def test_transfer_edge_is_weighted_by_articles_and_outlets(store):
    edges = transfer_edges(connect_store(store))
    edge = edges.iloc[0]
    assert (edge.supplier, edge.recipient) == ("Turkey", "Poland")
    assert (edge.articles, edge.outlets) == (3, 2)
    assert edge.statuses == "delivered; possible"


def test_claims_timeline_shows_the_claim_move_from_possible_to_delivered(store):
    claims = claims_timeline(connect_store(store), 1)
    assert set(claims["Claim"]) == {"Turkey → Poland: drone"}
    assert list(claims["Status"]) == ["possible", "delivered"]  # in the order they appeared
    assert [str(d)[:10] for d in claims["First date"]] == ["2024-01-10", "2024-02-12"]
    assert [str(d)[:10] for d in claims["Last date"]] == ["2024-01-10", "2024-02-20"]
    assert list(claims["Articles"]) == [1, 2]
    assert list(claims["First outlet"]) == ["Wire A", "Wire B"]


def test_actor_pairs_need_two_articles(store):
    pairs = actor_pairs(connect_store(store))
    assert [(r.Actor, r._2, r.Articles) for r in pairs.itertuples()] == [
        ("Poland", "Turkey", 3),
    ]


def test_money_promised_by_recipient(store):
    money = money_promised(connect_store(store)).set_index("Recipient")
    assert money.loc["Ukraine", "Largest figure"] == 300e6
    assert money.loc["Poland", "Largest figure"] == 200e6


def test_problems_name_the_input(store):
    problems = read_problems(connect_store(store))
    assert list(problems["Input"].str.rsplit("/", n=1).str[-1]) == ["scan.pdf"]
    assert "PDF" in problems.iloc[0]["Problem"]


def test_graphml_has_the_weighted_edge(store, tmp_path):
    path = write_graphml(transfer_edges(connect_store(store)), tmp_path / "net.graphml")
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(path).getroot()
    (edge,) = root.findall(".//g:edge", ns)
    assert (edge.get("source"), edge.get("target")) == ("Turkey", "Poland")
    data = {d.get("key"): d.text for d in edge.findall("g:data", ns)}
    assert (data["articles"], data["outlets"]) == ("3", "2")


def test_folder_without_manifest_is_not_a_store(tmp_path):
    with pytest.raises(CorpusError, match="is not a corpus store"):
        connect_store(tmp_path)


@pytest.mark.slow
def test_notebook_05_renders_on_the_store(store, tmp_path):
    from analysis.runner import render_corpus_report

    started = time.monotonic()
    page = render_corpus_report(store, tmp_path / "report")
    assert time.monotonic() - started < 60
    html = page.read_text(encoding="utf-8")
    assert "Turkey → Poland: drone" in html  # the claims timeline
    edges = (tmp_path / "report" / "05-corpus.transfer_edges.csv").read_text(encoding="utf-8")
    assert edges.splitlines()[1].startswith("Turkey,Poland,3,2,")
    assert str(store) not in html  # no machine path in the page
    names = {p.name for p in (tmp_path / "report").iterdir()}
    assert {"05-corpus.transfer_network.graphml", "05-corpus.claims_timeline.csv"} <= names


@pytest.mark.slow
def test_notebook_05_names_a_mistyped_parameter_in_one_line(store, tmp_path):
    from analysis.errors import NotebookError
    from analysis.runner import render_corpus_report

    with pytest.raises(NotebookError) as caught:
        render_corpus_report(store, tmp_path / "report", parameters={"top_n": "five"})
    assert "top_n: expects int (default 8), got str 'five'" in str(caught.value)
    assert "Traceback" not in str(caught.value)
