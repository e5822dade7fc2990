"""Story clustering and cross-outlet comparison on hand-made articles (no spaCy needed)."""

from __future__ import annotations

from narrascope.model import Article, Claim, Entity, Mention
from narrascope.stories import cluster_articles, compare, find_stories

ENTS = {
    "e_nor": Entity(id="e_nor", name="Norland", type="GPE"),
    "e_ost": Entity(id="e_ost", name="Ostmark", type="GPE"),
    "e_west": Entity(id="e_west", name="the West", type="GROUP"),
    "e_club": Entity(id="e_club", name="Harbour City FC", type="ORG"),
}


def art(aid: str, outlet: str, text: str, ents: list[str], published: str | None = "2025-03-10", claims=()) -> Article:
    mentions = [Mention(entity=e, start=0, end=1, text=text[0]) for e in ents]
    return Article(id=aid, source=f"{aid}.txt", outlet=outlet, text=text, published=published,
                   mentions=mentions, claims=list(claims))


ELECTION = (
    "Thousands protested in the Norland capital against the disputed parliamentary election result. "
    "Ostmark accused Western governments of meddling in the Norland election and of funding the protests."
)
ELECTION2 = (
    "Norland opposition supporters rallied for a third night against the election result, "
    "while officials in the West accused Ostmark of meddling in Norland and stoking the protests."
)
FOOTBALL = "Harbour City FC won the cup final on penalties after a goalless draw at the national stadium."


def claim(agent, ctype, target):
    return Claim(type=ctype, agent=agent, target=target, text="x", start=0, end=1)


def test_stories_same_event_joins_and_unrelated_stays_apart():
    arts = [
        art("a1", "Ledger", ELECTION, ["e_nor", "e_ost", "e_west"]),
        art("a2", "Wire", ELECTION2, ["e_nor", "e_ost", "e_west"]),
        art("a3", "Sports Daily", FOOTBALL, ["e_club"]),
    ]
    groups = cluster_articles(arts)
    assert sorted(map(sorted, groups)) == [[0, 1], [2]]


def test_stories_date_window_keeps_distant_articles_apart():
    arts = [
        art("a1", "Ledger", ELECTION, ["e_nor", "e_ost"], published="2025-03-10"),
        art("a2", "Wire", ELECTION2, ["e_nor", "e_ost"], published="2025-06-30"),
    ]
    assert sorted(map(sorted, cluster_articles(arts))) == [[0], [1]]


def test_stories_comparison_finds_mirrored_blame_and_exclusive_entities():
    a1 = art("a1", "State TV", ELECTION, ["e_nor", "e_ost", "e_west"], claims=[claim("e_ost", "accuse", "e_west")])
    a2 = art("a2", "Free Press", ELECTION2, ["e_nor", "e_ost", "e_west", "e_club"],
             claims=[claim("e_west", "accuse", "e_ost")])
    comp = compare([a1, a2], ENTS)
    assert comp["shared_entities"] == ["Norland", "Ostmark", "the West"]
    assert comp["only_in"]["Free Press"] == ["Harbour City FC"]
    assert comp["only_in"]["State TV"] == []
    assert len(comp["mirrored_claims"]) == 1
    m = comp["mirrored_claims"][0]
    assert m["State TV"] == {"agent": "Ostmark", "type": "accuse", "target": "the West"}
    assert m["Free Press"] == {"agent": "the West", "type": "accuse", "target": "Ostmark"}


def test_stories_find_stories_skips_singletons_and_ids_are_stable():
    arts = [
        art("a1", "Ledger", ELECTION, ["e_nor", "e_ost"]),
        art("a2", "Wire", ELECTION2, ["e_nor", "e_ost"]),
        art("a3", "Sports Daily", FOOTBALL, ["e_club"]),
    ]
    s1 = find_stories(arts, ENTS)
    s2 = find_stories(list(reversed(arts)), ENTS)
    assert len(s1) == 1 and s1[0].outlets == ["Ledger", "Wire"]
    assert s1[0].id == s2[0].id
