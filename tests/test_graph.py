import csv

import networkx as nx
import pyarrow.parquet as pq

from narrascope.graph import EDGE_COLUMNS, NODE_COLUMNS, export_graph
from narrascope.model import Article, Claim, Document, Entity, Quote


def _doc():
    text = "Russia attacked Ukraine. \"No,\" Smith said."
    ents = [Entity(id="e1", name="Russia", type="GPE"), Entity(id="e2", name="Ukraine", type="GPE"),
            Entity(id="e3", name="John Smith", type="PERSON")]
    art = Article(id="a1", source="x.txt", outlet="Herald", published="2024-01-02", text=text,
                  quotes=[Quote(kind="direct", text="No", start=26, end=28, speaker="e3")],
                  claims=[Claim(type="attack", agent="e1", target="e2", text="Russia attacked Ukraine", start=0, end=23)])
    return Document(articles=[art], entities=ents)


def test_graph_roundtrip(tmp_path):
    export_graph(_doc(), tmp_path)
    g = nx.read_graphml(tmp_path / "graph.graphml")
    assert g.has_edge("e1", "e2") and g.has_edge("e3", "a1")
    with (tmp_path / "edges.csv").open() as fh:
        assert next(csv.reader(fh)) == EDGE_COLUMNS
    with (tmp_path / "nodes.csv").open() as fh:
        assert next(csv.reader(fh)) == NODE_COLUMNS
    assert pq.read_table(tmp_path / "edges.parquet").column_names == EDGE_COLUMNS
    assert pq.read_table(tmp_path / "nodes.parquet").num_rows == 5
