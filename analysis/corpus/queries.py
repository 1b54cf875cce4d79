"""Queries: questions across the articles of a store, in SQL run by DuckDB.

``connect_store(folder, start, end)`` opens an in-memory DuckDB database
whose views (``articles``, ``mentions``, ``amounts``, ``splits``,
``transfers``, ``problems``) read the store's live Parquet files (those the
manifest lists), keeping the articles dated within ``start``..``end`` when a
range is given. Every other function runs one query and returns a small
pandas DataFrame: the corpus itself is never loaded into memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd

from analysis import config
from analysis.corpus.schema import SCHEMAS, TABLES
from analysis.corpus.store import MANIFEST, read_manifest
from analysis.errors import CorpusError

__all__ = [
    "actor_pairs",
    "claims_timeline",
    "connect_store",
    "describe_store",
    "mentions_over_time",
    "money_promised",
    "read_problems",
    "resolve_store",
    "top_entities",
    "transfer_edges",
]

#: A party's name on the network: its country when it has one (a ministry or
#: an army is its country), else the actor as named.
_SUPPLIER = "coalesce(nullif(supplier_country, ''), supplier)"
_RECIPIENT = "coalesce(nullif(recipient_country, ''), recipient)"
#: Parties the extraction could not name.
UNKNOWN_PARTY = "(not stated)"


def resolve_store(corpus: str | Path = "") -> Path:
    """The store folder a notebook parameter names: empty means ``corpus/``
    in the project; a relative path is taken from the working directory if
    it exists there, else from the project root."""
    if not str(corpus):
        return config.PROJECT_ROOT / "corpus"
    path = Path(corpus).expanduser()
    if path.is_absolute() or path.exists():
        return path
    return config.PROJECT_ROOT / path


def connect_store(folder: str | Path, start: str = "", end: str = "") -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with one view per table of the store at ``folder``.

    ``start`` and ``end`` (ISO dates, inclusive, either may be empty) keep
    only the articles dated in that range; undated articles are then left out.
    """
    folder = Path(folder)
    if not (folder / MANIFEST).is_file():
        raise CorpusError(folder, f"is not a corpus store (no {MANIFEST}): build it first")
    parts = sorted(read_manifest(folder).get("parts", {}))  # another format fails here
    con = duckdb.connect()
    con.execute("SET parquet_metadata_cache = true")  # each file's footer read once, not per query
    for name in TABLES:
        files = [str(folder / name / f"{part}.parquet") for part in parts]
        if files:
            listed = ", ".join(_quote(f) for f in files)
            con.execute(f"CREATE VIEW all_{name} AS SELECT * FROM read_parquet([{listed}])")
        else:
            con.register(f"empty_{name}", SCHEMAS[name].empty_table())
            con.execute(f"CREATE VIEW all_{name} AS SELECT * FROM empty_{name}")
        con.execute(
            f"CREATE VIEW {name} AS SELECT * FROM all_{name} {_date_filter(name, start, end)}"
        )
    return con


def _date_filter(name: str, start: str, end: str) -> str:
    if name == "problems":  # an unreadable input has no date: always shown
        return ""
    clauses = []
    for bound, operator in ((start, ">="), (end, "<=")):
        if str(bound or ""):
            try:
                day = date.fromisoformat(str(bound))
            except ValueError:
                raise CorpusError(bound, "is not a date (write it as YYYY-MM-DD)") from None
            clauses.append(f"date {operator} DATE '{day.isoformat()}'")
    return "WHERE " + " AND ".join(clauses) if clauses else ""


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def describe_store(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """One row: articles, dated articles, outlets, first and last date, problems."""
    return con.sql(
        """
        SELECT count(*) AS "Articles", count(date) AS "Dated articles",
               count(DISTINCT nullif(outlet, '')) AS "Outlets",
               min(date) AS "First date", max(date) AS "Last date",
               (SELECT count(*) FROM problems) AS "Inputs not read"
        FROM articles
        """
    ).df()


def top_entities(
    con: duckdb.DuckDBPyConnection, kind: str, n: int = 10, names: Sequence[str] = ()
) -> pd.DataFrame:
    """The ``n`` actors or weapons (``kind``) named in most articles, or the
    ``names`` given: name, articles, mentions, outlets."""
    chosen, values = _names_clause(names)
    return con.execute(
        f"""
        SELECT name AS "Name", count(DISTINCT article_id) AS "Articles",
               count(*) AS "Mentions", count(DISTINCT nullif(outlet, '')) AS "Outlets"
        FROM mentions WHERE kind = ? {chosen}
        GROUP BY name ORDER BY "Articles" DESC, "Mentions" DESC, name LIMIT ?
        """,
        [kind, *values, n],
    ).df()


def mentions_over_time(
    con: duckdb.DuckDBPyConnection, names: Sequence[str], period: str = "month"
) -> pd.DataFrame:
    """Mentions of each of ``names`` per ``period`` (day, week, month, year)
    of the dated articles: period, name, mentions, articles."""
    if period not in ("day", "week", "month", "year"):
        raise CorpusError("period", f"must be day, week, month or year, not {period!r}")
    chosen, values = _names_clause(names)
    return con.execute(
        f"""
        SELECT date_trunc('{period}', date) AS "Period", name AS "Name",
               count(*) AS "Mentions", count(DISTINCT article_id) AS "Articles"
        FROM mentions WHERE date IS NOT NULL {chosen}
        GROUP BY ALL ORDER BY "Period", "Name"
        """,
        values,
    ).df()


def actor_pairs(con: duckdb.DuckDBPyConnection, n: int = 15) -> pd.DataFrame:
    """Pairs of actors named in the same article, by how many articles do so:
    the two actors, articles, outlets, and sentences naming both."""
    # Each pair is counted per article first, from one row per article and
    # actor (an article has one outlet), so no count(DISTINCT) runs over the
    # pair rows, the largest table here (actors per article, squared).
    return con.execute(
        """
        WITH named AS MATERIALIZED (
            SELECT DISTINCT article_id, outlet, name, sentence_number
            FROM mentions WHERE kind = 'actor'
        ),
        per_article AS MATERIALIZED (
            SELECT article_id, name, any_value(nullif(outlet, '')) AS outlet
            FROM named GROUP BY article_id, name
        ),
        pairs AS (
            SELECT a.name AS first, b.name AS second, count(*) AS articles,
                   count(DISTINCT a.outlet) AS outlets
            FROM per_article a JOIN per_article b
              ON a.article_id = b.article_id AND a.name < b.name
            GROUP BY ALL
            HAVING count(*) > 1
        ),
        together AS (
            SELECT a.name AS first, b.name AS second, count(*) AS sentences
            FROM named a JOIN named b
              ON a.article_id = b.article_id AND a.sentence_number = b.sentence_number
             AND a.name < b.name
            GROUP BY ALL
        )
        SELECT p.first AS "Actor", p.second AS "Named with", p.articles AS "Articles",
               p.outlets AS "Outlets", coalesce(t.sentences, 0) AS "Sentences naming both"
        FROM pairs p LEFT JOIN together t ON p.first = t.first AND p.second = t.second
        ORDER BY "Articles" DESC, "Sentences naming both" DESC, "Actor", "Named with"
        LIMIT ?
        """,
        [n],
    ).df()


def transfer_edges(con: duckdb.DuckDBPyConnection, known_only: bool = True) -> pd.DataFrame:
    """The transfer network: one row per supplier -> recipient (countries
    where known), weighted by the articles and outlets that report it, with
    its items, statuses and first and last date."""
    known = (
        f"WHERE {_SUPPLIER} <> '{UNKNOWN_PARTY}' AND {_RECIPIENT} <> '{UNKNOWN_PARTY}'"
        if known_only
        else ""
    )
    return con.sql(
        f"""
        SELECT {_SUPPLIER} AS supplier, {_RECIPIENT} AS recipient,
               count(DISTINCT article_id) AS articles,
               count(DISTINCT nullif(outlet, '')) AS outlets,
               count(*) AS claims,
               string_agg(DISTINCT item, '; ' ORDER BY item) AS items,
               string_agg(DISTINCT status, '; ' ORDER BY status) AS statuses,
               min(date) AS first_date, max(date) AS last_date
        FROM transfers {known}
        GROUP BY ALL ORDER BY articles DESC, claims DESC, supplier, recipient
        """
    ).df()


def claims_timeline(
    con: duckdb.DuckDBPyConnection, pairs: int = 10, names: Sequence[str] = ()
) -> pd.DataFrame:
    """How each of the ``pairs`` supplier -> recipient -> item claims most
    reported (or those naming one of ``names``) moved: one row per claim and
    status, in the order the statuses first appeared, with the first article
    that gave it (date, outlet, who says so, the sentence), the last date and
    how many articles gave it. The table stays short however many articles
    repeat a claim."""
    chosen = ""
    values: list = []
    if names:
        marks = ", ".join("?" for _ in names)
        chosen = f"AND (supplier IN ({marks}) OR recipient IN ({marks}) OR item IN ({marks}))"
        values = [*names, *names, *names]
    return con.execute(
        f"""
        WITH claims AS (
            SELECT {_SUPPLIER} AS supplier, {_RECIPIENT} AS recipient, item, date, outlet,
                   status, hedges, attributed_to, article_id, sentence, start
            FROM transfers
            WHERE {_SUPPLIER} <> '{UNKNOWN_PARTY}' AND {_RECIPIENT} <> '{UNKNOWN_PARTY}'
        ),
        ranked AS (
            SELECT supplier, recipient, item, count(DISTINCT article_id) AS articles
            FROM claims WHERE true {chosen}
            GROUP BY ALL ORDER BY articles DESC, supplier, recipient, item LIMIT ?
        ),
        numbered AS (
            SELECT c.*, r.articles AS claim_articles,
                   row_number() OVER (
                       PARTITION BY c.supplier, c.recipient, c.item, c.status
                       ORDER BY c.date NULLS LAST, c.article_id, c.start
                   ) AS n,
                   count(DISTINCT c.article_id) OVER (
                       PARTITION BY c.supplier, c.recipient, c.item, c.status
                   ) AS status_articles,
                   max(c.date) OVER (
                       PARTITION BY c.supplier, c.recipient, c.item, c.status
                   ) AS last_date
            FROM claims c JOIN ranked r USING (supplier, recipient, item)
        )
        SELECT supplier || ' → ' || recipient || ': ' || item AS "Claim",
               status AS "Status", date AS "First date", last_date AS "Last date",
               status_articles AS "Articles", nullif(outlet, '') AS "First outlet",
               nullif(hedges, '') AS "Hedges", nullif(attributed_to, '') AS "According to",
               article_id AS "First article", sentence AS "Sentence"
        FROM numbered WHERE n = 1
        ORDER BY claim_articles DESC, "Claim", date NULLS LAST, status
        """,
        [*values, pairs],
    ).df()


def money_promised(con: duckdb.DuckDBPyConnection, n: int = 15) -> pd.DataFrame:
    """Money each recipient is given in the splits of totals, across articles:
    recipient, currency, articles, largest figure, and the sum over articles
    (the same pledge reported twice is counted twice in the sum)."""
    return con.execute(
        """
        SELECT recipient AS "Recipient", currency AS "Currency",
               count(DISTINCT article_id) AS "Articles",
               count(DISTINCT nullif(outlet, '')) AS "Outlets",
               max(value) AS "Largest figure", sum(value) AS "Sum over articles",
               min(date) AS "First date", max(date) AS "Last date"
        FROM splits
        WHERE kind = 'part' AND value IS NOT NULL AND coalesce(recipient, '') <> ''
        GROUP BY ALL ORDER BY "Largest figure" DESC NULLS LAST LIMIT ?
        """,
        [n],
    ).df()


def read_problems(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The inputs that gave no article or no analysis, and why."""
    return con.sql(
        """
        SELECT source AS "Input", stage AS "Stage", problem AS "Problem"
        FROM problems ORDER BY source
        """
    ).df()


def _names_clause(names: Sequence[str]) -> tuple[str, list]:
    if not names:
        return "", []
    return f"AND name IN ({', '.join('?' for _ in names)})", list(names)
