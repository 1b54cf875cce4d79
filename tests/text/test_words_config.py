"""A wheel layout written with a multiplication sign is one token ("6×6"), as "6x6" is."""

from analysis.text.words import tokenise_words


def test_wheel_layout_is_one_token():
    words = [t.text for t in tokenise_words("40 new 8×8 trucks and 6x6 carriers, 6 × 6 cells")]
    assert words == ["40", "new", "8×8", "trucks", "and", "6x6", "carriers", ",", "6", "×", "6",
                     "cells"]  # fmt: skip
