"""The disk cache: values come back as saved, or not at all; it never changes a result."""

from __future__ import annotations

import os
import re

import pytest
from conftest import fixture_path

from analysis import disk_cache
from analysis.config import CACHE_ENV
from analysis.entities import matcher
from analysis.entities.lexicon import NOT_MENTIONS_FILE, build_lexicons
from analysis.entities.matcher import build_matcher, compile_matcher
from analysis.entities.scan import match_text

TEXT = (
    "President Lula met Mr. Kirby in Brasilia. Kirby said the US and Iran's "
    "envoys discussed Kh-22 and Kh 101 missiles; Iranian-built drones were sent to Russia."
)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A fresh, empty cache folder for one test."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    return folder


def small_lexicons():
    """The small test lexicons, read afresh (nothing compiled on them yet)."""
    return build_lexicons(
        [
            ("actor", fixture_path("lexicon_actors_small.csv")),
            ("weapon", fixture_path("lexicon_weapons_small.csv")),
        ],
        fixture_path("lexicon_titles_small.txt"),
        NOT_MENTIONS_FILE,
    )


def test_a_saved_value_comes_back_under_its_key_only(cache):
    value = {"forms": ["Kh-22", "X-22"], "numbers": (1, 2, 4294967295)}
    assert disk_cache.save("thing", "key-one", value) is True
    assert disk_cache.load("thing", "key-one") == value
    assert disk_cache.load("thing", "key-two") is None
    assert disk_cache.load("other", "key-one") is None
    assert oct(cache.stat().st_mode & 0o777) == "0o700"


def test_a_corrupt_or_truncated_file_is_ignored(cache):
    disk_cache.save("thing", "key", ["a", "b"])
    (path,) = cache.glob("thing-*.marshal")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert disk_cache.load("thing", "key") is None
    path.write_bytes(b"\x00not marshal at all")
    assert disk_cache.load("thing", "key") is None


def test_a_file_of_another_key_under_the_same_name_is_ignored(cache):
    disk_cache.save("thing", "key-a", "value of a")
    (path,) = cache.glob("thing-*.marshal")
    # Same file name (it holds only the start of the key), another full key.
    path.rename(cache / path.name.replace("key-a", "key-b"))
    assert disk_cache.load("thing", "key-b") is None


def test_turned_off_it_neither_reads_nor_writes(tmp_path, monkeypatch):
    for value in ("off", "0", ""):
        monkeypatch.setenv(CACHE_ENV, value)
        assert disk_cache.save("thing", "key", 1) is False
        assert disk_cache.load("thing", "key") is None
    assert list(tmp_path.iterdir()) == []


def test_a_folder_others_may_write_to_is_not_read(cache):
    disk_cache.save("thing", "key", "value")
    cache.chmod(0o777)
    assert disk_cache.load("thing", "key") is None
    assert disk_cache.save("thing", "key", "value") is False
    cache.chmod(0o700)
    assert disk_cache.load("thing", "key") == "value"


def test_a_folder_that_cannot_be_made_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    assert disk_cache.save("thing", "key", "value") is False
    assert disk_cache.load("thing", "key") is None


def test_only_the_newest_files_of_a_kind_are_kept(cache):
    for number in range(disk_cache.KEEP_FILES + 3):
        assert disk_cache.save("thing", f"key-{number:02}", number)
        path = next(p for p in cache.glob("thing-*") if f"key-{number:02}" in p.name)
        os.utime(path, ns=(number * 10**9, number * 10**9))
    disk_cache.save("other", "key", "kept")
    kept = sorted(p.name for p in cache.glob("thing-*.marshal"))
    assert len(kept) == disk_cache.KEEP_FILES
    assert disk_cache.load("thing", "key-00") is None
    assert disk_cache.load("thing", f"key-{disk_cache.KEEP_FILES + 2:02}") == (
        disk_cache.KEEP_FILES + 2
    )
    assert disk_cache.load("other", "key") == "kept"


@pytest.mark.parametrize(
    "pattern",
    [r"(?i)\bkh-?(\d+)\b", r"(?P<name>[A-Z][a-z]+)(?:'s)?(?!\w)", "[–—-]+|\\s{2,}"],
)
def test_a_restored_regex_finds_what_re_compile_finds(pattern):
    text = "KH-22 and kh101; Iran's envoy  met Kirby — twice – in Kyiv's suburbs"
    compiled, program = disk_cache.compile_regex(pattern)
    expected = re.compile(pattern)
    restored = disk_cache.restore_regex(program)
    for regex in (compiled, restored):
        assert [m.span() for m in regex.finditer(text)] == [
            m.span() for m in expected.finditer(text)
        ]
        assert regex.groupindex == expected.groupindex
        assert regex.pattern == pattern


def test_a_program_the_engine_refuses_is_compiled_again_from_its_text():
    _, program = disk_cache.compile_regex(r"Kh-(\d+)")
    broken = (program[0], program[1], [999_999] * len(program[2]), *program[3:])
    regex = disk_cache.restore_regex(broken)
    assert regex.findall("Kh-22 and Kh-101") == ["22", "101"]


def test_a_matcher_read_back_from_disk_matches_as_the_one_compiled(cache):
    fresh = build_matcher(*_inputs(small_lexicons()))
    plain = matcher.matcher_to_plain(fresh)
    back = matcher.matcher_from_plain(plain)
    assert back.exact == fresh.exact and back.by_key == fresh.by_key
    assert {type(t) for t in back.exact.values()} == {type(t) for t in fresh.exact.values()}
    assert back.titles == fresh.titles and back.title_suffixes == fresh.title_suffixes
    assert back.pattern.pattern == fresh.pattern.pattern
    assert [m.span() for m in back.pattern.finditer(TEXT)] == [
        m.span() for m in fresh.pattern.finditer(TEXT)
    ]
    assert matcher.matcher_from_plain({"targets": "nonsense"}) is None
    assert matcher.matcher_from_plain(None) is None


def test_a_second_process_reads_the_matcher_instead_of_compiling(cache, monkeypatch):
    first = small_lexicons()
    expected = match_text(TEXT, first)
    assert expected, "the test text names lexicon entries"
    assert len(list(cache.glob("matcher-*.marshal"))) == 1

    def no_compiling(*args):
        raise AssertionError("compiled again although the disk cache holds the matcher")

    monkeypatch.setattr(matcher, "build_matcher", no_compiling)
    second = small_lexicons()  # as another process would: nothing compiled on it yet
    assert second is not first and not second.cache
    assert match_text(TEXT, second) == expected


def test_a_changed_lexicon_is_compiled_again(cache, tmp_path):
    first = small_lexicons()
    match_text(TEXT, first)
    actors = tmp_path / "actors.csv"
    actors.write_text(
        fixture_path("lexicon_actors_small.csv").read_text(encoding="utf-8")
        + "Brazil,country,BRA,Brazilian|Brasilia,\n",
        encoding="utf-8",
    )
    changed = build_lexicons(
        [("actor", actors), ("weapon", fixture_path("lexicon_weapons_small.csv"))],
        fixture_path("lexicon_titles_small.txt"),
        NOT_MENTIONS_FILE,
    )
    names = [m.name for m in match_text(TEXT, changed)]
    assert "Brazil" in names
    assert "Brazil" not in [m.name for m in match_text(TEXT, small_lexicons())]
    assert len(list(cache.glob("matcher-*.marshal"))) == 2


def test_results_are_the_same_with_the_cache_off(cache, monkeypatch):
    with_cache = match_text(TEXT, small_lexicons())
    with_cache_again = match_text(TEXT, small_lexicons())  # read from disk
    monkeypatch.setenv(CACHE_ENV, "off")
    without = match_text(TEXT, small_lexicons())
    assert with_cache == with_cache_again == without
    assert compile_matcher(small_lexicons()).program is not None


def _inputs(lexicons):
    return lexicons.entries, lexicons.titles, lexicons.not_mentions
