"""A number with a unit joined to it is a measure, not the count of what follows."""

from analysis.grammar import parse_sentence


def quantities(text: str) -> dict[str, str]:
    parse = parse_sentence(text)
    return {p.text: p.quantity for p in parse.phrases if p.kind == "NP" and not p.parts}


def test_measure_after_the_count_is_no_part_of_it():
    found = quantities("Peru ordered two 3,200-ton frigates and six 94-metre boats.")
    assert found["two 3,200-ton frigates"] == "two"
    assert found["six 94-metre boats"] == "six"


def test_a_measure_alone_is_no_count():
    assert quantities("Peru bought 155mm guns.")["155mm guns"] == ""


def test_plain_counts_stay():
    found = quantities("Peru got 12 more tanks and 2,044 trucks.")
    assert found["12 more tanks"] == "12 more"
    assert found["2,044 trucks"] == "2,044"
