from pathlib import Path

from narrascope.evaluate.claims import format_scores, run_claim_eval

GOLD = Path(__file__).parent / "fixtures" / "claims_gold_small.jsonl"


def test_eval_claims_small_gold():
    s = run_claim_eval(GOLD, show_misses=True)
    assert s.n_gold == 2
    assert 0.0 <= s.f1 <= 1.0
    assert "overall" in format_scores(s)
