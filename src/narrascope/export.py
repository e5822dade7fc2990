"""Flat exports of a Document: CSV of entities and of mentions."""

from __future__ import annotations

import csv
from pathlib import Path

from narrascope.model import Document


def write_csv(document: Document, out_dir: Path) -> list[Path]:
    """Write ``entities.csv`` and ``mentions.csv`` into ``out_dir`` (created if needed).

    Lists (aliases, roles) are joined with " | ". Mention offsets index the
    article's cleaned ``text``. Returns the paths written.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    ent_path = out_dir / "entities.csv"
    with ent_path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "name", "type", "aliases", "roles", "stands_for"])
        for e in document.entities:
            w.writerow([e.id, e.name, e.type, " | ".join(e.aliases), " | ".join(e.roles), e.stands_for or ""])
    men_path = out_dir / "mentions.csv"
    with men_path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["article", "outlet", "entity", "start", "end", "text"])
        for a in document.articles:
            for m in a.mentions:
                w.writerow([a.id, a.outlet or "", m.entity, m.start, m.end, m.text])
    return [ent_path, men_path]
