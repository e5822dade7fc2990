import pytest

from narrascope.actors import SimpleIndex
from narrascope.claims import claim_lexicon, find_claims
from narrascope.model import Quote


def _run(nlp, text, quotes=()):
    doc = nlp(text)
    idx = SimpleIndex(doc)
    claims = find_claims(doc, idx, list(quotes), published="2023-12-20")
    name = lambda e: idx.entities[e].name if e else None
    return doc, claims, name


@pytest.mark.parametrize("text,ctype,agent,target", [
    ("Serbia accused Russia of trying to retaliate against Vucic.", "accuse", "Serbia", "Russia"),
    ("Blinken praised Vucic and condemned Russia.", "praise", "Blinken", "Vucic"),
    ("Blinken praised Vucic and condemned Russia.", "condemn", "Blinken", "Russia"),
    ("Belgrade condemned Moscow.", "condemn", "Serbia", "Russia"),
    ("Western countries accused Russia.", "accuse", "the West", "Russia"),
    ("Russia allegedly attacked Ukraine.", "attack", "Russia", "Ukraine"),
    ("Protesters rallied in Belgrade against the government.", "protest", "protesters", "government"),
])
def test_claims_type_agent_target(nlp, text, ctype, agent, target):
    _, claims, name = _run(nlp, text)
    assert any(c.type == ctype and name(c.agent) == agent and name(c.target) == target for c in claims), claims


def test_claims_nested_accuse_is_one_claim(nlp):
    _, claims, _ = _run(nlp, "Serbia accused Russia of trying to retaliate against Vucic.")
    assert [c.type for c in claims] == ["accuse"]
    assert claims[0].charge == "trying to retaliate against Vucic"


def test_claims_offsets_and_flags(nlp):
    doc, claims, _ = _run(nlp, "Vucic did not condemn Russia. Russia allegedly attacked Ukraine.")
    for c in claims:
        assert doc.text[c.start:c.end] == c.text
    assert [c.negated for c in claims] == [True, False]
    assert [c.hedged for c in claims] == [False, True]


def test_claims_reported_is_attributed(nlp):
    _, claims, name = _run(nlp, "Russia attacked Ukraine, Zelensky said.")
    assert claims and name(claims[0].attributed_to) is not None


def test_claims_outlet_voice_is_unattributed(nlp):
    _, claims, _ = _run(nlp, "Russia attacked Ukraine.")
    assert claims and claims[0].attributed_to is None


def test_claims_inside_quote_takes_speaker(nlp):
    text = '"Russia attacked Ukraine," Smith said.'
    doc = nlp(text)
    idx = SimpleIndex(doc)
    sid = idx.add_entity("John Smith", "PERSON")
    q = Quote(kind="direct", text="Russia attacked Ukraine", start=1, end=24, speaker=sid)
    claims = find_claims(doc, idx, [q])
    assert claims and claims[0].attributed_to == sid


def test_claims_date(nlp):
    _, claims, _ = _run(nlp, "Russia attacked Ukraine on Monday.")
    assert claims and claims[0].date == "2023-12-18"


def test_claims_lexicon_entries_have_types():
    lex = claim_lexicon()
    assert all(e["type"] and pos in ("VERB", "NOUN") for (_, pos), e in lex.items())
