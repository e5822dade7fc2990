"""Build eval/quotes/dev3.jsonl from the marked-up sources src/d3-NN.txt.

Same source format, markup and sanity checks as build.py (this script reuses its
parser); only the file pattern (d3-*.txt), the split name (dev3) and the output differ.
Rebuild with `.venv/bin/python eval/quotes/src/build_dev3.py`.
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
    n = sum(len(r["quotes"]) for r in recs)
    print(f"dev3: {len(recs)} articles, {n} quotes", file=sys.stderr)


if __name__ == "__main__":
    main()
