"""RSS and Atom feeds via feedparser: one document per entry."""

from __future__ import annotations

import io

import re
import time
from collections.abc import Iterator

import feedparser

from narrascope.errors import InputRejected
from narrascope.ingest.decode import normalize
from narrascope.ingest.markup import html_to_text
from narrascope.model import InputError, RawDocument


def _entry_body(entry) -> str:
    return html_to_text(_entry_raw(entry))


def _entry_raw(entry) -> str:
    """The entry's content (else summary) as the feed gave it, markup included."""
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    return max(contents, key=len) if contents else str(entry.get("summary", "") or entry.get("description", ""))


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return entry.get("published") or entry.get("updated") or None


_EMAIL_NAME = re.compile(r"^\S+@\S+\s*\((?P<name>[^()]+)\)$")


def _author_name(value: str) -> str | None:
    """"Jane Roe", or RSS's "desk@example.org (Jane Roe)"; a bare e-mail address is no name."""
    value = value.strip()
    if m := _EMAIL_NAME.match(value):
        return m.group("name").strip()
    return None if "@" in value or not value else value


def _entry_authors(entry) -> list[str]:
    # The raw "author" string first: feedparser's split of "mail (Name)" into
    # name/email is unreliable for some addresses.
    candidates = [a.get("name") or "" for a in entry.get("authors", [])]
    if entry.get("author"):
        candidates = [entry["author"]] if len(candidates) <= 1 else candidates
    names: list[str] = []
    for c in candidates:
        name = _author_name(c)
        if name and normalize(name) not in names:
            names.append(normalize(name))
    return names


def read_feed(raw: str, *, source: str, encoding: str | None = None) -> Iterator[RawDocument | InputError]:
    """Each feed entry becomes a document with source ``FILE#N`` (1-based).

    The entry's content (else its summary) is stripped of HTML; the entry's own
    ``source`` title, else the feed title, is the outlet hint.

    Raises:
        InputRejected: the feed has no entries.
    """
    # bytes, never a str: feedparser treats a str that looks like a URL or a path
    # as something to fetch or open (an input could make it read local files)
    parsed = feedparser.parse(io.BytesIO(raw.encode("utf-8")))
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        detail = f" ({str(reason).splitlines()[0]})" if reason else ""
        raise InputRejected(source, f"no entries found in feed{detail}")
    feed_title = parsed.feed.get("title") or None
    language = (parsed.feed.get("language") or "")[:2].lower() or None
    for i, entry in enumerate(parsed.entries, start=1):
        src = f"{source}#{i}"
        body = _entry_body(entry)
        if not body:
            yield InputError(source=src, error=f"feed entry {entry.get('title', i)!r} has no content or summary")
            continue
        outlet = (entry.get("source") or {}).get("title") or feed_title
        date = _entry_date(entry)
        yield RawDocument(
            source=src,
            format="feed",
            raw=_entry_raw(entry),
            text=normalize(body),
            encoding=encoding,
            meta_title=normalize(entry["title"]) if entry.get("title") else None,
            meta_url=entry.get("link") or None,
            meta_date=date,
            meta_date_basis="metadata" if date else None,
            meta_outlet=normalize(outlet) if outlet else None,
            meta_authors=_entry_authors(entry),
            meta_language=language,
        )
