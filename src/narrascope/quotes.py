"""Direct, indirect and mixed quotes with their speakers, cue, channel and date.

``find_quotes(doc, index, *, published=None) -> list[Quote]`` is a pure
function over a parsed Doc (it only adds entities/roles to ``index``). Offsets
index ``doc.text``; ``doc.text[q.start:q.end] == q.text`` always holds. Span
conventions follow ``eval/README.md``.

How it works (rules in the spirit of Pareti's attribution relations, PARC, and
textacy's ``direct_quotations``):

1. **Direct quotes** are found on the characters, not the parse: quote marks
   " “ ” „ ‘ ’ « » ‹ › are paired per paragraph (double marks first, single
   marks only outside double-quoted text and only at word boundaries, so an
   apostrophe — "don't", "Serbia's", "leaders’" — never pairs). A paragraph
   that opens a quote without closing it continues at the next paragraph's
   opening mark (one quote over several paragraphs).
2. Each quoted span gets an **attribution**: a reporting verb (lexicon
   ``data/speech_verbs.txt``, matched on lemmas) outside quote marks in the
   same sentence — after the quote (", he said", ", said Smith") or before it
   ("Smith said:"), a "— Name" dash signature, "according to X", a "Speaker:"
   headline colon, a speech verb in the previous sentence ending in a colon,
   or, for a quote that is a sentence of its own, the speaker of the previous
   quote or the subject of the previous sentence.
3. **Not speech**: a quoted span with no attribution that is short (at most
   ``LABEL_MAX_WORDS`` words) or not sentence-like is a label or scare quote
   ("a so-called "special operation""). Those are not quotes; they are
   returned by :func:`find_scare_quotes` for callers who want them.
4. **Indirect and mixed speech** come from the dependency parse: a reporting
   verb's clausal complement (``ccomp``; "X said (that) ...", "..., X said",
   "X told Y ..."), or the clause an "according to X" phrase modifies. When
   the clause contains a quoted fragment it is a "mixed" quote spanning the
   whole clause; when the clause is nothing but a direct quote the direct
   quote stands.
5. **Speakers**: the cue's subject (or the object of "according to"),
   resolved as a named mention (``index.entity_at``), a pronoun
   (:func:`narrascope.coref.resolve_pronoun`), a description
   (:func:`narrascope.coref.resolve_nominal`) or a group/organisation noun
   ("protesters", "police"), registered with ``index.add_entity`` when no
   entity exists. Appositions at the attribution ("Y, the mayor of Z, said")
   are added as roles with ``index.add_role``.
6. **Medium and date**: modifiers of the cue — "told news agency RIA Novosti",
   "on Twitter", "tweeted", "in a televised interview" — give ``medium_text``
   and, when a channel is named, ``medium``; a time expression attached to the
   cue is resolved with :func:`narrascope.timex.resolve` against ``published``.
"""

from __future__ import annotations

import datetime as dt
import bisect
import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Token

from narrascope import coref
from narrascope.model import Quote
from narrascope.nlp import doc_text as _text  # Doc.text is rebuilt by spaCy on every access
from narrascope.nlp import CLOSING_MARKS, entity_span_at, headline_end, sent_start_back

# the entity finder's title words ("ambassador", "spokesman", ...) and words naming a
# person by origin or party ("the Scot", "the Spaniard", "the Ohio Republican")
from narrascope.entities import NAME_PARTICLES, NATIONALITY_NOUNS, ORIGIN_PERSON_WORDS, TITLE_WORDS

# --------------------------------------------------------------------------- constants

DOUBLE_OPEN = {"“": "”", "„": "“”", "«": "»", '"': '"', "”": "”"}
DOUBLE_MARKS = set('"“”„«»')
SINGLE_OPEN = {"‘": "’", "'": "'", "‹": "›", "‚": "‘’"}

LABEL_MAX_WORDS = 4
# verbs whose gerund complement is the reported content ("denied targeting civilians"); not
# "admitted causing death by dangerous driving", a plea in court rather than a statement
GERUND_REPORT_VERBS = {"deny"}
WHAT_CALLED = re.compile(r"\bwhat\s+(?:[\w’'.-]+\s+){1,4}?(?:(?:has|had|have)\s+)?"
                         r"(?P<verb>calls|called|call|terms|termed|dubs|dubbed|describes|described)(?:\s+as)?"
                         r"(?:\s+(?:the|their|his|her|its)\s+[\w-]+(?:\s+[\w-]+)?['’]s?)?\s*$", re.I)
LABEL_BEFORE = re.compile(r"\b(so-called|called|dubbed|known as|termed|labelled|labeled|branded)\s*$", re.I)
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
PRONOUNS = coref.PERSON_PRONOUNS | coref.NEUTER_PRONOUNS | coref.PLURAL_PRONOUNS | {
    "i", "we", "you", "me", "us",
}
MEDIUM_ENT_TYPES = {"ORG", "PRODUCT", "WORK_OF_ART", "FAC"}
SOCIAL = {"twitter": "Twitter", "telegram": "Telegram", "facebook": "Facebook",
          "instagram": "Instagram", "tiktok": "TikTok", "youtube": "YouTube",
          "vk": "VK", "weibo": "Weibo", "truth social": "Truth Social"}
TWEET_VERBS = {"tweet", "retweet"}
ORG_NAME_WORDS = {"company", "ministry", "council", "bank", "group", "association", "agency",
                  "party", "union", "corporation", "inc", "ltd", "office", "service", "institute",
                  "university", "hospital", "police", "army", "court", "commission", "committee",
                  "foundation", "house", "government", "federation", "club", "fc"}
DATE_WORDS = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
    r"tonight|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b",
    re.I,
)
LEADING_TIME = re.compile(
    r"(?:(?:(?:late|early)\s+)?on\s+|late\s+|early\s+)?"
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)"
    r"(?:\s+(?:morning|evening|afternoon|night))?|(?:last|this)\s+(?:night|morning|evening|afternoon|week))"
    r"\s*,?\s+",
    re.I,
)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _read_lines(name: str) -> list[str]:
    text = resources.files("narrascope.data").joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Lemmas of reporting verbs (``data/speech_verbs.txt``)."""
    return frozenset(v.lower() for v in _read_lines("speech_verbs.txt"))


@lru_cache(maxsize=1)
def group_nouns() -> dict[str, str]:
    """Head noun -> entity type for organisation/group speakers (``data/quotes_nouns.txt``)."""
    out: dict[str, str] = {}
    for ln in _read_lines("quotes_nouns.txt"):
        noun, _, etype = ln.partition("\t")
        out[noun.strip().lower()] = (etype.strip() or "GROUP")
    return out


@lru_cache(maxsize=1)
def medium_nouns() -> frozenset[str]:
    return frozenset(v.lower() for v in _read_lines("quotes_media.txt"))


# --------------------------------------------------------------------------- records


@dataclass
class QuotedSpan:
    """A stretch of text between quote marks. ``start``/``end`` exclude the marks."""

    open: int      # offset of the opening mark
    close: int     # offset just past the closing mark
    start: int
    end: int


@dataclass
class Attribution:
    cue: Token | None
    cue_text: str | None
    speaker: Token | None          # head of the speaker phrase
    speaker_span: tuple[int, int] | None = None
    speaker_id: str | None = None
    speaker_kind: str | None = None
    # no speaker, but only because the words that look like one are a time, the
    # addressee or the reported clause's own subject: the report still stands
    blocked: bool = False
    # "Interfax quoted him as saying": the outlet that quotes is the channel
    channel: Token | None = None


# --------------------------------------------------------------------------- direct spans


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _single_open_ok(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (not _is_word(prev)) and prev not in "'’" and not nxt.isspace() and nxt != ""


def _single_close_ok(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (not prev.isspace()) and not _is_word(nxt)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    # a trailing comma just inside the closing mark is not part of the quote
    while e > s and text[e - 1] in ",;:":
        e -= 1
        while e > s and text[e - 1].isspace():
            e -= 1
    return s, e


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Every stretch of text between paired quote marks (see module docstring).

    Returns spans sorted by start; marks are excluded from ``start``/``end``.
    """
    # typewriter doubles (``like this'' or ''like this'') act as one straight double
    # mark; work on a copy of the same length so offsets stay valid
    original = text
    text = text.replace("``", " \"").replace("''", " \"")
    paras = _paragraphs(text)
    spans: list[QuotedSpan] = []
    carry: int | None = None          # opening mark of a quote continued from an earlier paragraph
    for pi, (ps, pe) in enumerate(paras):
        open_at: int | None = None
        closers = ""
        i = ps
        if carry is not None:
            # the paragraph re-opens the continued quote with an opening mark
            j = ps
            while j < pe and text[j].isspace():
                j += 1
            if j < pe and text[j] in DOUBLE_OPEN:
                open_at = carry
                closers = DOUBLE_OPEN.get(text[j], '"') + '"”'
                i = j + 1
            carry = None
        while i < pe:
            ch = text[i]
            if ch in DOUBLE_MARKS:
                if open_at is None:
                    if ch in DOUBLE_OPEN and ch != "”":
                        open_at, closers = i, DOUBLE_OPEN[ch]
                    elif ch == "”":
                        # a stray closing mark used as an opener ("”text”") in some feeds
                        if i + 1 < pe and not text[i + 1].isspace():
                            open_at, closers = i, "”"
                    elif ch == "»" and i + 1 < pe and not text[i + 1].isspace() and "«" in text[i + 1:pe]:
                        # German order (»unjustified«): the marks point inwards
                        open_at, closers = i, "«"
                elif ch in closers or (ch == '"' and closers == '"') or (
                        # mixed styles in one quote ('“...," he said', '"...” she said'):
                        # a mark of the other style in closing position closes it,
                        # unless that style already opened a nested quote
                        ch in '"”' and closers in ('"', "”") and ch not in text[open_at + 1:i]
                        and "“" not in text[open_at + 1:i] and not text[i - 1].isspace()
                        and (i + 1 >= pe or text[i + 1].isspace() or text[i + 1] in ",.;:!?")) or (
                        # an opening curly mark typed as the closer ('“...,“ said X'):
                        # glued to the quote's last punctuation and followed by a space,
                        # where a real opener is followed by the quoted word
                        ch == "“" and closers == "”" and text[i - 1] in ",.!?"
                        and (i + 1 >= pe or text[i + 1].isspace())) or (
                        # ... or glued to the quote's last word ('an “expedited review“ of'):
                        # a real opener follows a space and precedes a word
                        ch == "“" and closers == "”" and text[i - 1].isalpha() and "“" not in text[open_at + 1:i]
                        and (i + 1 >= pe or text[i + 1].isspace() or text[i + 1] in ",.;:!?)")):
                    spans.append(QuotedSpan(open_at, i + 1, *_trim(text, open_at + 1, i)))
                    open_at = None
            i += 1
        if open_at is not None:
            nxt = paras[pi + 1][0] if pi + 1 < len(paras) else None
            if nxt is not None:
                j = nxt
                while j < len(text) and text[j].isspace():
                    j += 1
                if j < len(text) and text[j] in DOUBLE_OPEN and text[j] != "”":
                    carry = open_at
                    continue
            # unclosed to the end of the paragraph: take it when it is sentence-like
            s, e = _trim(text, open_at + 1, pe)
            if e - s > 0:
                spans.append(QuotedSpan(open_at, pe, s, e))
    # single quotes outside the double-quoted spans
    covered = _Spans((sp.open, sp.close) for sp in spans)

    def inside(k: int) -> bool:
        return covered.covers(k)

    resume = 0
    for ps, pe in paras:
        i = max(ps, resume)
        while i < pe:
            ch = text[i]
            if ch in SINGLE_OPEN and ch != "’" and not inside(i) and _single_open_ok(text, i):
                closers = SINGLE_OPEN[ch]
                k = i + 1
                found = None
                limit = pe
                while k < limit:
                    if inside(k):
                        break
                    if k + 1 == limit and limit < len(text):
                        # unclosed at the paragraph end: the quote goes on when the
                        # next paragraph re-opens it
                        j = limit
                        while j < len(text) and text[j].isspace():
                            j += 1
                        if j < len(text) and text[j] == ch:
                            nxt = text.find("\n", j)
                            limit = len(text) if nxt < 0 else nxt
                            k = j + 1
                            continue
                    if text[k] in closers and _single_close_ok(text, k):
                        # an apostrophe of a plural possessive ("leaders’ meeting") is
                        # followed by a space and a lower-case word inside a sentence;
                        # accept it only when the next non-space char is not a letter
                        # or the quote ends with punctuation
                        after = text[k + 1:k + 3]
                        if text[k - 1] in ".,!?;:" or not after.strip() or not after.strip()[0].isalpha():
                            found = k
                            break
                        if text[k - 1] != "s" or _closing_word(text, k + 1):
                            # ("of 'gambling with riders’ lives’ on Monday": a plural
                            # possessive is followed by its noun, never by "on"/"and"/"said")
                            found = k
                            break
                    k += 1
                if found is not None:
                    spans.append(QuotedSpan(i, found + 1, *_trim(text, i + 1, found)))
                    i = resume = found + 1
                    continue
            i += 1
    spans = [sp for sp in spans if sp.end > sp.start]
    # a doubled typewriter mark opens at its first character
    for sp in spans:
        if sp.open > 0 and original[sp.open - 1:sp.open + 1] in ("''", "``"):
            sp.open -= 1
    spans.sort(key=lambda sp: sp.open)
    return spans


# words that follow a closing quote mark, never a possessive apostrophe ("riders’ lives")
_AFTER_CLOSE = frozenset("""on and in at after as to for with from by but or said says while when before over
during of that which than told added wrote""".split())


def _closing_word(text: str, k: int) -> bool:
    m = re.match(r"\s+([a-z]+)\b", text[k:k + 20])
    return m is not None and m.group(1) in _AFTER_CLOSE


# --------------------------------------------------------------------------- helpers




class _Spans(list):  # type: ignore[type-arg]
    """(start, end) pairs with a fast "is offset k inside one of them" test
    (bisect on the starts plus a running maximum of the ends)."""

    def __init__(self, pairs: Any = ()) -> None:
        super().__init__(sorted(pairs))
        self._starts = [a for a, _ in self]
        self._reach: list[int] = []
        top = -1
        for _, b in self:
            top = max(top, b)
            self._reach.append(top)

    def covers(self, k: int) -> bool:
        n = bisect.bisect_right(self._starts, k)
        return n > 0 and self._reach[n - 1] > k


def _covers(spans: Any, k: int) -> bool:
    """Whether offset ``k`` lies in one of the (start, end) pairs ``spans``."""
    if isinstance(spans, _Spans):
        return spans.covers(k)
    return any(a <= k < b for a, b in spans)


def _ent_containing(doc: Doc, i: int) -> Any:
    """The entity span of ``doc.ents`` that holds token ``i``, or None (from the IOB
    tags: ``doc.ents`` rebuilds every span of the Doc per access)."""
    return entity_span_at(doc, i)


def _tokens_in(doc: Doc, s: int, e: int) -> list[Token]:
    span = doc.char_span(s, e, alignment_mode="contract") if e > s else None
    return list(span) if span is not None else []


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _skip_space(tok: Token) -> Token:
    """The first token at or after ``tok`` that is not whitespace (the doc's last token at worst)."""
    doc = tok.doc
    while tok.is_space and tok.i + 1 < len(doc):
        tok = doc[tok.i + 1]
    return tok


FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def _marked_that(tok: Token) -> bool:
    """Whether ``tok`` heads a clause opened by the complementiser "that"."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in tok.children)


# verbs that report a finding only with a that-clause ("The researchers found that ...",
# "the court held that ..."); without one they are acts ("found the body", "held talks")
FINDING_VERBS = {"find", "hold", "rule", "establish", "determine"}


# verbs that report a retort with "back" ('"...," the Idaho Republican shot back')
RETORT_VERBS = {"shoot", "fire", "hit", "snap", "push"}


def _is_cue(tok: Token) -> bool:
    if tok.lemma_.lower() in RETORT_VERBS and tok.pos_ == "VERB" and any(
            c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in tok.children) and not any(
            c.dep_ in ("dobj", "prep") and c.i > tok.i for c in tok.children):
        # a retort cues a quotation next to it, never a clause
        near = tok.doc[max(tok.sent.start, tok.i - 8):min(tok.sent.end, tok.i + 4)]
        return any(t.text in CLOSING_MARKS or t.text in ("“", "\"", "‘", "«") for t in near)
    # "pointed out that ...": "point" reports only with its particle
    if tok.lemma_.lower() == "point" and tok.pos_ == "VERB":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
    return tok.lemma_.lower() in speech_verbs() and tok.pos_ in ("VERB", "AUX") or (
        tok.lower_ in ("said", "says", "told", "tweeted", "wrote", "added") and tok.pos_ != "NOUN"
    ) or tok.lemma_.lower() in FINDING_VERBS and tok.pos_ == "VERB" and any(
        c.dep_ == "ccomp" and _marked_that(c) for c in tok.children)


def _subject(verb: Token) -> Token | None:
    # two subjects (a misparsed fronted phrase: "Outside parliament, protesters
    # chanted"): the one next to the verb
    subs = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.dep_ != "csubj"]
    if len(subs) > 1:
        # "Petra Sova, whose Green-Liberals took 7.9%, told VTV": a subject owned by
        # "whose" belongs to the relative clause the parser flattened
        subs = [c for c in subs if not any(g.lower_ == "whose" for g in c.children)] or subs
    if len(subs) > 1:
        before = [c for c in subs if c.i < verb.i]
        return before[-1] if before else subs[0]
    if subs:
        if subs[0].tag_ == "VBG" and subs[0].i < verb.i and (name := _name_before_cue(verb)) is not None \
                and subs[0].left_edge.i <= name.i <= subs[0].right_edge.i:
            return name  # "Speaking at a rally, the union's president, X, said": the parser's subject is the aside
        return subs[0]
    for c in verb.children:
        if c.dep_ in SUBJECT_DEPS and c.dep_ != "csubj":
            return c
    # "She said [her government would not sign ...] and accused ...": the parser
    # often hangs the second cue on the reported clause; it belongs to the speaker
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and _is_cue(verb) and _is_cue(verb.head.head):
        return _subject(verb.head.head)
    # 'wrote that the figure was "the result of discipline, not luck", and accused ...':
    # the parser hangs the second cue on a noun deep in the report; after ", and" it is
    # the reporting verb's own next act
    reporter = _reporting_conj_head(verb)
    if reporter is not None:
        return _subject(reporter)
    # "X, who ..., said" / conjoined verbs share the subject: "X smiled and said"
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    # "He adopted a fake accent and joked": the parser coordinates the verb with the
    # object noun; it shares the subject of the verb that governs that noun
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and verb.head.pos_ in ("NOUN", "PROPN") \
            and verb.head.dep_ in ("dobj", "attr") and verb.head.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head.head)
    # participial attributions: "..., saying that" -> the main clause subject; when the
    # parser hangs "adding that ..." on the reported clause ("X said A had been delayed,
    # adding that ..."), the reporting verb's subject
    if verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        if (_is_cue(verb) or verb.lemma_.lower() in LABEL_VERBS) and verb.head.dep_ == "ccomp" \
                and _is_cue(verb.head.head) and verb.head.head.i < verb.head.i:
            return _subject(verb.head.head)
        return _subject(verb.head)
    # "was quick to call ...", "was careful to note ...": the subject of the copula
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp" \
            and verb.head.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head.head)
    # "began by saying", "responded by insisting", "after saying": the gerund
    # shares the subject of the verb its preposition hangs on ("for" differs:
    # "criticised X for saying" -> X, handled by the caller)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in ("by", "after", "before", "while") \
            and verb.head.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head.head)
    # "Kasich offered the man a job, then says he will ...": the parser makes the first
    # verb a clause reported by the second; its subject is the speaker
    before = _misparsed_first_conjunct(verb)
    if before is not None:
        return next(c for c in before.children if c.dep_ == "nsubj")
    # "Standing outside the school, Pauline Rigg, 73, told the Echo": the parser makes the
    # opening participle the subject and hangs the name on it; the name set off by
    # commas right after the participle phrase is the speaker
    csubj = next((c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG" and c.i < verb.i), None)
    if csubj is not None:
        for t in csubj.subtree:
            if t.dep_ in ("npadvmod", "appos", "dep") and t.head.i == csubj.i and t.pos_ == "PROPN" \
                    and (t.ent_type_ in ("PERSON", "ORG") or not t.ent_type_ and t.is_title) \
                    and t.i > 0 and t.doc[t.left_edge.i - 1].text == ",":
                return t
    return _name_before_cue(verb)


def _name_before_cue(verb: Token) -> Token | None:
    """"At a rally in Abuja, the President of the Nigeria Labour Congress (NLC), Comrade
    Musa Adeyemi, said": after a fronted phrase the parser hangs the whole subject on the
    phrase's last noun and leaves the cue without one; the person's name set off by
    commas right before the cue is its subject."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    t = doc[verb.i - 2]
    if t.pos_ != "PROPN" or t.ent_type_ != "PERSON" or t.dep_ not in ("appos", "conj", "npadvmod", "dep") \
            or t.head.i > t.i:
        return None
    first = t
    while first.i > 0 and (doc[first.i - 1].ent_type_ == "PERSON" or doc[first.i - 1].pos_ == "PROPN"
                           and doc[first.i - 1].dep_ == "compound" and doc[first.i - 1].head.i == t.i):
        first = doc[first.i - 1]
    if first.i < 2 or doc[first.i - 1].text != ",":
        return None
    before = doc[first.i - 2]
    if before.pos_ == "NOUN" and before.dep_ == "pobj":
        # "the family of the missing activist, Joseph Mwangi, said": the name is the activist's, unless
        # the phrase opens on a title ("the ministry's director for disease control, Dr. Ratna W.")
        top = before
        while top.dep_ in ("pobj", "prep") and top.head.i < top.i:
            top = top.head
        if top.lemma_.lower() not in TITLE_WORDS:
            return None
    return t


def _reporting_conj_head(verb: Token) -> Token | None:
    """The reporting verb whose next act a cue after ", and" is when the parser hangs it
    low inside the report, on a noun or on a verb with no subject ('wrote that the figure
    was "the result of discipline, not luck", and accused ...'): the cue of the same tense
    whose that-clause holds it."""
    # "told the briefing that Brussels expected Belgrade to respect X and urged all sides
    # to ...": a finite cue the parser coordinated with an infinitive belongs higher up
    infinitive = verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and verb.head.tag_ == "VB" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.head.children) \
        and verb.i >= 1 and verb.doc[verb.i - 1].lower_ == "and"
    if not infinitive and (verb.dep_ != "conj" or not _is_cue(verb) or verb.i < 2
                           or verb.doc[verb.i - 1].lower_ != "and" or verb.doc[verb.i - 2].text != ","):
        return None
    if not _is_cue(verb):
        return None
    if not infinitive and verb.head.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS for c in verb.head.children):
        return None
    up = verb.head
    for _ in range(3 if infinitive else 1):
        while up.dep_ != "ccomp" and up.head.i != up.i:
            up = up.head
        if up.dep_ == "ccomp" and _is_cue(up.head) and up.head.i < verb.i and up.head.tag_ == verb.tag_:
            return up.head
        if up.dep_ != "ccomp":
            break
        up = up.head
    return None


def _misparsed_first_conjunct(verb: Token) -> Token | None:
    """The clause before a subjectless cue that is really the first of two coordinated
    acts ("X offered Y a job, then says ...", "X shrugged and says ..."): a ccomp before
    the cue with a subject of its own, a comma or "and" and/or "then" between, and a
    ccomp after the cue as what was said."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    before = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i
                   and any(g.dep_ == "nsubj" for g in c.children)), None)
    if before is None or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    gap = {t.lower_ for t in verb.doc[before.right_edge.i + 1:verb.i]}
    return before if gap and gap <= {",", "and", "then", "but", "later"} and gap & {"then", "and"} else None


def _cue_text(doc: Doc, verb: Token) -> str:
    # phrasal verbs ("pointed out") keep their particle
    prt = [c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]
    if prt:
        return _text(doc)[verb.idx:prt[0].idx + len(prt[0].text)]
    return verb.text


def _noun_phrase(tok: Token) -> tuple[int, int]:
    """Offsets of the speaker phrase headed by ``tok`` without relative clauses,
    appositions and prepositional tails."""
    left = tok
    for c in tok.lefts:
        if c.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case") or c.dep_ == "punct" and c.text in "-":
            left = min(left, c.left_edge, key=lambda t: t.i)
    if _is_age_head(tok) and tok.i >= 4 and tok.doc[tok.i - 4].like_num:
        # "the 47-year-old" parsed as a modifier of a later noun: the age and its article
        age = tok.doc[tok.i - 4]
        if age.i > 0 and tok.doc[age.i - 1].lower_ in ("the", "a", "an"):
            age = tok.doc[age.i - 1]
        left = min(left, age, key=lambda t: t.i)  # never shorter than the parse gave ("the Portuguese 23-year-old")
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in COLLECTIVE_NOUNS:
        left = min(left, tok.head.head.left_edge, key=lambda t: t.i)  # "Hundreds of farmers", "a team of researchers"
    right = tok
    for c in tok.rights:
        # "the head of state": an office written as a phrase keeps its "of" tail
        office = c.dep_ == "prep" and c.lower_ == "of" and tok.lower_ in ("head", "heads") \
            and any(g.dep_ == "pobj" and g.lower_ in ("state", "government") for g in c.children)
        if c.dep_ in ("flat", "compound") or office:
            right = max(right, c.right_edge, key=lambda t: t.i)
    return left.idx, right.idx + len(right.text)


def _propn_run(tok: Token) -> tuple[int, int]:
    """Offsets of the proper-name run around ``tok`` ("Maria Zakharova")."""
    doc = tok.doc
    i = j = tok.i
    while i - 1 >= 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].head.i in range(i - 1, tok.i + 2) and doc[i - 1].dep_ in ("compound", "flat", "nmod", "amod"):
        i -= 1
    while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].dep_ in ("flat", "compound", "appos") and doc[j + 1].head.i == tok.i:
        j += 1
    # hyphenated names ("Botsan-Kharchenko"): take the parts joined without spaces
    while i - 2 >= 0 and doc[i - 1].text in ("-", "‐") and not doc[i - 1].whitespace_ \
            and not doc[i - 2].whitespace_ and doc[i - 2].pos_ == "PROPN":
        i -= 2
        while i - 1 >= 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].dep_ in ("compound", "flat") \
                and doc[i - 1].head.i in range(i, tok.i + 1):
            i -= 1
    return doc[i].idx, doc[j].idx + len(doc[j].text)


def _entity_type(index: Any, eid: str | None) -> str | None:
    ent = getattr(index, "entities", {}).get(eid) if eid else None
    return ent.type if ent is not None else None


# Thin accessors over the EntityIndex protocol (narrascope.entities.EntityIndex;
# tests pass a smaller stand-in without ``find``).
def _entity_at(index: Any, s: int, e: int) -> str | None:
    return index.entity_at(s, e)


def _find(index: Any, name: str) -> str | None:
    fn = getattr(index, "find", None)
    return fn(name) if fn is not None else None


def _add_entity(index: Any, name: str, etype: str, mention: tuple[int, int] | None,
                aliases: tuple[str, ...] = ()) -> str | None:
    return index.add_entity(name, etype, aliases=aliases, mention=mention)


def _add_role(index: Any, eid: str, role: str) -> None:
    """Record ``role`` ("the mayor of Z," -> "mayor of Z") when anything is left of it."""
    role = re.sub(r"^(the|a|an)\s+", "", role, flags=re.I).strip(" ,")
    if role:
        index.add_role(eid, role)


# --------------------------------------------------------------------------- speakers


def _advocacy_name(doc: Doc, head: Token) -> tuple[int, int] | None:
    """Offsets of an advocacy group's name written as a capitalised plural noun and a
    title-case tail ("Taxpayers for a Fair Riverbend", "Parents Against Closures",
    "Doctors Without Borders"), or None."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or not head.text[:1].isupper():
        return None
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "against", "without")), None)
    if prep is None or prep.i != head.i + 1:
        return None
    tail = [t for t in prep.subtree if t.i > prep.i]
    # the name stops before a comma, an apposition or a clause
    name = []
    for t in tail:
        if t.is_punct or t.dep_ in ("appos", "relcl", "acl") or t.i != (name[-1].i + 1 if name else prep.i + 1):
            break
        name.append(t)
    if not name or not name[-1].text[:1].isupper() or not all(
            t.text[:1].isupper() or t.lower_ in ("a", "an", "the", "of", "and", "for") for t in name):
        return None
    return head.idx, name[-1].idx + len(name[-1].text)


# a count or a collective before a group's name: "eight", "dozens of", "a small group of"
COUNT_PREFIX = re.compile(r"^(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                          r"(?!\s+(?:in|of|out|percent|per)\b)|dozens of|"
                          r"hundreds of|thousands of|scores of|millions of|(?:[a-z-]+ )?(?:team|group|panel|"
                          r"coalition|network|consortium) of)\s+(?=\w)", re.I)


def _organiser(doc: Doc, head: Token, index: Any) -> str | None:
    """"The organisers, the Free Screens coalition, said", "Organisers said ... / the Madrid
    Tenants' Union, which organised the march": the one body the article names as the event's
    organiser (in apposition, or as the subject or "by" agent of "organise")."""
    for c in head.children:
        if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN"):
            names = [t for t in c.subtree if t.pos_ == "PROPN"]
            if not names:
                return None   # "The organisers, a group of local volunteers, said": no body named
            s, e = names[0].idx, names[-1].idx + len(names[-1].text)
            full_e = c.idx + len(c.text) if c.i > names[-1].i else e
            eid = _entity_at(index, s, full_e)
            if eid is None and all(t.dep_ in ("compound", "flat") or t.i == c.i for t in names) \
                    and c.i == names[-1].i + 1 and c.lower_ in ORG_NAME_WORDS | {"coalition", "alliance", "campaign"}:
                # "the Free Screens coalition": a body's name the recogniser missed
                eid = _add_entity(index, _text(doc)[s:e], "ORG", (s, e), aliases=(_text(doc)[s:full_e],))
            if eid is not None and _entity_type(index, eid) in ("ORG", "GROUP"):
                return eid
    # the event the organisers organised: their own "of" phrase, else an event named in their
    # sentence or the two before ("The march drew 40,000. Organisers said ...")
    of = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"), None)
    if of is not None:
        events = {of.lemma_.lower()}
    else:
        lo = doc[sent_start_back(head, 2)].i
        events = {t.lemma_.lower() for t in doc[lo:head.sent.end] if t.lemma_.lower() in EVENT_NOUNS}
    found: set[str] = set()
    for t in doc:
        if t.lemma_.lower() not in ("organise", "organize") or t.pos_ != "VERB":
            continue
        obj = _organised_event(t)
        if obj is None or obj.lemma_.lower() not in events:
            continue   # a body that organised something else (a separate rally, a counter-summit)
        agents = [c for c in t.children if c.dep_ == "nsubj"]
        agents += [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        for a in agents:
            if a.lower_ in ("which", "who", "that") and t.dep_ == "relcl":
                a = t.head
            eid = _entity_at(index, *_propn_run(a)) if a.pos_ == "PROPN" else _entity_at(index, a.idx, a.idx + len(a.text))
            if eid is not None and _entity_type(index, eid) == "ORG":
                found.add(eid)
    return next(iter(found)) if len(found) == 1 else None


# events that have organisers
EVENT_NOUNS = {"march", "protest", "rally", "demonstration", "strike", "vigil", "boycott", "sit-in", "blockade",
               "walkout", "summit", "conference", "festival", "marathon", "race", "concert", "parade", "event",
               "campaign", "petition", "referendum", "tournament", "fair", "exhibition", "forum", "meeting"}


def _organised_event(verb: Token) -> Token | None:
    """What an "organise" verb organised: its object ("which organised the march"), or the noun
    a participle describes ("the festival, organised by Live Nation"), or a passive subject."""
    # (the parser may hang the object as an adverbial noun: "which organised the march")
    obj = next((c for c in verb.children if c.dep_ == "dobj" or c.dep_ == "npadvmod" and c.pos_ == "NOUN"), None)
    if obj is not None:
        return obj
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


# a body's unit that speaks for it: "the court's press service", "the ministry's press office"
PRESS_UNITS = {"service", "office", "department", "centre", "center", "desk", "team", "unit", "secretariat"}
PRESS_UNIT_WORDS = {"press", "media", "information", "communications", "communication"}
COLLECTIVE_NOUNS = {"team", "group", "panel", "coalition", "network", "consortium",
                    "dozens", "hundreds", "thousands", "scores", "millions"}


def _resolve_speaker(doc: Doc, head: Token, index: Any, prior: list[tuple[int, str]]) -> Attribution:
    """Speaker entity, surface span and kind for the subject head ``head``."""
    if head.lower_ in COLLECTIVE_NOUNS:
        # "an international team of researchers reported", "a group of lawmakers said":
        # the people named after "of" speak (a group), not the word "team"
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        members = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if members is not None and members.tag_ == "NNS" and (
                _group_type(members) == "GROUP" or head.tag_ == "NNS" and members.pos_ == "NOUN"):
            head = members
    att = Attribution(cue=None, cue_text=None, speaker=head)
    low = head.lower_
    if head.pos_ == "PRON" or low in PRONOUNS:
        att.speaker_span = (head.idx, head.idx + len(head.text))
        att.speaker_kind = "pronoun"
        att.speaker_id = coref.resolve_pronoun(doc, head.i, index, prior_speakers=prior)
        if low == "they":
            group = _previous_group_subject(doc, head, index)
            if group is not None:
                att.speaker_id = group
        if att.speaker_id is None and low in ("it", "they"):
            att.speaker_id = _previous_named_body(doc, head, index)
        return att
    if head.pos_ == "NOUN" and head.text[:1].islower() and any(ch.isupper() for ch in head.text[1:]) \
            and (eid := _entity_at(index, head.idx, head.idx + len(head.text))) is not None:
        # "easyJet said": a lower-camel-case brand the tagger read as a common noun
        att.speaker_span, att.speaker_id = (head.idx, head.idx + len(head.text)), eid
        att.speaker_kind = "organisation" if _entity_type(index, eid) != "PERSON" else "named"
        return att
    if head.lower_ == "bank" and any(c.lower_ == "central" for c in head.children):
        # "the Thai central bank said" (the tagger may take "bank" for a name): the state's
        # central bank by its own name, when known
        from narrascope import actors
        eid, _ = actors.resolve_actor(doc, head, index, as_actor=False)
        if eid is not None and index.gazetteer is not None \
                and (index.gazetteer.lookup(index.entities[eid].name) or {}).get("central_bank_of"):
            att.speaker_span, att.speaker_id, att.speaker_kind = _noun_phrase(head), eid, "organisation"
            return att
    if head.lemma_.lower() in ("organiser", "organizer") and head.pos_ == "NOUN":
        body = _organiser(doc, head, index)
        if body is not None:
            att.speaker_span, att.speaker_id, att.speaker_kind = _noun_phrase(head), body, "organisation"
            return att
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None and head.lemma_.lower() in PRESS_UNITS and head.is_lower and owner.pos_ in ("NOUN", "PROPN") \
            and any(c.dep_ in ("compound", "amod") and c.text in PRESS_UNIT_WORDS for c in head.children):
        # "the court's press service told TASS", "the ministry's press office said": the
        # body speaks through its press unit
        inner = _resolve_speaker(doc, owner, index, prior)
        if inner.speaker_id is not None and _entity_type(index, inner.speaker_id) not in ("PERSON", None):
            att.speaker_span, att.speaker_id = _noun_phrase(head), inner.speaker_id
            att.speaker_kind = "organisation"
            return att
    from narrascope.actors import the_country_word
    poss = next((c for c in head.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or the_country_word(c))), None)
    poss_type = _entity_type(index, _entity_at(index, poss.idx, poss.idx + len(poss.text))) if poss is not None else None
    if poss is not None and the_country_word(poss):
        poss_type = "GPE"    # "the country's energy ministry said": the country named before (actors)
    if (head.pos_ == "NOUN" or head.is_lower) and poss is not None and group_nouns().get(head.lower_) == "ORG" \
            and (poss_type == "GPE" or head.lower_ in STATE_ORGANS and poss_type in ("PERSON", "ORG", None)
                 and len(_text(doc)[slice(*_propn_run(poss))].split()) == 1):
        # "Egypt's foreign ministry said": the country's body, named as the claims name it
        # ("Egypt's foreign ministry", also "Egyptian foreign ministry"), not the country; a
        # one-word owner of a foreign ministry or an army is a state, whatever it was typed
        from narrascope import actors
        eid, _ = actors.resolve_actor(doc, head, index, as_actor=False)
        if eid is not None and _entity_type(index, eid) == "GROUP" and head.tag_ in ("NN", "NNP"):
            index.entities[eid].type = "ORG"   # one body ("it said"), not a group of people
        if eid is not None and _entity_type(index, eid) != "GPE":
            s_, e_ = _noun_phrase(head)
            att.speaker_span, att.speaker_id, att.speaker_kind = (s_, e_), eid, "organisation"
            return att
    advocacy = _advocacy_name(doc, head)
    if advocacy is not None:
        # "Taxpayers for a Fair Riverbend, a coalition of ..., said": a group's name
        s_, e_ = advocacy
        eid = _entity_at(index, s_, e_) or _add_entity(index, _text(doc)[s_:e_], "ORG", (s_, e_))
        att.speaker_span, att.speaker_id, att.speaker_kind = (s_, e_), eid, "organisation"
        return att
    # "the mayor, John Smith, said" / "Russia's Ambassador to Belgrade Alexander
    # Botsan-Kharchenko met ... and said": the named apposition is the speaker
    # when the head itself is a title, not a name
    if head.pos_ != "PROPN" or (head.lower_ in TITLE_WORDS and head.ent_type_ != "PERSON"):
        for c in head.children:
            if c.dep_ == "appos" and c.pos_ == "NOUN":
                # "Her employer, the medical charity WellSpring, said": the name
                # inside the apposition
                names = [t for t in c.subtree if t.pos_ == "PROPN" and t.i > c.i
                         and t.dep_ in ("appos", "compound", "flat", "npadvmod")]
                if names and _entity_at(index, *_propn_run(names[0])):
                    c = names[0]
            if c.dep_ == "compound" and head.tag_ == "NNS" and _group_type(head) == "GROUP":
                continue    # "EU officials", "Senate aides": a group, not the body named
            if c.dep_ == "compound" and head.lemma_.lower() in PERSONAL_BODIES:
                continue    # "the Restrepo campaign": the campaign, not the candidate (below)
            if c.dep_ in ("appos", "compound", "flat", "npadvmod") and c.pos_ == "PROPN" \
                    or _misparsed_appos(doc, head, c):
                s, e = _propn_run(c)
                eid = _entity_at(index, s, e)
                if eid and c.dep_ == "compound" and _entity_type(index, eid) in ("GPE", "LOC") \
                        and group_nouns().get(head.lower_) == "ORG" and head.i == c.i + 1:
                    # "Saskatoon police said": the city's police force, not the city
                    name = _text(doc)[s:head.idx + len(head.text)]
                    pid = _find(index, name) or _add_entity(index, name, "ORG", (s, head.idx + len(head.text)))
                    att.speaker, att.speaker_span, att.speaker_id = head, (s, head.idx + len(head.text)), pid
                    att.speaker_kind = "organisation"
                    return att
                if eid and c.dep_ == "compound" and (head.lower_ in TITLE_WORDS or head.lower_ in TEAM_OFFICES
                                                     or head.lemma_.lower() in RACE_ROLES):
                    # "the Rovers manager said": the person who holds that office at the
                    # body, when the article names one ("Their manager, Gary Lund")
                    n_s, n_e = _noun_phrase(head)
                    pid = coref.resolve_nominal(doc, n_s, n_e, index)
                    office = coref.PERSON_ROLE_SYNONYMS.get(head.lemma_.lower(), {head.lemma_.lower()})
                    roles = getattr(getattr(index, "entities", {}).get(pid), "roles", []) if pid else []
                    body = getattr(index, "entities", {}).get(eid)
                    body_words = {w.lower() for n in ([body.name, *body.aliases] if body else []) for w in n.split()}

                    def at_this_body(r: str) -> bool:
                        # "Stanmore manager" is no office at Harwell: a role naming a body names this one
                        named = [w for w in r.split() if w[:1].isupper()]
                        return not named or any(w.lower() in body_words for w in named)
                    # (a description the article gives without making it a title counts too:
                    # "The chief executive of Northgate Bank faced ... / Martin Oduya told")
                    roles = roles + [" ".join(ws) for st, de, ws, _a in coref._person_descriptions(doc, index)
                                     if de == pid and st >= 0 and body_words & set(ws)] if pid else roles
                    if pid is not None and pid != eid and _entity_type(index, pid) == "PERSON" and any(
                            office & set(re.split(r"[\s-]+", r.lower())) and at_this_body(r) for r in roles):
                        att.speaker_span, att.speaker_id, att.speaker_kind = (n_s, n_e), pid, "nominal"
                        return att
                    place = coref._place_of(index, c.text) if _entity_type(index, eid) in ("GPE", "NORP") else None
                    if place and pid is not None and _entity_type(index, pid) == "PERSON" \
                            and coref._person_of_place(index, {place}, n_s) == pid:
                        # "The Thai leader" after "Thai Prime Minister Somchai W.": that country's person
                        att.speaker_span, att.speaker_id, att.speaker_kind = (n_s, n_e), pid, "nominal"
                        return att
                    if head.lemma_.lower() in TEAM_OFFICES or head.lemma_.lower() in RACE_ROLES:
                        # "Javier Ordonez did not hide. '...,' the Harwell manager said": with no
                        # office on record, the person the passage is about, not the club (nor
                        # the chamber of "the Senate nominee")
                        pid = coref._salient_person(doc, index, n_s, max_back=2, skip_speech=True)
                        if pid is not None and pid != eid:
                            att.speaker_span, att.speaker_id, att.speaker_kind = (n_s, n_e), pid, "nominal"
                            # the office is now on record: the same description later is this person
                            _add_role(index, pid, re.sub(r"^(?:the|a|an)\s+", "", _text(doc)[n_s:n_e], flags=re.I))
                            return att
                if eid:
                    role_end = max([t for t in head.subtree if t.i < c.left_edge.i and not t.is_punct] or [head],
                                   key=lambda t: t.i)
                    role_start = head
                    for t in head.lefts:
                        if t.dep_ in ("amod", "compound", "nmod") and t.i < head.i:
                            role_start = min(role_start, t.left_edge, key=lambda x: x.i)
                    role = _text(doc)[role_start.idx:role_end.idx + len(role_end.text)]
                    _add_role(index, eid, role)
                    att.speaker, att.speaker_span, att.speaker_id = c, (s, e), _fuller_org(index, eid, s)
                    att.speaker_kind = "named" if _entity_type(index, eid) == "PERSON" else "organisation"
                    return att
    if head.pos_ == "NOUN" and head.lower_ in TITLE_WORDS | {"head", "chief", "leader", "member"}:
        # "said the head of the mission, Annika Roos, a former lawmaker", "A member of
        # parliament's security committee, Mojtaba Haghighi, told PNA": the name is hung on
        # the last noun of the title's "of" phrase
        pobj = next((g for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "at", "for")
                     for g in c.children if g.dep_ == "pobj"), None)
        name = next((c for c in pobj.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and doc[c.left_edge.i - 1].text == ","), None) if pobj is not None else None
        if name is not None:
            s, e = _propn_run(name)
            eid = _entity_at(index, s, e)
            if eid is not None and _entity_type(index, eid) == "PERSON":
                role = _text(doc)[head.idx:pobj.idx + len(pobj.text)]
                _add_role(index, eid, role)
                att.speaker, att.speaker_span, att.speaker_id, att.speaker_kind = name, (s, e), eid, "named"
                return att
    if head.pos_ == "PROPN" and head.lower_ in TITLE_WORDS and head.ent_type_ != "PERSON":
        # "Norway's Ambassador to Lisbon Henrik Aas-Berglund": the parser hangs the
        # name inside the title's prepositional tail
        people = [t for t in head.subtree if t.i > head.i and t.pos_ == "PROPN"
                  and _entity_type(index, _entity_at(index, t.idx, t.idx + len(t.text))) == "PERSON"]
        if people:
            name = people[-1]
            s, e = _propn_run(name)
            eid = _entity_at(index, s, e)
            att.speaker, att.speaker_span, att.speaker_id, att.speaker_kind = name, (s, e), eid, "named"
            return att
    if _person_by_origin(head, index):
        # "The Scot said", "the Dutchman", "the Ohio Republican": a person named by where
        # they come from or their party; the one the article describes so, else the one
        # last the subject, else the one just quoted
        pid = _origin_match(doc, index, head) or _origin_fits(
            doc, index, head,
            lambda: coref._salient_person(doc, index, head.idx, max_back=3, skip_speech=True, pronouns=True),
            lambda: _recent_person_speaker(doc, index, prior, head))
        if pid is not None:
            s, e = _noun_phrase(head)
            att.speaker_span, att.speaker_id, att.speaker_kind = (s, e), pid, "nominal"
            return att
    if head.ent_type_ == "NORP" and not head.text.endswith("s") and head.tag_ != "NNPS" \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            and not any(c.dep_ in ("compound", "amod") for c in head.children):
        # "the Italian said": a nationality as a singular noun is a person, the one who
        # was last the subject of a sentence (not the country), else the one just quoted,
        # else the person last named ("Ashworth sold Chidi Okafor ... the Nigerian said")
        pid = _origin_match(doc, index, head) or _origin_fits(
            doc, index, head, lambda: coref._salient_person(doc, index, head.idx, max_back=3),
            lambda: _recent_person_speaker(doc, index, prior, head), lambda: _latest_person(doc, index, head))
        if pid is not None:
            s, e = _noun_phrase(head)
            att.speaker_span, att.speaker_id, att.speaker_kind = (s, e), pid, "nominal"
            return att
    if head.pos_ == "PROPN" and _propn_title(doc, head, index):
        # "the President said", "the Home Secretary said", "The Italian said": a
        # description of a person written in capitals
        s, e = _noun_phrase(head)
        eid = coref.resolve_nominal(doc, s, e, index)
        if (eid is None or _entity_type(index, eid) != "PERSON") and head.ent_type_ == "NORP" \
                and head.tag_ != "NNPS" and not head.text.endswith("s") \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            # "The Italian said": a nationality as a singular noun is a person, the
            # one who was last the subject of a sentence
            eid = coref._salient_person(doc, index, head.idx, max_back=3)
        if eid is not None and _entity_type(index, eid) == "PERSON":
            att.speaker_span, att.speaker_id, att.speaker_kind = (s, e), eid, "nominal"
            return att
    if head.pos_ == "PROPN" and not head.is_lower:   # ("the federal transport ministry" tagged PROPN)
        s, e = _propn_run(head)
        eid = _entity_at(index, s, e)
        person = _ent_containing(doc, head.i) if head.ent_type_ == "PERSON" else None
        if person is not None and _entity_type(index, eid) != "PERSON" and person.start_char > s:
            # "Federal Emergency Management Agency Administrator Carl Whitsett": the run
            # starts with the body he heads; the person is the name at its end
            pid = _entity_at(index, person.start_char, person.end_char)
            if _entity_type(index, pid) == "PERSON":
                s, e, eid = person.start_char, person.end_char, pid
        if eid is None:
            s2, e2 = _noun_phrase(head)
            eid = _entity_at(index, s2, e2)
        if eid is None and " " not in _text(doc)[s:e].strip():
            # a bare surname the recogniser missed or mistyped ("Brandt said"):
            # the one person of the article with that surname
            eid = _find(index, _text(doc)[s:e])
        if eid is None and head.ent_type_:
            ent_span = _ent_containing(doc, head.i)
            if ent_span is not None:
                s, e = ent_span.start_char, ent_span.end_char
                eid = _entity_at(index, s, e) or _add_entity(index, ent_span.text, ent_span.label_, (s, e))
        if eid is None and re.match(r"[A-Z]", _text(doc)[s:e]):
            # a name the recogniser missed: register it so the quote keeps a speaker
            words = _text(doc)[s:e].split()
            last = words[-1].lower()
            # ("Auto Motor und Sport reported": a lower-case word other than a surname particle,
            # or more than four words, is no person's name)
            unnamelike = len(words) > 4 or any(w[:1].islower() and w not in NAME_PARTICLES for w in words[1:])
            guess = "ORG" if last in group_nouns() or last in ORG_NAME_WORDS or unnamelike else "PERSON"
            # ("Harbourline denied ..." after "Harbourline Capital": the company's short name)
            eid = _find(index, _text(doc)[s:e]) or _add_entity(index, _text(doc)[s:e], guess, (s, e))
        att.speaker_span, att.speaker_id = (s, e), eid
        etype = _entity_type(index, eid) or head.ent_type_
        if eid and etype and etype != "PERSON":
            _alias_full_name(doc, head, index, eid)
        att.speaker_kind = "named" if etype == "PERSON" else "organisation" if etype else "named"
        # "Foreign Ministry spokeswoman Maria Zakharova said" -> role
        if eid and _entity_type(index, eid) == "PERSON":
            np_s, _ = _noun_phrase(head)
            lead = _text(doc)[np_s:s].strip()
            lead_toks = _tokens_in(doc, np_s, s)
            if lead and any(t.pos_ == "NOUN" for t in lead_toks):
                _add_role(index, eid, lead)
        # "Smith, the mayor of Z, said" -> role
        if eid:
            for c in head.children:
                if c.dep_ == "appos" and c.pos_ == "NOUN":
                    _add_role(index, eid, _text(doc)[c.left_edge.idx:c.right_edge.idx + len(c.right_edge.text)])
        return att
    # nominal or group speaker
    s, e = _noun_phrase(head)
    att.speaker_span = (s, e)
    lemma = head.lemma_.lower()
    given = _name_given(doc, head, index)
    if given is not None:
        att.speaker_id, att.speaker_kind = given, "nominal"
        return att
    if lemma in DOCUMENT_NOUNS or head.lower_ in DOCUMENT_NOUNS:
        # "an OMB memo", "a poll by the Ifor institute", "the indictment": the
        # organisation behind the document speaks
        src = _document_source(doc, head, index, prior)
        if src is not None:
            return src
    if lemma in ISSUED_DOCS:
        src = _issuer(doc, head, index, prior)
        if src is not None:
            return src
    campaign = _possessive_campaign(doc, head, index, prior, s, e) or _personal_office(doc, head, index, prior, s, e)
    if campaign is not None:
        return campaign
    parent = _parent_body(doc, head, index)
    if parent is None and head.lower_ in ("army", "military") and not any(c.dep_ in ("poss", "amod", "compound")
                                                                        for c in head.children):
        # "The army said" after "the Sudanese Armed Forces": the one force the article named
        from narrascope import actors
        parent = actors.named_service(index, head)
    if parent is not None:
        return _org_result(head, (s, e), parent)
    groups = group_nouns()
    # only an entity over the head noun itself: "Pro-Russian protesters" are not "Pro-Russian"
    eid = _entity_at(index, head.idx, head.idx + len(head.text)) \
        if head.ent_type_ and not _is_age_head(head) or head.text[:1].isupper() and head.i > head.sent.start \
        or head.text[:1].isupper() and _entity_type(index, _entity_at(index, head.idx, head.idx + len(head.text))) == "PERSON" \
        else None
    group_type = _group_type(head)
    plural_group = group_type == "GROUP" and head.tag_ == "NNS"
    # "Patient groups", "farm unions": several bodies of a kind, not the one named
    # body that has the noun in its name
    bodies_of_a_kind = group_type == "ORG" and head.tag_ == "NNS" and eid is None and any(
        c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ", "PROPN") and c.ent_type_ in ("", "NORP")
        for c in head.lefts)  # also "British newspapers": several bodies of a nation's kind
    if plural_group and eid is not None and _entity_type(index, eid) != "GROUP":
        # "EU officials", "Senate aides": a group of people, not the body itself
        eid = None
    if eid is None and plural_group:
        # "prosecutors say" after "the State Prosecutor's Office": the one named
        # body whose name holds the noun
        eid = _named_body_of_group(index, head, s)
    elif eid is None and not bodies_of_a_kind:
        # "the ministry" -> "Foreign Ministry"; "the spokesman" -> the role holder
        described = group_type == "ORG" and head.tag_ == "NN" and head.is_lower \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
        # ("A federal court in California said": a body of its own, not the one named before)
        eid = (_named_later_in_lead(doc, head, index) or _described_body(doc, head, index)) if described else None
        if eid is None:
            eid = coref.resolve_nominal(doc, s, e, index)
        if eid is None and _is_age_head(head):
            # "The German also criticised ... The 47-year-old said": an age the article gives
            # nowhere else is the person just quoted (named or described), within two sentences,
            # else the person last named ('For Nana Kwabena Ofori, a chief ..., the arguments
            # feel remote. "...". The 71-year-old said')
            eid = _recent_person_speaker(doc, index, prior, head) or _latest_person(doc, index, head, placed=True)
        if eid is None and coref._describes_a_person(head) \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            # '"...," the Nigerian said. The striker promised ...': with no one of that trade on
            # record and no person subject nearby, the person just quoted
            eid = _recent_person_speaker(doc, index, prior, head)
        if eid is None:
            eid = _named_later_in_lead(doc, head, index)
    if eid is None and head.lemma_.lower() in ("analyst", "economist", "strategist") and head.tag_ == "NNS":
        # "Analysts at Kestrel Partners said in a note": the firm's research speaks for the
        # firm (the convention of the later gold sets; two early ones kept the group)
        for c in head.rights:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None) \
                if c.dep_ == "prep" and c.lower_ in ("at", "from") else None
            firm = _entity_at(index, *_propn_run(pobj)) if pobj is not None and pobj.pos_ == "PROPN" else None
            if firm is None and pobj is not None and pobj.pos_ == "PROPN" and c.lower_ == "at":
                # "Analysts at Cordillera Valores": whatever the recogniser missed, a firm
                firm = _add_entity(index, _text(doc)[slice(*_propn_run(pobj))], "ORG", _propn_run(pobj))
            if firm is not None and _entity_type(index, firm) == "ORG":
                eid = firm
                break
    if eid is None and group_type == "ORG" and head.lower_ in NAMED_BODY_HEADS:
        # "The Bakushinta collective", "the Ravensholm union": a body called by its own name
        # (the convention for "the VHB union"), which the recogniser did not know
        own = [c for c in head.lefts if c.dep_ != "det"]
        gaz = getattr(index, "gazetteer", None)
        if own and all(c.dep_ in ("compound", "nmod", "amod") and c.text[:1].isupper() and c.is_alpha
                       and c.lower_ not in TITLE_WORDS and c.ent_type_ != "NORP" and _entity_type(index, _entity_at(
                           index, c.idx, c.idx + len(c.text))) in (None, "ORG", "GPE")
                       and (gaz is None or gaz.lookup(c.text, demonym=True) is None) for c in own) \
                and all(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts if c not in own):
            s_, e_ = own[0].idx, own[-1].idx + len(own[-1].text)
            eid = _entity_at(index, s_, e_)   # (an unknown name the recogniser typed a place is the body)
            if eid is None or _entity_type(index, eid) != "ORG":
                eid = _add_entity(index, _text(doc)[s_:e_], "ORG", (s_, e_))
    etype = _entity_type(index, eid)
    if eid is None and group_type is not None and not _anonymous(head):
        # an organisation or group with no name in the article: register the noun
        # phrase ("the prefecture" -> "prefecture", "analysts at Kobel Bank")
        s2, e2 = _group_phrase(doc, head, s, e)
        # ("Several hundred Wulandari supporters" -> "Wulandari supporters")
        name = re.sub(r"^(?:(?:the|a|an|some|many|several|its|their|his|her|our|about|around|nearly|over|more|"
                      r"than|hundreds?|thousands?|dozens?|tens|of|scores|few)\s+)+", "", _text(doc)[s2:e2], flags=re.I)
        # "leading Chinese chipmakers" are "Chinese chipmakers"
        name = re.sub(r"^(?:leading|top|major|prominent|big|biggest|largest|main|key)\s+(?=\w)", "", name, flags=re.I)
        # "eight European brands", "dozens of economists": the group, not its count
        name = COUNT_PREFIX.sub("", COUNT_PREFIX.sub("", name))  # "a group of eight European brands"
        # "Sen. Curtis Vance's office": the office of the person, named without the title
        name = re.sub(r"^(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Cllr|Cr)\.?\s+(?=[A-Z])", "", name)
        short_name = None
        owned = re.match(r"^([A-Z][\w-]+)['’]s\s+(\S.*)$", name)
        if owned is not None and hasattr(index, "find"):
            # "Marsh's office" after "Governor Helen Marsh": the office of the person named in full
            pid = index.find(owned.group(1), "PERSON")
            if pid is not None and _entity_type(index, pid) == "PERSON" and \
                    index.entities[pid].name.lower() != owned.group(1).lower():
                short_name, name = name, f"{index.entities[pid].name}'s {owned.group(2)}"
        first = doc[head.left_edge.i] if head.left_edge.idx >= s2 else head
        if first.i < head.i and first.lower_ in ("the", "a", "an", "some", "many", "several", "its", "their",
                                                 "his", "her", "our"):
            first = doc[first.i + 1]   # the word the name now starts with ("The European Union's ...")
        if _text(doc)[s2:e2].endswith(name) and name:
            # the word the stripped name starts with ("Several hundred Wulandari supporters")
            at = _token_at(doc, e2 - len(name))
            if at is not None and at.idx == e2 - len(name) and at.i <= head.i:
                first = at
        if first.pos_ != "PROPN" and first.ent_type_ != "NORP" and not (first.is_upper and len(first.text) > 1) and (
                head.i == head.sent.start or _text(doc)[s2:e2][:1].isupper() and not head.text[:1].isupper()) \
                or name[:1].isupper() and head.pos_ == "NOUN" and all(
                    t.pos_ != "PROPN" for t in _tokens_in(doc, s2, e2)) and not (
                    first.ent_type_ == "NORP" and first.i != first.sent.start):
            name = name[:1].lower() + name[1:]  # ("British newspapers" keeps its demonym's capital)
        aliases = tuple({head.text.lower(), lemma, *([short_name] if short_name else [])} - {name.lower()})
        eid = _add_entity(index, name, group_type, (s, e), aliases=aliases)
        etype = group_type
    if group_type is not None:
        att.speaker_kind = "organisation"
    elif etype and etype != "PERSON" and lemma not in ("spokesman", "spokeswoman", "spokesperson"):
        att.speaker_kind = "organisation"
    else:
        att.speaker_kind = "nominal"
    att.speaker_id = _fuller_org(index, eid, s)
    return att


# nouns for a document whose author organisation is the speaker
DOCUMENT_NOUNS = {"memo", "memorandum", "report", "poll", "survey", "study", "indictment",
                  "document", "documents", "filing", "audit", "assessment", "dossier",
                  "charge", "charges", "complaint", "lawsuit", "ruling", "judgment", "judgement",
                  "bulletin", "advisory", "notice", "notification",
                  # "according to figures from the Health Ministry": numbers have an author too
                  "figures", "data", "statistics", "estimates", "records", "numbers", "results", "tally"}
# participles that introduce a document's author ("published by X"), not its reader
AUTHOR_PARTICIPLES = {"publish", "release", "conduct", "commission", "issue", "prepare",
                      "compile", "write", "produce", "carry", "draw", "file", "lodge", "bring", "post",
                      "send", "sign"}
# documents written by prosecutors
PROSECUTION_DOCS = {"indictment", "charge", "charges"}
# bodies a campaign/team belongs to: "His campaign said" -> "Radcliffe campaign"
PERSONAL_BODIES = {"campaign", "team", "camp"}


def _misparsed_appos(doc: Doc, head: Token, c: Token) -> bool:
    """"the club's main sponsor, the brewery Hallam & Sons, said": an apposition the
    parser took for a conjunct (no "and"/"or" before it, set off by commas)."""
    if c.dep_ != "conj" or c.pos_ != "PROPN" or c.i < head.i:
        return False
    if any(t.dep_ == "cc" and head.i < t.i < c.i for t in head.children):
        return False
    lead = c.left_edge
    return lead.i > 0 and doc[lead.i - 1].text == "," and c.right_edge.i + 1 < len(doc) \
        and doc[c.right_edge.i + 1].text == ","


def _previous_named_body(doc: Doc, pron: Token, index: Any) -> str | None:
    """"Quillion said it would appeal. '...', it said": when the recogniser left the
    subject of one of the two sentences before "it" unlabelled, the organisation of
    the index with that name is the antecedent."""
    quotes = coref._speech_spans(doc)
    k, seen = pron.sent.start - 1, 0
    while k >= 0 and seen < 2:
        sent = doc[k].sent
        k = sent.start - 1
        if coref._inside(quotes, sent.start_char):
            continue
        seen += 1
        subj = next((t for t in sent.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "PROPN":
            continue
        s, e = _propn_run(subj)
        eid = _entity_at(index, s, e) or _find(index, _text(doc)[s:e])
        if eid is not None and _entity_type(index, eid) not in (None, "PERSON", "DATE", "TIME"):
            return eid
        return None
    return None


def _previous_group_subject(doc: Doc, pron: Token, index: Any) -> str | None:
    """"A small group of veterans held placards. '...', they said": a plural group
    of people acting as the subject of the sentence before "they" is its antecedent,
    even when it has no name (it is registered as a GROUP)."""
    quotes = coref._speech_spans(doc)
    sent = pron.sent
    prev = None
    k = sent.start - 1
    while k >= 0:
        cand = doc[k].sent
        # (a quoted sentence starts with its mark, outside the quoted passage: test its first word)
        word = next((t for t in cand if t.is_alpha), None)
        if word is not None and not coref._inside(quotes, word.idx):
            prev = cand
            break
        k = cand.start - 1
    if prev is None or "\n\n" in _text(doc)[prev.end_char:pron.idx] and '"' not in _text(doc)[prev.end_char:pron.idx]:
        return None
    subj = next((t for t in prev.root.children if t.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN":
        return None
    head = subj
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if subj.lemma_.lower() in GATHERING_NOUNS and subj.tag_ in ("NN", "NNS") and pobj is not None:
        # "a small group of veterans", "Hundreds of workers"
        head = pobj
    elif _anonymous(subj):
        return None
    if head.tag_ != "NNS" or head.pos_ != "NOUN" or _group_type(head) not in ("GROUP", "ORG"):
        return None
    # "Rovena supporters' groups": keep the lower-case modifiers with the noun
    first = head
    for c in head.lefts:
        if c.dep_ in ("compound", "amod", "poss") and c.pos_ == "NOUN" and not c.text[:1].isupper():
            first = min(first, c if c.left_edge.pos_ == "PROPN" else c.left_edge, key=lambda t: t.i)
    if first.pos_ == "PROPN" or first.text[:1].isupper() and first.i != first.sent.start:
        first = head
    s, e = first.idx, head.idx + len(head.text)
    s, e = _group_phrase(doc, head, s, e)      # "Supporters of Dobrescu"
    eid = _entity_at(index, s, e) if first.i == head.i else None
    if eid is not None:
        return eid if _entity_type(index, eid) in ("GROUP", "ORG", "NORP") else None
    name = _text(doc)[s:e]
    name = name[:1].lower() + name[1:]
    aliases = tuple({head.lemma_.lower(), head.lower_} - {name})
    return _add_entity(index, name, "GROUP", (s, e), aliases=aliases)


# a gathering of people named by what it is made of: "a group of veterans"
GATHERING_NOUNS = {"group", "crowd", "handful", "number", "band", "hundred", "thousand", "dozen",
                   "score", "hundreds", "thousands", "dozens", "scores", "crowds", "groups"}


def _name_given(doc: Doc, head: Token, index: Any) -> str | None:
    """"A neighbor who gave only his first name, Darnell, said", "A soldier, identified
    only as Oleh, said": the person the description names in its own clause."""
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    for c in head.children:
        if c.dep_ not in ("relcl", "acl") or c.i < head.i:
            continue
        name = None
        if c.lemma_.lower() in ("identify", "name", "know"):
            # "identified only as Oleh"
            name = next((g for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
                         for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        elif c.lemma_.lower() in ("give", "provide", "use", "offer"):
            # "who gave only his first name, Darnell"
            obj = next((g for g in c.children if g.dep_ == "dobj"
                        and g.lemma_.lower() in ("name", "surname", "forename", "nickname")), None)
            name = next((g for g in obj.children if g.dep_ == "appos" and g.pos_ == "PROPN"), None) \
                if obj is not None else None
            if name is None and obj is not None and obj.i + 2 < len(doc) and doc[obj.i + 1].text == "," \
                    and doc[obj.i + 2].pos_ == "PROPN":
                name = doc[obj.i + 2]  # "who gave only her surname, Liang, told ..." (hung elsewhere)
        if name is None:
            continue
        ns, ne = _propn_run(name)
        eid = _entity_at(index, ns, ne) or _find(index, _text(doc)[ns:ne]) \
            or _add_entity(index, _text(doc)[ns:ne], "PERSON", (ns, ne))
        ent = getattr(index, "entities", {}).get(eid)
        if ent is not None and ent.type != "PERSON" and group_nouns().get(head.lower_) is None:
            ent.type = "PERSON"   # the name a person gave, whatever the recogniser typed it
        return eid
    return None


def _org_result(head: Token, span: tuple[int, int], eid: str | None) -> Attribution:
    att = Attribution(cue=None, cue_text=None, speaker=head)
    att.speaker_span, att.speaker_id, att.speaker_kind = span, eid, "organisation"
    return att


# documents a body issues and that then "say" things: "the statement said", "The report found"
ISSUED_DOCS = {"statement", "report", "document", "communique", "communiqué", "letter", "release", "study",
               "declaration", "memo", "ruling", "judgment", "judgement", "post"}
ISSUE_VERBS = {"issue", "release", "publish", "put", "send", "post", "read", "sign", "present",
               "submit", "table", "file", "compile", "produce", "prepare", "unveil", "launch", "deliver"}


def _issuer(doc: Doc, head: Token, index: Any, prior: list[tuple[int, str]]) -> Attribution | None:
    """'Niger's defence ministry said in a statement ... that ... «...,» the statement said':
    a definite document with no author of its own speaks for whoever issued it in the
    sentences before ("X said in a statement", "X issued a report"), the nearest first."""
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
        return None
    if poss is None and any(c.dep_ == "compound" or c.dep_ == "prep" and c.lower_ in ("by", "from")
                            for c in head.children):
        return None
    lemma = head.lemma_.lower()
    # "the ministry's statement of May 12, which said ...": the owner of the document speaks;
    # "The statement said" after it: the owner named on the document's earlier mention
    # (the nearest earlier mention first; "The report also warned" may come paragraphs after
    # "the UN human rights office said in a report")
    earlier = [head] if poss is not None else list(reversed(doc[:head.i]))
    window = sent_start_back(head, 3)
    # beyond three sentences only when no other document was issued in between ("Then an
    # inspectorate published its annual assessment ... The report said")
    kind = next((k for k in DOCUMENT_KINDS if lemma in k), {lemma})
    far: bool | None = None   # (worked out once, when the search first goes beyond the window)

    def speaking(att: Attribution) -> Attribution:
        s, e = _noun_phrase(head)
        att.speaker, att.speaker_span = head, (s, e)
        att.speaker_kind = "organisation" if _entity_type(index, att.speaker_id) != "PERSON" else "nominal"
        return att

    for t in earlier:
        if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or t.i > head.i:
            continue
        by = _document_author_token(t) if t is not head and any(c.lower_ in NEW_DOCUMENT_WORDS for c in t.lefts) \
            else None
        att = _resolve_speaker(doc, by, index, prior) if by is not None else None
        if att is not None and att.speaker_id is not None:
            # "A second letter, signed by 40 teachers": a new document by the author it names
            # ("In a separate statement, X said" is X's own, found below)
            return speaking(att)
        if t is not head and t.i < window and far is None:
            far = not any(x.pos_ == "NOUN" and x.lemma_.lower() in kind and x.lemma_.lower() != lemma
                          and (_issued_here(x) or _own_document(x)) for x in doc[window:head.i])
        if t is not head and t.i < window and not far:
            break   # beyond three sentences only when no document of its kind was issued since
        owner = next((c for c in t.children if c.dep_ == "poss" and c.lower_ not in ("its", "their")), None) \
            if t.i < head.sent.start or t is head else None
        verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("in", "through", "via") else \
            t.head if t.dep_ == "dobj" and t.head.lemma_.lower() in ISSUE_VERBS else None
        if owner is None and (t.i >= head.sent.start or verb is None or verb.pos_ not in ("VERB", "AUX")):
            continue
        subj = owner if owner is not None else _subject(verb)
        if subj is None or subj.pos_ == "PRON" and subj.lower_ not in ("it", "they"):
            continue
        att = _resolve_speaker(doc, subj, index, prior)
        if att.speaker_id is None:
            if t.i < window:
                break
            continue
        return speaking(att)
    return None


# documents of one kind: a later "the report" may mean an assessment issued in between, not
# a statement ("said in a statement" between a report and "The report also warned")
DOCUMENT_KINDS = ({"report", "assessment", "study", "review", "audit", "survey", "inquiry", "investigation",
                   "dossier", "analysis", "evaluation"},
                  {"statement", "communique", "communiqué", "letter", "release", "declaration", "memo", "post",
                   "note", "notice", "bulletin", "advisory"})


# words that make a document noun a new document ("a second letter", "another report")
NEW_DOCUMENT_WORDS = {"another", "second", "third", "separate"}


def _author_by(t: Token) -> Token | None:
    """The "by" a document noun names its author with: "a report by X", "a letter signed by X"."""
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            return c
        if c.dep_ == "acl" and c.tag_ == "VBN":
            by = next((g for g in c.children if g.dep_ == "agent" or g.lower_ == "by"), None)
            if by is not None:
                return by
    return None


def _document_author_token(t: Token) -> Token | None:
    """The author a document noun names itself (the object of ``_author_by``)."""
    by = _author_by(t)
    return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None


def _own_document(t: Token) -> bool:
    """A document noun told as a new one with its own author ("A second letter, signed by
    40 teachers", "another report", "its annual assessment, commissioned by parliament")."""
    return _author_by(t) is not None or any(c.lower_ in NEW_DOCUMENT_WORDS for c in t.lefts)


def _issued_here(t: Token) -> bool:
    """Whether the document noun ``t`` is told as issued by someone right there ("said in a
    report", "published its report")."""
    if _own_document(t):
        return False
    return t.dep_ == "pobj" and t.head.lower_ in ("in", "through", "via") or \
        t.dep_ == "dobj" and t.head.lemma_.lower() in ISSUE_VERBS

# a part of a body that rules or speaks for it ("a panel of the Court of Arbitration for Sport")
SUB_BODY_NOUNS = {"panel", "bench", "chamber"}


def _parent_body(doc: Doc, head: Token, index: Any) -> str | None:
    """"a three-member panel of the Court of Arbitration for Sport found": the named body
    the panel sits for; "the panel" later in the article is the same body (the latest
    "panel of X" within six sentences)."""
    if head.lemma_.lower() not in SUB_BODY_NOUNS or head.pos_ != "NOUN":
        return None

    def of_body(tok: Token) -> str | None:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if pobj is None or pobj.pos_ != "PROPN":
            return None
        eid = _entity_at(index, *_propn_run(pobj))
        return eid if _entity_type(index, eid) == "ORG" else None

    own = of_body(head)
    if own is not None or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return own
    for t in reversed(doc[sent_start_back(head, 6):head.i]):
        if t.lemma_.lower() == head.lemma_.lower():
            found = of_body(t)
            if found is not None:
                return found
    return None


def _document_source(doc: Doc, head: Token, index: Any, prior: list[tuple[int, str]]) -> Attribution | None:
    """Speaker behind a document noun: its author after "by"/"from" (directly or
    after "published by"), a name modifying it ("an OMB memo", "the ministry's
    report"), or, for an indictment, the one prosecuting body of the article."""
    s, e = _noun_phrase(head)
    for prep in list(head.rights) + [g for c in head.rights if c.dep_ == "acl"
                                     and c.lemma_.lower() in AUTHOR_PARTICIPLES for g in c.children]:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("by", "from"):
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("PROPN", "NOUN"):
                att = _resolve_speaker(doc, pobj, index, prior)
                if att.speaker_id is not None and _entity_type(index, att.speaker_id) != "PERSON":
                    att.speaker_kind = "organisation"
                    return att
                if att.speaker_id is not None:
                    return att
    for c in head.lefts:
        if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN":
            cs, ce = _propn_run(c)
            eid = _entity_at(index, cs, ce) or _find(index, _text(doc)[cs:ce])
            if eid is not None and _entity_type(index, eid) != "PERSON":
                return _org_result(head, (cs, ce), _fuller_org(index, eid, cs))
        if c.dep_ == "poss" and c.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children):
            # "the authority's daily bulletin": the body the definite noun stands for
            att = _resolve_speaker(doc, c, index, prior)
            if att.speaker_id is not None and _entity_type(index, att.speaker_id) not in ("PERSON", None):
                return _org_result(head, (s, e), att.speaker_id)
    if head.lemma_.lower() in PROSECUTION_DOCS or head.lower_ in PROSECUTION_DOCS:
        ents = getattr(index, "entities", {})
        seen = []
        for m in getattr(index, "mentions", []):
            if m.start >= head.idx:
                break
            ent = ents.get(m.entity)
            if ent is not None and ent.type == "ORG" and "prosecut" in ent.name.lower() and m.entity not in seen:
                seen.append(m.entity)
        if len(seen) == 1:
            return _org_result(head, (s, e), seen[0])
    return None


def _possessive_campaign(doc: Doc, head: Token, index: Any, prior: list[tuple[int, str]],
                         s: int, e: int) -> Attribution | None:
    """"His campaign said" / "Radcliffe's campaign said" -> the "<Surname> campaign"."""
    low = head.lemma_.lower()
    if low not in PERSONAL_BODIES or head.tag_ != "NN":
        return None
    poss = next((c for c in head.lefts if c.dep_ == "poss"), None) or next(
        (c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)  # "the Restrepo campaign"
    ent = _possessor_person(doc, poss, index, prior)
    if ent is None:
        return None
    name = f"{ent.name.split()[-1]} {head.lower_}"
    # (also "Sri Wulandari's campaign", the possessive way of writing it)
    eid = _find(index, name) or _find(index, f"{ent.name} {head.lower_}") \
        or _add_entity(index, name, "ORG", (s, e), aliases=(f"{ent.name} {head.lower_}", f"{ent.name}'s {head.lower_}",
                                                            f"{ent.name.split()[-1]}'s {head.lower_}"))
    return _org_result(head, (s, e), eid)


def _possessor_person(doc: Doc, poss: Token | None, index: Any, prior: list[tuple[int, str]]) -> Any:
    """The person entity a possessive names ("his", "her", "Radcliffe's"), else None."""
    if poss is None:
        return None
    if poss.pos_ == "PRON":
        if poss.lower_ not in ("his", "her"):
            return None
        pid = coref.resolve_pronoun(doc, poss.i, index, prior_speakers=prior)
    elif poss.pos_ == "PROPN":
        ps, pe = _propn_run(poss)
        pid = _entity_at(index, ps, pe) or _find(index, _text(doc)[ps:pe])
    else:
        return None
    ent = getattr(index, "entities", {}).get(pid) if pid else None
    return ent if ent is not None and ent.type == "PERSON" else None


def _personal_office(doc: Doc, head: Token, index: Any, prior: list[tuple[int, str]],
                     s: int, e: int) -> Attribution | None:
    """"Mayor Tom Hale's office said", "her office said": the office of that person,
    "<Full Name>'s office", never another office named before."""
    if head.lower_ != "office" or head.tag_ != "NN":
        return None
    # (not "the governor's office", "the sheriff's office": an institution as often as a person's)
    ent = _possessor_person(doc, next((c for c in head.lefts if c.dep_ == "poss"), None), index, prior)
    if ent is None:
        return None
    name = f"{ent.name}'s office"
    eid = _find(index, name) or _add_entity(index, name, "ORG", (s, e),
                                            aliases=(f"{ent.name.split()[-1]}'s office",))
    return _org_result(head, (s, e), eid)


# adjectives that tell nothing about which body it is ("a new committee")
PLAIN_ADJECTIVES = {"new", "separate", "second", "third", "another", "different", "small", "large", "big",
                    "major", "little", "certain", "local", "single", "key", "powerful", "little-known"}


def _described_body(doc: Doc, head: Token, index: Any) -> str | None:
    """"A government inquiry committee has found ...": a body the article describes but
    does not name is a body all the same (later "the committee" and "the report" it
    submitted are it); named by the words before its noun, also by the noun with its
    closest modifier ("inquiry committee")."""
    left = [t for t in doc[head.left_edge.i:head.i] if t.dep_ in ("compound", "amod", "nmod")
            and t.head.i == head.i and not t.is_punct and t.pos_ in ("NOUN", "ADJ", "PROPN")
            and t.lower_ not in PLAIN_ADJECTIVES]
    if not left or any(t.ent_type_ in ("PERSON", "ORG") for t in left):
        return None     # ("a committee" alone says nothing; "a Senate committee" is the Senate's)
    words = doc[left[0].i:head.i + 1]
    if any(t.is_punct or t.dep_ == "det" for t in words):
        return None
    name = _text(doc)[words.start_char:words.end_char]
    short = f"{left[-1].text} {head.text}"
    place = next((g for p in head.children if p.dep_ == "prep" and p.lower_ in ("in", "of", "for")
                  for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
    if place is not None:
        # "a federal court in Texas", "a federal court in California": two courts
        name = f"{name} {place.head.lower_} {_text(doc)[slice(*_propn_run(place))]}"
    elif (known := _find(index, name)) is not None:
        # a second body described in the same words is not the first one (the same words
        # read again at the same place are)
        here = any(m.entity == known and m.start == words.start_char for m in getattr(index, "mentions", []))
        return known if here else None
    return _add_entity(index, name, "ORG", (words.start_char, words.end_char),
                       aliases=(short,) if short != name else ())


# what the judges of a contest judge ("the judges said" at a show or a prize is its jury)
CONTEST_WORDS = {"prize", "award", "show", "contest", "competition", "final", "jury", "score", "scoring",
                 "round", "finalist", "winner", "shortlist", "entry", "performance", "routine", "bake"}


def _named_body_of_group(index: Any, head: Token, offset: int) -> str | None:
    """The one organisation named in the article whose name holds the group
    noun's stem ("prosecutors" -> "State Prosecutor's Office"), else None."""
    stem = head.lemma_.lower()
    # "the seven judges said", "the justices found": the one court of the article
    stems = {"court", "tribunal"} if stem in ("judge", "justice") else {stem}
    if len(stem) < 6 and stems == {stem} or stem in ("official", "officer", "source", "analyst", "expert", "critic"):
        return None
    lo = -1
    if stems != {stem}:
        # (a court named in the two sentences before, in a story of no contest: "the judges"
        # of a talent show or a prize are its jury)
        lo = head.doc[sent_start_back(head, 2)].idx
        if CONTEST_WORDS & {t.lemma_.lower() for t in head.doc[sent_start_back(head, 2):head.sent.end]}:
            return None
    ents = getattr(index, "entities", {})
    found: list[str] = []
    for m in getattr(index, "mentions", []):
        if lo >= 0 and not lo <= m.start < offset:
            continue
        ent = ents.get(m.entity)
        if ent is None or ent.type != "ORG" or m.entity in found:
            continue
        words = re.findall(r"\w+", ent.name.lower())
        if len(words) > 1 and stems & set(words):    # singular: "Residents' Association" is no body of residents
            found.append(m.entity)
    return found[0] if len(found) == 1 else None


def _propn_title(doc: Doc, head: Token, index: Any) -> bool:
    """'the President', 'the Home Secretary', 'The Italian': a definite capitalised
    description (a title or a nationality) that is no name in the index."""
    det = [c for c in head.lefts if c.dep_ in ("det", "poss")]
    honorific = head.lower_ in ("highness", "excellency", "majesty", "holiness")
    # "His Highness said", "Her Excellency noted": a style of address for the office holder
    if not det or det[0].lower_ != "the" and not (honorific and det[0].lower_ in ("his", "her")):
        return False
    s, e = _propn_run(head)
    eid = _entity_at(index, s, e)
    if eid is not None and _entity_type(index, eid) == "PERSON":
        return False
    low = head.lower_.strip(".")
    return low in TITLE_WORDS or low in coref.PERSON_ROLE_SYNONYMS or head.ent_type_ == "NORP"


def _fuller_org(index: Any, eid: str | None, offset: int) -> str | None:
    """'the Valdorian ministry' registered on its own -> the 'Valdorian Foreign
    Ministry' named earlier, whose name holds every word of it."""
    ents = getattr(index, "entities", {})
    ent = ents.get(eid) if eid else None
    if ent is None or ent.type not in ("ORG", "GROUP"):
        return eid
    if re.fullmatch(r"[A-Z]{2,6}", ent.name):
        # "OMB" -> the one "Office of Management and Budget" named in the article
        longs = [i for i, o in ents.items() if i != eid and o.type == "ORG"
                 and "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", re.sub(r"^The\s+", "", o.name))) == ent.name]
        if len(longs) == 1:
            return longs[0]
    words = set(re.findall(r"\w+", ent.name.lower())) - {"the"}
    if not words or ent.type == "GROUP":    # "residents" are no "Residents' Association"
        return eid
    best = None
    for m in getattr(index, "mentions", []):
        if m.start >= offset:
            break
        other = ents.get(m.entity)
        if other is None or m.entity == eid or other.type != "ORG":
            continue
        ow = set(re.findall(r"\w+", other.name.lower()))
        if words < ow:
            best = m.entity
    return best or eid


ANONYMOUS_DETS = {"a", "an", "one", "another"}


def _anonymous(head: Token) -> bool:
    """'a Finnish satellite start-up', 'one company': an unnamed organisation."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in ANONYMOUS_DETS for c in head.children)


def _group_type(head: Token) -> str | None:
    """Entity type of an organisation/group speaker noun, None for a person description."""
    low, lemma = head.lower_, head.lemma_.lower()
    groups = group_nouns()
    if low in groups or lemma in groups:
        return groups.get(low) or groups.get(lemma, "GROUP")
    if low in coref.ORG_HEAD_NOUNS or lemma in coref.ORG_HEAD_NOUNS:
        return "ORG"
    # a plural description of people: "rescuers", "Workers leaving the early shift"
    if head.tag_ == "NNS" and head.pos_ == "NOUN" and lemma not in TITLE_WORDS \
            and lemma not in PERSON_SINGULAR_ROLES and low not in ("people", "others", "those", "some", "many"):
        return "GROUP"
    if head.tag_ in ("NNS", "NNPS") and lemma in TITLE_WORDS and lemma not in PERSON_SINGULAR_ROLES and not any(
            c.dep_ in ("det", "nummod", "poss", "predet") for c in head.children):
        # a bare plural of a title ("Pacific island leaders", "Opposition MPs", "Senior
        # ministers"): a group of its own, not one of the people named before
        return "GROUP"
    return None


# plural nouns whose members are individual role holders, not a collective speaker
PERSON_SINGULAR_ROLES = {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor"}


def _group_phrase(doc: Doc, head: Token, s: int, e: int) -> tuple[int, int]:
    """The group phrase with a named affiliation ("analysts at Kobel Bank")."""
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ in ("at", "from", "of", "with") and head.tag_ == "NNS":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "PROPN":
                last = pobj.right_edge
                for t in pobj.subtree:
                    if t.dep_ in ("relcl", "acl", "appos") or t.is_punct:
                        last = doc[t.left_edge.i - 1]
                        break
                if last.i >= pobj.i:
                    return s, last.idx + len(last.text)
    return s, e


def _alias_full_name(doc: Doc, head: Token, index: Any, eid: str) -> None:
    """An organisation named more fully at the attribution than in the index
    ("the General Inspectorate for Emergency Situations said", "the Ostrelian
    Foreign Ministry said") keeps that form as an alias."""
    ent = getattr(index, "entities", {}).get(eid)
    if ent is None:
        return
    left = head
    for c in head.lefts:
        if c.dep_ in ("compound", "amod", "nmod") and (c.pos_ in ("PROPN", "ADJ") and c.text[:1].isupper()):
            left = min(left, c.left_edge, key=lambda t: t.i)
    right = head
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ in ("of", "for") and all(
                t.text[:1].isupper() or t.lower_ in ("of", "for", "and", "the", "on") for t in c.subtree):
            right = max(right, c.right_edge, key=lambda t: t.i)
    toks = [t for t in doc[left.i:right.i + 1]]
    if any(t.text in ("'s", "’s") or t.pos_ == "PUNCT" and t.text not in "-" for t in toks):
        return
    while toks and toks[0].lower_ == "the":
        toks = toks[1:]
    if not toks:
        return
    full = _text(doc)[toks[0].idx:toks[-1].idx + len(toks[-1].text)]
    known = [ent.name, *ent.aliases]
    if any(full.lower() == k.lower() for k in known) or not any(k.lower() in full.lower() for k in known):
        return
    try:
        index.add_entity(ent.name, ent.type, aliases=(full,))
    except (NotImplementedError, TypeError):
        pass


DATELINE = re.compile(r"(?m)^(?:[A-Z][A-Za-z .'’-]{1,40},[^\n]{0,60}?\s[-—–―]+\s"
                      r"|[A-Z][A-Z .'’-]{1,30}(?:\s*\([A-Za-z. ]{1,30}\))?\s*[-—–―]+\s"
                      # South Asian style: "DHAKA, Dec 3 (SANS): ", "LUCKNOW: "
                      r"|[A-Z][A-Z .'’-]{1,30}(?:,[^\n:]{1,40}?)?(?:\s*\([A-Za-z. ]{1,30}\))?:\s"
                      # TASS style: "MOSCOW, May 14. /TASS/. "
                      r"|[A-Z][A-Z .'’-]{1,30},[^\n/]{1,30}?\s*/[^/\n]{2,40}/\.?\s)")


def _dateline_end(doc: Doc, offset: int) -> int:
    """End of a wire dateline ("MOSCOW, Oct. 3 (Agency) - ") in the paragraph of ``offset``."""
    text = _text(doc)
    ps = text.rfind("\n", 0, offset) + 1
    m = DATELINE.match(text, ps)
    return m.end() if m else -1


TIME_WORDS = {"a.m.", "p.m.", "am", "pm", "noon", "midnight", "today", "yesterday", "tonight",
              "morning", "evening", "afternoon", "night", "week", "month", "year", "weekend"}
ADDRESSEE_VERBS = {"tell", "inform", "ask", "urge", "accuse", "warn", "assure", "remind", "brief",
                   "promise", "advise", "thank", "criticize", "praise", "call"}


def _misparsed_relative_subject(cue: Token) -> Token | None:
    """'Mira Sten, whose studio makes games, said ...' parsed with the relative
    clause as a reported clause of "said": the subject of that clause is the speaker."""
    doc = cue.doc
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    for c in cue.children:
        if c.dep_ != "ccomp" or c.i > cue.i:
            continue
        subj = next((x for x in c.children if x.dep_ in SUBJECT_DEPS), None)
        if subj is not None and subj.i + 2 < len(doc) and doc[subj.i + 1].text == "," \
                and doc[subj.i + 2].lower_ in ("who", "whose", "which") \
                and subj.pos_ in ("PROPN", "NOUN"):
            return subj
    return None


# bodies only a state has: "Azara's foreign ministry" makes Azara a state
STATE_ORGANS = {"ministry", "embassy", "army", "navy", "military", "parliament", "government", "cabinet"}
# verbs that label what they name ('..., calling it "a lawyer's dream"')
LABEL_VERBS = {"call", "describe", "label", "brand", "dub", "term"}
# offices at a club or team that a person holds ("the Harwell manager"), not the body itself
TEAM_OFFICES = {"manager", "coach", "boss", "captain", "skipper", "goalkeeper", "striker", "chairman", "leader",
                # playing positions: "the Boston forward said" is a player, not the club
                "forward", "defender", "midfielder", "winger", "defenceman", "defenseman", "goaltender", "keeper",
                "quarterback", "pitcher", "batsman", "bowler", "wicketkeeper", "playmaker"}
# people in a race: "the Democratic Senate nominee" is a person, never the Senate or the party
RACE_ROLES = {"nominee", "candidate", "challenger", "incumbent", "hopeful", "frontrunner", "front-runner",
              "contender", "runner-up"}


def _origin_match(doc: Doc, index: Any, head: Token) -> str | None:
    """"the Spaniard" after "Spain's Alvaro Resina", "the Norwegian glaciologist" after
    "Ingrid Halvorsen, a glaciologist at the University of Oslo"..., "the Idaho Republican"
    after "Sen. Cole Hadley, R-Idaho": the person the article describes with every
    place or party the description names (the most recent such before it); None when no
    one or the description names nothing to check."""
    gaz = getattr(index, "gazetteer", None)
    keys: list[set[str]] = []
    for t in doc[head.left_edge.i:head.i + 1]:
        if t.lower_ in ("the", "a", "an") or t.is_punct:
            continue
        country = NATIONALITY_NOUNS.get(t.lower_)
        if country is None and gaz is not None and t.text[:1].isupper():
            try:
                rec = gaz.lookup(t.text, demonym=True)
            except (AttributeError, TypeError):
                rec = None
            if rec and rec.get("type") == "GPE":
                country = rec["name"]
                dems = rec.get("demonyms") or []
                keys.append({country.lower(), *(d.lower() for d in dems)})
                continue
        if country is not None:
            rec = gaz.lookup(country) if gaz is not None else None
            keys.append({country.lower(), t.lower_, *(d.lower() for d in ((rec or {}).get("demonyms") or []))})
        elif t.text[:1].isupper() and t.i != head.i or t.lower_ in ORIGIN_PERSON_WORDS:
            keys.append({t.lower_})  # "Idaho", "Republican"
    if not keys:
        return None
    best = None
    for eid, near in _origin_words(doc, index, head.idx):
        if all(k & near for k in keys):
            best = eid
    return best


def _origin_words(doc: Doc, index: Any, before: int, *, strict: bool = False):
    """(person, words placing them) for each person mention before ``before``: their
    written descriptions, a possessive country before the name ("Spain's Alvaro Resina"),
    "of Italy" after it, and capitalised words just before it ("Norwegian glaciologist X";
    ``strict``: only inside the name's own noun phrase, not "The Scot said Haanstra")."""
    ents = getattr(index, "entities", {})
    descs: dict[str, set[str]] = {}
    for _start, eid, words, _age in coref._person_descriptions(doc, index):
        descs.setdefault(eid, set()).update(re.sub(r"['’]s$", "", w.lower()) for w in words)
    for m in getattr(index, "mentions", []):
        if m.start >= before:
            break
        ent = ents.get(m.entity)
        if ent is None or ent.type != "PERSON":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        near = set(descs.get(m.entity, set()))
        if span.start >= 2 and doc[span.start - 1].text in ("'s", "’s"):
            near.add(doc[span.start - 2].lower_)  # "Spain's Alvaro Resina"
        if span.end + 1 < len(doc) and doc[span.end].lower_ == "of" and doc[span.end + 1].pos_ == "PROPN":
            near.add(doc[span.end + 1].lower_)  # "Matteo Ferrante of Italy"
        lo = max(span.sent.start, span.start - 3)
        if strict:
            lo = max(lo, span.root.left_edge.i)
        dateline = _dateline_end(doc, m.start)
        for t in doc[lo:span.start]:
            if t.text[:1].isupper() and t.idx >= dateline:
                # ("WARSAW - Marta Kowalczyk lost": where the story was filed, not her origin)
                near.add(t.lower_)  # "Norwegian glaciologist Ingrid Halvorsen"
        yield m.entity, near


def _origin_fits(doc: Doc, index: Any, head: Token, *cands: Any) -> str | None:
    """The first candidate (ids, or callables giving one) not placed in another country
    than the one "the Spaniard" / "the Italian" names: "the Italian fourth seed Matteo
    Ferrante" is not "the Spaniard", however recently he spoke. When every candidate
    clashes, the latest person named in the last few sentences who does not."""
    nation = NATIONALITY_NOUNS.get(head.lower_) or coref._place_of(index, head.text)
    nation = nation.lower() if nation else None
    placed: dict[str, set[str]] = {}
    if nation is not None:
        for eid, near in _origin_words(doc, index, head.idx, strict=True):
            placed.setdefault(eid, set()).update(
                p for w in near if (p := coref._place_of(index, w.capitalize())) or
                (p := (NATIONALITY_NOUNS.get(w) or "").lower() or None))
    clash = lambda e: bool(placed.get(e)) and nation not in placed[e]
    for c in cands:
        eid = c() if callable(c) else c
        if eid is not None and not clash(eid):
            return eid
    if nation is None:
        return None
    lo = doc[sent_start_back(head, 3)].idx
    late = [m.entity for m in getattr(index, "mentions", []) if lo <= m.start < head.idx
            and _entity_type(index, m.entity) == "PERSON" and not clash(m.entity)]
    return late[-1] if late else None


def _person_by_origin(head: Token, index: Any) -> bool:
    """"the Scot", "the Dutchman", "the Ohio Republican", "the Italian": a singular
    capitalised noun after "the" that names a person by nation or party."""
    if not head.text[:1].isupper() or head.tag_ in ("NNS", "NNPS") or head.text.endswith("s") \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            or head.i == head.sent.start:
        return False
    low = head.lower_
    if low in ORIGIN_PERSON_WORDS or low in NATIONALITY_NOUNS or low.endswith("man") and len(low) > 5:
        # ("the Pole", "the Finn": nationality nouns the gazetteer does not list as demonyms)
        return not any(c.dep_ == "compound" and c.ent_type_ in ("ORG",) for c in head.children)
    if head.ent_type_ == "NORP" or any(c.dep_ in ("compound", "amod") for c in head.children):
        return False  # the NORP case has its own rule below
    gaz = getattr(index, "gazetteer", None)
    try:
        rec = gaz.lookup(head.text, demonym=True) if gaz is not None else None
    except (AttributeError, TypeError):  # a stand-in index without a full gazetteer
        return False
    # a demonym ("the Chilean"), not the country's own name
    return bool(rec) and rec.get("type") == "GPE" and rec.get("name", "").lower() != low \
        and gaz.lookup(head.text) is None


# offices a lead describes before naming their holder ("A coroner has found", "A judge ruled");
# not "a spokesman" or "an official", who usually stay unnamed
LEAD_OFFICES = {"coroner", "judge", "magistrate", "ombudsman", "inspector", "auditor", "prosecutor"}
# "The head/chief/boss of X" opening a story before the name is given
LEAD_HEADS = {"head", "chief", "boss", "founder", "leader", "chairman", "chairwoman", "owner", "executive"}
# descriptions of someone who heads a body ("Nathaniel Oduya, the co-founder of Helix")
HEADING_WORDS = {"head", "chief", "boss", "founder", "co", "cofounder", "co-founder", "leader", "chairman",
                 "chairwoman", "chair", "owner", "executive", "ceo", "director", "secretary-general"}


def _first_body_sentence(doc: Doc) -> int:
    """Index of the sentence that opens the story (after a headline line, if any)."""
    first = doc[0].sent if len(doc) else None
    if first is None:
        return 0
    if "\n" in _text(doc)[first.start_char:first.end_char + 2] and first.end < len(doc):
        nxt = _skip_space(doc[first.end])
        if not any(t.text in ("-", "—", "–") or t.is_upper and len(t) > 2 for t in first[:3]):
            return nxt.sent.start  # a headline line, then the lead
    return first.start


def _named_later_in_lead(doc: Doc, head: Token, index: Any) -> str | None:
    """"A coroner has found that ..." / "A state judge blocked ...": a news lead describes the
    actor and names them further down ("area coroner Helen Garside", "Judge Renata Salcedo");
    an indefinite singular role in the article's first two sentences is the first person
    named in the next five whose title or role holds the same noun."""
    if head.tag_ != "NN":
        return None
    if head.lower_ in LEAD_HEADS and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children) \
            and head.sent.start == _first_body_sentence(doc):
        # "WASHINGTON - The head of one of the country's fastest-growing AI companies told
        # senators ... \n\n Nathaniel Oduya, the 44-year-old co-founder of Helix, testified":
        # a lead that describes its speaker and names them in the next sentence
        if any(m.start < head.idx and _entity_type(index, m.entity) == "PERSON" for m in getattr(index, "mentions", [])):
            return None
        if head.sent.end >= len(doc):
            return None
        nxt = _skip_space(doc[head.sent.end])
        for m in getattr(index, "mentions", []):
            if nxt.sent.start_char <= m.start < nxt.sent.end_char and _entity_type(index, m.entity) == "PERSON":
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or span.start - nxt.sent.start > 3:
                    return None
                # the person is described as one who heads something ("the co-founder of Helix"),
                # not "Iranian President X rejected ..." after "The head of the UN watchdog said"
                words = {w for start, eid, ws, _age in coref._person_descriptions(doc, index)
                         if eid == m.entity for w in ws}
                if words & HEADING_WORDS:
                    return m.entity
                # "Elliot Marsh, 41, faced ...": a person first named here as the subject, with no
                # title of their own (an age at most), is the one the lead described
                ent = getattr(index, "entities", {}).get(m.entity)
                first = coref._first_mentions(index).get(m.entity, m.start)
                if ent is not None and not ent.roles and first == m.start and span.root.dep_ in ("nsubj", "nsubjpass") \
                        and not (words - {"the", "a", "an", "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof"}):
                    return m.entity
                return None
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        return None
    noun = head.lower_
    if noun in coref.LEAD_BODY_NOUNS and sent_start_back(head, 1) <= _first_body_sentence(doc):
        # "..., a German charity said on Tuesday. / Mare Libero said its ship ...": a lead
        # that describes the organisation and names it as the next sentence's subject
        return coref._business_named_next(doc, index, head.idx + len(head.text), coref._sent_index(doc))
    if noun not in LEAD_OFFICES or sent_start_back(head, 1) != 0:
        if head.sent.start == _first_body_sentence(doc) and coref._describes_a_person(head) \
                and not any(m.start < head.idx and _entity_type(index, m.entity) == "PERSON"
                            for m in getattr(index, "mentions", [])):
            # "A contractor told the court yesterday that ... / Tan Boon Kiat, 63, was testifying":
            # a lead's described person is the one the next sentence names as its untitled subject
            return _new_subject_next(doc, head, index)
        return None     # only in the lead (the first two sentences), only offices one person holds there
    limit = doc[min(len(doc) - 1, head.sent.end)]
    for _ in range(5):
        if limit.sent.end >= len(doc):
            break
        limit = doc[limit.sent.end]
    ents = getattr(index, "entities", {})
    for m in getattr(index, "mentions", []):
        if m.start <= head.idx:
            continue
        if m.start > limit.idx:
            break
        ent = ents.get(m.entity)
        if ent is not None and ent.type == "PERSON" and any(noun in r.lower().split() for r in ent.roles):
            mention = doc.char_span(m.start, m.end, alignment_mode="expand")
            if mention is not None and {t.lower_ for t in mention.sent} & {"another", "separate", "different", "other"}:
                continue  # "coroner X had opened a separate inquest": someone else's case
            return m.entity
    return None


def _new_subject_next(doc: Doc, head: Token, index: Any) -> str | None:
    """The person first named as the subject opening the sentence after ``head``'s, with no title
    or description of their own (an age at most): "Tan Boon Kiat, 63, was testifying ..."."""
    if head.sent.end >= len(doc):
        return None
    nxt = _skip_space(doc[head.sent.end])
    ents = getattr(index, "entities", {})
    for m in getattr(index, "mentions", []):
        if not nxt.sent.start_char <= m.start < nxt.sent.end_char:
            continue
        if _entity_type(index, m.entity) != "PERSON":
            return None
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        ent = ents.get(m.entity)
        if span is None or span.start - nxt.sent.start > 1 or ent is None or ent.roles \
                or coref._first_mentions(index).get(m.entity, m.start) != m.start \
                or span.root.dep_ not in ("nsubj", "nsubjpass"):
            return None
        words = {w for start, eid, ws, _age in coref._person_descriptions(doc, index) if eid == m.entity for w in ws}
        return m.entity if not words - {"the", "a", "an", "mr", "mrs", "ms", "miss", "dr", "sir", "prof"} else None
    return None


def _latest_person(doc: Doc, index: Any, head: Token, *, placed: bool = False) -> str | None:
    """The person mentioned last before ``head``, within its sentence and the three before,
    not inside quotation marks (a name someone speaks is not the one described). With
    ``placed``, only a person the sentence is about: its subject or the object of a phrase
    on the verb ("For Nana Kwabena Ofori, a chief, ..."), not a name hung on another noun
    ("outside the office of Senator Ana Ruiz", "according to Governor X"), and of a gender
    that fits a "he"/"she" in ``head``'s sentence."""
    lo = sent_start_back(head, 3)
    best = None
    quoted = coref._speech_spans(doc)
    pron = {t.lower_ for t in head.sent if t.lower_ in ("he", "she", "his", "her")}
    want = "f" if pron & {"she", "her"} and not pron & {"he", "his"} else \
        "m" if pron & {"he", "his"} and not pron & {"she", "her"} else None
    for m in getattr(index, "mentions", []):
        if m.start >= head.idx:
            break
        if m.start < doc[lo].idx or _entity_type(index, m.entity) != "PERSON" or coref._inside(quoted, m.start):
            continue
        if placed:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            root = span.root if span is not None and len(span) else None
            on_verb = root is not None and (root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "pobj"
                                             and root.head.head.pos_ in ("VERB", "AUX")
                                             and root.head.head.lemma_.lower() != "accord")
            if not on_verb or want is not None and coref._gender(index, m.entity, doc) not in (None, want):
                continue
        best = m.entity
    return best


def _recent_person_speaker(doc: Doc, index: Any, prior: list[tuple[int, str]], head: Token) -> str | None:
    lo = sent_start_back(head, 2)
    for off, eid in reversed(prior):
        if off < doc[lo].idx:
            break
        if off < head.idx and _entity_type(index, eid) == "PERSON":
            return eid
    return None


def _is_age_head(t: Token) -> bool:
    """'the 54-year-old': NER calls it a DATE, but it is a person."""
    return t.lower_ == "old" and t.i >= 2 and t.doc[t.i - 2].lower_ == "year"


def _is_time_word(t: Token) -> bool:
    """A time expression token ("Tuesday", "12:15 p.m.", "last week")."""
    if _is_age_head(t):
        return False
    return t.ent_type_ in ("DATE", "TIME") or t.lower_ in TIME_WORDS \
        or t.lower_ in WEEKDAYS or bool(re.fullmatch(r"\d{1,2}(:\d\d)?", t.text))


def _inverted_subject_ok(cue: Token, t: Token) -> bool:
    """Whether ``t`` after the cue can be an inverted subject ("said Smith"): not
    inside the cue's reported clause, object or addressee."""
    node = t
    while node.head.i != node.i and node.head.i != cue.i:
        node = node.head
    if node.head.i != cue.i:
        return True        # not under the cue (a broken parse): allowed
    if node.dep_ in ("ccomp", "xcomp", "advcl", "npadvmod", "conj", "prep", "dative"):
        return False
    if node.dep_ == "dobj" and cue.lemma_.lower() in ADDRESSEE_VERBS:
        return False
    return True


ASIDE_OPENERS = {"flanked", "visibly", "clearly", "still", "now"}


# participles of being questioned that open an aside ("X, asked about the deal, said")
ASKED_ASIDES = {"asked", "pressed", "questioned", "quizzed", "challenged", "contacted", "reached", "approached"}


def _subject_before_aside(doc: Doc, cue: Token, exclude: list[tuple[int, int]]) -> Token | None:
    """The noun before a participle aside set off by commas ("Bill Eastland,
    wearing a cowboy hat, said"; "Tom Smith, speaking at a rally, said"), which
    the parser often leaves without a subject link to the cue."""
    if cue.i < 3 or doc[cue.i - 1].text != ",":
        return None
    j = cue.i - 2
    finite = False
    text = _text(doc)
    while j > cue.sent.start and doc[j].text != "," and cue.i - j < 16:
        if _covers(exclude, doc[j].idx) and not any(
                a <= doc[j].idx < b and _words(text[a:b]) <= 4 for a, b in exclude):
            return None   # (a short label inside the aside is fine: 'wearing "Ted Cruz" pins')
        finite = finite or doc[j].pos_ in ("VERB", "AUX") and doc[j].tag_ in FINITE_TAGS
        j -= 1
    if doc[j].text != "," or j < 1:
        return None
    # a participle or a relative clause ("Levine, who has given money to ..., said",
    # parsed with no subject for the cue)
    opener = doc[j + 1]
    # ("Oduya, asked about her account, said": "asked" tagged a finite past is still the aside)
    asked = opener.lower_ in ASKED_ASIDES and not any(
        t.tag_ in FINITE_TAGS and t.pos_ in ("VERB", "AUX") for t in doc[opener.i + 1:cue.i - 1])
    if not (opener.lower_ in ("who", "whose") or asked or not finite and (
            opener.tag_ in ("VBG", "VBN") or opener.lower_ in ASIDE_OPENERS)):
        return None
    t = doc[j - 1]
    if t.pos_ not in ("PROPN", "NOUN") or _covers(exclude, t.idx):
        return None
    return t


def _name_head(tok: Token, before: int) -> Token:
    """The word a run of compound words hangs on ("leader Pak Chol-jun" -> "jun"), when it
    stands before token ``before``."""
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i and tok.head.i < before:
        tok = tok.head
    return tok


def _quoted_as(doc: Doc, cue: Token, exclude: list[tuple[int, int]]) -> tuple[Token, Token | None, Token] | None:
    """'Interfax quoted Peskov as saying ...', 'Peskov was quoted by TASS as saying ...':
    (the person quoted, the outlet quoting, "quoted") for a "saying" cue after "as". The parser
    often hangs "as saying" on the object or makes "quoted" an adjective, so the
    words are read in order rather than through the tree."""
    if cue.lower_ not in ("saying", "telling", "stating", "writing"):
        return None
    as_ = next((t for t in reversed(list(doc[cue.sent.start:cue.i])) if not t.is_space), None)
    if as_ is None or as_.lower_ != "as":
        return None
    verb = next((t for t in reversed(list(doc[cue.sent.start:as_.i]))
                 if t.lower_ in ("quoted", "quotes", "quote", "quoting")), None)
    if verb is None or _covers(exclude, verb.idx):
        return None
    between = [t for t in doc[verb.i + 1:as_.i] if not _covers(exclude, t.idx)]
    if verb.lower_ == "quoting" or any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("relcl", "acl", "aux", "auxpass")
                                       and t.head.dep_ not in ("relcl", "acl") for t in between):
        # ("The newspaper, quoting officials, cited the general as saying": another verb
        # between takes the "as saying")
        return None
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.i < verb.i:
        # "Officials quoted in the report as saying ...": the noun the participle describes
        return verb.head, None, verb
    if verb.tag_ == "VBN" and (any(c.dep_ == "auxpass" for c in verb.children)
                               or verb.i > 0 and doc[verb.i - 1].lemma_ == "be"):
        # passive: the subject was quoted, "by" names the outlet
        who = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        agent = next((t for t in between if t.lower_ == "by"), None)
        source = next((t for t in between if agent is not None and t.i > agent.i
                       and t.pos_ in ("PROPN", "NOUN")), None)
        if source is not None:
            source = _name_head(source, as_.i)
        return (who, source, verb) if who is not None else None
    who = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < as_.i), None)
    if who is None:
        who = next((t for t in between if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if who is None:
            return None
        who = _name_head(who, as_.i)
    source = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    if source is None:
        # '"...," the KCNA quoted the leader as saying', with "quoted" misread
        source = next((t for t in reversed(list(doc[cue.sent.start:verb.i]))
                       if t.pos_ in ("PROPN", "NOUN") and not _covers(exclude, t.idx)), None)
        if source is not None and not source.is_sent_start and any(
                t.is_punct and t.text not in "-." for t in doc[source.i:verb.i]):
            source = None
    return who, source, verb


# bodies a writer names as "the <Name> <noun>"
NAMED_BODY_HEADS = {"collective", "union", "association", "movement", "alliance", "coalition", "federation",
                    "network", "campaign"}


def _late_pronouns(doc: Doc, index: Any, results: list[Quote]) -> None:
    """Reported speech is read before the direct quotes, so a pronoun reporting after a
    long quotation had no speaker of it to go back to ("the Environment Secretary said: /
    "..." [three paragraphs] / She confirmed that ..."): such a pronoun, left without a
    speaker, is resolved again with every quote's speaker before it."""
    spoken = sorted((min(q.start, q.speaker_start if q.speaker_start is not None else q.start), q.speaker)
                    for q in results if q.speaker)
    for n, q in enumerate(results):
        if q.speaker is not None or q.kind == "direct" or q.speaker_kind != "pronoun" or q.speaker_start is None:
            continue
        span = doc.char_span(q.speaker_start, q.speaker_end or q.speaker_start + 1, alignment_mode="expand")
        if span is None or not len(span) or span[0].sent.start == 0:
            continue
        # only right after the quotation: its last sentence is the one before the pronoun's
        # ("A fisherman was sceptical. He said ..." is someone else)
        before = doc[span[0].sent.start - 1].sent
        if not any(o.kind == "direct" and o.speaker and before.start_char <= o.end <= before.end_char + 2
                   for o in results):
            continue
        eid = coref.resolve_pronoun(doc, span[0].i, index,
                                    prior_speakers=[(off, e) for off, e in spoken if off < q.speaker_start])
        if eid is not None:
            results[n] = q.model_copy(update={"speaker": eid})


def _speaker_of_cue(doc: Doc, cue: Token, index: Any, prior: list[tuple[int, str]],
                    exclude: list[tuple[int, int]]) -> Attribution:
    quoted_as = _quoted_as(doc, cue, exclude)
    if quoted_as is not None:
        who, channel, verb = quoted_as
        att = _resolve_speaker(doc, who, index, prior)
        att.cue, att.cue_text, att.channel = cue, _cue_text(doc, cue), channel
        if att.speaker_span is not None and who.i > verb.i and att.speaker_span[0] <= verb.idx:
            # a misparse that makes the whole sentence the object's subtree: the
            # speaker's words start after "quoted"
            att.speaker_span = (doc[verb.i + 1].idx, att.speaker_span[1])
        return att
    subj = _subject(cue)
    blocked = False
    if subj is not None and _is_time_word(subj) and subj.pos_ != "PRON":
        subj, blocked = None, True
    if subj is not None and subj.pos_ == "ADP":
        # 'Of Carson, Levine, who ..., said': a fronted phrase taken for the subject,
        # with the name after its comma hung inside it
        subj = next((t for t in reversed(list(subj.subtree)) if t.pos_ in ("PROPN", "NOUN") and t.i < cue.i
                     and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
                     and not _covers(exclude, t.idx)), None)
    if subj is not None and _covers(exclude, subj.idx):
        # a quote glued to the next sentence by the parser: the real subject hangs
        # on the quoted word as an apposition ('..." President Mendes, who ..., said')
        subj = next((c for c in subj.children if c.dep_ in ("appos", "conj") and c.i < cue.i
                     and not _covers(exclude, c.idx)), None)
    if subj is not None and subj.idx < (dl_end := _dateline_end(doc, cue.idx)):
        # "LONDON, April 24 (Agency) - Skyvale Airways cut ... and said": the
        # parser makes the dateline the subject and hangs the name on it
        subj = next((t for t in subj.subtree if t.idx >= dl_end and t.dep_ == "appos"
                     and t.pos_ in ("PROPN", "NOUN") and t.i < cue.i), None)
    # "Mark Osei, who ..., said": the relative pronoun stands for the noun it modifies
    rel = None
    if subj is not None and subj.tag_ in ("WP", "WDT") and cue.dep_ == "relcl":
        rel = subj
        subj = cue.head
        # "said Mark Osei, an analyst at Harcourt Securities, who noted ...": the
        # clause hangs on the last noun of the apposition; the person is higher up
        if subj.ent_type_ != "PERSON":
            up = subj
            for _ in range(6):
                if up.dep_ not in ("pobj", "prep", "appos", "compound", "conj") or up.head is up:
                    break
                up = up.head
                if up.ent_type_ == "PERSON" or _entity_type(index, _entity_at(index, up.idx, up.idx + len(up.text))) == "PERSON":
                    subj = up
                    break
    if subj is None or subj.tag_ in ("VBN", "VBG"):
        # "Asked about his future, Lund, 58, said ...": the parser hangs the name on
        # the opening participle's object as an apposition (and may even make the
        # participle the subject)
        first = next((t.i for t in cue.sent if not t.is_space), cue.sent.start)
        opener = next((c for c in cue.children if c.dep_ in ("advcl", "nsubj") and c.i < cue.i
                       and c.tag_ in ("VBN", "VBG") and c.i == first), None)
        if opener is not None:
            subj = next((t for t in reversed(list(opener.subtree)) if t.dep_ == "appos" and t.pos_ == "PROPN"
                         and not _covers(exclude, t.idx)), None)
    if subj is None:
        mis = _misparsed_relative_subject(cue)
        if mis is not None:
            subj = mis
    if subj is None and cue.dep_ == "acl" and cue.i > 0 and doc[cue.i - 1].text == ",":
        # 'Ellis, the head of the Forward PAC, tweeted on Friday': the parser hangs
        # the finite verb on the apposition's last noun; the speaker is the noun
        # the apposition describes
        subj = next((t for t in doc[cue.sent.start:cue.i] if t.pos_ in ("PROPN", "NOUN")
                     and not _covers(exclude, t.idx)
                     and any(c.dep_ == "appos" and (cue in c.subtree or cue.head.i == t.i) for c in t.children)), None)
    prev_tok = doc[cue.i - 1] if cue.i > 0 else None
    if subj is None and cue.dep_ == "amod" and cue.head.i > cue.i and prev_tok is not None and \
            (prev_tok.pos_ in ("PROPN", "NOUN") or _is_age_head(prev_tok)) and not _covers(exclude, prev_tok.idx):
        # '"...," the 58-year-old told reporters': the parser reads "told" as an adjective
        # of "reporters"; the words before it are the speaker, not the addressee after
        subj = prev_tok
    if subj is None and not (prev_tok is not None and prev_tok.pos_ in ("PROPN", "NOUN", "PRON")):
        # inverted or badly parsed: the nearest noun after/before the verb, but not
        # a time ("said Tuesday"), the addressee ("told Fox News") or the subject
        # of the reported clause ("saying the plan was ...")
        for t in list(doc[cue.i + 1: cue.i + 6]):
            if _covers(exclude, t.idx) or t.is_punct and t.text not in ",":
                break
            if _is_time_word(t):
                blocked = True
                continue
            # '"...," said Marisol Tapia, whose brother is among the injured': right after a
            # closing mark the quote is what was said, so a name after the cue is its speaker
            # even when the parser hangs it in a clause of the cue
            after_mark = prev_tok is not None and prev_tok.text in CLOSING_MARKS and t.i == cue.i + 1 \
                and t.pos_ == "PROPN"
            if not after_mark and not _inverted_subject_ok(cue, t):
                blocked = blocked or t.pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM")
                break
            if t.pos_ in ("PROPN", "NOUN", "PRON"):
                subj = _name_head(t, cue.i + 8)
                break
    if subj is None:
        subj = _subject_before_aside(doc, cue, exclude)
    if subj is None:
        depth = 0
        for t in reversed(list(doc[max(0, cue.i - 10):cue.i])):
            if _covers(exclude, t.idx):
                break
            if t.text == ")":
                depth += 1
                continue
            if t.text == "(":
                depth = max(0, depth - 1)
                continue
            if depth:
                continue
            if t.is_punct and t.text not in "-" or t.pos_ in ("VERB", "AUX", "ADP", "SCONJ"):
                break
            if _is_time_word(t):
                continue
            # '"...?" the 53-year-old said': the age hangs on the cue as an adjective
            if t.pos_ in ("PROPN", "NOUN", "PRON") or _is_age_head(t) and t.head.i == cue.i:
                subj = t
                break
    if subj is None and cue.dep_ == "pcomp" and cue.head.lower_ == "for" and cue.head.head.pos_ == "VERB":
        # "criticized Romney for suggesting that ...": the object said it
        obj = next((c for c in cue.head.head.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON") and not _covers(exclude, obj.idx):
            subj = obj
    if subj is None and cue.tag_ == "VBG" and cue.i > 0 and (doc[cue.i - 1].text == "," or blocked):
        # "People marched ..., chanting "...": a broken parse; the participle
        # shares the subject of the nearest finite verb before it
        for v in reversed(list(doc[cue.sent.start:cue.i])):
            if v.pos_ in ("VERB", "AUX"):
                cand = next((c for c in v.children if c.dep_ == "nsubj"), None)
                if cand is not None and not _covers(exclude, cand.idx):
                    subj = cand
                    break
    if subj is not None and subj.pos_ in ("PROPN", "NOUN") and subj.text[:1].isupper() \
            and _entity_at(index, subj.idx, subj.idx + len(subj.text)) is None:
        # "Lands and Natural Resources Minister Yaw Darko-Appiah wrote": the parser makes the
        # portfolio's first word the subject and the holder its conjunct; the title is his role
        for c in subj.conjuncts:
            eid = _entity_at(index, c.idx, c.idx + len(c.text)) if c.i > subj.i else None
            ent = getattr(index, "entities", {}).get(eid) if eid else None
            if ent is not None and ent.type == "PERSON" and any(subj.text in r.split() for r in ent.roles):
                subj = c
                break
    if subj is None:
        return Attribution(cue=cue, cue_text=_cue_text(doc, cue), speaker=None, blocked=blocked)
    att = _resolve_speaker(doc, subj, index, prior)
    att.cue, att.cue_text = cue, _cue_text(doc, cue)
    if rel is not None and rel.lower_ == "who" and att.speaker_id is not None:
        # the surface form at the attribution is the relative pronoun
        att.speaker_span = (rel.idx, rel.idx + len(rel.text))
        att.speaker_kind = "pronoun"
    return att


# --------------------------------------------------------------------------- medium and date


def _medium(doc: Doc, cue: Token | None, index: Any) -> tuple[str | None, str | None]:
    """(medium entity id, medium text) from the cue's modifiers."""
    if cue is None:
        return None, None
    if cue.lemma_.lower() in TWEET_VERBS or cue.lower_.startswith("tweet"):
        return _add_entity(index, "Twitter", "ORG", None), "Twitter"
    cands: list[Token] = []
    for c in cue.children:
        if c.dep_ in ("dative", "dobj") and cue.lemma_.lower() in ("tell", "inform"):
            cands.append(c)
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "to", "via", "through"):
            cands.extend(g for g in c.children if g.dep_ == "pobj")
        if c.dep_ == "agent":
            cands.extend(g for g in c.children if g.dep_ == "pobj")
    for n in cands:
        found = _medium_of(doc, n, cue, index)
        if found is not None:
            return found
    return None, None


def _medium_of(doc: Doc, n: Token, cue: Token, index: Any) -> tuple[str | None, str | None] | None:
    """The channel a noun phrase names (a social network, a named outlet, or an
    outlet noun such as "the newspaper"), else None."""
    media = medium_nouns()
    right = n
    for c in n.rights:
        if c.dep_ in ("appos", "flat", "compound") and c.i == right.i + 1 or c.dep_ == "appos":
            right = c.right_edge if c.dep_ == "appos" else c
    s, e = n.left_edge.idx, right.idx + len(right.text)
    text = _text(doc)[s:e]
    low = _text(doc)[n.left_edge.idx:n.right_edge.idx + len(n.right_edge.text)].lower()
    for key, name in SOCIAL.items():
        if re.search(rf"\b{re.escape(key)}\b", low):
            return _add_entity(index, name, "ORG", None), name
    named = None
    for t in n.subtree:
        if t.ent_type_ in MEDIUM_ENT_TYPES or t.pos_ == "PROPN":
            ent = _ent_containing(doc, t.i)
            if ent is not None and ent.label_ in MEDIUM_ENT_TYPES:
                named = ent
                break
    head_media = n.lemma_.lower() in media or n.lower_ in media or any(
        t.lower_ in media for t in n.lefts)
    if named is not None and (head_media or cue.lemma_.lower() == "tell" or n.pos_ == "PROPN"):
        eid = _entity_at(index, named.start_char, named.end_char) or _add_entity(
            index, named.text, named.label_, (named.start_char, named.end_char))
        return eid, re.sub(r"^the\s+", "", named.text, flags=re.I)
    if head_media:
        mt = re.sub(r"^(a|an|the|his|her|their|its)\s+", "", text, flags=re.I)
        return None, mt
    return None


def _resolve_date(expr: str, published: dt.date | None) -> dt.date | None:
    try:
        from narrascope import timex

        return timex.resolve(expr, published)
    except (NotImplementedError, ImportError, AttributeError):
        pass
    if published is None:
        return None
    low = expr.lower()
    if re.search(r"\b(last|next|this)\s+(week|month|year)\b", low):
        return None
    if "yesterday" in low:
        return published - dt.timedelta(days=1)
    if re.search(r"\b(today|tonight)\b", low):
        return published
    for n, wd in enumerate(WEEKDAYS):
        if re.search(rf"\b{wd}\b", low):
            delta = (published.weekday() - n) % 7
            return published - dt.timedelta(days=delta)
    return None


def _date(doc: Doc, cue: Token | None, published: dt.date | None,
          exclude: list[tuple[int, int]]) -> str | None:
    if cue is None:
        return None
    children = list(cue.children)
    # "X on Friday rejected ..., saying ...": the participle shares the main verb's time
    if cue.dep_ in ("advcl", "conj") and cue.tag_ in ("VBG", "VBD", "VBZ"):
        children += [c for c in cue.head.children if c.i < cue.i]
    for c in children:
        if _covers(exclude, c.idx) or c.dep_ in ("ccomp", "xcomp", "advcl", "conj"):
            continue
        sub = list(c.subtree)
        if len(sub) > 6:
            continue
        text = _text(doc)[sub[0].idx:sub[-1].idx + len(sub[-1].text)]
        if c.ent_type_ in ("DATE", "TIME") or any(t.ent_type_ == "DATE" for t in sub) or DATE_WORDS.search(text):
            if c.dep_ not in ("npadvmod", "prep", "advmod", "tmod", "obl", "nmod"):
                continue
            d = _resolve_date(text, published)
            if d is not None:
                return d.isoformat()
    # "said on Monday it would ...": the parser hangs the time on the reported verb
    m = LEADING_TIME.match(_text(doc), cue.idx + len(cue.text) + 1)
    if m:
        d = _resolve_date(m.group(0), published)
        if d is not None:
            return d.isoformat()
    return None


# --------------------------------------------------------------------------- regions


_SENT_END_RE = re.compile(r"[.!?](?=\s|$)")
# a period after a title or an initial does not end the sentence ("Mr. Pruzan
# said", "Sen. Ted Cruz", "George W. Bush", "Gov. John R. Kasich")
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
                 "st", "jr", "sr", "prof", "rev", "hon", "atty", "supt", "mt", "ft", "no", "vs",
                 "u.s", "u.k", "u.n", "d.c", "a.m", "p.m", "inc", "corp", "co", "ltd", "dept",
                 "jan", "feb", "aug", "sept", "oct", "nov", "dec", "pres", "cmdr", "adm", "maj", "messrs"}


def _is_sentence_end(text: str, m: re.Match[str]) -> bool:
    if m.group(0) != ".":
        return True
    k = m.start()
    j = k
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:k].lower()
    if word in ABBREVIATIONS or (len(word) == 1 and text[j:k].isupper()):
        # "U.S." or "p.m." can end a sentence: only when a capitalised word follows
        # that is not a name part, which we cannot tell; titles never end one
        return False
    return True


class _SentEnd:
    """``search``/``finditer`` over sentence-final punctuation, abbreviations skipped."""

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        for m in _SENT_END_RE.finditer(text, pos, endpos):
            if _is_sentence_end(text, m):
                return m
        return None

    def finditer(self, text: str, pos: int, endpos: int):  # type: ignore[no-untyped-def]
        return (m for m in _SENT_END_RE.finditer(text, pos, endpos) if _is_sentence_end(text, m))


_SENT_END = _SentEnd()


def _region_after(text: str, close: int, para_end: int, quoted: list[QuotedSpan]) -> tuple[int, int]:
    """Text after a closing mark up to the end of its sentence (or the next quote)."""
    nxt = min([sp.open for sp in quoted if sp.open >= close] + [para_end])
    m = _SENT_END.search(text, close, nxt)
    end = m.start() if m else nxt
    return close, end


def _region_before(text: str, open_: int, para_start: int, quoted: list[QuotedSpan]) -> tuple[int, int]:
    prev = max([sp.close for sp in quoted if sp.close <= open_] + [para_start])
    start = prev
    for m in _SENT_END.finditer(text, prev, open_):
        start = m.end()
    return start, open_


def _para_of(paras: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    for s, e in paras:
        if s <= offset <= e:
            return s, e
    return 0, len(paras and paras[-1][1] or 0)


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _title_like(text: str) -> bool:
    """A short title-case phrase ("Orange Is the New Black"): a name, not speech."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if not words or len(words) > 8 or text.rstrip()[-1:] in ".!?":
        return False
    small = {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "with", "is", "at", "by"}
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= 2 and all(w[0].isupper() or w.lower() in small for w in words)


def _full_sentence(doc: Doc, s: int, e: int) -> bool:
    """A quoted sentence however short ("I need you tomorrow."): it ends in . ! or ?
    and has a finite verb."""
    return _text(doc)[s:e].rstrip()[-1:] in (".", "!", "?") and any(
        t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in _tokens_in(doc, s, e))


def _sentence_like(doc: Doc, s: int, e: int) -> bool:
    text = _text(doc)[s:e]
    if _words(text) <= LABEL_MAX_WORDS or _title_like(text):
        return False
    toks = _tokens_in(doc, s, e)
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in toks)
    return has_verb or text.rstrip()[-1:] in ".!?" or _words(text) >= 8


# --------------------------------------------------------------------------- main


def find_scare_quotes(doc: Doc, quotes: list[Quote] | None = None) -> list[tuple[int, int]]:
    """Offsets (marks excluded) of scare quotes and labels: quoted spans of at most
    six words that no quote overlaps. Longer quoted text without a speaker is
    neither a quote nor a label. ``quotes``: the article's quotes if already found
    (else they are extracted here, without an entity index)."""
    if quotes is None:
        quotes = find_quotes(doc, _NullIndex())
    text = _text(doc)
    covered = [(q.start, q.end) for q in quotes]
    return [
        (sp.start, sp.end)
        for sp in find_quoted_spans(text)
        if len(text[sp.start:sp.end].split()) <= 6 and not any(a < sp.end and sp.start < b for a, b in covered)
    ]


class _NullIndex:
    entities: dict[str, Any] = {}
    mentions: list[Any] = []

    def entity_at(self, start: int, end: int) -> None:
        return None

    def add_entity(self, *a: Any, **k: Any) -> None:
        return None

    def add_role(self, *a: Any, **k: Any) -> None:
        return None


def _second_that(conj: Token) -> bool:
    """A conjoined clause opened by "that": marked so, or misparsed with "that" as the
    determiner of its subject ("said A, but that fresh rockfall had forced them back")."""
    if _marked_that(conj):
        return True
    first = conj.left_edge
    if first.lower_ == "that" and first.dep_ == "det" and first.head.i == conj.i and conj.tag_ in ("NNS", "NNPS") \
            and first.i >= 1 and first.doc[first.i - 1].lower_ in ("and", "but") \
            and any(c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") for c in conj.children):
        # "warned that A and that supply shortages meant B": "that" before a plural is no
        # determiner; the parser made the subject the conjunct and its verb a modifier
        return True
    return first.lower_ == "that" and first.dep_ == "det" and first.head.dep_ in SUBJECT_DEPS \
        and first.head.head.i == conj.i and first.i >= 2 and first.doc[first.i - 1].lower_ in ("and", "but") \
        and first.doc[first.i - 2].text == ","


def _own_second_that(conj: Token, clause: Token) -> bool:
    """Whether "and that B" under ``clause`` is the cue's own second report: hung on the
    clause itself, or lower on a verb that is no "that"-clause of another verb ("said
    volumes fell as shoppers traded down and that the firm would cut jobs"), not
    parallel to an embedded report ("said the report showed that A and that B")."""
    if conj.head.i == clause.i:
        return True
    return not _marked_that(conj.head)


def _cue_level_conj(conj: Token, clause: Token, cue: Token) -> bool:
    """'said it had documented 11 injuries, and called the response "unlawful"': a bare
    simple past of naming after a comma, coordinated with a backshifted report ("had
    documented", "would appeal"), is the speaker's next act in the narrative tense of the
    cue, not more of what was said (the parser hangs it on the reported verb). Other verbs
    share the report's auxiliary ("he had invented a supplier, and paid its invoices")."""
    return cue.tag_ == "VBD" and conj.tag_ == "VBD" and conj.i > clause.i \
        and conj.lemma_.lower() in LABEL_VERBS | AS_LABEL_VERBS \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in conj.children) \
        and any(c.dep_ == "aux" and c.lower_ in ("had", "would", "could", "might", "should") for c in clause.children) \
        and conj.i >= 2 and conj.doc[conj.i - 1].lower_ == "and" and conj.doc[conj.i - 2].text == ","


# subordinators of a condition inside a reported clause ("until X agrees"); not "after"
# or "when", which often open a report of their own ("..., after the ministry said ...")
CONDITION_MARKS = {"until", "unless", "if", "once"}


def _clause_span(doc: Doc, clause: Token, cue: Token) -> tuple[int, int] | None:
    toks = sorted(clause.subtree, key=lambda t: t.i)
    # "said X, and accused Y": a conjoined cue is a report of its own
    # (not "would replace part of the tax rather than add to it": a comparison, no cue)
    conj_cues = [c for c in clause.children if c.dep_ == "conj" and (_is_cue(c) or _cue_level_conj(c, clause, cue))
                 and doc[c.i - 1].lower_ != "than"]
    conj_cues += [c for c in clause.subtree if c.dep_ == "conj" and c.i != clause.i
                  and _second_that(c)
                  and _own_second_that(c, clause)]
    conj_cues += [c for c in clause.subtree if c.i != clause.i
                  and getattr(_reporting_conj_head(c), "i", None) == cue.i]
    # "..., while organisers said ...": an embedded report with its own subject
    # (not "will stay until New Delhi agrees to ...": a condition of the report, no report)
    conj_cues += [c for c in clause.subtree if c.i != clause.i and c.dep_ in ("conj", "advcl")
                  and _is_cue(c) and any(x.dep_ in SUBJECT_DEPS for x in c.children)
                  and not any(x.dep_ == "mark" and x.lower_ in CONDITION_MARKS for x in c.children)]
    # 'insisted that he has "expanded the party," claiming that ...': a participle cue set
    # off by a comma is the speaker's next report, not part of this one
    conj_cues += [c for c in clause.subtree if c.i != clause.i and c.dep_ == "advcl" and c.tag_ == "VBG"
                  and (_is_cue(c) or c.lemma_.lower() in LABEL_VERBS)
                  and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text in (",", "”", '"')
                  and any(x.dep_ in ("ccomp", "dobj", "oprd") for x in c.children)]
    # 'said things "should be wrapped up by Cleveland," referring to the convention': the
    # outlet's gloss after the closing mark is not what was said
    conj_cues += [c for c in clause.subtree if c.i != clause.i and c.dep_ in ("advcl", "acl", "xcomp")
                  and c.tag_ == "VBG" and c.lemma_.lower() == "refer"
                  and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text in (",", "”", '"')]
    # "Rubio said the extremist is Clinton, and he railed against her record": a simple past
    # after ", and" with the speaker's own pronoun as subject goes on with the narrative
    narrative = [c for c in clause.subtree if c.i != clause.i and c.dep_ == "conj" and c.tag_ == "VBD"
                 and cue.tag_ == "VBD" and c.i > cue.i
                 and any(x.dep_ == "nsubj" and x.lower_ in ("he", "she") for x in c.children)
                 and not any(x.dep_ in ("aux", "auxpass") for x in c.children)
                 and c.i >= 3 and doc[c.i - 2].lower_ == "and" and doc[c.i - 3].text == ","]
    if narrative:
        cue_subj = _subject(cue)  # (looked up once, and only when a candidate is there)
        if cue_subj is not None and cue_subj.pos_ in ("PROPN", "PRON"):
            conj_cues += narrative
    # "he understood the anger of the fans, who chanted '...'": a relative clause that reports
    # someone else's words is not part of this report
    conj_cues += [c for c in clause.subtree if c.dep_ == "relcl" and _is_cue(c)
                  and any(x.dep_ in SUBJECT_DEPS and x.lower_ in ("who", "which") for x in c.children)
                  and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","]
    if conj_cues:
        cut = min(c.left_edge.i for c in conj_cues)
        toks = [t for t in toks if t.i < cut]
        while toks and (toks[-1].dep_ == "cc" or toks[-1].is_punct):
            toks = toks[:-1]
    # '"...," Tom Smith, speaking at a rally, said': the parser hangs the speaker and
    # the aside on the quoted clause; the report ends before them
    aside = _subject_before_aside(doc, cue, []) if clause.i < cue.i else None
    if aside is not None and toks and toks[0].i < aside.left_edge.i <= toks[-1].i:
        toks = [t for t in toks if t.i < aside.left_edge.i]
    elif aside is not None and toks and aside.left_edge.i <= toks[0].i and clause.i < cue.i:
        # "Oduya, asked about her account, said he ...": the parser made the subject and the
        # aside a clause of their own; they are the speaker, not what was said
        return None
    # drop the complementiser and edge punctuation
    # "declined to say whether ...", "asked if ...": a question, not reported content
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
        return None
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in ("decline", "refuse"):
        return None
    # "has never said what it would do": a question left unanswered, nothing reported
    if toks and toks[0].tag_ in ("WP", "WRB") and toks[0].i > cue.i \
            and any(c.dep_ == "neg" for c in cue.children):
        return None
    misparsed_that = not _marked_that(clause) and _second_that(clause)
    while toks and (toks[0].lower_ == "that" and (toks[0].tag_ != "DT" or toks[0].dep_ == "mark" or misparsed_that)
                    and len(toks) > 1
                    or toks[0].is_punct and toks[0].text not in "\"“„«‘'"):
        toks = toks[1:]
    # "said on Monday (that) it would ...": the time belongs to the report
    if toks and toks[0].i > cue.i:
        m = LEADING_TIME.match(_text(doc), toks[0].idx)
        if m and m.end() < toks[-1].idx:
            rest = [t for t in toks if t.idx >= m.end()]
            while rest and (rest[0].lower_ == "that" and rest[0].tag_ != "DT" or rest[0].is_punct):
                rest = rest[1:]
            if len(rest) >= 3:
                toks = rest
    while toks and toks[-1].is_punct and toks[-1].text not in "\"”»’'":
        toks = toks[:-1]
    # "the wall, which he said Mexico should pay for": the relative pronoun before
    # the cue belongs to the clause; what is reported follows the cue
    rel = [t for t in toks if t.i < cue.i]
    if toks and all(t.tag_ in ("WDT", "WP") for t in rel):
        toks = [t for t in toks if t.i > cue.i]
        # "The fees, which officials said start in May, do not ...": a relative
        # clause set off by commas ends at the next comma
        if rel and rel[0].i > 0 and doc[rel[0].i - 1].text == ",":
            comma = next((t for t in toks if t.text == ","), None)
            if comma is not None:
                toks = [t for t in toks if t.i < comma.i]
    if not toks:
        return None
    if toks[0].i <= cue.i <= toks[-1].i:
        return None
    if toks[0].i > cue.i and not any(t.pos_ in ("VERB", "AUX") for t in toks) \
            and not any(t.text in "\"“”«»" for t in toks):
        return None  # "she told senators, her voice steady": no verb, nothing reported
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if toks[0].i < cue.i:
        # "KUALA LUMPUR, June 18 (SBW) - Shippers could ..., the group warned": the wire's
        # dateline is no part of what was said
        dl = _dateline_end(doc, s)
        if s < dl < e:
            s = dl
    n = _words(_text(doc)[s:e])
    # "I think", "Fallon fired back": too short to be reported content
    # ("they would appeal" is a report: a modal and a subject of its own)
    # ("denied targeting civilians": a gerund with its object is content of two words)
    gerund = clause.tag_ == "VBG" and clause.i == cue.i + 1 and cue.lemma_.lower() in GERUND_REPORT_VERBS
    if n < (2 if gerund else 3) or (n <= 5 and clause.lemma_.lower() in ("think", "forget", "know")) \
            or (n <= 3 and _is_cue(clause) and not (
                any(c.dep_ == "nsubj" for c in clause.children)
                and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "might") for c in clause.children))):
        return None
    return s, e


OBJECT_COMPLEMENT_VERBS = {"accuse": "of", "urge": None, "ask": None, "warn": None}


def _object_complement(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """Content of "X accused Y of Z" / "X urged Y to Z": from Y to the end of Z."""
    lemma = verb.lemma_.lower()
    if lemma not in OBJECT_COMPLEMENT_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if obj is None:
        return None
    prep = OBJECT_COMPLEMENT_VERBS[lemma]
    if prep is not None:
        comp = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == prep and c.i > obj.i), None)
        if comp is None:
            comp = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == prep), None)
    else:
        comp = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > obj.i), None)
    if comp is None:
        return None
    s, e = obj.left_edge.idx, comp.right_edge.idx + len(comp.right_edge.text)
    s, e = _trim(_text(doc), s, e)
    while e > s and _text(doc)[e - 1] in ".!?":
        e -= 1
    if _words(_text(doc)[s:e]) < 3:
        return None
    return s, e


# question words after which "asked" reports the question ("asked why the bill ...")
QUESTION_WORDS = {"why", "how", "when", "where"}


def _question_clause(doc: Doc, ask: Token) -> tuple[int, int] | None:
    """"She asked Pruitt whether his office kept video": the question put, after
    "whether"/"if" or a question word. Not the reporter's "Asked whether ..., X said"
    participle, nor a passive "was asked" (the asker is not named)."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in ask.children) \
            or ask.i == ask.sent.start or ask.dep_ == "advcl" and not any(
                c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in ask.children):
        return None
    for c in ask.children:
        if c.dep_ != "ccomp" or c.i < ask.i:
            continue
        opener = next((m for m in c.children if m.dep_ == "mark" and m.lower_ in ("whether", "if")), None)
        if opener is None and c.left_edge.lower_ in QUESTION_WORDS and c.left_edge.tag_ == "WRB":
            opener = c.left_edge
        if opener is None:
            continue
        toks = [t for t in c.subtree if t.i > opener.i]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        if len([t for t in toks if not t.is_punct]) < 3:
            continue
        return toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return None


def _according_clause(doc: Doc, acc: Token) -> tuple[int, int] | None:
    """Clause an "according to X" phrase attaches to, without the phrase."""
    sent = acc.sent
    a_s, a_e = acc.left_edge.idx, acc.right_edge.idx + len(acc.right_edge.text)
    s_s, s_e = sent.start_char, sent.end_char
    if a_s - s_s < 3:     # phrase first: "According to X, ..."
        s, e = a_e, s_e
    else:                 # phrase last: "..., according to X."
        s, e = s_s, a_s
    return _report_bounds(_text(doc), s, e)


def _line_bounds(text: str, i: int) -> tuple[int, int]:
    """Start and end of the line (paragraph, in news text) holding offset ``i``."""
    end = text.find("\n", i)
    return text.rfind("\n", 0, i) + 1, len(text) if end < 0 else end


def _report_bounds(text: str, s: int, e: int, opener: str = "", closer: str = "") -> tuple[int, int] | None:
    """[s, e) without the punctuation and spaces around a reported clause; None when
    fewer than three words remain. ``opener``/``closer``: more marks to strip."""
    while s < e and (text[s].isspace() or text[s] in ",;:—–-" + opener):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",.;:!?—–-" + closer):
        e -= 1
    if _words(text[s:e]) < 3:
        return None
    return s, e


def _parenthetical_clause(doc: Doc, cue: Token, marks: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The sentence around a parenthetical attribution ("A, he said, B"), without
    its final punctuation; None when ``cue`` is not such an attribution."""
    # 'Instead, Trump told CNN, his policy would ...' may come out as a ccomp of
    # the later verb; the commas around it (checked below) make it parenthetical
    # 'The hashtag, Mr. Abboud said, accompanied ...' may come out with the verb
    # parsed as a modifier and the cue as parataxis of the subject noun
    if not (cue.dep_ == "parataxis" or cue.dep_ == "ccomp" and cue.i < cue.head.i) \
            or cue.head.pos_ not in ("VERB", "AUX") and not (
                cue.dep_ == "parataxis" and cue.head.pos_ in ("NOUN", "PROPN", "ADJ")):
        return None
    if any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and cue.lemma_.lower() not in ADDRESSEE_VERBS
           for c in cue.children):
        return None
    # 'Voters, Clinton suggested, do not ...': the parser may give the cue the
    # sentence's subject too; the attribution's own is the one next to it
    subj = max((c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i), key=lambda c: c.i,
               default=None)
    left = subj.left_edge if subj is not None else cue
    right = cue
    for c in cue.children:
        if c.i > cue.i and not c.is_punct:
            right = max(right, c.right_edge, key=lambda t: t.i)
    if left.i == 0 or doc[left.i - 1].text not in ",—–" or right.i + 1 >= len(doc) \
            or doc[right.i + 1].text not in ",—–":
        return None
    head = cue.head
    text = _text(doc)
    # the parser may hang the next paragraph (often a quote) on the head: the
    # report stays in the cue's paragraph
    p_s, p_e = _line_bounds(text, cue.idx)
    toks = sorted(set(head.subtree) | set(cue.subtree), key=lambda t: t.i)
    if head.pos_ not in ("VERB", "AUX"):
        # a misparsed sentence: its tree says nothing about the report's extent
        toks = list(cue.sent)
    toks = [t for t in toks if not t.is_space and p_s <= t.idx < p_e]
    while toks and (toks[-1].is_punct and toks[-1].text not in "\"”»’'"):
        toks = toks[:-1]
    if not toks or toks[0].i >= left.i:
        return None
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    dl = _dateline_end(doc, s)
    # 'Greensboro, Sexton said, made him ... — and': no dateline runs over the cue
    if s < dl <= doc[left.i - 1].idx:
        s = dl
    nxt = doc[right.i + 2] if right.i + 2 < len(doc) else None
    if nxt is not None and (nxt.pos_ == "CCONJ" or nxt.tag_ == "VBG" or nxt.lower_ in ("while", "whereas")):
        # "A, they said, and B" / "A, it said, adding that B": the attribution
        # closes the report A; what follows is another clause
        e = doc[left.i - 1].idx
        s2, e = _trim(text, s, e)
        if _words(text[s2:e]) < 3:
            return None
        return s2, e
    if "\n" in text[s:e] or _words(text[s:doc[left.i - 1].idx]) < 1 \
            or _words(text[doc[right.i + 1].idx:e]) < 2:
        return None
    for a, b in marks:
        # a quoted fragment that closes the sentence: the span runs to its closing mark
        if s <= a < e < b and not text[e:b].strip(" .,!?;:\"'”’»›"):
            e = b
    if any(a < e and s < b and not (s <= a and b <= e + 1) for a, b in marks):
        return None
    return s, e


def _inverted_parenthetical(doc: Doc, cue: Token, marks: list[tuple[int, int]]) -> tuple[tuple[int, int], Token] | None:
    """An inverted attribution set inside the reported sentence ("Prices, said Tom
    Ray, the chief economist at Halden Bank, will keep rising"): the sentence
    around it (as for "A, he said, B") and the speaker, the noun phrase right
    after the cue. The parser hangs that phrase on the cue or on the later verb
    and takes the sentence's own subject for the cue's, so the tree alone cannot
    be trusted; the commas and the finite verb after them decide."""
    if cue.i == 0 or doc[cue.i - 1].text != "," or cue.i + 1 >= len(doc) or cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    nxt = doc[cue.i + 1]
    cands = [c for c in cue.children if c.dep_ == "nsubj" and c.i > cue.i]
    cands += [g for c in cue.children if c.dep_ in ("ccomp", "parataxis") and c.i > cue.i
              for g in c.children if g.dep_ == "nsubj" and g.i > cue.i]
    if cue.dep_ == "parataxis":
        cands += [g for g in cue.head.children if g.dep_ == "nsubj" and g.i > cue.i]
    subj = next((c for c in cands if c.left_edge.i == nxt.i and c.pos_ in ("PROPN", "NOUN")), None)
    if subj is None:
        return None
    # the phrase may carry an apposition the parser left outside its subtree
    end = subj.right_edge.i
    while end > subj.i and doc[end].is_punct:
        end -= 1
    if end + 1 < len(doc) and doc[end + 1].text == "," and end + 2 < len(doc) and doc[end + 2].dep_ == "appos" \
            and doc[end + 2].head.i == subj.i:
        end = doc[end + 2].right_edge.i
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    first = doc[end + 2]
    if first.i >= cue.sent.end:
        return None
    # the sentence goes on with its own predicate ("will keep", "was never signed");
    # "who ...", "adding ..." or a second name would make the attribution final
    pred = first if first.pos_ != "ADV" else doc[first.i + 1] if first.i + 1 < cue.sent.end else first
    if pred.tag_ not in ("MD", "VBD", "VBZ", "VBP") or pred.pos_ not in ("AUX", "VERB"):
        return None
    before = [t for t in doc[cue.sent.start:cue.i - 1] if not t.is_space]
    if not before or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in before) \
            or any(t.pos_ in ("VERB", "AUX") and t.tag_ in FINITE_TAGS and t.dep_ in ("ROOT", "ccomp")
                   for t in before):
        return None
    toks = [t for t in doc[cue.sent.start:cue.sent.end] if not t.is_space]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if any(a < e and s < b for a, b in marks):
        return None        # a quotation: the direct-quote path attributes it
    return (max(s, _dateline_end(doc, s)), e), subj


FRONTED_SUBORDINATORS = {"when", "after", "as", "before", "while", "if", "because", "although", "though",
                         "since", "once", "until", "unless", "whereas", "whenever", "where"}


def _final_attribution(doc: Doc, cue: Token, marks: list[tuple[int, int]]
                       ) -> tuple[tuple[int, int], Token, Token | None] | None:
    """A long report closed by its attribution ("Fire officials ignored a forecast
    ..., counsel assisting the coroner told an inquest on Tuesday"; "Pregnant women
    ... are more likely to ..., an international team of researchers reported"),
    which the parser often breaks: it hangs the speaker on the report's last noun
    as an apposition and the cue on it or on the main verb, with no clause under
    the cue. Read from the surface instead: a comma, a short noun phrase, the cue,
    then only adjuncts (or a participle report of its own) to the sentence end.
    Returns the report's span, the speaker phrase's head and the participle that
    goes on with a report of the same speaker (", warning that ..."), if any."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or any(c.dep_ in ("ccomp", "xcomp") for c in cue.children) \
            or cue.dep_ == "parataxis":
        return None
    if any(c.dep_ == "dobj" for c in cue.children) and cue.lemma_.lower() not in ADDRESSEE_VERBS:
        return None   # "Smith said nothing": the object is what was said, and it is no report
    sent = cue.sent
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    if first is None or first.lower_ in FRONTED_SUBORDINATORS:
        return None   # "When the minister arrived, Smith said nothing": a time clause, not a report
    # the speaker phrase: back to the comma, without a finite verb or other punctuation
    # (", his top aide, Tad Devine, told ...": one apposition inside, closed by a comma)
    end = cue.i - 1 if doc[cue.i - 1].text == "," and cue.i - 2 > sent.start else cue.i
    inner = end == cue.i  # no apposition: no comma may stand inside the phrase
    j = end - 1
    while j > sent.start and end - j <= (9 if inner else 12):
        t = doc[j]
        if t.text == ",":
            if inner:
                break
            inner = True  # the apposition's opening comma
            j -= 1
            continue
        if t.is_punct and t.text not in ("-", "’", "'") or t.tag_ in FINITE_TAGS and t.pos_ in ("VERB", "AUX") \
                or t.pos_ == "SCONJ" or t.lower_ in ("who", "which", "that", "and", "but"):
            return None
        j -= 1
    if doc[j].text != "," or j == end - 1 or end != cue.i and doc[j + 1:end].text.count(",") != 1:
        return None
    phrase = doc[j + 1:end]
    heads = [t for t in phrase if t.pos_ in ("NOUN", "PROPN", "PRON") and not (phrase.start <= t.head.i < phrase.end)]
    if len(heads) != 1 or heads[0].ent_type_ in ("DATE", "TIME", "GPE") and heads[0].pos_ != "PRON":
        return None
    if cue.tag_ == "VBN" and not (heads[0].ent_type_ in ("PERSON", "ORG") or any(
            t.lower_ in group_nouns() or t.lower_ in COLLECTIVE_NOUNS for t in phrase)):
        # "..., the biggest drop reported since 2009": a participle on a noun; only a
        # person, a body or a group ("a team of researchers reported") reports
        return None
    # after the cue: adjuncts only, up to the sentence end or a participle report
    then = None
    for t in doc[cue.i + 1:sent.end]:
        if t.tag_ == "VBG" and doc[t.i - 1].text == ",":
            then = t
            break
        if t.tag_ in FINITE_TAGS and t.pos_ in ("VERB", "AUX") or t.text in ("\"", "“", ":") or _covers(marks, t.idx):
            return None
    toks = [t for t in doc[sent.start:j] if not t.is_space]
    if not any(t.tag_ in FINITE_TAGS and t.pos_ in ("VERB", "AUX") for t in toks):
        return None
    text = _text(doc)
    s, e = _trim(text, max(toks[0].idx, _dateline_end(doc, toks[0].idx)), toks[-1].idx + len(toks[-1].text))
    if _words(text[s:e]) < 4 or "\n" in text[s:e] or any(a < e and s < b for a, b in marks):
        return None
    return (s, e), heads[0], then


AS_CUES = {"say", "note", "report", "write", "tell", "explain", "argue", "observe", "state", "mention",
           "point", "recall", "warn", "predict", "reveal", "acknowledge", "claim", "testify", "concede",
           "announce", "confirm", "insist", "stress", "emphasize", "tweet", "document", "detail"}


def _told_clause_above(doc: Doc, cue: Token) -> tuple[int, int] | None:
    """"... after Trump told The Washington Post he was "not quite there yet" on ...": the
    parser makes "told" an adverbial clause of the told verb; the clause that starts with
    its own subject right after the addressee is what was told (up to the verb's last word)."""
    if cue.lemma_.lower() != "tell" or cue.dep_ != "advcl" or cue.head.i <= cue.i \
            or cue.head.pos_ not in ("VERB", "AUX"):
        return None
    obj = next((c for c in cue.children if c.dep_ in ("dobj", "dative") and c.i > cue.i), None)
    head = cue.head
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > cue.i), None)
    if obj is None or subj is None or subj.left_edge.i != obj.right_edge.i + 1:
        return None
    last = head.right_edge
    while last.i > subj.i and (last.is_punct and last.text not in "\"”’'" or last.is_space):
        last = doc[last.i - 1]
    return subj.left_edge.idx, last.idx + len(last.text)


def _as_clause(doc: Doc, cue: Token) -> tuple[int, int] | None:
    """The clause an "as X noted" attribution modifies ('As the paper reported, the
    fund ran dry' / 'the fund ran dry, as the paper reported'), without it."""
    if cue.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return None
    # "as voters responded to ...", "as if to say": a time or manner, not a source
    if cue.lemma_.lower() not in AS_CUES or any(c.lower_ == "to" and c.dep_ == "aux" for c in cue.children):
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > cue.i for c in cue.children) \
            or _subject(cue) is None or cue.head.pos_ not in ("VERB", "AUX"):
        return None
    text = _text(doc)
    a_s, a_e = cue.left_edge.idx, cue.right_edge.idx + len(cue.right_edge.text)
    sent = cue.sent
    p_s, p_e = _line_bounds(text, cue.idx)
    # the phrase opens the sentence ('But as X noted, ...') or closes it
    if cue.i < cue.head.i:
        if doc[cue.right_edge.i + 1].text != "," or _words(text[max(sent.start_char, p_s):a_s]) > 1:
            return None
        s, e = a_e, min(sent.end_char, p_e)
    else:
        if cue.left_edge.i == 0 or doc[cue.left_edge.i - 1].text != "," \
                or re.search(r"\w", text[a_e:min(sent.end_char, p_e)]):
            return None
        s, e = max(sent.start_char, p_s), a_s
    return _report_bounds(text, s, e, "(", ")")


def _that_complement(clause: Token) -> bool:
    """A "relative clause" that is really a that-complement the parser hung on the
    noun before it: 'told the audience at the event that her rivals had lied'.
    The clause opens with "that", has a subject of its own and does not use
    "that" as its object ('the report that she wrote' stays a relative clause)."""
    first = clause.left_edge
    if first.lower_ == "that" and first.dep_ == "dobj" and first.head.i == clause.i \
            and any(c.dep_ == "dobj" and c.i != first.i for c in clause.children) \
            and any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        # 'told reporters after the vote that Chile had taken "a historic step"': a verb
        # with an object of its own cannot take "that" as its object too
        return True
    if first.lower_ != "that" or first.dep_ in ("dobj", "nsubj", "nsubjpass", "det"):
        return False
    return any(c.dep_ in SUBJECT_DEPS and c is not first and c.tag_ not in ("WDT", "WP") for c in clause.children)


class _Reports(list):  # type: ignore[type-arg]
    """(clause span, attribution, cue) of the reports found so far; each named or
    described speaker joins ``prior`` so that a later "he"/"they" can refer to it."""

    def __init__(self, prior: list[tuple[int, str]]) -> None:
        super().__init__()
        self.prior = prior

    def append(self, item: Any) -> None:
        super().append(item)
        _, att, cue = item
        if att.speaker_id is not None:
            self.prior.append((att.speaker_span[0] if att.speaker_span else cue.idx, att.speaker_id))


def _alias_without_business_noun(index: Any) -> None:
    """"Carmaker Velmar Motors": the recogniser swept the sentence-initial business
    noun into the name; the name without it becomes an alias."""
    for eid, ent in list(getattr(index, "entities", {}).items()):
        words = ent.name.split()
        if ent.type != "ORG" or len(words) < 2 or words[0].lower() not in coref.BUSINESS_NOUNS \
                or not words[1][:1].isupper():
            continue
        rest = " ".join(words[1:])
        if any(rest.lower() == a.lower() for a in ent.aliases):
            continue
        try:
            index.add_entity(ent.name, ent.type, aliases=(rest,))
        except (NotImplementedError, TypeError):
            pass


def _register_named_org_subjects(doc: Doc, index: Any, in_quote: Any) -> None:
    """"Rovena FC were relegated": a capitalised subject whose last word marks an
    organisation ("FC", "Council", "Union") and that the recogniser missed becomes an
    ORG entity, so that "the club" / "it" can refer to it later."""
    for tok in doc:
        if tok.dep_ not in SUBJECT_DEPS or tok.pos_ != "PROPN" or in_quote(tok.idx):
            continue
        s, e = _propn_run(tok)
        name = _text(doc)[s:e]
        words = name.split()
        if len(words) < 2 or words[-1].lower().strip(".") not in ORG_NAME_WORDS \
                or not all(w[:1].isupper() for w in words):
            continue
        if _entity_at(index, s, e) is not None:
            continue
        _add_entity(index, name, "ORG", (s, e))


def _register_org_subjects(doc: Doc, index: Any, in_quote: Any) -> None:
    """'The Moravenian government rejected the criticism. It said ...': a subject
    that is a described organisation with no name of its own becomes an entity, so
    that a later "it"/"they" can refer to it."""
    for tok in doc:
        if tok.dep_ not in SUBJECT_DEPS or tok.pos_ != "NOUN" or in_quote(tok.idx):
            continue
        if tok.lemma_.lower() not in coref.ORG_HEAD_NOUNS or tok.tag_ != "NN":
            continue
        dets = [c for c in tok.children if c.dep_ == "det"]
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss") and c.i < tok.i
                and (c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN")]
        owner = next((c for c in mods if c.dep_ == "poss"), None)
        if owner is not None and owner.ent_type_ != "GPE":
            continue  # "the SADC's observer mission": the body's own unit, named from its owner elsewhere
        if not mods or (owner is None and (not dets or dets[0].lower_ != "the")):
            continue
        if _entity_at(index, tok.idx, tok.idx + len(tok.text)) is not None:
            continue
        s = min(mods, key=lambda t: t.i).left_edge.idx
        e = tok.idx + len(tok.text)
        if coref.resolve_nominal(doc, s, e, index) is not None:
            continue
        if tok.lower_ == "bank" and any(c.lower_ == "central" for c in tok.children):
            from narrascope import actors
            if actors.resolve_actor(doc, tok, index, as_actor=False)[0] is not None:
                continue   # "Nigeria's central bank": the state's central bank by its own name
        # "Serandia's coast guard" / "the Philippine coast guard": a body of its own, also
        # known by the other form ("Turkey's central bank" is the Turkish central bank)
        aliases = _owner_forms(index, min(mods, key=lambda t: t.i), _text(doc)[s:e])
        name = _text(doc)[s:e]
        seat = _seat(tok, index)
        if seat is not None:
            # "the Moroccan embassy in Madrid": a mission is named by where it sits
            aliases, name = (name, *aliases), f"{name} in {seat}"
        _add_entity(index, name, "ORG", (dets[0].idx if dets else s, e), aliases=aliases)


def _register_described_subjects(doc: Doc, index: Any, in_quote: Any) -> None:
    """"The central bank, in a press release, directed PayKaro Payments Bank to ... It said":
    a subject that describes a body the article named before ("the central bank" after the
    Reserve Bank of India) is a mention of it, so that the next sentence's "it" can be the
    subject it continues rather than the body named in the object."""
    for tok in doc:
        if tok.dep_ not in SUBJECT_DEPS or tok.pos_ != "NOUN" or tok.tag_ != "NN" or in_quote(tok.idx) \
                or tok.lemma_.lower() not in coref.ORG_HEAD_NOUNS or _is_cue(tok.head):
            continue   # (a speaker's own description is resolved with its quote)
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        if det is None or det.lower_ != "the" or det.i != tok.left_edge.i \
                or any(c.dep_ in ("compound", "poss", "nmod") or c.ent_type_ for c in tok.lefts):
            continue
        s, e = det.idx, tok.idx + len(tok.text)
        if _entity_at(index, s, e) is not None:
            continue
        eid = coref.resolve_nominal(doc, s, e, index)
        name_words = {w.lower() for w in index.entities[eid].name.split()} if eid in index.entities else set()
        if eid is not None and _entity_type(index, eid) == "ORG" \
                and any(w[:1].isupper() for w in index.entities[eid].name.split()) \
                and (({tok.lemma_.lower()} | coref.ORG_SYNONYMS.get(tok.lemma_.lower(), set())) & name_words
                     or tok.lemma_.lower() in ("company", "firm", "group", "organisation", "organization")):
            # (only a body whose name has the noun or its synonym, or "the company": "the agency" is no "Toyota")
            _add_entity(index, index.entities[eid].name, "ORG", (s, e))   # (a named body only)


# bodies named by the place they sit in ("the Moroccan embassy in Madrid")
SEATED_BODIES = {"embassy", "consulate", "mission", "delegation"}


def _seat(tok: Token, index: Any) -> str | None:
    if tok.lemma_.lower() not in SEATED_BODIES:
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "to")), None)
    place = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if prep else None
    if place is None or _entity_type(index, _entity_at(index, *_propn_run(place))) != "GPE":
        return None
    return _text(tok.doc)[slice(*_propn_run(place))]


def _owner_forms(index: Any, mod: Token, name: str) -> tuple[str, ...]:
    """"Turkey's central bank" -> ("Turkish central bank", "Turkey central bank");
    "Philippine coast guard" -> ("Philippines's coast guard", "Philippines coast guard")."""
    gaz = getattr(index, "gazetteer", None)
    if gaz is None:
        return ()
    m = re.match(r"(.+?)(?:['’]s)?\s+(\S.*)$", name)
    if m is None or not m.group(1).startswith(mod.text):
        return ()
    try:
        rec = gaz.lookup(m.group(1), demonym=True)
    except Exception:  # a stand-in gazetteer in tests
        return ()
    if not rec or rec.get("type") != "GPE":
        return ()
    rest = m.group(2)
    forms = [f"{d} {rest}" for d in (rec.get("demonyms") or [])[:1]]
    forms += [f"{rec['name']} {rest}", f"{rec['name']}'s {rest}"]
    return tuple(f for f in forms if f.lower() != name.lower())


def find_quotes(doc: Doc, index: Any, *, published: dt.date | None = None) -> list[Quote]:
    """Every direct, indirect and mixed quote of ``doc`` with its attribution.

    Args:
        doc: the parsed article (parser, NER and lemmatizer); offsets index ``_text(doc)``.
        index: the article's EntityIndex; group/organisation speakers and
            channels without a mention are added to it, roles found at
            attributions are added with ``add_role``.
        published: the article date, to resolve "on Friday" and the like.

    Returns:
        Quotes sorted by start, each with ``_text(doc)[q.start:q.end] == q.text``.
        Empty for empty text. Scare quotes and labels are not included (see
        :func:`find_scare_quotes`).
    """
    text = _text(doc)
    if not text.strip():
        return []
    paras = _paragraphs(text)
    quoted = find_quoted_spans(text)
    marks = _Spans((sp.open, sp.close) for sp in quoted)
    prior: list[tuple[int, str]] = []
    results: list[Quote] = []
    used_clauses: list[tuple[int, int]] = []

    def in_quote(off: int) -> bool:
        return _covers(marks, off)

    _register_org_subjects(doc, index, in_quote)
    _register_named_org_subjects(doc, index, in_quote)
    _alias_without_business_noun(index)
    _register_described_subjects(doc, index, in_quote)

    # ---- indirect and mixed speech from the parse
    indirect = _Reports(prior)
    # a participle report after a final attribution the parser broke ("..., a team of
    # researchers reported, warning that ...") shares that attribution's speaker
    shared: dict[int, Attribution] = {}

    def speaker_of(cue: Token) -> Attribution:
        if cue.i in shared:
            return replace(shared[cue.i], cue=cue, cue_text=_cue_text(doc, cue))
        return _speaker_of_cue(doc, cue, index, prior, marks)

    def report(span: tuple[int, int], cue: Token) -> None:
        """Record ``span`` as reported by the speaker of ``cue``, when it has one."""
        att = speaker_of(cue)
        if att.speaker is not None:
            indirect.append((span, att, cue))

    def spoken_by(subj: Token, cue: Token) -> Attribution:
        """The speaker phrase found by a surface rule, with ``cue`` as its cue."""
        att = _resolve_speaker(doc, subj, index, prior)
        att.cue, att.cue_text = cue, _cue_text(doc, cue)
        return att

    for tok in doc:
        if in_quote(tok.idx):
            continue
        if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            to = next(c for c in tok.children if c.lower_ == "to")
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            span = _according_clause(doc, tok)
            if pobj is None or span is None:
                continue
            att = _resolve_speaker(doc, pobj, index, prior)
            att.cue, att.cue_text = tok, _text(doc)[tok.idx:to.idx + len(to.text)]
            indirect.append((span, att, tok))
            continue
        if tok.lemma_.lower() == "ask" and tok.pos_ == "VERB":
            span = _question_clause(doc, tok)
            if span is not None:
                report(span, tok)
            continue
        if not _is_cue(tok):
            continue
        if tok.lemma_.lower() in RETORT_VERBS:
            continue  # "X shot back, '...'": a retort cues only the quotation beside it
        # a passive ("would be charged", "was told") does not report its subject's words
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
            continue
        inverted = _inverted_parenthetical(doc, tok, marks)
        if inverted is not None:
            span, subj = inverted
            att = spoken_by(subj, tok)
            if att.speaker is not None:
                indirect.append((span, att, tok))
                continue
        final = _final_attribution(doc, tok, marks)
        if final is not None:
            span, subj, then = final
            att = spoken_by(subj, tok)
            if att.speaker is not None or att.blocked:
                indirect.append((span, att, tok))
                if then is not None:
                    shared[then.i] = att
                continue
        mis = _misparsed_relative_subject(tok)
        first = _misparsed_first_conjunct(tok)
        clauses = [c for c in tok.children if c.dep_ == "ccomp" and (mis is None or mis.head.i != c.i)
                   and (first is None or c.i != first.i)]
        # "He said legalizing it could put thousands to work": the parser takes the
        # gerund subject for the cue's complement and hangs the finite verb on it
        clauses += [c for c in tok.children if not clauses and c.dep_ == "xcomp" and c.tag_ == "VBG"
                    and c.i == tok.i + 1 and any(g.dep_ == "ccomp" and g.i > c.i and (any(
                        a.dep_ == "aux" or a.tag_ == "MD" for a in g.children) or g.tag_ in ("VBD", "VBZ", "VBP"))
                        for g in c.children)]
        # "Moscow denies targeting civilians": a gerund right after a verb of denying is what
        # was denied
        clauses += [c for c in tok.children if not clauses and c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG"
                    and c.i == tok.i + 1 and tok.lemma_.lower() in GERUND_REPORT_VERBS]
        # "told the German broadcaster ZDF that ...": the parser takes the name for a verb
        # and hangs the "that" clause on it
        if not clauses and tok.lemma_.lower() in ADDRESSEE_VERBS:
            clauses += [g for c in tok.children if c.dep_ in ("xcomp", "oprd", "npadvmod") and c.i > tok.i
                        and c.pos_ in ("PROPN", "VERB") and c.text[:1].isupper()
                        for g in c.children if g.dep_ == "ccomp" and _marked_that(g)]
        # "said it did not comment on decisions, but that the system remains under review":
        # the parser makes the second "that" clause a conjunct of the cue itself
        if clauses:
            clauses += [c for c in tok.children if c.dep_ == "conj" and c.i > max(cl.i for cl in clauses)
                        and _marked_that(c) and not any(x.dep_ in SUBJECT_DEPS and x.i < c.i and x.i > tok.i
                                                        and x.head.i == tok.i for x in doc[tok.i:c.i])]
        # "said in a statement that ...": the parser hangs the clause on the noun
        for prep in tok.children:
            if prep.dep_ == "prep":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        clauses.extend(g for g in pobj.children if g.dep_ in ("acl", "relcl", "ccomp")
                                       and (_marked_that(g)
                                            or _that_complement(g)))
        # "said as he left the hall that he was still undecided": the parser hangs the "that"
        # clause on the verb of the time clause between
        # (not "said goodbye to staff before it emerged that ...": the cue has its own object there)
        if not clauses and (tok.lemma_.lower() in ADDRESSEE_VERBS or not any(c.dep_ == "dobj" for c in tok.children)):
            clauses.extend(g for c in tok.children if c.dep_ == "advcl" and c.i > tok.i and not _is_cue(c)
                           and c.lemma_.lower() not in FINDING_VERBS | {"emerge", "learn", "find", "show", "reveal",
                                                                         "announce", "become", "appear", "turn"}
                           and any(x.dep_ == "mark" and x.lower_ in ("as", "while", "when", "after", "before")
                                   for x in c.children)
                           for g in c.children if g.dep_ == "ccomp" and g.i > c.i
                           and (_marked_that(g) or g.left_edge.lower_ == "that"))
        # "told reporters the same day that ...": the parser takes the clause for a relative
        # clause of the time phrase; a relative clause opened by the conjunction "that" is none
        clauses.extend(g for c in tok.children if c.dep_ == "npadvmod" and c.i > tok.i and c.ent_type_ in ("DATE", "TIME")
                       for g in c.children if g.dep_ == "relcl" and g.i > c.i and _marked_that(g))
        told = _told_clause_above(doc, tok) if not clauses else None
        if told is not None:
            att = speaker_of(tok)
            if att.speaker is not None:
                indirect.append((told, att, tok))
                continue
        if not clauses:
            span = _as_clause(doc, tok)
            if span is not None:
                report(span, tok)
                continue
        # "Many of the closures, he said, have involved ...": a parenthetical
        # attribution inside the reported sentence; the report is the whole sentence
        if not clauses:
            span = _parenthetical_clause(doc, tok, marks)
            if span is not None:
                report(span, tok)
                continue
        # "The plan would fail, Smith said." parsed with "said" as parataxis
        if not clauses and tok.dep_ in ("parataxis", "ccomp") and tok.head.i < tok.i and tok.head.pos_ in ("VERB", "AUX") \
                and not re.search(r"\w", text[tok.right_edge.idx + len(tok.right_edge.text):tok.sent.end_char]):
            head = tok.head
            subj = _subject(tok)
            if subj is None or subj.i > tok.i:
                subj = None
            edge = subj.left_edge if subj is not None else tok
            toks = [t for t in head.subtree if t.i < edge.i]
            # "He said the council would propose ...": the earlier verb is the
            # report, not a clause reported by the later one
            if _is_cue(head) and any(c.dep_ in SUBJECT_DEPS for c in head.children if c.i < head.i):
                continue
            core = [t for t in toks if not t.is_punct] or toks
            gap = text[core[-1].idx + len(core[-1].text):edge.idx].strip() if core else ""
            if not toks or not re.fullmatch(r"[\"”’'»›]*\s*[,—–-]+\s*", gap) \
                    or (subj is None and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("PROPN", "NOUN", "DET"))):
                continue
            if toks:
                s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
                while e > s and text[e - 1] in " ,;:—–-":
                    e -= 1
                if _words(text[s:e]) >= 2:
                    report((s, e), tok)
            continue
        if not clauses:
            span = _object_complement(doc, tok)
            if span is not None:
                att = speaker_of(tok)
                if att.speaker is not None or att.blocked:
                    indirect.append((span, att, tok))
                continue
        # "said X, and that Y": the second "that" clause is a report of its own
        # (the parser may hang it lower: 'said volumes fell as shoppers "traded down"
        # and that the company would cut jobs')
        clauses += [c for cl in list(clauses) for c in cl.subtree if c.dep_ == "conj" and c.i != cl.i
                    and _second_that(c)
                    and _own_second_that(c, cl)]
        spans = [_clause_span(doc, cl, tok) for cl in clauses]
        # "Nine died, most of them children, the ministry said": a clause the parser
        # split in two before a final attribution is one report
        if len(spans) > 1 and all(sp is not None and sp[1] <= tok.idx for sp in spans):
            spans.sort()
            if all(not re.search(r"\w", text[a[1]:b[0]]) for a, b in zip(spans, spans[1:])):
                spans = [(spans[0][0], spans[-1][1])]
        # "said the fine would have been higher had the company not pleaded guilty": an
        # inverted condition the parser hangs on the cue as a second clause belongs to the first
        if len(spans) > 1 and all(sp is not None for sp in spans):
            spans.sort()
            joined = [spans[0]]
            for sp in spans[1:]:
                lead = _token_at(doc, sp[0])
                if lead is not None and lead.lower_ in ("had", "were", "should") and lead.i + 1 < len(doc) \
                        and doc[lead.i + 1].pos_ in ("DET", "PRON", "PROPN", "NOUN") \
                        and not text[joined[-1][1]:sp[0]].strip():
                    joined[-1] = (joined[-1][0], sp[1])
                else:
                    joined.append(sp)
            spans = joined
        # 'said it was "deeply concerned" and was reviewing ...': a subjectless
        # conjunct with an auxiliary continues the reported clause, not the report
        if len(spans) == 1 and spans[0] is not None and spans[0][0] > tok.idx:
            for c in tok.children:
                if c.dep_ == "conj" and c.i > tok.i and c.idx >= spans[0][1] \
                        and not any(x.dep_ in SUBJECT_DEPS for x in c.children) \
                        and any(x.dep_ == "aux" for x in c.children) and not _is_cue(c) \
                        and not re.search(r"[.;!?]", text[spans[0][1]:c.idx]):
                    end = max(x for x in c.subtree if not x.is_punct or x.text in "\"”»’")
                    spans = [(spans[0][0], end.idx + len(end.text))]
        for span in spans:
            if span is None:
                continue
            att = speaker_of(tok)
            if att.speaker is None and not att.blocked:
                continue
            if span[0] > tok.idx and any(b <= tok.idx and not text[b:tok.idx].strip(" ,—–-") for _, b in marks) \
                    and (att.speaker is None or att.speaker_span is not None and span[0] <= att.speaker_span[0]):
                # '"...," said a commuter waiting for a bus', '"...," said Marisol Tapia, whose
                # brother is among the injured': the inverted speaker phrase, not a reported clause
                continue
            indirect.append((span, att, tok))

    direct_taken: set[int] = set()
    clause_att: dict[int, Attribution] = {}
    speakers_indirect: list[tuple[int, Attribution]] = []
    for (s, e), att, cue in indirect:
        # the parser often hangs a fragment's closing mark (and the period before
        # it) on the main verb: stretch the clause over a quote it opens
        for sp in quoted:
            if s <= sp.open < e < sp.close and not text[e:sp.close].strip(" .,!?;:\"”’»›'"):
                e = sp.close
            if sp.open < s < sp.close <= e and not text[sp.open:s].strip(" \"“„«‹‘'"):
                s = sp.open
        inner = [k for k, sp in enumerate(quoted) if sp.open >= s - 1 and sp.close <= e + 1]
        # a label inside the clause ('a so-called "ring vaccination" campaign') does
        # not make it a mixed quote
        inner = [k for k in inner if not LABEL_BEFORE.search(text[max(0, quoted[k].open - 14):quoted[k].open])]
        outside = text[s:e]
        for k in inner:
            sp = quoted[k]
            outside = outside.replace(text[sp.open:sp.close], " ")
        trivial = _words(outside) == 0 or (inner and _words(outside) <= 1 and not outside.strip(" ,.\"“”'‘’"))
        if inner and trivial:
            # the clause is a direct quote: handled below, with this cue when the
            # quote has none next to it ('tells supporters that "he loves you."')
            if att.speaker is not None:
                for k in inner:
                    lead = text[cue.idx:quoted[k].open] if cue.idx < quoted[k].open else "\n"
                    if re.search(r"(\bthat|[:,])\s*$", lead) and "\n" not in lead \
                            and _SENT_END.search(text, cue.idx, quoted[k].open) is None:
                        clause_att.setdefault(k, att)
            continue
        # a quote opening inside the clause and running past it (bad attachment):
        # keep the clause up to the last comma before the quote
        for k, sp in enumerate(quoted):
            if s < sp.open < e < sp.end and k not in inner:
                cut = text.rfind(",", s, sp.open)
                if cut > s and _words(text[s:cut]) >= 3:
                    e = cut
                    s, e = _trim(text, s, e)
                    inner = [k2 for k2 in inner if quoted[k2].close <= e + 1]
                elif cue.idx < s and "\n" not in text[e:sp.close]:
                    # 'told backers that Cruz has "taken every punch, and he's standing
                    # tall."': the parser cut the clause inside the quote it opens; the
                    # quoted words are the speaker's, so the clause runs to its close
                    e = sp.close
                    inner.append(k)
                break
        # a clause overlapping a quote partially (split quotes): leave to the direct pass
        if any(sp.start < e and sp.end > s and k not in inner for k, sp in enumerate(quoted)):
            continue
        # a clause never runs over a paragraph break: keep the side next to the cue
        if "\n" in text[s:e]:
            if cue.idx >= e:
                s = text.rindex("\n", s, e) + 1
            else:
                e = text.index("\n", s, e)
            s, e = _trim(text, s, e)
            if _words(text[s:e]) < 2:
                continue
            inner = [k for k, sp in enumerate(quoted) if sp.open >= s - 1 and sp.close <= e + 1]
        if len(inner) == 1 and quoted[inner[0]].start <= s and e <= quoted[inner[0]].end \
                and "according to" not in _text(doc)[cue.idx:cue.sent.end_char].lower():
            continue   # '"It is a political verdict", said X': the clause is all quote, a direct quote
                       # (not before "according to", whose clause would take the quote instead)
        kind = "mixed" if inner else "indirect"
        direct_taken.update(inner)
        used_clauses.append((s, e))
        results.append(_make_quote(doc, kind, s, e, att, index, published, marks))
        if att.speaker_id is not None:
            speakers_indirect.append((max(e, cue.idx), att))

    # ---- direct quotes
    last_speaker: tuple[int, Attribution] | None = None
    direct_speakers: list[tuple[int, Attribution]] = []
    for k, sp in enumerate(quoted):
        if k in direct_taken:
            continue
        if any(a <= sp.start and sp.end <= b for a, b in used_clauses):
            continue
        # 'a so-called "ring vaccination" campaign': a label, whatever follows
        if LABEL_BEFORE.search(text[max(0, sp.open - 14):sp.open]) and not _sentence_like(doc, sp.start, sp.end) \
                and not WHAT_CALLED.search(text, max(0, sp.open - 80), sp.open):
            continue
        ps, pe = _para_of(paras, sp.open)
        att = _attribute_direct(doc, sp, quoted, paras, index, prior, marks) or clause_att.get(k)
        if att is None and last_speaker is not None and k > 0 and quoted[k - 1].close == last_speaker[0] \
                and _para_of(paras, quoted[k - 1].close - 1) == (ps, pe) \
                and not text[quoted[k - 1].close:sp.open].split(".")[-1].strip() \
                and not (last_speaker[1].cue is not None and last_speaker[1].cue.dep_ == "relcl"):
            # split quote: '"A," he said. "B."' -> B has A's speaker (not the crowd of '"...," he
            # told the crowd, which chanted "Resign!" as he spoke. "B."': the sentence's speaker)
            att = last_speaker[1]
        if att is None:
            # no attribution: a sentence-like quote of its own continues the
            # previous speaker; anything else is a label or scare quote
            standalone = not text[ps:sp.open].strip() or _region_before(text, sp.open, ps, quoted)[0] == sp.open or not text[_region_before(text, sp.open, ps, quoted)[0]:sp.open].strip()
            if not _sentence_like(doc, sp.start, sp.end) or not standalone:
                continue
            prev = _next_sentence_speaker(doc, sp, index, prior) or \
                _introduced_next(doc, sp, paras, index, prior) or \
                _previous_sentence_speaker(doc, sp, ps, index, prior)
            if prev is not None:
                att = prev
            else:
                cands = [(q_end, a) for q_end, a in speakers_indirect if q_end <= sp.open]
                if last_speaker is not None:
                    cands.append(last_speaker)
                cands = sorted((c for c in cands if sp.open - c[0] < 1500), key=lambda c: -c[0])
                if cands and _put_question(text, cands[0][1], sp):
                    # '"And when did you tell them?" Dame Harriet asked. "Not quickly
                    # enough."': the answer is the other side's, the speaker before the asker
                    asker = cands[0][1].speaker_id
                    others = sorted((c for c in cands + direct_speakers
                                     if c[1].speaker_id not in (asker, None) and sp.open - c[0] < 1500),
                                    key=lambda c: -c[0])
                    cands = others or cands
                if cands:
                    # a later quote of the same speaker: no cue of its own
                    att = replace(cands[0][1], cue=None, cue_text=None)
            if att is None:
                att = Attribution(cue=None, cue_text=None, speaker=None)
        q = _make_quote(doc, "direct", sp.start, sp.end, att, index, published, marks)
        results.append(q)
        if q.speaker:
            prior.append((sp.start, q.speaker))
        if att.speaker is not None or att.speaker_id is not None:
            last_speaker = (sp.close, att)
            direct_speakers.append(last_speaker)

    _add_transcript_lines(doc, index, published, marks, results, prior)
    _late_pronouns(doc, index, results)

    # a headline or pull quote repeated inside an attributed quote has its speaker; the
    # body may give only its words' core ("Chief: 'We have become the state's waiting
    # room'" ... said the charity had become "the state's waiting room")
    for n, q in enumerate(results):
        if q.kind != "direct" or q.speaker is not None or _words(q.text) < 3:
            continue
        key = re.findall(r"\w+", q.text.lower())
        for other in results:
            if other is not q and other.speaker is not None and other.kind in ("direct", "mixed") \
                    and _shared_run(key, re.findall(r"\w+", other.text.lower())) >= max(4, 0.6 * len(key)):
                results[n] = q.model_copy(update={"speaker": other.speaker,
                                                  "speaker_kind": other.speaker_kind})
                break
    results.sort(key=lambda q: (q.start, q.end))
    # drop exact duplicates (two cues on one clause)
    out: list[Quote] = []
    for q in results:
        if out and out[-1].start == q.start and out[-1].end == q.end:
            continue
        out.append(q)
    from narrascope.actors import qualify_bare_bodies
    qualify_bare_bodies(doc, index)
    return out


# a transcript line: "Yelena Gorshkova: We categorically reject ...", "Question (Pohjola
# Radio, Finland): ...", "A: I accuse the regime ..."
_TRANSCRIPT_LINE = re.compile(
    r"(?m)^(?P<label>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?:\s*\((?P<paren>[^()\n]{2,80})\))?:[ \t]+"
    r"(?P<body>[^\s\"“”„«‘'].*)$")
ANSWER_LABELS = {"a", "answer"}
QUESTION_LABELS = {"q", "question"}


def _add_transcript_lines(doc: Doc, index: Any, published: dt.date | None, marks: list[tuple[int, int]],
                          found: list[Quote], prior: list[tuple[int, str]]) -> None:
    """Speech set out as a transcript, with no quote marks: a line opened by a person's name
    and a colon is that person's words; "A:" lines are the interviewee's (the person quoted
    last before them); "Question (Outlet, ...):" lines are the outlet's question. Written by
    hand: the layout, not the grammar, says who speaks, and no library reads it. Only
    names the article knows as people, and lines of four words or more, count. The quotes
    go into ``found`` (replacing a first-person report the line holds); each line's speaker
    into ``prior``."""
    text = _text(doc)
    for m in _TRANSCRIPT_LINE.finditer(text):
        label, body_s = m.group("label"), m.start("body")
        body_e = m.end("body")
        while body_e > body_s and text[body_e - 1].isspace():
            body_e -= 1
        if _words(text[body_s:body_e]) < 4:
            continue
        inside = [q for q in found if q.start < body_e and body_s < q.end]
        if any(not (body_s <= q.start and q.end <= body_e) or q.speaker is not None and
               (q.speaker_text or "").lower() not in FIRST_PERSON for q in inside):
            continue   # a report of someone else's inside the line ("Lithuania has accused ...")
        low = label.lower()
        l_s, l_e = m.start("label"), m.end("label")
        att: Attribution | None = None
        if low in ANSWER_LABELS:
            # the interviewee: the person quoted last before the answer
            people = [eid for off, eid in prior if off < l_s and _entity_type(index, eid) == "PERSON"]
            if people:
                att = Attribution(cue=None, cue_text=None, speaker=None, speaker_span=(l_s, l_e),
                                  speaker_id=people[-1], speaker_kind="named")
        elif low in QUESTION_LABELS:
            paren = m.group("paren")
            if paren:
                outlet = paren.split(",")[0].strip()
                o_s = m.start("paren") + paren.index(outlet)
                if outlet[:1].isupper():
                    eid = _entity_at(index, o_s, o_s + len(outlet)) or _find(index, outlet) or \
                        _add_entity(index, outlet, "ORG", (o_s, o_s + len(outlet)))
                    att = Attribution(cue=None, cue_text=None, speaker=None, speaker_span=(o_s, o_s + len(outlet)),
                                      speaker_id=eid, speaker_kind="organisation")
        else:
            eid = _entity_at(index, l_s, l_e) or _find(index, label)
            # a person the article names elsewhere too ("Explainer: What the bill would change"
            # is a kicker, not a speaker)
            elsewhere = eid is not None and any(
                mm.entity == eid and not (l_s <= mm.start < l_e) for mm in getattr(index, "mentions", []))
            if eid is not None and _entity_type(index, eid) == "PERSON" and elsewhere:
                att = Attribution(cue=None, cue_text=None, speaker=None, speaker_span=(l_s, l_e),
                                  speaker_id=eid, speaker_kind="named")
        if att is None:
            continue
        q = _make_quote(doc, "direct", body_s, body_e, att, index, published, marks)
        for old_q in inside:   # "I accuse the regime of ...": the line's own words, now with a speaker
            found.remove(old_q)
        found.append(q)
        prior.append((body_s, att.speaker_id))


FIRST_PERSON = {"i", "we", "me", "us"}


def _put_question(text: str, att: Attribution, sp: QuotedSpan) -> bool:
    """Whether ``att`` attributes a question ("... ?" she asked) put just before ``sp``."""
    cue = att.cue
    if cue is None or not hasattr(cue, "lemma_") or cue.lemma_.lower() != "ask":
        return False
    before = text[:sp.open].rstrip()
    m = re.search(r"\?\s*[\"”’'»]?\s*[^.?!\"“”]{0,60}\.?$", before)
    return m is not None


def _shared_run(a: list[str], b: list[str]) -> int:
    """Length of the longest run of words ``a`` and ``b`` share."""
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size


# the last word of a state's body ("General Staff", "foreign ministry", "embassy")
STATE_BODY_WORDS = {"ministry", "staff", "force", "forces", "army", "navy", "embassy", "government", "office",
                    "service", "police", "guard", "command", "council", "parliament", "military", "consulate",
                    "mission", "agency", "cabinet", "presidency", "court", "senate", "assembly", "intelligence",
                    "authorities", "administration", "department", "prosecutors", "prosecutor's office",
                    "chiefs"}
_OWNER_BEFORE = re.compile(r"((?:[A-Z][\w-]+\s)?[A-Z][\w-]+)['’]s\s+$")  # "South Korea's"


def _owner_demonym_alias(doc: Doc, index: Any, eid: str, span: tuple[int, int]) -> None:
    """"Ukraine's General Staff", "Azara's foreign ministry": a state's body is as often
    named with the demonym ("Ukrainian General Staff", "Azaran Foreign Ministry"); the
    speaker entity keeps that form as an alias. The demonym comes from the gazetteer,
    else from the common "-a" -> "-an" pattern ("Azara" -> "Azaran") for a place the
    article treats as a state."""
    ent = getattr(index, "entities", {}).get(eid)
    if ent is None or ent.type not in ("ORG", "GROUP"):
        return
    text = _text(doc)
    m = _OWNER_BEFORE.search(text, max(0, span[0] - 40), span[0])
    name = ent.name
    owner, rest = (m.group(1), name) if m else (None, None)
    if owner is None:
        m2 = re.match(r"([A-Z][\w-]+)['’]s\s+(.+)$", name)
        if m2 is None:
            return
        owner, rest = m2.group(1), m2.group(2)
    gaz = getattr(index, "gazetteer", None)
    if " " in owner and _find(index, owner) is None and (gaz is None or gaz.lookup(owner) is None):
        owner = owner.split()[-1]    # "On Monday Russia's ...": a two-word owner only when known
    owner_id = _find(index, owner)
    if owner_id is not None and _entity_type(index, owner_id) == "ORG" and owner.isupper() and m is not None:
        # "the OSCE's Office for Democratic Institutions ...": also "OSCE Office for ..."
        alias = f"{owner} {rest}"
        if alias not in ent.aliases and alias != ent.name:
            ent.aliases.append(alias)
        return
    rec = gaz.lookup(owner) if gaz is not None else None
    if rec is not None and rec.get("type") != "GPE":
        return
    dems = (rec or {}).get("demonyms") or []
    if not dems:
        owner_id = _find(index, owner)
        if owner_id is None or _entity_type(index, owner_id) != "GPE" or not owner.endswith("a"):
            return
        dems = [owner + "n"]
    if rest.split(" of ")[0].split()[-1].lower() not in STATE_BODY_WORDS:
        # ("Morocco's Ministry of Industry and Trade": the head comes before "of")
        return   # "Kenya's Kenya Airways", "Russia's Wagner Group": a name of its own
    for pre in (*dems, owner):
        if rest.startswith(pre + " "):
            rest = rest[len(pre) + 1:]  # the name already carries it ("Taiwanese Defence Ministry")
            break
    # (and "Taiwan Defence Ministry", the owner's name used as a modifier)
    for alias in (f"{dems[0]} {rest}", f"{owner} {rest}"):
        if alias not in ent.aliases and alias != ent.name:
            ent.aliases.append(alias)


def _make_quote(doc: Doc, kind: str, s: int, e: int, att: Attribution, index: Any,
                published: dt.date | None, marks: list[tuple[int, int]]) -> Quote:
    medium, medium_text = _medium(doc, att.cue, index) if att.cue is not None and att.cue.lower_ != "according" else (None, None)
    if att.channel is not None and medium is None and medium_text is None and att.cue is not None:
        medium, medium_text = _medium_of(doc, att.channel, att.cue, index) or (None, None)
        if medium is None and medium_text is None and att.channel.pos_ == "PROPN" \
                and att.channel.ent_type_ != "PERSON":
            # a name that quotes a person ("Tanjug quoted X as saying") is an outlet
            # even where the entity recogniser does not know it
            ps, pe = _propn_run(att.channel)
            medium_text = _text(doc)[ps:pe]
    date = _date(doc, att.cue, published, marks) if att.cue is not None else None
    sp = att.speaker_span
    if sp and att.speaker_id:
        _owner_demonym_alias(doc, index, att.speaker_id, sp)
    return Quote(
        kind=kind, text=_text(doc)[s:e], start=s, end=e,
        speaker=att.speaker_id,
        speaker_text=_text(doc)[sp[0]:sp[1]] if sp else None,
        speaker_start=sp[0] if sp else None, speaker_end=sp[1] if sp else None,
        speaker_kind=att.speaker_kind if sp else None,
        cue=att.cue_text, medium=medium, medium_text=medium_text, date=date,
    )


def _subject_opens(doc: Doc, cue: Token, start: int) -> bool:
    """The cue's subject phrase starts the region at ``start``: '"...," Garcia, the
    party's nominee for governor and ..., said' (a long apposition between)."""
    subj = _subject(cue)
    if subj is None:
        subj = _subject_before_aside(doc, cue, [])
    if subj is None or subj.i > cue.i:
        return False
    return not _text(doc)[start:subj.left_edge.idx].strip(" ,\u00a0")


# verbs that introduce a direct quote next to them ('"...," he continued', 'Price
# echoed: "..."') but report no clause: not in speech_verbs.txt, where they would
# turn "Protests continued, police said" into a report of "continued"
# '"Are you running?" Boyle asked Trump', '"..." Trump went on': verbs that cue a
# quoted sentence next to them but never a reported clause ("asked X to Y" is a request)
DIRECT_ONLY_CUES = {"continue", "echo", "ask"}


def _direct_only_cue(t: Token) -> bool:
    if t.pos_ != "VERB":
        return False
    lemma = t.lemma_.lower()
    return lemma in DIRECT_ONLY_CUES or lemma == "go" and any(
        c.dep_ == "prt" and c.lower_ == "on" for c in t.children)


def _cues_in(doc: Doc, s: int, e: int, marks: list[tuple[int, int]], *, sentence: bool = False) -> list[Token]:
    """Cues for a direct quote in ``[s, e)``, outside quote marks; ``sentence``: the
    quote is a sentence, so "continued"/"echoed" count too (a slogan "held under
    the slogan "..." continues until Friday" is not speech)."""
    return [t for t in _tokens_in(doc, s, e)
            if (_is_cue(t) or sentence and _direct_only_cue(t))
            and not _covers(marks, t.idx)]


def _attribute_direct(doc: Doc, sp: QuotedSpan, quoted: list[QuotedSpan],
                      paras: list[tuple[int, int]], index: Any,
                      prior: list[tuple[int, str]], marks: list[tuple[int, int]]) -> Attribution | None:
    text = _text(doc)
    ps, _ = _para_of(paras, sp.open)
    _, pe = _para_of(paras, max(sp.open, sp.close - 1))
    a_s, a_e = _region_after(text, sp.close, pe, quoted)
    b_s, b_e = _region_before(text, sp.open, ps, quoted)
    after = text[a_s:a_e]
    before = text[b_s:b_e]
    # a short fragment ("an "undesirable" organisation") needs a tight attribution
    short = not _sentence_like(doc, sp.start, sp.end)
    # the comma may sit before a doubled closing mark (''We won,'' he said)
    tight_after = bool(re.match(r"\s*[,!?]", after)) or bool(re.search(r"[,!?]", text[sp.end:sp.close]))
    # "— Name" signature
    m = re.match(r"\s*[,.]?\s*(—|–|--|-)\s*", after)
    if m and after[m.end():m.end() + 1].isupper():
        s = a_s + m.end()
        toks = _tokens_in(doc, s, a_e)
        if toks:
            head = toks[0]
            while head.pos_ == "PROPN" and head.dep_ in ("compound", "flat") and head.head.i > head.i and head.head.i <= toks[-1].i:
                head = head.head
            att = _resolve_speaker(doc, head, index, prior)
            return att
    # cue after the quote: ", he said" / ", said Smith" (must come early in the region)
    cues = _cues_in(doc, a_s, a_e, marks, sentence=not short)
    # '"...", yet his own party has never said ...': a verb coordinated with the clause
    # that holds the quotation is a new statement, not its attribution
    cues = [c for c in cues if not (c.dep_ == "conj" and c.head.idx < sp.open
                                    and any(x.dep_ in SUBJECT_DEPS for x in c.children))]
    if len(cues) > 1 and cues[0].tag_ == "VBG" and cues[0].i > 0 and doc[cues[0].i - 1].text == ",":
        # '"...," Tom Smith, speaking at a rally, said': the aside's participle is not the cue
        cues = cues[1:]
    if cues and (_words(text[a_s:cues[0].idx]) <= 8 or _subject_opens(doc, cues[0], a_s)) \
            and _SENT_END.search(text, sp.close, cues[0].idx) is None \
            and (tight_after or not short):
        att = _speaker_of_cue(doc, cues[0], index, prior, marks)
        if att.speaker is not None:
            return att
    # 'apologised for what it called "a failure we should have caught"', 'what they called
    # "broken promises"': the free relative gives the words to the subject of "called"
    # (not 'what Brussels calls a "food package"', the article outside the marks makes it a
    # label the outlet uses)
    named = WHAT_CALLED.search(text, max(0, sp.open - 80), sp.open)
    if named is not None:
        verb = _token_at(doc, named.start("verb"))
        if verb is not None and verb.pos_ in ("VERB", "AUX") and not _covers(marks, verb.idx):
            att = _speaker_of_cue(doc, verb, index, prior, marks)
            if att.speaker is not None:
                return att
    # evaluative naming by a speaker: 'Sorokina called the decision "a gift to
    # speculators"' is speech; 'what Brussels calls a "food package"' and short
    # labels ('called the plan a "stunt"') are not
    # 'dismissed the motion as "absurd"', 'described the field as "all very good"': the
    # same with "as" before the quoted words (one word is enough there)
    if (_words(text[sp.start:sp.end]) >= 2 or re.search(r"\bas\s*$", text[max(0, sp.open - 5):sp.open])) \
            and not _title_like(text[sp.start:sp.end]) \
            and not LABEL_BEFORE.search(text[max(0, sp.open - 14):sp.open]):
        for t in _tokens_in(doc, b_s, b_e):
            as_verb = t.lemma_.lower() in AS_LABEL_VERBS
            if t.lemma_.lower() != "call" and not as_verb or t.pos_ != "VERB" or _covers(marks, t.idx):
                continue
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
            if obj is None or obj.tag_ in ("WP", "WDT") or obj.i > t.i + 6 or obj.idx >= sp.open:
                continue  # 'call the "freedom line"': the quoted words are the object, a label
            last = max((x for x in obj.subtree if not x.is_punct and x.idx < sp.open),
                       key=lambda x: x.i, default=None)
            if last is None:
                continue
            gap = text[last.idx + len(last.text):sp.open]
            if as_verb and not re.fullmatch(r"\s*as\s*", gap):
                continue
            # 'called the toll a "temporary measure"': the article outside the
            # marks makes the quoted words a label the outlet repeats, not speech
            if re.fullmatch(r"\s*(a|an|the)\s*", gap, flags=re.I):
                continue
            if last.idx < sp.open and _words(gap) <= 1:
                att = _speaker_of_cue(doc, t, index, prior, marks)
                if att.speaker is not None:
                    return att
    # cue before the quote: "Smith said:" / "Smith told reporters,"
    cues = _cues_in(doc, b_s, b_e, marks, sentence=not short)
    if cues:
        cue = cues[-1]
        between = text[cue.idx + len(cue.text):sp.open]
        # 'chanted «Allez!»', 'shouted "Out!"': a short quote right after the verb is speech
        # 'told "Fox and Friends"', 'recounts "Bridge of Spies"': a title is a
        # channel or a work, not speech
        if _title_like(text[sp.start:sp.end]) and not re.search(r"[:,]\s*$", between):
            pass
        # 'tells reporters outside a polling place in Greenville that "...': a
        # "that" right before the mark opens the verb's clause however long the
        # place and listener between them
        elif re.search(r"[:,]\s*$", between) or (_words(between) <= 6 and not short) \
                or (re.search(r"\bthat\s*$", between) and _words(between) <= 16
                    and (not short or _full_sentence(doc, sp.start, sp.end))
                    and _SENT_END.search(text, cue.idx, sp.open) is None) \
                or (not between.strip() and cue.tag_ in ("VBD", "VBZ", "VBG", "VBP") and sp.end > sp.start):
            att = _speaker_of_cue(doc, cue, index, prior, marks)
            if att.speaker is not None:
                return att
    # "according to X" right after or before
    acc_after = re.search(r"\baccording to\b", after, flags=re.I)
    acc = acc_after or re.search(r"\baccording to\b", before, flags=re.I)
    if acc:
        base = a_s if acc_after else b_s
        tok = _token_at(doc, base + acc.start())
        if tok is not None:
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if pobj is not None:
                att = _resolve_speaker(doc, pobj, index, prior)
                att.cue, att.cue_text = tok, "according to"
                return att
    # headline / caption colon: "Mayor Smith: 'We will win'"
    if re.search(r":\s*$", before) and _words(before) <= 8 and before.strip(" :"):
        btoks = _tokens_in(doc, b_s, b_e)
        verbs = [t for t in btoks if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj", "ccomp")]
        for v in verbs:
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and b_s <= subj.idx:
                att = _resolve_speaker(doc, subj, index, prior)
                # "put it (simply)", "was blunt", "described the mood"
                obj = next((c for c in v.children if c.dep_ == "dobj" and c.lower_ == "it" and c.i == v.i + 1), None)
                att.cue = v
                att.cue_text = _text(doc)[v.idx:obj.idx + len(obj.text)] if obj is not None else \
                    (_text(doc)[v.idx:v.i + 1 < len(doc) and doc[v.i + 1].idx + len(doc[v.i + 1].text) or 0]
                     if v.lemma_ == "be" and v.i + 1 < len(doc) and doc[v.i + 1].pos_ == "ADJ" else v.text)
                return att
        toks = [t for t in btoks if t.pos_ in ("PROPN", "NOUN", "PRON")]
        if toks:
            head = toks[-1]
            att = _resolve_speaker(doc, head, index, prior)
            return att
    # the previous sentence ends in a colon with a cue: "Smith told reporters: ..."
    if not before.strip():
        prev_end = b_s
        while prev_end > 0 and text[prev_end - 1].isspace():
            prev_end -= 1
        if prev_end > 0 and text[prev_end - 1] == ":":
            lo = max(text.rfind("\n", 0, prev_end) + 1, prev_end - 200)
            ctoks = _cues_in(doc, lo, prev_end, marks, sentence=not short)
            if ctoks:
                att = _speaker_of_cue(doc, ctoks[-1], index, prior, marks)
                if att.speaker is not None:
                    return att
    return None


# verbs that name something "as" a quoted phrase, which then is the speaker's words
AS_LABEL_VERBS = {"describe", "dismiss", "brand", "label", "characterize", "characterise", "denounce",
                  "condemn", "hail", "praise", "decry", "deride", "reject", "portray", "depict"}


DEMONSTRATIVE_NEXT = re.compile(r"\s*(?:That|This|Those|These|Such)\b[^.!?]{0,80}?\b(?:from|by|of)\s+")


def _introduced_next(doc: Doc, sp: QuotedSpan, paras: list[tuple[int, int]], index: Any,
                     prior: list[tuple[int, str]]) -> Attribution | None:
    """'"We lost everything. The house, the boat, the nets."' as a paragraph of its own,
    then 'Marites Dela Cruz, 61, a fish vendor, stood in knee-deep mud ...': a quote
    standing alone, followed by a paragraph that opens with a person the article has not
    named before, is that person's (the feature writer's way of introducing a voice)."""
    text = _text(doc)
    ps, pe = _para_of(paras, sp.open)
    if text[ps:sp.open].strip() or text[sp.close:pe].strip(" .,!?\u00a0"):
        return None
    later = [p for p in paras if p[0] >= pe]
    if not later:
        return None
    tok = _token_at(doc, later[0][0])
    tok = _skip_space(tok) if tok is not None else None
    if tok is None or tok.pos_ != "PROPN":
        return None
    head = tok
    while head.dep_ in ("compound", "flat") and head.head.i > head.i and head.head.pos_ == "PROPN":
        head = head.head
    # the index's type, not the recogniser's: it may type a name as a place
    eid = _entity_at(index, head.idx, head.idx + len(head.text))
    if eid is None or _entity_type(index, eid) != "PERSON":
        return None
    if any(m.entity == eid and m.start < sp.open for m in getattr(index, "mentions", [])):
        return None   # someone already in the story: the quote may be anyone's
    before = [p for p in paras if p[1] <= ps]
    described = re.match(r"\s*,\s*(?:a|an|the|\d+)\b", text[head.idx + len(head.text):])
    m_start = next((m.start for m in getattr(index, "mentions", []) if m.entity == eid and m.start <= head.idx < m.end),
                   head.idx)
    first_name = _token_at(doc, m_start)
    opener = doc[first_name.i - 1] if first_name is not None and first_name.i > tok.i else None
    if opener is not None and opener.pos_ in ("NOUN", "PROPN") and opener.lower_ not in TITLE_WORDS \
            and opener.lower_ not in ORG_NAME_WORDS:
        described = True   # "Mother Maria Lopez said": a new voice described by who she is
    if head.dep_ in SUBJECT_DEPS and _is_cue(head.head) and not described and before \
            and any(before[-1][0] <= off < before[-1][1] for off, _ in prior):
        # after a paragraph of someone's reports, a quote followed by "Labour Secretary X said
        # cases would be filed" goes on with the earlier voice; a new voice is introduced with a
        # description ("Denise Arsenault, an emergency-room nurse from Truro, said")
        return None
    att = _resolve_speaker(doc, head, index, prior)
    att.cue, att.cue_text = None, None
    return att if att.speaker_id == eid else None


def _next_sentence_speaker(doc: Doc, sp: QuotedSpan, index: Any,
                           prior: list[tuple[int, str]]) -> Attribution | None:
    """'"We're not asking for much." That was the message from chair Tom Kerr, ...':
    a stand-alone quote whose next sentence names its source."""
    text = _text(doc)
    m = DEMONSTRATIVE_NEXT.match(text, sp.close)
    if m is None or "\n" in text[sp.close:m.end()]:
        return None
    tok = _token_at(doc, m.end())
    if tok is None:
        return None
    for t in doc[tok.i:min(len(doc), tok.i + 12)]:
        if t.is_sent_start and t.i > tok.i or t.text in ".;":
            break
        eid = _entity_at(index, t.idx, t.idx + len(t.text))
        if eid is not None and _entity_type(index, eid) == "PERSON" or t.ent_type_ == "PERSON":
            head = t
            while head.dep_ in ("compound", "flat") and head.head.i > head.i:
                head = head.head
            att = _resolve_speaker(doc, head, index, prior)
            att.cue, att.cue_text = None, None
            return att
    return None


def _previous_sentence_speaker(doc: Doc, sp: QuotedSpan, ps: int, index: Any,
                               prior: list[tuple[int, str]]) -> Attribution | None:
    """For a stand-alone quoted sentence: a cue in the sentence before in the same
    paragraph, else that sentence's subject when it is a person."""
    text = _text(doc)
    if sp.open <= ps:
        return None
    tok = _token_at(doc, max(ps, sp.open - 2))
    if tok is None:
        return None
    sent = tok.sent
    if sent.start_char < ps:
        return None
    cues = [t for t in sent if _is_cue(t)]
    # ('"...," he told the crowd, which chanted "Resign!" as he spoke. "...": the sentence's
    # own speaker goes on, not the one of a relative clause inside it)
    main = [t for t in cues if t.dep_ != "relcl"]
    cues = main or cues
    if cues:
        att = _speaker_of_cue(doc, cues[-1], index, prior, [])
        if att.speaker is not None:
            return att
    root = sent.root
    subj = _subject(root)
    if subj is not None and (subj.pos_ == "PRON" and subj.lower_ in coref.PERSON_PRONOUNS or subj.ent_type_ == "PERSON"
                             or subj.pos_ == "PROPN" and _entity_type(index, _entity_at(
                                 index, *_propn_run(subj))) == "PERSON"):
        # (the index's type: "Murat Ekinci, an emerging-markets strategist," tagged ORG by the recogniser)
        att = _resolve_speaker(doc, subj, index, prior)
        att.cue, att.cue_text = None, None
        return att
    return None
