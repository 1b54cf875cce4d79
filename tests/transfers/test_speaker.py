"""A supplier given only by who says so (``analysis.transfers.speaker``), on made-up articles.

Every expected row was worked out by hand from the dev set's CONVENTIONS.md:
``(supplier, recipient, item, status, quantity)``, ``-`` for "not stated".
"""

from __future__ import annotations

import pytest

from analysis.entities import load_lexicons, match_text
from analysis.text import article_from_text, split_sentences
from analysis.transfers.speaker import find_role_phrases, speaker_country
from tests.transfers.test_varied_sentences import check, read_rows

N = "negated"

CASES = [
    # a role introduced with its country, then "the minister said" of exports
    (
        "Austria halts exports\n\nAustria's defence minister Eva Lind met reporters on Monday.\n\n"
        "No war weapons have been exported to Chad since March, the minister said.",
        [("Austria", "Chad", "weapon", N, None)],
    ),
    # the office told in the lead, the speaker by it later
    (
        "Austria denies rifle sales\n\nAustria's defence minister on Monday denied reports that "
        'his country sold rifles to Chad.\n\n"No war weapons have been exported to Chad this '
        'year," the minister told parliament.',
        [("Austria", "Chad", "rifle", "denied", None), ("Austria", "Chad", "weapon", N, None)],
    ),
    # a title before the name; "we" in the quotation is the speaker's side
    (
        "Shells for Ukraine\n\nDanish Defence Minister Ole Friis visited Kyiv on Tuesday.\n\n"
        '"We will send 5,000 more shells to Ukraine in the spring," the minister said.',
        [("Denmark", "Ukraine", "shell", "planned", None)],
    ),
    # two countries' ministers: which one speaks is not known
    (
        "Ministers meet\n\nAustria's defence minister met Hungary's defence minister in Vienna "
        "on Monday.\n\nNo war weapons have been exported to Chad, the minister said.",
        [("-", "Chad", "weapon", N, None)],
    ),
    # the speaker is the recipient's official: no export of his own country
    (
        "Chad minister speaks\n\nChad's defence minister spoke to reporters on Monday.\n\n"
        '"No weapons have been exported to Chad by anyone," the minister said.',
        [("-", "Chad", "weapon", N, None)],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_speaker_side(text, expected):
    assert check(text, expected) == []


def test_speaker_side_is_traced_to_the_sentence_naming_the_office():
    text = CASES[0][0]
    (row,) = read_rows(text)
    assert row["inferred_from"] == "2"


def _phrases(text):
    lexicons = load_lexicons()
    article = article_from_text(text)
    sentences = split_sentences(article)
    found = find_role_phrases(
        article.text, sentences, match_text(article.text, lexicons), lexicons.country_names()
    )
    return article.text, sentences, found


def test_role_phrases_need_an_office_written_with_the_country():
    _, _, found = _phrases("Peru's deputy defence minister met the Minister of Defence of "
                           "Chile. Norway sent the minister a letter.")  # fmt: skip
    assert [(p.country, p.role) for p in found] == [("Peru", "minister"), ("Chile", "minister")]


def test_named_speaker_takes_the_title_beside_the_name():
    text, sentences, found = _phrases("Kenya's army chief, General Ann Otieno, spoke. "
                                      "Ann Otieno said so.")  # fmt: skip
    assert speaker_country("Ann Otieno", 2, text, sentences, found) == ("Kenya", 1)
    text, sentences, found = _phrases("Kenyan Army Chief Ann Otieno spoke. Otieno said so.")
    assert speaker_country("Ann Otieno", 2, text, sentences, found) == ("Kenya", 1)


def test_named_speaker_after_a_lead_that_names_only_the_office():
    text, sentences, found = _phrases("Kenya's army chief denied the report. "
                                      "Ann Otieno said no rifles were sold.")  # fmt: skip
    assert speaker_country("Ann Otieno", 2, text, sentences, found) == ("Kenya", 1)
    # the lead names two countries' officials: not known which one speaks
    text, sentences, found = _phrases("Kenya's army chief met Uganda's army chief. "
                                      "Ann Otieno said no rifles were sold.")  # fmt: skip
    assert speaker_country("Ann Otieno", 2, text, sentences, found) is None
