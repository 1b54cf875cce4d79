"""Corpus rows of one article: the same findings as the package's own calls."""

from __future__ import annotations

from analysis.corpus import analyse_article
from analysis.entities import find_mentions, load_lexicons
from analysis.text import article_from_text, split_sentences
from analysis.transfers import find_transfers

TEXT = (
    "Norway to send howitzers\n\n"
    "Norway will deliver 12 K9 howitzers to Estonia next year, the defence ministry in Oslo "
    "said on Friday. The guns are built by Hanwha Aerospace.\n\n"
    "Estonia also ordered drones from Turkey.\n"
)
RECORD = {"article_id": "made-up", "source": "made-up.txt", "text": TEXT, "date": "2024-05-03",
          "outlet": "Wire A"}  # fmt: skip


def test_mention_rows_are_the_lexicon_mentions_with_their_sentence():
    rows = analyse_article(RECORD)["mentions"]
    article = article_from_text(TEXT, "made-up")
    expected = find_mentions(article, load_lexicons(), split_sentences(article))
    assert [(r["name"], r["form"], r["start"], r["end"], r["sentence_number"]) for r in rows] == [
        (m.name, m.form, m.start, m.end, m.sentence) for m in expected.itertuples()
    ]
    oslo = next(r for r in rows if r["form"] == "Oslo")  # a lexicon mention, kept in this table
    assert oslo["sentence"].startswith("Norway will deliver 12 K9 howitzers")
    assert (oslo["article_id"], oslo["date"], oslo["outlet"]) == ("made-up", "2024-05-03", "Wire A")


def test_transfer_rows_are_those_of_find_transfers_with_the_article_fields():
    rows = analyse_article(RECORD)["transfers"]
    article = article_from_text(TEXT, "made-up")
    expected = find_transfers(article).to_dict(orient="records")
    assert rows == [{"article_id": "made-up", "date": "2024-05-03", "outlet": "Wire A", **row}
                    for row in expected]  # fmt: skip
    assert [(r["supplier"], r["recipient"], r["item"]) for r in rows] == [
        ("Norway", "Estonia", "K9 Thunder"),  # the headline's "send howitzers" is this deal
        ("Turkey", "Estonia", "drone"),
    ]
