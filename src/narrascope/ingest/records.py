"""JSON and JSONL articles: one object, a list of them, ``{"articles": [...]}``, or
one object per line.

Field names are looked up in the usual spellings (``BODY_FIELDS`` and friends);
an HTML body is stripped to text. Sources name the record: ``file.json#2`` for
the second object of a list (1-based), ``file.jsonl:3`` for line 3.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from narrascope.errors import InputRejected
from narrascope.ingest.decode import normalize
from narrascope.ingest.markup import html_to_text, looks_like_html
from narrascope.model import InputError, RawDocument

BODY_FIELDS = ("text", "body", "content", "article", "article_text", "articleBody", "full_text", "maintext", "description", "summary")
TITLE_FIELDS = ("title", "headline", "name")
DATE_FIELDS = ("date", "published", "published_at", "publishedAt", "pubDate", "date_published", "datePublished", "publish_date", "created_at", "timestamp")
URL_FIELDS = ("url", "link", "canonical_url", "permalink")
OUTLET_FIELDS = ("source", "outlet", "publisher", "site_name", "sitename", "site", "domain", "source_name")
AUTHOR_FIELDS = ("author", "authors", "byline", "creator")
LANGUAGE_FIELDS = ("language", "lang")
LIST_FIELDS = ("articles", "items", "data", "results", "entries", "documents")


def _first(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = record.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


def _as_text(value: Any) -> str | None:
    """A string from a field that may be a string, a {"name"/"rendered"/"text": ...}
    dict, or a list of strings."""
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _as_text(_first(value, ("name", "title", "rendered", "text", "body", "content", "value", "href", "url")))
    if isinstance(value, list):
        parts = [t for v in value if (t := _as_text(v))]
        return "\n\n".join(parts) or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _as_names(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [n for v in value for n in _as_names(v)]
    name = _as_text(value)
    if not name:
        return []
    if name.lower().startswith("by "):
        name = name[3:]
    return [n.strip() for n in name.replace(" and ", ",").split(",") if n.strip()]


def _as_date(value: Any) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if value > 10**11 else value   # epoch milliseconds
        try:
            return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    return _as_text(value)


def record_to_raw(record: Any, *, source: str, fmt: str, raw: str, encoding: str | None) -> RawDocument:
    """Map one JSON object to a :class:`RawDocument`.

    Raises:
        InputRejected: not an object, or no body text field.
    """
    if not isinstance(record, dict):
        raise InputRejected(source, f"expected a JSON object for an article, got {type(record).__name__}")
    body = _as_text(_first(record, BODY_FIELDS))
    if not body:
        title = _as_text(_first(record, TITLE_FIELDS))
        named = f" {title!r}" if title else ""
        raise InputRejected(
            source, f"record{named} has no body text (expected one of: {', '.join(BODY_FIELDS[:5])})"
        )
    if looks_like_html(body):
        body = html_to_text(body)
    date = _as_date(_first(record, DATE_FIELDS))
    language = _as_text(_first(record, LANGUAGE_FIELDS))
    return RawDocument(
        source=source,
        format=fmt,
        raw=raw,
        text=normalize(body).strip(),
        encoding=encoding,
        meta_title=(t := _as_text(_first(record, TITLE_FIELDS))) and normalize(t),
        meta_url=_as_text(_first(record, URL_FIELDS)),
        meta_date=date,
        meta_date_basis="metadata" if date else None,
        meta_outlet=(o := _as_text(_first(record, OUTLET_FIELDS))) and normalize(o),
        meta_authors=[normalize(a) for a in _as_names(_first(record, AUTHOR_FIELDS))],
        meta_language=language[:2].lower() if language else None,
    )


def _guard(source: str, build) -> RawDocument | InputError:
    try:
        return build()
    except InputRejected as exc:
        return InputError(source=exc.source, error=exc.reason)


def read_json(raw: str, *, source: str, encoding: str | None = None) -> Iterator[RawDocument | InputError]:
    """One article object, a list of them, or ``{"articles": [...]}``.

    Raises:
        InputRejected: the file is not valid JSON (reported once for the file).
    """
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputRejected(source, f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    if isinstance(data, dict) and not _first(data, BODY_FIELDS):
        listed = _first(data, LIST_FIELDS)
        if isinstance(listed, list):
            data = listed
    if isinstance(data, list):
        if not data:
            raise InputRejected(source, "empty JSON list: no articles")
        for i, record in enumerate(data, start=1):
            src = f"{source}#{i}"
            text = json.dumps(record, ensure_ascii=False)
            yield _guard(src, lambda: record_to_raw(record, source=src, fmt="json", raw=text, encoding=encoding))
        return
    yield _guard(source, lambda: record_to_raw(data, source=source, fmt="json", raw=raw, encoding=encoding))


def read_jsonl(raw: str, *, source: str, encoding: str | None = None) -> Iterator[RawDocument | InputError]:
    """One article object per line; a broken line is one error, the others still come.

    Raises:
        InputRejected: no non-blank line at all.
    """
    if not raw.strip():
        raise InputRejected(source, "empty file")
    # split on "\n" only: str.splitlines() also splits on U+2028/U+0085, which
    # a valid JSON string may hold unescaped
    for lineno, line in enumerate(raw.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        src = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(source=src, error=f"line {lineno}: invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        yield _guard(src, lambda: record_to_raw(record, source=src, fmt="jsonl", raw=line, encoding=encoding))
