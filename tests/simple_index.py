"""A minimal entity index built from spaCy's own entities, for extractor tests
that should not depend on the entity linker's choices (persons merged by surname).
Same interface as narrascope.entities.EntityIndex: entities, mentions,
entity_at, add_entity, add_role."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from narrascope.evaluate.quotes import _overlap, normalize_name
from narrascope.model import Entity, Mention


@dataclass
class SimpleIndex:
    """Stand-in EntityIndex built from spaCy's entities, used only while
    ``narrascope.entities.find_entities`` is unavailable (persons merged by surname)."""

    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)

    @classmethod
    def from_doc(cls, doc: Any) -> "SimpleIndex":
        idx = cls()
        for ent in doc.ents:
            if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP", "FAC"):
                continue
            eid = None
            for k, e in idx.entities.items():
                if e.type == ent.label_ and (e.name == ent.text or (
                        ent.label_ == "PERSON" and e.name.split()[-1] == ent.text.split()[-1])):
                    eid = k
                    break
            if eid is None:
                eid = f"e{len(idx.entities)}"
                idx.entities[eid] = Entity(id=eid, name=ent.text, type=ent.label_)
            elif ent.text not in idx.entities[eid].aliases and ent.text != idx.entities[eid].name:
                idx.entities[eid].aliases.append(ent.text)
                if len(ent.text) > len(idx.entities[eid].name):
                    idx.entities[eid].name = ent.text
            idx.mentions.append(Mention(entity=eid, start=ent.start_char, end=ent.end_char, text=ent.text))
        idx.mentions.sort(key=lambda m: m.start)
        return idx

    def entity_at(self, start: int, end: int) -> str | None:
        best: tuple[int, str] | None = None
        for m in self.mentions:
            ov = _overlap((m.start, m.end), (start, end))
            if ov > 0 and (best is None or ov > best[0]):
                best = (ov, m.entity)
        return best[1] if best else None

    def add_entity(self, name: str, type: str, *, aliases: tuple[str, ...] = (),
                   mention: tuple[int, int] | None = None) -> str:
        for k, e in self.entities.items():
            if normalize_name(e.name) == normalize_name(name):
                eid = k
                break
        else:
            eid = f"e{len(self.entities)}"
            self.entities[eid] = Entity(id=eid, name=name, type=type, aliases=list(aliases))
        if mention is not None:
            self.mentions.append(Mention(entity=eid, start=mention[0], end=mention[1], text=name))
            self.mentions.sort(key=lambda m: m.start)
        return eid

    def add_role(self, entity_id: str, role: str) -> None:
        ent = self.entities.get(entity_id)
        if ent is not None and role not in ent.roles:
            ent.roles.append(role)
