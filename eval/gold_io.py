"""Writing gold sets: one JSON object per line, and a one-line summary on stderr.
Shared by the builders in eval/quotes/src, eval/claims/src and eval/build_dev.py."""

from __future__ import annotations

import glob
import json
import os
import sys


def write_split(out_dir: str, split: str, recs: list[dict], items: str) -> str:
    """Write ``recs`` to ``out_dir/<split>.jsonl``; report how many ``items`` they hold."""
    out = os.path.join(out_dir, f"{split}.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = sum(len(r[items]) for r in recs)
    print(f"{split}: {len(recs)} articles, {n} {items}", file=sys.stderr)
    return out


def build_splits(src_dir: str, out_dir: str, parse, items: str) -> None:
    """Parse every ``NNN.txt`` source in ``src_dir`` with ``parse`` (path -> (split, record))
    and write the dev and test splits to ``out_dir``."""
    sets: dict[str, list[dict]] = {"dev": [], "test": []}
    for path in sorted(glob.glob(os.path.join(src_dir, "[0-9][0-9][0-9].txt"))):
        split, rec = parse(path)
        sets[split].append(rec)
    for split, recs in sets.items():
        write_split(out_dir, split, recs, items)
