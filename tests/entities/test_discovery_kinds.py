"""Names of bodies and people the lexicons do not know, read from news naming (session 13).

Every sentence here is made up for the test.
"""

from __future__ import annotations

from analysis.entities import find_all_mentions, load_lexicons
from analysis.entities.discovery_kinds import kind_from_name
from analysis.text import article_from_text

HEADLINE = "Unrest in the hills\n\n"


def _rows(text: str):
    mentions = find_all_mentions(article_from_text(HEADLINE + text + "\n"), load_lexicons())
    return mentions[mentions["kind"] == "actor"]


def actors(text: str) -> dict[str, int]:
    return _rows(text)["name"].value_counts().to_dict()


def kinds(text: str) -> dict[str, str]:
    rows = _rows(text)
    return dict(zip(rows["name"], rows["type"], strict=True))


def test_one_word_before_militia_names_an_armed_group():
    text = (
        "Troops are battling the Orvane militia in the hills. A convoy came under fire "
        "from the Orvane militia on Friday."
    )
    assert actors(text) == {"Orvane": 2}
    assert kinds(text)["Orvane"] == "armed_group"


def test_the_armed_group_noun_before_a_name_makes_it_an_armed_group():
    text = "Our first target is the armed group Tesvira, the commander said."
    assert kinds(text) == {"Tesvira": "armed_group"}


def test_a_second_name_after_and_the_keeps_no_article():
    assert actors("Our rivals are the company Halvane and the QRT, he said.") == {
        "Halvane": 1,
        "QRT": 1,
    }


def test_a_people_word_and_its_own_acronym_name_a_party():
    text = "Critics attacked the Northern People's Voice (NPV) on Monday. The NPV denied it."
    assert actors(text) == {"Northern People's Voice": 3}


def test_a_programme_with_its_acronym_is_no_body():
    assert actors("The Democratic Schools Programme (DSP) ended in May.") == {}


def test_a_party_noun_in_apposition_before_a_name_and_its_acronym():
    text = "She left her old party, the Savra Tenko Mula (STM), last year. The STM fell apart."
    assert actors(text) == {"Savra Tenko Mula": 3}


def test_a_councillor_and_a_police_rank_are_titles():
    text = (
        "Those taken include a former councillor, Tomasz Ekwueme, the police said. "
        "The command's spokesman, SP Garba Olowe, confirmed it. Olowe gave no names."
    )
    assert actors(text) == {"Tomasz Ekwueme": 1, "Garba Olowe": 2}


def test_a_police_command_is_the_government_and_a_news_agency_the_media():
    text = (
        "The Kelmora State Police Command said on Sunday that the Tessaly News Agency (TNA) "
        "had reported the attack."
    )
    assert kinds(text) == {
        "Kelmora State Police Command": "government",
        "Tessaly News Agency": "media",
    }


def test_kind_from_name_keeps_a_development_bank_and_makes_a_trust_bank_a_company():
    assert kind_from_name("Ostra Trust Bank", "organisation") == "company"
    assert kind_from_name("Ostra Development Bank", "organisation") == "organisation"


def test_a_name_after_identified_as_is_a_person():
    text = "The minister identified the man arrested as Darko Velenic-Sarn on Tuesday."
    assert actors(text) == {"Darko Velenic-Sarn": 1}


def test_an_acronym_before_a_party_office_is_a_party_not_a_vehicle():
    text = "Gunmen raided the home of the local APC chairman. Troops in an APC arrived."
    mentions = find_all_mentions(article_from_text(HEADLINE + text + "\n"), load_lexicons())
    rows = mentions[mentions["form"] == "APC"]
    assert list(zip(rows["kind"], rows["name"], strict=True)) == [
        ("actor", "APC"),
        ("weapon", "military vehicle (generic)"),
    ]


def test_a_party_organ_after_its_acronym_counts_for_the_party():
    text = (
        "Kelvar Unity Front (KUF) Standing Committee member Ana Dorsey was held. "
        "KUF Standing Committee member Ivo Marsh said the KUF Central Committee would meet."
    )
    assert actors(text) == {"Kelvar Unity Front": 4, "Ana Dorsey": 1, "Ivo Marsh": 1}


def test_a_trading_arm_is_a_company_and_an_armed_wing_an_armed_group():
    text = "In 2015 Kelvo's trading arm Petrelo was closed. The party's armed wing Tavara fought."
    assert kinds(text) == {"Petrelo": "company", "Tavara": "armed_group"}


def test_a_lexicon_body_written_in_the_singular_is_the_same_body():
    text = "The army is fighting the Allied Democratic Force (ADF) in the east. The ADF fled."
    assert actors(text) == {"Allied Democratic Forces": 3}


def test_a_body_introduced_by_its_noun_and_known_as_is_found():
    from analysis.entities import find_all_mentions, load_lexicons
    from analysis.text import article_from_text

    def found(text):
        mentions = find_all_mentions(
            article_from_text("Port town tense\n\n" + text), load_lexicons()
        )
        rows = mentions[(mentions["kind"] == "actor") & ~mentions["in_lexicon"]]
        return dict(zip(rows["name"], rows["type"], strict=True))

    text = "Fishers formed an association known as Lago Unido. Lago Unido now sells to the mill.\n"
    assert found(text) == {"Lago Unido": "organisation"}
    text = "United in an alliance called Kowa Moto, the gangs of the delta burned two depots.\n"
    assert found(text) == {"Kowa Moto": "armed_group"}


def test_a_liberation_front_is_an_armed_group_where_its_sentence_fights():
    from analysis.entities import find_all_mentions, load_lexicons
    from analysis.text import article_from_text

    def types(text):
        mentions = find_all_mentions(article_from_text("Hill clash\n\n" + text), load_lexicons())
        rows = mentions[(mentions["kind"] == "actor") & ~mentions["in_lexicon"]]
        return dict(zip(rows["name"], rows["type"], strict=True))

    text = "Fighters of the Marra Valley Liberation Front ambushed a convoy on Tuesday.\n"
    assert types(text) == {"Marra Valley Liberation Front": "armed_group"}
    text = "The Marra Valley Liberation Front (MVLF) won nine seats in the April vote.\n"
    assert types(text) == {"Marra Valley Liberation Front": "organisation"}
    text = "Two members of the North Tessa National Liberation Army (NTNLA) were held.\n"
    assert types(text) == {"North Tessa National Liberation Army": "armed_group"}
