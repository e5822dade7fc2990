"""Who acts: metonyms, collective actors, groups and pronouns -> entity ids.

Rule (documented, used by claims.py): a token that is the subject or agent of a
claim verb and names a seat of power stands for the state or body it houses —
"the Kremlin"/"Moscow" -> Russia, "Belgrade" -> Serbia, "Brussels" -> European
Union, "Washington" -> United States, "Beijing" -> China (table ``METONYMS``;
entities carrying ``stands_for``/``capital_of`` from the gazetteer are honoured
first). A capital used as a place is NOT resolved: the object of in/across/at/to/
from, or a compound modifier ("Belgrade city hall").

Collective actors ("the collective West", "Western countries", "Western
governments") become one entity "the West" (type GROUP); "third parties from
abroad" becomes "foreign parties". Group nouns ("protesters", "police",
"observers") become GROUP/ORG entities via ``index.add_entity``. Pronouns go to
:func:`narrascope.coref.resolve_pronoun`.

Also (round 2): a capitalised title with a person in apposition ("Russia's
Ambassador to Belgrade Alexander B.") is the person; a description in apposition
to a name ("the People's Patrol, a nationalist organization which ...") is the
name; "X and its Y" -> its = X; quantities ("hundreds of supporters", "tens of
thousands of farmers") name the counted group and numbers never enter group
names; "its proxies"/"Russia's proxies" act for the owner (``PROXY_HEADS``) and
:func:`proxy_sponsor` finds the state a named group is described as serving;
a one-word person name joins the one fuller name containing it ("Liang" ->
"Liang Wenhao"); "the court" takes the latest earlier qualified mention
("Romania's constitutional court"); demonym forces ("Azerbaijani troops") are
the state via the gazetteer; "the Adeyemi administration" is the person.

Round 3: a state's weapon or vehicle that acts ("a Polish drone struck", "rammed by a
Chinese vessel") is the state, but stays a thing as a target; "the Philippine side"
is the state; a demonym owner is read through the gazetteer even when the NER made
it (or the whole phrase) an entity of its own; an upper-case dateline is never the
head an apposed description stands for, and a dateline needs a date or the agency
dash after it ("ECOWAS, which ..." is an actor); acronyms the tagger missed name a
body and join the spelled-out name ("RSF" -> "Rapid Support Forces"); a one-word
organisation joins the one fuller name it opens ("Nordvik" -> "Nordvik Shipping");
a given-name-only PERSON entity extends to its surname ("Tomas/PERSON Richter"), and a
bare surname joins the full name; a word matched to a place by spelling alone is the
person whose surname it is ("Mwale" is not "Male"); "the bloc"/"the alliance" is the
latest bloc/alliance named before; "his country" of a titled person is their state;
a possessed named body keeps its own name as an alias ("Taiwan's Mainland Affairs
Council" is also "Mainland Affairs Council"); media, experts and officials are actor
nouns; :func:`speaker_body` reads the body a person speaks for from their titles.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Token

from narrascope.nlp import doc_text, entity_span_at, headline_end, sent_start_back

# (the White House, the Pentagon and the State Department act as themselves: an office or
# ministry named as such stays that body, the convention of the claims gold)
METONYMS: dict[str, tuple[str, str]] = {
    "kremlin": ("Russia", "GPE"), "moscow": ("Russia", "GPE"),
    "belgrade": ("Serbia", "GPE"), "brussels": ("European Union", "ORG"),
    "washington": ("United States", "GPE"),
    "beijing": ("China", "GPE"), "kyiv": ("Ukraine", "GPE"), "kiev": ("Ukraine", "GPE"),
    "tbilisi": ("Georgia", "GPE"), "bucharest": ("Romania", "GPE"), "budapest": ("Hungary", "GPE"),
    "berlin": ("Germany", "GPE"), "paris": ("France", "GPE"), "london": ("United Kingdom", "GPE"),
    "warsaw": ("Poland", "GPE"), "ankara": ("Turkey", "GPE"), "tehran": ("Iran", "GPE"),
    "pristina": ("Kosovo", "GPE"), "minsk": ("Belarus", "GPE"), "downing street": ("United Kingdom", "GPE"),
    "elysee": ("France", "GPE"),
    "abidjan": ("Ivory Coast", "GPE"), "abu dhabi": ("United Arab Emirates", "GPE"),
}
PLACE_PREPS = {"in", "across", "at", "to", "from", "into", "near", "around", "through", "outside", "inside", "throughout"}
COLLECTIVE_WEST = {"west", "western"}
WEST_HEADS = {"west", "countries", "governments", "nations", "powers", "states", "partners", "allies",
              # round 4: "Armenia's 'Western patrons'"
              "patrons", "backers", "sponsors", "masters", "handlers", "curators", "capitals", "donors"}
GROUP_NOUNS: dict[str, str] = {
    "protester": "protesters", "demonstrator": "demonstrators", "observer": "observers",
    "police": "police", "witness": "witnesses", "analyst": "analysts", "critic": "critics",
    "opposition": "opposition", "activist": "activists", "diplomat": "diplomats",
    "official": "officials", "authority": "authorities", "resident": "residents",
    "voter": "voters", "student": "students", "farmer": "farmers", "worker": "workers",
    "lawmaker": "lawmakers", "government": "government", "troop": "troops", "force": "forces",
    "rebel": "rebels", "supporter": "supporters", "monitor": "monitors", "carmaker": "carmakers",
    "party": "parties", "ally": "allies", "leader": "leaders", "minister": "minister",
    "ministry": "ministry", "office": "office", "commission": "commission", "court": "court",
}
PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "its", "his", "their"}
# nouns naming who can act (besides GROUP_NOUNS); things ("tariffs", "exports") are not actors
ACTOR_NOUNS = {"patron", "backer", "sponsor", "handler", "curator", "league", "federation", "state", "country", "nation", "firm", "company", "union", "group",
               # round 10: bodies that act ("the bishops' conference called for ...", "the panel ruled")
               "conference", "synod", "bench", "panel", "jury", "diocese", "foundation", "charity", "institute",
               "service", "agency", "bank", "fund", "club", "board", "judge", "council", "committee",
               "bloc", "alliance", "coalition", "people", "crowd", "military", "army", "team", "association",
               "organisation", "organization", "institution", "regime", "administration", "parliament",
               "senate", "congress", "cabinet", "prosecutor", "investor", "shareholder", "director", "member",
               "neighbour", "neighbor", "partner", "faction", "militia", "movement", "camp", "side",
               "spokesman", "spokeswoman", "spokesperson", "president", "ambassador", "envoy", "chief",
               "founder", "candidate", "citizen", "counterpart", "colleague", "mercenary", "proxy", "hardliner",
               "nationalist", "loyalist", "separatist", "insurgent", "militant", "gunman", "rival", "elite", "union", "employer", "player", "fan", "nominee",
               "delegation", "embassy", "intelligence", "watchdog", "regulator", "network", "outlet",
               "media", "channel", "newspaper", "broadcaster", "court", "tribunal", "ministry",
               # round 3: media and offices speak and act ("state television accused ...")
               "television", "tv", "radio", "daily", "tabloid", "press", "prosecution", "commissioner",
               "secretariat", "directorate", "inspectorate", "legislature", "assembly", "junta",
               "expert", "scholar", "academic", "commentator", "pundit", "economist", "lawyer", "attorney",
               "journalist", "editorial", "columnist", "blogger", "veteran", "senator", "congressman",
               "congresswoman", "legislator", "mp", "deputy", "governor", "mayor", "oligarch", "businessman",
               "businesswoman", "tycoon", "magnate", "warlord", "smuggler", "hacker", "hackers",
               # round 5: more people and bodies that act ("Local businesses condemned ...")
               "business", "bishop", "priest", "cleric", "imam", "rabbi", "nurse", "family", "community",
               "church", "airline", "cabbie", "cabby", "landlord", "mps", "athlete", "coach", "chairman",
               "chairwoman", "clan", "tribe", "guild", "syndicate", "cartel", "consortium", "caucus", "mission",
               "relative", "victim", "survivor", "pensioner", "exile", "refugee", "migrant", "villager",
               # round 15: people described, not named ("about 30 armed men attacked ...")
               "man", "woman", "youth", "assailant", "suspect", "individual", "person", "militiaman", "militiamen",
               "policeman", "policemen", "tribesman", "tribesmen", "fisherman", "fishermen", "gunmen"}
ACTOR_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee", "eur")  # "rapporteur", "entrepreneur"


def name_start(tok: Token, stop: frozenset[str] | set[str] = frozenset()) -> int:
    """Index of the first word of the proper name that ``tok`` ends: the proper nouns
    hung on it just before it, up to (not including) a word in ``stop``."""
    doc, j = tok.doc, tok.i
    while j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].head.i == tok.i and doc[j - 1].lower_ not in stop:
        j -= 1
    return j


def is_actor_noun(tok: Token) -> bool:
    """A common noun that names people or bodies (lexicon or agentive suffix)."""
    lemma = tok.lemma_.lower()
    if lemma in GROUP_NOUNS or lemma in ACTOR_NOUNS or tok.lower_ in ACTOR_NOUNS:
        return True  # the written form too: "media" (lemma "medium")
    if lemma in ("government", "authority", "minister", "leader"):
        return True
    return tok.pos_ == "NOUN" and len(lemma) > 4 and lemma.endswith(ACTOR_SUFFIXES) and lemma not in (
        "order", "border", "number", "matter", "letter", "power", "paper", "water", "member", "chapter",
        "sector", "factor", "error", "rumor", "rumour", "document", "agreement", "statement", "government",
        "element", "comment", "payment", "investment", "movement", "amendment", "parliament", "settlement",
        "treatment", "department", "equipment", "development", "management", "judgment", "judgement",
        "argument", "incident", "event", "percent", "content", "extent", "talent", "accident", "plant",
        "grant", "restaurant", "warrant", "giant", "variant", "quarter", "river", "winter", "summer",
        "center", "centre", "disaster", "barrier", "corridor", "monitor",
        # round 4: things with an agentive-looking ending ("rejected the offers")
        "offer", "answer", "transfer", "cover", "layer", "tender", "banner", "shelter", "trigger", "filter",
        "weather", "theater", "theatre", "register", "counter", "encounter", "disorder", "danger", "anger",
        "hunger", "career", "cancer", "computer", "meter", "fever", "intent", "consent", "dissent", "descent",
        "ultimatum", "pressure", "measure", "failure", "charter", "mandate", "tractor", "reactor", "motor",
        "vector", "radar", "calendar", "pillar", "seminar", "humour", "humor", "honour", "honor", "favour",
        "favor", "behaviour", "behavior", "labour", "labor", "terror", "horror", "mirror", "sponsor",
        # round 5: things ending in -ee ("fined X 21 billion rupees")
        "rupee", "fee", "coffee", "degree", "guarantee", "jubilee", "decree", "spree", "marquee", "toffee",
        "levee", "pedigree", "knee", "tree") and not (
        lemma.endswith("ment") and lemma not in ("government",)) or lemma in ("monitor", "sponsor")


def crowd_entity(doc: Doc, tok: Token, index: Any) -> str | None:
    """"Thousands of people protested": the crowd acting in a protest is "protesters"."""
    s, e = phrase_span(tok)
    return _group(index, "protesters", (s, e), [doc_text(doc)[s:e]])


def _call(fn: Any, *args: Any, **kw: Any) -> Any:
    try:
        return fn(*args, **kw)
    except (NotImplementedError, AttributeError, TypeError):
        return None


def is_place_use(tok: Token) -> bool:
    """True when a capital's name is used as a place, not as an actor."""
    if any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in ("which", "who") for g in c.children)
           for c in tok.children):
        return False  # "praise from Brussels, which has urged ...": the relative clause makes it act
    if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.ent_type_ != tok.ent_type_:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS:
        return True
    head = tok
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS:
        return True
    return tok.dep_ in ("npadvmod",)


def phrase_span(tok: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``tok`` without clauses and PPs."""
    left = tok
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod", "det", "poss", "nmod", "nummod", "quantmod", "case", "punct") and c.i < left.i \
                and not (c.dep_ in ("compound", "punct") and _dateline_word(c.left_edge)):
            # ("LIMA - The president": the dateline's place the parser hung on the subject is no part of it)
            left = c.left_edge if c.dep_ in ("poss", "compound", "amod") else c
    right = tok
    for c in tok.rights:
        if c.dep_ in ("compound", "flat", "appos") and c.dep_ != "appos":
            right = c
    start = left.idx
    while start < tok.idx and doc_text(tok.doc)[start] in "\"“”'‘’ ":
        start += 1
    return start, right.idx + len(right.text)


def _entity_at(index: Any, s: int, e: int) -> str | None:
    return _call(index.entity_at, s, e)


def _stands_for(index: Any, eid: str) -> str:
    ent = getattr(index, "entities", {}).get(eid)
    if ent is not None and getattr(ent, "stands_for", None):
        return ent.stands_for
    return eid


def _ensure(index: Any, name: str, etype: str, mention: tuple[int, int] | None = None) -> str | None:
    for eid, ent in getattr(index, "entities", {}).items():
        if ent.name.lower() == name.lower() or name.lower() in (a.lower() for a in ent.aliases):
            return eid
    return _call(index.add_entity, name, etype, mention=mention)


QUANTIFIERS = {"several", "some", "many", "two", "three", "four", "five", "six", "seven", "eight",
               "nine", "ten", "dozens", "hundreds", "thousands", "tens", "all", "both", "most", "various",
               "numerous", "few", "a", "an", "the", "any", "every", "each", "other", "certain", "these",
               "those", "this", "that"}
DETERMINERS = {"the", "a", "an", "any", "every", "each", "some", "this", "that", "these", "those", "either",
               "its", "his", "her", "their", "our", "my", "your"}
# heads whose possessor (or "of" person) is the real actor: "Velimirović's office", "his campaign"
PROXY_HEADS = {"office", "government", "administration", "campaign", "cabinet", "team", "camp", "regime",
               "spokesman", "spokeswoman", "spokesperson", "lawyers", "lawyer", "aides",
               "proxy", "proxies", "surrogates", "mercenaries", "henchmen",
               # round 7: a company's board acts for the company ("the board of Credito Alpino rejected")
               "board",
               # round 19: "the ELN's central command accused", "Hamas's leadership said"
               "command", "leadership"}
# words that describe a group as someone's instrument: "its paramilitary Wagner Group", "Russia's proxies"
PROXY_WORDS = {"proxy", "proxies", "paramilitary", "mercenary", "mercenaries", "militia", "militias",
               "surrogate", "surrogates"}
# armed forces of a state act for the state: "Russian troops", "Ukraine's army"
STATE_FORCE_HEADS = {"force", "forces", "troops", "troop", "army", "military", "navy", "jets", "drones",
                     "artillery", "missiles", "warplanes", "soldiers", "units", "defences", "defenses",
                     "guard", "guards", "navy", "vessels", "ships", "coastguard", "coastguards",
                     "battalion", "brigade", "regiment", "unit", "side"}
# round 3: a state's weapon or vehicle that acts (subject, or "by" agent) acts for the state:
# "a Polish drone struck ...", "rammed by a Chinese vessel"; as a target it stays a thing
VEHICLE_HEADS = {"drone", "jet", "warplane", "vessel", "ship", "warship", "frigate", "destroyer",
                 "submarine", "aircraft", "helicopter", "missile", "tank", "tanks", "gunboat", "boat", "boats"}


BLOCS = {"European Union", "EU", "ASEAN", "ECOWAS", "African Union", "Mercosur", "BRICS", "G7", "G20",
         "Eurasian Economic Union", "Gulf Cooperation Council", "Arab League", "Shanghai Cooperation Organisation"}
ALLIANCES = {"NATO", "AUKUS", "CSTO", "Quad"}
BLOC_NOUNS = {"bloc": BLOCS, "alliance": ALLIANCES, "union": {"European Union", "African Union", "EU"}}


def _dateline_word(tok: Token) -> bool:
    """"ISTANBUL, March 24 (SC) - An Istanbul court ...": the upper-case place of a dateline
    (each word of "SÃO PAULO -", "NEW DELHI, Nov 19")."""
    doc = tok.doc
    if tok.is_upper and len(tok.text) > 1 and tok.is_alpha:
        # the last word of a run of upper-case words opening the line
        start, end = tok.i, tok.i
        while start > 0 and doc[start - 1].is_upper and doc[start - 1].is_alpha and "\n" not in doc[start - 1].text_with_ws:
            start -= 1
        while end + 1 < len(doc) and doc[end + 1].is_upper and doc[end + 1].is_alpha and end - start < 3:
            end += 1
        if (start < tok.i or end > tok.i) and end + 1 < len(doc) and doc[end + 1].is_punct and (
                start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start].is_sent_start):
            return _dateline_word(doc[end]) if end != tok.i else _dateline_tail(doc, end)
    if not (tok.is_upper and len(tok.text) > 2 and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].is_punct and (
            tok.i == 0 or "\n" in tok.doc[tok.i - 1].text_with_ws or tok.is_sent_start)):
        return False
    return _dateline_tail(doc, tok.i)


def _dateline_tail(doc: Doc, i: int) -> bool:
    """Whether what follows the dateline's place (at ``i``) is a dateline's: a date, the
    agency's dash or a colon."""
    tok = doc[i]
    if i + 1 >= len(doc) or not doc[i + 1].is_punct:
        return False
    # a dateline goes on with a date or the agency's dash: "BELGRADE, March 12 (CWS) -"
    if tok.doc[tok.i + 1].text in ("-", "—", "–", "--"):
        return True
    if tok.doc[tok.i + 1].text == ":" and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 2].text[:1].isupper():
        return True  # "LUCKNOW: Uttar Pradesh Chief Minister ..." (South Asian dateline style)
    if tok.i + 2 < len(doc) and doc[tok.i + 2].ent_type_ in ("DATE", "TIME"):
        return True
    for t in doc[tok.i + 2:tok.i + 10]:
        if t.pos_ in ("VERB", "AUX") or t.lower_ in ("which", "who", "that"):
            return False
        if t.text in ("-", "—", "–", "--"):
            return True
    return False


def _acting_position(tok: Token) -> bool:
    """Subject of a verb, or the object of a passive "by"."""
    return tok.dep_ in ("nsubj", "csubj") or (tok.dep_ == "pobj" and tok.head.dep_ == "agent") or (
        tok.dep_ == "pobj" and tok.head.lower_ == "by")
# "the headquarters of X", "the internal affairs of X": the act is aimed at X
RELATIONAL_HEADS = {"headquarters", "offices", "premises", "building", "embassy", "residence", "affairs",
                    "network", "one", "group", "number", "series", "part", "members", "member",
                    "city", "town", "village", "region", "province", "port", "district"}
# generic people nouns: as the agent of a protest they are "protesters"
CROWD_HEADS = {"people", "thousands", "hundreds", "crowd", "crowds", "tens", "dozens", "citizens"}
INSTITUTION_HEADS = {"government", "authorities", "regime", "administration", "cabinet"}
# a state's legislature written bare ("marched on parliament", "urged the legislature"): the
# article's country's ("Georgian parliament")
LEGISLATURE_HEADS = {"parliament", "legislature"}
# members of a party written in the plural: a group of people, not the party
PARTY_MEMBERS = {"democrats", "republicans", "conservatives", "tories", "socialists", "liberals", "greens"}
# heads that stand for their state when a demonym or owner names it ("the Moldovan authorities",
# "the Iranian regime", "the regime in Tehran")
STATE_AS_ACTOR = {"authorities", "regime"}
# a state's armed service written bare ("the army", "army aircraft"): "<Demonym> army"
BARE_SERVICE_HEADS = {"army", "military", "navy"}
TITLE_HEADS = {"minister", "president", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy",
               "chancellor", "leader", "chief", "head", "secretary", "premier", "founder", "chairman",
               "governor", "mayor", "commander", "official"}


def _ent_span(doc: Doc, tok: Token) -> Any:
    return entity_span_at(doc, tok.i)


def np_text(doc: Doc, tok: Token, *, with_post: bool = True) -> str:
    """A readable name for the noun phrase headed by ``tok``: leading determiners and
    quantifiers dropped, post-modifiers ("of"/"for"/"near"/"in" phrases, a participle)
    kept when ``with_post``; relative clauses, appositions and punctuation cut."""
    toks = [tok]
    for c in tok.lefts:
        toks.extend(c.subtree)
    if with_post:
        for c in tok.rights:
            if c.dep_ == "prep" and any(g.dep_ in ("pcomp",) or (g.dep_ == "pobj" and g.tag_ == "VBG") for g in c.children):
                continue  # "judges of stealing the election": the charge, not the name
            if c.dep_ == "prep" and c.lower_ in ("of", "for") and tok.dep_ == "dobj" \
                    and tok.head.lemma_.lower() in CHARGE_VERBS:
                continue  # "accused the government of fraud": the parser hangs the charge on the object
            if c.dep_ in ("prep", "acl", "compound", "amod", "nummod") and not (c.dep_ == "prep" and c.lower_ in ("as", "at", "on", "over", "after", "before", "during", "since", "by", "because", "including", "amid", "despite", "with", "to", "for") and not (c.lower_ == "for" and tok.lemma_.lower() in ("rule", "rules", "law", "bill", "plan", "package"))):
                sub = list(c.subtree)
                if any(t.is_punct and t.text in ",;()" for t in sub):
                    continue
                toks.extend(sub)
    toks = sorted(set(toks), key=lambda t: t.i)
    # keep the contiguous block around the head
    lo, hi = toks.index(tok), toks.index(tok)
    while lo > 0 and toks[lo - 1].i == toks[lo].i - 1:
        lo -= 1
    while hi < len(toks) - 1 and toks[hi + 1].i == toks[hi].i + 1:
        hi += 1
    toks = toks[lo:hi + 1]
    # "ISTANBUL - Riot police": a dateline glued to the subject is no part of its name
    dash = next((k for k, t in enumerate(toks) if t.text in ("-", "—", "–", "--") and t.i < tok.i
                 and t.whitespace_ and t.i > 0 and doc[t.i - 1].whitespace_), None)  # not "Peace-Keeping"
    # (also "BUEA, Cameroon - Separatist fighters": the city in capitals, then its country)
    if dash is not None and dash + 1 < len(toks) and toks[0].is_upper and len(toks[0].text) > 1 and (
            all(t.is_upper or t.is_punct for t in toks[:dash])
            or all(t.is_upper or t.is_punct or t.is_title for t in toks[:dash]) and dash <= 6):
        toks = toks[dash + 1:]
    elif dash is not None and dash + 1 < len(toks) and dash <= 10 and any(
            t.ent_type_ == "DATE" or t.text == "(" for t in toks[:dash]) and all(
            t.is_upper or t.is_punct or t.is_title or t.like_num or t.ent_type_ == "DATE" for t in toks[:dash]):
        toks = toks[dash + 1:]  # "Feb 12 (APW) - Pakistani warplanes": the rest of a dateline
    while len(toks) > 1 and (toks[0].lower_ in DETERMINERS or toks[0].is_punct or toks[0].lower_ in QUANTITY_WORDS or
                             (toks[0].like_num and toks[0].tag_ == "CD" and toks[0].i != tok.i) or
                             (toks[0].lower_ in ("at", "more", "less", "fewer", "up") and len(toks) > 2 and
                              toks[1].lower_ in ("least", "most", "than", "to"))):
        toks = toks[2:] if toks[0].lower_ in ("at", "more", "less", "fewer", "up") else toks[1:]
    while len(toks) > 1 and (toks[-1].is_punct or toks[-1].dep_ in ("cc", "prep")):
        toks = toks[:-1]
    # "Furious MPs", "war-weary residents": a mood is no part of who the group is
    while len(toks) > 1 and toks[0].i < tok.i and toks[0].dep_ == "amod" and toks[0].head.i == tok.i \
            and toks[0].lower_.split("-")[-1] in MOOD_ADJECTIVES:
        toks = toks[1:]
        while len(toks) > 1 and toks[0].text in ("-", ",") and toks[0].i < tok.i:
            toks = toks[1:]
    text = doc_text(doc)[toks[0].idx:toks[-1].idx + len(toks[-1].text)]
    return text.strip("\"“”'‘’ ")


# people sent by a body act for it: "observers from the OSCE", "inspectors from the IAEA"
DELEGATE_NOUNS = {"observer", "monitor", "inspector", "delegate", "delegation", "representative", "envoy",
                  "official", "mission", "team"}

# definite nouns that name a body introduced earlier by name ("the party", "the commission")
DEFINITE_ORG_HEADS = {"party", "alliance", "coalition", "commission", "committee", "council", "federation",
                      "union", "bloc", "company", "firm", "group", "agency", "league", "association", "movement",
                      "court", "tribunal", "bank", "fund", "club", "board", "regulator", "watchdog", "organisation",
                      "organization", "network", "broadcaster", "newspaper", "ministry", "embassy", "airline",
                      "carmaker", "automaker", "insurer", "lender", "retailer", "charity"}

# verbs whose "of"/"for" phrase is the charge, not part of the object's name
CHARGE_VERBS = {"accuse", "suspect", "convict", "blame", "criticise", "criticize", "condemn", "praise", "thank",
                "fault", "slam", "rebuke", "punish", "sanction", "fine"}
# adjectives of mood or temper that newsrooms put before a group ("angry farmers");
# the group's name is the noun without them ("farmers")
MOOD_ADJECTIVES = {"angry", "furious", "outraged", "irate", "frustrated", "disgruntled", "jubilant", "defiant",
                   "weary", "tired", "exhausted", "frightened", "fearful", "anxious", "worried", "desperate",
                   "incensed", "enraged", "disappointed", "dismayed", "nervous", "emboldened", "jubilant",
                   "cheering", "chanting", "grieving", "mourning", "exasperated", "impatient", "restless",
                   # the reporter's not knowing names no one: "unnamed opposition politicians"
                   "unnamed", "unidentified", "anonymous", "unspecified"}
_MOOD_RE = re.compile(r"^(?:\w+-)?(?:%s)\s+(?=\S)" % "|".join(sorted(MOOD_ADJECTIVES)), re.I)


QUANTITY_WORDS = {"leading", "several", "two", "three", "many", "some", "both", "various", "numerous", "about", "around",
                  "nearly", "almost", "roughly", "some", "over", "hundred", "thousand", "hundreds", "thousands",
                  "dozens", "dozen", "tens", "million", "millions", "few", "other"}
ORG_HEADS = {"party", "group", "company", "bloc", "movement", "alliance", "federation", "union", "firm",
             "coalition", "fund", "network", "organisation", "organization", "agency", "bank", "club"}


def _mention(index: Any, eid: str, s: int, e: int) -> None:
    """Record that [s, e) refers to ``eid`` (so pronouns later can find it)."""
    ent = getattr(index, "entities", {}).get(eid)
    if ent is not None:
        _call(index.add_entity, ent.name, ent.type, mention=(s, e))


def _after_poss(doc: Doc, poss: Token, end: int) -> str:
    """The words after a possessor and its "'s" up to ``end``."""
    i = poss.right_edge.i + 1
    while i < len(doc) and doc[i].tag_ == "POS":
        i += 1
    if i >= len(doc) or doc[i].idx >= end:
        return ""
    return doc_text(doc)[doc[i].idx:end].strip()


def _demonym_alias(index: Any, eid: str | None, rest: str) -> list[str]:
    gaz = getattr(index, "gazetteer", None)
    ent = getattr(index, "entities", {}).get(eid) if eid else None
    if gaz is None or ent is None:
        return []
    rec = gaz.lookup(ent.name)
    dem = (rec or {}).get("demonyms") or []
    return [f"{dem[0]} {rest}"] if dem else []


def _demonym_country(index: Any, text: str) -> str | None:
    gaz = getattr(index, "gazetteer", None)
    rec = _call(gaz.lookup, text, demonym=True) if gaz is not None else None
    if not rec or rec.get("type") != "GPE":
        return None
    return _ensure(index, rec["name"], "GPE")


def _service_owner(doc: Doc, index: Any, tok: Token) -> str | None:
    """The state whose service a bare "the army" is: the latest earlier "Sudan's army" /
    "Sudanese army" ("Sudan's army-backed government" counts), before the article's most
    mentioned country (a story of two states names the other one as often)."""
    gaz = getattr(index, "gazetteer", None)
    if gaz is None:
        return None
    owner = None
    text = doc_text(doc)
    for m in re.finditer(rf"\b([A-Z][\w-]+)(?:['’]s)?\s+({re.escape(tok.lower_)})\b", text[:tok.idx], re.I):
        if not m.group(1)[:1].isupper():
            continue
        svc = doc.char_span(m.start(2), m.end(2))
        if svc is not None and svc.root.dep_ == "compound" and svc.root.head.pos_ == "NOUN" \
                and text[m.end(2):m.end(2) + 1] != "-":
            continue  # "Chadian army officers": the officers, not the army
        rec = _call(gaz.lookup, m.group(1), demonym=True)
        if rec and rec.get("type") == "GPE":
            owner = rec["name"]
    return _ensure(index, owner, "GPE") if owner else None


# heads that, qualified by "military", name a state's military rulers ("Niger's military
# rulers", "the military government"): one body with "the junta"
JUNTA_HEADS = {"ruler", "rulers", "government", "regime", "authorities", "leadership", "leaders", "administration"}


def _is_junta(tok: Token) -> bool:
    if tok.lower_ in ("junta", "juntas"):
        return tok.pos_ in ("NOUN", "PROPN")  # "Junta aircraft" at a sentence start reads as a name
    if tok.pos_ != "NOUN":
        return False
    # ("US military leaders", "Israel's military leadership" are no junta; a military government
    # is one only in a story of a junta or a coup)
    return (tok.lower_ in JUNTA_HEADS or tok.lemma_.lower() in JUNTA_HEADS) and any(
        c.dep_ in ("amod", "compound") and c.lower_ in ("military", "army-led", "military-led") for c in tok.children) \
        and re.search(r"\b(?:juntas?|coup|putsch)\b", doc_text(tok.doc), re.I) is not None


def _junta(doc: Doc, index: Any, tok: Token, owner: str | None, owner_tok: Token | None,
           s: int, e: int) -> str | None:
    """"Niger's junta", "Niger's military rulers", then "the junta", "the military
    government": one body, named "<Country>'s junta" (aliases "<Country> junta",
    "<Demonym> junta" and the written forms) when the article says "junta" anywhere, else
    "<Country>'s military government". The country is the written owner, else the latest
    earlier owned mention ("Mali's junta", "the Malian junta"), else the article's most
    mentioned country. A junta named by a person ("the Traoré junta") is left to the
    rules for named modifiers."""
    if not _is_junta(tok):
        return None
    ents = getattr(index, "entities", {})
    if owner_tok is not None and (owner is None or getattr(ents.get(owner), "type", None) not in ("GPE", "NORP")):
        if owner_tok.ent_type_ in ("NORP", "GPE") or owner_tok.pos_ == "PROPN":
            owner = _demonym_country(index, owner_tok.text)
        if owner is None:
            return None
    if owner is None and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return None  # "a junta", "a military government": not a known one
    if owner is None:
        text = doc_text(doc)
        gaz = getattr(index, "gazetteer", None)
        pat = r"\b([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)(?:['’]s)?\s+(?:junta|military\s+(?:rulers|government|regime|leaders|leadership|authorities))\b"
        for m in re.finditer(pat, text[:tok.idx]):
            rec = _call(gaz.lookup, m.group(1), demonym=True) if gaz is not None else None
            if rec and rec.get("type") == "GPE":
                owner = _ensure(index, rec["name"], "GPE")
        if owner is None:
            owner = _salient_country(doc, index, tok.idx)
    if owner is None or owner not in ents:
        return None
    country = ents[owner].name
    rest = "junta" if re.search(r"\bjuntas?\b", doc_text(doc), re.I) else "military government"
    written = doc_text(doc)[s:e]
    written = written[4:] if written.lower().startswith("the ") else written
    als = [f"{country} {rest}", *_demonym_alias(index, owner, rest), written]
    if tok.lower_ != rest:
        als += [f"{country}'s {tok.lower_}", *_demonym_alias(index, owner, tok.lower_)]
    return _group(index, f"{country}'s {rest}", (s, e), als)


# heads of bodies that a country's name or demonym qualifies ("the Kazakh union", "Russia's
# athletics federation") and that the article may name in full
NAMED_BODY_HEADS = {"union", "federation", "association", "confederation", "committee", "council", "commission",
                    "party", "league", "chamber", "authority", "agency", "institute", "academy", "society"}


def _named_body(index: Any, tok: Token, owner: str | None) -> str | None:
    """"the Kazakh union" after "the National Athletics Union of Kazakhstan": a body noun
    qualified by a country is the one organisation the article names with that noun and
    that country (or its demonym); none or several: no answer."""
    ents = getattr(index, "entities", {})
    if owner is None or not (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.is_lower) \
            or getattr(ents.get(owner), "type", None) != "GPE":
        return None
    head = tok.lower_ if tok.pos_ == "PROPN" else tok.lemma_.lower()
    if head not in NAMED_BODY_HEADS:
        return None
    gaz = getattr(index, "gazetteer", None)
    rec = _call(gaz.lookup, ents[owner].name) if gaz is not None else None
    marks = {ents[owner].name.lower(), *(d.lower() for d in (rec or {}).get("demonyms") or [])}
    found = []
    for eid, ent in ents.items():
        if ent.type != "ORG":
            continue
        low = ent.name.lower()
        words = set(re.split(r"[\s'’-]+", low))
        if head in words and any(re.search(rf"\b{re.escape(m)}\b", low) for m in marks):
            found.append(eid)
    return found[0] if len(found) == 1 else None


def _state_of(index: Any, eid: str) -> str:
    """The state a capital stands for ("Bishkek" -> Kyrgyzstan), else ``eid`` itself."""
    return (_call(index.capital_of, eid) if hasattr(index, "capital_of") else None) or eid


def _salient_country(doc: Doc, index: Any, before: int, dominant: bool = False) -> str | None:
    """The country the article is about: the GPE (capitals counted for their state)
    mentioned most often, ties to the earliest. ``dominant``: only when it is named at least
    twice as often as any other (a story of two countries has no one "home" ministry)."""
    counts: dict[str, list[int]] = {}
    for m in getattr(index, "mentions", []):
        ent = getattr(index, "entities", {}).get(m.entity)
        if ent is None or ent.type != "GPE":
            continue
        eid = _state_of(index, m.entity)
        c = counts.setdefault(eid, [0, m.start])
        c[0] += 1
    if not counts:
        return None
    # a state the gazetteer knows before a region the recogniser typed GPE ("Sagaing Region")
    gaz = getattr(index, "gazetteer", None)
    ents = getattr(index, "entities", {})
    known = {k: v for k, v in counts.items() if gaz is not None and k in ents
             and (_call(gaz.lookup, ents[k].name) or {}).get("type") == "GPE"}
    ranked = sorted((known or counts).items(), key=lambda kv: (-kv[1][0], kv[1][1]))
    if dominant and len(ranked) > 1 and ranked[0][1][0] < 2 * ranked[1][1][0]:
        return None
    return ranked[0][0]


def the_country_word(tok: Token) -> bool:
    """"the country's", "the nation's": a possessor that stands for a country named before."""
    return tok.pos_ == "NOUN" and tok.lower_ in ("country", "nation") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _the_country(doc: Doc, index: Any, tok: Token) -> str | None:
    """"Kyrgyzstan will cut releases, the country's energy ministry said": the one state named
    in "the country"'s sentence and the two before (a capital counts for its state); of
    several, the latest that is a subject ("Pakistan will receive a loan from Saudi Arabia",
    "France recalled its ambassador to Mali"), else the article's country."""
    lo = doc[sent_start_back(tok, 2)].idx
    ents = getattr(index, "entities", {})
    gaz = getattr(index, "gazetteer", None)
    states: list[tuple[str, bool]] = []
    for m in getattr(index, "mentions", []):
        if m.start >= tok.idx:
            break
        ent = ents.get(m.entity)
        if m.start < lo or ent is None or ent.type != "GPE":
            continue
        cap = _call(index.capital_of, m.entity) if hasattr(index, "capital_of") else None
        rec = _call(gaz.lookup, ent.name) if gaz is not None else None
        if cap or rec and rec.get("demonyms"):     # a state or its capital, not "the Toktogul reservoir"
            head = doc.char_span(m.start, m.end, alignment_mode="expand")
            root = head.root if head is not None else None
            while root is not None and root.dep_ in ("compound", "poss") and root.head is not root:
                root = root.head
            states.append((cap or m.entity, root is not None and root.dep_ in ("nsubj", "nsubjpass")))
    if len({sid for sid, _ in states}) == 1:
        return states[0][0]
    subjects = [sid for sid, subj in states if subj]
    return subjects[-1] if subjects else _salient_country(doc, index, tok.idx)


# words of a state's body named without its state ("the Foreign Ministry", "police", "the
# Supreme Court", "the transitional government", "riot police", "prosecutors")
BARE_BODY_WORDS = frozenset("""
ministry foreign defence defense interior justice finance health affairs of the for and office army navy air
force forces police parliament government cabinet presidency central electoral election commission security
council service intelligence prosecutor prosecutor's prosecutors general trade economy economic agriculture
education energy environment transport sports sport culture emergency emergencies situations national guard
border customs court supreme constitutional administration armed coast riot naval transitional ruling party
military junta federal state congress legislature senate assembly services
""".split())
BARE_BODY_HEADS = frozenset("""ministry court parliament police prosecutors prosecutor's government army navy
forces force guard council commission service services cabinet presidency junta party military congress
legislature senate assembly""".split())


def bare_body(name: str) -> bool:
    """A state's body written without its state ("Foreign Ministry", "riot police", "Supreme
    Court", "transitional government"): every word generic, one a body's head."""
    words = [w.lower().strip(".,") for w in name.replace("’", "'").split()]
    return bool(words) and all(w in BARE_BODY_WORDS for w in words) and bool(set(words) & BARE_BODY_HEADS) \
        and words[-1] not in ("of", "the", "for", "and") and (words != ["party"] and "party" not in words
                                                             or "ruling" in words)


# a place written with a body: "Brazil's Supreme Court", "the Japanese Foreign Ministry", "... in Moscow"
OWNED_BEFORE = re.compile(r"([A-Z][\w.-]*)(?:['’]s?)?\s+(?:\w+\s+)?$")
PLACED_AFTER = re.compile(r"\s+(?:in|of)\s+([A-Z][\w.-]*)")


def _written_state(gaz: Any, text: str, start: int, end: int) -> str | None:
    """The state a body's mention is written with ("Brazil's Supreme Court", "the Japanese Foreign
    Ministry", "the Defence Ministry in Moscow"), by the gazetteer; None when none is."""
    for m in (OWNED_BEFORE.search(text[max(0, start - 30):start]), PLACED_AFTER.match(text[end:end + 30])):
        rec = gaz.lookup(m.group(1), demonym=True) if m else None
        if rec and rec.get("type") == "GPE":
            return rec.get("capital_of") or rec["name"]
    return None


def _home_state(doc: Doc, index: Any) -> str | None:
    """The name of the one country a story is about: named (a capital counts for its state) at
    least twice as often as any other; a story datelined in a capital counts for that state
    only when no other country is named more often (a bureau's city says where, not whose).
    Read from the gazetteer only: no entity is made for a state the text never names."""
    gaz = getattr(index, "gazetteer", None)
    ents = getattr(index, "entities", {})
    if gaz is None:
        return None
    def capital_state(m: Any) -> str | None:
        rec = gaz.lookup(ents[m.entity].name) or {}
        cap = rec.get("capital_of") if rec.get("type") == "GPE" else None
        return cap if cap and (gaz.lookup(cap) or {}).get("demonyms") is not None else None

    # (the dateline's first place that is the capital of a state the gazetteer knows)
    capital_at = next((m for m in _dateline_places(doc, index) if capital_state(m)), None)
    counts: dict[str, int] = {}
    dateline: str | None = None
    for m in getattr(index, "mentions", []):
        ent = ents.get(m.entity)
        if ent is None or ent.type != "GPE":
            continue
        rec = gaz.lookup(ent.name) or {}
        if rec.get("type") != "GPE":
            continue
        state = rec.get("capital_of") or ent.name
        if (gaz.lookup(state) or {}).get("demonyms") is None:
            continue
        if m is capital_at:
            dateline = state
            continue
        counts[state] = counts.get(state, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    if dateline is not None and (not ranked or counts.get(dateline, 0) >= ranked[0][1]):
        return dateline   # (a tie goes to the dateline's state)
    return None


_MINISTRY = re.compile(r"^(?:(?P<own>[A-Z][\w .'-]*?)['’]s?\s+|(?P<dem>[A-Z][a-z]+)\s+)?(?:[Mm]inistry of "
                       r"(?P<p1>[A-Z][\w,&' -]*?)(?: of (?:the )?(?P<c>[A-Z][\w -]+))?|(?P<p2>[A-Za-z]+(?: [A-Za-z]+)?) "
                       r"[Mm]inistry)$")


def _add_forms(ent: Any, forms: Any) -> None:
    """Record each of ``forms`` as another name of ``ent`` (none its own name, none twice)."""
    for form in forms:
        if form.lower() != ent.name.lower() and form not in ent.aliases:
            ent.aliases.append(form)


_STATE_BODY = re.compile(r"^(?:(?P<own>[A-Z][\w .'-]*?)['’]s?\s+(?P<rest1>.+)|(?P<rest2>.+?) of (?:the )?(?P<c>[A-Z][\w -]+))$")
STATE_BODY_HEADS = {"government", "parliament", "assembly", "council", "court", "army", "police", "senate",
                    "congress", "commission", "cabinet", "presidency", "navy", "forces", "force", "guard", "service"}


def _state_body_forms(index: Any, gaz: Any) -> None:
    """"Turkey's Grand National Assembly", "the Government of Belize": a state's body written with
    its state is also known as "<Demonym> <body>" and "<body> of <State>" ("Turkish Grand National
    Assembly", "Grand National Assembly of Turkey"; "Belizean government")."""
    for ent in list(getattr(index, "entities", {}).values()):
        if ent.type not in ("ORG", "GROUP") or _call(gaz.lookup, ent.name) is not None:
            continue
        m = _STATE_BODY.match(ent.name)
        if not m:
            continue
        owner, rest = (m.group("own"), m.group("rest1")) if m.group("own") else (m.group("c"), m.group("rest2"))
        rec = gaz.lookup(owner, demonym=True) or {}
        if rec.get("type") != "GPE" or not rec.get("demonyms") or not rest \
                or rest.split()[-1].lower() not in STATE_BODY_HEADS or re.search(r"['’]s\b", rest):
            continue
        rest = rest if rest[:1].isupper() or len(rest.split()) > 1 else rest.lower()
        _add_forms(ent, (f"{rec['demonyms'][0]} {rest}", f"{rest[:1].upper()}{rest[1:]} of {rec['name']}"))


def _ministry_forms(index: Any, gaz: Any) -> None:
    """A state's ministry is written many ways ("China's commerce ministry", "the Ministry of
    Foreign Affairs of Belize", "Ethiopia's Ministry of Foreign Affairs"): each is also known by
    the two usual forms with its state's demonym ("Chinese Ministry of Commerce", "Chinese
    Commerce Ministry"; "Belizean Foreign Ministry"), so that one ministry read in two outlets
    is one."""
    for ent in list(getattr(index, "entities", {}).values()):
        if ent.type not in ("ORG", "GROUP"):
            continue
        m = _MINISTRY.match(ent.name)
        if not m:
            continue
        owner = m.group("own") or m.group("dem") or m.group("c")
        rec = (gaz.lookup(owner, demonym=True) if owner else None) or {}
        if rec.get("type") != "GPE" or not rec.get("demonyms"):
            continue   # (a bare ministry is qualify_bare_bodies' to name)
        portfolio = (m.group("p1") or m.group("p2")).strip()
        short = re.sub(r"\s+Affairs$", "", portfolio, flags=re.I)
        if m.group("p2") and portfolio.lower() in ("foreign", "home", "internal"):
            portfolio = f"{portfolio} Affairs"   # "the foreign ministry" is the Ministry of Foreign Affairs
        dem = rec["demonyms"][0]
        cap = lambda x: " ".join(w[:1].upper() + w[1:] for w in x.split())   # ("foreign" -> "Foreign")
        _add_forms(ent, (f"{dem} Ministry of {cap(portfolio)}", f"{dem} {cap(short)} Ministry"))


def qualify_bare_bodies(doc: Doc, index: Any) -> None:
    """"The Foreign Ministry", "police", "prosecutors" in a story about one country (see
    :func:`_home_state`): its bodies, also known as "Japanese Foreign Ministry", "Zimbabwean
    police" (an alias; the written name stays the name, so an article that never says whose
    keeps what it says); never a body written with another state ("Brazil's Supreme Court" in a
    London-datelined story, "the Defence Ministry in Moscow")."""
    ents = getattr(index, "entities", {})
    gaz = getattr(index, "gazetteer", None)
    if gaz is None or not ents:
        return
    if hasattr(index, "_near"):
        from narrascope.entities import placed_body_aliases
        placed_body_aliases(index)   # (bodies the extractors named after the entity pass: "the EU delegation in Kampala")
    state = _home_state(doc, index)
    rec = gaz.lookup(state) if state else None
    _ministry_forms(index, gaz)
    _state_body_forms(index, gaz)
    if not rec or not rec.get("demonyms"):
        return
    demonym = rec["demonyms"][0]
    text = doc_text(doc)
    for eid, ent in list(ents.items()):
        if ent.type not in ("ORG", "GROUP") or ent.stands_for or not bare_body(ent.name) \
                or _call(gaz.lookup, ent.name) is not None:
            continue
        if any(m.entity == eid and _written_state(gaz, text, m.start, m.end) not in (None, rec["name"])
               for m in getattr(index, "mentions", [])):
            continue   # "Japan's Foreign Ministry", "the Defence Ministry in Moscow": another state is written
        forms = [f"{demonym} {ent.name}"]
        if ent.name.lower() in ("government", "parliament", "senate", "congress", "cabinet", "presidency"):
            forms.append(f"{ent.name} of {rec['name']}")   # "Government of Timor-Leste"
        _add_forms(ent, forms)


def _counterpart_office(doc: Doc, index: Any, tok: Token, poss: Token) -> str | None:
    """"Foreign Minister Anastasia Karalis met her Turkish counterpart": the holder of the same
    office in the state the demonym names ("Turkish foreign minister"); one of the owner's
    titles gives the office, without its own state's words."""
    dems = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.text[:1].isupper()]
    if len(dems) != 1 or _demonym_country(index, dems[0].text) is None:
        return None
    owner, _ = resolve_actor(doc, poss, index, as_actor=False)
    ents = getattr(index, "entities", {})
    ent = ents.get(owner) if owner else None
    if ent is None or ent.type != "PERSON":
        return None
    gaz = getattr(index, "gazetteer", None)
    for role in ent.roles:
        role = re.split(r"\s+and\s+", role)[-1]   # ("Deputy Prime Minister and Foreign Minister": the last office)
        words = [w for w in role.split() if _demonym_country(index, w) is None
                 and not (w[:1].isupper() and gaz is not None and gaz.lookup(w) is not None)]
        if words and words[-1].lower() in TITLE_HEADS | {"secretary", "minister"}:
            name = f"{dems[0].text} {' '.join(words).lower()}"
            return _group(index, name, (tok.left_edge.idx, tok.idx + len(tok.text)),
                          [doc_text(doc)[tok.left_edge.idx:tok.idx + len(tok.text)]])
    return None


def _legislature_state(doc: Doc, index: Any, tok: Token) -> str | None:
    """Whose bare "parliament"/"legislature" it is: the place after "in" in its clause ("marched
    on parliament in Tbilisi"), else the one country the story is about; never a federal
    state's (a US "legislature" is a state's)."""
    ents = getattr(index, "entities", {})
    for t in tok.head.subtree if tok.head is not tok else tok.subtree:
        if t.dep_ == "pobj" and t.head.lower_ == "in" and t.ent_type_ == "GPE":
            eid, _ = resolve_actor(doc, t, index, as_actor=True)
            return eid if getattr(ents.get(eid), "type", None) == "GPE" else None
    state = _salient_country(doc, index, tok.idx, dominant=True)
    if state is not None and getattr(ents.get(state), "name", "") in FEDERAL_STATES:
        return None
    return state


# countries whose "legislature" is as often a state's or a province's
FEDERAL_STATES = {"United States", "Australia", "Canada", "India", "Brazil", "Mexico", "Nigeria", "Germany"}


def _central_bank(index: Any, tok: Token, owner: str | None, text: str, span: tuple[int, int]) -> str | None:
    """"Thailand's central bank", "the Thai central bank": the state's central bank by its own
    name when the gazetteer knows it (Bank of Thailand), the written phrase an alias."""
    if tok.lemma_.lower() != "bank" or not any(c.lower_ == "central" and c.dep_ in ("amod", "compound")
                                               for c in tok.children):
        return None
    ents = getattr(index, "entities", {})
    gaz = getattr(index, "gazetteer", None)
    state = ents.get(owner) if owner is not None else None
    if gaz is None or state is None or state.type != "GPE":
        return None
    rec = gaz.central_bank(state.name)
    if rec is None:
        return None
    eid = index._ensure_gaz(rec, text, span)
    phrase = re.sub(r"^(?:the|The)\s+", "", text)
    for al in [phrase, *_demonym_alias(index, owner, "central bank")]:
        if al and al != rec["name"]:
            _add_alias(index, eid, al)   # also "Argentine central bank" for "Argentina's central bank"
    return eid


def state_institution(index: Any, cid: str, noun: str, mention: tuple[int, int] | None,
                      also: tuple[str, ...] | None = None) -> str | None:
    """The group entity for a state's institution ("government", "authorities", "embassy"):
    "<Demonym> <noun>", also "<State>'s <noun>" and ``also`` (by default the bare noun);
    None when the gazetteer has no demonym for the state."""
    al = _demonym_alias(index, cid, noun)
    ent = getattr(index, "entities", {}).get(cid)
    if not al or ent is None:
        return None
    return _group(index, al[0], mention, [f"{ent.name}'s {noun}", *(also if also is not None else (noun,))])


def _add_alias(index: Any, eid: str, alias: str) -> None:
    """Record ``alias`` as another name of entity ``eid`` ("Sudanese army" for Sudan)."""
    ent = getattr(index, "entities", {}).get(eid)
    if ent is not None:
        _call(index.add_entity, ent.name, ent.type, aliases=(alias,))


# titles and bodies of a country's own politics: "the government" they address or accuse is
# their own country's ("Greek opposition leader X accused the government of ...")
DOMESTIC_WORDS = {"opposition", "lawmaker", "legislator", "mp", "mps", "senator", "senators", "congressman",
                  "congresswoman", "parliamentarian", "dissident", "activist", "activists", "campaigner",
                  "parliament", "congress", "senate", "assembly", "legislature", "lawmakers", "legislators",
                  "party", "union", "unions", "watchdog", "chapter"}


def domestic_home(doc: Doc, index: Any, eid: str | None) -> str | None:
    """The country of an actor in its own country's politics (an opposition leader, a
    lawmaker, a parliament's committee, a national chapter of a campaign group), read from
    a country or demonym in its title or name: "Greek opposition leader" -> Greece,
    "Transparency International Malaysia" -> Malaysia. None for states and the bodies that
    act for them (a foreign ministry urging "the government" means another state's)."""
    ents = getattr(index, "entities", {})
    ent = ents.get(eid) if eid else None
    if ent is None or ent.type in ("GPE", "NORP") or getattr(ent, "stands_for", None):
        return None
    texts = list(ent.roles) if ent.type == "PERSON" else [ent.name, *ent.aliases]
    if ent.type == "PERSON":
        body = speaker_body(doc, index, eid)
        bent = ents.get(body) if body else None
        if bent is not None and bent.type in ("ORG", "GROUP") and not getattr(bent, "stands_for", None):
            texts += [bent.name, *bent.aliases]
    words = [w for t in texts for w in re.findall(r"[\w'’.-]+", t)]
    if not any(re.sub(r"['’]s$", "", w.lower()) in DOMESTIC_WORDS for w in words):
        return None
    for i, w in enumerate(words):
        if not w[:1].isupper():
            continue
        for cand in (" ".join(words[i:i + 2]), re.sub(r"['’]s$", "", w)):
            c = _demonym_country(index, cand) if cand[:1].isupper() else None
            if c is not None:
                return c
    return None


def _group(index: Any, name: str, mention: tuple[int, int] | None, aliases: list[str] = ()) -> str | None:
    name = name.strip()
    if not name:
        return None
    bare = _MOOD_RE.sub("", name)
    if bare and bare != name:
        # "Furious MPs" -> "MPs" (the surface form stays an alias)
        aliases = [*aliases, name]
        name = bare
    aliases = [*aliases, *_group_word_orders(name)]
    eid = _call(index.add_entity, name, "GROUP", aliases=tuple(a for a in aliases if a and a != name), mention=mention)
    if eid is None:
        eid = _ensure(index, name, "GROUP", mention)
    return eid


_OF_GROUP = re.compile(r"^(?P<people>[A-Za-z][\w’'-]*s) (?:of|in|on|from) (?:the )?(?P<owner>[\w’'.&-]+(?: [\w’'.&-]+){0,4})$")
_OWNER_GROUP = re.compile(r"^(?P<owner>[A-Z][\w’'.&-]*(?: [A-Z][\w’'.&-]*){0,3}) (?P<people>[a-z][\w’'-]*s)$")


def _group_word_orders(name: str) -> list[str]:
    """The other usual order of a group's name, so both find it: "supporters of Ibáñez" /
    "Ibáñez supporters", "residents of Atyrau" / "Atyrau residents", "Democrats on the
    committee" / "committee Democrats"."""
    m = _OF_GROUP.match(name)
    if m:
        return [f"{m.group('owner')} {m.group('people')}"]
    m = _OWNER_GROUP.match(name)
    if m:
        return [f"{m.group('people')} of {m.group('owner')}"]
    return []


def _metonym(doc: Doc, tok: Token, index: Any, eid: str | None) -> str | None:
    """The state/body a seat of power stands for ("the Kremlin", "Moscow", "Brussels")."""
    if is_place_use(tok):
        return None
    ents = getattr(index, "entities", {})
    if eid is not None and eid in ents:
        if getattr(ents[eid], "stands_for", None):
            return ents[eid].stands_for
        cap = _call(index.capital_of, eid) if hasattr(index, "capital_of") else None
        if cap:
            return cap
    key = tok.lower_
    if key not in METONYMS:
        key = " ".join(t.lower_ for t in doc[max(0, tok.i - 1):tok.i + 1])
    if key in METONYMS:
        name, etype = METONYMS[key]
        return _ensure(index, name, etype)
    return None


# modifiers that stand for a place or a rank, not part of a body's name ("the state
# Department of Education", "the country's largest union")
PLACEHOLDER_MODIFIERS = {"state", "national", "federal", "local", "regional", "provincial", "county", "city",
                         "largest", "biggest", "main", "leading", "powerful", "influential", "top", "new",
                         "country", "nation", "official", "government", "public", "private", "giant"}


_NAME_FUNCTION_WORDS = {"of", "the", "and", "for", "on", "in", "de", "des", "du", "la", "le", "&"}


def _singular(w: str) -> str:
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def named_by_description(doc: Doc, tok: Token, index: Any) -> str | None:
    """The one organisation whose name holds every word of a description of two or more
    words ("teachers union" -> "Arizona Classroom Teachers Union"; "the state Department
    of Education" -> "Arizona Department of Education"); None when none or several do.
    Written by hand: this is the article's own naming, no library knows it."""
    words = {_singular(tok.lower_)}
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and (c.is_lower or c.is_sent_start) and c.is_alpha \
                and c.lower_ not in PLACEHOLDER_MODIFIERS:   # ("the country's main exporters' group")
            words.add(_singular(c.lower_))   # "the doctors' union" -> "Union of Hospital Doctors"
        elif c.dep_ in ("compound", "amod") and c.i < tok.i and c.is_alpha and not c.ent_type_ \
                and c.lower_ not in PLACEHOLDER_MODIFIERS and c.pos_ in ("NOUN", "PROPN", "ADJ") and c.tag_ != "JJS":
            words.add(_singular(c.lower_))
        elif c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i:
            p = next((g for g in c.children if g.dep_ == "pobj"), None)
            if p is not None and p.is_alpha and not p.ent_type_:
                words.add(_singular(p.lower_))
    if len(words) < 2:
        return None
    if _singular(tok.lower_) in ("group", "body", "organisation", "organization"):
        # "the country's main exporters' group" -> "Malaysian Palm Oil Exporters' Association":
        # a generic head need not be in the name, the words that qualify it must
        words.discard(_singular(tok.lower_))
    # "Russia's athletics federation" is no "Global Athletics Federation": a named owner must be
    # in the name too (as itself or its demonym: "Russian Athletics Federation")
    owner = next((c for c in tok.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_)), None)
    owner_words: set[str] = set()
    if owner is not None:
        owner_words = {owner.lower_}
        gaz = getattr(index, "gazetteer", None)
        rec = _call(gaz.lookup, owner.text) if gaz is not None else None
        owner_words |= {d.lower() for d in ((rec or {}).get("demonyms") or [])}
    hits = []
    for eid, ent in getattr(index, "entities", {}).items():
        if getattr(ent, "type", None) != "ORG":
            continue
        for n in (ent.name, *getattr(ent, "aliases", ())):
            if not all(w[:1].isupper() or w.lower() in _NAME_FUNCTION_WORDS for w in n.split()):
                continue   # ("teachers union", "Arizona's largest teachers union": a description, not a name)
            name_words = re.findall(r"[a-z]+", n.lower())
            if words <= {_singular(w) for w in name_words} and (not owner_words or owner_words & set(name_words)):
                hits.append(eid)
                break
    return hits[0] if len(hits) == 1 else None


def described_name(tok: Token) -> Token | None:
    """The named person or body a common-noun label describes: "called [Trump] a
    racist" (object predicate), "[Ruiz] is a veteran" (attribute), "[Ruiz], a
    veteran" (apposition). None when ``tok`` is not such a label."""
    if tok.pos_ != "NOUN":
        return None
    head = tok.head
    if tok.dep_ == "oprd":      # the parser gives "Trump" either dobj or a second oprd
        named = [c for c in head.children if c.dep_ in ("dobj", "oprd") and c.i < tok.i]
    elif tok.dep_ == "attr":
        named = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif tok.dep_ == "appos":
        # a person or body, never a place or a capitalised dateline ("IZMIR, ... - An Izmir court")
        named = [head] if head.ent_type_ in ("PERSON", "ORG") and not head.is_upper else []
    elif tok.dep_ == "conj":
        return described_name(tok.head) if tok.head.pos_ == "NOUN" else None
    else:
        return None
    named = [t for t in named if t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")]
    return named[0] if named else None


def _headline_referent(doc: Doc, tok: Token) -> Token | None:
    """For a bare actor noun of the headline ("regulator fines both", "Union sues X"), the
    first "the <noun>" of the body; None elsewhere."""
    end = headline_end(doc)
    if not end or tok.idx >= end or tok.ent_type_ or not (
            tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.i == 0) or not is_actor_noun(tok) \
            or any(c.dep_ in ("det", "poss") or c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"
                   for c in tok.children):
        return None
    lemma = tok.lemma_.lower()
    plural = tok.tag_ in ("NNS", "NNPS") or tok.lower_.endswith("s") and tok.lower_ != lemma
    for t in doc[tok.i + 1:]:
        if t.idx < end or t.lemma_.lower() != lemma:
            continue
        if not plural and t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.ent_type_ == "PERSON":
            return t.head       # "Governor Ana Reyes sued the utility": the title's holder
        if t.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            continue
        # the same number, and nothing that makes it someone else ("the court of appeal",
        # "the governor of the neighbouring state", "the doctor who leads the union"); "the
        # Republican chairman of the House Oversight Committee" is still the chairman
        if (t.tag_ == "NNS") != plural or any(
                c.dep_ not in ("det", "amod", "compound", "prep", "appos") or c.dep_ == "prep" and not (
                    c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children))
                for c in t.children):
            return None
        return t
    return None


def resolve_actor(doc: Doc, tok: Token | None, index: Any, *, as_actor: bool = True) -> tuple[str | None, str | None]:
    """Entity id and surface text for the argument headed by ``tok``.

    Rules, in order:

    - pronouns go to :func:`narrascope.coref.resolve_pronoun`;
    - an apposition names the head ("The president of X, Moussa Diallo");
    - "the collective West"/"Western countries" -> "the West"; "third parties from abroad";
    - a seat of power used as an actor (not a place) -> the state or body (metonym);
    - a named mention -> its entity (a government body's ``stands_for`` when ``as_actor``);
    - armed forces of a state ("Russian troops", "Ukraine's army") -> the state;
    - a possessor's office, campaign or government ("Velimirović's office",
      "the government of President X") -> the possessor;
    - a possessive common noun ("Serbia's opposition", "its proxies") -> a group
      entity "<Possessor>'s <noun>" (alias "<Demonym> <noun>");
    - a bare "the government"/"authorities" -> "<Demonym> government" of the
      article's most mentioned country;
    - group nouns ("protesters", "police", "several European leagues") -> a GROUP
      entity named without determiners/quantifiers (the written form is an alias).

    Args:
        doc: the parsed article.
        tok: head token of the argument (subject, object, agent), or None.
        index: the article's EntityIndex (may be given new group entities).
        as_actor: resolve metonyms and ``stands_for`` (subjects, agents and targets
            of claims); False for sources of attribution.

    Returns:
        (entity id or None, surface text or None).
    """
    if tok is None:
        return None, None
    inner = quantity_inner(tok)
    if inner is not None:
        return resolve_actor(doc, inner, index, as_actor=as_actor)
    described = described_name(tok)
    if as_actor and described is not None:
        # "called Trump a racist ... who pledged to ban": the act is Trump's
        return resolve_actor(doc, described, index, as_actor=as_actor)
    s, e = phrase_span(tok)
    if tok.ent_type_:
        en0 = _ent_span(doc, tok)
        if en0 is not None and en0.end_char > e and en0.start <= tok.i:
            e = en0.end_char
    text = doc_text(doc)[s:e]
    low = tok.lower_
    ents = getattr(index, "entities", {})
    later = _headline_referent(doc, tok)
    if later is not None and not doc.user_data.get("narrascope_headline_referent"):
        # "Union sues Halvern ... / The union representing 640 workers sued the company": a
        # headline's bare noun is whoever the body calls by it; it never becomes an
        # entity of its own that the body's "the regulator" would then refer back to
        # (the flag: the body's noun may itself be resolved back to the headline's)
        doc.user_data["narrascope_headline_referent"] = True
        try:
            eid, _ = resolve_actor(doc, later, index, as_actor=as_actor)
        finally:
            doc.user_data["narrascope_headline_referent"] = False
        if eid is not None:
            return eid, text
    # pronouns
    if low in PRONOUNS and tok.pos_ == "PRON":
        # "Russia and its paramilitary Wagner Group": the possessive refers to the first conjunct
        if tok.dep_ == "poss" and tok.head.dep_ == "conj" and tok.head.head.i < tok.i and (
                tok.head.head.pos_ == "PROPN" or tok.head.head.ent_type_ in ("GPE", "ORG", "PERSON")) and low in ("its", "his", "her"):
            return resolve_actor(doc, tok.head.head, index, as_actor=as_actor)[0], tok.text
        from narrascope import coref
        eid = _call(coref.resolve_pronoun, doc, tok.i, index)
        if eid and as_actor:
            eid = _state_of(index, _stands_for(index, eid))
        return eid, tok.text
    if low == "old":
        from narrascope import coref
        if coref.is_age_head(tok):
            # "The 52-year-old accused ...": the person the description points to
            return _call(coref.resolve_nominal, doc, s, tok.idx + len(tok.text), index), text
    if low in ("junta", "juntas") and tok.pos_ == "PROPN" and not any(
            c.dep_ in ("poss", "compound", "amod") and not (c.is_upper or _dateline_word(c)) for c in tok.children):
        # "YANGON - Junta aircraft ...": a capitalised "Junta" the recogniser took for a name
        junta = _junta(doc, index, tok, None, None, s, e)
        if junta is not None:
            return junta, text
    if tok.pos_ == "NOUN" and (tok.lemma_.lower() in DEFINITE_ORG_HEADS or tok.lemma_.lower() in ("department", "office")):
        # "Arizona's largest teachers union", "the state Department of Education": the one
        # body the article names with every word of the description
        body = named_by_description(doc, tok, index)
        det = next((c.lower_ for c in tok.children if c.dep_ in ("det", "poss")), None)
        if body is None and det in ("a", "an", None) and not any(
                c.dep_ in ("appos", "compound", "nmod", "npadvmod") and c.pos_ == "PROPN" for c in tok.children) \
                and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"):
            # "Rights group accuses ..." / "A Salvadoran human rights organization on Thursday
            # accused ...": a lead's unnamed body that the next sentence names
            from narrascope import coref
            if coref._in_lead(doc, coref._sent_index(doc), tok.i):
                body = _call(coref.resolve_nominal, doc, s, e, index)
                body = body if getattr(getattr(index, "entities", {}).get(body), "type", None) == "ORG" else None
        if body is not None:
            _mention(index, body, s, e)
            return (_stands_for(index, body) if as_actor else body), text
    # "Observers from the civic group Yiaga Africa criticised ...": the body they were sent by
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in DELEGATE_NOUNS and as_actor:
        src = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                    for g in c.children if g.dep_ == "pobj"), None)
        if src is not None:
            named = src if (src.pos_ == "PROPN" or src.ent_type_ in ("ORG", "GPE", "NORP")) else next(
                (c for c in src.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > src.i), None)
            if named is not None:
                return resolve_actor(doc, named, index, as_actor=as_actor)
    # an apposition names the head: "The president of the federation, Moussa Diallo,"
    # ("secretary-general" may come out as an adjective)
    if tok.pos_ in ("NOUN", "ADJ") and not tok.ent_type_:
        for c in tok.children:
            if c.dep_ == "appos" and c.pos_ in ("PROPN", "NOUN") and (
                    # ("summoned X's ambassador on Thursday, the second such summons": not a name)
                    c.pos_ == "PROPN" or c.ent_type_ or is_actor_noun(c)) and not any(
                    g.dep_ == "prep" and g.lower_ in ("among", "including") and g.i < c.i for g in c.children) or (
                    # "The secretary general of the OAS, Luis Ferrer, criticized": a name the
                    # parser hangs as an adverbial noun
                    c.dep_ == "npadvmod" and c.ent_type_ == "PERSON" and c.i > tok.i
                    and doc[c.left_edge.i - 1].text == ","):
                return resolve_actor(doc, c, index, as_actor=as_actor)
        # "The UN's personal envoy for Sudan, Ingrid Halvorsen, welcomed": the name is hung
        # on the last noun of the title's prepositional phrase
        suffixed = tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower().endswith(
            ("eur", "or", "er", "ist", "ary", "ant")) and is_actor_noun(tok)
        if tok.lemma_.lower() in TITLE_HEADS | {"head", "chief", "leader", "rapporteur"} or low in TITLE_HEADS or suffixed:
            for prep in tok.children:
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
                if pobj is not None and suffixed and (is_actor_noun(pobj) or pobj.lower_ in TITLE_HEADS):
                    continue  # "Supporters of the jailed opposition leader, Alexei Navalny": the leader's name
                name = next((g for g in pobj.children if g.dep_ == "appos" and g.ent_type_ == "PERSON"
                             and doc[g.left_edge.i - 1].text == ","), None) if pobj is not None else None
                if name is not None:
                    return resolve_actor(doc, name, index, as_actor=as_actor)
    # a capitalised title before a name: "Russia's Ambassador to Belgrade Alexander X" -> the person
    if tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON" and (tok.lemma_.lower() in TITLE_HEADS or low in TITLE_HEADS):
        for c in tok.children:
            if c.dep_ == "appos" and c.ent_type_ == "PERSON":
                return resolve_actor(doc, c, index, as_actor=as_actor)
    # a description in apposition to a name stands for the name:
    # "the People's Patrol, a nationalist organization which threatened ..." -> People's Patrol
    if tok.dep_ == "appos" and tok.pos_ == "NOUN" and not tok.ent_type_ and tok.head.i < tok.i and (
            tok.head.pos_ == "PROPN" or tok.head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")) and \
            not _dateline_word(tok.head) and not any(
                t.text in ("-", "—", "–", "--", ")") for t in tok.doc[tok.head.i + 1:tok.left_edge.i]):
        # (not "(AAP) - Burkina Faso's military government": the dateline's agency, cut by the dash)
        return resolve_actor(doc, tok.head, index, as_actor=as_actor)
    # collective West
    span = doc.char_span(s, e, alignment_mode="expand")
    words = {t.lower_ for t in doc[span.start:tok.i + 1]} if span is not None else {low}
    if (low == "west" or ("western" in words and low in WEST_HEADS)) and tok.ent_type_ not in ("PERSON",):
        return _ensure(index, "the West", "GROUP", (s, e)), text
    if low in ("parties", "forces", "actors") and any(c.lower_ == "from" and any(g.lower_ == "abroad" for g in c.children) for c in tok.rights):
        full = doc_text(doc)[s:tok.right_edge.idx + len(tok.right_edge.text)]
        return _ensure(index, "foreign parties", "GROUP", (s, s + len(full))), full
    if low in ("foreign",) and not (tok.text[:1].isupper() and tok.dep_ == "compound") \
            or ("foreign" in words and low in ("parties", "powers", "actors")):
        # (not the "Foreign" of "Foreign Ministry spokeswoman")
        return _ensure(index, "foreign parties", "GROUP", (s, e)), text
    # "Senate Democrats", "Republicans on the committee", "Tory MPs'" party members: a group of
    # people named as written, not the party itself
    if low in PARTY_MEMBERS and tok.pos_ in ("PROPN", "NOUN") and not any(c.dep_ == "poss" for c in tok.children):
        name = np_text(doc, tok, with_post=False)
        extra = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("on", "from", "in")), None)
        if extra is not None and not any(t.is_punct for t in extra.subtree) and len(list(extra.subtree)) <= 5:
            name = f"{name} {doc_text(doc)[extra.idx:extra.right_edge.idx + len(extra.right_edge.text)]}"
        return _group(index, name, (s, e), [text]), text
    # named mention: head token first, then the whole entity span
    eid = _entity_at(index, tok.idx, tok.idx + len(tok.text))
    en = _ent_span(doc, tok) if tok.ent_type_ else None
    if eid is None and en is not None:
        eid = _entity_at(index, en.start_char, en.end_char)
    eid = _surname_over_place(index, eid, tok)
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    head_is_name = tok.pos_ == "PROPN" or (tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC") and tok.pos_ != "NOUN")
    if head_is_name or (eid is not None and tok.pos_ != "NOUN"):
        if as_actor:
            met = _metonym(doc, tok, index, eid)
            if met is not None:
                return met, text
        if eid is not None and poss is not None and ents.get(eid) is not None and ents[eid].type not in ("PERSON",) and \
                not any(c.lower_ in PROXY_WORDS for c in tok.lefts):
            # "China's Ministry of Commerce", "Armenia's Foreign Ministry": keep the owner
            pid, _ = resolve_actor(doc, poss, index, as_actor=True)
            described = any(c.dep_ == "compound" and c.is_lower and c.pos_ == "NOUN" for c in tok.lefts)
            # ("Britain's water regulator Ofwat": a description before the name, which is the body)
            if pid is not None and pid != eid and pid in ents and ents[pid].type in ("GPE", "NORP") and not described:
                rest = _after_poss(doc, poss, e)
                name = f"{ents[pid].name}'s {rest}"
                surf = f"{poss.text}'s {rest}"
                # the body's own name is an alias too ("Taiwan's Mainland Affairs Council" is
                # also "Mainland Affairs Council")
                # (and its other names: "Joint Chiefs of Staff" of "South Korean Joint Chiefs of Staff")
                own = [n for n in ents[eid].all_names() if n.lower() != ents[pid].name.lower()]
                return _group(index, name, (s, e), [surf, *_demonym_alias(index, pid, rest), *own]), text
        if eid is not None:
            eid = _full_person(index, eid)
            return (_stands_for(index, eid) if as_actor else eid), text
    if eid is None and as_actor and tok.pos_ == "PROPN":
        met = _metonym(doc, tok, index, None)
        if met is not None:
            return met, text
    if eid is None and tok.pos_ == "PROPN" and poss is None and hasattr(index, "find"):
        # a bare surname the NER missed: "Gelashvili met ..." -> Levan Gelashvili
        found = _call(index.find, tok.text, "PERSON")
        if found is not None:
            return _full_person(index, found), text
    if eid is None and tok.pos_ == "PROPN" and poss is None:
        # the NER tagged only the given name: "Tomas/PERSON Richter" -> "Tomas Richter"
        j = tok.i
        while j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].dep_ == "compound" and doc[j - 1].head.i == tok.i:
            j -= 1
        if j < tok.i and any(doc[k].ent_type_ == "PERSON" for k in range(j, tok.i)) and not any(
                doc[k].lower_ in TITLE_HEADS for k in range(j, tok.i + 1)):
            name = doc_text(doc)[doc[j].idx:tok.idx + len(tok.text)]
            return _ensure(index, name, "PERSON", (doc[j].idx, tok.idx + len(tok.text))), text
        # a bare surname of a person named in full earlier
        word = tok.text.lower()
        cands = [oid for oid, o in ents.items() if o.type == "PERSON" and len(o.name.split()) > 1 and
                 o.name.lower().split()[-1] == word]
        if len(cands) == 1:
            return cands[0], text
        for other in doc[:tok.i]:
            # "Tomas/PERSON Richter ... Richter met": the earlier given-name + surname mention
            if other.text == tok.text and other.i > 0 and doc[other.i - 1].ent_type_ == "PERSON" and \
                    doc[other.i - 1].pos_ == "PROPN" and doc[other.i - 1].head.i == other.i:
                name = doc_text(doc)[doc[other.i - 1].idx:other.idx + len(other.text)]
                return _ensure(index, name, "PERSON", (doc[other.i - 1].idx, other.idx + len(other.text))), text
    lemma = tok.lemma_.lower()
    if lemma == "counterpart" and poss is not None:
        office = _counterpart_office(doc, index, tok, poss)
        if office is not None:
            return office, text
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                                                         for c in tok.children) \
            and not any(c.dep_ in ("poss", "amod", "compound", "nmod", "prep") for c in tok.children):
        # "EU leaders met ... thanked the leaders": the same noun qualified earlier (within
        # a few sentences) names the group
        lo = max(0, tok.i - 150)
        for t in reversed(doc[lo:tok.i]):
            if t.lower_ == low and t.pos_ == "NOUN" and any(
                    c.dep_ in ("amod", "compound", "poss") and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG"))
                    for c in t.children):
                eid, _ = resolve_actor(doc, t, index, as_actor=as_actor)
                if eid is not None:
                    _mention(index, eid, s, e)
                    return eid, text
                break
    if tok.pos_ == "NOUN" and lemma in DEFINITE_ORG_HEADS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            and not any(c.dep_ in ("poss", "amod", "compound", "nmod") for c in tok.children):
        # "declined to join the alliance", "accused the commission": the body of that
        # kind the article named before ("the Mahagathbandhan alliance", "the Independent
        # National Electoral Commission")
        from narrascope import coref
        oid = _call(coref.resolve_nominal, doc, s, e, index)
        if oid is not None and getattr(ents.get(oid), "type", None) in ("ORG", "GROUP"):
            _mention(index, oid, s, e)
            return oid, text
    force_head = low in STATE_FORCE_HEADS or lemma in STATE_FORCE_HEADS or (
        (low in VEHICLE_HEADS or lemma in VEHICLE_HEADS) and _acting_position(tok))
    # adjective/compound owner: "Russian troops", "Ukraine's forces", "Chinese officials"
    owner_tok = poss
    if owner_tok is None:
        owner_tok = next((c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN")), None)
    owner = None
    if owner_tok is not None:
        owner, _ = resolve_actor(doc, owner_tok, index, as_actor=True)
        if owner_tok is poss and the_country_word(poss):
            owner = _the_country(doc, index, poss) or owner
        if owner_tok.ent_type_ == "NORP" and (owner is None or getattr(ents.get(owner), "type", None) != "GPE"):
            # "Azerbaijani troops" -> Azerbaijan (also when the NER made "Chinese" or the
            # whole "Azerbaijani troops" an entity of its own)
            owner = _demonym_country(index, owner_tok.text) or owner
        elif owner is None and (force_head or low in STATE_AS_ACTOR) and owner_tok.text[:1].isupper():
            owner = _demonym_country(index, owner_tok.text)  # "the Moldovan/NNP authorities"
        if low == "regime" and owner_tok.lower_ == "zionist":
            owner = _ensure(index, "Israel", "GPE")  # state-media usage: "the Zionist regime" is Israel
    elif force_head or low in STATE_AS_ACTOR:
        # a demonym the NER mislabels ("Azerbaijani/PERSON troops") or misses ("Moldovan authorities")
        for c in tok.children:
            if c.dep_ == "amod" and c.pos_ == "ADJ" and c.text[:1].isupper():
                owner = _demonym_country(index, c.text)
                if owner is not None:
                    owner_tok = c
                    break
    junta = _junta(doc, index, tok, owner, owner_tok, s, e)
    if junta is not None:
        return junta, text
    bank = _central_bank(index, tok, owner, text, (s, e))
    if bank is not None:
        return bank, text
    body = _named_body(index, tok, owner)
    if body is not None:
        _mention(index, body, s, e)
        return body, text
    if lemma in ("embassy", "consulate") and owner is not None and getattr(ents.get(owner), "type", None) == "GPE" \
            and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "conj") and tok.head.pos_ in ("VERB", "AUX", "NOUN", "PROPN"):
        # "the Russian embassy", "Russia's embassy in Sofia": a mission of its own, named with
        # its state's demonym ("Russian embassy"), also "Russia's embassy" (as an actor or the
        # one acted on, not a place: "rallied outside the Rwandan embassy")
        mission = state_institution(index, owner, lemma, (s, e), also=(text,))
        if mission is not None:
            return mission, text
    if owner is None and low == "regime" and poss is None:
        # "the regime in Tehran": the state whose capital it sits in
        at = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                   for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")), None)
        if at is not None:
            pid, _ = resolve_actor(doc, at, index, as_actor=True)
            owner = _call(index.capital_of, pid) if pid and hasattr(index, "capital_of") else None
            owner = owner or (pid if getattr(ents.get(pid), "type", None) == "GPE" else None)
    if owner is not None and (force_head or low in STATE_AS_ACTOR) and \
            getattr(ents.get(owner), "type", None) in ("GPE", "NORP"):
        # ("the Moldovan authorities ordered ...": the state acting through them)
        _mention(index, owner, s, e)
        if low in BARE_SERVICE_HEADS and poss is not None:
            # "Uganda's army": the state, also known as its "Ugandan army" (as a bare "the army")
            for al in _demonym_alias(index, owner, low):
                _add_alias(index, owner, al)
        return owner, text
    if force_head and (lemma in VEHICLE_HEADS or low in VEHICLE_HEADS or lemma in ("drone", "jet", "missile")) \
            and owner_tok is not None and owner_tok.lower_ in ("army", "navy", "military", "police", "air", "junta"):
        # "Army drones struck a depot": the army's act, not the drones'
        return resolve_actor(doc, owner_tok, index, as_actor=as_actor)
    if owner is not None and poss is not None and lemma in ("country", "nation") and \
            getattr(ents.get(owner), "type", None) == "PERSON":
        # "his country" of "Hungarian Foreign Minister G. K." -> Hungary
        body = speaker_body(doc, index, owner)
        if body is not None and getattr(ents.get(body), "type", None) == "GPE":
            return body, text
    if owner is not None and poss is not None and lemma in DEFINITE_ORG_HEADS and \
            getattr(ents.get(owner), "type", None) == "PERSON":
        # "Dr Doyle's union" of "Kieran Doyle, chair of the Union of Hospital Doctors": the
        # body the person speaks for, when its name has the noun
        body = speaker_body(doc, index, owner)
        if body is not None and lemma in re.findall(r"[a-z]+", getattr(ents.get(body), "name", "").lower()):
            _mention(index, body, s, e)
            return body, text
    if owner is not None and poss is not None and (low in PROXY_HEADS or lemma in PROXY_HEADS) and \
            low not in PROXY_WORDS and lemma not in PROXY_WORDS:
        # "Velimirović's office" is the person; "its proxies" stay "Russia's proxies" (a group of their own)
        _mention(index, owner, s, e)
        return owner, text
    if owner is not None and poss is None and (low in PROXY_HEADS or lemma in PROXY_HEADS) and \
            getattr(ents.get(owner), "type", None) == "PERSON":
        return owner, text  # "the Adeyemi administration", "the Vucic government" -> the person
    # "the ruling Georgian Unity party": a named modifier of a generic organisational head
    if tok.pos_ == "NOUN" and lemma in ORG_HEADS:
        for c in tok.children:
            if c.dep_ == "compound" and c.ent_type_ in ("ORG", "PERSON") or (c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_type_ in ("GPE", "NORP")):
                cid = _entity_at(index, c.idx, c.idx + len(c.text))
                if cid is not None and getattr(ents.get(cid), "type", None) not in ("GPE", "NORP"):
                    return cid, text
    # "the government of President X" -> X
    if low in PROXY_HEADS or lemma in PROXY_HEADS:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                p = next((g for g in c.children if g.dep_ == "pobj"), None)
                if p is not None and (p.ent_type_ in ("PERSON", "ORG") or p.pos_ == "PROPN"):
                    pid, _ = resolve_actor(doc, p, index, as_actor=as_actor)
                    ptype = getattr(ents.get(pid), "type", None)
                    if pid is not None and (ptype == "PERSON" or ptype == "ORG" and lemma == "board"):
                        return pid, text
    # "monitors from the OSCE", "officials from the ministry" -> the organisation
    if tok.pos_ == "NOUN" and lemma in set(GROUP_NOUNS) | {"monitor", "expert", "representative", "delegation"}:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                p = next((g for g in c.children if g.dep_ == "pobj"), None)
                if p is not None and p.ent_type_ in ("ORG", "GPE", "NORP"):
                    return resolve_actor(doc, p, index, as_actor=as_actor)
    if tok.pos_ == "PROPN" and eid is None and tok.text[:1].isupper() and tok.ent_type_ not in ("GPE", "NORP") and any(
            c.dep_ == "compound" and c.pos_ == "NOUN" for c in tok.lefts):
        # "the players' union FIFPRO": the name is the proper noun, the rest describes it
        j = name_start(tok)
        return _ensure(index, doc_text(doc)[doc[j].idx:tok.idx + len(tok.text)], "ORG", (doc[j].idx, tok.idx + len(tok.text))), text
    if tok.pos_ in ("NOUN", "PROPN") and poss is not None and owner is not None and owner in ents:
        rest = _after_poss(doc, poss, e)
        # "the bishops' conference": a plural possessor keeps its bare apostrophe
        mark = "'" if poss.i + 1 < len(doc) and doc[poss.i + 1].text in ("'", "’") \
            or ents[owner].type == "GROUP" and ents[owner].name.endswith("s") else "'s"   # ("strikers' leaders")
        name = f"{ents[owner].name}{mark} {rest}"
        als = [f"{ents[owner].name} {rest}", *_demonym_alias(index, owner, rest)]
        if poss.pos_ != "PRON":
            als += [f"{poss.text}'s {rest}", f"{poss.text} {rest}"]
        else:
            als.append(rest)  # "its European allies" is also just "European allies"
        return _group(index, name, (s, e), als), text
    if eid is not None:
        eid = _full_person(index, eid)  # "the RSF" -> "Rapid Support Forces"
        return (_stands_for(index, eid) if as_actor else eid), text
    # "the bloc" / "the alliance": the latest bloc or alliance named before
    if tok.pos_ in ("NOUN", "PROPN") and tok.text.islower() and lemma in BLOC_NOUNS and poss is None and not any(
            c.dep_ in ("amod", "compound") for c in tok.lefts) and any(c.lower_ == "the" for c in tok.lefts):
        best = None
        for m in getattr(index, "mentions", []):
            if m.start >= tok.idx:
                break
            ent = ents.get(m.entity)
            if ent is not None and ent.name in BLOC_NOUNS[lemma]:
                best = m.entity
        if best is not None:
            return best, text
    # a definite role or organisation noun: "the spokesman", "the ministry", "the company"
    if tok.pos_ == "NOUN" and tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and \
            lemma not in INSTITUTION_HEADS and lemma not in ("police", "opposition") and is_actor_noun(tok):
        from narrascope import coref
        nid = _call(coref.resolve_nominal, doc, s, e, index)
        if nid is not None and nid in ents:
            return (_stands_for(index, nid) if as_actor else nid), text
        ante = _fuller_antecedent(doc, tok)
        if ante is not None:
            return resolve_actor(doc, ante, index, as_actor=as_actor)[0], text
    # "the trade ministry", "the sports ministry" with no ministry named: the article's
    # country's ministry ("Japanese trade ministry"), as "the government" below
    if tok.pos_ == "NOUN" and lemma == "ministry" and owner_tok is None \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            and all(c.dep_ == "det" or c.dep_ in ("compound", "amod") and c.is_lower and not c.ent_type_
                    for c in tok.lefts) and any(c.dep_ in ("compound", "amod") for c in tok.lefts) \
            and not any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in tok.children):
        place = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                      for g in c.children if g.dep_ == "pobj"), None)
        pid = resolve_actor(doc, place, index)[0] if place is not None and place.ent_type_ == "GPE" else None
        if pid is not None:
            pid = _state_of(index, pid)
        # "the sports ministry in Nairobi" names its state; otherwise the article's one country
        cid = pid or _salient_country(doc, index, tok.idx, dominant=True)
        rest = doc_text(doc)[tok.left_edge.idx:tok.idx + len(tok.text)]
        rest = re.sub(r"^the\s+", "", rest, flags=re.I)
        al = _demonym_alias(index, cid, rest) if cid in ents else []
        if al:
            return _ensure(index, al[0], "ORG", (s, e)), text
    # a bare institution: "the government", "authorities" -> the article's country
    if tok.pos_ == "NOUN" and (lemma in INSTITUTION_HEADS or low in INSTITUTION_HEADS or low in BARE_SERVICE_HEADS
                               or low in LEGISLATURE_HEADS) \
            and owner_tok is None and \
            not any(c.dep_ in ("amod", "nummod", "compound", "quantmod") or c.lower_ in QUANTIFIERS - {"the"} for c in tok.lefts) and \
            not any(c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))
                for g in c.children) for c in tok.children):
        # ("the government of President X" is X's; "accused the government of a cover-up": a charge)
        named = named_service(index, tok) if low in BARE_SERVICE_HEADS else None
        if named is not None:
            # "The army denied ..." after "the Sudanese Armed Forces": the one force the article names
            _mention(index, named, s, e)
            return named, text
        cid = (_service_owner(doc, index, tok) if low in BARE_SERVICE_HEADS else None) or \
            (_legislature_state(doc, index, tok) if low in LEGISLATURE_HEADS else _salient_country(doc, index, tok.idx))
        if cid is not None and cid in ents:
            rest = low
            al = _demonym_alias(index, cid, rest)
            if low == "regime":
                _mention(index, cid, s, e)
                return cid, text  # "The regime has threatened ...": the state it rules
            if al and low in BARE_SERVICE_HEADS:
                # "the army", "army aircraft": the state, as for "the Sudanese army" (armed
                # forces of a state), with the written service as an alias
                _add_alias(index, cid, al[0])
                return cid, text
            if al:
                return state_institution(index, cid, rest, (s, e)), text
    # groups
    if tok.pos_ in ("NOUN", "PROPN") and (lemma in GROUP_NOUNS or low in GROUP_NOUNS.values() or tok.tag_ in ("NNS",)
                                          or re.fullmatch(r"[A-Z]{2,5}s", tok.text)):  # "96 MEPs", "Tory MPs"
        # "several European leagues of X", "certain countries outside the region": the qualifier names the group
        name = np_text(doc, tok, with_post=any(c.dep_ == "prep" and c.lower_ in ("of", "outside", "beyond") for c in tok.children))
        if name.lower().startswith("the "):
            name = name[4:]
        first = doc[tok.left_edge.i] if tok.left_edge.i <= tok.i else tok
        if name[:1].isupper() and tok.pos_ == "NOUN" and name.split()[0].lower() == tok.lower_ and tok.is_sent_start and \
                not is_acronym(tok) and not any(ch.isupper() for ch in tok.text[1:]):   # ("MPs" stays)
            name = name[0].lower() + name[1:]
        full = text[4:] if text.lower().startswith("the ") else text
        police = low == "police" and re.fullmatch(r"(?i)(?:riot\s+)?police", name) is not None
        if police:
            full = re.sub(r"^[A-Z][A-Z .'’-]+\s[-–—]+\s+", "", full)   # (not the dateline: "ISTANBUL - Riot police")
        if low in ("officers", "policemen", "policewomen") and (name.lower() == low or name.lower() == f"police {low}") \
                and _police_just_before(doc, tok):
            # "Officers fired tear gas" right after the police were named: the police force
            police, low, name = True, "police", "police"
        if " " not in name and name.lower() == low or police:
            # "police detained 14 activists" after "Mozambican police": the one group of the
            # article named with its country and the same noun
            qualified = _country_qualified_group(index, low)
            if qualified is not None:
                if full.lower() != low:   # ("Riot police" after "Turkish police": also known so)
                    _add_alias(index, qualified, full)
                return qualified, text
            if police:
                # the police of the country the story is about, when one dominates it: also
                # known as "Montenegrin police" ("Riot police fired ..." are the police too)
                home = _salient_country(doc, index, tok.idx, dominant=True)
                home_name = getattr(getattr(index, "entities", {}).get(home), "name", None) if home else None
                return _group(index, name, (s, e), [full, "police", *_demonym_alias(index, home, "police"),
                                                    *([f"{home_name} police"] if home_name else [])]), text
        party = _members_body(doc, tok, index)
        if party is not None:
            # "Lawmakers from the opposition Civic Platform party": "Civic Platform lawmakers"
            noun = tok.lower_ if tok.is_sent_start and not tok.text.isupper() else tok.text   # ("MPs")
            return _group(index, f"{party} {noun}", (s, e), [full, name]), text
        return _group(index, name, (s, e), [full]), text
    if tok.ent_type_ in ("GPE", "ORG", "PERSON", "NORP"):
        if en is not None:
            return _ensure(index, en.text, en.label_, (en.start_char, en.end_char)), text
    if is_acronym(tok):
        # "ECOWAS, which Burkina Faso quit, condemned ...": an acronym the tagger missed names a body
        return _full_person(index, _ensure(index, tok.text, "ORG", (tok.idx, tok.idx + len(tok.text)))), text
    return None, text


SERVICE_NAME_ENDS = ("armed forces", " army", "defence forces", "defense forces", " military")


def named_service(index: Any, tok: Token) -> str | None:
    """The one armed force the article has named before ``tok`` ("Sudanese Armed Forces",
    "Myanmar Army"), for a bare "the army"/"the military"; None when there are several."""
    seen: list[str] = []
    ents = getattr(index, "entities", {})
    for m in getattr(index, "mentions", []):
        if m.start >= tok.idx:
            break
        ent = ents.get(m.entity)
        if ent is not None and ent.type in ("ORG", "GROUP") and len(ent.name.split()) >= 2 \
                and ent.name.lower().endswith(SERVICE_NAME_ENDS) and m.entity not in seen:
            seen.append(m.entity)
    return seen[0] if len(seen) == 1 else None


def _police_just_before(doc: Doc, tok: Token) -> bool:
    """Police named in this sentence or the two before, with no army or soldiers since."""
    prev = doc[max(0, tok.sent.start - 1)].sent
    start = doc[max(0, prev.start - 1)].sent.start_char
    before = doc_text(doc)[start:tok.idx]
    last = [m.end() for m in re.finditer(r"(?i)\bpolice\b", before)]
    return bool(last) and re.search(r"(?i)\b(?:army|military|soldiers?|troops?|commanders?|rebels?)\b",
                                    before[last[-1]:]) is None


MEMBER_NOUNS = {"lawmakers", "legislators", "members", "mps", "senators", "deputies", "activists", "supporters",
                "delegates", "councillors", "councilors", "representatives", "congressmen", "politicians"}


PARTY_HEADS = {"party", "bloc", "alliance", "coalition", "movement", "faction", "caucus", "front", "union"}


def _members_body(doc: Doc, tok: Token, index: Any) -> str | None:
    """The named party or body whose members a plural noun is ("lawmakers from the
    Avanza Peru party", "MPs of the Green Bloc"), else None."""
    if tok.tag_ != "NNS" or tok.lower_ not in MEMBER_NOUNS:
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of")), None)
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None:
        return None
    names = [pobj] if pobj.pos_ == "PROPN" else [c for c in pobj.lefts if c.pos_ == "PROPN" and c.dep_ == "compound"]
    if not names:
        return None
    head = names[-1]
    start = min(t.left_edge.i for t in names)
    span = doc[start:head.i + 1]
    eid = index.entity_at(span.start_char, span.end_char) if hasattr(index, "entity_at") else None
    ent = getattr(index, "entities", {}).get(eid) if eid else None
    if ent is not None:
        return ent.name if ent.type in ("ORG", "GROUP") else None
    # a party the recogniser missed ("the opposition Civic Platform party"): its name as written
    return span.text if pobj.lemma_.lower() in PARTY_HEADS else None


def _country_qualified_group(index: Any, noun: str) -> str | None:
    """The only group entity named "<Demonym> <noun>" ("Mozambican police"), else None."""
    gaz = getattr(index, "gazetteer", None)
    if gaz is None:
        return None
    found = []
    for eid, ent in getattr(index, "entities", {}).items():
        words = ent.name.split()
        if ent.type in ("GROUP", "ORG") and len(words) == 2 and words[1].lower() == noun and words[0][:1].isupper():
            try:
                rec = gaz.lookup(words[0], demonym=True)
            except Exception:  # a stand-in index in tests
                return None
            if rec is not None and rec.get("type") == "GPE":
                found.append(eid)
    return found[0] if len(found) == 1 else None


def is_acronym(tok: Token) -> bool:
    """An upper-case abbreviation that names a body (not a dateline, not a title)."""
    return tok.text.isupper() and tok.is_alpha and 2 <= len(tok.text) <= 8 and tok.pos_ in ("NOUN", "PROPN") and \
        not _dateline_word(tok)


QUANTITY_HEADS = {"hundreds", "thousands", "dozens", "tens", "scores", "millions", "hundred", "thousand",
                  "dozen", "million", "most", "some", "many", "several", "all", "none", "few", "both", "each",
                  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "majority",
                  "number", "handful", "group", "crowd", "crowds"}


def quantity_inner(tok: Token) -> Token | None:
    """"hundreds of opposition supporters", "two of its members", "most of the drones":
    the counted noun (followed through "tens of thousands of protesters")."""
    cur, out = tok, None
    for _ in range(3):
        if not (cur.lower_ in QUANTITY_HEADS or cur.like_num or cur.lemma_.lower() in QUANTITY_HEADS):
            break
        if cur.ent_type_ in ("ORG", "PERSON", "GPE"):
            break
        of = next((c for c in cur.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        p = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if p is None or p.pos_ not in ("NOUN", "PROPN", "PRON"):
            break
        cur = out = p
    return out


def _fuller_antecedent(doc: Doc, tok: Token) -> Token | None:
    """"the court" after "Romania's constitutional court": the latest earlier noun with the
    same head lemma that carries an owner or a qualifier (a bare "the X" never qualifies)."""
    if any(c.dep_ != "det" for c in tok.lefts):
        return None
    for t in reversed(doc[max(0, tok.i - 400):tok.i]):
        if t.pos_ == "NOUN" and t.lemma_.lower() == tok.lemma_.lower() and any(
                c.dep_ in ("poss", "amod", "compound") and (c.dep_ != "amod" or c.i < t.i) for c in t.children):
            return t
    return None


def _surname_over_place(index: Any, eid: str | None, tok: Token) -> str | None:
    """"Mwale's party" in an article about Grace Mwale: a word matched to a place by
    spelling alone (canonical name differs from the word) is the person whose surname it is."""
    ents = getattr(index, "entities", {})
    ent = ents.get(eid) if eid else None
    if ent is None or ent.type not in ("GPE", "LOC") or ent.name.lower() == tok.text.lower():
        return eid
    word = tok.text.lower()
    if tok.lower_ in METONYMS:
        return eid
    cands = [oid for oid, o in ents.items() if o.type == "PERSON" and len(o.name.split()) > 1 and
             o.name.lower().split()[-1] == word]
    return cands[0] if len(cands) == 1 else eid


def speaker_body(doc: Doc, index: Any, eid: str | None) -> str | None:
    """The organisation or state a person speaks for, read from the titles of their
    mentions: "Chinese foreign ministry spokesman Lin Haoran" -> China, "Commission
    spokeswoman Clara Vidal" -> the Commission, "Ukraine's foreign minister, Oksana H." ->
    Ukraine, "Hamid Osman, an RSF commander" -> RSF. None when no title names one.
    Used for "we"/"us"/"our" inside the person's quotes."""
    ents = getattr(index, "entities", {})
    if eid is None or getattr(ents.get(eid), "type", None) != "PERSON":
        return None
    # (asked for every denial and every "we"; kept on the doc while the index is unchanged)
    cache = doc.user_data.setdefault("narrascope_speaker_body", {})
    key = (eid, len(getattr(index, "mentions", [])), len(ents))
    if key not in cache:
        cache[key] = _speaker_body(doc, index, eid)
    return cache[key]


def _speaker_body(doc: Doc, index: Any, eid: str) -> str | None:
    ents = getattr(index, "entities", {})
    for span in _mention_spans(doc, index, eid):
        for t in _title_tokens(doc, span):
            if t.i >= span.start and t.i < span.end:
                continue
            # (a PROPN the recogniser called a person may still be a state: "Benin's government
            # spokesman"; the resolved entity's type decides below)
            if t.ent_type_ in ("ORG", "GPE", "NORP") or t.lower_ in METONYMS or (
                    t.pos_ == "PROPN" and t.lower_ not in TITLE_HEADS):
                if t.ent_type_ in ("NORP", ""):
                    # ("Georgian Defence Minister X": a demonym the recogniser left untagged)
                    c = _demonym_country(index, t.text)
                    if c is not None:
                        return c
                bid, _ = resolve_actor(doc, t, index, as_actor=True)
                if bid is not None and bid != eid and getattr(ents.get(bid), "type", None) != "PERSON":
                    return bid
            elif t.pos_ == "NOUN" and t.lower_ in SPEAKER_BODY_NOUNS and t.i < span.start:
                # "ministry spokeswoman Irina Volkova": the ministry the article named before
                from narrascope import coref
                bid = _call(coref.resolve_nominal, doc, t.idx, t.idx + len(t.text), index)
                if bid is not None and bid != eid and getattr(ents.get(bid), "type", None) not in ("PERSON", None):
                    return bid
    spans = list(_mention_spans(doc, index, eid))
    titles = [t.lower_ for span in spans for t in _title_tokens(doc, span)]
    if set(titles) & STATE_OFFICE_WORDS and not set(titles) & NOT_IN_OFFICE:
        # "Foreign Minister Priya Ramdial" with no country in the title: a minister of the
        # state whose capital is the wire dateline ("GEORGETOWN (MPS) - ... We call on ..."),
        # unless the article puts them elsewhere ("In Moscow, Foreign Minister X said")
        state = _dateline_state(doc, index)
        if state is not None and not any(_placed_elsewhere(doc, index, span, state) for span in spans):
            return state
    return None


# titles of people who hold no state office now, or hold a party's or a club's
NOT_IN_OFFICE = {"former", "ex", "shadow", "opposition", "party", "club", "outgoing", "acting-opposition"}


def _placed_elsewhere(doc: Doc, index: Any, span: Any, state: str) -> bool:
    """Whether "In <place>," earlier in the mention's sentence names another state's place."""
    ents = getattr(index, "entities", {})
    for t in span.sent:
        if t.i >= span.start:
            break
        if t.lower_ == "in" and t.i + 1 < len(doc):
            eid = _entity_at(index, doc[t.i + 1].idx, doc[t.i + 1].idx + len(doc[t.i + 1].text))
            if eid is not None and getattr(ents.get(eid), "type", None) == "GPE":
                if _state_of(index, eid) != state:
                    return True
    return False


# offices of a state's government: who holds one speaks for the state
STATE_OFFICE_WORDS = {"minister", "president", "premier", "chancellor", "vice-president"}


def _dateline_places(doc: Doc, index: Any) -> list[Any]:
    """The upper-case place mentions of a wire dateline (within 40 characters after the
    headline: "GEORGETOWN, Feb 14 (MPS) -", "NOUAKCHOTT/BAMAKO, 7 October")."""
    start = headline_end(doc)
    ents = getattr(index, "entities", {})
    out = []
    for m in getattr(index, "mentions", []):
        if m.start < start:
            continue
        if m.start > start + 40:
            break
        if m.text.isupper() and getattr(ents.get(m.entity), "type", None) == "GPE":
            out.append(m)
    return out


def _dateline_state(doc: Doc, index: Any) -> str | None:
    """The state whose capital is a wire dateline's place ("GEORGETOWN, Feb 14 (MPS) -" -> Guyana)."""
    places = _dateline_places(doc, index)
    if not places:
        return None
    # a capital only: "GENEVA", "MUNICH" or "BRUSSELS" say where, not whose
    return _call(index.capital_of, places[0].entity) if hasattr(index, "capital_of") else None


_TITLE_BREAKS = {",", "(", ")", "—", "–", ":", ";", "\n"}


def _title_before(doc: Doc, root: Token, span: Any) -> list[Token]:
    """The title written before a name, within its noun phrase and after the last comma or
    bracket ("ZURICH (SportsDesk), FIFA secretary-general X": only "FIFA secretary-general")."""
    toks = list(doc[root.left_edge.i:span.start])
    cut = max((k for k, t in enumerate(toks) if t.text in _TITLE_BREAKS or "\n" in t.text), default=-1)
    return toks[cut + 1:]


def _title_tokens(doc: Doc, span: Any) -> list[Token]:
    """The tokens that describe a person at one mention: the title before the name (see
    :func:`_title_before`), an apposition after it, or the noun the name is in apposition to."""
    root = span.root
    toks: list[Token] = _title_before(doc, root, span)
    for c in root.children:
        if c.dep_ == "appos":
            toks.extend(c.subtree)
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        toks.extend(t for t in root.head.subtree if t.i < span.start)
    return toks


def title_words(doc: Doc, index: Any, eid: str | None) -> set[str]:
    """Lower-case words of the titles and appositions written with a person's mentions
    ("Opposition home affairs spokesman James Whitfield" -> opposition, home, affairs,
    spokesman; "Sipho Mthembu, general secretary of the dockworkers' union" -> ..., union)."""
    ents = getattr(index, "entities", {})
    if eid is None or getattr(ents.get(eid), "type", None) != "PERSON":
        return set()
    # (asked once per denial; kept on the doc while the person's mentions stay the same)
    cache = doc.user_data.setdefault("narrascope_title_words", {})
    key = (eid, len(getattr(index, "mentions", [])))
    if key in cache:
        return cache[key]
    out: set[str] = set()
    for span in _mention_spans(doc, index, eid):
        out.update(t.lower_ for t in _title_tokens(doc, span) if t.is_alpha and not (span.start <= t.i < span.end))
    cache[key] = out
    return out


# a body named by its common noun in a spokesperson's title ("ministry spokeswoman X")
SPEAKER_BODY_NOUNS = {"ministry", "department", "commission", "agency", "embassy", "council", "court", "party",
                      "union", "company", "army", "police", "authority", "government", "office", "presidency",
                      "kremlin", "federation", "committee", "group", "bank", "regulator"}


def _full_person(index: Any, eid: str) -> str:
    """A one-word person entity ("Liang") that is part of exactly one fuller person
    name in the article ("Liang Wenhao") is that person; a one-word organisation
    ("Nordvik") that opens exactly one fuller organisation name ("Nordvik Shipping")
    is that organisation."""
    ents = getattr(index, "entities", {})
    ent = ents.get(eid)
    if ent is not None and ent.type == "ORG" and " " not in ent.name.strip() and ent.name.isupper() and len(ent.name) >= 2:
        # an acronym the article spells out elsewhere: "RSF" -> "Rapid Support Forces"
        acro = ent.name.strip()
        cands = [oid for oid, o in ents.items() if oid != eid and len(o.name.split()) >= len(acro) and
                 "".join(w[0] for w in o.name.split() if w[:1].isupper()) == acro]
        if len(cands) == 1:
            return cands[0]
    if ent is not None and ent.type == "ORG" and " " not in ent.name.strip():
        word = ent.name.strip().lower()
        cands = [oid for oid, o in ents.items() if oid != eid and o.type == "ORG" and
                 o.name.lower().split()[0] == word and len(o.name.split()) > 1]
        return cands[0] if len(cands) == 1 else eid
    if ent is None or ent.type != "PERSON" or " " in ent.name.strip():
        return eid
    word = ent.name.strip().lower()
    cands = [oid for oid, o in ents.items() if oid != eid and o.type == "PERSON" and
             word in o.name.lower().replace("-", " ").split()]
    return cands[0] if len(cands) == 1 else eid


def _mention_spans(doc: Doc, index: Any, eid: str):
    """The token spans of every mention of ``eid`` in ``doc``."""
    for m in getattr(index, "mentions", []):
        if m.entity == eid:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                yield span


def proxy_sponsor(doc: Doc, index: Any, eid: str | None) -> str | None:
    """The state a named group acts for, when the article itself describes it as that
    state's proxy: a mention "<State>'s/its paramilitary|mercenary|proxy <Name>"
    ("Russia and its paramilitary Wagner Group" -> Russia). None otherwise; a
    government body ("China's Ministry of Commerce") is never a proxy."""
    ents = getattr(index, "entities", {})
    if eid is None or eid not in ents or getattr(ents[eid], "type", None) in ("GPE", "PERSON"):
        return None
    for span in _mention_spans(doc, index, eid):
        head = span.root
        mods = [c for c in head.children if c.i < head.i]
        for c in head.children:
            if c.dep_ == "compound":
                mods.extend(x for x in c.children if x.i < c.i)
        if not any(c.lower_ in PROXY_WORDS or c.lemma_.lower() in PROXY_WORDS for c in mods):
            continue
        poss = next((c for c in mods if c.dep_ == "poss"), None)
        if poss is None:
            continue
        sid, _ = resolve_actor(doc, poss, index, as_actor=True)
        if sid is not None and sid != eid and getattr(ents.get(sid), "type", None) == "GPE":
            return sid
    return None
