"""Benchmark: the corpus command against per-article runs, in one run.

Builds a JSON Lines export of ``--articles`` news-like articles (default
10,000) from real sentences: the headlines and paragraphs of the seed and
test articles, shuffled into new articles with perturbed numbers (as
``bench_mentions.py`` does), each with a date over two years, an outlet and
an address. Then measures and prints:

1. ``python -m analysis corpus`` on the local Dask cluster (``--workers``,
   default 2): articles per second, wall time, peak memory of the whole
   process tree (the command, the scheduler and the workers), sampled;
2. the same command on ``--small`` articles (default 1,000): peak memory,
   which should not grow with the corpus;
3. (a) the runner per article (``python -m analysis run ARTICLE``, every
   notebook) and (b) the command line per article (``mentions``, ``money``
   and ``transfers`` on one file), each timed on ``--sample`` articles and
   scaled to the corpus;
4. (c) the same work in one process, one article after another (the
   corpus build without Dask, ``workers=0``: the analysis, the tables, the
   store's files), against the same build on a warm local cluster of
   ``--workers`` (started once with the command's settings, reached through
   its address), on the same ``--paired`` articles, alternated one process,
   cluster, one process, cluster... for ``--rounds`` rounds: the median rate
   of each and the ratio of the medians (the target's figure), and the CPU
   each spends per article (the cluster's: every process, client, scheduler
   and workers), whose ratio times the workers is what the cluster gives on
   an idle machine, whatever the load was while this ran;
5. notebook 05 rendered on the big store (``corpus --report``'s renderer),
   and its queries alone;
6. the machine: how much faster 2 plain processes (forked, no Dask)
   analyse than one, now. The machine is shared: under load, 2 workers
   cannot be 2x one process whatever Dask does, so the cluster's speed-up
   is printed beside what the machine gave in the same minute; the load
   average is printed at the start and the end.

Targets (from the issue): corpus >= 50x (a); with 2 workers >= 1.7x (c);
peak memory of the big run within 20% of the small run; notebook 05 in
<= 10 s. ``--check`` makes a missed target exit 1.

    python bench/bench_corpus.py [--articles 10000] [--small 1000] [--workers 2]
                                 [--sample 3] [--paired 500] [--rounds 3] [--machine 90]
                                 [--check]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_mentions import SOURCE_ARTICLES, perturb, read_news  # noqa: E402

from analysis import config  # noqa: E402

OUTLETS = ["Wire A", "Wire B", "Daily C", "Courier D", "Times E", "Post F"]
TARGET_VS_RUNNER = 50.0
TARGET_VS_SEQUENTIAL = 1.7
TARGET_MEMORY_GROWTH = 1.2
TARGET_NOTEBOOK_SECONDS = 10.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="big corpus size")
    parser.add_argument("--small", type=int, default=1_000, help="small corpus (memory check)")
    parser.add_argument("--workers", type=int, default=2, help="local cluster workers")
    parser.add_argument("--batch-size", type=int, default=50, help="articles per task")
    parser.add_argument("--sample", type=int, default=3, help="articles for (a) and (b)")
    parser.add_argument("--paired", type=int, default=500, help="articles for (c) and the cluster")
    parser.add_argument("--rounds", type=int, default=3, help="alternated rounds for (c)")
    parser.add_argument("--machine", type=int, default=90, help="articles for the machine check")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args(argv)

    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} cores")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as work:
        work = Path(work)
        os.environ[config.CACHE_ENV] = str(work / "cache")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        texts = build_texts(args.articles, seed=11)
        big = write_export(work / "big.jsonl", texts)
        small = write_export(work / "small.jsonl", texts[: args.small])
        size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        print(f"corpus: {len(texts):,} articles, {size:.1f} MB (from {len(SOURCE_ARTICLES)} files)")

        small_run = run_corpus(small, work / "small-store", args, env)
        print(f"corpus command, {args.small:,} articles: {small_run['rate']:.1f} articles/s, "
              f"peak memory {small_run['peak_mb']:.0f} MB")  # fmt: skip
        big_run = run_corpus(big, work / "big-store", args, env)
        print(f"corpus command, {args.articles:,} articles on {args.workers} workers: "
              f"{big_run['rate']:.1f} articles/s ({big_run['seconds']:.0f} s), "
              f"peak memory {big_run['peak_mb']:.0f} MB, {big_run['cpu_ms']:.0f} ms CPU/article "
              f"(all processes), {big_run['files']} part files per table")  # fmt: skip
        machine = time_machine(texts[: args.machine], args.workers)
        paired = time_paired(texts[: args.paired], work, args)
        sequential, sequential_cpu = paired["one"]["rate"], paired["one"]["cpu_ms"]
        for name, label in (
            ("one", "(c) one process, in turn"),
            ("cluster", f"    warm cluster of {args.workers}"),
        ):
            runs = paired[name]
            print(f"{label}: median {runs['rate']:.1f} articles/s "
                  f"(rounds: {', '.join(f'{r:.1f}' for r in runs['rates'])}), "
                  f"{runs['cpu_ms']:.1f} ms CPU/article")  # fmt: skip
        speedup = paired["cluster"]["rate"] / sequential
        cpu_ratio = sequential_cpu / paired["cluster"]["cpu_ms"]
        print(f"    ratio of the medians, cluster / one process: {speedup:.2f}x "
              f"({args.paired:,} articles, {args.rounds} alternated rounds)")  # fmt: skip
        print(f"    CPU per article, one process / cluster: {cpu_ratio:.2f} -> at most "
              f"{args.workers * cpu_ratio:.2f}x with {args.workers} workers on an idle "
              f"machine")  # fmt: skip
        print(f"machine now: {args.workers} plain processes analyse {machine:.2f}x as fast as one "
              f"(the most {args.workers} workers can give under the current load)")  # fmt: skip

        samples = write_sample_files(work / "sample", texts, args.sample)
        runner_each = time_each(samples, lambda p: runner_command(p, work / "reports"), env)
        cli_each = time_each(samples, cli_commands, env)
        print(f"(a) runner per article:  {runner_each:6.2f} s/article -> "
              f"{args.articles * runner_each / 3600:.1f} h for the corpus "
              f"({1 / runner_each:.2f} articles/s)")  # fmt: skip
        print(f"(b) CLI per article:     {cli_each:6.2f} s/article -> "
              f"{args.articles * cli_each / 60:.0f} min for the corpus "
              f"({1 / cli_each:.2f} articles/s)")  # fmt: skip

        notebook_seconds = time_notebook(work / "big-store", env)
        query_seconds = time_queries(work / "big-store", env)
        print(f"notebook 05 on the {args.articles:,}-article store: {notebook_seconds:.1f} s, "
              f"of which its queries {query_seconds:.1f} s")  # fmt: skip
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    # The command's CPU per article (every process, start-up included) beside
    # one process's: the same ceiling, start-up and all, for the big corpus.
    print(f"corpus command's CPU per article against one process's: "
          f"{sequential_cpu / big_run['cpu_ms']:.2f} -> at most "
          f"{args.workers * sequential_cpu / big_run['cpu_ms']:.2f}x with {args.workers} workers "
          f"on an idle machine")  # fmt: skip
    growth = big_run["peak_mb"] / small_run["peak_mb"]
    vs_runner, vs_cli = big_run["rate"] * runner_each, big_run["rate"] * cli_each
    results = [
        (f"corpus >= {TARGET_VS_RUNNER:g}x the runner per article",
         vs_runner >= TARGET_VS_RUNNER, f"{vs_runner:,.0f}x"),
        ("corpus >= the CLI per article", vs_cli >= 1, f"{vs_cli:,.1f}x"),
        (f"{args.workers} workers >= {TARGET_VS_SEQUENTIAL}x one process",
         speedup >= TARGET_VS_SEQUENTIAL,
         f"{speedup:.2f}x, ratio of medians (the machine gave {machine:.2f}x; "
         f"idle-machine ceiling from CPU {args.workers * cpu_ratio:.2f}x)"),
        (f"peak memory {args.articles:,} within 20% of {args.small:,}",
         growth <= TARGET_MEMORY_GROWTH, f"{growth:.2f}x"),
        (f"notebook 05 <= {TARGET_NOTEBOOK_SECONDS:g} s",
         notebook_seconds <= TARGET_NOTEBOOK_SECONDS, f"{notebook_seconds:.1f} s"),
    ]  # fmt: skip
    for label, ok, value in results:
        print(f"{'PASS' if ok else 'MISS'}  {label}: {value}")
    return 1 if args.check and not all(ok for _, ok, _ in results) else 0


def build_texts(count: int, seed: int) -> list[str]:
    """News-like articles: real headlines and paragraphs, shuffled and perturbed."""
    rng = random.Random(seed)
    sources = [text for text in map(read_news, SOURCE_ARTICLES) if len(text.split()) > 150]
    headlines = [s.strip().split("\n", 1)[0] for s in sources]
    paragraphs = [p for s in sources for p in s.split("\n")[1:] if len(p.split()) > 8]
    texts = []
    for _ in range(count):
        body = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(5, 10)))
        texts.append("\n\n".join([rng.choice(headlines), *(perturb(p, rng) for p in body)]))
    return texts


def write_export(path: Path, texts: list[str]) -> Path:
    """A JSON Lines export: title, date, outlet, url, text per line."""
    start = date(2023, 1, 1)
    with path.open("w", encoding="utf-8") as handle:
        for n, text in enumerate(texts):
            row = {
                "id": f"article-{n:06d}",
                "title": text.split("\n", 1)[0],
                "date": (start + timedelta(days=(n * 7) % 730)).isoformat(),
                "outlet": OUTLETS[n % len(OUTLETS)],
                "url": f"https://news.example.org/{n}",
                "text": text,
            }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def run_corpus(export: Path, store: Path, args, env: dict) -> dict:
    """Run the corpus command; wall time, rate and peak memory of its process tree."""
    command = [sys.executable, "-m", "analysis", "corpus", str(export), "--out", str(store)]
    command += ["--workers", str(args.workers), "--batch-size", str(args.batch_size), "-q"]
    started = time.monotonic()
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    peak, cpu = watch_tree(process)
    output = process.communicate()[0]
    seconds = time.monotonic() - started
    if process.returncode != 0:
        raise SystemExit(f"corpus command failed ({process.returncode}): {output}")
    analysed = int(output.split(": ", 1)[1].split(" analysed")[0].replace(",", ""))
    files = len(list((store / "mentions").glob("*.parquet")))
    return {"seconds": seconds, "rate": analysed / seconds, "peak_mb": peak / 1e6,
            "cpu_ms": 1000 * cpu / max(analysed, 1), "files": files}  # fmt: skip


def watch_tree(process: subprocess.Popen) -> tuple[int, float]:
    """The peak summed resident memory of ``process`` and its descendants,
    and their CPU seconds (user + system, last seen of every process)."""
    import psutil

    peak, cpu = 0, {}
    root = psutil.Process(process.pid)
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            total = 0
            for member in tree:
                with contextlib.suppress(psutil.Error):
                    total += member.memory_info().rss
                    times = member.cpu_times()
                    cpu[member.pid] = times.user + times.system
            peak = max(peak, total)
        except psutil.Error:
            break
        time.sleep(0.2)
    return peak, sum(cpu.values())


def write_sample_files(folder: Path, texts: list[str], count: int) -> list[Path]:
    """``count`` articles of the corpus as text files (spread over it)."""
    folder.mkdir(parents=True, exist_ok=True)
    step = max(1, len(texts) // max(count, 1))
    paths = []
    for n in range(count):
        path = folder / f"sample-{n}.txt"
        path.write_text(texts[n * step] + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def runner_command(path: Path, out: Path) -> list[list[str]]:
    """(a): every notebook of one article, rendered by the runner."""
    return [[sys.executable, "-m", "analysis", "run", str(path), "--out", str(out), "-q"]]


def cli_commands(path: Path) -> list[list[str]]:
    """(b): the command line's three analyses of one article."""
    return [
        [sys.executable, "-m", "analysis", name, str(path), "--json"]
        for name in ("mentions", "money", "transfers")
    ]


def time_each(paths: list[Path], commands, env: dict) -> float:
    """Mean wall seconds per article of running ``commands(path)`` one after another."""
    started = time.monotonic()
    for path in paths:
        for command in commands(path):
            done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
            if done.returncode != 0:  # timed all the same: the run did the work, then failed
                lines = (done.stdout + done.stderr).strip().splitlines() or ["no output"]
                print(f"warning: {' '.join(command[1:4])} {path.name} exit {done.returncode}: "
                      f"{lines[-1]}")  # fmt: skip
    return (time.monotonic() - started) / len(paths)


def time_paired(texts: list[str], work: Path, args) -> dict:
    """(c) against the cluster, alternated: ``args.rounds`` rounds of the
    corpus build on ``texts`` in this process (``workers=0``), then on a warm
    local cluster of ``args.workers`` (the command's settings, started once,
    reached through its scheduler's address), each into a new store.

    ``{"one": ..., "cluster": ...}``, each with the median ``rate`` (articles
    per second), the ``rates`` of the rounds and the median ``cpu_ms`` per
    article (the cluster's: this process, client and scheduler, plus its
    workers).
    """
    import resource
    import statistics

    import dask
    from distributed import Client, LocalCluster

    from analysis.corpus import CorpusOptions, analyse_article, build_corpus
    from analysis.corpus.build import CLUSTER_CONFIG

    export = write_export(work / "paired.jsonl", texts)
    analyse_article({"article_id": "warm-up", "text": texts[0], "source": "warm-up"})
    runs: dict[str, dict[str, list]] = {"one": {"rates": [], "cpu": []},
                                        "cluster": {"rates": [], "cpu": []}}  # fmt: skip

    def cpu_seconds() -> float:
        used = resource.getrusage(resource.RUSAGE_SELF)
        return used.ru_utime + used.ru_stime

    with (
        dask.config.set(CLUSTER_CONFIG),
        LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address=None, silence_logs=40,
        ) as cluster,
        Client(cluster) as client,
    ):  # fmt: skip
        client.run(analyse_article, {"article_id": "w", "text": texts[0], "source": "w"})
        for round_ in range(args.rounds):
            for name in ("one", "cluster"):
                options = CorpusOptions(
                    [str(export)], work / f"paired-{name}-{round_}", batch_size=args.batch_size,
                    workers=0 if name == "one" else None,
                    scheduler="" if name == "one" else cluster.scheduler_address,
                )  # fmt: skip
                workers_before = sum(client.run(cpu_seconds).values())
                started, before = time.monotonic(), cpu_seconds()
                analysed = build_corpus(options).analysed
                seconds, cpu = time.monotonic() - started, cpu_seconds() - before
                if name == "cluster":
                    cpu += sum(client.run(cpu_seconds).values()) - workers_before
                runs[name]["rates"].append(analysed / seconds)
                runs[name]["cpu"].append(1000 * cpu / analysed)
    return {
        name: {"rate": statistics.median(run["rates"]), "rates": run["rates"],
               "cpu_ms": statistics.median(run["cpu"])}
        for name, run in runs.items()
    }  # fmt: skip


def _analyse_chunk(records: list[dict]) -> float:
    from analysis.corpus import analyse_batch

    started = time.monotonic()
    analyse_batch(records)
    return time.monotonic() - started


def time_machine(texts: list[str], workers: int, repeat: int = 3) -> float:
    """How much faster ``workers`` plain processes (no Dask, forked warm)
    analyse than one, now: the most the cluster can give on this machine
    under its current load (the median of ``repeat`` alternated runs)."""
    import multiprocessing
    import statistics

    from analysis.corpus import analyse_article

    records = [{"article_id": f"m{n}", "text": t, "source": f"m{n}"} for n, t in enumerate(texts)]
    analyse_article(records[0])  # warm before forking
    each = len(records) // (workers + 1)
    ratios = []
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for _ in range(repeat):
            one = each / _analyse_chunk(records[:each])
            started = time.monotonic()
            pool.map(
                _analyse_chunk, [records[(k + 1) * each : (k + 2) * each] for k in range(workers)]
            )
            ratios.append(workers * each / (time.monotonic() - started) / one)
    return statistics.median(ratios)


def time_queries(store: Path, env: dict) -> float:
    """Wall seconds of notebook 05's queries alone (connect and every query,
    in a fresh process, imports not counted): the rest of the notebook's
    time is the kernel, the charts and the page."""
    code = (
        "import time, sys; from analysis import corpus as c; c.connect_store; "
        "t = time.monotonic(); con = c.connect_store(sys.argv[1]); c.describe_store(con); "
        "a = c.top_entities(con, 'actor', 8); "
        "c.mentions_over_time(con, list(a['Name']), 'month'); "
        "w = c.top_entities(con, 'weapon', 8); "
        "c.mentions_over_time(con, list(w['Name']), 'month'); "
        "c.actor_pairs(con, 16); c.transfer_edges(con); c.claims_timeline(con, 8, []); "
        "c.money_promised(con, 16); c.read_problems(con); print(time.monotonic() - t)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(store)], env=env, cwd=ROOT, capture_output=True,
        text=True, check=True,
    )  # fmt: skip
    return float(done.stdout.strip().splitlines()[-1])


def time_notebook(store: Path, env: dict) -> float:
    """Wall seconds to render notebook 05 on ``store`` (in a fresh process)."""
    code = (
        "import time, sys; from analysis.runner import render_corpus_report; "
        "t = time.monotonic(); render_corpus_report(sys.argv[1]); print(time.monotonic() - t)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(store)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    sys.exit(main())
