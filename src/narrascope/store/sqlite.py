"""SQLite implementation of the Store: WAL, foreign keys, one transaction per article.

Re-runs and re-analysis
    Article ids are content hashes of the clean text, so the same article saved
    twice is one row. ``save_article`` returns True only when the id is new.
    When the id is stored already:

    - an identical article (same record, same lists) is a no-op: nothing is written;
    - a different one (e.g. a newer pipeline found other quotes) *replaces* the
      article's record and its derived rows (removed pieces, mentions, quotes,
      claims) inside one transaction; ``updated_at`` records when. The raw input
      is replaced only when a new one is given, so it is never lost.

    Any error inside ``save_article`` rolls back that article only: what was
    stored before (including the previous version of the same article) stays.

Entities are upserted with aliases and roles merged; stories are replaced as a
whole (they are recomputed over the whole store).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from narrascope.errors import StoreError
from narrascope.model import Article, Claim, Document, Entity, ErrorRecord, Mention, Quote, RawDocument, Removed, Story
from narrascope.store import migrations
from narrascope.store.base import referenced_entities

SQLITE_MAGIC = b"SQLite format 3\x00"
# Article fields kept in their own tables, in order (not in articles.record).
LIST_FIELDS = ("removed", "mentions", "quotes", "claims")
BUSY_TIMEOUT_MS = 30_000


def _merge(old: list[str], new: list[str]) -> list[str]:
    """Union keeping first-seen order (old items first)."""
    return list(dict.fromkeys([*old, *new]))


def _check_file(path: Path) -> None:
    """Refuse, with a clear message, a path that cannot be an SQLite database."""
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a store file; give a file name such as {path / 'narrascope.db'}")
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
        if head != SQLITE_MAGIC:
            raise StoreError(
                f"{path} is not an SQLite database (it exists and holds something else); "
                "give another --db file name, or move this file away"
            )


class SQLiteStore:
    """A narrascope store in one SQLite file (or ``":memory:"``).

    Args:
        path: the database file; created (with its schema) when missing.

    Raises:
        StoreError: the file is not an SQLite database, is an SQLite database of
            something else, or has a newer schema than this narrascope knows.
    """

    backend = "sqlite"

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path) if str(path) != ":memory:" else Path(":memory:")
        memory = str(path) == ":memory:"
        if not memory:
            _check_file(self.path)
        try:
            # isolation_level=None: autocommit; every write transaction is explicit (BEGIN IMMEDIATE).
            self.con = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open the store ({exc})") from exc
        try:
            self.con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.con.execute("PRAGMA foreign_keys = ON")
            row = self.con.execute("PRAGMA journal_mode = WAL").fetchone()
            self.journal_mode: str | None = row[0] if row else None
            self.con.execute("PRAGMA synchronous = NORMAL")
            tables = {r[0] for r in self.con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if tables and "schema_migrations" not in tables:
                raise StoreError(
                    f"{path} is an SQLite database but not a narrascope store (no schema_migrations table; "
                    f"tables: {', '.join(sorted(tables)[:5])}); give another --db file name"
                )
            if tables:
                version = migrations.current_version(self.con)
                if version > migrations.LATEST:
                    raise StoreError(
                        f"{path} has store schema version {version}, newer than this narrascope knows "
                        f"({migrations.LATEST}); upgrade narrascope to open it"
                    )
            self.applied_migrations = migrations.apply(self.con)
        except sqlite3.DatabaseError as exc:
            self.con.close()
            raise StoreError(f"{path} cannot be used as a narrascope store: {exc}") from exc
        except StoreError:
            self.con.close()
            raise

    # ------------------------------------------------------------------ plumbing

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SQLiteStore({str(self.path)!r})"

    def close(self) -> None:
        self.con.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; rolled back on any exception, which propagates."""
        self.con.execute("BEGIN IMMEDIATE")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def schema_version(self) -> int:
        return migrations.current_version(self.con)

    def migrations(self) -> list[tuple[int, str]]:
        """``(version, name)`` of every applied schema step."""
        return migrations.recorded(self.con)

    # ------------------------------------------------------------------ articles

    def save_article(self, article: Article, raw: RawDocument | None = None) -> bool:
        """Store one article (record, raw input, removed pieces, mentions, quotes, claims) in one transaction.

        Args:
            article: the analysed article; its ``id`` is the content hash of its text.
            raw: the input as the reader found it, kept beside the clean text.

        Returns:
            True when the article is new; False when its id was stored already
            (then it is left as is when identical, or its derived rows are replaced).

        Raises:
            StoreError: SQLite refused the write; nothing of this article was
                written and what was stored before is intact.
        """
        try:
            with self._transaction() as con:
                row = con.execute("SELECT raw FROM articles WHERE id = ?", (article.id,)).fetchone()
                if row is None:
                    self._insert_article(con, article, raw)
                    self._insert_lists(con, article)
                    return True
                old = self._load_articles("WHERE a.id = ?", (article.id,))
                same_raw = raw is None or raw.raw == row[0]
                if old and old[0] == article and same_raw:
                    return False
                self._update_article(con, article, raw)
                for table in LIST_FIELDS:
                    con.execute(f"DELETE FROM {table} WHERE article_id = ?", (article.id,))
                self._insert_lists(con, article)
                return False
        except sqlite3.Error as exc:
            raise StoreError(
                f"{self.path}: could not store article {article.id} ({article.source}): {exc}; "
                "nothing of it was written"
            ) from exc

    @staticmethod
    def _record(article: Article) -> str:
        return article.model_dump_json(exclude=set(LIST_FIELDS))

    def _insert_article(self, con: sqlite3.Connection, a: Article, raw: RawDocument | None) -> None:
        con.execute(
            "INSERT INTO articles (id, source, outlet, title, published, published_basis, language, text, "
            "record, raw, raw_format, raw_source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (a.id, a.source, a.outlet, a.title, a.published, a.published_basis, a.language, a.text,
             self._record(a), raw.raw if raw else None, raw.format if raw else None, raw.source if raw else None),
        )

    def _update_article(self, con: sqlite3.Connection, a: Article, raw: RawDocument | None) -> None:
        con.execute(
            "UPDATE articles SET source=?, outlet=?, title=?, published=?, published_basis=?, language=?, "
            "text=?, record=?, updated_at=datetime('now') WHERE id=?",
            (a.source, a.outlet, a.title, a.published, a.published_basis, a.language, a.text,
             self._record(a), a.id),
        )
        if raw is not None:
            con.execute(
                "UPDATE articles SET raw=?, raw_format=?, raw_source=? WHERE id=?",
                (raw.raw, raw.format, raw.source, a.id),
            )

    def _insert_lists(self, con: sqlite3.Connection, a: Article) -> None:
        con.executemany(
            "INSERT INTO removed (article_id, seq, kind, text, record) VALUES (?,?,?,?,?)",
            [(a.id, i, r.kind, r.text, r.model_dump_json()) for i, r in enumerate(a.removed)],
        )
        con.executemany(
            'INSERT INTO mentions (article_id, seq, entity, start, "end", text) VALUES (?,?,?,?,?,?)',
            [(a.id, i, m.entity, m.start, m.end, m.text) for i, m in enumerate(a.mentions)],
        )
        con.executemany(
            'INSERT INTO quotes (article_id, seq, kind, speaker, cue, date, start, "end", text, record) '
            "VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(a.id, i, q.kind, q.speaker, q.cue, q.date, q.start, q.end, q.text, q.model_dump_json())
             for i, q in enumerate(a.quotes)],
        )
        con.executemany(
            'INSERT INTO claims (article_id, seq, type, agent, target, attributed_to, negated, date, start, "end", '
            "text, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(a.id, i, c.type, c.agent, c.target, c.attributed_to, int(c.negated), c.date, c.start, c.end,
              c.text, c.model_dump_json()) for i, c in enumerate(a.claims)],
        )

    def _load_articles(self, where: str = "", params: tuple[Any, ...] = ()) -> list[Article]:
        """Full Article records for the rows ``where`` selects (alias ``a``), lists from their tables."""
        rows = self.con.execute(
            f"SELECT a.id, a.record FROM articles a {where} "
            "ORDER BY a.published IS NULL, a.published, a.source, a.id",
            params,
        ).fetchall()
        if not rows:
            return []
        ids = [r[0] for r in rows]
        lists: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
        # Small selections by id; a whole-store read takes every row in one pass per table.
        if len(ids) <= 500:
            marks = ",".join("?" * len(ids))
            filt, fparams = f"WHERE article_id IN ({marks})", tuple(ids)
        else:
            filt, fparams = "", ()
        for aid, rec in self.con.execute(f"SELECT article_id, record FROM removed {filt} ORDER BY article_id, seq", fparams):
            lists[aid]["removed"].append(Removed.model_validate_json(rec))
        for aid, ent, s, e, t in self.con.execute(
            f'SELECT article_id, entity, start, "end", text FROM mentions {filt} ORDER BY article_id, seq', fparams
        ):
            lists[aid]["mentions"].append(Mention(entity=ent, start=s, end=e, text=t))
        for aid, rec in self.con.execute(f"SELECT article_id, record FROM quotes {filt} ORDER BY article_id, seq", fparams):
            lists[aid]["quotes"].append(Quote.model_validate_json(rec))
        for aid, rec in self.con.execute(f"SELECT article_id, record FROM claims {filt} ORDER BY article_id, seq", fparams):
            lists[aid]["claims"].append(Claim.model_validate_json(rec))
        out = []
        for aid, rec in rows:
            data = json.loads(rec)
            for key in LIST_FIELDS:
                # Rows written before schema 2 carry their lists inside the record.
                data.setdefault(key, lists[aid][key])
            out.append(Article.model_validate(data))
        return out

    def articles(self) -> list[Article]:
        """Every stored article, full records, by date (undated last), source, id."""
        return self._load_articles()

    def article(self, article_id_or_prefix: str) -> Article | None:
        """The article with this id, or the only one whose id starts with this prefix.

        The ``art_`` prefix may be left out. Returns None when nothing or more
        than one article matches.
        """
        key = article_id_or_prefix.strip()
        if not key:
            return None
        found = self._load_articles("WHERE a.id = ?", (key,))
        if found:
            return found[0]
        for prefix in dict.fromkeys([key, f"art_{key}"]):
            ids = [r[0] for r in self.con.execute(
                "SELECT id FROM articles WHERE substr(id, 1, ?) = ? LIMIT 2", (len(prefix), prefix)
            )]
            if len(ids) == 1:
                return self._load_articles("WHERE a.id = ?", (ids[0],))[0]
            if len(ids) > 1:
                return None
        return None

    def raw(self, article_id: str) -> str | None:
        """The raw input stored beside an article's clean text (None when not kept)."""
        row = self.con.execute("SELECT raw FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def article_summaries(self) -> list[dict[str, Any]]:
        """One dict per article for listings: id, source, outlet, title, published,
        published_basis and the counts of quotes, claims and mentions."""
        sql = """
            SELECT a.id, a.source, a.outlet, a.title, a.published, a.published_basis,
                   (SELECT count(*) FROM quotes q WHERE q.article_id = a.id),
                   (SELECT count(*) FROM claims c WHERE c.article_id = a.id),
                   (SELECT count(*) FROM mentions m WHERE m.article_id = a.id)
            FROM articles a ORDER BY a.published IS NULL, a.published, a.source, a.id
        """
        keys = ("id", "source", "outlet", "title", "published", "published_basis", "quotes", "claims", "mentions")
        return [dict(zip(keys, r)) for r in self.con.execute(sql)]

    # ------------------------------------------------------------------ entities

    def save_entities(self, entities: list[Entity]) -> None:
        """Upsert entities in one transaction.

        A stored entity keeps every alias and role it had; the new ones are added
        after them. Name and type come from the new record; ``stands_for`` from
        the new record when set, else the stored one.
        """
        try:
            with self._transaction() as con:
                for e in entities:
                    row = con.execute("SELECT record FROM entities WHERE id = ?", (e.id,)).fetchone()
                    if row:
                        old = Entity.model_validate_json(row[0])
                        e = e.model_copy(update={
                            "aliases": _merge(old.aliases, e.aliases),
                            "roles": _merge(old.roles, e.roles),
                            "stands_for": e.stands_for or old.stands_for,
                            "known_names": _merge(old.known_names, e.known_names),
                        })
                    con.execute(
                        "INSERT INTO entities (id, name, type, record) VALUES (?,?,?,?) "
                        "ON CONFLICT(id) DO UPDATE SET name=excluded.name, type=excluded.type, record=excluded.record",
                        (e.id, e.name, e.type, e.model_dump_json()),
                    )
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: could not store entities: {exc}; none were written") from exc

    def entities(self) -> list[Entity]:
        return [Entity.model_validate_json(r[0]) for r in self.con.execute("SELECT record FROM entities ORDER BY id")]

    # ------------------------------------------------------------------ stories, errors

    def save_stories(self, stories: list[Story]) -> None:
        """Replace the stored stories with ``stories`` (they are recomputed over the whole store)."""
        try:
            with self._transaction() as con:
                con.execute("DELETE FROM stories")
                con.executemany(
                    "INSERT INTO stories (id, label, record) VALUES (?,?,?)",
                    [(s.id, s.label, s.model_dump_json()) for s in stories],
                )
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: could not store stories: {exc}; the previous ones are kept") from exc

    def stories(self) -> list[Story]:
        return [Story.model_validate_json(r[0]) for r in self.con.execute("SELECT record FROM stories ORDER BY id")]

    def save_errors(self, run_id: str, errors: Iterable[ErrorRecord]) -> None:
        """Record the rejected inputs of one run (replacing what that run id had)."""
        with self._transaction() as con:
            con.execute("DELETE FROM errors WHERE run_id = ?", (run_id,))
            con.executemany(
                "INSERT INTO errors (run_id, seq, source, error) VALUES (?,?,?,?)",
                [(run_id, i, e.source, e.error) for i, e in enumerate(errors)],
            )

    def errors(self, run_id: str | None = None) -> list[ErrorRecord]:
        """Rejected inputs of one run, or of every run (oldest first)."""
        if run_id is None:
            rows = self.con.execute("SELECT source, error FROM errors ORDER BY rowid")
        else:
            rows = self.con.execute("SELECT source, error FROM errors WHERE run_id = ? ORDER BY seq", (run_id,))
        return [ErrorRecord(source=s, error=e) for s, e in rows]

    # ------------------------------------------------------------------ export

    def document(self, article_ids: list[str] | None = None, *, run_id: str | None = None) -> Document:
        """The JSON document of the chosen articles (all when None).

        Entities are those the chosen articles reference (and what those stand
        for); stories those that contain at least one chosen article; errors
        those recorded for ``run_id`` (none when not given).
        """
        if article_ids is None:
            arts = self.articles()
        else:
            wanted = list(dict.fromkeys(article_ids))
            arts = []
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                arts += self._load_articles(f"WHERE a.id IN ({','.join('?' * len(chunk))})", tuple(chunk))
            arts.sort(key=lambda a: (a.published is None, a.published or "", a.source, a.id))
        ents = {e.id: e for e in self.entities()}
        ids = referenced_entities(arts, ents)
        chosen = {a.id for a in arts}
        return Document(
            articles=arts,
            entities=[e for e in ents.values() if e.id in ids],
            stories=[s for s in self.stories() if chosen.intersection(s.articles)],
            errors=self.errors(run_id) if run_id is not None else [],
        )
