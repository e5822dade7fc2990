"""Scoring narrascope's extractors against hand-made gold sets (``eval/``) and PolNeAR."""

from narrascope.evaluate.quotes import (
    QuoteScores,
    format_scores,
    run_polnear_eval,
    run_quote_eval,
    score_quotes,
)

__all__ = ["QuoteScores", "format_scores", "run_polnear_eval", "run_quote_eval", "score_quotes"]
