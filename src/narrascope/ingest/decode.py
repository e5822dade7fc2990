"""Bytes -> text: binary detection, encoding detection, Unicode NFC normalisation.

Readers keep two strings: ``raw`` (the decoded input exactly as found) and the
NFC-normalised text every later offset refers to. NFC can change lengths (a
decomposed "e" + U+0301 becomes one "é"); :func:`offset_map` gives the way back
from a normalised index to the original one.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from narrascope.errors import InputRejected

# Leading bytes of common binary formats, named in the rejection message.
MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media (WebP/WAV/AVI)"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x00\x00\x01\x00", "icon image"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
)
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
SNIFF_BYTES = 8192
# Share of control bytes (other than tab, newline, carriage return, form feed)
# above which a file is taken for binary: text files have next to none.
MAX_CONTROL_RATIO = 0.05
# charset-normalizer's "chaos" (mess) ratio above which a guess is not trusted.
MAX_CHAOS = 0.3
_TEXT_CONTROLS = {9, 10, 12, 13}


def check_not_binary(data: bytes, source: str) -> None:
    """Raise :class:`InputRejected` when ``data`` looks like a binary file.

    A byte-order mark means text (UTF-16/32 contain NUL bytes by design); a known
    magic number, a NUL byte or many control bytes in the first 8 KiB mean binary.
    """
    if any(data.startswith(bom) for bom, _ in BOMS):
        return
    for magic, name in MAGIC:
        if data.startswith(magic) and (magic != b"MZ" or b"\x00" in data[:SNIFF_BYTES]):
            raise InputRejected(source, f"binary file (not text): {name}")
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        raise InputRejected(source, "binary file (not text): contains NUL bytes")
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    if head and controls / len(head) > MAX_CONTROL_RATIO:
        raise InputRejected(
            source, f"binary file (not text): {controls} control bytes in the first {len(head)}"
        )


_CP1252_PUNCT = set("‘’‚“”„–—…€•«»°£§©®±×÷·¡¿ªº")


def _western(data: bytes) -> bool:
    """True when ``data`` reads as Windows-1252 Western European text: every byte
    decodes, and the non-ASCII characters are accented Latin letters or typographic
    punctuation, a minority among the letters (Cyrillic or Greek single-byte text
    decoded this way would be mostly non-ASCII "letters"). charset-normalizer
    alone often picks cp775 or cp1250 for short Latin-1 texts, garbling names."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return False
    letters = sum(c.isalpha() for c in text)
    latin = sum(1 for c in non_ascii if (c.isalpha() and "LATIN" in unicodedata.name(c, "")) or c in _CP1252_PUNCT)
    return latin == len(non_ascii) and sum(c.isalpha() for c in non_ascii) <= 0.2 * max(letters, 1)


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Decode ``data``: BOM, then UTF-8, then charset-normalizer's best guess.

    Returns:
        ``(text, encoding)``; ``text`` is the decoded original (not normalised).
    Raises:
        InputRejected: empty input, binary data, or bytes no text encoding fits.
    """
    if not data.strip():
        raise InputRejected(source, "empty file")
    check_not_binary(data, source)
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
                if not text.strip():
                    raise InputRejected(source, "empty file")
                return text, enc
            except UnicodeDecodeError as exc:
                raise InputRejected(source, f"undecodable bytes: invalid {enc} ({exc.reason})") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _western(data):
        return data.decode("cp1252"), "cp1252"
    matches = from_bytes(data)
    best = matches.best()
    if best is None or best.chaos > MAX_CHAOS:
        raise InputRejected(source, "undecodable bytes: not UTF-8 and no text encoding fits")
    encoding = best.encoding
    # Western European text is often guessed as cp1250 where cp1252 fits as well;
    # the Windows-1252 reading is the likelier one for news text.
    for m in matches:
        if m.encoding == "cp1252" and m.chaos <= best.chaos:
            encoding = "cp1252"
            break
    return data.decode(encoding), encoding


# control characters other than tab and newline: they break XML (GraphML) and
# terminals, and never carry article text
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def normalize(text: str) -> str:
    """NFC-normalise ``text``, unify line ends to ``\\n`` and drop control characters.

    ``\\r\\n`` and lone ``\\r`` become ``\\n``; control characters other than tab
    and newline are removed; :func:`offset_map` accounts for both.
    """
    return _CONTROL.sub("", unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")))


def _clusters(text: str) -> list[tuple[int, str]]:
    """Split ``text`` into (start, piece) runs that normalise independently:
    a base character with the combining marks after it; ``\\r\\n`` as one run."""
    out: list[tuple[int, str]] = []
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        if text[i] == "\r" and j < n and text[j] == "\n":
            j += 1
        else:
            # Combining marks and Hangul medial/final jamo compose with what precedes.
            while j < n and (unicodedata.combining(text[j]) or "\u1160" <= text[j] <= "\u11ff"):
                j += 1
        out.append((i, text[i:j]))
        i = j
    return out


def offset_map(original: str) -> list[int]:
    """Map each index of ``normalize(original)`` to its index in ``original``.

    Returns a list one longer than the normalised text (the last entry maps the
    end position), so a span ``[s, e)`` of the normalised text stands at
    ``original[m[s]:m[e]]``. When normalisation changes nothing the map is the
    identity. Use it with ``RawDocument.raw`` and the normalised whole input.
    """
    mapping: list[int] = []
    for start, piece in _clusters(original):
        mapped = normalize(piece)
        mapping.extend([start] * len(mapped))
    mapping.append(len(original))
    if len(mapping) != len(normalize(original)) + 1:
        # Composition across our run boundaries (rare scripts): fall back to a
        # proportional map rather than fail.
        total = len(normalize(original))
        mapping = [round(i * len(original) / total) if total else 0 for i in range(total + 1)]
    return mapping


def text_offsets(raw: str, text: str) -> list[int] | None:
    """Map each index of a document's ``text`` (and its end) to an index of ``raw``.

    Works where ``text`` is a slice of ``normalize(raw)`` (plain-text and stdin
    documents: the body after the header). Returns None where the text was
    extracted rather than sliced (HTML, JSON, feeds) and no map exists.
    """
    normalised = normalize(raw)
    start = normalised.find(text)
    if start < 0:
        return None
    mapping = offset_map(raw)
    return mapping[start : start + len(text) + 1]
