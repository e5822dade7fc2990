"""The SQLite store: idempotent re-runs, one transaction per article, migrations, round trips."""

from __future__ import annotations

import sqlite3

import pytest

from narrascope.errors import StoreError, UnknownName
from narrascope.model import (
    Article,
    Claim,
    Entity,
    ErrorRecord,
    Mention,
    Quote,
    RawDocument,
    Removed,
    Story,
    article_id,
)
from narrascope.store import BACKENDS, SQLiteStore, open_store, register_backend
from narrascope.store import migrations
from narrascope.store.base import Store

TEXT = 'Aleksandar Vucic said on Monday that "Serbia will not bow." The Kremlin denied the report.'


def make_article(text: str = TEXT, source: str = "a.txt", **extra) -> Article:
    def span(s: str) -> tuple[int, int]:
        i = text.index(s)
        return i, i + len(s)

    v0, v1 = span("Aleksandar Vucic")
    k0, k1 = span("The Kremlin")
    q0, q1 = span("Serbia will not bow.")
    c0, c1 = span("The Kremlin denied the report.")
    fields = dict(
        id=article_id(text),
        source=source,
        outlet="The Example Times",
        title="Vucic defiant",
        published="2024-03-04",
        published_basis="header",
        authors=["Ann Writer"],
        contributors=["Reuters"],
        text=text,
        removed=[Removed(kind="appeal", text="Support us!"), Removed(kind="byline", text="By Ann Writer", start=0, end=13)],
        mentions=[
            Mention(entity="ent_vucic", start=v0, end=v1, text=text[v0:v1]),
            Mention(entity="ent_kremlin", start=k0, end=k1, text=text[k0:k1]),
        ],
        quotes=[
            Quote(kind="direct", text=text[q0:q1], start=q0, end=q1, speaker="ent_vucic",
                  speaker_text="Aleksandar Vucic", cue="said", date="2024-03-04", speaker_kind="named"),
        ],
        claims=[
            Claim(type="deny", agent="ent_kremlin", target=None, text=text[c0:c1], start=c0, end=c1,
                  negated=False, hedged=True, trigger="denied"),
        ],
        url="https://example.org/a",
        format="text",
    )
    fields.update(extra)
    return Article(**fields)


ENTITIES = [
    Entity(id="ent_vucic", name="Aleksandar Vucic", type="PERSON", aliases=["Vucic"], roles=["President of Serbia"]),
    Entity(id="ent_kremlin", name="the Kremlin", type="ORG", stands_for="ent_russia"),
    Entity(id="ent_russia", name="Russia", type="GPE"),
    Entity(id="ent_other", name="Nobody Here", type="PERSON"),
]


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "n.db") as s:
        yield s


def count(store: SQLiteStore, table: str) -> int:
    return store.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_store_satisfies_protocol(store):
    assert isinstance(store, Store)


def test_store_round_trip_article_equality(store):
    art = make_article()
    raw = RawDocument(source="a.txt", format="text", raw="HEADER\n\n" + TEXT, text=TEXT)
    assert store.save_article(art, raw) is True
    assert store.articles() == [art]
    assert store.article(art.id) == art
    assert store.raw(art.id) == raw.raw


def test_store_round_trip_survives_reopen(tmp_path):
    art = make_article()
    with open_store(tmp_path / "n.db") as s:
        s.save_article(art)
        s.save_entities(ENTITIES)
    with open_store(tmp_path / "n.db") as s:
        assert s.articles() == [art]
        assert {e.id for e in s.entities()} == {e.id for e in ENTITIES}
        assert s.applied_migrations == []  # nothing to apply on the second open


def test_store_rerun_is_idempotent(store):
    art = make_article()
    assert store.save_article(art) is True
    assert store.save_article(art) is False
    assert count(store, "articles") == 1
    assert count(store, "quotes") == 1
    assert count(store, "mentions") == 2
    assert count(store, "removed") == 2
    assert store.con.execute("SELECT updated_at FROM articles").fetchone()[0] is None  # no-op re-save


def test_store_reanalysis_replaces_derived_rows(store):
    art = make_article()
    store.save_article(art, RawDocument(source="a.txt", format="text", raw="RAW", text=TEXT))
    newer = art.model_copy(update={"quotes": [], "claims": art.claims * 2})
    assert store.save_article(newer) is False
    assert count(store, "articles") == 1
    assert count(store, "quotes") == 0
    assert count(store, "claims") == 2
    assert store.article(art.id) == newer
    assert store.raw(art.id) == "RAW"  # raw kept when the re-save brings none


def test_store_failure_mid_article_rolls_back_that_article_only(store, monkeypatch):
    first = make_article()
    store.save_article(first)
    second = make_article(TEXT + " Later text.", source="b.txt")

    original = SQLiteStore._insert_lists

    def broken(self, con, a):
        con.execute("INSERT INTO removed (article_id, seq, kind, text, record) VALUES (?,?,?,?,?)",
                    (a.id, 0, "x", "x", "{}"))
        raise RuntimeError("boom during quote insert")

    monkeypatch.setattr(SQLiteStore, "_insert_lists", broken)
    with pytest.raises(RuntimeError, match="boom"):
        store.save_article(second)
    # a failed re-analysis of a stored article keeps the stored version too
    with pytest.raises(RuntimeError):
        store.save_article(first.model_copy(update={"quotes": []}))
    monkeypatch.setattr(SQLiteStore, "_insert_lists", original)

    assert store.articles() == [first]
    assert count(store, "articles") == 1
    assert count(store, "removed") == len(first.removed)
    assert store.con.execute("SELECT count(*) FROM quotes WHERE article_id = ?", (second.id,)).fetchone()[0] == 0
    # and the store still works afterwards
    assert store.save_article(second) is True
    assert len(store.articles()) == 2


def test_store_sqlite_error_becomes_store_error(store, monkeypatch):
    art = make_article()
    bad = art.model_copy(update={"quotes": [art.quotes[0].model_copy(update={"kind": None})]})  # NOT NULL violated
    with pytest.raises(StoreError, match=art.id):
        store.save_article(bad)
    assert count(store, "articles") == 0


def test_store_migrations_recorded(store):
    assert store.migrations() == [(v, n) for v, n, _ in migrations.MIGRATIONS]
    assert store.schema_version() == migrations.LATEST
    assert [n for _, n in store.migrations()][0] == "initial"


def test_store_upgrades_a_version_1_file(tmp_path):
    path = tmp_path / "old.db"
    con = sqlite3.connect(path, isolation_level=None)
    con.execute(migrations._LEDGER)
    for stmt in migrations._statements(migrations.MIGRATIONS[0][2]):
        con.execute(stmt)
    con.execute("INSERT INTO schema_migrations (version, name) VALUES (1, 'initial')")
    art = make_article()
    # a version-1 row keeps its lists inside the record
    con.execute(
        "INSERT INTO articles (id, source, text, record) VALUES (?,?,?,?)",
        (art.id, art.source, art.text, art.model_dump_json()),
    )
    con.close()
    with open_store(path) as s:
        assert s.schema_version() == migrations.LATEST
        assert s.applied_migrations == [n for v, n, _ in migrations.MIGRATIONS if v > 1]
        assert s.articles() == [art]


def test_store_wal_and_foreign_keys_on(store):
    assert store.con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.con.execute("PRAGMA foreign_keys").fetchone()[0] == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"this is a plain text file, not a database\n" * 20, "not an SQLite database"),
        (b"SQLite format 3\x00" + b"\x00" * 50, "cannot be used as a narrascope store"),
    ],
)
def test_store_rejects_non_database_file(tmp_path, content, message):
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=message) as info:
        open_store(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == content  # untouched


def test_store_rejects_foreign_sqlite_database(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE things (x)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not a narrascope store"):
        open_store(path)


def test_store_rejects_newer_schema(tmp_path):
    path = tmp_path / "new.db"
    open_store(path).close()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future')")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match=r"version 999.*upgrade narrascope") as info:
        open_store(path)
    assert str(path) in str(info.value)


def test_store_rejects_directory(tmp_path):
    with pytest.raises(StoreError, match="is a directory"):
        open_store(tmp_path)


def test_store_entity_upsert_merges_aliases_and_roles(store):
    store.save_entities([Entity(id="e1", name="Vucic", type="PERSON", aliases=["Vucic", "@AVucic"], roles=["president"])])
    store.save_entities([Entity(id="e1", name="Aleksandar Vucic", type="PERSON", aliases=["Aleksandar Vucic", "Vucic"],
                                roles=["leader of the SNS"])])
    (e,) = store.entities()
    assert e.name == "Aleksandar Vucic"
    assert e.aliases == ["Vucic", "@AVucic", "Aleksandar Vucic"]
    assert e.roles == ["president", "leader of the SNS"]


def test_store_entity_upsert_keeps_stands_for(store):
    store.save_entities([Entity(id="k", name="the Kremlin", type="ORG", stands_for="ru")])
    store.save_entities([Entity(id="k", name="the Kremlin", type="ORG")])
    assert store.entities()[0].stands_for == "ru"


def test_store_article_by_prefix(store):
    a = make_article()
    b = make_article(TEXT + " More.", source="b.txt")
    store.save_article(a)
    store.save_article(b)
    common = next(i for i, (x, y) in enumerate(zip(a.id, b.id)) if x != y)
    assert store.article(a.id[: common + 1]) == a
    assert store.article(b.id[: common + 1]) == b
    assert store.article(a.id) == a
    assert store.article(a.id.removeprefix("art_")) == a
    assert store.article("art_") is None  # ambiguous
    assert store.article("zzz") is None
    assert store.article("") is None


def test_store_article_prefix_underscore_is_literal(store):
    a = make_article()
    store.save_article(a)
    # "_" is a LIKE wildcard; a prefix match must treat it literally
    assert store.article("art" + "x" + a.id[4:10]) is None


def test_store_article_summaries(store):
    a = make_article()
    store.save_article(a)
    (row,) = store.article_summaries()
    assert row["id"] == a.id
    assert row["outlet"] == "The Example Times"
    assert (row["quotes"], row["claims"], row["mentions"]) == (1, 1, 2)
    assert row["published"] == "2024-03-04"


def test_store_document_restricts_entities_to_chosen_articles(store):
    a = make_article()
    text = "Nobody Here spoke."
    b = Article(id=article_id(text), source="b.txt", text=text,
                mentions=[Mention(entity="ent_other", start=0, end=11, text="Nobody Here")])
    store.save_article(a)
    store.save_article(b)
    store.save_entities(ENTITIES)
    store.save_stories([Story(id="s1", label="Vucic", articles=[a.id], outlets=["The Example Times"])])

    doc = store.document([a.id])
    assert [x.id for x in doc.articles] == [a.id]
    # the Kremlin stands for Russia, so Russia comes along
    assert {e.id for e in doc.entities} == {"ent_vucic", "ent_kremlin", "ent_russia"}
    assert [s.id for s in doc.stories] == ["s1"]

    everything = store.document()
    assert len(everything.articles) == 2
    assert "ent_other" in {e.id for e in everything.entities}
    assert store.document([b.id]).stories == []


def test_store_stories_replaced(store):
    store.save_stories([Story(id="s1", label="one", comparison={"x": {"y": [1, 2]}})])
    store.save_stories([Story(id="s2", label="two")])
    assert [s.id for s in store.stories()] == ["s2"]


def test_store_errors_per_run(store):
    store.save_errors("run1", [ErrorRecord(source="bad.bin", error="binary file")])
    store.save_errors("run2", [ErrorRecord(source="x.html", error="no text")])
    assert store.errors("run1") == [ErrorRecord(source="bad.bin", error="binary file")]
    assert len(store.errors()) == 2
    assert store.document(run_id="run2").errors == [ErrorRecord(source="x.html", error="no text")]


def test_store_registry_unknown_backend_lists_known(tmp_path):
    with pytest.raises(UnknownName, match="known: .*sqlite"):
        open_store("postgres://localhost/db")


def test_store_registry_named_backend(tmp_path):
    path = tmp_path / "x.db"
    with open_store(f"sqlite:{path}") as s:
        assert isinstance(s, SQLiteStore)
    assert path.exists()
    calls = []
    register_backend("memo", lambda loc: calls.append(loc) or SQLiteStore(":memory:"))
    try:
        with open_store("memo:whatever") as s:
            s.save_article(make_article())
            assert len(s.articles()) == 1
        assert calls == ["whatever"]
    finally:
        BACKENDS.pop("memo")


def test_store_memory(tmp_path):
    with open_store(":memory:") as s:
        s.save_article(make_article())
        assert len(s.articles()) == 1


def test_concurrent_opens_of_a_fresh_store_all_succeed(tmp_path):
    """Several processes creating the same new store at once: each sees one schema."""
    import subprocess
    import sys

    db = tmp_path / "race.db"
    code = ("import sys; from narrascope.store import open_store\n"
            "with open_store(sys.argv[1]) as s: print(len(s.articles()))")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(6)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1].decode()[-300:] for o in outs]
