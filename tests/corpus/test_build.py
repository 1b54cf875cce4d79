"""Corpus store: every row traceable, incremental, resumable, locked, and the
same on Dask as in one process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import SEED_ARTICLE, fixture_path

from analysis.corpus import TABLES, CorpusOptions, build_corpus, live_files, open_store
from analysis.corpus import store as store_module
from analysis.errors import CorpusError, ParameterError

ROOT = Path(__file__).resolve().parents[2]
SENTENCES = [
    "Poland signed a deal to buy 48 howitzers from South Korea, officials said on Monday.",
    "Germany pledged $400 million in aid to Ukraine, of which $250 million is for air defence.",
    "Iran has delivered drones to Russia, according to the White House.",
    "Turkey agreed to sell armed drones to Poland.",
    "The European Union promised 2 billion euros for ammunition.",
]


def write_articles(folder: Path, count: int) -> Path:
    """``count`` small made-up articles, each a different mix of SENTENCES."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        body = " ".join(SENTENCES[(n + k) % len(SENTENCES)] for k in range(3))
        (folder / f"article-{n:03d}.txt").write_text(
            f"Report number {n}\n\n{body}\n", encoding="utf-8"
        )
    return folder


def read_store(folder: Path) -> dict[str, list[tuple]]:
    """Every table of the store as sorted rows (through the manifest, as readers do)."""
    tables = {}
    for name in TABLES:
        rows = []
        for path in live_files(folder, name):
            rows += [tuple(r.values()) for r in pq.read_table(path).to_pylist()]
        tables[name] = sorted(rows, key=repr)
    return tables


def build(inputs, out: Path, **options):
    options.setdefault("workers", 0)
    return build_corpus(CorpusOptions([str(i) for i in inputs], out, **options))


def test_every_row_has_id_date_outlet_sentence_and_offsets(tmp_path):
    summary = build([fixture_path("sources"), SEED_ARTICLE], tmp_path / "store")
    assert (summary.analysed, summary.problems) == (6, 5)
    store = read_store(tmp_path / "store")
    articles = {r[0]: r for r in store["articles"]}
    texts = {}
    for path in live_files(tmp_path / "store", "articles"):
        for row in pq.read_table(path).to_pylist():
            texts[row["article_id"]] = row
    german = next(r for r in texts.values() if r["title"] == "Germany pledges aid to Ukraine")
    assert str(german["date"]) == "2024-03-05" and german["outlet"] == "The Example Courier"
    for name in ("mentions", "amounts", "splits", "transfers"):
        for path in live_files(tmp_path / "store", name):
            for row in pq.read_table(path).to_pylist():
                assert row["article_id"] in articles
                article = texts[row["article_id"]]
                assert row["date"] == article["date"] and row["outlet"] == article["outlet"]
                text = article["text"]
                assert 0 <= row["start"] < row["end"] <= len(text)
                assert row["sentence"] and row["sentence"] in text
    amounts = [
        r for p in live_files(tmp_path / "store", "amounts") for r in pq.read_table(p).to_pylist()
    ]
    german_amounts = [a for a in amounts if a["article_id"] == german["article_id"]]
    text = german["text"]
    assert [text[a["start"] : a["end"]] for a in german_amounts] == ["$500 million", "$300 million"]
    problems = {r[3].rsplit("/", 1)[-1]: r for r in store["problems"]}  # by source
    assert {"report.pdf", "front_page.html", "no_text_column.csv"} <= set(problems)


def test_second_run_analyses_nothing_and_a_changed_article_replaces_its_rows(tmp_path):
    folder = write_articles(tmp_path / "in", 7)
    build([folder], tmp_path / "store", batch_size=3)
    first = read_store(tmp_path / "store")
    again = build([folder], tmp_path / "store", batch_size=3)
    assert (again.analysed, again.up_to_date) == (0, 7)
    assert read_store(tmp_path / "store") == first
    (folder / "article-004.txt").write_text(
        "Changed report\n\nTurkey agreed to sell armed drones to Poland.\n", encoding="utf-8"
    )
    changed = build([folder], tmp_path / "store", batch_size=3)
    assert (changed.analysed, changed.up_to_date) == (1, 6)
    store = read_store(tmp_path / "store")
    assert len(store["articles"]) == 7  # replaced, not added
    ids = [r[0] for r in store["articles"]]
    assert len(set(ids)) == 7
    titles = sorted(r[3] for r in store["articles"])
    assert "Changed report" in titles and "Report number 4" not in titles
    changed_transfers = [r for r in store["transfers"] if r[0] == "article-004"]
    assert len(changed_transfers) == 1  # Turkey -> Poland, drones
    # the other articles' rows are untouched
    assert [r for r in store["mentions"] if r[0] != "article-004"] == [
        r for r in first["mentions"] if r[0] != "article-004"
    ]


def test_a_changed_lexicon_analyses_again(tmp_path):
    folder = write_articles(tmp_path / "in", 3)
    build([folder], tmp_path / "store")
    extra = tmp_path / "extra_actors.csv"
    extra.write_text(fixture_path("lexicon_extra_actors.csv").read_text(encoding="utf-8"))
    rerun = build([folder], tmp_path / "store", lexicons={"extra_actors": (str(extra),)})
    assert rerun.analysed == 3
    same = build([folder], tmp_path / "store", lexicons={"extra_actors": (str(extra),)})
    assert same.analysed == 0
    extra.write_text(extra.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    edited = build([folder], tmp_path / "store", lexicons={"extra_actors": (str(extra),)})
    assert edited.analysed == 3


def test_the_same_input_given_twice_gives_its_rows_once(tmp_path):
    folder = write_articles(tmp_path / "in", 4)
    build([folder, folder / "article-001.txt", folder], tmp_path / "store", batch_size=2)
    store = read_store(tmp_path / "store")
    assert len(store["articles"]) == 4
    assert len(store["mentions"]) == len(set(store["mentions"]))


def test_two_inputs_with_one_name_get_two_ids(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text(f"Report {sub}\n\nBody.\n", encoding="utf-8")
    build([tmp_path / "a", tmp_path / "b"], tmp_path / "store")
    ids = sorted(r[0] for r in read_store(tmp_path / "store")["articles"])
    assert ids[0] == "same" and ids[1].startswith("same-") and len(ids) == 2


def test_a_second_run_on_the_same_store_is_refused(tmp_path):
    folder = write_articles(tmp_path / "in", 1)
    refused = pytest.raises(CorpusError, match="another corpus run is writing")
    with open_store(tmp_path / "store"), refused:
        build([folder], tmp_path / "store")


def test_missing_input_is_bad_input_before_anything_runs(tmp_path):
    with pytest.raises(ParameterError, match="no such file or folder"):
        build([tmp_path / "nope"], tmp_path / "store")
    assert not (tmp_path / "store").exists()


def test_killed_between_part_files_and_manifest_leaves_no_duplicate(tmp_path, monkeypatch):
    folder = write_articles(tmp_path / "in", 9)
    build([folder], tmp_path / "whole", batch_size=2)
    calls = {"n": 0}
    real = store_module.append_commit

    def dies_on_third(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # killed after the batch's part files were renamed
        return real(*args, **kwargs)

    monkeypatch.setattr(store_module, "append_commit", dies_on_third)
    with pytest.raises(KeyboardInterrupt):
        build([folder], tmp_path / "store", batch_size=2)
    monkeypatch.setattr(store_module, "append_commit", real)
    assert len(read_store(tmp_path / "store")["articles"]) == 4  # two batches committed
    resumed = build([folder], tmp_path / "store", batch_size=2)
    assert (resumed.analysed, resumed.up_to_date) == (5, 4)
    assert read_store(tmp_path / "store") == read_store(tmp_path / "whole")
    leftovers = [p for name in TABLES for p in (tmp_path / "store" / name).iterdir()]
    assert len(leftovers) == len(TABLES) * 5  # only the live parts are left


def test_killed_process_resumes_with_every_row_once(tmp_path):
    folder = write_articles(tmp_path / "in", 40)
    build([folder], tmp_path / "whole", batch_size=1)
    command = [sys.executable, "-m", "analysis", "corpus", str(folder)]
    command += ["--out", str(tmp_path / "store"), "--workers", "0", "--batch-size", "1", "-q"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(command, env=env, cwd=ROOT)
    manifest = tmp_path / "store" / store_module.MANIFEST
    deadline = time.monotonic() + 60
    while not manifest.exists() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    time.sleep(0.2)
    process.send_signal(signal.SIGKILL)
    process.wait()
    partial = len(read_store(tmp_path / "store")["articles"])
    assert 0 < partial < 40, "the run was not killed half way; make the corpus bigger"
    finished = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    assert f"{40 - partial} analysed, {partial} up to date" in finished.stdout
    assert read_store(tmp_path / "store") == read_store(tmp_path / "whole")


def test_dask_local_cluster_gives_the_same_tables_as_one_process(tmp_path):
    folder = write_articles(tmp_path / "in", 12)
    inputs = [folder, SEED_ARTICLE, fixture_path("sources")]
    build(inputs, tmp_path / "single", batch_size=4)
    on_dask = build(inputs, tmp_path / "dask", workers=2, batch_size=4)
    assert (on_dask.analysed, on_dask.problems) == (18, 5)
    assert read_store(tmp_path / "dask") == read_store(tmp_path / "single")


def test_a_manifest_line_cut_short_by_a_kill_is_ignored_then_cut_off(tmp_path):
    folder = write_articles(tmp_path / "in", 5)
    build([folder], tmp_path / "whole", batch_size=2)
    build([folder / "article-000.txt", folder / "article-001.txt"], tmp_path / "store")
    manifest = tmp_path / "store" / store_module.MANIFEST
    with manifest.open("ab") as handle:
        handle.write(b'{"format":1,"add":{"part-torn":["x"]},"arti')  # killed mid-write
    assert len(read_store(tmp_path / "store")["articles"]) == 2
    resumed = build([folder], tmp_path / "store", batch_size=2)
    assert (resumed.analysed, resumed.up_to_date) == (3, 2)
    assert read_store(tmp_path / "store") == read_store(tmp_path / "whole")
    assert manifest.read_bytes().count(b"\n") == 1  # compacted to one line


def test_an_existing_cluster_is_used_through_its_scheduler_address(tmp_path):
    from distributed import LocalCluster

    folder = write_articles(tmp_path / "in", 6)
    build([folder, SEED_ARTICLE], tmp_path / "single", batch_size=2)
    with LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, protocol="tcp://", host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:  # fmt: skip
        done = build(
            [folder, SEED_ARTICLE], tmp_path / "remote", scheduler=cluster.scheduler_address,
            workers=None, batch_size=2,
        )  # fmt: skip
    assert done.analysed == 7
    assert read_store(tmp_path / "remote") == read_store(tmp_path / "single")


def test_an_address_where_no_scheduler_answers_is_bad_input(tmp_path):
    folder = write_articles(tmp_path / "in", 1)
    with pytest.raises(ParameterError, match="no Dask scheduler answers"):
        build([folder], tmp_path / "store", scheduler="tcp://127.0.0.1:9", workers=None)


def test_steady_malloc_fixes_glibc_thresholds_and_is_a_no_op_elsewhere():
    import platform

    from analysis.corpus.build import steady_malloc

    assert steady_malloc() is (platform.libc_ver()[0] == "glibc")


def test_local_cluster_workers_run_without_dask_profiler(tmp_path):
    """The profiler's trees made a worker's memory grow with the run's length."""
    import dask

    from analysis.corpus.build import dask_client

    options = CorpusOptions([str(tmp_path)], tmp_path / "store", workers=1)
    with dask_client(options) as client:
        running = client.run(lambda dask_worker: sorted(dask_worker.periodic_callbacks))
        ticks = client.run(lambda: dask.config.get("distributed.admin.tick.interval"))
        extensions = set(client.cluster.scheduler.extensions)
    [callbacks] = running.values()
    assert "heartbeat" in callbacks  # a worker's callbacks were read
    assert "profile" not in callbacks and "profile-cycle" not in callbacks
    # clockwork kept quiet: an event-loop check a second, not 50; no work stealing
    assert list(ticks.values()) == ["1s"]
    assert "stealing" not in extensions and "events" in extensions
