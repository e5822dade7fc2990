"""Score the entity finder/linker (narrascope.entities) against the entity gold set.

    .venv/bin/python eval/entities/score.py [GOLD.jsonl ...] [--misses]

Default gold: eval/entities/test.jsonl. For each article the text is parsed with
``load_pipeline()`` and passed to ``find_entities``; the predicted mentions are
compared with the gold ones (see README.md in this folder):

(a) mention detection, micro P/R/F1 over all articles, twice:
    - exact: same (start, end);
    - overlap: one-to-one matching of a gold and a predicted span whose overlap
      covers at least 50% of the longer of the two (exact matches are paired first).
(b) linking, over the mentions detected under (a)-overlap:
    - B-cubed P/R/F1 within each article: for each matched mention, its gold
      cluster (matched mentions with the same gold entity) against its predicted
      cluster (matched mentions with the same predicted entity id); averaged over
      all matched mentions of all articles;
    - canonical-name accuracy: the predicted entity's name or one of its aliases,
      normalised with ``entities.norm``, equals the normalised gold canonical name
      (``name_acc``); ``name_acc_strict`` counts the predicted name only.
(c) role recall: a gold role {entity, role} is found when an entity predicted for
    any detected mention of that gold entity has a role that contains the gold
    role string (case-insensitive).

Prints a table and, as the LAST line, one JSON object with the numbers.
``--misses`` also lists missed / spurious mentions, linking errors and missed roles.
Always exits 0 (unless the gold file cannot be read).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_GOLD = ROOT / "eval" / "entities" / "test.jsonl"


def load_gold(paths) -> list[dict]:
    recs = []
    for p in paths:
        for line in Path(p).read_text(encoding="utf-8").splitlines():
            if line.strip():
                recs.append(json.loads(line))
    return recs


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": n_pred, "gold": n_gold}


def match_spans(gold: list[tuple[int, int]], pred: list[tuple[int, int]], min_cover: float = 0.5):
    """One-to-one pairs (gi, pi): exact matches first, then best-overlap pairs whose
    overlap is >= min_cover of the longer span."""
    pairs, used_g, used_p = [], set(), set()
    pred_at = {sp: i for i, sp in enumerate(pred)}
    for gi, sp in enumerate(gold):
        pi = pred_at.get(sp)
        if pi is not None and pi not in used_p:
            pairs.append((gi, pi))
            used_g.add(gi)
            used_p.add(pi)
    cands = []
    for gi, (gs, ge) in enumerate(gold):
        if gi in used_g:
            continue
        for pi, (ps, pe) in enumerate(pred):
            if pi in used_p:
                continue
            ov = min(ge, pe) - max(gs, ps)
            if ov > 0 and ov >= min_cover * max(ge - gs, pe - ps):
                cands.append((-ov, gi, pi))
    for _, gi, pi in sorted(cands):
        if gi not in used_g and pi not in used_p:
            pairs.append((gi, pi))
            used_g.add(gi)
            used_p.add(pi)
    return sorted(pairs)


def score_article(rec: dict, index, norm) -> dict:
    """Counts and error lists for one article given its EntityIndex."""
    text = rec["text"]
    gold = rec["mentions"]
    pred = index.mentions
    g_spans = [(m["start"], m["end"]) for m in gold]
    p_spans = [(m.start, m.end) for m in pred]
    exact = len(set(g_spans) & set(p_spans))
    pairs = match_spans(g_spans, p_spans)
    out = {"id": rec["id"], "gold": len(gold), "pred": len(pred), "exact": exact, "overlap": len(pairs),
           "misses": []}
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    for gi, m in enumerate(gold):
        if gi not in matched_g:
            out["misses"].append(f"missed   {m['text']!r}@{m['start']} (gold {m['entity']!r})")
    for pi, m in enumerate(pred):
        if pi not in matched_p:
            ent = index.entities.get(m.entity)
            out["misses"].append(f"spurious {m.text!r}@{m.start} (pred {ent.name if ent else m.entity!r})")
    # (b) linking
    g_of = {gi: gold[gi]["entity"] for gi, _ in pairs}
    p_of = {gi: pred[pi].entity for gi, pi in pairs}
    g_cl, p_cl = defaultdict(set), defaultdict(set)
    for gi in g_of:
        g_cl[g_of[gi]].add(gi)
        p_cl[p_of[gi]].add(gi)
    b3p = b3r = 0.0
    names_ok = strict_ok = 0
    for gi, pi in pairs:
        inter = len(g_cl[g_of[gi]] & p_cl[p_of[gi]])
        b3p += inter / len(p_cl[p_of[gi]])
        b3r += inter / len(g_cl[g_of[gi]])
        ent = index.entities.get(pred[pi].entity)
        want = norm(gold[gi]["entity"])
        strict = ent is not None and norm(ent.name) == want
        loose = ent is not None and (strict or any(norm(a) == want for a in ent.aliases))
        names_ok += loose
        strict_ok += strict
        if not loose:
            out["misses"].append(f"linked   {gold[gi]['text']!r}@{gold[gi]['start']} -> "
                                 f"{ent.name if ent else None!r}, gold {gold[gi]['entity']!r}")
    # B-cubed split/merge errors (reported once per gold entity / predicted entity)
    for name, members in g_cl.items():
        pids = {p_of[g] for g in members}
        if len(pids) > 1:
            out["misses"].append(f"split    gold {name!r} over {len(pids)} predicted entities: "
                                 + ", ".join(sorted(repr(index.entities[p].name) for p in pids if p in index.entities)))
    for pid, members in p_cl.items():
        gnames = {g_of[g] for g in members}
        if len(gnames) > 1:
            ent = index.entities.get(pid)
            out["misses"].append(f"merged   pred {ent.name if ent else pid!r} joins gold " + ", ".join(sorted(map(repr, gnames))))
    out.update(b3_p=b3p, b3_r=b3r, names_ok=names_ok, strict_ok=strict_ok)
    # (c) roles
    preds_for: dict[str, set] = defaultdict(set)
    for gi, pi in pairs:
        preds_for[gold[gi]["entity"]].add(pred[pi].entity)
    roles = rec.get("roles", [])
    found = 0
    for r in roles:
        want = r["role"].lower()
        have = [x for pid in preds_for.get(r["entity"], ()) if pid in index.entities
                for x in index.entities[pid].roles]
        if any(want in x.lower() for x in have):
            found += 1
        else:
            out["misses"].append(f"role     {r['entity']!r} {r['role']!r} not found (pred roles {have})")
    out.update(roles=len(roles), roles_found=found)
    _ = text
    return out


def score(records: list[dict], nlp=None) -> dict:
    """Run the finder over ``records`` (gold dicts) and return the scores:
    {"articles", "exact": {p,r,f1,...}, "overlap": {...}, "b3": {p,r,f1}, "name_acc",
    "name_acc_strict", "role_recall", "per_article": [...]}."""
    from narrascope.entities import find_entities, norm

    if nlp is None:
        from narrascope.nlp import load_pipeline
        nlp = load_pipeline()
    per = []
    for rec in records:
        index = find_entities(nlp(rec["text"]))
        per.append(score_article(rec, index, norm))
    tot = Counter()
    for a in per:
        for k in ("gold", "pred", "exact", "overlap", "b3_p", "b3_r", "names_ok", "strict_ok", "roles", "roles_found"):
            tot[k] += a[k]
    n_link = tot["overlap"]
    bp = tot["b3_p"] / n_link if n_link else 0.0
    br = tot["b3_r"] / n_link if n_link else 0.0
    return {
        "articles": len(records),
        "exact": _prf(tot["exact"], tot["pred"], tot["gold"]),
        "overlap": _prf(tot["overlap"], tot["pred"], tot["gold"]),
        "b3": {"p": round(bp, 4), "r": round(br, 4), "f1": round(2 * bp * br / (bp + br), 4) if bp + br else 0.0,
               "mentions": n_link},
        "name_acc": round(tot["names_ok"] / n_link, 4) if n_link else 0.0,
        "name_acc_strict": round(tot["strict_ok"] / n_link, 4) if n_link else 0.0,
        "role_recall": round(tot["roles_found"] / tot["roles"], 4) if tot["roles"] else 0.0,
        "roles": tot["roles"],
        "per_article": per,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="*", default=[str(DEFAULT_GOLD)])
    ap.add_argument("--misses", action="store_true", help="list errors per article")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    res = score(load_gold(args.gold))
    print(f"Entity gold: {', '.join(args.gold)} ({res['articles']} articles)")
    print(f"{'article':<10}{'gold':>6}{'pred':>6}{'exact':>7}{'ovl':>6}{'b3 P':>7}{'b3 R':>7}{'names':>7}{'roles':>7}")
    for a in res["per_article"]:
        n = a["overlap"] or 1
        print(f"{a['id']:<10}{a['gold']:>6}{a['pred']:>6}{a['exact']:>7}{a['overlap']:>6}"
              f"{a['b3_p'] / n:>7.2f}{a['b3_r'] / n:>7.2f}{a['names_ok'] / n:>7.2f}"
              f"{a['roles_found']:>4}/{a['roles']:<2}")
    print()
    print(f"{'metric':<34}{'P':>8}{'R':>8}{'F1':>8}")
    for key, label in (("exact", "mentions, exact span"), ("overlap", "mentions, >=50% overlap")):
        s = res[key]
        print(f"{label:<34}{s['p']:>8.3f}{s['r']:>8.3f}{s['f1']:>8.3f}   ({s['tp']} of {s['gold']} gold, {s['pred']} predicted)")
    b = res["b3"]
    print(f"{'linking, B-cubed (detected)':<34}{b['p']:>8.3f}{b['r']:>8.3f}{b['f1']:>8.3f}   ({b['mentions']} mentions)")
    print(f"{'canonical name (name or alias)':<34}{res['name_acc']:>24.3f}")
    print(f"{'canonical name (name only)':<34}{res['name_acc_strict']:>24.3f}")
    print(f"{'role recall':<34}{res['role_recall']:>24.3f}   ({res['roles']} gold roles)")
    if args.misses:
        print()
        for a in res["per_article"]:
            for line in a["misses"]:
                print(f"{a['id']}  {line}")
    summary = {k: v for k, v in res.items() if k != "per_article"}
    print(json.dumps(summary, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
