"""Build: inputs -> batches of articles -> Dask workers -> the corpus store.

``build_corpus(options)`` reads as a chain of steps:

1. fingerprint the analysis (code, data files, lexicons given);
2. open the store (its lock; a killed run's leftovers removed);
3. stream the inputs (``analysis.sources.read_sources``); an input whose
   entry in the store has the same digest and fingerprint is up to date and
   skipped; the others are grouped into batches of ``batch_size``;
4. run each batch as one task (``analyse_parts``: ``extract.analyse_batch``,
   then each table's part file encoded where it ran, so a worker sends back
   a few compressed files and their row counts, not the tables) on Dask: a
   local cluster bound to 127.0.0.1 by default, or the cluster at
   ``scheduler``; at most ``2 x workers`` batches are in flight, so memory
   does not grow with the number of articles (``workers=0`` runs them in
   this process);
5. commit each finished batch to the store (``CorpusStore.commit``), merge
   its small part files (``CorpusStore.merge_parts``: a few files per table,
   not one per batch, for the readers) and count it for the progress line.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import itertools
import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from analysis.corpus.extract import analyse_batch, analysis_fingerprint
from analysis.corpus.progress import ProgressTracker
from analysis.corpus.store import CorpusStore, encode_part, open_store
from analysis.errors import ParameterError
from analysis.sources import (
    PageFetcher,
    SourcedArticle,
    SourceProblem,
    TableColumns,
    count_sources,
    read_sources,
    slug_id,
)

__all__ = ["BATCH_SIZE", "CorpusOptions", "CorpusSummary", "build_corpus", "record_of"]

BATCH_SIZE = 20
#: One batch record and what the store keeps of it: (source, id, digest, fingerprint).
Batch = tuple[list[tuple[str, str, str, str]], list[dict]]


@dataclass
class CorpusOptions:
    """What to read, where to write and where to run (the ``corpus`` command)."""

    inputs: list[str]
    out: Path
    scheduler: str = ""  # address of a running Dask scheduler; "" = a local cluster
    workers: int | None = None  # local cluster workers (None: one per core; 0: no Dask)
    batch_size: int = BATCH_SIZE
    columns: TableColumns = field(default_factory=TableColumns)
    lexicons: dict = field(default_factory=dict)  # load_lexicons options
    fetch_interval: float = 1.0  # seconds between requests to one web host


@dataclass
class CorpusSummary:
    """What a run did."""

    store: Path
    analysed: int
    up_to_date: int
    problems: int
    seconds: float

    def counts(self) -> str:
        """``"12 analysed, 30 up to date, 2 problems in 4.1 s"``."""
        return (
            f"{self.analysed:,} analysed, {self.up_to_date:,} up to date, "
            f"{self.problems:,} problem{'s' if self.problems != 1 else ''} "
            f"in {self.seconds:.1f} s"
        )


def build_corpus(
    options: CorpusOptions, progress: Callable[[str], None] | None = None
) -> CorpusSummary:
    """Bring the store at ``options.out`` up to date with ``options.inputs``."""
    check_options(options)
    fingerprint = analysis_fingerprint(options.lexicons)
    with open_store(options.out) as store:
        tracker = ProgressTracker(count_sources(options.inputs), progress or (lambda line: None))
        made: list[PageFetcher] = []

        def make_fetcher() -> PageFetcher:  # only when a web address comes
            made.append(PageFetcher(Path(options.out) / ".http-cache", options.fetch_interval))
            return made[0]

        try:
            items = read_sources(options.inputs, options.columns, make_fetcher)
            batches = plan_batches(items, store, fingerprint, options.batch_size, tracker)
            for meta, (parts, rows) in run_batches(batches, options):
                store.commit(meta, parts)
                store.merge_parts()
                problems = rows["problems"]
                tracker.add(analysed=len(meta) - problems, problems=problems)
        finally:
            for fetcher in made:
                fetcher.close()
        tracker.report(tracker.line())
    return CorpusSummary(
        Path(options.out), tracker.analysed, tracker.up_to_date, tracker.problems, tracker.seconds()
    )


def check_options(options: CorpusOptions) -> None:
    """Refuse options that cannot work, before anything starts."""
    if not options.inputs:
        raise ParameterError("INPUT", "give at least one file, folder, table or URL list")
    for item in options.inputs:
        if not str(item).startswith(("http://", "https://")) and not Path(item).exists():
            raise ParameterError(item, "no such file or folder")
    if options.batch_size < 1:
        raise ParameterError("--batch-size", f"must be 1 or more, not {options.batch_size}")
    if options.workers is not None and options.workers < 0:
        raise ParameterError("--workers", f"must be 0 (no Dask) or more, not {options.workers}")


def plan_batches(
    items: Iterable[SourcedArticle | SourceProblem],
    store: CorpusStore,
    fingerprint: str,
    size: int,
    tracker: ProgressTracker,
) -> Iterator[Batch]:
    """Group the inputs that need analysing into batches, lazily; count the
    up-to-date ones (and repeats of an input already seen in this run)."""
    seen: set[str] = set()
    meta: list[tuple[str, str, str, str]] = []
    records: list[dict] = []
    for item in items:
        record = record_of(item)
        source = record["source"]
        entry = store.entries.get(source)
        if source in seen or (entry and entry.current(record["digest"], fingerprint)):
            tracker.add(up_to_date=source not in seen)
            seen.add(source)
            continue
        seen.add(source)
        record["article_id"] = store.article_id(source, record["article_id"])
        meta.append((source, record["article_id"], record.pop("digest"), fingerprint))
        records.append(record)
        if len(records) >= size:
            yield meta, records
            meta, records = [], []
    if records:
        yield meta, records


def record_of(item: SourcedArticle | SourceProblem) -> dict:
    """The plain dict a worker gets for an input, with the ``digest`` of
    everything the rows depend on (text and metadata, or the problem)."""
    if isinstance(item, SourceProblem):
        record = {
            "source": item.source,
            "article_id": slug_id(item.source),
            "problem": item.problem,
        }
    else:
        record = {
            "article_id": item.id,
            "text": item.article.text,
            **item.metadata(),
            "extra": item.extra,
            "sha256": hashlib.sha256(item.article.text.encode("utf-8")).hexdigest(),
        }
    content = json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8")
    record["digest"] = hashlib.sha256(content).hexdigest()
    return record


def analyse_parts(records: list[dict], lexicon_options: dict) -> tuple[dict, dict]:
    """The task of one batch: ``({table: Parquet bytes}, {table: rows})``."""
    tables = analyse_batch(records, lexicon_options)
    return (
        {name: encode_part(table) for name, table in tables.items()},
        {name: table.num_rows for name, table in tables.items()},
    )


def run_batches(batches: Iterable[Batch], options: CorpusOptions) -> Iterator:
    """Yield ``(meta, (parts, rows))`` of each finished batch (``analyse_parts``):
    on Dask, or in this process when ``workers == 0`` and no scheduler is
    given. No cluster is started when there is nothing to analyse."""
    lexicons = dict(options.lexicons)
    batches = iter(batches)
    first = next(batches, None)
    if first is None:
        return
    batches = itertools.chain([first], batches)
    steady_malloc()
    if options.workers == 0 and not options.scheduler:
        yield from ((meta, analyse_parts(records, lexicons)) for meta, records in batches)
        return
    with dask_client(options) as client:
        client.run(steady_malloc)
        yield from run_on_dask(client, batches, lexicons)


def steady_malloc() -> bool:
    """Keep this process's memory from creeping up batch after batch (glibc).

    Tables and messages of a few hundred kB are allocated and freed every
    batch; past glibc's adaptive threshold they come from the heap, which
    fragments and is seldom given back, so the resident memory of the client
    and of each worker grows with the number of batches. A fixed threshold
    (64 kB: buffers above it are mapped and unmapped whole) and a low trim
    threshold keep it steady. A no-op where glibc is not the C library.
    """
    try:
        libc = ctypes.CDLL("libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    m_trim_threshold, m_mmap_threshold = -1, -3
    return bool(mallopt(m_mmap_threshold, 1 << 16) and mallopt(m_trim_threshold, 1 << 16))


#: Dask settings of the local cluster (its workers get them through their
#: nannies). Dask's statistical profiler samples every worker's stack every
#: 10 ms and keeps one profile tree a second for the last 1,000 s: CPU taken
#: from the analysis, and memory growing with the length of the run, the
#: 10,000-article run's workers ending some 75 MB above the 1,000-article
#: run's. The rest is work every process does on a clock, whatever the tasks:
#: with Dask's defaults an idle 2-worker cluster takes 80 ms of CPU a second
#: (the client and scheduler 43, each worker 19), time the analysis does not
#: get, and more of it per article the longer a loaded machine makes the run;
#: with these, 14 ms. An event-loop health check 50 times a second (``tick``,
#: once a second here), the system monitor for a dashboard none is served
#: (every 5 s, a few minutes of samples kept), the memory check 10 times a
#: second (once: a batch is small), work stealing (tasks are alike and handed
#: out as workers free up), the client's polls for a notebook widget and the
#: memory manager that moves results (each is released on arrival).
CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.log-length": 60,
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.scheduler.work-stealing": False,
    "distributed.scheduler.active-memory-manager.start": False,
    "distributed.client.scheduler-info-interval": "30s",
    "distributed.deploy.cluster-repr-interval": "30s",
}


@contextlib.contextmanager
def dask_client(options: CorpusOptions):
    """A Dask client: of the scheduler at ``options.scheduler``, or of a
    local cluster (processes, one thread each) bound to 127.0.0.1."""
    import dask
    from distributed import Client, LocalCluster

    if options.scheduler:
        try:
            client = Client(options.scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise ParameterError(
                options.scheduler, f"no Dask scheduler answers there ({exc})"
            ) from None
        with client:
            yield client
        return
    workers = options.workers or os.cpu_count() or 1
    with (
        dask.config.set(CLUSTER_CONFIG),
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def run_on_dask(client, batches: Iterable[Batch], lexicons: dict) -> Iterator:
    """Submit batches as tasks, at most two per worker thread in flight, and
    yield each as it finishes."""
    from distributed import as_completed

    limit = 2 * max(1, sum(client.nthreads().values()))
    pending = as_completed()
    meta_of = {}
    for meta, records in batches:
        while pending.count() >= limit:
            yield _finished(next(pending), meta_of)
        future = client.submit(analyse_parts, records, lexicons, pure=False)
        meta_of[future.key] = meta
        pending.add(future)
    for future in pending:
        yield _finished(future, meta_of)


def _finished(future, meta_of: dict):
    tables = future.result()
    meta = meta_of.pop(future.key)
    future.release()
    return meta, tables
