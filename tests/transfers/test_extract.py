"""Tests for analysis.transfers: cues, status, lists, attribution, references.

Sentence-level tests feed ``extract_from_sentence`` hand-built mentions (the
``LEXICON`` table below stands in for the matcher), so they test the transfer
rules alone. The fixture-article tests go through the real lexicon loader and
matcher with the small lexicons ``tests/fixtures/transfers_*.csv``. Every
expected row was worked out by reading the sentence, not by running the code.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from types import SimpleNamespace

import matplotlib
import pytest

matplotlib.use("Agg")

from conftest import fixture_path  # noqa: E402
from matplotlib.patches import FancyArrowPatch  # noqa: E402

from analysis.charts.network import network_edges, plot_transfer_network  # noqa: E402
from analysis.entities.lexicon import load_lexicons  # noqa: E402
from analysis.errors import ParameterError  # noqa: E402
from analysis.grammar import tag_words  # noqa: E402
from analysis.text.article import article_from_text, load_article  # noqa: E402
from analysis.text.sentences import Sentence, split_sentences  # noqa: E402
from analysis.transfers import rules as rules  # noqa: E402
from analysis.transfers.extract import (
    describe_transfers,
    extract_from_article,
    find_transfers,
    readable_transfers,
    select_statuses,
    summarise_pairs,
    transfers_frame,
)
from analysis.transfers.records import SentenceContext
from analysis.transfers.sentence import extract_from_sentence
from analysis.transfers.sources import find_sources


@dataclass(frozen=True)
class FakeMatch:
    name: str
    kind: str
    type: str
    weapon_class: str
    country: str
    form: str
    start: int
    end: int


# surface form -> (name, kind, type or category, weapon class, country)
LEXICON = {
    "Iran": ("Iran", "actor", "country", "", "IRN"),
    "Iranian": ("Iran", "actor", "country", "", "IRN"),
    "Tehran": ("Government of Iran", "actor", "government", "", "IRN"),
    "Russia": ("Russia", "actor", "country", "", "RUS"),
    "Russian": ("Russia", "actor", "country", "", "RUS"),
    "Russian government": ("Government of Russia", "actor", "government", "", "RUS"),
    "Russian forces": ("Armed Forces of Russia", "actor", "military", "", "RUS"),
    "Moscow": ("Government of Russia", "actor", "government", "", "RUS"),
    "Ukraine": ("Ukraine", "actor", "country", "", "UKR"),
    "Ukrainian Air Force": ("Ukrainian Air Force", "actor", "military", "", "UKR"),
    "Ukrainian": ("Ukraine", "actor", "country", "", "UKR"),
    "United States": ("United States", "actor", "country", "", "USA"),
    "U.S.": ("United States", "actor", "country", "", "USA"),
    "White House": ("Government of the United States", "actor", "government", "", "USA"),
    "Wagner mercenary group": ("Wagner Group", "actor", "armed_group", "", "RUS"),
    "Hezbollah": ("Hezbollah", "actor", "armed_group", "", "LBN"),
    "Lebanese": ("Lebanon", "actor", "country", "", "LBN"),
    "HESA": ("HESA", "actor", "company", "", "IRN"),
    "Mr. Kirby": ("John Kirby", "actor", "person", "", "USA"),
    "John Kirby": ("John Kirby", "actor", "person", "", "USA"),
    "Sergei Shoigu": ("Sergei Shoigu", "actor", "person", "", "RUS"),
    "Ms. Jean-Pierre": ("Karine Jean-Pierre", "actor", "person", "", "USA"),
    "ballistic missiles": ("ballistic missile", "weapon", "missiles", "ballistic missile", ""),
    "short-range ballistic missiles": (
        "ballistic missile",
        "weapon",
        "missiles",
        "ballistic missile",
        "",
    ),
    "missiles": ("missile", "weapon", "missiles", "missile", ""),
    "drones": ("drone", "weapon", "uav", "drone", ""),
    "Drones": ("drone", "weapon", "uav", "drone", ""),
    "Shahed drones": ("Shahed-136", "weapon", "uav", "drone", "IRN"),
    "guided aerial bombs": ("guided aerial bomb", "weapon", "guided_bombs", "guided bomb", ""),
    "munitions": ("munition", "weapon", "munitions", "munition", ""),
    "air defense": ("air defence system", "weapon", "air_defence", "air defence system", ""),
    "attack helicopters": ("attack helicopter", "weapon", "aircraft", "attack helicopter", ""),
    "radars": ("radar", "weapon", "sensors", "radar", ""),
    "combat trainer aircraft": ("combat trainer aircraft", "weapon", "aircraft", "trainer", ""),
    "Su-35": ("Su-35", "weapon", "aircraft", "fighter jet", "RUS"),
    "fighter jets": ("fighter jet", "weapon", "aircraft", "fighter jet", ""),
    "cruise missile": ("cruise missile", "weapon", "missiles", "cruise missile", ""),
}
COUNTRIES = {"IRN": "Iran", "RUS": "Russia", "UKR": "Ukraine", "USA": "United States"}
COUNTRIES |= {"LBN": "Lebanon"}


def fake_mentions(text: str, offset: int = 0) -> list[FakeMatch]:
    """Longest form first, no overlaps, whole words; offsets shifted by ``offset``."""
    found, taken = [], []
    for form in sorted(LEXICON, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append(m.span())
            found.append(FakeMatch(*LEXICON[form], m.group(), m.start() + offset, m.end() + offset))
    return sorted(found, key=lambda f: f.start)


def read(text, section="body", previous="", last_speaker="John Kirby", inherited=""):
    """The transfers of one sentence; ``previous`` is the sentence before it."""
    sentence = Sentence(1, section, 0, len(text), text)
    mentions = fake_mentions(text)
    before = []
    if previous:
        from analysis.transfers.sentence import sentence_subjects

        earlier = Sentence(0, "body", 0, len(previous), previous)
        before = sentence_subjects(earlier, fake_mentions(previous))
    sources = find_sources(sentence, mentions, last_speaker)
    context = SentenceContext(COUNTRIES, before, sources, inherited)
    return extract_from_sentence(sentence, mentions, context)


def read_article(text):
    """The transfer table of an article written as plain text (paragraphs by blank lines)."""
    article = article_from_text(text)
    return extract_from_article(
        article, split_sentences(article), fake_mentions(article.text), COUNTRIES
    )


def rows_of(transfers, *columns):
    columns = columns or ("supplier_country", "recipient_country", "item", "status")
    return [tuple(getattr(t, c) for c in columns) for t in transfers]


# --- cues, direction and status --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # give-verbs: the subject supplies
        ("Iran has been providing Russia with drones.", ("Iran", "Russia", "drone", "ongoing")),
        ("Iran is supplying Russia with drones.", ("Iran", "Russia", "drone", "ongoing")),
        ("Iran supplied drones to Russia.", ("Iran", "Russia", "drone", "delivered")),
        ("Iran delivered drones to Russia in May.", ("Iran", "Russia", "drone", "delivered")),
        ("Iran sent drones to Russia.", ("Iran", "Russia", "drone", "delivered")),
        ("Iran has shipped drones to Russia.", ("Iran", "Russia", "drone", "delivered")),
        ("Iran transferred drones to Russia.", ("Iran", "Russia", "drone", "delivered")),
        ("Iran gave Russia drones.", ("Iran", "Russia", "drone", "delivered")),
        ("Iran exports drones to Russia.", ("Iran", "Russia", "drone", "ongoing")),
        ("Russia handed over radars to Iran.", ("Russia", "Iran", "radar", "delivered")),
        (
            "Russia agreed to sell Su-35 fighter jets to Iran.",
            ("Russia", "Iran", "Su-35", "agreed"),
        ),
        ("Russia has been offering Iran radars.", ("Russia", "Iran", "radar", "offered")),
        ("Russia offered to sell radars to Iran.", ("Russia", "Iran", "radar", "offered")),
        # get-verbs: the subject receives, "from" names the supplier
        ("Iran bought radars from Russia.", ("Russia", "Iran", "radar", "delivered")),
        ("Iran acquired radars from Russia.", ("Russia", "Iran", "radar", "delivered")),
        ("Iran received radars from Russia.", ("Russia", "Iran", "radar", "delivered")),
        ("Iran is seeking to purchase radars from Russia.", ("Russia", "Iran", "radar", "sought")),
        ("Iran is looking to buy radars from Russia.", ("Russia", "Iran", "radar", "sought")),
        ("Iran wants to buy radars from Russia.", ("Russia", "Iran", "radar", "sought")),
        ("Iran ordered radars from Russia.", ("Russia", "Iran", "radar", "agreed")),
        (
            "Iran had finalized a deal to buy Su-35 fighter jets from Russia.",
            ("Russia", "Iran", "Su-35", "agreed"),
        ),
        (
            "Iran signed a contract to purchase radars from Russia.",
            ("Russia", "Iran", "radar", "agreed"),
        ),
        # help ... develop
        (
            "Russia has also been helping Iran develop its ballistic missiles.",
            ("Russia", "Iran", "ballistic missile", "ongoing"),
        ),
        # modality
        ("Iran may provide Russia with drones.", ("Iran", "Russia", "drone", "possible")),
        ("Iran could supply Russia with drones.", ("Iran", "Russia", "drone", "possible")),
        ("Iran plans to send drones to Russia.", ("Iran", "Russia", "drone", "planned")),
        # negation
        ("Iran did not supply drones to Russia.", ("Iran", "Russia", "drone", "negated")),
        ("Iran has never sent drones to Russia.", ("Iran", "Russia", "drone", "negated")),
    ],
)
def test_each_cue_gives_direction_and_status(text, expected):
    assert rows_of(read(text)) == [expected]


@pytest.mark.parametrize(
    ("text", "hedges"),
    [
        ("Iran may provide Russia with drones.", "may"),
        ("Iran is considering providing Russia with drones.", "considering"),
        ("Iran may be preparing to send drones to Russia.", "may be preparing"),
        ("Iran allegedly transferred drones to Russia.", "allegedly"),
        ("Iran sent drones to Russia.", ""),
    ],
)
def test_hedge_words_are_kept(text, hedges):
    assert [t.hedges for t in read(text)] == [hedges]


def test_considering_and_preparing_make_a_transfer_possible():
    considering = read("Iran is considering providing Russia with ballistic missiles now.")
    preparing = read("Iran was preparing to send drones to Russia.")
    assert rows_of(considering + preparing) == [
        ("Iran", "Russia", "ballistic missile", "possible"),
        ("Iran", "Russia", "drone", "possible"),
    ]


def test_headline_present_tense_reports_a_delivery_and_its_source():
    rows = read("Iran Sends Russia Drones: White House", section="headline")
    assert rows_of(rows, "supplier", "recipient", "item", "status", "attributed_to") == [
        ("Iran", "Russia", "drone", "delivered", "White House")
    ]


def test_a_cue_word_used_as_a_noun_is_not_a_verb():
    # word classes come from the grammar now: "supplies" after an adjective is a noun
    assert {t.text: t.tag for t in tag_words("Military supplies ran low.")}["supplies"] == "NOUN"
    assert {t.text: t.tag for t in tag_words("Russia supplies drones.")}["supplies"] == "VERB"
    assert read("Military supplies ran low.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a state approving a sale no seller is named for exports it itself
            "Moscow approved the sale of radars to Iran.",
            ("Russia", "Iran", "radar", "agreed"),
        ),
        (
            "Russia’s purchase of drones from Iran worried Kyiv.",
            ("Iran", "Russia", "drone", "agreed"),
        ),
        # a supply noun with no verb above that tells its stage reports a supply taking
        # place: ongoing in a present clause, delivered in a past one
        (
            "The supply of drones to Russia worries Kyiv.",
            (rules.NOT_STATED, "Russia", "drone", "ongoing"),
        ),
        (
            "The shipment of drones to Russia alarmed Kyiv.",
            (rules.NOT_STATED, "Russia", "drone", "delivered"),
        ),
        # a cue in a phrase of cause or topic takes no stage from the clause's verb
        (
            "The EU agreed on sanctions over Iran's supply of drones to Russia.",
            ("Iran", "Russia", "drone", "delivered"),
        ),
        ("Iran took delivery of radars from Russia.", ("Russia", "Iran", "radar", "delivered")),
        # a pledge commits to a future transfer: planned (CONVENTIONS)
        ("Iran has pledged drones to Russia.", ("Iran", "Russia", "drone", "planned")),
    ],
)
def test_transfer_nouns_and_phrases(text, expected):
    assert rows_of(read(text)) == [expected]


def test_a_transfer_noun_without_an_item_or_a_party_gives_no_row():
    assert read("Russia’s deliveries of grain to Iran resumed.") == []
    assert read("Arms sales are rising.") == []


# --- lists -----------------------------------------------------------------------
def test_a_list_of_items_gives_one_row_each():
    rows = read(
        "Mr. Kirby noted that the United States is concerned about Tehran’s growing military "
        "cooperation with Moscow, further pointing out that the Islamic regime has already "
        "been providing Russia with drones, guided aerial bombs, and other munitions."
    )
    assert rows_of(rows, "supplier", "supplier_text", "recipient", "item", "status") == [
        ("Government of Iran", "the Islamic regime", "Russia", "drone", "ongoing"),
        ("Government of Iran", "the Islamic regime", "Russia", "guided aerial bomb", "ongoing"),
        ("Government of Iran", "the Islamic regime", "Russia", "munition", "ongoing"),
    ]
    assert {t.attributed_to for t in rows} == {"John Kirby"}


def test_an_unknown_word_listed_with_weapons_is_an_item_and_the_umbrella_gives_way():
    rows = read(
        "In return for that military support, Mr. Kirby said Moscow has been offering Tehran "
        "“unprecedented defense cooperation, including on missiles, electronics, and air "
        "defense.”"
    )
    assert rows_of(rows, "supplier", "recipient", "item", "category", "status") == [
        ("Government of Russia", "Government of Iran", "missile", "missiles", "offered"),
        ("Government of Russia", "Government of Iran", "electronics", "unspecified", "offered"),
        (
            "Government of Russia",
            "Government of Iran",
            "air defence system",
            "air_defence",
            "offered",
        ),
    ]


def test_including_replaces_a_generic_item_by_the_named_ones():
    rows = read(
        "Iran is seeking to purchase additional military equipment from Russia, including "
        "attack helicopters, radars, and combat trainer aircraft."
    )
    assert [t.item for t in rows] == ["attack helicopter", "radar", "combat trainer aircraft"]


def test_a_generic_phrase_is_an_item_but_a_purpose_clause_is_not():
    rows = read(
        "In total, Iran is seeking billions of dollars worth of military equipment from Russia "
        "to strengthen its military capabilities."
    )
    assert rows_of(rows, "supplier", "recipient", "item", "category", "status") == [
        ("Russia", "Iran", "military equipment", "unspecified", "sought")
    ]


def test_help_develop_takes_the_phrases_developed_as_items():
    rows = read(
        "Russia has also been helping Iran develop and maintain its satellite collection "
        "capabilities and other space-based programs."
    )
    assert rows_of(rows) == [
        ("Russia", "Iran", "satellite collection capabilities", "ongoing"),
        ("Russia", "Iran", "space-based programs", "ongoing"),
    ]


def test_help_with_takes_what_follows_as_items():
    rows = read("Tehran is helping Russia with drones and microchips.")
    assert rows_of(rows) == [
        ("Iran", "Russia", "drone", "ongoing"),
        ("Iran", "Russia", "microchips", "ongoing"),
    ]
    assert read("Turkey helped with the negotiations.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia, he said, may be helping Iran with drones.",
        "Russia, officials said, may be helping Iran with drones.",
        "Russia sold food to Syria, he said, and may be helping Iran with drones.",
    ],
)
def test_a_speech_aside_does_not_hide_the_subject_named_before_it(text):
    assert rows_of(read(text)) == [("Russia", "Iran", "drone", "possible")]


@pytest.mark.parametrize(
    "text",
    [
        "Iran sold drones to Russia and may be helping Moscow with guided aerial bombs.",
        "Iran sold drones to Russia and later shipped missiles to Moscow.",
    ],
)
def test_words_that_carry_a_clause_on_are_no_items(text):
    items = [row.item for row in read(text)]
    assert "drone" in items
    assert not {"may be", "later"} & set(items)


def test_a_list_of_recipients_gives_one_row_each_and_a_group_is_not_rolled_up():
    rows = read(
        "Additionally, Mr. Kirby revealed that U.S. intelligence indicates the Wagner mercenary "
        "group, at the direction of the Russian government, was preparing to provide an air "
        "defense capability to either Iran or the Lebanese terrorist group Hezbollah."
    )
    columns = ("supplier_country", "recipient_country", "item", "status", "hedges")
    assert rows_of(rows, *columns) == [
        ("Wagner Group", "Iran", "air defence system", "possible", "preparing to"),
        ("Wagner Group", "Hezbollah", "air defence system", "possible", "preparing to"),
    ]
    assert {(t.attributed_to, t.according_to, t.directed_by) for t in rows} == {
        ("John Kirby", "U.S. intelligence (indicates)", "Government of Russia")
    }


def test_an_apposition_after_the_recipient_is_not_a_second_recipient():
    rows = read("Iran sent drones to Russia, the Russian government said.")
    assert rows_of(rows, "recipient", "item", "attributed_to") == [
        ("Russia", "drone", "Russian government")
    ]


# --- attribution ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "last_speaker", "source"),
    [
        ("Mr. Kirby said Iran sent drones to Russia.", "", "John Kirby"),
        ("“Iran sent drones to Russia,” he said.", "John Kirby", "John Kirby"),
        ("“Iran sent drones to Russia,” he said.", "", "unresolved: he"),
        ("U.S. intelligence indicates Iran sent drones to Russia.", "", "U.S. intelligence"),
        ("Iran sent drones to Russia, according to U.S. officials.", "", "U.S. officials"),
        ("“Iran sent drones to Russia,” said John Kirby.", "", "John Kirby"),
        ("Iran sent drones to Russia, the defense ministry said.", "", "defense ministry"),
        ("Iran sent drones to Russia.", "John Kirby", ""),
    ],
)
def test_attribution_names_who_says_so(text, last_speaker, source):
    assert [t.attributed_to for t in read(text, last_speaker=last_speaker)] == [source]


def test_a_name_containing_a_speech_verb_is_not_a_source():
    sentence = Sentence(1, "body", 0, 40, "The United States sent drones to Russia.")
    assert find_sources(sentence, fake_mentions(sentence.text)) == []


def test_the_outermost_source_is_attributed_and_the_inner_one_is_according_to():
    rows = read("Mr. Kirby said U.S. intelligence indicates Iran sent drones to Russia.")
    assert rows_of(rows, "attributed_to", "according_to") == [
        ("John Kirby", "U.S. intelligence (indicates)")
    ]


# --- who speaks: pronoun speakers, nested sources -------------------------------------
def test_a_source_is_the_subject_of_the_speech_verb_not_a_person_named_after_it():
    text = (
        "“Iran may send drones to Russia,” Mr. Kirby said, pointing to a visit by Defense "
        "Minister Sergei Shoigu."
    )
    sentence = Sentence(1, "body", 0, len(text), text)
    assert [s.name for s in find_sources(sentence, fake_mentions(text))] == ["John Kirby"]


def test_he_said_is_the_last_speaker_not_the_last_person_mentioned():
    table = read_article(
        "Talks in Tehran\n\n"
        "“Iran may send drones to Russia,” Mr. Kirby said, pointing to a visit by Defense "
        "Minister Sergei Shoigu.\n\n"
        "“Iran is considering providing Russia with ballistic missiles,” he said.\n\n"
        "Iran hosted Sergei Shoigu in Tehran.\n\n"
        "“Iran could also send radars to Russia,” he added."
    )
    assert rows_of(table.itertuples(), "sentence_number", "item", "attributed_to") == [
        (2, "drone", "John Kirby"),
        (3, "ballistic missile", "John Kirby"),
        (5, "radar", "John Kirby"),
    ]


def test_she_said_is_the_last_speaker_a_pronoun_can_mean():
    table = read_article(
        "Briefing\n\n"
        "Ms. Jean-Pierre said Iran sent drones to Russia.\n\n"
        "Mr. Kirby said Iran sent munitions to Russia.\n\n"
        "“Iran also sent radars to Russia,” she added."
    )
    assert rows_of(table.itertuples(), "item", "attributed_to") == [
        ("drone", "Karine Jean-Pierre"),
        ("munition", "John Kirby"),
        ("radar", "Karine Jean-Pierre"),
    ]


def test_they_said_is_the_last_group_that_spoke_and_never_a_single_person():
    table = read_article(
        "Briefing\n\n"
        "U.S. officials said Iran sent drones to Russia.\n\n"
        "“Iran also sent radars to Russia,” they said.\n\n"
        "Mr. Kirby said Iran sent munitions to Russia.\n\n"
        "“Iran sent missiles to Russia,” they said."
    )
    assert rows_of(table.itertuples(), "item", "attributed_to") == [
        ("drone", "U.S. officials"),
        ("radar", "U.S. officials"),
        ("munition", "John Kirby"),
        ("missile", "unresolved: they"),
    ]


def test_a_person_named_by_a_role_is_a_speaker_he_can_mean():
    table = read_article(
        "Briefing\n\n"
        "Mr. Kirby said Iran sent munitions to Russia.\n\n"
        "“Iran sent drones to Russia,” a Ukrainian intelligence official said.\n\n"
        "“Iran also sent radars to Russia,” he said.\n\n"
        "“Iran sent missiles to Russia,” they said."
    )
    assert rows_of(table.itertuples(), "item", "attributed_to") == [
        ("munition", "John Kirby"),
        ("drone", "Ukrainian intelligence official"),
        ("radar", "Ukrainian intelligence official"),
        ("missile", "unresolved: they"),
    ]


def test_a_pronoun_speaker_with_no_speaker_before_is_left_unresolved():
    table = read_article(
        "Briefing\n\nIran hosted Sergei Shoigu in Tehran.\n\n"
        "“Iran sent drones to Russia,” she said."
    )
    assert rows_of(table.itertuples(), "item", "attributed_to") == [("drone", "unresolved: she")]


def test_a_source_quoted_by_a_speaker_is_according_to_and_the_speaker_is_attributed():
    rows = read(
        "“Earlier this year, Iran announced that it had finalized a deal to buy Su-35 fighter "
        "jets from Russia,” he said.",
        last_speaker="John Kirby",
    )
    columns = ("supplier", "recipient", "item", "status", "attributed_to", "according_to")
    assert rows_of(rows, *columns) == [
        ("Russia", "Iran", "Su-35", "agreed", "John Kirby", "Iran (announced)")
    ]


def test_hedges_stay_when_the_source_is_nested():
    rows = read(
        "“Moscow said it may buy drones from Iran,” he said.",
        last_speaker="John Kirby",
    )
    assert rows_of(rows, "status", "hedges", "attributed_to", "according_to") == [
        ("possible", "may", "John Kirby", "Moscow (said)")
    ]


def test_a_quoted_sentence_keeps_the_speaker_of_its_paragraph_above_its_own_source():
    table = read_article(
        "Briefing\n\n"
        "“Iran sent drones to Russia,” Mr. Kirby said. “Earlier, Iran announced it had "
        "bought radars from Russia.”"
    )
    assert rows_of(table.itertuples(), "item", "attributed_to", "according_to") == [
        ("drone", "John Kirby", ""),
        ("radar", "John Kirby", "Iran (announced)"),
    ]


def test_sources_of_separate_clauses_are_not_nested():
    rows = read(
        "Mr. Kirby said Iran sent drones to Russia, but U.S. officials say Moscow bought "
        "radars from Iran."
    )
    assert rows_of(rows, "item", "attributed_to", "according_to") == [
        ("drone", "John Kirby", ""),
        ("radar", "U.S. officials", ""),
    ]


# --- who directs a transfer ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Wagner mercenary group, at the direction of the Russian government, was preparing "
        "to provide drones to Iran.",
        "On Moscow’s orders, the Wagner mercenary group sent drones to Iran.",
        "The Wagner mercenary group sent drones to Iran at Moscow’s direction.",
        "The Wagner mercenary group sent drones to Iran on behalf of the Russian government.",
    ],
)
def test_who_directs_a_transfer_is_directed_by_and_not_a_party(text):
    rows = read(text)
    assert rows_of(rows, "supplier", "recipient", "item", "directed_by") == [
        ("Wagner Group", "Iran", "drone", "Government of Russia")
    ]


def test_a_transfer_nobody_directs_has_no_directed_by():
    assert rows_of(read("Iran sent drones to Russia."), "directed_by") == [("",)]


# --- the item as written ----------------------------------------------------------------
def test_the_item_keeps_the_words_of_the_article_beside_its_canonical_name():
    rows = read("Iran could supply Russia with short-range ballistic missiles and drones.")
    assert rows_of(rows, "item", "item_text") == [
        ("ballistic missile", "short-range ballistic missiles"),
        ("drone", "drones"),
    ]
    table = readable_transfers(transfers_frame(rows))
    assert table["Item"].tolist() == [
        "short-range ballistic missiles (ballistic missile)",
        "drones",
    ]


# --- denials ------------------------------------------------------------------------
def test_a_denial_names_who_denies():
    rows = read("Iran denied supplying drones to Russia.")
    assert rows_of(rows, "supplier", "recipient", "item", "status", "denied_by") == [
        ("Iran", "Russia", "drone", "denied", "Iran")
    ]


def test_a_denied_claim_of_foreign_built_weapons_in_use():
    rows = read(
        "Tehran and Moscow have both denied claims that Russian forces are using Iranian-built "
        "drones against targets in Ukraine."
    )
    assert rows_of(rows, "supplier_country", "recipient_country", "item", "status") == [
        ("Iran", "Russia", "drone", "denied")
    ]
    assert rows[0].denied_by == "Tehran and Moscow"


def test_a_foreign_built_weapon_in_use_implies_a_transfer_but_a_domestic_one_does_not():
    assert rows_of(read("Russian forces launched Iranian-made drones at Kyiv.")) == [
        ("Iran", "Russia", "drone", "implied")
    ]
    assert read("Russian forces fired Russian-made cruise missile at Kyiv.") == []
    assert rows_of(read("Russian forces used Iranian drones against Ukraine.")) == [
        ("Iran", "Russia", "drone", "implied")
    ]
    assert read("Ukraine said Iranian drones were used in the attack.") == []


def test_a_denial_does_not_reach_past_but():
    rows = read(
        "Iran has denied supplying drones to Russia, but U.S. officials say Iran has shipped "
        "munitions to Russia."
    )
    assert rows_of(rows, "item", "status", "denied_by", "attributed_to") == [
        ("drone", "denied", "Iran", "U.S. officials"),
        ("munition", "delivered", "", "U.S. officials"),
    ]


def test_believed_to_is_a_hedge_not_a_source():
    rows = read("Russia is believed to have received munitions from Iran.", last_speaker="")
    assert rows_of(rows, "supplier", "recipient", "status", "hedges", "attributed_to") == [
        ("Iran", "Russia", "delivered", "believed to", "")
    ]


def test_asked_names_the_supplier_as_its_object():
    assert rows_of(read("Moscow has asked Tehran for more drones.")) == [
        ("Iran", "Russia", "drone", "sought")
    ]


def test_a_relative_clause_takes_its_item_from_the_noun_before_it():
    rows = read("Ukraine shot down the drones, which Russia had bought from Iran.")
    assert rows_of(rows) == [("Iran", "Russia", "drone", "delivered")]


def test_a_second_verb_shares_the_subject_of_the_first():
    rows = read("Russia sold radars to Iran and delivered drones to Hezbollah.")
    assert rows_of(rows) == [
        ("Russia", "Iran", "radar", "delivered"),
        ("Russia", "Hezbollah", "drone", "delivered"),
    ]


# --- no transfer -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "On Nov. 22, the Ukrainian Air Force said in a statement that its air defenses shot "
        "down 14 Shahed drones launched by Russian forces in an overnight attack, noting a "
        "cruise missile was also fired toward the Zaporizhzhia region.",
        "Russian forces fired ballistic missiles at Ukraine.",
        "The drones are produced by HESA.",
        "Iran hosted Russian officials to show off a range of ballistic missiles.",
        "Russian entities might make these destabilizing transfers.",
        "Iran sent a delegation to Russia.",
    ],
)
def test_weapons_and_actors_without_a_transfer_give_no_row(text):
    assert read(text) == []


# --- references ------------------------------------------------------------------------
def test_a_role_noun_refers_to_the_single_subject_of_the_previous_sentence():
    rows = read("The regime has received radars from Russia.", previous="Iran is at war.")
    assert rows_of(rows, "recipient", "recipient_text", "supplier") == [
        ("Iran", "The regime", "Russia")
    ]


def test_a_reference_with_two_candidates_is_left_unresolved():
    rows = read(
        "The country has received radars from Russia.",
        previous="Iran and Ukraine are at war.",
    )
    assert rows_of(rows, "recipient", "recipient_text", "supplier") == [
        (rules.UNRESOLVED, "The country", "Russia")
    ]


def test_the_other_party_is_never_its_own_antecedent():
    rows = read("The regime has received radars from Russia.", previous="Russia is at war.")
    assert rows_of(rows, "recipient", "supplier") == [(rules.UNRESOLVED, "Russia")]


def test_a_pronoun_refers_to_the_actor_named_before_it_in_the_sentence():
    rows = read(
        "Iran announced that it had finalized a deal to buy Su-35 fighter jets from Russia."
    )
    assert rows_of(rows, "supplier", "recipient", "recipient_text", "item", "status") == [
        ("Russia", "Iran", "it", "Su-35", "agreed")
    ]


def test_a_party_the_text_does_not_name_is_not_stated_and_no_party_no_row():
    assert rows_of(read("Drones were sent to Russia.")) == [
        (rules.NOT_STATED, "Russia", "drone", "delivered")
    ]
    assert read("Drones were sent.") == []


def test_offsets_point_into_the_article_text():
    text = "Iran sent drones to Russia."
    sentence = Sentence(4, "body", 100, 100 + len(text), text)
    padded = " " * 100 + text
    (row,) = extract_from_sentence(sentence, fake_mentions(text, offset=100), SentenceContext())
    assert (row.start, row.end, row.sentence_number) == (100, 127, 4)
    assert padded[row.item_start : row.item_end] == "drones"


def test_a_mention_without_a_form_takes_its_words_from_its_own_offsets():
    text = "Russian forces used Iranian drones against Ukraine."
    sentence = Sentence(2, "body", 100, 100 + len(text), text)
    bare = [  # matches from another matcher: no ``form``
        SimpleNamespace(**{k: v for k, v in vars(m).items() if k != "form"})
        for m in fake_mentions(text, offset=100)
    ]
    rows = extract_from_sentence(sentence, bare, SentenceContext(COUNTRIES))
    assert rows_of(rows) == [("Iran", "Russia", "drone", "implied")]


# --- the fixture article ----------------------------------------------------------------
@pytest.fixture(scope="module")
def korea_poland():
    lexicons = load_lexicons(
        fixture_path("transfers_actors.csv"),
        fixture_path("transfers_weapons.csv"),
        titles=fixture_path("transfers_titles.txt"),
    )
    article = load_article(fixture_path("transfers_south_korea_poland.txt"))
    return article, find_transfers(article, lexicons)


# (sentence, supplier, supplier country, recipient, recipient country, item, category,
#  status, hedges, attributed to, denied by), read off the article by hand.
KOREA_POLAND = [
    (1, "South Korea", "South Korea", "Poland", "Poland", "K2 Black Panther",
     "armoured_vehicles", "delivered", "", "Officials", ""),
    (3, "South Korea", "South Korea", "Poland", "Poland", "K2 Black Panther",
     "armoured_vehicles", "delivered", "", "Polish defense ministry", ""),
    (3, "South Korea", "South Korea", "Poland", "Poland", "K9 Thunder",
     "artillery", "delivered", "", "Polish defense ministry", ""),
    (4, "South Korea", "South Korea", "Poland", "Poland", "K2 Black Panther",
     "armoured_vehicles", "agreed", "", "", ""),
    (4, "South Korea", "South Korea", "Poland", "Poland", "K9 Thunder",
     "artillery", "agreed", "", "", ""),
    (4, "South Korea", "South Korea", "Poland", "Poland", "FA-50",
     "aircraft", "agreed", "", "", ""),
    # the FA-50s handed over are the ones the contract of sentence 4 buys from South Korea
    (5, "South Korea", "South Korea", "Polish Air Force", "Poland", "FA-50",
     "aircraft", "delivered", "", "", ""),
    (7, "South Korea", "South Korea", "Poland", "Poland", "K239 Chunmoo",
     "artillery", "possible", "considering", "", ""),
    # "The country has already received 18 Chunmoo launchers": from South Korea (sentence 7)
    (8, "South Korea", "South Korea", "Poland", "Poland", "K239 Chunmoo",
     "artillery", "delivered", "", "ministry", ""),
    (9, "Hanwha Aerospace", "South Korea", "Poland", "Poland", "K9 Thunder",
     "artillery", "ongoing", "", "company", ""),
    (10, "South Korea", "South Korea", "Poland", "Poland", "KF-21 Boramae",
     "aircraft", "offered", "", "Kim Min-soo", ""),
    (11, "Government of South Korea", "South Korea", "Government of Poland", "Poland",
     "FA-50", "aircraft", "sought", "", "Kim Min-soo", ""),
    (13, "Government of South Korea", "South Korea", "Ukraine", "Ukraine",
     "artillery shell", "munitions", "denied", "", "", "Seoul"),
    (14, "South Korea", "South Korea", "Government of Ukraine", "Ukraine",
     "weapons", "unspecified", "negated", "", "", ""),
]  # fmt: skip


def test_fixture_article_gives_the_table_worked_out_by_hand(korea_poland):
    _, table = korea_poland
    columns = [
        "sentence_number", "supplier", "supplier_country", "recipient", "recipient_country",
        "item", "category", "status", "hedges", "attributed_to", "denied_by",
    ]  # fmt: skip
    assert [tuple(row) for row in table[columns].itertuples(index=False)] == KOREA_POLAND


def test_fixture_rows_keep_their_evidence(korea_poland):
    article, table = korea_poland
    for row in table.itertuples(index=False):
        assert article.text[row.start : row.end] == row.sentence
        assert row.start <= row.item_start < row.item_end <= row.end
    items = [article.text[r.item_start : r.item_end] for r in table.itertuples(index=False)]
    assert items[:3] == ["K2 Tanks", "K2 tanks", "K9 self-propelled howitzers"]
    denial = table[table["status"] == "denied"].iloc[0]
    assert denial["supplier_text"] == "it"  # "Seoul has repeatedly denied reports that it sent"


def test_fixture_items_as_written_beside_their_canonical_names(korea_poland):
    _, table = korea_poland
    # The words of each item in its sentence, read off the article; a class
    # right after a named system is part of it ("K9 howitzers").
    assert table["item_text"].tolist() == [
        "K2 Tanks", "K2 tanks", "K9 self-propelled howitzers", "K2 tanks", "K9 howitzers",
        "FA-50", "FA-50", "K239 Chunmoo", "Chunmoo", "K9 howitzers", "KF-21", "FA-50",
        "artillery shells", "weapons",
    ]  # fmt: skip
    readable = readable_transfers(table)
    assert readable["Item"].tolist()[:3] == [
        "K2 Tanks (K2 Black Panther)",
        "K2 tanks (K2 Black Panther)",
        "K9 self-propelled howitzers (K9 Thunder)",
    ]
    assert readable["Item"].tolist()[-2:] == ["artillery shells", "weapons"]
    # No sentence of the article quotes a source inside a quotation or names who directs.
    assert set(table["according_to"]) == {""}
    assert set(table["directed_by"]) == {""}


def test_summary_by_pair_and_category(korea_poland):
    _, table = korea_poland
    summary = summarise_pairs(table)
    first = summary.iloc[0]
    # South Korea -> Poland artillery: K9 (sentences 3, 4, 9) and Chunmoo (7, 8).
    assert (first["supplier"], first["recipient"], first["category"]) == (
        "South Korea",
        "Poland",
        "artillery",
    )
    assert (first["items"], first["rows"], first["sentences"]) == (
        "K9 Thunder, K239 Chunmoo",
        5,
        "3, 4, 7, 8, 9",
    )
    assert len(summary) == 5  # KOR->POL: 3 categories; KOR->UKR: 2
    # Each item with its own statuses, from the rows worked out by hand above.
    assert describe_transfers(table) == (
        "South Korea → Poland: K2 Black Panther (delivered, agreed), "
        "K9 Thunder (delivered, agreed, ongoing), FA-50 (agreed, delivered, sought), "
        "K239 Chunmoo (possible, delivered), KF-21 Boramae (offered); "
        "South Korea → Ukraine: artillery shell (denied), weapons (negated)"
    )


def test_statuses_can_be_selected_and_unknown_ones_are_refused(korea_poland):
    _, table = korea_poland
    assert select_statuses(table, ["denied", "negated"])["item"].tolist() == [
        "artillery shell",
        "weapons",
    ]
    assert len(select_statuses(table, [])) == len(KOREA_POLAND)
    assert select_statuses(table, "denied, negated")["status"].tolist() == ["denied", "negated"]
    with pytest.raises(ParameterError, match="unknown status delivred"):
        select_statuses(table, ["delivred"])


def test_network_draws_one_arrow_per_pair_and_status(korea_poland):
    _, table = korea_poland
    edges = network_edges(table)
    # KOR->POL: delivered, agreed, possible, ongoing, offered, sought; KOR->UKR: denied,
    # negated (the FA-50s and Chunmoos delivered are the ones bought from South Korea).
    assert len(edges) == 8
    ax = plot_transfer_network(table, source="test")
    arrows = [p for p in ax.patches if isinstance(p, FancyArrowPatch)]
    assert len(arrows) == 8
    styles = {p.get_linestyle() for p in arrows}
    assert {"solid", "dashed", "dotted", "dashdot"} <= styles
    labels = {t.get_text() for t in ax.texts}
    assert {"South Korea", "Poland", "Ukraine"} <= labels
    assert "artillery shell" in labels


def test_network_of_actors_keeps_government_bodies_apart(korea_poland):
    _, table = korea_poland
    nodes = set(network_edges(table, roll_up=False)[["supplier", "recipient"]].stack())
    assert {"Government of South Korea", "Hanwha Aerospace", "Polish Air Force"} <= nodes


def test_network_of_nothing_says_so():
    ax = plot_transfer_network(transfers_frame([]))
    assert "No transfers found" in {t.get_text() for t in ax.texts}
    assert ax.get_title() == "The article reports no arms transfers"


# --- command line -------------------------------------------------------------------------
def run_cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "analysis", "transfers", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_cli_prints_the_transfers_as_json():
    result = run_cli(
        fixture_path("transfers_south_korea_poland.txt"),
        "--json",
        "--actors",
        fixture_path("transfers_actors.csv"),
        "--weapons",
        fixture_path("transfers_weapons.csv"),
    )
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    # "article" is the path as given in all three JSON outputs; "article_id" the id
    assert summary["article"] == str(fixture_path("transfers_south_korea_poland.txt"))
    assert summary["article_id"] == "transfers-south-korea-poland"
    first = summary["transfers"][0]
    assert {
        k: first[k]
        for k in ("supplier", "recipient", "item", "category", "status", "attributed_to")
    } == {
        "supplier": "South Korea",
        "recipient": "Poland",
        "item": "K2 Black Panther",
        "category": "armoured_vehicles",
        "status": "delivered",
        "attributed_to": "Officials",
    }
    assert (first["item_text"], first["according_to"], first["directed_by"]) == (
        "K2 Tanks",
        "",
        "",
    )
    assert first["sentence"] == "South Korea Delivers More K2 Tanks to Poland, Officials Say"
    assert len(summary["transfers"]) == len(KOREA_POLAND)


def test_cli_bad_article_is_one_line_and_exit_2(tmp_path):
    missing = tmp_path / "nope.txt"
    result = run_cli(missing, "--json")
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {missing}: no such file"
    assert result.stdout == ""


def test_transfers_for_reading_folds_sources_into_notes_and_marks_the_item():
    import pandas as pd

    from analysis.transfers.extract import transfers_for_reading

    row = {
        "supplier": "Government of Chad", "supplier_country": "Chad", "recipient": "Niger",
        "recipient_country": "Niger", "item": "drone", "item_text": "armed drones",
        "category": "uav", "status": "possible", "hedges": "may", "attributed_to": "",
        "according_to": "Reuters (reported)", "directed_by": "", "denied_by": "",
        "sentence_number": 3, "sentence": "Chad may send <armed drones> to Niger.",
        "start": 100, "end": 138, "item_start": 115, "item_end": 127,
    }  # fmt: skip
    view = transfers_for_reading(pd.DataFrame([row]))
    assert view.iloc[0].to_dict() == {
        "Supplier": "Government of Chad (Chad)",
        "Recipient": "Niger",
        "Item": "armed drones (drone)",
        "Category": "uav",
        "Status": "possible (may)",
        "Attributed to": "(the article)",
        "Notes": "according to Reuters (reported)",
        "No.": 3,
        "Sentence": "Chad may send &lt;<mark>armed drones</mark>&gt; to Niger.",
    }


def test_a_company_no_lexicon_knows_is_a_party():
    # the second pass finds "Veltrona Aerospace" from its suffix; the transfer reader
    # takes it as the supplier like any lexicon name
    article = article_from_text(
        "Drones for the army\n\nThe Peruvian Army has received 12 drones from Veltrona "
        "Aerospace, the firm said."
    )
    table = find_transfers(article)
    rows = table[["supplier", "recipient", "item"]].to_dict(orient="records")
    assert {"supplier": "Veltrona Aerospace", "recipient": "Peruvian Army", "item": "drone"} in rows


def test_transfers_from_second_pass_rows_given_equal_those_found_from_the_article():
    """A caller that ran the entities' second pass passes its rows; the result is the same."""
    from analysis.entities import discover_rows, find_mention_rows

    article = article_from_text(
        "Norway to send howitzers\n\nNorway will deliver 12 K9 howitzers to Estonia next year, "
        "the defence ministry in Oslo said on Friday. The guns are built by Hanwha Aerospace.\n",
        "given",
    )
    lexicons = load_lexicons()
    sentences = split_sentences(article)
    lexicon_rows = find_mention_rows(article, lexicons, sentences)
    second_pass = discover_rows(article, sentences, list(lexicon_rows), lexicons)
    assert second_pass != lexicon_rows  # Oslo, a place here, dropped; the ministry found
    given = find_transfers(article, lexicons, sentences, mentions=second_pass)
    assert given.equals(find_transfers(article, lexicons, sentences))
    assert given[["supplier", "recipient", "item", "status"]].values.tolist() == [
        ["Norway", "Estonia", "K9 Thunder", "planned"],  # the headline's deal, told in full
    ]
    # the rows given are the ones read: none given, no transfer
    assert find_transfers(article, lexicons, sentences, mentions=[]).empty
