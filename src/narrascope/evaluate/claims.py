"""Score claim extraction against a gold file (``eval/claims/*.jsonl``, see eval/README.md).

A predicted claim matches a gold claim when the types are equal, the spans
overlap, and agent and target match by name: the gold name equals the predicted
entity's canonical name or an alias, or (for targets that are not entities) the
predicted surface text, case- and diacritic-insensitive; null matches null. A
target predicted as text only also matches when that text contains every
content word of the gold name ("a new package of military aid" ~ gold
"military aid package"): gold names of things are descriptive paraphrases.
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class ClaimScores:
    per_type: dict[str, dict[str, float]] = field(default_factory=dict)
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    attribution_accuracy: float = 0.0
    hedged_accuracy: float = 0.0
    negated_accuracy: float = 0.0
    n_gold: int = 0
    n_pred: int = 0
    n_matched: int = 0
    # secondary, relaxed: type + agent + overlapping evidence, target not compared
    # (shows how much of the gap is the target alone)
    f1_type_agent: float = 0.0
    n_matched_type_agent: int = 0
    misses: list[str] = field(default_factory=list)


def _norm(s: str | None) -> str:
    if s is None:
        return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower().strip()
    for pre in ("the ",):
        if s.startswith(pre):
            s = s[len(pre):]
    return s.replace("’", "'")


def _names(index: Any, eid: str | None, surface: str | None) -> set[str]:
    out: set[str] = set()
    ent = getattr(index, "entities", {}).get(eid) if eid else None
    if ent is not None:
        out |= {_norm(n) for n in ent.all_names()}
    if surface:
        out.add(_norm(surface))
    return out


_STOP = {"the", "a", "an", "of", "for", "in", "on", "to", "and", "any", "its", "his", "her", "their", "every", "one"}


def _words(s: str) -> set[str]:
    out = set()
    for w in _norm(s).replace("'s", " ").replace("-", " ").split():
        w = w.strip("\"“”'‘’.,;:()")
        if w and w not in _STOP:
            out.add(w[:-1] if len(w) > 3 and w.endswith("s") else w)
    return out


def _match_name(gold: str | None, index: Any, eid: str | None, surface: str | None) -> bool:
    if gold is None:
        return eid is None
    if eid is None and not surface:
        return False
    if _norm(gold) in _names(index, eid, surface):
        return True
    # A target that is not an entity ("the tariffs", "a new package of military
    # aid") is predicted as text only, while gold gives a descriptive name
    # ("military aid package"): it matches when the predicted phrase contains
    # every content word of the gold name. Entities still need the exact name
    # or an alias.
    if eid is None and surface:
        g = _words(gold)
        return bool(g) and g <= _words(surface)
    return False


def _f(p: int, g: int, m: int) -> tuple[float, float, float]:
    pr = m / p if p else 0.0
    rc = m / g if g else 0.0
    return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)


def run_claim_eval(gold_path: str | Path, *, show_misses: bool = False) -> ClaimScores:
    """Run the pipeline on each gold article and score its claims.

    Args:
        gold_path: a JSONL gold file (one article per line).
        show_misses: collect one line per missed gold claim and spurious prediction.

    Returns:
        ClaimScores (overall and per type).
    """
    from narrascope import claims as claims_mod
    from narrascope.entities import find_entities
    from narrascope.nlp import load_pipeline, plain_spaces
    from narrascope.quotes import find_quotes
    from narrascope.timex import as_date

    nlp = load_pipeline()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    attr_ok = hedge_ok = neg_ok = matched_total = matched_ta = 0
    scores = ClaimScores()
    for line in Path(gold_path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        doc = nlp(plain_spaces(rec["text"]))   # as the pipeline's cleaning does, offsets kept
        index = find_entities(doc)
        published = as_date(rec.get("published"))     # as the pipeline passes it
        quotes = find_quotes(doc, index, published=published)
        preds = claims_mod.find_claims(doc, index, quotes, published=published)
        gold = rec.get("claims", [])
        used: set[int] = set()
        for g in gold:
            counts[g["type"]][1] += 1
        for p in preds:
            counts[p.type][0] += 1
        used_ta: set[int] = set()
        for g in gold:
            k_ta = next((k for k, p in enumerate(preds) if k not in used_ta and p.type == g["type"]
                         and p.start < g["end"] and g["start"] < p.end
                         and _match_name(g.get("agent"), index, p.agent, p.agent_text)), None)
            if k_ta is not None:
                used_ta.add(k_ta)
        matched_ta += len(used_ta)
        for g in gold:
            hit = None
            for k, p in enumerate(preds):
                if k in used or p.type != g["type"] or not (p.start < g["end"] and g["start"] < p.end):
                    continue
                if _match_name(g.get("agent"), index, p.agent, p.agent_text) and _match_name(
                        g.get("target"), index, p.target, p.target_text):
                    hit = k
                    break
            if hit is None:
                if show_misses:
                    scores.misses.append(f"MISS {rec['id']} {g['type']} {g.get('trigger')!r} {g.get('agent')} -> {g.get('target')}")
                continue
            used.add(hit)
            p = preds[hit]
            counts[g["type"]][2] += 1
            matched_total += 1
            attr_ok += _match_name(g.get("attributed_to"), index, p.attributed_to, None)
            hedge_ok += bool(g.get("hedged", False)) == p.hedged
            neg_ok += bool(g.get("negated", False)) == p.negated
        if show_misses:
            names = lambda e: getattr(index, "entities", {}).get(e).name if e and e in getattr(index, "entities", {}) else None
            for k, p in enumerate(preds):
                if k not in used:
                    scores.misses.append(f"SPURIOUS {rec['id']} {p.type} {p.trigger!r} {names(p.agent)} -> {names(p.target)} [{p.target_text}]")
    tp = sum(c[0] for c in counts.values())
    tg = sum(c[1] for c in counts.values())
    tm = sum(c[2] for c in counts.values())
    scores.precision, scores.recall, scores.f1 = _f(tp, tg, tm)
    scores.n_pred, scores.n_gold, scores.n_matched = tp, tg, tm
    scores.n_matched_type_agent = matched_ta
    scores.f1_type_agent = _f(tp, tg, matched_ta)[2]
    for t, (p, g, m) in sorted(counts.items()):
        pr, rc, f1 = _f(p, g, m)
        scores.per_type[t] = {"precision": pr, "recall": rc, "f1": f1, "pred": p, "gold": g, "matched": m}
    if matched_total:
        scores.attribution_accuracy = attr_ok / matched_total
        scores.hedged_accuracy = hedge_ok / matched_total
        scores.negated_accuracy = neg_ok / matched_total
    return scores


def format_scores(scores: ClaimScores) -> str:
    """A plain-text table of the scores."""
    lines = [f"{'type':<12} {'P':>6} {'R':>6} {'F1':>6} {'pred':>5} {'gold':>5}"]
    for t, s in scores.per_type.items():
        lines.append(f"{t:<12} {s['precision']:6.2f} {s['recall']:6.2f} {s['f1']:6.2f} {s['pred']:5d} {s['gold']:5d}")
    lines.append(f"{'overall':<12} {scores.precision:6.2f} {scores.recall:6.2f} {scores.f1:6.2f} {scores.n_pred:5d} {scores.n_gold:5d}")
    lines.append(f"relaxed (type + agent, target not compared): F1 {scores.f1_type_agent:.2f} "
                 f"({scores.n_matched_type_agent} matched)")
    lines.append(f"attribution accuracy {scores.attribution_accuracy:.2f}  hedged {scores.hedged_accuracy:.2f}  "
                 f"negated {scores.negated_accuracy:.2f}  (over {scores.n_matched} matched)")
    lines.extend(scores.misses)
    return "\n".join(lines)
