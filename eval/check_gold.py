"""Validate a gold-set JSONL file (quotes, claims or entities format).

    python eval/check_gold.py eval/quotes/dev.jsonl [more files...]

Checks: valid JSON per line, required keys and types, unique ids, ISO dates,
`text[start:end] == text` for every span, valid kinds / speaker kinds / claim types,
no not_quote span identical to a quote span; for entities (eval/entities): a canonical
name per mention, no overlapping mentions, no leading "the" or possessive in a span,
every role names an annotated entity. Prints counts; exits 1 on any error.
"""
import collections
import datetime as dt
import json
import sys

QUOTE_KINDS = {"direct", "indirect", "mixed"}
SPEAKER_KINDS = {"named", "pronoun", "nominal", "organisation", None}
CLAIM_TYPES = {"accuse", "deny", "condemn", "praise", "support", "oppose", "meet", "protest",
               "threaten", "sanction", "pressure", "elect", "attack", "retaliate", "charge",
               "destabilize", "meddle", "provoke"}
STR_OR_NULL = (str, type(None))


def is_date(v):
    if v is None:
        return True
    if not isinstance(v, str):
        return False
    try:
        return dt.date.fromisoformat(v).isoformat() == v
    except ValueError:
        return False


def check_span(errs, where, obj, text):
    s, e, t = obj.get("start"), obj.get("end"), obj.get("text")
    if not (isinstance(s, int) and isinstance(e, int) and isinstance(t, str)):
        errs.append(f"{where}: start/end must be int and text str")
        return False
    if not (0 <= s < e <= len(text)):
        errs.append(f"{where}: bad offsets {s}:{e} (len {len(text)})")
        return False
    if text[s:e] != t:
        errs.append(f"{where}: text[{s}:{e}]={text[s:e]!r} != {t!r}")
        return False
    return True


def check_entities(errs, counts, where0, rec, text):
    """Entity gold (eval/entities): mentions with a canonical entity, roles of entities."""
    names, spans = set(), []
    for i, m in enumerate(rec["mentions"]):
        w = f"{where0} mention {i}"
        if not isinstance(m.get("entity"), str) or not m["entity"].strip():
            errs.append(f"{w}: 'entity' must be a non-empty string")
            continue
        if check_span(errs, w, m, text):
            t = m["text"]
            if t != t.strip() or t.lower().startswith("the ") and m["entity"].lower() != t.lower():
                errs.append(f"{w}: span {t!r} has outer spaces or a leading 'the'")
            if t.endswith(("'s", "\u2019s")):
                errs.append(f"{w}: span {t!r} keeps a possessive")
            spans.append((m["start"], m["end"], i))
        names.add(m["entity"])
        counts["mentions"] += 1
    spans.sort()
    for (s1, e1, i1), (s2, e2, i2) in zip(spans, spans[1:]):
        if s2 < e1:
            errs.append(f"{where0}: mentions {i1} and {i2} overlap")
    counts["entities"] += len(names)
    for i, r in enumerate(rec.get("roles", [])):
        if not (isinstance(r, dict) and isinstance(r.get("entity"), str) and isinstance(r.get("role"), str)):
            errs.append(f"{where0} role {i}: needs 'entity' and 'role' strings")
        elif r["entity"] not in names:
            errs.append(f"{where0} role {i}: entity {r['entity']!r} has no mention")
        counts["roles"] += 1


def check_file(path):
    errs, counts, ids = [], collections.Counter(), set()
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    for ln, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where0 = f"{path}:{ln}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errs.append(f"{where0}: bad JSON: {exc}")
            continue
        for k, typ in (("id", str), ("outlet", STR_OR_NULL), ("published", STR_OR_NULL),
                       ("text", str)):
            if k not in rec:
                errs.append(f"{where0}: missing key {k!r}")
            elif not isinstance(rec[k], typ):
                errs.append(f"{where0}: {k!r} has wrong type")
        if not isinstance(rec.get("text"), str):
            continue
        text, rid = rec["text"], rec.get("id")
        where0 = f"{path}:{ln} ({rid})"
        if rid in ids:
            errs.append(f"{where0}: duplicate id")
        ids.add(rid)
        if not is_date(rec.get("published")):
            errs.append(f"{where0}: published not YYYY-MM-DD or null")
        counts["articles"] += 1
        if "quotes" in rec:
            if not isinstance(rec["quotes"], list) or not isinstance(rec.get("not_quotes"), list):
                errs.append(f"{where0}: quotes and not_quotes must be lists")
                continue
            qspans = set()
            for i, q in enumerate(rec["quotes"]):
                w = f"{where0} quote {i}"
                for k in ("kind", "start", "end", "text", "speaker", "speaker_text",
                          "speaker_kind", "cue", "medium", "date"):
                    if k not in q:
                        errs.append(f"{w}: missing key {k!r}")
                if q.get("kind") not in QUOTE_KINDS:
                    errs.append(f"{w}: bad kind {q.get('kind')!r}")
                if q.get("speaker_kind") not in SPEAKER_KINDS:
                    errs.append(f"{w}: bad speaker_kind {q.get('speaker_kind')!r}")
                for k in ("speaker", "speaker_text", "cue", "medium"):
                    if not isinstance(q.get(k), STR_OR_NULL):
                        errs.append(f"{w}: {k!r} must be str or null")
                if not is_date(q.get("date")):
                    errs.append(f"{w}: date not YYYY-MM-DD or null")
                if check_span(errs, w, q, text):
                    qspans.add((q["start"], q["end"]))
                counts["quotes"] += 1
                counts[f"kind={q.get('kind')}"] += 1
                counts[f"speaker_kind={q.get('speaker_kind')}"] += 1
                if q.get("medium"):
                    counts["with medium"] += 1
                if q.get("date"):
                    counts["with date"] += 1
            for i, n in enumerate(rec["not_quotes"]):
                w = f"{where0} not_quote {i}"
                if check_span(errs, w, n, text) and (n["start"], n["end"]) in qspans:
                    errs.append(f"{w}: same span is also annotated as a quote")
                counts["not_quotes"] += 1
        elif "claims" in rec:
            for i, c in enumerate(rec["claims"]):
                w = f"{where0} claim {i}"
                for k in ("type", "trigger", "agent", "target", "start", "end", "text",
                          "attributed_to", "negated", "hedged", "charge", "date"):
                    if k not in c:
                        errs.append(f"{w}: missing key {k!r}")
                if c.get("type") not in CLAIM_TYPES:
                    errs.append(f"{w}: bad type {c.get('type')!r}")
                for k in ("negated", "hedged"):
                    if not isinstance(c.get(k), bool):
                        errs.append(f"{w}: {k!r} must be bool")
                if not is_date(c.get("date")):
                    errs.append(f"{w}: date not YYYY-MM-DD or null")
                check_span(errs, w, c, text)
                counts["claims"] += 1
                counts[f"type={c.get('type')}"] += 1
        elif "mentions" in rec:
            check_entities(errs, counts, where0, rec, text)
        else:
            errs.append(f"{where0}: none of 'quotes', 'claims', 'mentions' present")
    return errs, counts


def main(argv):
    if not argv:
        print(__doc__.strip())
        return 2
    bad = False
    for path in argv:
        try:
            errs, counts = check_file(path)
        except OSError as exc:
            print(f"{path}: {exc}")
            bad = True
            continue
        print(f"== {path}")
        for k in sorted(counts):
            print(f"  {k}: {counts[k]}")
        for e in errs:
            print("ERROR " + e)
        if errs:
            bad = True
            print(f"  {len(errs)} error(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
