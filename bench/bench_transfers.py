"""Benchmark: the whole transfer pass per article, against a baseline in the same run.

For every seed and test article (the typical articles the project reads),
after one warm-up pass (the lexicons, the word dictionary and the frames
load once per process), measures on one core (CPU time of this process),
best of ``--repeat`` runs:

1. the transfer pass as ``find_transfers`` runs it once the article is read
   and matched: sources and attribution, the choice of sentences that can
   hold a transfer, their grammatical parse, the frames, the rows and the
   references across sentences (``extract_from_article``), in ms per article;
2. the baseline: the steps before it on the same article (sentences and
   lexicon matching), in ms per article, and the ratio of (1) to it.

Target (issue 12): the transfer pass stays under 10 ms per typical article.
The numbers are printed; ``--check`` makes a missed target exit 1.

    python bench/bench_transfers.py [--repeat 5] [--check]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import config  # noqa: E402
from analysis.entities import load_lexicons, match_text  # noqa: E402
from analysis.text import load_article, split_sentences  # noqa: E402
from analysis.transfers import extract_from_article  # noqa: E402

TARGET_MS = 10.0
ARTICLES = [*config.seed_articles(), *sorted((ROOT / "tests" / "fixtures").glob("*.txt"))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    lexicons = load_lexicons()
    names = lexicons.country_names()
    articles = []
    for path in ARTICLES:
        try:
            articles.append(load_article(path))
        except Exception:  # noqa: BLE001 - the bad-input fixtures are not articles
            continue
    prepared = [(a, split_sentences(a), match_text(a.text, lexicons)) for a in articles]
    for article, sentences, mentions in prepared:  # warm-up: dictionaries and frames load
        extract_from_article(article, sentences, mentions, names)

    def baseline() -> None:
        for article in articles:
            match_text(article.text, lexicons)
            split_sentences(article)

    def transfers() -> None:
        for article, sentences, mentions in prepared:
            extract_from_article(article, sentences, mentions, names)

    base_ms = best_ms(baseline, args.repeat) / len(articles)
    pass_ms = best_ms(transfers, args.repeat) / len(articles)
    print(f"articles: {len(articles)} (seed and test fixtures)")
    print(f"baseline (sentences + lexicon matching): {base_ms:.2f} ms per article")
    print(f"transfer pass (extract_from_article):    {pass_ms:.2f} ms per article "
          f"({pass_ms / base_ms:.1f}x the baseline; target < {TARGET_MS:.0f} ms)")  # fmt: skip
    return 1 if args.check and pass_ms >= TARGET_MS else 0


def best_ms(step, repeat: int) -> float:
    """Return the best CPU time of ``step`` over ``repeat`` runs, in milliseconds."""
    times = []
    for _ in range(max(1, repeat)):
        start = time.process_time()
        step()
        times.append((time.process_time() - start) * 1000)
    return min(times)


if __name__ == "__main__":
    sys.exit(main())
