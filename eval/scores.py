"""Headline scores of every extractor on its held-out gold set, in one place.

    .venv/bin/python eval/scores.py                    # print the table (and JSON as the last line)
    .venv/bin/python eval/scores.py --write-baseline   # also store them in eval/baseline.json
    .venv/bin/python eval/scores.py --readme           # also rewrite the scores block of README.md
    .venv/bin/python eval/scores.py --polnear DIR      # also score attribution on PolNeAR (not stored)

tests/test_eval_regression.py recomputes the same numbers and fails when any of
them drops more than two points below eval/baseline.json. Raise the baseline
only with a change that really improves a score (and say so in the commit).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "eval" / "baseline.json"
README = ROOT / "README.md"
TOLERANCE = 0.02

# metric key -> human label, in README order
LABELS = {
    "quotes.span_f1_overlap": "Quotes: span F1 (≥50% overlap)",
    "quotes.span_f1_exact": "Quotes: span F1 (exact)",
    "quotes.speaker_accuracy": "Quotes: speaker accuracy (all)",
    "quotes.speaker_accuracy_pronoun": "Quotes: speaker accuracy (pronoun)",
    "quotes.speaker_accuracy_nominal": "Quotes: speaker accuracy (nominal)",
    "quotes.speaker_accuracy_organisation": "Quotes: speaker accuracy (organisation)",
    "claims.f1": "Claims: F1 (type + agent + target)",
    "claims.f1_type_agent": "Claims: F1, relaxed (type + agent; target not compared)",
    "claims.precision": "Claims: precision",
    "claims.recall": "Claims: recall",
    "claims.attribution_accuracy": "Claims: attribution accuracy (matched)",
    "entities.mention_f1_exact": "Entities: mention F1 (exact span)",
    "entities.linking_b3_f1": "Entities: linking B-cubed F1",
    "entities.name_accuracy": "Entities: canonical-name accuracy",
    "entities.role_recall": "Entities: role recall",
}


# Guarded by the regression test. The per-kind speaker numbers rest on 13-93
# quotes each (one quote moves "nominal" by 7 points), so they are reported, not guarded.
GUARDED = [k for k in LABELS if not k.startswith("quotes.speaker_accuracy_")]


def _entity_scorer():
    spec = importlib.util.spec_from_file_location("entity_score", ROOT / "eval" / "entities" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def compute() -> tuple[dict[str, float], dict[str, int]]:
    """Every headline number on the held-out sets, and the sizes they rest on."""
    from narrascope.evaluate.claims import run_claim_eval
    from narrascope.evaluate.quotes import run_quote_eval

    q = run_quote_eval(ROOT / "eval" / "quotes" / "test.jsonl")
    c = run_claim_eval(ROOT / "eval" / "claims" / "test.jsonl")
    ent = _entity_scorer()
    e = ent.score(ent.load_gold([ROOT / "eval" / "entities" / "test.jsonl"]))
    scores = {
        "quotes.span_f1_overlap": q.overlap.f1,
        "quotes.span_f1_exact": q.exact.f1,
        "quotes.speaker_accuracy": q.speaker.accuracy,
        "quotes.speaker_accuracy_pronoun": q.speaker_by_kind["pronoun"].accuracy,
        "quotes.speaker_accuracy_nominal": q.speaker_by_kind["nominal"].accuracy,
        "quotes.speaker_accuracy_organisation": q.speaker_by_kind["organisation"].accuracy,
        "claims.f1": c.f1,
        "claims.f1_type_agent": c.f1_type_agent,
        "claims.precision": c.precision,
        "claims.recall": c.recall,
        "claims.attribution_accuracy": c.attribution_accuracy,
        "entities.mention_f1_exact": e["exact"]["f1"],
        "entities.linking_b3_f1": e["b3"]["f1"],
        "entities.name_accuracy": e["name_acc"],
        "entities.role_recall": e["role_recall"],
    }
    sizes = {
        "quote articles": q.articles, "gold quotes": q.overlap.n_gold,
        "claim gold": c.n_gold, "entity articles": e["articles"], "gold mentions": e["exact"]["gold"],
    }
    return {k: round(float(v), 3) for k, v in scores.items()}, sizes


def table(scores: dict[str, float]) -> str:
    lines = ["| measure (held-out test set) | score |", "|---|---|"]
    lines += [f"| {LABELS[k]} | {scores[k]:.3f} |" for k in LABELS if k in scores]
    return "\n".join(lines)


def regressions(scores: dict[str, float], baseline: dict[str, float]) -> list[str]:
    """Metrics more than TOLERANCE below the baseline, as readable lines."""
    return [
        f"{k}: {scores.get(k, 0.0):.3f} < baseline {b:.3f} - {TOLERANCE}"
        for k, b in baseline.items()
        if scores.get(k, 0.0) < b - TOLERANCE
    ]


def _write_readme(scores: dict[str, float], sizes: dict[str, int]) -> None:
    text = README.read_text(encoding="utf-8")
    start, end = "<!-- scores -->", "<!-- /scores -->"
    if start not in text or end not in text:
        raise SystemExit(f"{README}: no {start} ... {end} block to fill")
    block = (
        f"{start}\n{table(scores)}\n\nGold sizes: "
        + ", ".join(f"{v} {k}" for k, v in sizes.items())
        + ". Reproduce with `make eval`; method in [`docs/evaluation.md`](docs/evaluation.md).\n"
        + end
    )
    head, rest = text.split(start, 1)
    README.write_text(head + block + rest.split(end, 1)[1], encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write-baseline", action="store_true")
    ap.add_argument("--readme", action="store_true")
    ap.add_argument("--polnear", type=Path, help="PolNeAR folder (text/, attributions/)")
    ap.add_argument("--polnear-from", type=int, default=400, help="first article (sorted) scored on PolNeAR")
    args = ap.parse_args(argv)
    scores, sizes = compute()
    print(table(scores))
    if BASELINE.exists():
        bad = regressions(scores, json.loads(BASELINE.read_text()))
        for line in bad:
            print("REGRESSION " + line, file=sys.stderr)
    if args.polnear:
        from narrascope.evaluate.quotes import run_polnear_eval

        pn = run_polnear_eval(args.polnear, start=args.polnear_from)
        print(f"PolNeAR articles {args.polnear_from}+: {json.dumps(pn)}")
    if args.write_baseline:
        guarded = {k: v for k, v in scores.items() if k in GUARDED}
        BASELINE.write_text(json.dumps(guarded, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE}", file=sys.stderr)
    if args.readme:
        _write_readme(scores, sizes)
        print(f"updated {README}", file=sys.stderr)
    print(json.dumps(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
