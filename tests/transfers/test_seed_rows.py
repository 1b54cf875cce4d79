"""The seed article's transfers, row by row, as a reader lists them.

Every other transfer test is a sentence of our own; this one pins the whole
table of the article the reports are rendered from, so a rule made for other
articles cannot quietly change it. The rows below were written by reading the
article, one line per item a sentence names, with the status its verbs give
(``may`` / ``could`` / ``considering`` → possible, ``has been providing`` →
ongoing, ``has been offering`` → offered, ``seeking to purchase`` → sought,
``finalized a deal`` → agreed, ``transferred`` → delivered, ``denied`` →
denied). The headline and the lede tell the same claim, and the closing quote
repeats an earlier one: each sentence keeps its own row, as the tables show
the sentence behind every row.
"""

from collections import Counter

from conftest import SEED_ARTICLE

from analysis.text import load_article
from analysis.transfers import find_transfers

IRAN, RUSSIA = "Iran", "Russia"
IRAN_GOV, RUSSIA_GOV = "Government of Iran", "Government of Russia"

# (supplier, recipient, item, status) in the article's order
EXPECTED = [
    # headline: "Iran May Provide Russia With Ballistic Missiles"
    (IRAN, RUSSIA, "ballistic missile", "possible"),
    # lede: "Iran could supply Russia with short-range ballistic missiles"
    (IRAN, RUSSIA, "ballistic missile", "possible"),
    # "the Islamic regime has already been providing Russia with drones, guided
    # aerial bombs, and other munitions" (the regime: Tehran's government)
    (IRAN_GOV, RUSSIA, "drone", "ongoing"),
    (IRAN_GOV, RUSSIA, "guided aerial bomb", "ongoing"),
    (IRAN_GOV, RUSSIA, "munition", "ongoing"),
    # "Iran is considering providing Russia with ballistic missiles"
    (IRAN, RUSSIA, "ballistic missile", "possible"),
    # "Moscow has been offering Tehran ... cooperation, including on missiles,
    # electronics, and air defense"
    (RUSSIA_GOV, IRAN_GOV, "missile", "offered"),
    (RUSSIA_GOV, IRAN_GOV, "electronics", "offered"),
    (RUSSIA_GOV, IRAN_GOV, "air defence system", "offered"),
    # "the Wagner mercenary group ... was preparing to provide an air defense
    # capability to either Iran or ... Hezbollah"
    ("Wagner Group", IRAN, "air defence system", "possible"),
    ("Wagner Group", "Hezbollah", "air defence system", "possible"),
    # "Iran is seeking to purchase additional military equipment from Russia,
    # including attack helicopters, radars, and combat trainer aircraft"
    (RUSSIA, IRAN, "attack helicopter", "sought"),
    (RUSSIA, IRAN, "radar", "sought"),
    (RUSSIA, IRAN, "combat trainer aircraft", "sought"),
    # "Iran is seeking billions of dollars worth of military equipment from Russia"
    (RUSSIA, IRAN, "military equipment", "sought"),
    # "Russia has also been helping Iran develop and maintain its satellite
    # collection capabilities"
    (RUSSIA, IRAN, "satellite", "ongoing"),
    # "Iran allegedly transferred military equipment to Russia"
    (IRAN, RUSSIA, "military equipment", "delivered"),
    # "Tehran and Moscow have both denied claims that Russian forces are using
    # Iranian-built drones"
    (IRAN, "Russian Armed Forces", "drone", "denied"),
    # "Iran is looking to buy additional military equipment from Russia"
    (RUSSIA, IRAN, "military equipment", "sought"),
    # "Iran announced that it had finalized a deal to buy SU-35 fighter jets from Russia"
    (RUSSIA, IRAN, "Su-35", "agreed"),
    # the closing quote repeats the list of items Iran is seeking
    (RUSSIA, IRAN, "attack helicopter", "sought"),
    (RUSSIA, IRAN, "radar", "sought"),
    (RUSSIA, IRAN, "combat trainer aircraft", "sought"),
]


def test_the_seed_articles_transfers_are_the_rows_a_reader_lists():
    table = find_transfers(load_article(SEED_ARTICLE))
    columns = ["supplier", "recipient", "item", "status"]
    found = list(table[columns].itertuples(index=False, name=None))
    missing = Counter(EXPECTED) - Counter(found)
    extra = Counter(found) - Counter(EXPECTED)
    assert not missing and not extra, f"missing {dict(missing)}, extra {dict(extra)}"
    assert found == EXPECTED  # and in the article's order


def test_the_seeds_attack_sentences_give_no_transfer():
    # "14 Shahed drones launched by Russian forces" and "an X-22 cruise missile was
    # also fired" tell of use in an attack, not of a supply
    table = find_transfers(load_article(SEED_ARTICLE))
    assert not table["sentence"].str.contains("launched by Russian forces").any()
