"""Score quote extraction against a gold JSONL file (``eval/quotes/*.jsonl``) and PolNeAR.

Matching (gold format and span conventions: ``eval/README.md``):

- A predicted quote and a gold quote *overlap-match* when their character
  overlap is at least half of the longer of the two spans; they *exact-match*
  when start and end are equal. Matching is one-to-one and greedy, best
  overlap first, and ignores ``kind`` (kinds are scored separately).
- Span precision/recall/F1 are given for exact and overlap matching, overall
  and by gold/predicted kind.
- Speaker accuracy is measured over overlap-matched pairs whose gold speaker
  is not null: the predicted speaker is correct when the predicted entity's
  name or one of its aliases equals the gold name (case- and
  diacritic-insensitive, a leading "the" ignored), or, for persons, when the
  surnames (last words) are equal. It is broken down by the gold
  ``speaker_kind`` (named, pronoun, nominal, organisation).
- ``not_quotes`` (scare quotes, labels) predicted as quotes are counted.

PolNeAR (``run_polnear_eval``): brat standoff attributions of real news (see
the data set's README). A gold Content span (its pieces joined from first
start to last end) is recalled when a predicted quote overlaps it by at least
half of the shorter span; a predicted quote is precise when it so overlaps any
gold content. The source is matched when the predicted speaker span overlaps
the gold Source span, or the predicted entity's name/aliases share a word
with the source text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from narrascope.model import Entity, Quote
from narrascope.timex import as_date

KINDS = ("direct", "indirect", "mixed")
# letters NFKD does not decompose
_FOLD = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss",
                       "æ": "ae", "Æ": "AE", "ı": "i"})
SPEAKER_KINDS = ("named", "pronoun", "nominal", "organisation")


# --------------------------------------------------------------------------- records


@dataclass
class PRF:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Acc:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass
class QuoteScores:
    """All numbers of one quote evaluation; ``misses`` lists readable failures."""

    articles: int = 0
    exact: PRF = field(default_factory=PRF)
    overlap: PRF = field(default_factory=PRF)
    by_kind: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in KINDS})
    speaker: Acc = field(default_factory=Acc)
    speaker_by_kind: dict[str, Acc] = field(default_factory=lambda: {k: Acc() for k in SPEAKER_KINDS})
    kind_accuracy: Acc = field(default_factory=Acc)
    not_quote_errors: int = 0
    not_quotes: int = 0
    misses: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- matching helpers


def normalize_name(name: str | None) -> str:
    """Lower-case, strip diacritics, punctuation and a leading article."""
    if not name:
        return ""
    s = unicodedata.normalize("NFKD", name.translate(_FOLD))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"^\s*the\s+", "", s)
    return " ".join(s.split())


def speaker_matches(gold: str | None, entity: Entity | None,
                    entities: dict[str, Entity] | None = None) -> bool:
    """True when the predicted entity is the gold speaker (see module docstring).

    With ``entities``, a metonym also matches the actor it stands for
    ("the Kremlin" -> "Russia", via ``Entity.stands_for``)."""
    if entity is not None and entities and entity.stands_for in entities:
        if speaker_matches(gold, entities[entity.stands_for]):
            return True
    if gold is None:
        return entity is None
    if entity is None:
        return False
    g = normalize_name(gold)
    names = {normalize_name(n) for n in entity.all_names() if n}
    if g in names:
        return True
    if entity.type == "PERSON":
        gl = g.split()[-1:] if g else []
        return any(n.split()[-1:] == gl for n in names if n)
    return False


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _ratio_longer(a: tuple[int, int], b: tuple[int, int]) -> float:
    longest = max(a[1] - a[0], b[1] - b[0], 1)
    return _overlap(a, b) / longest


def _ratio_shorter(a: tuple[int, int], b: tuple[int, int]) -> float:
    shortest = max(min(a[1] - a[0], b[1] - b[0]), 1)
    return _overlap(a, b) / shortest


def match_spans(pred: list[tuple[int, int]], gold: list[tuple[int, int]], *,
                threshold: float = 0.5, ratio: Any = _ratio_longer) -> list[tuple[int, int]]:
    """Greedy one-to-one matching: pairs (pred index, gold index), best overlap first."""
    cands = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            r = ratio(p, g)
            if r >= threshold and _overlap(p, g) > 0:
                cands.append((r, i, j))
    cands.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _r, i, j in cands:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


# --------------------------------------------------------------------------- pipeline


def extract(text: str, published: dt.date | None) -> tuple[list[Quote], Any]:
    """Run load_pipeline -> find_entities -> find_quotes on ``text``."""
    from narrascope.entities import find_entities
    from narrascope.nlp import load_pipeline, plain_spaces
    from narrascope.quotes import find_quotes

    doc = load_pipeline()(plain_spaces(text))   # as the pipeline's cleaning does, offsets kept
    index = find_entities(doc)
    return find_quotes(doc, index, published=published), index


# --------------------------------------------------------------------------- gold scoring


def score_quotes(records: list[dict[str, Any]], predict: Any = extract, *,
                 show_misses: bool = False) -> QuoteScores:
    """Score ``predict(text, published) -> (quotes, index)`` on gold ``records``."""
    sc = QuoteScores()
    for rec in records:
        text = rec["text"]
        gold = rec.get("quotes", [])
        quotes, index = predict(text, as_date(rec.get("published")))
        ents = getattr(index, "entities", {})
        sc.articles += 1
        pspans = [(q.start, q.end) for q in quotes]
        gspans = [(g["start"], g["end"]) for g in gold]
        exact = {(i, j) for i, p in enumerate(pspans) for j, g in enumerate(gspans) if p == g}
        sc.exact.tp += len({i for i, _ in exact} & {i for i, _ in exact})
        sc.exact.n_pred += len(pspans)
        sc.exact.n_gold += len(gspans)
        pairs = match_spans(pspans, gspans)
        sc.overlap.tp += len(pairs)
        sc.overlap.n_pred += len(pspans)
        sc.overlap.n_gold += len(gspans)
        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        for k in KINDS:
            sc.by_kind[k].n_pred += sum(1 for q in quotes if q.kind == k)
            sc.by_kind[k].n_gold += sum(1 for g in gold if g.get("kind") == k)
        for i, j in pairs:
            q, g = quotes[i], gold[j]
            if q.kind == g.get("kind"):
                sc.by_kind[q.kind].tp += 1
            sc.kind_accuracy.total += 1
            sc.kind_accuracy.correct += q.kind == g.get("kind")
            if g.get("speaker") is None:
                continue
            ok = speaker_matches(g["speaker"], ents.get(q.speaker) if q.speaker else None, ents)
            sc.speaker.total += 1
            sc.speaker.correct += ok
            sk = g.get("speaker_kind")
            if sk in sc.speaker_by_kind:
                sc.speaker_by_kind[sk].total += 1
                sc.speaker_by_kind[sk].correct += ok
            if not ok and show_misses:
                pname = ents[q.speaker].name if q.speaker and q.speaker in ents else None
                sc.misses.append(f"{rec.get('id')}: SPEAKER gold={g['speaker']!r} "
                                 f"({g.get('speaker_text')!r}) pred={pname!r} "
                                 f"({q.speaker_text!r}) quote={q.text[:70]!r}")
        for nq in rec.get("not_quotes", []):
            sc.not_quotes += 1
            if any(_overlap((q.start, q.end), (nq["start"], nq["end"])) > 0
                   and (q.end - q.start) <= (nq["end"] - nq["start"]) + 4 for q in quotes):
                sc.not_quote_errors += 1
        if show_misses:
            for j, g in enumerate(gold):
                if j not in matched_g:
                    sc.misses.append(f"{rec.get('id')}: MISSED {g.get('kind')} "
                                     f"[{g['start']}:{g['end']}] {g['text'][:90]!r} ({g.get('speaker')})")
            for i, q in enumerate(quotes):
                if i not in matched_p:
                    sc.misses.append(f"{rec.get('id')}: SPURIOUS {q.kind} "
                                     f"[{q.start}:{q.end}] {q.text[:90]!r} ({q.speaker_text})")
    return sc


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold records of a JSONL file, one article per non-empty line."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{n}: not a JSON object ({exc})") from exc
    return out


def run_quote_eval(gold_path: str | Path, *, show_misses: bool = False) -> QuoteScores:
    """Run the pipeline on every article of ``gold_path`` and score its quotes."""
    return score_quotes(load_gold(gold_path), show_misses=show_misses)


def format_scores(scores: QuoteScores) -> str:
    """A plain-text table of ``scores`` (and its misses, if collected)."""
    def prf(name: str, s: PRF) -> str:
        return (f"{name:<18} P {s.precision:6.3f}  R {s.recall:6.3f}  F1 {s.f1:6.3f}"
                f"   (tp {s.tp}, pred {s.n_pred}, gold {s.n_gold})")

    lines = [f"articles: {scores.articles}", prf("span exact", scores.exact),
             prf("span overlap>=50%", scores.overlap)]
    for k in KINDS:
        lines.append(prf(f"  kind {k}", scores.by_kind[k]))
    lines.append(f"kind accuracy (matched): {scores.kind_accuracy.accuracy:.3f} "
                 f"({scores.kind_accuracy.correct}/{scores.kind_accuracy.total})")
    lines.append(f"speaker accuracy: {scores.speaker.accuracy:.3f} "
                 f"({scores.speaker.correct}/{scores.speaker.total})")
    for k in SPEAKER_KINDS:
        a = scores.speaker_by_kind[k]
        lines.append(f"  {k:<13} {a.accuracy:.3f} ({a.correct}/{a.total})")
    lines.append(f"not-quotes predicted as quotes: {scores.not_quote_errors}/{scores.not_quotes}")
    if scores.misses:
        lines.append("")
        lines.append("misses:")
        lines.extend(f"  {m}" for m in scores.misses)
    return "\n".join(lines)


# --------------------------------------------------------------------------- PolNeAR


def _read_ann(path: Path) -> list[dict[str, Any]]:
    """Attributions of one brat file: [{content: (s, e), source: (s, e)|None, cue: ...}]."""
    spans: dict[str, tuple[str, int, int]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            label, _, locs = parts[1].partition(" ")
            pieces = [tuple(int(x) for x in p.split()) for p in locs.split(";") if p.strip()]
            if not pieces:
                continue
            spans[parts[0]] = (label, min(p[0] for p in pieces), max(p[1] for p in pieces))
        elif line.startswith("E"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            ev = {}
            for arg in parts[1].split():
                role, _, tid = arg.partition(":")
                ev[re.sub(r"\d+$", "", role)] = tid
            events.append(ev)
    out = []
    for ev in events:
        c = spans.get(ev.get("Content", ""))
        if c is None:
            continue
        s = spans.get(ev.get("Source", ""))
        cue = spans.get(ev.get("Cue", ""))
        out.append({"content": (c[1], c[2]), "source": (s[1], s[2]) if s else None,
                    "cue": (cue[1], cue[2]) if cue else None})
    return out


def run_polnear_eval(directory: str | Path, *, limit: int | None = None, start: int = 0) -> dict[str, Any]:
    """Content-span recall/precision and source match on PolNeAR (see module docstring).

    Args:
        directory: the PolNeAR folder with ``text/`` and ``attributions/``.
        limit: score only the first ``limit`` articles (sorted by name) from ``start``.
        start: skip the articles before this position (sorted by name), e.g. to
            keep a development slice apart from a held-out slice.

    Returns:
        A dict of counts and rates: articles, gold, pred, recall, precision,
        f1, source_accuracy (over recalled contents with a gold source).
    """
    root = Path(directory)
    texts = sorted((root / "text").glob("*.txt"))[start:]
    if limit is not None:
        texts = texts[:limit]
    n_gold = n_pred = hit_gold = hit_pred = src_ok = src_total = 0
    # recall restricted to speech: gold attributions whose cue is a reporting verb
    # of ours or "according to" (PolNeAR also marks beliefs, polls and findings)
    from narrascope.nlp import load_pipeline
    from narrascope.quotes import speech_verbs

    nlp, verbs = load_pipeline(), speech_verbs()
    speech_gold = speech_hit = 0
    for tp in texts:
        anns = sorted((root / "attributions").glob(tp.stem + "_*.ann"))
        if not anns:
            continue
        text = tp.read_text(encoding="utf-8")
        gold = _read_ann(anns[0])
        quotes, index = extract(text, None)
        ents = getattr(index, "entities", {})
        g_sp = [g["content"] for g in gold]
        p_sp = [(q.start, q.end) for q in quotes]
        n_gold += len(g_sp)
        n_pred += len(p_sp)
        pairs = match_spans(p_sp, g_sp, ratio=_ratio_shorter)
        hit_gold += len(pairs)
        found = {j for _, j in pairs}
        for j, g in enumerate(gold):
            cue = text[g["cue"][0]:g["cue"][1]].lower() if g.get("cue") else ""
            lemmas = {t.lemma_.lower() for t in nlp(cue)} if cue else set()
            if cue.startswith("according to") or lemmas & verbs:
                speech_gold += 1
                speech_hit += j in found
        hit_pred += sum(1 for p in p_sp if any(_ratio_shorter(p, g) >= 0.5 for g in g_sp))
        for i, j in pairs:
            src = gold[j]["source"]
            if src is None:
                continue
            src_total += 1
            q = quotes[i]
            ok = q.speaker_start is not None and _overlap((q.speaker_start, q.speaker_end or 0), src) > 0
            if not ok and q.speaker in ents:
                words = set(normalize_name(text[src[0]:src[1]]).split())
                e = ents[q.speaker]
                ok = any(w in words for n in [e.name, *e.aliases] for w in normalize_name(n).split()
                         if len(w) > 2)
            src_ok += ok
    rec = hit_gold / n_gold if n_gold else 0.0
    prec = hit_pred / n_pred if n_pred else 0.0
    return {"articles": len(texts), "gold": n_gold, "pred": n_pred,
            "recall": round(rec, 4), "precision": round(prec, 4),
            "f1": round(2 * rec * prec / (rec + prec), 4) if rec + prec else 0.0,
            "source_accuracy": round(src_ok / src_total, 4) if src_total else 0.0,
            "source_total": src_total,
            "speech_recall": round(speech_hit / speech_gold, 4) if speech_gold else 0.0,
            "speech_gold": speech_gold}
