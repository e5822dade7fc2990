"""Writing gold sets: one JSON object per line, and a one-line summary on stderr.
Shared by the builders in eval/quotes/src, eval/claims/src and eval/build_dev.py."""

from __future__ import annotations

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
