"""Tests for analysis.money.allocations and analysis.charts.split: totals, parts, remainders.

Expected values are written by hand from the text, never computed by the code
under test.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from conftest import SEED_ARTICLE, fixture_path  # noqa: E402

from analysis.charts.split import plot_split  # noqa: E402
from analysis.entities.lexicon import load_lexicons  # noqa: E402
from analysis.errors import AnalysisError, ParameterError  # noqa: E402
from analysis.money.allocations import (
    allocation_from_text,
    choose_allocation,
    choose_recipient,
    find_allocations,
    namer_from_lexicons,
)
from analysis.money.amounts import find_amounts  # noqa: E402
from analysis.money.remainder import compute_remainder
from analysis.money.tables import (
    describe_money,  # noqa: E402
    describe_split,
    money_summary,  # noqa: E402
    split_rows,
)
from analysis.text.article import load_article  # noqa: E402
from tests.money.helpers import M, splits_of  # noqa: E402

B = 1_000_000_000


def parts_of(allocation):
    return [(p.recipient_text, p.amount.value) for p in allocation.parts]


def test_seed_split():
    (allocation,) = find_allocations(load_article(SEED_ARTICLE))
    assert allocation.total.text == "more than $105 billion"
    assert parts_of(allocation) == [
        ("the ongoing war in Ukraine", 61e9),
        ("Israel", 14.3e9),
        ("operations on the U.S.–Mexico border", 6.4e9),
    ]
    assert allocation.itemised == 81.7e9
    remainder = allocation.remainder
    # "more than" $105bn less the parts leaves at least $23.3bn; "some $61bn" makes it approximate.
    assert (remainder.value, remainder.qualifier, remainder.approximate) == (
        23.3e9,
        "at_least",
        True,
    )
    assert not remainder.overspent
    assert allocation.sentence.startswith("Mr. Kirby made the remarks")


def test_seed_split_summary_and_table():
    (allocation,) = find_allocations(load_article(SEED_ARTICLE))
    assert describe_split(allocation) == (
        "Of more than $105B, $81.7B is itemised: the ongoing war in Ukraine some $61B "
        "(58%), Israel $14.3B (14%), operations on the U.S.–Mexico border $6.4B (6%); "
        "at least $23.3B (22%) is not itemised."
    )
    rows = split_rows(allocation)
    assert [r["Kind"] for r in rows] == ["part", "part", "part", "remainder"]
    assert rows[-1]["Value"] == 23.3e9
    assert rows[-1]["Share of total (%)"] == 22.2
    assert rows[-1]["In words"] == "at least $23.3B"
    assert rows[-1]["Qualifier"] == "at_least"


def test_package_with_four_parts_and_a_stated_total():
    allocation, nested = find_allocations(load_article(fixture_path("aid_package_four_parts.txt")))
    assert allocation.total.value == 95e9
    # "About $23 billion of the money for Ukraine would be used to replenish ...": a part of
    # the $60 billion for Ukraine, itself a part of the package
    assert nested.total.value == 60e9
    assert parts_of(nested) == [("replenish U.S. weapons stocks", 23e9)]
    assert parts_of(allocation) == [
        ("Ukraine", 60e9),
        ("Israel", 14e9),
        ("civilians in Gaza and other conflict zones", 9e9),
        ("allies in the Indo-Pacific", 8e9),
    ]
    assert (allocation.remainder.value, allocation.remainder.qualifier) == (4e9, "exact")
    assert not allocation.remainder.approximate


def test_sentence_with_two_totals():
    text = (
        "The House passed a $26 billion package for Israel, including $14 billion in military "
        "aid and $9 billion in humanitarian assistance, and a $61 billion bill for Ukraine that "
        "includes $23 billion to replenish U.S. weapons stocks and $11 billion for U.S. "
        "military operations in the region."
    )
    first, second = find_allocations(text)
    assert first.total.value == 26e9
    assert parts_of(first) == [("military aid", 14e9), ("humanitarian assistance", 9e9)]
    assert first.remainder.value == 3e9
    assert second.total.value == 61e9
    assert parts_of(second) == [
        ("replenish U.S. weapons stocks", 23e9),
        ("U.S. military operations in the region", 11e9),
    ]
    assert second.remainder.value == 27e9


def test_parts_larger_than_the_total_are_reported_not_subtracted():
    (allocation,) = find_allocations(load_article(fixture_path("parts_exceed_total.txt")))
    remainder = allocation.remainder
    assert remainder.overspent and remainder.excess == 2e9
    assert remainder.value is None
    assert "do not reconcile" in describe_split(allocation)
    assert all(r["Kind"] == "part" for r in split_rows(allocation))


def test_no_money_no_allocations():
    assert find_allocations(load_article(fixture_path("no_money.txt"))) == []


def test_euro_arms_deal():
    (allocation,) = find_allocations(load_article(fixture_path("euro_arms_deal.txt")))
    assert allocation.currency == "EUR"
    assert allocation.total.value == 8.5e9
    assert [p.amount.value for p in allocation.parts] == [4.2e9, 2.1e9, 0.9e9]
    remainder = allocation.remainder
    assert (remainder.value, remainder.qualifier, remainder.approximate) == (1.3e9, "exact", True)


@pytest.mark.parametrize(
    "text, total, parts",
    [
        ("Of the $95 billion, $61 billion would go to Ukraine and $14 billion to Israel.",
         95e9, [("Ukraine", 61e9), ("Israel", 14e9)]),
        ("The plan sets aside $5 billion for Ukraine and $4 billion for Israel, part of a "
         "$12 billion package.", 12e9, [("Ukraine", 5e9), ("Israel", 4e9)]),
        ("A $50 billion plan, with $20 billion in loans and $10 billion in grants, passed.",
         50e9, [("loans", 20e9), ("grants", 10e9)]),
        ("Congress approved a $60 billion aid bill. It includes $23 billion for weapons and "
         "$8 billion in budget support.", 60e9, [("weapons", 23e9), ("budget support", 8e9)]),
        ("A $40 billion aid bill passed. Of that, $12 billion would go to Poland and $5 billion "
         "to Latvia.", 40e9, [("Poland", 12e9), ("Latvia", 5e9)]),
        ("Title\n\nThe $95 billion package includes:\n\n- $61 billion for Ukraine\n"
         "- Israel: $14 billion\n\nIt passed.", 95e9, [("Ukraine", 61e9), ("Israel", 14e9)]),
    ],
    ids=["of the total", "total after the parts", "in loans, in grants", "refers back", "of that",
         "list"],
)  # fmt: skip
def test_forms_of_a_split(text, total, parts):
    (allocation,) = find_allocations(text)
    assert allocation.total.value == total
    assert parts_of(allocation) == parts


@pytest.mark.parametrize(
    "text",
    [
        "Lockheed won a $7.8bn contract, and Raytheon got $2bn for missiles.",
        "Revenue rose from $5 billion to $7 billion, and it paid $1 billion to shareholders.",
        "The deal, worth $5 billion, was signed. Lockheed will receive $2 billion for upgrades.",
        "Washington gave $3 billion to Kyiv in 2023 and $2 billion to Israel.",
        "The EU pledged €50bn ($54bn) for Ukraine.",
        "The $5 billion loan was approved on Monday and $2 billion on Friday.",
        "Chile will spend $3 billion over five years, and $1 billion on the same day.",
    ],
)
def test_no_split_where_the_text_states_none(text):
    assert find_allocations(text) == []


# (total, parts, remainder value, qualifier, approximate)
REMAINDERS = [
    ("$100", ["$60", "$30"], 10.0, "exact", False),
    ("more than $100", ["$60", "$30"], 10.0, "at_least", False),
    ("up to $100", ["$60", "$30"], 10.0, "at_most", False),
    ("about $100", ["$60", "$30"], 10.0, "exact", True),
    ("$100", ["about $60", "$30"], 10.0, "exact", True),
    ("more than $100", ["about $60", "$30"], 10.0, "at_least", True),
    ("$100", ["more than $60", "$30"], 10.0, "at_most", False),
    ("$90-100", ["$60", "$20"], 10.0, "range", False),
    ("more than $100", ["$60", "$50"], None, "unknown", False),
    ("$100", ["$60", "$40"], 0.0, "exact", False),
]


@pytest.mark.parametrize("total, parts, value, qualifier, approximate", REMAINDERS)
def test_remainder_carries_the_qualifiers(total, parts, value, qualifier, approximate):
    (total_amount,) = find_amounts(total)
    part_amounts = [find_amounts(p)[0] for p in parts]
    remainder = compute_remainder(total_amount, part_amounts)
    assert (remainder.value, remainder.qualifier, remainder.approximate) == (
        value, qualifier, approximate)  # fmt: skip
    assert not remainder.overspent


def test_remainder_in_cents_is_exact():
    (total,) = find_amounts("$0.30")
    parts = find_amounts("$0.10 and $0.20")
    assert compute_remainder(total, parts).value == 0.0


def test_recipient_named_from_a_lexicon():
    def namer(phrase: str) -> str:
        found = [("Ukraine", i, i + 7) for i in [phrase.find("Ukraine")] if i >= 0]
        return choose_recipient(phrase, found)

    (allocation,) = find_allocations(load_article(SEED_ARTICLE), name_recipient=namer)
    assert [p.recipient for p in allocation.parts] == [
        "Ukraine",
        "Israel",
        "operations on the U.S.–Mexico border",
    ]
    assert allocation.parts[0].recipient_text == "the ongoing war in Ukraine"


def test_recipient_named_with_the_project_lexicon_code():
    lexicons = load_lexicons(
        fixture_path("lexicon_actors_small.csv"),
        fixture_path("lexicon_weapons_small.csv"),
        titles=fixture_path("lexicon_titles_small.txt"),
    )
    (allocation,) = find_allocations(
        load_article(SEED_ARTICLE), name_recipient=namer_from_lexicons(lexicons)
    )
    # "U.S.–Mexico border" names a place, not two actors: the phrase stays.
    assert [p.recipient for p in allocation.parts] == [
        "Ukraine",
        "Israel",
        "operations on the U.S.–Mexico border",
    ]


def test_recipient_stays_a_phrase_when_it_is_about_more_than_one_actor():
    phrase = "new frigates to be built in Poland for the navy"
    assert choose_recipient(phrase, [("Poland", 28, 34)]) == phrase


def test_explicit_amounts_make_an_allocation():
    allocation = allocation_from_text(
        "more than $105 billion", {"Ukraine": "some $61 billion", "Israel": "$14.3 billion"}
    )
    assert allocation.remainder.value == 29.7e9
    assert allocation.remainder.qualifier == "at_least"


@pytest.mark.parametrize(
    "total, parts",
    [("lots of money", {}), ("$5 and $6", {}), ("$5", {"A": "€3"}), ("$5", {"A": "nothing"})],
)
def test_explicit_amounts_that_are_not_one_amount_are_refused(total, parts):
    with pytest.raises(ParameterError) as error:
        allocation_from_text(total, parts)
    assert isinstance(error.value, AnalysisError)


def test_choose_allocation_largest_first_and_refuses_a_bad_index():
    text = (
        "A $26 billion package includes $14 billion for Israel. A $61 billion bill includes "
        "$23 billion for weapons."
    )
    allocations = find_allocations(text)
    assert choose_allocation(allocations, 0).total.value == 61e9
    assert choose_allocation(allocations, 1).total.value == 26e9
    assert choose_allocation([], 0) is None
    with pytest.raises(ParameterError, match="0 to 1"):
        choose_allocation(allocations, 2)


def test_plot_split_draws_the_remainder_apart():
    (allocation,) = find_allocations(load_article(SEED_ARTICLE))
    ax = plot_split(allocation, source="seed")
    hatched = [p for p in ax.patches if p.get_hatch()]
    assert len(hatched) == 1
    assert hatched[0].get_width() == pytest.approx(23.3)
    assert all(p.get_width() >= 0 for p in ax.patches)
    assert ax.get_xlabel() == "US$ billions"
    assert "not" in ax.get_title() and r"\$23.3B" in ax.get_title()
    plt.close(ax.figure)


def test_plot_split_overspent_has_no_remainder_slice():
    (allocation,) = find_allocations(load_article(fixture_path("parts_exceed_total.txt")))
    ax = plot_split(allocation)
    assert not [p for p in ax.patches if p.get_hatch()]
    assert "exceed" in ax.get_title()
    plt.close(ax.figure)


@pytest.mark.parametrize("default", ["lexicon_missing_column.csv", "no_such_lexicon.csv"])
def test_a_broken_default_lexicon_raises_instead_of_naming_nothing(monkeypatch, default):
    from analysis import config
    from analysis.errors import LexiconError
    from analysis.money.allocations import lexicon_namer

    broken = fixture_path("no_money.txt").parent / default
    monkeypatch.setattr(config, "ACTORS_FILE", broken)
    with pytest.raises(LexiconError) as error:
        lexicon_namer()
    assert default in str(error.value)


def test_seed_recipients_named_with_the_default_lexicon():
    summary = money_summary(SEED_ARTICLE)
    (allocation,) = summary["allocations"]
    assert [p["recipient"] for p in allocation["parts"]] == [
        "Ukraine",
        "Israel",
        "operations on the U.S.–Mexico border",
    ]


def test_remainder_of_decimal_parts_is_exact():
    text = (
        "The $95 billion package includes $60.1 billion for Ukraine, $26.4 billion for Israel "
        "and $8.1 billion for the Indo-Pacific."
    )
    (allocation,) = find_allocations(text)
    assert allocation.total.value == 95e9
    assert parts_of(allocation) == [
        ("Ukraine", 60.1e9),
        ("Israel", 26.4e9),
        ("the Indo-Pacific", 8.1e9),
    ]
    # 95 - (60.1 + 26.4 + 8.1) = 95 - 94.6 = 0.4 billion, in decimals: no 0.39999...
    remainder = allocation.remainder
    assert (remainder.value, remainder.qualifier, remainder.approximate) == (4e8, "exact", False)


# (case, text, total, parts, remainder): worked out by hand.
MORE_SPLITS = [
    ("colon list in one sentence",
     "The $55 billion package breaks down as follows: $40 billion for Ukraine; $10 billion for "
     "Israel; and $5 billion for Taiwan.",
     55e9, [("Ukraine", 40e9), ("Israel", 10e9), ("Taiwan", 5e9)], 0.0),
    ("colon list after the total's sentence",
     "Congress approved a $55 billion package. The package breaks down as follows: $40 billion "
     "for Ukraine; $10 billion for Israel; and $5 billion for Taiwan.",
     55e9, [("Ukraine", 40e9), ("Israel", 10e9), ("Taiwan", 5e9)], 0.0),
    ("colon list, one line per part, the last with 'and'",
     "Title\n\nThe $95 billion package breaks down as follows:\n\n$61 billion for Ukraine;\n"
     "$26 billion for Israel;\nand $8 billion for the Indo-Pacific.\n",
     95e9, [("Ukraine", 61e9), ("Israel", 26e9), ("the Indo-Pacific", 8e9)], 0.0),
    ("recipient first, verb left out after the first",
     "Of the $95 billion, Ukraine gets $61 billion, Israel $14 billion and Taiwan $8 billion.",
     95e9, [("Ukraine", 61e9), ("Israel", 14e9), ("Taiwan", 8e9)], 12e9),
    ("recipient first after 'Of that'",
     "A $40 billion aid bill passed. Of that, Poland would receive $12 billion and Latvia "
     "$5 billion.",
     40e9, [("Poland", 12e9), ("Latvia", 5e9)], 23e9),
    ("a part spent on something, after a verb",
     "Norway approved a €7.1 billion budget for military aid. Of that, €2.5 billion is "
     "earmarked for air defence and €1.2 billion will be spent on ammunition.",
     7.1e9, [("air defence", 2.5e9), ("ammunition", 1.2e9)], 3.4e9),
    ("parts bought 'on' after a spending verb",
     "The ministry will spend its €10 billion budget as follows: €6 billion on tanks and "
     "€4 billion on drones.",
     10e9, [("tanks", 6e9), ("drones", 4e9)], 0.0),
    ("parts per year",
     "The $10 billion-a-year programme includes $6 billion a year for Poland and $4 billion a "
     "year for the Baltic states.",
     10e9, [("Poland", 6e9), ("the Baltic states", 4e9)], 0.0),
]  # fmt: skip


@pytest.mark.parametrize("text, total, parts, remainder", [c[1:] for c in MORE_SPLITS],
                         ids=[c[0] for c in MORE_SPLITS])  # fmt: skip
def test_more_forms_of_a_split(text, total, parts, remainder):
    (allocation,) = find_allocations(text)
    assert allocation.total.value == total
    assert parts_of(allocation) == parts
    assert (allocation.remainder.value, allocation.remainder.qualifier) == (remainder, "exact")
    for part in allocation.parts:  # a part's span covers its amount and its recipient
        span = text[part.start : part.end]
        assert part.amount.text in span and part.recipient_text in span


def test_sentence_with_two_totals_each_after_its_parts():
    text = (
        "$5 billion for Ukraine and $3 billion for Moldova make up a $10 billion package, while "
        "$2 billion for Taiwan is part of a $4 billion measure."
    )
    first, second = find_allocations(text)
    assert (first.total.value, parts_of(first)) == (10e9, [("Ukraine", 5e9), ("Moldova", 3e9)])
    assert first.remainder.value == 2e9
    assert (second.total.value, parts_of(second)) == (4e9, [("Taiwan", 2e9)])
    assert second.remainder.value == 2e9


def test_sentence_with_two_totals_in_two_currencies():
    text = (
        "The EU's €50 billion facility includes €33 billion in loans and €17 billion in grants, "
        "and a separate $20 billion G7 loan provides $10 billion for Kyiv."
    )
    first, second = find_allocations(text)
    assert (first.currency, first.total.value) == ("EUR", 50e9)
    assert parts_of(first) == [("loans", 33e9), ("grants", 17e9)]
    assert first.remainder.value == 0.0
    assert (second.currency, second.total.value, parts_of(second)) == (
        "USD", 20e9, [("Kyiv", 10e9)])  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Washington gave $3 billion to Kyiv in 2023, and Israel got $2 billion.",
        "Lockheed won a $7.8bn contract, and Raytheon got $2bn for missiles.",
    ],
)
def test_recipient_first_amounts_without_a_total_are_no_split(text):
    assert find_allocations(text) == []


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        (
            "The fund holds $4 million.",
            "The article states 1 amount of money but does not split any total into parts.",
        ),
        (
            "Oslo pledged €20 million and Rome €35 million to unrelated projects.",
            "The article states 2 amounts of money but does not split any total into parts.",
        ),
    ],
)
def test_money_without_a_split_is_counted_in_words(text, finding):
    assert describe_money(find_amounts(text), None) == finding


def test_on_after_an_amount_is_a_date_not_a_part():
    text = "Warsaw will spend a $12 billion budget, signed $8 billion on Monday for tanks."
    assert find_allocations(text) == []  # "Monday" is no recipient
    (allocation,) = find_allocations(
        "Poland signed a $12 billion deal on Monday, including $8 billion for tanks."
    )
    assert parts_of(allocation) == [("tanks", 8e9)]


@pytest.mark.parametrize(
    "text",
    [
        "Officials announced a $10 billion relief package on Monday, alongside a $20 billion "
        "fund for small firms. The package includes $4 billion for schools and $3 billion "
        "for roads.",
        "Officials announced a $10 billion relief package on Monday.\n\nThe ministry also set "
        "up a $20 billion fund for small firms. The package includes $4 billion for schools "
        "and $3 billion for roads.",
    ],
)
def test_the_package_refers_to_the_package_not_the_nearer_fund(text):
    splits = find_allocations(text)
    assert [(a.total.text, [p.amount.text for p in a.parts]) for a in splits] == [
        ("$10 billion", ["$4 billion", "$3 billion"])
    ]


@pytest.mark.parametrize(
    "text, total, parts",
    [
        (
            "Donors pledged $9 billion at the meeting in March. About $4 billion is for housing "
            "this year. The remaining $5 billion will be spent on roads over the decade.",
            "$9 billion",
            ["About $4 billion", "$5 billion"],
        ),
        (
            "The council approved a $600 million budget. Of that, $250 million goes to schools. "
            "The rest, $350 million, pays for police and roads.",
            "$600 million",
            ["$250 million", "$350 million"],
        ),
    ],
)
def test_the_remaining_sum_completes_the_total_before_it(text, total, parts):
    splits = find_allocations(text)
    assert [(a.total.text, [p.amount.text for p in a.parts]) for a in splits] == [(total, parts)]


def test_the_remaining_sum_that_does_not_add_up_is_no_part():
    text = (
        "The fund holds $9 billion. Officials spent $4 billion on housing. "
        "The remaining $3 billion sits in bonds."
    )
    assert find_allocations(text) == []


def test_the_figure_refers_back_to_the_total_before_it():
    # "The figure" names the sum just stated, as "the sum" or "the amount" would
    text = ("The deal is worth $1.2 billion. The figure covers $800 million for 12 helicopters "
            "and $150 million for training.")  # fmt: skip
    (split,) = find_allocations(text)
    assert split.total.value == 1_200_000_000
    assert [p.amount.value for p in split.parts] == [800_000_000, 150_000_000]


# --- issue 11: splits as the South and Southeast Asian press writes them ----------------


def test_of_the_total_amount_after_a_reported_speaker_opens_the_list():
    text = (
        "The minister said her ministry received RM9.2 billion in the budget. She said of the "
        "total amount, RM4.1 billion was for the army, the navy (RM2.2 billion) and RM1.3 "
        "billion was for the air force."
    )
    assert splits_of(text) == [(9_200 * M, [4_100 * M, 2_200 * M, 1_300 * M])]


def test_a_name_with_its_sum_in_brackets_is_a_part():
    text = (
        "Kenya's Sh80 billion fund goes to the police (Sh30 billion) and the prisons "
        "(Sh12 billion)."
    )
    assert splits_of(text) == [(80 * B, [30 * B, 12 * B])]


def test_a_local_sign_opens_a_partitive_like_a_dollar():
    text = "About P9 billion of the P25 billion set aside by Manila will go to the coast guard."
    assert splits_of(text) == [(25 * B, [9 * B])]


def test_a_part_for_a_list_of_common_nouns_keeps_the_whole_list():
    text = (
        "The $9 million grant covers two things. It includes $5 million for fuel, spare "
        "parts and training for the Vestan coast guard and $4 million for new radios."
    )
    (allocation,) = find_allocations(text)
    assert parts_of(allocation) == [
        ("fuel, spare parts and training for the Vestan coast guard", 5 * M),
        ("new radios", 4 * M),
    ]


def test_trap_a_speech_verb_after_the_comma_ends_the_purpose():
    text = (
        "The $9 million grant covers two things. It includes $5 million for fuel, officials "
        "said, and $4 million for new radios."
    )
    (allocation,) = find_allocations(text)
    assert parts_of(allocation) == [("fuel", 5 * M), ("new radios", 4 * M)]


def test_a_verb_of_giving_opening_a_purpose_is_the_link_not_the_purpose():
    text = "The $9 million grant includes $5 million to provide food aid to refugees."
    (allocation,) = find_allocations(text)
    assert parts_of(allocation) == [("food aid to refugees", 5 * M)]


def test_a_budget_stated_with_a_copula_is_split_by_service_in_the_next_sentence():
    # "is" names the whole as plainly as "was set at"; its year may come between
    text = ("Vesta's defence budget for next year is $14 billion. The army will receive $6 "
            "billion, the navy $5 billion and the air force $3 billion.")  # fmt: skip
    assert splits_of(text) == [(14 * B, [6 * B, 5 * B, 3 * B])]


def test_a_part_s_own_budget_with_a_copula_stays_a_part():
    # "the budget for the army is" names the army's share, not a new whole of its own
    text = ("Vesta will spend $14 billion on defence next year, including $6 billion for "
            "the army. The budget for the army is $6 billion, up from $5 billion.")  # fmt: skip
    assert (14 * B, [6 * B]) in splits_of(text)


def test_a_determiner_before_the_next_sum_is_no_purpose():
    text = (
        "Army gets $3bn more for rifles\n\nThe budget will now rise to $11.5 billion.\n\n"
        "Lawmakers have added the army $3 billion for rifles.\n\nThe committee asked the "
        "Treasury to add the $3 billion to the $8.5 billion, pushing the budget to $11.5 billion.\n"
    )
    (allocation,) = find_allocations(text)
    assert [p.recipient_text for p in allocation.parts] == ["(not stated)", "(not stated)"]


def test_a_clause_of_reason_after_the_purpose_ends_it():
    text = (
        "The $9 million grant covers two things. It includes $5 million for new radios as "
        "the coast guard seeks to patrol farther and $4 million for fuel."
    )
    (allocation,) = find_allocations(text)
    assert parts_of(allocation) == [("new radios", 5 * M), ("fuel", 4 * M)]
