"""Clean an article body: take off what is not the article, keep what was taken.

Removes donation and subscription appeals, newsletter and social prompts, photo
credits, "Read more" links, trailing credit lines and top bylines, each recorded
as a :class:`~narrascope.model.Removed` with its kind and its offsets into the
input. Credit lines and bylines also yield names (``contributors``, ``authors``)
and outlet hints ("Newsmax writer ..." -> ``("Newsmax", "credit_line")``).

The rules live in ``data/cleaning.jsonl``, one JSON object per line::

    {"name": "read_more.label", "kind": "read_more", "scope": "line",
     "pattern": "^(?:read more|related)\\s*[:|]", "flags": "i", "max_chars": 250}

``scope`` is ``line`` (the whole line goes when ``pattern`` matches it),
``block`` (from a line matching ``pattern`` to the next line matching ``end``,
within ``max_lines``; or to the end of the text when ``to_end`` is true) or
``span`` (only the match goes). ``where`` (``head``/``tail``/``any``) limits a line
rule to the first or last few lines. Named groups ``names`` and ``outlet``
capture people/agencies and an outlet; ``evidence`` names the outlet hint's kind.
A user file (``--patterns``) extends the shipped rules; an entry with a shipped
``name`` replaces it, and ``{"name": ..., "disabled": true}`` switches it off.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Literal

from narrascope.errors import NarrascopeError
from narrascope.model import Removed

Scope = Literal["line", "block", "span"]
Where = Literal["head", "tail", "any"]

SCOPES = ("line", "block", "span")
WHERES = ("head", "tail", "any")
HEAD_LINES = 3          # "head" rules look at the first 3 non-blank lines
TAIL_LINES = 4          # "tail" rules at the last 4
DEFAULT_MAX_LINES = 200
# Words that mark a role ("Staff Writer"), not a person or an outlet.
ROLE_WORDS = re.compile(
    r"\b(?:writers?|reporters?|correspondents?|editors?|staff|contributors?|columnist|photographer|"
    r"journalists?|bureau|desk|updated|published)\b",
    re.I,
)
NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|/)\s*")
LOCATION_TAIL = re.compile(r"\s+(?:in|from|at)\s+[A-Z][\w .'-]*$")
# A line ending like this closes a sentence; lines that mostly do not are hard-wrapped.
SENTENCE_END = re.compile(r"[.!?:;\"”’')\]…]$")


class PatternFileError(NarrascopeError):
    """A cleaning-pattern file cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class CleaningPattern:
    """One removal rule (see the module docstring for the fields)."""

    name: str
    kind: str
    scope: Scope
    regex: re.Pattern[str]
    end: re.Pattern[str] | None = None
    to_end: bool = False
    max_lines: int = DEFAULT_MAX_LINES
    where: Where = "any"
    max_chars: int | None = None
    evidence: str | None = None


@dataclass
class CleaningPatterns:
    """The rules in force, in the order they apply: blocks, then lines, then spans."""

    patterns: list[CleaningPattern] = field(default_factory=list)

    def of_scope(self, scope: str) -> list[CleaningPattern]:
        return [p for p in self.patterns if p.scope == scope]


@dataclass
class Cleaned:
    """The cleaned body and everything taken off it."""

    text: str                      # the cleaned article body; all later offsets index this
    removed: list[Removed]         # every removal with its kind, in input order
    authors: list[str]             # from bylines ("By Jane Roe")
    contributors: list[str]        # writers and agencies from credit lines
    outlet_hints: list[tuple[str, str]]   # (outlet name, evidence kind)


# --------------------------------------------------------------------------- patterns


def _compile(entry: dict, where_from: str) -> CleaningPattern:
    try:
        name = str(entry.get("name") or f"{entry['kind']}.{where_from}")
        scope = entry.get("scope", "line")
        if scope not in SCOPES:
            raise ValueError(f"scope must be one of {', '.join(SCOPES)}, got {scope!r}")
        where = entry.get("where", "any")
        if where not in WHERES:
            raise ValueError(f"where must be one of {', '.join(WHERES)}, got {where!r}")
        flags = re.I if "i" in entry.get("flags", "") else 0
        if scope == "block" and not entry.get("end") and not entry.get("to_end"):
            raise ValueError("a block rule needs 'end' or 'to_end': true")
        return CleaningPattern(
            name=name,
            kind=str(entry["kind"]),
            scope=scope,
            regex=re.compile(entry["pattern"], flags),
            end=re.compile(entry["end"], flags) if entry.get("end") else None,
            to_end=bool(entry.get("to_end", False)),
            max_lines=int(entry.get("max_lines", DEFAULT_MAX_LINES)),
            where=where,
            max_chars=int(entry["max_chars"]) if entry.get("max_chars") else None,
            evidence=entry.get("evidence"),
        )
    except KeyError as exc:
        raise ValueError(f"missing field {exc.args[0]!r}") from None
    except re.error as exc:
        raise ValueError(f"bad regular expression: {exc}") from None


def _read_entries(text: str, label: str) -> list[dict]:
    entries = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            entry = json.loads(line)
            if not isinstance(entry, dict):
                raise ValueError("expected a JSON object")
            if not entry.get("disabled"):
                _compile(entry, f"{label}:{lineno}")   # validate now, with the line number
            entry.setdefault("name", f"{entry.get('kind', 'rule')}.{label}:{lineno}")
        except (json.JSONDecodeError, ValueError) as exc:
            raise PatternFileError(f"{label}:{lineno}: bad cleaning pattern: {exc}") from None
        entries.append(entry)
    return entries


@functools.lru_cache(maxsize=1)
def _shipped_entries() -> tuple[dict, ...]:
    text = resources.files("narrascope").joinpath("data/cleaning.jsonl").read_text(encoding="utf-8")
    return tuple(_read_entries(text, "cleaning.jsonl"))


@functools.lru_cache(maxsize=8)
def _load(extra_path: str | None) -> CleaningPatterns:
    entries = {e["name"]: e for e in _shipped_entries()}
    if extra_path:
        try:
            text = Path(extra_path).read_text(encoding="utf-8")
        except OSError as exc:
            raise PatternFileError(f"{extra_path}: cannot read cleaning patterns: {exc.strerror or exc}") from None
        for entry in _read_entries(text, extra_path):
            entries[entry["name"]] = entry      # same name replaces a shipped rule
    return CleaningPatterns(
        [_compile(e, e["name"]) for e in entries.values() if not e.get("disabled")]
    )


def load_patterns(extra_path: str | None = None) -> CleaningPatterns:
    """The shipped cleaning rules, extended by a user's JSONL file.

    Args:
        extra_path: a JSONL file of rules in the shipped format; an entry whose
            ``name`` matches a shipped rule replaces it, ``"disabled": true``
            removes it, others are added.
    Raises:
        PatternFileError: unreadable file, bad JSON, unknown scope, bad regex
            (the message names the file and line).
    """
    return _load(str(extra_path) if extra_path else None)


# --------------------------------------------------------------------------- names


def split_names(value: str) -> list[str]:
    """Names from a credit ("Jane Roe in Kyiv and Reuters" -> ["Jane Roe", "Reuters"]).

    Role words ("Staff Writer") and empty pieces are dropped; a trailing place
    ("in Kyiv") is cut.
    """
    names = []
    for piece in NAME_SPLIT.split(value):
        piece = LOCATION_TAIL.sub("", piece.strip().strip(".()").strip())
        if piece and not ROLE_WORDS.search(piece) and piece[0].isupper():
            names.append(piece)
    return names


NAME_PARTICLES = {"de", "da", "del", "der", "di", "du", "la", "le", "van", "von", "al", "bin", "ibn", "y"}
MAX_NAME_WORDS = 6


def plausible_names(names: list[str]) -> bool:
    """True when every piece reads as a name (capitalised words, a few particles):
    "Experts from ten countries" is not a credit, "Maria Herman" is."""
    for name in names:
        words = name.replace("-", " ").split()
        if not words or len(words) > MAX_NAME_WORDS:
            return False
        if any(not (w[0].isupper() or w[0].isdigit() or w.lower() in NAME_PARTICLES) for w in words):
            return False
    return True


def _add_unique(target: list[str], names: list[str]) -> None:
    seen = {n.casefold() for n in target}
    for n in names:
        if n.casefold() not in seen:
            seen.add(n.casefold())
            target.append(n)


# --------------------------------------------------------------------------- cleaning


@dataclass
class _Line:
    start: int      # offset of the first character in the input
    text: str       # without the line break (and a trailing "\r")
    alive: bool = True
    cuts: list[tuple[int, int]] = field(default_factory=list)   # span removals, line-relative

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def _lines(text: str) -> list[_Line]:
    out = []
    pos = 0
    for raw in text.split("\n"):
        out.append(_Line(pos, raw[:-1] if raw.endswith("\r") else raw))
        pos += len(raw) + 1
    return out


def _record(text: str, start: int, end: int, kind: str) -> Removed | None:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    if not piece:
        return None
    return Removed(kind=kind, text=piece, start=start + lead, end=start + lead + len(piece))


class _Collector:
    def __init__(self) -> None:
        self.removed: list[Removed] = []
        self.authors: list[str] = []
        self.contributors: list[str] = []
        self.outlet_hints: list[tuple[str, str]] = []

    def take(self, rule: CleaningPattern, match: re.Match[str]) -> None:
        groups = match.groupdict()
        if groups.get("names"):
            names = split_names(groups["names"])
            _add_unique(self.authors if rule.kind == "byline" else self.contributors, names)
        outlet = (groups.get("outlet") or "").strip()
        if outlet and not ROLE_WORDS.search(outlet):
            hint = (outlet, rule.evidence or rule.kind)
            if hint not in self.outlet_hints:
                self.outlet_hints.append(hint)


def _apply_blocks(text: str, lines: list[_Line], rules: list[CleaningPattern], out: _Collector) -> None:
    for rule in rules:
        i = 0
        while i < len(lines):
            line = lines[i]
            m = rule.regex.search(line.text) if line.alive else None
            if not m:
                i += 1
                continue
            last = None
            for j in range(i, min(len(lines), i + rule.max_lines + 1)):
                if rule.end and lines[j].alive and (j > i or m.end() < len(line.text)) and rule.end.search(
                    lines[j].text if j > i else line.text[m.end():]
                ):
                    last = j
                    break
            if last is None and rule.to_end:
                last = len(lines) - 1
            if last is None:
                i += 1
                continue
            for k in range(i, last + 1):
                lines[k].alive = False
            if rec := _record(text, line.start, lines[last].end, rule.kind):
                out.removed.append(rec)
            out.take(rule, m)
            i = last + 1


def _positions(lines: list[_Line]) -> tuple[set[int], set[int]]:
    alive = [i for i, ln in enumerate(lines) if ln.alive and ln.text.strip()]
    return set(alive[:HEAD_LINES]), set(alive[-TAIL_LINES:])


def _apply_lines(text: str, lines: list[_Line], rules: list[CleaningPattern], out: _Collector) -> None:
    head, tail = _positions(lines)
    for i, line in enumerate(lines):
        content = line.text.strip()
        if not line.alive or not content:
            continue
        for rule in rules:
            if rule.where == "head" and i not in head or rule.where == "tail" and i not in tail:
                continue
            if rule.max_chars and len(content) > rule.max_chars:
                continue
            if m := rule.regex.search(content):
                names = m.groupdict().get("names")
                if names and not plausible_names(split_names(names)):
                    continue    # the shape of a credit, but not names: a sentence
                line.alive = False
                if rec := _record(text, line.start, line.end, rule.kind):
                    out.removed.append(rec)
                out.take(rule, m)
                break


def _apply_spans(text: str, lines: list[_Line], rules: list[CleaningPattern], out: _Collector) -> None:
    for line in lines:
        if not line.alive:
            continue
        for rule in rules:
            for m in rule.regex.finditer(line.text):
                if m.end() > m.start() and not any(s < m.end() and m.start() < e for s, e in line.cuts):
                    line.cuts.append((m.start(), m.end()))
                    if rec := _record(text, line.start + m.start(), line.start + m.end(), rule.kind):
                        out.removed.append(rec)
                    out.take(rule, m)
        if line.cuts:
            kept, pos = [], 0
            for s, e in sorted(line.cuts):
                kept.append(line.text[pos:s])
                pos = e
            kept.append(line.text[pos:])
            line.text = "".join(kept)
            if not line.text.strip():
                line.alive = False


def _paragraphs(lines: list[_Line]) -> str:
    """Rebuild the body: paragraphs joined by one blank line.

    Blank and removed lines end a paragraph. Within a run of lines, each line is
    its own paragraph (one-paragraph-per-line input), unless the text is
    hard-wrapped (most lines inside runs end mid-sentence), in which case a run's
    lines are joined with spaces.
    """
    runs: list[list[str]] = [[]]
    for line in lines:
        content = " ".join(line.text.split()) if line.alive else ""
        if content:
            runs[-1].append(content)
        elif runs[-1]:
            runs.append([])
    runs = [r for r in runs if r]
    inner = [ln for r in runs for ln in r[:-1]]
    wrapped = len(inner) >= 2 and sum(not SENTENCE_END.search(ln) for ln in inner) / len(inner) >= 0.6
    if wrapped:
        paragraphs = [" ".join(r) for r in runs]
    else:
        paragraphs = [ln for r in runs for ln in r]
    return "\n\n".join(paragraphs)


def clean_text(text: str, *, patterns: CleaningPatterns | None = None) -> Cleaned:
    """Take boilerplate off an article body.

    Args:
        text: the body before cleaning (``RawDocument.text``).
        patterns: rules from :func:`load_patterns`; the shipped rules by default.
    Returns:
        A :class:`Cleaned`: ``text`` with paragraphs separated by ``"\\n\\n"``, no
        leading/trailing blank lines, inner whitespace runs collapsed; ``removed``
        in input order, each with ``start``/``end`` into ``text`` as given (the
        input), so ``text[r.start:r.end] == r.text``. Empty input gives an empty
        result, never an error.
    """
    patterns = patterns if patterns is not None else load_patterns()
    lines = _lines(text)
    out = _Collector()
    _apply_blocks(text, lines, patterns.of_scope("block"), out)
    _apply_lines(text, lines, patterns.of_scope("line"), out)
    _apply_spans(text, lines, patterns.of_scope("span"), out)
    out.removed.sort(key=lambda r: (r.start or 0))
    return Cleaned(
        text=_paragraphs(lines),
        removed=out.removed,
        authors=out.authors,
        contributors=out.contributors,
        outlet_hints=out.outlet_hints,
    )
