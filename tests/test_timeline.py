from narrascope.model import Article, Claim, Entity
from narrascope.timeline import build_timeline, render_timeline


def test_timeline_orders_by_date():
    a1 = Article(id="a1", source="1", outlet="A", published="2024-01-05", text="x" * 30,
                 claims=[Claim(type="attack", agent="e1", text="x", start=0, end=1, date="2024-01-01")])
    a2 = Article(id="a2", source="2", outlet="B", published="2024-01-03", text="y")
    entries = build_timeline([a1, a2], [Entity(id="e1", name="Russia", type="GPE")])
    assert [e.date for e in entries] == ["2024-01-01", "2024-01-03", "2024-01-05"]
    assert "Russia attack" in render_timeline(entries)
