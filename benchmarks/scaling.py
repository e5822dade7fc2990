"""How analysis time grows with article length, against spaCy's own parse time.

    .venv/bin/python benchmarks/scaling.py [--words 1000 4000 16000] [--seed 7]

For each length, one invented article (the generator of throughput.py) is
parsed by spaCy and then run through entity finding, quote and claim
extraction. Each line gives the seconds per stage and the ratio of narrascope's
extraction time to spaCy's parse time on the same text, measured in the same
run. A ratio that stays flat as the text grows means the extractors are linear
like the parser; a ratio that grows means something quadratic crept in (as
Doc.text, rebuilt by spaCy on every access, once made it). The last line is JSON.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import synthetic_article  # noqa: E402

from narrascope.claims import find_claims  # noqa: E402
from narrascope.entities import find_entities  # noqa: E402
from narrascope.nlp import load_pipeline  # noqa: E402
from narrascope.quotes import find_quotes  # noqa: E402


def measure(nlp, text: str) -> dict[str, float]:
    t0 = time.perf_counter()
    doc = nlp(text)
    t1 = time.perf_counter()
    index = find_entities(doc)
    t2 = time.perf_counter()
    quotes = find_quotes(doc, index)
    t3 = time.perf_counter()
    find_claims(doc, index, quotes)
    t4 = time.perf_counter()
    return {"chars": len(text), "parse_s": t1 - t0, "entities_s": t2 - t1, "quotes_s": t3 - t2,
            "claims_s": t4 - t3, "ratio": (t4 - t1) / (t1 - t0)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, nargs="+", default=[1000, 4000, 16000])
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    nlp = load_pipeline()
    nlp("warm up the pipeline once.")
    rows = []
    for words in args.words:
        text, _ = synthetic_article(0, random.Random(args.seed), words)
        r = measure(nlp, text)
        rows.append(r)
        print(f"{r['chars']:>8} chars  parse {r['parse_s']:6.2f} s  entities {r['entities_s']:5.2f} s  "
              f"quotes {r['quotes_s']:5.2f} s  claims {r['claims_s']:5.2f} s  extraction/parse {r['ratio']:.2f}")
    growth = rows[-1]["ratio"] / rows[0]["ratio"] if rows and rows[0]["ratio"] else None
    print(json.dumps({"lengths": [r["chars"] for r in rows], "ratios": [round(r["ratio"], 3) for r in rows],
                      "ratio_growth_longest_vs_shortest": round(growth, 3) if growth else None}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
