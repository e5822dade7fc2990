"""Time expressions: resolve "on Friday", "Dec. 17", "yesterday" against an article date.

Used by quotes.py and claims.py. Only days the text itself fixes are returned:
"mid-2022", "last week" or "earlier this month" name no day and resolve to None.

Rules (in order, first match wins):

- ``today``/``yesterday``/``tomorrow`` (and ``tonight``) -> ``published`` +/- 1 day.
- A weekday ("on Monday", "Wednesday") -> the most recent such day on or before
  ``published`` (the same weekday as published -> published itself).
- Month + day ("Dec. 17", "December 17, 2023", "17 December") -> that day; without a
  year the year comes from ``published`` (previous year when that would be after it).
  Without ``published`` only dates with a full year resolve.
- Month (+ year) alone, a year alone, "mid-2022", "last week", durations ("for two
  weeks", "25 years after") -> None, with ``kind`` saying what they are.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class TimeRef:
    text: str                 # the expression as written, e.g. "on Monday", "mid-2022", "for two weeks"
    start: int
    end: int
    date: dt.date | None      # a fixed day, only when the text fixes one; else None
    kind: str                 # "date", "weekday", "relative", "month", "year", "duration", "vague"


MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBER_WORDS = (r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                r"fifteen|twenty|thirty|several|few|many|a few)")
UNITS = r"(?:days?|weeks?|months?|years?|decades?|hours?|minutes?|centuries|century)"

_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("duration", re.compile(
        r"\b(?:for|over|in|within|after|during)\s+(?:the\s+(?:past|last|next)\s+)?" + NUMBER_WORDS
        + r"\s+" + UNITS + r"\b|\b" + NUMBER_WORDS + r"\s+" + UNITS
        + r"\s+(?:after|later|ago|before|earlier)\b", re.I)),
    ("date", re.compile(r"\b(?:on\s+)?" + _MON + r"\s+" + _DAY + r"\b(?:,?\s+" + _YEAR + r")?", re.I)),
    ("date", re.compile(r"\b(?:on\s+)?" + _DAY + r"\s+" + _MON + r"(?:,?\s+" + _YEAR + r")?", re.I)),
    ("date", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("relative", re.compile(r"\b(?:today|yesterday|tomorrow|tonight|last\s+night)\b", re.I)),
    ("weekday", re.compile(r"\b(?:(?:on|last|this|late|early)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                           r"(?:\s+(?:morning|afternoon|evening|night))?\b", re.I)),
    ("vague", re.compile(r"\b(?:(?:in\s+)?(?:mid|early|late)-?\s*" + r"(?:(?:19|20)\d\d|"
                         + "|".join(m for m in MONTHS if len(m) > 3) + r"))\b", re.I)),
    ("month", re.compile(r"\b(?:in\s+)?(?P<mon>january|february|march|april|june|july|august|september|"
                         r"october|november|december)(?:\s+(?:19|20)\d\d)?\b", re.I)),
    ("relative", re.compile(r"\b(?:last|next|this|earlier\s+this|later\s+this|earlier\s+last)\s+"
                            r"(?:week|month|year|weekend|spring|summer|autumn|fall|winter)\b"
                            r"|\brecently\b|\b(?:earlier|later)\s+(?:today|this\s+week)\b", re.I)),
    ("year", re.compile(r"\b(?:in\s+)?(?:19|20)\d\d\b")),
]


def as_date(published: Any) -> dt.date | None:
    """A date from a date, a datetime or an ISO string ("2024-03-08", also with a
    time after it); None for anything else."""
    if published is None or published == "":
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def _month_num(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    return MONTHS.get(s.lower().rstrip("."))


def _resolve_match(kind: str, m: re.Match[str], pub: dt.date | None) -> dt.date | None:
    text = m.group(0).lower()
    if kind == "date":
        mon = _month_num(m.group("mon"))
        day = int(m.group("day"))
        year = m.group("year")
        if mon is None:
            return None
        if year:
            try:
                return dt.date(int(year), mon, day)
            except ValueError:
                return None
        if pub is None:
            return None
        try:
            d = dt.date(pub.year, mon, day)
        except ValueError:
            return None
        if d > pub:
            try:
                d = dt.date(pub.year - 1, mon, day)
            except ValueError:
                return None
        return d
    if pub is None:
        return None
    if kind == "relative":
        if "yesterday" in text or "last night" in text:
            return pub - dt.timedelta(days=1)
        if "tomorrow" in text:
            return pub + dt.timedelta(days=1)
        if "today" in text or "tonight" in text:
            if "earlier" in text or "later" in text:
                return pub
            return pub
        return None
    if kind == "weekday":
        wd = WEEKDAYS.index(m.group("wd").lower())
        back = (pub.weekday() - wd) % 7
        if text.startswith("last ") and back == 0:
            back = 7
        return pub - dt.timedelta(days=back)
    return None


def find_times(doc_or_text: Any, published: Any = None) -> list[TimeRef]:
    """Every time expression in a text (or a spaCy Doc's text), left to right.

    Args:
        doc_or_text: a string or anything with a ``.text`` (a Doc, a Span).
        published: the article date (date, datetime or "YYYY-MM-DD"), or None.

    Returns:
        TimeRefs with offsets into the text; ``date`` is set only when the text
        fixes a day. Overlapping matches keep the earlier, longer one.
    """
    text = doc_or_text if isinstance(doc_or_text, str) else doc_or_text.text
    pub = as_date(published)
    found: list[TimeRef] = []
    taken: list[tuple[int, int]] = []
    for kind, pat in PATTERNS:
        for m in pat.finditer(text):
            s, e = m.span()
            if any(s < b and a < e for a, b in taken):
                continue
            if kind == "month" and m.group("mon").lower() == "may" :
                continue
            if kind == "year" and re.search(r"\d", text[max(0, s - 1):s]):
                continue
            taken.append((s, e))
            found.append(TimeRef(m.group(0), s, e, _resolve_match(kind, m, pub), kind))
    found.sort(key=lambda t: t.start)
    return found


def resolve(expression: str, published: dt.date | None) -> dt.date | None:
    """The calendar day ``expression`` fixes, relative to ``published``; None when no day is fixed.

    Args:
        expression: a time expression as written ("on Monday", "Dec. 17", "yesterday").
        published: the article date; without it only dates with a full year resolve.

    Returns:
        The day, or None for vague, relative-period and duration expressions.
    """
    if not expression:
        return None
    refs = find_times(expression, published)
    for r in refs:
        if r.date is not None:
            return r.date
    return None
