"""Timeline: article publications, quotes and claims ordered by date.

``build_timeline(articles, entities) -> list[TimelineEntry]``; ``render_timeline(entries) -> str``
for ``narrascope timeline``. Undated quotes/claims fall back on their article's
publication date (``basis="published"``); items with no date at all sort last.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from narrascope.model import Article, Entity


@dataclass(frozen=True)
class TimelineEntry:
    date: str | None          # YYYY-MM-DD
    basis: str                # "text" (the text fixes it), "published", or "none"
    kind: str                 # "published", "quote", "claim"
    article: str              # Article.id
    outlet: str | None
    summary: str
    start: int | None = None
    end: int | None = None


def _name(ents: dict[str, Entity], eid: str | None, fallback: str | None = None) -> str:
    if eid and eid in ents:
        return ents[eid].name
    return fallback or "?"


def build_timeline(articles: list[Article], entities: Iterable[Entity]) -> list[TimelineEntry]:
    """All dated events of the corpus, oldest first (stable within a day by article, offset)."""
    ents = {e.id: e for e in entities}
    out: list[TimelineEntry] = []
    for a in articles:
        out.append(TimelineEntry(a.published, "published" if a.published else "none", "published", a.id,
                                 a.outlet, f"{a.outlet or a.source} publishes \"{a.title or a.id}\""))
        for q in a.quotes:
            d, basis = (q.date, "text") if q.date else (a.published, "published" if a.published else "none")
            out.append(TimelineEntry(d, basis, "quote", a.id, a.outlet,
                                     f"{_name(ents, q.speaker, q.speaker_text)}: \"{q.text[:80]}\"", q.start, q.end))
        for c in a.claims:
            d, basis = (c.date, "text") if c.date else (a.published, "published" if a.published else "none")
            neg = "not " if c.negated else ""
            src = f" (according to {_name(ents, c.attributed_to)})" if c.attributed_to else ""
            out.append(TimelineEntry(d, basis, "claim", a.id, a.outlet,
                                     f"{_name(ents, c.agent, c.agent_text)} {neg}{c.type} {_name(ents, c.target, c.target_text)}{src}",
                                     c.start, c.end))
    kind_order = {"published": 0, "claim": 1, "quote": 2}
    out.sort(key=lambda e: (e.date is None, e.date or "", e.article, kind_order[e.kind], e.start or -1))
    return out


def render_timeline(entries: list[TimelineEntry]) -> str:
    """Plain text, one line per entry; dates inferred from publication are marked with ~."""
    lines = []
    for e in entries:
        mark = "~" if e.basis == "published" and e.kind != "published" else " "
        lines.append(f"{e.date or '????-??-??'}{mark} [{e.kind:<9}] {e.summary}  ({e.outlet or e.article})")
    return "\n".join(lines)
