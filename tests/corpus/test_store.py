"""Store: small part files are merged into few, without losing or doubling a row."""

from __future__ import annotations

import pytest

from analysis.corpus import TABLES, read_manifest
from analysis.corpus import store as store_module
from corpus.test_build import build, read_store, write_articles


@pytest.fixture
def fan_in_of_four(monkeypatch):
    monkeypatch.setattr(store_module, "MERGE_FAN_IN", 4)


def part_sizes(folder) -> list[int]:
    return sorted(len(sources) for sources in read_manifest(folder)["parts"].values())


def test_batches_merge_four_at_a_time_into_one_part(tmp_path, fan_in_of_four):
    folder = write_articles(tmp_path / "in", 9)
    build([folder], tmp_path / "whole", batch_size=9)
    build([folder], tmp_path / "store", batch_size=1)
    # batches 1-4 -> one part of 4, batches 5-8 -> another; batch 9 stays alone
    assert part_sizes(tmp_path / "store") == [1, 4, 4]
    assert read_store(tmp_path / "store") == read_store(tmp_path / "whole")
    files = [p.name for name in TABLES for p in (tmp_path / "store" / name).iterdir()]
    assert len(files) == 3 * len(TABLES)  # the merged batches' files are gone


def test_four_merged_parts_of_one_size_merge_again(tmp_path, fan_in_of_four):
    folder = write_articles(tmp_path / "in", 16)
    build([folder], tmp_path / "store", batch_size=1)
    assert part_sizes(tmp_path / "store") == [16]  # 4 parts of 4 merged into one


def test_parts_of_part_articles_or_more_are_never_merged(tmp_path, fan_in_of_four, monkeypatch):
    monkeypatch.setattr(store_module, "PART_ARTICLES", 2)
    folder = write_articles(tmp_path / "in", 8)
    build([folder], tmp_path / "store", batch_size=2)
    assert part_sizes(tmp_path / "store") == [2, 2, 2, 2]


def test_a_changed_article_in_a_merged_part_replaces_its_rows(tmp_path, fan_in_of_four):
    folder = write_articles(tmp_path / "in", 5)
    build([folder], tmp_path / "store", batch_size=1)
    changed = folder / "article-002.txt"
    changed.write_text("Report two, rewritten\n\nFrance sent 12 howitzers to Ukraine.\n")
    again = build([folder], tmp_path / "store", batch_size=1)
    assert (again.analysed, again.up_to_date) == (1, 4)
    build([folder], tmp_path / "whole", batch_size=5)
    assert read_store(tmp_path / "store") == read_store(tmp_path / "whole")


def test_killed_between_merged_files_and_manifest_leaves_no_duplicate(
    tmp_path, fan_in_of_four, monkeypatch
):
    folder = write_articles(tmp_path / "in", 6)
    build([folder], tmp_path / "whole", batch_size=6)
    real = store_module.append_commit
    lines = []

    def dies_on_the_merge(folder_, record):
        if record.get("drop") and not lines.count("merge"):
            lines.append("merge")
            raise KeyboardInterrupt  # killed after the merged files were written
        return real(folder_, record)

    monkeypatch.setattr(store_module, "append_commit", dies_on_the_merge)
    with pytest.raises(KeyboardInterrupt):
        build([folder], tmp_path / "store", batch_size=1)
    monkeypatch.setattr(store_module, "append_commit", real)
    assert part_sizes(tmp_path / "store") == [1, 1, 1, 1]  # the four batches, unmerged
    resumed = build([folder], tmp_path / "store", batch_size=1)
    assert (resumed.analysed, resumed.up_to_date) == (2, 4)
    assert part_sizes(tmp_path / "store") == [1, 1, 4]
    assert read_store(tmp_path / "store") == read_store(tmp_path / "whole")
    files = [p for name in TABLES for p in (tmp_path / "store" / name).iterdir()]
    assert len(files) == 3 * len(TABLES)  # the unlisted merged files were removed


def test_a_part_written_from_its_encoded_bytes_is_the_part_written_from_its_table(tmp_path):
    """A worker encodes its batch's part files; the store writes the bytes as they are."""
    import pyarrow.parquet as pq

    from analysis.corpus.schema import to_table
    from analysis.corpus.store import encode_part, write_part

    table = to_table("problems", [{"article_id": "a", "date": "2024-03-05", "stage": "read"}])
    write_part(tmp_path / "from-table.parquet", table)
    write_part(tmp_path / "from-bytes.parquet", encode_part(table))
    assert (tmp_path / "from-bytes.parquet").read_bytes() == (
        tmp_path / "from-table.parquet"
    ).read_bytes()
    assert pq.read_table(tmp_path / "from-bytes.parquet").to_pylist()[0]["stage"] == "read"
