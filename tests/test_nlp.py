"""nlp: the shared pipeline (paragraph breaks end sentences)."""

from __future__ import annotations


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
