"""The Store protocol: what the pipeline and the CLI need from any backend.

A store keeps articles (with their raw input, removed pieces, mentions, quotes
and claims), the corpus entities, the stories and the rejected inputs of each
run. Ids are content hashes, so saving the same article twice adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol, runtime_checkable

from narrascope.model import Article, Document, Entity, ErrorRecord, RawDocument, Story


@runtime_checkable
class Store(Protocol):
    def save_article(self, article: Article, raw: RawDocument | None = None) -> bool:
        """Store one article in one transaction; False when its id was stored already."""
        ...

    def save_entities(self, entities: list[Entity]) -> None:
        """Upsert entities; aliases and roles are merged, never dropped."""
        ...

    def entities(self) -> list[Entity]: ...

    def articles(self) -> list[Article]: ...

    def article(self, article_id_or_prefix: str) -> Article | None: ...

    def article_summaries(self) -> list[dict[str, Any]]: ...

    def save_stories(self, stories: list[Story]) -> None: ...

    def stories(self) -> list[Story]: ...

    def save_errors(self, run_id: str, errors: Iterable[ErrorRecord]) -> None: ...

    def errors(self, run_id: str | None = None) -> list[ErrorRecord]: ...

    def document(self, article_ids: list[str] | None = None) -> Document: ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...


def referenced_entities(articles: Iterable[Article], entities: dict[str, Entity] | None = None) -> set[str]:
    """Ids of the entities ``articles`` point at (mentions, speakers, media, claim roles).

    With ``entities`` given, the ``stands_for`` targets of those entities are
    added too, so a document never points at an entity it does not carry.
    """
    ids: set[str] = set()
    for a in articles:
        ids.update(m.entity for m in a.mentions)
        for q in a.quotes:
            ids.update(i for i in (q.speaker, q.medium) if i)
        for c in a.claims:
            ids.update(i for i in (c.agent, c.target, c.attributed_to) if i)
    if entities:
        todo = list(ids)
        while todo:
            e = entities.get(todo.pop())
            if e is not None and e.stands_for and e.stands_for not in ids:
                ids.add(e.stands_for)
                todo.append(e.stands_for)
    return ids
