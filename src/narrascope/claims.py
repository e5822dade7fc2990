"""Claims: agent -> action -> target, with attribution, hedging and negation.

``find_claims(doc, index, quotes, *, published=None) -> list[Claim]`` is a pure
function over a parsed Doc (it only adds group entities to ``index``). Offsets
index ``doc.text``; ``doc.text[c.start:c.end] == c.text`` always holds.

How it works:

1. **Triggers** come from ``data/claim_lexicon.jsonl`` (lemma, pos, type, and
   optional constraints): verbs, nouns and a few adjectives, matched on lemmas.
   Constraints make multiword triggers: a particle (``"prt": "on"`` for "called
   on", ``"back"`` for "pushed back"), a preposition ("sided with", "voted
   against"), an object noun ("impose sanctions", "sow discord", "froze
   participation"), words the object must not be ("strike a deal"). Light-verb
   nouns ("held talks", "issued a threat") take the light verb's subject.
2. **Arguments** from the dependency parse: active subject / direct object or the
   entry's preposition; passive "by" agent and passive subject as target
   ("were pushed back by police"); coordinated verbs share their subject; control
   verbs ("tried to storm", "want to drag") and participles (", accusing X of")
   take the governing subject; relative pronouns take their antecedent;
   coordinated subjects and objects give one claim per pair; receiving an
   act ("won the backing of X") makes X the agent and the receiver the target;
   nouns take a possessive or "by" agent and an "of/against/with" target, and
   "talks between A and B" take A and B.
3. **Targets** that are not actors are kept as text ("the tariffs" -> "tariffs");
   "the headquarters of X" / "the affairs of X" / "a network of X" point at X; for
   condemn/praise/support of an act with an explicit author ("the EU's
   decision") the author is the target; "it" that names no actor takes the
   previous claim's target.
4. **Nesting**: a trigger inside the content of an accusation, a denial, a threat
   or a demand ("accused X of trying to retaliate against Y", "denied that X
   pressured Y", "urged X to impose sanctions") is not a claim of its own; for
   accusations it becomes the ``charge``.
5. **Deny targets**: a denial of "the accusations"/"the charge"/"the remarks"
   points back at the agent of the most recent earlier claim aimed at the denier.
6. **Evidentiality**: a trigger inside a direct quote takes the quote's speaker as
   ``attributed_to``; one under a reporting verb ("X said Y attacked Z") or with
   "according to X" on its clause takes that source; else null (the outlet's
   voice). Hedges ("reportedly", "appears", "alleged", modals, "did not rule
   out") and negation ("did not", "never", "refused to", "nobody") are read
   from the trigger and the verbs governing it.
7. **Actors** are resolved by :mod:`narrascope.actors`; dates by :mod:`narrascope.timex`.
   Triggers with neither agent nor target are dropped.

Round 2 (general rules, each with a unit test of invented sentences):

- **Who acts.** A claim needs an actor: an active trigger whose agent is unknown
  ("join sanctions against X") is dropped (passives and ``elect`` keep a null
  agent); a common-noun agent that names a thing ("the attempts ... refusing to
  join") is dropped, an actor noun the resolver does not know ("the senator")
  becomes a group. "in an effort/attempt/bid to V" and "attempts of/by X to V"
  take the acting subject; "praised X for V-ing Y" makes X the agent of V; a
  subject lost across a dash/bracket insertion is the noun before it; a
  sentence-initial subject pronoun ("It also accused ...") continues the
  previous sentence's main claim agent when it fits the pronoun; a named group
  the article calls a state's proxy ("Russia and its paramilitary X") acts for
  that state in destabilize/meddle/provoke claims.
- **Targets.** "fired tear gas at X" (the entry's prepositions before the
  object), quantities ("hundreds of X", "two of its members" -> X), an
  apposition lost by the parser ("his counterpart, Viktor H.,"), the object
  gap of a relative clause ("companies that X accuses of ..."), "demanding the
  resignation of X" -> X, the owner of an evaluated thing ("praised the
  Kremlin's pragmatism" -> Russia), but "the invasion of X" never makes X the
  author; "condemned the strikes" -> the agent of the latest attack claim;
  a protest target is nulled only when it is a place (GPE/LOC, "city", "square").
- **Denials.** "dismissed Western criticism" -> the West; "dismissed the
  remark" -> the speaker of the latest quote; "denied the report" -> the source
  that reported the denier's act ("X said Polish troops struck ...").
- **Attribution.** Besides direct quotes, reporting verbs and "according to":
  the participle "..., saying they opposed" (the clause subject), "X sees Y as
  ..." (the viewer), and indirect quotes found by the quote finder whose cue is a
  plain reporting verb ("..., an AFP reporter said"); a claim verb that opens its
  own content ("accused X of") is never a source. For a mixed quote the
  reporting verb's subject wins over the quote's speaker.
- **Not asserted.** Acts inside a plan's terms ("under which X would ...") or an
  if/unless clause; casualty verbs (kill/injure/wound) need an agent and are not
  a second attack when they are the participle of one ("shelled X, killing ...").
- **One act, one claim.** A claim without a target is dropped when an
  overlapping claim of the same type and agent has one.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Token

from narrascope import actors, timex
from narrascope.model import Claim, Quote

HEDGE_WORDS = {"alleged", "allegedly", "reportedly", "apparently", "purportedly", "supposedly",
               "possibly", "probably", "likely", "presumably", "seemingly"}
HEDGE_MODALS = {"may", "might", "could", "should", "would"}
HEDGE_VERBS = {"appear", "seem", "allege", "believe", "suspect", "say", "report", "see", "think", "understand"}
NEGATORS = {"not", "n't", "never", "no", "neither", "nor"}
NEGATIVE_SUBJECTS = {"nobody", "no", "none", "noone"}
NEGATING_HEADS = {"refuse", "decline", "fail", "avoid", "reject"}
TARGET_PREPS = ("against", "on", "with", "at", "into", "over", "toward", "towards")
DENY_CONTENT = {"accusation", "allegation", "claim", "charge", "suggestion", "report", "criticism", "idea",
                "remark", "comment", "statement", "assertion", "notion", "speculation", "rumour", "rumor",
                "charges", "accusations", "allegations", "claims", "remarks", "comments", "reports"}
SPEECH_VERBS = {"say", "tell", "claim", "report", "state", "write", "allege", "insist", "add", "note",
                "argue", "assert", "announce", "declare", "warn", "post", "tweet", "explain", "believe",
                "suggest", "acknowledge", "admit", "confirm", "contend", "maintain", "reiterate", "stress"}
NESTING_TYPES = {"accuse", "deny", "threaten", "pressure"}
# an act whose author is the real target of an evaluation: "the EU's decision"
ACT_NOUNS = {"decision", "plan", "plans", "call", "move", "proposal", "policy", "policies", "remarks", "comments",
             "statement", "handling", "response", "conduct", "actions", "action", "approach", "stance", "position",
             "leadership", "efforts", "effort", "bid", "offer", "initiative", "decree", "measures", "measure",
             "reforms", "ruling", "choice", "victory", "win", "re-election", "election", "appointment", "record",
             "role", "work", "commitment", "culture", "behaviour", "behavior", "invasion", "aggression",
             "annexation", "crackdown", "occupation", "war", "offensive", "attack", "attacks", "strikes"}
EVALUATIVE = {"condemn", "praise", "support"}
ATTACK_NOUNS = {"strike", "strikes", "attack", "attacks", "shelling", "bombing", "bombings", "raid", "raids",
                "airstrike", "airstrikes", "offensive", "assault", "invasion", "incursion", "crackdown", "occupation",
                "annexation", "aggression", "war"}
DEMAND_NOUNS = {"resignation", "release", "removal", "ouster", "dismissal", "arrest", "extradition", "impeachment",
                "prosecution", "withdrawal", "departure", "exit"}
PLACE_NOUNS = {"city", "capital", "square", "street", "streets", "town", "village", "country", "region", "area",
               "centre", "center", "downtown", "district", "province", "road", "avenue", "park", "border"}
PURPOSE_NOUNS = {"effort", "attempt", "bid", "bids", "efforts", "attempts", "drive", "campaign", "push"}
# a claim type whose real author is the sponsor of a proxy ("its paramilitary X sows discord")
COVERT_TYPES = {"destabilize", "meddle", "provoke"}
# "praised X for supporting Y": the praised party performs the nested act
REASON_TYPES = {"praise", "condemn", "accuse"}
RECEIVE_VERBS = {"win", "receive", "gain", "secure", "get", "enjoy", "earn", "draw", "attract", "face"}
PROTEST_PLACE_PREPS = {"outside", "at", "on", "in front of", "near"}
HUMAN_LEMMAS = set(actors.GROUP_NOUNS) | {"people", "crowd", "thousand", "hundred"}


@lru_cache(maxsize=1)
def claim_lexicon() -> dict[tuple[str, str], dict[str, Any]]:
    """(lemma, VERB|NOUN|ADJ) -> the first lexicon entry (see :func:`lexicon_entries`)."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for key, rows in lexicon_entries().items():
        out[key] = rows[0]
    return out


@lru_cache(maxsize=1)
def lexicon_entries() -> dict[tuple[str, str], list[dict[str, Any]]]:
    """(lemma, VERB|NOUN|ADJ) -> every entry from ``data/claim_lexicon.jsonl`` in file order."""
    text = resources.files("narrascope.data").joinpath("claim_lexicon.jsonl").read_text(encoding="utf-8")
    out: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for ln in text.splitlines():
        ln = ln.strip()
        if ln and not ln.startswith("#"):
            row = json.loads(ln)
            out.setdefault((row["lemma"].lower(), row["pos"]), []).append(row)
    return out


# --------------------------------------------------------------------------- triggers


def _pos_key(tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and lemma not in ("be", "have", "do", "will", "would")):
        return "VERB"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "NOUN"
    if tok.pos_ == "ADJ":
        return "ADJ"
    return None


def _has_particle(tok: Token, word: str) -> bool:
    return any(c.lower_ == word and c.dep_ in ("prt", "advmod", "prep") and c.i > tok.i for c in tok.children)


def _prep_child(tok: Token, word: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in ("prep", "agent", "dative") and c.lower_ == word), None)


def _pobj(prep: Token | None) -> Token | None:
    if prep is None:
        return None
    for p in prep.children:
        if p.dep_ in ("pobj", "pcomp"):
            return p
    return None


def _dobj(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)


def _lemmas(tok: Token | None) -> set[str]:
    if tok is None:
        return set()
    return {tok.lemma_.lower(), tok.lower_}


def _entries_for(tok: Token) -> list[dict[str, Any]]:
    key = _pos_key(tok)
    if key is None:
        return []
    lex = lexicon_entries()
    rows = list(lex.get((tok.lemma_.lower(), key), []))
    if not rows and tok.lower_ != tok.lemma_.lower():
        rows = list(lex.get((tok.lower_, key), []))
    if not rows and key == "ADJ":
        rows = list(lex.get((tok.lemma_.lower(), "VERB"), []))
    if not rows and key == "VERB" and tok.tag_ == "VBN":
        rows = list(lex.get((tok.lower_, "ADJ"), []))
    return rows


def _match_entry(tok: Token) -> dict[str, Any] | None:
    """The first lexicon entry whose constraints ``tok`` satisfies."""
    for row in _entries_for(tok):
        if row.get("prt") and not _has_particle(tok, row["prt"]):
            continue
        if any(_has_particle(tok, w) for w in row.get("not_prt", [])):
            continue
        if row.get("prep") and _prep_child(tok, row["prep"]) is None:
            continue
        if row.get("needs_prep") and not any(_prep_child(tok, w) is not None for w in row["needs_prep"]):
            continue
        if row.get("advmod") and not any(c.lower_ == row["advmod"] for c in tok.children):
            continue
        obj = _dobj(tok)
        if row.get("needs_object") and not (_lemmas(obj) & set(row["needs_object"])):
            continue
        if row.get("not_object") and _lemmas(obj) & set(row["not_object"]):
            continue
        if row.get("needs_object_prep"):
            p = _pobj(_prep_child(tok, row["prep"])) if row.get("prep") else None
            if not (_lemmas(p) & set(row["needs_object_prep"])):
                continue
        if row.get("needs_xcomp") and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
            continue
        if row.get("requires_negation") and not _negated_plain(tok):
            continue
        if row.get("needs_context") and not any(t.lemma_.lower() in row["needs_context"] for t in tok.sent):
            continue
        return row
    return None


# --------------------------------------------------------------------------- arguments


def _relative_antecedent(subj: Token) -> Token:
    """"which"/"who"/"that" as a subject stand for the noun the relative clause modifies."""
    if subj.lower_ in ("which", "who", "that", "whom") and subj.head.dep_ == "relcl":
        return subj.head.head
    return subj


def _is_dateline(tok: Token) -> bool:
    """"BELGRADE, March 12 (CWS) -": an upper-case place opening the article/paragraph."""
    return tok.is_upper and len(tok.text) > 2 and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].is_punct and (
        tok.i == 0 or "\n" in tok.doc[tok.i - 1].text_with_ws or tok.is_sent_start)


def _undateline(tok: Token) -> Token:
    if not _is_dateline(tok):
        return tok
    app = [c for c in tok.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in ("DATE", "ORG")]
    return app[-1] if app else tok


def _subject(verb: Token) -> Token | None:
    """The acting subject of ``verb``, following coordination, control and participles."""
    subj = _subject_parse(verb)
    if subj is None:
        # a mis-parsed name before the verb ("FIFA/npadvmod rejected the charge")
        for c in verb.lefts:
            if c.dep_ in ("npadvmod", "dep", "nmod") and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"):
                return c
        subj = _subject_before_insertion(verb)
    return subj


def _subject_before_insertion(verb: Token) -> Token | None:
    """"a team of observers — including from the OSCE — denounced ...": the parser
    loses the subject across a dash/bracket insertion; take the noun right before it."""
    if verb.dep_ not in ("ROOT", "conj") or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    j = verb.i - 1
    doc = verb.doc
    while j >= verb.sent.start and not doc[j].text.strip():
        j -= 1
    if j < verb.sent.start or doc[j].text not in ("—", "–", ")", "--"):
        return None
    opener = {"—": "—", "–": "–", ")": "(", "--": "--"}[doc[j].text]
    k = j - 1
    while k >= verb.sent.start and doc[k].text != opener:
        k -= 1
    k -= 1
    if k < verb.sent.start or doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    return doc[k]


def _subject_parse(verb: Token) -> Token | None:
    v = verb
    for _ in range(5):
        subs = [c for c in v.children if c.dep_ in ("nsubj", "csubj")]
        if subs:
            return _undateline(_relative_antecedent(subs[-1]))
        for c in v.children:
            if c.dep_ == "agent":
                p = _pobj(c)
                if p is not None:
                    return p
        if v.i != verb.i:
            sp = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
            if sp is not None:
                return _relative_antecedent(sp)  # "X was re-elected and has won ..."
        if v.dep_ in ("conj", "xcomp", "oprd", "acomp") and v.head.i != v.i:
            v = v.head
            continue
        if v.dep_ == "advcl" and (v.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)):
            v = v.head
            continue
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ in ("NOUN", "PROPN"):
            return v.head
        if v.dep_ == "relcl":
            return v.head
        if v.dep_ == "acl" and v.tag_ == "VBD" and v.head.dep_ == "ROOT" and v.head.pos_ in ("NOUN", "PROPN"):
            return v.head  # "Banda's spokesman, X, accused ...": the parser made the noun the root
        if v.dep_ == "pcomp" and v.head.dep_ == "prep":
            gov = v.head.head
            if v.head.lower_ == "for" and gov.pos_ == "VERB":
                ge = _match_entry(gov)
                obj = _dobj(gov)
                if ge is not None and ge["type"] in REASON_TYPES and obj is not None:
                    return obj  # "praised Serbia for supporting Ukraine": Serbia supports
            v = gov
            continue
        if v.dep_ == "acl" and v.head.lemma_.lower() in PURPOSE_NOUNS:
            # "attempts of/by the West to destabilize ...", "Moscow's attempts to ..."
            n = v.head
            who = next((c for c in n.children if c.dep_ == "poss"), None) or _pobj(_prep_child(n, "by")) or \
                _pobj(_prep_child(n, "of"))
            if who is not None and who.i < v.i:
                return who
        if v.dep_ == "acl" and v.head.lemma_.lower() in PURPOSE_NOUNS and v.head.dep_ == "pobj" and \
                v.head.head.dep_ == "prep" and v.head.head.head.pos_ in ("VERB", "AUX"):
            v = v.head.head.head  # "... in an effort to undermine X": the acting clause's subject
            continue
        break
    return None


def _passive_subject(verb: Token) -> Token | None:
    v = verb
    for _ in range(4):
        for c in v.children:
            if c.dep_ == "nsubjpass":
                return _relative_antecedent(c)
        if v.i != verb.i:
            for c in v.children:
                if c.dep_ == "nsubj":
                    return _relative_antecedent(c)
        if v.dep_ in ("conj", "xcomp") and v.head.i != v.i:
            v = v.head
            continue
        break
    return None


def _by_agent(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            p = _pobj(c)
            if p is not None:
                return p
    return None


def _conjuncts(tok: Token | None) -> list[Token]:
    if tok is None:
        return [None]  # type: ignore[list-item]
    out = [tok]
    for c in tok.conjuncts:
        if c.pos_ in ("NOUN", "PROPN", "PRON") and c.i != tok.i:
            out.append(c)
    return sorted(out, key=lambda t: t.i)


def _is_actorish(tok: Token, index: Any) -> bool:
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if tok.pos_ == "PRON" and tok.lower_ in actors.PRONOUNS:
        return True
    lemma = tok.lemma_.lower()
    return lemma in actors.GROUP_NOUNS or lemma in actors.ACTOR_NOUNS or actors.is_actor_noun(tok) or \
        tok.lower_ in actors.STATE_FORCE_HEADS or lemma in actors.STATE_FORCE_HEADS or tok.lower_ in actors.PROXY_HEADS


def _refine_target(tok: Token | None, ctype: str) -> Token | None:
    """Follow "the headquarters of X", "the affairs of X", "one of X", "the city of X"."""
    for _ in range(3):
        if tok is None:
            return None
        inner = actors.quantity_inner(tok)
        if inner is not None:
            tok = inner
            continue
        if tok.lemma_.lower() in actors.RELATIONAL_HEADS or tok.lower_ in actors.RELATIONAL_HEADS:
            of = _prep_child(tok, "of")
            p = _pobj(of)
            if p is not None and p.pos_ in ("NOUN", "PROPN"):
                tok = p
                continue
        if ctype in EVALUATIVE and (tok.lemma_.lower() in ACT_NOUNS or tok.lower_ in ACT_NOUNS):
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is not None and poss.pos_ in ("PROPN", "NOUN") or (poss is not None and poss.lower_ in ("its", "his", "her", "their")):
                return poss
            if tok.lemma_.lower() in ATTACK_NOUNS or tok.lower_ in ATTACK_NOUNS:
                break  # "the invasion of Ukraine": "of" names the victim, not the author
            for t in tok.subtree:
                if t.dep_ == "pobj" and t.head.lower_ in ("at", "by", "of", "within", "inside") and (
                        t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "PERSON")):
                    return t
        if ctype in EVALUATIVE and tok.pos_ == "NOUN" and not actors.is_actor_noun(tok):
            # "praised the Kremlin's pragmatism", "condemned Jakarta's complaint": the owner
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is not None and (poss.pos_ == "PROPN" or poss.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")):
                return poss
        break
    return tok


def _not_time(p: Token | None) -> Token | None:
    return None if p is None or p.ent_type_ in ("DATE", "TIME") else p


def _verb_target(verb: Token, entry: dict[str, Any]) -> Token | None:
    for w in [entry["target_prep"]] if entry.get("target_prep") else []:
        p = _not_time(_pobj(_prep_child(verb, w)))
        if p is not None:
            return p
    for w in entry.get("needs_prep", []):
        # "fired tear gas at demonstrators": the preposition names the target, not the object
        p = _not_time(_pobj(_prep_child(verb, w)) or _pobj(_prep_child(_dobj(verb), w) if _dobj(verb) is not None else None))
        if p is not None:
            return p
    if entry.get("obj_prep"):
        obj = _dobj(verb)
        for w in entry["obj_prep"]:
            p = _pobj(_prep_child(obj, w)) if obj is not None else None
            if p is None:
                p = _pobj(_prep_child(verb, w))
            if p is not None:
                # "duties on imports from X"
                if p.lemma_.lower() in ("import", "export", "good", "product") and _pobj(_prep_child(p, "from")) is not None:
                    return _pobj(_prep_child(p, "from"))
                return p
        return None
    if entry.get("needs_object"):
        p = None
        obj = _dobj(verb)
        for w in ("in", "against", "on", "into"):
            q = _pobj(_prep_child(obj, w)) if obj is not None else None
            q = q or _pobj(_prep_child(verb, w))
            if q is not None and (q.ent_type_ in ("GPE", "LOC", "ORG", "NORP") or q.pos_ == "PROPN"):
                p = q
                break
        return p
    if entry.get("prep"):
        p = _pobj(_prep_child(verb, entry["prep"]))
        if entry["type"] == "provoke":
            return _dobj(verb)
        if p is not None:
            return p
    obj = _dobj(verb)
    if obj is not None:
        return obj
    for c in verb.children:
        if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            return c
    preps = ("with",) + TARGET_PREPS if entry["type"] == "meet" else TARGET_PREPS
    for w in preps:
        p = _pobj(_prep_child(verb, w))
        if p is not None and p.pos_ in ("NOUN", "PROPN", "PRON") and p.ent_type_ not in ("DATE", "TIME"):
            return p
    if entry["type"] == "threaten":
        # "threatened to overthrow the government": the threatened act's object
        xc = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        o = _dobj(xc) if xc is not None else None
        if o is not None and (o.pos_ == "PROPN" or o.ent_type_ in ("ORG", "GPE", "PERSON", "NORP")
                              or o.lemma_.lower() in actors.INSTITUTION_HEADS or o.lemma_.lower() in actors.GROUP_NOUNS):
            return o
    return None


def _nested_under(tok: Token) -> Token | None:
    """The accuse/deny/threaten/pressure trigger whose content ``tok`` belongs to, if any."""
    cur = tok
    path: list[Token] = []
    while cur.head.i != cur.i:
        path.append(cur)
        cur = cur.head
        e = _match_entry(cur) if _pos_key(cur) else None
        if e is None:
            continue
        link = path[-1]
        if any(x.dep_ == "relcl" for x in path):
            return None  # a relative clause on a noun is asserted, not part of the content
        if e["type"] == "accuse":
            if link.dep_ in ("prep", "pcomp", "acl", "ccomp", "xcomp", "advcl", "dobj", "relcl") and not (
                    link.dep_ == "dobj" and cur.pos_ == "VERB") and not (
                    link.dep_ == "advcl" and link.tag_ == "VBG" and any(t.is_punct for t in cur.doc[cur.i:link.i])):
                return cur
        elif e["type"] == "deny":
            if link.dep_ in ("dobj", "ccomp", "xcomp", "pcomp", "prep"):
                return cur
        elif e["type"] in ("threaten", "pressure"):
            if link.dep_ in ("xcomp", "ccomp") or (link.dep_ == "prep" and link.lower_ in ("for",)):
                return cur
        elif e["type"] in ("destabilize",) and link.dep_ == "dobj" and len(path) == 1:
            return cur
        if cur.dep_ not in ("xcomp", "ccomp", "conj", "pcomp", "prep", "pobj", "acl", "advcl", "dobj", "relcl"):
            break
    return None


# --------------------------------------------------------------------------- flags


def _hypothetical(tok: Token) -> bool:
    """An act inside a conditional or a plan's terms is not asserted: "a plan under
    which Belgrade would stop lobbying against Kosovo", "if Ankara imposed tariffs"."""
    cur = tok
    for _ in range(6):
        if cur.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ in ("would", "could") for c in cur.children) and \
                any(c.dep_ == "prep" and c.lower_ in ("under", "by") and any(g.lower_ in ("which", "whom") for g in c.children)
                    for c in cur.children):
            return True
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in cur.children):
            return True
        if cur.dep_ not in ("xcomp", "conj", "ccomp", "pcomp", "prep", "pobj") or cur.head.i == cur.i:
            break
        cur = cur.head
    return False


def _negated_plain(tok: Token) -> bool:
    t = tok
    for _ in range(4):
        for c in t.children:
            if c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ in ("advmod", "det", "neg", "preconj")):
                return True
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in NEGATIVE_SUBJECTS:
                return True
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in NEGATING_HEADS:
            return True
        if t.dep_ == "xcomp" and t.head.i != t.i:
            t = t.head
            continue
        break
    return False


def _hedged(tok: Token, entry: dict[str, Any]) -> bool:
    if entry.get("requires_negation") and not entry.get("negation_positive"):
        return True  # "did not rule out retaliation"
    chain = [tok]
    t = tok
    for _ in range(3):
        if t.dep_ in ("xcomp", "acomp", "oprd", "ccomp", "conj") and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX", "ADJ"):
            t = t.head
            chain.append(t)
            if t.lemma_.lower() in ("say", "tell", "claim", "add"):
                break
        else:
            break
    for i, t in enumerate(chain):
        if t.lower_ in HEDGE_WORDS:
            return True
        if i > 0 and t.lemma_.lower() in ("appear", "seem"):
            return True
        if i > 0 and t.lemma_.lower() in ("report", "believe", "suspect", "allege", "see", "think") and any(
                c.dep_ in ("nsubjpass", "auxpass") for c in t.children):
            return True  # "are reported to", "is widely believed to"
        for c in t.children:
            if c.dep_ in ("advmod", "amod") and c.lower_ in HEDGE_WORDS:
                return True
            if c.dep_ == "aux" and c.lower_ in HEDGE_MODALS and c.lower_ != "would":
                return True
    # "alleged fraud": a hedge on the object
    obj = _dobj(tok)
    if obj is not None and any(c.dep_ == "amod" and c.lower_ in ("alleged", "suspected", "purported") for c in obj.children):
        return True
    if tok.pos_ == "NOUN" and any(c.lower_ in ("alleged", "suspected", "purported", "reported") for c in tok.children):
        return True
    return False


def _negated(tok: Token, entry: dict[str, Any]) -> bool:
    if entry.get("requires_negation"):
        return False
    return _negated_plain(tok)


# --------------------------------------------------------------------------- attribution


def _speech_source(tok: Token) -> Token | None:
    """The subject of a reporting verb that governs ``tok`` ("X said Y attacked Z")."""
    cur, prev = tok, tok
    while cur.head.i != cur.i:
        prev, cur = cur, cur.head
        if prev.dep_ in ("ccomp", "parataxis") or (prev.dep_ == "conj" and prev.head.dep_ in ("ccomp", "parataxis")) \
                or (prev.dep_ == "advcl" and cur.i > prev.i):
            if cur.lemma_.lower() in SPEECH_VERBS and cur.pos_ in ("VERB", "AUX"):
                subj = next((c for c in cur.children if c.dep_ in ("nsubj",)), None)
                if subj is None and cur.dep_ in ("conj",):
                    subj = next((c for c in cur.head.children if c.dep_ == "nsubj"), None)
                if subj is None and cur.dep_ in ("advcl", "xcomp", "conj"):
                    subj = _subject(cur)  # "protested, saying they opposed ...": the protesters say it
                if subj is not None:
                    return _relative_antecedent(subj)
                return None
        if cur.dep_ not in ("ccomp", "conj", "xcomp", "advcl", "parataxis", "relcl", "acl") and prev.dep_ not in ("ccomp", "parataxis"):
            pass
    return None


def _according_to(tok: Token) -> Token | None:
    """"according to X" attached to the clause of ``tok`` (or its sentence root)."""
    anc = {tok.i, *(a.i for a in tok.ancestors)}
    for t in tok.sent:
        if t.lower_ == "according" and t.i + 1 < len(tok.doc) and tok.doc[t.i + 1].lower_ == "to":
            if t.head.i in anc or t.head.i == tok.sent.root.i:
                return _pobj(tok.doc[t.i + 1]) or next((c for c in t.children if c.dep_ == "prep"), None) and _pobj(next(c for c in t.children if c.dep_ == "prep"))
    return None


VIEW_VERBS = {"see", "view", "regard", "consider", "perceive"}


def _view_source(tok: Token) -> Token | None:
    """"Serbia sees Kosovo as a pretext used by Russia to undermine ...": a claim inside
    the "as" complement of a view verb is the viewer's."""
    cur = tok
    while cur.head.i != cur.i:
        prev, cur = cur, cur.head
        if prev.dep_ == "prep" and prev.lower_ == "as" and cur.lemma_.lower() in VIEW_VERBS and cur.pos_ == "VERB":
            return next((c for c in cur.children if c.dep_ == "nsubj"), None)
    return None


def _cue_token(doc: Doc, q: Quote) -> Token | None:
    """The reporting verb of an indirect quote: the token spelling ``q.cue`` nearest the span, outside it."""
    if not q.cue:
        return None
    first = q.cue.split()[0].lower()
    best = None
    for t in doc:
        if t.lower_ == first and not (q.start <= t.idx < q.end) and abs(t.idx - q.start) < 400:
            if best is None or min(abs(t.idx - q.start), abs(t.idx - q.end)) < min(abs(best.idx - q.start), abs(best.idx - q.end)):
                best = t
    return best


def _attribution(tok: Token, doc: Doc, index: Any, quotes: list[Quote]) -> tuple[str | None, Token | None]:
    src = _speech_source(tok)
    for q in quotes or []:
        if q.kind in ("direct", "mixed") and q.start <= tok.idx < q.end and q.speaker:
            if q.kind == "mixed" and src is not None:
                break  # "X said its forces had hit \"sites\"": the reporting verb's subject speaks
            return q.speaker, None
    if src is None:
        src = _according_to(tok)
    if src is None:
        src = _view_source(tok)
    if src is not None:
        eid = _source_entity(doc, src, index)
        if eid is not None:
            return eid, src
    # reported speech found by the quote finder ("..., an AFP reporter said"): only
    # plain reporting cues, never a claim verb that opens its own content ("accused X of")
    for q in quotes or []:
        if q.kind != "indirect" or not (q.start <= tok.idx < q.end):
            continue
        cue = _cue_token(doc, q)
        if cue is None or cue.lemma_.lower() not in SPEECH_VERBS and q.cue.lower() not in ("according to",):
            continue
        if cue.lemma_.lower() in ("warn", "claim", "allege", "announce", "declare") and cue.i == tok.i:
            continue
        if q.speaker:
            return q.speaker, None
        subj = next((c for c in cue.children if c.dep_ == "nsubj"), None) if cue.pos_ in ("VERB", "AUX") else None
        if subj is not None:
            eid = _source_entity(doc, subj, index)
            if eid is not None:
                return eid, subj
    return None, None


def _source_entity(doc: Doc, src: Token, index: Any) -> str | None:
    """Entity of a source of reported speech; a common-noun source the resolver does
    not know ("an AFP reporter", "a senior official") becomes a group entity."""
    eid, _ = actors.resolve_actor(doc, src, index, as_actor=False)
    if eid is None and src.pos_ == "NOUN" and actors.is_actor_noun(src):
        s, e = actors.phrase_span(src)
        eid = actors._group(index, actors.np_text(doc, src, with_post=False), (s, e))
    return eid


# --------------------------------------------------------------------------- spans


def _evidence(doc: Doc, tok: Token, agent_tok: Token | None, target_tok: Token | None) -> tuple[int, int]:
    sent = tok.sent
    left = tok
    if tok.pos_ != "NOUN":
        for c in tok.lefts:
            if c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "npadvmod") and c.i < left.i:
                left = c.left_edge if c.dep_ in ("nsubj", "nsubjpass") else c
    elif tok.head.pos_ in ("VERB", "AUX") and tok.dep_ in ("dobj", "pobj", "nsubj"):
        left = tok.head
    if agent_tok is not None and agent_tok.i < left.i and agent_tok.sent.start == sent.start and left.i - agent_tok.i < 40:
        left = agent_tok.left_edge if agent_tok.dep_ != "relcl" else agent_tok
    right = tok
    for c in tok.rights:
        if c.dep_ in ("dobj", "prep", "prt", "dative", "xcomp", "ccomp", "advmod", "acomp", "oprd", "agent", "pobj", "attr", "npadvmod", "advcl", "acl"):
            if c.dep_ == "advcl" and c.tag_ == "VBG":
                continue
            right = c.right_edge if c.right_edge.i > right.i else right
    if target_tok is not None and target_tok.right_edge.i > right.i and target_tok.sent.start == sent.start:
        right = target_tok.right_edge
    left_i = max(left.i, sent.start)
    right_i = min(right.i, sent.end - 1)
    while right_i > left_i and (doc[right_i].is_punct or doc[right_i].dep_ in ("cc",)):
        right_i -= 1
    while left_i < right_i and (doc[left_i].is_punct or doc[left_i].dep_ == "cc"):
        left_i += 1
    return doc[left_i].idx, doc[right_i].idx + len(doc[right_i].text)


def _date(doc: Doc, tok: Token, published: Any, s: int, e: int) -> tuple[str | None, str | None]:
    refs = [r for r in timex.find_times(doc.text[s:e], published) if r.kind != "year"]
    if not refs:
        return None, None
    r = min(refs, key=lambda r: abs(s + r.start - tok.idx))
    return (r.date.isoformat() if r.date else None), r.text


def _subtree_text(doc: Doc, tok: Token, *, after: Token | None = None) -> str | None:
    toks = list(tok.subtree)
    if after is not None:
        toks = [t for t in toks if t.i > after.i]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks = toks[:-1]
    while toks and (toks[0].is_punct or toks[0].dep_ == "mark"):
        toks = toks[1:]
    if not toks:
        return None
    # stop at a comma that opens a participle or "without" clause
    out = [toks[0]]
    for t in toks[1:]:
        if t.text == "," and t.head.i == tok.i or (t.text == "," and any(x.dep_ == "advcl" for x in [t.head])):
            break
        out.append(t)
    while out and (out[-1].is_punct):
        out.pop()
    return doc.text[out[0].idx:out[-1].idx + len(out[-1].text)].strip() or None


def _charge(doc: Doc, tok: Token, entry: dict[str, Any]) -> str | None:
    preps = entry.get("charge_preps") or ["of", "for"]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            p = _pobj(c)
            if p is not None:
                return _charge_text(doc, p)
    for c in tok.children:
        if c.dep_ in ("ccomp", "acl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return _charge_text(doc, c)
    return None


def _charge_text(doc: Doc, head: Token) -> str | None:
    toks = [t for t in head.subtree]
    cut = len(toks)
    for k, t in enumerate(toks):
        if t.text == "," and k > 0:
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and (nxt.lower_ in ("without", "saying", "calling", "adding", "which") or nxt.tag_ == "VBG"):
                cut = k
                break
    toks = toks[:cut]
    while toks and (toks[0].is_punct or toks[0].dep_ == "mark"):
        toks = toks[1:]
    while toks and toks[-1].is_punct and toks[-1].text not in ('"', "”"):
        toks = toks[:-1]
    if not toks:
        return None
    return doc.text[toks[0].idx:toks[-1].idx + len(toks[-1].text)].strip() or None


# --------------------------------------------------------------------------- frames


def _noun_frame(tok: Token, entry: dict[str, Any]) -> tuple[Token | None, Token | None, bool] | None:
    """(agent, target, keep) for a noun trigger, or None to skip it."""
    head = tok.head
    hl = head.lemma_.lower()
    agent_tok: Token | None = None
    target_tok: Token | None = None
    # "won the backing of X": X acts, the receiver is the target
    if entry.get("receive") and tok.dep_ == "dobj" and hl in RECEIVE_VERBS:
        agent_tok = _pobj(_prep_child(tok, "of")) or _pobj(_prep_child(tok, "from")) or next(
            (c for c in tok.children if c.dep_ == "poss"), None)
        target_tok = _subject(head) or _passive_subject(head)
        return (agent_tok, target_tok, agent_tok is not None)
    # "in support of X": the governing clause's subject acts
    if entry.get("receive") and tok.dep_ == "pobj" and head.lower_ == "in":
        target_tok = _pobj(_prep_child(tok, "of"))
        verb = head.head
        agent_tok = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        return (agent_tok, target_tok, target_tok is not None)
    if entry.get("receive") and not (tok.dep_ == "dobj" and hl in entry.get("light_verbs", [])):
        return None
    light = set(entry.get("light_verbs", [])) | {"hold", "have", "conduct", "issue", "level", "make", "launch",
                                                   "impose", "announce", "voice", "express", "stage", "carry"}
    if tok.dep_ == "dobj" and hl in light and head.pos_ in ("VERB", "AUX"):
        agent_tok = _subject(head)
        if any(c.dep_ == "auxpass" for c in head.children):
            agent_tok = _by_agent(head)
    else:
        agent_tok = next((c for c in tok.children if c.dep_ == "poss"), None)
        if agent_tok is None:
            agent_tok = _by_agent(tok)
        if agent_tok is None:
            comp = [c for c in tok.children if c.dep_ in ("compound", "amod") and (c.ent_type_ in ("GPE", "NORP", "ORG") or c.pos_ == "PROPN")]
            if comp and entry["type"] in ("attack", "sanction", "pressure", "threaten", "meddle", "provoke", "retaliate"):
                agent_tok = comp[0]
    # participants: "talks between A and B", "talks with X", "sanctions on X"
    for h in (tok, head if tok.dep_ == "dobj" else tok):
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("between", "among") and entry["type"] == "meet":
                p = _pobj(c)
                if p is not None:
                    conj = [x for x in p.conjuncts]
                    if agent_tok is None and conj:
                        return (p, conj[0], True)
            if c.dep_ == "prep" and c.lower_ in ("against", "on", "with", "over", "into", "toward", "towards",
                                                 *entry.get("target_preps", [])) or (
                    c.dep_ == "prep" and c.lower_ == "of" and entry["type"] in ("attack", "condemn", "praise", "meddle")):
                p = _not_time(_pobj(c))
                if p is not None and target_tok is None:
                    target_tok = p
        if target_tok is not None:
            break
    if entry["type"] == "accuse" and target_tok is None:
        # "Moscow's charge that NATO is provoking Russia": the clause's subject is the target
        for c in tok.children:
            if c.dep_ in ("acl", "ccomp", "relcl") and any(m.lower_ == "that" for m in c.children):
                subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None:
                    target_tok = subj
                    break
        if entry.get("needs_clause") and target_tok is None:
            return None
    if entry.get("needs_participants") and agent_tok is None:
        return None
    if entry.get("receive") and target_tok is None:
        return None  # "reaffirmed its support" with no one supported says nothing
    if entry.get("needs_target") and target_tok is None:
        return None
    if agent_tok is None and target_tok is None:
        return None
    return (agent_tok, target_tok, True)


def find_claims(doc: Doc, index: Any, quotes: list[Quote], *, published: Any = None) -> list[Claim]:
    """Claims in one article.

    Args:
        doc: the parsed article (``doc.text`` is ``Article.text``).
        index: the article's EntityIndex; group and metonym entities may be added.
        quotes: the article's quotes (from ``find_quotes``), for attribution.
        published: article date (date or "YYYY-MM-DD") for resolving claim dates.

    Returns:
        Claims in text order; offsets index ``doc.text``. Empty for an empty doc.
    """
    out: list[Claim] = []
    seen: set[tuple[int, str, str | None, str | None, str | None]] = set()
    ents = getattr(index, "entities", {})
    for tok in doc:
        entry = _match_entry(tok)
        if entry is None:
            # "re-elected": the tokenizer splits the prefix off
            if tok.lower_ in ("elected",) and tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "re":
                entry = {"lemma": "re-elect", "pos": "VERB", "type": "elect"}
            else:
                continue
        ctype = entry["type"]
        if tok.dep_ in ("amod", "compound") and tok.i > 0 and doc[tok.i - 1].text == "-":
            continue  # "Russian-backed media": a hyphenated modifier, not an asserted act
        if _nested_under(tok) is not None or _hypothetical(tok):
            continue
        if entry.get("not_participle_of_attack") and tok.dep_ in ("advcl", "conj", "xcomp") and (
                (_match_entry(tok.head) or {}).get("type") == "attack"):
            continue  # "shelled Kherson, killing three civilians": one attack, not two
        passive_trigger = False
        agent_tok: Token | None = None
        target_tok: Token | None = None
        charge: str | None = None
        trigger = tok.text
        arg = tok
        if tok.lower_ == "elected" and tok.i >= 2 and doc[tok.i - 2].lower_ == "re" and tok.head.i == tok.i - 2:
            arg = doc[tok.i - 2]
            trigger = doc.text[arg.idx:tok.idx + len(tok.text)]
        if _pos_key(tok) in ("VERB", "ADJ") or arg is not tok:
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in arg.children) or (
                tok.tag_ == "VBN" and tok.dep_ == "acl") or (
                tok.tag_ == "VBN" and tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.children))
            if _pos_key(tok) == "ADJ" or (entry.get("pos") == "ADJ"):
                passive = False
            if passive:
                passive_trigger = True
                agent_tok = _by_agent(arg)
                target_tok = _passive_subject(arg) or (arg.head if arg.dep_ == "acl" else None)
            else:
                if _pos_key(tok) == "ADJ" or tok.dep_ in ("acomp", "amod"):
                    agent_tok = _subject(tok.head) if tok.dep_ == "acomp" or tok.head.pos_ in ("VERB", "AUX") else (
                        tok.head if tok.dep_ == "amod" else None)
                    if tok.dep_ == "advmod" or agent_tok is None:
                        agent_tok = _subject(tok)
                else:
                    agent_tok = _subject(tok)
                target_tok = _verb_target(tok, entry)
                if ctype == "pressure" and target_tok is not None and target_tok.lemma_.lower() in DEMAND_NOUNS:
                    # "demanding her resignation", "called for the release of X": the person it is about
                    who = next((c for c in target_tok.children if c.dep_ == "poss"), None) or _pobj(_prep_child(target_tok, "of"))
                    if who is not None and _is_actorish(who, index):
                        target_tok = who
                if target_tok is None and tok.dep_ == "relcl" and _dobj(tok) is None and tok.head.pos_ in ("NOUN", "PROPN") and \
                        any(c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who") for c in tok.children) and \
                        ctype in ("accuse", "attack", "sanction", "condemn", "praise", "support", "oppose", "pressure", "threaten"):
                    target_tok = tok.head  # "companies (that) Washington accuses of ...": the object gap
                if ctype == "pressure" and target_tok is not None and not entry.get("target_prep") and not entry.get("thing_target"):
                    # "urged restraint": an abstract object is not a target
                    if not _is_actorish(target_tok, index) and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
                        target_tok = None
                if ctype == "deny" and entry["lemma"] in ("reject", "dismiss") and target_tok is not None and \
                        target_tok.lemma_.lower() not in DENY_CONTENT and target_tok.lower_ not in DENY_CONTENT and \
                        target_tok.pos_ != "PRON" and entry["lemma"] == "reject":
                    ctype = "oppose"
            if ctype == "accuse" and tok.pos_ in ("VERB",):
                charge = _charge(doc, tok, entry)
        else:
            if tok.dep_ in ("dobj", "pobj") and _pos_key(tok.head) == "VERB" and _match_entry(tok.head) is not None:
                continue  # "impose sanctions", "dismissed the accusations": the verb carries it
            frame = _noun_frame(tok, entry)
            if frame is None:
                continue
            agent_tok, target_tok, keep = frame
            if not keep:
                continue
            if ctype == "accuse":
                charge = _charge(doc, tok, entry)
        if ctype == "pressure" and tok.lemma_.lower() == "press" and agent_tok is not None and agent_tok.lower_ == "press":
            continue
        # ---- deny: charge and target
        deny_lookback = False
        deny_speaker: str | None = None
        west_target = False
        if ctype == "deny":
            obj = _dobj(tok)
            ccomp = next((c for c in tok.children if c.dep_ in ("ccomp",)), None)
            if ccomp is not None:
                charge = _charge_text(doc, ccomp)
                target_tok = None
            elif obj is not None and (obj.lemma_.lower() in DENY_CONTENT or obj.lower_ in DENY_CONTENT):
                that = next((c for c in obj.children if c.dep_ in ("acl", "ccomp", "relcl") and any(m.lower_ == "that" for m in c.children)), None)
                of = _pobj(_prep_child(obj, "of"))
                if that is not None:
                    charge = _charge_text(doc, that)
                elif of is not None:
                    charge = _charge_text(doc, of)
                poss = next((c for c in obj.children if c.dep_ == "poss"), None)
                # "dismissed Western criticism", "rejected US claims": the modifier names the critic
                owner = next((c for c in obj.children if c.dep_ in ("amod", "compound") and (
                    c.ent_type_ in ("NORP", "GPE", "ORG") or c.lower_ in ("western",))), None)
                target_tok = poss or _by_agent(obj) or owner
                if target_tok is not None and target_tok.lower_ == "western":
                    west_target = True
                if target_tok is None and that is None:
                    deny_lookback = True
                    if obj.lemma_.lower() in ("remark", "comment", "statement", "word") and quotes:
                        deny_speaker = _last_speaker(quotes, tok.idx)
            else:
                xc = next((c for c in tok.children if c.dep_ in ("xcomp",)), None)
                content = obj or xc
                if content is not None:
                    charge = _charge_text(doc, content)
                    target_tok = None
                    for t in content.subtree:
                        if t.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") and t.dep_ == "pobj":
                            target_tok = t
                            break
        # ---- protest: "protested outside the court", "marched on parliament"; never a place
        if ctype == "protest" and target_tok is None and _pos_key(tok) == "VERB":
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("outside", "against", "at", "on"):
                    p = _pobj(c)
                    if p is not None and p.ent_type_ not in ("DATE", "TIME"):
                        target_tok = p
                        break
        if ctype == "accuse" and charge is None and target_tok is not None:
            # "accused judges of stealing the election" (the parser hangs "of" on the noun)
            for c in target_tok.children:
                if c.dep_ == "prep" and c.lower_ in (entry.get("charge_preps") or ["of"]):
                    p = _pobj(c)
                    if p is not None and (p.tag_ == "VBG" or p.dep_ == "pcomp"):
                        charge = _charge_text(doc, p)
        agents = _conjuncts(agent_tok)
        targets = _conjuncts(_refine_target(target_tok, ctype)) if target_tok is not None else [None]
        targets = [_refine_target(t, ctype) if t is not None else None for t in targets]
        s, e = _evidence(doc, tok, agent_tok, target_tok)
        attributed, _src = _attribution(tok, doc, index, quotes)
        date, date_text = _date(doc, tok, published, s, e)
        for a_tok in agents:
            if a_tok is not None and a_tok.lower_ in ("i", "we") and a_tok.pos_ == "PRON" and attributed:
                agent, agent_text = attributed, a_tok.text  # "I condemn ..." inside the speaker's quote
            else:
                agent, agent_text = _continued_subject(doc, a_tok, out, index) or \
                    actors.resolve_actor(doc, a_tok, index, as_actor=True)
            if a_tok is not None and a_tok.pos_ == "NOUN" and not a_tok.ent_type_ and \
                    actors.quantity_inner(a_tok) is None and not any(c.dep_ == "appos" for c in a_tok.children):
                if not _is_actorish(a_tok, index) and a_tok.lemma_.lower() not in actors.CROWD_HEADS:
                    continue  # "the attempts ... refusing to join X": a thing does not act
                if agent is None:
                    agent = _source_entity(doc, a_tok, index)  # "the senator", "a spokesman"
            if ctype == "protest" and a_tok is not None and (
                    a_tok.lemma_.lower() in actors.CROWD_HEADS or a_tok.lower_ in actors.CROWD_HEADS):
                agent = actors.crowd_entity(doc, a_tok, index)
            if entry.get("needs_human_agent") and agent is None:
                continue
            if ctype in COVERT_TYPES and agent is not None:
                agent = actors.proxy_sponsor(doc, index, agent) or agent  # "its paramilitary X sows discord"
            if agent is None and entry.get("needs_agent"):
                continue  # "14 officers were injured": a casualty count, not an attack claim
            if entry.get("needs_agent") and tok.dep_ in ("amod", "compound"):
                continue  # "injured protesters"
            if agent is None and not passive_trigger and ctype != "elect":
                continue  # an act with no actor ("join sanctions against X") says nothing about who
            for t_tok in targets:
                target, target_text = _resolve_target(doc, t_tok, index, ctype, out)
                if ctype == "protest" and t_tok is not None and actors.is_place_use(t_tok) and (
                        t_tok.ent_type_ in ("GPE", "LOC", "FAC") or t_tok.lemma_.lower() in PLACE_NOUNS or
                        getattr(ents.get(target), "type", None) in ("GPE", "LOC")):
                    target, target_text = None, None  # "protested across Belgrade": a place, not a target
                if target is None and ctype in ("condemn", "praise", "retaliate") and t_tok is not None:
                    author = _act_author(t_tok, out)
                    if author is not None:
                        target = author  # "condemned the strikes": whoever struck (target_text keeps the act)
                if west_target and target is None:
                    target = actors._ensure(index, "the West", "GROUP")  # "dismissed Western criticism"
                if deny_lookback and target is None and deny_speaker is not None and deny_speaker != agent:
                    target = deny_speaker  # "dismissed the remark": whoever made it
                if deny_lookback and target is None:
                    target = _accuser_of(agent, out, index)
                    target_text = ents[target].name if target in ents else None
                if agent is not None and agent == target:
                    continue
                if agent is None and target is None:
                    continue
                key = (tok.i, ctype, agent, target, target_text if target is None else None)
                if key in seen:
                    continue
                seen.add(key)
                out.append(Claim(
                    type=ctype, agent=agent, target=target, text=doc.text[s:e], start=s, end=e,
                    attributed_to=attributed, negated=_negated(tok, entry), date=date,
                    hedged=_hedged(tok, entry), trigger=trigger, agent_text=agent_text,
                    target_text=target_text, charge=charge, date_text=date_text,
                ))
    return _drop_shadowed(out)


def _drop_shadowed(claims: list[Claim]) -> list[Claim]:
    """One act, one claim: a claim without a target is dropped when an overlapping claim
    of the same type and agent has one ("held talks with X at a meeting on Thursday")."""
    keep = []
    for c in claims:
        if c.target is None and c.agent is not None and any(
                o is not c and o.type == c.type and o.agent == c.agent and o.target is not None and
                o.start < c.end and c.start < o.end for o in claims):
            continue
        keep.append(c)
    return keep


def _act_author(tok: Token, prior: list[Claim]) -> str | None:
    """"the strikes" with no author of its own: the agent of the latest earlier attack
    claim (within a few paragraphs), so condemning the act is aimed at its author."""
    if tok.lemma_.lower() not in ATTACK_NOUNS and tok.lower_ not in ATTACK_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "this", "those") for c in tok.children):
        return None
    if any(c.dep_ in ("poss", "prep", "compound", "amod") for c in tok.children):
        return None
    for c in reversed(prior):
        if c.type == "attack" and c.agent and c.end <= tok.idx and tok.idx - c.end < 1500:
            return c.agent
    return None


def _continued_subject(doc: Doc, tok: Token | None, prior: list[Claim], index: Any) -> tuple[str, str] | None:
    """A pronoun opening a sentence as its subject ("It also accused ...", "He denied ...")
    continues the subject of the previous sentence's main claim (the earliest claim there
    in the outlet's voice) when that agent fits the pronoun (he/she: a person; it: not a
    person, or a person acting through an office)."""
    if tok is None or tok.pos_ != "PRON" or tok.lower_ not in ("it", "he", "she", "they") or tok.dep_ != "nsubj":
        return None
    sent = tok.sent
    if any(t.is_alpha and t.i < tok.i and t.pos_ not in ("ADV", "CCONJ") for t in sent):
        return None
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    cands = [c for c in prior if prev.start_char <= c.start < prev.end_char and c.attributed_to is None and c.agent]
    if not cands:
        return None
    c = min(cands, key=lambda c: c.start)
    ent = getattr(index, "entities", {}).get(c.agent)
    etype = getattr(ent, "type", None)
    surface_head = (c.agent_text or "").split()[-1].lower() if c.agent_text else ""
    if tok.lower_ in ("he", "she") and etype != "PERSON":
        return None
    if tok.lower_ == "it" and etype == "PERSON" and surface_head not in actors.PROXY_HEADS:
        return None
    if tok.lower_ == "they" and etype == "PERSON":
        return None
    return c.agent, tok.text


def _resolve_target(doc: Doc, tok: Token | None, index: Any, ctype: str, prior: list[Claim]) -> tuple[str | None, str | None]:
    """Entity id (actors) or None with the phrase's text (things) for a target."""
    if tok is None:
        return None, None
    app = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if app is None and tok.pos_ == "NOUN" and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and \
            doc[tok.i + 2].ent_type_ == "PERSON" and doc[tok.i + 2].ent_iob_ == "B":
        # the parser often loses the apposition: "met his counterpart, Viktor Hrynko, in Minsk"
        span = next((en for en in doc.ents if en.start == tok.i + 2), None)
        if span is not None and (span.end >= len(doc) or doc[span.end].is_punct):
            app = span.root
    if app is not None and tok.pos_ == "NOUN":
        tok = app  # "his Belarusian counterpart, Viktor Hrynko"
    if tok.lower_ in ("that", "which", "who", "whom") and tok.head.dep_ == "relcl":
        tok = tok.head.head  # "companies that Washington accuses of ..."
    if tok.pos_ == "PRON" and tok.lower_ in ("it", "this", "that", "them", "they"):
        eid, txt = actors.resolve_actor(doc, tok, index, as_actor=True)
        if tok.lower_ in ("it", "this", "that") and prior:
            # "backed a new package ... but Hungary refused to support it"
            last = prior[-1]
            if last.target is None and last.target_text and doc.text.rfind(".", last.end, tok.idx) < 0 or (
                    last.target is None and last.target_text and tok.sent.start_char - last.end < 300 and eid is None):
                return None, last.target_text
        return eid, txt
    if _is_actorish(tok, index) or tok.ent_type_:
        eid, txt = actors.resolve_actor(doc, tok, index, as_actor=True)
        if eid is not None:
            return eid, txt
    return None, actors.np_text(doc, tok, with_post=True)


def _accuser_of(denier: str | None, prior: list[Claim], index: Any) -> str | None:
    """Agent of the most recent earlier claim aimed at ``denier`` (or at what it stands
    for / belongs to): "dismissed the accusations" answers that claim."""
    if denier is None:
        return None
    ents = getattr(index, "entities", {})
    related = {denier}
    ent = ents.get(denier)
    if ent is not None and getattr(ent, "stands_for", None):
        related.add(ent.stands_for)
    if ent is not None:
        for other_id, other in ents.items():
            if other_id != denier and (ent.name.startswith(other.name + "'s ") or other.name.startswith(ent.name + "'s ")):
                related.add(other_id)
    for c in reversed(prior):
        if c.type in ("accuse", "condemn", "pressure", "threaten", "meddle", "destabilize", "provoke") and c.target in related and c.agent:
            return c.agent
        if c.agent in related and c.attributed_to and c.attributed_to not in related:
            return c.attributed_to  # "X said Polish troops struck ...; Warsaw denied the report" -> X
    return None


def _last_speaker(quotes: list[Quote], before: int) -> str | None:
    qs = [q for q in quotes if q.end <= before and q.speaker]
    return max(qs, key=lambda q: q.end).speaker if qs else None
