"""HTML fragments (JSON bodies, feed entries) -> plain text with paragraph breaks."""

from __future__ import annotations

import re
from html.parser import HTMLParser

BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "section", "article", "header", "footer", "table", "tr", "pre", "figure", "hr",
}
SKIP_TAGS = {"script", "style", "noscript", "template", "iframe", "svg", "head"}
_TAG_HINT = re.compile(r"<\s*/?\s*(?:p|div|br|span|a|b|i|em|strong|ul|li|h[1-6]|img|blockquote)\b[^>]*>", re.I)


class _Stripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    """True when ``text`` carries common HTML tags (a fragment, not prose with a "<")."""
    return bool(_TAG_HINT.search(text))


def html_to_text(fragment: str) -> str:
    """Strip tags from an HTML fragment; block elements become blank-line breaks.

    Whitespace inside a paragraph collapses to single spaces; paragraphs are joined
    by ``"\\n\\n"``. Malformed markup never raises (the stdlib parser is lenient).
    """
    parser = _Stripper()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)
