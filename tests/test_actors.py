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


@pytest.mark.parametrize("text,word,expected", [
    ("Russian troops shelled the village.", "troops", "Russia"),            # a state's forces -> the state
    ("Peru's opposition rejected the plan.", "opposition", "Peru's opposition"),
    ("The president of the league, Anna Weber, resigned.", "president", "Anna Weber"),  # apposition names the head
])
def test_actors_rules(nlp, text, word, expected):
    from narrascope.entities import find_entities
    doc = nlp(text)
    idx = find_entities(doc)
    tok = next(t for t in doc if t.text == word)
    eid, _ = resolve_actor(doc, tok, idx)
    assert eid is not None and idx.entities[eid].name == expected


def test_actors_np_text_drops_determiners(nlp):
    from narrascope.actors import np_text
    doc = nlp("Several Dutch farmers opposed the new fertiliser rules.")
    tok = next(t for t in doc if t.text == "rules")
    assert np_text(doc, tok) == "new fertiliser rules"
