"""Quotes: direct, indirect, mixed; speakers, cue, medium, date; scare quotes.

Sentences are invented. The entity index is the evaluation's stand-in
(``tests/simple_index.py``, built from spaCy's entities) so these tests do not depend on
the entity linker's choices.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.simple_index import SimpleIndex
from narrascope.quotes import find_quoted_spans, find_quotes, find_scare_quotes

PUBLISHED = dt.date(2024, 3, 8)  # a Friday


def run(nlp, text, published=PUBLISHED):
    doc = nlp(text)
    index = SimpleIndex.from_doc(doc)
    quotes = find_quotes(doc, index, published=published)
    return quotes, index


def speaker_name(index, q):
    return index.entities[q.speaker].name if q.speaker else None


# --------------------------------------------------------------------------- quote marks

MARKS = [
    ('"We will win," he said.', "We will win"),
    ("“We will win,” he said.", "We will win"),
    ("„Wir gewinnen“, sagte er.", "Wir gewinnen"),
    ("«We will win», he said.", "We will win"),
    ("‹We will win›, he said.", "We will win"),
    ("‘We will win,’ he said.", "We will win"),
    ("'We will win,' he said.", "We will win"),
    ("''We will win,'' he said.", "We will win"),
    ("``We will win,'' he said.", "We will win"),
    ("He said: “The vote is over and we have won it.”", "The vote is over and we have won it."),
    # a single quote that ends in a plural possessive closes before "on", "and", ...
    ("Pickering accused the organisers of \u2018gambling with riders\u2019 lives\u2019 on Monday after the crash.",
     "gambling with riders\u2019 lives"),
    ("She called the cuts \u2018an attack on farmers\u2019 livelihoods\u2019 and walked out.",
     "an attack on farmers\u2019 livelihoods"),
]


@pytest.mark.parametrize("text,expected", MARKS)
def test_quotes_quote_mark_styles(text, expected):
    spans = find_quoted_spans(text)
    assert [text[s.start:s.end] for s in spans] == [expected]


MIXED_MARKS = [
    ('“We will win," he said. Later “we lost.”', ["We will win", "we lost."]),
    ('"We will win,” he said. "Then we lost."', ["We will win", "Then we lost."]),
    # a nested quote of the other style does not close the outer one
    ('“He told me "no" twice,” she said.', ['He told me "no" twice']),
    ('"The board is not about “fair play” at all," he said.', ["The board is not about “fair play” at all"]),
]


@pytest.mark.parametrize("text,expected", MIXED_MARKS)
def test_quotes_mixed_straight_and_curly_marks(text, expected):
    spans = find_quoted_spans(text)
    assert [text[s.start:s.end] for s in spans] == expected


APOSTROPHES = [
    "The mayor's office didn't comment on the leaders' meeting.",
    "Russia’s envoy won’t attend the ministers’ summit in the ’90s style.",
    "It's the people's choice, officials' statements aside.",
]


@pytest.mark.parametrize("text", APOSTROPHES)
def test_quotes_apostrophes_are_not_quote_marks(text):
    assert find_quoted_spans(text) == []


def test_quotes_apostrophe_inside_single_quote():
    text = "'We don't know what they're planning,' he said."
    spans = find_quoted_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["We don't know what they're planning"]


def test_quotes_multi_paragraph_quote_is_one_quote():
    text = ('"We have done everything possible to help the families who lost homes.\n\n'
            '"But there is more to do, and we will not rest," the governor said.')
    spans = find_quoted_spans(text)
    assert len(spans) == 1
    assert text[spans[0].start:spans[0].end].startswith("We have done")
    assert text[spans[0].start:spans[0].end].endswith("we will not rest")


# --------------------------------------------------------------------------- direct quotes

DIRECT = [
    # (text, quote text, speaker name contains, cue)
    ('"We will not back down," Mayor John Carter said.', "We will not back down", "Carter", "said"),
    ('"The economy is growing faster than expected," said Finance Minister Karl Olsen.',
     "The economy is growing faster than expected", "Olsen", "said"),
    ('Peter Novak said: «We are ready to negotiate with anyone who wants peace.»',
     "We are ready to negotiate with anyone who wants peace.", "Novak", "said"),
    ("“I am ready to serve my country again,” — Peter Novak.", "I am ready to serve my country again", "Novak", None),
    ('Anna Berg told reporters: "We need more time to count the ballots."',
     "We need more time to count the ballots.", "Berg", "told"),
    ('At the rally, Anna Berg told supporters:\n\n"We need more time to count the ballots."',
     "We need more time to count the ballots.", "Berg", "told"),
    # a capitalised "According to" before the quote
    ('According to the Harlow Gazette, "The council broke its own rules twice."',
     "The council broke its own rules twice.", "Harlow Gazette", "according to"),
    # the gerund after "by" shares the subject of the verb it hangs on
    ('Asked about the strike, Minister Paul Dunne answered by saying: "Nobody wins a strike."',
     "Nobody wins a strike.", "Dunne", "saying"),
    # a long apposition between the quote and its cue
    ('"We lost the county," Helen Marsh, the party\'s candidate for mayor in 2022 and now its chair, said.',
     "We lost the county", "Marsh", "said"),
    # the parser hangs a capitalised finite verb on the apposition's last noun
    ('"Count every single vote in this county!" Owen Tate, director of the Civic League, Tweeted on Sunday.',
     "Count every single vote in this county!", "Tate", "Tweeted"),
    # "continued:" / "echoed:" introduce a quoted sentence
    ('Ruth Ames continued:\n\n"The schools need teachers, not slogans."',
     "The schools need teachers, not slogans.", "Ames", "continued"),
]


@pytest.mark.parametrize("text,quote,speaker,cue", DIRECT)
def test_quotes_direct_speaker_and_cue(nlp, text, quote, speaker, cue):
    quotes, index = run(nlp, text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in direct] == [quote]
    assert speaker in (speaker_name(index, direct[0]) or "")
    assert direct[0].cue == cue


def test_quotes_split_quote_two_quotes_same_speaker(nlp):
    text = '"We will not back down," Mayor John Carter said. "The city deserves better."'
    quotes, index = run(nlp, text)
    assert [q.text for q in quotes] == ["We will not back down", "The city deserves better."]
    assert quotes[0].speaker == quotes[1].speaker is not None


def test_quotes_pronoun_speaker_several_sentences_back(nlp):
    text = ("Maria Lopez arrived late at the hearing. The room was full. She was furious. "
            '"This is not acceptable and we will sue," she said.')
    quotes, index = run(nlp, text)
    assert len(quotes) == 1
    assert quotes[0].speaker_kind == "pronoun"
    assert quotes[0].speaker_text == "she"
    assert speaker_name(index, quotes[0]) == "Maria Lopez"


def test_quotes_multi_paragraph_speaker(nlp):
    text = ('Governor Ellen Park visited the flooded towns.\n\n'
            '"We have done everything possible to help the families who lost homes.\n\n'
            '"But there is more to do, and we will not rest," Park said.')
    quotes, index = run(nlp, text)
    assert len(quotes) == 1 and "\n" in quotes[0].text
    assert "Park" in speaker_name(index, quotes[0])


# --------------------------------------------------------------------------- indirect and mixed

INDIRECT = [
    ("Carter said the plan would fail.", "the plan would fail", "Carter", "said"),
    ("Carter said that the plan would fail.", "the plan would fail", "Carter", "said"),
    ("The plan would fail, Carter said.", "The plan would fail", "Carter", "said"),
    ("According to police, 12 people were hurt in the clashes.", "12 people were hurt in the clashes",
     "police", "According to"),
    ("Carter told state-run news agency RIA Novosti that the talks had failed.",
     "the talks had failed", "Carter", "told"),
    ("The Kremlin says the sanctions are illegal.", "the sanctions are illegal", "Kremlin", "says"),
    ("Protesters warned that they would return next week.", "they would return next week",
     "Protesters", "warned"),
    ("Peter Novak accused the West of trying to destabilise Serbia.",
     "the West of trying to destabilise Serbia", "Novak", "accused"),
    ("Anna Berg urged the government to release the detained activists.",
     "the government to release the detained activists", "Berg", "urged"),
    # a short parenthetical report: the whole sentence is the content
    ("The vote, Carter said, was rigged.", "The vote, Carter said, was rigged", "Carter", "said"),
    # a short report whose verb is itself a speech verb, with a subject and a modal
    ("The Italians said they would appeal.", "they would appeal", "Ital", "said"),
    # the parser hangs the that-clause on the noun before it as a relative clause
    ("Carter told voters at a town hall in Akron that the plant will stay open.",
     "the plant will stay open", "Carter", "told"),
]


@pytest.mark.parametrize("text,clause,speaker,cue", INDIRECT)
def test_quotes_indirect(nlp, text, clause, speaker, cue):
    quotes, index = run(nlp, text)
    assert [(q.kind, q.text) for q in quotes] == [("indirect", clause)]
    assert text[quotes[0].start:quotes[0].end] == clause
    assert speaker.lower() in (speaker_name(index, quotes[0]) or "").lower()
    assert quotes[0].cue == cue


def test_quotes_organisation_speaker_kind(nlp):
    quotes, _ = run(nlp, "Protesters warned that they would return next week.")
    assert quotes[0].speaker_kind == "organisation"


def test_quotes_mixed_quote_spans_clause(nlp):
    text = 'Anna Berg, the mayor of Lindholm, warned that the budget was "a disaster waiting to happen".'
    quotes, index = run(nlp, text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.kind == "mixed"
    assert q.text == 'the budget was "a disaster waiting to happen"'
    assert speaker_name(index, q) == "Anna Berg"
    assert any("mayor" in r for r in index.entities[q.speaker].roles)


# --------------------------------------------------------------------------- medium and date

MEDIUM = [
    ("Carter told state-run news agency RIA Novosti that the talks had failed.", "RIA Novosti", True),
    ("Olsen tweeted that the budget was balanced.", "Twitter", True),
    ("Olsen said on Twitter that the budget was balanced.", "Twitter", True),
    ("Olsen said in a televised interview that he would resign.", "televised interview", False),
]


@pytest.mark.parametrize("text,medium_text,has_entity", MEDIUM)
def test_quotes_medium(nlp, text, medium_text, has_entity):
    quotes, index = run(nlp, text)
    assert quotes[0].medium_text == medium_text
    if has_entity:
        assert index.entities[quotes[0].medium].name == medium_text
    else:
        assert quotes[0].medium is None


DATES = [
    ('"We will win," Carter said on Wednesday.', "2024-03-06"),
    ('"We will win," Carter said on Friday.', "2024-03-08"),
    ('"We will win," Carter said last week.', None),
    ('"We will win," Carter said.', None),
]


@pytest.mark.parametrize("text,date", DATES)
def test_quotes_date(nlp, text, date):
    quotes, _ = run(nlp, text)
    assert quotes[0].date == date


def test_quotes_no_date_without_published(nlp):
    quotes, _ = run(nlp, '"We will win," Carter said on Wednesday.', published=None)
    assert quotes[0].date is None


# --------------------------------------------------------------------------- not speech

SCARE = [
    'Moscow calls the war a so-called "special operation" in Ukraine.',
    'The ministry declared the group an "undesirable" organisation last year.',
    "The 'peace plan' was rejected by the parliament on Tuesday.",
]


@pytest.mark.parametrize("text", SCARE)
def test_quotes_scare_quotes_are_not_quotes(nlp, text):
    quotes, _ = run(nlp, text)
    assert quotes == []
    assert len(find_scare_quotes(nlp(text))) == 1


def test_quotes_empty_text(nlp):
    assert run(nlp, "")[0] == []


# --------------------------------------------------------------------------- invariants

ARTICLE = (
    "Mayor says city ‘will not surrender’\n\n"
    "Mayor John Carter said on Monday that the city would rebuild. \"We will not back down,\" "
    "he told the Daily Courier. \"The city deserves better.\"\n\n"
    "According to police, 12 people were hurt. Critics called it a \"stunt\", and the "
    "opposition's leader, Anna Berg, said the budget was \"a disaster\".\n\n"
    "“It's the people's choice,” — Anna Berg."
)


def test_quotes_offsets_slice_back_and_sorted(nlp):
    quotes, _ = run(nlp, ARTICLE)
    assert quotes
    for q in quotes:
        assert ARTICLE[q.start:q.end] == q.text
        if q.speaker_start is not None:
            assert ARTICLE[q.speaker_start:q.speaker_end] == q.speaker_text
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


ADJACENT = [
    ("Anna Berg was defiant. \"We will never surrender to these people.\"", "Anna Berg"),
    ("Mayor John Carter said the plan would fail.\n\n\"It is doomed from the start and everyone knows it.\"",
     "John Carter"),
]


@pytest.mark.parametrize("text,speaker", ADJACENT)
def test_quotes_speaker_in_adjacent_sentence_or_paragraph(nlp, text, speaker):
    quotes, index = run(nlp, text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1
    assert speaker_name(index, direct[0]) == speaker
    assert direct[0].cue is None


def test_quotes_title_in_quotes_is_not_speech(nlp):
    quotes, _ = run(nlp, 'She starred in "Orange Is the New Black" for years.')
    assert quotes == []


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(['"', "“", "”", "„", "«", "»", "‹", "›", "‘", "’", "'", "``", "''",
                           "We", "don't", " ", ", ", ". ", "\n\n", "said", "Serbia's", "x"])


@given(st.lists(_PIECES, max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
def test_quotes_quoted_spans_slice_back(text):
    for sp in find_quoted_spans(text):
        assert 0 <= sp.open < sp.start < sp.end <= sp.close <= len(text)
        content = text[sp.start:sp.end]
        assert content == content.strip() and content


def test_quotes_multi_paragraph_single_quotes():
    text = ("Judge Moss said: 'Mr Hale, you were trusted with the money. Some of it was given in grief.\n\n"
            "'You spent it on cars. You showed no remorse.'\n\nAccording to police, it's over.")
    spans = find_quoted_spans(text)
    assert len(spans) == 1
    content = text[spans[0].start:spans[0].end]
    assert content.startswith("Mr Hale") and content.endswith("no remorse.")


# --------------------------------------------------------------------------- speakers with the real index


def run_real(nlp, text, published=PUBLISHED):
    from narrascope.entities import find_entities

    doc = nlp(text)
    index = find_entities(doc)
    return find_quotes(doc, index, published=published), index


def test_quotes_title_head_with_named_apposition(nlp):
    text = ("Norway's Ambassador to Lisbon Henrik Aas-Berglund met the mayor on Monday and accused "
            "the harbour board of hiding the accident report.")
    quotes, index = run_real(nlp, text)
    assert len(quotes) == 1
    ent = index.entities[quotes[0].speaker]
    assert ent.name.endswith("Henrik Aas-Berglund")   # NER may glue "Lisbon" on
    assert quotes[0].speaker_kind == "named"


def test_quotes_passive_cue_reports_nothing(nlp):
    quotes, _ = run(nlp, "The council said the suspects would be charged with arson on Monday.")
    assert [q.text for q in quotes] == ["the suspects would be charged with arson on Monday"]


def test_quotes_later_verb_does_not_report_earlier_clause(nlp):
    quotes, _ = run(nlp, "Marta Quill said the board would propose a wage freeze in April.")
    assert [q.text for q in quotes] == ["the board would propose a wage freeze in April"]


def test_quotes_time_after_cue_is_not_in_span(nlp):
    quotes, _ = run(nlp, "The Orvane Shipping Company said on Monday it would close two yards.")
    assert len(quotes) == 1
    assert quotes[0].text == "it would close two yards"
    assert quotes[0].date == "2024-03-04"


def test_quotes_told_outlet_that_clause_starts_after_that(nlp):
    quotes, _ = run(nlp, "Tobias Renn told the Harbour Gazette that the ferries would stop in May.")
    assert len(quotes) == 1 and quotes[0].text == "the ferries would stop in May"


def test_quotes_plural_group_is_not_the_role_holder(nlp):
    text = ("Prosecutor Dana Whitlock opened the case. According to prosecutors, the firm "
            "hid losses of four million pounds.")
    quotes, index = run_real(nlp, text)
    q = [q for q in quotes if q.cue == "According to"][0]
    assert index.entities[q.speaker].name.lower() == "prosecutors"


def test_quotes_colon_clause_subject_is_speaker(nlp):
    text = ("Retired teacher Olga Brandvik, 81, walks to the clinic. She put it plainly: "
            "\"If the clinic goes, I will have to move away from my own town.\"")
    quotes, index = run_real(nlp, text)
    assert len(quotes) == 1
    assert index.entities[quotes[0].speaker].name == "Olga Brandvik"
    assert quotes[0].cue == "put it"


def test_quotes_relative_who_after_apposition(nlp):
    text = ('"The merger will cost jobs," said Felix Ambrose, an economist at Tamsin Capital, '
            "who noted that both banks had cut staff last year.")
    quotes, index = run_real(nlp, text)
    assert len(quotes) == 2
    assert all(index.entities[q.speaker].name == "Felix Ambrose" for q in quotes)


def test_quotes_short_chant_right_after_the_verb(nlp):
    text = "Hundreds of dockers marched to the harbour office, chanting «No more cuts!» all afternoon."
    quotes, _ = run(nlp, text)
    assert [q.text for q in quotes] == ["No more cuts!"]
    assert quotes[0].cue == "chanting"


def test_quotes_speaker_named_in_next_sentence(nlp):
    text = ('The village hall was full on Tuesday.\n\n"We only want the school to stay open. Nothing more." '
            "That was the plea from parents' spokeswoman Irene Falk, who will meet the council.")
    quotes, index = run_real(nlp, text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1 and index.entities[direct[0].speaker].name == "Irene Falk"


def test_quotes_headline_quote_takes_speaker_of_repeated_quote(nlp):
    text = ("“The river took our whole street”: towns count the damage\n\n"
            "“The river took our whole street. Nobody warned us,” said Petra Ilic, 54.")
    quotes, index = run_real(nlp, text)
    assert len(quotes) == 2
    assert all(q.speaker and index.entities[q.speaker].name == "Petra Ilic" for q in quotes)
    assert quotes[0].speaker_text is None


def test_quotes_org_full_name_kept_as_alias(nlp):
    text = ("The General Directorate for Civil Aviation said two runways were closed. "
            "The directorate said flights would resume on Sunday.")
    quotes, index = run_real(nlp, text)
    assert len(quotes) == 2
    ents = {q.speaker for q in quotes}
    assert len(ents) == 1
    ent = index.entities[ents.pop()]
    assert "General Directorate for Civil Aviation" in [ent.name, *ent.aliases]


def test_quotes_subjectless_conjunct_continues_report(nlp):
    text = 'The embassy said it was "alarmed" and was reviewing its travel advice for the region.'
    quotes, _ = run(nlp, text)
    assert len(quotes) == 1 and quotes[0].kind == "mixed"
    assert quotes[0].text.endswith("travel advice for the region")


# --------------------------------------------------------------------------- real-news generalisation
# Rules found on real wire and newspaper copy; every sentence here is invented.


def _by_text(quotes):
    return {q.text: q for q in quotes}


def test_quotes_title_abbreviation_does_not_end_the_attribution(nlp):
    quotes, index = run(nlp, '"We are looking for our future partners," Mr. Pruzan said.')
    assert [q.text for q in quotes] == ["We are looking for our future partners"]
    assert speaker_name(index, quotes[0]).endswith("Pruzan")
    assert quotes[0].speaker_text == "Mr. Pruzan"


def test_quotes_typewriter_doubles_split_quote(nlp):
    text = ("Mr. Hurt wants the book out before the vote. ''Time is wasting,'' he said. "
            "''Hopefully this time next year, nobody will want to read about it.''")
    quotes, index = run(nlp, text)
    got = _by_text(quotes)
    assert "Time is wasting" in got
    assert "Hopefully this time next year, nobody will want to read about it." in got
    assert got["Time is wasting"].speaker == got[
        "Hopefully this time next year, nobody will want to read about it."].speaker
    assert speaker_name(index, got["Time is wasting"]).endswith("Hurt")


def test_quotes_short_typewriter_quote_with_comma_before_marks(nlp):
    quotes, index = run(nlp, "''I hope so,'' Mrs. Varga said.")
    assert [q.text for q in quotes] == ["I hope so"]
    assert speaker_name(index, quotes[0]).endswith("Varga")


@pytest.mark.parametrize("text,speaker_text", [
    ("Many of the closures, he said, have involved public and semiprivate courses.", "he"),
    ("If the demands are not met, Mr. Talbot warned, his supporters plan to leave the party.", "Mr. Talbot"),
    ("The plan, an inside source said, is to hand out reprints of the editorial.", "an inside source"),
    # the parser gives the cue the sentence's subject as well
    ("Savers, Lindqvist suggested, don’t have to fear that the bank will fail.", "Lindqvist"),
    # 'told the BBC' parsed as a clause of the later verb, with its addressee
    ("Instead, Ms. Kaur told the BBC, the bank would simply raise its fees for savers.", "Ms. Kaur"),
])
def test_quotes_parenthetical_attribution_reports_the_whole_sentence(nlp, text, speaker_text):
    quotes, _ = run(nlp, text)
    assert len(quotes) == 1
    assert quotes[0].kind == "indirect"
    assert quotes[0].text == text.rstrip(".")
    assert quotes[0].speaker_text == speaker_text


def test_quotes_parenthetical_attribution_stays_in_its_paragraph(nlp):
    # the parser hangs the next paragraph's quote on the sentence's head
    text = ("Otherwise, she said, the towns may simply lose teachers to one another.\n\n"
            "''There is a real danger that the smaller schools close first,'' she told a meeting of parents.")
    quotes, _ = run(nlp, text)
    assert ("indirect", "Otherwise, she said, the towns may simply lose teachers to one another", "she") in \
        [(q.kind, q.text, q.speaker_text) for q in quotes]


def test_quotes_parenthetical_attribution_is_not_a_dateline(nlp):
    # "Riverton, ... — " looks like a wire dateline but runs over the attribution
    text = "Riverton, Mr. Hale said, gave him doubts about the new bridge — and about the cost of the whole project."
    quotes, _ = run(nlp, text)
    assert [(q.kind, q.text, q.speaker_text) for q in quotes] == [("indirect", text.rstrip("."), "Mr. Hale")]


@pytest.mark.parametrize("text,quote,speaker", [
    ("The coach tells fans that “we are back.”", "we are back.", "The coach"),
    ("Maria Lopez is telling volunteers after the count in the northern district that “this is your night.”",
     "this is your night.", "Maria Lopez"),
])
def test_quotes_short_quote_that_is_the_reported_clause(nlp, text, quote, speaker):
    # too short to be a quote on its own, but the parse makes it the cue's clause
    quotes, _ = run(nlp, text)
    assert [(q.kind, q.text, q.speaker_text) for q in quotes] == [("direct", quote, speaker)]


@pytest.mark.parametrize("text,clause,speaker", [
    # a report inside a relative clause: the relative pronoun before the cue is not
    # reported; a clause set off by commas ends at the next comma
    ("Voters rejected the tunnel, which the mayor said the region could not afford.",
     "the region could not afford", "the mayor"),
    ("The new fees, which officials said will take effect in the spring, do not apply to students.",
     "will take effect in the spring", "officials"),
    ("The board approved what the chairman said was the largest budget in its history.",
     "was the largest budget in its history", "the chairman"),
    # "as X noted": the clause the phrase opens or closes
    ("But as Ms. Ortiz noted, the schools will need new buses if enrolment keeps rising.",
     "the schools will need new buses if enrolment keeps rising", "Ms. Ortiz"),
    ("The fund ran out of money in May, as the local paper reported.",
     "The fund ran out of money in May", "the local paper"),
])
def test_quotes_report_inside_a_relative_or_as_clause(nlp, text, clause, speaker):
    quotes, _ = run(nlp, text)
    assert [(q.kind, q.text, q.speaker_text) for q in quotes] == [("indirect", clause, speaker)]


def test_quotes_as_of_time_is_not_an_attribution(nlp):
    quotes, _ = run(nlp, "The crowd grew quiet, as the mayor responded to the hecklers near the stage.")
    assert quotes == []


def test_quotes_relative_clause_of_a_name_is_not_reported_speech(nlp):
    text = ("Developers disagree. Mira Sten, whose three-person studio in Haldby makes puzzle games, "
            "said she had paid the platform more in fees than she had paid herself.")
    quotes, index = run(nlp, text)
    assert [q.text for q in quotes] == ["she had paid the platform more in fees than she had paid herself"]
    assert speaker_name(index, quotes[0]) == "Mira Sten"


def test_quotes_participle_speaker_is_not_the_reported_subject(nlp):
    quotes, index = run(nlp, "Mayor Tom Reilly rejected the plan on Monday, saying the budget was far too small.")
    assert [q.text for q in quotes] == ["the budget was far too small"]
    assert speaker_name(index, quotes[0]) == "Tom Reilly"


def test_quotes_relative_pronoun_speaker_surface(nlp):
    quotes, index = run(nlp, "The bill was opposed by Senator Ruth Calder, who said it would hurt small farms.")
    assert [q.text for q in quotes] == ["it would hurt small farms"]
    assert speaker_name(index, quotes[0]) == "Ruth Calder"
    assert quotes[0].speaker_text == "who"
    assert quotes[0].speaker_kind == "pronoun"


def test_quotes_fronted_phrase_is_not_the_speaker(nlp):
    quotes, index = run(nlp, 'Outside parliament, protesters chanted "Shame on all of you!" and threw paper planes.')
    assert [q.text for q in quotes] == ["Shame on all of you!"]
    assert speaker_name(index, quotes[0]) == "protesters"


@pytest.mark.parametrize("text,speaker", [
    # a business noun refers to the business named before
    ("Helvane Motors will close its plant in Kessel next year. The carmaker said demand for "
     "its petrol models had fallen by a third.", "Helvane Motors"),
    # a synonym of the organisation's name word
    ("The Norvian Competition Authority fined Quillion on Monday. The watchdog said the practice "
     "had added up to 30 percent to prices.", "Norvian Competition Authority"),
    # a name in the apposition of a description
    ("Her employer, the medical charity WellSpring, said it had suspended all operations in the region.",
     "WellSpring"),
])
def test_quotes_organisation_descriptions_resolve(nlp, text, speaker):
    quotes, index = run(nlp, text)
    assert len(quotes) == 1
    # the stand-in index takes spaCy's entity spans, which may run long
    assert speaker in speaker_name(index, quotes[0])
    assert quotes[0].speaker_kind == "organisation"


@pytest.mark.parametrize("text,speaker", [
    ("The prefecture said the mountain road would stay closed until Friday.", "prefecture"),
    ("Rescuers said they had pulled 17 people alive from the rubble overnight.", "rescuers"),
    # a named firm's analysts speak for the firm (round 7: the convention of five of the seven
    # gold sets that meet the case)
    ("Analysts at Kobel Bank said the closure could save the group 300 million euros a year.",
     "Kobel Bank"),
])
def test_quotes_unnamed_organisations_and_groups_become_entities(nlp, text, speaker):
    quotes, index = run(nlp, text)
    assert len(quotes) == 1
    assert speaker_name(index, quotes[0]).lower() == speaker.lower()
    assert quotes[0].speaker_kind == "organisation"


def test_quotes_anonymous_organisation_is_not_registered(nlp):
    quotes, index = run(nlp, "A Finnish satellite start-up said it had lost contact with its probe.")
    assert len(quotes) == 1
    assert quotes[0].speaker is None
    assert quotes[0].speaker_text == "A Finnish satellite start-up"


def test_quotes_pronoun_skips_names_in_the_reported_clause(nlp):
    text = ("The Dorlish Foreign Office said on Tuesday that it was working to free the nurse. "
            "Consular staff were in daily contact with the authorities in Tamoria, it said.")
    quotes, index = run(nlp, text)
    q = next(q for q in quotes if q.text.startswith("Consular staff"))
    assert "Foreign Office" in speaker_name(index, q)


def test_quotes_pronoun_refers_to_described_organisation(nlp):
    text = ("The Moravenian government rejected the criticism on Monday. "
            "It said the law protected small farmers from unfair pricing.")
    quotes, index = run(nlp, text)
    assert len(quotes) == 1
    assert speaker_name(index, quotes[0]) == "Moravenian government"
    assert quotes[0].speaker_kind == "pronoun"


def test_quotes_shorter_form_of_an_organisation_name(nlp):
    text = ("Two diplomats must leave within 72 hours, the Valdorian Foreign Ministry said on Wednesday.\n\n"
            "According to the Valdorian ministry, Estmark still has 11 accredited diplomats in Velda.")
    quotes, index = run(nlp, text)
    q = next(q for q in quotes if q.text.startswith("Estmark"))
    assert speaker_name(index, q).removeprefix("the ") == "Valdorian Foreign Ministry"


def test_quotes_called_x_a_label_is_not_speech(nlp):
    quotes, _ = run(nlp, 'The council called the toll a "temporary measure" on Monday.')
    assert quotes == []
    quotes, index = run(nlp, 'Sorokina called the decision "a gift to speculators".')
    assert [q.text for q in quotes] == ["a gift to speculators"]


def test_quotes_time_words_are_never_speakers(nlp):
    text = 'Mike Dunn, the head of the group, tweeted Friday: "Not us, but we cannot argue with it!"'
    quotes, index = run(nlp, text)
    assert len(quotes) == 1
    assert speaker_name(index, quotes[0]) == "Mike Dunn"


def test_quotes_wire_dateline_is_not_the_speaker(nlp):
    text = ("WASHINGTON (AP) — Senator Ruth Calder attacked the budget on Tuesday, "
            "saying it would leave rural hospitals without money.")
    quotes, index = run(nlp, text)
    assert len(quotes) == 1
    assert speaker_name(index, quotes[0]) == "Ruth Calder"


def test_quotes_title_after_a_verb_is_not_speech(nlp):
    quotes, _ = run(nlp, 'Carla Fiorina told "Fox and Friends" on Monday that she would stay in the race.')
    assert [q.text for q in quotes] == ["she would stay in the race"]


def test_quotes_criticised_for_saying_is_the_objects_report(nlp):
    quotes, index = run(nlp, "Party leaders criticized Mayor Tom Reilly for saying that the budget was a fraud.")
    assert [q.text for q in quotes] == ["the budget was a fraud"]
    assert speaker_name(index, quotes[0]) == "Tom Reilly"


def test_quotes_report_kept_when_only_the_addressee_follows(nlp):
    # no subject the parser can see: the addressee is not the speaker, but the
    # report stands with an unknown speaker
    quotes, index = run(nlp, "Told Fox News on Sunday that the party was united behind its nominee.")
    assert all(speaker_name(index, q) != "Fox News" for q in quotes)


@pytest.mark.parametrize("text,first", [
    ("Another march would take place on the eve of the vote, they said, and a petition had "
     "210,000 signatures.", "Another march would take place on the eve of the vote"),
    ("The offer contained nothing new, it said, adding that gas would keep flowing through other routes.",
     "The offer contained nothing new"),
])
def test_quotes_mid_sentence_attribution_closes_the_first_clause(nlp, text, first):
    quotes, _ = run(nlp, text)
    assert quotes[0].text == first
    assert all("attribution" not in q.text and "they said" not in q.text for q in quotes)


def test_quotes_inverted_speaker_phrase_is_not_a_report(nlp):
    quotes, _ = run(nlp, '"Lock them all in one room until they agree," said a commuter waiting for a bus.')
    assert [q.text for q in quotes] == ["Lock them all in one room until they agree"]


# --------------------------------------------------------------------------- round 3: descriptions, salience, speed

ROUND3_SPEAKERS = [
    # a description introduced with an age: "the 54-year-old" after "Ana Ruiz, 54,"
    ("Maria Lopez, 54, met Peter Novak in Vienna on Monday. The 54-year-old said the cranes "
     "would be replaced next year.", "the cranes", "Maria Lopez"),
    # an abbreviated title before the name gives the role: "Gov." -> "the governor"
    ("Gov. Tom Radcliffe toured the flooded valley on Monday. Paula Marsh, a farmer, "
     "watched from her porch. \"We will rebuild every bridge,\" the governor said.",
     "We will rebuild", "Tom Radcliffe"),
    # a restrictive modifier: "the coach" is not the assistant coach
    ("Rovers sacked manager Niall Brennan on Monday. Assistant coach Kieran Dowd will take "
     "charge on Saturday. Speaking after the game, the coach admitted that his players "
     "had looked frightened on the ball.", "his players", "Niall Brennan"),
    # a capitalised title after "the" is a description, not a new name
    ("President Ruslan Qadirov opened the grain forum in Ustkar on Tuesday. \"Our farmers "
     "have proved everyone wrong,\" the President said.", "Our farmers", "Ruslan Qadirov"),
]


@pytest.mark.parametrize("text,quote,speaker", ROUND3_SPEAKERS)
def test_quotes_round3_nominal_speakers(nlp, text, quote, speaker):
    quotes, index = run(nlp, text)
    q = next(q for q in quotes if quote in q.text)
    assert speaker_name(index, q) == speaker


def test_quotes_pronoun_prefers_previous_attribution_subject(nlp):
    # "he" after an attribution by Aherne whose clause mentions Brennan: the
    # speaker of the previous attribution, not the man inside his report
    text = ("Niall Brennan was sacked on Monday. Captain Mick Aherne told reporters that the "
            "dressing room was gutted for Brennan. \"The lads let him down,\" he said.")
    quotes, index = run(nlp, text)
    q = next(q for q in quotes if "lads" in q.text)
    assert speaker_name(index, q) == "Mick Aherne"


def test_quotes_they_refers_to_unnamed_group_of_previous_attribution(nlp):
    text = ("The march was peaceful until the evening. Police later said 14 people had been "
            "detained. Most would be released after questioning, they said.")
    quotes, index = run(nlp, text)
    q = next(q for q in quotes if "released" in q.text)
    assert speaker_name(index, q) is not None
    assert speaker_name(index, q).lower() == "police"


def test_quotes_long_article_keeps_every_repeated_report(nlp):
    # how the time grows with length is measured in benchmarks/scaling.py, not here (a
    # timed assertion failed under load); this checks that a long text loses nothing
    para = ("Mayor Dalia Horvat, 48, said on Monday that the bridge would reopen in May. "
            "\"We will not wait for Brussels,\" the mayor told reporters. Police said "
            "12 people had been detained, according to a statement.\n")
    big = nlp(para * 80)
    qs = find_quotes(big, SimpleIndex.from_doc(big))
    assert len(qs) >= 80 * 2


# --------------------------------------------------------------------------- round 4: organisations and groups


def _speaker_of(nlp, text, fragment, runner=run):
    quotes, index = runner(nlp, text)
    q = next(q for q in quotes if fragment in q.text)
    return speaker_name(index, q), q.speaker_kind


def test_quotes_possessive_campaign_is_surname_campaign(nlp):
    text = ("Senator Martha Ellwood toured three factories in Dayton on Tuesday. "
            "Her campaign said in a statement that it had raised $2 million in May.")
    name, kind = _speaker_of(nlp, text, "raised")
    assert name == "Ellwood campaign" and kind == "organisation"


@pytest.mark.parametrize("text,fragment,speaker", [
    ("The Office of Tax Policy has begun a review of the rules. According to an OTP memo "
     "obtained by the Daily Courier, refunds will be delayed until June.", "refunds", "Office of Tax Policy"),
    ("Turnout is expected to be high. According to a survey published on Monday by the Harlow "
     "Institute, 58 percent of voters back the plan.", "58 percent", "Harlow Institute"),
])
def test_quotes_document_speaks_for_its_author(nlp, text, fragment, speaker):
    name, kind = _speaker_of(nlp, text, fragment)
    assert name is not None and name.lower().removeprefix("the ") == speaker.lower()
    assert kind == "organisation"


def test_quotes_indictment_speaks_for_the_prosecuting_body(nlp):
    text = ("The Regional Prosecutor's Office charged the former mayor of Tolvik in May. "
            "According to the indictment, the mayor accepted payments from two builders.")
    name, _ = _speaker_of(nlp, text, "accepted payments")
    assert name is not None and "Prosecutor" in name


def test_quotes_group_with_named_modifier_stays_a_group(nlp):
    text = ("The European Union fined the bank on Monday. Several member states had doubts "
            "about the size of the fine, EU officials said.")
    name, kind = _speaker_of(nlp, text, "member states")
    assert name == "EU officials" and kind == "organisation"


def test_quotes_aides_are_a_group(nlp):
    text = "Senate leaders were drafting their own version of the bill, aides said."
    name, kind = _speaker_of(nlp, text, "drafting")
    assert name == "aides" and kind == "organisation"


def test_quotes_prosecutors_are_the_named_prosecutors_office(nlp):
    text = ("The National Prosecutor's Office opened the case in 2022. The money was moved "
            "through a shell company, prosecutors say.")
    name, _ = _speaker_of(nlp, text, "shell company")
    assert name is not None and "Prosecutor" in name


def test_quotes_residents_are_not_the_residents_association(nlp):
    text = ("The Northgate Residents' Association wrote to the council in March. Residents "
            "said they were never consulted about the closure.")
    name, _ = _speaker_of(nlp, text, "never consulted")
    assert name is not None and "Association" not in name


def test_quotes_dateline_subject_is_the_company(nlp):
    text = ("LONDON, April 24 (Meridian) - Harrow Airways cut its profit forecast on Thursday "
            "and said it would ground 12 of its oldest jets until September.")
    name, kind = _speaker_of(nlp, text, "ground 12")
    assert name == "Harrow Airways" and kind == "organisation"


def test_quotes_they_after_a_group_of_people_is_that_group(nlp):
    text = ("The Harbour Authority said it would not comment on the case. Outside the building, "
            "a small group of fishermen held up hand-painted signs. The ban was ruining their "
            "livelihoods, they said.")
    name, kind = _speaker_of(nlp, text, "livelihoods")
    assert name == "fishermen" and kind == "pronoun"


def test_quotes_they_after_a_named_body_stays_with_it(nlp):
    text = ("The Harbour Authority said on Monday that the ban would stay. Fishing boats would be "
            "inspected every week, they said.")
    name, _ = _speaker_of(nlp, text, "inspected")
    assert name is not None and "Harbour Authority" in name


def test_quotes_the_nationality_noun_is_the_last_person_subject(nlp):
    text = ("Dunmore's Paolo Ferrante was full of praise for his goalkeeper, Liam Quinlan, who "
            "saved two penalties. \"Liam was unbelievable tonight.\"\n\n"
            "The Italian said he was proud of the whole squad.")
    name, kind = _speaker_of(nlp, text, "proud of")
    assert name == "Paolo Ferrante" and kind == "nominal"


class _FindIndex(SimpleIndex):
    """SimpleIndex with ``find`` by name, as the real EntityIndex has."""

    def find(self, name):
        return next((k for k, e in self.entities.items() if e.name == name or name in e.aliases), None)


def test_quotes_it_after_an_unlabelled_company_subject(nlp):
    # the company has no mention where it is the subject; "it" still finds it by name
    text = ("Norbex shares fell 4 percent in early trading. Rivals gained. Bonds were flat. "
            "Oil slipped. The euro rose.\n\n"
            "Norbex said it would appeal. The ruling \"ignores how the market works\", it said.")
    doc = nlp(text)
    index = _FindIndex()
    eid = index.add_entity("Norbex", "ORG", mention=(0, 6))
    quotes = find_quotes(doc, index, published=PUBLISHED)
    q = next(q for q in quotes if "ignores" in q.text)
    assert q.speaker == eid and q.speaker_kind == "pronoun"


def test_quotes_they_after_hundreds_of_people_is_the_people(nlp):
    text = ("The Harbour Authority said it would not comment. Hundreds of dockers gathered at the "
            "gates in the afternoon. They had heard the news on the radio, they said.")
    name, _ = _speaker_of(nlp, text, "on the radio")
    assert name == "dockers"


def test_quotes_they_after_a_plural_group_keeps_its_modifier(nlp):
    text = ("The Football Federation said it had fined both clubs. Local residents' groups "
            "blamed the council. The closure had been planned for years, they said.")
    name, _ = _speaker_of(nlp, text, "planned for years")
    assert name == "local residents' groups"


def test_quotes_business_noun_swept_into_the_name_is_dropped(nlp):
    text = ("Carmaker Holvik Motors will shut its plant in Arden next year, the company said on "
            "Monday.")
    doc = nlp(text)

    class MergingIndex(SimpleIndex):
        # like EntityIndex: adding a known name merges the new aliases into it
        def add_entity(self, name, type, *, aliases=(), mention=None):
            eid = super().add_entity(name, type, aliases=aliases, mention=mention)
            ent = self.entities[eid]
            ent.aliases.extend(a for a in aliases if a not in ent.aliases)
            return eid

    index = MergingIndex()
    eid = index.add_entity("Carmaker Holvik Motors", "ORG", mention=(0, 22))
    find_quotes(doc, index, published=PUBLISHED)
    assert "Holvik Motors" in index.entities[eid].aliases


def test_quotes_the_club_is_the_subject_club_not_the_later_opponent(nlp):
    text = ("Brennock FC were relegated on Sunday after a 2-1 defeat at Arden City. "
            "Their coach said he was sorry. The club said it would name a new coach within a week.")
    name, _ = _speaker_of(nlp, text, "new coach")
    assert name == "Brennock FC"


def test_quotes_plural_bodies_of_a_kind_are_not_the_named_body(nlp):
    text = ("The Norland Hospital Group said wards would stay open during the strike. Patient "
            "groups urged both sides to return to talks.")
    name, kind = _speaker_of(nlp, text, "return to talks")
    assert name is not None and "Norland" not in name and kind == "organisation"


def test_quotes_age_description_skips_sentences_of_quoted_speech(nlp):
    text = ("Coach Pavel Ruzek said he took the blame. \"We ran a lot. We did not score. "
            "We must be better,\" he said.\n\n"
            "Asked whether he would resign, the 61-year-old said that was for the owners to decide.")
    name, kind = _speaker_of(nlp, text, "for the owners")
    assert name == "Pavel Ruzek" and kind == "nominal"


def test_quotes_apposition_parsed_as_conjunct_names_the_speaker(nlp):
    text = ("The chairman did not speak to reporters, and the club's main sponsor, the brewery "
            "Hallam & Sons, said it was reviewing all options for next season.")
    name, kind = _speaker_of(nlp, text, "reviewing all options")
    assert name is not None and "Hallam" in name and kind == "organisation"


def test_quotes_continue_is_no_cue_for_a_slogan(nlp):
    quotes, _ = run(nlp, 'The fair, held under the motto "Roots and Wings", continues until May.')
    assert quotes == []


# --------------------------------------------------------------------------- nominal speakers, full pipeline

def _full(text):
    from narrascope.evaluate.quotes import extract
    quotes, index = extract(text, PUBLISHED)
    return [(q.text, index.entities[q.speaker].name if q.speaker else None) for q in quotes]


def test_quotes_the_office_is_not_the_shadow_office():
    text = ("Ruth Ames said on Monday she would not raise taxes.\n\n"
            '"We will keep our promise," the Chancellor said.\n\n'
            "Shadow chancellor Tom Webb called the plan a fantasy.")
    assert ("We will keep our promise", "Ruth Ames") in _full(text)


def test_quotes_head_of_state_is_the_president():
    text = ("President Omar Saidov opened the session on Friday.\n\n"
            'Turning to the harvest, the head of state warned: "Those who fail will answer for it."')
    assert ("Those who fail will answer for it.", "Omar Saidov") in _full(text)


def test_quotes_counsel_named_by_a_participle_holds_the_role():
    text = ("Tom Reed, 40, admitted fraud at an earlier hearing.\n\n"
            "Prosecuting, Anna Dale told the court that Reed had stolen from his clients.\n\n"
            '"He treated their savings as his own," the prosecutor said.')
    assert ("He treated their savings as his own", "Anna Dale") in _full(text)


def test_quotes_club_and_office_is_the_named_office_holder():
    text = ("United led for an hour. Their coach, Emma Hart, blamed the referee for the defeat.\n\n"
            '"We were the better side for sixty minutes," the United coach said.\n\n'
            '"It was a sad day for the club," the Kremlin spokesman said.')
    got = _full(text)
    assert ("We were the better side for sixty minutes", "Emma Hart") in got
    # no one holds that office in the article: the body, not the coach
    assert ("It was a sad day for the club", "Emma Hart") not in got


def test_quotes_name_hung_on_an_opening_participle():
    got = _full("Asked about her own future, Ferris, 47, said she still had the support of the board.\n\n"
                "Pressed on the budget, Hale, 52, said the cuts would stay.")
    assert ("she still had the support of the board", "Ferris") in got
    assert ("the cuts would stay", "Hale") in got


def test_quotes_adding_hung_on_the_reported_clause_keeps_the_speaker():
    text = ("Mayor Tom Reed said repairs to the bridge had been delayed by a dispute with a contractor, "
            'adding that drivers had "every reason to be annoyed".')
    assert ('drivers had "every reason to be annoyed"', "Tom Reed") in _full(text)


def test_quotes_the_nationality_noun_is_the_person():
    text = ("Anna Rossi beat the top seed in three sets on Sunday.\n\n"
            'Asked about the injury timeout, the Italian said she would "never fake an injury".')
    assert ('she would "never fake an injury"', "Anna Rossi") in _full(text)


def test_quotes_figures_from_a_body_are_its_words():
    got = _full("According to figures from the World Bank, growth slowed to two percent last year.")
    assert ("growth slowed to two percent last year", "World Bank") in got


def test_quotes_person_introduced_just_before_a_quote_outranks_the_earlier_speaker():
    text = ("The deciding vote came from Councilwoman Nora Bell, who had been undecided. "
            "Ms. Bell said she had won a hiring pledge from the owners.\n\n"
            "That did not satisfy Councilwoman Ruth Dane, who led the opposition. "
            '"We are handing millions to a billionaire while our libraries close," she said.')
    assert ("We are handing millions to a billionaire while our libraries close", "Ruth Dane") in _full(text)


def test_quotes_advocacy_group_name_is_one_organisation():
    text = ("Parents for Safer Streets, a coalition of school groups, said on Monday that it would sue the city. "
            "It has raised $40,000 for the case, the group said.")
    got = _full(text)
    assert ("it would sue the city", "Parents for Safer Streets") in got
    assert ("It has raised $40,000 for the case", "Parents for Safer Streets") in got


def test_quotes_a_countrys_described_body_is_an_organisation_speaker():
    got = _full("Serandia's coast guard said a Chinese vessel had rammed one of its patrol boats.")
    assert ("a Chinese vessel had rammed one of its patrol boats", "Serandia's coast guard") in got


def test_quotes_the_surname_campaign_is_the_campaign():
    got = _full("Ana Torres conceded nothing. The Torres campaign said two of its volunteers had been detained.")
    assert ("two of its volunteers had been detained", "Torres campaign") in got


def test_quotes_company_short_name_speaks_for_the_company():
    got = _full("Pilots at Skyvale Airlines will strike on Monday after talks collapsed.\n\n"
                "Skyvale said it had offered a 4.5% pay rise over two years.")
    assert ("it had offered a 4.5% pay rise over two years", "Skyvale Airlines") in got


# --------------------------------------------------------------------------- parser slips (round 7)


@pytest.mark.parametrize("text", [
    'Mayor Ida Sol spoke on Friday. Sol said,“Frankly, the budget is a mess. We need a fix.”',
    'Mayor Ida Sol spoke on Friday. “Frankly, the budget is a mess,”Sol said sharply.',
    'Mayor Ida Sol spoke on Friday. Sol said,"Frankly, the budget is a mess."',
])
def test_quotes_quote_mark_glued_to_the_cue(text):
    got = _full(text)
    assert any(t.startswith("Frankly, the budget is a mess") and who == "Ida Sol" for t, who in got), got


def test_quotes_name_after_an_opening_participle_phrase_is_the_speaker(nlp):
    # the small parser's misreading (seen on real text): the opening participle is the
    # subject and the name hangs on it; built by hand so the test does not depend on
    # when the model happens to make the mistake
    from spacy.tokens import Doc
    from narrascope.quotes import _subject
    words = ["Standing", "outside", "the", "hall", ",", "Joan", "Briggs", ",", "71", ",", "told", "the", "Echo", "."]
    heads = [10, 0, 3, 1, 0, 6, 0, 6, 6, 6, 10, 12, 10, 10]
    deps = ["csubj", "prep", "det", "pobj", "punct", "compound", "npadvmod", "punct", "appos", "punct", "ROOT",
            "det", "dobj", "punct"]
    pos = ["VERB", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "NUM", "PUNCT", "VERB", "DET",
           "PROPN", "PUNCT"]
    tags = ["VBG", "IN", "DT", "NN", ",", "NNP", "NNP", ",", "CD", ",", "VBD", "DT", "NNP", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
              ents=["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-ORG", "O"])
    assert _subject(doc[10]).text == "Briggs"


def test_quotes_a_style_of_address_is_the_office_holder():
    text = ("His Highness Sheikh Faisal bin Hamad Al Nuwaimi, Emir of the State of Qadira, received the "
            "visiting president today.\n\nDuring the meeting, His Highness welcomed the president. His Highness "
            "stressed that the partnership would serve the interests of both peoples.")
    assert ("the partnership would serve the interests of both peoples",
            "Faisal bin Hamad Al Nuwaimi") in _full(text)


def test_quotes_the_club_manager_with_no_office_on_record_is_the_person_in_focus():
    text = ("Stanmore United 3 Harwell Athletic 0\n\nJavier Ordonez did not try to hide. "
            "“We deserved nothing today,” the Harwell manager said after the defeat.")
    assert ("We deserved nothing today", "Javier Ordonez") in _full(text)


@pytest.mark.parametrize("text, quote, speaker", [
    # an unknown one-word "place" that speaks is a person ("Kasich" tagged GPE)
    ("Kasich spoke in Windham on Monday.\n\nThis campaign, he says, is different.",
     "This campaign, he says, is different", "Kasich"),
    # the first of two coordinated acts is no report of the second
    ("Governor Mark Ellis toured the shelter. Ellis shook hands with the volunteers, then says he will return in May.",
     "he will return in May", "Mark Ellis"),
])
def test_quotes_round7_real_text_slips(text, quote, speaker):
    got = _full(text)
    assert (quote, speaker) in got, got
    assert not any(t.startswith(("Ellis shook", "Kasich spoke")) for t, _ in got)


def test_quotes_a_participle_cue_after_a_comma_ends_the_report():
    got = _full("Speaking in Ohio, Rivera insisted that he has “grown the party,” claiming that he alone "
                "can win the state.")
    assert ("he has “grown the party,”", "Rivera") in got
    assert ("he alone can win the state", "Rivera") in got


def test_quotes_the_party_leader_with_no_office_on_record_is_the_person_in_focus():
    text = ("Owen Price spoke last at the debate in Cardiff.\n\n"
            '"Neither of them will tell you the truth about care," the Liberal Alliance leader said.')
    assert ("Neither of them will tell you the truth about care", "Owen Price") in _full(text)


@pytest.mark.parametrize("text, expected, not_expected", [
    ('The Digital Commerce Council said the bill would violate the First Amendment, calling it "a lawyer\'s dream".',
     [("the bill would violate the First Amendment", "Digital Commerce Council"),
      ("a lawyer's dream", "Digital Commerce Council")], []),
    ("Coach Ivo Marsh said he understood the anger of the travelling fans, who chanted “Marsh out” as the players left.",
     [("he understood the anger of the travelling fans", "Ivo Marsh")], []),
    ("Nora Quist testified for an hour. “My son was not a statistic,” she told senators, her voice steady.",
     [("My son was not a statistic", "Nora Quist")], ["her voice steady"]),
    ("Sheikh Salim bin Rashid Al Harthy received the envoy. He affirmed that Oman attached great importance to "
     "the talks.", [("Oman attached great importance to the talks", "Salim bin Rashid Al Harthy")], []),
])
def test_quotes_round7_report_edges(text, expected, not_expected):
    got = _full(text)
    for pair in expected:
        assert pair in got, got
    assert not any(t in not_expected for t, _ in got), got


def test_quotes_a_countrys_ministry_is_the_ministry_not_the_country():
    got = _full("Egypt's foreign ministry said Cairo was ready to host \"as many rounds as necessary\".\n\n"
                "Russia's defence ministry said its forces had carried out a strike.")
    assert ('Cairo was ready to host "as many rounds as necessary"', "Egypt's foreign ministry") in got
    assert ("its forces had carried out a strike", "Russia's defence ministry") in got


def test_quotes_a_one_word_owner_of_a_foreign_ministry_is_a_state_and_it_is_the_ministry():
    text = ("Mediators would meet delegations in Cairo on Tuesday.\n\nAzara's foreign ministry said in a statement "
            'that it would respect the truce. It warned that any violation would be "met with force".')
    got = _full(text)
    assert ("it would respect the truce", "Azara's foreign ministry") in got
    assert ('any violation would be "met with force"', "Azara's foreign ministry") in got


# one speaker per report: each case is a rule of round 7, named by its id
@pytest.mark.parametrize("text, quote, speaker", [
    # the parser takes "dredging" as the cue's complement and hangs "could" on it
    pytest.param("Governor Lena Ward toured the port on Monday. "
                 "She said dredging it could open the harbour to larger ships.",
                 "dredging it could open the harbour to larger ships", "Lena Ward",
                 id="gerund_subject_of_the_reported_clause"),
    pytest.param("Coach Tim Rowe told fans on Sunday that the squad has "
                 "“given everything this season, and we are not finished yet.”",
                 "the squad has “given everything this season, and we are not finished yet.”", "Tim Rowe",
                 id="quote_opened_inside_the_clause_runs_to_its_close"),
    pytest.param("The banner, Ms. Varga said, accompanied pictures of missing children.",
                 "The banner, Ms. Varga said, accompanied pictures of missing children", "Varga",
                 id="parenthetical_cue_on_a_misparsed_noun_subject"),
    # the age appears nowhere else; the person just quoted (by a description) is meant
    pytest.param("Coach Pavel Orlov said his team had been unlucky. “We hit the post twice,” he told reporters.\n\n"
                 "The coach also criticised the referee, saying Dunmore should have had a penalty. "
                 "The 52-year-old said he had not spoken to the owner since Monday.",
                 "he had not spoken to the owner since Monday", "Pavel Orlov",
                 id="age_after_a_described_speaker_is_that_speaker"),
    pytest.param("In the harbour district, Tomas Vidal, 70, stood beside the ruins of his boat shed.\n\n"
                 '"The water took everything in ten minutes," said the retired fisherman.',
                 "The water took everything in ten minutes", "Tomas Vidal",
                 id="a_description_of_life_or_trade_is_the_person_in_focus"),
    pytest.param("Rory Baird watched from the touchline. Haanstra had been “unplayable” for an hour, the Scot said.",
                 "Haanstra had been “unplayable” for an hour", "Rory Baird",
                 id="a_person_named_by_nation"),
    pytest.param("Jesper Haanstra scored twice on Saturday. The move had been hard for his family, the Dutchman said.",
                 "The move had been hard for his family", "Jesper Haanstra",
                 id="a_person_named_by_nation_in_man"),
    pytest.param("Kalnova will need a partner. Petra Sova, whose Green-Liberals took 7.9%, told VTV that she "
                 'was ready to talk "but not to sign a blank cheque".',
                 'she was ready to talk "but not to sign a blank cheque"', "Petra Sova",
                 id="a_whose_clause_subject_is_not_the_speaker"),
    pytest.param('"We did not see fraud," said the head of the mission, Annika Roos, a former Swedish lawmaker.',
                 "We did not see fraud", "Annika Roos",
                 id="the_name_hung_on_the_title_of_phrase"),
    pytest.param("He had turned himself in two days after the fight, Saskatoon police said at the time.",
                 "He had turned himself in two days after the fight", "Saskatoon police",
                 id="a_citys_police_is_the_police_not_the_city"),
    # several newspapers of a nation are a group, not the medium named before
    pytest.param("The club posted a video on Instagram.\n\nThe move had looked in doubt after British newspapers "
                 "reported that the striker had refused to travel.",
                 "the striker had refused to travel", "British newspapers",
                 id="a_nations_newspapers_are_a_group"),
    pytest.param("The European Union's observer mission said the count was orderly.",
                 "the count was orderly", "European Union's observer mission",
                 id="a_group_name_keeps_its_proper_noun_capital"),
    pytest.param("Harbor Lane Securities cut its rating on the shares. Analysts at Harbor Lane Securities said "
                 "the guidance cut was painful but overdue.",
                 "the guidance cut was painful but overdue", "Harbor Lane Securities",
                 id="analysts_at_a_named_firm_speak_for_the_firm"),
])
def test_quotes_round7_speakers(text, quote, speaker):
    assert (quote, speaker) in _full(text)


# --------------------------------------------------------------------------- round 8
# parser and typing slips found on PolNeAR 0-399 (real news); one speaker per report
@pytest.mark.parametrize("text, quote, speaker", [
    # an opening curly mark typed where the closing one belongs
    pytest.param("“If the mayor loses the runoff, the budget could stall for months,“ said Ines Waller, "
                 "a councillor from the harbour ward.",
                 "If the mayor loses the runoff, the budget could stall for months", "Ines Waller",
                 id="an_opening_mark_typed_as_the_closer"),
    # "A, said X, B": the parser takes the sentence's subject for the cue's
    pytest.param("Freight rates, said Oskar Lind, the head of research at Norvik Shipping, will stay high "
                 "until the canal reopens.",
                 "Freight rates, said Oskar Lind, the head of research at Norvik Shipping, will stay high "
                 "until the canal reopens", "Oskar Lind",
                 id="an_inverted_attribution_inside_the_sentence"),
    pytest.param("Any honest reading of the audit, said Mira Tonn, would show the money never left the account.",
                 "Any honest reading of the audit, said Mira Tonn, would show the money never left the account",
                 "Mira Tonn", id="an_inverted_attribution_with_the_name_on_the_later_verb"),
    # a participle aside between the name and the cue
    pytest.param("“We have never had a harvest this poor,” grower Pieter Aalst, leaning on his tractor, said.",
                 "We have never had a harvest this poor", "Pieter Aalst",
                 id="a_participle_aside_before_the_cue"),
    pytest.param('"We will win," Tom Smyth, speaking at a rally in Ohio, said.',
                 "We will win", "Tom Smyth",
                 id="a_speaking_aside_is_not_the_cue"),
    # a fronted phrase the parser takes for the subject ("Of X, Name, who ..., said")
    pytest.param("Of Harlan, Dorsey, who has given money to Tom Ruiz, said, “He is flat-out scary.”",
                 "He is flat-out scary.", "Dorsey",
                 id="a_fronted_of_phrase_is_not_the_speaker"),
    # a long report closed by its attribution, which the parser hangs on the report's last noun
    pytest.param("Council engineers ignored a warning about the dam when they opened a sluice that later "
                 "jammed and flooded the village of Elmworth, counsel for the residents told a hearing in "
                 "Carlisle on Monday.",
                 "Council engineers ignored a warning about the dam when they opened a sluice that later "
                 "jammed and flooded the village of Elmworth", None,
                 id="a_final_attribution_after_a_long_report"),
    # the members of a team speak; the participle after the attribution is theirs too
    pytest.param("Children who sleep fewer than eight hours a night are twice as likely to be injured in "
                 "sport as those who do not, a group of physiotherapists reported on Friday, warning that "
                 "school timetables made the problem worse.",
                 "Children who sleep fewer than eight hours a night are twice as likely to be injured in "
                 "sport as those who do not", "physiotherapists",
                 id="a_team_of_people_reports"),
    # "said A and that B" with the second clause hung inside the first
    pytest.param('Rask said volumes fell 6% in the quarter as shoppers "traded down" to store brands and '
                 "that the company would cut about 800 jobs, mostly at plants in Ohio.",
                 "the company would cut about 800 jobs, mostly at plants in Ohio", "Rask",
                 id="a_second_that_clause_hung_low"),
    # a finding reported with a that-clause
    pytest.param("The Waterways Commission found that the dam had not been inspected since 2009.",
                 "the dam had not been inspected since 2009", "Waterways Commission", id="found_that"),
    pytest.param("The tribunal held that the dismissal was unfair.",
                 "the dismissal was unfair", "tribunal", id="held_that"),
    # a definite document speaks for whoever issued it just before
    pytest.param("Veldoria's interior ministry said in a statement on Friday that the march was banned.\n\n"
                 "“Organisers were warned three times,” the statement said.",
                 "Organisers were warned three times", "Veldoria's interior ministry", id="the_statement_said"),
    pytest.param("The Arctic Council said in a report released on Monday that sea ice was thinning. "
                 "The report found that shipping traffic had doubled since 2015.",
                 "shipping traffic had doubled since 2015", "Arctic Council", id="the_report_found"),
    # "on X." ends the sentence: the platform is no initial of the next name
    pytest.param("Within an hour the hashtag was trending on X. Grace Wanjiru, a student leader, wrote on X: "
                 '"They have learned nothing."\n\nThe 26-year-old told reporters that no route had been agreed.',
                 "no route had been agreed", "Grace Wanjiru", id="platform_x_at_a_sentence_end"),
    # an abbreviated rank before the name, a full noun afterwards
    pytest.param("Speaking outside court, Det Sgt Owen Pryce said officers had traced the van. "
                 "'Without that footage, we might still be looking,' the detective said.",
                 "Without that footage, we might still be looking", "Owen Pryce", id="det_sgt_then_the_detective"),
    # "described/dismissed X as "..."": the quoted words are the speaker's
    pytest.param("Campaign chair Dana Whitlow dismissed the whole row as “absurd.”",
                 "absurd.", "Dana Whitlow", id="dismissed_as"),
    pytest.param("Ruth Okafor described the new budget as “a plan for nobody”.",
                 "a plan for nobody", "Ruth Okafor", id="described_as"),
    # "..., said X, who ..." closes the report; the relative clause is not its predicate
    pytest.param("The mine will close next year, said Pavel Rusu, who ran it for a decade.",
                 "The mine will close next year", "Pavel Rusu", id="an_attribution_at_the_end_is_not_parenthetical"),
    # a quote standing alone before the paragraph that introduces a new person
    pytest.param("Floodwater reached the second floor of the clinic on Monday, officials said. "
                 '"We will rebuild," the mayor, Tomas Reyes, said.\n\n'
                 '"The roof went first, then the walls. We had ten minutes."\n\n'
                 "Maria Okafor, 47, a baker, stood outside the ruins of her shop on Tuesday.",
                 "The roof went first, then the walls. We had ten minutes.", "Maria Okafor",
                 id="a_lone_quote_before_the_paragraph_that_introduces_its_speaker"),
])
def test_quotes_round8_speakers(text, quote, speaker):
    assert (quote, speaker) in _full(text)


def test_the_participle_after_a_broken_final_attribution_shares_its_speaker():
    got = _full("Children who sleep fewer than eight hours a night are twice as likely to be injured in "
                "sport as those who do not, a group of physiotherapists reported on Friday, warning that "
                "school timetables made the problem worse.")
    assert [sp for q, sp in got if q.endswith("school timetables made the problem worse")] == ["physiotherapists"]


def test_a_noun_with_a_participle_after_a_report_is_no_attribution():
    # "the biggest drop reported since 2009" describes the figure; nobody reports it
    assert _full("Exports fell 5% in March, the biggest drop reported since 2009.") == []


def test_a_lone_quote_before_a_person_already_quoted_is_not_theirs_by_position():
    # the name opening the next paragraph is no introduction when the person spoke before
    text = ('"We will rebuild," said Ana Lutz, a baker.\n\n'
            'The mayor, Tomas Reyes, toured the town. "The state has abandoned us," he said.\n\n'
            '"The roof went first, then the walls."\n\n'
            "Ana Lutz said her shop would reopen in June.")
    got = dict((q, sp) for q, sp in _full(text))
    assert got.get("The roof went first, then the walls.") != "Ana Lutz"


def test_found_without_a_that_clause_is_no_report():
    assert _full("Police found the body near the harbour on Tuesday.") == []


def test_described_as_a_phrase_with_its_article_outside_stays_a_label():
    # 'described the area as a "no-go zone"': the article outside the marks, as with "called"
    assert _full('Residents described the estate as a "no-go zone".') == []


def test_a_states_body_is_also_named_with_the_demonym():
    from narrascope.evaluate.quotes import extract
    text = "Ukraine's General Staff said fighting was continuing near the village."
    quotes, index = extract(text, PUBLISHED)
    ent = index.entities[quotes[0].speaker]
    assert "Ukrainian General Staff" in [ent.name, *ent.aliases]


def test_a_cue_coordinated_with_the_object_noun_shares_the_clause_subject():
    # the parser makes "joked" a conjunct of "accent"; the speaker is the subject of "adopted"
    got = _full("Senator Tom Reyes took the stage in Dover. He then adopted a fake Southern accent and joked, "
                "“But I am just gonna make it easier for them to make fun of me.”")
    assert ("But I am just gonna make it easier for them to make fun of me.", "Tom Reyes") in got


def test_a_share_of_voters_keeps_its_count():
    from narrascope.quotes import COUNT_PREFIX
    assert COUNT_PREFIX.sub("", "Six in 10 Virginia voters") == "Six in 10 Virginia voters"
    assert COUNT_PREFIX.sub("", "eight European brands") == "European brands"


@pytest.mark.parametrize("text", [
    # a fronted time clause before "X said nothing" is no report (review of round 8)
    "When the minister arrived at the hall, Smith said nothing.",
    "As the results came in, the president wrote on Twitter.",
])
def test_a_fronted_clause_before_a_bare_cue_is_no_report(text):
    assert _full(text) == []


def test_a_second_that_clause_of_an_embedded_report_stays_in_it():
    got = [q for q, _ in _full("The minister said the report showed that exports grew and that imports "
                               "fell sharply last year.")]
    assert got == ["the report showed that exports grew and that imports fell sharply last year"]


def test_a_company_named_with_its_country_gets_no_demonym_alias():
    from narrascope.evaluate.quotes import extract
    quotes, index = extract("Kenya's Kenya Airways said flights would resume on Monday.", PUBLISHED)
    assert all(not a.startswith("Kenyan ") for q in quotes if q.speaker for a in index.entities[q.speaker].aliases)


@pytest.mark.parametrize("text,quote,speaker", [
    # a closing mark glued to the final stop before a blank line is no sentence of its
    # own: the description two sentences on still finds the speaker
    pytest.param('"This is a message the government cannot ignore," said Maria Lopes, the general secretary '
                 'of the teachers union, at the head of the march. "If they want to keep going, we will keep '
                 'going too."\n\nThe 61-year-old, a former chemistry teacher, told reporters that union leaders '
                 'would meet on Friday.',
                 "union leaders would meet on Friday", "Maria Lopes", id="closing_mark_before_a_blank_line"),
    # "the 47-year-old told reporters": the parser reads "told" as an adjective of "reporters"
    pytest.param('Sen. Dana Whitley, R-Ashby, sponsored the bill.\n\n"We were promised homes, not car parks," '
                 'the 47-year-old told reporters.',
                 "We were promised homes, not car parks", "Dana Whitley", id="age_description_told_reporters"),
])
def test_quotes_round9_speakers(text, quote, speaker):
    assert (quote, speaker) in _full(text)


def test_a_document_of_a_definite_body_speaks_for_that_body():
    got = _full("DHAKA - The Flood Forecasting and Warning Centre said on Sunday that floods had displaced "
                "400,000 people in northern Bangladesh.\n\nFour more people drowned overnight, according to "
                "the centre's evening bulletin.")
    speaker = dict(got).get("Four more people drowned overnight")
    assert speaker is not None and "Centre" in speaker


def test_a_naming_verb_after_a_backshifted_report_is_the_speakers_next_act():
    got = _full("The rights group Justice Watch said it had documented at least 11 injuries in Accra alone, "
                'and called the police response "disproportionate and unlawful".')
    assert [q for q, _ in got] == ["it had documented at least 11 injuries in Accra alone",
                                   "disproportionate and unlawful"]
    assert {s for _, s in got} == {"Justice Watch"}


def test_a_panel_of_a_named_body_speaks_for_it():
    got = _full('LAUSANNE - A three-member panel of the Court of Arbitration for Sport found that Mensah had not '
                'explained the positive test. The panel said her account was "speculative".')
    assert {s for _, s in got} == {"Court of Arbitration for Sport"} and len(got) == 2


@pytest.mark.parametrize("text", [
    'Economy Minister Tomas Reyes wrote on X that March\'s number was "the result of discipline, not luck", '
    'and accused the opposition of "betting on failure".',
    'Health Minister Ana Duarte wrote on X that January\'s figure was "the fruit of planning, not luck", '
    'and accused the unions of "wishing for chaos".',
])
def test_a_cue_after_comma_and_hung_inside_the_report_is_the_reporters_next_act(text):
    got = _full(text)
    assert len(got) == 2 and all(s is not None and s.endswith(("Reyes", "Duarte")) for _, s in got)
    assert "accused" not in got[0][0]


@pytest.mark.parametrize("text,quote,speaker", [
    pytest.param('A coroner has found that "missed opportunities" by hospital staff contributed to the death of '
                 'a 78-year-old woman.\n\nMargaret Ellery, a retired teacher, died of sepsis in January.\n\n'
                 'Concluding the inquest yesterday, area coroner Helen Garside recorded a narrative conclusion.',
                 '"missed opportunities" by hospital staff contributed to the death of a 78-year-old woman',
                 "Helen Garside", id="a_coroner_named_further_down"),
    pytest.param("A state district judge on Thursday blocked a new rental law, ruling that it unlawfully singled "
                 "out a handful of large cities.\n\nThe state will appeal, Attorney General Wade Hollister said.\n\n"
                 'Judge Renata Salcedo wrote that the law "cannot be squared with the constitution".',
                 "it unlawfully singled out a handful of large cities", "Renata Salcedo", id="a_judge_named_further_down"),
])
def test_an_indefinite_role_in_the_lead_is_the_person_named_with_it_below(text, quote, speaker):
    assert (quote, speaker) in _full(text)


def test_a_cue_after_comma_and_with_no_report_above_it_is_no_next_act(nlp):
    # the climb to the report stops at the root: "Prices were the result, and accused rivals."
    from spacy.tokens import Doc
    from narrascope.quotes import _reporting_conj_head
    words = ["Prices", "were", "the", "result", ",", "and", "accused", "rivals", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 3, 1, 3, 3, 3, 6, 1],
              deps=["nsubj", "ROOT", "det", "attr", "punct", "cc", "conj", "dobj", "punct"],
              pos=["NOUN", "AUX", "DET", "NOUN", "PUNCT", "CCONJ", "VERB", "NOUN", "PUNCT"],
              tags=["NNS", "VBD", "DT", "NN", ",", "CC", "VBD", "NNS", "."],
              lemmas=["price", "be", "the", "result", ",", "and", "accuse", "rival", "."])
    assert _reporting_conj_head(doc[6]) is None


def test_a_clubs_short_name_and_its_boss():
    got = _full('Harwell Athletic sacked manager Javier Ordonez on Sunday after a fifth straight defeat.\n\n'
                'Harwell said it had asked the referees body to review the red card. "We deserved nothing," '
                'the Harwell boss said.')
    assert ("it had asked the referees body to review the red card", "Harwell Athletic") in got
    assert ("We deserved nothing", "Javier Ordonez") in got


def test_the_clubs_manager_is_not_the_other_clubs_manager():
    got = _full("Javier Ordonez did not try to hide. \"We deserved nothing today,\" the Harwell manager said.\n\n"
                "Stanmore manager Callum Baird was almost apologetic. \"Javier is a good coach,\" he said.\n\n"
                "\"The first 20 minutes were the worst I have seen,\" the Harwell manager said.")
    assert ("The first 20 minutes were the worst I have seen", "Javier Ordonez") in got


def test_an_age_inside_a_longer_description_keeps_the_description():
    # review of round 9: the age rule must not shorten "the Portuguese 23-year-old"
    got = _full('Marta Silva scored twice on Sunday. "We deserved it," the Portuguese 23-year-old said after '
                'the match.')
    assert ("We deserved it", "Marta Silva") in got


@pytest.mark.parametrize("text,quote", [
    # a simple past after ", and" with the speaker's pronoun goes on with the narrative
    ("Rubio said the real extremist on abortion is Hillary Clinton, and he railed against her record.",
     "the real extremist on abortion is Hillary Clinton"),
    # the outlet's "referring to ..." after the closing mark is its gloss
    ('Donald Trump said things “should be wrapped up by Cleveland,” referring to the party convention.',
     'things “should be wrapped up by Cleveland,”'),
])
def test_the_narrative_after_a_report_is_not_reported(text, quote):
    assert quote in [q for q, _ in _full(text)]


@pytest.mark.parametrize("text,quote,speaker", [
    # the parser makes "told" an adverbial clause of the told verb
    ('The statement comes just three days after Trump told The Washington Post he was “not quite there yet” on '
     'supporting Ryan.', 'he was “not quite there yet” on supporting Ryan', "Trump"),
    # a final attribution whose speaker phrase holds an apposition
    ("Despite a string of costly defeats on Tuesday night, Sen. Bernie Sanders remains committed to seeing the "
     "primary through to the convention, his top aide, Tad Devine, told The Huffington Post.",
     "Despite a string of costly defeats on Tuesday night, Sen. Bernie Sanders remains committed to seeing the "
     "primary through to the convention", "Tad Devine"),
])
def test_quotes_round9_real_text_slips(text, quote, speaker):
    assert (quote, speaker) in _full(text)


def test_the_central_bank_is_the_country_s_bank_not_the_agency_in_the_dateline(nlp):
    text = ("ANKARA, Jan 22 (Harbor Wire) - Turkey's central bank cut its main rate on Thursday, surprising "
            "economists polled by Harbor Wire.\n\nIn a statement, the central bank said inflation had fallen "
            "faster than expected.")
    quotes, index = run_real(nlp, text)
    q = next(q for q in quotes if q.text.startswith("inflation"))
    ent = index.entities[q.speaker]
    assert ent.name != "Harbor Wire"
    assert "Turkish central bank" in ent.aliases


# --------------------------------------------------------------------------- round 10 (quotes dev14 misses)

def test_a_lead_that_describes_its_speaker_names_them_in_the_next_sentence():
    text = ("WASHINGTON - The head of one of the country's fastest-growing software companies told senators on "
            "Tuesday that his firm would accept mandatory testing.\n\nNathaniel Oduya, the 44-year-old co-founder "
            "of Helix Systems, testified for almost three hours.")
    assert ("his firm would accept mandatory testing", "Nathaniel Oduya") in _full(text)


def test_a_name_after_the_cue_that_follows_a_closing_mark_is_the_speaker():
    text = ("Relatives waited for news.\n\nOutside the hospital, relatives waited. \"My brother phoned me at "
            "midnight. He was scared,\" said Marisol Tapia, whose brother Juan, 34, is among the injured.")
    got = _full(text)
    assert ("My brother phoned me at midnight. He was scared", "Marisol Tapia") in got
    assert not any(q.startswith("Marisol Tapia") for q, _ in got)


def test_a_self_named_union_is_not_the_organisation_named_before():
    text = ("SANTIAGO - Four workers died at the Cerro Negro mine, Minera Altoandina said.\n\n"
            "The Cerro Negro miners' union said it had warned management twice this year.")
    got = dict(_full(text))
    assert got.get("it had warned management twice this year") not in ("Minera Altoandina", "Cerro Negro")


def test_a_union_named_by_its_own_name_is_that_body():
    text = ("BERLIN - Nurses walked out at 40 hospitals after VHB called a strike.\n\n"
            "The VHB union said 91% of members who voted had backed the stoppage.")
    assert ("91% of members who voted had backed the stoppage", "VHB") in _full(text)


def test_a_quote_after_a_person_s_sentence_and_the_pronoun_after_it_are_that_person():
    text = ("ISTANBUL - The lira fell.\n\nFinance Minister Orhan Selvi wrote on X shortly after the decision that "
            "the move reflected \"the success of our programme\".\n\nMurat Ekinci, an emerging-markets strategist "
            "at London-based Thamesfield Asset Management, was blunter. \"The committee has just spent credibility "
            "that took two years to build.\"\n\nHe said investors would \"head for the exit first\".")
    got = _full(text)
    assert ("The committee has just spent credibility that took two years to build.", "Murat Ekinci") in got
    assert ('investors would "head for the exit first"', "Murat Ekinci") in got


def test_a_counted_crowd_is_named_without_its_count():
    text = "JAKARTA - The count ended.\n\nSeveral hundred Wulandari supporters chanted \"Return our votes!\" outside."
    assert ("Return our votes!", "Wulandari supporters") in _full(text)


def test_a_named_public_office_is_an_organisation_the_office_refers_to():
    text = ("CORONADO - Drones flew.\n\nThe Coronado County Sheriff's Office began flying drones last fall. In a "
            "statement, the sheriff's office said it would publish monthly flight statistics.")
    assert ("it would publish monthly flight statistics", "Coronado County Sheriff's Office") in _full(text)


def test_the_state_and_party_after_a_name_describe_the_senator():
    text = ("WASHINGTON - Senators grilled executives.\n\nThe subcommittee chairman, Sen. Cole Hadley, R-Idaho, asked "
            "whether Helix would publish the results. Nathaniel Oduya said summaries would do.\n\n\"Summaries are "
            "what you give people,\" the Idaho Republican shot back.")
    assert ("Summaries are what you give people", "Cole Hadley") in _full(text)


def test_a_nationality_noun_is_the_person_the_article_gives_that_nation():
    text = ("MELBOURNE - The final was set.\n\nSpain's Alvaro Resina beat Matteo Ferrante of Italy 6-3 6-4. Ferrante "
            "said he was tired.\n\n\"I will sleep for ten hours,\" the Spaniard said.")
    assert ("I will sleep for ten hours", "Alvaro Resina") in _full(text)


def test_a_retort_cues_the_quotation_beside_it_never_a_clause():
    text = ("In 1992, Hillary Clinton roiled traditionalists with one sentence.\n\nAfter former California Gov. Jerry "
            "Brown criticized Bill Clinton during a debate, Hillary shot back, \u201cI suppose I could have chosen to "
            "bake cookies and have teas, but I chose to fulfill my profession.\u201d")
    got = _full(text)
    assert not any(q.startswith("After former") or q.startswith("former California") for q, _ in got)
    assert ("I suppose I could have chosen to bake cookies and have teas, but I chose to fulfill my profession.",
            "Hillary Clinton") in got


def test_the_company_is_not_the_platform_someone_posted_on():
    text = ("SAN FRANCISCO - Lumora Inc. cut 1,200 jobs on Tuesday.\n\nA designer who had worked at Lumora for four years "
            "posted on LinkedIn that her laptop had been locked at 6 a.m.\n\nThe company said the layoffs would not "
            "affect its safety team.")
    assert ("the layoffs would not affect its safety team", "Lumora Inc.") in _full(text)


def test_a_titled_name_the_recogniser_missed_speaks_and_is_she():
    text = ("LUCKNOW: Chief Minister Raghav Pratap Singh dismissed the motion on Tuesday.\n\nThe motion was moved by "
            "Leader of the Opposition Meenakshi Yadav. The Lok Vikas Morcha leader alleged that the chief minister "
            "had lost the support of 14 legislators.\n\n\"His own MLAs are not picking up his calls,\" she said.")
    got = _full(text)
    assert ("the chief minister had lost the support of 14 legislators", "Meenakshi Yadav") in got
    assert ("His own MLAs are not picking up his calls", "Meenakshi Yadav") in got


def test_they_after_a_quote_is_not_a_group_named_inside_the_quote():
    text = ("CHICAGO - Shares fell.\n\nAnalysts at Fenwick Securities said in a note to clients that the guidance cut "
            "was \"bigger than feared\".\n\n\"Consumers have absorbed three rounds of increases. We doubt they will "
            "absorb a fourth without pushing back,\" they wrote.")
    assert ("Consumers have absorbed three rounds of increases. We doubt they will absorb a fourth without pushing "
            "back", "Fenwick Securities") in _full(text)


def test_a_state_s_body_is_also_named_with_the_state_as_a_modifier(nlp):
    text = ("TAIPEI - Drills began.\n\nTaiwan's Defence Ministry said it had detected 71 Chinese military aircraft "
            "around the island.")
    quotes, index = run_real(nlp, text)
    ent = index.entities[quotes[0].speaker]
    assert "Taiwan Defence Ministry" in {ent.name, *ent.aliases}


@pytest.mark.parametrize("text,quote,speaker", [
    # "the national carrier" is still the airline named before
    ("NAIROBI - Flights stopped.\n\nKenya Airways cancelled 30 flights on Monday. The national carrier said "
     "passengers would be rebooked.", "passengers would be rebooked", "Kenya Airways"),
    # a lead's "head of X" is not the next person named unless that person heads something
    ("VIENNA - Talks stalled.\n\nThe head of the UN nuclear watchdog told reporters on Monday that inspectors had "
     "been denied access to two sites.\n\nIranian President Masoud Pezeshkian rejected the report.",
     "inspectors had been denied access to two sites", None),
    # a state whose name ends in s keeps it ("R-Texas" ... "the Texas Republican")
    ("WASHINGTON - Senators grilled executives.\n\nSen. Cole Hadley, R-Texas, asked whether Helix would publish the "
     "results. Sen. Mark Briggs, D-Ohio, said the answers were weak.\n\n\"Summaries are not enough,\" the Texas "
     "Republican said.", "Summaries are not enough", "Cole Hadley"),
])
def test_quotes_round10_review_cases(text, quote, speaker):
    assert (quote, speaker) in _full(text)


def test_an_age_after_a_question_mark_cues_the_quotation():
    text = ("ROSARIO - The match was abandoned.\n\nHome coach Esteban Lucero watched from the touchline.\n\n"
            "The league said it would investigate.\n\n"
            "\u201cWhy does nobody stop them? Why?\u201d the 61-year-old said. \u201cI have no answer.\u201d")
    got = _full(text)
    assert ("Why does nobody stop them? Why?", "Esteban Lucero") in got


def test_the_judge_is_the_person_titled_justice():
    text = ("ACCRA - The court ruled against the ministry on Tuesday.\n\nThe court, presided over by Justice Adwoa "
            "Nkansah, ordered the state to pay costs.\n\n\u201cThe law binds the state too,\u201d the judge said.")
    assert ("The law binds the state too", "Adwoa Nkansah") in _full(text)


def test_a_nationality_noun_skips_a_person_placed_in_another_country():
    text = ("DOHA - A semi-final was set.\n\nTomas Ribeira won his quarter-final in three sets on Thursday. He next "
            "meets the Croatian second seed Ivo Maric. Speaking later, Maric said of Ribeira: \u201cHe returns "
            "everything.\u201d\n\n"
            "Told of the remark, the Brazilian smiled and said he would \u201csleep first and think later\u201d.")
    got = _full(text)
    assert ("he would \u201csleep first and think later\u201d", "Tomas Ribeira") in got, got


def test_a_speaker_before_an_asked_aside_is_the_speaker_not_the_report():
    text = ("LIMA - A hearing.\n\nRosa Quispe, the mayor, opened the session.\n\nQuispe, asked about the audit, "
            "said the accounts had been published in full.")
    got = _full(text)
    assert ("the accounts had been published in full", "Rosa Quispe") in got, got
    assert not any(q.startswith("Quispe, asked") for q, _ in got), got


def test_a_pronoun_speaker_is_a_recent_speaker_for_the_next_pronoun():
    text = ("IZMIR - Every morning, Ayla Demir walks from her container to the washrooms.\n\n"
            "It is the third winter she has spent in the camp.\n\n"
            "\u201cThey promised one year. Now nobody promises anything,\u201d "
            "she says.\n\nThe 61-year-old was among the first to be given a flat. She says the building still has no "
            "water.")
    got = _full(text)
    assert ("the building still has no water", "Ayla Demir") in got, got


def test_a_club_and_a_playing_position_describe_a_player_not_the_club():
    text = ("DENVER - The home side lost.\n\nPetr Novak scored twice for Denver but could not stop the slide.\n\n"
            "\u201cWe gave them too much space,\u201d the Denver forward said.")
    got = _full(text)
    assert ("We gave them too much space", "Petr Novak") in got, got


@pytest.mark.parametrize("second,speaker", [
    ("Tomas Berg, 52, faced three hours of questions.", "Tomas Berg"),
    # a person with a title of their own is someone else
    ("Senator Ruth Hale, 61, opened the hearing.", None),
])
def test_a_lead_s_chief_executive_is_the_untitled_person_named_next(second, speaker):
    text = ("Senators grill Quill chief over safety\n\nThe chief executive of the messaging app Quill told senators "
            "on Tuesday that the company had made mistakes.\n\n" + second)
    got = dict(_full(text))
    assert got.get("the company had made mistakes") == speaker, got


def test_the_channel_is_the_broadcaster_named_before():
    text = ("LAHORE: A row.\n\nRawal News aired a recording of the call on Monday. The regulator "
            "opened an inquiry. The channel claimed the call took place before the match.")
    got = _full(text)
    assert ("the call took place before the match", "Rawal News") in got, got


def test_a_generic_group_qualified_by_words_of_one_body_is_that_body():
    text = ("ACCRA, May 2 (GNW) - Cocoa shipments could slow, the country's main exporters' group warned on "
            "Thursday.\n\nThe Ghana Cocoa Exporters' Association said its members had lost money.")
    got = dict(_full(text))
    assert got.get("Cocoa shipments could slow") == "Ghana Cocoa Exporters' Association", got


def test_a_body_owned_by_an_acronym_body_is_also_named_with_it(nlp):
    text = ("ULAANBAATAR - Votes were counted.\n\nThe OSCE's Office for Democratic Institutions and Human Rights said "
            "the vote had been competitive.")
    quotes, index = run_real(nlp, text)
    ent = index.entities[quotes[0].speaker]
    assert "OSCE Office for Democratic Institutions and Human Rights" in {ent.name, *ent.aliases}, (ent.name, ent.aliases)


def test_an_age_is_not_given_to_a_name_hung_on_another_noun():
    text = ("BOSTON - Protesters gathered outside the office of Senator Ana Ruiz.\n\n"
            "\u201cWe are tired,\u201d the 34-year-old said.")
    assert ("We are tired", "Ana Ruiz") not in _full(text)


def test_an_age_given_nowhere_else_is_the_person_last_named_outside_quotes():
    text = ("TAMALE - Farmers counted their losses.\n\nFor Yakubu Mahama, a grower near the river, the loss is "
            "personal.\n\n\u201cThe water took everything.\u201d The 64-year-old said he would plant again.")
    assert ("he would plant again", "Yakubu Mahama") in _full(text)


def test_an_inverted_condition_belongs_to_the_reported_clause():
    text = ("LEEDS - A builder was fined on Friday.\n\nThe inspector said the damage would have been worse had "
            "the crew not pumped water out.")
    got = [q for q, _ in _full(text)]
    assert "the damage would have been worse had the crew not pumped water out" in got
    assert not any(q.startswith("had the crew") for q in got)


def test_a_party_description_is_the_person_a_recent_she_stands_for():
    text = ("MADISON - Rep. Carla Voss has told the story many times.\n\n\u201cWe lost by two votes,\u201d she says, "
            "stirring her coffee.\n\nThe bill failed in April. Three members of her caucus voted no. The Wisconsin "
            "Democrat says she does not blame them.")
    assert ("she does not blame them", "Carla Voss") in _full(text)


def test_a_portfolio_title_parsed_as_the_subject_gives_way_to_its_holder():
    text = "ACCRA - Mining was halted.\n\nLands and Forestry Minister Kofi Adjei said on Tuesday that the ban would stay."
    assert ("the ban would stay", "Kofi Adjei") in _full(text)


def test_a_politicians_office_is_named_without_the_title():
    text = ("WASHINGTON - The bill failed.\n\nSen. Dale Porter's office said the senator had never committed to "
            "the bill.")
    got = dict((q, s) for q, s in _full(text))
    assert got.get("the senator had never committed to the bill") == "Dale Porter's office"


def test_a_colon_dateline_is_not_the_speaker():
    text = ("KARACHI, Dec 3 (SANS): A government inquiry committee has found that locked exit gates and chemicals "
            "stored illegally on the ground floor turned a small electrical fire at a jute mill into a blaze.\n\n"
            "The committee submitted its report on Tuesday.")
    got = _full(text)
    assert got and not any(s == "Karachi" for _, s in got)


def test_a_notice_speaks_for_the_body_that_posted_it():
    text = ("TOKYO - The carmaker recalled 900,000 vehicles.\n\nAbout 310,000 of the vehicles were sold in Canada, "
            "according to a notice posted by Transport Canada.")
    assert ("About 310,000 of the vehicles were sold in Canada", "Transport Canada") in _full(text)


def test_a_lone_quote_after_someones_reports_stays_theirs_before_a_titled_reporter():
    text = ("DHAKA - The inquiry report was released.\n\nUnion leader Farida Khatun alleged that the owners had "
            "ignored warnings and urged the government to publish the report.\n\n\"Nine families are waiting. A report "
            "in a drawer is not justice.\"\n\nLabour Secretary Kamal Hossain said cases would be filed against the owners.")
    assert ("Nine families are waiting. A report in a drawer is not justice.", "Farida Khatun") in _full(text)


def test_a_lone_quote_before_a_described_new_voice_is_that_voice():
    text = ("ROSARIO - Prices rose again.\n\nThe central bank said inflation would slow next month.\n\n\"I change the "
            "prices every Monday now.\"\n\nMarta Ibarra, 58, who runs a kiosk near the station, said her customers buy "
            "less.")
    assert ("I change the prices every Monday now.", "Marta Ibarra") in _full(text)


def test_analysts_at_a_firm_the_recogniser_missed_are_the_firm():
    text = ("SANTIAGO - Shares fell.\n\nAnalysts at Cordillera Valores said the vote had been largely priced in.")
    assert ("the vote had been largely priced in", "Cordillera Valores") in _full(text)


def test_told_reporters_after_an_event_that_is_a_report_not_a_relative_clause():
    text = ("SANTIAGO - The bill passed.\n\nEnergy Minister Paula Soto told reporters in Valparaíso after the vote that "
            "Chile had taken \"a historic step\" and that the country would no longer \"export brine and import "
            "batteries.\"")
    assert ('Chile had taken "a historic step"', "Paula Soto") in _full(text)


def test_economists_are_a_group_speaker():
    text = "BERLIN - Trains were late.\n\nTransport economists say the problems run deeper than a single timetable."
    assert ("the problems run deeper than a single timetable", "transport economists") in _full(text)


def test_a_ministry_the_tagger_calls_a_proper_noun_is_still_a_ministry():
    text = ("BERLIN - Trains were late in Magdeburg.\n\nThe federal transport ministry said regional services were a "
            "matter for the states.")
    assert ("regional services were a matter for the states", "federal transport ministry") in _full(text)


def test_the_company_is_not_a_word_of_a_quoted_slogan():
    text = ("HAMBURG - Nordlink Bahn is running fewer trains.\n\nMarketed under the slogan \u201cPünktlich. Punkt.\u201d, "
            "the timetable began on Sunday.\n\nOnly half of the trains arrived on time, according to figures released "
            "by the company on Thursday.")
    got = dict(_full(text))
    assert got.get("Only half of the trains arrived on time") == "Nordlink Bahn"


def test_a_japanese_company_word_makes_a_company_and_its_short_name():
    text = ("OSAKA - Shares fell.\n\nHanamura Denki said it would recall 40,000 heaters.\n\nIn a filing on Monday, "
            "Hanamura said the recall would cost 3 billion yen.")
    got = dict(_full(text))
    assert got.get("it would recall 40,000 heaters") == "Hanamura Denki"
    assert got.get("the recall would cost 3 billion yen") == "Hanamura Denki"


def test_a_lead_company_is_the_one_named_in_the_next_sentence():
    text = ("NAGOYA, May 2 (Kaiyo Wire) - Inspectors at a maker of car seats skipped crash tests for a decade, the "
            "company said on Friday.\n\nTorimaru Kogyo said an outside panel had found the practice.")
    assert ("Inspectors at a maker of car seats skipped crash tests for a decade", "Torimaru Kogyo") in _full(text)


def test_an_agent_noun_describes_the_person_just_named():
    text = ("LEEDS - Yorkshire won.\n\nThe visitors' coach, Pieter van der Walt, said his side had batted badly. "
            "The former wicketkeeper said he would ask for a new opener.")
    got = dict(_full(text))
    assert got.get("his side had batted badly") == "Pieter van der Walt"
    assert got.get("he would ask for a new opener") == "Pieter van der Walt"


def test_a_document_noun_is_no_person_description():
    text = ("LEEDS - Yorkshire won.\n\nCoach Daniel Ashby said his side had batted well. The newsletter said "
            "tickets would go on sale in June.")
    got = dict(_full(text))
    assert got.get("tickets would go on sale in June") != "Daniel Ashby"


def test_a_known_description_of_a_un_agency_is_that_agency():
    text = ("GENEVA - Fighting went on.\n\nThe UN children's agency said 40 schools had been damaged this month.")
    assert ("40 schools had been damaged this month", "UNICEF") in _full(text)


def test_an_indefinite_body_in_the_lead_is_the_one_the_next_sentence_names():
    text = ("PALERMO (Medwire) - Forty people were rescued from a sinking dinghy, a Spanish charity said on Monday."
            "\n\nOcéano Abierto said its crew had worked through the night.")
    got = dict(_full(text))
    assert got.get("Forty people were rescued from a sinking dinghy") == "Océano Abierto"


def test_the_bench_is_the_court():
    text = ("NEW DELHI - The High Court of Punjab ruled on Monday.\n\nThe bench said the eviction notices were "
            "unlawful.")
    assert ("the eviction notices were unlawful", "High Court of Punjab") in _full(text)


def test_a_subject_pronoun_is_not_the_object_of_its_own_verb():
    text = ("AKRON, Ohio - Standing on a stage at the county fair, Dean Walcott told supporters that the race was "
            "\"about Akron.\"\n\nThe crowd cheered as he stepped down, many of them waving red signs.\n\nThe "
            "58-year-old is trying to unseat Senator Mark Ellery, a three-term Democrat. On Monday he accused "
            "Mr. Ellery of \"forgetting Akron.\"")
    got = dict(_full(text))
    assert got.get('Mr. Ellery of "forgetting Akron."') == "Dean Walcott"


def test_a_chanting_crowd_is_a_group_speaker():
    text = "SEOUL - The result came late.\n\nThe crowd chanted \"Min-ji! Min-ji!\" as she walked on stage."
    assert ("Min-ji! Min-ji!", "crowd") in _full(text)


def test_a_but_that_clause_hung_on_the_cue_is_a_second_report():
    text = ("LONDON - Play resumed.\n\nThe International Cricket Council said it did not comment on individual "
            "umpiring decisions, but that the Decision Review System remains under constant review.")
    got = dict(_full(text))
    assert got.get("the Decision Review System remains under constant review") == "International Cricket Council"


def test_told_a_broadcaster_the_parser_took_for_a_verb_that():
    text = ("BERLIN - The lander crashed.\n\nThe agency chief executive, Jonas Falk, told the German broadcaster ZDF "
            "that the landing software had behaved exactly as designed.")
    assert ("the landing software had behaved exactly as designed", "Jonas Falk") in _full(text)


def test_said_with_a_gerund_subject_before_a_past_tense_verb():
    text = ("ROME - Boats arrived.\n\nItaly's interior ministry said assigning distant ports spread arrivals fairly "
            "across the country and that charity ships acted as \"a pull factor\" for smugglers.")
    got = _full(text)
    assert any(q.startswith("assigning distant ports spread arrivals") for q, _ in got)
    assert any(q.startswith("charity ships acted as") for q, _ in got)


def test_a_magazine_name_with_a_lower_case_word_is_no_person():
    text = ("SUZUKA - Rumours grew.\n\nAuto Motor und Sport reported on Tuesday that Aleksi Rautavaara had agreed a "
            "three-year deal.\n\n\u201cI haven\u2019t signed anything,\u201d the 24-year-old told reporters.")
    got = dict(_full(text))
    assert got.get("I haven\u2019t signed anything") == "Aleksi Rautavaara"


def test_a_fijian_title_of_rank_is_no_part_of_the_name():
    from narrascope.entities import find_entities
    from narrascope.nlp import load_pipeline
    doc = load_pipeline()("SUVA - Talks began.\n\nPrime Minister Ratu Josefa Vakaloloma opened the meeting. "
                          "Vakaloloma said the Pacific was not a quarry.")
    idx = find_entities(doc)
    assert idx.find("Josefa Vakaloloma") is not None


# ---- round 13: rules from quotes dev22 and PolNeAR's development slice

def test_a_that_before_the_mark_opens_the_clause_past_a_long_place():
    text = ("KEENE - Polls opened early.\n\nGovernor Tom Bale tells reporters outside a polling station in "
            "Keene that \u201cto be able to beat expectations would help. I think we will do that.\u201d")
    assert ("to be able to beat expectations would help. I think we will do that.", "Tom Bale") in _full(text)


def test_asked_and_went_on_cue_a_quoted_sentence():
    text = ("DES MOINES - The forum ran late.\n\n\u201cMr. Hale, will you release your tax returns before the "
            "primary?\u201d Carver asked Hale.\n\n\u201cYou know, people ask that all the time,\u201d Hale went on. "
            "\u201cBut nobody reads them.\u201d")
    got = _full(text)
    assert ("Mr. Hale, will you release your tax returns before the primary?", "Carver") in got
    assert ("You know, people ask that all the time", "Hale") in got


def test_point_out_repeat_and_dispute_report_a_clause():
    text = ("ATLANTA - The audit was published.\n\nMaria Osei pointed out that the depot had failed two "
            "inspections. Osei repeated that the drivers were not to blame. Halwick Freight disputed that "
            "its logs had been altered.")
    got = dict(_full(text))
    assert got.get("the depot had failed two inspections") == "Maria Osei"
    assert got.get("the drivers were not to blame") == "Maria Osei"
    assert got.get("its logs had been altered") == "Halwick Freight"


def test_a_freight_company_keeps_its_short_name_and_is_the_company():
    text = ("MACON - Drivers for Halwick Freight, a regional hauler, were told to skip rest breaks, records show."
            "\n\nHalwick said it \"takes safety seriously\". The company said it had hired an outside firm to "
            "review its logs after the Courier's questions.")
    got = dict(_full(text))
    assert got.get('it "takes safety seriously"') == "Halwick Freight"
    assert got.get("it had hired an outside firm to review its logs after the Courier's questions") \
        == "Halwick Freight"


def test_a_pronoun_speaker_is_not_the_person_the_quote_names():
    text = ("LEEDS - Joan Ferris has run the shelter for nine years. She steps down on Friday.\n\n"
            "\u201cThe waiting list has never been longer,\u201d she said.\n\nThe shelter was founded in a "
            "chapel in Keighley by a retired nurse, Edith Crane, who still sits on its board. Crane has said it "
            "should have closed long ago.\n\n\u201cEdith thought we would last a year. I am leaving it with "
            "forty beds,\u201d she said.")
    got = dict(_full(text))
    assert got.get("Edith thought we would last a year. I am leaving it with forty beds") == "Joan Ferris"


def test_a_one_word_name_only_ever_after_in_is_a_place():
    from narrascope.entities import find_entities
    from narrascope.nlp import load_pipeline
    doc = load_pipeline()("LEEDS - The shelter was founded in a chapel in Keighley by Edith Crane.")
    idx = find_entities(doc)
    eid = idx.find("Keighley")
    assert eid is None or idx.entities[eid].type != "PERSON"


def test_a_headline_quote_takes_the_speaker_of_its_words_in_the_body():
    text = ("Shelter chief: \u2018We have become the last resort of the welfare system\u2019\n\n"
            "Joan Ferris told the Leeds Post on Monday that the shelter had become \u2018the last resort of the "
            "welfare system\u2019.")
    got = dict(_full(text))
    assert got.get("We have become the last resort of the welfare system") == "Joan Ferris"


def test_said_a_but_that_b_with_that_parsed_as_a_determiner():
    text = ("SION - Rescuers dug through the night, team leader Paul Rey said.\n\nHe said about 40 rescuers, two "
            "helicopters and four dog teams were working in shifts, but that fresh rockfall from the slope above "
            "had forced them to pull back twice.")
    got = dict(_full(text))
    assert got.get("fresh rockfall from the slope above had forced them to pull back twice") == "Paul Rey"
    assert any(q.startswith("about 40 rescuers") and not q.endswith("twice") for q in got)


def test_was_quick_to_call_takes_the_copula_subject_not_the_next_clause():
    text = ("LONDON - The budget landed.\n\nThe shadow chancellor, Owen Reese, was quick to call the speech "
            "\u201ca cheque drawn on someone else\u2019s account\u201d, yet his own party has never said what it "
            "would do instead.")
    got = _full(text)
    assert ("a cheque drawn on someone else\u2019s account", "Owen Reese") in got
    assert not any(q == "what it would do instead" for q, _ in got)


def test_a_country_qualified_ministry_of_x_and_an_embassy_in_a_capital():
    text = ("MADRID - Inspections were tripled.\n\nMorocco's Ministry of Industry and Trade said it had full "
            "confidence in its controls.\n\nThe Moroccan embassy in Madrid said the consignments were a tiny "
            "share of exports.")
    from narrascope.evaluate.quotes import extract, speaker_matches
    quotes, index = extract(text, PUBLISHED)
    by = {q.text: index.entities.get(q.speaker) for q in quotes}
    assert speaker_matches("Moroccan Ministry of Industry and Trade", by["it had full confidence in its controls"])
    emb = by["the consignments were a tiny share of exports"]
    assert speaker_matches("Moroccan Embassy in Madrid", emb) and speaker_matches("Moroccan embassy", emb)


def test_asked_whether_reports_the_question_but_not_the_reporters_participle():
    text = ("BOISE - The hearing ran long.\n\nSen. Cole Hadley asked whether the company would publish its "
            "internal test results.\n\nAsked whether the firm would appeal, Hadley said the decision was not his.")
    got = _full(text)
    assert ("the company would publish its internal test results", "Cole Hadley") in got
    assert not any(q == "the firm would appeal" for q, _ in got)


def test_the_answer_after_an_asked_question_is_the_other_sides():
    text = ("LONDON - The bank's chief executive, Martin Leigh, faced MPs on Tuesday.\n\n"
            "\u201cAround two million at the peak,\u201d Leigh replied.\n\n"
            "\u201cAnd when did you tell them?\u201d Dame Ruth Keller asked.\n\n"
            "\u201cNot quickly enough. I accept that.\u201d")
    got = dict(_full(text))
    assert got.get("And when did you tell them?") == "Ruth Keller"
    assert got.get("Not quickly enough. I accept that.") == "Martin Leigh"


def test_transcript_lines_without_quote_marks_are_their_speakers_words():
    text = ("Transcript of the briefing\n\nForeign Ministry spokeswoman Irina Volna answered questions in Minsk on "
            "Wednesday.\n\nQuestion (Baltic Radio, Vilnius): Two flights were turned back from Vilnius on Monday. "
            "What is your response?\n\nIrina Volna: We have seen these reports. We categorically reject these "
            "insinuations.\n\nExplainer: What the balloon row means for the border crossings")
    got = _full(text)
    assert any(q.startswith("We have seen these reports. We categorically reject") and s == "Irina Volna"
               for q, s in got)
    assert any(q.startswith("Two flights were turned back") and s == "Baltic Radio" for q, s in got)
    assert not any(q.startswith("What the balloon row") for q, _ in got)


def test_answer_lines_belong_to_the_person_quoted_before_them():
    text = ("VILNIUS - Interior minister Rasa Vaitkute said on Thursday that the border could close for good.\n\n"
            "Q: Who is behind the balloons?\nA: I accuse the regime in Minsk of running a smuggling business. "
            "It is that simple.")
    got = _full(text)
    assert any(q.startswith("I accuse the regime in Minsk") and s == "Rasa Vaitkute" for q, s in got)
    assert not any(q == "Who is behind the balloons?" for q, _ in got)


# --------------------------------------------------------------------------- round 14


def test_that_before_a_plural_subject_opens_a_second_report():
    text = ("Farmer Jonas Ruud spoke in Oslo on Monday.\n\nHe said the new rules made farms less profitable and that "
            "staff shortages meant there was 'no time' for training.")
    got = _full(text)
    assert ("the new rules made farms less profitable", "Jonas Ruud") in got
    assert ("staff shortages meant there was 'no time' for training", "Jonas Ruud") in got


def test_words_in_what_someone_called_are_that_speakers():
    text = ("SKOPJE - Deputy Minister Goran Ilievski spoke on Monday.\n\nHe blamed what he called "
            "\"a campaign of lies run from abroad\" for the unrest.\n\nThe shop sells what locals call a \"burek\".")
    got = _full(text)
    assert ("a campaign of lies run from abroad", "Goran Ilievski") in got
    assert not any(q == "burek" for q, _ in got)


def test_a_denial_of_a_gerund_reports_what_was_denied_but_a_plea_does_not():
    text = ("KHARKIV - Russia denies shelling hospitals.\n\nMarko Petrenko, 40, admitted causing a crash "
            "while drunk at an earlier hearing.")
    got = _full(text)
    assert ("shelling hospitals", "Russia") in got
    assert not any(q.startswith("causing a crash") for q, _ in got)


def test_a_persons_office_is_named_with_the_persons_full_name():
    text = ("LANSING - Governor Dana Whitlock proposed the fee.\n\nWhitlock's office defended the plan on "
            "Wednesday, saying it would \"fix the roads we all drive on\".")
    got = _full(text)
    assert any(s == "Dana Whitlock's office" for q, s in got if q.startswith("it would"))


def test_the_statement_speaks_for_the_owner_named_on_its_earlier_mention():
    text = ("MINSK, June 3. /BelNews/. Minsk will answer any new sanctions, Belarusian Foreign Ministry spokesman "
            "Pavel Drozd said at a briefing on Tuesday.\n\nDrozd recalled the ministry's statement of May 30, which "
            "said that Belarus reserved the right to respond.\n\nThe statement, which Drozd read out, said: "
            "\"The consequences will fall on those who started this.\"")
    got = _full(text)
    assert ("Belarus reserved the right to respond", "Belarusian Foreign Ministry") in got
    assert ("The consequences will fall on those who started this.", "Belarusian Foreign Ministry") in got
    assert any(q.startswith("Minsk will answer") for q, _ in got)


def test_a_chant_inside_a_relative_clause_does_not_take_over_the_next_quote():
    text = ("SOFIA - Opposition leader Petar Hristov addressed thousands outside parliament.\n\n"
            "\u201eWe stay here\u201c, the 51-year-old told the crowd, which chanted \u201eResign!\u201c as he spoke. "
            "\u201eThey can call us traitors. We will still be here on Friday.\u201c")
    got = dict(_full(text))
    assert got.get("They can call us traitors. We will still be here on Friday.") == "Petar Hristov"


def test_a_person_known_by_first_name_speaks_again_after_another():
    text = ("VENTIMIGLIA, Italy - The path along the railway is narrow.\n\nYusuf, 24, arrived from Sudan three weeks "
            "ago. \"I tried four times,\" he says.\n\nHis friend Adam, 19, sits beside him. \"They took my phone,\" he "
            "says.\n\nYusuf shrugs. \"Tomorrow I try again,\" he says.")
    got = dict(_full(text))
    assert got.get("I tried four times") == "Yusuf"
    assert got.get("Tomorrow I try again") == "Yusuf"


def _with_medium(text):
    from narrascope.evaluate.quotes import extract
    quotes, index = extract(text, PUBLISHED)
    name = lambda eid: index.entities[eid].name if eid in index.entities else None  # noqa: E731
    return {q.text: (name(q.speaker), name(q.medium) or q.medium_text) for q in quotes}


def test_quoted_as_saying_gives_the_person_quoted_and_the_quoting_outlet():
    text = ("MINSK - The Belta news agency quoted Interior Minister Pavel Lukin as saying the border crossings "
            "would reopen on Friday.\n\n"
            "Lukin was quoted by Interfax as saying that no arrests had been made.\n\n"
            "The agency Tanjug quoted Serbian army chief Milan Stojic, who toured the barracks, as saying the "
            "troops were on alert.")
    got = _with_medium(text)
    assert got["the border crossings would reopen on Friday"][0] == "Pavel Lukin"
    assert got["no arrests had been made"] == ("Pavel Lukin", "Interfax")
    assert got["the troops were on alert"] == ("Milan Stojic", "Tanjug")


def test_a_states_body_named_with_a_two_word_owner_is_also_named_with_the_demonym():
    from narrascope.evaluate.quotes import extract
    text = ("SEOUL - South Korea's National Intelligence Service said on Monday that the launch had failed.")
    quotes, index = extract(text, PUBLISHED)
    ent = index.entities[quotes[0].speaker]
    assert "South Korean National Intelligence Service" in ent.all_names()


def test_a_named_persons_office_is_that_persons_not_an_office_named_before():
    text = ("The county clerk's office said ballots had been counted twice.\n\n"
            "Councilwoman Rita Ocampo's office said she would ask for an audit.\n\n"
            "Ocampo was in Sacramento. Her office said a letter had been sent.")
    got = dict(_full(text))
    assert got["she would ask for an audit"] == "Rita Ocampo's office"
    assert got["a letter had been sent"] == "Rita Ocampo's office"


def test_a_condition_inside_the_report_stays_in_it():
    got = dict(_full("The carmakers' association said the levy would stay until Brussels agrees to lower quotas."))
    assert "the levy would stay until Brussels agrees to lower quotas" in got


def test_a_that_clause_after_a_time_clause_is_still_the_report():
    got = dict(_full("Maria Olsen, 61, said as she left the polling station that she had voted for change."))
    assert got.get("she had voted for change") == "Maria Olsen"


def test_the_union_is_never_a_ministry_named_before():
    got = dict(_full("The labour ministry said the reform would pass.\n\nThe union said the strike would go on."))
    assert got.get("the strike would go on") != got.get("the reform would pass")


def test_a_description_that_gives_the_persons_name_speaks_as_that_person():
    text = ("Harbour master Tom Ekwueme said the port would reopen. \"We are ready,\" he said.\n\n"
            "A fisherman who gave only his first name, Kwame, said the nets had been cut. "
            "\"They came at night,\" he said.\n\n"
            "A medic, identified only as Yasmin, said the clinic had no power.")
    got = dict(_full(text))
    assert got.get("the nets had been cut") == "Kwame"
    assert got.get("They came at night") == "Kwame"
    assert got.get("the clinic had no power") == "Yasmin"


def test_quoted_as_saying_needs_the_quoting_verb_itself():
    got = _with_medium("The newspaper, quoting unnamed officials, cited the general as saying the troops would stay.\n\n"
                       "Tom Hale said goodbye to staff before it emerged that the company was bankrupt.")
    assert got.get("the troops would stay", (None,))[0] != "unnamed officials"
    assert "the company was bankrupt" not in got


@pytest.mark.parametrize("text,quote,speaker", [
    # a race nominee described by chamber and party is the candidate, not the Senate
    ("DENVER - Carla Ruiz spent the morning at a diner in Pueblo.\n\n"
     "\"Colorado deserves better,\" the Democratic Senate nominee told supporters.",
     "Colorado deserves better", "Carla Ruiz"),
    # a body's head written before the name: the person speaks
    ("Environmental Protection Agency Administrator Dana Whitcombe said the rule would be withdrawn.",
     "the rule would be withdrawn", "Dana Whitcombe"),
    # a name after "<title>, " is a person for the pronoun after it
    ("Jo Marrick, a former judge, had a reply ready. She called the charge absurd.\n\n"
     "Marrick's press secretary, Lior Brandt, told reporters the campaign would appeal.\n\n"
     "\"We expect to win,\" he said.", "We expect to win", "Lior Brandt"),
    # "the university" after "X College", "the army" after "the X Armed Forces"
    ("Brennock College dismissed the lecturer. The university said it had followed its rules.",
     "it had followed its rules", "Brennock College"),
    ("The Chadian Armed Forces took the town on Monday.\n\nThe army said 40 rebels had been captured.",
     "40 rebels had been captured", "Chadian Armed Forces"),
])
def test_round_15_speakers(text, quote, speaker):
    assert dict(_full(text)).get(quote) == speaker


# one quote each, found with its speaker (round 14 cases)
@pytest.mark.parametrize("text,quote,speaker", [
    # a time phrase between the listener and "that" keeps the clause
    ("DENVER - Governor Ruth Calder unveiled the toll plan.\n\nHer spokesman, Omar Leary, told reporters "
     "the same day that the toll would replace part of the fuel tax rather than add to it.",
     'the toll would replace part of the fuel tax rather than add to it', 'Omar Leary'),
    # a described leader is the person of that country
    ("HANOI - President Tran Van Minh and visiting Thai Prime Minister Somchai Wongsa signed trade deals "
     "on Tuesday.\n\nTran said he expected more investment. The Thai leader added that he had invited "
     "Tran to Bangkok.",
     'he had invited Tran to Bangkok', 'Somchai Wongsa'),
    # of two chief executives, the description goes to the subject last about
    ("LONDON - Tessa Grove Chief Executive Alan Pike said the merger would go ahead.\n\n"
     "Bramwell's chief executive, Nina Osei, told the Ledger that her board still backed it. "
     "She said she had spoken to Pike on Sunday.\n\n"
     "\"This is not the end of it,\" the chief executive said.",
     'This is not the end of it', 'Nina Osei'),
    # a finite cue the parser joined to an infinitive is the first speaker's
    ("The Commission was cautious. Its spokeswoman, Lena Holt, told the briefing on Monday that Brussels "
     "expected Tbilisi to respect the right to protest and urged all sides to avoid violence.",
     'all sides to avoid violence', 'Lena Holt'),
    # a fund's short name as speaker is the fund
    ("LISBON - The club was bought in 2021 with money from the US fund Grayrock Capital.\n\n"
     "Grayrock denied influencing the club's sporting decisions.",
     "influencing the club's sporting decisions", 'Grayrock Capital'),
    # "they" right after a group noun is that group
    ("KESWICK - Forty homes were evacuated after the River Greta burst its banks, leaving farmers angry at "
     "what they called \"empty promises\" on flood walls.",
     'empty promises', 'farmers'),
    # "her ministry" is the ministry of her country
    ("HELSINKI - Finland's foreign minister, Anna Virtanen, met her Estonian counterpart on Monday.\n\n"
     "Her foreign ministry said talks on the ferry link would continue.",
     'talks on the ferry link would continue', 'Finnish foreign ministry'),
    # the ministry of a titled minister is named from the title
    ("VILNIUS - Lithuanian Foreign Minister Rasa Kalnaite summoned the envoy on Monday.\n\n"
     "The ministry said the diplomat had been given 48 hours to leave.",
     'the diplomat had been given 48 hours to leave', 'Lithuanian Foreign Ministry'),
])
def test_round_14_speakers(text, quote, speaker):
    assert (quote, speaker) in _full(text)


def _real_speaker(nlp, text, fragment):
    """Speaker name and kind with the real entity linker (not the stand-in index)."""
    return _speaker_of(nlp, text, fragment, runner=run_real)


def test_the_countrys_body_is_the_body_of_the_country_named_before(nlp):
    text = ("YEREVAN, July 22 (Steppe Wire) - Armenia will cut gas exports by a fifth, "
            "the country's energy ministry said on Wednesday.\n\nThe ministry said the cut was needed.")
    assert _real_speaker(nlp, text, "gas exports") == ("Armenia's energy ministry", "organisation")
    assert _real_speaker(nlp, text, "cut was needed")[0] == "Armenia's energy ministry"


@pytest.mark.parametrize("text,fragment,speaker", [
    # a company's short name met before its full name (a headline) is the company
    ("Amber Ridge wins eight-week reprieve from liquidation\n\n"
     "HONG KONG -- A judge on Thursday adjourned a winding-up petition against Amber Ridge Holdings "
     "for eight weeks. In a filing late on Wednesday, Amber Ridge said holders of 71% of its bonds "
     "had signed the plan.", "holders", ("Amber Ridge Holdings", "organisation")),
    # a titled name whose surname alone the recogniser typed an organisation is a person
    ('Government spokesman Gergely Farkas said taxes were too high. '
     '"We will not trade our border fence," he said.', "border fence", ("Gergely Farkas", "pronoun")),
    # a pronoun reporting right after a long quotation is its speaker
    ("New rules were announced today by Environment Secretary Rachel Holloway.\n\n"
     "Speaking during a visit to the river today, the Environment Secretary said:\n\n"
     "\u201cChalk streams are rare. For too long we have drained them. We used them as sewers. "
     "We let the companies off. We looked away.\n\n"
     "\u201cToday we are drawing a line. The rivers will come first.\u201d\n\n"
     "She confirmed that licences on the 40 most stressed streams would be reviewed.", "licences",
     ("Rachel Holloway", "pronoun")),
    # "the <Name> collective" is the body of that name
    ("The Bakushinta collective, which has campaigned for restitution since 2015, said "
     "human remains should be returned first.", "human remains", ("Bakushinta", "organisation")),
])
def test_round_16_speakers(nlp, text, fragment, speaker):
    assert _real_speaker(nlp, text, fragment) == speaker


def test_a_member_of_a_named_body_set_off_by_a_name_is_that_person(nlp):
    text = ("A member of parliament's National Security and Foreign Policy Committee, Mojtaba Haghighi, "
            "told PNA that lawmakers were drafting a bill.")
    assert _real_speaker(nlp, text, "drafting")[0] == "Mojtaba Haghighi"


@pytest.mark.parametrize("text,fragment,speaker", [
    # of two countries, the subject's ("Pakistan will receive a loan from Saudi Arabia")
    ("Pakistan will receive a $3 billion loan from Saudi Arabia, the country's finance ministry said on Monday.",
     "loan", "Pakistan's finance ministry"),
    ("France recalled its ambassador to Mali on Monday. The country's foreign ministry said the move was "
     "temporary.", "temporary", "France's foreign ministry"),
    # a religious or party adjective is no body's own name
    ('"We will boycott the vote," the Sunni coalition said on Sunday.', "boycott", "Sunni coalition"),
])
def test_speaker_rules_of_round_16_keep_to_their_cases(nlp, text, fragment, speaker):
    assert _real_speaker(nlp, text, fragment)[0] == speaker


def test_a_pronoun_after_a_new_person_is_described_is_not_the_quotations_speaker(nlp):
    text = ("The Environment Secretary, Tom Hale, said:\n\n"
            "\u201cThe rivers will come first. The companies will pay. We will publish the data. "
            "We will hire officers.\u201d\n\n"
            "A fisherman in Devon was sceptical. He said the river near his home was still polluted.")
    assert _real_speaker(nlp, text, "river near his home")[0] is None


@pytest.mark.parametrize("text,fragment,speaker", [
    # a nationality noun the gazetteer has no demonym for ("the Pole", "the Finn", "the Dane")
    ("OSLO - Anders Lund beat Piotr Zielinski in the final on Sunday.\n\nZielinski, the third seed, had led "
     "by a set. Speaking to reporters afterwards, the Pole said his legs had gone.", "legs had gone",
     "Piotr Zielinski"),
    ("HELSINKI - Mikko Aaltonen won the stage on Friday ahead of Tomas Berg.\n\nAaltonen attacked on the "
     "last climb. Later the Finn said the wind had helped him.", "wind had helped", "Mikko Aaltonen"),
    # a family name written first, not a trade word before a name
    ("Tan Wei Ming, 47, a director of Marina Crane Works, admitted the charges.\n\nTan said he was sorry.",
     "was sorry", "Tan Wei Ming"),
    ("Welder Zarina Usmonova told reporters the plant was unsafe.", "plant was unsafe", "Zarina Usmonova"),
    # a shortened double surname, the opening words of a longer name
    ("LIMA - Jorge Quispe Mamani, the mayor of Puno, said the road would reopen.\n\nQuispe said the army "
     "would help.", "army would help", "Jorge Quispe Mamani"),
    ("On Monday the guide Lhakpa Gelu Sherpa said the route was closed. Lhakpa Gelu said the ropes had been cut.",
     "ropes had been cut", "Lhakpa Gelu Sherpa"),
    # of two holders of one office, the one whose gender the reported "she" gives
    ("Arlo Foods chief executive Marta Quist told analysts the deal made sense.\n\nBrennan Dairy's chief "
     "executive, Owen Hale, said the talks had been long.\n\nAsked about job cuts, the chief executive said "
     "she would not guess at numbers.", "not guess", "Marta Quist"),
    # an acronym whose long form the recogniser cut in two at "and"
    ("Utah Parks and Recreation closed the trail on Monday. UPR said the bridge was unsafe.",
     "bridge was unsafe", "Utah Parks and Recreation"),
    # a country's general staff takes the country's adjective
    ("KYIV - Ukraine's General Staff said the village had fallen.", "village had fallen",
     "Ukrainian General Staff"),
    # officers are a group; a report by them speaks for them
    ("According to a report by planning officers, the bridge would cost $9 million.", "bridge would cost",
     "planning officers"),
    # the judges of the one court of the article are that court
    ("The Constitutional Court ruled on Thursday. The nine judges said the decree had no legal basis.",
     "no legal basis", "Constitutional Court"),
    # a report speaks for the body that submitted it, however far back
    ("The Harbour Authority submitted its report to parliament on Monday.\n\nFerry crews said morale was low. "
     "Union leaders said pay was the problem. Passengers said fares were too high.\n\n"
     "The report said three ferries were unsafe.", "ferries were unsafe", "Harbour Authority"),
    # a person who gave only a surname is named by it
    ('"The rent doubled in a year," one tenant, who gave only his surname, Okeke, told the paper.',
     "rent doubled", "Okeke"),
    # the office a "who" clause's verb names
    ("Maria Soto, who has managed the club since 2019, said the squad was tired. Striker Leo Vance said he "
     "was fit. \"We need rest,\" the manager said.", "We need rest", "Maria Soto"),
    # a club's name is no person's; a trade description with no one on record is the person just quoted
    ("Sporting Lisbon signed Kwame Asante from Hartley on Monday.\n\n\"It was a hard goodbye,\" the Ghanaian "
     "said. The winger promised he would \"always be a Hartley fan\".", "always be", "Kwame Asante"),
    # a description is never the person its own clause names as the other party
    ("Tom Reyes and Clara Voss clashed over housing in the final debate last night.\n\nThe Chancellor accused "
     "Ms Voss of planning \"a tax on every home\".", "tax on every home", "Tom Reyes"),
    # a body the article describes but does not name
    ("A parliamentary ethics committee has found that the minister broke the rules. The committee said "
     "he should repay the money.", "repay the money", "parliamentary ethics committee"),
])
def test_round_17_speakers(nlp, text, fragment, speaker):
    assert _real_speaker(nlp, text, fragment)[0] == speaker


@pytest.mark.parametrize("text,fragment,speaker", [
    # the judges of a show are its jury, whatever court the story names
    ("The talent show final drew nine million viewers. The High Court in London dismissed a copyright claim "
     "against the show. \"She was simply the best,\" the judges said.", "simply the best", "judges"),
    # a new document speaks for the author it names, not for the one who issued the first
    ("Ana Ruiz sent a letter to parents on Monday. Parents said they were angry. The council said it would "
     "review the case. A second letter, signed by 40 teachers, reached the governors on Friday. "
     "The letter said staff had been ignored.", "staff had been ignored", "teachers"),
])
def test_round_17_speaker_rules_keep_to_their_cases(nlp, text, fragment, speaker):
    assert _real_speaker(nlp, text, fragment)[0] == speaker


def test_two_bodies_described_alike_in_two_places_stay_two(nlp):
    text = ("A federal court in Texas blocked the rule on Monday, saying it was unlawful. A federal court in "
            "California said on Tuesday the same rule was lawful.")
    assert _real_speaker(nlp, text, "same rule was lawful")[0] == "federal court in California"


@pytest.mark.parametrize("text,fragment,speaker", [
    # a subject the parser hung on the fronted phrase: the name set off by commas before the cue
    ("At a rally in Ibadan, the chairman of the Nigeria Union of Teachers (NUT), Comrade Bello Okonkwo, said "
     "the levy was \"daylight robbery\".", "daylight robbery", "Bello Okonkwo"),
    ("KUMASI - Speaking at a market in Kumasi, the head of the Ghana Traders Union, Yaw Mensah, said prices "
     "would rise.", "prices would rise", "Yaw Mensah"),
    # a body's seat is no part of its name
    ("The appeal was heard by the Special Tribunal for Lebanon in Leidschendam. The tribunal said it would "
     "rule in June.", "rule in June", "Special Tribunal for Lebanon"),
    # a lower-camel-case brand is a company
    ("Fuel costs are rising. easyJet said it would add a surcharge.", "add a surcharge", "easyJet"),
    # a body speaks through its press service
    ("Police raided the offices on Tuesday. The State Tax Service's press service said four people were "
     "detained.", "four people were detained", "State Tax Service"),
    # a foreign minister of any rank is "the diplomat"
    ("Interfax quoted Deputy Foreign Minister Oleg Sitnikov as saying the talks had stalled. Oil traders "
     "were unmoved. The diplomat also said Moscow was ready to wait.", "ready to wait", "Oleg Sitnikov"),
    # a state's central bank by its own name
    ("OSLO - Norway's central bank left its key rate unchanged on Thursday, saying inflation was still too "
     "high.", "inflation was still too high", "Norges Bank"),
    # Senior Counsel after a name in court: a person, not a body
    ("Acting for the families, Lindiwe Zulu SC told the court that the water had run out.", "water had run out",
     "Lindiwe Zulu"),
    # "it" continues the described subject, not the body named in the object
    ("Shares of Corvane Pay fell after the Financial Conduct Board (FCB) fined its lending arm.\n\n"
     "The regulator, in a notice issued on Tuesday, ordered Corvane Lending to stop new loans. It said an "
     "audit had found serious lapses.", "serious lapses", "Financial Conduct Board"),
    # the outlet that saw a memo is not "the company"
    ("Tessaly Insurance, the Dublin-listed insurer, is to cut 400 jobs, the company told staff on Monday.\n\n"
     "In a memo seen by Harbour Post, the company said most roles would go from Cork.", "most roles",
     "Tessaly Insurance"),
    # organisers are the body that organised the event
    ("Police put the crowd at 9,000. The organisers, the Open Streets coalition, said the real figure was "
     "closer to 30,000.", "closer to 30,000", "Open Streets"),
    ("About 9,000 people took part, according to police. Organisers said more than 40,000 had marched.\n\n"
     "Ana Ruiz, a spokeswoman for the Valencia Renters Union, which organised the march, said rents had "
     "doubled.", "40,000 had marched", "Valencia Renters Union"),
    # a lead's described person is the untitled subject the next sentence names
    ("Tech firm sued\n\nA former engineer accused the company of skipping safety tests, a lawsuit filed on "
     "Monday shows.\n\nMarta Olsen, who worked at the firm for six years, said managers ignored her warnings.",
     "skipping safety tests", "Marta Olsen"),
    # an airport operator and a company named "... Operations" are bodies ("it" can be them)
    ("Riga airport shut again\n\nRIGA – Riga Airport closed for four hours overnight after radar picked up "
     "drones from Belarus, the state operator Latvian Airports said on Friday. It said 19 flights had been "
     "cancelled.", "19 flights", "Latvian Airports"),
    ("Trams stopped for five hours on Sunday. Tramlink Operations, which runs the network under a city "
     "concession, said the fault was fixed. It said passengers would be refunded.", "would be refunded",
     "Tramlink Operations"),
])
def test_round_18_speakers(nlp, text, fragment, speaker):
    assert _real_speaker(nlp, text, fragment)[0] == speaker


@pytest.mark.parametrize("text,fragment,speaker", [
    # a club named with "SC" outside a court keeps its letters
    ("Zamalek SC said the coach would stay until June.", "coach would stay", "Zamalek SC"),
    # a product in lower camel case is no company
    ("Analysts expect strong demand. iPhone buyers said prices were too high.", "prices were too high",
     "iPhone buyers"),
    # review of round 18: the person named after "of" is not the speaker; a separate event's organiser is not
    ("At a news conference in Nairobi, the family of the missing activist, Joseph Mwangi, said police had "
     "ignored their complaints.", "ignored their complaints", None),
    ("The Extinction Rebellion protest blocked roads in London. Organisers said the protest would continue. "
     "Greenpeace, which organised a separate rally in Bristol, said it supported them.", "would continue",
     "organisers"),
    # an outlet that obtained footage is still "the broadcaster"; a body told to act is still "the company"
    ("The footage, obtained by the BBC, shows police beating protesters. The broadcaster said it had verified "
     "the video.", "verified the video", "BBC"),
    ("The environment ministry told Shell to halt drilling. The company said it would comply.", "would comply",
     "Shell"),
    # ... not a titled person named next
    ("Ward crisis\n\nA nurse said the ward was full.\n\nHealth Minister Ann Roe visited the hospital on Monday.",
     "ward was full", None),
])
def test_round_18_speaker_rules_keep_to_their_cases(nlp, text, fragment, speaker):
    assert _real_speaker(nlp, text, fragment)[0] == speaker


# --------------------------------------------------------------------------- round 19

@pytest.mark.parametrize("text,fragment,speaker", [
    # a nationality description written in passing, in the sentence that names the person
    ("PARIS - Sofia Lindqvist's run at the French Open ended on Wednesday, when the Swedish sixth seed lost to "
     "Paula Ortega of Spain. Her coach, Jonas Berg, said he was proud of her.\n\n\"I had chances,\" the Swede said.",
     "I had chances", "Sofia Lindqvist"),
    ("Marco Bellini finished fourth in Sunday's race after the 31-year-old Italian veteran lost a tyre. His team "
     "principal, Hugo Lenz, said the car had been quick. The 31-year-old said he was angry.", "he was angry",
     "Marco Bellini"),
])
def test_a_description_in_passing_names_the_person_of_its_sentence(nlp, text, fragment, speaker):
    assert _real_speaker(nlp, text, fragment)[0] == speaker


def test_a_description_after_two_people_is_no_guess(nlp):
    # the sentence names two people before "the French leader": it describes neither for sure
    text = ("Olaf Brandt met Claire Dumas in Berlin, and the French leader later flew to Rome. Her spokesman, "
            "Paul Giraud, said talks went well. \"We agreed on a lot,\" the Frenchwoman said.")
    from narrascope.coref import _person_descriptions
    from narrascope.entities import find_entities
    doc = nlp(text)
    idx = find_entities(doc)
    described = {idx.entities[eid].name for start, eid, words, age in _person_descriptions(doc, idx)
                 if "french" in words}
    assert described == set(), described


@pytest.mark.parametrize("text,fragment,speaker", [
    ("Caribbean leaders said the hurricane fund was empty.", "fund was empty", "caribbean leaders"),
    ("The bill will fail, opposition senators said on Tuesday.", "bill will fail", "opposition senators"),
    # "the two leaders" are two people named before, no group of their own
    ("Macron met Scholz in Paris. The two leaders said the talks went well.", "talks went well", None),
])
def test_a_bare_plural_title_speaks_as_a_group(nlp, text, fragment, speaker):
    got = _real_speaker(nlp, text, fragment)[0]
    assert (got.lower() if got else None) == speaker


def test_an_opening_curly_mark_glued_to_the_last_word_closes_the_quote():
    text = "The board asked for a “full audit“ of the accounts and said the deal was off."
    spans = find_quoted_spans(text)
    assert [text[sp.start:sp.end] for sp in spans] == ["full audit"]
    # a real opener follows a space and precedes its first word
    text = "He called it a “disgrace” and said “we will appeal” today."
    assert [text[sp.start:sp.end] for sp in find_quoted_spans(text)] == ["disgrace", "we will appeal"]


def test_a_lead_that_describes_its_subject_before_naming_them(nlp):
    text = ("Regulator grills airline boss\n\nThe chief executive of Baltic Wings faced two hours of questions from "
            "regulators on Monday over the cancellation of 900 flights.\n\nAnders Lind told the aviation authority "
            "that a staffing shortage was to blame.\n\nThe authority's director, Maria Holm, asked why passengers "
            "had not been warned. \"We should have told them sooner,\" the chief executive said.")
    assert _real_speaker(nlp, text, "We should have told them sooner")[0] == "Anders Lind"


def test_a_lead_speaker_description_is_not_given_to_the_next_subject(nlp):
    # "a prosecutor told a jury" describes the prosecutor, named later, not the defendant named next
    text = ("A man punched a doorman outside a pub, a prosecutor told a jury yesterday.\n\nPeter Hale, 41, denies "
            "manslaughter.\n\nOpening the case, Susan Ward KC said Hale had been drunk. \"It took four seconds,\" "
            "the prosecutor said.")
    assert _real_speaker(nlp, text, "It took four seconds")[0] != "Peter Hale"


# review of round 19 (quotes side)
@pytest.mark.parametrize("text,fragment,speaker", [
    # the description is the object of the named person's verb: someone else
    ("Italian Matteo Berrettini is back on tour. On Tuesday, Carlos Alcaraz outclassed the Italian former finalist "
     "in Miami. \"I need more matches,\" the Italian said.", "I need more matches", "Matteo Berrettini"),
    # ... or the subject of what the named person says
    ("Kenyan Faith Cherono won the 1500 metres ahead of Australian Jess Hallett. Hallett said the 30-year-old "
     "Kenyan champion was unbeatable. \"I felt strong,\" the Kenyan said.", "I felt strong", "Faith Cherono"),
])
def test_a_description_in_passing_is_only_the_subject_of_its_own_clause(nlp, text, fragment, speaker):
    got = _real_speaker(nlp, text, fragment)[0]
    assert got is not None and speaker.split()[-1] in got


@pytest.mark.parametrize("text,quoted", [
    ("“We want a “fair deal“ for our farmers,” the minister said.", "We want a “fair deal“ for our farmers"),
    ("“I saw the 65“ televisions stacked there,” the witness said.", "I saw the 65“ televisions stacked there"),
    ("The ministry called the expulsion »unjustified« and summoned the ambassador.", "unjustified"),
])
def test_nested_glued_and_german_marks_keep_the_quote_whole(text, quoted):
    assert [text[sp.start:sp.end] for sp in find_quoted_spans(text)][0] == quoted


@pytest.mark.parametrize("text", [
    "“It is a political verdict”, said Marine Le Pen.",
    "«It is a political verdict», said Marine Le Pen.",
])
def test_a_quote_with_the_comma_outside_the_marks_is_direct(nlp, text):
    quotes, _ = run_real(nlp, text)
    assert [(q.kind, q.text) for q in quotes] == [("direct", "It is a political verdict")], quotes


@pytest.mark.parametrize("text,fragment,speaker", [
    # second review: a "but/as/before" clause most often describes the other competitor
    ("Kenya's Eliud Kiprono won the race for a fifth time as the Ethiopian favourite faded. Tolosa Bekele finished "
     "sixth. \"The heat was terrible,\" the Ethiopian said.", "The heat was terrible", "Tolosa Bekele"),
    ("Spain's Pablo Andújar won in straight sets, but the Italian fourth seed was knocked out. Luca Nardi lost to "
     "a qualifier. \"I was tired,\" the Italian said.", "I was tired", "Luca Nardi"),
    # a lead's office is not given to a titled person who opens the next sentence
    ("The coach of the Zambia national team was sacked on Tuesday. Federation president Andrew Kamanga announced "
     "the decision. Avram Lumbe had been in charge since 2024. \"I accept the decision,\" the Zambia coach said.",
     "I accept the decision", "Avram Lumbe"),
])
def test_descriptions_keep_to_their_person(nlp, text, fragment, speaker):
    assert _real_speaker(nlp, text, fragment)[0] == speaker


def test_a_quote_before_said_according_to_keeps_its_speaker(nlp):
    quotes, index = run_real(nlp, '"We will not give in", Putin said, according to a transcript released by the Kremlin.')
    assert any(q.text == "We will not give in" and index.entities[q.speaker].name.endswith("Putin")
               for q in quotes if q.speaker), [(q.kind, q.text, q.speaker) for q in quotes]
