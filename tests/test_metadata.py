"""The evidence cascades of metadata.py: which source answers, and when nothing may."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrascope.clean import clean_text
from narrascope.ingest import read_inputs
from narrascope.metadata import describe, outlet_table, parse_date
from narrascope.model import RawDocument

FIX = Path(__file__).parent / "fixtures" / "ingest"
BODY = "Dock workers in Kelmar walked off the job on Tuesday, halting cargo traffic, the union said."


def raw(text: str = BODY, **kwargs) -> RawDocument:
    fields = {"source": "x.json", "format": "json", "raw": text, "text": text} | kwargs
    return RawDocument(**fields)


def run(doc: RawDocument):
    return describe(doc, clean_text(doc.text))


@pytest.mark.parametrize(
    ("kwargs", "text", "outlet", "basis"),
    [
        ({"meta_outlet": "Harbour Times"}, BODY, "Harbour Times", "metadata"),
        ({"meta_outlet": "Harbour Times", "format": "text"}, BODY, "Harbour Times", "header"),
        ({"meta_outlet": "www.themoscowtimes.com"}, BODY, "The Moscow Times", "metadata"),
        ({"meta_outlet": "The Associated Press"}, BODY, "Associated Press", "metadata"),
        ({"meta_url": "https://www.reuters.com/world/europe/story"}, BODY, "Reuters", "domain"),
        ({"meta_url": "https://apnews.com/article/abc"}, BODY, "Associated Press", "domain"),
        ({"meta_url": "https://edition.cnn.com/2025/01/01/x"}, BODY, "CNN", "domain"),
        ({"meta_url": "https://www.bbc.co.uk/news/world-1"}, BODY, "BBC", "domain"),
        ({"meta_url": "https://tass.ru/politika/1"}, BODY, "TASS", "domain"),
        ({"source": "https://www.newsmax.com/world/x/"}, BODY, "Newsmax", "domain"),
        ({"meta_url": "https://unknown-paper.example/x"}, BODY, None, None),
        ({}, BODY + "\n\nNewsmax writer Paul Gray and Reuters have contributed to this report.", "Newsmax", "credit_line"),
        ({}, BODY + "\n\nNorthern Ledger staff writer Paul Gray contributed to this report.", "Northern Ledger", "credit_line"),
        ({}, BODY + "\nA Message from The Northern Ledger:\nPlease give.\nRemind me later.", "The Northern Ledger", "appeal"),
        ({}, "By Jane Roe | Valley Herald\n\n" + BODY, "Valley Herald", "byline"),
        # the cascade order: metadata before domain before credit line before appeal
        ({"meta_outlet": "Harbour Times", "meta_url": "https://www.reuters.com/x"}, BODY, "Harbour Times", "metadata"),
        ({"meta_url": "https://www.rt.com/news/1"}, BODY + "\n\nNewsmax writer Paul Gray contributed to this report.", "RT", "domain"),
        ({}, BODY + "\n\nNewsmax writer Paul Gray contributed to this report.\nA Message from The Northern Ledger:\nGive.", "Newsmax", "credit_line"),
        ({}, BODY, None, None),
    ],
)
def test_metadata_outlet_cascade(kwargs: dict, text: str, outlet: str | None, basis: str | None):
    d = run(raw(text, **kwargs))
    assert (d.outlet, d.outlet_basis) == (outlet, basis)


@pytest.mark.parametrize(
    ("kwargs", "text", "published", "basis"),
    [
        ({"meta_date": "2025-04-02", "meta_date_basis": "header", "format": "text"}, BODY, "2025-04-02", "header"),
        ({"meta_date": "2025-02-01T09:00:00Z", "meta_date_basis": "metadata"}, BODY, "2025-02-01", "metadata"),
        ({"meta_date": "January 21, 2025", "meta_date_basis": "metadata"}, BODY, "2025-01-21", "metadata"),
        ({"meta_date": "Mon, 03 Mar 2025 10:00:00 GMT", "meta_date_basis": "metadata"}, BODY, "2025-03-03", "metadata"),
        ({"meta_date": "yesterday", "meta_date_basis": "metadata"}, BODY, None, None),
        ({"meta_date": "2025-13-45", "meta_date_basis": "header"}, BODY, None, None),
        ({}, "KELMAR, Feb. 18, 2023 (Reuters) — " + BODY, "2023-02-18", "inferred"),
        ({}, "Kelmar, 18 February 2023 (AFP) - " + BODY, "2023-02-18", "inferred"),
        ({}, "KELMAR, Dec. 17 (Reuters) — " + BODY, None, None),
        ({}, "Voters went to the polls on Dec. 17. On Monday, the council met. " + BODY, None, None),
        ({}, "The harbour closed on Feb. 18, 2023, and has not reopened. " + BODY, None, None),
        # a header date wins over a dateline
        ({"meta_date": "2023-02-19", "meta_date_basis": "header"}, "KELMAR, Feb. 18, 2023 (Reuters) — " + BODY, "2023-02-19", "header"),
    ],
)
def test_metadata_date_cascade(kwargs: dict, text: str, published: str | None, basis: str | None):
    d = run(raw(text, **kwargs))
    assert (d.published, d.published_basis) == (published, basis)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2023-02-18", "2023-02-18"), ("Feb. 18, 2023", "2023-02-18"), ("Dec. 17", None), ("Monday", None), ("", None), (None, None)],
)
def test_metadata_parse_date(value: str | None, expected: str | None):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("text", "contributors"),
    [
        (BODY + "\n\nNewsmax writer Paul Gray and Reuters have contributed to this report.", ["Paul Gray", "Reuters"]),
        (BODY + "\n\nThe Associated Press contributed to this report.", ["Associated Press"]),
        (BODY + "\n\n— with AFP and Agence France-Presse", ["AFP"]),
        ("KELMAR (Reuters) — " + BODY, ["Reuters"]),
        ("KELMAR (Reuters) — " + BODY + "\n\nReporting by Ida Marsh; Editing by Tom Field", ["Ida Marsh", "Reuters"]),
        # an agency named as a source in the text is not a credit
        (BODY + " A few hundred protesters gathered, an AFP reporter said.", []),
    ],
)
def test_metadata_contributors(text: str, contributors: list[str]):
    assert run(raw(text)).contributors == contributors


def test_metadata_authors_from_metadata_and_byline_deduped():
    d = run(raw("By Jane Roe and Tom Field\n\n" + BODY, meta_authors=["Jane Roe"]))
    assert d.authors == ["Jane Roe", "Tom Field"]


@pytest.mark.parametrize(
    ("kwargs", "text", "language"),
    [
        ({}, BODY, "en"),
        ({}, "Les dockers du port de Kelmar ont cessé le travail mardi, bloquant le trafic des marchandises, a indiqué le syndicat.", "fr"),
        ({}, "Die Hafenarbeiter in Kelmar haben am Dienstag die Arbeit niedergelegt, teilte die Gewerkschaft mit.", "de"),
        ({"meta_language": "es-ES"}, BODY, "es"),
        ({}, "OK.", "en"),
        ({}, "12345 67890", "en"),
        ({}, "Vucic met Blinken in Munich and said the talks were good.", "en"),
        ({}, "Serbia and Kosovo talks resume", "en"),
        ({}, "Los trabajadores del puerto de Kelmar dejaron el trabajo el martes, dijo el sindicato.", "es"),
    ],
)
def test_metadata_language(kwargs: dict, text: str, language: str):
    assert run(raw(text, **kwargs)).language == language


def test_metadata_title_and_url():
    d = run(raw(meta_title="Harbour strike", meta_url="https://northernledger.example/a"))
    assert (d.title, d.url) == ("Harbour strike", "https://northernledger.example/a")
    assert run(raw(source="https://www.reuters.com/a")).url == "https://www.reuters.com/a"
    assert run(raw()).url is None and run(raw()).title is None


def test_metadata_outlet_table_shape():
    table = outlet_table()
    assert len(table.domains) >= 60
    assert table.domain_outlet("www.themoscowtimes.com") == "The Moscow Times"
    assert table.domain_outlet("news.bbc.co.uk") == "BBC"
    assert table.domain_outlet("example.org") is None
    assert table.agency("Agence France-Presse") == "AFP"


def test_metadata_end_to_end_fixtures():
    docs = {Path(d.source).name: d for d in read_inputs([str(FIX / "header.txt"), str(FIX / "inline_date.txt")])}
    d = describe(docs["header.txt"], clean_text(docs["header.txt"].text))
    assert (d.outlet, d.outlet_basis) == ("The Northern Ledger", "header")
    assert (d.published, d.published_basis) == ("2025-04-02", "header")
    assert d.title == "Harbour workers strike over pay"
    assert d.authors == ["Jane Roe", "Tom Field"]
    c = clean_text(docs["inline_date.txt"].text)
    d = describe(docs["inline_date.txt"], c)
    assert (d.published, d.published_basis) == ("2025-03-14", "header")
    assert (d.outlet, d.outlet_basis) == ("Northern Ledger", "credit_line")
    assert d.contributors == ["Paul Gray", "AFP"]
    assert "contributed" not in c.text


def test_ambiguous_numeric_date_is_no_date():
    from narrascope.metadata import parse_date

    assert parse_date("12/11/2023") is None
    assert parse_date("25/11/2023") == "2023-11-25"
    assert parse_date("11/11/2023") == "2023-11-11"
