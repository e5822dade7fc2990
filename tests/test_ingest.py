"""Readers: every format in, every bad input out as one clear error line."""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

import pytest

from narrascope.ingest import offset_map, read_inputs, sniff_format
from narrascope.ingest.decode import normalize
from narrascope.model import InputError, RawDocument

FIX = Path(__file__).parent / "fixtures" / "ingest"


def read_all(*paths: str | Path, **kwargs) -> list[RawDocument | InputError]:
    return list(read_inputs([str(p) for p in paths], **kwargs))


def one_doc(path: str | Path, **kwargs) -> RawDocument:
    items = read_all(path, **kwargs)
    assert len(items) == 1 and isinstance(items[0], RawDocument), items
    return items[0]


def one_error(path: str | Path, **kwargs) -> InputError:
    items = read_all(path, **kwargs)
    assert len(items) == 1 and isinstance(items[0], InputError), items
    assert "\n" not in items[0].error
    return items[0]


# --------------------------------------------------------------------------- text


def test_ingest_text_header_lines():
    doc = one_doc(FIX / "header.txt")
    assert doc.format == "text"
    assert doc.meta_title == "Harbour workers strike over pay"
    assert doc.meta_outlet == "The Northern Ledger"
    assert doc.meta_url == "https://northernledger.example/2025/04/harbour-strike"
    assert (doc.meta_date, doc.meta_date_basis) == ("2025-04-02", "header")
    assert doc.meta_authors == ["Jane Roe", "Tom Field"]
    assert doc.text.startswith("Dock workers in the port city")
    assert "title:" not in doc.text and "source:" not in doc.text
    assert [r.kind for r in doc.removed] == ["header"] * 5
    normalised = normalize(doc.raw)
    for r in doc.removed:
        assert normalised[r.start : r.end] == r.text


def test_ingest_text_inline_date_header():
    doc = one_doc(FIX / "inline_date.txt")
    assert (doc.meta_date, doc.meta_date_basis) == ("2025-03-14", "header")
    assert doc.text.startswith("The regional council of Vesna voted")
    assert [(r.kind, r.text) for r in doc.removed] == [("header", "date 2025-03-14")]


@pytest.mark.parametrize(
    ("text", "date", "body_start"),
    [
        ("date: 2024-11-05 Voters in Kelmar went to the polls.", "2024-11-05", "Voters"),
        ("DATE 2024-11-05 Voters in Kelmar went to the polls.", "2024-11-05", "Voters"),
        ("date 2024-11-05T10:00:00Z Voters in Kelmar went to the polls.", "2024-11-05T10:00:00Z", "Voters"),
        ("Update to date 2024-11-05 rules was approved.", None, "Update"),
        ("Date: to be announced, the council said of the vote.", None, "Date"),
    ],
)
def test_ingest_text_inline_date_variants(tmp_path: Path, text: str, date: str | None, body_start: str):
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    doc = one_doc(p)
    assert doc.meta_date == date
    assert doc.text.startswith(body_start)


def test_ingest_text_title_line_conservative(tmp_path: Path):
    doc = one_doc(FIX / "titled.txt")
    assert doc.meta_title == "Ferry service resumes after storm"
    assert doc.text.startswith("The ferry between")
    # a first paragraph that ends in a full stop is body, not a title
    p = tmp_path / "b.txt"
    p.write_text("The mayor resigned.\n\nShe gave no reason for the decision on Monday.\n", encoding="utf-8")
    assert one_doc(p).meta_title is None


def test_ingest_text_nfc_and_offset_map(tmp_path: Path):
    decomposed = "Cafe\u0301 owner Zoe\u0308 Lind said the price of coffee rose.\r\nIt rose again."
    p = tmp_path / "nfc.txt"
    p.write_bytes(decomposed.encode("utf-8"))
    doc = one_doc(p)
    assert doc.raw == decomposed
    assert doc.text == unicodedata.normalize("NFC", decomposed.replace("\r\n", "\n"))
    assert "Café" in doc.text
    m = offset_map(doc.raw)
    s = doc.text.index("owner")
    assert doc.raw[m[s] : m[s + len("owner")]] == "owner"
    s = doc.text.index("It rose")
    assert doc.raw[m[s] : m[s + 7]] == "It rose"
    assert m[-1] == len(doc.raw)


def test_ingest_latin1_text_is_decoded(tmp_path: Path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Café owners in Zürich said prices rose, the mayor said. Ça va très bien.".encode("cp1252"))
    doc = one_doc(p)
    assert "Café" in doc.text and "très" in doc.text
    assert doc.encoding and doc.encoding != "utf-8"


# --------------------------------------------------------------------------- html


def test_ingest_html_article():
    doc = one_doc(FIX / "article.html")
    assert doc.format == "html"
    assert doc.meta_title == "Bridge repairs to start in May"
    assert doc.meta_outlet == "The Northern Ledger"
    assert (doc.meta_date, doc.meta_date_basis) == ("2025-04-10", "metadata")
    assert doc.meta_authors == ["Ann Holm"]
    assert doc.meta_url == "https://northernledger.example/2025/04/bridge-repairs"
    assert doc.text.startswith("Repairs to the old stone bridge")
    assert "\n\n" in doc.text            # paragraph breaks kept
    assert "Home" not in doc.text and "Copyright" not in doc.text


def test_ingest_html_broken_tags_still_extracted():
    doc = one_doc(FIX / "broken_tags.html")
    assert "night train to Osten" in doc.text and "Passenger groups" in doc.text


def test_ingest_html_sniffed_without_extension(tmp_path: Path):
    p = tmp_path / "page"
    p.write_bytes((FIX / "article.html").read_bytes())
    assert one_doc(p).format == "html"


# --------------------------------------------------------------------------- json, jsonl


def test_ingest_json_object():
    doc = one_doc(FIX / "single.json")
    assert doc.format == "json" and doc.source.endswith("single.json")
    assert doc.meta_title == "Museum opens new wing"
    assert doc.meta_outlet == "Harbour Times"        # {"name": ...} dict
    assert doc.meta_authors == ["Eva Stone", "Karl Berg"]
    assert doc.meta_url == "https://harbourtimes.example/museum"
    assert doc.meta_date_basis == "metadata" and doc.meta_date.startswith("2025-02-01")
    assert doc.meta_language == "en"
    assert doc.text.startswith("The city museum") and "\n\n" in doc.text


def test_ingest_json_list_and_html_body():
    docs = read_all(FIX / "list.json")
    assert [d.source.rsplit("/", 1)[-1] for d in docs] == ["list.json#1", "list.json#2"]
    assert all(isinstance(d, RawDocument) for d in docs)
    assert docs[0].text == "Part of a school roof in Osten collapsed overnight.\n\nNo one was hurt, the fire service said."
    assert docs[1].meta_url == "https://www.reuters.com/world/snow-pass"


def test_ingest_json_articles_wrapper():
    doc = one_doc(FIX / "wrapped.json")
    assert doc.meta_title == "Bakery wins prize" and doc.meta_date == "2025-03-01"


def test_ingest_jsonl_broken_line_others_come_through():
    items = read_all(FIX / "articles.jsonl")
    assert len(items) == 4
    good = [i for i in items if isinstance(i, RawDocument)]
    bad = [i for i in items if isinstance(i, InputError)]
    assert [d.source.rsplit("/", 1)[-1] for d in good] == ["articles.jsonl:1", "articles.jsonl:3"]
    assert all(d.format == "jsonl" for d in good)
    assert bad[0].source.endswith("articles.jsonl:2")
    assert bad[0].error.startswith("line 2: invalid JSON:")
    assert bad[1].source.endswith("articles.jsonl:4")
    assert "no body text" in bad[1].error and "No body here" in bad[1].error


def test_ingest_json_invalid_file_one_error(tmp_path: Path):
    p = tmp_path / "bad.json"
    p.write_text('{"title": "x", "text": "unterminated', encoding="utf-8")
    assert one_error(p).error.startswith("invalid JSON:")


# --------------------------------------------------------------------------- feeds


def test_ingest_rss_entries():
    docs = read_all(FIX / "feed.rss")
    assert len(docs) == 2 and all(isinstance(d, RawDocument) for d in docs)
    first = docs[0]
    assert first.format == "feed" and first.source.endswith("feed.rss#1")
    assert first.meta_outlet == "Island Courier"
    assert first.meta_title == "Harbour dredging approved"
    assert first.meta_url == "https://islandcourier.example/dredging"
    assert (first.meta_date, first.meta_date_basis) == ("2025-03-03", "metadata")
    assert first.meta_authors == ["Nils Dahl"]
    assert first.text == "The island council approved dredging of the old harbour on Monday.\n\nFishermen said the work was long overdue."
    assert "<p>" not in docs[1].text


def test_ingest_atom_entry():
    doc = one_doc(FIX / "feed.atom")
    assert doc.format == "feed"
    assert doc.meta_outlet == "Valley Herald"
    assert doc.meta_date == "2025-06-01"
    assert doc.meta_authors == ["Rosa Vik"]
    assert doc.text.startswith("Inspectors found small cracks") and "Olav Brekke" in doc.text


# --------------------------------------------------------------------------- paths, stdin, urls


def test_ingest_directory_walk_sorted_skips_hidden():
    items = read_all(FIX / "corpus")
    assert [Path(i.source).name for i in items] == ["a.txt", "b.txt"]
    assert all(isinstance(i, RawDocument) for i in items)


def test_ingest_stdin_text_and_binary_streams():
    text = "title: Quiet night in Kelmar\n\nNothing happened in Kelmar on Sunday, police said.\n"
    doc = one_doc("-", stdin=io.StringIO(text))
    assert doc.source == "<stdin>" and doc.format == "stdin"
    assert doc.meta_title == "Quiet night in Kelmar"
    assert doc.text == "Nothing happened in Kelmar on Sunday, police said."
    doc = one_doc("-", stdin=io.BytesIO((FIX / "single.json").read_bytes()))
    assert doc.format == "json"


def test_ingest_url_without_flag():
    err = one_error("https://northernledger.example/story")
    assert err.error == "URL given but --allow-urls not set"


def test_ingest_url_with_flag_uses_fetch(monkeypatch: pytest.MonkeyPatch):
    import narrascope.ingest as ingest

    html = (FIX / "article.html").read_bytes()
    monkeypatch.setattr(ingest, "fetch_url", lambda url: (html, "text/html; charset=utf-8"))
    doc = one_doc("https://northernledger.example/story", allow_urls=True)
    assert doc.format == "html" and doc.source == "https://northernledger.example/story"


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n \t\n", "empty file"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file (not text): PNG image"),
        ("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "binary file (not text): JPEG image"),
        ("data.bin", b"abc\x00\x01\x02def" * 20, "binary file (not text): contains NUL bytes"),
        ("ctrl.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 65]) * 30, "binary file (not text)"),
        ("garbled.txt", bytes(range(128, 256)) * 4, "undecodable bytes"),
        ("broken.html", (FIX / "malformed.html").read_bytes(), "no article text found in HTML"),
        ("empty_feed.rss", b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>', "no entries found in feed"),
        ("empty_list.json", b"[]", "empty JSON list"),
    ],
)
def test_ingest_bad_input_one_line_error(tmp_path: Path, name: str, data: bytes, reason: str):
    p = tmp_path / name
    p.write_bytes(data)
    err = one_error(p)
    assert err.source == str(p)
    assert err.error.startswith(reason), err.error


def test_ingest_missing_path():
    err = one_error("/nonexistent/narrascope/nothing.txt")
    assert err.error == "no such file or directory"


def test_ingest_bad_inputs_do_not_stop_the_batch(tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    items = read_all(tmp_path / "missing.txt", tmp_path / "empty.txt", FIX / "header.txt", "http://x.example/")
    assert [type(i).__name__ for i in items] == ["InputError", "InputError", "RawDocument", "InputError"]


@pytest.mark.parametrize(
    ("text", "ext", "expected"),
    [
        ('{"text": "a"}', ".txt", "json"),
        ('{"text": "a"}\n{"text": "b"}\n', "", "jsonl"),
        ('{"text": "a"}\n', ".jsonl", "jsonl"),
        ("<?xml version='1.0'?><rss><channel></channel></rss>", ".txt", "feed"),
        ('<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "", "feed"),
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", ".txt", "html"),
        ("Plain words about the harbour.", ".md", "text"),
        ("Plain words about the harbour.", ".html", "html"),
        ("[1, 2", ".json", "json"),
    ],
)
def test_ingest_sniff_format(text: str, ext: str, expected: str):
    assert sniff_format(text, extension=ext) == expected


def test_ingest_header_lines_then_inline_date(tmp_path: Path):
    p = tmp_path / "h.txt"
    p.write_text("title: Clinics to close\ndate: 2025-03-14 The council of Vesna voted to close two clinics.\n", encoding="utf-8")
    doc = one_doc(p)
    assert (doc.meta_title, doc.meta_date) == ("Clinics to close", "2025-03-14")
    assert doc.text == "The council of Vesna voted to close two clinics."


def test_ingest_json_nested_body_and_epoch_date(tmp_path: Path):
    p = tmp_path / "wp.json"
    p.write_text('{"title": {"rendered": "Pier rebuilt"}, "content": {"rendered": "<p>The pier in Osten was rebuilt.</p>"}, "date": 1735689600}', encoding="utf-8")
    doc = one_doc(p)
    assert (doc.meta_title, doc.text, doc.meta_date) == ("Pier rebuilt", "The pier in Osten was rebuilt.", "2025-01-01")


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from narrascope.ingest import read_bytes  # noqa: E402

EXTS = st.sampled_from(["", ".txt", ".html", ".json", ".jsonl", ".xml", ".rss", ".png"])
PREFIXES = st.sampled_from([b"", b"{", b"[", b"<", b"<html>", b"<rss>", b"<feed>", b"date 2025-01-01 ", b"title: x\n\n", b"\xef\xbb\xbf"])


@settings(max_examples=150, deadline=None)
@given(PREFIXES, st.one_of(st.binary(max_size=400), st.text(max_size=400).map(lambda t: t.encode("utf-8"))), EXTS)
def test_ingest_read_bytes_never_raises(prefix: bytes, data: bytes, ext: str):
    items = list(read_bytes(prefix + data, source="h", extension=ext))
    assert items
    for item in items:
        if isinstance(item, InputError):
            assert item.error and "\n" not in item.error
        else:
            assert isinstance(item.text, str)


def test_ingest_header_only_text_is_rejected(tmp_path: Path):
    p = tmp_path / "h.txt"
    p.write_text("title: Nothing follows\nsource: The Northern Ledger\n\n", encoding="utf-8")
    assert one_error(p).error == "no article text after the header"


def test_ingest_text_offsets_back_to_raw(tmp_path: Path):
    from narrascope.ingest import text_offsets

    original = "title: Cafe\u0301 prices\n\nZoe\u0308 Lind said the price of coffee rose.\r\nIt rose again.\n"
    p = tmp_path / "t.txt"
    p.write_bytes(original.encode("utf-8"))
    doc = one_doc(p)
    m = text_offsets(doc.raw, doc.text)
    assert m is not None and len(m) == len(doc.text) + 1
    for word in ("Lind", "coffee", "It rose again"):
        s = doc.text.index(word)
        assert doc.raw[m[s] : m[s + len(word)]] == word
    s = doc.text.index("Zoë")
    assert doc.raw[m[s] : m[s + 3]] == "Zoe\u0308"
    assert text_offsets("<p>x</p>", "something else") is None


def test_ingest_url_fetch_failure_is_one_error():
    err = one_error("http://127.0.0.1:9/nothing", allow_urls=True)
    assert err.error.startswith("could not fetch URL")


def test_ingest_utf16_with_bom_is_text(tmp_path: Path):
    p = tmp_path / "u16.txt"
    p.write_bytes("The ferry to Osten was cancelled, the operator said.".encode("utf-16"))
    doc = one_doc(p)
    assert doc.text == "The ferry to Osten was cancelled, the operator said." and doc.encoding == "utf-16"


def test_ingest_feed_never_opens_a_path_or_url_named_inside_it(tmp_path: Path):
    secret = tmp_path / "secret.xml"
    secret.write_text('<rss version="2.0"><channel><title>S</title><item><title>Secret</title>'
                      '<description>Private text that must not be read.</description></item></channel></rss>')
    pointer = tmp_path / "pointer.rss"
    pointer.write_text(str(secret))
    items = list(read_inputs([str(pointer)]))
    assert not any(isinstance(i, RawDocument) and "Private" in i.text for i in items)


def test_ingest_jsonl_keeps_unicode_line_separators_inside_strings(tmp_path: Path):
    f = tmp_path / "ls.jsonl"
    rec1 = json.dumps({"title": "One", "text": "First line\u2028same paragraph of the first article."}, ensure_ascii=False)
    rec2 = json.dumps({"title": "Two", "text": "The second article has its own body text."})
    f.write_text(rec1 + "\n" + rec2 + "\n", encoding="utf-8")
    items = list(read_inputs([str(f)]))
    assert [i.source for i in items] == [f"{f}:1", f"{f}:2"]
    assert all(isinstance(i, RawDocument) for i in items)


def test_ingest_control_characters_are_dropped_with_offsets_kept(tmp_path: Path):
    raw = "title: Bell rings\n\nThe town\x01 bell rang at noon. " + "Nothing else happened that day. " * 20
    f = tmp_path / "c.txt"
    f.write_text(raw)
    (doc,) = list(read_inputs([str(f)]))
    assert not any(ord(c) < 32 and c not in "\n\t" for c in doc.text + (doc.meta_title or ""))
    norm = normalize(raw)
    m = offset_map(raw)
    i = norm.index("bell rang")
    assert raw[m[i]:m[i + len("bell rang")]] == "bell rang"


def test_ingest_latin1_names_are_not_garbled(tmp_path: Path):
    f = tmp_path / "l1.txt"
    f.write_bytes("title: Port deal\n\nThe minister, José Müller, said the deal was signed in Genève.".encode("latin-1"))
    (doc,) = list(read_inputs([str(f)]))
    assert "José Müller" in doc.text and "Genève" in doc.text


def test_ingest_cyrillic_single_byte_is_not_taken_for_latin(tmp_path: Path):
    f = tmp_path / "ru.txt"
    f.write_bytes("Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе.".encode("cp1251"))
    (doc,) = list(read_inputs([str(f)]))
    assert "Министр" in doc.text
