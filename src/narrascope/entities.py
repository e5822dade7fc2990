"""Entity mentions and their canonical entities (per article, then across the corpus).

OWNER: entities helper. Interface used by quotes.py, claims.py and pipeline.py:

- ``find_entities(doc, *, gazetteer=None) -> EntityIndex``
- ``EntityIndex`` (below)
- ``link_corpus(indexes, existing=()) -> CorpusLink``
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from narrascope.model import Entity, Mention


@dataclass
class EntityIndex:
    """The entities and mentions of one article. Offsets index ``doc.text``."""

    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)   # sorted by start

    def entity_at(self, start: int, end: int) -> str | None:
        """Entity id of the mention that best covers [start, end), or None."""
        raise NotImplementedError

    def add_entity(self, name: str, type: str, *, aliases: tuple[str, ...] = (),
                   mention: tuple[int, int] | None = None) -> str:
        """Register (or find) an entity such as a group ("protesters") found by a
        later stage; optionally add a mention at ``mention`` offsets. Returns its id."""
        raise NotImplementedError

    def add_role(self, entity_id: str, role: str) -> None:
        raise NotImplementedError


@dataclass
class CorpusLink:
    entities: list[Entity]          # canonical entities of the corpus
    remap: dict[str, str]           # article-level entity id -> corpus entity id


def find_entities(doc: Doc) -> EntityIndex:
    raise NotImplementedError


def link_corpus(indexes: list[EntityIndex], existing: list[Entity] = ()) -> CorpusLink:
    raise NotImplementedError
