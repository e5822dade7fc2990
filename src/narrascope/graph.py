"""Knowledge-graph export: entities, articles, outlets as nodes; quotes and claims as edges.

Nodes: ``entity`` (Entity.id), ``article`` (Article.id), ``outlet`` ("outlet:<name>").
Edges: ``published`` (outlet -> article), ``quote`` (speaker -> article, with the
quote text and offsets), ``claim:<type>`` (agent -> target, or agent -> article when
the target is unknown, with attributed_to, negated, hedged, article, start, end).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from narrascope.model import Document

NODE_COLUMNS = ["id", "kind", "label", "type"]
EDGE_COLUMNS = ["source", "target", "kind", "claim_type", "article", "start", "end", "text",
                "attributed_to", "negated", "hedged", "date"]


def graph_tables(document: Document) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(nodes, edges) as rows with ``NODE_COLUMNS`` / ``EDGE_COLUMNS`` (None -> "")."""
    nodes: dict[str, dict[str, Any]] = {}
    edges: list[dict[str, Any]] = []

    def node(nid: str, kind: str, label: str, typ: str = "") -> None:
        nodes.setdefault(nid, {"id": nid, "kind": kind, "label": label, "type": typ})

    def edge(src: str, dst: str, kind: str, **kw: Any) -> None:
        row = {c: "" for c in EDGE_COLUMNS}
        row.update(source=src, target=dst, kind=kind, negated=False, hedged=False, start=-1, end=-1)
        row.update({k: ("" if v is None else v) for k, v in kw.items()})
        edges.append(row)

    for e in document.entities:
        node(e.id, "entity", e.name, e.type)
    for a in document.articles:
        node(a.id, "article", a.title or a.source, "")
        if a.outlet:
            oid = f"outlet:{a.outlet}"
            node(oid, "outlet", a.outlet, "")
            edge(oid, a.id, "published", article=a.id, date=a.published)
        for q in a.quotes:
            src = q.speaker or f"unknown:{a.id}"
            if q.speaker is None:
                node(src, "entity", "unknown speaker", "")
            node(src, "entity", q.speaker_text or src, "")
            edge(src, a.id, "quote", article=a.id, start=q.start, end=q.end, text=q.text, date=q.date)
        for c in a.claims:
            src = c.agent or f"unknown:{a.id}"
            dst = c.target or a.id
            node(src, "entity", c.agent_text or "unknown", "")
            node(dst, "entity", c.target_text or "unknown", "")
            edge(src, dst, f"claim:{c.type}", claim_type=c.type, article=a.id, start=c.start, end=c.end,
                 text=c.text, attributed_to=c.attributed_to, negated=c.negated, hedged=c.hedged, date=c.date)
    return list(nodes.values()), edges


def export_graph(document: Document, out_dir: Path, *, formats: tuple[str, ...] = ("graphml", "csv", "parquet")) -> list[Path]:
    """Write the graph as GraphML (graph.graphml), CSV (nodes.csv, edges.csv) and/or
    Parquet (nodes.parquet, edges.parquet) into ``out_dir``. Returns the paths written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    nodes, edges = graph_tables(document)
    written: list[Path] = []
    if "graphml" in formats:
        import networkx as nx
        g = nx.MultiDiGraph()
        for n in nodes:
            g.add_node(n["id"], **{k: str(v) for k, v in n.items() if k != "id"})
        for e in edges:
            attrs = {k: (v if isinstance(v, (bool, int)) else str(v)) for k, v in e.items() if k not in ("source", "target")}
            g.add_edge(e["source"], e["target"], **attrs)
        p = out_dir / "graph.graphml"
        nx.write_graphml(g, p)
        written.append(p)
    if "csv" in formats:
        for name, rows, cols in (("nodes", nodes, NODE_COLUMNS), ("edges", edges, EDGE_COLUMNS)):
            p = out_dir / f"{name}.csv"
            with p.open("w", newline="", encoding="utf-8") as fh:
                w = csv.DictWriter(fh, fieldnames=cols)
                w.writeheader()
                w.writerows(rows)
            written.append(p)
    if "parquet" in formats:
        import pyarrow as pa
        import pyarrow.parquet as pq
        for name, rows, cols in (("nodes", nodes, NODE_COLUMNS), ("edges", edges, EDGE_COLUMNS)):
            table = pa.table({c: [r[c] if c in ("negated", "hedged", "start", "end") else str(r[c]) for r in rows] for c in cols}) if rows else pa.table({c: pa.array([], pa.string()) for c in cols})
            p = out_dir / f"{name}.parquet"
            pq.write_table(table, p)
            written.append(p)
    return written
