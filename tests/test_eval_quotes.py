"""The quote scorer: matching rules and a run on a tiny hand-made gold file."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrascope.evaluate.quotes import (
    QuoteScores,
    format_scores,
    match_spans,
    normalize_name,
    run_quote_eval,
    score_quotes,
    speaker_matches,
)
from narrascope.model import Entity, Quote

GOLD = Path(__file__).parent / "fixtures" / "quotes_gold_small.jsonl"


@pytest.mark.parametrize("gold,entity,ok", [
    ("Aleksandar Vučić", Entity(id="e", name="Aleksandar Vucic", type="PERSON"), True),
    ("Aleksandar Vucic", Entity(id="e", name="Vucic", type="PERSON"), True),
    ("Aleksandar Vucic", Entity(id="e", name="Ana Brnabic", type="PERSON"), False),
    ("Interior Ministry", Entity(id="e", name="Ministry", type="ORG", aliases=["the Interior Ministry"]), True),
    ("Interior Ministry", Entity(id="e", name="Foreign Ministry", type="ORG"), False),
    ("protesters", None, False),
])
def test_eval_quotes_speaker_matches(gold, entity, ok):
    assert speaker_matches(gold, entity) is ok


def test_eval_quotes_normalize_name():
    assert normalize_name("The Kremlin") == normalize_name("kremlin")
    assert normalize_name("Šćepan  Đukić") == "scepan dukic"


def test_eval_quotes_match_spans_one_to_one():
    pred = [(0, 10), (0, 9), (50, 60)]
    gold = [(0, 10), (52, 100)]
    assert match_spans(pred, gold) == [(0, 0)]


def test_eval_quotes_score_with_fixed_predictions():
    text = "Carter said the plan would fail."
    rec = {"id": "x", "published": None, "text": text, "quotes": [
        {"kind": "indirect", "start": 12, "end": 31, "text": "the plan would fail",
         "speaker": "John Carter", "speaker_kind": "named"}]}

    class Idx:
        entities = {"e1": Entity(id="e1", name="Carter", type="PERSON")}

    def predict(_text, _published):
        return [Quote(kind="indirect", text=text[16:31], start=16, end=31, speaker="e1"),
                Quote(kind="direct", text=text[0:6], start=0, end=6)], Idx()

    sc = score_quotes([rec], predict, show_misses=True)
    assert sc.exact.tp == 0 and sc.overlap.tp == 1
    assert sc.overlap.precision == 0.5 and sc.overlap.recall == 1.0
    assert sc.speaker.accuracy == 1.0 and sc.speaker_by_kind["named"].total == 1
    assert any("SPURIOUS" in m for m in sc.misses)


def test_eval_quotes_run_on_small_gold_file(nlp):
    sc = run_quote_eval(GOLD, show_misses=True)
    assert isinstance(sc, QuoteScores)
    assert sc.articles == 2 and sc.overlap.n_gold == 6
    assert sc.overlap.recall >= 5 / 6
    assert sc.speaker.accuracy >= 0.8
    assert sc.not_quote_errors == 0
    out = format_scores(sc)
    assert "span overlap" in out and "speaker accuracy" in out


def test_eval_parses_no_break_spaces_as_the_pipeline_does(nlp):
    # the pipeline's cleaning collapses them into plain spaces; the eval keeps every offset
    from narrascope.nlp import plain_spaces
    text = "Senator Ann\u00a0Hale says the\u00a0rural vote\u2009will decide the race."
    assert len(plain_spaces(text)) == len(text) and "\u00a0" not in plain_spaces(text)
    assert not [t for t in nlp(plain_spaces(text)) if t.is_space]
