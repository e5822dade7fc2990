"""Outlet, title, publication date, authors, contributors and language of an article.

Each fact is settled by an explicit evidence cascade, as trafilatura's
``extract_metadata`` does: one small function per source of evidence, tried in
order, and the first that answers names the basis. Nothing is guessed: a date is
inferred from the text only when the text states a full date in a dateline.

Outlet: metadata (HTML/JSON/feed fields; "header" for text header lines) ->
URL domain (``data/outlets.json``) -> credit line ("Newsmax writer ...") ->
appeal signature ("A Message from The Moscow Times:") -> byline ("By X | Outlet").

Published: header -> metadata -> dateline with a full date ("MOSCOW, Feb. 18,
2023 (Reuters) -"), basis "inferred". A day without a year ("Dec. 17") or a
relative day ("Monday") is not a publication date.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from urllib.parse import urlsplit

from narrascope.clean import Cleaned
from narrascope.model import RawDocument

DEFAULT_LANGUAGE = "en"
LANGDETECT_CHARS = 3000
MIN_LANGDETECT_LETTERS = 20
MIN_LANGUAGE_PROB = 0.9
ENGLISH_WORD_RATIO = 0.12
ENGLISH_FUNCTION_WORDS = frozenset(
    "the and of to in on for with at by from said says was were is are has have had "
    "that this it its he she they his her their a an but not will would after over".split()
)
# Absolute dates only: relative expressions ("yesterday", "3 days ago") never
# give a publication date.
DATEPARSER_SETTINGS = {
    "PREFER_DATES_FROM": "past",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}
ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "MOSCOW, Feb. 18, 2023 (Reuters) —" / "Belgrade, 18 February 2023 (AFP) -" at the start of the body.
DATELINE = re.compile(
    r"^(?:(?P<place>[A-Z][\w.'’ -]{1,40}?(?:,\s*[A-Z][\w.' -]{1,30}?)?),?\s+)?"
    r"(?P<date>" + MONTH + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + MONTH + r",?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"\s*(?:\((?P<agency>[^()\n]{2,40})\))?\s*[-–—:]"
)
AGENCY_DATELINE = re.compile(r"^[A-Z][\w.'’ ,-]{1,60}?\s*\((?P<agency>[^()\n]{2,40})\)\s*[-–—]")


@dataclass
class Description:
    """What is known about an article beyond its text; unknown values are None."""

    outlet: str | None = None
    outlet_basis: str | None = None      # metadata | header | domain | credit_line | appeal | byline
    title: str | None = None
    published: str | None = None         # YYYY-MM-DD
    published_basis: str | None = None   # header | metadata | inferred
    authors: list[str] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)
    language: str = DEFAULT_LANGUAGE     # ISO 639-1
    url: str | None = None


# --------------------------------------------------------------------------- tables


@dataclass(frozen=True)
class OutletTable:
    domains: dict[str, str]
    aliases: dict[str, str]            # casefolded spelling -> canonical name
    agencies: dict[str, str]           # casefolded agency spelling -> canonical name

    def canonical(self, name: str) -> str:
        """The canonical spelling of an outlet or agency name, else ``name`` itself."""
        key = name.strip().casefold()
        if key in self.aliases:
            return self.aliases[key]
        if key in self.agencies:
            return self.agencies[key]
        if _looks_like_domain(name):
            return self.domain_outlet(name) or name.strip()
        return name.strip()

    def domain_outlet(self, host: str) -> str | None:
        """Outlet for a host name, matching the host or any parent domain."""
        host = host.strip().lower().rstrip(".")
        host = host.removeprefix("www.")
        parts = host.split(".")
        for i in range(len(parts) - 1):
            if (candidate := ".".join(parts[i:])) in self.domains:
                return self.domains[candidate]
        return None

    def agency(self, name: str) -> str | None:
        return self.agencies.get(name.strip().casefold())


def _looks_like_domain(value: str) -> bool:
    return bool(re.fullmatch(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}", value.strip().lower()))


@functools.lru_cache(maxsize=1)
def outlet_table() -> OutletTable:
    """The bundled ``data/outlets.json`` (domains, aliases, agencies)."""
    data = json.loads(resources.files("narrascope").joinpath("data/outlets.json").read_text(encoding="utf-8"))
    agencies = {}
    for canonical, spellings in data["agencies"].items():
        for s in [canonical, *spellings]:
            agencies[s.casefold()] = canonical
    aliases = {k.casefold(): v for k, v in data["aliases"].items()}
    for name in data["domains"].values():
        aliases.setdefault(name.casefold(), name)
    return OutletTable(domains=data["domains"], aliases=aliases, agencies=agencies)


# --------------------------------------------------------------------------- outlet


def outlet_from_metadata(raw: RawDocument, cleaned: Cleaned) -> str | None:
    """The outlet a format field or header line named (a domain is looked up)."""
    if not raw.meta_outlet:
        return None
    if re.match(r"https?://", raw.meta_outlet, re.I):
        host = urlsplit(raw.meta_outlet).hostname or ""
        return outlet_table().domain_outlet(host) or host.removeprefix("www.") or None
    return outlet_table().canonical(raw.meta_outlet)


def _url_of(raw: RawDocument) -> str | None:
    if raw.meta_url:
        return raw.meta_url
    if re.match(r"https?://", raw.source, re.I):
        return raw.source
    return None


def outlet_from_domain(raw: RawDocument, cleaned: Cleaned) -> str | None:
    """The outlet whose domain serves the article's URL (bundled table)."""
    url = _url_of(raw)
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname
    return outlet_table().domain_outlet(host) if host else None


def _hint(kind: str) -> Callable[[RawDocument, Cleaned], str | None]:
    def step(raw: RawDocument, cleaned: Cleaned) -> str | None:
        for name, evidence in cleaned.outlet_hints:
            if evidence == kind:
                return outlet_table().canonical(name)
        return None

    step.__name__ = f"outlet_from_{kind}"
    step.__doc__ = f"The outlet named by a {kind.replace('_', ' ')} that cleaning took off."
    return step


outlet_from_credit_line = _hint("credit_line")
outlet_from_appeal = _hint("appeal")
outlet_from_byline = _hint("byline")

OUTLET_STEPS: tuple[tuple[str, Callable[[RawDocument, Cleaned], str | None]], ...] = (
    ("metadata", outlet_from_metadata),
    ("domain", outlet_from_domain),
    ("credit_line", outlet_from_credit_line),
    ("appeal", outlet_from_appeal),
    ("byline", outlet_from_byline),
)


def find_outlet(raw: RawDocument, cleaned: Cleaned) -> tuple[str | None, str | None]:
    """``(outlet, basis)`` from the first step of ``OUTLET_STEPS`` that answers."""
    for basis, step in OUTLET_STEPS:
        if outlet := step(raw, cleaned):
            if basis == "metadata" and raw.format in ("text", "stdin"):
                basis = "header"
            return outlet, basis
    return None, None


# --------------------------------------------------------------------------- date


def parse_date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` for an absolute date with day, month and year; else None.

    ISO dates are read directly; other forms go through dateparser with
    relative parsing switched off ("yesterday" and "Dec. 17" give None).
    """
    if not value or not value.strip():
        return None
    value = value.strip()
    if m := ISO_DATE.match(value):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    # "12/11/2023" is 11 December in the US and 12 November elsewhere: with both
    # numbers 12 or under and nothing to tell the order apart, there is no date
    if (m := re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})", value)) and m[1] != m[2] \
            and int(m[1]) <= 12 and int(m[2]) <= 12:
        return None
    import dateparser   # slow to import; only needed for non-ISO dates

    parsed = dateparser.parse(value, settings=DATEPARSER_SETTINGS)
    return parsed.date().isoformat() if parsed else None


def date_from_header(raw: RawDocument, cleaned: Cleaned) -> str | None:
    """A date from a text header line (``date: ...`` or inline ``date YYYY-MM-DD``)."""
    return parse_date(raw.meta_date) if raw.meta_date_basis == "header" else None


def date_from_metadata(raw: RawDocument, cleaned: Cleaned) -> str | None:
    """A date from the format's own fields (HTML meta, JSON field, feed entry)."""
    return parse_date(raw.meta_date) if raw.meta_date_basis != "header" else None


def date_from_dateline(raw: RawDocument, cleaned: Cleaned) -> str | None:
    """A full date in the dateline that opens the body ("MOSCOW, Feb. 18, 2023 (Reuters) -")."""
    m = DATELINE.match(cleaned.text.lstrip())
    return parse_date(m.group("date")) if m else None


DATE_STEPS: tuple[tuple[str, Callable[[RawDocument, Cleaned], str | None]], ...] = (
    ("header", date_from_header),
    ("metadata", date_from_metadata),
    ("inferred", date_from_dateline),
)


def find_published(raw: RawDocument, cleaned: Cleaned) -> tuple[str | None, str | None]:
    """``(YYYY-MM-DD, basis)`` from the first step of ``DATE_STEPS`` that answers."""
    for basis, step in DATE_STEPS:
        if date := step(raw, cleaned):
            return date, basis
    return None, None


# --------------------------------------------------------------------------- people, language


def _dedupe(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for n in names:
        if n and n.casefold() not in seen:
            seen.add(n.casefold())
            out.append(n)
    return out


def find_contributors(raw: RawDocument, cleaned: Cleaned) -> list[str]:
    """Writers and agencies credited: credit lines, then a dateline's agency
    ("MOSCOW (Reuters) -"). Agency spellings are made canonical ("The Associated
    Press" -> "Associated Press"); order kept, duplicates dropped."""
    table = outlet_table()
    names = [table.agency(n) or n for n in cleaned.contributors]
    head = cleaned.text.lstrip()[:200]
    m = DATELINE.match(head) or AGENCY_DATELINE.match(head)
    if m and m.group("agency") and (agency := table.agency(m.group("agency"))):
        names.append(agency)
    return _dedupe(names)


def find_language(raw: RawDocument, cleaned: Cleaned) -> str:
    """ISO 639-1 code: the format's declared language, else langdetect (seeded), else "en"."""
    if raw.meta_language and re.fullmatch(r"[a-zA-Z]{2}", raw.meta_language[:2]):
        return raw.meta_language[:2].lower()
    sample = cleaned.text[:LANGDETECT_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LANGDETECT_LETTERS:
        return DEFAULT_LANGUAGE
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0   # langdetect is random otherwise: same text, same answer
    try:
        guesses = detect_langs(sample)
    except LangDetectException:
        return DEFAULT_LANGUAGE
    top = guesses[0]
    if top.lang.startswith("en"):
        return "en"
    # Short, name-heavy English ("Vucic met Blinken in Munich.") fools langdetect;
    # English function words settle it.
    words = re.findall(r"[a-z]+", sample.lower())
    hits = sum(w in ENGLISH_FUNCTION_WORDS for w in words)
    if hits >= 2 and hits / max(len(words), 1) >= ENGLISH_WORD_RATIO:
        return "en"
    return top.lang[:2] if top.prob >= MIN_LANGUAGE_PROB else DEFAULT_LANGUAGE


def describe(raw: RawDocument, cleaned: Cleaned) -> Description:
    """Settle outlet, title, date, people, language and URL for one article.

    Args:
        raw: the document as read (its ``meta_*`` hints).
        cleaned: the cleaned body with credit lines, bylines and appeals taken off.
    Returns:
        A :class:`Description`; each ``*_basis`` names the evidence that answered,
        and unknown values are None (never a guess).
    """
    outlet, outlet_basis = find_outlet(raw, cleaned)
    published, published_basis = find_published(raw, cleaned)
    return Description(
        outlet=outlet,
        outlet_basis=outlet_basis,
        title=raw.meta_title or None,
        published=published,
        published_basis=published_basis,
        authors=_dedupe([*raw.meta_authors, *cleaned.authors]),
        contributors=find_contributors(raw, cleaned),
        language=find_language(raw, cleaned),
        url=_url_of(raw),
    )
