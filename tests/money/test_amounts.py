"""Tests for analysis.money: every form of amount, and the numbers that are not money.

Expected values are written by hand from the text, never computed by the code
under test.
"""

from __future__ import annotations

import json

import pytest
from conftest import SEED_ARTICLE, fixture_path

from analysis import cli
from analysis.money.amount import Amount
from analysis.money.amounts import find_amounts
from analysis.money.currencies import resolve_currencies
from analysis.money.tables import money_summary
from analysis.money.words import describe_amount, format_money

B = 1_000_000_000
M = 1_000_000


def one(text: str) -> Amount:
    """The single amount ``text`` holds (fails if there are none or several)."""
    found = find_amounts(text)
    assert len(found) == 1, [a.text for a in found]
    return found[0]


# (case, text, expected span, value, currency)
EXACT_FORMS = [
    ("symbol before", "a $105 billion bill", "$105 billion", 105 * B, "USD"),
    ("symbol after", "it cost 20€ today", "20€", 20, "EUR"),
    ("symbol after with space", "10 $ is not much", "10 $", 10, "USD"),
    ("symbol with space", "bonds worth $ 75 million", "$ 75 million", 75 * M, "USD"),
    ("US$ prefix", "a US$150 million loan", "US$150 million", 150 * M, "USD"),
    ("US$ suffix", "it was 3.14US$", "3.14US$", 3.14, "USD"),
    ("euro sign", "€2.5bn for Kyiv", "€2.5bn", 2.5 * B, "EUR"),
    ("pound sign", "a £60,000 fee", "£60,000", 60_000, "GBP"),
    ("yen sign", "¥1 trillion in aid", "¥1 trillion", 1_000_000_000_000, "JPY"),
    ("rupee sign", "₹6.21 lakh crore budget", "₹6.21 lakh crore", 6_210_000_000_000, "INR"),
    ("code before", "a deal of EUR 20 million", "EUR 20 million", 20 * M, "EUR"),
    ("code before, no space", "costs USD3.14", "USD3.14", 3.14, "USD"),
    ("code after", "a 42 KWD fee", "42 KWD", 42, "KWD"),
    ("code after scale", "5 million USD was paid", "5 million USD", 5 * M, "USD"),
    ("currency word dollars", "140 million dollars", "140 million dollars", 140 * M, "USD"),
    ("currency word euros", "323 million euros", "323 million euros", 323 * M, "EUR"),
    ("currency word pounds with scale", "361 million pounds", "361 million pounds", 361 * M, "GBP"),
    ("currency word yuan", "100 billion yuan", "100 billion yuan", 100 * B, "CNY"),
    ("currency word rubles", "3.3 trillion rubles", "3.3 trillion rubles", 3.3e12, "RUB"),
    ("currency word roubles", "500 million roubles", "500 million roubles", 500 * M, "RUB"),
    ("currency word hryvnias", "10 billion hryvnias", "10 billion hryvnias", 10 * B, "UAH"),
    ("currency word shekels", "ten shekels", "ten shekels", 10, "ILS"),
    ("currency word rupees", "20 rupees in Mumbai", "20 rupees", 20, "INR"),
    ("Korean won after a scale", "5 billion won", "5 billion won", 5 * B, "KRW"),
    ("Swiss francs", "10,000 Swiss francs", "10,000 Swiss francs", 10_000, "CHF"),
    ("Canadian dollars", "125 million Canadian dollars", "125 million Canadian dollars", 125 * M, "CAD"),  # noqa: E501
    ("C$", "a C$300 million charge", "C$300 million", 300 * M, "CAD"),
    ("A$", "an A$5m grant", "A$5m", 5 * M, "AUD"),
    ("HK$", "HK$10.05 billion of toys", "HK$10.05 billion", 10.05 * B, "HKD"),
    ("Rs", "a fee of Rs. 20 in India", "Rs. 20", 20, "INR"),
    ("rials", "10 rials", "10 rials", 10, "IRR"),
    ("riyals", "42 Saudi riyals", "42 Saudi riyals", 42, "SAR"),
    ("scale thousand", "$5 thousand", "$5 thousand", 5_000, "USD"),
    ("scale million", "$48.2 million", "$48.2 million", 48.2 * M, "USD"),
    ("scale billion", "$1.45 billion", "$1.45 billion", 1.45 * B, "USD"),
    ("scale trillion", "$2.24 trillion", "$2.24 trillion", 2.24e12, "USD"),
    ("abbreviation k", "a £10k bonus", "£10k", 10_000, "GBP"),
    ("abbreviation K after, symbol after", "10k$", "10k$", 10_000, "USD"),
    ("abbreviation m", "€3m in fines", "€3m", 3 * M, "EUR"),
    ("abbreviation mn", "$7 mn in fees", "$7 mn", 7 * M, "USD"),
    ("abbreviation mln", "$1.2 mln", "$1.2 mln", 1.2 * M, "USD"),
    ("abbreviation bn", "$61bn", "$61bn", 61 * B, "USD"),
    ("abbreviation b", "a $5b deal", "$5b", 5 * B, "USD"),
    ("abbreviation tn", "£1.2tn", "£1.2tn", 1.2e12, "GBP"),
    ("hyphenated scale", "a $5.3-billion deal", "$5.3-billion", 5.3 * B, "USD"),
    ("decimals", "shares fell $2.75", "$2.75", 2.75, "USD"),
    ("thousands separators", "$1,000,000 prize", "$1,000,000", 1_000_000, "USD"),
    ("thousands and decimals", "$37,305.97 in expenses", "$37,305.97", 37_305.97, "USD"),
    ("European separators", "1.299,00 € each", "1.299,00 €", 1_299, "EUR"),
    ("decimal comma", "now 34,50 € each", "34,50 €", 34.5, "EUR"),
    ("decimal comma after symbol", "€16,95 a kilo", "€16,95", 16.95, "EUR"),
    ("space as thousands separator", "for 3 250 000 € in all", "3 250 000 €", 3_250_000, "EUR"),
    ("space thousands after a code", "DEM 170 000 in 1990", "DEM 170 000", 170_000, "DEM"),
    ("zloty", "it costs 45,00 zł", "45,00 zł", 45, "PLN"),
    ("rubles abbreviated", "171900 руб. each", "171900 руб.", 171_900, "RUB"),
    ("number words", "sixty-one billion dollars", "sixty-one billion dollars", 61 * B, "USD"),
    ("a billion", "a billion dollars", "a billion dollars", 1 * B, "USD"),
    ("and a half", "one and a half billion euros", "one and a half billion euros", 1.5 * B, "EUR"),
    ("half a", "half a billion dollars", "half a billion dollars", 0.5 * B, "USD"),
    ("hundred and", "one hundred and five dollars", "one hundred and five dollars", 105, "USD"),
    ("a dollar", "it costs a dollar", "a dollar", 1, "USD"),
    ("hyphenated adjective", "a five-billion-dollar deal", "five-billion-dollar", 5 * B, "USD"),
    ("cents", "50 cents more per barrel", "50 cents", 0.5, "USD"),
    ("cent adjective", "a 12-cent-a-share dividend", "12-cent", 0.12, "USD"),
    ("pence", "470 pence a share", "470 pence", 4.7, "GBP"),
    ("dollars and cents", "3 dollars 50 cents", "3 dollars 50 cents", 3.5, "USD"),
    ("words and cents", "thirteen dollars and forty-five cents", "thirteen dollars and forty-five cents", 13.45, "USD"),  # noqa: E501
    ("$ and c", "$20 and 43c", "$20 and 43c", 20.43, "USD"),
    # "over" as the particle of a verb of handing is no lower bound
    ("handed over", "the envoy handed over $2 million to the mayor", "$2 million", 2 * M, "USD"),
    ("turned over", "the firm turned over €40,000 to the fund", "€40,000", 40_000, "EUR"),
]  # fmt: skip


@pytest.mark.parametrize("text, span, value, currency", [c[1:] for c in EXACT_FORMS],
                         ids=[c[0] for c in EXACT_FORMS])  # fmt: skip
def test_exact_form(text, span, value, currency):
    amount = one(text)
    assert (amount.text, amount.currency, amount.qualifier) == (span, currency, "exact")
    assert amount.value == pytest.approx(value)
    assert text[amount.start : amount.end] == span
    assert amount.low is None and amount.high is None


# (case, text, span, qualifier, value, low, high)
QUALIFIED_FORMS = [
    ("more than", "a bill of more than $105 billion", "more than $105 billion", "at_least", 105 * B, 105 * B, None),  # noqa: E501
    ("over", "over $5 million", "over $5 million", "at_least", 5 * M, 5 * M, None),
    ("at least", "at least $1.42", "at least $1.42", "at_least", 1.42, 1.42, None),
    ("no less than", "no less than €3bn", "no less than €3bn", "at_least", 3 * B, 3 * B, None),
    ("or more", "$5 billion or more", "$5 billion or more", "at_least", 5 * B, 5 * B, None),
    ("-plus", "a $1 billion-plus deal", "$1 billion-plus", "at_least", 1 * B, 1 * B, None),
    ("some", "some $61 billion", "some $61 billion", "approx", 61 * B, None, None),
    ("about", "about $35 million", "about $35 million", "approx", 35 * M, None, None),
    ("nearly", "nearly $3 billion", "nearly $3 billion", "approx", 3 * B, None, None),
    ("roughly", "roughly £2bn", "roughly £2bn", "approx", 2 * B, None, None),
    ("around", "around 42 bucks", "around 42 bucks", "approx", 42, None, None),
    ("an estimated", "an estimated $470 million", "an estimated $470 million", "approx", 470 * M, None, None),  # noqa: E501
    ("approximately", "approximately $62.7 million", "approximately $62.7 million", "approx", 62.7 * M, None, None),  # noqa: E501
    ("up to", "worth up to $1.5 billion", "up to $1.5 billion", "at_most", 1.5 * B, None, 1.5 * B),
    ("less than", "less than 7 EUR", "less than 7 EUR", "at_most", 7, None, 7),
    ("under", "under seven euros", "under seven euros", "at_most", 7, None, 7),
    ("over after a verb of giving", "they gave over $3 million", "over $3 million", "at_least", 3 * M, 3 * M, None),  # noqa: E501
    ("no more than", "no more than $2m", "no more than $2m", "at_most", 2 * M, None, 2 * M),
    ("range with dash and shared scale", "$3-4 billion", "$3-4 billion", "range", 3 * B, 3 * B, 4 * B),  # noqa: E501
    ("range with en dash", "$3bn–$4bn", "$3bn–$4bn", "range", 3 * B, 3 * B, 4 * B),
    ("range between", "between $5 and $7 billion", "between $5 and $7 billion", "range", 5 * B, 5 * B, 7 * B),  # noqa: E501
    ("range between words", "between one and two billion dollars", "between one and two billion dollars", "range", 1 * B, 1 * B, 2 * B),  # noqa: E501
    ("range to", "$3 billion to $4 billion", "$3 billion to $4 billion", "range", 3 * B, 3 * B, 4 * B),  # noqa: E501
    ("range from to", "tickets from $10 to $20", "from $10 to $20", "range", 10, 10, 20),
    ("range currency after", "10-20 dollars", "10-20 dollars", "range", 10, 10, 20),
    ("range with approx word", "around 10-20 dollars", "around 10-20 dollars", "range", 10, 10, 20),
]  # fmt: skip


@pytest.mark.parametrize("text, span, qualifier, value, low, high",
                         [c[1:] for c in QUALIFIED_FORMS],
                         ids=[c[0] for c in QUALIFIED_FORMS])  # fmt: skip
def test_qualified_form(text, span, qualifier, value, low, high):
    amount = one(text)
    assert (amount.text, amount.qualifier) == (span, qualifier)
    assert amount.value == pytest.approx(value)
    assert amount.low == (pytest.approx(low) if low is not None else None)
    assert amount.high == (pytest.approx(high) if high is not None else None)
    assert text[amount.start : amount.end] == span


VAGUE_FORMS = [
    ("billions of dollars", "seeking billions of dollars worth of arms", "billions of dollars", "USD"),  # noqa: E501
    ("millions of euros", "millions of euros in fines", "millions of euros", "EUR"),
    ("hundreds of millions", "hundreds of millions of dollars", "hundreds of millions of dollars", "USD"),  # noqa: E501
    ("tens of billions", "tens of billions of euros", "tens of billions of euros", "EUR"),
    ("multibillion-dollar", "a multibillion-dollar deal", "multibillion-dollar", "USD"),
    ("multi-million-pound", "a multi-million-pound contract", "multi-million-pound", "GBP"),
    ("billion-dollar", "a billion-dollar deal", "billion-dollar", "USD"),
    ("several billion", "several billion dollars", "several billion dollars", "USD"),
    ("a few million", "a few million euros", "a few million euros", "EUR"),
]  # fmt: skip


@pytest.mark.parametrize("text, span, currency", [c[1:] for c in VAGUE_FORMS],
                         ids=[c[0] for c in VAGUE_FORMS])  # fmt: skip
def test_vague_form(text, span, currency):
    amount = one(text)
    assert (amount.text, amount.value, amount.qualifier, amount.currency) == (
        span, None, "vague", currency)  # fmt: skip


NOT_MONEY = [
    ("year", "It happened in 2023."),
    ("date", "On Nov. 22, 2023, at 8:00 p.m. ET"),
    ("vote tally", "The House voted 311-117 to pass it."),
    ("count of drones", "Air defences shot down 14 drones."),
    ("count with scale", "More than 140 million Americans watched."),
    ("bare scale abbreviation", "a 5bn-strong audience and 155mm shells"),
    ("designation Shahed-136", "Shahed-136/131 kamikaze drones"),
    ("designation X-22", "an X-22 cruise missile"),
    ("designation Su-35", "SU-35 and Su-35 fighter jets, S-400, F-16s, T-72B3"),
    ("percentages", "rose 4% to 1.9 percent"),
    ("numbers separated by spaces", "In 2019 100 people came; on May 5 100 more."),
    ("weight in pounds, hyphenated", "a 500-pound bomb"),
    ("weight in pounds, of", "2,000 pounds of explosives"),
    ("won, the verb", "The party won 254 seats in 2019."),
    ("price level year", "measured in 2023 dollars"),
    ("dollar without a number", "The dollar rose against the euro."),
    ("dollar-denominated", "a dollar-denominated bond"),
    ("a pronoun then a symbol amount word", "give us directions"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_MONEY], ids=[c[0] for c in NOT_MONEY])
def test_not_money(text):
    assert find_amounts(text) == []


def test_seed_amounts_are_found_with_offsets():
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    found = find_amounts(text)
    assert [(a.text, a.value, a.qualifier) for a in found] == [
        ("billions of dollars", None, "vague"),
        ("more than $105 billion", 105e9, "at_least"),
        ("some $61 billion", 61e9, "approx"),
        ("$14.3 billion", 14.3e9, "exact"),
        ("$6.4 billion", 6.4e9, "exact"),
    ]
    assert all(text[a.start : a.end] == a.text for a in found)
    assert {a.currency for a in found} == {"USD"}


def test_no_money_article_has_no_amounts():
    assert find_amounts(fixture_path("no_money.txt").read_text(encoding="utf-8")) == []


def test_dollar_is_the_one_other_dollar_the_text_names():
    found = find_amounts("Ottawa pledged C$5 billion, and the $2 billion rest follows.")
    assert [a.currency for a in found] == ["CAD", "CAD"]


def test_dollar_stays_usd_when_it_converts_another_dollar():
    found = find_amounts("a C$300 million ($220 million) charge")
    assert [(a.currency, a.conversion) for a in found] == [("CAD", False), ("USD", True)]


def test_conversion_in_brackets_is_marked():
    found = find_amounts("The EU pledged €50bn ($54bn) over four years.")
    assert [(a.currency, a.conversion) for a in found] == [("EUR", False), ("USD", True)]


def test_shared_currency_name_takes_the_country_the_text_names():
    assert one("Baghdad will pay 5 billion dinars.").currency is None
    assert one("Iraq will pay 5 billion dinars.").currency == "IQD"
    assert resolve_currencies("Pakistan raised 10 billion rupees.")["rupee"] == "PKR"


def test_pounds_are_money_in_a_sterling_text_but_never_a_weight():
    found = find_amounts("He was fined £200 and later 500 pounds; the bomb weighed 500 pounds.")
    assert [(a.text, a.currency) for a in found] == [("£200", "GBP"), ("500 pounds", "GBP")]


def test_rising_from_one_amount_to_another_is_not_a_range():
    found = find_amounts("Revenue rose from $5 billion to $7 billion.")
    assert [(a.text, a.qualifier) for a in found] == [
        ("$5 billion", "exact"),
        ("$7 billion", "exact"),
    ]


def test_a_change_verb_far_before_from_to_still_makes_two_amounts():
    # the verb and "from" are 60 characters apart: still a change, not a range
    found = find_amounts(
        "The country will increase its contribution to the relief and recovery efforts "
        "from $300 million to $900 million."
    )
    assert [(a.text, a.qualifier) for a in found] == [
        ("$300 million", "exact"),
        ("$900 million", "exact"),
    ]


def test_to_dict_is_json_ready():
    data = one("more than $105 billion").to_dict()
    assert json.loads(json.dumps(data))["low"] == 105e9
    assert set(data) >= {"value", "currency", "qualifier", "low", "high", "text", "start", "end"}


@pytest.mark.parametrize(
    "value, currency, expected",
    [(61e9, "USD", "$61B"), (14.3e9, "USD", "$14.3B"), (2.5e6, "EUR", "€2.5M"),
     (23.3e9, "USD", "$23.3B"), (1.2e12, "GBP", "£1.2T"), (950, "USD", "$950"),
     (5e9, "CHF", "CHF 5B"), (5e9, None, "5B")],
)  # fmt: skip
def test_format_money(value, currency, expected):
    assert format_money(value, currency) == expected


def test_describe_amount_keeps_the_texts_words():
    assert describe_amount(one("more than $105 billion")) == "more than $105B"
    assert describe_amount(one("between $5 and $7 billion")) == "$5B to $7B"


def test_money_summary_on_the_seed():
    summary = money_summary(SEED_ARTICLE)
    assert summary["article"] == str(SEED_ARTICLE)
    assert summary["article_id"] == "iran-russia-ballistic-missiles"
    assert len(summary["amounts"]) == 5
    assert [a["sentence"] for a in summary["amounts"]][1:] == [14, 14, 14, 14]
    (allocation,) = summary["allocations"]
    assert allocation["total"]["value"] == 105e9
    assert [p["value"] for p in allocation["parts"]] == [61e9, 14.3e9, 6.4e9]
    assert allocation["remainder"]["value"] == 23.3e9


def test_command_line_prints_json(capsys):
    assert cli.main(["money", str(fixture_path("euro_arms_deal.txt")), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert set(printed) == {"article", "article_id", "amounts", "allocations"}
    (allocation,) = printed["allocations"]
    assert allocation["total"]["currency"] == "EUR"
    assert [p["recipient_text"] for p in allocation["parts"]] == [
        "IRIS-T air-defence systems for Poland",
        "the Baltic states",
        "training",
    ]
    assert allocation["remainder"] == {
        "value": 1.3e9, "qualifier": "exact", "approximate": True, "low": None, "high": None,
        "overspent": False, "excess": None, "label": "approx",
    }  # fmt: skip


def test_command_line_on_an_article_without_money(capsys):
    assert cli.main(["money", str(fixture_path("no_money.txt")), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["amounts"] == [] and printed["allocations"] == []


def test_command_line_names_a_missing_file(capsys, tmp_path):
    assert cli.main(["money", str(tmp_path / "missing.txt")]) == 2
    assert "no such file" in capsys.readouterr().err


# Forms seen in real reporting (expected values worked out by hand:
# crore = 10,000,000 and lakh = 100,000; "¥" is the yen unless the text writes yuan).
# (case, text, span, value, currency)
REAL_WORLD_FORMS = [
    ("pledge in euros", "Germany pledged €500 million in military aid to Ukraine", "€500 million", 500 * M, "EUR"),  # noqa: E501
    ("pounds, bn", "a £1.6bn deal", "£1.6bn", 1.6 * B, "GBP"),
    ("dollars, tn", "a $1.2tn budget", "$1.2tn", 1_200 * B, "USD"),
    ("US$ with a scale", "a US$3.5 million grant", "US$3.5 million", 3.5 * M, "USD"),
    ("USD before", "USD 2 billion in loans", "USD 2 billion", 2 * B, "USD"),
    ("USD after", "2 billion USD in loans", "2 billion USD", 2 * B, "USD"),
    ("Rs crore", "Rs 500 crore for radars", "Rs 500 crore", 5 * B, "INR"),
    ("rupee sign crore", "₹2,000 crore for shells", "₹2,000 crore", 20 * B, "INR"),
    ("lakh rupees", "10 lakh rupees each", "10 lakh rupees", 1 * M, "INR"),
    ("Rs cr, spaced", "a Rs 500 cr order", "Rs 500 cr", 5 * B, "INR"),
    ("Rs cr, tight", "a Rs500cr order", "Rs500cr", 5 * B, "INR"),
    ("lakh crore", "India cleared a Rs 1.5 lakh crore plan.", "Rs 1.5 lakh crore", 1_500 * B, "INR"),  # noqa: E501
    ("yen sign alone", "¥1.5 trillion", "¥1.5 trillion", 1_500 * B, "JPY"),
    ("yen sign, China named", "Tokyo approved a ¥1.5 trillion budget to counter China.", "¥1.5 trillion", 1_500 * B, "JPY"),  # noqa: E501
    ("yen word", "1.5 trillion yen", "1.5 trillion yen", 1_500 * B, "JPY"),
    ("CHF", "CHF 300 million", "CHF 300 million", 300 * M, "CHF"),
    ("NOK", "NOK 2bn for frigates", "NOK 2bn", 2 * B, "NOK"),
    ("SEK", "SEK 5 billion", "SEK 5 billion", 5 * B, "SEK"),
    ("DKK", "DKK 3bn", "DKK 3bn", 3 * B, "DKK"),
    ("PLN", "PLN 10 billion", "PLN 10 billion", 10 * B, "PLN"),
    ("CZK", "CZK 4bn", "CZK 4bn", 4 * B, "CZK"),
    ("HUF", "HUF 100 billion", "HUF 100 billion", 100 * B, "HUF"),
    ("Kenyan shillings", "Kenya will borrow KSh 10 billion.", "KSh 10 billion", 10 * B, "KES"),
    ("acronym code with a scale", "SAR 2 billion for jets", "SAR 2 billion", 2 * B, "SAR"),
    ("acronym code with separators", "a fee of SAR 1,500", "SAR 1,500", 1_500, "SAR"),
    ("half a billion", "half a billion dollars", "half a billion dollars", 0.5 * B, "USD"),
    ("a quarter of a billion", "a quarter of a billion dollars", "a quarter of a billion dollars", 0.25 * B, "USD"),  # noqa: E501
    ("a-year rate", "a $5 million-a-year contract", "$5 million", 5 * M, "USD"),
]  # fmt: skip


@pytest.mark.parametrize("text, span, value, currency", [c[1:] for c in REAL_WORLD_FORMS],
                         ids=[c[0] for c in REAL_WORLD_FORMS])  # fmt: skip
def test_real_world_form(text, span, value, currency):
    amount = one(text)
    assert (amount.text, amount.currency, amount.qualifier) == (span, currency, "exact")
    assert amount.value == pytest.approx(value)
    assert text[amount.start : amount.end] == span


@pytest.mark.parametrize(
    "text, currency",
    [("tens of millions of dollars", "USD"), ("hundreds of millions of euros", "EUR")],
)
def test_vague_real_world_forms(text, currency):
    amount = one(text)
    assert (amount.text, amount.value, amount.qualifier, amount.currency) == (
        text, None, "vague", currency)  # fmt: skip


NOT_MONEY_REAL_WORLD = [
    ("budget year", "the 2024 budget"),
    ("resolution number", "UN Security Council Resolution 2231"),
    ("aircraft F-35A", "the F-35A and MiG-29 fighters"),
    ("calibre", "155mm shells"),
    ("troops", "2,000 troops"),
    ("US$ without a number", "The US$ alone slid against the yen."),
    ("decade", "the 1990s"),
    ("even split", "a 50-50 split"),
    ("9/11", "after 9/11"),
    ("COVID-19", "COVID-19 delayed deliveries"),
    ("code then a designation", "CAD 3D models"),
    ("COP climate talks", "the COP 28 talks and COP28"),
    ("development goal", "SDG 16.2 targets"),
    ("search and rescue", "5 SAR helicopters"),
    ("mutually assured destruction", "the MAD 2 doctrine"),
]


@pytest.mark.parametrize(
    "text", [c[1] for c in NOT_MONEY_REAL_WORLD], ids=[c[0] for c in NOT_MONEY_REAL_WORLD]
)
def test_not_money_real_world(text):
    assert find_amounts(text) == []


def test_yen_sign_is_yuan_when_the_text_writes_yuan():
    found = find_amounts("China's budget rose to 1.67 trillion yuan (¥1.67 trillion).")
    assert [(a.text, a.currency) for a in found] == [
        ("1.67 trillion yuan", "CNY"),
        ("¥1.67 trillion", "CNY"),
    ]


@pytest.mark.parametrize(
    "text, span, rate, words",
    [("a $5 million-a-year contract", "$5 million", "a year", "$5M a year"),
     ("€1 billion per annum", "€1 billion", "a year", "€1B a year"),
     ("$50 million annually", "$50 million", "a year", "$50M a year"),
     ("Kyiv needs $1.5-2 billion a month.", "$1.5-2 billion", "a month", "$1.5B to $2B a month"),
     ("$3 billion/year", "$3 billion", "a year", "$3B a year"),
     ("two jets at $80 million each", "$80 million", "each", "$80M each"),
     ("it cost $5bn a year ago", "$5bn", "", "$5B")],
)  # fmt: skip
def test_rate_is_noted_and_the_value_kept(text, span, rate, words):
    amount = one(text)
    assert (amount.text, amount.rate, describe_amount(amount)) == (span, rate, words)


def test_amounts_evidence_marks_the_amount_in_its_escaped_sentence():
    from analysis.money.tables import amounts_evidence
    from analysis.text.article import article_from_text
    from analysis.text.sentences import split_sentences

    doc = article_from_text("Aid <b>deal</b>\n\nThe fund gave <i>about</i> €3 million to Chad.\n")
    view = amounts_evidence(find_amounts(doc.text), split_sentences(doc))
    assert list(view["Amount as written"]) == ["€3 million"]
    assert list(view["Sentence"]) == [2]
    assert view["Evidence"][0] == (
        "The fund gave &lt;i&gt;about&lt;/i&gt; <mark>€3 million</mark> to Chad."
    )


# --- rules added with splits across an article ------------------------------------------


def read(text):
    return [(a.text, a.value, a.currency, a.qualifier) for a in find_amounts(text)]


def test_a_bare_figure_joined_to_an_amount_shares_its_currency():
    assert read(
        "She said 150 million euros will fund water, while 200 million will go to schools."
    ) == [
        ("150 million euros", 150e6, "EUR", "exact"),
        ("200 million", 200e6, "EUR", "exact"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The fund holds $5 billion, and 140 million people live there.",
        "The fund holds $5 billion. 200 million will go to schools.",
        "The fund holds $5 billion, while 200 thousand will go to schools.",
    ],
    ids=["a count of people", "another sentence", "another scale"],
)
def test_a_bare_figure_that_counts_something_else_is_not_money(text):
    assert [a.text for a in find_amounts(text)] == ["$5 billion"]


def test_a_restatement_in_brackets_keeps_the_bound_of_the_amount_it_restates():
    (total, restated) = find_amounts("a deal worth up to €73 million (£64m)")
    assert (total.qualifier, restated.qualifier, restated.high) == ("at_most", "at_most", 64e6)
    assert restated.conversion


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("Seoul to sell guns under 930 billion-won deal", "exact"),
        ("It spent under $5 million on repairs", "at_most"),
        ("The firm won over $2 billion contract", "exact"),
    ],
)
def test_under_before_an_amount_that_names_a_deal_is_a_preposition(text, qualifier):
    (amount,) = find_amounts(text)
    assert amount.qualifier == qualifier


def test_may_reach_is_an_upper_bound():
    (amount,) = find_amounts("The cost of the deal may reach $1.2 billion.")
    assert (amount.value, amount.qualifier, amount.high) == (1.2e9, "at_most", 1.2e9)


def test_a_sum_restated_in_brackets_in_other_units_keeps_its_bound():
    first, second = find_amounts("an increase of about Rs 1,000 crore (Rs 10 billion) this year")
    assert (first.value, first.qualifier) == (1e10, "approx")
    assert (second.value, second.qualifier) == (1e10, "approx")


def test_a_year_before_to_and_an_amount_is_no_range():
    (amount,) = find_amounts("the total it has given since 2022 to €28 billion")
    assert (amount.text, amount.value, amount.qualifier) == ("€28 billion", 28e9, "exact")


def test_bil_with_a_full_stop_is_billions():
    (amount,) = find_amounts("US approves potential $3 bil. arms sale")
    assert (amount.value, amount.currency) == (3e9, "USD")


# --- forms read since round 3: a spaced thousands comma, "Cr", "pounds of" money ---------------


@pytest.mark.parametrize(
    ("text", "written", "value", "currency"),
    [
        (
            "The frigate order, worth Rs 3, 480 crore, was cleared.",
            "Rs 3, 480 crore",
            3480 * 10**7,
            "INR",
        ),
        ("Rs 720 Cr Deal Signed For Radars", "Rs 720 Cr", 720 * 10**7, "INR"),
        (
            "Ministers found another 600 million pounds of funding for ports.",
            "600 million pounds",
            600 * M,
            "GBP",
        ),
        (
            "A further 2 billion pounds of public investment was promised.",
            "2 billion pounds",
            2 * B,
            "GBP",
        ),
    ],
)
def test_amounts_written_loosely_are_read(text, written, value, currency):
    amount = one(text)
    assert (amount.text, amount.value, amount.currency) == (written, value, currency)


@pytest.mark.parametrize(
    "text",
    [
        "The aircraft can carry 4 million pounds of cargo a year.",
        "The bomber dropped 1,500 pounds of explosives.",
        "Teams 2, 300 and 400 million fans",
    ],
)
def test_weights_and_lists_are_not_money(text):
    assert [a.text for a in find_amounts(text) if a.value] == []


def test_around_before_an_indian_amount_makes_it_approximate():
    amount = one("The contracts cost around Rs 6200 crore in all.")
    assert (amount.value, amount.currency, amount.qualifier) == (6200 * 10**7, "INR", "approx")


@pytest.mark.parametrize(
    "text, written, value",
    [
        ("The Harbour Grant Round 2 – £45m went to six towns.", "£45m", 45 * M),
        ("Phase 4 - $12 million for the new wards.", "$12 million", 12 * M),
        ("Bids ranked 5 – €8m each were refused.", "€8m", 8 * M),
    ],
)
def test_a_number_before_a_dash_and_an_amount_is_no_range(text, written, value):
    amount = one(text)
    assert (amount.text, amount.value, amount.qualifier) == (written, value, "exact")


def test_a_dash_between_two_amounts_is_still_a_range():
    amount = one("Each bridge costs £3m – £5m to repair.")
    assert (amount.low, amount.high, amount.qualifier) == (3 * M, 5 * M, "range")


SHARED_CURRENCY_WORD = [
    # the currency word written once for two coordinated figures of the same scale
    ("Fuel and repairs cost 12 million and 3 million euros.",
     [("12 million", 12e6, "EUR"), ("3 million euros", 3e6, "EUR")]),
    ("The plan needs 7 billion or 9 billion rupees, Nepal said.",
     [("7 billion", 7e9, "NPR"), ("9 billion rupees", 9e9, "NPR")]),
    # the first figure's own conversion in brackets sits between them
    ("Pay and fuel take 20 billion ($70m) and 6 billion rupees ($21m), Pakistan said.",
     [("20 billion", 20e9, "PKR"), ("$70m", 70e6, "USD"), ("6 billion rupees", 6e9, "PKR"),
      ("$21m", 21e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", SHARED_CURRENCY_WORD)
def test_a_bare_figure_shares_the_currency_word_of_the_coordinated_amount_after_it(text, expected):
    assert [(a.text, a.value, a.currency) for a in find_amounts(text)] == expected


NOT_SHARED = [
    # a count of people, not money, before an amount
    "Of 16 million people, 4 million euros reached the poorest.",
    # a sign before the number is not a word written once for both
    "It has 16 million residents and $4 million in aid.",
    # a mere comma is a list, not a shared word
    "Costs are 16 million, 4 million euros.",
    # different scales do not share
    "It has 300 million and 4 billion euros.",
]


@pytest.mark.parametrize("text", NOT_SHARED)
def test_a_bare_figure_without_a_coordinated_currency_word_stays_out(text):
    assert "16 million" not in [a.text for a in find_amounts(text)]
    assert "300 million" not in [a.text for a in find_amounts(text)]
