"""Build eval/claims/dev2.jsonl from src/d2-NN.txt (same markup as build.py).

Second development set (c-d2-01 … c-d2-10), written after the first tuning round.
Reuses build.parse so offsets are computed, never typed by hand.

    /work/main/.venv/bin/python eval/claims/src/build_dev2.py
"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import HERE, OUT, parse  # noqa: E402


def main():
    recs = []
    for path in sorted(glob.glob(os.path.join(HERE, "d2-[0-9][0-9].txt"))):
        split, rec = parse(path)
        assert split == "dev2", (path, split)
        recs.append(rec)
    with open(os.path.join(OUT, "dev2.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = sum(len(r["claims"]) for r in recs)
    print(f"dev2: {len(recs)} articles, {n} claims", file=sys.stderr)


if __name__ == "__main__":
    main()
