"""Discovery credits: bylines and photo credits name people and agencies.

Every line here is made up for the test.
"""

from __future__ import annotations

from analysis.entities.discovery_credits import read_credits
from analysis.text import article_from_text, split_sentences


def credits(line: str) -> list[tuple[str, str, str]]:
    sentences = split_sentences(article_from_text("Headline here\n\n" + line + "\n"))
    return [(name, kind, evidence) for s in sentences[1:] for name, kind, evidence, _, _ in
            read_credits(s)]  # fmt: skip


def test_a_byline_names_each_author():
    assert credits("By Lena Okafor and Tom Hale") == [
        ("Lena Okafor", "person", "byline"),
        ("Tom Hale", "person", "byline"),
    ]


def test_a_photo_credit_names_the_photographer_and_the_agency():
    found = credits("Troops at the depot. (Photo: Ana Petrova/Some Agency)")
    assert ("Ana Petrova", "person", "photo credit") in found
    assert ("Some Agency", "media", "photo credit") in found


def test_a_sentence_with_no_credit_shape_names_nobody():
    assert credits("The ministry said the order was signed by the buyer.") == []


def test_an_agency_before_photo_and_a_slash_is_the_agency_its_photographer_after():
    found = credits("Crowds filled the square. (Kowal Press Photo/Ana Petrova)")
    assert ("Ana Petrova", "person", "photo credit") in found
    assert ("Kowal Press", "media", "photo credit") in found
    assert not any(name.endswith("Photo") for name, _, _ in found)


def test_a_known_agency_in_such_a_credit_counts_under_its_lexicon_name():
    from analysis.entities import find_all_mentions, load_lexicons

    article = article_from_text(
        "Headline here\n\nCrowds filled the square. (AP Photo/Ana Petrova)\n"
    )
    mentions = find_all_mentions(article, load_lexicons())
    counts = mentions.loc[mentions["kind"] == "actor", "name"].value_counts().to_dict()
    assert counts == {"Associated Press": 1, "Ana Petrova": 1}


def test_a_reporter_s_city_after_the_name_is_no_part_of_it():
    names = [
        name for name, _, _ in credits("Reporting by Tara Quill in Lagos; Editing by Omar Hale")
    ]
    assert names == ["Tara Quill", "Omar Hale"]


def test_a_reporter_s_two_word_city_is_dropped_too():
    names = [name for name, _, _ in credits("Reporting by Tara Quill in New Delhi")]
    assert names == ["Tara Quill"]


def test_an_outlet_named_by_its_web_address_is_media_each_time():
    from analysis.entities import find_all_mentions, load_lexicons

    text = (
        "Depot fire spreads\n\n"
        "A spokesman for the port told Harbourwatch.net that two cranes burned. "
        "Harbourwatch.net could not reach the owners; see www.Portnews.org/fire or "
        "mail desk@Portnews.org.\n"
    )
    mentions = find_all_mentions(article_from_text(text), load_lexicons())
    actors = mentions[mentions["kind"] == "actor"]
    assert actors["name"].value_counts().to_dict() == {"Harbourwatch.net": 2}
    assert set(actors["type"]) == {"media"}
