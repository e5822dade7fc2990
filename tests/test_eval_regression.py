"""Fails when an extractor's held-out score drops more than two points below
eval/baseline.json (written by `eval/scores.py --write-baseline`)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _scores_module():
    spec = importlib.util.spec_from_file_location("eval_scores", ROOT / "eval" / "scores.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_regressions_detects_a_drop_and_tolerates_noise():
    mod = _scores_module()
    base = {"quotes.speaker_accuracy": 0.90, "claims.f1": 0.50}
    assert mod.regressions({"quotes.speaker_accuracy": 0.885, "claims.f1": 0.50}, base) == []
    bad = mod.regressions({"quotes.speaker_accuracy": 0.87, "claims.f1": 0.50}, base)
    assert len(bad) == 1 and bad[0].startswith("quotes.speaker_accuracy")


def test_no_score_dropped_more_than_two_points(nlp):
    mod = _scores_module()
    baseline = json.loads((ROOT / "eval" / "baseline.json").read_text())
    scores, _ = mod.compute()
    assert set(baseline) <= set(scores)
    assert mod.regressions(scores, baseline) == []
