"""Build eval/claims/{dev,test}.jsonl from the marked-up sources in this folder.

Source format (src/NNN.txt):
    id: c-001
    split: dev|test
    outlet: Fictional Herald      (or "-" for null)
    published: 2024-03-08         (or "-" for null)
    ---
    body text with claim spans marked <N>...</N> (N = claim number; spans may nest/overlap)
    ===
    N|type|trigger|agent|target|attributed_to|flags|charge|date

agent/target "A; B": coordinated actors, expanded to one claim per agent-target pair (same span).
flags: any of n (negated) h (hedged), or empty. "-" means null in agent/target/attr/charge/date.
date: YYYY-MM-DD, "-", or a weekday name (mon..sun) = the most recent such day on or
before `published` (null if published is null).
"""
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TAG = re.compile(r"</?(\d+)>")
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
TYPES = {"accuse", "deny", "condemn", "praise", "support", "oppose", "meet", "protest",
         "threaten", "sanction", "pressure", "elect", "attack", "retaliate", "charge",
         "destabilize", "meddle", "provoke"}


def nul(x):
    x = x.strip()
    return None if x in ("-", "") else x


def parse(path):
    raw = open(path, encoding="utf-8").read()
    head, rest = raw.split("\n---\n", 1)
    body, ann = rest.split("\n===\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    body = body.strip("\n")
    text, opens, spans, pos = [], {}, {}, 0
    out_len = 0
    for m in TAG.finditer(body):
        chunk = body[pos:m.start()]
        text.append(chunk)
        out_len += len(chunk)
        n = m.group(1)
        if m.group(0).startswith("</"):
            assert n in opens, (path, "close without open", n)
            spans[n] = (opens.pop(n), out_len)
        else:
            assert n not in opens and n not in spans, (path, "dup open", n)
            opens[n] = out_len
        pos = m.end()
    text.append(body[pos:])
    text = "".join(text)
    assert not opens, (path, "unclosed", opens)
    pub = nul(meta["published"])
    claims, seen = [], set()
    for line in ann.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("|")
        assert len(f) == 9, (path, line)
        n, typ, trig, agent, target, attr, flags, charge, date = f
        n = n.strip()
        assert n in spans, (path, "no span for", n)
        assert typ.strip() in TYPES, (path, typ)
        seen.add(n)
        s, e = spans[n]
        span = text[s:e]
        trig = trig.strip()
        assert trig in span, (path, n, "trigger not in span", trig, span)
        date = nul(date)
        if date and date.lower()[:3] in DAYS and not re.match(r"\d{4}", date):
            if pub is None:
                date = None
            else:
                p = dt.date.fromisoformat(pub)
                back = (p.weekday() - DAYS.index(date.lower()[:3])) % 7
                date = (p - dt.timedelta(days=back)).isoformat()
        # "A; B" in agent or target = coordinated actors: one claim per pair, same span
        for ag in [nul(a) for a in agent.split(";")]:
            for tg in [nul(t) for t in target.split(";")]:
                claims.append({
                    "type": typ.strip(), "trigger": trig, "agent": ag, "target": tg,
                    "start": s, "end": e, "text": span, "attributed_to": nul(attr),
                    "negated": "n" in flags, "hedged": "h" in flags,
                    "charge": nul(charge), "date": date,
                })
    missing = set(spans) - seen
    assert not missing, (path, "spans without annotation", missing)
    claims.sort(key=lambda c: (c["start"], c["end"]))
    rec = {"id": meta["id"], "outlet": nul(meta["outlet"]), "published": pub,
           "text": text, "claims": claims}
    return meta["split"], rec


sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from gold_io import build_splits  # noqa: E402


def main():
    build_splits(HERE, OUT, parse, "claims")


if __name__ == "__main__":
    main()
