"""nlp: the shared pipeline (paragraph breaks end sentences)."""

from __future__ import annotations
import pytest


def test_a_blank_line_ends_a_sentence(nlp):
    doc = nlp("Storm day 3: what we know on Monday\n\nLISBON - Portugal closed its ports overnight, officials said.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Storm day 3: what we know on Monday"
    assert sents[1].startswith("LISBON - Portugal closed")


def test_the_paragraph_component_runs_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index("narrascope_paragraph_breaks") < names.index("parser")


def test_a_quote_mark_glued_to_a_word_is_a_token_of_its_own(nlp):
    assert [t.text for t in nlp('He said,“No way,”she said.')] == \
        ["He", "said", ",", "“", "No", "way", ",", "”", "she", "said", "."]
    # apostrophes stay inside words
    assert "don’t" in "".join(t.text_with_ws for t in nlp("We don’t know."))


def test_the_platform_x_ends_a_sentence(nlp):
    doc = nlp("The hashtag was trending on X. Grace Wanjiru posted a video.")
    assert [t.text for t in doc[5:7]] == ["X", "."]
    assert doc[7].is_sent_start


def test_a_middle_initial_x_is_kept(nlp):
    doc = nlp("Jane X. Doe said no.")
    assert "X." in [t.text for t in doc] and len(list(doc.sents)) == 1


@pytest.mark.parametrize("headline,verb", [
    ("Militia shells Port Velmar as talks stall\n\nThe fighting went on.", "shells"),
    ("Riot police raid union offices in Corvassa\n\nOfficers arrived at dawn.", "raid"),
    ("Regulator fines Brantwell Air over hidden fees; airline vows appeal\n\nThe fine was large.", "fines"),
])
def test_a_headline_verb_read_as_a_noun_is_reparsed_as_the_verb(nlp, headline, verb):
    doc = nlp(headline)
    tok = next(t for t in doc if t.text == verb)
    assert tok.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in tok.children)
    assert [t.text for t in doc] == [t.text for t in nlp.make_doc(headline)]   # tokens kept


def test_a_headline_reparse_leaves_body_sentences_and_entities_alone(nlp):
    text = "Militia shells Port Velmar\n\nThe Velmar Defence Council said 12 people died on Monday."
    doc = nlp(text)
    body = [s for s in doc.sents if "Council" in s.text][0]
    assert body.root.lemma_ == "say"
    assert any(e.label_ == "DATE" for e in doc.ents)


def test_a_sentence_with_a_final_stop_is_no_headline(nlp):
    from narrascope.nlp import headline_end

    assert headline_end(nlp("The regulator fines airlines often.\n\nMore text.")) == 0
    assert headline_end(nlp("Regulator fines Brantwell Air\n\nMore text.")) == len("Regulator fines Brantwell Air")


@pytest.mark.parametrize("text,obj", [
    ("The union renewed its «total backing» for the strikers.", "backing"),
    ("The senator called the ruling «a national disgrace».", "ruling"),
])
def test_guillemets_are_read_as_quote_marks(nlp, text, obj):
    doc = nlp(text)
    assert text == doc.text  # the marks stay as written
    assert all(t.pos_ == "PUNCT" and t.dep_ == "punct" for t in doc if t.text in "«»"), \
        [(t.text, t.pos_, t.dep_) for t in doc]
    assert any(t.dep_ == "dobj" and t.text == obj for t in doc), [(t.text, t.dep_) for t in doc]
