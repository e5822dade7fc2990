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
