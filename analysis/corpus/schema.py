"""Schema: the tables of a corpus store, their columns and Arrow types.

Every table has ``article_id``, ``date`` and ``outlet`` so it can be read on
its own; every finding has its ``sentence`` (text and number) and its
``start``/``end`` offsets into the article's text, so any row can be traced
back to the words it came from.

- ``articles``: one row per article: where it came from, its metadata, how
  many rows of each table it gave, and its text (every offset points into it);
- ``mentions``: one row per actor or weapon mention (``analysis.mentions``);
- ``amounts``: one row per amount of money (``analysis.money``);
- ``splits``: one row per total split into parts, per part and per
  not-itemised remainder (``analysis.allocations``);
- ``transfers``: one row per item moving from a supplier to a recipient
  (``analysis.transfers``);
- ``problems``: one row per input that gave no article, or whose analysis
  failed, and why.
"""

from __future__ import annotations

import pyarrow as pa

__all__ = ["SCHEMAS", "TABLES", "empty_table", "to_table"]

_S, _I, _F, _B, _D = pa.string(), pa.int64(), pa.float64(), pa.bool_(), pa.date32()
_KEY = [("article_id", _S), ("date", _D), ("outlet", _S)]
_WHERE = [("sentence_number", _I), ("sentence", _S), ("start", _I), ("end", _I)]

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        _KEY
        + [("title", _S), ("url", _S), ("language", _S), ("source", _S), ("extra", _S)]
        + [("sha256", _S), ("chars", _I), ("sentences", _I), ("mentions", _I)]
        + [("amounts", _I), ("splits", _I), ("transfers", _I), ("text", _S)]
    ),
    "mentions": pa.schema(
        _KEY
        + [("kind", _S), ("name", _S), ("type", _S), ("weapon_class", _S), ("country", _S)]
        + [("form", _S), ("section", _S)]
        + _WHERE
    ),
    "amounts": pa.schema(
        _KEY
        + [("text", _S), ("value", _F), ("currency", _S), ("qualifier", _S), ("low", _F)]
        + [("high", _F), ("rate", _S), ("conversion", _B)]
        + _WHERE
    ),
    "splits": pa.schema(
        _KEY
        + [("split", _I), ("total_text", _S), ("total_value", _F), ("currency", _S)]
        + [("kind", _S), ("recipient", _S), ("recipient_text", _S), ("amount_text", _S)]
        + [("value", _F), ("qualifier", _S), ("share", _F)]
        + _WHERE
    ),
    "transfers": pa.schema(
        _KEY
        + [("supplier", _S), ("supplier_country", _S), ("recipient", _S)]
        + [("recipient_country", _S), ("directed_by", _S), ("item", _S), ("item_text", _S)]
        + [("category", _S), ("status", _S), ("hedges", _S), ("attributed_to", _S)]
        + [("according_to", _S), ("denied_by", _S), ("cue", _S), ("item_start", _I)]
        + [("item_end", _I), ("supplier_text", _S), ("recipient_text", _S)]
        + _WHERE
    ),
    "problems": pa.schema(_KEY + [("source", _S), ("stage", _S), ("problem", _S)] + _WHERE),
}
TABLES = tuple(SCHEMAS)


def to_table(name: str, rows: list[dict]) -> pa.Table:
    """Rows (dicts keyed by column) as an Arrow table of ``SCHEMAS[name]``;
    missing keys are nulls, and a ``date`` is an ISO string or empty.

    >>> to_table("problems", [{"article_id": "a", "date": "2024-03-05"}]).column("date")[0]
    <pyarrow.Date32Scalar: datetime.date(2024, 3, 5)>
    """
    schema = SCHEMAS[name]
    columns = {}
    for field in schema:
        values = [row.get(field.name) for row in rows]
        if field.name == "date":
            values = [_date(v) for v in values]
        columns[field.name] = pa.array(values, type=field.type)
    return pa.table(columns, schema=schema)


def empty_table(name: str) -> pa.Table:
    """An empty table of ``SCHEMAS[name]``."""
    return SCHEMAS[name].empty_table()


def _date(value):
    if value is None or value == "":
        return None
    if isinstance(value, str):
        import datetime

        return datetime.date.fromisoformat(value)
    return value
