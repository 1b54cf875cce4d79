"""Tests for analysis.money.links: a total and the parts an article states for it
in later sentences and paragraphs.

Every text here is made up for the test; expected values are worked out by hand.
"""

from __future__ import annotations

import json

import pytest
from conftest import SEED_ARTICLE, fixture_path

from analysis import cli
from analysis.money.allocations import find_allocations
from analysis.money.tables import split_evidence
from analysis.money.words import describe_remainder
from analysis.text import load_article, split_sentences

B = 1_000_000_000
M = 1_000_000


def splits_of(text):
    """(total value, [(phrase as written, value)]) for every split, in text order."""
    return [
        (a.total.value, [(p.recipient_text, p.amount.value) for p in a.parts])
        for a in find_allocations(text)
    ]


# --- each linking pattern ---------------------------------------------------------------------

LINKED = [
    ("Lawmakers approved a $40 billion package on Tuesday. The vote was close.\n\n"
     "The package includes $22 billion for Poland, $9 billion in military aid for Latvia and "
     "$3 billion for refugees.",
     40 * B, [("Poland", 22 * B), ("Latvia", 9 * B), ("refugees", 3 * B)]),
    ("The Senate passed a $70 billion bill on Tuesday.\n\n"
     "The bill would send $45 billion to Moldova and $12 billion to Jordan.",
     70 * B, [("Moldova", 45 * B), ("Jordan", 12 * B)]),
    ("The bloc agreed a €50 billion facility for the country. "
     "It provides €33 billion in loans and €17 billion in grants.",
     50 * B, [("loans", 33 * B), ("grants", 17 * B)]),
    ("The government set up a $10 billion fund. Of this, $4 billion will go to housing.",
     10 * B, [("housing", 4 * B)]),
    ("The fund holds $10 billion, of which $4 billion is for housing.",
     10 * B, [("housing", 4 * B)]),
    ("The fund holds $10 billion.\n\nOf the total, $4 billion is earmarked for housing and "
     "$1 billion for roads.",
     10 * B, [("housing", 4 * B), ("roads", 1 * B)]),
    ("The ministry signed two arms deals worth about $3 billion.\n\n"
     "One deal, for 20 helicopters, has an estimated cost of $1.9 billion. "
     "The other deal, for coastal radars, is worth about $1.05 billion.",
     3 * B, [("20 helicopters", 1.9 * B), ("coastal radars", 1.05 * B)]),
    ("The ministry signed three contracts worth €900 million on Monday.\n\n"
     "The first contract, for trucks, is worth €500 million.\n\n"
     "The second contract, for spare parts, is valued at €300 million.\n\n"
     "The third contract, for training, comes at a cost of €100 million.",
     900 * M, [("trucks", 500 * M), ("spare parts", 300 * M), ("training", 100 * M)]),
    ("The club agreed a transfer fee of £80m for the striker.\n\nHe passed a medical on Friday.\n\n"
     "The fee is made up of £72m up front and £8m in add-ons.",
     80 * M, [("The fee", 72 * M), ("add-ons", 8 * M)]),
    ("The club signed him in a deal worth up to €50 million (£43m), including a fixed fee of "
     "€45 million and €5 million in bonuses.",
     50 * M, [("a fixed fee", 45 * M), ("bonuses", 5 * M)]),
    ("The city will spend $12 million on parks: $7 million for new trees and $5 million for "
     "playgrounds.",
     12 * M, [("new trees", 7 * M), ("playgrounds", 5 * M)]),
    ("The agency raised €350 million for clean water and schools.\n\nShe said 150 million euros "
     "will fund clean water, while 200 million will go to schools.",
     350 * M, [("clean water", 150 * M), ("schools", 200 * M)]),
    ("The $800 million package is the largest so far. It includes $300 million in quick, "
     "ready-made deliveries by the navy and $500 million in new purchases.",
     800 * M, [("quick, ready-made deliveries", 300 * M), ("new purchases", 500 * M)]),
]  # fmt: skip


LINKED_IDS = ["the package includes", "the bill would", "it provides", "of this", "of which",
              "of the total",
              "one deal, the other", "first, second, third contract", "the fee is made up of",
              "including, restated in brackets", "list after a colon",
              "purpose named again, currency left out",
              "in listed deliveries and purchases"]  # fmt: skip


@pytest.mark.parametrize("text, total, parts", LINKED, ids=LINKED_IDS)
def test_each_linking_pattern(text, total, parts):
    assert splits_of(text) == [(total, parts)]


def test_parts_across_paragraphs_name_their_sentences():
    (split,) = find_allocations(load_article(fixture_path("package_across_paragraphs.txt")))
    # sentence 1 is the headline; 2 the lede; 3 the vote; 4 the parts
    assert (split.total_sentence, split.sentences) == (2, (2, 4))
    assert [p.sentence for p in split.parts] == [4, 4, 4]
    assert [p.recipient for p in split.parts] == ["Poland", "Latvia", "refugee housing"]
    assert describe_remainder(split.remainder, "USD") == "$6B"


def test_a_running_total_and_a_separate_fund_are_not_added():
    (split,) = find_allocations(load_article(fixture_path("package_across_paragraphs.txt")))
    # "$75 billion" (since 2022) and "$2 billion" (a separate fund) stay out
    assert [p.amount.value for p in split.parts] == [22 * B, 9 * B, 3 * B]


@pytest.mark.parametrize(
    "text",
    [
        "Germany announced a €5 billion package on Monday. It includes €3 billion for "
        "ammunition.\n\nSince 2022, Germany has given €1 billion to Moldova.",
        "Germany announced a €5 billion package on Monday. It includes €3 billion for "
        "ammunition.\n\nAn earlier package gave €1 billion for fuel.",
        "Germany announced a €5 billion package on Monday. It includes €3 billion for "
        "ammunition.\n\nThat comes on top of €1 billion for fuel sent in May.",
        "Germany announced a €5 billion package on Monday. It includes €3 billion for "
        "ammunition.\n\nAnother €1 billion could follow next year.",
    ],
    ids=["since 2022", "an earlier package", "on top of", "another sum"],
)
def test_money_of_another_total_is_not_a_part(text):
    assert splits_of(text) == [(5 * B, [("ammunition", 3 * B)])]


def test_another_kind_of_money_is_not_a_part():
    text = ("The government provided $6 billion in military assistance last year. "
            "Of that, $3 billion went to the navy.\n\n"
            "The coastal region received $1 billion in economic aid.")  # fmt: skip
    assert splits_of(text) == [(6 * B, [("the navy", 3 * B)])]


def test_a_part_restated_in_another_currency_is_counted_once():
    text = ("Japan pledged 300 billion yen ($2 billion) in aid to the country. "
            "Of that, 100 billion yen ($670 million) will go to reconstruction.")  # fmt: skip
    (split,) = find_allocations(text)
    assert split.currency == "JPY"
    assert [(p.recipient_text, p.amount.value, p.amount.currency) for p in split.parts] == [
        ("reconstruction", 100 * B, "JPY")
    ]
    assert (split.remainder.value, split.remainder.qualifier) == (200 * B, "exact")


def test_parts_a_text_gives_to_a_smaller_total_are_reported_as_overspent():
    text = ("The $5 billion package was approved on Monday.\n\nSome lawmakers objected.\n\n"
            "The package includes $3 billion for tanks and $4 billion for jets.")  # fmt: skip
    (split,) = find_allocations(text)
    assert [p.amount.value for p in split.parts] == [3 * B, 4 * B]
    assert (split.remainder.overspent, split.remainder.excess) == (True, 2 * B)


def test_parts_that_would_exceed_a_total_without_words_linking_them_are_not_linked():
    text = ("A $5 billion fund was set up.\n\n"
            "Officials sent $3 billion for tanks and $4 billion for jets.")  # fmt: skip
    assert splits_of(text) == []


def test_two_packages_in_one_article_are_kept_apart():
    text = ("In March the bloc approved a €5 billion package. It includes €3 billion for "
            "ammunition and €1 billion for training.\n\n"
            "In June it approved a second €2 billion package. The package provides €1.5 billion "
            "for drones.")  # fmt: skip
    assert splits_of(text) == [
        (5 * B, [("ammunition", 3 * B), ("training", 1 * B)]),
        (2 * B, [("drones", 1.5 * B)]),
    ]


def test_a_part_that_is_itself_split_keeps_its_own_parts():
    text = ("The ministry proposed a defence budget of $50 billion.\n\n"
            "The budget comprises $30 billion for procurement and $20 billion for personnel.\n\n"
            "Within procurement, $10 billion will buy tanks and $5 billion will fund new "
            "ships.")  # fmt: skip
    assert splits_of(text) == [
        (50 * B, [("procurement", 30 * B), ("personnel", 20 * B)]),
        (30 * B, [("tanks", 10 * B), ("new ships", 5 * B)]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Shares rose to $45 on Monday. The company earned $3 billion last year.\n\n"
        "A new stadium will cost $500 million.",
        "The museum sold a painting for $2 million.\n\nA second painting fetched $1 million "
        "at another sale.",
        "Two charities were the largest recipients, with $3 billion and $1.5 billion.\n\n"
        "The northern region received $1.1 billion, the capital $1 billion and the coast "
        "$900 million.",
    ],
    ids=["unrelated amounts", "two sales", "parts that only add up"],
)
def test_an_article_whose_amounts_are_unrelated_has_no_split(text):
    assert splits_of(text) == []


# --- shares of a total -------------------------------------------------------------------------


def test_a_share_of_the_total_is_a_computed_part_with_its_range():
    text = "The donors raised $2 billion last year. 50 to 80 percent of it went to food aid."
    (split,) = find_allocations(text)
    (part,) = split.parts
    assert (part.recipient_text, part.computed) == ("food aid", True)
    assert (part.amount.qualifier, part.amount.low, part.amount.high) == ("range", 1 * B, 1.6 * B)
    # $2B less $1B to $1.6B leaves $0.4B to $1B
    assert (split.remainder.qualifier, split.remainder.low, split.remainder.high) == (
        "range", 0.4 * B, 1 * B)  # fmt: skip


def test_a_fraction_of_the_total_is_a_computed_part():
    text = "Congress passed a $40 billion package. Half of it went to Poland."
    (split,) = find_allocations(text)
    assert [(p.recipient_text, p.amount.value, p.computed) for p in split.parts] == [
        ("Poland", 20 * B, True)
    ]


# --- what a reader sees ------------------------------------------------------------------------


def test_remainder_of_parts_that_fill_a_maximum_is_nothing():
    (split,) = find_allocations(
        "He joined in a deal worth up to €60 million, including an initial fee of €50 million "
        "and €10 million in add-ons."
    )
    assert (split.remainder.value, split.remainder.qualifier) == (0, "exact")
    assert describe_remainder(split.remainder, "EUR") == "nothing left unitemised"


def test_evidence_lists_every_contributing_sentence_with_marks():
    article = load_article(fixture_path("package_across_paragraphs.txt"))
    evidence = split_evidence(find_allocations(article), split_sentences(article))
    assert list(evidence["Sentence"]) == [2, 4]
    # the HTML escapes "$" as "&#36;" so that no math typesetting picks it up
    assert "<mark>&#36;40 billion</mark>" in evidence["Evidence"][0]
    assert (
        "<mark>The package</mark> includes <mark>&#36;22 billion</mark>" in evidence["Evidence"][1]
    )


def test_command_line_gives_sentences_and_offsets_of_total_and_parts(capsys):
    path = fixture_path("package_across_paragraphs.txt")
    assert cli.main(["money", str(path), "--json"]) == 0
    (allocation,) = json.loads(capsys.readouterr().out)["allocations"]
    text = path.read_text(encoding="utf-8")
    total = allocation["total"]
    assert text[total["start"] : total["end"]] == "$40 billion"
    assert (allocation["total_sentence"], allocation["sentences"]) == (2, [2, 4])
    first = allocation["parts"][0]
    assert text[first["amount_start"] : first["amount_end"]] == "$22 billion"
    assert first["sentence"] == 4
    assert any(e["signal"] == "noun_reference" and e["words"] == "The package"
               for e in allocation["evidence"])  # fmt: skip


def test_seed_split_is_unchanged():
    (split,) = find_allocations(load_article(SEED_ARTICLE))
    assert split.total.value == 105 * B and split.total.qualifier == "at_least"
    assert [p.amount.value for p in split.parts] == [61 * B, 14.3 * B, 6.4 * B]
    assert describe_remainder(split.remainder, "USD") == "at least $23.3B"


def test_a_part_for_a_purpose_keeps_the_purpose_and_a_part_for_an_actor_names_it():
    from analysis.money.allocations import lexicon_namer

    text = ("Allies approved a $5 billion package. It includes $2 billion for pilot training in "
            "Romania and $1 billion for the Polish army.")  # fmt: skip
    (split,) = find_allocations(text, name_recipient=lexicon_namer())
    assert [(p.recipient, p.recipient_text) for p in split.parts] == [
        ("pilot training in Romania", "pilot training in Romania"),
        ("Polish Armed Forces", "the Polish army"),  # the lexicon's actor for "Polish army"
    ]


def test_a_sum_right_after_a_pledge_of_aid_is_not_made_its_part():
    text = ("The country has pledged €2 billion in military aid this year\n\n"
            "KYIV: The country is providing €350 million for drones, she said.")  # fmt: skip
    assert splits_of(text) == []


@pytest.mark.parametrize(
    "text, total, parts",
    [
        ("The package includes $22 billion for Poland and $9 billion for Latvia. It also sets "
         "aside $3 billion for refugees. In all, the package is worth $40 billion.",
         40 * B, [("Poland", 22 * B), ("Latvia", 9 * B), ("refugees", 3 * B)]),
        ("Poland will get $22 billion and Latvia $9 billion.\n\n"
         "The package totals $40 billion, officials said.",
         40 * B, [("Poland", 22 * B), ("Latvia", 9 * B)]),
        ("Seoul will spend $3 billion on tanks and $2 billion on ships. In all, it approved "
         "$6 billion in military spending.",
         6 * B, [("tanks", 3 * B), ("ships", 2 * B)]),
    ],
    ids=["in all, the package is worth", "the package totals", "in all ... in spending"],
)  # fmt: skip
def test_a_total_stated_after_its_parts(text, total, parts):
    assert splits_of(text) == [(total, parts)]


@pytest.mark.parametrize(
    "text",
    [
        "Revenue was $5 billion for the quarter. In all, the firm made $20 billion.",
        "Poland got $22 billion for tanks last year. Since 2022, the aid totalled $60 billion.",
        "Poland will get $22 billion and Latvia $9 billion.\n\nThe package totals $25 billion.",
    ],
    ids=["no whole named", "a running total", "parts exceed the later total"],
)
def test_a_later_sum_that_names_no_whole_or_cannot_hold_the_parts_is_no_total(text):
    assert splits_of(text) == []


def test_a_computed_part_says_so_in_words_and_tables():
    from analysis.money.tables import describe_split, split_rows

    (split,) = find_allocations(
        "The donors raised $2 billion last year. 50 to 80 percent of it went to food aid."
    )
    assert "food aid $1B to $1.6B (50%, computed from “50 to 80 percent”)" in describe_split(split)
    assert split_rows(split)[0]["Kind"] == "part computed from a share"


# --- another noun for the same whole ---------------------------------------------------------


def test_a_different_noun_for_the_whole_links_when_the_parts_add_up():
    text = (
        "The club signed the goalkeeper for a fee of £50m, a record for the league.\n\n"
        "The deal is made up of £44m up front and £6m in add-ons."
    )
    assert splits_of(text) == [(50 * M, [("(not stated)", 44 * M), ("add-ons", 6 * M)])]


def test_a_different_noun_alone_is_no_link():
    # "the deal" here is about another sale: no composition words, no sum
    text = (
        "The club paid a fee of £50m for the goalkeeper.\n\n"
        "The deal also saw the club sell a winger for £20m to a rival."
    )
    assert splits_of(text) == []


# --- signals a careful reader uses across sentences (texts made up for these tests) ----------


def values_of(text):
    """(total value, [part values]) for every split, in text order."""
    return [(a.total.value, [p.amount.value for p in a.parts]) for a in find_allocations(text)]


def test_it_stands_for_the_whole_the_sentence_before_names():
    # "It" follows a sentence with no amount that names the package, so it is the
    # package's $30 billion, not the running total stated last
    text = ("The $30 billion package brings the total the country has pledged to about "
            "$45 billion.\n\nThe money in the new package is split between arms and relief. "
            "It includes $12 billion for air defence.")  # fmt: skip
    # (and the package is one part of the running total it brings to $45 billion)
    assert splits_of(text) == [(30 * B, [("air defence", 12 * B)]), (45 * B, [("package", 30 * B)])]


def test_a_clause_about_another_bill_keeps_its_sum_apart():
    text = ("The Senate unveiled a $90 billion bill on Sunday.\n\n"
            "The House bill would give $15 billion to Israel, while the Senate bill includes "
            "$12 billion for Israel.")  # fmt: skip
    assert splits_of(text) == [(90 * B, [("Israel", 12 * B)])]


def test_a_list_word_inside_an_aside_opens_no_list():
    text = ("Acme is valued at $40 billion, while Beta - which makes radars, including for "
            "navies - is valued at $5 billion.")  # fmt: skip
    assert splits_of(text) == []


def test_a_total_of_several_sums_takes_the_parts_that_name_its_recipients():
    text = ("A total of 5 billion euros was pledged for Chad and Niger on Monday. "
            "Donors met in Rome.\n\nA total of 3 billion euros will be provided in the form of "
            "loans for Chad, and 2 billion euros in grants for Niger.")  # fmt: skip
    assert splits_of(text) == [(5 * B, [("Chad", 3 * B), ("Niger", 2 * B)])]


def test_a_sum_restated_in_brackets_in_other_units_is_one_sum():
    # Rs 90,000 crore is Rs 900 billion: the brackets restate it, they add nothing
    text = ("The government raised the defence budget to Rs 90,000 crore (Rs 900 billion) for "
            "2025.\n\nThe highlight of this year's defence spending is an allocation of "
            "Rs 30,000 crore (Rs 300 billion) made for capital outlay.")  # fmt: skip
    assert values_of(text) == [(900 * B, [300 * B])]


def test_rs_with_a_full_stop_does_not_end_a_sentence():
    text = "The ministry signed a contract worth Rs. 500 crore with the shipyard on Monday."
    sentences = split_sentences(load_article_text(text))
    assert len(sentences) == 1


def load_article_text(text):
    from analysis.text import article_from_text

    return article_from_text(text)


def test_a_part_stated_again_is_not_added_twice():
    text = (
        "Congress approved a $10 billion package for Ruritania on Monday.\n\n"
        "Aid to Ruritania included $6 billion for troops. There was $4 billion more for "
        "refugees.\n\nAbout $6 billion, about half of the package, will go to the army."
    )
    assert values_of(text) == [(10 * B, [6 * B, 4 * B])]


def test_each_deal_in_its_own_paragraph_joins_the_total_of_the_sales():
    # the total's sentence names the buyers; each later paragraph prices one of them
    text = ("The government approved the sale of more than $2 billion of weapons to Freedonia, "
            "Sylvania and Ruritania.\n\nThe package for Freedonia will contain 50 missiles. "
            "If the deal goes through, Acme will build them. The cost may reach $1.2 billion.\n\n"
            "For Sylvania, the sale covers 20 radars. This deal will cost $500 million.\n\n"
            "Officials said Acme is also involved. Ruritania can buy trucks with a total cost "
            "of $300 million.")  # fmt: skip
    assert values_of(text) == [(2 * B, [1.2 * B, 500 * M, 300 * M])]


def test_the_first_sum_after_a_total_of_sales_is_its_part_worth_of_names_it():
    # the headline's "$900M" and the lede's are one total: the parts go to the lede's
    text = ("US approves $900M arms sales to Ruritania\n\n"
            "The State Department approved a total of $900 million worth of potential arms "
            "sales to Ruritania. Ruritania was approved to buy $600 million worth of (1,000) "
            "anti-tank missiles.\n\nAdditionally, the sale also includes about $300 million "
            "worth of spare parts.")  # fmt: skip
    splits = find_allocations(text)
    assert [(a.total.start, a.total.value) for a in splits] == [
        (text.index("$900 million"), 900 * M)
    ]
    assert [(p.recipient_text, p.amount.value) for p in splits[0].parts] == [
        ("anti-tank missiles", 600 * M), ("spare parts", 300 * M)
    ]  # fmt: skip


def test_contracts_of_a_total_of_two_are_its_parts_paragraph_by_paragraph():
    text = ("The ministry signed two contracts collectively worth Rs. 2,000 crore with "
            "shipyards.\n\nFor the patrol boats, a Rs. 1,200 crore contract has been signed with "
            "Alpha Yard. The boats will be built over five years. They will guard the coast. "
            "Delivery starts in 2027.\n\nFor the missile boats, the ministry has signed a contract "
            "worth Rs. 800 crore with Beta Yard.")  # fmt: skip
    assert splits_of(text) == [
        (20 * B, [("the patrol boats", 12 * B), ("the missile boats", 8 * B)])
    ]


def test_parts_that_add_up_two_sentences_later_about_the_same_firms():
    text = ("Acme will buy Beta Corp in a deal worth $9 billion, the firms said. The news comes "
            "weeks after Gamma bought Delta in a $20 billion deal. 'Acme will acquire Beta Corp "
            "for approximately $7 billion in cash, plus the assumption of $2 billion in net "
            "debt,' the firms said.")  # fmt: skip
    assert values_of(text) == [(9 * B, [7 * B, 2 * B])]


def test_a_running_total_takes_the_sum_that_brings_it_there_never_the_reverse():
    text = ("Germany's new €4 billion package brings the total it has given since 2022 to "
            "€28 billion. It includes €1 billion for shells.")  # fmt: skip
    assert splits_of(text) == [(4 * B, [("shells", 1 * B)]), (28 * B, [("package", 4 * B)])]


def test_a_split_the_headline_states_in_part_is_not_shown_twice():
    # the headline's total and the subheading's part are the lede's total and one of its parts
    text = ("Senate unveils $50 Billion Bill for Ruritania\n\n"
            "The bill also includes $5 billion for the border\n\n"
            "The Senate on Sunday unveiled a $50 billion spending bill. The bill includes "
            "$5 billion in border spending and $30 billion for Ruritania.")  # fmt: skip
    assert values_of(text) == [(50 * B, [5 * B, 30 * B])]


def test_cash_and_debt_name_what_the_parts_of_a_deal_are():
    text = ("Acme will buy Beta Corp in a deal worth $9 billion. 'Acme will acquire Beta Corp "
            "for $7 billion in cash, plus $2 billion in net debt,' the firms said.")  # fmt: skip
    assert splits_of(text) == [(9 * B, [("cash", 7 * B), ("net debt", 2 * B)])]


def test_what_a_sum_is_to_be_spent_on_is_its_purpose_without_the_verb_or_quotes():
    text = (
        "The bill would authorize $60 billion to spend on the war in Ruritania and "
        "$5 billion to \u201csupport regional partners\u201d, within a $70 billion total."
    )
    (split,) = find_allocations(text)
    assert [p.recipient_text for p in split.parts] == ["the war in Ruritania",
                                                      "support regional partners"]  # fmt: skip


def test_a_larger_sum_before_up_from_is_a_change_not_a_part():
    text = ("The budget sets aside Rs 1.72 lakh crore for capital expenditure, up 6% from the "
            "Rs 1.62 lakh crore allocation made last year.")  # fmt: skip
    assert splits_of(text) == []


def test_a_part_of_another_fiscal_year_is_not_linked():
    text = ("The defence budget was increased to Rs 4.78 lakh crore for 2021-22.\n\n"
            "The capital outlay in the defence budget 2020-21 was Rs 1.13 lakh crore.")  # fmt: skip
    assert splits_of(text) == []


def test_indian_digit_grouping_is_one_amount():
    from analysis.money.amounts import find_amounts

    (amount,) = find_amounts("revenue expenditure of Rs 4,39,300 crore")
    assert (amount.value, amount.currency) == (4_39_300 * 10**7, "INR")


def test_a_while_clause_with_its_own_subject_is_side_by_side_not_a_part():
    text = (
        "The revenue expenditure for the Army has been set at Rs 1,000 crore, while the "
        "Navy and the Air Force were allocated Rs 300 crore and Rs 400 crore, respectively."
    )
    assert splits_of(text) == []


# --- arithmetic as evidence: sums that add up exactly to a total naming a whole -------------

SALES_BY_BUYER = (
    "Ruritania approves arms sales\n\n"
    "The ministry has approved $3.6 billion of possible arms sales to Freedonia, Sylvania and "
    "Grand Fenwick, an agency said on Monday.\n\n"
    "Freedonia was cleared to buy $2.1 billion in patrol aircraft and spares.\n\n"
    "The aircraft would replace an ageing fleet, officials said.\n\n"
    "Sylvania got the go-ahead for $1.2 billion for transport helicopters.\n\n"
    "The agency said $300 million in training would help Grand Fenwick run its drone fleet."
)


def test_sums_that_add_up_to_a_total_of_sales_are_its_parts_paragraph_by_paragraph():
    # 2.1 + 1.2 + 0.3 = 3.6: each buyer's sale in its own paragraph, no list word
    ((total, parts),) = splits_of(SALES_BY_BUYER)
    assert total == 3.6 * B
    assert [v for _, v in parts] == [2.1 * B, 1.2 * B, 300 * M]


def test_a_part_that_names_no_purpose_is_known_by_the_name_it_shares_with_the_total():
    ((_, parts),) = splits_of(SALES_BY_BUYER)
    assert parts[0] == ("Freedonia", 2.1 * B)


def test_a_breakdown_paragraph_by_paragraph_that_adds_up_and_a_part_itself_split():
    text = (
        "Aid for Ruritania\n\nLawmakers passed a $50 billion package on Friday.\n\n"
        "The breakdown of the spending is as follows:\n\n"
        "For Ruritania's army, about $30 billion is set aside. This includes $8.5 billion for "
        "artillery shells.\n\nSylvania is set to receive about $15 billion in support.\n\n"
        "Roughly $5 billion goes to allies in the north."
    )
    assert splits_of(text) == [
        (50 * B, [("Ruritania's army", 30 * B), ("Sylvania", 15 * B),
                  ("allies in the north", 5 * B)]),
        (30 * B, [("artillery shells", 8.5 * B)]),
    ]  # fmt: skip


def test_a_combined_value_takes_the_sales_that_add_up_to_it():
    text = (
        "The agency approved sales to Freedonia and Sylvania with a combined value of up to "
        "$90 million on Friday.\n\n"
        "The Freedonia package includes 40 radios, with an estimated cost of up to $55 million.\n\n"
        "Separately, Sylvania could buy 12 missiles for $35 million, the agency said."
    )
    ((total, parts),) = splits_of(text)
    assert total == 90 * M
    assert parts == [("Freedonia", 55 * M), ("Sylvania", 35 * M)]


@pytest.mark.parametrize(
    "text",
    [
        # the sums add up, but no word makes the first a whole: arithmetic alone is no split
        "Freedonia spent $3 million on roads. Sylvania spent $2 million on rail. "
        "Grand Fenwick spent $1 million on ports.",
        # two ways to make $10 million from the sums after it: arithmetic cannot choose
        "The $10 million fund opened on Monday.\n\nFreedonia received $6 million for roads. "
        "Sylvania received $4 million for rail. Grand Fenwick received $3 million for ports. "
        "Ruritania received $1 million for schools.",
        # "more than $X" is no sum to add up to
        "A package of more than $9 million was agreed.\n\nFreedonia gets $5 million. "
        "Sylvania gets $4 million.",
    ],
)
def test_sums_that_add_up_without_a_whole_or_in_two_ways_are_no_split(text):
    assert [t for t, parts in splits_of(text) if len(parts) >= 2] == []


# --- which whole a part is of: "It" after a list, and the words of each sum -----------------

NESTED = (
    "Ruritania passes aid bill\n\n"
    "Lawmakers in Ruritania have approved a $50bn security package for three allies.\n\n"
    "Of the $50bn, the bill allocates $30bn to help Freedonia rebuild its army.\n\n"
    "It also includes $15bn to support Sylvania against raids, and $5bn to guard shipping "
    "lanes in the Northern Sea.\n\n"
    "The Sylvania act, part of the package, sets aside $6bn for air defence and $2bn for "
    "coastal radars."
)


def test_it_after_a_list_stands_for_the_whole_itemised_not_its_last_part():
    # "It also includes" after "the bill allocates $30bn to ...": the $50bn, not the $30bn
    found = splits_of(NESTED)
    assert (50 * B, [("help Freedonia rebuild its army", 30 * B),
                     ("support Sylvania against raids", 15 * B),
                     ("guard shipping lanes in the Northern Sea", 5 * B)]) in found  # fmt: skip
    assert all(total != 30 * B for total, _ in found)


def test_a_later_part_goes_to_the_part_whose_own_words_name_what_it_names():
    # "Sylvania" is said of the $15bn, not of the $5bn beside it in the same sentence
    found = dict(splits_of(NESTED))
    assert found[15 * B] == [("air defence", 6 * B), ("coastal radars", 2 * B)]
    assert 5 * B not in found


# --- round 3: global assignment, recalibrated signals, more shapes ----------------------------


FEE_AND_ADD_ONS = (
    "Northfield agree deal for striker\n\n"
    "Northfield have agreed a deal worth up to £50m for the striker on Monday.\n\n"
    "The basic fee is £42m, the club said.\n\nThe transfer includes add-ons of £8m."
)


def test_a_fee_and_its_add_ons_make_the_price_they_add_up_to():
    # "the basic fee" and "add-ons" are components of a price; they add up to the ceiling
    text = FEE_AND_ADD_ONS
    assert values_of(text) == [(50 * M, [42 * M, 8 * M])]


def test_a_part_moved_by_arithmetic_keeps_its_signals_and_says_it_sums():
    text = FEE_AND_ADD_ONS
    (allocation,) = find_allocations(text)
    signals = [e[0] for e in allocation.evidence]
    assert "sums_exactly" in signals and "part_cue" in signals


def test_parallel_items_with_their_own_with_are_not_a_split_of_the_first():
    text = ("Grants in 2019\n\nThe agency handed out $6 million in grants last year.\n\n"
            "Freedonia with $3 million, and Sylvania with $2 million, received most of the "
            "grants.")  # fmt: skip
    assert values_of(text) == [(6 * M, [3 * M, 2 * M])]


def test_this_after_a_fronted_phrase_refers_back_to_the_total():
    text = ("New funding\n\nThe government announced $90 million of new funding on Tuesday.\n\n"
            "For the northern region, this will be divided into $50 million, $25 million for "
            "the south and $15 million for the coast.")  # fmt: skip
    assert values_of(text) == [(90 * M, [50 * M, 25 * M, 15 * M])]


def test_money_the_whole_does_not_include_is_no_part():
    text = ("Budget\n\nThe defence budget was set at $300 million on Monday. The budget includes "
            "$200 million for salaries. The budget does not include $80 million set aside for "
            "pensions.")  # fmt: skip
    assert values_of(text) == [(300 * M, [200 * M])]


def test_a_sum_allocated_for_a_budget_is_that_budget_s_total():
    text = ("Arts\n\nThe ministry allocated $40 million for the arts budget of the next year.\n\n"
            "Officials said galleries will receive $25 million. Theatres will receive "
            "$15 million.")  # fmt: skip
    assert values_of(text) == [(40 * M, [25 * M, 15 * M])]


def test_parts_in_a_standfirst_join_the_total_of_the_lede():
    text = ("Ruritania sets aside $9bn for defence\n\n"
            "The budget includes $5bn for salaries and $2bn for pensions.\n\n"
            "Ruritania on Monday set aside $9bn for defence in this year's budget, including "
            "$1.5bn for new ships.")  # fmt: skip
    assert values_of(text) == [(9 * B, [5 * B, 2 * B, 1.5 * B])]


def test_the_total_value_of_sales_takes_the_sales_it_included_not_last_year_s():
    text = ("Sales\n\nThe total value of approved sales last year - a record - was $50 billion, "
            "officials said.\n\nSales approved in the year included $9 billion worth of jets for "
            "Freedonia and $4 billion worth of tanks for Sylvania.\n\n"
            "Sales in the year before totalled $40 billion.")  # fmt: skip
    assert values_of(text) == [(50 * B, [9 * B, 4 * B])]


def test_two_wholes_each_get_the_parts_that_add_up_to_them():
    text = ("Council budget\n\nThe council approved a $20 million health package and a $9 million "
            "education fund on Monday.\n\nThe education fund gives $5 million to schools. The "
            "health package includes $12 million for hospitals.\n\nClinics will receive $8 "
            "million for new equipment. Libraries will receive $4 million for books.")  # fmt: skip
    assert values_of(text) == [(20 * M, [12 * M, 8 * M]), (9 * M, [5 * M, 4 * M])]


def test_a_long_list_of_sums_is_linked_quickly():
    # the subset search is capped: 40 sums under one total must not take exponential time
    import time

    items = ", ".join(f"${n} million for project {n}" for n in range(1, 41))
    text = f"Plan\n\nThe city approved a $900 million plan. It includes {items}."
    began = time.perf_counter()
    find_allocations(text)
    assert time.perf_counter() - began < 5


def test_a_package_stated_in_the_middle_of_a_list_is_one_of_its_parts():
    text = ("Aid\n\nThe Senate unveiled a $50 billion bill on Monday.\n\n"
            "Under the bill, Freedonia would get $20 billion in military aid; $5 billion for "
            "its budget.\n\nSylvania received a $9 billion aid package, including $4 billion "
            "for air defence.\n\nThe package also includes $6 billion in humanitarian aid for "
            "refugees.")  # fmt: skip
    assert values_of(text) == [(50 * B, [20 * B, 5 * B, 9 * B, 6 * B]), (9 * B, [4 * B])]


# --- a division announced, then the parts in plain prose -----------------------------------------


def test_parts_after_a_total_announced_as_divided_link_without_a_reference_word():
    text = (
        "The council has set out how it will divide £40m in grants between its five districts.\n\n"
        "Northvale will receive £9 million from the scheme; Eastmoor, £8 million; Westbrook £6m; "
        "Southmere, £5 million; while the harbour district will receive about £4m."
    )
    assert splits_of(text) == [
        (40 * M, [("Northvale", 9 * M), ("Eastmoor", 8 * M), ("Westbrook", 6 * M),
                  ("Southmere", 5 * M), ("the harbour district", 4 * M)]),
    ]  # fmt: skip


def test_without_the_announcement_plain_prose_parts_stay_unlinked():
    text = (
        "The council approved £40m in grants on Monday.\n\n"
        "Northvale will receive £9 million from the scheme; Eastmoor, £8 million."
    )
    assert splits_of(text) == []


def test_money_used_in_conjunction_with_a_total_is_no_part_of_it():
    text = (
        "The council will divide £40m in grants between its districts. "
        "Northvale will receive £9 million from the grants.\n\n"
        "The mayor said the grants could be used in conjunction with some £15m in loans "
        "for the districts."
    )
    assert splits_of(text) == [(40 * M, [("Northvale", 9 * M)])]


def test_siblings_after_a_package_total_are_its_parts_and_never_each_others():
    # no reference word: the sentence right after a package still speaks of it; "A further"
    # goes on with its list of parts, and the first part is no total of the second
    text = (
        "A new package of council support totalling over £5 million will help local parks.\n\n"
        "A scheme to replant Northvale woods will receive over £2 million for new trees.\n\n"
        "The Northvale heritage trail will receive £900,000 for signs. A further £400,000 will "
        "go to the Eastmoor rangers."
    )
    assert splits_of(text) == [
        (5 * M, [("new trees", 2 * M), ("signs", 0.9 * M), ("the Eastmoor rangers", 0.4 * M)]),
    ]  # fmt: skip


def test_a_sum_right_after_a_fund_is_no_part_when_the_sums_after_it_exceed_it():
    text = (
        "The £3 million fund opened on Monday.\n\n"
        "Northvale received £2 million for roads. Eastmoor received £2 million for rail."
    )
    assert splits_of(text) == []


# --- session 6: a part's verb after "can"/"must" or after an aside; "in addition to" -----------


@pytest.mark.parametrize(
    "text, parts",
    [
        (
            "Parliament approved a €900 million relief fund on Friday.\n\n"
            "The fund will provide €300 million for rebuilding bridges. "
            "Up to €500 million can be directed to farmers hit by the floods.",
            [("rebuilding bridges", 300 * M), ("farmers hit by the floods", 500 * M)],
        ),
        (
            "The ministry unveiled a $2 billion procurement plan.\n\n"
            "Of that, about $1.2 billion, the biggest single item, will go to new patrol boats.",
            [("new patrol boats", 1.2 * B)],
        ),
        (
            "Donors announced a £60m relief fund for the region.\n\n"
            "The fund includes £20m for clean water. "
            "Another £35m, the largest share, must be spent on shelter.",
            [("clean water", 20 * M), ("shelter", 35 * M)],
        ),
    ],
    ids=["can be directed to", "aside before the verb", "must be spent on, aside"],
)
def test_a_part_verb_after_can_or_an_aside_names_its_purpose(text, parts):
    (split,) = find_allocations(text)
    assert [(p.recipient_text, p.amount.value) for p in split.parts] == parts


def test_in_addition_to_an_action_does_not_bar_a_part():
    text = (
        "The government set out a $3 billion aid package on Monday.\n\n"
        "About $2 billion will go to hospitals in the north, in addition to providing "
        "tents. Roughly $1 billion is for schools."
    )
    assert splits_of(text) == [(3 * B, [("hospitals in the north", 2 * B), ("schools", 1 * B)])]


def test_a_sum_in_addition_to_another_is_not_its_part_but_may_be_a_part_of_the_whole():
    text = (
        "Ministers allocate £500 million of recovery funding\n\n"
        "The cabinet agreed £350 million of funding for the recovery.\n\n"
        "In addition to the £350 million, £150 million is allocated to small businesses."
    )
    found = splits_of(text)
    # the £150m is never a part of the £350m it is said to be on top of
    assert all(total != 350 * M for total, _ in found)


def test_on_top_of_a_thing_still_bars_the_link():
    text = (
        "The council approved a £10m fund on Monday. It includes £6m for roads.\n\n"
        "That is on top of an older grant worth £3m for parks."
    )
    assert splits_of(text) == [(10 * M, [("roads", 6 * M)])]


@pytest.mark.parametrize(
    "text",
    [
        "£3m has been earmarked for salaries. For repairs, an amount of £1m has been provided. "
        "Taking both into account, the budget for the school comes to £4m.",
        "Some £3m goes to salaries. £1m goes to repairs. "
        "Overall, the allocation for the school amounts to £4m.",
    ],
    ids=["comes to", "amounts to"],
)
def test_a_total_after_its_parts_with_what_its_whole_is_for(text):
    assert [(t, [v for _, v in parts]) for t, parts in splits_of(text)] == [(4 * M, [3 * M, 1 * M])]


SIBLING_ITEMS = [
    # one list of like wholes: "a $X contract with A ..., a $Y contract with B ...": the
    # "with" inside the first item opens no list of its parts
    "The plan will fund projects including a $500 million contract with Acme for radars, a "
    "$139 million contract with Bolt to upgrade jets, and a $30 million contract with Cog for "
    "body armour.",
    "The army signed three deals: a $200 million deal with Acme for trucks, a $90 million deal "
    "with Bolt for radios and a $40 million deal with Cog for boots.",
    "The money will pay for new ships, including a €900 million order with Acme for frigates, a "
    "€300 million order with Bolt for tugs and a €100 million order with Cog for barges.",
]  # fmt: skip


@pytest.mark.parametrize("text", SIBLING_ITEMS)
def test_like_wholes_side_by_side_are_no_split(text):
    assert find_allocations(text) == []


def test_an_ordinal_reference_in_the_sentence_before_wins_over_a_loose_one():
    # "The second deal ..." names the whole; "The whole programme" in the next sentence, with
    # the sum, is only a looser word for it
    text = ("The army signed two contracts worth more than $3 billion today.\n\nOne is a $200 "
            "million contract with Thales for radios. Thales will also train crews.\n\nThe "
            "second deal signed today is a ten-year support deal with Saab. The whole programme "
            "is expected to be worth up to $2.5 billion.")  # fmt: skip
    (split,) = find_allocations(text)
    assert (split.total.value, [p.amount.value for p in split.parts]) == (3e9, [2e8, 2.5e9])
    assert "ordinal" in [e[0] for e in split.evidence]


def test_made_up_of_opens_the_list_of_parts():
    # "made up of" / "composed of" open a breakdown like "consisting of"
    for text, total, parts in [
        ("Tarvel agreed a £75m deal for the midfielder, made up of a £60m fixed fee and £15m "
         "in bonuses.", 75e6, [60e6, 15e6]),
        ("The €40m grant is composed of €25m for schools and €15m for clinics.",
         40e6, [25e6, 15e6]),
    ]:  # fmt: skip
        (split,) = find_allocations(text)
        assert (split.total.value, [p.amount.value for p in split.parts]) == (total, parts)


def test_a_shared_name_names_the_part_in_full():
    # the part's sentence shares "Amber Relief Fund" with the total's: the whole name
    text = (
        "Donors gave $90 million to the Amber Relief Fund this year. $40 million of the $90 "
        "million has been spent. The remaining $50 million will be spent as the Amber Relief "
        "Fund expands its work."
    )
    (split,) = find_allocations(text)
    assert [p.recipient for p in split.parts][-1] == "Amber Relief Fund"
