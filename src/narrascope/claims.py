"""Claims: agent -> action -> target, with attribution, hedging and negation.

``find_claims(doc, index, quotes, *, published=None) -> list[Claim]`` is a pure
function over a parsed Doc (it only adds group entities to ``index``). Offsets
index ``doc.text``; ``doc.text[c.start:c.end] == c.text`` always holds.

How it works:

1. **Triggers** come from ``data/claim_lexicon.jsonl`` (lemma, pos, type):
   verbs and nouns, matched on lemmas.
2. **Arguments** from the dependency parse: active subject / direct object or
   "against/on/with" object; passive "by" agent and passive subject as target;
   coordinated verbs share their subject; "X tried to storm Y" takes X; nouns take
   a possessive or "by" agent and an "of/against" target; "hold talks with".
3. **Nesting**: a trigger inside the charge of an accusation ("accused X of trying
   to retaliate against Y") or under a deny verb ("dismissed accusations") is
   not a claim of its own; it becomes the ``charge``.
4. **Evidentiality**: a trigger inside a quote span takes the quote's speaker as
   ``attributed_to``; one under a reporting verb ("X said Y attacked Z") takes
   the reporting subject; else null (the outlet's voice). Hedges and negation
   are read from the trigger's own modifiers and its governing verbs.
5. **Actors** are resolved by :mod:`narrascope.actors`; dates by :mod:`narrascope.timex`.
   Triggers with neither agent nor target are dropped.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Token

from narrascope import actors, timex
from narrascope.model import Claim, Quote

HEDGES = {"alleged", "allegedly", "reportedly", "apparently", "appear", "appears", "seem", "seems",
          "claimed", "purported", "purportedly", "supposedly", "may", "might", "could", "possibly",
          "suspected", "likely"}
NEGATORS = {"not", "n't", "never", "no", "nobody", "neither", "nor"}
NEGATING_HEADS = {"refuse", "decline", "fail", "avoid"}
SUBJ = ("nsubj", "nsubjpass", "csubj", "expl")
TARGET_PREPS = {"against", "on", "with", "at", "over", "for", "to"}
DENY_CONTENT = {"accusation", "allegation", "claim", "charge", "suggestion", "report", "criticism", "idea"}


@lru_cache(maxsize=1)
def claim_lexicon() -> dict[tuple[str, str], dict[str, Any]]:
    """(lemma, VERB|NOUN) -> lexicon entry from ``data/claim_lexicon.jsonl``."""
    text = resources.files("narrascope.data").joinpath("claim_lexicon.jsonl").read_text(encoding="utf-8")
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for ln in text.splitlines():
        ln = ln.strip()
        if ln and not ln.startswith("#"):
            row = json.loads(ln)
            out[(row["lemma"].lower(), row["pos"])] = row
    return out


def _entry(tok: Token) -> dict[str, Any] | None:
    lex = claim_lexicon()
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB",) or (tok.pos_ == "AUX" and lemma not in ("be", "have", "do")):
        return lex.get((lemma, "VERB"))
    if tok.pos_ in ("NOUN", "PROPN"):
        return lex.get((lemma, "NOUN")) or lex.get((tok.lower_, "NOUN"))
    return None


def _subject(verb: Token) -> Token | None:
    v = verb
    for _ in range(4):
        for c in v.children:
            if c.dep_ in ("nsubj", "csubj"):
                return c
        for c in v.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
        # coordination / control: "A accused X and urged Y", "X tried to storm Y"
        if v.dep_ in ("conj", "xcomp") and v.head.i != v.i:
            v = v.head
            continue
        if v.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            v = v.head
            continue
        if v.dep_ == "relcl":
            return v.head
        break
    return None


def _passive_subject(verb: Token) -> Token | None:
    v = verb
    for _ in range(3):
        for c in v.children:
            if c.dep_ == "nsubjpass":
                return c
        if v.dep_ == "conj":
            v = v.head
            continue
        break
    return None


def _agent(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _pobj(prep: Token) -> Token | None:
    for p in prep.children:
        if p.dep_ in ("pobj", "pcomp"):
            return p
    return None


def _verb_target(verb: Token, entry: dict[str, Any]) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") and c.lower_ not in ("it",) or (c.dep_ == "dobj"):
            return c
    for c in verb.children:
        if c.dep_ == "prt" and c.lower_ == "on":  # "called on X"
            pass
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
            p = _pobj(c)
            if p is not None and p.pos_ in ("NOUN", "PROPN", "PRON"):
                return p
    return None


def _is_under_charge(tok: Token) -> bool:
    """True when ``tok`` sits inside the charge of an accuse/deny trigger or under one."""
    cur = tok
    path: list[Token] = []
    while cur.head.i != cur.i:
        path.append(cur)
        cur = cur.head
        e = _entry(cur)
        if e is None:
            continue
        if e["type"] == "accuse" and any(p.dep_ in ("prep", "pcomp", "pobj", "acl", "ccomp", "xcomp", "advcl") for p in path):
            return True
        if e["type"] == "deny" and path[-1].dep_ in ("dobj",):
            return True
        if e["type"] == "destabilize" and path[-1].dep_ in ("dobj",):
            return True
    return False


def _hedged(tok: Token) -> bool:
    for t in [tok, *list(tok.ancestors)[:3]]:
        if t.lower_ in HEDGES or t.lemma_.lower() in ("appear", "seem", "allege"):
            return True
        for c in t.children:
            if c.dep_ in ("advmod", "amod", "aux") and (c.lower_ in HEDGES or c.lemma_.lower() == "allege"):
                return True
        if t.dep_ not in ("xcomp", "conj", "ccomp"):
            break
    return False


def _negated(tok: Token) -> bool:
    t = tok
    for _ in range(3):
        for c in t.children:
            if c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ in ("advmod", "det", "neg")):
                return True
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in NEGATING_HEADS:
            return True
        if t.dep_ in ("xcomp", "conj") and t.head.i != t.i:
            # a conjunct does not inherit its head's negation
            if t.dep_ == "conj":
                break
            t = t.head
            continue
        break
    return False


def _reporting_source(tok: Token, doc: Doc, index: Any) -> str | None:
    from narrascope import quotes as quotes_mod
    try:
        verbs = quotes_mod.speech_verbs()
    except (FileNotFoundError, ModuleNotFoundError):
        verbs = frozenset({"say", "tell", "claim", "report", "state", "write", "allege", "insist"})
    cur, prev = tok, tok
    while cur.head.i != cur.i:
        prev, cur = cur, cur.head
        if cur.lemma_.lower() in verbs and prev.dep_ in ("ccomp", "parataxis", "advcl", "conj", "xcomp") and cur.pos_ in ("VERB", "AUX"):
            if prev.dep_ == "conj":
                continue
            subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                eid, _ = actors.resolve_actor(doc, subj, index, as_actor=False)
                return eid
    # "according to X"
    sent = tok.sent
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            p = _pobj(doc[t.i + 1])
            if p is not None:
                eid, _ = actors.resolve_actor(doc, p, index, as_actor=False)
                return eid
    return None


def _evidence(doc: Doc, tok: Token, agent_tok: Token | None) -> tuple[int, int]:
    sent = tok.sent
    left = tok.left_edge if tok.pos_ != "NOUN" else tok
    if tok.pos_ == "NOUN" and tok.head.pos_ in ("VERB", "AUX") and tok.head.i >= sent.start:
        left = min(tok.head.left_edge, tok, key=lambda t: t.i)
    if agent_tok is not None and agent_tok.i < left.i:
        left = agent_tok.left_edge
    right = tok.right_edge
    left_i = max(left.i, sent.start)
    right_i = min(right.i, sent.end - 1)
    while right_i > left_i and doc[right_i].is_punct:
        right_i -= 1
    while left_i < right_i and doc[left_i].is_punct:
        left_i += 1
    return doc[left_i].idx, doc[right_i].idx + len(doc[right_i].text)


def _date(doc: Doc, tok: Token, published: Any, s: int, e: int) -> tuple[str | None, str | None]:
    refs = [r for r in timex.find_times(doc.text[s:e], published) if r.kind != "year"]
    if not refs:
        return None, None
    r = min(refs, key=lambda r: abs(s + r.start - tok.idx))
    return (r.date.isoformat() if r.date else None), r.text


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
    seen: set[tuple[int, str]] = set()
    for tok in doc:
        entry = _entry(tok)
        if entry is None:
            continue
        ctype = entry["type"]
        if _is_under_charge(tok):
            continue
        need = entry.get("needs_object")
        agent_tok: Token | None = None
        target_tok: Token | None = None
        charge: str | None = None
        trigger = tok.text
        if tok.pos_ in ("VERB", "AUX"):
            if need and not any(c.dep_ == "dobj" and c.lemma_.lower() in need for c in tok.children):
                continue
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or tok.tag_ == "VBN" and tok.dep_ == "acl"
            if passive:
                agent_tok = _agent(tok)
                target_tok = _passive_subject(tok) or (tok.head if tok.dep_ == "acl" else None)
            else:
                agent_tok = _subject(tok)
                target_tok = _verb_target(tok, entry)
                if target_tok is not None and target_tok.lemma_.lower() in DENY_CONTENT and ctype == "deny":
                    # "dismissed accusations of meddling by X": the accusation's maker is the target
                    for c in target_tok.children:
                        if c.dep_ == "poss":
                            target_tok = c
                            break
                    else:
                        by = next((c for c in target_tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
                        target_tok = _pobj(by) if by is not None else None
                if ctype == "deny" and entry["lemma"] == "reject" and target_tok is not None and target_tok.lemma_.lower() not in DENY_CONTENT and target_tok.pos_ != "PRON" and not target_tok.ent_type_:
                    ctype = "oppose"
            if ctype == "accuse":
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ in ("of", "for", "with"):
                        charge = doc.text[c.idx + len(c.text):c.right_edge.idx + len(c.right_edge.text)].strip() or None
            if ctype == "pressure" and target_tok is None:
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ == "on":
                        target_tok = _pobj(c)
        else:  # noun trigger
            if tok.dep_ == "dobj" and _entry(tok.head) is not None:
                continue  # "dismissed accusations", "sowing discord"
            if tok.head.lemma_.lower() in ("hold", "have", "conduct") and tok.dep_ == "dobj":
                agent_tok = _subject(tok.head)
                host = tok.head
            else:
                host = tok
                agent_tok = next((c for c in tok.children if c.dep_ == "poss"), None)
                if agent_tok is None:
                    by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
                    agent_tok = _pobj(by) if by is not None else None
                if agent_tok is None and tok.dep_ in ("dobj",) and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in ("issue", "level", "make", "launch", "impose", "announce", "voice", "express"):
                    agent_tok = _subject(tok.head)
            for h in {tok, host}:
                for c in h.children:
                    if c.dep_ == "prep" and c.lower_ in ("against", "of", "on", "with", "over", "between"):
                        p = _pobj(c)
                        if p is not None and (p.ent_type_ or p.pos_ in ("PROPN", "PRON") or p.lemma_.lower() in actors.GROUP_NOUNS):
                            target_tok = p
                            break
            if entry.get("needs_participants") and agent_tok is None and target_tok is None:
                continue
            if entry.get("needs_target") and target_tok is None:
                continue
        if ctype == "pressure" and tok.lemma_.lower() == "press" and agent_tok is not None and agent_tok.lower_ == "press":
            continue
        agent, agent_text = actors.resolve_actor(doc, agent_tok, index, as_actor=True)
        target, target_text = actors.resolve_actor(doc, target_tok, index, as_actor=True)
        if agent is None and target is None and agent_text is None and target_text is None:
            continue
        if agent is None and target is None and ctype not in ("protest",):
            continue
        s, e = _evidence(doc, tok, agent_tok)
        attributed = None
        for q in quotes or []:
            if q.start <= tok.idx < q.end:
                attributed = q.speaker
                break
        else:
            attributed = _reporting_source(tok, doc, index)
        date, date_text = _date(doc, tok, published, s, e)
        key = (tok.i, ctype)
        if key in seen:
            continue
        seen.add(key)
        out.append(Claim(
            type=ctype, agent=agent, target=target, text=doc.text[s:e], start=s, end=e,
            attributed_to=attributed, negated=_negated(tok), date=date, hedged=_hedged(tok),
            trigger=trigger, agent_text=agent_text, target_text=target_text, charge=charge,
            date_text=date_text,
        ))
    return out
