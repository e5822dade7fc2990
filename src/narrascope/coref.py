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

import bisect
import re
import weakref
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from narrascope.nlp import doc_text, sent_start_back

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


# ``Doc.text`` joins every token on each access (O(n)); the extractors read it
# hundreds of times per article, which made them quadratic. Per-doc caches,
# dropped with the Doc.
_SENT_CACHE: "weakref.WeakKeyDictionary[Doc, tuple[int, list[int]]]" = weakref.WeakKeyDictionary()
_SENT_START_CACHE: "weakref.WeakKeyDictionary[Doc, tuple[int, list[int]]]" = weakref.WeakKeyDictionary()
_HONORIFIC_CACHE: "weakref.WeakKeyDictionary[Doc, dict[str, str | None]]" = weakref.WeakKeyDictionary()


def _entity(index: Any, entity_id: str) -> Any:
    return getattr(index, "entities", {}).get(entity_id)


def _honorific_gender(doc: Doc, index: Any, entity_id: str) -> str | None:
    """Gender from an honorific before the surname ("Mr. Novak", "Ms Berg")."""
    ent = _entity(index, entity_id)
    if ent is None or ent.type != "PERSON" or not ent.name.split():
        return None
    surname = ent.name.split()[-1]
    cache = _HONORIFIC_CACHE.setdefault(doc, {})
    if surname not in cache:
        m = re.search(rf"\b(Mr|Mrs|Ms|Miss|Sir|Madam)\.?\s+(?:[A-Z][\w.-]*\s+)?{re.escape(surname)}\b",
                      doc_text(doc))
        cache[surname] = None if m is None else "m" if m.group(1) in ("Mr", "Sir") else "f"
    return cache[surname]


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
    """Sentence number of every token (cached per Doc; callers must not modify it)."""
    hit = _SENT_CACHE.get(doc)
    if hit is not None and hit[0] == len(doc):
        return hit[1]
    out = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        for t in sent:
            out[t.i] = n
    _SENT_CACHE[doc] = (len(doc), out)
    return out


def _sent_starts(doc: Doc) -> list[int]:
    """Character offset of the first token of every sentence (cached per Doc)."""
    hit = _SENT_START_CACHE.get(doc)
    if hit is not None and hit[0] == len(doc):
        return hit[1]
    out = [sent.start_char for sent in doc.sents]
    _SENT_START_CACHE[doc] = (len(doc), out)
    return out


def _first_mentions(index: Any) -> dict[str, int]:
    """Offset of each entity's first mention (cached on the index until it gains mentions)."""
    mentions = getattr(index, "mentions", [])
    cache = getattr(index, "_narrascope_first", None)
    if cache is None or cache[0] != len(mentions):
        first: dict[str, int] = {}
        for m in mentions:
            if m.start < first.get(m.entity, 10**12):
                first[m.entity] = m.start
        cache = (len(mentions), first)
        try:
            index._narrascope_first = cache
        except AttributeError:
            pass
    return cache[1]


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
    # "That did not satisfy Councilwoman Pike, who led the opposition": a person introduced
    # with a "who" clause is the topic the next sentence is about, like a subject
    if root.dep_ in ("dobj", "pobj", "attr") and any(
            c.dep_ == "relcl" and any(g.dep_ in SUBJECT_DEPS and g.lower_ == "who" for g in c.children)
            for c in root.children) and root.i == span.end - 1 and span.end < len(doc) and doc[span.end].text == ",":
        return 3
    if root.dep_ in OBJECT_DEPS:
        return 1
    # "Hannah Chebet, one of the organisers, posted on X: "...": a name opening its sentence
    # that the parser hung on nothing or on the quotation is that sentence's subject
    if span[0].is_sent_start and root.dep_ in ("ROOT", "npadvmod", "dep", "nmod") \
            and root.ent_type_ in ("PERSON", "ORG") and not span.text.isupper():
        return 3   # (not a dateline: "VARSENNE, March 3 (Northline) -")
    return 0


def _governs(mention_root: Token, pron: Token) -> bool:
    """Whether the mention is (inside) the subject of a verb that dominates the pronoun."""
    m = mention_root
    while m.dep_ in ("compound", "amod", "poss", "appos", "flat", "nmod", "conj") and m.head.i != m.i:
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


_QUOTE_CACHE: "weakref.WeakKeyDictionary[Doc, tuple[int, list[tuple[int, int]]]]" = weakref.WeakKeyDictionary()


def _speech_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of the quoted passages of at least four words (cached per Doc)."""
    hit = _QUOTE_CACHE.get(doc)
    if hit is not None and hit[0] == len(doc):
        return hit[1]
    try:
        from narrascope.quotes import find_quoted_spans   # quotes imports coref
        text = doc_text(doc)
        out = sorted((q.start, q.end) for q in find_quoted_spans(text)
                     if len(text[q.start:q.end].split()) >= 4)
    except Exception:  # pragma: no cover - never fail resolution on a quote scan
        out = []
    _QUOTE_CACHE[doc] = (len(doc), out)
    return out


@lru_cache(maxsize=1)
def _channel_names() -> frozenset[str]:
    """Names of channels people speak on ("LinkedIn", "Telegram"), from the quotes module's list."""
    from narrascope.quotes import medium_nouns  # quotes imports coref
    return medium_nouns()


def _wholly_quoted(doc: Doc, quotes: list[tuple[int, int]], starts: list[int], k: int) -> bool:
    """Whether sentence ``k`` lies inside one quoted passage (its marks aside)."""
    start = starts[k]
    end = starts[k + 1] if k + 1 < len(starts) else len(doc_text(doc))
    text = doc_text(doc)
    a = start + (len(text[start:end]) - len(text[start:end].lstrip(" \n\"“‘'«")))
    b = start + len(text[start:end].rstrip(" \n\"”’'».,!?"))
    return a < b and any(q0 <= a and b <= q1 for q0, q1 in quotes)


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    k = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= offset < spans[k][1]


def _in_relative_clause(root: Token) -> bool:
    """Whether the mention sits inside a relative clause or participle phrase of
    another noun ("Oduya, who left Rovers in the summer, ...")."""
    node = root
    for _ in range(40):
        if node.head.i == node.i:
            return False
        if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return True
        node = node.head
    return False


# recogniser labels that can never be a speaking body
_NOT_BODY_TYPES = {"PERSON", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"}


def _speaker_body_ok(pron: str, etype: str, eid: str, recent_speakers: dict[str, int]) -> bool:
    """A non-person that has already spoken ("The Supporters' Trust said ...", mislabelled
    WORK_OF_ART or PRODUCT by the recogniser) is an organisation for "it"/"they"."""
    return pron in NEUTER_PRONOUNS | PLURAL_PRONOUNS and eid in recent_speakers \
        and etype not in _NOT_BODY_TYPES and not (pron in NEUTER_PRONOUNS and etype == "GROUP")


def _first_token(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _group_just_before(doc: Doc, tok: Token, index: Any) -> str | None:
    """"leaving residents furious at what they called ...": a plural noun for people a few
    words before "they", in the same sentence with no other noun, name or pronoun between
    and no clause of its own in between (no verb with a subject), is the antecedent; it
    becomes a group of the article."""
    from narrascope import actors
    lo = max(tok.sent.start, tok.i - 6)
    for t in reversed(doc[lo:tok.i]):
        if t.tag_ == "NNS" and t.pos_ == "NOUN" and actors.is_actor_noun(t):
            if any(x.pos_ in ("PROPN", "PRON") and x.tag_ not in ("WP", "WDT") or x.tag_ in ("NNS", "NN")
                   or x.dep_ in SUBJECT_DEPS for x in doc[t.i + 1:tok.i]):
                return None
            eid, _ = actors.resolve_actor(doc, t, index, as_actor=False)
            ent = _entity(index, eid) if eid else None
            return eid if ent is not None and ent.type in ("GROUP", "ORG") else None
        if t.pos_ in ("PROPN", "PRON") and t.tag_ not in ("WP", "WDT") or t.tag_ == "NN" or t.text in (";", ":", "\n"):
            return None
    return None


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
    if pron == "they" and tok.dep_ in SUBJECT_DEPS:
        near = _group_just_before(doc, tok, index)
        if near is not None:
            return near
    sent_of = _sent_index(doc)
    my_sent = sent_of[token_i]
    recent_speakers = {eid: off for off, eid in sorted(prior_speakers) if off < tok.idx}
    # the speaker of the latest attribution is the most salient antecedent
    latest_speaker = max(recent_speakers.items(), key=lambda kv: kv[1])[0] if recent_speakers else None

    scores: dict[str, float] = {}
    mentions = getattr(index, "mentions", [])
    # mentions (sorted by start) before the window's first sentence are too far back
    first = 0
    if my_sent > MAX_SENTENCES_BACK and isinstance(mentions, list):
        win_start = _sent_starts(doc)[my_sent - MAX_SENTENCES_BACK]
        first = bisect.bisect_left(mentions, win_start, key=lambda m: m.start)
    # words inside a quotation are not its speaker ("'... from Drevna before,' she
    # added"): a pronoun outside quotes skips mentions inside them
    quotes = _speech_spans(doc)
    skip_quoted = not _inside(quotes, tok.idx)
    # the quotation this pronoun attributes ('"A. B," she said'): it ends just before it
    own_quote = next((q for q in reversed(quotes) if q[1] <= tok.idx
                      and not doc_text(doc)[q[1]:tok.idx].strip(" ,.!?\"'“”‘’»«")), None) if skip_quoted else None
    # the pronoun opens its sentence ("He said ...")
    opener = not any(t.is_alpha for t in doc[tok.sent.start:tok.i])
    for m in mentions[first:] if first else mentions:
        if m.start >= tok.idx:
            break
        if skip_quoted and _inside(quotes, m.start):
            continue
        ent = _entity(index, m.entity)
        if ent is None or not (_type_ok(pron, ent.type) or _speaker_body_ok(pron, ent.type, m.entity, recent_speakers)):
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
        if dist > 1 and own_quote is not None and m.end <= own_quote[0] and (
                span.root.dep_ in SUBJECT_DEPS or span.root.dep_ in ("compound", "appos")
                and span.root.head.dep_ in SUBJECT_DEPS):
            # the sentences of the pronoun's own quotation do not put the subject before it
            # further back ('X testified. "A. B," she said'); another speaker's quote would
            starts_ = _sent_starts(doc)
            inner = sum(1 for k in range(sent_of[span.start] + 1, my_sent)
                        if own_quote[0] <= starts_[k] + 1 < own_quote[1])
            dist = max(1, dist - inner)
        if dist > 1 and own_quote is None and skip_quoted and opener and span.root.dep_ in SUBJECT_DEPS:
            # a stand-alone quoted sentence between a person and the pronoun is that person
            # speaking, not a new topic ("X was blunter. '...' He said ...")
            starts_ = _sent_starts(doc)
            inner = sum(1 for k in range(sent_of[span.start] + 1, my_sent)
                        if _wholly_quoted(doc, quotes, starts_, k))
            dist = max(1, dist - inner)
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
        role = _mention_role(doc, m.start, m.end)
        score = 10.0 - 2.5 * dist + role
        if dist == 1 and role == 3 and m.start == _first_mentions(index).get(m.entity):
            # a person introduced as the topic of the sentence just before ("That did not
            # satisfy Councilwoman Pike, who led the opposition. '...,' she said") outranks
            # an earlier speaker
            score += 2.0
        if dist > 0 and _in_relative_clause(span.root):
            # a mention tucked inside a relative clause is less salient than the
            # noun the clause describes
            score -= 1.5
        if m.entity == latest_speaker:
            score += 3.0
        elif m.entity in recent_speakers:
            score += 2.0
        if pron in PLURAL_PRONOUNS and ent.type == "PERSON":
            score -= 4.0
        if pron in PLURAL_PRONOUNS and ent.type == "GPE":
            # a country or city is "it"; "they" is a group, party or organisation
            score -= 3.0
        scores[m.entity] = max(scores.get(m.entity, -1e9), score + m.start * 1e-7)

    # speakers of earlier attributions in the window count as subject mentions there
    # even when the attribution had no name ("Police later said ... , they said")
    starts = _sent_starts(doc)
    for eid, off in recent_speakers.items():
        dist = my_sent - (bisect.bisect_right(starts, off) - 1)
        if dist <= 0 or dist > MAX_SENTENCES_BACK:
            continue
        ent = _entity(index, eid)
        if ent is None or not (_type_ok(pron, ent.type) or _speaker_body_ok(pron, ent.type, eid, recent_speakers)):
            continue
        if want_gender is not None:
            g = _gender(index, eid, doc)
            if g is not None and g != want_gender:
                continue
        score = 10.0 - 2.5 * dist + 3 + (1.0 if eid == latest_speaker else 0.0)
        if pron in PLURAL_PRONOUNS and ent.type == "PERSON":
            score -= 4.0
        if pron in PLURAL_PRONOUNS and ent.type == "GPE":
            score -= 3.0
        score += off * 1e-7
        if score > scores.get(eid, -1e9):
            scores[eid] = score

    if pron in PERSON_PRONOUNS:
        # a described person as subject ("The judge was unmoved. ... she told him")
        lo_sent = max(0, my_sent - MAX_SENTENCES_BACK)
        for n in range(lo_sent, my_sent):
            first_tok = doc.char_span(starts[n], starts[n] + 1, alignment_mode="expand")
            if first_tok is None or not len(first_tok):
                continue
            for t in first_tok[0].sent:
                # ("The 61-year-old is trying to ...": the parser makes "old" the subject)
                aged = is_age_head(t)
                if t.dep_ not in SUBJECT_DEPS or not aged and (t.pos_ != "NOUN" or t.tag_ != "NN") \
                        or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) \
                        or t.lemma_.lower() in ORG_HEAD_NOUNS:
                    continue
                eid = resolve_nominal(doc, t.left_edge.idx, t.idx + len(t.text), index)
                ent = _entity(index, eid) if eid else None
                if ent is None or ent.type != "PERSON":
                    continue
                g = _gender(index, eid, doc)
                if want_gender is not None and g is not None and g != want_gender:
                    continue
                score = 10.0 - 2.5 * (my_sent - n) + 3 + t.idx * 1e-7
                if score > scores.get(eid, -1e9):
                    scores[eid] = score

    if tok.dep_ in ("nsubj", "nsubjpass"):
        # "he accused Mr. Brandauer of ...": a subject pronoun is not its own verb's object
        for c in tok.head.children:
            objs = [c] if c.dep_ in ("dobj", "dative") else \
                [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else []
            for o in objs:
                other = index.entity_at(o.idx, o.idx + len(o.text))
                if other is not None and len(scores) > 1:
                    scores.pop(other, None)

    named_inside: set[str] = set()
    before_inside = scores
    if own_quote is not None and pron in PERSON_PRONOUNS and scores:
        # "'Ruth thought we would be a stopgap ...,' she said": a person the quotation
        # names in the third person is talked about, not talking
        named_inside = {m.entity for m in mentions if own_quote[0] <= m.start < own_quote[1]}
        kept = {k: v for k, v in scores.items() if k not in named_inside}
        if kept or any(eid not in named_inside for _, eid in prior_speakers):
            scores = kept

    if pron in PERSON_PRONOUNS and not scores:
        # fall back on a recent speaker of the right gender outside the window
        for off, eid in sorted(prior_speakers, reverse=True):
            if off >= tok.idx or eid in named_inside:
                continue
            ent = _entity(index, eid)
            if ent is not None and ent.type == "PERSON":
                g = _gender(index, eid, doc)
                if want_gender is None or g is None or g == want_gender:
                    return eid
    scores = scores or before_inside
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


ORG_HEAD_NOUNS = GENERIC_ORG_NOUNS | {"carmaker", "automaker", "maker", "watchdog", "employer", "bench",
                                       "channel", "station", "daily", "tabloid",
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
    "guard", "coastguard", "navy",
}
# qualifiers that make a bank an institution, no business ("the central bank"; "the national
# carrier" is still the airline named before)
INSTITUTIONAL_QUALIFIERS = {"central", "reserve", "federal", "world", "development"}
# A generic noun for a business: "the carmaker", "the company", "her employer"
BUSINESS_NOUNS = {"company", "firm", "carmaker", "automaker", "maker", "manufacturer", "group",
                  "giant", "conglomerate", "retailer", "chain", "lender", "bank", "insurer",
                  "airline", "carrier", "operator", "developer", "publisher", "broadcaster",
                  "network", "platform", "startup", "start-up", "employer", "supplier", "producer",
                  "utility", "miner", "brand", "business", "corporation", "outlet", "newspaper",
                  "owner", "distributor", "exporter", "importer", "contractor", "builder",
                  "automaker", "drugmaker", "chipmaker", "app", "studio", "label", "consultancy",
                  # media outlets: "the channel said" is the broadcaster named before
                  "channel", "station", "daily", "tabloid"}
# nouns that describe a body a lead may name only in the next sentence ("a German charity said")
LEAD_BODY_NOUNS = frozenset(BUSINESS_NOUNS | GENERIC_ORG_NOUNS)
# words in an organisation's name that mark it as an institution, not a business
INSTITUTION_WORDS = {"ministry", "department", "government", "council", "commission", "committee",
                     "authority", "agency", "office", "court", "tribunal", "parliament", "party",
                     "union", "federation", "association", "league", "division", "police", "army",
                     "university", "school", "hospital", "institute", "foundation", "trust",
                     "inspectorate", "service", "bureau", "board", "embassy", "coalition",
                     "alliance", "movement", "club", "fc", "nations", "council", "senate",
                     "congress", "assembly", "administration", "presidency", "kremlin", "house",
                     "regulator", "watchdog", "ombudsman", "prosecutor", "prosecutors", "regime"}
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
    "bench": {"court", "tribunal"},   # "The bench said": the court whose judges sit on it
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
    # "the bloc" after the Economic Community of West African States / the European Union
    "bloc": {"community", "union", "alliance", "association", "organisation", "organization", "bloc",
             "league", "cooperation", "council", "pact", "group", "mercosur", "asean", "ecowas"},
    "alliance": {"alliance", "coalition", "bloc", "pact", "organisation", "organization"},
    # "the university" after "Brennock College"
    "university": {"university", "college"},
}
# the words before a news outlet that reports what a body did ("a memo seen by Cityline",
# "documents obtained by the Herald"); not when the description is the outlet's own ("the broadcaster")
REPORTING_OUTLET = re.compile(r"\b(?:seen|obtained) by\s+(?:the\s+)?$", re.I)
MEDIA_NOUNS = {"broadcaster", "newspaper", "paper", "channel", "outlet", "station", "daily", "tabloid", "agency",
               "network", "magazine", "publication", "website", "site"}
ROLE_STOP = {"the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "one", "of",
             "to", "for", "at", "in", "and", "'s", "’s"}
ROLE_PREPS = {"of", "to", "for", "at", "in", "on", "with"}


@lru_cache(maxsize=4096)
def _role_words(role: str, own: str, people: tuple[str, ...]) -> tuple[str, ...]:
    """Words of ``role`` as cleaned by :func:`_clean_role` against the other people."""
    others = [n for n in people if n != own]
    return tuple(w for w in re.split(r"[\s\-]+", _clean_role(role, others).lower()
                                      .replace("’s", " 's").replace("'s", " 's")) if w)


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


def _role_words_raw(index: Any, eid: str, doc: Doc | None = None) -> list[str]:
    """A person's role words, and (given the doc) the capitalised words of the title run
    written before each mention ("expelled Ethiopia's ambassador, Tesfaye W." -> Ethiopia's:
    the recorded role drops the possessor)."""
    ent = _entity(index, eid)
    out = [w for r in getattr(ent, "roles", []) or [] for w in r.split()]
    if doc is None:
        return out
    for m in getattr(index, "mentions", []):
        if m.entity != eid:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for t in reversed(doc[max(span.sent.start, span.start - 6):span.start]):
            if t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ") or t.ent_type_ == "PERSON" or t.text in (".", ";", ":"):
                break
            if t.text[:1].isupper():
                out.append(t.text)
    return out


def _role_holders(doc: Doc, index: Any, words: set[str], noun: str, offset: int,
                  places: set[str] = frozenset(), *, broad: bool = False) -> str | None:
    """The person whose role best matches the description words, most recent first.
    ``broad``: "the diplomat" may also be a foreign minister (tried after every closer fit)."""
    ents = getattr(index, "entities", {})
    people = tuple(e.name for e in ents.values() if len(e.name.split()) > 1 and e.name[:1].isupper())
    cands: dict[str, int] = {}
    for eid, ent in ents.items():
        best = 0
        raw: list[str] | None = None  # the person's role and title words, read once (every mention)
        for role in getattr(ent, "roles", []) or []:
            rw = list(_role_words(role, ent.name, people))
            head = _role_head([w for w in rw if w not in ("the", "a", "an")])
            if head is None:
                continue
            head_forms = {head, head.rstrip("s")}
            # "Deputy Foreign Minister Gennady Voronin ... The diplomat": a foreign minister
            # (of any rank) is a diplomat
            diplomat = broad and noun == "diplomat" and head in ("minister", "secretary", "undersecretary") \
                and "foreign" in rw
            if noun not in head_forms and not (words & head_forms) and not diplomat:
                continue
            if (set(rw) & RESTRICTIVE_MODIFIERS) - words and not diplomat:
                continue  # "the chancellor" is not the shadow chancellor, "the coach" not the assistant coach
            if places:
                raw = _role_words_raw(index, eid, doc) if raw is None else raw
                if _places_clash(index, places, raw):
                    continue  # "the Russian ambassador" is not "Ethiopia's ambassador" (every role's words)
            score = 1 + len((words - {noun}) & set(rw))
            best = max(best, score)
        if best:
            cands[eid] = best
    if not cands:
        return None
    top = max(cands.values())
    ids = [eid for eid, sc in cands.items() if sc == top]
    return _latest_holder(doc, index, ids, offset)


# abbreviated titles before a name ("Gov. Tom Radcliffe", "Sen. Ellery")
TITLE_ABBREVIATIONS = {"gov": "governor", "sen": "senator", "rep": "representative",
                       "gen": "general", "dr": "doctor", "prof": "professor", "pres": "president",
                       "supt": "superintendent", "insp": "inspector", "capt": "captain",
                       "col": "colonel", "lt": "lieutenant", "sgt": "sergeant", "adm": "admiral",
                       "cllr": "councillor", "amb": "ambassador", "atty": "attorney",
                       "ceo": "executive", "cmdr": "commander", "maj": "major", "mp": "mp",
                       # UK police and other ranks ("Det Sgt Lee Graham ... the detective")
                       "det": "detective", "ch": "chief", "cpl": "corporal", "pc": "constable",
                       "brig": "brigadier"}
# person descriptions that name the same office: "the coach" for a manager, "the
# head of state" for a president, "the spokesperson" for a spokeswoman
PERSON_ROLE_SYNONYMS = {
    "coach": {"manager", "coach", "boss", "trainer"},
    "manager": {"manager", "coach", "boss"},
    "boss": {"manager", "coach", "executive", "chief", "boss", "head"},
    "spokesperson": {"spokesperson", "spokesman", "spokeswoman"},
    "spokesman": {"spokesperson", "spokesman", "spokeswoman"},
    "spokeswoman": {"spokesperson", "spokesman", "spokeswoman"},
    "president": {"president"},
    "premier": {"premier", "prime"},
    "chair": {"chair", "chairman", "chairwoman", "chairperson"},
    "chairman": {"chair", "chairman", "chairperson"},
    "chairwoman": {"chair", "chairwoman", "chairperson"},
    "lawyer": {"lawyer", "attorney", "counsel", "barrister", "solicitor", "advocate"},
    "attorney": {"lawyer", "attorney", "counsel"},
    "doctor": {"doctor", "physician", "surgeon", "dr", "paediatrician", "pediatrician"},
    "physician": {"doctor", "physician"},
    "executive": {"executive", "ceo"},
    "envoy": {"envoy", "ambassador", "representative", "negotiator"},
    "diplomat": {"diplomat", "envoy", "ambassador"},
    "lawmaker": {"lawmaker", "senator", "representative", "mp", "deputy", "congressman",
                 "congresswoman", "legislator"},
    "legislator": {"lawmaker", "senator", "representative", "mp", "legislator"},
    "officer": {"officer", "constable", "policeman", "policewoman"},
    "general": {"general", "commander"},
    "commander": {"general", "commander"},
    "striker": {"striker", "forward"},
    "forward": {"striker", "forward"},
    "keeper": {"keeper", "goalkeeper"},
    "goalkeeper": {"keeper", "goalkeeper"},
    "politician": {"politician", "lawmaker", "senator", "mp", "minister", "deputy"},
    "judge": {"judge", "justice", "magistrate"},
}
# "the head of state", "the head of government": an office written as a phrase
PHRASE_TITLES = {("head", "state"): "president", ("head", "government"): "prime",
                 ("chief", "executive"): "executive", ("head", "coach"): "coach"}
# modifiers that make an office a different one: "assistant coach" is not "the coach"
RESTRICTIVE_MODIFIERS = {"assistant", "deputy", "vice", "former", "acting", "ex", "junior",
                         "interim", "co", "associate", "under", "shadow", "outgoing", "ex-"}
DESCRIPTION_STOP = ROLE_STOP | {"who", "which", "whose", "was", "is", "has", "had", "on", "by",
                                "as", "with", "from", "said", ",", "."}
AGE = re.compile(r"(\d{1,3})\s*-?\s*year\s*-?\s*old", re.I)


def is_age_head(tok: Token) -> bool:
    """The parser's head of an age description ("The 52-year-old accused ...": the
    adjective "old"), which stands for a person."""
    return tok.lower_ == "old" and tok.pos_ == "ADJ" and AGE.search(
        doc_text(tok.doc)[tok.left_edge.idx:tok.idx + len(tok.text)]) is not None
_DESC_CACHE: "weakref.WeakKeyDictionary[Doc, tuple[tuple[int, int, int], list[tuple[int, str, tuple[str, ...], str | None]]]]" \
    = weakref.WeakKeyDictionary()


def _norm_word(w: str) -> str:
    w = w.lower().strip(".")
    return TITLE_ABBREVIATIONS.get(w, w)


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    try:
        from narrascope.entities import TITLE_WORDS
    except ImportError:  # pragma: no cover
        return frozenset()
    return frozenset(w.strip(".") for w in TITLE_WORDS)


def _salient_person(doc: Doc, index: Any, offset: int, max_back: int = 2,
                    skip_speech: bool = False, pronouns: bool = False,
                    exclude: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The person who is the subject of the latest sentence (at most ``max_back``
    sentences before ``offset``) with a person as its subject; with ``pronouns``, a
    subject "he" or "she" counts as the person it resolves to ('"...," she says. ...
    The Wisconsin Democrat insists ...')."""
    starts = _sent_starts(doc)
    here = bisect.bisect_right(starts, offset) - 1
    quotes = _speech_spans(doc)
    skip_quoted = not _inside(quotes, offset)
    # with ``skip_speech``, sentences of quoted speech do not count towards the
    # distance ("Smith said X. 'A. B,' he said. Asked ..., the 58-year-old said")
    n, k = here, 0
    while n > 0 and k < max_back:
        n -= 1
        # (a sentence opening on the quotation mark itself is speech too)
        if not (skip_speech and skip_quoted and (_inside(quotes, starts[n]) or _inside(quotes, starts[n] + 1))) \
                and not doc_text(doc)[starts[n]:starts[n] + 1].islower():
            k += 1   # (a "sentence" opening in lower case is the parser's split of the one before)
    lo = starts[max(0, n)]
    mentions = getattr(index, "mentions", [])
    best, best_at = None, -1
    for m in mentions[bisect.bisect_left(mentions, lo, key=lambda m: m.start):]:
        if m.start >= offset:
            break
        if skip_quoted and _inside(quotes, m.start):
            continue     # a name inside a quotation is not the sentence's subject
        ent = _entity(index, m.entity)
        if ent is None or ent.type != "PERSON" or m.entity in exclude:
            continue
        if _mention_role(doc, m.start, m.end) == 3:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and len(span) and span.root.dep_ == "appos" \
                    and span.root.head.ent_type_ == "PERSON" and span.root.head.i < span.start:
                continue   # hung on the named subject by the parser, not the subject itself
            if span is not None and len(span) and _reported_subject(span.root):
                continue   # "saying Harcastle should have had a penalty": what was said, not who
            best = m.entity
            best_at = m.start
    if pronouns and best is None:
        lo_tok = doc.char_span(lo, lo + 1, alignment_mode="expand")
        for t in doc[lo_tok.start if lo_tok is not None and len(lo_tok) else len(doc):]:
            if t.idx >= offset:
                break
            if t.lower_ not in ("he", "she") or t.dep_ not in SUBJECT_DEPS or skip_quoted and _inside(quotes, t.idx):
                continue
            eid = resolve_pronoun(doc, t.i, index)
            ent = _entity(index, eid) if eid else None
            if ent is not None and ent.type == "PERSON" and eid not in exclude:
                best, best_at = eid, t.idx
    return best


# common nouns that describe a person by life or trade rather than by office (offices go
# to role holders first): "the retired fisherman", "the pensioner", "the younger woman"
PERSON_DESCRIPTION_NOUNS = frozenset("""
woman man girl boy mother father widow widower grandmother grandfather teenager pensioner
retiree resident farmer fisherman teacher nurse doctor veteran student worker driver survivor
victim priest lawyer shopkeeper owner mechanic builder miner welder soldier officer pilot
actress actor singer writer novelist artist athlete player striker goalkeeper runner
""".split())


# "-er"/"-ist"/"-ian" nouns that name things, not people (an agent noun is a person only
# when it is none of these): a document or a place says nothing by itself
THING_AGENT_NOUNS = frozenset("""
letter paper newspaper order border number chapter charter register newsletter flyer poster banner trailer
computer counter center centre water weather winter summer layer filter meter parameter disaster minister
power tower chamber shelter river corner matter container barrier ledger cluster quarter offer answer
""".split())
# "-or" nouns that name people ("the floor", "the sector", "the corridor" do not)
PERSON_OR_NOUNS = frozenset("""
investor donor sponsor survivor visitor author editor inspector director creditor debtor contractor
auditor tutor mentor supervisor counsellor counselor conductor collector curator narrator sailor tailor
""".split())


def _describes_a_person(head: Token) -> bool:
    low = head.lower_
    if not (head.tag_ == "NN" and head.is_lower):
        return False
    if low in PERSON_DESCRIPTION_NOUNS or head.lemma_.lower() in PERSON_DESCRIPTION_NOUNS \
            or low.endswith(("woman", "man")) and len(low) > 5:
        return True
    # an agent noun that says something ("the off-spinner said", "the economist added"), or
    # a description of what someone used to be ("the former champion")
    if any(c.dep_ == "amod" and c.lower_ in ("former", "ex", "retired") for c in head.children):
        return True
    agentive = (low.endswith(("er", "ist", "yst", "ian")) and len(low) > 4 and low not in THING_AGENT_NOUNS
                or low in PERSON_OR_NOUNS)
    if not (agentive and head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ == "VERB"):
        return False
    from narrascope.quotes import speech_verbs
    return head.head.lemma_.lower() in speech_verbs()


def _noun_gender(head: Token) -> str | None:
    low = head.lower_
    if low.endswith("woman") or low in ("girl", "mother", "widow", "grandmother", "actress"):
        return "f"
    if low.endswith("man") or low in ("boy", "father", "widower", "grandfather"):
        return "m"
    return None


def _reported_subject(root: Token) -> bool:
    """Whether a subject belongs to a clause reported by a speech verb ("said Smith had
    lied", "saying Harcastle should have had a penalty") rather than to the sentence."""
    m = root
    while m.dep_ in ("compound", "amod", "poss", "appos", "flat", "conj") and m.head.i != m.i:
        m = m.head
    verb = m.head
    while verb.dep_ in ("conj",) and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ not in ("ccomp", "xcomp"):
        return False
    try:
        from narrascope.quotes import speech_verbs
    except ImportError:  # pragma: no cover
        return False
    return verb.head.lemma_.lower() in speech_verbs()


# verbs whose subject holds an office, and the office ("who has captained X" -> "the captain")
OFFICE_VERBS = {"captain": "captain", "coach": "coach", "manage": "manager", "chair": "chairman",
                "lead": "leader", "found": "founder", "co-found": "co-founder", "direct": "director",
                "edit": "editor", "own": "owner", "govern": "governor", "command": "commander",
                "train": "trainer", "head": "head", "skipper": "skipper", "prosecute": "prosecutor"}


# a US politician's party and state after the name: ", R-Idaho," / " (D-Calif.)"
PARTY_STATE = re.compile(r"^\s*[,(]\s*([RDI])-([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s*[,)]")
PARTIES = {"R": ("republican",), "D": ("democrat", "democratic"), "I": ("independent",)}


def _person_descriptions(doc: Doc, index: Any) -> list[tuple[int, str, tuple[str, ...], str | None]]:
    """Descriptions of the people of the article as written next to their names:
    (mention start, entity id, description words in order, age or None). Words come
    from the index's roles, the title words before a mention ("Gov. Tom Radcliffe",
    "Italian coach Marco Lentini"), an apposition after it (", a 21-year-old law
    student who ...") and an age (", 54,")."""
    mentions = getattr(index, "mentions", [])
    ents = getattr(index, "entities", {})
    key = (id(index), len(mentions), sum(len(getattr(e, "roles", []) or []) for e in ents.values()))
    hit = _DESC_CACHE.get(doc)
    if hit is not None and hit[0] == key:
        return hit[1]
    text = doc_text(doc)
    out: list[tuple[int, str, tuple[str, ...], str | None]] = []
    people = tuple(e.name for e in ents.values() if len(e.name.split()) > 1 and e.name[:1].isupper())
    for eid, ent in ents.items():
        # a role makes a person whatever the recogniser typed the name as
        for role in getattr(ent, "roles", []) or []:
            words = tuple(_norm_word(w) for w in _role_words(role, ent.name, people))
            out.append((-1, eid, words, None))
    for m in mentions:
        ent = _entity(index, m.entity)
        if ent is None or ent.type != "PERSON":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        # title words before the name (and inside the mention: "Judge Anne Corrigan")
        before: list[str] = [t.text for t in span if t.pos_ != "PROPN" or t.lower_.strip(".") in TITLE_ABBREVIATIONS
                             or t.i < span.end - 2 and t.lower_ in PERSON_ROLE_SYNONYMS]
        i = span.start - 1
        while i >= 0 and span.start - i <= 5:
            t = doc[i]
            if t.is_sent_end and t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM") \
                    or t.is_punct and t.text not in ("-",) or t.text in ("'s", "’s") \
                    or t.text == "-" and (t.whitespace_ or i > 0 and doc[i - 1].whitespace_):
                break   # (a spaced dash ends a dateline, "WARSAW - Marta Kowalczyk", not "vice-president")
            before.insert(0, t.text)
            i -= 1
        age = None
        after: list[str] = []
        j = span.end
        if j + 1 < len(doc) and doc[j].text == "," \
                and doc[j + 1].pos_ not in ("ADP", "PRON", "VERB", "AUX", "SCONJ", "CCONJ", "ADV", "PART"):
            k = j + 1
            while k < len(doc) and k - j <= 12 and doc[k].text not in (",", ".", ";", "(", ")") \
                    and doc[k].lower_ not in ("who", "which", "whose", "said", "says", "told") \
                    and not doc[k].is_sent_start:
                after.append(doc[k].text)
                k += 1
            if len(after) == 1 and after[0].isdigit():
                age, after = after[0], []
        if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "who":
            # "Ben Askew, who has captained Lancashire for two seasons": the office the
            # relative clause's verb names ("the captain" later)
            verb = doc[j + 1].head
            office = OFFICE_VERBS.get(verb.lemma_.lower()) if verb.pos_ == "VERB" and verb.i > j + 1 else None
            if office is not None:
                after.append(office)
        seg = text[doc[max(0, span.start - 6)].idx:m.start]
        am = AGE.search(seg)
        if am and not re.search(r"[.,;]", seg[am.end():]):
            age = am.group(1)
        am = AGE.search(" ".join(after))
        if am:
            age = am.group(1)
        words = tuple(_norm_word(w) for w in re.split(r"[\s\-]+", " ".join(before + after)) if w)
        ps = PARTY_STATE.match(text[m.end:m.end + 40])
        if ps:
            # "Sen. Cole Hadley, R-Idaho," -> "the Idaho Republican"
            words += (*PARTIES[ps.group(1)], *(w.lower().strip(".") for w in ps.group(2).split()))
        if words or age:
            out.append((m.start, m.entity, words, age))
    out += _described_in_passing(doc, index, mentions)
    out += _described_in_lead(doc, index, mentions)
    _DESC_CACHE[doc] = (key, out)
    return out


def _described_in_lead(doc: Doc, index: Any, mentions: list[Any]) -> list[tuple[int, str, tuple[str, ...], str | None]]:
    """A news lead that describes its subject before naming them: "The chief executive of
    Northgate Bank faced three hours of questions ... / Martin Oduya told the committee ...":
    the lead's subject description (a role, no name, nobody named before it) describes the
    person the next sentence opens with, named there for the first time, so a later "the
    chief executive said" is them."""
    from narrascope.nlp import headline_end
    start = headline_end(doc)
    lead_tok = next((t for t in doc if t.idx >= start and not t.is_space), None)
    if lead_tok is None or lead_tok.sent.end >= len(doc):
        return []
    lead = lead_tok.sent
    subj = next((t for t in lead if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == lead.root.i), None)
    if subj is None or subj.pos_ != "NOUN" or not subj.is_lower or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in subj.children) or not any(
            c.dep_ == "prep" and c.lower_ in ("of", "at") for c in subj.children):
        return []   # only an office at a named body ("The chief executive of Northgate Bank")
    from narrascope.quotes import speech_verbs
    if lead.root.lemma_.lower() in speech_verbs():
        return []   # "..., the head of X told reporters": a speaker the quote rules name
    low = subj.lower_
    if not (low in PERSON_DESCRIPTION_NOUNS or low in PERSON_ROLE_SYNONYMS or low in _title_words()):
        return []
    people = [m for m in mentions if getattr(_entity(index, m.entity), "type", None) == "PERSON"]
    if any(m.start < subj.idx for m in people):
        return []
    nxt = doc[lead.end]
    while nxt.is_space and nxt.i + 1 < len(doc):
        nxt = doc[nxt.i + 1]
    sent = nxt.sent
    first = _first_mentions(index)
    m = next((m for m in people if sent.start_char <= m.start < sent.end_char), None)
    if m is None or first.get(m.entity, m.start) != m.start:
        return []
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass") or any(
            not t.is_punct and not t.is_space for t in doc[sent.start:span.start]):
        return []   # the sentence opens with the bare name ("Justice X said", "Culture minister X": titled)
    if any(c.dep_ == "appos" for c in span.root.children):
        return []   # "José Jerí, the head of Congress, was sworn in": someone with an office of their own
    phrase = [t for t in subj.subtree if not any(a.dep_ in ("relcl", "acl") for a in t.ancestors if a.i in
                                                  {x.i for x in subj.subtree})]
    phrase = [t for t in phrase if t.dep_ != "det" and not t.is_punct]
    words = tuple(_norm_word(w) for t in phrase for w in re.split(r"[\s\-]+", t.text) if w)
    return [(subj.idx, m.entity, words, None)] if words else []


TIME_PREPS = {"after", "when"}   # (not "as"/"while"/"before": "as the Ethiopian favourite faded")

# heads a sports or news description of a person can have beyond the role nouns
# ("the Italian fourth seed", "the Kenyan favourite", "the 34-year-old incumbent")
PASSING_HEADS = frozenset("""
seed champion qualifier favourite favorite star captain skipper winger midfielder defender forward
veteran rookie debutant contender challenger incumbent newcomer holder finalist medallist medalist
""".split())


def _described_in_passing(doc: Doc, index: Any, mentions: list[Any]) -> list[tuple[int, str, tuple[str, ...], str | None]]:
    """A definite description that refers back to the person just named in the same
    sentence: "Elena Marchetti's bid ended on Tuesday, when the Italian fourth seed was
    beaten by ..." describes Marchetti as "the Italian fourth seed" (so a later "the
    Italian said" is her). Only a description with a nationality or an age, as the subject
    of a "when"/"after" clause, when the sentence names no other person before it and the
    person is not saying something about it."""
    from narrascope.quotes import speech_verbs  # (quotes imports coref)
    ents = getattr(index, "entities", {})
    people = sorted((m.start, m.end, m.entity) for m in mentions
                    if getattr(_entity(index, m.entity), "type", None) == "PERSON")
    out: list[tuple[int, str, tuple[str, ...], str | None]] = []
    for det in doc:
        if det.lower_ != "the" or det.dep_ != "det":
            continue
        head = det.head
        if head.i <= det.i or head.i - det.i > 8 or not head.is_lower or head.pos_ != "NOUN":
            continue
        low = head.lower_
        if not (low in PERSON_DESCRIPTION_NOUNS or low in PASSING_HEADS or low in PERSON_ROLE_SYNONYMS):
            continue
        between = doc[det.i + 1:head.i]
        if any(t.pos_ not in ("ADJ", "NOUN", "PROPN", "NUM", "PUNCT") for t in between):
            continue
        if any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in head.children) or \
                head.i + 1 < len(doc) and doc[head.i + 1].ent_type_ == "PERSON":
            continue   # "the Italian coach Marco Lentini": the name's own title
        words = [t.text for t in doc[det.i + 1:head.i + 1]]
        am = AGE.search(" ".join(words))
        places = [w for w in words if _place_of(index, w)]
        if not places and not am:
            continue
        if head.dep_ == "pobj":
            timed = head.head.lower_ in TIME_PREPS   # "after the 31-year-old Italian veteran lost a tyre"
        else:
            own = head.head   # the description's own clause, opened by "when"/"after"
            timed = head.dep_ in ("nsubj", "nsubjpass") and own.dep_ in ("advcl", "relcl") and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in TIME_PREPS for c in own.children)
        if not timed:
            continue   # ("Alcaraz beat the Italian seed", "..., but the Italian seed was knocked out",
                       # "before the Ukrainian top seed hit back": most often the other competitor)
        sent = det.sent
        before = [p for p in people if sent.start_char <= p[0] and p[1] <= det.idx]
        if len({p[2] for p in before}) != 1:
            continue   # "Putin met Biden, and the Russian leader ...": two candidates, no guess
        eid = before[-1][2]
        if eid not in ents:
            continue
        span = doc.char_span(before[-1][0], before[-1][1], alignment_mode="expand")
        if span is not None and any(span.root.head.i == a.i and span.root.dep_ in ("nsubj", "nsubjpass")
                                    and a.lemma_.lower() in speech_verbs() for a in head.ancestors):
            continue   # "Hull said the Kenyan champion was unbeatable": someone the person speaks of
        out.append((det.idx, eid, tuple(_norm_word(w) for w in re.split(r"[\s\-]+", " ".join(words)) if w),
                    am.group(1) if am else None))
    return out


def _place_of(index: Any, word: str) -> str | None:
    """The country a qualifier names ("Russian", "Ethiopia's" -> "russia", "ethiopia")."""
    gaz = getattr(index, "gazetteer", None)
    w = re.sub(r"['’]s$", "", word.strip(".,"))
    if gaz is None or not w[:1].isupper():
        return None
    try:
        rec = gaz.lookup(w, demonym=True)
    except Exception:  # a stand-in index in tests
        return None
    return rec["name"].lower() if rec and rec.get("type") == "GPE" else None


def _people_before(index: Any, before: int) -> Iterator[tuple[str, Any]]:
    """(id, entity) of the people mentioned before ``before``, latest mention first."""
    for m in reversed([m for m in getattr(index, "mentions", []) if m.start < before]):
        ent = _entity(index, m.entity)
        if ent is not None and ent.type == "PERSON":
            yield m.entity, ent


def _role_places(index: Any, ent: Any) -> list[str]:
    """The countries a person's titles name ("Japanese Prime Minister" -> "japan")."""
    return [p for r in ent.roles for w in r.split() if (p := _place_of(index, w))]


def _person_of_place(index: Any, places: set[str], before: int) -> str | None:
    """The person mentioned latest before ``before`` whose title names one of ``places``
    ("Japanese Prime Minister", "Ethiopia's envoy")."""
    return next((eid for eid, ent in _people_before(index, before) if set(_role_places(index, ent)) & places), None)


def _places_clash(index: Any, places: set[str], words: Any) -> bool:
    """A description qualified by one country ("the Russian ambassador") does not fit a
    role qualified by another ("Ethiopia's ambassador")."""
    if not places:
        return False
    theirs = {p for w in words if (p := _place_of(index, w))}
    return bool(theirs) and not (theirs & places)


def _org_place_clash(index: Any, places: set[str], names: list[str]) -> bool:
    """A body named with a place or a demonym other than the description's own country
    ("European Parliament", "Russian Foreign Ministry" for "the Azerbaijani parliament")."""
    gaz = getattr(index, "gazetteer", None)
    if gaz is None:
        return False
    seen = set()
    for n in names:
        for w in n.split():
            w = re.sub(r"['’]s$", "", w.strip(".,"))
            if not w[:1].isupper():
                continue
            try:
                rec = gaz.lookup(w, demonym=True)
            except Exception:  # a stand-in index in tests
                return False
            if rec is not None:
                seen.add(rec["name"].lower())
            elif w.lower() in REGIONAL_QUALIFIERS:
                seen.add(w.lower())   # a body of a region or the world, no one country's
    return bool(seen) and not (seen & places)


REGIONAL_QUALIFIERS = frozenset("""european african arab asian american international global world nordic baltic
caribbean pacific atlantic latin""".split())


def _role_qualifiers(index: Any, eid: str) -> set[str]:
    """Capitalised words qualifying a person's recorded roles ("Stanmore" in "Stanmore manager")."""
    ent = _entity(index, eid)
    return {_norm_word(w) for r in getattr(ent, "roles", []) or [] for w in r.split()[:-1] if w[:1].isupper()}


def _demonym_forms(index: Any, noun: str) -> set[str]:
    """Every demonym of the country a nationality noun names ("swede" -> swedish, swedes),
    so "the Swede" matches a "Swedish" description; empty for other nouns."""
    gaz = getattr(index, "gazetteer", None)
    if gaz is None or not noun.isalpha():
        return set()
    for form in (noun.capitalize(), noun.capitalize() + "s", noun.capitalize() + "es"):
        try:
            rec = gaz.lookup(form, demonym=True)
        except Exception:  # a stand-in index in tests
            return set()
        if rec and rec.get("type") == "GPE":
            return {d.lower() for d in rec.get("demonyms", [])} | {noun}
    return set()


def _description_match(doc: Doc, index: Any, dwords: set[str], noun: str, offset: int,
                       age: str | None, proper: set[str] = frozenset(),
                       places: set[str] = frozenset()) -> str | None:
    """The person whose written description fits the description best: same head
    office (or a synonym), no restrictive modifier the description lacks ("assistant
    coach" is not "the coach"), most other words in common; ties: most recently
    mentioned before ``offset``."""
    nouns = {noun} | PERSON_ROLE_SYNONYMS.get(noun, set()) | _demonym_forms(index, noun)
    cands: dict[str, float] = {}
    raw_words: dict[str, list[str]] = {}
    for start, eid, words, wage in _person_descriptions(doc, index):
        if start >= offset:
            continue
        if age is not None:
            if wage == age:
                cands[eid] = max(cands.get(eid, 0), 2.0)
            continue
        ws = [w for w in words if w not in DESCRIPTION_STOP]
        hit = [n for n, w in enumerate(ws) if w in nouns or w.rstrip("s") in nouns]
        if not hit:
            continue
        pos = hit[0]
        mods = set(ws[:pos])
        if (mods & RESTRICTIVE_MODIFIERS) - dwords:
            continue
        if proper and mods and not (mods & proper) and mods & _role_qualifiers(index, eid):
            continue  # "the Harwell manager" is not the "Stanmore manager"
        if places and eid not in raw_words:
            raw_words[eid] = _role_words_raw(index, eid, doc)  # (once per person: it reads every mention)
        if places and (_places_clash(index, places, [w.capitalize() for w in mods])
                       or _places_clash(index, places, raw_words[eid])):
            continue  # "the Russian ambassador" is not "Ethiopia's ambassador"
        score = 1.0 + len((dwords - {noun}) & set(ws)) + (0.5 if ws[pos] == noun else 0.0)
        cands[eid] = max(cands.get(eid, 0), score)
    if not cands:
        return None
    top = max(cands.values())
    return _latest_holder(doc, index, [e for e, sc in cands.items() if sc == top], offset)


def _reported_pronoun_gender(doc: Doc, offset: int) -> str | None:
    """"The chief executive said she would ...": the gender of the "he"/"she" that opens
    the clause reported by the description at ``offset`` (its speaker, as a rule)."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    t = span[0]
    while t.dep_ in ("det", "amod", "compound", "poss", "nummod", "case") and t.head.i != t.i:
        t = t.head
    if t.dep_ != "nsubj" or t.head.pos_ != "VERB":
        return None
    for c in t.head.children:
        if c.dep_ == "ccomp" and c.i > t.head.i:
            for x in c.children:
                if x.dep_ in ("nsubj", "nsubjpass") and x.lower_ in ("he", "she"):
                    return "f" if x.lower_ == "she" else "m"
    return None


def _latest_holder(doc: Doc, index: Any, ids: list[str], offset: int) -> str | None:
    """Of several people fitting a description equally (two chief executives), the one the
    story was last about as a subject, not the one last named as someone's object ("He
    said he had spoken to Stubbs"); else the one mentioned last."""
    if len(ids) > 1 and (said := _reported_pronoun_gender(doc, offset)) is not None:
        # "the chief executive said she would ...": of a man and a woman who both are one;
        # unless someone else of that gender was named just before ("Asked about the
        # regulator Sarah Hill, the chief executive said she ...": "she" may be Hill)
        fit = [e for e in ids if _gender(index, e, doc) == said]
        at = doc.char_span(offset, offset + 1, alignment_mode="expand")
        lo = sent_start_back(at[0], 1) if at is not None and len(at) else 0
        other = any(m.entity not in ids and doc[lo].idx <= m.start < offset and _gender(index, m.entity, doc) == said
                    for m in getattr(index, "mentions", []))
        if len(fit) == 1 and not other:
            ids = fit
    if len(ids) > 1:
        subj = [m for m in getattr(index, "mentions", []) if m.start < offset and m.entity in ids
                and _mention_role(doc, m.start, m.end) == 3]
        if subj:
            return subj[-1].entity
    return _last_mention_before(index, ids, offset)


def resolve_nominal(doc: Doc, span_start_char: int, span_end_char: int, index: Any) -> str | None:
    """Entity id for a definite description ("the spokesman", "the ministry"); see
    ``_resolve_nominal``. A person the description's own clause names besides it is someone
    else ("The Prime Minister accused Ms Burrows of ...": not Burrows), so the person the
    article is about there, other than them, is taken instead."""
    eid = _resolve_nominal(doc, span_start_char, span_end_char, index)
    if eid is None or getattr(_entity(index, eid), "type", None) != "PERSON":
        return eid
    others = _clause_people(doc, span_start_char, span_end_char, index)
    if eid not in others:
        return eid
    return _salient_person(doc, index, span_start_char, exclude=others)


def _clause_people(doc: Doc, start: int, end: int, index: Any) -> set[str]:
    """People named in the clause of the description at [start, end), outside it: the
    objects and complements of its verb (not a clause the verb reports)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    verb = span.root.head
    out: set[str] = set()
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp", "advcl", "parataxis", "conj", "punct") or c.i == span.root.i:
            continue   # ("the chief executive said Smith would ...": Smith may well be him)
        for t in c.subtree:
            for m in getattr(index, "mentions", [])[bisect.bisect_left(getattr(index, "mentions", []), t.idx,
                                                                          key=lambda m: m.start):]:
                if m.start > t.idx:
                    break
                ent = _entity(index, m.entity)
                if ent is not None and ent.type == "PERSON":
                    out.add(m.entity)
            if t.pos_ == "PROPN" and hasattr(index, "find"):
                # (a second reference the entity finder left untagged: "accused Ms Voss")
                try:
                    pid = index.find(t.text, "PERSON")
                except (NotImplementedError, TypeError):
                    pid = None
                if pid is not None and getattr(_entity(index, pid), "type", None) == "PERSON":
                    out.add(pid)
    return out


def _resolve_nominal(doc: Doc, span_start_char: int, span_end_char: int, index: Any) -> str | None:
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
    age_m = AGE.search(doc_text(doc)[span_start_char:span_end_char])
    age = age_m.group(1) if age_m else None
    lows = [t.lower_ for t in span]
    # the country qualifying the description ("the Russian ambassador", "Ethiopia's envoy")
    places = {p for t in span if t.i < head.i and (p := _place_of(index, t.text))}
    office = _norm_word(noun)
    for (a, b), title in PHRASE_TITLES.items():
        if head.lower_ == a and b in lows[lows.index(a) + 1:]:
            office = title
    person_noun = age is not None or office in PERSON_ROLE_SYNONYMS or office in _title_words() \
        or head.lower_ in _title_words()
    if not org_like or age is not None:
        # the people as described in the article: titles, appositions, ages
        # a proper qualifier of the description ("the Harwell manager") must be the role's own
        proper = {_norm_word(t.lower_) for t in span if t.pos_ == "PROPN" and t.i < head.i}
        eid = _description_match(doc, index, {_norm_word(w) for w in words}, office,
                                 span_start_char, age, proper, places)
        if eid is not None:
            return eid
        if age is not None:
            # an age given nowhere else: the person the article is about there
            return _salient_person(doc, index, span_start_char, skip_speech=True) \
                if span[0].lower_ == "the" else None
    if not org_like:
        # role holders first: "the spokesman" -> the entity with role "... spokesman"
        eid = _role_holders(doc, index, words, noun, span_start_char, places)
        if eid is not None:
            return eid
        # a title written before a person's name: "Prime Minister Sorin Matei ... the prime minister"
        best: str | None = None
        # the title may name the office another way ("Justice Efua Mensah-Bonsu ... the judge")
        titles = {noun} | PERSON_ROLE_SYNONYMS.get(noun, set())
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
            if len(before) >= 2 and before[-2].lower_ == "of" and before[-1].lower_ != noun:
                # "Minister of Justice Ana Ruiz": a portfolio, not the title "Justice"
                before = before[-1:-1]
            # the title may sit inside the mention itself ("Judge Anne Corrigan")
            if len(mspan) > 2 and any(t.lower_ in titles or t.lemma_.lower() in titles for t in mspan[:-2]):
                best = m.entity
                continue
            if len(before) and (before[-1].lower_ in titles or before[-1].lemma_.lower() in titles) \
                    and before[-1].pos_ in ("NOUN", "PROPN"):
                best = m.entity
                continue
            # an abbreviated title: "Det Sgt Lee Graham ... the detective", "Insp Ruth Kay ... the inspector"
            run = []
            for t in reversed(before):
                if TITLE_ABBREVIATIONS.get(t.lower_.rstrip(".")) is None:
                    break
                run.append(TITLE_ABBREVIATIONS[t.lower_.rstrip(".")])
            if noun in run:
                best = m.entity
        if best is not None:
            return best
        if person_noun and span[0].lower_ == "the" and places:
            # "The Japanese leader" with "Japanese Prime Minister Kenji Arakawa" and another
            # country's president in play: the latest person whose title names that country
            eid = _person_of_place(index, places, span_start_char)
            if eid is not None:
                return eid
        if person_noun and span[0].lower_ == "the":
            # "the coach", "the senator" with no role on record: the person the
            # article is about at that point (the latest person subject nearby)
            eid = _salient_person(doc, index, span_start_char)
            if eid is not None:
                return eid
        if noun == "diplomat" and span[0].lower_ == "the":
            # "Deputy Foreign Minister X ... The diplomat": no envoy on record and no
            # person the article is about there, a foreign minister
            eid = _role_holders(doc, index, words, noun, span_start_char, places, broad=True)
            if eid is not None:
                return eid
        if span[0].lower_ == "the" and _describes_a_person(head):
            # '"...," said the retired fisherman', "the younger woman": a description
            # of the person the article is about there, of a fitting gender
            eid = _salient_person(doc, index, span_start_char, skip_speech=True)
            want = _noun_gender(head)
            if eid is not None and (want is None or _gender(index, eid, doc) in (None, want)):
                return eid
    if plural and head.tag_ in ("NNS", "NNPS"):
        return None  # "The unions criticised the plan": several bodies, never the one company named before
    # organisations whose name contains the head noun: "the ministry" -> "Foreign Ministry";
    # a synonym: "the watchdog" -> "Competition Authority"; a business noun: the
    # business named before ("the carmaker" -> "Helvane Motors")
    synonyms = ORG_SYNONYMS.get(noun, set()) | ORG_SYNONYMS.get(head.lower_, set())
    # "the pro-Moscow Victory bloc", "The Cerro Negro miners' union": a named body of its own,
    # not a description of another organisation
    self_named = any(c.dep_ == "compound" and c.text[:1].isupper() and not (c.is_sent_start and c.pos_ == "NOUN")
                     or c.dep_ in ("poss", "nmod") and c.text[:1].isupper() and c.pos_ == "PROPN"
                     or c.dep_ == "poss" and any(g.dep_ == "compound" and g.pos_ == "PROPN" for g in c.children)
                     for c in head.children)
    if self_named:
        synonyms = set()
        # "The VHB union", "the Connect union": the body whose own name the modifier is
        mods = [c for c in head.children if c.dep_ == "compound" and c.text[:1].isupper() and c.i < head.i]
        if mods and noun in {"union", "federation", "association", "party", "group", "alliance", "movement",
                             "coalition", "league", "club", "company", "firm", "bloc"}:
            mod_text = doc_text(doc)[mods[0].left_edge.idx:mods[-1].idx + len(mods[-1].text)].lower()
            for eid, ent in getattr(index, "entities", {}).items():
                if ent.type == "ORG" and mod_text in {ent.name.lower(), *(a.lower() for a in ent.aliases)}:
                    return eid
    if org_like and head.pos_ == "NOUN" and not plural:
        # "Finland's foreign minister, Anna V. ... Her foreign ministry said": the body of the
        # pronoun's person's country
        owned = _owners_body(doc, index, span, head)
        if owned is not None:
            return owned
    if org_like and head.pos_ == "NOUN":
        # "the country's main exporters' group", "the doctors' union": the one body the
        # article names with every word that qualifies the noun
        from narrascope import actors
        described = actors.named_by_description(doc, head, index)
        if described is not None:
            return described
    best = None
    best_score = -1.0
    business: dict[str, float] = {}
    sent_of = _sent_index(doc)
    best_sal = -1e9
    for m in getattr(index, "mentions", []):
        if m.start >= span_start_char:
            break
        ent = _entity(index, m.entity)
        if ent is not None and ent.name.lower() in _channel_names():
            continue  # "posted on LinkedIn ... The company said": a channel, not the company
        if noun not in MEDIA_NOUNS and REPORTING_OUTLET.search(doc_text(doc)[max(0, m.start - 30):m.start]):
            continue  # "a memo seen by Cityline": the outlet that reports, not the company
        # a sports club the recogniser typed as a person ("Dunmore Rovers")
        club = noun in ("club", "team", "side") and ent is not None and bool(
            synonyms & set(ent.name.lower().split()))
        # a business the recogniser typed as a person, named after a business noun
        # ("pharmacy chain Grendale Apotheka ... the company said")
        typed_business = False
        if ent is not None and ent.type == "PERSON" and (noun in BUSINESS_NOUNS or head.lower_ in BUSINESS_NOUNS):
            m_tok = _first_token(doc, m.start)
            prev = doc[m_tok.i - 1] if m_tok is not None and m_tok.i > 0 else None
            typed_business = prev is not None and prev.pos_ == "NOUN" and prev.lower_ in BUSINESS_NOUNS
        if ent is None or ent.type not in ORG_TYPES and not club and not typed_business:
            continue
        names = [ent.name, *ent.aliases]
        score = -1.0
        if places and _org_place_clash(index, places, names):
            continue   # "the Azerbaijani parliament" is not the European Parliament
        for n in names:
            nw = set(re.split(r"[\s\-]+", n.lower().replace("’", "'")))
            if noun in nw or head.lower_ in nw:
                score = max(score, 1 + len((words - {noun}) & nw))
            elif synonyms & nw:
                score = max(score, 0.5)
        all_words = _name_words(names)
        # (a word opening a quoted slogan, "Pünktlich. Punkt.", is no business to refer back to)
        after = doc_text(doc)[m.start:m.start + 42]
        quoted = m.start > 0 and doc_text(doc)[m.start - 1] in "“‘\"«" and bool(
            re.match(r"[^“”\"«»\n]{0,40}?[”\"»’]", after)) and len(re.split(r"[”\"»’]", after)[0].split()) <= 4
        if (ent.type == "ORG" or typed_business) and not (all_words & INSTITUTION_WORDS) and not quoted:
            # salience as for pronouns: recency by sentence, then the mention's role
            # ("Carmaker Velmar Motors will close its Osterby plant, the company said":
            # the subject, not the place name modifying "plant")
            sal = -2.5 * (sent_of[span.root.i] - sent_of[m_tok.i]) + _mention_role(doc, m.start, m.end) \
                if (m_tok := _first_token(doc, m.start)) is not None else -100.0
            business[m.entity] = max(business.get(m.entity, -1e9), sal + m.start * 1e-7)
        if score >= 0:
            # ties go to the more salient mention: the later sentence, then the
            # subject ("Rovena FC lost at Arden City ... the club said" -> Rovena FC)
            m_tok = _first_token(doc, m.start)
            sal = (-2.5 * (sent_of[span.root.i] - sent_of[m_tok.i]) + _mention_role(doc, m.start, m.end)
                   if m_tok is not None else -100.0) + m.start * 1e-7
            if (score, sal) >= (best_score, best_sal):
                best, best_score, best_sal = m.entity, score, sal
    if best is None and (noun in BUSINESS_NOUNS or head.lower_ in BUSINESS_NOUNS) and business \
            and not (noun == "bank" and words & INSTITUTIONAL_QUALIFIERS) and not self_named:
        # ("the central bank" is no business: not the news agency named in the dateline)
        # the one business named before; several: the most recently mentioned
        best = max(business.items(), key=lambda kv: kv[1])[0]
    if best is None and (noun in LEAD_BODY_NOUNS or head.lower_ in BUSINESS_NOUNS) \
            and not business and not self_named and _in_lead(doc, sent_of, span.root.i):
        # a wire lead that names the firm only afterwards ("Employees at a Japanese maker of
        # bearings falsified test data, the company said on Thursday. / Sakuragawa Kogyo said
        # ..."): the first business named in the next sentence
        best = _business_named_next(doc, index, span_end_char, sent_of)
    if best is None and noun in GENERIC_ORG_NOUNS and noun not in BUSINESS_NOUNS and not self_named:
        # "the organisation said": the most recently mentioned organisation (not a ministry
        # or a court when "the union" or "the bank" is meant)
        for m in getattr(index, "mentions", []):
            if m.start >= span_start_char:
                break
            ent = _entity(index, m.entity)
            if ent is not None and ent.type == "ORG" and not (
                    _name_words([ent.name, *ent.aliases]) & STATE_ORGAN_WORDS
                    and not (noun == "agency" and "department" in _name_words([ent.name]))):
                best = m.entity
    if best is None and org_like and not plural and not self_named:
        # "Russian Foreign Ministry spokeswoman Irina V. ... the ministry's statement": the body
        # named only inside a person's title
        best = _body_in_title(index, noun, head.lower_, span_start_char, places,
                              {t.lower_ for t in span if t.i < head.i and t.pos_ in ("NOUN", "ADJ", "PROPN")})
    if best is None and org_like:
        # "the ministry" with no ministry named: a role holder is better than nothing
        return None
    return best


# the portfolio words of a minister whose ministry a bare "the ministry" can be
MINISTRY_PORTFOLIOS = {"foreign", "interior", "defence", "defense", "health", "finance", "trade", "justice",
                       "economy", "energy", "education", "agriculture", "transport", "labour", "labor",
                       "environment", "culture", "tourism", "industry", "commerce", "communications"}


def _owners_body(doc: Doc, index: Any, span: Any, head: Token) -> str | None:
    """"Her foreign ministry" of a person whose title names a country ("Finland's foreign
    minister"): that country's body, "<Demonym> foreign ministry" (the one the article names
    so, else a new organisation of the article)."""
    poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if poss is None:
        return None
    pid = resolve_pronoun(doc, poss.i, index)
    ent = _entity(index, pid) if pid else None
    if ent is None or ent.type != "PERSON":
        return None
    gaz = getattr(index, "gazetteer", None)
    places = _role_places(index, ent) if gaz is not None else []
    dems = next((d for p in places if (d := (gaz.lookup(p) or {}).get("demonyms"))), [])
    if not dems:
        return None
    rest = doc_text(doc)[poss.idx + len(poss.text):span.end_char].strip()
    name = f"{dems[0]} {rest}"
    try:
        return index.find(name) or index.add_entity(name, "ORG")
    except (NotImplementedError, TypeError, AttributeError):
        return None


def _body_in_title(index: Any, noun: str, word: str, before: int, places: set[str],
                   qualifiers: set[str] = frozenset()) -> str | None:
    """The organisation a person's title names with the description's noun ("Russian
    Foreign Ministry spokeswoman" -> "Russian Foreign Ministry"), for the person mentioned
    latest before ``before``; registered as an organisation of the article."""
    for _, ent in _people_before(index, before):
        for role in ent.roles:
            ws = role.split()
            at = next((k for k, w in enumerate(ws) if w.lower() in (noun, word) and w[:1].isupper()), None)
            if at is None and noun == "ministry":
                # "Zaravan Foreign Minister Omar K. ... the ministry": the minister's ministry
                at = next((k for k, w in enumerate(ws) if w == "Minister" and k > 0
                           and ws[k - 1].lower() in MINISTRY_PORTFOLIOS), None)
                if at is not None:
                    ws = [*ws[:at], "Ministry"]
            if at is None or at == 0:
                continue
            k = at
            while k > 0 and ws[k - 1][:1].isupper() and not ws[k - 1].endswith(("'s", "’s")):
                k -= 1
            if at - k < 1:
                continue
            name = " ".join(ws[k:at + 1])
            if places and not any(_place_of(index, w) in places for w in ws[k:at]):
                continue
            if not {q for q in qualifiers if not _place_of(index, q.capitalize())} <= {w.lower() for w in ws[k:at]}:
                continue   # "the agriculture ministry" is not the "Environment Ministry" of a title
            try:
                return index.add_entity(name, "ORG")
            except (NotImplementedError, TypeError, AttributeError):
                return None
    return None


# documents whose author is named after "by" ("the report by Amnesty International")
REPORT_NOUNS = {"report", "study", "survey", "statement", "analysis", "investigation", "audit"}


def _in_lead(doc: Doc, sent_of: list[int], i: int) -> bool:
    """Whether token ``i`` is in the story's first sentence, or in the headline line and the
    sentence after it."""
    n = sent_of[i]
    if n == 0:
        return True
    if n > 1:
        return False
    first = doc[0].sent
    return not first.text.rstrip().endswith((".", "!", "?", '"', "”", "’"))


def _business_named_next(doc: Doc, index: Any, after: int, sent_of: list[int], _depth: int = 0) -> str | None:
    """The organisation that is the subject of the sentence after ``after``'s (a lead's "the
    company said" or "a German charity said" before the body is named: "Mare Libero said
    its ship ..."): a named organisation, not an institution, a channel or a place; a name
    the recogniser missed there becomes an organisation of its own."""
    first = _first_token(doc, max(0, after - 1))
    if first is None:
        return None
    starts = _sent_starts(doc)
    n = sent_of[first.i] + 1
    while n < len(starts) and not doc_text(doc)[starts[n]:starts[n + 1] if n + 1 < len(starts) else None].strip():
        n += 1
    tok = _first_token(doc, starts[n]) if n < len(starts) else None
    if tok is None:
        return None
    root = tok.sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    from narrascope import actors
    if subj is not None and actors._dateline_word(subj):
        subj = None   # the dateline's place ("SAN SALVADOR, July 15 - ...") taken for the subject
    if subj is None and _depth < 1:
        # ("SAN SALVADOR, July 15 - A human rights organization ...": hung on the dateline)
        subj = next((t for t in tok.sent if t.dep_ == "appos" and t.pos_ == "NOUN"
                     and t.lemma_.lower() in LEAD_BODY_NOUNS), None)
    if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in LEAD_BODY_NOUNS \
            and _depth < 1:
        # a headline's "Rights group accuses ...", then the lead's "A human rights
        # organization accused ...": the body that the lead in turn names next
        return _business_named_next(doc, index, subj.idx + len(subj.text), sent_of, _depth=_depth + 1)
    if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in REPORT_NOUNS:
        # "The 112-page report by the Observatorio Ciudadano (OCDH) says ...": its author
        by = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("by", "of", "from")), None)
        subj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if subj is None or subj.pos_ != "PROPN":
        return None
    j = actors.name_start(subj)
    s, e = doc[j].idx, subj.idx + len(subj.text)
    eid = index.entity_at(subj.idx, subj.idx + len(subj.text))
    if eid is None:
        if any(t.ent_type_ for t in doc[j:subj.i + 1]):
            return None   # a person or place the recogniser typed, left out of the index
        return actors._ensure(index, doc_text(doc)[s:e], "ORG", (s, e))
    ent = _entity(index, eid)
    if ent is None or ent.type != "ORG" or ent.name.lower() in _channel_names():
        return None
    if _name_words([ent.name, *ent.aliases]) & INSTITUTION_WORDS:
        return None
    return eid


# bodies of a state that "the union", "the bank" or "the agency" never refers back to
STATE_ORGAN_WORDS = {"ministry", "department", "government", "cabinet", "parliament", "court", "embassy", "police"}


def _name_words(names: list[str]) -> set[str]:
    """The lower-case words of an entity's names (split at spaces and hyphens)."""
    return {w for n in names for w in re.split(r"[\s\-]+", n.lower())}
