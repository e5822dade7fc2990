"""The analysis driver: ingest -> clean -> describe -> spaCy -> extract -> link -> store.

Data moves one way through typed calls. Each extractor is a pure function over a
spaCy ``Doc``; this module is the only place that strings them together, keeps a
bad article from sinking the batch, and writes to the store.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from narrascope.clean import clean_text, load_patterns
from narrascope.entities import EntityIndex, find_entities, link_corpus
from narrascope.errors import InputRejected, NarrascopeError, StoreError
from narrascope.ingest import read_inputs
from narrascope.metadata import describe
from narrascope.model import (
    Article,
    Document,
    Entity,
    ErrorRecord,
    InputError,
    Label,
    Quote,
    RawDocument,
    article_id,
)
from narrascope.nlp import DEFAULT_MODEL, doc_text, load_pipeline
from narrascope.store.base import referenced_entities
from narrascope.timex import as_date

if TYPE_CHECKING:
    from spacy.language import Language

    from narrascope.store.base import Store

log = logging.getLogger(__name__)

BATCH_SIZE = 16
# articles linked and stored together (see run())
LINK_CHUNK = 256
# longer inputs are rejected: a news article is rarely over 50,000 characters,
# and quote/claim extraction time grows faster than linearly with length
MAX_CHARS = 200_000

ProgressFn = Callable[[int, str], None]


@dataclass
class Options:
    """Everything a run can be told; the CLI fills it from its flags."""

    allow_urls: bool = False
    patterns: str | None = None        # extra cleaning-pattern file (JSONL) extending the shipped one
    aliases: str | None = None         # user alias / gazetteer file (JSONL)
    model: str = DEFAULT_MODEL
    stories: bool = True


@dataclass
class Draft:
    """One analysed article before corpus-level entity linking."""

    raw: RawDocument
    article: Article
    index: EntityIndex


@dataclass
class RunResult:
    document: Document
    new_articles: int = 0


def _entity_options(options: Options) -> dict:
    if not options.aliases:
        return {}
    from narrascope.entities import load_gazetteer

    return {"gazetteer": load_gazetteer(options.aliases)}


def analyze_raws(
    raws: Iterable[RawDocument],
    *,
    nlp: Language,
    options: Options,
    errors: list[ErrorRecord],
    progress: ProgressFn | None = None,
) -> Iterator[Draft]:
    """Analyse each raw document; a failure is recorded in ``errors`` and the batch goes on."""
    from narrascope.claims import find_claims
    from narrascope.quotes import find_quotes

    patterns = load_patterns(options.patterns)
    ent_kwargs = _entity_options(options)
    done = 0
    iterator = iter(raws)
    while batch := list(islice(iterator, BATCH_SIZE)):
        prepared = []
        for raw in batch:
            try:
                if len(raw.text) > MAX_CHARS:
                    raise InputRejected(
                        raw.source, f"too long for one article: {len(raw.text):,} characters (limit {MAX_CHARS:,}); split it"
                    )
                cleaned = clean_text(raw.text, patterns=patterns)
                if not cleaned.text.strip():
                    raise InputRejected(raw.source, "no article text left after cleaning")
                prepared.append((raw, cleaned, describe(raw, cleaned)))
            except InputRejected as exc:
                errors.append(ErrorRecord(source=raw.source, error=exc.reason))
        for (raw, cleaned, desc), doc in zip(prepared, _parse_all(nlp, [c.text for _, c, _ in prepared])):
            done += 1
            if progress:
                progress(done, raw.source)
            published = as_date(desc.published)
            try:
                if isinstance(doc, Exception):
                    raise doc
                index = find_entities(doc, **ent_kwargs)
                quotes = find_quotes(doc, index, published=published)
                claims = find_claims(doc, index, quotes, published=published)
                labels = _labels(doc, quotes)
            # One bad article never sinks a batch: whatever an extractor raised on
            # this text is reported against this input, and the run goes on.
            except Exception as exc:  # noqa: BLE001
                log.debug("analysis failed for %s", raw.source, exc_info=True)
                errors.append(
                    ErrorRecord(source=raw.source, error=f"analysis failed: {type(exc).__name__}: {exc}")
                )
                continue
            article = Article(
                id=article_id(raw.text, desc.outlet),
                source=raw.source,
                outlet=desc.outlet,
                outlet_basis=desc.outlet_basis,
                title=desc.title,
                published=desc.published,
                published_basis=desc.published_basis,
                authors=desc.authors,
                contributors=desc.contributors,
                language=desc.language,
                text=cleaned.text,
                removed=[*raw.removed, *cleaned.removed],
                mentions=index.mentions,
                quotes=quotes,
                claims=claims,
                url=desc.url,
                format=raw.format,
                labels=labels,
            )
            yield Draft(raw=raw, article=article, index=index)


# Up to this many stored articles, stories are recomputed over the whole store;
# above it, only over the articles near this run's dates (the clustering is
# quadratic in the number of articles it sees).
STORY_WHOLE_STORE = 3000


def _restory(store: Store, run_articles: list[Article], entities: dict[str, Entity]) -> list:
    """Recompute stories after a run and store them; returns the recomputed ones."""
    from narrascope.stories import MAX_DAYS, find_stories

    everything = store.articles()
    if len(everything) <= STORY_WHOLE_STORE:
        stories = find_stories(everything, entities)
        store.save_stories(stories)
        return stories
    dates = [d for a in run_articles if (d := as_date(a.published))]
    run_ids = {a.id for a in run_articles}
    if dates:
        lo, hi = min(dates) - dt.timedelta(days=MAX_DAYS), max(dates) + dt.timedelta(days=MAX_DAYS)
        near = [a for a in everything if a.id in run_ids or ((d := as_date(a.published)) and lo <= d <= hi)]
    else:
        near = [a for a in everything if a.id in run_ids]
    near_ids = {a.id for a in near}
    kept = [s for s in store.stories() if not near_ids.intersection(s.articles)]
    stories = find_stories(near, entities)
    store.save_stories(kept + stories)
    return stories


def _parse_all(nlp: Language, texts: list[str]) -> list:
    """Parse a batch with ``nlp.pipe``; if spaCy fails on the batch, parse each
    text alone so that only the text it fails on is lost (its exception is
    returned in its place)."""
    try:
        return list(nlp.pipe(texts))
    except Exception:  # noqa: BLE001 - fall back to one text at a time
        out: list = []
        for t in texts:
            try:
                out.append(nlp(t))
            except Exception as exc:  # noqa: BLE001
                out.append(exc)
        return out


def _labels(doc, quotes: list[Quote]) -> list[Label]:
    """Scare quotes and labels as records (the rule is quotes.find_scare_quotes)."""
    from narrascope.quotes import find_scare_quotes

    text = doc_text(doc)
    return [Label(text=text[s:e], start=s, end=e) for s, e in find_scare_quotes(doc, quotes)]


def remap_article(article: Article, remap: dict[str, str]) -> Article:
    """Rewrite article-level entity ids to corpus ids in every record of ``article``."""

    def m(eid: str | None) -> str | None:
        return remap.get(eid, eid) if eid else eid

    return article.model_copy(
        update={
            "mentions": [x.model_copy(update={"entity": m(x.entity)}) for x in article.mentions],
            "quotes": [
                q.model_copy(update={"speaker": m(q.speaker), "medium": m(q.medium)})
                for q in article.quotes
            ],
            "claims": [
                c.model_copy(
                    update={"agent": m(c.agent), "target": m(c.target), "attributed_to": m(c.attributed_to)}
                )
                for c in article.claims
            ],
        }
    )


def link(drafts: list[Draft], existing: list[Entity]) -> tuple[list[Article], list[Entity]]:
    """Corpus-level entity linking; returns the remapped articles and the corpus entities."""
    result = link_corpus([d.index for d in drafts], existing)
    articles = [remap_article(d.article, result.remap) for d in drafts]
    by_id = {e.id: e for e in result.entities}
    for e in list(by_id.values()):
        if e.stands_for and e.stands_for in result.remap:
            by_id[e.id] = e.model_copy(update={"stands_for": result.remap[e.stands_for]})
    return articles, list(by_id.values())


def run(
    paths: list[str],
    *,
    store: Store,
    options: Options | None = None,
    stdin=None,
    progress: ProgressFn | None = None,
) -> RunResult:
    """Analyse ``paths`` into ``store``; return the JSON document of this run's articles.

    Rejected inputs land in ``document.errors`` (one line each); every other input
    is analysed and stored, one transaction per article.
    """
    options = options or Options()
    errors: list[ErrorRecord] = []
    # a run id: when it started, plus a random part so that concurrent runs never share one
    started = f"{dt.datetime.now(dt.timezone.utc).isoformat(timespec='seconds')}-{uuid.uuid4().hex[:8]}"

    def raws() -> Iterator[RawDocument]:
        for item in read_inputs(paths, allow_urls=options.allow_urls, stdin=stdin):
            if isinstance(item, InputError):
                errors.append(ErrorRecord(source=item.source, error=item.error))
            else:
                yield item

    nlp = load_pipeline(options.model)
    new = 0
    stored: list[Article] = []
    seen: set[str] = set()
    drafts_iter = analyze_raws(raws(), nlp=nlp, options=options, errors=errors, progress=progress)
    # Stored chunk by chunk: memory stays bounded on a large corpus and what is done
    # is saved as the run goes. Corpus linking of each chunk runs against every
    # entity already stored, so a surname still joins a full name from an earlier chunk.
    while chunk := list(islice(drafts_iter, LINK_CHUNK)):
        # The same article given twice in one run (same content) is analysed once.
        drafts = []
        for d in chunk:
            if d.article.id not in seen:
                seen.add(d.article.id)
                drafts.append(d)
        articles, entities = link(drafts, store.entities())
        store.save_entities(entities)
        for draft, article in zip(drafts, articles):
            # One transaction per article: a refused write loses this article only,
            # is reported against its input, and the run goes on.
            try:
                new += bool(store.save_article(article, draft.raw))
                stored.append(article)
            except StoreError as exc:
                errors.append(ErrorRecord(source=draft.raw.source, error=f"not stored: {exc}"))
    articles = stored
    if errors:
        # a run is identified by when it started; `narrascope show --errors` lists them
        store.save_errors(started, errors)

    all_entities = {e.id: e for e in store.entities()}
    stories = _restory(store, articles, all_entities) if options.stories and articles else []
    wanted = referenced_entities(articles, all_entities)
    run_ids = {a.id for a in articles}
    document = Document(
        articles=articles,
        entities=[e for e in all_entities.values() if e.id in wanted],
        stories=[s for s in stories if run_ids.intersection(s.articles)],
        errors=errors,
    )
    return RunResult(document=document, new_articles=new)


def analyze_texts(
    texts: list[str], *, options: Options | None = None, errors: list[ErrorRecord] | None = None
) -> list[Article]:
    """Analyse plain texts in memory (no store): the library entry point.

    Args:
        texts: article bodies (plain text; header lines such as ``title:`` are read).
        options: as for :func:`run`; stories are not computed here.
        errors: where to put texts that cannot be analysed (source ``<text N>``).
            Without it, any such text raises, so that the result always lines up
            with ``texts``.

    Returns:
        One Article per analysed text, in order, with corpus-linked entity ids.

    Raises:
        NarrascopeError: a text was rejected and no ``errors`` list was given.
    """
    options = options or Options(stories=False)
    nlp = load_pipeline(options.model)
    raws = (
        RawDocument(source=f"<text {i}>", format="text", raw=t, text=t) for i, t in enumerate(texts)
    )
    found: list[ErrorRecord] = []
    drafts = list(analyze_raws(raws, nlp=nlp, options=options, errors=found))
    if found and errors is None:
        raise NarrascopeError("; ".join(f"{e.source}: {e.error}" for e in found))
    if errors is not None:
        errors.extend(found)
    articles, _ = link(drafts, [])
    return articles