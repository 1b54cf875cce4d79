"""Extract: one article in, the rows of every corpus table out.

The one module that calls the package's analysis (mentions, amounts, splits,
transfers), so a change of the package's layout is fixed here only.
``analyse_batch`` is the work of a Dask task (``build.analyse_parts``): a
batch of article records (plain dicts, cheap to send) -> one Arrow table per
store table. Each article's lexicon mentions are found once and the entities'
second pass over them runs once (the transfers take its rows). An article
whose analysis raises is a ``problems`` row (stage ``analyse``), never a
failed batch.

``analysis_fingerprint`` names everything the rows depend on besides the
article: the code of the analysis modules and the data files (lexicons,
word lists). A store re-analyses an article when its fingerprint changes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from pathlib import Path

from analysis import config
from analysis.corpus.schema import TABLES, to_table
from analysis.entities import discover_rows, find_mention_rows, load_lexicons
from analysis.money import find_allocations, find_amounts, lexicon_namer
from analysis.text import SentenceLocator, article_from_text, split_sentences
from analysis.transfers import find_transfers

__all__ = ["LEXICON_OPTIONS", "analyse_article", "analyse_batch", "analysis_fingerprint"]

#: Lexicon options of ``load_lexicons`` a corpus run may set.
LEXICON_OPTIONS = ("actors", "weapons", "extra_actors", "extra_weapons")
_META = ("article_id", "date", "outlet")


def analyse_batch(records: Iterable[Mapping], lexicon_options: Mapping | None = None) -> dict:
    """Analyse a batch of article records; ``{table: pyarrow.Table}``.

    A record has ``article_id, source, text, title, date, outlet, url,
    language, extra, sha256``, or ``problem`` (an input that gave no
    article: it becomes a ``problems`` row).
    """
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for record in records:
        for name, found in analyse_article(record, lexicon_options).items():
            rows[name].extend(found)
    return {name: to_table(name, found) for name, found in rows.items()}


def analyse_article(record: Mapping, lexicon_options: Mapping | None = None) -> dict:
    """The rows of one article record: ``{table: [row dict, ...]}``."""
    meta = {key: record.get(key) or "" for key in _META}
    if record.get("problem"):
        return {"problems": [problem_row(record, "read", record["problem"])]}
    try:
        return _analyse(record, meta, dict(lexicon_options or {}))
    except Exception as exc:  # noqa: BLE001 (one article's failure is a row, not a crash)
        return {"problems": [problem_row(record, "analyse", f"{type(exc).__name__}: {exc}")]}


def _analyse(record: Mapping, meta: dict, lexicon_options: dict) -> dict:
    article = article_from_text(record["text"], record["article_id"])
    sentences = split_sentences(article)
    chosen = {k: v for k, v in lexicon_options.items() if v}
    lexicons = load_lexicons(**chosen)
    # the lexicon's mentions (the mentions table), then the entities' second
    # pass over them, which the transfers read: each done once per article
    mentions = find_mention_rows(article, lexicons, sentences)
    second_pass = discover_rows(article, sentences, list(mentions), lexicons)
    amounts = find_amounts(article.text)
    allocations = find_allocations(article, name_recipient=lexicon_namer(**chosen), amounts=amounts)
    transfers = find_transfers(article, lexicons, sentences, mentions=second_pass)
    where = _Locator(sentences)
    tables = {
        "mentions": [
            {
                **meta,
                **_lexicon_fields(row),
                **where.sentence(row.start),
                "sentence_number": row.sentence,
            }
            for row in mentions
        ],  # fmt: skip
        "amounts": [
            {
                **meta,
                "text": a.text,
                "value": a.value,
                "currency": a.currency,
                "qualifier": a.qualifier,
                "low": a.low,
                "high": a.high,
                "rate": a.rate,
                "conversion": a.conversion,
                "start": a.start,
                "end": a.end,
                **where.sentence(a.start),
            }
            for a in amounts
        ],  # fmt: skip
        "splits": split_rows(allocations, meta, where),
        "transfers": [{**meta, **row} for row in frame_records(transfers)],
    }
    counts = {name: len(found) for name, found in tables.items()}
    tables["articles"] = [
        {
            **meta,
            **{k: record.get(k) or "" for k in ("title", "url", "language", "source", "sha256")},
            "extra": json.dumps(record.get("extra") or {}, ensure_ascii=False, sort_keys=True),
            "chars": len(article.text),
            "sentences": len(sentences),
            **counts,
            "text": article.text,
        }
    ]
    return tables


def split_rows(allocations, meta: dict, where: _Locator) -> list[dict]:
    """One ``splits`` row per total, per part and per not-itemised remainder."""
    rows = []
    for number, allocation in enumerate(allocations, 1):
        total = allocation.total
        base = {**meta, "split": number, "total_text": total.text, "total_value": total.value,
                "currency": allocation.currency}  # fmt: skip
        rows.append({**base, "kind": "total", "amount_text": total.text, "value": total.value,
                     "qualifier": total.qualifier, "share": 100.0, "start": total.start,
                     "end": total.end, **where.sentence(total.start)})  # fmt: skip
        for part in allocation.parts:
            rows.append({**base, "kind": "part", "recipient": part.recipient,
                         "recipient_text": part.recipient_text, "amount_text": part.amount.text,
                         "value": part.amount.value, "qualifier": part.amount.qualifier,
                         "share": _share(part.amount.value, total.value), "start": part.start,
                         "end": part.end, **where.sentence(part.start)})  # fmt: skip
        rest = allocation.remainder
        if rest.value is not None and rest.value > 0:
            rows.append({**base, "kind": "remainder", "recipient": "not itemised",
                         "value": rest.value, "qualifier": rest.qualifier,
                         "share": _share(rest.value, total.value), "start": allocation.start,
                         "end": allocation.end, **where.sentence(allocation.start)})  # fmt: skip
    return rows


def frame_records(frame) -> list[dict]:
    """The rows of a DataFrame as plain dicts (column -> Python value): what
    ``frame.to_dict(orient="records")`` gives, without its per-cell cost.

    >>> import pandas as pd
    >>> frame_records(pd.DataFrame({"item": ["howitzer", "drone"], "start": [4, 30]}))
    [{'item': 'howitzer', 'start': 4}, {'item': 'drone', 'start': 30}]
    """
    columns = [str(name) for name in frame.columns]
    values = [frame[name].tolist() for name in frame.columns]
    return [dict(zip(columns, row, strict=True)) for row in zip(*values, strict=True)]


def _lexicon_fields(row) -> dict:
    """A lexicon mention row's fields (those of ``find_mentions``' table)."""
    return {name: getattr(row, name) for name in _MENTION_FIELDS}


_MENTION_FIELDS = (
    "kind",
    "name",
    "type",
    "weapon_class",
    "country",
    "form",
    "section",
    "start",
    "end",
)


def problem_row(record: Mapping, stage: str, problem: str) -> dict:
    """The ``problems`` row of a record that gave no article or no analysis."""
    return {key: record.get(key) or "" for key in _META} | {
        "source": record.get("source") or "",
        "stage": stage,
        "problem": problem,
    }


class _Locator:
    """The sentence (number and text) holding an offset, as row fields."""

    def __init__(self, sentences):
        self.locate = SentenceLocator(sentences)

    def sentence(self, offset: int) -> dict:
        found = self.locate(offset)
        if found is None:
            return {"sentence_number": None, "sentence": ""}
        return {"sentence_number": found.number, "sentence": found.text}


def _share(value, total) -> float | None:
    return round(100.0 * value / total, 2) if value is not None and total else None


def analysis_fingerprint(lexicon_options: Mapping | None = None) -> str:
    """A digest of the analysis code, the data files and the lexicons given.

    Any change to a module the analysis imports (found by reading the import
    statements from ``ANALYSIS_MODULES`` on), to a file in ``data/`` or to a
    lexicon file named in ``lexicon_options`` changes it.
    """
    digest = hashlib.sha256()
    for path in analysis_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    files = sorted(p for p in config.DATA_DIR.rglob("*") if p.is_file())
    for option in LEXICON_OPTIONS:
        value = (lexicon_options or {}).get(option) or ()
        for given in [value] if isinstance(value, str | Path) else value:
            files.append(config.resolve_data_file(given, config.DATA_DIR / "none"))
    for path in files:
        digest.update(str(path.name).encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"(missing)")
    return digest.hexdigest()[:16]


#: The modules this one calls into; the fingerprint follows their imports.
ANALYSIS_MODULES = ("entities", "money", "text", "transfers")


def analysis_files() -> list[Path]:
    """The source files of ``ANALYSIS_MODULES`` and every ``analysis`` module
    they import, directly or not (read from their import statements)."""
    import ast

    seen: dict[str, Path] = {}
    todo = [f"analysis.{name}" for name in ANALYSIS_MODULES]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        base = config.PROJECT_ROOT.joinpath(*name.split("."))
        path = next(
            (p for p in (base.with_suffix(".py"), base / "__init__.py") if p.is_file()), None
        )
        if path is None:
            continue  # a name imported from a module, not a module
        seen[name] = path
        tree = ast.parse(seen[name].read_bytes())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                if node.module.startswith("analysis"):
                    todo.append(node.module)
                    todo.extend(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                todo.extend(a.name for a in node.names if a.name.startswith("analysis."))
    return [seen[name] for name in sorted(seen)]
