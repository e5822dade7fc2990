"""Stories: which articles tell the same story, and a first comparison across outlets.

Articles are represented by TF-IDF over their words plus their canonical entity
ids (so "Vučić" in one outlet and "Vucic" in another count as the same), joined
by average-linkage agglomerative clustering on cosine distance, with a date
window: two articles published more than ``max_days`` apart are never joined.

The comparison per story is deliberately plain and checkable: per outlet, the
entities it names, who it quotes and its claims as (agent, type, target)
triples; the entities every outlet names and those only one names; and
"mirrored" claims where one outlet has A -> B and another B -> A for the same
kind of claim (A blames B in one outlet, B blames A in another).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np
from scipy.sparse import hstack
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from narrascope.model import Article, Entity, Story, content_id
from narrascope.timex import as_date

# Cosine distance under which two articles are one story. Chosen on invented
# examples (examples/corpus) and documented in docs/stories.md; tests check that
# related articles join and unrelated ones stay apart.
DISTANCE_THRESHOLD = 0.8
MAX_DAYS = 7
ENTITY_WEIGHT = 1.0  # weight of the entity block against the word block

# Claim types that blame someone: used to find mirrored accusations.
BLAME_TYPES = {"accuse", "condemn", "destabilize", "meddle", "provoke", "attack", "threaten", "sanction"}


def _entity_doc(a: Article) -> str:
    return " ".join(m.entity for m in a.mentions)


def _vectors(articles: Sequence[Article]):
    words = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1, ngram_range=(1, 1))
    w = words.fit_transform([a.text for a in articles])
    ent_docs = [_entity_doc(a) for a in articles]
    if any(ent_docs):
        ents = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, sublinear_tf=True)
        e = ents.fit_transform(ent_docs) * ENTITY_WEIGHT
        w = hstack([w, e]).tocsr()
    return normalize(w)


def cluster_articles(
    articles: Sequence[Article], *, threshold: float = DISTANCE_THRESHOLD, max_days: int = MAX_DAYS
) -> list[list[int]]:
    """Group article indexes into stories (clusters of size >= 1), largest first."""
    n = len(articles)
    if n == 0:
        return []
    if n == 1:
        return [[0]]
    x = _vectors(articles)
    dist = 1.0 - (x @ x.T).toarray()
    np.clip(dist, 0.0, 2.0, out=dist)
    days = np.array([d.toordinal() if (d := as_date(a.published)) else np.nan for a in articles])
    apart = np.abs(days[:, None] - days[None, :]) > max_days     # NaN (undated) compares False
    dist[apart] = 2.0
    np.fill_diagonal(dist, 0.0)
    labels = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=threshold
    ).fit_predict(dist)
    groups: dict[int, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        groups[int(label)].append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def _label(members: Sequence[Article], entities: dict[str, Entity]) -> str:
    counts: Counter[str] = Counter()
    for a in members:
        counts.update({m.entity for m in a.mentions})
    # ties broken by name, so the same corpus always gets the same label
    ranked = sorted((e for e in counts if e in entities), key=lambda e: (-counts[e], entities[e].name))
    names = [entities[e].name for e in ranked][:4]
    return ", ".join(names) if names else (members[0].title or members[0].source)


def compare(members: Sequence[Article], entities: dict[str, Entity]) -> dict:
    """The per-outlet comparison of one story (see the module docstring)."""

    def name(eid: str | None) -> str | None:
        return entities[eid].name if eid and eid in entities else None

    by_outlet: dict[str, list[Article]] = defaultdict(list)
    for a in members:
        by_outlet[a.outlet or a.source].append(a)

    per_outlet = {}
    entity_sets: dict[str, set[str]] = {}
    triples: dict[str, set[tuple[str, str, str]]] = {}
    for outlet, arts in by_outlet.items():
        ents = {m.entity for a in arts for m in a.mentions}
        entity_sets[outlet] = ents
        speakers = Counter(name(q.speaker) for a in arts for q in a.quotes if q.speaker)
        claims = [
            {
                "type": c.type,
                "agent": name(c.agent),
                "target": name(c.target),
                "attributed_to": name(c.attributed_to),
                "negated": c.negated,
                "article": a.id,
                "text": c.text,
            }
            for a in arts
            for c in a.claims
        ]
        triples[outlet] = {
            (c.agent, c.type, c.target) for a in arts for c in a.claims if c.agent and c.target and not c.negated
        }
        per_outlet[outlet] = {
            "articles": [a.id for a in arts],
            "entities": sorted(filter(None, (name(e) for e in ents))),
            "speakers": dict(speakers.most_common()),
            "claims": claims,
        }

    outlets = list(by_outlet)
    shared = set.intersection(*entity_sets.values()) if entity_sets else set()
    only_in = {
        o: sorted(filter(None, (name(e) for e in entity_sets[o] - set().union(*(entity_sets[p] for p in outlets if p != o)))))
        for o in outlets
    }
    mirrored = []
    for i, o1 in enumerate(outlets):
        for o2 in outlets[i + 1 :]:
            for agent, ctype, target in triples[o1]:
                if ctype not in BLAME_TYPES:
                    continue
                for agent2, ctype2, target2 in triples[o2]:
                    if ctype2 in BLAME_TYPES and agent2 == target and target2 == agent:
                        mirrored.append(
                            {
                                o1: {"agent": name(agent), "type": ctype, "target": name(target)},
                                o2: {"agent": name(agent2), "type": ctype2, "target": name(target2)},
                            }
                        )
    return {
        "per_outlet": per_outlet,
        "shared_entities": sorted(filter(None, (name(e) for e in shared))),
        "only_in": only_in,
        "mirrored_claims": mirrored,
    }


def find_stories(articles: Sequence[Article], entities: dict[str, Entity], *, min_articles: int = 2) -> list[Story]:
    """Cluster ``articles`` into stories of at least ``min_articles`` and compare their outlets."""
    stories = []
    for group in cluster_articles(articles):
        if len(group) < min_articles:
            continue
        members = [articles[i] for i in group]
        ids = sorted(a.id for a in members)
        outlets = sorted({a.outlet for a in members if a.outlet})
        stories.append(
            Story(
                id=content_id("story", *ids),
                label=_label(members, entities),
                articles=[a.id for a in members],
                outlets=outlets,
                comparison=compare(members, entities),
            )
        )
    return stories
