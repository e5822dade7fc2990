"""Build eval/claims/dev4.jsonl from src/d4-NN.txt (same markup as build.py).

Fourth development set (c-d4-01 … c-d4-08): opinion, partisan, wire, state media,
parliamentary debate, court/sanctions, protest and summit styles. Each body must be
250–400 words (WORDS_MIN/WORDS_MAX).
Reuses build.parse so offsets are computed, never typed by hand.

    /work/main/.venv/bin/python eval/claims/src/build_dev4.py
"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import HERE, OUT, parse  # noqa: E402

WORDS_MIN, WORDS_MAX = 250, 400


def main():
    recs = []
    for path in sorted(glob.glob(os.path.join(HERE, "d4-[0-9][0-9].txt"))):
        split, rec = parse(path)
        assert split == "dev4", (path, split)
        nw = len(rec["text"].split())
        assert WORDS_MIN <= nw <= WORDS_MAX, (path, "word count", nw)
        recs.append(rec)
    with open(os.path.join(OUT, "dev4.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = sum(len(r["claims"]) for r in recs)
    print(f"dev4: {len(recs)} articles, {n} claims", file=sys.stderr)


if __name__ == "__main__":
    main()
