"""Command: ``python -m analysis corpus INPUT... --out corpus/``.

The parser of the ``corpus`` command and its handler; progress lines go to
standard error, the summary line to standard output. Nothing heavy (Dask,
Arrow) is imported until the command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

__all__ = ["add_corpus_command", "run_corpus"]

DESCRIPTION = (
    "Analyse every article of the inputs (text files, saved web pages, CSV/TSV/JSONL tables "
    "with one article per row, folders read recursively, files of web addresses) and write "
    "Parquet tables (articles, mentions, amounts, splits, transfers, problems) into the store "
    "folder. Articles already analysed by the same analysis are skipped; a killed run is "
    "finished by the next one. The work runs on Dask: a local cluster on this machine's "
    "cores, or the cluster whose scheduler --scheduler names. Exit status: 0 done "
    "(unreadable inputs are listed in the problems table), 2 bad input."
)
COLUMN_FIELDS = ("text", "title", "date", "outlet", "url", "language", "id")


def add_corpus_command(commands: argparse._SubParsersAction) -> None:
    """Add the ``corpus`` command to the CLI's sub-commands."""
    sub = commands.add_parser(
        "corpus", help="analyse many articles into one Parquet store", description=DESCRIPTION
    )
    sub.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or web addresses")
    sub.add_argument(
        "--out", default="corpus", metavar="DIR", help="store folder (default: corpus)"
    )
    sub.add_argument(
        "--scheduler",
        default="",
        metavar="ADDRESS",
        help="a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (default: a local cluster)",
    )
    sub.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="local cluster workers (default: one per core; 0: no Dask, this process only)",
    )
    sub.add_argument("--batch-size", type=int, default=20, metavar="N", help="articles per task")
    for name in COLUMN_FIELDS:
        sub.add_argument(
            f"--{name}-column",
            default="",
            metavar="NAME",
            help=f"table column holding the {name} (default: a usual name, e.g. {name})",
        )
    sub.add_argument(
        "--fetch-interval",
        type=float,
        default=1.0,
        metavar="S",
        help="seconds between two requests to one web host (default: 1)",
    )
    sub.add_argument(
        "--report",
        action="store_true",
        help="also render notebooks/05-corpus.ipynb on the store to <DIR>/report/",
    )
    sub.add_argument("--quiet", "-q", action="store_true", help="no progress lines")
    from analysis.cli import add_lexicon_options

    add_lexicon_options(sub)
    sub.set_defaults(handler=run_corpus)


def run_corpus(args: argparse.Namespace) -> int:
    """Build the store, print the summary; render the report if asked."""
    from analysis.corpus.build import CorpusOptions, build_corpus
    from analysis.sources import TableColumns

    options = CorpusOptions(
        inputs=list(args.inputs),
        out=Path(args.out),
        scheduler=args.scheduler,
        workers=args.workers,
        batch_size=args.batch_size,
        columns=TableColumns(**{name: getattr(args, f"{name}_column") for name in COLUMN_FIELDS}),
        lexicons={
            "actors": args.actors,
            "weapons": args.weapons,
            "extra_actors": tuple(args.extra_actors),
            "extra_weapons": tuple(args.extra_weapons),
        },
        fetch_interval=args.fetch_interval,
    )
    say = (lambda line: None) if args.quiet else (lambda line: print(line, file=sys.stderr))
    summary = build_corpus(options, progress=say)
    print(f"{summary.store}: {summary.counts()}")
    if args.report:
        from analysis.corpus.report import render_corpus_report

        page = render_corpus_report(Path(args.out), progress=say)
        print(f"{page}")
    return 0
