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
    assert all(e["type"] and pos in ("VERB", "NOUN", "ADJ") for (_, pos), e in lex.items())


# --- general rules (sentences written for these tests)

def _has(claims, name, ctype, agent, target):
    return any(c.type == ctype and name(c.agent) == agent and (name(c.target) == target or (c.target is None and c.target_text == target)) for c in claims)


@pytest.mark.parametrize("text,ctype,agent,target", [
    # passive with a "by" agent
    ("The marchers were dispersed by riot police near the bridge.", "attack", "riot police", "marchers"),
    # phrasal verb: "called on X" targets X
    ("Canada called on Mexico to release the detained journalists.", "pressure", "Canada", "Mexico"),
    # coordinated subjects and objects give one claim per pair
    ("Norway and Denmark condemned Iran and Syria.", "condemn", "Denmark", "Syria"),
    # a possessive common noun is its own actor, not the possessor
    ("Peru's opposition accused the cabinet of hiding the report.", "accuse", "Peru's opposition", "cabinet"),
    # a capital as target is the state
    ("Japan criticised Beijing over the drills.", "condemn", "Japan", "China"),
    # receiving support: the supporters act, the receiver is the target
    ("Tomas Berger has won the backing of several regional unions.", "support", "regional unions", "Tomas Berger"),
    # prepositional trigger "sided with"
    ("Chile sided with Argentina in the fishing dispute.", "support", "Chile", "Argentina"),
    # light verb + noun: "imposed sanctions on X"
    ("Australia imposed sanctions on Myanmar last year.", "sanction", "Australia", "Myanmar"),
    # relative pronoun takes its antecedent
    ("Portugal, which has praised Brazil repeatedly, stayed silent.", "praise", "Portugal", "Brazil"),
    # a thing target keeps its text without the determiner
    ("Several Dutch farmers opposed the new fertiliser rules.", "oppose", "Dutch farmers", "new fertiliser rules"),
])
def test_claims_general_rules(nlp, text, ctype, agent, target):
    _, claims, name = _run(nlp, text)
    assert _has(claims, name, ctype, agent, target), [(c.type, name(c.agent), name(c.target), c.target_text) for c in claims]


def test_claims_threat_content_is_not_a_claim(nlp):
    _, claims, _ = _run(nlp, "Sweden urged Finland to impose sanctions on Belarus.")
    assert [c.type for c in claims] == ["pressure"]


def test_claims_rule_out_is_hedged_threat(nlp):
    _, claims, _ = _run(nlp, "Egyptian officials did not rule out retaliation against Sudan.")
    c = next(c for c in claims if c.type == "threaten")
    assert c.hedged and not c.negated


def test_claims_appears_aligned_is_hedged_support(nlp):
    _, claims, name = _run(nlp, "The senator appears closely aligned with Turkey.")
    c = next(c for c in claims if c.type == "support")
    assert c.hedged and name(c.target) == "Turkey"


def test_claims_refused_to_is_negated(nlp):
    _, claims, _ = _run(nlp, "Austria refused to support Ukraine.")
    assert claims and claims[0].type == "support" and claims[0].negated


def test_claims_denial_points_back_at_the_accuser(nlp):
    _, claims, name = _run(nlp, "Greece accused Albania of smuggling weapons. Albania dismissed the accusations.")
    deny = next(c for c in claims if c.type == "deny")
    assert name(deny.agent) == "Albania" and name(deny.target) == "Greece"


def test_claims_denied_that_keeps_charge(nlp):
    _, claims, _ = _run(nlp, "Estonia denied that its troops had crossed the border.")
    deny = next(c for c in claims if c.type == "deny")
    assert deny.target is None and deny.charge == "its troops had crossed the border"


def test_claims_first_person_in_quote_is_speaker(nlp):
    text = '"I condemn the attack on Latvia," Karin Holm said.'
    doc = nlp(text)
    idx = SimpleIndex(doc)
    sid = idx.add_entity("Karin Holm", "PERSON")
    q = Quote(kind="direct", text="I condemn the attack on Latvia", start=1, end=31, speaker=sid)
    claims = find_claims(doc, idx, [q])
    c = next(c for c in claims if c.type == "condemn")
    assert c.agent == sid and c.attributed_to == sid


def test_claims_hyphenated_modifier_is_not_a_claim(nlp):
    _, claims, _ = _run(nlp, "Iranian-backed militias gathered near the border.")
    assert not any(c.type == "support" for c in claims)
