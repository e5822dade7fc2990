"""The command line: parse, call the library, map errors to exit codes.

Exit status (CONTRACT.md): 0 every input analysed; 1 some inputs rejected (one
line each on stderr); 2 usage errors (typer/click's own code for bad usage).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from narrascope.errors import NarrascopeError
from narrascope.model import Document

app = typer.Typer(
    help="narrascope: who says what about whom in the news, with offsets back to the text.",
    no_args_is_help=True,
    # Tracebacks must not print article text held in local variables.
    pretty_exceptions_show_locals=False,
    add_completion=False,
)
eval_app = typer.Typer(help="Score an extractor on a gold set.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

DbOpt = Annotated[Path, typer.Option("--db", help="SQLite store.", show_default=True)]


def _err(line: str) -> None:
    print(line, file=sys.stderr)


def _write_json(document: Document | dict, target: str) -> None:
    text = (
        document.model_dump_json(indent=2) if isinstance(document, Document) else json.dumps(document, indent=2)
    )
    if target == "-":
        sys.stdout.write(text + "\n")
    else:
        Path(target).write_text(text + "\n", encoding="utf-8")


def _open_store(db: Path, *, must_exist: bool = False):
    """The store at ``db``; exit 2 with one line when it cannot be opened, or, for
    commands that only read (``must_exist``), when there is no such file yet."""
    from narrascope.store import open_store

    if must_exist and not db.exists():
        _err(f"{db}: no such store; run `narrascope analyze PATH --db {db}` first")
        raise typer.Exit(2)
    try:
        return open_store(db)
    except NarrascopeError as exc:
        _err(str(exc) if str(db) in str(exc) else f"{db}: {exc}")
        raise typer.Exit(2) from exc


class _Progress:
    """A one-line counter on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()

    def __call__(self, done: int, source: str) -> None:
        if self.enabled:
            name = source if len(source) < 60 else "…" + source[-59:]
            sys.stderr.write(f"\ranalysed {done:>5}: {name:<60}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (walked recursively) or - for stdin.")],
    db: DbOpt = Path("narrascope.db"),
    json_out: Annotated[Optional[str], typer.Option("--json", help="Write the JSON document (- = stdout).")] = None,
    report: Annotated[Optional[Path], typer.Option("--report", help="Write a self-contained HTML report.")] = None,
    allow_urls: Annotated[bool, typer.Option("--allow-urls", help="Fetch http(s) URLs given as PATH.")] = False,
    patterns: Annotated[
        Optional[Path], typer.Option("--patterns", help="Extra cleaning patterns (JSONL) extending the shipped ones.")
    ] = None,
    aliases: Annotated[
        Optional[Path], typer.Option("--aliases", help="User alias/gazetteer file (JSONL) extending the shipped one.")
    ] = None,
) -> None:
    """Analyse articles into the store; optionally write the JSON document and an HTML report.

    Example: narrascope analyze examples/corpus --json out.json --report report.html
    """
    from narrascope.pipeline import Options, run

    for extra in (patterns, aliases):
        if extra is not None and not extra.is_file():
            _err(f"{extra}: no such file")
            raise typer.Exit(2)
    for target in (json_out, str(report) if report else None):
        if target and target != "-":
            t = Path(target)
            if t.is_dir() or not t.parent.is_dir():
                _err(f"{t}: cannot write here ({'a directory' if t.is_dir() else 'no such folder'})")
                raise typer.Exit(2)
    options = Options(
        allow_urls=allow_urls,
        patterns=str(patterns) if patterns else None,
        aliases=str(aliases) if aliases else None,
    )
    progress = _Progress()
    with _open_store(db) as store:
        try:
            result = run(paths, store=store, options=options, stdin=sys.stdin.buffer, progress=progress)
        except NarrascopeError as exc:
            progress.close()
            _err(f"narrascope: {exc}")
            raise typer.Exit(2) from exc
        progress.close()
    doc = result.document
    for e in doc.errors:
        _err(f"{e.source}: {e.error}")
    if json_out:
        _write_json(doc, json_out)
    if report:
        from narrascope.report import render_report

        report.write_text(render_report(doc), encoding="utf-8")
    _err(
        f"analysed {len(doc.articles)} article(s) ({result.new_articles} new), "
        f"{len(doc.errors)} rejected; store: {db}"
    )
    raise typer.Exit(1 if doc.errors else 0)


@app.command()
def show(
    article: Annotated[Optional[str], typer.Argument(help="Article id (or a unique prefix) to show in detail.")] = None,
    db: DbOpt = Path("narrascope.db"),
    errors: Annotated[bool, typer.Option("--errors", help="List the inputs rejected by earlier runs.")] = False,
) -> None:
    """List stored articles, or show one article with its quotes and claims.

    Example: narrascope show art_3f2a
    """
    with _open_store(db, must_exist=True) as store:
        if errors:
            for e in store.errors():
                print(f"{e.source}: {e.error}")
            return
        if article is None:
            rows = store.article_summaries()
            if not rows:
                _err(f"{db}: no articles stored yet; run `narrascope analyze PATH`")
            for r in rows:
                print(
                    f"{r['id']}  {r.get('published') or '----------'}  {(r.get('outlet') or '-')[:24]:<24}  "
                    f"q={r.get('quotes', 0):<3} c={r.get('claims', 0):<3} {r.get('title') or r['source']}"
                )
            return
        art = store.article(article)
        if art is None:
            _err(f"{article}: no such article in {db}")
            raise typer.Exit(1)
        names = {e.id: e.name for e in store.entities()}
        print(f"{art.title or '(untitled)'}\n{art.outlet or '-'} | {art.published or 'no date'} | {art.source}")
        if art.authors or art.contributors:
            print(f"by {', '.join(art.authors) or '-'}; contributors: {', '.join(art.contributors) or '-'}")
        print(f"\nQuotes ({len(art.quotes)}):")
        for q in art.quotes:
            who = names.get(q.speaker or "", q.speaker_text or "?")
            print(f"  [{q.kind}] {who} ({q.cue or '-'}{', ' + q.date if q.date else ''}): {q.text}")
        print(f"\nClaims ({len(art.claims)}):")
        for c in art.claims:
            src = names.get(c.attributed_to or "", "outlet") if c.attributed_to else "outlet"
            flags = "".join([" NOT" if c.negated else "", " hedged" if c.hedged else ""])
            print(
                f"  {c.type}{flags}: {names.get(c.agent or '', '?')} -> {names.get(c.target or '', '?')}"
                f"  (per {src}) {c.text!r}"
            )


@app.command()
def export(
    db: DbOpt = Path("narrascope.db"),
    json_out: Annotated[Optional[str], typer.Option("--json", help="The JSON document of all stored articles.")] = None,
    csv_dir: Annotated[Optional[Path], typer.Option("--csv", help="Directory for entities.csv and mentions.csv.")] = None,
    graph: Annotated[
        Optional[Path], typer.Option("--graph", help="Directory for the knowledge graph (GraphML, CSV, Parquet).")
    ] = None,
    report: Annotated[Optional[Path], typer.Option("--report", help="HTML report of every stored article.")] = None,
) -> None:
    """Export what is stored: JSON document, CSV of entities and mentions, knowledge graph, HTML report.

    Example: narrascope export --json all.json --csv out/ --graph graph/ --report all.html
    """
    if not (json_out or csv_dir or graph or report):
        _err("export: give at least one of --json, --csv, --graph, --report")
        raise typer.Exit(2)
    with _open_store(db, must_exist=True) as store:
        doc = store.document()
    if json_out:
        _write_json(doc, json_out)
    if report:
        from narrascope.report import render_report

        report.write_text(render_report(doc), encoding="utf-8")
        _err(f"wrote {report}")
    if csv_dir:
        from narrascope.export import write_csv

        for p in write_csv(doc, csv_dir):
            _err(f"wrote {p}")
    if graph:
        from narrascope.graph import export_graph

        for p in export_graph(doc, graph) or []:
            _err(f"wrote {p}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the document, generated from the typed model."""
    print(json.dumps(Document.model_json_schema(), indent=2))


@app.command()
def timeline(
    db: DbOpt = Path("narrascope.db"),
    article: Annotated[Optional[str], typer.Option("--article", help="Only this article (id or prefix).")] = None,
) -> None:
    """Print dated quotes and claims in order, for the corpus or one article."""
    from narrascope.timeline import build_timeline, render_timeline

    with _open_store(db, must_exist=True) as store:
        if article:
            art = store.article(article)
            if art is None:
                _err(f"{article}: no such article in {db}")
                raise typer.Exit(1)
            articles = [art]
        else:
            articles = store.articles()
        entities = store.entities()
    print(render_timeline(build_timeline(articles, entities)))


@eval_app.command("quotes")
def eval_quotes(
    gold: Annotated[Optional[Path], typer.Argument(help="Gold JSONL (eval/README.md format).")] = None,
    misses: Annotated[bool, typer.Option("--misses", help="List missed and spurious quotes.")] = False,
    polnear: Annotated[
        Optional[Path], typer.Option("--polnear", help="Also score on a PolNeAR directory (brat standoff).")
    ] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", help="At most this many PolNeAR articles.")] = None,
) -> None:
    """Precision / recall / F1 of quote spans and speaker accuracy on a gold set.

    Example: narrascope eval quotes eval/quotes/test.jsonl --misses
    """
    from narrascope.evaluate import quotes as qe

    if gold is None and polnear is None:
        _err("eval quotes: give a GOLD.jsonl or --polnear DIR")
        raise typer.Exit(2)
    if gold is not None:
        if not gold.is_file():
            _err(f"{gold}: no such file")
            raise typer.Exit(2)
        print(qe.format_scores(qe.run_quote_eval(gold, show_misses=misses)))
    if polnear is not None:
        print(json.dumps(qe.run_polnear_eval(polnear, limit=limit), indent=2))


@eval_app.command("claims")
def eval_claims(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (eval/README.md format).")],
    misses: Annotated[bool, typer.Option("--misses", help="List missed and spurious claims.")] = False,
) -> None:
    """Precision / recall / F1 of claims (type + agent + target) on a gold set.

    Example: narrascope eval claims eval/claims/test.jsonl
    """
    from narrascope.evaluate import claims as ce

    if not gold.is_file():
        _err(f"{gold}: no such file")
        raise typer.Exit(2)
    print(ce.format_scores(ce.run_claim_eval(gold, show_misses=misses)))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
