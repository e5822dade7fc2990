"""Library entry point: scare quotes are labels, not quotes; entity ids are corpus-wide."""

from narrascope.pipeline import analyze_texts


def test_scare_quotes_become_labels_not_quotes():
    text = (
        "The so-called \"temporary measure\" on the bridge has now lasted two years.\n\n"
        "\"It is a tax on commuters,\" said Lena Hartmann, who leads the drivers' association."
    )
    (art,) = analyze_texts([text])
    labels = [text[l.start:l.end] for l in art.labels]
    quotes = [text[q.start:q.end] for q in art.quotes]
    assert labels == ["temporary measure"]
    assert any("tax on commuters" in q for q in quotes)
    assert not any("temporary measure" in q for q in quotes)


def test_same_person_gets_one_id_across_articles():
    a = "Foreign Minister Jonas Vilkas met his counterpart on Monday. Vilkas said talks went well."
    b = "Critics said Vilkas had conceded too much in the talks."
    arts = analyze_texts([a, b])
    ids = [{m.entity for m in art.mentions if "Vilkas" in m.text} for art in arts]
    assert len(ids[0]) == 1 and ids[0] == ids[1]


def test_run_links_across_chunks_and_skips_repeats(tmp_path, monkeypatch):
    """Articles are linked and stored in chunks; a surname in a later chunk still
    joins the full name stored from an earlier one, and a repeated article is stored once."""
    import narrascope.pipeline as pl
    from narrascope.store import open_store

    monkeypatch.setattr(pl, "LINK_CHUNK", 1)
    texts = {
        "a.txt": "Foreign Minister Jonas Vilkas met his counterpart on Monday in Riga.",
        "b.txt": "Critics said Vilkas had conceded too much in the talks.",
        "c.txt": "Foreign Minister Jonas Vilkas met his counterpart on Monday in Riga.",
    }
    for name, t in texts.items():
        (tmp_path / name).write_text(t)
    with open_store(tmp_path / "n.db") as store:
        result = pl.run([str(tmp_path / n) for n in texts], store=store)
        arts = store.articles()
    assert len(arts) == 2 and result.new_articles == 2
    ids = [{m.entity for m in a.mentions if "Vilkas" in m.text} for a in arts]
    assert len(ids[0]) == 1 and ids[0] == ids[1]
