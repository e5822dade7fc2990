"""Build eval/quotes/dev2.jsonl from the marked-up sources src/d2-NN.txt.

Same source format, markup and sanity checks as build.py (this script reuses its
parser); only the file pattern (d2-*.txt), the split name (dev2) and the output differ.
Rebuild with `.venv/bin/python eval/quotes/src/build_dev2.py`.
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
    n = sum(len(r["quotes"]) for r in recs)
    print(f"dev2: {len(recs)} articles, {n} quotes", file=sys.stderr)


if __name__ == "__main__":
    main()
