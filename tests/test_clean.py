"""Cleaning: what goes, what kind it is recorded as, what stays."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from narrascope.clean import PatternFileError, clean_text, load_patterns, split_names

BODY = (
    "Dock workers in Kelmar walked off the job on Tuesday, halting cargo traffic.\n"
    "\"We have waited two years,\" union leader Hanna Brandt said."
)

APPEAL = (
    "A Message from The Northern Ledger:\n"
    "Dear readers,\n"
    "Local news is under pressure. Your support keeps our reporters in the field.\n"
    "Please give what you can, starting from just $3 a month.\n"
    "Remind me later."
)


def kinds(cleaned) -> list[tuple[str, str]]:
    return [(r.kind, r.text) for r in cleaned.removed]


def assert_offsets(source: str, cleaned) -> None:
    for r in cleaned.removed:
        assert source[r.start : r.end] == r.text


def test_clean_appeal_block_removed_with_outlet_hint():
    text = BODY + "\n" + APPEAL
    c = clean_text(text)
    assert c.text == BODY.replace("\n", "\n\n")
    assert kinds(c) == [("appeal", APPEAL)]
    assert c.outlet_hints == [("The Northern Ledger", "appeal")]
    assert_offsets(text, c)


def test_clean_appeal_block_without_end_runs_to_the_end():
    text = BODY + "\n\nA Message from The Northern Ledger:\nWe need you.\nGive today"
    c = clean_text(text)
    assert c.text == BODY.replace("\n", "\n\n")
    assert c.removed[0].text.endswith("Give today")


def test_clean_appeal_block_then_article_continues():
    text = BODY + "\n" + APPEAL + "\nThe strike is expected to last a week, the union said."
    c = clean_text(text)
    assert c.text.endswith("The strike is expected to last a week, the union said.")
    assert "Remind me" not in c.text


def test_clean_credit_line_to_contributors_and_outlet_hint():
    text = BODY + "\n\nNorthern Ledger writer Paul Gray and Reuters have contributed to this report.\n"
    c = clean_text(text)
    assert c.text == BODY.replace("\n", "\n\n")
    assert kinds(c) == [("credit_line", "Northern Ledger writer Paul Gray and Reuters have contributed to this report.")]
    assert c.contributors == ["Paul Gray", "Reuters"]
    assert c.outlet_hints == [("Northern Ledger", "credit_line")]
    assert_offsets(text, c)


@pytest.mark.parametrize(
    ("line", "contributors"),
    [
        ("The Associated Press contributed to this report.", ["The Associated Press"]),
        ("Reporting by Ida Marsh in Osten and Lars Ek; Editing by Tom Field", ["Ida Marsh", "Lars Ek"]),
        ("(Reporting by Ida Marsh; Writing by Lars Ek; Editing by Tom Field)", ["Ida Marsh"]),
        ("Additional reporting by Nils Dahl.", ["Nils Dahl"]),
        ("— with AFP", ["AFP"]),
        ("With AFP and Reuters", ["AFP", "Reuters"]),
        ("Staff writer Rosa Vik contributed to this report.", ["Rosa Vik"]),
        ("Ann Holm in Kelmar contributed reporting.", ["Ann Holm"]),
    ],
)
def test_clean_credit_line_variants(line: str, contributors: list[str]):
    c = clean_text(BODY + "\n\n" + line)
    assert c.text == BODY.replace("\n", "\n\n")
    assert [r.kind for r in c.removed] == ["credit_line"]
    assert c.contributors == contributors
    assert all(kind != "credit_line" or name != "Staff" for name, kind in c.outlet_hints)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Photo: Ann Holm / The Northern Ledger", "photo_credit"),
        ("FILE PHOTO: Cranes stand idle in the port of Kelmar. REUTERS/Ann Holm/File Photo", "photo_credit"),
        ("Ann Holm / AFP", "photo_credit"),
        ("Read more: Port strike enters second week", "read_more"),
        ("READ MORE: Kelmar council budget", "read_more"),
        ("Related: How the dock union grew", "read_more"),
        ("Sign up for our free morning newsletter.", "newsletter"),
        ("Subscribe to our newsletter for daily updates", "newsletter"),
        ("Follow us on Twitter and Facebook.", "social"),
        ("Join our channel on Telegram", "social"),
        ("Join the union on Monday, the leader said.", None),
        ("Join us on Telegram for breaking news.", "social"),
        ("Support independent journalism. Donate today.", "appeal"),
        ("Donate now", "appeal"),
        ("Advertisement", "boilerplate"),
        ("Copyright 2025 The Northern Ledger. All rights reserved.", "boilerplate"),
        ("Image source, Ann Holm", "photo_credit"),
        ("Ann Holm/AFP via Getty Images", "photo_credit"),
        ("Click here to read the full council report", "read_more"),
    ],
)
def test_clean_line_kinds(line: str, kind: str | None):
    text = BODY + "\n\n" + line + "\n\nThe port authority urged talks."
    c = clean_text(text)
    if kind is None:
        assert c.removed == []
        return
    assert kinds(c) == [(kind, line)]
    assert line not in c.text and "The port authority urged talks." in c.text
    assert_offsets(text, c)


@pytest.mark.parametrize(
    "sentence",
    [
        "Related talks were held in Osten on Monday, officials said.",
        "Donations to the strike fund rose sharply, the union said.",
        "By Tuesday, the strike had spread to three ports.",
        "Follow-up talks are planned for next week.",
        "Workers said they would read more about the offer before voting.",
        "The photo: a crowd at the gate, was shared widely, said the union.",
        "Experts from ten countries contributed to the report.",
        "Many of the workers have contributed to this report on safety.",
        "Dozens of local families and the church have contributed to this report.",
        "By the end of the week",
    ],
)
def test_clean_keeps_article_sentences(sentence: str):
    text = sentence + "\n\n" + BODY
    c = clean_text(text)
    assert sentence in c.text, c.removed


def test_clean_photo_credit_span_inside_caption():
    text = "Dock workers gather at the gate in Kelmar. (AP Photo/Ann Holm)\n\n" + BODY
    c = clean_text(text)
    assert c.text.startswith("Dock workers gather at the gate in Kelmar.\n\n")
    assert kinds(c) == [("photo_credit", "(AP Photo/Ann Holm)")]
    assert_offsets(text, c)


@pytest.mark.parametrize(
    ("line", "authors", "hint"),
    [
        ("By Jane Roe", ["Jane Roe"], None),
        ("By JANE ROE and TOM FIELD", ["JANE ROE", "TOM FIELD"], None),
        ("By Jane Roe, Staff Writer", ["Jane Roe"], None),
        ("By Jane Roe | The Northern Ledger", ["Jane Roe"], ("The Northern Ledger", "byline")),
    ],
)
def test_clean_byline_at_top(line: str, authors: list[str], hint):
    text = line + "\n\n" + BODY
    c = clean_text(text)
    assert c.text == BODY.replace("\n", "\n\n")
    assert kinds(c) == [("byline", line)]
    assert c.authors == authors
    assert c.outlet_hints == ([hint] if hint else [])


def test_clean_byline_only_at_the_top():
    late = BODY + "\n\nThe union said more strikes would follow.\n\nIt was a hard week.\n\nBy Jane Roe\n\nMore talks are planned.\n\nNo deal is near.\n\nThe port is closed.\n\nShips wait offshore."
    c = clean_text(late)
    assert "By Jane Roe" in c.text and c.authors == []


def test_clean_paragraphs_normalised():
    text = "\n\n  First paragraph ends here.   \nSecond paragraph ends here.\n\n\n\nThird one.  \n\n"
    assert clean_text(text).text == "First paragraph ends here.\n\nSecond paragraph ends here.\n\nThird one."


def test_clean_hard_wrapped_lines_are_joined():
    text = (
        "Dock workers in the port city of Kelmar walked off\n"
        "the job on Tuesday, halting cargo traffic across\n"
        "the whole harbour.\n\n"
        "The port authority said it regretted the strike and\n"
        "urged the union to return to talks.\n"
    )
    assert clean_text(text).text == (
        "Dock workers in the port city of Kelmar walked off the job on Tuesday, halting cargo traffic across the whole harbour.\n\n"
        "The port authority said it regretted the strike and urged the union to return to talks."
    )


def test_clean_empty_and_blank_input():
    for text in ("", "   \n\n  "):
        c = clean_text(text)
        assert c.text == "" and c.removed == []


def test_clean_user_pattern_file_extends_shipped(tmp_path: Path):
    extra = tmp_path / "mine.jsonl"
    extra.write_text(
        "\n".join(
            json.dumps(e)
            for e in [
                {"name": "mine.tip", "kind": "appeal", "scope": "line", "pattern": r"^Got a tip\?"},
                {"name": "boilerplate.furniture", "disabled": True},
            ]
        ),
        encoding="utf-8",
    )
    patterns = load_patterns(str(extra))
    text = BODY + "\n\nGot a tip? Write to tips@northernledger.example\n\nAdvertisement\n\nRead more: Kelmar budget"
    c = clean_text(text, patterns=patterns)
    assert [r.kind for r in c.removed] == ["appeal", "read_more"]
    assert "Advertisement" in c.text          # the disabled shipped rule
    assert "Got a tip" not in c.text
    # the shipped rules alone are untouched
    assert "Got a tip" in clean_text(text).text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "bad cleaning pattern"),
        ('{"kind": "x", "scope": "page", "pattern": "a"}', "scope must be one of"),
        ('{"kind": "x", "pattern": "("}', "bad regular expression"),
        ('{"kind": "x", "scope": "block", "pattern": "a"}', "needs 'end'"),
        ('{"scope": "line", "pattern": "a"}', "missing field 'kind'"),
    ],
)
def test_clean_bad_pattern_file_is_a_clear_error(tmp_path: Path, content: str, message: str):
    p = tmp_path / "bad.jsonl"
    p.write_text(content + "\n", encoding="utf-8")
    with pytest.raises(PatternFileError) as info:
        load_patterns(str(p))
    assert str(p) + ":1" in str(info.value) and message in str(info.value)


def test_clean_missing_pattern_file(tmp_path: Path):
    with pytest.raises(PatternFileError, match="cannot read cleaning patterns"):
        load_patterns(str(tmp_path / "nope.jsonl"))


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Jane Roe and Reuters", ["Jane Roe", "Reuters"]),
        ("Jane Roe in Kyiv, Tom Field & AFP", ["Jane Roe", "Tom Field", "AFP"]),
        ("Jane Roe, Staff Writer", ["Jane Roe"]),
    ],
)
def test_clean_split_names(value: str, names: list[str]):
    assert split_names(value) == names


LINES = st.sampled_from(
    [
        "A Message from The Northern Ledger:",
        "Remind me later.",
        "By Jane Roe",
        "Photo: Ann Holm / AFP",
        "(AP Photo/Ann Holm)",
        "Read more: x",
        "Newsmax writer Ann Holm and Reuters have contributed to this report.",
        "Reporting by Ida Marsh; Editing by Tom",
        "— with AFP",
        "Follow us on Twitter",
        "",
        "   ",
        "\r",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(LINES, st.text(max_size=80)), max_size=12))
def test_clean_never_crashes_and_removed_are_substrings(parts: list[str]):
    text = "\n".join(parts)
    c = clean_text(text)
    assert c.text == c.text.strip()
    assert "\n\n\n" not in c.text
    for r in c.removed:
        assert r.text and r.text in text
        assert text[r.start : r.end] == r.text
    starts = [r.start for r in c.removed]
    assert starts == sorted(starts)
