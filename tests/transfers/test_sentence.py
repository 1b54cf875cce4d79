"""Transfer rows read by grammar: rules that name parties and items across a sentence or two.

The lexicon is a small one made for these tests (made-up sentences, real country names).
"""

from __future__ import annotations

import re

from analysis.entities import Match
from analysis.text import article_from_text, split_sentences
from analysis.transfers import extract_from_article

# the mention record the transfer reader gets from the entities stage
Mention = Match


LEXICON = {
    "Peru": ("Peru", "actor", "country", "", "PER"),
    "Peruvian": ("Peru", "actor", "country", "", "PER"),
    "Chile": ("Chile", "actor", "country", "", "CHL"),
    "Chilean": ("Chile", "actor", "country", "", "CHL"),
    "Bolivia": ("Bolivia", "actor", "country", "", "BOL"),
    "Chilean Navy": ("Chilean Navy", "actor", "military", "", "CHL"),
    "Z-7 Condor howitzers": ("Z-7 Condor", "weapon", "artillery", "howitzer", "PER"),
    "howitzers": ("howitzer", "weapon", "artillery", "howitzer", ""),
    "artillery": ("artillery", "weapon", "artillery", "artillery", ""),
    "rifles": ("rifle", "weapon", "small_arms", "rifle", ""),
    "radars": ("radar", "weapon", "sensors", "radar", ""),
}
COUNTRIES = {"PER": "Peru", "CHL": "Chile", "BOL": "Bolivia"}


def mentions(text: str) -> list[Mention]:
    found, taken = [], []
    for form in sorted(LEXICON, key=len, reverse=True):
        for m in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w])", text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                taken.append(m.span())
                found.append(Mention(*LEXICON[form], m.group(), m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


def table(text: str, columns=("supplier", "recipient", "item", "status")) -> list[tuple]:
    article = article_from_text(text)
    rows = extract_from_article(
        article, split_sentences(article), mentions(article.text), COUNTRIES
    )
    return [tuple(r) for r in rows[list(columns)].itertuples(index=False)]


def test_a_designation_written_alone_names_the_weapon_named_before():
    text = (
        "Peru sold Z-7 Condor howitzers to Chile last year.\n\n"
        "Peru has exported about 200 units of the Z-7 artillery guns to Bolivia."
    )
    assert table(text, ("recipient", "item", "quantity", "inferred_from")) == [
        ("Chile", "Z-7 Condor", "", ""),
        ("Bolivia", "Z-7 Condor", "about 200 units", "1"),
    ]


def test_an_origin_in_the_item_supplies_when_no_supplier_is_written():
    assert table("Bolivia took delivery of Chilean radars.") == [
        ("Chile", "Bolivia", "radar", "delivered")
    ]


def test_a_light_verb_says_which_side_the_subject_is():
    assert table("Peru made delivery of rifles to Chile.") == [
        ("Peru", "Chile", "rifle", "delivered")
    ]


def test_money_for_items_is_a_transfer_of_the_items_but_money_in_aid_is_not():
    assert table("Peru is giving Chile 40 million euros for radars.") == [
        ("Peru", "Chile", "radar", "ongoing")
    ]
    assert table("Peru provided $5 billion in military aid last year.") == []


def test_in_talks_with_names_the_other_side_and_makes_it_possible():
    assert table("Peru is in talks with Bolivia to export rifles there.") == [
        ("Peru", "Bolivia", "rifle", "possible")
    ]


def test_a_side_left_unnamed_is_taken_from_an_earlier_sentence_and_marked():
    text = (
        "A shipment of rifles from Peru arrived in Chile on Monday.\n\n"
        "Officials said radars arrived in Chile on Tuesday."
    )
    found = table(text, ("supplier", "recipient", "item", "inferred_from"))
    assert found == [("Peru", "Chile", "rifle", ""), ("Peru", "Chile", "radar", "1")]


def test_a_side_named_by_its_country_and_by_its_army_is_one_side_across_sentences():
    text = (
        "A shipment of rifles from Peru arrived in Chile on Monday.\n\n"
        "Officials said radars arrived for the Chilean Navy on Tuesday."
    )
    found = table(text, ("supplier", "recipient", "item", "inferred_from"))
    assert found == [("Peru", "Chile", "rifle", ""), ("Peru", "Chilean Navy", "radar", "1")]


def test_a_carrier_is_not_the_supplier():
    found = table("A Bolivian boat was carrying Peruvian rifles to Chile.")
    assert [(s, r) for s, r, _, _ in found] == [("Peru", "Chile")]


def test_a_contrast_after_a_comma_leaves_the_denial_behind():
    found = table(
        "Peru has denied selling rifles to Chile, but officials say Peru has shipped radars to "
        "Chile.",
        ("item", "status"),
    )
    assert found == [("rifle", "denied"), ("radar", "delivered")]


def test_attacks_and_a_buyer_are_never_suppliers():
    assert table("Peru struck artillery positions in Chile.") == []
    assert table("Chile bought rifles from Peru.") == [("Peru", "Chile", "rifle", "delivered")]


def test_an_actor_inside_a_target_or_among_those_helped_is_no_party():
    assert table("Peru launched strikes on Chilean depots holding rifles.") == []
    assert table("Peru will provide its partners in Chile with support.") == []


def test_the_first_member_to_give_is_the_subject_of_the_copula():
    assert table("Bolivia was the first country to give radars to Chile.") == [
        ("Bolivia", "Chile", "radar", "delivered")
    ]


def test_a_quantity_belongs_to_its_own_item_in_a_list():
    found = table("Peru sent 40 rifles and 12 more radars to Chile.", ("item", "quantity"))
    assert found == [("rifle", "40"), ("radar", "12 more")]


def test_a_priced_aid_package_is_a_transfer_but_money_spent_in_aid_is_not():
    # the package is the head, its price a modifier; "$5 billion in aid" is money
    assert table("Peru announced a $40 million military aid package for Chile.") == [
        ("Peru", "Chile", "military aid package", "planned")
    ]


def test_a_pronoun_item_is_the_one_weapon_named_before_and_never_a_guess():
    one = "Peru built new Z-7 Condor howitzers.\n\nPeru sold them to Chile in May."
    assert table(one, ("supplier", "recipient", "item", "inferred_from")) == [
        ("Peru", "Chile", "Z-7 Condor", "1")
    ]
    two = "Peru built rifles and radars.\n\nPeru sold them to Chile in May."
    assert table(two) == []


def test_a_contract_that_relates_to_a_procurement_names_its_item_and_buyer():
    assert table("The contract with Peru relates to the procurement of rifles for Chile.") == [
        ("Peru", "Chile", "rifle", "agreed")
    ]


# -- session 7b: classes of sentences read wrongly before ------------------------------------


def test_a_step_still_to_come_is_planned_not_agreed_or_negated():
    # "has yet to sign" / "has not yet signed": the deal is expected, not made nor refused
    assert table("Chile has yet to sign a deal to buy howitzers from Peru.") == [
        ("Peru", "Chile", "howitzer", "planned")
    ]
    assert table("Chile has not yet signed the contract for Peruvian howitzers.") == [
        ("Peru", "Chile", "howitzer", "planned")
    ]
    assert table("Peru has yet to deliver the rifles to Chile.") == [
        ("Peru", "Chile", "rifle", "planned")
    ]


def test_looking_forward_to_a_delivery_is_planned():
    assert table("Chile looks forward to receiving howitzers from Peru.") == [
        ("Peru", "Chile", "howitzer", "planned")
    ]
    assert table("Chile is looking forward to receiving the rifles from Peru.") == [
        ("Peru", "Chile", "rifle", "planned")
    ]
    assert table("Chile awaits the delivery of radars from Peru.") == [
        ("Peru", "Chile", "radar", "planned")
    ]


def test_being_set_to_receive_or_deliver_is_planned():
    assert table("Chile is set to receive howitzers from Peru.") == [
        ("Peru", "Chile", "howitzer", "planned")
    ]
    assert table("Peru is set to deliver rifles to Chile.") == [
        ("Peru", "Chile", "rifle", "planned")
    ]


def test_a_side_announcing_a_giving_to_another_is_its_giver():
    assert table("Peru announced the transfer of rifles to Chile.", ("supplier", "recipient")) == [
        ("Peru", "Chile")
    ]
    text = "The Peruvian government on Monday confirmed the donation of radars to Bolivia."
    assert table(text, ("supplier", "recipient")) == [("Peru", "Bolivia")]
    # a giver named in the sentence keeps its place; the announcer only reports it
    text = "Chile announced the delivery of radars from Peru to the Chilean Navy."
    assert table(text, ("supplier", "recipient")) == [("Peru", "Chilean Navy")]


def test_an_announced_delivery_without_a_recipient_has_no_giver_from_the_announcer():
    # the announcer may be the one who takes it: nothing says who gave
    assert table("Chile announced the delivery of Z-7 Condor howitzers.", ("supplier",)) != [
        ("Chile",)
    ]


def test_a_participle_set_off_by_commas_describes_the_subject():
    text = "The howitzers, made by Peru, were handed over to the Chilean Navy."
    assert table(text, ("supplier", "recipient", "item")) == [("Peru", "Chilean Navy", "howitzer")]
    text = "The rifles, supplied by Peru, were used by the Chilean Navy."
    assert table(text, ("supplier", "recipient", "item")) == [("Peru", "Chilean Navy", "rifle")]


def test_a_number_before_a_list_counts_its_first_member_only():
    text = "Peru delivered 12 howitzers and radars to Chile."
    assert table(text, ("item", "quantity")) == [("howitzer", "12"), ("radar", "")]
    text = "Peru sent 20 rifles and 5 radars to Chile."
    assert table(text, ("item", "quantity")) == [("rifle", "20"), ("radar", "5")]


def test_a_value_before_the_items_is_no_count_of_them():
    text = "Chile is seeking billions of dollars worth of military equipment from Peru."
    assert table(text, ("item", "quantity")) == [("military equipment", "")]
    text = "Peru sent millions of euros worth of rifles to Chile."
    assert table(text, ("item", "quantity")) == [("rifle", "")]
    # a count of units still counts
    text = "Peru sent 30 units of the howitzers to Chile."
    assert table(text, ("item", "quantity")) == [("howitzer", "30 units")]


def test_who_thanks_or_praises_another_for_giving_is_the_one_given():
    cols = ("supplier", "recipient")
    assert table("Chile thanked Peru for donating rifles.", cols) == [("Peru", "Chile")]
    text = "Chile praised the Peruvian government for sending radars."
    assert table(text, cols) == [("Peru", "Chile")]
    # a named recipient keeps its place; blaming or accusing gives nothing to the accuser
    assert table("Chile thanked Peru for sending rifles to Bolivia.", cols) == [("Peru", "Bolivia")]
    assert table("Chile blamed Peru for sending rifles.", cols) == [("Peru", "(not stated)")]
