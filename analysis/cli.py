"""Command line: ``python -m analysis COMMAND``.

Commands:

- ``run [ARTICLE ...]``: render the notebooks of each article to HTML reports;
- ``mentions ARTICLE``: actors and weapons the article mentions;
- ``money ARTICLE``: amounts of money and how totals are split;
- ``transfers ARTICLE``: arms transfers (who supplies what to whom);
- ``corpus INPUT... --out DIR``: many articles into one Parquet store, on Dask.

Every command prints one line ``error: <file>: <problem>`` and exits 2 on bad
input; no traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from analysis import config
from analysis.errors import AnalysisError
from analysis.runner import (
    RunOptions,
    load_parameter_file,
    merge_given,
    parse_parameter_options,
    render_reports,
)

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the chosen command; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped early: not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of every command."""
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_run_command(commands)
    for name, help_text, handler in (
        ("mentions", "actors and weapons the article mentions", handle_mentions),
        ("money", "amounts of money and how totals are split", handle_money),
        ("transfers", "arms transfers: who supplies what to whom", handle_transfers),
    ):
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("article", help="path of the article text file")
        sub.add_argument("--json", action="store_true", help="print JSON (the default is a table)")
        add_lexicon_options(sub)
        sub.set_defaults(handler=handler)
    add_corpus_command(commands)
    return parser


def add_lexicon_options(parser: argparse.ArgumentParser) -> None:
    """Options that replace or extend the default actor and weapon lexicons."""
    group = parser.add_argument_group("lexicons")
    group.add_argument("--actors", default="", metavar="CSV", help="replace data/actors.csv")
    group.add_argument("--weapons", default="", metavar="CSV", help="replace data/weapons.csv")
    group.add_argument(
        "--extra-actors",
        action="append",
        default=[],
        metavar="CSV",
        help="add the entries of another actors CSV (repeatable)",
    )
    group.add_argument(
        "--extra-weapons",
        action="append",
        default=[],
        metavar="CSV",
        help="add the entries of another weapons CSV (repeatable)",
    )


def add_run_command(commands: argparse._SubParsersAction) -> None:
    """The ``run`` command: articles -> notebooks -> HTML reports."""
    sub = commands.add_parser(
        "run",
        help="render the reports of articles (default: seeds/)",
        description=(
            "Run every notebook on every article and render offline HTML reports into "
            "reports/<article-id>/, with an overview at reports/index.html. Notebooks whose "
            "inputs did not change are skipped. Exit status: 0 all ok, 1 a notebook failed, "
            "2 bad input."
        ),
    )
    sub.add_argument("articles", nargs="*", help="article files (default: every file in seeds/)")
    sub.add_argument(
        "--notebooks",
        "-n",
        nargs="+",
        default=[],
        metavar="NAME",
        help="which notebooks to run: a name (01-tokenise), its number (01) or a path to "
        "any .ipynb file (default: all of notebooks/)",
    )
    sub.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="set a notebook parameter, typed like papermill's -p (True, None, 3, 0.5, text); "
        "given to every notebook that declares it",
    )
    sub.add_argument(
        "--params", metavar="FILE.yaml", default="", help="parameters from a YAML file (-p wins)"
    )
    sub.add_argument("--out", default="", metavar="DIR", help="output folder (default: reports/)")
    sub.add_argument(
        "--jobs", "-j", type=int, default=0, help="kernels side by side (default: one per core)"
    )
    sub.add_argument(
        "--no-code",
        action="store_true",
        help="write only the reader's page, not <notebook>.code.html with the code",
    )
    sub.add_argument("--force", action="store_true", help="re-run notebooks even if up to date")
    sub.add_argument(
        "--timeout", type=float, default=600, help="seconds a cell may run (default: 600)"
    )
    sub.add_argument("--quiet", "-q", action="store_true", help="print only failures")
    sub.set_defaults(handler=handle_run)


CORPUS_DESCRIPTION = (
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
        "corpus",
        help="analyse many articles into one Parquet store",
        description=CORPUS_DESCRIPTION,
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
    add_lexicon_options(sub)
    sub.set_defaults(handler=handle_corpus)


def handle_corpus(args: argparse.Namespace) -> int:
    """Build the store, print the summary; render the report if asked."""
    from analysis.corpus import CorpusOptions, build_corpus
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
        from analysis.runner import render_corpus_report

        page = render_corpus_report(Path(args.out), progress=say)
        print(f"{page}")
    return 0


def handle_run(args: argparse.Namespace) -> int:
    """The ``run`` command."""
    return run_from_args(args)


def handle_mentions(args: argparse.Namespace) -> int:
    from analysis.entities import mentions_summary

    return _print(args, mentions_summary, lexicons=True)


def handle_money(args: argparse.Namespace) -> int:
    from analysis.money import money_summary

    return _print(args, money_summary, lexicons=True)


def handle_transfers(args: argparse.Namespace) -> int:
    from analysis.transfers import transfers_summary

    return _print(args, transfers_summary, lexicons=True)


def _print(args: argparse.Namespace, summarise: Callable[..., dict], lexicons: bool) -> int:
    """Print ``summarise(article, ...)`` as JSON or as readable lines."""
    options = lexicon_arguments(args) if lexicons else {}
    summary = summarise(args.article, **options)
    if args.json:
        json.dump(summary, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print_summary(summary)
    return 0


def lexicon_arguments(args: argparse.Namespace) -> dict:
    """Return the lexicon keyword arguments shared by the analysis summaries."""
    return {
        "actors": args.actors,
        "weapons": args.weapons,
        "extra_actors": tuple(args.extra_actors),
        "extra_weapons": tuple(args.extra_weapons),
    }


def print_summary(summary: dict) -> None:
    """Print a summary dict as a heading per list and one line per row."""
    for key, value in summary.items():
        if isinstance(value, list):
            print(f"{key} ({len(value)}):")
            for row in value:
                print("  " + _one_line(row))
        else:
            print(f"{key}: {value}")


def _one_line(row: object) -> str:
    if isinstance(row, dict):
        return "; ".join(f"{k}={_short(v)}" for k, v in row.items() if v not in (None, "", []))
    return str(row)


def _short(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else str(value)
    return text if len(text) <= 80 else text[:77] + "..."


def run_from_args(args: argparse.Namespace) -> int:
    """The ``run`` command: print progress, return 0, or 1 if a notebook failed."""
    options = options_from_args(args)
    printer = ProgressPrinter(quiet=getattr(args, "quiet", False))
    summary = render_reports(options, progress=printer)
    printer.line(f"{summary.index}: {summary.counts()}")
    return EXIT_FAILED if summary.failed else EXIT_OK


def options_from_args(args: argparse.Namespace) -> RunOptions:
    """Turn parsed command-line arguments into ``RunOptions``."""
    from_file = load_parameter_file(args.params) if args.params else []
    given = merge_given(from_file, parse_parameter_options(args.parameter))
    return RunOptions(
        articles=list(args.articles),
        notebooks=list(args.notebooks),
        parameters=given,
        out_dir=Path(args.out) if args.out else config.REPORTS_DIR,
        jobs=args.jobs,
        no_code=args.no_code,
        force=args.force,
        timeout=args.timeout,
    )


class ProgressPrinter:
    """Prints one line per event (from any thread) to standard output."""

    def __init__(self, quiet: bool = False):
        self.quiet = quiet
        self._lock = threading.Lock()

    def __call__(self, event: str, label: str, message: str) -> None:
        if self.quiet and event not in ("failed", "wait"):
            return
        self.line(f"{label}: {message}" if label else message)

    def line(self, text: str) -> None:
        """Print one line now."""
        with self._lock:
            print(text, flush=True)
