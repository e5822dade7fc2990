"""A small rule-based coreference resolver for speakers and agents.

No neural coreference model installs offline (see shared/DEPENDENCIES.md), so
narrascope resolves the two cases its extractors need with rules over the spaCy
parse and the article's :class:`~narrascope.entities.EntityIndex`:

``resolve_pronoun(doc, token_i, index)``
    Candidates are the entity mentions in the ``MAX_SENTENCES_BACK`` sentences
    before the pronoun (and earlier in its own sentence). They are filtered by
    number and type (he/she/him/her -> a PERSON; it/its -> ORG, GPE, NORP or
    a group; they/them -> GROUP, ORG, NORP, GPE or a person when nothing else
    fits) and by gender when the index knows it (``index.gender(entity_id)``
    returning "m", "f" or None; unknown gender never excludes). The survivors
    are ranked by salience in the spirit of Lappin & Leass (1994): recency
    (sentence distance), grammatical role of the mention (subject > object >
    other), and being the speaker of a recent quote (``prior_speakers``).

``resolve_nominal(doc, start, end, index)``
    A definite description such as "the spokesman", "the ambassador", "the
    ministry", "the company" is resolved to the entity that holds that role
    (``index.by_role`` or the ``roles`` of the entities), else to the most
    recently mentioned ORG/GPE whose name contains the head noun (or, for
    "the company"/"the firm", the most recent ORG).

Both functions return an entity id or None, never raise on odd input, and do
not modify the index.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Token

MAX_SENTENCES_BACK = 4

MALE_PRONOUNS = {"he", "him", "his", "himself"}
FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
PERSON_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
NEUTER_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}

ORG_TYPES = {"ORG", "GPE", "NORP", "GROUP", "FAC"}
GENERIC_ORG_NOUNS = {"company", "firm", "group", "organisation", "organization", "outlet", "bank",
                     "charity", "agency", "club", "union", "carrier", "airline", "broadcaster",
                     "newspaper", "network", "operator", "retailer", "manufacturer", "insurer"}

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
OBJECT_DEPS = {"dobj", "pobj", "dative", "attr", "appos"}


def _entity(index: Any, entity_id: str) -> Any:
    return getattr(index, "entities", {}).get(entity_id)


def _honorific_gender(doc: Doc, index: Any, entity_id: str) -> str | None:
    """Gender from an honorific before the surname ("Mr. Novak", "Ms Berg")."""
    ent = _entity(index, entity_id)
    if ent is None or ent.type != "PERSON" or not ent.name.split():
        return None
    surname = re.escape(ent.name.split()[-1])
    m = re.search(rf"\b(Mr|Mrs|Ms|Miss|Sir|Madam)\.?\s+(?:[A-Z][\w.-]*\s+)?{surname}\b", doc.text)
    if m is None:
        return None
    return "m" if m.group(1) in ("Mr", "Sir") else "f"


def _gender(index: Any, entity_id: str, doc: Doc | None = None) -> str | None:
    fn = getattr(index, "gender", None)
    g = None
    if fn is not None:
        try:
            g = fn(entity_id)
        except (NotImplementedError, KeyError):
            g = None
    if not g:
        return _honorific_gender(doc, index, entity_id) if doc is not None else None
    g = str(g).lower()[:1]
    return g if g in ("m", "f") else None


def _sent_index(doc: Doc) -> list[int]:
    """Sentence number of every token."""
    out = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        for t in sent:
            out[t.i] = n
    return out


def _mention_role(doc: Doc, start: int, end: int) -> int:
    """Salience weight of a mention's grammatical role (subject 3, object 1, other 0)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 0
    root = span.root
    if root.dep_ in SUBJECT_DEPS:
        return 3
    # "Smith, the mayor, said": the name heads an apposition of the subject, or
    # compounds inside the subject ("President Smith")
    if root.dep_ in ("compound", "appos", "conj") and root.head.dep_ in SUBJECT_DEPS:
        return 3
    if root.dep_ in OBJECT_DEPS:
        return 1
    return 0


def _governs(mention_root: Token, pron: Token) -> bool:
    """Whether the mention is (inside) the subject of a verb that dominates the pronoun."""
    m = mention_root
    while m.dep_ in ("compound", "amod", "poss", "appos", "flat", "nmod") and m.head.i != m.i:
        m = m.head
    if m.dep_ not in SUBJECT_DEPS:
        return False
    verb = m.head
    node = pron
    for _ in range(40):
        if node.i == verb.i:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _type_ok(pron: str, etype: str) -> bool:
    if pron in PERSON_PRONOUNS:
        return etype == "PERSON"
    if pron in NEUTER_PRONOUNS:
        return etype in ORG_TYPES and etype != "GROUP"
    if pron in PLURAL_PRONOUNS:
        return etype in ORG_TYPES
    return False


def resolve_pronoun(
    doc: Doc,
    token_i: int,
    index: Any,
    *,
    prior_speakers: Sequence[tuple[int, str]] = (),
) -> str | None:
    """Entity id that the pronoun at ``doc[token_i]`` most likely refers to.

    Args:
        doc: the parsed article.
        token_i: index of the pronoun token.
        index: the article's EntityIndex (``mentions`` sorted by start, ``entities``).
        prior_speakers: (character offset, entity id) of speakers of earlier
            quotes; a recent speaker gains salience.

    Returns:
        An entity id, or None when the pronoun is not third person or no
        candidate passes the filters.
    """
    if token_i < 0 or token_i >= len(doc):
        return None
    tok: Token = doc[token_i]
    pron = tok.lower_
    if pron not in PERSON_PRONOUNS | NEUTER_PRONOUNS | PLURAL_PRONOUNS:
        return None
    want_gender = "m" if pron in MALE_PRONOUNS else "f" if pron in FEMALE_PRONOUNS else None
    sent_of = _sent_index(doc)
    my_sent = sent_of[token_i]
    recent_speakers = {eid: off for off, eid in prior_speakers if off < tok.idx}

    scores: dict[str, float] = {}
    for m in getattr(index, "mentions", []):
        if m.start >= tok.idx:
            break
        ent = _entity(index, m.entity)
        if ent is None or not _type_ok(pron, ent.type):
            continue
        if want_gender is not None:
            g = _gender(index, m.entity, doc)
            if g is not None and g != want_gender:
                continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        dist = my_sent - sent_of[span.start]
        if dist > MAX_SENTENCES_BACK:
            continue
        if dist == 0 and not _governs(span.root, tok):
            # in the pronoun's own sentence only the subject of a clause above the
            # pronoun is an antecedent ("Smith said he ..."), not a word of the
            # reported clause ("Troops left Ocana, it said")
            continue
        if pron in NEUTER_PRONOUNS | PLURAL_PRONOUNS and ent.type in ("NORP", "GPE") \
                and span.root.dep_ in ("amod", "compound") and span.root.head.pos_ == "NOUN":
            # "the Moravenian government ... It said": the adjective is not the antecedent
            continue
        # inside the pronoun's own clause ("Smith said he ...") only subjects of a
        # higher clause are antecedents; a reflexive reading is rare in news
        score = 10.0 - 2.5 * dist + _mention_role(doc, m.start, m.end)
        if m.entity in recent_speakers:
            score += 2.0
        if pron in PLURAL_PRONOUNS and ent.type == "PERSON":
            score -= 4.0
        if pron in PLURAL_PRONOUNS and ent.type == "GPE":
            # a country or city is "it"; "they" is a group, party or organisation
            score -= 3.0
        scores[m.entity] = max(scores.get(m.entity, -1e9), score + m.start * 1e-7)

    if pron in PERSON_PRONOUNS and not scores:
        # fall back on a recent speaker of the right gender outside the window
        for off, eid in sorted(prior_speakers, reverse=True):
            if off >= tok.idx:
                continue
            ent = _entity(index, eid)
            if ent is not None and ent.type == "PERSON":
                g = _gender(index, eid, doc)
                if want_gender is None or g is None or g == want_gender:
                    return eid
    if not scores:
        return None
    return max(scores.items(), key=lambda kv: kv[1])[0]


def _by_role(index: Any, noun: str) -> list[str]:
    fn = getattr(index, "by_role", None)
    ids: list[str] = []
    if fn is not None:
        try:
            ids = list(fn(noun) or [])
        except NotImplementedError:
            ids = []
    if not ids:
        for eid, ent in getattr(index, "entities", {}).items():
            for role in ent.roles:
                if noun in role.lower().split():
                    ids.append(eid)
                    break
    return ids


def _last_mention_before(index: Any, entity_ids: Sequence[str], offset: int) -> str | None:
    best: tuple[int, str] | None = None
    wanted = set(entity_ids)
    for m in getattr(index, "mentions", []):
        if m.start >= offset:
            break
        if m.entity in wanted:
            best = (m.start, m.entity)
    if best is not None:
        return best[1]
    return entity_ids[0] if entity_ids else None


ORG_HEAD_NOUNS = GENERIC_ORG_NOUNS | {"carmaker", "automaker", "maker", "watchdog", "employer",
                                       "giant", "chain", "lender", "conglomerate", "startup",
                                       "start-up", "supplier", "producer", "utility", "body",
                                       "drugmaker", "chipmaker", "consultancy", "ombudsman",
                                       "region", "province", "state", "municipality", "town", "village",
    "ministry", "government", "kremlin", "embassy", "army", "military", "office", "department",
    "commission", "committee", "council", "court", "party", "authority", "board", "police",
    "prefecture", "inspectorate", "regulator", "watchdog", "administration", "cabinet",
    "parliament", "presidency", "federation", "league", "team", "hospital", "university",
    "school", "institute", "secretariat", "directorate", "service", "municipality", "city",
    "lender", "bureau", "tribunal", "prosecutor's", "consulate", "mission", "alliance", "bloc",
    "movement", "coalition", "campaign", "opposition", "junta", "regime", "force", "forces",
}
# A generic noun for a business: "the carmaker", "the company", "her employer"
BUSINESS_NOUNS = {"company", "firm", "carmaker", "automaker", "maker", "manufacturer", "group",
                  "giant", "conglomerate", "retailer", "chain", "lender", "bank", "insurer",
                  "airline", "carrier", "operator", "developer", "publisher", "broadcaster",
                  "network", "platform", "startup", "start-up", "employer", "supplier", "producer",
                  "utility", "miner", "brand", "business", "corporation", "outlet", "newspaper",
                  "owner", "distributor", "exporter", "importer", "contractor", "builder",
                  "automaker", "drugmaker", "chipmaker", "app", "studio", "label", "consultancy"}
# words in an organisation's name that mark it as an institution, not a business
INSTITUTION_WORDS = {"ministry", "department", "government", "council", "commission", "committee",
                     "authority", "agency", "office", "court", "tribunal", "parliament", "party",
                     "union", "federation", "association", "league", "division", "police", "army",
                     "university", "school", "hospital", "institute", "foundation", "trust",
                     "inspectorate", "service", "bureau", "board", "embassy", "coalition",
                     "alliance", "movement", "club", "fc", "nations", "council", "senate",
                     "congress", "assembly", "administration", "presidency", "kremlin", "house"}
# a description -> name words of the organisations it can stand for
ORG_SYNONYMS = {
    "watchdog": {"authority", "commission", "regulator", "agency", "office", "inspectorate",
                 "board", "bureau", "watchdog", "ombudsman"},
    "regulator": {"authority", "commission", "regulator", "agency", "office", "inspectorate",
                  "board", "bureau", "watchdog"},
    "league": {"league", "division", "federation", "association", "championship", "liga"},
    "federation": {"federation", "association", "union", "confederation"},
    "union": {"union", "federation", "confederation", "association"},
    "ministry": {"ministry", "department"},
    "department": {"ministry", "department"},
    "court": {"court", "tribunal"},
    "tribunal": {"court", "tribunal"},
    "agency": {"agency", "service", "office", "bureau", "administration"},
    "government": {"government", "cabinet", "administration"},
    "club": {"club", "fc", "rovers", "united", "city", "athletic", "town", "wanderers"},
    "team": {"club", "fc", "team", "rovers", "united", "city", "athletic", "wanderers"},
    "side": {"club", "fc", "team", "rovers", "united", "city", "athletic", "wanderers"},
    "body": {"authority", "commission", "council", "committee", "board", "agency", "office",
             "federation", "association", "union", "league"},
    "prosecutor's": {"prosecutor", "prosecutor's", "prosecution"},
    "charity": {"charity", "foundation", "trust", "fund", "aid"},
    "party": {"party"},
}
ROLE_STOP = {"the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "one", "of",
             "to", "for", "at", "in", "and", "'s", "’s"}
ROLE_PREPS = {"of", "to", "for", "at", "in", "on", "with"}


def _clean_role(role: str, other_names: Sequence[str]) -> str:
    """A role as written, cut after another person's name that leaked into it
    ("Prime Minister Sorin Matei and Foreign Minister" -> "Foreign Minister")."""
    low = role.lower()
    cut = 0
    for name in other_names:
        k = low.rfind(name.lower())
        if k >= 0:
            cut = max(cut, k + len(name))
    if cut:
        role = re.sub(r"^[\s,;]*(?:and\s+)?", "", role[cut:])
    return role


def _role_head(words: list[str]) -> str | None:
    """Head word of a role: the last word before a preposition ("ambassador to X" ->
    "ambassador"; "Foreign Ministry spokeswoman" -> "spokeswoman")."""
    head = None
    for w in words:
        if w in ROLE_PREPS:
            break
        head = w
    return head


def _role_holders(doc: Doc, index: Any, words: set[str], noun: str, offset: int) -> str | None:
    """The person whose role best matches the description words, most recent first."""
    ents = getattr(index, "entities", {})
    people = [e.name for e in ents.values() if len(e.name.split()) > 1 and e.name[:1].isupper()]
    cands: dict[str, int] = {}
    for eid, ent in ents.items():
        best = 0
        for role in getattr(ent, "roles", []) or []:
            others = [n for n in people if n != ent.name]
            rw = [w for w in re.split(r"[\s\-]+", _clean_role(role, others).lower().replace("’s", " 's").replace("'s", " 's")) if w]
            head = _role_head([w for w in rw if w not in ("the", "a", "an")])
            if head is None:
                continue
            head_forms = {head, head.rstrip("s")}
            if noun not in head_forms and not (words & head_forms):
                continue
            score = 1 + len((words - {noun}) & set(rw))
            best = max(best, score)
        if best:
            cands[eid] = best
    if not cands:
        return None
    top = max(cands.values())
    ids = [eid for eid, sc in cands.items() if sc == top]
    return _last_mention_before(index, ids, offset)


def resolve_nominal(doc: Doc, span_start_char: int, span_end_char: int, index: Any) -> str | None:
    """Entity id for a definite description ("the spokesman", "the ministry").

    Args:
        doc: the parsed article.
        span_start_char, span_end_char: offsets of the description in ``doc.text``.
        index: the article's EntityIndex.

    Returns:
        The id of the entity holding that role (the role whose head word is the
        description's head noun, with the most other words of the description
        in common, mentioned most recently before the description), or of the
        most recently mentioned organisation whose name contains the head noun;
        None when nothing fits.
    """
    span = doc.char_span(span_start_char, span_end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span.root
    noun = head.lemma_.lower()
    words = {t.lower_ for t in span if t.lower_ not in ROLE_STOP and not t.is_punct} | {noun}
    org_like = noun in ORG_HEAD_NOUNS or head.lower_ in ORG_HEAD_NOUNS
    # a plural ("prosecutors", "the officials") is a group, never one role holder
    plural = head.tag_ in ("NNS", "NNPS") or any(t.lower_ in ("some", "several", "many", "two", "three")
                                                 for t in span)
    if plural and not org_like:
        return None
    if not org_like:
        # role holders first: "the spokesman" -> the entity with role "... spokesman"
        eid = _role_holders(doc, index, words, noun, span_start_char)
        if eid is not None:
            return eid
        # a title written before a person's name: "Prime Minister Sorin Matei ... the prime minister"
        best: str | None = None
        for m in getattr(index, "mentions", []):
            if m.start >= span_start_char:
                break
            ent = _entity(index, m.entity)
            if ent is None or ent.type != "PERSON":
                continue
            mspan = doc.char_span(m.start, m.end, alignment_mode="expand")
            if mspan is None:
                continue
            before = doc[max(0, mspan.start - 4):mspan.start]
            # the title may sit inside the mention itself ("Judge Anne Corrigan")
            if len(mspan) > 2 and any(t.lower_ == noun or t.lemma_.lower() == noun for t in mspan[:-2]):
                best = m.entity
                continue
            if len(before) and (before[-1].lower_ == noun or before[-1].lemma_.lower() == noun) \
                    and before[-1].pos_ in ("NOUN", "PROPN"):
                best = m.entity
        if best is not None:
            return best
    # organisations whose name contains the head noun: "the ministry" -> "Foreign Ministry";
    # a synonym: "the watchdog" -> "Competition Authority"; a business noun: the
    # business named before ("the carmaker" -> "Helvane Motors")
    synonyms = ORG_SYNONYMS.get(noun, set()) | ORG_SYNONYMS.get(head.lower_, set())
    best = None
    best_score = -1.0
    business: dict[str, int] = {}
    for m in getattr(index, "mentions", []):
        if m.start >= span_start_char:
            break
        ent = _entity(index, m.entity)
        # a sports club the recogniser typed as a person ("Dunmore Rovers")
        club = noun in ("club", "team", "side") and ent is not None and bool(
            synonyms & set(ent.name.lower().split()))
        if ent is None or ent.type not in ORG_TYPES and not club:
            continue
        names = [ent.name, *ent.aliases]
        score = -1.0
        for n in names:
            nw = set(re.split(r"[\s\-]+", n.lower().replace("’", "'")))
            if noun in nw or head.lower_ in nw:
                score = max(score, 1 + len((words - {noun}) & nw))
            elif synonyms & nw:
                score = max(score, 0.5)
        all_words = {w for n in names for w in re.split(r"[\s\-]+", n.lower())}
        if ent.type == "ORG" and not (all_words & INSTITUTION_WORDS):
            business[m.entity] = m.start
        if score >= 0 and score >= best_score:
            best, best_score = m.entity, score
    if best is None and (noun in BUSINESS_NOUNS or head.lower_ in BUSINESS_NOUNS) and business:
        # the one business named before; several: the most recently mentioned
        best = max(business.items(), key=lambda kv: kv[1])[0]
    if best is None and noun in GENERIC_ORG_NOUNS and noun not in BUSINESS_NOUNS:
        # "the organisation said": the most recently mentioned organisation
        for m in getattr(index, "mentions", []):
            if m.start >= span_start_char:
                break
            ent = _entity(index, m.entity)
            if ent is not None and ent.type == "ORG":
                best = m.entity
    if best is None and org_like:
        # "the ministry" with no ministry named: a role holder is better than nothing
        return None
    return best
