"""Who acts: metonyms, collective actors, groups and pronouns -> entity ids.

Rule (documented, used by claims.py): a token that is the subject or agent of a
claim verb and names a seat of power stands for the state or body it houses —
"the Kremlin"/"Moscow" -> Russia, "Belgrade" -> Serbia, "Brussels" -> European
Union, "Washington" -> United States, "Beijing" -> China (table ``METONYMS``;
entities carrying ``stands_for``/``capital_of`` from the gazetteer are honoured
first). A capital used as a place is NOT resolved: the object of in/across/at/to/
from, or a compound modifier ("Belgrade city hall").

Collective actors ("the collective West", "Western countries", "Western
governments") become one entity "the West" (type GROUP); "third parties from
abroad" becomes "foreign parties". Group nouns ("protesters", "police",
"observers") become GROUP/ORG entities via ``index.add_entity``. Pronouns go to
:func:`narrascope.coref.resolve_pronoun`.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

METONYMS: dict[str, tuple[str, str]] = {
    "kremlin": ("Russia", "GPE"), "moscow": ("Russia", "GPE"),
    "belgrade": ("Serbia", "GPE"), "brussels": ("European Union", "ORG"),
    "washington": ("United States", "GPE"), "white house": ("United States", "GPE"),
    "beijing": ("China", "GPE"), "kyiv": ("Ukraine", "GPE"), "kiev": ("Ukraine", "GPE"),
    "tbilisi": ("Georgia", "GPE"), "bucharest": ("Romania", "GPE"), "budapest": ("Hungary", "GPE"),
    "berlin": ("Germany", "GPE"), "paris": ("France", "GPE"), "london": ("United Kingdom", "GPE"),
    "warsaw": ("Poland", "GPE"), "ankara": ("Turkey", "GPE"), "tehran": ("Iran", "GPE"),
    "pristina": ("Kosovo", "GPE"), "minsk": ("Belarus", "GPE"), "downing street": ("United Kingdom", "GPE"),
    "elysee": ("France", "GPE"), "pentagon": ("United States", "GPE"),
}
PLACE_PREPS = {"in", "across", "at", "to", "from", "into", "near", "around", "through", "outside", "inside", "throughout"}
COLLECTIVE_WEST = {"west", "western"}
WEST_HEADS = {"west", "countries", "governments", "nations", "powers", "states", "partners", "allies"}
GROUP_NOUNS: dict[str, str] = {
    "protester": "protesters", "demonstrator": "demonstrators", "observer": "observers",
    "police": "police", "witness": "witnesses", "analyst": "analysts", "critic": "critics",
    "opposition": "opposition", "activist": "activists", "diplomat": "diplomats",
    "official": "officials", "authority": "authorities", "resident": "residents",
    "voter": "voters", "student": "students", "farmer": "farmers", "worker": "workers",
    "lawmaker": "lawmakers", "government": "government", "troop": "troops", "force": "forces",
    "rebel": "rebels", "supporter": "supporters", "monitor": "monitors", "carmaker": "carmakers",
    "party": "parties", "ally": "allies", "leader": "leaders", "minister": "minister",
    "ministry": "ministry", "office": "office", "commission": "commission", "court": "court",
}
PRONOUNS = {"he", "she", "it", "they", "him", "her", "them"}


def _call(fn: Any, *args: Any, **kw: Any) -> Any:
    try:
        return fn(*args, **kw)
    except (NotImplementedError, AttributeError, TypeError):
        return None


def is_place_use(tok: Token) -> bool:
    """True when a capital's name is used as a place, not as an actor."""
    if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.ent_type_ != tok.ent_type_:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS:
        return True
    head = tok
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS:
        return True
    return tok.dep_ in ("npadvmod",)


def phrase_span(tok: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``tok`` without clauses and PPs."""
    left = tok
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod", "det", "poss", "nmod", "nummod", "quantmod", "case", "punct") and c.i < left.i:
            left = c.left_edge if c.dep_ in ("poss", "compound", "amod") else c
    right = tok
    for c in tok.rights:
        if c.dep_ in ("compound", "flat", "appos") and c.dep_ != "appos":
            right = c
    start = left.idx
    while start < tok.idx and tok.doc.text[start] in "\"“”'‘’ ":
        start += 1
    return start, right.idx + len(right.text)


def _entity_at(index: Any, s: int, e: int) -> str | None:
    return _call(index.entity_at, s, e)


def _stands_for(index: Any, eid: str) -> str:
    ent = getattr(index, "entities", {}).get(eid)
    if ent is not None and getattr(ent, "stands_for", None):
        return ent.stands_for
    return eid


def _ensure(index: Any, name: str, etype: str, mention: tuple[int, int] | None = None) -> str | None:
    for eid, ent in getattr(index, "entities", {}).items():
        if ent.name.lower() == name.lower() or name.lower() in (a.lower() for a in ent.aliases):
            return eid
    return _call(index.add_entity, name, etype, mention=mention)


def resolve_actor(doc: Doc, tok: Token | None, index: Any, *, as_actor: bool = True) -> tuple[str | None, str | None]:
    """Entity id and surface text for the argument headed by ``tok``.

    Args:
        doc: the parsed article.
        tok: head token of the argument (subject, object, agent), or None.
        index: the article's EntityIndex (may be given new group entities).
        as_actor: the token is the subject/agent of a claim verb (metonyms resolve).

    Returns:
        (entity id or None, surface text or None).
    """
    if tok is None:
        return None, None
    s, e = phrase_span(tok)
    text = doc.text[s:e]
    low = tok.lower_
    # pronouns
    if low in PRONOUNS and tok.pos_ == "PRON":
        from narrascope import coref
        eid = _call(coref.resolve_pronoun, doc, tok.i, index)
        return (_stands_for(index, eid) if eid else None), tok.text
    # collective West
    words = {t.lower_ for t in doc[doc.char_span(s, e, alignment_mode="expand").start:tok.i + 1]} if doc.char_span(s, e, alignment_mode="expand") is not None else {low}
    if (low == "west" or ("western" in words and low in WEST_HEADS)) and tok.ent_type_ not in ("PERSON",):
        return _ensure(index, "the West", "GROUP", (s, e)), text
    if low in ("parties", "forces", "actors") and any(c.lower_ == "from" and any(g.lower_ == "abroad" for g in c.children) for c in tok.rights):
        full = doc.text[s:tok.right_edge.idx + len(tok.right_edge.text)]
        return _ensure(index, "foreign parties", "GROUP", (s, s + len(full))), full
    if low in ("foreign",) or ("foreign" in words and low in ("parties", "powers", "forces", "actors")):
        return _ensure(index, "foreign parties", "GROUP", (s, e)), text
    # named mention: head token first, then the whole phrase
    eid = _entity_at(index, tok.idx, tok.idx + len(tok.text))
    if eid is None and tok.ent_type_:
        # the full entity span around the head
        ents = [en for en in doc.ents if en.start <= tok.i < en.end]
        if ents:
            eid = _entity_at(index, ents[0].start_char, ents[0].end_char)
    if eid is None:
        eid = _entity_at(index, s, e)
    key = low if low in METONYMS else " ".join(t.lower_ for t in doc[max(0, tok.i - 1):tok.i + 1])
    key = key.replace("the ", "")
    if as_actor and key in METONYMS and not is_place_use(tok):
        name, etype = METONYMS[key]
        if eid is not None and getattr(index, "entities", {}).get(eid) is not None and getattr(index.entities[eid], "stands_for", None):
            return index.entities[eid].stands_for, text
        return _ensure(index, name, etype), text
    if eid is not None:
        return (_stands_for(index, eid) if as_actor else eid), text
    # groups
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN") and lemma in GROUP_NOUNS:
        name = text.lower() if tok.pos_ == "NOUN" else text
        if name.startswith("the "):
            name = name[4:]
        return _ensure(index, name, "GROUP", (s, e)), text
    if tok.ent_type_ in ("GPE", "ORG", "PERSON", "NORP"):
        ents = [en for en in doc.ents if en.start <= tok.i < en.end]
        if ents:
            en = ents[0]
            return _ensure(index, en.text, en.label_, (en.start_char, en.end_char)), text
    return None, text


class SimpleIndex:
    """A minimal EntityIndex built from spaCy's NER, for tests and for running
    claims when :func:`narrascope.entities.find_entities` is not available.
    Same interface: ``entities``, ``mentions``, ``entity_at``, ``add_entity``, ``add_role``."""

    def __init__(self, doc: Doc | None = None) -> None:
        from narrascope.model import Mention
        self.entities: dict[str, Any] = {}
        self.mentions: list[Any] = []
        self._Mention = Mention
        if doc is not None:
            for en in doc.ents:
                if en.label_ in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"):
                    name = en.text[4:] if en.text.lower().startswith("the ") else en.text
                    name = name[:-2] if name.endswith("'s") or name.endswith("’s") else name
                    self.add_entity(name, en.label_, mention=(en.start_char, en.end_char))

    def _find(self, name: str) -> str | None:
        low = name.lower()
        for eid, ent in self.entities.items():
            if ent.name.lower() == low or low in (a.lower() for a in ent.aliases):
                return eid
        # a surname matches a full person name
        for eid, ent in self.entities.items():
            if ent.type == "PERSON" and low in ent.name.lower().split():
                return eid
        return None

    def entity_at(self, start: int, end: int) -> str | None:
        best = None
        for m in self.mentions:
            if m.start < end and start < m.end:
                if best is None or (m.end - m.start) > (best.end - best.start):
                    best = m
        return best.entity if best else None

    def add_entity(self, name: str, type: str, *, aliases: tuple[str, ...] = (),
                   mention: tuple[int, int] | None = None) -> str:
        from narrascope.model import Entity, content_id
        eid = self._find(name)
        if eid is None:
            eid = content_id("ent", name.lower())
            self.entities[eid] = Entity(id=eid, name=name, type=type, aliases=[name, *aliases])
        if mention is not None:
            self.mentions.append(self._Mention(entity=eid, start=mention[0], end=mention[1], text=""))
            self.mentions.sort(key=lambda m: m.start)
        return eid

    def add_role(self, entity_id: str, role: str) -> None:
        ent = self.entities.get(entity_id)
        if ent is not None and role not in ent.roles:
            ent.roles.append(role)
