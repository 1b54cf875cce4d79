"""Money numbers: a number written in digits or words, and its scale word.

``analysis.money`` finds where a number is; this module says what it is
worth. Digits may group thousands with commas, dots or spaces and take a
decimal comma ("1.234.567,89", "34,50"); words may mix scales and fractions
("one and a half billion"). ``SCALES`` holds the words and abbreviations that
multiply a number ("billion", "bn", "lakh").
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

__all__ = ["NUMBER_WORDS", "SCALES", "parse_number", "parse_number_words", "scale_multiplier"]

SCALES = {
    "hundred": 10**2, "thousand": 10**3, "lakh": 10**5, "million": 10**6, "crore": 10**7,
    "billion": 10**9, "trillion": 10**12, "k": 10**3, "m": 10**6, "mm": 10**6, "mn": 10**6,
    "mln": 10**6, "mil": 10**6, "b": 10**9, "bn": 10**9, "bln": 10**9, "t": 10**12,
    "tn": 10**12, "trn": 10**12, "trln": 10**12, "tln": 10**12, "cr": 10**7, "bil": 10**9,
}  # fmt: skip
_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
)
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
NUMBER_WORDS = dict(zip(_UNITS.split(), range(20), strict=True)) | dict(
    zip(_TENS.split(), range(20, 100, 10), strict=True)
)
_NUMBER_CLEAN = re.compile(r"[,\s\u00a0\u202f\u2009]")


def parse_number(text: str) -> Decimal | None:
    """Return the number written in digits or words, or None.

    >>> parse_number("1,234.5"), parse_number("forty-two"), parse_number("1.234.567,8")
    (Decimal('1234.5'), Decimal('42'), Decimal('1234567.8'))
    >>> [int(parse_number(w)) for w in ("one and a half billion", "half a million", "a")]
    [1500000000, 500000, 1]
    """
    text = text.strip()
    if text and (text[0].isdigit() or text[0] == "."):
        return _parse_digits(text)
    return parse_number_words(text)


def _parse_digits(text: str) -> Decimal | None:
    text = re.sub(r"(?<=\d) point (?=\d)", ".", text)  # "1 point 5" (spoken): 1.5
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d{1,3}(?:[.\s]\d{3})*,\d{2}", text):
        text = re.sub(r"[.\s]", "", text).replace(",", ".")  # 1.234.567,89 / 34,50
    elif re.fullmatch(r"\d+,\d{1,2}", text):
        text = text.replace(",", ".")  # 1,5 (billion)
    try:
        return Decimal(_NUMBER_CLEAN.sub("", text))
    except InvalidOperation:
        return None


def parse_number_words(text: str) -> Decimal | None:
    """Return the value of a number in words ("a hundred and five"), or None.

    >>> parse_number_words("two hundred and fifty million"), parse_number_words("billion")
    (Decimal('250000000'), None)
    """
    tokens = [t for t in re.split(r"[\s-]+", text.lower()) if t and t not in ("and", "of")]
    if not tokens or tokens[0] in SCALES:
        return None
    total, current, last_scale = Decimal(0), Decimal(0), 1
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok in ("a", "an"):
            current = current or (Decimal(0) if nxt in ("half", "quarter") else Decimal(1))
        elif tok in ("half", "quarter"):
            part = Decimal("0.5") if tok == "half" else Decimal("0.25")
            if not current and last_scale > 1 and not nxt:
                total += part * last_scale  # "a million and a half"
            else:
                current += part
        elif tok in NUMBER_WORDS:
            current += NUMBER_WORDS[tok]
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in SCALES:
            total += (current or 1) * SCALES[tok]
            current, last_scale = Decimal(0), SCALES[tok]
        else:
            return None
    return total + current


def scale_multiplier(word: str) -> int:
    """Return the multiplier of a scale word or abbreviation.

    >>> scale_multiplier("bn"), scale_multiplier("Million"), scale_multiplier("lakh crore")
    (1000000000, 1000000, 1000000000000)
    """
    result = 1
    for part in word.lower().split():
        result *= SCALES.get(part.rstrip("s") if part not in SCALES else part, 1)
    return result
