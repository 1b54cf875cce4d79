"""A sale programme named in the article names the seller of the sales it tells."""

from analysis.text import article_from_text
from analysis.transfers import find_transfers


def pairs_of(text: str):
    table = find_transfers(article_from_text(text))
    return list(zip(table["supplier"], table["recipient"], table["item"], strict=True))


def test_the_agency_of_the_programme_names_the_seller_in_another_sentence():
    text = (
        "The Defense Security Cooperation Agency notified Congress on Monday. "
        "Under the deal, Chile would receive 12 helicopters."
    )
    assert ("United States", "Chile", "helicopter") in pairs_of(text)


def test_a_foreign_military_sale_named_before_a_sentence_without_seller():
    text = (
        "Lawmakers were told of a foreign military sale worth $400 million. "
        "Peru would buy 40 armoured vehicles under the agreement."
    )
    assert any(s == "United States" and r == "Peru" for s, r, _ in pairs_of(text))


def test_an_approval_in_an_article_without_a_programme_names_no_seller():
    text = "The government approved the purchase. Peru would receive 12 helicopters."
    assert all(s != "United States" for s, _, _ in pairs_of(text))
