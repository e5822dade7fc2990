"""Every record narrascope produces, in one typed model.

The JSON document of ``shared/CONTRACT.md`` is generated from these classes
(``narrascope schema``). Offsets (``start``/``end``) always index
``Article.text`` (the cleaned body) as Python string indices, end-exclusive, so
``article.text[q.start:q.end] == q.text`` holds for every span record.

Fields beyond the contract are marked "extension" and documented in
``docs/json.md``.
"""

from __future__ import annotations

import hashlib
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

NARRASCOPE_VERSION = "0.1.0"

PublishedBasis = Literal["header", "metadata", "inferred"]
QuoteKind = Literal["direct", "indirect", "mixed"]


class Record(BaseModel):
    """Base: strict field names, plain JSON out."""

    model_config = ConfigDict(extra="forbid")


def content_id(prefix: str, *parts: str, length: int = 16) -> str:
    """A stable id from content: the same parts always give the same id."""
    h = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]
    return f"{prefix}_{h}"


# --------------------------------------------------------------------------- ingest


class RawDocument(Record):
    """One input article before cleaning, as a reader found it.

    ``text`` is decoded, Unicode-normalised (NFC) text of the body as found
    (for HTML: the main text trafilatura extracted). ``meta_*`` are hints the
    format itself carried (HTML meta tags, JSON fields, feed entries, text
    header lines); ``metadata.py`` weighs them against other evidence.
    """

    source: str                       # path or URL as given; JSONL lines "file.jsonl:3", JSON lists and feed entries "file#2"
    format: str                       # "text", "html", "json", "jsonl", "feed", "stdin"
    raw: str                          # the original decoded input (whole file / record)
    text: str                         # body text before cleaning
    encoding: str | None = None
    meta_title: str | None = None
    meta_url: str | None = None
    meta_date: str | None = None      # as found (any format); parsed later
    meta_date_basis: PublishedBasis | None = None
    meta_outlet: str | None = None
    meta_authors: list[str] = Field(default_factory=list)
    meta_language: str | None = None
    # header lines a reader took off the top of the text (kind "header")
    removed: list["Removed"] = Field(default_factory=list)


class InputError(Record):
    """One rejected input: the CLI prints ``f"{source}: {error}"`` on stderr."""

    source: str
    error: str


# --------------------------------------------------------------------------- article


class Removed(Record):
    kind: str            # appeal, newsletter, social, photo_credit, read_more, credit_line, byline, header
    text: str
    start: int | None = None   # extension: offsets before cleaning (kind header: the normalised input; else RawDocument.text)
    end: int | None = None


class Mention(Record):
    entity: str          # Entity.id
    start: int
    end: int
    text: str


class Entity(Record):
    id: str
    name: str
    type: str            # PERSON, ORG, GPE, NORP, EVENT, LOC, GROUP, ...
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    # extension: for metonyms and government bodies, the actor they stand for
    # (e.g. "the Kremlin" -> Russia); Entity.id or null.
    stands_for: str | None = None
    # extension: for a body the gazetteer knows, its other known names not written in the
    # text ("US State Department" for "the State Department"); ``aliases`` stays what was seen.
    known_names: list[str] = Field(default_factory=list)

    def all_names(self) -> list[str]:
        """The name, the aliases the text wrote and the other known names."""
        return [self.name, *self.aliases, *self.known_names]


class Quote(Record):
    kind: QuoteKind
    text: str
    start: int
    end: int
    speaker: str | None = None        # Entity.id
    speaker_text: str | None = None   # the surface span, e.g. "he"
    cue: str | None = None
    medium: str | None = None         # Entity.id of the channel
    date: str | None = None           # YYYY-MM-DD
    # extensions
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_kind: Literal["named", "pronoun", "nominal", "organisation", "unknown"] | None = None
    medium_text: str | None = None


class Claim(Record):
    type: str
    agent: str | None = None          # Entity.id
    target: str | None = None         # Entity.id
    text: str
    start: int
    end: int
    attributed_to: str | None = None  # Entity.id of the source; null = the outlet asserts it
    negated: bool = False
    date: str | None = None
    # extensions
    hedged: bool = False
    trigger: str | None = None        # the verb or noun that signals the claim
    agent_text: str | None = None
    target_text: str | None = None
    charge: str | None = None         # e.g. "retaliate against the Serbian leader"
    date_text: str | None = None      # the time expression as written (also durations)


class Label(Record):
    """Extension: a quoted word or phrase that is not speech — a scare quote or a
    label ("a so-called "special operation"", an "undesirable" organisation).
    Kept apart from quotes: it has no speaker and is never counted as one."""

    kind: Literal["scare_quote"] = "scare_quote"
    text: str
    start: int           # offsets into Article.text, quote marks excluded
    end: int


class Article(Record):
    id: str
    source: str
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    published_basis: PublishedBasis | None = None
    authors: list[str] = Field(default_factory=list)
    contributors: list[str] = Field(default_factory=list)
    language: str = "en"
    text: str
    removed: list[Removed] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    # extensions
    url: str | None = None
    format: str | None = None
    labels: list[Label] = Field(default_factory=list)
    # where the outlet came from: metadata, header, domain, credit_line, appeal, byline
    outlet_basis: str | None = None


class Story(Record):
    id: str
    label: str
    articles: list[str] = Field(default_factory=list)
    outlets: list[str] = Field(default_factory=list)
    comparison: dict[str, Any] = Field(default_factory=dict)


class ErrorRecord(Record):
    source: str
    error: str


class Document(Record):
    narrascope_version: str = NARRASCOPE_VERSION
    articles: list[Article] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    stories: list[Story] = Field(default_factory=list)
    errors: list[ErrorRecord] = Field(default_factory=list)


def article_id(text: str, outlet: str | None = None) -> str:
    """Content-hash id of an article: its body as read (before cleaning, whitespace
    collapsed) and its outlet. The same input always gets the same id, also when
    cleaning patterns change; the same wire copy run by two outlets is two articles."""
    body = " ".join(text.split())
    return content_id("art", outlet, body) if outlet else content_id("art", body)


RawDocument.model_rebuild()
