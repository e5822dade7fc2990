"""Plain text articles: an optional metadata header, then the body.

Two header forms are read (both are optional):

* header lines at the top, one ``key: value`` each (``title``, ``source`` /
  ``outlet`` / ``publisher``, ``url`` / ``link``, ``date`` / ``published``,
  ``author`` / ``authors``, ``language``), ended by a blank line or the body;
* an inline date before the first sentence on the same line:
  ``" date 2023-02-18 After Russia ..."`` or ``"date: 2023-02-18 After ..."``.

Failing a ``title:`` line, a short first line without final punctuation that
stands alone before a blank line is taken as the title (conservatively).
Every header piece is recorded as ``Removed(kind="header")`` with offsets into
the normalised whole input; ``RawDocument.text`` is the body without the header.
"""

from __future__ import annotations

import re

from narrascope.errors import InputRejected
from narrascope.ingest.decode import normalize
from narrascope.model import RawDocument, Removed

HEADER_KEYS = {
    "title": "title", "headline": "title",
    "source": "outlet", "outlet": "outlet", "publisher": "outlet", "site": "outlet",
    "url": "url", "link": "url",
    "date": "date", "published": "date", "pubdate": "date",
    "author": "author", "authors": "author", "byline": "author",
    "language": "language", "lang": "language",
}
HEADER_LINE = re.compile(
    r"[ \t]*(?P<key>" + "|".join(HEADER_KEYS) + r")[ \t]*:[ \t]*(?P<value>\S[^\n]{0,300}?)[ \t]*(?:\n|$)",
    re.I,
)
ISO_DATE = r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
# "date 2023-02-18 After Russia ..." / "date: 2023-02-18 After ..." on the body's first line.
INLINE_DATE = re.compile(r"[ \t]*(?P<piece>date[ \t]*:?[ \t]*(?P<value>" + ISO_DATE + r"))[ \t]+(?=\S)", re.I)
TITLE_MAX_CHARS = 150
TITLE_MAX_WORDS = 20
_NOT_TITLE_START = re.compile(
    r"(?:by|photo|image|read more|related|follow|sign up|subscribe|advertisement|updated|posted)\b", re.I
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*")


def _split_authors(value: str) -> list[str]:
    value = re.sub(r"^by\s+", "", value.strip(), flags=re.I)
    return [a for a in _AUTHOR_SPLIT.split(value) if a]


def _skip_blank(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    return pos


def _title_line(text: str, pos: int) -> re.Match[str] | None:
    """A first line that reads as a title: short, no final punctuation, alone
    before a blank line, with a longer body after it."""
    m = re.compile(r"(?P<title>[^\n]+)\n[ \t]*\n").match(text, pos)
    if not m:
        return None
    title = m.group("title").strip()
    words = title.split()
    rest = text[m.end():].strip()
    if not (2 <= len(words) <= TITLE_MAX_WORDS and len(title) <= TITLE_MAX_CHARS):
        return None
    if title[-1] in ".!?,;:\"'”’)…" or not (title[0].isupper() or title[0].isdigit()):
        return None
    if _NOT_TITLE_START.match(title) or "http" in title:
        return None
    if len(rest) < 2 * len(title) or not re.search(r"[.!?][\"'”’)]?(?:\s|$)", rest):
        return None
    return m


def read_text(raw: str, *, source: str, fmt: str = "text", encoding: str | None = None) -> RawDocument:
    """Build a :class:`RawDocument` from a decoded plain-text article.

    Args:
        raw: the decoded input, as found.
        source: path or name for messages.
        fmt: ``"text"``, or ``"stdin"`` for text read from standard input.
        encoding: the encoding the bytes were decoded with.
    Returns:
        The document; ``text`` is the NFC body without header pieces.
    Raises:
        InputRejected: nothing but a header.
    """
    text = normalize(raw)
    meta: dict[str, str] = {}
    authors: list[str] = []
    removed: list[Removed] = []
    pos = _skip_blank(text, 0)

    inline = None
    while True:
        # An inline date ends the header: the body goes on after it on the same line.
        if inline := INLINE_DATE.match(text, pos):
            meta.setdefault("date", inline.group("value"))
            removed.append(Removed(kind="header", text=inline.group("piece"),
                                   start=inline.start("piece"), end=inline.end("piece")))
            pos = inline.end()
            break
        if not (m := HEADER_LINE.match(text, pos)):
            break
        key = HEADER_KEYS[m.group("key").lower()]
        value = m.group("value").strip()
        if key == "date" and not re.search(r"\d", value):
            break  # "Date: to be announced" is prose, not a header
        line_end = m.end("value")
        removed.append(Removed(kind="header", text=text[m.start("key"):line_end],
                               start=m.start("key"), end=line_end))
        if key == "author":
            authors.extend(_split_authors(value))
        else:
            meta.setdefault(key, value)
        pos = m.end()
    if not inline:
        pos = _skip_blank(text, pos)
        if "title" not in meta and (t := _title_line(text, pos)):
            line = t.group("title")
            meta["title"] = line.strip()
            start = t.start("title") + len(line) - len(line.lstrip())
            removed.append(Removed(kind="header", text=meta["title"],
                                   start=start, end=start + len(meta["title"])))
            pos = _skip_blank(text, t.end())

    body = text[pos:].rstrip()
    if not body:
        raise InputRejected(source, "no article text after the header")
    return RawDocument(
        source=source,
        format=fmt,
        raw=raw,
        text=body,
        encoding=encoding,
        meta_title=meta.get("title"),
        meta_url=meta.get("url"),
        meta_date=meta.get("date"),
        meta_date_basis="header" if "date" in meta else None,
        meta_outlet=meta.get("outlet"),
        meta_authors=authors,
        meta_language=meta.get("language"),
        removed=removed,
    )
