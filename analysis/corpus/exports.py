"""Exports: the corpus transfer network as GraphML and as an edge list.

GraphML (read by Gephi, yEd, networkx, igraph) is written with the standard
library's XML writer; the edge list is a tidy CSV.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

import pandas as pd

from analysis.files import write_atomic

__all__ = ["EDGE_ATTRIBUTES", "graphml_text", "write_edge_list", "write_graphml"]

#: Edge column -> GraphML type.
EDGE_ATTRIBUTES = {
    "articles": "int",
    "outlets": "int",
    "claims": "int",
    "items": "string",
    "statuses": "string",
    "first_date": "string",
    "last_date": "string",
}
_NS = "http://graphml.graphdrawing.org/xmlns"


def graphml_text(edges: pd.DataFrame) -> str:
    """The edges (``transfer_edges``) as a directed GraphML document.

    >>> edges = pd.DataFrame([{"supplier": "A", "recipient": "B", "articles": 2, "outlets": 1,
    ...                        "claims": 3, "items": "drone", "statuses": "delivered",
    ...                        "first_date": None, "last_date": None}])
    >>> '<edge source="A" target="B">' in graphml_text(edges)
    True
    """
    ET.register_namespace("", _NS)
    root = ET.Element(f"{{{_NS}}}graphml")
    for name, kind in EDGE_ATTRIBUTES.items():
        ET.SubElement(
            root, f"{{{_NS}}}key", id=name, attrib={"for": "edge", "attr.name": name,
                                                     "attr.type": kind}
        )  # fmt: skip
    graph = ET.SubElement(root, f"{{{_NS}}}graph", id="transfers", edgedefault="directed")
    nodes = list(dict.fromkeys([*edges.get("supplier", []), *edges.get("recipient", [])]))
    for node in nodes:
        ET.SubElement(graph, f"{{{_NS}}}node", id=str(node))
    for row in edges.to_dict(orient="records"):
        edge = ET.SubElement(
            graph, f"{{{_NS}}}edge", source=str(row["supplier"]), target=str(row["recipient"])
        )
        for name in EDGE_ATTRIBUTES:
            value = row.get(name)
            if value is not None and not (isinstance(value, float) and pd.isna(value)):
                ET.SubElement(edge, f"{{{_NS}}}data", key=name).text = _text(value)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def write_graphml(edges: pd.DataFrame, path: str | Path) -> Path:
    """Write ``graphml_text(edges)`` to ``path`` atomically."""
    return write_atomic(path, graphml_text(edges) + "\n")


def write_edge_list(edges: pd.DataFrame, path: str | Path) -> Path:
    """Write the edges as a CSV edge list (supplier, recipient, weights...)."""
    return write_atomic(path, edges.to_csv(index=False, lineterminator="\n"))


def _text(value: object) -> str:
    if hasattr(value, "isoformat") and not pd.isna(value):
        return value.isoformat()[:10]
    return str(value)
