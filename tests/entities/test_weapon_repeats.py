"""Tests of analysis.entities.weapon_repeats (through the mentions table).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.entities.weapon_repeats import designation_pattern
from analysis.text import article_from_text

HEADLINE = "Army gets new kit\n\n"


def weapons(body: str) -> dict[str, int]:
    mentions = find_all_mentions(article_from_text(HEADLINE + body + "\n"), load_lexicons())
    return mentions.loc[mentions["kind"] == "weapon", "name"].value_counts().to_dict()


def spans(name: str, text: str, pos: int = 0, endpos: int | None = None) -> list[str]:
    pattern = designation_pattern(name)
    return [text[slice(*m.span())] for m in pattern.finditer(text, pos, endpos)]


def test_a_designation_again_with_dash_space_variant_or_plural():
    text = "The XR-12 flew. Two XR12s and an XR 12 followed; the XR-12-7B was new."
    assert spans("XR-12", text) == ["XR-12", "XR12s", "XR 12", "XR-12-7B"]


def test_a_longer_designation_or_a_word_around_it_is_no_repeat():
    text = "an XR-120, a YXR-12, an XR-12Q, the /XR-12 and the XR-12-12345"
    assert spans("XR-12", text) == []


def test_a_letter_only_name_takes_a_plural():
    assert spans("QAV", "two QAVs, one QAV; the QAVX") == ["QAVs", "QAV"]


def test_matches_stay_inside_the_section_given():
    text = "XR-12 XR-12 XR-12"
    assert spans("XR-12", text, 6, 11) == ["XR-12"]
    assert spans("XR-12", text, 6, 10) == []  # cut short at the section's end


def test_a_name_with_a_backslash_still_finds_itself():
    assert spans("Q\\7", "the Q\\7 and Q\\7s") == ["Q\\7", "Q\\7s"]


def test_a_found_designation_counts_again_with_a_variant_suffix():
    assert weapons("Crews fitted the QX100 engine. The QX100-300 is more powerful.") == {"QX100": 2}


def test_a_ship_is_named_again_after_the_and_its_class_word_is_part_of_it():
    text = "The navy sent HMAS Warrego, a new patrol ship, north. The Warrego returned in May."
    assert weapons(text) == {"HMAS Warrego": 2}


def test_a_ship_class_counts_again_without_its_dash():
    assert weapons("The Bravo-class frigate sailed. The whole Bravo class is old.") == {
        "Bravo-class frigate": 2
    }


def test_a_ship_name_inside_a_longer_place_name_is_no_later_mention():
    text = "HMS Wear docked. The crowd met at the Wear Harbour Steps, and the Wear left."
    assert weapons(text) == {"HMS Wear": 2}


def test_a_class_noun_after_a_repeated_family_name_is_part_of_its_mention():
    text = "The Arrow missile defence system fired, and Arrow interceptors hit the target."
    assert weapons(text) == {"Arrow": 2}
