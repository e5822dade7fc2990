"""HTML pages: trafilatura finds the main text and the page's metadata."""

from __future__ import annotations

import re

import trafilatura

from narrascope.errors import InputRejected
from narrascope.ingest.decode import normalize
from narrascope.model import RawDocument, Removed

# No date guessed from the page text or the URL: a publication date must come
# from the page's own metadata (htmldate's extensive search reads body text).
DATE_PARAMS = {"extensive_search": False, "original_date": True}


def _paragraphs(text: str) -> str:
    """trafilatura separates paragraphs with one newline; use blank lines."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)


def read_html(raw: str, *, source: str, encoding: str | None = None, url: str | None = None) -> RawDocument:
    """Extract the article body and metadata from an HTML page.

    The page title, when trafilatura repeats it as the body's first line, is taken
    off as a ``header`` piece. Malformed markup is parsed leniently; a page with no
    article text is rejected.

    Raises:
        InputRejected: "no article text found in HTML".
    """
    text = normalize(raw)
    doc = trafilatura.bare_extraction(
        text,
        url=url,
        with_metadata=True,
        favor_recall=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=DATE_PARAMS,
    )
    body = _paragraphs(doc.text or "") if doc is not None else ""
    if not body.strip():
        # trafilatura's own last resort for pages its extractor rejects.
        _, baseline_text, _ = trafilatura.baseline(text)
        body = _paragraphs(baseline_text or "")
    if not body.strip():
        raise InputRejected(source, "no article text found in HTML")

    title = (doc.title if doc is not None else None) or None
    removed: list[Removed] = []
    first, _, rest = body.partition("\n\n")
    if title and rest and first.strip() == title.strip():
        removed.append(Removed(kind="header", text=first))
        body = rest
    authors = []
    if doc is not None and doc.author:
        authors = [a.strip() for a in re.split(r";|\band\b", doc.author) if a.strip()]
    return RawDocument(
        source=source,
        format="html",
        raw=raw,
        text=body,
        encoding=encoding,
        meta_title=title,
        meta_url=(doc.url if doc is not None else None) or url,
        meta_date=(doc.date if doc is not None else None) or None,
        meta_date_basis="metadata" if doc is not None and doc.date else None,
        meta_outlet=(doc.sitename if doc is not None else None) or None,
        meta_authors=authors,
        meta_language=(doc.language if doc is not None else None) or None,
        removed=removed,
    )
