"""Build eval/claims/dev3.jsonl from src/d3-NN.txt (same markup as build.py).

Third development set (c-d3-01 … c-d3-10), wire, state-media and partisan styles.
Reuses build.parse so offsets are computed, never typed by hand.

    /work/main/.venv/bin/python eval/claims/src/build_dev3.py
"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import HERE, OUT, parse  # noqa: E402


def main():
    recs = []
    for path in sorted(glob.glob(os.path.join(HERE, "d3-[0-9][0-9].txt"))):
        split, rec = parse(path)
        assert split == "dev3", (path, split)
        recs.append(rec)
    with open(os.path.join(OUT, "dev3.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = sum(len(r["claims"]) for r in recs)
    print(f"dev3: {len(recs)} articles, {n} claims", file=sys.stderr)


if __name__ == "__main__":
    main()
