"""Read inputs into :class:`~narrascope.model.RawDocument` records, one reader per format.

``read_inputs`` is the only entry point the pipeline uses. It never raises for a
bad input: each rejected input becomes one :class:`~narrascope.model.InputError`
with a one-line reason, and iteration goes on with the next.

Formats are chosen by content sniffing first (a feed, an HTML page, JSON), then
by file extension, then plain text. Text is decoded (UTF-8 first, then
charset-normalizer), kept as found in ``RawDocument.raw`` and NFC-normalised for
``RawDocument.text``; :func:`offset_map` maps offsets of the normalised input
back to ``raw``, and :func:`text_offsets` does so for a plain-text document's
``text`` (the body after its header).
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from narrascope.errors import InputRejected
from narrascope.ingest.decode import decode_bytes, normalize, offset_map, text_offsets
from narrascope.ingest.feed import read_feed
from narrascope.ingest.html import read_html
from narrascope.ingest.records import read_json, read_jsonl
from narrascope.ingest.text import read_text
from narrascope.model import InputError, RawDocument

__all__ = ["read_inputs", "read_bytes", "sniff_format", "offset_map", "text_offsets", "normalize", "READERS", "EXTENSIONS"]

Item = RawDocument | InputError
# A reader takes the decoded text and yields documents and per-record errors;
# problems with the whole input raise InputRejected. ``stdin`` and ``url`` tell
# it where the text came from.
Reader = Callable[..., Iterable[Item]]


def _text_reader(raw: str, *, source: str, encoding: str | None, stdin: bool = False, url: str | None = None) -> Iterator[Item]:
    yield read_text(raw, source=source, fmt="stdin" if stdin else "text", encoding=encoding)


def _html_reader(raw: str, *, source: str, encoding: str | None, stdin: bool = False, url: str | None = None) -> Iterator[Item]:
    yield read_html(raw, source=source, encoding=encoding, url=url)


def _json_reader(raw: str, *, source: str, encoding: str | None, **_: object) -> Iterator[Item]:
    return read_json(raw, source=source, encoding=encoding)


def _jsonl_reader(raw: str, *, source: str, encoding: str | None, **_: object) -> Iterator[Item]:
    return read_jsonl(raw, source=source, encoding=encoding)


def _feed_reader(raw: str, *, source: str, encoding: str | None, **_: object) -> Iterator[Item]:
    return read_feed(raw, source=source, encoding=encoding)


EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text", "": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
# One reader per format name (the name ends up in RawDocument.format).
READERS: dict[str, Reader] = {
    "text": _text_reader,
    "html": _html_reader,
    "json": _json_reader,
    "jsonl": _jsonl_reader,
    "feed": _feed_reader,
}
_FEED_HINT = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.I)
_HTML_HINT = re.compile(r"<(?:!doctype html|html|head|body|article|div|p|meta|title)\b", re.I)


def _looks_like_jsonl(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    return len(lines) > 1 and sum(line.lstrip().startswith("{") for line in lines) >= len(lines) / 2


def sniff_format(text: str, *, extension: str = "") -> str:
    """The reader name for ``text``: content first, then ``extension``, then ``"text"``.

    A feed root element means ``feed``; HTML tags at the start mean ``html``; a
    text that parses as one JSON value means ``json``; several lines of objects
    mean ``jsonl``. Otherwise the extension decides, and plain text is the default.
    """
    head = text.lstrip("\ufeff \t\r\n")[:2048]
    by_ext = EXTENSIONS.get(extension.lower())
    if head.startswith("<"):
        if _FEED_HINT.search(head):
            return "feed"
        if _HTML_HINT.match(head) or _HTML_HINT.search(head[:512]):
            return "html"
    if head[:1] in "{[" and head:
        if by_ext == "jsonl":
            return "jsonl"
        try:
            json.loads(text)
            return "json"
        except json.JSONDecodeError:
            if _looks_like_jsonl(text):
                return "jsonl"
            if by_ext == "json":
                return "json"  # the JSON reader reports the syntax error
    return by_ext or "text"


def read_bytes(data: bytes, *, source: str, extension: str = "", stdin: bool = False, url: str | None = None) -> Iterator[Item]:
    """Decode and read one input's bytes; errors become :class:`InputError` items."""
    try:
        text, encoding = decode_bytes(data, source)
        fmt = sniff_format(text, extension=extension)
        yield from READERS[fmt](text, source=source, encoding=encoding, stdin=stdin, url=url)
    except InputRejected as exc:
        yield InputError(source=exc.source, error=exc.reason)
    # Third-party parsers (lxml via trafilatura, feedparser) may raise their own
    # exception types on pathological input; one bad input must never stop the
    # batch, so the failure becomes this input's error line.
    except Exception as exc:  # noqa: BLE001
        yield InputError(source=source, error=f"could not read input: {type(exc).__name__}: {_one_line(exc)}")


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else "no detail"


def _walk(directory: Path) -> Iterator[Path]:
    """Files under ``directory``, recursively, sorted, skipping hidden files and folders."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def _read_path(path: Path, source: str) -> Iterator[Item]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(source=source, error=f"cannot read file: {exc.strerror or exc}")
        return
    yield from read_bytes(data, source=source, extension=path.suffix)


def _read_stdin(stdin: TextIO | BinaryIO | None) -> Iterator[Item]:
    stream = stdin if stdin is not None else sys.stdin
    buffer = getattr(stream, "buffer", None)
    try:
        data = buffer.read() if buffer is not None else stream.read()
    except (OSError, ValueError) as exc:
        yield InputError(source="<stdin>", error=f"cannot read standard input: {exc}")
        return
    if isinstance(data, str):
        data = data.encode("utf-8")
    yield from read_bytes(data, source="<stdin>", stdin=True)


def fetch_url(url: str) -> tuple[bytes, str]:
    """Fetch ``url`` with trafilatura's downloader (urllib3, already a dependency).

    Returns:
        The response body and its content type ("" when unknown).
    Raises:
        InputRejected: network failure or an HTTP error status.
    """
    from trafilatura.downloads import fetch_response

    response = fetch_response(url, with_headers=True)
    if response is None or response.data is None:
        raise InputRejected(url, "could not fetch URL: no response (network error or refused)")
    if response.status >= 400:
        raise InputRejected(url, f"could not fetch URL: HTTP {response.status}")
    return bytes(response.data), (response.headers or {}).get("content-type", "")


def _read_url(url: str, allow_urls: bool) -> Iterator[Item]:
    if not allow_urls:
        yield InputError(source=url, error="URL given but --allow-urls not set")
        return
    try:
        data, content_type = fetch_url(url)
    except InputRejected as exc:
        yield InputError(source=url, error=exc.reason)
        return
    extension = ".html"
    if "json" in content_type:
        extension = ".json"
    elif "rss" in content_type or "atom" in content_type or "xml" in content_type:
        extension = ".xml"
    elif "text/plain" in content_type:
        extension = ".txt"
    yield from read_bytes(data, source=url, extension=extension, url=url)


def read_inputs(
    paths: list[str],
    *,
    allow_urls: bool = False,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[RawDocument | InputError]:
    """Read every input named in ``paths``, in order.

    Args:
        paths: files, directories (walked recursively, sorted, hidden entries
            skipped), ``"-"`` for standard input, or http(s) URLs.
        allow_urls: fetch URLs (otherwise each URL is one error).
        stdin: the stream ``"-"`` reads (text or binary); ``sys.stdin`` by default.
    Yields:
        One :class:`RawDocument` per article found, or one :class:`InputError` per
        rejected input or record (``error`` is a one-line reason). Multi-record
        files name their records ``file.jsonl:LINE`` and ``file.json#N``/``feed.xml#N``.
    """
    for given in paths:
        if given == "-":
            yield from _read_stdin(stdin)
        elif re.match(r"https?://", given, re.I):
            yield from _read_url(given, allow_urls)
        else:
            path = Path(given)
            if path.is_dir():
                found = False
                for file in _walk(path):
                    found = True
                    yield from _read_path(file, str(file))
                if not found:
                    yield InputError(source=given, error="directory holds no (non-hidden) files")
            elif path.exists():
                yield from _read_path(path, given)
            else:
                yield InputError(source=given, error="no such file or directory")
