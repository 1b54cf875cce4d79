"""Lexicon loading: validation errors name the file, the line and the problem."""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil

import pytest
from conftest import fixture_path

from analysis import config
from analysis.entities.lexicon import load_lexicons, normalise_key
from analysis.errors import AnalysisError, LexiconError

HEADER = "name,type,country,aliases,notes\n"


def small(**kwargs):
    """The small test lexicons, with keyword overrides."""
    options = {
        "actors": fixture_path("lexicon_actors_small.csv"),
        "weapons": fixture_path("lexicon_weapons_small.csv"),
        "titles": fixture_path("lexicon_titles_small.txt"),
    }
    options.update(kwargs)
    return load_lexicons(**options)


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return path


def test_entries_keep_name_kind_type_class_country_and_aliases():
    lexicons = small()
    tehran = lexicons.entry("Government of Iran")
    assert (tehran.kind, tehran.type, tehran.country) == ("actor", "government", "IRN")
    assert tehran.aliases == ("Government of Iran", "Tehran")
    kh22 = lexicons.entry("Kh-22", "weapon")
    assert (kh22.type, kh22.weapon_class, kh22.country) == ("missiles", "cruise missile", "RUS")
    assert kh22.aliases == ("Kh-22", "X-22")
    assert tehran.where.endswith("lexicon_actors_small.csv:10")
    assert lexicons.country_names()["IRN"] == "Iran"
    assert lexicons.titles[0] == "Defense Secretary"  # longest first
    assert "Mr" in lexicons.titles  # the final period is dropped


def test_checksums_name_every_file_read():
    lexicons = small()
    paths = [
        fixture_path("lexicon_actors_small.csv"),
        fixture_path("lexicon_weapons_small.csv"),
        fixture_path("lexicon_titles_small.txt"),
        config.DATA_DIR / "not_mentions.txt",  # the default list
    ]
    expected = {str(path): hashlib.sha256(path.read_bytes()).hexdigest() for path in paths}
    assert lexicons.checksums() == expected


def test_missing_column_names_the_column_and_line_1():
    with pytest.raises(LexiconError) as caught:
        small(actors=fixture_path("lexicon_missing_column.csv"))
    error = caught.value
    assert error.line == 1
    assert "missing column 'country'" in error.problem
    assert str(error).startswith(f"{fixture_path('lexicon_missing_column.csv')}:1: ")


def test_unknown_type_names_the_type_and_its_line():
    with pytest.raises(LexiconError) as caught:
        small(actors=fixture_path("lexicon_unknown_type.csv"))
    assert caught.value.line == 3
    assert "unknown type 'militia'" in caught.value.problem
    assert "armed_group" in caught.value.problem  # says what is allowed


def test_unknown_weapon_category(tmp_path):
    path = write(
        tmp_path,
        "weapons.csv",
        "name,category,class,origin,aliases,notes\nKh-22,missile,cruise missile,RUS,,\n",
    )
    with pytest.raises(LexiconError, match="unknown category 'missile'") as caught:
        small(weapons=path)
    assert (caught.value.path, caught.value.line) == (str(path), 2)


def test_alias_claimed_twice_names_both_lines():
    path = fixture_path("lexicon_alias_claimed_twice.csv")
    with pytest.raises(LexiconError) as caught:
        small(actors=path)
    error = caught.value
    assert error.line == 3
    assert "'tehran'" in error.problem and "'Government of Iran'" in error.problem
    assert f"{path}:2" in error.problem


def test_alias_claimed_by_an_entry_of_another_file(tmp_path):
    extra = write(tmp_path, "extra.csv", HEADER + "Islamic Republic,government,IRN,Tehran,\n")
    with pytest.raises(LexiconError) as caught:
        small(extra_actors=[extra])
    assert caught.value.path == str(extra) and caught.value.line == 2
    assert "lexicon_actors_small.csv:10" in caught.value.problem


def test_dotted_and_plain_acronyms_are_the_same_alias(tmp_path):
    path = write(
        tmp_path, "a.csv", HEADER + "United States,country,USA,US,\nUS Army,military,USA,U.S.,\n"
    )
    with pytest.raises(LexiconError, match="alias 'U.S.' of 'US Army' is already claimed"):
        small(actors=path)


def test_empty_alias_is_an_error():
    with pytest.raises(LexiconError) as caught:
        small(actors=fixture_path("lexicon_empty_alias.csv"))
    assert caught.value.line == 3
    assert "empty alias" in caught.value.problem and "'Russia'" in caught.value.problem


@pytest.mark.parametrize("aliases", ["Iranian|", "|Iranian", "Iranian| |Persia"])
def test_empty_alias_at_either_end_or_blank(tmp_path, aliases):
    path = write(tmp_path, "a.csv", HEADER + f"Iran,country,IRN,{aliases},\n")
    with pytest.raises(LexiconError, match="empty alias"):
        small(actors=path)


def test_duplicate_canonical_name_names_the_first_line(tmp_path):
    path = write(
        tmp_path,
        "a.csv",
        HEADER + "Iran,country,IRN,,\nRussia,country,RUS,,\nIran,country,IRN,Persia,\n",
    )
    with pytest.raises(
        LexiconError, match=r"'Iran' is defined twice \(first on line 2\)"
    ) as caught:
        small(actors=path)
    assert caught.value.line == 4


@pytest.mark.parametrize("code", ["IR", "irn", "IRAN"])
def test_country_code_must_be_iso3(tmp_path, code):
    path = write(tmp_path, "a.csv", HEADER + f"Iran,country,{code},,\n")
    with pytest.raises(LexiconError, match="ISO 3166 alpha-3"):
        small(actors=path)


def test_empty_name_short_row_empty_file(tmp_path):
    cases = {
        "noname.csv": (HEADER + ",country,IRN,Iranian,\n", "empty name", 2),
        "short.csv": (HEADER + "Iran,country\n", "has 2 fields", 2),
        "empty.csv": ("", "is empty", 1),
    }
    for name, (text, problem, line) in cases.items():
        with pytest.raises(LexiconError, match=problem) as caught:
            small(actors=write(tmp_path, name, text))
        assert caught.value.line == line, name


def test_not_utf8_and_missing_files(tmp_path):
    latin = write(tmp_path, "latin1.csv", HEADER + "Côte d'Ivoire,country,CIV,,\n", "latin-1")
    with pytest.raises(LexiconError, match="is not UTF-8") as caught:
        small(actors=latin)
    assert caught.value.line == 2
    with pytest.raises(LexiconError, match="no such lexicon file"):
        small(actors=tmp_path / "nope.csv")
    with pytest.raises(LexiconError, match="not a regular file"):
        small(weapons=tmp_path)


def test_errors_are_analysis_errors_and_survive_pickling():
    with pytest.raises(AnalysisError) as caught:
        small(actors=fixture_path("lexicon_unknown_type.csv"))
    copy = pickle.loads(pickle.dumps(caught.value))
    assert (copy.path, copy.problem, copy.line) == (
        caught.value.path,
        caught.value.problem,
        caught.value.line,
    )


def test_comments_and_blank_rows_are_skipped_and_lines_still_count(tmp_path):
    text = HEADER + "# a comment\n\nIran,country,IRN,,\nIran,country,IRN,,\n"
    with pytest.raises(LexiconError) as caught:
        small(actors=write(tmp_path, "a.csv", text))
    assert caught.value.line == 5 and "first on line 4" in caught.value.problem


def test_extra_file_adds_entries_and_replaces_same_name():
    lexicons = small(extra_actors=[fixture_path("lexicon_extra_actors.csv")])
    assert lexicons.entry("Wagner Group").aliases == (
        "Wagner Group",
        "Wagner",
        "Wagner mercenary group",
    )
    lebanon = lexicons.entry("Lebanon")
    assert lebanon.aliases == ("Lebanon", "Lebanese Republic")
    assert lebanon.source == str(fixture_path("lexicon_extra_actors.csv"))
    assert len([e for e in lexicons.entries if e.name == "Lebanon"]) == 1
    assert str(fixture_path("lexicon_extra_actors.csv")) in lexicons.checksums()


def test_loading_is_cached_until_a_file_changes(tmp_path):
    actors = tmp_path / "actors.csv"
    shutil.copy(fixture_path("lexicon_actors_small.csv"), actors)
    first = small(actors=actors)
    assert small(actors=actors) is first
    with actors.open("a", encoding="utf-8") as handle:
        handle.write("Syria,country,SYR,Syrian,\n")
    stat = actors.stat()
    os.utime(actors, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    second = small(actors=actors)
    assert second is not first
    assert second.entry("Syria") is not None and first.entry("Syria") is None


def test_normalise_key_ignores_case_dots_dashes_and_apostrophes():
    assert normalise_key("U.S.") == normalise_key("US") == "us"
    assert normalise_key("Kh-22") == normalise_key("KH 22") == normalise_key("kh22") == "kh22"
    assert normalise_key("Côte d’Ivoire") == normalise_key("Côte d'Ivoire")
    assert normalise_key("Al-Qaeda") == normalise_key("Al Qaeda") == "al qaeda"
    assert normalise_key("Iran") != normalise_key("Iraq")


# --- not-mention phrases ----------------------------------------------------------------------


def test_not_mentions_are_read_in_order_without_comments(tmp_path):
    path = write(
        tmp_path,
        "phrases.txt",
        "# places\nIndian  Ocean   # not India\n\n   think-tank\nWashington state\n",
    )
    lexicons = small(not_mentions=path)
    assert lexicons.not_mentions == ("Indian Ocean", "think-tank", "Washington state")
    assert str(path) in lexicons.checksums()


def test_default_not_mentions_are_the_data_file():
    lexicons = small()
    assert {"Indian Ocean", "Latin America", "think-tank", "satellite imagery"} <= set(
        lexicons.not_mentions
    )
    assert str(config.DATA_DIR / "not_mentions.txt") in lexicons.checksums()


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        ("# c\nthink tank\n-- ...\n", 3, "phrase '-- ...' has no letter or digit"),
        ("Indian Ocean\n\n# again:\nIndian Ocean\n", 4, "given twice (first on line 1)"),
    ],
)
def test_bad_not_mention_names_the_file_and_line(tmp_path, text, line, problem):
    path = write(tmp_path, "phrases.txt", text)
    with pytest.raises(LexiconError) as caught:
        small(not_mentions=path)
    assert (caught.value.path, caught.value.line) == (str(path), line)
    assert problem in caught.value.problem
    assert str(caught.value).startswith(f"{path}:{line}: ")


def test_missing_not_mentions_file_is_a_lexicon_error(tmp_path):
    with pytest.raises(LexiconError, match="no such lexicon file"):
        small(not_mentions=tmp_path / "nope.txt")


def test_not_mentions_reload_when_the_file_changes(tmp_path):
    path = write(tmp_path, "phrases.txt", "Indian Ocean\n")
    first = small(not_mentions=path)
    path.write_text("Indian Ocean\nthink-tank\n", encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert first.not_mentions == ("Indian Ocean",)
    assert small(not_mentions=path).not_mentions == ("Indian Ocean", "think-tank")
