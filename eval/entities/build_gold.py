"""Build eval/entities/{dev,test}.jsonl from the marked-up source eval/entities/src/articles.txt.

    python eval/entities/build_gold.py          # rewrites dev.jsonl and test.jsonl

Markup (see README.md): ``[surface]`` is a mention whose canonical entity name is
the surface itself; ``[surface|Canonical Name]`` a mention of Canonical Name. The
brackets are removed from the text and the offsets computed, so offsets can never
drift. Header lines before ``---``: ``split:``, ``outlet:``, ``published:`` and any
number of ``role: Canonical Name = role``.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\[([^\[\]|]+)(?:\|([^\[\]|]+))?\]")


def parse_block(block: str) -> dict:
    head, _, body = block.partition("\n---\n")
    lines = head.strip().splitlines()
    rid = lines[0].strip()
    rec: dict = {"id": rid, "outlet": None, "published": None}
    roles, split = [], None
    for line in lines[1:]:
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if key == "split":
            split = val
        elif key in ("outlet", "published"):
            rec[key] = val or None
        elif key == "role":
            name, _, role = val.partition("=")
            roles.append({"entity": name.strip(), "role": role.strip()})
        else:
            raise ValueError(f"{rid}: unknown header {key!r}")
    body = body.strip("\n")
    text, mentions, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(body):
        chunk = body[pos:m.start()]
        text.append(chunk)
        out_len += len(chunk)
        surface = m.group(1)
        mentions.append({"start": out_len, "end": out_len + len(surface), "text": surface,
                         "entity": (m.group(2) or surface).strip()})
        text.append(surface)
        out_len += len(surface)
        pos = m.end()
    text.append(body[pos:])
    rec["text"] = "".join(text)
    if "[" in rec["text"] or "]" in rec["text"] or "|" in rec["text"]:
        raise ValueError(f"{rid}: stray markup left in text")
    rec["mentions"] = mentions
    rec["roles"] = roles
    return split, rec


def main(argv: list[str]) -> int:
    src = HERE / "src" / "articles.txt"
    raw = "\n".join(l for l in src.read_text(encoding="utf-8").splitlines() if not l.startswith("#"))
    out: dict[str, list[dict]] = {"dev": [], "test": []}
    for block in raw.split("=== ")[1:]:
        split, rec = parse_block(block)
        out[split].append(rec)
    for split, recs in out.items():
        path = HERE / f"{split}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
        words = [len(r["text"].split()) for r in recs]
        print(f"{path.relative_to(HERE.parent.parent)}: {len(recs)} articles, "
              f"{sum(len(r['mentions']) for r in recs)} mentions, {sum(len(r['roles']) for r in recs)} roles, "
              f"{min(words)}-{max(words)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
