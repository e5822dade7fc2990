"""Build a later development set (dev2, dev3, ...) of the quotes or claims gold.

    .venv/bin/python eval/build_dev.py quotes 3     # eval/quotes/src/d3-NN.txt -> eval/quotes/dev3.jsonl
    .venv/bin/python eval/build_dev.py claims 4     # eval/claims/src/d4-NN.txt -> eval/claims/dev4.jsonl

The sources use the same markup as the set's first sources and go through the
same parser and sanity checks (``eval/<set>/src/build.py``); each source must
declare ``split: devN``. Offsets are computed, never typed by hand.
"""

from __future__ import annotations

import argparse
import glob
import importlib.util
import os
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, ROOT)
from gold_io import write_split  # noqa: E402
ITEMS = {"quotes": "quotes", "claims": "claims"}


def _builder(kind: str):
    src = os.path.join(ROOT, kind, "src")
    sys.path.insert(0, src)
    spec = importlib.util.spec_from_file_location(f"{kind}_build", os.path.join(src, "build.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kind", choices=sorted(ITEMS))
    ap.add_argument("n", type=int, help="the set number: 2 builds dev2 from d2-NN.txt")
    ap.add_argument("--min-words", type=int, default=0)
    ap.add_argument("--max-words", type=int, default=10**6)
    args = ap.parse_args(argv)
    mod = _builder(args.kind)
    split = f"dev{args.n}"
    recs = []
    for path in sorted(glob.glob(os.path.join(mod.HERE, f"d{args.n}-[0-9][0-9].txt"))):
        got, rec = mod.parse(path)
        if got != split:
            raise SystemExit(f"{path}: split is {got!r}, expected {split!r}")
        words = len(rec["text"].split())
        if not args.min_words <= words <= args.max_words:
            raise SystemExit(f"{path}: {words} words, outside {args.min_words}-{args.max_words}")
        recs.append(rec)
    if not recs:
        raise SystemExit(f"no sources d{args.n}-NN.txt in {mod.HERE}")
    write_split(mod.OUT, split, recs, ITEMS[args.kind])
    return 0


if __name__ == "__main__":
    sys.exit(main())
