"""Render a Document as one self-contained HTML file (inline CSS and JS, no external resources).

Every piece of article text is escaped: highlights are built from offsets by
cutting the clean text at every span boundary and escaping each piece, so an
article containing ``<script>`` shows it as text. jinja2 autoescape stays on;
the only ``Markup`` values are built here from escaped pieces.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from jinja2 import Environment, Template
from markupsafe import Markup, escape

from narrascope.model import Article, Document, Entity

TEMPLATE = "report.html.j2"
# Entity types with their own highlight colour; others use the generic one.
TYPE_CLASSES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "EVENT"}
MAX_NESTING = 8  # deeper comparison values are shown as plain text


@dataclass(frozen=True)
class Span:
    """A highlight: ``text[start:end]`` gets CSS ``cls`` and tooltip ``title``."""

    start: int
    end: int
    cls: str
    title: str


def highlight(text: str, spans: list[Span]) -> Markup:
    """``text`` as HTML with each span wrapped in ``<mark>``.

    Args:
        text: the clean article text the offsets index.
        spans: highlights; spans out of range or empty are ignored.

    Returns:
        Escaped HTML. Span boundaries cut the text into segments; each segment
        carries the classes of every span covering it, so overlapping or nested
        spans (a mention inside a quote) never produce broken markup, and the
        visible text is exactly ``text``.
    """
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = {0, len(text)}
    for s in valid:
        cuts.update((s.start, s.end))
    bounds = sorted(cuts)
    starts: dict[int, list[Span]] = defaultdict(list)
    for s in valid:
        starts[s.start].append(s)
    active: list[Span] = []
    out: list[str] = []
    for a, b in zip(bounds, bounds[1:]):
        active = [s for s in active if s.end > a] + starts.get(a, [])
        piece = str(escape(text[a:b]))
        if active:
            classes = " ".join(sorted({c for s in active for c in s.cls.split()}))
            title = " | ".join(dict.fromkeys(s.title for s in active))
            out.append(f'<mark class="{escape(classes)}" title="{escape(title)}">{piece}</mark>')
        else:
            out.append(piece)
    return Markup("".join(out))


def _short_source(source: str) -> str:
    """A path's file name (keeping a ``:line`` or ``#entry`` suffix); URLs as given."""
    if "://" in source:
        return source
    return source.replace("\\", "/").rsplit("/", 1)[-1] or source


def _label(a: Article) -> str:
    head = a.title or _short_source(a.source)
    return f"{head} ({a.outlet})" if a.outlet else head


def _outlet(a: Article) -> str:
    return a.outlet or _short_source(a.source)


def voices(document: Document) -> list[dict[str, Any]]:
    """Who is quoted: one row per speaker entity, most quoted first.

    Rows: ``id``, ``name``, ``quotes`` (count), ``outlets`` (outlet -> count),
    ``articles`` (number of articles quoting them). Quotes without a resolved
    speaker are counted under ``id`` None ("unresolved speaker").
    """
    names = {e.id: e.name for e in document.entities}
    count: Counter[str | None] = Counter()
    outlets: dict[str | None, Counter[str]] = defaultdict(Counter)
    articles: dict[str | None, set[str]] = defaultdict(set)
    for a in document.articles:
        for q in a.quotes:
            count[q.speaker] += 1
            outlets[q.speaker][_outlet(a)] += 1
            articles[q.speaker].add(a.id)
    rows = [
        {
            "id": eid,
            "name": names.get(eid, eid) if eid else "(unresolved speaker)",
            "quotes": n,
            "outlets": dict(sorted(outlets[eid].items(), key=lambda kv: (-kv[1], kv[0]))),
            "articles": len(articles[eid]),
        }
        for eid, n in count.items()
    ]
    return sorted(rows, key=lambda r: (r["id"] is None, -r["quotes"], r["name"]))


def entity_rows(document: Document) -> list[dict[str, Any]]:
    """One row per entity: the record, its number of mentions and the outlets naming it."""
    mentions: Counter[str] = Counter()
    outlets: dict[str, set[str]] = defaultdict(set)
    for a in document.articles:
        for m in a.mentions:
            mentions[m.entity] += 1
            outlets[m.entity].add(_outlet(a))
    names = {e.id: e.name for e in document.entities}
    rows = [
        {
            "e": e,
            "mentions": mentions[e.id],
            "outlets": sorted(outlets[e.id]),
            "stands_for": names.get(e.stands_for, e.stands_for) if e.stands_for else None,
        }
        for e in document.entities
    ]
    return sorted(rows, key=lambda r: (-r["mentions"], r["e"].name.lower()))


def _article_view(a: Article, ents: dict[str, Entity]) -> dict[str, Any]:
    def name(eid: str | None) -> str | None:
        return ents[eid].name if eid and eid in ents else None

    spans = []
    for m in a.mentions:
        e = ents.get(m.entity)
        etype = e.type if e else "?"
        cls = "ent " + (f"t-{etype}" if etype in TYPE_CLASSES else "t-other")
        spans.append(Span(m.start, m.end, cls, f"{name(m.entity) or m.entity} ({etype})"))
    for q in a.quotes:
        who = name(q.speaker) or q.speaker_text or "unknown speaker"
        spans.append(Span(q.start, q.end, f"quote q-{q.kind}", f"{q.kind} quote: {who}"))
    for lb in a.labels:
        spans.append(Span(lb.start, lb.end, "label", "scare quote / label (not speech)"))
    quotes = [
        {
            "q": q,
            "speaker": name(q.speaker) or q.speaker_text or "unknown",
            "resolved": bool(name(q.speaker)),
            "roles": ents[q.speaker].roles if q.speaker in ents else [],
            "medium": name(q.medium) or q.medium_text,
        }
        for q in a.quotes
    ]
    claims = [
        {
            "c": c,
            "agent": name(c.agent) or c.agent_text or "?",
            "target": name(c.target) or c.target_text or "?",
            "source": (name(c.attributed_to) or c.attributed_to) if c.attributed_to else None,
        }
        for c in a.claims
    ]
    return {
        "a": a,
        "anchor": f"a-{a.id}",
        "html": highlight(a.text, spans),
        "quotes": quotes,
        "claims": claims,
    }


def comparison_matrix(comparison: dict[str, Any]) -> dict[str, Any] | None:
    """A story's comparison as outlet columns (who is quoted, which claims each
    outlet carries and in whose voice, what only it names), or None when the
    comparison does not have the shape ``stories.compare`` writes."""
    per = comparison.get("per_outlet") if isinstance(comparison, dict) else None
    if not isinstance(per, dict) or not per:
        return None
    outlets = list(per)
    only = comparison.get("only_in") or {}
    return {
        # an article without an outlet is keyed by its source: show the file name
        "outlets": [_short_source(o) for o in outlets],
        "speakers": [list((per[o].get("speakers") or {}).items()) for o in outlets],
        "claims": [
            [c for c in (per[o].get("claims") or []) if isinstance(c, dict)]
            for o in outlets
        ],
        "only_in": [only.get(o, []) for o in outlets],
        "shared": comparison.get("shared_entities") or [],
        "mirrored": [
            [(o, m[o]) for o in m if isinstance(m.get(o), dict)]
            for m in comparison.get("mirrored_claims") or []
            if isinstance(m, dict)
        ],
    }


def render_value(value: Any, *, names: dict[str, str], articles: dict[str, str], depth: int = 0) -> Markup:
    """Any JSON-like value as escaped HTML: dicts as two-column tables, lists of
    dicts as tables, other lists as lists, scalars as text.

    Strings that are entity ids show the entity name; article ids link to the
    article in the page. Used for ``Story.comparison``, whose shape is open.
    """
    def again(v: Any) -> Markup:
        return render_value(v, names=names, articles=articles, depth=depth + 1)

    if depth > MAX_NESTING:
        return Markup(f"<code>{escape(repr(value))}</code>")
    if value is None:
        return Markup('<span class="muted">—</span>')
    if isinstance(value, bool):
        return Markup("yes" if value else "no")
    if isinstance(value, str):
        if value in articles:
            return Markup(f'<a href="#a-{escape(value)}">{escape(articles[value])}</a>')
        if value in names:
            return Markup(f'<span title="{escape(value)}">{escape(names[value])}</span>')
        return Markup(escape(value))
    if isinstance(value, (int, float)):
        return Markup(escape(str(value)))
    if isinstance(value, dict):
        if not value:
            return Markup('<span class="muted">—</span>')
        rows = "".join(
            f'<tr><th scope="row">{again(str(k))}</th><td>{again(v)}</td></tr>' for k, v in value.items()
        )
        return Markup(f'<table class="kv">{rows}</table>')
    if isinstance(value, (list, tuple, set)):
        items = list(value)
        if not items:
            return Markup('<span class="muted">—</span>')
        if all(isinstance(x, dict) for x in items):
            cols = list(dict.fromkeys(k for x in items for k in x))
            head = "".join(f"<th>{escape(str(c))}</th>" for c in cols)
            body = "".join(
                "<tr>" + "".join(f"<td>{again(x.get(c))}</td>" for c in cols) + "</tr>" for x in items
            )
            return Markup(f'<table class="rows"><tr>{head}</tr>{body}</table>')
        if all(not isinstance(x, (dict, list, tuple, set)) for x in items):
            return Markup(", ".join(str(again(x)) for x in items))
        return Markup("<ul>" + "".join(f"<li>{again(x)}</li>" for x in items) + "</ul>")
    return Markup(escape(str(value)))


@lru_cache(maxsize=1)
def _template() -> Template:
    env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    source = resources.files("narrascope.report").joinpath("templates", TEMPLATE).read_text(encoding="utf-8")
    return env.from_string(source)


def render_report(document: Document, *, title: str = "narrascope report") -> str:
    """One self-contained HTML page for ``document``.

    Args:
        document: articles, entities, stories and errors to show.
        title: the page title and heading.

    Returns:
        The HTML text: no external CSS, JS, fonts or images, so it opens offline.
        Article text, names and all other values are escaped.
    """
    ents = {e.id: e for e in document.entities}
    names = {e.id: e.name for e in document.entities}
    articles = sorted(document.articles, key=lambda a: (a.published is None, a.published or "", _outlet(a), a.source))
    article_labels = {a.id: _label(a) for a in articles}
    outlets = sorted({_outlet(a) for a in articles})
    stories = [
        {"s": s, "matrix": comparison_matrix(s.comparison),
         "comparison": render_value(s.comparison, names=names, articles=article_labels),
         "articles": [(aid, article_labels.get(aid, aid)) for aid in s.articles]}
        for s in document.stories
    ]
    return _template().render(
        title=title,
        doc=document,
        outlets=outlets,
        articles=[_article_view(a, ents) for a in articles],
        entity_rows=entity_rows(document),
        voices=voices(document),
        stories=stories,
        counts={
            "articles": len(articles),
            "outlets": len({a.outlet for a in articles if a.outlet}),
            "entities": len(document.entities),
            "quotes": sum(len(a.quotes) for a in articles),
            "claims": sum(len(a.claims) for a in articles),
            "stories": len(document.stories),
            "errors": len(document.errors),
        },
    )
