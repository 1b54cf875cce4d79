"""Aircraft types with their own designation and the targeting pods sold with fighters
(rows of ``data/weapons.csv``; sources in ``data/README.md``).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.text import article_from_text

HEADLINE = "Air force news\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def test_a_tanker_with_its_own_designation_is_not_its_transport_parent():
    text = "The wing flies four Il-78MKI tankers beside two Il-76 transports."
    assert weapons(text) == {"Il-78": 1, "Il-76": 1}


def test_a_fighter_developed_from_another_is_its_own_type():
    assert weapons("Pilots compared the MiG-35 with an older MiG-29.") == {"MiG-35": 1, "MiG-29": 1}


def test_trainers_are_named_by_their_own_types():
    text = "Cadets move from the Pilatus PC-21 to the T-7A Red Hawk, and others to the KAI T-50."
    assert weapons(text) == {"PC-21": 1, "T-7 Red Hawk": 1, "T-50 Golden Eagle": 1}


def test_a_hawk_mark_with_its_class_noun_is_one_hawk():
    assert weapons("The school keeps nine Hawk Mk 132 jets in service.") == {"BAE Hawk": 1}


def test_named_targeting_pods_count_and_a_bare_sniper_does_not():
    text = (
        "Each jet will carry a Sniper targeting pod or a Litening pod. A sniper watched the road."
    )
    assert weapons(text) == {"aircraft (generic)": 1, "AN/AAQ-33 Sniper": 1, "Litening": 1}
