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


def _story_files(folder, stem, date, outlets):
    body = ("Dock workers in the port of {p} walked out on {d} over pay, halting cargo traffic; "
            "the port authority urged the union to return to talks as ships queued offshore.")
    for i, outlet in enumerate(outlets):
        (folder / f"{stem}{i}.txt").write_text(
            f"title: Strike {i}\nsource: {outlet}\ndate: {date}\n\n" + body.format(p=stem.title(), d=date) +
            f" Union leader {stem.title()} Berg said the strike would go on. Outlet note {i}.")


def test_big_store_restories_only_near_this_run(tmp_path, monkeypatch):
    """Above STORY_WHOLE_STORE articles only the run's date window is re-clustered;
    stories elsewhere in time are kept as they were."""
    import narrascope.pipeline as pl
    from narrascope.store import open_store

    _story_files(tmp_path, "kelmar", "2024-01-10", ["Outlet One", "Outlet Two"])
    _story_files(tmp_path, "varna", "2024-06-10", ["Outlet Three", "Outlet Four"])
    with open_store(tmp_path / "n.db") as store:
        pl.run([str(tmp_path / f"kelmar{i}.txt") for i in range(2)], store=store)
        first = store.stories()
        monkeypatch.setattr(pl, "STORY_WHOLE_STORE", 1)
        pl.run([str(tmp_path / f"varna{i}.txt") for i in range(2)], store=store)
        after = store.stories()
    assert len(first) == 1
    assert first[0].id in {s.id for s in after} and len(after) == 2


def test_analyze_texts_never_drops_a_text_silently():
    import pytest

    from narrascope.errors import NarrascopeError
    from narrascope.model import ErrorRecord

    good = "Mayor Ana Ruiz said on Monday the bridge would reopen in May."
    with pytest.raises(NarrascopeError, match="<text 1>"):
        analyze_texts([good, "   "])
    errors: list[ErrorRecord] = []
    arts = analyze_texts([good, "   "], errors=errors)
    assert len(arts) == 1 and [e.source for e in errors] == ["<text 1>"]
