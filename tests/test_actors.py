import pytest

from narrascope.actors import SimpleIndex, resolve_actor


@pytest.mark.parametrize("text,word,expected", [
    ("The Kremlin condemned the move.", "Kremlin", "Russia"),
    ("Brussels condemned the move.", "Brussels", "European Union"),
    ("Western countries condemned the move.", "countries", "the West"),
])
def test_actors_metonym_subject(nlp, text, word, expected):
    doc = nlp(text)
    idx = SimpleIndex(doc)
    tok = next(t for t in doc if t.text == word)
    eid, _ = resolve_actor(doc, tok, idx)
    assert idx.entities[eid].name == expected


def test_actors_place_is_not_metonym(nlp):
    doc = nlp("Thousands protested across Belgrade.")
    idx = SimpleIndex(doc)
    tok = next(t for t in doc if t.text == "Belgrade")
    eid, _ = resolve_actor(doc, tok, idx)
    assert eid is None or idx.entities[eid].name != "Serbia"
