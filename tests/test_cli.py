"""The command line end to end: exit codes, stderr lines, idempotent re-runs, exports."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from narrascope.cli import app

ARTICLE_A = """title: Harbour workers strike over pay
source: The Northern Ledger
date: 2025-04-02

Dock workers in the port city of Kelmar walked off the job on Tuesday, halting cargo traffic.

"We have waited two years for a fair offer," union leader Hanna Brandt told reporters. "Our patience is gone."

The port authority said it regretted the strike and urged the union to return to talks.
"""

ARTICLE_B = """Finance Minister Tomas Keller warned on Monday that the budget deficit would widen next year.

Keller said the government would not raise taxes. "We will cut spending instead," he said.
"""

JSONL = (
    '{"title": "Council approves new tram line", "text": "The city council approved a new tram line on Thursday. '
    'Mayor Lena Ortiz said the line would open in 2027.", "date": "2025-05-08", "source": "Metro Gazette"}\n'
    '{"title": "broken", "text": \n'
    '{"title": "Library reopens", "text": "The central library reopened after a two-year renovation, '
    'librarian Omar Haddad said.", "date": "2025-05-09", "source": "Metro Gazette"}\n'
)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (d / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    (d / "feed.jsonl").write_text(JSONL, encoding="utf-8")
    return d


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def test_cli_analyze_good_corpus_exit_0_and_json(tmp_path: Path):
    d = tmp_path / "ok"
    d.mkdir()
    (d / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (d / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    db = tmp_path / "n.db"
    out = tmp_path / "out.json"
    res = invoke("analyze", str(d), "--db", str(db), "--json", str(out))
    assert res.exit_code == 0, res.output
    doc = json.loads(out.read_text())
    assert doc["narrascope_version"]
    assert len(doc["articles"]) == 2
    for a in doc["articles"]:
        for q in a["quotes"]:
            assert a["text"][q["start"] : q["end"]] == q["text"]
        for m in a["mentions"]:
            assert a["text"][m["start"] : m["end"]] == m["text"]
    a = next(x for x in doc["articles"] if x["outlet"] == "The Northern Ledger")
    assert a["published"] == "2025-04-02" and a["published_basis"] == "header"
    assert a["title"] == "Harbour workers strike over pay"


def test_cli_analyze_bad_jsonl_line_exit_1_rest_stored(corpus: Path, tmp_path: Path):
    db = tmp_path / "n.db"
    res = invoke("analyze", str(corpus), "--db", str(db), "--json", str(tmp_path / "o.json"))
    assert res.exit_code == 1
    err_lines = [l for l in res.stderr.splitlines() if "feed.jsonl" in l]
    assert len(err_lines) == 1 and ":2" in err_lines[0]
    doc = json.loads((tmp_path / "o.json").read_text())
    assert len(doc["articles"]) == 4
    assert len(doc["errors"]) == 1


def test_cli_analyze_rerun_adds_nothing_twice(corpus: Path, tmp_path: Path):
    db = tmp_path / "n.db"
    invoke("analyze", str(corpus), "--db", str(db))
    con = sqlite3.connect(db)
    # the errors table is a log of runs (each run records its rejected inputs)
    tables = [r[0] for r in con.execute("select name from sqlite_master where type='table'") if r[0] != "errors"]
    counts1 = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}
    con.close()
    invoke("analyze", str(corpus), "--db", str(db))
    con = sqlite3.connect(db)
    counts2 = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}
    con.close()
    assert counts1 == counts2


def test_cli_missing_path_reports_and_continues(corpus: Path, tmp_path: Path):
    res = invoke("analyze", str(corpus / "a.txt"), str(tmp_path / "nope.txt"), "--db", str(tmp_path / "n.db"))
    assert res.exit_code == 1
    lines = [l for l in res.stderr.splitlines() if "nope.txt" in l]
    assert len(lines) == 1


def test_cli_usage_error_exit_2():
    assert invoke("analyze").exit_code == 2
    assert invoke("frobnicate").exit_code == 2


def test_cli_show_export_schema_timeline(corpus: Path, tmp_path: Path):
    db = tmp_path / "n.db"
    invoke("analyze", str(corpus), "--db", str(db), "--report", str(tmp_path / "r.html"))
    assert (tmp_path / "r.html").read_text().lstrip().lower().startswith("<!doctype html")
    res = invoke("show", "--db", str(db))
    assert res.exit_code == 0 and "Harbour workers strike" in res.stdout
    art_id = res.stdout.split()[0]
    res = invoke("show", art_id, "--db", str(db))
    assert res.exit_code == 0 and "Quotes" in res.stdout
    assert invoke("show", "art_doesnotexist", "--db", str(db)).exit_code == 1
    res = invoke("export", "--db", str(db), "--json", str(tmp_path / "all.json"), "--csv", str(tmp_path / "csv"))
    assert res.exit_code == 0, res.output
    assert len(json.loads((tmp_path / "all.json").read_text())["articles"]) == 4
    header = (tmp_path / "csv" / "mentions.csv").read_text().splitlines()[0]
    assert header == "article,outlet,entity,start,end,text"
    schema = json.loads(invoke("schema").stdout)
    assert "articles" in schema["properties"]
    assert invoke("timeline", "--db", str(db)).exit_code == 0


def test_cli_not_a_database_is_a_clear_error(tmp_path: Path, corpus: Path):
    bad = tmp_path / "bad.db"
    bad.write_text("this is not sqlite")
    res = invoke("analyze", str(corpus / "a.txt"), "--db", str(bad))
    assert res.exit_code == 2
    assert str(bad) in res.stderr
    assert bad.read_text() == "this is not sqlite"


def test_cli_show_errors_lists_rejected_inputs_of_earlier_runs(corpus: Path, tmp_path: Path):
    db = tmp_path / "n.db"
    invoke("analyze", str(corpus), "--db", str(db))
    res = invoke("show", "--errors", "--db", str(db))
    assert res.exit_code == 0
    assert any("feed.jsonl:2" in l for l in res.stdout.splitlines())


def test_store_refusal_loses_only_that_article(corpus: Path, tmp_path: Path, monkeypatch):
    """A write the store refuses is reported against its input; the others are stored."""
    from narrascope.errors import StoreError
    from narrascope.pipeline import run
    from narrascope.store import open_store
    from narrascope.store.sqlite import SQLiteStore

    real = SQLiteStore.save_article
    calls = {"n": 0}

    def flaky(self, article, raw=None):
        calls["n"] += 1
        if calls["n"] == 2:
            raise StoreError(f"{self.path}: disk full (simulated)")
        return real(self, article, raw)

    monkeypatch.setattr(SQLiteStore, "save_article", flaky)
    with open_store(tmp_path / "n.db") as store:
        result = run([str(corpus)], store=store)
        stored = store.articles()
    refused = [e for e in result.document.errors if "disk full" in e.error]
    assert len(refused) == 1
    assert len(stored) == len(result.document.articles) == calls["n"] - 1


def test_cli_export_report_covers_every_stored_article(corpus: Path, tmp_path: Path):
    db = tmp_path / "n.db"
    invoke("analyze", str(corpus / "a.txt"), "--db", str(db))
    invoke("analyze", str(corpus), "--db", str(db))
    res = invoke("export", "--db", str(db), "--report", str(tmp_path / "all.html"))
    assert res.exit_code == 0
    html = (tmp_path / "all.html").read_text()
    assert html.lstrip().lower().startswith("<!doctype html")
    with __import__("narrascope.store", fromlist=["open_store"]).open_store(db) as store:
        titles = [a.title for a in store.articles() if a.title]
    assert titles and all(__import__("html").escape(t) in html for t in titles)


def test_cli_every_input_rejected_is_exit_1_with_one_line_each(tmp_path: Path):
    (tmp_path / "empty.txt").write_text("")
    res = invoke("analyze", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"), "--db", str(tmp_path / "n.db"))
    assert res.exit_code == 1
    assert res.exception is None or isinstance(res.exception, SystemExit)
    lines = [l for l in res.stderr.splitlines() if l.startswith(str(tmp_path))]
    assert len(lines) == 2 and any("empty.txt" in l for l in lines) and any("missing.txt" in l for l in lines)


def test_cli_too_long_input_is_rejected_and_the_rest_stored(corpus: Path, tmp_path: Path, monkeypatch):
    import narrascope.pipeline as pl

    monkeypatch.setattr(pl, "MAX_CHARS", 2_000)
    (corpus / "long.txt").write_text("title: Long\n\n" + "The council met again. " * 200)
    res = invoke("analyze", str(corpus), "--db", str(tmp_path / "n.db"), "--json", str(tmp_path / "o.json"))
    assert res.exit_code == 1
    assert any("long.txt" in l and "too long" in l for l in res.stderr.splitlines())
    assert len(json.loads((tmp_path / "o.json").read_text())["articles"]) == 4


def test_cli_read_commands_do_not_create_a_store(tmp_path: Path):
    for args in (("show",), ("export", "--json", "-"), ("timeline",)):
        res = invoke(*args, "--db", str(tmp_path / "typo.db"))
        assert res.exit_code == 2 and "no such store" in res.stderr
    assert not (tmp_path / "typo.db").exists()


def test_cli_unwritable_output_is_a_usage_error_before_any_work(corpus: Path, tmp_path: Path):
    res = invoke("analyze", str(corpus), "--db", str(tmp_path / "n.db"), "--json", str(tmp_path / "no" / "o.json"))
    assert res.exit_code == 2 and "no such folder" in res.stderr
    assert not (tmp_path / "n.db").exists()


def test_same_wire_copy_in_two_outlets_is_two_articles(tmp_path: Path):
    body = "Officials in the port city said on Monday that the strike had ended after two weeks of talks."
    (tmp_path / "a.txt").write_text(f"title: Strike ends\nsource: Outlet One\n\n{body}\n")
    (tmp_path / "b.txt").write_text(f"title: Strike over\nsource: Outlet Two\n\n{body}\n")
    db = tmp_path / "n.db"
    res = invoke("analyze", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", str(db), "--json", str(tmp_path / "o.json"))
    assert res.exit_code == 0
    doc = json.loads((tmp_path / "o.json").read_text())
    assert sorted(a["outlet"] for a in doc["articles"]) == ["Outlet One", "Outlet Two"]


def test_rerun_with_other_cleaning_patterns_adds_nothing(corpus: Path, tmp_path: Path):
    db = tmp_path / "n.db"
    invoke("analyze", str(corpus / "a.txt"), "--db", str(db))
    pat = tmp_path / "p.jsonl"
    pat.write_text(json.dumps({"name": "x.drop", "kind": "boilerplate", "scope": "line",
                               "pattern": "^The port authority said"}) + "\n")
    invoke("analyze", str(corpus / "a.txt"), "--db", str(db), "--patterns", str(pat))
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from articles").fetchone()[0] == 1
    text = con.execute("select text from articles").fetchone()[0]
    assert "port authority" not in text      # the second run's cleaning replaced the first
