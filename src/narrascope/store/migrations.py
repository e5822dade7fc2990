"""Schema changes as named, recorded steps, applied in order (sqlite-utils style).

Each entry of ``MIGRATIONS`` is ``(version, name, sql)``. ``apply`` runs every
step whose version is not yet in ``schema_migrations``, each in its own
transaction together with the row that records it, so a failed step leaves the
store at the previous version. Never edit a released step: add a new one.

Layout (version 2):

- ``articles``: one row per article; ``record`` is the Article as JSON *without*
  its lists (removed, mentions, quotes, claims), which live in their own tables
  in their original order (``seq``). ``raw``/``raw_format``/``raw_source`` keep
  the input as the reader found it, beside the clean ``text``.
- ``removed``, ``mentions``, ``quotes``, ``claims``: one row per record, with the
  queried fields as columns and the whole record as JSON in ``record``.
- ``entities``, ``stories``: one row per record (JSON plus key columns).
- ``runs``/``errors``: the rejected inputs of each run.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "initial",
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            outlet TEXT,
            title TEXT,
            published TEXT,
            published_basis TEXT,
            language TEXT,
            text TEXT NOT NULL,
            record TEXT NOT NULL,
            raw TEXT,
            raw_format TEXT,
            added_at TEXT NOT NULL DEFAULT (datetime('now'))
        );
        CREATE INDEX articles_outlet ON articles(outlet);
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE mentions (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            entity TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX mentions_entity ON mentions(entity);
        CREATE INDEX mentions_article ON mentions(article_id);
        CREATE TABLE quotes (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL, speaker TEXT, cue TEXT, date TEXT,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            record TEXT NOT NULL
        );
        CREATE INDEX quotes_speaker ON quotes(speaker);
        CREATE TABLE claims (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            type TEXT NOT NULL, agent TEXT, target TEXT, attributed_to TEXT, negated INTEGER, date TEXT,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            record TEXT NOT NULL
        );
        CREATE INDEX claims_agent ON claims(agent);
        CREATE INDEX claims_target ON claims(target);
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            record TEXT NOT NULL
        );
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            record TEXT NOT NULL
        );
        """,
    ),
    (
        2,
        "ordered derived rows, removed pieces, run errors",
        """
        ALTER TABLE mentions ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE quotes ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE claims ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX quotes_article ON quotes(article_id, seq);
        CREATE INDEX claims_article ON claims(article_id, seq);
        CREATE TABLE removed (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            record TEXT NOT NULL
        );
        CREATE INDEX removed_article ON removed(article_id, seq);
        ALTER TABLE articles ADD COLUMN raw_source TEXT;
        ALTER TABLE articles ADD COLUMN updated_at TEXT;
        CREATE TABLE errors (
            run_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            source TEXT NOT NULL,
            error TEXT NOT NULL,
            added_at TEXT NOT NULL DEFAULT (datetime('now')),
            PRIMARY KEY (run_id, seq)
        );
        """,
    ),
]

LATEST = MIGRATIONS[-1][0]

_LEDGER = (
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
    "applied_at TEXT NOT NULL DEFAULT (datetime('now')))"
)


def _statements(sql: str) -> list[str]:
    """Split a migration script into complete statements (no ``executescript``:
    it commits on its own, and a step must stay inside its transaction)."""
    out: list[str] = []
    buf = ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


def apply(con: sqlite3.Connection) -> list[str]:
    """Apply every migration newer than the recorded ones, each in its own transaction.

    ``con`` must be in autocommit mode (``isolation_level=None``); transactions
    are explicit here. Returns the names of the steps applied now.
    """
    con.execute(_LEDGER)
    done = {r[0] for r in con.execute("SELECT version FROM schema_migrations")}
    applied: list[str] = []
    for version, name, sql in MIGRATIONS:
        if version in done:
            continue
        con.execute("BEGIN IMMEDIATE")
        # another process may have applied it between our read and our lock
        if con.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (version,)).fetchone():
            con.execute("ROLLBACK")
            continue
        try:
            for stmt in _statements(sql):
                con.execute(stmt)
            con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", (version, name))
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
        applied.append(name)
    return applied


def current_version(con: sqlite3.Connection) -> int:
    """The highest recorded schema version (0 for a fresh file)."""
    row = con.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def recorded(con: sqlite3.Connection) -> list[tuple[int, str]]:
    """``(version, name)`` of every applied step, in order."""
    return [(int(v), n) for v, n in con.execute("SELECT version, name FROM schema_migrations ORDER BY version")]
