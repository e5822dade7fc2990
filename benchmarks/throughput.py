"""Throughput of the narrascope per-article pipeline against bare spaCy, in one run.

Usage:
    .venv/bin/python benchmarks/throughput.py [--n 200] [--words 400] [--source synthetic|examples]

Builds a corpus in memory (synthetic ~400-word news articles from templates,
with quotes, speech verbs, names, roles and claims; or the bundled
``examples/corpus`` repeated with a numbered line so every text is distinct),
then times

- the baseline: the same texts through ``nlp.pipe`` of the same spaCy model;
- narrascope: ``narrascope.pipeline.analyze_texts(texts)`` (clean, metadata,
  spaCy, quotes, claims, entities, linking; no store, no stories).

The model is loaded and both paths warmed up before timing, so load time is
excluded from both. The last line of output is JSON:

    {"articles_per_s": ..., "baseline_articles_per_s": ..., "ratio": ..., ...}

``ratio`` = articles_per_s / baseline_articles_per_s (1.0 = narrascope adds no
cost over parsing; 0.5 = it takes twice as long as parsing alone). Peak RSS is
the process's high-water mark (``resource.getrusage``), after each phase.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # run from a checkout without installing

# --------------------------------------------------------------------------- synthetic corpus
# Invented people, places and organisations (no real persons).

PEOPLE = [
    ("Mirela Dostanic", "the foreign minister of Karvelia"),
    ("Tomas Hrelling", "the spokesman of the Drovno government"),
    ("Anika Vostrova", "a senior analyst at the Lindqvist Institute"),
    ("Pavel Korbun", "the mayor of Ostrava Nova"),
    ("Leila Haddane", "the head of the Baltic Fisheries Council"),
    ("Jonas Eberlein", "the chief executive of Alpenhandel"),
    ("Rosa Quintero", "an opposition lawmaker"),
    ("Daniel Okafor", "the trade commissioner of the Copperbelt Union"),
    ("Sven Aldricsson", "the defence minister of Nordmark"),
    ("Ines Marchetti", "a spokeswoman for the Leman Court"),
]
PLACES = ["Karvelia", "Drovno", "Nordmark", "Ostrava Nova", "the Copperbelt Union", "Portbridge", "Millbrook"]
ORGS = ["the Drovno Interior Ministry", "Alpenhandel", "the Lindqvist Institute", "the Karvelian parliament",
        "the Baltic Fisheries Council", "the Leman Court", "the Nordmark Coast Guard"]
OUTLETS = ["The Northern Ledger", "Baltic Wire", "Leman Tribune", "Harbour Gazette", "Midland Post"]
TOPICS = ["the fishing quota", "the border crossing", "the port tender", "the election result",
          "the pipeline contract", "the bridge repairs", "the trade embargo", "the court ruling"]
VERBS = ["said", "told reporters", "added", "warned", "insisted", "wrote on social media", "stressed"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week", "yesterday"]
QUOTES = [
    "We will not accept any deal that ignores {topic}",
    "This decision was taken without consulting the people of {place}",
    "The talks on {topic} are moving in the right direction",
    "Nobody in {place} should pay for the mistakes of {org}",
    "We have asked {org} for a full explanation",
    "There is no evidence that {place} broke the agreement",
]
CLAIMS = [
    "{a} accused {b} of delaying {topic}.",
    "{a} denied any role in {topic}.",
    "{a} condemned the decision by {b} over {topic}.",
    "{a} praised {b} for its handling of {topic}.",
    "{a} threatened to sanction {b} if {topic} was not resolved.",
    "{a} met {b} in {place} to discuss {topic}.",
]
FILLER = [
    "The dispute over {topic} has dragged on for months, and officials in {place} expect no quick settlement.",
    "Local residents gathered outside the offices of {org} as the debate continued late into the evening.",
    "Figures published by {org} showed a sharp rise in costs linked to {topic} over the past year.",
    "Diplomats in {place} described the atmosphere at the meeting as tense but constructive.",
    "Several smaller parties have called for an independent review of {topic} before any vote is held.",
    "The issue is expected to dominate the next session of the regional assembly in {place}.",
    "Critics argue that the government has failed to explain how {topic} will be financed.",
    "Observers noted that the statement came only hours after a similar announcement from {org}.",
]


def synthetic_article(i: int, rng: random.Random, words: int) -> tuple[str, int]:
    """One invented news article of about ``words`` words; returns (text, quotes planted)."""
    topic = rng.choice(TOPICS)
    place = rng.choice(PLACES)
    outlet = OUTLETS[i % len(OUTLETS)]
    day = 1 + i % 28

    def fill(s: str) -> str:
        return s.format(topic=topic, place=place, org=rng.choice(ORGS), a=rng.choice(PEOPLE)[0],
                        b=rng.choice(ORGS))

    title = f"{place[0].upper() + place[1:]}: row over {topic} deepens ({i})"
    paras = [f"{title}\n{outlet}\nMarch {day}, 2024\n"]
    planted = 0
    n = 0
    while n < words:
        name, role = rng.choice(PEOPLE)
        quote = fill(rng.choice(QUOTES))
        form = rng.randrange(4)
        if form == 0:
            para = f'"{quote}," {name}, {role}, {rng.choice(VERBS)} {rng.choice(DAYS)}.'
        elif form == 1:
            para = f'{name}, {role}, {rng.choice(VERBS)} {rng.choice(DAYS)} that "{quote[0].lower() + quote[1:]}."'
        elif form == 2:
            para = f'"{quote}," {name.split()[-1]} {rng.choice(VERBS)}. "We will keep pushing."'
            planted += 1
        else:
            para = f"According to {name}, {quote[0].lower() + quote[1:]}."
        planted += 1
        para += " " + " ".join(fill(s) for s in [rng.choice(CLAIMS), *rng.sample(FILLER, 2)])
        paras.append(para)
        n += len(para.split())
    return "\n\n".join(paras) + "\n", planted


def synthetic_corpus(n: int, words: int, seed: int) -> tuple[list[str], int]:
    rng = random.Random(seed)
    texts, planted = [], 0
    for i in range(n):
        t, p = synthetic_article(i, rng, words)
        texts.append(t)
        planted += p
    return texts, planted


def examples_corpus(n: int) -> list[str]:
    """The bundled plain-text examples, repeated; each copy gets a distinct closing line."""
    folder = ROOT / "examples" / "corpus"
    base = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not base:
        raise SystemExit(f"no .txt files in {folder}; use --source synthetic")
    return [f"{base[i % len(base)]}\n\n(Copy {i + 1} of this article.)\n" for i in range(n)]


# --------------------------------------------------------------------------- measurement


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return round(peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024, 1)


def timed(fn, *args):
    t0 = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=200, help="number of articles (default 200)")
    ap.add_argument("--words", type=int, default=400, help="approximate words per synthetic article (default 400)")
    ap.add_argument("--source", choices=["synthetic", "examples"], default="synthetic")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--model", default=None, help="spaCy model (default: narrascope's)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="time each path this many times, alternating, and keep the fastest (default 1)")
    ap.add_argument("--batch-size", type=int, default=None, help="nlp.pipe batch size for the baseline")
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("--n must be at least 1")

    try:
        from narrascope import pipeline
    except ImportError as exc:
        print(f"cannot import narrascope.pipeline ({exc}); run `make setup` first", file=sys.stderr)
        return 2
    analyze_texts = getattr(pipeline, "analyze_texts", None)
    if analyze_texts is None:
        print("narrascope.pipeline.analyze_texts(texts) -> list[Article] does not exist yet; "
              "the benchmark measures that entry point", file=sys.stderr)
        return 2
    from narrascope.nlp import DEFAULT_MODEL, load_pipeline

    model = args.model or DEFAULT_MODEL
    if args.source == "synthetic":
        texts, planted = synthetic_corpus(args.n, args.words, args.seed)
    else:
        texts, planted = examples_corpus(args.n), None
    n_words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} {args.source} articles, {n_words / len(texts):.0f} words on average; "
          f"model {model}; python {platform.python_version()}; {os.cpu_count()} cpus", file=sys.stderr)

    rss_start = peak_rss_mb()
    nlp = load_pipeline(model)  # loaded once, shared by both paths; not timed
    pipe_kwargs = {"batch_size": args.batch_size} if args.batch_size else {}
    warm = texts[: min(3, len(texts))]
    list(nlp.pipe(warm, **pipe_kwargs))
    result: dict[str, object] = {"n": len(texts), "source": args.source, "words_per_article": round(n_words / len(texts))}
    try:
        analyze_texts(warm)
    except Exception as exc:  # the benchmark reports any pipeline failure as a result, then exits 1
        traceback.print_exc()
        print(f"narrascope pipeline failed on the warm-up texts: {type(exc).__name__}: {exc}", file=sys.stderr)
        result.update(articles_per_s=None, baseline_articles_per_s=None, ratio=None,
                      error=f"{type(exc).__name__}: {exc}")
        print(json.dumps(result))
        return 1
    rss_loaded = peak_rss_mb()

    base_s = ns_s = float("inf")
    articles = []
    for _ in range(max(1, args.repeat)):
        docs, t = timed(lambda: list(nlp.pipe(texts, **pipe_kwargs)))
        del docs
        base_s = min(base_s, t)
        rss_baseline = peak_rss_mb()
        articles, t = timed(analyze_texts, texts)
        ns_s = min(ns_s, t)
        rss_pipeline = peak_rss_mb()

    quotes = sum(len(a.quotes) for a in articles)
    claims = sum(len(a.claims) for a in articles)
    aps = len(texts) / ns_s
    bps = len(texts) / base_s
    print(f"baseline  nlp.pipe:      {base_s:7.2f} s  {bps:6.2f} articles/s", file=sys.stderr)
    print(f"narrascope analyze_texts:{ns_s:7.2f} s  {aps:6.2f} articles/s  "
          f"({len(articles)} articles, {quotes} quotes"
          f"{f' of {planted} planted' if planted is not None else ''}, {claims} claims)", file=sys.stderr)
    print(f"peak RSS: {rss_start} MB at start, {rss_loaded} MB after loading, "
          f"{rss_baseline} MB after baseline, {rss_pipeline} MB after narrascope", file=sys.stderr)
    result.update(
        articles_per_s=round(aps, 3),
        baseline_articles_per_s=round(bps, 3),
        ratio=round(aps / bps, 3),
        seconds=round(ns_s, 3),
        baseline_seconds=round(base_s, 3),
        articles=len(articles),
        quotes=quotes,
        quotes_planted=planted,
        claims=claims,
        peak_rss_mb=rss_pipeline,
        peak_rss_mb_after_baseline=rss_baseline,
        repeat=max(1, args.repeat),
        model=model,
    )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
