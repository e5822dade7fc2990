"""Build eval/quotes/{dev,test}.jsonl from the marked-up sources in this folder.

Source format (src/NNN.txt):
    id: q-001
    split: dev|test
    outlet: Fictional Herald          ("-" = null)
    published: 2024-03-08             ("-" = null)
    alias: ML=Maria Lindqvist; FM=Foreign Ministry     (optional; speaker shorthands)
    ---
    body text with inline markup

Markup (may nest one level, e.g. a not-quote inside a quote span):
    {{KIND;SPEAKER;SK;SPEAKER_TEXT;CUE;MEDIUM;DATE|span text}}
        KIND: d (direct) | i (indirect) | m (mixed)
        SPEAKER: canonical name or an alias from the header; "-" = null
        SK: n (named) | p (pronoun) | nom (nominal) | o (organisation) | "-" = null
        SPEAKER_TEXT, CUE, MEDIUM: as written; "-" = null
        DATE: YYYY-MM-DD | mon..sun (most recent such day on or before `published`)
              | yest (published - 1 day) | today (= published) | "-" = null.
              Relative forms resolve to null when published is null.
    {{N|scare quote / label}}   -> not_quotes (the text between the marks)

Sanity checks: direct spans must sit directly inside quote marks (a trailing comma just
inside the closing mark is left outside the span); indirect spans must not end in a
period; mixed spans must contain a quote mark; speaker_text and cue must occur in the
article; 150-450 words per article.
"""
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
KINDS = {"d": "direct", "i": "indirect", "m": "mixed"}
SKS = {"n": "named", "p": "pronoun", "nom": "nominal", "o": "organisation", "-": None}
OPEN_Q = "\"“„‘«‹'‚"
CLOSE_Q = "\"”“’»›'‘"
TOKEN = re.compile(r"\{\{|\}\}")


def nul(x):
    x = x.strip()
    return None if x in ("-", "") else x


def resolve_date(tok, pub, path):
    tok = tok.strip()
    if tok in ("-", ""):
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", tok):
        dt.date.fromisoformat(tok)
        return tok
    if pub is None:
        return None
    p = dt.date.fromisoformat(pub)
    if tok == "today":
        return p.isoformat()
    if tok == "yest":
        return (p - dt.timedelta(days=1)).isoformat()
    t = tok.lower()[:3]
    assert t in DAYS, (path, "bad date token", tok)
    back = (p.weekday() - DAYS.index(t)) % 7
    return (p - dt.timedelta(days=back)).isoformat()


def parse(path):
    raw = open(path, encoding="utf-8").read()
    head, body = raw.split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    aliases = {}
    for part in meta.get("alias", "").split(";"):
        if "=" in part:
            a, full = part.split("=", 1)
            aliases[a.strip()] = full.strip()
    pub = nul(meta["published"])
    body = body.strip("\n")
    out, stack, spans = [], [], []
    olen, pos = 0, 0
    for m in TOKEN.finditer(body):
        if m.start() < pos:  # inside a header already consumed
            continue
        chunk = body[pos:m.start()]
        out.append(chunk)
        olen += len(chunk)
        if m.group(0) == "{{":
            bar = body.index("|", m.end())
            hdr = body[m.end():bar]
            assert "\n" not in hdr and "}}" not in hdr, (path, "bad header", hdr)
            stack.append((olen, hdr))
            pos = bar + 1
        else:
            assert stack, (path, "close without open", body[m.start() - 40:m.start()])
            s, hdr = stack.pop()
            spans.append((s, olen, hdr))
            pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    assert not stack, (path, "unclosed", stack)
    assert "{{" not in text and "}}" not in text, path
    quotes, nq = [], []
    for s, e, hdr in spans:
        span = text[s:e]
        assert span == span.strip() and span, (path, "span whitespace", repr(span))
        if hdr == "N":
            assert text[s - 1] in OPEN_Q and text[e] in CLOSE_Q, (path, "N not in marks", span)
            nq.append({"start": s, "end": e, "text": span})
            continue
        f = hdr.split(";")
        assert len(f) == 7, (path, "header fields", hdr)
        kind, spk, sk, st, cue, med, date = f
        kind = KINDS[kind.strip()]
        spk = nul(spk)
        spk = aliases.get(spk, spk)
        sk = SKS[sk.strip()]
        st, cue, med = nul(st), nul(cue), nul(med)
        if kind == "direct":
            assert text[s - 1] in OPEN_Q, (path, "direct not after open mark", span)
            assert text[e] in CLOSE_Q or (text[e] == "," and text[e + 1] in CLOSE_Q) \
                or text[e] == "\n", (path, "direct not before close mark", span)
            assert not span.endswith(","), (path, "trailing comma", span)
        elif kind == "indirect":
            assert not span.endswith("."), (path, "indirect ends with period", span)
            bare = span
            for s2, e2, h2 in spans:  # labels ({{N|..}}) inside the clause are allowed
                if h2 == "N" and s <= s2 - 1 and e2 + 1 <= e:
                    bare = bare.replace(text[s2 - 1:e2 + 1], "")
            assert not any(c in bare for c in '"“”„«»‹›'), (path, "indirect with marks", span)
        else:
            assert any(c in span for c in OPEN_Q + CLOSE_Q), (path, "mixed w/o marks", span)
            assert not span.endswith("."), (path, "mixed ends with period", span)
        win = text[max(0, s - 700):e + 300]
        if st:
            assert st in win, (path, "speaker_text not near span", st, span[:40])
        if cue:
            assert cue in win, (path, "cue not near span", cue, span[:40])
        assert spk is None or sk is not None, (path, "speaker without kind", hdr)
        assert spk is not None or sk is None or st is not None, (path, "kind w/o speaker", hdr)
        quotes.append({"kind": kind, "start": s, "end": e, "text": span,
                       "speaker": spk, "speaker_text": st, "speaker_kind": sk,
                       "cue": cue, "medium": med, "date": resolve_date(date, pub, path)})
    quotes.sort(key=lambda q: (q["start"], q["end"]))
    nq.sort(key=lambda q: (q["start"], q["end"]))
    words = len(text.split())
    assert 150 <= words <= 450, (path, "word count", words)
    rec = {"id": meta["id"], "outlet": nul(meta["outlet"]), "published": pub,
           "text": text, "quotes": quotes, "not_quotes": nq}
    return meta["split"], rec


sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from gold_io import build_splits  # noqa: E402


def main():
    build_splits(HERE, OUT, parse, "quotes")


if __name__ == "__main__":
    main()
