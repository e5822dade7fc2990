"""The report in a real browser (headless Chromium, when installed): the page
parses, no injected script runs, and each article's visible text is exactly its
clean text with the highlights in place."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from narrascope.report import render_report

from tests.test_report import EVIL, TEXT_A  # noqa: F401  (shared fixtures below)
from tests.test_report import document  # noqa: F401

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (apt-get install chromium)")


class _Articles(HTMLParser):
    """Collects the text of every element with class "body" (an article text)."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.texts: list[str] = []
        self.marks = 0

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class") or ""
        if self.depth:
            self.depth += 1
            if tag == "mark":
                self.marks += 1
        elif "body" in cls.split():
            self.depth = 1
            self.texts.append("")

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.texts[-1] += data


def test_report_renders_in_chromium(tmp_path, document):  # noqa: F811
    page = tmp_path / "r.html"
    page.write_text(render_report(document), encoding="utf-8")
    dom = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120,
    ).stdout
    assert "</html>" in dom
    # the article text containing a <script> tag is shown as text, never executed as markup
    assert "alert(" not in dom.replace("&lt;script&gt;alert(", "")
    parser = _Articles()
    parser.feed(dom)
    bodies = [a.text for a in document.articles]
    assert sorted(t.strip() for t in parser.texts) == sorted(b.strip() for b in bodies)
    assert parser.marks >= sum(len(a.mentions) for a in document.articles)
