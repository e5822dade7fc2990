"""The HTML report: escaping, highlights from offsets, self-contained, voices counts."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from narrascope.model import Article, Claim, Document, Entity, ErrorRecord, Mention, Quote, Removed, Story, article_id
from narrascope.report import render_report
from narrascope.report.render import Span, highlight, render_value, voices

EVIL = '<script>alert("x")</script>'
TEXT_A = f'Vucic said "we will never {EVIL} surrender" on Monday. The Kremlin denied it.'
TEXT_B = 'Vucic told reporters "Serbia stands firm." Brnabic said the talks failed.'


def _span(text: str, s: str) -> tuple[int, int]:
    i = text.index(s)
    return i, i + len(s)


def _article(text: str, outlet: str, quotes: list[tuple[str, str | None]], mentions: list[tuple[str, str]],
             claims: list[Claim] | None = None, **extra) -> Article:
    qs = []
    for s, speaker in quotes:
        a, b = _span(text, s)
        qs.append(Quote(kind="direct", text=s, start=a, end=b, speaker=speaker, cue="said"))
    ms = []
    for s, ent in mentions:
        a, b = _span(text, s)
        ms.append(Mention(entity=ent, start=a, end=b, text=s))
    return Article(id=article_id(text), source=f"{outlet}.txt", outlet=outlet, text=text, quotes=qs,
                   mentions=ms, claims=claims or [], **extra)


@pytest.fixture
def document() -> Document:
    c0, c1 = _span(TEXT_A, "The Kremlin denied it.")
    a = _article(
        TEXT_A, "Outlet <One>",
        quotes=[(f"we will never {EVIL} surrender", "e_vucic")],
        mentions=[("Vucic", "e_vucic"), ("The Kremlin", "e_kremlin")],
        claims=[Claim(type="deny", agent="e_kremlin", text=TEXT_A[c0:c1], start=c0, end=c1, hedged=True)],
        title=f"Title {EVIL}", published="2024-03-04", published_basis="header",
        authors=["Ann <b>Writer</b>"], contributors=["Reuters"],
        removed=[Removed(kind="appeal", text=f"Donate {EVIL}")],
    )
    b = _article(
        TEXT_B, "Outlet Two",
        quotes=[("Serbia stands firm.", "e_vucic"), ("the talks failed", None)],
        mentions=[("Vucic", "e_vucic"), ("Brnabic", "e_brnabic")],
    )
    ents = [
        Entity(id="e_vucic", name=f"Aleksandar {EVIL} Vucic", type="PERSON", aliases=["Vucic"],
               roles=["President of Serbia"]),
        Entity(id="e_kremlin", name="the Kremlin", type="ORG"),
        Entity(id="e_brnabic", name="Ana Brnabic", type="PERSON"),
    ]
    story = Story(id="s1", label="Serbia", articles=[a.id, b.id], outlets=["Outlet <One>", "Outlet Two"],
                  comparison={"shared_entities": ["e_vucic"],
                              "per_outlet": {"Outlet Two": {"speakers": {"Vucic": 1}, "claims": [
                                  {"type": "deny", "agent": "e_kremlin", "negated": False, "text": EVIL}]}},
                              "nested": [[1, 2], {"deep": None}]})
    return Document(articles=[a, b], entities=ents, stories=[story],
                    errors=[ErrorRecord(source="bad<file>.bin", error="binary input")])


@pytest.fixture
def html(document: Document) -> str:
    return render_report(document, title="Report <test>")


class _Checker(HTMLParser):
    """Collects tags, scripts and unbalanced closing tags."""

    VOID = {"meta", "br", "input", "img", "link", "hr"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.scripts = 0
        self.attrs: list[tuple[str, str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        self.scripts += tag == "script"
        self.attrs += [(tag, k, v) for k, v in attrs]
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> with open {self.stack[-3:]}")
        else:
            self.stack.pop()


def test_report_escapes_article_text_and_names(html):
    assert EVIL not in html
    assert "&lt;script&gt;alert(" in html
    assert "Report &lt;test&gt;" in html
    assert "Ann &lt;b&gt;Writer&lt;/b&gt;" in html
    assert "bad&lt;file&gt;.bin" in html
    assert "Outlet &lt;One&gt;" in html


def test_report_has_exactly_one_script_and_balanced_markup(html):
    checker = _Checker()
    checker.feed(html)
    checker.close()
    assert checker.scripts == 1  # our own inline filter script, nothing injected
    assert checker.errors == []
    assert checker.stack == []


def test_report_is_self_contained(html):
    checker = _Checker()
    checker.feed(html)
    for tag, attr, value in checker.attrs:
        if attr in {"src", "href", "srcset", "data", "action"} and value:
            assert not re.match(r"(?i)\s*(https?:)?//", value), (tag, attr, value)
            assert value.startswith("#"), (tag, attr, value)
    assert not re.search(r"(?i)<link\b|@import|url\(\s*['\"]?(https?:)?//", html)
    assert not re.search(r"(?i)(src|href)\s*=\s*['\"]?https?://", html)


def test_report_highlights_land_on_the_right_substrings(html, document):
    marks = re.findall(r'<mark class="([^"]*)" title="[^"]*">(.*?)</mark>', html)
    ents = [text for cls, text in marks if "ent" in cls.split() and "quote" not in cls.split()]
    assert ents.count("Vucic") == 2 + 0  # one per article body (the legend uses other words)
    assert "The Kremlin" in ents
    assert "Brnabic" in ents
    quoted = "".join(text for cls, text in marks if "quote" in cls.split() and "q-direct" in cls.split())
    assert "we will never &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; surrender" in quoted
    assert "Serbia stands firm." in quoted


def test_report_counts_in_header(html):
    assert re.search(r'class="count-articles"><b>2</b>', html)
    assert re.search(r'class="count-outlets"><b>2</b>', html)
    assert re.search(r'class="count-quotes"><b>3</b>', html)
    assert re.search(r'class="count-claims"><b>1</b>', html)
    assert re.search(r'class="count-errors"><b>1</b>', html)


def test_report_tables(html):
    assert "outlet's own voice" in html
    assert "President of Serbia" in html
    assert '<span class="tag">hedged</span>' in html
    assert '<details class="removed">' in html
    assert "2024-03-04" in html and "(header)" in html


def test_report_voices_counts(document):
    rows = voices(document)
    assert rows[0]["id"] == "e_vucic"
    assert rows[0]["quotes"] == 2
    assert rows[0]["articles"] == 2
    assert rows[0]["outlets"] == {"Outlet <One>": 1, "Outlet Two": 1}
    assert rows[-1]["id"] is None and rows[-1]["quotes"] == 1


def test_report_voices_table_rendered(html):
    row = re.search(r'<tr data-speaker="e_vucic">(.*?)</tr>', html).group(1)
    assert '<td class="n">2</td><td class="n">2</td>' in row
    assert "Outlet &lt;One&gt; (1)" in row


def test_report_stories_rendered_generically(html, document):
    section = html[html.index('id="stories"'):html.index('id="voices"')]
    assert "Aleksandar &lt;script&gt;" in section  # entity id shown as its (escaped) name
    assert f'href="#a-{document.articles[0].id}"' in section
    assert "<table" in section
    assert EVIL not in section


def test_report_without_stories_or_quotes():
    text = "Nothing to see."
    html = render_report(Document(articles=[Article(id=article_id(text), source="x.txt", text=text)]))
    assert 'id="stories"' not in html
    assert "No quotes found." in html
    assert "Nothing to see." in html


def test_report_empty_document():
    html = render_report(Document())
    assert '<b>0</b> articles' in html


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("abc", [], "abc"),
        ("a<b", [Span(1, 2, "ent", "t")], 'a<mark class="ent" title="t">&lt;</mark>b'),
        # nested: an entity inside a quote
        ("xAByz", [Span(1, 4, "quote", "q"), Span(2, 3, "ent", "e")],
         'x<mark class="quote" title="q">A</mark><mark class="ent quote" title="q | e">B</mark>'
         '<mark class="quote" title="q">y</mark>z'),
        # crossing spans
        ("abcd", [Span(0, 2, "ent", "e"), Span(1, 4, "quote", "q")],
         '<mark class="ent" title="e">a</mark><mark class="ent quote" title="e | q">b</mark>'
         '<mark class="quote" title="q">cd</mark>'),
        # out of range and empty spans are ignored
        ("ab", [Span(1, 5, "ent", "e"), Span(1, 1, "ent", "e"), Span(-1, 1, "ent", "e")], "ab"),
    ],
)
def test_report_highlight(text, spans, expected):
    assert str(highlight(text, spans)) == expected


def test_report_highlight_keeps_visible_text():
    text = 'He said "<i>no</i>" & left.\nNew line.'
    spans = [Span(0, 2, "ent", "x"), Span(8, 20, "quote", "y"), Span(10, 11, "ent", "z")]
    html = str(highlight(text, spans))
    plain = re.sub(r"<[^>]+>", "", html)
    import html as _html
    assert _html.unescape(plain) == text


def test_report_render_value_shapes():
    out = str(render_value({"a": [{"x": 1, "y": True}, {"x": None}], "b": ["e1", "z"], "c": {}},
                           names={"e1": "Eve <1>"}, articles={}))
    assert "<table" in out and "<th>x</th>" in out
    assert "Eve &lt;1&gt;" in out
    assert "yes" in out


def test_comparison_matrix_puts_outlets_side_by_side():
    from narrascope.report.render import comparison_matrix

    comp = {
        "per_outlet": {
            "Outlet A": {"speakers": {"Ana Petrov": 2}, "claims": [
                {"type": "accuse", "agent": "Ruritania", "target": "Freedonia", "attributed_to": None,
                 "negated": False, "article": "art_1", "text": "x"}]},
            "Outlet B": {"speakers": {}, "claims": [
                {"type": "accuse", "agent": "Freedonia", "target": "Ruritania", "attributed_to": "Ana Petrov",
                 "negated": False, "article": "art_2", "text": "y"}]},
        },
        "shared_entities": ["Ruritania"],
        "only_in": {"Outlet A": ["Ana Petrov"], "Outlet B": []},
        "mirrored_claims": [{"Outlet A": {"agent": "Ruritania", "type": "accuse", "target": "Freedonia"},
                             "Outlet B": {"agent": "Freedonia", "type": "accuse", "target": "Ruritania"}}],
    }
    mx = comparison_matrix(comp)
    assert mx["outlets"] == ["Outlet A", "Outlet B"]
    assert mx["speakers"] == [[("Ana Petrov", 2)], []]
    assert [c["agent"] for c in mx["claims"][1]] == ["Freedonia"]
    assert mx["only_in"] == [["Ana Petrov"], []]
    assert [o for o, _ in mx["mirrored"][0]] == ["Outlet A", "Outlet B"]
    assert comparison_matrix({"something": "else"}) is None
