"""Designations repeated in an article: the string search finds the shapes the rule names."""

from analysis.entities.weapon_names import _designation_pattern


def spans(name: str, text: str, pos: int = 0, endpos: int | None = None) -> list[str]:
    pattern = _designation_pattern(name)
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
