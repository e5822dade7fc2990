"""Time expressions: resolve "on Friday", "Dec. 17", "yesterday" against an article date.

OWNER: claims helper. Used by quotes.py and claims.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class TimeRef:
    text: str                 # the expression as written, e.g. "on Monday", "mid-2022", "for two weeks"
    start: int
    end: int
    date: dt.date | None      # a fixed day, only when the text fixes one; else None
    kind: str                 # "date", "weekday", "relative", "month", "year", "duration", "vague"


def resolve(expression: str, published: dt.date | None) -> dt.date | None:
    """The calendar day ``expression`` fixes, relative to ``published``; None when no day is fixed."""
    raise NotImplementedError
