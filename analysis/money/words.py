"""Money in words: amounts, remainders and shares as a reader writes them ("$61B")."""

from __future__ import annotations

from collections.abc import Callable

from analysis.money.amount import Amount
from analysis.money.currencies import MONEY_SYMBOLS
from analysis.money.remainder import Remainder


def format_money(value: float | None, currency: str | None, digits: int = 3) -> str:
    """Return ``value`` short and readable: "$40B", "$12.5B", "€2.5M".

    >>> format_money(40e9, "USD"), format_money(12.5e9, "USD"), format_money(2.5e6, "EUR")
    ('$40B', '$12.5B', '€2.5M')
    >>> format_money(7.2e9, "CAD"), format_money(1250, "GBP"), format_money(5e9, "CHF")
    ('C$7.2B', '£1,250', 'CHF 5B')
    >>> format_money(0.5, "USD"), format_money(None, "USD")
    ('$0.50', 'an unstated sum')
    """
    if value is None:
        return "an unstated sum"
    symbol = MONEY_SYMBOLS.get(currency or "", f"{currency} " if currency else "")
    sign, value = ("-" if value < 0 else ""), abs(value)
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if value >= size:
            number = f"{value / size:.{digits}g}" if value / size < 1000 else f"{value / size:,.0f}"
            return f"{sign}{symbol}{number}{suffix}"
    number = f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"
    return f"{sign}{symbol}{number}"


def describe_amount(amount: Amount, formatter: Callable = format_money) -> str:
    """Return the amount in plain words: "more than $50B", "$3B to $4B".

    >>> from analysis.money import find_amounts
    >>> [describe_amount(a) for a in find_amounts("some $40 billion, $5bn or more, $3-4bn")]
    ['some $40B', '$5B or more', '$3B to $4B']
    >>> from analysis.money import find_amounts
    >>> [describe_amount(a) for a in find_amounts("$5 million-a-year deal, €2m each")]
    ['$5M a year', '€2M each']
    """
    rate = f" {amount.rate}" if amount.rate else ""
    if amount.qualifier == "vague":
        return f"{amount.text}{rate} (no figure)"
    low, high, value = (
        formatter(v, amount.currency) for v in (amount.low, amount.high, amount.value)
    )
    if amount.qualifier == "range":
        return f"{low} to {high}{rate}"
    words = amount.qualifier_text
    if words and amount.text.lower().startswith(words.lower()):
        return f"{words} {value}{rate}"  # the text's own words: "more than", "some"
    if words and amount.text.lower().endswith(words.lower()):
        return f"{value} {words}{rate}"  # "or more"
    return QUALIFIER_WORDS.get(amount.qualifier, "") + value + rate


REMAINDER_WORDS = {"at_least": "at least ", "at_most": "at most ", "range": "", "exact": ""}


def describe_remainder(remainder: Remainder, currency: str | None) -> str:
    """Return the remainder in plain words: a bound says "at least"/"at most" (never "at
    least about"), an approximate difference "about", a zero "nothing left unitemised".

    >>> describe_remainder(Remainder(23.3e9, "at_least", True), "USD")
    'at least $23.3B'
    >>> describe_remainder(Remainder(2e9, "exact", True), "USD")
    'about $2B'
    >>> describe_remainder(Remainder(0.0, "exact", False), "USD")
    'nothing left unitemised'
    """
    if remainder.overspent:
        return f"none: the parts exceed the total by {format_money(remainder.excess, currency)}"
    if remainder.value is None:
        return "unknown"
    if remainder.value == 0 and remainder.qualifier == "exact":
        return "nothing left unitemised"
    if remainder.qualifier == "range":
        low, high = format_money(remainder.low, currency), format_money(remainder.high, currency)
        return f"{low} to {high}"
    words = REMAINDER_WORDS[remainder.qualifier] or ("about " if remainder.approximate else "")
    return f"{words}{format_money(remainder.value, currency)}"


def share(value: float | None, total: Amount) -> float | None:
    """Return ``value`` as a percentage of the total's stated value."""
    if value is None or not total.value:
        return None
    return round(100 * value / total.value, 1)


QUALIFIER_WORDS = {"approx": "about ", "at_least": "at least ", "at_most": "at most "}
