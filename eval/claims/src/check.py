"""Validate eval/claims/*.jsonl: required keys, types, exact offsets, trigger inside span."""
import json
import re
import sys
from pathlib import Path

ART_KEYS = {"id", "outlet", "published", "text", "claims"}
CLAIM_KEYS = {"type", "trigger", "agent", "target", "start", "end", "text", "attributed_to",
              "negated", "hedged", "charge", "date"}
TYPES = {"accuse", "deny", "condemn", "praise", "support", "oppose", "meet", "protest",
         "threaten", "sanction", "pressure", "elect", "attack", "retaliate", "charge",
         "destabilize", "meddle", "provoke"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check(path):
    errs, ids = [], set()
    for ln, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        a = json.loads(line)
        where = f"{path}:{ln} {a.get('id')}"
        if set(a) != ART_KEYS:
            errs.append(f"{where}: keys {sorted(set(a) ^ ART_KEYS)}")
        if a["id"] in ids:
            errs.append(f"{where}: duplicate id")
        ids.add(a["id"])
        if a["published"] is not None and not DATE.match(a["published"]):
            errs.append(f"{where}: bad published")
        t = a["text"]
        for i, c in enumerate(a["claims"]):
            w = f"{where} claim {i}"
            if set(c) != CLAIM_KEYS:
                errs.append(f"{w}: keys {sorted(set(c) ^ CLAIM_KEYS)}")
                continue
            if c["type"] not in TYPES:
                errs.append(f"{w}: type {c['type']}")
            if not (0 <= c["start"] < c["end"] <= len(t)) or t[c["start"]:c["end"]] != c["text"]:
                errs.append(f"{w}: offsets {c['start']}:{c['end']} != {c['text']!r}")
            if c["trigger"] not in c["text"]:
                errs.append(f"{w}: trigger {c['trigger']!r} not in span")
            if c["text"] != c["text"].strip() or c["text"].endswith("."):
                errs.append(f"{w}: span has edge whitespace or final period")
            for k in ("negated", "hedged"):
                if not isinstance(c[k], bool):
                    errs.append(f"{w}: {k} not bool")
            if c["date"] is not None and not DATE.match(c["date"]):
                errs.append(f"{w}: bad date")
    return errs


if __name__ == "__main__":
    files = sys.argv[1:] or [str(p) for p in sorted(Path(__file__).resolve().parent.parent.glob("*.jsonl"))]
    errs = [e for f in files for e in check(f)]
    print("\n".join(errs) if errs else f"OK: {', '.join(files)}")
    sys.exit(1 if errs else 0)
