"""Article loading: encodings, line endings, sections, ids, and every kind of bad input."""

from __future__ import annotations

import pickle
import re

import pytest
from conftest import SEED_ARTICLE, fixture_path

from analysis.errors import AnalysisError, ArticleError
from analysis.text.article import (
    MAX_BYTES,
    article_from_text,
    article_id,
    is_byline,
    is_caption,
    is_credit,
    is_subheading,
    load_article,
    split_sections,
)

# The three-paragraph article of crlf.txt / lf.txt / bom.txt / cr_only.txt, as LF text.
SMALL_TEXT = (
    "Troops Cross the River\n\n"
    "Troops crossed the river on Monday, officials said.\n\n"
    "The Associated Press contributed to this report.\n"
)


# --- encodings and line endings ---------------------------------------------------------


@pytest.mark.parametrize("name", ["lf.txt", "crlf.txt", "bom.txt", "cr_only.txt"])
def test_line_endings_and_bom_give_the_same_text(name):
    article = load_article(fixture_path(name))
    assert article.text == SMALL_TEXT
    assert "\r" not in article.text and "\ufeff" not in article.text


@pytest.mark.parametrize("name", ["lf.txt", "crlf.txt", "bom.txt", "cr_only.txt"])
def test_small_article_sections_and_offsets(name):
    article = load_article(fixture_path(name))
    got = [(s.kind, s.start, s.end, s.text) for s in article.sections]
    # Offsets worked out by hand: 22-character headline, two newlines, 51-character body.
    assert got == [
        ("headline", 0, 22, "Troops Cross the River"),
        ("body", 24, 75, "Troops crossed the river on Monday, officials said."),
        ("credit", 77, 125, "The Associated Press contributed to this report."),
    ]


def test_sha256_is_of_the_file_bytes_so_bom_and_crlf_files_differ():
    hashes = {load_article(fixture_path(n)).sha256 for n in ["lf.txt", "crlf.txt", "bom.txt"]}
    assert len(hashes) == 3


def test_article_from_text_matches_load_article():
    from_file = load_article(fixture_path("crlf.txt"))
    from_text = article_from_text(SMALL_TEXT.replace("\n", "\r\n"), article_id="small")
    assert from_text.text == from_file.text
    assert from_text.sections == from_file.sections
    assert from_text.id == "small"


def test_article_from_text_rejects_blank_text():
    with pytest.raises(ArticleError, match="only whitespace"):
        article_from_text(" \n\t\n")


# --- bad input ----------------------------------------------------------------------------


def _error_for(path) -> ArticleError:
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    return caught.value


def test_missing_file(tmp_path):
    path = tmp_path / "nowhere.txt"
    error = _error_for(path)
    assert error.path == str(path)
    assert str(error) == f"{path}: no such file"


def test_directory(tmp_path):
    error = _error_for(tmp_path)
    assert str(error) == f"{tmp_path}: is a directory, not an article file"


def test_empty_file():
    path = fixture_path("empty.txt")
    assert str(_error_for(path)) == f"{path}: is empty (0 bytes): no text to analyse"


def test_whitespace_only_file():
    path = fixture_path("whitespace_only.txt")
    assert str(_error_for(path)) == f"{path}: has no text (only whitespace)"


def test_binary_file_with_nul_bytes():
    path = fixture_path("binary.bin")
    assert str(_error_for(path)) == (
        f"{path}: looks binary (contains NUL bytes), not a text article"
    )


def test_binary_file_of_control_characters():
    path = fixture_path("control_bytes.bin")
    assert str(_error_for(path)) == (
        f"{path}: looks binary (many control characters), not a text article"
    )


def test_latin1_file_is_not_utf8():
    # "Café": C a f are bytes 0-2, so the Latin-1 "é" (0xe9) is byte 3.
    path = fixture_path("latin1.txt")
    message = str(_error_for(path))
    assert message.startswith(f"{path}: is not UTF-8 text (byte 0xe9 at offset 3)")
    assert "\n" not in message


def test_file_over_5_mb(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * (MAX_BYTES // 5) + b"x")  # MAX_BYTES + 1 bytes
    assert path.stat().st_size == 5 * 1024 * 1024 + 1
    message = str(_error_for(path))
    assert message.startswith(f"{path}: is too large to be a news article (5.0 MB;")
    assert message.endswith("the limit is 5 MB)")


def test_file_of_exactly_5_mb_is_accepted(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"Big\n\n" + b"word " * ((MAX_BYTES - 5) // 5))
    assert path.stat().st_size == MAX_BYTES
    assert load_article(path).headline == "Big"


def test_device_is_not_a_regular_file():
    error = _error_for("/dev/null")
    assert error.problem == "is not a regular file (a device, socket or pipe?)"


def test_errors_are_one_line_analysis_errors_that_survive_pickling():
    error = _error_for(fixture_path("empty.txt"))
    assert isinstance(error, AnalysisError)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is ArticleError
    assert (copy.path, copy.problem) == (error.path, error.problem)
    assert str(copy) == str(error) and "\n" not in str(copy)


# --- sections -------------------------------------------------------------------------------


def test_seed_sections():
    article = load_article(SEED_ARTICLE)
    kinds = [s.kind for s in article.sections]
    # Read off the file: headline, the headline again, a caption, 10 body paragraphs,
    # one subheading, 7 body paragraphs, the AP credit line.
    assert kinds == (
        ["headline", "duplicate", "caption"]
        + ["body"] * 10
        + ["subheading"]
        + ["body"] * 7
        + ["credit"]
    )
    assert article.sections[2].text.endswith("(Drew Angerer/Getty Images)")
    assert article.sections[13].text == "Iran-Russia Military Partnership"
    assert article.sections[14].heading == "Iran-Russia Military Partnership"
    assert article.sections[-1].text == "The Associated Press contributed to this report."
    assert "duplicate" not in [s.kind for s in article.counted_sections()]


def test_second_article_sections():
    article = load_article(fixture_path("north_korea_shells.txt"))
    kinds = [s.kind for s in article.sections]
    assert kinds == (
        ["headline", "duplicate", "caption"]
        + ["body"] * 5
        + ["subheading"]
        + ["body"] * 6
        + ["credit"]
    )
    assert article.headline == (
        "North Korea Sent Russia Ballistic Missiles and Millions of Shells, U.S. Says"
    )
    assert article.sections[2].text.endswith("(Vladimir Smirnov/Sputnik/AFP via Getty Images)")
    assert {s.heading for s in article.sections[9:14]} == {"Shells by the Container Load"}
    assert article.sections[-1].text == "Reuters contributed to this report."


@pytest.mark.parametrize("name", ["iran-russia-ballistic-missiles.txt", "north_korea_shells.txt"])
def test_section_offsets_point_at_their_text(name):
    path = SEED_ARTICLE if name == SEED_ARTICLE.name else fixture_path(name)
    article = load_article(path)
    previous_end = 0
    for section in article.sections:
        assert article.text[section.start : section.end] == section.text
        assert section.start >= previous_end
        assert section.text == section.text.strip()
        previous_end = section.end


def test_headline_is_the_first_non_empty_line():
    sections = split_sections("\n\n   \nThe Headline\nBody text here.\n")
    assert (sections[0].kind, sections[0].text, sections[0].start) == (
        "headline",
        "The Headline",
        6,
    )


def test_duplicate_headline_only_when_right_after_itself():
    again = split_sections("Title\n\nTitle\n\nBody.\n")
    later = split_sections("Title\n\nBody.\n\nTitle\n")
    assert [s.kind for s in again] == ["headline", "duplicate", "body"]
    assert "duplicate" not in [s.kind for s in later]


def test_duplicate_headline_ignores_case_and_spacing():
    sections = split_sections("Iran  Sends Drones\nIRAN SENDS DRONES\nBody text.\n")
    assert [s.kind for s in sections] == ["headline", "duplicate", "body"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Soldiers fire a howitzer near Bakhmut. (Jane Roe/Reuters)", True),
        ("A drone over Kyiv. [AP Photo]", True),
        ("Photo: Kim Jong Un at a factory", True),
        ("He said the deal (first reported in May) was done.", False),
        ("The money (about $5 billion) was approved.", False),
    ],
)
def test_caption(paragraph, expected):
    assert is_caption(paragraph) is expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Reuters contributed to this report.", True),
        ("Jane Roe contributed reporting.", True),
        ("Reporting by Jane Roe; Editing by John Doe", True),
        ("Officials said Russia contributed troops to the operation.", False),
    ],
)
def test_credit(paragraph, expected):
    assert is_credit(paragraph) is expected


def test_credit_only_near_the_end():
    text = "Title\n\nReuters contributed to this report.\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n"
    assert [s.kind for s in split_sections(text)][1] == "body"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("By Jane Roe and John Doe", True),
        ("By Jane Roe, Reuters", True),
        ("By Tuesday the talks had failed.", False),
    ],
)
def test_byline(paragraph, expected):
    assert is_byline(paragraph) is expected


def test_byline_near_the_top_is_a_credit():
    sections = split_sections("Title\n\nBy Jane Roe\n\nBody text.\n")
    assert [s.kind for s in sections] == ["headline", "credit", "body"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Iran-Russia Military Partnership", True),
        ("Shells by the Container Load", True),
        ("He said so.", False),
        ("lower case start", False),
        ("A Very Long Line That Goes On And On Past The Ten Word Limit Here", False),
    ],
)
def test_subheading(paragraph, expected):
    assert is_subheading(paragraph) is expected


def test_short_last_line_is_not_a_subheading():
    sections = split_sections("Title\n\nBody text here.\n\nThe End\n")
    assert [s.kind for s in sections] == ["headline", "body", "body"]


def test_hard_wrapped_paragraphs_are_joined():
    line = "word " * 13 + "more"  # 69 characters, no closing punctuation
    text = f"Title\n\n{line}\n{line}\nend.\n\n{line}\nend.\n"
    sections = split_sections(text)
    assert [s.kind for s in sections] == ["headline", "body", "body"]
    assert sections[1].text == f"{line}\n{line}\nend."


# --- article ids ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("seeds/Iran May Provide Russia.txt", "iran-may-provide-russia"),
        ("iran-russia-ballistic-missiles.txt", "iran-russia-ballistic-missiles"),
        ("O'Brien says “no deal”.txt", "o-brien-says-no-deal"),
        ("../../etc/Ça va?.txt", "ca-va"),
        ("report.final.v2.txt", "report-final-v2"),
        ("no_extension", "no-extension"),
        (".hidden", "hidden"),
        ("..", "article"),
        ("...", "article"),
    ],
)
def test_article_id(path, expected):
    assert article_id(path) == expected


def test_article_id_of_a_non_ascii_name_is_a_stable_hash():
    first = article_id("Новости.txt")
    assert re.fullmatch(r"article-[0-9a-f]{8}", first)
    assert article_id("elsewhere/Новости.md") == first
    assert article_id("Известия.txt") != first


def test_long_article_ids_are_capped_and_stay_distinct():
    one, two = article_id("a" * 200 + "1.txt"), article_id("a" * 200 + "2.txt")
    assert len(one) == 80 and len(two) == 80
    assert one != two
    assert re.fullmatch(r"[a-z0-9-]+", one)


def test_article_id_comes_from_the_file_name():
    assert load_article(fixture_path("crlf.txt")).id == "crlf"
    assert load_article(SEED_ARTICLE).id == "iran-russia-ballistic-missiles"
